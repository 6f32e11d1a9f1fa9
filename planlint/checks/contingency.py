"""C001 missing-contingency, C002 vague-contingency, C003 family-support-without-fallback."""
import re

from . import BACKGROUND, check

# Conditions that name nothing in particular: "if the plan is not working".
_GENERIC = set(
    "if should in the event of that plan plans things thing progress this it is isn't are aren't not "
    "does doesn't do don't work working works enough sufficient sufficiently improve improves improved "
    "change changes made being happen happens going well there no any a an and or child protection "
    "current agreed outcomes outcome met achieved achieve successful fail fails unsuccessful we see".split()
)
_CONDITION = re.compile(r"\b(?:if|should|in the event(?: of| that)?|unless|where)\b(?P<clause>[^,.;:]*)", re.I)
_FAILURE = re.compile(
    r"\b(unable|cannot|can't|can no longer|not able|no longer|fail|fails|failed|breaks? down|withdraw\w*|"
    r"not available|unavailable|not possible|stops?|ends?|not work|not supervis\w*|is not|are not|does not|do not)\b",
    re.I,
)
_FAMILY_SUPPORT = re.compile(r"\b(famil\w*|support\w*|supervis\w*|grand\w*|aunt\w*|uncle|network|carers?)\b", re.I)
_SUPERVISES = re.compile(r"\bsupervis\w*\b|\bmust not be left\b|\bnever (?:be )?left alone\b", re.I)


def contingency_text(ctx) -> str:
    """The contingency section or, without one, the plan's "if ..., X will ..." sentences."""
    text = ctx.section_text("contingency")
    if text.strip():
        return text
    return "\n".join(
        t for kind, t, _ in ctx.sentences()
        if re.search(r"\bcontingenc", t, re.I) or kind not in BACKGROUND and _IF_THEN.search(t)
    )


@check("C001")
def missing_contingency(ctx):
    text = contingency_text(ctx)
    if len(text.split()) < 4:
        yield ctx.doc_finding("")


@check("C002")
def vague_contingency(ctx):
    text = contingency_text(ctx)
    if len(text.split()) < 4:
        return  # C001's business
    # Triggers are "if ..." clauses, or the first cell of a trigger | response table row.
    triggers = [m.group("clause") for m in _CONDITION.finditer(text)]
    triggers += [
        cells[0] for kind, cells, loc in ctx.rows() if kind == "contingency" and len(cells) > 1 and loc.row != 1
    ]
    specific = any({w.lower() for w in re.findall(r"[A-Za-z']+", t)} - _GENERIC for t in triggers)
    labels = {m.label for m in ctx.understanding.mentions(text)}
    concrete = "CONTINGENCY_RESPONSES" in labels
    if not (specific and concrete):
        yield ctx.doc_finding(_first_sentence(text), missing="trigger" if not specific else "protective response")


@check("C003")
def family_support_without_fallback(ctx):
    family_owned = [a for a, f in ctx.actions() if "FAMILY_ROLES" in f.owner_labels]
    supervising = [
        a for a, f in ctx.actions()
        if "FAMILY_ROLES" in {m.label for m in f.mentions} and _SUPERVISES.search(a.text)
    ]
    if len(family_owned) < 2 and not supervising:
        return
    # "If Jackie or Jordan cannot do their day": the helpers by name count too.
    helpers = {w.lower() for a in family_owned for w in re.findall(r"\b[A-Z][a-z]+\b", a.fields.get("owner", ""))}
    text = contingency_text(ctx)
    for sentence in ctx.understanding.analyser.sentences(text) if text else []:
        # The failure must be the helpers' own: "if Nan cannot have Leo", not
        # "if Sophie stops her medication, Leo will stay with Nan".
        for m in _CONDITION.finditer(sentence):
            clause = m.group("clause")
            named = helpers & {w.lower() for w in re.findall(r"[A-Za-z]+", clause)}
            if (_FAMILY_SUPPORT.search(clause) or named) and _FAILURE.search(clause):
                return
    first = (supervising or family_owned)[0]
    yield ctx.doc_finding(first.text, first.location)


_IF_THEN = re.compile(r"^\W*(?:if|should|in the event)\b[^.;]*?,?\s[^.;]*\b(?:will|must|is to|are to)\b", re.I)


def _first_sentence(text: str) -> str:
    return text.strip().split("\n")[0]
