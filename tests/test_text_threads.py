"""Single-spaced comment threads segmented by repeated header shapes (`text/records.py`).

Every page here is invented for these tests: scraped to one block per line with
no blank lines, so only the repeated shape of the comment headers separates comments.
"""

from __future__ import annotations

from slant.extract.text.page import extract_text
from slant.extract.text.records import find_records, line_shape

ARTICLE = [
    "Harbour Council Votes on the New Ferry Timetable",
    "The council voted on Tuesday to cut the evening ferry to Holm Island from four crossings to two, citing fuel costs.",
    "Islanders said the change would leave shift workers without a way home after the late shift at the cannery.",
    "Comments",
]


def _lines(*blocks: list[str]) -> list[str]:
    return [line for block in blocks for line in block]


NAME_DATE_THREAD = _lines(
    ARTICLE,
    [
        "Recommend",
        "Share",
        "marta_k",
        "3 May 2024 9:12PM",
        "Two crossings is not a timetable, it is an apology for one.",
        "Recommend",
        "Share",
        "Olek Brandt",
        "3 May 2024 9:40PM",
        "The fuel argument does not hold: the ferry burns most of it idling at the pier.",
        "Ask the harbour master how long the engines run while waiting for the bus connection.",
        "And who decided the bus connection matters more than the cannery shift?",
        "Recommend",
        "Share",
        "islander77",
        "4 May 2024 7:02AM",
        "My daughter works the late shift. She will sleep in her car now.",
        "Recommend",
        "Share",
        "marta_k",
        "4 May 2024 8:15AM",
        "Write to the council before the next session, they count letters.",
        "Recommend",
        "Share",
        "Site map",
    ],
)


def test_shape_abstracts_names_numbers_and_months() -> None:
    assert line_shape("3 May 2024 9:12PM") == line_shape("14 June 2019 11:05AM")
    assert line_shape("by ridge_runner (851793) writes:") == line_shape("by Ann Roe (12) writes:")
    assert line_shape("Le 28 juin à 21:26, par Ann") == line_shape("Le 3 juillet à 00:09, par Jean-Luc Roux")
    assert line_shape("x" * 200) is None  # a paragraph is never a header


def test_name_date_headers_split_comments_and_keep_paragraphs_whole() -> None:
    thread = find_records(NAME_DATE_THREAD, 4, len(NAME_DATE_THREAD))
    assert thread is not None
    authors = [r.author for r in thread.records]
    assert authors == ["marta_k", "Olek Brandt", "islander77", "marta_k"]
    assert [len(r.text) for r in thread.records] == [1, 3, 1, 1]  # three paragraphs stay one comment
    # the buttons and the page footer are no comment text
    texts = [NAME_DATE_THREAD[i] for r in thread.records for i in r.text]
    assert "Recommend" not in texts and "Site map" not in texts


def test_extract_text_reads_a_single_spaced_thread() -> None:
    found = extract_text("\n".join(NAME_DATE_THREAD))
    assert [c.author for c in found.comments][:4] == ["marta_k", "Olek Brandt", "islander77", "marta_k"]
    assert found.comments[1].text.count("\n") == 2
    assert "late shift at the cannery" in found.body
    assert "Two crossings" not in found.body


#: Three scored posts ('by NAME (ID) writes:' headers), each under a subject line of its own.
def _scored_posts(first_subject: str) -> list[str]:
    return [
        first_subject,
        "(Score:4)",
        "by ridge_runner (851793) writes:",
        "Public transport is a service, not a business. Nobody asks the road to turn a profit.",
        "Re:",
        "(Score:2)",
        "by Ann Roe (12) writes:",
        "Roads do not burn diesel at a pier for forty minutes.",
        "Re:",
        "(Score:3)",
        "by zorba (4411) writes:",
        "Then fix the connection instead of cutting the crossing.",
    ]


BYLINE_THREAD = _lines(
    ARTICLE[:3],
    [
        *_scored_posts("Re:"),
        "Electric ferries exist; Norway runs dozens of them.",
        "Re:",
        "(Score:1)",
        "by pia-44 (90210) writes:",
        "Norway also pays for them.",
    ],
)


def test_by_id_writes_headers_give_authors_with_the_label_word_stripped() -> None:
    thread = find_records(BYLINE_THREAD, 3, len(BYLINE_THREAD))
    assert thread is not None
    assert [r.author for r in thread.records] == ["ridge_runner", "Ann Roe", "zorba", "pia-44"]
    assert [len(r.text) for r in thread.records] == [1, 1, 2, 1]


