"""The font of the sheets' form fields: DejaVu Sans cut down to the letters people type on a Danish sheet.

A PDF viewer draws typed text with the font named in the field, so WeasyPrint embeds a form font whole
(DejaVu Sans: 700 KB, about 400 KB compressed per sheet). This cut keeps Latin-1 and Latin Extended-A
(æ, ø, å, é, ü, ł ...), common punctuation and the euro sign, and drops the hinting: a few dozen KB.
"""
from __future__ import annotations

import base64
import functools
import io
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

from handbook.errors import HandbookError

# Debian's fonts-dejavu-core (the Makefile installs it); the sheets' own text is set in the same font.
SOURCE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FAMILY = "Skrivefelt"
TYPED = [*range(0x20, 0x7F), *range(0xA0, 0x180), 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC]


def font_bytes(source: Path = SOURCE) -> bytes:
    """The cut-down font as TrueType bytes; a missing source font stops the build, saying what to install."""
    if not source.is_file():
        raise HandbookError(f"{source}: skrifttypen til arkenes udfyldbare felter mangler (Debian-pakken fonts-dejavu-core)")
    found = source.stat()
    return cut(source, found.st_size, found.st_mtime_ns, tuple(TYPED))


@functools.lru_cache(maxsize=2)
def cut(source: Path, size: int, modified: int, letters: tuple[int, ...]) -> bytes:
    """The cut of one version of the source font (its size and time name the version) to `letters`: made once per
    process, so the preview, which rebuilds on every save, cuts it once (0.2 s a save)."""
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    # FontForge's timestamp table: fontTools cannot subset it and says so on every build.
    options.drop_tables += ["FFTM"]
    # The source font's own date, not the time of the build: the same font (and so the same PDF cache key)
    # in every build, with or without SOURCE_DATE_EPOCH (the preview has none).
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=letters)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def font_face_css(source: Path = SOURCE) -> str:
    """An @font-face rule that gives the cut-down font to the sheets' stylesheet as FAMILY, inline (no file)."""
    data = base64.b64encode(font_bytes(source)).decode("ascii")
    return f'@font-face {{ font-family: "{FAMILY}"; src: url("data:font/ttf;base64,{data}") format("truetype"); }}'
