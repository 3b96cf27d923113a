"""A cue that is a deed, read from its complement (issue 14).

Input: a statement's cue verb (a parsed `Token`) and its content (`Span` and text). Output:
whether what the verb takes is a deed done rather than words given.

Speech has a proposition: a clause with its own subject or a finite verb ("replied that the
offer stands"), a `that`, `whether` or wh- clause, or quoted words. A deed has a person, a
thing or a place for its object ("named a new envoy", "recognized the breakaway state"), or
an infinitive or a gerund of action ("refused to meet the envoy", "resisted voting on it").
The verbs of saying take objects too ("expressed concern", "welcomed the truce", "condemned
the attack"): a complement alone tells nothing for them. So the complement decides only

- for a verb with no evidence of reporting words: not one of the statement stage's verbs of
  saying, nor a verb whose own noun is one of words ("protested", "requested",
  "congratulated": a protest, a request, congratulations), nor a verb PolNeAR's annotators
  often took for a cue, by its lemma (`cue_rates`: "outlined", "recited"; a form's own rate
  is too sparse: "appointed" is a cue in 6 of its 21 uses there);
- for a refusal to take part in an encounter ("refused to meet", "declined to attend",
  "resisted voting"): what someone would not do is no words of theirs (a refusal to say
  something is one already: `cue_class` "refusal"). The tuning pool's annotators take no
  refusal as a statement; PolNeAR's take the others ("refused to cooperate"), so they stay.

Four more shapes tell a deed, a plan or nothing said, whatever the verb (`cue_class`):

- the cue is not done yet: a future ("will announce the date") or an infinitive under a
  verb that does not entail it ("is yet to announce", "is expected to reply"), unlike one
  that does ("went on to say", "proceeded to read");
- a refusal to do anything but say something ("refused to accept the terms", "declined to
  halt the offensive"): what someone would not do is no words of theirs, as the
  guidelines' annotators of the tuning pool read every refusal;
- the content is the means of a response, a deed ("responded by expelling the envoy"), not
  words ("responded by offering talks", "reacted by saying that ...");
- the content is only where, when, from whom or how ("extended an invitation from the king
  to his guest", "refused at the time", "agreed without conditions"): nothing said.

A quotation names a thing, not words said, where a deed's object holds all of it ("signed a
"joint declaration"": the document's title).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.claim_nouns import CLAIM_NOUNS
from kg.extract.cue_rates import lemma_often_cue
from kg.extract.source_nouns import HAPPENINGS
from kg.extract.statement_words import QUOTE_VERBS, SPEECH_VERBS, verb_forms
from kg.nlp import doc_text, span_at

QUOTE_MARKS = ("“", "”", '"', "«", "»")
# Nouns of words given, which a verb of giving or passing on takes as its words: "extended
# condolences", "renewed the call for talks", "gave an ultimatum", "lodged a protest".
WORDS_GIVEN = (
    CLAIM_NOUNS
    | {
        f"{n}{suffix}"
        for n in """condolence greeting thank congratulation regard wish gratitude appreciation
    call demand appeal request ultimatum invitation protest offer proposal objection
    apology concern hope view opinion regret sympathy solidarity note letter word speech
    address question answer dispute reassurance reply response criticism praise tribute
    welcome warning idea notion concept theory paper document petition motion
    brief""".split()
        for suffix in ("", "s")
    }
    | {"inquiry", "inquiries", "query", "queries"}
)
# Verbs of judging a person or a thing that the statement stage's lists lack ("lambasting
# the plan", "compared him to a dictator", "chalks it up to luck"): words.
MORE_JUDGING = verb_forms("lambaste", "compare", "liken", "chalk", "castigate", "berate", "rebuke")
# Refusing, declining or resisting to take part in an encounter ("refused to meet the envoy",
# "declined to attend", "resisted voting on the bill"): the encounter's fate, not words.
# (Other refusals, "refused to cooperate", stay: PolNeAR counts them, and PLOVER's REJECT.)
REFUSING = verb_forms("refuse", "decline", "resist")
ENCOUNTERS = verb_forms(
    "meet|meets|met|meeting",
    "attend",
    "join",
    "sign",
    "vote",
    "face",
    "negotiate",
    "participate",
)
# Verbs whose infinitive is done when they are ("went on to say", "proceeded to read",
# "forced him to admit"; "be" is left out, "is yet to say" being undone), and the verbs of
# seeming, which hedge a deed done ("appeared to suggest"); "would like to thank" gives the
# thanks in saying so.
IMPLICATIVE = verb_forms(
    "like",
    "love",
    "appear",
    "seem",
    "force",
    "compel",
    "oblige",
    "go|goes|went|gone|going",
    "proceed",
    "continue",
    "begin|begins|began|begun|beginning",
    "start",
    "manage",
    "rush",
    "hasten",
    "hurry",
    "remember",
    "bother",
)
FUTURE = {"will", "shall", "'ll", "’ll"}
# "claimed that ...", "claimed responsibility", "claimed vast wealth" report words; a claim
# that takes lives, or whose subject is a happening ("a raid ..., which claimed three
# boats"), is a loss told: a deed. A clause or a quotation is always words.
CLAIMING = verb_forms("claim")
CASUALTY_NOUNS = {"life", "lives", "toll", "victim", "victims"}
# Prepositions of place, time, source and manner: a phrase of them tells a circumstance of
# the telling, never what was told ("for", "about", "on", "against", "over", "of" may).
CIRCUMSTANCE = {
    "from", "to", "at", "in", "into", "with", "without", "during", "after", "before",
    "by", "since", "under", "within", "upon", "across", "throughout", "until",
}  # fmt: skip
# Of those, "to" and "with" also take what a verb with no object of its own is about
# ("objected to the fee", "agreed with the plan"): a circumstance only after an object, or
# a passive's subject ("extended an invitation ... to her counterpart", "was submitted to").
OBJECT_PREPS = {"to", "with"}
# Marks that open a proposition: "that", "whether", "if", and the wh- words.
CLAUSE_MARKS = {"that", "whether", "if", "how", "why", "what", "when", "where", "who"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def quoted(text: str) -> bool:
    return any(q in text for q in QUOTE_MARKS)


def in_forms(verb: Token, forms: set[str]) -> bool:
    """Whether a verb is one of `forms`, by its own form or by spaCy's lemma (the lemmatiser
    errs on some forms: "hopes" -> "hop")."""
    return verb.lower_ in forms or verb.lemma_.lower() in forms


def proposition(verb: Token, words: Span, text: str) -> bool:
    """Whether the content states something: quoted words, or a clause with its own subject
    or a finite verb, or one opened by `that`, `whether` or a wh- word."""
    if quoted(text):
        return True
    root = words.root
    if root.i == verb.i or root.pos_ not in ("VERB", "AUX"):
        return words[0].lower_ in CLAUSE_MARKS and len(words) > 1
    return (
        root.tag_ in FINITE
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children)
        or any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in root.children)
        or words[0].lower_ in CLAUSE_MARKS
    )


def _of_saying(verb: Token) -> bool:
    """Evidence that a verb reports words: a verb of saying, a frequent cue, or a verb whose
    own noun is one of words ("protested the launch": a protest)."""
    lower, lemma = verb.lower_, verb.lemma_.lower()
    return (
        in_forms(verb, SPEECH_VERBS)
        or lower in QUOTE_VERBS
        or lower in MORE_JUDGING
        or lemma_often_cue(lemma)
        or any(noun in WORDS_GIVEN for noun in _nouns(lemma))
    )


def _nouns(lemma: str) -> set[str]:
    """The nouns a verb may make: itself, and with `-ion`, `-ation` or `-ance`
    ("congratulate": congratulation, "reassure": reassurance)."""
    stem = lemma.removesuffix("e")
    return {lemma, stem + "ion", stem + "ation", stem + "ance", lemma + "ance"}


def _words_object(verb: Token, words: Span) -> bool:
    """Whether the content, or the verb's object, is a noun of words ("extended condolences")."""
    objs = [words.root] + [c for c in verb.children if c.dep_ in ("dobj", "pobj")]
    return any(o.lower_ in WORDS_GIVEN or o.lemma_.lower() in WORDS_GIVEN for o in objs)


