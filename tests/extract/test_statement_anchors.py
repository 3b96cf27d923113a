"""A saying's own anchor is a time its attribution clause tells: not a day in the words it
reports, nor the day of an occurrence named beside it; the story's occasion follows."""

from __future__ import annotations

from extract_helpers import dated_text, iso, story_timeline
from extract_helpers import extract as extract_text

from kg.extract.timeline import Timeline
from kg.model import Extraction

SUNDAY = "2025-03-16"  # Thursday is the 13th, Friday the 14th, Saturday the 15th


def text(body: str, published: str) -> str:
    return dated_text("Border talks stall", body, published)


def timeline(pipeline, body: str, published: str = SUNDAY) -> Timeline:  # type: ignore[no-untyped-def]
    return story_timeline(pipeline, text(body, published))


def extract(pipeline, body: str, published: str = SUNDAY) -> Extraction:  # type: ignore[no-untyped-def]
    x: Extraction = extract_text(pipeline, text(body, published))
    return x


def test_a_day_after_the_addressee_dates_the_telling(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "on Thursday" on the committee told; it is the day of the telling.
    # The lede tells the story's news on Saturday: the telling keeps its own day.
    body = (
        "Minister Ilse Varga met the envoys of Kellia in Vossa on Saturday to discuss the "
        "canal.\n\n"
        "Lind told the Assembly's Foreign Trade and Customs Committee on Thursday that the "
        "mill would reopen in spring."
    )
    x = extract(pipeline, body)
    dates = {st.cue.text: iso(st.date) for st in x.statements}
    assert dates.get("told") == "2025-03-13"


def test_a_fronted_day_of_what_was_said_is_not_the_saying_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The day opens the words reported, the attribution follows them: the saying is told
    # on the publication day, and so is the speaker's next quotation.
    body = (
        "On Friday, the crossing at Vossa could not open, as the customs officers had "
        "gone home early, Minister Ilse Varga said.\n\n"
        '"We have asked for a new date," she continued.'
    )
    assert iso(timeline(pipeline, body).story) == SUNDAY
    x = extract(pipeline, body)
    dates = {st.cue.text: iso(st.date) for st in x.statements}
    assert dates.get("said") == SUNDAY
    assert dates.get("continued") == SUNDAY


def test_a_day_in_the_lede_s_reported_words_leaves_the_publication_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The lede reports what was said of talks that did not begin: the day in its words is
    # no occasion, the news is the saying's, which later sayings with no day of their own
    # take.
    body = (
        "Arland and Kellia said their engineers could not begin talks on the shared canal "
        "on Friday, after weeks of delay.\n\n"
        "Minister Ilse Varga said the locks would open in May."
    )
    assert iso(timeline(pipeline, body).story) == SUNDAY
    x = extract(pipeline, body)
    said = [st for st in x.statements if "locks" in st.content.text]
    assert said and all(iso(st.date) == SUNDAY for st in said)
    # The old wording, talks that did begin: the reported day is the story's occasion.
    body = (
        "Arland and Kellia said their engineers began talks on the shared canal on Friday, "
        "after weeks of delay.\n\n"
        "Minister Ilse Varga said the locks would open in May."
    )
    assert iso(timeline(pipeline, body).story) == "2025-03-14"


def test_talks_named_in_passing_do_not_date_the_next_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The talks of Saturday are named in a quotation and as a topic ("details of her
    # talks"): no day the narrator tells the speaker at, so her next words keep the story's.
    body = (
        "Minister Ilse Varga said on Sunday that her talks with envoy Pavo Rinn of Kellia "
        "had made progress.\n\n"
        '"Today we built on our talks with Rinn yesterday," Varga said, without giving any '
        "details of her talks with Rinn.\n\n"
        "Varga stressed the need for patience."
    )
    x = extract(pipeline, body)
    said = [st for st in x.statements if "patience" in st.content.text]
    assert said and all(iso(st.date) == SUNDAY for st in said)


def test_a_speaker_s_later_words_go_on_at_their_own_dated_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The text turns to Friday in between for others; the minister's next words, with no
    # time of their own, go on at the day her own saying was told at.
    body = (
        "Minister Ilse Varga announced on Sunday that the canal would reopen to barges.\n\n"
        "The reopening comes after Arland proposed a truce on Friday and Kellia accepted it.\n\n"
        '"We trust both sides to keep their word," Varga said.'
    )
    x = extract(pipeline, body)
    said = [st for st in x.statements if "trust both sides" in st.content.text]
    assert said and all(iso(st.date) == SUNDAY for st in said)


def test_words_go_not_on_once_the_text_tells_another_s_saying_at_its_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The text turns to Friday in a main clause with another's saying: the minister's words
    # told in that paragraph do not go back to her Sunday.
    body = (
        "Minister Ilse Varga announced on Sunday that the canal would reopen to barges.\n\n"
        "On Friday, Arland announced the end of two days of talks in Vossa.\n\n"
        "Arland called the talks useful, while Varga accused Kellia of stalling them."
    )
    x = extract(pipeline, body)
    said = [st for st in x.statements if st.cue.text == "accused"]
    assert said and all(iso(st.date) != SUNDAY for st in said)


def test_a_lede_reporting_what_happened_has_its_occasion_at_that_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The reported words tell a held occurrence at a day: that day is the story's occasion,
    # and a saying with no time of its own further on is dated to it, not to publication.
    body = (
        "Arland's envoys met Kellian negotiators in the port of Vossa on Saturday to "
        "discuss the shared canal, officials said.\n\n"
        "Minister Ilse Varga of Kellia said the two sides agreed to keep the locks open."
    )
    monday = "2025-03-17"
    assert iso(timeline(pipeline, body, monday).story) == "2025-03-15"
    x = extract(pipeline, body, monday)
    varga = [st for st in x.statements if "locks" in st.content.text]
    assert varga and all(iso(st.date) == "2025-03-15" for st in varga)


def test_a_day_someone_is_invited_to_lies_ahead_of_the_invitation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "on Sunday" dates the talks the delegates are asked to hold, after the Friday of
    # publication: no past Sunday becomes the story's occasion, nor the sayings' day.
    body = (
        "Minister Ilse Varga invited the Kellian delegates to hold border talks in Vossa "
        "on Sunday.\n\n"
        "Varga said the crossing would stay open through the spring."
    )
    friday = "2025-03-14"
    line = timeline(pipeline, body, friday)
    assert iso(line.story) == friday
    assert "2025-03-16" in [iso(a.value) for a in line.anchors]
    x = extract(pipeline, body, friday)
    said = [st for st in x.statements if "crossing" in st.content.text]
    assert said and all(iso(st.date) == friday for st in said)


def test_the_one_a_day_turned_to_is_told_of_speaks_at_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The text turns to Friday with Norway as the subject of what happened then: its
    # ministry's words in the next paragraphs, with no time of their own, are told of that
    # occasion, not left undated.
    body = (
        "Minister Pavo Rinn of Arland said on Sunday that the canal would reopen in May.\n\n"
        "On Friday, Norway turned down the offer of a joint commission on the tolls.\n\n"
        "The Norwegian foreign ministry said the offer had come far too late.\n\n"
        "The ministry also described the new tolls as unfair to its barges."
    )
    x = extract(pipeline, body)
    dates = {st.cue.text: iso(st.date) for st in x.statements if "ministry" in st.evidence.text}
    assert dates.get("said") == "2025-03-14"
    assert dates.get("described") == "2025-03-14"


def test_a_shared_title_does_not_make_another_speaker_the_one_told_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The day the text turned to is told of one foreign minister; another state's foreign
    # minister, sharing only the title words, is not told of it: their words keep the
    # story's occasion (the lede's Sunday), not Friday.
    body = (
        "Minister Pavo Rinn of Arland said on Sunday that the canal would reopen in May.\n\n"
        "On Friday, Foreign Minister Edda Lorn of Norway turned down the offer of a joint "
        "commission on the tolls.\n\n"
        "Foreign Minister Tomas Quell of Sweden said the tolls were a matter for the courts."
    )
    x = extract(pipeline, body)
    said = [st for st in x.statements if "courts" in st.content.text]
    assert said and all(iso(st.date) == "2025-03-16" for st in said)
