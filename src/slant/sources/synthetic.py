"""Synthetic news pages for benchmarks and scale tests, written from a seed.

Each page is an HTML news article (a headline, dated byline, paragraphs of
English prose, navigation and footer boilerplate) followed by a WordPress
comment thread in core markup (`li#comment-N.comment`, `.comment-author .fn`,
`.comment-content`), some comments replying to others. The prose is assembled
from small phrase lists, so pages are unique (distinct content hashes) yet
deterministic for a given seed, and need no data files.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

_SUBJECTS = (
    "The regional council", "Officials in the capital", "The health ministry", "Local farmers",
    "A group of engineers", "The opposition party", "Residents of the old quarter", "The central bank",
    "Teachers across the province", "The transport authority", "A spokesperson for the mayor",
    "Independent observers", "The national weather service", "Union leaders", "The trade delegation",
)
_VERBS = (
    "announced", "rejected", "questioned", "approved", "criticised", "welcomed", "delayed",
    "reviewed", "defended", "proposed", "postponed", "investigated", "supported", "opposed",
)
_OBJECTS = (
    "a new budget for road repairs", "plans to close the northern hospital", "the proposed water tariff",
    "an agreement on grain exports", "the report on air quality", "a reform of the pension system",
    "the contract for the new bridge", "emergency funding for flooded villages", "the school calendar",
    "a ban on night flights", "the merger of two regional banks", "new rules for rental housing",
)
_TAILS = (
    "after a long debate on Monday", "despite protests outside the building", "according to a statement",
    "citing rising costs", "in a vote of 31 to 12", "following months of negotiation",
    "as critics warned of delays", "before the end of the fiscal year", "in an unusually short session",
    "amid growing public pressure", "while several members abstained", "with little explanation",
)
_CONNECT = (
    "Critics said the decision came too late.", "Supporters argued that the plan would save money.",
    "The figures were not independently verified.", "Several experts called the timeline unrealistic.",
    "A final decision is expected next month.", "The measure still needs approval from parliament.",
    "Some residents said they had not been consulted.", "The cost was estimated at 4.2 million euros.",
)
_NAMES = (
    "Ana", "Bo", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kemal", "Lena",
    "Marek", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tilda",
)
_COMMENTS = (
    "I completely agree with the council on this one.", "This is the worst decision they have made in years.",
    "Does anyone know when the vote will happen?", "They never listen to the people who live here.",
    "Great reporting, thanks for covering the details.", "What a pathetic excuse for a plan.",
    "My neighbours have been waiting for this for a decade.", "The numbers in the article do not add up.",
    "Anyone who supports this is an idiot.", "I hope the courts look at this carefully.",
    "We should wait and see what the engineers say.", "Typical politicians, all talk and no action.",
)


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}."


def article_text(rng: random.Random, words: int) -> list[str]:
    """Paragraphs of about `words` words in total."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        parts = [_sentence(rng) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.5:
            parts.append(rng.choice(_CONNECT))
        paragraph = " ".join(parts)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return paragraphs


def comment_thread(rng: random.Random, n: int) -> list[tuple[int, str, str, int | None]]:
    """(number, author, text, parent number or None) for n comments."""
    out: list[tuple[int, str, str, int | None]] = []
    for number in range(1, n + 1):
        text = " ".join(rng.choice(_COMMENTS) for _ in range(rng.randint(1, 3)))
        parent = rng.randint(1, number - 1) if number > 1 and rng.random() < 0.3 else None
        out.append((number, rng.choice(_NAMES), text, parent))
    return out


def _comment_html(comments: list[tuple[int, str, str, int | None]], base: int) -> str:
    children: dict[int | None, list[tuple[int, str, str, int | None]]] = {}
    for c in comments:
        children.setdefault(c[3], []).append(c)

    def render(parent: int | None) -> str:
        items = []
        for number, author, text, _ in children.get(parent, []):
            cid = base + number
            kids = render(number)
            items.append(
                f'<li id="comment-{cid}" class="comment even depth-1">'
                f'<article id="div-comment-{cid}" class="comment-body">'
                f'<footer class="comment-meta"><div class="comment-author vcard">'
                f'<b class="fn">{html.escape(author)}</b> <span class="says">says:</span></div>'
                f'<div class="comment-metadata"><time datetime="2024-03-0{1 + number % 9}T10:00:00+00:00">'
                f"March {1 + number % 9}, 2024</time></div></footer>"
                f'<div class="comment-content"><p>{html.escape(text)}</p></div>'
                f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>'
                + (f'<ol class="children">{kids}</ol>' if kids else "")
                + "</li>"
            )
        return "".join(items)

    return render(None)


def news_page(seed: int, words: int = 1000, comments: int = 50) -> str:
    """One HTML news page with a WordPress comment thread; same seed, same page."""
    rng = random.Random(seed)
    title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} (report {seed})"
    paragraphs = article_text(rng, words)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    thread = _comment_html(comment_thread(rng, comments), base=seed * 1000) if comments else ""
    comments_block = (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on this story</h2>'
        f'<ol class="comment-list">{thread}</ol></div>'
        if comments
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-01T08:00:00+00:00"></head>
<body class="post-template-default single single-post">
<header class="site-header"><nav class="main-navigation"><ul><li><a href="/">Home</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main id="main" class="site-main"><article id="post-{seed}" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{html.escape(title)}</h1>
<div class="entry-meta">By <span class="author vcard">Staff Reporter</span> on <time class="entry-date published" datetime="2024-03-01T08:00:00+00:00">March 1, 2024</time></div></header>
<div class="entry-content">
{body}
</div></article>
{comments_block}
</main>
<footer class="site-footer"><p>Copyright 2024 The Daily Example. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
</body></html>
"""


def write_corpus(folder: str | Path, n: int, words: int = 1000, comments: int = 50, seed: int = 0) -> list[Path]:
    """Write n pages as folder/page-00000.html ...; returns their paths in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"page-{i:05d}.html"
        path.write_text(news_page(seed + i, words, comments), encoding="utf-8")
        paths.append(path)
    return paths
