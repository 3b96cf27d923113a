"""Speech acts: the PLOVER type a statement's cue performs, and whom it is aimed at.

Input: the parsed `Doc`, the statements found, the `ActorIndex`.
Output: each statement's `plover` (DEMAND for "urged", "called on"; REJECT for "rejected";
THREATEN, DISAPPROVE, SUPPORT, AGREE ...) and `target` (local actor id), set in place.

A cue names the act itself ("condemned", "called on ... to"). A plain verb of saying names
none, except through its content: "said Sudan must return ..." demands (CAMEO 10), "said it
would release ..." announces an intent to cooperate (03, AGREE) and "said it would impose ..."
one to harm (13, THREATEN); "said it would not accept ..." declines (12, REJECT).
A negated cue ("did not reject") and a cue inside what someone demands or plans ("urged Greece
to reject") perform no act. The clause helpers here are shared with `actions`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.act_lexicon import (
    COOPERATIVE,
    HOSTILE,
    INTENT_VERBS,
    OBJECT_ACTS,
    SCOPED_INTENT,
    VERBAL,
    objects,
    verb_act,
)
from kg.extract.actors import ActorIndex
from kg.extract.coordination import members, nominal_member
from kg.model import Statement
from kg.nlp import is_to_clause

MODALS = {"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "wo"}
FUTURE = {"will", "would", "shall", "'ll", "wo"}
# Modals of what may be done: an intent only when the act harms and is the speaker's own or
# on a condition (a threat, CAMEO 13), not a possibility spoken of ("may send aid").
POSSIBLE = {"may", "might", "could", "can"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "lest"}
# Verbs whose `to` complement happened: "began a hunger strike", "continued to shell".
IMPLICATIVE = {
    "begin",
    "start",
    "continue",
    "resume",
    "manage",
    "keep",
    "proceed",
    "decide",
    "go",
    "move",
}
# Verbs whose complement is wished, planned or asked for, not done ("plans to deploy").
WISHING = {
    "want",
    "wish",
    "hope",
    "plan",
    "intend",
    "expect",
    "seek",
    "propose",
    "suggest",
    "consider",
    "aim",
    "try",
    "attempt",
    "prepare",
    "fail",
    "vow",
    "swear",
    "threaten",
    "promise",
    "pledge",
    "offer",
    "agree",
    "refuse",
    "decline",
    "urge",
    "ask",
    "demand",
    "order",
    "call",
    "need",
    "fear",
    "warn",
}
# Verbs of saying that name no act by themselves: their content decides.
NEUTRAL_CUES = {
    "say",
    "tell",
    "state",
    "declare",
    "announce",
    "add",
    "reiterate",
    "repeat",
    "stress",
    "emphasize",
    "emphasise",
    "insist",
    "conclude",
    "warn",
    "write",
    "confirm",
    "note",
    "explain",
    "tweet",
    "indicate",
    "issue",
}
READY = {"ready", "willing", "prepared", "determined"}
SELF = {"he", "she", "they", "it", "we", "i"}
TARGET_PREPS = {"on", "against", "to", "with", "from", "toward", "towards", "at", "for"}


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def modal(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS:
            return c.lower_
    return None


def irrealis(verb: Token) -> bool:
    """Not (yet) done: negated, modal, conditional, or what another verb wishes or asks for."""
    tok = verb
    for _ in range(6):
        if negated(tok) or modal(tok) is not None:
            return True
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children):
            return True
        head = tok.head
        if head == tok:
            return False
        to_clause = is_to_clause(tok)
        if tok.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl"):
            if head.pos_ in ("NOUN", "PROPN") and to_clause:
                return True  # "a request to interrogate", "plans to deploy"
            lemma = head.lemma_.lower()
            if tok.dep_ in ("xcomp", "ccomp", "acl") and lemma in WISHING:
                return True
            if tok.dep_ == "xcomp" and to_clause and lemma not in IMPLICATIVE:
                return True
            if head.pos_ in ("ADJ",) and lemma in READY:
                return True
            tok = head
            continue
        return False
    return False


def np_span(noun: Token) -> tuple[int, int]:
    """Character range of a noun phrase without its relative clauses and long modifiers."""
    # (A clause the parser joined to the noun by "and" is no part of its phrase: "Russia
    # recalled its envoy and Ukraine protested" misread with "protested" on "Russia".)
    cut = {
        t.i
        for c in noun.children
        if c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "conj" and not nominal_member(c)
        for t in c.subtree
    }
    toks = [t for t in noun.subtree if t.i not in cut]
    if not toks:
        toks = [noun]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def name_span(noun: Token) -> tuple[int, int]:
    """The noun and the words of its name ("the United States"), not its owner or phrases."""
    left = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "det", "nmod")]
    start = min([noun.idx, *(min(t.idx for t in c.subtree) for c in left)])
    return start, noun.idx + len(noun)


def actors_of(noun: Token | None, actors: ActorIndex) -> list[str]:
    if noun is None:
        return []
    out: list[str] = []
    for n in members(noun):
        s, e = np_span(n)
        for a in actors.all_at(s, e):
            if a not in out:
                out.append(a)
    return out


def subject(verb: Token) -> tuple[Token | None, bool]:
    """The doer of `verb` and whether it is the patient of a passive (`was arrested`, also
    when the subject is a conjoined verb's: "Turkey is under sanctions and was condemned")."""
    tok = verb
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for _ in range(4):
        for c in tok.children:
            if c.dep_ == "agent":
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, False
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            # "North Korea, which has conducted a test": the pronoun stands for the noun
            return tok.head, subj.dep_ == "nsubjpass" or passive
        if subj is not None:
            return subj, subj.dep_ == "nsubjpass" or passive
        if tok.dep_ == "relcl":
            return tok.head, False
        if tok.dep_ == "xcomp":
            # "urged Kyiv to ...": the object controls; "began to ...": the subject.
            obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj, False
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head != tok:
            tok = tok.head
            continue
        return None, False
    return None, False


# Acts aimed at the owner of their object: "rejected North Korea's demand", "condemned
# Russia's attack". For a demand the owner is the demander ("reiterated Trump's call").
OWNER_IS_TARGET = {"REJECT", "DISAPPROVE", "SUPPORT", "CONCEDE"}


def target(
    verb: Token, source: list[str], actors: ActorIndex, act: str | None = None
) -> str | None:
    """Whom the act is aimed at: the object, a `on/against/to` phrase, the subject of what is
    demanded ("demanded that the US cancel"), or the owner of what is rejected ("North
    Korea's demand")."""
    cands: list[Token] = []
    for obj in objects(verb):
        if obj.dep_ == "nsubjpass":
            cands.append(obj)
            continue
        cands.append(obj)
        # "arrested the opposition leader Ahmed Ali": the name in apposition is whom.
        cands.extend(c for c in obj.children if c.dep_ == "appos")
        if act in OWNER_IS_TARGET:
            owners = ("poss", "compound", "amod", "nmod")
            cands.extend(c for c in obj.children if c.dep_ in owners)
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS):
            cands.extend(x for x in prep.children if x.dep_ == "pobj")
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS):
        cands.extend(x for x in prep.children if x.dep_ == "pobj")
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        cands.extend(x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass"))
    # The object of a light verb names the act ("reiterated Trump's call"): only its own words
    # can name the target, not its owner.
    light = verb.lemma_.lower() in OBJECT_ACTS
    for c in cands:
        found = actors.all_at(*name_span(c)) if light else actors_of(c, actors)
        for a in found:
            if a not in source:
                return a
    return None


def intent_act(verb: Token) -> str | None:
    """`promised to send aid`: AGREE; `vowed to retaliate`, `threatened to impose`: THREATEN."""
    lemma = verb.lemma_.lower()
    if lemma == "threaten":
        return "THREATEN"
    if lemma not in INTENT_VERBS:
        return None  # (most verbs: their children are not walked)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    act = verb_act(xcomp) if xcomp is not None else None
    if act in HOSTILE:
        return "THREATEN"
    return "AGREE" if lemma not in SCOPED_INTENT or act else None


def content_act(root: Token, speaker: str | None, actors: ActorIndex) -> tuple[str, Token] | None:
    """The act a plain `said` performs through its content, and the content's subject."""
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    aux = modal(root)
    needs = aux == "must" or (
        root.lemma_ == "have"
        and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in root.children
        )
    )
    if needs and subj.lower_ not in ("we", "i"):
        return "DEMAND", subj
    own = subj.lower_ in SELF or (speaker is not None and speaker in actors_of(subj, actors))
    verb: Token | None = root
    if root.lemma_ == "be":
        # "said it was ready to meet": the complement of `ready` is the intent.
        ready = next((c for c in root.children if c.lower_ in READY), None)
        verb = None
        if ready is not None:
            verb = next((c for c in ready.children if c.dep_ == "xcomp"), None)
    elif aux not in FUTURE and not (aux in POSSIBLE and (own or _conditional(root))):
        return None
    # "Portugal will support ..., its president said", "France is ready to contribute ...,
    # its minister said": an actor's announced will or readiness is its intent (CAMEO 03/13),
    # whoever of its side announces it.
    if verb is None or not (own or actors_of(subj, actors)):
        return None
    act = intent_act(verb) or verb_act(verb)
    if act is None or (aux in POSSIBLE and act not in HOSTILE):
        # "may send aid" is a possibility; "may halt mediation if ..." a threat (CAMEO 135).
        return None
    if negated(root) or (verb != root and negated(verb)):
        return ("REJECT", subj) if act in COOPERATIVE else None
    if _unless(root):
        return "THREATEN", subj  # "will withdraw its force unless ...": a conditional threat
    return ("AGREE" if act in COOPERATIVE else "THREATEN"), subj


