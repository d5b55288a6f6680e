"""Count the Python lines a call executes: a measure of work that does not depend on the machine.

Tests compare the work of one call at two input sizes to show it grows linearly (about 8x
for 8x the input, where a quadratic path does about 64x), without timing anything: timings
on a shared machine are noise, and speed goals live in `benchmarks/` (nlp_cost.py's scaling,
text_extraction.py --shapes).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")


def lines_run(call: Callable[[], T]) -> tuple[T, int]:
    """The call's result and how many Python lines it executed, in every frame it entered."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        return local if event == "call" else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        result = call()
    finally:
        sys.settrace(previous)
    return result, count
