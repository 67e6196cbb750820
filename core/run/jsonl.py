"""One document summary as one JSON line: the format of `-f jsonl` and of engine shards.

Both the CLI renderer and the Dask shard writer call this, so a shard line and a
`-f jsonl` line for the same report are byte-identical.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from ..model import DocumentSummary


def document_json_line(doc: DocumentSummary) -> str:
    """Serialize a document summary as one JSON line.

    Args:
        doc: A summarized report.

    Returns:
        `dataclasses.asdict(doc)` as compact-spaced JSON (non-ASCII kept), ending in a newline.
    """
    return json.dumps(asdict(doc), ensure_ascii=False, indent=None, separators=(", ", ": ")) + "\n"
