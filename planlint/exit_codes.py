"""Exit codes of the command line (stable, for hooks and CI).

  0  nothing at or above the --fail-on level
  1  findings at or above the --fail-on level
  2  a file could not be read, or the command was misused (other files are still linted)
"""
from __future__ import annotations

from .model import SEVERITY_RANK, FileReport

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def exit_code(reports: list[FileReport], fail_on: str) -> int:
    if any(r.status == "error" for r in reports):
        return EXIT_ERROR
    level = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[f.severity] >= level for r in reports for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK
