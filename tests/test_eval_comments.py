"""`slant eval comments`: matching, author and parent scoring, lost pages, --as-text (issue 16).

Fixtures are two invented pages (tests/fixtures/comments_eval/pages) and their gold,
written with `slant.eval.gold_tools` from tests/fixtures/comments_eval/specs.json and
checked by hand: 3 comments each, one reply each.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from slant.cli import app
from slant.document import Comment
from slant.errors import SlantInputError
from slant.eval import gold_tools
from slant.eval.comments import is_held_out, match, norm_author, score_comments, score_page
from slant.eval.render import render_text

FIXTURES = Path(__file__).parent / "fixtures" / "comments_eval"
PAGES = FIXTURES / "pages"
GOLD = FIXTURES / "gold"
WP = "wp-invented-bridge.html"
FORUM = "forum-invented-tomates.html"

WP_TEXTS = [
    "Good decision. My grandfather helped rebuild that bridge after the flood and it would be a shame to lose it.",
    "Same here, Margaret. Six months of detours will be painful though, especially for the bus route.",
    "Has anyone asked what the repair will cost compared with a new bridge? The article does not say.\n"
    "I would like to see the engineering report before cheering.",
]
WP_AUTHORS = ["Margaret Lowe", "Tom Brady-Okafor", "river_watcher"]


def _gold(name: str) -> list[dict]:
    return json.loads((GOLD / f"{Path(name).stem}.json").read_text(encoding="utf-8"))["comments"]


def _wp_pred(texts: list[str] | None = None, authors: list[str | None] | None = None,
             parents: list[str | None] | None = None) -> list[Comment]:
    texts = texts or WP_TEXTS
    authors = authors or list(WP_AUTHORS)
    parents = parents or [None, "c0", None]
    return [Comment(id=f"c{i}", text=t, author=a, parent=p) for i, (t, a, p) in enumerate(zip(texts, authors, parents))]


def test_fixture_gold_is_what_the_specs_find(tmp_path: Path) -> None:
    """The gold files are reproducible from the specs (the gold tool and the fixtures agree)."""
    specs = json.loads((FIXTURES / "specs.json").read_text(encoding="utf-8"))
    gold_tools.write(specs, PAGES, tmp_path)
    for name in (WP, FORUM):
        stem = Path(name).stem
        assert json.loads((tmp_path / f"{stem}.json").read_text()) == json.loads((GOLD / f"{stem}.json").read_text())
    assert [c["parent"] for c in _gold(WP)] == [None, 0, None]
    assert [c["author"] for c in _gold(WP)] == WP_AUTHORS


def test_exact_match_scores_one() -> None:
    row = score_page(_wp_pred(), _gold(WP))
    assert (row["matched"], row["f1"], row["author_accuracy"], row["parent_accuracy"]) == (3, 1.0, 1.0, 1.0)


def test_opening_hash_ignores_case_and_punctuation() -> None:
    shouted = [WP_TEXTS[0].upper().replace(".", "!!"), *WP_TEXTS[1:]]
    assert match(_wp_pred(texts=shouted), _gold(WP))[0] == 0


def test_fuzzy_match_survives_a_stray_word_but_not_another_text() -> None:
    stray = ["Reply " + WP_TEXTS[0], WP_TEXTS[1], "Completely unrelated words about football scores and weather today."]
    pairs = match(_wp_pred(texts=stray), _gold(WP))
    assert pairs == {0: 0, 1: 1}
    row = score_page(_wp_pred(texts=stray), _gold(WP))
    assert (row["precision"], row["recall"]) == (round(2 / 3, 4), round(2 / 3, 4))


def test_matching_is_one_to_one() -> None:
    twice = [WP_TEXTS[0], WP_TEXTS[0], WP_TEXTS[2]]
    row = score_page(_wp_pred(texts=twice, parents=[None, None, None]), _gold(WP))
    assert row["matched"] == 2 and row["predicted"] == 3


def test_author_normalization() -> None:
    assert norm_author("  @Margaret   LOWE ") == norm_author("margaret lowe")
    assert norm_author("ｍａｒｇａｒｅｔ") == "margaret"  # NFKC: full-width letters
    assert norm_author("") is None and norm_author("@") is None
    row = score_page(_wp_pred(authors=["@margaret  lowe", "Tom Brady Okafor", None]), _gold(WP))
    assert row["authors_right"] == 1  # a changed hyphen and a missing author are wrong


def test_parent_accuracy() -> None:
    wrong = score_page(_wp_pred(parents=[None, None, "c0"]), _gold(WP))
    assert wrong["parents_right"] == 1  # only the first top-level comment is right
    # a reply to a predicted comment that matched nothing (a forum's opening post) is top-level
    opening_post = Comment(id="op", text="Opening post words that the gold keeps as the body of the page")
    to_op = score_page([opening_post, *_wp_pred(parents=["op", "c0", "op"])], _gold(WP))
    assert to_op["matched"] == 3 and to_op["parents_right"] == 3
    # a reply attached to the wrong real comment is wrong
    misplaced = score_page(_wp_pred(parents=[None, "c2", None]), _gold(WP))
    assert misplaced["parents_right"] == 2


def test_lost_page_is_counted(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    missing = json.loads((GOLD / "wp-invented-bridge.json").read_text())
    (gold / "gone.json").write_text(json.dumps({**missing, "page": "gone.html"}))
    def fake(page: Path, as_text: bool) -> list[Comment]:
        page.read_bytes()  # a missing page raises here, as the real predictor would
        return _wp_pred()

    out = score_comments(PAGES, gold, predict=fake)
    assert out["pages"]["gone.html"]["error"]
    assert out["pages"]["gone.html"]["matched"] == 0
    total = out["total"]
    assert total["lost"] == 1 and total["pages"] == 3 and total["gold"] == 9
    # the fake predictor answers the WordPress comments for every page: WP matches, the others do not
    assert total["matched"] == 3 and total["recall"] == round(3 / 9, 4)


def test_refused_page_is_lost_not_a_crash() -> None:
    def refuse(page: Path, as_text: bool) -> list[Comment]:
        raise SlantInputError("no_text", "no article text or comments found")

    out = score_comments(PAGES, GOLD, predict=refuse)
    assert out["total"]["lost"] == 2 and out["total"]["f1"] == 0.0
    assert "no article text" in out["pages"][WP]["error"]


def test_only_splits_by_the_held_out_rule() -> None:
    names = [WP, FORUM]
    for only in ("tune", "heldout"):
        out = score_comments(PAGES, GOLD, only=only, predict=lambda page, as_text: [])
        assert set(out["pages"]) == {n for n in names if is_held_out(n) == (only == "heldout")}
    assert is_held_out("wp-theblaze-fluke-contraception.html")  # one of the 13 listed in the gold README


def test_real_extraction_on_core_wordpress_markup() -> None:
    """End to end through slant's extractor on the plainest markup there is."""
    row = score_comments(PAGES, GOLD)["pages"][WP]
    assert row["f1"] == 1.0 and row["author_accuracy"] == 1.0 and row["parent_accuracy"] == 1.0


