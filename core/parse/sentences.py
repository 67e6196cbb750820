"""Splitting a paragraph into sentences.

Rules, in the order they are applied:

- A sentence ends after a run of `。！？!?` plus the closing quotes and brackets
  that follow it (`…。”`, `。）`), so `！？` stays whole and `”` stays with its sentence.
- Enders inside a matched pair of quotes or brackets do not end a sentence, so a
  quoted run of several sentences stays with the sentence that holds it; a quote
  that is never closed (common in scraped text) is ignored rather than allowed to
  swallow the paragraph. A closer that ends the quote right after an ender (`走。”`)
  ends the sentence.
- `；`/`;` ends a sentence only when the clause before it (since the last cut) and
  the clause after it (up to the next ender) both have at least
  `MIN_CLAUSE_CHARS` characters: long semicolon clauses in work reports read as
  sentences of their own, while short list items (`加快A；推进B；完善C。`) do not.
- `……` ends a sentence only when what follows is not clause punctuation
  (`……，` continues the sentence); the run is never cut in the middle.
- `.` never ends a sentence (decimals `5043.03`, `1.5%`, `No.1`, dates `2024.1.19`,
  `...`), and nothing inside a URL does (`?`/`!` in a query string).

The scan is linear in the paragraph length: regexes without nested quantifiers
find the few interesting characters, and a stack matches the brackets with each
opener pushed and popped at most once.
"""

from __future__ import annotations

import re
from bisect import bisect_right

HARD_ENDERS = frozenset("。！？!?")
SOFT_ENDERS = frozenset("；;")
ELLIPSIS = "…"
ENDERS = HARD_ENDERS | SOFT_ENDERS | frozenset(ELLIPSIS)
CLOSERS = frozenset("”’\"'）)」』】》〉]")
# Clauses this short are list items, not sentences; "规上工业增加值增长5.5%" (13) stands alone.
MIN_CLAUSE_CHARS = 12

_PAIRS = {
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "（": "）",
    "(": ")",
    "《": "》",
    "【": "】",
    "〈": "〉",
}
_CLOSE_TO_OPEN = {close: open_ for open_, close in _PAIRS.items()}
_BRACKET = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSE_TO_OPEN)) + "]")
_END_RUN = re.compile("[。！？!?；;…]+[" + re.escape("".join(sorted(CLOSERS))) + "]*")
_URL = re.compile(r"(?:https?://|www\.)[!-~]+")
_CLAUSE_PUNCT = frozenset("，,、；;：:）)")


def _depth_events(text: str) -> tuple[list[int], list[int]]:
    """Positions where matched-bracket depth changes, and the running depth after each."""
    stack: list[tuple[str, int]] = []
    open_count: dict[str, int] = {}
    delta: dict[int, int] = {}
    for m in _BRACKET.finditer(text):
        ch, i = m.group(), m.start()
        if ch in _PAIRS:
            stack.append((ch, i))
            open_count[ch] = open_count.get(ch, 0) + 1
            continue
        opener = _CLOSE_TO_OPEN[ch]
        if not open_count.get(opener):
            continue  # a stray closer
        # Pop back to the matching opener; openers left unmatched in between are dropped.
        while True:
            top, start = stack.pop()
            open_count[top] -= 1
            if top == opener:
                break
        delta[start + 1] = delta.get(start + 1, 0) + 1  # inside starts after the opener ...
        delta[i] = delta.get(i, 0) - 1  # ... and ends at the closer
    positions = sorted(delta)
    depths: list[int] = []
    depth = 0
    for p in positions:
        depth += delta[p]
        depths.append(depth)
    return positions, depths


def _depth_at(positions: list[int], depths: list[int], i: int) -> int:
    k = bisect_right(positions, i)
    return depths[k - 1] if k else 0


def _in_spans(starts: list[int], ends: list[int], i: int) -> bool:
    k = bisect_right(starts, i) - 1
    return k >= 0 and i < ends[k]


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Where the sentences of a paragraph are, as `(start, end)` offsets.

    Args:
        paragraph: One paragraph, without newlines.

    Returns:
        Spans in order, each stripped of surrounding whitespace and non-empty;
        the text between spans is whitespace only.
    """
    positions, depths = _depth_events(paragraph)
    urls = [m.span() for m in _URL.finditer(paragraph)]
    url_starts, url_ends = [s for s, _ in urls], [e for _, e in urls]
    # Candidate cuts: (start of the ender run, end after closers, kind).
    candidates: list[tuple[int, int, str]] = []
    for m in _END_RUN.finditer(paragraph):
        start, end = m.span()
        # Most paragraphs have no brackets and no URL: skip the lookups then.
        if positions and _depth_at(positions, depths, end - 1) != 0:
            continue
        if urls and _in_spans(url_starts, url_ends, start):
            continue
        run = m.group()
        if not HARD_ENDERS.isdisjoint(run):
            kind = "hard"
        elif not SOFT_ENDERS.isdisjoint(run):
            kind = "soft"
        else:
            kind = "ellipsis"
        candidates.append((start, end, kind))

    cuts: list[int] = []
    last = 0
    for k, (start, end, kind) in enumerate(candidates):
        if kind == "soft":
            following = candidates[k + 1][0] if k + 1 < len(candidates) else len(paragraph)
            before, after = start - last, following - end
            if before < MIN_CLAUSE_CHARS or after < MIN_CLAUSE_CHARS:
                continue
        elif kind == "ellipsis" and end < len(paragraph) and paragraph[end] in _CLAUSE_PUNCT:
            continue
        cuts.append(end)
        last = end
    if not cuts or cuts[-1] != len(paragraph):
        cuts.append(len(paragraph))

    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in cuts:
        s, e = begin, cut
        while s < e and paragraph[s].isspace():
            s += 1
        while e > s and paragraph[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        begin = cut
    return spans


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (a line of text without newlines) into sentences.

    Args:
        paragraph: The text to split.

    Returns:
        The sentences, whitespace-stripped, none empty. Joined together (ignoring
        whitespace) they give back the paragraph exactly.
    """
    return [paragraph[s:e] for s, e in sentence_spans(paragraph)]
