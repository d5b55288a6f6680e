"""Plain-text extraction: behaviour on hand-written pages, pinned floors, edge cases."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slant.eval.extraction import score_extraction
from slant.extract.dates import parse_date_line
from slant.extract.names import clean_author_line
from slant.extract.text.boilerplate import (
    LINKLIST,
    SEPARATOR,
    THREAD,
    TIMESTAMP,
    chrome_kind,
    is_caption,
)
from slant.extract.text.names import has_says, name_score
from slant.extract.text.page import extract_text
from slant.extract.text.quoted import is_quoted_outlet
from work import lines_run

PAGES = Path(__file__).parent / "fixtures" / "text_pages"
#: Floors for the '-round4' pages, set below the figures they gave when scored once as unseen.
ROUND4_LINE_FLOOR = 0.95  # measured 0.979 (189 lines)
ROUND4_F1_FLOOR = 0.9  # measured 1.0 (18 comments)


def _page(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


def _gold(name: str) -> dict:
    return json.loads((PAGES / f"{name}.gold.json").read_text(encoding="utf-8"))


# --- pinned floors on the fixture pages -----------------------------------------

UNSEEN_SETS = ("-final", "-round4")  # scored once as unseen pages, with their own floors


def _copy_pages(folder: Path, keep) -> Path:
    """Copy the fixture pages (page + gold) whose stem passes `keep` into folder."""
    for path in PAGES.glob("*.gold.json"):
        stem = path.name.removesuffix(".gold.json")
        if keep(stem):
            for suffix in (".txt", ".gold.json"):
                src = PAGES / f"{stem}{suffix}"
                (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _tuned(stem: str) -> bool:
    return not stem.endswith(UNSEEN_SETS)


def test_floors_on_fixture_pages(tmp_path: Path) -> None:
    result = score_extraction(_copy_pages(tmp_path, _tuned))
    assert result["n_pages"] >= 23
    assert result["line_accuracy"] >= 0.98
    assert result["fine_accuracy"] >= 0.97
    assert result["comment_f1"] >= 0.95
    assert result["author_accuracy"] >= 0.95
    assert result["parent_accuracy"] >= 0.9
    assert result["title_accuracy"] >= 0.95
    for name, page in result["pages"].items():
        assert page["line_accuracy"] >= 0.95, name


@pytest.mark.parametrize(
    ("suffix", "line_floor", "f1_floor"),
    # '-round4' scored once after the '-round3' fixes (see the fixtures README); '-round3' was tuned on since
    [("-final", 0.85, 0.85), ("-round4", ROUND4_LINE_FLOOR, ROUND4_F1_FLOOR)],
)
def test_unseen_page_sets_do_not_regress(tmp_path: Path, suffix: str, line_floor: float, f1_floor: float) -> None:
    """Pages scored once as unseen keep their own (lower) floors: a record, not a tuning target."""
    result = score_extraction(_copy_pages(tmp_path, lambda stem: stem.endswith(suffix)))
    assert result["n_pages"] >= 4
    assert result["line_accuracy"] >= line_floor
    assert result["comment_f1"] >= f1_floor


def test_score_extraction_counts_a_wrong_prediction(tmp_path: Path) -> None:
    """The scorer is not blind: a gold file that disagrees with the page scores lower."""
    gold = _gold("quarry-anon")
    for entry in gold["lines"]:
        if entry["kind"] == "comment_text":
            entry["kind"] = "body"
    gold["comments"] = gold["comments"][:1]
    (tmp_path / "quarry-anon.txt").write_text(_page("quarry-anon"), encoding="utf-8")
    (tmp_path / "quarry-anon.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = score_extraction(tmp_path)
    assert result["line_accuracy"] < 0.8
    assert result["comment_recall"] == 1.0
    assert result["comment_precision"] < 0.2


def test_score_extraction_needs_gold_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        score_extraction(tmp_path)


def test_fixture_gold_matches_its_annotation(tmp_path: Path) -> None:
    """The committed .txt/.gold.json are exactly what build_gold.py makes from the .ann files."""
    spec = importlib.util.spec_from_file_location("build_gold", PAGES / "build_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    anns = sorted(PAGES.glob("*.ann"))
    assert len(anns) >= 15
    for ann in anns:
        copy = tmp_path / ann.name
        copy.write_text(ann.read_text(encoding="utf-8"), encoding="utf-8")
        module.build(copy)
        stem = ann.name.removesuffix(".ann")
        for suffix in (".txt", ".gold.json"):
            built = (tmp_path / f"{stem}{suffix}").read_text(encoding="utf-8")
            assert built == (PAGES / f"{stem}{suffix}").read_text(encoding="utf-8"), stem + suffix


# --- behaviour on single pages --------------------------------------------------

def test_disqus_thread_authors_and_replies() -> None:
    result = extract_text(_page("bridge-disqus"))
    assert result.title == "Engineers Warn Old Rail Bridge at Darrow Could Close Within a Year"
    assert result.published == "2024-03-14"
    authors = [c.author for c in result.comments]
    assert authors == [
        "Gwen Ashdown", "Felix Moreau", "Gwen Ashdown", "railfan_77",
        "Odile Brandt", "Kaspar Lind", "railfan_77",
    ]
    assert [c.id for c in result.comments] == [f"c{k}" for k in range(1, 8)]
    by_id = {c.id: c for c in result.comments}
    assert by_id["c2"].parent == "c1"  # '@Gwen Ashdown ...'
    assert by_id["c3"].parent == "c2"  # 'Felix, ...'
    assert by_id["c7"].parent == "c6"  # 'Kaspar, ...'
    assert by_id["c1"].parent is None
    # a two-line comment keeps both lines; the controls around it are chrome
    assert by_id["c3"].text.count("\n") == 1
    assert "Reply" not in by_id["c3"].text
    assert "Advertisement" not in result.body


def test_facebook_thread_controls_are_boilerplate() -> None:
    page = _page("ward-facebook")
    result = extract_text(page)
    lines = page.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Like · Reply"):
            assert result.line_kinds[i] == "boilerplate"
    assert [c.author for c in result.comments][:2] == ["Maria Lopez", "Tom Becker"]
    assert result.comments[1].parent == "c1"
    assert result.comments[4].parent == "c3"  # 'Ahmed Qureshi the 2019 plan ...'


def test_wordpress_says_lines_give_clean_names() -> None:
    result = extract_text(_page("strike-wordpress"))
    assert result.published == "2024-06"  # month-and-year date line
    assert result.comments[0].author == "Ruth Okafor"
    assert result.comments[0].published == "2024-06-11"  # from 'June 11, 2024 at 4:15 pm'
    assert result.comments[5].published == "2024-06-14"
    assert result.comments[2].text.count("\n\n") == 2  # three paragraphs
    assert result.comments[2].parent == "c1"


def test_page_without_comments_keeps_subheadings_in_body() -> None:
    for name in ("festival-nocomments", "clinic-subheads"):
        result = extract_text(_page(name))
        gold = _gold(name)
        assert result.comments == [] and result.comment_lines == []
        lines = _page(name).splitlines()
        expected = [lines[e["n"] - 1] for e in gold["lines"] if e["kind"] in ("body", "quoted_outlet")]
        assert result.body == "\n\n".join(expected)


def test_missing_name_lines_and_empty_comments() -> None:
    page = _page("quarry-anon")
    result = extract_text(page)
    gold = _gold("quarry-anon")
    assert result.comment_lines == [(c["first_line"], c["last_line"]) for c in gold["comments"]]
    assert [c.author for c in result.comments] == [c["author"] for c in gold["comments"]]
    long_comment = result.comments[4]
    assert long_comment.author is None and long_comment.text.count("\n\n") == 4
    # a name line whose comment is missing is still an author line, with no comment
    lines = page.splitlines()
    empty_name = lines.index("Sam Okonjo")
    assert result.line_kinds[empty_name] == "comment_author"
    assert "Sam Okonjo" not in {c.author for c in result.comments}


def test_body_is_made_of_body_lines() -> None:
    page = _page("bridge-disqus")
    result = extract_text(page)
    lines = page.splitlines()
    body = [lines[i] for i, k in enumerate(result.line_kinds) if k == "body"]
    assert result.body == "\n\n".join(body)
    assert result.line_kinds.count("title") == 1


# --- edge cases -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "\n", "   \n\t\n", "\r\n\r\n"])
def test_empty_pages(text: str) -> None:
    result = extract_text(text)
    assert result.title is None and result.body == "" and result.comments == []
    assert result.line_kinds == ["blank"] * len(text.splitlines())


def test_one_line_page() -> None:
    result = extract_text("Mayor Opens New Library in Eastport Harbour District")
    assert result.line_kinds == ["title"]
    assert result.title == "Mayor Opens New Library in Eastport Harbour District"
    assert result.body == "" and result.comments == []


def test_crlf_line_endings_give_the_same_result() -> None:
    page = _page("quarry-anon")
    lf = extract_text(page)
    crlf = extract_text(page.replace("\n", "\r\n"))
    assert crlf.line_kinds == lf.line_kinds
    assert crlf.comment_lines == lf.comment_lines
    assert [c.text for c in crlf.comments] == [c.text for c in lf.comments]
    assert crlf.body == lf.body and crlf.title == lf.title


def test_very_long_lines_stay_body() -> None:
    """A 1 MB line (its extraction time: `python benchmarks/text_extraction.py --shapes`)."""
    page = _page("festival-nocomments")
    huge = "The council met again. " * 40_000  # about 1 MB on one line
    text = page.replace("Entry remains free.", huge + "Entry remains free.")
    result = extract_text(text)
    assert huge.strip() in result.body


def _short_lines_page(first: int, count: int) -> tuple[str, str]:
    """A page of `count` one-line comments, each under its author's name (numbered from `first`, so two
    pages share no line a reader's line cache could hold); and the comment lines alone."""
    text = "\n\n".join(f"Person Number{k}\n\nshort remark {k}" for k in range(first, first + count))
    return "A Headline About Something Here\n\n" + "Body text. " * 20 + "\n\n" + text, text


