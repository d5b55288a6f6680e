"""Comment blocks found by shape alone: no class, id or microdata names a comment.

Old forums and hand-made comment pages repeat one dated block per post under one parent
(`<div class="row_b">`, bare table rows, a header row above each text row). Pages written
for this test; none of their class names is a comment word. Also pinned: what must not be
read as a thread (an article's dated paragraphs, an article in a few long sections, a
dated list of teasers).
"""

from __future__ import annotations

from slant.document import Page
from slant.extract import extract
from slant.extract.html.comments import extract_comments_from_html
from slant.extract.html.dom import is_profile_href, parse_tree
from slant.extract.html.repeats import is_dated, reads_as_date, repeated_groups

ARTICLE = (
    "<h1>Council closes the night ferry</h1><div class='story'>"
    + "".join(
        f"<p>The harbour council voted on Tuesday to close the night ferry, paragraph {i} of the report, "
        "after six years of losses and a long debate about repairs and crews.</p>"
        for i in range(4)
    )
    + "</div>"
)
POSTS = [
    ("Ann Roe", "Mon, Jun 3 '24, 10:05 AM", "My sister works nights at the hospital and needs that boat."),
    ("bob_k", "Mon, Jun 3 '24, 11:40 AM", "Ask the council, they never take the boat themselves anyway."),
    ("Carla Mendes", "Tue, Jun 4 '24, 8:15 AM", "Five to four is not a clear decision on something this big."),
    ("bob_k", "Tue, Jun 4 '24, 9:02 PM", "Who pays for the repairs if the ferry stays in service?"),
]


def _page(thread: str, title: str = "Ferry") -> str:
    return f"<html><head><title>{title}</title></head><body>{ARTICLE}<div class='zone'>{thread}</div></body></html>"


def _comments(html: str) -> list[tuple[str | None, str]]:
    doc = extract(Page(source="t.html", content=html, kind="html"))
    return [(c.author, c.text) for c in doc.comments]


def test_dated_blocks_with_a_bold_name_inside_the_text_node() -> None:
    """One `row_b` per post, the name in bold and a post number opening its text node, a <time> under it."""
    rows = "".join(
        f"<div class='row_b'><div class='row_b_inner'><div class='num'>{i}</div><strong>{name}</strong> Says:<br>"
        f"<span class='small'><time>{when}</time></span><br>{text}<br></div>"
        f"<div class='bar'><a href='#r'>REPLY</a> <strong>Was this helpful?</strong></div></div>"
        for i, (name, when, text) in enumerate(POSTS, start=1)
    )
    assert _comments(_page(rows)) == [(name, text) for name, _, text in POSTS]


def test_bare_tables_one_per_post_with_a_profile_link() -> None:
    """No class at all: one table per post, 'By <a href=user_info.pl?id=N>name</a> On date' above the text."""
    rows = "".join(
        f"<table><tr><td><table><tr><td><b>By</b> <a href='user_info.pl?id={i}'>{name}</a> "
        f"<b>On</b> 2024.06.0{i} 1{i}:17</td></tr></table></td></tr><tr><td>{text}</td></tr></table><br>"
        for i, (name, _, text) in enumerate(POSTS, start=1)
    )
    found = _comments(_page(f"<center>{rows}</center>"))
    assert [a for a, _ in found] == [name for name, _, _ in POSTS]
    assert [t.splitlines()[-1] for _, t in found] == [text for _, _, text in POSTS]


def test_a_dated_header_row_above_each_text_row() -> None:
    """A forum table: a header row (subject, poster, time) then the message row, for each post."""
    rows = "".join(
        f"<tr><td class='hd l'><b>Re: Ferry</b> by <a class='who' href='/{name.replace(' ', '')}'>{name}</a>: "
        f"<span><b>9:{10 + i}am</b> On <b>Jun 3</b></span></td></tr>"
        f"<tr><td class='l w' id='pb{i}'><div class='narrow'>{text}</div></td></tr>"
        for i, (name, _, text) in enumerate(POSTS)
    )
    assert _comments(_page(f"<table>{rows}</table>")) == [(name, text) for name, _, text in POSTS]


