"""Every summarize format on both seeds, compared byte for byte with tests/golden/.

After a deliberate change of output (scoring, sections, a renderer), regenerate with
`pytest tests/cli/test_golden.py --update-golden` and review the diff by eye.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import ROOT, SEED_000, SEED_002
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.cli.options import Format

GOLDEN = Path(__file__).parent.parent / "golden"
SUFFIX = {
    Format.table: "table.txt",
    Format.json: "json",
    Format.jsonl: "jsonl",
    Format.csv: "csv",
    Format.markdown: "md",
    Format.text: "txt",
    Format.html: "html",
}
GOLDEN_ENV = {"COLUMNS": "80", "NO_COLOR": "1"}


@pytest.mark.parametrize("fmt", list(Format))
@pytest.mark.parametrize("seed", [SEED_000, SEED_002], ids=["seed000", "seed002"])
def test_summarize_matches_golden(
    seed: Path, fmt: Format, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # sources appear as the relative path seeds/NAME.txt
    source = str(seed.relative_to(ROOT))
    result = CliRunner().invoke(app, ["summarize", source, "-f", fmt.value], env=GOLDEN_ENV)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    golden = GOLDEN / f"{seed.stem}.{SUFFIX[fmt]}"
    if update_golden:
        golden.write_bytes(result.stdout.encode("utf-8"))
    assert golden.exists(), "no golden file: run `pytest tests/cli/test_golden.py --update-golden`"
    assert result.stdout == golden.read_bytes().decode("utf-8")
