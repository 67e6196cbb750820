"""--user-dict and --stopwords (and their env defaults): used by every worker; a bad file exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import SEED_000, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.core import Lexicon, use_lexicon


@pytest.fixture(autouse=True)
def _shipped_lexicon():
    # the CLI sets this process's lexicon; later tests must not inherit it
    yield
    use_lexicon(Lexicon())


def _keywords(result) -> list[list[str]]:
    assert result.exit_code == 0, result.stderr
    return [sec["keywords"] for sec in json.loads(result.stdout)["documents"][0]["sections"]]


def test_user_words_stay_whole_and_stop_words_leave_the_keywords(tmp_path: Path) -> None:
    (tmp_path / "user.txt").write_text("# 深圳的提法\n调查研究 20 n\n", encoding="utf-8")
    (tmp_path / "stop.txt").write_text("全市\n", encoding="utf-8")
    args = ["summarize", str(SEED_000), "-f", "json"]
    plain = _keywords(CliRunner().invoke(app, args))
    assert "全市" in plain[0] and {"研究", "调查"} <= set(plain[3]) and "调查研究" not in plain[3]
    ours = _keywords(
        CliRunner().invoke(
            app, [*args, "--user-dict", str(tmp_path / "user.txt"), "--stopwords", str(tmp_path / "stop.txt")]
        )
    )
    assert "调查研究" in ours[3] and "调查" not in ours[3] and "全市" not in ours[0]
    env = {"TIYAO_USER_DICT": str(tmp_path / "user.txt"), "TIYAO_STOPWORDS": str(tmp_path / "stop.txt")}
    assert _keywords(CliRunner().invoke(app, args, env=env)) == ours


def test_workers_use_the_same_words(tmp_path: Path) -> None:
    (tmp_path / "user.txt").write_text("调查研究 nz\n政务服务\n", encoding="utf-8")
    args = ["summarize", str(SEEDS), "-f", "jsonl", "--user-dict", str(tmp_path / "user.txt")]
    serial, pooled = (CliRunner().invoke(app, [*args, "--jobs", jobs]) for jobs in ("1", "2"))
    assert serial.exit_code == pooled.exit_code == 0
    assert serial.stdout == pooled.stdout and "调查研究" in serial.stdout


@pytest.mark.parametrize(
    "option,content,message",
    [
        ("--user-dict", "主题教育\n两个 结合 x1\n", "line 2: cannot read"),
        ("--user-dict", "主题教育 0\n", "line 1: frequency 0"),
        ("--user-dict", "\n\n“两个结合”\n", "line 3: '“两个结合”' holds a character"),
        ("--stopwords", "全市\n全 市\n", "line 2: '全 市' is not one word"),
        ("--stopwords", "全市\n", None),
    ],
)
def test_a_bad_file_is_one_line_with_its_line_number_and_exit_2(
    tmp_path: Path, option: str, content: str, message: str | None
) -> None:
    path = tmp_path / "words.txt"
    path.write_bytes(content.encode("utf-8") if message or option == "--user-dict" else b"\xff\xfe\xfa")
    for command in (["summarize", str(SEED_000)], ["check", str(SEED_000), "--min-sections", "1"]):
        result = CliRunner().invoke(app, [*command, option, str(path)])
        assert result.exit_code == 2 and result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"tiyao: {path}: line "), lines
        assert (message or "line 1: not UTF-8") in lines[0]


def test_a_missing_file_from_the_environment_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["summarize", str(SEED_000)], env={"TIYAO_USER_DICT": str(tmp_path / "no.txt")}
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("tiyao: user dictionary ") and "cannot read" in result.stderr
