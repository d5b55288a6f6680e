"""The web app and the report in a real headless Chromium (Debian's /usr/bin/chromium).

A real uvicorn server runs on a free loopback port in a background thread, with
the fake analyzer, so highlights and toxicity chips exist without models. The
hostile page carries <script>, <img onerror> and javascript: payloads that would
set window.pwned or open a dialog; the tests assert neither happens.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

import web_fakes
from slant.config import RunConfig
from slant.document import Comment, Document, Span

CHROMIUM = Path("/usr/bin/chromium")
FIXTURES = Path(__file__).parent / "fixtures" / "web"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
PAYLOAD = "window.pwned=1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    import uvicorn

    from slant.server.app import create_app
    from slant.server.settings import Settings

    with pytest.MonkeyPatch.context() as mp:
        names = web_fakes.register(mp)
        app = create_app(Settings(run=RunConfig(analyzers=tuple(names))))
        port = free_port()
        srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
        thread = threading.Thread(target=srv.run, daemon=True)
        thread.start()
        deadline = time.time() + 30
        while not srv.started and time.time() < deadline:
            time.sleep(0.05)
        assert srv.started, "server did not start"
        yield app, f"http://127.0.0.1:{port}"
        srv.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def assert_inert(page) -> None:
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.dialogs == []
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
    assert page.eval_on_selector_all("img", "els => els.length") == 0


def test_analyze_through_the_ui(server, page) -> None:
    _, base = server
    page.goto(base + "/")
    page.check("input[name=mode][value=html]")
    page.fill("#content", (FIXTURES / "article.html").read_text(encoding="utf-8"))
    page.click("#analyze-button")
    page.wait_for_url("**/documents/*")
    assert page.locator("h1.doc-title").inner_text().startswith("Harbour city braces")
    segs = page.locator(".body-text .seg")
    assert segs.count() >= 4
    assert "Loaded Language" in (segs.first.get_attribute("title") or "") or segs.count() > 0
    chips = page.locator(".toxicity-chip.flag")
    assert chips.count() >= 2 and chips.first.is_visible()
    assert "insult" in page.locator(".cm.toxic").first.inner_text()
    assert page.locator(".cm.depth-2").count() == 1  # reply to a reply, indented
    assert page.locator("svg.bars").count() == 2
    # the legend filter (our static JS, allowed by CSP) hides one technique's underlines
    assert page.evaluate("document.documentElement.getAttribute('data-slant-js')") == "ready"
    loaded = page.locator('.u[data-t="Loaded_Language"]')
    assert loaded.count() >= 1 and "off" not in (loaded.first.get_attribute("class") or "")
    page.uncheck('input.technique-toggle[data-t="Loaded_Language"]')
    assert "off" in (loaded.first.get_attribute("class") or "")
    assert_inert(page)


def test_corpus_filter_by_technique_and_follow_link(server, page) -> None:
    _, base = server
    page.goto(base + "/corpus")
    page.select_option("#technique-select", "Appeal_to_fear-prejudice")
    page.click("#corpus-filters button")
    page.wait_for_url("**technique=Appeal_to_fear-prejudice*")
    links = page.locator("a.doc-link")
    assert links.count() >= 1
    assert all("Harbour" in links.nth(i).inner_text() for i in range(links.count()))
    links.first.click()
    page.wait_for_url("**/documents/*")
    assert page.locator('.u[data-t="Appeal_to_fear-prejudice"]').count() >= 1
    page.goto(base + "/corpus?technique=Doubt")
    assert page.locator("a.doc-link").count() == 0


def hostile_document() -> Document:
    text = (
        f"Breaking: <script>{PAYLOAD}</script> officials said the so-called rebels were disgraceful. "
        f'<img src=x onerror="{PAYLOAD}"> <a href="javascript:{PAYLOAD}">click</a> '
        f"\"><svg onload={PAYLOAD}> end."
    )
    doc = Document(id="hostile0000000001", source=f"javascript:{PAYLOAD}", url=f"javascript:{PAYLOAD}",
                   text=text, title=f"<script>{PAYLOAD}</script><img src=x onerror={PAYLOAD}>",
                   outlet=f'"><script>{PAYLOAD}</script>', language="en")
    doc.comments = [
        Comment("c1", "<script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1)",
                author=f"<b onmouseover={PAYLOAD}>Mallory</b>", toxicity={"toxic": 0.9}, flags=["toxic"]),
        Comment("c2", f"reply </textarea><script>{PAYLOAD}</script>", author="x\u2028<svg/onload=alert(1)>", parent="c1"),
    ]
    doc.add_spans("techniques", [Span(10, 60, "Loaded_Language", 0.9), Span(30, 90, f"<script>{PAYLOAD}</script>", 0.5)], "fake.v1")
    doc.analyzers["toxicity"] = "fake.v1"
    return doc


def test_hostile_page_is_inert_in_the_app(server, page) -> None:
    app, base = server
    # through the analyzer, as a user would submit it
    page.goto(base + "/")
    page.check("input[name=mode][value=html]")
    page.fill("#content", (FIXTURES / "hostile.html").read_text(encoding="utf-8"))
    page.click("#analyze-button")
    page.wait_for_url("**/documents/*")
    page.wait_for_timeout(300)
    assert "<script>" in page.locator(".body-text").inner_text()  # shown as text
    assert_inert(page)
    # a stored record with payloads in every field, including the URL
    app.state.slant.store.upsert(hostile_document())
    page.goto(base + "/documents/hostile0000000001")
    page.wait_for_timeout(300)
    assert "<script>" in page.locator("h1.doc-title").inner_text()
    page.hover(".cm .who")
    assert_inert(page)
    page.goto(base + "/corpus?q=officials")
    assert_inert(page)


def test_hostile_report_is_inert(tmp_path, page, monkeypatch) -> None:
    from slant.document import Page
    from slant.report import write_report
    from slant.run.pipeline import Pipeline
    from slant.store.jsonl import write_jsonl

    names = web_fakes.register(monkeypatch)
    pages = [Page(source=str(p), content=p.read_bytes(), kind="html") for p in sorted(FIXTURES.glob("*.html"))]
    docs = Pipeline(RunConfig(analyzers=tuple(names) if names is not None else None)).process_batch(pages) + [hostile_document()]
    jsonl = tmp_path / "out.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        write_jsonl(docs, handle)
    report = write_report(jsonl=jsonl, output=tmp_path / "report.html")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.as_uri())
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.getAttribute('data-slant-js')") == "ready"  # our script ran
    assert_inert(page)
    assert page.locator("section.document").count() == 3
    # technique filter in the index hides documents without it
    page.select_option("#technique-filter", "Exaggeration,Minimisation")  # only the article uses it
    visible = [s for s in page.locator("section.document").all() if s.is_visible()]
    assert len(visible) == 1 and "Harbour city" in visible[0].locator(".doc-title").inner_text()
    page.select_option("#technique-filter", "")
    assert all(s.is_visible() for s in page.locator("section.document").all())
    assert [u for u in requests if not u.startswith("file:")] == []  # offline: nothing fetched


def test_report_glossary_and_collapsed_actors(tmp_path, page) -> None:
    """The technique definitions and the actors past the top ones stay folded until asked for."""
    from slant.analyze.glossary import glossary
    from slant.document import Actor
    from slant.report import write_report
    from slant.report.view import TOP_ACTORS
    from slant.store.jsonl import write_jsonl

    names = [f"Guild{i:02d}" for i in range(TOP_ACTORS + 3)]
    text = " ".join(names) + " a shameful plan."
    doc = Document(id="folded", source="m", text=text, title="Folded", language="en")
    at = text.index("shameful")
    doc.add_spans("techniques", [Span(at, at + 8, "Loaded_Language", 0.9)], "t.v1")
    doc.add_spans("actor_mentions", [Span(text.index(n), text.index(n) + len(n), n) for n in names], "actors.v1")
    doc.actors = [Actor(n, "ORG", 1) for n in names]
    jsonl = tmp_path / "out.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        write_jsonl([doc], handle)
    page.goto(write_report(jsonl=jsonl, output=tmp_path / "report.html").as_uri())
    definition = page.locator("details.glossary dd").first
    assert not definition.is_visible()
    page.click("details.glossary summary")
    assert definition.is_visible() and glossary()["Loaded_Language"].definition in definition.inner_text()
    assert page.locator(".legend li").first.get_attribute("title") == glossary()["Loaded_Language"].definition
    hidden_row = page.locator("details.more-actors tr", has_text=names[-1])
    assert page.locator("table.actors tr", has_text=names[0]).first.is_visible() and not hidden_row.is_visible()
    page.click("details.more-actors summary")
    assert hidden_row.is_visible()
    assert_inert(page)
