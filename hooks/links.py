"""Links that never break: every address in links.yml still leads to its page and its sections.

A renamed page keeps its old address through one line under 'redirects' in links.yml; this hook
writes a small Danish page there that forwards to the new address and keeps the #section.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from macros.errors import HandbookError, unknown_key
from printing.paths import href

LOCK_FILE = "links.yml"
SECTIONS = {"pages": list, "anchors": dict, "redirects": dict}
REDIRECT_SCRIPT = "assets/javascripts/redirect.js"
# Any element's id in a page's content is an anchor a link can land on, not only a heading's.
ELEMENT_ID = re.compile(r'<[a-zA-Z][a-zA-Z0-9]*\b[^>]*?\sid="([^"]+)"')


@dataclass(frozen=True)
class Lock:
    """What links.yml promises: every address ever published, the job profiles' anchors, the redirects."""

    pages: tuple[str, ...]
    anchors: dict[str, tuple[str, ...]]
    redirects: dict[str, str]


@dataclass
class Build:
    """What this build learns: the lock, and each built page's title and heading anchors by URL."""

    lock: Lock
    titles: dict[str, str]
    anchors: dict[str, set[str]]


STATE: list[Build] = []


def load(path: Path) -> Lock:
    """Read links.yml and validate it; every mistake names the file, the section and the entry."""
    raw = read_sections(path)
    anchors = dict(raw.get("anchors") or {})
    for url, names in anchors.items():
        if not isinstance(names, list):
            raise HandbookError(f"{LOCK_FILE}, anchors, {url}: skal være en liste af afsnit ('- afsnittets-anker')")
    lock = Lock(tuple(raw.get("pages") or ()), {url: tuple(names) for url, names in anchors.items()}, dict(raw.get("redirects") or {}))
    addresses = [("pages", url) for url in lock.pages] + [("anchors", url) for url in anchors]
    addresses += [("redirects", url) for pair in lock.redirects.items() for url in pair]
    for section, url in addresses:
        if not isinstance(url, str) or not url.endswith(".html") or url.startswith("/"):
            raise HandbookError(f"{LOCK_FILE}, {section}: '{url}' skal være en adresse som 'chime/haab.html'")
    return lock


def read_sections(path: Path) -> dict:
    """The sections of links.yml as YAML gives them, each checked for its name and kind."""
    if not path.is_file():
        raise HandbookError(f"{LOCK_FILE} mangler: filen lister alle udgivne adresser (se README)")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise HandbookError(f"{LOCK_FILE}{f', linje {mark.line + 1}' if mark else ''}: ugyldig YAML: {error}") from error
    if not isinstance(raw, dict):
        raise HandbookError(f"{LOCK_FILE}: skal bestå af afsnittene {', '.join(SECTIONS)}")
    for key, value in raw.items():
        unknown_key("afsnit", key, SECTIONS, where=LOCK_FILE)
        if value is not None and not isinstance(value, SECTIONS[key]):
            raise HandbookError(f"{LOCK_FILE}, {key}: skal være {'en liste' if SECTIONS[key] is list else 'linjer med nøgle: værdi'}")
    return raw


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read links.yml once per build, before any page is built."""
    STATE[:] = [Build(load(Path(config.config_file_path).parent / LOCK_FILE), {}, {})]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Stop the build when a published address has no page and no redirect, or a redirect leads nowhere."""
    lock, built = STATE[0].lock, {file.dest_uri for file in files.documentation_pages()}
    for old in lock.redirects:
        if old in built:
            raise HandbookError(f"{LOCK_FILE}, redirects: '{old}' er stadig en side i håndbogen; fjern omdirigeringen eller flyt siden")
        resolve(lock, old, built)
    missing = [url for url in published(lock) if url not in built and url not in lock.redirects]
    if missing:
        raise HandbookError("\n".join(missing_message(url, sorted(built - set(published(lock)))) for url in missing))
    return files


def published(lock: Lock) -> list[str]:
    """Every address the lock promises: the listed pages, the pages with anchors and the redirects' targets."""
    return list(dict.fromkeys([*lock.pages, *lock.anchors, *lock.redirects.values()]))


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
            raise HandbookError(f"{LOCK_FILE}, redirects: omdirigeringerne går i ring: {' → '.join([*seen, url])}")
        seen.append(url)
    if url not in built:
        raise HandbookError(f"{LOCK_FILE}, redirects: '{seen[0]}' fører til '{url}', men der er ingen side med den adresse")
    return url


def on_page_content(output: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Remember the page's title and every anchor in its content (headings, and ids set with attr_list)."""
    STATE[0].titles[page.file.dest_uri] = page.title or config.site_name
    STATE[0].anchors[page.file.dest_uri] = set(ELEMENT_ID.findall(output))
    return output


@event_priority(60)  # before the PDFs, so a broken link fails fast
def on_post_build(config: MkDocsConfig) -> None:
    """Stop when a published section anchor is gone; then write a forwarding page for every redirect."""
    state = STATE[0]
    built = set(state.titles)
    gone = [
        (url, anchor, target)
        for url, anchors in state.lock.anchors.items()
        for target in [resolve(state.lock, url, built)]
        for anchor in anchors
        if anchor not in state.anchors[target]
    ]
    if gone:
        raise HandbookError("\n".join(
            f"{LOCK_FILE}: afsnittet '{url}#{anchor}' er udgivet, men {target} har intet afsnit med det anker. "
            f"Sæt overskriften tilbage, eller giv den nye overskrift det gamle anker: '## Ny overskrift {{ #{anchor} }}' (med mellemrum efter {{)."
            for url, anchor, target in gone
        ))
    for old in state.lock.redirects:
        target = resolve(state.lock, old, built)
        page = redirect_page(old, target, state.titles[target], config)
        (Path(config.site_dir) / old).parent.mkdir(parents=True, exist_ok=True)
        (Path(config.site_dir) / old).write_text(page, encoding="utf-8")


def redirect_page(old: str, new: str, title: str, config: MkDocsConfig) -> str:
    """A Danish page that forwards to the new address, keeping the #section; a plain link when JavaScript is off."""
    link, script = html.escape(href(old, new)), html.escape(href(old, REDIRECT_SCRIPT))
    return (
        '<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n<meta name="robots" content="noindex">\n'
        f"<title>Siden er flyttet · {html.escape(config.site_name)}</title>\n"
        f'<link rel="canonical" href="{html.escape(urljoin(config.site_url or "", new))}">\n'
        # The script goes first: it keeps the #section, which the refresh below (for browsers without JavaScript) loses.
        f'<script src="{script}" data-target="{link}"></script>\n'
        f'<meta http-equiv="refresh" content="0; url={link}">\n</head>\n<body>\n<main>\n<h1>Siden er flyttet</h1>\n'
        f'<p>Siden har fået en ny adresse: <a href="{link}">{html.escape(title)}</a>.</p>\n'
        "<p>Ret gerne dit bogmærke eller linket, du kom fra.</p>\n</main>\n</body>\n</html>\n"
    )
