"""What the built site publishes: only what the handbook knows, no page that runs code from its text, and a
Content-Security-Policy in every page.

Publishing is an allow-list: the pages (.md), the site's own assets (named by mkdocs.yml or a template)
and the images a page uses. Anything else in docs/ (a participant list, an editor's backup, a Word lock
file, a page saved as .MD) stops the build, naming the file and what to do with it: names in such a file
would escape the consent rules. Raw HTML in a page may not run code or show another host's page.
GitHub Pages sends no headers, so each page carries the policy deploy/nginx.conf sends, as far as a
<meta> tag can carry it (frame-ancestors cannot be set there).
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Collection, Iterable
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from handbook.errors import HandbookError
from handbook.paths import page_file

PAGE = ".md"
IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif"}
# Markdown under another name: MkDocs would build some of them as a page the handbook never checked, and
# publish the others (.MD) as they are.
MARKDOWN = {".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext"}
# What editors and file managers leave beside a file: backups, lock files, thumbnails' caches.
LEFT_BEHIND = re.compile(r"(~|\.(bak|backup|orig|old|tmp|swp|swo|part|crdownload))$|^~\$|^(thumbs\.db|desktop\.ini)$", re.IGNORECASE)
# The policy deploy/nginx.conf sends as a header (tests/browser/test_web_server.py checks that they agree).
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'"
)
POLICY_META = f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)


def check_docs_files(sources: Iterable[str], own_assets: Collection[str]) -> list[str]:
    """Stop on any file in docs/ (paths under it) the site may not publish, naming each; return the images, which a page must use."""
    sources = sorted(sources)
    problems = [(src, why) for src in sources if (why := stray(src, own_assets))]
    if len(problems) == 1:
        raise HandbookError(problems[0][1], page_file(problems[0][0]))
    if problems:
        raise HandbookError("\n".join(f"{page_file(src)}: {why}" for src, why in problems))
    return [src for src in sources if is_image(src) and src not in own_assets]


def stray(src: str, own_assets: Collection[str]) -> str:
    """Why the file src (a path under docs/) may not be published, and what to do; empty when it may."""
    name, suffix = posixpath.basename(src), posixpath.splitext(src)[1]
    if LEFT_BEHIND.search(name):
        return (
            "en sikkerhedskopi, en låsefil eller en anden fil, som et program har lagt her af sig selv. Slet den: den kan "
            "rumme tekst, der ikke skal udgives."
        )
    if suffix == PAGE or src in own_assets or is_image(src):
        return ""
    if suffix.lower() in MARKDOWN:
        return f"en side skal have endelsen .md med små bogstaver. Omdøb filen til {posixpath.splitext(name)[0]}.md"
    return (
        "kun sider (.md), håndbogens egne filer og billeder, som en side viser, bliver udgivet. Flyt filen ud af docs/ "
        "(fx en deltagerliste), eller slet den."
    )


def is_image(src: str) -> bool:
    """True for an image file, by its ending."""
    return posixpath.splitext(src)[1].lower() in IMAGES


def own_assets(sources: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The files under assets/ whose name the site's own texts give (mkdocs.yml, the templates, the code, its stylesheets)."""
    named = "\n".join(texts)
    return {src for src in sources if src.startswith("assets/") and posixpath.basename(src) in named}


def unused_images(images: Iterable[str], used: Collection[str]) -> None:
    """Stop on an image in docs/ that no page shows or links to: it would be published without a reason."""
    unused = sorted(src for src in images if src not in used)
    if unused:
        raise HandbookError("\n".join(
            f"{page_file(src)}: billedet vises ikke på nogen side, og kun billeder, som en side viser, bliver udgivet. "
            f"Vis det på en side (![Hvad billedet viser]({posixpath.basename(src)})), eller slet filen." for src in unused
        ))


def with_policy(page_html: str) -> str:
    """A built page with the Content-Security-Policy as its first tag after the character set, before any script."""
    found = CHARSET.search(page_html)
    if found is None:
        raise ValueError("the page has no <meta charset>, after which the policy must stand")
    return page_html[: found.end()] + POLICY_META + page_html[found.end():]


class Markup(HTMLParser):
    """The tags of a page's content: what it runs or embeds (problems, with the text that finds them in the page's file), what it uses."""

    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.problems: list[tuple[str, str]] = []
        self.used: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            self.check_attribute(tag, name, value or "")
            if name in {"src", "href", "srcset", "poster", "xlink:href", "data"}:
                self.used.update(self.site_path(part.split()[0]) for part in (value or "").split(",") if part.strip())
        if tag == "script":
            self.problems.append(("<script", "siden har et <script>-element. En side må ikke køre programkode: slet det."))
        source = dict(attrs).get("src") or ""
        if tag in {"iframe", "frame", "embed", "object"} and (urlsplit(source).scheme or urlsplit(source).netloc or "srcdoc" in dict(attrs)):
            self.problems.append((f"<{tag}", (
                f"siden viser indhold fra en anden vært i et <{tag}> ({source or 'srcdoc'}). Håndbogen henter intet fra "
                "andre værter (privatliv): skriv et almindeligt link til siden i stedet."
            )))

    def check_attribute(self, tag: str, name: str, value: str) -> None:
        """An on...= attribute runs code; so does a javascript: address in any attribute."""
        if name.startswith("on"):
            self.problems.append((f"{name}=", f"siden har attributten {name}= på et <{tag}>-element, og den kører programkode. Slet attributten."))
        if re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(("javascript:", "vbscript:")):
            self.problems.append((value.strip()[:11], (
                f"siden har en adresse, der kører programkode ({value.strip()[:40]}). Et link skal føre til en side: "
                "skriv en adresse som https://… eller et link til en anden side i håndbogen."
            )))

    def site_path(self, address: str) -> str:
        """The path in the site of a relative address on this page ('' for another host's)."""
        parts = urlsplit(address)
        if parts.scheme or parts.netloc:
            return ""
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.page_url), unquote(parts.path))).lstrip("/")


def check_page_markup(content: str, page_url: str, src: str, file_text: str) -> set[str]:
    """Stop on raw HTML in a page's content that runs code or embeds another host, naming the line in its file; return the site's files it uses."""
    markup = Markup(page_url)
    markup.feed(content)
    markup.close()
    if markup.problems:
        needle, message = markup.problems[0]
        found = file_text.lower().find(needle.lower())
        raise HandbookError(message, page_file(src), file_text.count("\n", 0, found) + 1 if found >= 0 else None)
    return markup.used
