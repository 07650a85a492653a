"""Only what the handbook knows is published, and no page runs code from its text (handbook/publishing.py).

Each check is a plain function, called here in-process on the project's real docs/ listing and on what
staff write; tests/test_messages_reach_staff.py proves with a build that the messages reach the terminal,
and tests/browser/test_content_policy.py that the pages' Content-Security-Policy breaks nothing.
"""
from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from mkdocs.utils import yaml_load

from conftest import ROOT, line_of
from handbook import HandbookError, publishing
from handbook.pages import check_nav_titles
from hooks.publish import own_assets

DOCS = ROOT / "docs"
SOURCES = {path.relative_to(DOCS).as_posix(): path for path in DOCS.rglob("*") if path.is_file() and not path.name.startswith(".")}
OWN = own_assets(SOURCES, ROOT / "mkdocs.yml", ROOT)
# Python-Markdown as mkdocs.yml configures the extensions that let staff write attributes and HTML.
EXTENSIONS = ["attr_list", "md_in_html", "admonition"]


def test_the_handbooks_own_files_are_all_published_and_its_assets_are_its_own():
    """The negative control: today's docs/ passes, and every file under assets/ is named by mkdocs.yml, a template or the code."""
    assert publishing.check_docs_files(SOURCES, OWN) == []
    assert OWN == {src for src in SOURCES if src.startswith("assets/")}
    assert "assets/javascripts/iframe-worker-boot.js" in OWN  # named only by the shim, which mkdocs.yml names


# A file dropped into docs/ (its path under docs/) and the message that names it (issue 18: all published and zipped before).
STRAY = {
    "participant-list": ("deltagerliste.csv", "kun sider (.md), håndbogens egne filer og billeder, som en side viser, bliver udgivet. "
                                              "Flyt filen ud af docs/ (fx en deltagerliste), eller slet den."),
    "editor-backup": ("chime/haab.md~", "en sikkerhedskopi, en låsefil eller en anden fil, som et program har lagt her af sig selv. "
                                        "Slet den: den kan rumme tekst, der ikke skal udgives."),
    "bak-copy": ("chime/haab.md.bak", "en sikkerhedskopi, en låsefil"),
    "word-lock-file": ("chime/~$haab.docx", "en sikkerhedskopi, en låsefil"),
    "thumbnails": ("oevelser/Thumbs.db", "en sikkerhedskopi, en låsefil"),
    "capital-md": ("oevelser/ny-oevelse.MD", "en side skal have endelsen .md med små bogstaver. Omdøb filen til ny-oevelse.md"),
    "markdown-ending": ("oevelser/ny-oevelse.markdown", "en side skal have endelsen .md med små bogstaver. Omdøb filen til ny-oevelse.md"),
    "word-document": ("jobprofiler/peer-medarbejder.docx", "kun sider (.md), håndbogens egne filer og billeder"),
    "unknown-script": ("assets/javascripts/gammel.js", "kun sider (.md), håndbogens egne filer og billeder"),
}


@pytest.mark.parametrize("stray", STRAY)
def test_a_stray_file_in_docs_stops_the_build_naming_it_and_what_to_do(stray):
    src, message = STRAY[stray]
    with pytest.raises(HandbookError) as caught:
        publishing.check_docs_files({**SOURCES, src: DOCS / src}, OWN)
    assert caught.value.file == f"docs/{src}" and caught.value.message.startswith(message)


def test_several_stray_files_are_named_together():
    with pytest.raises(HandbookError) as caught:
        publishing.check_docs_files([*SOURCES, "a.csv", "b.md~"], OWN)
    assert [line.split(":")[0] for line in str(caught.value).splitlines()] == ["docs/a.csv", "docs/b.md~"]


def test_an_image_is_published_only_when_a_page_shows_it():
    images = publishing.check_docs_files([*SOURCES, "chime/billeder/haab.png", "chime/billeder/ubrugt.jpg"], OWN)
    assert images == ["chime/billeder/haab.png", "chime/billeder/ubrugt.jpg"]
    html = markdown.markdown("![Et hjerte](billeder/haab.png)", extensions=EXTENSIONS)
    used = publishing.check_page_markup(html, "chime/haab.html", "chime/haab.md", "")
    publishing.unused_images(["chime/billeder/haab.png"], used)  # the control: the shown image passes
    with pytest.raises(HandbookError) as caught:
        publishing.unused_images(images, used)
    assert str(caught.value) == (
        "docs/chime/billeder/ubrugt.jpg: billedet vises ikke på nogen side, og kun billeder, som en side viser, bliver "
        "udgivet. Vis det på en side (![Hvad billedet viser](ubrugt.jpg)), eller slet filen."
    )


