"""Word sense of an event word: whether a trigger of the lexicon is used in its event sense.

The trigger lexicon (`event_triggers`) matches word forms; many of them have a second, common
sense that names no occurrence: "he talks about it" (a verb of speaking), "the move was met
with fury" (a reaction), "Trump attacked Biden for ..." (criticism), "the envoy for Ukraine
negotiations" (a post, not a round), "visiting the wounded in hospital" (no party met). Each
test reads the word's own dependency neighbourhood, not the article. The senses of attack words
are `attack_senses`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.act_lexicon import verb_lemma
from kg.extract.attack_senses import PLACE_ENTS, attack_sense
from kg.extract.event_guests import (
    RECEIVED_NOUNS,
    meets_a_standard,
    sat_with_guest,
    shared_briefing,
    welcomed_guest,
)
from kg.extract.event_occasions import OCCASIONS, family, occasion_held
from kg.extract.event_places import left_or_returned
from kg.extract.event_signing import signs_a_text
from kg.extract.event_sittings import sitting_told
from kg.model import EventKind

# A `for`/`on` phrase under one of these names the brief of a post, not an occurrence: "the
# special envoy for Ukraine negotiations", "the chief negotiator on the talks".
ROLE_NOUNS = {
    "envoy",
    "envoys",
    "representative",
    "representatives",
    "negotiator",
    "negotiators",
    "coordinator",
    "adviser",
    "advisor",
    "advisers",
    "advisors",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ministry",
    "department",
    "office",
    "commission",
    "committee",
}


def event_sense(head: Token, kind: EventKind) -> bool:
    """The trigger word at `head` names an occurrence of `kind` (False for its other senses)."""
    if _role_brief(head) or _tally(head):
        return False
    if kind == "negotiation_round" and _verb_of_speaking(head):
        return False
    if kind == "negotiation_round" and head.lower_ in ("negotiating", "negotiated"):
        return _negotiating(head)
    if kind == "meeting" and (
        _met_with_reaction(head)
        or _visit_without_party(head)
        or _visit_of_arrival(head)
        or meets_a_standard(head)
    ):
        return False
    if kind == "phone_call" and head.lower_ in PHONE_FORMS:
        return _phone_party(head)
    if kind == "meeting" and head.lower_ in ("speak", "talk"):
        return _arranged_talk(head)
    if kind == "meeting" and head.lower_.startswith("recei") and head.pos_ == "VERB":
        return _received_party(head)
    if kind == "meeting" and head.lemma_.lower() in GATHERING_NOUNS:
        return _gathering_held(head) or sitting_told(head)
    if kind == "meeting" and head.lemma_.lower() in SITTING_WORDS:
        return sitting_told(head)
    if kind == "meeting" and head.lemma_.lower() == "host":
        return (
            head.pos_ == "VERB"
            and _hosted_party(head)
            and not hosted_gathering(head, HOSTED_EVENTS, deep=False)
        )
    if kind == "meeting" and head.lemma_.lower() == "convene" and head.lower_ != "convened":
        return head.pos_ == "VERB"  # "the ministers convene in Moscow" (not "a convening")
    if kind == "meeting" and head.lower_.startswith(("welcom", "greet")):
        return welcomed_guest(head)
    if kind == "meeting" and head.lemma_.lower() == "sit":
        return sat_with_guest(head)
    if kind == "other" and (head.lemma_.lower() in OCCASIONS or family(head) is not None):
        return occasion_held(head)  # (a verb, "to rally support", names none)
    if kind == "other" and head.lower_ in ("left", "returned"):
        return left_or_returned(head)
    if kind == "other" and head.lower_.startswith("vot"):
        return _body_voted(head)
    if kind == "attack":
        return attack_sense(head)
    if kind == "agreement_signing" and head.pos_ == "VERB" and head.lower_.startswith("sign"):
        return signs_a_text(head)
    return True


def _negotiating(tok: Token) -> bool:
    """`the two delegations have been negotiating in Jeddah`, `X negotiated with Y`: parties
    negotiate. A participle that only describes ("the negotiated settlement") is no session."""
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound"):
        return False
    return any(c.dep_ == "nsubj" for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
    )


def _received_party(tok: Token) -> bool:
    """`Putin received the Iranian foreign minister`: a host receives a person or delegation;
    what else is received (a letter, support, a call) is no meeting."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return _received_by_host(tok) or _received_and_met(tok)
    # Any object: the parser may cut a title and its name into several ("hosted and received
    # the Vice-Chair of the Senate, Gen. X": "Vice", "Chair" and "X" each an object).
    return any(o.ent_type_ == "PERSON" or o.lower_ in GUEST_NOUNS for o in objects)


