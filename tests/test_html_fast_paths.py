"""Issue 21, second round: the faster paths of HTML extraction give the answers of the plain ones.

The author step against trafilatura's own, the comment systems' hint scan against their full
XPaths, remembered hints against fresh ones, the ASCII item-word test against the Unicode one.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from slant.extract.html import author as author_module
from slant.extract.html import systems, threads
from slant.extract.html.dom import parse_page, tokens, tokens_remembered

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ALL_PAGES = sorted(p.name for p in FIXTURES.glob("*.html"))


def _tree(markup: str) -> lxml.html.HtmlElement:
    return parse_page(markup)[0]


#: Pages where trafilatura's deletions (comment lists, dates, figures) reach into the author's
#: element or remove it, where a later expression answers, and where none does.
AUTHOR_PAGES = [
    '<html><body><p>Story text.</p><span class="author">By <time>May 2</time>Ann Lee</span></body></html>',
    '<html><body><div class="byline">Jo<figure>x</figure>hn Roe<time>May 2</time> tail</div></body></html>',
    '<html><body><div id="comments"><a rel="author">Commenter</a></div><p class="meta-author">Kim Park</p></body></html>',
    '<html><body><div class="sidebar"><span class="author-name">Side Bar</span></div>'
    '<h3 class="posted-by">Posted by Lu Wei</h3></body></html>',
    '<html><body><time><span class="author">In a time</span></time><div itemprop="author">Ana Ruiz</div></body></html>',
    '<html><body><span class="author"><span class="quote">q</span></span><a href="/u/x" class="Author">Bo Li</a></body></html>',
    '<html><body><author>Ed Stone</author></body></html>',
    '<html><body><span class="author"><rel>me</rel>Al Bee</span></body></html>',
    '<html><body><p>No byline here at all.</p></body></html>',
    '<html><body><div data-component="Byline">By <b>Sam</b> <i>Poe</i></div></body></html>',
    '<html id="author"><body><div class="comments"><span class="author">x</span></div></body></html>',
]


@pytest.mark.parametrize("markup", AUTHOR_PAGES + [(FIXTURES / name).read_text(encoding="utf-8") for name in ALL_PAGES])
def test_page_author_is_trafilaturas(markup: str) -> None:
    from lxml import etree
    from trafilatura.metadata import extract_author

    tree = _tree(markup)
    before = etree.tostring(tree)
    assert author_module.page_author(tree) == extract_author(tree)
    assert etree.tostring(tree) == before  # read only


def test_author_conditions_follow_trafilaturas_expressions() -> None:
    """page_author writes out trafilatura's author expressions: an upgrade that changes them must fail here."""
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    def flat(path: str) -> str:
        return " ".join(path.split())

    assert [flat(x.path) for x in AUTHOR_XPATHS] == [
        "//*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][ "
        "@rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or "
        "@data-testid='AuthorCard' or @data-testid='AuthorURL' or "
        "re:test(@class, 'author-?name|AuthorName|authorName')]|//author",
        "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ "
        "@class='byline' or @class='username' or @class='byl' or @class='BBL' or "
        "contains(@itemprop, 'author') or re:test(@id, 'author|zuozhe|bianji|xiaobian') or "
        "re:test(@class, 'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
        "//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or "
        "re:test(@id, '[Aa]uthor') or re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
    ]
    assert [flat(x.path) for x in AUTHOR_DISCARD_XPATHS] == [
        ".//*[self::a or self::div or self::section or self::span][ "
        "@id='comments' or @class='comments' or @class='title' or @class='date' or "
        "re:test(@id, '^comments|comment-?list|ProductReviews') or "
        "re:test(@class, '^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
        "article-(?:share|support)|print|category|meta-date|meta-reviewer') or "
        "contains(@data-component, 'Figure')]",
        "//time|//figure",
    ]


def _old_items(system: systems.CommentSystem, tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The blocks by the system's full XPath alone, as before the hint scan."""
    found = []
    for el in tree.xpath(system.items):
        if isinstance(getattr(el, "tag", None), str) and el not in found:
            found.append(el)
    return found


HINT_PAGES = [
    '<html><body><ol><li id="comment-1" class="comment">a</li></ol></body></html>',
    '<html id="comment-9" class="comment"><body><div id="li-comment-2" class="x  comment\tpingback">b</div></body></html>',
    '<html><body><div class="wpd-comment wpd-reply">c</div><div class="WPD-COMMENT">d</div></body></html>',
    '<html><body><div id="dsq-comments"><p class="comment">e</p></div></body></html>',
    '<html><body><div class="d-noscript-comments"><li class="comment">f</li></div>'
    '<li id="dsq-comment-header-3">g</li><li id="dsq-comment-4">h</li></body></html>',
    '<html><body><div id="comments"><p class="comment">none of the systems</p></div></body></html>',
]


@pytest.mark.parametrize("markup", HINT_PAGES + [(FIXTURES / name).read_text(encoding="utf-8") for name in ALL_PAGES])
def test_systems_skipped_by_the_hint_scan_find_nothing(markup: str) -> None:
    tree = _tree(markup)
    present = systems.systems_on(tree)
    for system in systems.SYSTEMS:
        old = _old_items(system, tree)
        assert system.find(tree) == old
        assert system in present or old == []


def test_class_parts_survive_tokenizing() -> None:
    """HINTS finds class parts in lower-cased tokens: that finds every class attribute holding one
    only while the parts are lower case and hold no white space."""
    for system in systems.SYSTEMS:
        for part in system.class_parts:
            assert part == part.lower() and len(part.split()) == 1


def test_remembered_tokens_are_the_fresh_ones() -> None:
    tree = _tree((FIXTURES / "threads_profile_es.html").read_text(encoding="utf-8"))
    fresh = [tokens(el) for el in tree.iter()]
    with tokens_remembered():
        first = [tokens(el) for el in tree.iter()]
        again = [tokens(el) for el in tree.iter()]
    assert first == fresh and all(a is b for a, b in zip(first, again))
    assert all(isinstance(t, frozenset) for t in first)  # shared answers cannot be changed by a caller


@pytest.mark.parametrize(
    "token",
    ["comment", "Comment-Body", "post", "poſt", "\u212aomment", "KOMMENT", "коммент", "КОММЕНТ", "réponse", "RÉPONSE",
     "reactİon", "reactıon", "type:comment", "nav-item", "", "x" * 80],
)
def test_ascii_item_word_test_is_the_unicode_one(token: str) -> None:
    assert threads._names_item(token) is (threads.ITEM_WORDS.search(token) is not None)


@pytest.mark.parametrize("prefix", ["", "<?xml version='1.0' encoding='utf-8'?>\n", "  <?php echo 1; ?>"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_page_encoded_once_reads_as_before(prefix: str, newline: str) -> None:
    """The page's UTF-8, made once for its id, is the parser's input only where it is the same text."""
    from slant.document import Page
    from slant.extract import extract
    from slant.extract.html.page import extract_html

    body = (FIXTURES / "wordpress_nested.html").read_text(encoding="utf-8")
    markup = prefix + body.replace("\n", newline) + "\ud800"  # a lone surrogate survives surrogatepass
    page = Page(source="t", content=markup, kind="html")
    doc = extract(page)
    assert doc.id == page.id
    text = markup.replace("\r\n", "\n")
    shared = extract_html(text, encoded=text.encode("utf-8", "surrogatepass"))
    assert shared == extract_html(text)
    assert (doc.text, [c.to_dict() for c in doc.comments]) == (shared.body, [c.to_dict() for c in shared.comments])
