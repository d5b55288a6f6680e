"""Signed-below threads split over two lines (issue 16): a scraper that puts every text node on
its own line turns 'Ann on May 3, 2024' under a comment into 'Ann' / 'on May 3, 2024'. Invented lines only.

- the headers sign the comments above them, so each name goes with the text above it, the first too;
- short interface labels naming comments ('Verify your Comment') end the last comment's text;
- where the blank-line slots give each name the text below it (the first comment unsigned), the
  signed-below headers stand.
"""

from __future__ import annotations

from slant.document import Comment
from slant.extract.text.boilerplate import is_comment_label
from slant.extract.text.page import _records_signed_below, extract_text
from slant.extract.text.records import RecordThread

_THREAD = [
    ("Mira Olsen", "on March 2, 2011 9:14 PM", "Has the ferry timetable changed for the winter months?"),
    ("quietharbor", "on March 2, 2011 9:40 PM", "It has: the last boat now leaves at six, not at eight."),
    ("Tomas Reyes", "on March 3, 2011 7:02 AM", "That makes the evening concerts on the island hard to reach."),
    ("Ines Wood", "on March 3, 2011 8:15 AM", "The council promised a late boat on Fridays from April."),
    ("pell_grove", "on March 3, 2011 9:30 AM", "Good to know, thanks for checking with them about it."),
    ("Arno Kraft", "on March 4, 2011 6:55 PM", "Fuel costs went up for everyone, the fares will follow soon."),
    ("lake_view", "on March 4, 2011 7:20 PM", "A smaller boat in winter would cost less than no boat at all."),
    ("Dina Shaw", "on March 5, 2011 10:05 AM", "The school run is the real problem, not the concerts."),
    ("Oli Park", "on March 5, 2011 11:45 AM", "Write to the transport office; they answered my letter in a week."),
    ("Ruth Beck", "on March 6, 2011 8:30 AM", "We used to row across in summer when I was young."),
]


def _page() -> str:
    lines = [
        "Harbour Notes",
        "The island ferry gets a winter timetable",
        "The ferry company cut two evening crossings this winter, citing fuel costs and few passengers.",
        "Residents say the change leaves the island cut off after dark for five months of the year.",
        "Comments",
    ]
    for name, when, text in _THREAD:
        lines += [text, name, when]
    lines += ["Verify your Comment", "Previewing your Comment", "This is only a preview. Your comment has not been posted.",
              "Post a comment", "© 2011 Harbour Notes"]
    return "\n".join(lines)


def test_two_line_signatures_sign_the_comment_above() -> None:
    result = extract_text(_page())
    assert [(c.author, c.text) for c in result.comments] == [(name, text) for name, _, text in _THREAD]
    assert result.comments[0].published == "2011-03-02"


def test_comment_interface_labels() -> None:
    assert is_comment_label("Verify your Comment")
    assert is_comment_label("Kommentar-Vorschau")
    assert is_comment_label("Aperçu du commentaire")
    assert not is_comment_label("Great comment, thanks.")  # ends like a sentence: a reader's words
    assert not is_comment_label("The comment section of this paper is the best part of my day")  # too long
    assert not is_comment_label("Commentary")



def test_signatures_stand_over_slots_that_give_each_name_the_text_below() -> None:
    # both readings count the same comments; the slots leave the first one unsigned: the headers decide
    signed = RecordThread(records=[], signed_below=True)
    slots = [Comment(id="c1", text="first remark", author=None), Comment(id="c2", text="second", author="Mira Olsen")]
    assert _records_signed_below(slots, signed)
    assert not _records_signed_below(slots, RecordThread(records=[]))  # headers above their comments
    assert not _records_signed_below([Comment(id="c1", text="first remark", author="Mira Olsen")], signed)
