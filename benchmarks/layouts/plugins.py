"""News pages with an embedded comment plugin, printed as the plugin's DOM looks once it has rendered.

The layouts imitate, reconstructed from memory of the rendered DOM (not copied from any live page):

- plugin-disqus: Disqus embed, 2019+ "next" theme (#disqus_thread, li.post, .post-byline, .author,
  a.time-ago, .post-message, nested ul.children, parent-link arrow on replies);
- plugin-openweb: OpenWeb / Spot.IM conversation module, 2020-2022 (spcv_ classes and
  data-spot-im-class attributes, nested children lists);
- plugin-coral: Coral Talk v6/v7 as on Vox Media and Washington Post pages (coral-* classes,
  reply lists wrapped in coral-indent-N, "In reply to" marker, <br> line breaks);
- plugin-viafoura: Viafoura vf-conversations web component, 2021+ (vf3-/vf- classes, two reply
  levels, deeper replies flattened with a "@name" reply marker);
- plugin-facebook: Facebook comments plugin iframe content, 2018-2020 (obfuscated _xxxx classes,
  one reply level, deeper replies start with a profile tag of the person answered);
- plugin-hyvor: Hyvor Talk v3 (hyvor-talk-comments, reactions and nested .replies);
- plugin-commento: Commento 1.8 (commento-card, commento-header, nested commento-children);
- plugin-giscus: giscus, GitHub Discussions in an iframe (gsc-* classes, one reply level, deeper
  replies quote the parent in a blockquote as GitHub's "Quote reply" does).
- plugin-intensedebate: IntenseDebate (about 2010-2016) on a WordPress Twenty Ten blog (idc-* classes,
  every comment a sibling div indented by margin-left, votes, reputation, guest login form);
- plugin-isso: Isso 0.13 on a Jekyll minima blog (isso-comment, identicons, one nesting level:
  replies to replies join the top comment's isso-follow-up).

Every layout is localized through the `UI` it is given plus the small table `_L` below.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import datetime

from layouts.thread import UI, Post, Thread, depth_first, escape, iso, ps, replies_by_parent, saved_at
from layouts.thread import replies_in_time as _flat_under
from layouts.thread import slug as _slug
from layouts.thread import stable_hex as _hex
from layouts.thread import stable_number as _h

# Site chrome that `UI` does not carry, per language.
_L = {
    "en": dict(
        sections=("News", "Local", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather", "Obituaries",
                  "Jobs"),
        headlines=("Harbour bridge to close for repairs in July", "Local bakery wins national bread award",
                   "School board delays vote on new timetable", "Storm warning issued for the coast",
                   "Hospital car park fees to rise next year"),
        most_read="Most read", related="Related stories", load_more="Load more comments", sort="Sort by",
        best="Best", newest="Newest", oldest="Oldest", cookie="We use cookies to improve your experience on our site.",
        accept="Accept", newsletter="Get our morning briefing in your inbox", subscribe="Subscribe",
        about="About us", contact="Contact", privacy="Privacy policy", terms="Terms of use", advertise="Advertise",
        rights="All rights reserved.", join="Join the discussion…", write="What do you think?",
        replies="{n} replies", guidelines="Community guidelines", points="{n} points", dislike="Dislike",
        reactions="What is your reaction?", all="All comments", conversation="Conversation", more="More",
        write_reply="Write a reply", sign_in="Sign in", login_btn="Log in"),
    "de": dict(
        sections=("Nachrichten", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Wetter",
                  "Traueranzeigen", "Jobs"),
        headlines=("Hafenbrücke wird im Juli gesperrt", "Bäckerei aus der Altstadt gewinnt Brotpreis",
                   "Schulamt verschiebt Entscheidung über Stundenplan", "Sturmwarnung für die Küste",
                   "Parkgebühren am Klinikum steigen"),
        most_read="Meistgelesen", related="Mehr zum Thema", load_more="Weitere Kommentare laden",
        sort="Sortieren nach", best="Beste", newest="Neueste", oldest="Älteste",
        cookie="Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", accept="Akzeptieren",
        newsletter="Der Morgen-Newsletter direkt in Ihr Postfach", subscribe="Abonnieren", about="Über uns",
        contact="Kontakt", privacy="Datenschutz", terms="AGB", advertise="Mediadaten", rights="Alle Rechte vorbehalten.",
        join="Diskutieren Sie mit…", write="Was denken Sie?", replies="{n} Antworten",
        guidelines="Community-Richtlinien", points="{n} Punkte", dislike="Gefällt mir nicht",
        reactions="Wie finden Sie diesen Artikel?", all="Alle Kommentare", conversation="Diskussion", more="Mehr",
        write_reply="Antwort schreiben", sign_in="Einloggen", login_btn="Anmelden"),
    "fr": dict(
        sections=("Actualité", "Région", "Politique", "Économie", "Sports", "Culture", "Opinions", "Météo",
                  "Avis de décès", "Emploi"),
        headlines=("Le pont du port fermé pour travaux en juillet", "Une boulangerie du centre primée au concours national",
                   "Le rectorat reporte le vote sur les horaires", "Alerte tempête sur le littoral",
                   "Le parking de l'hôpital deviendra payant"),
        most_read="Les plus lus", related="À lire aussi", load_more="Charger plus de commentaires", sort="Trier par",
        best="Meilleurs", newest="Plus récents", oldest="Plus anciens",
        cookie="Nous utilisons des cookies pour améliorer votre expérience sur notre site.", accept="Accepter",
        newsletter="Recevez notre lettre du matin", subscribe="S'abonner", about="Qui sommes-nous",
        contact="Contact", privacy="Confidentialité", terms="Conditions d'utilisation", advertise="Publicité",
        rights="Tous droits réservés.", join="Rejoignez la discussion…", write="Qu'en pensez-vous ?",
        replies="{n} réponses", guidelines="Charte de modération", points="{n} points", dislike="Je n'aime pas",
        reactions="Quelle est votre réaction ?", all="Tous les commentaires", conversation="Conversation",
        more="Plus", write_reply="Écrire une réponse", sign_in="Se connecter", login_btn="Connexion"),
    "es": dict(
        sections=("Noticias", "Local", "Política", "Economía", "Deportes", "Cultura", "Opinión", "El tiempo",
                  "Esquelas", "Empleo"),
        headlines=("El puente del puerto cerrará por obras en julio", "Una panadería local gana el premio nacional",
                   "Educación aplaza la votación del nuevo horario", "Aviso por temporal en la costa",
                   "Suben las tarifas del aparcamiento del hospital"),
        most_read="Lo más leído", related="Noticias relacionadas", load_more="Cargar más comentarios",
        sort="Ordenar por", best="Mejores", newest="Más recientes", oldest="Más antiguos",
        cookie="Utilizamos cookies para mejorar su experiencia en nuestro sitio.", accept="Aceptar",
        newsletter="Recibe nuestro boletín matinal", subscribe="Suscribirse", about="Quiénes somos",
        contact="Contacto", privacy="Política de privacidad", terms="Aviso legal", advertise="Publicidad",
        rights="Todos los derechos reservados.", join="Únete a la conversación…", write="¿Qué opinas?",
        replies="{n} respuestas", guidelines="Normas de participación", points="{n} puntos", dislike="No me gusta",
        reactions="¿Cuál es tu reacción?", all="Todos los comentarios", conversation="Conversación", more="Más",
        write_reply="Escribe una respuesta", sign_in="Iniciar sesión", login_btn="Entrar"),
    "ru": dict(
        sections=("Новости", "Город", "Политика", "Экономика", "Спорт", "Культура", "Мнения", "Погода", "Происшествия",
                  "Работа"),
        headlines=("Мост через гавань закроют на ремонт в июле", "Городская пекарня получила национальную премию",
                   "Гороно отложило решение о новом расписании", "На побережье объявлено штормовое предупреждение",
                   "Парковка у больницы станет платной"),
        most_read="Самое читаемое", related="Читайте также", load_more="Показать ещё комментарии",
        sort="Сортировать", best="Лучшие", newest="Новые", oldest="Старые",
        cookie="Мы используем файлы cookie, чтобы сайт работал лучше.", accept="Принять",
        newsletter="Утренняя рассылка — прямо на вашу почту", subscribe="Подписаться", about="О нас",
        contact="Контакты", privacy="Конфиденциальность", terms="Правила", advertise="Реклама",
        rights="Все права защищены.", join="Присоединяйтесь к обсуждению…", write="Что вы думаете?",
        replies="Ответов: {n}", guidelines="Правила сообщества", points="{n} баллов", dislike="Не нравится",
        reactions="Ваша реакция?", all="Все комментарии", conversation="Обсуждение", more="Ещё",
        write_reply="Написать ответ", sign_in="Войти", login_btn="Вход"),
}


# ---------------------------------------------------------------- small shared helpers

def _uuid(*parts: object) -> str:
    x = hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def _domain(thread: Thread) -> str:
    return _slug(thread.site).replace("-", "") + {"en": ".com", "de": ".de", "fr": ".fr", "es": ".es", "ru": ".ru"}[
        thread.lang]


def _url(thread: Thread, section: str = "news") -> str:
    return f"https://www.{_domain(thread)}/{section}/{_slug(thread.title)}-{_h(thread.title) % 10 ** 7}"


def _initials(name: str) -> str:
    parts = re.split(r"[\s._]+", name.strip())
    return "".join(p[0] for p in parts[:2] if p).upper() or "?"


def _brs(post: Post) -> str:
    return "<br><br>".join(escape(p) for p in post.paragraphs)


def _count(n: int, ui: UI) -> str:
    return f"{n} {ui.comments}"


def _lis(items: list[str] | tuple[str, ...], li: str = "", a: str = "", href: str = "/{slug}/") -> str:
    li_attr = f' class="{li}"' if li else ""
    a_attr = f' class="{a}"' if a else ""
    return "".join(f'<li{li_attr}><a{a_attr} href="{href.format(slug=_slug(t))}">{escape(t)}</a></li>' for t in items)


def _footer_links(L: dict) -> tuple[str, ...]:
    return L["about"], L["contact"], L["advertise"], L["privacy"], L["terms"]


def _page(thread: Thread, head: str, body: str, body_cls: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{thread.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(thread.title)} | {escape(thread.site)}</title>
<meta name="description" content="{escape(thread.article[0][:160])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(thread.title)}">
<meta property="og:site_name" content="{escape(thread.site)}">
<meta property="og:url" content="{_url(thread)}">
<meta property="article:published_time" content="{iso(thread.published, '+00:00')}">
<meta name="author" content="{escape(thread.author)}">
{head}
</head>
<body class="{body_cls}">
{body}
</body>
</html>
"""


# ---------------------------------------------------------------- Disqus

