"""Social and Q&A platforms printing an article-like opening post and its discussion ("social-" layouts).

The layouts imitate, reconstructed from memory of each site's rendered DOM (no page of those sites
was consulted, nothing copied):

- social-stackexchange: a Stack Exchange question page as served in 2023-2024 (Stacks classes,
  schema.org QAPage microdata). The article is the question; top-level posts are answers sorted
  by score (the best one accepted); every reply becomes a short comment under its root answer,
  printed "text – Author date", with an "@Name" mention when it answers another commenter.
- social-youtube: a YouTube watch page saved from a browser in mid-2022, after the comment section
  had rendered and the reply lists were opened (ytd-comment-thread-renderer, ytd-comment-renderer,
  ytd-comment-replies-renderer). The article is the video's title, channel and description. One
  reply level: a reply to a reply sits in the same list and starts with an "@Name" link.
- social-habr: a Habr article page of the 2022-2024 Vue front end ("tm-" classes), with its full
  comment tree nested in section.tm-comment-thread / div.tm-comment-thread__children.
- social-reddit-new: new Reddit's server-rendered "shreddit" comments page (2023-2024): the
  article is a text post (shreddit-post), comments are shreddit-comment elements with author,
  depth and thingid attributes, children nested inside their parent with slot="children".

Every layout is localized through the `UI` it is given plus the word table `_W` below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import quote

from layouts.thread import LANGS, UI, Thread, escape, iso, replies_by_parent, saved_at
from layouts.thread import replies_in_time as _descendants
from layouts.thread import slug as _slug
from layouts.thread import stable_hex as _hex
from layouts.thread import stable_number as _h

# Chrome words the UI class does not carry, in the order of LANGS; lists are joined with "|".
_W = {
    # ---- shared
    "sections": ("News|Local|Politics|Business|Transport|Sport|Culture|Opinion",
                 "Nachrichten|Lokales|Politik|Wirtschaft|Verkehr|Sport|Kultur|Meinung",
                 "Actualités|Local|Politique|Économie|Transports|Sport|Culture|Opinions",
                 "Noticias|Local|Política|Economía|Transporte|Deportes|Cultura|Opinión",
                 "Новости|Город|Политика|Экономика|Транспорт|Спорт|Культура|Мнения"),
    "headlines": (
        "Harbour festival returns in July|New cycle lane opens on Quay Road|School meals to cost more from autumn|"
        "Island bakery wins regional award|Storm damage repairs finished early|Library extends its opening hours",
        "Hafenfest kehrt im Juli zurück|Neuer Radweg an der Uferstraße eröffnet|Schulessen wird ab Herbst teurer|"
        "Bäckerei aus dem Norden ausgezeichnet|Sturmschäden früher als geplant behoben|Stadtbibliothek öffnet länger",
        "Le festival du port revient en juillet|Une nouvelle piste cyclable sur les quais|"
        "La cantine scolaire augmente à la rentrée|Une boulangerie du centre primée|"
        "Les dégâts de la tempête réparés en avance|La médiathèque élargit ses horaires",
        "Vuelven las fiestas del puerto en julio|Abre un nuevo carril bici junto al río|"
        "El comedor escolar subirá en otoño|Una panadería del barrio, premiada|"
        "Terminan antes de lo previsto las obras tras la tormenta|La biblioteca amplía su horario",
        "Праздник порта вернётся в июле|На набережной открыли велодорожку|Школьное питание подорожает осенью|"
        "Местная пекарня получила премию|Последствия урагана устранили досрочно|Библиотека продлила часы работы"),
    "search": ("Search", "Suche", "Rechercher", "Buscar", "Поиск"),
    "sign_up": ("Sign up", "Registrieren", "S’inscrire", "Registrarse", "Регистрация"),
    "log_in": ("Log in", "Anmelden", "Se connecter", "Iniciar sesión", "Войти"),
    "rights": ("All rights reserved.", "Alle Rechte vorbehalten.", "Tous droits réservés.",
               "Todos los derechos reservados.", "Все права защищены."),
    "privacy": ("Privacy Policy", "Datenschutzerklärung", "Politique de confidentialité", "Política de privacidad",
                "Политика конфиденциальности"),
    "terms": ("Terms of Service", "Nutzungsbedingungen", "Conditions d’utilisation", "Condiciones del servicio",
              "Условия использования"),
    "more": ("More", "Mehr", "Plus", "Más", "Ещё"),
    # ---- Stack Exchange
    "se_nav": ("Home|Questions|Tags|Users|Companies|Unanswered", "Startseite|Fragen|Tags|Benutzer|Unternehmen|Unbeantwortet",
               "Accueil|Questions|Étiquettes|Utilisateurs|Entreprises|Sans réponse",
               "Inicio|Preguntas|Etiquetas|Usuarios|Empresas|Sin respuesta",
               "Главная|Вопросы|Метки|Участники|Компании|Без ответов"),
    "se_ask": ("Ask Question", "Frage stellen", "Poser une question", "Hacer una pregunta", "Задать вопрос"),
    "se_asked_label": ("Asked", "Gefragt", "Posée", "Formulada", "Задан"),
    "se_modified_label": ("Modified", "Geändert", "Modifiée", "Modificada", "Изменён"),
    "se_viewed_label": ("Viewed", "Angesehen", "Vue", "Vista", "Просмотрен"),
    "se_times": ("{n} times", "{n}-mal", "{n} fois", "{n} veces", "{n} раз"),
    "se_asked": ("asked", "gefragt", "demandé", "preguntada", "задан"),
    "se_answered": ("answered", "beantwortet", "répondu", "respondida", "ответ дан"),
    "se_edited": ("edited", "bearbeitet", "modifié", "editada", "изменён"),
    "se_today": ("today", "heute", "aujourd’hui", "hoy", "сегодня"),
    "se_improve_q": ("Improve this question", "Frage verbessern", "Améliorer cette question", "Mejora esta pregunta",
                     "Улучшить вопрос"),
    "se_improve_a": ("Improve this answer", "Antwort verbessern", "Améliorer cette réponse", "Mejora esta respuesta",
                     "Улучшить ответ"),
    "se_follow": ("Follow", "Folgen", "Suivre", "Seguir", "Отслеживать"),
    "se_add_comment": ("Add a comment", "Kommentar hinzufügen", "Ajouter un commentaire", "Añade un comentario",
                       "Добавить комментарий"),
    "se_answers": ("{n} Answers", "{n} Antworten", "{n} réponses", "{n} respuestas", "Ответов: {n}"),
    "se_answer": ("1 Answer", "1 Antwort", "1 réponse", "1 respuesta", "1 ответ"),
    "se_sorted": ("Sorted by:", "Sortiert nach:", "Trié par :", "Ordenado por:", "Сортировка:"),
    "se_sorts": ("Highest score (default)|Date modified (newest first)|Date created (oldest first)",
                 "Höchste Bewertung (Standard)|Änderungsdatum (neueste zuerst)|Erstellungsdatum (älteste zuerst)",
                 "Score le plus élevé (par défaut)|Date de modification (plus récentes)|Date de création (plus anciennes)",
                 "Puntuación más alta (por defecto)|Fecha de modificación (más recientes)|Fecha de creación (más antiguas)",
                 "Наивысший рейтинг (по умолчанию)|Дата изменения (сначала новые)|Дата создания (сначала старые)"),
    "se_up": ("Up vote", "Positiv bewerten", "Voter pour", "Votar a favor", "Голос за"),
    "se_down": ("Down vote", "Negativ bewerten", "Voter contre", "Votar en contra", "Голос против"),
    "se_save": ("Save this post.", "Diesen Beitrag speichern.", "Enregistrer ce message.", "Guardar esta publicación.",
                "Сохранить эту публикацию."),
    "se_timeline": ("Show activity on this post.", "Aktivität zu diesem Beitrag anzeigen.",
                    "Afficher l’activité de ce message.", "Mostrar actividad en esta publicación.",
                    "Показать активность по этой публикации."),
    "se_accepted": ("Accepted", "Akzeptiert", "Acceptée", "Aceptada", "Принятый"),
    "se_browse": ("Not the answer you're looking for? Browse other questions tagged|or|ask your own question",
                  "Nicht die Antwort, nach der Sie suchen? Durchsuchen Sie andere Fragen mit den Tags|oder|stellen Sie Ihre eigene Frage",
                  "Ce n’est pas la réponse que vous cherchez ? Parcourez les autres questions étiquetées|ou|posez votre propre question",
                  "¿No es la respuesta que buscas? Examina otras preguntas con la etiqueta|o|formula tu propia pregunta",
                  "Не нашли ответ? Посмотрите другие вопросы с метками|или|задайте свой вопрос"),
    "se_related": ("Related", "Verwandt", "Connexes", "Relacionados", "Похожие"),
    "se_hot": ("Hot Network Questions", "Heiße Fragen im Netzwerk", "Questions populaires sur le réseau",
               "Preguntas populares en la red", "Горячие вопросы в сети"),
    "se_meta": ("Featured on Meta", "Empfohlen auf Meta", "En vedette sur Meta", "Destacado en Meta", "Рекомендовано на Мете"),
    "se_meta_items": ("Upcoming community event: moderator election|Policy update: guidance on quoting sources",
                      "Bevorstehende Community-Veranstaltung: Moderatorenwahl|Richtlinien-Update: Hinweise zum Zitieren von Quellen",
                      "Événement à venir : élection des modérateurs|Mise à jour des règles : citer ses sources",
                      "Próximo evento de la comunidad: elección de moderadores|Actualización de normas: cómo citar fuentes",
                      "Скоро в сообществе: выборы модераторов|Обновление правил: как цитировать источники"),
    "se_rep": ("{n} reputation", "{n} Reputation", "{n} de réputation", "{n} de reputación", "{n} репутации"),
    "se_badges": ("gold badges|silver badges|bronze badges", "Gold-Abzeichen|Silber-Abzeichen|Bronze-Abzeichen",
                  "badges d’or|badges d’argent|badges de bronze", "medallas de oro|medallas de plata|medallas de bronce",
                  "золотых знаков|серебряных знаков|бронзовых знаков"),
    "se_avatar": ("{x}'s user avatar", "Benutzeravatar von {x}", "Avatar de l’utilisateur {x}", "Avatar del usuario {x}",
                  "Аватар пользователя {x}"),
    "se_useful": ("number of 'useful comment' votes received", "Anzahl der erhaltenen Stimmen für „nützlicher Kommentar“",
                  "nombre de votes « commentaire utile » reçus", "número de votos de «comentario útil» recibidos",
                  "число голосов «полезный комментарий»"),
    "se_your": ("Your Answer", "Ihre Antwort", "Votre réponse", "Tu respuesta", "Ваш ответ"),
    "se_post": ("Post Your Answer", "Antwort absenden", "Publier votre réponse", "Publica tu respuesta", "Отправить ответ"),
    "se_cookie": ("By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and "
                  "disclose information in accordance with our Cookie Policy.",
                  "Durch Klicken auf „Alle Cookies akzeptieren“ stimmen Sie zu, dass Stack Exchange Cookies auf Ihrem "
                  "Gerät speichern und Informationen gemäß unserer Cookie-Richtlinie offenlegen darf.",
                  "En cliquant sur « Accepter tous les cookies », vous acceptez que Stack Exchange stocke des cookies "
                  "sur votre appareil et divulgue des informations conformément à notre politique en matière de cookies.",
                  "Al hacer clic en «Aceptar todas las cookies», aceptas que Stack Exchange almacene cookies en tu "
                  "dispositivo y divulgue información de acuerdo con nuestra Política de cookies.",
                  "Нажимая «Принять все файлы cookie», вы соглашаетесь, что Stack Exchange может хранить файлы cookie "
                  "на вашем устройстве и раскрывать информацию в соответствии с нашей Политикой в отношении файлов cookie."),
    "se_cookie_btns": ("Accept all cookies|Necessary cookies only|Customize settings",
                       "Alle Cookies akzeptieren|Nur notwendige Cookies|Einstellungen anpassen",
                       "Accepter tous les cookies|Cookies nécessaires uniquement|Personnaliser les paramètres",
                       "Aceptar todas las cookies|Solo cookies necesarias|Personalizar la configuración",
                       "Принять все файлы cookie|Только необходимые|Настроить"),
    "se_footer": ("Tour|Help|Chat|Contact|Feedback", "Tour|Hilfe|Chat|Kontakt|Feedback",
                  "Visite|Aide|Chat|Contact|Commentaires", "Tour|Ayuda|Chat|Contacto|Comentarios",
                  "Тур|Справка|Чат|Связаться|Отзывы"),
    "se_company": ("Company|Stack Overflow|Teams|Advertising|Talent|About|Press|Legal|Cookie Settings",
                   "Unternehmen|Stack Overflow|Teams|Werbung|Talent|Über uns|Presse|Rechtliches|Cookie-Einstellungen",
                   "Entreprise|Stack Overflow|Teams|Publicité|Talent|À propos|Presse|Mentions légales|Paramètres des cookies",
                   "Empresa|Stack Overflow|Teams|Publicidad|Talent|Acerca de|Prensa|Legal|Configuración de cookies",
                   "Компания|Stack Overflow|Teams|Реклама|Talent|О нас|Пресса|Правовая информация|Настройки cookie"),
    "se_license": ("Site design / logo © {y} Stack Exchange Inc; user contributions licensed under",
                   "Website-Design / Logo © {y} Stack Exchange Inc; Nutzerbeiträge lizenziert unter",
                   "Conception du site / logo © {y} Stack Exchange Inc ; contributions des utilisateurs sous licence",
                   "Diseño del sitio / logo © {y} Stack Exchange Inc; contribuciones de los usuarios bajo licencia",
                   "Дизайн сайта / логотип © {y} Stack Exchange Inc; пользовательские материалы лицензированы в соответствии с"),
    "se_tags": ("local-government|ferries|budget", "kommunalpolitik|nahverkehr|haushalt", "municipalite|urbanisme|patrimoine",
                "ayuntamiento|contratacion-publica|mercados", "городское-хозяйство|благоустройство|бюджет"),
    # ---- YouTube
    "yt_views": ("{n} views", "{n} Aufrufe", "{n} vues", "{n} visualizaciones", "{n} просмотров"),
    "yt_subs": ("{n} subscribers", "{n} Abonnenten", "{n} abonnés", "{n} suscriptores", "{n} подписчиков"),
    "yt_subscribe": ("Subscribe", "Abonnieren", "S'abonner", "Suscribirme", "Подписаться"),
    "yt_dislike": ("Dislike", "Mag ich nicht", "Je n'aime pas", "No me gusta", "Не нравится"),
    "yt_buttons": ("Download|Clip|Save", "Herunterladen|Clip|Speichern", "Télécharger|Clip|Enregistrer",
                   "Descargar|Clip|Guardar", "Скачать|Создать клип|Сохранить"),
    "yt_show_more": ("Show more|Show less", "Mehr anzeigen|Weniger anzeigen", "Plus|Moins",
                     "Mostrar más|Mostrar menos", "Ещё|Свернуть"),
    "yt_read_more": ("Read more|Show less", "Mehr anzeigen|Weniger anzeigen", "Lire la suite|Moins",
                     "Leer más|Mostrar menos", "Читать дальше|Свернуть"),
    "yt_comments": ("{n} Comments", "{n} Kommentare", "{n} commentaires", "{n} comentarios", "{n} комментариев"),
    "yt_sort": ("Sort by|Top comments|Newest first", "Sortieren nach|Top-Kommentare|Neueste zuerst",
                "Trier par|Meilleurs commentaires|Plus récents d'abord", "Ordenar por|Comentarios destacados|Más recientes primero",
                "Упорядочить|Сначала популярные|Сначала новые"),
    "yt_add": ("Add a comment...", "Kommentieren...", "Ajoutez un commentaire...", "Añade un comentario...",
               "Введите комментарий"),
    "yt_view_replies": ("View {n} replies|View reply", "{n} Antworten ansehen|Antwort ansehen",
                        "Afficher les {n} réponses|Afficher la réponse", "Ver las {n} respuestas|Ver respuesta",
                        "Показать ответы ({n})|Показать ответ"),
    "yt_hide_replies": ("Hide {n} replies|Hide reply", "{n} Antworten ausblenden|Antwort ausblenden",
                        "Masquer les {n} réponses|Masquer la réponse", "Ocultar las {n} respuestas|Ocultar respuesta",
                        "Скрыть ответы ({n})|Скрыть ответ"),
    "yt_like_c": ("Like this comment along with {n} other people", "Kommentar zusammen mit {n} anderen Nutzern mit „Mag ich“ bewerten",
                  "J'aime ce commentaire, comme {n} autres personnes", "Indicar que te gusta este comentario junto con otras {n} personas",
                  "Отметить комментарий как понравившийся (уже отметили: {n})"),
    "yt_likes": ("{n} likes", "{n} „Mag ich“-Bewertungen", "{n} J'aime", "{n} Me gusta", "{n} отметок «Нравится»"),
    "yt_dislike_c": ("Dislike this comment", "Kommentar mit „Mag ich nicht“ bewerten", "Je n'aime pas ce commentaire",
                     "Indicar que no te gusta este comentario", "Не нравится"),
    "yt_heart": ("❤ by {x}", "❤ von {x}", "❤ par {x}", "❤ de {x}", "❤ от {x}"),
    "yt_edited": ("(edited)", "(bearbeitet)", "(modifié)", "(editado)", "(изменено)"),
    "yt_action": ("Action menu", "Aktionsmenü", "Menu d'actions", "Menú de acciones", "Меню действий"),
    "yt_chips": ("All|From {x}|Related|Recently uploaded", "Alle|Von {x}|Ähnlich|Kürzlich hochgeladen",
                 "Tout|De {x}|Vidéos similaires|Mises en ligne récentes", "Todo|De {x}|Relacionado|Subidos recientemente",
                 "Все|Автор: {x}|Похожие|Недавно опубликованные"),
    "yt_guide": ("Home|Shorts|Subscriptions|Library|History", "Startseite|Shorts|Abos|Mediathek|Verlauf",
                 "Accueil|Shorts|Abonnements|Bibliothèque|Historique", "Inicio|Shorts|Suscripciones|Biblioteca|Historial",
                 "Главная|Shorts|Подписки|Библиотека|История"),
    "yt_footer": ("About|Press|Copyright|Contact us|Creators|Advertise|Developers|Terms|Privacy|Policy & Safety|How YouTube works",
                  "Info|Presse|Urheberrecht|Kontakt|Creator|Werben|Entwickler|Nutzungsbedingungen|Datenschutz|Richtlinien und Sicherheit|So funktioniert YouTube",
                  "À propos|Presse|Droits d'auteur|Nous contacter|Créateurs|Publicité|Développeurs|Conditions d'utilisation|Confidentialité|Règles et sécurité|Premiers pas sur YouTube",
                  "Información|Prensa|Derechos de autor|Contactar|Creadores|Publicidad|Desarrolladores|Términos|Privacidad|Políticas y seguridad|Cómo funciona YouTube",
                  "О сервисе|Прессе|Авторские права|Связаться с нами|Авторам|Рекламодателям|Разработчикам|Условия использования|Конфиденциальность|Правила и безопасность|Как работает YouTube"),
    "yt_credit": ("Report: {x}", "Bericht: {x}", "Reportage : {x}", "Información: {x}", "Репортаж: {x}"),
    "yt_sign_in": ("Sign in", "Anmelden", "Se connecter", "Acceder", "Войти"),
    # ---- Habr
    "habr_menu": ("My feed|All streams|Development|Administration|Design|Management|Marketing|Popular science",
                  "Mein Feed|Alle Ströme|Entwicklung|Administration|Design|Management|Marketing|Populärwissenschaft",
                  "Mon fil|Tous les flux|Développement|Administration|Design|Management|Marketing|Vulgarisation",
                  "Mi feed|Todos los flujos|Desarrollo|Administración|Diseño|Gestión|Marketing|Divulgación",
                  "Моя лента|Все потоки|Разработка|Администрирование|Дизайн|Менеджмент|Маркетинг|Научпоп"),
    "habr_level": ("Medium", "Mittel", "Moyen", "Medio", "Средний"),
    "habr_read": ("{n} min", "{n} Min", "{n} min", "{n} min", "{n} мин"),
    "habr_reading_time": ("Reading time", "Lesezeit", "Temps de lecture", "Tiempo de lectura", "Время на прочтение"),
    "habr_views": ("Views", "Aufrufe", "Vues", "Vistas", "Количество просмотров"),
    "habr_hubs": ("Urban environment|Transport|Municipal budgets", "Stadtentwicklung|Verkehr|Kommunale Haushalte",
                  "Urbanisme|Transports|Budgets municipaux", "Urbanismo|Transporte|Presupuestos municipales",
                  "Городская среда|Транспорт|Муниципальные бюджеты"),
    "habr_hubs_label": ("Hubs:", "Hubs:", "Hubs :", "Hubs:", "Хабы:"),
    "habr_tags_label": ("Tags:", "Tags:", "Tags :", "Etiquetas:", "Теги:"),
    "habr_profiled": ("Profile hub", "Profil-Hub", "Hub de profil", "Hub de perfil", "Профильный хаб"),
    "habr_news": ("News", "Nachrichten", "Actualités", "Noticias", "Новости"),
    "habr_votes": ("Total votes {n}: ↑{u} and ↓{d}", "Stimmen insgesamt {n}: ↑{u} und ↓{d}", "Total des votes {n} : ↑{u} et ↓{d}",
                   "Total de votos {n}: ↑{u} y ↓{d}", "Всего голосов {n}: ↑{u} и ↓{d}"),
    "habr_bookmark": ("Add to bookmarks", "Zu Lesezeichen hinzufügen", "Ajouter aux favoris", "Añadir a marcadores",
                      "Добавить в закладки"),
    "habr_read_comments": ("Read comments", "Kommentare lesen", "Lire les commentaires", "Leer comentarios",
                           "Читать комментарии"),
    "habr_karma": ("Karma", "Karma", "Karma", "Karma", "Карма"),
    "habr_rating": ("Rating", "Bewertung", "Note", "Valoración", "Рейтинг"),
    "habr_user": ("User", "Nutzer", "Utilisateur", "Usuario", "Пользователь"),
    "habr_guest": ("Only full users can leave comments. Log in, please.",
                   "Nur vollwertige Nutzer können Kommentare schreiben. Bitte melden Sie sich an.",
                   "Seuls les utilisateurs confirmés peuvent commenter. Veuillez vous connecter.",
                   "Solo los usuarios completos pueden comentar. Inicie sesión, por favor.",
                   "Только полноправные пользователи могут оставлять комментарии. Войдите, пожалуйста."),
    "habr_reading_now": ("Reading now", "Gerade gelesen", "En cours de lecture", "Leyendo ahora", "Читают сейчас"),
    "habr_best": ("Top posts of the day|Similar", "Beste Beiträge des Tages|Ähnliche", "Meilleurs articles du jour|Similaires",
                  "Mejores del día|Similares", "Лучшие за сутки|Похожие"),
    "habr_footer": ("Your account|Sections|Information|Services",
                    "Ihr Konto|Bereiche|Informationen|Dienste", "Votre compte|Rubriques|Informations|Services",
                    "Tu cuenta|Secciones|Información|Servicios", "Ваш аккаунт|Разделы|Информация|Услуги"),
    "habr_footer_links": ("Profile|Feed|Articles|News|Hubs|Companies|Authors|Sandbox|Device|Rules|Help|Advertising",
                          "Profil|Feed|Artikel|Nachrichten|Hubs|Unternehmen|Autoren|Sandbox|Gerät|Regeln|Hilfe|Werbung",
                          "Profil|Fil|Articles|Actualités|Hubs|Entreprises|Auteurs|Bac à sable|Appareil|Règles|Aide|Publicité",
                          "Perfil|Feed|Artículos|Noticias|Hubs|Empresas|Autores|Sandbox|Dispositivo|Reglas|Ayuda|Publicidad",
                          "Профиль|Лента|Статьи|Новости|Хабы|Компании|Авторы|Песочница|Устройство сайта|Правила|Помощь|Реклама"),
    "habr_support": ("Language settings|Support|Go back to the old version",
                     "Spracheinstellungen|Support|Zur alten Version", "Langue|Support technique|Revenir à l’ancienne version",
                     "Idioma|Soporte técnico|Volver a la versión anterior",
                     "Настройка языка|Техническая поддержка|Вернуться на старую версию"),
    "habr_reply_to": ("Reply to the comment", "Auf den Kommentar antworten", "Répondre au commentaire",
                      "Responder al comentario", "Ответить на комментарий"),
    "habr_edited": ("edited", "bearbeitet", "modifié", "editado", "изменено"),
    "habr_events": ("Upcoming events", "Kommende Veranstaltungen", "Événements à venir", "Próximos eventos",
                    "Ближайшие события"),
    # ---- new Reddit
    "rd_nav": ("Home|Popular|All", "Startseite|Beliebt|Alle", "Accueil|Populaire|Tout", "Inicio|Popular|Todo",
               "Главная|Популярное|Все"),
    "rd_topics": ("TOPICS|Internet Culture (Viral)|Games|Q&As|Technology|Pop Culture|Movies & TV",
                  "THEMEN|Internetkultur (viral)|Spiele|Q&As|Technologie|Popkultur|Filme & TV",
                  "THÈMES|Culture Internet (viral)|Jeux|Q&R|Technologie|Pop culture|Films et séries",
                  "TEMAS|Cultura de Internet (viral)|Juegos|Preguntas y respuestas|Tecnología|Cultura pop|Cine y TV",
                  "ТЕМЫ|Интернет-культура|Игры|Вопросы и ответы|Технологии|Поп-культура|Кино и ТВ"),
    "rd_resources": ("RESOURCES|About Reddit|Advertise|Help|Blog|Careers|Press",
                     "RESSOURCEN|Über Reddit|Werben|Hilfe|Blog|Karriere|Presse",
                     "RESSOURCES|À propos de Reddit|Publicité|Aide|Blog|Carrières|Presse",
                     "RECURSOS|Acerca de Reddit|Publicidad|Ayuda|Blog|Empleo|Prensa",
                     "РЕСУРСЫ|О Reddit|Реклама|Помощь|Блог|Вакансии|Пресса"),
    "rd_search": ("Search Reddit", "Reddit durchsuchen", "Rechercher sur Reddit", "Buscar en Reddit", "Поиск на Reddit"),
    "rd_get_app": ("Get app", "App herunterladen", "Obtenir l’appli", "Obtener la app", "Скачать приложение"),
    "rd_ago": ("{n} min. ago|{n} hr. ago|{n} days ago", "vor {n} Min.|vor {n} Std.|vor {n} Tagen",
               "il y a {n} min|il y a {n} h|il y a {n} j", "hace {n} min|hace {n} h|hace {n} d",
               "{n} мин. назад|{n} ч. назад|{n} дн. назад"),
    "rd_ago_short": ("{n}m ago|{n}h ago|{n}d ago", "vor {n} Min.|vor {n} Std.|vor {n} T.", "il y a {n} min|il y a {n} h|il y a {n} j",
                     "hace {n} min|hace {n} h|hace {n} d", "{n} мин. назад|{n} ч. назад|{n} д. назад"),
    "rd_upvote": ("Upvote", "Upvoten", "Voter pour", "Votar a favor", "Проголосовать за"),
    "rd_downvote": ("Downvote", "Downvoten", "Voter contre", "Votar en contra", "Проголосовать против"),
    "rd_award": ("Award", "Auszeichnen", "Récompenser", "Premiar", "Наградить"),
    "rd_join": ("Join", "Beitreten", "Rejoindre", "Unirse", "Вступить"),
    "rd_add": ("Add a comment", "Kommentar hinzufügen", "Ajouter un commentaire", "Añadir un comentario",
               "Добавить комментарий"),
    "rd_sort": ("Sort by:|Best|Top|New|Controversial|Old|Q&A", "Sortieren nach:|Beste|Top|Neu|Kontrovers|Alt|Q&A",
                "Trier par :|Meilleurs|Top|Nouveaux|Controversés|Anciens|Q&R", "Ordenar por:|Mejores|Top|Nuevos|Controvertidos|Antiguos|P&R",
                "Сортировка:|Лучшие|Топ|Новые|Спорные|Старые|Вопросы и ответы"),
    "rd_search_comments": ("Search Comments", "Kommentare durchsuchen", "Rechercher dans les commentaires",
                           "Buscar comentarios", "Поиск по комментариям"),
    "rd_toggle": ("Toggle Comment Thread", "Kommentar-Thread ein-/ausklappen", "Afficher/masquer le fil",
                  "Mostrar u ocultar el hilo", "Свернуть ветку"),
    "rd_avatar": ("{x} avatar", "Avatar von {x}", "Avatar de {x}", "Avatar de {x}", "Аватар {x}"),
    "rd_edited": ("Edited {t}", "Bearbeitet {t}", "Modifié {t}", "Editado {t}", "Изменено {t}"),
    "rd_members": ("Members", "Mitglieder", "Membres", "Miembros", "Участники"),
    "rd_online": ("Online", "Online", "En ligne", "En línea", "В сети"),
    "rd_created": ("Created {d}", "Erstellt am {d}", "Créé le {d}", "Creado el {d}", "Создано {d}"),
    "rd_public": ("Public", "Öffentlich", "Public", "Público", "Открытое"),
    "rd_rules": ("R/{x} RULES|Be civil|Stay on topic|No spam or self-promotion|Cite your sources",
                 "R/{x} REGELN|Bleib höflich|Bleib beim Thema|Kein Spam und keine Eigenwerbung|Quellen angeben",
                 "RÈGLES DE R/{x}|Restez courtois|Restez dans le sujet|Pas de spam ni d’autopromotion|Citez vos sources",
                 "REGLAS DE R/{x}|Sé respetuoso|No te salgas del tema|Nada de spam ni autopromoción|Cita tus fuentes",
                 "ПРАВИЛА R/{x}|Будьте вежливы|Не уходите от темы|Без спама и саморекламы|Указывайте источники"),
    "rd_footer": ("Reddit Rules|Privacy Policy|User Agreement|Reddit, Inc. © {y}. All rights reserved.",
                  "Reddit-Regeln|Datenschutzerklärung|Nutzervereinbarung|Reddit, Inc. © {y}. Alle Rechte vorbehalten.",
                  "Règles de Reddit|Politique de confidentialité|Accord d’utilisation|Reddit, Inc. © {y}. Tous droits réservés.",
                  "Reglas de Reddit|Política de privacidad|Acuerdo de usuario|Reddit, Inc. © {y}. Todos los derechos reservados.",
                  "Правила Reddit|Политика конфиденциальности|Пользовательское соглашение|Reddit, Inc. © {y}. Все права защищены."),
    "rd_more_posts": ("More posts you may like", "Weitere Beiträge, die dir gefallen könnten", "Plus de publications susceptibles de vous plaire",
                      "Más publicaciones que te pueden gustar", "Другие публикации, которые могут вам понравиться"),
    "rd_comment_word": ("comments", "Kommentare", "commentaires", "comentarios", "комментариев"),
}

_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "ru": "ru"}


def _w(ui: UI, key: str, **fmt: object) -> str:
    text = _W[key][LANGS.index(ui.lang)]
    return text.format(**fmt) if fmt else text


def _wl(ui: UI, key: str, **fmt: object) -> list[str]:
    return _w(ui, key, **fmt).split("|")


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def _ld(data: dict) -> str:
    """A JSON-LD script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _num(ui: UI, n: int) -> str:
    """A whole number with the language's thousands separator."""
    sep = {"en": ",", "de": ".", "es": ".", "fr": "\u202f", "ru": "\u00a0"}[ui.lang]
    return f"{n:,}".replace(",", sep)


