"""Which sentences may stand in the whole-report summary (the gist), and in which part each is.

The gist is read without the report around it, so its sentences must stand on their own:

- only body text: not the front matter (title block, addressee, date line) or the
  appendices, glossaries and licence footers, when the report has body text at all;
  a policy-research article's untitled opening is its introduction and stays in;
- no list item cut from its list (`二是…`, `其三，…`, `（四）…`, `第五，…`);
- no sub-title: a short sentence that opens a paragraph and is followed by the
  paragraph's real content (`围绕服务实体经济推进金融改革。` then the measures);
- no contact line (an e-mail address, a web address, a telephone number);
- no announcement of what follows (`将重点做好以下九个方面工作。`, `…如下：`, any
  sentence ending in a colon: `三点说明：`, `等式①调整后可得：`);
- no scrap with fewer than `MIN_HANZI` hanzi (`。` left over from a split, a note
  mark `[2]`, `另外。`, a date line `１９９５－０３－０２收稿`): under a length budget
  the selection would fill the last few characters with them;
- no restatement of the title (a metadata line `【 标  题 】深圳经济增长方式的转变`, a
  title repeated above the text): it holds the title and fewer than `SUBTITLE_CHARS`
  characters more. Research articles score closeness to the title, which such a line
  has in full and says nothing with.

Parts: the gist spreads over a report's top-level parts (each level-1 section with the
sections below it), so each candidate is labelled with its part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import ParsedDocument, SectionKind
from .leads import sentence_parts

# Shorter than this, a paragraph's first sentence followed by more text is a sub-title.
SUBTITLE_CHARS = 20

_LIST_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]+[，,、：:]|第[一二三四五六七八九十]+[，,、：:]|"
    r"[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.](?!\d))"
)
_CONTACT = re.compile(r"https?://|www\.|电话[：:]|传真[：:]|邮箱[：:]|E-?mail", re.IGNORECASE)
# Only tried when the sentence has an `@`: `\w+@` from every position of a long run is slow.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_ANNOUNCES = re.compile(r"(?:以下|如下|下列)[^，,。]{0,12}[。：:]?$|[：:]\s*$")
# Fewer hanzi than this say nothing on their own; `真正的稳定要有制度来保证。` has 12.
MIN_HANZI = 5
# Matches the whole of a text with fewer than MIN_HANZI hanzi; stops at the fifth.
_SCRAP = re.compile(rf"[^\u4e00-\u9fff]*(?:[\u4e00-\u9fff][^\u4e00-\u9fff]*){{0,{MIN_HANZI - 1}}}")


@dataclass(frozen=True, slots=True)
class GistPool:
    """The sentences the whole-report summary may use and the part each belongs to.

    Attributes:
        candidates: Sentence indices, in document order.
        parts: Top-level part of every sentence of the document (-1 before the first).
    """

    candidates: tuple[int, ...]
    parts: Any  # int64 array


def stands_alone(text: str) -> bool:
    """Can the sentence be read without its neighbours (no list item, contact line, announcement or scrap)?"""
    if _SCRAP.fullmatch(text):
        return False
    if _LIST_ITEM.match(text) or _CONTACT.search(text) or ("@" in text and _EMAIL.search(text)):
        return False
    return not _ANNOUNCES.search(text[-20:])  # it ends the sentence: the tail is enough


def gist_pool(doc: ParsedDocument, keep_front: bool, excluded: frozenset[int] = frozenset()) -> GistPool:
    """The whole-report summary's candidates (see the module docstring).

    Args:
        doc: The parsed report.
        keep_front: Keep the untitled front section (an article's introduction).
        excluded: Sentence indices never to use (inline headings' lead sentences).

    Returns:
        The candidates and every sentence's part; when no sentence qualifies, every
        sentence not excluded is a candidate, so a summary is never empty for want of them.
    """
    parts = sentence_parts(doc)
    has_body = any(sec.kind is SectionKind.body and sec.sentences for sec in doc.sections)
    chosen: list[int] = []
    title = doc.title or ""
    for sec in doc.sections:
        allowed = (
            not has_body or sec.kind is SectionKind.body or (keep_front and sec.kind is SectionKind.front)
        )
        sentences = sec.sentences
        for j, sent in enumerate(sentences):
            if not allowed or sent.index in excluded or not stands_alone(sent.text):
                continue
            if title and len(sent.text) < len(title) + SUBTITLE_CHARS and title in sent.text:
                continue
            follows = j + 1 < len(sentences) and sentences[j + 1].paragraph == sent.paragraph
            opens = j == 0 or sentences[j - 1].paragraph != sent.paragraph
            if opens and follows and len(sent.text) < SUBTITLE_CHARS:
                continue
            chosen.append(sent.index)
    if not chosen:
        chosen = [i for i in range(len(parts)) if i not in excluded] or list(range(len(parts)))
    return GistPool(tuple(chosen), parts)