def test_many_short_lines_grow_linearly() -> None:
    """8x the comments is about 8x the work (Python lines run: the same on any machine; a reading
    that compares each line with all others does up to 64x)."""
    small, _ = _short_lines_page(0, 150)
    large, text = _short_lines_page(10_000, 1200)
    _, short_work = lines_run(lambda: extract_text(small))
    result, long_work = lines_run(lambda: extract_text(large))
    assert long_work < 11 * short_work, (short_work, long_work)
    assert len(result.comments) == 1200
    assert result.comments[-1].author == "Person Number11199"
    assert len(result.line_kinds) == len(("x\n\n" + "y\n\n" + text).splitlines())


# --- line rules -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Reply · Share ›", SEPARATOR),
        ("Like · Reply · 3y", SEPARATOR),
        ("Log in to reply", SEPARATOR),
        ("+12", SEPARATOR),
        ("View 3 more replies", SEPARATOR),
        ("5 years ago", TIMESTAMP),
        ("March 3, 2021 at 4:15 pm", TIMESTAMP),
        ("124 Comments", THREAD),
        ("Notify of", THREAD),
        ("Leave a Reply Cancel reply", THREAD),
        ("Join the discussion…", THREAD),
        ("Related articles", LINKLIST),
        ("Also on The Daily Example", LINKLIST),
        ("Home | World | Sport | Weather", "chrome"),
        ("1,000 €", "chrome"),
        ("$25/month", "chrome"),
        ("Donate to Example News", "chrome"),
        ("Click to see the full-size photo", "chrome"),
        ("By Jane Roe", "chrome"),
        ("Byron Kane", None),
        ("Ana Lucia Ferreira", None),
        ("The minister said the plan would be announced next week.", None),
        # dated edit notes under a post, in several languages; an edit told in a sentence is text
        ("Last edited by a moderator: Mar 4, 2021", "chrome"),
        ("Post edited by kettle_drum on April 2", "chrome"),
        ("Zuletzt bearbeitet von Gast; 12.03.2020 um 10:01 Uhr", "chrome"),
        ("Dernière modification par Lou ; 03/05/2019 à 10h00", "chrome"),
        ("Última edición por Ana: 3 mar 2019", "chrome"),
        ("Последний раз редактировалось Олег; 03.05.2019 в 10:00", "chrome"),
        ("The draft was edited by three people in 2019.", None),
    ],
)
def test_chrome_kind(line: str, kind: str | None) -> None:
    assert chrome_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("JUNE 2023", "2023-06"),
        ("Published: 4 November 2025", "2025-11-04"),
        ("March 14, 2024 - 09:30", "2024-03-14"),
        ("2019-02-28", "2019-02-28"),
        ("12.09.2025", "2025-09-12"),
        ("Tuesday, May 6, 2025", "2025-05-06"),
        ("In June 2023 the council voted to close the pool.", None),
        ("February 30, 2024", None),
    ],
)
def test_parse_date_line(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    ("line", "is_name"),
    [
        ("Jane Roe", True),
        ("skywatcher_12", True),
        ("Ana Lucia Ferreira", True),
        ("Omar al Rashid", True),
        ("Jane Roe says:", True),
        ("Agreed.", False),
        ("So true", False),
        ("Exactly", False),
        ("What now?", False),
        ("Over seventy years I believe", False),
        ("the attack", False),
        ("The Objective Observer", True),  # a capitalised phrase with a real word
        ("Thank You", False),
        ("diego c.", True),
    ],
)
def test_name_score(line: str, is_name: bool) -> None:
    assert (name_score(line) >= 0.5) is is_name