def disqus(thread: Thread, ui: UI) -> str:
    L, now, kids, url = _L[thread.lang], saved_at(thread, 170), replies_by_parent(thread), _url(thread, "local")
    forum = _slug(thread.site).replace("-", "")

    def pid(i: int) -> int:
        return 6_400_000_000 + _h(thread.title, i) % 99_000_000

    def post(i: int) -> str:
        p = thread.posts[i]
        user = _slug(p.author)
        parent = ""
        if p.parent is not None:
            pa = thread.posts[p.parent]
            parent = (f'<span class="parent-link-container"><a href="{url}#comment-{pid(p.parent)}" class="parent-link"'
                      f' data-role="parent-link"><i aria-hidden="true" class="icon-forward" title="{escape(ui.in_reply_to)}">'
                      f'</i> {escape(pa.author)}</a></span>')
        children = "".join(post(k) for k in kids.get(i, []))
        return f"""
<li class="post" id="post-{pid(i)}">
 <div role="alert"></div>
 <div class="post-content" data-role="post-content">
  <div class="indicator"></div>
  <div class="avatar hovercard">
   <a href="https://disqus.com/by/{user}/" class="user" data-action="profile" data-username="{user}">
    <img data-role="user-avatar" data-user="{_h(p.author) % 10 ** 9}" src="//c.disquscdn.com/uploads/users/{_h(p.author) % 10 ** 5}/avatar92.jpg?{_h(p.author, 1) % 10 ** 10}" alt="Avatar"></a></div>
  <div class="post-body">
   <header class="comment__header">
    <span class="post-byline">
     <span class="author publisher-anchor-color"><a href="https://disqus.com/by/{user}/" data-action="profile" data-username="{user}" data-role="username">{escape(p.author)}</a></span>
     {parent}</span>
    <span class="post-meta">
     <span class="bullet time-ago-bullet" aria-hidden="true">•</span>
     <a href="{url}#comment-{pid(i)}" data-role="relative-time" class="time-ago" title="{escape(ui.date(thread.posted(p), 'long'))}">{escape(ui.ago_text(now, thread.posted(p)))}</a></span></header>
   <div class="post-body-inner">
    <div class="post-message-container" data-role="message-container">
     <div class="publisher-anchor-color" data-role="message-content">
      <div class="post-message " data-role="message" dir="auto">{ps(p)}</div>
      <span class="post-media"><ul data-role="post-media-list"></ul></span></div></div></div>
   <footer class="comment__footer">
    <menu class="comment-footer__menu">
     <li class="voting" data-role="voting">
      <a href="#" class="vote-up count-{p.likes}" data-action="upvote" title="{escape(ui.like)}"><span class="updatable count" data-role="likes">{p.likes or ''}</span> <span class="control"><i aria-hidden="true" class="icon icon-arrow-2"></i></span></a>
      <span role="button" class="vote-down count-0" data-action="downvote" title="{escape(L['dislike'])}"><span class="updatable count" data-role="dislikes"></span> <span class="control"><i aria-hidden="true" class="icon icon-arrow"></i></span></span></li>
     <li class="bullet" aria-hidden="true">•</li>
     <li class="reply" data-role="reply-link"><a href="#" data-action="reply"><i class="icon icon-mobile icon-reply"></i><span class="text">{escape(ui.reply)}</span></a></li>
     <li class="bullet" aria-hidden="true">•</li>
     <li class="comment__share"><a class="toggle"><i class="icon icon-mobile icon-share"></i><span class="text">{escape(ui.share)} ›</span></a></li></menu></footer></div></div>
 <ul data-role="children" class="children">{children}</ul>
</li>"""

    thread_html = f"""
<div id="disqus_thread">
<div id="layout" data-tracking-area="layout">
 <section id="conversation" data-role="main" data-tracking-area="main">
  <div id="posts">
   <nav class="nav nav-primary">
    <ul>
     <li class="nav-tab nav-tab--primary tab-conversation active"><a class="publisher-nav-color" data-nav="conversation"><span class="comment-count">{escape(_count(len(thread.posts), ui))}</span></a></li>
     <li class="nav-tab nav-tab--primary tab-community"><a href="https://disqus.com/home/forums/{forum}/" class="publisher-nav-color" data-nav="community"><span class="community-name"><strong>{escape(thread.site)}</strong></span></a></li>
     <li class="nav-tab nav-tab--primary tab-user dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown"><span class="dropdown-toggle-wrapper"><span>{escape(L['login_btn'])}</span></span> <span class="caret"></span></a></li></ul></nav>
   <div id="form">
    <form class="reply">
     <div class="postbox">
      <div role="alert"></div>
      <div class="avatar"><span class="user"><img data-role="user-avatar" src="//a.disquscdn.com/1700000000/images/noavatar92.png" alt="Avatar"></span></div>
      <div class="textarea-wrapper" data-role="textarea" dir="auto">
       <div class="textarea" tabindex="0" role="textbox" aria-multiline="true" contenteditable="true" data-role="editable" aria-label="{escape(L['join'])}"><p><br></p></div>
       <span class="placeholder">{escape(L['join'])}</span></div>
      <section class="auth-section logged-out__display"><h6>{escape(ui.login)}</h6></section></div></form></div>
   <div class="nav nav-secondary" data-tracking-area="secondary-nav">
    <ul>
     <li id="favorite-button" class="nav-tab nav-tab--secondary favorite dropdown"><a href="#" class="dropdown-toggle"><span class="icon-heart"></span> <span class="label label-default">{escape(ui.like)}</span></a></li>
     <li class="nav-tab nav-tab--secondary share-menu dropdown"><button class="dropdown-toggle"><span class="icon-export"></span> <span class="label">{escape(ui.share)}</span></button></li>
     <li class="nav-tab nav-tab--secondary dropdown sorting pull-right">
      <a href="#" class="dropdown-toggle" data-toggle="dropdown">{escape(L['sort'])} {escape(L['best'])} <span class="caret"></span></a>
      <ul class="dropdown-menu pull-right">
       <li class="selected"><a href="#" data-action="sort" data-sort="popular">{escape(L['best'])}</a></li>
       <li><a href="#" data-action="sort" data-sort="desc">{escape(L['newest'])}</a></li>
       <li><a href="#" data-action="sort" data-sort="asc">{escape(L['oldest'])}</a></li></ul></li></ul></div>
   <div id="no-posts" style="display: none;"></div>
   <div class="post-list-container">
    <ul id="post-list" class="post-list">{"".join(post(i) for i in kids.get(None, []))}</ul></div>
   <div class="load-more" data-role="more"><a href="#" data-action="more-posts" class="btn load-more__button">{escape(L['load_more'])}</a></div></div></section>
 <div id="footer" class="disqus-footer__wrapper">
  <ul class="disqus-footer">
   <li class="install"><a href="https://disqus.com/?ref_noscript" rel="nofollow"><i class="icon-disqus"></i><span class="clip">Disqus</span></a></li>
   <li class="privacy"><a href="https://help.disqus.com/customer/portal/articles/466259-privacy-policy" rel="nofollow">{escape(L['privacy'])}</a></li></ul></div></div>
</div>"""

    body = f"""
<div id="cookie-notice" class="cookie-notice" role="dialog"><p>{escape(L['cookie'])}</p><button class="btn btn-primary" type="button">{escape(L['accept'])}</button></div>
<header class="site-header">
 <div class="container"><a class="site-logo" href="/" rel="home">{escape(thread.site)}</a>
  <nav class="main-navigation" aria-label="Main"><ul class="menu">{_lis(L['sections'], 'menu-item', '', '/{slug}/')}</ul></nav></div></header>
<div class="container site-content">
 <main id="main" class="content-area">
  <article class="post type-post status-publish hentry">
   <header class="entry-header">
    <span class="cat-links"><a href="/local/" rel="category tag">{escape(L['sections'][1])}</a></span>
    <h1 class="entry-title">{escape(thread.title)}</h1>
    <div class="entry-meta"><span class="byline">{escape(ui.by)} <span class="author vcard"><a class="url fn n" href="/author/{_slug(thread.author)}/">{escape(thread.author)}</a></span></span>
     <span class="posted-on"><time class="entry-date published" datetime="{iso(thread.published, '+00:00')}">{escape(ui.date(thread.published, 'long'))}</time></span></div></header>
   <div class="entry-content">{"".join(f"<p>{escape(t)}</p>" for t in thread.article)}</div></article>
  <section id="comments" class="comments-area">{thread_html}</section></main>
 <aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">{escape(L['most_read'])}</h2><ul>{_lis(L['headlines'][:5], '', '', '/local/{slug}/')}</ul></section>
  <section class="widget widget_newsletter"><h2 class="widget-title">{escape(L['newsletter'])}</h2><form><input type="email" aria-label="E-mail"><button>{escape(L['subscribe'])}</button></form></section></aside></div>
<footer class="site-footer"><nav><ul class="footer-menu">{_lis(_footer_links(L))}</ul></nav>
 <p class="site-info">© {thread.published.year} {escape(thread.site)}. {escape(L['rights'])}</p></footer>"""
    head = f'<link rel="canonical" href="{url}">\n<script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "{_h(thread.title) % 10 ** 6}"; }};</script>'
    return _page(thread, head, body, "single single-post")


# ---------------------------------------------------------------- OpenWeb / Spot.IM

def openweb(thread: Thread, ui: UI) -> str:
    L, now, kids, url = _L[thread.lang], saved_at(thread, 170), replies_by_parent(thread), _url(thread, "politics")
    spot = "sp_" + _hex(thread.site, n=8)

    def mid(i: int) -> str:
        return f"sp_{_hex(spot)[:8]}_{_h(thread.title) % 10 ** 6}_c_{_hex(thread.title, i, n=22)}"

    def msg(i: int, depth: int) -> str:
        p = thread.posts[i]
        when = thread.posted(p)
        root = " spcv_root-message" if depth == 0 else ""
        children = ""
        if kids.get(i):
            children = (f'<ul class="spcv_children-list" data-spot-im-class="message-children">'
                        f'{"".join(msg(k, depth + 1) for k in kids[i])}</ul>')
        return f"""
<li class="spcv_list-item" data-spot-im-class="list-item">
 <article class="spcv_message-view{root} spcv_depth-{depth}" data-spot-im-class="message-view" data-message-id="{mid(i)}" data-spot-im-message-depth="{depth}" aria-label="{escape(p.author)}">
  <div class="spcv_avatar-wrapper" data-spot-im-class="message-avatar"><img class="spcv_avatar" src="https://images.spot.im/image/upload/q_70,fl_lossy,dpr_2,c_fill,w_48,h_48,g_face/v200/avatars/{_hex(p.author, n=10)}" alt="{escape(p.author)}"></div>
  <div class="spcv_message-stack">
   <div class="spcv_message-header" data-spot-im-class="message-header">
    <span class="spcv_username" role="button" tabindex="0" data-spot-im-class="message-username">{escape(p.author)}</span>
    <span class="spcv_separator" aria-hidden="true">·</span>
    <time class="spcv_message-timestamp" data-spot-im-class="message-timestamp" datetime="{iso(when, '.000Z')}" title="{escape(ui.date(when, 'numeric'))}">{escape(ui.ago_text(now, when))}</time></div>
   <div class="spcv_message-content" data-spot-im-class="message-text"><div class="spcv_text-content" dir="auto">{ps(p, 'spcv_paragraph')}</div></div>
   <div class="spcv_message-actions" data-spot-im-class="message-actions">
    <button class="spcv_reply-button" data-spot-im-class="message-reply" type="button">{escape(ui.reply)}</button>
    <span class="spcv_votes">
     <button class="spcv_vote-button spcv_like" data-spot-im-class="message-like" type="button" aria-label="{escape(ui.like)}"><svg class="spcv_icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 7h3v8H1z"></path></svg><span class="spcv_like-count" data-spot-im-class="message-votes-up-count">{p.likes or ''}</span></button>
     <button class="spcv_vote-button spcv_dislike" data-spot-im-class="message-dislike" type="button" aria-label="{escape(L['dislike'])}"><svg class="spcv_icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 1h3v8H1z"></path></svg></button></span>
    <button class="spcv_share-button" data-spot-im-class="message-share" type="button">{escape(ui.share)}</button>
    <button class="spcv_context-menu" data-spot-im-class="message-context-menu" type="button" aria-haspopup="true" aria-label="{escape(L['more'])}">•••</button>
    <ul class="spcv_context-menu-list" role="menu" hidden><li role="menuitem" data-spot-im-class="context-menu-report">{escape(ui.report)}</li><li role="menuitem" data-spot-im-class="context-menu-share">{escape(ui.share)}</li></ul></div></div></article>
 {children}
</li>"""

    conv = f"""
<div data-spotim-module="conversation" data-post-id="{_h(thread.title) % 10 ** 8}" data-post-url="{url}">
 <div data-spotim-app="conversation" class="spcv_conversation" data-spot-im-direction="ltr" data-spot-id="{spot}">
  <div class="spcv_conversation-header" data-spot-im-class="conversation-header">
   <h2 class="spcv_header-title" data-spot-im-class="conversation-header-title">{escape(L['conversation'])}</h2>
   <span class="spcv_messages-count" data-spot-im-class="conversation-header-messages-count">{escape(_count(len(thread.posts), ui))}</span>
   <div class="spcv_user-actions"><button class="spcv_login-button" data-spot-im-class="login-button" type="button">{escape(L['login_btn'])}</button></div></div>
  <div class="spcv_community-question" data-spot-im-class="community-question">{escape(L['guidelines'])}: <a href="https://www.openweb.com/community-guidelines/">openweb.com</a></div>
  <div class="spcv_editor" data-spot-im-class="editor">
   <div class="spcv_editor-avatar"><img class="spcv_avatar" src="https://images.spot.im/image/upload/v200/avatars/default" alt=""></div>
   <div class="spcv_editor-input" contenteditable="true" role="textbox" aria-label="{escape(L['write'])}" data-placeholder="{escape(L['write'])}"></div>
   <p class="spcv_editor-login-prompt">{escape(ui.login)}</p></div>
  <div class="spcv_sort-by" data-spot-im-class="sort-by">
   <span class="spcv_sort-label">{escape(L['sort'])}</span>
   <button class="spcv_sort-button" type="button" aria-haspopup="listbox" data-spot-im-class="sort-by-button">{escape(L['best'])}</button>
   <ul class="spcv_sort-options" role="listbox" hidden><li role="option" aria-selected="true">{escape(L['best'])}</li><li role="option">{escape(L['newest'])}</li><li role="option">{escape(L['oldest'])}</li></ul></div>
  <ul class="spcv_messages-list" data-spot-im-class="messages-list">{"".join(msg(i, 0) for i in kids.get(None, []))}</ul>
  <button class="spcv_load-more-messages" type="button" data-spot-im-class="load-more-messages">{escape(L['load_more'])}</button>
  <div class="spcv_footer" data-spot-im-class="conversation-footer"><a href="https://www.openweb.com/" target="_blank" rel="noopener">Powered by OpenWeb</a> <a href="https://www.openweb.com/legal-and-privacy/terms/">{escape(L['terms'])}</a> | <a href="https://www.openweb.com/legal-and-privacy/privacy/">{escape(L['privacy'])}</a></div></div>
</div>"""

    body = f"""
<header class="site-header" role="banner">
 <div class="site-header__top"><a class="site-header__logo" href="/">{escape(thread.site)}</a><a class="site-header__subscribe btn" href="/subscribe">{escape(L['subscribe'])}</a></div>
 <nav class="site-header__nav" aria-label="Sections"><ul class="nav-list">{_lis(L['sections'], 'nav-list__item', 'nav-list__link')}</ul></nav></header>
<main class="page-main">
 <article class="article" itemscope itemtype="https://schema.org/NewsArticle">
  <div class="article__header">
   <a class="article__kicker" href="/politics/">{escape(L['sections'][2])}</a>
   <h1 class="article__headline" itemprop="headline">{escape(thread.title)}</h1>
   <div class="article__byline"><span class="byline__prefix">{escape(ui.by)}</span> <a class="byline__author" href="/staff/{_slug(thread.author)}" itemprop="author">{escape(thread.author)}</a>
    <time class="article__date" itemprop="datePublished" datetime="{iso(thread.published, '+00:00')}">{escape(ui.date(thread.published, 'long'))}</time></div></div>
  <div class="article__body" itemprop="articleBody">{"".join(f'<p class="article__paragraph">{escape(t)}</p>' for t in thread.article)}</div>
  <div class="article__share"><button type="button">{escape(ui.share)}</button></div>
  <section class="article__comments" id="comments">
   <script async src="https://launcher.spot.im/spot/{spot}" data-spotim-module="spotim-launcher" data-post-url="{url}" data-post-id="{_h(thread.title) % 10 ** 8}"></script>{conv}</section></article>
 <aside class="rail">
  <div class="rail__module most-popular"><h3 class="rail__title">{escape(L['most_read'])}</h3><ol class="most-popular__list">{_lis(L['headlines'], 'most-popular__item', '', '/news/{slug}')}</ol></div></aside></main>
<footer class="site-footer"><ul class="site-footer__links">{_lis(_footer_links(L), '', '', '/info/{slug}')}</ul><p class="site-footer__copyright">© {thread.published.year} {escape(thread.site)}</p></footer>"""
    return _page(thread, f'<link rel="canonical" href="{url}">', body, "template-article")


