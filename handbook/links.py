"""Links that never break: links.yml lists every address the handbook has published, and this module checks a build against it.

A renamed page keeps its old address through one line under 'redirects'; the build writes a small
Danish page there that forwards to the new address and keeps the #section. A new page's address (and a
new job profile's section anchors) is written into links.yml by `mkdocs build`, so staff never list it.
"""
from __future__ import annotations

import html
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from handbook import files, schema, yaml_text
from handbook.errors import HandbookError
from handbook.paths import href
from handbook.publishing import POLICY_META
from handbook.strings import STRINGS

LOCK_FILE = "links.yml"
REDIRECT_SCRIPT = "assets/javascripts/redirect.js"


@dataclass(frozen=True)
class Sections:
    """links.yml as staff write it: each section may be left empty."""

    pages: list[str] | None = None
    anchors: dict[str, list[str]] | None = None
    redirects: dict[str, str] | None = None


@dataclass(frozen=True)
class Lock:
    """What links.yml promises: every address ever published, the job profiles' anchors, the redirects."""

    pages: tuple[str, ...] = ()
    anchors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    redirect_lines: dict[str, int] = field(default_factory=dict)  # each redirect's line in links.yml, by its old address


def load(project: Path) -> Lock:
    """Read links.yml and validate it; every mistake names the file, the line and the entry."""
    path = project / LOCK_FILE
    if not path.is_file():
        raise HandbookError("filen mangler: den lister alle udgivne adresser (se README)", LOCK_FILE)
    raw = yaml_text.parse(files.read_text(path, LOCK_FILE), LOCK_FILE) or {}
    sections = schema.entry(Sections, raw, schema.Where(LOCK_FILE, 1))
    lines = {name: yaml_text.lines_of(raw.get(name)) for name in ("pages", "anchors", "redirects")}
    anchors = {url: tuple(names) for url, names in (sections.anchors or {}).items()}
    lock = Lock(tuple(sections.pages or ()), anchors, sections.redirects or {}, dict(lines["redirects"]))
    addresses = [("pages", url, lines["pages"].get(n)) for n, url in enumerate(lock.pages)]
    addresses += [("anchors", url, lines["anchors"].get(url)) for url in lock.anchors]
    addresses += [("redirects", url, lines["redirects"].get(old)) for old, new in lock.redirects.items() for url in (old, new)]
    for section, url, line in addresses:
        if not is_page_address(url):
            raise HandbookError(
                f"'{url}' under '{section}' skal være en adresse i håndbogen som 'chime/haab.html' (fra håndbogens forside, "
                "uden / eller .. forrest)", LOCK_FILE, line,
            )
    return lock


def is_page_address(url: str) -> bool:
    """True for a page's address inside the site as the build writes it: 'chime/haab.html', never '../x.html' or '/x.html'."""
    return url.endswith(".html") and url == posixpath.normpath(url) and not url.startswith(("/", "../")) and "\\" not in url


def published(lock: Lock) -> list[str]:
    """Every address the lock promises: the listed pages, the pages with anchors and the redirects' targets."""
    return list(dict.fromkeys([*lock.pages, *lock.anchors, *lock.redirects.values()]))


def check_pages(lock: Lock, built: set[str]) -> None:
    """Stop when a published address has no page and no redirect, or a redirect leads nowhere or stays a page."""
    for old in lock.redirects:
        if old in built:
            raise HandbookError(f"redirects: '{old}' er stadig en side i håndbogen; fjern omdirigeringen eller flyt siden", LOCK_FILE)
        resolve(lock, old, built)
    missing = [url for url in published(lock) if url not in built and url not in lock.redirects]
    if missing:
        raise HandbookError("\n".join(missing_message(url, sorted(built - set(published(lock)))) for url in missing))


def missing_message(url: str, unlisted: list[str]) -> str:
    """What to do when a published address has no page: the redirect line to add, with a guess at the new address."""
    new = unlisted[0] if len(unlisted) == 1 else "ny-adresse.html"
    return (
        f"{LOCK_FILE}: adressen '{url}' er udgivet, men der er ingen side med den adresse og ingen omdirigering. "
        f"Er siden flyttet eller omdøbt, så tilføj linjen '  {url}: {new}' under 'redirects:' i {LOCK_FILE}."
    )


