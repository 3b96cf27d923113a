"""Office holders the text names by their office alone: "the Secretary-General welcomes ...",
"the Director-General said", "the talks were chaired by the Secretary of the Treasury". An
international body has one holder of such an office, and an office "of" a body or portfolio
has one, so the title is a person, though no name is given. (An office of a state, "the
President of X", is its leader, whom news names: those are left to the discourse stage.)

The guidelines make a person named by their office an actor when they speak, act or take part
(the training sets' gold names them by the title, "Secretary-General", or with their body,
"UN Secretary-General"); one mentioned in passing ("the envoy of the Secretary-General") is not.
Where the story names the holder ("Secretary-General Jane Roe"), the title is that person's
and the discourse stage resolves it; nothing is added here.

Input: the parsed `Doc`, the article and the `ActorIndex` of the actor stage (after
`add_unnamed_holders`, which makes "the UN Secretary-General" a holder when "UN" is a body's
mention). Output: the index with one holder per office (found again or added, with the title
as its role) and a mention for every "the <title>" of it, the words being the evidence
(`add_title_holders`); and a holder for each "<title> of <body>" that acts where it is named
(`add_office_holders`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.delegations import state_named
from kg.extract.entity_roles import acts
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.extract.name_spans import hyphen_joins
from kg.extract.roles import OFFICE_TITLES
from kg.gazetteer import Gazetteer, slug
from kg.model import Actor, Article, Role, Span
from kg.nlp import doc_text, span_at

# Offices with one holder per body, written as a title ("the Secretary-General"): a bare
# "the President" or "the Minister" is someone the story names, these seldom are.
_TITLE = re.compile(r"\b[Tt]he (?P<title>Secretary[- ]General|Director[- ]General)\b")


def _key(title: str) -> str:
    return title.lower().replace("-", " ")


def add_title_holders(doc: Doc, article: Article, index: ActorIndex) -> None:
    """Each office of `_TITLE` the story names without a holder's name (module docstring)."""
    text = article.text
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _TITLE.finditer(text):
        start, end = m.span("title")
        if in_noise(article, start, end) or _named_after(doc, _after_body(doc, end)):
            continue
        found.setdefault(_key(m.group("title")), []).append((start, end))
    for key, spans in found.items():
        if _held_by_name(index, key):
            continue  # ("Secretary-General Jane Roe ... the Secretary-General said")
        holder = _title_holder(index, key)
        free = [(s, e) for s, e in spans if not index.overlaps(s, e)]
        if holder is None:
            if not any(_acts(doc, s, e) for s, e in free):
                continue  # an office in passing ("the envoy of the Secretary-General")
            s, e = free[0]
            holder = index.new(text[s:e], "Person", f"person/{slug(text[s:e])}-{article.key[:8]}")
            if holder is None:
                continue
            holder.roles.append(Role(title=text[s:e], span=Span.of(text, s, e)))
        index.mentions += [Mention(s, e, holder.id) for s, e in free]


def _named_after(doc: Doc, end: int) -> bool:
    """Whether a name follows the title ("Secretary-General Jane Roe", "the Secretary-General,
    Jane Roe,"): the holder is named, and the title is theirs."""
    after = span_at(doc, end, len(doc_text(doc)))
    if after is not None and len(after) > 3 and after[0].text == "(" and after[2].text == ")":
        after = after[3:]  # ("the Director of the Eastland Office (EO), Jane Roe": its acronym)
    if after is None or len(after) == 0:
        return False
    nxt = after[0]
    if nxt.pos_ == "PROPN" and nxt.is_title and not nxt.is_sent_start:
        return True
    # (", Professor Jane Roe," names her too: a capitalised word after the comma.)
    return (
        nxt.text == "," and len(after) > 1 and (after[1].ent_type_ == "PERSON" or after[1].is_title)
    )


# Words of a body's name after an office's title, besides its capitalised words.
_BODY_GLUE = {"of", "for", "the", "and", "on", "&", "(", ")"}


