"""What the words naming a statement's source describe, for the source ranker: the head noun
and the other words of a description ("the special envoy", "Alpine leaders",
"the Westland foreign affairs ministry"), matched against the names, titles and described forms
each candidate was recorded with; and whom "the latter" and "the former" name."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from kg.extract.discourse_words import (
    BODY_NOUNS,
    GENERIC_PERSON,
    MEMBER_NOUNS,
    OFFICE_NAMES,
    PERSON_NOUNS,
    SPOKES_NOUNS,
    STATE_NOUNS,
)
from kg.extract.index import ActorIndex
from kg.extract.roles import OFFICE_TITLES
from kg.model import Actor, Span, Statement
from kg.nlp import span_at

# Words that count a group ("the two leaders", "both sides", "all three ministers").
GROUP_COUNTS = {"both", "two", "three", "four", "all", "each"}
# Head nouns that describe the speaker by office, function or body, even in capitals.
DESCRIBING = (
    PERSON_NOUNS | GENERIC_PERSON | MEMBER_NOUNS | SPOKES_NOUNS | set(BODY_NOUNS) | STATE_NOUNS
)
# "the latter", "the former": the last and the one before of the actors named before them.
ORDINAL_REFS = {"latter": 0, "former": 1}
# Titles one person holds ("the minister"), unlike unnamed officials and the heads of bodies.
PERSON_TITLES = OFFICE_TITLES - GENERIC_PERSON - SPOKES_NOUNS - MEMBER_NOUNS
# Words for one who speaks for a body or a person ("the spokesperson"): whom the article
# gives another title is not them, and the body in view may speak through them.
SPOKES_TITLES = {"spokesman", "spokeswoman", "spokesperson"}


@dataclass(frozen=True)
class Description:
    """The source's words when they describe the speaker: their head noun and other words."""

    head: str  # the head noun's lemma
    plural: bool
    counted: bool  # "the two leaders", "both sides"
    modifiers: frozenset[str]


def content_words(text: str) -> set[str]:
    return {
        w
        for w in (x.strip(".,'’()-").casefold() for x in text.split())
        if len(w) > 2 and w.isalpha() and w not in STOP_WORDS
    }


def described(actor: Actor) -> bool:
    """Whether the article gives the actor a title or a described form (or it is no person,
    named by what it is)."""
    return actor.type != "Person" or bool(actor.roles or actor.described)


def descriptors(actor: Actor) -> frozenset[str]:
    """The words the article (and the gazetteer) describe an actor by: its names, its titles
    ("special envoy", "spokesman") and what it was described as ("the Turkish president")."""
    words = content_words(actor.name)
    for text in (
        *actor.aliases,
        *(r.title for r in actor.roles),
        *(d.text for d in actor.described),
    ):
        words |= content_words(text)
    # (The source's head noun is read by its lemma: "leaders" by "leader".)
    return frozenset(words | {w.removesuffix("s") for w in words})


def describe(doc: Doc, sspan: Span | None, head: Token | None) -> Description | None:
    """The description the source's words (`sspan`, with its head token) give, or None when
    they are a name, a pronoun or no words."""
    if sspan is None or head is None or head.lower_ in ORDINAL_REFS:
        return None
    # (A title or body in capitals is a description too: "the Westland President", "The Eastland
    # Foreign Affairs Ministry"; a name is not.)
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.lemma_.lower() in DESCRIBING):
        return None
    words = span_at(doc, sspan.start, sspan.end)
    mods = content_words(" ".join(t.text for t in words or () if t.i != head.i))
    counted = any(c.lower_ in GROUP_COUNTS for c in head.children)
    return Description(
        head.lemma_.lower(), head.tag_ in ("NNS", "NNPS"), counted, frozenset(mods - {head.lower_})
    )