def resolve(lock: Lock, url: str, built: set[str]) -> str:
    """The page an address leads to, following redirects; stop on a loop or a redirect to no page."""
    seen = [url]
    while url in lock.redirects:
        url = lock.redirects[url]
        if url in seen:
            raise HandbookError(f"redirects: omdirigeringerne går i ring: {' → '.join([*seen, url])}", LOCK_FILE)
        seen.append(url)
    if url not in built:
        raise HandbookError(f"redirects: '{seen[0]}' fører til '{url}', men der er ingen side med den adresse", LOCK_FILE)
    return url


def check_redirects_free(lock: Lock, site_files: set[str]) -> None:
    """Stop before a redirect's page would replace a file the build made (404.html, a page, an asset), naming its line."""
    for old in lock.redirects:
        if old in site_files:
            raise HandbookError(
                f"redirects: '{old}' er en fil, som håndbogen selv laver; en omdirigering ville erstatte den. "
                "Ret den gamle adresse, eller slet linjen.", LOCK_FILE, lock.redirect_lines.get(old),
            )


def check_anchors(lock: Lock, anchors: dict[str, set[str]]) -> None:
    """Stop when a published section anchor is gone from its page (anchors: every built page's ids, by URL)."""
    gone = [
        (url, anchor, target)
        for url, names in lock.anchors.items()
        for target in [resolve(lock, url, set(anchors))]
        for anchor in names
        if anchor not in anchors[target]
    ]
    if gone:
        raise HandbookError("\n".join(
            f"{LOCK_FILE}: afsnittet '{url}#{anchor}' er udgivet, men {target} har intet afsnit med det anker. "
            f"Sæt overskriften tilbage, eller giv den nye overskrift det gamle anker: '## Ny overskrift {{ #{anchor} }}' (med mellemrum efter {{)."
            for url, anchor, target in gone
        ))


def redirect_page(old: str, new: str, title: str, site_name: str, site_url: str | None) -> str:
    """A Danish page that forwards to the new address, keeping the #section; a plain link when JavaScript is off."""
    link, script = html.escape(href(old, new)), html.escape(href(old, REDIRECT_SCRIPT))
    # A draft has no address, so no canonical link, as its other pages have none (a relative one would resolve from the old place).
    canonical = f'<link rel="canonical" href="{html.escape(urljoin(site_url, new))}">\n' if site_url else ""
    return (
        f'<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n{POLICY_META}\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n<meta name="robots" content="noindex">\n'
        f"<title>{html.escape(STRINGS.moved)} · {html.escape(site_name)}</title>\n{canonical}"
        # The script goes first: it keeps the #section, which the refresh below (for browsers without JavaScript) loses.
        f'<script src="{script}" data-target="{link}"></script>\n'
        f'<meta http-equiv="refresh" content="0; url={link}">\n</head>\n<body>\n<main>\n<h1>{html.escape(STRINGS.moved)}</h1>\n'
        f"<p>{STRINGS.with_link('moved_to', href(old, new), title)}</p>\n"
        f"<p>{html.escape(STRINGS.moved_bookmark)}</p>\n</main>\n</body>\n</html>\n"
    )


def unlisted(lock: Lock, built: set[str]) -> list[str]:
    """The built pages' addresses that links.yml does not list yet: new pages."""
    return sorted(built - set(published(lock)) - set(lock.redirects))


def with_pages(text: str, new: list[str]) -> str:
    """links.yml's text with the new addresses under 'pages:', the list kept sorted; comments and other sections as they were."""
    lines = text.splitlines(keepends=True)
    if "pages:\n" not in lines:
        lines += ["\n" if lines and not lines[-1].endswith("\n") else "", "pages:\n"]
    start = lines.index("pages:\n") + 1
    end = start
    while end < len(lines) and lines[end].startswith("  - "):
        end += 1
    items = sorted({line[4:].strip() for line in lines[start:end]} | set(new))
    return "".join([*lines[:start], *(f"  - {url}\n" for url in items), *lines[end:]])


def with_anchors(text: str, url: str, anchors: list[str]) -> str:
    """links.yml's text with new section anchors under 'anchors:', after the page's own ones (a new page first)."""
    lines = text.splitlines(keepends=True)
    if "anchors:\n" not in lines:
        lines += ["\n" if lines and not lines[-1].endswith("\n") else "", "anchors:\n"]
    added = [f"    - {anchor}\n" for anchor in anchors]
    if f"  {url}:\n" not in lines:
        start = lines.index("anchors:\n") + 1
        return "".join([*lines[:start], f"  {url}:\n", *added, *lines[start:]])
    end = lines.index(f"  {url}:\n") + 1
    while end < len(lines) and lines[end].startswith("    - "):
        end += 1
    return "".join([*lines[:end], *added, *lines[end:]])
