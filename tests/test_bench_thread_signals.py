"""Thread signals found on the extraction benchmark's pages (`eval/gold/comments-bench/`): article
teasers are not comments, quotes in a <p>, dated headers that a teaser list's counters outnumber,
an affiliation in a name, share-button rows and template tags, a closed-thread notice, a comment
count printed twice, and a header reading that reads no thread. Pages written for these tests."""

from __future__ import annotations

from lxml import html as lxml_html

from slant.document import Page
from slant.extract import extract
from slant.extract.html.dom import is_teaser
from slant.extract.text.boilerplate import chrome_kind, is_closed_notice
from slant.extract.text.page import extract_text
from slant.extract.text.records import _anchor_candidates, line_shape, line_tokens

TITLE = "Council approves the new cycle lanes after a long debate"
ARTICLE = [
    "The town council approved the new cycle lanes on Tuesday after a long and often heated debate.",
    "Supporters said the lanes would make the school run safer for hundreds of children every day.",
    "Shop owners on the high street worried that losing parking spaces would cost them customers.",
]


def _el(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


def test_a_teaser_links_a_headline_to_another_page_a_comment_does_not() -> None:
    teaser = _el(
        '<article><h4><a href="/sports/the-long-season-drags-on/">The Long Season Drags On Again</a></h4>'
        '<span>By <a href="/author/jo-ames/">Jo Ames</a></span><div>The league said on Monday that the '
        'schedule would change ... <a href="/sports/the-long-season-drags-on/">Read More</a></div></article>'
    )
    listed = _el(
        '<div><a href="/news/bridge-reopens/"><img src="b.jpg"></a>'
        '<a href="/news/bridge-reopens/">Bridge reopens after five months of repairs</a><p>Traffic flows again.</p></div>'
    )
    comment = _el(
        '<li><h4><a href="https://example.org/blog">Mara Lind</a></h4><p>I cycle this road every day and the '
        'new lanes make it much safer. <a href="https://example.org/report">Here is the council report on the lanes</a></p></li>'
    )
    subject = _el('<div><h3><a href="/node/9#comment-12">Re: the parking question again</a></h3><p>Agreed.</p></div>')
    member = _el('<section><h4><a href="/members/the-mod-team.57/">The Site Moderator Team</a></h4><p>Thread moved.</p></section>')
    assert is_teaser(teaser) and is_teaser(listed)
    assert not is_teaser(comment) and not is_teaser(subject) and not is_teaser(member)


def _html_page(extra: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return f"<html><body><article><h1>Cycle lanes approved</h1>{body}</article>{extra}</body></html>"


def test_a_list_of_article_teasers_with_bylines_is_not_a_thread() -> None:
    teasers = "".join(
        f'<article class="post-list"><h4><a href="/story-{k}/">Another Long Headline About Story {k}</a></h4>'
        f'<span class="meta-author">By <a href="/author/writer-{k}/">Writer {k}</a></span>'
        f'<div class="entry">An excerpt of story {k} that runs on for a sentence or two before it is cut ... '
        f'<a href="/story-{k}/">Read More</a></div></article>'
        for k in range(6)
    )
    doc = extract(Page(source="t.html", content=_html_page(f'<section class="latest">{teasers}</section>'), kind="html"))
    assert doc.comments == []


def test_a_quote_paragraph_is_cut_from_the_comment() -> None:
    comments = "".join(
        f'<div class="comment"><div class="username"><a href="/members/{k}">{name}</a></div>'
        f'<div class="date">2 days ago</div><div class="content">{quote}{text}</div></div>'
        for k, (name, quote, text) in enumerate([
            ("ann_k", "", "The lanes are a good start but the junction still needs lights."),
            ("bob77", '<p class="quote">The lanes are a good start</p>', "A start, yes, though far too slow."),
            ("Cleo", "", "Parking was never the real problem on the high street."),
        ])
    )
    doc = extract(Page(source="t.html", content=_html_page(f'<div class="comments">{comments}</div>'), kind="html"))
    assert [c.author for c in doc.comments] == ["ann_k", "bob77", "Cleo"]
    assert doc.comments[1].text == "A start, yes, though far too slow."


def test_dated_headers_are_tried_where_a_teaser_list_outnumbers_them() -> None:
    names = ["Woyzeck", "Nick A", "fmcshan", "tjedora", "Lena Hart", "PickUrPoison", "falkon-engine", "Zdigital2015"]
    lines = [*ARTICLE, f"[ {len(names)} comments ]"]
    for k, name in enumerate(names):
        lines += [name, f"{k + 1} days ago at 07:5{k} am", f"Comment number {k} on the lanes, in the reader's own words."]
    for k in range(6):  # numbered product names outnumber the thread's dated headers; each teaser has an age too
        lines += [f"Gadget {k + 2}", f"Headline Number {k} About Something Else", f"{k + 2} hours ago on City Blog",
                  f"A teaser excerpt for story {k}.", f"Tablet {k + 5}", f"{k + 3} comments"]
    shapes = {i: line_shape(lines[i]) for i in range(len(lines))}
    candidates = _anchor_candidates(lines, shapes, 0, len(lines))
    assert candidates[0][0] == "w 0" and len(candidates[0][1]) == 12
    dated = [where for _, where in candidates if lines[where[0]] == "1 days ago at 07:50 am"]
    assert dated and len(dated[0]) == len(names)  # ages date a header ('2 days ago at 07:52 am')


def test_a_capitalised_affiliation_stays_in_the_name() -> None:
    assert line_shape("Catherine (Staff) on September 13, 2018 at 5:23 pm said:") == line_shape(
        "Milan Griffes on September 12, 2018 at 4:47 pm said:"
    )
    assert line_tokens("Catherine (Staff) on May 3")[0] == ("w", "Catherine (Staff) on")
    assert line_tokens("Bob (edited)")[0] == ("w", "Bob")  # a lower-case note is a badge


def test_share_rows_and_template_tags_are_chrome() -> None:
    for line in ["FacebookTwitterPinterestEmail", "Facebook Twitter Reddit", "{* backButton *} {* sendButton *}", "{{ user.name }}"]:
        assert chrome_kind(line) is not None, line
    assert chrome_kind("Mix") is None and chrome_kind("I love {this} idea") is None


def test_a_closed_thread_notice_ends_the_last_comment() -> None:
    assert all(is_closed_notice(n) for n in ["Comments are closed.", "Kommentare geschlossen", "Комментарии закрыты"])
    lines = [TITLE, *ARTICLE, "3 Comments"]
    for k, name in enumerate(["Milan Griffes", "Alex Moore", "Gary M"]):
        lines += [f"{name} on September {12 + k}, 2018 at 4:4{k} pm said:", f"A question from {name} about the lanes and their cost."]
    lines += ["Comments are closed.", "Recent Blog Posts", "Recent Comments", "Archives", "Contact", "Site Map"]
    found = extract_text("\n".join(lines))
    assert [c.author for c in found.comments] == ["Milan Griffes", "Alex Moore", "Gary M"]
    assert "Recent" not in found.comments[-1].text


def test_a_comment_count_printed_twice_starts_the_thread_at_the_second() -> None:
    lines = [TITLE, *ARTICLE, "cycling lanes council", "2 comments", "FacebookTwitterPinterestEmail", "Regan",
             "Regan is a local writer who lives in the valley with her husband, two sons and two cats.",
             "previous post", "Ten Easy Picnic Ideas", "next post", "The Best Bakeries in Town", "2 comments",
             "Cherie McCluney August 17, 2019 - 2:19 pm", "I rode the new lanes to work today and they are wonderful, much calmer than the old road.", "Reply",
             "Regan August 19, 2019 - 5:48 pm", "Thank you Cherie, glad you liked them.", "Reply",
             "Leave a Comment Cancel Reply"]
    found = extract_text("\n".join(lines))
    assert [(c.author, c.text) for c in found.comments] == [
        ("Cherie McCluney", "I rode the new lanes to work today and they are wonderful, much calmer than the old road."),
        ("Regan", "Thank you Cherie, glad you liked them."),
    ]
    assert "local writer" not in found.body and "Picnic" not in found.body  # between the counts: neither


def test_a_count_printed_above_and_below_the_thread_keeps_the_first() -> None:
    lines = [TITLE, *ARTICLE, "2 comments"]
    for name, when, text in [("Cherie McCluney", "August 17, 2019 - 2:19 pm", "I rode the new lanes to work today and they are wonderful, much calmer than the old road."),
                             ("Tom Berry", "August 18, 2019 - 9:02 am", "Same here, though the junction by the bakery still needs a proper crossing light.")]:
        lines += [f"{name} {when}", text, "Reply"]
    lines += ["2 comments", "Leave a Comment Cancel Reply", "About me",
              "Thank you for stopping by! My name is Regan and I write about the valley, its food and its people every week."]
    found = extract_text("\n".join(lines))
    assert [c.author for c in found.comments] == ["Cherie McCluney", "Tom Berry"]
