"""Forum and discussion-board layouts: the article is the topic's opening post, the comments are replies.

Imitated systems (markup reconstructed from memory of their public HTML, not copied from any page):
phpBB 3.3 with the prosilver style, vBulletin 4.2 (postbit_legacy), XenForo 2.2, Discourse 3 (the crawler view
served to clients without JavaScript), Simple Machines Forum 2.1 (Curve2 theme), Invision Community 4.7, old Reddit
(old.reddit.com comment page), Hacker News (news.ycombinator.com item page), MyBB 1.8 (default theme, linear mode),
vBulletin 5.6 Connect (topic view with post comments) and Flarum 1.8 (as rendered by its JavaScript app).

Flat boards print replies in time order and quote the first paragraph of the post being answered in their own
quote markup; Reddit and Hacker News nest replies under their parent as those sites do; vBulletin 5 prints replies
to replies as comments under the reply they belong to; Flarum starts a reply with a mention of the post answered.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote as urlquote

from layouts.thread import LANGS, UI, Post, Thread, depth_first, iso, replies_by_parent, replies_in_time, saved_at, seed  # noqa: F401  (Post: the type of thread.posts)

esc = html.escape
# Chrome words the UI class does not carry, in the order of LANGS; lists are joined with "|".
_W = {
    "by": ("by", "von", "par", "por", "от"),
    "post": ("Post", "Beitrag", "Message", "Mensaje", "Сообщение"),
    "quote": ("Quote", "Zitat", "Citation", "Cita", "Цитата"),
    "top": ("Top", "Nach oben", "Haut", "Arriba", "Вверх"),
    "home": ("Home", "Startseite", "Accueil", "Inicio", "Главная"),
    "forum": ("Forums", "Foren", "Forums", "Foros", "Форумы"),
    "board_index": ("Board index", "Foren-Übersicht", "Index du forum", "Índice general", "Список форумов"),
    "search": ("Search", "Suche", "Rechercher", "Buscar", "Поиск"),
    "members": ("Members", "Mitglieder", "Membres", "Miembros", "Пользователи"),
    "register": ("Register", "Registrieren", "S’enregistrer", "Registrarse", "Регистрация"),
    "related": ("Similar topics", "Ähnliche Themen", "Sujets similaires", "Temas similares", "Похожие темы"),
    "page": ("Page {a} of {b}", "Seite {a} von {b}", "Page {a} sur {b}", "Página {a} de {b}", "Страница {a} из {b}"),
    "n_posts": ("{n} posts", "{n} Beiträge", "{n} messages", "{n} mensajes", "{n} сообщений"),
    "replies": ("Replies", "Antworten", "Réponses", "Respuestas", "Ответы"),
    "views": ("Views", "Zugriffe", "Vues", "Vistas", "Просмотры"),
    "orig_by": ("Originally Posted by", "Zitat von", "Envoyé par", "Cita de", "Сообщение от"),
    "said": ("{x} said:", "{x} hat gesagt:", "{x} a dit :", "{x} dijo:", "{x} сказал(а):"),
    "expand": ("Click to expand...", "Zum Vergrößern anklicken....", "Cliquez pour agrandir...",
               "Click para expandir...", "Нажмите для раскрытия..."),
    "quote_from": ("Quote from: {x} on {d}", "Zitat von: {x} am {d}", "Citation de : {x} le {d}",
                   "Cita de: {x} en {d}", "Цитата: {x} от {d}"),
    "started_by": ("Started by {x}, {d}", "Begonnen von {x}, {d}", "Démarré par {x}, {d}", "Iniciado por {x}, {d}",
                   "Автор {x}, {d}"),
    "reply_n": ("Reply #{n}", "Antwort #{n}", "Réponse #{n}", "Respuesta #{n}", "Ответ #{n}"),
    "read_times": ("Read {n} times", "{n} mal gelesen", "Lu {n} fois", "Leído {n} veces", "Прочитано {n} раз"),
    "posted": ("Posted", "Geschrieben", "Posté(e)", "Publicado", "Опубликовано"),
    "on_said": ("On {d}, {x} said:", "Am {d} schrieb {x}:", "Le {d}, {x} a dit :", "El {d}, {x} dijo:",
                "{d}, {x} сказал:"),
    "points": ("{n} points", "{n} Punkte", "{n} points", "{n} puntos", "{n} очков"),
    "point": ("{n} point", "{n} Punkt", "{n} point", "{n} punto", "{n} очко"),
    "permalink": ("permalink", "Permalink", "permalien", "enlace permanente", "постоянная ссылка"),
    "embed": ("embed", "einbetten", "intégrer", "insertar", "встроить"),
    "save": ("save", "speichern", "sauvegarder", "guardar", "сохранить"),
    "parent": ("parent", "übergeordnet", "parent", "padre", "родитель"),
    "children": ("({n} children)", "({n} Antworten)", "({n} enfants)", "({n} respuestas)", "({n} ответов)"),
    "child": ("({n} child)", "({n} Antwort)", "({n} enfant)", "({n} respuesta)", "({n} ответ)"),
    "submitted": ("submitted {t} by {x} to {r}", "eingereicht {t} von {x} in {r}", "soumis {t} par {x} dans {r}",
                  "enviado {t} por {x} a {r}", "отправлено {t} пользователем {x} в {r}"),
    "all_comments": ("all {n} comments", "alle {n} Kommentare", "les {n} commentaires", "los {n} comentarios",
                     "все {n} комментариев"),
    "sorted_by": ("sorted by:", "sortiert nach:", "trié par :", "ordenado por:", "сортировать по:"),
    "best": ("best", "beste", "meilleurs", "mejores", "лучшие"),
    "hide": ("hide", "ausblenden", "masquer", "ocultar", "скрыть"),
    "next": ("next", "weiter", "suivant", "siguiente", "далее"),
    "prev": ("prev", "zurück", "préc.", "anterior", "назад"),
    "hn_nav": ("new|past|comments|ask|show|jobs|submit", "neu|vergangen|Kommentare|fragen|zeigen|Jobs|einreichen",
               "nouveaux|passés|commentaires|demander|montrer|emplois|soumettre",
               "nuevo|pasado|comentarios|preguntar|mostrar|empleos|enviar",
               "новое|прошлое|комментарии|спросить|показать|вакансии|отправить"),
    "add_comment": ("add comment", "Kommentar hinzufügen", "ajouter un commentaire", "añadir comentario",
                    "добавить комментарий"),
    "footer": ("About us|Contact|Privacy policy|Terms of use|Forum rules|Help",
               "Über uns|Kontakt|Datenschutz|Nutzungsbedingungen|Forenregeln|Hilfe",
               "Qui sommes-nous|Contact|Confidentialité|Conditions d’utilisation|Règles du forum|Aide",
               "Quiénes somos|Contacto|Privacidad|Condiciones de uso|Normas del foro|Ayuda",
               "О нас|Контакты|Конфиденциальность|Условия использования|Правила форума|Помощь"),
    "rights": ("All rights reserved.", "Alle Rechte vorbehalten.", "Tous droits réservés.",
               "Todos los derechos reservados.", "Все права защищены."),
    "powered": ("Powered by {x}", "Betrieben mit {x}", "Propulsé par {x}", "Desarrollado por {x}", "Работает на {x}"),
    "ranks": ("Newbie|Member|Senior Member", "Neuling|Mitglied|Erfahrenes Mitglied", "Nouveau|Membre|Membre confirmé",
              "Novato|Miembro|Miembro veterano", "Новичок|Участник|Старожил"),
    "avatar": ("User avatar", "Benutzeravatar", "Avatar de l’utilisateur", "Avatar de Usuario", "Аватара пользователя"),
    "offline": ("{x} is offline", "{x} ist offline", "{x} est déconnecté", "{x} está desconectado", "{x} вне форума"),
    "reactions": ("Reactions:", "Reaktionen:", "Réactions:", "Reacciones:", "Реакции:"),
    "others": ("{x} and {n} others", "{x} und {n} weitere", "{x} et {n} autres", "{x} y {n} más", "{x} и ещё {n}"),
    "thread": ("Thread", "Thema", "Discussion", "Tema", "Тема"),
    "starter": ("Thread starter", "Ersteller", "Auteur de la discussion", "Autor del tema", "Автор темы"),
    "start_date": ("Start date", "Erstellt am", "Date de début", "Fecha de inicio", "Дата начала"),
    "profile_of": ("View the profile of {x}", "Profil von {x} ansehen", "Voir le profil de {x}", "Ver perfil de {x}",
                   "Просмотр профиля {x}"),
    "tagline": ("Readers' forum of {x}", "Leserforum von {x}", "Forum des lecteurs – {x}", "Foro de lectores de {x}",
                "Форум читателей «{x}»"),
    "weekdays": ("Mon|Tue|Wed|Thu|Fri|Sat|Sun", "Mo|Di|Mi|Do|Fr|Sa|So", "lun.|mar.|mer.|jeu.|ven.|sam.|dim.",
                 "Lun|Mar|Mié|Jue|Vie|Sáb|Dom", "Пн|Вт|Ср|Чт|Пт|Сб|Вс"),
    "sections": ("News|Local|Politics|Business|Transport|Sport|Culture|Opinion|Classifieds|Events",
                 "Nachrichten|Lokales|Politik|Wirtschaft|Verkehr|Sport|Kultur|Meinung|Kleinanzeigen|Termine",
                 "Actualités|Local|Politique|Économie|Transports|Sport|Culture|Opinions|Petites annonces|Agenda",
                 "Noticias|Local|Política|Economía|Transporte|Deportes|Cultura|Opinión|Clasificados|Agenda",
                 "Новости|Город|Политика|Экономика|Транспорт|Спорт|Культура|Мнения|Объявления|Афиша"),
    "headlines": (
        "Harbour festival returns in July|New cycle lane opens on Quay Road|School meals to cost more from autumn|"
        "Island bakery wins regional award|Storm damage repairs finished early",
        "Hafenfest kehrt im Juli zurück|Neuer Radweg an der Uferstraße eröffnet|Schulessen wird ab Herbst teurer|"
        "Bäckerei aus dem Norden ausgezeichnet|Sturmschäden früher als geplant behoben",
        "Le festival du port revient en juillet|Une nouvelle piste cyclable sur les quais|"
        "La cantine scolaire augmente à la rentrée|Une boulangerie du centre primée|"
        "Les dégâts de la tempête réparés en avance",
        "Vuelven las fiestas del puerto en julio|Abre un nuevo carril bici junto al río|"
        "El comedor escolar subirá en otoño|Una panadería del barrio, premiada|"
        "Terminan antes de lo previsto las obras tras la tormenta",
        "Праздник порта вернётся в июле|На набережной открыли велодорожку|Школьное питание подорожает осенью|"
        "Местная пекарня получила премию|Последствия урагана устранили досрочно"),
}

# Words of the MyBB, vBulletin 5 and Flarum layouts.
_W.update({
    "mybb_top": ("Portal|Search|Member List|Calendar|Help", "Portal|Suche|Mitglieder|Kalender|Hilfe",
                 "Portail|Recherche|Liste des membres|Calendrier|Aide", "Portal|Buscar|Lista de miembros|Calendario|Ayuda",
                 "Портал|Поиск|Пользователи|Календарь|Помощь"),
    "mybb_hello": ("Hello There, Guest!", "Hallo, Gast!", "Bonjour, visiteur !", "¡Hola, invitado!", "Здравствуйте, гость!"),
    "mybb_login": ("Login|Register", "Anmelden|Registrieren", "Connexion|S’inscrire", "Iniciar sesión|Registrarse",
                   "Вход|Регистрация"),
    "mybb_post_reply": ("Post Reply", "Antworten", "Répondre", "Responder", "Ответить"),
    "mybb_modes": ("Thread Modes", "Ansichtsmodus", "Modes de discussion", "Modos de tema", "Режимы отображения"),
    "mybb_next": ("Next Oldest|Next Newest", "Nächstältere|Nächstneuere", "Précédent|Suivant", "Tema anterior|Tema siguiente",
                  "Предыдущая тема|Следующая тема"),
    "mybb_search_thread": ("Search Thread|Enter Keywords", "Thema durchsuchen|Suchbegriffe eingeben",
                           "Rechercher dans la discussion|Mots-clés", "Buscar en el tema|Palabras clave",
                           "Искать в теме|Ключевые слова"),
    "mybb_stats": ("Posts:|Threads:|Joined:|Reputation:", "Beiträge:|Themen:|Registriert seit:|Bewertung:",
                   "Messages :|Sujets :|Inscription :|Réputation :", "Mensajes:|Temas:|Registro en:|Reputación:",
                   "Сообщений:|Тем:|Зарегистрирован:|Репутация:"),
    "mybb_find": ("Find", "Suchen", "Rechercher", "Buscar", "Найти"),
    "mybb_quote_title": ("Quote this message in a reply", "Diese Nachricht in einer Antwort zitieren",
                         "Citer ce message dans une réponse", "Citar este mensaje en una respuesta",
                         "Цитировать это сообщение в ответе"),
    "mybb_report_title": ("Report this post to a moderator", "Diesen Beitrag einem Moderator melden",
                          "Signaler ce message à un modérateur", "Reportar este mensaje a un moderador",
                          "Пожаловаться модератору на это сообщение"),
    "mybb_offline": ("Offline", "Offline", "Hors ligne", "Desconectado", "Не в сети"),
    "mybb_related": ("Possibly Related Threads…", "Möglicherweise verwandte Themen…", "Sujets apparemment similaires…",
                     "Posibles temas similares…", "Похожие темы…"),
    "mybb_cols": ("Thread|Author|Replies|Views|Last Post", "Thema|Verfasser|Antworten|Ansichten|Letzter Beitrag",
                  "Sujet|Auteur|Réponses|Affichages|Dernier message", "Tema|Autor|Respuestas|Vistas|Último mensaje",
                  "Тема|Автор|Ответов|Просмотров|Последний ответ"),
    "mybb_browsing": ("Users browsing this thread: 1 Guest(s)", "Benutzer, die gerade dieses Thema anschauen: 1 Gast/Gäste",
                      "Utilisateur(s) parcourant ce sujet : 1 visiteur(s)", "Usuarios navegando en este tema: 1 invitado(s)",
                      "Пользователи просматривают эту тему: 1 гость(ей)"),
    "mybb_foot": ("Contact Us|Return to Top|Lite (Archive) Mode|Mark all forums read|RSS Syndication",
                  "Kontakt|Nach oben|Archiv-Modus|Alle Foren als gelesen markieren|RSS-Synchronisation",
                  "Nous contacter|Retourner en haut|Mode archive|Marquer tous les forums comme lus|Syndication RSS",
                  "Contacto|Volver arriba|Modo archivo|Marcar todos los foros como leídos|Sindicación RSS",
                  "Обратная связь|Вернуться к началу|Архивный режим|Отметить все форумы прочитанными|RSS-лента"),
    "mybb_now": ("Current time:", "Aktuelle Zeit:", "Nous sommes le :", "Fecha y hora actual:", "Текущее время:"),
    "mybb_days": ("Today|Yesterday", "Heute|Gestern", "Aujourd’hui|Hier", "Hoy|Ayer", "Сегодня|Вчера"),
    "mybb_wrote": ("Wrote:", "schrieb:", "a écrit :", "escribió:", "писал(а):"),
    "mybb_edited": ("This post was last modified: {d} by {x}.", "Dieser Beitrag wurde zuletzt bearbeitet: {d} von {x}.",
                    "Ce message a été modifié le : {d} par {x}.", "Este mensaje fue modificado: {d} por {x}.",
                    "Это сообщение последний раз было изменено: {d}, {x}."),
    "mybb_pages": ("Pages (1):", "Seiten (1):", "Pages (1) :", "Páginas (1):", "Страницы (1):"),
    "vb5_tabs": ("Home|Forums|Blogs|Articles|Groups", "Startseite|Foren|Blogs|Artikel|Gruppen",
                 "Accueil|Forums|Blogs|Articles|Groupes", "Inicio|Foros|Blogs|Artículos|Grupos",
                 "Главная|Форумы|Блоги|Статьи|Группы"),
    "vb5_subtabs": ("Today's Posts|Member List|Calendar", "Heutige Beiträge|Mitgliederliste|Kalender",
                    "Messages du jour|Liste des membres|Calendrier", "Mensajes de hoy|Lista de miembros|Calendario",
                    "Сообщения за сегодня|Пользователи|Календарь"),
    "vb5_view_tabs": ("Posts|Latest Activity|Photos", "Beiträge|Neueste Aktivität|Fotos", "Messages|Activité récente|Photos",
                      "Mensajes|Actividad reciente|Fotos", "Сообщения|Последняя активность|Фото"),
    "vb5_filter": ("Filter|Clear All|new posts", "Filter|Alle löschen|neue Beiträge", "Filtre|Tout effacer|nouveaux messages",
                   "Filtro|Borrar todo|mensajes nuevos", "Фильтр|Очистить всё|новые сообщения"),
    "vb5_page": ("Page|of", "Seite|von", "Page|sur", "Página|de", "Страница|из"),
    "vb5_prevnext": ("Previous|Next", "Zurück|Weiter", "Précédent|Suivant", "Anterior|Siguiente", "Назад|Далее"),
    "vb5_userinfo": ("Join Date:|Posts:", "Registriert seit:|Beiträge:", "Date d’inscription :|Messages :",
                     "Fecha de ingreso:|Mensajes:", "Регистрация:|Сообщений:"),
    "vb5_controls": ("Like|Quote|Comment|Report|Share", "Gefällt mir|Zitieren|Kommentieren|Melden|Teilen",
                     "J’aime|Citer|Commenter|Signaler|Partager", "Me gusta|Citar|Comentar|Reportar|Compartir",
                     "Нравится|Цитата|Комментировать|Пожаловаться|Поделиться"),
    "vb5_comments": ("{n} Comments|1 Comment|Show|Hide", "{n} Kommentare|1 Kommentar|Anzeigen|Ausblenden",
                     "{n} commentaires|1 commentaire|Afficher|Masquer", "{n} comentarios|1 comentario|Mostrar|Ocultar",
                     "Комментариев: {n}|1 комментарий|Показать|Скрыть"),
    "vb5_comment_box": ("Type your comment here", "Schreiben Sie hier Ihren Kommentar", "Tapez votre commentaire ici",
                        "Escribe aquí tu comentario", "Введите комментарий"),
    "vb5_login": ("Log in|Sign Up|Remember me|Forgot password or user name?", "Anmelden|Registrieren|Angemeldet bleiben|Passwort oder Benutzername vergessen?",
                  "Connexion|S’inscrire|Se souvenir de moi|Mot de passe ou identifiant oublié ?",
                  "Iniciar sesión|Registrarse|Recordarme|¿Olvidaste la contraseña o el usuario?",
                  "Вход|Регистрация|Запомнить меня|Забыли пароль или имя пользователя?"),
    "vb5_related": ("Related Topics|Latest Topics", "Ähnliche Themen|Neueste Themen", "Sujets similaires|Derniers sujets",
                    "Temas relacionados|Últimos temas", "Похожие темы|Последние темы"),
    "vb5_foot": ("Contact Us|Help|Go to top", "Kontakt|Hilfe|Nach oben", "Nous contacter|Aide|Haut de page",
                 "Contacto|Ayuda|Ir arriba", "Обратная связь|Помощь|Наверх"),
    "vb5_times": ("All times are GMT. This page was generated at {t}.", "Alle Zeitangaben in GMT. Diese Seite wurde erstellt um {t}.",
                  "Les heures sont au format GMT. La page a été générée à {t}.", "Todas las horas son GMT. Esta página se generó a las {t}.",
                  "Часовой пояс GMT. Страница сгенерирована в {t}."),
    "vb5_reply_box": ("Working...|Yes|No|OK", "Wird bearbeitet...|Ja|Nein|OK", "En cours...|Oui|Non|OK",
                      "Procesando...|Sí|No|OK", "Обработка...|Да|Нет|OK"),
    "fl_header": ("Search Forum|Sign Up|Log In", "Forum durchsuchen|Registrieren|Anmelden", "Rechercher dans le forum|S’inscrire|Se connecter",
                  "Buscar en el foro|Registrarse|Iniciar sesión", "Поиск по форуму|Регистрация|Войти"),
    "fl_follow": ("Follow", "Folgen", "Suivre", "Seguir", "Подписаться"),
    "fl_like": ("Like", "Gefällt mir", "J’aime", "Me gusta", "Нравится"),
    "fl_likes_this": ("{x} likes this.", "{x} gefällt das.", "{x} aime ça.", "A {x} le gusta esto.", "{x} нравится это."),
    "fl_others_like": ("{x} and {n} others like this.", "{x} und {n} anderen gefällt das.", "{x} et {n} autres aiment ça.",
                       "A {x} y {n} más les gusta esto.", "{x} и ещё {n} нравится это."),
    "fl_replied": ("replied to this.", "hat darauf geantwortet.", "a répondu à ceci.", "respondió a esto.", "ответил(а) на это."),
    "fl_replied_many": ("replied to this.", "haben darauf geantwortet.", "ont répondu à ceci.", "respondieron a esto.",
                        "ответили на это."),
    "fl_and": ("and", "und", "et", "y", "и"),
    "fl_edited": ("Edited", "Bearbeitet", "Modifié", "Editado", "Изменено"),
    "fl_edited_title": ("Edited {t} by {x}", "Bearbeitet {t} von {x}", "Modifié {t} par {x}", "Editado {t} por {x}",
                        "Изменено {t}, {x}"),
    "fl_post_n": ("Post #{n}", "Beitrag #{n}", "Message #{n}", "Mensaje #{n}", "Сообщение #{n}"),
    "fl_scrubber": ("{a} of {b} posts|Original Post|Now", "{a} von {b} Beiträgen|Erster Beitrag|Jetzt",
                    "{a} sur {b} messages|Message d’origine|Maintenant", "{a} de {b} mensajes|Mensaje original|Ahora",
                    "{a} из {b} сообщений|Первое сообщение|Сейчас"),
    "fl_write_reply": ("Write a Reply...", "Antwort schreiben …", "Écrire une réponse…", "Escribe una respuesta…",
                       "Написать ответ…"),
    "fl_toggle": ("Toggle dropdown menu", "Dropdown-Menü umschalten", "Afficher le menu déroulant",
                  "Alternar menú desplegable", "Переключить меню"),
    "fl_weekdays": ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
                    "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag",
                    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
                    "lunes|martes|miércoles|jueves|viernes|sábado|domingo",
                    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"),
    "fl_lurkers": ("harbourwatch|tomfoley|rita_b", "hafenblick|jonas_w|ute.k", "vieuxport|m.girard|anne_l",
                   "ribereño|j.soler|marta_g", "pristan|i.petrov|olga_v"),
    "fl_groups": ("Admin|Mods", "Admin|Moderatoren", "Admin|Modérateurs", "Admin|Moderadores", "Админ|Модераторы"),
})


def _w(ui: UI, key: str, **fmt: object) -> str:
    text = _W[key][LANGS.index(ui.lang)]
    return text.format(**fmt) if fmt else text


def _wl(ui: UI, key: str) -> list[str]:
    return _w(ui, key).split("|")


def _uid(name: str) -> int:
    return 100 + seed(name) % 9000


def _count(name: str) -> int:
    return 3 + seed(name) * 7 % 4200


def _joined(name: str) -> datetime:
    s = seed(name)
    return datetime(2008 + s % 15, 1 + s % 12, 1 + s % 28, s % 24, s % 60)


def _rank(ui: UI, name: str) -> str:
    n = _count(name)
    return _wl(ui, "ranks")[0 if n < 50 else 1 if n < 1000 else 2]


def _num(ui: UI, n: int) -> str:
    sep = {"en": ",", "de": ".", "es": ".", "fr": "\u202f", "ru": "\u00a0"}[ui.lang]
    return f"{n:,}".replace(",", sep)


def _slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def _lines(paras: list[str], sep: str = "<br>\n<br>\n") -> str:
    return sep.join(esc(p) for p in paras)


def _ps(paras: list[str]) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


def _date(ui: UI, d: datetime, style: str) -> str:
    """Dates as each board prints them."""
    month, de = ui.months[d.month - 1], ui.lang == "de"
    mon3, wd, dot = month[:3], _wl(ui, "weekdays")[d.weekday()], "." if de else ""
    ampm, h12 = d.strftime("%p"), d.strftime("%I").lstrip("0")
    if style == "phpbb":  # 'D M d, Y g:i a'
        if ui.lang == "en":
            return f"{wd} {mon3} {d:%d}, {d.year} {h12}:{d:%M} {ampm.lower()}"
        return f"{wd} {d.day}{dot} {mon3} {d.year}, {d:%H:%M}"
    if style == "vb":
        return f"{d:%m-%d-%Y}" if ui.lang == "en" else f"{d:%d.%m.%Y}"
    if style == "vbtime":
        return f"{d:%I:%M} {ampm}" if ui.lang == "en" else f"{d:%H:%M}"
    if style == "smf":  # '%B %d, %Y, %I:%M:%S %p'
        if ui.lang == "en":
            return f"{month} {d:%d}, {d.year}, {d:%I:%M:%S} {ampm}"
        return f"{d:%d}{dot} {month} {d.year}, {d:%H:%M:%S}"
    if style == "discourse":
        if ui.lang == "en":
            return f"{mon3} {d.day}, {d.year}, {h12:>2}:{d:%M}{ampm.lower()}"
        return f"{d.day}{dot} {mon3} {d.year}, {d:%H:%M}"
    if style == "day":  # XenForo and Invision print the day only
        return f"{month} {d.day}, {d.year}" if ui.lang == "en" else f"{d.day}{dot} {month} {d.year}"
    raise ValueError(style)


@dataclass(frozen=True)
class _Entry:
    """The opening post (n == 0) or a reply; `parent` indexes the entry list."""

    n: int
    pid: int
    author: str
    paras: list[str]
    when: datetime
    parent: int | None
    likes: int


def _entries(thread: Thread) -> list[_Entry]:
    base = 20000 + seed(thread.title) % 70000
    out = [_Entry(0, base, thread.author, list(thread.article), thread.published, None, 4 + 3 * len(thread.posts))]
    for i, p in enumerate(thread.posts):
        parent = None if p.parent is None else p.parent + 1
        out.append(_Entry(i + 1, base + 1 + 4 * i + seed(p.author) % 3, p.author, p.paragraphs, thread.posted(p),
                          parent, p.likes))
    return out


def _page(ui: UI, title: str, body: str, *, meta: tuple[str, ...] = (), body_attrs: str = "",
          head_extra: str = "", html_attrs: str = "") -> str:
    metas = "\n".join(f"<meta {m}>" for m in meta)
    return f"""<!DOCTYPE html>
