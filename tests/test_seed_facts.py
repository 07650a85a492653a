"""Every fact of the five source texts reaches the handbook: a checklist per seed, read from the built site."""
from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest

FACTS = {
    "000 peer-uddannelse": [
        "Joy Nielsen", "Jakob Rothstein", "3 beboere sig som frivillige peers", "6 workshops",
        "personlig og social recovery, koblet sammen med et beskæftigelsesrettet perspektiv",
        "giver en glæde og tilfredshed at hjælpe andre", "ugentligt udviklingsmøde", "Mary Leamy",
        "Connectedness", "Hope", "Identity", "Meaning in life", "Empowerment",
        "kærlighed, musik, natur, fysisk aktivitet", "fortroligt, anerkendende, forstående og lyttende rum",
        "Uanset hvad dine drømme og håb er, tilhører de dig!", "5 ting jeg vil før jeg dør",
        "Hjerte, Isbjerg og Raket", "mentorfunktion", "Janick",
        "være den samme i dag, som man var i går", "Empowerment betyder magt, kraft og styrke",
        "at sætte sig i stand til en ændring", "Hvem hjalp dig?", "Hverdagslivet i en coronatid",
        "1-til-1-møder", "Når nye erkendelser skaber ny motivation", "Gitte Jensen",
    ],
    "001 peer-støtte til nye beboere": [
        "27. maj 2021", "glasværksted", "Nada", "mindfulness", "(AUT)", "aktivitetsskema",
        "decentreret", "tryghed og ro", "mestringsstrategier", "Janick Lagoni",
        "social udsathed f.eks. hos borgere med misbrug", "positiv effekt på både støtteperson",
    ],
    "002 samtalegruppe": [
        "medarbejder med brugererfaringer", "stemmehøring, angst, sorg, ensomhed, kærlighed, misbrug",
        "dem og os", "vendepunkter og dominerende fortællinger", "mindre selvstigma",
        "Kender vi til sorg?", "Er jeg normal eller hvad?", "Hvordan er det at bo på et botilbud?",
        "kører samtalegruppen ikke hele året", "oversætte",
    ],
    "003 Peer-Partnerskabet": [
        "Vejen til hverdagslivet", "to timer om ugen i 10 uger", "følgeskab", "tidligere gruppedeltagere",
        "Ny koordinator fra 1.1.2022", "Marie Vester Koch", "Trine Aaen", "Tine Laksø", "Simon S. Amundsen",
        "Man behøver ikke forklare en hel masse", "Bostøtten i Fredericia", "siden 2008",
        "Håb og Selvbestemmelse i hverdagslivet", "Et andet fællesskab", "Du er OK, som du er",
        "Hverdagslivet er vejen", "Ligeværdighed", "Tillid", "Hans-Henrik", "en mellemtid",
        "Helsingør, Fredericia og København",
    ],
    "004 funktionsbeskrivelse for peers": [
        "februar 2020", "3 måneder", "faglige koordinator", "Udviklingsleder", "Øst Første",
        "tirsdag, onsdag og torsdag kl. 10-15", "15 minutter pause", "rygeregler", "skriveværkstedet",
        "100% arbejdsidentitet", "LUB-pakken", "Udfoldelse", "folder om uddannelsen",
        "interview med deltagerne", "pædagoguddannelsen og MB-uddannelsen", "social- og sundhedsassistent",
        "tynde historier", "eksternalisering", "Symmetrisk/Asymmetrisk", "sprogbrugen i huset",
        "Systemisk teori (2 kursusgange)", "I alt 17 ½ timer", "kl. 10-12", "kl. 10-11.30",
        "i alt 6 timer om ugen", "1 temadag i marts", "samarbejdssupervision", "grænsesætning",
        "recoverymentor, vendepunktinstruktør", "Repper 2013", "Projekt Peer-Støtte 2018",
    ],
}


@pytest.fixture(scope="module")
def handbook_text(site: Path) -> str:
    """All readable text of the built site, tags removed, whitespace folded."""
    pages = [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]
    raw = " ".join(re.sub(r"<[^>]+>", "", html) for html in pages)
    return " ".join(html_lib.unescape(raw).split())


@pytest.mark.parametrize("seed", FACTS)
def test_every_fact_of_the_seed_is_in_the_handbook(handbook_text, seed):
    missing = [fact for fact in FACTS[seed] if fact not in handbook_text]
    assert missing == []
