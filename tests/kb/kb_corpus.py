"""Small synthetic articles in the seed `.txt` layout, worded for these tests only."""

from __future__ import annotations

from pathlib import Path

PEOPLE = [
    ("Marco Rubio", "US Secretary of State"),
    ("Sergei Lavrov", "Russian Foreign Minister"),
    ("Volodymyr Zelensky", "Ukrainian President"),
    ("Dmitry Peskov", "Kremlin spokesman"),
    ("Andrii Sybiha", "Ukrainian Foreign Minister"),
    ("Steve Witkoff", "US Special Envoy"),
]
PLACES = ["Istanbul", "Geneva", "Riyadh", "Doha", "Ankara"]
MONTHS = ["March", "April", "May", "June"]


def article_text(i: int) -> str:
    """Article number `i`: a phone call or a meeting between two known people, and a quote."""
    a_name, a_role = PEOPLE[i % len(PEOPLE)]
    b_name, b_role = PEOPLE[(i + 1 + i // len(PEOPLE)) % len(PEOPLE)]
    if b_name == a_name:
        b_name, b_role = PEOPLE[(i + 2) % len(PEOPLE)]
    place = PLACES[i % len(PLACES)]
    month = MONTHS[i % len(MONTHS)]
    day = 1 + i % 27
    a_last, b_last = a_name.split()[-1], b_name.split()[-1]
    if i % 2:
        title = f"{a_last} and {b_last} talk by phone about prisoners (report {i})"
        body = (
            f"{a_role} {a_name} held a phone call with {b_role} {b_name} "
            f"on {month} {day}, 2025.\n\n"
            f'"We discussed the exchange of prisoners and the next round in {place}," '
            f"{a_last} said after the call.\n\n"
            f"{b_last} said the sides would keep in touch. Note number {i}.\n"
        )
    else:
        title = f"{a_last} meets {b_last} in {place} (report {i})"
        body = (
            f"{a_role} {a_name} met {b_role} {b_name} in {place} on {month} {day}, 2025.\n\n"
            f'"The talks were useful but hard," {a_last} told reporters in {place}.\n\n'
            f"According to {b_last}, another meeting is planned for next month. Note number {i}.\n"
        )
    return f"{title}\n{place} • Parley Test Wire\n\n{body}"


def write_corpus(folder: Path, n: int = 30, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"article-{i:03d}.txt"
        p.write_text(article_text(i), encoding="utf-8")
        paths.append(p)
    return paths
