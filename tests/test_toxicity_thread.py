"""Thread analytics on hand-built Documents, and the analyzer wiring with a fake scorer (no model)."""

from __future__ import annotations

from slant.analyze.thread import ThreadScores, addressed_author, annotate_thread, reply_targets, thread_summary
from slant.analyze.toxicity import CommentScore, ToxicityAnalyzer
from slant.document import TOXICITY_ATTRIBUTES, Comment, Document


def _scored(cid: str, author: str | None, text: str, flags: list[str], toxic: float, parent: str | None = None) -> Comment:
    c = Comment(id=cid, text=text, author=author, parent=parent)
    c.toxicity = {a: (toxic if a in flags or a == "toxic" else 0.01) for a in TOXICITY_ATTRIBUTES}
    c.flags = flags
    return c


def _thread() -> Document:
    doc = Document(id="d", source="memory", text="body")
    doc.comments = [
        _scored("c1", "Ana", "The ministry numbers look wrong to me.", [], 0.05),
        _scored("c2", "Bo", "You are an idiot.", ["toxic", "insult"], 0.91, parent="c1"),
        _scored("c3", "Bo", "Ana, nobody cares what you think, moron.", ["toxic", "insult"], 0.80),
        _scored("c4", "Cy", "Those people are vermin.", ["toxic", "insult", "identity_attack"], 0.95),
        _scored("c5", None, "what a load of crap", ["toxic", "profanity"], 0.70),
        _scored("c6", "Ana", "Bo: calm down please.", [], 0.04),
    ]
    return doc


def test_thread_summary_counts_and_ranks() -> None:
    doc = _thread()
    extra = [ThreadScores(target=t) for t in (None, "IND", "IND", "GRP", "OTH", None)]
    annotate_thread(doc, extra)
    thread = doc.extras["thread"]
    assert thread["comments"] == 6
    assert thread["toxic_share"] == round(4 / 6, 4)
    assert doc.scores["toxic_comment_share"] == thread["toxic_share"]
    assert thread["toxic_authors"][0] == {"author": "Bo", "toxic_comments": 2, "max_toxic": 0.91}
    assert [a["author"] for a in thread["toxic_authors"]] == ["Bo", "Cy", "anonymous"]
    assert {"from": "Bo", "to": "Ana", "count": 2} in thread["replies"]
    assert {"from": "Ana", "to": "Bo", "count": 1} in thread["replies"]
    assert thread["insults_at_commenters"] == 2
    assert thread["insults_at_groups"] == 1


def test_group_target_without_identity_flag_counts_as_group_insult() -> None:
    doc = Document(id="d", source="memory", text="")
    doc.comments = [_scored("c1", "Al", "those politicians are clowns", ["toxic", "insult"], 0.8)]
    summary = thread_summary(doc.comments, [ThreadScores(target="GRP")])
    assert summary["insults_at_groups"] == 1
    assert summary["insults_at_commenters"] == 0


def test_empty_thread() -> None:
    doc = Document(id="d", source="memory", text="body")
    annotate_thread(doc)
    assert doc.scores["toxic_comment_share"] == 0.0
    assert doc.extras["thread"] == {
        "comments": 0, "toxic_share": 0.0, "toxic_authors": [], "replies": [],
        "insults_at_commenters": 0, "insults_at_groups": 0,
    }


def test_top_five_authors_only() -> None:
    comments = [_scored(f"c{i}", f"user{i}", "x", ["toxic"], 0.5 + i / 100) for i in range(8)]
    summary = thread_summary(comments)
    assert len(summary["toxic_authors"]) == 5
    assert summary["toxic_authors"][0]["author"] == "user7"


def test_addressing_needs_a_known_earlier_author() -> None:
    c = Comment(id="x", text="Maria, you are wrong.", author="Z")
    assert addressed_author(c, ["Maria"]) == "Maria"
    assert addressed_author(c, ["Bob"]) is None
    assert addressed_author(Comment(id="y", text="Maria Sharapova won today", author="Z"), ["Maria"]) is None


def test_reply_targets_prefers_parent() -> None:
    comments = [
        Comment(id="a", text="first", author="A"),
        Comment(id="b", text="second", author="B"),
        Comment(id="c", text="A, sure", author="C", parent="b"),
    ]
    assert reply_targets(comments) == [None, None, "B"]


class FakeScorer:
    """Flags any text containing 'idiot' as toxic insult aimed at an individual."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def score(self, texts):
        self.calls.append(list(texts))
        out = []
        for t in texts:
            bad = "idiot" in t
            attrs = {a: (0.9 if bad and a in ("toxic", "insult") else 0.02) for a in TOXICITY_ATTRIBUTES}
            out.append(CommentScore(
                attributes=attrs, flags=[a for a, v in attrs.items() if v >= 0.5], offensive=0.9 if bad else 0.1,
                untargeted=0.1, target="IND" if bad else "OTH", target_probs={"IND": 0.5, "GRP": 0.3, "OTH": 0.2},
                olid_a="OFF" if bad else "NOT",
            ))
        return out

    def evidence(self, text, attributes, probs=None):
        """Occlusion evidence is tested in test_toxicity_spans.py; none here."""
        return []


def test_analyzer_scores_all_comments_of_a_batch_in_one_call() -> None:
    d1 = Document(id="1", source="m", text="", comments=[Comment(id="a", text="fine point", author="A"),
                                                         Comment(id="b", text="A, you idiot", author="B")])
    d2 = Document(id="2", source="m", text="", comments=[Comment(id="c", text="idiot", author="C")])
    d3 = Document(id="3", source="m", text="")
    scorer = FakeScorer()
    analyzer = ToxicityAnalyzer(scorer=scorer)
    analyzer([d1, d2, d3])
    assert scorer.calls == [["fine point", "A, you idiot", "idiot"]]
    assert analyzer.name == "toxicity.v1"
    for doc in (d1, d2):
        for c in doc.comments:
            assert set(c.toxicity) == set(TOXICITY_ATTRIBUTES)
            assert all(0.0 <= v <= 1.0 for v in c.toxicity.values())
    assert d1.comments[0].flags == []
    assert d1.comments[1].flags == ["toxic", "insult"]
    assert d1.extras["thread"]["insults_at_commenters"] == 1
    assert d1.scores["toxic_comment_share"] == 0.5
    assert d3.extras["thread"]["comments"] == 0
    assert d1.analyzers["toxicity"] == "toxicity.v1"
    assert d1.to_dict()["thread"]["replies"] == [{"from": "B", "to": "A", "count": 1}]
