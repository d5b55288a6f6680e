"""Plain-text threads, round 3 (issue 16): header anchors, record dates and the author slot. Invented lines only.

- a run of same-shaped lines (a sidebar's month archive, 'posts' over 'months' in one profile) is one
  list or one header, so it neither outvotes nor doubles the real header anchor;
- a month or weekday name with no number ('Bonuses of May') and an undated line repeated verbatim
  ('Quiz Night 3') anchor nothing;
- a record's date is read from its header, words around the date allowed;
- a fixed header slot that names nearly every record stands over the first name line of the block
  (signature lines of the comment above reach into it);
- where the blank-line reading of a single-spaced page is no credible thread, named header records read it;
- a list of linked headlines ('Posted on: Site', '2 hours ago', a title-cased headline) is no thread;
- a header that prints its date twice around a '#1' label heads one record, not two;
- a day-first dotted date with a two-digit year ('Ann 11.06.12 at 9:01 am') ends the name.
"""

from __future__ import annotations

from slant.extract.dates import find_date
from slant.extract.text.page import extract_text
from slant.extract.text.records import _anchor_candidates, _is_anchor_shape, find_records, line_shape

_POSTS = [
    ("Wendel", "Member", "Has anyone restored an old tube amplifier from the seventies?"),
    ("brass_owl", "Member", "Yes, mine needed new capacitors and a careful cleaning of every switch."),
    ("Ada Lind", "Member", "Where did you find capacitors of the right size and voltage?"),
    ("Kimmo_T", "Veteran", "A shop in the next town keeps old stock; ask for the drawer under the counter."),
    ("brass_owl", "Member", "The same shop repaired my turntable motor last winter, for very little."),
]


def _archive() -> list[str]:
    lines = ["Archive"]
    for year in ("2019", "2020", "2021"):
        lines += [year, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return lines


def _forum(signatures: bool = False) -> list[str]:
    lines = ["Audio Corner", "Vintage gear", "Restoring a tube amplifier from the seventies", "Author", "Post"]
    for n, (name, rank, text) in enumerate(_POSTS, 1):
        lines += [name, rank, f"#{n}", f"posted: {10 + n}. Apr 2019, 0{n}:17", text]
        if signatures:
            lines += ["Cheers", name]
    return lines + ["Reply to this topic"] + _archive()


def test_a_run_of_month_names_does_not_anchor_the_headers() -> None:
    lines = _forum()
    shapes = {i: line_shape(line) for i, line in enumerate(lines)}
    candidates = _anchor_candidates(lines, shapes, 0, len(lines))
    assert candidates and candidates[0][1] == [i for i, line in enumerate(lines) if line.startswith("posted:")]
    thread = find_records(lines, 0, len(lines))
    assert thread is not None
    assert [r.author for r in thread.records] == [name for name, _, _ in _POSTS]


def test_nameless_month_lines_and_verbatim_titles_anchor_nothing() -> None:
    assert not _is_anchor_shape(line_shape("Bonuses of May") or "")
    assert not _is_anchor_shape(line_shape("May") or "")
    assert _is_anchor_shape(line_shape("posted: 11. Apr 2019, 01:17") or "")
    lines = ["Quiz Night 3", "Each round starts with a question about rivers and their sources."] * 4
    shapes = {i: line_shape(line) for i, line in enumerate(lines)}
    assert _anchor_candidates(lines, shapes, 0, len(lines)) == []


def test_find_date_reads_a_day_among_words() -> None:
    assert find_date("by Ann » Sun Jul 28, 2013 11:59 am") == "2013-07-28"
    assert find_date("posted: 11. Apr 2019, 01:17") == "2019-04-11"
    assert find_date("Joined: May 2014") is None  # a month and a year name no day
    assert find_date("466 posts") is None


def test_records_carry_the_date_their_header_prints() -> None:
    ex = extract_text("\n".join(_forum()))
    assert ex.body == _POSTS[0][2]  # the opening post
    assert [(c.author, c.published) for c in ex.comments] == [
        (name, f"2019-04-{10 + n}") for n, (name, _, _) in enumerate(_POSTS[1:], 2)
    ]


def test_a_fixed_slot_names_authors_over_signatures_above_it() -> None:
    lines = _forum(signatures=True)
    thread = find_records(lines, 0, len(lines))
    assert thread is not None
    assert [r.author for r in thread.records] == [name for name, _, _ in _POSTS]


def test_named_records_read_a_page_the_blank_line_slots_misread() -> None:
    # a single-spaced board: name, post count and months as a member, flags, day, then the post
    lines = ["Motoring", "Forums", "Restoring a tube amplifier from the seventies", "Reply", "Author", "Discussion"]
    days = ["Monday 3rd May", "Monday 3rd May", "Tuesday 4th May", "Tuesday 4th May", "Friday 7th May"]
    for n, ((name, _, text), day) in enumerate(zip(_POSTS, days)):
        lines += [name, f"{120 + 37 * n} posts", f"{14 + n} months", "[report]", day, text]
    lines += ["Reply", "Back to top"]
    ex = extract_text("\n".join(lines))
    assert ex.body == _POSTS[0][2]
    assert [(c.author, c.text.splitlines()[0]) for c in ex.comments] == [(name, text) for name, _, text in _POSTS[1:]]


def test_a_dated_list_of_linked_headlines_is_no_thread() -> None:
    lines = ["The Daily Lantern", "Harbour bridge to close for repairs in spring", "Work starts on the first of March and lasts six weeks."]
    lines += ["Drivers will be sent over the old ferry road, which adds about ten minutes to the trip."]
    lines += ["From our partners"]
    sources = ["Coast Weekly", "Valley Post", "Metro Ledger", "North Star Daily", "River Times"]
    heads = [  # long enough to read as text; title case marks them as headlines
        "Town Council Approves New Budget For Riverside Park After Months Of Heated Public Debate",
        "Local Bakery Wins Regional Prize For Rye Bread Baked To A Recipe From Nineteen Twelve",
        "Storm Damage Closes Two Schools On The Coast Road As Repairs Drag Into A Second Week",
        "Museum Opens Winter Exhibition Of Maritime Maps Drawn By Sailors Who Charted The Bay",
        "Volunteers Plant Three Hundred Trees Along The Canal To Shade The New Cycling Path",
    ]
    for n, (source, head) in enumerate(zip(sources, heads)):
        lines += [f"Posted on: {source}", "Posted", f"{n + 2} hours ago", head]
    lines += ["About us", "Contact"]
    ex = extract_text("\n".join(lines))
    assert ex.comments == []
    assert "ferry road" in ex.body


def test_a_header_that_prints_its_date_twice_heads_one_record() -> None:
    lines = ["Help desk", "Tagging pages in the stats"]
    for n, (name, _, text) in enumerate(_POSTS, 1):
        day = f"Mar {n + 3}, 2021"
        lines += [name, "Member", day, f"#{n}", day, f"#{n}", text, "Likes:", "3 others"]
    thread = find_records(lines, 0, len(lines))
    assert thread is not None
    assert [(r.author, lines[r.text[0]]) for r in thread.records] == [(name, text) for name, _, text in _POSTS]



def test_a_short_dotted_date_after_the_name_is_no_part_of_it() -> None:
    lines = ["Comments"]
    for n, (name, _, text) in enumerate(_POSTS, 1):
        lines += [f"{name} 11.06.12 at {n + 8}:0{n} am", text, "Reply"]
    thread = find_records(lines, 0, len(lines))
    assert thread is not None
    assert [r.author for r in thread.records] == [name for name, _, _ in _POSTS]
