"""General thread detector: comments, authors and parents on markup no dedicated reader knows."""

from __future__ import annotations

from pathlib import Path

from slant.extract.html.comments import extract_comments_from_html
from slant.extract.html.page import extract_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def rows(name: str) -> list[tuple[str, str | None, str, str | None]]:
    html = (FIXTURES / name).read_text(encoding="utf-8")
    return [(c.id, c.author, c.text, c.parent) for c in extract_comments_from_html(html)]


def test_drupal_like_indented_replies_and_footer_author_line() -> None:
    """Replies sit in a sibling 'indented' wrapper; the author is the name before '| date'."""
    assert rows("threads_drupal_de.html") == [
        ("c1", "Greta Vogel", "Endlich! Ich fahre jeden Tag über die Hafenbrücke und warte seit Jahren darauf.", None),
        ("c2", "Paul Brenner", "Die Brücke ist aber gar nicht Teil des Beschlusses, soweit ich das lese.", "c1"),
        ("c3", "Ilse Marx", "Wer bezahlt die Beleuchtung der neuen Strecken am Kanal?", None),
    ]


def test_level_classes_on_wrappers_and_collapsed_stubs_left_out() -> None:
    """Depth comes from the wrapper's level class; a header-only collapsed entry is no comment."""
    assert rows("threads_levels_ru.html") == [
        ("c1", "orbita_fan", "Жаль, я собирался смотреть трансляцию с друзьями.", None),
        ("c2", "kosmonavtika", "Осенью погода на полигоне обычно ещё хуже, посмотрим.", "c1"),
        ("c3", "novosti_nauki", "Кто-нибудь знает, какая ракета будет использоваться?", None),
    ]


def test_id_stems_and_profile_links_name_the_author() -> None:
    """Blocks grouped by their id stem (comentario9001...); the author is the profile link, not the date."""
    assert rows("threads_profile_es.html") == [
        ("c1", "Lucía Ramos", "Por fin podremos volver a comprar pescado fresco en el barrio.", None),
        ("c2", "Tomás Gil", "Los puestos nuevos son más caros, según cuentan los vendedores.", None),
        ("c3", "Ana Ortega", "¿Alguien sabe si habrá aparcamiento para bicicletas en la entrada norte?", None),
    ]


def test_comment_text_never_stays_in_the_body() -> None:
    html = (FIXTURES / "threads_drupal_de.html").read_text(encoding="utf-8")
    result = extract_html(html)
    assert len(result.comments) == 3
    for comment in result.comments:
        assert comment.text not in result.body


def test_button_text_repeated_in_every_block_is_never_the_comment_text() -> None:
    """'Report Post »' under one class in every block is chrome; the classless paragraph is the text,
    the name link (too few of the block's words) is not, and the 'Posted on' date line is cut."""
    assert rows("threads_button_text.html") == [
        ("c1", "marlow_k", "Forty minutes is still too long when it rains on the pier.", None),
        ("c2", "Island Grandmother", "My grandchildren will finally visit on weekday evenings.", None),
        ("c3", "tern", "Who pays for the extra crews on the night boats?", None),
    ]


def test_name_node_inside_a_byline_wins_over_the_byline_with_the_reply_target() -> None:
    """The byline holds 'Piotr ... Ania Nowak' (reply target); the author node nested in it is the name."""
    assert rows("threads_byline_reply.html") == [
        ("c1", "Ania Nowak", "Wreszcie będzie można dojechać rowerem do pracy.", None),
        ("c2", "Piotr Zieliński", "Pod warunkiem, że zimą ktoś go odśnieży.", "c1"),
        ("c3", "Ewa Lis", "Ile będzie kosztować ta inwestycja?", None),
    ]


def test_dd_blocks_with_dated_dt_headers_beat_the_headers_alone() -> None:
    """<dt> header (number, author, time) + <dd> text share a class: the <dd> group, dated by its header, wins."""
    assert rows("threads_dt_dd.html") == [
        ("c1", "seafarer", "Two years late, but it works, which is more than most pilots manage.", None),
        ("c2", "Morag B", "The fishermen in the bay were never asked about the cable route.", None),
        ("c3", "gridwatcher", "What is the expected output over a full tidal cycle?", None),
    ]


