"""Screenshots of the built site for the README, taken with Debian's chromium.

The digest (index: what changed, then the latest positions) and the seed article
(its header, its note that it is a made-up example, legend and highlighted text),
each 1280 × 1400 pixels.

Usage: .venv/bin/python scripts/screenshot.py [SITE] [OUT_DIR]
Needs `apt-get install chromium` and `pip install playwright` (never
`playwright install`: the system chromium is used).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main(site: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    index = (site / "index.html").resolve()
    # the seed is an example: no position of the digest links to it
    article = next(
        (
            page.resolve()
            for page in sorted((site / "articles").glob("*.html"))
            if 'class="example-note"' in page.read_text(encoding="utf-8")
        ),
        None,
    )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        page.goto(index.as_uri())
        page.screenshot(path=str(out / "digest.png"))
        if article is not None:
            page.goto(article.as_uri())
            page.screenshot(path=str(out / "article.png"))
        browser.close()
    print(
        f"wrote {out / 'digest.png'}"
        + (f" and {out / 'article.png'}" if article else "")
    )
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    site = Path(args[0]) if args else Path("site")
    out = Path(args[1]) if len(args) > 1 else Path("docs/img")
    raise SystemExit(main(site, out))
