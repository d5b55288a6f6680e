"""Invented comment threads, and the words and dates a comment system prints around them.

The layouts in this folder print these threads as a comment system would (its markup, its
chrome, its date style), so the extractor can be scored on many systems nobody tuned it on.
Every text here was written for this project.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Post:
    """One reader comment: `parent` is the index of the post it answers, None at top level."""

    author: str
    text: str  # paragraphs separated by a blank line
    minutes_after: int  # after the article was published
    parent: int | None = None
    likes: int = 0

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Thread:
    lang: str
    site: str
    title: str
    author: str
    published: datetime
    article: tuple[str, ...]
    posts: tuple[Post, ...]

    def posted(self, post: Post) -> datetime:
        return self.published + timedelta(minutes=post.minutes_after)

    def depth(self, index: int) -> int:
        """Nesting depth of post `index` (0 at top level)."""
        depth, parent = 0, self.posts[index].parent
        while parent is not None:
            depth, parent = depth + 1, self.posts[parent].parent
        return depth


@dataclass(frozen=True)
class UI:
    """What a comment system prints around comments, in one language."""

    lang: str
    reply: str
    comments: str  # heading of the comment section
    like: str
    report: str
    share: str
    says: str  # 'says:' after a name, as WordPress prints it
    wrote: str  # 'wrote:' after a name in a quote header
    in_reply_to: str  # 'In reply to' before the parent's name
    by: str  # byline word before a name
    on: str  # word between a name and a date ('on', 'am', 'le')
    at: str  # word between a date and a time
    months: tuple[str, ...]
    ago: tuple[str, str, str]  # format strings for minutes, hours, days ago: '{n} hours ago'
    login: str  # 'Log in to comment'
    posts_label: str  # 'Posts:' in a member badge
    joined_label: str  # 'Joined:' in a member badge

    def date(self, when: datetime, style: str = "long") -> str:
        """A date as the system prints it: long ('May 3, 2024 at 10:15 am' in English), numeric
        ('03.05.2024 10:15', or '05/03/2024' in English), iso ('2024-05-03 10:15') or short ('3 May')."""
        month = self.months[when.month - 1]
        if style == "iso":
            return when.strftime("%Y-%m-%d %H:%M")
        if style == "numeric":
            return when.strftime("%m/%d/%Y %I:%M %p") if self.lang == "en" else when.strftime("%d.%m.%Y %H:%M")
        if style == "short":
            return f"{month} {when.day}" if self.lang == "en" else f"{when.day} {month}"
        if self.lang == "en":
            return f"{month} {when.day}, {when.year} {self.at} {when.strftime('%I:%M %p').lstrip('0').lower()}"
        day = f"{when.day}." if self.lang == "de" else str(when.day)
        return f"{day} {month} {when.year} {self.at} {when.strftime('%H:%M')}"

    def ago_text(self, now: datetime, when: datetime) -> str:
        """'3 hours ago' and its translations, as seen at `now`."""
        minutes = max(1, int((now - when).total_seconds() // 60))
        if minutes < 60:
            return self.ago[0].format(n=minutes)
        if minutes < 60 * 24:
            return self.ago[1].format(n=minutes // 60)
        return self.ago[2].format(n=minutes // (60 * 24))


UIS = {
    "en": UI("en", "Reply", "Comments", "Like", "Report", "Share", "says:", "wrote:", "In reply to", "By", "on", "at",
             ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"),
             ("{n} minutes ago", "{n} hours ago", "{n} days ago"), "Log in to comment", "Posts:", "Joined:"),
    "de": UI("de", "Antworten", "Kommentare", "Gefällt mir", "Melden", "Teilen", "sagt:", "schrieb:", "Antwort auf", "Von",
             "am", "um",
             ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
              "Dezember"),
             ("vor {n} Minuten", "vor {n} Stunden", "vor {n} Tagen"), "Anmelden, um zu kommentieren", "Beiträge:",
             "Registriert:"),
    "fr": UI("fr", "Répondre", "Commentaires", "J'aime", "Signaler", "Partager", "dit :", "a écrit :", "En réponse à",
             "Par", "le", "à",
             ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"),
             ("il y a {n} minutes", "il y a {n} heures", "il y a {n} jours"), "Connectez-vous pour commenter",
             "Messages :", "Inscrit le :"),
    "es": UI("es", "Responder", "Comentarios", "Me gusta", "Denunciar", "Compartir", "dice:", "escribió:",
             "En respuesta a", "Por", "el", "a las",
             ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"),
             ("hace {n} minutos", "hace {n} horas", "hace {n} días"), "Inicia sesión para comentar", "Mensajes:",
             "Registrado:"),
    "ru": UI("ru", "Ответить", "Комментарии", "Нравится", "Пожаловаться", "Поделиться", "пишет:", "написал:",
             "В ответ на", "Автор:", "", "в",
             ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"),
             ("{n} минут назад", "{n} часов назад", "{n} дней назад"), "Войдите, чтобы комментировать", "Сообщений:",
             "Регистрация:"),
}


# ---------------------------------------------------------------- small helpers the layouts share

LANGS = ("en", "de", "fr", "es", "ru")

# Cyrillic letters spelled in Latin, for slugs.
CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def escape(text: object) -> str:
    """`text` as a string, escaped for HTML text and attribute values."""
    return html.escape(str(text), quote=True)


def seed(text: str) -> int:
    """A stable number from a string (Python's hash() is salted per process)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def iso(when: datetime, suffix: str = "+00:00") -> str:
    """`when` as 'YYYY-MM-DDTHH:MM:SS' followed by `suffix` (a UTC offset, 'Z', '.000Z')."""
    return when.strftime("%Y-%m-%dT%H:%M:%S") + suffix


def saved_at(thread: Thread, minutes: int) -> datetime:
    """When the page was saved: `minutes` after the last comment (after publication if there is none)."""
    return thread.published + timedelta(minutes=max([p.minutes_after for p in thread.posts] + [0]) + minutes)


def stable_number(*parts: object) -> int:
    """A stable number derived from `parts`, for ids that look like a system's own."""
    return int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:15], 16)


