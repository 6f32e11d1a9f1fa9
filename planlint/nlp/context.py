"""A ConText-style modifier component (after medspaCy's ConText, rule-based).

Cue spans (NEGATION, HYPOTHETICAL, HISTORICAL, found by the span ruler from
rules/lexicons) modify the target spans that follow them in the same clause.
Scope ends at a clause terminator ("but", "however", ";") and, for
hypotheticals, at a comma or a dash, which is where an "if ..." clause usually ends.
A negation does not reach past a modal that opens the next clause: in "if
progress is not made the manager will request a legal planning meeting" the
meeting is not negated; nor, inside an "if ..." clause, past the comma that
ends it: in "if their conference does not go ahead, the review on 27/01/2026
stays booked" the date is not negated.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .. import loader
from .pipeline import MATCHES_KEY
from .stem import words

CUE_LABELS = {"NEGATION": "negated", "HYPOTHETICAL": "hypothetical", "HISTORICAL": "historical"}
TERMINATORS = {"but", "however", "although", "though", "yet", "except", "whereas", "while", ";", ":", "."}
WINDOW = 8
# A modal opens a new clause; "would" and "'ll" open one too without committing anyone.
MODALS = {*loader.vocabulary()["modals"], "would", "'ll"}
EVENT_HEADS = set(loader.vocabulary()["event_heads"])
FREQUENCY_THINGS = frozenset(loader.vocabulary()["frequency_things"])
LENGTH_UNITS, LENGTH_GOVERNORS, LENGTH_NOUNS = (
    frozenset(loader.vocabulary()[name]) for name in ("length_units", "length_governors", "length_nouns"))
# "2 years 4 months", "15 mths": the lengths, singular or plural
AGE_UNITS = LENGTH_UNITS | {unit + "s" for unit in LENGTH_UNITS}
AGE_WORDS = frozenset(loader.vocabulary()["age_words"])
# How many words before a joined length may hold the time word that governs it
# ("by the end of her 2-year review").
_GOVERNOR_REACH = 4

_TIME, _PSEUDO, _NEGATION, _HISTORICAL, _HYPOTHETICAL = (
    get_string_id(label) for label in ("TIME", "PSEUDO_NEGATION", "NEGATION", "HISTORICAL", "HYPOTHETICAL"))
# The hypothetical cues that open a condition's clause ("if", "unless"), by their first word.
# Not "should", which also gives advice: "Mum should not drink, smoke or ..." runs on past a comma.
CONDITION_WORDS = frozenset(c.split()[0] for c in loader.vocabulary()["conditions"]) - {"should"}
# A negation inside a condition's clause: its scope ends at the comma that ends the clause.
_NEGATED_IN_CONDITION = "negated in a condition"
_KIND = {get_string_id(label): kind for label, kind in CUE_LABELS.items()}  # cue label hash -> modifier
_CUE_HASHES = frozenset(_KIND)
_WORD_ARRAYS = ["ORTH", "SENT_START", "IDX", "LENGTH"]  # one to_array call for all the scope walk reads

if not Span.has_extension("modifiers"):
    Span.set_extension("modifiers", default=frozenset())


# What the scope walk asks of a word, as bits: a word's answers never depend on
# its context, so each distinct word is asked once (doc[i] makes a Token each time).
_ENDS_CLAUSE, _COMMA, _MODAL, _STOPS_PAST, _TRUE_COMMA = 1, 2, 4, 8, 16
# How many words back from a negation a condition opening its clause is looked for.
_CLAUSE_REACH = 12


def _word_flags(lex) -> int:
    # "):" is one token; a clause ends at any token closing with ; or :
    ends = lex.lower_ in TERMINATORS or lex.orth_[-1] in ";:"
    # "ring Gemma if she is worried - ongoing": a dash ends an "if" clause as a comma does
    return ((_ENDS_CLAUSE if ends else 0) | (_COMMA if lex.orth_ in (",", "-", "–", "—") else 0)
            | (_MODAL if lex.lower_ in MODALS else 0)
            | (_STOPS_PAST if ends or lex.lower_ in ("but", ",") else 0) | (_TRUE_COMMA if lex.orth_ == "," else 0))


@Language.factory("planlint_context", default_config={"spans_key": "planlint"})
def make_context(nlp: Language, name: str, spans_key: str):
    return ContextComponent(spans_key)


class ContextComponent:
    def __init__(self, spans_key: str):
        self.spans_key = spans_key
        self._flags: dict[int, int] = {}  # orth -> _word_flags
        self._heads: dict[int, bool] = {}  # orth -> whether its lower case is in EVENT_HEADS

    def __call__(self, doc: Doc) -> Doc:
        found, spans = doc.user_data.get(MATCHES_KEY), None
        if found is None:  # spans the ruler did not leave as tuples (see pipeline.MATCHES)
            spans = list(doc.spans[self.spans_key])
            found = [(s.start, s.end, s.label, s.id) for s in spans]
        # "by the conference chair", "at the contact centre": the event word
        # names a person or a place, so the phrase says who or where, not when.
        labels = [label for _, _, label, _ in found]  # tested in C below, not by a generator per Doc
        if _TIME in labels:
            times = [(start, end) for start, end, label, _ in found if label == _TIME]
            after = self._event_heads(doc, [end for _, end in times])
            after |= _lengths_before_nouns(doc, times) | _ages(doc, times) | _frequencies_of_things(doc, times)
            keep = [not (label == _TIME and end in after) for _, end, label, _ in found]
            if not all(keep):
                found = [f for f, k in zip(found, keep) if k]
                labels = [label for _, _, label, _ in found]
                if spans is None:
                    doc.spans[self.spans_key] = [Span(doc, start, end, label=label, span_id=span_id)
                                                 for start, end, label, span_id in found]
                    doc.user_data[MATCHES_KEY] = found
                else:
                    spans = [s for s, k in zip(spans, keep) if k]
                    doc.spans[self.spans_key] = spans
        if _CUE_HASHES.isdisjoint(labels):
            return doc
        # "no later than 30 April": a negation word inside a pseudo-negation is no cue.
        pseudo = {i for start, end, label, _ in found if label == _PSEUDO for i in range(start, end)}
        cues = [(start, end, label) for start, end, label, _ in found
                if label in _CUE_HASHES and not (label == _NEGATION and start in pseudo)]
        if not cues:
            return doc
        cue_by_end: dict[int, list[str]] = {}
        past_starts = {start for start, _, label in cues if label == _HISTORICAL}
        known = words(doc)  # planlint_stem's read of the words and where sentences start
        if known is not None:
            orths, offsets, lengths, starts = known
        else:
            orths, sent_starts, offsets, lengths = doc.to_array(_WORD_ARRAYS).T.tolist()
            # Where each sentence starts, as Span.sent finds them; one sentence without annotation.
            starts = ([i for i, v in enumerate(sent_starts) if v == 1 or i == 0] if doc.has_annotation("SENT_START")
                      else [0])
        cue_ends, past = sorted({end for _, end, _ in cues}), sorted(past_starts)
        conditions = _condition_ends(doc, orths, cues)
        # (a negation's own clause is read back to a condition that may open it)
        negations = [start for start, _, label in cues if label == _NEGATION] if conditions else []
        flags = self._doc_flags(doc, orths, cue_ends, past, negations)
        for start, end, label in cues:
            kind = _KIND[label]
            if label == _NEGATION and conditions and _in_condition(start, starts, flags, conditions):
                kind = _NEGATED_IN_CONDITION
            cue_by_end.setdefault(end, []).append(kind)
        # A span's start_char and end_char (the ruler's spans are never empty).
        chars = ([(s.start_char, s.end_char) for s in spans] if spans is not None else
                 [(offsets[start], offsets[end - 1] + lengths[end - 1]) for start, end, _, _ in found])
        data = doc.user_data
        for (start, end, label, _), (start_char, end_char) in zip(found, chars):
            if label in _CUE_HASHES:
                continue
            k = bisect_right(starts, start)
            first, last = starts[k - 1], starts[k] if k < len(starts) else len(orths)
            # Each walk can only find a cue it reaches, and most targets have none in reach.
            lowest = max(first, start - WINDOW)
            k = bisect_left(cue_ends, lowest)
            cue_near = k < len(cue_ends) and cue_ends[k] <= start
            k = bisect_left(past, end)
            past_near = k < len(past) and past[k] < min(last, end + WINDOW)
            # What `span._.modifiers = ...` stores, without an Underscore object per span.
            data[("._.", "modifiers", start_char, end_char)] = frozenset(
                _modifiers(start, end, lowest, last, flags, cue_by_end, past_starts, cue_near, past_near,
                           label == _TIME)
            ) if cue_near or past_near else _NONE
        return doc

    def _event_heads(self, doc: Doc, places: list[int]) -> set[int]:
        """Of places, those before a word whose lower case is an event head (doc[i].lower_,
        each distinct word asked once: doc[i] makes a Token each time)."""
        known = words(doc)
        if known is None:
            return {i for i in places if i < len(doc) and doc[i].lower_ in EVENT_HEADS}
        orths, cache, vocab = known[0], self._heads, doc.vocab
        if len(cache) > 200_000:
            cache.clear()
        out = set()
        for i in places:
            if i < len(orths):
                head = cache.get(orths[i])
                if head is None:
                    head = cache[orths[i]] = vocab[orths[i]].lower_ in EVENT_HEADS
                if head:
                    out.add(i)
        return out

    def _doc_flags(self, doc: Doc, orths: list[int], cue_ends: list[int], past: list[int],
                   negations: list[int]) -> list[int]:
        """Each word's flags where a walk may read them, 0 elsewhere: a walk back
        reads within WINDOW of a cue's end, one forward within WINDOW before a past,
        and one back from a negation within _CLAUSE_REACH of its start."""
        cache, vocab = self._flags, doc.vocab
        if len(cache) > 200_000:
            cache.clear()
        out = [0] * len(orths)
        near = {i for e in cue_ends for i in range(max(0, e - WINDOW), min(len(orths), e + WINDOW))}
        near.update(i for p in past for i in range(max(0, p - WINDOW), p))
        near.update(i for n in negations for i in range(max(0, n - _CLAUSE_REACH), n))
        for i in near:
            flags = cache.get(orths[i])
            if flags is None:
                flags = cache[orths[i]] = _word_flags(vocab[orths[i]])
            out[i] = flags
        return out


def _lengths_before_nouns(doc: Doc, times: list[tuple[int, int]]) -> set[int]:
    """The ends of the times that are a length joined to the noun after them
    ("16-week immunisations", "for the 30-hour funded place"): a kind of thing,
    not when, unless a time word governs it ("at the 6-week check")."""
    out = set()
    for start, end in times:
        if end >= len(doc):
            continue
        # "16-week" is three words to spaCy's tokenizer, "16", "-" and "week"
        if not (end - start >= 3 and doc[end - 1].lower_ in LENGTH_UNITS and doc[end - 2].text == "-"
                and doc[end - 3].text.isdigit()):
            continue
        noun = doc[end]
        if not noun.is_alpha or noun.lower_ in LENGTH_NOUNS or noun.lower_ in LENGTH_UNITS:
            continue
        first = max(doc[start].sent.start if doc.has_annotation("SENT_START") else 0, start - _GOVERNOR_REACH)
        before = [t.lower_ for t in doc[first:end - 3]]
        # a comma ends the clause a governing word could sit in: read only after the last one
        clause = before[len(before) - before[::-1].index(","):] if "," in before else before
        if not any(w in LENGTH_GOVERNORS for w in clause):
            out.add(end)
    return out


def _frequencies_of_things(doc: Doc, times: list[tuple[int, int]]) -> set[int]:
    """The ends of the one-word frequencies that describe the thing after them, not when the
    work happens: "a daily routine chart", "her monthly budget", "her monthly leaving care
    allowance" (but "weekly home visits" and "weekly, then monthly" say when)."""
    out = set()
    for start, end in times:
        if end - start != 1:
            continue
        for token in doc[end:end + _THING_REACH]:
            if token.lower_ in FREQUENCY_THINGS:
                out.add(end)
                break
            if not token.is_alpha or token.is_stop:
                break
    return out


