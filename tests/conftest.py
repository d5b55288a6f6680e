"""Shared fixtures: hand-built pages and documents, an in-memory store."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.document import Comment, Document, Span
from slant.store.sqlite import CorpusStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def store() -> CorpusStore:
    s = CorpusStore(":memory:")
    yield s
    s.close()


@pytest.fixture
def sample_document() -> Document:
    text = (
        "Forces of the Northern Council entered Valmora on Tuesday, the ministry said.\n\n"
        "Officials called the fighters so-called \"freedom brigades\"."
    )
    doc = Document(id="doc1", source="memory", text=text, title="Valmora changes hands", outlet="Test Wire", language="en")
    doc.comments = [
        Comment(id="c1", text="These people are a disgrace.", author="Ana"),
        Comment(id="c2", text="I disagree with you, Ana.", author="Bo", parent="c1"),
    ]
    doc.add_spans("techniques", [Span(40, 47, "Loaded_Language", 0.9, "techniques.v1")], "techniques.v1")
    doc.scores["propaganda"] = 0.5
    return doc
