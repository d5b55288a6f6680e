"""Scraped-text signals of comment headers, from layouts in `benchmarks/layouts/`: a name glued to
its age, a name followed by whom it answers, an article dateline in the comments' header shape, and
controls with counts in several languages. Pages written for this test."""

from __future__ import annotations

from slant.extract.text.boilerplate import chrome_kind
from slant.extract.text.names import glued_name_date
from slant.extract.text.page import extract_text
from slant.extract.text.records import find_records


def test_a_name_glued_to_its_age_splits_where_the_age_reads_as_one() -> None:
    assert glued_name_date("Carla Mendes4 hours ago") == ("Carla Mendes", "4 hours ago")
    assert glued_name_date("dmitri774 hours ago") == ("dmitri77", "4 hours ago")
    assert glued_name_date("Eve47 minutes ago") == ("Eve", "47 minutes ago")
    assert glued_name_date("Klaus Bergervor 6 Stunden") == ("Klaus Berger", "vor 6 Stunden")
    assert glued_name_date("Jean-Pierre D.il y a 5 heures") == ("Jean-Pierre D.", "il y a 5 heures")
    assert glued_name_date("Ann Roe on May 3, 2024") is None  # not glued


def test_a_name_and_an_age_with_only_a_space_between() -> None:
    from slant.extract.text.names import name_before_date

    assert name_before_date("Klaus Berger vor 8 Stunden") == "Klaus Berger"
    assert name_before_date("Manuel Ruiz hace 3 horas") == "Manuel Ruiz"
    assert name_before_date("Nadia 13 juin 2025") == "Nadia"
    assert name_before_date("Published vor 3 Stunden") is None  # a dateline word is no name


def test_controls_with_their_counts_in_several_languages_are_chrome() -> None:
    for line in ["J'aime 2", "Gefällt mir 3", "Me gusta 4", "Нравится 5", "Voir les 2 réponses", "3 Antworten anzeigen"]:
        assert chrome_kind(line) is not None, line


ARTICLE_FR = [
    "La mairie renonce au pont piéton",
    "Par Odile Marchand",
    "Publié le 8 octobre 2024 à 06:45",
    "La mairie a renoncé lundi au pont piéton prévu au-dessus du canal, faute de financement régional.",
    "Les riverains avaient réuni plus de mille signatures en faveur du projet depuis le printemps.",
    "Le maire promet une nouvelle étude d'ici la fin de l'année, sans calendrier précis.",
]
THREAD_FR = [
    ("Hugo Petit", None, "le 8 octobre 2024 à 07:15", "Encore une promesse qui s'envole, comme toujours."),
    ("Nadia B.", None, "le 8 octobre 2024 à 07:40", "Le canal coupe le quartier en deux, ce pont était utile."),
    ("rene_k", "Nadia B.", "le 8 octobre 2024 à 07:55", "Tout à fait, mes enfants font un détour de vingt minutes."),
    ("Hugo Petit", "Nadia B.", "le 8 octobre 2024 à 08:15", "Une passerelle provisoire coûterait beaucoup moins cher."),
    ("Agnès", None, "le 8 octobre 2024 à 10:45", "Il faut relancer la pétition au plus vite."),
]


def _french_page() -> str:
    lines = [*ARTICLE_FR, "Commentaires (5)", "Connectez-vous pour commenter"]
    for i, (name, answers, date, text) in enumerate(THREAD_FR):
        lines += [name[0], f"{name} En réponse à {answers}" if answers else name, date, text, "Répondre",
                  f"J'aime {i + 2}", "Signaler"]
    lines += ["Les plus lus", "La piscine rouvre après deux ans de travaux", "© Le Courrier 2024"]
    return "\n".join(lines)


def test_names_that_say_whom_they_answer_under_an_article_dated_like_the_comments() -> None:
    result = extract_text(_french_page())
    assert [c.author for c in result.comments] == [name for name, _, _, _ in THREAD_FR]
    assert [c.text for c in result.comments] == [text for _, _, _, text in THREAD_FR]
    assert [c.parent for c in result.comments] == [None, None, "c2", "c2", None]
    assert "faute de financement régional" in result.body and "Le maire promet" in result.body


def test_names_glued_to_their_ages_head_their_comments() -> None:
    posts = [("Carla Mendes", "4 hours ago", "Five to four is not a clear decision on something this big."),
             ("dmitri77", "4 hours ago", "Who pays for the repairs if the ferry stays in service?"),
             ("Eve", "47 minutes ago", "Sad day for the island and for the night shift."),
             ("J. Whitfield", "3 hours ago", "Agreed, the vote was far too close.")]
    lines = ["Council closes the night ferry", "By Mara Lind",
             "The harbour council voted on Tuesday to close the night ferry after six years of losses.",
             "About 300 people use the night crossing each week, most of them hospital staff.", "Comments (4)"]
    for i, (name, age, text) in enumerate(posts):
        lines += [f"{name}{age}", text, "Reply", str(10 * i + 2), "···"]
    result = extract_text("\n".join(lines))
    assert [c.author for c in result.comments] == [name for name, _, _ in posts]
    assert [c.text for c in result.comments] == [text for _, _, text in posts]


