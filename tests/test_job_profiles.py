"""Job profiles: staff add one by copying the template; its author line is escaped and names people only with consent."""
from __future__ import annotations

from dataclasses import replace

from conftest import ROOT, build, built_page
from macros import data as shared_data
from macros.pages import JobProfile
from macros.people import byline_markdown, credit


def test_a_job_profile_copied_from_the_template_is_listed_in_the_index_with_its_byline(project_copy, tmp_path):
    page = (ROOT / "templates/jobprofil.md").read_text(encoding="utf-8").replace("titel {joy}", "Peer-mentor {joy}")
    (project_copy / "docs/jobprofiler/ny-rolle.md").write_text(page, encoding="utf-8")
    config = project_copy / "mkdocs.yml"
    nav_line = "      - Frivillig peer på peer-uddannelsen: jobprofiler/frivillig-peer.md\n"
    config.write_text(config.read_text(encoding="utf-8").replace(nav_line, nav_line + "      - Ny rolle: jobprofiler/ny-rolle.md\n"), encoding="utf-8")
    result = build(project_copy, tmp_path / "out", HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    byline = "Udarbejdet af Peer-mentor Joy Nielsen, d. 1. januar 2027."
    assert byline in built_page(tmp_path / "out", "jobprofiler/ny-rolle.md").read_text(encoding="utf-8")
    index = built_page(tmp_path / "out", "jobprofiler/index.md").read_text(encoding="utf-8")
    assert '<a href="ny-rolle.html">Ny rolle</a>' in index and byline in index


def test_a_name_from_the_data_is_escaped_in_the_byline():
    data = shared_data.load()
    people = {**data.people, "joy": replace(data.people["joy"], name="<b>Joy</b> & co")}
    profile = JobProfile("jobprofiler/x.md", "Rollen", "Udarbejdet af {joy}")
    assert byline_markdown(replace(data, people=people), profile) == "*Udarbejdet af &lt;b&gt;Joy&lt;/b&gt; &amp; co*"


def test_a_resident_without_consent_is_credited_by_role_only():
    data = shared_data.load()
    people = {**data.people, "daniel": replace(data.people["daniel"], consent=False)}
    line = credit(replace(data, people=people), "Artikel af {daniel} og {jakob}", "x.md")
    assert line == f"Artikel af {data.people['daniel'].unnamed} og {data.people['jakob'].name}"
