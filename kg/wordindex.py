"""A word index of the knowledge base's texts, for search: SQLite FTS5 in a file beside the store.

Search (server.search) matches actors' names and aliases, articles' titles and texts and
statements' words when they hold every word of the search, and finds events through the actors,
places and topics whose names have a word starting with a search word. Scanning those literals
in SPARQL cost 100-130 ms CPU for common words at 2.3 M quads; this index answers in a few ms.

What is indexed: every literal string of `pa:name`, `pa:alias`, `pa:title`, `pa:text`,
`pa:content` and `pa:topic`, and the dates (`pa:published`, `pa:date`) hits are ordered by,
per named graph, so that writing or dropping a graph is writing or dropping its rows, and a
text stays while any graph holds it (the set union the store's default graph is, kg.union).
The default graph's own triples (those no named graph holds) are kept under the graph "".

What a search ranks its matches by (their field, item and the item's latest date) is kept
apart from the texts, in `keys`: reading thousands of matches' rows of `texts` (whole articles)
cost three times as much. Each field's first hits come from a top-N sort in SQLite (ranking
every match with a window function cost 16 ms for "talks" at 2.3 M quads, against 6).

Texts are stored lower-cased and indexed by the `trigram` tokenizer, so a search word of three
characters or more is found as a substring, exactly as SPARQL's `CONTAINS(LCASE(?m), w)` finds
it; every word is checked again with `instr`, which also covers shorter words. The user's words
are only ever passed as parameters, and to FTS5 as quoted strings (`"..."`, quotes doubled), so
no word is read as query syntax (NEAR, *, -, parentheses, column filters).

Keeping it in step: every write of kg.store.Store marks the index dirty (the writer's pid),
removes the rows of the graphs it is about to write, writes the store, then reads those graphs
back into the index and clears the mark. Readers use the index only when it is complete and not
marked, and fall back to SPARQL otherwise. `sync` repairs an index left behind (missing, of an
older version or of another store (`store_identity`), marked by a process that died, or older
than the store: each article graph's
content hash and extraction time are compared); `kg index` runs it, and so does `kg serve` at
start. Writes made without kg (another SPARQL client, a raw Oxigraph) are caught by `sync` only
when they change an article's hash or extraction time: `kg index --rebuild` rebuilds it whole.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import PREFIXES

log = logging.getLogger(__name__)

VERSION = "1"
PA = PREFIXES["pa"]
# Predicate -> the field its texts are kept under (server.search's kinds of match).
FIELDS = {
    PA + "name": "name",
    PA + "alias": "alias",
    PA + "title": "title",
    PA + "content": "statement",
    PA + "text": "text",
    PA + "topic": "topic",
}
DATES = (PA + "published", PA + "date")
STRINGS = {
    "http://www.w3.org/2001/XMLSchema#string",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
}
DEFAULT = ""  # the default graph's own triples
# The longest piece of a word given to FTS5: longer words are still checked whole by `instr`.
MAX_MATCH = 64

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS graphs (graph TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS texts (
    id INTEGER PRIMARY KEY, item TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
    lang TEXT NOT NULL, datatype TEXT NOT NULL, low TEXT NOT NULL,
    UNIQUE (item, field, value, lang, datatype));
CREATE INDEX IF NOT EXISTS texts_field ON texts (field, item);
CREATE TABLE IF NOT EXISTS keys (
    id INTEGER PRIMARY KEY, field TEXT NOT NULL, item TEXT NOT NULL, date TEXT);
CREATE TABLE IF NOT EXISTS refs (
    graph TEXT NOT NULL, text INTEGER NOT NULL, PRIMARY KEY (graph, text)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS refs_text ON refs (text);
CREATE TABLE IF NOT EXISTS dates (
    item TEXT NOT NULL, value TEXT NOT NULL, graph TEXT NOT NULL,
    PRIMARY KEY (item, value, graph)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dates_graph ON dates (graph);
CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(
    low, content='texts', content_rowid='id', tokenize='trigram case_sensitive 1');
CREATE TRIGGER IF NOT EXISTS texts_ai AFTER INSERT ON texts BEGIN
    INSERT INTO words (rowid, low) VALUES (new.id, new.low);
    INSERT INTO keys (id, field, item, date) VALUES (new.id, new.field, new.item,
        (SELECT MAX(value) FROM dates WHERE dates.item = new.item)); END;
CREATE TRIGGER IF NOT EXISTS texts_ad AFTER DELETE ON texts BEGIN
    INSERT INTO words (words, rowid, low) VALUES ('delete', old.id, old.low);
    DELETE FROM keys WHERE id = old.id; END;
"""


