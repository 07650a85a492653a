"""Staff add a job profile by copying the template: it builds, and the index lists it with its author line."""
from __future__ import annotations

from conftest import ROOT, build, built_page


def test_a_job_profile_copied_from_the_template_is_listed_in_the_index_with_its_byline(project_copy, tmp_path):
    page = (ROOT / "templates/jobprofil.md").read_text(encoding="utf-8").replace("titel {joy}", "Peer-mentor {joy}")
    (project_copy / "docs/jobprofiler/ny-rolle.md").write_text(page, encoding="utf-8")
    config = project_copy / "mkdocs.yml"
    nav_line = "      - Frivillig peer: jobprofiler/frivillig-peer.md\n"
    config.write_text(config.read_text(encoding="utf-8").replace(nav_line, nav_line + "      - Ny rolle: jobprofiler/ny-rolle.md\n"), encoding="utf-8")
    result = build(project_copy, tmp_path / "out", HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    byline = "Udarbejdet af Peer-mentor Joy Nielsen, d. 1. januar 2027."
    assert byline in built_page(tmp_path / "out", "jobprofiler/ny-rolle.md").read_text(encoding="utf-8")
    index = built_page(tmp_path / "out", "jobprofiler/index.md").read_text(encoding="utf-8")
    assert '<a href="ny-rolle.html">Ny rolle</a>' in index and byline in index
