"""The input formats tiyao reads, by name and by file suffix.

Apart from the readers themselves (tiyao.core.read.readers), so that the CLI can offer
`--input-format` choices in `--help` without importing every reader.
"""

from __future__ import annotations

# The keys of tiyao.core.read.readers.READERS, in the same order (a test checks).
INPUT_FORMATS = ("txt", "md", "docx", "html", "pdf")

SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
}
