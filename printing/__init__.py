"""Everything about the PDFs in one place: where they land, the links to them, and how they are made.

- `paths`: where each PDF lands in the built site and the links pages show to it (used by the macros);
- `sheet_html`: the HTML of a printable sheet (a page's article, room to write, a footer with a QR code);
- `render`: WeasyPrint rendering of the sheets, packs and job-profile PDFs, failing on any problem;
- `handbook_events`: mkdocs-to-pdf's event hook for the whole handbook; `templates/`: its cover.
- `handbook_problems`: names the page of a WeasyPrint problem inside the whole handbook.

The MkDocs hook that drives them is `hooks/pdf.py`.
"""
