"""The cue class: under the project's guidelines a statement is speech or writing, so a wish,
a stance shown in deeds, a vote or a signature, and a declaration that makes what it names
are not statements, while the verbs of saying around them still are. Sentences invented."""

from __future__ import annotations

import pytest
from extract_helpers import found_statements

from kg import nlp
from kg.extract.cue_class import cue_class, reports_speech, speech_only
from kg.model import Statement

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def statements(body: str) -> list[Statement]:
    return found_statements(HEAD + body)


def cues(body: str) -> set[str]:
    return {s.cue.text for s in statements(body)}


def _class(text: str, cue: str, content: str) -> str:
    doc = nlp.load()(text)
    c, w = text.index(cue), text.index(content)
    return cue_class(doc, (c, c + len(cue)), (w, w + len(content)))


def test_wishes_and_plans_are_not_speech() -> None:
    text = "The Northern Front wants the peacekeepers to leave the valley by March."
    assert _class(text, "wants", "the peacekeepers to leave the valley by March") == "desire"
    text = "The Northern Front seeks to retake the capital before the winter."
    assert _class(text, "seeks", "to retake the capital before the winter") == "desire"
    # "hope" with an infinitive is a wish; with a clause, a view someone gave.
    text = "Maria Lopez hopes to host the summit in Lisbon."
    assert _class(text, "hopes", "to host the summit in Lisbon") == "desire"
    text = "Maria Lopez hopes that the summit will bring a truce."
    assert _class(text, "hopes", "the summit will bring a truce") == "speech"


def test_thoughts_and_decisions_are_not_speech() -> None:
    text = "The president deems the release of the sailors a fair trade."
    assert _class(text, "deems", "the release of the sailors a fair trade") == "thought"
    text = "Maria Lopez knows the talks can still succeed."
    assert _class(text, "knows", "the talks can still succeed") == "thought"
    # (An opinion held with a clause of its own is a position given: `cue_minds.OPINION`.)
    text = "Maria Lopez believes the talks can still succeed."
    assert _class(text, "believes", "the talks can still succeed") == "speech"
    text = "The cabinet decided to press the rebels for a truce."
    assert _class(text, "decided", "to press the rebels for a truce") == "thought"
    body = (
        "President Maria Lopez knows the talks with the rebels can still succeed. "
        "President Anton Weber deemed the release of the two sailors a reasonable trade-off."
    )
    assert not cues(body) & {"knows", "deemed"}
    # Unless the words are quoted: then they were said.
    assert "considers" in cues('Maria Lopez considers the plan "a disgrace for the region".')


def test_showing_a_thing_and_issuing_an_instrument_are_deeds() -> None:
    text = "The Example Republic has shown an inclination to end the proxy war."
    assert _class(text, "shown", "an inclination to end the proxy war") == "act"
    text = "The committee issued a subpoena for the minister's documents."
    assert _class(text, "issued", "a subpoena for the minister's documents") == "act"
    text = "Maria Lopez issued a warning to the rebels."
    assert _class(text, "issued", "a warning to the rebels") == "speech"


def test_saying_nothing_is_no_statement() -> None:
    text = "Maria Lopez said little about the plan in recent months."
    assert _class(text, "said", "little about the plan") == "refusal"
    text = "The ministry offered no details of the exchange."
    assert _class(text, "offered", "no details of the exchange") == "refusal"
    # A clause that opens with "no" says something.
    text = "Maria Lopez said no decision had been made on the plan."
    assert _class(text, "said", "no decision had been made on the plan") == "speech"


def test_stances_votes_and_declarations_are_deeds() -> None:
    text = "The Example Republic opposed the withdrawal of the mission."
    assert _class(text, "opposed", "the withdrawal of the mission") == "stance"
    text = "The senate voted a motion to end the mission."
    assert _class(text, "voted", "a motion to end the mission") == "act"
    text = "President Maria Lopez authorized the release of 14 detainees on Saturday."
    assert _class(text, "authorized", "the release of 14 detainees") == "act"
    text = "Protesters attacked the embassy of Ruritania in the capital."
    assert _class(text, "attacked", "the embassy of Ruritania in the capital") == "act"
    text = "Maria Lopez attacked the budget plan of the government."
    assert _class(text, "attacked", "the budget plan of the government") == "speech"
    text = "The army declared victory over the rebels."
    assert _class(text, "declared", "victory over the rebels") == "declaration"
    text = "Maria Lopez repeated her remarks of January 2 at the ceremony."
    assert _class(text, "repeated", "her remarks of January 2 at the ceremony") == "pointer"
    text = "Maria Lopez posted a message on Twitter blaming the rebels for the attack."
    assert _class(text, "posted", "a message on Twitter blaming the rebels") == "speech"
    text = "Maria Lopez repeated her call for a truce."
    assert _class(text, "repeated", "her call for a truce") == "speech"
    # Declaring a judgement or a fact is said.
    text = "The army declared that the rebels had fled."
    assert _class(text, "declared", "the rebels had fled") == "speech"
    # A quotation in the content is what was said, whatever the cue.
    text = 'Maria Lopez opposed the plan as "a disgrace to the region".'
    doc = nlp.load()(text)
    c, w = text.index("opposed"), text.index("the plan")
    assert reports_speech(doc, (c, c + 7), (w, len(text) - 1))
    assert not reports_speech(doc, (c, c + 7), (w, w + 8))


