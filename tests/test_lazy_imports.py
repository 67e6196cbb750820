"""tiyao.core resolves its public names lazily; `--help` loads none of the library."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys

import tiyao.core
from tiyao.cli.evaluate import SplitChoice
from tiyao.core import INPUT_FORMATS, READERS, Split

# What `tiyao --help` (and each command's --help) may load of the library: the lazy
# package and the two import-free modules whose constants the options display (and
# no renderer: they load with the command).
HELP_MODULES = ["tiyao.core", "tiyao.core.defaults", "tiyao.core.formats"]


def _type_checking_imports() -> dict[str, tuple[str, ...]]:
    tree = ast.parse(inspect.getsource(tiyao.core))
    block = next(node for node in tree.body if isinstance(node, ast.If))
    assert ast.unparse(block.test) == "TYPE_CHECKING"
    return {
        node.module: tuple(alias.name for alias in node.names)
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module
    }


def test_every_public_name_resolves_to_the_object_of_its_module() -> None:
    homes = tiyao.core._HOMES
    assert sorted(tiyao.core.__all__) == sorted(name for names in homes.values() for name in names)
    assert len(set(tiyao.core.__all__)) == len(tiyao.core.__all__)
    for module, names in homes.items():
        for name in names:
            assert getattr(tiyao.core, name) is getattr(importlib.import_module(module), name), name
    assert set(tiyao.core.__all__) <= set(dir(tiyao.core))


def test_static_imports_agree_with_the_lazy_table() -> None:
    # Type checkers and ruff see the TYPE_CHECKING imports; the runtime sees _HOMES.
    assert _type_checking_imports() == tiyao.core._HOMES


def test_unknown_name_is_an_attribute_error() -> None:
    assert not hasattr(tiyao.core, "no_such_name")


def test_functions_named_like_their_modules_stay_functions() -> None:
    # Importing tiyao.core.summarize first binds the submodule on the package; the
    # function of the same name must still be what `from tiyao.core import` gives.
    code = (
        "import tiyao.core.decode, tiyao.core.evaluate, tiyao.core.summarize\n"
        "from tiyao.core import decode, evaluate, summarize\n"
        "import tiyao.core\n"
        "print(all(callable(f) and f.__name__ == n for f, n in "
        "((decode, 'decode'), (evaluate, 'evaluate'), (summarize, 'summarize'), "
        "(tiyao.core.summarize, 'summarize'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


def test_cli_mirrors_of_core_choices_agree() -> None:
    assert tuple(READERS) == INPUT_FORMATS
    assert [c.value for c in SplitChoice] == [s.value for s in Split]


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