# ---------------------------------------------------------------- Coral Talk

def coral(thread: Thread, ui: UI) -> str:
    L, now, kids, url = _L[thread.lang], saved_at(thread, 170), replies_by_parent(thread), _url(thread, "policy")

    def cid(i: int) -> str:
        return _uuid(thread.title, "coral", i)

    def comment(i: int) -> str:
        p = thread.posts[i]
        when = thread.posted(p)
        in_reply = ""
        if p.parent is not None:
            in_reply = (f'<div class="coral coral-comment-inReplyTo InReplyTo-root"><svg class="coral coral-icon" '
                        f'aria-hidden="true" viewBox="0 0 24 24"><path d="M10 9V5l-7 7 7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z">'
                        f'</path></svg><span class="InReplyTo-inReplyTo">{escape(ui.in_reply_to)}</span> '
                        f'<span class="coral coral-comment-inReplyTo-username InReplyTo-username">'
                        f'{escape(thread.posts[p.parent].author)}</span></div>')
        likes = f'<span class="coral coral-reactButton-count ReactionButton-totalReactions">{p.likes}</span>' if p.likes else ""
        return f"""
<div class="coral coral-comment Comment-root" role="article" tabindex="-1" id="comment-{cid(i)}" aria-labelledby="comment-{cid(i)}-label" data-testid="comment-{cid(i)}">
 <span id="comment-{cid(i)}-label" class="coral coral-comment-ariaLabel Comment-ariaLabel" hidden>{escape(p.author)} {escape(ui.ago_text(now, when))}</span>
 <div class="coral coral-comment-topBar Comment-topBar">
  <div class="coral coral-comment-userBar Comment-userBar">
   <button class="coral coral-username coral-comment-username Username-root" type="button" aria-haspopup="true"><span class="Username-usernameText">{escape(p.author)}</span></button>
   <a href="{url}?commentID={cid(i)}" class="coral coral-timestamp coral-comment-timestamp Timestamp-root"><time datetime="{iso(when, '.000Z')}" title="{escape(ui.date(when, 'long'))}" class="RelativeTime-root">{escape(ui.ago_text(now, when))}</time></a></div>
  {in_reply}</div>
 <div class="coral coral-content coral-comment-content HTMLContent-root">{_brs(p)}</div>
 <div class="coral coral-comment-actionBar Comment-actionBar">
  <button type="button" class="coral coral-reactButton coral-comment-reactButton ReactionButton-button" aria-pressed="false"><svg class="coral coral-icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M2 21h4V9H2v12z"></path></svg><span class="ReactionButton-label">{escape(ui.like)}</span>{likes}</button>
  <button type="button" class="coral coral-comment-replyButton ReplyButton-root" aria-expanded="false"><svg class="coral coral-icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M10 9V5l-7 7 7 7v-4.1"></path></svg><span>{escape(ui.reply)}</span></button>
  <button type="button" class="coral coral-comment-shareButton ShareButton-root"><span>{escape(ui.share)}</span></button>
  <button type="button" class="coral coral-reportButton coral-comment-reportButton ReportButton-root"><svg class="coral coral-icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M14.4 6L14 4H5v17h2v-7h5.6l.4 2h7V6z"></path></svg><span>{escape(ui.report)}</span></button></div>
</div>"""

    def reply_list(i: int, level: int) -> str:
        if not kids.get(i):
            return ""
        items = "".join(
            f'<div class="coral coral-indent coral-indent-{level} Indent-level{level}"><div class="Indent-open">'
            f'{comment(k)}</div>{reply_list(k, level + 1)}</div>' for k in kids[i])
        return (f'<div class="coral coral-replyList ReplyList-root" id="coral-comments-replyList-log--{cid(i)}" '
                f'role="log" aria-live="polite" data-testid="commentReplyList-{cid(i)}">{items}</div>')

    stream = "".join(
        f'<div class="coral coral-comments-comment AllCommentsTabContainer-borderedComment">{comment(i)}{reply_list(i, 1)}</div>'
        for i in kids.get(None, []))
    coral_html = f"""
<div id="coral_thread" class="c-comments__embed">
 <div id="coral" class="coral coral-stream App-root" data-testid="stream">
  <div class="coral coral-createComment CommunityGuidelines-root"><strong>{escape(L['guidelines'])}</strong>
   <div class="coral coral-createComment-signIn"><p class="PostCommentFormFake-text">{escape(ui.login)}</p><button type="button" class="coral coral-createComment-signInButton Button-root">{escape(L['sign_in'])}</button></div></div>
  <div class="coral coral-tabBar TabBar-root" role="tablist">
   <button class="coral coral-tabBar-tab coral-tabBar-allComments coral-tabBar-activeTab Tab-active" role="tab" aria-selected="true" id="tab-ALL_COMMENTS"><span>{escape(L['all'])}</span> <span class="coral coral-counter Counter-root">{len(thread.posts)}</span></button></div>
  <div class="coral coral-sortMenu SortMenu-root"><label for="coral-comments-sortMenu" class="SortMenu-label">{escape(L['sort'])}</label>
   <select id="coral-comments-sortMenu" class="SelectField-select"><option value="CREATED_AT_DESC">{escape(L['newest'])}</option><option value="CREATED_AT_ASC">{escape(L['oldest'])}</option><option value="REACTION_DESC">{escape(L['best'])}</option></select></div>
  <div class="coral coral-comments AllCommentsTabContainer-root" role="log" aria-live="polite" data-testid="comments-allComments-log" id="comments-allComments-log">{stream}</div>
  <button type="button" class="coral coral-loadMoreButton coral-allComments-viewMoreButton Button-fullWidth">{escape(L['load_more'])}</button></div>
</div>"""

    body = f"""
<div class="l-root">
 <header class="c-global-header" role="banner">
  <a class="c-global-header__logo" href="/"><span class="c-global-header__logo-large">{escape(thread.site)}</span></a>
  <nav class="c-global-header__nav"><ul class="c-global-header__links">{_lis(L['sections'][:8], 'c-global-header__link', 'c-global-header__link-a', '/{slug}')}</ul></nav>
  <a class="c-global-header__newsletter" href="/newsletters">{escape(L['newsletter'])}</a></header>
 <main id="content" class="l-main-content">
  <article class="l-segment l-main-content__article">
   <div class="c-entry-hero c-entry-hero--default">
    <ul class="p-breadcrumb"><li><a href="/policy">{escape(L['sections'][2])}</a></li></ul>
    <h1 class="c-page-title">{escape(thread.title)}</h1>
    <p class="c-entry-summary p-dek">{escape(thread.article[0][:120].rsplit(' ', 1)[0])}…</p>
    <div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name-prefix">{escape(ui.by)}</span> <a href="/authors/{_slug(thread.author)}" class="c-byline__author-name">{escape(thread.author)}</a></span>
     <span class="c-byline__item"><time class="c-byline__item" data-ui="timestamp" datetime="{iso(thread.published, '-04:00')}">{escape(ui.date(thread.published, 'long'))}</time></span></div></div>
   <div class="c-entry-content">{"".join(f'<p id="{_hex(t, n=6)}">{escape(t)}</p>' for t in thread.article)}</div>
   <div class="c-social-buttons"><a class="c-social-buttons__item" href="#">{escape(ui.share)}</a></div>
   <section class="c-comments" id="comments"><h2 class="c-comments__title">{escape(ui.comments)}</h2>{coral_html}</section></article>
  <aside class="l-sidebar"><div class="c-rock-list"><h2 class="c-rock-list__title">{escape(L['related'])}</h2><ul>{_lis(L['headlines'][:4], 'c-rock-list__item', 'c-rock-list__link', '/{slug}')}</ul></div></aside></main>
 <footer class="c-footer"><div class="c-footer__logo">{escape(thread.site)}</div><ul class="c-footer__links">{_lis(_footer_links(L), '', '', '/pages/{slug}')}</ul>
  <p class="c-footer__copyright">© {thread.published.year} {escape(thread.site)}. {escape(L['rights'])}</p></footer>
</div>"""
    head = '<link rel="stylesheet" href="/static/chorus.css">\n<meta name="robots" content="max-image-preview:large">'
    return _page(thread, head, body, "entry-page")


# ---------------------------------------------------------------- Viafoura

