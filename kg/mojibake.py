"""Words whose UTF-8 bytes were read as Windows-1252 or Latin-1 ("PeÃ±a" for "Peña", twice
over "PeÃ\\x83Â±a"): the repaired form, so that folding for lookup and identity keys sees one
name however the article's text was garbled. The text itself is never changed: the
guidelines name actors by the forms the text uses."""

from __future__ import annotations

import re
import unicodedata

# A lead byte of a two-byte UTF-8 sequence (0xC2-0xDF) read as Latin-1, then a continuation
# byte (0x80-0xBF) read as Latin-1 or as its Windows-1252 character.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONTINUATION = "\u0080-\u00bf" + _CP1252_HIGH
_GARBLED = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]")
_MAX_ROUNDS = 3  # text garbled more than three times over is left alone


def _byte(ch: str) -> int:
    return ord(ch) if ord(ch) < 256 else ch.encode("cp1252")[0]


def _pair(m: re.Match[str]) -> str:
    # A lead byte 0xC2-0xDF and a continuation byte are always one valid UTF-8 character.
    return bytes(_byte(ch) for ch in m.group(0)).decode("utf-8")


# Text garbled and then decomposed (NFKD) writes "Ã" as "A" and a combining tilde, and a
# spacing accent continuing it ("¨" of "è") as a space and the combining accent.
_SPACED = re.compile("([\u00c2-\u00df]) ([\u0308\u0301\u0327\u0304])")
_SPACING = {"\u0308": "\u00a8", "\u0301": "\u00b4", "\u0327": "\u00b8", "\u0304": "\u00af"}


def repair(text: str) -> str:
    """`text` with each garbled character decoded again (pair by pair, so that a word garbled
    and then cut, "SÃ©golÃ", still gets its "é"); the rest as it is."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _SPACED.sub(lambda m: m.group(1) + _SPACING[m.group(2)], text)
    for _ in range(_MAX_ROUNDS):
        fixed = _GARBLED.sub(_pair, text)
        if fixed == text:
            break
        text = fixed
    return text
