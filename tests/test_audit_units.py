"""The audit's parts on their own: redaction, CSV cells, the memory cap, the runner.

All names and details are fictional.
"""
from __future__ import annotations

import multiprocessing
import sys

import pytest

from planlint.audit.outputs import safe_cell
from planlint.audit.redact import names_pattern, path_hash, plan_names, redact_result, redact_text
from planlint.audit.runner import Limits, _limit_memory, lint_files


@pytest.mark.parametrize("text, names, expected", [
    ("Child: Tallulah Quennell (DOB 04/05/2019).", ["Tallulah"], "Child: [NAME] (DOB [DOB])."),
    ("D.O.B: 1.2.2018", [], "D.O.B: [DOB]"),
    ("date of birth - 01 Jan 2020", [], "date of birth - [DOB]"),
    ("Kit was born on 3rd March 2019.", ["Kit"], "[NAME] was born on [DOB]."),
    ("Seen on 12 March 2025 and 2025-03-19 and March 26, 2025.", [], "Seen on [DATE] and [DATE] and [DATE]."),
    ("TALLULAH said she likes Tallulah's nursery.", ["Tallulah"], "[NAME] said she likes [NAME]'s nursery."),
    ("Weekly, every 4 weeks, by the next core group", ["Tallulah"], "Weekly, every 4 weeks, by the next core group"),
    ("Call 07700 900123 or +44 (0)20 7946 0958.", [], "Call [PHONE] or [PHONE]."),
    ("NHS no. 943 476 5919; lives at 12 Acacia Road, KM4 7QT.", [], "NHS no. [NHS]; lives at [ADDRESS], [POSTCODE]."),
    # An ordinary word beside a name stays; an unknown capitalised word beside it goes with it.
    ("Fortnightly Tallulah visits Throughout", ["Tallulah"], "Fortnightly [NAME] visits Throughout"),
    ("Tallulah Quennell visits", ["Tallulah"], "[NAME] visits"),
    # A name in square brackets goes too; a placeholder already put in stays, even one a name spells.
    ("Visit. [Who: Tallulah] [Quennell pryd / By when: weekly]", ["Tallulah", "Quennell"],
     "Visit. [Who: [NAME]] [[NAME] pryd / By when: weekly]"),
    ("[NAME] and [DATE] with Date", ["Date", "Name"], "[NAME] and [DATE] with [NAME]"),
])
def test_redact_text(text, names, expected):
    assert redact_text(text, names_pattern(names), frozenset({"fortnightly", "throughout", "visits"})) == expected


def _plan(text):
    from planlint import Config, lint

    return lint(text, Config(), name="plan.md")


def test_redact_result_covers_message_excerpt_and_hint():
    result = {"findings": [{"message": '"Tallulah soon" does not say when', "excerpt": "Visit Tallulah | soon",
                            "hint": "e.g. see Tallulah weekly"}]}
    redact_result(result, _plan("# Plan\n\nChild: Tallulah Stone\n\nMum will visit Tallulah soon.\n").plan)
    assert "Tallulah" not in str(result)


def test_redact_takes_names_after_titles_labels_and_in_owners_but_no_ordinary_words():
    plan = _plan("# Plan\n\nMum: Bronwyn Quennell.\nMr Hargreaves Fortnightly will visit.\n"
                 "Grandmother (Edith) helps.\n\n## Actions\n\n| Action | Who | When |\n|---|---|---|\n"
                 "| Weigh the baby | Health visitor (Jo Okonkwo) | fortnightly |\n").plan
    names, ordinary = plan_names(plan)
    assert {"Bronwyn", "Quennell", "Hargreaves", "Edith", "Okonkwo"} <= names
    assert "Fortnightly" not in names and "fortnightly" in ordinary
    later = redact_text("Bronwyn and Okonkwo attend; Edith too. Fortnightly review.", names_pattern(names), ordinary)
    assert later == "[NAME] and [NAME] attend; [NAME] too. Fortnightly review."


def test_path_hash_is_stable_and_short():
    assert path_hash("plans/a.docx") == path_hash("plans/a.docx") != path_hash("plans/b.docx")
    assert len(path_hash("plans/a.docx")) == 12


@pytest.mark.parametrize("value, expected", [
    ("=1+2", "'=1+2"), ("+44 1234", "'+44 1234"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("Visit weekly", "Visit weekly"), (None, ""), (3, "3"),
])
def test_safe_cell_neutralises_formulas(value, expected):
    assert safe_cell(value) == expected


def _allocate_under_cap(queue):
    with open("/proc/self/status") as status:  # the cap counts what the process already maps
        size_mb = next(int(line.split()[1]) for line in status if line.startswith("VmSize")) // 1024
    _limit_memory(size_mb + 200)
    try:
        block = bytearray(600 * 1024 * 1024)
        queue.put(f"allocated {len(block)}")
    except MemoryError:
        queue.put("MemoryError")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS as on Linux")
def test_worker_memory_cap_refuses_big_allocations():
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_allocate_under_cap, args=(queue,))
    child.start()
    child.join(30)
    assert queue.get(timeout=5) == "MemoryError"


def test_lint_files_keeps_order_and_reports_progress(tmp_path):
    paths = []
    for i in range(5):
        p = tmp_path / f"p{i}.md"
        p.write_text(f"# Plan {i}\n\n## Action plan\n- The SW will visit weekly and record it.\n")
        paths.append(str(p))
    paths.append(str(tmp_path / "missing.md"))
    done = []

    results = lint_files(paths, Limits(timeout=30), jobs=2, on_done=done.append)

    assert [r["path"] for r in results] == paths
    assert sum(done) == len(paths)
    assert [r["status"] for r in results] == ["ok"] * 5 + ["error"]
    assert results[-1]["error"].startswith("cannot open file")