def test_author_line_forms() -> None:
    assert has_says("Jane Roe says:")
    assert has_says("Kerstin's neighbour • 1 hour ago")  # name with an inline timestamp
    assert not has_says("Markets · Economy · Companies")
    assert not has_says("Like · Reply · 3y")


def test_site_chrome_rules_spare_comments() -> None:
    """'Follow the money' is a sidebar link in the article but a comment in the thread."""
    assert chrome_kind("Follow the money") == "chrome"
    assert chrome_kind("Follow the money", in_thread=True) is None
    assert chrome_kind("Support Example News", in_thread=True) == "chrome"  # donation widget


def test_nameless_first_comment_after_closing_chrome() -> None:
    page = _page("flood-heldout")
    result = extract_text(page)
    first = result.comments[0]
    assert first.author is None and first.text.startswith("Every year the same.")
    assert "Every year the same" not in result.body
    assert result.body.endswith("What next?")
    assert result.published == "2021-05"
    # 'Vlad the Impaler' reads like a phrase but posts twice: a name
    assert [c.author for c in result.comments].count("Vlad the Impaler") == 2


def test_byline_with_date_and_vote_widgets() -> None:
    result = extract_text(_page("museum-heldout"))
    assert result.title == "City Museum to Return Carved Masks to Island Community After Decades"
    assert result.published == "2026-01-18"  # from 'By ... | 18 January 2026'
    assert len(result.comments) == 4  # vote widgets and a deleted comment are not comments
    assert all("▲" not in c.text for c in result.comments)


