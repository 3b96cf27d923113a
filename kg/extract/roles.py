"""Titles: the role phrases before and after people's names ("US Secretary of State Marco
Rubio", "Dmitry Peskov, the Kremlin spokesman,")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Offices and functions a person holds ("the envoy", "Secretary of State"): the heads of
# role phrases here, and the discourse stage's person descriptions (discourse_words).
OFFICE_TITLES = {
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "candidate",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "colonel",
    "commander",
    "councillor",
    "councilor",
    "counsellor",
    "counselor",
    "diplomat",
    "director",
    "emir",
    "envoy",
    "general",
    "governor",
    "head",
    "king",
    "leader",
    "mayor",
    "minister",
    "negotiator",
    "nominee",
    "official",
    "pope",
    "premier",
    "president",
    "prince",
    "rapporteur",
    "representative",
    "secretary",
    "secretary-general",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "taoiseach",
}
# Heads of role phrases ("US Secretary of State", "Kremlin spokesman"): offices, with the
# abbreviations and the words that open or head a title.
ROLE_HEADS = OFFICE_TITLES | {
    "ayatollah",
    "chairperson",
    "col.",
    "commander-in-chief",
    "commissioner",  # ("High Commissioner", "the Refugee Commissioner": a body's post)
    "deputy",
    "gen.",
    "gov.",
    "lt.",
    "ombudsman",
    "pres.",
    "rep.",
    "sec.",
    "sen.",
    "sheikh",
    "speaker",
    "undersecretary",
    "vice",
}
# Functions several people hold together and act in as one body (a plural: "the Co-Chairs",
# "the Special Envoys", "the Mediators"); singular, they name one person.
JOINT_FUNCTIONS = {
    "chair", "envoy", "mediator", "facilitator", "guarantor", "moderator", "convener", "sponsor",
}  # fmt: skip
# Bodies named by the number of their members ("the Troika", "the Quartet").
NUMBER_BODIES = {"troika", "quartet", "quintet", "sextet"}
# Words that can sit inside a role phrase without being capitalised.
ROLE_GLUE = {"of", "the", "for", "and", "-", "'s", "’s", "de", "on", "affairs", "to"}
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "president",
    "secretary",
    "minister",
    "senator",
    "sen",
    "sens",
    "rep",
    "reps",
    "gov",
    "gen",
    "general",
    "chancellor",
    "prime",
    "sheikh",
    "prince",
    "king",
    "emir",
    "ayatollah",
    "pope",
    "crown",
    "vice",
    "premier",
    "madam",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "ambassador",
    "taoiseach",
    "samdech",  # (a Cambodian honorific: "Samdech Jane Roe")
    "pm",  # (the prime minister's title as news in South Asia writes it: "PM Jane Roe")
    "cardinal",  # (a church title: "Cardinal Jane Roe")
    # Ranks, written out or abbreviated ("Sgt. Bowe Bergdahl"): the name is the words after.
    "sgt",
    "sergeant",
    "cpl",
    "corporal",
    "pvt",
    "pfc",
    "spc",
    "lt",
    "lieutenant",
    "capt",
    "captain",
    "col",
    "colonel",
    "maj",
    "adm",
    "admiral",
    "cmdr",
    "brig",
    # Chairs, as a title before the name ("OSCE Chairperson Steinmeier").
    "chairperson",
    "chairman",
    "chairwoman",
}


# Words of bodies' and offices' names that no person's name holds ("Interior Ministry",
# "Affairs Commission", "Media Unit"); a name closed by one is a body's, and a body that
# reports facts of its own ("the Health Ministry reported") is an actor, not the outlet cited.
BODY_WORDS = frozenset(
    """affairs agency army assembly authorities authority bank board center centre command
    commission committee council court department embassy force forces front fund government
    group institute ministry mission observatory office organisation organization parliament
    party peace police policy program programme secretariat security service union unit""".split()
)


# A state's ministries' and ministers' portfolios ("the Interior Ministry", "Foreign Minister"),
# both spellings where they differ.
PORTFOLIOS = frozenset(
    """agriculture communications culture defence defense economy education emergencies
    emergency energy environment finance foreign health immigration industry information
    infrastructure interior justice labor labour security sport sports tourism trade transport
    unification""".split()
)
# The portfolios as a pattern, longest first ("emergencies" before "emergency"), the first
# letter in either case.
PORTFOLIO_PATTERN = "|".join(
    f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(PORTFOLIOS, key=lambda w: (-len(w), w))
)


# Who speaks for a body ("the ministry's spokesman", "an official of X"): the guidelines make
# such an unnamed voice the body it speaks for.
SPEAKER_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source"}
)


def is_role_word(tok_text: str) -> bool:
    return tok_text.lower() in ROLE_HEADS


def role_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The title directly before token `i`: "US Department of State spokeswoman"."""
    j = i - 1
    start = None
    while j >= 0 and i - j <= 8:
        t = doc[j]
        if t.is_sent_start and not (t.is_title or t.text.isupper() or t.lower_ in ROLE_GLUE):
            break
        ok = (
            t.is_title
            or (t.text.isupper() and t.is_alpha)
            or t.text.lower() in ROLE_GLUE
            or is_role_word(t.text)
            or t.text in (".",)
            and j > 0
            and doc[j - 1].text == "U.S"
            # "President of the Republic of Uzbekistan": an article inside the complement
            or t.lower_ == "the"
            and j > 0
            and doc[j - 1].lower_ in ("of", "for")
            and doc[j + 1].is_title
        )
        if not ok or t.ent_type_ == "PERSON" or t.ent_type_ == "DATE":
            break
        start = j
        if t.is_sent_start and t.lower_ not in ROLE_GLUE:
            break
        j -= 1
    if start is None:
        return None
    while start < i and doc[start].text.lower() in ROLE_GLUE:
        start += 1
    if start > 0 and doc[start - 1].lower_ == "the":
        # "The Prime Minister and President Zelenskyy": the title after "and" is this one's.
        ands = [k for k in range(start, i) if doc[k].lower_ == "and"]
        if ands:
            start = ands[-1] + 1
    words = [t.text for t in doc[start:i]]
    if not words or not any(is_role_word(w) for w in words):
        return None
    # The phrase must end in a role word or its complement ("Secretary of State").
    if not any(is_role_word(w) for w in [w for w in words if w.lower() != "the"][-5:]):
        return None
    return doc[start].idx, doc[i - 1].idx + len(doc[i - 1].text)


