"""The audit's data files: findings.csv, plans.csv, audit.json.

They are written with planlint.safe_write (whole, private, never through a
link) by audit.command.

Every score is on a 0-100 scale (dimension scores too). Case facts are
blank when the plan does not state them. Paths are shown as display_name shows them. CSVs are UTF-8 with a byte-order mark (so Excel reads them as UTF-8), written
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
from .casefacts import facts_of, not_understood, overdue

FINDING_COLUMNS = ["path", "rule", "name", "severity", "message", "excerpt",
                   "page", "paragraph", "table", "row", "line", "fix", "location", "certainty"]
FACT_COLUMNS = ["children", "plan_type", "category", "conference_date", "next_review", "overdue",
                "social_worker", "team", "understood"]
PLAN_COLUMNS = (["path", "status", "error", "actions", "overall"] + list(DIMENSIONS)
                + ["errors", "warnings", "linted_at"] + FACT_COLUMNS)
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
                         loc.get("page"), loc.get("paragraph"), loc.get("table"), loc.get("row"), loc.get("line"),
                         f.get("hint"), Location(**loc).describe(), f.get("certainty", "high")])
    return _csv(rows)


def plans_csv(results: list[dict], as_of) -> str:
    rows: list[list] = [PLAN_COLUMNS]
    for r in results:
        score = r.get("score") or {}
        dims = score.get("dimensions", {})
        severities = [f["severity"] for f in r.get("findings", [])]
        rows.append([display_name(r["path"]), r["status"], r.get("error"), r.get("actions", 0), score.get("overall")]
                    + [None if dims.get(d) is None else round(100 * dims[d]) for d in DIMENSIONS]
                    + [severities.count("error"), severities.count("warning"), r.get("linted_at")]
                    + _fact_cells(r, as_of))
    return _csv(rows)


def _fact_cells(r: dict, as_of) -> list:
    facts = facts_of(r)
    late = overdue(r, as_of)
    reason = not_understood(r)
    return ["; ".join(facts["children"]), facts["plan_type"], "; ".join(facts["categories"]),
            facts["conference_date"], facts["next_review"], None if late is None else ("yes" if late else "no"),
            facts["social_worker"], facts["team"],
            None if r["status"] != "ok" else ("no: " + reason if reason else "yes")]


def to_reports(results: list[dict]) -> list[FileReport]:
    """FileReports rebuilt from results, for to_data() and exit_code()."""
    reports = []
    for r in results:
        findings = [Finding(f["rule"], f["name"], f["severity"], f["message"], f["excerpt"], f["hint"],
                            Location(**(f.get("location") or {})), f.get("certainty", "high"))
                    for f in r.get("findings", [])]
        reports.append(FileReport(r["path"], r["status"], r.get("error"), r.get("actions", 0), findings,
                                  r.get("score")))
    return reports


def audit_json(results: list[dict], generated: str, as_of, skipped: list[dict] = ()) -> str:
    """The JSON contract of `check`, plus per file: "understanding", "facts"
    (with "overdue" on the audit date) and "fingerprint" (sha256 of the file);
    and "skipped": what the folders held that was not linted, and why."""
    from ..reporters.json_report import to_data

    data = to_data(to_reports(results))
    for file, r in zip(data["files"], results):
        for key in ("understanding", "fingerprint"):
            if key in r:
                file[key] = r[key]
        if r["status"] == "ok":
            file["facts"] = dict(facts_of(r), overdue=overdue(r, as_of))
    data = {"planlint_version": data["planlint_version"], "generated": generated, "as_of": as_of.isoformat(),
            "files": data["files"], "skipped": list(skipped)}
    return _file_a_line(data)


def _file_a_line(data: dict) -> str:
    """JSON with each file's entry on one line. json.dumps with an indent
    runs the pure-Python encoder, which took half a second of a 1,000-plan
    report; one line a plan is still read, grepped and diffed plan by plan."""
    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    parts = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            rows = ",\n".join(f"    {dumps(item)}" for item in value)
            parts.append(f"  {dumps(key)}: [\n{rows}\n  ]")
        else:
            parts.append(f"  {dumps(key)}: {dumps(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"