def _after_body(doc: Doc, end: int) -> int:
    """Where the body the office is "of" ends ("the Director-General of the Eastland Trade
    Office (ETO), Jane Roe": before her name's comma), else `end`: the holder named after
    the body is named as after the title."""
    after = span_at(doc, end, len(doc_text(doc)))
    if after is None or len(after) < 2 or after[0].lower_ not in ("of", "for"):
        return end
    last = None
    for tok in after[1:12]:
        if not (tok.is_title or tok.is_upper or tok.lower_ in _BODY_GLUE):
            break
        last = tok
    return last.idx + len(last) if last is not None and last.text != "(" else end


def _held_by_name(index: ActorIndex, key: str) -> bool:
    """A person of the story named with a name holds the office (their role is the title)."""
    return any(
        a.type == "Person"
        and not _key(a.name).endswith(key)
        and any(_key(r.title).endswith(key) for r in a.roles)
        for a in index.actors
    )


def _title_holder(index: ActorIndex, key: str) -> Actor | None:
    """The one person the story names by this office already ("UN Secretary-General")."""
    holders = [a for a in index.actors if a.type == "Person" and _key(a.name).endswith(key)]
    return holders[0] if len(holders) == 1 else None


def _acts(doc: Doc, start: int, end: int) -> bool:
    """The holder speaks or acts here: the subject of a clause or the agent after "by"."""
    span = span_at(doc, start, end)
    return span is not None and acts(span) and span.root.dep_ != "poss"


# "<title> of|for <body>", with the nationality words before it ("the South African Minister
# of ..."): the body's words are capitalised, joined by "of", "for", "and", "the".
_OF_TITLE = re.compile(
    r"\b(?:[Tt]he |(?<=by )|(?<=to )|(?<=with ))(?P<adj>(?:[A-Z][a-z]+ ){0,2})"
    r"(?P<title>President|Vice[- ]President|Minister|Secretary|Special Representative|Special Envoy"
    r"|Director[- ]General|Chairman|Chairperson|Executive Secretary|High Commissioner)"
    r" (?:of|for) (?:the )?(?P<body>[A-Z][\w-]*(?: (?:(?:of|for|and|the) )*[A-Z][\w-]*)*)"
)