def viafoura(thread: Thread, ui: UI) -> str:
    L, now, kids, url = _L[thread.lang], saved_at(thread, 170), replies_by_parent(thread), _url(thread, "local-news")

    def comment(i: int, depth: int, reply_to: int | None = None) -> str:
        p = thread.posts[i]
        when = thread.posted(p)
        vid = _uuid(thread.title, "vf", i)
        marker = ""
        if reply_to is not None:
            marker = (f'<span class="vf-comment-header__reply-to"><span class="vf-sr-only">{escape(ui.in_reply_to)}</span>'
                      f'<svg class="vf-icon" aria-hidden="true" viewBox="0 0 16 16"><path d="M6 4L1 8l5 4"></path></svg>'
                      f'<button class="vf-mention" type="button">@{escape(thread.posts[reply_to].author)}</button></span>')
        replies = ""
        if depth == 0 and kids.get(i):
            under = _flat_under(thread, kids, i)
            inner = "".join(comment(k, 1, thread.posts[k].parent if thread.depth(k) > 1 else None) for k in under)
            replies = (f'<div class="vf3-comment__replies vf-replies"><button class="vf-replies__toggle" type="button" '
                       f'aria-expanded="true">{escape(L["replies"].format(n=len(under)))}</button>'
                       f'<ol class="vf3-comments vf3-comments--replies">{inner}</ol></div>')
        return f"""
<li class="vf3-comment vf-comment{' vf3-comment--reply' if depth else ''}" id="vf-comment-{vid}" data-vf-comment-id="{vid}">
 <div class="vf3-comment__container">
  <div class="vf3-comment__avatar vf-avatar vf-avatar--initials" aria-hidden="true" style="background-color:#{_hex(p.author, n=6)}">{escape(_initials(p.author))}</div>
  <div class="vf3-comment__main">
   <div class="vf3-comment__header vf-comment-header">
    <button class="vf-comment-header__heading vf-author-name" type="button" aria-haspopup="dialog">{escape(p.author)}</button>
    {marker}
    <span class="vf-comment-header__timestamp vf3-timestamp"><time datetime="{iso(when, '.000Z')}">{escape(ui.ago_text(now, when))}</time></span></div>
   <div class="vf3-comment__content vf-comment__content"><div class="vf-content-text vf-comment-html">{ps(p)}</div></div>
   <div class="vf3-comment__actions vf-comment-actions">
    <button class="vf-comment-actions__button vf-comment-actions__like" type="button" aria-label="{escape(ui.like)}" aria-pressed="false"><svg class="vf-icon" aria-hidden="true" viewBox="0 0 16 16"><path d="M1 7h3v8H1z"></path></svg><span class="vf-comment-actions__count">{p.likes}</span></button>
    <button class="vf-comment-actions__button vf-comment-actions__dislike" type="button" aria-label="{escape(L['dislike'])}" aria-pressed="false"><svg class="vf-icon" aria-hidden="true" viewBox="0 0 16 16"><path d="M1 1h3v8H1z"></path></svg><span class="vf-comment-actions__count">0</span></button>
    <button class="vf-comment-actions__button vf-comment-actions__reply" type="button">{escape(ui.reply)}</button>
    <div class="vf-menu"><button class="vf-comment-actions__button vf-comment-actions__more" type="button" aria-haspopup="menu" aria-label="{escape(L['more'])}">⋯</button>
     <ul class="vf-menu__list" role="menu" hidden><li role="menuitem"><button type="button">{escape(ui.share)}</button></li><li role="menuitem"><button type="button" class="vf-menu__report">{escape(ui.report)}</button></li></ul></div></div></div></div>
 {replies}
</li>"""

    widget = f"""
<div class="viafoura">
 <vf-conversations vf-container-id="{_h(thread.title) % 10 ** 9}" limit="10" initial-sort="newest">
  <div class="vf3-conversations vf-conversations" role="region" aria-label="{escape(L['conversation'])}">
   <div class="vf3-conversations__header">
    <h2 class="vf-conversations__title vf-widget-title">{escape(L['conversation'])}</h2>
    <span class="vf3-conversations__count vf-comments-count">{escape(_count(len(thread.posts), ui))}</span></div>
   <div class="vf3-comment-box vf-comment-box">
    <textarea class="vf-comment-box__textarea" placeholder="{escape(L['join'])}" aria-label="{escape(L['join'])}" disabled></textarea>
    <div class="vf-comment-box__login"><p>{escape(ui.login)}</p><button class="vf-button vf-button--primary vf-login-button" type="button">{escape(L['login_btn'])}</button></div></div>
   <div class="vf3-conversations__sort vf-sort"><label class="vf-sort__label" for="vf-sort-select">{escape(L['sort'])}</label>
    <select id="vf-sort-select" class="vf-select"><option value="newest" selected>{escape(L['newest'])}</option><option value="oldest">{escape(L['oldest'])}</option><option value="most_liked">{escape(L['best'])}</option></select></div>
   <ol class="vf3-comments vf-comments-list">{"".join(comment(i, 0) for i in kids.get(None, []))}</ol>
   <button class="vf-button vf-button--secondary vf3-conversations__load-more" type="button">{escape(L['load_more'])}</button>
   <div class="vf-powered-by"><a href="https://viafoura.com" rel="noopener" target="_blank">Powered by Viafoura</a> · <a href="/community-guidelines">{escape(L['guidelines'])}</a></div></div></vf-conversations>
</div>"""

    body = f"""
<div class="top-banner newsletter-banner"><span>{escape(L['newsletter'])}</span> <a class="button" href="/newsletters">{escape(L['subscribe'])}</a></div>
<header id="masthead" class="masthead">
 <div class="masthead__brand"><a href="/" class="masthead__logo" title="{escape(thread.site)}">{escape(thread.site)}</a></div>
 <nav class="masthead__nav primary-nav"><ul>{_lis(L['sections'], 'primary-nav__item', 'primary-nav__link', '/category/{slug}/')}</ul></nav></header>
<div class="page-wrapper">
 <main class="article-container">
  <article class="article-content story" data-story-id="{_h(thread.title) % 10 ** 7}">
   <div class="article-header"><h1 class="article-title article-header__title">{escape(thread.title)}</h1>
    <div class="article-header__detail"><span class="published-by__author">{escape(ui.by)} <a href="/author/{_slug(thread.author)}">{escape(thread.author)}</a></span>
     <span class="published-date"><span class="published-date__since">{escape(ui.date(thread.published, 'long'))}</span></span></div></div>
   <section class="article-content__content-group">{"".join(f'<p>{escape(t)}</p>' for t in thread.article)}</section>
   <section class="article-content__comments" id="comments">{widget}</section></article></main>
 <aside class="sidebar"><div class="widget widget--trending"><h3 class="widget__title">{escape(L['most_read'])}</h3><ol>{_lis(L['headlines'], 'widget__item', '', '/news/local-news/{slug}')}</ol></div></aside></div>
<footer class="site-footer"><nav class="site-footer__nav"><ul>{_lis(_footer_links(L), '', '', '/{slug}')}</ul></nav>
 <p class="site-footer__copyright">© {thread.published.year} {escape(thread.site)}. {escape(L['rights'])}</p></footer>"""
    head = (f'<link rel="canonical" href="{url}">\n<link rel="preconnect" href="https://cdn.viafoura.net">\n'
            f'<meta name="vf:container_id" content="{_h(thread.title) % 10 ** 9}">')
    return _page(thread, head, body, "single-article")


# ---------------------------------------------------------------- Facebook comments plugin

def facebook(thread: Thread, ui: UI) -> str:
    L, kids, url = _L[thread.lang], replies_by_parent(thread), _url(thread, "news")

    def fbid(i: int) -> str:
        return f"{_h(thread.title) % 10 ** 15}_{_h(thread.title, 'fb', i) % 10 ** 15}"

    def comment(i: int, reply: bool) -> str:
        p = thread.posts[i]
        when = thread.posted(p)
        profile = "https://www.facebook.com/" + _slug(p.author).replace("-", ".")
        tag = ""
        if reply and thread.depth(i) > 1:
            pa = thread.posts[p.parent]
            tag = (f'<a class="_6qw4 profileLink" href="https://www.facebook.com/{_slug(pa.author).replace("-", ".")}" '
                   f'target="_blank">{escape(pa.author)}</a> ')
        text = "<br><br>".join(escape(t) for t in p.paragraphs)
        likes = (f'<span class="_2ulk" role="presentation"> · </span><span class="_1lm0"><i class="_3-8_ img sp_like"></i>'
                 f'<span class="_1lld">{p.likes}</span></span>') if p.likes else ""
        replies = ""
        if not reply and kids.get(i):
            under = _flat_under(thread, kids, i)
            replies = f'<div class="_44ri _2pis">{"".join(comment(k, True) for k in under)}</div>'
        size = 32 if reply else 48
        return f"""
<div class="_3-8y _5nz1{' _2pir' if reply else ''} clearfix" direction="left" id="{fbid(i)}">
 <div class="_ohe lfloat"><a href="{profile}" target="_blank" class="img _8o _8s UFIImageBlockImage"><img class="_1ci img" src="https://scontent.xx.fbcdn.net/v/t1.0-1/p{size}x{size}/{_h(p.author) % 10 ** 9}_n.jpg" alt="" width="{size}" height="{size}"></a></div>
 <div class="">
  <div class="_42ef clearfix">
   <div class="_4uyl _1zz8 _2392 clearfix"><div class="_ohe lfloat"></div>
    <div class="UFICommentContentBlock">
     <div class="UFICommentContent"><a class="UFICommentActorName _6qw4" href="{profile}" target="_blank">{escape(p.author)}</a>
      <div class="_30o4"><span><span class="_5mdd"><span>{tag}{text}</span></span></span></div></div>
     <div class="_2vq9 fsm fwn fcg">
      <a class="_5yxe UFILikeLink" href="#" role="button">{escape(ui.like)}</a><span role="presentation" aria-hidden="true"> · </span>
      <a class="_5yxe UFIReplyLink" href="#" role="button">{escape(ui.reply)}</a>{likes}<span role="presentation" aria-hidden="true"> · </span>
      <a class="uiLinkSubtle" href="{url}?fb_comment_id={fbid(i)}" target="_blank"><abbr class="livetimestamp" data-utime="{int((when - datetime(1970, 1, 1)).total_seconds())}" title="{escape(ui.date(when, 'numeric'))}" data-shorten="1">{escape(ui.date(when, 'long'))}</abbr></a></div></div></div></div>
  {replies}</div>
</div>"""

    plugin = f"""
<div class="fb-comments fb_iframe_widget fb_iframe_widget_fluid_desktop" data-href="{url}" data-numposts="10" data-width="100%" data-order-by="social" fb-xfbml-state="rendered" fb-iframe-plugin-query="app_id={_h(thread.site) % 10 ** 15}&amp;locale={thread.lang}_{thread.lang.upper()}">
 <span style="vertical-align: bottom; width: 100%;">
  <div class="_56q9" id="u_0_0" data-testid="fb-comments-plugin-body">
   <div class="_1drp _5lv6">
    <div class="_4k-6">
     <div class="_3-8y _5nz1 clearfix"><div class="_5mdd lfloat"><span class="_50f7">{escape(_count(len(thread.posts), ui))}</span></div>
      <div class="_3bw rfloat"><span class="_pup">{escape(L['sort'])}</span> <a class="_55pi _2agf _4o_4 _4jy0" role="button" href="#">{escape(L['best'])}</a></div></div>
     <div class="_4uyl _1zz8 _2392 clearfix"><div class="_ohe lfloat"><img class="_1ci img" src="https://static.xx.fbcdn.net/rsrc.php/v3/yo/r/UlIqmHJn-SK.gif" alt="" width="48" height="48"></div>
      <div class="_1cb _5yk1"><div class="_5yk2"><div class="_5rp7"><div class="_1p1t"><div class="_1p1v" id="placeholder">{escape(L['write'])}</div></div></div></div></div></div></div>
    <div class="_4k-6">{"".join(comment(i, False) for i in kids.get(None, []))}</div>
    <div class="_5o4h"><button class="_1gl3 _4jy0 _4jy3 _517h _51sy _42ft" type="submit">{escape(L['load_more'])}</button></div>
    <div class="_5lm5 _2pi3 _3-8y"><div direction="left" class="clearfix"><div class="_ohf rfloat"></div><div class=""><i class="_5ln9 img sp_fb"></i><a target="_blank" href="https://developers.facebook.com/products/social-plugins/comments/?utm_campaign=social_plugins&amp;utm_medium=offsite_pages&amp;utm_source=comments_plugin" class="_5lm6">Facebook Comments Plugin</a></div></div></div></div></div></span>
</div>"""

    body = f"""
<div id="fb-root"></div>
<div class="cookies-bar" id="cookies-bar"><p>{escape(L['cookie'])} <a href="/{_slug(L['privacy'])}">{escape(L['privacy'])}</a></p><button type="button">{escape(L['accept'])}</button></div>
<header class="cabecera header">
 <div class="header-top"><span class="header-date">{escape(ui.date(thread.published, 'short'))}</span><a class="logo" href="/"><strong>{escape(thread.site)}</strong></a></div>
 <nav class="menu-principal"><ul>{_lis(L['sections'][:9], 'menu-item', 'menu-link', '/seccion/{slug}/')}</ul></nav></header>
<div class="wrapper">
 <div class="col-main">
  <article class="noticia" itemscope itemtype="http://schema.org/NewsArticle">
   <h1 class="titular" itemprop="headline">{escape(thread.title)}</h1>
   <div class="firma"><span class="autor" itemprop="author">{escape(thread.author)}</span> <time class="fecha" itemprop="datePublished" datetime="{iso(thread.published, '+01:00')}">{escape(ui.date(thread.published, 'numeric'))}</time></div>
   <div class="cuerpo" itemprop="articleBody">{"".join(f'<p>{escape(t)}</p>' for t in thread.article)}</div>
   <div class="compartir"><a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={url}">{escape(ui.share)}</a></div></article>
  <section class="comentarios" id="comments"><h3 class="comentarios-titulo">{escape(ui.comments)}</h3>{plugin}</section></div>
 <aside class="col-side"><div class="modulo lo-mas"><h4>{escape(L['most_read'])}</h4><ol>{_lis(L['headlines'], '', '', '/noticia/{slug}')}</ol></div>
  <div class="modulo relacionadas"><h4>{escape(L['related'])}</h4><ul>{_lis(L['headlines'][2:], '', '', '/noticia/{slug}')}</ul></div></aside></div>
<footer class="pie"><ul>{_lis(_footer_links(L), '', '', '/{slug}')}</ul><p>© {thread.published.year} {escape(thread.site)} — {escape(L['rights'])}</p></footer>"""
    head = (f'<meta property="fb:app_id" content="{_h(thread.site) % 10 ** 15}">\n'
            f'<script async defer crossorigin="anonymous" src="https://connect.facebook.net/{thread.lang}_{thread.lang.upper()}/sdk.js#xfbml=1&amp;version=v6.0"></script>')
    return _page(thread, head, body, "page-noticia")