<html lang="{ui.lang}"{html_attrs}>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"> {metas}
{head_extra}</head>
<body{body_attrs}>
{body}</body></html>
"""


def _og(thread: Thread, url: str) -> tuple[str, ...]:
    desc = esc(thread.article[0][:160], quote=True)
    return (f'name="description" content="{desc}"', f'property="og:title" content="{esc(thread.title, quote=True)}"',
            f'property="og:site_name" content="{esc(thread.site, quote=True)}"', 'property="og:type" content="website"',
            f'property="og:url" content="{url}"', f'property="og:description" content="{desc}"')


def _tid(thread: Thread) -> int:
    return 1000 + seed(thread.site + thread.title) % 8000


def phpbb_prosilver(thread: Thread, ui: UI) -> str:
    """phpBB 3.3, prosilver."""
    es, tid, sec = _entries(thread), _tid(thread), _wl(ui, "sections")
    quote, report, by = esc(_w(ui, "quote")), esc(ui.report), esc(_w(ui, "by"))

    def when(d: datetime) -> str:
        return f'<time datetime="{iso(d)}">{esc(_date(ui, d, "phpbb"))}</time>'

    posts = []
    for e in es:
        uid = _uid(e.author)
        prof = f"./memberlist.php?mode=viewprofile&amp;u={uid}"
        cite = ""
        if e.parent is not None:
            q = es[e.parent]
            cite = (f'<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u={_uid(q.author)}">'
                    f'{esc(q.author)}</a> {esc(ui.wrote)} <a href="./viewtopic.php?p={q.pid}#p{q.pid}" '
                    f'data-post-id="{q.pid}" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>'
                    f'<span class="responsive-hide">{esc(_date(ui, q.when, "phpbb"))}</span></cite>'
                    f'{esc(q.paras[0])}</div></blockquote>\n\n')
        avatar = ""
        if seed(e.author) % 3:
            avatar = (f'<div class="avatar-container"><a href="{prof}" class="avatar"><img class="avatar" '
                      f'src="./download/file.php?avatar={uid}_{1600000000 + uid}.png" width="90" height="90" '
                      f'alt="{esc(_w(ui, "avatar"))}"></a></div>')
        subject = thread.title if e.n == 0 else f"Re: {thread.title}"
        posts.append(f"""<div id="p{e.pid}" class="post has-profile bg{2 - e.n % 2}"> <div class="inner"><dl class="postprofile" id="profile{e.pid}">
<dt class="has-profile-rank{' has-avatar' if avatar else ''}"> {avatar}<a href="{prof}" class="username">{esc(e.author)}</a></dt>
<dd class="profile-rank">{esc(_rank(ui, e.author))}</dd>
<dd class="profile-posts"><strong>{esc(ui.posts_label)}</strong> <a href="./search.php?author_id={uid}&amp;sr=posts">{_count(e.author)}</a></dd>
<dd class="profile-joined"><strong>{esc(ui.joined_label)}</strong> {esc(_date(ui, _joined(e.author), "phpbb"))}</dd></dl>
<div class="postbody"><div id="post_content{e.pid}">
<h3{' class="first"' if e.n == 0 else ''}><a href="./viewtopic.php?p={e.pid}#p{e.pid}">{esc(subject)}</a></h3> <ul class="post-buttons">
<li><a href="./posting.php?mode=quote&amp;p={e.pid}" title="{quote}" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>{quote}</span></a></li>
<li><a href="./report.php?p={e.pid}" title="{report}" class="button button-icon-only"><i class="icon fa-exclamation fa-fw" aria-hidden="true"></i><span>{report}</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p={e.pid}#p{e.pid}" title="{esc(_w(ui, 'post'))}"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">{esc(_w(ui, 'post'))}</span></a> <span class="responsive-hide">{by} <strong><a href="{prof}" class="username">{esc(e.author)}</a></strong> &raquo; </span>{when(e.when)}</p>
<div class="content">{cite}{_lines(e.paras)}</div></div></div>
<div class="back2top"><a href="#top" class="top" title="{esc(_w(ui, 'top'))}"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">{esc(_w(ui, 'top'))}</span></a></div></div></div>
<hr class="divider">""")
    nav = "\n".join(f'<li><a href="/{_slug(s) or i}/" role="menuitem">{esc(s)}</a></li>' for i, s in enumerate(sec))
    similar = "\n".join(
        f'<li class="row bg{1 + i % 2}"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="./viewtopic.php?t={tid - 7 * (i + 1)}" class="topictitle">{esc(h)}</a><br>'
        f'<div class="responsive-hide">» {esc(sec[1])}</div></div></dt><dd class="posts">{3 + 5 * i}</dd><dd class="views">{140 + 97 * i}</dd></dl></li>'
        for i, h in enumerate(_wl(ui, "headlines")))
    foot = " | ".join(f'<a class="footer-link" href="./ucp.php?mode={_slug(x) or i}">{esc(x)}</a>'
                      for i, x in enumerate(_wl(ui, "footer")))
    body = f"""<div id="wrap" class="wrap"> <a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"> <div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="{esc(_w(ui, 'board_index'))}"><span class="site_logo"></span></a>
<h1>{esc(thread.site)}</h1> <p>{esc(_w(ui, 'tagline', x=thread.site))}</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" class="inputbox search tiny" placeholder="{esc(_w(ui, 'search'))}…"><button class="button button-search" type="submit" title="{esc(_w(ui, 'search'))}"><i class="icon fa-search fa-fw" aria-hidden="true"></i></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner">
<ul id="nav-main" class="nav-main linklist" role="menubar"><li class="site-home"><a href="/" role="menuitem">{esc(thread.site)}</a></li> {nav}
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="{esc(ui.login)}" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>{esc(ui.login)}</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>{esc(_w(ui, 'register'))}</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h"><i class="icon fa-home fa-fw"></i><span itemprop="name">{esc(_w(ui, 'board_index'))}</span></a><meta itemprop="position" content="1"></span>
<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=4"><span itemprop="name">{esc(sec[1])}</span></a><meta itemprop="position" content="2"></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t={tid}">{esc(thread.title)}</a></h2>
<div class="action-bar bar-top">
<a href="./posting.php?mode=reply&amp;t={tid}" class="button" title="{esc(ui.reply)}"><span>{esc(ui.reply)}</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="pagination">{esc(_w(ui, 'n_posts', n=len(es)))} &bull; {esc(_w(ui, 'page', a=1, b=1))}</div></div> {chr(10).join(posts)}
<div class="action-bar bar-bottom">
<a href="./posting.php?mode=reply&amp;t={tid}" class="button" title="{esc(ui.reply)}"><span>{esc(ui.reply)}</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="pagination">{esc(_w(ui, 'n_posts', n=len(es)))} &bull; {esc(_w(ui, 'page', a=1, b=1))}</div></div>
<div class="panel"><div class="inner"><p><a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D{tid}">{esc(ui.login)}</a></p></div></div>
<div class="forabg"><div class="inner">
<ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">{esc(_w(ui, 'related'))}</div></dt><dd class="posts">{esc(_w(ui, 'replies'))}</dd><dd class="views">{esc(_w(ui, 'views'))}</dd></dl></li></ul>
<ul class="topiclist topics"> {similar}</ul></div></div></div> <div id="page-footer" class="page-footer" role="contentinfo">
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>{esc(_w(ui, 'board_index'))}</span></a></span></li><li class="rightside">UTC</li></ul></div></div>
<div class="copyright">
<p class="footer-row"><span class="footer-copyright">{esc(_w(ui, 'powered', x='phpBB'))}® Forum Software © phpBB Limited</span></p>
<p class="footer-row">{foot}</p> <p class="footer-row">© {thread.published.year} {esc(thread.site)}. {esc(_w(ui, 'rights'))}</p></div></div>
</div>"""
    return _page(ui, f"{thread.title} - {thread.site}", body,
                 meta=('http-equiv="X-UA-Compatible" content="IE=edge"', *_og(thread, f"./viewtopic.php?t={tid}")),
                 body_attrs=' id="phpbb" class="nojs notouch section-viewtopic ltr "',
                 html_attrs=' dir="ltr"', head_extra='<link href="./styles/prosilver/theme/stylesheet.css?assets_version=12" rel="stylesheet">')


def vbulletin4(thread: Thread, ui: UI) -> str:
    """vBulletin 4.2, postbit_legacy."""
    es, tid, sec = _entries(thread), _tid(thread), _wl(ui, "sections")
    orig = esc(_w(ui, "orig_by"))
    posts = []
    for e in es:
        uid, name = _uid(e.author), esc(e.author)
        offline = esc(_w(ui, "offline", x=e.author))
        quote = ""
        if e.parent is not None:
            q = es[e.parent]
            quote = f"""<div class="bbcode_container"> <div class="bbcode_quote"><div class="quote_container">
