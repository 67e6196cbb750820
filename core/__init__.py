"""tiyao's library: Chinese reports in, themed section-by-section extractive summaries out.

Nothing here prints or imports the CLI; the CLI renders the dataclasses returned here.

Public names resolve lazily (PEP 562): `from tiyao.core import summarize` imports
tiyao.core.summarize only then, so `tiyao --help` does not pay for readers, regexes,
scoring or package metadata it never uses.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tiyao.core.batch import summarize_source, summarize_sources
    from tiyao.core.check import CheckReport, CheckRules, RuleResult, Verdict, check_batch, check_document
    from tiyao.core.decode import decode
    from tiyao.core.defaults import DEFAULT_PARTITION_SIZE
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
    from tiyao.core.formats import INPUT_FORMATS
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
    from tiyao.core.shards import ShardedRun
    from tiyao.core.structure import document_segments, outline_document, outline_sources, split_sources
    from tiyao.core.summarize import summarize, summarize_parsed
    from tiyao.core.version import VERSION

# Each public name and the submodule that defines it (tests check this agrees with the
# imports above and with __all__).
_HOMES: dict[str, tuple[str, ...]] = {
    "tiyao.core.batch": ("summarize_source", "summarize_sources"),
    "tiyao.core.check": (
        "CheckReport",
        "CheckRules",
        "RuleResult",
        "Verdict",
        "check_batch",
        "check_document",
    ),
    "tiyao.core.decode": ("decode",),
    "tiyao.core.defaults": ("DEFAULT_PARTITION_SIZE",),
    "tiyao.core.engine_dask": ("DASK_INSTALL", "run_dask"),
    "tiyao.core.errors": (
        "DecodeError",
        "EmptyInputError",
        "EngineError",
        "InputError",
        "MissingExtraError",
        "TiyaoError",
    ),
    "tiyao.core.evaluate": (
        "Baseline",
        "EvalReport",
        "ReferencePair",
        "Split",
        "SystemScore",
        "evaluate",
        "evaluate_file",
        "read_pairs",
    ),
    "tiyao.core.figures": ("extract_figures", "extract_phrases"),
    "tiyao.core.formats": ("INPUT_FORMATS",),
    "tiyao.core.jsonl": ("document_json_line",),
    "tiyao.core.model": (
        "BatchSummary",
        "DocumentOutline",
        "DocumentSummary",
        "Figure",
        "OutlineBatch",
        "ParsedDocument",
        "Pick",
        "Section",
        "SectionKind",
        "SectionOutline",
        "SectionSummary",
        "Segment",
        "Sentence",
        "SourceError",
        "SplitBatch",
        "SummaryOptions",
    ),
    "tiyao.core.readers": ("READERS",),
    "tiyao.core.rouge": ("RougeScores", "rouge_scores"),
    "tiyao.core.sections": ("parse_document",),
    "tiyao.core.sentences": ("split_sentences",),
    "tiyao.core.shards": ("ShardedRun",),
    "tiyao.core.structure": ("document_segments", "outline_document", "outline_sources", "split_sources"),
    "tiyao.core.summarize": ("summarize", "summarize_parsed"),
    "tiyao.core.version": ("VERSION",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "DASK_INSTALL",
    "DEFAULT_PARTITION_SIZE",
    "INPUT_FORMATS",
    "READERS",
    "VERSION",
    "Baseline",
    "BatchSummary",
    "CheckReport",
    "CheckRules",
    "DecodeError",
    "DocumentOutline",
    "DocumentSummary",
    "EmptyInputError",
    "EngineError",
    "EvalReport",
    "Figure",
    "InputError",
    "MissingExtraError",
    "OutlineBatch",
    "ParsedDocument",
    "Pick",
    "ReferencePair",
    "RougeScores",
    "RuleResult",
    "Section",
    "SectionKind",
    "SectionOutline",
    "SectionSummary",
    "Segment",
    "Sentence",
    "ShardedRun",
    "SourceError",
    "Split",
    "SplitBatch",
    "SummaryOptions",
    "SystemScore",
    "TiyaoError",
    "Verdict",
    "check_batch",
    "check_document",
    "decode",
    "document_json_line",
    "document_segments",
    "evaluate",
    "evaluate_file",
    "extract_figures",
    "extract_phrases",
    "outline_document",
    "outline_sources",
    "parse_document",
    "read_pairs",
    "rouge_scores",
    "run_dask",
    "split_sentences",
    "split_sources",
    "summarize",
    "summarize_parsed",
    "summarize_source",
    "summarize_sources",
]


def __getattr__(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        # Importing a submodule binds it on this package. Where the submodule shares its
        # name with the function it exports (decode, evaluate, summarize), the function
        # must stay what `tiyao.core.NAME` means, as when this package imported eagerly.
        if isinstance(value, ModuleType) and name in _HOME_OF:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
