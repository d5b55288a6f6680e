"""Forum threads in scraped text whose opening post is short (issue 16). Invented lines only.

- a short opening post runs no prose, so the first run of prose lies in a reply: the line above
  that run is the reply's sentence, and the thread's title stays the title;
- the header records read the page from its opening post: the post is the article, with its
  author and date, and the navigation between title and post is not;
- a bare numeric date and time ('16.03.2020 13:10') anchors post headers, over a longer menu of
  numbered items that holds no writing; a bare date under a label ('Joined:') does not;
- a member box's join date, printed in the post date's shape above it, joins the post it heads.
"""

from __future__ import annotations

from slant.extract.text.names import QUOTE_HEAD_RE
from slant.extract.text.page import extract_text
from slant.extract.text.records import _author_choice, _count_label, find_records
from slant.extract.text.tree import control_hints

_NAV = ["Register", "Help", "Stay signed in?", "Home", "Forum", "Gardening", "Balcony plants", "Tools and soil"]

_POSTS = [
    ("14.05.2021, 19:02", "Herbert.Plum", "Newcomer", ["Hello all,", "which pots do you use for tomatoes?"]),
    ("14.05.2021, 19:40", "mossy_stone", "Old hand", [
        "As long as the balcony faces south, it is quite simple:",
        "Take forty litre pots, fill them with good compost, water every evening and the plants will thrive.",
        "Tie the stems to a stick once they pass half a metre, or the wind on the balcony will snap them.",
    ]),
    ("15.05.2021, 08:12", "Herbert.Plum", "Newcomer", ["Many thanks for the answer, that solved it."]),
    ("15.05.2021, 17:55", "fernwood", "Regular", ["I use old buckets with holes drilled in the bottom, cheap and they last."]),
]

_FOOTER = ["Go to:", "Balcony plants", "Back to top", "Forum rules", "Imprint", "Contact"]


def _thread(posts: list[tuple[str, str, str, list[str]]] = _POSTS) -> list[str]:
    title = "Tomatoes in pots on the balcony"
    lines = [f"[solved] {title}", *_NAV, f"Results 1 to {len(posts)} of {len(posts)}", f"Topic: {title}"]
    for n, (date, name, rank, text) in enumerate(posts, 1):
        subject = title if n == 1 else f"Re: {title}"
        lines += [date, f"#{n}", name, rank, subject, *text, "Quote"]
    return lines + _FOOTER


def test_a_short_opening_post_keeps_the_thread_title() -> None:
    found = extract_text("\n".join(_thread()))
    assert found.title == "[solved] Tomatoes in pots on the balcony"


def test_the_opening_post_is_the_article_with_its_author() -> None:
    found = extract_text("\n".join(_thread()))
    assert "which pots do you use for tomatoes?" in found.body
    assert "Results 1 to" not in found.body and "Stay signed in?" not in found.body
    assert found.author == "Herbert.Plum"
    assert [c.author for c in found.comments] == ["mossy_stone", "Herbert.Plum", "fernwood"]
    assert found.comments[1].text == "Many thanks for the answer, that solved it."


def test_bare_dates_anchor_posts_over_a_numbered_menu() -> None:
    menu: list[str] = []
    for k in range(1, 9):
        menu += [f"Season {k} - Questions", ("Beds", "Pots", "Seeds", "Pests")[k % 4]]
    posts = [(date.replace(",", ""), name, text) for date, name, _rank, text in _POSTS]
    lines = ["Tomatoes in pots on the balcony"]
    for n, (date, name, text) in enumerate(posts, 1):
        lines += [date, f"#{n}", name, *text]
    lines += menu
    thread = find_records(lines, 1, len(lines))
    assert thread is not None
    assert [r.author for r in thread.records] == [name for _, name, _ in posts]


def test_a_labelled_bare_date_is_a_profile_field_not_an_anchor() -> None:
    lines = ["Tomatoes in pots on the balcony"]
    for n, (_date, name, _rank, text) in enumerate(_POSTS, 1):
        lines += [name, "Joined:", "03.02.2015", "Posts:", str(100 + n), f"Written: 1{n}.03.21 #{n}", *text]
    thread = find_records(lines, 1, len(lines))
    assert thread is not None
    assert [r.author for r in thread.records] == [name for _, name, _, _ in _POSTS]
    assert [lines[r.text[0]] for r in thread.records] == [text[0] for _, _, _, text in _POSTS]


