"""What the NLP layer saw, attached to the plan as plain data.

Sentences (headings, sentences of blocks and of table cells), table rows read
whole, outcomes, actions and the contingency each get their mentions, cues
and verdicts here, once, so that checks read the Plan and never the analyser.
"""
from __future__ import annotations

import re

from .. import loader
from ..model import Contingency, Mention, Outcome, Plan, Section, Sentence
from ..nlp.cues import condition_clauses, conditions, words
from ..nlp.understand import without_possessive
from .sections import BACKGROUND, labelled_kind
from .. import lazy_re


def read_sentences(sections: list[Section], understanding) -> list[Sentence]:
    split = understanding.analyser.sentences
    out = []
    for section in sections:
        if section.heading:
            out.append(_sentence(section.heading, section.kind, section.location, understanding))
        previous: list[str] = []
        for block in section.blocks:
            if block.table:
                previous = []
                for row, loc in _located_rows(block):
                    out.extend(_sentence(s, section.kind, loc, understanding) for cell in row if cell for s in split(cell))
            elif block.text:
                sentences = split(block.text)
                # ("- Kofi has been missing ..." over "- On 19/12/2025 he was arrested ... with 14 wraps of
                # cannabis": a list's item goes on about whom the item above it named)
                run = previous[-_CARRIED:] + sentences if block.kind == "list_item" else sentences
                lead = len(run) - len(sentences)
                out.extend(_sentence(s, section.kind, block.location, understanding, (run, lead + i))
                           for i, s in enumerate(sentences))
                previous = sentences if block.kind == "list_item" else []
    return out


_CARRIED = 2  # sentences of the item above that a list item's pronoun may look back to


def read_rows(sections: list[Section], understanding) -> list[Sentence]:
    """Every table row as one unit: "Core group | every 4 weeks" says in one
    row what no single cell says."""
    out = []
    for section in sections:
        for block in section.blocks:
            for row, loc in _located_rows(block) if block.table else ():
                cells = [c for c in row if c]
                text = " | ".join(cells)
                out.append(Sentence(
                    text, section.kind, loc,
                    understanding.joined_mentions(cells, " | "), understanding.cues(text),
                    head_cues=understanding.cues(cells[0]) if cells else frozenset(), cells=cells,
                ))
    return out


def _located_rows(block):
    """Each row of a table block with where it came from (the block, for a row the reader did not place)."""
    locs = block.table.row_locations
    return [(row, locs[i] if i < len(locs) else block.location) for i, row in enumerate(block.table.rows)]


def read_outcome(outcome: Outcome, understanding) -> None:
    outcome.mentions = understanding.mentions(outcome.text)
    # ("W1 – "I want to go to school"", "4. Dad's drinking and contact": the words after its reference)
    words = _LEAD_REFERENCE.sub("", outcome.text, count=1)
    outcome.topic = _topic(words)
    # "I need my mum to be well enough to notice me": an outcome in the child's own voice.
    # ("I want to stop drinking" is a parent's.)
    own_illness = any(m.label == "PARENT_ILLNESS" and m.asserted for m in outcome.mentions)
    # ("I want to be clean, and off the script by Christmas" under "What good looks like (in
    # Leanne's words)": Leanne's own, as "You will feel less low" in a letter to Mum is Mum's)
    adults_own = outcome.adults_words and bool(_FIRST_PERSON.search(words))
    outcome.about_parent = understanding.mentions_parent(outcome.text) or adults_own or \
        understanding.to_an_adult and bool(_YOU.match(words))
    # ("They each sleep in a clean, dry bed": with no parent or parent's illness in it, the children)
    outcome.about_child = understanding.mentions_child(outcome.text) or (
        outcome.for_child and not outcome.about_parent and not own_illness) or (
        # "... comes home to a mum who is sober" under "So that Ava ...": the header's child goes on
        outcome.for_child and bool(_GOES_ON.match(outcome.text))) or (
        # '"Mum takes her medicine at the chemist."' in the child's column: the child's own words
        # about her life, whoever they name
        outcome.for_child and bool(_QUOTED_WHOLE.match(outcome.text))) or (
        not own_illness and not adults_own and bool(_FIRST_PERSON.search(words))) or bool(_CHILD_PRONOUN.match(words)) or (
        not outcome.about_parent and not own_illness and bool(_THEY.match(words))) or (
        not outcome.about_parent and bool(_SAFE_STATE.match(words))) or \
        bool(_WHAT_THE_CHILD_NEEDS.match(words)) or (
            bool(named := _NAMED_SUBJECT.match(words))
            and not any(m.label in _PARENTS_OWN for m in outcome.mentions)
            and not understanding.mentions_parent(named.group("who")) and not _owner_like(named.group("who"), understanding)
            # ("Social worker visits to continue", "Health services to be offered", "Referral to the
            # Hub completed": a role, a service or the work opens the sentence, not someone's name)
            and not any(m.label in _SERVICES and m.start <= named.end() for m in outcome.mentions)
            and not _SERVICE_OUTPUT.fullmatch(named.group("who")))
    outcome.condition = "opens_with_condition" in understanding.cues(outcome.text)
    outcome.service_only = not outcome.about_child and not outcome.about_parent and \
        bool(_SERVICE_OUTPUT.search(words)) and any(m.label in _SERVICES for m in outcome.mentions)