# ---------------------------------------------------------------- Hyvor Talk

def hyvor(thread: Thread, ui: UI) -> str:
    L, now, kids, url = _L[thread.lang], saved_at(thread, 170), replies_by_parent(thread), _url(thread, "stories")
    emojis = (("superb", "🤩"), ("love", "😍"), ("wow", "😮"), ("sad", "😢"), ("laugh", "😂"), ("angry", "😡"))

    def comment(i: int, depth: int) -> str:
        p = thread.posts[i]
        when = thread.posted(p)
        cid = 400000 + _h(thread.title, "ht", i) % 500000
        replies = ""
        if kids.get(i):
            replies = f'<div class="replies" data-depth="{depth + 1}">{"".join(comment(k, depth + 1) for k in kids[i])}</div>'
        return f"""
<div class="comment{' is-reply' if depth else ''}" id="comment-{cid}" data-id="{cid}" data-depth="{depth}">
 <div class="comment-inner">
  <div class="comment-side"><img class="avatar" src="https://talk.hyvor.com/api/public/avatar/{_hex(p.author, n=16)}" alt="{escape(p.author)}" width="40" height="40" loading="lazy"></div>
  <div class="comment-main">
   <div class="comment-head">
    <span class="name"><a class="user-name" href="#" role="button">{escape(p.author)}</a></span>
    <a class="time" href="{url}#hyvor-talk-comment-{cid}"><time datetime="{iso(when, '+00:00')}" title="{escape(ui.date(when, 'long'))}">{escape(ui.ago_text(now, when))}</time></a></div>
   <div class="comment-body content">{ps(p)}</div>
   <div class="comment-actions">
    <button class="action vote vote-up" type="button" aria-label="{escape(ui.like)}"><span class="icon">▲</span><span class="vote-count">{p.likes}</span></button>
    <button class="action vote vote-down" type="button" aria-label="{escape(L['dislike'])}"><span class="icon">▼</span></button>
    <button class="action reply-button" type="button">{escape(ui.reply)}</button>
    <button class="action share-button" type="button">{escape(ui.share)}</button>
    <button class="action more-button" type="button" title="{escape(ui.report)}" aria-label="{escape(ui.report)}">•••</button></div></div></div>
 {replies}
</div>"""

    reactions = "".join(
        f'<button class="reaction reaction-{k}" type="button"><span class="reaction-emoji">{em}</span>'
        f'<span class="reaction-count">{_h(thread.title, k) % 9}</span></button>' for k, em in emojis)
    widget = f"""
<hyvor-talk-comments website-id="{_h(thread.site) % 10 ** 4}" page-id="{_slug(thread.title)}" page-language="{thread.lang}" loading="lazy">
 <div class="ht-root" lang="{thread.lang}">
  <div class="reactions-wrap"><div class="reactions-title">{escape(L['reactions'])}</div><div class="reactions">{reactions}</div></div>
  <div class="comments-head">
   <div class="comments-count"><span class="count">{len(thread.posts)}</span> {escape(ui.comments)}</div>
   <div class="sort"><button class="sort-button" type="button" aria-haspopup="listbox">{escape(L['sort'])}: {escape(L['best'])}</button></div></div>
  <div class="comment-box"><div class="editor-placeholder">{escape(L['join'])}</div>
   <div class="login-box"><span>{escape(ui.login)}</span> <button class="button login-button" type="button">{escape(L['login_btn'])}</button></div></div>
  <div class="comments-wrap">{"".join(comment(i, 0) for i in kids.get(None, []))}</div>
  <button class="button load-more" type="button">{escape(L['load_more'])}</button>
  <div class="hyvor-talk-footer"><a href="https://talk.hyvor.com" target="_blank" rel="noopener">Hyvor Talk</a></div></div>
</hyvor-talk-comments>"""

    body = f"""
<header class="header">
 <div class="header-inner"><a class="brand" href="/">{escape(thread.site)}</a>
  <nav class="nav"><ul class="nav-links">{_lis(L['sections'][:8], 'nav-link', '', '/tag/{slug}/')}</ul></nav>
  <a class="button subscribe-button" href="#/portal/signup">{escape(L['subscribe'])}</a></div></header>
<main class="site-main">
 <article class="article post">
  <header class="article-header">
   <a class="article-tag" href="/tag/{_slug(L['sections'][1])}/">{escape(L['sections'][1])}</a>
   <h1 class="article-title">{escape(thread.title)}</h1>
   <div class="article-byline"><span class="author-name">{escape(ui.by)} <a href="/author/{_slug(thread.author)}/">{escape(thread.author)}</a></span>
    <div class="byline-meta-content"><time class="byline-meta-date" datetime="{thread.published.strftime('%Y-%m-%d')}">{escape(ui.date(thread.published, 'long'))}</time></div></div></header>
  <section class="gh-content">{"".join(f'<p>{escape(t)}</p>' for t in thread.article)}</section></article>
 <section class="article-comments" id="comments">{widget}</section>
 <aside class="read-more-wrap"><h2 class="read-more-title">{escape(L['related'])}</h2>
  <div class="read-more">{"".join(f'<article class="post-card"><a class="post-card-content-link" href="/{_slug(t)}/"><h3 class="post-card-title">{escape(t)}</h3></a></article>' for t in L['headlines'][:4])}</div></aside></main>
<footer class="site-footer"><div class="inner"><section class="copyright"><a href="/">{escape(thread.site)}</a> © {thread.published.year}</section>
 <nav class="site-footer-nav"><ul>{_lis(_footer_links(L), '', '', '/{slug}/')}</ul></nav></div></footer>"""
    head = '<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>\n<meta name="generator" content="Ghost 5.82">'
    return _page(thread, head, body, "post-template")


# ---------------------------------------------------------------- Commento

def commento(thread: Thread, ui: UI) -> str:
    L, now, kids = _L[thread.lang], saved_at(thread, 170), replies_by_parent(thread)
    colors = ("#396ab1", "#da7c30", "#3e9651", "#cc2529", "#922428", "#6b4c9a", "#535154")

    def card(i: int) -> str:
        p = thread.posts[i]
        when = thread.posted(p)
        x = _hex(thread.title, "cm", i, n=64)
        color = colors[_h(p.author) % len(colors)]
        children = "".join(card(k) for k in kids.get(i, []))
        return f"""
<div id="commento-card-{x}" class="commento-card" style="border-left: 2px solid {color};">
 <div id="commento-header-{x}" class="commento-header">
  <div id="commento-avatar-{x}" class="commento-avatar" style="background: {color};">{escape(p.author[0].upper())}</div>
  <div id="commento-name-{x}" class="commento-name">{escape(p.author)}</div>
  <div id="commento-subtitle-{x}" class="commento-subtitle">
   <div id="commento-score-{x}" class="commento-score">{escape(L['points'].format(n=p.likes))}</div>
   <div id="commento-timeago-{x}" class="commento-timeago" title="{escape(ui.date(when, 'iso'))}">{escape(ui.ago_text(now, when))}</div></div></div>
 <div id="commento-contents-{x}" class="commento-contents">
  <div id="commento-body-{x}" class="commento-body">{ps(p)}</div>
  <div id="commento-options-{x}" class="commento-options">
   <button id="commento-collapse-{x}" type="button" class="commento-option-button commento-option-collapse" title="−"></button>
   <button id="commento-upvote-{x}" type="button" class="commento-option-button commento-option-upvote" title="{escape(ui.like)}"></button>
   <button id="commento-downvote-{x}" type="button" class="commento-option-button commento-option-downvote" title="{escape(L['dislike'])}"></button>
   <button id="commento-reply-{x}" type="button" class="commento-option-button commento-option-reply" title="{escape(ui.reply)}"></button></div>
  <div id="commento-children-{x}" class="commento-body commento-children">{children}</div></div>
</div>"""

    widget = f"""
<div id="commento">
 <div id="commento-main-area" class="commento-main-area commento-root" style="display: block;">
  <div id="commento-login-box-container"></div>
  <div class="commento-login"><div class="commento-login-text">{escape(L['login_btn'])}</div></div>
  <div id="commento-textarea-root" class="commento-button-margin">
   <div class="commento-textarea-container"><textarea id="commento-textarea-root-input" placeholder="{escape(L['write'])}"></textarea></div>
   <div class="commento-anonymous-checkbox-container"><input type="checkbox" id="commento-anonymous-checkbox-root"><label for="commento-anonymous-checkbox-root">{escape(ui.login)}</label></div>
   <button id="commento-submit-button-root" type="submit" class="commento-button commento-submit-button">{escape(ui.reply)}</button></div>
  <div class="commento-sort-policy-buttons-container"><div class="commento-sort-policy-buttons">
   <a id="commento-sort-policy-score-desc" class="commento-sort-policy-button commento-sort-policy-button-selected">{escape(L['best'])}</a>
   <a id="commento-sort-policy-creationdate-desc" class="commento-sort-policy-button">{escape(L['newest'])}</a>
   <a id="commento-sort-policy-creationdate-asc" class="commento-sort-policy-button">{escape(L['oldest'])}</a></div></div>
  <div id="commento-comments-area" class="commento-comments">{"".join(card(i) for i in kids.get(None, []))}</div></div>
 <div class="commento-footer"><div class="commento-logo-container"><a class="commento-logo-link" href="https://commento.io" target="_blank"><span class="commento-logo-text">Commento</span></a></div></div>
</div>"""

    body = f"""
<div class="wrap">
 <header class="masthead"><p class="site-title"><a href="/">{escape(thread.site)}</a></p>
  <nav class="topnav"><ul>{_lis(L['sections'][:10], '', '', '/{slug}.html')}</ul></nav></header>
 <div class="columns">
  <main class="story">
   <p class="breadcrumbs"><a href="/">{escape(thread.site)}</a> › <a href="/{_slug(L['sections'][1])}.html">{escape(L['sections'][1])}</a></p>
   <h1>{escape(thread.title)}</h1>
   <p class="dateline">{escape(thread.author)} — {escape(ui.date(thread.published, 'numeric'))}</p>
   {"".join(f'<p>{escape(t)}</p>' for t in thread.article)}
   <hr>
   <h2 id="comments">{escape(ui.comments)}</h2>
   {widget}
   <script defer src="https://cdn.commento.io/js/commento.js"></script></main>
  <aside class="side"><h3>{escape(L['most_read'])}</h3><ul class="headlines">{_lis(L['headlines'], '', '', '/{slug}.html')}</ul>
   <div class="newsletter-box"><p>{escape(L['newsletter'])}</p><a href="/newsletter.html">{escape(L['subscribe'])}</a></div></aside></div>
 <footer class="foot"><p>{" · ".join(f'<a href="/{_slug(t)}.html">{escape(t)}</a>' for t in _footer_links(L))}</p>
  <p>© {thread.published.year} {escape(thread.site)}</p></footer>
</div>"""
    return _page(thread, '<link rel="stylesheet" href="/css/site.css">', body, "story-page")


# ---------------------------------------------------------------- giscus

