"""Asides of saying: `As the minister noted, ...`, `The outreach, they said, raised ...`,
`If the sides agree, he observed, the border could reopen`; which clause such an aside
reports. And the clauses set off by a comma that report nothing of the cue before them: an
outlet's `..., Ukrinform reports`, a sentence spliced on."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.statement_words import (
    PREP_CONTENT,
    QUOTE_VERBS,
    SPEECH_VERBS,
    TIME_ENTS,
    verb_forms,
)

# What an `as` aside may carry besides its subject: `as he has often said since`.
ASIDE_DEPS = {"nsubj", "mark", "aux", "advmod", "prt", "punct", "neg", "npadvmod"}


def as_aside(verb: Token) -> bool:
    """`As the minister noted, …`, `…, as officials have said.`, `As she put it, …`, `…, as
    confirmed by the council.`: an `as` clause of saying with nothing to say of its own,
    closed by punctuation (`as he welcomed the envoys` tells when; `as she called for talks`
    says something itself)."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return False
    put_it = verb.lemma_ == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )
    if not (verb.lower_ in SPEECH_VERBS or put_it):
        return False
    after = max(t.i for t in verb.subtree if not t.is_punct) + 1
    if after < len(verb.doc) and not verb.doc[after].is_punct:
        return False
    # (Or in the passive, its speaker the agent: "..., as confirmed by the European Council.")
    passive = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    if not passive and not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    topics = PREP_CONTENT.get(verb.lower_, ())
    return all(
        c.dep_ in ASIDE_DEPS
        # (a second agent the parser hung on the verb: "by the council and the speech by X")
        or (passive and (c.dep_ == "agent" or c.dep_ in ("cc", "conj") and c.pos_ != "VERB"))
        or (c.dep_ == "dobj" and c.lower_ == "it")
        or (c.dep_ == "prep" and c.lower_ not in topics)  # `put it in a statement`
        for c in verb.children
    )


def parenthetical(verb: Token) -> bool:
    """`If the sides agree, he observed this week, the border could reopen`: an aside of
    saying set off by commas that the parser took for a complement of the main verb after it,
    hanging the opening clause on the aside; it says the whole sentence."""
    if verb.dep_ != "ccomp" or verb.head.i < verb.i:
        return False
    if verb.lower_ not in SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    return _set_off(verb)


def _set_off(verb: Token) -> bool:
    """The verb and its subject stand between commas with nothing of their own but when
    and how: `…, he observed this week, …`."""
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return False
    rights = [c for c in verb.rights if not c.is_punct]
    if any(c.dep_ not in ("npadvmod", "advmod", "prep") for c in rights):
        return False
    after = max([verb.i, *(t.i for c in rights for t in c.subtree)]) + 1
    return after < len(doc) and doc[after].text == ","


def attributing_aside(verb: Token) -> tuple[int, int] | None:
    """`…, the envoy continued.`, `…, the ministry concluded.`, `During the talks, the envoy
    continued, both sides …`: a verb that alone only attributes quotations (`continue`,
    `conclude`: it may tell of a thing going on or ending) attributes reported words too
    where it stands as an aside with its subject and nothing else, set off by a comma after
    the clause it reports or inside it. The words it reports, or None."""
    if verb.lower_ not in QUOTE_VERBS or verb.lower_ in SPEECH_VERBS:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i:
        return clause_around(verb) if _set_off(verb) else None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    said = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if subj is None or not said or any(not (t.is_punct or t.is_space) for t in verb.rights):
        return None
    if subj.left_edge.i == 0 or verb.doc[subj.left_edge.i - 1].text != ",":
        return None  # (the clause must close before the attribution: `…, X continued`)
    toks = [t for t in said[0].subtree if not (t.is_punct or t.is_space)]
    return (toks[0].idx, toks[-1].idx + len(toks[-1])) if toks else None


