"""slant: shows how news pages push a narrative, with evidence spans.

    >>> import slant
    >>> doc = slant.analyze_text(open("page.txt").read())
    >>> doc.to_dict()["techniques"]
"""

from slant.api import analyze_html, analyze_paths, analyze_text
from slant.config import Limits, RunConfig
from slant.document import Actor, ActorLabel, Claim, Comment, Document, Page, Span
from slant.run.pipeline import Pipeline
from slant.store import CorpusStore
from slant.store.corpus import Corpus, Filter

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorLabel",
    "Claim",
    "Comment",
    "Corpus",
    "CorpusStore",
    "Document",
    "Filter",
    "Limits",
    "Page",
    "Pipeline",
    "RunConfig",
    "Span",
    "__version__",
    "analyze_html",
    "analyze_paths",
    "analyze_text",
]
