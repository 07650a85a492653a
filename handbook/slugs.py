"""Readable ASCII addresses and anchors from Danish text: æ→ae, ø→oe, å→aa."""
from __future__ import annotations

import re
import unicodedata

DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def slugify(value: str, separator: str = "-") -> str:
    """'Skånebehov for peer-medarbejder' -> 'skaanebehov-for-peer-medarbejder'."""
    ascii_text = unicodedata.normalize("NFKD", value.translate(DANISH)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return separator.join(words)
