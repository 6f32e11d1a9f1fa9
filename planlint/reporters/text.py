"""Compiler-style text for people: path:location: CODE name message.

Names and plan text are shown with control characters escaped (see
_shared.display_text), so a plan cannot send escape sequences to a terminal."""
from __future__ import annotations

import click

from ..model import FileReport
from ._shared import display_name, display_text

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}
EXCERPT_WIDTH = 160


def render(reports: list[FileReport], colour: bool = False) -> str:
    lines: list[str] = []
    style = (lambda text, **kw: click.style(text, **kw)) if colour else (lambda text, **kw: text)
    counts = {"error": 0, "warning": 0, "info": 0}
    broken = 0
    for r in reports:
        path = display_name(r.path)
        if r.status == "error":
            broken += 1
            lines.append(f"{path}: {style('cannot read', fg='red', bold=True)}: {display_text(str(r.error))}")
            continue
        if r.plan is not None and not r.plan.reading.plan_found:
            lines.append(f"{r.path}: {r.plan.reading.notes[0]}")
            continue
        for f in r.findings:
            counts[f.severity] += 1
            where = f.location.describe()
            head = style(f"{f.rule} {f.name}", fg=_COLOURS[f.severity], bold=True)
            lines.append(f"{path}:{where}: {head} {display_text(f.message)}")
            if f.excerpt:
                lines.append(f"    > {display_text(_clip(f.excerpt))}")
            lines.append(f"    fix: {display_text(f.hint)}")
        if r.score is not None:
            lines.append(f"{path}: {r.actions} actions, score {r.score['overall']}/100")
    summary = (
        f"{len(reports)} file(s) checked: {counts['error']} error(s), {counts['warning']} warning(s), "
        f"{counts['info']} info"
    )
    if broken:
        summary += f"; {broken} file(s) could not be read"
    lines.append(style(summary, bold=True))
    return "\n".join(lines) + "\n"


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_WIDTH else flat[: EXCERPT_WIDTH - 1] + "…"
