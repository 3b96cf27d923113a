"""Nouns of saying whose `that` clause is the content ("the claim that ...", "its position
that ..."): read by the noun-and-clause reading (`statement_reports.nominal`); the nouns of
saying proper are also words a verb gives (`cue_acts.WORDS_GIVEN`)."""

from __future__ import annotations

# Nouns of saying whose `that` clause is the content: "the claim that ...".
CLAIM_NOUNS = {
    f"{n}{suffix}"
    for n in (
        "claim",
        "assertion",
        "allegation",
        "accusation",
        "statement",
        "warning",
        "argument",
        "suggestion",
        "insistence",
        "promise",
        "pledge",
        "admission",
        "announcement",
        "assurance",
        "charge",
        "complaint",
        "contention",
        "prediction",
        "report",
        "message",
        "remark",
        "comment",
    )
    for suffix in ("", "s")
}
# Nouns of a stance or a demand put in words: "its position that ...", "the demand that ...",
# "his denial that ..." (not of a thought: "view", "belief"). Only with a `that` clause are
# they words: without one they are deeds or places ("shelled rebel positions", "posed a
# threat"), so only the noun-and-clause reading takes them, not the lists of words given.
STANCE_NOUNS = {
    f"{n}{suffix}"
    for n in ("position", "stance", "demand", "appeal", "denial", "confirmation")
    + ("explanation", "threat", "vow")
    for suffix in ("", "s")
}