def giscus(thread: Thread, ui: UI) -> str:
    L, kids = _L[thread.lang], replies_by_parent(thread)
    repo = f"{_slug(thread.site)}/comments"
    disc = 40 + _h(thread.title) % 300
    top = kids.get(None, [])
    n_replies = len(thread.posts) - len(top)

    def when_html(i: int) -> str:
        when = thread.posted(thread.posts[i])
        shown = f"{ui.on} {ui.date(when, 'short')}".strip()
        return (f'<a rel="nofollow noopener noreferrer" target="_blank" class="link-secondary overflow-hidden text-ellipsis" '
                f'href="https://github.com/{repo}/discussions/{disc}#discussioncomment-{8_000_000 + _h(thread.title, i) % 900_000}">'
                f'<time class="whitespace-nowrap" title="{escape(ui.date(when, "long"))}" datetime="{iso(when, "Z")}">{escape(shown)}</time></a>')

    def avatar(p: Post, size: int) -> str:
        login = _slug(p.author)
        return (f'<a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/{login}" class="gsc-comment-author-avatar">'
                f'<img class="mr-2 rounded-full" src="https://avatars.githubusercontent.com/u/{_h(p.author) % 10 ** 8}?v=4" '
                f'width="{size}" height="{size}" alt="@{login}"></a>')

    def reactions(p: Post) -> str:
        if not p.likes:
            return ('<div class="gsc-comment-reactions"><button type="button" class="gsc-social-reaction-summary-item '
                    f'px-2" aria-label="{escape(ui.like)}">☺</button></div>')
        return ('<div class="gsc-comment-reactions"><button type="button" class="gsc-direct-reaction-button '
                f'gsc-social-reaction-summary-item px-2" aria-label="{escape(ui.like)}"><span class="gsc-emoji">👍</span>'
                f'<span class="gsc-social-reaction-summary-item-count">{p.likes}</span></button></div>')

    def reply(i: int) -> str:
        p = thread.posts[i]
        quote = ""
        if thread.depth(i) > 1:
            quote = f"<blockquote>\n<p>{escape(thread.posts[p.parent].paragraphs[0])}</p>\n</blockquote>\n"
        return f"""
<div class="gsc-reply">
 <div class="gsc-tl-line"></div>
 <div class="flex py-2 pl-4">
  <div class="gsc-reply-author-avatar">{avatar(p, 28)}</div>
  <div class="w-full min-w-0 ml-2">
   <div class="gsc-reply-header"><div class="gsc-reply-author">
    <a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/{_slug(p.author)}" class="Link--primary"><span class="font-semibold link-primary">{escape(p.author)}</span></a>
    <span class="ml-1">{when_html(i)}</span></div></div>
   <div class="markdown gsc-reply-content">{quote}{ps(p)}</div>
   {reactions(p)}</div></div>
</div>"""

    def comment(i: int) -> str:
        p = thread.posts[i]
        under = _flat_under(thread, kids, i)
        replies = ""
        if under:
            replies = f'<div class="gsc-replies"><h3 class="sr-only">{escape(L["replies"].format(n=len(under)))}</h3>{"".join(reply(k) for k in under)}</div>'
        return f"""
<div class="gsc-comment">
 <div class="gsc-comment-box color-border-primary">
  <div class="gsc-comment-header">
   <div class="gsc-comment-author">{avatar(p, 30)}
    <a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/{_slug(p.author)}" class="gsc-comment-author-name"><span class="link-primary overflow-hidden text-ellipsis font-semibold">{escape(p.author)}</span></a>
    {when_html(i)}</div></div>
  <div class="markdown gsc-comment-content">{ps(p)}</div>
  <div class="gsc-comment-footer">{reactions(p)}</div>
  {replies}
  <div class="gsc-reply-box"><button type="button" class="gsc-reply-box-button form-control input-contrast">{escape(L['write_reply'])}</button></div></div>
</div>"""

    frame = f"""
<div class="giscus">
 <div class="giscus-frame" title="{escape(ui.comments)}" data-repo="{repo}" data-mapping="pathname" data-lang="{thread.lang}">
  <main class="w-full mx-auto" data-theme="light">
   <div class="gsc-main">
    <div class="gsc-reactions"><h4 class="gsc-reactions-count">👍 {sum(p.likes for p in thread.posts) % 17}</h4></div>
    <div class="gsc-comments">
     <div class="gsc-header">
      <div class="gsc-left-header">
       <h4 class="gsc-comments-count"><a href="https://github.com/{repo}/discussions/{disc}" target="_blank" rel="noreferrer noopener nofollow" class="Link--primary">{escape(_count(len(top), ui))}</a></h4>
       <span class="gsc-comments-count-separator">·</span>
       <h4 class="gsc-replies-count">{escape(L['replies'].format(n=n_replies))}</h4></div>
      <div class="gsc-right-header"><div class="BtnGroup">
       <button class="btn btn-sm BtnGroup-item" aria-label="{escape(L['sort'])} {escape(L['oldest'])}" aria-pressed="true">{escape(L['oldest'])}</button>
       <button class="btn btn-sm BtnGroup-item" aria-label="{escape(L['sort'])} {escape(L['newest'])}" aria-pressed="false">{escape(L['newest'])}</button></div></div></div>
     <div class="gsc-timeline">{"".join(comment(i) for i in top)}</div>
     <div class="gsc-comment-box gsc-comment-box-is-not-reply"><div class="gsc-comment-box-write"><textarea class="form-control input-contrast gsc-comment-box-textarea" placeholder="{escape(L['write'])}" disabled></textarea></div>
      <div class="gsc-comment-box-bottom"><a class="link-secondary text-sm" href="https://guides.github.com/features/mastering-markdown/">Markdown</a>
       <button class="btn btn-primary" type="button"><svg class="mr-2" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M8 0C3.58 0 0 3.58 0 8"></path></svg>{escape(ui.login)}</button></div></div></div>
    <p class="gsc-powered-by"><em>– powered by <a href="https://giscus.app" target="_blank" rel="noreferrer noopener nofollow">giscus</a></em></p></div></main></div>
</div>"""

    body = f"""
<header class="site-header">
 <nav class="navbar" aria-label="Main"><a class="navbar-brand" href="/">{escape(thread.site)}</a>
  <ul class="navbar-nav">{_lis(L['sections'][:9], 'nav-item', 'nav-link', '/categories/{slug}/')}</ul></nav></header>
<div class="container">
 <main class="post-single">
  <header class="post-header">
   <h1 class="post-title">{escape(thread.title)}</h1>
   <div class="post-meta"><span title="{iso(thread.published, '+00:00')}">{escape(ui.date(thread.published, 'long'))}</span>&nbsp;·&nbsp;<span>{escape(thread.author)}</span></div></header>
  <div class="post-content">{"".join(f'<p>{escape(t)}</p>' for t in thread.article)}</div>
  <footer class="post-footer"><ul class="post-tags"><li><a href="/tags/{_slug(L['sections'][1])}/">{escape(L['sections'][1])}</a></li></ul>
   <nav class="paginav"><a class="prev" href="/posts/{_slug(L['headlines'][0])}/"><span class="title">« </span><br><span>{escape(L['headlines'][0])}</span></a></nav></footer>
  <section class="comments" id="comments">{frame}
   <script src="https://giscus.app/client.js" data-repo="{repo}" data-mapping="pathname" data-reactions-enabled="1" data-lang="{thread.lang}" crossorigin="anonymous" async></script></section></main>
 <aside class="sidebar"><h2>{escape(L['related'])}</h2><ul>{_lis(L['headlines'][1:6], '', '', '/posts/{slug}/')}</ul></aside></div>
<footer class="footer"><span>© {thread.published.year} <a href="/">{escape(thread.site)}</a></span> · <span>{" · ".join(f'<a href="/{_slug(t)}/">{escape(t)}</a>' for t in _footer_links(L))}</span>
 · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>"""
    head = '<meta name="generator" content="Hugo 0.125.4">\n<meta name="robots" content="index, follow">'
    return _page(thread, head, body, "list")


# ---------------------------------------------------------------- words of the IntenseDebate and Isso layouts

_M = {
    "en": dict(
        idc_sort="Sort by:|Date|Rating|Last Activity", idc_vote="Vote up|Vote down", idc_rep="Reputation",
        idc_guest="Comment as a Guest, or login:", idc_logins="Login to IntenseDebate|Login to WordPress.com|Login to Twitter|Login to OpenID",
        idc_fields="Name|Email|Website (optional)", idc_hints="Displayed next to your comments.|Not displayed publicly.|If you have a website, link to it here.",
        idc_submit="Submit Comment", idc_subscribe="Subscribe to|None|Replies|All new comments", idc_anon="Posting anonymously.",
        idc_by="Comments by", tt_search="Search for:|Search", idc_post_new="Post a new comment",
        tt_posted="Posted on", tt_in="This entry was posted in", tt_bookmark="Bookmark the", tt_permalink="permalink",
        tt_view_all="View all posts by {x}", tt_skip="Skip to content", tt_powered="Proudly powered by WordPress.",
        tt_recent="Recent Posts", tt_archives="Archives", tt_meta="Meta|Log in|Entries feed|Comments feed|WordPress.org",
        tt_nav="← {x}|{x} →",
        isso_count="One Comment|{n} Comments", isso_placeholder="Type Comment Here (at least 3 chars)",
        isso_fields="Name (optional)|E-mail (optional)|Website (optional)", isso_buttons="Submit|Preview|Edit",
        isso_notify="Subscribe to email notification of replies", isso_up="Upvote|Downvote",
        minima_pages="About|Archive|Subscribe", minima_desc="Notes from the newsroom, kept by the editors of {x}."),
    "de": dict(
        idc_sort="Sortieren nach:|Datum|Bewertung|Letzte Aktivität", idc_vote="Positiv bewerten|Negativ bewerten", idc_rep="Reputation",
        idc_guest="Als Gast kommentieren oder anmelden:", idc_logins="Bei IntenseDebate anmelden|Bei WordPress.com anmelden|Bei Twitter anmelden|Mit OpenID anmelden",
        idc_fields="Name|E-Mail|Website (optional)", idc_hints="Wird neben deinen Kommentaren angezeigt.|Wird nicht öffentlich angezeigt.|Wenn du eine Website hast, verlinke sie hier.",
        idc_submit="Kommentar abschicken", idc_subscribe="Abonnieren|Nichts|Antworten|Alle neuen Kommentare", idc_anon="Anonym kommentieren.",
        idc_by="Kommentare von", tt_search="Suche nach:|Suche", idc_post_new="Neuen Kommentar schreiben",
        tt_posted="Veröffentlicht am", tt_in="Dieser Eintrag wurde veröffentlicht in", tt_bookmark="Setze ein Lesezeichen auf den", tt_permalink="Permalink",
        tt_view_all="Alle Beiträge von {x} anzeigen", tt_skip="Zum Inhalt springen", tt_powered="Stolz präsentiert von WordPress.",
        tt_recent="Neueste Beiträge", tt_archives="Archiv", tt_meta="Meta|Anmelden|Feed der Einträge|Kommentar-Feed|WordPress.org",
        tt_nav="← {x}|{x} →",
        isso_count="Ein Kommentar|{n} Kommentare", isso_placeholder="Kommentar hier eintippen (mindestens 3 Zeichen)",
        isso_fields="Name (optional)|E-Mail (optional)|Website (optional)", isso_buttons="Abschicken|Vorschau|Bearbeiten",
        isso_notify="Über Antworten per E-Mail benachrichtigen", isso_up="Positiv bewerten|Negativ bewerten",
        minima_pages="Über uns|Archiv|Abonnieren", minima_desc="Notizen aus der Redaktion, geführt von den Redakteuren von {x}."),
    "fr": dict(
        idc_sort="Trier par :|Date|Note|Dernière activité", idc_vote="Voter pour|Voter contre", idc_rep="Réputation",
        idc_guest="Commenter en tant qu’invité, ou se connecter :", idc_logins="Connexion à IntenseDebate|Connexion à WordPress.com|Connexion à Twitter|Connexion avec OpenID",
        idc_fields="Nom|E-mail|Site web (facultatif)", idc_hints="Affiché à côté de vos commentaires.|Non affiché publiquement.|Si vous avez un site web, indiquez-le ici.",
        idc_submit="Envoyer le commentaire", idc_subscribe="S’abonner à|Rien|Réponses|Tous les nouveaux commentaires", idc_anon="Commentaire anonyme.",
        idc_by="Commentaires par", tt_search="Rechercher :|Rechercher", idc_post_new="Écrire un nouveau commentaire",
        tt_posted="Publié le", tt_in="Cet article a été publié dans", tt_bookmark="Ajoutez ce", tt_permalink="permalien",
        tt_view_all="Afficher tous les articles par {x}", tt_skip="Aller au contenu", tt_powered="Fièrement propulsé par WordPress.",
        tt_recent="Articles récents", tt_archives="Archives", tt_meta="Méta|Connexion|Flux des publications|Flux des commentaires|Site de WordPress-FR",
        tt_nav="← {x}|{x} →",
        isso_count="Un commentaire|{n} commentaires", isso_placeholder="Tapez votre commentaire ici (au moins 3 caractères)",
        isso_fields="Nom (optionnel)|Courriel (optionnel)|Site web (optionnel)", isso_buttons="Soumettre|Aperçu|Éditer",
        isso_notify="S’abonner aux notifications de réponses", isso_up="Vote positif|Vote négatif",
        minima_pages="À propos|Archives|S’abonner", minima_desc="Carnet de la rédaction, tenu par les journalistes du {x}."),
    "es": dict(
        idc_sort="Ordenar por:|Fecha|Valoración|Última actividad", idc_vote="Votar a favor|Votar en contra", idc_rep="Reputación",
        idc_guest="Comenta como invitado o inicia sesión:", idc_logins="Iniciar sesión en IntenseDebate|Iniciar sesión en WordPress.com|Iniciar sesión en Twitter|Iniciar sesión con OpenID",
        idc_fields="Nombre|Correo electrónico|Sitio web (opcional)", idc_hints="Se muestra junto a tus comentarios.|No se muestra públicamente.|Si tienes un sitio web, enlázalo aquí.",
        idc_submit="Enviar comentario", idc_subscribe="Suscribirse a|Nada|Respuestas|Todos los comentarios nuevos", idc_anon="Comentando de forma anónima.",
        idc_by="Comentarios por", tt_search="Buscar:|Buscar", idc_post_new="Publicar un nuevo comentario",
        tt_posted="Publicado el", tt_in="Esta entrada fue publicada en", tt_bookmark="Guarda el", tt_permalink="enlace permanente",
        tt_view_all="Ver todas las entradas de {x}", tt_skip="Ir al contenido", tt_powered="Funciona gracias a WordPress.",
        tt_recent="Entradas recientes", tt_archives="Archivos", tt_meta="Meta|Acceder|Feed de entradas|Feed de comentarios|WordPress.org",
        tt_nav="← {x}|{x} →",
        isso_count="Un comentario|{n} comentarios", isso_placeholder="Escriba su comentario aquí (al menos 3 caracteres)",
        isso_fields="Nombre (opcional)|Correo electrónico (opcional)|Sitio web (opcional)", isso_buttons="Enviar|Vista previa|Editar",
        isso_notify="Suscribirse a las notificaciones de respuestas por correo", isso_up="Votar a favor|Votar en contra",
        minima_pages="Acerca de|Archivo|Suscribirse", minima_desc="Apuntes de la redacción, a cargo de los periodistas de {x}."),
    "ru": dict(
        idc_sort="Сортировать:|По дате|По рейтингу|По активности", idc_vote="Голосовать за|Голосовать против", idc_rep="Репутация",
        idc_guest="Комментировать как гость или войти:", idc_logins="Войти через IntenseDebate|Войти через WordPress.com|Войти через Twitter|Войти через OpenID",
        idc_fields="Имя|Эл. почта|Сайт (необязательно)", idc_hints="Показывается рядом с вашими комментариями.|Не публикуется.|Если у вас есть сайт, укажите ссылку.",
        idc_submit="Отправить комментарий", idc_subscribe="Подписаться на|Ничего|Ответы|Все новые комментарии", idc_anon="Анонимный комментарий.",
        idc_by="Комментарии:", tt_search="Найти:|Поиск", idc_post_new="Написать новый комментарий",
        tt_posted="Опубликовано", tt_in="Запись опубликована в рубрике", tt_bookmark="Добавьте в закладки", tt_permalink="постоянную ссылку",
        tt_view_all="Посмотреть все записи автора {x}", tt_skip="Перейти к содержимому", tt_powered="Сайт работает на WordPress.",
        tt_recent="Свежие записи", tt_archives="Архивы", tt_meta="Мета|Войти|RSS записей|RSS комментариев|WordPress.org",
        tt_nav="← {x}|{x} →",
        isso_count="Один комментарий|{n} комментариев", isso_placeholder="Оставить комментарий (минимум 3 символа)",
        isso_fields="Имя (необязательно)|Email (необязательно)|Сайт (необязательно)", isso_buttons="Отправить|Предпросмотр|Редактировать",
        isso_notify="Подписаться на уведомления об ответах", isso_up="Голос за|Голос против",
        minima_pages="О нас|Архив|Подписаться", minima_desc="Заметки редакции, которые ведут журналисты «{x}»."),
}