def test_a_quoted_post_at_the_start_of_a_reply_is_not_its_words() -> None:
    posts = [("Ann Roe", "My sister works nights at the hospital and needs that boat home."),
             ("bob_k", "Ask the council, they never take the boat themselves anyway."),
             ("Carla Mendes", "Five to four is not a clear decision on something this big."),
             ("Eve", "A sad day for the island and for everyone on the night shift.")]
    quotes = {1: "Ann Roe wrote: ↑Thu May 02, 2024 10:05 amMy sister works nights at the hospital and needs that boat home.",
              3: "Carla Mendes wrote:\nFive to four is not a clear decision on something this big."}
    lines = ["Harbour forum", "Council closes the night ferry", "Post by Mara Lind » Thu May 02, 2024 9:30 am",
             "The harbour council voted on Tuesday to close the night ferry after six years of losses.", "Top"]
    for i, (name, text) in enumerate(posts):
        lines += [name, "Member", f"Posts: {100 + i}", "Re: Council closes the night ferry", "Quote",
                  f"Post by {name} » Thu May 02, 2024 1{i}:05 am"]
        lines += [quotes[i]] if i in quotes else []
        lines += [text, "Top"]
    result = extract_text("\n".join(lines))
    assert [(c.author, c.text) for c in result.comments] == posts
    assert [c.parent for c in result.comments] == [None, "c1", None, "c3"]


def test_an_in_reply_to_line_under_the_name_is_no_author() -> None:
    posts = [("Ann Roe", None, "My sister works nights at the hospital and needs that boat home."),
             ("bob_k", "Ann Roe", "Ask the council, they never take the boat themselves anyway."),
             ("Carla Mendes", None, "Five to four is not a clear decision on something this big."),
             ("J. Whitfield", "Carla Mendes", "Agreed, and the smaller boat plan was never costed."),
             ("Eve", None, "A sad day for the island and for everyone on the night shift.")]
    lines = ["Council closes the night ferry", "By Mara Lind",
             "The harbour council voted on Tuesday to close the night ferry after six years of losses.",
             "About 300 people use the night crossing each week, most of them hospital staff.",
             "Comments (5)", "Sort by Oldest"]
    for i, (name, answers, text) in enumerate(posts):
        lines += [name] + ([f"In reply to {answers}"] if answers else []) + [f"{5 - i} hours ago", text,
                                                                             f"{i + 3}Like", "Reply", "Share", "Report"]
    records = find_records(lines, lines.index("Sort by Oldest") + 1, len(lines))
    assert records is not None
    assert [(r.author, r.reply_to) for r in records.records] == [(name, answers) for name, answers, _ in posts]
    result = extract_text("\n".join(lines))
    assert [(c.author, c.text) for c in result.comments] == [(name, text) for name, _, text in posts]
    assert [c.parent for c in result.comments] == [None, "c1", None, "c3", None]


def test_a_quote_header_read_into_the_comment_header_still_marks_the_quote() -> None:
    posts = [("Klaus Berger", None, "Typisch. Erst versprechen, dann streichen, wie jedes Jahr."),
             ("Petra_S", "Klaus Berger", "Die Kosten sind nun mal explodiert, das kann man dem Rat kaum vorwerfen."),
             ("Frieda Lohmann", None, "Ich fahre jeden Tag fünfzig Minuten mit dem Bus in die Stadt."),
             ("tramfan1987", None, "Ohne Straßenbahn wird das Viertel nie richtig angebunden sein.")]
    texts = {name: text for name, _, text in posts}
    lines = ["Stadtrat stoppt Ausbau der Straßenbahn", "Von Jens Falk",
             "Der Stadtrat hat am Mittwochabend den Ausbau der Straßenbahnlinie vorerst gestoppt, weil die Kosten stiegen."]
    for i, (name, quoted, text) in enumerate(posts):
        lines += [f"14.03.2024, 0{i + 7}:45", f"#{i + 2}", name, "Mitglied", "Registriert", "Nov 2015"]
        lines += [f"Zitat von {quoted}", texts[quoted]] if quoted else []
        lines += [text, "Antworten"]
    result = extract_text("\n".join(lines))
    assert [(c.author, c.text) for c in result.comments] == [(name, text) for name, _, text in posts]
    assert [c.parent for c in result.comments] == [None, "c1", None, None]


