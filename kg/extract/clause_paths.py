"""The geometry of clauses in a dependency parse, for time anchoring: how far two words of a
sentence stand apart, whether the way between them crosses into a reported clause, a
relative clause or a clause of another word, and the tense a clause speaks in.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.statement_words import verb_forms
from kg.nlp import is_to_clause

# Edges into a clause that another verb reports or frames: a date on the far side dates that
# other verb's clause, not this one.
CLAUSE_EDGES = ("ccomp", "parataxis", "xcomp")


def modifier_clause(top: Token, tok: Token, deps: tuple[str, ...] = ("relcl", "acl")) -> bool:
    """Whether `tok` stands in a relative or adnominal clause (`deps`) below `top`, or,
    when `top` is not above it, below their common head."""
    above = {t.i for t in top.ancestors} | {top.i}
    while tok.i not in above and tok.head.i != tok.i:
        if tok.dep_ in deps:
            return True
        tok = tok.head
    return False


def other_clause(tok: Token, gov: Token) -> bool:
    """Whether `gov` stands in a relative or adnominal clause of some other word than `tok`
    ("arrived in Lahore for the talks, which will be held tomorrow": tomorrow is the talks'
    day, not the arrival's; "the talks, which were held on Monday" are the talks')."""
    above = {t.i for t in tok.ancestors} | {tok.i}
    # An event noun's own phrase holds its clauses ("the summit of the presidents, which is
    # due on May 2": the parse may hang the clause on any noun of it).
    own = {t.i for t in tok.subtree} if tok.pos_ in ("NOUN", "PROPN") else {tok.i}
    while gov.i not in above and gov.head.i != gov.i:
        if gov.dep_ in ("relcl", "acl") and gov.head.i not in own and not _where(gov, above):
            return True
        gov = gov.head
    return False


def _where(clause: Token, above: set[int]) -> bool:
    """A "where" clause on a noun of the event word's own clause ("met for a summit where on
    Sunday the presidents signed"): what it tells happened at that occasion, on its day."""
    noun = clause.head
    on = noun.head.head if noun.head.pos_ == "ADP" else noun.head  # "met for a summit where"
    if clause.dep_ != "relcl" or on.i not in above or noun.i + 1 >= len(noun.doc):
        return False
    return noun.doc[noun.i + 1].lower_ == "where"


# Subordinators of a clause that tells of a time other than its main clause's: "cancelled the
# trip last month after the North sent a letter" (the letter came earlier, on a day not given).
OTHER_TIME_MARKS = ("after", "before", "since", "until")


def earlier_or_later_clause(tok: Token, gov: Token) -> bool:
    """Whether `tok` stands in an "after"/"before" clause that `gov` is outside of: a date of
    the main clause does not date what that clause tells."""
    inside = {t.i for t in gov.ancestors} | {gov.i}
    x = tok
    while x.i not in inside and x.head.i != x.i:
        if x.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in x.children
        ):
            return True
        x = x.head
    return False


def path_between(a: Token, b: Token) -> tuple[int, bool, bool] | None:
    """Tree distance between two tokens of one sentence, and whether the path climbs out of
    (from `a`) or descends into (towards `b`) a reported or framed clause."""
    up: dict[int, int] = {}
    x, n = a, 0
    while True:
        up[x.i] = n
        if x.head.i == x.i:
            break
        x, n = x.head, n + 1
    y, m = b, 0
    while y.i not in up:
        if y.head.i == y.i:
            return None
        y, m = y.head, m + 1
    lca = y
    up_edges: list[str] = []
    x = a
    while x.i != lca.i:
        up_edges.append(_edge(x))
        x = x.head
    down_edges = []
    y = b
    while y.i != lca.i:
        down_edges.append(_edge(y))
        y = y.head
    leaves = any(d in CLAUSE_EDGES for d in up_edges)
    enters = any(d in CLAUSE_EDGES for d in down_edges)
    return up[lca.i] + m, leaves, enters


# Verbs whose infinitive or gerund tells the same occasion as they do: "In July, he helped
# facilitate a meeting", "began talks on Monday", "managed to meet".
SAME_TIME_HEADS = {"help", "manage", "begin", "start", "continue", "resume", "finish"}


