"""Reply trees from printed reply counts, and names glued to their dates by the renderer.

Every page here is invented for these tests. A scraper keeps no indentation, but
many comment systems print how many replies sit under each comment
('раскрыть ветку 3', '(2 children)'); read as subtree sizes, those counts rebuild
the tree (`text/counts.py`). Inline header markup rendered without spaces glues
the name to the date ('Ann RoeMay 3, 2024'); the date still marks the header.
"""

from __future__ import annotations

from slant.extract.text.counts import subtree_parents
from slant.extract.text.names import name_before_date
from slant.extract.text.page import extract_text

ARTICLE_RU = [
    "Паромное сообщение с островом сократят вдвое",
    "Городской совет во вторник решил сократить вечерние рейсы парома на остров с четырёх до двух, ссылаясь на цены на топливо.",
    "Жители острова говорят, что после вечерней смены на консервном заводе им будет не на чем вернуться домой.",
    "Комментарии",
]


def _comment(votes: str, name: str, age: str, text: str, count: int | None = None) -> list[str]:
    return [votes, name, age, text] + ([f"раскрыть ветку {count}"] if count else [])


#: Depth-first thread: Олег (3 below: Марта, then Ирина under Марта, then Пётр), then Сергей, Анна under him.
THREAD_RU = (
    ARTICLE_RU
    + _comment("+5", "OlegK", "2 часа назад", "Два рейса в день это не расписание, а извинение за него.", 3)
    + _comment("+2", "marta_s", "2 часа назад", "Топливо тут ни при чём, паром больше стоит у причала с работающим мотором.", 1)
    + _comment("0", "Irina77", "3 часа назад", "У причала он стоит из-за автобуса, который всегда опаздывает.")
    + _comment("+1", "petr_v", "3 часа назад", "Надо писать в совет до следующего заседания, письма там считают.")
    + _comment("+3", "Sergey_N", "2 часа назад", "Моя дочь работает в ночную смену и теперь будет спать в машине.", 1)
    + _comment("+1", "AnnaB", "3 часа назад", "Пусть совет сам попробует добраться домой после полуночи.")
    + ["Карта сайта", "Контакты"]
)


def test_branch_counts_place_every_reply() -> None:
    comments = extract_text("\n".join(THREAD_RU)).comments
    assert [c.author for c in comments] == ["OlegK", "marta_s", "Irina77", "petr_v", "Sergey_N", "AnnaB"]
    assert [c.parent for c in comments] == [None, "c1", "c2", "c1", None, "c5"]


def test_branch_counts_split_from_their_label_place_every_reply() -> None:
    """A scraper that puts every text node on its own line splits 'раскрыть ветку' from its count."""
    split: list[str] = []
    for line in THREAD_RU:
        split += line.rsplit(" ", 1) if line.startswith("раскрыть ветку") else [line]
    comments = extract_text("\n".join(split)).comments
    assert [c.author for c in comments] == ["OlegK", "marta_s", "Irina77", "petr_v", "Sergey_N", "AnnaB"]
    assert [c.parent for c in comments] == [None, "c1", "c2", "c1", None, "c5"]


def test_a_count_above_a_reply_button_is_a_vote() -> None:
    # likes and dislikes on their own lines above 'Reply': the count below its label is not a reply count
    lines = []
    for name, likes, dislikes in (("Ann", "7", "2"), ("Bob", "5", "1"), ("Cy", "9", "0"), ("Dee", "4", "1"), ("Eve", "8", "0")):
        lines += [name, "Nice.", likes, dislikes, "Reply"]
    assert subtree_parents(lines, [(k, k + 4) for k in range(0, len(lines), 5)]) is None


