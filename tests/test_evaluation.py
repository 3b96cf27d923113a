"""`kg eval`: the matching rules on hand-made cases, and the command on real gold files.

The integration tests check the shape of the report and that scores are proportions; they never
assert particular scores, which are measured, not promised.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluation.attribution import (
    PolnearArticle,
    capitalised_words,
    opens_sentence,
    parse_ann,
    score_polnear_article,
    source_kind,
)
from kg.evaluation.event_typing import load_plover
from kg.evaluation.gold import (
    GoldActor,
    GoldArticle,
    GoldEvent,
    GoldStatement,
    score_article,
)
from kg.evaluation.matching import (
    PRF,
    contents_equal,
    dates_agree,
    match_one_to_one,
    max_weight_assignment,
    name_score,
    names_match,
    normalize_name,
    token_f1,
    trim_content,
)
from kg.evaluation.predictions import PredActor, PredEvent, Predictions, PredStatement
from kg.model import Article

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
SHARED_GOLD = SHARED / "eval" / "gold"
POLNEAR = SHARED / "eval" / "polnear" / "dev"


# --- names and contents ---------------------------------------------------------------------


def test_names_lose_case_titles_punctuation_and_spaces() -> None:
    assert normalize_name("Secretary of State  Marco Rubio") == "marco rubio"
    assert normalize_name("The New York Post") == "new york post"
    assert normalize_name("Lavrov's") == "lavrov"
    assert normalize_name("U.S.") == "u s"
    assert normalize_name("James O’Neill") == "james oneill" == normalize_name("James O'Neill")
    assert normalize_name("the President") == "the president"  # a bare title stays
    # Every title before a name goes, as the README says, not only the commonest.
    assert normalize_name("Attorney General Eric Schneiderman") == "eric schneiderman"
    assert normalize_name("Former President Bill Clinton") == "bill clinton"
    assert normalize_name("Del. Stacey Plaskett") == "stacey plaskett"
    assert normalize_name("White House press secretary Josh Earnest") != "josh earnest"


def test_a_capital_that_only_opens_a_sentence_is_no_name() -> None:
    text = "Officials met. Authorities said it. Trump said so, and Trump and Republicans agree."
    caps = capitalised_words(text)
    assert caps == {"Trump", "Republicans"}

    def kind(source: str) -> str:
        start = text.index(source)
        return source_kind(source, opens_sentence(text, start), caps)

    assert kind("Authorities") == "nominal"
    assert kind("Officials") == "nominal"
    assert kind("Trump") == "named"  # written with a capital inside a sentence too
    assert source_kind("the Post") == "named" and source_kind("he") == "pronoun"


def test_name_match_by_canonical_name_alias_or_surname_of_people() -> None:
    assert name_score("Marco Rubio", "Marco Rubio") == 3
    assert (
        name_score(
            "US State Department", "United States Department of State", ["US State Department"]
        )
        == 2
    )
    assert name_score("Rubio", "Marco Rubio", person=True) == 1
    assert name_score("Marco Rubio", "Rubio", person=True) == 1
    assert name_score("Rubio", "Marco Rubio", person=False) == 0
    # A surname of several words is a surname too (hyphens read as spaces).
    assert name_score("Mr. Holtz-Eakin", "Douglas Holtz-Eakin", person=True) == 1
    assert name_score("Van Hollen", "Chris Van Hollen", person=True) == 1
    assert name_score("Chris Van", "Chris Van Hollen", person=True) == 0
    # A generational suffix is not the surname.
    assert name_score("Roberts", "Chief Justice John G. Roberts Jr.", person=True) == 1
    assert name_score("Jr.", "John G. Roberts Jr.", person=True) == 0
    assert name_score("Russia", "Russian delegation") == 0
    assert names_match(None, None) and not names_match("Russia", None)


def test_contents_overlap_and_exact() -> None:
    assert token_f1("the talks resume on Monday", "talks resume on Monday in Istanbul") >= 0.5
    assert token_f1("a ceasefire", "talks resume on Monday") == 0.0
    assert trim_content(" “We are ready to talk.” ") == "We are ready to talk"
    assert contents_equal('"We are ready to talk."', "We are ready to talk")
    assert not contents_equal("We are ready", "We are ready to talk")
    assert dates_agree("--06-01", "2025-06-01", month_day=True)
    assert not dates_agree("--06-01", "2025-06-01")


def test_assignment_is_optimal_where_greedy_is_not() -> None:
    # Greedy takes the 3 and strands row 1; the optimum pairs both rows for 4.
    assert max_weight_assignment([[3, 2], [2, 0]]) == [(0, 1), (1, 0)]
    assert max_weight_assignment([[0, 0], [0, 0]]) == []
    assert max_weight_assignment([]) == []
    # Rectangular, and cardinality first: two weak pairs beat one strong pair.
    pairs = match_one_to_one(
        ["a", "b"],
        ["x", "y", "z"],
        lambda p, g: {("a", "x"): 0.9, ("a", "y"): 0.5, ("b", "x"): 0.6}.get((p, g)),
    )
    assert pairs == [(0, 1), (1, 0)]


def test_prf() -> None:
    prf = PRF(tp=2, predicted=4, gold=2)
    assert (prf.precision, prf.recall) == (0.5, 1.0)
    assert abs(prf.f1 - 2 / 3) < 1e-9
    assert PRF().f1 == 0.0


# --- scoring one gold article ---------------------------------------------------------------


def _gold(**parts: list) -> GoldArticle:  # type: ignore[type-arg]
    article = Article(key="k", title="t", text="t\n")
    return GoldArticle(
        id="g",
        article=article,
        actors=parts.get("actors", []),
        statements=parts.get("statements", []),
        events=parts.get("events", []),
    )


def _statement(
    speaker: str | None, content: str, iri: str = "s", kind: str = "direct"
) -> PredStatement:
    return PredStatement(
        iri=iri,
        speaker=speaker and f"actor/{speaker}",
        speaker_name=speaker,
        cue="said",
        kind=kind,
        content=content,
        date=None,
        via=None,
        start=0,
        end=len(content),
        cue_span=None,
        speaker_span=None,
    )


ACTORS = [
    GoldActor("Marco Rubio", "Person", ["Rubio"]),
    GoldActor("Hillary Clinton", "Person"),
    GoldActor("Bill Clinton", "Person"),
    GoldActor("Russia", "Country"),
]


def test_actor_splits_merges_and_types() -> None:
    pred = Predictions(
        actors=[
            PredActor("a1", "Marco Rubio", "Person"),
            PredActor("a2", "Rubio", "Person"),  # the same man again: a split
            PredActor("a3", "Clinton", "Person"),  # both Clintons at once: a merge
            PredActor("a4", "Russia", "Organization"),  # right actor, wrong type
            PredActor("a5", "Kremlin", "Organization"),  # not in gold
        ]
    )
    score = score_article(_gold(actors=ACTORS), pred)
    actors = score.sheet["actors"]
    assert isinstance(actors, PRF)
    # One-to-one: Rubio once, one Clinton, Russia.
    assert (actors.tp, actors.predicted, actors.gold) == (3, 5, 4)
    assert score.sheet["actors.splits"] == 1
    assert score.sheet["actors.merges"] == 1
    types = score.sheet["actors.type"]
    assert types.as_dict()["correct"] == 2 and types.as_dict()["total"] == 3  # type: ignore[union-attr]
    assert any("Kremlin" in e for e in score.errors["actor_spurious"])


def test_statements_overlap_versus_exact_and_speakers() -> None:
    gold = _gold(
        actors=ACTORS,
        statements=[
            GoldStatement(
                "Marco Rubio", "the talks in Istanbul will resume on Monday", "said", "direct"
            ),
            GoldStatement("Russia", "it is ready for a new round", "said", "indirect"),
        ],
    )
    pred = Predictions(
        actors=[PredActor("actor/Rubio", "Rubio", "Person")],
        statements=[
            _statement(
                "Rubio", "“The talks in Istanbul will resume on Monday.”".replace("T", "t", 1)
            ),
            _statement("Russia", "it is ready for a new round of talks", "s2", kind="direct"),
            _statement(None, "nobody said this at all", "s3"),
        ],
    )
    score = score_article(gold, pred)
    overlap, exact = score.sheet["statements.overlap"], score.sheet["statements.exact"]
    assert isinstance(overlap, PRF) and isinstance(exact, PRF)
    assert (overlap.tp, overlap.predicted, overlap.gold) == (2, 3, 2)
    assert exact.tp == 1  # quotes and the final stop are trimmed; extra words are not
    assert score.sheet["statements.kind"].as_dict()["correct"] == 1  # type: ignore[union-attr]


def test_statement_with_the_wrong_speaker_does_not_match() -> None:
    gold = _gold(actors=ACTORS, statements=[GoldStatement("Russia", "we are ready to talk")])
    pred = Predictions(statements=[_statement("Marco Rubio", "we are ready to talk")])
    score = score_article(gold, pred)
    assert score.sheet["statements.overlap"].tp == 0  # type: ignore[union-attr]
    assert score.sheet["statements.content_only"].tp == 1  # type: ignore[union-attr]
    assert score.errors["statement_speaker"]


def test_statement_dates_are_scored_on_content_pairs_whatever_the_speaker() -> None:
    gold = _gold(
        actors=ACTORS,
        statements=[
            GoldStatement("Russia", "we are ready to talk", date="2025-05-30"),
            GoldStatement("Marco Rubio", "the ceasefire must hold", date=None),
            GoldStatement("Russia", "nothing was found for this one", date="2025-05-31"),
        ],
    )
    wrong_speaker = _statement("Marco Rubio", "we are ready to talk", "s1")
    wrong_speaker.date = "2025-05-30"
    right_speaker = _statement("Rubio", "the ceasefire must hold", "s2")
    right_speaker.date = "2025-06-01"  # a background cue gets no date: wrong
    score = score_article(gold, Predictions(statements=[wrong_speaker, right_speaker]))
    by_speaker = score.sheet["statements.date"].as_dict()  # type: ignore[union-attr]
    by_content = score.sheet["statements.content_only.date"].as_dict()  # type: ignore[union-attr]
    assert (by_speaker["correct"], by_speaker["total"]) == (0, 1)
    assert (by_content["correct"], by_content["total"]) == (1, 2)


def test_a_speaker_matches_through_an_alias_the_system_recorded() -> None:
    # The system's canonical name is a capital; the alias it recorded is the gold state.
    gold = _gold(actors=ACTORS, statements=[GoldStatement("Russia", "we are ready to talk")])
    moscow = PredActor("actor/Moscow", "Moscow", "Country", {"Russia"})
    pred = Predictions(actors=[moscow], statements=[_statement("Moscow", "we are ready to talk")])
    score = score_article(gold, pred)
    assert score.sheet["statements.overlap"].tp == 1  # type: ignore[union-attr]
    assert score.sheet["actors"].tp == 1  # type: ignore[union-attr]
    # Without the alias the same prediction does not match.
    moscow.aliases.clear()
    score = score_article(gold, pred)
    assert score.sheet["statements.overlap"].tp == 0  # type: ignore[union-attr]
    assert score.sheet["actors"].tp == 0  # type: ignore[union-attr]


def test_events_need_equal_kinds_and_half_the_participants() -> None:
    gold = _gold(
        actors=ACTORS,
        events=[
            GoldEvent("phone_call", ["Marco Rubio", "Russia"], status="held", date="2025-06-01"),
            GoldEvent("meeting", ["Hillary Clinton", "Bill Clinton", "Russia", "Marco Rubio"]),
        ],
    )
    pred = Predictions(
        events=[
            PredEvent("e1", "phone_call", "held", ["Rubio"], date="--06-01"),  # Jaccard 1/2
            PredEvent("e2", "meeting", "held", ["Russia"]),  # Jaccard 1/4: no match
            PredEvent("e3", "attack", "held", ["Russia"]),
        ]
    )
    score = score_article(gold, pred)
    events = score.sheet["events"]
    assert isinstance(events, PRF) and (events.tp, events.predicted, events.gold) == (1, 3, 2)
    assert score.sheet["events.kind_only"].tp == 2  # type: ignore[union-attr]
    assert score.sheet["events.date"].as_dict()["correct"] == 0  # type: ignore[union-attr]
    assert score.sheet["events.date_month_day"].as_dict()["correct"] == 1  # type: ignore[union-attr]


def test_equal_overlaps_pair_the_event_that_agrees_on_date_and_status() -> None:
    """The README: among candidate pairs of equal overlap, those that also agree on date and
    status are matched first (two rounds of one pair of sides, one held and one planned)."""
    gold = _gold(
        actors=ACTORS,
        events=[
            GoldEvent(
                "negotiation_round", ["Russia", "Marco Rubio"], status="held", date="2025-05-02"
            ),
            GoldEvent(
                "negotiation_round", ["Russia", "Marco Rubio"], status="planned", date="2025-05-12"
            ),
        ],
    )
    pred = Predictions(
        events=[
            PredEvent("e1", "negotiation_round", "planned", ["Russia", "Rubio"], date="2025-05-12")
        ]
    )
    score = score_article(gold, pred)
    assert score.sheet["events"].tp == 1  # type: ignore[union-attr]
    assert score.sheet["events.date"].as_dict()["correct"] == 1  # type: ignore[union-attr]
    assert score.sheet["events.status"].as_dict()["correct"] == 1  # type: ignore[union-attr]


# --- PolNeAR and PLOVER readers -------------------------------------------------------------

TEXT = 'Officials said the talks would resume. "We are ready," Lavrov told reporters.'
ANN = (
    "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\n"
    "T3\tContent 15 38\tthe talks would resume.\n"
    "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    'T5\tContent 39 47;47 54\t"We are ready,"\n'
    "T6\tSource 55 61\tLavrov\nT7\tCue 62 66\ttold\nT8\tAttribution 62 66\ttold\n"
    "E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5\n"
)


def test_brat_attributions_and_citron_span_scores() -> None:
    attributions = parse_ann(ANN, TEXT)
    assert len(attributions) == 2
    assert attributions[1].content == ((39, 47), (47, 54))
    doc = PolnearArticle("x", Article(key="x", title="x", text=TEXT), attributions)
    pred = Predictions(
        actors=[PredActor("actor/lavrov", "Sergei Lavrov", "Person")],
        statements=[
            PredStatement(
                "s1",
                "actor/lavrov",
                "Sergei Lavrov",
                "told",
                "direct",
                "We are ready",
                None,
                None,
                40,
                52,
                (62, 66),
                (55, 61),
            ),
            PredStatement(
                "s2",
                None,
                None,
                "said",
                "indirect",
                TEXT[15:37],
                None,
                None,
                15,
                37,
                (10, 14),
                None,
            ),
        ],
    )
    sheet = score_polnear_article(doc, pred).sheet
    # A source matches through any name the system recorded for the speaker (README rule).
    pred.actors[0] = PredActor("actor/lavrov", "Minister Lavrov-Petrov", "Person", {"Lavrov"})
    renamed = score_polnear_article(doc, pred).sheet["source.accuracy"]
    assert renamed.as_dict()["correct"] == 1  # type: ignore[union-attr]
    assert sheet["cue.exact"].tp == 2  # type: ignore[union-attr]
    assert sheet["content.exact"].tp == 0  # type: ignore[union-attr]
    assert sheet["content.match"].tp == 2  # type: ignore[union-attr]
    assert sheet["source.exact"].tp == 1  # type: ignore[union-attr]
    assert sheet["source.accuracy"].as_dict()["correct"] == 1  # type: ignore[union-attr]
    # Citron's overlap in tokens: 3 of '"We are ready,"' (6), 4 of 'the talks would resume.' (5).
    overlap = sheet["content.overlap"]
    assert isinstance(overlap, PRF) and (overlap.tp, overlap.predicted, overlap.gold) == (7, 7, 11)
    for name in ("source.overlap", "cue.overlap"):
        prf = sheet[name]
        assert isinstance(prf, PRF) and 0 <= prf.precision <= 1 and 0 <= prf.recall <= 1


def test_citron_overlap_counts_a_token_once_however_many_predictions_cover_it() -> None:
    doc = PolnearArticle("x", Article(key="x", title="x", text=TEXT), parse_ann(ANN, TEXT))
    twice = [
        PredStatement(
            f"s{i}", None, None, "said", "indirect", TEXT[15:37], None, None, 15, 37, (10, 14), None
        )
        for i in (1, 2)
    ]
    overlap = score_polnear_article(doc, Predictions(statements=twice)).sheet["content.overlap"]
    assert isinstance(overlap, PRF) and (overlap.tp, overlap.predicted, overlap.gold) == (4, 4, 11)


def test_plover_file_with_trailing_commas(tmp_path: Path) -> None:
    path = tmp_path / "plover.txt"
    path.write_text(
        '[\n{"id": "D", "event": "DOCUMENT", "eventText": "x",},\n'
        '{"id": "A1", "event": "AGREE", "text": "Greece and Turkey agreed to talk.",\n'
        ' "source": [{"actorText": "Greece", "code": "GRC"},], "target": "",},\n]\n',
        encoding="utf-8",
    )
    records = load_plover(path)
    assert [(r.id, r.type, r.sources, r.targets) for r in records] == [
        ("A1", "AGREE", ["Greece"], [])
    ]


# --- the command ----------------------------------------------------------------------------


def _proportions(value: object) -> None:
    """Every precision, recall, F1 and accuracy in a report is a proportion (or undefined)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("precision", "recall", "f1", "accuracy") and item is not None:
                assert 0.0 <= item <= 1.0, (key, item)
            _proportions(item)
    elif isinstance(value, list):
        for item in value:
            _proportions(item)


