"""Importing a format's optional library, or saying which extra installs it."""

from __future__ import annotations

import importlib
from types import ModuleType

from ...errors import MissingExtraError


def require(module: str, extra: str) -> ModuleType:
    """Import `module`, which the `extra` extra of tiyao installs.

    Args:
        module: The import name, e.g. `pypdf`.
        extra: The extra that provides it, e.g. `pdf`.

    Returns:
        The imported module.

    Raises:
        MissingExtraError: The module cannot be imported; the message names the
            exact install command.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f'reading .{extra} files needs the {extra} extra; install it with: pip install "tiyao[{extra}]"'
        ) from None
