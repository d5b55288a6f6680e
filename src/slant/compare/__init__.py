"""Comparing outlets: same-event grouping, framing side by side, republished copies.

    events      group documents about one event (TF-IDF + dates, pure numpy)
    framing     per outlet: word for the event, actor labels, techniques, claims, omissions
    duplicates  the same article text on several outlets (MinHash LSH)
    report      the comparison as JSON and as an offline HTML page
"""

from slant.compare.duplicates import Republication, find_republications
from slant.compare.events import Event, group_events
from slant.compare.framing import OutletFraming, compare_framing
from slant.compare.report import UnknownEvent, build_comparison, compare_store, render_html, write_comparison

__all__ = [
    "Event",
    "OutletFraming",
    "Republication",
    "UnknownEvent",
    "build_comparison",
    "compare_framing",
    "compare_store",
    "find_republications",
    "group_events",
    "render_html",
    "write_comparison",
]
