/* "Læs op": the device's own Danish voice reads the "Kort fortalt" box, or the whole page.
   The buttons come from overrides/partials/read-aloud.html. They are shown only when the device has a
   Danish voice that runs on the device itself (localService): no text leaves the page, and Danish is
   never read with an English voice; without one, a short note says how to add one. English passages
   (lang="en") are read with a local English voice when there is one. One utterance at a time, per
   paragraph, heading or list item (and per language within it), so the part being read can be
   highlighted, a slower speed takes effect at once, and a pause that a device turns into a cancel
   (Android's Chrome) is said again from the part's start on "Fortsæt". Runs on every page load and,
   with Material's instant navigation, on every page change (document$). The words it says or switches
   to come with the buttons (data-said-*), from handbook/strings/da.yml. */
(function () {
  "use strict";

  var DANISH = "da-DK";
  var ENGLISH = "en-GB";
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, summary";
  // Not words to read: heading permalinks, footnote numbers and back-links, an opened glossary box, the buttons.
  var SKIP = ".headerlink, .footnote-ref, .footnote-backref, .glossary-box, [data-read-aloud]";
  var CURRENT = "read-aloud-current";
  var SLOW_RATE = 0.75;
  var SLOW_KEY = "__read_aloud_slow";  // remembered on the device, as Material remembers the colour scheme
  var WAIT_FOR_VOICES_MS = 1000;       // some browsers list their voices a moment after the page loads

  var toolbar = null;       // the buttons of the page on screen
  var reading = null;       // the reading in progress: { items, index, voice, current, block, paused, cut }
  var voicesKnown = false;  // whether the device has had its chance to list its voices

  function localVoice(language, preferred) {
    var local = window.speechSynthesis.getVoices().filter(function (voice) {
      return language.test(voice.lang) && voice.localService;
    });
    return local.filter(function (voice) { return preferred.test(voice.lang); })[0] || local[0] || null;
  }

  function danishVoice() { return localVoice(/^da([-_]|$)/i, /^da[-_]DK$/i); }
  function englishVoice() { return localVoice(/^en([-_]|$)/i, /^en[-_]GB$/i); }

  function slow() {
    try { return Boolean(window.__md_get && window.__md_get(SLOW_KEY)); } catch (error) { return false; }
  }

  function summaryBox(article) {
    var title = toolbar.getAttribute("data-box-title");
    return Array.prototype.find.call(article.querySelectorAll(".admonition"), function (box) {
      var heading = box.querySelector(".admonition-title");
      return heading && heading.textContent.trim() === title;
    }) || null;
  }

  // A block's own words, in runs of one language: nested blocks are read on their own, skipped parts not at all.
  function ownParts(block) {
    var copy = block.cloneNode(true), parts = [];
    copy.querySelectorAll(BLOCKS + ", " + SKIP).forEach(function (part) { part.remove(); });
    var walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var marked = node.parentElement.closest("[lang]");
      var lang = marked && /^en/i.test(marked.getAttribute("lang")) ? "en" : "da";
      var last = parts[parts.length - 1];
      if (last && last.lang === lang) last.text += node.textContent;
      else parts.push({ lang: lang, text: node.textContent });
    }
    return parts.map(function (part) {
      return { block: block, lang: part.lang, text: part.text.replace(/\s+/g, " ").trim() };
    }).filter(function (part) { return /[\p{L}\p{N}]/u.test(part.text); });
  }

  function items(root) {
    return Array.prototype.filter.call(root.querySelectorAll(BLOCKS), function (block) {
      return !block.closest(SKIP) && block.getClientRects().length > 0;
    }).reduce(function (all, block) { return all.concat(ownParts(block)); }, []);
  }

  function button(selector) {
    return toolbar.querySelector(selector);
  }

  function onScreen(element) {
    var box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }

  // The part being read is highlighted; the page follows it, unless the reader has scrolled away.
  function follow(session, block) {
    var previous = session.block;
    session.block = block;
    document.querySelectorAll("." + CURRENT).forEach(function (old) { old.classList.remove(CURRENT); });
    if (!block) return;
    block.classList.add(CURRENT);
    if (!previous || onScreen(previous)) block.scrollIntoView({ block: "nearest" });
  }

  // One row: "Læs op" (and "Læs hele siden op") until reading starts, then Pause (Fortsæt), Stop and Langsomt.
  function show() {
    var ready = Boolean(danishVoice()), busy = Boolean(reading), focused = document.activeElement;
    var article = toolbar.closest("article");
    button('[data-read="box"]').hidden = busy || !ready;
    button('[data-read="page"]').hidden = busy || !ready || !summaryBox(article);
    ["pause", "stop", "slow"].forEach(function (name) { button('[data-control="' + name + '"]').hidden = !busy; });
    button('[data-control="pause"]').textContent = reading && reading.paused ? toolbar.dataset.saidResume : toolbar.dataset.saidPause;
    button('[data-control="slow"]').setAttribute("aria-pressed", String(slow()));
    toolbar.querySelector(".read-aloud__help").hidden = ready || !voicesKnown;
    toolbar.classList.toggle("read-aloud--waiting", !ready && !voicesKnown);
    // A button that disappears under the keyboard focus hands it on: to Pause when reading starts, to Læs op when it ends.
    if (focused && focused.hidden && toolbar.contains(focused)) button(busy ? '[data-control="pause"]' : '[data-read="box"]').focus();
  }

  // Only the end is announced: a status read out while the voice speaks would talk over it.
  function announce(text) {
    toolbar.querySelector(".read-aloud__status").textContent = text;
  }

  function speak(session) {
    if (reading !== session) return;
    var item = session.items[session.index];
    if (!item) return finish(session);
    var english = item.lang === "en" ? englishVoice() : null;
    var utterance = new SpeechSynthesisUtterance(item.text);
    utterance.lang = english ? ENGLISH : DANISH;
    utterance.voice = english || session.voice;
    utterance.rate = slow() ? SLOW_RATE : 1;
    utterance.onstart = function () { if (reading === session) follow(session, item.block); };
    utterance.onend = utterance.onerror = function () {
      if (reading !== session || session.current !== utterance) return;
      // A device that cancels on pause (Android's Chrome): the part is said again from its start on Fortsæt.
      if (session.paused) { session.cut = true; return; }
      session.index += 1;
      speak(session);
    };
    session.current = utterance;
    window.speechSynthesis.speak(utterance);
  }

  function finish(session) {
    if (reading !== session) return;
    reading = null;
    follow(session, null);
    show();
    announce(toolbar.dataset.saidEnd);
  }

  function stop() {
    if (!reading) return;
    var session = reading;
    reading = null;
    session.current = null;
    // Chrome keeps a paused synthesiser paused after cancel(), and the next reading would not start.
    if (session.paused) window.speechSynthesis.resume();
    window.speechSynthesis.cancel();
    follow(session, null);
    if (toolbar) show();
  }

  function read(what) {
    stop();
    var voice = danishVoice();
    if (!voice) return show();
    var article = toolbar.closest("article");
    var box = summaryBox(article);
    var session = { items: items(what === "box" && box ? box : article), index: 0, voice: voice, paused: false, cut: false };
    if (!session.items.length) return;
    reading = session;
    announce("");
    show();
    speak(session);
  }

  function togglePause() {
    if (!reading) return;
    reading.paused = !reading.paused;
    if (reading.paused) {
      window.speechSynthesis.pause();
    } else {
      window.speechSynthesis.resume();
      if (reading.cut) {
        reading.cut = false;
        speak(reading);
      }
    }
    show();
  }

  // Langsomt: remembered for the next page; the part being read starts again at the new speed.
  function toggleSlow() {
    if (window.__md_set) window.__md_set(SLOW_KEY, !slow());
    show();
    if (reading && !reading.paused) {
      reading.current = null;
      window.speechSynthesis.cancel();
      speak(reading);
    }
  }

  function offer() {
    if (!toolbar) return;
    var heading = toolbar.closest("article").querySelector("h1");
    if (heading && heading.nextElementSibling !== toolbar) heading.after(toolbar);
    if (!danishVoice()) stop();
    show();
  }

  function voicesListed() {
    voicesKnown = true;
    offer();
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
      else if (target.getAttribute("data-control") === "slow") toggleSlow();
      else stop();
    });
    offer();
  }

  if (!("speechSynthesis" in window)) {
    var unsupported = document.querySelector("[data-read-aloud]");
    if (unsupported) unsupported.hidden = true;
    return;
  }
  if (window.speechSynthesis.getVoices().length) voicesKnown = true;
  window.speechSynthesis.addEventListener("voiceschanged", voicesListed);
  window.setTimeout(voicesListed, WAIT_FOR_VOICES_MS);
  window.addEventListener("pagehide", stop);
  if (window.document$) window.document$.subscribe(setup);
  else setup();
})();
