"""Scraped-text extraction in other languages and chromes: boundaries, authors, parents, outlet, title, date.

Every page here is invented for this project; each one mimics a comment system's
layout as a scraper prints it (one block per line, blank lines between blocks).
"""

from __future__ import annotations

import pytest

from slant.extract.dates import parse_date_line
from slant.extract.names import clean_author_line
from slant.extract.text.boilerplate import SEPARATOR, THREAD, TIMESTAMP, chrome_kind
from slant.extract.text.meta import find_outlet
from slant.extract.text.names import has_says, name_before_date
from slant.extract.text.page import extract_text


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


NAV = ("Direkt zum Inhalt", "Politik", "Wirtschaft", "Kultur", "Anmelden")

GERMAN_DRUPAL = _page(
    *NAV,
    "JUNI 2023",
    "Verkehr",
    "Die Brücke über die Lauter bleibt bis zum Herbst gesperrt",
    "VON KLARA WEISS am 12. März 2016",
    "Die Sanierung der alten Brücke dauert länger als geplant. Das Bauamt nennt den Frost im Februar als Grund für die Verzögerung.",
    "Für Pendler bedeutet das weitere Monate mit Umleitungen über die Bundesstraße. Der Busverkehr wird ab Montag neu geregelt.",
    "Der Stadtrat will im April über zusätzliche Mittel für die Arbeiten entscheiden.",
    "Jonas Berger | Mo, 14. März 2016 - 08:12",
    "Das war absehbar. Schon im Herbst waren die Gutachten eindeutig.",
    "Ich fahre seitdem mit dem Rad, das geht auch.",
    "Antworten",
    "Petra Lind | Mo, 14. März 2016 - 09:40",
    "Die Umleitung kostet mich jeden Tag eine halbe Stunde.",
    "Antworten",
    "Heinz Vogt | Mo, 14. März 2016 - 11:05",
    "In reply to Jonas Berger",
    "Mit dem Rad über die Bundesstraße? Das ist gefährlich.",
    "Antworten",
    "Ihr Kommentar zu diesem Artikel",
    "Ihr Name",
    "Speichern",
    "© 2024 Lautertaler Bote",
)

FRENCH_SPIP = _page(
    "Accueil",
    "Rubriques",
    "Soutenez Le Courrier du Val",
    "Le marché couvert rouvre ses portes après deux ans de travaux",
    "Publié le 3 avril 2019",
    "Les commerçants ont retrouvé leurs étals ce samedi matin, sous une charpente entièrement refaite.",
    "La mairie promet des loyers inchangés pour la première année, ce que les exposants accueillent avec prudence.",
    "Poster un commentaire",
    "3 commentaires",
    "Par Lucie Morel, le samedi 6 avril 2019 à 10h12",
    "Enfin ! Le samedi matin avait perdu son âme.",
    "Répondre",
    "Par Marc Aubry, le samedi 6 avril 2019 à 11h40",
    "Les loyers inchangés, on verra l'année prochaine.",
    "Répondre",
    "Par Lucie Morel, le samedi 6 avril 2019 à 12h05",
    "Marc, la mairie a signé une convention pour trois ans.",
    "Répondre",
    "Plan du site",
)

SPANISH_WORDPRESS = _page(
    "Inicio",
    "Noticias",
    "El ayuntamiento amplía el horario de la biblioteca municipal",
    "15 de abril de 2021",
    "La biblioteca abrirá también los domingos por la mañana a partir del próximo mes, según anunció la concejala de Cultura.",
    "La medida responde a una petición firmada por más de mil vecinos durante el invierno.",
    "Deja un comentario",
    "Ana Ruiz dijo:",
    "Por fin, los domingos era imposible estudiar en casa.",
    "Responder",
    "Tomás Gil dijo:",
    "Ojalá amplíen también la sala infantil.",
    "Responder",
    "Ana Ruiz dijo:",
    "Tomás Gil escribió:",
    "Ojalá amplíen también la sala infantil.",
    "Eso pidieron en la última reunión del barrio.",
    "Responder",
    "Copyright © 2021 Diario del Sur. Todos los derechos reservados.",
)

