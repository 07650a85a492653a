// The menu and the search by keyboard, where Material's own handling stops short
// (tests/browser/test_keyboard.py walks the Tab order at every width).
(() => {
  const phone = matchMedia("(max-width: 76.2344em)");  // Material's drawer layout

  function firstStop(part) {
    return [...part.querySelectorAll("a[href], [tabindex='0']")].find(el => el.checkVisibility({visibilityProperty: true}));
  }

  function close(toggle) {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
  }

  document.addEventListener("keydown", event => {
    // Enter and Space press a label that acts as a button (the menu, the phone's search), once: Material
    // presses it on Enter only. An opened menu takes the focus, so Tab goes on inside it.
    if ((event.key === " " || event.key === "Enter") && event.target.matches?.("label.md-header__button[tabindex]")) {
      event.preventDefault();
      event.stopPropagation();
      event.target.click();
      if (event.target.htmlFor === "__drawer") firstStop(document.querySelector(".md-sidebar--primary"))?.focus();
    }
    // Material closes the search on Tab and keeps its results out of the Tab order (they take arrow
    // keys). Tab and Shift+Tab move between the field and the results as the arrows do; past the last
    // result Tab leaves the search, which then closes.
    if (event.key === "Tab" && event.target.closest?.(".md-search")) {
      event.stopPropagation();
      const stops = [document.querySelector(".md-search__input"), ...document.querySelectorAll(
        ".md-search-result :not(details) > [href], .md-search-result summary, .md-search-result details[open] [href]")];
      const here = stops.indexOf(document.activeElement);
      const next = here + (event.shiftKey ? -1 : 1);
      if (here >= 0 && next >= 0 && next < stops.length) {
        event.preventDefault();
        stops[next].focus();
      }
    }
  });

  // The search form's submit button (for screen readers) opens the first result, as Enter does.
  document.forms.namedItem("search")?.addEventListener("submit", event => {
    event.preventDefault();
    document.querySelector(".md-search-result__item > a")?.click();
  });

  // Focus leaving the search or the drawer closes it, so what comes next is not hidden behind it.
  document.addEventListener("focusout", event => {
    const leaving = selector => event.target.closest?.(selector) && !event.relatedTarget?.closest(selector);
    if (leaving(".md-search")) close(document.getElementById("__search"));
    if (phone.matches && leaving(".md-sidebar--primary")) close(document.getElementById("__drawer"));
  });

  // An opened section of the phone menu covers the rest of the menu: focus elsewhere in the menu closes it.
  document.addEventListener("focusin", event => {
    if (!phone.matches || !event.target.closest(".md-sidebar--primary")) return;
    for (const toggle of document.querySelectorAll(".md-nav--primary .md-nav__toggle:checked")) {
      const section = toggle.parentElement.querySelector(":scope > .md-nav");
      if (section && !section.contains(event.target)) close(toggle);
    }
  });
})();
