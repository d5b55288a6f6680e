"""Reply parents from a flattened thread's controls: parent/root/prev links, counts as bounds, ages, levels.

Every page here is invented for these tests. A scrape keeps depth-first order
but no indentation, so a reply answers the comment above it or one of that
comment's ancestors; the controls each comment prints narrow that down
(`text/tree.py`).
"""

from __future__ import annotations

from slant.extract.text.comments import RawComment, dated_parents, link_parents
from slant.extract.text.page import extract_text
from slant.extract.text.tree import Hints, age_seconds, place, printed_moment

ARTICLE_EN = [
    "Ask: what will change in small towns next year?",
    "Tell us what you expect to change in your town over the next twelve months, from shops and buses to schools and local papers.",
    "We will collect the best answers in a follow-up piece at the end of the month.",
]


def _hn_like(name: str, links: str, text: str) -> list[str]:
    return [f"{name} on Mar 3, 2024 | {links} [–]", text]


#: mara (top) <- jonas <- teo ; mara <- priya (a second answer: 'prev', no 'root') ; lena (top) <- omar
THREAD_LINKS = (
    ARTICLE_EN
    + _hn_like("mara_k", "next", "The bakery on the square will close, the owner is retiring and nobody wants the lease.")
    + _hn_like("jonas_b", "parent | next", "Someone always wants the lease once the rent drops, give it a season or two.")
    + _hn_like("teo_r", "root | parent | next", "Rents here never drop, they just leave the shop empty for years instead.")
    + _hn_like("priya_n", "parent | prev | next", "Our bakery became a phone repair shop, which is at least open on Sundays.")
    + _hn_like("lena_w", "prev | next", "The night bus will finally run past midnight on Fridays, the council voted for it.")
    + _hn_like("omar_f", "parent | next", "Only on Fridays though, and only until the trial ends in the spring.")
)


def test_root_and_sibling_links_place_replies_off_the_comment_above() -> None:
    comments = extract_text("\n".join(THREAD_LINKS)).comments
    assert [c.author for c in comments] == ["mara_k", "jonas_b", "teo_r", "priya_n", "lena_w", "omar_f"]
    # priya_n prints a parent link but no root link: she answers the top-level comment, not teo_r above her
    assert [c.parent for c in comments] == [None, "c1", "c2", "c1", None, "c5"]


ARTICLE_DE = [
    "Neue Radwege in der Innenstadt",
    "Die Stadt will bis zum Herbst drei neue Radwege durch die Innenstadt bauen und dafür Parkplätze in der Hauptstraße streichen.",
    "Händler fürchten um ihre Kundschaft, Radfahrer begrüßen den Plan.",
]

FOOTER_DE = ["Link", "melden", "antworten"]


def _footer_reply(name: str, points: int, age: str, count: int, text: str, reply: bool) -> list[str]:
    header = f"[–]{name} {points} Punkte {age} ({count} Antworten)"
    return [header, text] + FOOTER_DE[:1] + (["parent"] if reply else []) + FOOTER_DE[1:]


#: Counts also count replies hidden behind 'load more': 4 printed for ute_h, 2 on the page.
THREAD_FOOTER = (
    ARTICLE_DE
    + _footer_reply("ute_h", 40, "vor 9 Stunden", 4, "Endlich, die Hauptstraße ist für Radfahrer heute lebensgefährlich.", False)
    + _footer_reply("kai_m", 12, "vor 8 Stunden", 0, "Lebensgefährlich ist übertrieben, man muss halt aufpassen.", True)
    + _footer_reply("bea_s", 7, "vor 6 Stunden", 0, "Die Parkplätze braucht dort eh niemand, alle parken im Parkhaus.", True)
    + _footer_reply("jan_p", 30, "vor 7 Stunden", 1, "Die Händler haben schon beim letzten Umbau geklagt und es lief trotzdem.", False)
    + _footer_reply("eva_l", 3, "vor 2 Stunden", 0, "Stimmt, damals war der Umsatz danach sogar höher als vorher.", True)
    + _footer_reply("nils_r", 9, "vor 5 Stunden", 1, "Wer liefert dann eigentlich die Ware an die Geschäfte in der Hauptstraße?", False)
    + _footer_reply("pia_g", 2, "vor 4 Stunden", 0, "Lieferzonen sind im Plan eingezeichnet, an jeder Kreuzung eine.", True)
    + ["Impressum", "Datenschutz"]
)


