"""Everything about the PDFs in one place: how they are made, from the handbook (handbook/) and the built pages.

- `sheet_html`: the HTML of a printable sheet (a page's article, room to write, a footer with a QR code);
- `render`: WeasyPrint rendering of the sheets, packs and job-profile PDFs, failing on any problem;
- `printouts`: every sheet, pack and job-profile PDF of a build; `pdf_cache`: the finished PDFs kept between builds;
- `to_pdf`: every use of mkdocs-to-pdf's inner workings (the whole handbook), for its one tested version;
- `handbook_events`: mkdocs-to-pdf's event hook; `templates/`: its cover; `handbook_pdf`: the whole
  handbook's last step in a second process; `handbook_problems`: names the page of a problem in it.

The MkDocs plugin that drives them is `hooks/pdf.py`; where the PDFs land is `handbook/paths.py`.
"""
