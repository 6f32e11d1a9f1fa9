"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDEs).

One run; the driver lists every rule. By default the log carries no plan
text: no excerpts, and each result's message is the rule's summary and fix
(a finding's own message can quote the plan, e.g. a parent's condition).
`include_text=True` adds the finding's message and its excerpt (as the
region's snippet, or the result's "excerpt" property where there is no region). Plans are not source code: only a .md or .txt finding has
a region (its startLine); a .docx paragraph or table row and a PDF page have
none, and logicalLocations name them in words ("table 1 row 2"). An
artifact's URI percent-encodes the file name's own bytes, so a name that is
not UTF-8 is kept exactly.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..baseline import unit_hash
from ..model import FileReport, Finding
from ..registry import all_rules
from ._shared import display_text, plain_hint, rule_markdown, safe_message, start_line

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# planlint has no website; .invalid can never resolve to someone else's site.
INFORMATION_URI = "https://planlint.invalid/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "planlintUnitHash/v1"


def help_uri(code: str) -> str:
    return f"{INFORMATION_URI}rules/{code}"


def artifact_uri(path: str) -> str:
    """A relative URI for paths under the working folder, else a file: URI."""
    if path == "-":
        return "stdin"
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, os.getcwd())
    if rel.startswith(".."):
        return Path(absolute).as_uri()
    return quote(os.fsencode(rel.replace(os.sep, "/")))


def _rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.why}\n\n{rule.guidance}"},
        "help": {"text": f"{rule.summary} How to fix: {plain_hint(rule.hint)}", "markdown": rule_markdown(rule)},
        "helpUri": help_uri(rule.code),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.dimension, rule.unit], "guidance": rule.guidance},
    }


def _result(finding: Finding, uri: str, rules: dict, index: dict, include_text: bool,
            suppression: dict | None = None) -> dict:
    loc = finding.location
    physical: dict = {"artifactLocation": {"uri": uri}}
    line = start_line(loc)
    if line is not None:
        physical["region"] = {"startLine": line}
        if include_text and finding.excerpt:
            physical["region"]["snippet"] = {"text": finding.excerpt}
    result = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": safe_message(finding, rules, include_text)},
        "locations": [{
            "physicalLocation": physical,
            "logicalLocations": [{"name": loc.describe(), "fullyQualifiedName": f"{uri}#{loc.describe()}"}],
        }],
        "partialFingerprints": {FINGERPRINT: unit_hash(finding.excerpt)},
        "properties": {"planlintLocation": loc.to_dict()},
    }
    if include_text and finding.excerpt and line is None:  # a region needs a line to hold a snippet
        result["properties"]["excerpt"] = finding.excerpt
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if suppression is not None:
        result["suppressions"] = [suppression]
    return result


def to_data(reports: list[FileReport], rules: dict | None = None, include_text: bool = False) -> dict:
    if rules is None:
        rules = all_rules()
    index = {code: i for i, code in enumerate(rules)}
    results, notifications, artifacts = [], [], []
    for report in reports:
        uri = artifact_uri(report.path)
        artifacts.append({"location": {"uri": uri}})
        if report.status != "ok":
            notifications.append({
                "level": "error",
                "message": {"text": f"cannot read: {display_text(str(report.error))}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
            })
            continue
        for f in report.findings:
            results.append(_result(f, uri, rules, index, include_text))
        for s in report.suppressed:
            suppression = {"kind": "inSource", "status": "accepted"}
            if include_text and s.reason:
                suppression["justification"] = s.reason
            results.append(_result(s.finding, uri, rules, index, include_text, suppression))
    run = {
        "tool": {"driver": {
            "name": "planlint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": INFORMATION_URI,
            "rules": [_rule_descriptor(r) for r in rules.values()],
        }},
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "artifacts": artifacts,
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(reports: list[FileReport], include_text: bool = False) -> str:
    return json.dumps(to_data(reports, include_text=include_text), indent=2, ensure_ascii=False) + "\n"
