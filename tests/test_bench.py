"""The benchmark's floor page (bench/phone.py) is the same page without exactly the handbook's own scripts."""
from __future__ import annotations

from pathlib import PurePosixPath

import pytest
from mkdocs.utils.yaml import yaml_load

from bench import phone
from conftest import ROOT


def test_the_floor_leaves_out_exactly_the_scripts_mkdocs_yml_adds():
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert sorted(PurePosixPath(script).name for script in config["extra_javascript"]) == sorted(phone.OWN_SCRIPTS)


def test_the_floor_page_is_the_page_without_its_own_scripts_and_material_keeps_its_own(tmp_path):
    material = '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>\n'
    own = "".join(f'<script src="../assets/javascripts/{name}"></script>\n' for name in phone.OWN_SCRIPTS)
    (tmp_path / "side.html").write_text(f"<body>{material}{own}</body>", encoding="utf-8")
    floor = phone.without_own_scripts(tmp_path, "side.html")
    assert (tmp_path / floor).read_text(encoding="utf-8") == f"<body>{material}</body>" and floor.endswith(phone.FLOOR_SUFFIX)
    (tmp_path / "anden.html").write_text(f"<body>{material}</body>", encoding="utf-8")
    with pytest.raises(RuntimeError, match="0 af de 3 egne scripts"):
        phone.without_own_scripts(tmp_path, "anden.html")