def add_office_holders(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """Each "<title> of <body>" with no name after it, of no state, no person of the story
    holding it, that takes part where it is named (module docstring)."""
    text = article.text
    for m in _OF_TITLE.finditer(text):
        start = m.start("adj") if m.group("adj") else m.start("title")
        end = m.end("body")
        if in_noise(article, start, end) or _office_of(text, m.start()):
            continue
        words = span_at(doc, start, end)
        if words is None or any(t.ent_type_ == "PERSON" for t in words) or _named_soon(doc, end):
            continue  # ("the Head of the Mission Jane Roe": named; the title is hers)
        if _of_state(m.group("body"), m.group("adj"), gz) or _taken_by_person(index, start, end):
            continue
        name = text[start:end]
        if _held(index, m.group("title"), name) or not _acts(doc, start, end):
            continue
        key = f"person/{slug(name)}-{article.key[:8]}"
        holder = next((a for a in index.actors if a.key == key), None)
        if holder is None:
            holder = index.new(name, "Person", key)
            if holder is None:
                continue
            holder.roles.append(Role(title=name, span=Span.of(text, start, end)))
        for mm in index.mentions:
            if start <= mm.start and mm.end <= end:
                mm.nested = True  # ("World Bank" in "the President of the World Bank")
        index.mentions.append(Mention(start, end, holder.id))


def _named_soon(doc: Doc, end: int) -> bool:
    """A name right after the title, or a few words on, or a second title joined by a dash
    ("Chairman of the City Council Jane Roe", "Chairman of X city Jane Roe", "Deputy Chairman
    of the Cabinet - Minister of Y Jane Roe"): the holder is named."""
    if _named_after(doc, end):
        return True
    after = span_at(doc, end, len(doc_text(doc)))
    if after is None:
        return False
    for tok in after[:4]:
        if tok.ent_type_ == "PERSON" or tok.text in ("-", "–", "—"):
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _office_of(text: str, start: int) -> bool:
    """ "the Office of the High Commissioner": a body named after the office, no holder."""
    return text[max(0, start - 10) : start].lower().endswith("office of ")


def _of_state(body: str, adj: str, gz: Gazetteer) -> bool:
    """Whether the office is a state's ("Minister of Foreign Affairs of Nepal", "President of
    the Republic of X"): its holder is the state's, whom news names."""
    words = body.split()
    # (Every run of words: "Sri Lanka" is one state's name.)
    runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    if any(state_named(r, gz) for r in runs):
        return True
    return bool(re.search(r"\b(?:Republic|Kingdom|State|Federation)\b", body)) and not adj


def _taken_by_person(index: ActorIndex, start: int, end: int) -> bool:
    return any(
        m.start < end and start < m.end and index.by_id(m.actor).type == "Person"
        for m in index.mentions
    )


def _held(index: ActorIndex, title: str, name: str) -> bool:
    """A person of the story holds an office of this title with these words ("Minister of
    Trade Jane Roe" for "the Minister of Trade")."""
    body = name.split(f"{title} ", 1)[-1]
    return any(
        a.type == "Person" and any(title in r.title and body in r.title for r in a.roles)
        for a in index.actors
    )


def add_unnamed_holders(doc: Doc, article: Article, index: ActorIndex) -> None:
    """ "a letter to the UN Special Envoy": an office named in capitals after its body, with
    no name after it and no person of the story holding it, is its holder, a person the story
    names by office only. The body's name is then a modifier of the title."""
    text = article.text
    titles = [_key(r.title) for a in index.actors if a.type == "Person" for r in a.roles]
    for m in list(index.mentions):
        if m.nested or index.by_id(m.actor).type != "Organization":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the":
            continue
        k = span.end
        while k < len(doc) and k - span.end < 3 and doc[k].is_title and doc[k].is_alpha:
            k += 1
        if k == span.end or doc[k - 1].lower_ not in OFFICE_TITLES:
            continue
        if k < len(doc) and hyphen_joins(doc[k]) and doc[k + 1].is_title:
            k += 2  # "the UN Secretary-General": one title, not a "UN Secretary"
        if k < len(doc) and (doc[k].is_title or doc[k].pos_ == "PROPN"):
            continue  # a name follows: the holder is named
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ == "PERSON":
            continue  # "The Senate Minority Leader, Chuck Schumer, said": named in apposition
        if _in_passing(doc, span.start, k):
            # "the UN Special Envoy's office": the office's words, no holder; the body
            # before an owner's title is named as in any title. (After "for" or "of" it
            # stays named: "the adviser to the UN Special Envoy" works for the body too.)
            m.nested = m.nested or doc[k].tag_ == "POS"
            continue
        if _person_before_comma(index, doc, span.start - 1):
            m.nested = True  # "Jane Roe, the UN High Representative": her title, in apposition
            continue
        office = _key(doc[span.end : k].text)
        if any(office in t for t in titles):
            continue  # a person of the story holds it
        name = text[m.start : doc[k - 1].idx + len(doc[k - 1])]
        if in_noise(article, m.start, m.start + len(name)):
            continue
        holder = next((a for a in index.actors if a.name == name), None)
        if holder is None:
            holder = index.new(name, "Person", f"person/{slug(name)}-{article.key[:8]}")
        if holder is None:
            continue
        index.mentions.append(Mention(m.start, m.start + len(name), holder.id))
        m.nested = True


def _in_passing(doc: Doc, first: int, end: int) -> bool:
    """Whether the office (tokens `first` to `end`) is only named in passing: the owner of
    another title ("the UN Special Envoy's deputy") or what a title is "for" or "of" ("the
    adviser to the UN Special Envoy", "Deputy for the UN Special Envoy"). The guidelines make
    an office mentioned so no actor."""
    if end < len(doc) and doc[end].tag_ == "POS":
        return True
    before = doc[first - 2] if first >= 2 else None
    return (
        before is not None
        and before.lower_ in ("for", "of", "to")
        and before.i > 0
        and doc[before.i - 1].lower_ in OFFICE_TITLES
    )


def _person_before_comma(index: ActorIndex, doc: Doc, the: int) -> bool:
    """Whether a person's name ends right before the comma before token `the`."""
    if the < 2 or doc[the - 1].text != ",":
        return False
    end = doc[the - 2].idx + len(doc[the - 2])
    return any(m.end == end and index.by_id(m.actor).type == "Person" for m in index.mentions)
