"""Home-grown comment systems of newspapers and news portals ("news-" layouts).

Each layout prints a whole article page with its reader comments the way a newspaper's own
comment system did, reconstructed from memory (no page of those sites was consulted):

- news-guardian: the Guardian's discussion frontend (about 2016-2020): `d-comment` list items,
  responses flattened one level under the top comment with 'in reply to', later responses behind a
  collapsed 'show more replies' button, relative timestamps with the full date in a title.
- news-de-kommentare: a German news portal's own comment block (Spiegel/Zeit/regional portals of
  the 2010s, German class names 'kommentar', 'antwort', 'beitrag'), replies nested to any depth.
- news-fr-commentaires: a French daily (Le Monde/Le Figaro style, 'commentaire', 'reponse',
  'auteur'), one level of replies folded under 'Voir les réponses'.
- news-es-comentarios: a Spanish daily (El Mundo/El País style, 'comentario', 'respuesta',
  'autor'), a flat numbered list in time order with 'En respuesta a #n'.
- news-ru-comments: a Russian portal (Habr/Pikabu/Lenta style), a flat list of `comment` blocks
  indented by `comment_level_N` classes, with rating arrows.
- news-dailymail: the Daily Mail's reader comments (about 2015-2019), 'NAME, CITY, COUNTRY, time
  ago' headers, arrow voting, newest first in one flat list.
- news-yahoo: Yahoo News comments before OpenWeb (about 2018-2020), Atomic CSS classes, one level
  of replies under 'N replies', sorted by popularity.
- news-table-forum: an old table-based newspaper reader forum (about 2000-2005): one table per
  message, nested by spacer-gif cells, subject lines 'Re: ...', quotes of the parent message.
- news-lemonde: Le Monde's article template (about 2020-2024) with its subscriber comment block
  ("Contributions"): newest first, every answer flat under the comment it belongs to.
- news-heise-forum: a heise online article (2020-2023 design) followed by its forum in thread view
  with the postings opened: a nested tree of postings with subjects ('Re: ...'), pseudonym, date,
  rating bar, and answers quoting the first paragraph of the posting answered.
- news-nyt: a New York Times article page (React, 2021-2023) with the comments panel open on 'All',
  newest first, replies one level deep under their thread, deeper ones marked 'In reply to NAME'.

Texts around the comments come from the given `UI` and from the small word lists below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta

from layouts.thread import UI, Thread, escape, ps, replies_by_parent, saved_at, seed

# Chrome words the UI does not carry, per language.
_WORDS: dict[str, dict] = {
    "en": dict(
        sections=("News", "World", "Politics", "Business", "Sport", "Culture", "Opinion", "Science", "Travel",
                  "Weather"),
        headlines=("Harbour pool to reopen after two-year repair", "Bakery on Mill Street wins regional prize",
                   "Bus drivers vote on new timetable", "School roof fixed ahead of winter",
                   "Local choir heads to national final"),
        most_read="Most read", related="More on this story", cookies="We use cookies to improve your experience.",
        accept="Accept all", newsletter="Get our daily newsletter", subscribe="Subscribe",
        footer=("About us", "Contact", "Advertise", "Privacy policy", "Cookie settings", "Terms of use"),
        rights="All rights reserved.", sort="Sort by", newest="Newest", oldest="Oldest", best="Best rated",
        worst="Worst rated", popular="Popular", load_more="Load more comments", more_reply="Show 1 more reply",
        more_replies="Show {n} more replies", one_reply="1 reply", replies="{n} replies",
        view_replies="View all {n} replies", write="Write a comment…", send="Post comment",
        rules="Community standards", home="Home", published="Published", per_page="Per page",
        forum="Readers' forum", subject="Subject", back="Back to the article", page="Page", search="Search",
        places=(("Leeds", "United Kingdom"), ("Boston", "United States"), ("Cork", "Ireland"),
                ("Perth", "Australia"), ("Toronto", "Canada"), ("Brighton", "United Kingdom")),
    ),
    "de": dict(
        sections=("Startseite", "Politik", "Wirtschaft", "Lokales", "Sport", "Kultur", "Wissen", "Panorama",
                  "Meinung", "Reise"),
        headlines=("Freibad öffnet nach zwei Jahren wieder", "Bäckerei aus der Mühlenstraße ausgezeichnet",
                   "Busfahrer stimmen über neuen Fahrplan ab", "Schuldach vor dem Winter repariert",
                   "Stadtchor fährt zum Bundesfinale"),
        most_read="Meistgelesen", related="Mehr zum Thema", cookies="Wir verwenden Cookies, um unser Angebot zu verbessern.",
        accept="Alle akzeptieren", newsletter="Jetzt den Newsletter bestellen", subscribe="Abonnieren",
        footer=("Impressum", "Kontakt", "Mediadaten", "Datenschutz", "Cookie-Einstellungen", "AGB"),
        rights="Alle Rechte vorbehalten.", sort="Sortieren nach", newest="Neueste", oldest="Älteste",
        best="Meistempfohlen", worst="Schlechteste", popular="Beliebt", load_more="Weitere Kommentare laden",
        more_reply="1 weitere Antwort anzeigen", more_replies="{n} weitere Antworten anzeigen",
        one_reply="1 Antwort", replies="{n} Antworten", view_replies="Alle {n} Antworten anzeigen",
        write="Schreiben Sie einen Kommentar…", send="Kommentar absenden", rules="Netiquette", home="Startseite",
        published="Veröffentlicht", per_page="Pro Seite", forum="Leserforum", subject="Betreff",
        back="Zurück zum Artikel", page="Seite", search="Suche",
        places=(("Hamburg", "Deutschland"), ("Wien", "Österreich"), ("Zürich", "Schweiz"), ("Rostock", "Deutschland"),
                ("Graz", "Österreich"), ("Kiel", "Deutschland")),
    ),
    "fr": dict(
        sections=("Actualités", "International", "Politique", "Économie", "Sports", "Culture", "Idées", "Sciences",
                  "Régions", "Météo"),
        headlines=("La piscine municipale rouvre après deux ans de travaux", "Une boulangerie du centre primée",
                   "Les chauffeurs de bus votent sur les nouveaux horaires", "Le toit de l'école réparé avant l'hiver",
                   "La chorale de la ville en finale nationale"),
        most_read="Les plus lus", related="Sur le même sujet", cookies="Nous utilisons des cookies pour améliorer votre expérience.",
        accept="Tout accepter", newsletter="Recevez notre newsletter quotidienne", subscribe="S'abonner",
        footer=("Qui sommes-nous", "Contact", "Publicité", "Confidentialité", "Gestion des cookies",
                "Conditions générales"),
        rights="Tous droits réservés.", sort="Trier par", newest="Plus récents", oldest="Plus anciens",
        best="Les mieux notés", worst="Les moins bien notés", popular="Populaires", load_more="Voir plus de commentaires",
        more_reply="Voir 1 réponse de plus", more_replies="Voir {n} réponses de plus", one_reply="1 réponse",
        replies="{n} réponses", view_replies="Voir les {n} réponses", write="Écrire un commentaire…",
        send="Publier", rules="Charte de modération", home="Accueil", published="Publié", per_page="Par page",
        forum="Forum des lecteurs", subject="Sujet", back="Retour à l'article", page="Page", search="Rechercher",
        places=(("Lyon", "France"), ("Genève", "Suisse"), ("Liège", "Belgique"), ("Montréal", "Canada"),
                ("Toulouse", "France"), ("Nantes", "France")),
    ),
    "es": dict(
        sections=("Portada", "España", "Internacional", "Economía", "Deportes", "Cultura", "Opinión", "Ciencia",
                  "Sociedad", "Tiempo"),
        headlines=("La piscina municipal reabre tras dos años de obras", "Premio regional para una panadería del centro",
                   "Los conductores de autobús votan el nuevo horario", "Reparado el tejado del colegio antes del invierno",
                   "El coro de la ciudad, en la final nacional"),
        most_read="Lo más leído", related="Más sobre este tema", cookies="Utilizamos cookies para mejorar su experiencia.",
        accept="Aceptar todo", newsletter="Reciba nuestro boletín diario", subscribe="Suscríbete",
        footer=("Quiénes somos", "Contacto", "Publicidad", "Política de privacidad", "Configuración de cookies",
                "Aviso legal"),
        rights="Todos los derechos reservados.", sort="Ordenar por", newest="Más recientes", oldest="Más antiguos",
        best="Más valorados", worst="Menos valorados", popular="Populares", load_more="Cargar más comentarios",
        more_reply="Ver 1 respuesta más", more_replies="Ver {n} respuestas más", one_reply="1 respuesta",
        replies="{n} respuestas", view_replies="Ver las {n} respuestas", write="Escribe un comentario…",
        send="Enviar", rules="Normas de participación", home="Portada", published="Publicado", per_page="Por página",
        forum="Foro de lectores", subject="Asunto", back="Volver a la noticia", page="Página", search="Buscar",
        places=(("Sevilla", "España"), ("Valencia", "España"), ("Buenos Aires", "Argentina"), ("México", "México"),
                ("Bilbao", "España"), ("Lima", "Perú")),
    ),
    "ru": dict(
        sections=("Главное", "Россия", "Мир", "Политика", "Экономика", "Город", "Спорт", "Культура", "Наука",
                  "Погода"),
        headlines=("Городской бассейн откроется после двух лет ремонта", "Пекарня с Мельничной улицы получила премию",
                   "Водители автобусов голосуют за новое расписание", "Крышу школы починили до зимы",
                   "Городской хор вышел в финал"),
        most_read="Самое читаемое", related="По теме", cookies="Мы используем файлы cookie, чтобы сайт работал лучше.",
        accept="Принять", newsletter="Подпишитесь на нашу рассылку", subscribe="Подписаться",
        footer=("О редакции", "Контакты", "Реклама", "Конфиденциальность", "Настройки cookie", "Правила"),
        rights="Все права защищены.", sort="Сортировать", newest="Новые", oldest="Старые", best="Лучшие",
        worst="Худшие", popular="Популярные", load_more="Показать ещё комментарии", more_reply="Показать ещё 1 ответ",
        more_replies="Показать ещё {n} ответа", one_reply="1 ответ", replies="{n} ответа",
        view_replies="Показать все ответы ({n})", write="Написать комментарий…", send="Отправить",
        rules="Правила комментирования", home="Главная", published="Опубликовано", per_page="На странице",
        forum="Форум читателей", subject="Тема", back="Вернуться к статье", page="Страница", search="Поиск",
        places=(("Москва", "Россия"), ("Казань", "Россия"), ("Минск", "Беларусь"), ("Рига", "Латвия"),
                ("Самара", "Россия"), ("Алматы", "Казахстан")),
    ),
}


def _w(ui: UI) -> dict:
    return _WORDS.get(ui.lang, _WORDS["en"])


def _slug(text: str) -> str:
    return "-".join(re.findall(r"\w+", text.lower())) or "x"


def _cid(thread: Thread, i: int) -> int:
    return 4800000 + (seed(thread.site) % 997) * 100 + 37 * i + 11


def _uid(name: str) -> int:
    return 100000 + seed(name) * 7 % 900000


def _root(thread: Thread, i: int) -> int:
    while thread.posts[i].parent is not None:
        i = thread.posts[i].parent
    return i


def _descendants(thread: Thread, root: int) -> list[int]:
    """Every post below `root`, in time order."""
    return [i for i in range(len(thread.posts)) if i != root and _root(thread, i) == root]


def _tree_order(thread: Thread) -> list[tuple[int, int]]:
    """(index, depth) depth first, children in time order."""
    kids, out = replies_by_parent(thread), []

    def walk(i: int, depth: int) -> None:
        out.append((i, depth))
        for k in kids.get(i, []):
            walk(k, depth + 1)

    for top in kids.get(None, []):
        walk(top, 0)
    return out


def _head(thread: Thread, sep: str = " | ", extra: str = "", css: str = "") -> str:
    desc = thread.article[0][:155]
    return f"""<!DOCTYPE html>
<html lang="{thread.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(thread.title)}{escape(sep)}{escape(thread.site)}</title>
<meta name="description" content="{escape(desc)}">
<meta name="author" content="{escape(thread.author)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(thread.title)}">
<meta property="og:site_name" content="{escape(thread.site)}">
<meta property="article:published_time" content="{thread.published.isoformat()}">
{extra}<style>{css}</style>
</head>
"""


def _links(items, li_cls: str = "", a_cls: str = "", base: str = "/") -> str:
    li = f' class="{li_cls}"' if li_cls else ""
    a = f' class="{a_cls}"' if a_cls else ""
    return "".join(f'<li{li}><a{a} href="{base}{_slug(t)}">{escape(t)}</a></li>' for t in items)


def _article_paras(thread: Thread, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{escape(p)}</p>" for p in thread.article)


# --------------------------------------------------------------------------------------------
# The Guardian discussion
# --------------------------------------------------------------------------------------------

def _guardian_comment(thread: Thread, ui: UI, i: int, response: bool, extra_cls: str = "") -> str:
    post, cid, uid = thread.posts[i], _cid(thread, i), _uid(thread.posts[i].author)
    when = thread.posted(post)
    level = "response" if response else "top-level"
    reply_to = ""
    if response and post.parent is not None:
        parent = thread.posts[post.parent]
        reply_to = (f'<span class="d-comment__reply-to-author"><a href="#comment-{_cid(thread, post.parent)}" '
                    f'class="js-jump-to-comment" data-comment-id="{_cid(thread, post.parent)}">'
                    f'<i class="i i-in-reply-to"></i><span class="u-h">{escape(ui.in_reply_to)}</span> '
                    f'{escape(parent.author)}</a></span>')
    n_resp = len(_descendants(thread, i)) if not response else 0
    return f"""<li class="d-comment d-comment--{level}{extra_cls}" id="comment-{cid}" data-comment-id="{cid}" data-comment-author="{escape(post.author)}" data-comment-author-id="{uid}" data-comment-timestamp="{int(when.timestamp()) * 1000}" data-comment-highlighted="false" data-comment-replies="{n_resp}" itemscope itemtype="http://schema.org/Comment">
