"""A ConText-style modifier component (after medspaCy's ConText, rule-based).

Cue spans (NEGATION, HYPOTHETICAL, HISTORICAL, found by the span ruler from
rules/lexicons) modify the target spans that follow them in the same clause.
Scope ends at a clause terminator ("but", "however", ";") and, for
hypotheticals, at a comma, which is where an "if ..." clause usually ends.
A negation does not reach past a modal that opens the next clause: in "if
progress is not made the manager will request a legal planning meeting" the
meeting is not negated.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import loader

CUE_LABELS = {"NEGATION": "negated", "HYPOTHETICAL": "hypothetical", "HISTORICAL": "historical"}
TERMINATORS = {"but", "however", "although", "though", "yet", "except", "whereas", "while", ";", ":", "."}
WINDOW = 8
# A modal opens a new clause; "would" and "'ll" open one too without committing anyone.
MODALS = {*loader.vocabulary()["modals"], "would", "'ll"}
EVENT_HEADS = set(loader.vocabulary()["event_heads"])

if not Span.has_extension("modifiers"):
    Span.set_extension("modifiers", default=frozenset())


def _ends_clause(token) -> bool:
    # "):" is one token; a clause ends at any token closing with ; or :
    return token.lower_ in TERMINATORS or token.text[-1] in ";:"


@Language.factory("planlint_context", default_config={"spans_key": "planlint"})
def make_context(nlp: Language, name: str, spans_key: str):
    return ContextComponent(spans_key)


class ContextComponent:
    def __init__(self, spans_key: str):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans[self.spans_key])
        # "by the conference chair", "at the contact centre": the event word
        # names a person or a place, so the phrase says who or where, not when.
        if any(s.label_ == "TIME" and s.end < len(doc) and doc[s.end].lower_ in EVENT_HEADS for s in spans):
            spans = [s for s in spans if not (s.label_ == "TIME" and s.end < len(doc)
                                              and doc[s.end].lower_ in EVENT_HEADS)]
            doc.spans[self.spans_key] = spans
        # "no later than 30 April": a negation word inside a pseudo-negation is no cue.
        pseudo = {i for s in spans if s.label_ == "PSEUDO_NEGATION" for i in range(s.start, s.end)}
        cues = [s for s in spans if s.label_ in CUE_LABELS and not (s.label_ == "NEGATION" and s.start in pseudo)]
        if not cues:
            return doc
        cue_by_end: dict[int, list[Span]] = {}
        past_starts = {cue.start for cue in cues if cue.label_ == "HISTORICAL"}
        for cue in cues:
            cue_by_end.setdefault(cue.end, []).append(cue)
        for span in spans:
            if span.label_ in CUE_LABELS:
                continue
            span._.modifiers = frozenset(self._modifiers(doc, span, cue_by_end, past_starts))
        return doc

    def _modifiers(self, doc: Doc, span: Span, cue_by_end: dict[int, list[Span]], past_starts: set[int]):
        found = set()
        sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
        lowest = max(sent_start, span.start - WINDOW)
        comma_seen = modal_seen = False
        i = span.start
        while i >= lowest:
            for cue in cue_by_end.get(i, ()):
                kind = CUE_LABELS[cue.label_]
                if not (kind == "hypothetical" and comma_seen or kind == "negated" and modal_seen):
                    found.add(kind)
            if i == lowest or _ends_clause(doc[i - 1]):
                break
            comma_seen = comma_seen or doc[i - 1].text == ","
            modal_seen = modal_seen or doc[i - 1].lower_ in MODALS
            i -= 1
        # A past can also come after its target: "used cannabis in the past".
        end = min(span.sent.end if doc.has_annotation("SENT_START") else len(doc), span.end + WINDOW)
        for j in range(span.end, end):
            if j in past_starts:
                found.add("historical")
                break
            if _ends_clause(doc[j]) or doc[j].lower_ in ("but", ","):
                break
        return found