_GOES_ON = lazy_re.compile(r"^\s*(?:\.{2,}|…)")
_QUOTED_WHOLE = lazy_re.compile(r"^\W{0,3}[\"“][^\"“”]{3,}[\"”]\W*$")
# "W1 – ", "4. ", "Domain 2 – ", "Outcome 3: ", and an opening quote: what an outcome's words follow
# ("C. Self-harm and low mood": a banner's letter is a reference too)
# ("Personal outcome 3: Sian feels ...": the label's own word before it too)
_LEAD_REFERENCE = lazy_re.compile(r"^\W*(?:(?:(?:(?i:personal)\s+)?[A-Za-z]{1,12}\s?\d{1,2}[a-z]?|\d{1,2}(?:\.\d{1,2})*|[A-Z](?=[.)]))\s*(?:[.):]|[-–—])\s*)?[\"“‘']?")
_TOPIC_WORDS = 5
# "Leanne's mental health and medication", "Dad's work, money and housing": someone's things listed
_WHOSE_THINGS = lazy_re.compile(r"^[A-Z][\w-]+['’]s?\s+(?:[a-z][\w-]*,?\s+){1,4}and\s+(?:[a-z][\w-]*\s*){1,2}$")
# ("Mum's drinking reduces and stops", "Mum's mood and sleep improve": a change said of them)
_VERB_ENDING = lazy_re.compile(r"(?:[^s's]s|ed|^(?:improve|reduce|stop|settle|stabilise|stabilize|lift|change|"
                               r"increase|decrease|end|get|stay|remain))$", re.I)
_SERVICE_OUTPUT = lazy_re.compile(rf"\b(?:{loader.alternation('service_outputs')})\b", re.I)
_SERVICES = frozenset({"PROFESSIONAL_ROLES", "ADULT_SERVICES", "MH_SERVICES", "VAGUE_OWNERS"})
_SHORT_CHANGE = lazy_re.compile(r"\b(?:will|can|must|should|is|are|stops|starts|stays|remains|keeps|gets|feels|becomes|improves|"
                           r"has|have|lives|sleeps|eats|goes)\s+\w", re.I)
# Words a title leaves in lower case: "Drug and Alcohol Service", "Parents' Capacity to Respond"
_TITLE_SMALL = frozenset(loader.vocabulary()["title_small_words"])


