"""'Læs op': the device's own Danish voice reads the "Kort fortalt" box or the whole page, on the residents' pages.

Headless Chromium has no voices. Each test gives the page a voice of its own through an init script
(VOICE below): speechSynthesis.getVoices() returns the test's voices, and speak/pause/resume/cancel
record what the page asked for and play it one utterance at a time, moved on by window.testVoice.finish().
With pauseCancels, pause() cancels the utterance, as Android's Chrome does. The page's own script
(docs/assets/javascripts/read-aloud.js) is the thing under test.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from conftest import build

from . import axe
from .conftest import served
from .screens import SCREENS, to_dark
from .site_pages import DOCS, page_urls

DANISH = {"name": "Sara", "lang": "da-DK", "localService": True}
ENGLISH = {"name": "Daniel", "lang": "en-GB", "localService": True}
ONLINE_DANISH = {"name": "Dansk (online)", "lang": "da-DK", "localService": False}
SUMMARY_BOX = '!!! abstract "Kort fortalt"'
EXERCISE = "oevelser/hjerte-isbjerg-og-raket.html"
JOB_PROFILE = "jobprofiler/peer-medarbejder.html"
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": axe.TAGS}}
VOICE = """(voices, options) => {
  const synth = window.speechSynthesis, queue = [];
  const voice = window.testVoice = { voices, spoken: [], current: null, paused: false, cancelled: 0 };
  // The page sets utterance.voice to one of the test's voices, which are plain objects.
  Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", {
    configurable: true, get() { return this.testVoice || null; }, set(value) { this.testVoice = value; },
  });
  const next = () => {
    voice.current = queue.shift() || null;
    if (voice.current) voice.current.dispatchEvent(new Event("start"));
  };
  synth.getVoices = () => voice.voices;
  synth.speak = utterance => {
    voice.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice && utterance.voice.name, rate: utterance.rate });
    queue.push(utterance);
    if (!voice.current) next();
  };
  const cancel = () => {
    const interrupted = voice.current;
    queue.length = 0;
    voice.current = null;
    if (interrupted) interrupted.dispatchEvent(new Event("error"));
  };
  synth.pause = () => {
    voice.paused = true;
    if (options.pauseCancels) cancel();
  };
  synth.resume = () => { voice.paused = false; };
  synth.cancel = () => {
    voice.cancelled += 1;
    cancel();
  };
  voice.finish = () => {
    if (!voice.current || voice.paused) return false;
    voice.current.dispatchEvent(new Event("end"));
    next();
    return true;
  };
  voice.arrive = more => { voice.voices = more; synth.dispatchEvent(new Event("voiceschanged")); };
}"""


def with_voices(page: Page, *voices: dict, pause_cancels: bool = False) -> Page:
    """Give the page (before it loads) the test's voices; with pause_cancels, a pause cancels as on Android."""
    page.add_init_script(f"({VOICE})({json.dumps(list(voices))}, {json.dumps({'pauseCancels': pause_cancels})})")
    return page


@pytest.fixture(scope="module")
def danish_voice(module_page: tuple[Page, list[str]]) -> None:
    """The module's one page has the test's Danish voice (Sara) alone, from its next load on: an init script stays."""
    with_voices(module_page[0], DANISH)


@pytest.fixture
def danish_page(danish_voice: None, reused_page: Page) -> Page:
    """The module's reused page, with only the Danish voice: each load starts a new voice, nothing said yet."""
    return reused_page


def read_to_the_end(page: Page) -> list[dict]:
    """Let the voice say every part it is given, one after the other; what it said."""
    while page.evaluate("window.testVoice.finish()"):
        pass
    return spoken(page)


def residents_pages() -> list[str]:
    """Pages for residents: every page with a "Kort fortalt" box, and those whose front matter says read_aloud: true."""
    return sorted(
        url for url in page_urls()
        if any(mark in (DOCS / url).with_suffix(".md").read_text(encoding="utf-8") for mark in (SUMMARY_BOX, "\nread_aloud: true\n"))
    )


def spoken(page: Page) -> list[dict]:
    """What the page has asked the voice to say so far."""
    return page.evaluate("window.testVoice.spoken")


def box_parts(page: Page) -> list[str]:
    """The "Kort fortalt" box as the reader sees it: its title, then its paragraphs."""
    box = page.locator(".admonition", has=page.locator(".admonition-title", has_text="Kort fortalt"))
    return [" ".join(text.split()) for text in box.locator("p").all_inner_texts()]


