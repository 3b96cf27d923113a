from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.model import Article
from kg.reading import (
    ReadError,
    article_key,
    read_articles,
    read_path,
    with_default_published,
)

TXT = """Envoys agree to meet again next week - Foreign Ministry

Ankara • Example News

 • 120 views

The foreign ministers of two neighbouring states met in Ankara on Monday.

Envoys agree to meet again next week - Foreign Ministry

The minister said that talks would continue.

██ Syrian opposition forces

Let us remind you

Earlier, both sides exchanged letters.

Another story about a summit in Geneva03.06.25, 10:15 • 88 views

Jane Writer

Jane Writer
"""


def noise_texts(a: Article) -> list[str]:
    return [a.text[s:e].strip() for s, e in a.noise]


def test_txt_layout(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TXT, encoding="utf-8")
    [a] = read_articles(f)
    assert a.text == TXT
    assert a.title == "Envoys agree to meet again next week - Foreign Ministry"
    assert (a.dateline, a.source) == ("Ankara", "Example News")
    # The teaser's date belongs to another article.
    assert a.published is None
    noise = noise_texts(a)
    assert "• 120 views" in noise
    assert "Let us remind you" in noise
    assert "██ Syrian opposition forces" in noise  # a map's legend
    assert noise.count("Jane Writer") == 2
    assert any(n.startswith("Another story") for n in noise)
    assert noise.count(a.title) == 1  # the repeat, not the headline itself
    assert a.key == article_key(None, "Example News", a.title)


def test_txt_header_stamp_is_publication(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Title here\n\nKyiv • UNN\n\n01.06.25, 21:10 • 5 views\n\nBody text.\n")
    [a] = read_articles(f)
    assert a.published == dt.datetime(2025, 6, 1, 21, 10)


def test_json_and_jsonl(tmp_path: Path) -> None:
    rec = {
        "title": "T1",
        "text": "Body one.",
        "published": "2025-05-16",
        "source": "S",
        "url": "https://example.org/1",
        "author": "A",
    }
    (tmp_path / "one.json").write_text(json.dumps(rec))
    lines = [json.dumps(rec | {"title": "T2", "url": None}), "{broken", json.dumps({"title": "T3"})]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n")
    items = list(read_path(tmp_path))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ReadError)]
    assert [a.title for a in arts] == ["T2", "T1"]  # files in sorted order
    assert arts[1].text == "T1\n\nBody one.\n"
    assert arts[1].published == dt.date(2025, 5, 16)
    assert arts[1].key == article_key("https://example.org/1", None, "")
    assert len(errs) == 2
    assert "many.jsonl:2" in str(errs[0]) and "invalid JSON" in str(errs[0])
    assert "many.jsonl:3" in str(errs[1]) and "no text" in str(errs[1])