def test_greeting_calling_and_ruling_people_or_places_are_deeds() -> None:
    # Welcoming people, also in the passive or with the guest outside the content; calling
    # someone with nothing said of them; ruling a land. Naming, asking and ruling out say.
    text = "Lina Ortiz was welcomed by Foreign Minister Paul Dubois upon her arrival on Sunday."
    assert _class(text, "welcomed", "upon her arrival on Sunday") == "act"
    text = "On Monday the president welcomed to Ruritania Ivan Petrov from the northern side."
    assert _class(text, "welcomed", "to Ruritania Ivan Petrov from the northern side") == "act"
    text = "The minister welcomed the extension of the truce."
    assert _class(text, "welcomed", "the extension of the truce") == "speech"
    text = "The envoy calls the Prime Minister of Ruritania Anton Weber in the capital."
    called = "the Prime Minister of Ruritania Anton Weber in the capital"
    assert _class(text, "calls", called) == "act"
    text = "Senator Maria Lopez called Anton Weber a traitor."
    assert _class(text, "called", "Anton Weber a traitor") == "speech"
    text = "The mediators called the experts to draw up a plan."
    assert _class(text, "called", "the experts to draw up a plan") == "speech"
    text = "The Northern Front briefly ruled large parts of the country before its defeat."
    assert _class(text, "ruled", "large parts of the country before its defeat") == "act"
    text = "The minister ruled out new talks with the rebels."
    assert _class(text, "ruled", "new talks with the rebels") == "speech"


def test_the_statement_stage_keeps_saying_and_drops_the_rest() -> None:
    found = cues(
        "The Northern Front wants the peacekeepers to leave the valley by March.\n\n"
        "The Northern Front seeks to retake the capital before the winter.\n\n"
        "Maria Lopez said the Northern Front wants the peacekeepers to leave.\n\n"
        "The senate of Ruritania voted a motion to end the mission.\n"
    )
    assert "wants" not in found and "seeks" not in found and "voted" not in found
    assert "said" in found


def test_a_refusal_says_nothing() -> None:
    # The guidelines: what someone did not say ("declined to comment") is no statement, nor
    # is a refusal to take part in an encounter or to do any other deed (`cue_acts`); reasons
    # given in words are words.
    text = "The foreign minister declined to comment on the talks with the rebels."
    assert _class(text, "declined", "to comment on the talks with the rebels") == "refusal"
    found = statements(
        "The foreign minister declined to comment on the talks with the rebels.\n\n"
        "Maria Lopez refused to answer questions about the ceasefire.\n\n"
        "Senator Anton Weber declined to speculate on a backup plan.\n\n"
        "Maria Lopez refused to sign the accord, saying it betrayed the refugees.\n"
    )
    contents = {s.content.text for s in found}
    assert not any(c.startswith(("to comment", "to answer", "to speculate")) for c in contents)
    assert "saying" in {s.cue.text for s in found}
    text = "The president refused to meet the visiting king in the capital."
    assert _class(text, "refused", "to meet the visiting king in the capital") == "act"
    text = "The president refused to release the detained fishermen."
    assert _class(text, "refused", "to release the detained fishermen") == "act"


def test_the_attribution_scope_keeps_what_polnear_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The Northern Front wants the peacekeepers to leave the valley by March."
    doc = nlp.load()(text)
    c, w = text.index("wants"), text.index("the peacekeepers")
    span = (w, len(text) - 1)
    assert not reports_speech(doc, (c, c + 5), span)
    monkeypatch.setenv("KG_STATEMENT_SCOPE", "attribution")
    speech_only.cache_clear()
    try:
        assert reports_speech(doc, (c, c + 5), span)
    finally:
        monkeypatch.undo()
        speech_only.cache_clear()


def test_recalling_an_envoy_is_a_deed() -> None:
    text = "Norland recalled its ambassador from Eastland on Monday."
    assert _class(text, "recalled", "its ambassador from Eastland") == "act"
    text = "Norland recalled the envoys from the talks."
    assert _class(text, "recalled", "the envoys from the talks") == "act"
    text = "Petra Holm recalled the agreement signed in Geneva."
    assert _class(text, "recalled", "the agreement signed in Geneva") == "speech"