_THING_REACH = 3


def _ages(doc: Doc, times: list[tuple[int, int]]) -> set[int]:
    """The ends of the times that give someone's age: "Mollie, who is 2 years 4 months",
    "aged 3 years", "she is 15 months old"."""
    out, n = set(), len(doc)
    for start, own_end in times:
        end = own_end
        if not (doc[start].is_digit and doc[end - 1].lower_ in AGE_UNITS):
            continue
        # over the rest of "2 years 4 months" on either side
        while start >= 2 and doc[start - 1].lower_ in AGE_UNITS and doc[start - 2].is_digit:
            start -= 2
        while end + 1 < n and doc[end].is_digit and doc[end + 1].lower_ in AGE_UNITS:
            end += 2
        before = doc[start - 1].lower_ if start else ""
        # "who is 2 years 4 months", "Mollie is 15 months": someone's; "the review is 6 weeks away" is no age
        someone = before in ("is", "was") and start >= 2 and (
            doc[start - 2].lower_ in ("who", "he", "she") or doc[start - 2].is_title and doc[start - 2].lower_ != "the")
        if before in AGE_WORDS or someone or end < n and doc[end].lower_ == "old":
            out.add(own_end)
    return out


_NONE: frozenset[str] = frozenset()


def _condition_ends(doc: Doc, orths: list[int], cues) -> set[int]:
    """Where the hypothetical cues that open a condition ("if", "unless") end."""
    vocab = doc.vocab
    return {end for start, end, label in cues
            if label == _HYPOTHETICAL and vocab[orths[start]].lower_ in CONDITION_WORDS}


