"""Speech acts on statements and acts done as events, on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import check_spans, names
from spacy.language import Language

from kg.extract.actions import _light_of_event, find_actions
from kg.reading import parse_txt


def extract(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = pipeline.extract(parse_txt(f"Headline\n\nParis • X\n\n{body}\n", "<test>"))
    check_spans(x)
    return x


def acts(x):  # type: ignore[no-untyped-def]
    out = [(st.cue.text, st.plover) for st in x.statements if st.plover]
    out += [(e.trigger.text, e.plover) for e in x.events if e.plover and e.trigger]
    return out


def test_demand_cue_types_the_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "France demanded that Iran free the two detained aid workers.")
    [st] = [s for s in x.statements if s.plover]
    assert st.plover == "DEMAND"
    assert st.speaker and x.actor(st.speaker).name == "France"
    assert st.target and x.actor(st.target).name == "Iran"
    # What is demanded is not done: no release event.
    assert not [e for e in x.events if e.plover == "RETREAT"]


def test_must_in_reported_content_is_a_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Germany said on Monday that Serbia must hand over the suspects.")
    assert ("said", "DEMAND") in acts(x)


def test_intent_to_cooperate_or_harm(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Japan said it would send food aid to Nepal.")
    assert ("said", "AGREE") in acts(x)
    x = extract(pipeline, "Turkey said it would impose sanctions on Syria.")
    assert ("said", "THREATEN") in acts(x)


def test_negated_cue_is_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Egypt did not reject the proposal, Egyptian officials said.")
    assert not [a for a in acts(x) if a[1] == "REJECT"]


def test_plain_report_stays_untyped(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Italy said the talks in Rome had been useful.")
    assert x.statements
    assert all(st.plover is None for st in x.statements)


def test_material_act_with_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Canada imposed new sanctions on Russia on Tuesday.")
    [ev] = [e for e in x.events if e.plover == "SANCTION"]
    assert ev.kind == "other" and ev.status == "held"
    assert names(x, ev.participants) == {"Canada", "Russia"}
    assert ev.target and x.actor(ev.target).name == "Russia"


def test_arrest_and_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Police arrested forty students after protesters blocked the main road.")
    found = acts(x)
    assert ("arrested", "COERCE") in found
    assert ("blocked", "PROTEST") in found


def test_hypothetical_and_planned_acts_are_no_events(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Spain could expel the ambassador if the embassy stays closed.")
    assert not [e for e in x.events if e.plover == "SANCTION"]
    x = extract(pipeline, "Brazil plans to deploy troops along the border.")
    assert not [e for e in x.events if e.plover == "MOBILIZE"]


def test_act_needs_someone_doing_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Prices rallied in Tokyo as the storm weakened.")
    assert not [e for e in x.events if e.plover == "PROTEST"]


def test_verbs_in_senses_that_name_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Decline as shrink, demonstrate as show, plead as answer a charge: no act."""
    x = extract(
        pipeline,
        "Support for the coalition has declined since the spring. The inquiry demonstrated "
        "a lack of oversight. The former minister pleaded not guilty to the charges.",
    )
    assert not [e for e in x.events if e.plover in ("REJECT", "PROTEST", "DEMAND")]
    x = extract(pipeline, "Hundreds of farmers demonstrated outside the parliament in Warsaw.")
    assert [e.plover for e in x.events] == ["PROTEST"]


def test_a_stance_taken_in_words_is_a_statement_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        parse_txt(
            "Truce extended\n\nOttawa • X\n\n"
            "Canada welcomed the extension of the truce between the two countries.\n",
            "<test>",
        )
    )
    assert not [e for e in x.events if e.trigger and e.trigger.text == "welcomed"]
    [st] = [s for s in x.statements if s.cue.text == "welcomed"]
    assert st.plover == "SUPPORT" and st.kind == "indirect"
    assert st.content.text == "the extension of the truce between the two countries"
    assert names(x, [st.speaker]) == {"Canada"}