def test_a_block_class_ending_in_author_names_the_author() -> None:
    """'message-author' names the author though 'message' is a text word ('message' itself is the post)."""
    rows = "".join(
        f"<div class='message'><div class='generic'><div class='message-author icon-user'>"
        f"<a href='/profile.php?2,{i}'>{name}</a></div><small>{when}</small></div>"
        f"<div class='message-body'>{text}<div class='message-options'><a href='#'>Responder</a></div></div></div>"
        for i, (name, when, text) in enumerate(POSTS)
    )
    assert _comments(_page(rows)) == [(name, text) for name, _, text in POSTS]


def test_an_attribution_line_makes_a_blockquote_a_quote() -> None:
    """'Ann Roe wrote:' opening a plain blockquote: the quoted words are not the reply's own."""
    quoted = POSTS[0][2]
    rows = "".join(
        f"<table><tr><td><b>Ferry</b><br><b>{name}</b> - 2024-06-0{i} 10:0{i}</td></tr><tr><td>"
        + (f"<blockquote>{POSTS[0][0]} wrote:<hr><i>{quoted}</i><hr></blockquote>" if i > 1 else "")
        + f"{text}<br>[<a href='reply.asp?id={i}'>Reply</a>]</td></tr></table>"
        for i, (name, _, text) in enumerate(POSTS, start=1)
    )
    found = _comments(_page(f"<td>{rows}</td>"))
    assert [t for _, t in found] == [text for _, _, text in POSTS]
    assert [a for a, _ in found] == [name for name, _, _ in POSTS]


def test_dated_article_paragraphs_are_not_a_thread() -> None:
    """A market report's paragraphs each carry a time: paragraphs are never posts."""
    paras = "".join(
        f"<p>At 10:{10 + i} GMT the index stood {i} points lower, with <a href='/q/{i}'>.DJI</a> leading losses.</p>"
        for i in range(6)
    )
    assert extract_comments_from_html(f"<html><body><div class='story'>{paras}</div></body></html>") == []


def test_an_article_in_long_dated_sections_is_not_a_thread() -> None:
    sections = "".join(
        f"<div class='acf-content'><span class='who'>Carrie Arnold</span> <time>June {i}, 2024</time>"
        + "".join(f"<p>Section {i} paragraph {k} of a long feature about immunology and worms. " * 8 + "</p>" for k in range(6))
        + "</div>"
        for i in range(1, 4)
    )
    assert extract_comments_from_html(f"<html><body><div class='main'>{sections}</div></body></html>") == []


def test_a_dated_list_of_teasers_is_not_a_thread() -> None:
    teasers = "".join(
        f"<div class='box'><h3><a href='/news/2024/06/0{i}/story-number-{i}-about-the-ferry'>Story number {i} "
        f"about the ferry and the council vote</a></h3><span>By Desk {i}</span> <time>2024-06-0{i}</time></div>"
        for i in range(1, 6)
    )
    assert extract_comments_from_html(_page(teasers)) == []


def test_a_plain_list_of_undated_blocks_is_no_group() -> None:
    blocks = "".join(f"<div class='row'><b>Item {i}</b> plain words here</div>" for i in range(5))
    assert repeated_groups(parse_tree(f"<html><body><div>{blocks}</div></body></html>")) == {}


def test_what_reads_as_a_date() -> None:
    for text in ("9:00am On Apr 24", "3 hours ago", "vor 3 Tagen", "2020.03.12 13:17", "Sat, Jun 18 '05, 10:24 AM"):
        assert reads_as_date(text), text
    for text in ("36 Likes", "Posts: 1,234", "Page 1 of 12", "https://x.de/maps/@52.1,4.08?hl=de", "Version 2.1.3"):
        assert not reads_as_date(text), text
    tree = parse_tree("<html><body><div id='a'><b>9:00am</b> On <b>Apr 24</b></div><div id='b'>12 replies</div></body></html>")
    assert is_dated(tree.get_element_by_id("a")) and not is_dated(tree.get_element_by_id("b"))