def test_a_reply_line_with_the_answered_number_names_that_comment() -> None:
    # (author, number, answered name and number or None, text); numbers out of page order, as
    # systems that print a late reply under its parent do
    posts = [
        ("Ann Roe", 1, None, "The night bus stops at ten, so the ferry was the only way home."),
        ("bob_k", 2, "Ann Roe (#1)", "Then the council owes her a taxi voucher at least."),
        ("Carla Mendes", 3, None, "Five votes to four is no mandate for closing anything."),
        ("J. Whitfield", 6, "Carla Mendes (#3)", "Agreed, it should go to the referendum."),
        ("dmitri77", 4, None, "Who pays for the repairs if the ferry stays open?"),
        ("Ann Roe", 5, "bob_k (#2)", "A voucher would not cover a single week of night shifts."),
    ]
    lines = [
        "Council votes to close the night ferry",
        "The harbour council voted on Tuesday to close the night ferry from September, saying it lost money.",
        "About three hundred people use the crossing each week, most of them hospital and hotel staff.",
        "Opponents said they would collect signatures for a referendum within sixty days.",
        "Comments (6)",
    ]
    for name, number, answers, text in posts:
        lines += [name, f"#{number}", f"05/02/2024 10:{number:02d} AM"]
        lines += [f"In reply to {answers}"] if answers else []
        lines += [text, "Like", "Reply", "Report"]
    found = extract_text("\n".join(lines))
    assert [c.author for c in found.comments] == [name for name, _, _, _ in posts]
    assert [c.parent for c in found.comments] == [None, "c1", None, "c3", None, "c2"]


def test_a_newest_first_list_answers_comments_below() -> None:
    # newest first, as 'Sort by: Newest' prints a flat list: each reply stands above whom it answers
    posts = [
        ("Eve", "40 minutes ago", None, "Sad day for the island, truly."),
        ("J. Whitfield", "2 hours ago", "Carla Mendes", "Agreed, the vote was far too close."),
        ("Sarah O'Neil", "3 hours ago", "dmitri77", "The same people who pay for everything else: us."),
        ("dmitri77", "4 hours ago", None, "Who pays for the repairs if the ferry stays open?"),
        ("Carla Mendes", "5 hours ago", None, "Five to four after two hours is not a clear decision."),
        ("bob_k", "6 hours ago", "Ann Roe", "Ask the council, they never take the boat themselves."),
        ("Ann Roe", "7 hours ago", None, "My sister works nights at the hospital. How will she get home?"),
    ]
    lines = [
        "Council votes to close the night ferry",
        "The harbour council voted on Tuesday to close the night ferry from September, saying it lost money.",
        "About three hundred people use the crossing each week, most of them hospital and hotel staff.",
        "Comments (7)", "Sort by", "Newest", "Oldest",
    ]
    for name, age, answers, text in posts:
        lines += [f"{name}, {age}"] + ([f"In reply to {answers}"] if answers else []) + [text, "Reply", "Share", "Report"]
    found = extract_text("\n".join(lines))
    assert [c.author for c in found.comments] == [name for name, _, _, _ in posts]
    assert [c.parent for c in found.comments] == [None, "c5", "c4", None, None, "c7", None]


def test_a_glued_name_dates_by_its_age_alone() -> None:
    hints = control_hints([["dmitri774 hours ago"], ["Ann Roe5 hours ago"]])
    assert [h.age for h in hints] == [4 * 3600, 5 * 3600]