def stable_hex(*parts: object, n: int = 12) -> str:
    """`n` stable hex digits derived from `parts`."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def slug(text: str) -> str:
    """A URL slug of `text` (Cyrillic spelled in Latin; a number where nothing is left)."""
    text = "".join(CYR.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or f"u{stable_number(text) % 10 ** 6}"


def descendants(kids: dict[int | None, list[int]], i: int) -> list[int]:
    """Every post below post i, at any depth, breadth first (`kids`: `replies_by_parent`)."""
    out, todo = [], list(kids.get(i, []))
    while todo:
        k = todo.pop(0)
        out.append(k)
        todo.extend(kids.get(k, []))
    return out


def replies_in_time(thread: Thread, kids: dict[int | None, list[int]], i: int) -> list[int]:
    """Every post below post i in time order: systems that show one reply level list them so."""
    return sorted(descendants(kids, i), key=lambda k: thread.posts[k].minutes_after)


def depth_first(kids: dict[int | None, list[int]]) -> list[int]:
    """Posts in thread order, each reply right after the post it answers (`kids`: `replies_by_parent`)."""
    order: list[int] = []

    def walk(parent: int | None) -> None:
        for k in kids.get(parent, []):
            order.append(k)
            walk(k)

    walk(None)
    return order


def replies_by_parent(thread: Thread) -> dict[int | None, list[int]]:
    """Indexes of the posts answering each post (None: the top level), in thread order."""
    kids: dict[int | None, list[int]] = {}
    for i, post in enumerate(thread.posts):
        kids.setdefault(post.parent, []).append(i)
    return kids


def ps(post: Post, cls: str = "") -> str:
    """The post's paragraphs as escaped <p> elements, with class `cls` where given."""
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{escape(p)}</p>" for p in post.paragraphs)


