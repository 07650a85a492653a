"""The text a screen reader gets from a tagged PDF: the marked content its structure tree reaches, in tree order.

Text outside the tree (page-margin boxes: running heads and footers, page numbers) is an artifact that
assistive technology skips; pdftotext and pypdf read both, so they cannot tell the two apart.
PDFium (pypdfium2) gives each text object's marked-content ID and text; pikepdf walks the tree.
"""
from __future__ import annotations

import ctypes
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as raw


def texts_by_mcid(path: Path) -> list[dict[int, str]]:
    """For each page, the text of each marked-content ID (-1: text outside any marked content)."""
    document = pdfium.PdfDocument(path)
    pages = []
    for page in document:
        textpage = page.get_textpage()
        found: dict[int, str] = {}
        for item in page.get_objects():
            if item.type == raw.FPDF_PAGEOBJ_TEXT:
                mcid = raw.FPDFPageObj_GetMarkedContentID(item.raw)
                found[mcid] = found.get(mcid, "") + object_text(item, textpage)
        pages.append(found)
    return pages


def object_text(item: pdfium.PdfObject, textpage: pdfium.PdfTextPage) -> str:
    """The Unicode text of one text object."""
    size = raw.FPDFTextObj_GetText(item.raw, textpage.raw, None, 0)
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFTextObj_GetText(item.raw, textpage.raw, buffer, size)
    return bytes(buffer)[: max(size - 2, 0)].decode("utf-16-le")


def tagged_text(path: Path) -> str:
    """What a screen reader reads: the tagged text in the tree's order, one piece (mostly a line of a paragraph) per line."""
    pages = texts_by_mcid(path)
    tagged: list[str] = []
    with pikepdf.open(path) as pdf:
        page_of = {page.objgen: number for number, page in enumerate(pdf.pages)}

        def walk(element, page: int | None) -> None:
            if isinstance(element, int):
                tagged.append(pages[page].pop(element, ""))
            elif isinstance(element, pikepdf.Dictionary):
                if element.get("/Type") == "/MCR":
                    tagged.append(pages[page_of[element.Pg.objgen]].pop(int(element.MCID), ""))
                    return
                page = page_of[element.Pg.objgen] if "/Pg" in element else page
                kids = element.get("/K")
                for kid in kids if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]:
                    walk(kid, page)

        walk(pdf.Root.StructTreeRoot, None)
    return "\n".join(tagged)