def _in_condition(start: int, starts: list[int], flags: list[int], conditions: set[int]) -> bool:
    """Whether a condition's cue opens the clause a negation stands in ("if Wendlemoor's
    transfer-in conference does not ..."), within _CLAUSE_REACH of the negation's start.
    Only a comma ends the clause here: a dash is as often a word's hyphen ("transfer-in")."""
    k = bisect_right(starts, start)
    lowest = max(starts[k - 1] if k else 0, start - _CLAUSE_REACH)
    i = start
    while i >= lowest:
        if i in conditions:
            return True
        if i == lowest or flags[i - 1] & (_ENDS_CLAUSE | _TRUE_COMMA):
            return False
        i -= 1
    return False


def _modifiers(start: int, end: int, lowest: int, last: int, flags: list[int],
               cue_by_end: dict[int, list[str]], past_starts: set[int], cue_near: bool, past_near: bool,
               a_time: bool = False):
    found = set()
    if cue_near:
        comma_seen = modal_seen = False
        i = start
        while i >= lowest:
            for kind in cue_by_end.get(i, ()):
                if kind == _NEGATED_IN_CONDITION:
                    if not (comma_seen or modal_seen):
                        found.add("negated")
                elif not (kind == "hypothetical" and comma_seen or kind == "negated" and (modal_seen or a_time and comma_seen)):
                    found.add(kind)
            if i == lowest or flags[i - 1] & _ENDS_CLAUSE:
                break
            comma_seen = comma_seen or bool(flags[i - 1] & _COMMA)
            modal_seen = modal_seen or bool(flags[i - 1] & _MODAL)
            i -= 1
    # A past can also come after its target: "used cannabis in the past".
    if past_near:
        for j in range(end, min(last, end + WINDOW)):
            if j in past_starts:
                found.add("historical")
                break
            if flags[j] & _STOPS_PAST:
                break
    return found
