"""The wheel holds every package directory, and the bare source dirs are not importable."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from support import ROOT


def _source_packages() -> set[str]:
    found = set()
    for top in ("core", "cli"):
        for init in (ROOT / top).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT).parts
            found.add(".".join(("tiyao", *rel)))
    return found


def test_wheel_contains_every_package(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("tiyao-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    packages = {n.rsplit("/", 1)[0].replace("/", ".") for n in names if n.endswith("/__init__.py")}
    assert packages == _source_packages()
    assert "tiyao/core/py.typed" in names
    # -f html renders from these at run time (PackageLoader): a wheel without them cannot make a page.
    templates = {p.name for p in (ROOT / "cli" / "templates").iterdir()}
    shipped = {n.rsplit("/", 1)[-1] for n in names if n.startswith("tiyao/cli/templates/")}
    assert templates and shipped == templates
    assert not any(n.startswith(("core/", "cli/")) for n in names)


def test_bare_source_directories_are_not_importable(tmp_path: Path) -> None:
    # -P and a neutral cwd: the installed environment alone must not expose `core`/`cli`.
    code = (
        "import importlib.util as u;"
        "print(u.find_spec('core'), u.find_spec('cli'), u.find_spec('tiyao.core') is not None)"
    )
    out = subprocess.run(
        [sys.executable, "-P", "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["None", "None", "True"]