def test_a_pronoun_doing_a_verbal_act_speaks_for_whom_it_stands(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "they ... commended": the act's statement goes to the group the pronoun stands for.
    x = extract(
        pipeline,
        "The members of the Harbour Council welcomed the extension of the truce. In "
        "particular, they welcomed the flexibility of the Port Authority and commended the "
        "support of regional partners.",
    )
    [st] = [s for s in x.statements if s.cue.text == "commended"]
    assert st.speaker and x.actor(st.speaker).name == "Harbour Council"
    assert st.speaker_span and st.speaker_span.text == "they"


def test_a_verbal_act_after_a_dateline_is_the_subjects(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "TOWN. AGENCY - X welcomed": the agency before the dash filed the story; X acts (the
    # parser makes both subjects of the verb here). Read by the act finder alone, as when
    # the statement finder leaves the verb to it.
    art = parse_txt(
        "Headline\n\nCAIRO. KAZPRESS - The UN welcomed the agreement between Egypt and Jordan.\n",
        "<test>",
    )
    doc = pipeline.nlp(art.text)
    index = pipeline.discourse(doc, art, pipeline.actors(doc, art))
    [st] = [s for s in find_actions(doc, art, index, []).statements if s.cue.text == "welcomed"]
    assert st.speaker and index.by_id(st.speaker).name == "United Nations"


def other_acts(x):  # type: ignore[no-untyped-def]
    return [
        (e.trigger.text, e.plover, e.status, sorted(x.actor(a).name for a in e.participants))
        for e in x.events
        if e.kind == "other" and e.trigger
    ]


def test_act_noun_with_named_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The talks were the first since the annexation of the disputed province by Norway.",
    )
    assert ("annexation", "COERCE", "held", ["Norway"]) in other_acts(x)
    # Threatened, not done; and with no named doer, no party to record.
    x = extract(
        pipeline, "Norway threatened the annexation of the province. An annexation followed."
    )
    assert not [a for a in other_acts(x) if a[0] == "annexation"]


def test_inauguration_names_its_party_once(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The United Nations welcomed the inauguration of the Joint Coordination Centre on "
        "Monday. The inauguration of the Joint Coordination Centre took place in Istanbul.",
    )
    found = [a for a in other_acts(x) if a[0] == "inauguration"]
    assert found == [("inauguration", "COOPERATE", "held", ["Joint Coordination Centre"])]


def test_relative_pronoun_object_of_passive(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Trade fell because of the relations which have been downgraded by Norway last year.",
    )
    assert ("downgraded", "SANCTION", "held", ["Norway"]) in other_acts(x)


def test_terror_list_on_and_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The United States added Syria to the list of state sponsors of terrorism in 1979. "
        "Sudan was removed from the list in 2020.",
    )
    got = {(a[0], a[1]) for a in other_acts(x)}
    assert ("added", "SANCTION") in got
    assert ("removed", "RETREAT") in got


def test_called_off_trip_is_the_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "China protested on Monday. President Joe Biden later cancelled Secretary of State "
        "Antony Blinken's trip to Beijing.",
    )
    [trip] = [a for a in other_acts(x) if a[0] == "cancelled"]
    assert trip[2] == "cancelled"
    assert trip[3] == ["Antony Blinken", "China"]  # the traveller and the host, not the canceller


def test_letter_sent_is_an_act_unless_part_of_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "North Korea sent a letter to Norway on Monday.")
    assert [a[:2] for a in other_acts(x)] == [("sent", "CONSULT")]
    x = extract(
        pipeline, "Kim Jong Un met the Norwegian envoy and handed over a letter from Norway."
    )
    assert not [a for a in other_acts(x) if a[0] == "handed"]


def test_a_passive_stance_is_its_authors_not_its_subjects(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Turkey is already under sanctions, and was condemned in a joint statement by Egypt, "
        "Greece and Cyprus on October 8.",
    )
    [st] = [s for s in x.statements if s.cue.text == "condemned"]
    assert st.speaker and x.actor(st.speaker).name == "Egypt"
    assert st.content.text == "Turkey"


def test_weapons_tests_and_drills_are_shows_of_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body, doers in (
        ("Norway has conducted a nuclear test, officials said on Monday.", {"Norway"}),
        ("Iran test-fired a ballistic missile on Sunday.", {"Iran"}),
        ("Chile and Peru held joint naval drills off Lima on Monday.", {"Chile", "Peru"}),
    ):
        x = extract(pipeline, body)
        found = [e for e in x.events if e.plover == "MOBILIZE"]
        assert [e.kind for e in found] == ["other"], body
        assert names(x, found[0].participants) == doers
    x = extract(pipeline, "The students conducted a test of the new software on Monday.")
    assert not x.events


def test_a_relative_pronoun_stands_for_the_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Russia, which expelled two British diplomats on Monday, denied it.")
    found = [e for e in x.events if e.plover == "SANCTION"]
    assert found and "Russia" in names(x, found[0].participants)


def test_a_phrasal_light_verb_names_the_event_of_its_object(nlp: Language) -> None:
    doc = nlp("Rebel units carried out an assault on the hill town on Sunday.")
    verb = next(t for t in doc if t.text == "carried")
    noun = next(t for t in doc if t.text == "assault")
    assert _light_of_event(verb, [(noun.idx, noun.idx + len(noun))])
