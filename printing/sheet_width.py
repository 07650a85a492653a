"""What a laid-out sheet puts beyond the right edge of its page: on paper it is cut off (a 7-column table showed 3).

WeasyPrint has no public way to ask where a box ended up, so this reads its laid-out boxes, in one place,
for the one major version it was written against (each use marked "Hack:"); another stops the build
naming this file, as printing/to_pdf.py does for mkdocs-to-pdf.
"""
from __future__ import annotations

from collections.abc import Iterator

import weasyprint
from weasyprint.formatting_structure import boxes

from handbook.errors import HandbookError

TESTED_MAJOR = "70"
# A box may end this much (CSS px, 1/96 inch) past the content's edge: rounding, a border's half pixel.
TOLERANCE = 2
MM_PER_PX = 25.4 / 96
NAMES = {"table": "en tabel", "img": "et billede", "pre": "en kodeblok", "svg": "en tegning"}


def check_version() -> None:
    """Stop unless the installed WeasyPrint is the major version this file reads the boxes of."""
    if weasyprint.__version__.split(".")[0] != TESTED_MAJOR:
        raise HandbookError(
            f"WeasyPrint {weasyprint.__version__} er installeret, men printing/sheet_width.py læser dens opsatte bokse fra "
            f"version {TESTED_MAJOR}. Installér den version (requirements.txt), eller ret hvert 'Hack:' i filen og sæt TESTED_MAJOR."
        )


def too_wide(document: weasyprint.Document) -> list[str]:
    """What stands past the content's right edge on any page, as '<what> er <n> mm bred; der er plads til <m> mm'."""
    check_version()
    found = []
    for page in document.pages:
        page_box = page._page_box  # Hack: the laid-out page, WeasyPrint 70's private attribute
        right = page_box.content_box_x() + page_box.width
        for box in widest(page_box, right):
            found.append(
                f"{NAMES.get(box.element_tag, 'en linje tekst')} er {round((box.margin_width()) * MM_PER_PX)} mm bred; "
                f"der er plads til {round((right - box.position_x) * MM_PER_PX)} mm"
            )
    return found


def widest(box: boxes.Box, right: float) -> Iterator[boxes.Box]:
    """The outermost boxes inside box that end past right (the page's own margin boxes aside: they stand there on purpose)."""
    for child in getattr(box, "children", None) or []:
        if isinstance(child, boxes.MarginBox):
            continue
        if child.position_x + child.margin_width() > right + TOLERANCE and child.element_tag != "html" and child.element_tag != "body":
            yield child
        else:
            yield from widest(child, right)
