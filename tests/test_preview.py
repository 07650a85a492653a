"""The preview (make serve) shows a mistake on the page and in the terminal, keeps running and recovers."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mkdocs.utils import yaml_load

from conftest import ROOT, copy_project, edit

from tools.ports import free_port

pytestmark = [pytest.mark.build, pytest.mark.slow]

BROKEN = "{{ fokus_tekst }}"
# mkdocs serve serves the site under the path of site_url, as it will be published; a draft has none.
MOUNT_PATH = urlsplit(yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8")).get("site_url") or "/").path


def serve_command() -> tuple[dict[str, str], list[str]]:
    """The environment and command of `make serve`, read from the Makefile's serve recipe."""
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nserve:", 1)[1]
    line = next(line for line in recipe.splitlines() if "mkdocs serve" in line)
    words = shlex.split(line.replace("$(BIN)", str(Path(sys.executable).parent)))
    settings = dict(word.split("=", 1) for word in words if re.match(r"^[A-Z_]+=", word))
    return settings, [word for word in words if not re.match(r"^[A-Z_]+=", word)]


class Preview:
    """A running `make serve` on a copy of the project: its address, its terminal output and its process."""

    def __init__(self, project: Path) -> None:
        settings, command = serve_command()
        self.port = free_port()
        self.project = project
        self.log = project / "serve.log"
        environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project), **settings}
        self.process = subprocess.Popen(
            [*command, "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=project, env=environment, stdout=self.log.open("w"), stderr=subprocess.STDOUT,
        )

    def page(self, path: str) -> str:
        """The served HTML of a page, or '' while the preview cannot answer."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{MOUNT_PATH}{path}", timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    def terminal(self) -> str:
        """Everything the preview has written to the terminal so far."""
        return self.log.read_text(encoding="utf-8")

    def wait_for(self, path: str, condition, what: str) -> str:
        """Wait (at most 90 s) until the served page meets the condition; return its HTML."""
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"the preview stopped while waiting for {what}:\n{self.terminal()}"
            html = self.page(path)
            if html and condition(html):
                return html
            time.sleep(0.5)
        raise AssertionError(f"the preview never showed {what}:\n{self.terminal()}")

    def builds(self) -> int:
        """How many times the preview has built the site."""
        return self.terminal().count("Building documentation...")

    def wait_for_rebuild(self, after: int, what: str) -> None:
        """Wait (at most 90 s) until the preview has built more than `after` times and finished."""
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.builds() > after and "Reloading browsers" in self.terminal().split("Building documentation...")[-1]:
                return
            time.sleep(0.5)
        raise AssertionError(f"editing {what} started no rebuild:\n{self.terminal()}")


# Session-wide, so it starts once also when pytest-xdist runs its tests between other modules' tests.
@pytest.fixture(scope="session")
def preview(tmp_path_factory) -> Iterator[Preview]:
    """`make serve` running on a copy of the project; stopped after the module's tests."""
    project = copy_project(tmp_path_factory.mktemp("preview"))
    running = Preview(project)
    try:
        running.wait_for("samtalegruppe.html", lambda html: "Fokus" in html, "the first build")
        yield running
    finally:
        running.process.terminate()
        running.process.wait(timeout=30)


def test_a_macro_error_shows_on_the_page_and_the_preview_recovers_when_fixed(preview):
    page = preview.project / "docs/samtalegruppe.md"
    edit(page, "## Fokus", f"## Fokus {BROKEN}")
    line = 1 + page.read_text(encoding="utf-8").splitlines().index(f"## Fokus {BROKEN}")
    shown = preview.wait_for("samtalegruppe.html", lambda html: "Fejl i docs/samtalegruppe.md" in html, "the error on the page")
    assert f"Fejl i docs/samtalegruppe.md, linje {line}" in shown
    assert "&#39;fokus_tekst&#39; is undefined" in shown or "'fokus_tekst' is undefined" in shown
    assert f"Fejl i docs/samtalegruppe.md, linje {line}" in preview.terminal()
    edit(page, f"## Fokus {BROKEN}", "## Fokus")
    preview.wait_for("samtalegruppe.html", lambda html: "Fejl i" not in html and "Fokus" in html, "the fixed page")


@pytest.mark.parametrize(
    ("path", "old", "new"),
    [
        ("data/values.yml", "  - Tillid\n", "  - Tillid og tryghed\n"),
        ("hooks/slugs.py", "", "\n"),
        ("handbook/pages.py", "", "\n"),
        ("links.yml", "", "\n"),
        ("macros/texts.py", "", "\n"),
        ("templates/oevelse.md", "", "\n"),
    ],
)
def test_editing_data_code_or_templates_rebuilds_the_preview(preview, path, old, new):
    before = preview.builds()
    target = preview.project / path
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace(old, new, 1) if old else text + new, encoding="utf-8")
    preview.wait_for_rebuild(before, path)
    if path.endswith("values.yml"):
        assert "Tillid og tryghed" in preview.page("samtalegruppe.html")


