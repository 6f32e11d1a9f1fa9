"""The one sequencer: every front end (check, structure, annotate, audit, the
Python API) lints through lint() or lint_document(), which read top to bottom:

    read            readers: file or text -> Document of located Blocks
    notes out       suppress.extract: "planlint: ignore" notes taken out of the text
    understand      nlp: one Analyser per rule-pack set turns text into Mentions
    build the plan  structure: Document -> Plan, with mentions, cues and verdicts attached
    run the rules   checks: pure functions of Plan and Config -> Findings
    report          suppress.apply, score -> FileReport
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import readers
from .config import Config
from .errors import PlanlintError, TimedOut
from .model import CERTAINTY_RANK, Document, FileReport

if TYPE_CHECKING:
    from .nlp.pipeline import Analyser

# The NLP pipeline, the structure layer and the checks are imported by the first
# lint_document(): a file that cannot be read is refused without loading spaCy.
_analysers: dict[tuple, Analyser] = {}


def analyser_for(config: Config) -> Analyser:
    """One Analyser (and spaCy pipeline) per process and rule-pack set."""
    from .nlp.pipeline import Analyser

    key = tuple(config.extra_packs)  # () for the built-in pack alone
    if key not in _analysers:
        _analysers[key] = Analyser(key)
    return _analysers[key]


def lint_document(document: Document, config: Config | None = None) -> FileReport:
    from . import suppress  # inline "planlint: ignore" notes (planlint/suppress.py)
    from .checks import run_checks
    from .registry import all_rules
    from .score import score
    from .structure import build_plan

    config = config or Config()
    analyser = analyser_for(config)
    document, notes = suppress.extract(document)  # suppress.py: notes out of the text
    plan = build_plan(document, analyser, tuple(config.extra_packs))
    if not plan.reading.plan_found:
        # Not a plan (a README, team minutes): say so, with no findings and no score.
        return FileReport(document.path, plan=plan)
    findings = run_checks(plan, config)
    report = FileReport(document.path, actions=len(plan.actions), findings=findings, plan=plan)
    report = suppress.apply(report, notes, config)  # drop silenced findings, add S001, sort
    least = CERTAINTY_RANK[config.min_certainty]
    report.findings = [f for f in report.findings if CERTAINTY_RANK[f.certainty] >= least]
    report.score = score(plan, report.findings, all_rules(), config.enabled)
    return report


def lint(source: str | os.PathLike | bytes, config: Config | None = None, *, name: str | None = None) -> FileReport:
    """Lint a plan file (a path), plan text (a str that is not an existing
    path) or a plan file's bytes (bytes; `name` picks the format, '-' sniffs).

    Never raises for a bad file, nor for a bug met on one: the report says
    status "error" with a one-line reason instead, so a run goes on to its
    other files.
    """
    label = name or str(source)
    try:
        if isinstance(source, bytes):
            label = name or "-"
            document = readers.read_bytes(source, label)
        elif isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and _is_file(source)):
            document = readers.read_path(source)
        else:
            document = readers.read_text(str(source), name or "-")
            label = name or "-"
        return lint_document(document, config)
    except (PlanlintError, TimedOut) as exc:
        return FileReport(label, status="error", error=str(exc))
    except MemoryError:
        return FileReport(label, status="error", error="out of memory")
    except Exception as exc:  # noqa: BLE001  the type's name only: an exception's text may quote the plan
        return FileReport(label, status="error", error=f"internal error ({type(exc).__name__})")


def _is_file(text: str) -> bool:
    """A one-line string that names a file (or a plan file that is missing)."""
    if len(text) > 4096:
        return False
    return os.path.splitext(text)[1].lower() in readers.SUPPORTED_EXTENSIONS or os.path.isfile(text)
