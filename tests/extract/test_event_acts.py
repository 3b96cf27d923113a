"""Acts as events: a state in force or words made public are no act; the headline and the body
telling one act make one event; measures named by nouns ("EU sanctions", "issued arrest
warrants") are acts of the party that takes them."""

from __future__ import annotations

from extract_helpers import extract, names


def test_a_state_in_force_is_no_act_and_the_headline_act_is_the_body_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Norway bans Ruritanian airline Ruriair\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Norway on Monday banned Ruritanian airline Ruriair from flying to Oslo. The "
            "Ruritanian Liberation Front is banned in Norway. According to a statement "
            "released by Norway's foreign ministry, the airline carried weapons.\n"
        ),
    )
    others = [e for e in x.events if e.kind == "other"]
    assert len(others) == 1
    assert "Norway" in names(x, others[0].participants)
    assert others[0].trigger is not None and others[0].trigger.text == "banned"  # the body's


def test_measures_named_by_nouns_are_acts_of_their_takers(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Court case opens\n"
            "\n"
            "Tehran • X\n"
            "\n"
            "Iran on Monday issued arrest warrants for 12 people. Ruriair has been the subject "
            "of United States sanctions since 2011. The airline denied the claims.\n"
        ),
    )
    others = [names(x, e.participants) for e in x.events if e.kind == "other"]
    assert any("Iran" in p for p in others)
    assert any("United States" in p for p in others)


def test_a_lawsuit_and_a_warrant_with_whom_they_are_aimed_at(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Court action\n"
            "\n"
            "Vienna • X\n"
            "\n"
            "(Agency) – Amnesty International said Austria broke the law. Amnesty "
            "International filed a lawsuit against Austria on Wednesday. The International "
            "Criminal Court said Omar al-Bashir was responsible. The court issued an arrest "
            "warrant for Omar al-Bashir on Friday.\n"
        ),
    )
    others = [names(x, e.participants) for e in x.events if e.kind == "other"]
    assert {"Amnesty International", "Austria"} in others
    assert any({"International Criminal Court", "Omar al-Bashir"} <= p for p in others)


def test_a_lawsuit_only_threatened_is_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Court action\n"
            "\n"
            "Vienna • X\n"
            "\n"
            "(Agency) – Amnesty International said Austria broke the law and threatened a "
            "lawsuit against Austria.\n"
        ),
    )
    assert not [e for e in x.events if e.kind == "other"]


def test_expulsions_summons_and_sentences_are_acts_with_whom_they_hit(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoys sent home\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "The expulsion of five Danish diplomats by Norway on Friday surprised many. Sweden "
            "summoned the Norwegian ambassador on Saturday. Police arrested the opposition "
            "leader Karl Brun on Sunday. A court in Bergen sentenced Lars Holm, a Danish "
            "citizen, to two years in prison on Monday.\n"
        ),
    )
    others = {
        (e.plover, frozenset(names(x, e.participants))) for e in x.events if e.kind == "other"
    }
    assert ("SANCTION", frozenset({"Norway", "Denmark"})) in others
    assert any(p == "DISAPPROVE" and "Sweden" in who for p, who in others)
    assert ("COERCE", frozenset({"Karl Brun"})) in others
    assert any(p == "COERCE" and "Lars Holm" in who for p, who in others)
    # A summons is a deed, not a statement whose content is the envoy.
    assert not [
        st for st in x.statements if x.article.text[st.cue.start : st.cue.end] == "summoned"
    ]


def test_an_expulsion_only_called_for_is_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoys\n\nOslo • X\n\nThe minister Tor Lie called for the expulsion of Danish "
            "diplomats by Norway.\n"
        ),
    )
    assert not [e for e in x.events if e.kind == "other"]


def test_sanctions_levied_and_a_terrorist_designation(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "In 2007, Norway levied sanctions against Paul Grey.",
        "Last April, Norway designated the Oslo Front as a terrorist organization.",
    ):
        x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
        assert [e.plover for e in x.events] == ["SANCTION"]


def test_a_participle_that_describes_is_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Senator Paul Grey referred to territory occupied by Norway in his speech.",
        "Anna Lind works for Oslo Today, a network financed by the Norwegian government.",
    ):
        x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
        assert [e.plover for e in x.events if e.plover in ("COERCE", "AID")] == []