# Raw HTML in a page body as staff could write it (Markdown with HTML and attributes; it starts on line 5 of
# the page), what the build says, and the line it names (None where the text hides the address from a search).
UNSAFE = {
    "script": ('<script>alert("hej")</script>', "siden har et <script>-element. En side må ikke køre programkode: slet det.", 5),
    "event-attribute": ('<img src="x.png" alt="x" onerror="alert(1)">', "siden har attributten onerror= på et <img>-element, og den kører programkode.", 5),
    "attribute-list": ('Klik her\n{: onclick="alert(1)" }', "siden har attributten onclick= på et <p>-element", 6),
    "javascript-link": ("[Klik](javascript:alert(1))", "siden har en adresse, der kører programkode (javascript:alert(1)).", 5),
    "hidden-javascript-link": ('<a href=" JaVa&#x09;script:alert(1)">Klik</a>', "siden har en adresse, der kører programkode", None),
    "iframe-from-another-host": ('<iframe src="https://www.youtube.com/embed/x" title="Video"></iframe>',
                                 "siden viser indhold fra en anden vært i et <iframe> (https://www.youtube.com/embed/x).", 5),
    "iframe-without-scheme": ('<iframe src="//eksempel.dk/" title="x"></iframe>', "siden viser indhold fra en anden vært i et <iframe> (//eksempel.dk/).", 5),
}


@pytest.mark.parametrize("unsafe", UNSAFE)
def test_raw_html_that_runs_code_or_shows_another_host_names_the_page_and_line(unsafe):
    written, message, line = UNSAFE[unsafe]
    file_text = f"# Håb\n\nEn almindelig sætning.\n\n{written}\n"
    with pytest.raises(HandbookError) as caught:
        publishing.check_page_markup(markdown.markdown(file_text, extensions=EXTENSIONS), "chime/haab.html", "chime/haab.md", file_text)
    assert (caught.value.file, caught.value.line) == ("docs/chime/haab.md", line)
    assert caught.value.message.startswith(message)


@pytest.mark.parametrize(
    "written",
    [
        "Skriv `<script>` i en kodeblok, og &lt;script&gt; som tekst.",
        '<iframe src="../pdf/peer-haandbogen.pdf" title="Håndbogen"></iframe>',
        "[En side om online-fællesskaber](https://www.eksempel.dk/online.html)",
    ],
    ids=["escaped", "own-file", "ordinary-link"],
)
def test_text_about_code_a_frame_of_the_sites_own_file_and_an_ordinary_link_pass(written):
    """Negative controls: only markup that would run or fetch from another host is refused."""
    publishing.check_page_markup(markdown.markdown(written, extensions=EXTENSIONS), "chime/haab.html", "chime/haab.md", written)


def test_every_page_gets_the_policy_right_after_its_character_set():
    page = '<!doctype html><html lang="da"><head><meta charset="utf-8"><script src="a.js"></script></head></html>'
    assert publishing.with_policy(page) == page.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + publishing.POLICY_META)


def test_the_pages_policy_is_the_web_servers_but_for_what_a_meta_tag_cannot_carry():
    header = re.search(r'add_header Content-Security-Policy "([^"]+)" always;', (ROOT / "deploy/nginx.conf").read_text(encoding="utf-8"))[1]
    assert header == publishing.POLICY + "; frame-ancestors 'none'"


def test_a_nav_title_with_markup_names_mkdocs_yml_and_its_line(tmp_path):
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    check_nav_titles(yaml_load(text)["nav"], text, "mkdocs.yml")  # the control: today's nav passes
    entry = '  - "Kilder <img src=x onerror=alert(1)>": kilder.md'
    broken = text.replace("  - Kilder: kilder.md", entry)
    (tmp_path / "mkdocs.yml").write_text(broken, encoding="utf-8")
    with pytest.raises(HandbookError) as caught:
        check_nav_titles(yaml_load(broken)["nav"], broken, "mkdocs.yml")
    assert str(caught.value) == (
        f"mkdocs.yml, linje {line_of(tmp_path / 'mkdocs.yml', entry)}: "
        "titlen må ikke indeholde < eller >: 'Kilder <img src=x onerror=alert(1)>'. Skriv den som almindelig tekst."
    )


def test_a_child_config_names_the_site_files_its_parent_names(tmp_path):
    """The benchmark builds with 'INHERIT: mkdocs.yml': the assets mkdocs.yml names stay the site's own."""
    from hooks.publish import config_texts

    (tmp_path / "mkdocs.yml").write_text("extra_javascript:\n  - assets/javascripts/read-aloud.js\n", encoding="utf-8")
    (tmp_path / "child.yml").write_text("INHERIT: mkdocs.yml\nhooks: []\n", encoding="utf-8")
    texts = config_texts(tmp_path / "child.yml")
    assert len(texts) == 2 and "read-aloud.js" in texts[1]
