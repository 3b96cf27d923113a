"""`kg eval`: score extraction against gold files, PolNeAR, PLOVER or cross-article clusters."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli_common import EXIT_INVALID, fail


@click.command(name="eval")
@click.argument("gold", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--polnear",
    "polnear_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="PolNeAR split folder (text/, attributions/).",
)
@click.option(
    "--plover",
    "plover_file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="PLOVER gold-standard records (JSON list).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Score only the first N PolNeAR articles or PLOVER records.",
)
@click.option("--json", "as_json", is_flag=True, help="Print every score as JSON.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extraction processes.",
)
@click.option(
    "--examples",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Error examples per class in the text report.",
)
@click.option(
    "--cross",
    "cross_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Folder of gold articles about the same events: B-cubed actor and event "
    "clusters across articles.",
)
def eval_(
    gold: tuple[Path, ...],
    polnear_dir: Path | None,
    plover_file: Path | None,
    limit: int | None,
    as_json: bool,
    workers: int,
    examples: int,
    cross_dir: Path | None,
) -> None:
    """Score extraction against gold JSON files or folders, PolNeAR or PLOVER.

    Each article is ingested into a fresh in-memory knowledge base and scored from the rows of
    the contract queries. Scores are reported, not asserted: exit code 0 whenever it ran.
    """
    from kg.evaluation.event_typing import PloverError
    from kg.evaluation.gold import GoldError
    from kg.evaluation.report import render, run_gold, run_plover, run_polnear

    if not gold and polnear_dir is None and plover_file is None and cross_dir is None:
        fail(
            "nothing to evaluate: give gold files or folders, --polnear DIR, --plover FILE "
            "or --cross DIR"
        )
    results = []
    try:
        if gold:
            results.append(run_gold(gold, workers=workers))
        if polnear_dir is not None:
            results.append(run_polnear(polnear_dir, workers=workers, limit=limit))
        if plover_file is not None:
            results.append(run_plover(plover_file, workers=workers, limit=limit))
    except (GoldError, PloverError) as err:
        fail(str(err), EXIT_INVALID)
    cross = None
    if cross_dir is not None:
        from kg.evaluation.crossdoc import evaluate_crossdoc

        cross = evaluate_crossdoc(cross_dir, workers=workers).as_dict()
        results.append({"kind": "crossdoc", **cross})
    if as_json:
        click.echo(json.dumps({str(r["kind"]): r for r in results}, indent=2, ensure_ascii=False))
    else:
        click.echo(
            "\n".join(render(r, examples) for r in results if r["kind"] != "crossdoc"), nl=False
        )
        if cross is not None:
            click.echo("\ncross-article clusters (B-cubed)")
            for name, score in cross.items():
                click.echo(
                    f"  {name:<8} P {score['precision']:.3f}  R {score['recall']:.3f}  "
                    f"F1 {score['f1']:.3f}   ({score['items']:.0f} mentions)"
                )
