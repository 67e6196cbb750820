"""`-f html` in a real browser: headless Chromium (Debian's `chromium`; `.ci/run` installs it).

For the seeds' page and a national report's page: the DOM Chromium builds holds every
sentence once, in order, with every key sentence in a <mark>; every in-page link has its
target; the page loads with networking off and asks the network for nothing; screenshots
at a desktop and a phone size are not blank. They are kept in build/screenshots/ for a
reviewer to look at. Skipped, with the reason, where there is no browser.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from headless import dangling_links, find_chromium, full_text_sentences, load, parse_page, screenshot, text_of
from support import ROOT, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.core import summarize_sources_with_text

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="no Chromium on PATH (bash .ci/run installs Debian's chromium with apt-get)",
)
SHOTS = ROOT / "build" / "screenshots"
PAGES = {
    "seeds": [str(SEEDS)],
    "national": [str(ROOT / "tests" / "data" / "reports" / "gwr_2015_national_wikisource.txt")],
}
SIZES = [(1280, 900), (390, 844)]
MARK_RGB = (0xFF, 0xE4, 0x8A)  # --mark in style.css (light scheme, which headless uses)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pages")
    made = {}
    for name, sources in PAGES.items():
        result = CliRunner().invoke(
            app, ["summarize", *sources, "-f", "html", "-o", str(out / f"{name}.html")]
        )
        assert result.exit_code == 0, result.stderr
        made[name] = out / f"{name}.html"
    return made


@pytest.mark.parametrize("name", list(PAGES))
def test_browser_dom_holds_the_report_with_its_key_sentences_marked(
    name: str, pages: dict[str, Path], tmp_path: Path
) -> None:
    loaded = load(pages[name], tmp_path)
    assert loaded.requests == (), "the page must not ask the network for anything"
    tree = parse_page(loaded.dom)
    batch = summarize_sources_with_text(PAGES[name])
    # Every sentence of every report exactly once, in order, as the browser holds it.
    expected = [s.text for report in batch.documents for s in report.text.sentences]
    assert [text_of(el) for el in full_text_sentences(tree)] == expected
    marks = [el for el in tree.iter("mark")]
    for k, report in enumerate(batch.documents):
        picks = {*report.summary.summary, *(p for sec in report.summary.sections for p in sec.summary)}
        for pick in picks:
            (mark,) = [m for m in marks if m.get("id") == f"r{k}-i{pick.index}"]
            assert text_of(mark) == pick.text and mark.get("title") == f"得分 {pick.score}"
    assert len(marks) == sum(
        len({p.index for p in r.summary.summary} | {p.index for s in r.summary.sections for p in s.summary})
        for r in batch.documents
    )
    outline = [a.get("href") for a in tree.iter("a") if a.get("href", "").startswith("#r")]
    assert len(outline) >= sum(len(r.summary.sections) for r in batch.documents)
    assert dangling_links(tree) == []


def test_the_request_check_sees_a_page_that_reaches_out(tmp_path: Path) -> None:
    # The check above could pass by seeing nothing: a page with remote parts must be caught.
    page = tmp_path / "remote.html"
    page.write_text(
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>'
        '<link rel="stylesheet" href="https://fonts.example.com/css"></head>'
        '<body><img src="http://img.example.com/x.png" alt="x"></body></html>',
        encoding="utf-8",
    )
    requests = load(page, tmp_path).requests
    assert "http://img.example.com/x.png" in requests
    assert "https://fonts.example.com/css" in requests


@pytest.mark.parametrize("size", SIZES, ids=["desktop", "phone"])
@pytest.mark.parametrize("name", list(PAGES))
def test_screenshots_are_not_blank(name: str, size: tuple[int, int], pages: dict[str, Path]) -> None:
    from PIL import Image, ImageStat

    SHOTS.mkdir(parents=True, exist_ok=True)
    png = screenshot(pages[name], SHOTS / f"{name}-{size[0]}x{size[1]}.png", *size)
    with Image.open(png) as image:
        rgb = image.convert("RGB")
    assert rgb.size == size
    # Text on a background: many colours (anti-aliased strokes) and real contrast.
    assert len(rgb.getcolors(maxcolors=1 << 20) or []) > 50
    assert max(ImageStat.Stat(rgb.convert("L")).stddev) > 10
    if name == "seeds" and size == SIZES[0]:
        # The opening key sentences are highlighted above the fold.
        highlighted = sum(n for n, colour in rgb.getcolors(maxcolors=1 << 20) if colour == MARK_RGB)
        assert highlighted > 1000


def test_diff_page_loads_offline_and_shows_its_changes(tmp_path: Path) -> None:
    from PIL import Image, ImageStat

    reports = ROOT / "tests" / "data" / "reports"
    page = tmp_path / "diff.html"
    args = ["diff", str(reports / "gwr_2019_national_wikisource.txt"), str(reports / "gwr_2020_national.txt")]
    assert CliRunner().invoke(app, [*args, "-f", "html", "-o", str(page)]).exit_code == 0
    loaded = load(page, tmp_path)
    assert loaded.requests == ()
    tree = parse_page(loaded.dom)
    assert dangling_links(tree) == [] and tree.find(".//ins") is not None and tree.find(".//del") is not None
    SHOTS.mkdir(parents=True, exist_ok=True)
    png = screenshot(page, SHOTS / "diff-1280x900.png", *SIZES[0])
    with Image.open(png) as image:
        assert max(ImageStat.Stat(image.convert("L")).stddev) > 10
