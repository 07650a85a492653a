"""Our copies of Material's templates stay in step with the installed Material: a fix upstream is never lost unseen.

Each copy lists its changes at its top. When an upgrade changes an original, copy it again, re-apply those
changes, and record the new original's SHA-256 here.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import material
import pytest

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(material.__file__).parent / "templates"
# Our copy: (Material's original under material/templates, the original's SHA-256 when copied from Material 9.8.2).
COPIES = {
    "overrides/partials/header.html": ("partials/header.html", "8cf3fb15bcf969ff596649616fd99366b3c31c08d57a86d05308efc16d8fa75f"),
    "overrides/partials/nav-item.html": ("partials/nav-item.html", "89895208f22d68ce405a4bcb6649b9150eba5bbb04663a6cb3f93f02daf1d2f7"),
    "overrides/partials/search.html": ("partials/search.html", "bfd556535abcddb99396ab2a7e3acc2ebcd3f36756007d3969396caa4126be30"),
    "overrides/partials/palette.html": ("partials/palette.html", "fb935107ae7d3d7475965019eec36c1ad72bf1d154254dab2474921fcd2710e3"),
    "overrides/partials/copyright.html": ("partials/copyright.html", "bc86bca3bf75070fe5d72e2a3463bdddf87c10f4d6459c945fe81c5d384e35ea"),
    "docs/assets/javascripts/material-scope.js": ("partials/javascripts/base.html", "d6113712bc4deb30b4bd810ee0dfc28b6f04d2f88cc0016c0f1766eac7b762b6"),
    "docs/assets/javascripts/material-content.js": ("partials/javascripts/content.html", "3722e156f0f6339de39fbbfc178b6e401d1a4fb890f189ac5b80c2504bda7dcf"),
    "docs/assets/javascripts/material-palette.js": ("partials/javascripts/palette.html", "8790389765ea6036effddba548b15093bb05bdc75624eaeaf8b13f3c24be4ab5"),
}


@pytest.mark.parametrize("copy", sorted(COPIES))
def test_each_copied_template_matches_the_installed_materials_original(copy: str) -> None:
    original, recorded = COPIES[copy]
    assert (ROOT / copy).is_file(), f"{copy} is listed as a copy of Material's {original} but does not exist"
    found = hashlib.sha256((TEMPLATES / original).read_bytes()).hexdigest()
    assert found == recorded, (
        f"The installed Material's {original} differs from the one {copy} was copied from: copy it again, "
        f"re-apply the changes listed at the top of {copy}, and record its new SHA-256 ({found}) in {Path(__file__).name}."
    )
