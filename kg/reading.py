"""Reading news articles from files into `Article` records.

`read_path` accepts a file or a folder (searched recursively, in sorted order) and yields one item
per article: an `Article`, or a `ReadError` for input that could not be read. Errors are yielded,
not raised, so that one broken file (or one broken JSON Lines line) never hides the good ones;
callers decide whether to stop (`read_articles` does: it raises the first error).

Formats, chosen by file suffix:
- `.txt`: the seed layout — title on the first line, then a dateline such as `Kyiv • UNN`.
  `Article.text` is exactly the file content, except for an optional header block: lines
  `Published: 2025-06-01` (an ISO date or date-time), `Title:`, `Source:`, `URL:`, `Author:`
  at the very top of the file, ended by a blank line. Only a block whose every line is such a
  field, with `Published:` among them, counts, so a real headline is never taken for one
  ("Source: Russia ready to talk"); the block is metadata and is left out of `Article.text`.
  A `Published:` value that is not an ISO date is an error.
- `.html`/`.htm`: main text and metadata extracted with trafilatura.
- `.json`: one object or a list of objects; `.jsonl`: one object per line. Fields: `title`,
  `text`, `published`, `source`, `url`, `author`.
For every format but `.txt`, `Article.text` is the title, a blank line, then the body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.model import Article

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


class ReadError(Exception):
    """An input that cannot be turned into an article; the message names the file (and line)."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.reason = message


def article_key(url: str | None, source: str | None, title: str) -> str:
    basis = url if url else f"{source or ''}\n{title}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def read_path(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Article | ReadError]:
    """Yield every article under `path` (a file or a folder), or a `ReadError` in its place."""
    path = Path(path)
    if not path.exists():
        yield ReadError(str(path), "no such file or folder")
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not files:
            log.warning("no readable articles under %s", path)
        for f in files:
            yield from _read_file(f, max_bytes)
        return
    yield from _read_file(path, max_bytes)


def read_articles(path: Path, max_bytes: int = MAX_BYTES) -> list[Article]:
    """All articles under `path`; raises the first `ReadError` met."""
    out: list[Article] = []
    for item in read_path(path, max_bytes):
        if isinstance(item, ReadError):
            raise item
        out.append(item)
    return out


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ReadError(origin, f"unsupported file type {suffix or '(none)'!r}")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(path, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadError(origin, f"file is {size} bytes, over the {max_bytes}-byte limit")
            return
        raw = path.read_bytes()
    except OSError as e:
        yield ReadError(origin, f"cannot read file ({e.strerror})")
        return
    if not raw.strip():
        yield ReadError(origin, "file is empty")
        return
    if b"\x00" in raw[:8192]:
        yield ReadError(origin, "file looks binary (contains NUL bytes)")
        return
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        yield ReadError(origin, f"not valid UTF-8 (byte {e.start})")
        return
    try:
        if suffix == ".txt":
            yield parse_txt(content, origin)
        elif suffix in (".html", ".htm"):
            yield parse_html(content, origin)
        else:
            yield from _parse_json(content, origin)
    except ReadError as e:
        yield e


# --- plain text -----------------------------------------------------------------------------

_DATELINE = re.compile(r"^\s*(?P<place>[^\n•|]{1,60}?)\s*[•|]\s*(?P<source>[^\n•|]{1,60}?)\s*$")
_VIEWS = re.compile(r"^\s*(?:•\s*)?\d[\d\s,.]*\s+views?\s*$", re.I)
# A teaser for another article: a headline with a date/time and view counter glued to its end.
_TEASER = re.compile(r"\S\d{2}\.\d{2}\.\d{2,4},\s*\d{1,2}:\d{2}\s*•\s*\d[\d,.]*\s*views?\s*$", re.I)
# A publication stamp on its own line near the top: `01.06.25, 21:10` or `June 1, 2025, 21:10`.
_STAMP_NUM = re.compile(
    r"^\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2}|\d{4}),?\s*(?:(?P<H>\d{1,2}):(?P<M>\d{2}))?"
    r"\s*(?:•\s*\d[\d,.]*\s*views?)?\s*$",
    re.I,
)
# A map's or chart's legend: a colour swatch, then what it stands for ("██ Syrian Arab Republic").
_LEGEND = re.compile(r"^\s*[█■▇◼⬛]")
_SECTION_HEADERS = re.compile(
    r"^\s*(?:let us remind you|let us recall|recall|reminder|read also|also read|read more|"
    r"see also|related|addendum|supplemented|advertisement|subscribe[^\n]*)\s*[:.]?\s*$",
    re.I,
)


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body), body
        pos += len(line)