RUSSIAN_FORUM = _page(
    "Главная",
    "Новости",
    "В городе открыли новый пешеходный мост через реку",
    "12 марта 2024 г.",
    "Мост соединил два района, которые раньше разделяли почти три километра объезда по шоссе.",
    "Строительство заняло полтора года и обошлось дешевле, чем планировали в мэрии.",
    "Комментарии (3)",
    "Иван Петров • 5 часов назад",
    "Наконец-то можно ходить пешком до работы.",
    "Ответить",
    "Мария Смирнова • 3 часа назад",
    "А велосипедистам по нему можно ездить?",
    "Ответить",
    "Олег К. • 2 часа назад",
    "Мария, можно, там есть отдельная полоса.",
    "Ответить",
)

ENGLISH_FORUM = _page(
    "Home",
    "Forums",
    "Support The Harbour Gazette",
    "Ferry Timetable Changes Announced for the Winter Season",
    "Posted on 2024-03-12 10:14",
    "The ferry operator will cut the early crossing on weekdays from November, citing low demand in the last two winters.",
    "Islanders say the early boat is the only way to reach the hospital for morning appointments.",
    "Nora Quinn wrote:",
    "The early boat is full every Tuesday. Low demand? Not on my crossing.",
    "Like · Reply · 3 hours ago",
    "Dev Patel wrote:",
    "I take it twice a week for dialysis.",
    "There is no other way to get there in time.",
    "Like · Reply · 2 hours ago",
    "Nora Quinn wrote:",
    "Dev, write to the council, they read those letters.",
    "Like · Reply · 1 hour ago",
)


def _authors(text: str) -> list[str | None]:
    return [c.author for c in extract_text(text).comments]


def test_german_drupal_thread_title_date_outlet() -> None:
    result = extract_text(GERMAN_DRUPAL)
    assert [c.author for c in result.comments] == ["Jonas Berger", "Petra Lind", "Heinz Vogt"]
    assert len(result.comments[0].text.split("\n\n")) == 2  # two paragraphs, one comment
    assert result.comments[2].parent == "c1"  # 'In reply to Jonas Berger'
    assert result.comments[0].published == "2016-03-14"
    assert result.title == "Die Brücke über die Lauter bleibt bis zum Herbst gesperrt"
    assert result.published == "2016-03-12"  # the byline's date, not the header's 'JUNI 2023'
    assert result.outlet == "Lautertaler Bote"
    assert "Ihr Name" not in "\n".join(c.text for c in result.comments)  # the form closes the thread


def test_french_thread_after_a_form_header() -> None:
    result = extract_text(FRENCH_SPIP)
    assert [c.author for c in result.comments] == ["Lucie Morel", "Marc Aubry", "Lucie Morel"]
    assert result.comments[2].parent == "c2"  # 'Marc, ...'
    assert result.comments[1].published == "2019-04-06"
    assert result.title == "Le marché couvert rouvre ses portes après deux ans de travaux"
    assert result.published == "2019-04-03"
    assert result.outlet == "Le Courrier du Val"


def test_spanish_said_lines_and_quotes() -> None:
    result = extract_text(SPANISH_WORDPRESS)
    assert [c.author for c in result.comments] == ["Ana Ruiz", "Tomás Gil", "Ana Ruiz"]
    assert result.comments[2].parent == "c2"  # quotes Tomás under 'Tomás Gil escribió:'
    assert result.published == "2021-04-15"
    assert result.outlet == "Diario del Sur"


def test_russian_relative_times_and_reply_controls() -> None:
    result = extract_text(RUSSIAN_FORUM)
    assert [c.author for c in result.comments] == ["Иван Петров", "Мария Смирнова", "Олег К."]
    assert result.comments[2].parent == "c2"  # 'Мария, ...'
    assert result.title == "В городе открыли новый пешеходный мост через реку"
    assert result.published == "2024-03-12"