def _topic(words: str) -> bool:
    """"Relationship with parents", "Dad's drinking and contact", "Derrowby Drug and Alcohol
    Service": a topic or a name heading work, not a described change."""
    split = words.split()
    if len(split) < _TOPIC_WORDS:
        return not _SHORT_CHANGE.search(words)  # ("Donna's mood will improve.": short, and a sentence)
    if _WHOSE_THINGS.match(words) and not _SHORT_CHANGE.search(words) and \
            not any(_VERB_ENDING.search(w) for w in split[1:]):
        return True  # "Leanne's mental health and medication": whose two things, no change said of them
    # A title: every word but the small ones capitalised (not a line in capitals, "MUM STOPS DRINKING")
    return not words.isupper() and all(w[0].isupper() or not w[0].isalpha() or w.lower() in _TITLE_SMALL for w in split)


# "She is fed every three hours", "While he is on the ward he has someone with him": an
# outcome whose subject is "he" or "she" is about the one person every outcome is about;
# "They see their dad only when he is sober": "they" with a parent of their own, the children.
_CHILD_PRONOUN = lazy_re.compile(r"^\W*(?:(?:while|when|once|until)\s+)?(?:he|she|they\b(?=.*\btheir\s+(?:mum|dad|mummy|daddy|"
                            r"mother|father|parents)\b))\b", re.I)


_THEY = lazy_re.compile(r"^\W*they\b", re.I)
# "Mateo and Valentina keep a good relationship with their dad", "Archie lives free from the
# abuse between his parents": an outcome whose subject is someone named, no parent and no
# professional, beside a parent named by role, is about the child (whom the plan may not name
# in a form planlint reads). "Stuart takes his medication" is still a parent's.
_NAMED_SUBJECT = lazy_re.compile(r"^\W*(?P<who>(?!(?:I|You|We|They|He|She|It|This|That|There|Everyone|Everybody)\b)"
                            r"[A-Z][a-z'’-]+(?:\s+(?:and|&)\s+[A-Z][a-z'’-]+)?)\s+(?=[a-z])")
# (a parent named by role may stand beside the child; a parent's own needs or illness may not)
_PARENTS_OWN = {"PARENT_NEEDS", "PARENT_ILLNESS"}


def _owner_like(who: str, understanding) -> bool:
    """A role or a service ("Housing", "Nursery"), not a person's name."""
    return bool(understanding.owner_verdict(who, cell=False)[1])
# "A mum who is well enough to care for him" under "What Theo needs", "…have a dad who can manage
# their behaviour" under "So that Amara and Kofi…": the parent the child needs, or a stem's child
_WHAT_THE_CHILD_NEEDS = lazy_re.compile(r"^\W*(?:\d+[.)]\s*)?(?:(?:…|\.\.\.)|(?:to\s+)?(?:have\s+)?an?\s+(?:mum|mummy|mother|dad|daddy|"
                                   r"father|parent|carer)s?\s+who\b)", re.I)
_YOU = lazy_re.compile(r"^\W*(?:you|your)\b", re.I)
# "Safe from violence and drinking at home", "Protected from Dad's drug use": a goal with no
# subject, in a plan to protect a child, is the child's safety (a parent's problem is what from)
_SAFE_STATE = lazy_re.compile(r"^\W*(?:kept\s+|to\s+be\s+(?:kept\s+)?)?(?:safe|safer|protected|free)\s+(?:from|at|in|and)\b", re.I)


# "I need to sleep safely", "I see Dad with a grown-up there": outcomes written
# in the first person are the child's (or the baby's) own words.
_FIRST_PERSON = lazy_re.compile(
    r"^\W*I(?:'m)?\s"
    # ("There's food in the house, and I'm not the one who sorts Dad's tablets": I in its second clause)
    r"|(?:[,;]\s*(?:and\s+|but\s+|so\s+)?|\b(?:and|so|because)\s+)I(?:['’]m)?\s"
    r"|\b(?:notice|feed|keep|help|hold|love|protect|see|hear|listen to|look after|care for) me\b"
    r"|\bmy (?:mum|dad|mummy|daddy|nan|grandad|brother|sister|bed|room|school|teacher)\b", re.I)


