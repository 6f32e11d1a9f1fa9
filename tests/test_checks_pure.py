"""Checks are pure functions of the Plan and the Config: they import no NLP,
search no raw text and never reach the analyser."""
import ast
from pathlib import Path

import pytest

CHECKS = sorted((Path(__file__).resolve().parents[1] / "planlint" / "checks").glob("*.py"))


def _imports(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


@pytest.mark.parametrize("path", CHECKS, ids=lambda p: p.name)
def test_checks_pure_no_nlp_and_no_regex(path):
    tree = ast.parse(path.read_text("utf-8"))
    imports = _imports(tree)
    assert "re" not in imports, "a check searches raw text: put the pattern in rules/cues.toml"
    assert not any("nlp" in i or i.startswith("spacy") for i in imports)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert not names & {"understanding", "analyser", "mentions_child", "voice_of_child"}


def test_checks_pure_modules_are_named_by_their_codes():
    from planlint.checks import _load_checks
    from planlint.registry import all_rules

    for code, fn in _load_checks(all_rules()).items():
        module = fn.__module__.rsplit(".", 1)[1]
        assert code.lower() in module.split("_"), (code, module)