<div class="bbcode_quote_container"></div>
<div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="{esc(_w(ui, 'quote'))}" /> {orig} <strong>{esc(q.author)}</strong> <a href="showthread.php?p={q.pid}#post{q.pid}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post" /></a></div>
<div class="message">{esc(q.paras[0])}</div></div></div>
</div>"""
        avatar = ""
        if seed(e.author) % 4:
            alt = esc(f"{e.author}'s Avatar", quote=True)
            avatar = (f'<a class="postuseravatar" href="member.php?u={uid}" title="{offline}">'
                      f'<img src="customavatars/avatar{uid}_2.gif" alt="{alt}" title="{alt}" /></a>')
        title = f'<h2 class="title icon"><img src="images/icons/icon1.png" alt="" /> {esc(thread.title)}</h2>' if e.n == 0 else ""
        joined = _joined(e.author)
        posts.append(f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{e.pid}"> <div class="posthead">
<span class="postdate old"><span class="date">{_date(ui, e.when, 'vb')},&nbsp;<span class="time">{_date(ui, e.when, 'vbtime')}</span></span></span>
<span class="nodecontrols"><a name="post{e.pid}" href="showthread.php?t={tid}&amp;p={e.pid}#post{e.pid}" class="postcounter">#{e.n + 1}</a><a id="postcount{e.pid}" name="{e.n + 1}"></a></span></div>
<div class="postdetails"><div class="userinfo"> <div class="username_container">
<div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u={uid}" title="{offline}"><strong>{name}</strong></a></div>
<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{offline}" border="0" /></div>
<span class="usertitle">{esc(_rank(ui, e.author))}</span>
<span class="postbit_reputation" id="repdisplay_{e.pid}_{uid}"><img class="repimg" src="images/reputation/reputation_pos.png" alt="" /></span>
{avatar}
<hr /> <dl class="userinfo_extra"><dt>{esc(ui.joined_label.rstrip(' :'))}</dt> <dd>{esc(ui.months[joined.month - 1][:3])} {joined.year}</dd>
<dt>{esc(ui.posts_label.rstrip(' :'))}</dt> <dd>{_num(ui, _count(e.author))}</dd></dl></div>
<div class="postbody"><div class="postrow{' has_after_content' if e.n == 0 else ''}"> {title}
<div class="content"><div id="post_message_{e.pid}"> <blockquote class="postcontent restore ">
{quote}{_lines(e.paras, '<br />' + chr(10) + '<br />' + chr(10))}</blockquote></div></div></div> <div class="cleardiv"></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer">
<span class="postcontrols"><img style="display:none" id="progress_{e.pid}" src="images/misc/progress.gif" alt="" />
<a id="qrwq_{e.pid}" class="newreply" href="newreply.php?do=newreply&amp;p={e.pid}" rel="nofollow" title="{esc(ui.reply)}"><img id="quoteimg_{e.pid}" src="clear.gif" alt="{esc(ui.reply)}" /> {esc(ui.reply)}</a></span>
<span class="postlinking">
<a href="report.php?p={e.pid}" rel="nofollow" title="{esc(ui.report)}"><img class="inlineimg" src="images/buttons/report-40b.png" alt="{esc(ui.report)}" /></a></span></div></div>
<hr />
</li>""")
    tabs = "\n".join(f'<li><a class="navtab" href="forumdisplay.php?f={3 + i}">{esc(s)}</a></li>' for i, s in enumerate(sec))
    similar = "\n".join(f"""<li class="floatcontainer">
<div class="titleblock"><h6><a href="showthread.php?t={tid - 11 * (i + 1)}" title="">{esc(h)}</a></h6>
<div class="starter_forum">{esc(sec[i % 3])}</div></div> <div class="dateblock"><span class="shade">{esc(_w(ui, 'replies'))}:</span> {2 + 3 * i}</div>
</li>""" for i, h in enumerate(_wl(ui, "headlines")))
    foot = "\n".join(f'<li><a href="misc.php?do={_slug(x) or i}" rel="nofollow">{esc(x)}</a></li>'
                     for i, x in enumerate(_wl(ui, "footer")))
    body = f"""<div class="above_body"> <div id="header" class="floatcontainer doc_header">
<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="{esc(thread.site)}" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"> <li><a href="register.php" rel="nofollow">{esc(_w(ui, 'register'))}</a></li>
<li><div id="navbar_loginform"><a href="login.php?do=login">{esc(ui.login)}</a></div></li></ul></div> <div class="ad_global_header"></div> <hr /></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer">
<li class="selected" id="vbtab_forum"><a class="navtab" href="forum.php">{esc(_w(ui, 'forum'))}</a></li> {tabs}</ul>
<div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search"><span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span><span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit" tabindex="100" alt="{esc(_w(ui, 'search'))}" /></span></span></form></div></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"> <ul class="floatcontainer">
<li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="{esc(_w(ui, 'home'))}" /></a></li>
<li class="navbit"><a href="forum.php">{esc(_w(ui, 'forum'))}</a></li> <li class="navbit"><a href="forumdisplay.php?f=4">{esc(sec[1])}</a></li>
<li class="navbit lastnavbit"><span>{esc(thread.title)}</span></li></ul> <hr /></div> <div id="pagetitle">
<h1>{esc(_w(ui, 'thread'))}: <span class="threadtitle"><a href="showthread.php?t={tid}">{esc(thread.title)}</a></span></h1></div>
<div id="above_postlist" class="above_postlist">
<a href="newreply.php?p={es[0].pid}&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_top"><span>+</span> {esc(ui.reply)}</a>
<div id="pagination_top" class="pagination_top"><div id="postpagestats_above" class="postpagestats">{esc(_w(ui, 'n_posts', n=len(es)))}</div></div></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1"> {chr(10).join(posts)}</ol></div>
<div id="below_postlist" class="noinlinemod below_postlist">
<a href="newreply.php?p={es[0].pid}&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_bottom"><span>+</span> {esc(ui.reply)}</a></div>
<div id="similarthreads" class="block"><h4 class="blockhead">{esc(_w(ui, 'related'))}</h4> <div class="blockbody"><ol class="similarthreads">
{similar}</ol></div></div></div> <div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"> {foot}
<li><a href="#top" onclick="document.location.hash='top'; return false;">{esc(_w(ui, 'top'))}</a></li></ul></div> <div class="below_body">
<div id="footer_copyright" class="shade footer_copyright">{esc(_w(ui, 'powered', x='vBulletin®'))} Version 4.2.5 <br />Copyright &copy; {thread.published.year} vBulletin Solutions Inc. {esc(_w(ui, 'rights'))}</div>
<div id="footer_morecopyright" class="shade footer_morecopyright">© {thread.published.year} {esc(thread.site)}</div>
</div>"""
    return _page(ui, f"{thread.title} - {thread.site}", body,
                 meta=('name="generator" content="vBulletin 4.2.5"', 'name="keywords" content="forum"', *_og(thread, f"showthread.php?t={tid}")),
                 html_attrs=' dir="ltr" id="vbulletin_html"',
                 body_attrs="")


def xenforo2(thread: Thread, ui: UI) -> str:
    """XenForo 2.2."""
    es, tid, sec = _entries(thread), _tid(thread), _wl(ui, "sections")
    tslug = f"/threads/{_slug(thread.title) or 'thread'}.{tid}"
    names = [e.author for e in es]

    def member(name: str) -> str:
        return f"/members/{_slug(name) or 'member'}.{_uid(name)}/"

    def xtime(d: datetime, prop: str = "") -> str:
        day = esc(_date(ui, d, "day"))
        return (f'<time class="u-dt" dir="auto" datetime="{iso(d, "+0000")}" data-time="{int(d.timestamp())}" '
                f'data-date-string="{day}" data-time-string="{d:%H:%M}" title="{esc(ui.date(d))}"{prop}>{day}</time>')

    posts = []
    for e in es:
        uid, name = _uid(e.author), esc(e.author)
        if seed(e.author) % 2:
            avatar = (f'<a href="{member(e.author)}" class="avatar avatar--m" data-user-id="{uid}" data-xf-init="member-tooltip">'
                      f'<img src="/data/avatars/m/{uid // 1000}/{uid}.jpg?1700000000" srcset="/data/avatars/l/{uid // 1000}/{uid}.jpg?1700000000 2x" '
                      f'alt="{name}" class="avatar-u{uid}-m" width="96" height="96" loading="lazy" itemprop="image"></a>')
        else:
            avatar = (f'<a href="{member(e.author)}" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="{uid}" '
                      f'data-xf-init="member-tooltip" style="background-color: #{seed(e.author) % 0xFFFFFF:06x}; color: #f0f0f0">'
                      f'<span class="avatar-u{uid}-m" role="img" aria-label="{name}">{esc(e.author[:1].upper())}</span></a>')
        quote = ""
        if e.parent is not None:
            q = es[e.parent]
            quote = f"""<blockquote data-attributes="member: {_uid(q.author)}" data-quote="{esc(q.author)}" data-source="post: {q.pid}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id={q.pid}" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-{q.pid}">{esc(_w(ui, 'said', x=q.author))}</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">{esc(q.paras[0])}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">{esc(_w(ui, 'expand'))}</a></div></div>
</blockquote>"""
        reactions = ""
        if e.likes:
            other = next(n for n in names[e.n + 1:] + names if n != e.author)
            who = esc(other) if e.likes == 1 else esc(_w(ui, "others", x=other, n=e.likes - 1))
            reactions = f"""<div class="reactionsBar js-reactionsList is-active">
<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="{esc(ui.like)}" title="{esc(ui.like)}"></span></li></ul>
<span class="u-srOnly">{esc(_w(ui, 'reactions'))}</span>
<a class="reactionsBar-link" href="/posts/{e.pid}/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow"><bdi>{who}</bdi></a>
</div>"""
        extras = (f'<dl class="pairs pairs--justified"><dt>{esc(ui.joined_label.rstrip(" :"))}</dt><dd>{esc(_date(ui, _joined(e.author), "day"))}</dd></dl>\n'
                  f'<dl class="pairs pairs--justified"><dt>{esc(ui.posts_label.rstrip(" :"))}</dt><dd>{_num(ui, _count(e.author))}</dd></dl>')
        posts.append(f"""<article class="message message--post js-post js-inlineModContainer {'is-first ' if e.n == 0 else ''}" data-author="{name}" data-content="post-{e.pid}" id="js-post-{e.pid}" itemscope itemtype="https://schema.org/{'DiscussionForumPosting' if e.n == 0 else 'Comment'}">
<span class="u-anchorTarget" id="post-{e.pid}"></span>
<div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar "><div class="message-avatar-wrapper">{avatar}</div></div> <div class="message-userDetails">
<h4 class="message-name"><a href="{member(e.author)}" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip" itemprop="name">{name}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{esc(_rank(ui, e.author))}</h5></div> <div class="message-userExtras">
{extras}</div> <span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline ">
<li class="u-concealed"><a href="{tslug}/post-{e.pid}" rel="nofollow">{xtime(e.when, ' itemprop="datePublished"')}</a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list ">
<li><a href="{tslug}/post-{e.pid}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/{e.pid}/share" aria-label="{esc(ui.share)}" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
<li><a href="{tslug}/post-{e.pid}" rel="nofollow">#{e.n + 1}</a></li></ul></header> <div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{e.pid}" data-lb-caption-desc="{name} &middot; {esc(ui.date(e.when))}">
<article class="message-body js-selectToQuote"><div itemprop="text"> <div class="bbWrapper">{quote}{_lines(e.paras)}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div> <footer class="message-footer"><div class="message-actionBar actionBar">
<div class="actionBar-set actionBar-set--external">
<a href="/posts/{e.pid}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-init="reaction" data-reaction-id="1" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>{esc(ui.like)}</bdi></span></a>
<a href="{tslug}/reply?quote={e.pid}" class="actionBar-action actionBar-action--reply" data-xf-click="quote" data-quote-href="/posts/{e.pid}/quote" rel="nofollow">{esc(ui.reply)}</a></div>
<div class="actionBar-set actionBar-set--internal">
<a href="/posts/{e.pid}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">{esc(ui.report)}</a></div></div> {reactions}
<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div>
</article>""")
    nav = "\n".join(f'<li><div class="p-navEl " ><a href="/forums/{_slug(s) or i}.{10 + i}/" class="p-navEl-link " data-nav-id="sec{i}">{esc(s)}</a></div></li>'
                    for i, s in enumerate(sec))
    similar = "\n".join(f"""<li class="block-row"> <div class="contentRow"><div class="contentRow-main contentRow-main--close">
<a href="/threads/{_slug(h) or 'thread'}.{tid - 13 * (i + 1)}/">{esc(h)}</a>
<div class="contentRow-minor contentRow-minor--smaller"><ul class="listInline listInline--bullet"><li>{esc(_w(ui, 'replies'))}: {1 + 4 * i}</li><li>{esc(sec[i % 4])}</li></ul></div></div></div>
</li>""" for i, h in enumerate(_wl(ui, "headlines")))
    foot = "\n".join(f'<li><a href="/help/{_slug(x) or i}/">{esc(x)}</a></li>' for i, x in enumerate(_wl(ui, "footer")))
    first = es[0]
    body = f"""<div class="p-pageWrapper" id="top"> <header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/default/xenforo/xenforo-logo.png" alt="{esc(thread.site)}" width="100" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"> <ul class="p-nav-list js-offCanvasNavSource">
<li><div class="p-navEl is-selected" data-has-children="true"><a href="/forums/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="forums">{esc(_w(ui, 'forum'))}</a></div></li>
{nav}</ul></div></div> <div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">{esc(ui.login)}</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">{esc(_w(ui, 'register'))}</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"> <ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/" itemprop="item"><span itemprop="name">{esc(_w(ui, 'forum'))}</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/{_slug(sec[1]) or 'local'}.11/" itemprop="item"><span itemprop="name">{esc(sec[1])}</span></a><meta itemprop="position" content="2"></li></ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{esc(thread.title)}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="{esc(_w(ui, 'starter'))}"></i><span class="u-srOnly">{esc(_w(ui, 'starter'))}</span> <a href="{member(first.author)}" class="username  u-concealed" dir="auto" data-user-id="{_uid(first.author)}" data-xf-init="member-tooltip">{esc(first.author)}</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="{esc(_w(ui, 'start_date'))}"></i><span class="u-srOnly">{esc(_w(ui, 'start_date'))}</span> <a href="{tslug}/" class="u-concealed">{xtime(first.when)}</a></li></ul></div></div>
<div class="p-body-main p-body-main--withSidebar"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-{tid}" data-lb-universal="0">
<div class="block-body js-replyNewMessageContainer"> {chr(10).join(posts)}</div></div></div>
<div class="blockMessage blockMessage--alt"><a href="/login/" data-xf-click="overlay">{esc(ui.login)}</a></div>
<div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span class="shareButtons-label">{esc(ui.share)}:</span></div></div></div>
<div class="p-body-sidebar"><div class="block" data-widget-section="similarThreads" data-widget-id="12" data-widget-key="xfes_thread_view_sidebar_similar_threads">
<div class="block-container"><h3 class="block-minorHeader">{esc(_w(ui, 'related'))}</h3> <ul class="block-body">
{similar}</ul></div></div></div></div></div></div> <footer class="p-footer" id="footer"><div class="p-footer-inner">
<div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList"> {foot}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-{thread.published.year} XenForo Ltd.</span></a></div>
<div class="p-footer-copyright">© {thread.published.year} {esc(thread.site)}</div></div></footer>
</div>"""
    return _page(ui, f"{thread.title} | {thread.site}", body, meta=(
        'name="apple-mobile-web-app-title" content="Forum"', *_og(thread, f"https://forum.example{tslug}/")),
        html_attrs=(' id="XF" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-11" '
                    f'data-content-key="thread-{tid}" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"'),
        body_attrs=' data-template="thread_view"')