def _under_attribution(monkeypatch: pytest.MonkeyPatch, text: str) -> list[Statement]:
    monkeypatch.setenv("KG_STATEMENT_SCOPE", "attribution")
    speech_only.cache_clear()
    try:
        return found_statements(text)
    finally:
        monkeypatch.undo()
        speech_only.cache_clear()


def test_the_press_reports_under_polnear_scope_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # The press is narration under the project's guidelines; PolNeAR counts it as a source.
    body = "The Daily Courier reported on Monday that the harbour fees would rise in May."
    assert "reported" not in cues(body)
    found = _under_attribution(monkeypatch, HEAD + body)
    assert [s.cue.text for s in found] == ["reported"]
    assert found[0].content.text == "the harbour fees would rise in May"


def test_a_restated_headline_stays_under_polnear_scope(monkeypatch: pytest.MonkeyPatch) -> None:
    # The project's gold keeps only the body's statement; PolNeAR annotates both.
    text = (
        "Ortiz: harbour will reopen in May\n\nPort News\n\n"
        "Lena Ortiz said on Tuesday that the harbour will reopen in May."
    )
    assert len(found_statements(text)) == 1
    assert len(_under_attribution(monkeypatch, text)) == 2


def test_talking_together_about_a_matter_is_a_discussion() -> None:
    # Two parties talking about a matter is a talk, an event; its topic is no one's words.
    text = "Maria Lopez and Anton Weber talked about the water dispute and the border crossings."
    assert _class(text, "talked", "the water dispute and the border crossings") == "act"
    text = "They also talked about fuel supplies for the coming winter."
    assert _class(text, "talked", "fuel supplies for the coming winter") == "act"
    text = "The envoy will be talking with the premier about expanding trade across the lake."
    assert _class(text, "talking", "expanding trade across the lake") == "act"
    # One speaker talking about a matter to an audience still gives words.
    text = "Maria Lopez talked about the water dispute at the rally on Sunday."
    assert _class(text, "talked", "the water dispute") == "speech"
    body = (
        "Foreign Minister Maria Lopez and her counterpart Anton Weber talked about the water "
        "dispute and the border crossings."
    )
    assert "talked" not in cues(body)


def test_sharing_a_thing_is_a_deed_and_sharing_a_view_is_words() -> None:
    text = "The mediator shared the draft treaty with the two delegations in Vienna."
    assert _class(text, "shared", "the draft treaty with the two delegations") == "act"
    text = "Norland shares a long river border with three neighbours."
    assert _class(text, "shares", "a long river border with three neighbours") == "act"
    text = "Maria Lopez shared her concerns over the shelling of the dam."
    assert _class(text, "shared", "her concerns over the shelling of the dam") == "speech"
    text = "Maria Lopez shared that the delegations were close to a deal."
    assert _class(text, "shared", "the delegations were close to a deal") == "speech"


def test_stance_nouns_without_a_clause_are_deeds_or_places() -> None:
    # A stance noun is words only with its `that` clause: a place held, a danger posed or
    # removed is a deed.
    for text, cue, content in (
        (
            "The Ostrava brigade abandoned their positions along the ridge.",
            "abandoned",
            "their positions along the ridge",
        ),
        (
            "Gunners shelled the militia's positions near Velmar overnight.",
            "shelled",
            "the militia's positions near Velmar",
        ),
        (
            "The drifting mines posed a threat to every ferry in the strait.",
            "posed",
            "a threat to every ferry in the strait",
        ),
    ):
        assert _class(text, cue, content) != "speech", text
    # With its clause the noun still gives a statement.
    body = "Velmar rejected the rebels' demand that the border crossings must stay open."
    assert "demand" in cues(body)


def test_going_on_to_say_is_saying_and_a_purpose_is_not() -> None:
    # `went on to V`, `proceeded to V`: what was done next, parsed as a purpose clause.
    text = "Marta Quill went on to warn that the harbour levy would double by spring."
    assert _class(text, "warn", "the harbour levy would double by spring") == "speech"
    text = "Osric Lane proceeded to explain that the ferry schedule had been cut."
    assert _class(text, "explain", "the ferry schedule had been cut") == "speech"
    # A journey made in order to speak is a purpose: the words may never have been said.
    text = "Osric Lane flew to the islands to announce that the ferry schedule was cut."
    assert _class(text, "announce", "the ferry schedule was cut") == "desire"
    assert "warn" in cues("Marta Quill went on to warn that the harbour levy would double.\n")
