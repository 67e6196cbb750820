"""The installed version of tiyao."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("tiyao")
except PackageNotFoundError:  # running from a source tree that was never installed
    VERSION = "0+unknown"