def test_footer_parent_links_counts_as_bounds_and_ages() -> None:
    comments = extract_text("\n".join(THREAD_FOOTER)).comments
    assert [c.author for c in comments] == ["ute_h", "kai_m", "bea_s", "jan_p", "eva_l", "nils_r", "pia_g"]
    # kai_m says 0 answers, so bea_s answers ute_h; jan_p prints no parent link: top-level
    assert [c.parent for c in comments] == [None, "c1", "c1", None, "c4", None, "c6"]


def test_place_keeps_replies_on_the_open_branch() -> None:
    # c2 is older than c1 ('3 days' vs '2 days'): it cannot answer c1 and answers c0
    hints = [Hints(reply=False, age=5 * 86400.0), Hints(reply=True, age=2 * 86400.0), Hints(reply=True, age=3 * 86400.0)]
    assert place([None, None, None], hints) == [None, 0, 0]
    # a count of 0 rules the comment above out
    hints = [Hints(reply=False), Hints(reply=True), Hints(reply=True)]
    assert place([None, None, None], hints, bounds=[2, 0, None]) == [None, 0, 0]
    # a quoted parent stands where no link says otherwise
    assert place([None, None, None, 0], [Hints(), Hints(), Hints(), Hints()], replies=[False, True, True, True]) == [
        None, 0, 1, 0,
    ]


def test_ages_and_printed_moments_in_several_languages() -> None:
    assert age_seconds("vor 3 Stunden") == 3 * 3600
    assert age_seconds("il y a 2 jours") == 2 * 86400
    assert age_seconds("hace 5 horas") == 5 * 3600
    assert age_seconds("2 дня назад") == 2 * 86400
    assert age_seconds("vor 2 Jahren") == 2 * 365 * 86400
    assert age_seconds("6 yr. ago") == 6 * 365 * 86400
    assert printed_moment("on Tuesday July 24, @10:52AM (#40749677)") == (0, 7, 24, 652)
    assert printed_moment("le 3 mai 2019 à 10h12") == (2019, 5, 3, 612)
    assert printed_moment("12 марта 2024 в 10:14") == (2024, 3, 12, 614)


def test_printed_level_outranks_a_name_in_the_text() -> None:
    lines = [
        "level 1", "ann_k", "Did anyone else see the bridge lights last night?",
        "level 2", "bob_t", "Yes, they were testing the new colours.",
        "level 1", "cara_l", "bob_t you say testing, but they have been like that all week.",
    ]
    comments = [
        RawComment(lines=[2], author="ann_k", level=1),
        RawComment(lines=[5], author="bob_t", level=2),
        RawComment(lines=[8], author="cara_l", level=1),
    ]
    link_parents(lines, comments)
    assert [c.parent for c in comments] == [None, 0, None]


def test_double_quote_marks_name_the_quoted_comment_but_prompts_do_not() -> None:
    lines = [
        "The ferry timetable should be printed at every stop along the harbour.",
        "Printing costs money, the app is enough for most people.",
        ">> The ferry timetable should be printed at every stop",
        "Agreed, my father has no phone.",
        ">>> print(timetable)",
        "That is how I read it in the app anyway.",
    ]
    comments = [
        RawComment(lines=[0], author="ann_k"),
        RawComment(lines=[1], author="bob_t"),
        RawComment(lines=[2, 3], author="cara_l"),
        RawComment(lines=[4, 5], author="dev_o"),
    ]
    link_parents(lines, comments)
    assert comments[2].parent == 0
    assert comments[3].parent is None