def test_profile_scripts_and_parameters() -> None:
    assert is_profile_href("user_info.pl?id=16417")
    assert is_profile_href("index.php?kategorie=forum&user_profile=1360")
    assert is_profile_href("/board?userid=5")
    assert not is_profile_href("/login?user_id=3")


def test_spacer_cells_indent_replies() -> None:
    """An old table forum indents a reply with an empty leading cell (`<td width=24>` and a spacer image);
    a post without one is top level."""
    depths = [0, 1, 0, 1]
    rows = "".join(
        "<table><tr>"
        + (f"<td width='{24 * d}' rowspan='2'><img src='/s.gif' width='{24 * d}' height='1' alt=''></td>" if d else "")
        + f"<td><b>Ferry</b><br><b>{name}</b> - 2024-06-0{i} 10:0{i}</td></tr><tr><td>{text}</td></tr></table>"
        for i, ((name, _, text), d) in enumerate(zip(POSTS, depths), start=1)
    )
    doc = extract(Page(source="t.html", content=_page(f"<td>{rows}</td>"), kind="html"))
    assert [c.parent for c in doc.comments] == [None, "c1", None, "c3"]
    assert [c.author for c in doc.comments] == [name for name, _, _ in POSTS]


def test_a_list_of_posts_named_in_another_language() -> None:
    """`<ol class="wpisy"><li class="wpis">`: list items can be posts too, dated and signed."""
    items = "".join(
        f"<li class='wpis'><div class='naglowek'><span class='kto'>{name}</span> "
        f"<span class='kiedy'>{i + 2} godzin temu</span></div><div class='tresc'>{text}</div></li>"
        for i, (name, _, text) in enumerate(POSTS)
    )
    assert _comments(_page(f"<ol class='wpisy'>{items}</ol>")) == [(name, text) for name, _, text in POSTS]


def test_a_dated_menu_of_links_is_not_a_thread() -> None:
    items = "".join(
        f"<li class='item'><a href='/news/2024/06/0{i}/ferry-{i}'>Ferry story {i}</a> <span>{i} hours ago</span></li>"
        for i in range(1, 7)
    )
    assert extract_comments_from_html(_page(f"<ul class='latest'>{items}</ul>")) == []


def test_a_live_blog_stamped_with_clock_times_is_not_a_thread() -> None:
    """Entries stamped '10:14' and signed by reporters: a clock time names no day, so the entries stay the
    article (a comment or a forum post shows a day or an age)."""
    entries = "".join(
        f"<div class='lb-item'><span class='t'>10:{10 + i}</span> <b>{name}</b><p>Update {i}: the council has "
        "now confirmed that the night ferry will stop running in September, officials said after the meeting.</p></div>"
        for i, name in enumerate(["Jane Roe", "Tom Ash", "Jane Roe", "Ben Cole", "Tom Ash"])
    )
    doc = extract(Page(source="t.html", content=f"<html><body><h1>Live</h1><div class='lb'>{entries}</div></body></html>", kind="html"))
    assert doc.comments == []
    assert all(f"Update {i}:" in doc.text for i in range(5))


def test_live_blog_updates_are_the_article_whatever_detector_finds_them() -> None:
    """Updates in live-coverage markup ('liveblog-post', a 'liveticker' container, schema.org liveBlogUpdate)
    are not comments, though dated and signed; the reader comments below them still are."""
    def updates(cls: str, container: str) -> str:
        return f"<div class='{container}'>" + "".join(
            f"<article class='{cls}'><time datetime='2024-06-03T10:{10 + i}'>10:{10 + i}</time> "
            f"<span class='author'>{name}</span><p>Update {i}: the council confirmed that the night ferry will "
            "stop running in September, officials said after the meeting ended.</p></article>"
            for i, name in enumerate(["Jane Roe", "Tom Ash", "Jane Roe", "Ben Cole", "Tom Ash"])
        ) + "</div>"

    comments = "".join(
        f"<div class='comment'><span class='comment-author'>{name}</span> <time datetime='2024-06-03T12:0{i}'>"
        f"2 hours ago</time><div class='comment-body'>{text}</div></div>"
        for i, (name, _, text) in enumerate(POSTS)
    )
    for cls, container in (("liveblog-post", "main"), ("update", "liveticker"), ("post", "lb-coverage en-direct")):
        page = f"<html><body><h1>Live</h1>{updates(cls, container)}</body></html>"
        doc = extract(Page(source="t.html", content=page, kind="html"))
        assert doc.comments == [], cls
        assert all(f"Update {i}:" in doc.text for i in range(5)), cls
    page = f"<html><body><h1>Live</h1>{updates('liveblog-post', 'main')}<section id='comments'>{comments}</section></body></html>"
    doc = extract(Page(source="t.html", content=page, kind="html"))
    assert [(c.author, c.text) for c in doc.comments] == [(name, text) for name, _, text in POSTS]