# A guest by an office beside `RECEIVED_NOUNS`: rulers received by title ("the emir was received
# by ...").
GUEST_NOUNS = RECEIVED_NOUNS | {"emir", "prince", "sultan", "sheikh", "chairman", "governor"}
# Verbs of the encounter a reception leads to: "received and conferred with X".
CONFERRING_VERBS = {"confer", "meet", "talk", "hold"}


def _received_and_met(tok: Token) -> bool:
    """`X received and conferred with Ambassador Y`: the reception shares its guest with the
    verb of meeting joined to it."""
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() in CONFERRING_VERBS
        and any(
            p.dep_ == "prep"
            and p.lower_ == "with"
            and any(_person_or_party(o) for o in p.children if o.dep_ == "pobj")
            for p in c.children
        )
        for c in tok.children
    )


# Pronouns that stand for a guest or a host ("he was received by ..."), not for a thing.
PERSONAL_PRONOUNS = {"he", "she", "they", "we"}


def _received_by_host(tok: Token) -> bool:
    """`He was received by the president at the airport`: in the passive, the guest is the
    subject and the host the agent, both people or parties; "the letter was received by the
    ministry" is no meeting."""
    guests = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not guests and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
        # "X arrived on Monday and was received by Y": the guest is the subject of the verb
        # the passive is joined to.
        guests = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # (a dateline the parse made the subject, the guest in apposition to it)
        guests += [a for g in guests for a in g.children if a.dep_ == "appos"]
    hosts = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(hosts) and any(map(_person_or_party, guests)) and _person_or_party(hosts[0])


def _person_or_party(tok: Token) -> bool:
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in GUEST_NOUNS
        or (tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS)
    )


def _role_brief(tok: Token) -> bool:
    """`the special envoy for Ukraine negotiations`: the talks are the brief of a post."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in ("for", "on")
        and prep.head.lower_ in ROLE_NOUNS
        and not any(c.dep_ == "det" for c in tok.children)  # "the envoy for the talks" tells
    )


def _verb_of_speaking(tok: Token) -> bool:
    """`he talks about it`, `Wikinews talks to X`: the verb "talks", not the noun."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lower_ == "talks"
        and tok.pos_ == "VERB"
        and nxt is not None
        and nxt.lower_ in ("about", "to", "with", "of")
    )


# The auxiliaries that put a verb ahead as arranged ("will speak", "shall talk"); "could"
# or "may" are possibilities, which the guidelines leave to statements.
ARRANGED_AUX = {"will", "shall", "'ll"}


def _arranged_talk(tok: Token) -> bool:
    """`I will speak again with the leaders`: a verb of speaking in the future with a party
    ("with") tells of an encounter arranged ahead; "speak with one voice" or a bare "to speak"
    (a wish) is none."""
    if tok.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ARRANGED_AUX for c in tok.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(o.dep_ == "pobj" and o.lower_ not in ("voice", "respect") for o in c.children)
        for c in tok.children
    )


# The forms of speaking by phone read by their parties ("spoke", "talked" are calls by the
# lexicon alone).
PHONE_FORMS = {"speak", "speaks", "speaking", "spoken", "talk", "talking"}


