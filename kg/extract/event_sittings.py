"""Gatherings told by their name or as the sitting of a body: "the 2019 Lisbon Conference on
Fisheries", "the Regional Trade Forum in Tartu", "the session of the joint commission", "their
last ministerial session", "the regular sitting of the Security Council".

The guidelines count a gathering as a `meeting` when the text tells it as an occurrence, even
in passing and with no party named ("the first meeting of the Northern Rivers Council in
Oslo"). A gathering noun alone is often no occurrence: a conference is also a briefing ("told
a press conference"), a forum a standing body or a place of debate ("regional forums", "the
Pacific Islands Forum"), a session a spell of work ("a Q&A session", "a training session").
So a noun counts here only when its phrase singles one gathering out: a proper name with a year
or an order word ("the 2020 Berlin Conference"), a gathering held, attended or hosted ("will
hold the Investment Forum"), or a session or sitting of a named body or of ministers.

Input: the head token of a gathering noun (`event_triggers`). Output: whether it names one
occurrence (`event_senses` asks).
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a gathering by its name: "the ... Conference", "the ... Forum".
NAMED_NOUNS = frozenset({"conference", "forum"})
# Event words of the lexicon that may carry a gathering's name ("the Peace Summit").
TITLED_NOUNS = frozenset({"summit", "meeting"})
# Nouns of a body's sitting: "the session of the Council", "the regular sitting".
SITTING_NOUNS = frozenset({"session", "sitting"})
# Modifiers that make a sitting a spell of work or of speaking, not a gathering of parties.
NOT_SITTINGS = frozenset(
    """q&a question questions training photo practice study working press news video
    briefing negotiating negotiation legislative parliamentary court""".split()
)
# Modifiers that say who sits: ministers, heads, the whole body ("a ministerial session").
SITTING_MODIFIERS = frozenset({"ministerial", "plenary", "joint", "extraordinary", "summit"})
# Words of a body whose sitting is a gathering of its members ("the Foreign Ministers' Council").
BODY_WORDS = frozenset({"council", "commission", "committee", "assembly", "group", "board"})
# Order words that single one gathering of a series out ("the next forum", "the first session").
ORDER_WORDS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth last next upcoming
    previous latest""".split()
)
# Prepositions under which a clause's act takes place at a gathering.
# (Not "at": "said at the General Assembly" is where a statement was made, not an encounter.)
AT_PREPS = frozenset({"during", "ahead", "before", "after", "following"})
# Offices held for a body's session: "the chairman of the current session" is a term of office.
TERM_NOUNS = frozenset({"chairman", "chair", "chairperson", "president", "presidency"})
# What a gathering does or has done to it when it is an occurrence.
HOLDING_VERBS = frozenset(
    """hold host attend open convene organise organize chair close take begin start end
    conclude emerge participate""".split()
)
# ... and what is done to one arranged ahead ("the forum scheduled for May").
SCHEDULED = HOLDING_VERBS | {"schedule"}
DATE_ENTS = frozenset({"DATE"})


def sitting_told(tok: Token) -> bool:
    """`tok`, a conference, forum, session or sitting noun, names one gathering."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "poss"):
        return False
    kids = list(tok.children)
    if any(c.lower_ in NOT_SITTINGS for c in kids if c.dep_ in ("compound", "amod", "nmod")):
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids) and lemma in NAMED_NOUNS:
        return False  # "during his conference": one person's briefing
    if tok.tag_ in ("NNS", "NNPS") and lemma in NAMED_NOUNS:
        return False  # "regional forums", "international conferences": a kind, none singled out
    if lemma in SITTING_NOUNS:
        return _of_a_body(tok, kids) and not _term(tok)
    if lemma not in NAMED_NOUNS:
        return False
    return _named(tok, kids) and (_ordered(kids) or _held(tok) or _attended_at(tok))


def _named(tok: Token, kids: list[Token]) -> bool:
    """A proper name: the noun capitalised after a capitalised word of its own phrase
    ("Berlin Conference", "Investment Forum"), not the first word of a sentence."""
    if tok.is_sent_start or not tok.text[:1].isupper():
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() and c.i < tok.i
        for c in kids
    )


def _ordered(kids: list[Token]) -> bool:
    """A year, a date or an order word singles one out ("the 2020 Berlin Conference")."""
    for c in kids:
        if c.dep_ in ("nummod", "compound", "amod", "npadvmod") and (
            c.ent_type_ in DATE_ENTS or c.lower_ in ORDER_WORDS or _year(c)
        ):
            return True
    return False


def _year(tok: Token) -> bool:
    """A number that reads as a year (the tagger may take "the 2020 ... Conference" for a
    name's part)."""
    return tok.is_digit and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _held(tok: Token) -> bool:
    """Held, hosted or attended: the noun a holding verb's object or subject, or a participle
    of holding after it ("the Forum to be held in Tartu", "the results of the Conference")."""
    node = tok.head if tok.dep_ == "appos" else tok
    verb = node.head
    if node.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.lemma_.lower() in HOLDING_VERBS:
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SCHEDULED for c in node.children)


def _attended_at(tok: Token) -> bool:
    """`at the Oslo Forum`, `on the sidelines of the Munich Conference`, `the results of the
    Tashkent Conference`: a clause's act done at the gathering or coming out of it."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in AT_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in (
        "sideline", "sidelines", "margin", "margins", "result", "outcome", "opening", "eve"
    )  # fmt: skip


def _term(tok: Token) -> bool:
    """`the chairman of the current session of the union`: the session is a term of office."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in TERM_NOUNS


def _of_a_body(tok: Token, kids: list[Token]) -> bool:
    """`the session of the Joint Water Commission`, `the sitting of the Security
    Council`, `their last ministerial session`: a body or its ministers sit together."""
    if any(c.dep_ == "amod" and c.lower_ in SITTING_MODIFIERS for c in kids):
        return True
    for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (x for x in prep.children if x.dep_ == "pobj"):
            if obj.ent_type_ == "ORG" or obj.lemma_.lower() in BODY_WORDS:
                return True
    return False


def sitting_name(tok: Token) -> str | None:
    """The name that tells one gathering from another (lower case): the noun with the
    capitalised words before it ("berlin conference"), or the body whose sitting it is
    ("session of the intergovernmental commission"); None for a noun this module does not
    read."""
    lemma = tok.lemma_.lower()
    if lemma in TITLED_NOUNS:
        # "the Danube Summit", "the Nordic Foreign Ministers' Meeting": event words of the
        # lexicon, named when capitalised with a name of their own
        if tok.pos_ not in ("NOUN", "PROPN") or not _named(tok, list(tok.children)):
            return None
    elif not sitting_told(tok):
        return None
    words = [
        c.lower_
        for c in tok.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and c.text[:1].isupper()
    ]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (x for x in prep.children if x.dep_ == "pobj"):
            words += [x.lower_ for x in obj.subtree if x.text[:1].isupper() or x.i == obj.i]
    return " ".join([*words, lemma])
