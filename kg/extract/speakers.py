"""Speakers: whose words a verb of saying or an `according to` reports.

The subject of the verb (through passives, gerunds under a preposition, relative clauses and
misparsed reduced relatives) names the speaker; the actor it stands for is asked of the actor
index, which resolves names and, through the discourse stage, pronouns and descriptions
("he", "the minister", "the ministry"). The words themselves are returned as evidence.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.coordination import members
from kg.extract.discourse_words import INNER_CLAUSES
from kg.extract.index import ActorIndex
from kg.extract.speaker_participles import (
    claims_participle,
    participle_subject,
    reporters_participle,
    subject,
    subject_up,
    trailing_participle_subject,
)
from kg.nlp import doc_text

Attribution = tuple[str | None, tuple[int, int] | None, tuple[int, int]]


def speaker_of(
    verb: Token, actors: ActorIndex, speech_verbs: Collection[str]
) -> Attribution | None:
    cue = (verb.idx, verb.idx + len(verb))
    # Of two subjects the parse gave the verb ('"That, unfortunately," he said, "is ..."': the
    # quotation's first words too), the one nearest it.
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subj is not None and participle_subject(verb, subj):
        subj = None  # (the clause's subject speaks: see the loop up the heads below)
    subj = _recalled(verb, speech_verbs) or subj
    if subj is not None and subj.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if pobj is None:
            return None  # "it is noted that": no speaker
        subj = pobj
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBN":
        # "..., as confirmed by the European Council": the agent of a passive aside speaks.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if subj is None and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        # "Interfax quoted the minister as saying ...", "cited an official as urging ...":
        # the one quoted speaks, not the outlet quoting them; in the passive ("X was quoted
        # as saying"), the passive's subject.
        quoting = list(verb.head.head.children)
        subj = next((c for c in quoting if c.dep_ == "dobj"), None) or next(
            (c for c in quoting if c.dep_ == "nsubjpass"), None
        )
    if subj is None and reporters_participle(verb, speech_verbs):
        # "He said the two leaders will meet on Monday, adding that ...": a participle of
        # saying set off at the end of a reported clause goes on with the report, however
        # the parser hung it on the clause inside.
        subj = subject_up(verb.head.head)
    if subj is None and claims_participle(verb, speech_verbs):
        # "The government denied reports that X came under fire, saying ...": so too after
        # the clause of a noun of saying, for the subject of the verb the noun is object of.
        subj = subject_up(verb.head.head.head)
    if subj is None and verb.dep_ == "conj":
        # "signed it in the presence of X, who admitted ... but said ...": the conjunct the
        # parse hung on the main verb goes on with the relative clause just before it.
        subj = _relative_antecedent(verb)
    head = verb
    # "X replied by saying ...": a gerund under a preposition speaks for the clause's subject
    # ("X was forceful in blaming Iran": through the adjective too).
    while (
        subj is None
        and head.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acomp")
        and head.head != head
    ):
        if head.dep_ == "conj" and head.tag_ == "VBD" and head.head.tag_ == "VB":
            # "Putin backpedaled on his prediction that Russia would pull out ..., and
            # blamed oil": a past tense hung on a verb under a modal or `to` is the
            # conjunct of the nearest past tense above them, whose subject speaks.
            past = next((a for a in head.head.ancestors if a.tag_ == "VBD" and subject(a)), None)
            if past is not None:
                subj = subject(past)
                break
        head = head.head
        subj = subject(head)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT":
        # A past tense read as a reduced relative ("The minister called on both sides to
        # ..." parsed as "the minister [who was] called on"): a finite verb has a subject.
        subj = verb.head
    root = verb.sent.root
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and root.tag_ == "VBG":
        # "X speaking to the think tank called the deal void": the participle taken for the
        # main verb and the finite one for a relative; the sentence's subject is the finite
        # verb's.
        subj = subject(root)
    if (
        subj is None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "nsubj"
        and verb.head.head.lower_ in speech_verbs
        and not participle_subject(verb.head.head, verb.head)
    ):
        # "said Marchuk, speaking of the treaty": a participle hung on a speaker is theirs.
        subj = verb.head
    if subj is None:
        subj = trailing_participle_subject(verb)
    if subj is None and verb.dep_ == "ROOT":
        subj = fronted_subject(verb)
    if subj is None and verb.dep_ == "ROOT":
        subj = opening_subject(verb) or closing_subject(verb)
    if subj is None:
        return None
    subj = speaker_past_dateline(subj, verb)
    if subj.lower_ in ("there", "this", "that", "what"):
        return None  # "there is said to be": no one in particular
    relative = None
    if subj.lower_ in ("who", "which") and verb.dep_ == "relcl":
        # "Peskov, who said that ...": Peskov speaks; the source as written is `who`.
        relative = (subj.idx, subj.idx + len(subj))
        subj = verb.head
    if verb.dep_ == "relcl" and any(
        c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children
    ):
        # "Iran, whose leaders have called for ...": the relative's head, for which its
        # leaders or officials speak; the source as written is "whose leaders".
        relative = (subj.left_edge.idx, subj.idx + len(subj))
        subj = verb.head
    if subj.lower_ in ("we", "i", "you", "who", "which"):
        # Unresolved first-person speakers: the words are still a statement.
        return None, (subj.idx, subj.idx + len(subj)), cue
    last = subj.right_edge
    if last.i >= verb.i > subj.i:
        # The verb's clause hangs on the speaker ("Peskov, who said", a misparsed "The
        # minister called on"): the speaker ends where that clause begins.
        last = verb.doc[max(subj.i, verb.left_edge.i - 1)]
        while last.i > subj.i and last.is_punct:
            last = verb.doc[last.i - 1]
    while subj.head != verb and last.i > subj.i and last.text == ",":
        last = verb.doc[last.i - 1]  # the comma that closes a name hung on the words before
    sspan = relative or (subj.left_edge.idx, last.idx + len(last))
    if subj.pos_ == "PRON":
        return (
            actors.resolve(subj.idx, subj.idx + len(subj)),
            (subj.idx, subj.idx + len(subj)),
            cue,
        )
    speaker = actors.resolve(subj.idx, subj.idx + len(subj))
    if speaker is None and subj.pos_ == "PROPN":
        speaker = first_name_holder(subj, actors)
    if subj.tag_ in ("NNS", "NNPS"):
        # "the two leading Republicans, X and Senator Y, have questioned": the apposition
        # names the group, and its first party speaks (as "X and Y said" is X's).
        speaker = next(
            (
                a
                for c in subj.children
                if c.dep_ == "appos" and (a := actors.at(c.idx, c.idx + len(c)))
            ),
            speaker,
        )
    if speaker is None:
        # The head is a common noun ("Russian media", "a source"): unnamed unless a name
        # stands in apposition ("the spokeswoman, Tammy Bruce").
        # ("expert and former official, Avinoam Idan, said": on the last of two nouns.)
        heads = members(subj)
        for c in (x for h in heads for x in h.children):
            if c.dep_ == "appos" and speaker is None:
                speaker = actors.at(c.idx, c.idx + len(c))
    if speaker is None and subj.pos_ == "NOUN":
        # "Cyber security experts and U.S. officials said": of coordinated subjects, unnamed
        # people first, the first that stands for an actor speaks (as "X and Y said" is X's).
        speaker = next(
            (
                found
                for c in subj.conjuncts
                if c.i > subj.i and (found := actors.resolve(c.idx, c.idx + len(c))) is not None
            ),
            None,
        )
    if speaker is None and subj.pos_ == "NOUN":
        # A misparse makes a noun of the subject's own phrase its head ("the United States,
        # Egypt and Qatar, mediators of the talks, announced" read with "talks" as subject):
        # a name the parser hung on it as a subject of its own is the speaker.
        for c in subj.lefts:
            if c.dep_ == "nsubj" and c.pos_ == "PROPN":
                speaker = actors.resolve(c.idx, c.idx + len(c))
                break
    if speaker is None and subj.tag_ in ("NNS", "NNPS"):
        speaker = named_member(subj, actors)
    if speaker is None and subj.pos_ in ("NOUN", "PRON", "ADJ"):
        # "A number of other nations, including X and Y, said": a part of a group that
        # names who is in it, as the group itself.
        for of in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
            group = next((x for x in of.children if x.dep_ == "pobj"), None)
            if speaker is None and group is not None and group.tag_ in ("NNS", "NNPS"):
                speaker = named_member(group, actors)
    if relative is None and not any(c.dep_ in INNER_CLAUSES for c in subj.children):
        # (Not a name closing a clause hung on the subject: "The minister, who met his
        # counterpart, X, said" is the minister's.)
        speaker = closing_person(actors, sspan, doc_text(verb.doc)) or speaker
    return speaker, sspan, cue


def first_name_holder(subj: Token, actors: ActorIndex) -> str | None:
    """The person a one-word name the actor stage linked to no one stands for, when it opens
    the name of exactly one actor of the article, a person, and is no word of any other
    actor's names ("Ilsa said" for Ilsa Marrow; a family name written first, "Pak said" for
    Pak Song-il). The stage links surnames itself; a word two actors share names neither.
    A person or body whose whole name is the word is that actor, whichever of the two the
    tagger made it; a state never is (the stage links a state's name itself)."""
    if any(c.dep_ == "compound" for c in subj.children) or not subj.text[:1].isupper():
        return None
    word = subj.text.casefold()
    # The whole name of one actor, whatever type the tagger gave it where it was first named
    # (an unfamiliar surname is often tagged an organisation): that actor.
    whole = {
        a.id
        for a in actors.actors
        if a.type in ("Person", "Organization") and a.name.casefold() == word
    }
    if len(whole) == 1:
        return whole.pop()
    holders: set[str] = set()
    for actor in actors.actors:
        names = [n.replace("-", " ").split() for n in (actor.name, *actor.aliases)]
        if not any(word == w.casefold() for n in names for w in n):
            continue
        if actor.type != "Person" or not any(n and n[0].casefold() == word for n in names):
            return None
        holders.add(actor.id)
    return holders.pop() if len(holders) == 1 else None


def closing_person(actors: ActorIndex, span: tuple[int, int], text: str) -> str | None:
    """The one person named in the speaker's words, when the name closes them after a title
    ("Russian Co-Chair of the Minsk Group Anna Berg said", "The EU envoy for the region,
    Anna Berg, said"): the title is the person's, however the parser hung the name on it
    (as the object of its `of`, or beside a place the title names)."""
    start, end = span
    while end > start and text[end - 1] in " ,":
        end -= 1
    if any(start <= s < end for s, _e in actors.outlets):
        return None  # an outlet's words: the statement readers look past the outlet
    people = [
        m
        for m in actors.mentions
        if not m.nested and start <= m.start and m.end <= end
        if actors.by_id(m.actor).type == "Person"
    ]
    # The stages append mentions as they find them, so the list is not in text order.
    if len({m.actor for m in people}) != 1:
        return None
    if max(m.end for m in people) != end or min(m.start for m in people) == start:
        return None
    return people[0].actor


def _recalled(verb: Token, speech_verbs: Collection[str]) -> Token | None:
    """ "'...,' Mitchell recalled the president telling him": who is remembered saying the
    words said them (the one recalling only relays them)."""
    if verb.lemma_.lower() not in ("recall", "remember"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    saying = [
        c
        for c in (*verb.children, *obj.children)
        if c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VBG" and c.i == obj.right_edge.i + 1
    ]
    return obj if saying and saying[0].lemma_.lower() in speech_verbs else None


def _relative_antecedent(verb: Token) -> Token | None:
    """The antecedent of a relative clause (`who`, `which`) that ends right before a subjectless
    conjunct, with only a conjunction (or a closing quotation mark) between: the conjunct is a
    second verb of the relative clause, whatever the parse hung it on ("X, who admitted ...
    but said ..."). A comma closes the relative clause ("X, who stayed in Y, and said" goes
    on with the main clause)."""
    before = verb.i - 1
    doc = verb.doc
    while before > verb.head.i and (doc[before].is_quote or doc[before].dep_ == "cc"):
        before -= 1
    rel = next(
        (
            t
            for t in doc[before].ancestors
            if t.dep_ == "relcl"
            and t.i > verb.head.i
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in t.children)
        ),
        None,
    )
    # (The clause may end on the closing quotation mark the parse hung on it.)
    if rel is None or before == verb.i - 1 or not before <= rel.right_edge.i < verb.i:
        return None
    return rel.head


def named_member(group: Token, actors: ActorIndex) -> str | None:
    """A group described by who is in it ("the field's biggest hawks, like Rubio and Bush,
    say", "German firms including Deutsche Bahn and Siemens announced"): the first named
    speaks for it, as the first of coordinated subjects does."""
    for c in group.rights:
        if c.dep_ == "prep" and (
            c.lower_ in ("like", "including") or (c.lower_ == "as" and c.nbor(-1).lower_ == "such")
        ):
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None:
                return actors.resolve(obj.idx, obj.idx + len(obj))
    return None


_ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def opening_subject(root: Token) -> Token | None:
    """The name opening a sentence and set off by a comma, when the sentence's main verb has no
    subject ("Trump, later alleging that Obama wanted ..., said he would ..."): the parser hung
    the name on the clause inside; the name's last word is the subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return None
    doc = root.doc
    k = root.sent.start
    while k < root.i and doc[k].is_punct:
        k += 1
    name = k
    while name + 1 < root.i and doc[name + 1].ent_iob_ == "I":
        name += 1
    tok = doc[name]
    if tok.ent_type_ not in _ACTOR_ENTS or name + 1 >= root.i or doc[name + 1].text != ",":
        return fronted_subject(root)
    return tok


def fronted_subject(root: Token) -> Token | None:
    """The name just before a main verb that has no subject, which the parser folded into a
    phrase opening the sentence: as its object ("In a meeting with the board Trump said that
    ...") or, after a comma, as an apposition of the phrase's last noun ("In talks with his
    counterpart, the Information Minister X said ..."). The name speaks."""
    if root.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return None
    prev = root.doc[root.i - 1]
    if prev.dep_ not in ("pobj", "appos") or prev.pos_ not in ("PROPN", "NOUN"):
        return None
    # A common noun only as an apposition set off by a comma ("Following the death of X,
    # Pakistan's foreign office said ..."): there the comma and the opening phrase show the
    # noun phrase begins the clause; as a phrase's object ("In a meeting with the board
    # said") a common noun is the phrase's own.
    if prev.pos_ == "NOUN" and prev.dep_ != "appos":
        return None
    if prev.dep_ == "appos":
        first = prev.left_edge.i
        phrase = next((a for a in prev.ancestors if a.head == root), None)
        comma = first > 0 and root.doc[first - 1].text == ","
        if not comma or phrase is None or phrase.dep_ != "prep" or phrase.i > first:
            return None
    return prev


def closing_subject(root: Token) -> Token | None:
    """The name set off by commas just before a main verb of saying that has no subject
    ("Talks will resume on Wednesday, Darka Olifer, press secretary of X, said"): the parser
    hung the name on the reported clause (as a conjunct or apposition of its last words), so
    the words before the verb are read without a speaker. The phrase the verb's comma closes
    is the subject."""
    if root.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return None
    doc = root.doc
    comma = doc[root.i - 1]
    name = comma.head
    if comma.text != "," or name.i >= comma.i or name.pos_ not in ("PROPN", "NOUN"):
        return None
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i < name.i), None)
    if said is None or name not in said.subtree or name.dep_ not in ("conj", "appos", "npadvmod"):
        return None
    # Only a phrase of its own: a comma before the name's first word.
    first = min((c.i for c in name.lefts if c.dep_ in _NAME_PARTS), default=name.i)
    return name if first > 0 and doc[first - 1].text == "," else None


