"""Comment sections of content-management systems and blog platforms, as their pages print them.

Layouts (all reconstructed from memory of the systems' public HTML, not copied from any page):

- cms-wordpress-twentytwentyone: WordPress 6.x with the Twenty Twenty-One theme and core's
  wp_list_comments() markup (ol.comment-list, li.comment.depth-N, .comment-author.vcard, 'says:',
  .comment-metadata time, .reply, ol.children).
- cms-wordpress-newspaper: WordPress with tagDiv's Newspaper theme (its own comment callback:
  article > footer > cite, a.comment-link time, .comment-meta reply link, block-title headings).
- cms-drupal7: Drupal 7 with core's comment.tpl.php ('Submitted by NAME on DATE', RDFa, subjects
  cut from the body, replies in div.indented after their parent, 'Log in to post comments').
- cms-drupal10-olivero: Drupal 10 with the Olivero theme (article.comment, footer.comment__meta,
  hidden 'In reply to', div.indented).
- cms-joomla-jcomments: Joomla 3 (Protostar) with the JComments 3 extension in tree mode
  (div.comments-list nested lists, rbox boxes, comment-author/comment-date spans, <br> text).
- cms-blogger: Blogger's threaded comments (div.comment-thread, li.comment, .comment-replies with an
  inline thread; Blogger nests one level only, so a reply to a reply joins its root's thread).
- cms-livejournal: LiveJournal's current comment tree (flat div.b-tree-twig nested only by
  margin-left, b-leaf, ljuser spans, 'YYYY-MM-DD hh:mm (UTC)', Parent/Thread links).
- cms-substack: Substack's native post comments (div.comment, .comment-meta, .comment-body,
  'Like (N)', nested .comment-list-collapser lists).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime

from layouts.thread import CYR, LANGS, UI, Post, Thread, escape, iso, replies_by_parent

# Chrome strings the shared UI does not carry, in the order of LANGS.
T = {
    "most_read": ("Most read", "Meistgelesen", "Les plus lus", "Lo más leído", "Самое читаемое"),
    "related": ("Related articles", "Das könnte Sie auch interessieren", "À lire aussi", "Noticias relacionadas", "Читайте также"),
    "recent": ("Recent posts", "Neueste Beiträge", "Articles récents", "Entradas recientes", "Свежие записи"),
    "popular": ("Popular posts", "Beliebte Posts", "Articles les plus consultés", "Entradas populares", "Популярные сообщения"),
    "leave": ("Leave a comment", "Schreibe einen Kommentar", "Laisser un commentaire", "Deja un comentario", "Добавить комментарий"),
    "submit": ("Post Comment", "Kommentar abschicken", "Laisser un commentaire", "Publicar el comentario", "Отправить комментарий"),
    "cancel_reply": ("Cancel reply", "Antworten abbrechen", "Annuler la réponse", "Cancelar la respuesta", "Отменить ответ"),
    "reply_to": ("Reply to {name}", "Auf {name} antworten", "Répondre à {name}", "Responder a {name}", "Ответить {name}"),
    "email_notes": ("Your email address will not be published.", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Votre adresse e-mail ne sera pas publiée.", "Tu dirección de correo electrónico no será publicada.", "Ваш адрес email не будет опубликован."),
    "name": ("Name", "Name", "Nom", "Nombre", "Имя"),
    "email": ("Email", "E-Mail", "E-mail", "Correo electrónico", "Email"),
    "website": ("Website", "Website", "Site web", "Web", "Сайт"),
    "comment": ("Comment", "Kommentar", "Commentaire", "Comentario", "Комментарий"),
    "load_more": ("Load more comments", "Weitere Kommentare laden", "Voir plus de commentaires", "Cargar más comentarios", "Показать ещё комментарии"),
    "newest": ("Newest", "Neueste", "Plus récents", "Más recientes", "Сначала новые"),
    "oldest": ("Oldest", "Älteste", "Plus anciens", "Más antiguos", "Сначала старые"),
    "top": ("Top", "Beliebteste", "Les meilleurs", "Destacados", "Лучшие"),
    "cookie": ("We use cookies to give you the best experience on our website.", "Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten.", "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.", "Utilizamos cookies para ofrecerte la mejor experiencia en nuestra web.", "Мы используем файлы cookie, чтобы сайт работал лучше."),
    "accept": ("Accept", "Akzeptieren", "Accepter", "Aceptar", "Принять"),
    "newsletter": ("Get the morning briefing in your inbox.", "Das Morgen-Briefing direkt in Ihr Postfach.", "Recevez l'essentiel de l'actualité chaque matin.", "Recibe el resumen de la mañana en tu correo.", "Утренняя рассылка главных новостей."),
    "subscribe": ("Subscribe", "Abonnieren", "S'abonner", "Suscribirse", "Подписаться"),
    "about": ("About us", "Über uns", "Qui sommes-nous", "Quiénes somos", "О нас"),
    "contact": ("Contact", "Kontakt", "Contact", "Contacto", "Контакты"),
    "privacy": ("Privacy policy", "Datenschutz", "Politique de confidentialité", "Política de privacidad", "Политика конфиденциальности"),
    "legal": ("Terms of use", "Impressum", "Mentions légales", "Aviso legal", "Пользовательское соглашение"),
    "advertise": ("Advertise", "Werbung", "Publicité", "Publicidad", "Реклама"),
    "rights": ("All rights reserved.", "Alle Rechte vorbehalten.", "Tous droits réservés.", "Todos los derechos reservados.", "Все права защищены."),
    "quote": ("Quote", "Zitieren", "Citer", "Citar", "Цитировать"),
    "replies": ("Replies", "Antworten", "Réponses", "Respuestas", "Ответы"),
    "add_comment": ("Add comment", "Kommentar hinzufügen", "Ajouter un commentaire", "Añadir comentario", "Добавить комментарий"),
    "parent": ("Parent", "Eins höher", "Parent", "Padre", "Уровень выше"),
    "thread": ("Thread", "Thread", "Fil", "Hilo", "Ветвь дискуссии"),
    "link": ("Link", "Link", "Lien", "Enlace", "Ссылка"),
    "posted_by": ("Posted by", "Eingestellt von", "Publié par", "Publicado por", "Автор:"),
    "published": ("Published", "Veröffentlicht", "Publié", "Publicado", "Опубликовано"),
    "details": ("Details", "Details", "Détails", "Detalles", "Подробности"),
    "hits": ("Hits", "Zugriffe", "Affichages", "Visitas", "Просмотров"),
    "category": ("Category", "Kategorie", "Catégorie", "Categoría", "Категория"),
    "submitted": ("Submitted by {name} on {date}", "Verfasst von {name} am {date}", "Soumis par {name} le {date}", "Enviado por {name} el {date}", "Опубликовано {name} в {date}"),
    "picture_of": ("{name}'s picture", "Bild des Benutzers {name}", "Portrait de {name}", "Imagen de {name}", "Аватар пользователя {name}"),
    "profile_pic": ("Profile picture for user {name}", "Profilbild von {name}", "Photo de profil de {name}", "Imagen de perfil de {name}", "Изображение пользователя {name}"),
    "comments_on": ("{n} comments on “{t}”", "{n} Kommentare zu „{t}“", "{n} commentaires sur « {t} »", "{n} comentarios en «{t}»", "{n} комментариев к записи «{t}»"),
    "count": ("{n} comments", "{n} Kommentare", "{n} commentaires", "{n} comentarios", "{n} комментариев"),
    "good": ("Good comment!", "Guter Kommentar!", "Bon commentaire !", "¡Buen comentario!", "Хороший комментарий!"),
    "poor": ("Poor comment!", "Schlechter Kommentar!", "Mauvais commentaire !", "¡Mal comentario!", "Плохой комментарий!"),
    "discussion": ("Discussion about this post", "Diskussion über diesen Beitrag", "Discussion à propos de cet article", "Debate sobre esta publicación", "Обсуждение этого поста"),
    "search": ("Search", "Suche", "Rechercher", "Buscar", "Поиск"),
    "menu": ("Menu", "Menü", "Menu", "Menú", "Меню"),
    "back_top": ("Back to Top", "Nach oben", "Haut de page", "Volver arriba", "Наверх"),
    "powered": ("Proudly powered by", "Stolz präsentiert von", "Fièrement propulsé par", "Funciona gracias a", "Сайт работает на"),
    "post_new": ("Post a new comment", "Neuer Kommentar", "Ajouter un commentaire", "Nuevo comentario", "Оставить комментарий"),
    "required": ("required", "Pflichtfeld", "obligatoire", "obligatorio", "обязательно"),
    "tags": ("Tags", "Schlagwörter", "Étiquettes", "Etiquetas", "Метки"),
    "labels": ("Labels:", "Labels:", "Libellés :", "Etiquetas:", "Ярлыки:"),
    "pages": ("Pages", "Seiten", "Pages", "Páginas", "Страницы"),
    "delete": ("Delete", "Löschen", "Supprimer", "Eliminar", "Удалить"),
    "print": ("Print", "Drucken", "Imprimer", "Imprimir", "Печать"),
    "prev": ("Prev", "Zurück", "Précédent", "Anterior", "Назад"),
    "next": ("Next", "Weiter", "Suivant", "Siguiente", "Вперёд"),
    "powered_by": ("Powered by", "Bereitgestellt von", "Fourni par", "Con la tecnología de", "Работает на"),
    "skip": ("Skip to main content", "Direkt zum Inhalt", "Aller au contenu principal", "Pasar al contenido principal", "Перейти к основному содержанию"),
    "send": ("Send", "Senden", "Envoyer", "Enviar", "Отправить"),
}

SECTIONS = {
    "en": ("Home", "Local", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather", "Obituaries", "Contact"),
    "de": ("Startseite", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Wetter", "Traueranzeigen", "Kontakt"),
    "fr": ("Accueil", "Actualités locales", "Politique", "Économie", "Sports", "Culture", "Opinions", "Météo", "Avis de décès", "Contact"),
    "es": ("Portada", "Local", "Política", "Economía", "Deportes", "Cultura", "Opinión", "El tiempo", "Esquelas", "Contacto"),
    "ru": ("Главная", "Город", "Политика", "Экономика", "Спорт", "Культура", "Мнения", "Погода", "Происшествия", "Контакты"),
}

HEADLINES = {
    "en": ("Harbour market reopens after storm repairs", "School board approves new bus routes", "Local bakery wins regional bread prize", "Road works on Mill Lane to last until June", "Library extends weekend opening hours", "Island festival announces first bands"),
    "de": ("Hallenbad öffnet nach Sanierung wieder", "Neue Radwege im Süden der Stadt geplant", "Bäckerei aus der Altstadt gewinnt Landespreis", "Baustelle an der Hauptstraße dauert bis Juni", "Stadtbibliothek verlängert Öffnungszeiten", "Sommerfest: Erste Bands stehen fest"),
    "fr": ("Le marché couvert rouvre après les travaux", "De nouvelles pistes cyclables dans le quartier nord", "Une boulangerie locale primée au concours régional", "Travaux rue de la Gare jusqu'en juin", "La médiathèque ouvre le dimanche", "Festival d'été : les premiers artistes annoncés"),
    "es": ("La piscina municipal reabre tras las obras", "Nuevos carriles bici en el barrio norte", "Una panadería local gana el premio regional", "Obras en la calle Mayor hasta junio", "La biblioteca amplía su horario de fin de semana", "Fiestas de verano: primeros conciertos confirmados"),
    "ru": ("Городской бассейн открылся после ремонта", "В северном районе появятся велодорожки", "Местная пекарня получила областную премию", "Ремонт улицы Ленина продлится до июня", "Библиотека будет работать по выходным", "Объявлены первые участники летнего фестиваля"),
}

WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "es": ("Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"),
    "ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
}

SELECTED = ' class="selected"'
TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "ru": "ru"}
LOCALE = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "ru": "ru_RU"}


# ---------------------------------------------------------------------------------------------- helpers

def _t(ui: UI, key: str, **kw: object) -> str:
    text = T[key][LANGS.index(ui.lang)]
    return text.format(**kw) if kw else text


def _slug(text: str, sep: str = "-") -> str:
    text = "".join(CYR.get(ch, ch).replace("_", "") for ch in text.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, text).strip(sep) or "user"


def _host(thread: Thread) -> str:
    return f"www.{_slug(thread.site, '')}.{TLD.get(thread.lang, 'com')}"


def _path(thread: Thread) -> str:
    return f"/{thread.published:%Y/%m/%d}/{_slug(thread.title)}/"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def _cid(thread: Thread, index: int) -> int:
    """A stable comment id, as a database would hand it out."""
    return 4100 + thread.published.day * 37 + index * 13


def _uid(name: str) -> int:
    return 100 + int(_md5(name)[:6], 16) % 9000


def _clock(ui: UI, when: datetime, upper: bool = False) -> str:
    if ui.lang == "en":
        text = when.strftime("%I:%M %p").lstrip("0")
        return text if upper else text.lower()
    return when.strftime("%H:%M")


def _day(ui: UI, when: datetime) -> str:
    month = ui.months[when.month - 1]
    if ui.lang == "en":
        return f"{month} {when.day}, {when.year}"
    if ui.lang == "de":
        return f"{when.day}. {month} {when.year}"
    if ui.lang == "es":
        return f"{when.day} de {month} de {when.year}"
    return f"{when.day} {month} {when.year}"


def _paras(post: Post) -> list[str]:
    return [escape(p.strip()) for p in post.paragraphs]


def _ps(post: Post, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{p}</p>" for p in _paras(post))


def _brs(post: Post) -> str:
    return "<br /><br />".join(p.replace("\n", "<br />") for p in _paras(post))


def _head(thread: Thread, ui: UI, title: str, extra: str = "") -> str:
    desc = thread.article[0][:155]
    return (f'<head>\n<meta charset="utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            f"<title>{escape(title)}</title>\n"
            f'<meta name="description" content="{escape(desc)}" />\n'
            f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{escape(thread.title)}" />\n'
            f'<meta property="og:site_name" content="{escape(thread.site)}" />\n'
            f'<meta property="og:locale" content="{LOCALE.get(ui.lang, "en_US")}" />\n'
            f'<meta property="article:published_time" content="{iso(thread.published)}" />\n{extra}</head>\n')


def _doc(ui: UI, head: str, body: str, body_attrs: str = "", html_attrs: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{ui.lang}"{html_attrs}>\n{head}<body{body_attrs}>\n{body}\n'
            f"</body>\n</html>\n")


def _footer_links(ui: UI) -> list[str]:
    return [_t(ui, k) for k in ("about", "contact", "advertise", "privacy", "legal")]


def _copyright(thread: Thread, ui: UI) -> str:
    return f"© {thread.published.year} {escape(thread.site)}. {escape(_t(ui, 'rights'))}"


# ------------------------------------------------------------------------- WordPress, Twenty Twenty-One

def wordpress_twentytwentyone(thread: Thread, ui: UI) -> str:
    host, path = _host(thread), _path(thread)
    url, kids, post_id = f"https://{host}{path}", replies_by_parent(thread), 300 + thread.published.day
    alt, thread_alt = [0], [0]

    def comment(i: int, depth: int) -> str:
        p, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        cls = ["comment"]
        if p.author == thread.author:
            cls += ["byuser", f"comment-author-{_slug(p.author)}", "bypostauthor"]
        cls += ["odd", "alt"] if alt[0] % 2 else ["even"]
        alt[0] += 1
        if depth == 1:
            cls += ["thread-odd", "thread-alt"] if thread_alt[0] % 2 else ["thread-even"]
            thread_alt[0] += 1
        cls.append(f"depth-{depth}")
        cls += ["parent"] if kids.get(i) else []
        avatar = f"https://secure.gravatar.com/avatar/{_md5(p.author.lower())}"
        reply_to = escape(_t(ui, "reply_to", name=p.author))
        out = [f'<li id="comment-{cid}" class="{" ".join(cls)}">',
               f'<article id="div-comment-{cid}" class="comment-body">\n<footer class="comment-meta">\n<div class="comment-author vcard">',
               f"<img alt='' src='{avatar}?s=60&#038;d=mm&#038;r=g' srcset='{avatar}?s=120&#038;d=mm&#038;r=g 2x' "
               "class='avatar avatar-60 photo' height='60' width='60' loading='lazy' decoding='async'/>",
               f'<b class="fn">{escape(p.author)}</b> <span class="says">{escape(ui.says)}</span>',
               '</div><!-- .comment-author -->\n<div class="comment-metadata">',
               f'<a href="{url}#comment-{cid}"><time datetime="{iso(when)}">{escape(ui.date(when, "long"))}</time></a>',
               "</div><!-- .comment-metadata -->\n</footer><!-- .comment-meta -->",
               f'<div class="comment-content">\n{_ps(p)}\n</div><!-- .comment-content -->',
               f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" '
               f'data-commentid="{cid}" data-postid="{post_id}" data-belowelement="div-comment-{cid}" '
               f'data-respondelement="respond" data-replyto="{reply_to}" aria-label="{reply_to}">{escape(ui.reply)}</a></div>',
               "</article><!-- .comment-body -->"]
        if kids.get(i):
            out += ['<ol class="children">'] + [comment(k, depth + 1) for k in kids[i]] + ["</ol><!-- .children -->"]
        return "\n".join(out + ["</li><!-- #comment-## -->"])

    sections, heads = SECTIONS[ui.lang], HEADLINES[ui.lang]
    menu = "\n".join(f'<li id="menu-item-{20 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category '
                     f'menu-item-{20 + k}"><a href="https://{host}/category/{_slug(s)}/">{escape(s)}</a></li>'
                     for k, s in enumerate(sections))
    recent = "\n".join(f'<li><a class="wp-block-latest-posts__post-title" href="https://{host}/{_slug(h)}/">{escape(h)}</a></li>'
                       for h in heads[:5])
    article = "\n".join(f"<p>{escape(par)}</p>" for par in thread.article)
    n = len(thread.posts)
    body = f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{escape(_t(ui, "skip"))}</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding"><p class="site-title"><a href="https://{host}/" rel="home">{escape(thread.site)}</a></p>
<p class="site-description">{escape(sections[1])} · {escape(sections[2])} · {escape(sections[5])}</p></div><nav id="site-navigation" class="primary-navigation" role="navigation" aria-label="Primary menu">
<div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">{escape(_t(ui, "menu"))}</span></button></div>
<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
{menu}
</ul></div></nav></header><!-- #masthead --><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-{_slug(sections[1])} entry">
<header class="entry-header alignwide"><h1 class="entry-title">{escape(thread.title)}</h1></header><!-- .entry-header --><div class="entry-content">
{article}
</div><!-- .entry-content --><footer class="entry-footer default-max-width">
<div class="posted-by"><span class="posted-on">{escape(_t(ui, "published"))} <time class="entry-date published updated" datetime="{iso(thread.published)}">{escape(_day(ui, thread.published))}</time></span><span class="byline">{escape(ui.by)} <a href="https://{host}/author/{_slug(thread.author)}/" rel="author">{escape(thread.author)}</a></span></div>
</footer><!-- .entry-footer --></article><!-- #post-{post_id} --><div id="comments" class="comments-area default-max-width show-avatars">
<h2 class="comments-title">{escape(_t(ui, "comments_on", n=n, t=thread.title))}</h2><!-- .comments-title --><ol class="comment-list">
{chr(10).join(comment(k, 1) for k in kids.get(None, []))}
</ol><!-- .comment-list --><div id="respond" class="comment-respond">
<h2 id="reply-title" class="comment-reply-title">{escape(_t(ui, "leave"))} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{escape(_t(ui, "cancel_reply"))}</a></small></h2>
<form action="https://{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">{escape(_t(ui, "email_notes"))}</span> <span class="required-field-message">*</span></p>
<p class="comment-form-comment"><label for="comment">{escape(_t(ui, "comment"))} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">{escape(_t(ui, "name"))} <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">{escape(_t(ui, "email"))} <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p><p class="comment-form-url"><label for="url">{escape(_t(ui, "website"))}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{escape(_t(ui, "submit"))}" /> <input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /> <input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>
</form></div><!-- #respond --></div><!-- #comments --><nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">
<div class="nav-previous"><a href="https://{host}/{_slug(heads[0])}/" rel="prev"><p class="meta-nav">&larr;</p><p class="post-title">{escape(heads[0])}</p></a></div>
<div class="nav-next"><a href="https://{host}/{_slug(heads[1])}/" rel="next"><p class="meta-nav">&rarr;</p><p class="post-title">{escape(heads[1])}</p></a></div></div></nav></main><!-- #main --></div><!-- #primary --></div><!-- #content -->
<aside class="widget-area"><section id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">{escape(_t(ui, "recent"))}</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">{recent}</ul></div></section>
<section id="block-4" class="widget widget_block widget_search"><form role="search" method="get" action="https://{host}/" class="wp-block-search__button-outside wp-block-search"><label class="wp-block-search__label" for="wp-block-search__input-1">{escape(_t(ui, "search"))}</label><input class="wp-block-search__input" id="wp-block-search__input-1" type="search" name="s" value="" required /><button class="wp-block-search__button" type="submit">{escape(_t(ui, "search"))}</button></form></section>
</aside><!-- .widget-area --><footer id="colophon" class="site-footer" role="contentinfo"><nav aria-label="Secondary menu" class="footer-navigation"><ul class="footer-navigation-wrapper">
{chr(10).join(f'<li class="menu-item"><a href="https://{host}/{_slug(x)}/"><span>{escape(x)}</span></a></li>' for x in _footer_links(ui))}
</ul></nav><div class="site-info"><div class="site-name"><a href="https://{host}/">{escape(thread.site)}</a></div>
<div class="privacy-policy"><a class="privacy-policy-link" href="https://{host}/privacy-policy/" rel="privacy-policy">{escape(_t(ui, "privacy"))}</a></div>
<div class="powered-by">{_copyright(thread, ui)} {escape(_t(ui, "powered"))} <a href="https://wordpress.org/">WordPress</a>.</div></div><!-- .site-info --></footer><!-- #colophon --></div><!-- #page -->
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{escape(_t(ui, "cookie"))}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="{escape(_t(ui, "accept"))}">{escape(_t(ui, "accept"))}</a></span></div></div>"""
    head = _head(thread, ui, f"{thread.title} – {thread.site}",
                 '<meta name="generator" content="WordPress 6.5.3" />\n'
                 f'<link rel="canonical" href="{url}" />\n'
                 f"<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://{host}/wp-content/themes/"
                 "twentytwentyone/style.css?ver=2.2' media='all' />\n")
    body_cls = (f' class="post-template-default single single-post postid-{post_id} single-format-standard '
                'wp-embed-responsive is-light-theme no-js singular has-main-navigation"')
    return _doc(ui, head, body, body_cls, ' class="no-js"')


