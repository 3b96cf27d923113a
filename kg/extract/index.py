"""The actor index: the actors of one article and where each is mentioned.

The actor stage fills `actors` and `mentions` (names); the discourse stage adds `refs` (the
pronouns and descriptions that stand for an actor). Later stages ask `at`, `within` and
`all_at` for names, and `resolve` for whatever words stand at a speaker's or party's place.

Actors are created by `new` and renamed by `rename` only: an empty name (blank after stripping)
is refused there, so no later stage ever meets an actor without a name (a stage that takes a
surname as `name.split()[-1]` would fail on one).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Actor, ActorType, Article, OrgKind, Span


@dataclass
class Mention:
    start: int
    end: int
    actor: str
    nested: bool = False  # a modifier inside another name or a role phrase
    # "name" for a name; the discourse stage adds the words that stand for an actor without
    # naming it: "pronoun", "role" ("the envoy"), "body" ("the ministry"), "side", "text"
    # ("the statement"), "member" ("the members of the Council"), "description".
    kind: str = "name"


@dataclass
class ActorIndex:
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # Mentions by pronoun or description, resolved by the discourse stage (not names: `at`,
    # `within` and `all_at` do not see them; `resolve` does).
    refs: list[Mention] = field(default_factory=list)
    # Where a news outlet is named (not an actor): a report it relays is not the story's.
    outlets: list[tuple[int, int]] = field(default_factory=list)
    # Actors a rule found acting where they are named (`actor_described`): the learned actor
    # check does not ask about them.
    acting: set[str] = field(default_factory=set)

    def next_id(self) -> str:
        """The id of an actor about to be added (ids count the actors in order; past one a
        stage dropped, the next free number, so that no two actors share an id)."""
        n = len(self.actors) + 1
        taken = {a.id for a in self.actors}
        while f"a{n}" in taken:
            n += 1
        return f"a{n}"

    def new(
        self,
        name: str,
        atype: ActorType,
        key: str,
        org_kind: OrgKind | None = None,
        wikidata: str | None = None,
        country: str | None = None,
    ) -> Actor | None:
        """A new actor of the article, added with the next id; None, and nothing added, when
        `name` is blank (words that name nobody: a title alone, punctuation)."""
        if not name.strip():
            return None
        actor = Actor(
            id=self.next_id(),
            name=name,
            type=atype,
            key=key,
            org_kind=org_kind,
            wikidata=wikidata,
            country=country,
        )
        self.actors.append(actor)
        return actor

    def rename(self, actor: Actor, name: str, key: str) -> bool:
        """Give `actor` a fuller name and its key; False, and nothing changed, when `name` is
        blank."""
        if not name.strip():
            return False
        actor.name, actor.key = name, key
        return True

    def by_id(self, actor_id: str) -> Actor:
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def at(self, start: int, end: int) -> str | None:
        """The actor named (not merely modified) within `[start, end)`: the longest mention."""
        best: Mention | None = None
        for m in self.mentions:
            if m.nested or m.end <= start or m.start >= end:
                continue
            if best is None or (m.end - m.start) > (best.end - best.start):
                best = m
        return best.actor if best else None

    def resolve(self, start: int, end: int) -> str | None:
        """The actor the words at `[start, end)` stand for: a name there, else a pronoun or
        description the discourse stage resolved (the innermost one covering the words)."""
        named = self.at(start, end)
        if named is not None:
            return named
        covering = [m for m in self.refs if m.start <= start and end <= m.end]
        inside = [m for m in self.refs if start <= m.start < end and m not in covering]
        if covering:
            return min(covering + inside, key=lambda m: m.end - m.start).actor
        # Only words inside: of "the envoy and the minister", the first party speaks for a
        # coordination, as of named ones.
        return min(inside, key=lambda m: (m.start, m.end - m.start)).actor if inside else None

    def within(self, start: int, end: int, nested: bool = False) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            if m.start >= start and m.end <= end and (nested or not m.nested):
                if m.actor not in out:
                    out.append(m.actor)
        return out

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a named mention (nested ones too) shares a character with [start, end)."""
        return any(m.start < end and start < m.end for m in self.mentions)

    def all_at(self, start: int, end: int) -> list[str]:
        """Every actor named (not merely modified) within `[start, end)`."""
        out: list[str] = []
        for m in self.mentions:
            if not m.nested and m.start < end and start < m.end and m.actor not in out:
                out.append(m.actor)
        return out

    def person_before(self, pos: int, limit: int = 600) -> str | None:
        """The nearest person mentioned before `pos`, for resolving `he`/`she`."""
        best: Mention | None = None
        for m in self.mentions:
            if m.nested or m.end > pos or pos - m.end > limit:
                continue
            if self.by_id(m.actor).type == "Person" and (best is None or m.start > best.start):
                best = m
        return best.actor if best else None

    def types(self) -> dict[str, ActorType]:
        return {a.id: a.type for a in self.actors}

    def drop(self, ids: set[str]) -> None:
        """Remove the actors `ids`, with their mentions and references, and what the actors
        kept say of them: the state of a person or a body, the members of a group, the body
        of a role (the one place that clears them, so no stage leaves one dangling)."""
        self.actors = [a for a in self.actors if a.id not in ids]
        self.mentions = [m for m in self.mentions if m.actor not in ids]
        self.refs = [m for m in self.refs if m.actor not in ids]
        for a in self.actors:
            a.country = None if a.country in ids else a.country
            a.members = [m for m in a.members if m not in ids]
            for r in a.roles:
                r.of = None if r.of in ids else r.of


def record_mentions(actor: Actor, index: ActorIndex, text: str) -> None:
    """The actor's mentions (as text spans) and aliases (every form other than its name) from
    the index's mentions of it: what the actor stage records for each actor it keeps."""
    actor.mentions = sorted(
        {Span.of(text, m.start, m.end) for m in index.mentions if m.actor == actor.id}
    )
    actor.aliases = {s.text for s in actor.mentions if s.text != actor.name and len(s.text) > 1}


def in_noise(article: Article, start: int, end: int) -> bool:
    # (Asked of every word by some stages: most articles have no noise to look through.)
    return bool(article.noise) and any(s < end and start < e for s, e in article.noise)


def crosses(article: Article, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `[start, end)` lies in the article's noise or overlaps one of `spans` (taken)."""
    return in_noise(article, start, end) or any(s < end and start < e for s, e in spans)
