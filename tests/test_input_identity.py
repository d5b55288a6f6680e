"""Input identity: an input is its source and its content, so edits and same-URL lines
are each accounted for (issue 20 item 4)."""

from __future__ import annotations

import json
from pathlib import Path

from slant.config import RunConfig
from slant.run.batch import SKIP_UNCHANGED, run_batch
from slant.run.pipeline import Pipeline
from slant.store.sqlite import CorpusStore

BODY = "The council of Tarsk voted on {day} to repair the old bridge over the river, officials said. " * 3


def _pipeline(resume: bool = True) -> Pipeline:
    return Pipeline(RunConfig(analyzers=(), workers=1, resume=resume))


def _texts(db: Path) -> list[str]:
    with CorpusStore(db) as store:
        return sorted(doc.text for doc in _documents(store))


def _documents(store: CorpusStore) -> list:
    from slant.store.corpus import Corpus

    return Corpus(store).list()


def _corpus(folder: Path, n: int = 6) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"page{i}.txt"
        path.write_text(BODY.format(day=f"day {i}"), encoding="utf-8")
        paths.append(path)
    return paths


def test_rerun_reanalyzes_an_edited_file_and_replaces_it(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "pages")
    db, out = tmp_path / "c.sqlite", tmp_path / "out.jsonl"
    first = run_batch([str(tmp_path / "pages")], _pipeline(), out, db)
    assert first.summary.results == 6
    paths[0].write_text(BODY.format(day="an edited day"), encoding="utf-8")
    second = run_batch([str(tmp_path / "pages")], _pipeline(), out, db)
    assert (second.summary.results, second.skipped, second.changed, second.replaced) == (1, 5, 1, 1)
    assert second.skip_reasons == {SKIP_UNCHANGED: 5}
    texts = _texts(db)
    assert len(texts) == 6 and any("edited day" in t for t in texts) and not any("day 0" in t for t in texts)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 6 and sum("edited day" in (r.get("text") or "") for r in lines) == 1
    with CorpusStore(db) as store:
        assert store.runs()[-1]["details"] == {"skipped": {SKIP_UNCHANGED: 5}, "changed": 1, "replaced": 1,
                                               "duplicates": 0}


def test_no_resume_edit_replaces_the_old_document(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "pages")
    db = tmp_path / "c.sqlite"
    run_batch([str(tmp_path / "pages")], _pipeline(resume=False), None, db)
    paths[3].write_text(BODY.format(day="a changed day"), encoding="utf-8")
    again = run_batch([str(tmp_path / "pages")], _pipeline(resume=False), None, db)
    assert (again.summary.results, again.skipped, again.replaced) == (6, 0, 1)
    assert len(_texts(db)) == 6  # not 7 documents for 6 inputs


def test_same_url_different_text_are_two_inputs_across_reruns(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [{"url": "https://example.org/a", "text": BODY.format(day=d)} for d in ("Monday", "Friday")]
    feed.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    db, out = tmp_path / "c.sqlite", tmp_path / "out.jsonl"
    first = run_batch([str(feed)], _pipeline(), out, db)
    assert first.summary.results == 2 and first.replaced == 0
    again = run_batch([str(feed)], _pipeline(), out, db)
    assert (again.skipped, again.summary.results) == (2, 0)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted("Monday" in r["text"] for r in records) == [False, True]  # not the second one twice
    assert len(_texts(db)) == 2
    # editing the second line keeps the first: it was seen (skipped) in the same run
    lines[1]["text"] = BODY.format(day="Sunday")
    feed.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    third = run_batch([str(feed)], _pipeline(), out, db)
    assert (third.skipped, third.summary.results, third.replaced) == (1, 1, 1)
    texts = _texts(db)
    assert len(texts) == 2 and any("Monday" in t for t in texts) and any("Sunday" in t for t in texts)


def test_repeated_input_in_one_run_is_counted_as_a_duplicate(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    line = json.dumps({"url": "https://example.org/a", "text": BODY.format(day="Monday")})
    feed.write_text(line + "\n" + line + "\n", encoding="utf-8")
    result = run_batch([str(feed)], _pipeline(), None, tmp_path / "c.sqlite")
    assert (result.summary.results, result.duplicates, result.balanced) == (2, 1, True)
    assert len(_texts(tmp_path / "c.sqlite")) == 1
