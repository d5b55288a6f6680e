"""Comment markup no class list names: custom elements (web components) named for what they hold,
replies listed after their thread's first comment, text the page hides, a row of buttons under
a class that names the poster, a forum whose title sits in a table cell, and answers that are
not replies to one another.

Pages written for this test, in the shapes of systems in `benchmarks/layouts/`.
"""

from __future__ import annotations

from slant.document import Page
from slant.extract import extract

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
    ("Ann Roe", "My sister works nights at the hospital and needs that boat."),
    ("bob_k", "Ask the council, they never take the boat themselves anyway."),
    ("Carla Mendes", "Five to four is not a clear decision on something this big."),
    ("dmitri77", "Who pays for the repairs if the ferry stays in service?"),
]


def _page(comments: str, title: str = "Ferry", head: str = ARTICLE) -> str:
    return f"<html><head><title>{title}</title></head><body>{head}<section>{comments}</section></body></html>"


def _read(html: str) -> tuple[str, list[tuple[str | None, str | None, str]]]:
    doc = extract(Page(source="t.html", content=html, kind="html"))
    return doc.text, [(c.author, c.parent, c.text) for c in doc.comments]


def _component(name: str, text: str, scope: str) -> str:
    """One comment as a component framework renders it: every inner node scoped by its host's class."""
    return (
        f"<app-comment-view class='scope {scope}'><div id='main' class='scope app-comment-view'>"
        f"<div id='header' class='scope app-comment-view'><h3 class='scope app-comment-view'>"
        f"<a class='plain-link scope app-comment-view' href='/channel/{name.replace(' ', '')}'>{name}</a></h3>"
        "<span class='published-time scope app-comment-view'><a class='plain-link scope app-comment-view' "
        "href='/watch?lc=1'>3 hours ago</a></span></div>"
        f"<app-expander class='scope app-comment-view'><div id='content' class='scope app-expander'>{text}</div>"
        "<app-button class='scope app-expander' hidden>Read more</app-button></app-expander>"
        "<app-button class='scope app-comment-view'>Reply</app-button></div></app-comment-view>"
    )


def test_custom_elements_name_the_comments_and_replies_follow_their_first_comment() -> None:
    (a, ta), (b, tb), (c, tc), (d, td) = POSTS
    threads = "".join(
        f"<app-comment-thread class='scope app-section'>{_component(first, first_text, 'app-comment-thread')}"
        "<div id='loader' class='scope app-comment-thread'></div>"
        f"<div id='replies' class='scope app-comment-thread'><app-replies class='scope app-comment-thread'>"
        f"<div id='contents' class='scope app-replies'>{''.join(_component(n, t, 'app-replies') for n, t in replies)}"
        "</div></app-replies></div></app-comment-thread>"
        for (first, first_text), replies in (((a, ta), [(b, tb)]), ((c, tc), [(d, td)]))
    )
    _, comments = _read(_page(threads))
    assert [(name, parent, text) for name, parent, text in comments] == [
        (a, None, ta), (b, "c1", tb), (c, None, tc), (d, "c3", td)
    ]


def test_a_button_row_under_an_author_class_is_not_the_name() -> None:
    posts = "".join(
        f"<div class='post classic' id='post_{i}'><div class='post_author'><strong><span class='largetext'>"
        f"<a href='member.php?action=profile&amp;uid={i}'>{name}</a></span></strong></div>"
        f"<div class='post_content'><span class='post_date'>05-0{i + 1}-2024, 10:05 AM</span>"
        f"<div class='post_body'>{text}</div></div>"
        f"<div class='post_controls'><div class='postbit_buttons author_buttons'>"
        f"<a href='search.php?action=finduser&amp;uid={i}'><span>Find</span></a></div>"
        "<div class='postbit_buttons'><a href='newreply.php'><span>Reply</span></a></div></div></div>"
        for i, (name, text) in enumerate(POSTS)
    )
    _, comments = _read(_page(posts))
    assert [name for name, _, _ in comments] == [name for name, _ in POSTS]


def test_a_title_in_a_table_cell_makes_the_first_post_the_body() -> None:
    opening = " ".join(["The harbour council voted to close the night ferry from September."] * 3)
    posts = [("Mara Lind", opening), *POSTS]
    rows = "".join(
        f"<div class='post classic' id='post_{i}'><div class='post_author'>"
        f"<a href='member.php?action=profile&amp;uid={i}'>{name}</a></div>"
        f"<div class='post_content'><span class='post_date'>05-0{i + 1}-2024, 10:05 AM</span>"
        f"<div class='post_body'>{text}</div></div></div>"
        for i, (name, text) in enumerate(posts)
    )
    head = "<table><tr><td class='thead'><strong>Council Votes to Close the Night Ferry</strong></td></tr></table>"
    body, comments = _read(_page(rows, title="Council Votes to Close the Night Ferry", head=head))
    assert body.startswith("The harbour council voted")
    assert [name for name, _, _ in comments] == [name for name, _ in POSTS]


def test_answers_are_not_replies_to_one_another() -> None:
    answers = "".join(
        f"<div id='answer-{i}' class='answer js-answer{' accepted-answer' if i == 0 else ''}'>"
        f"<div class='post-layout'><div class='answercell'><div class='s-prose js-post-body' itemprop='text'>"
        f"<p>{text}</p></div><div class='user-details' itemprop='author'><a href='/users/{i}/x'>{name}</a></div>"
        "</div></div></div>"
        for i, (name, text) in enumerate(POSTS)
    )
    _, comments = _read(_page(f"<div id='answers'>{answers}</div>"))
    assert [(name, parent) for name, parent, _ in comments] == [(name, None) for name, _ in POSTS]