def test_render_text_is_what_a_scraper_sees() -> None:
    text = render_text((PAGES / WP).read_text(encoding="utf-8"))
    lines = text.splitlines()
    assert "should never be rendered" not in text and "color:red" not in text
    assert "Town votes to repair the old bridge" in lines
    assert lines.count("Reply") == 3  # chrome stays: removing it is the extractor's job
    assert WP_TEXTS[2].splitlines()[1] in lines  # paragraphs on their own lines
    assert render_text("") == "" and render_text("<<<>>>\x00") == render_text("<<<>>>\x00")
    # a scraper runs no JavaScript: <noscript> fallbacks (Discourse posts) are shown, scripts are not
    no_js = render_text("<html><body><noscript><p>Posts for crawlers</p></noscript><script>app()</script></body></html>")
    assert no_js == "Posts for crawlers"


def test_render_text_lays_text_out_as_other_scrapers_do() -> None:
    page = "<html><body><h1>Title</h1><p>A <a href='/x'>linked</a> word, and more.</p><p>Next</p><script>x()</script></body></html>"
    assert render_text(page) == "Title\nA linked word, and more.\nNext"
    assert render_text(page, "spaced") == "Title\n\nA linked word, and more.\n\nNext"
    assert render_text(page, "nodes") == "Title\nA\nlinked\nword, and more.\nNext"
    with pytest.raises(ValueError):
        render_text(page, "markdown")
    # an XHTML page that declares its encoding, as decoded text: lxml refuses the declaration itself
    declared = '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html>\n' + page
    assert all(render_text(declared, r) == render_text(page, r) for r in ("blocks", "spaced", "nodes"))


def test_as_text_scores_every_rendering() -> None:
    totals = {r: score_comments(PAGES, GOLD, as_text=True, rendering=r) for r in ("blocks", "spaced", "nodes")}
    assert {out["rendering"] for out in totals.values()} == {"blocks", "spaced", "nodes"}
    assert totals["spaced"]["total"] == totals["blocks"]["total"]  # evenly spaced pages read single-spaced
    bad = CliRunner().invoke(app, ["eval", "comments", "--pages", str(PAGES), "--gold", str(GOLD), "--as-text", "--rendering", "pdf"])
    assert bad.exit_code != 0 and "--rendering" in bad.output


