"""Scraped-text marks around a comment's name and date: the avatar letter a scraper glues to the
name ('AAnn Roe') or the hidden copy it prints the name twice with, the joining word of its date
glued to the name ('EveOn 05/02/2024'), an edit mark after the age ('3 hours ago (edited)') on
some headers only, and the chrome threads print around a post in several languages (its number and
date, who liked it, profile fields, 'show more' toggles, a heading of related stories).

Threads written for this test.
"""

from __future__ import annotations

from slant.extract.names import undoubled
from slant.extract.text.boilerplate import chrome_kind
from slant.extract.text.names import name_before_date, without_avatar_initials
from slant.extract.text.page import extract_text

ARTICLE = "\n".join(
    f"The harbour council voted on Tuesday to close the night ferry, paragraph {i} of the report, after "
    "six years of losses and a long debate about repairs that nobody could pay for."
    for i in range(4)
)
POSTS = [
    ("Ann Roe", "My sister works nights at the hospital and needs that boat."),
    ("bob_k", "Ask the council, they never take the boat themselves anyway."),
    ("Carla Mendes", "Five to four is not a clear decision on something this big."),
    ("dmitri77", "Who pays for the repairs if the ferry stays in service?"),
    ("J. Whitfield", "Agreed, and the referendum will settle it."),
]


def test_an_avatar_letter_glued_to_every_name_goes() -> None:
    rows = []
    for i, (name, text) in enumerate(POSTS):
        rows += [f"{name[0].upper()}{name}", f"{i + 2} hours ago", text, "Like", "Reply", ""]
    found = extract_text(f"Ferry to close\n\n{ARTICLE}\n\n5 Comments\n\n" + "\n".join(rows))
    assert [c.author for c in found.comments] == [name for name, _ in POSTS]


def test_one_doubled_letter_is_a_name() -> None:
    names: list[str | None] = ["Aaron", "bob_k", "Carla Mendes", None, "dmitri77"]
    assert without_avatar_initials(names) == names
    assert without_avatar_initials(["AAnn Roe", "Bbob_k", "CCarla", "JJ. Whitfield"]) == [
        "Ann Roe", "bob_k", "Carla", "J. Whitfield"
    ]


def test_an_edit_mark_after_the_age_keeps_the_header_a_header() -> None:
    rows = []
    for i, (name, text) in enumerate(POSTS):
        age = f"{i + 2} hours ago" + (" (edited)" if i % 2 else "")
        rows += [name, age, text, "Read more", "Show less", str(3 * i + 1), "Reply"]
    found = extract_text(f"Ferry to close\n\n{ARTICLE}\n\n5 Comments\nSort by\n" + "\n".join(rows))
    assert [(c.author, c.text) for c in found.comments] == POSTS


def test_a_name_glued_to_its_hidden_copy_is_read_once() -> None:
    assert undoubled("Carla MendesCarla Mendes") == "Carla Mendes"
    assert undoubled("dmitri77dmitri77") == "dmitri77"
    assert [undoubled(n) for n in ("Lulu", "Coco", "Ann Roe", "BoboBobo")] == ["Lulu", "Coco", "Ann Roe", "BoboBobo"]


def test_a_name_glued_to_the_joining_word_of_its_date() -> None:
    assert name_before_date("EveOn 05/02/2024 at 2:30 p.m.") == "Eve"
    assert name_before_date("dmitri77On 05/02/2024 at 11:05 a.m.") == "dmitri77"
    assert name_before_date("NadiaLe 13 juin 2025 à 10h05") == "Nadia"
    assert name_before_date("McDonald on May 3, 2024") == "McDonald"


def test_post_numbers_with_dates_reaction_summaries_and_edit_marks_are_chrome() -> None:
    chrome = [
        "Beitrag #2 Donnerstag, 14. März 2024 07:40",
        "Message #12 mardi, 8 octobre 2024 07:15",
        "Post #3 Thursday, May 2, 2024 10:22 AM",
        "tomfoley and 11 others like this.",
        "jonas_w und 7 anderen gefällt das.",
        "anne_l et 2 autres aiment ça.",
        "A j.soler y 10 más les gusta esto.",
        "pristan и ещё 7 нравится это.",
        "Bearbeitet",
        "Modifié",
        "Date d’inscription : sep 2022",
        "Messages : 3\u202f860",
        "Registriert seit: Mär 2010",
        "Fecha de ingreso: ago 2015",
        "Дата регистрации: 12.03.2015",
        "Mehr anzeigen",
        "2 Antworten ausblenden",
        "Voir la réponse",
        "Ocultar 2 respuestas",
        "Скрыть 2 ответа",
        "Ähnliche Artikel",
        "À lire aussi",
        "Читайте также",
    ]
    assert [line for line in chrome if chrome_kind(line, True) is None] == []
    words = ["I like this.", "Post #2 was right, I think.", "Me gusta esto.", "Ann and Bob like this idea a lot.", "Ich antworte gern."]
    assert [line for line in words if chrome_kind(line, True) is not None] == []
