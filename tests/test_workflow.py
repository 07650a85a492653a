"""The publishing workflow (.github/workflows/publish.yml): valid, zizmor finds nothing, and it does what README says."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github/workflows/publish.yml"
BIN = Path(sys.executable).parent
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


def zizmor(path: Path) -> subprocess.CompletedProcess:
    """zizmor's offline audits (no GitHub token, no network) on one workflow file."""
    return subprocess.run([str(BIN / "zizmor"), "--offline", "--no-progress", str(path)], capture_output=True, text=True, timeout=120)


def steps(job: str) -> list[dict]:
    """The steps of one job of the workflow."""
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"][job]["steps"]


def test_the_workflow_follows_githubs_schema():
    command = [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing():
    result = zizmor(WORKFLOW)
    assert result.returncode == 0 and "No findings to report" in result.stdout, result.stdout + result.stderr


def test_zizmor_catches_an_action_pinned_by_tag(tmp_path):
    copy = tmp_path / "publish.yml"
    copy.write_text(re.sub(r"actions/checkout@[0-9a-f]{40}", "actions/checkout@v4", WORKFLOW.read_text(encoding="utf-8")), encoding="utf-8")
    result = zizmor(copy)
    assert result.returncode != 0 and "unpinned-uses" in result.stdout


def test_every_action_is_pinned_to_a_commit():
    uses = [step["uses"] for job in ("build", "deploy") for step in steps(job) if "uses" in step]
    assert {use.split("@")[0] for use in uses} == {"actions/checkout", "actions/upload-pages-artifact", "actions/deploy-pages"}
    assert [use for use in uses if not PINNED.match(use)] == []


# An image named by its content: docker and podman refuse any other bytes under it.
BY_DIGEST = re.compile(r"^docker\.io/library/debian:[\w.-]+@sha256:[0-9a-f]{64}$")


def test_the_workflows_image_and_the_containers_base_image_are_pinned_by_digest():
    image = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["build"]["container"]["image"]
    base = re.search(r"^FROM (\S+)", (ROOT / "Containerfile").read_text(encoding="utf-8"), re.MULTILINE)[1]
    assert BY_DIGEST.match(image), image
    assert BY_DIGEST.match(base), base


def test_it_tests_as_ci_does_then_publishes_with_the_repository_address():
    build = steps("build")
    runs = [step.get("run", "") for step in build]
    assert runs.index("bash .ci/run") < runs.index("make publish")
    publish = next(step for step in build if step.get("run") == "make publish")
    assert publish["env"] == {"SITE_URL": "${{ vars.SITE_URL }}"}
    assert build[-1]["with"] == {"path": "site"}
