"""Event dates the clause shares with another word of its sentence, or does not: an act done
on the sidelines of a gathering, the object of a light verb, conjoined verbs, a later clause's
saying, a plan told on a day already come, and a bare "later"."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc
from test_timeline import iso, timeline

from kg.extract.event_tellings import told_of
from kg.extract.timeline import Timeline
from kg.extract.timeline_words import governor_of


def date_of(tl: Timeline, word: str, rivals: tuple[str, ...] = (), nth: int = 0) -> str | None:
    """The date `date_for` gives the `nth` occurrence of `word`, with `rivals` (other event
    words of the text, each at its first occurrence) as the event stage passes them."""
    body = tl.doc.text
    start = -1
    for _ in range(nth + 1):
        start = body.index(word, start + 1)
    others = [body.index(r) for r in rivals]
    return iso(tl.date_for(start, start + len(word), [start, *others]))


def test_a_gathering_on_whose_margins_the_parties_met_was_on_that_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "Foreign Minister Anna Berg met her Chilean colleague on Friday on the margins of a "
        "conference of trade ministers in Lisbon.",
    )
    assert date_of(tl, "conference", ("met",)) == "2025-03-14"
    assert date_of(tl, "met", ("conference",)) == "2025-03-14"
    # Speaking there is done while the gathering goes on, not a telling of it ...
    doc = pipeline.nlp(
        "The Chilean president talked with the Peruvian prime minister on the margins of the "
        "forum in Lima."
    )
    assert not told_of(next(t for t in doc if t.lower_ == "forum"))
    # ... unlike a comment on it.
    doc = pipeline.nlp("The Chilean president commented on the forum in Lima.")
    assert told_of(next(t for t in doc if t.lower_ == "forum"))


def test_the_object_of_the_verb_that_does_it_shares_its_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The Chilean foreign minister took a call from her Peruvian colleague on Friday "
        "evening, in which the two went over fishing quotas.",
    )
    assert date_of(tl, "call", ("took",)) == "2025-03-14"


def test_a_conjoined_verb_shares_the_first_one_s_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The Chilean president on Friday welcomed a Swiss delegation and called the Austrian "
        "chancellor about the trade dispute.",
    )
    assert date_of(tl, "called", ("welcomed",)) == "2025-03-14"


def test_a_saying_in_a_later_clause_does_not_date_the_earlier_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "Switzerland hosts the negotiations in Bern and its foreign ministry announced on "
        "Friday that both delegations would stay another week.",
    )
    assert date_of(tl, "negotiations") is None


def test_a_plan_is_not_dated_by_the_day_it_was_told_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "Chile and Peru plan a session of their trade ministers in Lima, a Chilean spokeswoman "
        "told a newspaper on Friday, giving no hint of when the session will open.",
    )
    assert date_of(tl, "session", nth=1) is None


def test_a_bare_later_goes_on_at_the_day_last_told(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The Chilean president arrived in Bogota on Sunday.\n\nOn Friday, he held talks with "
        "the Peruvian prime minister in Lima.\n\nThe Chilean president later flew on to Quito "
        "for a state dinner.",
    )
    assert date_of(tl, "flew", ("dinner",)) == "2025-03-14"


def test_a_day_hung_on_a_place_dates_the_phrase_the_place_is_set_in() -> None:
    """A place has no day of its own: a closing time the parser hangs on the place named
    where the event happened (here "Nairobi", in "at the Hall of the Assembly in Nairobi on
    Friday") dates the verb the place phrase is set in."""
    words = "The talks took place at the Hall of the Assembly in Nairobi on Friday .".split()
    heads = [1, 2, 2, 2, 2, 6, 4, 6, 9, 7, 9, 10, 11, 12, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj",
            "prep", "pobj", "prep", "pobj", "punct"]  # fmt: skip
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "PROPN", "ADP", "DET", "PROPN",
           "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]  # fmt: skip
    ents = ["O", "O", "O", "O", "O", "O", "B-FAC", "O", "O", "B-FAC", "O", "B-GPE", "O",
            "B-DATE", "O"]  # fmt: skip
    vocab = English().vocab  # (its lexical attributes give the words' lower case)
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    gov, _ = governor_of(doc[13:14])
    assert gov.text == "took"
    # A noun that is no place keeps the time ("the talks of Friday": the parse's own word).
    heads[12] = 6
    ents[6] = "O"
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert governor_of(doc[13:14])[0].text == "Hall"


def test_an_act_told_as_one_more_of_the_story_s_news_takes_the_story_s_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "also" adds the act to the occasion the story covers, a paragraph away from its day ...
    lede = (
        "The Swiss envoy on Friday held talks with the rebel commanders in the northern town."
        "\n\nThe rebels asked for a pause in the fighting before any new round.\n\n"
    )
    tl = timeline(pipeline, lede + "The envoy also met the mayor of the port city.")
    assert date_of(tl, "met", ("talks",)) == "2025-03-14"
    # ... while a meeting told on its own, with no time, is left undated.
    tl = timeline(pipeline, lede + "The envoy met the mayor of the port city.")
    assert date_of(tl, "met", ("talks",)) is None
