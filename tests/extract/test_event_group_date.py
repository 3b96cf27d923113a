"""The date an event takes from the mentions coreference joined into it (`event_coref.merge`):
a later telling's own day dates an undated first one; a verb of saying lends no day."""

from __future__ import annotations

from kg.extract.event_coref import merge
from kg.extract.event_mention import Mention
from kg.extract.index import ActorIndex
from kg.model import PartialDate
from kg.reading import parse_txt

TEXT = (
    "Border news\n\n03.04.2031\n\nVarnia and Osterland held talks. "
    "The talks ended early on Monday.\n"
)
MONDAY = PartialDate(year=2031, month=3, day=31)


def _events(told: bool) -> list[PartialDate | None]:
    art = parse_txt(TEXT, "<test>")
    actors = ActorIndex()
    ids = []
    for name in ("Varnia", "Osterland"):
        actor = actors.new(name, "Country", name.lower())
        assert actor is not None
        ids.append(actor.id)
    first, later = TEXT.index("talks"), TEXT.index("talks", TEXT.index("The talks"))
    one = (TEXT.index("Varnia"), TEXT.index(" The talks"))
    two = (TEXT.index("The talks"), len(TEXT) - 1)
    mentions = [
        Mention("negotiation_round", (first, first + 5), one, participants=list(ids)),
        Mention("negotiation_round", (later, later + 5), two, date=MONDAY, told=told,
                definite=True),
    ]  # fmt: skip
    return [e.date for e in merge(mentions, [], art, actors, None).events]


def test_a_later_telling_dates_an_undated_first_one() -> None:
    assert _events(told=False) == [MONDAY]


def test_the_day_of_a_saying_is_not_lent() -> None:
    assert _events(told=True) == [None]
