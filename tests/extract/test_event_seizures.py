"""Seizures of power told in passing (coups, overthrows, ousters): `other` events of their own,
held, with their own date and the parties their phrase names; modifiers and aims are none."""

from __future__ import annotations

from extract_helpers import extract, names


def _seizures(x):  # type: ignore[no-untyped-def]
    return [
        e
        for e in x.events
        if e.kind == "other"
        and e.trigger
        and e.trigger.text.lower()
        in ("coup", "putsch", "overthrow", "ousted", "toppled", "overthrown", "ouster")
    ]


def test_a_dated_overthrow_of_a_named_ruler_is_an_event_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2024-03-12\n"
            "\n"
            "Envoys meet\n"
            "\n"
            "Tunis • X\n"
            "\n"
            "The envoys of Norway and Chile met in Tunis on Monday. The region has known no calm "
            "since the 2009 overthrow of the ruler Omar Belkacem.\n"
        ),
    )
    [seizure] = _seizures(x)
    assert seizure.status == "held"
    assert seizure.date is not None and seizure.date.year == 2009
    assert names(x, seizure.participants) == {"Omar Belkacem"}
    assert [e for e in x.events if e.kind == "meeting"]  # the story's own meeting stays apart


def test_a_putsch_that_toppled_a_president_names_its_leader_and_the_ousted(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2023-05-02\n"
            "\n"
            "Mediator arrives\n"
            "\n"
            "Accra • X\n"
            "\n"
            "The mediator Kofi Mensah met the junta in Niamey on Monday. Colonel Ali Traore led "
            "a putsch that toppled the elected president, Moussa Diallo, in March.\n"
        ),
    )
    [seizure] = _seizures(x)
    assert names(x, seizure.participants) == {"Ali Traore", "Moussa Diallo"}
    assert seizure.status == "held" and seizure.date is not None and seizure.date.month == 3


def test_coup_leaders_an_ousted_president_and_a_vow_to_oust_are_no_seizure(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2023-05-02\n"
            "\n"
            "Talks in Lome\n"
            "\n"
            "Lome • X\n"
            "\n"
            "The coup leaders met the ousted president Moussa Diallo in Lome on Monday. Armed "
            "groups vowed to oust the interim prime minister.\n"
        ),
    )
    assert _seizures(x) == []