def discourse_crawler(thread: Thread, ui: UI) -> str:
    """Discourse 3, crawler view."""
    es, tid, sec = _entries(thread), _tid(thread), _wl(ui, "sections")
    base = "https://discuss.example"
    url = f"{base}/t/{_slug(thread.title) or 'topic'}/{tid}"
    posts = []
    for e in es:
        user = urlquote(e.author.replace(" ", "_"))
        quote = ""
        if e.parent is not None:
            q = es[e.parent]
            quote = f"""<aside class="quote no-group" data-username="{esc(q.author)}" data-post="{q.n + 1}" data-topic="{tid}">
<div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="{base}/user_avatar/discuss.example/{urlquote(q.author.replace(' ', '_'))}/48/{_uid(q.author)}_2.png" class="avatar"> {esc(q.author)}:</div>
<blockquote><p>{esc(q.paras[0])}</p></blockquote></aside>
"""
        scope = "" if e.n == 0 else " itemprop='comment' itemscope itemtype='http://schema.org/Comment'"
        likes = ""
        if e.likes:
            likes = f"""<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/> <meta itemprop="userInteractionCount" content="{e.likes}" />
<span class='post-likes'>{e.likes} {esc(ui.like)}{'s' if ui.lang == 'en' and e.likes > 1 else ''}</span>
</div>"""
        posts.append(f"""<div id='post_{e.n + 1}'{scope} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href='{base}/u/{user}'><span itemprop='name'>{esc(e.author)}</span></a></span>
<link itemprop="mainEntityOfPage" href="{url}">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='{iso(e.when, "Z")}' class='post-time'>
{esc(_date(ui, e.when, "discourse"))}</time>
<meta itemprop='dateModified' content='{iso(e.when, "Z")}'> <span itemprop='position'>{e.n + 1}</span></span></div> <div class='post' itemprop='text'>
{quote}{_ps(e.paras)}</div> {likes}
</div>""")
    header_links = "\n".join(f'<li class="headerLink"><a href="/c/{_slug(s) or i}/{5 + i}" title="{esc(s)}">{esc(s)}</a></li>'
                             for i, s in enumerate(sec))
    rows = "\n".join(f"""<tr class="topic-list-item" id="topic-list-item-{tid - 9 * (i + 1)}">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'> <meta itemprop='position' content='{i + 1}'>
<span class="link-top-line"><a itemprop='url' href='{base}/t/{_slug(h) or 'topic'}/{tid - 9 * (i + 1)}' class='title raw-link raw-topic-link'>{esc(h)}</a></span>
<div class="link-bottom-line"><a href='/c/{_slug(sec[i % 4]) or i}/{5 + i % 4}' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0088CC'></span><span class='badge-category clear-badge'><span class='category-name'>{esc(sec[i % 4])}</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>{4 + 3 * i}</span></td>
<td class="views"><span class='views' title='views'>{120 + 61 * i}</span></td>
<td>{esc(ui.date(thread.published - timedelta(days=2 + 5 * i), "short"))}</td>
</tr>""" for i, h in enumerate(_wl(ui, "headlines")))
    foot = "\n".join(f"<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/{_slug(x) or i}' itemprop=\"url\">{esc(x)} </a></span></li>"
                     for i, x in enumerate([_w(ui, "home")] + _wl(ui, "footer")))
    body = f"""<header class="d-header"> <div class="wrap"><div class="contents">
<div class="header-buttons"><a href="/login" class="btn btn-primary btn-small login-button">{esc(ui.login)}</a></div>
<div class="title"><a href="/"><img src="{base}/uploads/default/original/1X/logo.png" alt="{esc(thread.site)}" id="site-logo" class="logo-big"></a></div>
<ul class="custom-header-links"> {header_links}</ul></div></div></header> <div id="main-outlet" class="wrap" role="main"><div id="topic-title">
<h1><a href="{url}">{esc(thread.title)}</a></h1> <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/{_slug(sec[1]) or 'local'}/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #25AAE2'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>{esc(sec[1])}</span></span></a>
<meta itemprop="position" content="1" /></span></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='{esc(thread.title, quote=True)}'>
<link itemprop='url' href='{url}'> <meta itemprop='datePublished' content='{iso(thread.published, "Z")}'>
<meta itemprop='articleSection' content='{esc(sec[1], quote=True)}'> <meta itemprop='keywords' content=''>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='{esc(thread.site, quote=True)}'></div>
{chr(10).join(posts)}</div> <div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">{esc(_w(ui, 'related'))}</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'> <table class='topic-list'>
<thead><tr><th></th><th></th><th class="replies">{esc(_w(ui, 'replies'))}</th><th class="views">{esc(_w(ui, 'views'))}</th><th></th></tr></thead>
<tbody> {rows}</tbody></table></div></div></div> <footer class="container wrap"><nav class='crawler-nav'> <ul> {foot}</ul></nav>
<p class='powered-by-link'>{esc(_w(ui, 'powered', x='Discourse'))} · © {thread.published.year} {esc(thread.site)}</p>
</footer>"""
    return _page(ui, f"{thread.title} - {sec[1]} - {thread.site}", body, meta=(
        'name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0"',
        'name="theme-color" media="all" content="#ffffff"', *_og(thread, url)),
        head_extra=f'<link rel="canonical" href="{url}" />', body_attrs=' class="crawler "')


def smf2(thread: Thread, ui: UI) -> str:
    """Simple Machines Forum 2.1, Curve2."""
    es, tid, sec = _entries(thread), _tid(thread), _wl(ui, "sections")
    idx = "https://forum.example/index.php"
    posts = []
    for e in es:
        uid = _uid(e.author)
        quote = ""
        if e.parent is not None:
            q = es[e.parent]
            cite = _w(ui, "quote_from", x=q.author, d=_date(ui, q.when, "smf"))
            quote = (f'<blockquote class="bbc_standard_quote"><cite><a href="{idx}?topic={tid}.msg{q.pid}#msg{q.pid}">{esc(cite)}</a></cite>'
                     f'{esc(q.paras[0])}<br></blockquote>')
        subject = thread.title if e.n == 0 else f"Re: {thread.title}"
        link_title = subject if e.n == 0 else f"{_w(ui, 'reply_n', n=e.n)} - {subject}"
        avatar = "" if seed(e.author) % 3 == 0 else f'<li class="avatar"><a href="{idx}?action=profile;u={uid}"><img class="avatar" src="https://forum.example/custom_avatar/avatar_{uid}_1690000000.png" alt=""></a></li>'
        posts.append(f"""<div class="windowbg" id="msg{e.pid}"> <div class="post_wrapper"><div class="poster">
<h4><span class="off" title="Offline"></span><a href="{idx}?action=profile;u={uid}" title="{esc(_w(ui, 'profile_of', x=e.author))}">{esc(e.author)}</a></h4>
<ul class="user_info"> {avatar}
<li class="icons"><img src="https://forum.example/Themes/default/images/membericons/icon.png" alt="*"></li>
<li class="postgroup">{esc(_rank(ui, e.author))}</li> <li class="postcount">{esc(ui.posts_label)} {_num(ui, _count(e.author))}</li>
<li class="poster_ip">{esc(ui.joined_label)} {esc(_date(ui, _joined(e.author), 'smf'))}</li></ul></div> <div class="postarea"><div class="keyinfo">
<div id="subject_{e.pid}" class="subject_title subject_hidden"><a href="{idx}?msg={e.pid}">{esc(subject)}</a></div>
<span class="page_number floatright">#{e.n}</span>
<div class="postinfo">
<span class="messageicon"  style="position: absolute; z-index: -1;"><img src="https://forum.example/Themes/default/images/post/xx.png" alt=""></span>
<a href="{idx}?topic={tid}.msg{e.pid}#msg{e.pid}" title="{esc(link_title)}" class="smalltext">{esc(_date(ui, e.when, 'smf'))}</a>
<span class="spacer"></span>
<span class="smalltext modified floatright" id="modified_{e.pid}"></span></div> <div id="msg_{e.pid}_quick_mod"></div></div>
<div class="post"><div class="inner" data-msgid="{e.pid}" id="msg_{e.pid}">{quote}{_lines(e.paras)}</div></div>
<div class="under_message"><ul class="floatleft"></ul></div> <div class="post_controls">
<div class="smflikebutton" id="msg_{e.pid}_likes"><ul class="floatleft"><li class="smflikebutton"><a href="{idx}?action=likes;ltype=msg;sa=like;like={e.pid}" class="msg_like"><span class="main_icons like"></span> {esc(ui.like)}</a></li>{f'<li class="like_count smalltext">{e.likes} {esc(ui.like)}</li>' if e.likes else ''}</ul></div>
<div><ul class="quickbuttons">
<li><a href="{idx}?action=post;quote={e.pid};topic={tid}.0" onclick="return oQuickReply.quote({e.pid});"><span class="main_icons quote"></span>{esc(_w(ui, 'quote'))}</a></li>
<li class="report"><a href="{idx}?action=reporttm;topic={tid}.0;msg={e.pid}"><span class="main_icons error"></span>{esc(ui.report)}</a></li></ul></div></div></div>
<div class="moderatorbar"></div></div></div>
<hr class="post_separator">""")
    menu = "\n".join(f'<li class="button_sec{i}"><a href="{idx}#c{i + 2}"><span class="main_icons boards"></span><span class="textmenu">{esc(s)}</span></a></li>'
                     for i, s in enumerate(sec))
    recent = "\n".join(f'<li><a href="{idx}?topic={tid - 17 * (i + 1)}.0">{esc(h)}</a> <span class="smalltext">{esc(sec[i % 5])}</span></li>'
                       for i, h in enumerate(_wl(ui, "headlines")))
    foot = " | ".join(f'<a href="{idx}?action={_slug(x) or i}">{esc(x)}</a>' for i, x in enumerate(_wl(ui, "footer")))
    started = _w(ui, "started_by", x=thread.author, d=_date(ui, thread.published, "smf"))
    buttons = f'<div class="buttonlist floatright"><a class="button button_strip_reply active" href="{idx}?action=post;topic={tid}.0"><span class="main_icons reply"></span>{esc(ui.reply)}</a></div>'
    body = f"""<div id="footerfix"> <div id="top_section"><div class="inner_wrap">
<ul class="floatleft" id="top_info"><li class="welcome"><strong>{esc(thread.site)}</strong></li>
<li class="button_login"><a href="{idx}?action=login" class="open" onclick="return reqOverlayDiv(this.href, '', 'login');"><span class="main_icons login"></span><span class="textmenu">{esc(ui.login)}</span></a></li>
<li class="button_signup"><a href="{idx}?action=signup" class="open"><span class="main_icons regcenter"></span><span class="textmenu">{esc(_w(ui, 'register'))}</span></a></li></ul>
<form id="search_form" class="floatright" action="{idx}?action=search2" method="post" accept-charset="UTF-8"><input type="search" name="search" value="">&nbsp;<button class="button">{esc(_w(ui, 'search'))}</button><input type="hidden" name="sa" value="topic"><input type="hidden" name="sd_topic" value="{tid}"></form></div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="{idx}">{esc(thread.site)}</a></h1><img id="smflogo" src="https://forum.example/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum"></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section">
<div id="main_menu"><div id="mobile_user_menu" class="popup_container"><div class="popup_window description"> <ul class="dropmenu menu_nav">
<li class="button_home"><a class="active" href="{idx}"><span class="main_icons home"></span><span class="textmenu">{esc(_w(ui, 'home'))}</span></a></li>
{menu}</ul></div></div></div> <div class="navigate_section"><ul> <li><a href="{idx}"><span>{esc(thread.site)}</span></a></li>
<li><span class="dividers"> &#9658; </span><a href="{idx}#c3"><span>{esc(sec[1])}</span></a></li>
<li class="last"><span class="dividers"> &#9658; </span><a href="{idx}?topic={tid}.0"><span>{esc(thread.title)}</span></a></li></ul></div></div></div>
<div id="content_section"><div id="main_content_section">
<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">{esc(thread.title)}</span></h2> <p>{esc(started)}</p>
<span class="nextlinks floatright">{esc(_w(ui, 'read_times', n=140 + tid % 900))}</span></div>
<div class="pagesection top">{buttons}<div class="pagelinks floatleft"><a href="#bot" class="button">&#9660;</a> <span class="pages">{esc(_w(ui, 'page', a=1, b=1))}</span></div></div>
<div id="forumposts"> <form action="{idx}?action=quickmod2;topic={tid}.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm">
{chr(10).join(posts)}</form></div> <a id="lastPost"></a>
<div class="pagesection">{buttons}<div class="pagelinks floatleft"><a href="#main_content_section" class="button" id="bot">&#9650;</a></div></div>
<div class="noticebox"><a href="{idx}?action=login">{esc(ui.login)}</a></div>
<div class="roundframe" id="recent_topics"><div class="title_bar"><h3 class="titlebg">{esc(_w(ui, 'related'))}</h3></div> <ul class="recent_posts">
{recent}</ul></div></div></div></div></div> <div id="footer"><div class="inner_wrap">
<ul><li class="floatright">{foot} | <a href="#top_section">{esc(_w(ui, 'top'))} &#9650;</a></li>
<li class="copyright"><a href="{idx}?action=credits" title="License" class="new_win">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" class="new_win">Simple Machines</a></li>
<li>© {thread.published.year} {esc(thread.site)}. {esc(_w(ui, 'rights'))}</li></ul>
</div></div>"""
    return _page(ui, thread.title, body, meta=(
        f'name="description" content="{esc(thread.title, quote=True)}"', 'name="robots" content="noindex"',
        'name="theme-color" content="#557EA0"', *_og(thread, f"{idx}?topic={tid}.0")[1:]),
        head_extra=f'<link rel="stylesheet" href="https://forum.example/Themes/default/css/index.css?smf214_1699999999">\n<link rel="canonical" href="{idx}?topic={tid}.0">',
        body_attrs=' id="chrome" class="action_display board_4"')


