from __future__ import annotations

import json
import subprocess
import sys

from support import SEED_000, SEED_002, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.core import VERSION

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


def test_json_follows_the_contract() -> None:
    result = runner.invoke(app, ["summarize", str(SEEDS), "-f", "json"], env=ENV)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["tiyao"] == VERSION and data["errors"] == []
    assert [d["source"] for d in data["documents"]] == [str(SEED_000), str(SEED_002)]
    doc = data["documents"][0]
    assert set(doc) >= {"source", "title", "chars", "summary", "sections"}
    assert doc["chars"] == len(SEED_000.read_text(encoding="utf-8"))
    assert set(doc["summary"][0]) >= {"text", "section", "score"}
    sec = doc["sections"][1]
    assert set(sec) >= {"title", "level", "line", "theme", "keywords", "sentences", "summary"}
    assert (sec["title"], sec["level"], sec["line"]) == ("深刻领悟“两个结合”：抓理论学习", 1, 2)
    assert len(sec["summary"]) == 2 and set(sec["summary"][0]) >= {"text", "score"}


def test_jsonl_is_one_document_per_line() -> None:
    result = runner.invoke(app, ["summarize", str(SEEDS), "-f", "jsonl", "-n", "1"], env=ENV)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"] for line in lines] == [str(SEED_000), str(SEED_002)]
    assert all(len(s["summary"]) <= 1 for line in lines for s in json.loads(line)["sections"])


def test_table_folds_cjk_text_instead_of_cutting_it() -> None:
    result = runner.invoke(app, ["summarize", str(SEED_002)], env={**ENV, "COLUMNS": "60"})
    assert result.exit_code == 0
    assert "…" not in result.stdout.replace("……", "")
    assert "聚焦重大项目" in result.stdout
    assert "\x1b[" not in result.stdout


def test_stdin_is_read_for_dash() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    result = runner.invoke(app, ["summarize", "-", "-f", "json"], input=text.encode("utf-8"), env=ENV)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["source"] == "-" and len(doc["sections"]) == 4


def test_missing_file_is_one_line_on_stderr_and_exit_1() -> None:
    result = runner.invoke(app, ["summarize", "no/such/report.txt"], env=ENV)
    assert result.exit_code == 1
    assert result.stderr == "tiyao: no/such/report.txt: no such file\n"
    assert result.stdout == ""


def test_bad_file_does_not_stop_the_batch(tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["summarize", str(empty), str(SEED_002), "-f", "json"], env=ENV)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [d["source"] for d in data["documents"]] == [str(SEED_002)]
    assert data["errors"] == [{"source": str(empty), "error": data["errors"][0]["error"]}]
    assert "empty" in data["errors"][0]["error"]
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_sentences_below_one_is_a_usage_error() -> None:
    result = runner.invoke(app, ["summarize", str(SEED_000), "-n", "0"], env=ENV)
    assert result.exit_code == 2
    assert "--sentences" in result.stderr


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.stdout == f"tiyao {VERSION}\n"


def test_help_does_not_import_nlp_libraries() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from tiyao.cli.main import app\n"
        "r = CliRunner().invoke(app, ['summarize', '--help'])\n"
        "assert r.exit_code == 0 and 'Example' in r.stdout, r.stdout\n"
        "print(sorted(m for m in ('jieba', 'snownlp', 'numpy', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_summary_run_imports_neither_snownlp_nor_jieba() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from tiyao.cli.main import app\n"
        f"r = CliRunner().invoke(app, ['summarize', {str(SEED_000)!r}, '-f', 'json'])\n"
        "assert r.exit_code == 0\n"
        "print('rjieba' in sys.modules, 'jieba' in sys.modules, 'snownlp' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    # rjieba serves: jieba's dictionary is never loaded in Python
    assert out.strip() == "True False False"


def test_python_dash_m_runs_the_cli() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tiyao.cli", "--version"], capture_output=True, text=True, check=True
    )
    assert proc.stdout == f"tiyao {VERSION}\n"
