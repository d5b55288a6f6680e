"""Bare single-spaced threads and loosely repeated headers (`text/comments.py`, `text/records.py`).

Every page here is invented for these tests. A bare scrape prints each comment
as a name line directly above its text, with no blank lines, dates or buttons;
other scrapes keep a header line whose controls vary a little from comment to
comment ('| parent |' on replies only).
"""

from __future__ import annotations

from slant.extract.text.page import extract_text


def _authors(text: str) -> list[str | None]:
    return [c.author for c in extract_text(text).comments]


GERMAN_BARE = "\n".join(
    [
        "Neue Fährzeiten für die Insel",
        "Der Gemeinderat hat am Dienstag beschlossen, die Abendfähre zur Insel von vier auf zwei Fahrten zu kürzen.",
        "Die Inselbewohner sagen, dass Schichtarbeiter nach der Spätschicht in der Konservenfabrik nicht mehr heimkommen.",
        "Kommentare",
        "Marta Krüger",
        "Zwei Fahrten sind kein Fahrplan, sondern eine Entschuldigung für einen.",
        "Olek Brandt",
        "Das Argument mit dem Treibstoff stimmt nicht, die Fähre verbraucht das meiste im Leerlauf am Steg.",
        "Fragen Sie den Hafenmeister, wie lange die Motoren laufen.",
        "Inselkind",
        "Meine Tochter arbeitet in der Spätschicht. Sie wird jetzt im Auto schlafen.",
        "Marta Krüger",
        "Schreiben Sie an den Gemeinderat, die zählen die Briefe.",
        "Olek Brandt",
        "Genau das habe ich letzte Woche gemacht, bisher ohne Antwort.",
        "Impressum",
    ]
)


def test_bare_single_spaced_thread_reads_name_text_pairs() -> None:
    assert _authors(GERMAN_BARE) == ["Marta Krüger", "Olek Brandt", "Inselkind", "Marta Krüger", "Olek Brandt"]
    comments = extract_text(GERMAN_BARE).comments
    assert comments[1].text.count("\n") == 1  # both paragraphs of Olek's first comment stay together


SPANISH_NO_HEADER = "\n".join(
    [
        "Cómo preparé mis entrevistas",
        "El otoño pasado me entrevisté con una gran empresa de software para un puesto de desarrollador web sénior.",
        "Fase 1: La primera llamada",
        "La primera entrevista telefónica fue con el responsable del servicio, y duró casi una hora completa.",
        "Me preguntó por mis proyectos anteriores y por las herramientas que uso cada día en el trabajo.",
        "Luego resolvimos juntos un problema sencillo de estructuras de datos en un editor compartido.",
        "Al final le pedí su correo para escribirle una nota de agradecimiento esa misma tarde.",
        "Me dijo que no podía dármelo, y que el equipo de selección me escribiría pronto.",
        "Fase 2: La oferta",
        "Unos días después me llamaron de recursos humanos con una oferta por debajo de lo hablado.",
        "La rechacé porque mudarme lejos de mi familia no compensaba la diferencia de sueldo.",
        "Lucía Ortega",
        "Muy buen resumen, gracias por contarlo con tanto detalle.",
        "pablo_m",
        "A mí me pasó lo mismo con otra empresa el año pasado.",
        "Lucía Ortega",
        "¿Y negociaste el sueldo al final o lo dejaste así?",
        "pablo_m",
        "No, preferí quedarme donde estaba.",
        "Rafa Gil",
        "Hiciste bien, la familia es lo primero.",
    ]
)


def test_bare_thread_after_article_subheadings_starts_at_the_first_commenter() -> None:
    assert _authors(SPANISH_NO_HEADER) == ["Lucía Ortega", "pablo_m", "Lucía Ortega", "pablo_m", "Rafa Gil"]


ARTICLE = [
    "Harbour Council Votes on the New Ferry Timetable",
    "The council voted on Tuesday to cut the evening ferry to Holm Island from four crossings to two, citing fuel costs.",
    "Islanders said the change would leave shift workers without a way home after the late shift at the cannery.",
]

NAV_HEADERS = "\n".join(
    ARTICLE
    + [
        "marta_k on May 3, 2024 | next [–]",
        "Two crossings is not a timetable, it is an apology for one.",
        "olek on May 3, 2024 | parent | next [–]",
        "The fuel argument does not hold: the ferry burns most of it idling at the pier.",
        "islander on May 4, 2024 | root | parent | next [–]",
        "My daughter works the late shift. She will sleep in her car now.",
        "ann_r on May 4, 2024 | prev | next [–]",
        "Write to the council before the next session, they count letters.",
        "bo_t on May 5, 2024 | parent | next [–]",
        "They counted mine and answered with a form letter.",
        "ridge on May 5, 2024 | prev | next [–]",
        "Has anyone asked the ferry operator directly?",
        "kim on May 6, 2024 | parent | prev [–]",
        "I did. They blame the council.",
    ]
)


