"""F001 parent-centred-plan, F003 missing-child-voice, F004 no-adult-services."""
from . import check

ADULT_OWNER = {"ADULT_SERVICES", "MH_SERVICES"}


@check("F001")
def parent_centred_plan(ctx):
    actions = list(ctx.actions())
    parent = [a for a, f in actions if f.parent_needs]
    share = ctx.config.thresholds.get("F001", ctx.rule.settings["share"])
    if actions and len(parent) / len(actions) > share:
        yield ctx.doc_finding(parent[0].text, parent[0].location, parent=len(parent), total=len(actions))


@check("F003")
def missing_child_voice(ctx):
    # (a heading's sentence has its spaces closed up: "SECTION 2   CHILD'S WISHES" is no voice)
    headings = {" ".join(s.heading.split()) for s in ctx.plan.sections}
    voice = [s for s in ctx.plan.sentences if s.section == "child_voice" and " ".join(s.text.split()) not in headings]
    cues = [m for s in voice for m in s.mentions if m.label == "CHILD_VOICE"]
    # "Aoife and Conor are too young to give their views" is a section that records no voice
    # (but the child's own "I don't like it when ..." records it).
    # ("Not obtained for this conference. The SW will see them before the core group.": none yet)
    # ("... have not been seen on their own. Their views will be gathered by Rachel before the next
    # core group.": a section that only says the voice is still to be heard)
    only_denied = (cues and all("negated" in m.modifiers for m in cues) or bool(voice) and "denies_voice" in voice[0].cues
                   or bool(voice) and any("voice_pending" in s.cues for s in voice) and all(_no_voice_yet(s) for s in voice)) \
        and not any("quoted_first_person" in s.cues for s in voice)
    # "The family's views: Donna said ... Grandad Ray said ...": a section headed as the adults'
    # views, which holds only their words (not "The baby's world now", "What Ellis told us")
    heads = [s for s in ctx.plan.sections if s.kind == "child_voice" and s.heading.strip()]
    adults_only = bool(voice) and bool(heads) and all(s.adults_heading for s in heads) \
        and not any(s.child_voice for s in voice) and any(_adult_speaks(s, ctx.plan.facts) for s in voice) \
        and not any(_childs_days(sec, ctx.plan.facts) for sec in ctx.plan.sections)
    if len(" ".join(s.text for s in voice).split()) >= 4 and not only_denied and not adults_only:
        return
    # Elsewhere, the child's words or what was seen of them count, but not a denial ("Children's
    # views: Not obtained") nor a hoped-for state ("Alfie goes home to a settled home") unless
    # in the child's own words.
    if any(s.child_voice and not {"denies_voice", "voice_pending"} & s.cues for s in ctx.plan.sentences
           if s.section not in ("contingency", "child_voice", "outcomes") or
           s.section == "outcomes" and "quoted_first_person" in s.cues):
        return
    # "3. Maisie on the ward: The nurses say ... She settles best held upright ... She startles
    # at the alarms and cries": under a heading naming the child, "she" is the child, and what
    # was seen of her day is her voice, though no sentence names her beside its voice word.
    days = {b.location for sec in ctx.plan.sections if sec.kind not in _NOT_DAYS and _childs_days(sec, ctx.plan.facts)
            for b in sec.blocks}
    if any(m.label == "CHILD_VOICE" and m.asserted for s in ctx.plan.sentences if s.location in days
           for m in s.mentions):
        return
    yield ctx.doc_finding("")


def _no_voice_yet(sentence) -> bool:
    """A sentence of the voice's section that records none of it: a denial, the voice still to be
    gathered, or the child not (yet) seen or heard."""
    said = [m for m in sentence.mentions if m.label == "CHILD_VOICE"]
    return bool({"denies_voice", "voice_pending"} & sentence.cues) or \
        bool(said) and all("negated" in m.modifiers for m in said)


def _heading_words(text: str) -> set[str]:
    """A heading's words in lower case, without punctuation or a possessive's "'s"."""
    return {w.strip(".,:;()'’s").lower() for w in text.split()}


def _childs_days(section, facts) -> bool:
    """"Ivy on the ward: Ivy is in a side room ... She has started to smile at the nurse": a
    section headed by the child's name whose sentences tell of the child, as seen."""
    # ("What we know about baby so far": an unborn or newborn child is "baby" as surely as by name)
    names = {n.lower() for n in facts.child_names} | {"baby"}
    if section.kind in _NOT_LIVED or not _heading_words(section.heading) & names:
        return False
    opens = [t.split()[0].strip("'’s").lower() for t in section.text.replace("\n", ". ").split(". ") if t.split()]
    return sum(w in names or w in ("she", "he") for w in opens) >= _LIVED_SENTENCES


_NOT_LIVED = {"contingency", "actions", "outcomes", "review"}
# (the reasons for the plan tell what happened to the child, not the child's days)
_NOT_DAYS = _NOT_LIVED | {"worries"}
_LIVED_SENTENCES = 2


def _adult_speaks(sentence, facts) -> bool:
    """A parent or relative, by role or by name, before the sentence's first voice word ("Donna
    said", "Grandad Ray said")."""
    voice = next((m for m in sentence.mentions if m.label == "CHILD_VOICE"), None)
    if voice is None:
        return False
    before = sentence.text[:voice.start]
    return any(m.label in ("PARENT_ROLES", "FAMILY_ROLES") and m.end <= voice.start for m in sentence.mentions) or \
        any(name in before.split() for name in facts.parent_names)


@check("F004")
def no_adult_services(ctx):
    # A history alone ("a history of heroin use") is not a current need, a
    # child's own condition, or a grandparent's, is not a parent's, and "the
    # epilepsy nurse" names a service, no one's illness.
    not_ill = set(ctx.rule.settings["not_ill_health"])
    illness = next(
        ((s, m) for s, m in ctx.labelled("PARENT_ILLNESS")
         if not m.modifiers & {"historical", "childs", "relatives", "service"} and m.text.lower() not in not_ill),
        None,
    )
    if illness is None:
        return
    # "Mum will go to her group. Her recovery worker will breath-test her": the worker acts too.
    if any((f.owner_labels | f.partner_labels) & ADULT_OWNER for _, f in ctx.actions()):
        return
    if ctx.plan.reading.owners_unread:
        return  # who does the work was not read (reading.py says so once): an adult service may own some
    if ctx.plan.reading.adult_work_unlisted:
        return  # ("Kofi will see Mum every week" in a part planlint read no actions from: work it missed)
    sentence, mention = illness
    yield ctx.doc_finding(sentence.text, sentence.location, condition=mention.text)