def test_clean_author() -> None:
    assert clean_author_line("Jane Roe says:") == "Jane Roe"
    assert clean_author_line("Jane Roe • 5 years ago") == "Jane Roe"
    # a gender or role marker after the name is not part of it
    assert [clean_author_line(x) for x in ("Tolu(m)", "Ada (f)", "Bo (OP)", "Cy (Mod)")] == ["Tolu", "Ada", "Bo", "Cy"]
    assert clean_author_line("Ann (Paris office)") == "Ann (Paris office)"  # longer: kept
    assert clean_author_line("(m)") == "(m)"  # nothing left: the line as it was


@pytest.mark.parametrize(
    "line", ["9:00am On Apr 24", "12:15pm on April 24, 2020", "10:15 le 3 mai 2024", "19:05, 7 Feb", "08:30 am 3. Mai 2024"]
)
def test_a_time_before_its_date_is_a_timestamp(line: str) -> None:
    from slant.extract.text.boilerplate import is_timestamp

    assert is_timestamp(line)
    assert not is_timestamp(line + " the meeting starts")


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("The state broadcaster NTV reported on Friday that the talks had collapsed.", True),
        ("According to Reuters, the ship left port at dawn.", True),
        ("Reuters said the ship left port at dawn.", True),
        ("The minister said the ship left port at dawn, according to the ministry.", False),
        ("These reports have been ignored by the media.", False),
    ],
)
def test_is_quoted_outlet(line: str, quoted: bool) -> None:
    assert is_quoted_outlet(line) is quoted


