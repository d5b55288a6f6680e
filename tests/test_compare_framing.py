"""Framing comparison on a small invented corpus (tests/fixtures/compare/vantry.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant.compare.framing import compare_framing, numbers_in
from slant.document import Actor, ActorLabel, Claim, Document, Span

CORPUS = Path(__file__).parent / "fixtures" / "compare" / "vantry.json"


def _span(text: str, needle: str, label: str, layer: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), label, 0.9, analyzer=f"{layer}.test")


def load_corpus(with_layers: bool = True) -> list[Document]:
    """The fixture corpus as Documents; spans, actors and claims are located by their text."""
    out = []
    for record in json.loads(CORPUS.read_text(encoding="utf-8"))["documents"]:
        doc = Document(
            id=record["id"], source=f"fixture:{record['id']}", text=record["text"],
            outlet=record["outlet"], title=record["title"], published=record["published"],
        )
        if with_layers and "actors" in record:
            doc.add_spans("techniques", [_span(doc.text, t, label, "techniques") for label, t in record["techniques"]], "techniques.test")
            doc.add_spans("loaded_terms", [_span(doc.text, t, kind, "loaded_terms") for kind, t in record["loaded_terms"]], "loaded_terms.test")
            doc.actors = [
                Actor(a["name"], a["type"], a["mentions"], tuple(
                    ActorLabel(lab["label"], lab["count"], lab.get("scare_quoted", False), lab.get("so_called", False))
                    for lab in a["labels"]
                ))
                for a in record["actors"]
            ]
            doc.analyzers["actors"] = "actors.test"
            doc.claims = []
            for c in record["claims"]:
                start = doc.text.index(c["text"])
                doc.claims.append(Claim(start, start + len(c["text"]), c["text"], tuple(c["numbers"]),
                                        c["attributed_to"], 0.8, c.get("quoted_outlet", False)))
            doc.analyzers["claims"] = "claims.test"
        out.append(doc)
    return out


def vantry_docs(with_layers: bool = True) -> list[Document]:
    return [d for d in load_corpus(with_layers) if "Vantry" in d.text]


@pytest.fixture(scope="module")
def framing() -> dict[tuple[str, bool], dict]:
    results = compare_framing(vantry_docs(), anchors=["vantry"])
    return {(f.outlet, f.quoted): f.to_dict() for f in results}


def test_each_outlet_uses_its_own_word_for_the_event(framing) -> None:
    assert framing[("Northern Standard", False)]["event_term"] == "liberation"
    assert framing[("Wire Service One", False)]["event_term"] == "capture"
    assert framing[("Harbor Ledger", False)]["event_term"] in {"massacre", "siege"}
    ledger_terms = {t["term"]: t for t in framing[("Harbor Ledger", False)]["event_terms"]}
    assert "massacre" in ledger_terms and ledger_terms["massacre"]["own"] > 0
    # The Ledger only quotes 'liberation' from the Standard; it is not the Ledger's own word.
    assert ledger_terms.get("liberation", {"own": 0})["own"] == 0


def test_labels_for_the_same_actor_differ(framing) -> None:
    standard = {lab["label"]: lab for lab in framing[("Northern Standard", False)]["actor_labels"]["Lakeside Front"]}
    wire = {lab["label"] for lab in framing[("Wire Service One", False)]["actor_labels"]["Lakeside Front"]}
    ledger = {lab["label"] for lab in framing[("Harbor Ledger", False)]["actor_labels"]["Lakeside Front"]}
    assert "terrorists" in standard and standard["rebels"]["so_called"] and standard["rebels"]["scare_quoted"]
    assert "terrorists" not in wire and "fighters" in wire
    assert "defenders" in ledger


def test_technique_and_loaded_term_profiles(framing) -> None:
    assert framing[("Northern Standard", False)]["techniques"]["Name_Calling,Labeling"] == 1
    assert framing[("Wire Service One", False)]["techniques"] == {}
    assert "massacre" in framing[("Harbor Ledger", False)]["loaded_terms"]


def test_a_claim_only_one_outlet_makes(framing) -> None:
    ledger = framing[("Harbor Ledger", False)]
    assert any("Seventeen children" in c for c in ledger["unique"]["claims"])
    assert not any("140 civilians" in c for c in ledger["unique"]["claims"])  # the wire reports it too
    assert "Vantry parents' committee" in ledger["sources"]
    assert "9000" in framing[("Wire Service One", False)]["unique"]["numbers"]


def test_quoted_outlet_is_marked_quoted(framing) -> None:
    quoted = framing[("Northern Standard", True)]
    assert quoted["quoted"] and quoted["quoted_in"] == ["Harbor Ledger"]
    assert quoted["event_term"] == "liberation"
    assert quoted["claims"] and all(c["quoted_outlet"] for c in quoted["claims"])
    # The Standard's own page attacks the Ledger: that counts as the Ledger's quoted framing.
    ledger_as_quoted = framing[("Harbor Ledger", True)]
    assert ledger_as_quoted["quoted_in"] == ["Northern Standard"] and ledger_as_quoted["event_term"] == "massacre"
    standard_terms = {t["term"]: t for t in framing[("Northern Standard", False)]["event_terms"]}
    assert standard_terms.get("massacre", {"own": 0})["own"] == 0


def test_missing_layers_are_reported_not_empty() -> None:
    results = {f.outlet: f for f in compare_framing(vantry_docs(with_layers=False), anchors=["vantry"]) if not f.quoted}
    wire = results["Wire Service One"].to_dict()
    assert wire["actor_labels"] is None and wire["techniques"] is None
    assert set(wire["missing"]) >= {"actors", "techniques", "loaded_terms", "claims"}
    assert "UN humanitarian office" in wire["sources"]  # found by pattern when no claims layer exists
    assert wire["event_term"] == "capture"


def test_numbers_skip_years_and_days() -> None:
    assert numbers_in("On 2 March 2024, 1,450 fighters and 61 people; March 14 again") == {"1450", "61"}


def test_outlet_falls_back_to_host_and_source() -> None:
    assert Document(id="a", source="x", url="https://www.example.org/a/b").outlet_name == "example.org"
    assert Document(id="a", source="dir/page.txt").outlet_name.startswith("unknown (page.txt")


def test_outlets_from_the_known_list_are_recognised_when_quoted() -> None:
    page = Document(
        id="p1", source="p1", outlet="Riverside Courier", published="2025-09-03", title="Vantry after the siege",
        text=("Guard units entered Vantry on Tuesday. CNN reported that \"the massacre in Vantry\" had been staged, "
              "a claim our reporters could not confirm. The siege of Vantry lasted six weeks."),
    )
    results = {(f.outlet, f.quoted): f for f in compare_framing([page], anchors=["vantry"])}
    cnn = results[("CNN", True)]
    assert cnn.quoted_in == ["Riverside Courier"] and cnn.event_term == "massacre"
    own = results[("Riverside Courier", False)]
    assert own.event_term == "siege"
    assert all(t["own"] == 0 for t in own.event_terms if t["term"] == "massacre")


def test_spans_in_quoted_voices_are_counted_apart_from_the_outlets_own() -> None:
    from slant.compare.framing import compare_framing
    from slant.document import Document, Span

    text = 'Officials called the raid a "bloody butchery". The army advanced on Tuesday with heroic resolve.'
    doc = Document(id="q1", source="q1", text=text, outlet="Example Daily", title="Raid")
    quoted = Span(28, 45, "Loaded_Language", 0.9, "techniques.v1", attrs={"voice": "quoted", "source": "Officials"})
    own = Span(79, 85, "Loaded_Language", 0.8, "techniques.v1", attrs={"voice": "outlet"})
    doc.add_spans("techniques", [quoted, own], "techniques.v1")
    (framing,) = [f for f in compare_framing([doc]) if not f.quoted]
    assert framing.techniques == {"Loaded_Language": 1}
    assert framing.techniques_quoted == {"Loaded_Language": 1}
    assert framing.to_dict()["techniques_quoted"] == {"Loaded_Language": 1}