@pytest.mark.parametrize("as_text", [False, True])
def test_cli_prints_json(as_text: bool) -> None:
    args = ["eval", "comments", "--pages", str(PAGES), "--gold", str(GOLD)] + (["--as-text"] if as_text else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["as_text"] is as_text and set(out["pages"]) == {WP, FORUM}
    assert out["total"]["gold"] == 6 and out["total"]["lost"] == 0


def test_cli_refuses_an_unknown_split() -> None:
    result = CliRunner().invoke(app, ["eval", "comments", "--pages", str(PAGES), "--gold", str(GOLD), "--only", "x"])
    assert result.exit_code != 0


# --- slant eval forum (web-forum-52 terms) on an invented thread record ---

POSTS = [
    ("Ann", "./member.php?u=1", "3 May 2020 10:15",
     "Has anyone tried growing tomatoes on a north facing balcony? Mine get very little sun."),
    ("Bob", "./member.php?u=2", "4 May 2020 08:00",
     "I did for two summers. Cherry tomatoes were fine, the big ones never ripened properly."),
    ("Cleo", None, "2 hours ago",
     "Try a reflective sheet behind the pots, it helped my peppers a lot last year."),
]


def _forum_record() -> dict:
    """A thread record in the dataset's format: offsets into `text`, users as links or names."""
    text, notes, html_posts = "Forum > Garden ", [], []
    for name, link, when, body in POSTS:
        if link:
            text += f"[]({link}) "  # an avatar link without a label
            text += "["
            start = len(text) + len(name) + 2
            text += f"{name}]({link}) "
            user = {"surface_form": link, "start": start, "end": start + len(link)}
        else:
            start = len(text)
            text += f"{name} "
            user = {"surface_form": name, "start": start, "end": start + len(name)}
        d0 = len(text)
        text += f"{when} "
        p0 = len(text)
        text += f"{body} "
        notes.append({"user": user, "datetime": {"surface_form": when, "start": d0, "end": d0 + len(when)},
                      "post_text": {"surface_form": body, "start": p0, "end": p0 + len(body)}})
        html_posts.append(f'<div class="post"><span class="author">{name}</span><p>{body}</p></div>')
    for note in notes:
        for key in ("user", "datetime", "post_text"):
            assert text[note[key]["start"]:note[key]["end"]] == note[key]["surface_form"]
    html = '<html lang="en"><body>' + "".join(html_posts) + "</body></html>"
    return {"id": "i1", "url": "https://forum.invalid/t/1", "html": html, "text": text, "gold_standard_annotation": notes}


def test_forum_gold_user_is_the_name_the_page_shows() -> None:
    from slant.eval.forum import gold_user

    record = _forum_record()
    assert [gold_user(record, p) for p in record["gold_standard_annotation"]] == ["Ann", "Bob", "Cleo"]


def test_forum_gold_day_needs_a_full_date() -> None:
    from datetime import date

    from slant.eval.forum import gold_day

    assert gold_day("3 May 2020 10:15", "en") == date(2020, 5, 3)
    assert gold_day("23.12.2019 15:53", "de") == date(2019, 12, 23)
    assert gold_day("2 hours ago", "en") is None and gold_day("March 27", "en") is None


def test_forum_score_page_counts_matches_users_and_dates() -> None:
    from slant.eval.forum import score_page

    record = _forum_record()
    pred = [
        {"text": POSTS[0][3], "user": "ann", "date": "2020-05-03T10:15:00"},
        {"text": POSTS[1][3] + " Edited.", "user": "Bobby", "date": "2020-05-05"},  # ratio > 95, wrong user, wrong day
        {"text": "Cherry tomatoes were fine.", "user": "Cleo", "date": None},  # too short a part: no match
        {"text": "Home | Forum | Garden | Log in", "user": None, "date": None},
    ]
    row = score_page(record, pred, threshold=95.0, language="en")
    assert (row["gold"], row["predicted"], row["matched"]) == (3, 4, 2)
    assert row["users_right"] == 1 and (row["dates_right"], row["dated_matches"]) == (1, 2)
    strict = score_page(record, pred, threshold=99.9, language="en")
    assert strict["matched"] == 1


def test_forum_cli_runs_on_a_gold_folder(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "thread.json").write_text(json.dumps(_forum_record()), encoding="utf-8")
    (tmp_path / "gold" / "empty.json").write_text(json.dumps({**_forum_record(), "html": ""}), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "forum", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["total"]["pages"] == 2 and out["total"]["gold"] == 6
    assert out["pages"]["empty"]["error"] and out["pages"]["empty"]["matched"] == 0
    assert out["total"]["lost"] == 1
    assert CliRunner().invoke(app, ["eval", "forum", "--data", str(tmp_path / "nope")]).exit_code != 0


@pytest.mark.parametrize("as_text", [False, True])
def test_forum_as_text_extracts_the_scraper_rendering(as_text: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`slant eval forum --as-text` goes through the same path as `slant eval comments --as-text`."""
    import slant.extract
    from slant.document import Page

    real = slant.extract.extract
    seen: list[Page] = []

    def spy(page: Page):  # type: ignore[no-untyped-def]
        seen.append(page)
        return real(page)

    monkeypatch.setattr(slant.extract, "extract", spy)
    (tmp_path / "gold").mkdir()
    record = _forum_record()
    (tmp_path / "gold" / "thread.json").write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "forum", "--data", str(tmp_path)] + (["--as-text"] if as_text else []))
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["as_text"] is as_text and out["total"]["gold"] == 3 and not out["total"]["lost"]
    assert [p.kind for p in seen] == ["text" if as_text else "html"]
    assert seen[0].content == (render_text(record["html"]) if as_text else record["html"])


# --- gold_tools parent rules used by the tuned-page specs ---

HN_LIKE = """<html><body><table>
<tr class="comtr"><td class="ind" indent="0"></td><td><a class="hnuser">a</a><div class="commtext">first top level words here</div></td></tr>
<tr class="comtr"><td class="ind" indent="1"></td><td><a class="hnuser">b</a><div class="commtext">reply to the first one here</div></td></tr>
<tr class="comtr"><td class="ind" indent="2"></td><td><a class="hnuser">c</a><div class="commtext">reply to the reply here</div></td></tr>
<tr class="comtr"><td class="ind" indent="0"></td><td><a class="hnuser">d</a><div class="commtext">second top level words</div></td></tr>
</table></body></html>"""

LEVELS = """<html><body>
<div class="C"><span>level 1</span><p>one</p></div><div class="C"><span>level 2</span><p>two</p></div>
<div class="C"><span>level 2</span><p>three</p></div><div class="C"><span>level 1</span><p>four</p></div></body></html>"""

QUOTES = """<html><body>
<article class="m" data-content="post-10"><p>opening post</p></article>
<article class="m" data-content="post-11"><p>first answer</p></article>
<article class="m" data-content="post-12"><blockquote data-source="post: 11">first answer</blockquote><p>answer to the first</p></article>
<article class="m" data-content="post-13"><blockquote data-source="post: 10">opening post</blockquote><p>answer to the opening post</p></article>
</body></html>"""


@pytest.mark.parametrize(("page", "spec", "parents"), [
    (HN_LIKE, {"item": "tr.comtr", "author": "a.hnuser", "text": "div.commtext", "parent": "depth_attr:td.ind@indent"},
     [None, 0, 1, None]),
    (LEVELS, {"item": "div.C", "text": "p", "parent": "depth_text:^level (\\d+)"}, [None, 0, 0, None]),
    (QUOTES, {"item": "article.m", "text": "p", "parent": "idref", "id_attr": "data-content",
              "parent_ref": ["blockquote", "data-source"], "id_digits": True, "skip_first": 1}, [None, 0, None]),
])
def test_gold_tools_parent_rules(page: str, spec: dict, parents: list) -> None:
    from lxml import html as lxml_html

    rows = gold_tools.apply_spec(lxml_html.document_fromstring(page), spec)
    assert [r["parent"] for r in rows] == parents


def test_forum_pages_split_by_the_held_out_rule_on_the_page_file_name() -> None:
    """`slant eval forum --only`: the sha256 rule on html/<name>.html, and --page narrows further."""
    from slant.eval.comments import is_held_out
    from slant.eval.forum import selected

    stems = [f"forum.invalid.thread.{i}" for i in range(30)]
    held = [s for s in stems if selected(s, "heldout")]
    tune = [s for s in stems if selected(s, "tune")]
    assert held and tune and sorted(held + tune) == sorted(stems)
    assert all(is_held_out(s + ".html") for s in held) and not any(is_held_out(s + ".html") for s in tune)
    assert [s for s in stems if selected(s, "all", frozenset({stems[3]}))] == [stems[3]]