def test_captions() -> None:
    assert is_caption("Firefighters at the depot on Monday. (Photo: City Fire Service)")
    assert is_caption("The new bridge under construction. Photo: Anna Berg")
    assert not is_caption("The council said the bridge would open in May (source: council minutes).")


def test_thread_without_blank_lines_or_names_shapes() -> None:
    """A name above a timestamp is an author even when it reads like a phrase."""
    page = (
        "Town Hall Roof Repairs Finally Begin After Two Winters\n\n"
        "Builders started work on the roof of the town hall on Monday, two years after storm damage closed the upper floor.\n\n"
        "3 Comments\n"
        "voice of reason\n"
        "2 days ago\n"
        "About time.\n"
        "Reply\n"
        "Ana Ruiz\n"
        "2 days ago\n"
        "@voice of reason agreed, two winters with buckets in the corridor.\n"
        "Reply\n"
    )
    result = extract_text(page)
    assert [c.author for c in result.comments] == ["voice of reason", "Ana Ruiz"]
    assert [c.text for c in result.comments] == [
        "About time.",
        "@voice of reason agreed, two winters with buckets in the corridor.",
    ]
    assert result.comments[1].parent == "c1"


def test_short_comment_above_a_name_is_text() -> None:
    page = (
        "Harbour Festival Draws Record Crowd to the Old Quay\n\n"
        "About 40,000 people visited the harbour festival over the weekend, organisers said on Sunday evening.\n\n"
        "Notify of\n"
        "Mila Hart\n\nWhat a weekend, the lights were beautiful.\n\n\n"
        "Bravo Organisers\n\n"
        "Jon Pike\n\nToo crowded on Saturday, we left after an hour.\n"
    )
    result = extract_text(page)
    assert [(c.author, c.text) for c in result.comments] == [
        ("Mila Hart", "What a weekend, the lights were beautiful."),
        (None, "Bravo Organisers"),
        ("Jon Pike", "Too crowded on Saturday, we left after an hour."),
    ]


# --- properties -----------------------------------------------------------------

