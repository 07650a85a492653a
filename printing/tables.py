"""Table header cells in the PDFs get their /Scope (PDF/UA-1, 7.5).

WeasyPrint tags header cells (/TH) and lists them in each data cell's /Headers, but gives a header
cell no /Scope, so a checker (pdfua) cannot tell from the header which cells it heads. A header in
the table's head row heads its column; any other header (a row's first cell) heads its row.
"""
from __future__ import annotations

import pikepdf


def add_header_scopes(pdf: pikepdf.Pdf) -> int:
    """Give every header cell of an opened PDF its /Scope; return how many were given one."""
    root = pdf.Root.get("/StructTreeRoot")
    return sum(scope_headers(kid, in_head=False) for kid in kids(root)) if root is not None else 0


def kids(element: pikepdf.Dictionary) -> list:
    """The structure elements directly below an element (not its marked content)."""
    found = element.get("/K")
    found = list(found) if isinstance(found, pikepdf.Array) else [found]
    return [kid for kid in found if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def scope_headers(element: pikepdf.Dictionary, in_head: bool) -> int:
    """Set /Scope on the header cells at and below element; return how many were set."""
    role = element.S
    in_head = in_head or role == "/THead"
    count = 0
    if role == "/TH" and not has_scope(element):
        attributes = element.get("/A")
        if not isinstance(attributes, pikepdf.Dictionary):
            attributes = element.A = pikepdf.Dictionary(O=pikepdf.Name.Table)
        attributes.Scope = pikepdf.Name.Column if in_head else pikepdf.Name.Row
        count = 1
    return count + sum(scope_headers(kid, in_head) for kid in kids(element))


def has_scope(element: pikepdf.Dictionary) -> bool:
    """True when the cell's table attributes already name a scope."""
    attributes = element.get("/A")
    return isinstance(attributes, pikepdf.Dictionary) and "/Scope" in attributes
