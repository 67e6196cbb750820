"""How words are cut for a command that scores: the cutter's fallback notice (and, later, lexicons)."""

from __future__ import annotations

import sys


def announce_cutter() -> None:
    """Load the word cutter here, before any worker starts, and say once if jieba stands in for rjieba.

    Loading in the parent costs nothing extra: a serial run needs the cutter here, and
    forked workers inherit the loaded dictionary instead of each loading their own.
    """
    from tiyao.core import cutter_notice

    notice = cutter_notice()
    if notice:
        sys.stderr.write(f"tiyao: {notice}\n")
