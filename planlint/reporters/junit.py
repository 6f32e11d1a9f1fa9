"""JUnit XML for CI test tabs: one testcase per plan.

A plan's testcase has one <failure> (JUnit allows one) when it has findings
at or above the fail level (the file's own fail-on); its text lists each of
them. Findings below it are listed in <system-out>. A file that cannot be read
is an <error>. As with SARIF, no plan text appears unless `include_text` is
set; names and text have control characters escaped (display_text), which
XML 1.0 cannot hold.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping

from ..model import SEVERITY_RANK, FileReport
from ..registry import all_rules
from ._shared import display_name, display_text, safe_message


def render(reports: list[FileReport], fail_on: str | Mapping[str, str] = "error", rules: dict | None = None,
           include_text: bool = False) -> str:
    """`fail_on` is one level, or a mapping of report path -> level (per-file settings)."""
    if rules is None:
        rules = all_rules()
    suite = ET.Element("testsuite", name="planlint")
    failures = errors = 0
    for report in reports:
        name = display_name(report.path)
        case = ET.SubElement(suite, "testcase", classname="planlint", name=name, file=name)
        if report.status != "ok":
            errors += 1
            ET.SubElement(case, "error", type="cannot-read", message=f"cannot read: {display_text(str(report.error))}")
            continue
        level = fail_on if isinstance(fail_on, str) else fail_on.get(report.path, "error")
        failing, others = [], []
        for f in report.findings:
            (failing if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level] else others).append(f)
        if failing:
            failures += 1
            rules_hit = ", ".join(dict.fromkeys(f"{f.rule} {f.name}" for f in failing))
            node = ET.SubElement(case, "failure", type=failing[0].rule,
                                 message=f"{len(failing)} finding(s) at or above {level}: {rules_hit}")
            node.text = "\n\n".join(_describe(f, rules, include_text) for f in failing)
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"{f.severity}: {f.rule} {f.name} at {f.location.describe()}: "
                f"{display_text(safe_message(f, rules, include_text))}"
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


def _describe(finding, rules: dict, include_text: bool) -> str:
    lines = [f"{finding.severity}: {finding.rule} {finding.name} at {finding.location.describe()}",
             display_text(safe_message(finding, rules, include_text))]
    if include_text and finding.excerpt:
        lines.append(f"> {display_text(finding.excerpt)}")
    return "\n".join(lines)
