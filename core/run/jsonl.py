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


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _plain(value: Any) -> Any:
    # What `asdict` gives, as JSON sees it, without its deep copies (a third of the cost of
    # a line): dataclasses become dicts in field order, tuples and lists become lists, and
    # every other value (str, int, float, None, a StrEnum) is serialized as it is.
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (tuple, list)):
        return [_plain(x) for x in value]
    if isinstance(value, dict):
        return {k: _plain(x) for k, x in value.items()}
    return value
