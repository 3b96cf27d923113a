"""Words the discourse stage reads as standing for actors: pronouns, titles, body words,
texts, sides (English news copy); and the few facts of syntax it reads them by (subjects,
main clauses, definite descriptions)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.roles import OFFICE_TITLES
from kg.model import Actor

# One office by two names: the short name a description uses and the title it stands for
# ("the premier" is the one the article titles prime minister; "the envoy" the one it titles
# special representative, not any "Representative Jane Roe", a member of a house).
OFFICE_NAMES = {"premier": "prime minister", "envoy": "special representative"}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "themselves"}
# Words before or in a name or title that tell a person's gender.
MALE_TITLES = {"mr", "sir", "king", "prince", "emir", "sheikh", "spokesman", "chairman", "lord"}
FEMALE_TITLES = {
    "mrs",
    "ms",
    "miss",
    "madam",
    "madame",
    "queen",
    "princess",
    "spokeswoman",
    "chairwoman",
    "lady",
    "dame",
}
# Nouns that describe a person by office or function ("the envoy", "the Prime Minister").
PERSON_NOUNS = OFFICE_TITLES | {
    "analyst",
    "attorney",
    "billionaire",
    "broker",
    "businessman",
    "businesswoman",
    "chairperson",  # (the office's neutral word, which the titles leave out: "chairman" is in)
    "congressman",
    "congresswoman",
    "coordinator",
    "economist",
    "facilitator",
    "guarantor",
    "judge",
    "lawmaker",
    "mediator",
    "mogul",
    "politician",
    "pollster",
    "prosecutor",
    "source",
}
# Person nouns that say nothing of the office: any person of the right state will do. ("A
# German government source": someone the story does not name, speaking for Germany.)
GENERIC_PERSON = {
    "official",
    "diplomat",
    "negotiator",
    "representative",
    "politician",
    "lawmaker",
    "source",
}
# People who speak for whom they serve when the story does not name them ("the minister's
# spokesman", "an aide to the senator").
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "source"}
# Descriptions by trade that the article may give without a title ("the businessman").
TRADE_PERSON = {"businessman", "businesswoman", "billionaire", "mogul", "economist", "analyst"}
# Nouns that describe a body by its kind ("the ministry"); the value is what its name holds.
BODY_NOUNS = {
    "ministry": ("ministry", "department", "office"),
    "department": ("department", "ministry"),
    "council": ("council",),
    "committee": ("committee",),
    "commission": ("commission",),
    "government": ("government", "cabinet", "administration"),
    "administration": ("administration", "government"),
    "cabinet": ("cabinet", "government"),
    "office": ("office",),
    "agency": ("agency",),
    "army": ("army", "armed forces", "military", "forces"),
    "military": ("military", "armed forces", "army", "forces"),
    "forces": ("forces", "army", "military"),
    "movement": ("movement",),
    "group": (),
    "organization": ("organization", "organisation"),
    "organisation": ("organization", "organisation"),
    "alliance": ("alliance",),
    "bloc": ("union", "bloc", "community"),
    "union": ("union",),
    "parliament": ("parliament", "assembly"),
    "court": ("court",),
    "kremlin": ("kremlin",),
    "delegation": ("delegation",),
    "team": ("delegation", "team"),
    "campaign": ("campaign",),
    "embassy": ("embassy",),
    "police": ("police",),
}
STATE_BODY_WORDS = ("government", "ministry", "department", "office", "council", "parliament")
# Nouns that stand for a state named before ("the country's foreign minister").
STATE_NOUNS = {"country", "nation", "state", "kingdom", "republic"}
# A text that speaks for whoever issued it ("the statement said").
TEXT_NOUNS = {
    "statement",
    "report",
    "readout",
    "version",  # "the Argentine version of the call said": one side's account of it
    "communique",
    "communiqué",
    "release",
    "letter",
    "declaration",
    "document",
    "note",
    "message",
    "post",
    "tweet",
    "study",
    "survey",
    "announcement",
    "resolution",
    "lawsuit",
    "suit",
    "complaint",
    "petition",
    "memo",
    "memorandum",
    "editorial",
    "indictment",
}
# Verbs whose object is a text their subject issues ("the ministry issued a statement").
ISSUING = {"issue", "release", "publish", "file", "send", "sign", "write", "post", "submit"}
# Nouns standing for a party among others ("the Russian side", "both parties").
SIDE_NOUNS = {"side", "sides", "party", "parties"}
# A group that has its members spoken of ("the members of the Security Council").
MEMBER_NOUNS = {"member", "members", "head", "heads", "chief", "leader", "leaders"}
# Sources that are no actor of the story whoever they mention ("Russian media", "local
# residents", "Western analysts", "a CNN poll"): the press, bystanders, experts and polls.
UNNAMED_SOURCE_NOUNS = {
    "media",
    "press",
    "newspaper",
    "paper",
    "tabloid",
    "magazine",
    "journal",
    "article",
    "outlet",
    "channel",
    "television",
    "broadcaster",
    "reporter",
    "journalist",
    "correspondent",
    "witness",
    "resident",
    "observer",
    "analyst",
    "expert",
    "poll",
    "pollster",
    "supporter",
    "critic",
    "voter",
}

# Verbs (lemmas) whose subject is someone who spoke: a later pronoun may stand for them.
SAYING_LEMMAS = {
    "say",
    "tell",
    "add",
    "state",
    "note",
    "stress",
    "insist",
    "explain",
    "announce",
    "write",
    "warn",
    "urge",
    "emphasize",
    "emphasise",
    "declare",
    "speak",
}
# Titles of a mission rather than an office ("the envoy", "the diplomat").
MISSION_TITLES = {"envoy", "diplomat", "negotiator", "emissary", "mediator"}
# Words of rank before a title ("the top diplomat", "a senior envoy", "its chief negotiator"):
# they qualify the title and name no office of their own.
RANKS = {"top", "chief", "senior", "leading"}


GOVERNMENT_WORDS = ("administration", "government", "white house", "kremlin", "cabinet")


def governs(actor: Actor) -> bool:
    """Whether the actor is a government ("the Obama administration", "the White House")."""
    return actor.type == "Organization" and any(w in actor.name.lower() for w in GOVERNMENT_WORDS)


def subject_possessor(tok: Token) -> bool:
    """Whether a mention owns its clause's subject ("the minister's visit was arranged"): the
    one the clause is about, although the parser makes only the thing owned its subject."""
    return tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS


def is_addressee(tok: Token) -> bool:
    """Whether a mention is of the one spoken to: "speaking to X", "told X"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        return tok.head.head.lemma_.lower() in SAYING_LEMMAS | {"speak", "talk"}
    return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell"


