"""A property: a batch mixing good reports with hostile files loses nothing and sinks nothing.

For any mix of good reports (plain, with a file name that is not UTF-8, an HTML page whose
`<meta charset>` lies) and bad files (empty, binary, missing, a FIFO, a link to a device,
a .docx zip bomb, a bad file with an undecodable name), every good report is in the
output exactly once and in order, every bad one is exactly one `tiyao: SOURCE: …` line,
the exit code is 1 when anything was bad, and nothing is a traceback.
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import SEED_000, SEED_002
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.core import source_label

runner = CliRunner()
EXAMPLES = int(os.environ.get("TIYAO_HOSTILE_EXAMPLES", "12"))
SEED = SEED_000.read_text(encoding="utf-8")
PAGE = "<html><head><meta charset='gb2312'></head><body>{}</body></html>".format(
    "".join(f"<p>{line}</p>" for line in SEED_002.read_text(encoding="utf-8").splitlines())
).encode("utf-8")  # declared gb2312, written in UTF-8


@pytest.fixture(scope="module")
def bomb() -> Iterator[Path]:
    """A .docx of ~300 KB that declares 257 MB once inflated."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bomb.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            with archive.open("word/document.xml", "w", force_zip64=True) as member:
                for _ in range(257):
                    member.write(b" " * 2**20)
        yield path


def _make(kind: str, folder: Path, k: int, bomb: Path) -> str:
    """Create one input of `kind` in `folder`; return the path to pass on the command line."""
    name = folder / f"{k:02d}_{kind}.txt"
    makers: dict[str, Callable[[], None]] = {
        "good": lambda: name.write_text(SEED, encoding="utf-8"),
        "good_odd_name": lambda: None,
        "lying_html": lambda: name.with_suffix(".html").write_bytes(PAGE),
        "empty": lambda: name.write_bytes(b""),
        "binary": lambda: name.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
        "missing": lambda: None,
        "fifo": lambda: os.mkfifo(name),
        "device": lambda: name.symlink_to(os.devnull),
        "bomb": lambda: name.with_suffix(".docx").write_bytes(bomb.read_bytes()),
        "bad_odd_name": lambda: None,
    }
    makers[kind]()
    if kind.endswith("odd_name"):
        odd = os.path.join(os.fsencode(folder), f"{k:02d}_".encode() + b"\xff\xfe.txt")
        with open(odd, "wb") as file:
            file.write(SEED.encode() if kind.startswith("good") else b"\x00\x01\x02" * 100)
        return os.fsdecode(odd)
    if kind == "lying_html":
        return str(name.with_suffix(".html"))
    if kind == "bomb":
        return str(name.with_suffix(".docx"))
    return str(name)


GOOD = ("good", "good_odd_name", "lying_html")
BAD = ("empty", "binary", "missing", "fifo", "device", "bomb", "bad_odd_name")


def _alarm(signum: int, frame: object) -> None:
    raise TimeoutError("tiyao hung on a hostile input")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,  # a CI failure must reproduce
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(kinds=st.lists(st.sampled_from(GOOD + BAD), min_size=1, max_size=6))
def test_good_reports_survive_any_mix_of_hostile_files(kinds: list[str], bomb: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = [_make(kind, Path(tmp), k, bomb) for k, kind in enumerate(kinds)]
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(120)  # a FIFO that is opened for reading would block forever
        try:
            result = runner.invoke(app, ["summarize", *paths, "-f", "jsonl"], env={"NO_COLOR": "1"})
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    good = [source_label(p) for p, kind in zip(paths, kinds, strict=True) if kind in GOOD]
    bad = [source_label(p) for p, kind in zip(paths, kinds, strict=True) if kind in BAD]
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == good
    errors = result.stderr.splitlines()
    assert [line.split(": ", 2)[1] for line in errors] == bad
    assert all(line.startswith("tiyao: ") and "Traceback" not in line for line in errors)
    assert result.exit_code == (1 if bad else 0)