def _conditional(verb: Token) -> bool:
    """An act announced on a condition ("may halt mediation if cooperation founders")."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def _unless(verb: Token) -> bool:
    """An act announced on a condition the target must meet ("unless", "if ... not")."""
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and negated(clause)):
            return True
    return False


def cue_token(doc: Doc, st: Statement) -> Token | None:
    span = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else None


def statement_act(doc: Doc, st: Statement, actors: ActorIndex) -> tuple[str | None, str | None]:
    """The statement's PLOVER speech act and target (local actor id), or Nones."""
    cue = cue_token(doc, st)
    if cue is None or negated(cue):
        return None, None
    if cue.dep_ != "ROOT" and irrealis(cue):
        return None, None
    source = [st.speaker] if st.speaker else []
    act = intent_act(cue)
    if act is None:
        found = verb_act(cue)
        # Only verbs of saying count here; "released a statement" is no release.
        act = found if found in VERBAL else None
    if act is not None:
        return act, target(cue, source, actors, act)
    if cue.lemma_.lower() not in NEUTRAL_CUES:
        return None, None
    span = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
    if span is None:
        return None, None
    found_content = content_act(span.root, st.speaker, actors)
    if found_content is None:
        return None, None
    act, subj = found_content
    if act == "DEMAND":
        tgt = next((a for a in actors_of(subj, actors) if a not in source), None)
    else:
        tgt = target(span.root, source, actors, act)
    return act, tgt


def type_statements(doc: Doc, statements: list[Statement], actors: ActorIndex) -> None:
    """Set `plover` and `target` on every statement whose cue performs a PLOVER act."""
    for st in statements:
        st.plover, st.target = statement_act(doc, st, actors)
