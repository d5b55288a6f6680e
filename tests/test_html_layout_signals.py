"""General signals of comment markup that no class list names: a profile link beats a location
beside it, a name shown on a button, a row of controls is not a name, an 'In reply to' link names
the parent (above or below), and a classless header's profile link names the poster.

Pages written for this test, in the shapes of systems in `benchmarks/layouts/`.
"""

from __future__ import annotations

from slant.document import Page
from slant.extract import extract
from slant.extract.html.markup import _break_loops, is_controls
from work import lines_run

ARTICLE = (
    "<h1>Council closes the night ferry</h1><article>"
    + "".join(
        f"<p>The harbour council voted on Tuesday to close the night ferry, paragraph {i} of the report, "
        "after six years of losses and a long debate about repairs.</p>"
        for i in range(4)
    )
    + "</article>"
)
POSTS = [
    ("Ann Roe", "Leeds, United Kingdom", "My sister works nights at the hospital and needs that boat."),
    ("bob_k", "Cork, Ireland", "Ask the council, they never take the boat themselves anyway."),
    ("Carla Mendes", "Perth, Australia", "Five to four is not a clear decision on something this big."),
    ("dmitri77", "Cork, Ireland", "Who pays for the repairs if the ferry stays in service?"),
]


def _page(comments: str) -> str:
    return f"<html><head><title>Ferry</title></head><body>{ARTICLE}<section id='comments'>{comments}</section></body></html>"


def _comments(html: str) -> list[tuple[str | None, str | None, str]]:
    doc = extract(Page(source="t.html", content=html, kind="html"))
    return [(c.author, c.parent, c.text) for c in doc.comments]


def test_a_profile_link_names_the_poster_not_the_location_beside_it() -> None:
    items = "".join(
        f"<div class='comment' id='c-{i}'><p class='user-info'><a class='js-usr' href='/profile/{i}'>{name}</a>, "
        f"<span class='user-loc'>{place}</span>, <span class='comment-time'>{i + 1} hours ago</span></p>"
        f"<p class='comment-text'>{text}</p><a href='#'>Reply</a></div>"
        for i, (name, place, text) in enumerate(POSTS)
    )
    assert [a for a, _, _ in _comments(_page(items))] == [name for name, _, _ in POSTS]


def test_a_name_on_a_button_and_a_row_of_controls() -> None:
    items = "".join(
        f"<div class='comment' role='article'><div class='comment-topbar'>"
        f"<button class='widget-username' type='button'>{name}</button>"
        f"<time class='widget-timestamp'>{i + 1} hours ago</time></div>"
        f"<div class='widget-content'>{text}</div>"
        f"<div class='comment-actionbar'><button>Like</button><span>{3 * i + 1}</span> Reply Share Report</div></div>"
        for i, (name, _, text) in enumerate(POSTS)
    )
    assert [a for a, _, _ in _comments(_page(items))] == [name for name, _, _ in POSTS]


def test_controls_in_several_languages_are_no_name() -> None:
    assert is_controls("Like12 Reply Share Report")
    assert is_controls("Gefällt mir8 Gefällt mir Zitat Melden")
    assert is_controls("Нравится 3")
    assert not is_controls("Ann Roe")
    assert not is_controls("Reply Guy")


def test_an_in_reply_to_link_names_a_parent_listed_below_newest_first() -> None:
    # newest first: the reply comes before the comment it answers
    items = (
        "<div class='comment' id='comment-2'><p class='user-info'><a href='/profile/2'>bob_k</a></p>"
        "<p class='reply-to'><a href='#comment-1'>In reply to Ann Roe</a></p>"
        f"<p class='comment-text'>{POSTS[1][2]}</p></div>"
        "<div class='comment' id='comment-1'><p class='user-info'><a href='/profile/1'>Ann Roe</a></p>"
        f"<p class='comment-text'>{POSTS[0][2]}</p></div>"
        "<div class='comment' id='comment-3'><p class='user-info'><a href='/profile/3'>Carla Mendes</a></p>"
        f"<p class='comment-text'>{POSTS[2][2]}</p></div>"
    )
    found = _comments(_page(items))
    assert [(a, p) for a, p, _ in found] == [("bob_k", "c2"), ("Ann Roe", None), ("Carla Mendes", None)]


def test_reply_links_in_a_loop_are_broken_at_the_first_comment() -> None:
    items = (
        "<div class='comment' id='comment-1'><p class='user-info'><a href='/profile/1'>Ann Roe</a></p>"
        "<a class='reply-to' href='#comment-2'>↑</a>"
        f"<p class='comment-text'>{POSTS[0][2]}</p></div>"
        "<div class='comment' id='comment-2'><p class='user-info'><a href='/profile/2'>bob_k</a></p>"
        "<a class='reply-to' href='#comment-1'>↑</a>"
        f"<p class='comment-text'>{POSTS[1][2]}</p></div>"
        "<div class='comment' id='comment-3'><p class='user-info'><a href='/profile/3'>Carla Mendes</a></p>"
        f"<p class='comment-text'>{POSTS[2][2]}</p></div>"
    )
    found = _comments(_page(items))
    assert [(a, p) for a, p, _ in found] == [("Ann Roe", None), ("bob_k", "c1"), ("Carla Mendes", None)]


def test_a_classless_header_link_to_a_profile_names_the_poster() -> None:
    items = "".join(
        f"<div class='windowbg' id='msg{100 + i}'><div class='poster'><h4><a href='/index.php?action=profile;u={i}'>{name}</a></h4>"
        f"<ul class='user_info'><li class='postgroup'>{'Mitglied' if i % 2 else 'Erfahrenes Mitglied'}</li>"
        f"<li class='postcount'>Beiträge: {100 * i + 7}</li></ul></div>"
        f"<div class='postarea'><div class='keyinfo'><div class='postinfo'>14. März 2024, 0{i}:45:00</div></div>"
        f"<div class='post'><div class='inner'>{text}</div></div>"
        f"<div class='post_controls'><span class='like'>Gefällt mir{i + 2}</span> Zitat Melden</div></div></div>"
        for i, (name, _, text) in enumerate(POSTS)
    )
    found = _comments(_page(items))
    assert [a for a, _, _ in found] == [name for name, _, _ in POSTS]
    assert [t for _, _, t in found] == [text for _, _, text in POSTS]


def test_breaking_reply_loops_costs_the_chain_length_not_its_square() -> None:
    def chain(n: int) -> list[int | None]:
        return [None, *range(n - 1)]  # each block answers the one before it

    small, large = (lines_run(lambda n=n: _break_loops(chain(n)))[1] for n in (400, 3200))
    assert large < 11 * small  # linear: about 8x for 8x the blocks; the old walk took about 64x

    loops: list[int | None] = [2, 0, 1, None, 3, 6, 5]  # 0 -> 2 -> 1 -> 0, and 5 <-> 6
    _break_loops(loops)
    assert loops == [None, 0, 1, None, 3, None, 5]