_NAME_PARTS = ("compound", "det", "amod", "poss", "nmod", "case")


DASHES = ("—", "–", "-", "--")


def speaker_past_dateline(subj: Token, verb: Token) -> Token:
    """A dateline before a dash is where the story was filed, not who speaks ("Jeddah — The
    facilitators say", "Luanda — Angola's Foreign Minister, X, said", "TEHRAN (Reuters) - X
    said"): the speaker is the head of the words between the dash and the verb, however the
    parser hung them on the place."""
    doc = subj.doc
    if _credit(subj):
        dash, opens = subj.i + 2, True  # the agency itself taken for the subject
    else:
        dash, opens = _credit_end(subj) + 1, bool(subj.is_sent_start)
    if not opens or dash >= len(doc) or not _ends_dateline(doc[dash], subj):
        return subj
    # (Up to the verb the place hangs on: "X rejected the offer, saying ..." is X's too.)
    lo, hi = dash + 1, subj.head.i if dash < subj.head.i < verb.i else verb.i
    heads = [
        t
        for t in doc[lo:hi]
        if not t.is_punct and not (lo <= t.head.i < hi) and t.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    if heads:
        return heads[0]
    appos = next((c for c in subj.children if c.dep_ == "appos"), None)
    return appos if appos is not None else subj


def _credit(tok: Token) -> bool:
    """Whether the token is an agency credited in brackets after a dateline in capitals
    ("TEHRAN (Reuters) -")."""
    doc = tok.doc
    return (
        2 <= tok.i < len(doc) - 1
        and doc[tok.i - 1].text == "("
        and doc[tok.i + 1].text == ")"
        and doc[tok.i - 2].text.isupper()
    )


def _ends_dateline(tok: Token, place: Token) -> bool:
    """Whether `tok` closes a dateline: a dash; or, after a place in capitals, a colon
    ("TRIPOLI, Nov 04 (Xinhua):", "ISLAMABAD:", as Xinhua and South Asian papers write it),
    which the tokenizer may join to the credit's bracket ("):")."""
    if tok.text in DASHES:
        return True
    return place.text.isupper() and tok.text in (":", "):")


def _credit_end(place: Token) -> int:
    """The last token of a dateline's place, any day after it ("TRIPOLI, Nov 04") and the
    agency credited after them in brackets ("TEHRAN (Reuters)", "WASHINGTON (AP)"), or of the
    place alone. (A bracket the tokenizer joined to a colon, "):", is the dateline's end.)"""
    doc = place.doc
    end = place.i
    if place.text.isupper() and end + 2 < len(doc) and doc[end + 1].text == ",":
        day = end + 2
        while day < min(place.i + 6, len(doc)) and doc[day].ent_type_ == "DATE":
            day += 1
        end = day - 1 if day > end + 2 else end
    if end + 1 < len(doc) and doc[end + 1].text == "(":
        for k in range(end + 2, min(end + 6, len(doc))):
            if doc[k].text == ")":
                return k
            if doc[k].text == "):":
                return k - 1
    return end


def according_speaker(src: Token, actors: ActorIndex, according: Token) -> Attribution:
    doc = src.doc
    to = doc[according.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), src)
    sspan = (pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge))
    speaker = actors.resolve(pobj.idx, pobj.idx + len(pobj))
    if speaker is None:
        author = document_author(pobj)
        if author is not None:
            speaker = actors.resolve(author.idx, author.idx + len(author))
    cue = (according.idx, to.idx + len(to))
    return speaker, sspan, cue


# Documents and messages whose author is named after them: "a statement released by X",
# "a letter from X", "the report of X", "X's statement".
DOCUMENT_NOUNS = {
    f"{n}{suffix}"
    for n in (
        "statement",
        "release",
        "communique",
        "communiqué",
        "letter",
        "report",
        "message",
        "tweet",
        "post",
        "note",
        "readout",
        "transcript",
        "analysis",
        "assessment",
        "estimate",
        "study",
        "survey",
        "interview",
        "view",
        "opinion",
        "words",
    )
    for suffix in ("", "s")
}
PUBLISHING = {"release", "issue", "publish", "post", "send", "sign", "make", "write", "give"}


def document_author(noun: Token) -> Token | None:
    """The author of a document or message named by `noun`: its possessor ("Erdogan's
    statement"), the object of `by`, `from` or `of` after it ("the analysis of the
    Institute"), or the agent of a participle that publishes it ("a statement released by
    Erdogan's office")."""
    if noun.lower_ not in DOCUMENT_NOUNS:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if c.dep_ == "acl" and c.lemma_.lower() in PUBLISHING:
            agent = next((x for x in c.children if x.dep_ == "agent"), None)
            pobj = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent else None
            if pobj is not None:
                return pobj
    return None
