"""The context component classes only the words a walk can reach and walks only
from targets with a cue in reach: on every sample plan it gives the modifiers of
the plain walk, which classed every word and walked from every target."""
from __future__ import annotations

from pathlib import Path

import samples
from planlint.nlp import context
from planlint.nlp.pipeline import MATCHES_KEY, get_nlp

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"


_IN_CONDITION: list[int] = []  # each negation the plain walk found inside a condition's clause


def _plain_modifiers(doc) -> dict[tuple[int, int], frozenset]:
    """(start_char, end_char) -> modifiers, as the component computed them before its shortcuts."""
    found = doc.user_data[MATCHES_KEY]
    cues = [(s, e, label) for s, e, label, _ in found if label in context._CUE_HASHES]
    pseudo = {i for s, e, label, _ in found if label == context._PSEUDO for i in range(s, e)}
    cues = [(s, e, label) for s, e, label in cues if not (label == context._NEGATION and s in pseudo)]
    if not cues:
        return {}
    flags = [context._word_flags(t.lex) for t in doc]
    conditions = {e for s, e, label in cues if label == context._HYPOTHETICAL
                  and doc[s].lower_ in context.CONDITION_WORDS}

    def in_condition(s: int) -> bool:
        # back from the negation, within its sentence and reach, to a condition before any comma
        for i in range(s, max(doc[s].sent.start, s - context._CLAUSE_REACH) - 1, -1):
            if i in conditions:
                return True
            if i == doc[s].sent.start or flags[i - 1] & (context._ENDS_CLAUSE | context._TRUE_COMMA):
                return False
        return False

    cue_by_end: dict[int, list[str]] = {}
    for s, e, label in cues:
        kind = context._KIND[label]
        if label == context._NEGATION and in_condition(s):
            kind = context._NEGATED_IN_CONDITION
            _IN_CONDITION.append(s)
        cue_by_end.setdefault(e, []).append(kind)
    past_starts = {s for s, _, label in cues if label == context._HISTORICAL}
    out = {}
    for start, end, label, _ in found:
        if label in context._CUE_HASHES:
            continue
        sent = doc[start].sent
        lowest = max(sent.start, start - context.WINDOW)
        got = set()
        comma_seen = modal_seen = False
        i = start
        while i >= lowest:
            for kind in cue_by_end.get(i, ()):
                if kind == context._NEGATED_IN_CONDITION:
                    if not (comma_seen or modal_seen):
                        got.add("negated")
                elif not (kind == "hypothetical" and comma_seen or kind == "negated" and (
                        modal_seen or label == context._TIME and comma_seen)):
                    got.add(kind)
            if i == lowest or flags[i - 1] & context._ENDS_CLAUSE:
                break
            comma_seen = comma_seen or bool(flags[i - 1] & context._COMMA)
            modal_seen = modal_seen or bool(flags[i - 1] & context._MODAL)
            i -= 1
        for j in range(end, min(sent.end, end + context.WINDOW)):
            if j in past_starts:
                got.add("historical")
                break
            if flags[j] & context._STOPS_PAST:
                break
        out[(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))] = frozenset(got)
    return out


def test_context_gives_the_plain_walks_modifiers_on_every_sample_plan():
    nlp = get_nlp()
    ruler = nlp.get_pipe("planlint_ruler")
    component = nlp.get_pipe("planlint_context")
    texts = {b.text for p in sorted(SAMPLES.glob("*.docx")) for b in samples.read(p).blocks if b.text}
    texts |= {c for p in sorted(SAMPLES.glob("*.docx")) for b in samples.read(p).blocks if b.table
              for row in b.table.rows for c in row if c}
    walked = 0
    _IN_CONDITION.clear()
    for text in sorted(texts):
        doc = ruler.leave_matches(nlp.get_pipe("planlint_stem")(nlp.make_doc(text)))
        doc = component(doc)
        want = _plain_modifiers(doc)  # after the component: its TIME filter may have dropped spans
        got = {key[2:]: value for key, value in doc.user_data.items() if key[:2] == ("._.", "modifiers")}
        if want:
            assert got == want, text
            walked += sum(bool(v) for v in want.values())
        else:
            assert all(not v for v in got.values()), text
    assert walked > 500 and len(_IN_CONDITION) > 20
