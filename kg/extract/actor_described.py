"""Bodies named only by a description that sets them apart from their state: "the
internationally recognised government", "the self-declared government in Eastport", "the
military junta", "Ruritania's exiled government", "the separatist movement", "the Ruritanian
interim regime", "a Ruritanian-led coalition".

The guidelines make a body described in words an actor when it speaks, acts, takes part or is
affected, named as the text names it at its fullest. A lower-case government with only its
state's adjective ("the Ruritanian government") is the state (`delegations.add_governments`);
a word that tells one government from another (recognised, exiled, self-declared, military,
interim) makes a body of its own, which a story of rival governments or of a junta needs as a
party. No name covers such words, so the party was lost and its event's parties were empty.

Input: the parsed `Doc`, the article and the `ActorIndex` after the other body passes. Output:
the index with each such body that stands in an actor's place added (named by the description
without its determiner, with a place or person after "in"/"of"), a mention of every repetition
of the description, and of a later bare "the <head>" when one body alone has that head.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.delegations import state_within
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.gazetteer import Entry, Gazetteer, slug
from kg.model import Article
from kg.nlp import doc_text, with_pos_lower

# Heads of a description of a governing or armed body.
DESCRIBED_HEADS = {
    "government", "parliament", "junta", "regime", "movement", "cabinet", "coalition", "alliance",
}  # fmt: skip
# The one head that sets a body apart from its state by itself, with no modifier: "junta" names
# a body holding a state's power by having seized it, so the word alone says it is not the
# state's own government ("the junta said", "Eastland's junta"). It is one word, not a sample of
# a class: of `DESCRIBED_HEADS` no other has that meaning ("regime" and "government" name a
# state's rulers of any kind, "the Eastland regime" is often the state itself, and need a
# modifier that sets them apart, `_sets_apart`), and the project has no lexicon of such bodies
# (`discourse_words`, `actor_bodies` list none); words for the people who seized power
# ("putschists", "coup leaders") head no body's description.
SET_APART_WORD = "junta"
# "a Northland-led coalition": a body one names as leading or backing it is the one such body
# of the story, though the article is indefinite.
_LED = {"led", "backed"}
# Modifiers that do not tell one body from another ("the new government", "the federal
# government" is the state's own), so the description stays its state's.
_PLAIN = {
    "new", "current", "former", "previous", "present", "next", "whole", "entire", "same",
    "other", "local", "central", "federal", "national", "own", "respective", "then", "incoming",
    "outgoing", "country", "state", "coalition", "host", "two", "both", "ruling", "latest",
    "future", "last", "first", "successive", "various", "some", "many", "foreign", "western",
}  # fmt: skip
# Nouns whose owner after "of" takes part through them ("representatives of the junta").
_PART_NOUNS = {
    "representative", "representatives", "spokesman", "spokeswoman", "spokesperson", "leader",
    "leaders", "head", "chief", "delegation", "delegations", "envoy", "envoys", "members",
    "officials", "forces", "troops", "delegates", "negotiators", "side",
}  # fmt: skip
# Prepositions whose object takes part in what the clause says ("talks with X", "between X
# and Y", "ousted by X", "a call to X").
_PARTY_PREPS = {"with", "between", "by", "against", "to", "from"}


def add_described_bodies(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """Each body described apart from its state where it takes part (module docstring)."""
    found: dict[str, str] = {}
    made: set[str] = set()  # the bodies this pass added (`found` holds named ones too)
    heads: dict[str, set[str]] = {}  # head word -> keys of the bodies it heads
    text = article.text
    for tok in with_pos_lower(doc, "NOUN", DESCRIBED_HEADS):
        head = tok.lower_
        if head not in DESCRIBED_HEADS or not tok.is_lower:
            continue
        span = _description(tok)
        if span is None or not _takes_part(tok):
            continue
        first, last = span
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        if index.overlaps(tok.idx, tok.idx + len(tok)) or in_noise(article, start, end):
            continue
        if _names_body(text, index, start, tok.idx):
            continue  # "the radical Northland Liberation movement": the name's body
        name = text[start:end]
        owner = state_within(doc, first, last, gz)
        if head == SET_APART_WORD:
            key = _set_apart_key(index, found, head, owner)
        else:
            key = f"described:{_key(doc, first, tok.i)}"
        if key not in found and head == "government" and owner is None:
            named = _one_government(text, index, set(found.values()))
            if named is not None:
                found[key] = named
        _add(text, index, found, (key, name), owner, (start, end), article, made)
        heads.setdefault(head, set()).add(key)
    for key, actor in found.items():
        words = key.split(":", 1)[1].partition("@")[0]
        if words != SET_APART_WORD or len(_named_bodies(index, words)) == 1:
            _repeat(doc, index, words, actor)  # (two states' juntas: whose is a bare one?)
    governments = [found[k] for k in heads.get("government", set())]
    for state in {index.by_id(a).country for a in governments} - {None}:
        mine = [a for a in governments if index.by_id(a).country == state]
        if len(mine) == 1:
            _take_state_words(text, index, state, mine[0])  # type: ignore[arg-type]
    for head, keys in heads.items():
        if len(keys) == 1 and (head != SET_APART_WORD or len(_named_bodies(index, head)) == 1):
            _bare(doc, index, head, found[next(iter(keys))])


def _set_apart_key(index: ActorIndex, found: dict[str, str], head: str, state: Entry | None) -> str:
    """The key of a body set apart by its head alone: one for each state that owns one ("Mali's
    junta" and "Niger's junta" are two), and a bare "the junta" is the one such body the story
    named, or one the model named ("the Eastland Military Junta")."""
    key = f"described:{head}@{state.id}" if state else f"described:{head}"
    owned = [k for k in found if k.startswith(f"described:{head}@")]
    if state is None and len(owned) == 1:
        return owned[0]
    if key not in found:
        named = _named_bodies(index, head, state)
        if len(named) == 1:
            found[key] = named[0]
    return key


def _named_bodies(index: ActorIndex, head: str, state: Entry | None = None) -> list[str]:
    """The bodies another pass named with `head` ("Eastland's junta", "the Supreme Military
    Junta of Eastland"), those of `state` where one is given: "the junta" after one such body
    is that body. A junta is a state's military holding power, so the one body the story
    names as a military ("Eastland's military", "the Transitional Military Council") is the
    junta its description speaks of, when none is named with the word itself."""
    mine = [
        a
        for a in index.actors
        if a.type == "Organization"
        and (
            state is None
            or (a.country and index.by_id(a.country).name == state.name)
            or _starts_with_words(a.name, state.name)
        )
    ]
    named = [a.id for a in mine if head in a.name.lower().split()]
    if named or head != SET_APART_WORD:
        return named
    return [a.id for a in mine if _MILITARY in _words(a.name)]


_MILITARY = "military"


def _starts_with_words(name: str, state: str) -> bool:
    """Whether `name` opens with the state's name as whole words ("Niger's junta" with
    Niger), not with its letters only ("Nigerian military", "Guinea-Bissau military")."""
    head = _words(state)
    return _words(name)[: len(head)] == head


def _words(name: str) -> list[str]:
    """A name's words in lower case, without a possessive ending ("Eastland’s military")."""
    return [re.sub(r"['’]s$", "", w) for w in name.lower().split()]


def _one_government(text: str, index: ActorIndex, described: set[str]) -> str | None:
    """The one government the story names besides its described ones, if it names one: a body
    whose name is a government's ("the Government of National Accord", "the Kurdistan Regional
    Government"), or a state whose government the text writes in plain words ("the Eastlandish
    government", "the government"). A description with no state of its own ("the
    internationally recognised government", "the transitional government") then speaks of that
    government: the words set it apart from no other the story has, and a second actor for it
    would count one party twice. Two such governments (rival ones, a state and a body) leave
    the description a body of its own, as before."""
    bodies = {
        a.id
        for a in index.actors
        if a.type == "Organization" and a.id not in described and "government" in _words(a.name)
    }
    states = {
        m.actor
        for m in index.mentions
        if index.by_id(m.actor).type == "Country"
        and _GOVERNMENT_OF_STATE.fullmatch(text[m.start : m.end])
    }
    # (A body named as a state's government, "the Government of Eastland" beside "the
    # Eastlandish government", is that state's one government, not a second.)
    names = {index.by_id(x).name for x in states}
    bodies = {
        x
        for x in bodies
        if index.by_id(x).country not in states
        and not any(_of_state(index.by_id(x).name, n) for n in names)
    }
    ones = bodies | states
    return next(iter(ones)) if len(ones) == 1 else None


def _of_state(name: str, state: str) -> bool:
    """Whether a body's name ends with "of {state}" or "of the {state}" in whole words ("the
    Government of Sudan"), which "the Transitional Government of South Sudan" does not."""
    words, tail = _words(name), _words(state)
    if len(words) <= len(tail) or words[-len(tail) :] != tail:
        return False
    rest = words[: -len(tail)]
    return rest[-1] == "of" or rest[-2:] == ["of", "the"]


def _add(
    text: str,
    index: ActorIndex,
    found: dict[str, str],
    body: tuple[str, str],
    state: Entry | None,
    where: tuple[int, int],
    article: Article,
    mine: set[str],
) -> None:
    """The body of `key` (added once, named at its fullest) and a mention of it. The state is
    its state only where the story has it as an actor already: a state named only inside the
    description is no party of the story. A state named in the possessive ("Ruritania's
    exiled government") is named, not a modifier. A body set apart by its head alone with no
    state ("the junta") is no one body across stories: its key holds the article's."""
    (key, name), (start, end) = body, where
    scope = f"-{article.key[:8]}" if key.split(":", 1)[1] == SET_APART_WORD else ""
    if key not in found:
        country = next(
            (a.id for a in index.actors if state and a.type == "Country" and a.name == state.name),
            None,
        )
        made = index.new(
            name,
            "Organization",
            f"organization/{slug(name)}{scope}",
            org_kind="GovernmentBody",
            country=country,
        )
        if made is None:
            return
        found[key] = made.id
        index.acting.add(made.id)
        mine.add(made.id)
    actor = index.by_id(found[key])
    if len(name) > len(actor.name) and actor.id in mine:
        # (Only a body this pass made takes the description's words as its name: a body the
        # story named, which the description turned out to speak of, keeps its name.)
        index.rename(actor, name, f"organization/{slug(name)}{scope}")
    for mm in index.mentions:
        if start <= mm.start and mm.end <= end and mm.actor != actor.id:
            owner = text[mm.end : mm.end + 2] in ("'s", "’s")
            mm.nested = mm.nested or not owner
    index.mentions.append(Mention(start, end, found[key]))


def _names_body(text: str, index: ActorIndex, start: int, end: int) -> bool:
    """Whether a body's name stands before the head, not as an owner ("X's"):
    the description is then that name's body, which has its actor already."""
    return any(
        start <= m.start
        and m.end <= end
        and index.by_id(m.actor).type in ("Organization", "Delegation")
        and text[m.end : m.end + 2] not in ("'s", "’s")
        for m in index.mentions
    )


def _description(tok: Token) -> tuple[int, int] | None:
    """The token range of the description, without its determiner, when a modifier in lower
    case sets the body apart ("internationally recognised", "self-declared", "military"); a
    place or person after "in"/"of" ends it ("in Eastport", "in the east", "of Jane Roe")."""
    doc = tok.doc
    det = [c for c in tok.lefts if c.dep_ in ("det", "poss")]
    if det and det[0].dep_ == "det" and det[0].lower_ != "the" and not _led_by_name(tok):
        return None  # "a military government", "its exiled government": none named
    if not det and tok.dep_ == "conj":
        det = [c for c in tok.head.lefts if c.dep_ == "det" and c.lower_ == "the"]
    if not det and not _headline(tok):
        return None
    if det and det[0].dep_ == "poss" and det[0].pos_ not in ("PROPN",):
        return None  # "their transitional government": whose is resolved elsewhere
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    if tok.lower_ != SET_APART_WORD and not any(_sets_apart(m) for m in mods):
        return None
    lefts = mods + [d for d in det if d.dep_ == "poss"]
    first = min([c.left_edge.i for c in lefts] + [tok.i])
    while first < tok.i and doc[first].dep_ in ("det", "predet", "case", "punct"):
        first += 1
    if any(t.is_punct and t.text not in ("-",) for t in doc[first : tok.i]):
        return None
    last = tok.i
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        if obj is not None and prep.i == tok.i + 1 and _place_or_name(obj):
            last = obj.i
            while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                last += 1
    return first, last


def _led_by_name(tok: Token) -> bool:
    """ "a Northland-led coalition", "an Eastland-backed alliance": a name, a hyphen and "led"
    or "backed" before the head."""
    doc = tok.doc
    return any(
        doc[i].lower_ in _LED and doc[i - 1].text == "-" and doc[i - 2].pos_ == "PROPN"
        for i in range(max(tok.left_edge.i + 2, 2), tok.i)
    )


def _headline(tok: Token) -> bool:
    """A headline drops the article: "Military junta agrees ..." at a sentence's start."""
    first = tok.left_edge
    return first.i == tok.sent.start


def _sets_apart(mod: Token) -> bool:
    """A lower-case modifier that is no state's adjective and no plain word (`_PLAIN`); its
    own modifiers count ("internationally recognised")."""
    words = [t for t in mod.subtree if t.is_alpha]
    return any(t.is_lower for t in words) and not all(
        t.lower_ in _PLAIN or not t.is_lower for t in words
    )


def _place_or_name(obj: Token) -> bool:
    """ "in the east", "in Eastport", "of Jane Roe": a compass word or a name."""
    if obj.lower_ in ("east", "west", "north", "south", "capital"):
        return True
    return obj.ent_type_ in ("GPE", "LOC", "PERSON") or (obj.pos_ == "PROPN" and obj.is_title)


def _takes_part(tok: Token) -> bool:
    """Whether the body stands in an actor's place: a clause's subject or object, an owner, a
    party after "with", "between", "by" ..., the owner of its representatives; a conjunct
    stands where its first conjunct does."""
    while tok.dep_ == "conj":
        tok = tok.head
    dep = tok.dep_
    # (Not an object: "ousted the civilian government", "to topple the exiled government"
    # name a body the story tells of, not one that takes part in it.)
    if dep in ("nsubj", "nsubjpass", "poss", "agent", "appos"):
        return dep != "appos" or _takes_part(tok.head)
    if dep != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in _PARTY_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in _PART_NOUNS


def _key(doc: Doc, first: int, head: int) -> str:
    """The description's words up to its head, lower case, without a possessive owner."""
    words = [t.lower_ for t in doc[first : head + 1] if t.dep_ != "case" and t.pos_ != "PROPN"]
    return " ".join(words)


def _repeat(doc: Doc, index: ActorIndex, words: str, actor: str) -> None:
    """Every other use of the description's words is the same body, except where they only
    modify a noun ("junta leader Jane Roe", "junta-appointed"): that names someone else."""
    text = doc_text(doc)
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words.split())) + r"\b", re.I)
    for m in pattern.finditer(text):
        if index.overlaps(m.start(), m.end()) or _modifies_a_noun(doc, m.start(), m.end()):
            continue
        index.mentions.append(Mention(m.start(), m.end(), actor))


