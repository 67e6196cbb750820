"""Splitting a paragraph into sentences.

A sentence ends at a run of `。！？!?；;…` (so `……` and `！？` stay whole) plus the
closing quotes and brackets that follow it (`…。”`, `。）`). Enders inside a
matched pair of quotes or brackets do not end a sentence, so a quoted run of
several sentences stays with the sentence that holds it; unmatched quotes (common
in scraped text) are ignored rather than allowed to swallow the paragraph. `.` never
ends a sentence, so decimals such as `5043.03亿元` are never split.

The scan is linear in the paragraph length: one pass to match the pairs, one to cut.
"""

from __future__ import annotations

ENDERS = frozenset("。！？!?；;…")
CLOSERS = frozenset("”’\"'）)」』】》〉]")
_PAIRS = {"“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】"}
_CLOSE_TO_OPEN = {close: open_ for open_, close in _PAIRS.items()}


def _nesting_depths(text: str) -> list[int]:
    """Depth of matched quote/bracket nesting at each character (0 = outside all)."""
    stack: list[tuple[str, int]] = []
    delta = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        if ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _CLOSE_TO_OPEN:
            # Pop back to the matching opener; openers left unmatched in between are dropped.
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == _CLOSE_TO_OPEN[ch]:
                    start = stack[k][1]
                    del stack[k:]
                    delta[start + 1] += 1  # inside starts after the opener ...
                    delta[i] -= 1  # ... and ends at the closer
                    break
    depths: list[int] = []
    depth = 0
    for i in range(len(text)):
        depth += delta[i]
        depths.append(depth)
    return depths


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (a line of text without newlines) into sentences.

    Args:
        paragraph: The text to split.

    Returns:
        The sentences, whitespace-stripped, none empty. Joined together (ignoring
        whitespace) they give back the paragraph exactly.
    """
    depths = _nesting_depths(paragraph)
    pieces: list[str] = []
    start = 0
    i = 0
    n = len(paragraph)
    while i < n:
        ch = paragraph[i]
        ends_here = ch in ENDERS and depths[i] == 0
        # `。”` where the quote holds the whole sentence: the closer ends it.
        closes_quoted_sentence = (
            ch in _CLOSE_TO_OPEN and i > 0 and paragraph[i - 1] in ENDERS and depths[i] == 0
        )
        if ends_here or closes_quoted_sentence:
            j = i + 1
            while j < n and paragraph[j] in ENDERS:
                j += 1
            while j < n and paragraph[j] in CLOSERS:
                j += 1
            pieces.append(paragraph[start:j])
            start = i = j
            continue
        i += 1
    pieces.append(paragraph[start:])
    return [p.strip() for p in pieces if p.strip()]
