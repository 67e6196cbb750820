"""Arbitrary bytes and texts through the whole CLI path: every run ends with exit 0 or a
documented code and, on failure, one line on stderr; never a traceback.

TIYAO_FUZZ_EXAMPLES sets the examples per test (default 1,000 each: 2,000 in CI).
"""

from __future__ import annotations

import json
import os
from unittest import mock

import typer.main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import SEED_002
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.cli.status import ExitStatus

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
EXAMPLES = int(os.environ.get("TIYAO_FUZZ_EXAMPLES", "1000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,  # a CI failure must reproduce
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEED = SEED_002.read_text(encoding="utf-8")
REPORT_PIECES = st.sampled_from(
    sorted(set(SEED)) + ["\r", "\x00", "\ufeff", "\u3000", "\n# ", "\n一、", "\n（一）"]
)


# CliRunner rebuilds the Click command from the Typer app on every call (~30 ms); build it once.
COMMAND = typer.main.get_command(app)


def check(data: bytes) -> None:
    with mock.patch("typer.testing._get_command", lambda _app: COMMAND):
        result = runner.invoke(app, ["summarize", "-", "-f", "json"], input=data, env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    if result.exit_code == ExitStatus.SUCCESS:
        (doc,) = json.loads(result.stdout)["documents"]
        assert doc["summary"] and result.stderr == ""
    else:
        assert result.exit_code == ExitStatus.ERROR, (result.exit_code, result.stderr)
        assert result.stderr.startswith("tiyao: -: ") and result.stderr.count("\n") == 1


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=300),
        st.builds(
            lambda head, tail: head + SEED.encode("gb18030")[:200] + tail,
            st.binary(max_size=20),
            st.binary(max_size=20),
        ),
    )
)
def test_arbitrary_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(
    st.one_of(st.text(max_size=300), st.lists(REPORT_PIECES, max_size=300).map("".join)),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]),
)
def test_arbitrary_texts(text: str, encoding: str) -> None:
    check(text.encode(encoding, errors="replace"))
