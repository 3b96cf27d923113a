"""Dependency-parse helpers of the statement stage: what a verb of saying reports (its clause,
object, `to` clause or topic), whether a subject can be a source. Asides of saying are in
`statement_asides`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.contents import made_plain
from kg.extract.index import ActorIndex
from kg.extract.light_phrases import light_phrase
from kg.extract.source_nouns import (
    AGENT_SUFFIXES,
    NOT_AGENTS,
    PEOPLE_NOUNS,
    PEOPLE_PRONOUNS,
)
from kg.extract.statement_asides import (
    as_aside,
    bare_attribution,
    clause_around,
    list_after,
    parenthetical,
    spliced,
    spliced_on,
)
from kg.extract.statement_misparsed import (
    aside_after,
    for_clause_after,
    gerund_subject,
    quoted_name,
    that_as_object,
    that_clause,
)
from kg.extract.statement_objects import addressee_prep, condition_after, relative_label
from kg.extract.statement_words import (
    AUTHORED_IN_NOUNS,
    CHANNELS,
    CLAUSE_ONLY,
    DEMONSTRATIVE_ONLY,
    FIRST_PERSON,
    LABEL_VERBS,
    MODAL_ADJECTIVES,
    NOT_REPORTING,
    OBJECT_VERBS,
    PREP_CONTENT,
    RELAYING,
    SAYING,
    SOURCE_IN_NOUNS,
    SPEECH_VERBS,
    TALK_TOPIC_PREPS,
    TALKING,
    TOPIC_PREPS,
    XCOMP_VERBS,
)
from kg.nlp import doc_text, is_to_clause, token_after

# Cues whose complement can run on past where the parser cut it (see runs_on).
RUN_ON_CUES = OBJECT_VERBS | XCOMP_VERBS


def source_opening(t: Token) -> Token | None:
    """`In a poll/interview/letter, ...` opening its sentence: the poll, interview or letter."""
    if t.lower_ != "in" or t.dep_ != "prep":
        return None
    if not (t.i == t.sent.start or (t.doc[t.i - 1].is_punct and t.i - 1 == t.sent.start)):
        return None
    pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in SOURCE_IN_NOUNS | AUTHORED_IN_NOUNS:
        return None
    return pobj if opening_comma(t) is not None else None


def opening_comma(t: Token) -> int | None:
    """The comma that ends an opening phrase headed by `t`: the one just after its subtree;
    or, when the parser ran the phrase on into the clause ("In the analysis of the Institute,
    the high costs ... render": the costs read as conjoined with the Institute), the first
    comma inside it."""
    end = max(x.i for x in t.subtree)
    if end + 1 < len(t.doc) and t.doc[end + 1].text == ",":
        return end + 1
    if t.head.i <= end:
        return None  # the phrase holds its own verb: no clause after it to read
    return next((x.i for x in t.doc[t.i : end + 1] if x.text == ","), None)


def someone(subj: Token, comp: str, actors: ActorIndex) -> bool:
    """A subject that can be a source: a name, a person pronoun; `it` only with a clause ("It
    argues that ...": a report or a ruling)."""
    if subj.lower_ in PEOPLE_PRONOUNS:
        return True
    if subj.lower_ == "it":
        return comp == "ccomp"
    if subj.lower_ in ("we", "i"):
        return True  # an op-ed's writer, an organisation's "we" (outside quotations)
    if actors.at(subj.idx, subj.idx + len(subj)) is not None:
        return True
    # The name of an institution or a text that the actor stage did not keep still acts in its
    # own name: "the Times published ...", "the Convention obligates ..." (PolNeAR dev: 3 of
    # 5); a bare name it did not keep is too often no one ("Ruiz thinks ...").
    institution = subj.pos_ == "PROPN" and any(c.dep_ == "det" for c in subj.children)
    return institution or names_people(subj)


# Common nouns that name someone who can speak or act: groups, institutions, relatives, and
# texts that carry a view ("the poll", "the ad"). Agent nouns (-er, -or, -ist, -ian) and


def names_people(noun: Token) -> bool:
    """A common noun or unlisted name that stands for people: `regulators`, `Republicans`."""
    if noun.ent_type_ == "NORP":
        return True
    if noun.pos_ != "NOUN":
        return False
    lower = noun.lower_
    return lower in PEOPLE_NOUNS or (lower.endswith(AGENT_SUFFIXES) and lower not in NOT_AGENTS)


def predicate(root: Token) -> tuple[Token, str, tuple[int, int]] | None:
    """The cue and content of a sentence's main predicate, if it can report anything.

    A verb other than the light and physical ones, with a clause, object or topic; or `be`
    with an adjective that takes one ("was critical of", "are afraid that", "is eager to").
    """
    plain = made_plain(root)
    if plain is not None:
        return root, "ccomp", plain
    light = light_phrase(root)
    if light is not None:
        return root, "light", light
    if root.pos_ == "VERB" and root.tag_.startswith("VB") and root.lower_ not in NOT_REPORTING:
        comp = complement(root)
        return (root, *comp) if comp else None
    if root.pos_ == "AUX":
        adj = next((c for c in root.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        if adj is not None and adj.lower_ in MODAL_ADJECTIVES:
            return None
        comp = complement(adj) if adj is not None else None
        return (adj, *comp) if adj is not None and comp else None
    return None


def complement(verb: Token) -> tuple[str, tuple[int, int]] | None:
    """What a verb reports: its clause, its `to` clause (with any object before), its object."""
    right = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "mark")]
    ccomp = next((c for c in right if c.dep_ == "ccomp" and not bare_attribution(c)), None)
    if ccomp is not None:
        toks = [x for x in ccomp.subtree if not (x.dep_ == "mark" and x.head.i == ccomp.i)]
        return "ccomp", (toks[0].idx, toks[-1].idx + len(toks[-1]))
    xcomp = next((c for c in right if c.dep_ == "xcomp" and is_to_clause(c)), None)
    if xcomp is not None:
        first = right[0] if right[0].dep_ == "dobj" else xcomp
        return "xcomp", edges(first, xcomp)
    dobj = next((c for c in right if c.dep_ == "dobj"), None)
    if dobj is not None and _points_back(dobj, right):
        return None
    if dobj is not None:
        # The object with what follows it: "likened RT to the BBC", "hailed Trump as ...".
        tail = [c for c in right if c.dep_ not in ("npadvmod", "advmod")]
        return "dobj", edges(dobj, tail[-1])
    for prep in right:
        if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        # "spoke with Zelensky": with a name, `with` is whom one talks to, not what about.
        if obj is not None and _talking_to(verb, prep, obj):
            continue
        if obj is not None and not (prep.lower_ == "with" and obj.pos_ == "PROPN"):
            return "prep", edges(obj, obj)
    return None


def _points_back(dobj: Token, right: list[Token]) -> bool:
    """ "said this in a post on X", "confirmed it on Friday": a bare demonstrative object
    points at words given elsewhere; the rest tells where or when ("called this a disgrace"
    says something of it)."""
    return (
        dobj.lower_ in DEMONSTRATIVE_ONLY
        and not any(True for _ in dobj.children)
        and all(
            c.dep_ in ("dobj", "prep", "npadvmod", "advmod") or bare_attribution(c) for c in right
        )
    )


def _talking_to(verb: Token, prep: Token, obj: Token) -> bool:
    """`spoke on the phone`, `talked with reporters`: a verb of talking with whom or how,
    not what about."""
    if verb.lower_ not in TALKING and verb.lemma_.lower() not in TALKING:
        return False
    return prep.lower_ not in TALK_TOPIC_PREPS or obj.lower_ in CHANNELS


def participles(root: Token) -> list[Token]:
    """`…, encouraging his supporters to vote`: a participle after the main verb with no subject
    or conjunction of its own is something more its subject does (PolNeAR dev: 11 of 23)."""
    return [
        c
        for c in root.rights
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and not any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children)
    ]


def relayed_reports(root: Token) -> list[tuple[Token, Token]]:
    """`The ministry said Holm explained to Berg the reasons for the rules`: a named person's
    verb of saying in the clause a body's report gives, with its subject. What the person said
    is the verb's object, relayed by the body (the channel stage makes the body its `via`); a
    person's report of another's words is left to the outer statement."""
    outer = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lower_ not in SAYING or outer is None or outer.ent_type_ == "PERSON":
        return []
    if outer.lower_ in PEOPLE_PRONOUNS or outer.lower_ in FIRST_PERSON:
        return []
    out = []
    for c in root.children:
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        if c.dep_ == "ccomp" and c.lower_ in RELAYING and subj is not None:
            if subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON":
                out.append((c, subj))
    return out


def hypothetical(verb: Token, subj: Token) -> bool:
    """`She would impose a surcharge`, `should Clinton attempt a return`: what someone would do,
    or would do if, is a plan or a condition, not something they said (PolNeAR dev: 2 of 15
    annotated)."""
    return any(
        c.dep_ == "aux"
        and (c.lower_ in ("would", "'d", "’d") or (c.lower_ == "should" and c.i < subj.i))
        for c in verb.children
    )


def inverted_condition(verb: Token) -> bool:
    """`Should Fidan reject the offer, the envoys will leave`: a clause opened by an inverted
    `should`, `were` or `had` before the main verb is a condition, not something done or said
    (the parser often hangs the `should` on the subject)."""
    sent = verb.sent
    return sent[0].lower_ in ("should", "were", "had") and verb.i < sent.root.i


def has_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether a headline's words after its label say something (a verb), rather than name a
    date or a topic."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def polls(who: str) -> bool:
    return bool(who.split()) and who.split()[-1].lower() in SOURCE_IN_NOUNS


def names_a_source(who: str, start: int, end: int, actors: ActorIndex) -> bool:
    """A headline label that names someone (`A lesson from Loretta Lynch:`) or a poll."""
    last = who.split()[-1].lower() if who.split() else ""
    return last in SOURCE_IN_NOUNS or any(
        start <= mm.start and mm.end <= end for mm in actors.mentions
    )


def passive_act(verb: Token) -> bool:
    """A passive act with its agent: `was rejected by the Kremlin`, `has been endorsed by`."""
    return (
        verb.lower_ in OBJECT_VERBS
        and any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
    )


def c_has_object(prep: Token) -> bool:
    return any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


def edges(first: Token, last: Token) -> tuple[int, int]:
    lo, hi = first.left_edge, last.right_edge
    return lo.idx, hi.idx + len(hi)


def addressee_of(verb: Token) -> Token | None:
    """Whom a directive is addressed to: the object ("urged Kyiv"), or after `on` ("called on
    Moscow")."""
    for c in verb.rights:
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ == "on":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.dep_ in ("xcomp", "advcl", "ccomp"):
            return None
    return None


def content_of(verb: Token) -> tuple[int, int] | None:
    # A `that` clause the parser hung as an adverbial one counts too ("tweeted that ...").
    comp = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "parataxis")
        or (
            c.dep_ == "advcl"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        )
    ]
    # "While he acknowledged money was a reason, Smith praised ...": the clause belongs to
    # the verb of saying in the subordinate clause before it, not to the main verb.
    comp = [c for c in comp if c.i > verb.i or subordinate_saying(c) is None]
    # "Zelensky said this in a post on X, Ukrinform reports": a bare attribution after the
    # cue tells who relays the sentence; "pointed to the policy ..., His Excellency
    # reaffirmed ...": a sentence spliced on. Neither is what was said.
    comp = [c for c in comp if not bare_attribution(c) and not spliced_on(verb, c)]
    if comp:
        # "The probe set off fireworks: Republicans said they ...": what follows is said.
        c = next((x for x in comp if x.i > verb.i), comp[0])
        toks = [x for x in c.subtree]
        # "said the Iranians released by the US were close to ...": a reduced relative read as
        # a clause of its own, the real one hung right after it; two complement clauses do
        # not stand side by side, so the next one goes on the same words.
        for nxt in comp:
            if nxt.i > c.i and nxt.dep_ == "ccomp" and nxt.left_edge.i == toks[-1].i + 1:
                toks += list(nxt.subtree)
        toks += list_after(verb, toks[-1])
        # "said that ...": the complementiser is not part of what was said.
        while toks and (toks[0].dep_ == "mark" or toks[0].is_punct):
            toks = toks[1:]
        if not toks:
            return None
        return toks[0].idx, toks[-1].idx + len(toks[-1])
    lent = lent_clause(verb)
    if lent is not None:
        return lent
    label = relative_label(verb)
    if label is not None:
        return edges(*label)
    head = verb.head
    sub = subordinate_saying(head) if head.i != verb.i else None
    if sub is not None and sub.i == verb.i:
        last = head.right_edge
        while last.is_punct and last.i > verb.i:
            last = last.doc[last.i - 1]
        return edges(verb.doc[verb.i + 1], last)
    if as_aside(verb):
        # "As the minister noted, the talks ...": the clause it is set in is what was said.
        around = clause_around(verb)
        if around is not None:
            return around
    misparsed = that_clause(verb) or that_as_object(verb) or gerund_subject(verb)
    if misparsed is not None:
        return misparsed
    if passive_act(verb):
        # "The proposal was rejected by the Kremlin": what the agent rejected.
        subj = next(c for c in verb.children if c.dep_ == "nsubjpass")
        return edges(subj, subj)
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        return clause_around(verb)
    if parenthetical(verb):
        # (The opening clause the parser hung on the aside belongs to the sentence.)
        toks = [t for t in verb.head.subtree]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        return toks[0].idx, toks[-1].idx + len(toks[-1])
    right = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "mark")]
    lower = verb.lower_
    if lower in XCOMP_VERBS:
        # "wants to ...", "urged Kyiv to ...", "called on both sides to ...": the one
        # addressed (if any) through the `to` clause.
        addressee = addressee_of(verb)
        xcomp = [c for c in right if c.dep_ == "xcomp" and is_to_clause(c)]
        if not xcomp and addressee is not None and lower not in LABEL_VERBS:
            # "tells his supporters at a rally to ...": hung as an adverbial clause (but
            # "called Machado to thank her", "called a meeting to discuss" are purposes).
            xcomp = [c for c in verb.rights if c.dep_ == "advcl" and is_to_clause(c)]
        if xcomp:
            return edges(addressee if addressee is not None else xcomp[0], xcomp[-1])
    if lower in PREP_CONTENT:
        preps = PREP_CONTENT[lower]
        prep = next(
            (c for c in right if c.dep_ == "prep" and c.lower_ in preps and not when(c)),
            None,
        )
        if prep is None:
            # "informed the envoys about the talks": the topic hung on the one addressed.
            prep = addressee_prep(verb, preps)
            prep = None if prep is None or when(prep) else prep
        if prep is not None and lower in LABEL_VERBS and not right_after(verb, prep):
            prep = None  # "called on Moscow", not "called the minister on Friday"
        # (A no-break space after the preposition is a token of its own: `speaking of\xa0X`.)
        obj = next((c for c in prep.rights if not c.is_space), None) if prep else None
        if prep is not None and obj is not None and c_has_object(prep):
            objs = [x for x in right if x.i > prep.i and not spliced(x)]
            last = objs[-1] if objs else obj
            # "spoke of Turkey assuming the duty": the gerund right after the object (parsed
            # as the verb's adverbial clause) is what the topic does.
            after = last.right_edge.i + 1
            if after < len(verb.doc) and verb.doc[after].tag_ == "VBG":
                if verb.doc[after].dep_ == "advcl" and verb.doc[after].head.i == verb.i:
                    last = verb.doc[after]
            return edges(obj, condition_after(verb, last))
    if lower in LABEL_VERBS:
        # "called the charges unfounded": an object and what it is called.
        dobj = next((c for c in right if c.dep_ == "dobj"), None)
        pred = [c for c in right if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "dobj")]
        if dobj is not None and any(c.i > dobj.i for c in pred):
            return edges(dobj, right[-1])
        if dobj is not None and any(
            c.dep_ == "amod" and c.i > dobj.i and c.pos_ == "ADJ" for c in dobj.children
        ):
            # "calling the agreements "legitimate and fully compatible"": the parser hung the
            # predicate on the object as an adjective after it, which English does not do.
            return edges(dobj, dobj)
        return quoted_name(verb)
    if lower in CLAUSE_ONLY or lower not in OBJECT_VERBS:
        return None
    # "pointed out the flaws": the particle is part of the cue; alone it says nothing.
    right = [c for c in right if c.dep_ != "prt"]
    if not right or not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in right):
        return None
    return edges(right[0], aside_after(verb, for_clause_after(verb, right[-1])))