<meta itemprop="dateCreated" content="{when.isoformat()}Z">
<div class="d-comment__inner d-comment__inner--{level}">
<div class="d-comment__meta">
<span class="d-comment__avatar-wrapper"><img class="d-comment__avatar" src="https://avatar.guim.co.uk/user/{uid}" alt="" width="48" height="48"></span>
<div class="d-comment__meta-text">
<span class="d-comment__author" itemprop="author" itemscope itemtype="http://schema.org/Person" title="{escape(post.author)}"><a href="https://profile.theguardian.com/user/id/{uid}" itemprop="url" data-link-name="Comment author"><span itemprop="givenName">{escape(post.author)}</span></a></span>
{reply_to}
<div class="d-comment__timestamp"><a href="https://discussion.theguardian.com/comment-permalink/{cid}" class="d-comment__timestamp-link js-comment-permalink" data-link-name="jump-to-comment-timestamp"><time datetime="{when.isoformat()}Z" title="{escape(ui.date(when, 'long'))}" class="js-timestamp" data-timestamp="{int(when.timestamp()) * 1000}" data-relativeformat="med">{escape(ui.ago_text(saved_at(thread, 47), when))}</time></a></div>
</div>
</div>
<div class="d-comment__content">
<div class="d-comment__main">
<div class="d-comment__body" itemprop="text">{ps(post)}</div>
<div class="d-comment__actions">
<div class="d-comment__recommend js-recommend-comment" data-comment-id="{cid}" data-recommend-count="{post.likes}" title="{escape(ui.like)}: {post.likes}"><span class="d-comment__recommend-count--old">{post.likes}</span><button class="u-button-reset d-comment__recommend-button" data-link-name="Recommend comment"><span class="u-h">{escape(ui.like)}</span><i class="i i-recommend"></i></button></div>
<button class="u-button-reset d-comment__action d-comment__action--reply js-reply" data-link-name="reply to comment" data-comment-id="{cid}">{escape(ui.reply)}</button>
<button class="u-button-reset d-comment__action d-comment__action--share js-share" data-link-name="Share comment">{escape(ui.share)}</button>
<a class="d-comment__action d-comment__action--report js-report-comment" href="https://discussion.theguardian.com/components/report-abuse/{cid}" data-link-name="Report">{escape(ui.report)}</a>
</div>
</div>
</div>
</div>
"""


def guardian(thread: Thread, ui: UI) -> str:
    w, kids = _w(ui), replies_by_parent(thread)
    items = []
    for top in kids.get(None, []):
        block = _guardian_comment(thread, ui, top, response=False)
        resp = _descendants(thread, top)
        if resp:
            block += '<ul class="d-thread d-thread--responses">\n'
            block += _guardian_comment(thread, ui, resp[0], response=True) + "</li>\n"
            rest = resp[1:]
            for r in rest:
                block += _guardian_comment(thread, ui, r, True, " d-comment--collapsed is-hidden") + "</li>\n"
            if rest:
                label = w["more_reply"] if len(rest) == 1 else w["more_replies"].format(n=len(rest))
                block += (f'<li class="d-show-more-replies"><button class="u-button-reset button button--small '
                          f'button--tone-news d-show-more-replies__button js-show-more-replies" data-link-name="Show more'
                          f' replies" data-comment-id="{_cid(thread, top)}" aria-expanded="false">{escape(label)}</button></li>\n')
            block += "</ul>\n"
        items.append(block + "</li>\n")
    nav = _links(w["sections"], "pillars__item", "pillar-link", "/")
    sub = _links(w["sections"][2:8], "subnav__item", "subnav-link", "/uk/")
    pub = thread.published
    most = "".join(f'<li class="most-popular__item"><span class="most-popular__number">{k + 1}</span><a href="/{_slug(h)}" '
                   f'data-link-name="article">{escape(h)}</a></li>' for k, h in enumerate(w["headlines"]))
    short = "p/" + format(seed(thread.title) * 13 % 99991, "x")
    return _head(thread, " | ", '<link rel="canonical" href="https://www.theguardian.com/uk-news/' + escape(_slug(thread.title)) + '">\n') + f"""<body class="has-page-skin" id="top">
<div class="site-message site-message--banner js-site-message" role="dialog"><p class="site-message__copy">{escape(w['cookies'])}</p><button class="button site-message__close js-site-message-close">{escape(w['accept'])}</button></div>
<header class="new-header" role="banner" data-link-name="header">
<a class="new-header__logo" href="/" data-link-name="nav2 : logo"><span class="u-h">{escape(w['home'])}</span><span class="inline-the-guardian-logo">{escape(thread.site)}</span></a>
<nav class="pillars" aria-label="sections"><ul class="pillars">{nav}</ul></nav>
<nav class="subnav" aria-label="subsections"><ul class="subnav__list">{sub}</ul></nav>
</header>
<div class="l-side-margins">
<article id="article" data-test-id="article-root" class="content content--article tonal tonal--tone-news" itemscope itemtype="http://schema.org/NewsArticle" role="main">
<div class="content__main-column">
<header class="content__head">
<h1 class="content__headline" itemprop="headline">{escape(thread.title)}</h1>
<p class="byline" data-link-name="byline" data-component="meta-byline"><span itemscope itemtype="http://schema.org/Person" itemprop="author"><a rel="author" class="tone-colour" itemprop="sameAs" data-link-name="auto tag link" href="/profile/{escape(_slug(thread.author))}"><span itemprop="name">{escape(thread.author)}</span></a></span></p>
<p class="content__dateline"><time itemprop="datePublished" datetime="{pub.isoformat()}+0100" data-timestamp="{int(pub.timestamp()) * 1000}" class="content__dateline-wpd js-wpd">{escape(ui.date(pub, 'long'))}</time></p>
<div class="meta__social" data-component="share"><a class="social-icon-wrapper" href="https://www.facebook.com/sharer.php" data-link-name="social top : facebook">{escape(ui.share)}</a> <a class="meta__comment-count" href="#comments" data-link-name="Comment count"><span class="u-h">{escape(ui.comments)}</span><span class="commentcount2__value">{len(thread.posts)}</span></a></div>
</header>
<div class="content__article-body from-content-api js-article__body" itemprop="articleBody" data-test-id="article-review-body">
{_article_paras(thread)}
</div>
<div class="submeta"><span class="submeta__label">{escape(w['related'])}</span><ul class="submeta__links">{_links(w['sections'][2:6], 'submeta__link-item', 'submeta__link')}</ul></div>
</div>
</article>
<aside class="content__secondary-column" role="complementary"><div class="js-most-popular-footer"><h2 class="most-popular__title">{escape(w['most_read'])}</h2><ol class="most-popular__list">{most}</ol></div></aside>
<section class="fc-container fc-container--tag" data-link-name="comments">
<div class="js-comments discussion" id="comments" data-discussion-key="/{short}" data-discussion-closed="false">
<div class="container__head discussion__head"><h2 class="container__title"><span class="container__title-text">{escape(ui.comments)}</span> <span class="discussion__comment-count">({len(thread.posts)})</span></h2></div>
<div class="discussion__comment-box d-comment-box"><div class="d-signin"><a class="u-underline" href="https://profile.theguardian.com/signin?returnUrl=https://www.theguardian.com/{short}" data-link-name="sign in to comment">{escape(ui.login)}</a></div></div>
<div class="discussion__toolbar">
<div class="discussion__toolbar-item"><span class="discussion__toolbar-label">{escape(w['sort'])}</span> <button class="popup__toggle js-comment-order-dropdown" data-toggle="popup--comments-order">{escape(w['oldest'])}</button>
<ul class="popup popup--comments-order is-off"><li><button class="popup__action" data-order="newest">{escape(w['newest'])}</button></li><li><button class="popup__action is-active" data-order="oldest">{escape(w['oldest'])}</button></li><li><button class="popup__action" data-order="mostrecommended">{escape(w['best'])}</button></li></ul></div>
<div class="discussion__toolbar-item"><span class="discussion__toolbar-label">{escape(w['per_page'])}</span> <button class="popup__toggle" data-toggle="popup--comments-pagesize">50</button></div>
</div>
<div class="discussion__comments discussion__comments--loaded js-discussion-main-comments">
<ul class="d-thread d-thread--comments js-new-comments">
{''.join(items)}</ul>
</div>
<div class="discussion__pagination"><span class="pagination__label">{escape(w['page'])} 1</span></div>
</div>
</section>
</div>
<footer class="l-footer" role="contentinfo"><ul class="colophon__list">{_links(w['footer'], 'colophon__item', '', '/info/')}</ul>
<div class="really-serious-copyright">© {pub.year} {escape(thread.site)}. {escape(w['rights'])}</div></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# A German news portal (Leserkommentare)
# --------------------------------------------------------------------------------------------

def _de_time(ui: UI, when: datetime) -> str:
    return f"{when:%d.%m.%Y}, {when:%H:%M} Uhr" if ui.lang == "de" else ui.date(when, "numeric")


def de_kommentare(thread: Thread, ui: UI) -> str:
    w, kids = _w(ui), replies_by_parent(thread)

    def kommentar(i: int, depth: int) -> str:
        post, cid = thread.posts[i], _cid(thread, i)
        when = thread.posted(post)
        cls = "kommentar antwort" if depth else "kommentar"
        bezug = ""
        if post.parent is not None:
            parent = thread.posts[post.parent]
            bezug = (f'<div class="antwort-auf">{escape(ui.in_reply_to)} <a href="#kommentar-{_cid(thread, post.parent)}">'
                     f'{escape(parent.author)}</a> <span class="beitrag-bezug">(#{post.parent + 1})</span></div>\n')
        inner = "".join(kommentar(k, depth + 1) for k in kids.get(i, []))
        antworten = f'<div class="antworten" data-ebene="{depth + 1}">\n{inner}</div>\n' if inner else ""
        return f"""<div class="{cls}" id="kommentar-{cid}" data-beitrag-id="{cid}" data-ebene="{depth}">
<div class="kommentar-kopf">
<img class="nutzerbild" src="/static/img/nutzer/{_uid(post.author)}.jpg" alt="{escape(post.author)}" width="40" height="40">
<div class="kommentar-meta"><a class="verfasser" href="/nutzer/{escape(_slug(post.author))}" rel="nofollow">{escape(post.author)}</a>
<a class="beitrag-nummer" href="#kommentar-{cid}">#{i + 1}</a>
<time class="zeitstempel" datetime="{when.isoformat()}+01:00">{escape(_de_time(ui, when))}</time></div>
</div>
{bezug}<div class="kommentar-text beitrag-text">{ps(post)}</div>
<div class="kommentar-fuss">
<button class="empfehlen" type="button" data-anzahl="{post.likes}" aria-label="{escape(ui.like)}"><span class="daumen"></span>{escape(ui.like)} <span class="anzahl">{post.likes}</span></button>
<a class="antworten-link" href="/kommentar/antworten/{cid}" rel="nofollow">{escape(ui.reply)}</a>
<a class="melden" href="/kommentar/melden/{cid}" rel="nofollow">{escape(ui.report)}</a>
</div>
{antworten}</div>
"""

    liste = "".join(kommentar(i, 0) for i in kids.get(None, []))
    pub = thread.published
    nav = _links(w["sections"], "navigation-punkt", "navigation-link", "/")
    meist = "".join(f'<li class="meistgelesen-eintrag"><a href="/{_slug(h)}">{escape(h)}</a></li>' for h in w["headlines"])
    return _head(thread, " - ", '<meta name="robots" content="index, follow">\n') + f"""<body class="artikelseite">
<div id="cookie-hinweis" class="cookie-hinweis"><p>{escape(w['cookies'])}</p><button class="cookie-zustimmen">{escape(w['accept'])}</button></div>
<header class="kopfbereich">
<div class="logo"><a href="/" title="{escape(w['home'])}">{escape(thread.site)}</a></div>
<form class="suche" action="/suche"><input type="search" name="q" placeholder="{escape(w['search'])}"></form>
<nav class="hauptnavigation"><ul>{nav}</ul></nav>
</header>
<div class="seitenrahmen">
<main id="inhalt">
<article class="artikel" itemscope itemtype="https://schema.org/NewsArticle">
<header class="artikel-kopf">
<span class="dachzeile">{escape(w['sections'][3])}</span>
<h1 class="artikel-titel" itemprop="headline">{escape(thread.title)}</h1>
<div class="artikel-meta"><span class="autor" itemprop="author" itemscope itemtype="https://schema.org/Person">{escape(ui.by)} <span itemprop="name">{escape(thread.author)}</span></span>
<time class="datum" itemprop="datePublished" datetime="{pub.isoformat()}+01:00">{escape(_de_time(ui, pub))}</time>
<a class="kommentar-anzahl" href="#kommentare">{len(thread.posts)} {escape(ui.comments)}</a></div>
</header>
<div class="artikel-text" itemprop="articleBody">
{_article_paras(thread, 'absatz')}
</div>
<div class="teilen-leiste"><a class="teilen" href="#">{escape(ui.share)}</a></div>
</article>
<section id="kommentare" class="kommentarbereich">
<h2 class="kommentare-titel">{escape(ui.comments)} <span class="kommentare-anzahl">({len(thread.posts)})</span></h2>
<p class="netiquette-hinweis"><a href="/netiquette">{escape(w['rules'])}</a></p>
<div class="kommentar-formular"><a class="knopf anmelden" href="/anmelden?ziel=%23kommentare">{escape(ui.login)}</a></div>
<div class="kommentar-sortierung">{escape(w['sort'])}: <a class="aktiv" href="?sortierung=alt">{escape(w['oldest'])}</a> | <a href="?sortierung=neu">{escape(w['newest'])}</a> | <a href="?sortierung=empfohlen">{escape(w['best'])}</a></div>
<div class="kommentarliste">
{liste}</div>
<div class="blaettern"><button class="weitere-kommentare" type="button" disabled>{escape(w['load_more'])}</button></div>
</section>
</main>
<aside class="randspalte">
<div class="kasten meistgelesen"><h3>{escape(w['most_read'])}</h3><ol>{meist}</ol></div>
<div class="kasten newsletter"><p>{escape(w['newsletter'])}</p><a class="knopf" href="/newsletter">{escape(w['subscribe'])}</a></div>
</aside>
</div>
<footer class="fussbereich"><ul class="fuss-links">{_links(w['footer'], '', '', '/service/')}</ul>
<p class="copyright">© {pub.year} {escape(thread.site)} – {escape(w['rights'])}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# A French daily
# --------------------------------------------------------------------------------------------

def _fr_date(ui: UI, when: datetime) -> str:
    return f"{ui.on} {ui.date(when, 'long')}".strip()


def fr_commentaires(thread: Thread, ui: UI) -> str:
    w, kids = _w(ui), replies_by_parent(thread)

    def commentaire(i: int, reponse: bool) -> str:
        post, cid = thread.posts[i], _cid(thread, i)
        when = thread.posted(post)
        dest = ""
        if reponse:
            dest = (f' <span class="reponse__destinataire">{escape(ui.in_reply_to)} '
                    f'<a href="#commentaire-{_cid(thread, post.parent)}">{escape(thread.posts[post.parent].author)}</a></span>')
        cls = "commentaire reponse" if reponse else "commentaire"
        initiale = escape(post.author[:1].upper())
        return f"""<li class="{cls}" id="commentaire-{cid}" data-id="{cid}"{f' data-parent="{_cid(thread, post.parent)}"' if reponse else ''}>
