"""tiyao's library: Chinese reports in, themed section-by-section extractive summaries out.

Nothing here prints or imports the CLI; the CLI renders the dataclasses returned here.
"""

from tiyao.core.batch import summarize_source, summarize_sources
from tiyao.core.check import CheckReport, CheckRules, RuleResult, Verdict, check_batch, check_document
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
from tiyao.core.evaluate import (
    Baseline,
    EvalReport,
    ReferencePair,
    Split,
    SystemScore,
    evaluate,
    evaluate_file,
    read_pairs,
)
from tiyao.core.figures import extract_figures, extract_phrases
from tiyao.core.jsonl import document_json_line
from tiyao.core.model import (
    BatchSummary,
    DocumentOutline,
    DocumentSummary,
    Figure,
    OutlineBatch,
    ParsedDocument,
    Pick,
    Section,
    SectionKind,
    SectionOutline,
    SectionSummary,
    Segment,
    Sentence,
    SourceError,
    SplitBatch,
    SummaryOptions,
)
from tiyao.core.readers import READERS
from tiyao.core.rouge import RougeScores, rouge_scores
from tiyao.core.sections import parse_document
from tiyao.core.sentences import split_sentences
from tiyao.core.shards import DEFAULT_PARTITION_SIZE, ShardedRun
from tiyao.core.structure import document_segments, outline_document, outline_sources, split_sources
from tiyao.core.summarize import summarize, summarize_parsed
from tiyao.core.version import VERSION

__all__ = [
    "READERS",
    "DASK_INSTALL",
    "DEFAULT_PARTITION_SIZE",
    "VERSION",
    "Baseline",
    "BatchSummary",
    "CheckReport",
    "CheckRules",
    "DecodeError",
    "DocumentOutline",
    "DocumentSummary",
    "EmptyInputError",
    "EvalReport",
    "Figure",
    "InputError",
    "OutlineBatch",
    "EngineError",
    "InputError",
    "MissingExtraError",
    "ParsedDocument",
    "Pick",
    "RuleResult",
    "ReferencePair",
    "RougeScores",
    "Section",
    "SectionKind",
    "SectionOutline",
    "SectionSummary",
    "Segment",
    "ShardedRun",
    "Sentence",
    "SourceError",
    "SplitBatch",
    "Split",
    "SummaryOptions",
    "SystemScore",
    "TiyaoError",
    "Verdict",
    "check_batch",
    "check_document",
    "decode",
    "document_segments",
    "outline_document",
    "outline_sources",
    "evaluate",
    "evaluate_file",
    "extract_figures",
    "extract_phrases",
    "parse_document",
    "read_pairs",
    "rouge_scores",
    "document_json_line",
    "parse_document",
    "run_dask",
    "split_sentences",
    "split_sources",
    "summarize",
    "summarize_parsed",
    "summarize_source",
    "summarize_sources",
]