def test_top_level_comments_and_differently_named_nested_replies_are_one_thread() -> None:
    """'comment' blocks hold 'comment-reply' blocks: both are read, replies get their parent from nesting."""
    assert rows("threads_outer_replies.html") == [
        ("c1", "Hélène D.", "Enfin ! Le samedi matin sans marché était bien triste.", None),
        ("c2", "Marc P.", "Les loyers des étals ont pourtant doublé, paraît-il.", "c1"),
        ("c3", "Sophie", "Pas pour les producteurs locaux, qui gardent l’ancien tarif.", "c1"),
        ("c4", "Karim", "Le parking reste fermé le dimanche ?", None),
        ("c5", "Hélène D.", "Oui, jusqu’à la fin des travaux de voirie.", "c4"),
    ]


def test_author_from_the_header_slot_when_no_class_names_it() -> None:
    """No author class, no profile-like href: the header's first link, varying block to block, is the name
    (the '#1' permalink in the same kind of slot is a number, not a name)."""
    assert [(c[0], c[1]) for c in rows("threads_header_slot.html")] == [
        ("c1", "leseratte"), ("c2", "Jonas K."), ("c3", "Frau Berger"),
    ]


def test_trailing_comma_after_the_name_in_a_byline_is_not_part_of_it() -> None:
    """'Par Anne Roy, le 3 mai 2019': the name stops before the comma."""
    blocks = "".join(
        f'<div class="comment"><div class="metas"><b>Par {name},</b> le {day} mai 2019 à 09h20</div>'
        f'<div class="content">{text}</div></div>'
        for name, day, text in [
            ("Anne Roy", 3, "Le rapport ne dit rien des effets sur les sols agricoles."),
            ("Luc Martin 12", 4, "Les agriculteurs attendent surtout une alternative abordable."),
        ]
    )
    html = f"<html><body><article><p>{'Un long article sur les pesticides. ' * 8}</p></article>{blocks}</body></html>"
    assert [c.author for c in extract_comments_from_html(html)] == ["Anne Roy", "Luc Martin 12"]


def test_menus_and_article_teasers_are_not_comments() -> None:
    """A menu of repeated items and a list of related-article teasers (title link, author link,
    date) repeat like a thread; their blocks are links, so they are not comments."""
    from slant.extract.html.page import extract_html

    page = (Path(__file__).parent / "fixtures" / "html" / "threads_menu_and_teasers.html").read_text(encoding="utf-8")
    found = extract_html(page)
    assert found.comments == []
    assert "twelve thousand passengers" in found.body


def test_comment_extraction_does_not_depend_on_the_hash_seed() -> None:
    """Same page, same comments in every process: class tokens are sets, so every loop over
    them is sorted (two seeds that gave different threads on a real page before)."""
    import subprocess
    import sys

    script = (
        "import json, pathlib; from slant.extract.html.page import extract_html\n"
        "out = {}\n"
        "for p in sorted(pathlib.Path(r'%s').glob('*.html')):\n"
        "    r = extract_html(p.read_text(encoding='utf-8', errors='replace'))\n"
        "    out[p.name] = [(c.author, c.text, c.parent) for c in r.comments]\n"
        "print(json.dumps(out))\n"
    ) % (Path(__file__).parent / "fixtures" / "html")
    runs = [
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    ]
    assert runs[0] == runs[1] == runs[2]


FORUM_FIXTURES = Path(__file__).parent / "fixtures"


def forum_rows(name: str) -> list[tuple[str | None, str | None, str]]:
    html = (FORUM_FIXTURES / name).read_text(encoding="utf-8")
    return [(c.author, (c.published or "")[:10] or None, c.text) for c in extract_comments_from_html(html)]


def test_forum_posts_inside_an_inline_moderation_form_are_found() -> None:
    """The whole thread sits in a <form>; the text is a quote-named container ('select to quote')
    holding a real quote; a 'Messages: 1,204' counter is not the author."""
    assert forum_rows("forum_inline_mod.html") == [
        ("parsnip_pete", "2021-03-03", "How many water butts does a ten-rod plot really need through a dry summer?"),
        ("Marrow Queen", "2021-03-03", "Three joined with a linking kit kept my beans going all of last August."),
        ("leekwatcher", "2021-03-04", "Ask the committee first, some sites ban anything taller than the shed."),
    ]