<div class="commentaire__entete">
<span class="commentaire__avatar" aria-hidden="true">{initiale}</span>
<span class="auteur commentaire__auteur">{escape(post.author)}</span>{dest}
<span class="commentaire__date"><time datetime="{when.isoformat()}+02:00">{escape(_fr_date(ui, when))}</time></span>
</div>
<div class="commentaire__texte">{ps(post, 'commentaire__paragraphe')}</div>
<div class="commentaire__actions">
<button class="commentaire__action commentaire__action--repondre" type="button">{escape(ui.reply)}</button>
<button class="commentaire__action commentaire__action--aime" type="button" aria-label="{escape(ui.like)}">{escape(ui.like)} <span class="compteur">{post.likes or ''}</span></button>
<a class="commentaire__action commentaire__action--signaler" href="/signaler/commentaire/{cid}">{escape(ui.report)}</a>
</div>
"""

    items = []
    for top in kids.get(None, []):
        block = commentaire(top, False)
        reps = _descendants(thread, top)
        if reps:
            label = w["one_reply"] if len(reps) == 1 else w["view_replies"].format(n=len(reps))
            block += (f'<button class="commentaire__voir-reponses" type="button" aria-expanded="false" '
                      f'aria-controls="reponses-{_cid(thread, top)}">{escape(label)}</button>\n'
                      f'<ul class="reponses reponses--repliees" id="reponses-{_cid(thread, top)}">\n')
            block += "".join(commentaire(r, True) + "</li>\n" for r in reps) + "</ul>\n"
        items.append(block + "</li>\n")
    pub = thread.published
    rub = _links(w["sections"], "rubriques__item", "rubriques__lien", "/")
    lus = "".join(f'<li class="plus-lus__item"><a class="plus-lus__lien" href="/{_slug(h)}">{escape(h)}</a></li>'
                  for h in w["headlines"])
    return _head(thread, " – ", '<meta name="twitter:card" content="summary_large_image">\n') + f"""<body class="page-article">
<div class="bandeau-consentement" role="dialog"><p>{escape(w['cookies'])}</p><button class="bandeau-consentement__accepter">{escape(w['accept'])}</button></div>
<header class="entete">
<div class="entete__logo"><a href="/">{escape(thread.site)}</a></div>
<a class="entete__abonnement" href="/abonnement">{escape(w['subscribe'])}</a>
<nav class="rubriques"><ul class="rubriques__liste">{rub}</ul></nav>
</header>
<main class="zone zone--article">
<article class="article article--contenu">
<header class="article__entete">
<p class="article__rubrique">{escape(w['sections'][8])}</p>
<h1 class="article__titre">{escape(thread.title)}</h1>
<p class="article__chapo">{escape(thread.article[0])}</p>
<div class="meta"><span class="meta__auteur">{escape(ui.by)} <a class="article__lien-auteur" href="/signataires/{escape(_slug(thread.author))}">{escape(thread.author)}</a></span>
<span class="meta__date">{escape(w['published'])} {escape(_fr_date(ui, pub))}</span></div>
</header>
<section class="article__contenu">
{''.join(f'<p class="article__paragraphe">{escape(t)}</p>' for t in thread.article[1:])}
</section>
<aside class="article__partage"><a href="#">{escape(ui.share)}</a></aside>
</article>
<section id="commentaires" class="commentaires">
<h2 class="commentaires__titre">{escape(ui.comments)} <span class="commentaires__nombre">({len(thread.posts)})</span></h2>
<p class="commentaires__charte"><a href="/charte">{escape(w['rules'])}</a></p>
<div class="commentaires__connexion"><a class="bouton" href="/connexion?retour=%23commentaires">{escape(ui.login)}</a></div>
<div class="commentaires__tri"><label for="tri">{escape(w['sort'])}</label> <select id="tri" name="tri"><option value="recents">{escape(w['newest'])}</option><option value="anciens" selected>{escape(w['oldest'])}</option><option value="notes">{escape(w['best'])}</option></select></div>
<ul class="commentaires__liste">
{''.join(items)}</ul>
<button class="commentaires__plus bouton" type="button">{escape(w['load_more'])}</button>
</section>
<aside class="plus-lus"><h3 class="plus-lus__titre">{escape(w['most_read'])}</h3><ol>{lus}</ol></aside>
</main>
<footer class="pied"><ul class="pied__liens">{_links(w['footer'], 'pied__item', 'pied__lien', '/services/')}</ul>
<p class="pied__copyright">© {escape(thread.site)} {pub.year}. {escape(w['rights'])}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# A Spanish daily: flat numbered list
# --------------------------------------------------------------------------------------------

def _es_time(ui: UI, when: datetime) -> str:
    return ui.date(when, "numeric") if ui.lang == "en" else f"{when:%d/%m/%Y} {when:%H:%M}h"


def es_comentarios(thread: Thread, ui: UI) -> str:
    w = _w(ui)
    items = []
    for i, post in enumerate(thread.posts):
        cid, when = _cid(thread, i), thread.posted(post)
        resp, cls = "", "comentario"
        if post.parent is not None:
            cls = "comentario respuesta"
            resp = (f'<p class="respuesta-a">{escape(ui.in_reply_to)} <a href="#comentario-{post.parent + 1}" '
                    f'data-id="{_cid(thread, post.parent)}">#{post.parent + 1}</a> '
                    f'<span class="autor-citado">{escape(thread.posts[post.parent].author)}</span></p>\n')
        items.append(f"""<li class="{cls}" id="comentario-{i + 1}" data-id="{cid}">
<div class="comentario-cabecera">
<span class="numero-comentario"><a href="#comentario-{i + 1}">#{i + 1}</a></span>
<span class="autor"><img class="avatar" src="/usuarios/avatar/{_uid(post.author)}.png" alt="" width="32" height="32"> <a class="autor-nombre" href="/usuarios/{escape(_slug(post.author))}" rel="nofollow">{escape(post.author)}</a></span>
<time class="fecha" datetime="{when.isoformat()}+01:00">{escape(_es_time(ui, when))}</time>
</div>
{resp}<div class="texto-comentario">{ps(post)}</div>
<div class="acciones-comentario">
<a class="responder" href="#responder-{cid}" rel="nofollow">{escape(ui.reply)}</a>
<span class="votos"><button class="votar votar-positivo" type="button" title="{escape(ui.like)}">+</button> <span class="numero-votos">{post.likes}</span> <button class="votar votar-negativo" type="button">−</button></span>
<a class="denunciar" href="/denunciar/{cid}" rel="nofollow">{escape(ui.report)}</a>
</div>
</li>
""")
    pub = thread.published
    menu = _links(w["sections"], "menu-item", "menu-enlace", "/")
    leido = "".join(f'<li><span class="posicion">{k + 1}</span> <a href="/{_slug(h)}.html">{escape(h)}</a></li>'
                    for k, h in enumerate(w["headlines"]))
    return _head(thread, " | ", '<meta name="news_keywords" content="' + escape(", ".join(w["sections"][1:4])) + '">\n') + f"""<body class="noticia-detalle">
<div id="aviso-cookies" class="aviso-cookies"><p>{escape(w['cookies'])}</p><button class="boton-aceptar">{escape(w['accept'])}</button></div>
<header class="cabecera">
<div class="cabecera-logo"><a href="/">{escape(thread.site)}</a></div>
<div class="cabecera-fecha">{escape(ui.date(pub, 'short'))}</div>
<nav class="menu-principal"><ul>{menu}</ul></nav>
</header>
<div class="contenedor">
<main class="columna-principal">
<article class="noticia" itemscope itemtype="http://schema.org/NewsArticle">
<header class="noticia-cabecera">
<p class="antetitulo">{escape(w['sections'][1])}</p>
<h1 class="titular" itemprop="headline">{escape(thread.title)}</h1>
<div class="firma"><span class="autor-nombre" itemprop="author">{escape(thread.author)}</span>
<time class="fecha" itemprop="datePublished" datetime="{pub.isoformat()}+01:00">{escape(_es_time(ui, pub))}</time>
<a class="enlace-comentarios" href="#comentarios">{len(thread.posts)} {escape(ui.comments)}</a></div>
</header>
<div class="cuerpo-noticia" itemprop="articleBody">
{_article_paras(thread)}
</div>
<div class="compartir"><a class="compartir-enlace" href="#">{escape(ui.share)}</a></div>
</article>
<section id="comentarios" class="bloque-comentarios">
<header class="comentarios-cabecera"><h2>{escape(ui.comments)} <span class="contador">{len(thread.posts)}</span></h2>
<a class="normas" href="/normas-participacion.html">{escape(w['rules'])}</a></header>
<div class="comentarios-acceso"><a class="boton" href="/registro/login?destino=%23comentarios">{escape(ui.login)}</a></div>
<div class="comentarios-orden"><span>{escape(w['sort'])}:</span> <a class="activo" href="?orden=antiguos">{escape(w['oldest'])}</a> <a href="?orden=recientes">{escape(w['newest'])}</a> <a href="?orden=valorados">{escape(w['best'])}</a></div>
<ol class="lista-comentarios">
{''.join(items)}</ol>
<div class="paginacion"><span class="pagina-actual">{escape(w['page'])} 1</span> <a class="mas-comentarios" href="?pagina=2">{escape(w['load_more'])}</a></div>
</section>
</main>
<aside class="columna-lateral"><div class="modulo lo-mas-leido"><h3>{escape(w['most_read'])}</h3><ol>{leido}</ol></div>
<div class="modulo boletin"><p>{escape(w['newsletter'])}</p><a href="/boletines">{escape(w['subscribe'])}</a></div></aside>
</div>
<footer class="pie"><ul class="pie-enlaces">{_links(w['footer'], '', '', '/corporativo/')}</ul>
<p class="pie-copyright">© {escape(thread.site)} {pub.year}. {escape(w['rights'])}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# A Russian portal: flat list, indented by level classes
# --------------------------------------------------------------------------------------------

def ru_comments(thread: Thread, ui: UI) -> str:
    w = _w(ui)
    items = []
    for i, depth in _tree_order(thread):
        post, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        pid = _cid(thread, post.parent) if post.parent is not None else 0
        up = ""
        if post.parent is not None:
            up = (f'<a class="comment__parent-link" href="#comment_{pid}" title="{escape(ui.in_reply_to)} '
                  f'{escape(thread.posts[post.parent].author)}">↑</a>')
        rating = f"+{post.likes}" if post.likes else "0"
        items.append(f"""<div class="comment comment_level_{depth}" id="comment_{cid}" data-id="{cid}" data-parent-id="{pid}" data-level="{depth}" style="margin-left: {min(depth, 8) * 24}px">
<div class="comment__header">
<a class="comment__avatar" href="/users/{escape(_slug(post.author))}/"><img src="/avatars/{_uid(post.author)}.png" alt="{escape(post.author)}" width="24" height="24"></a>
<a class="comment__author" href="/users/{escape(_slug(post.author))}/">{escape(post.author)}</a>
<time class="comment__datetime" datetime="{when.isoformat()}+03:00">{escape(ui.date(when, 'long'))}</time>
<a class="comment__permalink" href="#comment_{cid}">#</a>{up}
</div>
<div class="comment__body"><div class="comment__text">{ps(post)}</div></div>
<div class="comment__footer">
<button class="comment__reply-button" type="button" data-reply-to="{cid}">{escape(ui.reply)}</button>
<div class="comment__rating" title="{escape(ui.like)}"><button class="comment__vote comment__vote_up" type="button" aria-label="+">▲</button><span class="comment__rating-count">{rating}</span><button class="comment__vote comment__vote_down" type="button" aria-label="−">▼</button></div>
<div class="comment__menu"><button class="comment__menu-item comment__share" type="button">{escape(ui.share)}</button><button class="comment__menu-item comment__report" type="button">{escape(ui.report)}</button></div>
</div>
</div>
""")
    pub = thread.published
    menu = "".join(f'<a class="header__menu-item" href="/rubrics/{_slug(s)}/">{escape(s)}</a>' for s in w["sections"])
    top = "".join(f'<li class="sidebar-news__item"><a class="sidebar-news__link" href="/news/{pub:%Y/%m/%d}/{k}/">'
                  f'<span class="sidebar-news__time">{(pub - timedelta(hours=k + 1)):%H:%M}</span> {escape(h)}</a></li>'
                  for k, h in enumerate(w["headlines"]))
    return _head(thread, " — ", '<meta name="yandex-verification" content="4f1c2a9e7b3d5a10">\n') + f"""<body class="page page_topic">
<header class="header">
<a class="header__logo" href="/">{escape(thread.site)}</a>
<nav class="header__menu">{menu}</nav>
<a class="header__login" href="/login/">{escape(ui.login)}</a>
</header>
<div class="layout">
<main class="layout__main">
<article class="topic" itemscope itemtype="https://schema.org/NewsArticle">
<div class="topic__header">
<a class="topic__rubric" href="/rubrics/{escape(_slug(w['sections'][5]))}/">{escape(w['sections'][5])}</a>
<h1 class="topic__title" itemprop="headline">{escape(thread.title)}</h1>
<div class="topic__info"><span class="topic__author" itemprop="author">{escape(thread.author)}</span>
<time class="topic__time" itemprop="datePublished" datetime="{pub.isoformat()}+03:00">{escape(ui.date(pub, 'long'))}</time></div>
</div>
<div class="topic__body" itemprop="articleBody">
{_article_paras(thread, 'topic-body__paragraph')}
</div>
<div class="topic__share"><button class="share-button" type="button">{escape(ui.share)}</button></div>
</article>
<section class="comments" id="comments">
<div class="comments__header"><h2 class="comments__title">{escape(ui.comments)} <span class="comments__count">{len(thread.posts)}</span></h2>
<div class="comments__sort"><span class="comments__sort-label">{escape(w['sort'])}:</span> <button class="comments__sort-item comments__sort-item_active" type="button">{escape(w['oldest'])}</button> <button class="comments__sort-item" type="button">{escape(w['newest'])}</button> <button class="comments__sort-item" type="button">{escape(w['best'])}</button></div></div>
<div class="comments__form comments__form_guest"><textarea class="comments__textarea" placeholder="{escape(w['write'])}" disabled></textarea><a class="comments__login" href="/login/?back=%23comments">{escape(ui.login)}</a></div>
<div class="comments__list">
{''.join(items)}</div>
<a class="comments__rules" href="/rules/">{escape(w['rules'])}</a>
</section>
</main>
<aside class="layout__sidebar"><section class="sidebar-news"><h3 class="sidebar-news__title">{escape(w['most_read'])}</h3><ul class="sidebar-news__list">{top}</ul></section></aside>
</div>
<footer class="footer"><nav class="footer__links">{''.join(f'<a class="footer__link" href="/about/{_slug(t)}/">{escape(t)}</a>' for t in w['footer'])}</nav>
<p class="footer__copyright">© {pub.year} {escape(thread.site)}. {escape(w['rights'])} 18+</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Daily Mail reader comments: flat, newest first
# --------------------------------------------------------------------------------------------