THREADS = (
    Thread(
        "en", "The Valley Courier", "Council Votes to Close the Night Ferry", "Mara Lind", datetime(2024, 5, 2, 9, 30),
        (
            "The harbour council voted on Tuesday to close the night ferry from September, saying the service had lost "
            "money for six years in a row and that the boats needed repairs it could not pay for.",
            "About 300 people use the night crossing each week, according to the council's own count, most of them "
            "hospital and hotel staff who finish late on the island.",
            "The ferry operator said it had offered to run a smaller boat at lower cost, but the council rejected the plan "
            "by five votes to four after a two-hour debate.",
            "Opponents of the closure said they would collect signatures for a referendum, which needs 2,000 names "
            "within sixty days.",
        ),
        (
            Post("Ann Roe", "My sister works nights at the hospital. How is she supposed to get home now?", 35, likes=12),
            Post("bob_k", "Ask the council, they clearly never take the boat themselves.", 52, parent=0, likes=3),
            Post("Carla Mendes",
                 "Five to four after two hours is not a clear decision.\n\nThe smaller boat plan deserved a proper costing "
                 "before anyone voted on it. I will sign the referendum petition.", 80, likes=20),
            Post("dmitri77", "Who pays for the repairs if the ferry stays?", 95),
            Post("Sarah O'Neil", "The same people who pay for everything else: us.", 110, parent=3, likes=5),
            Post("dmitri77", "Fair enough, but then say so openly.", 130, parent=4),
            Post("J. Whitfield", "Agreed.", 160, parent=2, likes=1),
            Post("Eve", "Sad day for the island.", 300, likes=2),
        ),
    ),
    Thread(
        "de", "Nordkurier Online", "Stadtrat stoppt Ausbau der Straßenbahn", "Jens Falk", datetime(2024, 3, 14, 7, 5),
        (
            "Der Stadtrat hat am Mittwochabend den Ausbau der Straßenbahnlinie 4 vorerst gestoppt. Die Kosten seien seit "
            "der ersten Planung um fast die Hälfte gestiegen, sagte der Kämmerer.",
            "Statt der geplanten 38 Millionen Euro rechnet die Verwaltung inzwischen mit 55 Millionen. Der Bund würde "
            "davon höchstens 60 Prozent übernehmen.",
            "Anwohner der neuen Wohngebiete im Norden reagierten enttäuscht. Sie warten seit Jahren auf eine bessere "
            "Anbindung an die Innenstadt.",
        ),
        (
            Post("Klaus Berger", "Typisch. Erst versprechen, dann streichen.", 40, likes=8),
            Post("Petra_S", "Die Kosten sind nun mal explodiert, das kann man dem Rat schlecht vorwerfen.", 62, parent=0,
                 likes=4),
            Post("Klaus Berger", "Doch, wenn man vorher mit viel zu niedrigen Zahlen plant.", 75, parent=1),
            Post("Frieda Lohmann",
                 "Ich wohne im Norden und fahre jeden Tag 50 Minuten mit dem Bus.\n\nEin Bus alle zehn Minuten würde "
                 "schon viel helfen und kostet einen Bruchteil.", 130, likes=15),
            Post("M. Özdemir", "Gute Idee, warum wird das nicht geprüft?", 150, parent=3, likes=2),
            Post("tramfan1987", "Ohne Straßenbahn wird das Viertel nie richtig angebunden sein.", 400),
        ),
    ),
    Thread(
        "fr", "Le Courrier du Sud", "La mairie renonce au nouveau parking", "Claire Dumas", datetime(2024, 10, 8, 6, 45),
        (
            "La mairie a annoncé lundi qu'elle renonçait à construire un parking souterrain sous la place du marché, un "
            "projet estimé à douze millions d'euros.",
            "Les commerçants du centre, qui réclamaient ce parking depuis dix ans, dénoncent une décision prise sans "
            "concertation.",
            "Le maire a expliqué que les fouilles préalables avaient révélé des vestiges romains qu'il faudrait d'abord "
            "étudier, ce qui retarderait le chantier d'au moins trois ans.",
        ),
        (
            Post("Jean-Pierre D.", "Des vestiges romains, c'est une chance pour la ville, pas un problème !", 30, likes=9),
            Post("Sophie Marchal",
                 "Je suis commerçante place du marché. Sans parking, les clients vont au centre commercial.\n\nUne navette "
                 "depuis la gare serait au moins un début.", 55, likes=14),
            Post("lucas_b", "Une navette, tout à fait d'accord.", 70, parent=1, likes=2),
            Post("Jean-Pierre D.", "Les deux peuvent aller ensemble, non ?", 90, parent=1),
            Post("Amélie", "Enfin une décision raisonnable.", 240, likes=3),
        ),
    ),
    Thread(
        "es", "Diario del Valle", "El ayuntamiento aplaza la reforma del mercado", "Lucía Ortega", datetime(2024, 2, 20, 8, 0),
        (
            "El ayuntamiento aplazó este lunes la reforma del mercado central hasta el próximo año, tras recibir solo "
            "una oferta en el concurso público.",
            "La única empresa que se presentó pedía 4,8 millones de euros, casi un millón más de lo presupuestado, según "
            "fuentes municipales.",
            "Los comerciantes del mercado llevan desde 2019 esperando unas obras que incluyen un nuevo tejado y cámaras "
            "frigoríficas.",
        ),
        (
            Post("Manuel Ruiz", "Cinco años esperando y ahora otro año más. Increíble.", 25, likes=11),
            Post("carmen.v", "Con una sola oferta no se puede adjudicar bien, es lo normal.", 44, parent=0, likes=6),
            Post("Manuel Ruiz", "Lo normal sería haber preparado mejor el concurso.", 60, parent=1, likes=4),
            Post("Pablo Herrera",
                 "El tejado gotea cada vez que llueve.\n\nAlguien va a tener un accidente antes de que empiecen las "
                 "obras.", 120, likes=18),
            Post("Inés", "Totalmente de acuerdo con Pablo.", 180, parent=3),
        ),
    ),
    Thread(
        "ru", "Городские вести", "Мэрия отложила ремонт набережной", "Ольга Смирнова", datetime(2024, 6, 11, 10, 20),
        (
            "Мэрия отложила ремонт набережной на следующий год. По словам чиновников, подрядчик не успел подготовить "
            "проект к началу сезона.",
            "Ремонт должен был стоить около 90 миллионов рублей и включать новое освещение, скамейки и велодорожку.",
            "Жители прибрежных домов говорят, что разбитые ступени к воде опасны уже несколько лет.",
        ),
        (
            Post("Андрей К.", "Каждый год одно и то же: обещают и переносят.", 33, likes=7),
            Post("marina_spb", "Хотя бы ступени починили бы, это недорого.", 58, parent=0, likes=5),
            Post("Андрей К.", "Согласен, ступени важнее велодорожки.", 71, parent=1),
            Post("Сергей Волков",
                 "Я гуляю там с детьми каждый вечер.\n\nОсвещения нет совсем, зимой там просто страшно ходить.", 140,
                 likes=12),
            Post("Лена", "Подпишусь под каждым словом.", 210, parent=3, likes=1),
        ),
    ),
)
