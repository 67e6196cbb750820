"""Public names of tiyao.core, listed once: lazy_loader resolves them on first use and
type checkers read them here. Add a public name by adding it to an import below."""

from .compare.editions import compare_sources, read_edition
from .compare.model import (
    CountChange,
    Edition,
    FigureChange,
    FigureTrack,
    ReportDiff,
    SectionDiff,
    Track,
    Trajectory,
)
from .compare.report import compare
from .compare.trajectory import trace
from .defaults import DEFAULT_PARTITION_SIZE
from .errors import (
    DecodeError,
    EmptyInputError,
    EngineError,
    InputError,
    MissingExtraError,
    TiyaoError,
)
from .judge.check import (
    CheckReport,
    CheckRules,
    RuleResult,
    SearchScope,
    Verdict,
    check_batch,
    check_document,
)
from .judge.evaluation import (
    EvalReport,
    ReferencePair,
    Split,
    SystemScore,
    evaluate,
    evaluate_file,
    read_pairs,
)
from .judge.peers import Baseline, Budget, fit_budget
from .judge.rouge import RougeScores, rouge_scores
from .model import (
    BatchSummary,
    BatchWithText,
    DocumentOutline,
    DocumentSummary,
    Figure,
    OutlineBatch,
    ParsedDocument,
    Pick,
    ReportWithText,
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
from .parse.sections import parse_document
from .parse.sentences import split_sentences
from .pipeline import summarize, summarize_parsed
from .read.decoding import decode
from .read.formats import INPUT_FORMATS
from .read.readers import READERS
from .read.sources import ReadOptions, expand_paths, source_label
from .run.batch import stream_summaries, summarize_source, summarize_sources, summarize_sources_with_text
from .run.dask_engine import DASK_INSTALL, run_dask
from .run.jsonl import document_json_line
from .run.shards import ShardedRun
from .run.structure import (
    document_segments,
    outline_document,
    outline_sources,
    split_sources,
    stream_structure,
)
from .score.figures import extract_figures, extract_phrases
from .score.genre import Genre, detect_genre
from .score.leads import lead_flags
from .score.lexicon import Lexicon, LexiconError, read_lexicon
from .score.tokens import CUTTERS, current_lexicon, cut, cutter_name, cutter_notice, use_lexicon
from .version import VERSION