def find_noise(text: str, title: str, body_start: int = 0) -> list[tuple[int, int]]:
    """Character ranges of page furniture: view counters, repeated titles, teasers, bylines."""
    noise: list[tuple[int, int]] = []
    lines = [ln for ln in _lines(text) if ln[0] >= body_start]
    norm_title = " ".join(title.split()).lower()
    for start, end, body in lines:
        stripped = body.strip()
        if not stripped:
            continue
        if (
            _VIEWS.match(body)
            or _TEASER.search(body)
            or _SECTION_HEADERS.match(body)
            or _LEGEND.match(body)
            or (norm_title and " ".join(stripped.split()).lower() == norm_title)
        ):
            noise.append((start, end))
    # Bylines repeated at the end: short name-like lines at the bottom of the page.
    tail = [ln for ln in lines if ln[2].strip()]
    names: list[tuple[int, int]] = []
    for start, end, body in reversed(tail):
        if _is_byline(body.strip()):
            names.append((start, end))
        else:
            break
    if len(names) >= 2 or (names and _has_repeat(text, names)):
        noise.extend(names)
    return sorted(set(noise))


def _is_byline(line: str) -> bool:
    words = line.split()
    return (
        1 < len(words) <= 4
        and not line.endswith((".", "!", "?", ":", '"', "”"))
        and all(w[:1].isupper() for w in words)
    )


def _has_repeat(text: str, ranges: list[tuple[int, int]]) -> bool:
    s, e = ranges[0]
    return text.count(text[s:e].strip()) > 1


def _published_from_header(text: str, header_end: int) -> dt.datetime | dt.date | None:
    """A date stamp alone on a line of the page header, never one glued to a teaser."""
    for start, _end, body in _lines(text):
        if start >= header_end:
            break
        m = _STAMP_NUM.match(body)
        if not m:
            continue
        year = int(m["y"])
        year += 2000 if year < 100 else 0
        try:
            day = dt.date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if m["H"]:
            return dt.datetime.combine(day, dt.time(int(m["H"]), int(m["M"])))
        return day
    return None


_HEADER_FIELD = re.compile(
    r"^(?P<key>Published|Title|Source|URL|Author):[ \t]*(?P<value>\S.*?)\s*$"
)


def _header(content: str, origin: str) -> tuple[dict[str, str], str]:
    """The `Key: value` block at the top of a text file, and the text after it.

    A block counts only when all its lines are known fields, each at most once, one of them
    `Published:`, and a blank line ends it: a headline such as "Source: Russia ready to talk"
    is text.
    """
    fields: dict[str, str] = {}
    pos = 0
    for line in content.splitlines(keepends=True):
        body = line.strip()
        if not body:
            break
        m = _HEADER_FIELD.match(body)
        if m is None or m["key"] in fields:
            return {}, content
        fields[m["key"]] = m["value"]
        pos += len(line)
    else:
        return {}, content  # no blank line after it: not a header block
    if "Published" not in fields:
        return {}, content  # "Source: Russia ready to talk" is a headline, not metadata
    if parse_published(fields["Published"]) is None:
        raise ReadError(
            origin,
            f"header line 'Published: {fields['Published']}' is not an ISO date "
            "(YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        )
    rest = content[pos:]
    return fields, rest[len(rest) - len(rest.lstrip("\r\n")) :]


def parse_txt(content: str, origin: str = "<text>") -> Article:
    fields, content = _header(content, origin)
    lines = list(_lines(content))
    nonblank = [ln for ln in lines if ln[2].strip()]
    if not nonblank:
        raise ReadError(origin, "file is empty")
    title = nonblank[0][2].strip()
    dateline = source = None
    header_end = nonblank[0][1]
    noise: list[tuple[int, int]] = []
    if len(nonblank) > 1:
        m = _DATELINE.match(nonblank[1][2])
        if m and not _VIEWS.match(nonblank[1][2]):
            dateline, source = m["place"].strip(), m["source"].strip()
            header_end = nonblank[1][1]
            # Page metadata, not article prose: keep extraction off it.
            noise.append((nonblank[1][0], nonblank[1][1]))
    body_lines = [ln for ln in nonblank[1:] if ln[0] >= header_end]
    prose = [ln for ln in body_lines if not _VIEWS.match(ln[2]) and not _STAMP_NUM.match(ln[2])]
    if not prose:
        raise ReadError(origin, "article has a title but no text")
    published = _published_from_header(content, prose[0][0])
    noise.extend(find_noise(content, title, header_end))
    for start, end, body in body_lines:
        if start < prose[0][0] and _STAMP_NUM.match(body):
            noise.append((start, end))
    if "Published" in fields:
        published = parse_published(fields["Published"])
    title = " ".join(fields.get("Title", title).split())
    source = fields.get("Source", source)
    return Article(
        key=article_key(fields.get("URL"), source, title),
        title=title,
        text=content,
        published=published,
        source=source,
        author=fields.get("Author"),
        url=fields.get("URL"),
        dateline=dateline,
        origin=origin,
        noise=sorted(set(noise)),
    )


# --- HTML -----------------------------------------------------------------------------------


def parse_html(content: str, origin: str = "<html>") -> Article:
    # Imported here: it is a third of `kg ingest`'s start-up imports, and only HTML needs it.
    import trafilatura

    doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False)
    if doc is None:
        raise ReadError(origin, "no article text could be extracted from the HTML")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    body = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip()
    if not body:
        raise ReadError(origin, "no article text could be extracted from the HTML")
    if not title:
        title = body.split("\n", 1)[0][:200]
    return _make_article(
        title=title,
        body=body,
        published=data.get("date"),
        source=data.get("sitename"),
        url=data.get("url"),
        author=data.get("author"),
        origin=origin,
    )


