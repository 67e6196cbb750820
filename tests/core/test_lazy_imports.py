"""tiyao.core resolves its public names lazily; `--help` loads none of the library."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import tiyao.core
from tiyao.cli.check import Scope
from tiyao.cli.evaluate import BudgetChoice, SplitChoice
from tiyao.cli.options import GenreChoice
from tiyao.core import INPUT_FORMATS, READERS, Budget, SearchScope, Split
from tiyao.core.score.genre import Genre

# What `tiyao --help` (and each command's --help) may load of the library: the lazy
# package and the two import-free modules whose constants the options display (with the
# read stage's empty package), and no renderer: they load with the command.
HELP_MODULES = ["tiyao.core", "tiyao.core.defaults", "tiyao.core.read", "tiyao.core.read.formats"]
STUB = Path(tiyao.core.__file__).with_suffix(".pyi")


def _stub_table() -> dict[str, tuple[str, ...]]:
    """The one table of public names: `from .MODULE import NAME, ...` lines of the stub."""
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    table: dict[str, tuple[str, ...]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            assert node.level == 1 and node.module, ast.unparse(node)
            table[f"tiyao.core.{node.module}"] = tuple(alias.name for alias in node.names)
    return table


def test_every_public_name_resolves_to_the_object_of_its_module() -> None:
    homes = _stub_table()
    assert sorted(tiyao.core.__all__) == sorted(name for names in homes.values() for name in names)
    assert len(set(tiyao.core.__all__)) == len(tiyao.core.__all__)
    for module, names in homes.items():
        for name in names:
            assert getattr(tiyao.core, name) is getattr(importlib.import_module(module), name), name
    assert set(tiyao.core.__all__) <= set(dir(tiyao.core))


def test_no_module_shares_its_name_with_a_public_name() -> None:
    # A submodule named like its function (the old `summarize.py`) shadows it on the
    # package once imported; the layout avoids that instead of patching the package.
    modules = {Path(p).stem for p in Path(tiyao.core.__file__).parent.rglob("*.py")}
    assert not modules & set(tiyao.core.__all__)


def test_unknown_name_is_an_attribute_error() -> None:
    assert not hasattr(tiyao.core, "no_such_name")


def test_public_functions_stay_functions_after_their_modules_load() -> None:
    code = (
        "import tiyao.core.read.decoding, tiyao.core.judge.evaluation, tiyao.core.pipeline\n"
        "from tiyao.core import decode, evaluate, summarize\n"
        "print(all(callable(f) and f.__name__ == n for f, n in "
        "((decode, 'decode'), (evaluate, 'evaluate'), (summarize, 'summarize'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


def test_cli_mirrors_of_core_choices_agree() -> None:
    assert tuple(READERS) == INPUT_FORMATS
    assert [c.value for c in SplitChoice] == [s.value for s in Split]
    assert [c.value for c in BudgetChoice] == [b.value for b in Budget]
    assert [c.value for c in GenreChoice] == [g.value for g in Genre]
    assert [c.value for c in Scope] == [s.value for s in SearchScope]


def test_help_imports_no_core_module_beyond_its_constants() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from tiyao.cli.main import app\n"
        "for args in ([], ['summarize'], ['outline'], ['split'], ['eval'], ['check']):\n"
        "    r = CliRunner().invoke(app, [*args, '--help'])\n"
        "    assert r.exit_code == 0 and 'Usage' in r.stdout, r.stdout\n"
        "loaded = (m for m in sys.modules if m.startswith(('tiyao.core', 'tiyao.cli.render')))\n"
        "print(' '.join(sorted(loaded)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == HELP_MODULES
