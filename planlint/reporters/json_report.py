"""The JSON contract other tools read (see README, "JSON output").

A file's path is given as display_name shows it, so a name that is not
UTF-8 or holds control characters is still valid, unambiguous JSON."""
from __future__ import annotations

import json

from .. import __version__
from ..model import FileReport
from ._shared import display_name, display_text


def to_data(reports: list[FileReport]) -> dict:
    return {"planlint_version": __version__, "files": [_file(r) for r in reports]}


def _file(report: FileReport) -> dict:
    data = report.to_dict()
    data["path"] = display_name(data["path"])
    if data.get("error"):
        data["error"] = display_text(data["error"])
    return data


def render(reports: list[FileReport]) -> str:
    return json.dumps(to_data(reports), indent=2, ensure_ascii=False) + "\n"
