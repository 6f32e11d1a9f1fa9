"""The audit's data files: findings.csv, plans.csv, audit.json.

They are written with planlint.safe_write (whole, private, never through a
link) by audit.command.

Paths are shown as display_name shows them. CSVs are UTF-8 with a byte-order mark (so Excel reads them as UTF-8), written
with the csv module; a cell that starts with = + - @ (or a tab or carriage
return) gets a leading single quote so a spreadsheet never runs it as a
formula.
"""
from __future__ import annotations

import csv
import io
import json

from ..model import FileReport, Finding, Location
from ..reporters._shared import display_name
from ..score import DIMENSIONS

FINDING_COLUMNS = ["path", "rule", "name", "severity", "message", "excerpt",
                   "page", "paragraph", "table", "row", "line"]
PLAN_COLUMNS = (["path", "status", "error", "actions", "overall"] + list(DIMENSIONS)
                + ["errors", "warnings", "linted_at"])
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """A CSV cell that no spreadsheet will treat as a formula."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(rows: list[list]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return "\ufeff" + buffer.getvalue()


def findings_csv(results: list[dict]) -> str:
    rows: list[list] = [FINDING_COLUMNS]
    for r in results:
        for f in r.get("findings", []):
            loc = f.get("location") or {}
            rows.append([display_name(r["path"]), f["rule"], f["name"], f["severity"], f["message"], f["excerpt"],
                         loc.get("page"), loc.get("paragraph"), loc.get("table"), loc.get("row"), loc.get("line")])
    return _csv(rows)


def plans_csv(results: list[dict]) -> str:
    rows: list[list] = [PLAN_COLUMNS]
    for r in results:
        score = r.get("score") or {}
        dims = score.get("dimensions", {})
        severities = [f["severity"] for f in r.get("findings", [])]
        rows.append([display_name(r["path"]), r["status"], r.get("error"), r.get("actions", 0), score.get("overall")]
                    + [dims.get(d) for d in DIMENSIONS]
                    + [severities.count("error"), severities.count("warning"), r.get("linted_at")])
    return _csv(rows)


def to_reports(results: list[dict]) -> list[FileReport]:
    """FileReports rebuilt from results, for to_data() and exit_code()."""
    reports = []
    for r in results:
        findings = [Finding(f["rule"], f["name"], f["severity"], f["message"], f["excerpt"], f["hint"],
                            Location(**(f.get("location") or {}))) for f in r.get("findings", [])]
        reports.append(FileReport(r["path"], r["status"], r.get("error"), r.get("actions", 0), findings,
                                  r.get("score")))
    return reports


def audit_json(results: list[dict], generated: str) -> str:
    from ..reporters.json_report import to_data

    data = to_data(to_reports(results))
    data = {"planlint_version": data["planlint_version"], "generated": generated, "files": data["files"]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