def _phone_party(tok: Token) -> bool:
    """`will speak by phone with Ali`, `Ode and Ali are to speak by phone`: a call has a party
    on the line ("with"/"to") or two callers; "speaking by phone, the official said" has
    neither."""
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("with", "to")
        and any(o.dep_ == "pobj" for o in c.children)
        for c in tok.children
    ):
        return True
    verb = tok
    while verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        verb = verb.head  # "are scheduled to speak": the subject is the governing verb's
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (
        any(c.dep_ == "conj" for c in subj.subtree) or subj.lower_ in ("they", "we", "both")
    )


def _met_with_reaction(tok: Token) -> bool:
    """`the move was met with fury`, `he was met with applause`: a passive "met" is a reaction
    received, not a meeting held."""
    return tok.lower_ == "met" and any(c.dep_ == "auxpass" for c in tok.children)


def _visit_without_party(tok: Token) -> bool:
    """`visiting the wounded in hospital`, `visited the hospital`: a verbal visit whose object is
    neither a named party nor a place that stands for one is no diplomatic encounter."""
    if tok.pos_ != "VERB" or not tok.lower_.startswith("visit"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        # "everywhere he visits.": a verb with nothing after it names no place or party
        # visited, and tells a habit more often than a trip.
        after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return after is None or after.is_punct
    obj = objects[0]
    return obj.ent_type_ not in PLACE_ENTS | {"PERSON", "ORG"} and obj.pos_ != "PROPN"


# Forms of arriving by which a visit is told as the traveller's arrival ("arrived on a visit").
ARRIVING = {"arrive", "arrives", "arrived", "arriving", "arrival", "land", "landed", "lands"}


def _visit_of_arrival(tok: Token) -> bool:
    """`arrived in Rome on a two-day official visit`, `his arrival for a state visit`: the
    visit is what the arrival is for, told as one occurrence, which the guidelines count as
    the arrival (`other`); the meetings of the visit are told by their own words."""
    if tok.lower_ not in ("visit", "visits") or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in ("on", "for") and prep.head.lower_ in ARRIVING


# Gathering nouns read only by `event_sittings` (a forum, a body's session or sitting).
SITTING_WORDS = {"forum", "session", "sitting"}
# Nouns that name a gathering only when the text tells it happened, was attended or opened.
GATHERING_NOUNS = {
    "conference",
    "ceremony",
    "assembly",
    "gathering",
    "reception",
}
# What a gathering does or has done to it when it is an occurrence: it takes place, is held,
# opens; one attends, hosts, holds, opens or addresses it.
HELD_VERBS = {
    "take",
    "hold",
    "open",
    "begin",
    "start",
    "convene",
    "conclude",
    "close",
    "end",
    "gather",
    "meet",
}
ATTENDING_VERBS = {
    "attend",
    "host",
    "hold",
    "open",
    "convene",
    "organise",
    "organize",
    "chair",
    "address",
    "close",
    "travel",
}
# "the opening of the summit", "on the sidelines of the assembly": a moment of the gathering.
MOMENT_NOUNS = {"opening", "closing", "sideline", "sidelines", "margin", "margins", "eve"}
# Occasions of speaking, not encounters between parties (the statement stage reads them).
# (A signing ceremony is the signing's: the signing lexicon reads it.)
NOT_GATHERINGS = {"press", "news", "video", "phone", "telephone", "media", "signing"}


def _gathering_held(tok: Token) -> bool:
    """`the General Assembly, which took place this week`, `during the opening ceremony`,
    `attended a conference in Munich`: a gathering noun told as held, attended or opened; not
    a body acting ("the Assembly voted") nor a briefing ("a press conference")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod"):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in NOT_GATHERINGS for c in tok.children):
        return shared_briefing(tok)  # "a joint news conference": held together, an encounter
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return False  # "during his conference": one person's briefing
    # "the United Nations (UN) General Assembly which took place": the name in apposition
    # plays its head's part in the clause.
    node = tok.head if tok.dep_ == "appos" else tok
    verb = node.head
    if node.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in HELD_VERBS:
        return True
    if any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HELD_VERBS
        for n in {tok, node}
        for c in n.children
    ):
        return True  # "the assembly, which took place", "the ceremony held in Ankara"
    if node.dep_ == "dobj" and verb.lemma_.lower() in ATTENDING_VERBS:
        return True
    if node.dep_ == "pobj":
        prep = verb
        if prep.lower_ in ("during", "for") and prep.head.pos_ == "VERB":
            return True  # "during the opening ceremony", "travelled to New York for the assembly"
        if prep.lower_ == "of" and prep.head.lemma_.lower() in MOMENT_NOUNS:
            return True
    return False


# What a host receives when hosting is an encounter: people, parties, or a gathering.
HOSTED_NOUNS = RECEIVED_NOUNS | {
    "talks",
    "negotiations",
    "summit",
    "meeting",
    "meetings",
    "round",
    "conference",
    "ceremony",
    "visit",
    "visitors",
    "guests",
    "counterpart",
    "delegates",
    "ministerial",
}
PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP"}


# Gathering nouns that are event words of their own: "hosting these talks" is the talks.
HOSTED_EVENTS = {"talks", "negotiations", "summit", "meeting", "meetings", "round", "conference"}


# Verbs whose doer receives others: guests ("hosted the president") or a gathering told by its
# own word ("hosted the talks", "the round chaired by the envoy").
HOSTING_VERBS = {"host", "chair"}


def hosting_verb(tok: Token) -> str | None:
    """ "host" or "chair" for any inflection of a hosting verb, else None."""
    if tok.pos_ != "VERB":
        return None
    lemma = verb_lemma(tok, HOSTING_VERBS)
    return lemma if lemma in HOSTING_VERBS else None


def hosted_gathering(verb: Token, words: set[str], deep: bool = True) -> bool:
    """Whether what a hosting verb receives is a gathering told by one of `words` ("China
    hosted these recent talks", "the talks hosted by X", "a round of talks"), not guests: the
    host is then that gathering's host, not the party of a second encounter (`event_senses`),
    and a third party between its sides (`event_thirds`). `deep` reads the object's whole
    phrase ("a round of talks"), else the object's own word; an "acl" verb hosts its head."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "acl" and deep:
        objs.append(verb.head)
    return any(t.lower_ in words for o in objs for t in (o.subtree if deep else (o,)))


def _hosted_party(tok: Token) -> bool:
    """`Qatar hosted the talks`, `Erdogan hosted Putin`, `the summit, hosted by Qatar`: a host
    receives parties or a gathering; "hosted a show", "hosted a panel" is no encounter."""
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.lower_ in HOSTED_NOUNS or tok.head.ent_type_ == "EVENT"
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return True  # "the country that hosted": the clause's parties decide
    obj = objects[0]
    return obj.ent_type_ in PARTY_ENTS or obj.lower_ in HOSTED_NOUNS or obj.pos_ == "PROPN"


QUANTIFIERS = {"all", "most", "many", "some", "several", "both", "few", "dozens", "each"}


def _tally(tok: Token) -> bool:
    """`54 nations have signed onto the AfCFTA`, `all but one of the member states have signed
    on to the agreement`: a present perfect with a counted subject sums up occurrences (who
    has done it so far), none of which it tells as one."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ in QUANTIFIERS or any(
        c.dep_ in ("nummod", "det", "amod", "quantmod") and (c.like_num or c.lower_ in QUANTIFIERS)
        for c in subj.children
    )


# Bodies whose vote is an act of state (the guidelines' `other`), not voters at an election.
VOTING_BODIES = {
    "parliament",
    "council",
    "assembly",
    "senate",
    "house",
    "congress",
    "cabinet",
    "committee",
    "lawmakers",
    "legislators",
    "mps",
    "deputies",
    "members",
    "government",
    "legislature",
    "board",
}


def _body_voted(tok: Token) -> bool:
    """`the Parliament of Iraq voted on a resolution`: a body votes; "voters voted for" or a
    candidate's votes are an election's, not an act between parties. "The vote" points back
    to one told."""
    if tok.pos_ == "NOUN":
        return True  # "the vote, which is not binding": the one told (coreference decides)
    if tok.pos_ != "VERB":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ in VOTING_BODIES or subj.lemma_.lower() in VOTING_BODIES