def invision4(thread: Thread, ui: UI) -> str:
    """Invision Community 4.7."""
    es, tid, sec = _entries(thread), _tid(thread), _wl(ui, "sections")
    base = "https://community.example"
    turl = f"{base}/topic/{tid}-{_slug(thread.title) or 'topic'}/"

    def profile(name: str) -> str:
        return f"{base}/profile/{_uid(name)}-{_slug(name) or 'member'}/"

    def itime(d: datetime) -> str:
        return (f"<time datetime='{iso(d, 'Z')}' title='{esc(ui.date(d, 'numeric'), quote=True)}' "
                f"data-short='{esc(ui.ago_text(saved_at(thread, 190), d))}'>{esc(_date(ui, d, 'day'))}</time>")

    posts = []
    for e in es:
        uid, name, prof = _uid(e.author), esc(e.author), profile(e.author)
        photo = (f'<a href="{prof}" rel="nofollow" data-ipsHover data-ipsHover-width="370" data-ipsHover-target="{prof}?do=hovercard" '
                 f'class="ipsUserPhoto ipsUserPhoto_{{size}}" title="{esc(e.author)}"><img src="{base}/uploads/monthly_2023_0{1 + uid % 9}/{uid}.thumb.png" alt="{name}" loading="lazy"></a>')
        quote = ""
        if e.parent is not None:
            q = es[e.parent]
            quote = (f'<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic" '
                     f'data-ipsquote-contentcommentid="{q.pid}" data-ipsquote-contentid="{tid}" data-ipsquote-contenttype="forums" '
                     f'data-ipsquote-timestamp="{int(q.when.timestamp())}" data-ipsquote-userid="{_uid(q.author)}" data-ipsquote-username="{esc(q.author)}">'
                     f'<div class="ipsQuote_citation">{esc(_w(ui, "on_said", d=ui.date(q.when, "numeric"), x=q.author))}</div>'
                     f'<div class="ipsQuote_contents ipsClearfix"><p>{esc(q.paras[0])}</p></div></blockquote>\n')
        react = ""
        if e.likes:
            react = (f'<ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span data-ipsTooltip title="{esc(ui.like)}">'
                     f'<span><img src="{base}/uploads/reactions/react_like.png" alt="{esc(ui.like)}" loading="lazy"></span><span>{e.likes}</span></span></li></ul>')
        posts.append(f"""<a id="comment-{e.pid}"></a>
<article id="elComment_{e.pid}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<div class="cAuthorPane_mobile ipsResponsive_showPhone">
<div class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap">{photo.replace('{size}', 'small')}</div></div>
<div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a href="{prof}" class="ipsType_break">{name}</a></h3>
<div class="ipsType_light ipsType_reset"><a href="{turl}?do=findComment&amp;comment={e.pid}" rel="nofollow" class="ipsType_blendLinks">{itime(e.when)}</a></div></div></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="{prof}" class="ipsType_break">{name}</a></strong> <span class="ipsMargin_left:half"></span></h3>
<ul class="cAuthorPane_info ipsList_reset">
<li data-role="photo" class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap">{photo.replace('{size}', 'large')}</div></li>
<li data-role="group">{esc(_w(ui, 'members'))}</li>
<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats">
<li><a href="{prof}content/" title="{esc(ui.posts_label)} {_count(e.author)}" class="ipsType_blendLinks"><i class="fa fa-comment"></i> {_num(ui, _count(e.author))}</a></li></ul></li>
<li data-role="custom-field" class="ipsResponsive_hidePhone ipsType_break">{esc(ui.joined_label)} {esc(_date(ui, _joined(e.author), 'day'))}</li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none">
<div id="comment-{e.pid}_wrap" data-controller="core.front.core.comment" data-commentApp="forums" data-commentType="forums" data-commentID="{e.pid}" data-quoteData='{{"userid":{uid},"username":"{esc(e.author)}","timestamp":{int(e.when.timestamp())},"contentapp":"forums","contenttype":"forums","contentid":{tid},"contentclass":"forums_Topic","contentcommentid":{e.pid}}}' class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
<div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_reset ipsComment_tools"><li><a href="{turl}?do=findComment&amp;comment={e.pid}" data-ipsTooltip title="{esc(ui.share)}" id="elSharePost_{e.pid}" data-role="shareComment"><i class="fa fa-share-alt"></i></a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone"><a href="{turl}?do=findComment&amp;comment={e.pid}" rel="nofollow" class="ipsType_blendLinks">{esc(_w(ui, 'posted'))} {itime(e.when)}</a></div></div>
<div class="cPost_contentWrap">
<div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">
{quote}{_ps(e.paras)}</div> <div class="ipsItemControls">
<div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix "><div class="ipsReact ipsPos_right">
<div class="ipsReact_blurb" data-role="reactionBlurb">{react}</div>
<div class="ipsReact_types"><a href="{turl}?do=reactComment&amp;comment={e.pid}&amp;reaction=1" class="ipsReact_reaction" data-role="reaction"><span>{esc(ui.like)}</span></a></div></div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls">
<li data-ipsQuote-editor="topic_comment" data-ipsQuote-target="#comment-{e.pid}" class="ipsJS_show"><a href="#" data-action="quoteComment" data-ipsQuote-singleQuote>{esc(_w(ui, 'quote'))}</a></li>
<li><a href="{turl}?do=reportComment&amp;comment={e.pid}" data-action="reportComment" title="{esc(ui.report)}">{esc(ui.report)}</a></li></ul></div></div></div></div>
</article>""")
    nav = "\n".join(f'<li id="elNavSecondary_{i + 2}" data-role="navBarItem" data-navApp="forums" data-navExt="Forums"><a href="{base}/forum/{5 + i}-{_slug(s) or i}/" data-navItem-id="{i + 2}">{esc(s)}<span class="ipsNavBar_active__identifier"></span></a></li>'
                    for i, s in enumerate(sec))
    widget = "\n".join(f"""<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="{base}/topic/{tid - 19 * (i + 1)}-{_slug(h) or 't'}/" class="ipsDataItem_title ipsType_break">{esc(h)}</a><br>
<span class="ipsType_light ipsType_small">{esc(sec[i % 4])} · {esc(ui.date(thread.published - timedelta(days=3 + 2 * i), 'short'))}</span></div></li>""" for i, h in enumerate(_wl(ui, "headlines")))
    foot = "\n".join(f'<li><a href="{base}/{_slug(x) or i}/">{esc(x)}</a></li>' for i, x in enumerate(_wl(ui, "footer")))
    first = es[0]
    body = f"""<a href="#ipsLayout_mainArea" class="ipsHide" accesskey="m">↓</a>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container">
<a href="{base}/" id="elSiteTitle" accesskey="1">{esc(thread.site)}</a>
<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
<li id="elSignInLink"><a href="{base}/login/" data-ipsMenu-closeOnClick="false" data-ipsMenu id="elUserSignIn">{esc(ui.login)} &nbsp;<i class="fa fa-caret-down"></i></a></li>
<li><a href="{base}/register/" id="elRegisterButton" class="ipsButton ipsButton_normal ipsButton_primary">{esc(_w(ui, 'register'))}</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop">
<div class="ipsNavBar_primary ipsLayout_container ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix">
<li class="ipsNavBar_active" data-active id="elNavSecondary_1" data-role="navBarItem" data-navApp="forums" data-navExt="Forums"><a href="{base}/"  data-navItem-id="1" data-navDefault>{esc(_w(ui, 'forum'))}<span class="ipsNavBar_active__identifier"></span></a></li>
{nav}</ul></div></nav></div> <main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">
<li><a href="{base}/"><span>{esc(_w(ui, 'home'))} <i class="fa fa-angle-right"></i></span></a></li>
<li><a href="{base}/forum/6-{_slug(sec[1]) or 'local'}/"><span>{esc(sec[1])} <i class="fa fa-angle-right"></i></span></a></li>
<li>{esc(thread.title)}</li></ul></nav>
<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>{esc(thread.title)}</span></span></h1></div></div>
<hr class="ipsHr"> <div class="ipsPageHeader__meta"><div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix">
<div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">{esc(ui.by)} <strong><a href="{profile(first.author)}" class="ipsType_break">{esc(first.author)}</a></strong>, </span><span class="ipsType_light">{itime(first.when)} · <a href="{base}/forum/6-{_slug(sec[1]) or 'local'}/">{esc(sec[1])}</a></span></p></div></div></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both ipsResponsive_hidePhone"><li><a href="#replyForm" rel="nofollow" class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth" data-action="replyToTopic">{esc(ui.reply)}</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-autoPoll data-baseURL="{turl}" data-lastPage data-feedID="topic-{tid}" class="cTopic ipsClear ipsSpacer_top">
<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_reset">
<form action="{turl}?csrfKey=0&amp;do=multimodComment" method="post" data-ipsPageAction data-role="moderationTools">
{chr(10).join(posts)}</form></div></div> <a id="replyForm"></a>
<div data-role="replyArea" class="cTopicPostArea ipsBox ipsResponsive_pull ipsPadding cTopicPostArea_noSize ipsSpacer_top"><div class="ipsType_center ipsPad cGuestTeaser"><h2 class="ipsType_pageTitle">{esc(ui.login)}</h2>
<a href="{base}/login/" class="ipsButton ipsButton_primary ipsButton_small">{esc(ui.login)}</a></div></div></div>
<div id="ipsLayout_sidebar" class="ipsLayout_sidebarright " data-controller="core.front.widgets.sidebar">
<div class="ipsWidget ipsWidget_vertical ipsBox" data-blockID="app_forums_topicFeed_x1"><h3 class="ipsType_reset ipsWidget_title">{esc(_w(ui, 'related'))}</h3>
<div class="ipsWidget_inner"><ul class="ipsDataList ipsDataList_reducedSpacing"> {widget}</ul></div></div></div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container">
<ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks"> {foot}</ul>
<p id="elCopyright"><span id="elCopyright_userLine">Copyright © {thread.published.year} {esc(thread.site)}</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">{esc(_w(ui, 'powered', x='Invision Community'))}</a></p>
</div></footer>"""
    return _page(ui, f"{thread.title} - {sec[1]} - {thread.site}", body, meta=(
        'name="twitter:card" content="summary_large_image"', *_og(thread, turl)),
        head_extra=f'<link rel="canonical" href="{turl}">',
        html_attrs=' dir="ltr"',
        body_attrs=f' class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-message="" data-pageApp="forums" data-pageLocation="front" data-pageModule="forums" data-pageController="topic" data-pageID="{tid}"')


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def old_reddit(thread: Thread, ui: UI) -> str:
    """old Reddit (old.reddit.com comment page): replies nest in .child, relative times."""
    tid, now, kids = _tid(thread), saved_at(thread, 190), replies_by_parent(thread)
    sub = _slug(thread.site).replace("-", "") or f"gorod{thread.lang}"
    link_id = _b36(60_000_000 + tid * 37)
    perma = f"https://old.reddit.com/r/{sub}/comments/{link_id}/{(_slug(thread.title) or 'post').replace('-', '_')[:50]}/"
    cids = [_b36(1_600_000_000 + tid * 1000 + 17 * i + seed(p.author) % 13) for i, p in enumerate(thread.posts)]

    def points(n: int) -> str:
        return esc(_w(ui, "point" if abs(n) == 1 else "points", n=n))

    def tagtime(d: datetime) -> str:
        title = d.strftime("%a %b ") + str(d.day) + d.strftime(" %H:%M:%S %Y UTC")
        return f'<time title="{title}" datetime="{iso(d)}" class="live-timestamp">{esc(ui.ago_text(now, d))}</time>'

    def thing(i: int) -> str:
        p, cid = thread.posts[i], cids[i]
        score = p.likes + 1
        child = "".join(thing(k) for k in kids.get(i, []))
        nkids = len(kids.get(i, []))
        parent_li = (f'<li><a href="#{cids[p.parent]}" data-event-action="parent" class="bylink" rel="nofollow">{esc(_w(ui, "parent"))}</a></li>'
                     if p.parent is not None else "")
        child_html = f'<div id="siteTable_t1_{cid}" class="sitetable listing">{child}</div>' if child else ""
        return f"""<div class=" thing id-t1_{cid} noncollapsed comment " id="thing_t1_{cid}" onclick="click_thing(this)" data-fullname="t1_{cid}" data-type="comment" data-gildings="0" data-subreddit="{sub}" data-subreddit-prefixed="r/{sub}" data-subreddit-fullname="t5_2qh{tid % 100}" data-subreddit-type="public" data-author="{esc(p.author)}" data-author-fullname="t2_{_b36(_uid(p.author) * 7919)}" data-replies="{nkids}" data-permalink="{perma[22:]}{cid}/">
<p class="parent"><a name="{cid}"></a></p>
<div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted">
<p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a href="https://old.reddit.com/user/{urlquote(p.author)}" class="author may-blank id-t2_{_b36(_uid(p.author) * 7919)}">{esc(p.author)}</a><span class="userattrs"></span> <span class="score dislikes" title="{score - 1}">{points(score - 1)}</span><span class="score unvoted" title="{score}">{points(score)}</span><span class="score likes" title="{score + 1}">{points(score + 1)}</span> {tagtime(thread.posted(p))}&#32;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">{esc(_w(ui, 'child' if nkids == 1 else 'children', n=nkids))}</a></p>
<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t1_{cid}"><input type="hidden" name="thing_id" value="t1_{cid}"><div class="usertext-body may-blank-within md-container "><div class="md">{_ps(p.paragraphs)}</div></div></form>
<ul class="flat-list buttons">
<li class="first"><a href="{perma}{cid}/" data-event-action="permalink" class="bylink" rel="nofollow">{esc(_w(ui, 'permalink'))}</a></li>
<li><a href="javascript:void(0)" class="embed-comment" data-comment="{perma}{cid}" data-media="www.redditmedia.com">{esc(_w(ui, 'embed'))}</a></li>
<li class="comment-save-button save-button login-required"><a href="javascript:void(0)">{esc(_w(ui, 'save'))}</a></li> {parent_li}
<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">{esc(ui.report.lower())}</a></li>
<li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" data-event-action="comment" onclick="return reply(this)">{esc(ui.reply.lower())}</a></li></ul>
<div class="reportform report-t1_{cid}"></div></div> <div class="child">{child_html}</div> <div class="clearleft"></div></div>
<div class="clearleft"></div>"""

    comments = "".join(thing(i) for i in kids.get(None, []))
    score = 40 + 9 * len(thread.posts) + tid % 50
    srs = ["popular", "all", "AskReddit", "news", "worldnews", "europe", "pics", "todayilearned", "science", "movies", "books"]
    srbar = "".join(f'<li>{"" if i == 0 else "<span class=separator>-</span>"}<a href="https://old.reddit.com/r/{s}/" class="choice">{s}</a></li>' for i, s in enumerate(srs))
    related = "\n".join(f'<li><a href="https://old.reddit.com/r/{sub}/comments/{_b36(59_000_000 + tid * 31 + i)}/">{esc(h)}</a></li>'
                        for i, h in enumerate(_wl(ui, "headlines")))
    foot = "".join(f'<li><a href="https://www.redditinc.com/{_slug(x) or i}" class="choice">{esc(x.lower())}</a></li>' for i, x in enumerate(_wl(ui, "footer")))
    n = len(thread.posts)
    submitted = esc(_w(ui, "submitted", t="{T}", x="{X}", r="{R}")).replace("{T}", tagtime(thread.published)).replace(
        "{X}", f'<a href="https://old.reddit.com/user/{urlquote(thread.author)}" class="author may-blank">{esc(thread.author)}</a>'
        '<span class="userattrs"></span>').replace("{R}", f'<a href="https://old.reddit.com/r/{sub}/" class="subreddit hover may-blank">r/{sub}</a>')
    body = f"""<div id="header" role="banner"> <a tabindex="1" href="#content" id="jumpToContent">↓</a>
<div id="sr-header-area"><div class="width-clip"><div class="sr-list"><ul class="flat-list sr-bar hover">{srbar}</ul></div></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname"><a href="https://old.reddit.com/r/{sub}/">{sub}</a></span>
<ul class="tabmenu "><li class="selected"><a href="{perma}" class="choice">{esc(ui.comments.lower())}</a></li></ul></div>
<div id="header-bottom-right"><span class="user"><a href="https://old.reddit.com/login" class="login-required login-link">{esc(ui.login)}</a></span></div></div>
<div class="side">
<div class="spacer"><form action="https://old.reddit.com/r/{sub}/search" id="search" role="search"><input type="text" name="q" placeholder="{esc(_w(ui, 'search').lower())}" tabindex="20"><input type="submit" value="" tabindex="22"></form></div>
<div class="spacer"><div class="linkinfo"><div class="date"><time datetime="{iso(thread.published)}">{thread.published:%d} {esc(ui.months[thread.published.month - 1][:3])} {thread.published.year}</time></div>
<div class="score"><span class="number">{score}</span>&#32;<span class="word">{points(score).split(' ', 1)[-1]}</span>&#32;(94%)</div></div></div>
<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/{sub}/" class="hover">{sub}</a></h1>
<div class="usertext-body may-blank-within md-container "><div class="md"><p>{esc(_w(ui, 'tagline', x=thread.site))}</p>
<h3>{esc(_w(ui, 'related'))}</h3> <ul> {related}</ul></div></div></div></div></div> <a name="content"></a>
<div class="content" role="main"><div class="spacer"> <div id="siteTable" class="sitetable linklisting">
<div class=" thing id-t3_{link_id} odd link self" id="thing_t3_{link_id}" data-fullname="t3_{link_id}" data-type="link" data-author="{esc(thread.author)}" data-subreddit="{sub}" data-comments-count="{n}" data-score="{score}" data-permalink="{perma[22:]}">
<p class="parent"></p><span class="rank"></span>
<div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="score dislikes" title="{score - 1}">{score - 1}</div><div class="score unvoted" title="{score}">{score}</div><div class="score likes" title="{score + 1}">{score + 1}</div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>
<a class="thumbnail invisible-when-pinned self may-blank " href="{perma}"></a>
<div class="entry unvoted"><div class="top-matter">
<p class="title"><a class="title may-blank " data-event-action="title" href="{perma}" tabindex="1">{esc(thread.title)}</a> <span class="domain">(<a href="https://old.reddit.com/r/{sub}/">self.{sub}</a>)</span></p>
<p class="tagline ">{submitted}</p>
<ul class="flat-list buttons">
<li class="first"><a href="{perma}" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">{n} {esc(ui.comments.lower())}</a></li>
<li class="share"><a class="post-sharing-button" href="javascript: void 0;">{esc(ui.share.lower())}</a></li>
<li class="link-save-button save-button login-required"><a href="#">{esc(_w(ui, 'save'))}</a></li>
<li><a href="javascript:void(0)" data-event-action="hide">{esc(_w(ui, 'hide'))}</a></li>
<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">{esc(ui.report.lower())}</a></li></ul></div>
<div class="expando"><form action="#" class="usertext warn-on-unload" id="form-t3_{link_id}"><input type="hidden" name="thing_id" value="t3_{link_id}"><div class="usertext-body may-blank-within md-container "><div class="md">{_ps(list(thread.article))}</div></div></form></div></div>
<div class="child"></div><div class="clearleft"></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">{esc(_w(ui, 'all_comments', n=n))}</span></div>
<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">{esc(_w(ui, 'sorted_by'))} </span><div class="dropdown lightdrop" onclick="open_menu(this)"><span class="selected">{esc(_w(ui, 'best'))}</span></div></div></div>
<div class="usertext cloneable warn-on-unload"><div class="login-required"><a href="https://old.reddit.com/login">{esc(ui.login)}</a></div></div>
<div class="sitetable nestedlisting" id="siteTable_t3_{link_id}">{comments}</div></div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="hover ">{foot}</ul></div></div>
<p class="bottommenu">&copy; {thread.published.year} reddit inc. {esc(_w(ui, 'rights'))}</p></div>"""
    return _page(ui, f"{thread.title} : {sub}", body, meta=(
        'name="keywords" content=" reddit, reddit.com, vote, comment, submit "', 'name="referrer" content="always"',
        *_og(thread, perma)),
        head_extra=f'<link rel="canonical" href="https://www.reddit.com{perma[22:]}">',
        html_attrs=' xml:lang="' + thread.lang + '"',
        body_attrs=' class="listing-page comments-page loggedout"')


