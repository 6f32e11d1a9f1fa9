"""JUnit XML for CI test tabs: one testcase per plan.

A plan's testcase fails with one <failure> per finding at or above the fail
level (the file's own fail-on); findings below it are listed in
<system-out>. A file that cannot be read is an <error>. As with SARIF, no plan
text appears unless `include_text` is set.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping

from ..model import SEVERITY_RANK, FileReport
from ..registry import all_rules
from ._shared import safe_message


def render(reports: list[FileReport], fail_on: str | Mapping[str, str] = "error", rules: dict | None = None,
           include_text: bool = False) -> str:
    """`fail_on` is one level, or a mapping of report path -> level (per-file settings)."""
    if rules is None:
        rules = all_rules()
    suite = ET.Element("testsuite", name="planlint")
    failures = errors = 0
    for report in reports:
        case = ET.SubElement(suite, "testcase", classname="planlint", name=report.path, file=report.path)
        if report.status != "ok":
            errors += 1
            ET.SubElement(case, "error", type="cannot-read", message=f"cannot read: {report.error}")
            continue
        level = fail_on if isinstance(fail_on, str) else fail_on.get(report.path, "error")
        failing, others = [], []
        for f in report.findings:
            (failing if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level] else others).append(f)
        for f in failing:
            where = f.location.describe()
            message = safe_message(f, rules, include_text)
            node = ET.SubElement(case, "failure", type=f.rule, message=f"{f.rule} {f.name} ({where}): {message}")
            node.text = f"{f.severity}: {f.rule} {f.name} at {where}\n{message}" + (
                f"\n> {f.excerpt}" if include_text and f.excerpt else "")
        if failing:
            failures += 1
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"{f.severity}: {f.rule} {f.name} at {f.location.describe()}: {safe_message(f, rules, include_text)}"
                for f in others
            )
    suite.set("tests", str(len(reports)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suites = ET.Element("testsuites", name="planlint", tests=str(len(reports)), failures=str(failures),
                        errors=str(errors))
    suites.append(suite)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