def test_reply_counts_under_the_text_and_a_named_reply_inside_them() -> None:
    # sorted by votes, each comment's footer ends with its reply count; a reply that names
    # another reply in the same subtree answers that one
    posts = [
        ("Carla Mendes", "5 hours ago", 1, "Five to four after two hours is not a clear decision."),
        ("J. Whitfield", "2 hours ago", 0, "Agreed, the vote was far too close to call it settled."),
        ("Ann Roe", "7 hours ago", 1, "My sister works nights at the hospital. How will she get home?"),
        ("bob_k", "6 hours ago", 0, "Ask the council, they never take the boat themselves."),
        ("dmitri77", "4 hours ago", 2, "Who pays for the repairs if the ferry stays open?"),
        ("Sarah O'Neil", "3 hours ago", 0, "The same people who pay for everything else: us."),
        ("fernwood", "1 hour ago", 0, "@Sarah O'Neil\nFair enough, but then say so openly."),
    ]
    lines = [
        "Council votes to close the night ferry",
        "The harbour council voted on Tuesday to close the night ferry from September, saying it lost money.",
        "About three hundred people use the crossing each week, most of them hospital and hotel staff.",
        "Comments (7)",
    ]
    for name, age, replies, text in posts:
        lines += [f"{name}{age}", *text.split("\n"), "Reply", "···"]
        lines += [f"{replies} {'reply' if replies == 1 else 'replies'}"] if replies else []
    found = extract_text("\n".join(lines))
    assert [c.author for c in found.comments] == [name for name, _, _, _ in posts]
    assert [c.parent for c in found.comments] == [None, "c1", None, "c3", None, "c5", "c6"]


def test_an_age_line_never_names_the_author() -> None:
    # 'il y a 4 heures' under each name: the unit word varies little, but it is no commenter
    posts = [
        ("Jean-Pierre D.", None, "il y a 4 heures", "Des vestiges romains, c'est une chance pour la ville !"),
        ("Sophie Marchal", None, "il y a 3 heures", "Sans parking, les clients vont au centre commercial."),
        ("lucas_b", "Sophie Marchal", "il y a 3 heures", "Une navette depuis la gare, tout à fait d'accord."),
        ("Jean-Pierre D.", "Sophie Marchal", "il y a 3 heures", "Les deux peuvent aller ensemble, non ?"),
        ("Amélie", None, "il y a 47 minutes", "Enfin une décision raisonnable pour le quartier."),
    ]
    lines = ["Les fouilles retardent le parking", "Commentaires (5)", "Trier par", "Par page 50"]
    for n, (name, answers, age, text) in enumerate(posts):
        lines += [name] + ([f"En réponse à {answers}"] if answers else []) + [age, text, f"{n + 2}J'aime", "Répondre"]
        lines += ["Partager", "Signaler"] + (["Voir 1 réponse de plus"] if n == 3 else [])
    thread = find_records(lines, 1, len(lines))
    assert thread is not None
    assert [r.author for r in thread.records] == [name for name, _, _, _ in posts]


def test_reply_counts_close_the_comment_above_and_controls_name_nobody() -> None:
    # initials over each name, controls under each text, and a reply count under answered comments:
    # the count shares the age's shape ('1 replies' / '6 hours ago') but heads no comment
    posts = [
        ("Ann Roe", None, "7 hours ago", "My sister works nights at the hospital. How will she get home?"),
        ("bob_k", "Ann Roe", "6 hours ago", "Ask the council, they never take the boat themselves."),
        ("Carla Mendes", None, "6 hours ago", "Five to four after two hours is not a clear decision."),
        ("J. Whitfield", "Carla Mendes", "5 hours ago", "Agreed, it should go to a referendum."),
        ("dmitri77", None, "4 hours ago", "Who pays for the repairs if the ferry stays open?"),
        ("Sarah O'Neil", "dmitri77", "3 hours ago", "The same people who pay for everything else: us."),
        ("fernwood", "dmitri77", "2 hours ago", "The harbour fund, it was set up for exactly this."),
        ("Eve", None, "47 minutes ago", "Sad day for the island, truly."),
    ]
    lines = [
        "Council votes to close the night ferry",
        "The harbour council voted on Tuesday to close the night ferry from September, saying it lost money.",
        "About three hundred people use the crossing each week, most of them hospital and hotel staff.",
        "Conversation", "Sort by", "Newest", "Oldest",
    ]
    for k, (name, _answers, age, text) in enumerate(posts):
        initials = "".join(w[0] for w in name.split()).upper()
        lines += [initials, name, age, text, str(k + 2), "0", "Reply", "⋯", "Share", "Report"]
        replies = sum(1 for other in posts if other[1] == name)
        lines += [f"{replies} replies"] if replies else []
    found = extract_text("\n".join(lines))
    assert [c.author for c in found.comments] == [name for name, _, _, _ in posts]
    assert [c.parent for c in found.comments] == [None, "c1", None, "c3", None, "c5", "c5", None]