def _level(level: int, name: str, text: list[str]) -> list[str]:
    return [f"level {level}", name, "·", "3 hours ago"] + text + ["12", "Reply", "Share", "MoreActions"]


#: Levels under a repeated 'MoreActions' button: the button is chrome, not the author of every reply.
THREAD_LEVELS = (
    ["Skip to content", "Search all posts", "Posted by", "u/harbour_cam", "Time-lapse of the old harbour crane coming down",
     "3 hours ago", "The old harbour crane came down this week after forty years, here is the whole afternoon in two minutes.",
     "48 comments"]
    + _level(1, "tidewatcher", ["Forty years that crane stood there and it takes one afternoon to cut it into pieces and haul", "it off on two lorries."])
    + _level(2, "rustyrope", ["My grandfather drove it for a decade, he will not want to watch this one."])
    + _level(2, "quay_kid", ["Does anyone know where the cabin went? It would make a fine garden shed."])
    + _level(1, "lowtide_lou", ["The new one is electric at least, so no more diesel smoke over the market on Saturdays."])
    + _level(2, "tidewatcher", ["Electric, and twice as tall, so the market gets the shadow instead of the smoke now."])
)


def test_level_thread_reads_names_under_repeated_buttons() -> None:
    comments = extract_text("\n".join(THREAD_LEVELS)).comments
    assert [c.author for c in comments] == ["tidewatcher", "rustyrope", "quay_kid", "lowtide_lou", "tidewatcher"]
    assert [c.parent for c in comments] == [None, "c1", "c1", None, "c4"]


def test_a_reply_is_never_older_than_the_comment_it_seems_to_answer() -> None:
    lines = [
        "marie_d", "12 avril 2018 à 09:45", "Merci Paul, la carte du port est enfin à jour.",
        "paul_r", "12 avril 2018 à 07:31", "Marie, la carte du port est-elle à jour ?",
        "lucie_b", "12 avril 2018 à 10:02", "Paul, la carte montre encore l'ancien quai.",
    ]
    comments = [
        RawComment(lines=[2], author="marie_d", author_line=0),
        RawComment(lines=[5], author="paul_r", author_line=3, parent=0),  # names marie_d, but was written before her
        RawComment(lines=[8], author="lucie_b", author_line=6, parent=1),
    ]
    for comment, line in zip(comments, (1, 4, 7)):
        comment.lines = [line] + comment.lines  # the date line opens each comment's lines
    dated_parents(lines, comments)
    assert [c.parent for c in comments] == [None, None, 1]


def test_a_record_header_keeps_the_number_in_a_display_name() -> None:
    lines = [
        "Le port ferme ses quais de nuit",
        "La mairie ferme les quais du port la nuit à partir de juin, après plusieurs incidents signalés cet hiver.",
        "Commentaires",
        "Par Yves Marchal 214, le mercredi 15 mai 2019 à 09h23",
        "Fermer les quais ne règlera rien, il faudrait plutôt de l'éclairage.",
        "Par Anne Roussel, le mercredi 15 mai 2019 à 10h41",
        "L'éclairage a été posé l'an dernier et il est déjà en panne.",
        "Par Luc Perrin, le jeudi 16 mai 2019 à 08h02",
        "Les pêcheurs partent à quatre heures, ils passeront par où ?",
        "Par Yves Marchal 214, le jeudi 16 mai 2019 à 12h15",
        "Par la cale, comme avant les travaux.",
        "Par Claire Dumont, le vendredi 17 mai 2019 à 18h30",
        "Et les touristes qui arrivent par le dernier bateau, ils dorment sur le quai ?",
        "Par Hugo Lefort, le samedi 18 mai 2019 à 07h55",
        "Le dernier bateau arrive à vingt heures, bien avant la fermeture.",
    ]
    comments = extract_text("\n".join(lines)).comments
    assert [c.author for c in comments] == [
        "Yves Marchal 214", "Anne Roussel", "Luc Perrin", "Yves Marchal 214", "Claire Dumont", "Hugo Lefort",
    ]