def hacker_news(thread: Thread, ui: UI) -> str:
    """Hacker News item page."""
    tid, now, kids = _tid(thread), saved_at(thread, 190), replies_by_parent(thread)
    item = 39_000_000 + tid * 101
    ids = [item + 3 + 7 * i + seed(p.author) % 5 for i, p in enumerate(thread.posts)]
    goto = f"item%3Fid%3D{item}"
    nav = _wl(ui, "hn_nav")
    order = depth_first(kids)

    def size(i: int) -> int:
        return 1 + sum(size(k) for k in kids.get(i, []))

    def age(d: datetime, link: int) -> str:
        return f'<span class="age" title="{d:%Y-%m-%dT%H:%M:%S} {int(d.timestamp())}"><a href="item?id={link}">{esc(ui.ago_text(now, d))}</a></span>'

    rows = []
    for i in order:
        p, cid, depth = thread.posts[i], ids[i], thread.depth(i)
        paras = p.paragraphs
        text = esc(paras[0]) + "".join(f"<p>{esc(x)}</p>" for x in paras[1:])
        sib = kids[p.parent]
        k = sib.index(i)
        navs = [(ids[j], w) for j, w in ((p.parent, "parent"), (sib[k - 1] if k else None, "prev"),
                                          (sib[k + 1] if k + 1 < len(sib) else None, "next")) if j is not None]
        navs_html = "".join(f' | <a href="#{x}" class="clicky" aria-hidden="true">{esc(_w(ui, w))}</a>' for x, w in navs)
        rows.append(f"""<tr class="athing comtr" id="{cid}"><td><table border="0"><tr>
<td class="ind" indent="{depth}"><img src="s.gif" height="1" width="{40 * depth}"></td>
<td valign="top" class="votelinks"><center><a id="up_{cid}" href="vote?id={cid}&amp;how=up&amp;goto={goto}"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id={urlquote(p.author)}" class="hnuser">{esc(p.author)}</a> {age(thread.posted(p), cid)} <span id="unv_{cid}"></span><span class="navs">{navs_html} <a class="togg clicky" id="{cid}" n="{size(i)}" href="javascript:void(0)">[–]</a><span class="onstory"></span></span></span></div><br>
<div class="comment"><div class="commtext c00">{text}</div>
<div class="reply"><p><font size="1"><u><a href="reply?id={cid}&amp;goto={goto}%23{cid}" rel="nofollow">{esc(ui.reply.lower())}</a></u></font></p></div></div></td></tr></table></td></tr>""")
    points = 30 + 7 * len(thread.posts) + tid % 90
    n = len(thread.posts)
    pagetop = " | ".join(f'<a href="{x}">{esc(label)}</a>' for x, label in zip(
        ("newest", "front", "newcomments", "ask", "show", "jobs", "submit"), nav))
    toptext = esc(thread.article[0]) + "".join(f"<p>{esc(x)}</p>" for x in thread.article[1:])
    related = "\n".join(f"""<tr class="athing" id="{item - 500 - 13 * i}"><td align="right" valign="top" class="title"><span class="rank">{i + 1}.</span></td><td class="title"><span class="titleline"><a href="item?id={item - 500 - 13 * i}">{esc(h)}</a></span></td></tr>
<tr><td colspan="1"></td><td class="subtext"><span class="subline"><span class="score">{esc(_w(ui, 'points', n=12 + 9 * i))}</span> | <a href="item?id={item - 500 - 13 * i}">{3 + i}&nbsp;{esc(ui.comments.lower())}</a></span></td></tr>""" for i, h in enumerate(_wl(ui, "headlines")))
    foot = " | ".join(f'<a href="{_slug(x) or i}.html">{esc(x)}</a>' for i, x in enumerate(_wl(ui, "footer")))
    body = f"""<center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>
<td style="width:18px;padding-right:4px"><a href="news"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">{esc(thread.site)}</a></b>
{pagetop}</span></td>
<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto={goto}">{esc(ui.login)}</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="{esc(thread.title)}" style="height:10px"></tr> <tr><td> <table class="fatitem" border="0">
<tr class="athing submission" id="{item}"><td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_{item}" href="vote?id={item}&amp;how=up&amp;goto={goto}"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span class="titleline"><a href="item?id={item}">{esc(thread.title)}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_{item}">{esc(_w(ui, 'points', n=points))}</span> {esc(_w(ui, 'by'))} <a href="user?id={urlquote(thread.author)}" class="hnuser">{esc(thread.author)}</a> {age(thread.published, item)} <span id="unv_{item}"></span> | <a href="hide?id={item}&amp;goto={goto}">{esc(_w(ui, 'hide'))}</a> | <a href="https://hn.algolia.com/?query={urlquote(thread.title)}&amp;type=story">{esc(nav[1])}</a> | <a href="item?id={item}">{n}&nbsp;{esc(ui.comments.lower())}</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">{toptext}</div></td></tr> <tr style="height:10px"></tr>
<tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="{item}"><input type="hidden" name="goto" value="item?id={item}"><input type="hidden" name="hmac" value="{seed(thread.title):x}"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="{esc(_w(ui, 'add_comment'))}"></form></td></tr>
</table><br><br>
<table border="0" class="comment-tree"> {chr(10).join(rows)}</table>
<br><br>
<table border="0" cellpadding="0" cellspacing="0" class="itemlist"><tr><td colspan="2"><b>{esc(_w(ui, 'related'))}</b></td></tr>
{related}</table></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks">{foot}</span><br><br><form method="get" action="//hn.algolia.com/">{esc(_w(ui, 'search'))}: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="false"></form>
<p>© {thread.published.year} {esc(thread.site)}</p></center></td></tr>
</table></center>"""
    return _page(ui, f"{thread.title} | {thread.site}", body, meta=(
        'name="referrer" content="origin"', *_og(thread, f"item?id={item}")[:1]),
        head_extra='<link rel="stylesheet" type="text/css" href="news.css?Ej0PeEnh9XKfJ1Yv1YSm">\n<link rel="icon" href="y18.svg">',
        html_attrs=' op="item"')


def _mybb_date(ui: UI, d: datetime, now: datetime) -> str:
    """MyBB 1.8 relative dates: 'N minutes ago' within the hour, 'Today, 10:05 AM', 'Yesterday, ...',
    otherwise the board's 'm-d-Y, h:i A' format (a European format in the other languages)."""
    en = ui.lang == "en"
    full = f"{d:%m-%d-%Y, %I:%M %p}" if en else f"{d:%d.%m.%Y, %H:%M}"
    day, clock = (f"{d:%m-%d-%Y}", f"{d:%I:%M %p}") if en else (f"{d:%d.%m.%Y}", f"{d:%H:%M}")
    today, yesterday = _wl(ui, "mybb_days")
    if 0 <= (now - d).total_seconds() < 3600:
        return f'<span title="{full}">{esc(ui.ago_text(now, d))}</span>'
    if d.date() == now.date():
        return f'<span title="{day}">{esc(today)}</span>, {clock}'
    if d.date() == (now - timedelta(days=1)).date():
        return f'<span title="{day}">{esc(yesterday)}</span>, {clock}'
    return full