def _m(thread: Thread, key: str) -> list[str]:
    return _M[thread.lang][key].split("|")


# ---------------------------------------------------------------- IntenseDebate

def intensedebate(thread: Thread, ui: UI) -> str:
    """IntenseDebate (Automattic's comment widget, as it rendered about 2010-2016) on a WordPress blog
    with the Twenty Ten theme. The widget prints every comment as a sibling div.idc-c in #idc-cmtlist,
    replies indented by an inline margin-left (30px a level, at most 4 levels), with avatar, name
    link, reputation, relative time, vote arrows and score, Reply and share links, the guest form."""
    L, M, now, kids = _L[thread.lang], _M[thread.lang], saved_at(thread, 200), replies_by_parent(thread)
    url = _url(thread, f"{thread.published:%Y/%m}")
    blog_id = 100_000 + _h(thread.site) % 800_000
    post_id = 1 + _h(thread.title) % 3000

    def cid(i: int) -> int:
        return 300_000_000 + _h(thread.title, i) % 90_000_000

    order = depth_first(kids)
    vote_up, vote_down = M["idc_vote"].split("|")

    def comment(i: int) -> str:
        p = thread.posts[i]
        d = thread.posted(p)
        depth = min(thread.depth(i), 4)
        user = _slug(p.author)
        rep = 1 + _h(p.author, "rep") % 120
        score = f"+{p.likes}" if p.likes else "0"
        return f"""
<div id="IDComment{cid(i)}" class="idc-c{' idc-c-r' if depth else ''}" style="margin-left:{30 * depth}px">
 <a name="IDComment{cid(i)}"></a>
 <div class="idc-c-h">
  <div class="idc-c-av"><a href="http://intensedebate.com/people/{user}" class="idc-anchor" target="_blank"><img src="https://www.gravatar.com/avatar/{_hex(p.author, n=32)}?r=pg&amp;s=45&amp;d=https%3A%2F%2Fs.intensedebate.com%2Fimages%2Favatar-default.png" class="idc-avatar" alt="Avatar" width="45" height="45"></a></div>
  <div class="idc-c-m">
   <span class="idc-i"><a href="http://intensedebate.com/people/{user}" class="IDShowUserInfo idc-anchor" id="IDUserLink{cid(i)}" target="_blank">{escape(p.author)}</a></span>
   <span class="idc-c-rep" title="{escape(M['idc_rep'])}"><span class="idc-rep-num">{rep}</span><span class="idc-rep-bar" style="width:{min(40, rep // 3)}px"></span></span>
   <span class="idc-c-time"><a href="{url}#IDComment{cid(i)}" class="idc-time" title="{escape(ui.date(d, 'long'))}">{escape(ui.ago_text(now, d))}</a></span></div></div>
 <div class="idc-c-b">
  <div class="idc-c-t"><div id="IDCommentPostInnerDiv{cid(i)}" class="idc-c-t-inner">{_brs(p)}</div></div>
  <div class="idc-c-f">
   <span class="idc-v" id="IDCommentVote{cid(i)}"><a href="javascript: IDC.vote({cid(i)}, 1);" class="idc-v-up" title="{escape(vote_up)}"><span>+</span></a> <span class="idc-v-total">{score}</span> <a href="javascript: IDC.vote({cid(i)}, -1);" class="idc-v-down" title="{escape(vote_down)}"><span>-</span></a></span>
   <a href="javascript: IDC.reply({cid(i)});" class="idc-btn_s idc-reply"><span><span>{escape(ui.reply)}</span></span></a>
   <a href="javascript: IDC.share({cid(i)});" class="idc-share">{escape(ui.share)}</a>
   <a href="javascript: IDC.report({cid(i)});" class="idc-report">{escape(ui.report)}</a></div></div>
</div>"""

    sort = M["idc_sort"].split("|")
    logins = M["idc_logins"].split("|")
    fields = M["idc_fields"].split("|")
    hints = M["idc_hints"].split("|")
    sub = M["idc_subscribe"].split("|")
    widget = f"""
<div id="idc-container-parent">
<div id="idc-container" data-acct="{_hex(thread.site, n=32)}" data-postid="wordpress-{post_id}">
 <div id="idc-cover" style="display:none"></div>
 <div id="IDCommentsHead" class="idc-head">
  <h3 id="IDCommentsHeadTitle" class="idc-title"><span id="IDCommentsHeadTitleCount">{len(thread.posts)}</span> {escape(ui.comments)}</h3>
  <div class="idc-head_links"><span class="idc-sortby">{escape(sort[0])} <a href="javascript: IDC.sort('date');" class="idc-sel">{escape(sort[1])}</a> <a href="javascript: IDC.sort('rating');">{escape(sort[2])}</a> <a href="javascript: IDC.sort('activity');">{escape(sort[3])}</a></span></div></div>
 <div id="idc-cmtlist" class="idc-cmtlist"><div id="IDThread">{''.join(comment(i) for i in order)}
 </div></div>
 <div id="IDCommentsNewThreadCover" class="idc-new"><h3 class="idc-title">{escape(M['idc_post_new'])}</h3>
  <div id="IDCommentsNewThread"><form action="https://intensedebate.com/js/commentAction/" method="post" id="IDCommentsNewThreadForm">
   <div class="idc-loggedout"><span class="idc-guest-note">{escape(M['idc_guest'])}</span>
    <ul class="idc-login-list">{''.join(f'<li><a href="javascript: IDC.login({k});" class="idc-login idc-login-{k}">{escape(x)}</a></li>' for k, x in enumerate(logins))}</ul></div>
   <textarea id="txtComment" class="idc-text_noresize" rows="8" cols="60" name="comment"></textarea>
   <div class="idc-guest-fields">{''.join(f'<p><label for="IDGuest{k}">{escape(x)}</label> <input type="text" class="idc-text" id="IDGuest{k}" name="field{k}"> <span class="idc-hint">{escape(h)}</span></p>' for k, (x, h) in enumerate(zip(fields, hints)))}</div>
   <p class="idc-anon">{escape(M['idc_anon'])}</p>
   <div class="idc-submit"><a href="javascript: IDC.post();" class="idc-btn_l"><span><span>{escape(M['idc_submit'])}</span></span></a>
    <span class="idc-subscribe">{escape(sub[0])} <select name="subscribe"><option value="0">{escape(sub[1])}</option><option value="1" selected>{escape(sub[2])}</option><option value="2">{escape(sub[3])}</option></select></span></div>
  </form></div></div>
 <div id="idc-foot" class="idc-foot"><a href="https://intensedebate.com" class="idc-foot-logo" target="_blank">{escape(M['idc_by'])} IntenseDebate</a></div>
</div></div>"""

    nav_prev, nav_next = M["tt_nav"].split("|")
    meta = M["tt_meta"].split("|")
    sections = L["sections"]
    body = f"""
<div id="wrapper" class="hfeed">
 <div id="header"><div id="masthead">
  <div id="branding" role="banner"><div id="site-title"><span><a href="/" title="{escape(thread.site)}" rel="home">{escape(thread.site)}</a></span></div>
   <div id="site-description">{escape(M['minima_desc'].format(x=thread.site))}</div>
   <img src="/wp-content/themes/twentyten/images/headers/path.jpg" width="940" height="198" alt=""></div>
  <div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content" title="{escape(M['tt_skip'])}">{escape(M['tt_skip'])}</a></div>
   <div class="menu-header"><ul id="menu-main" class="menu">{_lis(sections[:8], 'menu-item menu-item-type-taxonomy', '', '/category/{slug}/')}</ul></div></div></div></div>
 <div id="main">
  <div id="container"><div id="content" role="main">
   <div id="nav-above" class="navigation"><div class="nav-previous"><a href="/{_slug(L['headlines'][0])}/" rel="prev">{escape(nav_prev.format(x=L['headlines'][0]))}</a></div><div class="nav-next"></div></div>
   <div id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-{_slug(sections[1])}">
    <h1 class="entry-title">{escape(thread.title)}</h1>
    <div class="entry-meta"><span class="meta-prep meta-prep-author">{escape(M['tt_posted'])}</span> <a href="{url}" title="{thread.published.strftime('%H:%M')}" rel="bookmark"><span class="entry-date">{escape(ui.date(thread.published, 'long').rsplit(' ' + ui.at + ' ', 1)[0])}</span></a> <span class="meta-sep">{escape(ui.by.lower().rstrip(':'))}</span> <span class="author vcard"><a class="url fn n" href="/author/{_slug(thread.author)}/" title="{escape(M['tt_view_all'].format(x=thread.author))}">{escape(thread.author)}</a></span></div>
    <div class="entry-content">{''.join(f'<p>{escape(x)}</p>' for x in thread.article)}</div>
    <div class="entry-utility">{escape(M['tt_in'])} <a href="/category/{_slug(sections[1])}/" title="{escape(sections[1])}" rel="category tag">{escape(sections[1])}</a>. {escape(M['tt_bookmark'])} <a href="{url}" title="{escape(thread.title)}" rel="bookmark">{escape(M['tt_permalink'])}</a>.</div></div>
   <div id="nav-below" class="navigation"><div class="nav-previous"><a href="/{_slug(L['headlines'][0])}/" rel="prev">{escape(nav_prev.format(x=L['headlines'][0]))}</a></div><div class="nav-next"><a href="/{_slug(L['headlines'][1])}/" rel="next">{escape(nav_next.format(x=L['headlines'][1]))}</a></div></div>
   <div id="comments">{widget}
    <script type="text/javascript">var idcomments_acct = '{_hex(thread.site, n=32)}'; var idcomments_post_id = 'wordpress-{post_id}'; var idcomments_post_url = '{url}';</script>
    <script type="text/javascript" src="https://www.intensedebate.com/js/wordpressTemplateCommentWrapper2.php?acct={_hex(thread.site, n=32)}&amp;postid={post_id}&amp;title={escape(_slug(thread.title))}&amp;url={url}&amp;posttime={thread.published:%Y-%m-%d+%H:%M:%S}&amp;postauthor={escape(_slug(thread.author))}&amp;guid={blog_id}"></script>
   </div></div></div>
  <div id="primary" class="widget-area" role="complementary"><ul class="xoxo">
   <li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/"><div><label class="screen-reader-text" for="s">{escape(_m(thread, 'tt_search')[0])}</label><input type="text" value="" name="s" id="s"><input type="submit" id="searchsubmit" value="{escape(_m(thread, 'tt_search')[1])}"></div></form></li>
   <li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">{escape(M['tt_recent'])}</h3><ul>{_lis(L['headlines'], '', '', '/{slug}/')}</ul></li>
   <li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">{escape(M['tt_archives'])}</h3><ul>{''.join(f'<li><a href="/{thread.published.year}/{m:02d}/">{escape(ui.months[m - 1])} {thread.published.year}</a></li>' for m in range(thread.published.month, 0, -1))}</ul></li>
   <li id="meta-2" class="widget-container widget_meta"><h3 class="widget-title">{escape(meta[0])}</h3><ul>{''.join(f'<li><a href="/{_slug(x)}/">{escape(x)}</a></li>' for x in meta[1:])}</ul></li></ul></div></div>
 <div id="footer" role="contentinfo"><div id="colophon">
  <div id="site-info"><a href="/" title="{escape(thread.site)}" rel="home">{escape(thread.site)}</a></div>
  <div id="site-generator"><a href="https://wordpress.org/" title="Semantic Personal Publishing Platform">{escape(M['tt_powered'])}</a></div></div></div>
</div>"""
    head = (f'<link rel="stylesheet" type="text/css" media="all" href="/wp-content/themes/twentyten/style.css?ver=20231107">\n'
            f'<link rel="canonical" href="{url}">\n<link rel="profile" href="https://gmpg.org/xfn/11">')
    return _page(thread, head, body, f"single single-post postid-{post_id} single-format-standard")


