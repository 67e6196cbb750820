"""One document summary as one JSON line: the format of `-f jsonl` and of engine shards.

Both the CLI renderer and the Dask shard writer call this, so a shard line and a
`-f jsonl` line for the same report are byte-identical.
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import cache
from typing import Any

from ..model import DocumentSummary


def document_json_line(doc: DocumentSummary) -> str:
    """Serialize a document summary as one JSON line.

    Args:
        doc: A summarized report.

    Returns:
        `dataclasses.asdict(doc)` as compact-spaced JSON (non-ASCII kept), ending in a newline.
    """
    return json.dumps(_plain(doc), ensure_ascii=False, indent=None, separators=(", ", ": ")) + "\n"


# Values json writes as they are; a tuple of them is written as a JSON array already.
_LEAVES = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in fields(kind)) if hasattr(kind, "__dataclass_fields__") else None


def _plain(value: Any) -> Any:
    # What `asdict` gives, as JSON sees it, without its deep copies (a third of the cost of
    # a line): dataclasses become dicts in field order, tuples and lists become arrays, and
    # every other value (str, int, float, None, a StrEnum) is serialized as it is.
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is tuple or kind is list:
        return value if all(type(x) in _LEAVES for x in value) else [_plain(x) for x in value]
    if isinstance(value, dict):
        return {k: _plain(x) for k, x in value.items()}
    return value