SUFFIX = ".search.sqlite"
# The mark of an index a writer gave up on (`abandon`), in place of its pid.
ABANDONED = "abandoned"


def index_path(store_path: Path) -> Path:
    """Where the index of the store at `store_path` lives: a file beside its folder."""
    return store_path.with_name(store_path.name + SUFFIX)


def store_identity(index: Path) -> str:
    """The identity of the store whose index is at `index`: the unique id RocksDB writes when
    it creates a store (its IDENTITY file). An index of another store (the folder deleted and
    ingested again, or another store copied in its place) is rebuilt, never read."""
    found = index.with_name(index.name.removesuffix(SUFFIX)) / "IDENTITY"
    try:
        return found.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


@dataclass(frozen=True)
class Hit:
    """A text found: the `field` of `item` it is, that item's latest date when its field is
    ranked by date, the label it is shown with, and the literal itself."""

    field: str
    id: int
    item: str
    date: str | None
    label: str
    value: str
    lang: str
    datatype: str


@dataclass(frozen=True)
class Text:
    """An indexed literal."""

    value: str
    lang: str
    datatype: str


def quoted(word: str) -> str:
    """`word` as an FTS5 string: every character literal (a `"` is written twice)."""
    return '"' + word.replace('"', '""') + '"'


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WordIndex:
    """The index file of one store, opened for reading and writing."""

    def __init__(self, path: Path, write: bool = True) -> None:
        """Open (and create, for writing) the index at `path`; readers open it read-only."""
        self.path = path
        self.identity = store_identity(path)
        if not write:
            self.db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
            return
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        if self._meta("version") not in (None, VERSION):
            log.info("%s: index of another version, rebuilt on the next sync", path)
            self._drop()
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    # --- state -----------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:  # no table yet
            return None
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def _drop(self) -> None:
        for table in ("words", "texts", "keys", "refs", "dates", "graphs", "meta"):
            self.db.execute(f"DROP TABLE IF EXISTS {table}")

    def _built(self) -> bool:
        """Built, by this version, for this store."""
        return self._meta("version") == VERSION and self._meta("store") == self.identity

    def ready(self) -> bool:
        """Complete and in step with the store: built, and no write under way or broken off."""
        return self._built() and not self._meta("dirty")

    def needs_repair(self) -> bool:
        """Never built (for this store), marked by a writer that is gone (it died between
        store and index), or given up by one (`abandon`)."""
        if not self._built():
            return True
        dirty = self._meta("dirty")
        return dirty is not None and (dirty == ABANDONED or not _alive(int(dirty)))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- writing ---------------------------------------------------------------------------

    def begin(self, graphs: Iterable[str] | None) -> None:
        """Before a write of `graphs` (None: not known beforehand): mark the index (readers
        leave it alone until `finish`) and remove the graphs' rows."""
        with self._transaction():
            # An index that needs repair keeps its mark: `finish` then rebuilds it whole, as
            # reading back only this write's graphs would leave the earlier ones wrong.
            if not self.needs_repair():
                self._set_meta("dirty", str(os.getpid()))
            for g in sorted(set(graphs or ())):
                self._remove(g)

    def finish(self, store: ox.Store, graphs: Iterable[str] | None) -> None:
        """After the write (done or failed: a failed write left the graphs as they were), read
        the graphs back from `store` and clear the mark; with `graphs` None, `sync` whole."""
        if graphs is None or self.needs_repair():
            self.sync(store, everything=True)
            return
        with self._transaction():
            # The default graph's own triples last: they are told apart by the named graphs'.
            for g in sorted(set(graphs), key=lambda g: (g == DEFAULT, g)):
                self._add(store, g)
            self.db.execute("DELETE FROM meta WHERE key = 'dirty'")

    def abandon(self) -> None:
        """After a write whose graphs cannot be read back now (the store is locked by a stopped
        task): marked so, readers search in SPARQL and the next writer, `kg serve` or `kg index`
        rebuilds the index whole."""
        with self._transaction():
            self._set_meta("dirty", ABANDONED)

    @contextmanager
    def writing(self, store: ox.Store, graphs: Iterable[str] | None) -> Iterator[None]:
        """`begin` and `finish` around a write of `graphs` to `store`."""
        names = None if graphs is None else sorted(set(graphs))
        self.begin(names)
        try:
            yield
        finally:
            self.finish(store, names)

    def sync(self, store: ox.Store, everything: bool = False) -> None:
        """Bring the index in step with `store`: rebuilt whole when it was never built (or left
        broken by a writer that died) or with `everything`; otherwise the graphs whose stamp
        changed, and the graphs without one (not articles: the ontology's, users'), again."""
        dirty = self._meta("dirty")
        if dirty not in (None, ABANDONED) and int(dirty) != os.getpid() and _alive(int(dirty)):
            log.info("%s: a write by process %s is under way; not synced", self.path, dirty)
            return
        whole = everything or self.needs_repair()
        stamps = {
            g.value: graph_stamp(store, g)
            for g in store.named_graphs()
            if isinstance(g, ox.NamedNode)
        }
        with self._transaction():
            if whole:
                log.info("%s: building the word index of %d graphs", self.path, len(stamps))
                for table in ("texts", "keys", "refs", "dates", "graphs"):
                    self.db.execute(f"DELETE FROM {table}")
                self.db.execute("INSERT INTO words (words) VALUES ('delete-all')")
            known = dict(self.db.execute("SELECT graph, stamp FROM graphs").fetchall())
            stale = [g for g, s in stamps.items() if s is None or known.get(g) != s]
            gone = [g for g in known if g != DEFAULT and g not in stamps]
            for g in gone + stale:
                self._remove(g)
            for g in stale:
                self._add(store, g)
            if whole:
                self._add_own(store)
            self._set_meta("version", VERSION)
            self._set_meta("store", self.identity)
            self.db.execute("DELETE FROM meta WHERE key = 'dirty'")
        if stale or gone:
            log.info("%s: %d graphs indexed, %d dropped", self.path, len(stale), len(gone))

    def _remove(self, graph: str) -> None:
        self.db.execute(
            "DELETE FROM texts WHERE id IN (SELECT text FROM refs WHERE graph = ?) AND NOT "
            "EXISTS (SELECT 1 FROM refs r WHERE r.text = texts.id AND r.graph != ?)",
            (graph, graph),
        )
        self.db.execute("DELETE FROM refs WHERE graph = ?", (graph,))
        dated = [r[0] for r in self.db.execute("SELECT item FROM dates WHERE graph = ?", (graph,))]
        self.db.execute("DELETE FROM dates WHERE graph = ?", (graph,))
        self._redate(dated)
        self.db.execute("DELETE FROM graphs WHERE graph = ?", (graph,))

    def _redate(self, items: list[str]) -> None:
        """The latest date of each of `items` again, where their texts are ranked."""
        self.db.execute(
            "UPDATE keys SET date = (SELECT MAX(value) FROM dates WHERE dates.item = keys.item) "
            "WHERE item IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(items))),),
        )

    def _add(self, store: ox.Store, graph: str) -> None:
        if graph == DEFAULT:
            self._add_own(store)
            return
        node = ox.NamedNode(graph)
        if not store.contains_named_graph(node):
            return
        quads = (q for p in (*FIELDS, *DATES) for q in _quads(store, p, node))
        self._insert(graph, quads)
        # What a named graph holds is no longer the default graph's own: dropping that graph
        # later takes it out of the default graph too (kg.union.forget_update).
        self.db.execute(
            "DELETE FROM refs WHERE graph = ? AND text IN (SELECT text FROM refs WHERE graph = ?)",
            (DEFAULT, graph),
        )
        self.db.execute(
            "DELETE FROM dates WHERE graph = ? AND EXISTS (SELECT 1 FROM dates d WHERE "
            "d.graph = ? AND d.item = dates.item AND d.value = dates.value)",
            (DEFAULT, graph),
        )
        self.db.execute(
            "INSERT OR REPLACE INTO graphs (graph, stamp) VALUES (?, ?)",
            (graph, graph_stamp(store, node) or ""),
        )

    def _add_own(self, store: ox.Store) -> None:
        """The default graph's triples that no named graph holds, under DEFAULT: those whose
        row no named graph's rows hold (run after the named graphs are in step). Asking the
        store whether a named graph holds each triple cost 2.6 s CPU at 2.3 M quads."""
        self._remove(DEFAULT)
        held = {
            ("text", *row)
            for row in self.db.execute("SELECT item, field, value, lang, datatype FROM texts")
        }
        held |= {("date", *row) for row in self.db.execute("SELECT item, value FROM dates")}
        default = ox.DefaultGraph()
        own = (
            q
            for p in (*FIELDS, *DATES)
            for q in _quads(store, p, default)
            if (row := _row(q)) is not None and row not in held
        )
        self._insert(DEFAULT, own)
        self.db.execute("INSERT OR REPLACE INTO graphs (graph, stamp) VALUES (?, '')", (DEFAULT,))

    def _insert(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        dated: list[str] = []
        for q in quads:
            row = _row(q)
            if row is None:
                continue
            if row[0] == "date":
                self.db.execute(
                    "INSERT OR IGNORE INTO dates (item, value, graph) VALUES (?, ?, ?)",
                    (*row[1:], graph),
                )
                dated.append(row[1])
                continue
            _, item, field, value, lang, datatype = row
            found = self.db.execute(
                "INSERT INTO texts (item, field, value, lang, datatype, low) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item, field, value, lang, datatype) "
                "DO UPDATE SET item = excluded.item RETURNING id",
                (item, field, value, lang, datatype, value.lower()),
            ).fetchone()
            self.db.execute(
                "INSERT OR IGNORE INTO refs (graph, text) VALUES (?, ?)", (graph, found[0])
            )
        self._redate(dated)

    # --- reading ---------------------------------------------------------------------------

    def first(self, words: list[str], per_field: int) -> list[Hit]:
        """The texts holding every one of `words` (lower case), the first `per_field` of each
        field in its order (server.search's branches): names by name, aliases by their item's
        name, titles, statements' words and articles' texts newest first (by their item's
        latest `pa:published` or `pa:date`), undated last; ties by IRI. An alias gives a hit
        for each name of its item, an article's text one for each title of it, as the SPARQL
        join did (and none without)."""
        # A word of three characters or more is found by FTS5 as a substring, exactly: only
        # shorter ones (and the rest of very long ones) need checking in the text itself.
        long = [w for w in words if len(w) >= 3]
        checked = [w for w in words if len(w) < 3 or len(w) > MAX_MATCH]
        params: list[object] = []
        if long:
            source = "words JOIN keys k ON k.id = words.rowid WHERE words MATCH ?"
            params.append(" AND ".join(quoted(w[:MAX_MATCH]) for w in long))
        else:
            source = "keys k WHERE 1"
        where = "".join(
            " AND instr((SELECT low FROM texts t WHERE t.id = k.id), ?) > 0" for _ in checked
        )
        params += [*checked, *[per_field] * 5]
        # Each field's first hits by a top-N sort (ranking every match with a window function
        # cost three times as much: 16 against 6 ms for "talks").
        dated = (
            "SELECT * FROM (SELECT id, item, field, date, NULL FROM m WHERE field = '{}'{} "
            "ORDER BY date DESC, item LIMIT ?)"
        )
        titled = " AND EXISTS (SELECT 1 FROM texts t WHERE t.field = 'title' AND t.item = m.item)"
        sql = f"""WITH m AS MATERIALIZED (SELECT k.id, k.item, k.field, k.date
                FROM {source}{where})
            SELECT * FROM (SELECT m.id, m.item, m.field, NULL, t.value
                FROM m JOIN texts t ON t.id = m.id WHERE m.field = 'name'
                ORDER BY t.value, m.item LIMIT ?)
            UNION ALL SELECT * FROM (SELECT m.id, m.item, m.field, NULL, n.value
                FROM m JOIN texts n ON n.field = 'name' AND n.item = m.item
                WHERE m.field = 'alias' ORDER BY n.value, m.item LIMIT ?)
            UNION ALL {dated.format("title", "")}
            UNION ALL {dated.format("statement", "")}
            UNION ALL {dated.format("text", titled)}"""
        kept = self.db.execute(sql, params).fetchall()
        texts = self.texts([r[0] for r in kept])
        titles = self.values("title", [r[1] for r in kept if r[2] == "text"])
        found: dict[str, list[Hit]] = {}
        for id_, item, field, date, name in kept:
            t = texts[id_]
            labels = [name or t.value] if field != "text" else sorted(titles.get(item, []))
            found.setdefault(field, []).extend(
                Hit(field, id_, item, date, label, t.value, t.lang, t.datatype) for label in labels
            )
        for field, hits in found.items():
            if field in ("name", "alias"):
                hits.sort(key=lambda h: (h.label, h.item))
            else:
                hits.sort(key=lambda h: h.item)
                hits.sort(key=lambda h: h.date or "", reverse=True)  # undated last
        # An article with two titles gave two rows: still the first `per_field` rows.
        return [h for hits in found.values() for h in hits[:per_field]]

    def nodes(self, word: str) -> list[Hit]:
        """The names, aliases and topics one of whose words (split at spaces) starts with
        `word` (lower case): server.search finds events through them."""
        rows = self.db.execute(
            "SELECT field, id, item, NULL, value, value, lang, datatype FROM texts "
            "WHERE field IN ('name', 'alias', 'topic') AND instr(' ' || low, ?) > 0",
            (" " + word,),
        )
        return [Hit(*row) for row in rows]

    def texts(self, ids: list[int]) -> dict[int, Text]:
        """The literals of `ids`."""
        rows = self.db.execute(
            "SELECT id, value, lang, datatype FROM texts WHERE id IN "
            "(SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
        return {r[0]: Text(*r[1:]) for r in rows}

    def values(self, field: str, items: list[str]) -> dict[str, list[str]]:
        """The texts of `field` of each of `items`."""
        found: dict[str, list[str]] = {}
        for item, value in self.db.execute(
            "SELECT item, value FROM texts WHERE field = ? AND item IN "
            "(SELECT value FROM json_each(?))",
            (field, json.dumps(sorted(set(items)))),
        ):
            found.setdefault(item, []).append(value)
        return found


def open_reader(path: Path) -> WordIndex | None:
    """The index at `path` if it is there and can be used now (complete, in step), read in
    one transaction (one view of it, whatever is written meanwhile); else None."""
    if not path.exists():
        return None
    try:
        index = WordIndex(path, write=False)
        index.db.execute("BEGIN")
        if index.ready():
            return index
        index.close()
    except sqlite3.Error as err:
        log.warning("%s: word index not readable (%s); searching without it", path, err)
    return None


PROV = "http://www.w3.org/ns/prov#"


def graph_stamp(store: ox.Store, graph: ox.NamedNode) -> str | None:
    """An article graph's content hash and extraction time (a re-extraction of the same text
    changes the second); None for a graph without a hash (not an article)."""
    hashes = store.quads_for_pattern(graph, ox.NamedNode(PA + "contentHash"), None, graph)
    found = [str(q.object) for q in hashes]
    if not found:
        return None
    runs = store.quads_for_pattern(None, ox.NamedNode(PROV + "used"), graph, graph)
    times = [
        str(t.object)
        for r in runs
        for t in store.quads_for_pattern(r.subject, ox.NamedNode(PROV + "endedAtTime"), None, graph)
    ]
    return "|".join(sorted(found) + sorted(times))


def _row(q: ox.Quad) -> tuple[str, ...] | None:
    """What the index keeps of `q` (one of FIELDS or DATES): ("date", item, value), or
    ("text", item, field, value, lang, datatype); None for what search never finds."""
    o, field = q.object, FIELDS.get(q.predicate.value)
    if not isinstance(o, ox.Literal):
        return None
    if field == "topic":
        item = ""  # a topic is found as itself (server.search.nodes_query)
    elif isinstance(q.subject, ox.NamedNode):
        item = q.subject.value
    else:
        return None  # search hits are linked pages: IRIs only
    if field is None:
        return ("date", item, o.value)
    if o.datatype.value not in STRINGS:
        return None  # LCASE of a number or a date is an error: SPARQL never matched them
    return ("text", item, field, o.value, o.language or "", o.datatype.value)


def _quads(store: ox.Store, predicate: str, graph: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
    return list(store.quads_for_pattern(None, ox.NamedNode(predicate), None, graph))
