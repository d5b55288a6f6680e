"""HTML pages: trafilatura for the body and metadata, comment threads from the markup."""

from slant.extract.html.page import HtmlExtraction, extract_html

__all__ = ["HtmlExtraction", "extract_html"]