def role_opening(doc: Doc, i: int) -> tuple[int, int] | None:
    """A title opening the sentence, then the name after a comma: "President of the European
    Council, Jane Doe, said"."""
    if i < 2 or doc[i - 1].text != ",":
        return None
    role = role_before(doc, i - 1)
    if role is None:
        return None
    first = doc.char_span(role[0], role[1], alignment_mode="expand")
    if first is None or not (first[0].is_sent_start or doc[first.start - 1].is_space):
        return None
    return role


def role_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """An apposition: "Dmitry Peskov, the Kremlin spokesman, said"."""
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    start = j
    while j < len(doc) and j - start < 12 and doc[j].text not in (",", ".", ";", "(", ")", '"'):
        j += 1
    if j == start or j >= len(doc) or doc[j].text not in (",", "."):
        return None
    words = [t.text for t in doc[start:j]]
    if not is_role_word(words[-1]) and not any(is_role_word(w) for w in words[:2]):
        return None
    if any(t.pos_ == "VERB" for t in doc[start:j]) or doc[j - 1].ent_type_ == "PERSON":
        # (Words ending on a person's name are the next person's title and name: "Alexander
        # Lavrentiev, Turkish Deputy Minister Sedat Onal and Hossein Jaberi Ansari".)
        return None
    if not is_role_word(words[-1]):
        j = _portfolios(doc, j)
    return doc[start].idx, doc[j - 1].idx + len(doc[j - 1].text)


def _portfolios(doc: Doc, j: int) -> int:
    """A minister's portfolios go on past a comma ("Minister for Foreign Affairs, Trade and
    Cooperation of the Republic, and X"): capitalised words and glue with an "and" or "of",
    no name of a person, up to the next comma or stop. A portfolio without either ("Minister
    of State, Foreign Affairs, International Cooperation and Francophonie of the DRC") counts
    where a later one of the list has one. Returns the end of the last one."""
    end = j
    while j < len(doc) and doc[j].text == ",":
        k = j + 1
        while k < len(doc) and k - j <= 12 and doc[k].text not in (",", ".", ";", "(", ")"):
            k += 1
        seg = doc[j + 1 : k]
        if not (
            len(seg)
            and seg[0].is_title
            and all(t.is_title or t.text.isupper() or t.lower_ in ROLE_GLUE for t in seg)
            and not any(t.ent_type_ in ("PERSON", "GPE") and t.i == seg.start for t in seg)
            and not _names_person(seg)
        ):
            break
        j = k
        if any(t.lower_ in ("and", "of") for t in seg):
            end = j
    return end


