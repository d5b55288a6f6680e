"""Event grouping on hand-built documents, and the ARI/purity scorers on hand-computed cases."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from slant.cli import app
from slant.compare.events import event_id, group_events
from slant.document import Document
from slant.eval.events import adjusted_rand_index, purity, score_events


def _doc(id: str, title: str, text: str, published: str | None, outlet: str) -> Document:
    return Document(id=id, source=f"t:{id}", title=title, text=text, published=published, outlet=outlet)


DAM = [
    _doc("d1", "Floodwaters breach the Kessel dam; Orlen villages evacuated",
         "The Kessel dam on the Mura river gave way on Sunday night, flooding the Orlen valley. Rescue teams "
         "evacuated 3,000 people from villages below the dam, the Orlen regional council said.", "2024-05-12", "Valley Times"),
    _doc("d2", "Kessel dam collapse: officials ignored warnings, engineers say",
         "Engineers had warned for years that the Kessel dam was unsafe. After the collapse flooded the Orlen "
         "valley, the regional council faces questions about repairs it postponed on the Mura river.", "2024-05-13", "Citizen Post"),
    _doc("d3", "Thousands flee Orlen valley after Kessel dam failure",
         "Thousands of residents of the Orlen valley fled as water from the failed Kessel dam swept through "
         "villages along the Mura river. The council opened shelters in schools.", "2024-05-12", "Daily Wire"),
]
ELECTION = [
    _doc("e1", "Marsh wins Tarvik mayoral election in runoff",
         "Ines Marsh won the Tarvik mayoral runoff on Sunday with 54 percent of the vote, defeating incumbent "
         "Paul Dray, the city election board said.", "2024-05-12", "Valley Times"),
    _doc("e2", "Dray concedes Tarvik mayor race to Marsh",
         "Tarvik mayor Paul Dray conceded the runoff to challenger Ines Marsh, whose campaign focused on "
         "housing. Turnout in the Tarvik election was low.", "2024-05-13", "Citizen Post"),
]
# Same place and subject a month later: a different event.
LATER = _doc("d4", "Kessel dam rebuilding plan approved for Orlen valley",
             "A month after the Kessel dam failed, the Orlen regional council approved a plan to rebuild the dam "
             "on the Mura river and compensate flooded villages.", "2024-06-20", "Valley Times")


def _groups(events) -> set[frozenset[str]]:
    return {frozenset(e.doc_ids) for e in events}


def test_groups_same_event_across_outlets_and_separates_others() -> None:
    events = group_events(DAM + ELECTION + [LATER])
    assert _groups(events) == {frozenset({"d1", "d2", "d3"}), frozenset({"e1", "e2"}), frozenset({"d4"})}
    dam = next(e for e in events if "d1" in e.doc_ids)
    assert dam.outlets == ["Citizen Post", "Daily Wire", "Valley Times"]
    assert dam.first_published == "2024-05-12" and dam.last_published == "2024-05-13"
    assert "kessel" in dam.label.lower() or "orlen" in dam.label.lower()


def test_date_window_keeps_a_later_story_apart_but_no_window_merges_it() -> None:
    assert frozenset({"d1", "d2", "d3", "d4"}) in _groups(group_events(DAM + [LATER], window_days=None))
    assert frozenset({"d4"}) in _groups(group_events(DAM + [LATER], window_days=7))


def test_event_ids_are_stable_under_input_order() -> None:
    docs = DAM + ELECTION + [LATER]
    first = {e.id: sorted(e.doc_ids) for e in group_events(docs)}
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    assert {e.id: sorted(e.doc_ids) for e in group_events(shuffled)} == first
    dam = next(e for e in group_events(docs) if "d1" in e.doc_ids)
    assert dam.id == event_id(DAM[0])  # founded by the earliest document (ties: smallest id)


def test_failed_and_empty_documents_are_left_out() -> None:
    failed = Document.failed("x", "bad.html", "empty", "input is empty")
    assert group_events([failed]) == []
    assert sum(len(e.doc_ids) for e in group_events(DAM + [failed])) == 3


def test_ari_hand_computed_cases() -> None:
    assert adjusted_rand_index([0, 0, 1, 1], [5, 5, 7, 7]) == 1.0  # same partition, other names
    assert adjusted_rand_index([0, 0, 1, 1], [0, 0, 0, 0]) == 0.0  # index 2 = expected 2
    # index 2, expected 6*3/15 = 1.2, max (6+3)/2 = 4.5: (2-1.2)/(4.5-1.2)
    assert adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) == pytest.approx(0.8 / 3.3)
    assert adjusted_rand_index([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(-0.5)  # worse than chance
    assert adjusted_rand_index([1, 2, 3], [1, 2, 3]) == 1.0  # all singletons on both sides
    with pytest.raises(ValueError):
        adjusted_rand_index([0, 1], [0])


def test_purity_hand_computed() -> None:
    assert purity(["a", "a", "b", "b", "b"], [1, 1, 1, 2, 2]) == pytest.approx(4 / 5)
    assert purity(["a", "b", "c"], [1, 1, 1]) == pytest.approx(1 / 3)
    assert purity(["a", "b"], [1, 2]) == 1.0


def _basil_like(root: Path) -> Path:
    """Two events x three outlets in BASIL's file layout, written here (never the real data)."""
    for n, doc in enumerate(DAM + ELECTION):
        event = "dam" if doc.id.startswith("d") else "vote"
        record = {
            "uuid": f"u-{doc.id}", "triplet-uuid": event, "title": doc.title, "date": doc.published,
            "source": ["fox", "NYT", "hpo"][n % 3], "body-paragraphs": [[s] for s in doc.text.split(". ")],
        }
        path = root / "articles" / "2024" / f"{event}_{n}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(record), encoding="utf-8")
    return root


