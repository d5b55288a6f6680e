"""Republication: MinHash LSH finds the same article text on another outlet."""

from __future__ import annotations

from slant.compare.duplicates import find_republications, jaccard, shingles
from slant.document import Document

WIRE = (
    "Harbour workers in Selmo walked off the job on Thursday after talks on a new contract collapsed, "
    "leaving more than forty container ships waiting at anchor outside the port. The dockers' union said "
    "its 2,600 members would stay out until the port authority withdrew plans to automate two terminals. "
    "The authority said the plans would protect the port's future and that no jobs would be cut before 2027. "
    "Shipping agents said the strike was costing exporters about 9 million a day. Fruit growers in the "
    "Selmo hinterland warned that produce was rotting in refrigerated containers. Talks are due to resume "
    "on Monday under a government mediator, the labour ministry said in a statement late on Thursday."
)


def _doc(id: str, text: str, outlet: str, published: str | None, title: str = "") -> Document:
    return Document(id=id, source=f"t:{id}", text=text, outlet=outlet, published=published, title=title)


def test_finds_the_republished_copy_and_its_earliest_source() -> None:
    original = _doc("orig", WIRE, "Coastal Wire", "2025-02-06", "Selmo dockers strike over automation")
    copy_text = WIRE.replace("more than forty", "over 40").rsplit(" Talks are due", 1)[0] + (
        " This story was republished under licence."
    )
    copy = _doc("copy", copy_text, "Hill Country Gazette", "2025-02-07", "Port strike strands ships")
    other = _doc("other", WIRE.replace("Harbour workers", "Teachers").split(".")[0] + ". " + (
        "Teachers in Selmo say class sizes have doubled and want the ministry to hire more staff for the "
        "coming school year, which starts in September, according to their union. " * 2), "Coastal Wire", "2025-02-07")
    reframed = _doc("reframed", (
        "Selmo's port is paralysed by a reckless strike. Union bosses have taken exporters hostage to block "
        "modernisation, leaving ships idle at anchor and fruit rotting on the quays. The government must act "
        "now to protect jobs and the economy from militants who refuse any compromise on automation. " * 2
    ), "Business Voice", "2025-02-06")
    groups = find_republications([copy, other, reframed, original])
    assert len(groups) == 1
    group = groups[0]
    assert group.doc_ids == ["orig", "copy"] and group.source_id == "orig"
    assert group.outlets == ["Coastal Wire", "Hill Country Gazette"]
    assert 0.5 <= group.similarity["copy"] < 1.0


def test_no_source_when_dates_cannot_tell() -> None:
    a = _doc("a", WIRE, "One", None)
    b = _doc("b", WIRE + " Extra sentence at the end.", "Two", None)
    (group,) = find_republications([a, b])
    assert group.source_id is None and sorted(group.doc_ids) == ["a", "b"]


def test_short_texts_are_not_compared() -> None:
    assert find_republications([_doc("a", "Short note.", "One", None), _doc("b", "Short note.", "Two", None)]) == []


def test_shingles_and_jaccard() -> None:
    assert shingles("one two three four five six") == {"one two three four five", "two three four five six"}
    assert jaccard({"a", "b"}, {"b", "c"}) == 1 / 3
