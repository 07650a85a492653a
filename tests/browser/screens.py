"""The screens the browser tests check: a phone, a 1280 px screen at 200 % zoom, and a desktop."""
from __future__ import annotations

# 640 x 400 is what a 1280 x 800 screen shows at 200 % zoom (WCAG 1.4.4); Material's mobile layout.
SCREENS = {
    "360": {"width": 360, "height": 740},
    "640": {"width": 640, "height": 400},
    "1280": {"width": 1280, "height": 800},
}
# Below this width (76.25em) Material shows the menu as a drawer behind a button.
DRAWER_BELOW_PX = 1220