def dailymail(thread: Thread, ui: UI) -> str:
    w, now = _w(ui), saved_at(thread, 47)
    items = []
    for i in sorted(range(len(thread.posts)), key=lambda k: -thread.posts[k].minutes_after):
        post, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        city, country = w["places"][seed(post.author) % len(w["places"])]
        down = seed(post.author + "down") % 4
        reply_to = ""
        if post.parent is not None:
            reply_to = (f'<p class="reply-to"><a class="js-reply-to" href="#comment-{_cid(thread, post.parent)}">'
                        f'{escape(ui.in_reply_to)} {escape(thread.posts[post.parent].author)}</a></p>\n')
        text = "<br><br>".join(escape(p) for p in post.paragraphs)
        items.append(f"""<div class="comment{' reply' if post.parent is not None else ''}" id="comment-{cid}" data-comment-id="{cid}">
<div class="comment-body">
<p class="user-info"><a class="js-usr" href="/registration/profile/{_uid(post.author)}/profile.html" rel="nofollow">{escape(post.author)}</a>, <span class="user-loc">{escape(city)}, {escape(country)}</span>, <span class="js-time comment-time" title="{escape(ui.date(when, 'long'))}">{escape(ui.ago_text(now, when))}</span></p>
{reply_to}<p class="comment-text">{text}</p>
<div class="comment-footer">
<div class="rating-buttons"><a class="rate-up js-rate-up" href="#" title="{escape(ui.like)}"><span class="arrow-up">&#9650;</span></a><span class="rating-count rating-up-count">{post.likes}</span><a class="rate-down js-rate-down" href="#"><span class="arrow-down">&#9660;</span></a><span class="rating-count rating-down-count">{down}</span></div>
<a class="js-reply comment-reply" href="#" rel="nofollow">{escape(ui.reply)}</a>
<a class="js-share comment-share" href="#" rel="nofollow">{escape(ui.share)}</a>
<a class="js-report comment-report" href="#" rel="nofollow">{escape(ui.report)}</a>
</div>
</div>
</div>
""")
    pub = thread.published
    nav = "".join(f'<li class="{_slug(s)}"><a href="/{_slug(s)}/index.html">{escape(s)}</a></li>' for s in w["sections"])
    puff = "".join(f'<li class="puff-item"><a href="/news/article-{seed(h) % 9000000 + 1000000}/{_slug(h)}.html">'
                   f'<span class="pufftext"><strong>{escape(h)}</strong></span></a></li>' for h in w["headlines"])
    return _head(thread, " | ", '<meta name="robots" content="max-image-preview:large">\n') + f"""<body class="mol-desktop">
<div id="page-container">
<div class="cookie-banner"><p>{escape(w['cookies'])}</p><button>{escape(w['accept'])}</button></div>
<div id="header" class="page-header">
<div class="masthead"><a class="logo" href="/home/index.html" title="{escape(w['home'])}">{escape(thread.site)}</a></div>
<ul class="nav-primary cleared bdrgr3">{nav}</ul>
</div>
<div id="content" class="article-wrap">
<div class="alpha">
<div id="js-article-text" class="article-text wide">
<h1>{escape(thread.title)}</h1>
<p class="author-section byline-plain">{escape(ui.by)} <a class="author" href="/home/search.html?s=&amp;authornamef={escape(_slug(thread.author))}" rel="nofollow">{escape(thread.author)}</a></p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">{escape(w['published'])}:</span> <time datetime="{pub.isoformat()}+0100">{pub:%H:%M}, {escape(ui.date(pub, 'short'))} {pub.year}</time></span> | <a class="comments-count" href="#comments">{escape(ui.comments)} ({len(thread.posts)})</a></p>
<div itemprop="articleBody">
{_article_paras(thread, 'mol-para-with-font')}
</div>
<div class="share-or-comment"><a href="#comments">{escape(ui.share)}</a></div>
</div>
<div id="reader-comments" class="reader-comments">
<a name="comments"></a>
<div class="comments-header"><h3 class="comments-title">{escape(ui.comments)} <span class="comments-count">({len(thread.posts)})</span></h3></div>
<div class="comments-sort"><span class="sort-label">{escape(w['sort'])}</span><ul class="tabs"><li class="tab selected"><a href="#">{escape(w['newest'])}</a></li><li class="tab"><a href="#">{escape(w['oldest'])}</a></li><li class="tab"><a href="#">{escape(w['best'])}</a></li><li class="tab"><a href="#">{escape(w['worst'])}</a></li></ul></div>
<div class="comment-login"><a class="js-login" href="/registration/login.html">{escape(ui.login)}</a></div>
<div class="comments" id="js-comments">
{''.join(items)}</div>
<div class="view-all"><a class="js-view-all" href="#">{escape(w['load_more'])}</a></div>
<p class="comments-disclaimer"><a href="/home/house_rules.html">{escape(w['rules'])}</a></p>
</div>
</div>
<div class="beta"><div class="femail puff"><h3>{escape(w['most_read'])}</h3><ul class="link-bogr2 linkro-wocc">{puff}</ul></div></div>
</div>
<div id="footer" class="page-footer"><ul class="footer-links">{_links(w['footer'], '', '', '/home/')}</ul>
<p class="copyright">© {escape(thread.site)} {pub.year}. {escape(w['rights'])}</p></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Yahoo News comments (before OpenWeb): Atomic CSS, one level of replies
# --------------------------------------------------------------------------------------------

def yahoo(thread: Thread, ui: UI) -> str:
    w, now, kids = _w(ui), saved_at(thread, 47), replies_by_parent(thread)
    rid = [300]

    def react() -> int:
        rid[0] += 7
        return rid[0]

    def comment(i: int, reply: bool) -> str:
        post, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        mention = ""
        if reply and thread.posts[post.parent].parent is not None:
            mention = (f'<span class="reply-mention C($c-fuji-blue-1-b) Fw(b) Mend(4px)">'
                       f'@{escape(thread.posts[post.parent].author)}</span>')
        down = seed(post.author) % 3
        cls = "comment reply Mt(12px)" if reply else "comment Pend(2px) Mt(5px) Mb(11px) P(12px)"
        return f"""<li class="{cls}" data-reactid="{react()}" data-uuid="{cid:x}-{_uid(post.author):x}">
<div class="Pos(r) Pstart(52px)" data-reactid="{react()}">
<img class="Pos(a) Start(0) T(0) Bdrs(50%) W(40px) H(40px)" src="https://s.yimg.com/ag/images/default_user_profile_pic_48sq.jpg" alt="{escape(post.author)}" data-reactid="{react()}">
<div class="D(f) Fxw(w) Ai(c) Mend(40px)" data-reactid="{react()}"><button class="comment-author Fz(14px) Fw(b) Bd(n) P(0) Bgc(t) C($c-fuji-batcave) Cur(p) Td(u):h" data-reactid="{react()}">{escape(post.author)}</button><span class="Mstart(8px) Fz(12px) C($c-fuji-grey-h)" title="{escape(ui.date(when, 'long'))}" data-reactid="{react()}">{escape(ui.ago_text(now, when))}</span></div>
<div class="C($c-fuji-grey-l) Mb(2px) Fz(14px) Lh(20px) Pend(8px) Wow(bw)" data-reactid="{react()}"><div class="comment-content">{mention}{ps(post, 'Mb(8px)')}</div></div>
<div class="D(f) Jc(sb) Ai(c) Mt(8px)" data-reactid="{react()}">
<button class="reply-button Bd(n) Bgc(t) Fz(12px) Fw(b) C($c-fuji-grey-h) Cur(p) P(0)" data-reactid="{react()}">{escape(ui.reply)}</button>
<div class="D(f) Ai(c)" data-reactid="{react()}"><button aria-label="Thumbs Up" title="{escape(ui.like)}" class="up-vote Bd(n) Bgc(t) Cur(p) Mend(14px)"><svg width="16" height="16" viewBox="0 0 24 24"><path d="M2 10h4v12H2zm20 1c0-1.1-.9-2-2-2h-6.3l1-4.6V4c0-.4-.2-.8-.4-1.1L13.2 2 6.6 8.6c-.4.4-.6.9-.6 1.4v10c0 1.1.9 2 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z"></path></svg><span class="Va(m) Mstart(4px) Fz(12px)">{post.likes}</span></button><button aria-label="Thumbs Down" class="down-vote Bd(n) Bgc(t) Cur(p) Mend(14px)"><svg width="16" height="16" viewBox="0 0 24 24"><path d="M22 14h-4V2h4zM2 13c0 1.1.9 2 2 2h6.3l-1 4.6V20c0 .4.2.8.4 1.1l1.1 1 6.6-6.6c.4-.4.6-.9.6-1.4V4c0-1.1-.9-2-2-2H7c-.8 0-1.5.5-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2z"></path></svg><span class="Va(m) Mstart(4px) Fz(12px)">{down}</span></button>
<button class="more-actions Bd(n) Bgc(t) Cur(p)" aria-label="{escape(ui.report)}" title="{escape(ui.report)}">···</button></div>
</div>
"""

    tops = sorted(kids.get(None, []), key=lambda k: (-thread.posts[k].likes, k))
    items = []
    for top in tops:
        block = comment(top, False)
        reps = _descendants(thread, top)
        if reps:
            label = w["one_reply"] if len(reps) == 1 else w["replies"].format(n=len(reps))
            block += (f'<button class="replies-button Bd(n) Bgc(t) C($c-fuji-blue-1-b) Fz(12px) Fw(b) Cur(p) Mt(8px)" '
                      f'aria-expanded="true" data-reactid="{react()}">{escape(label)}</button>\n'
                      f'<ul class="replies-list List(n) Pstart(0) Mt(4px)" data-reactid="{react()}">\n')
            block += "".join(comment(r, True) + "</div>\n</li>\n" for r in reps) + "</ul>\n"
        items.append(block + "</div>\n</li>\n")
    pub = thread.published
    nav = "".join(f'<li class="D(ib) Mend(18px)"><a class="C(#fff) Fw(b) Td(n)" href="/{_slug(s)}/">{escape(s)}</a></li>'
                  for s in w["sections"])
    trend = "".join(f'<li class="Py(6px) Bdb(s) Bdc($c-fuji-grey-c) Bdbw(1px)"><a class="Fw(b) Fz(14px) C($c-fuji-batcave)" '
                    f'href="/news/{_slug(h)}-{seed(h) % 999999}.html">{escape(h)}</a></li>' for h in w["headlines"])
    return _head(thread, " - ", '<meta name="oath:guce:consent-host" content="guce.yahoo.com">\n') + f"""<body class="Bgc(#fff) M(0) Ff(ff-yahoo-sans)">
<div id="YDC-UH" class="Bgc($c-fuji-purple-a) H(60px) Px(20px) D(f) Ai(c)">
<a id="header-logo" class="C(#fff) Fz(24px) Fw(b) Td(n)" href="/" aria-label="{escape(w['home'])}">{escape(thread.site)}</a>
<form class="Mstart(30px)" action="/search"><input class="W(400px)" type="text" name="p" placeholder="{escape(w['search'])}"></form>
<a class="Mstart(a) C(#fff)" href="https://login.yahoo.com/">{escape(ui.login)}</a>
</div>
<nav id="YDC-Nav" class="Bgc($c-fuji-purple-b) Px(20px) Py(8px)"><ul class="List(n) M(0) P(0)">{nav}</ul></nav>
<div id="YDC-Col1" class="Fl(start) W(650px) Px(20px)">
<article class="caas-container" itemscope itemtype="http://schema.org/NewsArticle">
<header class="caas-title-wrapper"><h1 data-test-locator="headline" itemprop="headline">{escape(thread.title)}</h1></header>
<div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse" itemprop="author">{escape(thread.author)}</span></div>
<div class="caas-attr-time-style"><time class="" datetime="{pub.isoformat()}.000Z">{escape(ui.date(pub, 'long'))}</time>·<span>{len(thread.article)} min</span></div></div>
<div class="caas-body" itemprop="articleBody">
{_article_paras(thread)}
</div>
</article>
<div id="comments-Container" class="Mt(30px)">
<div class="Bdb(s) Bdbw(1px) Bdc($c-fuji-grey-c) Pb(10px) D(f) Ai(c)"><h2 class="comments-title D(ib) Fz(18px) Fw(b) M(0)">{escape(ui.comments)}</h2><span class="Mstart(8px) C($c-fuji-grey-h)">({len(thread.posts)})</span>
<div class="Mstart(a) Fz(12px)"><span>{escape(w['sort'])} </span><select class="sort-filter Bd(n) Fw(b)"><option value="popular" selected>{escape(w['popular'])}</option><option value="newest">{escape(w['newest'])}</option><option value="oldest">{escape(w['oldest'])}</option></select></div></div>
<div class="comment-input-box D(f) Ai(c) Py(12px)"><a class="Bdrs(20px) Bgc($c-fuji-blue-1-b) C(#fff) Px(16px) Py(8px) Td(n)" href="https://login.yahoo.com/?.done=%23comments">{escape(ui.login)}</a><span class="Mstart(12px) C($c-fuji-grey-h)">{escape(w['write'])}</span></div>
<ul class="comments-list List(n) Ovs(touch) Pos(r) Mt(10px) Mstart(-12px) Pt(5px)" data-reactid="{react()}">
{''.join(items)}</ul>
<button class="show-more-button Bd(n) Bgc(t) C($c-fuji-blue-1-b) Fw(b) Cur(p) W(100%) Py(12px)" type="button">{escape(w['load_more'])}</button>
<p class="Fz(11px) C($c-fuji-grey-h)"><a href="https://guce.yahoo.com/community-guidelines">{escape(w['rules'])}</a></p>
</div>
</div>
<div id="YDC-Col2" class="Fl(end) W(300px)"><div class="trending-list"><h3 class="Fz(16px) Fw(b)">{escape(w['most_read'])}</h3><ul class="List(n) P(0)">{trend}</ul></div></div>
<footer id="YDC-Footer" class="Cl(b) Pt(40px) Fz(12px) C($c-fuji-grey-h)"><ul class="List(n) D(f)">{_links(w['footer'], 'Mend(12px)', 'C($c-fuji-grey-h)', '/policies/')}</ul>
<p>© {pub.year} {escape(thread.site)}. {escape(w['rights'])}</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# An old table-based newspaper reader forum
# --------------------------------------------------------------------------------------------

