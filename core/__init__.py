"""tiyao's library: Chinese reports in, themed section-by-section extractive summaries out.

Nothing here prints or imports the CLI; the CLI renders the dataclasses returned here.
"""

from tiyao.core.batch import summarize_source, summarize_sources
from tiyao.core.decode import decode
from tiyao.core.engine_dask import DASK_INSTALL, run_dask
from tiyao.core.errors import (
    DecodeError,
    EmptyInputError,
    EngineError,
    InputError,
    MissingExtraError,
    TiyaoError,
)
from tiyao.core.jsonl import document_json_line
from tiyao.core.model import (
    BatchSummary,
    DocumentSummary,
    ParsedDocument,
    Pick,
    Section,
    SectionKind,
    SectionSummary,
    Sentence,
    SourceError,
    SummaryOptions,
)
from tiyao.core.sections import parse_document
from tiyao.core.sentences import split_sentences
from tiyao.core.shards import DEFAULT_PARTITION_SIZE, ShardedRun
from tiyao.core.summarize import summarize, summarize_parsed
from tiyao.core.version import VERSION

__all__ = [
    "DASK_INSTALL",
    "DEFAULT_PARTITION_SIZE",
    "VERSION",
    "BatchSummary",
    "DecodeError",
    "DocumentSummary",
    "EmptyInputError",
    "EngineError",
    "InputError",
    "MissingExtraError",
    "ParsedDocument",
    "Pick",
    "Section",
    "SectionKind",
    "SectionSummary",
    "ShardedRun",
    "Sentence",
    "SourceError",
    "SummaryOptions",
    "TiyaoError",
    "decode",
    "document_json_line",
    "parse_document",
    "run_dask",
    "split_sentences",
    "summarize",
    "summarize_parsed",
    "summarize_source",
    "summarize_sources",
]