def test_a_count_label_is_no_header_anchor_but_a_dated_control_row_is() -> None:
    assert _count_label("1 replies") and _count_label("3 Antworten") and _count_label("12 comments")
    assert not _count_label("7 hours ago") and not _count_label("Like · Reply · 3y")


def test_controls_at_the_author_offset_name_nobody() -> None:
    # at one offset most headers print the name, a few a control; at another, controls and labels
    names = {0: "Ann Roe", 1: "bob_k", 2: "Carla Mendes", 3: "J. Whitfield", 4: "dmitri77", 6: "Eve"}
    controls = {0: "Oldest", 1: "Report", 2: "Share", 3: "Report", 4: "Share", 5: "Report", 6: "Share"}
    key, authors, _score = _author_choice({(-4, "w", 0): controls, (-1, "w", 0): names}, 7)
    assert key == (-1, "w", 0) and authors == names


def test_quote_headers_with_the_date_connector_of_their_language() -> None:
    for line, name in [
        ("Cita de: Manuel Ruiz en 20 febrero 2024, 08:25:00Cinco años esperando.", "Manuel Ruiz"),
        ("Citazione di: Marco B. il 3 maggio 2024, 10:00Sempre la stessa storia.", "Marco B."),
        ("Citação de: Ana Lima em 4 de maio de 2024, 09:12Concordo.", "Ana Lima"),
    ]:
        found = QUOTE_HEAD_RE.match(line)
        assert found is not None and found.group("name2") == name, line


def test_a_dated_teaser_list_does_not_hold_the_top_title() -> None:
    # teasers print a date and a section, never an author: the headline over the article's prose stands
    lines = ["Gadget Weekly", "Home", "Reviews", "News", "Features", "The Inside Track"]
    for k, section in enumerate(["REVIEWS", "NEWS", "ADVERTORIAL", "NEWS", "FEATURES", "NEWS"]):
        lines += [f"May {k + 10}, 2019", section, f"Teaser headline number {k} about another gadget"]
    lines += [
        "The New Roadster Looks Good Even With the Roof Off",
        "Earlier this year the maker showed an open-top concept of its grand tourer and called it a study.",
        "Now, at the autumn show, the production model has been unveiled with the same lines and a fabric roof.",
        "It goes on sale next spring, and the price has not been announced yet, the company said on Tuesday.",
    ]
    found = extract_text("\n".join(lines))
    assert found.title == "The New Roadster Looks Good Even With the Roof Off"
    assert not found.comments


def test_a_join_date_above_each_post_date_joins_its_post() -> None:
    """A member box prints the join date in the post date's shape ('May 14, 2014' ... 'Jun 3, 2019'): each
    reads as a record without writing before the post; an earlier date followed by the post's joins it."""
    members = {"lee_ann": ("May 14, 2014", "1,490"), "robro": ("Nov 14, 2018", "60"), "snowy": ("Sep 12, 2012", "1,197")}
    replies = [
        ("robro", "Jun 3, 2019", "If you use the maps a lot, I say avoid both of them for now, honestly."),
        ("lee_ann", "Jun 3, 2019", "I have never heard of this, is this only in one app or in all of them?"),
        ("robro", "Jun 4, 2019", "In every app I tried, including the big ones, the position jumps around."),
        ("snowy", "Jun 5, 2019", "Mine works fine after the last update, so try that before you buy anything."),
    ]
    lines = ["Phone X vs 8", "Thread starter", "lee_ann", "Start date", "Jun 3, 2019", "Forums", "Phones"]
    lines += ["lee_ann", "member", "Original poster", *members["lee_ann"], "Jun 3, 2019", "#1",
              "my current phone has network trouble and I want to upgrade to one of these two models."]
    for n, (name, date, text) in enumerate(replies, 2):
        lines += [name, "member", *members[name], date, f"#{n}", text]
    lines += ["You must log in or register to reply here.", "Share:", "Contact us", "Terms and rules"]
    found = find_records(lines, 7, len(lines))
    assert found is not None
    texts = [lines[r.text[0]] for r in found.records if r.text]
    assert texts[-4:] == [text for _, _, text in replies]
    assert [r.author for r in found.records][-4:] == [name for name, _, _ in replies]