def test_html(tmp_path: Path) -> None:
    body = " ".join(["The two delegations met in Riyadh and discussed a maritime truce."] * 5)
    html = (
        "<html><head><title>Talks in Riyadh</title>"
        '<meta property="article:published_time" content="2025-03-11T10:00:00+00:00">'
        '<meta name="author" content="Sam Reporter"></head>'
        f"<body><nav>Home | World</nav><article><h1>Talks in Riyadh</h1><p>{body}</p>"
        f"<p>{body}</p></article><footer>Copyright</footer></body></html>"
    )
    f = tmp_path / "p.html"
    f.write_text(html)
    [a] = read_articles(f)
    assert a.title == "Talks in Riyadh"
    assert a.text.startswith("Talks in Riyadh\n\n")
    assert "Riyadh and discussed" in a.text
    assert "Copyright" not in a.text
    assert a.published == dt.date(2025, 3, 11)


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n", "empty"),
        ("bin.txt", b"abc\x00\x01\x02", "binary"),
        ("latin.txt", "Caf\xe9 talks\n\nbody".encode("latin-1"), "UTF-8"),
        ("title_only.txt", b"Just a title\n", "no text"),
        ("trunc.html", b"<html><body><div>", "no article text"),
        ("bad.json", b"{", "invalid JSON"),
        ("x.csv", b"a,b", "unsupported"),
    ],
)
def test_bad_input(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    [err] = list(read_path(f))
    assert isinstance(err, ReadError)
    assert name in str(err) and message in str(err)
    with pytest.raises(ReadError):
        read_articles(f)


def test_size_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("Title\n\n" + "word " * 100)
    [err] = list(read_path(f, max_bytes=100))
    assert isinstance(err, ReadError) and "limit" in str(err)


def test_missing_path(tmp_path: Path) -> None:
    [err] = list(read_path(tmp_path / "nope"))
    assert isinstance(err, ReadError) and "no such" in str(err)


def test_json_lines_limit_each_record_not_the_file(tmp_path: Path) -> None:
    """A corpus dump may be far larger than the limit; a record over it is one error line."""
    f = tmp_path / "corpus.jsonl"
    good = json.dumps({"title": "Talks resume", "text": "Envoys met in Geneva on Monday."})
    big = json.dumps({"title": "Huge", "text": "word " * 200})
    f.write_text("\n".join([good, big, good.replace("Geneva", "Vienna"), "{broken"]) + "\n")
    items = list(read_path(f, max_bytes=150))  # the file is over 150 bytes, each good line not
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article", "ReadError"]
    assert "corpus.jsonl:2" in str(items[1]) and "limit" in str(items[1])
    assert "corpus.jsonl:4" in str(items[3]) and "invalid JSON" in str(items[3])
    assert isinstance(items[2], Article) and "Vienna" in items[2].text


HEADED = """Published: 2025-03-14
Source: Example Wire
URL: https://example.org/story/1

Envoys meet in Geneva for a second round

Geneva • Example Wire

The envoys of two states met on Friday, a spokesman said.
"""


def test_txt_header_block_gives_the_publication_date(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(HEADED, encoding="utf-8")
    (a,) = read_articles(f)
    assert a.published == dt.date(2025, 3, 14)
    assert a.source == "Example Wire" and a.url == "https://example.org/story/1"
    assert a.title == "Envoys meet in Geneva for a second round"
    # The header is metadata: the text, and every offset into it, starts at the title.
    assert a.text.startswith("Envoys meet in Geneva") and "Published:" not in a.text
    assert a.dateline == "Geneva"
    assert a.key == article_key("https://example.org/story/1", "Example Wire", a.title)


def test_txt_header_may_give_a_date_time_and_a_title(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        "Title: Talks resume\nPublished: 2025-03-14T09:30\n\nTalks resume in Geneva\n\n"
        "The delegations met again.\n",
        encoding="utf-8",
    )
    (a,) = read_articles(f)
    assert a.published == dt.datetime(2025, 3, 14, 9, 30)
    assert a.title == "Talks resume"


@pytest.mark.parametrize(
    "first",
    [
        "Source: Russia ready to talk",  # a headline of the "Source: ..." kind, no date field
        "Published: 2025-03-14",  # no blank line after it: the headline itself
        "Title: x\nNote: y\nPublished: 2025-03-14",  # an unknown field: not a header block
    ],
)
def test_a_real_first_line_is_never_taken_for_a_header(tmp_path: Path, first: str) -> None:
    text = f"{first}\nKyiv • Example News\n\nThe minister said that talks would continue.\n"
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    (a,) = read_articles(f)
    assert a.text == text
    assert a.title == first.split("\n")[0]
    assert a.published is None


def test_a_header_with_a_bad_date_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Published: last Friday\n\nTitle line\n\nBody text here.\n", encoding="utf-8")
    (item,) = list(read_path(f))
    assert isinstance(item, ReadError)
    assert "Published: last Friday" in str(item) and "ISO date" in str(item)


def test_a_default_publication_date_fills_only_articles_without_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HEADED, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks resume\n\nThe delegations met.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    items = list(with_default_published(read_path(tmp_path), dt.date(2025, 1, 2)))
    a, b, c = items
    assert isinstance(a, Article) and a.published == dt.date(2025, 3, 14)
    assert isinstance(b, Article) and b.published == dt.date(2025, 1, 2)
    assert isinstance(c, ReadError)
