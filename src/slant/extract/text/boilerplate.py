"""Chrome-line detection for pages scraped to plain text.

A scraped page mixes the article with site chrome: donation widgets, share
buttons, gallery captions, footer links, and the controls of the comment system
(wpDiscuz, Disqus, WordPress, Facebook comments). None of that is the author's
text, so extraction must drop it. The rules here look only at one line at a
time and use vocabulary common to many sites and comment systems, never the
strings of one page; structure (position, repetition) is judged in `page.py`; date lines are
parsed in `slant.extract.dates`.

Three kinds of chrome matter to the comment segmenter, so they are told apart:

* `THREAD` lines announce a comment section ("12 Comments", "Notify of",
  "Leave a Reply"): the article ends before the first of them.
* `SEPARATOR` lines close one comment ("Reply", "Reply · Share ›",
  "Like · Reply · 3y", "Log in to reply", vote counts): the next text starts a
  new comment.
* `TIMESTAMP` lines date or badge a comment ("5 years ago", "Top fan", "March 3,
  2021 at 4:15 pm").
* `LINKLIST` lines head a list of links ('Related articles', 'Also on X'): the
  short lines below them are links, not text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from slant.extract.dates import (
    DAY_WORD_RE,
    LINE_CACHE,
    MONTH_RE,
    RELATIVE_RE,
    TIME_RE,
    WEEKDAY_RE,
    parse_date_line,
)

THREAD = "thread"
LINKLIST = "linklist"
SEPARATOR = "separator"
TIMESTAMP = "timestamp"
CHROME = "chrome"

#: Longest line that chrome rules look at; longer lines are prose.
MAX_CHROME_LEN = 90

#: Comment-section headers per language other than English ('12 Kommentare', 'Réagir', 'Комментарии (5)').
THREAD_WORDS: dict[str, str] = {
    "de": r"(?:\d[\d.]*k? )?(?:leser)?kommentare?|(?:einen )?kommentar (?:schreiben|verfassen|abgeben)|ihr kommentar(?: zu diesem artikel)?"
    r"|diskutieren sie mit|leserbriefe|noch keine kommentare|kommentare (?:anzeigen|einblenden|ausblenden)",
    "fr": r"(?:\d[\d\s]*|aucun )?(?:commentaires?|réactions?)|réagir|laisser un commentaire|(?:ajouter|écrire|poster) un commentaire"
    r"|votre (?:commentaire|réaction)|les commentaires sont fermés\.?",
    "es": r"(?:\d[\d.]* )?(?:comentarios?|respuestas)|deja (?:un|tu) comentario|(?:escribe|añade|agrega) (?:un|tu) comentario"
    r"|tu comentario",
    "it": r"(?:\d+ )?(?:commenti|commento)|lascia un commento|(?:scrivi|aggiungi) un commento|il tuo commento",
    "pt": r"(?:\d+ )?(?:comentários?)|deixe (?:um|seu) comentário|(?:escreva|adicione) um comentário|seu comentário",
    "ru": r"(?:\d+ )?(?:комментари(?:и|ев|й|я))(?: \(\d+\))?|(?:оставить|добавить|написать) комментарий|ваш комментарий"
    r"|комментарии читателей|комментариев нет",
    "pl": r"(?:\d+ )?(?:komentarz(?:e|y)?)|(?:dodaj|napisz) komentarz|twój komentarz",
}

# Comment-section headers and controls of common comment systems.
_THREAD_PATTERNS = [
    *THREAD_WORDS.values(),
    r"notify of",
    r"(?:oldest|newest|most voted|most recent|top|best|popular)(?: (?:oldest|newest|most voted|most recent|top|best|popular))+",
    r"inline feedbacks?",
    r"view all comments",
    r"(?:\d[\d,.]*k? |no |one |two |three )?(?:comments?|responses?|replies|thoughts on .*)",
    r"comments? \(\d+\)",
    # a conversation counted in its header ('Conversation (647)'); without a count the word is too common
    r"(?:conversations?|conversación|conversazione|conversa|unterhaltung|беседа)(?=\s*[(\[]\s*\d)",
    r"leave a (?:reply|comment|response)(?: cancel reply)?",
    r"(?:add|post|write|submit) (?:a |your )?comment(?:\.\.\.|…)?",
    r"join the (?:discussion|conversation)",
    r"start the discussion(?:\.\.\.|…)?",
    r"reader comments|readers' comments|user comments",
    r"all comments|newest first|oldest first",
    r"readers respond|readers'? (?:letters|views|responses)|your (?:letters|views|comments)|letters to the editor|have your say",
    r"facebook comments(?: plugin)?",
    r"sign in to comment|log in to comment",
    r"powered by disqus|disqus|comments powered by disqus",
    r"show comments|hide comments|load comments|subscribe to comments",
    r"be the first to comment\.?",
    r"you must be logged in to post a comment\.?",
    r"comments? (?:are|is) (?:closed|moderated.*)|comments are subject to moderation.*",
    r"(?:sign|log) in or (?:create|register|sign up).{0,60}|sign in to join the discussion\.?",
    r"sort by:? (?:best|top|new|newest|oldest|old|controversial|q&a|relevance|most liked)",
    r"show \d+ comments?|view discussion",
    r"discuss(?:ion)? (?:this|the) (?:article|story|post)|comment on (?:this|the) (?:article|story|post)",
]
#: A thread header may carry its count after the words ('Reader comments (5)', 'Comments: 12').
_COUNT_TAIL = r"(?:\s*[(\[]\s*\d[\d,.]*k?\s*[)\]]|\s*:?\s+\d[\d,.]*k?)?"
# Comment-section controls that also occur elsewhere ('Subscribe', 'Discussion'):
# they head a thread only next to one of the patterns above.
_WEAK_THREAD_PATTERNS = [
    r"discussion|diskussion|обсуждение|dyskusja|discusión|sort by(?: \w+)*|most relevant|recommend|\d+ (?:people )?recommend",
    r"log in with(?: \w+)*|or sign up with(?: \w+)*|what do you think\??|subscribe",
    r"oldest|newest|threads|threaded|unthreaded|collapsed|expanded|flat view|most liked",
]
#: Comment controls per language (reply, like, report, share, quote, edit, delete, link): a line
#: made of them closes one comment and opens the next.
CONTROL_WORDS: dict[str, str] = {
    "en": r"like|reply|share|report|flag|edit|delete|hide|see translation|more|upvote|downvote"
    r"|permalink|collapse|expand|quote|link",
    "de": r"antworten|antwort|melden|zitieren|teilen|gefällt mir|bearbeiten|löschen|empfehlen|verbergen|direktlink",
    "fr": r"répondre|repondre|signaler|partager|citer|j'aime|j’aime|modifier|supprimer|lien permanent|masquer",
    "es": r"responder|denunciar|reportar|compartir|citar|me gusta|editar|eliminar|borrar|enlace permanente|ocultar",
    "it": r"rispondi|segnala|condividi|cita|mi piace|modifica|elimina|nascondi",
    "pt": r"responder|denunciar|compartilhar|partilhar|curtir|gosto|citar|editar|excluir",
    "ru": r"ответить|ответ|пожаловаться|поделиться|цитировать|цитата|нравится|редактировать|удалить|ссылка|скрыть",
    "pl": r"odpowiedz|zgłoś|udostępnij|cytuj|lubię to|edytuj|usuń",
    "nl": r"reageren|beantwoorden|antwoorden|melden|delen|citeren",
}
#: 'Reply to this comment' in each language of `CONTROL_WORDS`.
REPLY_TO_PHRASES: dict[str, str] = {
    "en": r"reply(?: to [\w .'-]{1,40})?",
    "de": r"(?:auf (?:diesen|den) (?:kommentar|beitrag) )?antworten|antwort an [\w .'-]{1,40}|antworten auf [\w .'-]{1,40}",
    "fr": r"répondre(?: à (?:ce (?:message|commentaire)|[\w .'-]{1,40}))?",
    "es": r"responder(?: a (?:este comentario|[\w .'-]{1,40}))?",
    "it": r"rispondi(?: a [\w .'-]{1,40})?",
    "pt": r"responder(?: a [\w .'-]{1,40})?",
    "ru": r"ответить(?: на (?:комментарий|сообщение))?(?: [\w .'-]{1,40})?",
    "pl": r"odpowiedz(?: na (?:komentarz|[\w .'-]{1,40}))?",
}
_CONTROL = r"(?:" + "|".join(CONTROL_WORDS.values()) + r")"
_AGE = r"(?:\d+ ?[smhdwy]|\d+ ?(?:min|mins|hours?|days?|weeks?|months?|years?)(?: ago)?)"
_SEPARATOR_PATTERNS = [
    *REPLY_TO_PHRASES.values(),
    rf"{_CONTROL}(?: ?›)?(?:\s*[·•|]?\s*{_CONTROL}(?: ?›)?)*(?:\s*[·•|]?\s*{_AGE})?",
    r"log ?in to reply|sign in to reply|login to reply",
    # a control and what it acts on ('Report post', 'Link to post', 'Quote this message', 'Beitrag melden')
    rf"{_CONTROL}(?: (?:to|this))? (?:post|comment|message|reply|topic)|(?:beitrag|kommentar) {_CONTROL}",
    r"[+-]?\d{1,5}",
    r"#?\d{1,4}[.)]",  # a numbered comment slot ('1.', '2)')
    r"[+-]?\d{1,5} ?(?:likes?|votes?|points?|replies|reply|upvotes?|downvotes?|reactions?)",
    # a control with its count after it ('Recommend 112', 'Likes 4', 'Replies (3)')
    r"(?:recommend(?:ed|s)?|likes?|votes?|points?|replies|upvotes?|downvotes?|reactions?|helpful|agree|disagree|respect)"
    r"\s*[:(]?\s*[+-]?\d[\d,.]*k?\)?",
    r"(?:view|show|load|see) (?:\d+ |all |more |previous )*(?:more )?(?:replies|reply|comments?)",
    # the same in other languages ('Voir les 2 réponses', '3 Antworten anzeigen', 'Показать 2 ответа')
    r"(?:voir|afficher) (?:les |la )?\d+ réponses?|\d+ (?:antworten|réponses?|respuestas?|ответ\w*)(?: anzeigen)?"
    r"|(?:ver|mostrar) (?:las )?\d+ respuestas?|показать (?:ещё )?\d+ ответ\w*",
    # a topic's reply and view counts in a list of threads ('Réponses: 2', 'Aufrufe: 1.024', 'Ответов: 4')
    r"(?:replies|views|réponses|vues|affichages|antworten|aufrufe|zugriffe|respuestas|vistas|risposte|visite|"
    r"respostas|visualizações|ответов|ответы|просмотров|просмотры)\s*:\s*\d[\d., ]*",
    # any language's control with its count ('J'aime 2', 'Gefällt mir 3', 'Нравится 5')
    rf"{_CONTROL}\s*[:(]?\s*[+-]?\d[\d,.]*k?\)?",
    r"hide replies|show more|read more|see more|load more",
    # the same toggles in other languages ('Mehr anzeigen', '2 Antworten ausblenden', 'Voir moins', 'Ocultar respuestas')
    r"(?:mehr|weniger) anzeigen|weiterlesen|(?:afficher|voir) (?:plus|moins)|lire la suite|(?:mostrar|ver) (?:más|menos)|leer más"
    r"|(?:показать|читать) (?:больше|меньше|далее|полностью)|свернуть",
    r"(?:\d+ )?(?:antwort(?:en)?|réponses?|respuestas?|ответ\w*) (?:ansehen|anzeigen|ausblenden|masquer|afficher|voir|ocultar|ver|mostrar"
    r"|скрыть|показать)|(?:afficher|voir|masquer|ocultar|ver|mostrar|скрыть|показать) (?:la |las |les |\d+ )*(?:réponses?|respuestas?|ответ\w*)",
    # a post's reaction summary ('ann and 7 others like this.', 'jonas_w und 7 anderen gefällt das.',
    # 'anne_l et 2 autres aiment ça.'): a count of others, never a reader's own 'I like this'
    r".{1,60} (?:and \d+ others? like|und \d+ (?:anderen|weiteren) gefällt|et \d+ autres? aiment|y \d+ (?:personas |otros )?más"
    r" les? gusta|и ещё \d+(?: \w+)? нравится) (?:this|das|ça|cela|esto|это)\.?",
    r"[▲▼↑↓△▽⬆⬇+\-\d ]*[▲▼↑↓△▽⬆⬇][▲▼↑↓△▽⬆⬇+\-\d ]*",
    r"(?:\d+ )?(?:likes?|thumbs up|thumbs down)",
    r"this comment (?:was|has been) (?:deleted|removed)(?: by .*)?\.?",
    r"continue this thread|more replies|\d+ more repl(?:y|ies)|load more replies|(?:view|show) more",
    r"(?:reply|quote|report|share|save|give award|multi-?quote|like|permalink)(?: (?:reply|quote|report|share|save|give award|multi-?quote|like|permalink))+",
]
#: The edit mark a header prints beside its date, in the languages read ('3 hours ago (edited)').
EDIT_MARK_WORDS = r"edited|bearbeitet|modifié|editado|изменено"
_TIMESTAMP_PATTERNS = [
    rf"(?:top|most active|rising) (?:fan|commenter|contributor)s?|author|moderator|verified|{EDIT_MARK_WORDS}|отредактировано",
    # forum and aggregator badges between a name and its text
    r"level \d{1,2}|#\d{1,5}|(?:senior |junior |new |full |active |veteran |registered |premium |gold )?(?:member|user|poster)"
    r"|staff(?: writer)?|admin(?:istrator)?|mod|op|original poster|subscriber|supporter",
    r"(?:joined|member since|registered|posts|messages|reputation|karma|likes received|location"
    r"|registriert|dabei seit|mitglied seit|beiträge|wohnort|inscrit(?: le)?|inscription|localisation"
    r"|registrado|miembro desde|mensajes|ubicación|iscritto|messaggi|registrado em|mensagens"
    r"|date d['’]inscription|fecha de registro|fecha de ingreso|registriert seit|дата регистрации|сообщений|регистрация)(?![^\W\d_])\s*:?\s*[\w,.][\w ,.:/\u00a0\u202f'-]{0,27}",
    r"[+-]?\d[\d,.]*k? (?:points?|votes?|likes?)(?: [·•|] .{1,30})?",
    r"(?:edited )?(?:a|an|one|\d+) (?:second|minute|min|hour|day|week|month|year)s? ago(?: \(?edited\)?)?",
    r"\d+ ?[smhdwy]",
    r"just now|yesterday|today",
    # relative ages and day words in the languages of `slant.extract.dates` ('vor 3 Stunden', 'hier à 10h')
    # an age with its edit mark, as YouTube prints it ('3 hours ago (edited)', 'vor 2 Stunden (bearbeitet)')
    rf"(?:edited |bearbeitet |modifié )?{RELATIVE_RE}(?: \(?(?:{EDIT_MARK_WORDS})\)?)?",
    rf"{DAY_WORD_RE}(?:,? (?:[-–] )?{TIME_RE})?",
    rf"{MONTH_RE} \d{{1,2}},? \d{{4}}(?:,? {TIME_RE})?",
    # dates without a year, as threads print recent comments ('7 Feb at 19:05', 'Jan 5', 'Yesterday at 9:14')
    rf"(?:{WEEKDAY_RE},? )?(?:{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? {MONTH_RE})(?:,? {TIME_RE})?",
    rf"(?:yesterday|today|{WEEKDAY_RE}),? {TIME_RE}",
    rf"\d{{1,2}} {MONTH_RE},? \d{{4}}(?:,? {TIME_RE})?",
    # day-first dates with a weekday, a period or 'de' ('Di, 21. April 2020 - 16:40', '12 de marzo de 2024')
    rf"(?:{WEEKDAY_RE},? )?\d{{1,2}}(?:\.|er)? (?:de )?{MONTH_RE},? (?:de )?\d{{4}}(?: г\.?| года)?(?:,? (?:[-–] )?{TIME_RE})?",
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:[ t]{TIME_RE})?",
    rf"\d{{1,2}}-{MONTH_RE}-\d{{2,4}}(?:,? {TIME_RE})?",
    rf"\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}(?:,? {TIME_RE})?",
    rf"{TIME_RE}",
    # the time first ('9:00am On Apr 24', '10:15 le 3 mai 2024', '19:05, 7 Feb')
    rf"{TIME_RE},? (?:(?:on|am|le|el|il|em) )?(?:{WEEKDAY_RE},? )?"
    rf"(?:{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{1,2}}(?:\.|st|nd|rd|th)? (?:de )?{MONTH_RE}(?:,? (?:de )?\d{{4}})?"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})",
]
# Headers of link lists ('Related articles'): the short lines under them are links.
_LINKLIST_PATTERNS = [
    r"related(?: posts| articles| stories| news| content| links| coverage)?",
    r"(?:more|latest|top|popular|trending|recommended) (?:news|stories|articles|posts|reads)(?: .{0,30})?",
    r"you (?:may|might) (?:also )?like|recommended(?: for you)?|popular|trending(?: now)?|most read|most popular",
    r"explore more(?: on)?(?: these| this)? (?:topics?|stories|subjects?)|more on (?:this|the) (?:topic|story|subject)|in other news|latest(?: news)?|also on .{1,40}|more (?:from|in) .{1,40}|read next|what to read next|further reading",
    r"share this(?: article| story| post| page)?|share (?:this )?on",
    # the same headings in other languages ('Ähnliche Artikel', 'À lire aussi', 'Relacionados', 'Читайте также')
    r"ähnlich(?:e (?:artikel|beiträge|videos|themen))?|verwandte (?:artikel|themen|beiträge)|mehr zum thema|das könnte (?:sie|dich) auch interessieren"
    r"|similaires|(?:articles|vidéos) similaires|à lire aussi|lire aussi|sur le même sujet|vous aimerez aussi"
    r"|relacionad[oa]s|(?:artículos|noticias|vídeos) relacionad[oa]s|te puede interesar|también te puede interesar"
    r"|похожие(?: видео| статьи| материалы)?|читайте также|по теме|рекомендуем",
]
#: Appeals that name the site, per language ('Support X', 'Unterstützen Sie X', 'Soutenez X').
APPEAL_WORDS: dict[str, str] = {
    "en": r"support|donate to|contribute to",
    "de": r"unterstützen sie|unterstütze|spenden sie an",
    "fr": r"soutenez|soutenir|faites un don à",
    "es": r"apoya a|apoye a|apoya|dona a",
    "it": r"sostieni|sostenete",
    "pt": r"apoie|apoia",
    "ru": r"поддержите|поддержать",
    "pl": r"wesprzyj|wspieraj",
}
# Site chrome outside the thread: donation widgets, sharing, gallery, footer.
_CHROME_PATTERNS = [
    # several counts in a row under a post ('506 Likes 41 Shares', '3 replies 12 likes')
    r"(?:\d[\d,.]*k? (?:points?|votes?|likes?|shares?|repl(?:y|ies)|reactions?|comments?|views?) ?){2,4}",
    rf"(?:{'|'.join(APPEAL_WORDS.values())}) [\w.'’&-]+(?: [\w.'’&-]+){{0,3}}!?",
    r"donate(?: now)?|make a donation|become a (?:patron|member|supporter)|support us|support our work",
    r"click (?:here )?to (?:see|view|enlarge|open|watch|download|play)(?: .{0,40})?",
    r"\[(?:embedded content|video|audio|image|gallery|photo|caption|tweet)[^\]]{0,40}\]",
    r"(?:photo|image|picture|video|map|gallery|credit|credits|photo credit|image source)s?\s*[:|©].{0,70}",
    r"(?:photo|image|picture|slide|pic|video)s?\s*(?:no\.?\s*)?\d{1,3}\s*(?:of|/|из|з)\s*\d{1,3}(?:\s*[:|·•–—-].{0,70})?",
    r"share(?: this)?(?: article| story| post| page)?(?: (?:on|via|to) [\w/ ,&+.-]{1,40})?:?|tweet|print|email|x|e-mail|whatsapp|telegram|pin it|pinterest|facebook|twitter|linkedin|reddit|vk|copy link",
    # unrendered template tags of a script-built widget ('{* backButton *}', '{{ user.name }}')
    r"(?:\{[*{%#][^{}]{0,80}[*}%#]\}[ ,]*)+",
    # a row of share buttons, spaced or glued by the scraper ('FacebookTwitterPinterestEmail')
    r"(?:(?:facebook|twitter|pinterest|e-?mail|linkedin|reddit|whatsapp|telegram|tumblr|flipboard|mix|vk|print|"
    r"share|tweet|pin it|messenger|pocket|copy link)[ ,|·•]*){2,}",
    r"related(?: \w+)?:.*|read (?:more|also|next)(?:: .*)?|see also:?.*",
    r"advertisement|sponsored(?: content)?|ad",
    r"embedded (?:content|post|tweet|video|media|image)",
    r"(?:tags?|filed under|categories|category|topics?)\s*:.*",
    r"(?:©|\(c\)|copyright).*|all rights reserved\.?",
    r"(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|skip to (?:main )?content|menu|home|search|log ?in|sign ?up|sign in|register|newsletter|subscribe to (?:our )?newsletter)(?: [|·•] .{0,60})?",
    r"would love your thoughts,? please comment\.?x?",
    r".{0,40}please comment\.?x?",
    r"we use cookies.*|this (?:site|website) uses cookies.*|accept(?: all)? cookies",
    r"(?:previous|next) (?:post|article|story)\s*:?.{0,60}",
    r"loading(?:\.\.\.|…)?",
    r"[-=_*•·|~#]{2,}",
    r"\d{1,3} min(?:ute)?s? read|(?:last )?(?:updated|published|posted|modified)\b.{0,60}\d.{0,30}",
    # a dated edit note under a post ('Last edited by a moderator: Dec 25, 2019', 'Zuletzt bearbeitet: 12.03.2020')
    r"(?:(?:last|post|message) )?edited(?: by .{1,40}?)?\s*[:;]?\s.{0,40}\d.{0,30}"
    r"|zuletzt (?:bearbeitet|geändert)(?: von .{1,40}?)?\s*[:;]?\s.{0,40}\d.{0,30}"
    r"|(?:dernière )?modification(?: par .{1,40}?)?\s*[:;]?\s.{0,40}\d.{0,30}"
    r"|(?:última )?(?:edición|modificación)(?: por .{1,40}?)?\s*[:;]?\s.{0,40}\d.{0,30}"
    r"|(?:последн\w+ (?:раз )?)?(?:редактирова\w+|изменено)(?: .{1,40}?)?\s*[:;]?\s.{0,40}\d.{0,30}",
    r"we value your privacy|cookie (?:settings|preferences|policy)|manage (?:preferences|cookies|consent|settings)"
    r"|(?:accept|reject|allow) (?:all|cookies|all cookies)",
    r"(?:comment|name|e-?mail|website|url|password)\s*(?:\(required\))?\s*\*?|(?:post|submit|send) (?:comment|reply)",
    r"(?:proudly )?powered by .{1,40}|loading comments.*|trouble loading\??|(?:forum|community|house) rules|about community|rules",
    r"you must be (?:logged in|signed in|registered) to .{1,60}",
]
# Chrome lines too long for MAX_CHROME_LEN: cookie notices and comment-form notes.
_LONG_CHROME_PATTERNS = [
    r".{0,80}\b(?:we|this (?:site|website)|our partners)\b.{0,80}\bcookies?\b.{0,200}",
    r"your email address will not be published.*|required fields are marked.*",
    r"(?:this discussion|this thread|comments?) (?:is|are|has been|have been) (?:now )?closed\b.*",
    r"save my name,? e-?mail.*|notify me of (?:follow-up comments|new posts).*",
    r"[^.]{2,40} is (?:a|an|the) (?:[\w-]+ ){0,3}(?:columnist|correspondent|reporter|editor|writer|contributor|journalist|author)\b.{0,120}",
    # notes that describe the thread rather than belong to it ('Comments are moderated', 'Letters may be edited')
    r"(?:all |your |reader |readers'? )?(?:comments?|letters?|posts?|replies|submissions|contributions|messages)"
    r"(?: [\w'’-]+){0,3} (?:are|is|will be|may be|can be|might be|must be|are being|have to be)"
    r" (?:\w+ )?(?:moderated|pre-moderated|edited|reviewed|checked|shortened|removed|deleted|published|approved|subject to|held)\b.{0,200}",
    r"we (?:reserve the right|may edit|may shorten|moderate|review|edit|read) .{0,200}",
    r"(?:please )?(?:write|e-?mail|send (?:us )?(?:your )?(?:letters?|comments?|views|thoughts)?)\s*(?:to|us at|at)\s*:?\s*\S+@\S+.{0,80}",
    r"please (?:keep|be|stay|remain) (?:it |your comments? |comments |the (?:discussion|debate) )?(?:civil|respectful|polite|on topic|courteous|kind)\b.{0,120}",
    r"(?:read |see |please read )?(?:our |the )?(?:community|comment|commenting|moderation|house) (?:guidelines|rules|policy|standards)\b.{0,120}",
]
# Appeals for money or subscriptions, which a reader rarely writes: chrome only outside the thread.
_SITE_LONG_CHROME_PATTERNS = [
    # an imperative appeal, after at most a short lead-in ('Like this article? Chip in to keep X independent.')
    r"(?:[^.?!]{0,40}[.?!]\s+)?(?:please |now |today |)(?:chip in|donate|give|support|help|contribute|pledge|back"
    r"|become a (?:patron|member|supporter|subscriber)|subscribe)\b.{0,80}"
    r"\b(?:independent|independence|journalism|reporting|going|alive|afloat|free|running|work|ad-free|mission|online|truth)\b.{0,80}",
    r"(?:like|liked|enjoy|enjoyed|value|found|appreciate) (?:this|our|the) (?:article|story|post|reporting|work|journalism|site|content)\b.{0,40}",
]
# Site chrome that a reader could also write as a one-line comment ('Follow the
# money', 'By the way'): chrome only outside the comment thread.
_SITE_CHROME_PATTERNS = [
    r"(?:subscribe to|follow|help) [\w.'’&-]+(?: [\w.'’&-]+){0,3}!?",
    r"key (?:points|facts|takeaways)|in brief|at a glance|highlights|summary|tl;?dr",
    r"(?:by|written by|posted by|author|words by|report by|reporting by)(?:\s*:\s*|\s+)[\w.'’ -]{2,40}(?:\s*[|,·•–—]\s*.{0,40})?",
    r"video|audio|gallery|photos?|watch|listen|play|infographic|interactive",
    r"sign up(?: for| to)? .{0,40}|your email(?: address)?|enter your email.*|e-?mail address",
    r"(?:[\w.'’-]+ ){0,3}?(?:[\w.'’-]+,? )?(?:[\w-]+ ){0,2}(?:reporter|correspondent|editor|columnist|writer|contributor)s?(?: (?:in|at|for) [\w ]{2,30})?",
    r"accept|got it|i agree|ok",  # cookie-banner buttons; a reader may write 'I agree'
]
_CURRENCY = (
    r"(?:[$€£¥₽₹₴₺₸₩₪₦]|zł|kč|kr|chf|usd|eur|gbp|rub|uah|pln|sek|nok|dkk|czk|huf|try|inr|cad|aud|btc|eth"
    r"|руб\.?|грн\.?|р\.|ft|lei|лв\.?)"
)
_AMOUNT_RE = re.compile(
    rf"^(?:{_CURRENCY}\s*\d[\d,. ]*(?:k|m)?|\d[\d,. ]*(?:k|m)?\s*{_CURRENCY})"
    rf"(?:\s*(?:/|per)\s*(?:month|mo|year|yr))?$",
    re.IGNORECASE,
)


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")$", re.IGNORECASE)


_THREAD_RE = re.compile(
    r"^(?:" + "|".join(f"(?:{p})" for p in _THREAD_PATTERNS) + rf"){_COUNT_TAIL}$", re.IGNORECASE
)
_SITE_LONG_CHROME_RE = _compile(_SITE_LONG_CHROME_PATTERNS)
_WEAK_THREAD_RE = _compile(_WEAK_THREAD_PATTERNS)
_SEPARATOR_RE = _compile(_SEPARATOR_PATTERNS)
_TIMESTAMP_RE = _compile(_TIMESTAMP_PATTERNS)
_CHROME_RE = _compile(_CHROME_PATTERNS)
_SITE_CHROME_RE = _compile(_SITE_CHROME_PATTERNS)
_LINKLIST_RE = _compile(_LINKLIST_PATTERNS)
_LONG_CHROME_RE = _compile(_LONG_CHROME_PATTERNS)
_TRIM = " \t\u00a0›»«•·|>-–—:▸▶►"


def normalize(line: str) -> str:
    """Lower-cased line with collapsed spaces and decoration trimmed from both ends."""
    text = re.sub(r"\s+", " ", line.replace("\u200b", "")).strip()
    text = re.sub(r"(?:\.\.\.|…)$", "", text)
    return text.strip(_TRIM).lower()


@lru_cache(maxsize=LINE_CACHE)
def chrome_kind(line: str, in_thread: bool = False) -> str | None:
    """THREAD, SEPARATOR, TIMESTAMP, LINKLIST or CHROME when the line is chrome, else None.

    `in_thread` leaves out the site-chrome rules that would also match short
    reader comments (bylines, 'Follow X', navigation-like lists).
    """
    raw = line.strip()
    if not raw:
        return None
    kind = _single_chrome_kind(raw, in_thread)
    if kind is None and len(raw) <= 300:
        # a line of several short chrome sentences ('Have your say. Comments are moderated.')
        parts = [p for p in re.split(r"(?<=[.!?])\s+", raw) if p.strip()]
        if len(parts) >= 2:
            kinds = [_single_chrome_kind(p.rstrip(".!?"), in_thread) for p in parts]
            if all(kinds):
                return THREAD if THREAD in kinds else CHROME
    return kind


def _single_chrome_kind(raw: str, in_thread: bool) -> str | None:
    """`chrome_kind` of one line or sentence, without the sentence split."""
    if len(raw) > MAX_CHROME_LEN:
        if len(raw) > 400:
            return None
        long_text = normalize(raw)
        if _LONG_CHROME_RE.match(long_text) or (not in_thread and _SITE_LONG_CHROME_RE.match(long_text)):
            return CHROME
        return None
    text = normalize(raw)
    if not text:
        return CHROME  # only decoration characters
    if _THREAD_RE.match(text) or _WEAK_THREAD_RE.match(text):
        return THREAD
    if _TIMESTAMP_RE.match(text) or _is_full_date(raw) or _is_numbered_date(raw):
        return TIMESTAMP
    if _SEPARATOR_RE.match(text) or _is_control_row(text):
        return SEPARATOR
    if _LINKLIST_RE.match(text):
        return LINKLIST
    if _AMOUNT_RE.match(text) or _CHROME_RE.match(text) or _LONG_CHROME_RE.match(text):
        return CHROME
    if not in_thread and (_SITE_CHROME_RE.match(text) or _SITE_LONG_CHROME_RE.match(text) or _is_menu(raw)):
        return CHROME
    return None


_CREDIT_RE = re.compile(
    r"[(\[](?:photo|image|picture|pic|foto|credit|illustration)s?\b[^)\]]{0,80}[)\]]\s*$"
    r"|(?:^|\s)(?:photo|photograph|image|picture|foto|credit|illustration)s?\s*(?::|by)\s*[^.]{2,60}$"
    r"|\s©\s*[^.]{2,60}$"
    r"|[(\[](?:getty(?: images)?|reuters|ap|afp|epa|pa|anadolu|shutterstock|alamy|istock)\b[^)\]]{0,40}[)\]]\s*$",
    re.IGNORECASE,
)


def is_caption(line: str) -> bool:
    """A picture caption: a short line ending in a photo credit ('... (Photo: Reuters)')."""
    text = line.strip()
    return len(text) <= 200 and bool(_CREDIT_RE.search(text))


_CONTROL_WORD_RE = re.compile(rf"^(?:{_CONTROL})$|^(?:save|give award|edited|reply all|see more)$", re.IGNORECASE)
_COUNT_OR_AGE_RE = re.compile(
    rf"^(?:[+-]?\d[\d,.]*k?(?: (?:points?|votes?|likes?|replies|reactions?))?|{_AGE}|[▲▼↑↓△▽⬆⬇])$", re.IGNORECASE
)


def _is_control_row(text: str) -> bool:
    """A row of comment controls with counts and ages ('Like · Reply · 14 · 2y · Edited')."""
    items = [item for item in re.split(r"\s*[·•|]\s*", text) if item]
    if len(items) < 2:
        return False
    controls = sum(1 for item in items if _CONTROL_WORD_RE.match(item))
    return controls >= 1 and all(_CONTROL_WORD_RE.match(i) or _COUNT_OR_AGE_RE.match(i) for i in items)


def _is_menu(line: str) -> bool:
    """A navigation bar: three or more one-to-three-word items split by '|', '·' or wide gaps."""
    if re.search(r"://|www\.", line):
        return False
    items = [item for item in re.split(r"\s{2,}|\s*[|•·/»]\s*|\t", line.strip()) if item]
    return len(items) >= 3 and all(len(item.split()) <= 3 and not item.endswith(".") for item in items)


#: Length of a full ISO date ('2024-03-12'), as opposed to a month ('2024-03').
_FULL_ISO_DATE = 10


def _is_full_date(raw: str) -> bool:
    """A line that is only a day's date in any listed language ('Veröffentlicht am 3. Okt. 2021')."""
    found = parse_date_line(raw)
    return found is not None and len(found) == _FULL_ISO_DATE


