"""End to end on the seed article, with expectations written by reading it as an annotator."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import SHARED, check_spans, names, speaker

from kg.extract.pipeline import Pipeline
from kg.model import Extraction, Statement
from kg.reading import read_articles

SEEDS = SHARED / "seeds"


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline) -> Extraction:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    files = sorted(Path(SEEDS).glob("*.txt"))
    if not files:
        pytest.skip("no seed article")
    [art] = read_articles(files[0])
    x = pipeline.extract(art)
    check_spans(x)
    return x


def test_version_names_the_loaded_model(pipeline: Pipeline) -> None:
    from kg.extract.pipeline import extractor_version

    meta = pipeline.nlp.meta
    # (The shared pipeline runs with the event check off: its version names that setting.)
    named, *settings = pipeline.version.split(";")
    assert named.endswith(f"+{meta['lang']}_{meta['name']}-{meta['version']}")
    assert settings == ["event_check=off"]
    assert extractor_version() == pipeline.version  # read without loading, the same


def test_seed_reading(seed: Extraction) -> None:
    a = seed.article
    assert (a.dateline, a.source) == ("Kyiv", "UNN")
    assert a.published is None  # the 02.06.25 stamp belongs to a teaser
    noise = [a.text[s:e] for s, e in a.noise]
    assert any("492" in n for n in noise) and any("706 views" in n for n in noise)


def test_seed_actors(seed: Extraction) -> None:
    by_name = {a.name: a for a in seed.actors}
    expected = {
        "Marco Rubio": "Person",
        "Sergei Lavrov": "Person",
        "Tammy Bruce": "Person",
        "Donald Trump": "Person",
        "Volodymyr Zelenskyi": "Person",  # the text's spelling; the gazetteer's is an alias
        "Vladimir Putin": "Person",
        "Andrii Sybiha": "Person",
        "Russia": "Country",
        "Ukraine": "Country",
        "United States Department of State": "Organization",
        "Ministry of Defense of Ukraine": "Organization",
        "Office of the President of Ukraine": "Organization",
        "Armed Forces of Ukraine": "Organization",
        "Ukrainian delegation": "Delegation",
        "Russian delegation": "Delegation",
    }
    for name, typ in expected.items():
        assert name in by_name, name
        assert by_name[name].type == typ, name
    assert "Volodymyr Zelensky" in by_name["Volodymyr Zelenskyi"].aliases
    # No splits: each person once, whatever the spelling.
    assert sum(1 for a in seed.actors if "Zelensk" in a.name) == 1
    assert sum(1 for a in seed.actors if "Lavrov" in a.name) == 1
    # Nothing from the byline or teaser.
    assert not any("Zelenetska" in a.name for a in seed.actors)
    assert {"Zelenskyi", "Volodymyr Zelensky"} <= by_name["Volodymyr Zelenskyi"].aliases
    roles = {r.title: r for r in by_name["Marco Rubio"].roles}
    assert "US Secretary of State" in roles
    assert {r.title for r in by_name["Sergei Lavrov"].roles} == {"Russian Foreign Minister"}
    bruce_role = by_name["Tammy Bruce"].roles[0]
    assert bruce_role.title == "US Department of State spokeswoman"
    assert bruce_role.of == by_name["United States Department of State"].id
    ukr = by_name["Ukrainian delegation"]
    assert ukr.country == by_name["Ukraine"].id
    assert set(ukr.members) >= {by_name["Ministry of Defense of Ukraine"].id}


def test_seed_statements(seed: Extraction) -> None:
    got: dict[tuple[str | None, str, str], Statement] = {
        (speaker(seed, s.speaker), s.cue.text, s.kind): s for s in seed.statements
    }
    expected = [
        (
            "United States Department of State",
            "confirmed",
            "indirect",
            "Rubio's conversation with Lavrov took place at the request of Russia",
        ),
        (
            "United States Department of State",
            "reported",
            "indirect",
            "the phone conversation between Russian Foreign Minister Sergei Lavrov and US "
            "Secretary of State Marco Rubio on the evening of June 1 took place at the request "
            "of Russia",
        ),
        (
            "Tammy Bruce",
            "the statement reads",
            "direct",
            "Secretary of State Marco Rubio spoke today with Russian Foreign Minister Lavrov at "
            "Russia's request",
        ),
        (
            "Tammy Bruce",
            "said",
            "direct",
            "Secretary Rubio reiterated President Trump's call for continued direct negotiations "
            "between Russia and Ukraine to achieve a lasting peace",
        ),
        (
            "Marco Rubio",
            "reiterated",
            "indirect",
            "President Trump's call for continued direct negotiations between Russia and Ukraine "
            "to achieve a lasting peace",
        ),
        (
            "Marco Rubio",
            "expressed",
            "indirect",
            "his condolences to Lavrov in connection with the victims of the explosions of "
            "railway infrastructure in the Bryansk and Kursk regions",
        ),
        (
            "Andrii Sybiha",
            "emphasized",
            "indirect",
            "the lack of real steps towards peace on the part of the Russian Federation",
        ),
    ]
    for who, cue, kind, content in expected:
        assert (who, cue, kind) in got, (who, cue)
        assert got[(who, cue, kind)].content.text == content
    relayed = got[("Marco Rubio", "reiterated", "indirect")]
    assert relayed.via is not None and seed.actor(relayed.via).name == "Tammy Bruce"
    named = [s for s in seed.statements if s.speaker]
    assert len(named) == len(expected)


def test_seed_events(seed: Extraction) -> None:
    calls = [e for e in seed.events if e.kind == "phone_call"]
    assert len(calls) == 1  # four mentions, one call
    call = calls[0]
    assert names(seed, call.participants) == {"Marco Rubio", "Sergei Lavrov"}
    assert call.initiator and seed.actor(call.initiator).name == "Russia"
    assert call.status == "held"
    # The page gives no publication date; its teaser stamps (02.06.25) tell the year.
    assert call.date and (call.date.month, call.date.day, call.date.year) == (6, 1, 2025)

    [talks] = [e for e in seed.events if e.kind == "negotiation_round"]
    assert talks.status == "planned"
    assert {"Ukraine", "Russia"} <= names(seed, talks.participants)
    assert talks.location and talks.location.name == "Istanbul"
    assert talks.venue and talks.venue.name == "Çırağan Palace"
    assert talks.date and (talks.date.month, talks.date.day) == (6, 2)
    assert talks.time and (talks.time.hour, talks.time.minute) == (13, 0)
    props = {p.text.text for p in talks.proposals}
    assert {
        "a 30-day ceasefire",
        "an exchange of prisoners",
        "a meeting between Zelenskyi and Putin",
    } <= props
    # Agenda items did not happen.
    assert not [e for e in seed.events if e.kind in ("ceasefire", "prisoner_exchange")]

    [arrival] = [e for e in seed.events if e.kind == "other"]
    assert names(seed, arrival.participants) == {"Russian delegation"}
    assert arrival.location and arrival.location.name == "Istanbul"
    assert arrival.time and (arrival.time.hour, arrival.time.minute) == (20, 25)
    assert arrival.time.tzinfo is not None

    attacks = [e for e in seed.events if e.kind == "attack"]
    assert len(attacks) == 2
    locs = {a.location.name for a in attacks if a.location}
    assert locs == {"Bryansk and Kursk regions", "Ukraine"}
    assert len(seed.events) == 5


def test_statements_linked_to_events(seed: Extraction) -> None:
    call_idx = next(i for i, e in enumerate(seed.events) if e.kind == "phone_call")
    confirmed = next(s for s in seed.statements if s.cue.text == "confirmed")
    assert call_idx in confirmed.about