# Conjunctions that open a clause set before the main one ("While he acknowledged ...").
SUBORDINATORS = {"while", "although", "though", "as", "because", "since", "after", "when", "if"}


def subordinate_saying(clause: Token) -> Token | None:
    """`While he acknowledged money was a reason, Smith praised the staff`, parsed with
    `money was a reason` as what Smith praised and `While he acknowledged` hung on it: the
    verb of saying (with its own subject, opening a subordinate clause) whose words `clause`
    is. None when `clause`, a complement before its verb, is not so misparsed."""
    if clause.dep_ != "ccomp" or clause.i > clause.head.i:
        return None
    for c in clause.children:
        if (
            c.dep_ == "advcl"
            and c.i < clause.i
            and c.lower_ in SPEECH_VERBS
            and c.left_edge.lower_ in SUBORDINATORS
            and any(x.dep_ == "nsubj" for x in c.children)
            and not any(x.dep_ in ("ccomp", "dobj") for x in c.children)
        ):
            return c
    return None


def lent_clause(verb: Token) -> tuple[int, int] | None:
    """`continues to insist, most recently in an interview, that the deal is dead`: a `that`
    clause set off from the infinitive of saying by an aside is hung by the parser on the verb
    the infinitive depends on (`continues`, `went on`), which says nothing itself."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or head.lower_ in SPEECH_VERBS:
        return None
    for c in head.children:
        if c.dep_ == "ccomp" and c.i > verb.i:
            toks = list(c.subtree)
            if toks[0].dep_ != "mark" or toks[0].lower_ != "that" or len(toks) < 3:
                return None
            return edges(toks[1], toks[-1])
    return None


def when(phrase: Token) -> bool:
    """`Friday`, `on Friday`, `this week`: a phrase that only dates what was said."""
    words = [t for t in phrase.subtree if not t.is_punct]
    if phrase.dep_ == "prep":
        words = words[1:]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def right_after(verb: Token, prep: Token) -> bool:
    """`called for`, `called Friday for`, `called on Friday for`: the preposition follows the
    verb with at most the date of the words between them."""
    between = [t for t in verb.rights if t.i < prep.i]
    return all(t.i > verb.i and when(t) for t in between) and all(
        t.head.i == verb.i or any(a.i in {b.i for b in between} for a in t.ancestors)
        for t in verb.doc[verb.i + 1 : prep.i]
    )


def described(verb: Token) -> bool:
    """`the militia, which supports the PKK`: a relative clause on a thing that takes a stance
    with no words of its own (no clause) tells what the thing is. One on a person is still
    what they said or did (`Cruz, who refused to endorse Trump`; PolNeAR annotates those)."""
    return (
        verb.dep_ == "relcl"
        and verb.lower_ not in SAYING
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children)
        and not any(c.dep_ == "ccomp" for c in verb.children)
    )


def clauses_before(verb: Token, start: int, end: int) -> tuple[int, int]:
    """`The cost is six billion euros, but the markets are saturated, he noted.`: an aside
    after several clauses the parser hung on it one by one reports them all."""
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if len(comps) < 2 or any(c.i > verb.i for c in comps):
        return start, end
    first, last = min(c.left_edge.i for c in comps), max(c.right_edge.i for c in comps)
    doc = verb.doc
    while first < last and (doc[first].is_punct or doc[first].dep_ == "mark"):
        first += 1
    return min(start, doc[first].idx), max(end, doc[last].idx + len(doc[last]))


def for_clause(verb: Token) -> tuple[int, int] | None:
    """`calling for the killers to be brought to justice`: a `for … to` clause (parsed as an
    adverbial one marked by `for`) is what a verb of demanding asks for."""
    if "for" not in PREP_CONTENT.get(verb.lower_, ()):
        return None
    for c in verb.rights:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        if c.dep_ == "advcl" and mark is not None and is_to_clause(c):
            first = verb.doc[mark.i + 1]
            return first.idx, c.right_edge.idx + len(c.right_edge)
    return None


def with_infinitive(verb: Token, start: int, end: int) -> tuple[int, int]:
    """`called for G7 action to correct the crisis`, `called on both sides to ...`: a `to`
    clause right after what a verb of demanding is for is part of the demand, though the
    parser hung it on the verb as a purpose."""
    doc = verb.doc
    if verb.lower_ not in PREP_CONTENT:
        return start, end
    nxt = token_after(doc, verb.i, end)
    if nxt is None or nxt.lower_ != "to" or nxt.idx - end > 1:
        return start, end
    clause = nxt.head
    if clause.head.i != verb.i or clause.dep_ not in ("advcl", "xcomp") or nxt.dep_ != "aux":
        return start, end
    last = clause.right_edge
    return start, last.idx + len(last)


def runs_on(verb: Token, start: int, end: int) -> tuple[int, int]:
    """`underscored her commitment to X and to facilitating Y`, `called on both parties to
    resume X, share Y and open Z`, `affirmed Malta's keenness to restore X`: the parser
    hung the rest of the complement on the cue, so the words stop short. A verb joined to a
    past or third-person cue in another form (a gerund, a bare infinitive, a plain present)
    cannot be a second deed of the speaker, and a `to` clause right after an object noun
    completes it: both run the words on."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or verb.lower_ not in RUN_ON_CUES:
        return start, end
    text = doc_text(doc)
    for c in verb.rights:
        if c.idx < end:
            continue
        gap = text[end : c.left_edge.idx].replace(",", " ").split()
        joined = all(w in ("and", "or") for w in gap)
        if c.dep_ == "conj" and c.tag_ in ("VB", "VBG", "VBP") and joined:
            if c.lower_ in SPEECH_VERBS or any(x.dep_.startswith("nsubj") for x in c.children):
                break  # `…, adding that …`: a statement of its own
        elif c.dep_ == "advcl" and not gap and is_to_clause(c):
            if doc[c.left_edge.i - 1].pos_ not in ("NOUN", "PROPN"):
                break  # `urged X, to …`: only an object noun takes the clause
        elif c.is_punct or c.dep_ == "cc":
            continue
        else:
            break
        last = c.right_edge
        while last.is_punct and last.i > c.i:
            last = doc[last.i - 1]
        end = last.idx + len(last)
    return start, end


def before_participle(doc: Doc, verb: Token, start: int, end: int) -> tuple[int, int]:
    """`said the 36 must face charges, adding Iran will pursue ...`: a participle of saying
    after a comma that the parser hung inside the clause is the speaker's next statement (read
    of its own); what the first verb said ends at the comma."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    for w in span[1:]:
        if (
            w.tag_ == "VBG"
            and w.lower_ in SPEECH_VERBS
            and doc[w.i - 1].text == ","
            and w.dep_ in ("advcl", "conj", "xcomp")
            and w.head.i != verb.i
        ):
            return start, doc[w.i - 1].idx
    return start, end