_LINE = st.one_of(
    st.just(""),
    st.sampled_from(["Reply", "Jane Roe", "5 years ago", "12 Comments", "$ 5", "Agreed.", "|", "·", ","]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
)


#: Short lines and separators alone: a page scraped one text node per line (`text/inline.py`).
_NODE_LINE = st.sampled_from(["|", ",", "·", "ann", "on Mar 3, 2024", "next", "parent", "Nice point.", "", "Reply", "bob k"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(_LINE, max_size=40), st.lists(_NODE_LINE, max_size=80)), st.sampled_from(["\n", "\r\n"]))
def test_extract_text_properties(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    result = extract_text(text)
    page_lines = text.splitlines()
    assert len(result.line_kinds) == len(page_lines)
    body_lines = [page_lines[i] for i, k in enumerate(result.line_kinds) if k == "body"]
    assert result.body == "\n\n".join(body_lines)
    assert len(result.comments) == len(result.comment_lines)
    for comment, (first, last) in zip(result.comments, result.comment_lines):
        assert 1 <= first <= last <= len(page_lines)
        assert result.line_kinds[first - 1] == "comment_text"
        for part in comment.text.split("\n"):
            assert part in page_lines[first - 1 : last]
    ids = [c.id for c in result.comments]
    for comment in result.comments:
        assert comment.parent is None or ids.index(comment.parent) < ids.index(comment.id)


def test_cli_prints_scores(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from slant.cli.eval_extraction import eval_extraction  # a CLI that will not import fails here

    eval_extraction(gold=_copy_pages(tmp_path, _tuned))
    out = json.loads(capsys.readouterr().out)
    assert out["n_pages"] >= 15 and out["line_accuracy"] >= 0.98


# --- layouts added for generalisation (forum, Reddit-like, control rows) ----------

@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Like · Reply · 14 · 2y · Edited", "separator"),
        ("Report | Reply", "separator"),
        ("Reply Share Report Save", "separator"),
        ("Continue this thread", "separator"),
        ("12 points · 4 hours ago", "timestamp"),
        ("level 2", "timestamp"),
        ("#3", "timestamp"),
        ("Senior Member", "timestamp"),
        ("Joined: Mar 2019", "timestamp"),
        ("Posts: 1,204", "timestamp"),
        ("5 min read", "chrome"),
        ("Updated 11:02 AM", "chrome"),
        ("Your email address will not be published. Required fields are marked *", "chrome"),
        ("Kim Roe is a columnist for the Example Times and a former teacher.", "chrome"),
        ("Markets · Economy · Companies", "chrome"),
        ("Ana Lucia Ferreira", None),
    ],
)
def test_comment_system_vocabulary(line: str, kind: str | None) -> None:
    assert chrome_kind(line) == kind


def test_forum_badges_and_quotes_give_authors_and_parents() -> None:
    page = "\n".join([
        "Council Votes to Close the Old Pier",
        "The council voted on Monday to close the old pier for two years while engineers repair its pillars.",
        "Comments (2)",
        "#1", "Mara Quist", "Member", "Joined: May 2020", "Posts: 40",
        "The pier has been falling apart for years, closing it was overdue.",
        "Quote",
        "#2", "dock_rat", "Senior Member", "Joined: Jan 2011", "Posts: 2,310",
        "> falling apart for years",
        "And whose fault is that? The repairs were cancelled twice.",
        "Quote",
    ])
    result = extract_text(page)
    assert [c.author for c in result.comments] == ["Mara Quist", "dock_rat"]
    assert result.comment_lines == [(9, 9), (16, 17)]
    assert result.comments[1].parent == "c1"
    assert result.line_kinds[3] == "boilerplate" and result.line_kinds[6] == "boilerplate"


def test_printed_nesting_levels_give_parents() -> None:
    page = "\n".join([
        "Tram Fares to Rise in Autumn",
        "Fares on the city's trams will rise by ten per cent in October, the operator said on Friday.",
        "88 comments",
        "level 1", "alpha_one", "5 points · 2 hours ago", "Ten per cent is a lot for a single year.", "Reply",
        "level 2", "beta_two", "3 points · 1 hour ago", "Wages did not go up ten per cent.", "Reply",
        "level 1", "gamma_three", "1 point · 1 hour ago", "At least the trams are on time now.", "Reply",
    ])
    result = extract_text(page)
    assert [c.author for c in result.comments] == ["alpha_one", "beta_two", "gamma_three"]
    assert [c.parent for c in result.comments] == [None, "c1", None]


def test_dated_name_without_blank_line_opens_a_comment() -> None:
    page = "\n".join([
        "Bakery Chain Closes Twelve Shops",
        "The bakery chain said on Tuesday that it would close twelve of its forty shops by the end of June.",
        "Comments",
        "Ola N.", "9 Mar 2024 10:12", "Sad news for the high street.",
        "Ben Tasker", "9 Mar 2024 10:20", "The rents went up three times in two years.",
    ])
    result = extract_text(page)
    assert [c.author for c in result.comments] == ["Ola N.", "Ben Tasker"]
    assert result.comment_lines == [(6, 6), (9, 9)]


def test_repeated_chrome_and_tailed_author_lines_are_found_by_repetition() -> None:
    """Unknown comment-system words: votes and 'Avatar' repeat per comment, names share a tail."""
    rows = []
    for name, text, up in [
        ("quill_a", "The new timetable ignores the night shift entirely.", 12),
        ("Berta Lund", "My bus now leaves ten minutes before my train arrives.", 4),
        ("ozzy.k", "They should ask drivers before changing every route at once.", 7),
    ]:
        rows += ["Avatar", f"{name} remarked ~~", text, f"👍 {up} 👎 {up // 3}"]
    page = "\n".join([
        "Bus Network Redesign Starts Monday",
        "The city's redesigned bus network starts on Monday with fewer lines and more frequent buses.",
        "12 Comments",
        *rows,
    ])
    result = extract_text(page)
    assert [c.author for c in result.comments] == ["quill_a", "Berta Lund", "ozzy.k"]
    assert result.comment_lines == [(6, 6), (10, 10), (14, 14)]
    assert result.line_kinds[3] == "boilerplate" and result.line_kinds[6] == "boilerplate"


def test_line_model_ships_as_json_and_only_adds_chrome() -> None:
    from slant.extract.text.line_model import load_line_model, page_features
    from slant.extract.text.page import extract_text_with

    model = load_line_model()
    assert model is not None and 0.5 < model.threshold < 1.0
    lines = _page("bridge-disqus").splitlines()
    rows = page_features(lines)
    assert len(rows) == len(lines) and all(len(r) == model.n_features for r in rows if r)
    probs = model.probabilities(next(r for r in rows if r))
    assert abs(sum(probs) - 1.0) < 1e-9
    text = _page("bakery-blogger-final")
    with_model, rules = extract_text(text), extract_text_with(text, None)
    changed = [i for i, (a, b) in enumerate(zip(with_model.line_kinds, rules.line_kinds)) if a != b]
    assert changed and all(with_model.line_kinds[i] == "boilerplate" for i in changed)


def test_cookie_buttons_are_site_chrome_only() -> None:
    """'Accept' and 'I agree' are banner buttons in the header but short comments in a thread."""
    assert chrome_kind("I agree") == "chrome"
    assert chrome_kind("I agree", in_thread=True) is None
    assert chrome_kind("We use cookies to improve your experience and to show you relevant ads on this site.") == "chrome"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("7 Feb at 19:05", TIMESTAMP),
        ("Yesterday at 9:14", TIMESTAMP),
        ("Jan 5", TIMESTAMP),
        ("Tue 4 Mar 10.02", TIMESTAMP),
        ("Recommend 112", SEPARATOR),
        ("Likes 4", SEPARATOR),
        ("Explore more on these topics", LINKLIST),
        ("May I say", None),
        ("I agree 100", None),
    ],
)
def test_yearless_dates_and_counted_widgets(line: str, kind: str | None) -> None:
    assert chrome_kind(line, in_thread=True) == kind


