"""Plain-text threads, round 2 (issue 16): rules that generalise across forums. Invented lines only.

- a profile header's first name line names the author where the lines between name and date vary;
- a profile field's value under its label ('Location:' / 'Lower Valley') stays in the header;
- a short line followed by controls ('Share this post') closes the comment above: it is no name;
- day-first dotted dates ('22.04.18 at 23:19') are printed moments;
- where printed times go back (tree order), a comment no older than the one above answers into its branch;
- among dotted labels ('#1.2'), an undotted label ('#2') is a top-level comment.
"""

from __future__ import annotations

from slant.extract.text.records import Record, find_records, label_parents
from slant.extract.text.tree import Hints, place, printed_moment, tree_order_replies


def _profile_header(name: str, extra: list[str], n: int) -> list[str]:
    return [name, "Regular Member", "Member since:", "03.02.15", *extra, "Posts:", str(100 + n), f"Written: {10 + n}.03.21 #{n}"]


_POSTS = [
    ("Herbert Plum", [], "Does anyone grow tomatoes on a balcony in pots?"),
    ("mossy_stone", ["Location:", "Lower Valley, North"], "Yes, every summer, with big pots and daily water."),
    ("Herbert Plum", [], "How big are the pots you use for them?"),
    ("fernwood", [], "Forty litres at least, or the roots dry out fast."),
    ("Herbert Plum", ["Last seen:", "12.04.21"], "Thanks, I will buy larger pots then."),
]


def _profile_thread(before_name: list[list[str]] | None = None) -> list[str]:
    lines = ["Gardening Board", "Topic: tomatoes in pots"]
    for n, (name, extra, text) in enumerate(_POSTS, 1):
        lines += (before_name[n - 1] if before_name else []) + _profile_header(name, extra, n) + [text]
    return lines + ["Reply to this topic"]


def test_profile_header_names_its_author_on_its_first_name_line() -> None:
    lines = _profile_thread()
    thread = find_records(lines, 0, len(lines))
    assert thread is not None
    assert [r.author for r in thread.records] == ["Herbert Plum", "mossy_stone", "Herbert Plum", "fernwood", "Herbert Plum"]
    assert [lines[r.text[0]] for r in thread.records] == [text for _, _, text in _POSTS]


def test_field_value_under_its_label_stays_in_the_header() -> None:
    lines = _profile_thread()
    thread = find_records(lines, 0, len(lines))
    assert thread is not None
    second = thread.records[1]
    assert lines.index("Lower Valley, North") in second.header
    assert "Lower Valley, North" not in [lines[i] for r in thread.records for i in r.text]


def test_a_short_line_followed_by_controls_is_no_name() -> None:
    footer = ["Share this post", "Share on other sites"]
    lead = [[], ["The Garden Team", *footer], footer, ["Kind regards", *footer], footer]
    lines = _profile_thread(lead)
    thread = find_records(lines, 0, len(lines))
    assert thread is not None
    assert [r.author for r in thread.records] == ["Herbert Plum", "mossy_stone", "Herbert Plum", "fernwood", "Herbert Plum"]


def test_day_first_dotted_dates_are_printed_moments() -> None:
    assert printed_moment("22.04.18 at 23:19") == (2018, 4, 22, 23 * 60 + 19)
    assert printed_moment("Written: 05.11.2019 07:48") == (2019, 11, 5, 7 * 60 + 48)
    assert printed_moment("version 1.2.3") is None
    assert printed_moment("build 3.04.18.2") is None


def _timed(day: int, hour: int, minute: int) -> Hints:
    return Hints(when=(2021, 5, day, hour * 60 + minute))


def test_times_going_back_show_tree_order_and_place_replies() -> None:
    # root 0, its reply 1; root 2 (older than 1), its reply 3; root 4 (older than 3), its reply 5
    hints = [_timed(3, 9, 0), _timed(3, 9, 30), _timed(3, 9, 10), _timed(3, 11, 0), _timed(3, 10, 0), _timed(3, 12, 5)]
    assert tree_order_replies(hints) == [False, True, False, True, False, True]
    assert place([None] * 6, hints) == [None, 0, None, 2, None, 4]


def test_times_that_only_rise_say_nothing() -> None:
    hints = [_timed(3, 9, 0), _timed(3, 9, 30), _timed(3, 10, 10), _timed(3, 11, 0)]
    assert tree_order_replies(hints) == [False] * 4
    assert place([None] * 4, hints) == [None] * 4
    dayless = [Hints(when=(2021, 5, 3, None)), Hints(when=(2021, 5, 2, None)), Hints(when=(2021, 5, 1, None))]
    assert tree_order_replies(dayless) == [False] * 3  # no minute printed: no order to read


def test_undotted_label_among_dotted_ones_is_top_level() -> None:
    records = [Record(header=[k], text=[k], anchor=k, label=label) for k, label in enumerate(["1", "1.1", "1.2", "2", "2.1"])]
    records[3].parent = 2  # a guess from the text
    label_parents(records)
    assert [r.parent for r in records] == [None, 0, 0, None, 3]
