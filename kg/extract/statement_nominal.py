"""The nominal reader: a noun of saying with its `that` clause (`the police's earlier claim
that ...`), and a noun of a commitment given in words with its `to` infinitive (`a pledge
from the rebels to free the hostages`, `the envoy's vow to return`).

Input: the parsed `Doc`, the article, the `ActorIndex` and the statements read so far.
Output: `Found` statements, reported (`indirect`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.claim_nouns import CLAIM_NOUNS, STANCE_NOUNS
from kg.extract.statement_spans import Found, overlap, share, trim_content
from kg.extract.statement_words import SPEECH_VERBS
from kg.model import Article
from kg.nlp import is_to_clause, with_lower

_NOMINAL_CUES = CLAIM_NOUNS | STANCE_NOUNS
# Commissives (Searle 1976) named by a noun: a pledge, a promise, a vow or a threat binds its
# giver in words, and its `to` infinitive is what they said they would do ("a pledge from
# the rebels to free the hostages"). (Directives named so, "a call to resume talks", "an
# offer to mediate", are as often the writer's summary of a stance: not read.)
COMMISSIVE_NOUNS = {
    f"{n}{suffix}" for n in ("pledge", "promise", "vow", "threat") for suffix in ("", "s")
}


def nominal(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """A noun of saying and its `that` clause: `the police's earlier claim that ...`; a
    commissive noun and its `to` infinitive, when its giver is someone: `the envoy's vow to
    return`, `a pledge from the rebels to free the hostages`."""
    text = article.text
    out: list[Found] = []
    for t in with_lower(doc, _NOMINAL_CUES):
        if not t.tag_.startswith("NN"):
            continue
        if in_noise(article, t.idx, t.idx + len(t)):
            continue
        clause = next(
            (
                c
                for c in t.rights
                if c.dep_ in ("acl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        clause = clause or _clause_hung_on_verb(t)
        infinitive = clause is None and t.lower_ in COMMISSIVE_NOUNS
        if infinitive:
            clause = next((c for c in t.rights if c.dep_ == "acl" and is_to_clause(c)), None)
        if clause is None:
            continue
        toks = [x for x in clause.subtree if not (x.dep_ == "mark" and x.head.i == clause.i)]
        cs, ce = trim_content(text, toks[0].idx, toks[-1].idx + len(toks[-1]))
        cue = (t.idx, t.idx + len(t))
        if ce - cs < 3 or any(
            overlap(f.cue, cue) > 0 and overlap(f.content, (cs, ce)) > 0 for f in found + out
        ):
            continue
        if _medium(t) and any(share((cs, ce), f.content) > 0.5 for f in found + out):
            continue  # "noted in a statement that ...": the verb's words, read with the verb
        # Whose: "Trump's claim", "his claim", "the claim by officials".
        src = next((c for c in t.children if c.dep_ == "poss"), None)
        if src is None:
            # "Trump claims that ..." read as a noun phrase: the name before it speaks.
            src = next(
                (
                    c
                    for c in t.children
                    if c.dep_ == "compound" and actors.at(c.idx, c.idx + len(c)) is not None
                ),
                None,
            )
        if src is None:
            src = _giver(t, ("by", "from") if infinitive else ("by",))
        if src is None and _object_of_report(t, (cs, ce), found):
            continue  # "denied reports that ...": the verb's words, whoever reported them
        speaker, sspan = None, None
        if src is not None:
            sspan = (src.left_edge.idx, src.idx + len(src))
            speaker = actors.resolve(src.idx, src.idx + len(src))
        if infinitive and speaker is None:
            continue  # an unowned commitment ("a promise to rebuild") is the writer's
        sent = (t.sent.start_char, t.sent.end_char)
        out.append(Found(speaker, sspan, cue, (cs, ce), "indirect", sent))
    return out


def _medium(noun: Token) -> bool:
    """Whether a noun of words names where a verb's words were given ("announced in a
    statement that ...", "insisted through a statement that ..."): the clause after it is
    that verb's content, not a second statement of the noun's."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in ("in", "through", "via", "with")
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _object_of_report(noun: Token, content: tuple[int, int], found: list[Found]) -> bool:
    """Whether an unowned noun of words is the object of a verb already read with the same
    clause ("denied reports that ...", "dismissed claims that ..."): the clause is that
    verb's content (what its subject denies or dismisses), and the noun's own source, named
    by no one, is no actor; one statement, under the verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    cue = (verb.idx, verb.idx + len(verb))
    return any(f.cue == cue and overlap(content, f.content) > 0.5 for f in found)


def _giver(noun: Token, preps: tuple[str, ...]) -> Token | None:
    """Whose words a noun names by a phrase after it: "the claim by officials", "a pledge
    from the rebels"."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def _clause_hung_on_verb(noun: Token) -> Token | None:
    """`stuck to its stance of June that the troops must go home`: the parser hangs
    the noun's `that` clause on the main verb. The clause is the noun's when its mark comes
    right after the noun's phrase and the verb above is none of saying (whose own clause it
    would be)."""
    nxt = noun.right_edge.i + 1
    doc = noun.doc
    if nxt >= len(doc) or doc[nxt].lower_ != "that" or doc[nxt].dep_ != "mark":
        return None
    # Only the noun itself or its `of` phrase between them ("its position of June that"):
    # after a time ("her forecast last spring that ...") the clause may be the verb's.
    if any(c.i > noun.i and not (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return None
    clause = doc[nxt].head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if clause.dep_ != "ccomp" or clause.head != verb or verb.lower_ in SPEECH_VERBS:
        return None
    return clause
