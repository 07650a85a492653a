/* "Læs op": the device's own Danish voice reads the "Kort fortalt" box, or the whole page.
   The buttons come from overrides/partials/read-aloud.html, hidden. They are shown only when the
   device has a Danish voice that runs on the device itself (localService): no text leaves the page,
   and Danish is never read with an English voice. One utterance per paragraph, heading or list item,
   so the part being read can be highlighted. Runs on every page load and, with Material's instant
   navigation, on every page change (document$). */
(function () {
  "use strict";

  var LANG = "da-DK";
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, summary";
  // Not words to read: heading permalinks, footnote back-links, the buttons themselves.
  var SKIP = ".headerlink, .footnote-backref, [data-read-aloud]";
  var CURRENT = "read-aloud-current";
  var STATUS = { box: "Læser Kort fortalt op", page: "Læser siden op", paused: "Pause" };

  var toolbar = null; // the buttons of the page on screen
  var reading = null; // the reading in progress: { what, paused, parts }

  function danishVoice() {
    var local = window.speechSynthesis.getVoices().filter(function (voice) {
      return /^da([-_]|$)/i.test(voice.lang) && voice.localService;
    });
    var dk = local.filter(function (voice) { return /^da[-_]DK$/i.test(voice.lang); });
    return dk[0] || local[0] || null;
  }

  function summaryBox(article) {
    var title = toolbar.getAttribute("data-box-title");
    return Array.prototype.find.call(article.querySelectorAll(".admonition"), function (box) {
      var heading = box.querySelector(".admonition-title");
      return heading && heading.textContent.trim() === title;
    }) || null;
  }

  // A block's own words: nested blocks are read on their own, and skipped parts not at all.
  function ownText(block) {
    var copy = block.cloneNode(true);
    copy.querySelectorAll(BLOCKS + ", " + SKIP).forEach(function (part) { part.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function parts(root) {
    return Array.prototype.filter.call(root.querySelectorAll(BLOCKS), function (block) {
      return !block.closest(SKIP) && block.getClientRects().length > 0;
    }).map(function (block) {
      return { block: block, text: ownText(block) };
    }).filter(function (part) { return part.text; });
  }

  function button(selector) {
    return toolbar.querySelector(selector);
  }

  function highlight(block) {
    document.querySelectorAll("." + CURRENT).forEach(function (old) { old.classList.remove(CURRENT); });
    if (block) {
      block.classList.add(CURRENT);
      block.scrollIntoView({ block: "nearest" });
    }
  }

  function show(what) {
    var busy = Boolean(what);
    var focused = document.activeElement;
    button('[data-control="pause"]').hidden = !busy;
    button('[data-control="stop"]').hidden = !busy;
    button('[data-control="pause"]').setAttribute("aria-pressed", String(what === "paused"));
    toolbar.querySelector(".read-aloud__status").textContent = busy ? STATUS[what] : "";
    // A button that disappears under the keyboard focus hands it to the first button.
    if (focused && focused.hidden && toolbar.contains(focused)) button("[data-read]").focus();
  }

  function stop() {
    if (!reading) return;
    var wasPaused = reading.paused;
    reading = null;
    // Chrome keeps a paused synthesiser paused after cancel(), and the next reading would not start.
    if (wasPaused) window.speechSynthesis.resume();
    window.speechSynthesis.cancel();
    highlight(null);
    if (toolbar) show(null);
  }

  function read(what) {
    stop();
    var voice = danishVoice();
    var article = toolbar.closest("article");
    var box = summaryBox(article);
    var root = what === "box" && box ? box : article;
    if (!voice) return offer();
    var session = { what: root === box ? "box" : "page", paused: false, parts: parts(root) };
    if (!session.parts.length) return;
    reading = session;
    session.parts.forEach(function (part, index) {
      var utterance = new SpeechSynthesisUtterance(part.text);
      utterance.lang = LANG;
      utterance.voice = voice;
      utterance.onstart = function () { if (reading === session) highlight(part.block); };
      utterance.onend = utterance.onerror = function () {
        if (reading === session && index === session.parts.length - 1) {
          reading = null;
          highlight(null);
          show(null);
        }
      };
      window.speechSynthesis.speak(utterance);
    });
    show(session.what);
  }

  function togglePause() {
    if (!reading) return;
    reading.paused = !reading.paused;
    if (reading.paused) window.speechSynthesis.pause();
    else window.speechSynthesis.resume();
    show(reading.paused ? "paused" : reading.what);
  }

  // Show the buttons only while the device has a local Danish voice; without the box, "Læs op" reads the page.
  function offer() {
    if (!toolbar) return;
    var article = toolbar.closest("article");
    var heading = article.querySelector("h1");
    if (heading && heading.nextElementSibling !== toolbar) heading.after(toolbar);
    button('[data-read="page"]').hidden = !summaryBox(article);
    toolbar.hidden = !danishVoice();
    if (toolbar.hidden) stop();
  }

  function setup() {
    stop();
    toolbar = document.querySelector("[data-read-aloud]");
    if (!toolbar) return;
    toolbar.addEventListener("click", function (event) {
      var target = event.target.closest("button");
      if (!target) return;
      if (target.hasAttribute("data-read")) read(target.getAttribute("data-read"));
      else if (target.getAttribute("data-control") === "pause") togglePause();
      else stop();
    });
    offer();
  }

  if (!("speechSynthesis" in window)) return;
  // Voices often arrive after the page has loaded.
  window.speechSynthesis.addEventListener("voiceschanged", offer);
  window.addEventListener("pagehide", stop);
  if (window.document$) window.document$.subscribe(setup);
  else setup();
})();