def read_contingency(plan: Plan, understanding) -> Contingency:
    filled = [s for s in plan.sentences if not _UNFILLED.match(s.text)]
    # "Contingency: if Darren comes to the house, ..." standing under another heading says it too
    labelled = {b.location for s in plan.sections if s.kind != "contingency" for b in s.blocks
                if not b.table and labelled_kind(b.text) == "contingency"}
    text = "\n".join(s.text for s in filled if s.section == "contingency" or s.location in labelled)
    if not text.strip():
        text = "\n".join(
            s.text for s in filled
            if "contingency_word" in s.cues or s.section not in BACKGROUND and "if_then" in s.cues
        )
    if not text:
        return Contingency()
    # Triggers are "if ..." clauses, or the first cell of a trigger | response table row.
    triggers = [words(clause) for clause in condition_clauses(text)]
    # ("1 | Jade comes onto the ward ... | Ward staff call the police": the row's number is no trigger)
    trigger_cells = [cells[0] for r in plan.rows if r.section == "contingency" and r.location.row != 1
                     and len(cells := r.cells[1:] if _ROW_NUMBER.fullmatch(r.cells[0]) else r.cells) > 1]
    # "Trigger 1: Gary found under the influence ...", "Warning sign – ...": a line labelled as
    # the condition, as a trigger | response table's first column is
    trigger_cells += [m.group("value") for line in text.split("\n") if (m := _TRIGGER_LINE.match(line))
                      and " ".join(m.group("label").lower().split()) in _CONDITION_LABELS]
    mentions = [m for m in understanding.mentions(text)
                if not (m.label == "CONTINGENCY_RESPONSES" and _only_considered(text, m))]
    # "T cuts and needs medical treatment: Nicola rings 999 ...", "Dad comes to the house → Mum rings
    # 999": a line that names what happens, then after a colon or an arrow the protective response,
    # is a trigger with no "if", as a trigger | response row is
    trigger_cells += [m.group("event") for line in text.split("\n") if (m := _EVENT_THEN.match(line))
                      and len(m.group("event").split()) >= _EVENT_WORDS and any(
                          x.label == "CONTINGENCY_RESPONSES" for x in understanding.mentions(m.group("response")))]
    triggers += [words(cell) for cell in trigger_cells]
    # ("Brenda cannot supervise a Sunday" in an IF column: the row's condition, its "if" the header's)
    return Contingency(text, mentions, triggers, [conditions(s) for s in understanding.analyser.sentences(text)] +
                       [conditions(cell if "opens_with_condition" in understanding.cues(cell) else f"If {cell}")
                        for cell in trigger_cells])


_TRIGGER_LINE = lazy_re.compile(r"^\W*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*(?:\d{1,2}[a-z]?)?\s*(?::|\s[-–—]|\s{3,})\s*(?P<value>\S.*)$")
_CONDITION_LABELS = frozenset(loader.vocabulary()["condition_columns"])
_EVENT_THEN = lazy_re.compile(r"^\W*(?P<event>[^:→\n]{3,200}?)\s*(?::|→|->|=>)\s*(?P<response>\S.*)$")
_EVENT_WORDS = 3  # ("Numbers: 999 ...", "Contingency plan: ..." label a line; an event says what happens)
_ROW_NUMBER = lazy_re.compile(r"\W*[A-Za-z]{0,2}\d{1,3}(?:\.\d{1,2})?\W*")
# "CONTINGENCY PLAN: [no entry]": a form's field left empty says there is none.
_UNFILLED = lazy_re.compile(r"^[^:]{1,40}:\s*(?:\[[^\]]*\]|n/?a|none|tbc|not known|-+)?\W*$", re.I)


# "A strategy discussion will be considered", "may be discussed": a response only
# weighed, not promised, is no protective response.
_WEIGHED = lazy_re.compile(r"\b(?:consider(?:ed|ing)?|may|might|could|possibl[ey]|discuss(?:ed)? (?:with|whether))\b", re.I)
_CLAUSE_END = lazy_re.compile(r"[.;\n]|\band\b|\bbut\b", re.I)


