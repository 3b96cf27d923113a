"""Who takes part, told by a clause joined to the event's own: "when they met" after the pair
is named in the same sentence, "A and B will be joined by C for a summit"; and no doer across
a quotation's edge. Invented sentences."""

from __future__ import annotations

from extract_helpers import extract, names

from kg.extract.event_parties_control import doers


def story(headline: str, body: str) -> str:
    return f"{headline}\n\nOslo • X\n\nOSLO - {body}\n"


def test_they_who_met_are_the_pair_named_before_in_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers to meet",
            "The upcoming meeting of Norwegian Foreign Secretary Anna Berg and Danish Foreign "
            "Secretary Lars Holm will be the first since September, when they met in New York.",
        ),
    )
    held = [e for e in x.events if e.status == "held"]
    assert [{"Anna Berg", "Lars Holm"} <= names(x, e.participants) for e in held] == [True]


def test_who_is_joined_for_a_summit_attends_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Leaders to meet",
            "Prime Minister Anna Berg and President Lars Holm will further be joined by Swedish "
            "President Karl Lund today for a tripartite summit.",
        ),
    )
    [summit] = [e for e in x.events if e.kind == "meeting"]
    assert {"Anna Berg", "Lars Holm", "Karl Lund"} <= names(x, summit.participants)


def test_the_source_of_a_quotation_is_no_doer_of_the_verb_inside_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parser makes the source a second subject of the quoted verb.
    doc = pipeline.nlp('A source in the ministry: "The meeting took place."')
    [took] = [t for t in doc if t.lower_ == "took"]
    assert "source" in [c.text for c in took.children if c.dep_ == "nsubj"]
    assert [t.text for t in doers(took)] == ["meeting"]


def test_a_quoted_word_between_subject_and_verb_keeps_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp('Berg "warmly" welcomed Holm in Oslo.')
    [welcomed] = [t for t in doc if t.lower_ == "welcomed"]
    assert [t.text for t in doers(welcomed)] == ["Berg"]


def test_talks_no_word_names_a_party_of_are_between_the_sides_of_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Armenia and Azerbaijan to resume dialogue",
            "Armenia and Azerbaijan announced on Saturday that the dialogue will resume in "
            "Geneva on Monday. The first round of negotiations took place in Vienna in May.",
        ),
    )
    [first] = [e for e in x.events if e.status == "held" and e.kind == "negotiation_round"]
    assert names(x, first.participants) == {"Armenia", "Azerbaijan"}


def test_a_meeting_after_a_round_of_talks_is_another_occurrence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Talks in Yerevan",
            "Armenian Deputy Foreign Minister Anna Berg will meet with Azerbaijani Deputy "
            "Foreign Minister Lars Holm after the tenth round of border talks in Yerevan.",
        ),
    )
    words = sorted(e.trigger.text for e in x.events if e.trigger is not None)
    assert len(words) == 2
    assert "meet" in words


def test_the_pair_urged_at_a_meeting_is_not_its_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers meet in Oslo",
            "Norwegian Foreign Minister Anna Berg met Danish Foreign Minister Lars Holm in Oslo "
            "on Monday. Armenia and Azerbaijan signed a truce in May. During the meeting, Berg "
            "urged the two parties to respect the truce.",
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert [names(x, e.participants) >= {"Anna Berg", "Lars Holm"} for e in meetings] == [True]
    assert all("Armenia" not in names(x, e.participants) for e in meetings)


def test_every_head_a_long_title_list_names_leads_a_delegation(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers meet in Luanda",
            "At the ministerial meeting held in Luanda on October 12, Armenia and Azerbaijan "
            "reached an agreement. The delegations were led by Anna Berg, Minister of State, "
            "Foreign Affairs, International Cooperation and Trade of Armenia, Lars Holm, "
            "Minister of Foreign Affairs and International Cooperation of Azerbaijan, and Karl "
            "Lund, Angolan Minister of Foreign Affairs.",
        ),
    )
    # (a meeting at which the sides reach an agreement is a round since session 32: the
    # participants are the point here, not the kind)
    [meeting] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert {"Anna Berg", "Lars Holm", "Karl Lund"} <= names(x, meeting.participants)


def test_whom_an_agreement_to_meet_names_does_not_sign_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Leaders in Abu Dhabi",
            "The Armenian and Azerbaijani leaders travelled to the UAE weeks after signing the "
            "historic July agreement to jointly meet with Crown Prince Karl Lund.",
        ),
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert "Karl Lund" not in names(x, signing.participants)