def mybb(thread: Thread, ui: UI) -> str:
    """MyBB 1.8 with its default theme, linear mode (showthread.php), as a guest sees it: classic
    postbit (avatar, stars, Posts/Threads/Joined/Reputation), relative dates, replies quoting the
    first paragraph of the post answered in MyBB's mycode_quote ('Name Wrote:'), an edit note."""
    es, tid, sec = _entries(thread), _tid(thread), _wl(ui, "sections")
    base = "https://forum.example"
    now = saved_at(thread, 35)
    stats = _wl(ui, "mybb_stats")
    subject = {e.n: thread.title if e.n == 0 else f"RE: {thread.title}" for e in es}

    def profile(name: str) -> str:
        return f"{base}/member.php?action=profile&amp;uid={_uid(name)}"

    posts = []
    for e in es:
        uid, name = _uid(e.author), esc(e.author)
        quote = ""
        if e.parent is not None:
            q = es[e.parent]
            quote = (f'<blockquote class="mycode_quote"><cite><span> ({_mybb_date(ui, q.when, now)})</span>{esc(q.author)} {esc(_w(ui, "mybb_wrote"))} '
                     f'<a href="{base}/showthread.php?pid={q.pid}#pid{q.pid}" class="quick_jump"></a></cite>{esc(q.paras[0])}</blockquote><br />\n')
        src = f"./uploads/avatars/avatar_{uid}.png?dateline={1500000000 + uid * 997}" if seed(e.author) % 3 else "images/default_avatar.png"
        avatar = (f'<div class="author_avatar"><a href="member.php?action=profile&amp;uid={uid}"><img src="{src}" alt="" width="55" height="55" /></a></div>')
        stars = '<img src="images/star.png" border="0" alt="*" />' * (1 + min(4, _count(e.author) // 400))
        rep = seed(e.author) % 23
        edited = ""
        if e.n == 0:
            d = e.when + timedelta(minutes=12)
            note = esc(_w(ui, "mybb_edited", d="{D}", x="{X}"))
            note = note.replace("{D}", _mybb_date(ui, d, now)).replace("{X}", f'<a href="{profile(e.author)}">{name}</a>')
            edited = f'<span class="edited_post">({note})</span>'
        joined = _joined(e.author)
        posts.append(f"""
<a name="pid{e.pid}" id="pid{e.pid}"></a>
<div class="post classic " style="" id="post_{e.pid}">
<div class="post_author scaleimages">
	{avatar}
	<div class="author_information">
			<strong><span class="largetext"><a href="{profile(e.author)}">{name}</a></span></strong> <img src="images/buddy_offline.png" title="{esc(_w(ui, 'mybb_offline'))}" alt="{esc(_w(ui, 'mybb_offline'))}" class="buddy_status" /><br />
			<span class="smalltext">
				{esc(_rank(ui, e.author))}<br />
				{stars}<br />
			</span>
	</div>
	<div class="author_statistics">
		<div class="author_wrapper"><div class="author_label">{esc(stats[0])}</div><div class="author_value">{_num(ui, _count(e.author))}</div></div>
		<div class="author_wrapper"><div class="author_label">{esc(stats[1])}</div><div class="author_value">{1 + _count(e.author) // 37}</div></div>
		<div class="author_wrapper"><div class="author_label">{esc(stats[2])}</div><div class="author_value">{esc(ui.months[joined.month - 1][:3])} {joined.year}</div></div>
		<div class="author_wrapper"><div class="author_label">{esc(stats[3])}</div><div class="author_value"><a href="reputation.php?uid={uid}"><strong class="reputation_{'positive' if rep else 'neutral'}">{rep}</strong></a></div></div>
	</div>
</div>
<div class="post_content">
	<div class="post_head">
		<div class="float_right" style="vertical-align: top">
<strong><a href="showthread.php?tid={tid}&amp;pid={e.pid}#pid{e.pid}" title="{esc(subject[e.n])}">#{e.n + 1}</a></strong>
</div>
		<span class="post_date">{_mybb_date(ui, e.when, now)} <span class="post_edit" id="edited_by_{e.pid}">{edited}</span></span>
	</div>
	<div class="post_body scaleimages" id="pid_{e.pid}">
		{quote}{_lines(e.paras, '<br />' + chr(10) + '<br />' + chr(10))}
	</div>
	<div class="post_meta" id="post_meta_{e.pid}"></div>
</div>
<div class="post_controls">
	<div class="postbit_buttons author_buttons float_left">
		<a href="search.php?action=finduser&amp;uid={uid}" class="postbit_find"><span>{esc(_w(ui, 'mybb_find'))}</span></a>
	</div>
	<div class="postbit_buttons post_management_buttons float_right">
		<a href="newreply.php?tid={tid}&amp;replyto={e.pid}" title="{esc(_w(ui, 'mybb_quote_title'))}" class="postbit_quote postbit_mirage"><span>{esc(ui.reply)}</span></a><a href="javascript:Thread.reportPost({e.pid});" title="{esc(_w(ui, 'mybb_report_title'))}" class="postbit_report"><span>{esc(ui.report)}</span></a>
	</div>
</div>
</div>""")
    top = _wl(ui, "mybb_top")
    top_links = "".join(f'<li><a href="{href}" class="{cls}">{esc(x)}</a></li>'
                        for href, cls, x in zip(("portal.php", "search.php", "memberlist.php", "calendar.php", "misc.php?action=help"),
                                                ("portal", "search", "memberlist", "calendar", "help"), top))
    login, register = _wl(ui, "mybb_login")
    nxt = _wl(ui, "mybb_next")
    search_thread = _wl(ui, "mybb_search_thread")
    cols = _wl(ui, "mybb_cols")
    related = "".join(f"""<tr>
<td align="center" class="trow{1 + k % 2}" width="2%">&nbsp;</td>
<td class="trow{1 + k % 2}"><a href="showthread.php?tid={tid - 7 * (k + 1)}">{esc(h)}</a></td>
<td align="center" class="trow{1 + k % 2}"><a href="{profile(thread.author)}">{esc(thread.author)}</a></td>
<td align="center" class="trow{1 + k % 2}"><a href="javascript:MyBB.whoPosted({tid - 7 * (k + 1)});">{2 + 3 * k}</a></td>
<td align="center" class="trow{1 + k % 2}">{_num(ui, 140 + 97 * k)}</td>
<td class="trow{1 + k % 2}" style="white-space: nowrap"><span class="smalltext">{_mybb_date(ui, thread.published - timedelta(days=3 + 4 * k), now)}<br /><a href="showthread.php?tid={tid - 7 * (k + 1)}&amp;action=lastpost">{esc(cols[4])}</a></span></td>
</tr>""" for k, h in enumerate(_wl(ui, "headlines")))
    foot = _wl(ui, "mybb_foot")
    foot_links = "".join(f'<li><a href="{href}">{esc(x)}</a></li>'
                         for href, x in zip(("contact.php", "#top", f"archive/index.php?thread-{tid}.html", "misc.php?action=markread",
                                             "misc.php?action=syndication"), foot))
    now_txt = f"{now:%m-%d-%Y, %I:%M %p}" if ui.lang == "en" else f"{now:%d.%m.%Y, %H:%M}"
    reply_btn = f'<a href="newreply.php?tid={tid}" class="button new_reply_button"><span>{esc(_w(ui, "mybb_post_reply"))}</span></a>'
    body = f"""<div id="container">
		<a name="top" id="top"></a>
		<div id="header">
			<div id="logo">
				<div class="wrapper">
					<a href="{base}/index.php"><img src="{base}/images/logo.png" alt="{esc(thread.site)}" title="{esc(thread.site)}" /></a>
					<ul class="menu top_links">{top_links}</ul>
				</div>
			</div>
			<div id="panel">
				<div class="upper">
					<div class="wrapper">
						<span class="welcome">{esc(_w(ui, 'mybb_hello'))} <a href="{base}/member.php?action=login" onclick="$('#quick_login').modal({{ fadeDuration: 250, keepelement: true, zIndex: (typeof modal_zindex !== 'undefined' ? modal_zindex : 9999) }}); return false;" class="login">{esc(login)}</a> <a href="{base}/member.php?action=register" class="register">{esc(register)}</a></span>
					</div>
				</div>
			</div>
		</div>
		<div id="content">
			<div class="wrapper">
<div class="navigation">
<a href="{base}/index.php">{esc(thread.site)}</a>
&rsaquo;
<a href="forumdisplay.php?fid=4">{esc(sec[1])}</a>
<br />
<img src="{base}/images/nav_bit.png" alt="" />
<span class="active">{esc(thread.title)}</span>
</div>
<br />
<div class="float_left">
<div class="pagination"><span class="pages">{esc(_w(ui, 'mybb_pages'))}</span><span class="pagination_current">1</span></div>
</div>
<div class="float_right">
	{reply_btn}&nbsp;
</div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">
	<tr>
		<td class="thead">
			<div style="float: right;">
				<span class="smalltext"><strong><a href="javascript:void(0)" id="thread_modes">{esc(_w(ui, 'mybb_modes'))}</a></strong></span>
			</div>
			<div>
				<strong>{esc(thread.title)}</strong>
			</div>
		</td>
	</tr>
<tr><td id="posts_container">
	<div id="posts">
		{''.join(posts)}
	</div>
</td></tr>
		<tr>
			<td class="tfoot">
				<div class="float_right">
					<form action="search.php" method="post">
						<input type="hidden" name="action" value="thread" />
						<input type="hidden" name="tid" value="{tid}" />
						<input type="text" name="keywords" value="{esc(search_thread[1])}" onfocus="if(this.value == '{esc(search_thread[1])}') {{ this.value = ''; }}" onblur="if(this.value=='') {{ this.value='{esc(search_thread[1])}'; }}" class="textbox" size="25" />
						<input type="submit" class="button" value="{esc(search_thread[0])}" />
					</form>
				</div>
				<div>
					<strong>&laquo; <a href="showthread.php?tid={tid}&amp;action=nextoldest">{esc(nxt[0])}</a> | <a href="showthread.php?tid={tid}&amp;action=nextnewest">{esc(nxt[1])}</a> &raquo;</strong>
				</div>
			</td>
		</tr>
	</table>
<div class="float_left">
<div class="pagination"><span class="pages">{esc(_w(ui, 'mybb_pages'))}</span><span class="pagination_current">1</span></div>
</div>
<div style="padding-top: 4px;" class="float_right">
	{reply_btn}
</div>
<br class="clear" />
<br />
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr>
<td class="thead" align="center" colspan="6"><strong>{esc(_w(ui, 'mybb_related'))}</strong></td>
</tr>
<tr>
<td class="tcat" align="center" colspan="2"><span class="smalltext"><strong>{esc(cols[0])}</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>{esc(cols[1])}</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>{esc(cols[2])}</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>{esc(cols[3])}</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>{esc(cols[4])}</strong></span></td>
</tr>
{related}
</table>
<br />
<div class="smalltext">{esc(_w(ui, 'mybb_browsing'))}</div>
<br />
			</div>
		</div>
<div id="footer">
	<div class="upper">
		<div class="wrapper">
			<ul class="menu bottom_links">{foot_links}</ul>
		</div>
	</div>
	<div class="lower">
		<div class="wrapper">
			<span id="current_time"><strong>{esc(_w(ui, 'mybb_now'))}</strong> {now_txt}</span>
			<span id="copyright">
				{esc(_w(ui, 'powered', x='MyBB'))}, &copy; 2002-{now.year} <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.
			</span>
		</div>
	</div>
</div>
	</div>"""
    return _page(ui, f"{thread.title}", body, meta=('http-equiv="Content-Type" content="text/html; charset=UTF-8"',
                                                   *_og(thread, f"{base}/showthread.php?tid={tid}")),
                 head_extra=(f'<link type="text/css" rel="stylesheet" href="{base}/cache/themes/theme1/global.css?t=1700000000" />\n'
                             f'<link rel="canonical" href="{base}/showthread.php?tid={tid}" />\n'
                             '<script type="text/javascript">\n<!--\n\tvar lang = {{ }};\n// -->\n</script>'),
                 html_attrs=' xml:lang="' + ui.lang + '" xmlns="http://www.w3.org/1999/xhtml"')


def vbulletin5(thread: Thread, ui: UI) -> str:
    """vBulletin 5 Connect (5.6), topic view: b-post list items with schema.org DiscussionForumPosting
    microdata, userinfo column (title, Join Date, Posts), Like/Quote/Comment/Report/Share controls.
    Replies to the opening post are posts; replies to those are vBulletin 5 post comments, listed
    flat in time order under the post they belong to (a comment cannot be answered itself)."""
    kids, tid, sec = replies_by_parent(thread), _tid(thread), _wl(ui, "sections")
    base = "https://forum.example"
    now = saved_at(thread, 3)
    turl = f"{base}/forum/{_slug(sec[1]) or 'local'}/{tid}-{_slug(thread.title) or 'topic'}"
    start = 40_000 + seed(thread.title) % 50_000
    info = _wl(ui, "vb5_userinfo")
    like, quote_w, comment_w, report_w, share_w = _wl(ui, "vb5_controls")
    cwords = _wl(ui, "vb5_comments")

    def nid(i: int | None) -> int:
        return start if i is None else start + 3 + 5 * i + seed(thread.posts[i].author) % 4

    def when(d: datetime) -> str:
        return f"{d:%m-%d-%Y, %I:%M %p}" if ui.lang == "en" else f"{d:%d.%m.%Y, %H:%M}"

    def member(name: str) -> str:
        return f"{base}/member/{_uid(name)}-{_slug(name) or 'member'}"

    def avatar(name: str, size: str) -> str:
        return (f'<a href="{member(name)}" class="b-avatar b-avatar--{size} b-avatar--thread"><img src="{base}/core/image.php?userid={_uid(name)}&amp;thumb=1&amp;dateline={1500000000 + _uid(name)}" '
                f'alt="{esc(name)}" title="{esc(name)}" /></a>')

    def controls(node: int, likes: int, n: int) -> str:
        return f"""<ul class="h-left js-post-controls b-comment__controls" role="menu">
<li class="h-left"><button type="button" class="b-button b-button--transparent js-post-control__vote b-post-control__vote h-left{' b-post-control__vote--voted' if likes else ''}" data-nodeid="{node}" data-votes="{likes}" title="{esc(like)}"><span class="b-icon b-icon__thumb-up--gray"></span><span class="b-post-control__label">{esc(like)}</span>{f' <span class="votecount">{likes}</span>' if likes else ''}</button></li>
<li class="h-left"><a href="{base}/node/{node}/quote" class="b-post-control js-post-control__quote h-left" data-postid="{node}" title="{esc(quote_w)}"><span class="b-icon b-icon__quote--gray"></span><span class="b-post-control__label">{esc(quote_w)}</span></a></li>
<li class="h-left"><button type="button" class="b-post-control js-post-control__comment h-left" data-postid="{node}" title="{esc(comment_w)}"><span class="b-icon b-icon__comment--gray"></span><span class="b-post-control__label">{esc(comment_w)}</span></button></li>
<li class="h-left"><button type="button" class="b-post-control js-post-control__flag h-left" data-postid="{node}" title="{esc(report_w)}"><span class="b-icon b-icon__flag--gray"></span><span class="b-post-control__label">{esc(report_w)}</span></button></li>
<li class="h-left"><button type="button" class="b-post-control js-post-control__share h-left" data-postid="{node}" title="{esc(share_w)}"><span class="b-icon b-icon__share--gray"></span><span class="b-post-control__label">{esc(share_w)}</span></button></li>
</ul><div class="b-post__count js-show-post-link"><a href="{turl}?p={node}#post{node}" class="b-post__count">#{n}</a></div>"""

    def comment(i: int) -> str:
        p = thread.posts[i]
        node, d = nid(i), thread.posted(p)
        return f"""<li class="b-comment js-comment-entry h-clearfix" data-node-id="{node}" data-node-publishdate="{int(d.timestamp())}" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<div class="b-comment__avatar">{avatar(p.author, 's')}</div>
<div class="b-comment__content">
<div class="b-comment__header"><span class="b-comment__author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="{member(p.author)}" data-vbnamecard="{_uid(p.author)}" itemprop="url"><span itemprop="name">{esc(p.author)}</span></a></span>
<span class="b-comment__date"><time itemprop="dateCreated" datetime="{iso(d, '')}">{when(d)}</time></span></div>
<div class="b-comment__body js-comment__body h-wordwrap" itemprop="text">{_lines(p.paragraphs, '<br />' + chr(10) + '<br />' + chr(10))}</div>
<div class="b-comment__footer"><ul class="b-comment__controls"><li><button type="button" class="b-button b-button--transparent js-post-control__vote b-post-control__vote" data-nodeid="{node}" data-votes="{p.likes}" title="{esc(like)}"><span class="b-icon b-icon__thumb-up--gray"></span><span class="b-post-control__label">{esc(like)}</span>{f' <span class="votecount">{p.likes}</span>' if p.likes else ''}</button></li>
<li><button type="button" class="b-post-control js-post-control__flag" data-postid="{node}" title="{esc(report_w)}"><span class="b-icon b-icon__flag--gray"></span></button></li></ul></div></div>
</li>"""

    def post(i: int | None, n: int) -> str:
        first = i is None
        author = thread.author if first else thread.posts[i].author
        paras = list(thread.article) if first else thread.posts[i].paragraphs
        d = thread.published if first else thread.posted(thread.posts[i])
        likes = 4 + 3 * len(thread.posts) if first else thread.posts[i].likes
        node = nid(i)
        joined = _joined(author)
        title = f'<h2 class="b-post__title js-post-title OLD__post-title">{esc(thread.title)}</h2>' if first else ""
        comments = ""
        if not first:
            under = replies_in_time(thread, kids, i)
            if under:
                label = cwords[1] if len(under) == 1 else cwords[0].format(n=len(under))
                comments = f"""<div class="b-comments js-comments h-margin-top-l" data-parentid="{node}">
<div class="b-comments__header h-clearfix"><span class="b-comments__count">{esc(label)}</span> <button type="button" class="b-button b-button--transparent js-comments__toggle">{esc(cwords[3])}</button></div>
<ul class="b-comments__list js-comment-entries">{''.join(comment(k) for k in under)}</ul>
<div class="b-comments__form js-comment-form h-hide"><textarea class="b-comments__textarea js-comment-text" placeholder="{esc(_w(ui, 'vb5_comment_box'))}"></textarea></div></div>"""
        kind = "DiscussionForumPosting" if first else "Comment"
        prop = "" if first else ' itemprop="comment"'
        return f"""<li data-node-id="{node}" data-node-publishdate="{int(d.timestamp())}" class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--text{' b-post--first js-post-starter' if first else ''} h-margin-bottom-xxl"{prop} itemscope itemtype="https://schema.org/{kind}" itemid="{turl}{'' if first else f'?p={node}#post{node}'}">
<meta itemprop="dateModified" content="{iso(d, '')}" />
<div class="b-post__arrow"></div>
<div class="b-post__grid">
<div class="b-post__grid-item b-userinfo b-post__userinfo" data-userid="{_uid(author)}" itemprop="author" itemscope itemtype="https://schema.org/Person">
{avatar(author, 'm')}
<div class="b-userinfo__details">
<div class="author h-text-size--14"><strong><a href="{member(author)}" title="{esc(author)}" data-vbnamecard="{_uid(author)}" itemprop="url"><span itemprop="name">{esc(author)}</span></a></strong></div>
<div class="usertitle">{esc(_rank(ui, author))}</div>
<div class="b-userinfo__rank"><img src="{base}/core/images/ranks/rank{1 + _count(author) // 1000}.png" alt="" /></div>
<ul class="b-userinfo__additional-info-block h-margin-top-xl">
<li class="b-userinfo__additional-info"><label>{esc(info[0])}</label> <span>{esc(ui.months[joined.month - 1][:3])} {joined.year}</span></li>
<li class="b-userinfo__additional-info"><label>{esc(info[1])}</label> <span>{_num(ui, _count(author))}</span></li></ul></div></div>
<div class="b-post__grid-item b-post__content js-post__content">
<hr class="b-divider--section" />
<div class="b-media"><div class="b-post__hide-when-deleted"><div class="b-post__timestamp"><time itemprop="dateCreated" datetime="{iso(d, '')}">{when(d)}</time></div></div></div>
<div class="js-post__content-wrapper"><div class="b-post__body">{title}
<div class="js-post__content-text restore h-wordwrap" itemprop="text">
{_lines(paras, '<br />' + chr(10) + '<br />' + chr(10))}
</div></div></div>
<div class="b-post__footer h-hide--on-preview h-clear h-padding-bottom-m h-margin-horiz-xl">{controls(node, likes, n)}</div>
{comments}
</div></div>
</li>"""

    tops = kids.get(None, [])
    entries = [post(None, 1)] + [post(i, k + 2) for k, i in enumerate(tops)]
    tabs = _wl(ui, "vb5_tabs")
    tab_html = "".join(f'<li class="section-item{" current" if k == 1 else ""}"><a class="h-left navbar_{_slug(t) or k}" href="{base}/{"" if k == 0 else _slug(t) or k}">{esc(t)}</a></li>'
                       for k, t in enumerate(tabs))
    sub_html = "".join(f'<li class="subnav-item"><a href="{base}/{_slug(t) or k}">{esc(t)}</a></li>' for k, t in enumerate(_wl(ui, "vb5_subtabs")))
    vtabs = _wl(ui, "vb5_view_tabs")
    filt = _wl(ui, "vb5_filter")
    page_of = _wl(ui, "vb5_page")
    prev, nxt = _wl(ui, "vb5_prevnext")
    login = _wl(ui, "vb5_login")
    rel_title, latest_title = _wl(ui, "vb5_related")
    heads = _wl(ui, "headlines")
    related = "".join(f'<li class="b-module__list-item"><a href="{base}/forum/{_slug(sec[1]) or "local"}/{tid - 9 * (k + 1)}-{_slug(h) or "topic"}" class="b-module__link">{esc(h)}</a>'
                      f'<div class="b-module__meta">{esc(_w(ui, "by"))} <a href="{member(thread.author)}">{esc(thread.author)}</a></div></li>' for k, h in enumerate(heads[:3]))
    latest = "".join(f'<li class="b-module__list-item"><a href="{base}/forum/{_slug(sec[k % 5]) or "local"}/{tid + 5 * (k + 1)}-{_slug(h) or "topic"}" class="b-module__link">{esc(h)}</a></li>'
                     for k, h in enumerate(heads[3:]))
    foot = _wl(ui, "vb5_foot")
    body = f"""<div id="wrapper" class="noselect">
<div id="header-axd" class="header-edit-box axdnum_1 h-clearfix">
<div class="toolbar"><ul class="h-right">
<li class="search-container"><form id="searchForm" action="{base}/search" class="h-left" method="GET"><div class="h-left"><div class="search-box h-clearfix"><label for="q" class="h-hide-imp">{esc(_w(ui, 'search'))}</label><input type="text" name="q" id="q" class="search-term b-form-input__input b-form-input__input--shadow" placeholder="{esc(_w(ui, 'search'))}" data-js-search="q" /><button type="submit" id="btnSearch" class="search-btn" title="{esc(_w(ui, 'search'))}"><span class="b-icon b-icon__search"></span></button></div></div></form></li>
<li id="idLoginBtn" data-login-enabled="true"><a href="{base}/login" class="b-button b-button--primary js-login-button">{esc(login[0])}</a></li>
<li><a href="{base}/register" class="b-button b-button--secondary">{esc(login[1])}</a></li></ul></div>
<div id="site-logo"><a href="{base}/"><img src="{base}/core/images/misc/vbulletin5_logo.png" alt="{esc(thread.site)}" title="Powered by vBulletin" /></a></div></div>
<div id="channel-tabbar" class="h-clearfix "><ul class="channel-tabbar-list h-left b-comp-menu-horizontal js-comp-menu-horizontal">{tab_html}</ul></div>
<div id="channel-subtabbar" class="h-clearfix h-hide-on-small h-hide-on-xsmall"><ul class="h-left channel-subtabbar-list js-channel-subtabbar-list">{sub_html}</ul></div>
<div id="searchPopup" class="searchPopup h-hide"></div>
<div class="breadcrumbs-wrapper"><ul id="breadcrumbs" class="h-clearfix" itemprop="breadcrumb">
<li class="crumb ellipsis"><a class="crumb-link h-flex-valign-center" href="{base}/"><span class="b-icon b-icon__home" title="{esc(_w(ui, 'home'))}"></span></a></li>
<li class="crumb ellipsis"><span class="b-icon b-icon__chevron-right--gray separator"></span><a class="crumb-link" href="{base}/forum">{esc(_w(ui, 'forum'))}</a></li>
<li class="crumb ellipsis"><span class="b-icon b-icon__chevron-right--gray separator"></span><a class="crumb-link" href="{base}/forum/{_slug(sec[1]) or 'local'}">{esc(sec[1])}</a></li>
<li class="crumb ellipsis"><span class="b-icon b-icon__chevron-right--gray separator"></span><span class="crumb-link">{esc(thread.title)}</span></li></ul></div>
<div class="notices-wrapper h-hide"><ul id="notices" class="notices"></ul></div>
<div id="content"><div class="canvas-layout-container js-canvas-layout-container"><div id="canvas-layout-full" class="canvas-layout">
<div class="canvas-layout-row l-row no-columns h-clearfix"><section class="canvas-layout-section l-col__large-12 l-col__small--full"><div class="canvas-widget-list">
<div class="b-module canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs widget-no-border widget-no-header-buttons axd-container" id="widget_{tid}" data-widget-id="{tid}" data-widget-instance-id="{tid + 1}">
<div class="conversation-status-messages"><div class="conversation-status-message notice h-hide"><span></span><div class="close">X</div></div></div>
<div class="widget-header h-clearfix"><div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">{esc(thread.title)}</h1></div></div>
<div class="widget-tabs-nav h-clear"><a id="topic-module-top" class="anchor js-module-top-anchor"></a><ul class="ui-tabs-nav hide-on-editmode h-left b-comp-menu-horizontal js-module-tab-menu">
<li><a href="#thread-view-tab" data-href="{turl}" class="b-comp-menu-horizontal__item">{esc(vtabs[0])}</a></li><li><a href="#stream-view-tab" data-href="{turl}?view=stream" class="b-comp-menu-horizontal__item">{esc(vtabs[1])}</a></li><li><a href="#media-view-tab" data-href="{turl}?view=media" class="b-comp-menu-horizontal__item">{esc(vtabs[2])}</a></li></ul></div>
<div class="widget-content tab widget-tabs-panel"><div class="conversation-toolbar-wrapper top h-clear hide-on-editmode"><div class="conversation-toolbar">
<ul class="toolset-left"><li class="list-item-post-reply"><button type="button" class="b-button b-button--primary js-post-reply-btn"><span class="b-icon b-icon__reply--white"></span>{esc(ui.reply)}</button></li>
<li class="list-item-filter"><button type="button" class="b-button b-button--secondary filter-wrapper" id="filter-trigger">{esc(filt[0])}</button></li></ul>
<div class="pagenav-container h-clearfix noselect h-right"><div class="pagenav h-right js-pagenav"><a class="h-left js-pagenav-button js-pagenav-prev-button b-button b-button--secondary h-disabled" data-page="0" tabindex="0">&lsaquo;</a> <span class="pagenav-label">{esc(page_of[0])}</span> <input type="text" name="page" class="textbox h-left" value="1" /> <span class="pagetotal">{esc(page_of[1])} 1</span> <a class="h-left js-pagenav-button js-pagenav-next-button b-button b-button--secondary h-disabled" data-page="2" tabindex="0">&rsaquo;</a></div></div></div>
<div class="conversation-toolbar-height-shim"></div><div class="filtered-by h-clearfix h-hide"><label>{esc(filt[0])}:</label><div class="filter-text-wrapper h-left"><span class="filter-text"><span class="x">x</span></span></div><a href="#" class="clear-all h-hide">{esc(filt[1])}</a></div></div>
<div class="conversation-content widget-content"><ul class="conversation-list list-container h-clearfix thread-view">{''.join(entries)}</ul></div>
<div class="conversation-toolbar-wrapper bottom h-clear hide-on-editmode"><div class="conversation-toolbar"><div class="pagenav-controls"><a href="#" class="b-button b-button--secondary h-disabled">{esc(prev)}</a> <a href="#" class="b-button b-button--secondary h-disabled">{esc(nxt)}</a></div></div></div>
</div></div>
<div class="b-module canvas-widget default-widget custom-html-widget" id="widget_{tid + 7}"><div class="widget-header h-clearfix"><div class="module-title h-left"><h2 class="module-title-text">{esc(rel_title)}</h2></div></div><div class="widget-content"><ul class="b-module__list">{related}</ul></div></div>
<div class="b-module canvas-widget default-widget search-widget" id="widget_{tid + 8}"><div class="widget-header h-clearfix"><div class="module-title h-left"><h2 class="module-title-text">{esc(latest_title)}</h2></div></div><div class="widget-content"><ul class="b-module__list">{latest}</ul></div></div>
</div></section></div></div></div></div>
<div id="footer"><div id="footer-tabbar" class="h-clearfix"><ul id="footer-links" class="h-right"><li><a href="{base}/contact-us" rel="nofollow">{esc(foot[0])}</a></li><li><a href="{base}/help">{esc(foot[1])}</a></li><li><a href="#" class="js-footer-go-to-top">{esc(foot[2])}</a></li></ul></div>
<div id="footer-copyright"><div id="footer-user-copyright">© {now.year} {esc(thread.site)}</div><div id="footer-vb-copyright">{esc(_w(ui, 'powered', x='vBulletin®'))} Version 5.6.9 <br />Copyright © {now.year} MH Sub I, LLC dba vBulletin. {esc(_w(ui, 'rights'))}</div></div>
<div id="footer-current-datetime">{esc(_w(ui, 'vb5_times', t=now.strftime('%H:%M')))}</div></div>
</div>"""
    return _page(ui, f"{thread.title} - {thread.site}", body, meta=(
        'name="generator" content="vBulletin 5.6.9"', *_og(thread, turl)),
        head_extra=f'<link rel="canonical" href="{turl}" />\n<link rel="stylesheet" type="text/css" href="{base}/css.php?styleid=1&amp;td=ltr&amp;sheet=css_login.css,css_b_post.css,css_b_comments.css&amp;ts=1700000000" />',
        html_attrs=' dir="ltr" class="js" data-vb-version="5.6.9"',
        body_attrs=f' id="vb-page-body" class="l-desktop page{tid % 97} vb-page view-mode logged-out" itemscope itemtype="https://schema.org/WebPage" data-usergroupid="1" data-styleid="1"')


def flarum(thread: Thread, ui: UI) -> str:
    """Flarum 1.8 discussion page as rendered by its JavaScript app (saved from a browser, not the
    noscript crawler view): DiscussionHero with tag label, a flat PostStream in time order, replies
    opening with a PostMention link to the post answered, 'X and N others like this.', 'X replied to
    this.', 'Edited' marks, humanized times with the full date in the title, the post scrubber."""
    kids, tid = replies_by_parent(thread), _tid(thread)
    base = "https://discuss.example"
    now = saved_at(thread, 50)
    dslug = f"{tid}-{_slug(thread.title) or 'discussion'}"
    first_id = 900 + seed(thread.title) % 4000
    lurkers = _wl(ui, "fl_lurkers")
    weekdays = _wl(ui, "fl_weekdays")
    n_posts = len(thread.posts) + 1
    order = sorted(range(len(thread.posts)), key=lambda i: thread.posts[i].minutes_after)
    number = {i: k + 2 for k, i in enumerate(order)}  # post number in the discussion; 1 is the opening post

    def pid(i: int | None) -> int:
        return first_id if i is None else first_id + 1 + 2 * number[i]

    def full(d: datetime) -> str:
        wd = weekdays[d.weekday()]
        if ui.lang == "en":
            return f"{wd}, {ui.months[d.month - 1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
        return f"{wd}, {d.day}{'.' if ui.lang == 'de' else ''} {ui.months[d.month - 1]} {d.year} {d:%H:%M}"

    def user_url(name: str) -> str:
        return f"{base}/u/{urlquote(name.replace(' ', ''))}"

    def avatar(name: str) -> str:
        color = f"#{(seed(name) * 2654435761) % 0xFFFFFF:06x}"
        return f'<span class="Avatar PostUser-avatar" loading="lazy" style="--avatar-bg: {color};">{esc(name[:1].upper())}</span>'

    def liked(likes: int, k: int) -> str:
        if not likes:
            return ""
        who = lurkers[k % len(lurkers)]
        link = f'<a href="{user_url(who)}">{esc(who)}</a>'
        if likes == 1:
            text = esc(_w(ui, "fl_likes_this", x="{X}")).replace("{X}", link)
        else:
            others = f'<a href="#" class="Post-likedBy--others">{likes - 1}</a>'
            text = esc(_w(ui, "fl_others_like", x="{X}", n="{N}")).replace("{X}", link).replace("{N}", others)
        return f'<li class="item-liked"><div class="Post-likedBy"><i aria-hidden="true" class="icon far fa-thumbs-up"></i>{text}</div></li>'

    def mentioned_by(children: list[int]) -> str:
        if not children:
            return ""
        links = [f'<a href="{base}/d/{dslug}/{number[c]}" class="PostMention" data-number="{number[c]}">{esc(thread.posts[c].author)}</a>'
                 for c in children]
        joined = links[0] if len(links) == 1 else ", ".join(links[:-1]) + f" {esc(_w(ui, 'fl_and'))} " + links[-1]
        verb = _w(ui, "fl_replied" if len(links) == 1 else "fl_replied_many")
        return (f'<li class="item-replies"><div class="Post-mentionedBy"><span class="Post-mentionedBy-summary">'
                f'<i aria-hidden="true" class="icon fas fa-reply"></i>{joined} {esc(verb)}</span></div></li>')

    def item(i: int | None, index: int) -> str:
        first = i is None
        author = thread.author if first else thread.posts[i].author
        paras = list(thread.article) if first else thread.posts[i].paragraphs
        d = thread.published if first else thread.posted(thread.posts[i])
        likes = 3 + len(thread.posts) if first else thread.posts[i].likes
        num = 1 if first else number[i]
        body = [f"<p>{esc(x)}</p>" for x in paras]
        if not first and thread.posts[i].parent is not None:
            par = thread.posts[i].parent
            body[0] = (f'<p><a href="{base}/d/{dslug}/{number[par]}" class="PostMention" data-id="{pid(par)}">{esc(thread.posts[par].author)}</a> '
                       f'{esc(paras[0])}</p>')
        children = [] if first else kids.get(i, [])
        edited = ""
        if first or seed(author + str(num)) % 5 == 0:
            e = d + timedelta(minutes=7)
            edited = (f'<li class="item-edited"><span class="PostEdited" title="{esc(_w(ui, "fl_edited_title", t=ui.ago_text(now, e), x=author))}">'
                      f'{esc(_w(ui, "fl_edited"))}</span></li>')
        badges = ""
        if first:
            badges = (f'<ul class="PostUser-badges badges"><li class="item-group1"><span class="Badge Badge--group--1 " style="--badge-bg: #B72A2A;" '
                      f'title="{esc(_wl(ui, "fl_groups")[0])}"><i aria-hidden="true" class="icon fas fa-wrench Badge-icon"></i></span></li></ul>')
        by_start = " Post--by-start-user" if author == thread.author else ""
        footer = liked(likes, index) + mentioned_by(children)
        return f"""<div class="PostStream-item" data-index="{index}" data-time="{iso(d)}" data-number="{num}" data-id="{pid(i)}" data-type="comment">
<article class="CommentPost Post{by_start}" aria-label="{esc(_w(ui, 'fl_post_n', n=num))}"><div>
<header class="Post-header"><ul>
<li class="item-user"><div class="PostUser"><h3 class="PostUser-name"><a href="{user_url(author)}">{avatar(author)}<span class="username">{esc(author)}</span></a></h3>{badges}</div></li>
<li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown"><time pubdate="" datetime="{iso(d)}" title="{esc(full(d))}" data-humantime="">{esc(ui.ago_text(now, d))}</time></a>
<div class="Dropdown-menu dropdown-menu"><span class="PostMeta-number">{esc(_w(ui, 'fl_post_n', n=num))}</span> <span class="PostMeta-time"><time pubdate="" datetime="{iso(d)}">{esc(full(d))}</time></span> <span class="PostMeta-ip"></span><input class="FormControl PostMeta-permalink" value="{base}/d/{dslug}/{num}"></div></div></li>
{edited}</ul></header>
<div class="Post-body">{''.join(body)}</div>
<aside class="Post-footer"><ul>{footer}</ul></aside>
<aside class="Post-actions"><ul><li class="item-like"><button class="Button Button--link" type="button"><span class="Button-label">{esc(_w(ui, 'fl_like'))}</span></button></li><li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">{esc(ui.reply)}</span></button></li>
<li><div class="ButtonGroup Dropdown dropdown Post-controls itemCount1"><button class="Dropdown-toggle Button Button--icon Button--flat" aria-haspopup="menu" aria-label="{esc(_w(ui, 'fl_toggle'))}" data-toggle="dropdown"><i aria-hidden="true" class="icon fas fa-ellipsis-h Button-icon"></i><span class="Button-label"></span><i aria-hidden="true" class="icon fas fa-caret-down Button-caret"></i></button><ul class="Dropdown-menu dropdown-menu Dropdown-menu--right"><li class="item-flag"><button class="hasIcon" type="button"><i aria-hidden="true" class="icon fas fa-flag Button-icon"></i><span class="Button-label">{esc(ui.report)}</span></button></li></ul></div></li></ul></aside>
</div></article></div>"""

    items = [item(None, 0)] + [item(i, k + 1) for k, i in enumerate(order)]
    search, sign_up, log_in = _wl(ui, "fl_header")
    scrub = _wl(ui, "fl_scrubber")
    count = '<span class="Scrubber-index">1</span>'
    of = esc(scrub[0]).replace("{a}", count).replace("{b}", f'<span class="Scrubber-count">{n_posts}</span>')
    tag = _wl(ui, "sections")[1]
    body = f"""<div id="app" class="App affix App--discussion" style="">
<div id="app-navigation" class="App-navigation"><div class="container"><div class="Navigation ButtonGroup App-backControl"><a class="Navigation-back Button Button--icon" href="{base}/" aria-label="{esc(_w(ui, 'home'))}"><i aria-hidden="true" class="icon fas fa-chevron-left Button-icon"></i></a></div></div></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div><div class="container">
<div class="Header-title"><a href="{base}/" id="home-link">{esc(thread.site)}</a></div>
<div id="header-primary" class="Header-primary"><ul class="Header-controls"></ul></div>
<div id="header-secondary" class="Header-secondary"><ul class="Header-controls">
<li class="item-search"><div role="search" aria-label="{esc(search)}" class="Search"><div class="Search-input"><input aria-label="{esc(search)}" class="FormControl" type="search" placeholder="{esc(search)}"><button aria-label="{esc(_w(ui, 'search'))}" class="Search-clear Button Button--icon Button--link" type="button" hidden=""><i aria-hidden="true" class="icon fas fa-times-circle Button-icon"></i></button></div><ul class="Dropdown-menu Search-results"></ul></div></li>
<li class="item-signUp"><button class="Button Button--link" type="button"><span class="Button-label">{esc(sign_up)}</span></button></li>
<li class="item-logIn"><button class="Button Button--link" type="button"><span class="Button-label">{esc(log_in)}</span></button></li></ul></div></div></header></div>
<main class="App-content"><div id="content"><div class="DiscussionPage"><div class="DiscussionList DiscussionPage-list" aria-hidden="true"></div>
<div class="DiscussionPage-discussion">
<header class="Hero DiscussionHero"><div class="container"><ul class="DiscussionHero-items"><li class="item-tags"><span class="TagsLabel "><a class="TagLabel  colored text-contrast--dark" style="--tag-bg: #4A90E2;" href="{base}/t/{_slug(tag) or 'local'}"><span class="TagLabel-text"><span class="TagLabel-name">{esc(tag)}</span></span></a></span></li><li class="item-title"><h1 class="DiscussionHero-title">{esc(thread.title)}</h1></li></ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul>
<li class="item-controls"><div class="ButtonGroup Dropdown dropdown App-primaryControl Dropdown--split itemCount2"><button class="SplitDropdown-button Button Button--primary hasIcon" type="button"><i aria-hidden="true" class="icon fas fa-reply Button-icon"></i><span class="Button-label">{esc(ui.reply)}</span></button><button class="Dropdown-toggle Button Button--icon Button--primary" aria-haspopup="menu" aria-label="{esc(_w(ui, 'fl_toggle'))}" data-toggle="dropdown"><i aria-hidden="true" class="icon fas fa-caret-down Button-icon"></i></button></div></li>
<li class="item-subscription"><div class="Dropdown ButtonGroup SubscriptionMenu App-primaryControl"><button class="Button SubscriptionMenu-button SubscriptionMenu-button--null hasIcon" type="button"><i aria-hidden="true" class="icon far fa-star Button-icon"></i><span class="Button-label">{esc(_w(ui, 'fl_follow'))}</span></button></div></li>
<li class="item-scrubber"><div class="PostStreamScrubber Dropdown App-titleControl"><button class="Button Dropdown-toggle" data-toggle="dropdown"><span>{of}</span> <i aria-hidden="true" class="icon fas fa-sort Button-icon"></i></button>
<div class="Dropdown-menu dropdown-menu"><div class="Scrubber"><a class="Scrubber-first"><i aria-hidden="true" class="icon fas fa-angle-double-up"></i> {esc(scrub[1])}</a><div class="Scrubber-scrollbar"><div class="Scrubber-before" style="height: 0%;"></div><div class="Scrubber-handle" style="height: 100%;"><div class="Scrubber-bar"></div><div class="Scrubber-info"><strong>{of}</strong><span class="Scrubber-description">{esc(ui.months[thread.published.month - 1])} {thread.published.year}</span></div></div><div class="Scrubber-after" style="height: 0%;"></div></div><a class="Scrubber-last"><i aria-hidden="true" class="icon fas fa-angle-double-down"></i> {esc(scrub[2])}</a></div></div></div></li>
</ul></nav>
<div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off" aria-busy="false">
{chr(10).join(items)}
<div class="PostStream-item" data-index="{n_posts}"><article class="Post ReplyPlaceholder"><header class="Post-header">{avatar('?')} {esc(_w(ui, 'fl_write_reply'))}</header></article></div>
</div></div></div></div></div></div></main>
<div id="composer"><div class="Composer"></div></div><div id="alerts"></div>
</div>"""
    return _page(ui, f"{thread.title} - {thread.site}", body, meta=(
        'name="theme-color" content="#4D698E"', 'name="color-scheme" content="light"', *_og(thread, f"{base}/d/{dslug}")),
        head_extra=(f'<link rel="canonical" href="{base}/d/{dslug}">\n'
                    f'<link rel="stylesheet" media="" class="nightmode-light" href="{base}/assets/forum.css?v=5b8f1c2e">'),
        html_attrs=' dir="ltr"', body_attrs="")


LAYOUTS: dict[str, Callable[[Thread, UI], str]] = {
    "forum-phpbb-prosilver": phpbb_prosilver,
    "forum-vbulletin4": vbulletin4,
    "forum-xenforo2": xenforo2,
    "forum-discourse": discourse_crawler,
    "forum-smf2": smf2,
    "forum-invision4": invision4,
    "forum-old-reddit": old_reddit,
    "forum-hacker-news": hacker_news,
    "forum-mybb": mybb,
    "forum-vbulletin5": vbulletin5,
    "forum-flarum": flarum,
}
