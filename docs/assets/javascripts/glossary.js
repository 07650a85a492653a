/* The glossary's explanations (hooks/glossary.py marks a term's first use on a page with its definition
   and its Ordliste entry). Each marked word becomes a button that opens a small box under it:
   reachable by Tab, opened by Enter, Space, a tap or a click, shown while the mouse rests on the word
   or the box (WCAG 1.4.13), closed by Esc, by the button again or by a tap elsewhere. The box follows
   the button in the page, so a screen reader reads it next; it links to the term's entry. Written
   from data attributes with textContent: a definition is always text, never markup; the link's words
   too (handbook/strings/da.yml). */
(() => {
  "use strict";

  const HOVER_GRACE_MS = 300;  // time to move the mouse from the word onto its box
  let open = null;             // the shown explanation: {wrapper, button, box, byHover}
  let leaving = 0;

  function upgrade(mark, index) {
    const wrapper = document.createElement("span");
    wrapper.className = "glossary";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "glossary-term";
    button.textContent = mark.textContent;
    button.setAttribute("aria-expanded", "false");
    const box = document.createElement("span");
    box.className = "glossary-box";
    box.id = `glossary-${index}`;
    box.hidden = true;
    const entry = document.createElement("a");
    entry.href = mark.dataset.entry;
    entry.textContent = mark.dataset.entryLink;
    box.append(`${mark.dataset.definition} `, entry);
    button.setAttribute("aria-controls", box.id);
    wrapper.append(button, box);
    mark.replaceWith(wrapper);
  }

  // The box stays inside the screen: moved left as far as it reaches past the right edge.
  function place(box) {
    box.style.left = "";
    const edge = document.documentElement.clientWidth - 8;
    const { left, right } = box.getBoundingClientRect();
    if (right > edge) box.style.left = `${Math.max(edge - right, 8 - left)}px`;
  }

  function show(wrapper, byHover) {
    if (open && open.wrapper !== wrapper) hide();
    const button = wrapper.querySelector(".glossary-term"), box = wrapper.querySelector(".glossary-box");
    open = { wrapper, button, box, byHover };
    box.hidden = false;
    button.setAttribute("aria-expanded", "true");
    place(box);
  }

  function hide(giveFocusBack) {
    if (!open) return;
    const { button, box, wrapper } = open;
    open = null;
    if (giveFocusBack && wrapper.contains(document.activeElement)) button.focus();
    box.hidden = true;
    button.setAttribute("aria-expanded", "false");
  }

  function setup() {
    document.querySelectorAll("article .glossary-term[data-definition]:not(button)").forEach(upgrade);
  }

  document.addEventListener("click", event => {
    const button = event.target.closest?.("button.glossary-term");
    if (button) {
      const wrapper = button.parentElement;
      // A click on a word the mouse has opened keeps it open; otherwise the button opens and closes it.
      if (open && open.wrapper === wrapper && !open.byHover) hide();
      else show(wrapper, false);
    } else if (open && !open.wrapper.contains(event.target)) {
      hide();
    }
  });

  document.addEventListener("keydown", event => {
    if (event.key === "Escape" && open) {
      event.stopPropagation();  // Esc closes the explanation only, not the search or menu around it
      hide(true);
    }
  }, true);

  document.addEventListener("focusout", event => {
    if (open && open.wrapper.contains(event.target) && !open.wrapper.contains(event.relatedTarget)) hide();
  });

  // The mouse: shown while it rests on the word or the box; touch and pen open it with a tap instead.
  document.addEventListener("pointerover", event => {
    const wrapper = event.pointerType === "mouse" && event.target.closest?.(".glossary");
    if (!wrapper) return;
    clearTimeout(leaving);
    if (!open || open.wrapper !== wrapper) show(wrapper, true);
  });

  document.addEventListener("pointerout", event => {
    if (event.pointerType !== "mouse" || !open || !open.byHover) return;
    if (open.wrapper.contains(event.target) && !open.wrapper.contains(event.relatedTarget)) {
      clearTimeout(leaving);
      leaving = setTimeout(() => open && open.byHover && hide(), HOVER_GRACE_MS);
    }
  });

  if (window.document$) window.document$.subscribe(setup);
  else setup();
})();