def _edge(tok: Token) -> str:
    """The edge from `tok` to its head, an xcomp under a verb of `SAME_TIME_HEADS` not being
    one into another clause."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in SAME_TIME_HEADS:
        return "same"
    return str(tok.dep_)


def closer(other: Token, gov: Token, anchor_start: int, mine: tuple[int, int]) -> bool:
    path = path_between(other, gov)
    if path is None or path[1]:
        return False
    return (path[0], abs(anchor_start - other.idx)) < mine


def subject_predicate(subject: Token, gov: Token) -> bool:
    """Whether `gov` stands in the infinitive clause that tells what `subject` itself does or
    will do: "the meeting is set to open tomorrow", "the talks are expected to resume on
    Monday". The infinitive's understood subject is the event word, so the clause is its own
    predicate, not one another verb reports or frames. So is a relative clause on the event
    word's own phrase ("talks with the rebels, which are scheduled to take place on Friday":
    the parse may hang it on any noun of that phrase)."""
    if subject.dep_ in ("nsubj", "nsubjpass"):
        verb = subject.head
    else:
        found = _relative_on(subject, gov)
        if found is None:
            return False
        verb = found
    x = gov
    while x.i != verb.i and x.head.i != x.i:
        if x.dep_ in CLAUSE_EDGES and (x.dep_ != "xcomp" or not _predicate_head(x.head)):
            return False
        x = x.head
    return x.i == verb.i and any(t.dep_ == "xcomp" for t in _up_to(gov, verb))


# What a relative clause says of an occasion itself ("which are scheduled to take place").
OCCASION_PREDICATES = {
    "schedule", "set", "plan", "expect", "hold", "take", "begin", "start", "open", "resume",
    "convene", "end", "conclude", "close",
}  # fmt: skip


def _relative_on(noun: Token, gov: Token) -> Token | None:
    """The verb of the "which"/"that" clause above `gov` that hangs on `noun`'s own phrase."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    own = {t.i for t in noun.subtree}
    x = gov
    while x.head.i != x.i:
        if x.dep_ == "relcl":
            subjects = [k for k in x.children if k.dep_ in ("nsubj", "nsubjpass")]
            relative = any(k.lower_ in ("which", "that") for k in subjects)
            told = x.lemma_.lower() in OCCASION_PREDICATES  # not "the rebels, which agreed"
            return x if relative and told and x.head.i in own else None
        x = x.head
    return None


def _predicate_head(tok: Token) -> bool:
    """A verb, or the adjective of a copula ("the talks are due to resume on March 3")."""
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.dep_ == "acomp")


def _up_to(tok: Token, top: Token) -> list[Token]:
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


# --- tense ---------------------------------------------------------------------------------
# Whether a clause speaks of what is to come ("will meet", "is set to", "agreed to meet again"),
# of the past, of a past fact reported, or of a time before the one it stands in ("had agreed").

FUTURE_WORDS = {"will", "shall", "'ll", "wo"}
FUTURE_LEMMAS = {"schedule", "plan", "expect", "due", "set", "slate"}
# A present "be" or "have" before a to-infinitive puts it ahead of now ("is to meet on Friday",
# "still has to be signed"); a past one ("were to gather on Friday") is ahead of a past day only.
BE_PRESENT = {"is", "are", "am", "'s", "'re"}
ARRANGING_PRESENT = BE_PRESENT | {"has", "have"}
# Verbs that commit to or aim at what their infinitive says: it lies ahead of them.
COMMIT_LEMMAS = {"agree", "decide", "promise", "pledge", "vow", "hope", "intend", "arrange",
                 "want", "aim", "undertake", "resolve", "consent", "offer"}  # fmt: skip
# By form as well as by lemma: spaCy's lemmatiser errs on some ("hopes" -> "hop").
COMMIT_FORMS = verb_forms(*COMMIT_LEMMAS)


