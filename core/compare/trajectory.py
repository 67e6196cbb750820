"""Three or more editions in order: phrases, figures and chosen terms per edition."""

from __future__ import annotations

from collections.abc import Sequence

from ..version import VERSION
from .align import align_sections
from .figures import match_occurrences, occurrences
from .model import Edition, FigureTrack, Track, Trajectory
from .phrases import phrase_counts


def _tracks(counts: Sequence[dict[str, int]], least: int) -> list[Track]:
    first: dict[str, int] = {}
    for k, edition in enumerate(counts):
        for text in edition:
            first.setdefault(text, k)
    tracks = [Track(text, tuple(c.get(text, 0) for c in counts), k) for text, k in first.items()]
    return [t for t in tracks if sum(1 for n in t.counts if n) >= least]


def _figure_tracks(editions: Sequence[Edition]) -> list[FigureTrack]:
    found = [occurrences(e.parsed) for e in editions]
    # chains[k][j]: the chain (list of values) that occurrence j of edition k belongs to
    chains: list[list[list[str | None]]] = []
    starts: list[tuple[int, list[str | None], list[str]]] = []
    for k, occs in enumerate(found):
        links: dict[int, int] = {}
        if k:
            prev, cur = editions[k - 1].parsed, editions[k].parsed
            links = match_occurrences(found[k - 1], occs, set(align_sections(prev, cur)[1]))
        row = []
        for j, occ in enumerate(occs):
            if j in links:
                chain = chains[k - 1][links[j]]
            else:
                chain = [None] * len(editions)
                starts.append((k, chain, [occ.measure]))
            chain[k] = occ.value
            row.append(chain)
        chains.append(row)
    tracks = []
    for k, chain, measure in starts:
        if sum(1 for v in chain if v is not None) >= 2:
            tracks.append(FigureTrack(measure[0], tuple(chain), k))
    return tracks


def trace(editions: Sequence[Edition], follow: Sequence[str] = ()) -> Trajectory:
    """Follow phrases, figures and terms through editions given in order (oldest first).

    Args:
        editions: Three or more editions, e.g. one per year.
        follow: Terms to count in every edition (`--term`).

    Returns:
        Phrases found in two or more editions with their counts, figures paired from
        edition to edition (as `compare` pairs them) with their values, and the followed terms.
    """
    counts = [phrase_counts(e.text) for e in editions]
    phrases = _tracks(counts, 2)
    terms = [Track(t, tuple(e.text.count(t) for e in editions), 0) for t in dict.fromkeys(follow) if t]
    terms = [Track(t.text, t.counts, next((k for k, n in enumerate(t.counts) if n), 0)) for t in terms]
    figures = _figure_tracks(editions)
    changed = (
        any(c != counts[0] for c in counts)
        or any(len(set(f.values)) > 1 for f in figures)
        or any(len(set(t.counts)) > 1 for t in terms)
    )
    return Trajectory(
        tiyao=VERSION,
        editions=tuple(e.source for e in editions),
        phrases=tuple(phrases),
        figures=tuple(figures),
        terms=tuple(terms),
        changed=changed,
    )