#: A post's number before its date, under a label in any language ('Beitrag #2 Donnerstag, 14. März 2024').
_NUMBERED_DATE_RE = re.compile(r"^(?:[^\W\d_]{2,20} )?#\d{1,6}[ ,·•|-]+(\S.*)$")


def _is_numbered_date(raw: str) -> bool:
    """A post number and the post's date, as forums print them in a post's header."""
    m = _NUMBERED_DATE_RE.match(raw) if "#" in raw else None
    return m is not None and (_is_full_date(m.group(1)) or bool(_TIMESTAMP_RE.match(normalize(m.group(1)))))


#: Headers of the comment form, per language: they stand after the comments on many pages
#: ('Leave a Reply' under a WordPress thread), so a thread ends at one rather than starts.
FORM_HEADERS: dict[str, str] = {
    "en": r"leave a (?:reply|comment|response)(?: cancel reply)?|(?:add|post|write|submit) (?:a |your )?comment(?:\.\.\.|…)?"
    r"|your comment|join the (?:discussion|conversation)",
    "de": r"(?:einen )?kommentar (?:schreiben|verfassen|abgeben|hinzufügen)|ihr kommentar(?: zu diesem artikel)?"
    r"|(?:eine )?antwort (?:schreiben|hinterlassen)|schreibe einen kommentar|diskutieren sie mit",
    "fr": r"laisser un commentaire|(?:ajouter|écrire|poster) un commentaire|votre (?:commentaire|réaction)|réagir"
    r"|laisser une réponse",
    "es": r"deja (?:un|tu) comentario|(?:escribe|añade|agrega) (?:un|tu) comentario|tu comentario|deja una respuesta",
    "it": r"lascia un commento|(?:scrivi|aggiungi) un commento|il tuo commento|lascia una risposta",
    "pt": r"deixe (?:um|seu) comentário|(?:escreva|adicione) um comentário|seu comentário|deixe uma resposta",
    "ru": r"(?:оставить|добавить|написать) комментарий|ваш комментарий|оставьте комментарий",
    "pl": r"(?:dodaj|napisz) komentarz|twój komentarz|zostaw komentarz",
}
_FORM_RE = _compile(list(FORM_HEADERS.values()))
#: Notices that a thread takes no more comments: printed under its last comment, they end it as a form does.
CLOSED_NOTICES: dict[str, str] = {
    "en": r"comments (?:are|have been) (?:closed|disabled)|comments closed|commenting (?:is|has been) (?:closed|disabled)"
    r"|(?:this )?(?:thread|discussion|topic) (?:is|has been) closed(?: to new (?:comments|replies))?",
    "de": r"(?:die )?kommentare (?:sind |wurden )?geschlossen|(?:die )?kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)",
    "fr": r"les commentaires sont (?:fermés|clos)|commentaires (?:fermés|clos)",
    "es": r"(?:los )?comentarios (?:están )?cerrados",
    "it": r"(?:i )?commenti (?:sono )?chiusi",
    "pt": r"(?:os )?comentários (?:estão )?(?:fechados|encerrados)",
    "ru": r"комментарии (?:закрыты|отключены)",
    "pl": r"komentarze (?:są )?(?:wyłączone|zamknięte)",
}
_CLOSED_RE = _compile(list(CLOSED_NOTICES.values()))


