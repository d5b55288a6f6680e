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

Texts around the comments come from the given `UI` and from the small word lists below.
"""

from __future__ import annotations

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


LAYOUTS: dict[str, Callable[[Thread, UI], str]] = {
    "news-guardian": guardian,
    "news-de-kommentare": de_kommentare,
    "news-fr-commentaires": fr_commentaires,
    "news-es-comentarios": es_comentarios,
    "news-ru-comments": ru_comments,
    "news-dailymail": dailymail,
    "news-yahoo": yahoo,
    "news-table-forum": table_forum,
}
