"""Pages scraped to plain text: boilerplate lines and comment boundaries inferred from the text alone."""

from slant.extract.text.page import TextExtraction, extract_text

__all__ = ["TextExtraction", "extract_text"]
