"""The article of a discussion page: the question, the submission or the opening post.

trafilatura finds a news article well, but on forums, Q&A and link-aggregator
pages there is no article in its sense and it returns navigation, a sidebar or
a few comments. When what it found holds little prose once the reader
comments are taken out, the body is chosen from the page's structure instead,
in this order (no site names):

1. schema.org microdata: a Question's text (Q&A pages), else an articleBody;
2. a submission: the title element outside the comment thread, climbed up to
   the largest block that holds no comment; its prose, plus the title when it
   links out (link aggregators, where the linked title is the story);
3. the opening post: on a page with a thread title, the first block of a flat
   (forum) thread when it is a top-level post; it leaves the comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from lxml import html as lxml_html

from slant.document import Comment
from slant.extract.html.dom import PRUNE_TAGS, SKIP_TAGS, inert_text, link_share, tokens, walk

#: Below this many characters of prose left in trafilatura's body, the page is a discussion.
MIN_ARTICLE_CHARS = 250
#: A prose line or block has at least this many words.
MIN_PROSE_WORDS = 8
#: A block whose text is more than this share link text is navigation.
MAX_LINK_SHARE = 0.5
#: A title element's text is at least this long (shorter matches are menu words).
MIN_TITLE_CHARS = 12
#: Bounds on work per page.
MAX_TITLE_CANDIDATES = 2000
MAX_PROSE_BLOCKS = 200

#: A line with this many "|" or "·" separators is a meta line ("41 points by x | hide | 12 comments").
MAX_SEPARATORS = 2
_SEPARATORS = re.compile(r"\s[|·•]\s")
_LEAF_TAGS = frozenset({"p", "div", "td", "blockquote", "li", "pre", "dd", "section", "article", "span"})
_CHROME_TAGS = frozenset({"nav", "aside", "header", "footer", "menu"})
_BLOCKISH = frozenset({"p", "div", "td", "blockquote", "li", "pre", "dd", "section", "article", "ul", "ol", "table"})
#: No-JavaScript views (Discourse's crawler page) live in <noscript>: search it too.
_QUESTION_TYPES = frozenset({"type:question"})
_POST_TYPES = frozenset({"type:discussionforumposting", "type:socialmediaposting"})


@dataclass
class DiscussionBody:
    """The body chosen from structure and the comments left once an opening post moves out."""

    body: str
    comments: list[Comment]
    how: str
    #: The opening post's poster and date: the thread's own, where page metadata often names
    #: the site or reads a member box ('RobMan 0').
    author: str | None = None
    published: str | None = None


def prose_chars(body: str) -> int:
    """Characters in lines of at least MIN_PROSE_WORDS words: menus and counters do not count."""
    return sum(
        len(line)
        for line in body.split("\n")
        # Table rows and list items ("- ") are not the running text of an article.
        if len(line.split()) >= MIN_PROSE_WORDS and not line.lstrip().startswith(("|", "- "))
    )


def choose_body(
    tree: lxml_html.HtmlElement,
    article: str,
    comments: list[Comment],
    blocks: list[lxml_html.HtmlElement],
    title: str | None,
    page_url: str | None,
) -> DiscussionBody | None:
    """A better body than `article` (trafilatura's, comment lines removed) when the page is a discussion."""
    if prose_chars(article) >= MIN_ARTICLE_CHARS:
        return None
    found = _microdata_body(tree, blocks)
    if found:
        return DiscussionBody(found, _without_text(comments, found), "microdata")
    if not comments or not blocks or not title:
        return None
    heading = _title_element(tree, _inside(blocks), title)
    if heading is None:
        return None  # a bare comment widget: no thread title, no opening post
    submission = _submission_body(heading, blocks, page_url)
    if submission:
        return DiscussionBody(submission, comments, "submission")
    if (
        comments[0].parent is None
        and len(comments) >= 2
        and _flat(blocks)
        and comments[0].text.strip()
    ):
        # The title's block holds no prose (else it was a submission): the thread starts the page.
        first = comments[0]
        return DiscussionBody(first.text, _renumber(comments[1:]), "opening post", first.author, first.published)
    return None


def _flat(blocks: list[lxml_html.HtmlElement]) -> bool:
    """No block inside another: a forum's list of posts, not a threaded comment tree."""
    block_set = set(blocks)
    return not any(a in block_set for b in blocks for a in b.iterancestors())


def _microdata_body(tree: lxml_html.HtmlElement, blocks: list[lxml_html.HtmlElement]) -> str | None:
    """A Question's text, else the one articleBody outside the comment blocks."""
    in_blocks = _inside(blocks)
    for el in walk(tree, lambda e: e.tag in SKIP_TAGS or e in in_blocks):
        toks = tokens(el)
        if toks & _QUESTION_TYPES or (toks & _POST_TYPES and el not in in_blocks):
            text_el = next((d for d in el.iter() if "itemprop:text" in tokens(d)), None)
            if text_el is not None:
                text = inert_text(text_el)
                if text:
                    return text
        if "itemprop:articlebody" in toks:
            text = inert_text(el)
            if prose_chars(text) >= MIN_ARTICLE_CHARS:
                return text
    return None


def _inside(blocks: list[lxml_html.HtmlElement]) -> set[lxml_html.HtmlElement]:
    """The comment blocks and everything in them."""
    out: set[lxml_html.HtmlElement] = set()
    for block in blocks:
        out.update(block.iter())
    return out


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _title_element(
    tree: lxml_html.HtmlElement, in_blocks: set[lxml_html.HtmlElement], title: str
) -> lxml_html.HtmlElement | None:
    """The first heading or link outside the comments whose text is (part of) the page title."""
    wanted = _norm(title)
    body = tree.find("body")
    root = body if body is not None else tree
    for n, el in enumerate(walk(root, lambda e: e.tag in PRUNE_TAGS or e in in_blocks or e.tag in _CHROME_TAGS)):
        if n > MAX_TITLE_CANDIDATES * 50:
            break
        if el.tag in _HEADING_TAGS:
            text = _norm(el.text_content())
            if len(text) >= MIN_TITLE_CHARS and text in wanted:
                return el
        elif el.tag in _TITLE_CELL_TAGS and len(wanted) >= MIN_TITLE_CHARS and _norm(el.text_content()) == wanted:
            return el  # an older forum's title cell (<td class="thead"><strong>Title</strong>)
    return None


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "a"})
#: Elements that hold a thread title on pages without headings: only the whole title counts there.
_TITLE_CELL_TAGS = frozenset({"strong", "b", "span", "td", "th", "div"})


