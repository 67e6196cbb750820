"""`tiyao diff`: formats, exit codes, bad input, trajectories, determinism."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from rich.cells import cell_len
from support import ROOT
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.cli.options import Format

REPORTS = ROOT / "tests" / "data" / "reports"
OLD = str(REPORTS / "prov_2025_xizang.txt")
NEW = str(REPORTS / "prov_2026_xizang.txt")
runner = CliRunner()


def run(*args: str, columns: int = 80) -> object:
    return runner.invoke(app, ["diff", *args], env={"COLUMNS": str(columns), "NO_COLOR": "1"})


@pytest.fixture(scope="module")
def diff_json() -> dict:
    result = run(OLD, NEW, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_contract(diff_json: dict) -> None:
    assert {
        "tiyao",
        "old",
        "new",
        "sections",
        "phrases_added",
        "phrases_removed",
        "figures",
        "errors",
    } <= set(diff_json)
    assert (diff_json["old"], diff_json["new"], diff_json["errors"]) == (OLD, NEW, [])
    sec = diff_json["sections"][0]
    assert {
        "old",
        "new",
        "old_title",
        "new_title",
        "status",
        "phrases_added",
        "phrases_removed",
        "figures",
        "sentences_added",
    } <= set(sec)
    assert {s["status"] for s in diff_json["sections"]} == {"matched", "added", "removed"}
    fig = next(f for f in diff_json["figures"] if f["measure"] == "地区生产总值" and f["status"] == "same")
    assert fig["old"] == fig["new"] and fig["old"].startswith("增长7%以上")
    assert {f["status"] for f in diff_json["figures"]} == {"changed", "same", "added", "removed"}
    assert all({"measure", "old", "new"} <= set(f) for s in diff_json["sections"] for f in s["figures"])


@pytest.mark.parametrize("columns", [80, 130])
def test_table_fits_the_terminal(columns: int) -> None:
    result = run(OLD, NEW, columns=columns)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= columns
    assert "社会消费品零售总额" in result.stdout and "“包邮西藏”" in result.stdout


def test_markdown_and_text() -> None:
    md = run(OLD, NEW, "-f", "markdown")
    assert md.exit_code == 0 and md.stdout.startswith(f"# `{OLD}` → `{NEW}`")
    assert "| = | 地区生产总值 | 增长7%以上" in md.stdout
    text = run(OLD, NEW, "-f", "text")
    assert text.exit_code == 0
    assert text.stdout.splitlines()[:2] == [f"--- {OLD}", f"+++ {NEW}"]
    assert "+ phrase “包邮西藏”: 0 -> 1" in text.stdout.splitlines()


def test_exit_code_and_same_file_twice() -> None:
    assert run(OLD, NEW, "--exit-code", "-f", "json").exit_code == 1
    same = run(OLD, OLD, "--exit-code", "-f", "json")
    assert same.exit_code == 0, same.stderr
    data = json.loads(same.stdout)
    assert data["changed"] is False and data["phrases_added"] == [] and data["phrases_removed"] == []
    assert all(f["status"] == "same" for f in data["figures"])
    assert "nothing changed" in run(OLD, OLD, "-f", "text").stdout


def test_unreadable_edition_is_one_line_naming_it(tmp_path: object) -> None:
    missing = str(REPORTS / "no_such_report.txt")
    result = run(OLD, missing)
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"tiyao: {missing}: ")
    quiet = run(OLD, missing, "-q", "-f", "json")
    assert quiet.exit_code == 1 and quiet.stderr == ""
    assert json.loads(quiet.stdout)["errors"][0]["source"] == missing


def test_one_report_is_a_usage_error() -> None:
    result = run(OLD)
    assert result.exit_code == 2


def test_output_file(tmp_path: object) -> None:
    out = tmp_path / "d.json"  # type: ignore[operator]
    result = run(OLD, NEW, "-f", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["new"] == NEW


def test_three_editions_give_a_trajectory_with_terms() -> None:
    editions = [
        str(REPORTS / f)
        for f in (
            "gwr_2019_national_wikisource.txt",
            "gwr_2020_national.txt",
            "gwr_2021_national_wikisource.txt",
        )
    ]
    result = run(*editions, "-f", "json", "--term", "疫情")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["editions"] == editions
    assert data["terms"] == [{"text": "疫情", "counts": [0, 31, data["terms"][0]["counts"][2]], "first": 1}]
    six = next(p for p in data["phrases"] if p["text"] == "“六稳”")
    assert six["counts"][:2] == [0, 3] and six["first"] == 1
    cpi = next(f for f in data["figures"] if f["measure"] == "居民消费价格涨幅")
    assert [v.removesuffix("左右") for v in cpi["values"]] == ["3%", "3.5%", "3%"]
    table = run(*editions, "--term", "疫情", columns=80)
    assert table.exit_code == 0 and max(cell_len(line) for line in table.stdout.splitlines()) <= 80
    assert "2019" in table.stdout and "“六稳”" in table.stdout


def test_json_is_byte_identical_across_runs_and_hash_seeds(tmp_path: object) -> None:
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "tiyao.cli", "diff", OLD, NEW, "-f", "json"],
            env=env,
            capture_output=True,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and outputs[0]


def test_jobs_gives_the_serial_output() -> None:
    serial = run(OLD, NEW, "-f", "json")
    pooled = run(OLD, NEW, "-f", "json", "--jobs", "2")
    assert pooled.exit_code == 0 and pooled.stdout == serial.stdout


class _ClosedPipe(io.StringIO):
    """stdout after `head` has gone: every write fails."""

    def write(self, text: str) -> int:
        raise BrokenPipeError


def test_every_renderer_hands_a_closed_pipe_to_the_one_policy() -> None:
    from tiyao.cli.render_diff import DIFF_RENDERERS
    from tiyao.cli.render_trajectory import TRAJECTORY_RENDERERS
    from tiyao.core import compare_sources

    diff = compare_sources([OLD, NEW])
    trajectory = compare_sources([OLD, NEW, OLD])
    for renderers, result in ((DIFF_RENDERERS, diff), (TRAJECTORY_RENDERERS, trajectory)):
        assert set(renderers) == set(Format)
        for render in renderers.values():
            with pytest.raises(BrokenPipeError):
                render(result, _ClosedPipe())  # type: ignore[arg-type]


def test_term_follows_a_word_in_a_two_edition_diff() -> None:
    result = run(OLD, NEW, "-f", "json", "--term", "边境", "--term", "不存在的词")
    terms = {t["text"]: t for t in json.loads(result.stdout)["terms"]}
    # Counted in the report's headings and sentences: `grep -o 边境 | wc -l` gives 15 and 19,
    # none of them in the 2026 page's furniture (`下载`, `相关报道：`).
    assert (terms["边境"]["old"], terms["边境"]["new"], terms["边境"]["status"]) == (15, 19, "followed")
    assert (terms["不存在的词"]["old"], terms["不存在的词"]["new"]) == (0, 0)  # asked for: shown at zero too
    table = run(OLD, NEW, "--term", "不存在的词", columns=130)
    assert "不存在的词 0→0" in table.stdout


def test_unrelated_reports_say_few_sections_matched() -> None:
    seed = str(ROOT / "seeds" / "002_400b12bd617868b4.txt")
    result = run(seed, NEW, "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert "few sections matched: these look like different reports" in result.stdout.splitlines()[2]


def test_stdin_is_an_edition() -> None:
    with open(NEW, encoding="utf-8") as new:
        result = runner.invoke(app, ["diff", OLD, "-", "-f", "json"], input=new.read(), env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["new"] == "-" and any(f["status"] == "changed" for f in data["figures"])