# ------------------------------------------------------------------------- WordPress, tagDiv Newspaper

def wordpress_newspaper(thread: Thread, ui: UI) -> str:
    host, path = _host(thread), _path(thread)
    url, kids, post_id = f"https://{host}{path}", replies_by_parent(thread), 1200 + thread.published.day
    at = ui.at.capitalize() if ui.lang == "en" else ui.at

    def comment(i: int) -> str:
        p, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        avatar = f"https://secure.gravatar.com/avatar/{_md5(p.author.lower())}?s=50&#038;d=mm&#038;r=g"
        cite = (f"<a href='https://{_slug(p.author)}.example.net' rel='external nofollow ugc' class='url'>{escape(p.author)}</a>"
                if i % 3 == 1 else escape(p.author))
        reply_to = escape(_t(ui, "reply_to", name=p.author))
        out = [f'<li class="comment " id="li-comment-{cid}">\n<article>\n<footer>',
               f"<img alt='' src='{avatar}' class='avatar avatar-50 photo' height='50' width='50' loading='lazy' decoding='async'/>",
               f'<cite>{cite}</cite>\n<a class="comment-link" href="#li-comment-{cid}"><time pubdate="{int(when.timestamp())}">'
               f"{escape(_day(ui, when))} {escape(at)} {escape(_clock(ui, when))}</time></a>\n</footer>",
               f'<div class="comment-content">\n{_ps(p)}\n</div>\n<div class="comment-meta" id="comment-{cid}">',
               f"<a rel='nofollow' class='comment-reply-link' href='#comment-{cid}' data-commentid=\"{cid}\" "
               f'data-postid="{post_id}" data-belowelement="comment-{cid}" data-respondelement="respond" '
               f"data-replyto=\"{reply_to}\" aria-label='{reply_to}'>{escape(ui.reply)}</a>\n</div>\n</article>"]
        if kids.get(i):
            out += ['<ol class="children">'] + [comment(k) for k in kids[i]] + ["</ol><!-- .children -->"]
        return "\n".join(out + ["</li><!-- #comment-## -->"])

    sections, heads = SECTIONS[ui.lang], HEADLINES[ui.lang]
    menu = "\n".join(f'<li id="menu-item-{50 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category '
                     f'td-menu-item td-normal-menu menu-item-{50 + k}"><a href="https://{host}/category/{_slug(s)}/">'
                     f"{escape(s)}</a></li>" for k, s in enumerate(sections))

    def module(k: int, h: str) -> str:
        when = thread.published.replace(day=max(1, thread.published.day - k - 1))
        return (f'<div class="td_module_6 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="https://{host}/{_slug(h)}/" '
                f'rel="bookmark" class="td-image-wrap" title="{escape(h)}"><img width="100" height="70" class="entry-thumb" '
                f'src="https://{host}/wp-content/uploads/2024/0{when.month}/img{k}-100x70.jpg" alt="" title="{escape(h)}"/></a></div>'
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="https://{host}/{_slug(h)}/" '
                f'rel="bookmark" title="{escape(h)}">{escape(h)}</a></h3><div class="td-module-meta-info"><span class="td-post-date">'
                f'<time class="entry-date updated td-module-date" datetime="{iso(when)}">{escape(_day(ui, when))}</time></span>'
                "</div></div></div>")

    article = "\n".join(f"<p>{escape(par)}</p>" for par in thread.article)
    n = len(thread.posts)
    body = f"""<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>{escape(_day(ui, thread.published))}</div></div>
<ul id="menu-top-menu" class="top-header-menu">{"".join(f'<li class="menu-item td-menu-item td-normal-menu"><a href="https://{host}/{_slug(x)}/">{escape(x)}</a></li>' for x in _footer_links(ui)[:3])}</ul></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><div class="td-logo"><a class="td-main-logo" href="https://{host}/"><img class="td-retina-data" src="https://{host}/wp-content/uploads/logo.png" alt="{escape(thread.site)}" title="{escape(thread.site)}"/><span class="td-visual-hidden">{escape(thread.site)}</span></a></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-td-demo-header-menu-container"><ul id="menu-td-demo-header-menu-1" class="sf-menu">
{menu}
</ul></div></div><div class="td-search-wrapper"><div id="td-top-search"><div class="header-search-wrap"><a id="td-header-search-button" href="#" role="button" aria-label="{escape(_t(ui, "search"))}" class="dropdown-toggle"><i class="td-icon-search"></i></a></div></div></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://{host}/">{escape(sections[0])}</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="https://{host}/category/{_slug(sections[1])}/">{escape(sections[1])}</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail category-{_slug(sections[1])}">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="https://{host}/category/{_slug(sections[1])}/">{escape(sections[1])}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{escape(thread.title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">{escape(ui.by)}</div> <a href="https://{host}/author/{_slug(thread.author)}/">{escape(thread.author)}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(thread.published)}">{escape(_day(ui, thread.published))}</time></span>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>{n}</a></div><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{post_id}">1{n}47</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-sharing-buttons td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}"><div class="td-sp td-sp-facebook"></div><div class="td-social-but-text">{escape(ui.share)}</div></a></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><a href="https://{host}/wp-content/uploads/2024/lead.jpg" class="td-modal-image"><img width="696" height="464" class="entry-thumb" src="https://{host}/wp-content/uploads/2024/lead-696x464.jpg" alt="" title="{escape(thread.title)}"/></a></div>
{article}
</div><footer><div class="td-post-source-tags"></div><div class="td-author-name vcard author"><span class="fn"><a href="https://{host}/author/{_slug(thread.author)}/">{escape(thread.author)}</a></span></div></footer></article>
<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a id="tdi_4" class="td-related-left td-cur-simple-item" href="#">{escape(_t(ui, "related").upper())}</a></h4>
<div class="td_block_inner">{"".join(module(k, h) for k, h in enumerate(heads[2:5]))}</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>{escape(_t(ui, "count", n=n).upper())}</span></h4></div><ol class="comment-list ">
{chr(10).join(comment(k) for k in kids.get(None, []))}
</ol><div class="comment-pagination"><div class="clearfix"></div></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{escape(_t(ui, "leave").upper())} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{escape(_t(ui, "cancel_reply"))}</a></small></h3>
<form action="https://{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="{escape(_t(ui, "comment"))}:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="{escape(_t(ui, "name"))}:*" type="text" value="" size="30" aria-required="true" /></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="{escape(_t(ui, "email"))}:*" type="text" value="" size="30" aria-required="true" /></div><div class="comment-form-input-wrap td-form-url"><input class="" id="url" name="url" placeholder="{escape(_t(ui, "website"))}:" type="text" value="" size="30" /></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{escape(_t(ui, "submit"))}" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>
</form></div><!-- #respond --></div> <!-- /.content --></div></div><div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7 td_block_widget tdi_7 td-pb-border-top td_block_template_1 td-column-1" data-td-block-uid="tdi_7"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">{escape(_t(ui, "most_read").upper())}</span></h4></div>
<div id="tdi_7" class="td_block_inner">{"".join(module(k, h) for k, h in enumerate(heads))}</div></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap">{escape(_t(ui, "newsletter"))} <a href="https://{host}/newsletter/">{escape(_t(ui, "subscribe"))}</a></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><div class="menu-td-demo-footer-menu-container"><ul id="menu-td-demo-footer-menu" class="td-subfooter-menu">{"".join(f'<li class="menu-item td-menu-item td-normal-menu"><a href="https://{host}/{_slug(x)}/">{escape(x)}</a></li>' for x in _footer_links(ui))}</ul></div></div>
<div class="td-pb-span td-sub-footer-copy">&copy; Copyright {thread.published.year} - {escape(thread.site)}. {escape(_t(ui, "rights"))}</div></div></div></div></div><!--close td-outer-wrap-->"""
    head = _head(thread, ui, f"{thread.title} | {thread.site}",
                 '<meta name="generator" content="WordPress 6.4.2" />\n'
                 f'<link rel="canonical" href="{url}" />\n'
                 f"<link rel='stylesheet' id='td-theme-css' href='https://{host}/wp-content/themes/Newspaper/style.css?ver=12.6.3' "
                 "type='text/css' media='all' />\n")
    body_cls = (f' class="post-template-default single single-post postid-{post_id} single-format-standard '
                'td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" '
                'itemtype="https://schema.org/WebPage"')
    return _doc(ui, head, body, body_cls)


