"""Every bad input yields exactly one record, an error with a clear type; nothing crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.config import Limits, RunConfig
from slant.errors import SlantInputError
from slant.extract.decode import decode_bytes, sniff_kind
from slant.run.pipeline import Pipeline
from slant.run.pool import run_local
from slant.sources import iter_pages


def _run(paths: list[str], **options) -> list:
    return list(run_local(iter_pages(paths, Limits(**options)), Pipeline(RunConfig(analyzers=(), workers=1, limits=Limits(**options)))))


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    [doc] = _run([str(tmp_path / "empty.html")])
    assert doc.error.type == "empty_input"


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    [doc] = _run([str(tmp_path / "photo.html")])
    assert doc.error.type == "binary_input"


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    [doc] = _run([str(big)])
    assert doc.error.type == "too_large"
    assert "52,428,800" in doc.error.message


def test_invalid_utf8_is_an_error() -> None:
    with pytest.raises(SlantInputError) as info:
        decode_bytes(b"plain words " + bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28]) * 200)
    assert info.value.code == "encoding_error"


def test_a_stray_bad_byte_in_utf8_is_tolerated() -> None:
    text = decode_bytes(("An ordinary news sentence about the city council. " * 40).encode() + b"\xff")
    assert "city council" in text


def test_legacy_encoding_declared_in_meta() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 owners said the plan was fair.</p></body></html>'
    assert "Café" in decode_bytes(html.encode("cp1252"))


def test_truncated_html_still_yields_a_result(tmp_path: Path) -> None:
    body = "<p>The regional council of Tarsk voted on Monday to close the old bridge for repairs, officials said.</p>" * 5
    (tmp_path / "cut.html").write_text(f"<html><head><title>Bridge closed</title></head><body><article>{body}<p>The vote was nine to", encoding="utf-8")
    [doc] = _run([str(tmp_path / "cut.html")])
    assert doc.error is None
    assert "regional council of Tarsk" in doc.text


def test_mixed_directory_yields_one_record_per_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Mayor Ilse Varn said on Monday that the harbour will reopen next week after repairs to the quay.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>" + "The ferry service between the two islands resumed on Sunday, the operator said. " * 4 + "</p></body></html>", encoding="utf-8")
    (tmp_path / "c.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "d.html").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.jsonl").write_text('{"text": "The weather office said snow will fall in the hills on Friday and Saturday."}\nnot json\n', encoding="utf-8")
    (tmp_path / "f.txt").write_bytes("Привет".encode() + b"\x00\x01\x02" * 50)
    docs = _run([str(tmp_path)])
    assert len(docs) == 7
    by_source = {d.source: d for d in docs}
    assert by_source[str(tmp_path / "a.txt")].error is None
    assert by_source[str(tmp_path / "b.html")].error is None
    assert by_source[str(tmp_path / "c.bin")].error.type == "binary_input"
    assert by_source[str(tmp_path / "d.html")].error.type == "empty_input"
    assert by_source[f"{tmp_path / 'sub' / 'e.jsonl'}#L2"].error.type == "bad_record"
    assert by_source[str(tmp_path / "f.txt")].error.type == "binary_input"


def test_missing_path_is_an_error_record() -> None:
    [doc] = _run(["/nonexistent/slant/page.html"])
    assert doc.error.type == "not_found"


def test_unknown_language_is_a_warning_on_a_kept_document() -> None:
    from slant.document import Page

    pipeline = Pipeline(RunConfig(analyzers=()))
    doc = pipeline.extract_one(Page(source="x", content="zxq vbrt klmn " * 50, kind="text"))
    assert doc.ok and doc.language is None
    assert any("could not identify the language" in w for w in doc.warnings)


def test_non_english_page_gets_a_warning_not_an_error() -> None:
    from slant.document import Page

    text = "Die Regierung hat am Montag mitgeteilt, dass die Brücke in der Stadt für den Verkehr gesperrt wird und dass die Arbeiten bis zum Sommer dauern werden."
    doc = Pipeline(RunConfig(analyzers=())).extract_one(Page(source="x", content=text, kind="text"))
    assert doc.error is None
    assert doc.language == "de"
    assert any("English-only" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "text, kind",
    [("<!DOCTYPE html><html><body>x</body></html>", "html"), ("Just words.\nMore words.", "text"),
     ("intro <p>a</p><div>b</div><span>c</span>", "html")],
)
def test_sniff_kind(text: str, kind: str) -> None:
    assert sniff_kind(text) == kind


def test_extraction_crash_becomes_an_error_record(monkeypatch) -> None:
    import slant.run.pipeline as pipeline_module
    from slant.document import Page

    def boom(page, options):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(pipeline_module, "extract", boom)
    doc = Pipeline(RunConfig(analyzers=())).extract_one(Page(source="x", content="text"))
    assert doc.error.type == "extraction_failed" and "parser exploded" in doc.error.message


def test_undeclared_cp1252_is_decoded() -> None:
    text = decode_bytes(("Le café a rouvert lundi, a déclaré le maire de la ville. " * 20).encode("cp1252"))
    assert "café" in text and "déclaré" in text


# -- issue 20: text every writer can encode ------------------------------------------------------


def test_lone_surrogates_are_replaced_with_a_warning_and_every_writer_works(tmp_path: Path) -> None:
    import json
    import sqlite3

    from typer.testing import CliRunner

    from slant.cli import app
    from slant.store.outputs import read_parquet_records

    text = "The regional council of Tarsk voted on Monday \ud800 to close the old bridge for repairs, officials said. " * 3
    feed = tmp_path / "s.jsonl"
    feed.write_text(json.dumps({"text": text, "title": "Bridge \udfff closed"}) + "\n" + json.dumps({"text": text[:120]}) + "\n")
    db, out, parquet = tmp_path / "c.sqlite", tmp_path / "o.jsonl", tmp_path / "o.parquet"
    runner = CliRunner()
    for target in (out, parquet):
        result = runner.invoke(app, ["analyze", str(feed), "-o", str(target), "--db", str(db), "-a", "", "-w", "1", "--no-resume"])
        assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2 and all(r["error"] is None for r in records)
    assert "\ufffd" in records[0]["text"] and "\ud800" not in records[0]["text"]
    assert any("lone surrogates" in w for w in records[0]["warnings"])
    assert read_parquet_records(parquet) == records
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    conn.close()


def test_make_encodable_keeps_offsets_and_reaches_every_field() -> None:
    from slant.document import Comment, Document, Span
    from slant.run.encodable import make_encodable

    doc = Document(id="x", source="s\udcff", text="ab\ud800cd", title="t\ud800",
                   comments=[Comment(id="c1", text="x\udc00y", author="\ud801")],
                   spans={"techniques": [Span(3, 5, "Doubt", 0.5, "t.v1", {"note": "\ud802"})]},
                   extras={"thread": {"\ud803": ["\ud804"]}})
    assert make_encodable(doc)
    assert doc.text == "ab\ufffdcd" and doc.spans["techniques"][0].text_in(doc.text) == "cd"
    assert json_safe(doc.to_dict())
    assert doc.warnings.count("the input held invalid Unicode (lone surrogates); each was replaced by U+FFFD") == 1
    assert not make_encodable(doc)  # nothing left to replace


def json_safe(value: object) -> bool:
    import json

    json.dumps(value, ensure_ascii=False).encode("utf-8")
    return True
