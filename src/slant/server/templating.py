"""Jinja2 for the web app: its own templates plus the report's partials, autoescaped."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from slant.report import TEMPLATES as REPORT_TEMPLATES
from slant.report import add_globals

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(TEMPLATES)), jinja2.FileSystemLoader(str(REPORT_TEMPLATES))]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return add_globals(env)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(name).render(request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)