def _compact(ui: UI, n: int) -> str:
    """1.2K in English and its equivalents ('1,2 k', '1,2 тыс.'), as counters print big numbers."""
    if n < 1000:
        return str(n)
    x = f"{n / 1000:.1f}".removesuffix(".0")
    suffix = {"en": "K", "de": "\u00a0Tsd.", "fr": "\u00a0k", "es": "\u00a0mil", "ru": "\u00a0тыс."}[ui.lang]
    return (x if ui.lang == "en" else x.replace(".", ",")) + suffix


def _ago(ui: UI, forms: str, now: datetime, when: datetime) -> str:
    """Relative time in a site's own short forms ('{n} min|{n} h|{n} d', joined by '|')."""
    minutes = max(1, int((now - when).total_seconds() // 60))
    m, h, d = forms.split("|")
    if minutes < 60:
        return m.format(n=minutes)
    if minutes < 60 * 24:
        return h.format(n=minutes // 60)
    return d.format(n=minutes // (60 * 24))


def _root(thread: Thread, i: int) -> int:
    while thread.posts[i].parent is not None:
        i = thread.posts[i].parent
    return i


def _doc(lang: str, title: str, head: str, body: str, html_attrs: str = "", body_attrs: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"{html_attrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{head}
</head>
<body{body_attrs}>
{body}
</body>
</html>
"""


# ---------------------------------------------------------------- Stack Exchange

def _se_date(ui: UI, d: datetime) -> str:
    """'May 2 at 9:30' and its translations, as Stack Exchange prints dates of the current year."""
    mon = ui.months[d.month - 1]
    clock = f"{d.hour}:{d:%M}"
    if ui.lang == "en":
        return f"{mon[:3]} {d.day} at {clock}"
    if ui.lang == "de":
        return f"{d.day}. {mon[:3]}. um {clock}"
    if ui.lang == "ru":
        return f"{d.day} {mon} в {clock}"
    return f"{d.day} {mon[:3]}. {ui.at} {clock}"


def stackexchange(thread: Thread, ui: UI) -> str:
    """A Stack Exchange question page (2023-2024 Stacks markup), as saved from a browser two days after
    the question was asked: QAPage microdata, vote cells, post signatures with reputation and badges,
    answers sorted by score, comments in ul.comments-list as 'text – Author date'."""
    kids = replies_by_parent(thread)
    host = f"{_slug(thread.site)}.stackexchange.com"
    qid = 100_000 + _h(thread.title) % 400_000
    qslug = _slug(thread.title)
    qurl = f"/questions/{qid}/{qslug}"
    tags = _wl(ui, "se_tags")
    saved = saved_at(thread, 60 * 50)
    answers = sorted(kids.get(None, []), key=lambda i: (-thread.posts[i].likes, thread.posts[i].minutes_after))
    accepted = answers[0] if answers and thread.posts[answers[0]].likes >= 5 else None

    def aid(i: int) -> int:
        return qid + 17 + 3 * i + _h(thread.posts[i].author) % 3

    def cid(i: int) -> int:
        return 130_000_000 + _h(thread.title, i) % 9_000_000

    def uid(name: str) -> int:
        return 1000 + _h(name) % 900_000

    def rep(name: str) -> int:
        return 1 + _h(name, "rep") % 24_000

    def user_url(name: str) -> str:
        return f"/users/{uid(name)}/{_slug(name)}"

    def stamp(d: datetime) -> str:
        return d.strftime("%Y-%m-%d %H:%M:%SZ")

    def vote_cell(post_id: int, score: int, is_accepted: bool = False) -> str:
        tick = ""
        if is_accepted:
            tick = (f'<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right" '
                    f'role="note" aria-label="{escape(_w(ui, "se_accepted"))}"><div class="ta-center">'
                    '<svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36" viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8v-8Z"></path></svg></div></div>')
        return f"""<div class="votecell post-layout--left">
<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="{post_id}" data-referrer="None">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer " data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false" aria-label="{escape(_w(ui, 'se_up'))}" data-selected-classes="fc-theme-primary"><svg aria-hidden="true" class="svg-icon iconArrowUpLg" width="36" height="36" viewBox="0 0 36 36"><path d="M2 25h32L18 9 2 25Z"></path></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="{score}">{score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer " data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false" aria-label="{escape(_w(ui, 'se_down'))}" data-selected-classes="fc-theme-primary"><svg aria-hidden="true" class="svg-icon iconArrowDownLg" width="36" height="36" viewBox="0 0 36 36"><path d="M2 11h32L18 27 2 11Z"></path></svg></button>
{tick}
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" id="saves-btn-{post_id}" data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false" aria-label="{escape(_w(ui, 'se_save'))}"><svg aria-hidden="true" class="fc-theme-primary-500 js-saves-btn-selected d-none svg-icon iconBookmark" width="18" height="18" viewBox="0 0 18 18"><path d="M3 17V3c0-1.1.9-2 2-2h8a2 2 0 0 1 2 2v14l-6-4-6 4Z"></path></svg></button>
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/{post_id}/timeline" data-shortcut="T" aria-label="{escape(_w(ui, 'se_timeline'))}" data-ks-title="timeline" data-controller="s-tooltip" data-s-tooltip-placement="right"><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18" viewBox="0 0 19 18"><path d="M3 9a8 8 0 1 1 3.73 6.77L8.2 14.3A6 6 0 1 0 5 9l3.01-.01-4 4-4-4h3L3 9Z"></path></svg></a>
</div></div>"""

    def signature(name: str, action: str, d: datetime, owner: bool = True) -> str:
        gold, silver, bronze = _h(name, 1) % 6, _h(name, 2) % 30, _h(name, 3) % 60
        words = _wl(ui, "se_badges")
        flair = f'<span class="reputation-score" title="{escape(_w(ui, "se_rep", n=_num(ui, rep(name))))}" dir="ltr">{_num(ui, rep(name))}</span>'
        for count, cls, word in ((gold, "badge1", words[0]), (silver, "badge2", words[1]), (bronze, "badge3", words[2])):
            if count:
                flair += (f'<span title="{count} {escape(word)}" aria-hidden="true"><span class="{cls}"></span>'
                          f'<span class="badgecount">{count}</span></span><span class="v-visible-sr">{count} {escape(word)}</span>')
        return f"""<div class="post-signature{' owner' if owner else ''} flex--item">
<div class="user-info ">
<div class="d-flex "><div class="user-action-time fl-grow1">{escape(action)} <span title="{stamp(d)}" class="relativetime">{escape(_se_date(ui, d))}</span></div></div>
<div class="user-gravatar32"><a href="{user_url(name)}"><div class="gravatar-wrapper-32"><img src="https://www.gravatar.com/avatar/{_hex(name, n=32)}?s=64&amp;d=identicon&amp;r=PG" alt="{escape(_w(ui, 'se_avatar', x=name))}" width="32" height="32" class="bar-sm"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="{user_url(name)}">{escape(name)}</a><span class="d-none" itemprop="name">{escape(name)}</span>
<div class="-flair">{flair}</div></div>
</div></div>"""

    def post_menu(post_id: int, improve: str, kind: int) -> str:
        short = "q" if kind == 1 else "a"
        return f"""<div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="{post_id}" data-post-type-id="{kind}">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/{short}/{post_id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" data-gps-track="post.click({{ item: 2, priv: 0, post_type: {kind} }})" data-controller="se-share-sheet" data-se-share-sheet-title="{escape(ui.share)}" data-se-share-sheet-license-name="CC BY-SA 4.0">{escape(ui.share)}</a></div>
<div class="flex--item"><a href="/posts/{post_id}/edit" class="js-suggest-edit-post js-gps-track" title="">{escape(improve)}</a></div>
<div class="flex--item"><button type="button" id="btnFollowPost-{post_id}" class="s-btn s-btn__link js-follow-post js-follow-{'question' if kind == 1 else 'answer'} js-gps-track" data-controller="s-tooltip " data-s-tooltip-placement="bottom">{escape(_w(ui, 'se_follow'))}</button></div>
</div></div></div>"""

    def comment(i: int, answer_owner: str) -> str:
        p = thread.posts[i]
        text = " ".join(p.paragraphs)  # comments are one line of mini-Markdown: no paragraphs
        parent = thread.posts[p.parent] if p.parent is not None else None
        if parent is not None and thread.depth(i) > 1 and parent.author != answer_owner:
            text = "@" + re.sub(r"\s+", "", parent.author) + " " + text
        d = thread.posted(p)
        score = (f'<span title="{escape(_w(ui, "se_useful"))}" class="cool">{p.likes}</span>' if p.likes else "")
        owner = " owner" if p.author == answer_owner else ""
        return f"""<li id="comment-{cid(i)}" class="comment js-comment " data-comment-id="{cid(i)}" data-comment-owner-id="{uid(p.author)}" data-comment-score="{p.likes}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">{score}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">
<span class="comment-copy">{escape(text)}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="{user_url(p.author)}" title="{escape(_w(ui, 'se_rep', n=_num(ui, rep(p.author))))}" class="comment-user{owner}">{escape(p.author)}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment{cid(i)}_{aid(_root(thread, i))}"><span title="{stamp(d)}, License: CC BY-SA 4.0" class="relativetime-clean">{escape(_se_date(ui, d))}</span></a></span>
</div></div></li>"""

    def comments_block(post_id: int, items: list[str]) -> str:
        return f"""<span class="d-none" itemprop="commentCount">{len(items)}</span>
<div class="post-layout--right js-post-comments-component">
<div id="comments-{post_id}" class="comments js-comments-container bt bc-black-075 mt12 {'' if items else 'dno'}" data-post-id="{post_id}" data-min-length="15">
<ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true" data-comments-unavailable="false" data-addlink-disabled="true">{''.join(items)}</ul></div>
<div id="comments-link-{post_id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="{escape(_w(ui, 'se_add_comment'))}" href="#" role="button">{escape(_w(ui, 'se_add_comment'))}</a><span class="js-link-separator dno">&nbsp;|&nbsp;</span><a class="js-show-link comments-link dno" href="#" role="button"></a></div>
</div>"""

    def answer(i: int) -> str:
        p = thread.posts[i]
        a = aid(i)
        is_acc = i == accepted
        under = _descendants(thread, kids, i)
        prop = "acceptedAnswer" if is_acc else "suggestedAnswer"
        body = "".join(f"<p>{escape(x)}</p>\n" for x in p.paragraphs)
        return f"""<a name="{a}"></a>
<div id="answer-{a}" class="answer js-answer{' accepted-answer js-accepted-answer' if is_acc else ''}" data-answerid="{a}" data-parentid="{qid}" data-score="{p.likes}" data-position-on-page="{answers.index(i) + 1}" data-highest-scored="{int(answers.index(i) == 0)}" data-question-has-accepted-highest-score="{int(accepted is not None)}" itemprop="{prop}" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">
{vote_cell(a, p.likes, is_acc)}
<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
{body}</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">
<time itemprop="dateCreated" datetime="{iso(thread.posted(p), '')}"></time>
{post_menu(a, _w(ui, 'se_improve_a'), 2)}
{signature(p.author, _w(ui, 'se_answered'), thread.posted(p))}
</div></div></div>
{comments_block(a, [comment(k, p.author) for k in under])}
</div></div>"""

    edited = thread.published + timedelta(minutes=14)
    n_ans = len(answers)
    ans_head = _w(ui, "se_answer") if n_ans == 1 else _w(ui, "se_answers", n=n_ans)
    sorts = _wl(ui, "se_sorts")
    browse = _wl(ui, "se_browse")
    tag_links = "".join(
        f'<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/{t}" class="post-tag flex--item mt0 js-tagname-{t}" '
        f'title="" aria-label="show questions tagged &#39;{t}&#39;" rel="tag" aria-labelledby="tag-{t}-tooltip-container">{escape(t)}</a></li>'
        for t in tags)
    q_score = 3 + len(thread.posts) + _h(thread.title) % 9
    views = 180 + _h(thread.title, "v") % 3000
    heads = _wl(ui, "headlines")
    related = "".join(
        f'<div class="spacer"><a href="/q/{qid - 900 - 37 * k}" title="Vote score (upvotes - downvotes)"><div class="answer-votes {"answered-accepted " if k % 2 == 0 else ""}default">{2 + 5 * k % 11}</div></a>'
        f'<a href="/questions/{qid - 900 - 37 * k}/{_slug(h)}" class="question-hyperlink">{escape(h)}</a></div>'
        for k, h in enumerate(heads))
    hot = "".join(
        f'<li><div class="favicon favicon-{s}" title="{s}.stackexchange.com"></div><a href="https://{s}.stackexchange.com/questions/{4000 + 71 * k}/{_slug(h)}" class="js-gps-track question-hyperlink mb0" data-gps-track="site.switch({{ item_type:11, target_site:{k + 2} }}); posts_hot_network.click({{ item_type:2, location:11 }})">{escape(h)}</a></li>'
        for k, (s, h) in enumerate(zip(("travel", "politics", "law", "english", "money"), heads[::-1])))
    blog = "".join(
        f'<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"><path d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 0ZM2 10.12l6.37-6.43 1.88 1.88L3.88 12H2v-1.88Z"></path></svg></div>'
        f'<div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/{saved.year}/0{k + 3}/{_slug(h)}/" class="js-gps-track" title="{escape(h)}">{escape(h)}</a></div></li>'
        for k, h in enumerate(heads[:2]))
    meta_items = "".join(
        f'<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><div class="favicon favicon-stackexchangemeta" title="Meta Stack Exchange"></div></div>'
        f'<div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackexchange.com/questions/{398000 + 13 * k}" class="js-gps-track" title="{escape(h)}">{escape(h)}</a></div></li>'
        for k, h in enumerate(_wl(ui, "se_meta_items")))
    nav = _wl(ui, "se_nav")
    left = "".join(
        f'<li class="ps-relative{" youarehere" if k == 1 else ""}"><a href="{href}" class="pl8 js-gps-track nav-links--link" aria-controls="" data-controller="" data-s-popover-placement="right" aria-current="{"true" if k == 1 else "false"}"><div class="d-flex ai-center"><div class="flex--item truncate">{escape(word)}</div></div></a></li>'
        for k, (href, word) in enumerate(zip(("/", "/questions", "/tags", "/users", "/jobs/companies", "/unanswered"), nav)))
    company = _wl(ui, "se_company")
    footer_site = "".join(f'<li class="-item"><a href="/{_slug(x)}" class="js-gps-track -link">{escape(x)}</a></li>'
                          for x in _wl(ui, "se_footer"))
    footer_company = "".join(f'<li class="-item"><a href="https://stackoverflow.co/{_slug(x)}/" class="js-gps-track -link">{escape(x)}</a></li>'
                             for x in company[1:] + [_w(ui, "privacy"), _w(ui, "terms")])
    cookie_btns = _wl(ui, "se_cookie_btns")
    question_body = "".join(f"<p>{escape(x)}</p>\n" for x in thread.article)
    body = f"""<div id="notify-container"></div>
<div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar">
<div class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a>
<a class="s-topbar--logo js-gps-track" href="https://{host}"><span class="-img _glyph">{escape(thread.site)}</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " autocomplete="off"><div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="{escape(_w(ui, 'search'))}…" value="" autocomplete="off" maxlength="240" class="s-input s-input__search js-search-field " aria-label="{escape(_w(ui, 'search'))}" aria-controls="top-search" data-controller="s-popover" data-action="focus->s-popover#show" data-s-popover-placement="bottom-start"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar">
<li role="none"><a href="https://stackexchange.com/users/login?ssrc=head&amp;returnurl=https%3a%2f%2f{host}{qurl}" class="s-topbar--item s-topbar--item__unset s-btn s-btn__outlined ws-nowrap js-gps-track" role="menuitem" rel="nofollow">{escape(_w(ui, 'log_in'))}</a></li>
<li role="none"><a href="https://stackexchange.com/users/signup?ssrc=head&amp;returnurl=https%3a%2f%2f{host}{qurl}" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" role="menuitem" rel="nofollow">{escape(_w(ui, 'sign_up'))}</a></li>
</ol></nav></div></header>
<div class="container">
<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">{left}</ol></nav></div></div>
<div id="content" class="snippet-hidden">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<link itemprop="image" href="https://cdn.sstatic.net/Sites/{_slug(thread.site)}/Img/apple-touch-icon.png?v=c78bd457575a">
<div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="{qurl}" class="question-hyperlink">{escape(thread.title)}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ml12 aside-cta flex--item print:d-none sm:ml0 sm:mb12 sm:order-first sm:as-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">{escape(_w(ui, 'se_ask'))}</a></div></div>
</div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-075">
<div class="flex--item ws-nowrap mr16 mb8" title="{stamp(thread.published)}"><span class="fc-black-400 mr2">{escape(_w(ui, 'se_asked_label'))}</span> <time itemprop="dateCreated" datetime="{iso(thread.published, '')}">{escape(ui.ago_text(saved, thread.published))}</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">{escape(_w(ui, 'se_modified_label'))}</span> <a href="?lastactivity" class="s-link s-link__inherit" title="{stamp(edited)}">{escape(ui.ago_text(saved, edited))}</a></div>
<div class="flex--item ws-nowrap mb8" title="{escape(_w(ui, 'se_viewed_label'))} {escape(_w(ui, 'se_times', n=_num(ui, views)))}"><span class="fc-black-400 mr2">{escape(_w(ui, 'se_viewed_label'))}</span> {escape(_w(ui, 'se_times', n=_num(ui, views)))}</div>
</div>
<div id="mainbar" role="main" aria-label="question and answers">
<div class="question js-question" data-questionid="{qid}" data-position-on-page="0" data-score="{q_score}" id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow everyoneloves__top-leaderboard everyoneloves__leaderboard"></div></div>
<div class="post-layout">
{vote_cell(qid, q_score)}
<div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
{question_body}</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">{tag_links}</ul></div></div></div>
<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">
{post_menu(qid, _w(ui, 'se_improve_q'), 1)}
<div class="post-signature flex--item"><div class="user-info user-hover"><div class="d-flex "><div class="user-action-time fl-grow1"><a href="/posts/{qid}/revisions" title="show all edits to this post" class="js-gps-track">{escape(_w(ui, 'se_edited'))} <span title="{stamp(edited)}" class="relativetime">{escape(_se_date(ui, edited))}</span></a></div></div>
<div class="user-gravatar32"></div><div class="user-details"><div class="-flair"></div></div></div></div>
{signature(thread.author, _w(ui, 'se_asked'), thread.published)}
</div></div></div>
{comments_block(qid, [])}
</div></div>
<div id="answers">
<a name="tab-top"></a>
<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="{n_ans}">{escape(ans_head)} <span style="display:none;" itemprop="answerCount">{n_ans}</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">{escape(_w(ui, 'se_sorted'))}</label></div>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">{escape(sorts[0])}</option><option value="modifieddesc">{escape(sorts[1])}</option><option value="createdasc">{escape(sorts[2])}</option></select></div></div></div></div></div>
{''.join(answer(i) for i in answers)}
<a name="new-answer"></a>
<form id="post-form" action="{qurl}/answer/submit" method="post" class="js-add-answer-component post-form">
<h2 class="space">{escape(_w(ui, 'se_your'))}</h2>
<div class="ps-relative"><textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field" data-post-type-id="2" cols="92" rows="15" tabindex="101" data-min-length=""></textarea></div>
<div class="form-submit clear-both d-flex gsx gs4"><button id="submit-button" class="flex--item s-btn s-btn__filled s-btn__icon ws-nowrap" type="submit" tabindex="120" autocomplete="off">{escape(_w(ui, 'se_post'))}</button></div>
</form>
<h2 class="bottom-notice" data-loc="1">{escape(browse[0])} {' '.join(f'<a href="/questions/tagged/{t}" class="post-tag" title="" rel="tag">{escape(t)}</a>' for t in tags)} {escape(browse[1])} <a href="/questions/ask">{escape(browse[2])}</a>.</h2>
</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0">
<div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-block">The Overflow Blog</div>{blog}
<div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-block">{escape(_w(ui, 'se_meta'))}</div>{meta_items}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">{escape(_w(ui, 'se_related'))}</h4><div class="related js-gps-related-questions" data-tracker="rq=1">{related}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">{escape(_w(ui, 'se_hot'))}</a></h4><ul>{hot}</ul>
<a href="#" class="show-more js-show-more js-gps-track">{escape(_w(ui, 'more'))}</a></div>
</div></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-light__forced" role="contentinfo"><div class="site-footer--container">
<div class="site-footer--logo"><a href="https://{host}"><svg aria-hidden="true" class="native svg-icon iconLogoGlyphMd" width="32" height="37" viewBox="0 0 32 37"><path d="M26 33v-9h4v13H0V24h4v9h22Z" fill="#BCBBBB"></path></svg></a></div>
<nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://{host}">{escape(thread.site)}</a></h5><ul class="-list js-primary-footer-links">{footer_site}</ul></div>
<div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.co/">{escape(company[0])}</a></h5><ul class="-list">{footer_company}</ul></div>
<div class="site-footer--col site-footer--categories-nav"><div><h5 class="-title"><a href="https://stackexchange.com">Stack Exchange Network</a></h5></div></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8"><li class="-item"><a href="https://stackoverflow.blog?blb=1" class="js-gps-track -link">Blog</a></li><li class="-item"><a href="https://www.facebook.com/officialstackoverflow/" class="-link">Facebook</a></li><li class="-item"><a href="https://twitter.com/stackoverflow" class="-link">Twitter</a></li><li class="-item"><a href="https://linkedin.com/company/stack-overflow" class="-link">LinkedIn</a></li><li class="-item"><a href="https://www.instagram.com/thestackoverflow" class="-link">Instagram</a></li></ul>
<p class="md:mb0">{escape(_w(ui, 'se_license', y=saved.year))} <span class="td-underline"><a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>. <span id="svnrev">rev {saved.year}.{saved.month}.{saved.day}.{8400 + qid % 90}</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">{escape(_w(ui, 'se_cookie'))}</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">{escape(cookie_btns[0])}</button><button id="onetrust-reject-all-handler">{escape(cookie_btns[1])}</button><button id="onetrust-pc-btn-handler">{escape(cookie_btns[2])}</button></div></div></div>"""
    head = f"""<link rel="canonical" href="https://{host}{qurl}">
<meta property="og:type" content="website">
<meta property="og:url" content="https://{host}{qurl}">
<meta property="og:site_name" content="{escape(thread.site)} Stack Exchange">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" property="og:title" itemprop="name" content="{escape(thread.title)}">
<meta name="twitter:description" property="og:description" itemprop="description" content="{escape(thread.article[0][:200])}">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=5f4c8d3d5b5c">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/{_slug(thread.site)}/primary.css?v=3d5a3d8b1e6f">"""
    return _doc(thread.lang, f"{thread.title} - {thread.site} Stack Exchange", head, body,
                html_attrs=' class="html__responsive html__unpinned-leftnav"',
                body_attrs=' class="question-page unified-theme"')


# ---------------------------------------------------------------- YouTube

def _yt_date(ui: UI, d: datetime) -> str:
    """An upload date as the watch page prints it: 'May 2, 2024', '02.05.2024', '2 mai 2024', '2 мая 2024 г.'."""
    month = ui.months[d.month - 1]
    if ui.lang == "en":
        return f"{month[:3]} {d.day}, {d.year}"
    if ui.lang == "de":
        return d.strftime("%d.%m.%Y")
    if ui.lang == "ru":
        return f"{d.day} {month} {d.year} г."
    return f"{d.day} {month[:3] if ui.lang == 'es' else month} {d.year}"


def youtube(thread: Thread, ui: UI) -> str:
    """YouTube's desktop watch page (Polymer, mid-2022, before @handles), saved after the comments had
    loaded and every 'View N replies' had been opened. Video title, channel and description stand for
    the article; top comments sorted by likes; one reply level, replies to replies start with an
    '@Name' link to the channel answered; times only as 'N hours ago', '(edited)' where edited."""
    kids, now = replies_by_parent(thread), saved_at(thread, 95)
    vid = _hex(thread.title, n=11).replace("a", "Q").replace("3", "_")
    channel = thread.site
    chan_id = "UC" + _hex(channel, n=22)
    views = 1200 + _h(thread.title, "views") % 90_000
    likes = 40 + _h(thread.title, "likes") % 900
    tops = sorted(kids.get(None, []), key=lambda i: (-thread.posts[i].likes, thread.posts[i].minutes_after))
    hearted = tops[0] if tops else None

    def ch(name: str) -> str:
        return "/channel/UC" + _hex(name, n=22)

    def s(cls: str) -> str:
        return f'class="style-scope {cls}"'

    def comment(i: int, is_reply: bool) -> str:
        p = thread.posts[i]
        d = thread.posted(p)
        lc = "Ugz" + _hex(thread.title, i, n=20) + "4AaABAg"
        if is_reply:
            lc = "Ugz" + _hex(thread.title, _root(thread, i), n=20) + "4AaABAg." + _hex(i, p.author, n=22)
        ago = ui.ago_text(now, d) + (" " + _w(ui, "yt_edited") if _h(p.author, i) % 5 == 0 else "")
        paras = "\n\n".join(p.paragraphs)
        if is_reply and thread.depth(i) > 1:
            parent = thread.posts[p.parent]
            content = (f'<a class="yt-simple-endpoint style-scope yt-formatted-string" spellcheck="false" href="{ch(parent.author)}" dir="auto">'
                       f'@{escape(parent.author)}</a><span dir="auto" class="style-scope yt-formatted-string"> {escape(paras)}</span>')
        else:
            content = escape(paras)
        heart = ""
        if i == hearted:
            heart = (f'<ytd-creator-heart-renderer {s("ytd-comment-action-buttons-renderer")}><div id="creator-heart-button" {s("ytd-creator-heart-renderer")} '
                     f'aria-label="{escape(_w(ui, "yt_heart", x=channel))}" role="button"><yt-img-shadow id="creator-thumbnail" height="16" width="16" {s("ytd-creator-heart-renderer")}>'
                     f'<img id="img" {s("yt-img-shadow")} alt="{escape(channel)}" height="16" width="16" src="https://yt3.ggpht.com/{_hex(channel, n=30)}=s48-c-k-c0x00ffffff-no-rj"></yt-img-shadow>'
                     f'<yt-icon id="creator-heart" {s("ytd-creator-heart-renderer")}></yt-icon></div></ytd-creator-heart-renderer>')
        count = str(p.likes) if p.likes else ""
        host = "ytd-comment-replies-renderer" if is_reply else "ytd-comment-thread-renderer"
        size = 24 if is_reply else 40
        return f"""<ytd-comment-renderer {'' if is_reply else 'id="comment" '}class="style-scope {host}" comment-style="unknown"{' is-reply=""' if is_reply else ''}{' use-small-avatars=""' if is_reply else ''}>
<!--css-build:shady--><div id="paid-comment-background" {s('ytd-comment-renderer')}></div>
<div id="linked-comment-badge" {s('ytd-comment-renderer')}></div>
<div id="body" {s('ytd-comment-renderer')}>
<div id="author-thumbnail" {s('ytd-comment-renderer')}><a class="yt-simple-endpoint style-scope ytd-comment-renderer" href="{ch(p.author)}"><yt-img-shadow fit="" height="{size}" width="{size}" class="style-scope ytd-comment-renderer no-transition" loaded="" style="background-color: transparent;"><img id="img" draggable="false" {s('yt-img-shadow')} alt="{escape(p.author)}" height="{size}" width="{size}" src="https://yt3.ggpht.com/ytc/{_hex(p.author, n=40)}=s88-c-k-c0x00ffffff-no-rj"></yt-img-shadow></a></div>
<div id="main" {s('ytd-comment-renderer')}>
<div id="header" {s('ytd-comment-renderer')}><div id="pinned-comment-badge" {s('ytd-comment-renderer')}></div>
<div id="header-author" {s('ytd-comment-renderer')}>
<h3 {s('ytd-comment-renderer')}><a id="author-text" class="yt-simple-endpoint style-scope ytd-comment-renderer" href="{ch(p.author)}"><span class=" style-scope ytd-comment-renderer style-scope ytd-comment-renderer">
          {escape(p.author)}
        </span></a></h3>
<span id="author-comment-badge" {s('ytd-comment-renderer')}></span>
<yt-formatted-string class="published-time-text above-comment style-scope ytd-comment-renderer" has-link-only_=""><a class="yt-simple-endpoint style-scope yt-formatted-string" spellcheck="false" href="/watch?v={vid}&amp;lc={lc}" dir="auto">{escape(ago)}</a></yt-formatted-string>
</div></div>
<ytd-expander id="expander" {s('ytd-comment-renderer')} collapsed="" max-number-of-lines="4">
<div id="content" {s('ytd-expander')}><yt-formatted-string id="content-text" slot="content" split-lines="" {s('ytd-comment-renderer')}>{content}</yt-formatted-string></div>
<tp-yt-paper-button id="more" aria-expanded="false" {s('ytd-expander')} role="button" tabindex="0" animated="" elevation="0" aria-disabled="false" hidden=""><span class="more-button style-scope ytd-comment-renderer" slot="more-button">{escape(_wl(ui, 'yt_read_more')[0])}</span></tp-yt-paper-button>
<tp-yt-paper-button id="less" aria-expanded="true" {s('ytd-expander')} role="button" tabindex="0" animated="" elevation="0" aria-disabled="false" hidden=""><span class="less-button style-scope ytd-comment-renderer" slot="less-button">{escape(_wl(ui, 'yt_read_more')[1])}</span></tp-yt-paper-button>
</ytd-expander>
<ytd-comment-action-buttons-renderer id="action-buttons" {s('ytd-comment-renderer')} action-buttons-style="desktop-toolbar">
<div id="toolbar" {s('ytd-comment-action-buttons-renderer')}>
<ytd-toggle-button-renderer id="like-button" class="style-scope ytd-comment-action-buttons-renderer size-default" button-renderer="true" is-icon-button="" has-no-text=""><a class="yt-simple-endpoint style-scope ytd-toggle-button-renderer" tabindex="-1"><yt-icon-button id="button" class="style-scope ytd-toggle-button-renderer style-default-active"><button id="button" class="style-scope yt-icon-button" aria-label="{escape(_w(ui, 'yt_like_c', n=p.likes))}" aria-pressed="false"><yt-icon {s('ytd-toggle-button-renderer')}></yt-icon></button></yt-icon-button></a></ytd-toggle-button-renderer>
<span id="vote-count-middle" {s('ytd-comment-action-buttons-renderer')} aria-label="{escape(_w(ui, 'yt_likes', n=p.likes))}">
            {count}
          </span>
<ytd-toggle-button-renderer id="dislike-button" class="style-scope ytd-comment-action-buttons-renderer size-default" button-renderer="true" is-icon-button="" has-no-text=""><a class="yt-simple-endpoint style-scope ytd-toggle-button-renderer" tabindex="-1"><yt-icon-button id="button" class="style-scope ytd-toggle-button-renderer style-text"><button id="button" class="style-scope yt-icon-button" aria-label="{escape(_w(ui, 'yt_dislike_c'))}" aria-pressed="false"><yt-icon {s('ytd-toggle-button-renderer')}></yt-icon></button></yt-icon-button></a></ytd-toggle-button-renderer>
<div id="creator-heart" {s('ytd-comment-action-buttons-renderer')}>{heart}</div>
<div id="reply-button" {s('ytd-comment-action-buttons-renderer')}><ytd-button-renderer id="reply-button-end" class="style-scope ytd-comment-action-buttons-renderer size-small" button-renderer="true"><a class="yt-simple-endpoint style-scope ytd-button-renderer" tabindex="-1"><tp-yt-paper-button id="button" class="style-scope ytd-button-renderer style-text size-small" role="button" tabindex="0" animated="" elevation="0" aria-disabled="false" aria-label="{escape(ui.reply)}"><yt-formatted-string id="text" class="style-scope ytd-button-renderer style-text size-small">{escape(ui.reply)}</yt-formatted-string></tp-yt-paper-button></a></ytd-button-renderer></div>
</div>
<div id="reply-dialog" {s('ytd-comment-action-buttons-renderer')}></div>
</ytd-comment-action-buttons-renderer>
</div>
<div id="action-menu" {s('ytd-comment-renderer')}><ytd-menu-renderer class="style-scope ytd-comment-renderer" menu-active=""><yt-icon-button id="button" class="dropdown-trigger style-scope ytd-menu-renderer" hidden=""><button id="button" class="style-scope yt-icon-button" aria-label="{escape(_w(ui, 'yt_action'))}"><yt-icon {s('ytd-menu-renderer')}></yt-icon></button></yt-icon-button></ytd-menu-renderer></div>
</div>
</ytd-comment-renderer>"""

    def thread_renderer(i: int) -> str:
        under = _descendants(thread, kids, i)
        replies = ""
        if under:
            n = len(under)
            view = _wl(ui, "yt_view_replies")[0 if n > 1 else 1].format(n=n)
            hide = _wl(ui, "yt_hide_replies")[0 if n > 1 else 1].format(n=n)
            replies = f"""<div id="replies" {s('ytd-comment-thread-renderer')}>
<ytd-comment-replies-renderer {s('ytd-comment-thread-renderer')}>
<div id="teaser-replies" {s('ytd-comment-replies-renderer')}></div>
<ytd-button-renderer id="more-replies" class="more-button style-scope ytd-comment-replies-renderer style-blue-text size-default" button-renderer="true" hidden=""><a class="yt-simple-endpoint style-scope ytd-button-renderer" tabindex="-1"><tp-yt-paper-button id="button" class="style-scope ytd-button-renderer style-blue-text size-default" role="button" aria-label="{escape(view)}"><yt-icon {s('ytd-button-renderer')}></yt-icon><yt-formatted-string id="text" class="style-scope ytd-button-renderer style-blue-text size-default">{escape(view)}</yt-formatted-string></tp-yt-paper-button></a></ytd-button-renderer>
<ytd-button-renderer id="less-replies" class="less-button style-scope ytd-comment-replies-renderer style-blue-text size-default" button-renderer="true"><a class="yt-simple-endpoint style-scope ytd-button-renderer" tabindex="-1"><tp-yt-paper-button id="button" class="style-scope ytd-button-renderer style-blue-text size-default" role="button" aria-label="{escape(hide)}"><yt-icon {s('ytd-button-renderer')}></yt-icon><yt-formatted-string id="text" class="style-scope ytd-button-renderer style-blue-text size-default">{escape(hide)}</yt-formatted-string></tp-yt-paper-button></a></ytd-button-renderer>
<div id="expander" class="style-scope ytd-comment-replies-renderer" expanded="">
<div id="expander-contents" {s('ytd-comment-replies-renderer')}><div id="contents" {s('ytd-comment-replies-renderer')}>
{chr(10).join(comment(k, True) for k in under)}
</div><div id="continuations" {s('ytd-comment-replies-renderer')}></div></div></div>
</ytd-comment-replies-renderer></div>"""
        return f"""<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer" use-small-avatars="">
<!--css-build:shady-->
{comment(i, False)}
<div id="loader" {s('ytd-comment-thread-renderer')}></div>
{replies}
</ytd-comment-thread-renderer>"""

    heads = _wl(ui, "headlines")
    channels = (channel, "Regio TV", "Citizen Desk", channel, "Harbour Live", "Metro 24")
    side = "\n".join(f"""<ytd-compact-video-renderer class="style-scope ytd-item-section-renderer" lockup="true">
<div id="dismissible" class="style-scope ytd-compact-video-renderer"><ytd-thumbnail use-hovered-property="" class="style-scope ytd-compact-video-renderer" size="medium" loaded=""><a id="thumbnail" class="yt-simple-endpoint inline-block style-scope ytd-thumbnail" aria-hidden="true" tabindex="-1" rel="null" href="/watch?v={_hex(h, n=11)}"><yt-img-shadow ftl-eligible="" class="style-scope ytd-thumbnail no-transition" loaded=""><img id="img" draggable="false" {s('yt-img-shadow')} alt="" width="168" src="https://i.ytimg.com/vi/{_hex(h, n=11)}/hqdefault.jpg"></yt-img-shadow>
<div id="overlays" {s('ytd-thumbnail')}><ytd-thumbnail-overlay-time-status-renderer {s('ytd-thumbnail')} overlay-style="DEFAULT"><span id="text" class="style-scope ytd-thumbnail-overlay-time-status-renderer" aria-label="{3 + k} minutes">
  {3 + k}:{(17 * k + 9) % 60:02d}
</span></ytd-thumbnail-overlay-time-status-renderer></div></a></ytd-thumbnail>
<div class="details style-scope ytd-compact-video-renderer"><div class="metadata style-scope ytd-compact-video-renderer"><a class="yt-simple-endpoint style-scope ytd-compact-video-renderer" rel="null" href="/watch?v={_hex(h, n=11)}"><h3 class="style-scope ytd-compact-video-renderer"><span id="video-title" class="style-scope ytd-compact-video-renderer" aria-label="{escape(h)}" title="{escape(h)}">
      {escape(h)}
    </span></h3>
<div class="secondary-metadata style-scope ytd-compact-video-renderer"><ytd-video-meta-block class="compact style-scope ytd-compact-video-renderer byline-separated"><div id="metadata" {s('ytd-video-meta-block')}><div id="byline-container" {s('ytd-video-meta-block')}><ytd-channel-name id="channel-name" {s('ytd-video-meta-block')}><div id="container" {s('ytd-channel-name')}><div id="text-container" {s('ytd-channel-name')}><yt-formatted-string id="text" title="{escape(c)}" class="style-scope ytd-channel-name" ellipsis-truncate="">{escape(c)}</yt-formatted-string></div></div></ytd-channel-name></div>
<div id="metadata-line" {s('ytd-video-meta-block')}><span class="inline-metadata-item style-scope ytd-video-meta-block">{escape(_w(ui, 'yt_views', n=_compact(ui, 900 + 3100 * k)))}</span><span class="inline-metadata-item style-scope ytd-video-meta-block">{escape(ui.ago[2].format(n=2 + 3 * k))}</span></div></div></ytd-video-meta-block></div></a></div></div></div>
</ytd-compact-video-renderer>""" for k, (h, c) in enumerate(zip(heads, channels)))
    chips = "".join(f'<yt-chip-cloud-chip-renderer class="style-scope yt-chip-cloud-renderer"{" selected" if k == 0 else ""} chip-style="STYLE_DEFAULT" role="tab"><yt-formatted-string id="text" title="" class="style-scope yt-chip-cloud-chip-renderer">{escape(c)}</yt-formatted-string></yt-chip-cloud-chip-renderer>'
                    for k, c in enumerate(_wl(ui, "yt_chips", x=channel)))
    guide = "".join(f'<ytd-mini-guide-entry-renderer class="style-scope ytd-mini-guide-renderer" role="tab" aria-label="{escape(g)}"><a id="endpoint" class="yt-simple-endpoint style-scope ytd-mini-guide-entry-renderer" href="/{_slug(g)}" title="{escape(g)}"><yt-icon id="icon" {s("ytd-mini-guide-entry-renderer")}></yt-icon><span class="title style-scope ytd-mini-guide-entry-renderer">{escape(g)}</span></a></ytd-mini-guide-entry-renderer>'
                    for g in _wl(ui, "yt_guide"))
    footer = "".join(f'<a class="yt-simple-endpoint style-scope ytd-guide-renderer" href="https://www.youtube.com/about/{_slug(x)}/">{escape(x)}</a>'
                     for x in _wl(ui, "yt_footer"))
    buttons = _wl(ui, "yt_buttons")
    show = _wl(ui, "yt_show_more")
    sorts = _wl(ui, "yt_sort")
    desc = "".join(f'<span dir="auto" {s("yt-formatted-string")}>{escape(x)}\n\n</span>' for x in thread.article)
    desc += (f'<span dir="auto" {s("yt-formatted-string")}>{escape(_w(ui, "yt_credit", x=thread.author))}\n\n</span>'
             f'<a class="yt-simple-endpoint style-scope yt-formatted-string" spellcheck="false" href="/hashtag/{_slug(_wl(ui, "sections")[1])}" dir="auto">#{escape(_wl(ui, "sections")[1])}</a>')
    n = len(thread.posts)
    body = f"""<ytd-app>
<div id="content" class="style-scope ytd-app">
<div id="watch7-content" class="watch-main-col" itemscope itemid="" itemtype="http://schema.org/VideoObject"><link itemprop="url" href="https://www.youtube.com/watch?v={vid}"><meta itemprop="name" content="{escape(thread.title)}"><meta itemprop="description" content="{escape(thread.article[0][:160])}"><meta itemprop="videoId" content="{vid}"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="http://www.youtube.com/channel/{chan_id}"><link itemprop="name" content="{escape(channel)}"></span><meta itemprop="interactionCount" content="{views}"><meta itemprop="datePublished" content="{thread.published:%Y-%m-%d}"><meta itemprop="uploadDate" content="{thread.published:%Y-%m-%d}"><meta itemprop="genre" content="News &amp; Politics"></div>
<div id="masthead-container" class="style-scope ytd-app"><ytd-masthead id="masthead" logo-type="YOUTUBE_LOGO" slot="masthead" class="shell" disable-upgrade="" system-icons="" role="banner">
<div id="container" class="style-scope ytd-masthead"><div id="start" class="style-scope ytd-masthead"><yt-icon-button id="guide-button" class="style-scope ytd-masthead"><button id="button" class="style-scope yt-icon-button" aria-label="Guide"><yt-icon id="guide-icon" icon="yt-icons:menu" {s('ytd-masthead')}></yt-icon></button></yt-icon-button>
<ytd-topbar-logo-renderer id="logo" {s('ytd-masthead')}><a class="yt-simple-endpoint style-scope ytd-topbar-logo-renderer" id="logo" aria-label="YouTube Home" href="/" title="YouTube Home"><div class="style-scope ytd-topbar-logo-renderer"><ytd-logo class="style-scope ytd-topbar-logo-renderer"><yt-icon id="logo-icon" {s('ytd-logo')}></yt-icon></ytd-logo></div></a><span id="country-code" {s('ytd-topbar-logo-renderer')}>{'' if thread.lang == 'en' else thread.lang.upper()}</span></ytd-topbar-logo-renderer></div>
<div id="center" class="style-scope ytd-masthead"><ytd-searchbox id="search" {s('ytd-masthead')}><form id="search-form" action="/results" {s('ytd-searchbox')}><div id="container" class="style-scope ytd-searchbox"><div id="search-input" class="ytd-searchbox-spt" slot="search-input"><input id="search" autocapitalize="none" autocomplete="off" autocorrect="off" name="search_query" tabindex="0" type="text" spellcheck="false" placeholder="{escape(_w(ui, 'search'))}" aria-label="{escape(_w(ui, 'search'))}" role="combobox" aria-haspopup="false" aria-autocomplete="list" dir="ltr" class="ytd-searchbox" style="outline: none;"></div></div>
<button id="search-icon-legacy" class="style-scope ytd-searchbox" aria-label="{escape(_w(ui, 'search'))}"><yt-icon class="style-scope ytd-searchbox"></yt-icon></button></form></ytd-searchbox></div>
<div id="end" class="style-scope ytd-masthead"><div id="buttons" class="style-scope ytd-masthead"><ytd-button-renderer class="style-scope ytd-masthead style-suggestive size-small" button-renderer="" use-keyboard-focused=""><a class="yt-simple-endpoint style-scope ytd-button-renderer" tabindex="-1" href="https://accounts.google.com/ServiceLogin?service=youtube&amp;uilel=3&amp;passive=true&amp;hl={thread.lang}"><tp-yt-paper-button id="button" class="style-scope ytd-button-renderer style-suggestive size-small" role="button" tabindex="0" aria-label="{escape(_w(ui, 'yt_sign_in'))}"><yt-icon class="style-scope ytd-button-renderer"></yt-icon><yt-formatted-string id="text" class="style-scope ytd-button-renderer style-suggestive size-small">{escape(_w(ui, 'yt_sign_in'))}</yt-formatted-string></tp-yt-paper-button></a></ytd-button-renderer></div></div></div>
</ytd-masthead></div>
<ytd-mini-guide-renderer class="style-scope ytd-app" role="navigation" mini-guide-visible=""><div id="items" class="style-scope ytd-mini-guide-renderer">{guide}</div></ytd-mini-guide-renderer>
<tp-yt-app-drawer id="guide" align="start" swipe-open="" class="style-scope ytd-app" position="left" persistent="" style="transition-duration: 200ms;"><div id="contentContainer" class="style-scope tp-yt-app-drawer" opened="" persistent="" position="left" swipe-open=""><div id="guide-wrapper" class="style-scope ytd-app"><div id="guide-content" class="style-scope ytd-app"><ytd-guide-renderer id="guide-renderer" class="style-scope ytd-app" guide-persistent-and-visible=""><div id="footer" class="style-scope ytd-guide-renderer"><div id="guide-links-primary" class="style-scope ytd-guide-renderer">{footer}</div><div id="copyright" class="style-scope ytd-guide-renderer"><div slot="copyright" style="display: inherit;"><div dir="ltr" style="display:inline">© {now.year} Google LLC</div></div></div></div></ytd-guide-renderer></div></div></div></tp-yt-app-drawer>
<ytd-page-manager id="page-manager" class="style-scope ytd-app">
<ytd-watch-flexy class="style-scope ytd-page-manager hide-skeleton" video-id="{vid}" role="main" flexy="" is-two-columns_="">
<div id="columns" class="style-scope ytd-watch-flexy">
<div id="primary" class="style-scope ytd-watch-flexy"><div id="primary-inner" class="style-scope ytd-watch-flexy">
<div id="player" class="style-scope ytd-watch-flexy"><div id="player-container-outer" class="style-scope ytd-watch-flexy"><div id="player-container-inner" class="style-scope ytd-watch-flexy"><div id="player-container" role="complementary" class="style-scope ytd-watch-flexy"><ytd-player id="ytd-player" context="WEB_PLAYER_CONTEXT_CONFIG_ID_KEVLAR_WATCH" class="style-scope ytd-watch-flexy"><div id="container" class="style-scope ytd-player"><div class="html5-video-player ytp-title-enable-channel-logo ytp-hide-info-bar ytp-large-width-mode paused-mode" tabindex="-1" id="movie_player" aria-label="YouTube Video Player"><div class="html5-video-container" data-layer="0"><video tabindex="-1" class="video-stream html5-main-video" style="width: 854px; height: 480px; left: 0px; top: 0px;"></video></div><div class="ytp-chrome-bottom" data-layer="9"><div class="ytp-chrome-controls"><div class="ytp-left-controls"><button class="ytp-play-button ytp-button" aria-label="Play (k)" title="Play (k)"></button><div class="ytp-time-display notranslate"><span><span class="ytp-time-current">0:00</span><span class="ytp-time-separator"> / </span><span class="ytp-time-duration">{2 + n}:{(7 * n) % 60:02d}</span></span></div></div></div></div></div></div></ytd-player></div></div></div></div>
<div id="below" class="style-scope ytd-watch-flexy">
<div id="info" class="style-scope ytd-watch-flexy"><div id="info-contents" class="style-scope ytd-watch-flexy"><ytd-video-primary-info-renderer class="style-scope ytd-watch-flexy" has-date-text_="" role="heading" aria-level="1">
<div id="container" class="style-scope ytd-video-primary-info-renderer"><div id="super-title" class="style-scope ytd-video-primary-info-renderer"><a class="yt-simple-endpoint style-scope yt-formatted-string" spellcheck="false" href="/hashtag/{_slug(_wl(ui, 'sections')[1])}" dir="auto">#{escape(_wl(ui, 'sections')[1])}</a></div>
<h1 class="title style-scope ytd-video-primary-info-renderer"><yt-formatted-string force-default-style="" class="style-scope ytd-video-primary-info-renderer">{escape(thread.title)}</yt-formatted-string></h1>
<div id="info" class="style-scope ytd-video-primary-info-renderer"><div id="info-text" class="style-scope ytd-video-primary-info-renderer"><div id="count" class="style-scope ytd-video-primary-info-renderer"><ytd-video-view-count-renderer small_="" {s('ytd-video-primary-info-renderer')}><span class="view-count style-scope ytd-video-view-count-renderer">{escape(_w(ui, 'yt_views', n=_num(ui, views)))}</span><span class="short-view-count style-scope ytd-video-view-count-renderer">{escape(_w(ui, 'yt_views', n=_compact(ui, views)))}</span></ytd-video-view-count-renderer></div>
<div id="info-strings" class="style-scope ytd-video-primary-info-renderer"><yt-formatted-string class="style-scope ytd-video-primary-info-renderer">{escape(_yt_date(ui, thread.published))}</yt-formatted-string></div></div>
<div id="menu-container" class="style-scope ytd-video-primary-info-renderer"><div id="menu" class="style-scope ytd-video-primary-info-renderer"><ytd-menu-renderer class="style-scope ytd-video-primary-info-renderer"><div id="top-level-buttons-computed" class="top-level-buttons style-scope ytd-menu-renderer">
<ytd-toggle-button-renderer class="style-scope ytd-menu-renderer force-icon-button style-text" button-renderer="true"><a class="yt-simple-endpoint style-scope ytd-toggle-button-renderer" tabindex="-1"><yt-icon-button id="button" class="style-scope ytd-toggle-button-renderer style-text"><button id="button" class="style-scope yt-icon-button" aria-label="like this video along with {_num(ui, likes)} other people" aria-pressed="false"><yt-icon {s('ytd-toggle-button-renderer')}></yt-icon></button></yt-icon-button><yt-formatted-string id="text" class="style-scope ytd-toggle-button-renderer style-text" aria-label="{_num(ui, likes)} likes">{escape(_compact(ui, likes))}</yt-formatted-string></a></ytd-toggle-button-renderer>
<ytd-toggle-button-renderer class="style-scope ytd-menu-renderer force-icon-button style-text" button-renderer="true"><a class="yt-simple-endpoint style-scope ytd-toggle-button-renderer" tabindex="-1"><yt-icon-button id="button" class="style-scope ytd-toggle-button-renderer style-text"><button id="button" class="style-scope yt-icon-button" aria-label="Dislike this video" aria-pressed="false"><yt-icon {s('ytd-toggle-button-renderer')}></yt-icon></button></yt-icon-button><yt-formatted-string id="text" class="style-scope ytd-toggle-button-renderer style-text">{escape(_w(ui, 'yt_dislike'))}</yt-formatted-string></a></ytd-toggle-button-renderer>
{''.join(f'<ytd-button-renderer class="style-scope ytd-menu-renderer force-icon-button style-default size-default" button-renderer="true"><a class="yt-simple-endpoint style-scope ytd-button-renderer" tabindex="-1"><yt-icon-button id="button" class="style-scope ytd-button-renderer style-default size-default"><button id="button" class="style-scope yt-icon-button" aria-label="{escape(b)}"><yt-icon {s("ytd-button-renderer")}></yt-icon></button></yt-icon-button><yt-formatted-string id="text" class="style-scope ytd-button-renderer style-default size-default">{escape(b)}</yt-formatted-string></a></ytd-button-renderer>' for b in [ui.share, *buttons])}
</div></ytd-menu-renderer></div></div></div></div>
</ytd-video-primary-info-renderer>
<ytd-video-secondary-info-renderer class="style-scope ytd-watch-flexy"><div id="container" class="style-scope ytd-video-secondary-info-renderer">
<div id="top-row" class="style-scope ytd-video-secondary-info-renderer"><ytd-video-owner-renderer class="style-scope ytd-video-secondary-info-renderer" watch-metadata-refresh=""><a class="yt-simple-endpoint style-scope ytd-video-owner-renderer" tabindex="-1" href="/channel/{chan_id}"><yt-img-shadow id="avatar" width="48" class="style-scope ytd-video-owner-renderer no-transition" loaded=""><img id="img" draggable="false" {s('yt-img-shadow')} alt="" height="48" width="48" src="https://yt3.ggpht.com/{_hex(channel, n=30)}=s88-c-k-c0x00ffffff-no-rj"></yt-img-shadow></a>
<div id="upload-info" class="style-scope ytd-video-owner-renderer"><ytd-channel-name id="channel-name" {s('ytd-video-owner-renderer')}><div id="container" {s('ytd-channel-name')}><div id="text-container" {s('ytd-channel-name')}><yt-formatted-string id="text" title="{escape(channel)}" class="style-scope ytd-channel-name complex-string" ellipsis-truncate="" has-link-only_=""><a class="yt-simple-endpoint style-scope yt-formatted-string" spellcheck="false" href="/channel/{chan_id}" dir="auto">{escape(channel)}</a></yt-formatted-string></div></div></ytd-channel-name>
<yt-formatted-string id="owner-sub-count" class="style-scope ytd-video-owner-renderer" aria-label="{escape(_w(ui, 'yt_subs', n=_compact(ui, 3 * views)))}">{escape(_w(ui, 'yt_subs', n=_compact(ui, 3 * views)))}</yt-formatted-string></div></ytd-video-owner-renderer>
<div id="subscribe-button" class="style-scope ytd-video-secondary-info-renderer"><ytd-subscribe-button-renderer class="style-scope ytd-video-secondary-info-renderer" use-keyboard-focused=""><tp-yt-paper-button noink="" class="style-scope ytd-subscribe-button-renderer" role="button" aria-label="{escape(_w(ui, 'yt_subscribe'))} {escape(channel)}"><yt-formatted-string class="style-scope ytd-subscribe-button-renderer">{escape(_w(ui, 'yt_subscribe'))}</yt-formatted-string></tp-yt-paper-button></ytd-subscribe-button-renderer></div></div>
<ytd-expander class="style-scope ytd-video-secondary-info-renderer" collapsed=""><div id="content" class="style-scope ytd-expander"><div id="description" slot="content" class="style-scope ytd-video-secondary-info-renderer"><yt-formatted-string split-lines="" class="content style-scope ytd-video-secondary-info-renderer">{desc}</yt-formatted-string></div></div>
<tp-yt-paper-button id="more" aria-expanded="false" noink="" class="style-scope ytd-expander" role="button" tabindex="0"><yt-formatted-string class="more-button style-scope ytd-video-secondary-info-renderer" slot="more-button">{escape(show[0])}</yt-formatted-string></tp-yt-paper-button>
<tp-yt-paper-button id="less" aria-expanded="true" noink="" class="style-scope ytd-expander" role="button" tabindex="0" hidden=""><yt-formatted-string class="less-button style-scope ytd-video-secondary-info-renderer" slot="less-button">{escape(show[1])}</yt-formatted-string></tp-yt-paper-button></ytd-expander>
</div></ytd-video-secondary-info-renderer></div></div>
<ytd-comments id="comments" class="style-scope ytd-watch-flexy" section-identifier="comment-item-section">
<ytd-item-section-renderer id="sections" class="style-scope ytd-comments" section-identifier="comment-item-section">
<div id="header" class="style-scope ytd-item-section-renderer"><ytd-comments-header-renderer {s('ytd-item-section-renderer')}>
<div id="title" class="style-scope ytd-comments-header-renderer"><h2 id="count" class="style-scope ytd-comments-header-renderer"><yt-formatted-string class="count-text style-scope ytd-comments-header-renderer">{escape(_w(ui, 'yt_comments', n=n))}</yt-formatted-string></h2>
<span id="sort-menu" class="style-scope ytd-comments-header-renderer"><yt-sort-filter-sub-menu-renderer class="style-scope ytd-comments-header-renderer"><yt-dropdown-menu class="style-scope yt-sort-filter-sub-menu-renderer" icon-label="{escape(sorts[0])}"><tp-yt-paper-menu-button dynamic-align="" class="style-scope yt-dropdown-menu" role="group" aria-haspopup="true"><div id="trigger" class="style-scope tp-yt-paper-menu-button"><tp-yt-paper-button id="label" class="dropdown-trigger style-scope yt-dropdown-menu" slot="dropdown-trigger" role="button" aria-label="{escape(sorts[0])}"><yt-icon id="label-icon" {s('yt-dropdown-menu')}></yt-icon><div id="label-text" class="style-scope yt-dropdown-menu">{escape(sorts[0])}</div></tp-yt-paper-button></div>
<div id="dropdown" class="dropdown-content style-scope tp-yt-paper-menu-button" aria-hidden="true" style="display: none;"><tp-yt-paper-listbox id="menu" slot="dropdown-content" class="dropdown-content style-scope yt-dropdown-menu" role="listbox"><a class="yt-simple-endpoint style-scope yt-dropdown-menu iron-selected" aria-selected="true" tabindex="0"><tp-yt-paper-item class="style-scope yt-dropdown-menu" role="option"><tp-yt-paper-item-body class="style-scope yt-dropdown-menu"><div class="item style-scope yt-dropdown-menu">{escape(sorts[1])}</div></tp-yt-paper-item-body></tp-yt-paper-item></a><a class="yt-simple-endpoint style-scope yt-dropdown-menu" aria-selected="false" tabindex="-1"><tp-yt-paper-item class="style-scope yt-dropdown-menu" role="option"><tp-yt-paper-item-body class="style-scope yt-dropdown-menu"><div class="item style-scope yt-dropdown-menu">{escape(sorts[2])}</div></tp-yt-paper-item-body></tp-yt-paper-item></a></tp-yt-paper-listbox></div></tp-yt-paper-menu-button></yt-dropdown-menu></yt-sort-filter-sub-menu-renderer></span></div>
<div id="simple-box" class="style-scope ytd-comments-header-renderer"><ytd-comment-simplebox-renderer class="style-scope ytd-comments-header-renderer"><yt-img-shadow id="author-thumbnail" height="40" width="40" class="style-scope ytd-comment-simplebox-renderer no-transition" loaded=""><img id="img" draggable="false" {s('yt-img-shadow')} alt="" height="40" width="40" src="https://yt3.ggpht.com/a/default-user=s88-c-k-c0x00ffffff-no-rj"></yt-img-shadow><div id="placeholder-area" tabindex="0" class="style-scope ytd-comment-simplebox-renderer"><yt-formatted-string id="simplebox-placeholder" class="style-scope ytd-comment-simplebox-renderer" tabindex="0">{escape(_w(ui, 'yt_add'))}</yt-formatted-string></div></ytd-comment-simplebox-renderer></div>
</ytd-comments-header-renderer></div>
<div id="contents" class="style-scope ytd-item-section-renderer">
{chr(10).join(thread_renderer(i) for i in tops)}
</div>
<div id="continuations" class="style-scope ytd-item-section-renderer"></div>
</ytd-item-section-renderer></ytd-comments>
</div></div></div>
<div id="secondary" class="style-scope ytd-watch-flexy"><div id="secondary-inner" class="style-scope ytd-watch-flexy"><div id="related" class="style-scope ytd-watch-flexy"><ytd-watch-next-secondary-results-renderer class="style-scope ytd-watch-flexy"><div id="items" class="style-scope ytd-watch-next-secondary-results-renderer">
<yt-related-chip-cloud-renderer class="style-scope ytd-watch-next-secondary-results-renderer"><yt-chip-cloud-renderer class="style-scope yt-related-chip-cloud-renderer" chip-shape="chip-shape-default"><div id="chips" class="style-scope yt-chip-cloud-renderer">{chips}</div></yt-chip-cloud-renderer></yt-related-chip-cloud-renderer>
<ytd-item-section-renderer class="style-scope ytd-watch-next-secondary-results-renderer" section-identifier="sid-wn-chips"><div id="contents" class="style-scope ytd-item-section-renderer">
{side}
</div></ytd-item-section-renderer></div></ytd-watch-next-secondary-results-renderer></div></div></div>
</div></ytd-watch-flexy></ytd-page-manager></div>
</ytd-app>"""
    head = f"""<meta name="theme-color" content="rgba(255, 255, 255, 0.98)">
<link rel="canonical" href="https://www.youtube.com/watch?v={vid}">
<meta property="og:site_name" content="YouTube">
<meta property="og:url" content="https://www.youtube.com/watch?v={vid}">
<meta property="og:title" content="{escape(thread.title)}">
<meta property="og:image" content="https://i.ytimg.com/vi/{vid}/maxresdefault.jpg">
<meta property="og:description" content="{escape(thread.article[0][:160])}">
<meta property="og:type" content="video.other">
<meta name="description" content="{escape(thread.article[0][:160])}">
<link rel="stylesheet" href="https://www.youtube.com/s/desktop/2a3f07d0/cssbin/www-main-desktop-watch-page-skeleton.css" name="www-main-desktop-watch-page-skeleton">"""
    return _doc(thread.lang, f"{thread.title} - YouTube", head, body,
                html_attrs=' style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" system-icons="" typography="" typography-spacing="" darker-dark-theme="" darker-dark-theme-deprecate=""',
                body_attrs=' dir="ltr" no-y-overflow=""')


# ---------------------------------------------------------------- Habr

def _habr_date(ui: UI, d: datetime) -> str:
    """'11 июн в 13:53' and its equivalents: Habr drops the year for dates of the current year."""
    mon = ui.months[d.month - 1][:3]
    if ui.lang == "en":
        return f"{mon.capitalize()} {d.day} at {d:%H:%M}"
    return f"{d.day}{'.' if ui.lang == 'de' else ''} {mon} {ui.at} {d:%H:%M}"


def habr(thread: Thread, ui: UI) -> str:
    """Habr article page (habr.com, Vue front end of 2022-2024, 'tm-' classes), as saved from a browser:
    article snippet with author, time, complexity, reading time, hubs; article body; tags and hubs;
    votes/bookmarks/comments bar; author card with karma and rating; then the whole comment tree,
    every reply nested in its parent's tm-comment-thread__children, with vote counters and 'Reply'."""
    kids = replies_by_parent(thread)
    lang = thread.lang
    aid = 700_000 + _h(thread.title) % 90_000
    base = f"/{lang}/articles/{aid}/"
    placeholders = ("green", "lilac", "orange", "blue", "red", "grey")
    score = 10 + _h(thread.title, "score") % 40
    down = _h(thread.title, "down") % 5
    views = 1500 + _h(thread.title, "views") % 30_000
    login = _slug(thread.author).replace("-", "_")

    def when(d: datetime) -> str:
        return f'<time datetime="{iso(d, ".000Z")}" title="{d:%Y-%m-%d, %H:%M}">{escape(_habr_date(ui, d))}</time>'

    def user(name: str, cls: str) -> str:
        nick = _slug(name).replace("-", "_")
        color = placeholders[_h(name) % len(placeholders)]
        return (f'<span class="tm-user-info {cls}"><a href="/{lang}/users/{nick}/" class="tm-user-info__userpic" title="{escape(name)}" data-test-id="user-info-pic">'
                f'<div class="tm-entity-image"><svg class="tm-svg-img tm-image-placeholder tm-image-placeholder_{color}" height="24" width="24"><title>{escape(name)}</title>'
                f'<use xlink:href="/img/megazord-v28.cba4c116.svg#placeholder-user"></use></svg></div></a>'
                f'<span class="tm-user-info__user tm-user-info__user_appearance-default"><a href="/{lang}/users/{nick}/" class="tm-user-info__username" data-test-id="user-info-username">{escape(name)}</a></span></span>')

    def comment(i: int) -> str:
        p = thread.posts[i]
        cid = 26_000_000 + _h(thread.title, i) % 900_000
        rating = p.likes
        sign = "+" if rating > 0 else ""
        cls = "positive" if rating > 0 else "zero"
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paragraphs)
        children = "".join(comment(k) for k in kids.get(i, []))
        children_html = f'<div class="tm-comment-thread__children">{children}</div>' if children else ""
        return f"""<section class="tm-comment-thread">
<article class="tm-comment-thread__comment">
<div data-comment-body="{cid}" class="tm-comment-thread__target"></div>
<div class="tm-comment"><div class="tm-comment__header"><div class="tm-comment__header-inner">{user(p.author, 'tm-comment__user-info')}
<a href="{base}comments/#comment_{cid}" class="tm-comment-thread__comment-link">{when(thread.posted(p))}</a></div></div>
<div class="tm-comment__body-content"><div xmlns="http://www.w3.org/1999/xhtml">{body}</div></div>
<div class="tm-comment-footer"><div class="tm-comment-footer__buttons">
<button class="tm-comment-footer__button" title="{escape(_w(ui, 'habr_reply_to'))}">{escape(ui.reply)}</button>
<div class="tm-comment-footer__bookmark"><button class="bookmarks-button bookmarks-button_no-counter" title="{escape(_w(ui, 'habr_bookmark'))}" type="button"><svg class="tm-svg-img bookmarks-button__icon" height="24" width="24"><title>{escape(_w(ui, 'habr_bookmark'))}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#counter-favorite"></use></svg></button></div>
<div class="tm-comment-footer__more"><button class="tm-comment-footer__button" title="{escape(_w(ui, 'more'))}"><svg class="tm-svg-img tm-svg-icon" height="24" width="24"><title>{escape(_w(ui, 'more'))}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#dots"></use></svg></button></div></div>
<div class="tm-votes-lever tm-comment-footer__votes"><div class="tm-votes-lever__score tm-votes-lever__score_appearance-comment"><span title="{escape(_w(ui, 'habr_votes', n=rating, u=rating, d=0))}" class="tm-votes-lever__score-counter tm-votes-lever__score-counter_{cls} tm-votes-lever__score-counter_rating" data-test-id="votes-score-counter">{sign}{rating}</span></div></div></div>
</div></article>
{children_html}</section>"""

    hubs = _wl(ui, "habr_hubs")
    tags = [t.lower() for t in _wl(ui, "sections")[1:5]]
    menu = "".join(f'<a href="/{lang}/flows/{_slug(m)}/" class="tm-main-menu__item{" tm-main-menu__item_active" if k == 1 else ""}">{escape(m)}</a>'
                   for k, m in enumerate(_wl(ui, "habr_menu")))
    profiled = f'<span title="{escape(_w(ui, "habr_profiled"))}" class="tm-article-snippet__profiled-hub">*</span>'
    hub_links = "".join(f'<span class="tm-publication-hub__link-container"><a href="/{lang}/hubs/{_slug(x)}/" class="tm-publication-hub__link">'
                        f'<span>{escape(x)}</span>{profiled if k == 0 else ""}</a></span>'
                        for k, x in enumerate(hubs))
    tag_list = "".join(f'<li class="tm-separated-list__item"><a href="/{lang}/search/?target_type=posts&amp;order=relevance&amp;q=%5B{_slug(t)}%5D" class="tm-tags-list__link"><span>{escape(t)}</span></a></li>'
                       for t in tags)
    hub_list = "".join(f'<li class="tm-separated-list__item"><a href="/{lang}/hubs/{_slug(x)}/" class="tm-hubs-list__link"><span>{escape(x)}</span></a></li>'
                       for x in hubs)
    reading = "".join(f"""<article class="tm-article-card tm-article-card_variant-small"><div class="tm-article-card__title"><a href="/{lang}/articles/{aid - 31 * (k + 1)}/" class="tm-article-title__link"><span>{escape(h)}</span></a></div>
<div class="tm-article-card__stats"><span class="tm-icon-counter"><svg class="tm-svg-img tm-icon-counter__icon" height="24" width="24"><use xlink:href="/img/megazord-v28.cba4c116.svg#counter-views"></use></svg><span class="tm-icon-counter__value">{_compact(ui, 900 + 1700 * k)}</span></span>
<span class="tm-icon-counter"><svg class="tm-svg-img tm-icon-counter__icon" height="24" width="24"><use xlink:href="/img/megazord-v28.cba4c116.svg#counter-comments"></use></svg><span class="tm-icon-counter__value">{3 + 7 * k}</span></span></div></article>"""
                      for k, h in enumerate(_wl(ui, "headlines")[:5]))
    best = _wl(ui, "habr_best")
    footer_titles = _wl(ui, "habr_footer")
    flinks = _wl(ui, "habr_footer_links")
    groups = [[_w(ui, "log_in"), _w(ui, "sign_up")], flinks[1:6], flinks[6:10], flinks[10:]]
    footer_blocks = "".join(
        f'<div class="tm-footer-menu__block"><h3 class="tm-footer-menu__block-title">{escape(t)}</h3><div class="tm-footer-menu__block-content"><ul class="tm-footer-menu__list">'
        + "".join(f'<li class="tm-footer-menu__list-item"><a href="/{lang}/{_slug(x)}/" class="footer-menu__item-link">{escape(x)}</a></li>' for x in g)
        + "</ul></div></div>"
        for t, g in zip(footer_titles, groups))
    support = _wl(ui, "habr_support")
    first_read = 1 + sum(len(x) for x in thread.article) // 900
    body = f"""<div id="mount"><div id="app" data-async-called="true"><div class="tm-layout__wrapper"><div class="tm-layout">
<div class="tm-page-progress-bar"></div>
<div data-menu-sticky="true" class="tm-base-layout__header tm-base-layout__header_is-sticky"><div class="tm-page-width"><div class="tm-base-layout__header-wrapper"><div class="tm-header"><div class="tm-page-width"><div class="tm-header__container">
<span class="tm-header__logo-wrap"><a href="/{lang}/feed/" class="tm-header__logo tm-header__logo_hl-{lang}"><svg height="16" width="16" class="tm-svg-img tm-header__icon"><title>Хабр</title><use xlink:href="/img/habr-logo-ru.svg#logo"></use></svg></a><span class="tm-header__beta-sign" style="display: none;">β</span></span>
<div class="tm-dropdown tm-header__projects"><div class="tm-dropdown__head"><button class="tm-header__dropdown-toggle"><svg height="16" width="16" class="tm-svg-img tm-header__icon tm-header__icon_dropdown"><title>{escape(_w(ui, 'more'))}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#arrow-down"></use></svg></button></div></div>
<div class="tm-header-user-menu tm-header_user-menu"><a href="/{lang}/search/" class="tm-header-user-menu__item tm-header-user-menu__search"><svg height="24" width="24" class="tm-svg-img tm-header-user-menu__icon tm-header-user-menu__icon_search tm-header-user-menu__icon_dark"><title>{escape(_w(ui, 'search'))}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#search"></use></svg></a>
<div class="tm-header-user-menu__item tm-header-user-menu__write"><a href="/{lang}/sandbox/start/"><svg height="24" width="24" class="tm-svg-img tm-header-user-menu__icon tm-header-user-menu__icon_write tm-header-user-menu__icon_dark"><use xlink:href="/img/megazord-v28.cba4c116.svg#write"></use></svg></a></div>
<div class="tm-header-user-menu__item"><a href="/kek/v1/auth/habrahabr/?back=/{lang}/articles/{aid}/&amp;hl={lang}" rel="nofollow" class="tm-header-user-menu__login btn btn_solid btn_small">{escape(_w(ui, 'log_in'))}</a></div></div>
</div></div></div></div></div></div>
<div class="tm-page-width"><div class="tm-base-layout__header-wrapper"><div class="tm-main-menu"><div class="tm-main-menu__section"><nav class="tm-main-menu__section-content">{menu}</nav></div></div></div></div>
<main class="tm-layout__container"><div hl="{lang}" data-async-called="true" class="tm-page"><div class="tm-page-width"><div class="tm-page__header"></div><div class="tm-page__wrapper">
<div class="tm-page__main tm-page__main_has-sidebar"><div class="pull-down"><div class="pull-down__header" style="height: 0px;"></div>
<div class="tm-article-presenter"><div class="tm-article-presenter__body" data-test-id="article-body"><div class="tm-misprint-area"><div class="tm-misprint-area__wrapper">
<article class="tm-article-presenter__content tm-article-presenter__content_narrow"><div class="tm-article-presenter__header"><div class="tm-article-snippet tm-article-snippet tm-article-presenter__snippet">
<div class="tm-article-snippet__meta-container"><div class="tm-article-snippet__meta">{user(thread.author, 'tm-article-snippet__author')}
<span class="tm-article-datetime-published">{when(thread.published)}</span></div></div>
<h1 lang="{lang}" class="tm-title tm-title_h1" data-test-id="articleTitle"><span>{escape(thread.title)}</span></h1>
<div class="tm-article-snippet__stats"><div class="tm-article-complexity tm-article-complexity_complexity-medium"><span class="tm-svg-icon__wrapper tm-article-complexity__icon"><svg height="24" width="24" class="tm-svg-img tm-svg-icon"><use xlink:href="/img/megazord-v28.cba4c116.svg#complexity-medium"></use></svg></span><span class="tm-article-complexity__label">{escape(_w(ui, 'habr_level'))}</span></div>
<div class="tm-article-reading-time"><span class="tm-svg-icon__wrapper tm-article-reading-time__icon"><svg height="24" width="24" class="tm-svg-img tm-svg-icon"><title>{escape(_w(ui, 'habr_reading_time'))}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#clock"></use></svg></span><span class="tm-article-reading-time__label">{escape(_w(ui, 'habr_read', n=first_read))}</span></div>
<span class="tm-icon-counter tm-data-icons__item"><svg height="24" width="24" class="tm-svg-img tm-icon-counter__icon"><title>{escape(_w(ui, 'habr_views'))}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#counter-views"></use></svg><span class="tm-icon-counter__value">{_compact(ui, views)}</span></span></div>
<div class="tm-publication-hubs__container"><div class="tm-publication-hubs">{hub_links}</div></div>
<div class="tm-article-labels"><div class="tm-publication-label tm-publication-label_variant-news"><span>{escape(_w(ui, 'habr_news'))}</span></div></div></div></div>
<div id="post-content-body"><div><div class="article-formatted-body article-formatted-body article-formatted-body_version-2"><div xmlns="http://www.w3.org/1999/xhtml">{''.join(f'<p>{escape(x)}</p>' for x in thread.article)}</div></div></div><!----></div>
</article></div></div>
<div class="tm-article-presenter__meta"><div class="tm-separated-list tm-article-presenter__meta-list"><span class="tm-separated-list__title">{escape(_w(ui, 'habr_tags_label'))}</span><ul class="tm-separated-list__list">{tag_list}</ul></div>
<div class="tm-separated-list tm-article-presenter__meta-list"><span class="tm-separated-list__title">{escape(_w(ui, 'habr_hubs_label'))}</span><ul class="tm-separated-list__list">{hub_list}</ul></div></div></div>
<div class="tm-article-sticky-panel"><div class="tm-data-icons tm-data-icons tm-data-icons_space-big"><div class="tm-votes-meter tm-data-icons__item"><svg height="24" width="24" class="tm-svg-img tm-votes-meter__icon tm-votes-meter__icon tm-votes-meter__icon_appearance-article"><title>{escape(_w(ui, 'habr_votes', n=score + 2 * down, u=score + down, d=down))}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#counter-rating"></use></svg>
<span class="tm-votes-meter__value tm-votes-meter__value_positive tm-votes-meter__value_appearance-article tm-votes-meter__value_rating tm-votes-meter__value" title="{escape(_w(ui, 'habr_votes', n=score + 2 * down, u=score + down, d=down))}" data-test-id="votes-meter-value">+{score}</span></div>
<button type="button" class="bookmarks-button tm-data-icons__item" title="{escape(_w(ui, 'habr_bookmark'))}"><span class="bookmarks-button__counter">{3 + score // 2}</span></button>
<div title="{escape(_w(ui, 'habr_read_comments'))}" class="tm-article-comments-counter-link tm-data-icons__item"><a href="{base}comments/" class="tm-article-comments-counter-link__link tm-article-comments-counter-link__link_button-style"><svg height="24" width="24" class="tm-svg-img tm-article-comments-counter-link__icon tm-article-comments-counter-link__icon_contrasted"><title>{escape(ui.comments)}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#counter-comments"></use></svg><span class="tm-article-comments-counter-link__value tm-article-comments-counter-link__value_contrasted">{escape(ui.comments)} {len(thread.posts)}</span></a></div>
<div class="tm-sharing tm-data-icons__item"><button type="button" class="tm-sharing__button" title="{escape(ui.share)}"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" class="tm-sharing__icon"><path fill="currentColor" d="M13.8 5.2 20 11.4l-6.2 6.3v-4c-4.3 0-7.3 1.4-9.4 4.5.8-4.5 3.5-8.6 9.4-9.4V5.2Z"></path></svg></button></div></div></div>
<div class="tm-article-presenter__footer"><div class="tm-article-author"><div class="tm-user-card tm-user-card_variant-article"><div class="tm-user-card__info-container"><div class="tm-user-card__header"><div class="tm-user-card__header-data"><a href="/{lang}/users/{login}/" class="tm-user-card__userpic tm-user-card__userpic_size-40"><div class="tm-entity-image"><svg class="tm-svg-img tm-image-placeholder tm-image-placeholder_blue" height="40" width="40"><title>{escape(thread.author)}</title><use xlink:href="/img/megazord-v28.cba4c116.svg#placeholder-user"></use></svg></div></a>
<div class="tm-user-card__meta"><div title="{31 + score}" class="tm-karma tm-user-card__karma"><div class="tm-karma__votes tm-karma__votes_positive">{12 + score}</div><div class="tm-karma__text">{escape(_w(ui, 'habr_karma'))}</div></div>
<div title="{escape(_w(ui, 'habr_rating'))}" class="tm-rating tm-user-card__rating"><div class="tm-rating__header"><div class="tm-rating__counter">{score * 1.7:.1f}</div></div><div class="tm-rating__text">{escape(_w(ui, 'habr_rating'))}</div></div></div></div></div>
<div class="tm-user-card__info tm-user-card__info_variant-article"><div class="tm-user-card__title tm-user-card__title_variant-article"><span class="tm-user-card__name tm-user-card__name_variant-article">{escape(thread.author)}</span><a href="/{lang}/users/{login}/" class="tm-user-card__nickname tm-user-card__nickname tm-user-card__nickname_variant-article">@{login}</a></div>
<p class="tm-user-card__short-info tm-user-card__short-info_variant-article" data-test-id="user-card-speciality">{escape(_w(ui, 'habr_user'))}</p></div></div></div></div></div>
</div>
<div class="tm-article-page-comments"><div class="tm-article-comments-counter-link"></div>
<div class="tm-comments-wrapper__wrapper"><div id="comments" class="tm-comments-wrapper__comments tm-comments">
<header class="tm-comments__header"><h2 class="tm-comments__title">{escape(ui.comments)} <span class="tm-comments__comments-count">{len(thread.posts)}</span></h2></header>
<div class="tm-comments__tree">{''.join(comment(i) for i in kids.get(None, []))}</div>
<div class="tm-comment-form__wrapper"><div class="tm-notice tm-notice_warning"><span class="tm-notice__text">{escape(_w(ui, 'habr_guest'))}</span></div></div></div></div></div>
<div class="tm-tabs tm-tabs tm-tabs_fluid"><div class="tm-tabs__scroll-area"><span class="tm-tabs__tab-item"><button class="tm-tabs__tab-link tm-tabs__tab-link_active">{escape(best[0])}</button></span><span class="tm-tabs__tab-item"><button class="tm-tabs__tab-link">{escape(best[1])}</button></span></div></div>
</div></div>
<div class="tm-page__sidebar"><div class="tm-layout-sidebar"><div class="tm-layout-sidebar__ads tm-layout-sidebar__ads_initial"><div class="tm-adfox-banner" id="adfox_sidebar"></div></div>
<div class="tm-sexy-sidebar tm-sexy-sidebar_initial" style="margin-top: 0px;"><section class="tm-block tm-block_spacing-bottom"><header class="tm-block__header"><h2 class="tm-block__title">{escape(_w(ui, 'habr_reading_now'))}</h2></header><div class="tm-block__body"><div class="tm-article-card-list">{reading}</div></div></section>
<section class="tm-block tm-block_spacing-bottom"><header class="tm-block__header"><h2 class="tm-block__title">{escape(_w(ui, 'habr_events'))}</h2></header><div class="tm-block__body"><div class="tm-events-block">{''.join(f'<div class="tm-event-card"><a href="/{lang}/events/{1000 + 3 * k}/" class="tm-event-card__title">{escape(h)}</a></div>' for k, h in enumerate(_wl(ui, 'headlines')[5:]))}</div></div></section></div></div></div>
</div></div></div></main>
<footer class="tm-footer"><div class="tm-page-width"><div class="tm-footer__container"><div class="tm-footer__menu"><div class="tm-footer-menu">{footer_blocks}</div></div>
<div class="tm-footer__social"><a href="https://www.facebook.com/habrahabr.ru" rel="nofollow noopener noreferrer" target="_blank" class="tm-footer__social-link"><svg height="36" width="36" class="tm-svg-img tm-footer__social-icon"><title>Facebook</title></svg></a><a href="https://twitter.com/habr_com" rel="nofollow noopener noreferrer" target="_blank" class="tm-footer__social-link"><svg height="36" width="36" class="tm-svg-img tm-footer__social-icon"><title>Twitter</title></svg></a><a href="https://vk.com/habr" rel="nofollow noopener noreferrer" target="_blank" class="tm-footer__social-link"><svg height="36" width="36" class="tm-svg-img tm-footer__social-icon"><title>VK</title></svg></a><a href="https://telegram.me/habr_com" rel="nofollow noopener noreferrer" target="_blank" class="tm-footer__social-link"><svg height="36" width="36" class="tm-svg-img tm-footer__social-icon"><title>Telegram</title></svg></a></div>
<div class="tm-footer__locale"><button class="tm-footer__link"><svg height="18" width="18" class="tm-svg-img tm-svg-icon"><use xlink:href="/img/megazord-v28.cba4c116.svg#globus"></use></svg>{escape(support[0])}</button></div>
<a href="/{lang}/feedback/" class="tm-footer__link">{escape(support[1])}</a>
<div class="tm-footer-copyright"><span class="tm-copyright"><span class="tm-copyright__years">© 2006–{thread.published.year}, </span><span class="tm-copyright__name"><a href="https://company.habr.com/" rel="noopener" target="_blank" class="tm-copyright__link">Habr</a></span></span></div></div></div></footer>
</div></div></div></div>"""
    ld = _ld({"@context": "http://schema.org", "@type": "Article",
              "mainEntityOfPage": {"@type": "WebPage", "@id": f"https://habr.com{base}"},
              "headline": thread.title, "datePublished": iso(thread.published, "+03:00"),
              "dateModified": iso(thread.published, "+03:00"), "author": {"@type": "Person", "name": thread.author},
              "publisher": {"@type": "Organization", "name": "Habr",
                            "logo": {"@type": "ImageObject", "url": "https://habrastorage.org/webt/a_/lk/9m/a_lk9mjkccjox-zccjrpfolmkmq.png"}},
              "description": thread.article[0][:200], "url": f"https://habr.com{base}", "about": ["h_urban"], "image": []})
    head = f"""<meta name="referrer" content="unsafe-url">
<meta data-vue-meta="ssr" property="og:title" content="{escape(thread.title)}">
<meta data-vue-meta="ssr" property="og:type" content="article">
<meta data-vue-meta="ssr" property="og:url" content="https://habr.com{base}">
<meta data-vue-meta="ssr" name="description" content="{escape(thread.article[0][:200])}">
<meta data-vue-meta="ssr" property="aiturec:datetime" content="{iso(thread.published, '.000Z')}">
<link data-vue-meta="ssr" href="https://habr.com{base}" rel="canonical">
{ld}
<link href="https://assets.habr.com/habr-web/css/app.4c2f4ed3.css" rel="stylesheet">"""
    return _doc(lang, f"{thread.title} / Хабр" if lang == "ru" else f"{thread.title} / Habr", head, body,
                html_attrs=' data-vue-meta="%7B%22lang%22:%7B%22ssr%22:%22' + lang + '%22%7D%7D"',
                body_attrs=' class="" style=""')


# ---------------------------------------------------------------- new Reddit (shreddit)

def reddit_new(thread: Thread, ui: UI) -> str:
    """New Reddit's comments page as the shreddit web components render it (2023-2024, www.reddit.com
    logged out): left navigation, shreddit-post with its text body and action bar, comment tree of
    shreddit-comment elements (author, depth, thingid, score attributes; a reply sits inside its
    parent with slot="children"), sorted 'Best' (by score), 'OP' flag, relative times, subreddit sidebar
    with rules."""
    kids, now = replies_by_parent(thread), saved_at(thread, 140)
    sub = _slug(thread.site).replace("-", "")
    post36 = _b36(14_000_000_000 + _h(thread.title) % 900_000_000)
    perma = f"/r/{sub}/comments/{post36}/{_slug(thread.title).replace('-', '_')[:45]}/"
    score = 40 + 9 * len(thread.posts) + _h(thread.title) % 50
    n = len(thread.posts)

    def cid(i: int) -> str:
        return _b36(1_300_000_000 + _h(thread.title, i) % 600_000_000)

    def best(items: list[int]) -> list[int]:
        """The 'Best' sort, approximated by score."""
        return sorted(items, key=lambda k: (-thread.posts[k].likes, thread.posts[k].minutes_after))

    def title(d: datetime) -> str:
        return escape(ui.date(d, "long"))

    def timeago(d: datetime, short: bool) -> str:
        forms = _w(ui, "rd_ago_short" if short else "rd_ago")
        fmt = ' format="short"' if short else ""
        return (f'<faceplate-timeago ts="{iso(d, ".000Z")}"{fmt}>'
                f'<time datetime="{iso(d, ".000Z")}" title="{title(d)}">{escape(_ago(ui, forms, now, d))}</time></faceplate-timeago>')

    def avatar(name: str, size: int) -> str:
        return (f'<faceplate-img src="https://www.redditstatic.com/avatars/defaults/v2/avatar_default_{_h(name) % 8}.png" loading="lazy" '
                f'width="{size}" height="{size}" alt="{escape(_w(ui, "rd_avatar", x=name))}" class="mb-0 shreddit-comment__avatar"></faceplate-img>')

    def comment(i: int) -> str:
        p = thread.posts[i]
        d = thread.posted(p)
        depth = thread.depth(i)
        parent_attr = f' parentid="t1_{cid(p.parent)}"' if p.parent is not None else ""
        slot = ' slot="children"' if p.parent is not None else ""
        op = ('<span class="text-12 font-bold text-tone-2 ml-2xs" id="comment-author-op">OP</span>'
              if p.author == thread.author else "")
        edited = ""
        if _h(p.author, i) % 6 == 0:
            edited = (f'<span class="text-neutral-content-weak mx-2xs">•</span><span class="text-neutral-content-weak">'
                      f'{escape(_w(ui, "rd_edited", t=_ago(ui, _w(ui, "rd_ago_short"), now, d + timedelta(minutes=9))))}</span>')
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paragraphs)
        children = "".join(comment(k) for k in best(kids.get(i, [])))
        return f"""<shreddit-comment author="{escape(p.author)}" thingid="t1_{cid(i)}" depth="{depth}" permalink="{perma}comment/{cid(i)}/" postid="t3_{post36}"{parent_attr} score="{p.likes + 1}" award-count="0" content-type="text"{slot} collapsed="false" aria-level="{depth + 1}" role="comment">
<button slot="commentAvatar" aria-label="{escape(_w(ui, 'rd_toggle'))}" class="absolute inset-0 z-[1]"></button>
<div slot="commentAvatar" class="flex items-center justify-center shrink-0 w-[32px] h-[32px]"><faceplate-tracker source="comment" action="click" noun="user_profile"><faceplate-hovercard position="right-start" label="{escape(p.author)}" aria-label="{escape(p.author)}"><a href="/user/{quote(p.author)}/" class="inline-flex items-center">{avatar(p.author, 24)}</a></faceplate-hovercard></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center overflow-hidden text-neutral-content-weak text-12 gap-2xs">
<faceplate-tracker source="comment" action="click" noun="comment_author" class="truncate"><faceplate-hovercard data-id="user-hover-card" position="right-start"><a href="/user/{quote(p.author)}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">{escape(p.author)}</a></faceplate-hovercard></faceplate-tracker>{op}
<span class="inline-block my-0 text-neutral-content-weak" aria-hidden="true">•</span>
<a href="{perma}comment/{cid(i)}/" rel="nofollow noopener noreferrer" class="text-neutral-content-weak">{timeago(d, True)}</a>{edited}
</div>
<div slot="comment" id="t1_{cid(i)}-comment-rtjson-content" class="md text-14 rounded-[8px] pb-2xs overflow-hidden" style="--emote-size: 20px">{body}</div>
<shreddit-comment-action-row slot="actionRow" comment-id="t1_{cid(i)}" post-id="t3_{post36}" score="{p.likes + 1}" vote-state="NONE" permalink="{perma}comment/{cid(i)}/">
<button rpl="" aria-pressed="false" upvote="" class="button flex justify-center aspect-square p-0 border-0 button-plain-weak" type="button" aria-label="{escape(_w(ui, 'rd_upvote'))}"><span class="flex mx-xs text-16"><svg rpl="" fill="currentColor" height="16" icon-name="upvote-outline" viewBox="0 0 20 20" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M12.877 19H7.123A1.125 1.125 0 0 1 6 17.877V11H2.126a1.114 1.114 0 0 1-1.007-.7 1.249 1.249 0 0 1 .171-1.343L9.166.368a1.128 1.128 0 0 1 1.668.004l7.872 8.581a1.25 1.25 0 0 1 .176 1.348 1.113 1.113 0 0 1-1.005.7H14v6.877A1.125 1.125 0 0 1 12.877 19Z"></path></svg></span></button>
<span class="flex items-center text-12 font-semibold"><faceplate-number pretty="" number="{p.likes + 1}">{p.likes + 1}</faceplate-number></span>
<button rpl="" aria-pressed="false" downvote="" class="button flex justify-center aspect-square p-0 border-0 button-plain-weak" type="button" aria-label="{escape(_w(ui, 'rd_downvote'))}"><span class="flex mx-xs text-16"><svg rpl="" fill="currentColor" height="16" icon-name="downvote-outline" viewBox="0 0 20 20" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M10 20a1.122 1.122 0 0 1-.834-.372l-7.872-8.581A1.251 1.251 0 0 1 1.118 9.7 1.114 1.114 0 0 1 2.123 9H6V2.123A1.125 1.125 0 0 1 7.123 1h5.754A1.125 1.125 0 0 1 14 2.123V9h3.874a1.114 1.114 0 0 1 1.007.7 1.25 1.25 0 0 1-.171 1.345l-7.876 8.589A1.128 1.128 0 0 1 10 20Z"></path></svg></span></button>
<faceplate-tracker slot="comment-reply" source="comment" action="click" noun="reply_comment"><button rpl="" class="button border-md text-12 button-plain-weak inline-flex pl-xs pr-sm" type="button"><span class="flex items-center"><span class="flex text-16 mr-[var(--rem6)]"><svg rpl="" fill="currentColor" height="16" icon-name="comment-outline" viewBox="0 0 20 20" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M7.725 19.872a.718.718 0 0 1-.607-.328.725.725 0 0 1-.118-.397V16H3.625A2.63 2.63 0 0 1 1 13.375v-9.75A2.629 2.629 0 0 1 3.625 1h12.75A2.63 2.63 0 0 1 19 3.625v9.75A2.63 2.63 0 0 1 16.375 16h-4.161l-4 3.681a.725.725 0 0 1-.489.191Z"></path></svg></span><span class="flex items-center gap-xs">{escape(ui.reply)}</span></span></button></faceplate-tracker>
<award-button slot="comment-award" post-id="t3_{post36}" comment-id="t1_{cid(i)}"><button rpl="" class="button border-md text-12 button-plain-weak" type="button" aria-label="{escape(_w(ui, 'rd_award'))}"><span class="flex items-center"><span class="flex items-center gap-xs">{escape(_w(ui, 'rd_award'))}</span></span></button></award-button>
<shreddit-comment-share-button slot="comment-share-button" permalink="{perma}comment/{cid(i)}/"><button rpl="" class="button border-md text-12 button-plain-weak" type="button"><span class="flex items-center gap-xs">{escape(ui.share)}</span></button></shreddit-comment-share-button>
<shreddit-overflow-menu slot="overflow" source="comment"><button rpl="" aria-label="{escape(_w(ui, 'more'))}" class="button flex justify-center aspect-square p-0 border-0 button-plain-weak" type="button">…</button></shreddit-overflow-menu>
</shreddit-comment-action-row>
{children}</shreddit-comment>"""

    nav = _wl(ui, "rd_nav")
    topics = _wl(ui, "rd_topics")
    resources = _wl(ui, "rd_resources")
    left = "".join(f'<li><a href="/{"" if k == 0 else "r/" + ("popular" if k == 1 else "all") + "/"}" class="flex items-center px-md py-xs text-14 no-underline">{escape(x)}</a></li>'
                   for k, x in enumerate(nav))
    left_topics = "".join(f'<li><a href="/t/{_slug(x)}/" class="flex px-md py-xs text-14">{escape(x)}</a></li>' for x in topics[1:])
    left_res = "".join(f'<li><a href="https://www.redditinc.com/{_slug(x)}" class="flex px-md py-xs text-14">{escape(x)}</a></li>' for x in resources[1:])
    sorts = _wl(ui, "rd_sort")
    rules = _wl(ui, "rd_rules", x=sub.upper())
    rule_items = "".join(f'<li class="flex py-xs"><span class="text-14 text-neutral-content-weak mr-sm">{k + 1}</span><span class="text-14">{escape(r)}</span></li>'
                         for k, r in enumerate(rules[1:]))
    foot = _wl(ui, "rd_footer", y=now.year)
    created = datetime(2011 + _h(sub) % 10, 1 + _h(sub) % 12, 1 + _h(sub) % 28)
    more = "".join(f'<li class="py-xs"><a href="/r/{sub}/comments/{_b36(14_000_000_000 + _h(h) % 900_000_000)}/{_slug(h).replace("-", "_")[:40]}/" class="text-14 font-semibold">{escape(h)}</a>'
                   f'<div class="text-12 text-neutral-content-weak">{escape(_w(ui, "rd_comment_word"))}: {4 + 7 * k}</div></li>'
                   for k, h in enumerate(_wl(ui, "headlines")[:4]))
    body_html = "".join(f"<p>{escape(x)}</p>" for x in thread.article)
    body = f"""<shreddit-app routename="post_page" pagetype="post_detail" dev-env="false" locale="{thread.lang}" class="v2" id="shreddit-app">
<reddit-header-large class="sticky top-0 z-[2]"><reddit-header-action-items><header class="v2 flex items-center justify-between px-md gap-lg h-header-large">
<div class="flex items-center gap-xs"><a aria-label="Home" href="/" id="reddit-logo" class="flex items-center"><span class="flex"><svg viewBox="0 0 20 20" class="h-xl w-xl"><circle fill="#FF4500" cx="10" cy="10" r="10"></circle></svg></span><span class="text-18 font-semibold">reddit</span></a></div>
<div class="flex items-center flex-grow max-w-[750px]"><reddit-search-large><faceplate-search-input name="q" placeholder="{escape(_w(ui, 'rd_search'))}" label="{escape(_w(ui, 'search'))}" autocomplete="off" spellcheck="false"></faceplate-search-input></reddit-search-large></div>
<div class="flex items-center gap-xs"><a href="https://www.reddit.com/mobile/download" class="button button-secondary px-sm">{escape(_w(ui, 'rd_get_app'))}</a><faceplate-tracker source="nav" action="click" noun="login"><a href="https://www.reddit.com/login/" id="login-button" class="button button-brand px-sm" rel="nofollow">{escape(_w(ui, 'log_in'))}</a></faceplate-tracker></div>
</header></reddit-header-action-items></reddit-header-large>
<div class="grid-container theme-rpl grid">
<flex-left-nav-container id="left-sidebar-container" class="hidden s:block"><nav id="left-sidebar" class="h-full overflow-y-auto" aria-label="Primary"><left-nav-top-section><ul class="list-none p-0 m-0">{left}</ul></left-nav-top-section><hr class="border-neutral-border-weak my-sm">
<faceplate-expandable-section-helper open=""><details open=""><summary><span class="text-12 uppercase tracking-[0.1em] text-neutral-content-weak">{escape(topics[0])}</span></summary><ul class="list-none p-0 m-0">{left_topics}</ul></details></faceplate-expandable-section-helper><hr class="border-neutral-border-weak my-sm">
<faceplate-expandable-section-helper open=""><details open=""><summary><span class="text-12 uppercase tracking-[0.1em] text-neutral-content-weak">{escape(resources[0])}</span></summary><ul class="list-none p-0 m-0">{left_res}</ul></details></faceplate-expandable-section-helper>
<div class="px-md text-12 text-neutral-content-weak"><a href="https://www.redditinc.com/policies/content-policy">{escape(foot[0])}</a> <a href="https://www.reddit.com/policies/privacy-policy">{escape(foot[1])}</a> <a href="https://www.redditinc.com/policies/user-agreement">{escape(foot[2])}</a><br>{escape(foot[3])}</div></nav></flex-left-nav-container>
<div class="subgrid-container m:col-start-2 box-border flex flex-col order-2 w-full m:max-w-[calc(100vw-272px)] xs:px-md mx-auto">
<div class="main-container flex gap-md w-full flex-wrap xs:flex-nowrap">
<main class="main w-full flex-grid--main-container-card right-sidebar-xs" id="main-content">
<shreddit-post permalink="{perma}" content-href="https://www.reddit.com{perma}" comment-count="{n}" score="{score}" author="{escape(thread.author)}" author-id="t2_{_hex(thread.author, n=8)}" id="t3_{post36}" post-title="{escape(thread.title)}" post-type="text" created-timestamp="{thread.published:%Y-%m-%dT%H:%M:%S}.000000+0000" subreddit-id="t5_{_hex(sub, n=6)}" subreddit-prefixed-name="r/{sub}" subreddit-name="{sub}" domain="self.{sub}" view-context="CommentsPage" vote-type="" user-id="" class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-neutral-background">
<div slot="credit-bar" class="flex justify-between text-12 w-100 pb-2xs"><span class="flex items-center gap-2xs"><faceplate-hovercard position="bottom-start" label="r/{sub}"><a href="/r/{sub}/" class="flex items-center text-neutral-content font-bold a">r/{sub}</a></faceplate-hovercard><span class="inline-block my-0 created-separator text-neutral-content-weak">•</span><span class="whitespace-nowrap text-neutral-content-weak">{timeago(thread.published, False)}</span></span>
<span slot="authorName" class="flex items-center"><faceplate-hovercard position="bottom-start" label="{escape(thread.author)}"><a href="/user/{quote(thread.author)}/" class="author-name whitespace-nowrap text-neutral-content visited:text-neutral-content-weak a no-visited">{escape(thread.author)}</a></faceplate-hovercard></span></div>
<h1 slot="title" id="post-title-t3_{post36}" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0 xs:mb-md">{escape(thread.title)}</h1>
<div slot="post-flair" class="flex items-center"><shreddit-post-flair><a href="/r/{sub}/?f=flair_name%3A%22{_slug(_wl(ui, 'sections')[1])}%22" class="no-decoration"><span class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal align-text-bottom box-border px-[6px] rounded-[20px] leading-4 relative top-[-0.25rem] xs:top-[-2px] my-2xs xs:mb-sm py-0 flair-content">{escape(_wl(ui, 'sections')[1])}</span></a></shreddit-post-flair></div>
<div slot="text-body" class="mb-sm mb-xs px-md xs:px-0 overflow-hidden"><div class="md text-14" id="t3_{post36}-post-rtjson-content" style="--emote-size: 20px">{body_html}</div></div>
<span slot="upvote-count"><faceplate-number pretty="" number="{score}">{score}</faceplate-number></span>
<span slot="comment-count"><faceplate-number pretty="" number="{n}">{n}</faceplate-number></span>
<button slot="share-button" class="button border-md button-secondary" type="button">{escape(ui.share)}</button>
</shreddit-post>
<div class="flex items-center justify-between my-sm"><shreddit-sort-dropdown sort-event="comments_sort" header-text="{escape(sorts[0])}" telemetry-source="comments_sort_dropdown"><span slot="dropdown-label" class="text-12 text-neutral-content-weak">{escape(sorts[0])} {escape(sorts[1])}</span>
{''.join(f'<div slot="dropdown-items"><li role="presentation" class="list-none"><a href="{perma}?sort={["confidence", "top", "new", "controversial", "old", "qa"][k]}" class="flex items-center px-md py-sm"><span class="text-14">{escape(x)}</span></a></li></div>' for k, x in enumerate(sorts[1:]))}</shreddit-sort-dropdown>
<faceplate-search-input name="q" placeholder="{escape(_w(ui, 'rd_search_comments'))}" label="{escape(_w(ui, 'rd_search_comments'))}"></faceplate-search-input></div>
<comment-body-header><faceplate-textarea-input name="comment" placeholder="{escape(_w(ui, 'rd_add'))}" label="{escape(_w(ui, 'rd_add'))}" readonly=""></faceplate-textarea-input></comment-body-header>
<shreddit-comment-tree id="comment-tree" post-id="t3_{post36}" totalcomments="{n}" sort="confidence" class="block" depth="0" initiallyhidden="false" pagetype="post_detail">
{''.join(comment(i) for i in best(kids.get(None, [])))}
</shreddit-comment-tree>
</main>
<div id="right-sidebar-container" class="right-sidebar-container"><aside aria-label="r/{sub}" class="w-full"><div class="bg-neutral-background-weak rounded-[16px] px-md py-sm">
<div class="flex items-center justify-between"><h2 class="text-16 font-bold m-0">r/{sub}</h2><shreddit-join-button subreddit-name="{sub}" name="t5_{_hex(sub, n=6)}"><button class="button button-primary button-small">{escape(_w(ui, 'rd_join'))}</button></shreddit-join-button></div>
<p class="text-14 text-neutral-content">{escape(thread.site)}</p>
<div class="flex gap-md text-12 text-neutral-content-weak"><span><faceplate-icon icon-name="cake-outline"></faceplate-icon>{escape(_w(ui, 'rd_created', d=ui.date(created, 'short') + ' ' + str(created.year)))}</span><span>{escape(_w(ui, 'rd_public'))}</span></div>
<div class="flex gap-lg py-sm"><div><div class="text-16 font-bold"><faceplate-number pretty="" number="{3000 + _h(sub) % 90_000}">{_compact(ui, 3000 + _h(sub) % 90_000)}</faceplate-number></div><div class="text-12 text-neutral-content-weak">{escape(_w(ui, 'rd_members'))}</div></div>
<div><div class="text-16 font-bold"><faceplate-number pretty="" number="{40 + _h(sub) % 300}">{40 + _h(sub) % 300}</faceplate-number></div><div class="text-12 text-neutral-content-weak">{escape(_w(ui, 'rd_online'))}</div></div></div>
<hr class="border-neutral-border-weak"><h2 class="text-12 uppercase text-neutral-content-weak">{escape(rules[0])}</h2><ol class="list-none p-0 m-0">{rule_items}</ol>
<hr class="border-neutral-border-weak"><h2 class="text-12 uppercase text-neutral-content-weak">{escape(_w(ui, 'rd_more_posts'))}</h2><ul class="list-none p-0 m-0">{more}</ul></div></aside></div>
</div></div></div>
</shreddit-app>"""
    ld = _ld({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": thread.title,
              "author": {"@type": "Person", "name": thread.author, "url": f"https://www.reddit.com/user/{quote(thread.author)}/"},
              "datePublished": iso(thread.published, ".000Z"), "url": f"https://www.reddit.com{perma}", "commentCount": n,
              "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction",
                                        "userInteractionCount": score}]})
    head = f"""<meta name="robots" content="noindex, nofollow">
<meta property="og:site_name" content="Reddit">
<meta property="og:title" content="{escape(thread.title)} : r/{sub}">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.reddit.com{perma}">
<meta property="og:description" content="{escape(thread.article[0][:160])}">
<link rel="canonical" href="https://www.reddit.com{perma}">
{ld}"""
    return _doc(thread.lang, f"{thread.title} : r/{sub}", head, body,
                html_attrs=' class="theme-beta"', body_attrs=' class="v2 m-0 theme-beta"')


LAYOUTS: dict[str, Callable[[Thread, UI], str]] = {
    "social-stackexchange": stackexchange,
    "social-youtube": youtube,
    "social-habr": habr,
    "social-reddit-new": reddit_new,
}