# --- JSON and JSON Lines --------------------------------------------------------------------


def _parse_json(content: str, origin: str) -> Iterator[Article | ReadError]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as e:
        raise ReadError(origin, f"invalid JSON at line {e.lineno}: {e.msg}") from None
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items):
        where = f"{origin}[{i}]" if isinstance(data, list) else origin
        try:
            yield _from_record(item, where)
        except ReadError as e:
            yield e


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    """A JSON Lines file, read line by line: a corpus dump can be far larger than any one
    article, so the size limit applies to each record, and memory stays flat."""
    origin = str(path)
    seen = False
    try:
        with path.open("rb") as f:
            head = f.read(8192)
            if b"\x00" in head:
                yield ReadError(origin, "file looks binary (contains NUL bytes)")
                return
            f.seek(0)
            for lineno, raw in enumerate(iter(lambda: f.readline(max_bytes + 1), b""), start=1):
                if len(raw) > max_bytes and not raw.endswith(b"\n"):
                    yield ReadError(f"{origin}:{lineno}", f"record over the {max_bytes}-byte limit")
                    while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                        raw = f.readline(max_bytes + 1)
                    seen = True
                    continue
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    yield ReadError(f"{origin}:{lineno}", f"not valid UTF-8 (byte {e.start})")
                    seen = True
                    continue
                if line.strip():
                    seen = True
                    yield from _jsonl_record(line, f"{origin}:{lineno}")
    except OSError as e:
        yield ReadError(origin, f"cannot read file ({e.strerror})")
        return
    if not seen:
        yield ReadError(origin, "file is empty")


def _jsonl_record(line: str, where: str) -> Iterator[Article | ReadError]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as e:
        yield ReadError(where, f"invalid JSON: {e.msg}")
        return
    try:
        yield _from_record(item, where)
    except ReadError as e:
        yield e


def _from_record(item: object, origin: str) -> Article:
    if not isinstance(item, dict):
        raise ReadError(origin, f"expected a JSON object, got {type(item).__name__}")
    fields = {}
    for name in ("title", "text", "published", "source", "url", "author"):
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            raise ReadError(origin, f"field {name!r} must be a string")
        fields[name] = value.strip() if value else None
    if not fields["title"]:
        raise ReadError(origin, "missing 'title'")
    if not fields["text"]:
        raise ReadError(origin, "article has a title but no text")
    return _make_article(
        title=fields["title"],
        body=fields["text"],
        published=fields["published"],
        source=fields["source"],
        url=fields["url"],
        author=fields["author"],
        origin=origin,
    )


def _make_article(
    *,
    title: str,
    body: str,
    published: str | None,
    source: str | None,
    url: str | None,
    author: str | None,
    origin: str,
) -> Article:
    title = " ".join(title.split())
    # Bodies often repeat the headline as their first line; keep the text as received.
    text = f"{title}\n\n{body}\n"
    return Article(
        key=article_key(url, source, title),
        title=title,
        text=text,
        published=parse_published(published),
        source=source,
        author=author,
        url=url,
        origin=origin,
        noise=find_noise(text, title, len(title) + 2),
    )


def with_default_published(
    items: Iterable[Article | ReadError], published: dt.date | dt.datetime | None
) -> Iterator[Article | ReadError]:
    """`items`, each article without a publication date of its own given `published`."""
    for item in items:
        if published is not None and isinstance(item, Article) and item.published is None:
            item.published = published
        yield item


def parse_published(value: str | None) -> dt.datetime | dt.date | None:
    """An ISO date or datetime from metadata; anything unparseable gives None, not a guess."""
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        log.info("unparseable publication date %r", value)
        return None