def _run_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(main, ["eval", "--json", *args])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    _proportions(data)
    return data  # type: ignore[no-any-return]


def _check_gold_report(report: dict, n_files: int) -> None:  # type: ignore[type-arg]
    assert len(report["articles"]) == n_files
    overall = report["overall"]
    for name in ("actors", "statements.overlap", "statements.exact", "events"):
        assert set(overall[name]) >= {"precision", "recall", "f1", "tp", "predicted", "gold"}
    for name in (
        "actors.type",
        "statements.kind",
        "statements.cue",
        "statements.date",
        "statements.content_only.date",
        "events.date",
        "events.location",
        "events.status",
        "events.mediator",
        "events.initiated_by",
    ):
        assert "accuracy" in overall[name]
    assert isinstance(overall["actors.splits"], int) and isinstance(overall["actors.merges"], int)


@pytest.mark.slow
def test_eval_on_the_repository_gold() -> None:
    files = sorted((ROOT / "data" / "gold").glob("*.json"))
    if not files:
        pytest.skip("no gold files in data/gold yet")
    data = _run_json(str(ROOT / "data" / "gold"))
    _check_gold_report(data["gold"], len(files))


@pytest.mark.slow
def test_eval_on_shared_gold_and_two_polnear_articles() -> None:
    if not SHARED_GOLD.is_dir():
        pytest.skip("../shared/eval is not beside the repository")
    files = sorted(SHARED_GOLD.glob("*.json"))
    args = [str(SHARED_GOLD)]
    if POLNEAR.is_dir():
        args += ["--polnear", str(POLNEAR), "--limit", "2"]
    data = _run_json(*args)
    _check_gold_report(data["gold"], len(files))
    if POLNEAR.is_dir():
        polnear = data["polnear"]
        assert len(polnear["articles"]) == 2
        for name in ("content.exact", "content.overlap", "content.match", "source.exact"):
            assert "f1" in polnear["overall"][name]
        assert "accuracy" in polnear["overall"]["source.accuracy"]


def test_eval_without_anything_to_evaluate_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 2
    assert "nothing to evaluate" in result.output
