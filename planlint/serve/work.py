"""What a warm worker does with one upload, and the page's view of the result.

It runs in an audit worker process (planlint.audit.runner.WarmPool), so the
worker's time and memory limits hold for it and a hostile file costs only
its own answer. It gets (kind, name, bytes) and returns plain data:

  data       the `check --format json` contract for that one file
  view       (kind "page") the findings grouped by section and action, and
             what planlint understood of the plan
  annotated  (kind "page", a .docx with findings) the Word copy with review
             comments, as bytes, or None
"""
from __future__ import annotations

from ..config import Config
from ..errors import PlanlintError
from ..model import Action, FileReport, Location, Section

VERDICT_LABEL = {"ok": "given", "vague": "vague", "missing": "missing"}


def lint_upload(config: Config, job: tuple[str, str, bytes], limits) -> dict:
    kind, name, data = job
    try:
        report, annotated, annotate_error = _lint(kind, name, data, config)
        result = {"data": contract(report), "annotated": annotated, "annotate_error": annotate_error}
        if kind == "page" and report.plan is not None:
            result["view"] = view(report)
        return result
    except MemoryError:
        return {"data": error_contract(name, f"out of memory (over {limits.max_memory_mb} MB)")}
    except Exception as exc:  # noqa: BLE001  a bug must cost one upload, not the worker
        return {"data": error_contract(name, f"internal error ({type(exc).__name__})")}


def _lint(kind: str, name: str, data: bytes, config: Config) -> tuple[FileReport, bytes | None, str]:
    from ..integrations.annotate import annotate_bytes
    from ..readers import read_bytes
    from ..sequencer import lint_document

    if kind == "page" and name.lower().endswith(".docx"):
        try:
            annotated, written, _, report = annotate_bytes(data, name, config)
            return report, (annotated if written else None), ""
        except PlanlintError as exc:
            annotate_error = str(exc)  # unreadable, or readable but not annotatable: lint it on its own
    else:
        annotate_error = ""
    try:
        report = lint_document(read_bytes(data, name), config)
    except PlanlintError as exc:
        return FileReport(name, status="error", error=str(exc)), None, ""
    return report, None, annotate_error


def contract(report: FileReport) -> dict:
    from ..reporters.json_report import to_data

    return to_data([report])


def error_contract(name: str, reason: str) -> dict:
    return contract(FileReport(name, status="error", error=reason))


def view(report: FileReport) -> dict:
    """Findings grouped under the section and action they are about, in plan order."""
    plan = report.plan
    findings = [dict(f.to_dict(), where=f.location.describe()) for f in report.findings]
    groups = [{"heading": s.heading, "kind": s.kind, "where": s.location.describe(), "actions": [],
               "findings": []} for s in plan.sections]
    whole = {"heading": "", "kind": "whole plan", "where": "", "actions": [], "findings": []}
    action_views = []
    for a in plan.actions:
        entry = _action(a)
        action_views.append((a, entry))
        i = _section_of(a.location, plan.sections)
        (groups[i] if i is not None else whole)["actions"].append(entry)
    for f, shown in zip(report.findings, findings):
        owner = _action_of(f.location, f.excerpt, action_views)
        if owner is not None:
            owner["findings"].append(dict(shown, excerpt="") if f.excerpt == owner["text"] else shown)
            continue
        i = _section_of(f.location, plan.sections)
        (groups[i] if i is not None else whole)["findings"].append(shown)
    groups = [g for g in [whole, *groups] if g["actions"] or g["findings"]]
    sections = [{"heading": s.heading, "kind": s.kind, "where": s.location.describe()} for s in plan.sections]
    return {"groups": groups, "sections": sections, "actions": len(plan.actions)}


def _action(a: Action) -> dict:
    f = a.facts
    return {
        "text": a.text, "where": a.location.describe(), "certainty": a.certainty, "findings": [],
        "verdicts": [
            ("Owner", VERDICT_LABEL.get(f.owner_status, f.owner_status), f.owner if f.owner_status == "ok" else ""),
            ("Timescale", VERDICT_LABEL.get(f.time_status, f.time_status), f.vague_time),
            ("Measure", VERDICT_LABEL.get(f.measure_status, f.measure_status), f.vague_measure),
        ],
    }


def _action_of(location: Location, excerpt: str, actions: list[tuple[Action, dict]]) -> dict | None:
    """The action a finding is about: the one read from its place, the one its excerpt quotes when
    several actions share a paragraph."""
    here = [(a, entry) for a, entry in actions if a.location == location]
    quoted = excerpt.rstrip("…").strip()
    for a, entry in here:
        if quoted and quoted in a.text:
            return entry
    return here[0][1] if here else None


def _section_of(location: Location, sections: list[Section]) -> int | None:
    if location == Location():
        return None  # about the whole plan
    for i, s in enumerate(sections):
        if s.location == location:
            return i
        for b in s.blocks:
            if b.location == location or (location.table is not None and b.location.table == location.table):
                return i
    return None

