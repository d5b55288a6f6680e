"""slant as a spaCy pipeline component: `nlp.add_pipe("slant")`.

The component wraps the spaCy Doc's text in a slant Document, runs slant's
analyzers on it (techniques when registered, actors, loaded terms, claims) and
writes their results into span groups of the spaCy Doc:

    doc.spans["slant_techniques"]     label = technique name
    doc.spans["slant_loaded_terms"]   label = kind ("loaded" | "name_calling")
    doc.spans["slant_actors"]         label = canonical actor name (one span per body mention)
    doc.spans["slant_claims"]         label = "claim"

and the whole slant Document to `doc.user_data["slant"]`. When the pipeline
the component sits in already parsed the Doc (parser and ner ran), that parse is
handed to slant's analyzers through their BatchContext; otherwise slant parses the
text with its own en_core_web_sm. The default analyzers are the registry's defaults
that work on a bare text (`SPACY_DEFAULT_ANALYZERS`: toxicity only scores comments).
This module must stay light to import: spaCy imports it through the
`spacy_factories` entry point whenever it builds any pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from slant.analyze.base import Analyzer
from slant.analyze.registry import SPACY_DEFAULT_ANALYZERS
from slant.document import Document, Span, content_id

#: Kept under this name for callers of the component; derived from the registry's table.
DEFAULT_ANALYZERS: tuple[str, ...] = SPACY_DEFAULT_ANALYZERS


class SlantComponent:
    """Runs slant analyzers on each spaCy Doc and stores their spans in doc.spans."""

    def __init__(self, nlp: Language, name: str, analyzers: Sequence[str]) -> None:
        self.name = name
        self.analyzer_names = list(analyzers)
        self._analyzers: list[Analyzer] | None = None

    def _load(self) -> list[Analyzer]:
        if self._analyzers is None:
            from slant.analyze.registry import REGISTRY, create

            self._analyzers = [create(n) for n in self.analyzer_names if n in REGISTRY]
        return self._analyzers

    def __call__(self, doc: Doc) -> Doc:
        from slant.analyze.base import BatchContext

        sdoc = Document(id=content_id(doc.text), source="spacy", text=doc.text)
        context = BatchContext()
        if doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB"):
            from slant.nlp.spacy_runtime import ParsedDocument

            context.provide(sdoc, ParsedDocument(title=None, body=doc))
        for analyzer in self._load():
            analyzer([sdoc], context)
        groups = {
            "slant_techniques": sdoc.spans.get("techniques", []),
            "slant_loaded_terms": sdoc.spans.get("loaded_terms", []),
            "slant_actors": sdoc.spans.get("actor_mentions", []),
            "slant_claims": [Span(c.start, c.end, "claim", c.check_worthy) for c in sdoc.claims],
        }
        for key, spans in groups.items():
            out = []
            for s in spans:
                span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
                if span is not None:
                    out.append(span)
            doc.spans[key] = out
        doc.user_data["slant"] = sdoc
        return doc


@Language.factory("slant", default_config={"analyzers": list(DEFAULT_ANALYZERS)})
def make_slant_component(nlp: Language, name: str, analyzers: list[str]) -> SlantComponent:
    """spaCy factory "slant" (also declared as a `spacy_factories` entry point)."""
    return SlantComponent(nlp, name, analyzers)