def test_post_numbers_anchor_headers_whose_dates_change_shape() -> None:
    """'#2', '#3', ... counting up under each post's date anchor the headers, though the dates change shape
    ('13.11.2019', 'Freitag um 09:07 Uhr') and a member's join date follows the number; the post's date
    is the line above its number."""
    from slant.extract.text.page import _record_date

    posts = [
        ("13.11.2019", "Arindal", "02.01.2007", "Super idea, Bernd! My bronze one on a velvet strap today."),
        ("14.11.2019", "tick_tock", "18.05.2015", "Lovely pictures, the blue dial suits the bracelet very well."),
        ("Freitag um 09:07 Uhr", "Arindal", "02.01.2007", "Another one from the weekend trip, in the rain this time."),
        ("Freitag um 12:43 Uhr", "quartzfan", "11.09.2011", "Nice, which lume does it have, and is it readable at night?"),
    ]
    lines = ["The watch photo thread", "Forum", "Watches", "Bernd_K", "12.11.2019", "#1",
             "Bernd_K", "Dabei seit", "01.03.2009", "Beiträge", "1.204", "Post your watch of the day here, everyone."]
    for n, (date, name, joined, text) in enumerate(posts, 2):
        lines += ["Reaktionen:", "Uhr_Freak, raco65 und 3 andere", date, f"#{n}", name, "Dabei seit", joined,
                  "Beiträge", str(100 * n + 79), text]
    lines += ["Du musst dich einloggen oder registrieren, um hier zu antworten.", "Teilen:", "Impressum"]
    found = find_records(lines, 3, len(lines))
    assert found is not None
    replies = [r for r in found.records if r.text and lines[r.text[0]] in {p[3] for p in posts}]
    assert [r.author for r in replies] == [name for _, name, _, _ in posts]
    assert [_record_date(lines, r) for r in replies][:2] == ["2019-11-13", "2019-11-14"]


def _boxed_thread() -> list[str]:
    """Member boxes that print the name with a reputation count, a rule above some ranks, and
    sharing controls under each post (an invented board)."""
    posts = [
        ("kettle_drum", "12", "Members", ["My router drops the connection every evening at nine.", "Has anyone seen that before?"]),
        ("Ovenbird", "4,410", "Moderators", ["Check whether the firmware schedules a nightly restart, many do by default."]),
        ("kettle_drum", "12", "Members", ["That was it, the restart was set for nine. Thanks!"]),
        ("marsh.tit", "87", "Members", ["Mine did the same until I switched off the automatic updates."]),
        ("Ovenbird", "4,410", "Moderators", ["Glad it is sorted, marking the topic as solved."]),
    ]
    lines = ["Home", "Networking", "Router drops every evening", "By kettle_drum, March 3, 2021 in Networking"]
    for n, (name, count, group, text) in enumerate(posts):
        rule = ["-------"] if group == "Moderators" else []
        lines += [name, count, name, count, *rule, group, count, f"{count} posts", "Flag", f"Posted March {n + 3}, 2021"]
        lines += [*text, "Send to a friend", "Permalink", "Pass it on"]
    return lines + ["Create an account", "Sign in", "Privacy Policy"]


def test_a_rule_and_a_count_in_a_member_box_leave_its_name_the_author() -> None:
    found = find_records(_boxed_thread(), 0, len(_boxed_thread()))
    assert found is not None
    assert [r.author for r in found.records] == ["kettle_drum", "Ovenbird", "kettle_drum", "marsh.tit", "Ovenbird"]