def _names_person(seg: Span) -> bool:
    """Whether a person's name stands in a comma-separated segment ("and Jane Doe"). A word
    the model took for a person's but followed by "of" and a state is still a portfolio's
    ("International Cooperation and La Francophonie of the DRC")."""
    people = [t.i for t in seg if t.ent_type_ == "PERSON"]
    of = [t.i for t in seg if t.lower_ == "of"]
    return bool(people) and not (of and of[-1] > people[-1])


# Words that open a description of one person ("the head of X", "his special envoy").
_DESCRIPTION_OPENERS = {"the", "his", "her", "its", "their"}
# Honorifics written between a description and its holder's name (", Dr. Jane Roe").
_NAME_HONORIFICS = frozenset(HONORIFICS | {"prof", "professor"})
_LONGEST_DESCRIPTION = 18
# Words inside a description that keep it one noun phrase ("the Director of Planning at X").
_DESCRIPTION_GLUE = ROLE_GLUE | {"at", "in", "'", "’"}


def role_described(doc: Doc, i: int) -> tuple[int, int] | None:
    """A description of one office holder in running text, then their name after a comma:
    "met the head of the party's international department, Jane Roe", "represented by his
    special envoy for the region, Tom Ode". The description's head, the first noun after
    "the" or a possessive, is an office in the singular; no verb, person or clause break
    stands in it. The words are the person's title, as after a name ("Jane Roe, the head
    of ...")."""
    while i > 0 and doc[i - 1].lower_.rstrip(".") in _NAME_HONORIFICS:
        i -= 1  # (", Dr. Jane Roe": the honorific is no part of the description)
    if i < 3 or doc[i - 1].text != ",":
        return None
    j = i - 2
    # (The nearest "the" may open a body's name inside it: "the head of the Party, X".)
    while j >= 0 and i - j <= _LONGEST_DESCRIPTION:
        t = doc[j]
        if t.lower_ in _DESCRIPTION_OPENERS and (head := _description_head(doc, j + 1, i - 1)):
            if _one_phrase(doc, head + 1, i - 1):
                return doc[j + 1].idx, doc[i - 2].idx + len(doc[i - 2].text)
            return None
        if t.is_punct and t.text not in ("-", "'", "’") or t.pos_ in ("VERB", "AUX", "PRON"):
            return None
        if t.ent_type_ == "PERSON" or t.like_num or t.is_sent_start:
            return None
        j -= 1
    return None


def role_near(doc: Doc, span: Span) -> tuple[int, int] | None:
    """The role written next to a person's name `span`: a title before or after it, an
    opening title, or a description of the office before it, in that order."""
    return (
        role_before(doc, span.start)
        or role_after(doc, span.end)
        or role_opening(doc, span.start)
        or role_described(doc, span.start)
    )


def _one_phrase(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after a description's head keep to one noun phrase."""
    return all(
        t.is_title
        or t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PART")
        or t.lower_ in _DESCRIPTION_GLUE
        for t in doc[start:end]
    )


def _description_head(doc: Doc, start: int, end: int) -> int | None:
    """The office word heading the description `doc[start:end]`: its first noun, after
    adjectives, names and an owner ("his special representative", "the UN envoy's deputy
    head" is the deputy head)."""
    for k in range(start, end):
        t = doc[k]
        word = t.lower_
        if word in OFFICE_TITLES and (k + 1 == end or doc[k + 1].lower_ not in ("'s", "’s")):
            if k + 1 < end and doc[k + 1].pos_ == "NOUN" and not doc[k + 1].is_title:
                return None  # ("the head office"): the office word modifies a thing
            return k
        if t.pos_ in ("ADJ", "PROPN", "PART") or t.is_title or word in ("'s", "’s", "-"):
            continue
        if t.pos_ == "NOUN" and word not in OFFICE_TITLES:
            return None  # ("the delegation's head"): a thing heads it first
    return None
