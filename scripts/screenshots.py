"""Write docs/screenshots/report.png and docs/screenshots/app.png (for the README).

Analyzes the example corpus (examples/, or the web test fixtures when it is
absent) with every registered analyzer that loads on this machine, writes the
HTML report, starts the web app on a free loopback port, and photographs both
with headless Chromium (/usr/bin/chromium; nothing is downloaded).

    python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def loadable_analyzers() -> list[str]:
    from slant.analyze.registry import REGISTRY, create

    names = []
    for name in sorted(REGISTRY):
        try:
            create(name)
        except Exception as exc:  # a model not shipped yet: photograph without that layer
            print(f"skipping analyzer {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        names.append(name)
    return names


def corpus_inputs() -> list[str]:
    examples = ROOT / "examples"
    if examples.is_dir() and any(examples.iterdir()):
        return [str(examples)]
    return [str(ROOT / "tests" / "fixtures" / "web")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("/usr/bin/chromium is missing: apt-get install chromium")

    import uvicorn
    from playwright.sync_api import sync_playwright

    from slant.api import analyze_paths
    from slant.config import RunConfig
    from slant.report import write_report
    from slant.server.app import create_app
    from slant.server.settings import Settings
    from slant.store.sqlite import CorpusStore

    names = loadable_analyzers()
    print(f"analyzers: {', '.join(names) or '(none)'}", file=sys.stderr)
    docs = analyze_paths(corpus_inputs(), analyzers=names, workers=1)
    ok = [d for d in docs if d.ok]
    if not ok:
        sys.exit("no document analyzed")
    # the richest document: a named outlet, a comment thread, many kinds of technique
    best = max(ok, key=lambda d: (d.outlet is not None, bool(d.comments),
                                  len({s.label for s in d.spans.get("techniques", [])}), len(d.actors), d.id))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.sqlite"
        with CorpusStore(db) as store:
            store.upsert_many(docs)
        report = write_report(db=db, output=Path(tmp) / "examples.html")
        app = create_app(Settings(db=db, run=RunConfig(analyzers=tuple(names))))
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
                page.goto(report.as_uri())
                page.screenshot(path=str(args.out / "report.png"))
                page.goto(f"http://127.0.0.1:{port}/documents/{best.id}")
                page.screenshot(path=str(args.out / "app.png"), full_page=False)
                page.set_viewport_size({"width": 1280, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/compare")
                page.screenshot(path=str(args.out / "compare.png"))
                browser.close()
        finally:
            server.should_exit = True
            thread.join(10)
    for name in ("report.png", "app.png", "compare.png"):
        print(args.out / name)


if __name__ == "__main__":
    main()