def _fielded_thread() -> list[str]:
    """Profile boxes with as many 'Field: value' lines as each member filled in, between the control
    that closes the post above and the next post's date (an invented board)."""
    posts = [
        ("bramble_k", "Apprentice", ["Location: Leeds"], ["Which glue holds a loose chair leg for good?"]),
        ("Cooper Ash", "Master joiner", ["Location: Bath, UK", "Workshop: garage", "Tools: mostly hand tools"],
         ["Hide glue, warmed, and clamp it overnight. It can be undone later if the joint needs work again."]),
        ("bramble_k", "Apprentice", ["Location: Leeds"], ["Overnight it is, thank you."]),
        ("tenon.sue", "Journeyman", [], ["Clean the old glue out of the socket first, or nothing will hold."]),
        ("Cooper Ash", "Master joiner", ["Location: Bath, UK", "Workshop: garage", "Tools: mostly hand tools"],
         ["Good point, a sharp chisel does it in a minute."]),
    ]
    lines = ["Woodwork", "Chair leg keeps coming loose", "Started by bramble_k, May 2, 2022"]
    for n, (name, rank, fields, text) in enumerate(posts):
        lines += [name, rank, *fields, f"Posted May {n + 2}, 2022", *text, "Quote", "Share"]
    return lines + ["Reply to this topic", "Terms of use"]


def test_a_profile_box_of_any_length_heads_the_post_after_the_closing_control() -> None:
    lines = _fielded_thread()
    found = find_records(lines, 0, len(lines))
    assert found is not None
    assert [r.author for r in found.records] == ["bramble_k", "Cooper Ash", "bramble_k", "tenon.sue", "Cooper Ash"]
    assert [lines[r.text[0]] for r in found.records][1] == (
        "Hide glue, warmed, and clamp it overnight. It can be undone later if the joint needs work again."
    )


def test_the_unit_of_a_post_count_names_nobody() -> None:
    # '1 post', '12 posts', '830 posts', '0 members': one label in its singular and plural
    units = {0: "post", 1: "posts", 2: "posts", 3: "posts", 4: "members", 5: "member"}
    key, authors, _score = _author_choice({(0, "0 w", 0): units}, 6)
    assert key is None and authors == {}
    # a member's counts glued to their labels ('46 answers4 topics Rookie') vary by digits only
    stats = {0: "answers4 topics Rookie", 1: "answers8 topics Veteran", 2: "answers0 topics Rookie",
             3: "answers12 topics Veteran", 4: "answers0 topics Guest", 5: "answers3 topics Rookie"}
    names = {0: "Quillon", 1: "tarn_walker9", 2: "ferncastle", 3: "mossbank88", 4: "Wrenna", 5: "ferncastle"}
    key, authors, _score = _author_choice({(1, "0 w", 0): stats, (0, "w", 0): names}, 6)
    assert key == (0, "w", 0) and authors == names


def _titled_thread() -> list[str]:
    """Member titles of any length between the name and a site line printed right above each date,
    and a reactions list closing most posts (an invented board)."""
    posts = [
        ("quill_and_ink", ["ink on my sleeves..."], "Which paper holds fountain pen ink without feathering?", True),
        ("Hedge Sparrow", ["Nibs, nibs, nibs!"], "Anything around 100 gsm with a coated finish will do.", True),
        ("quill_and_ink", ["ink on my sleeves..."], "Even the cheap office kind?", True),
        ("nib_smith", ["Collector (since 1998)", "of broken pens."], "No, the cheap kind feathers badly with wet inks.", True),
        ("Hedge Sparrow", ["Nibs, nibs, nibs!"], "Right, I meant a notebook paper, not copier paper.", False),
        ("blotter", ["just reading, mostly."], "Try a few sample packs before buying a ream of anything.", True),
    ]
    lines = ["Pens and paper", "Paper for fountain pens", "Thread starter quill_and_ink"]
    for n, (name, title, text, reacted) in enumerate(posts, 1):
        lines += [name, *title, "inkboard.example", f"Apr {n + 4}, 2023", f"#{n}", text]
        lines += ["Reactions:", f"reader{n}, penpal and {n + 2} others"] if reacted else []
    return lines + ["You must log in or register to reply here.", "Terms and rules"]


def test_a_line_at_one_offset_above_every_date_is_the_header_not_its_close() -> None:
    lines = _titled_thread()
    found = find_records(lines, 0, len(lines))
    assert found is not None
    # each post that a reactions list closes heads the next one's whole header, title lines and all;
    # the first post (nothing above it) and the post under one without reactions are not reached
    assert [r.author for r in found.records][1:5] == ["Hedge Sparrow", "quill_and_ink", "nib_smith", "Hedge Sparrow"]