def _only_considered(text: str, mention) -> bool:
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, mention.start)), default=0)
    end_match = _CLAUSE_END.search(text, mention.end)
    end = end_match.start() if end_match else len(text)
    return bool(_WEIGHED.search(text[start:mention.start]) or _WEIGHED.search(text[mention.end:end]))


def _sentence(text: str, kind: str, location, understanding, before: tuple[list[str], int] = ([], 0)) -> Sentence:
    mentions = [_whose(m, text, understanding, before, kind) for m in understanding.mentions(text)]
    voice = understanding.voice_of_child(text) or _said_after_named(text, mentions, before, understanding)
    return Sentence(text, kind, location, mentions, understanding.cues(text), voice)


def _said_after_named(text: str, mentions: list[Mention], before: tuple[list[str], int], understanding) -> bool:
    """"Tyler spoke to me on his own before the meeting. He said things are 'loads better'":
    "he" or "she" who speaks is the child who is the subject of the sentence before (not "She
    wants Mason home. She said ...", nor "Kirsty has anxiety ... She told conference")."""
    opening = _HE_OR_SHE_SAYS.match(text)
    sentences, i = before
    subject = _FIRST_WORD.match(sentences[i - 1]) if opening and 0 < i < len(sentences) else None
    return bool(subject) and subject.group(1).lower() in understanding.child_names and any(
        m.label == "CHILD_VOICE" and m.asserted and m.start < opening.end() for m in mentions)


def _whose(mention: Mention, text: str, understanding, before: tuple[list[str], int] = ([], 0),
           kind: str = "") -> Mention:
    """An illness that is the child's: "Kayden will be kept safe from
    self-harm", "CAMHS to assess Kayden's self-harm", "Kyle has been missing
    four times. He smokes cannabis most days." (before: text's paragraph as
    its sentences, and text's place among them)."""
    if mention.label != "PARENT_ILLNESS":
        return mention
    if _DENIED_BY_VALUE.match(text, mention.end):
        # "Substance use: None known for either parent": a form's field whose value says there is none
        return Mention(mention.label, mention.text, mention.start, mention.end, mention.modifiers | {"negated"})
    if _SERVICE_AFTER.match(text, mention.end) or _SERVICE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        # "the epilepsy nurse", "the Drug and Alcohol Service", "consultant paediatrician
        # (epilepsy)": a service named by what it treats
        return Mention(mention.label, mention.text, mention.start, mention.end, mention.modifiers | {"service"})
    owner = _last_word(text, mention.start)
    possessive = bool(owner and re.search(r"['’]s?$", owner))
    # ("He smokes cannabis most days and has told his mum he owes money": the child's mum names
    # no parent as the one using; "police found him in a flat with 14 wraps of crack cocaine")
    childs = possessive and understanding.mentions_child(owner) or \
        bool(_HE_OR_SHE.match(text) or _FOUND_HIM.search(text, 0, mention.start)) and \
        not understanding.mentions_parent(_CHILDS_PARENT.sub(" ", text)) and _about_the_child(before, understanding) or \
        bool(place := _IN_HIS.match(text, mention.end)) and bool(_FINDS.search(text, 0, mention.start)) and (
            without_possessive(place.group("name")).lower() in understanding.child_names if place.group("name")
            else _child_near(before, understanding)) or _child_does_it(mention, text, understanding)
    # ("About the overdose she said: ..." in the child's own part: hers, where no parent is named)
    if childs or (kind == "child_voice" or understanding.mentions_child(text)) and not understanding.mentions_parent(text):
        return Mention(mention.label, mention.text, mention.start, mention.end, mention.modifiers | {"childs"})
    clause = text[_clause_start(text, mention.start):mention.start]
    if possessive and _relative_not_parent(owner, understanding) or understanding.parents_parent(clause) and \
            not understanding.mentions_parent(_PARENTS_PARENT_WORDS.sub(" ", clause)) or \
            (subject := _FIRST_WORD.match(clause)) and understanding.relative_named(subject.group(1)) and \
            not understanding.mentions_parent(clause):
        # "Grandad's drinking upset Mum when she was a child": another relative's, not a parent's;
        # "Gary's father, Ron Dunmore, has lung cancer": a parent's parent's; "Patricia was told
        # that her cancer has spread", Patricia the grandmother by the plan's details
        return Mention(mention.label, mention.text, mention.start, mention.end, mention.modifiers | {"relatives"})
    if _PAST_ILLNESS.search(text, 0, mention.start) and _resolved(text[mention.end:], before):
        # "Nicola had postnatal depression after Ellie was born in 2014. She was treated by her GP
        # and discharged in 2016, and has been well since": over, so no service need act now
        return Mention(mention.label, mention.text, mention.start, mention.end, mention.modifiers | {"historical"})
    return mention