# ---------------------------------------------------------------- Isso

def isso(thread: Thread, ui: UI) -> str:
    """Isso 0.13 (self-hosted comments) on a Jekyll blog with the minima theme, as rendered by Isso's
    embed.js: section#isso-thread, postbox, div.isso-comment with identicon, author, permalinked
    relative time, votes and Reply. Isso keeps one level of nesting: a reply to a reply is stored
    under the top-level comment, so it shows in that comment's isso-follow-up in time order."""
    M, now, kids = _M[thread.lang], saved_at(thread, 75), replies_by_parent(thread)
    url = f"/{thread.published:%Y/%m/%d}/{_slug(thread.title)}.html"
    host = f"https://comments.{_domain(thread)}"

    def created(d: datetime) -> str:
        if thread.lang == "en":
            return f"{d.month}/{d.day}/{d.year}, {d.strftime('%I:%M:%S %p').lstrip('0')}"
        return f"{d:%d.%m.%Y, %H:%M:%S}" if thread.lang in ("de", "ru") else f"{d:%d/%m/%Y %H:%M:%S}"

    def identicon(name: str) -> str:
        h = _hex(name, n=12)
        rects = "".join(f'<rect x="{4 + 8 * (k % 4)}" y="{4 + 8 * (k // 4)}" width="8" height="8" style="fill: #{h[:6]};"></rect>'
                        for k in range(16) if int(h[k % 12], 16) % 2)
        return (f'<div class="isso-avatar"><svg data-hash="#{h}" version="1.1" viewBox="0 0 48 48" preserveAspectRatio="xMinYMin meet" shape-rendering="crispEdges" '
                f'xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="48" height="48" style="fill: #f0f0f0"></rect>{rects}</svg></div>')

    def comment(i: int, follow: str) -> str:
        p = thread.posts[i]
        d = thread.posted(p)
        cid = 100 + _h(thread.title, i) % 9000
        votes = f'<span class="isso-votes">{p.likes}</span>' if p.likes else ""
        up, down = M["isso_up"].split("|")
        return f"""<div class="isso-comment" id="isso-{cid}">{identicon(p.author)}
<div class="isso-text-wrapper">
<div class="isso-comment-header" role="meta"><span class="isso-author">{escape(p.author)}</span><span class="isso-spacer">•</span><a class="isso-permalink" href="#isso-{cid}"><time title="{created(d)}" datetime="{iso(d, 'Z')}">{escape(ui.ago_text(now, d))}</time></a><span class="isso-note"></span></div>
<div class="isso-text">{ps(p)}</div>
<div class="isso-comment-footer">{votes}<a class="isso-upvote" href="#" title="{escape(up)}"><svg width="16" height="16" viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg" fill="gray"><g><path d="M24.773,13.701c-0.651,0.669-7.512,7.205-7.512,7.205C16.912,21.262,16.456,21.44,16,21.44c-0.458,0-0.914-0.178-1.261-0.534 c0,0-6.861-6.536-7.514-7.205c-0.651-0.669-0.696-1.87,0-2.586c0.698-0.714,1.669-0.77,2.522,0L16,17.112l6.251-5.995 c0.855-0.77,1.827-0.714,2.522,0C25.47,11.83,25.427,13.034,24.773,13.701z" transform="rotate(180 16 16)"></path></g></svg></a><span class="isso-spacer">|</span><a class="isso-downvote" href="#" title="{escape(down)}"><svg width="16" height="16" viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg" fill="gray"><g><path d="M24.773,13.701c-0.651,0.669-7.512,7.205-7.512,7.205C16.912,21.262,16.456,21.44,16,21.44c-0.458,0-0.914-0.178-1.261-0.534 c0,0-6.861-6.536-7.514-7.205c-0.651-0.669-0.696-1.87,0-2.586c0.698-0.714,1.669-0.77,2.522,0L16,17.112l6.251-5.995 c0.855-0.77,1.827-0.714,2.522,0C25.47,11.83,25.427,13.034,24.773,13.701z"></path></g></svg></a><a class="isso-reply" href="#">{escape(ui.reply)}</a></div>
<div class="isso-follow-up">{follow}</div>
</div></div>"""

    tops = kids.get(None, [])
    items = "".join(comment(i, "".join(comment(k, "") for k in _flat_under(thread, kids, i))) for i in tops)
    n = len(thread.posts)
    one, many = M["isso_count"].split("|")
    fields = M["isso_fields"].split("|")
    submit, preview, edit = M["isso_buttons"].split("|")
    examples = ("John Doe", "johndoe@example.com", "https://example.com")
    pages = M["minima_pages"].split("|")
    month = ui.months[thread.published.month - 1]
    shown = (f"{month[:3]} {thread.published.day}, {thread.published.year}" if thread.lang == "en"
             else f"{thread.published.day}{'.' if thread.lang == 'de' else ''} {month} {thread.published.year}")
    thread_html = f"""<section id="isso-thread" data-title="{escape(thread.title)}" data-isso-id="{url}">
<h4 class="isso-thread-heading">{escape(one if n == 1 else many.format(n=n))}</h4>
<div class="isso-postbox"><div class="isso-form-wrapper">
<div class="isso-textarea-wrapper"><div class="isso-textarea isso-placeholder" contenteditable="true">{escape(M['isso_placeholder'])}</div><div class="isso-preview"><div class="isso-comment"><div class="isso-text"></div></div></div></div>
<section class="isso-auth-section">{''.join(f'<p class="isso-input-wrapper"><label for="isso-postbox-{k}">{escape(x)}</label><input id="isso-postbox-{k}" type="{"email" if k == "email" else "text"}" name="{k}" placeholder="{e}" value=""></p>' for k, x, e in zip(("author", "email", "website"), fields, examples))}
<p class="isso-post-action"><input type="submit" value="{escape(submit)}"></p><p class="isso-post-action"><input type="button" name="preview" value="{escape(preview)}"></p><p class="isso-post-action"><input type="button" name="edit" value="{escape(edit)}"></p></section>
<section class="isso-notification-section" style="display: none;"><label><input type="checkbox" disabled="" name="notification">{escape(M['isso_notify'])}</label></section>
</div></div>
<div id="isso-root">{items}</div>
</section>"""
    body = f"""<header class="site-header" role="banner">
  <div class="wrapper"><a class="site-title" rel="author" href="/">{escape(thread.site)}</a><nav class="site-nav">
      <input type="checkbox" id="nav-trigger" class="nav-trigger" />
      <label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg></span></label>
      <div class="trigger">{''.join(f'<a class="page-link" href="/{_slug(x)}/">{escape(x)}</a>' for x in pages)}</div></nav></div>
</header>
<main class="page-content" aria-label="Content">
  <div class="wrapper">
    <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{escape(thread.title)}</h1>
    <p class="post-meta"><time class="dt-published" datetime="{iso(thread.published, '+00:00')}" itemprop="datePublished">{escape(shown)}
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{escape(thread.author)}</span></span></p>
  </header>
  <div class="post-content e-content" itemprop="articleBody">
    {''.join(f'<p>{escape(x)}</p>' for x in thread.article)}
  </div>
  {thread_html}
  <script data-isso="{host}/" data-isso-lang="{thread.lang}" data-isso-vote="true" data-isso-reply-to-self="false" src="{host}/js/embed.min.js"></script>
  <a class="u-url" href="{url}" hidden></a>
</article>
  </div>
</main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>
  <div class="wrapper">
    <h2 class="footer-heading">{escape(thread.site)}</h2>
    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">{escape(thread.site)}</li><li><a class="u-email" href="mailto:info@{_domain(thread)}">info@{_domain(thread)}</a></li></ul></div>
      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/{_slug(thread.site)}"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">{_slug(thread.site)}</span></a></li></ul></div>
      <div class="footer-col footer-col-3"><p>{escape(M['minima_desc'].format(x=thread.site))}</p></div>
    </div>
  </div>
</footer>"""
    head = (f'<meta name="generator" content="Jekyll v4.3.3">\n<link rel="canonical" href="https://{_domain(thread)}{url}">\n'
            '<link rel="stylesheet" href="/assets/main.css">\n'
            f'<link type="application/atom+xml" rel="alternate" href="https://{_domain(thread)}/feed.xml" title="{escape(thread.site)}">')
    return _page(thread, head, body, "")


LAYOUTS: dict[str, Callable[[Thread, UI], str]] = {
    "plugin-disqus": disqus,
    "plugin-openweb": openweb,
    "plugin-coral": coral,
    "plugin-viafoura": viafoura,
    "plugin-facebook": facebook,
    "plugin-hyvor": hyvor,
    "plugin-commento": commento,
    "plugin-giscus": giscus,
    "plugin-intensedebate": intensedebate,
    "plugin-isso": isso,
}
