// The menu, the search and the colour switch by keyboard and for screen readers, where Material's own
// handling stops short (tests/browser/test_keyboard.py, test_focus.py and test_controls.py).
(() => {
  const phone = matchMedia("(max-width: 76.2344em)");  // Material's drawer layout
  const toggle = id => document.getElementById(id);
  const visible = el => !!el && el.checkVisibility({visibilityProperty: true});
  let searchOpener = null;

  // Where the focus goes in the opened phone menu: into the innermost section shown (the current page's),
  // at its "back" button, else to the menu's first link. A stop under that section would close it.
  function firstStop(menu) {
    const shown = [...menu.querySelectorAll(".md-nav__toggle:checked ~ .md-nav > .md-nav__title > button")].filter(visible);
    return shown.at(-1) || [...menu.querySelectorAll("a[href], button")].find(visible);
  }

  // The first stop in an opened panel of the phone menu: its "back" button, else its first link.
  function panelStop(panel) {
    return [panel.querySelector(":scope > .md-nav__title > button"), ...panel.querySelectorAll("a[href]")].find(visible);
  }

  // The <button> inside a label of Material's (menu, search, menu section, colour switch).
  function buttonFor(id) {
    return [...document.querySelectorAll(`label[for="${id}"] > button`)].find(visible);
  }

  function close(input) {
    input.checked = false;
    input.dispatchEvent(new Event("change", {bubbles: true}));
  }

  // Material's labels show and hide the menu, the search and the menu's sections through a hidden
  // checkbox; the buttons inside them say whether it is open.
  function showState(input) {
    for (const button of document.querySelectorAll(`label[for="${input.id}"] > button[aria-expanded]`))
      button.setAttribute("aria-expanded", String(input.checked));
  }

  // A button inside a label presses the label's checkbox or radio button, as a click on the label does
  // (a click on a button inside a label does not reach the label's control).
  document.addEventListener("click", event => {
    const button = event.target.closest?.("label[for] > button.label-button");
    if (!button) return;
    const label = button.parentElement, input = toggle(label.htmlFor);
    const focused = document.activeElement === button;
    input.click();
    // The colour switch: Material now shows the other scheme's switch; the focus goes with it.
    if (input.type === "radio" && focused) label.parentElement.querySelector("label:not([hidden]) > button")?.focus();
    // The menu, or a section (or the page's contents) of the phone menu, slides over this button: the focus goes into it.
    const panel = input.checked && input.matches(".md-nav__toggle") && input.parentElement.querySelector(":scope > nav");
    if (input.id === "__drawer" && input.checked) firstStop(document.querySelector(".md-sidebar--primary"))?.focus();
    // The phone's search: the field, now shown (Material tries before it is, which the hidden field refuses).
    else if (input.id === "__search" && input.checked) document.querySelector(".md-search__input").focus();
    else if (panel && phone.matches && label.matches(".md-nav__link")) panelStop(panel)?.focus();
    // A section's "back" button hides the section: the focus goes back to the button that opened it.
    else if (!input.checked && label.matches(".md-nav__title")) buttonFor(input.id)?.focus();
  });

  document.addEventListener("change", event => {
    if (!event.target.matches?.("input.md-toggle")) return;
    showState(event.target);
    if (event.target.id === "__search" && event.target.checked) searchOpener = document.activeElement;
  });

  // Material's colour switch takes Enter itself, and puts the focus on a hidden radio button: the button's own click does it here.
  for (const button of document.querySelectorAll(".md-header__option button"))
    button.addEventListener("keydown", event => event.key === "Enter" && event.stopPropagation());

  // Esc closes what is open, innermost first, and gives the focus back to the control that opened it.
  function escape(event) {
    const here = event.target, search = toggle("__search");
    if (search.checked && here.closest?.(".md-search")) {
      event.stopPropagation();  // Material would blur the field, which drops the focus on <body>
      close(search);
      const back = [searchOpener, document.querySelector(".md-search__input"), buttonFor("__search")].find(visible);
      if (back !== document.activeElement) back?.focus();
      return;
    }
    for (let item = here.closest?.(".md-nav__item"); item; item = item.parentElement.closest(".md-nav__item")) {
      const input = item.querySelector(":scope > .md-toggle"), opener = input && buttonFor(input.id);
      if (input?.checked && opener && opener !== here) {
        close(input);
        opener.focus();
        return;
      }
    }
    const drawer = toggle("__drawer");
    if (drawer.checked && phone.matches && (here.closest?.(".md-sidebar--primary") || here === buttonFor("__drawer"))) {
      close(drawer);
      buttonFor("__drawer")?.focus();
    }
  }

  document.addEventListener("keydown", event => {
    if (event.key === "Escape") escape(event);
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

  // Typing in the field after Esc (the focus stays there) opens the results again.
  document.querySelector(".md-search__input")?.addEventListener("input", () => {
    if (!toggle("__search").checked) toggle("__search").click();
  });

  // The search form's submit button (for screen readers) opens the first result, as Enter does.
  document.forms.namedItem("search")?.addEventListener("submit", event => {
    event.preventDefault();
    document.querySelector(".md-search-result__item > a")?.click();
  });

  // Each result link is named by its page's title (a section's: the section's and the page's), not by
  // everything in it; Material's links held an <article>, which left them without a name.
  const results = document.querySelector(".md-search-result__list");
  if (results) new MutationObserver(() => {
    for (const link of results.querySelectorAll("a.md-search-result__link:not([aria-label])")) {
      const page = link.closest(".md-search-result__item").querySelector("h1")?.textContent.trim();
      const section = link.querySelector("h2")?.textContent.trim();
      link.setAttribute("aria-label", section ? `${section} (${page})` : page || link.textContent.trim());
    }
  }).observe(results, {childList: true, subtree: true});

  // Focus leaving the search or the drawer closes it, so what comes next is not hidden behind it.
  document.addEventListener("focusout", event => {
    const leaving = selector => event.target.closest?.(selector) && !event.relatedTarget?.closest(selector);
    if (leaving(".md-search") && toggle("__search").checked) close(toggle("__search"));
    if (phone.matches && leaving(".md-sidebar--primary") && toggle("__drawer").checked) close(toggle("__drawer"));
  });

  // An opened section of the phone menu covers the rest of the menu: focus elsewhere in the menu closes it.
  document.addEventListener("focusin", event => {
    if (!phone.matches || !event.target.closest(".md-sidebar--primary")) return;
    for (const input of document.querySelectorAll(".md-nav--primary .md-nav__toggle:checked")) {
      const section = input.parentElement.querySelector(":scope > .md-nav");
      if (section && !section.contains(event.target)) close(input);
    }
  });

  for (const input of document.querySelectorAll("input.md-toggle")) showState(input);
})();