def _clause_start(text: str, end: int) -> int:
    """Where the sentence part that holds `end` starts: after its last ";" or "."."""
    return max(text.rfind(";", 0, end), text.rfind(". ", 0, end)) + 1


_FIRST_WORD = lazy_re.compile(r"\W*([A-Z][a-z'’-]+)\b")
_PARENTS_PARENT_WORDS = lazy_re.compile(r"\b\w+['’]s\s+(?:father|mother|dad|mum)\b", re.I)
# "had", "was diagnosed with", "was treated for": the illness told in the past tense
_PAST_ILLNESS = lazy_re.compile(r"\b(?:had|was\s+(?:diagnosed|treated)|were\s+(?:diagnosed|treated)|used|misused|took|drank)\b",
                                re.I)
# "has been well since", "discharged from mental health services in 2016", "no treatment since"
# ("Sam used heroin between 2012 and 2018. She finished treatment ... has not used since";
# "She has been drug-free since 2015, has had no treatment for ten years")
_RESOLVED = lazy_re.compile(r"\b(?:(?:has|have)\s+been\s+well|well\s+ever\s+since|discharged\s+from|no\s+(?:treatment|"
                            r"medication|symptoms)\s+(?:since|for\s+(?:\w+\s+)?(?:years|months))|(?:drug|alcohol)[- ]free\s+since|(?:has|have)\s+(?:fully\s+)?recovered|(?:has|have)\s+not\s+"
                            r"(?:used|drunk|taken\s+\w+)\s+since|(?:abstinent|sober|clean)\s+since|finished\s+(?:her\s+|his\s+|"
                            r"their\s+)?treatment)\b", re.I)
_RESOLVED_REACH = 2  # sentences after the illness's own


def _resolved(rest: str, before: tuple[list[str], int]) -> bool:
    """The rest of the illness's sentence, or one of the next two in its paragraph, says it is over."""
    sentences, i = before
    return bool(_RESOLVED.search(rest)) or any(_RESOLVED.search(t) for t in sentences[i + 1:i + 1 + _RESOLVED_REACH])


_DENIED_BY_VALUE = lazy_re.compile(r"\s*[:–-]\s*(?:none|nil|no|n/?a|not known|not applicable)\b(?!\s+(?:longer|more)\b)", re.I)
# How many sentences back "He" or "She" may look for whom they stand for.
_LOOK_BACK = 5
# A sentence whose subject is the person the sentences before it spoke of.
# ("On 28/04/2025 he was arrested ...": after a time that opens the sentence too)
_HE_OR_SHE = lazy_re.compile(r"^\W*(?:(?:on|in|at|since|last|after|before|then|now|recently)\b[^,.;]{0,30}?,?\s+)?(?:he|she)\b", re.I)


# "He said", "She has told me", "He also says": a pronoun and its voice word, opening the sentence
_HE_OR_SHE_SAYS = lazy_re.compile(r"^\W*(?:he|she)(?:\s+\w+){1,3}", re.I)

# "his mum", "her dad's": a parent named as the child's (whose the sentence's "he" or "she" is)
_CHILDS_PARENT = lazy_re.compile(r"\b(?:his|her)\s+(?:mum|mother|dad|father|parents?|mum's|dad's)\b", re.I)
# "police found him", "she was found with": the child, as the one found or stopped with the drugs
_FOUND_HIM = lazy_re.compile(r"\b(?:found|stopped|searched|caught|arrested)\s+(?:him|her)\b|\b(?:he|she)\s+was\s+"
                             r"(?:found|stopped|searched|caught|arrested)\b", re.I)