def test_subtree_parents_reads_children_counts() -> None:
    lines = [
        "[–]ann_roe 12 points 3 hours ago (2 children)", "First.",
        "[–]bob_k 5 points 2 hours ago (1 child)", "Second.",
        "[–]cy_d 1 point 1 hour ago (0 children)", "Third.",
        "[–]dee_e 7 points 3 hours ago (1 child)", "Fourth.",
        "[–]eve_f 2 points 1 hour ago (0 children)", "Fifth.",
        "[–]fay_g 4 points 2 hours ago (0 children)", "Sixth.",
    ]
    spans = [(k, k + 1) for k in range(0, len(lines), 2)]
    assert subtree_parents(lines, spans) == [None, 0, 1, None, 3, None]


def test_subtree_parents_ignores_ages_votes_and_counts_that_do_not_nest() -> None:
    ages = ["Ann", "20 years ago", "Bob", "3 years ago", "Cy", "1 year ago", "Dee", "2 years ago"]
    assert subtree_parents(ages, [(k, k + 1) for k in range(0, 8, 2)]) is None
    likes = ["Ann", "318 Likes", "Bob", "67 Likes", "Cy", "110 Likes", "Dee", "72 Likes"]
    assert subtree_parents(likes, [(k, k + 1) for k in range(0, 8, 2)]) is None
    votes = ["Ann", "+3", "Bob", "+1", "Cy", "0", "Dee", "+2"]
    assert subtree_parents(votes, [(k, k + 1) for k in range(0, 8, 2)]) is None


def test_name_glued_to_its_date_in_several_languages() -> None:
    assert name_before_date("Rose worldMay 30, 2019 at 6:22 PM") == "Rose world"
    assert name_before_date("IwonaMay 30, 2019 at 1:06 PM") == "Iwona"
    assert name_before_date("Jean DupontIl y a 3 heures") == "Jean Dupont"
    assert name_before_date("Jens MüllerVor 3 Stunden") == "Jens Müller"
    assert name_before_date("Марина5 часов назад") == "Марина"
    assert name_before_date("We met in 2019May 3, 2019") is None  # text, not a name, before the date
    assert name_before_date("iPhone") is None


GLUED_THREAD = [
    "Harbour Council Votes on the New Ferry Timetable",
    "The council voted on Tuesday to cut the evening ferry to Holm Island from four crossings to two, citing fuel costs.",
    "Islanders said the change would leave shift workers without a way home after the late shift at the cannery.",
    "4 comments:",
    "Marta KowalskaMay 3, 2024 at 9:12 PM",
    "Two crossings is not a timetable, it is an apology for one.",
    "ReplyDelete",
    "Reply",
    "olek brandtMay 3, 2024 at 9:40 PM",
    "The fuel argument does not hold: the ferry burns most of it idling at the pier.",
    "ReplyDelete",
    "Reply",
    "Islander SevenMay 4, 2024 at 7:02 AM",
    "My daughter works the late shift. She will sleep in her car now.",
    "ReplyDelete",
    "Reply",
    "Marta KowalskaMay 4, 2024 at 8:15 AM",
    "Write to the council before the next session, they count letters.",
    "ReplyDelete",
    "Reply",
    "Site map",
]


def test_glued_header_names_the_commenter() -> None:
    comments = extract_text("\n".join(GLUED_THREAD)).comments
    assert [c.author for c in comments] == ["Marta Kowalska", "olek brandt", "Islander Seven", "Marta Kowalska"]


def test_glued_badges_and_instances_come_off_names() -> None:
    from slant.extract.text.badges import plain_names

    lines = ["Dessalines", "Scal8585", "In reply to Scal8585"]
    authors = ["DessalinesOPMA", "Scal8585Leader", "db0@lemmy.dbzer0.com", "McDonald", "iPhoneFan", "Ann Roe", None]
    assert plain_names(authors, lines) == ["Dessalines", "Scal8585", "db0", "McDonald", "iPhoneFan", "Ann Roe", None]
    # no bare name on the page: a tail glued to three different names is a badge ('Modérateur')
    glued = ["anneModérateur", "brunoModérateur", "claireModérateur", "JeanDupont"]
    assert plain_names(glued, []) == ["anne", "bruno", "claire", "JeanDupont"]
