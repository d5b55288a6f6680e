"""--engine ray: the same results as the local engine, resume and Parquet included.

Skipped when Ray is not installed (it is the optional `ray` extra)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ray = pytest.importorskip("ray")

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "scale"))
import scale_env  # noqa: E402

from slant.config import RunConfig  # noqa: E402
from slant.run.batch import run_batch  # noqa: E402
from slant.run.pipeline import Pipeline  # noqa: E402
from slant.sources.synthetic import news_page, write_corpus  # noqa: E402
from slant.store.outputs import read_parquet_records  # noqa: E402
from test_warc import build_warc  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    plugin = scale_env.use_fake_plugin()
    next(plugin)  # before ray.init: Ray's workers inherit PYTHONPATH and SLANT_PLUGINS
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()
    next(plugin, None)


def _inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "pages"
    write_corpus(folder, 7, words=50, comments=2)
    (folder / "broken.html").write_bytes(b"\x00\x01" * 40)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"html": news_page(100 + i, words=50, comments=1), "url": f"https://example.org/{i}"})
                              for i in range(3)) + "\nnot json\n", encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc, gzip=True)
    table = tmp_path / "feed.parquet"
    pq.write_table(pa.table({"text": ["The council of Tarsk voted on Monday to repair the old bridge, officials said."],
                             "url": ["https://example.org/text"]}), table)
    return [str(folder), str(feed), str(warc), str(table), str(tmp_path / "missing.html")]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _pipeline(**run: object) -> Pipeline:
    return Pipeline(RunConfig(analyzers=("scalefake",), plugins=(scale_env.PLUGIN,), **run))


def test_ray_matches_local_and_resumes(tmp_path: Path, local_ray) -> None:
    inputs = _inputs(tmp_path)
    local_out, ray_out, ray_db = tmp_path / "local.jsonl", tmp_path / "ray.jsonl", tmp_path / "ray.sqlite"
    local = run_batch(inputs, _pipeline(workers=2, batch_size=3), local_out, None)
    remote = run_batch(inputs, _pipeline(engine="ray", workers=2, batch_size=3), ray_out, ray_db)
    assert _lines(ray_out) == _lines(local_out)  # identical records, in the same order
    assert (remote.seen, remote.summary.results, remote.summary.errors) == (local.seen, 13, 3)
    assert remote.balanced and remote.stats["engine"] == "ray" and remote.stats["worker_peak_rss_mb"]

    # rerun on the same store: everything is skipped, the Parquet output still holds every input
    parquet = tmp_path / "ray.parquet"
    again = run_batch(inputs, _pipeline(engine="ray", workers=2, batch_size=3), parquet, ray_db)
    assert (again.skipped, again.summary.results, again.summary.errors) == (16, 0, 0)
    assert sorted(read_parquet_records(parquet), key=lambda r: r["source"]) == sorted(_lines(local_out), key=lambda r: r["source"])


FIXTURES = Path(__file__).parent / "fixtures"
#: Small pages written for this project: HTML comment threads of several systems, scraped
#: text pages with comments, actor and claim pages, and one synthetic news page.
REAL_PAGES = (
    "html/wordpress_nested.html", "html/generic_comments.html", "html/disqus_noscript.html",
    "html/threads_drupal_de.html", "text_pages/bridge-disqus.txt", "text_pages/convoy-wpdiscuz.txt",
    "actors/outlet_a.txt", "claims/article.txt",
)


def _field_differences(local: dict, remote: dict, path: str = "") -> list[str]:
    """Every leaf where two records differ (exact comparison: floats included)."""
    if isinstance(local, dict) and isinstance(remote, dict):
        return [d for key in sorted(set(local) | set(remote))
                for d in _field_differences(local.get(key), remote.get(key), f"{path}.{key}")]
    if isinstance(local, list) and isinstance(remote, list) and len(local) == len(remote):
        return [d for i, (a, b) in enumerate(zip(local, remote)) for d in _field_differences(a, b, f"{path}[{i}]")]
    return [] if local == remote else [f"{path}: {local!r:.120} != {remote!r:.120}"]


@pytest.mark.slow
def test_ray_matches_local_with_the_real_analyzers(tmp_path: Path, local_ray) -> None:
    """The shipped models and every default analyzer, both engines, 2 workers: the same records,
    field by field, with no float tolerance (inference runs each row alone, so it is deterministic)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, name in enumerate(REAL_PAGES):
        source = FIXTURES / name
        (folder / f"{i:02d}-{source.name}").write_bytes(source.read_bytes())
    (folder / "09-news.html").write_text(news_page(7, words=120, comments=4), encoding="utf-8")
    local_out, ray_out = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    real = RunConfig(workers=2, batch_size=3)
    run_batch([str(folder)], Pipeline(real), local_out, None)
    run_batch([str(folder)], Pipeline(real.with_(engine="ray")), ray_out, None)
    local, remote = _lines(local_out), _lines(ray_out)
    assert [r["source"] for r in remote] == [r["source"] for r in local] and len(local) == len(REAL_PAGES) + 1
    # the analyzers really ran: scored comments, technique spans, actors
    assert all(not r.get("error") for r in local)
    assert any(c.get("toxicity") for r in local for c in r["comments"])
    assert any(r["techniques"] for r in local) and any(r["actors"] for r in local)
    differences = [d for a, b in zip(local, remote) for d in _field_differences(a, b, a["source"].rsplit("/", 1)[-1])]
    assert not differences, differences[:10]
