"""Language identification never drops a page (issue 16): no error record for language."""

from __future__ import annotations

import pytest

from slant.document import Page
from slant.extract import extract
from slant.extract.language import detect_language

BOX_SCORE = """<html><body><article><h1>Lakers 112, Celtics 104</h1>
<table><tr><th>Player</th><th>MIN</th><th>PTS</th><th>REB</th><th>AST</th><th>FG</th></tr>
<tr><td>James</td><td>38</td><td>31</td><td>8</td><td>9</td><td>12-21</td></tr>
<tr><td>Davis</td><td>36</td><td>22</td><td>14</td><td>2</td><td>9-15</td></tr>
<tr><td>Reaves</td><td>33</td><td>17</td><td>3</td><td>6</td><td>6-11</td></tr>
<tr><td>Russell</td><td>30</td><td>14</td><td>2</td><td>7</td><td>5-13</td></tr>
<tr><td>Hachimura</td><td>24</td><td>10</td><td>5</td><td>1</td><td>4-8</td></tr>
<tr><td>Tatum</td><td>39</td><td>28</td><td>6</td><td>4</td><td>10-22</td></tr>
<tr><td>Brown</td><td>37</td><td>24</td><td>7</td><td>3</td><td>9-19</td></tr>
<tr><td>Holiday</td><td>34</td><td>12</td><td>4</td><td>5</td><td>5-10</td></tr>
<tr><td>White</td><td>31</td><td>11</td><td>3</td><td>6</td><td>4-12</td></tr>
<tr><td>Porzingis</td><td>28</td><td>16</td><td>9</td><td>1</td><td>6-13</td></tr>
<tr><td>Kornet</td><td>9</td><td>4</td><td>3</td><td>0</td><td>2-2</td></tr>
<tr><td>Hauser</td><td>8</td><td>3</td><td>1</td><td>0</td><td>1-3</td></tr>
<tr><td>Vincent</td><td>7</td><td>2</td><td>0</td><td>1</td><td>1-2</td></tr>
<tr><td>Totals</td><td>240</td><td>112</td><td>44</td><td>28</td><td>43-88</td></tr></table>
<p>Attendance 18,997. Officials Foster, Kennedy, Zarba.</p></article></body></html>"""

#: Over 25 words and hardly a function word: the old stopword profiles refused it.
MEAL_PLAN = """<html><body><article><h1>Monday meal plan</h1><ul>
<li>Breakfast: oats, banana, almond milk, chia seeds, honey</li>
<li>Lunch: grilled chicken, brown rice, broccoli, olive oil, lemon</li>
<li>Snack: apple, walnuts, Greek yogurt</li>
<li>Dinner: salmon fillet, sweet potato, spinach salad, feta, cucumber, tomatoes</li>
<li>Calories 1,950. Protein 132 g. Carbs 205 g. Fat 61 g.</li></ul></article></body></html>"""

SHORT = "<html><body><article><p>Hair follicles regrow.</p></article></body></html>"

MIXED = """<html><body><article><h1>Wahl in Berlin</h1><p>Die Wahl in Berlin wurde am Sonntag
wiederholt, weil bei der ersten Abstimmung viele Fehler passiert sind und die Wähler lange
warten mussten.</p></article>
<ol class="comment-list">
<li class="comment" id="comment-1"><div class="comment-author"><cite class="fn">Ann</cite></div>
<div class="comment-content"><p>This is a great summary of what went wrong, thank you for writing it up.</p></div></li>
<li class="comment" id="comment-2"><div class="comment-author"><cite class="fn">Bob</cite></div>
<div class="comment-content"><p>I agree with you, the queues were far too long for everyone.</p></div></li>
</ol></body></html>"""

COMMENTS_ONLY = """<html><body>
<ol class="comment-list">
<li class="comment" id="comment-1"><div class="comment-author"><cite class="fn">Ann</cite></div>
<div class="comment-content"><p>lol</p></div></li>
<li class="comment" id="comment-2"><div class="comment-author"><cite class="fn">Bob</cite></div>
<div class="comment-content"><p>+1 !!!</p></div></li>
</ol></body></html>"""


@pytest.mark.parametrize(
    "html", [BOX_SCORE, MEAL_PLAN, SHORT, MIXED, COMMENTS_ONLY], ids=["box-score", "meal-plan", "short", "mixed", "comments-only"]
)
def test_no_page_is_refused_for_its_language(html: str) -> None:
    doc = extract(Page(source="test", content=html, kind="html"))
    assert doc.text.strip() or doc.comments
    if doc.language is None:
        assert any("language" in w for w in doc.warnings)


def test_unidentifiable_text_is_none_not_an_error() -> None:
    assert detect_language("12 34 56 -- 7") is None
    assert detect_language("") is None


def test_known_languages_are_named() -> None:
    assert detect_language("Der Hund ist sehr schön und die Katze schläft heute im Garten") == "de"
    assert detect_language("This is a short English post about the new city budget and its cuts") == "en"
    assert detect_language("Le gouvernement a annoncé hier une nouvelle réforme des retraites") == "fr"


def test_mixed_page_is_kept_with_a_language() -> None:
    doc = extract(Page(source="test", content=MIXED, kind="html"))
    assert doc.language in {"de", "en"}


def test_short_text_page_is_kept() -> None:
    doc = extract(Page(source="test", content="Meal plan: oats, eggs, rice, 2 apples.", kind="text"))
    assert doc.text


def test_language_reads_a_bounded_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21: the cost of language ID does not grow with the page (py3langid is linear in its input)."""
    from slant.extract import language

    seen: list[int] = []
    real = language._identifier()

    class Recording:
        def classify(self, text: str) -> tuple[str, float]:
            seen.append(len(text))
            return real.classify(text)  # type: ignore[no-any-return]

    monkeypatch.setattr(language, "_identifier", lambda: Recording())
    long_page = "The council voted on Tuesday to keep the ferry running through the winter months. " * 2000
    assert detect_language(long_page) == "en"
    assert seen == [language.MAX_CHARS] and language.MAX_CHARS <= 5000