# ------------------------------------------------------------------------------------------ Drupal 7

def _d7_subject(text: str) -> str:
    """Drupal 7 fills an empty subject with the body cut to 29 characters at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= 29:
        return text
    cut = text[:30]
    return cut[:cut.rfind(" ")].rstrip(" .,;:") if " " in cut else text[:29]


def drupal7(thread: Thread, ui: UI) -> str:
    host, node = _host(thread), 40 + thread.published.day
    kids, wd = replies_by_parent(thread), WEEKDAYS[ui.lang]

    def medium(when: datetime) -> str:
        fmt = {"en": "%m/%d/%Y", "de": "%d.%m.%Y", "ru": "%d.%m.%Y"}.get(ui.lang, "%d/%m/%Y")
        return f"{wd[when.weekday()]}, {when.strftime(fmt)} - {when:%H:%M}"

    def user(name: str) -> str:
        return (f'<a href="/user/{_uid(name)}" title="View user profile." class="username" xml:lang="" '
                f'about="/user/{_uid(name)}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{escape(name)}</a>')

    login = (f'<ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login?destination='
             f'node/{node}%23comment-form">{escape(ui.login)}</a></span></li></ul>')

    def comment(i: int, zebra: list[int]) -> str:
        p, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        zebra[0] += 1
        cls = "comment comment-by-node-author" if p.author == thread.author else "comment"
        cls += f" {'odd' if zebra[0] % 2 else 'even'} clearfix"
        alt, picture = escape(_t(ui, "picture_of", name=p.author)), ""
        if i % 2 == 0:
            picture = (f'<div class="user-picture"><a href="/user/{_uid(p.author)}" title="View user profile.">'
                       f'<img typeof="foaf:Image" src="https://{host}/sites/default/files/styles/thumbnail/public/pictures/'
                       f'picture-{_uid(p.author)}.jpg" alt="{alt}" title="{alt}" /></a></div>')
        submitted = escape(_t(ui, "submitted", name="\x00", date="\x01")).replace("\x00", user(p.author)).replace("\x01", medium(when))
        out = [f'<a id="comment-{cid}"></a>\n<div class="{cls}" about="/comment/{cid}#comment-{cid}" typeof="sioc:Post sioct:Comment">',
               picture,
               f'<h3 property="dc:title" datatype=""><a href="/comment/{cid}#comment-{cid}" class="permalink" '
               f'rel="bookmark">{escape(_d7_subject(p.paragraphs[0]))}</a></h3>',
               f'<div class="submitted"><span property="dc:date dc:created" content="{iso(when)}" datatype="xsd:dateTime" '
               f'rel="sioc:has_creator">{submitted}</span></div>',
               f'<div class="content">\n<span rel="sioc:reply_of" resource="/node/{node}" class="rdf-meta element-hidden"></span>',
               f'<span rel="sioc:reply_of" resource="/comment/{_cid(thread, p.parent)}#comment-{_cid(thread, p.parent)}" '
               'class="rdf-meta element-hidden"></span>' if p.parent is not None else "",
               '<div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items">'
               f'<div class="field-item even" property="content:encoded">{_ps(p)}</div></div></div>',
               "</div>", login, "</div>"]
        if kids.get(i):
            out += ['<div class="indented">'] + [comment(k, zebra) for k in kids[i]] + ["</div>"]
        return "\n".join(x for x in out if x)

    zebra = [0]
    comments = "\n".join(comment(k, zebra) for k in kids.get(None, []))
    sections, heads = SECTIONS[ui.lang], HEADLINES[ui.lang]
    menu = "\n".join(f'<li class="menu-{218 + k}{" first" if k == 0 else ""}{" last" if k == len(sections) - 1 else ""}">'
                     f'<a href="/{_slug(s)}" title="">{escape(s)}</a></li>' for k, s in enumerate(sections))
    popular = "\n".join(f'<li class="{"first" if k == 0 else ("last" if k == 4 else "")}"><a href="/{_slug(h)}">{escape(h)}</a></li>'
                        for k, h in enumerate(heads[:5]))
    article = "".join(f"<p>{escape(par)}</p>" for par in thread.article)
    author = (f'<span class="username" xml:lang="" about="/user/{_uid(thread.author)}" typeof="sioc:UserAccount" '
              f'property="foaf:name" datatype="">{escape(thread.author)}</span>')
    byline = escape(_t(ui, "submitted", name="\x00", date="\x01")).replace("\x00", author).replace(
        "\x01", medium(thread.published))
    body = f"""<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">{escape(_t(ui, "skip"))}</a></div>
