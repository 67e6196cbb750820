"""tiyao's library: Chinese reports in, themed section-by-section extractive summaries out.

The pipeline, one sub-package per stage: `read` (sources, decoding, format readers) →
`parse` (front matter, headings, levels, sections, sentences) → `score` (tokens, features,
selection, figures, themes) → `run` (batches, shards, the Dask engine), with `judge`
(CI checks, ROUGE evaluation) over finished summaries. `pipeline.summarize` is one report
through parse and score; `model` holds the frozen dataclasses every stage passes on.

Nothing here prints or imports the CLI; the CLI renders the dataclasses returned here.

Public names are listed once, in `__init__.pyi`, and resolve lazily through lazy_loader:
`from tiyao.core import summarize` imports `tiyao.core.pipeline` only then, so
`tiyao --help` pays for no reader, regex, scoring or package metadata it never uses,
while type checkers read the same stub.
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
