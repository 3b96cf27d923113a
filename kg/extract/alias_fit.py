"""Whether a description the discourse stage resolved to a person fits that person's offices.

An alias is a claim about whom the words name, so a description resolved to a person by
salience alone ("the New York businessman") is no alias of theirs; one that the person's
titles hold is. Wire copy describes an office holder by the office with the state in front
("the Turkish president", "the North Korean leader", "the US leader", "the Omani official"),
which no title holds word for word ("President of Turkey", "Supreme Leader of North Korea"):

- words naming a state ("Turkish", "North Korean", "US") fit when the state is one of the
  person's own (the gazetteer's, or one their titles name) and rule the person out when it
  is another's;
- the rest must fit the head of one title, the words before its "of" or "for": "the
  Secretary-General" is Guterres ("Secretary-General of the United Nations"), not his
  spokesman ("Spokesperson for the Secretary-General ..."); "the secretary of state" fits
  "Secretary of State" whole;
- party words ("GOP", "Democratic") fit only a person the article gives that party, and
  with them a nominee or candidate ("the GOP nominee") needs no title;
- "leader" and "head of state" fit the heads of states and governments; "official" and
  "diplomat" fit any office holder, but only with a state word that is theirs ("the Russian
  official"), since alone they fit everyone in office.

`alias_forms.record_forms` records a description only when the person it was resolved to
is the one person of the article it fits best, so a description the text could use for two
of them is an alias of neither.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kg.extract.delegations import state_named
from kg.extract.discourse_words import RANKS
from kg.gazetteer import Entry, Gazetteer
from kg.model import Actor

_FUNCTION_WORDS = {"the", "a", "an"}
_HEAD_WORDS_END = {"of", "for", "to", "at", "in", "on"}
# Titles of those who head a state or a government: what "the leader" stands for.
_HEADS_OF_STATE = {"president", "king", "emir", "amir", "sultan", "monarch", "queen"}
_HEADS = _HEADS_OF_STATE | {
    "leader",
    "premier",
    "prime minister",
    "chancellor",
    "chairman",
    "ruler",
}
# Descriptions that fit any office holder of the state written with them.
_ANY_OFFICE = {"official", "diplomat", "dignitary"}
# Party words of US political copy and the party they name (`discourse_epithets.parties`).
PARTY_WORDS = {"democrat": "D", "democratic": "D", "republican": "R", "gop": "R"}
_RACES = {"presidential", "vice-presidential", "senate", "gubernatorial"}
_DEPUTY = {"vice", "deputy", "assistant", "under", "acting"}
# Words that rank an office without naming it ("top Omani diplomat", "senior official").
_RANKS = RANKS | {"visiting"}  # (and a visit: "the visiting minister")


@dataclass
class PersonFit:
    """The offices and states of each person of an article (actor id -> lower-case titles;
    actor id -> gazetteer ids of their states), and the gazetteer that reads state words."""

    gz: Gazetteer
    titles: Mapping[str, Sequence[str]]
    states: dict[str, set[str]] = field(default_factory=dict)
    parties: Mapping[str, set[str]] = field(default_factory=dict)  # actor id -> "D", "R"

    @classmethod
    def of(
        cls,
        gz: Gazetteer,
        actors: Sequence[Actor],
        titles: Mapping[str, Sequence[str]],
        entries: Mapping[str, Entry | None],
        parties: Mapping[str, set[str]],
    ) -> PersonFit:
        fit = cls(gz, titles, parties=parties)
        by_id = {a.id: a for a in actors}
        for a in actors:
            if a.type != "Person":
                continue
            own: set[str] = set()
            entry = entries.get(a.id)
            if entry is not None and entry.country:
                own.add(entry.country)
            for ref in [a.country, *(r.of for r in a.roles)]:
                if ref is None or ref not in by_id or by_id[ref].type != "Country":
                    continue
                state = entries.get(ref)
                if state is not None:
                    own.add(state.id)
            for title in titles.get(a.id, ()):
                own |= {eid for _, _, eid in fit._state_words(title.split())}
            fit.states[a.id] = own
        return fit

    def _state_words(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """(start, end, state id) of the words naming a state, longest first ("north korean")."""
        found: list[tuple[int, int, str]] = []
        k = 0
        while k < len(words):
            for n in (3, 2, 1):
                if k + n > len(words):
                    continue
                phrase = " ".join(words[k : k + n])
                entry = state_named(phrase, self.gz)
                if entry is not None:
                    found.append((k, k + n, entry.id))
                    k += n
                    break
            else:
                k += 1
        return found

    def level(self, description: str, actor: str) -> int:
        """How well the description fits the person (see the module's note): 3 when one of
        their titles holds its words with the same head word, 2 when one holds its words
        ("the Republican" for a "Republican presidential nominee"), 1 when it fits only
        once its state and party words are read as theirs ("the Turkish president", "the
        GOP nominee"); 0 when it does not fit."""
        words = [w for w in re.findall(r"[\w-]+", description.lower()) if w not in _FUNCTION_WORDS]
        titles = self.titles.get(actor, ())
        plain = [w for w in words if w != "of"]
        if plain and any(all(w in t.split() for w in plain) for t in titles):
            return 3 if any(_fits_title(words, t) for t in titles) else 2
        spans = self._state_words(words)
        if any(eid not in self.states.get(actor, set()) for _, _, eid in spans):
            return 0
        inside = {k for s, e, _ in spans for k in range(s, e)}
        party = {k for k, w in enumerate(words) if w in PARTY_WORDS}
        mine = self.parties.get(actor, set())
        if any(PARTY_WORDS[words[k]] not in mine for k in party):
            return 0  # (not a party the article gives them: "the Republican" for a Democrat)
        rest = [w for k, w in enumerate(words) if k not in inside | party and w not in _RANKS]
        while rest and rest[-1] in _HEAD_WORDS_END:
            rest.pop()  # ("the President of Türkiye": the state read, "of" is left)
        if not rest:
            return 0
        if party and [w for w in rest if w not in _RACES] in (["nominee"], ["candidate"]):
            return 1  # "the GOP nominee", "the Democratic presidential candidate"
        if len(rest) == 1 and rest[0] in _ANY_OFFICE:
            return int(bool(spans) and bool(titles))
        return int(any(_fits_title(rest, t) for t in titles))

    def fitting(self, description: str, people: Sequence[str]) -> list[str]:
        """The people the description fits best, if it fits any."""
        levels = {a: self.level(description, a) for a in people}
        best = max(levels.values(), default=0)
        return [a for a in people if best and levels[a] == best]


def _fits_title(words: Sequence[str], title: str) -> bool:
    """Whether one title holds the words, the head of the words (before their own "of") being
    the head of the title (before its "of"/"for"): "secretary of state" fits "Secretary of
    State", "secretary-general" does not fit "Spokesperson for the Secretary-General"."""
    head = _head(title.split())
    mine = _head(list(words))
    if not head or not mine:
        return False
    if len(words) in (1, 3) and " ".join(words) in ("leader", "head of state"):
        return head in (_HEADS if words[0] == "leader" else _HEADS_OF_STATE)
    whole = title.split()
    return mine == head and all(w in whole for w in words)


def _head(words: list[str]) -> str:
    """The head word of a title or description: the last word before its "of", "for", ...
    ("prime minister" for a prime minister, whose head word alone is every minister's)."""
    cut = next((k for k, w in enumerate(words) if k and w in _HEAD_WORDS_END), len(words))
    before = words[:cut]
    if not before:
        return ""
    if before[-2:] == ["prime", "minister"]:
        return "prime minister"
    if len(before) > 1 and before[-2] in _DEPUTY:
        return " ".join(before[-2:])  # ("vice chairman": no head of anything)
    return before[-1]
