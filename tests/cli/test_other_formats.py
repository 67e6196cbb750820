"""`outline`, `split` and `eval` in every format: the same records as their JSON, shaped per format."""

from __future__ import annotations

import csv
import io
import json

import pytest
from support import SEED_002, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.cli.options import Format

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args), env=ENV)
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def outline_json() -> dict:  # type: ignore[type-arg]
    return json.loads(_run("outline", str(SEEDS), "-f", "json"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def split_json() -> dict:  # type: ignore[type-arg]
    return json.loads(_run("split", str(SEEDS), "-f", "json"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("fmt", list(Format))
def test_outline_formats(fmt: Format, outline_json: dict) -> None:  # type: ignore[type-arg]
    out = _run("outline", str(SEEDS), "-f", fmt.value)
    sections = [(d["source"], s) for d in outline_json["documents"] for s in d["sections"]]
    titles = [s["title"] for _, s in sections if s["title"]]
    if fmt is Format.csv:
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["source"], r["title"], int(r["line"])) for r in rows] == [
            (src, s["title"] or "", s["line"]) for src, s in sections
        ]
    elif fmt is Format.markdown:
        assert out.count("\n# `") + out.startswith("# `") == len(outline_json["documents"])
        assert [line.lstrip()[2:].rsplit(" (line", 1)[0] for line in out.splitlines() if "(line" in line] == [
            s["title"] or f"({s['kind']})" for _, s in sections
        ]
    elif fmt is Format.text:
        assert [line.strip() for line in out.splitlines() if line.startswith("  ")] == [
            s["title"] or f"({s['kind']})" for _, s in sections
        ]
    elif fmt is Format.jsonl:
        assert [json.loads(line) for line in out.splitlines()] == outline_json["documents"]
    elif fmt is Format.json:
        assert json.loads(out) == outline_json
    else:
        assert titles[0][:6] in out


@pytest.mark.parametrize("fmt", [Format.csv, Format.markdown, Format.text])
def test_split_formats(fmt: Format, split_json: dict) -> None:  # type: ignore[type-arg]
    out = _run("split", str(SEEDS), "-f", fmt.value)
    segments = split_json["segments"]
    if fmt is Format.csv:
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["source"], int(r["section"]), r["kind"], r["text"]) for r in rows] == [
            (s["source"], s["section"], s["kind"], s["text"]) for s in segments
        ]
    elif fmt is Format.text:
        assert out.splitlines() == [s["text"] for s in segments]
    else:
        headings = [line[3:] for line in out.splitlines() if line.startswith("## ")]
        assert len(headings) == sum(1 for s in segments if s["kind"] == "heading")
        assert sum(1 for line in out.splitlines() if line.startswith("- ")) == sum(
            1 for s in segments if s["kind"] == "sentence"
        )


def test_outline_output_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "outline.csv"
    assert _run("outline", str(SEEDS), "-f", "csv", "-o", str(target)) == ""
    assert target.read_text(encoding="utf-8").startswith("source,level,line,kind,title,sentences,chars\n")


@pytest.fixture(scope="module")
def refs(tmp_path_factory: pytest.TempPathFactory) -> str:
    # A short text: the eval baselines are slow on long ones.
    text = "\n".join(SEED_002.read_text(encoding="utf-8").split("\n")[:6])
    path = tmp_path_factory.mktemp("eval") / "refs.jsonl"
    line = json.dumps({"text": text, "summary": text[:80]}, ensure_ascii=False)
    path.write_text(line + "\n", encoding="utf-8")
    return str(path)


def test_eval_formats(refs: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    systems = json.loads(_run("eval", refs, "-b", "lead", "-f", "json"))["systems"]
    names = [s["system"] for s in systems]
    assert names == ["tiyao", "lead-3"]
    rows = list(csv.DictReader(io.StringIO(_run("eval", refs, "-b", "lead", "-f", "csv"))))
    assert [(r["system"], float(r["rouge1"])) for r in rows] == [(s["system"], s["rouge1"]) for s in systems]
    jsonl = _run("eval", refs, "-b", "lead", "-f", "jsonl")
    assert [json.loads(line) for line in jsonl.splitlines()] == systems
    text = _run("eval", refs, "-b", "lead", "-f", "text")
    assert [line.split()[0] for line in text.splitlines()] == names
    markdown = _run("eval", refs, "-b", "lead", "-f", "markdown")
    assert markdown.startswith("## `")
    assert sum(line.startswith("|") for line in markdown.splitlines()) == 2 + len(names)
    assert "lead-3" in _run("eval", refs, "-b", "lead")
    target = tmp_path / "eval.csv"
    assert _run("eval", refs, "-b", "lead", "-f", "csv", "-o", str(target)) == ""
    assert target.read_text(encoding="utf-8").startswith("system,rouge1,rouge2,rougeL,chars\n")