def trailing_conjunct(verb: Token) -> tuple[int, int] | None:
    """`The sides have agreed to a truce, the minister announced on Sunday.` parsed with the
    attribution as a conjunct of the clause it closes: a verb joined to it with no
    conjunction, after a comma, with a subject of its own and only when and where besides,
    is the clause's attribution (a conjunct proper has `and`, or shares the subject). The
    words before the comma, or None."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "conj" or head.i >= verb.i:
        return None
    # (The conjunction of an earlier pair stands before that pair's second member: `agreed
    # to a truce and start talks, the minister announced`.)
    prev = max([head.i, *(c.i for c in head.children if c.dep_ == "conj" and c.i < verb.i)])
    if any(c.dep_ == "cc" and prev < c.i < verb.i for c in (*head.children, *verb.lefts)):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ not in ("npadvmod", "advmod", "prep", "punct") for c in verb.rights):
        return None
    toks = _trimmed([t for t in head.subtree if t.i < subj.left_edge.i - 1])
    return (toks[0].idx, toks[-1].idx + len(toks[-1])) if len(toks) >= 3 else None


def closing_attribution(verb: Token) -> tuple[int, int] | None:
    """`The Internet has made it possible for people ... to organize, she said.`: a verb of
    saying that closes its sentence after a comma, with its subject and at most when and where
    besides, attributes the words before the comma, however the parser hung them (here the
    clause became the verb's own subject and subordinator). The sentence's words before the
    comma, or None."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    # (The last subject: the misparse may give the verb the clause's subject too.)
    subj = max((c for c in verb.lefts if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
    if subj is None or subj.right_edge.i != verb.i - 1:
        return None
    comma = subj.left_edge.i - 1
    sent = verb.sent
    if comma <= sent.start or doc[comma].text != ",":
        return None
    if any(c.dep_ not in ("npadvmod", "advmod", "prep", "punct") for c in verb.rights):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.right_edge.i + 1 : sent.end]):
        return None  # the sentence goes on: the words are not all before the verb
    if any(t.text in QUOTE_MARKS for t in doc[verb.i + 1 : sent.end]):
        return None  # `..., the minister replied, "Well, maybe so."`: the quotation is said
    toks = _trimmed(list(doc[sent.start : comma]))
    if len(toks) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _trimmed(toks: list[Token]) -> list[Token]:
    """The words without the punctuation and spaces around them, but for the marks that close
    what they belong to (`CLOSERS`) at the end."""
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text not in CLOSERS):
        toks = toks[:-1]
    return toks


# Quotation marks as the tokenizer gives them.
QUOTE_MARKS = {"\u201c", "\u201d", '"', "\u2018", "\u2019", "``", "''"}


# Marks that close what they belong to and stay with it at the end of a content.
CLOSERS = {")", "]", "”", '"', "’"}


def clause_around(verb: Token) -> tuple[int, int] | None:
    """`Acts of protest, he said, are acts of patriotism`: the clause the aside sits in.

    An aside at either end is left out. One in the middle splits the clause, and the content
    is one range: what follows the aside, as annotators mark it ("The outreach, they said,
    raised new worries": `raised new worries`; the words before are the writer's lead-in).
    """
    head = verb.head
    # Attached to a noun ("The difference now, he said, is ..."): the clause is its verb's.
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    aside = {t.i for t in verb.subtree}
    toks = [t for t in head.subtree if t.i not in aside]
    last_aside = max(aside)
    after = [t for t in toks if t.i > last_aside]
    before = [t for t in toks if t.i < verb.i]
    # "..., the ministry said, cited by the official press agency": a past participle after
    # the aside tells where the words were relayed; they are the clause before it.
    tail = [t for t in after if not t.is_punct]
    relayed = bool(tail) and tail[0].tag_ == "VBN"
    if (relayed or _adjunct_after(head, verb, tail)) and _has_words(before):
        toks = before
    elif any(not t.is_punct for t in before) and _has_words(after):
        toks = after
    while toks and toks[0].is_punct:
        toks = toks[1:]
    # (The blank line the parser hangs on a paragraph's last word is no word of the clause.)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


# Conjunctions that open an adverbial clause: "..., the ministry said, after talks failed".
ADJUNCT_MARKS = {"after", "before", "as", "while", "since", "when", "amid", "because", "although"}


def _adjunct_after(head: Token, verb: Token, tail: list[Token]) -> bool:
    """Whether the words after an aside are the writer's circumstance, so that what was said
    is the clause before it: the clause's own verb stands before the aside ("X held a call on
    Tuesday, the ministry said, a week after ..."), or what follows it opens with a
    subordinating conjunction ("..., the palace said, after tensions rose")."""
    if not tail:
        return False
    if head.i < verb.i and all(t.i != head.i for t in tail):
        return True
    return tail[0].dep_ == "mark" and tail[0].lower_ in ADJUNCT_MARKS


def _has_words(toks: list[Token]) -> bool:
    """Enough words after an aside to be what was said: three or more, one of them a verb."""
    words = [t for t in toks if not t.is_punct]
    return len(words) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in words)