def test_the_read_aloud_buttons_are_on_the_residents_pages_and_nowhere_else(danish_page: Page) -> None:
    shown = []
    for url in page_urls():
        danish_page.goto(url)
        if danish_page.get_by_role("button", name="Læs op", exact=True).is_visible():
            shown.append(url)
    assert shown == residents_pages()
    assert {"index.html", "samtalegruppe.html", "chime/haab.html", EXERCISE, "peer-uddannelsen/workshops/haab.html"} <= set(shown)
    assert "kilder.html" not in shown


def test_read_aloud_reads_the_summary_box_in_danish_with_the_danish_voice_and_announces_the_end(page: Page) -> None:
    with_voices(page, ENGLISH, DANISH)
    page.goto(EXERCISE)
    page.get_by_role("button", name="Læs op", exact=True).click()
    # Nothing is announced while the voice speaks: a screen reader would talk over it.
    expect(page.get_by_role("status")).to_have_text("")
    said = read_to_the_end(page)
    assert [part["text"] for part in said] == box_parts(page)
    assert box_parts(page)[0] == "Kort fortalt" and len(box_parts(page)) > 1
    assert {(part["lang"], part["voice"]) for part in said} == {("da-DK", "Sara")}
    expect(page.get_by_role("status")).to_have_text("Oplæsningen er slut.")
    expect(page.get_by_role("button", name="Læs op", exact=True)).to_be_visible()


def test_the_part_being_read_is_highlighted(danish_page: Page) -> None:
    danish_page.goto(EXERCISE)
    danish_page.get_by_role("button", name="Læs op", exact=True).click()
    highlighted = danish_page.locator(".read-aloud-current")
    expect(highlighted).to_have_text("Kort fortalt")
    danish_page.evaluate("window.testVoice.finish()")
    expect(highlighted).to_have_count(1)
    assert " ".join(highlighted.inner_text().split()) == box_parts(danish_page)[1]
    read_to_the_end(danish_page)
    expect(highlighted).to_have_count(0)
    expect(danish_page.get_by_role("button", name="Stop")).to_be_hidden()


@pytest.mark.parametrize("pause_cancels", [False, True], ids=["pause", "pause-afbryder-som-android"])
def test_pause_holds_the_voice_fortsaet_goes_on_and_the_button_says_which(page: Page, pause_cancels: bool) -> None:
    """On a device whose pause cancels the utterance (Android's Chrome), Fortsæt says the part again from its start."""
    with_voices(page, DANISH, pause_cancels=pause_cancels)
    page.goto(EXERCISE)
    page.get_by_role("button", name="Læs op", exact=True).click()
    page.evaluate("window.testVoice.finish()")
    part = spoken(page)[-1]["text"]
    page.get_by_role("button", name="Pause").click()
    assert page.evaluate("window.testVoice.paused") and not page.evaluate("window.testVoice.finish()")
    resume = page.get_by_role("button", name="Fortsæt")
    expect(resume).to_be_focused()
    assert resume.get_attribute("aria-pressed") is None, "knappen skifter navn, så den har ingen trykket-tilstand"
    resume.click()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    assert not page.evaluate("window.testVoice.paused")
    assert page.evaluate("window.testVoice.current && window.testVoice.current.text") == part
    said = [item["text"] for item in read_to_the_end(page)]
    assert said[-1] == box_parts(page)[-1] and said.count(part) == (2 if pause_cancels else 1)


def test_stop_ends_the_reading_and_gives_the_focus_back(danish_page: Page) -> None:
    danish_page.goto(EXERCISE)
    danish_page.get_by_role("button", name="Læs op", exact=True).click()
    danish_page.get_by_role("button", name="Stop").focus()
    danish_page.keyboard.press("Enter")
    assert danish_page.evaluate("window.testVoice.cancelled") >= 1 and danish_page.evaluate("window.testVoice.current") is None
    expect(danish_page.get_by_role("button", name="Stop")).to_be_hidden()
    expect(danish_page.get_by_role("button", name="Pause")).to_be_hidden()
    expect(danish_page.locator(".read-aloud-current")).to_have_count(0)
    expect(danish_page.get_by_role("status")).to_have_text("")
    expect(danish_page.get_by_role("button", name="Læs op", exact=True)).to_be_focused()


def test_read_the_whole_page_reads_headings_text_and_lists_but_no_buttons(danish_page: Page) -> None:
    danish_page.goto(EXERCISE)
    danish_page.get_by_role("button", name="Læs hele siden op").click()
    texts = [part["text"] for part in read_to_the_end(danish_page)]
    assert texts[:2] == ["Hjerte, Isbjerg og Raket", "Kort fortalt"]
    assert {"Sådan gør du", "Refleksionsspørgsmål"} <= set(texts)
    assert any(text.startswith("Hjertet symboliserer") for text in texts)
    assert not {"Læs op", "Læs hele siden op", "Pause", "Stop", "Langsomt", "¶"} & set(texts)