def _submission_body(
    heading: lxml_html.HtmlElement, blocks: list[lxml_html.HtmlElement], page_url: str | None
) -> str | None:
    """The linked title and the submission's own text, from the block around the title."""
    holds_comments: set[lxml_html.HtmlElement] = set()
    for block in blocks:
        holds_comments.update(block.iterancestors())
    container = heading
    for anc in heading.iterancestors():
        if anc in holds_comments or anc.tag in {"body", "html"}:
            break
        container = anc
    head = " ".join(heading.text_content().split())
    prose = [p for p in _prose_blocks(container, heading) if _norm(p) != _norm(head)]
    if not prose and not _links_out(container, heading, page_url):
        return None
    return "\n\n".join([head, *prose])


def _prose_blocks(container: lxml_html.HtmlElement, heading: lxml_html.HtmlElement) -> list[str]:
    """Innermost blocks of the container that read as prose (not links, not the title)."""
    out: list[str] = []
    skip = set(heading.iter())
    for el in walk(container, lambda e: e.tag in PRUNE_TAGS or e.tag in _CHROME_TAGS or e in skip):
        if el.tag not in _LEAF_TAGS or any(c.tag in _BLOCKISH for c in el):
            continue
        text = inert_text(el)
        if (
            len(text.split()) >= MIN_PROSE_WORDS
            and link_share(el) <= MAX_LINK_SHARE
            and len(_SEPARATORS.findall(text)) < MAX_SEPARATORS
        ):
            out.append(text if el.tag == "pre" else " ".join(text.split()))
            if len(out) >= MAX_PROSE_BLOCKS:
                break
    return out


_HOST = re.compile(r"^(?:www\.)?")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return _HOST.sub("", host.lower()) if host else None


def _links_out(container: lxml_html.HtmlElement, heading: lxml_html.HtmlElement, page_url: str | None) -> bool:
    """The title links to another site, or a link shows its own address (a submitted link)."""
    own = _host(page_url)
    for a in container.iter("a"):
        href = (a.get("href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        host = _host(href)
        if host is None or host == own:
            continue
        text = _norm(a.text_content()).rstrip(".…")
        bare = _norm(href.split("://", 1)[1])
        if a is heading or heading in a.iterancestors() or a in heading.iter() or (
            len(text) >= 4 and (bare.startswith(_HOST.sub("", text)) or text.startswith(host))
        ):
            return True
    return False


def _without_text(comments: list[Comment], text: str) -> list[Comment]:
    """Drop the comment that is the body itself (a question read as the first post)."""
    body = _norm(text)
    kept = [c for c in comments if _norm(c.text) != body]
    return _renumber(kept) if len(kept) != len(comments) else comments


def _renumber(comments: list[Comment]) -> list[Comment]:
    """Ids c1.. again; a parent that left the list makes its replies top-level."""
    new_id = {c.id: f"c{i + 1}" for i, c in enumerate(comments)}
    return [
        replace(c, id=new_id[c.id], parent=new_id.get(c.parent) if c.parent else None) for c in comments
    ]
