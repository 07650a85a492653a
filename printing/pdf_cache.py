"""Finished PDFs kept between builds, each filed under the hash of everything it is made from.

The key covers the HTML WeasyPrint renders (the page's text, the web address or the draft mark, the
build's date where the PDF shows it), the stylesheets (the form font's subset is inline in them), every
file the HTML or CSS loads (images) with its bytes, the fonts WeasyPrint finds on the machine (the
DejaVu file), the code of printing/ and the versions of the libraries that render. Change any of
them and the key changes, so a stale PDF can never come back; builds of other projects or settings
get other keys and never share an entry.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pikepdf

from printing import form_font

KEEP_DAYS = 14
# The mark of a sheet laid out within its page limit in a build with PDFs off (make serve).
FITS = ".fits"
PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("weasyprint", "pydyf", "pikepdf", "fonttools", "mkdocs-to-pdf")
# What HTML or CSS makes WeasyPrint load: src="...", url(...), and <link rel="stylesheet" href="...">.
LOADED = re.compile(r"""\bsrc=["']([^"']+)["']|url\(\s*["']?([^"')\s]+)|(<link\b[^>]*>)""")
HREF = re.compile(r"""\bhref=["']([^"']+)["']""")
log = logging.getLogger("mkdocs.hooks.pdf")


@functools.cache
def toolchain(package: Path = PACKAGE) -> bytes:
    """The hash of what makes every PDF: printing/'s files, the rendering libraries' versions, the font file."""
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(" ".join(f"{name} {version(name)}" for name in LIBRARIES).encode())
    digest.update(form_font.SOURCE.read_bytes() if form_font.SOURCE.is_file() else b"no font")
    return digest.digest()


def loaded_files(text: str, base_url: str) -> list[Path]:
    """The local files that HTML or CSS loads (inline data and other hosts are not files)."""
    urls = [urljoin(base_url, address) for address in map(loaded_address, LOADED.finditer(text)) if address]
    return [Path(unquote(urlsplit(url).path)) for url in urls if url.startswith(("file:", "/"))]


def loaded_address(match: re.Match[str]) -> str:
    """The address one match of LOADED loads ('' for a <link> that is no stylesheet)."""
    if match[3] is None:
        return match[1] or match[2]
    href = HREF.search(match[3])
    return href[1] if href and "stylesheet" in match[3] else ""


def add_loaded(digest: hashlib._Hash, text: str, base_url: str, seen: set[Path], site_dir: Path | None) -> None:
    """Add to digest every file the text loads, by name and bytes, and what a loaded stylesheet loads in turn."""
    for path in loaded_files(text, base_url):
        if path in seen:
            continue
        seen.add(path)
        content = path.read_bytes() if path.is_file() else b"missing"
        digest.update(in_site(path.as_uri(), site_dir).encode() + b"\0" + hashlib.sha256(content).digest())
        if path.suffix == ".css":
            add_loaded(digest, content.decode("utf-8", "replace"), path.as_uri(), seen, site_dir)


def in_site(text: str, site_dir: Path | None) -> str:
    """The text with every file: URL inside the built site named from the site's folder, so any output folder gives the same key."""
    return text.replace(site_dir.resolve().as_uri() + "/", "site:") if site_dir else text


def key(texts: list[str], base_url: str = "", site_dir: Path | None = None) -> str:
    """The cache key of a PDF made from these HTML and CSS texts, resolved against base_url.

    Files of the built site (or, for a stylesheet, of the docs folder) are named from site_dir: a PDF is the same
    whichever folder the site is built in, or the project lies in.
    """
    digest = hashlib.sha256(toolchain())
    seen: set[Path] = set()
    for text in [base_url, *texts]:
        digest.update(hashlib.sha256(in_site(text, site_dir).encode()).digest())
    for text in texts:
        add_loaded(digest, text, base_url, seen, site_dir)
    return digest.hexdigest()


class PdfCache:
    """The cache folder: fetch a PDF by key into the site, store a freshly made one; counts both.

    Nothing in it is trusted: an entry is used only when it opens as a whole PDF (pikepdf), and a damaged one
    is deleted and made again. A folder that cannot be used (read-only, full, a file, deleted during the
    build) is said once in Danish, and the build goes on without the cache.
    """

    def __init__(self, folder: Path) -> None:
        self.folder: Path | None = folder
        self.made: list[str] = []
        self.reused: list[str] = []
        self.damaged: list[str] = []
        with self.or_without_cache():
            folder.mkdir(parents=True, exist_ok=True)
            old = time.time() - KEEP_DAYS * 86400
            for entry in folder.iterdir():  # PDFs and what a stopped build left half-written
                if entry.stat().st_mtime < old:
                    entry.unlink(missing_ok=True)

    @contextmanager
    def or_without_cache(self) -> Iterator[None]:
        """Run a step on the folder; on a file-system error, say why once and go on without the cache."""
        try:
            yield
        except OSError as error:
            log.info(
                "PDF-cachen %s kan ikke bruges (%s), så PDF'erne laves uden den i denne bygning. Ret det, eller slet mappen.",
                self.folder, FOLDER_PROBLEMS.get(error.errno, error.strerror),
            )
            self.folder = None

    def fetch(self, cache_key: str, target: Path) -> bool:
        """Copy the PDF filed under cache_key to target; False when there is none or it is damaged (then it is deleted)."""
        entry = self.folder / f"{cache_key}.pdf" if self.folder else None
        with self.or_without_cache():
            if entry is None or not entry.is_file():
                return False
            problem = damage(entry)
            if problem:
                entry.unlink(missing_ok=True)
                self.damaged.append(target.name)
                log.info("PDF-cachen: %s var beskadiget i cachen (%s); slettet og lavet igen", target.name, problem)
                return False
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(entry, target)
            os.utime(entry)  # used: kept another KEEP_DAYS
            self.reused.append(target.name)
            return True
        return False

    def store(self, cache_key: str, target: Path, name: str) -> None:
        """File the PDF just written at target under cache_key (a rename, so a half-written entry is never seen)."""
        self.made.append(name)
        if self.folder is None:
            return
        partial = self.folder / f"{cache_key}.{os.getpid()}.part"
        with self.or_without_cache():
            try:
                shutil.copyfile(target, partial)
                partial.replace(partial.with_name(f"{cache_key}.pdf"))
            finally:
                partial.unlink(missing_ok=True)

    def fits(self, cache_key: str) -> bool:
        """True when the sheet with this key was laid out before within its page limit (its PDF or its mark is filed)."""
        with self.or_without_cache():
            for entry in (self.folder / f"{cache_key}.pdf", self.folder / f"{cache_key}{FITS}") if self.folder else ():
                if entry.is_file():
                    os.utime(entry)  # used: kept another KEEP_DAYS
                    return True
        return False

    def mark_fits(self, cache_key: str) -> None:
        """Remember that the sheet with this key fits its page limit (a build with PDFs off lays it out only once)."""
        with self.or_without_cache():
            if self.folder:
                (self.folder / f"{cache_key}{FITS}").touch()

    def report(self) -> None:
        """Say in the build's log which PDFs were made again and how many came from the cache."""
        damaged = f"; beskadigede i cachen og lavet igen: {', '.join(self.damaged)}" if self.damaged else ""
        log.info("PDF'er lavet: %s; fra cachen: %d%s", ", ".join(self.made) or "ingen", len(self.reused), damaged)


# Why a cache folder cannot be used, as staff would say it.
FOLDER_PROBLEMS = {
    errno.ENOSPC: "disken er fuld",
    errno.EDQUOT: "disken er fuld",
    errno.EACCES: "der er ikke adgang til at skrive i den",
    errno.EPERM: "der er ikke adgang til at skrive i den",
    errno.EROFS: "den ligger på et drev, der kun kan læses",
    errno.EEXIST: "der ligger en fil med det navn i stedet for en mappe",
    errno.ENOTDIR: "der ligger en fil med det navn i stedet for en mappe",
    errno.ENOENT: "mappen blev slettet undervejs",
}


def damage(entry: Path) -> str:
    """What is wrong with a cached PDF (cut short, not a PDF, unreadable), in Danish; empty when it is whole."""
    with entry.open("rb") as file:
        if file.read(5) != b"%PDF-":
            return "filen er ikke en PDF"
        file.seek(max(0, entry.stat().st_size - 1024))
        if b"%%EOF" not in file.read():
            return "filen slutter, før PDF'en gør"
    try:
        with pikepdf.open(entry) as pdf:
            return "" if len(pdf.pages) and not pdf.get_warnings() else "PDF'en er ufuldstændig"
    except pikepdf.PdfError:
        return "filen kan ikke åbnes som PDF"