def test_header_lines_that_differ_by_a_link_are_all_headers() -> None:
    comments = extract_text(NAV_HEADERS).comments
    assert [c.author for c in comments] == ["marta_k", "olek", "islander", "ann_r", "bo_t", "ridge", "kim"]
    ids = [c.id for c in comments]
    # a header with a parent link answers the comment above it; one without is top-level
    assert [ids.index(c.parent) if c.parent else None for c in comments] == [None, 0, 1, None, 3, None, 5]


VOTE_HEADERS = "\n".join(
    ARTICLE
    + [
        "[–]marta1987 12 points13 points14 points 5 hours ago (1 child)",
        "Two crossings is not a timetable, it is an apology for one.",
        "permalink",
        "embed",
        "save",
        "report",
        "reply",
        "[–]olek_77 4 points5 points6 points 4 hours ago (0 children)",
        "The fuel argument does not hold: the ferry burns most of it idling at the pier.",
        "permalink",
        "embed",
        "save",
        "report",
        "reply",
        "[–]islander 9 points10 points11 points 3 hours ago (1 child)",
        "My daughter works the late shift. She will sleep in her car now.",
        "permalink",
        "embed",
        "save",
        "report",
        "reply",
        "[–]ann_r2 1 point2 points3 points 2 hours ago (0 children)",
        "Write to the council before the next session, they count letters.",
        "permalink",
        "embed",
        "save",
        "report",
        "reply",
    ]
)


def test_header_slot_names_beat_whole_header_lines() -> None:
    assert _authors(VOTE_HEADERS) == ["marta1987", "olek_77", "islander", "ann_r2"]


def _forum_post(date: str, number: int, name: str, rank: str | None, joined: str, text: str) -> list[str]:
    rank_line = [rank] if rank else []
    return [date, f"#{number}", name, "Voir le profil", "Voir ses messages", *rank_line, "Inscrit", joined, "Messages", str(40 + number), text, "Répondre avec citation"]


FRENCH_FORUM = "\n".join(
    [
        "Quel hébergeur choisir pour un petit site ?",
        *_forum_post("12-03-2024, 09:03", 1, "Hostelier", None, "mars 2024", "Bonjour, à quoi faites-vous attention en choisissant un hébergeur ?"),
        *_forum_post("12-03-2024, 10:41", 2, "Claire_R", "Grand Maître", "août 2004", "Au support avant tout : une réponse en moins d'une heure."),
        *_forum_post("12-03-2024, 11:15", 3, "jmartin", "Nouveau membre", "sept. 2006", "Le prix compte, mais la disponibilité compte plus."),
        *_forum_post("12-03-2024, 13:02", 4, "Théo Roux", "Grand Maître", "déc. 2005", "La localisation des serveurs, pour la vitesse."),
        *_forum_post("12-03-2024, 15:27", 5, "Claire_R", "Grand Maître", "août 2004", "Et les sauvegardes dans un autre centre de données."),
        *_forum_post("13-03-2024, 08:10", 6, "webnomade", "Nouveau membre", "janv. 2021", "Je teste toujours un mois avant de m'engager."),
        *_forum_post("13-03-2024, 09:55", 7, "Hostelier", None, "mars 2024", "Merci à tous, c'est très utile."),
    ]
)


def test_forum_names_not_member_ranks() -> None:
    # the rank line ('Grand Maître') recurs with few values; the poster's name line varies
    assert _authors(FRENCH_FORUM)[-6:] == ["Claire_R", "jmartin", "Théo Roux", "Claire_R", "webnomade", "Hostelier"]


BADGED_REPLIES = "\n".join(
    [
        "Nuevo horario del ferry",
        "El ayuntamiento votó el martes reducir el ferry de la tarde a la isla de cuatro a dos viajes por el coste del combustible.",
        "Conversación (5)",
        "marisol",
        "15h",
        "Dos viajes no son un horario, son una disculpa.",
        "Responder",
        "Compartir",
        "pepe_77Experto",
        "marisol",
        "14h",
        "El combustible se gasta esperando en el muelle, no navegando.",
        "Responder",
        "Compartir",
        "lunaroja",
        "13h",
        "Mi hija trabaja en el turno de noche y ahora dormirá en el coche.",
        "Responder",
        "Compartir",
        "tomasExperto",
        "lunaroja",
        "12h",
        "Escriba al ayuntamiento, cuentan las cartas.",
        "Responder",
        "Compartir",
        "nereaExperto",
        "tomas",
        "11h",
        "Yo escribí y me contestaron con una carta modelo.",
        "Responder",
        "Compartir",
    ]
)


def test_badged_author_line_above_the_replied_to_name() -> None:
    comments = extract_text(BADGED_REPLIES).comments
    assert [c.author for c in comments] == ["marisol", "pepe_77", "lunaroja", "tomas", "nerea"]
    ids = [c.id for c in comments]
    assert [ids.index(c.parent) if c.parent else None for c in comments] == [None, 0, None, 2, 3]
