"""What a screen reader gets: Chromium's own accessibility tree (CDP Accessibility.getFullAXTree)."""
from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Page


@dataclass(frozen=True)
class Node:
    """One node of Chromium's accessibility tree: its role, name, states and the DOM node behind it."""

    role: str
    name: str
    ignored: bool
    states: dict[str, object]
    dom: int | None  # the backend DOM node id, None for nodes without an element

    def __str__(self) -> str:
        states = "".join(f" [{key}={value}]" for key, value in sorted(self.states.items()))
        return f'{self.role} "{self.name}"{states}'


def _node(raw: dict) -> Node:
    """A raw CDP AXNode as a Node."""
    states = {prop["name"]: prop["value"].get("value") for prop in raw.get("properties", [])}
    return Node(
        role=raw.get("role", {}).get("value", ""),
        name=(raw.get("name", {}).get("value") or "").strip(),
        ignored=raw.get("ignored", False),
        states=states,
        dom=raw.get("backendDOMNodeId"),
    )


def tree(page: Page) -> list[Node]:
    """Every node of the page's accessibility tree, in document order."""
    cdp = page.context.new_cdp_session(page)
    try:
        return [_node(raw) for raw in cdp.send("Accessibility.getFullAXTree")["nodes"]]
    finally:
        cdp.detach()


def of_marked(page: Page, attribute: str) -> dict[str, Node]:
    """The accessibility node of every element carrying `attribute`, by the attribute's value."""
    cdp = page.context.new_cdp_session(page)
    try:
        marked: dict[int, str] = {}
        stack = [cdp.send("DOM.getDocument", {"depth": -1})["root"]]
        while stack:
            node = stack.pop()
            attributes = node.get("attributes", [])
            values = dict(zip(attributes[::2], attributes[1::2]))
            if attribute in values:
                marked[node["backendNodeId"]] = values[attribute]
            stack += node.get("children", [])
        nodes = {raw.get("backendDOMNodeId"): _node(raw) for raw in cdp.send("Accessibility.getFullAXTree")["nodes"]}
        cdp.send("DOM.disable")
    finally:
        cdp.detach()
    return {value: nodes.get(backend, Node("", "", True, {}, backend)) for backend, value in marked.items()}


def found(nodes: list[Node], role: str, name: str | None = None) -> list[Node]:
    """The nodes of a role (and name, when given) that a screen reader is told about."""
    return [node for node in nodes if node.role == role and not node.ignored and (name is None or node.name == name)]


def nodes_of(page: Page, selector: str) -> list[Node]:
    """The accessibility nodes of the elements a CSS selector finds, in document order."""
    page.evaluate(
        "selector => document.querySelectorAll(selector).forEach((el, i) => el.setAttribute('data-ax-node', String(i).padStart(4, '0')))",
        selector,
    )
    found = of_marked(page, "data-ax-node")
    page.evaluate("() => document.querySelectorAll('[data-ax-node]').forEach(el => el.removeAttribute('data-ax-node'))")
    return [found[key] for key in sorted(found)]


def node_of(page: Page, selector: str) -> Node:
    """The accessibility node of the one element a CSS selector finds."""
    found = nodes_of(page, selector)
    assert len(found) == 1, f"{selector}: {len(found)} elementer"
    return found[0]


def focused(page: Page) -> Node:
    """The accessibility node of the focused element, read at once (for parts that hide when the focus leaves)."""
    cdp = page.context.new_cdp_session(page)
    try:
        handle = cdp.send("Runtime.evaluate", {"expression": "document.activeElement"})["result"]
        nodes = cdp.send("Accessibility.getPartialAXTree", {"objectId": handle["objectId"], "fetchRelatives": False})["nodes"]
    finally:
        cdp.detach()
    return _node(nodes[0])
