"""The faster paths of issue 21 give the same answers as the slow ones, and grow linearly.

Each fast path is checked against the plain computation it replaces (same result on
the same parse), and the work of the analyzers that were quadratic in the text length
is counted at two lengths (Python lines run, `tests/work.py`: the same on any machine;
their timings are the scaling section of `benchmarks/nlp_cost.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from slant.analyze.actors import ActorsAnalyzer
from slant.analyze.base import BatchContext
from slant.analyze.claims import QUOTED_SHARE, ClaimsAnalyzer, _QuotedSpeakers, sentences_with_entities
from slant.analyze.voice import Quote, VoiceAnalyzer, _tokens_in, find_quotes
from slant.document import Document
from slant.extract.html.dom import parse_page
from slant.extract.html.page import _trafilatura, shares_tree
from slant.extract.language import MIN_LETTERS, detect_language, has_letters
from slant.nlp.spacy_runtime import ParsedDocument, keep_text, parse, text_of
from work import lines_run

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: A paragraph with entities, group nouns, labels and quotes, repeated to make long bodies.
PARAGRAPH = (
    "The Northern Liberation Front said on Monday that government forces had shelled Marrow. "
    '"We will not leave the city," the so-called "freedom fighters" told reporters, according to Anna Berg. '
    "Berg, a spokeswoman for the Velorian Red Crescent, said 40 people were killed near the river. "
    "These terrorists are criminals, the minister added.\n\n"
)


def _analyze_work(analyzer: Callable[..., None], text: str) -> int:
    """Python lines one analyzer runs over one parsed body (the parse and a first warm-up run not counted)."""
    doc = Document(id="x", source="x", text=text, title="Fighting near Marrow")
    context = BatchContext()
    context.parsed([doc], comments=True)
    analyzer([doc], context)
    return lines_run(lambda: analyzer([doc], context))[1]


@pytest.mark.parametrize("make", [ActorsAnalyzer, ClaimsAnalyzer, VoiceAnalyzer])
def test_analyzers_grow_linearly_with_the_body(make: Callable[[], Callable[..., None]]) -> None:
    analyzer = make()
    short = _analyze_work(analyzer, PARAGRAPH * 4)
    long = _analyze_work(analyzer, PARAGRAPH * 32)  # 8x the text
    # linear: about 8x the lines; a path that compares each mention with all before it does up to 64x
    assert long < 11 * short, (short, long)


def test_parsed_docs_keep_their_text() -> None:
    texts = ["Anna Berg spoke.", "A second text\n\nwith two paragraphs."]
    for text, sdoc in zip(texts, parse(texts)):
        assert text_of(sdoc) == text == sdoc.text
        assert not sdoc.user_data  # kept beside the Doc: a user's Doc is left as it was


def test_labels_read_the_kept_text() -> None:
    """actors reads a Doc's text once (text_of), not through spaCy's Doc.text per label."""
    (sdoc,) = parse(['The so-called "freedom fighters" of the Northern Liberation Front left Marrow.'])
    keep_text(sdoc, sdoc.text.upper())  # same length, so offsets hold: shows which text is read
    doc = Document(id="x", source="x", text=sdoc.text)
    found = ActorsAnalyzer().mentions(doc, ParsedDocument(title=None, body=sdoc))
    labels = [lab[0] for m in found for lab in m.labels]
    assert labels and all(lab == lab.upper() for lab in labels)


def test_sentence_entities_match_spacy() -> None:
    (sdoc,) = parse([PARAGRAPH * 3])
    fast = [(sent.start, [(e.start, e.end, e.label_) for e in ents]) for sent, ents in sentences_with_entities(sdoc)]
    slow = [(sent.start, [(e.start, e.end, e.label_) for e in sent.ents]) for sent in sdoc.sents]
    assert fast == slow
    assert any(ents for _, ents in fast)


def _quoted_speaker_reference(quotes: list[Quote], start: int, end: int) -> str | None:
    """The plain scan the sweep replaces: the first quote covering most of the sentence, else the first
    one whose speaker the sentence names (a reported clause, or a direct quote after the name)."""
    size = max(1, end - start)
    for q in quotes:
        if min(q.end, end) - max(q.start, start) >= QUOTED_SHARE * size:
            return q.source
    for q in quotes:
        span = q.source_span
        if span and start <= span[0] < end and q.start < end and q.end > start and (q.kind == "reported" or span[1] <= q.start):
            return q.source
    return None


def test_quoted_speaker_sweep_matches_the_plain_scan() -> None:
    (sdoc,) = parse([PARAGRAPH * 4])
    quotes = [q for q in find_quotes(sdoc) if q.source]
    # plus quotes made up to cover whole sentences, overlapping ones and one that spans several
    sents = list(sdoc.sents)
    quotes += [Quote(s.start_char, s.end_char, "reported", source=f"s{i}") for i, s in enumerate(sents[::3])]
    quotes.append(Quote(sents[1].start_char, sents[6].end_char, "direct", source="long"))
    quotes.sort(key=lambda q: (q.start, q.end))
    sweep = _QuotedSpeakers(quotes)
    found = [sweep.speaker(s) for s in sents]
    assert found == [_quoted_speaker_reference(quotes, s.start_char, s.end_char) for s in sents]
    assert any(found)


def test_tokens_in_matches_a_scan() -> None:
    (sdoc,) = parse([PARAGRAPH * 2])
    for start, end in [(0, 10), (5, 6), (37, 120), (len(sdoc.text) - 3, len(sdoc.text) + 5), (50, 50)]:
        assert [t.i for t in _tokens_in(sdoc, start, end)] == [t.i for t in sdoc if start <= t.idx < end]


def test_has_letters_is_the_count() -> None:
    for text in ["", "12 345", "a1b2", "x" * 19, "x" * 20, "ñandú " * 5, "1" * 500 + "b" * 20]:
        for wanted in (0, 1, MIN_LETTERS):
            assert has_letters(text, wanted) == (sum(ch.isalpha() for ch in text) >= wanted)
    assert detect_language("12 34 56") is None


@pytest.mark.parametrize(
    ("markup", "shared"),
    [
        ("<html><body><p>Text</p></body></html>", True),
        ("<div><p>a fragment of a page</p></div>", False),
        ("<html><body><?php echo 1; ?><p>Text</p></body></html>", False),
        ("<html><body><p>bell\x07</p></body></html>", False),
        ("<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' />\n<html><body></body></html>", False),
        ("<html/>\n<body><p>Text</p></body>", False),
    ],
)
def test_shares_tree_only_where_trafilatura_would_parse_the_same(markup: str, shared: bool) -> None:
    assert shares_tree(markup) is shared


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "html").glob("*.html")))
def test_trafilatura_reads_the_shared_tree_as_it_reads_markup(name: str) -> None:
    html = (FIXTURES / "html" / name).read_text(encoding="utf-8", errors="replace")
    tree, markup, flattened = parse_page(html)
    if flattened or not shares_tree(markup):
        pytest.skip("this page keeps the markup path")
    before = _plain(_trafilatura(markup, None, []))
    after = _plain(_trafilatura(tree, None, []))
    assert after == before
    assert _plain(_trafilatura(tree, None, [])) == before  # trafilatura copies: the shared tree is unchanged


def _plain(meta: dict[str, object]) -> dict[str, object]:
    """The fields that are values (trafilatura also returns its own element trees)."""
    return {k: v for k, v in meta.items() if not hasattr(v, "tag")}


def test_onnx_threads_do_not_spin() -> None:
    from slant.nlp.onnx_model import MODELS_DIR, OnnxModel

    path = MODELS_DIR / "techniques"
    if not (path / "model.onnx").exists():
        pytest.skip("no shipped model")
    options = OnnxModel(path, threads=2).session.get_session_options()
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


def test_cover_is_any_range() -> None:
    from slant.analyze.voice import RangeCover

    ranges = [(5, 9), (0, 3), (7, 30), (12, 14), (40, 41), (40, 45)]
    cover = RangeCover(ranges)
    for offset in range(-2, 50):
        assert cover.covers(offset) == any(s <= offset < t for s, t in ranges), offset
    assert not RangeCover([]).covers(3)


def _with_comments() -> Document:
    from slant.document import Comment

    comments = [Comment(id="c1", text="These terrorists of the Northern Liberation Front lie."),
                Comment(id="c2", text="Anna Berg is a brave reporter.")]
    return Document(id="d", source="d", text=PARAGRAPH, title="Rebels Shell The City Of Marrow Again", comments=comments)


def test_comments_are_parsed_alone_after_a_body_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """claims/voice parse title and body; actors then parses only the comments, with the same result."""
    import slant.nlp.spacy_runtime as runtime

    seen: list[list[str]] = []
    real = runtime.parse

    def spy(texts: list[str], batch_size: int = runtime.BATCH_SIZE) -> list[object]:
        seen.append(list(texts))
        return real(texts, batch_size)

    monkeypatch.setattr(runtime, "parse", spy)
    doc, fresh = _with_comments(), _with_comments()
    context = BatchContext()
    ClaimsAnalyzer()([doc], context)  # title and body
    ActorsAnalyzer()([doc], context)  # + comments
    assert seen[1] == [c.text for c in doc.comments]
    ActorsAnalyzer()([fresh])  # one parse of everything
    assert [a.to_dict() for a in doc.actors] == [a.to_dict() for a in fresh.actors]
    assert any(lab.where == "comments" for a in doc.actors for lab in a.labels)


def test_a_body_parse_without_the_title_is_not_reused_for_comments() -> None:
    doc = _with_comments()
    context = BatchContext()
    (sdoc,) = parse([doc.text])
    context.provide(doc, ParsedDocument(title=None, body=sdoc))  # as the spaCy component hands it over
    (parsed,) = context.parsed([doc], comments=True)
    assert parsed.title is not None and len(parsed.comments) == 2
