"""Attributions a plain reading of verbs of saying misses: a quotation left open across
paragraphs, a short answer after a colon, `was quoted as saying`, `made the remarks`, and a
verb that alone only attributes quotations (`continued`, `concluded`) set as an aside after
or inside reported words. Sentences invented."""

from __future__ import annotations

from extract_helpers import extract
from spacy.tokens import Doc

from kg.extract.pipeline import Pipeline


def _said(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str]]:
    """Each statement's content: its speaker's name and its cue."""
    x = extract(pipeline, text)
    names = {a.id: a.name for a in x.actors}
    return {
        s.content.text: (names.get(s.speaker) if s.speaker else None, s.cue.text)
        for s in x.statements
    }


def test_paragraph_of_quotation_left_open_is_the_next_attribution_speakers(
    pipeline: Pipeline,
) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "Negotiators from Malta and Tunisia met on Monday.\n\n"
        "\u201cWe went through the quotas, the patrol routes and the old ferry claims.\n\n"
        "\u201cNobody walked out, and nobody made threats,\u201d Maltese envoy Carla Zammit "
        "told reporters.\n"
    )
    got = _said(pipeline, text)
    assert got["We went through the quotas, the patrol routes and the old ferry claims"][0] == (
        "Carla Zammit"
    )
    assert got["Nobody walked out, and nobody made threats"][0] == "Carla Zammit"


def test_short_answer_after_a_colon_is_said(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "Maltese envoy Carla Zammit met her Tunisian counterpart on Monday. Asked whether the "
        "ferry link would reopen, Zammit answered: \u201cNot this winter.\u201d\n"
    )
    assert _said(pipeline, text).get("Not this winter") == ("Carla Zammit", "answered")


def test_scare_quotes_after_a_colon_are_not_said(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "Maltese envoy Carla Zammit said the plan has a name: \u201cblue corridor\u201d.\n"
    )
    assert "blue corridor" not in _said(pipeline, text)


def test_quoted_as_saying_after_a_quotation(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "\u201cThe afternoon session moves to Thursday so both teams can consult their "
        "capitals,\u201d Omar Haddad, spokesman for the Tunisian delegation, was quoted by a "
        "local paper as saying.\n"
    )
    content = "The afternoon session moves to Thursday so both teams can consult their capitals"
    speaker, cue = _said(pipeline, text)[content]
    assert speaker == "Omar Haddad"
    assert cue.endswith("as saying")


def test_made_the_remarks_after_a_quotation(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "\u201cWe talk to both coast guards every day. We talk so that the boats stay in "
        "port,\u201d Maltese Foreign Minister Carla Zammit made the remarks at a briefing in "
        "Gozo.\n"
    )
    content = "We talk to both coast guards every day. We talk so that the boats stay in port"
    assert _said(pipeline, text)[content] == ("Carla Zammit", "made the remarks")


def test_concluded_after_the_reported_clause(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "Maltese Foreign Minister Carla Zammit spoke with the Tunisian envoy on Monday.\n\n"
        "The two sides also reviewed the ferry timetable for the spring, Zammit concluded.\n"
    )
    assert _said(pipeline, text)[
        "The two sides also reviewed the ferry timetable for the spring"
    ] == (
        "Carla Zammit",
        "concluded",
    )


def test_continued_as_an_aside_inside_the_reported_clause(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "Maltese Foreign Minister Carla Zammit said the talks were calm.\n\n"
        "Over the last two days, Zammit continued, both teams drafted a joint map of the "
        "fishing banks.\n"
    )
    got = _said(pipeline, text)
    assert got["both teams drafted a joint map of the fishing banks"] == (
        "Carla Zammit",
        "continued",
    )


def test_talks_that_concluded_say_nothing(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "The round concluded on Friday, and the envoys continued their work on the map.\n"
    )
    assert not extract(pipeline, text).statements


def test_doubled_consonant_forms_are_verbs_of_saying() -> None:
    from kg.extract.statement_words import SPEECH_VERBS

    assert {"admitted", "admitting", "slammed"} <= SPEECH_VERBS


def test_admitted_after_a_coordinated_demand(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks open in Valletta\n\n"
        "Last spring, Carla Zammit called for the ferry talks to resume, but admitted that the "
        "timing was poor for both harbours.\n"
    )
    assert _said(pipeline, text).get("the timing was poor for both harbours") == (
        "Carla Zammit",
        "admitted",
    )


def test_attribution_parsed_as_a_conjunct_reports_the_clause_before_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "Harbour deal\n\n"
        "Malta and Tunisia have agreed to a fishing truce and start talks on their "
        "long-running quota dispute under the mediation of Italy, the current chair of the "
        "Western Mediterranean Forum (WMF), Italian Foreign Minister Paolo Ferri announced on "
        "Sunday.\n"
    )
    content = (
        "Malta and Tunisia have agreed to a fishing truce and start talks on their long-running "
        "quota dispute under the mediation of Italy, the current chair of the Western "
        "Mediterranean Forum (WMF)"
    )
    assert _said(pipeline, text).get(content) == ("Paolo Ferri", "announced")


