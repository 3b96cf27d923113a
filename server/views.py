"""Turning query rows into what the HTML pages show: labels, highlighted text, network SVG."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape

from markupsafe import Markup

from kg.namespaces import BASE, PREFIXES

# Kinds of node an evidence span belongs to, most specific first (decides colour and link).
SPAN_KINDS = (
    ("Statement", "statement"),
    ("Event", "event"),
    ("Proposal", "proposal"),
    ("Role", "role"),
    ("Person", "actor"),
    ("Organization", "actor"),
    ("Country", "actor"),
    ("Delegation", "actor"),
    ("Place", "place"),
)


def local_path(iri: str) -> str | None:
    """The path this server answers `iri` at, for IRIs minted under the Parley base."""
    if iri.startswith(BASE):
        return "/id/" + iri[len(BASE) :]
    return None


def href(iri: str) -> str:
    """Where a link to `iri` goes: its page here, the IRI itself if it is an http(s) URL, else
    nowhere (`javascript:` and other schemes in the data must not become live links)."""
    local = local_path(iri)
    if local is not None:
        return local
    return iri if iri.lower().startswith(("http://", "https://")) else "#"


def curie(iri: str) -> str:
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best) and prefix != "id":
            best = ns
            short = f"{prefix}:{iri[len(ns) :]}"
    return short if best else iri


def humanize(iri: str) -> str:
    """A readable label from an IRI's last segment (event types, statuses)."""
    tail = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail.replace("_", " ").replace("-", " ")


def span_kind(types: set[str]) -> str:
    pa = PREFIXES["pa"]
    for cls, kind in SPAN_KINDS:
        if pa + cls in types:
            return kind
    return "other"


@dataclass
class Span:
    start: int
    end: int
    node: str
    kind: str
    prop: str


@dataclass
class _Segment:
    start: int
    end: int
    spans: list[Span] = field(default_factory=list)


def highlight(text: str, spans: list[Span]) -> Markup:
    """`text` as HTML with each evidence span marked and linked to the node it supports.

    Spans may nest or overlap (a statement's evidence contains its cue and content): the text is
    cut at every span boundary and each piece links to the shortest span covering it.
    """
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text)} | {s.start for s in valid} | {s.end for s in valid})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in valid if s.start <= a and b <= s.end]
        piece = escape(text[a:b]).replace("\n", "<br>\n")
        if not covering:
            out.append(piece)
            continue
        inner = min(covering, key=lambda s: (s.end - s.start, s.kind))
        kinds = " ".join(sorted({f"hl-{s.kind}" for s in covering}))
        title = escape(f"{inner.kind}: {curie(inner.prop)} [{inner.start}-{inner.end}]")
        out.append(
            f'<a class="hl {kinds}" href="{escape(href(inner.node))}" title="{title}" '
            f'data-start="{inner.start}" data-end="{inner.end}">{piece}</a>'
        )
    return Markup("".join(out))


def in_context(text: str, start: int, end: int, width: int = 240) -> Markup:
    """The evidence span with some text either side, the span itself marked."""
    if not (0 <= start < end <= len(text)):
        return Markup("")
    a, b = max(0, start - width), min(len(text), end + width)
    before = ("…" if a > 0 else "") + text[a:start]
    after = text[end:b] + ("…" if b < len(text) else "")
    return Markup(f"{escape(before)}<mark>{escape(text[start:end])}</mark>{escape(after)}")


@dataclass
class Neighbour:
    iri: str
    name: str
    weight: int


# Width of one character of a 12 px label, on the wide side: the viewBox is grown to hold the
# labels measured this way, so none is clipped at the picture's edge.
CHAR_WIDTH = 7.5
LABEL_HEIGHT = 14.0
PAD = 6.0


def network_svg(center: str, neighbours: list[Neighbour], size: int = 420) -> Markup:
    """A star picture: the actor in the middle, whom it dealt with around it, edge width by
    number of shared events; each node links to its actor's page. Plain SVG made here, so the
    page needs no script or CDN. The viewBox is the extent of every circle and label (labels
    are measured at CHAR_WIDTH per character), so labels stay inside the picture."""
    c = size / 2
    radius = size / 2 - 70
    top = max((n.weight for n in neighbours), default=1)
    count = len(neighbours)
    # Extents: min x, min y, max x, max y of everything drawn.
    box = [c - 14, c - 14, c + 14, c + 14]

    def cover(x0: float, y0: float, x1: float, y1: float) -> None:
        box[0], box[1] = min(box[0], x0), min(box[1], y0)
        box[2], box[3] = max(box[2], x1), max(box[3], y1)

    edges: list[str] = []
    nodes: list[str] = []
    for i, n in enumerate(neighbours):
        angle = 2 * math.pi * i / max(count, 1) - math.pi / 2
        x, y = c + radius * math.cos(angle), c + radius * math.sin(angle)
        width = 1 + 5 * n.weight / top
        edges.append(
            f'<line x1="{c:.1f}" y1="{c:.1f}" x2="{x:.1f}" y2="{y:.1f}" '
            f'stroke-width="{width:.1f}" class="edge">'
            f"<title>{n.weight} shared event(s)</title></line>"
        )
        anchor = "start" if math.cos(angle) > 0.3 else "end" if math.cos(angle) < -0.3 else "middle"
        dy = 4 if anchor != "middle" else (-12 if math.sin(angle) < 0 else 20)
        dx = 12 if anchor == "start" else -12 if anchor == "end" else 0
        label = n.name if len(n.name) <= 22 else n.name[:21] + "…"
        w = CHAR_WIDTH * len(label)
        tx, ty = x + dx, y + dy
        left = tx if anchor == "start" else tx - w if anchor == "end" else tx - w / 2
        cover(left, ty - LABEL_HEIGHT + 2, left + w, ty + 4)
        cover(x - 9, y - 9, x + 9, y + 9)
        nodes.append(
            f'<a href="{escape(href(n.iri))}" class="node-link">'
            f"<title>{escape(n.name)}: {n.weight} shared event(s)</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="8" class="node"/>'
            f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">{escape(label)}</text></a>'
        )
    label = center if len(center) <= 26 else center[:25] + "…"
    w = CHAR_WIDTH * len(label)
    cover(c - w / 2, c + 32 - LABEL_HEIGHT + 2, c + w / 2, c + 36)
    x0, y0 = box[0] - PAD, box[1] - PAD
    vw, vh = box[2] - box[0] + 2 * PAD, box[3] - box[1] + 2 * PAD
    parts = [
        f'<svg class="network" viewBox="{x0:.1f} {y0:.1f} {vw:.1f} {vh:.1f}" role="img" '
        f'aria-label="Actors {escape(center)} dealt with" xmlns="http://www.w3.org/2000/svg">',
        *edges,
        *nodes,
        f'<circle cx="{c:.1f}" cy="{c:.1f}" r="14" class="node center"/>'
        f'<text x="{c:.1f}" y="{c + 32:.1f}" text-anchor="middle" class="center-label">'
        f"{escape(label)}</text></svg>",
    ]
    return Markup("".join(parts))
