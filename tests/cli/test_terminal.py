"""The real program in a pseudo-terminal at 80 and 130 columns, read the way a person reads it.

pexpect runs `python -m tiyao.cli` with the terminal's size set and no COLUMNS, so Rich
measures the terminal itself and colours are on; escapes are stripped before the checks.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import Any

import pytest
from rich.cells import cell_len
from support import ROOT

from tiyao.cli.wrap import NO_START

pexpect = pytest.importorskip("pexpect", reason="needs pexpect (the test extra)")

REPORT = "tests/data/reports/gwr_2023_national_wikisource.txt"
SOURCES = ["seeds/000_a4df69430f90165f.txt", "seeds/002_400b12bd617868b4.txt", REPORT]
_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()=>][0-9A-Za-z]?")
_UNSET = ("COLUMNS", "LINES", "NO_COLOR", "TERMINAL_WIDTH", "_TYPER_FORCE_DISABLE_TERMINAL", "FORCE_COLOR")


def terminal_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _UNSET}
    env.update({"TERM": "xterm-256color", **extra})
    return env


def in_terminal(args: list[str], cols: int, rows: int = 40, **env: str) -> str:
    """What the terminal shows after `tiyao ARGS`, escapes stripped, LF line ends."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tiyao.cli", *args, "--quiet"],  # no progress bar: stderr is the terminal too
        dimensions=(rows, cols),
        env=terminal_env(**env),
        encoding="utf-8",
        timeout=120,
        cwd=str(ROOT),
    )
    text = child.read()
    child.close()
    assert child.exitstatus == 0, text[-2000:]
    return _ESCAPE.sub("", text).replace("\r\n", "\n")


@pytest.fixture(scope="module")
def documents() -> list[dict[str, Any]]:
    out = subprocess.run(
        [sys.executable, "-m", "tiyao.cli", "summarize", *SOURCES, "-f", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)["documents"]  # type: ignore[no-any-return]


@pytest.fixture(scope="module", params=[80, 130])
def screen(request: pytest.FixtureRequest) -> tuple[int, list[str]]:
    cols: int = request.param
    return cols, in_terminal(["summarize", *SOURCES, "--no-pager"], cols=cols).splitlines()


def test_no_line_is_wider_than_the_terminal(screen: tuple[int, list[str]]) -> None:
    cols, lines = screen
    assert max(cell_len(line) for line in lines) <= cols


def test_no_wrapped_line_starts_with_closing_punctuation(
    screen: tuple[int, list[str]], documents: list[dict[str, Any]]
) -> None:
    _, lines = screen
    # A sentence may open with `——`; a line that wraps one may not start with `。` or `、`.
    opening = {p["text"][:4] for doc in documents for s in [doc, *doc["sections"]] for p in s["summary"]}
    pieces = [p.strip(" •") for line in lines for p in re.split("[│┃]", line)]
    starts = [p for p in pieces if p and p != "—" and p[:4] not in opening]  # — is an empty cell
    assert len(starts) > 50
    assert not [p for p in starts if p[0] in NO_START]


def test_no_figure_or_keyword_is_split_over_lines(
    screen: tuple[int, list[str]], documents: list[dict[str, Any]]
) -> None:
    _, lines = screen
    cells = [p.strip() for line in lines for p in re.split("[│┃]", line)]
    for doc in documents:
        for sec in doc["sections"]:
            for word in [f["text"] for f in sec["figures"][:3]] + sec["keywords"]:
                assert any(word in cell for cell in cells), word


def test_header_words_are_whole(screen: tuple[int, list[str]]) -> None:
    cols, lines = screen
    text = "\n".join(lines)
    if cols >= 110:  # the column layout
        for word in ("theme", "key sentences", "keywords", "figures", "phrases", "关键词"):
            assert word in text
    else:  # stacked: no table, each section's theme on a line of its own
        assert "┃" not in text and "whole report" in text
        assert any(line.startswith("一、过去一年和五年工作回顾") for line in lines)


def test_level_2_sections_are_indented(screen: tuple[int, list[str]]) -> None:
    cols, lines = screen
    part = next(k for k, line in enumerate(lines) if "一、过去" in line)
    sub = next(k for k, line in enumerate(lines) if "（一）创新" in line)
    assert sub > part

    def indent(line: str) -> int:
        cell = line.split("│")[1] if "│" in line else line
        return len(cell) - len(cell.lstrip(" "))

    assert indent(lines[sub]) >= indent(lines[part]) + 2


PAGER = """
import os, sys
data = sys.stdin.read()
with open(os.environ["PAGED_TO"], "w", encoding="utf-8") as out:
    out.write(os.environ.get("LESS", "") + "\\n" + data)
"""


@pytest.fixture()
def pager(tmp_path: Any) -> tuple[str, Any]:
    script = tmp_path / "pager.py"
    script.write_text(PAGER, encoding="utf-8")
    return f"{sys.executable} {script}", tmp_path / "paged.txt"


def test_long_output_on_a_terminal_goes_through_the_pager(pager: tuple[str, Any]) -> None:
    command, paged = pager
    shown = in_terminal(
        ["summarize", REPORT], cols=80, rows=24, TIYAO_PAGER=command, PAGED_TO=str(paged), LESS=""
    )
    less, text = paged.read_text(encoding="utf-8").split("\n", 1)
    assert "一、过去一年和五年工作回顾" in text and "一、过去一年" not in shown
    assert "\x1b[" in text  # colours reach the pager (less -R shows them)


def test_less_gets_frx_unless_less_is_set(pager: tuple[str, Any]) -> None:
    command, paged = pager
    env = terminal_env(TIYAO_PAGER=command, PAGED_TO=str(paged))
    env.pop("LESS", None)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tiyao.cli", "outline", REPORT, "-q"],
        dimensions=(10, 80),
        env=env,
        cwd=str(ROOT),
    )
    child.read()
    child.close()
    assert paged.read_text(encoding="utf-8").split("\n", 1)[0] == "FRX"