def test_a_conjunct_with_and_is_no_attribution() -> None:
    from kg import nlp
    from kg.extract.statement_asides import trailing_conjunct

    doc = nlp.load()("The envoys met in Rome on Friday, and the minister announced a new round.")
    verb = next(t for t in doc if t.text == "announced")
    assert trailing_conjunct(verb) is None


def test_gerund_opening_what_was_said_is_said(pipeline: Pipeline) -> None:
    # The parser reads `seeing` as the complement of `said` and the rest as its clause;
    # `say` takes a clause, never a gerund, so the whole is what was said.
    text = (
        "Harbour patrols resume\n\n"
        "Carla Zammit said seeing so many patrol boats in the harbour was a welcome sign.\n"
    )
    got = _said(pipeline, text)
    assert got.get("seeing so many patrol boats in the harbour was a welcome sign") == (
        "Carla Zammit",
        "said",
    )


def test_gerund_object_of_another_verb_is_not_read_as_a_clause() -> None:
    from kg import nlp
    from kg.extract.statement_misparsed import gerund_subject

    doc = nlp.load()("The envoy recalled meeting the families, who were waiting outside.")
    verb = next(t for t in doc if t.text == "recalled")
    assert gerund_subject(verb) is None


def _closing_misparse() -> Doc:
    """`The crossing has made it possible for traders to sell, she said.` as the parser
    sometimes hangs it: the clause's subject and subordinator on `said`, `said` an
    adverbial clause of `made`."""
    from kg import nlp

    words = "The crossing has made it possible for traders to sell , she said .".split()
    heads = [1, 12, 3, 3, 5, 3, 12, 12, 9, 7, 12, 12, 3, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "nsubj", "ccomp", "mark", "nsubj", "aux", "acl",
            "punct", "nsubj", "advcl", "punct"]  # fmt: skip
    tags = ["DT", "NN", "VBZ", "VBN", "PRP", "JJ", "IN", "NNS", "TO", "VB", ",", "PRP", "VBD",
            "."]  # fmt: skip
    pos = ["DET", "NOUN", "AUX", "VERB", "PRON", "ADJ", "SCONJ", "NOUN", "PART", "VERB",
           "PUNCT", "PRON", "VERB", "PUNCT"]  # fmt: skip
    return Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_closing_attribution_reports_the_words_before_its_comma() -> None:
    from kg.extract.statement_asides import closing_attribution

    doc = _closing_misparse()
    span = closing_attribution(doc[12])
    assert span is not None
    assert doc.text[span[0] : span[1]] == "The crossing has made it possible for traders to sell"


def test_closing_attribution_needs_the_sentence_to_end_with_it() -> None:
    from kg import nlp
    from kg.extract.statement_asides import closing_attribution

    doc = nlp.load()("The talks ended, she said, and the envoys flew home.")
    verb = next(t for t in doc if t.text == "said")
    assert closing_attribution(verb) is None


def test_name_given_in_quotation_marks_is_said(pipeline: Pipeline) -> None:
    # `called X "Y"`: the parser hangs the quoted name on the object (an apposition) or
    # makes the object a modifier of it; either way the object and the name are said.
    text = (
        "Harbour deal signed\n\n"
        "Malta and Tunisia signed a fishing accord on Monday. Italian Foreign Minister Paolo "
        "Ferri called the accord \u201ca crucial step forward for the whole region.\u201d "
        "Maltese envoy Carla Zammit called both Ferri and the Tunisian negotiators "
        "\u201cpatient.\u201d\n"
    )
    got = {content.rstrip(".\u201d"): said for content, said in _said(pipeline, text).items()}
    assert got.get("the accord \u201ca crucial step forward for the whole region") == (
        "Paolo Ferri",
        "called",
    )
    assert got.get("both Ferri and the Tunisian negotiators \u201cpatient") == (
        "Carla Zammit",
        "called",
    )


def test_call_on_someone_before_a_quotation_is_no_name_given() -> None:
    from kg import nlp
    from kg.extract.statement_misparsed import quoted_name

    doc = nlp.load()("The minister called on Moscow to \u201cstop the shelling now.\u201d")
    verb = next(t for t in doc if t.text == "called")
    assert quoted_name(verb) is None


def test_a_quotation_after_the_closing_verb_is_what_it_reports(pipeline: Pipeline) -> None:
    # Not the words before the comma: the verb introduces the quotation after it.
    text = (
        "Harbour talks end\n\n"
        "The envoys met in Valletta on Monday. Asked about the talks, Maltese envoy Carla "
        "Zammit replied, \u201cWell, maybe so.\u201d\n"
    )
    assert "Asked about the talks" not in _said(pipeline, text)
