"""HTML pages: `<h1>`-`<h6>` are declared headings, page furniture is dropped, `<title>` is the title.

lxml was picked by measurement on a 1.3 MB GBK page built from a seed: lxml 0.021 s,
selectolax 0.030 s, BeautifulSoup (html.parser) 0.121 s, trafilatura 0.431 s; only
lxml of the parsers honoured `<meta charset="gbk">` when given bytes, and trafilatura
needs lxml_html_clean besides lxml and rewrites the text it keeps. The charset is
still decided here (hint, BOM, `<meta>`, UTF-8, GB18030) so the rule is explicit.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from ...errors import DecodeError, FormatError
from ..decoding import PLAUSIBLE_COMMON, detect
from ..hanzi import common_share
from .document import ReadDocument, assemble, table_row
from .extras import require

# A whole government work report is well under 1 MB of HTML; 20 MB is a site dump or
# a page of inline images, which would take lxml seconds and the summary no further.
MAX_HTML_BYTES = 20 * 1024 * 1024
# The HTML standard's encoding prescan looks at the first 1024 bytes.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# GBK and GB2312 pages use characters only their superset GB18030 decodes.
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252"}
_DROPPED = frozenset(
    "script style noscript template nav footer aside iframe svg canvas form button select head".split()
)
_DROPPED_ROLES = frozenset({"navigation", "contentinfo", "complementary", "search"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset(
    "p div section article main header li ul ol dl dt dd blockquote pre table tbody thead tfoot "
    "figure figcaption address center hr body caption details summary".split()
)
_SPACE = re.compile(r"\s+")


def _charset(data: bytes) -> str | None:
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return name
    meta = _META_CHARSET.search(data[:1024])
    if meta:
        declared = meta.group(1).decode("ascii").lower()
        return _SUPERSETS.get(declared, declared)
    return None


def _plausible(data: bytes, charset: str) -> str | None:
    # A declaration is trusted only if it decodes strictly to text that reads as Chinese
    # (or holds no Chinese at all): pages declare gb2312 over UTF-8 bytes, and the reverse.
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    share = common_share(text)
    return text if share is None or share >= PLAUSIBLE_COMMON else None


def _decode(data: bytes, encoding: str | None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise DecodeError(
                f"unknown encoding {encoding!r}; pass --encoding (e.g. --encoding gb18030)"
            ) from None
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"not valid {exc.encoding} at byte {exc.start}; pass another --encoding"
            ) from None
    charset = _charset(data)
    text = _plausible(data, charset) if charset else None
    if text is not None:
        return text
    try:
        return detect(data)[0]
    except DecodeError:
        # Markup around a little mojibake-looking text: read it as the page says, or as GBK
        # (undeclared non-UTF-8 Chinese pages are GBK in practice), replacing bad bytes.
        return data.decode(_known(charset) or "gb18030", errors="replace")


def _known(charset: str | None) -> str | None:
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        return None


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _row_text(row: Any) -> str:
    return table_row("".join(cell.itertext()) for cell in row if cell.tag in ("td", "th"))


def _is_dropped(node: Any) -> bool:
    return node.tag in _DROPPED or (node.get("role") or "").lower() in _DROPPED_ROLES


def _blocks(root: Any) -> list[tuple[str, int | None]]:
    """Walk the tree without recursion (pages nest deeply) and cut it into blocks."""
    blocks: list[tuple[str, int | None]] = []
    inline: list[str] = []

    def flush() -> None:
        blocks.append((_clean("".join(inline)), None))
        inline.clear()

    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            if node.tag in _BLOCKS:
                flush()
            inline.append(node.tail or "")
            continue
        tag = node.tag if isinstance(node.tag, str) else ""  # comments have a function as tag
        if not tag or _is_dropped(node):
            inline.append(node.tail or "")
            continue
        if tag in _HEADINGS or tag == "tr" or tag == "br":
            flush()
            if tag in _HEADINGS:
                blocks.append((_clean("".join(node.itertext())), _HEADINGS[tag]))
            elif tag == "tr":
                blocks.append((_row_text(node), None))
            inline.append(node.tail or "")
            continue
        if tag in _BLOCKS:
            flush()
        inline.append(node.text or "")
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    flush()
    return blocks


def _content_root(tree: Any) -> Any:
    """The page's `<main>`, else its only `<article>`, else `<body>`: where the report is."""
    for path in ("//main", "//article"):
        found = tree.xpath(path)
        if len(found) == 1:
            return found[0]
    body = tree.find("body")
    return tree if body is None else body


def _read_deep(text: str) -> ReadDocument:
    # libxml2 stops at 2,048 levels even with huge_tree and returns what it had: nothing.
    from .html_stream import stream_blocks

    blocks, title = stream_blocks(text)
    return assemble(blocks, title)


def read_html(data: bytes, encoding: str | None = None) -> ReadDocument:
    """Read an HTML page.

    Args:
        data: The page's bytes.
        encoding: A codec name to use instead of the declared or detected charset.

    Returns:
        One line per block (paragraph, list item, table row); `<h1>`-`<h6>` are
        declared headings; scripts, styles, navigation, asides and footers are
        dropped; the title is the page's `<title>`.

    Raises:
        MissingExtraError: lxml is not installed.
        FormatError: The page is larger than `MAX_HTML_BYTES` or cannot be parsed.
        DecodeError: The bytes are not valid in the forced encoding.
        EmptyInputError: The page holds no text.
    """
    lxml_html = require("lxml.html", "html")
    if len(data) > MAX_HTML_BYTES:
        raise FormatError(
            f"HTML page of {len(data) / 2**20:.0f} MB is over the {MAX_HTML_BYTES // 2**20} MB limit; "
            "save the report's text as .txt and summarize that"
        )
    text = _decode(data, encoding)
    try:
        # huge_tree: without it libxml2 silently drops text nested deeper than 256 elements.
        parser = lxml_html.HTMLParser(huge_tree=True)
        tree = lxml_html.document_fromstring(text, parser=parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            return _read_deep(text)
        title_node = tree.find(".//title")
        title = _clean(title_node.text_content()) if title_node is not None else None
        blocks = _blocks(_content_root(tree))
    except Exception as exc:  # lxml raises ParserError, ValueError... on pages it cannot build a tree from
        raise FormatError(f"not a readable HTML page ({type(exc).__name__}); save it as .txt") from None
    return assemble(blocks, title)
