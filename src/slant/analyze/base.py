"""What an analyzer is: a callable over a batch of Documents that adds one layer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol, runtime_checkable

from slant.document import Document


@runtime_checkable
class Analyzer(Protocol):
    """Adds one named layer to each document of a batch, in place.

    `name` is the versioned registry name ("techniques.v1"); it is stored with
    every result so a stored span says which model made it. Model-backed
    analyzers load their model once in `__init__` and batch their inputs; the
    pipeline only hands them documents that extracted without error.
    """

    name: ClassVar[str]

    def __call__(self, docs: Sequence[Document]) -> None: ...
