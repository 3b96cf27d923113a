"""The language guard: an article in another language is refused whole, naming the language."""

from __future__ import annotations

import gc
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.language import detect, plainly_english, refusal
from kg.reading import parse_txt
from kg.store import Store

# Written for this test: a short wire story in German, in French and in English.
GERMAN = (
    "Außenminister treffen sich in Wien\nWien • Parley Testdienst\n\n"
    "Die Außenminister beider Länder haben sich am Dienstag in Wien zu Gesprächen getroffen. "
    "Man habe über den Austausch von Gefangenen gesprochen, sagte ein Sprecher nach dem Treffen. "
    "Eine weitere Runde sei für den kommenden Monat geplant.\n"
)
FRENCH = (
    "Les ministres se retrouvent à Genève\nGenève • Parley Service de test\n\n"
    "Les ministres des affaires étrangères des deux pays se sont rencontrés mardi à Genève. "
    "Ils ont discuté d'un échange de prisonniers, a déclaré un porte-parole après la réunion. "
    "Une nouvelle série de pourparlers est prévue le mois prochain.\n"
)
ENGLISH = (
    "Ministers meet in Vienna\nVienna • Parley Test Wire\n\n"
    "The foreign ministers of both countries met in Vienna on Tuesday for talks. "
    "They discussed an exchange of prisoners, a spokesman said after the meeting. "
    "Another round is planned for next month.\n"
)


def test_detects_the_language_of_the_body() -> None:
    assert detect(GERMAN)[0] == "de"  # type: ignore[index]
    assert detect(FRENCH)[0] == "fr"  # type: ignore[index]
    assert detect(ENGLISH)[0] == "en"  # type: ignore[index]
    assert detect("AP — 12:00") is None  # too little text to tell: let through


def test_refusal_names_the_language_and_the_override() -> None:
    err = refusal(parse_txt(GERMAN, "de.txt"))
    assert err is not None and "German (de" in str(err) and "--language any" in str(err)
    assert refusal(parse_txt(ENGLISH, "en.txt")) is None
    assert refusal(parse_txt(GERMAN, "de.txt"), language="any") is None
    assert refusal(parse_txt(GERMAN, "de.txt"), language="de") is None


def test_ingest_refuses_other_languages_whole(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("de.txt", GERMAN), ("fr.txt", FRENCH), ("en.txt", ENGLISH)):
        (folder / name).write_text(text, encoding="utf-8")
    kb = tmp_path / "kb"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--store", str(kb), "--workers", "1"])
    assert result.exit_code == 1
    assert "de.txt: the article is in German" in result.stderr
    assert "fr.txt: the article is in French" in result.stderr
    assert "--language any" in result.stderr
    del result  # its traceback holds the CLI's store handle
    gc.collect()
    store = Store(kb, read_only=True)
    assert store.stats().articles == 1  # only the English one, and nothing of the others
    titles = [
        r["t"].value for r in store.query("SELECT ?t WHERE { ?a a pa:Article ; pa:title ?t }")
    ]  # type: ignore[index,union-attr]
    assert titles == ["Ministers meet in Vienna"]
    del store
    gc.collect()  # release the store's lock
    again = ["ingest", str(folder / "de.txt"), "--store", str(kb), "--language", "any"]
    result = CliRunner().invoke(main, again)
    assert result.exit_code == 0, result.output
    assert Store(kb, read_only=True).stats().articles == 2


def test_an_english_story_quoting_another_language_stays_english() -> None:
    # A quarter of the text in Russian: identified whole, the text reads as Russian.
    quote = "«Министр сказал, что переговоры продолжатся на следующей неделе в Женеве.»"
    story = ENGLISH + "\n" + "\n".join(ENGLISH.splitlines()[3:] * 3 + [quote] * 4) + "\n"
    assert detect(story)[0] == "ru"  # type: ignore[index]
    assert refusal(parse_txt(story, "mixed.txt")) is None


def test_plain_english_needs_no_model() -> None:
    assert plainly_english(ENGLISH * 2)
    assert not plainly_english(GERMAN * 2) and not plainly_english(FRENCH * 2)
    assert not plainly_english("the the the")  # too few words to say


def test_a_one_line_english_dispatch_is_not_refused() -> None:
    # Too short for langid to tell (it reads this line as Breton): let through, not refused.
    article = parse_txt("Talks\n\nMarco Rubio met Sergei Lavrov in Riyadh on Tuesday.\n", "a.txt")
    assert refusal(article) is None
