"""The language guard: articles not in the language the extractor reads are refused whole.

The extraction pipeline (spaCy's English model, English cue lexicons and date grammar) reads
English only: a German or French article comes out as junk (a Person "Dienstag", "un" linked to
the United Nations) rather than as nothing. So each article's language is identified before
extraction, offline, with py3langid (langid.py's model, shipped inside the package: no
download), and an article in another language becomes a `ReadError` naming the language and
the override (`kg ingest --language any`). It is never half-extracted.

Most articles are plainly English: when a fifth or more of the first words are among the most
common English words (German and French stories score under 5 %, the least English of 295
Wikinews stories 22 %), the article passes without loading the model, which takes seconds to
unpack. Otherwise an article is in the language most of its text is in: up to `MAX_PARTS`
paragraphs spread over the body are identified one by one and weighed by their length, so an
English story quoting an interview in Russian stays English (one of the first 150 Wikinews
stories does), and the cost stays flat for long articles (a few milliseconds, against about 250
for spaCy).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.model import Article
from kg.reading import ReadError

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# What the extractor reads, and the value that turns the guard off.
EXTRACTOR_LANGUAGE = "en"
ANY = "any"
SAMPLE_CHARS = 4000
MAX_PARTS = 12
# The commonest English words, and the share of them that makes a text plainly English.
ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as was said by at from it his be are have has an "
    "not were will".split()
)
PLAIN_ENGLISH = 0.15
MIN_WORDS = 30
_WORDS = re.compile(r"[^\W\d_]+")
PART_CHARS = 600
# Below this many letters a guess is unreliable: such an article is let through to extraction,
# which finds little in it either way.
MIN_LETTERS = 40

# ISO 639-1 codes langid.py can answer with that a message should spell out.
NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sr": "Serbian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}  # fmt: skip


def language_name(code: str) -> str:
    return NAMES.get(code, code)


@functools.cache
def _identifier() -> LanguageIdentifier:
    # Loaded once per process, on first use (about a second): runs that refuse nothing pay it
    # once, and `kg query` never.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float] | None:
    """The language of `text` (ISO 639-1 code) and the model's probability for it, or None when
    the text has too few letters to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code), float(probability)


def plainly_english(text: str) -> bool:
    """Whether `text` is English beyond doubt, from its share of the commonest English words."""
    words = _WORDS.findall(text[:SAMPLE_CHARS].lower())
    if len(words) < MIN_WORDS:
        return False
    return sum(w in ENGLISH_WORDS for w in words) / len(words) >= PLAIN_ENGLISH


def main_language(text: str) -> tuple[str, float] | None:
    """The language most of `text` is in and the share of the text in it, or None when the
    text has too few letters to tell."""
    parts = [p for p in text.split("\n") if sum(c.isalpha() for c in p) >= MIN_LETTERS]
    if not parts:
        found = detect(text)
        return None if found is None else (found[0], 1.0)
    step = max(1, len(parts) // MAX_PARTS)
    weights: dict[str, float] = {}
    for part in parts[::step][:MAX_PARTS]:
        code, _ = _identifier().classify(part[:PART_CHARS])
        weights[str(code)] = weights.get(str(code), 0.0) + min(len(part), PART_CHARS)
    total = sum(weights.values())
    code = max(weights, key=lambda c: weights[c])
    return code, weights[code] / total


def refusal(article: Article, language: str = EXTRACTOR_LANGUAGE) -> ReadError | None:
    """Why `article` is refused (a `ReadError`), or None when it may be extracted."""
    if language == ANY:
        return None
    # The title is repeated at the head of the text; the body alone says more.
    body = article.text[len(article.title) :] if article.text.startswith(article.title) else ""
    text = body.strip() or article.text
    if language == "en" and plainly_english(text):
        return None
    if len(_WORDS.findall(text[:SAMPLE_CHARS])) < MIN_WORDS:
        # Too few words for a reliable guess: a one-line English dispatch ("X met Y in Riyadh
        # on Tuesday.") reads as Breton to langid. Let it through, as with too few letters.
        return None
    found = main_language(text)
    if found is None or found[0] == language:
        return None
    code, share = found
    return ReadError(
        article.origin or article.title,
        f"the article is in {language_name(code)} ({code}, {share:.0%} of its text), but the "
        f"extractor reads {language_name(language)} only; nothing of it was stored "
        f"(`kg ingest --language any` extracts it all the same)",
    )


def guard(
    items: Iterable[Article | ReadError], language: str = EXTRACTOR_LANGUAGE
) -> Iterator[Article | ReadError]:
    """`items`, each article in another language than `language` replaced by its refusal."""
    for item in items:
        if isinstance(item, Article):
            refused = refusal(item, language)
            yield refused if refused is not None else item
        else:
            yield item
