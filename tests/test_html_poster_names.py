"""Poster names on comment systems no reader knows: the name, not the rank, badge, byline or reply target.

Issue 16: the structural detectors found the right author node, but read its whole
text ('Röhrenfreund' + rank 'Stammgast', '+mossback' + a reputation badge '17,536',
'par camille59 » Lun 8 Jan'). Fixtures are invented pages in several languages.
"""

from __future__ import annotations

from pathlib import Path

from slant.extract.html.dom import is_profile_href
from slant.extract.html.page import HtmlExtraction, extract_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def page(name: str) -> HtmlExtraction:
    return extract_html((FIXTURES / name).read_text(encoding="utf-8"))


def authors(result: HtmlExtraction) -> list[str | None]:
    return [c.author for c in result.comments]


def test_name_stacked_above_a_repeated_rank_is_the_first_line() -> None:
    """'<b>Name</b><br><span>Stammgast</span>': the first visible line of the poster box."""
    result = page("poster_rank_de.html")
    assert authors(result) == ["Kassettendeck", "Plattenspieler_77", "Röhrenfreund"]


def test_reputation_counter_beside_the_name_is_left_out() -> None:
    """A bare number in its own element ('8,952', '0') is a badge, not part of the name."""
    result = page("poster_badge_en.html")
    assert result.author == "+Harbour.Light"
    assert authors(result) == ["Quiet Otter", "+mossback"]


def test_profile_link_numbered_in_the_path_names_the_poster_in_a_byline() -> None:
    """'par <a href=/membre6527/>camille59</a> » Lun 8 Jan 2018': the profile link, not the byline."""
    assert is_profile_href("https://forum.example.org/membre6527/")
    assert is_profile_href("/member-12.html")
    assert not is_profile_href("/members.html")
    result = page("byline_par_fr.html")
    assert result.author == "camille59"
    assert authors(result) == ["Naomie", "charlotte"]


def test_in_reply_to_after_the_name_is_not_part_of_it() -> None:
    result = page("byline_in_reply_en.html")
    assert authors(result) == ["stueysplace", "JamesDavis", "Andira"]


def test_reply_line_link_is_not_the_author_and_a_vcard_byline_is() -> None:
    """'En réponse à : <a class="url fn">article title</a>' names the article; 'par Horus' the poster."""
    result = page("vcard_reply_line_fr.html")
    assert authors(result) == ["Horus", "voltaire", "Lepayste"]


def test_data_author_blocks_and_a_select_to_quote_wrapper_around_every_message() -> None:
    """Blocks named only by data-author are a thread; a quote-classed wrapper found once in every
    block (the opening one too) is the message itself, while a quote inside it stays out."""
    result = page("data_author_quote_box_de.html")
    assert result.author == "Mietzekatze"
    assert result.body.startswith("Die Praxis hat das Rezept falsch ausgestellt und ich musste")
    assert [(c.author, c.text) for c in result.comments] == [
        ("Paragraphenreiter", "Dann würde ich die Praxis um Erstattung der Fahrtkosten bitten."),
        ("Mietzekatze", "Danke, das werde ich gleich morgen früh versuchen."),
    ]


def test_opening_post_gives_the_page_its_author_and_date() -> None:
    """A forum's body is its opening post: the poster and date are that post's, not a page byline."""
    result = page("body_forum.html")
    assert result.author == "frostrider"
    assert result.published is not None and result.published.startswith("2031-01-04")


def test_a_dash_attached_to_a_name_is_part_of_it() -> None:
    from slant.extract.names import clean_comment_author

    assert clean_comment_author("Vilx-") == "Vilx-"
    assert clean_comment_author("-scope-") == "-scope-"
    assert clean_comment_author("Ann Roy -") == "Ann Roy"
    assert clean_comment_author("— Ann") == "Ann"
    assert clean_comment_author("—") is None