# What a bare attribution (`..., Ukrinform reports`) carries besides its verb.
BARE_DEPS = {"nsubj", "aux", "advmod", "npadvmod", "punct", "neg"}


def _quoted_as_saying(dep: Token) -> bool:
    """`quoted him as saying`, `cited her as telling reporters`: the pronoun and the `as`
    phrase of a relaying verb only point back at the speaker and the words already given
    (the relay layer, not more content)."""
    if dep.dep_ == "dobj":
        return dep.pos_ == "PRON" and not list(dep.children)
    if dep.dep_ != "prep" or dep.lower_ != "as":
        return False
    said = [c for c in dep.children if c.dep_ == "pcomp"]
    return (
        len(said) == 1
        and said[0].lower_ in SPEECH_VERBS
        and not any(c.dep_ in ("ccomp", "xcomp") for c in said[0].children)
    )


# Verbs that relay another's words with `as saying` (`quoted him as saying`).
QUOTING_AS = verb_forms("quote", "cite")


def bare_attribution(clause: Token) -> bool:
    """A clause that is only a subject and a verb of saying, set off by a comma after the
    words it attributes (`..., Ukrinform reports`, `..., officials said`)."""
    doc = clause.doc
    first = next(t for t in clause.subtree if not t.is_punct or t.i == clause.i)
    if first.dep_ == "npadvmod" and first.head.i == clause.i and first.ent_type_ in TIME_ENTS:
        # "... said Sunday, the agency reported": the parser hung the saying verb's day on
        # the attribution after it; the comma that sets the attribution off follows the day.
        first = doc[first.right_edge.i + 1]
        while first.is_punct and first.i < clause.i:
            first = doc[first.i + 1]
    return (
        (clause.lower_ in SPEECH_VERBS or clause.lower_ in QUOTING_AS)
        and any(c.dep_ == "nsubj" for c in clause.children)
        and all(c.dep_ in BARE_DEPS or _quoted_as_saying(c) for c in clause.children)
        and first.i > 0
        and doc[first.i - 1].text == ","
    )


def spliced(clause: Token) -> bool:
    """A clause with its own subject hung on a verb after a comma ("pointed to the policy
    ..., His Excellency reaffirmed ..."): a sentence of its own, not the verb's complement."""
    left = next(t for t in clause.subtree if not t.is_punct or t.i == clause.i)
    return (
        clause.dep_ in ("ccomp", "parataxis")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and left.i > 0
        and clause.doc[left.i - 1].text == ","
    )


def spliced_on(verb: Token, clause: Token) -> bool:
    """A spliced clause after the topic of a verb that takes its topic by a preposition
    ("pointed to the consistent policy ..., His Excellency reaffirmed ...")."""
    topics = PREP_CONTENT.get(verb.lower_, ())
    return spliced(clause) and any(
        p.dep_ == "prep" and p.lower_ in topics and p.i < clause.i for p in verb.children
    )


# Subjects that go on with what was said in a clause the parser conjoined to the verb of
# saying ("said the mediation stalled but it received a push", "stressed that he represents
# continuity, and he will accomplish ..."); a new party ("..., and the rebels did not attend")
# is the writer's narration again.
CARRYING_ON = {"he", "she", "it"}


def carried_on(verb: Token, start: int, end: int) -> tuple[int, int]:
    """The content of a verb with a clause complement, run on over the clause conjoined to the
    verb right after it, when that clause goes on with what was said: its subject a singular
    pronoun, its verb none of saying (`..., and she accused X`: a saying of its own)."""
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return start, end
    after = [c for c in verb.rights if c.dep_ == "conj" and c.idx >= end]
    if not after or after[0].pos_ not in ("VERB", "AUX") or after[0].lower_ in SPEECH_VERBS:
        return start, end
    subj = next((c for c in after[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in CARRYING_ON:
        return start, end
    last = max(t for t in after[0].subtree if not t.is_punct)
    return start, max(end, last.idx + len(last))


def list_after(verb: Token, last: Token) -> list[Token]:
    """The rest of a list the parser cut off a verb of saying's clause ending at `last`: "announced
    it will suspend nuclear tests, missile launches and ..." hangs "launches" on "announced" as
    its object, but a verb with a clause of what was said has no object after it, past a comma."""
    doc = verb.doc
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.left_edge.i == last.i + 2 and doc[last.i + 1].text == ",":
            return [doc[last.i + 1], *obj.subtree]
    return []