<div id="page-wrapper"><div id="page"><div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="{escape(sections[0])}" rel="home" id="logo"><img src="https://{host}/sites/default/files/logo.png" alt="{escape(sections[0])}" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="{escape(sections[0])}" rel="home"><span>{escape(thread.site)}</span></a></strong></div></div>
<div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content"><form action="/node/{node}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">{escape(_t(ui, "search"))}</h2><div class="form-item form-type-textfield form-item-search-block-form"><input title="{escape(_t(ui, "search"))}" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="{escape(_t(ui, "search"))}" class="form-submit" /></div></div></div></form></div></div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">
{menu}
</ul></div></div></div><div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">{escape(sections[0])}</a> » <a href="/{_slug(sections[1])}">{escape(sections[1])}</a></div></div>
<div id="content" class="column"><div class="section"><a id="main-content"></a><h1 class="title" id="page-title">{escape(thread.title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{node}" class="node node-article node-promoted node-full clearfix" about="/node/{node}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{escape(thread.title)}" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="{iso(thread.published)}" datatype="xsd:dateTime" rel="sioc:has_creator">{byline}</span></div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{article}</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">{escape(_t(ui, "tags"))}:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/taxonomy/term/3" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{escape(sections[1])}</a></div></div></div></div>
<div class="link-wrapper"><ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login?destination=node/{node}%23comment-form">{escape(ui.login)}</a></span></li></ul></div>
<div id="comments" class="comment-wrapper"><h2 class="title">{escape(ui.comments)}</h2>
{comments}
</div></div></div></div></div></div></div><div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-popular-block" class="block block-views"><h2>{escape(_t(ui, "most_read"))}</h2><div class="content"><div class="view view-popular view-id-popular view-display-id-block"><div class="view-content"><div class="item-list"><ul>{popular}</ul></div></div></div></div></div>
<div id="block-block-2" class="block block-block"><h2>{escape(_t(ui, "subscribe"))}</h2><div class="content"><p>{escape(_t(ui, "newsletter"))}</p></div></div></div></div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="region region-footer clearfix">
<div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu">{"".join(f'<li class="leaf"><a href="/{_slug(x)}">{escape(x)}</a></li>' for x in _footer_links(ui))}</ul></div></div>
<div id="block-block-1" class="block block-block"><div class="content"><p>{_copyright(thread, ui)}</p></div></div></div></div></div></div></div>"""
    head = _head(thread, ui, f"{thread.title} | {thread.site}",
                 '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n'
                 f'<link rel="canonical" href="/node/{node}" />\n<link rel="shortlink" href="/node/{node}" />\n')
    body_cls = (f' class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{node} '
                'node-type-article"')
    html_attrs = (' dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ '
                  'foaf: http://xmlns.com/foaf/0.1/ sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# '
                  'xsd: http://www.w3.org/2001/XMLSchema#"')
    return _doc(ui, head, body, body_cls, html_attrs)


# ------------------------------------------------------------------------------- Drupal 10, Olivero

def drupal10_olivero(thread: Thread, ui: UI) -> str:
    host, node = _host(thread), 120 + thread.published.day
    kids = replies_by_parent(thread)

    def olivero_date(when: datetime) -> str:  # the olivero_medium format, 'j F, Y'
        return f"{when.day} {ui.months[when.month - 1]}, {when.year}"

    def picture(name: str) -> str:
        uid = _uid(name)
        return (f'<article typeof="schema:Person" about="/user/{uid}" class="profile"><div class="field field--name-user-picture '
                f'field--type-image field--label-hidden field__item"><a href="/user/{uid}" hreflang="{ui.lang}"><img '
                f'loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/2024-0{thread.published.month % 9 + 1}/'
                f'{_slug(name)}.jpg?itok={_md5(name)[:8]}" width="100" height="100" alt="{escape(_t(ui, "profile_pic", name=name))}" '
                'typeof="foaf:Image" /></a></div></article>')

    def comment(i: int) -> str:
        p, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        uid = _uid(p.author)
        cls = "comment js-comment" + (" by-node-author" if p.author == thread.author else "")
        parent = ""
        if p.parent is not None:
            pp, pid = thread.posts[p.parent], _cid(thread, p.parent)
            parent = (f'<p class="visually-hidden">{escape(ui.in_reply_to)} <a href="/comment/{pid}#comment-{pid}" '
                      f'hreflang="{ui.lang}">{escape(pp.author)}</a></p>')
        out = [f'<article data-comment-user-id="{uid}" id="comment-{cid}" class="{cls}" role="article">',
               f'<span class="hidden" data-comment-timestamp="{int(when.timestamp())}"></span>',
               f'<div class="comment__picture-wrapper"><div class="comment__picture">{picture(p.author)}</div></div>',
               '<div class="comment__text-wrapper">\n<footer class="comment__meta">',
               f'<p class="comment__author"><a title="View user profile." href="/user/{uid}" lang="" about="/user/{uid}" '
               f'typeof="schema:Person" property="schema:name" datatype="">{escape(p.author)}</a></p>',
               f'<p class="comment__time">{escape(olivero_date(when))}</p>', parent,
               '</footer>\n<div class="comment__content">',
               '<div class="text-content clearfix field field--name-comment-body field--type-text-long field--label-hidden '
               f'field__item">{_ps(p)}</div>',
               '<ul class="links inline comment__links">'
               f'<li class="comment__links-item"><a href="/comment/reply/node/{node}/comment/{cid}" class="comment__links-link">'
               f"{escape(ui.reply)}</a></li></ul>", "</div>\n</div>\n</article>"]
        if kids.get(i):
            out += ['<div class="indented">'] + [comment(k) for k in kids[i]] + ["</div>"]
        return "\n".join(x for x in out if x)

    sections, heads = SECTIONS[ui.lang], HEADLINES[ui.lang]
    menu = "\n".join(
        '<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">'
        f'<a href="/{_slug(s)}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" '
        f'data-drupal-link-system-path="taxonomy/term/{k + 1}"><span class="primary-nav__menu-link-inner '
        f'primary-nav__menu-link-inner--level-1">{escape(s)}</span></a></li>' for k, s in enumerate(sections))
    article = "".join(f"<p>{escape(par)}</p>" for par in thread.article)
    body = f"""<a href="#main-content" class="visually-hidden focusable skip-link">{escape(_t(ui, "skip"))}</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-gray site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="{escape(sections[0])}" rel="home">{escape(thread.site)}</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">{escape(_t(ui, "menu"))}</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form-2" id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form--2" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys--2" class="form-item__label visually-hidden">{escape(_t(ui, "search"))}</label><input title="{escape(_t(ui, "search"))}" placeholder="{escape(_t(ui, "search"))}" type="search" id="edit-keys--2" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{menu}
</ul></nav></div></div></div></div></header><div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">{escape(sections[0])}</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{escape(thread.title)}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="{node}" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta">{picture(thread.author)}<span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/{_uid(thread.author)}" lang="" typeof="schema:Person" property="schema:name" datatype="">{escape(thread.author)}</a></span></span> <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{iso(thread.published)}" title="{escape(ui.date(thread.published, "long"))}" class="datetime">{escape(olivero_date(thread.published))}</time></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{article}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">{escape(_t(ui, "tags"))}</h3><ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/2" hreflang="{ui.lang}">{escape(sections[1])}</a></li></ul></div>
<section class="field field--name-comment field--type-comment field--label-above comments" data-drupal-selector="comments"><h2 class="comments__title">{escape(ui.comments)} <span class="comments__count">{len(thread.posts)}</span></h2>
<div class="add-comment"><div class="add-comment__form"><ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/{node}%23comment-form">{escape(ui.login)}</a></li></ul></div></div>
{chr(10).join(comment(k) for k in kids.get(None, []))}
</section></div></article></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
</div></div>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockcontent-recent-block-1" id="block-olivero-views-block-content-recent-block-1"><h2 class="block__title">{escape(_t(ui, "most_read"))}</h2><div class="block__content"><div class="view view-content-recent view-id-content_recent view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{"".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="/{_slug(h)}" hreflang="{ui.lang}">{escape(h)}</a></span></div></li>' for h in heads[:5])}</ul></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top grid-full"><div class="region--footer_top__inner"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">{"".join(f'<li class="menu__item"><a href="/{_slug(x)}" class="menu__link">{escape(x)}</a></li>' for x in _footer_links(ui))}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div class="region--footer_bottom__inner"><div id="block-olivero-copyright" class="block block-block-content"><div class="block__content"><p>{_copyright(thread, ui)}</p></div></div><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>{escape(_t(ui, "powered_by"))} <a href="https://www.drupal.org">Drupal</a></span></div></div></div>
</div></footer><div class="overlay" data-drupal-selector="overlay"></div></div></div></div>"""
    head = _head(thread, ui, f"{thread.title} | {thread.site}",
                 '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
                 '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n'
                 f'<link rel="canonical" href="https://{host}/node/{node}" />\n')
    body_cls = ' class="path-node page-node-type-article"'
    return _doc(ui, head, body, body_cls, ' dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%"')


# --------------------------------------------------------------------------------- Joomla, JComments

def joomla_jcomments(thread: Thread, ui: UI) -> str:
    host, article_id = _host(thread), 60 + thread.published.day
    kids = replies_by_parent(thread)
    order = [0]

    def rbox(inner: str) -> str:
        return ('<div class="rbox"><div class="rbox_tr"><div class="rbox_tl"><div class="rbox_t">&nbsp;</div></div></div>'
                f'<div class="rbox_m">\n{inner}\n<div class="clear"></div></div>'
                '<div class="rbox_br"><div class="rbox_bl"><div class="rbox_b">&nbsp;</div></div></div></div>')

    def item(i: int) -> str:
        p, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        order[0] += 1
        vote = (f'<span class="vote-good">+{p.likes}</span>' if p.likes else '<span class="vote-none">0</span>')
        inner = (f'<div class="comment-box avatar-indent">\n'
                 f'<img class="comment-avatar" src="https://www.gravatar.com/avatar/{_md5(p.author.lower())}?d=identicon" alt="" />\n'
                 f'<span class="comments-vote"><span id="comment-vote-holder-{cid}">'
                 f'<a href="#" class="vote-good" title="{escape(_t(ui, "good"))}" onclick="jcomments.voteComment({cid}, 1);return false;"></a>'
                 f'<a href="#" class="vote-poor" title="{escape(_t(ui, "poor"))}" onclick="jcomments.voteComment({cid}, -1);return false;"></a>'
                 f"{vote}</span></span>\n"
                 f'<a class="comment-anchor" href="/{_slug(SECTIONS[ui.lang][1])}/{article_id}-{_slug(thread.title)}#comment-{cid}" '
                 f'id="comment-{cid}">#{order[0]}</a>\n'
                 f'<span class="comment-author">{escape(p.author)}</span>\n'
                 f'<span class="comment-date">{escape(ui.date(when, "numeric"))}</span>\n'
                 f'<div class="comment-body" id="comment-body-{cid}">{_brs(p)}</div>\n'
                 f'<span class="comments-buttons"><a href="#" onclick="jcomments.showReply({cid}); return false;">{escape(ui.reply)}</a>'
                 f' | <a href="#" onclick="jcomments.showReply({cid},1); return false;">{escape(_t(ui, "quote"))}</a></span>\n'
                 "</div>")
        out = [f'<div class="{"even" if order[0] % 2 == 0 else "odd"}" id="comment-item-{cid}">{rbox(inner)}</div>']
        if kids.get(i):
            out += [f'<div class="comments-list" id="comments-list-{cid}">'] + [item(k) for k in kids[i]] + ["</div>"]
        return "\n".join(out)

    sections, heads = SECTIONS[ui.lang], HEADLINES[ui.lang]
    menu = "\n".join(f'<li class="item-{101 + k}{" default" if k == 0 else ""}{" current active" if k == 1 else ""}">'
                     f'<a href="/{"" if k == 0 else _slug(s)}">{escape(s)}</a></li>' for k, s in enumerate(sections))
    article = "\n".join(f"<p>{escape(par)}</p>" for par in thread.article)
    pub = thread.published
    pub_text = f"{pub.day:02d} {ui.months[pub.month - 1]} {pub.year}"
    body = f"""<div class="body" id="top"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><span class="site-title" title="{escape(thread.site)}">{escape(thread.site)}</span></a>
<div class="header-search pull-right"><div class="search"><form action="/{_slug(sections[1])}" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">{escape(_t(ui, "search"))}</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="{escape(_t(ui, "search"))} ..." /><input type="hidden" name="task" value="search" /></form></div></div>
</div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span><span class="icon-bar"></span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list">
{menu}
</ul></div></nav><div class="moduletable"><div class="custom"><p class="cookie-bar">{escape(_t(ui, "cookie"))} <a class="btn btn-small" href="#">{escape(_t(ui, "accept"))}</a></p></div></div>
<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div><div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{LOCALE[ui.lang].replace("_", "-")}" /><div class="page-header"><h1 itemprop="headline">{escape(thread.title)}</h1></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog" aria-hidden="true"></span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="/{_slug(sections[1])}/{article_id}?tmpl=component&amp;print=1" rel="nofollow">{escape(_t(ui, "print"))}</a></li><li class="email-icon"><a href="/component/mailto/?tmpl=component" rel="nofollow">{escape(ui.share)}</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">{escape(_t(ui, "details"))}</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">{escape(ui.by)} <span itemprop="name">{escape(thread.author)}</span></dd>
<dd class="category-name">{escape(_t(ui, "category"))}: <a href="/{_slug(sections[1])}" itemprop="genre">{escape(sections[1])}</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{iso(pub)}" itemprop="datePublished">{escape(_t(ui, "published"))}: {escape(pub_text)}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1{article_id}3" />{escape(_t(ui, "hits"))}: 1{article_id}3</dd></dl><div itemprop="articleBody">
{article}
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{escape(heads[0])}" href="/{_slug(sections[1])}/{_slug(heads[0])}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">{escape(_t(ui, "prev"))}</span></a></li><li class="next"><a class="hasTooltip" title="{escape(heads[1])}" href="/{_slug(sections[1])}/{_slug(heads[1])}" rel="next"><span aria-hidden="true">{escape(_t(ui, "next"))}</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
<script type="text/javascript">var jcomments=new JComments({article_id}, 'com_content','/component/jcomments/'); jcomments.setList('comments-list');</script>
<div id="jc"><div id="comments"><h4>{escape(ui.comments)} <a class="rss" href="/component/jcomments/feed/com_content/{article_id}" title="RSS" target="_blank">&nbsp;</a><a class="refresh" href="#" title="Refresh" onclick="jcomments.showPage({article_id},'com_content',0);return false;">&nbsp;</a></h4>
<div class="comments-list" id="comments-list-0">
{chr(10).join(item(k) for k in kids.get(None, []))}
</div><div id="comments-list-footer"><a class="refresh" href="#" title="Refresh" onclick="jcomments.showPage({article_id},'com_content',0);return false;">&nbsp;</a></div></div>
<h4>{escape(_t(ui, "add_comment"))}</h4><a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);">
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">{escape(_t(ui, "name"))} ({escape(_t(ui, "required"))})</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">{escape(_t(ui, "email"))}</label></span></p><p><span><textarea class="inputbox" cols="65" rows="8" name="comment" id="comments-form-comment" tabindex="5"></textarea></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="{escape(_t(ui, "send"))} (Ctrl+Enter)">{escape(_t(ui, "send"))}</a></div></div><div style="clear:both;"></div></div>
<div><input type="hidden" name="object_id" value="{article_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.ru" title="JComments" target="_blank">JComments</a></div></div></div></main><div id="aside" class="span3">
<div class="well "><h3 class="page-header">{escape(_t(ui, "most_read"))}</h3><ul class="mostread mod-list">{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/{_slug(sections[1])}/{_slug(h)}" itemprop="url"><span itemprop="name">{escape(h)}</span></a></li>' for h in heads[:5])}</ul></div>
<div class="well "><h3 class="page-header">{escape(_t(ui, "subscribe"))}</h3><div class="custom"><p>{escape(_t(ui, "newsletter"))}</p></div></div></div></div></div></div><footer class="footer" role="contentinfo"><div class="container"><hr />
<ul class="nav menu mod-list">{"".join(f'<li class="item-{140 + k}"><a href="/{_slug(x)}">{escape(x)}</a></li>' for k, x in enumerate(_footer_links(ui)))}</ul><p class="pull-right"><a href="#top" id="back-top">{escape(_t(ui, "back_top"))}</a></p>
<p>&copy; {pub.year} {escape(thread.site)}</p></div></footer>"""
    head = _head(thread, ui, thread.title,
                 '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
                 f'<meta name="author" content="{escape(thread.author)}" />\n'
                 f'<link href="https://{host}/{_slug(SECTIONS[ui.lang][1])}/{article_id}-{_slug(thread.title)}" rel="canonical" />\n'
                 '<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />\n'
                 '<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>\n')
    return _doc(ui, head, body, ' class="site com_content view-article no-layout no-task itemid-102"',
                f' xml:lang="{ui.lang}" dir="ltr"')


# -------------------------------------------------------------------------------------------- Blogger

def blogger(thread: Thread, ui: UI) -> str:
    host = f"{_slug(thread.site, '')}.blogspot.com"
    pub = thread.published
    post_url = f"https://{host}/{pub:%Y/%m}/{_slug(thread.title)[:40]}.html"
    blog_id, post_id = "7" + _md5(thread.site)[:9].translate(str.maketrans("abcdef", "123456")), \
        "5" + _md5(thread.title)[:9].translate(str.maketrans("abcdef", "789012"))
    kids = replies_by_parent(thread)

    def root(i: int) -> int:
        while thread.posts[i].parent is not None:
            i = thread.posts[i].parent
        return i

    # Blogger threads one level deep: every reply joins the thread of its top-level comment.
    thread_of: dict[int, list[int]] = {}
    for i, p in enumerate(thread.posts):
        if p.parent is not None:
            thread_of.setdefault(root(i), []).append(i)

    def stamp(when: datetime) -> str:
        return f"{_day(ui, when)} {ui.at} {_clock(ui, when, upper=True)}"

    def li(i: int) -> str:
        p, when = thread.posts[i], thread.posted(thread.posts[i])
        cid = f"{_cid(thread, i)}{_md5(p.author)[:5].translate(str.maketrans('abcdef', '123456'))}"
        ms = int(when.timestamp() * 1000)
        profile = f"https://www.blogger.com/profile/0{_uid(p.author)}{cid[:8]}"
        out = [f'<li class="comment" id="c{cid}">',
               '<div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div>',
               '<div class="comment-block">\n<div class="comment-header">',
               f'<cite class="user"><a href="{profile}" rel="nofollow">{escape(p.author)}</a></cite>'
               '<span class="icon user "></span>',
               f'<span class="datetime secondary-text"><a rel="nofollow" href="{post_url}?showComment={ms}#c{cid}">'
               f"{escape(stamp(when))}</a></span>\n</div>", f'<p class="comment-content">{_brs(p)}</p>',
               '<span class="comment-actions secondary-text">'
               f'<a class="comment-reply" target="_self" data-comment-id="{cid}">{escape(ui.reply)}</a>'
               f'<span class="item-control blog-admin blog-admin pid-{_uid(p.author)}"><a target="_self" '
               f'href="https://www.blogger.com/comment/delete/{blog_id}/{cid}">{escape(_t(ui, "delete"))}</a></span></span>',
               "</div>"]
        if p.parent is None:
            replies = thread_of.get(i, [])
            out.append('<div class="comment-replies">')
            if replies:
                out += [f'<div id="c{cid}-rt" class="comment-thread inline-thread">',
                        '<span class="thread-toggle thread-expanded"><span class="thread-arrow"></span>'
                        f'<span class="thread-count"><a target="_self">{escape(_t(ui, "replies"))}</a></span></span>',
                        f'<ol id="c{cid}-ra" class="thread-chrome thread-expanded">', "<div>"]
                out += [li(k) for k in replies] + [
                    f'</div>\n<div id="c{cid}-continue" class="continue"><a class="comment-reply" target="_self" '
                    f'data-comment-id="{cid}">{escape(ui.reply)}</a></div>', "</ol>\n</div>"]
            out.append(f'</div>\n<div class="comment-replybox-single" id="c{cid}-ce"></div>')
        return "\n".join(out + ["</li>"])

    sections, heads = SECTIONS[ui.lang], HEADLINES[ui.lang]
    date_header = f"{pub:%A}, {_day(ui, pub)}" if ui.lang == "en" else _day(ui, pub)
    article = "\n".join(f"<p>{escape(par)}</p>" for par in thread.article)
    n = len(thread.posts)
    pages = "\n".join(f'<li{SELECTED if k == 0 else ""}><a href="https://{host}/{"" if k == 0 else "p/" + _slug(s) + ".html"}">'
                      f"{escape(s)}</a></li>" for k, s in enumerate(sections))
    popular = "\n".join(f'<li><div class="item-content"><div class="item-title"><a href="https://{host}/2024/0{k + 1}/{_slug(h)[:40]}.html">{escape(h)}</a></div>'
                        f'<div class="item-snippet">{escape(h)} …</div></div><div style="clear: both;"></div></li>'
                        for k, h in enumerate(heads[:5]))
    body = f"""<div class="navbar no-items section" id="navbar" name="Navbar"></div><div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><div class="content-cap-top cap-top"></div>
<header><div class="header-outer"><div class="header-cap-top cap-top"></div><div class="fauxborder-left header-fauxborder-left"><div class="region-inner header-inner">
<div class="header section" id="header" name="Header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h2 class="title"><a href="https://{host}/">{escape(thread.site)}</a></h2></div><div class="descriptionwrapper"><p class="description"><span>{escape(sections[1])} · {escape(sections[2])} · {escape(sections[5])}</span></p></div></div></div></div>
</div></div></div></header>
<div class="tabs-outer"><div class="region-inner tabs-inner"><div class="tabs section" id="crosscol" name="Cross-Column"><div class="widget PageList" data-version="1" id="PageList1"><h2>{escape(_t(ui, "pages"))}</h2><div class="widget-content"><ul>
{pages}
</ul><div class="clear"></div></div></div></div></div></div><div class="main-outer"><div class="region-inner main-inner"><div class="columns fauxcolumns"><div class="columns-inner">
<div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{escape(date_header)}</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="{post_url}" itemprop="url"/><a name="{post_id}"></a><h1 class="post-title entry-title" itemprop="name">{escape(thread.title)}</h1><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{post_id}" itemprop="description articleBody">
{article}
<div style="clear: both;"></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">{escape(_t(ui, "posted_by"))} <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/0{_uid(thread.author)}" rel="author" title="author profile"><span itemprop="name">{escape(thread.author)}</span></a></span></span>
<span class="post-timestamp">{escape(ui.at)} <meta content="{post_url}" itemprop="url"/><a class="timestamp-link" href="{post_url}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{iso(pub)}">{escape(_clock(ui, pub, upper=True))}</abbr></a></span>
<span class="post-comment-link"></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID={blog_id}&amp;postID={post_id}&amp;target=email" target="_blank" title="{escape(ui.share)}"><span class="share-button-link-text">{escape(ui.share)}</span></a></div>
</div><div class="post-footer-line post-footer-line-2"><span class="post-labels">{escape(_t(ui, "labels"))} <a href="https://{host}/search/label/{_slug(sections[1])}" rel="tag">{escape(sections[1])}</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>{escape(_t(ui, "count", n=n))}:</h4><div class="comments-content"><script async="async" src="" type="text/javascript"></script>
<div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
{chr(10).join(li(k) for k in kids.get(None, []))}
</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">{escape(_t(ui, "add_comment"))}</a></div><div class="comment-replybox-thread" id="top-ce"></div>
<div class="loadmore hidden" data-post-id="{post_id}"><a target="_self">{escape(_t(ui, "load_more"))}</a></div></div></div></div>
<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><p></p><a href="https://www.blogger.com/comment/frame/{blog_id}?po={post_id}&amp;hl={ui.lang}" id="comment-editor-src"></a><iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div></p>
</div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="https://{host}/2024/0{pub.month}/{_slug(heads[0])[:40]}.html" title="Newer Post">&lt;</a></span><a class="home-link" href="https://{host}/">{escape(sections[0])}</a></div>
</div></div></div></div><div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>{escape(_t(ui, "popular"))}</h2><div class="widget-content popular-posts"><ul>{popular}</ul><div class="clear"></div></div></div>
<div class="widget Followers" data-version="1" id="Followers1"><h2 class="title">{escape(_t(ui, "subscribe"))}</h2><div class="widget-content"><p>{escape(_t(ui, "newsletter"))}</p></div></div></div></aside></div></div></div></div></div></div>
<footer><div class="footer-outer"><div class="region-inner footer-inner"><div class="foot section" id="footer-1"><div class="widget PageList" data-version="1" id="PageList2"><div class="widget-content"><ul>{"".join(f'<li><a href="https://{host}/p/{_slug(x)}.html">{escape(x)}</a></li>' for x in _footer_links(ui))}</ul></div></div></div>
<div class="foot section" id="footer-3"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">{_copyright(thread, ui)} {escape(_t(ui, "powered_by"))} <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div>
</div></div></footer></div></div>"""
    head = _head(thread, ui, f"{thread.site}: {thread.title}",
                 '<meta content="blogger" name="generator"/>\n'
                 f'<link href="{post_url}" rel="canonical"/>\n'
                 f'<link rel="alternate" type="application/atom+xml" title="{escape(thread.site)} - Atom" href="https://{host}/feeds/posts/default" />\n')
    return _doc(ui, head, body, ' class="loading variant-simplysimple"',
                ' class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" '
                'xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr"')


# ---------------------------------------------------------------------------------------- LiveJournal

def livejournal(thread: Thread, ui: UI) -> str:
    journal, kids = _slug(thread.site, "_")[:15], replies_by_parent(thread)
    entry, jhost = 1000 + thread.published.day * 7, f"{journal.replace('_', '-')}.livejournal.com"
    entry_url = f"https://{jhost}/{entry * 256 + 17}.html"

    def ljuser(name: str) -> str:
        if re.fullmatch(r"[a-z0-9_]{1,15}", name):
            sub = name.replace("_", "-")
            return (f'<span class="ljuser i-ljuser i-ljuser-type-P" data-ljuser="{name}" lj:user="{name}"><a href="https://{sub}.'
                    f'livejournal.com/profile/" target="_self" class="i-ljuser-profile"><img class="i-ljuser-userhead" '
                    f'src="https://l-stat.livejournal.net/img/userinfo_v8.svg?v=17080&amp;v=883" /></a><a href="https://{sub}.'
                    f'livejournal.com/" class="i-ljuser-username" target="_self"><b>{escape(name)}</b></a></span>')
        ext = f"ext_{_uid(name) * 7}"  # an identity (OpenID, social network) account, shown by its display name
        return (f'<span class="ljuser i-ljuser i-ljuser-type-I" data-ljuser="{ext}" lj:user="{ext}"><a href="https://www.'
                f'livejournal.com/profile?userid={_uid(name) * 131}&amp;t=I" target="_self" class="i-ljuser-profile"><img '
                'class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/openid-profile.gif?v=3" /></a><a href="https://'
                f'www.livejournal.com/profile?userid={_uid(name) * 131}&amp;t=I" class="i-ljuser-username" target="_self">'
                f"<b>{escape(name)}</b></a></span>")

    def stamp(when: datetime) -> str:
        return f"{when:%Y-%m-%d} {_clock(ui, when)} (UTC)"

    twigs: list[str] = []

    def leaf(i: int) -> None:
        p, when, depth = thread.posts[i], thread.posted(thread.posts[i]), thread.depth(i)
        tid = _cid(thread, i) * 256 + 53
        actions = [("link", _t(ui, "link"), f"{entry_url}?thread={tid}#t{tid}"),
                   ("reply", ui.reply, f"{entry_url}?replyto={tid}")]
        if p.parent is not None:
            ptid = _cid(thread, p.parent) * 256 + 53
            actions.append(("parent", _t(ui, "parent"), f"{entry_url}?thread={ptid}#t{ptid}"))
        if kids.get(i):
            actions.append(("thread", _t(ui, "thread"), f"{entry_url}?thread={tid}#t{tid}"))
        acts = "".join(f'<li class="b-leaf-actions-item b-leaf-actions-{k}"><a href="{h}" rel="nofollow" class="b-pseudo">'
                       f"{escape(label)}</a></li>" for k, label, h in actions)
        twigs.append(
            f'<div class="b-tree-twig b-tree-twig-{depth + 1}" style="margin-left: {depth * 30}px" data-tid="t{tid}">'
            f'<div class="b-leaf b-leaf-poster-{"author" if p.author == thread.author else "other"}" id="t{tid}" data-full="1" '
            f'data-updated-ts="{int(when.timestamp())}"><div class="b-leaf-inner">'
            '<div class="b-leaf-header">'
            f'<div class="b-leaf-userpic"><span><img src="https://l-userpic.livejournal.com/{_uid(p.author) * 97}/{_uid(p.author)}" '
            f'alt="" title="{escape(p.author)}" /></span></div>'
            '<div class="b-leaf-details">'
            f'<p class="b-leaf-username"><span class="b-leaf-username-name">{ljuser(p.author)}</span></p>'
            f'<p class="b-leaf-meta"><a href="{entry_url}?thread={tid}#t{tid}" class="b-leaf-permalink">'
            f'<span class="b-leaf-createdtime">{stamp(when)}</span></a></p>'
            "</div></div>"
            f'<div class="b-leaf-article">{_brs(p)}</div>'
            f'<div class="b-leaf-footer"><div class="b-leaf-actions"><ul class="b-leaf-actions-list">{acts}</ul></div></div>'
            "</div></div></div>")
        for k in kids.get(i, []):
            leaf(k)

    for k in kids.get(None, []):
        leaf(k)
    sections, heads = SECTIONS[ui.lang], HEADLINES[ui.lang]
    pub = thread.published
    tags = ", ".join(f'<a rel="tag" href="https://{jhost}/tag/{escape(s.lower())}">{escape(s.lower())}</a>'
                     for s in sections[1:4])
    article = "<br /><br />".join(escape(par) for par in thread.article)
    n = len(thread.posts)
    body = f"""<div class="s-header-wrapper"><header class="s-header" id="js-header"><div class="s-header-in">
<a href="https://www.livejournal.com/" class="s-header-item s-logo"><span>LiveJournal</span></a>
<nav class="s-nav"><ul class="s-nav-rootlist">{chr(10).join(f'<li class="s-nav-item"><a class="s-header-item__link" href="https://{jhost}/tag/{escape(s.lower())}">{escape(s)}</a></li>' for s in sections)}</ul></nav>
<div class="s-header-item s-header-item--login"><a href="https://www.livejournal.com/login.bml" class="s-header-item__link">{escape(ui.login)}</a></div></div></header></div>
<div class="s-schemius"><div class="s-journal-header"><h2 class="journal-title"><a href="https://{jhost}/">{escape(thread.site)}</a></h2><p class="journal-subtitle">{ljuser(journal)}</p></div><div class="b-singlepost-wrapper">
<article class="b-singlepost entry-{entry}" itemscope itemtype="http://schema.org/BlogPosting"><h1 class="b-singlepost-title entry-title p-name" itemprop="headline">{escape(thread.title)}</h1>
<div class="b-singlepost-author"><span class="b-singlepost-author-userpic"><img src="https://l-userpic.livejournal.com/{_uid(thread.author) * 97}/{_uid(thread.author)}" alt="" /></span> <span class="b-singlepost-author-user" itemprop="author">{escape(thread.author)}</span> <time class="b-singlepost-author-date published dt-published" itemprop="datePublished" datetime="{iso(pub)}">{pub:%Y-%m-%d} {_clock(ui, pub)}</time></div>
<div class="b-singlepost-body entry-content e-content" itemprop="articleBody">{article}</div><div class="b-singlepost-tags ljtags"><span class="b-singlepost-tags-label">{escape(_t(ui, "tags"))}:</span> {tags}</div></article>
<div class="b-xylem b-xylem-first"><ul class="b-xylem-cells"><li class="b-xylem-cell b-xylem-cell-add"><a class="b-addcomment" href="{entry_url}?mode=reply#add_comment"><span class="b-addcomment-inner"><i class="b-addcomment-icon"></i>{escape(_t(ui, "post_new"))}</span></a></li>
<li class="b-xylem-cell b-xylem-cell-amount"><span class="js-amount">{escape(_t(ui, "count", n=n))}</span></li><li class="b-xylem-cell b-xylem-cell-share"><a href="#" class="b-pseudo">{escape(ui.share)}</a></li></ul></div>
<div id="comments" class="b-grove b-grove-ready"><div class="b-tree b-tree-root">
{chr(10).join(twigs)}
</div></div>
<div class="b-xylem b-xylem-last"><ul class="b-xylem-cells"><li class="b-xylem-cell b-xylem-cell-add"><a class="b-addcomment" href="{entry_url}?mode=reply#add_comment"><span class="b-addcomment-inner">{escape(_t(ui, "post_new"))}</span></a></li></ul></div>
</div>
<aside class="s-sidebar"><div class="s-sidebar-block"><h3 class="s-sidebar-title">{escape(_t(ui, "popular"))}</h3><ul class="s-sidebar-list">{chr(10).join(f'<li><a href="https://{jhost}/{(entry - k - 1) * 256 + 17}.html">{escape(h)}</a></li>' for k, h in enumerate(heads[:5]))}</ul></div></aside></div>
<footer class="s-footer"><div class="s-footer-in"><ul class="s-footer-nav">{"".join(f'<li><a href="https://www.livejournal.com/{_slug(x)}/">{escape(x)}</a></li>' for x in _footer_links(ui))}</ul>
<p class="s-footer-copy">© 1999–{pub.year} LiveJournal, Inc. · {escape(thread.site)}</p></div></footer>"""
    head = _head(thread, ui, f"{journal}: {thread.title}: LiveJournal",
                 f'<link rel="canonical" href="{entry_url}" />\n'
                 '<link rel="stylesheet" href="https://l-stat.livejournal.net/??schemius_v4/headerV5.css,s2.css" />\n')
    return _doc(ui, head, body, f' class="s-schemius s-jconf-entry s-lang-{ui.lang}"')


# -------------------------------------------------------------------------------------------- Substack

def substack(thread: Thread, ui: UI) -> str:
    pub_slug = _slug(thread.site, "")
    host, post_slug = f"{pub_slug}.substack.com", _slug(thread.title)
    post_url = f"https://{host}/p/{post_slug}"
    kids, pub = replies_by_parent(thread), thread.published

    def comment(i: int) -> str:
        p, cid, when = thread.posts[i], _cid(thread, i) * 1000 + 411, thread.posted(thread.posts[i])
        profile = f"https://substack.com/profile/{_uid(p.author) * 4099}-{_slug(p.author)}"
        like = f"{escape(ui.like)} ({p.likes})" if p.likes else escape(ui.like)
        out = [f'<div class="comment" data-comment-id="{cid}">',
               f'<a class="comment-anchor" id="comment-{cid}" name="comment-{cid}"></a>\n<div class="comment-content">',
               f'<div class="comment-head"><div class="profile-img-wrap"><a href="{profile}"><picture><img src="https://substackcdn.com/'
               f'image/fetch/w_64,h_64,c_fill,f_auto,q_auto:good/{_md5(p.author)[:12]}.png" width="32" height="32" alt="" '
               'class="img-OACg1c"></picture></a></div></div>',
               '<div class="comment-rest">\n<div class="comment-meta">',
               f'<span class="commenter-name"><a href="{profile}" class="link-LIBpto">{escape(p.author)}</a></span>',
               f'<a class="comment-timestamp" href="{post_url}/comment/{cid}" title="{escape(ui.date(when, "long"))}">'
               f"{escape(ui.date(when, 'short'))}</a>\n</div>",
               f'<div class="comment-body"><span>{_ps(p)}</span></div>\n<div class="comment-actions">',
               f'<a class="comment-action like-button" role="button"><svg role="img" width="16" height="16" viewBox="0 0 24 24" '
               f'fill="none" stroke-width="2" stroke="currentColor"><g><title></title><path d="M20.8 4.6a5.5 5.5 0 0 0-7.7 0L12 5.7l-1.1-1.1a5.5 5.5 0 0 0-7.8 7.8l1.1 1L12 21l7.7-7.7 1-1a5.5 5.5 0 0 0 0-7.8z"></path></g></svg>'
               f'<span class="label">{like}</span></a>',
               f'<a class="comment-action reply-button" role="button">{escape(ui.reply)}</a>',
               f'<a class="comment-action share-button" role="button">{escape(ui.share)}</a>',
               '<div class="dropdown-menu-wrapper"><button class="comment-action more-button" aria-label="More"></button></div>',
               "</div>\n</div>\n</div>"]
        if kids.get(i):
            out += ['<div class="comment-list-collapser"><div class="comment-list"><div class="comment-list-items">']
            out += [comment(k) for k in kids[i]] + ["</div></div></div>"]
        return "\n".join(out + ["</div>"])

    sections, heads = SECTIONS[ui.lang], HEADLINES[ui.lang]
    article = "\n".join(f"<p>{escape(par)}</p>" for par in thread.article)
    n = len(thread.posts)
    likes = sum(p.likes for p in thread.posts) + 17
    body = f"""<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="main-menu-content"><div class="topbar-content"><div class="navbar-title"><a class="navbar-title-link" href="https://{host}/">{escape(thread.site)}</a></div>
<div class="navbar-buttons"><button class="button primary subscribe-btn">{escape(_t(ui, "subscribe"))}</button><a href="https://substack.com/sign-in?redirect=%2Fp%2F{post_slug}&amp;for_pub={pub_slug}" class="button sign-in-link">{escape(ui.login)}</a></div></div>
<div class="section-bar"><div class="section-bar-inner"><nav class="pub-nav">
{chr(10).join(f'<a class="section-link{" active" if k == 0 else ""}" href="https://{host}/{"" if k == 0 else "s/" + _slug(s)}">{escape(s)}</a>' for k, s in enumerate(sections))}
</nav></div></div></div></div><div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header">
<h1 class="post-title published" data-testid="post-title">{escape(thread.title)}</h1><h3 class="subtitle">{escape(thread.article[0][:90].rsplit(" ", 1)[0])}…</h3>
<div class="post-meta"><div class="post-meta-item"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="https://substack.com/@{_slug(thread.author, '')}" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">{escape(thread.author)}</a></div></div>
<div class="post-meta-item post-date" title="{escape(ui.date(pub, "long"))}">{escape(_day(ui, pub))}</div></div>
<div class="post-ufi style-large"><a role="button" class="post-ufi-button style-large has-label with-border"><span class="label">{likes}</span></a><a href="{post_url}/comments" class="post-ufi-button style-large post-ufi-comment-button has-label with-border"><span class="label">{n}</span></a><a role="button" class="post-ufi-button style-large has-label with-border"><span class="label">{escape(ui.share)}</span></a></div>
</div><div class="available-content"><div dir="auto" class="body markup">
{article}
</div></div>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>{escape(_t(ui, "newsletter"))}</p></div><form class="form"><input type="email" name="email" placeholder="{escape(_t(ui, "email"))}" /><button type="submit" class="button primary">{escape(_t(ui, "subscribe"))}</button></form></div></div></article>
<div id="discussion" class="comments-section"><div class="comments-page"><div class="comments-heading-wrap"><h4 class="comments-heading">{escape(_t(ui, "discussion"))}</h4>
<div class="comments-tabs"><a class="comments-tab active" href="{post_url}/comments">{escape(ui.comments)}</a></div></div>
<div class="comment-input-wrap"><div class="comment-input-row"><textarea class="comment-input" placeholder="{escape(_t(ui, "leave"))}…" disabled></textarea></div><a class="button primary" href="https://substack.com/sign-in?for_pub={pub_slug}">{escape(ui.login)}</a></div>
<div class="comments-sort"><select class="sort-select" aria-label="Sort"><option value="best_first">{escape(_t(ui, "top"))}</option><option value="newest_first">{escape(_t(ui, "newest"))}</option><option value="oldest_first">{escape(_t(ui, "oldest"))}</option></select></div>
<div class="container"><div class="comment-list"><div class="comment-list-items">
{chr(10).join(comment(k) for k in kids.get(None, []))}
</div></div></div><div class="comments-footer"><a class="button" href="{post_url}/comments">{escape(_t(ui, "load_more"))}</a></div></div></div><div class="more-posts"><h3 class="more-posts-title">{escape(_t(ui, "related"))}</h3>
{chr(10).join(f'<div class="post-preview portable-archive-post"><div class="post-preview-content"><a class="post-preview-title newsletter" href="https://{host}/p/{_slug(h)}">{escape(h)}</a><div class="post-preview-meta"><time datetime="{iso(pub)}">{escape(ui.date(pub.replace(day=max(1, pub.day - k - 1)), "short"))}</time> · {escape(thread.author)}</div></div></div>' for k, h in enumerate(heads[:5]))}
</div></div></div></div><div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="copyright">© {pub.year} {escape(thread.site)}</div>
<div class="footer-buttons">{" ∙ ".join(f'<a href="https://{host}/{_slug(x)}" class="footer-link">{escape(x)}</a>' for x in _footer_links(ui)[1:])}</div><a href="https://substack.com/signup" class="footer-substack-cta">Substack</a>
</div></div></div></div></div>"""
    head = _head(thread, ui, f"{thread.title} - {thread.site}",
                 f'<link rel="canonical" href="{post_url}" />\n'
                 f'<meta name="author" content="{escape(thread.author)}" />\n'
                 '<meta name="theme-color" content="#ffffff" />\n'
                 '<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css" />\n')
    return _doc(ui, head, body, ' class="pc-root" data-substack-theme="default"')


LAYOUTS: dict[str, Callable[[Thread, UI], str]] = {
    "cms-wordpress-twentytwentyone": wordpress_twentytwentyone,
    "cms-wordpress-newspaper": wordpress_newspaper,
    "cms-drupal7": drupal7,
    "cms-drupal10-olivero": drupal10_olivero,
    "cms-joomla-jcomments": joomla_jcomments,
    "cms-blogger": blogger,
    "cms-livejournal": livejournal,
    "cms-substack": substack,
}