FRENCH_THREAD = _lines(
    [
        "Le conseil réduit les traversées du soir",
        "Le conseil a voté mardi la suppression de deux traversées du soir vers l'île, pour des raisons de coût.",
        "Les habitants dénoncent une décision prise sans consultation des salariés de la conserverie.",
    ],
    [
        "Le 3 mai à 21:26, par Grégory Marin",
        "Deux traversées, ce n'est plus un service public.",
        "Répondre à ce message",
        "Le 4 mai à 08:10, par léa",
        "Qui a calculé ces économies ?",
        "Il faudrait voir les chiffres.",
        "Répondre à ce message",
        "Le 5 mai à 17:45, par Paul Ndiaye",
        "Écrivez au maire, il répond.",
        "Répondre à ce message",
    ],
)


def test_label_words_around_the_name_are_dropped_in_any_language() -> None:
    thread = find_records(FRENCH_THREAD, 3, len(FRENCH_THREAD))
    assert thread is not None
    assert [r.author for r in thread.records] == ["Grégory Marin", "léa", "Paul Ndiaye"]
    assert [len(r.text) for r in thread.records] == [1, 2, 1]


NUMBERED_THREAD = _lines(
    ARTICLE[:3],
    [
        "#1 - Tue May 7, 2024 10:14 AM EDT",
        "hollis",
        "Why not ask the cannery to pay for the late crossing?",
        "#1.1 - Tue May 7, 2024 10:35 AM EDT",
        "dunmore",
        "They already pay harbour dues; that is the point of dues.",
        "#1.2 - Tue May 7, 2024 12:06 PM EDT",
        "pia-44",
        "The dues go to the port, not to the ferry company.",
        "#2 - Tue May 7, 2024 1:15 PM EDT",
        "nora v",
        "Two crossings is fine for the winter, not for the summer season.",
    ],
)


def test_numbered_labels_give_parents() -> None:
    found = extract_text("\n".join(NUMBERED_THREAD))
    assert [c.author for c in found.comments] == ["hollis", "dunmore", "pia-44", "nora v"]
    assert [c.parent for c in found.comments] == [None, "c1", "c1", None]


SIGNED_BELOW_THREAD = _lines(
    ARTICLE,
    [
        "Good decision, the evening boats ran half empty all winter.",
        "Ann Roe on May 3, 2024 7:26 AM",
        "Half empty is still forty people who need to get home.",
        "And the summer boats are full.",
        "Olek Brandt on May 3, 2024 9:02 AM",
        "Forty people could share two taxis and a water taxi.",
        "Mira Holm on May 4, 2024 6:40 PM",
        "Post a comment",
        "Name:",
    ],
)


def test_a_header_under_its_comment_names_the_text_above() -> None:
    thread = find_records(SIGNED_BELOW_THREAD, 4, len(SIGNED_BELOW_THREAD))
    assert thread is not None
    by_author = {r.author: [SIGNED_BELOW_THREAD[i] for i in r.text] for r in thread.records}
    assert by_author["Ann Roe"] == ["Good decision, the evening boats ran half empty all winter."]
    assert len(by_author["Olek Brandt"]) == 2
    assert by_author["Mira Holm"] == ["Forty people could share two taxis and a water taxi."]


FORUM = [
    "Ferry Forum › Timetables",
    "Evening ferry cut: what now?",
    "05-07-2024, 09:10 AM",
    "#1",
    "hollis",
    "View Profile",
    "Join Date",
    "Mar 2019",
    "Posts",
    "412",
    "The council cut the evening ferry to two crossings. Does anyone know if the water taxi runs after ten at night?",
    "Reply With Quote",
    "05-07-2024, 09:44 AM",
    "#2",
    "dunmore",
    "View Profile",
    "Join Date",
    "Jan 2021",
    "Posts",
    "37",
    "It runs until midnight on weekdays, later on Fridays.",
    "Reply With Quote",
    "05-07-2024, 10:02 AM",
    "#3",
    "pia-44",
    "View Profile",
    "Join Date",
    "Jun 2015",
    "Posts",
    "2,180",
    "Book ahead, it fills up with cannery workers.",
    "Reply With Quote",
    "05-07-2024, 11:30 AM",
    "#4",
    "nora v",
    "View Profile",
    "Join Date",
    "Feb 2022",
    "Posts",
    "5",
    "Thanks, that helps.",
    "Reply With Quote",
]


def test_a_forums_opening_post_is_the_body_not_a_comment() -> None:
    found = extract_text("\n".join(FORUM))
    assert "water taxi runs after ten" in found.body
    assert [c.author for c in found.comments] == ["dunmore", "pia-44", "nora v"]
    assert all("View Profile" not in c.text for c in found.comments)