def test_a_quote_from_header_glued_to_its_date_and_words() -> None:
    from slant.extract.text.comments import strip_quoted_openings

    texts = ["My sister works nights at the hospital and needs that boat home.",
             "Quote from: Ann Roe on May 02, 2024, 10:05:00 AMMy sister works nights at the hospital and needs"
             " that boat home.\nAsk the council, they never take the boat themselves."]
    assert strip_quoted_openings(texts, ["Ann Roe", "bob_k"])[1] == ("Ask the council, they never take the boat themselves.", 0)


def test_the_authors_own_wrote_line_is_no_quote() -> None:
    from slant.extract.text.comments import strip_quoted_openings

    texts = ["Fewer visitors come every year to the marine park in the bay.",
             "papsrus wrote:\nFewer visitors come every year to the marine park in the bay.\nThat is the point."]
    assert strip_quoted_openings(texts, ["argus", "papsrus"]) == [(texts[0], None), (texts[1], None)]


def test_in_reply_to_and_the_name_on_two_lines_and_counts_under_the_text() -> None:
    posts = [("Ann Roe", None, "My sister works nights at the hospital and needs that boat home."),
             ("bob_k", "Ann Roe", "Ask the council, they never take the boat themselves anyway."),
             ("Carla Mendes", None, "Five to four is not a clear decision on something this big."),
             ("J. Whitfield", "Carla Mendes", "Agreed, and the smaller boat plan was never costed."),
             ("Eve", None, "A sad day for the island and for everyone on the night shift.")]
    lines = ["Comments", "(5)", "Sort by", "Oldest"]
    for i, (name, answers, text) in enumerate(posts):
        lines += [name[0].upper(), name] + (["In reply to", answers] if answers else [])
        lines += [f"on May 2, 2024 at 10:{10 + i} am", text, "Reply", "Like", str(3 * i + 2), "Report"]
    records = find_records(lines, 4, len(lines))
    assert records is not None
    assert [(r.author, r.reply_to) for r in records.records] == [(name, answers) for name, answers, _ in posts]
    assert [[lines[i] for i in r.text] for r in records.records] == [[text] for _, _, text in posts]


def test_dated_comment_headers_win_over_a_list_of_topics_with_counts() -> None:
    posts = [("Jean-Pierre D.", "311", "Des vestiges romains, c'est une chance pour la ville."),
             ("Sophie Marchal", "3 860", "Une navette depuis la gare serait au moins un début."),
             ("lucas_b", "3 209", "Une navette, tout à fait d'accord avec cette idée."),
             ("Amélie", "54", "Enfin une décision raisonnable de la part de la mairie."),
             ("Hugo", "12", "Et les vestiges, qui va payer les fouilles maintenant ?")]
    lines = ["Forums", "La mairie renonce au nouveau parking",
             "La mairie a annoncé lundi qu'elle renonçait à construire un parking souterrain sous la place du marché."]
    for i, (name, count, text) in enumerate(posts):
        lines += [f"08.10.2024, 0{i + 7}:15", f"#{i + 2}", name, "Membre", "Messages", count, text, "Répondre"]
    lines += ["Discussions similaires"]
    for i, (section, title) in enumerate([("Actualités", "Le marché couvert rouvre"), ("Local", "Travaux rue Haute"),
                                          ("Politique", "Budget voté"), ("Actualités", "Nouvelle piste cyclable"),
                                          ("Local", "Fête du quartier")]):
        lines += [title, section, f"Réponses: {3 * i + 2}"]
    records = find_records(lines, 3, len(lines))
    assert records is not None
    assert [(r.author, [lines[i] for i in r.text]) for r in records.records] == [(n, [t]) for n, _, t in posts]


def test_a_header_that_prints_its_date_twice_heads_one_comment() -> None:
    posts = [("Ann Roe", "My sister works nights at the hospital and needs that boat home."),
             ("bob_k", "Ask the council, they never take the boat themselves anyway."),
             ("Carla Mendes", "Five to four is not a clear decision on something this big."),
             ("Eve", "A sad day for the island and for everyone on the night shift.")]
    lines = ["Harbour forum", "Council closes the night ferry"]
    for i, (name, text) in enumerate(posts):
        lines += [name, f"May {i + 2}, 2024", name, "Members", str(100 * i + 85), f"Joined: July {i + 3}, 2014",
                  "Posted", f"May {i + 2}, 2024", text, str(i + 3), "Like", "Quote", "Report"]
    records = find_records(lines, 2, len(lines))
    assert records is not None
    assert [(r.author, [lines[i] for i in r.text]) for r in records.records] == [(n, [t]) for n, t in posts]