# "Lorraine finds cannabis in his coat": the drugs found are whoever's coat it is (not "Dad
# smokes cannabis in his room")
# ("after finding cannabis and a set of scales in Kai's bedroom": the child's own room, by name)
_FINDS = lazy_re.compile(r"\b(?:find(?:s|ing)?|found|discover(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}$", re.I)
_IN_HIS = lazy_re.compile(r"(?:\s+(?:and|or)\s+[^.;,]{0,30}?)?\s+(?:in|from|under)\s+(?:his|her|(?P<name>[A-Za-z]+['’]s))\s+"
                          r"(?!own\b)\w+", re.I)
# "consultant paediatrician (epilepsy)": the specialism a practitioner's bracket names
_SERVICE_BEFORE = lazy_re.compile(r"\b(?:paediatrician|consultant|nurse|specialist|team|service|clinic|doctor)\s*\(\s*$", re.I)
_SERVICE_AFTER = lazy_re.compile(r"\s+(?:nurses?|teams?|services?|clinics?|specialists?|consultants?|workers?|units?|"
                                 r"practitioners?|nurse\s+specialists?)\b", re.I)


def _child_does_it(mention: Mention, text: str, understanding) -> bool:
    """"The assessment found that Kian has been smoking cannabis ... on the nights Leanne
    works": the child is the subject, only a verb of using between them (not "Kian told us Mum
    has been drinking", "Kian's mum drinks", nor "he hit Kai after finding cannabis")."""
    words = list(_NAME_WORD.finditer(text, 0, mention.start))[-_SUBJECT_REACH:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group().lower()
        if word in understanding.child_names:
            # (every word after it is a verb of using, or the walk would have stopped there)
            return not any(c in text[words[k].end():mention.start] for c in _CLAUSE_MARKS)
        if word not in _USING_WORDS:
            return False
    return False


_CLAUSE_MARKS = ",;:.()"
_NAME_WORD = lazy_re.compile(r"[A-Za-z][a-z]*")
_SUBJECT_REACH = 5  # words: "Kian has been smoking", "Kian also smokes"
# what may stand between the child and the drug when the child is the one using it
_USING_WORDS = frozenset(loader.vocabulary()["using_words"])


def _about_the_child(before: tuple[list[str], int], understanding) -> bool:
    """Whether the last sentence before the i-th to name anyone names the child and no parent
    (a paragraph's sentences are not copied for each: a huge one would cost its square)."""
    sentences, i = before
    for sentence in reversed(sentences[max(0, i - _LOOK_BACK):i]):
        if understanding.mentions_parent(sentence):
            return False
        if understanding.mentions_child(sentence):
            return True
    return False


def _child_near(before: tuple[list[str], int], understanding) -> bool:
    """Whether a sentence next to the i-th names the child: "Lorraine finds cannabis in his
    coat. Callum tells her it was for a mate." """
    sentences, i = before
    return any(understanding.mentions_child(s) for s in sentences[max(0, i - 1):i + 2] if s)


def _relative_not_parent(word: str, understanding) -> bool:
    labels = {m.label for m in understanding.mentions(word)}
    return "FAMILY_ROLES" in labels and "PARENT_ROLES" not in labels


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-")


def _last_word(text: str, end: int) -> str | None:
    """The group of re.search(r"([A-Za-z'’-]+)\\s*$", text[:end]): the run of those
    characters that ends where the white space ending text[:end] starts, or None.
    (No match starts before that run: a character outside the class breaks it, and
    whatever follows that character is not all white space.) The search tried the
    pattern at every character of a sentence, for each illness named in it."""
    stop = len(text[:end].rstrip())  # \s is what str.isspace() holds (both Py_UNICODE_ISSPACE)
    start = stop
    while start and text[start - 1] in _WORD_CHARS:
        start -= 1
    return text[start:stop] if start < stop else None