def test_author_lines_under_their_comments_close_them() -> None:
    page = (
        "Kiln Owners Fight Smoke Rules in Old Town\n\n"
        + "The old town's three pottery kilns must fit new filters by May, the council ruled on Tuesday evening. "
        * 2
        + "\n\nComments\n\nWe have fired that kiln since 1962 and never had one complaint.\n"
        "Posted by: Rosa Penhale | April 2, 2024 at 10:01 AM\n"
        "Smoke is smoke. My washing smells of it every Thursday.\n\nAnd the filters are cheap.\n"
        "Posted by: Dai Morgan | April 2, 2024 at 11:15 AM\n"
        "Rosa, nobody complained because nobody knew whom to ask.\n"
        "Posted by: kiln_watch | April 3, 2024 at 08:40 AM\n"
    )
    result = extract_text(page)
    assert [c.author for c in result.comments] == ["Rosa Penhale", "Dai Morgan", "kiln_watch"]
    assert result.comments[1].text.count("\n") == 2  # two paragraphs, one comment
    assert result.comments[2].parent == result.comments[0].id


def test_section_menu_and_correspondent_byline_are_not_titles() -> None:
    page = (
        "News Sport Economy Culture Photo\n\nTram Line Extension Opens Two Months Early\n\n"
        "Lena Hart, Transport correspondent\n\n"
        + "The new tram line to the airport opened on Monday, two months ahead of the date set in 2021. " * 2
    )
    assert extract_text(page).title == "Tram Line Extension Opens Two Months Early"


