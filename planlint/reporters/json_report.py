"""The JSON contract other tools read (see README, "JSON output")."""
from __future__ import annotations

import json

from .. import __version__
from ..model import FileReport


def to_data(reports: list[FileReport]) -> dict:
    return {"planlint_version": __version__, "files": [r.to_dict() for r in reports]}


def render(reports: list[FileReport]) -> str:
    return json.dumps(to_data(reports), indent=2, ensure_ascii=False) + "\n"
