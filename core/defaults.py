"""Defaults the CLI shows in `--help`, in a module without imports so help stays fast."""

from __future__ import annotations

# A task per file would cost the scheduler more than the work (a few ms per task);
# a few hundred partitions of 100 keep both workers and the manifest busy but small.
DEFAULT_PARTITION_SIZE = 100
