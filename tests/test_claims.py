"""Say only what the sources say: no claim they don't make, a plan stays a plan, a hedge stays a hedge,
and a quotation is the source's own words.

The phrasings below are the ones a careful read against the five source texts (../shared/seeds) found;
each names what the sources say instead, so the message tells an editor what to write.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, built_page
from test_documents import SEEDS, requires_seeds

PAGES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))

# (pattern, what the sources say) on every page.
NOT_CLAIMED = [
    (r"På peer-uddannelsen er der en workshop om", "uddannelsen er en plan: 6 workshops, ikke alle beskrevet"),
    (r"Workshop om identitet", "ingen kilde beskriver en workshop om identitet"),
    (r"Samtalegruppen er et trygt sted", "002: gruppen 'har til formål at skabe et fortroligt forum' (et mål)"),
    (r"Du er den samme i dag", "000 definerer identitet; den siger intet om læseren"),
    (r"giver ens liv værdi", "ingen kilde definerer mening i tilværelsen sådan"),
    (r"holder et introduktionsmøde og en workshop for de frivillige", "004: peer-medarbejderen støtter de frivillige peers"),
    (r"Du kan også lave dem alene", "øvelserne er til workshoppene, og arkene siger 'Fortæl bagefter de andre'"),
    (r"Peer-støtten bygger på disse værdier", "002's 'værdier som' gælder samtalegruppen, ikke al peer-støtte"),
    (r"har selv levet med psykisk sårbarhed", "001: erfaringerne kan handle om handicap, psykiske vanskeligheder eller social udsathed"),
    (r"MB-uddannelsen er for medarbejdere", "004 siger kun, hvad MB står for, og at peer-medarbejderen har gennemført den"),
    (r"en frivillig følges med en deltager", "003 siger ikke, hvad følgeskab er"),
    (r"en form for øreakupunktur", "001 siger kun, at Nada er et aktivitetstilbud"),
    (r"Citeret i funktionsbeskrivelsen for peers \(side", "siderne er Socialstyrelsen 2016's, ikke funktionsbeskrivelsens"),
    (r"Repper, J\.", "kilderne kender kun 'Repper 2013'"),
    (r"Parkvængets indsatspakke", "004: 'indsatspakke for beskæftigelse' (ikke Parkvængets)"),
    # One name for CHIME's five parts: temaer.
    (r"fem (?:områder|dele|faktorer)\b|CHIME-faktorer|CHIME er fem ting|(?:områder|dele|faktorer)(?:ne)? (?:i|af) CHIME", "CHIME's fem dele hedder temaer"),
]
# (page, pattern, why): words a page keeps because its source says so.
KEPT = [
    ("peer-uddannelsen/index.md", r"kommer i alt til at bestå af \d+ workshops", "000: 'kommer til at bestå af' (en plan)"),
    ("peer-uddannelsen/index.md", r"Ikke alle workshops er beskrevet", "000 beskriver ikke alle 6 workshops"),
    ("jobprofiler/frivillig-peer.md", r"i en periode på 3 måneder", "004 begrænser møderne og projektgruppen til 3 måneder"),
    ("samtalegruppe.md", r"Den skal skabe et fortroligt forum", "002: 'har til formål at skabe' (et mål)"),
    ("samtalegruppe.md", r"forsøge at normalisere", "002: 'Formålet er at forsøge at normalisere'"),
    ("samtalegruppe.md", r"måske tydeligere", "002: 'bliver måske mere tydeligt'"),
    ("peer-uddannelsen/workshops/forbundenhed.md", r"forsøge at gøre", "000: 'har til formål at forsøge at skabe'"),
    ("peer-uddannelsen/workshops/forbundenhed.md", r"måske vigtigst", "000: 'og måske vigtigst'"),
    ("chime/identitet.md", r"Meget tyder på", "000: 'Meget tyder på'"),
    ("oevelser/billeder-der-giver-mening.md", r"kan virke nemmere", "000: 'det kan virke nemmere'"),
    ("jobprofiler/peer-stoette-til-nye-beboere.md", r"prøve at hjælpe dig", "001: 'forsøge at være med til at skabe'"),
]
# On pages about forbundenhed, "hører til" is identitet's word (000), not forbundenhed's.
IDENTITY_WORDS = (r"hører til", ["chime/forbundenhed.md", "oevelser/forbundenhed-i-livet.md",
                                 "oevelser/forbundenhed-paa-arbejdspladsen.md", "peer-uddannelsen/workshops/forbundenhed.md"])
QUOTATION = re.compile(r"[”“„\"]([^”“„\"]+)[”“\"]")
LONGEST_UNQUOTED_PHRASE = 3  # words; a quotation of more words is held to its source


def text(site: Path, src: str) -> str:
    """The readable text of a built page's main content, whitespace folded."""
    article = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").select_one("article")
    return " ".join(article.get_text(" ").split())


def comparable(quotation: str) -> str:
    """A quotation compared word for word: case, kinds of dash, quote marks and line breaks aside."""
    quotation = re.sub(r"[‐–—]", "-", quotation)
    return " ".join(re.sub(r"[”“„\"']", "", quotation).casefold().split()).strip(" .")


@pytest.fixture(scope="module")
def texts(site: Path) -> dict[str, str]:
    return {src: text(site, src) for src in PAGES}


def test_no_page_makes_a_claim_the_sources_do_not_make(texts):
    found = [f"{src}: '{m.group()}' – {why}" for src, page in texts.items() for pattern, why in NOT_CLAIMED for m in re.finditer(pattern, page)]
    pattern, pages = IDENTITY_WORDS
    found += [f"{src}: '{pattern}' – på en side om forbundenhed" for src in pages if re.search(pattern, texts[src])]
    assert found == []


@pytest.mark.parametrize(("src", "pattern", "why"), KEPT, ids=[f"{s}:{p[:20]}" for s, p, _ in KEPT])
def test_a_plan_stays_a_plan_and_a_hedge_stays_a_hedge(texts, src, pattern, why):
    assert re.search(pattern, texts[src]), f"{src}: mangler '{pattern}' – {why}"


@requires_seeds
def test_every_quotation_is_the_sources_own_words(texts):
    seeds = comparable(" ".join(path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")))
    changed = [
        f"{src}: ”{quotation}”"
        for src, page in texts.items()
        for quotation in QUOTATION.findall(page)
        if len(quotation.split()) > LONGEST_UNQUOTED_PHRASE and comparable(quotation) not in seeds
    ]
    assert changed == []


def test_the_checks_catch_what_they_look_for():
    """Negative controls: a claim, a changed quotation and a reworded hedge are each found."""
    assert re.search(NOT_CLAIMED[0][0], "På peer-uddannelsen er der en workshop om håb.")
    assert re.search(NOT_CLAIMED[-1][0], "Hvilke af de fem områder i CHIME var med?")
    assert QUOTATION.findall('De siger: "Det giver en glæde at hjælpe."') == ["Det giver en glæde at hjælpe."]
    assert comparable("Man behøver ikke forklare en hel masse – for alle har været der.") == comparable(
        "'man behøver ikke forklare en hel masse - for alle har været der'"
    )
    assert comparable("uden dig og andre, som gør") != comparable("uden dig og andre som gør")