def table_forum(thread: Thread, ui: UI) -> str:
    w = _w(ui)
    font = '<font face="Verdana, Arial, Helvetica, sans-serif" size="2">'
    small = '<font face="Verdana, Arial, Helvetica, sans-serif" size="1">'
    subject: dict[int, str] = {}
    msgs = []
    for i, depth in _tree_order(thread):
        post, cid, when = thread.posts[i], _cid(thread, i), thread.posted(thread.posts[i])
        if post.parent is None:
            subject[i] = thread.title
        else:
            parent_subject = subject[post.parent]
            subject[i] = parent_subject if parent_subject.startswith("Re: ") else "Re: " + parent_subject
        spacer = ""
        if depth:
            width = depth * 24
            spacer = f'<td width="{width}" rowspan="2" valign="top"><img src="/images/spacer.gif" width="{width}" height="1" border="0" alt=""></td>'
        quote = ""
        if post.parent is not None:
            parent = thread.posts[post.parent]
            quote = (f'<blockquote>{small}{escape(parent.author)} {escape(ui.wrote)}</font><hr size="1" noshade>'
                     f'{small}<i>{escape(parent.paragraphs[0])}</i></font><hr size="1" noshade></blockquote>')
        text = "<br><br>".join(escape(p) for p in post.paragraphs)
        msgs.append(f"""<a name="msg{cid}"></a>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr>{spacer}<td bgcolor="{'#E8E8E0' if depth else '#D6DDE6'}">{font}<b>{escape(subject[i])}</b></font><br>{small}<b>{escape(post.author)}</b> &nbsp;-&nbsp; {escape(ui.date(when, 'iso'))}</font></td></tr>
<tr><td>{quote}{font}{text}</font><br><br>{small}[<a href="reply.asp?id={cid}">{escape(ui.reply)}</a>] [<a href="alert.asp?id={cid}">{escape(ui.report)}</a>]</font></td></tr>
</table>
<hr size="1" noshade color="#CCCCCC">
""")
    pub = thread.published
    nav = " | ".join(f'<a href="/{_slug(s)}/index.html"><font color="#FFFFFF">{escape(s)}</font></a>' for s in w["sections"])
    side = "".join(f'<tr><td>{small}<a href="/archiv/{pub:%Y%m%d}/{_slug(h)}.html">{escape(h)}</a></font></td></tr>'
                   for h in w["headlines"])
    foot = " | ".join(f'<a href="/{_slug(t)}.html">{escape(t)}</a>' for t in w["footer"])
    head = _head(thread, " - ", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                 '<meta name="keywords" content="' + escape(", ".join(w["sections"][:4])) + '">\n',
                 "body{font-family:Verdana,Arial,sans-serif} a{color:#003366}")
    return head + f"""<body bgcolor="#FFFFFF" text="#000000" link="#003366" vlink="#666666" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td bgcolor="#003366"><font face="Georgia, Times New Roman, serif" size="6" color="#FFFFFF"><b>{escape(thread.site)}</b></font></td></tr>
<tr><td bgcolor="#336699">{small}{nav}</font></td></tr>
</table>
<table width="780" border="0" cellspacing="0" cellpadding="8">
<tr>
<td width="160" valign="top" bgcolor="#EEEEEE">
<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#CCCCCC">{small}<b>{escape(w['most_read'])}</b></font></td></tr>{side}</table>
<br>{small}<a href="/newsletter.asp">{escape(w['newsletter'])}</a></font>
</td>
<td width="620" valign="top">
{small}<a href="/">{escape(w['home'])}</a> &gt; <a href="/{escape(_slug(w['sections'][3]))}/index.html">{escape(w['sections'][3])}</a> &gt; {escape(w['forum'])}</font>
<h1><font face="Georgia, Times New Roman, serif" size="5">{escape(thread.title)}</font></h1>
{small}{escape(ui.by)} {escape(thread.author)}, {escape(ui.date(pub, 'numeric'))}</font>
{font}
{_article_paras(thread)}
</font>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#003366">{font}<font color="#FFFFFF"><b>{escape(w['forum'])}: {escape(ui.comments)} ({len(thread.posts)})</b></font></font></td></tr>
<tr><td bgcolor="#EEEEEE">{small}<a href="/forum/login.asp">{escape(ui.login)}</a> | <a href="/forum/regeln.asp">{escape(w['rules'])}</a> | {escape(w['oldest'])}</font></td></tr></table>
<br>
{''.join(msgs)}
{small}<a href="#top">{escape(w['back'])}</a></font>
</td>
</tr>
</table>
<table width="780" border="0" cellspacing="0" cellpadding="6"><tr><td align="center" bgcolor="#EEEEEE">{small}{foot}<br>© 2001-{pub.year} {escape(thread.site)}. {escape(w['rights'])}</font></td></tr></table>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Words of the Le Monde, heise and New York Times layouts
# --------------------------------------------------------------------------------------------

_MORE: dict[str, dict] = {
    "en": dict(
        lm_nav=("International", "Politics", "Society", "Fact check", "Sport", "Planet", "Science", "Campus", "Africa", "Ideas", "Culture"),
        lm_top="Subscribe|Log in|Menu|Search", lm_published="Published on {d}, at {t}", lm_updated="updated at {t}",
        lm_reading="Reading time {n} min.", lm_premium="Subscribers only", lm_tools="Gift this article|Read later|Share",
        lm_by="By", lm_contrib="Contributions", lm_welcome="Welcome to the space for comments by Le Monde subscribers. Read our charter.",
        lm_guest="You cannot comment: this space is reserved for subscribers.|Subscribe|Already a subscriber?|Log in",
        lm_sort="Most recent|Oldest", lm_reply="Reply", lm_report="Report abuse", lm_replies="See the replies ({n})|Hide the replies",
        lm_date="On {d} at {t}", lm_more="See more contributions", lm_reuse="Reuse this content",
        lm_footer=("Legal notice", "Group charter", "Privacy policy", "Cookie management", "Terms of sale", "Help (FAQ)", "Independent newspaper"),
        hz_nav=("News", "Topics", "heise+", "c't", "iX", "Mac & i", "Make", "Developer", "Security", "Jobs"),
        hz_reading="Reading time: {n} min.", hz_read_comments="Read comments ({n} posts)", hz_print="Print", hz_share="Share article",
        hz_forum="Comments on:", hz_to_article="Go to article", hz_views="Thread view|Flat view", hz_new="New post",
        hz_sort="Sort:|Newest first|Oldest first|Best rated", hz_rules="Forum rules", hz_rate="Rate positively|Rate negatively",
        hz_rating="Posting rating: {n}", hz_wrote="{x} wrote on {d}:", hz_permalink="Permalink", hz_answer="Reply", hz_report="Report",
        hz_login="Log in to comment", hz_footer=("Legal notice", "Privacy", "Contact", "Media data", "Terms", "Cookie settings"),
        hz_more="More from heise online", hz_posts="{n} posts",
        ny_sections=("U.S.", "World", "Business", "Arts", "Lifestyle", "Opinion", "Audio", "Games", "Cooking", "Wirecutter", "The Athletic"),
        ny_top="Today’s Paper|Log in|Subscribe for $1/week|Account", ny_share="Share full article|Give this article|Save",
        ny_ad="Advertisement|SKIP ADVERTISEMENT", ny_print="A version of this article appears in print on {d}, Section A, Page {p} of the New York edition with the headline: {h}.",
        ny_print_links="Order Reprints|Today’s Paper|Subscribe", ny_tabs="NYT Picks|Reader Picks|All", ny_sort="Newest|Oldest",
        ny_recommend="Recommend", ny_flag="Flag", ny_pick="Times Pick", ny_see="See {n} Replies|See 1 Reply|Hide replies",
        ny_form="Share your thoughts.|Log in or create an account to comment.", ny_comments="Comments",
        ny_more_in="More in {x}", ny_footer=("NYTCo", "Contact Us", "Accessibility", "Work with us", "Advertise", "T Brand Studio", "Your Ad Choices", "Privacy Policy", "Terms of Service", "Terms of Sale", "Site Map", "Help", "Subscriptions"),
        ny_date="{mon}. {d}, {y}", ny_updated="Updated {t} ET", ny_edition="Section A"),
    "de": dict(
        lm_nav=("International", "Politik", "Gesellschaft", "Faktencheck", "Sport", "Planet", "Wissenschaft", "Campus", "Afrika", "Debatten", "Kultur"),
        lm_top="Abonnieren|Anmelden|Menü|Suche", lm_published="Veröffentlicht am {d} um {t}", lm_updated="aktualisiert um {t}",
        lm_reading="Lesezeit {n} Min.", lm_premium="Nur für Abonnenten", lm_tools="Artikel verschenken|Später lesen|Teilen",
        lm_by="Von", lm_contrib="Beiträge", lm_welcome="Willkommen im Kommentarbereich für Abonnentinnen und Abonnenten. Lesen Sie unsere Regeln.",
        lm_guest="Sie können nicht kommentieren: Dieser Bereich ist Abonnenten vorbehalten.|Abonnieren|Schon Abonnent?|Anmelden",
        lm_sort="Neueste|Älteste", lm_reply="Antworten", lm_report="Missbrauch melden", lm_replies="Antworten anzeigen ({n})|Antworten ausblenden",
        lm_date="Am {d} um {t}", lm_more="Weitere Beiträge anzeigen", lm_reuse="Diesen Inhalt weiterverwenden",
        lm_footer=("Impressum", "Leitlinien", "Datenschutz", "Cookie-Einstellungen", "AGB", "Hilfe (FAQ)", "Unabhängige Zeitung"),
        hz_nav=("News", "Themen", "heise+", "c't", "iX", "Mac & i", "Make", "Developer", "Security", "Jobs"),
        hz_reading="Lesezeit: {n} Min.", hz_read_comments="Kommentare lesen ({n} Beiträge)", hz_print="Drucken", hz_share="Artikel teilen",
        hz_forum="Kommentare zu:", hz_to_article="Zum Artikel", hz_views="Thread-Ansicht|Flache Ansicht", hz_new="Neuer Beitrag",
        hz_sort="Sortierung:|Neueste zuerst|Älteste zuerst|Beste Bewertung", hz_rules="Forenregeln", hz_rate="Positiv bewerten|Negativ bewerten",
        hz_rating="Beitragsbewertung: {n}", hz_wrote="{x} schrieb am {d}:", hz_permalink="Permalink", hz_answer="Antworten", hz_report="Melden",
        hz_login="Zum Kommentieren anmelden", hz_footer=("Impressum", "Datenschutz", "Kontakt", "Mediadaten", "AGB", "Cookies & Tracking"),
        hz_more="Mehr von heise online", hz_posts="{n} Beiträge",
        ny_sections=("Inland", "Welt", "Wirtschaft", "Kunst", "Leben", "Meinung", "Audio", "Spiele", "Kochen", "Wirecutter", "The Athletic"),
        ny_top="Heutige Ausgabe|Anmelden|Abonnieren für 1 € pro Woche|Konto", ny_share="Ganzen Artikel teilen|Artikel verschenken|Speichern",
        ny_ad="Anzeige|ANZEIGE ÜBERSPRINGEN", ny_print="Eine Fassung dieses Artikels erschien gedruckt am {d}, Teil A, Seite {p} mit der Überschrift: {h}.",
        ny_print_links="Nachdrucke bestellen|Heutige Ausgabe|Abonnieren", ny_tabs="Auswahl der Redaktion|Auswahl der Leser|Alle", ny_sort="Neueste|Älteste",
        ny_recommend="Empfehlen", ny_flag="Melden", ny_pick="Redaktionsauswahl", ny_see="{n} Antworten ansehen|1 Antwort ansehen|Antworten ausblenden",
        ny_form="Teilen Sie Ihre Gedanken.|Melden Sie sich an oder erstellen Sie ein Konto, um zu kommentieren.", ny_comments="Kommentare",
        ny_more_in="Mehr aus {x}", ny_footer=("Unternehmen", "Kontakt", "Barrierefreiheit", "Karriere", "Werben", "T Brand Studio", "Werbeeinstellungen", "Datenschutz", "Nutzungsbedingungen", "Verkaufsbedingungen", "Sitemap", "Hilfe", "Abonnements"),
        ny_date="{d}. {mon}. {y}", ny_updated="Aktualisiert {t} Uhr", ny_edition="Teil A"),
    "fr": dict(
        lm_nav=("International", "Politique", "Société", "Les Décodeurs", "Sport", "Planète", "Sciences", "Campus", "Afrique", "Idées", "Culture"),
        lm_top="S’abonner|Se connecter|Menu|Rechercher", lm_published="Publié le {d} à {t}", lm_updated="modifié à {t}",
        lm_reading="Temps de Lecture {n} min.", lm_premium="Article réservé aux abonnés", lm_tools="Offrir l’article|Lire plus tard|Partager",
        lm_by="Par", lm_contrib="Contributions", lm_welcome="Bienvenue dans l’espace dédié aux commentaires des abonnés du Monde. Lire la charte.",
        lm_guest="Vous ne pouvez pas commenter : cet espace est réservé aux abonnés.|S’abonner|Déjà abonné ?|Se connecter",
        lm_sort="Les plus récentes|Les plus anciennes", lm_reply="Répondre", lm_report="Signaler un abus", lm_replies="Voir les réponses ({n})|Masquer les réponses",
        lm_date="Le {d} à {t}", lm_more="Voir plus de contributions", lm_reuse="Réutiliser ce contenu",
        lm_footer=("Mentions légales", "Charte du groupe", "Politique de confidentialité", "Gestion des cookies", "Conditions générales de vente", "Aide (FAQ)", "Journal indépendant"),
        hz_nav=("Actualités", "Thèmes", "heise+", "c't", "iX", "Mac & i", "Make", "Développeurs", "Sécurité", "Emplois"),
        hz_reading="Temps de lecture : {n} min.", hz_read_comments="Lire les commentaires ({n} messages)", hz_print="Imprimer", hz_share="Partager l’article",
        hz_forum="Commentaires sur :", hz_to_article="Vers l’article", hz_views="Vue arborescente|Vue à plat", hz_new="Nouveau message",
        hz_sort="Tri :|Plus récents d’abord|Plus anciens d’abord|Mieux notés", hz_rules="Règles du forum", hz_rate="Noter positivement|Noter négativement",
        hz_rating="Note du message : {n}", hz_wrote="{x} a écrit le {d} :", hz_permalink="Permalien", hz_answer="Répondre", hz_report="Signaler",
        hz_login="Se connecter pour commenter", hz_footer=("Mentions légales", "Confidentialité", "Contact", "Publicité", "CGU", "Cookies"),
        hz_more="Plus de heise online", hz_posts="{n} messages",
        ny_sections=("États-Unis", "Monde", "Économie", "Arts", "Style", "Opinion", "Audio", "Jeux", "Cuisine", "Wirecutter", "The Athletic"),
        ny_top="Journal du jour|Se connecter|S’abonner pour 1 € par semaine|Compte", ny_share="Partager l’article|Offrir cet article|Enregistrer",
        ny_ad="Publicité|PASSER LA PUBLICITÉ", ny_print="Une version de cet article est parue dans l’édition imprimée du {d}, section A, page {p}, sous le titre : {h}.",
        ny_print_links="Commander une reproduction|Journal du jour|S’abonner", ny_tabs="Choix de la rédaction|Choix des lecteurs|Tous", ny_sort="Plus récents|Plus anciens",
        ny_recommend="Recommander", ny_flag="Signaler", ny_pick="Choix de la rédaction", ny_see="Voir les {n} réponses|Voir 1 réponse|Masquer les réponses",
        ny_form="Donnez votre avis.|Connectez-vous ou créez un compte pour commenter.", ny_comments="Commentaires",
        ny_more_in="Plus dans {x}", ny_footer=("Groupe", "Nous contacter", "Accessibilité", "Carrières", "Publicité", "T Brand Studio", "Vos choix publicitaires", "Confidentialité", "Conditions d’utilisation", "Conditions de vente", "Plan du site", "Aide", "Abonnements"),
        ny_date="{d} {mon}. {y}", ny_updated="Mis à jour à {t}", ny_edition="section A"),
    "es": dict(
        lm_nav=("Internacional", "Política", "Sociedad", "Verificación", "Deportes", "Planeta", "Ciencia", "Campus", "África", "Ideas", "Cultura"),
        lm_top="Suscribirse|Iniciar sesión|Menú|Buscar", lm_published="Publicado el {d} a las {t}", lm_updated="actualizado a las {t}",
        lm_reading="Tiempo de lectura {n} min.", lm_premium="Artículo reservado a suscriptores", lm_tools="Regalar el artículo|Leer más tarde|Compartir",
        lm_by="Por", lm_contrib="Contribuciones", lm_welcome="Bienvenido al espacio de comentarios de los suscriptores. Lea nuestras normas.",
        lm_guest="No puede comentar: este espacio está reservado a los suscriptores.|Suscribirse|¿Ya es suscriptor?|Iniciar sesión",
        lm_sort="Más recientes|Más antiguas", lm_reply="Responder", lm_report="Denunciar un abuso", lm_replies="Ver las respuestas ({n})|Ocultar las respuestas",
        lm_date="El {d} a las {t}", lm_more="Ver más contribuciones", lm_reuse="Reutilizar este contenido",
        lm_footer=("Aviso legal", "Carta del grupo", "Política de privacidad", "Gestión de cookies", "Condiciones de venta", "Ayuda (FAQ)", "Periódico independiente"),
        hz_nav=("Noticias", "Temas", "heise+", "c't", "iX", "Mac & i", "Make", "Desarrolladores", "Seguridad", "Empleo"),
        hz_reading="Tiempo de lectura: {n} min.", hz_read_comments="Leer comentarios ({n} mensajes)", hz_print="Imprimir", hz_share="Compartir artículo",
        hz_forum="Comentarios sobre:", hz_to_article="Ir al artículo", hz_views="Vista en árbol|Vista plana", hz_new="Nuevo mensaje",
        hz_sort="Orden:|Más recientes primero|Más antiguos primero|Mejor valorados", hz_rules="Normas del foro", hz_rate="Valorar positivamente|Valorar negativamente",
        hz_rating="Valoración del mensaje: {n}", hz_wrote="{x} escribió el {d}:", hz_permalink="Enlace permanente", hz_answer="Responder", hz_report="Denunciar",
        hz_login="Inicia sesión para comentar", hz_footer=("Aviso legal", "Privacidad", "Contacto", "Publicidad", "Condiciones", "Cookies"),
        hz_more="Más de heise online", hz_posts="{n} mensajes",
        ny_sections=("EE. UU.", "Mundo", "Negocios", "Artes", "Estilo", "Opinión", "Audio", "Juegos", "Cocina", "Wirecutter", "The Athletic"),
        ny_top="Edición de hoy|Iniciar sesión|Suscríbete por 1 € a la semana|Cuenta", ny_share="Compartir el artículo|Regalar este artículo|Guardar",
        ny_ad="Publicidad|SALTAR PUBLICIDAD", ny_print="Una versión de este artículo apareció en la edición impresa del {d}, sección A, página {p}, con el titular: {h}.",
        ny_print_links="Pedir reimpresiones|Edición de hoy|Suscribirse", ny_tabs="Selección del Times|Selección de los lectores|Todos", ny_sort="Más recientes|Más antiguos",
        ny_recommend="Recomendar", ny_flag="Denunciar", ny_pick="Selección del Times", ny_see="Ver {n} respuestas|Ver 1 respuesta|Ocultar respuestas",
        ny_form="Comparte tu opinión.|Inicia sesión o crea una cuenta para comentar.", ny_comments="Comentarios",
        ny_more_in="Más en {x}", ny_footer=("Grupo", "Contacto", "Accesibilidad", "Empleo", "Publicidad", "T Brand Studio", "Preferencias de anuncios", "Privacidad", "Términos del servicio", "Condiciones de venta", "Mapa del sitio", "Ayuda", "Suscripciones"),
        ny_date="{d} de {mon}. de {y}", ny_updated="Actualizado a las {t}", ny_edition="sección A"),
    "ru": dict(
        lm_nav=("В мире", "Политика", "Общество", "Проверка фактов", "Спорт", "Планета", "Наука", "Кампус", "Африка", "Идеи", "Культура"),
        lm_top="Подписаться|Войти|Меню|Поиск", lm_published="Опубликовано {d} в {t}", lm_updated="обновлено в {t}",
        lm_reading="Время чтения {n} мин.", lm_premium="Только для подписчиков", lm_tools="Подарить статью|Прочитать позже|Поделиться",
        lm_by="Автор:", lm_contrib="Мнения читателей", lm_welcome="Добро пожаловать в раздел комментариев подписчиков. Прочитайте наши правила.",
        lm_guest="Вы не можете комментировать: раздел доступен только подписчикам.|Подписаться|Уже подписаны?|Войти",
        lm_sort="Сначала новые|Сначала старые", lm_reply="Ответить", lm_report="Пожаловаться", lm_replies="Показать ответы ({n})|Скрыть ответы",
        lm_date="{d} в {t}", lm_more="Показать ещё", lm_reuse="Использовать материал",
        lm_footer=("Правовая информация", "Устав группы", "Конфиденциальность", "Настройки cookie", "Условия продажи", "Помощь", "Независимая газета"),
        hz_nav=("Новости", "Темы", "heise+", "c't", "iX", "Mac & i", "Make", "Разработка", "Безопасность", "Вакансии"),
        hz_reading="Время чтения: {n} мин.", hz_read_comments="Читать комментарии ({n} сообщений)", hz_print="Печать", hz_share="Поделиться статьёй",
        hz_forum="Комментарии к статье:", hz_to_article="К статье", hz_views="Дерево|Список", hz_new="Новое сообщение",
        hz_sort="Сортировка:|Сначала новые|Сначала старые|По рейтингу", hz_rules="Правила форума", hz_rate="Оценить положительно|Оценить отрицательно",
        hz_rating="Рейтинг сообщения: {n}", hz_wrote="{x} писал(а) {d}:", hz_permalink="Ссылка", hz_answer="Ответить", hz_report="Пожаловаться",
        hz_login="Войдите, чтобы комментировать", hz_footer=("Выходные данные", "Конфиденциальность", "Контакты", "Реклама", "Условия", "Cookie"),
        hz_more="Ещё от heise online", hz_posts="{n} сообщений",
        ny_sections=("США", "Мир", "Бизнес", "Искусство", "Стиль", "Мнения", "Аудио", "Игры", "Кулинария", "Wirecutter", "The Athletic"),
        ny_top="Сегодняшний номер|Войти|Подписка за 1 $ в неделю|Аккаунт", ny_share="Поделиться статьёй|Подарить статью|Сохранить",
        ny_ad="Реклама|ПРОПУСТИТЬ РЕКЛАМУ", ny_print="Версия этой статьи опубликована в печатном выпуске {d}, раздел A, страница {p}, под заголовком: {h}.",
        ny_print_links="Заказать перепечатку|Сегодняшний номер|Подписаться", ny_tabs="Выбор редакции|Выбор читателей|Все", ny_sort="Сначала новые|Сначала старые",
        ny_recommend="Рекомендовать", ny_flag="Пожаловаться", ny_pick="Выбор редакции", ny_see="Показать ответы ({n})|Показать 1 ответ|Скрыть ответы",
        ny_form="Поделитесь своим мнением.|Войдите или создайте аккаунт, чтобы комментировать.", ny_comments="Комментарии",
        ny_more_in="Ещё в разделе «{x}»", ny_footer=("Компания", "Контакты", "Доступность", "Вакансии", "Реклама", "T Brand Studio", "Настройки рекламы", "Конфиденциальность", "Условия использования", "Условия продажи", "Карта сайта", "Помощь", "Подписка"),
        ny_date="{d} {mon} {y} г.", ny_updated="Обновлено в {t}", ny_edition="раздел A"),
}


def _more(ui: UI) -> dict:
    return _MORE[ui.lang]


def _long_day(ui: UI, when: datetime) -> str:
    """'8 octobre 2024', 'October 8, 2024', '14. März 2024', '20 de febrero de 2024', '11 июня 2024'."""
    month = ui.months[when.month - 1]
    if ui.lang == "en":
        return f"{month} {when.day}, {when.year}"
    if ui.lang == "de":
        return f"{when.day}. {month} {when.year}"
    if ui.lang == "es":
        return f"{when.day} de {month} de {when.year}"
    return f"{when.day:02d} {month} {when.year}" if ui.lang == "fr" else f"{when.day} {month} {when.year}"


def _clock(ui: UI, when: datetime, fr_style: bool = False) -> str:
    if ui.lang == "en":
        return when.strftime("%I:%M %p").lstrip("0").lower().replace("am", "a.m.").replace("pm", "p.m.")
    return f"{when:%H}h{when:%M}" if fr_style and ui.lang == "fr" else f"{when:%H:%M}"


# --------------------------------------------------------------------------------------------
# Le Monde
# --------------------------------------------------------------------------------------------

def lemonde(thread: Thread, ui: UI) -> str:
    """Le Monde (lemonde.fr, article template of about 2020-2024) with its own subscriber comment
    block ("Contributions"): article__title / meta__date / article__paragraph markup, premium label,
    then comments newest first, each answer listed flat under the comment it belongs to (a reply to a
    reply joins the same list, in time order), with 'Répondre' and 'Signaler un abus'."""
    w, m, kids = _w(ui), _more(ui), replies_by_parent(thread)
    aid = 6_300_000 + seed(thread.title) % 90_000
    section = _slug(m["lm_nav"][2])
    url = f"/{section}/article/{thread.published:%Y/%m/%d}/{_slug(thread.title)}_{aid}_3224.html"
    pub = thread.published
    upd = pub + timedelta(hours=2, minutes=25)
    top = _more(ui)["lm_top"].split("|")
    tools = m["lm_tools"].split("|")
    guest = m["lm_guest"].split("|")
    sort = m["lm_sort"].split("|")
    see, hide = m["lm_replies"].split("|")

    def when(d: datetime) -> str:
        day = f"{d:%d/%m/%Y}" if ui.lang != "en" else f"{d:%m/%d/%Y}"
        return m["lm_date"].format(d=day, t=_clock(ui, d, fr_style=True))

    def comment(i: int, child: bool) -> str:
        p = thread.posts[i]
        cid = 41_000_000 + _cid(thread, i)
        d = thread.posted(p)
        replies = ""
        if not child:
            under = _descendants(thread, i)
            if under:
                replies = (f'<div class="comment__children-toggle"><button class="comment__see-replies js-comment-replies" aria-expanded="true" '
                           f'data-label-closed="{escape(see.format(n=len(under)))}">{escape(hide)}</button></div>'
                           f'<section class="comment__children">{"".join(comment(k, True) for k in under)}</section>')
        return f"""<section class="comment{' comment--child' if child else ''}" id="comment-{cid}" data-comment-id="{cid}" data-parent-id="{'' if p.parent is None else 41_000_000 + _cid(thread, _root(thread, i))}">
