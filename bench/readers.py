"""Benchmark and comparison for the format readers (issue 7); run on demand, not in the test suite.

    python bench/readers.py            # time and peak RSS: 1-page and 200-page .pdf/.docx vs .txt
    python bench/readers.py --compare  # sections and picks of each seed as .txt/.docx/.html/.pdf

Each figure is the median of --runs child processes; the floor is the same text
as a .txt file in the same run, so the ratios say what the format costs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support import SEED_000, SEED_002, build_docx, build_html, build_pdf  # noqa: E402  # noqa: E402

# The child reports its own peak RSS: VmHWM belongs to the process image, which exec
# replaces, whereas ru_maxrss from wait4 would include the fork of this (larger) parent.
CHILD = (
    "import sys\n"
    "step, path = sys.argv[1], sys.argv[2]\n"
    "if step == 'read':\n"
    "    from tiyao.core.read.readers import parse_read_document, read_document\n"
    "    parse_read_document(read_document(open(path, 'rb').read(), path))\n"
    "else:\n"
    "    from tiyao.cli.main import app\n"
    "    try:\n"
    "        app(['summarize', '-f', 'json', path])\n"
    "    except SystemExit as exc:\n"
    "        assert not exc.code, exc.code\n"
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
    "sys.stderr.write(hwm.split()[1] + '\\n')\n"
)


def _measure(step: str, path: Path, runs: int) -> tuple[float, float]:
    """Median wall seconds and median peak RSS (MiB) of one child process doing `step` on `path`."""
    times, rss = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, step, str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
        )
        times.append(time.perf_counter() - start)
        rss.append(int(proc.stderr.split()[-1]) / 1024)  # VmHWM is in kB
    return statistics.median(times), statistics.median(rss)


def _pages(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def bench(runs: int) -> None:
    text = SEED_000.read_text(encoding="utf-8") + "\n" + SEED_002.read_text(encoding="utf-8")
    per_copy = _pages(build_pdf("\n".join([text] * 10))) / 10  # a single copy's last page is partly empty
    sizes = {"1-page": None, "200-page": int(-(-200 // per_copy))}
    with tempfile.TemporaryDirectory() as tmp:
        print(f"python {sys.version.split()[0]}, median of {runs} runs; floor = the same text as .txt")
        header = ("document", "step", "fmt", "pages", "seconds", "x floor", "MiB", "x floor")
        print("{:<10} {:<10} {:<5} {:>5} {:>8} {:>8} {:>7} {:>8}".format(*header))
        for label, copies in sizes.items():
            # One page: the front paragraph and the first heading with its sub-title.
            body = "\n".join(text.split("\n")[:3]) if copies is None else "\n".join([text] * copies)
            pdf = build_pdf(body)
            files = {"txt": body.encode("utf-8"), "docx": build_docx(body), "pdf": pdf}
            paths = {}
            for fmt, data in files.items():
                paths[fmt] = Path(tmp) / f"{label}.{fmt}"
                paths[fmt].write_bytes(data)
            for step in ("read", "summarize"):
                floor_t, floor_m = _measure(step, paths["txt"], runs)
                for fmt in files:
                    t, m = (floor_t, floor_m) if fmt == "txt" else _measure(step, paths[fmt], runs)
                    print(
                        f"{label:<10} {step:<10} {fmt:<5} {_pages(pdf):>5} {t:>8.2f} {t / floor_t:>8.2f}"
                        f" {m:>7.1f} {m / floor_m:>8.2f}"
                    )


def compare() -> None:
    from tiyao.core import SummaryOptions, summarize_source
    from tiyao.core.read.readers import parse_read_document, read_document

    with tempfile.TemporaryDirectory() as tmp:
        for seed in (SEED_000, SEED_002):
            text = seed.read_text(encoding="utf-8")
            variants = {
                "txt": seed,
                "docx": build_docx(text),
                "html": build_html(text, charset="gbk"),
                "pdf": build_pdf(text),
            }
            results = {}
            for fmt, data in variants.items():
                path = data if isinstance(data, Path) else Path(tmp) / f"{seed.stem}.{fmt}"
                if not isinstance(data, Path):
                    path.write_bytes(data)
                parsed = parse_read_document(read_document(path.read_bytes(), str(path)))
                summary = summarize_source(str(path), SummaryOptions(sentences=1))
                results[fmt] = (
                    [(s.title, s.level, len(s.sentences)) for s in parsed.sections],
                    [p.text[:24] for p in summary.summary],  # type: ignore[union-attr]
                    [[p.text[:24] for p in s.summary] for s in summary.sections],  # type: ignore[union-attr]
                )
            print(f"== {seed.name}")
            base = results["txt"]
            for k, (sec_title, level, count) in enumerate(base[0]):
                print(f"  section {k}: level {level}, {count} sentences, title {sec_title!r}")
                print(f"     pick: {base[2][k]}")
            print(f"  whole-report picks: {base[1]}")
            for fmt in ("docx", "html", "pdf"):
                same = [
                    name
                    for name, a, b in zip(
                        ("sections", "report picks", "section picks"), base, results[fmt], strict=True
                    )
                    if a == b
                ]
                print(f"  {fmt:<5} vs txt: identical {', '.join(same) or 'nothing'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", action="store_true", help="print the txt/docx/html/pdf comparison")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    compare() if args.compare else bench(args.runs)


if __name__ == "__main__":
    main()
