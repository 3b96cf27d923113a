"""The words and parse shapes the timeline reads: which word a time expression modifies,
which time words are parts of names, which verbs tell background, and sayings made at an
occasion. Token-level helpers with no state of their own, for `kg.extract.timeline`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from kg.extract.clause_paths import CLAUSE_EDGES, other_clause, speaks_of_future
from kg.nlp import doc_text, is_to_clause

# Adverbs that put a saying outside the story's occasion, at no day the text gives.
BACKGROUND_ADVERBS = frozenset(
    """already always consistently earlier eventually formerly frequently initially long often
    once previously regularly repeatedly""".split()
)
# Verbs that, in the simple present, report a standing position, not a saying on a day.
STANCE_VERBS = {"insist", "maintain", "argue", "believe", "contend", "hold", "consider", "want"}
# (Compared by lemma: "in the small hours of a Monday" is "hour".)
TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "end", "beginning", "start",
              "middle", "eve", "weekend", "week", "hour", "sideline"}  # fmt: skip
# A clock time a day may hang on ("took effect at 4 a.m. on Wednesday", "met at 10:00 on
# Friday"): climbed over like a time noun.
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "noon", "midnight", "o'clock", "gmt", "utc"}
# Parts of an occasion a saying is made at: "at the opening of the meeting".
OCCASION_PARTS = {"opening", "close", "closing", "end", "start", "beginning", "conclusion",
                  "sidelines", "margins", "margin", "session"}  # fmt: skip
# Parts of an occasion that go on while it does: an act done there shares its day (not "the
# eve of": the day before it; not its close or start, which may fall on another day).
CONCURRENT_PARTS = (OCCASION_PARTS - {"close", "end", "start", "beginning"}) | {
    "sideline",
    "fringe",
    "fringes",
}
# "made the statement at the summit", "delivered remarks at the talks": a saying by its noun.
SAYING_NOUNS = {"statement", "statements", "remark", "remarks", "speech", "address",
                "comment", "comments", "announcement"}  # fmt: skip
SAYING_LEMMAS = {"say", "tell", "add", "state", "note", "stress", "speak", "declare",
                 "announce", "address", "explain", "emphasize", "emphasise", "remark", "warn",
                 "urge"}  # fmt: skip
# Words that make a weekday a name of its own ("Super Tuesday", "Good Friday"): not a day
# counted from the publication date.
DAY_NAME_WORDS = {"super", "black", "good", "cyber", "ash", "holy", "bloody", "easter", "palm",
                  "maundy", "shrove", "great"}  # fmt: skip
# A place's words: a place named where something happens has no date of its own.
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Prepositions that set a place ("in Nairobi", "at the Hall of the Assembly").
PLACE_PREPS = {"in", "at", "of", "near", "outside", "inside"}
WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words of time expressions written in lower case within a sentence ("this week", "last
# month"): capitalised there, they begin a name ("This Week", a television programme).
DEICTIC_WORDS = {"this", "last", "next", "earlier", "later", "past", "previous", "coming"}


def background_verb(verb: Token) -> bool:
    """A verb told as background by its own words: an adverb of repetition or of a time
    before ("has repeatedly warned", "had earlier said"), a standing position in the simple
    present ("insists"), or the past perfect of a main clause ("had proposed")."""
    kids = list(verb.children)
    if any(k.dep_ in ("advmod", "npadvmod") and k.lower_ in BACKGROUND_ADVERBS for k in kids):
        return True
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in STANCE_VERBS:
        return True  # "insists", "maintains": a standing position
    past_perfect = verb.tag_ == "VBN" and any(k.lower_ == "had" for k in kids)
    # "had proposed" on its own is before the story; under a report ("said that he had
    # said") it is only the tense shifted back.
    return past_perfect and verb.dep_ not in CLAUSE_EDGES + ("advcl", "relcl", "conj")


def in_name(span: Span) -> bool:
    """Whether a time expression is part of a name, not a time: a day named by a word before
    it ("Super Tuesday", "Black Friday", "Good Friday"), or a deictic word capitalised within
    a sentence of the body ("told ABC's This Week": a programme)."""
    first = span[0]
    if first.i > 0 and first.lower_ in WEEKDAY_NAMES:
        before = span.doc[first.i - 1]
        if before.lower_ in DAY_NAME_WORDS and before.text[:1].isupper():
            return True
    if first.is_sent_start or not first.text[:1].isupper() or first.lower_ not in DEICTIC_WORDS:
        return False
    if span.doc[first.i - 1].is_punct or span.doc[first.i - 1].is_space:
        return False  # a quotation's or a list item's first word: "said: “Last night, ...”"
    return "\n" in doc_text(span.doc)[: first.idx]  # a headline capitalises every word


def governor_of(span: Span) -> tuple[Token, int]:
    """The word a time expression modifies, and the start of the sentence it dates.

    Prepositions and time nouns are climbed over ("the call on the evening of June 1": the
    call). A date standing as a sentence of its own ("PM call with the President: 10 November
    2022", split in two by the parser) dates the sentence before it in its line.
    """
    sent = span.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if all(span.start <= t.i < span.end for t in words) and sent.start > 0:
        before = span.doc[sent.start - 1]
        if "\n" not in before.text and not before.is_space:
            prev = before.sent
            return prev.root, prev.start_char
    if _fronted(span):
        return _fronted_clause(span, sent.root), sent.start_char
    root = span.root
    if _glued_weekday(span):
        return root.head.head, sent.start_char
    gov = root.head if root.head.i != root.i else root
    while gov.head.i != gov.i and (gov.pos_ == "ADP" or _time_word(gov)):
        gov = gov.head
    while gov.dep_ == "pobj" and gov.head.lower_ in PLACE_PREPS and _place(gov):
        # "took place at the Hall of the Assembly in Nairobi on Friday": the parser hangs
        # a closing time on the nearest noun, but a place has no day of its own; the time
        # is that of the phrase the place is set in (here the verb).
        gov = gov.head.head
    return _reporting_verb(span, gov), sent.start_char


def _place(tok: Token) -> bool:
    """A named place, or a noun a named place makes one ("Lisbon's port", "a Geneva
    suburb")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.ent_type_ in PLACE_TYPES:
        return True
    return any(c.dep_ in ("poss", "compound") and c.ent_type_ in PLACE_TYPES for c in tok.children)


def _glued_weekday(span: Span) -> bool:
    """A bare weekday right after its verb that the parser glued onto the name after it as a
    compound ("met Friday UN Secretary-General Guterres"): wire copy puts the day straight
    after the verb, and the day dates that verb, not the person."""
    root = span.root
    if len(span) != 1 or root.lower_ not in WEEKDAY_NAMES or root.dep_ != "compound":
        return False
    verb = root.head.head
    return root.i - 1 == verb.i and verb.pos_ == "VERB" and root.head.pos_ in ("NOUN", "PROPN")


def _time_word(tok: Token) -> bool:
    low = tok.lower_
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG":
        # "talks that started on May 2": a verb of starting is no time noun; the participle
        # of "talks starting Saturday" stands for a preposition and is climbed over.
        return False
    return tok.lemma_.lower() in TIME_NOUNS or low in CLOCK_WORDS or (tok.like_num and ":" in low)


def _fronted(span: Span) -> bool:
    """A time set off by a comma at the head of its sentence ("On August 16, the mediators
    announced ..."): it dates the sentence's main clause, whatever noun the parser hangs it on
    ("the mediators of the talks")."""
    sent = span.sent
    first = sent.start
    while first < span.start and sent.doc[first].is_space:
        first += 1  # (not past a quotation mark: '"On Monday, we will meet," he said')
    lead = [t for t in sent.doc[first : span.start] if t.pos_ == "ADP"]
    if span.start - first != len(lead) or len(lead) > 1:
        return False
    return (
        span.end < sent.end and sent.doc[span.end].text == "," and sent.root.pos_ in ("VERB", "AUX")
    )


def _fronted_clause(span: Span, root: Token) -> Token:
    """The clause a fronted time dates: the main clause, but for a saying told after the
    words it reports ("On Friday, the talks stalled, the envoy said") the reported clause
    the time opens, which the saying follows: the time is part of what was said."""
    if root.lemma_.lower() not in SAYING_LEMMAS:
        return root
    told = [k for k in root.children if k.dep_ in ("ccomp", "parataxis") and k.i < root.i]
    if told and told[0].left_edge.i <= span.end + 1 and told[0].left_edge.i >= span.start:
        return told[0]
    return root


def _reporting_verb(span: Span, gov: Token) -> Token:
    """The reporting verb for a time expression between it and the subject of its reported
    clause: in "said on Friday he met Trump earlier this week" the parser often hangs "on
    Friday" on "met", but a time before the reported clause's subject tells when it was said."""
    if gov.dep_ != "ccomp" or not gov.head.i < span.start < gov.i:
        return gov
    subjects = [t.i for t in gov.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < gov.i]
    if not subjects or span.end > min(t.left_edge.i for t in gov.children if t.i in subjects):
        return gov
    if any(t.dep_ == "mark" for t in gov.children):
        return gov  # "said that on Friday he met": the time is inside the reported clause
    return gov.head


def apposed_clause(tok: Token, gov: Token) -> bool:
    """Whether `gov` stands in a clause on the noun the event noun is in apposition with:
    the parse makes "General Assembly" an apposition of "the United Nations (UN)" and hangs
    "which took place this week" on the name, though it tells of the assembly."""
    return tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and not other_clause(tok.head, gov)


def clause_verb(tok: Token) -> Token:
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def saying_at(word: Token) -> Token | None:
    """The verb of a saying made at the occasion `word` names ("said at the summit", "made the
    statement at the opening of the meeting", "told the conference", "speaking during the
    talks"), when it tells of a past or present saying, not one to come."""
    occasion = word
    while (
        occasion.dep_ == "pobj"
        and occasion.head.lower_ == "of"
        and occasion.head.head.lemma_.lower() in OCCASION_PARTS
    ):
        occasion = occasion.head.head
    if occasion.dep_ == "pobj" and occasion.head.lower_ in ("at", "during"):
        verb = occasion.head.head
    elif occasion.dep_ == "dobj" and occasion.head.lemma_.lower() in ("tell", "address"):
        verb = occasion.head
    else:
        return None
    if verb.pos_ != "VERB" or speaks_of_future(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma in SAYING_LEMMAS:
        return verb
    if lemma in ("make", "deliver", "give", "issue") and any(
        c.dep_ == "dobj" and c.lower_ in SAYING_NOUNS for c in verb.children
    ):
        return verb
    return None


# Prepositions that put a noun as what a saying is about ("pointing to the December 31
# attack", "commented on the March agreement"), not the occasion it was made at.
TOPIC_PREPS = {"to", "about", "on", "of", "over", "against", "for", "with", "regarding"}
# Prepositions of the occasion a saying is made at ("in his Tuesday talk", "at Monday's
# briefing", "after the May 16 meeting").
OCCASION_PREPS = {"in", "at", "during", "after", "following", "before"}
# Cues whose direct object is the one spoken to ("told the committee", "briefed reporters"):
# a time after that object is the saying's, which the parser hangs on the object.
ADDRESSEE_CUES = {"tell", "brief", "inform", "assure", "notify", "remind", "update", "address"}


def topic_noun(cue: Token, gov: Token, start: int) -> bool:
    """Whether the noun a time expression (at `start`) dates is a thing a saying speaks of,
    not the occasion it was made at: the cue's object ("welcomed the May 11 declaration"),
    the object of a preposition of topic the cue governs ("pointing to the December 31
    attack"), or any noun the time stands before as its modifier, unless the noun is the
    saying's occasion or subject ("repeating his January 2 remarks" names those remarks; "in
    his Tuesday talk", "Monday's statement said" date the saying)."""
    nominal = gov.pos_ in ("NOUN", "PROPN") or gov.dep_ in ("dobj", "pobj")  # "remarks": VBZ
    if not nominal or gov.i == cue.i:
        return False
    prep = gov.head
    if gov.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS:
        return False
    if gov.dep_ in ("nsubj", "nsubjpass") and gov.head.i == cue.i:
        return False
    if start < gov.idx and gov.lower_ not in SAYING_NOUNS | {"interview", "talk", "briefing"}:
        return True
    if start < gov.idx and gov.dep_ == "dobj" and gov.head.i != cue.i:
        return True  # "repeating his January 2 remarks": remarks made before, named
    if gov.lower_ in SAYING_NOUNS:
        return False
    if addressed_at(cue, gov, start):
        return False
    if gov.dep_ == "dobj" and gov.head.i == cue.i:
        return True
    return gov.dep_ == "pobj" and prep.lower_ in TOPIC_PREPS and prep.head.i == cue.i


def addressed_at(cue: Token, gov: Token, start: int) -> bool:
    """Whether a time (at `start`) follows the addressee a cue takes as its object ("told the
    committee on Thursday", "briefed envoys Monday"): the time of the telling, not of the
    ones told."""
    if gov.dep_ != "dobj" or gov.head.i != cue.i or start < gov.idx + len(gov):
        return False
    return cue.lemma_.lower() in ADDRESSEE_CUES


# Subjects that take up the parties of the sentence before ("The sides signed", "The two
# leaders agreed", "They signed"): its occasion goes on.
PARTY_NOUNS = {"side", "sides", "two", "leader", "leaders", "minister", "ministers",
               "president", "presidents", "delegation", "delegations", "party", "parties",
               "both", "pair"}  # fmt: skip


def adds_act(verb: Token) -> bool:
    """Whether the clause of `verb` adds one more act to those told before it ("the envoy also
    met the mayor"): an act of the same occasion, on its day."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def takes_up(tok: Token, before: Span) -> bool:
    """Whether the clause of the event word `tok` goes on with the sentence `before` by its
    subject: a pronoun or a definite noun for the parties told there ("On November 1, Petro
    visited Caracas and met with Maduro. The sides signed a joint declaration."), or a
    definite noun for a thing named there ("... met to sign an agreement. The agreement was
    signed by the energy ministers."). A subject of its own ("Greece expelled the
    ambassador") starts a clause of its own, on a day the text does not give."""
    verb = clause_verb(tok)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        subjects = [tok]
    if adds_act(verb):
        return True  # "In December 2014, it traded three spies. Cuba also released Gross."
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.lower_ in ("they", "both"):
        return True
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return False
    if subj.lower_ in PARTY_NOUNS:
        return True
    named = {t.lemma_.lower() for t in before if t.pos_ == "NOUN"}
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in named


def on_the_saying(at: int, gov: Token | None, contents: Sequence[tuple[int, int]]) -> bool:
    """Whether a time at `at`, within what was said (`contents`), modifies a reporting verb
    outside it (`gov`, its governor): "Israel announced the talks last week, saying ...",
    whose content ("the talks last week") the time ends. Not a time hung on a noun, nor one
    inside a quotation."""
    if gov is None or gov.pos_ not in ("VERB", "AUX") or gov.idx > at:
        return False
    text = doc_text(gov.doc)
    before = text[text.rfind("\n", 0, at) + 1 : at]  # its paragraph up to it
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return False  # a quotation's own words, whatever the parse hangs the time on
    return not any(s <= gov.idx < e for s, e in contents)


# Verbs of an occurrence's taking place, told by a to-infinitive on its noun ("talks to
# begin on Monday"); with a passive ("a summit to be held on Friday") any verb.
TO_TAKE_PLACE = {"take", "begin", "start", "open", "resume", "convene"}
# Words before a noun that make its to-infinitive no plan ("the first leader to visit").
NOT_PLANNED = {"first", "last", "only", "latest"}


# Verbs that ask someone to act ("urged them to meet", "called on them to talk", "invited
# them to attend"): what they ask for lies ahead of the asking, and is no occurrence yet.
# (`event_intent.ASKING_VERBS` is these less "invite" and "tell"; its `ASKING` is another
# sense: verbs whose object is asked for or offered, "a resolution demanding a ceasefire".)
ASKING_TO_ACT = {
    "ask", "urge", "call", "press", "appeal", "request", "encourage", "demand", "invite", "tell",
}  # fmt: skip


def told_ahead(tok: Token) -> bool:
    """Whether the clause of `tok` tells a plan by a bare to-infinitive: a headline's or a
    lede's "Ministers to meet in Geneva on Monday" (no finite verb in the sentence: wire
    copy's future), or an infinitive on an occurrence's noun ("a second round of talks to be
    held on Monday", "talks to begin on Friday"), or what someone is asked to do ("urged
    them to meet on Friday"). What it is told for lies ahead."""
    verb = clause_verb(tok)
    passive = any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)
    if verb.tag_ != "VB" and not (verb.tag_ == "VBN" and passive):
        return False  # (a to-infinitive: "to meet", "to be held")
    if not is_to_clause(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASKING_TO_ACT:
        return True  # "asked the envoys to convene a session on Sunday": past the asking
    on_root = verb.dep_ == "ROOT" or (
        verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN"
    )
    if on_root and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent):
        return True
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ != "NOUN":
        return False
    if any(k.lower_ in NOT_PLANNED or k.tag_ == "JJS" for k in verb.head.children):
        return False
    return passive or verb.lemma_.lower() in TO_TAKE_PLACE


# "Trump then spoke with Zelensky", "the minister later flew home": the same day as the event
# the text last dated.
SEQUEL_WORDS = {"then", "afterwards", "subsequently", "thereafter", "later"}
PROSPECTIVE = {"planned", "proposed", "upcoming", "next", "possible", "potential", "future"}
# An occurrence named as one before the story's ("their recent meeting", "the previous
# round"): with no time of its own, no day the text gives.
EARLIER_WORDS = {"recent", "previous", "earlier", "last", "past", "former", "prior"}
# The first word of a week the text tells as past ("last week", "earlier this week").
PAST_WEEK = {"last", "earlier", "past", "previous"}
