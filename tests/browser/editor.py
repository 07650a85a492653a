"""Driving the web editor (Decap CMS, tools/editor.py) in Chromium as staff do: open an entry, fill in its form, publish."""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, expect

from tools import editor
from tools.ports import free_port


@contextmanager
def running_editor(project: Path) -> Iterator[str]:
    """The editor and decap-server on free ports, writing to `project`; yields the editor's address."""
    port, backend_port = free_port(), free_port()
    with editor.backend(project, backend_port), editor.server(project, port, backend_port) as web:
        threading.Thread(target=web.serve_forever, daemon=True).start()
        try:
            yield f"http://127.0.0.1:{port}/"
        finally:
            web.shutdown()


def sign_in(page: Page, address: str) -> None:
    """Open the editor and sign in (on this machine: one button, no password)."""
    page.goto(address)
    page.get_by_role("button", name="Log ind").click()
    expect(page.get_by_text("Øvelser: Håb")).to_be_visible(timeout=30_000)


def open_entry(page: Page, address: str, collection: str, entry: str) -> None:
    """Open one entry's form, e.g. ('oevelser-haab', 'hjerte-isbjerg-og-raket'), by way of its collection:
    the editor then reads the entry from disk again, also after a save from this page (no reload of Decap CMS)."""
    page.goto(f"{address}#/collections/{collection}")
    expect(page.get_by_text("Skriver til")).to_be_hidden(timeout=30_000)
    page.goto(f"{address}#/collections/{collection}/entries/{entry}")
    expect(page.get_by_text("Skriver til")).to_be_visible(timeout=30_000)


def field(page: Page, label: str, last: bool = False):
    """The input of the form field with this Danish label (optional fields are labelled '… (kan udelades)'); the last
    one of a list's items with `last`."""
    found = page.get_by_label(re.compile(rf"^{re.escape(label)}( \(kan udelades\))?$"))
    return found.last if last else found.first


def type_into(page: Page, label: str, text: str, last: bool = False) -> None:
    """Replace a text field's value by typing, as a person does (Decap's inputs do not take Playwright's fill)."""
    box = field(page, label, last)
    box.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def choose(page: Page, label: str, option: str) -> None:
    """Pick an option of a select field (the CHIME themes, the people), as a person does."""
    field(page, label).click()
    page.get_by_role("option", name=option, exact=True).click()


def publish(page: Page) -> None:
    """Save the entry: 'Publicer' then 'Publicer nu', and wait until the editor says it is saved."""
    page.get_by_role("button", name="Publicer", exact=True).click()
    page.get_by_role("menuitem", name="Publicer nu").click()
    expect(page.get_by_text("Ændringer gemt", exact=False)).to_be_visible(timeout=30_000)
    time.sleep(0.5)  # decap-server has answered; the file is written before it answers