def test_footnote_numbers_are_not_read_as_part_of_a_word(danish_page: Page) -> None:
    danish_page.goto(JOB_PROFILE)
    assert danish_page.locator("article .footnote-ref").count() >= 3
    danish_page.get_by_role("button", name="Læs hele siden op").click()
    texts = [part["text"] for part in read_to_the_end(danish_page)]
    assert any("peer-medarbejder" in text for text in texts)
    assert [text for text in texts if re.search(r"[a-zæøå]\d", text) or "↩" in text] == []


def test_a_page_without_the_box_reads_the_whole_page(danish_page: Page) -> None:
    danish_page.goto("ordliste.html")
    expect(danish_page.get_by_role("button", name="Læs hele siden op")).to_be_hidden()
    danish_page.get_by_role("button", name="Læs op", exact=True).click()
    texts = [part["text"] for part in read_to_the_end(danish_page)]
    assert texts[0] == "Ordliste" and {"CHIME", "recovery"} <= set(texts)


def test_english_words_are_read_with_an_english_voice_when_the_device_has_one(page: Page) -> None:
    with_voices(page, DANISH, ENGLISH)
    page.goto("chime/forbundenhed.html")
    page.get_by_role("button", name="Læs hele siden op").click()
    said = read_to_the_end(page)
    english = [(part["text"], part["lang"], part["voice"]) for part in said if part["voice"] == "Daniel"]
    assert english == [("connectedness", "en-GB", "Daniel")]
    around = next(i for i, part in enumerate(said) if part["text"] == "connectedness")
    assert said[around - 1]["voice"] == said[around + 1]["voice"] == "Sara", said[around - 1 : around + 2]


def test_langsomt_reads_slower_at_once_and_is_remembered(danish_page: Page) -> None:
    danish_page.goto(EXERCISE)
    danish_page.get_by_role("button", name="Læs op", exact=True).click()
    slow = danish_page.get_by_role("button", name="Langsomt")
    expect(slow).to_have_attribute("aria-pressed", "false")
    slow.click()
    expect(slow).to_have_attribute("aria-pressed", "true")
    # The part being read starts again, slower.
    assert spoken(danish_page)[-1] == {**spoken(danish_page)[0], "rate": 0.75}
    assert {part["rate"] for part in read_to_the_end(danish_page)[1:]} == {0.75}
    danish_page.goto("chime/haab.html")
    danish_page.get_by_role("button", name="Læs op", exact=True).click()
    assert spoken(danish_page)[-1]["rate"] == 0.75


@pytest.mark.parametrize("url", [EXERCISE, "peer-uddannelsen/index.html"])
def test_the_buttons_never_move_the_page_on_a_phone(danish_page: Page, url: str) -> None:
    """Pause, Stop and Langsomt take the place of the reading buttons: the text below stays where it was."""
    danish_page.set_viewport_size(SCREENS["360"])
    danish_page.goto(url)
    below = danish_page.locator("[data-read-aloud] + *")
    where = [below.bounding_box()["y"]]
    danish_page.get_by_role("button", name="Læs op", exact=True).click()
    where.append(below.bounding_box()["y"])
    danish_page.get_by_role("button", name="Pause").click()
    where.append(below.bounding_box()["y"])
    danish_page.get_by_role("button", name="Stop").click()
    where.append(below.bounding_box()["y"])
    assert len(set(where)) == 1, where


def test_the_page_follows_the_reading_until_the_reader_scrolls_away(danish_page: Page) -> None:
    danish_page.set_viewport_size(SCREENS["360"])
    danish_page.goto(JOB_PROFILE)
    danish_page.get_by_role("button", name="Læs hele siden op").click()
    for _ in range(12):
        danish_page.evaluate("window.testVoice.finish()")
    followed = danish_page.evaluate("scrollY")
    assert followed > 0, "siden skal følge med, mens man lytter"
    danish_page.evaluate("scrollTo(0, document.body.scrollHeight)")
    away = danish_page.evaluate("scrollY")
    for _ in range(5):
        danish_page.evaluate("window.testVoice.finish()")
    assert danish_page.evaluate("scrollY") == away, "siden må ikke trække læseren tilbage"


