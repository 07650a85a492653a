"""Walk a page's Tab order as a keyboard user: what each stop is, where it is, and whether it shows focus."""
from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Page

from . import ax

# Each stop is marked with this attribute (its key), so its accessible name can be read from
# Chromium's accessibility tree once the walk is done.
MARK = "data-walk-stop"
# The focused element as a stop: a stable key, its link target, where it is on screen, whether it can
# be seen, whether a fixed or sticky part of the page covers any of it, whether it draws a ring, and
# whether Enter would open something (menu, section).
STOP = """mark => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  // A hidden radio button (Material's colour switch) is drawn by the label after it.
  const el = focused.matches("input.md-option") ? focused.nextElementSibling : focused;
  const path = [];
  for (let node = focused; node && node !== document.body; node = node.parentElement)
    path.unshift(`${node.tagName}:${[...node.parentElement.children].indexOf(node)}`);
  focused.setAttribute(mark, path.join("/"));
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  // The first line box: a link broken over two lines has a gap in the middle of its box.
  const line = el.getClientRects()[0] || box;
  const inside = hit => el === hit || el.contains(hit) || (el.control && el.control === hit);
  const pinned = node => {
    for (; node; node = node.parentElement)
      if (["fixed", "sticky"].includes(getComputedStyle(node).position)) return node;
    return null;
  };
  const at = ([fx, fy]) => document.elementFromPoint(
    Math.min(Math.max(line.left + line.width * fx, 0), innerWidth - 1),
    Math.min(Math.max(line.top + line.height * fy, 0), innerHeight - 1));
  const describe = node => `${node.tagName}.${[...node.classList].join(".")}`;
  const middle = at([0.5, 0.5]);
  // Anything over the middle covers it; a fixed or sticky part (header, sidebar title, "Tilbage til
  // start") over its edges hides part of it.
  const edges = [[0.08, 0.2], [0.92, 0.2], [0.08, 0.8], [0.92, 0.8]].map(at)
    .filter(hit => hit && !inside(hit)).map(pinned).filter(node => node && !node.contains(el));
  // A menu or section button sits in Material's label for its checkbox.
  const label = el.closest("label[for]");
  const toggle = label ? document.getElementById(label.htmlFor) : null;
  const drawer = document.getElementById("__drawer");
  return {
    key: path.join("/"),
    name: `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.innerText || el.getAttribute("aria-label") || "").trim().slice(0, 30)}"`,
    href: el.matches("a[href]") ? new URL(el.href).pathname : null,
    box: [box.left, box.top, box.width, box.height].map(Math.round),
    onScreen: box.width >= 1 && box.height >= 1 && box.left >= -1 && box.top >= -1
      && box.right <= innerWidth + 1 && box.bottom <= innerHeight + 1,
    visible: el.checkVisibility({opacityProperty: true, visibilityProperty: true}),
    uncovered: !!middle && inside(middle),
    cover: middle && !inside(middle) ? describe(middle) : null,
    pinnedOver: edges.length ? describe(edges[0]) : null,
    ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    opens: !!toggle && toggle.type === "checkbox" && !toggle.checked && toggle.id !== "__search",
    // The search closes when the focus leaves it: its parts are named while they are shown.
    transient: !!el.closest(".md-search"),
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


# Two frames: Material sizes its sidebars and shows "Tilbage til start" in the frame after a scroll.
SETTLED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def stop(page: Page) -> dict | None:
    """The focused element as a stop (None when nothing is focused), marked for the name lookup; a stop
    that looks hidden is looked at again once the page has settled, as a person would see it."""
    here = page.evaluate(STOP, MARK)
    if here and stop_problems(here):
        page.evaluate(SETTLED)
        here = page.evaluate(STOP, MARK)
    return here


def stop_problems(stop: dict) -> list[str]:
    """Why a keyboard user could not see this stop (empty: it is fine)."""
    what = f"{stop['name']} {stop['box']}"
    problems = [] if stop["onScreen"] else [f"uden for skærmen: {what}"]
    problems += [] if stop["visible"] else [f"usynlig (skjult eller gennemsigtig): {what}"]
    problems += [] if stop["uncovered"] or not stop["onScreen"] else [f"dækket af {stop['cover']}: {what}"]
    problems += [f"delvist skjult under {stop['pinnedOver']}: {what}"] if stop["pinnedOver"] and stop["uncovered"] else []
    problems += [] if stop["ring"] else [f"ingen fokusring: {what}"]
    problems += [f"i den lukkede menu: {what}"] if stop["inClosedDrawer"] else []
    return problems


def walk(page: Page, open_menus: bool, key: str = "Tab", limit: int = 400) -> Walk:
    """Press Tab (or Shift+Tab) until the focus comes round again; with open_menus, press Enter on every
    closed menu and section met, and check the focus again once it has opened."""
    result, seen = Walk(), set()
    for _ in range(limit):
        page.keyboard.press(key)
        here = stop(page)
        if here is None and not seen:
            continue  # the focus was outside the page (after a walk round it): the next press brings it back
        if here is None or here["key"] in seen:
            break
        seen.add(here["key"])
        if here["transient"]:
            here["node"] = ax.focused(page)
        result.stops.append(here)
        result.problems += stop_problems(here)
        if open_menus and here["opens"]:
            page.keyboard.press("Enter")
            opened = stop(page)
            result.problems += [f"efter Enter: {problem}" for problem in stop_problems(opened)] if opened else ["efter Enter: fokus tabt"]
    return result


def unnamed(page: Page, stops: list[dict]) -> list[str]:
    """The stops that Chromium's accessibility tree gives no name (or hides), as problems."""
    marked = ax.of_marked(page, MARK)
    nodes = {stop["key"]: stop.get("node") or marked.get(stop["key"]) for stop in stops}
    return [
        f"uden navn for en skærmlæser ({nodes[stop['key']].role or 'intet'}): {stop['name']} {stop['box']}"
        for stop in stops
        if nodes[stop["key"]] and (nodes[stop["key"]].ignored or not nodes[stop["key"]].name)
    ]