def _modifies_a_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at start..end only modify the noun after them."""
    if doc_text(doc)[end : end + 1] == "-":
        return True
    span = doc.char_span(start, end)
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod")


def _take_state_words(text: str, index: ActorIndex, state: str, body: str) -> None:
    """ "the Ruritanian government", "the government": the state's government in plain words
    is the one government the text set apart for that state ("Ruritania's transitional
    government"), not the state beside it."""
    for m in index.mentions:
        if m.actor == state and _PLAIN_GOVERNMENT.fullmatch(text[m.start : m.end]):
            m.actor = body


# A government in plain words: "the government", "Ruritanian government", "Ruritania's government".
_PLAIN_GOVERNMENT = re.compile(r"(?:[Tt]he )?(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)* )?government")
# A state's government by its plain words or its title ("the Government of Ruritania").
_GOVERNMENT_OF_STATE = re.compile(
    _PLAIN_GOVERNMENT.pattern
    + r"|(?:[Tt]he )?[Gg]overnment of (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*"
)


def _bare(doc: Doc, index: ActorIndex, head: str, actor: str) -> None:
    """ "the junta" after "the military junta": the one body with that head."""
    first = min(m.start for m in index.mentions if m.actor == actor)
    for tok in with_pos_lower(doc, "NOUN", (head,)):
        if tok.lower_ != head or tok.idx <= first:
            continue
        det = tok.i - 1
        if det < 0 or doc[det].lower_ != "the" or index.overlaps(doc[det].idx, tok.idx + len(tok)):
            continue
        index.mentions.append(Mention(doc[det].idx + 4, tok.idx + len(tok), actor))