def test_a_flat_forum_reply_answers_the_poster_it_quotes() -> None:
    """Flat posts thread replies only by quoting: 'bob_k wrote:' (or a quote's data-author) names the post answered,
    the latest one by that poster above it."""
    quotes = {1: "<blockquote><cite>Ann Roe wrote:</cite>My sister works nights.</blockquote>",
              3: "<blockquote data-author='bob_k'><div>Ask the council.</div></blockquote>"}
    rows = "".join(
        f"<div class='entry'><span class='poster'><a href='/member.php?u={i}'>{name}</a></span> <time>{when}</time>"
        f"<div class='entry-text'>{quotes.get(i, '')}{text}</div></div>"
        for i, (name, when, text) in enumerate(POSTS)
    )
    doc = extract(Page(source="t.html", content=_page(rows), kind="html"))
    assert [c.parent for c in doc.comments] == [None, "c1", None, "c2"]


def test_a_login_button_class_is_no_author_class() -> None:
    """'comment-reply-login' ends in 'login', an account word: its 'Log in to Reply' link names no poster, while
    'message-author' does."""
    from slant.extract.html.threads import _ends_in_author

    assert _ends_in_author("message-author") and _ends_in_author("reply_user")
    assert not _ends_in_author("comment-reply-login") and not _ends_in_author("post-member")


def test_a_quote_in_a_nested_reply_is_not_its_parents_quote() -> None:
    """Replies nested inside a comment's block: a reply's quote ('Ann Roe wrote:') names whom the reply answers,
    not whom the comment holding it answers; a top-level comment stays top level."""
    def block(i: int, name: str, text: str, inner: str = "", quote: str = "") -> str:
        return (f"<div class='comment' id='c-{i}'><span class='comment-author'>{name}</span> "
                f"<time datetime='2024-06-0{i}T10:00'>June {i}, 2024</time><div class='comment-body'>{quote}{text}</div>"
                f"<div class='children'>{inner}</div></div>")

    reply = block(3, "dmitri77", "Agreed with her.", quote="<blockquote><cite>Ann Roe wrote:</cite>Nights.</blockquote>")
    thread = block(1, "Ann Roe", POSTS[0][2]) + block(2, "bob_k", POSTS[1][2], inner=reply)
    doc = extract(Page(source="t.html", content=_page(thread), kind="html"))
    assert [(c.author, c.parent) for c in doc.comments] == [("Ann Roe", None), ("bob_k", None), ("dmitri77", "c2")]


def test_a_number_attribute_that_is_no_number_costs_nothing() -> None:
    """'²' passes str.isdigit but int() refuses it: a spacer width or an indent attribute of a hostile page
    must not stop the page from being read."""
    rows = "".join(
        f"<table><tr><td width='²' indent='²'><img src='/s.gif' alt=''></td><td><b>Ferry</b><br><b>{name}</b> - "
        f"2024-06-0{i} 10:0{i}</td></tr><tr><td>{text}</td></tr></table>"
        for i, (name, _, text) in enumerate(POSTS, start=1)
    )
    doc = extract(Page(source="t.html", content=_page(f"<td>{rows}</td>"), kind="html"))
    assert [c.author for c in doc.comments] == [name for name, _, _ in POSTS]