# The last word of a newspaper's name ("the Cyprus Mail", "the Jerusalem Post", "The Irish
# Times"): capitalised, it names the press, whatever place the name begins with.
MASTHEADS = set(
    """Mail Times Post Herald Journal Gazette Tribune Telegraph Guardian Chronicle Inquirer
    Courier Mirror Dispatch Examiner Sentinel Bulletin""".split()
)
# People who are no party to the story, named only by what they are ("experts", "a witness",
# "protesters", "analysts"): sources, but no actors.
BYSTANDER_NOUNS = set(
    """expert analyst observer commentator scholar academic economist scientist researcher
    witness eyewitness resident villager local neighbour neighbor protester protestor
    demonstrator activist associate critic supporter voter pollster""".split()
)


def role_words(tok: Token) -> list[str]:
    """The words of a description that a title must hold: `prime minister`, `envoy`."""
    words = [tok.lower_ if tok.lower_ not in ("officials", "leaders") else tok.lemma_.lower()]
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod"):
            if c.lower_ in ("prime", "foreign", "deputy", "defence", "defense", "vice", "special"):
                words.insert(0, c.lower_)
    if words[-1].endswith("s") and tok.tag_ == "NNS":
        words[-1] = tok.lemma_.lower()
    d = tok.doc  # "the Secretary-General" (Secretary, -, General): one title, not a general's
    if (
        tok.i >= 2
        and d[tok.i - 1].text == "-"
        and not (d[tok.i - 2].whitespace_ or d[tok.i - 1].whitespace_)
    ):
        words[-1] = f"{d[tok.i - 2].lower_}-{words[-1]}"
    return words