<div class="comment__header"><span class="comment__author">{escape(p.author)}</span><span class="comment__date">{escape(when(d))}</span></div>
<div class="comment__body">{ps(p, 'comment__content')}</div>
<div class="comment__actions"><button class="comment__action comment__action--reply js-comment-reply" data-comment-id="{cid}">{escape(m['lm_reply'])}</button><button class="comment__action comment__action--report js-comment-report" data-comment-id="{cid}">{escape(m['lm_report'])}</button></div>
{replies}</section>"""

    tops = sorted(kids.get(None, []), key=lambda i: -thread.posts[i].minutes_after)
    nav = "".join(f'<li class="Nav__item"><a class="js-actu-tag" href="/{_slug(x)}/">{escape(x)}</a></li>' for x in m["lm_nav"])
    kicker = m["lm_nav"][2]
    paras = "".join(f'<p class="article__paragraph ">{escape(x)}</p>' for x in thread.article)
    most = "".join(f'<li class="old__aside-most-read-item"><span class="old__most-read-number">{k + 1}</span><a href="/{section}/article/{pub:%Y/%m/%d}/{_slug(h)}_{aid - 7 * (k + 1)}_3224.html" class="old__aside-most-read-link">{escape(h)}</a></li>'
                   for k, h in enumerate(w["headlines"]))
    related = "".join(f'<section class="teaser teaser--inline-picture"><a class="teaser__link" href="/{section}/article/{pub:%Y/%m/%d}/{_slug(h)}_{aid - 17 * (k + 1)}_3224.html"><h3 class="teaser__title">{escape(h)}</h3></a>'
                      f'<p class="teaser__date">{escape(m["lm_premium"]) if k % 2 else ""}</p></section>'
                      for k, h in enumerate(w["headlines"][:3]))
    published = m["lm_published"].format(d=_long_day(ui, pub), t=_clock(ui, pub, fr_style=True))
    updated = m["lm_updated"].format(t=_clock(ui, upd, fr_style=True))
    n = len(thread.posts)
    body = f"""<body class="article-page article-page--premium" data-premium="1">