def test_no_repeated_header_means_no_records() -> None:
    lines = ARTICLE + ["An article with no comments at all, just one more paragraph of the story itself."]
    assert find_records(lines, 0, len(lines)) is None


TITLED_REPLY_THREAD = _lines(
    ARTICLE[:3],
    [
        *_scored_posts("Buses are the answer"),
        "Ask the timetable office",
        "(Score:1)",
        "by pia-44 (90210) writes:",
        "Norway also pays for its electric ferries.",
        "Re:",
        "(Score:2)",
        "by kelp_wader (3301) writes:",
        "Holm Island is not Norway, but the crossing is just as short.",
    ],
)


def test_reply_subject_headers_answer_the_comment_above() -> None:
    found = extract_text("\n".join(TITLED_REPLY_THREAD))
    assert [c.author for c in found.comments] == ["ridge_runner", "Ann Roe", "zorba", "pia-44", "kelp_wader"]
    # 'Re:' marks a reply: with no other sign, it answers the comment printed just above it
    assert [c.parent for c in found.comments] == [None, "c1", "c2", None, "c4"]


SIGNED_BELOW_DATED_THREAD = _lines(
    ARTICLE,
    [
        "Two crossings is not a timetable, it is an apology for one.",
        "marta_k on February 12, 2010 11:32 PM",
        "The fuel argument does not hold: the ferry burns most of it idling at the pier.",
        "Olek Brandt on February 12, 2010 11:40 PM",
        "Ask the harbour master how long the engines run while waiting for the bus.",
        "islander77 on February 13, 2010 8:05 AM",
    ],
)


def test_a_signature_with_a_date_names_the_author_without_the_date() -> None:
    found = extract_text("\n".join(SIGNED_BELOW_DATED_THREAD))
    assert [c.author for c in found.comments] == ["marta_k", "Olek Brandt", "islander77"]


WROTE_UNDER_CHROME_THREAD = _lines(
    ARTICLE,
    [
        "On May 3, 2024,",
        "at 9:12 PM,",
        "marta_k wrote:",
        "Two crossings is not a timetable, it is an apology for one.",
        "Report this Comment",
        "On May 3, 2024,",
        "at 9:40 PM,",
        "Olek Brandt wrote:",
        "The fuel argument does not hold: the ferry burns most of it idling at the pier.",
        "Report this Comment",
        "On May 4, 2024,",
        "at 7:02 PM,",
        "marta_k wrote:",
        "Then the council should publish the fuel logs for every crossing.",
        "Report this Comment",
        "On May 4, 2024,",
        "at 8:15 PM,",
        "islander77 wrote:",
        "The late boat is the only way home after the cannery shift.",
        "Report this Comment",
    ],
)


def test_a_wrote_line_is_the_author_not_the_repeated_button_above_it() -> None:
    found = extract_text("\n".join(WROTE_UNDER_CHROME_THREAD))
    assert [c.author for c in found.comments] == ["marta_k", "Olek Brandt", "marta_k", "islander77"]


SPLIT_HEADER_THREAD = _lines(
    ARTICLE,
    [
        "Discuss this post",
        "marta_k",
        "Two crossings a day is not a timetable, it is an apology for one.",
        "4 votes",
        "#1 - Mon Mar 3, 2014 9:12 AM EST",
        "Olek Brandt",
        "The fuel argument does not hold: the ferry burns most of it idling at the pier.",
        "12 votes",
        "#1.1 - Mon Mar 3, 2014 9:40 AM EST",
        "harbour_rat",
        "Ask the harbour master how long the engines run while they wait for the bus.",
        "2 votes",
        "#1.2 - Mon Mar 3, 2014 10:02 AM EST",
        "Ines Vidal",
        "Electric ferries would settle the fuel question for good.",
        "7 votes",
        "#2 - Mon Mar 3, 2014 11:15 AM EST",
        "pia-44",
        "Norway runs dozens of them on crossings this short.",
        "1 vote",
        "#2.1 - Mon Mar 3, 2014 11:30 AM EST",
    ],
)


def test_split_headers_give_the_first_comment_and_labels_to_the_comment_above() -> None:
    # author above each comment, votes and '#label - date' under it: every header block the
    # detector sees is 'trailer of one comment + author of the next'
    found = extract_text("\n".join(SPLIT_HEADER_THREAD))
    assert [c.author for c in found.comments] == ["marta_k", "Olek Brandt", "harbour_rat", "Ines Vidal", "pia-44"]
    assert [c.parent for c in found.comments] == [None, "c1", "c1", None, "c4"]
    assert found.comments[0].text.startswith("Two crossings")