def clause_tense(tok: Token) -> str | None:
    """ "past" or "future" for the clause of `tok`, None when it does not tell."""
    if _as_done(tok):
        return "past"
    if speaks_of_future(tok):
        return "future"
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if speaks_of_future(verb):
        return "future"
    aux = {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not aux and verb.head.i != verb.i:
        # A participle without its own tense ("talks would be followed by a meeting held in
        # October") has the tense of the clause its noun stands in; not when the noun is
        # named inside another noun's phrase ("preparations for the ratification of the
        # agreement, signed on 29 May, were scheduled": the signing is told, not planned).
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            return None
        return clause_tense(noun)
    if verb.dep_ == "xcomp" and "to" in aux and aux <= {"to", "be"} and verb.head.i != verb.i:
        # A to-infinitive has the tense of the verb it completes ("had to be ratified in
        # January", "tried to meet on Friday").
        return clause_tense(verb.head)
    if verb.tag_ == "VBD" and not aux & {"will", "would"}:
        return "past"
    if verb.tag_ == "VBN" and aux & {"had", "has", "have", "was", "were"}:
        return "past"
    return None


def _set_in_place(verb: Token) -> bool:
    """ "set" in a sense other than arranging a time ("was set in motion", "set up a panel",
    "set free"): arranging sets something *to* happen or *for* a time ("is set to meet",
    "set for Friday"); a particle or another phrase makes it a doing of its own."""
    if verb.lemma_ != "set":
        return False
    kids = list(verb.children)
    if any(k.dep_ == "xcomp" or (k.dep_ == "prep" and k.lower_ == "for") for k in kids):
        return False
    return any(k.dep_ in ("prt", "prep", "dobj", "oprd", "acomp") for k in kids)


def _as_done(tok: Token) -> bool:
    """A participle aside with "as" and no tense of its own ("the talks will resume in May,
    as confirmed by the Council in March", "as agreed in March") points back to what was
    done, whatever the tense of its clause ("if approved in March" may lie ahead)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False
    kids = list(verb.children)
    return not any(k.dep_ in ("aux", "auxpass") for k in kids) and any(
        k.dep_ == "mark" and k.lower_ == "as" for k in kids
    )


def speaks_of_future(tok: Token) -> bool:
    """Whether the clause of `tok` speaks of what is to come ("will meet", "is set to")."""
    if invited_to(tok):
        return True
    for t in (tok, tok.head):
        aux = [k.lower_ for k in t.children if k.dep_ in ("aux", "auxpass")]
        if any(a in FUTURE_WORDS for a in aux):
            return True
        if "would" in aux and "have" not in aux:
            return True  # reported future: "said the talks would resume on Monday"
        if t.lemma_ in FUTURE_LEMMAS and t.pos_ in ("VERB", "ADJ", "AUX", "PART"):
            if not _set_in_place(t):
                return True
        if (t.tag_ == "VBG" or "being" in aux) and any(a in BE_PRESENT for a in aux):
            return True  # "is meeting him on Friday": an arrangement (or today, the same day)
        if any(k.dep_ == "acomp" and k.lemma_ in FUTURE_LEMMAS for k in t.children):
            return True  # "is due in Geneva on Friday": the time hangs on the copula
        if t.lower_ in ("upcoming", "next"):
            return True
    if _arranged_infinitive(tok) or _arranged_infinitive(tok.head):
        return True
    # "agreed to hold talks on Sunday": the parse hangs the day on the object, whose verb is
    # the infinitive agreed to.
    inf = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
    while inf.dep_ == "conj" and inf.head.i != inf.i:
        inf = inf.head  # "agreed to meet in March and to hold talks on Tuesday"
    if (
        inf.dep_ == "xcomp"
        and (inf.head.lemma_.lower() in COMMIT_LEMMAS or inf.head.lower_ in COMMIT_FORMS)
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in (*tok.children, *inf.children))
    ):
        return True  # "they agreed to meet again in March": what was agreed is to come
    # "the planned summit", "the next round"; not a reported clause ("said no meeting was
    # planned") nor one of another word.
    modifiers = (k for k in tok.children if k.dep_ not in (*CLAUSE_EDGES, "advcl", "conj"))
    return any(k.lower_ in ("upcoming", "next", "planned") for k in modifiers)


# What one is invited to lies ahead of the invitation.
INVITING = {"invite", "invitation"}


def invited_to(tok: Token) -> bool:
    """Whether `tok` (or the noun phrase it stands in) names the occasion someone is invited
    to: "has invited both sides to negotiations in Geneva on Aug. 14", "an invitation to
    talks on Friday". Not an invitation denied ("Ukraine was not invited to the meeting")."""
    x = tok
    while x.pos_ not in ("VERB", "AUX") and x.head.i != x.i:
        prep = x.head
        if x.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.dep_ == "prep":
            inviting = prep.head
            if inviting.lemma_.lower() in INVITING:
                return not any(c.dep_ == "neg" for c in inviting.children)
        x = prep
    return False


def invited_to_then(verb: Token, start: int) -> bool:
    """Whether a time at character `start`, hung on `verb`, follows what `verb` invites to:
    "has invited Chile to peace talks in Oslo on March 20" (the parse hangs the day on
    "invited"; "on Monday invited Chile to talks" is the day of the invitation)."""
    if verb.lemma_.lower() not in INVITING or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("to", "for") and c.idx < start for c in verb.children
    )


def _arranged_infinitive(tok: Token) -> bool:
    """ "is to meet", "are to hold talks", "has to be signed", "is going to meet": a
    to-infinitive under a present "be" or "have" (the plan or the obligation of now)."""
    head = tok.head
    if tok.dep_ != "xcomp" or not is_to_clause(tok):
        return False
    if head.lower_ == "going":
        return any(k.dep_ == "aux" and k.lower_ in ARRANGING_PRESENT for k in head.children)
    return head.lower_ in ARRANGING_PRESENT and head.tag_ in ("VBZ", "VBP")


def reported_past(tok: Token) -> bool:
    """Whether an event word stands in a clause that reports a past fact ("announced that the
    sides had reached a ceasefire"): the report's date is the latest it can have, and the one
    the text gives. A wish, a plan or a present ("I don't want a wasted meeting") is not."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    aux = {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")}
    # A plural present perfect ("announced that the delegations have signed") reports the
    # verb's own act; the nouns of its clause keep their own time.
    perfect = {"had", "has", "have"} if verb.i == tok.i else {"had", "has"}
    return verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and bool(aux & perfect)


def recalled(tok: Token) -> bool:
    """The clause of `tok` tells of a time before the one it stands in ("which they had agreed
    on during a call on May 16") or names a thing's date, not an occasion's."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return True
    return any(k.dep_ == "aux" and k.lower_ in ("had", "'d") for k in verb.children)