SUBJECT_DEPS = ("nsubj", "nsubjpass")
# The prepositions that name whom a spokesperson or aide serves ("a spokeswoman for X", "an
# aide to X", "a source within the ministry").
SERVING = ("for", "to", "of", "at", "within", "in")
# Words with readers of their own: a trade learned from a title is none of these.
OWN_READERS = PERSON_NOUNS | MEMBER_NOUNS | set(BODY_NOUNS) | TEXT_NOUNS | SIDE_NOUNS | STATE_NOUNS


def definite(tok: Token) -> bool:
    """A description with a definite determiner or a possessor ("the envoy", "his aide")."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "any")
        for c in tok.children
    )


def after_according(tok: Token) -> bool:
    """`tok` is the source after "according to"."""
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i > 0
        and tok.doc[head.i - 1].lower_ == "according"
    )


def with_the(tok: Token) -> bool:
    """A description with a definite article and no possessor ("the columnist")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ == "poss" for c in tok.children
    )


def subject_verb(tok: Token) -> Token:
    t = tok
    while t.dep_ in ("compound", "appos", "flat", "conj") and t.head != t:
        t = t.head
    return t.head


def main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence's main clause, one coordinated with it, or the
    words the main verb reports ("Cameron will work with whoever is elected, the spokesman
    said": wire copy puts its topic there), not a clause deeper inside."""
    v = verb
    for _ in range(4):
        if v.dep_ == "ROOT" or v.head == v:
            return True
        if v.dep_ == "ccomp" and v.head.dep_ == "ROOT":
            return v.head.lemma_.lower() in SAYING_LEMMAS
        if v.dep_ != "conj":
            return False
        v = v.head
    return False


def is_subject(tok: Token) -> bool:
    t = tok
    for _ in range(4):
        if t.dep_ in SUBJECT_DEPS:
            return True
        if t.dep_ in ("compound", "appos", "flat", "conj") and t.head != t:
            t = t.head
            continue
        return False
    return False


def bare_title(title: str) -> str:
    """A title without its state or body: `prime minister of the uk` -> `prime minister`."""
    words = title.split(" of ")[0].split()
    return " ".join(w for w in words if w.islower() or not w[:1].isalpha())


# Titles as news abbreviates them before a name ("Sen. Lindsey Graham"): "the senator" fits.
TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "sec.": "secretary",
    "pres.": "president",
    "amb.": "ambassador",
    "adm.": "admiral",
}


def spelled_out(title: str) -> str:
    """A role's title in lower case with its abbreviations spelled out."""
    return " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in title.lower().split())


def ref_words(tok: Token, kind: str) -> tuple[int, int]:
    """The characters a resolved reference covers: a pronoun itself; for a description, its
    noun phrase up to its head and the of-phrase after it ("the head of the Russian
    delegation"), not a relative clause."""
    if kind == "pronoun":
        return tok.idx, tok.idx + len(tok)
    right = tok
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
            right = c.right_edge
    return tok.left_edge.idx, right.idx + len(right)


# Clauses inside a noun phrase: a name there is someone the clause speaks of, not the noun.
INNER_CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp")


def set_beside(name: Token, noun: Token) -> bool:
    """Whether `name`, in the subtree of `noun`, is set beside it rather than named inside a
    clause hung on it: "the envoy, Ann Roe" and "the head of the delegation, Ann Roe" are
    Ann Roe; in "the minister, who spoke after talks with his counterpart, Ann Roe, said"
    the minister is not (a relative clause does not shift the centre)."""
    t = name
    while t != noun and t.head != t:
        if t.dep_ in INNER_CLAUSES:
            return False
        t = t.head
    return True


# The words naming a state's armed forces ("the Pakistan Army", "the Kenya Defence Forces"):
# who unnamed "military sources" speak for (`discourse_epithets`), and the organs a state's
# body may be named as (`event_states.STATE_ORGANS`).
ARMED_FORCES = ("army", "armed forces", "military", "defence forces", "defense forces")
