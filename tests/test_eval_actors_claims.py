"""`slant eval actors`' claim attribution: the claim over each gold quote and whether it names the gold speaker.

Hand-built gold and predictions on an invented text (no parser), so each matching rule is pinned.
"""

from __future__ import annotations

from typing import Any

from slant.document import Claim, Document, Span
from slant.eval.actors import _Page, score_page

TEXT = (
    'Mayor Ana Holt said the bridge will open in May. "It is safe," she added. '
    "The report said costs doubled. Critics said the plan was rushed."
)


def _at(phrase: str) -> list[int]:
    start = TEXT.index(phrase)
    return [start, start + len(phrase)]


def _sentence(phrase: str, source: str | None) -> Claim:
    start = TEXT.index(phrase)
    end = TEXT.index(".", start) + 1
    return Claim(start=start, end=end, text=TEXT[start:end], attributed_to=source)


def _gold() -> dict[str, Any]:
    quotes = [
        ("the bridge will open in May", "holt"),
        ("It is safe,", "holt"),
        ("costs doubled", None),
        ("the plan was rushed", None),
    ]
    return {
        "actors": [{"id": "holt", "mentions": [_at("Ana Holt")]}],
        "labels": [],
        "voice": [],
        "quotes": [{**dict(zip(("start", "end"), _at(p))), "kind": "reported", "speaker": s} for p, s in quotes],
    }


def _doc(claims: list[Claim]) -> Document:
    doc = Document(id="t", source="t", text=TEXT, claims=claims)
    doc.add_spans("actor_mentions", [Span(*_at("Ana Holt"), "Ana Holt")], "test")
    return doc


def test_claim_attribution_counts_the_claim_over_each_gold_quote() -> None:
    claims = [
        _sentence("Mayor Ana Holt", "Mayor Ana Holt"),  # a longer name of the gold speaker: right
        _sentence('"It is safe', "Holt"),  # the surname matches a mention: right
        _sentence("The report", "The report"),  # gold null, predicted a source: wrong
        # "Critics said ...": no claim covers it, so it counts only in the _all figure
    ]
    result = score_page(_Page(_gold(), TEXT, _doc(claims)))
    assert result["quotes_in_claims"] == 3
    assert result["claim_attribution_ok"] == 2
    assert result["wrong_claim_attributions"] == [{"at": _at("costs doubled"), "gold": None, "predicted": "The report"}]


def test_a_null_speaker_is_right_only_for_an_unattributed_claim() -> None:
    claims = [_sentence("The report", None), _sentence("Critics", "Ana Holt")]
    result = score_page(_Page(_gold(), TEXT, _doc(claims)))
    assert (result["quotes_in_claims"], result["claim_attribution_ok"]) == (2, 1)
