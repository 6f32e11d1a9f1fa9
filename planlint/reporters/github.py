"""GitHub Actions workflow commands: one annotation per finding.

    ::error file=plans/amelia.md,line=12,title=T002 vague-timescale::The only timescale is vague...

Only .md and .txt findings carry a line; a .docx or PDF finding is an
annotation on the file (a paragraph or table row is not a line). File names
are shown as display_name shows them.

Like SARIF, a message carries no plan text unless `include_text` is set
(Actions logs are kept and shared more widely than the plans). Levels map
error -> error, warning -> warning, info -> notice. A file that cannot be
read is an error annotation on that file.
"""
from __future__ import annotations

import os

from ..model import FileReport
from ..registry import all_rules
from ._shared import display_name, display_text, safe_message, start_line

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _file(path: str) -> str:
    if path == "-":
        return "-"
    rel = os.path.relpath(os.path.abspath(path), os.getcwd())
    return display_name((os.path.abspath(path) if rel.startswith("..") else rel).replace(os.sep, "/"))


def render(reports: list[FileReport], rules: dict | None = None, include_text: bool = False) -> str:
    if rules is None:
        rules = all_rules()
    lines = []
    for report in reports:
        file = _prop(_file(report.path))
        if report.status != "ok":
            lines.append(f"::error file={file},title={_prop('cannot read')}::{_data(display_text(str(report.error)))}")
            continue
        for f in report.findings:
            title = _prop(f"{f.rule} {f.name}")
            message = _data(display_text(safe_message(f, rules, include_text)))
            line = start_line(f.location)
            at = f",line={line}" if line is not None else ""
            lines.append(f"::{LEVELS[f.severity]} file={file}{at},title={title}::{message}")
    return "\n".join(lines) + ("\n" if lines else "")
