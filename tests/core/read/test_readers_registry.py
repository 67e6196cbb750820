"""Picking a reader by suffix or --input-format, missing extras, and mixed-format batches."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support import SEED_000, SEED_002, build_docx, build_html, build_pdf
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.core import READERS
from tiyao.core.errors import MissingExtraError
from tiyao.core.read.readers import SUFFIX_FORMATS, format_for, read_document
from tiyao.core.read.sources import expand_paths

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


def test_suffixes_pick_readers_and_the_option_overrides() -> None:
    assert set(SUFFIX_FORMATS.values()) == set(READERS)
    assert [format_for(p) for p in ("a.TXT", "b.md", "c.docx", "d.htm", "e.HTML", "f.pdf", "-", "g.log")] == [
        "txt", "md", "docx", "html", "html", "pdf", "txt", "txt",
    ]  # fmt: skip
    assert format_for("report.txt", "pdf") == "pdf"


@pytest.mark.parametrize(
    ("module", "source", "command"),
    [
        ("docx", "r.docx", 'pip install "tiyao[docx]"'),
        ("lxml.html", "r.html", 'pip install "tiyao[html]"'),
        ("pypdf", "r.pdf", 'pip install "tiyao[pdf]"'),
    ],
)
def test_missing_extra_names_the_install_command(
    module: str, source: str, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail as if not installed
    with pytest.raises(MissingExtraError) as info:
        read_document(b"anything", source)
    assert str(info.value).endswith(command) and "\n" not in str(info.value)


def test_missing_extra_through_the_cli_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.7")
    monkeypatch.setitem(sys.modules, "pypdf", None)
    result = runner.invoke(app, ["summarize", str(report)], env=ENV)
    assert result.exit_code == 1
    message = 'reading .pdf files needs the pdf extra; install it with: pip install "tiyao[pdf]"'
    assert result.stderr == f"tiyao: {report}: {message}\n"


def _mixed_directory(root: Path) -> Path:
    text = SEED_002.read_text(encoding="utf-8")
    (root / "a_seed.txt").write_text(SEED_000.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "b_report.docx").write_bytes(build_docx(text))
    (root / "c_page.html").write_bytes(build_html(text, charset="gbk"))
    (root / "d_report.pdf").write_bytes(build_pdf(text))
    (root / "e_broken.docx").write_bytes(b"PK\x03\x04 cut short")
    (root / "f_broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    (root / "notes.json").write_text("{}", encoding="utf-8")
    return root


def test_directory_batch_reads_every_format_and_bad_files_do_not_stop_it(tmp_path: Path) -> None:
    root = _mixed_directory(tmp_path)
    assert [Path(p).name for p in expand_paths([str(root)])] == [
        "a_seed.txt", "b_report.docx", "c_page.html", "d_report.pdf", "e_broken.docx", "f_broken.pdf",
    ]  # fmt: skip
    result = runner.invoke(app, ["summarize", str(root), "-f", "json", "-n", "1"], env=ENV)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    docs = {Path(d["source"]).name: d for d in data["documents"]}
    assert list(docs) == ["a_seed.txt", "b_report.docx", "c_page.html", "d_report.pdf"]
    # The same report in three formats gives the same picks.
    picks = {name: [p["text"] for p in d["summary"]] for name, d in docs.items()}
    assert picks["b_report.docx"] == picks["c_page.html"] == picks["d_report.pdf"]
    assert [Path(e["source"]).name for e in data["errors"]] == ["e_broken.docx", "f_broken.pdf"]
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and "Traceback" not in result.stderr
    assert "not a readable .docx" in lines[0] and "not a readable PDF" in lines[1]


def test_input_format_reads_stdin_as_docx() -> None:
    data = build_docx(SEED_002.read_text(encoding="utf-8"))
    result = runner.invoke(
        app, ["summarize", "-", "--input-format", "docx", "-f", "json"], input=data, env=ENV
    )
    assert result.exit_code == 0, result.stderr
    sections = json.loads(result.stdout)["documents"][0]["sections"]
    assert sections[1]["title"] == "聚焦重大项目 推动重点工作任务落地落实"


def test_unknown_input_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["summarize", str(SEED_000), "--input-format", "rtf"], env=ENV)
    assert result.exit_code == 2 and "--input-format" in result.stderr


def test_reading_text_does_not_import_the_format_libraries() -> None:
    # The CLI and the text readers alone (no summarizing: jieba would only slow the test down).
    code = (
        "import sys\n"
        "import tiyao.cli.main\n"
        "from tiyao.core.read.readers import parse_read_document, read_document\n"
        f"data = open({str(SEED_000)!r}, 'rb').read()\n"
        "for name in ('report.txt', 'report.md'):\n"
        "    assert parse_read_document(read_document(data, name)).sections\n"
        "print(sorted(m for m in ('docx', 'lxml', 'pypdf') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
