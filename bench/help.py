"""Bench (2): `tiyao --help` against the --help of a minimal two-command Typer app.

    python bench/help.py [--repeat 7]

Both pay Typer's Rich help rendering; the difference is tiyao's own imports. Target <= 1.3x.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _measure import PYTHON, TIYAO, median_runs, verdict

MINIMAL = '''
import typer

app = typer.Typer()


@app.command()
def hello(name: str) -> None:
    """Say hello."""


@app.command()
def bye(name: str) -> None:
    """Say bye."""


app()
'''


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        minimal = Path(tmp) / "minimal.py"
        minimal.write_text(MINIMAL, encoding="utf-8")
        commands = {"typer": [PYTHON, str(minimal), "--help"], "tiyao": [*TIYAO, "--help"]}
        result = median_runs(commands, args.repeat)
    (mt, mr), (tt, tr) = result["typer"], result["tiyao"]
    print(f"--help, median of {args.repeat} runs")
    print(f"  minimal Typer app : {mt:5.3f} s  {mr:5.1f} MB")
    print(f"  tiyao             : {tt:5.3f} s  {tr:5.1f} MB")
    print(f"  time ratio        : {verdict(tt / mt, 1.3)}")


if __name__ == "__main__":
    main()
