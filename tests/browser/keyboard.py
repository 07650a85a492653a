"""Walk a page's Tab order as a keyboard user: what each stop is, where it is, and whether it shows focus."""
from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Page

# The focused element as a stop: a stable key, its link target, where it is on screen, whether anything
# covers it, whether it draws a ring, and whether Enter would open something (menu, section).
STOP = """() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  // A hidden radio button (the colour switch) is drawn by the label after it.
  const el = focused.matches("input.md-option") ? focused.nextElementSibling : focused;
  const path = [];
  for (let node = focused; node && node !== document.body; node = node.parentElement)
    path.unshift(`${node.tagName}:${[...node.parentElement.children].indexOf(node)}`);
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  // The middle of the first line box: a link broken over two lines has a gap in the middle of its box.
  const line = el.getClientRects()[0] || box;
  const x = Math.min(Math.max(line.left + line.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(line.top + line.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  const cover = hit && !(el === hit || el.contains(hit) || (el.control && el.control === hit)) ? `${hit.tagName}.${hit.className}` : null;
  const toggle = el.matches("label[for]") ? document.getElementById(el.htmlFor) : null;
  const drawer = document.getElementById("__drawer");
  return {
    key: path.join("/"),
    name: `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.innerText || el.getAttribute("aria-label") || "").trim().slice(0, 30)}"`,
    href: el.matches("a[href]") ? new URL(el.href).pathname : null,
    box: [box.left, box.top, box.width, box.height].map(Math.round),
    onScreen: box.width >= 1 && box.height >= 1 && box.left >= -1 && box.top >= -1
      && box.right <= innerWidth + 1 && box.bottom <= innerHeight + 1,
    uncovered: !cover && !!hit,
    cover,
    ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    opens: !!toggle && toggle.type === "checkbox" && !toggle.checked && toggle.id !== "__search",
    inClosedDrawer: !!el.closest(".md-sidebar--primary") && !drawer.checked
      && getComputedStyle(document.querySelector("label.md-header__button[for='__drawer']")).display !== "none",
  };
}"""


@dataclass
class Walk:
    """The stops met in Tab order, the pages they link to and what is wrong with them."""

    stops: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def links(self) -> set[str]:
        """The link targets (URL paths) reached by Tab."""
        return {stop["href"] for stop in self.stops if stop["href"]}


def stop_problems(stop: dict) -> list[str]:
    """Why a keyboard user could not see this stop (empty: it is fine)."""
    what = f"{stop['name']} {stop['box']}"
    problems = [] if stop["onScreen"] else [f"uden for skærmen: {what}"]
    problems += [] if stop["uncovered"] or not stop["onScreen"] else [f"dækket af {stop['cover']}: {what}"]
    problems += [] if stop["ring"] else [f"ingen fokusring: {what}"]
    problems += [f"i den lukkede menu: {what}"] if stop["inClosedDrawer"] else []
    return problems


def walk(page: Page, open_menus: bool, limit: int = 400) -> Walk:
    """Press Tab until the focus comes round again; with open_menus, press Enter on every closed menu and section met."""
    result, seen = Walk(), set()
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(STOP)
        if stop is None or stop["key"] in seen:
            break
        seen.add(stop["key"])
        result.stops.append(stop)
        result.problems += stop_problems(stop)
        if open_menus and stop["opens"]:
            page.keyboard.press("Enter")
    return result