def test_score_events_and_cli_on_a_basil_shaped_folder(tmp_path: Path) -> None:
    data = _basil_like(tmp_path)
    scores = score_events(data)
    assert scores["ari"] == 1.0 and scores["purity"] == 1.0 and scores["documents"] == 5
    result = CliRunner().invoke(app, ["eval", "events", "--data", str(data)])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert printed["ari"] == 1.0 and set(printed) >= {"ari", "purity"}
    merged = score_events(data, threshold=-1.0, window_days=-1)  # everything in one group
    assert merged["ari"] == 0.0 and merged["purity"] == pytest.approx(3 / 5)


def test_assign_events_keeps_existing_ids_and_adds_new_documents() -> None:
    from slant.compare.events import assign_events

    first = DAM[1:] + ELECTION[:1]  # d2, d3, e1: the dam event is founded by d3 (2024-05-12)
    events = group_events(first)
    before = {e.id: set(e.doc_ids) for e in events}
    updated = assign_events(events, first, [DAM[0], ELECTION[1], LATER])
    after = {e.id: set(e.doc_ids) for e in updated}
    for event_id_, doc_ids in before.items():  # every existing event keeps its id and its members
        assert doc_ids <= after[event_id_]
    assert _groups(updated) == _groups(group_events(DAM + ELECTION + [LATER]))  # same grouping as from scratch
    assert next(e.id for e in updated if "d4" in e.doc_ids) == event_id(LATER)  # a new event for the later story
    assert assign_events(updated, DAM + ELECTION + [LATER], DAM) == updated  # nothing new: unchanged


def test_assign_events_keeps_the_id_when_an_earlier_document_joins() -> None:
    from slant.compare.events import assign_events

    d1, d2, d3 = DAM
    late = [_doc(d.id, d.title or "", d.text, "2024-05-14", d.outlet or "") for d in (d2, d3)]
    events = group_events(late)
    assert len(events) == 1
    updated = assign_events(events, late, [d1])  # d1 (2024-05-12) is earlier than the founder
    assert [(e.id, sorted(e.doc_ids)) for e in updated] == [(events[0].id, ["d1", "d2", "d3"])]
    assert updated[0].first_published == "2024-05-12"
    assert group_events(late + [d1])[0].id != events[0].id  # from scratch it would be renamed
