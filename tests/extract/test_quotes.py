"""Quotations and reports whose attribution is not where a plain reading looks for it."""

from __future__ import annotations

from extract_helpers import article, found_statements
from spacy.tokens import Doc

from kg import nlp
from kg.extract.pipeline import Pipeline
from kg.extract.quotes import (
    goes_on_after_narration,
    mid_clause_comma,
    whole_paragraph,
)
from kg.extract.statement_quotes import _attributed_within, only_attribution
from kg.extract.statement_reports import _after_connective
from kg.extract.statement_spans import Found, find_quotes
from kg.extract.statements import QUOTE_VERBS


def statements(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    x = pipeline.extract(article(text))
    names = {a.id: a.name for a in x.actors}
    return {s.content.text: names.get(s.speaker) if s.speaker else None for s in x.statements}


def test_bare_quoted_paragraph_after_narration_keeps_the_last_quoted_speaker(
    pipeline: Pipeline,
) -> None:
    text = (
        "Port talks end in Valletta\n\n"
        "Negotiators from Malta and Tunisia met in Valletta on Monday.\n\n"
        "\u201cWe reached a common view on the fishing quotas,\u201d Foreign Minister Carla "
        "Zammit said. The two governments had last met in April.\n\n"
        "\u201cThe next round will settle the harbour fees and the patrol schedule.\u201d\n"
    )
    got = statements(pipeline, text)
    assert got.get("The next round will settle the harbour fees and the patrol schedule") == (
        "Carla Zammit"
    )


def test_according_to_before_the_main_clause_reports_the_clause_after_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "Grain corridor talks\n\n"
        "Foreign Minister Carla Zammit spoke in Valletta on Monday.\n\n"
        "In addition, according to Zammit, the corridor will reopen within two weeks.\n"
    )
    got = statements(pipeline, text)
    assert got.get("the corridor will reopen within two weeks") == "Carla Zammit"
    assert "In addition" not in got


def test_according_to_after_an_opening_connective_reports_the_clause_after_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "Harbour talks\n\n"
        "Foreign Minister Carla Zammit praised the harbour talks in Valletta on Monday.\n\n"
        "However, according to Tunisia's foreign ministry, the harbour accord still needs "
        "approval by parliament.\n"
    )
    got = statements(pipeline, text)
    assert "However" not in got
    assert "the harbour accord still needs approval by parliament" in got


def _words(words: list[str], pos: list[str]) -> Doc:
    starts = [True] + [False] * (len(words) - 1)
    return Doc(nlp.load().vocab, words=words, pos=pos, sent_starts=starts)


