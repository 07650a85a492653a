"""The words the handbook's code and templates show readers, in one file per language (da.yml).

A data file rather than constants in the code: an easy-read edition or a second language is a copy of
da.yml with other words, and the validator names a missing or misspelt key with its line. The file
belongs to the code (it ships with it), so it is read from beside this module.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from babel.dates import format_date

from handbook import schema, yaml_text

LANGUAGE = "da"


@dataclass(frozen=True)
class Strings:
    no_exercises_for_theme: str
    no_exercises_for_workshop: str
    exercises_none: str
    exercises_one: str
    exercises_many: str
    workshops_described: str
    workshop_exercises_described: str
    exercise_purpose: str
    exercise_themes: str
    compiled_by_the_handbook: str
    contact_missing_title: str
    contact_missing: str
    contact: str
    print_sheet: str
    print_pack: str
    job_profile_pdf: str
    handbook_pdf: str
    offline_copy: str
    offline_copy_how: str
    draft_mark: str
    draft_note: str
    write_here: str
    line_field: str
    qr_code: str
    on_the_web: str
    page_of: str
    page_reference: str
    link_in_handbook: str
    link_to_named_page: str
    edition: str
    latest_edition_at: str
    history_no_git: str
    history_shallow: str
    history_not_committed: str
    history_no_note: str
    history_first_note: str
    moved: str
    moved_to: str
    moved_bookmark: str
    review_last: str
    review_next: str
    review_none: str
    footer_handbook_pdf: str
    feedback: str
    statement_phone: str
    statement_phone_missing: str
    statement_date: str
    statement_date_missing: str
    enforcement: str
    enforcement_missing: str
    # "Læs op" (partials/read-aloud.html; the script's words are data attributes there)
    read_aloud: str  # the button that reads the "Kort fortalt" box, and the row's name
    read_aloud_page: str  # the button that reads the whole page
    read_aloud_pause: str  # pauses the reading
    read_aloud_resume: str  # the pause button while paused
    read_aloud_stop: str  # stops the reading
    read_aloud_slow: str  # the slower speed, on or off
    read_aloud_end: str  # announced to screen readers when the reading ends
    read_aloud_help: str  # the summary of the help shown when the device has no Danish voice
    read_aloud_help_intro: str  # the help's first paragraph
    read_aloud_help_apple: str  # the devices of the help's first item, in bold
    read_aloud_help_apple_how: str  # how to add a Danish voice on them
    read_aloud_help_android: str  # the devices of the help's second item, in bold
    read_aloud_help_android_how: str  # how to add a Danish voice on them
    read_aloud_help_windows: str  # the devices of the help's third item, in bold
    read_aloud_help_windows_how: str  # how to add a Danish voice on them
    read_aloud_help_restart: str  # the help's last paragraph
    document_date: str  # before a job profile's own date (partials/source-file.html)
    last_changed: str  # before the date its text last changed
    change_history: str  # the summary of its list of changes
    not_found_title: str  # the heading of the page for an address that does not exist (404.html)
    not_found: str  # its text
    not_found_home: str  # its link to the home page
    not_found_home_rest: str  # the rest of the sentence after that link
    glossary_entry: str  # the link in a glossary box to the term's entry (assets/javascripts/glossary.js)

    def exercise_count(self, count: int) -> str:
        """'ingen øvelser', '1 øvelse' or '2 øvelser'."""
        return self.exercises_none if count == 0 else self.exercises_one if count == 1 else self.exercises_many.format(count=count)

    def date(self, day: date) -> str:
        """A date as readers write it, month names from Babel: '23. november 2026'."""
        return format_date(day, "d. MMMM y", locale=LANGUAGE)

    def with_link(self, name: str, href: str, text: str) -> str:
        """The string `name` as HTML, its {link} a link to href with the text `text`, everything escaped."""
        link = f'<a href="{html.escape(href)}">{html.escape(text)}</a>'
        return html.escape(getattr(self, name), quote=False).format(link=link)


def load(language: str = LANGUAGE) -> Strings:
    """The strings of one language, every key checked against Strings."""
    file = Path(__file__).with_name(f"{language}.yml")
    where = schema.Where(f"handbook/strings/{file.name}", 1)
    return schema.entry(Strings, yaml_text.parse(file.read_text(encoding="utf-8"), where.file), where)


STRINGS = load()
