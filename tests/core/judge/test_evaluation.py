"""`tiyao eval`: reference pairs in, char-ROUGE of tiyao and baselines out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import SEED_002
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.core import (
    Baseline,
    Budget,
    InputError,
    Split,
    SummaryOptions,
    evaluate,
    fit_budget,
    parse_document,
    read_pairs,
)

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


def _pairs_file(tmp_path: Path) -> Path:
    # The first lines of a seed: snownlp is quadratic, and a short text keeps the test quick.
    text = "\n".join(SEED_002.read_text(encoding="utf-8").split("\n")[:6])
    lead = "".join(s.text for s in parse_document(text).sentences[:3])
    points = "龙岗经济发展稳中向好｜群众满意度超99.3%"
    rows = [{"text": text, "summary": lead}, {"text": text, "summary": points}]
    path = tmp_path / "refs.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_lead_baseline_scores_100_against_its_own_sentences(tmp_path: Path) -> None:
    pairs = read_pairs(_pairs_file(tmp_path).read_text(encoding="utf-8"), Split.even)
    assert [p.line for p in pairs] == [1]
    report = evaluate(pairs, SummaryOptions(sentences=3), [Baseline.lead])
    assert [s.system for s in report.systems] == ["tiyao", "lead-3"]
    lead = report.systems[1]
    assert (lead.rouge1, lead.rouge2, lead.rougeL) == (100.0, 100.0, 100.0)
    assert 0 < report.systems[0].rouge1 <= 100


def test_eval_json_lists_every_system(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(_pairs_file(tmp_path)), "-b", "all", "-f", "json"], env=ENV)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["pairs"], data["sentences"], data["split"]) == (2, 3, "all")
    assert [s["system"] for s in data["systems"]] == ["tiyao", "lead-3", "snownlp"]
    assert all(0 <= s[k] <= 100 for s in data["systems"] for k in ("rouge1", "rouge2", "rougeL"))


def test_eval_table_and_budget(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(_pairs_file(tmp_path)), "--max-chars", "80"], env=ENV)
    assert result.exit_code == 0, result.stderr
    assert "ROUGE-1" in result.stdout and "tiyao" in result.stdout and "≤80 chars" in result.stdout


def test_bad_reference_file_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "summary": "y"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad)], env=ENV)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"tiyao: {bad}: line 2: not JSON")
    assert result.stdout == ""
    gone = tmp_path / "missing.jsonl"
    missing = runner.invoke(app, ["eval", str(gone)], env=ENV)
    assert (missing.exit_code, missing.stderr.strip()) == (1, f"tiyao: {gone}: no such file")
    with pytest.raises(InputError, match="line 1"):
        read_pairs('{"text": 1}')


def test_tiyao_beats_lead_on_held_out_dev_half(shared_data: Path) -> None:
    # Weights were tuned on the even lines; the odd lines are the held-out half.
    pairs = read_pairs((shared_data / "dev.jsonl").read_text(encoding="utf-8"), Split.odd)
    tiyao, lead = evaluate(pairs, SummaryOptions(sentences=3), [Baseline.lead]).systems
    assert tiyao.rouge1 > lead.rouge1 and tiyao.rouge2 > lead.rouge2 and tiyao.rougeL > lead.rougeL


def test_fit_budget_keeps_whole_sentences_in_rank_order_within_the_characters() -> None:
    lengths = [30, 50, 20, 40]
    # Best first; 50 would overflow 70 after 30, so it is passed over for 20.
    assert fit_budget([0, 1, 2, 3], lengths, 10, 70) == [0, 2]
    assert fit_budget([3, 1, 0, 2], lengths, 2, None) == [1, 3]
    assert fit_budget([1], lengths, 5, 10) == []


def test_reference_budget_holds_every_system_to_the_reference_length(tmp_path: Path) -> None:
    pairs = read_pairs(_pairs_file(tmp_path).read_text(encoding="utf-8"))
    report = evaluate(pairs, SummaryOptions(sentences=1), [Baseline.lead], budget=Budget.reference)
    assert report.budget == "reference" and [s.system for s in report.systems] == ["tiyao", "lead"]
    limit = sum(len(p.summary) for p in pairs) / len(pairs)
    assert all(0 < s.chars <= limit for s in report.systems)
    # The first pair's reference is its own first three sentences: LEAD fills it exactly.
    assert (
        evaluate(pairs[:1], SummaryOptions(), [Baseline.lead], budget=Budget.reference).systems[1].rouge1
        == 100
    )


def test_eval_budget_reference_from_the_cli(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    pairs = read_pairs(_pairs_file(tmp_path).read_text(encoding="utf-8"))
    evaluate(pairs, SummaryOptions(), [Baseline.lead], progress=lambda *a: calls.append(a))
    assert calls[-1] == (4, 4, "lead") and [c[0] for c in calls] == [1, 2, 3, 4]
    result = runner.invoke(app, ["eval", str(_pairs_file(tmp_path)), "--budget", "reference"], env=ENV)
    assert result.exit_code == 0, result.stderr
    assert "reference length" in result.stdout and result.stderr == ""
