"""Is a body paragraph another outlet's coverage, quoted inside the article?

The sample gold marks such paragraphs `quoted_outlet` ('The Saudi paper X
reported on Feb. 15 that ...'). A paragraph qualifies when one sentence names
a media outlet, by a media noun ('the business daily', 'state broadcaster')
or by a widely quoted outlet's name, together with a reporting verb or
'according to'. Claims by officials and ministries do not count.
"""

from __future__ import annotations

import re

_MEDIA_NOUNS = (
    r"newspaper|paper|daily|weekly|tabloid|broadcaster|news agency|news outlet|outlet|"
    r"magazine|tv channel|channel|television|radio|news site|website|portal|wire service|media"
)
_OUTLETS = (
    r"reuters|associated press|afp|agence france-presse|tass|ria novosti|interfax|sputnik|"
    r"al jazeera|al arabiya|cnn|bbc|fox news|new york times|washington post|the guardian|"
    r"wall street journal|bloomberg|financial times|sana|anadolu|xinhua|haaretz|times of israel|"
    r"le monde|der spiegel|asharq al-awsat|sharq al-awsat|al-masdar|south china morning post"
)
_REPORTED = r"reported|wrote|claimed|cited|quoted|revealed|published|broadcast|aired|reports|writes|claims"
#: Words that end a masthead ('The Fenland Post', 'Kyiv Daily Courier'): the shape of an outlet's name.
_MASTHEAD = (
    r"post|times|herald|journal|gazette|telegraph|tribune|chronicle|courier|standard|express|mail|mirror|"
    r"observer|independent|star|sun|news|today|daily|weekly|review|monitor|insider|record|examiner|inquirer|"
    r"bulletin|dispatch|press|sentinel|guardian|globe|pravda|izvestia|gazeta|vedomosti|kommersant|tv|radio|"
    r"agency|wire|report|reporter|register|leader|argus|advertiser|echo|voice|beacon|clarion|mercury|"
    r"messenger|informer|digest|magazine|online|network|broadcasting|media"
)
_CAP = r"[A-Z][\w'’&.-]*"
#: A capitalised name ending in a masthead word, optionally after 'the'.
_MASTHEAD_WORDS = "|".join(w.capitalize() for w in _MASTHEAD.split("|")) + "|TV"
_MASTHEAD_NAME = rf"(?:[Tt]he\s+(?:{_CAP}\s+){{0,3}}|(?:{_CAP}\s+){{1,3}})(?:{_MASTHEAD_WORDS})\b"
_PATTERNS = [
    # 'according to the business daily X', 'according to Reuters'
    re.compile(rf"\baccording to\b[^.;]{{0,60}}?(?:\b(?:{_MEDIA_NOUNS})\b|\b(?:{_OUTLETS})\b)", re.IGNORECASE),
    # 'The Saudi paper X reported on Feb. 15 that', 'state media claimed'
    re.compile(
        rf"(?:\b(?:{_MEDIA_NOUNS})\b|\b(?:{_OUTLETS})\b)[^.;]{{0,40}}?\b(?:{_REPORTED})\b", re.IGNORECASE
    ),
    # 'Reuters said', 'TASS says': 'said' only after an outlet's own name
    re.compile(rf"\b(?:{_OUTLETS})\b[^.;,]{{0,25}}?\b(?:said|says|told)\b", re.IGNORECASE),
    # outlets not in the list, by the shape of their name: 'The Fenland Post reported', 'according to the X Times'
    re.compile(rf"\b(?i:according to)\s+(?:{_MASTHEAD_NAME})"),
    re.compile(rf"(?:^|[\s(“\"])(?:{_MASTHEAD_NAME})(?:[^.;]{{0,30}}?)\s(?i:{_REPORTED})\b"),
]


def is_quoted_outlet(paragraph: str) -> bool:
    """True when the paragraph attributes what it says to a media outlet."""
    text = paragraph.strip()[:600]
    return any(p.search(text) for p in _PATTERNS)