@pytest.mark.parametrize("voices", [[], [ENGLISH], [ONLINE_DANISH, ENGLISH]], ids=["ingen", "kun-engelsk", "kun-dansk-online"])
def test_without_a_danish_voice_on_the_device_a_note_says_how_to_add_one(page: Page, voices: list[dict]) -> None:
    with_voices(page, *voices)
    page.goto(EXERCISE)
    note = page.locator("[data-read-aloud] details")
    expect(note).to_be_visible()
    expect(note.locator("summary")).to_have_text("Få siden læst op")
    note.locator("summary").click()
    for device in ("iPhone og iPad:", "Android:", "Windows:"):
        expect(note.get_by_text(device)).to_be_visible()
    expect(page.get_by_role("button", name="Læs op", exact=True)).to_be_hidden()
    assert spoken(page) == []


def test_the_button_appears_when_a_danish_voice_arrives_late(page: Page) -> None:
    with_voices(page)
    page.goto(EXERCISE)
    expect(page.locator("[data-read-aloud] details")).to_be_visible()
    page.evaluate(f"window.testVoice.arrive([{json.dumps(ENGLISH)}, {json.dumps(DANISH)}])")
    expect(page.get_by_role("button", name="Læs op", exact=True)).to_be_visible()
    expect(page.locator("[data-read-aloud] details")).to_be_hidden()


def test_the_buttons_come_right_after_the_title_with_a_visible_focus_and_room_to_tap(danish_page: Page) -> None:
    danish_page.goto(EXERCISE)
    assert danish_page.evaluate("document.querySelector('article h1').nextElementSibling.hasAttribute('data-read-aloud')")
    button = danish_page.get_by_role("button", name="Læs op", exact=True)
    danish_page.locator("article h1").click()
    danish_page.keyboard.press("Tab")
    expect(button).to_be_focused()
    assert button.evaluate("b => getComputedStyle(b).outlineStyle") == "solid"
    danish_page.keyboard.press("Enter")
    assert spoken(danish_page)
    for control in danish_page.locator("[data-read-aloud] button:visible").all():
        box = control.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24


@pytest.mark.parametrize("scheme", ["lys", "mørk"])
def test_the_buttons_pass_axe_while_reading(danish_page: Page, scheme: str) -> None:
    """axe (WCAG 2.2 AA and best practice) on the buttons and the highlighted part, with the keyboard focus on Pause."""
    danish_page.goto(EXERCISE)
    if scheme == "mørk":
        to_dark(danish_page)
    danish_page.get_by_role("button", name="Læs op", exact=True).click()
    danish_page.get_by_role("button", name="Pause").focus()
    axe.inject(danish_page)
    assert danish_page.evaluate("document.querySelectorAll('[data-read-aloud] button:not([hidden])').length") == 3
    found = danish_page.evaluate("options => axe.run({include: [['[data-read-aloud]'], ['.read-aloud-current']]}, options)", AXE_OPTIONS)
    assert [f"{rule['id']}: {node['html'][:80]}" for rule in found["violations"] for node in rule["nodes"]] == []
    assert {rule["id"] for rule in found["passes"]} >= {"color-contrast", "button-name", "target-size"}


def test_read_aloud_works_from_a_folder(danish_page: Page, site: Path) -> None:
    danish_page.goto((site / EXERCISE).as_uri())
    danish_page.get_by_role("button", name="Læs op", exact=True).click()
    assert [part["text"] for part in read_to_the_end(danish_page)] == box_parts(danish_page)


def test_with_instant_navigation_a_page_change_stops_the_reading_and_brings_the_new_pages_buttons(page: Page, project_copy, tmp_path) -> None:
    """The handbook has instant navigation off (the offline plugin); the script also follows Material's document$ when it is on."""
    config = project_copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  features:\n", "  features:\n    - navigation.instant\n").replace("  - offline\n", "").replace("strict: true\n", "strict: true\n# As the offline plugin sets it: links.yml lists the plain .html addresses.\nuse_directory_urls: false\n"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with served(out) as base:
        # Material navigates instantly only to the addresses in the sitemap, which come from site_url.
        assert build(project_copy, out, HANDBOOK_PDF="0", SITE_URL=base).returncode == 0
        with_voices(page, DANISH)
        page.goto(base + "chime/haab.html")
        page.evaluate("window.samePage = true")
        page.get_by_role("button", name="Læs op", exact=True).click()
        page.locator("article a[href*='hjerte-isbjerg-og-raket']").first.click()
        page.wait_for_url("**/oevelser/hjerte-isbjerg-og-raket.html")
        # Material announces the new page (document$) once its scripts have run, a moment after the URL.
        page.wait_for_function("() => window.testVoice.cancelled > 0")
        expect(page.get_by_role("button", name="Læs op", exact=True)).to_be_visible()
        assert page.evaluate("window.samePage") and page.evaluate("window.testVoice.cancelled") == 1
        page.get_by_role("button", name="Læs op", exact=True).click()
        assert page.evaluate("window.testVoice.current.text") == "Kort fortalt"