#: The noun 'comment' in the languages of THREAD_WORDS: a short label naming it is form or thread UI.
COMMENT_NOUN_RE = re.compile(
    r"(?<![^\W_])(?:comments?|kommentar\w*|commentaires?|comentarios?|comment[oi]|comentários?|комментари\w*|komentarz\w*)(?![^\W_])",
    re.IGNORECASE,
)
#: Longest label (in words) `is_comment_label` reads as interface rather than a reader's remark.
MAX_LABEL_WORDS = 5


def is_comment_label(line: str) -> bool:
    """A short label about comments, not ending like a sentence ('Verify your Comment', 'Previewing
    your Comment', 'Kommentar-Vorschau'): the interface around the comment form."""
    text = line.strip()
    return (
        bool(text) and len(text.split()) <= MAX_LABEL_WORDS and not text.endswith((".", "!", "?", "…", ")", '"', "”"))
        and bool(COMMENT_NOUN_RE.search(text))
    )


def is_comment_form(line: str) -> bool:
    """A comment-form header ('Leave a Reply', 'Ihr Kommentar', 'Laisser un commentaire')."""
    return bool(_FORM_RE.match(normalize(line)))


def is_closed_notice(line: str) -> bool:
    """A notice that the thread is closed ('Comments are closed.', 'Kommentare geschlossen')."""
    return bool(_CLOSED_RE.match(normalize(line).rstrip(".!")))


def is_weak_thread(line: str) -> bool:
    """A THREAD line that heads a comment section only next to a clearer one ('Subscribe')."""
    text = normalize(line)
    return bool(_WEAK_THREAD_RE.match(text)) and not _THREAD_RE.match(text)


@lru_cache(maxsize=LINE_CACHE)
def is_timestamp(text: str) -> bool:
    """True when the text is only a comment date or age ('2 hours ago', 'May 3, 2024')."""
    return bool(_TIMESTAMP_RE.match(normalize(text)))