def test_author_pane_name_not_rank_and_text_without_the_meta_line() -> None:
    """An author pane with a rank list ('Newbie Members 3 posts') and a reputation badge beside the
    profile link: the name is the link's text; the text is the inner block, even with a short post."""
    rows_ = forum_rows("forum_author_pane.html")
    assert [r[0] for r in rows_] == ["Hedgehog Hal", "Newt Nora", "Hedgehog Hal", "Lily Pad Len"]
    assert [r[1] for r in rows_] == ["2022-05-01", "2022-05-01", "2022-05-01", "2022-05-02"]
    assert rows_[2][2] == "Thanks"
    assert not any("Report post" in r[2] or "Posted" in r[2] for r in rows_)


def test_post_date_shown_only_as_text_not_the_members_join_date() -> None:
    """No <time> and no date class: the dated header line above the message is the post's date;
    the 'Registriert seit' line of the user pane is the member's, not the post's."""
    assert forum_rows("forum_text_dates_de.html") == [
        ("Kastanie", "2004-04-20", "Hat jemand Erfahrung mit Mulch aus Rindenhäcksel unter Himbeeren?"),
        ("Gartenzwerg_77", "2004-04-20", "Ja, seit drei Jahren, die Himbeeren danken es mit viel weniger Unkraut."),
        ("Beetfreundin", "2004-04-21", "Achte darauf, vorher etwas Hornspäne zu streuen, sonst fehlt Stickstoff."),
    ]


def test_login_and_register_links_are_not_profile_links() -> None:
    from slant.extract.html.dom import is_profile_href

    assert is_profile_href("/users/reallysparky")
    assert is_profile_href("/member.php?u=1234")
    assert not is_profile_href("/user/login?destination=node%2F1%23comment-form")
    assert not is_profile_href("/user/register?destination=node%2F1")
    assert not is_profile_href("/benutzer/anmelden")
    assert not is_profile_href(None)


def test_numeric_dates_read_day_first_where_the_page_language_does() -> None:
    from lxml import html as lxml_html

    from slant.extract.dates import normalize_date
    from slant.extract.html.markup import page_day_first

    assert normalize_date("10/05/2006, 13h16", day_first=True).startswith("2006-05-10")
    assert normalize_date("10/05/2006") == "2006-10-05"  # no language: month first, as before
    french = lxml_html.fromstring('<html lang="fr"><body><p>x</p></body></html>')
    american = lxml_html.fromstring('<html lang="en-US"><body><p>x</p></body></html>')
    bare = lxml_html.fromstring("<html><body><p>x</p></body></html>")
    assert page_day_first(french.find(".//p"))
    assert not page_day_first(american.find(".//p"))
    assert not page_day_first(bare.find(".//p"))


def test_a_month_named_in_words_and_no_day_filled_in_from_today() -> None:
    """dateutil reads '03. Mai 2004' as March (the first number it meets) and fills a missing day or month from
    today's date: a month named in any language we read wins, and a date without its day is no date."""
    from slant.extract.dates import normalize_date

    assert normalize_date("03. Mai 2004, 00:36", day_first=True) == "2004-05-03T00:36:00"
    assert normalize_date("5. Januar 2019 um 20:38", day_first=True) == "2019-01-05T20:38:00"
    assert normalize_date("12 marzo 2020") == "2020-03-12"
    assert normalize_date("12 marzo 2020 alle 4:06 pm") == "2020-03-12T16:06:00"
    assert normalize_date("Sat Jan 18, 2020 4:06 pm") == "2020-01-18T16:06:00"
    assert normalize_date("JUNE 2023") is None
    assert normalize_date("Joined: Mar 2019") is None


def test_a_joined_date_with_the_post_dates_class_is_not_the_post_date() -> None:
    """Both dates carry the same date class; the member box's comes first, under its 'Joined:' label."""
    assert forum_rows("forum_joined_timestamps.html") == [
        ("quince_jam", "2019-12-31", "Does the lower runway close for the whole winter or only at night?"),
        ("Hangar Nine", "2020-01-02", "Only at night, the day schedule keeps both runways in use."),
        ("wingletwatcher", "2020-01-04", "The notice on the airport site says the same, until the end of March."),
    ]
