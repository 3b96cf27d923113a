"""An actor is named by the fullest form the text uses (the guidelines' canonical name); the
gazetteer's form and Wikidata ID stay as identity. Titles and suffixes do not cut names."""

from __future__ import annotations

import unicodedata

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.gazetteer import normalize, slug
from kg.model import Actor
from kg.mojibake import repair


def actors(text: str) -> dict[str, Actor]:
    art = article(text)
    doc = nlp.load()(art.text)
    return {a.name: a for a in ActorFinder(gazetteer.default())(doc, art).actors}


def test_a_known_person_takes_the_texts_fuller_name_and_keeps_the_gazetteers() -> None:
    got = actors(
        "Talks stall\n\nWhen Vice President Joseph R. Biden Jr. visited Jerusalem in March, "
        "the talks stalled. Mr. Biden said nothing.\n"
    )
    biden = got["Joseph R. Biden Jr."]
    assert biden.wikidata == gazetteer.default().lookup("Joe Biden").wikidata  # type: ignore[union-attr]
    assert "Joe Biden" in biden.aliases
    assert gazetteer.default().entry_of(biden.name, biden.wikidata) is not None


def test_a_known_person_named_only_by_the_gazetteers_form_keeps_it() -> None:
    got = actors("Talks stall\n\nJoe Biden visited Jerusalem in March. Mr. Biden said nothing.\n")
    assert "Joe Biden" in got
    assert "Joe Biden" not in got["Joe Biden"].aliases


def test_a_rank_abbreviation_neither_ends_the_sentence_nor_names_the_actor() -> None:
    doc = nlp.load()("Israel freed prisoners for Sgt. Dana Orlev, who had been held for years.")
    assert len(list(doc.sents)) == 1
    got = actors(
        "Swap\n\nIsrael freed prisoners for Sgt. Dana Orlev, who had been held for years. "
        "Capt. Yoram Hadar said the swap was fair.\n"
    )
    assert "Dana Orlev" in got and "Sgt" not in got
    assert "Yoram Hadar" in got


def test_garbled_letters_fold_like_the_letters_they_stand_for() -> None:
    assert repair("Enrique PeÃ±a Nieto") == "Enrique Peña Nieto"
    assert repair("Arturo SarukhÃ\x83Â¡n") == "Arturo Sarukhán"  # garbled twice over
    assert repair("FranÃ§ois said Ã") == "François said Ã"  # a lone "Ã" is no garbled pair
    # Garbled, then decomposed: "Ã" as "A" and a tilde, "¨" of "è" as a space and a diaeresis.
    decomposed = unicodedata.normalize("NFKD", "SÃ©golÃ¨ne")
    assert repair(decomposed) == "Ségolène"
    assert normalize("Enrique PeÃ±a Nieto") == normalize("Enrique Peña Nieto")
    assert slug("FranÃ§ois Hollande") == slug("François Hollande") == "francois-hollande"
    assert repair("Ségolène Royal") == "Ségolène Royal"


def test_a_plural_title_abbreviation_does_not_end_the_sentence() -> None:
    doc = nlp.load()("The bill was backed by Sens. Dana Orlev and Yoram Hadar, who spoke first.")
    assert len(list(doc.sents)) == 1


def test_initials_alone_name_no_person() -> None:
    got = actors(
        "Talks\n\nDana Orlev said the talks went well. \"I'm O.K. with negotiations and "
        'getting people home," Dana Orlev said.\n'
    )
    assert "Dana Orlev" in got and "O.K." not in got