def _addressed(verb: Token) -> bool:
    """Whether an object is followed by what is said to or asked of it: "congratulated the
    minister on his appointment", "pressed the government for reforms", "invited X to ..."."""
    return any(c.dep_ in ("xcomp", "ccomp", "dative", "oprd") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "for", "of", "about", "over", "as")
        for c in verb.children
    )


def deed_done(verb: Token, words: Span, text: str) -> bool:
    """Whether a cue with no evidence of reporting words takes a deed: no proposition, no noun
    of words, nothing said to the one it names ("appointed a new envoy", "established ties")."""
    if _of_saying(verb) or proposition(verb, words, text):
        return False
    if any(c.dep_ == "dobj" and not words.start <= c.i < words.end for c in verb.children):
        return False  # a light verb's noun is the cue ("took swipes at X"): its reader's frame
    if _words_object(verb, words) or _addressed(verb):
        return False
    if any(c.lower_ == "forward" for c in verb.children):
        return False  # "looks forward to ...": a hope told, as readouts write it
    return words.root.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or words.root.tag_ == "VBG"


def refused_deed(verb: Token, words: Span, text: str) -> bool:
    """ "refused to meet the envoy", "declined to attend", "resisted voting on the bill",
    "refused to accept the terms": a deed not done (a refusal to say something is
    `cue_class`'s "refusal", "refused to endorse him" one to give words)."""
    if not in_forms(verb, REFUSING):
        return False
    if proposition(verb, words, text):
        return False
    done = [c for c in verb.children if c.dep_ in ("xcomp", "dobj")]
    return any(in_forms(c, ENCOUNTERS) or (c.dep_ == "xcomp" and not _of_saying(c)) for c in done)


