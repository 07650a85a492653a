"""The Chromium that the browser tests drive is the major version they were last run with, or the run says so."""
from __future__ import annotations

from tools import chromium


def test_debians_chromium_is_found_and_its_major_version_read():
    assert chromium.installed_major() >= 100


def test_the_tested_version_gives_no_warning():
    assert chromium.version_warning(chromium.TESTED_MAJOR) is None


def test_another_major_version_is_named_with_the_tested_one():
    message = chromium.version_warning(chromium.TESTED_MAJOR + 1)
    assert f"Debians Chromium er version {chromium.TESTED_MAJOR + 1}" in message
    assert f"sidst kørt med version {chromium.TESTED_MAJOR}" in message