def test_no_pager_when_stdout_is_not_a_terminal_or_with_no_pager(pager: tuple[str, Any]) -> None:
    command, paged = pager
    env = terminal_env(TIYAO_PAGER=command, PAGED_TO=str(paged))
    piped = subprocess.run(
        [sys.executable, "-m", "tiyao.cli", "summarize", REPORT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert piped.returncode == 0 and "一、过去一年和五年工作回顾" in piped.stdout
    assert not paged.exists()
    shown = in_terminal(
        ["summarize", REPORT, "--no-pager"], cols=80, rows=24, TIYAO_PAGER=command, PAGED_TO=str(paged)
    )
    assert "一、过去一年和五年工作回顾" in shown and not paged.exists()
    short = in_terminal(
        ["outline", "seeds/000_a4df69430f90165f.txt"], cols=80, TIYAO_PAGER=command, PAGED_TO=str(paged)
    )
    assert "抓理论学习" in short and not paged.exists()  # fits the screen: printed, not paged


def test_eval_shows_it_is_working_on_a_terminal_only(tmp_path: Any) -> None:
    text = open(ROOT / "seeds" / "002_400b12bd617868b4.txt", encoding="utf-8").read()
    refs = tmp_path / "refs.jsonl"
    refs.write_text(json.dumps({"text": text, "summary": "龙岗经济发展稳中向好"}, ensure_ascii=False) + "\n")
    command = f"{sys.executable} -m tiyao.cli eval {refs} >/dev/null"
    child = pexpect.spawn("sh", ["-c", command], dimensions=(24, 80), env=terminal_env(), cwd=str(ROOT))
    shown = _ESCAPE.sub("", child.read().decode("utf-8"))
    child.close()
    assert child.exitstatus == 0 and "scoring /" in shown
    assert max(cell_len(line) for line in re.split("[\r\n]", shown)) <= 80  # a long path is cut with …
    piped = subprocess.run(
        [sys.executable, "-m", "tiyao.cli", "eval", str(refs)], cwd=ROOT, capture_output=True, text=True
    )
    assert piped.returncode == 0 and piped.stderr == ""