def test_reply_quoting_a_phrase_of_the_comment_above() -> None:
    page = (
        "Market Hall Roof to Be Replaced Next Year\n\n"
        + "The market hall's leaking roof will be replaced next spring at a cost of two million. " * 2
        + "\n\n3 Comments\n\nAnna Kerr\n\nTwo million for a roof sounds like somebody's pension plan.\n\n"
        "Pete Daws\n\nThe traders will be glad.\n\n"
        "Milo Brandt\n\n\"Somebody's pension plan\" is unfair, the tender was public.\n"
    )
    comments = extract_text(page).comments
    assert [c.author for c in comments] == ["Anna Kerr", "Pete Daws", "Milo Brandt"]
    assert comments[2].parent == comments[0].id


# --- thread headers, comment headers and chrome found by shape (the '-round3' fixes) ---


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Reader comments (12)", THREAD),
        ("Comments: 7", THREAD),
        ("Have your say. Comments are moderated.", THREAD),
        ("4.", SEPARATOR),
        ("Letters may be edited for clarity. Write to post@valleyecho.example", "chrome"),
        ("All comments are reviewed before they appear.", "chrome"),
        ("Photo 7 of 20", "chrome"),
        ("Share on Telegram/VK", "chrome"),
        ("₴ 250", "chrome"),
        ("120 zł", "chrome"),
        ("Enjoyed this story? Donate to keep the Beacon free.", "chrome"),
        ("The minister said he would support the independent inquiry.", None),
    ],
)
def test_thread_notes_counts_and_appeals(line: str, kind: str | None) -> None:
    assert chrome_kind(line) == kind


def test_appeals_are_not_chrome_inside_a_thread() -> None:
    assert chrome_kind("Help us keep the town hall open, sign the petition.", in_thread=True) is None


def test_date_lines_are_not_names() -> None:
    assert name_score("14 March 2025, 09:30") == 0.0
    assert name_score("03.04.2025 17:02") == 0.0


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("The Marsh Valley Post reported on Monday that the depot had closed.", True),
        ("Troops left the town, according to the Lowland Evening Courier.", True),
        ("The Defence Ministry reported heavy losses on Tuesday.", False),
        ("Today the army reported that the bridge was open.", False),
    ],
)
def test_outlets_found_by_the_shape_of_their_name(line: str, quoted: bool) -> None:
    assert is_quoted_outlet(line) is quoted


def test_numbered_slots_dated_names_and_a_repeated_headline() -> None:
    page = (
        "Town Pool Closes For Winter Repairs\n\nTown Pool Closes For Winter Repairs\n\n"
        + "The town's only swimming pool will close for four months from November so its boiler can be replaced. " * 2
        + "\n\nReader comments (3)\n1.\nDina Vos\n14 March 2025, 09:30\nFour months without swimming lessons.\n"
        "2.\nkarl_w\n14 March 2025, 10:02\nBetter than another winter with cold water.\n"
        "3.\nDina Vos\n14 March 2025, 11:45\nKarl, the lessons could move to the school pool.\n"
    )
    result = extract_text(page)
    assert result.line_kinds[2] == "title" and result.line_kinds[0] == "boilerplate"
    assert [c.author for c in result.comments] == ["Dina Vos", "karl_w", "Dina Vos"]
    assert result.comments[2].parent == result.comments[1].id


def test_replied_to_name_under_the_author_sets_the_parent() -> None:
    page = (
        "Bridge Tolls To Rise In April\n\n"
        + "Tolls on the estuary bridge will rise by a fifth in April, the operator said on Friday evening. " * 2
        + "\n\n3 Comments\nSort by Best\nJune Hale\n2 hours ago\nA fifth is far more than inflation.\nReply\n"
        "Omar Tal\n1 hour ago\nThe tolls have not changed for eight years.\nReply\n"
        "Ben Ruiz\n→ June Hale\n1 hour ago\nAnd the bridge still closes every time it is windy.\nReply\n"
        "June Hale\nOmar Tal\n30 minutes ago\nEight years of frozen tolls is not a reason for a fifth.\nReply\n"
    )
    comments = extract_text(page).comments
    assert [c.author for c in comments] == ["June Hale", "Omar Tal", "Ben Ruiz", "June Hale"]
    assert comments[2].parent == comments[0].id
    assert comments[3].parent == comments[1].id