def description_features(
    d: Description, words: frozenset[str], kind: str, has_titles: bool
) -> list[str]:
    """Whether the candidate fits the description: its recorded names, titles and described
    forms (`words`) bear the head noun ("the envoy": a person titled envoy) and the other words
    ("the Westland Foreign Ministry spokesman", "Alpine leaders": a body so named); and
    a plural or counted description beside the candidate's type (a group, not one member).
    `has_titles`: whether the article gives the candidate titles at all (`described`)."""
    out = []
    number = "counted" if d.counted else "plural" if d.plural else "one"
    out.append(f"desc_number={number}&type={kind}")
    # (A person the article gives no title may fit any: "unknown", not "unfit".)
    head = "head_fits" if d.head in words else "head_unfit" if has_titles else "head_unknown"
    out += [head, f"{head}&type={kind}"]
    if d.modifiers:
        share = len(d.modifiers & words) / len(d.modifiers)
        fit = "all" if share == 1 else "some" if share > 0 else "none"
        out += [f"mods_fit={fit}", f"mods_fit={fit}&type={kind}", f"mods_fit={fit}&{head}"]
    return out


def ordinal_referent(head: Token | None, sspan: Span | None, index: ActorIndex) -> str | None:
    """Whom "the latter" or "the former" (the source's words `sspan`, headed by `head`) names:
    the last actor named before the words, or the one of its type named before that ("X met
    Y ... the latter said": Y). "" when the words are such a reference and no one fits; None
    when they are none."""
    if sspan is None or head is None or head.lower_ not in ORDINAL_REFS:
        return None
    types = {a.id: a.type for a in index.actors}
    named: list[str] = []  # the actors named before the words, the last first
    for m in sorted(index.mentions, key=lambda m: -m.start):
        if m.nested or m.end > sspan.start or m.actor in named:
            continue
        if not named or types.get(m.actor) == types.get(named[0]):
            named.append(m.actor)
    k = ORDINAL_REFS[head.lower_]
    return named[k] if k < len(named) else ""


def title_word(head: Token | None) -> Token | None:
    """The head of the source's words (`head`, None without them), which the rules resolved to
    no actor, when it is a title one person holds ("the new envoy to the region", "the
    Westland president") or a spokesperson's ("the spokesman")."""
    if head is None or head.tag_ not in ("NN", "NNP"):
        return None
    lemma = head.lemma_.lower()
    return head if lemma in PERSON_TITLES or lemma in SPOKES_TITLES else None


def may_hold(st: Statement, title: Token, actor_id: str, index: ActorIndex) -> bool:
    """Whether the candidate actor may be who the title in the source's words describes: a
    person the article gives no title or that one (a spokesperson is not the minister they
    speak for); for a spokesperson, any body; for another title, only the state or body it
    belongs to, named in the words before it or after its `of` ("the Westland envoy to the
    talks", "the foreign minister of Westland": Westland), never an actor met only after the
    title otherwise ("the envoy to Eastland", "the secretary for trade")."""
    actor = next((a for a in index.actors if a.id == actor_id), None)
    if actor is None:
        return True
    lemma = title.lemma_.lower()
    if actor.type == "Person":
        if not described(actor):
            return True
        words = descriptors(actor)
        if lemma in SPOKES_TITLES:
            return bool(words & SPOKES_TITLES)
        # (One office by two names, `OFFICE_NAMES`: either name's words together.)
        names = [{lemma}, set(OFFICE_NAMES.get(lemma, lemma).split())]
        return any(name <= words for name in names)
    if lemma in SPOKES_TITLES:
        return True
    assert st.speaker_span is not None
    owners = [(st.speaker_span.start, title.idx)]
    for of in (t for t in title.rights if t.dep_ == "prep" and t.lower_ == "of"):
        owners.append((of.idx, of.right_edge.idx + len(of.right_edge)))
    return any(
        m.actor == actor_id and start <= m.start and m.end <= end
        for m in [*index.mentions, *index.refs]
        for start, end in owners
    )