def test_a_connective_alone_before_according_to_is_no_content() -> None:
    opened = _words(
        ["However", ",", "according", "to", "Zammit", ",", "talks", "resume", "."],
        ["ADV", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"],
    )
    assert _after_connective(opened, 0, 2)
    narrated = _words(
        ["Talks", "resume", ",", "according", "to", "Zammit", "."],
        ["NOUN", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    assert not _after_connective(narrated, 0, 3)


def test_according_to_unnamed_sources_is_narration(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks\n\n"
        "Negotiators from Malta and Tunisia met in Valletta on Monday.\n\n"
        "The talks lasted three hours, according to diplomatic sources.\n\n"
        "The two sides signed a fisheries memorandum, according to a source close to "
        "the arrangements.\n\n"
        "The negotiators will meet again in June, according to Tunisian sources.\n"
    )
    got = statements(pipeline, text)
    assert "The talks lasted three hours" not in got
    assert "The two sides signed a fisheries memorandum" not in got
    assert "The negotiators will meet again in June" in got  # a nationality names them


def test_according_to_the_source_named_before_is_a_statement(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks\n\n"
        "Negotiators from Malta and Tunisia will meet in Valletta, Malta's fisheries ministry "
        "announced on Monday.\n\n"
        "According to the source, the talks will be chaired by the two fisheries ministers.\n"
    )
    got = statements(pipeline, text)
    assert "the talks will be chaired by the two fisheries ministers" in got


def test_dateline_before_a_dash_is_not_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Talks on the border\n\n"
        "Valletta \u2014 Malta's Foreign Minister, Carla Zammit, said Monday that the border "
        "talks with Tunisia would resume in May.\n"
    )
    got = statements(pipeline, text)
    assert got.get("the border talks with Tunisia would resume in May") == "Carla Zammit"


def test_quoted_phrase_inside_a_reported_clause_is_part_of_it(pipeline: Pipeline) -> None:
    text = (
        "Fishing dispute\n\n"
        "Carla Zammit, Malta's foreign minister, spoke on Monday.\n\n"
        "She pointed out that many boats of the northern fleet, \u201cseized by the coast "
        "guard,\u201d have not been returned.\n"
    )
    got = statements(pipeline, text)
    assert "seized by the coast guard" not in got
    assert any(c.startswith("many boats of the northern fleet") for c in got)


def test_quote_helpers() -> None:
    text = 'A line.\n\n"Whole paragraph."\n\nHe said, "not whole," and left.'
    opens = text.index('"')
    closes = text.index('"', opens + 1) + 1
    assert whole_paragraph(text, opens, closes)
    late = text.index('"not')
    assert not whole_paragraph(text, late, text.index('"', late + 1) + 1)
    assert mid_clause_comma("residents of the town,", 'seized by them," went', QUOTE_VERBS)
    assert not mid_clause_comma("He said,", 'we will go," he said', QUOTE_VERBS)
    assert not mid_clause_comma("residents of the town,", 'seized by them."', QUOTE_VERBS)
    two = 'X said. They met. Then more.\n\n"Q."'
    q = two.index('"')
    assert not goes_on_after_narration(two, (7, q), q, len(two))


def test_a_capitals_dateline_with_a_colon_is_no_speaker_label(pipeline: Pipeline) -> None:
    text = (
        "Border corridor deal near\n\n"
        "VALLETTA: Malta and Tunisia are expected to sign the corridor agreement today.\n\n"
        "Carla Zammit said the corridor would open in May.\n"
    )
    got = statements(pipeline, text)
    assert not any(c.startswith("Malta and Tunisia are expected") for c in got)
    assert got.get("the corridor would open in May") == "Carla Zammit"


def test_capitals_labels_of_a_transcript_are_speakers(pipeline: Pipeline) -> None:
    text = (
        "Interview on the harbour dispute\n\n"
        "HOST: Minister, will the harbour talks resume next week?\n\n"
        "ZAMMIT: We expect the talks to resume on Tuesday in Valletta.\n"
    )
    got = statements(pipeline, text)
    assert "We expect the talks to resume on Tuesday in Valletta" in got


def test_a_show_named_in_quotation_marks_is_not_words() -> None:
    text = (
        "Envoys weigh a truce\n\nGeneva \u2022 Example News\n\n"
        "''The talks are over for this year,'' Foreign Minister Carla Zammit said on ZTV's "
        "''Sunday Morning Review.'' ''We will meet again in May.''\n\n"
        "\u201cThe border stays open,\u201d Zammit said in an interview with \u201cThe Evening "
        "Hour.\u201d\n"
    )
    contents = {s.content.text for s in found_statements(text)}
    said = {
        "The talks are over for this year",
        "We will meet again in May",
        "The border stays open",
    }
    assert said <= contents
    assert not contents & {"Sunday Morning Review", "The Evening Hour"}


def test_according_to_inside_a_sentence_reports_what_follows_it() -> None:
    text = (
        "Envoys weigh a truce\n\nGeneva \u2022 Example News\n\n"
        "At the heart of the dispute, according to Carla Zammit, the foreign minister, was a "
        "decision by Ruritania to close the harbour.\n\n"
        "The crisis has alarmed the government, which recalled two envoys and, according to "
        "Carla Zammit, adopted a new strategy to defend the fishing fleet.\n"
    )
    got = {s.content.text for s in found_statements(text) if s.cue.text == "according to"}
    assert got == {
        "was a decision by Ruritania to close the harbour",
        "adopted a new strategy to defend the fishing fleet",
    }


def test_a_verb_of_saying_at_the_mark_attributes_a_quotation_the_parse_garbles() -> None:
    # The parse takes the quotation's first word for the subject (`"That, unfortunately,"
    # he said`), or hides the subject in an opening phrase (`after Weber, asked about it,
    # had said, "..."`): the verb at the mark still introduces the words.
    text = (
        "Envoys weigh a truce\n\nGeneva \u2022 Example News\n\n"
        "Foreign Minister Carla Zammit spoke in Valletta.\n\n"
        "''That, unfortunately,'' she said, ''is part of the reality of the region.''\n\n"
        "The issue had come up on Friday after President Anton Weber, asked about the "
        "fishing quotas, had said, ''I think our fleet does plenty of fishing also.''\n"
    )
    contents = {s.content.text for s in found_statements(text)}
    assert {
        "That, unfortunately",
        "is part of the reality of the region",
        "I think our fleet does plenty of fishing also",
    } <= contents


def test_a_quotation_goes_on_past_a_long_apposition_on_its_speaker() -> None:
    # The parser may end the attribution's sentence inside the apposition on the speaker
    # (sentence starts set by hand here, as it does on some real copy): a rest with no finite
    # verb is still the attribution, and the next quotation goes on with the same speaker.
    words = ["''", "Stay", ",", "''", "said", "Weber", ",", "a", "deputy", ",",
             "another", "freed", "sailor", ".", "''", "Go", ".", "''"]  # fmt: skip
    tags = ["``", "VB", ",", "''", "VBD", "NNP", ",", "DT", "NN", ",",
            "DT", "VBN", "NN", ".", "``", "VB", ".", "''"]  # fmt: skip
    starts = [True] + [False] * 9 + [True] + [False] * 3 + [True] + [False] * 3
    spaces = [False, False, False, True, True, False, True, True, False, True,
              True, True, False, True, False, False, False, False]  # fmt: skip
    vocab = nlp.load().vocab
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, sent_starts=starts)
    text = doc.text
    cue = (text.index("said"), text.index("said") + 4)
    gap = (text.index("said") - 1, text.index("''Go"))
    assert only_attribution(doc, gap, cue)
    doc = Doc(vocab, words=words, spaces=spaces, tags=[*tags[:11], "VBD", *tags[12:]],
              sent_starts=starts)  # fmt: skip
    assert not only_attribution(doc, gap, cue)  # "another freed the sailor": a clause


def test_a_straight_opening_mark_closed_by_a_curly_one_ends_there() -> None:
    # Web copy mixes the two styles: with no straight mark to close it, the quotation ends
    # at the curly mark, and the next quotation in the paragraph is one of its own.
    text = (
        '"The ferry will sail twice a week,\u201d the harbour master said on Monday. '
        "\u201cWinter timetables start in November.\u201d"
    )
    got = [text[s:e] for s, e in find_quotes(text)]
    assert got == ["The ferry will sail twice a week,", "Winter timetables start in November."]


def test_a_long_apposition_on_the_speaker_after_a_quotation_keeps_the_attribution() -> None:
    text = (
        "Harbour plans\n\n"
        "''The northern pier will reopen before the winter storms,'' Jana Kovac, a senior "
        "researcher at the Institute for Maritime Studies in Split and a former director of "
        "the port authority, said on Monday.\n"
    )
    got = {s.content.text: s.kind for s in found_statements(text)}
    assert got.get("The northern pier will reopen before the winter storms") == "direct"


def test_a_whole_utterance_quoted_straight_after_the_verb_is_its_speakers(
    pipeline: Pipeline,
) -> None:
    # No comma or colon between the verb and the quotation: the verb still introduces it,
    # short as it is (scare quotes are phrases inside a clause, not whole utterances).
    text = (
        "Harbour talks end\n\n"
        "Malta and Tunisia signed a fishing accord on Monday. Maltese envoy Carla Zammit "
        "declared \u201cWhat a day for the harbour!\u201d and left for Valletta. When the "
        "Tunisian delegation walked out, Paolo Ferri shouted \u201cCome back!\u201d\n"
    )
    got = statements(pipeline, text)
    assert got.get("What a day for the harbour") == "Carla Zammit"
    assert got.get("Come back") == "Paolo Ferri"


def test_a_phrase_quoted_inside_a_clause_is_no_utterance_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Harbour talks end\n\n"
        "Maltese envoy Carla Zammit said \u201cclear evidence\u201d of the breach was "
        "lacking.\n"
    )
    assert "clear evidence" not in statements(pipeline, text)


def test_a_title_quoted_straight_after_wrote_is_no_quoted_utterance(pipeline: Pipeline) -> None:
    # (What the work is may still be read as the object of `wrote`; not as words quoted.)
    text = (
        "Harbour memoir\n\n"
        "Maltese envoy Carla Zammit wrote \u201cThe Harbour of Two Shores.\u201d It sold "
        "well.\n"
    )
    x = pipeline.extract(article(text))
    kinds = {s.content.text: s.kind for s in x.statements}
    assert kinds.get("The Harbour of Two Shores") != "direct"


def test_a_quotation_holds_its_own_attribution_only_when_the_words_said_open_it() -> None:
    # `"Japan handed over the Presidency to us today, Tajani wrote on X.`, left open: the words
    # inside open it (one character in at most) and are attributed inside it.
    qs, qe = 10, 80
    opening = Found("a1", (50, 56), (57, 62), (qs + 1, 48), "direct", (qs, qe))
    assert _attributed_within([opening], qs, qe)
    # Words read from before the quotation's opening mark into it are not the quotation's own.
    before = Found("a1", (50, 56), (57, 62), (qs - 5, 48), "direct", (0, qe))
    assert not _attributed_within([before], qs, qe)