<div id="js-cookie-banner" class="cookie-banner" role="dialog"><p class="cookie-banner__text">{escape(w['cookies'])}</p><button class="cookie-banner__button js-cookie-accept">{escape(w['accept'])}</button></div>
<header class="Header Header--article" id="Header">
<div class="Header__main"><button class="Burger js-burger" aria-label="{escape(top[2])}"><span class="Burger__label">{escape(top[2])}</span></button>
<a class="Header__logo" href="/" title="{escape(thread.site)}"><span class="Header__logo-text">{escape(thread.site)}</span></a>
<div class="Header__actions"><a class="Header__subscribe button button--yellow" href="/abonnement/">{escape(top[0])}</a><a class="Header__login js-login" href="https://secure.lemonde.fr/sfuser/connexion">{escape(top[1])}</a><button class="Header__search js-search" aria-label="{escape(top[3])}"></button></div></div>
<nav class="Nav Nav--article" role="navigation"><ul class="Nav__list">{nav}</ul></nav></header>
<main id="habillagepub" class="article article--content">
<section class="zone zone--article">
<header class="article__header article__header--content">
<ul class="breadcrumb"><li class="breadcrumb__parent"><a href="/{section}/">{escape(kicker)}</a></li></ul>
<section class="article__kicker"><span class="article__kicker-premium icon__premium">{escape(m['lm_premium'])}</span></section>
<h1 class="article__title">{escape(thread.title)}</h1>
</header>
<section class="article__wrapper article__wrapper--premium">
<article class="article__content old__article-content-single">
<section class="meta meta__publisher"><span class="meta__author meta__author--no-after">{escape(m['lm_by'])} <a class="article__author-link" href="/signataires/{_slug(thread.author)}/">{escape(thread.author)}</a></span></section>
<section class="meta meta__date-reading"><span class="meta__date meta__date--header">{escape(published)}, {escape(updated)}</span>
<span class="meta__reading-time"><span class="icon__reading-time"></span>{escape(m['lm_reading'].format(n=1 + sum(len(x) for x in thread.article) // 1200))}</span></section>
<section class="meta__social article__socials"><button class="meta__social-button js-gift-article">{escape(tools[0])}</button><button class="meta__social-button js-bookmark-article">{escape(tools[1])}</button><button class="meta__social-button js-share-article">{escape(tools[2])}</button></section>
<section class="article__reading"><p class="article__status"><span class="icon__premium"></span>{escape(m['lm_premium'])}</p></section>
{paras}
<section class="article__reuse"><a class="article__reuse-link" href="https://www.lemonde.fr/syndication/">{escape(m['lm_reuse'])}</a></section>
</article>
<aside class="aside__iso old__aside"><section class="area area--runner old__aside-most-read"><h3 class="old__aside-title">{escape(w['most_read'])}</h3><ul class="old__aside-most-read-list">{most}</ul></section></aside>
</section>
<section class="article__siblings"><h2 class="article__siblings-title">{escape(w['related'])}</h2>{related}</section>
<section class="comments" id="comments" data-article-id="{aid}">
<header class="comments__header"><h2 class="comments__title">{escape(m['lm_contrib'])}</h2><span class="comments__count">{n}</span>
<p class="comments__subtitle">{escape(m['lm_welcome'])}</p></header>
<div class="comments__guest"><p class="comments__guest-text">{escape(guest[0])}</p><a class="button button--yellow" href="/abonnement/">{escape(guest[1])}</a> <span class="comments__guest-login">{escape(guest[2])} <a href="https://secure.lemonde.fr/sfuser/connexion">{escape(guest[3])}</a></span></div>
<div class="comments__sort"><button class="comments__sort-button comments__sort-button--active" data-sort="desc">{escape(sort[0])}</button><button class="comments__sort-button" data-sort="asc">{escape(sort[1])}</button></div>
<div class="comments__list js-comments-list">{''.join(comment(i, False) for i in tops)}</div>
<button class="comments__more button button--outline js-comments-more" hidden>{escape(m['lm_more'])}</button>
</section>
</section>
</main>
<footer class="Footer" role="contentinfo"><div class="Footer__logo">{escape(thread.site)}</div><ul class="Footer__links">{_links(m['lm_footer'], 'Footer__item', 'Footer__link', '/')}</ul>
<p class="Footer__copyright">© {escape(thread.site)} {pub.year}. {escape(w['rights'])}</p></footer>
</body>
</html>
"""
    ld = (f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","isAccessibleForFree":false,'
          f'"headline":"{_json(thread.title)}","datePublished":"{pub.isoformat()}+02:00","dateModified":"{upd.isoformat()}+02:00",'
          f'"author":[{{"@type":"Person","name":"{_json(thread.author)}"}}],"publisher":{{"@type":"Organization","name":"{_json(thread.site)}"}}}}</script>\n')
    return _head(thread, " - ", f'<link rel="canonical" href="https://www.lemonde.fr{url}">\n' + ld) + body


def _json(text: str) -> str:
    """`text` as the inside of a JSON string in a script element."""
    return json.dumps(text, ensure_ascii=False)[1:-1].replace("</", "<\\/")


# --------------------------------------------------------------------------------------------
# heise online
# --------------------------------------------------------------------------------------------

def heise_forum(thread: Thread, ui: UI) -> str:
    """heise online (heise.de, 2020-2023 design): the article (a-article-header, lead-free news body,
    author's initials at the end, 'Kommentare lesen') followed by its forum in thread view with the
    postings opened: a tree of li.tree_thread_list--item, each with subject ('Re: ...' for answers),
    pseudonym, date, rating bar, the text (answers quote the first paragraph of the posting answered,
    'X schrieb am ...:'), and Antworten/Melden/Permalink."""
    w, m, kids = _w(ui), _more(ui), replies_by_parent(thread)
    aid = 9_100_000 + seed(thread.title) % 90_000
    fid = 540_000 + seed(thread.title) % 9_000
    slug = "-".join(re.findall(r"\w+", thread.title)) or "Artikel"
    forum_url = f"/forum/heise-online/Kommentare/{slug}/forum-{fid}/"
    n = len(thread.posts)
    initials = "".join(x[0] for x in thread.author.split()[:2]).lower()

    def stamp(d: datetime) -> str:
        return f"{d:%d.%m.%Y %H:%M}" if ui.lang != "en" else f"{d:%m/%d/%Y %I:%M %p}"

    def subject(i: int) -> str:
        p = thread.posts[i]
        if p.parent is not None:
            return "Re: " + subject(_root(thread, i)).removeprefix("Re: ")
        words = p.paragraphs[0].split()
        short = " ".join(words[:6])
        return short + ("…" if len(words) > 6 else "")

    def pid(i: int) -> int:
        return 44_000_000 + _cid(thread, i)

    def posting(i: int) -> str:
        p = thread.posts[i]
        d = thread.posted(p)
        quote = ""
        if p.parent is not None:
            q = thread.posts[p.parent]
            quote = (f'<p class="posting_quote_author">{escape(m["hz_wrote"].format(x=q.author, d=stamp(thread.posted(q))))}</p>'
                     f'<blockquote class="posting_quote">{escape(q.paragraphs[0])}</blockquote>')
        rating = min(5, p.likes // 3) if p.likes else 0
        rate_up, rate_down = m["hz_rate"].split("|")
        children = "".join(posting(k) for k in kids.get(i, []))
        sub = f'<ul class="tree_thread_list--children">{children}</ul>' if children else ""
        return f"""<li class="tree_thread_list--item" id="posting_{pid(i)}" data-posting-id="{pid(i)}">
<div class="tree_thread_list--posting posting_element{' posting_element--reply' if p.parent is not None else ''}">
<header class="posting_header">
<h3 class="posting_subject"><a href="{forum_url}posting-{pid(i)}/show/" class="posting_subject_link">{escape(subject(i))}</a></h3>
<div class="posting_meta"><span class="tree_thread_list--written_by_user"><span class="pseudonym">{escape(p.author)}</span></span>
<time class="posting_timestamp" datetime="{d.isoformat()}+01:00">{escape(stamp(d))}</time>
<span class="posting_rating"><img class="rating_bar" src="/forum/img/rating/rating_{rating}.svg" alt="{escape(m['hz_rating'].format(n=('+' if p.likes else '') + str(p.likes)))}" width="50" height="8"></span></div>
</header>
<div class="posting_body bbcode_v1">{quote}{ps(p, 'posting_text')}</div>
<footer class="posting_footer"><a class="posting_action posting_action--answer" href="{forum_url}posting-{pid(i)}/reply/" rel="nofollow">{escape(m['hz_answer'])}</a>
<a class="posting_action posting_action--vote-up" href="#" title="{escape(rate_up)}" rel="nofollow">+</a><a class="posting_action posting_action--vote-down" href="#" title="{escape(rate_down)}" rel="nofollow">−</a>
<a class="posting_action posting_action--report" href="{forum_url}posting-{pid(i)}/report/" rel="nofollow">{escape(m['hz_report'])}</a>
<a class="posting_action posting_action--permalink" href="{forum_url}posting-{pid(i)}/show/">{escape(m['hz_permalink'])}</a></footer>
</div>{sub}</li>"""

    views = m["hz_views"].split("|")
    sort = m["hz_sort"].split("|")
    nav = "".join(f'<li class="main-nav__item"><a class="main-nav__link" href="/{_slug(x)}/">{escape(x)}</a></li>' for x in m["hz_nav"])
    pub = thread.published
    date = f"{pub:%d.%m.%Y}" if ui.lang != "en" else f"{pub:%m/%d/%Y}"
    clock = f"{pub:%H:%M} Uhr" if ui.lang == "de" else _clock(ui, pub)
    more = "".join(f'<article class="a-article-teaser a-article-teaser--horizontal"><a href="/news/{_slug(h)}-{aid - 11 * (k + 1)}.html" class="a-article-teaser__link">'
                   f'<h3 class="a-article-teaser__title"><span class="a-article-teaser__title-text">{escape(h)}</span></h3></a></article>'
                   for k, h in enumerate(w["headlines"]))
    body = f"""<body class="page--article">
<div class="cmp-banner" role="dialog" aria-label="Cookies"><p>{escape(w['cookies'])}</p><button class="cmp-banner__accept">{escape(w['accept'])}</button></div>
<header class="header" data-component="Header"><div class="header__container">
<a href="/" class="header__logo"><svg class="header__logo-image" viewBox="0 0 96 24" aria-hidden="true"><title>heise online</title><rect width="96" height="24" fill="#c3002d"></rect></svg><span class="visually-hidden">heise online</span></a>
<nav class="main-nav" aria-label="Hauptnavigation"><ul class="main-nav__list">{nav}</ul></nav>
<div class="header__actions"><a class="header__search" href="/suche/" aria-label="{escape(w['search'])}">{escape(w['search'])}</a><a class="header__login a-button a-button--secondary" href="/sso/login/">{escape(m['hz_login'])}</a></div></div></header>
<main id="main-content" class="main">
<article class="article-layout" data-article-id="{aid}" data-component="Article">
<header class="a-article-header">
<p class="a-article-header__label"><a href="/thema/{_slug(w['sections'][3])}">{escape(w['sections'][3])}</a></p>
<h1 class="a-article-header__title">{escape(thread.title)}</h1>
<div class="a-article-header__publish-info"><time class="a-datetime" datetime="{pub.isoformat()}+01:00"><span class="a-datetime__date">{date}</span> <span class="a-datetime__time">{escape(clock)}</span></time>
<span class="a-article-header__service"><span class="a-article-header__reading-time">{escape(m['hz_reading'].format(n=1 + sum(len(x) for x in thread.article) // 1200))}</span></span>
<a class="a-article-header__comments" href="{forum_url}">{escape(m['hz_read_comments'].format(n=n))}</a></div>
<div class="creator"><ul class="creator__list"><li class="creator__name"><a href="/autor/{_slug(thread.author)}-{seed(thread.author) % 9000}">{escape(thread.author)}</a></li></ul></div>
</header>
<div class="article-layout__content article-content">
{_article_paras(thread)}
<p class="article-content__creator-short">(<a href="mailto:{initials}@heise.de" title="{escape(thread.author)}">{escape(initials)}</a>)</p>
</div>
<footer class="a-article-footer"><a class="a-button a-button--primary" href="{forum_url}">{escape(m['hz_read_comments'].format(n=n))}</a>
<div class="a-article-footer__share"><span class="a-article-footer__share-label">{escape(m['hz_share'])}</span> <a class="share-button" href="mailto:?subject={escape(thread.title)}">E-Mail</a> <a class="share-button" href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a class="share-button" href="https://www.linkedin.com/sharing/share-offsite/">LinkedIn</a> <button class="share-button share-button--print">{escape(m['hz_print'])}</button></div></footer>
</article>
<section class="forum" id="forum" data-forum-id="{fid}">
<header class="forum__header"><h2 class="forum_title">{escape(m['hz_forum'])} <a href="/news/{_slug(thread.title)}-{aid}.html">{escape(thread.title)}</a></h2>
<a class="forum__back" href="/news/{_slug(thread.title)}-{aid}.html">{escape(m['hz_to_article'])}</a>
<p class="forum__count">{escape(m['hz_posts'].format(n=n))}</p></header>
<div class="forum__toolbar"><a class="a-button a-button--primary forum__new" href="{forum_url}new/" rel="nofollow">{escape(m['hz_new'])}</a>
<div class="forum__views"><a class="forum__view forum__view--active" href="{forum_url}?view=tree">{escape(views[0])}</a> | <a class="forum__view" href="{forum_url}?view=flat">{escape(views[1])}</a></div>
<label class="forum__sort">{escape(sort[0])} <select name="sort"><option selected>{escape(sort[1])}</option><option>{escape(sort[2])}</option><option>{escape(sort[3])}</option></select></label>
<a class="forum__rules" href="/forum/netiquette/">{escape(m['hz_rules'])}</a></div>
<ul class="tree_thread_list" id="tree_thread_list">{''.join(posting(i) for i in sorted(kids.get(None, []), key=lambda i: -thread.posts[i].minutes_after))}</ul>
<p class="forum__login"><a href="/sso/login/?forward={forum_url}">{escape(m['hz_login'])}</a></p>
</section>
<section class="more-from"><h2 class="more-from__title">{escape(m['hz_more'])}</h2>{more}</section>
</main>
<footer class="footer"><ul class="footer__links">{_links(m['hz_footer'], 'footer__item', 'footer__link', '/')}</ul>
<p class="footer__copyright">© {pub.year} Heise Medien GmbH &amp; Co. KG · {escape(thread.site)}</p></footer>
</body>
</html>
"""
    return _head(thread, " | ", f'<link rel="canonical" href="https://www.heise.de/news/{_slug(thread.title)}-{aid}.html">\n') + body


# --------------------------------------------------------------------------------------------
# The New York Times
# --------------------------------------------------------------------------------------------

def nyt(thread: Thread, ui: UI) -> str:
    """The New York Times article page (React front end, 2021-2023; css-xxxx class names) with the
    comments panel opened on the 'All' tab, newest first: author, location, time, 'Times Pick'
    badge, Recommend count, Reply/Share/Flag; replies listed one level deep under their thread
    ('See N Replies' opened), deeper replies marked 'In reply to NAME'."""
    w, m, kids = _w(ui), _more(ui), replies_by_parent(thread)
    now = saved_at(thread, 40)
    pub = thread.published
    n = len(thread.posts)
    slug = _slug(thread.title)
    url = f"/{pub:%Y/%m/%d}/nyregion/{slug}.html"
    top = m["ny_top"].split("|")
    share = m["ny_share"].split("|")
    ad, skip = m["ny_ad"].split("|")
    tabs = m["ny_tabs"].split("|")
    sort = m["ny_sort"].split("|")
    see_n, see_1, hide = m["ny_see"].split("|")
    form_hint, form_login = m["ny_form"].split("|")
    picks = {max(range(n), key=lambda i: (thread.posts[i].likes, -i))} if n else set()

    def css(*parts: object) -> str:
        return "css-" + format(seed("|".join(map(str, parts))) * 2654435761 % 36 ** 6, "x")[:6]

    def short_date(d: datetime) -> str:
        mon = ui.months[d.month - 1][:3]
        return m["ny_date"].format(mon=mon, d=d.day, y=d.year).rsplit(",", 1)[0] if ui.lang == "en" else m["ny_date"].format(mon=mon, d=d.day, y=d.year)

    def comment(i: int, reply: bool) -> str:
        p = thread.posts[i]
        d = thread.posted(p)
        cid = 130_000_000 + _cid(thread, i)
        city = w["places"][seed(p.author) % len(w["places"])][0]
        in_reply = ""
        if reply and thread.depth(i) > 1:
            in_reply = f'<p class="{css("inreply")}" data-testid="comment-in-reply-to">{escape(ui.in_reply_to)} {escape(thread.posts[p.parent].author)}</p>'
        pick = f'<span class="{css("pick")}" data-testid="comment-nyt-pick"><svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12"><path d="M6 0l1.8 3.9 4.2.5-3.1 2.9.8 4.2L6 9.4 2.3 11.5l.8-4.2L0 4.4l4.2-.5z"></path></svg>{escape(m["ny_pick"])}</span>' if i in picks else ""
        replies = ""
        if not reply:
            under = _descendants(thread, i)
            if under:
                label = see_1 if len(under) == 1 else see_n.format(n=len(under))
                items = "".join(f'<li class="{css("replyitem")}">{comment(k, True)}</li>' for k in under)
                replies = (f'<div class="{css("replies")}" data-testid="comment-replies"><button class="{css("seereplies")}" aria-expanded="true" data-label-collapsed="{escape(label)}">{escape(hide)}</button>'
                           f'<ul class="{css("replylist")}">{items}</ul></div>')
        return f"""<div class="{css('comment', reply)}" id="comment-{cid}" data-testid="comment-container">
<div class="{css('head')}"><div class="{css('avatar')}" aria-hidden="true"><span class="{css('initial')}">{escape(p.author[:1].upper())}</span></div>
<div class="{css('meta')}"><span class="{css('author')}" data-testid="comment-author">{escape(p.author)}</span><span class="{css('location')}" data-testid="comment-location">{escape(city)}</span>
<a class="{css('time')}" href="https://www.nytimes.com{url}#permid={cid}"><time datetime="{d.isoformat()}-04:00" title="{escape(ui.date(d, 'long'))}">{escape(ui.ago_text(now, d))}</time></a></div>{pick}</div>
{in_reply}<div class="{css('body')}" data-testid="comment-body">{''.join(f'<p class="{css("text")}">{escape(x)}</p>' for x in p.paragraphs)}</div>
<div class="{css('actions')}" role="group"><button class="{css('recommend')}" aria-label="{escape(m['ny_recommend'])}" data-testid="comment-recommend"><svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true"><path d="M4 6v8H0V6h4zm2 8V6l3-6c1.1 0 2 .9 2 2v3h4.2c.9 0 1.6.9 1.3 1.8l-2.2 6.5c-.2.4-.6.7-1 .7H6z"></path></svg><span>{escape(m['ny_recommend'])}</span></button><span class="{css('count')}" data-testid="recommend-count">{p.likes or ''}</span>
<button class="{css('reply')}" data-testid="comment-reply">{escape(ui.reply)}</button><button class="{css('share')}" data-testid="comment-share">{escape(ui.share)}</button><button class="{css('flag')}" data-testid="comment-flag">{escape(m['ny_flag'])}</button></div>
{replies}</div>"""

    tops = sorted(kids.get(None, []), key=lambda i: -thread.posts[i].minutes_after)
    sections = "".join(f'<li class="{css("navli")}"><a class="{css("navlink")}" href="https://www.nytimes.com/section/{_slug(x)}" data-testid="nav-item-{_slug(x)}">{escape(x)}</a></li>' for x in m["ny_sections"])
    half = (len(thread.article) + 1) // 2
    col1 = "".join(f'<p class="css-at9mc1 evys1bk0">{escape(x)}</p>' for x in thread.article[:half])
    col2 = "".join(f'<p class="css-at9mc1 evys1bk0">{escape(x)}</p>' for x in thread.article[half:])
    ad_block = (f'<div class="css-1cm3orq" id="mid1-wrapper"><div class="css-10rf8ds"><div id="mid1-slug" class="css-1kf8i0d"><p>{escape(ad)}</p></div>'
                f'<a href="#after-mid1" class="css-1ly73wi">{escape(skip)}</a></div><div class="ad mid1-wrapper"></div></div><div id="after-mid1" class="css-1dv1kvn"></div>')
    day = short_date(pub) if ui.lang != "en" else f"{ui.months[pub.month - 1]} {pub.day}, {pub.year}"
    more = "".join(f'<li class="{css("moreli")}"><a class="{css("morelink")}" href="https://www.nytimes.com/{pub:%Y/%m/%d}/nyregion/{_slug(h)}.html"><h3 class="{css("moreh")}">{escape(h)}</h3></a></li>'
                   for h in w["headlines"])
    footer = "".join(f'<li class="{css("fli")}"><a href="https://www.nytimes.com/{_slug(x)}" class="{css("flink")}">{escape(x)}</a></li>' for x in m["ny_footer"])
    print_line = m["ny_print"].format(d=_long_day(ui, pub + timedelta(days=1)), p=16 + seed(thread.title) % 9, h=thread.title)
    plinks = m["ny_print_links"].split("|")
    body = f"""<body>
<div id="app"><div>
<div class="{css('skip')}"><a class="{css('skiplink')}" href="#site-content">Skip to content</a><a class="{css('skiplink')}" href="#site-index">Skip to site index</a></div>
<div class="{css('masthead')}" data-testid="masthead-container"><header class="{css('header')}"><section class="{css('mastheadbar')}">
<div class="{css('left')}"><button aria-label="Sections Navigation &amp; Search" class="{css('burger')}"></button><a class="{css('todayspaper')}" href="https://www.nytimes.com/section/todayspaper">{escape(top[0])}</a></div>
<div class="{css('logo')}"><a data-testid="masthead-mobile-logo" href="/" class="{css('logolink')}"><span class="{css('logotext')}">{escape(thread.site)}</span></a></div>
<div class="{css('right')}"><a href="https://www.nytimes.com/subscription" class="{css('subscribe')}" data-testid="masthead-subscribe-button">{escape(top[2])}</a><a href="https://myaccount.nytimes.com/auth/login" class="{css('login')}" data-testid="login-button">{escape(top[1])}</a></div></section>
<nav class="{css('nav')}" data-testid="site-navigation"><ul class="{css('navlist')}">{sections}</ul></nav></header></div>
<div id="top-wrapper" class="{css('topwrap')}"><div id="top-slug" class="{css('topslug')}"><p>{escape(ad)}</p></div><a href="#after-top" class="{css('topskip')}">{escape(skip)}</a><div class="ad top-wrapper" style="text-align:center;height:100%;display:block;min-height:250px"></div><div id="after-top"></div></div>
<main id="site-content"><div>
<article id="story" class="{css('story')} e1lmdhsb0">
<header class="{css('storyhead')} e1h9rw200"><div class="{css('kicker')}"><p class="{css('kickerp')}"><a class="{css('kickerlink')}" href="https://www.nytimes.com/section/nyregion">{escape(m['ny_sections'][0])}</a></p></div>
<div class="{css('headwrap')} ehdk2mb0"><h1 id="link-{seed(thread.title) % 99999:x}" class="{css('headline')} e1h9rw200" data-testid="headline">{escape(thread.title)}</h1></div>
<div class="{css('sharetools')}" data-testid="share-tools"><button class="{css('sharebtn')}" data-testid="share-tools-button" aria-label="{escape(share[0])}"><span>{escape(share[0])}</span></button><button class="{css('giftbtn')}" aria-label="{escape(share[1])}"></button>
<button class="{css('commentbtn')}" data-testid="comments-speech-bubble-header" aria-label="{escape(m['ny_comments'])}"><span class="{css('commentcount')}">{n}</span></button><button class="{css('savebtn')}" aria-label="{escape(share[2])}"></button></div>
<div class="{css('bylinewrap')}"><div class="{css('byline')}"><p class="{css('bylinep')} e1jsehar1" itemprop="author"><span class="byline-prefix">{escape(ui.by)} </span><span class="css-1baulvz last-byline" itemprop="name"><a href="https://www.nytimes.com/by/{_slug(thread.author)}" class="css-n8ff4n e1jsehar0">{escape(thread.author)}</a></span></p></div>
<ul class="{css('dates')}"><li class="{css('dateli')}"><time class="{css('time')} e16638kd0" datetime="{pub.isoformat()}-04:00"><span>{escape(day)}</span></time></li>
<li class="{css('dateli')}"><span class="{css('updated')}">{escape(m['ny_updated'].format(t=_clock(ui, pub + timedelta(hours=3))))}</span></li></ul></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-53u6y8"><div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-53u6y8">{col1}</div><aside class="css-ew4tgv"></aside></div></div>
{ad_block}
<div class="css-53u6y8"><div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-1"><div class="css-53u6y8">{col2}</div><aside class="css-ew4tgv"></aside></div></div>
</section>
<div class="bottom-of-article"><div class="{css('print')}"><p class="{css('printp')}">{escape(print_line)} <a href="https://www.parsintl.com/publication/the-new-york-times/">{escape(plinks[0])}</a> | <a href="https://www.nytimes.com/section/todayspaper">{escape(plinks[1])}</a> | <a href="https://www.nytimes.com/subscriptions/Multiproduct/lp8HYKU.html">{escape(plinks[2])}</a></p></div>
<div class="{css('bottomshare')}"><button class="{css('commentbtn2')}" data-testid="comments-speech-bubble-footer" aria-label="{escape(m['ny_comments'])}"><span class="{css('commentcount2')}">{n}</span></button></div></div>
</article>
<section class="{css('morein')}" data-testid="recirculation"><h2 class="{css('moreinh')}">{escape(m['ny_more_in'].format(x=m['ny_sections'][0]))}</h2><ol class="{css('moreol')}">{more}</ol></section>
</div></main>
<div class="{css('drawer')}" id="comments-panel" data-testid="comments-panel" role="complementary" aria-label="{escape(m['ny_comments'])}">
<header class="{css('drawerhead')}"><h2 class="{css('drawertitle')}">{escape(m['ny_comments'])} <span class="{css('drawercount')}">{n}</span></h2><button class="{css('drawerclose')}" aria-label="Close comments">×</button></header>
<div class="{css('form')}" data-testid="comment-form"><textarea class="{css('textarea')}" placeholder="{escape(form_hint)}" disabled></textarea><p class="{css('formlogin')}"><a href="https://myaccount.nytimes.com/auth/login">{escape(form_login)}</a></p></div>
<div class="{css('tabs')}" role="tablist">{''.join(f'<button role="tab" class="{css("tab", k)}" aria-selected="{"true" if k == 2 else "false"}" data-testid="tab-{_slug(t)}">{escape(t)}</button>' for k, t in enumerate(tabs))}</div>
<div class="{css('sort')}"><button class="{css('sortbtn')}" aria-pressed="true">{escape(sort[0])}</button><button class="{css('sortbtn2')}" aria-pressed="false">{escape(sort[1])}</button></div>
<div class="{css('list')}" data-testid="comments-list">{''.join(comment(i, False) for i in tops)}</div></div>
<footer class="{css('footer')}" role="contentinfo"><nav data-testid="footer" class="{css('footnav')}"><div class="{css('copyright')}"><a href="https://help.nytimes.com/hc/en-us/articles/115014792127-Copyright-notice">© {pub.year} {escape(thread.site)}</a></div><ul class="{css('footlist')}">{footer}</ul></nav></footer>
</div></div>
</body>
</html>
"""
    ld = (f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{_json(thread.title)}",'
          f'"datePublished":"{pub.isoformat()}-04:00","author":[{{"@context":"https://schema.org","@type":"Person","name":"{_json(thread.author)}",'
          f'"url":"https://www.nytimes.com/by/{_slug(thread.author)}"}}],"isAccessibleForFree":false,"publisher":{{"@type":"NewsMediaOrganization","name":"{_json(thread.site)}"}}}}</script>\n')
    return _head(thread, " - ", f'<link rel="canonical" href="https://www.nytimes.com{url}">\n' + ld) + body


LAYOUTS: dict[str, Callable[[Thread, UI], str]] = {
    "news-guardian": guardian,
    "news-de-kommentare": de_kommentare,
    "news-fr-commentaires": fr_commentaires,
    "news-es-comentarios": es_comentarios,
    "news-ru-comments": ru_comments,
    "news-dailymail": dailymail,
    "news-yahoo": yahoo,
    "news-table-forum": table_forum,
    "news-lemonde": lemonde,
    "news-heise-forum": heise_forum,
    "news-nyt": nyt,
}