def test_a_sheet_longer_than_two_pages_is_reported_in_the_preview(preview):
    page = preview.project / "docs/oevelser/forbundenhed-i-livet.md"
    before = preview.builds()
    edit(page, "  lines: 10\n", "  lines: 60\n")
    preview.wait_for_rebuild(before, page.name)
    last_build = preview.terminal().split("Building documentation...")[-1]
    assert re.search(r"oevelser/forbundenhed-i-livet\.md: arket fylder \d sider; højst 2\. Forkort teksten", last_build)
    before = preview.builds()
    edit(page, "  lines: 60\n", "  lines: 10\n")
    preview.wait_for_rebuild(before, page.name)
    assert "arket fylder" not in preview.terminal().split("Building documentation...")[-1]


def test_a_data_file_mistake_is_named_in_the_terminal_and_the_preview_lives_on(preview):
    people = preview.project / "data/people.yml"
    lines = people.read_text(encoding="utf-8").splitlines()
    first, second = lines.index("joy:") + 1, lines.index("janick:") + 1
    edit(people, "janick:\n", "joy:\n")
    deadline = time.monotonic() + 90
    while "nøglen 'joy' står to gange" not in preview.terminal() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert f"data/people.yml, linje {second}: nøglen 'joy' står to gange (første gang i linje {first})" in preview.terminal()
    assert preview.process.poll() is None
    before = preview.builds()
    text = people.read_text(encoding="utf-8").splitlines(keepends=True)
    people.write_text("".join([*text[: second - 1], "janick:\n", *text[second:]]), encoding="utf-8")
    preview.wait_for_rebuild(before, people.name)
    assert "Fokus" in preview.page("samtalegruppe.html")


def test_a_data_file_syntax_error_shows_on_every_page_in_danish_and_the_preview_recovers(preview):
    glossary = preview.project / "data/glossary.yml"
    good = glossary.read_text(encoding="utf-8")
    glossary.write_text(good.replace("terms:\n", "terms: [\n", 1), encoding="utf-8")
    shown = preview.wait_for("samtalegruppe.html", lambda html: "Fejl i data/glossary.yml" in html, "the data file's mistake on the page")
    assert "data/glossary.yml, linje 2: ugyldig YAML: tjek linjen og linjen før" in shown
    assert "Fokus" in shown  # the page itself is still there, as it was before the mistake
    assert "Error" not in shown.split("admonition failure", 1)[1].split("</div>", 1)[0]  # no Python class name
    glossary.write_text(good, encoding="utf-8")
    preview.wait_for("samtalegruppe.html", lambda html: "Fejl i" not in html and "Fokus" in html, "the fixed page")
    terminal = preview.terminal()
    # No English hints that invite staff to change settings: to-pdf's environment variable, the macros' module lists.
    assert "set environment variable" not in terminal and "INFO    -  [macros]" not in terminal, terminal