def not_yet_said(verb: Token) -> bool:
    """Whether the cue tells words to come: a future ("will announce the date"), or an
    infinitive under a verb that does not entail it ("is yet to announce", "is set to
    reply"). "I will say", "we will tell" are said there and then, in quoted words, and so
    are "I have to say", "we want to stress" (the speaker the subject of the verb above)."""
    sayers = [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ())]
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in sayers):
        return False
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in FUTURE for a in aux) and not any(a.lower_ == "have" for a in aux):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(a.tag_ == "TO" for a in aux)
        and head.pos_ in ("VERB", "AUX")
        and not in_forms(head, IMPLICATIVE)
    )


def means_deed(words: Span) -> bool:
    """ "responded by expelling the envoy": the content is what was done in response, a
    gerund after `by` that is no verb of saying ("by offering talks", "by saying that")."""
    root = words.root
    return (
        root.tag_ == "VBG"
        and root.dep_ == "pcomp"
        and root.head.lower_ == "by"
        and not _of_saying(root)
    )


def circumstance_only(verb: Token, words: Span) -> bool:
    """Whether the content is only phrases of place, time, source or manner ("from the king
    to his guest", "at the time", "without conditions"): nothing said. ("objected to the
    fee", "disagreed with the plan": what the verb is about, said.)"""
    if any(t.tag_ in FINITE for t in words):
        return False  # a clause the parser hung under a phrase ("in order to ..., both have")
    preps = CIRCUMSTANCE
    if not _object_filled(verb):
        preps = CIRCUMSTANCE - OBJECT_PREPS
    tops = [t for t in words if not (t.head.i in range(words.start, words.end) and t.head != t)]
    tops = [t for t in tops if not t.is_punct and t.dep_ not in ("advmod", "cc")]
    return bool(tops) and all(
        t.pos_ == "ADP" and t.lower_ in preps and any(c.dep_ == "pobj" for c in t.children)
        for t in tops
    )


def _object_filled(verb: Token) -> bool:
    """Whether a verb has its object: a direct one, or a passive's subject (also one shared
    with the passive it is joined to: "should be endorsed and submitted to ...")."""
    passive = ("nsubjpass", "auxpass")
    if any(c.dep_ in ("dobj", *passive) for c in verb.children):
        return True
    # (The parser tags such a participle VBD at times: no subject of its own tells it.)
    joined = verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children)
    return joined and any(c.dep_ in passive for c in verb.head.children)


def names_a_thing(verb: Token, words: Span, text: str) -> bool:
    """Whether every quotation mark of the content lies in the verb's object: a quoted title
    of what is done ("signed a "joint declaration""), not quoted words."""
    if not quoted(text):
        return False
    marks = [t for t in words if t.text in QUOTE_MARKS]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not marks or not objs:
        return False
    # (spaCy hangs a closing mark on the verb: the object's span reaches to its right edge.)
    spans = [(o.left_edge.i, o.right_edge.i + 1) for o in objs]
    return all(any(lo <= m.i <= hi for lo, hi in spans) for m in marks)


def deed_cue(doc: Doc, cue: tuple[int, int], content: tuple[int, int]) -> bool:
    """Whether a statement's one-word cue is a deed read from its complement (`deed_done`:
    "established ties", not a refusal): the act stage then codes it as an act done."""
    cue_span = span_at(doc, cue[0], cue[1])
    words = span_at(doc, content[0], content[1])
    if cue_span is None or words is None or len(cue_span) != 1 or not len(words):
        return False
    verb = cue_span.root
    said = doc_text(doc)[content[0] : content[1]]
    return verb.pos_ in ("VERB", "AUX") and deed_done(verb, words, said)


def quoted_title(doc: Doc, cue: tuple[int, int], content: tuple[int, int]) -> bool:
    """`names_a_thing` for a statement's character spans."""
    cue_span = span_at(doc, cue[0], cue[1])
    words = span_at(doc, content[0], content[1])
    if cue_span is None or words is None or not len(cue_span) or not len(words):
        return False
    return names_a_thing(cue_span.root, words, doc_text(doc)[content[0] : content[1]])


def claimed_deed(verb: Token, words: Span) -> bool:
    """Whether "claim" with a noun phrase tells a death, not words: lives taken, or a
    happening as its subject ("a skirmish ..., which claimed ...": a relative pronoun stands
    for the noun it hangs on). A mark or quoted words make it words."""
    if not in_forms(verb, CLAIMING):
        return False
    if words[0].lower_ in ("that", "whether") or quoted(words.text):
        return False
    if words.root.lower_ in CASUALTY_NOUNS:
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ not in ("which", "that") or verb.dep_ != "relcl":
        return subj.lower_ in HAPPENINGS
    # The parse hangs the relative clause on the nearest noun ("a skirmish near the dam,
    # which ..."): any noun up its chain of prepositional phrases may be the antecedent.
    noun = verb.head
    while True:
        if noun.lower_ in HAPPENINGS:
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "NOUN":
            return False
        noun = noun.head.head