def test_english_wrote_lines_keep_multi_paragraph_comments() -> None:
    result = extract_text(ENGLISH_FORUM)
    assert [c.author for c in result.comments] == ["Nora Quinn", "Dev Patel", "Nora Quinn"]
    assert result.comments[1].text.count("\n") >= 1  # two paragraphs stay one comment
    assert result.comments[2].parent == "c2"
    assert result.published == "2024-03-12"
    assert result.outlet == "The Harbour Gazette"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Antworten", SEPARATOR),
        ("Répondre", SEPARATOR),
        ("Responder", SEPARATOR),
        ("Rispondi", SEPARATOR),
        ("Ответить", SEPARATOR),
        ("Odpowiedz", SEPARATOR),
        ("Antworten · Melden", SEPARATOR),
        ("vor 3 Stunden", TIMESTAMP),
        ("il y a 2 jours", TIMESTAMP),
        ("hace 5 horas", TIMESTAMP),
        ("3 hours ago", TIMESTAMP),
        ("5 минут назад", TIMESTAMP),
        ("12. März 2024", TIMESTAMP),
        ("12 mars 2024 à 10h", TIMESTAMP),
        ("2024-03-12 10:14", TIMESTAMP),
        ("12 Kommentare", THREAD),
        ("3 commentaires", THREAD),
        ("15 комментариев", THREAD),
        ("Deja un comentario", THREAD),
        ("Die Brücke bleibt gesperrt", None),
    ],
)
def test_multilingual_chrome(line: str, kind: str | None) -> None:
    assert chrome_kind(line, in_thread=True) == kind


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("12. März 2024", "2024-03-12"),
        ("12 mars 2024 à 10h", "2024-03-12"),
        ("Publié le 1er avril 2019", "2019-04-01"),
        ("15 de abril de 2021 a las 10:30", "2021-04-15"),
        ("12 марта 2024 г.", "2024-03-12"),
        ("Veröffentlicht am 3. Okt. 2021 um 10:14 Uhr", "2021-10-03"),
        ("Mi, 22. April 2020 - 08:59", "2020-04-22"),
        ("JUNI 2023", "2023-06"),
        ("Set 4 2020", None),  # 'set' is a word, not a month
        ("Die Brücke im März 2020", None),
    ],
)
def test_dates_in_several_languages(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Hans Meier schrieb:", "Hans Meier"),
        ("Marie a écrit :", "Marie"),
        ("Juan dijo:", "Juan"),
        ("Анна написала:", "Анна"),
        ("Jane wrote:", "Jane"),
    ],
)
def test_said_lines_in_several_languages(line: str, name: str) -> None:
    assert has_says(line)
    assert clean_author_line(line) == name


def test_foreign_verbs_need_a_colon() -> None:
    assert not has_says("Das ist es, was er sagt")


def test_name_before_a_date() -> None:
    assert name_before_date("Par Bruno Roe, le mercredi 15 mai 2019 à 08h07") == "Bruno Roe"
    assert name_before_date("Heidi Lenz | Di, 21. April 2020 - 16:40") == "Heidi Lenz"
    assert name_before_date("The bridge closed on 3 May 2024 after the storm") is None


def test_outlet_ignores_photo_credits_and_reader_links() -> None:
    lines = ["© Kak", "Body text of the article.", "https://example.org/x", "", "© 2020 Nordküste Zeitung"]
    kinds = ["boilerplate", "body", "comment_text", "blank", "boilerplate"]
    assert find_outlet(lines, kinds) == "Nordküste Zeitung"
    assert find_outlet(lines[:4], kinds[:4]) is None


def test_month_header_never_beats_the_article_date() -> None:
    page = _page(
        "JUNE 2023",
        "Harbour Council Approves New Sea Wall After Winter Floods",
        "By Ann Roe | 4 May 2016",
        "The council voted seven to two for the wall, which will cost more than the town's whole roads budget.",
        "Work starts in the autumn and should end before the storm season of the following year.",
    )
    assert extract_text(page).published == "2016-05-04"
