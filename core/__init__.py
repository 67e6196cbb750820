"""tiyao's library: Chinese reports in, themed section-by-section extractive summaries out.

Nothing here prints or imports the CLI; the CLI renders the dataclasses returned here.
"""

from tiyao.core.batch import summarize_source, summarize_sources
from tiyao.core.decode import decode
from tiyao.core.errors import DecodeError, EmptyInputError, InputError, TiyaoError
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
from tiyao.core.readers import READERS
from tiyao.core.sections import parse_document
from tiyao.core.sentences import split_sentences
from tiyao.core.summarize import summarize, summarize_parsed
from tiyao.core.version import VERSION

__all__ = [
    "READERS",
    "VERSION",
    "BatchSummary",
    "DecodeError",
    "DocumentSummary",
    "EmptyInputError",
    "InputError",
    "ParsedDocument",
    "Pick",
    "Section",
    "SectionKind",
    "SectionSummary",
    "Sentence",
    "SourceError",
    "SummaryOptions",
    "TiyaoError",
    "decode",
    "parse_document",
    "split_sentences",
    "summarize",
    "summarize_parsed",
    "summarize_source",
    "summarize_sources",
]
