"""Headless Chromium for the -f html tests and the README screenshot.

Debian's `chromium`, run as CI runs it (root, no display). The flags are those that work on
this machine: --no-sandbox because root cannot use Chromium's sandbox; the --disable-*
flags stop the browser's own calls home (update checks, sync), which a closed network
refuses and which would clutter the net log; the host-resolver rule makes every host
name fail to resolve, so the page is loaded with networking off.

As a script it writes a screenshot (the command in the README):
    python tests/headless.py PAGE.html OUT.png 1280x900
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
TIMEOUT = 120  # seconds for one browser run; a page takes ~3 s here


def find_chromium() -> str | None:
    """The Chromium binary on PATH, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


@dataclass(frozen=True)
class Load:
    """One offline load of a page: its DOM after load, and what it asked the network for."""

    dom: str
    requests: tuple[str, ...]


def _run(page: Path, *args: str) -> str:
    binary = find_chromium()
    if binary is None:
        raise RuntimeError("no chromium on PATH")
    with tempfile.TemporaryDirectory(prefix="tiyao-chromium-") as profile:
        command = [binary, *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def page_requests(net_log: Path) -> tuple[str, ...]:
    """The URLs a file:// page asked the network for, read from Chromium's net log.

    The browser's own requests run in other network partitions; the page's sub-resources
    (images, fonts, styles, scripts, prefetches) run in the `file://` one with a `null`
    initiator (a file page's origin is opaque).
    """
    log = json.loads(net_log.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params", {})
        if event["type"] != start or "url" not in params:
            continue
        page_owned = str(params.get("network_isolation_key", "")).startswith("file://")
        if page_owned or params.get("initiator") == "null":
            urls.append(params["url"])
    return tuple(urls)


def load(page: Path, work: Path) -> Load:
    """Load `page` with networking off; its DOM (`--dump-dom`) and the requests it made."""
    net_log = work / f"{page.stem}.netlog.json"
    dom = _run(page, "--dump-dom", f"--log-net-log={net_log}")
    return Load(dom, page_requests(net_log))


def screenshot(page: Path, png: Path, width: int, height: int, *, colours: int | None = None) -> Path:
    """A PNG of the first `width`×`height` CSS pixels of `page`; `colours` shrinks it to a palette."""
    _run(page, f"--window-size={width},{height}", f"--screenshot={png.resolve()}")
    if colours:
        from PIL import Image

        with Image.open(png) as image:
            small = image.convert("RGB").quantize(colours)
        small.save(png, optimize=True)
    return png


def parse_page(html: str) -> Any:
    """The page as an ElementTree (no namespaces); raises on any HTML5 parse error."""
    import html5lib

    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(html)


def text_of(element: Any) -> str:
    return "".join(element.itertext())


def full_text_sentences(tree: Any) -> list[Any]:
    """The sentence elements of the full text (`<span class="s">`, `<mark class="s">`), in order."""
    return [el for el in tree.iter() if el.tag in ("span", "mark") and "s" in el.get("class", "").split()]


def dangling_links(tree: Any) -> list[str]:
    """In-page links (`href="#id"`) whose id is not on the page."""
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    hrefs = [el.get("href", "") for el in tree.iter("a")]
    return [href for href in hrefs if href.startswith("#") and href[1:] not in ids]


def main(argv: list[str]) -> int:
    page, png, size = Path(argv[0]), Path(argv[1]), argv[2] if len(argv) > 2 else "1280x900"
    width, height = (int(n) for n in size.split("x"))
    # 64 colours keep CJK strokes and the highlight crisp at a third of the bytes.
    print(screenshot(page, png, width, height, colours=64))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
