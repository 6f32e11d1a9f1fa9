"""Who is committed to what: the subject of "X will ..." / "X to ...".

Plans write actions as "The HV will visit weekly", "Mum to attend all
appointments", "Amelia will be seen alone by her SW" or, with nobody in
charge, "Home conditions will be monitored". Without a trained parser we
find the first commitment verb phrase and read the words before it as the
subject and a following "by ..." as the agent of a passive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import loader
from ..readers import BULLET_GLYPHS
from .. import lazy_re

_MODAL = (
    rf"(?:{loader.alternation('modals')})(?: continue to| need to| be expected to| be asked to)?|"
    rf"may(?=\s+be\s+(?:{loader.alternation('hedged_passive_work')})\b)|"
    r"(?:is|are) (?:to|expected to|required to|asked to|going to|responsible for)|"
    r"(?:has|have) (?:agreed to|been asked to|committed to)|agreed (?:not )?to|agrees? (?:not )?to|"
    # "Nadia has kindly offered to help with the school run": an offer accepted into the plan
    r"(?:has|have) (?:kindly |also )?(?:offered|promised|volunteered|agreed) (?:not )?to|"
    r"needs? to|to continue to|"
    # bare "to" only before a verb: not "A referral to Early Help will be made"
    # ("CH not to let RT into the flat": a restriction, CH's to keep)
    r"(?:not\s+)?to(?=\s+(?-i:[a-z]))(?!\s+(?:the|a|an|his|her|their|my|our|your|its|this|that|school|nursery|hospital|court|work|bed|"
    r"me|him|them|us|you|it)\b)"
)
_COMMIT = lazy_re.compile(rf"^(?P<subject>.{{1,160}}?)\s+(?P<modal>{_MODAL})\s+(?P<rest>\S.*)$", re.I | re.S)
_PASSIVE = lazy_re.compile(
    r"^(?:be|continue to be|been|be regularly|be closely|remain)\s+(?:\w+ly\s+)?"
    r"(?P<verb>\w+(?:ed|en|wn)|seen|done|made|kept|held|given|taken|met|told|sent|brought|shown|left|"
    r"built|bought|taught|caught|spent|put|set|let|lost|found|paid|read|got|sought|fed|run|cut|sold|won|dealt|meant|lent|shut|spread|"
    r"gone)\b",
    re.I,
)
# "will be done by the SW", and "will be left to Hexley" / "left for the Wrenmoor SW to complete":
# whoever it is left to does it
_AGENT = lazy_re.compile(r"\bby\s+(?P<agent>[^,.;()]+(?:\([^)]*\))?[^,.;]*)|\bleft\s+(?:to|for|with)\s+"
                    r"(?P<left>(?:the\s+)?[A-Z][^,.;()]*?)(?=\s+(?:to|as|when|after|once|until)\b|[,.;]|$)", re.I)
# Where the agent of a passive ends and where or when the work happens begins.
_AGENT_END = lazy_re.compile(r"\s+(?:at|in|on|every|each|from|within|when|whenever|after|before|during|until|once|"
                        r"weekly|fortnightly|monthly|daily)\b", re.I)
# Subjects that open a clause rather than name someone ("What you will do", "How
# we will know": a heading or a question, whose subject comes after its wh-word).
_QUOTE_OPENS = lazy_re.compile(r":\s*[\"“‘]")
_NOT_SUBJECT = lazy_re.compile(
    rf"^({loader.alternation('conditions')}|when|whenever|once|after|before|until|in order|so|so that|for|with|"
    # ("Thank you for coming to core group 2": a letter's courtesy, no one's work)
    r"during|where|while|as|it is|there is|there are|this is|the plan is|we need|in|what|how|why|which|who|whose|"
    r"thank you|thanks|many thanks)\b",
    re.I,
)
# (and "Mum would like Ava to go to her nan's", "Dad wants Kai to come home": a wish, not a task)
_FINITE = lazy_re.compile(r"\b(am|is|are|was|were|been|has|have|had|said|says|told|went|goes|came|comes|gets|got|remain|remains|"
                     r"decided|chose|tried|refused|failed|met|saw|spoke|took|gave|wrote|rang|heard|knew|began|"
                     r"would|like|likes|wants?|wanted|hopes?|hoped|wish|wishes|wished|prefers?|preferred|"
                     # ("Leanne and the children moved to Boltisham on 05/01/2026 to live near Carol": what happened)
                     r"moved|lived|stayed|returned|arrived|died|separated|married)\b", re.I)
# "what", "how" and "whether" cannot stand for the person who does the work, as
# "who" can ("Kim, who will ..."): after another word they open a reported question.
# After a verb of telling or asking, any wh-word opens one ("The table shows who will do what").
_INDIRECT_QUESTION = lazy_re.compile(rf"\S\s+(?:what|how|whether)\b|\b(?:{loader.alternation('question_verbs')})\s+"
                                r"(?:when|where|who|which|why)\b", re.I)
# A subject ending in a relative pronoun: "..., Daniel Ojo, who" (will take over)
_RELATIVE_END = lazy_re.compile(r"[\s,]+(?:who|which|that)\s*$", re.I)
# A request to someone named: "Kerry, please make an appointment", "Mum and Dad, please keep ...".
_PLEASE = lazy_re.compile(r"^\W*(?P<subject>[A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?),?\s+please\s+(?=[a-z])")
_WILL_CONTRACTED = lazy_re.compile(r"(?<=\w)['’]ll\b", re.I)
_REFUSAL = lazy_re.compile(r"(?i)\b(?:says|said|thinks|feels)\s+(?:that\s+)?(?:he|she|they)$")
_WONT = lazy_re.compile(r"\s+won['’]t\b", re.I)
_GOING_TO = lazy_re.compile(r"(?<=\w)(?:['’]s|['’]re|['’]m|\s+is|\s+are|\s+am)\s+going\s+to\s+", re.I)
# (and an item's code: "R5. A review of Gareth's sertraline ...", "S1. I will ...")
_BULLET = lazy_re.compile(rf"^\s*([{re.escape(BULLET_GLYPHS)}]|\(?\d+[.)]|\(?[a-z][.)]|[A-Z]{{1,2}}\d{{1,2}}[.)])\s+")
# "It was agreed that ...", "Everyone agreed that ...", "The conference decided that ...":
# a short lead-in reporting the decision, before the real subject.
_FRONTED_WHEN = lazy_re.compile(r"^(?:\s*(?:and\s+)?(?:then\s+)?(?:by|before|from|every|each|after|within|until|once|during|"
                           r"over the next)\b[^,]{0,60},)+\s*", re.I)
_PREAMBLE = lazy_re.compile(
    r"^\s*(?:\S+\s+){0,4}?(?:is|was|has been|have|has)?\s*"
    r"(?:expected|agreed|recommended|important|essential|vital|necessary|decided|asked|requested|"
    r"hoped|planned|intended|anticipated|hope|hoping|expect|expects)\s+that\s+",
    re.I,
)

# Minutes report what someone undertook: "RB confirmed she would visit ...", "ND said the
# team would continue ...", "Craig told the conference that he would ...". The one who
# reports it does the work when the clause's subject is a pronoun; else the clause's
# subject does. ("Mum said she would like ...", "it would be helpful if ...": a wish or
# a view, and "he would have gone": what did not happen.)
_NO_UNDERTAKING = (r"(?!(?:like|love|prefer|rather|want|wish|hope|welcome|benefit|struggle|find|"
                   r"have\s+(?:been|had|\w+ed)|be\s+(?:happy|pleased|willing|helpful|good|better|best|useful|able|keen|glad|"
                   r"grateful|interested|beneficial|difficult|hard|unable))\b)")
_REPORTED = lazy_re.compile(
    rf"^(?P<who>[^,;:\"“]{{1,80}}?)\s+(?:{loader.alternation('reporting_verbs')})"
    r"(?:\s+(?:the\s+)?(?:conference|meeting|core\s+group|group|chair|panel))?\s+(?:that\s+)?"
    rf"(?P<subject>[^,;:\"“]{{1,60}}?)\s+would\s+(?P<rest>{_NO_UNDERTAKING}[a-z].*)$", re.I | re.S)
# "It was agreed that Kerry would not allow ...": after a decision's lead-in, would is will.
_WOULD = lazy_re.compile(rf"^(?P<subject>(?:\S+\s+){{0,11}}?\S+)\s+would\s+(?P<rest>{_NO_UNDERTAKING}[a-z].*)$",
                         re.I | re.S)
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})


def _reported(body: str, decided: bool) -> str:
    """body with a reported undertaking written as the commitment it reports."""
    if decided and (m := _WOULD.match(body)):
        return f"{m.group('subject')} will {m.group('rest')}"
    if m := _REPORTED.match(body):
        subject = m.group("subject")
        who = m.group("who") if subject.lower() in _PRONOUNS else subject
        return f"{who} will {m.group('rest')}"
    return body


# after "will": "not need to", "not have to", "no longer need to"
_NOT_NEEDED = lazy_re.compile(r"(?:not|no longer)\s+(?:need|have)\s+to\b", re.I)
_SUBJECT_WORDS = 12
_APPOSITION_WORDS = 20


_WHEN = lazy_re.compile(
    rf"^(?:the\s+)?(?:\d|(?:{loader.alternation('weekdays')}|{loader.alternation('months')}|end|next|mid|half|christmas|"
    r"easter|summer|tomorrow|today)\b)", re.I)


def present_subject(text: str) -> str:
    """The subject of a sentence in the present ("Kofi sees Mum at home every Thursday",
    "Card K1. Priya Nandra (social worker) sees Ezra ..."), or "": a plan written in the
    present sets its work so, where a time goes with it."""
    m = PRESENT_WORK.match(text)
    return m.group("who") if m else ""


# (after a card's or a step's label; the subject's role in brackets after the name)
PRESENT_WORK = lazy_re.compile(r"^\W*(?:(?i:card|task|step|action|item)\s+[A-Z]?\d{1,2}[a-z]?[.:)]?\s+)?"
                               rf"(?!(?i:{loader.alternation('conditions')}|when|whenever|once|after|before|while|until|as|so)\b)"
                               r"(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                               # (not "Chloe's cannabis use": a possessive opens a noun phrase)
                               r"(?<!['’]s)(?:\s*\([^()]{1,60}\))?\s+(?!(?:is|was|has|says)\b)[a-z]+s\b")


@dataclass(frozen=True)
class Commitment:
    subject: str  # "" when the action has no subject (an imperative bullet)
    passive: bool
    agent: str  # the "by ..." of a passive, or ""


def _opened(text: str) -> tuple[str, bool]:
    """text less its bullet and a decision's lead-in ("It was agreed that"), and whether it had one."""
    offset = 0
    if m := _BULLET.match(text):
        offset = m.end()
    decided = _PREAMBLE.match(text[offset:])
    if decided:
        offset += decided.end()
    return text[offset:], decided is not None


def reports_undertaking(text: str) -> bool:
    """"Sam said she would visit every week ...": minutes reporting, in the past, work still to
    come (not "Sam said she visited", nor "Mum said she would like ...")."""
    if "would" not in text:
        return False
    body, decided = _opened(text)
    return _reported(body, decided) != body


def find_commitment(text: str) -> Commitment | None:
    """The first commitment in text, or None when text commits nobody."""
    body, decided = _opened(text)
    if "would" in body:
        body = _reported(body, decided)
    if "ll" in body:
        body = _WILL_CONTRACTED.sub(" will", body)  # "I'll see you", "Nan'll have Tom"
    if "n't" in body or "n’t" in body:
        # "He won't drink from 3pm": a rule he keeps, as "will not" (but "Jay says he won't go to
        # WDS" reports a refusal, which is no one's work)
        body = _WONT.sub(lambda m: m.group(0) if _REFUSAL.search(body, 0, m.start()) else " will not", body)
    if "going to" in body:
        body = _GOING_TO.sub(" will ", body)  # "Everyone's going to keep an eye on ...": what they will do
    if m := _PLEASE.match(body):
        return Commitment(m.group("subject"), False, "")  # "Kerry, please make an appointment ...": asked by name
    m = _COMMIT.match(body)
    if not m:
        return _nominalised(body)
    # "Once the referral is accepted, Dean Marsh will see Shelley every week": when, put first, then who
    fronted = _FRONTED_WHEN.sub("", m.group("subject"))
    subject = fronted or m.group("subject")
    # "Dr Farah Qureshi, perinatal psychiatrist at the ... Service, will": an apposition may run long.
    # So may the work a passive names ("A referral to CAMHS for Tayla's sleep and her fear at
    # night is to be made by 30/01/2026"), when it is only a noun phrase (not "The plan has three
    # stages. ...: every action in a stage is to be done ...").
    longest = _APPOSITION_WORDS if subject.count(",") >= 1 or _PASSIVE.match(m.group("rest")) and not (
        _FINITE.search(subject) or _CLAUSE_MARK.search(subject)) else _SUBJECT_WORDS
    if _NOT_SUBJECT.match(subject) or len(subject.split()) > longest:
        return None
    if _QUOTE_OPENS.search(subject) and subject.split()[-1].lower() not in FIRST_PERSON:
        return None  # ('Sam says: "If I don't go, they'll say ...': someone quoted, promising nothing of their own)
    if _INDIRECT_QUESTION.search(m.group("subject")):
        return None  # "Each step says what will be done": the will belongs to a question it reports
    if (rel := _RELATIVE_END.search(subject)) and _FINITE.search(subject, 0, rel.start()):
        # "Pendrith have already allocated a social worker, Daniel Ojo, who will take over":
        # the will is in a relative clause of a statement whose own verb came first
        return None
    if m.group("modal").lower().split() in (["to"], ["not", "to"]) and (
            not _names_a_doer(m.group("subject"), m.group("rest")) or _TO_A_PLACE.match(m.group("rest"))):
        # ("... and a written report to each core group on the results": "to" a place or people, no infinitive)
        return None
    rest = m.group("rest")
    if _CONSENT.match(rest) and "agree" in m.group("modal").lower():
        return None  # "Nanna Mo agreed to this at the conference": consent to what is said, no work of its own
    if _NOT_NEEDED.match(rest):
        return None  # "Jordan will not need to move schools": what no one has to do
    passive = bool(_PASSIVE.match(rest))
    agent = (a.group("agent") or a.group("left")).strip() if passive and (a := _AGENT.search(rest)) else ""
    if _WHEN.match(agent):
        # "will be made by Friday 13 June": a deadline, not who makes it (but "agreed with him by
        # 15/08/2025 by Erthingley Drug and Alcohol Service": the deadline, then who)
        later = _AGENT.search(agent)
        agent = later.group("agent").strip() if later and later.group("agent") and not _WHEN.match(later.group("agent")) else ""
    agent = _AGENT_END.split(agent, 1)[0]  # "by me at the family centre every Saturday": who is "me"
    if passive and not agent and (lead := _LEAD_NAMED.search(subject)):
        # "A risk assessment of Mr Pike (lead: NB, with ...) is to be completed by ...": its lead does it
        agent = lead.group("who").strip()
    if _ALL_AFTER.match(rest) and fronted.strip().lower() in ("we", "you"):
        fronted = f"{fronted.strip()} all"  # "We will all help Riley ...": all of us, as "We all will"
    # "By 15 August, and then before every core group, I will ...": when, put first, is not who
    return Commitment(fronted.strip(), passive, agent)


_CONSENT = lazy_re.compile(r"(?:this|that|it|these|those|everything|all\s+(?:of\s+)?(?:this|that|these))\b(?!\s+(?:will|is|are)\b)", re.I)
_ALL_AFTER = lazy_re.compile(r"all\s+(?!the\b|of\b|day\b|night\b|week\b)", re.I)


_CLAUSE_MARK = lazy_re.compile(r"[:;!?]|\.\s")


def _nominalised(body: str) -> Commitment | None:
    """"A review of Gareth's sertraline by his GP, Dr Anwen Parry, by 31/03/2026", "Completion of
    the routines work (lead: Carys Jenkins, FIS): six weekly sessions ...": work named as a noun,
    with who does it after "by" or as its lead; with no one named it may be a topic or a heading."""
    if not (m := _NOMINALISED.match(body)):
        return None
    rest = m.group("rest")
    if lead := _LEAD_NAMED.search(rest):
        agent = lead.group("who")
    elif (by := _AGENT.search(rest)) and by.group("agent") and not _WHEN.match(by.group("agent")):
        agent = _AGENT_END.split(_BY_AGAIN.split(by.group("agent"), 1)[0], 1)[0]
    else:
        return None
    return Commitment(body[:m.start("rest")].strip(), True, agent.strip())


_BY_AGAIN = lazy_re.compile(r"\s+by\b", re.I)
# A lead named in brackets inside the work a passive names.
_LEAD_NAMED = lazy_re.compile(r"\((?:lead|led by|owner|responsible)\s*[:-]?\s*(?P<who>[^,;()]+)", re.I)


def _names_a_doer(subject: str, rest: str) -> bool:
    """Whether the words before a bare "to" name who does the work ("Mum to attend")."""
    words = subject.split()
    if _FINITE.search(subject):
        return False  # "Finley has been late to school": a statement, not "X to do Y"
    first = _BULLET.sub("", subject, count=1).split()[0].lower()
    if _PASSIVE.match(rest) and not (first in _VERB_FIRST and len(words) > 1):
        # "Support to be offered", "Referral to be made": the work, committed with no one named
        # (not "Take Kayden to the clinic to be weighed": what for)
        return True
    if _TIMED.search(subject):
        # "Come once a month after that to weigh Evie": how often is said of work, never of who does it
        return False
    if words[0].lower() in _NOMINAL_WORK or words[-1].lower() in _WORK_NOUNS:
        # "Referral to Talking Therapies for Chantelle to have CBT", "Home visits to support Leanne":
        # the work, not who does it
        return False
    # "Visit Martin every week to go through his mood": what for, not who
    return first not in _VERB_FIRST


_TO_A_PLACE = lazy_re.compile(r"\s*(?:each|every|all|the|a|an|her|his|their|its|my|our|your|these|those|both)\s", re.I)
_TIMED = lazy_re.compile(r"\b(?:once|twice|\d+\s+times)\s+(?:a|per|every)\b|\bevery\s+(?:other\s+)?(?:day|week|month|fortnight|"
                    r"morning|evening|night|two|three|four|\d)", re.I)


# ("Finn does not need a nursery place before January": nothing to do either)
# (not in a clause of what the work is for: "... carers help Mum wash, so that you don't have to")
_NOTHING_NEEDED = lazy_re.compile(r"^(?:(?!\bso\b|\bbecause\b)[^.;])*?\b(?:(?:will|shall|does|do)\s+(?:not|no longer)|won['’]t|do(?:es)?n['’]t)\s+"
                             r"(?:need\s+(?:to|an?|any|another)|have\s+to)\b", re.I)


def nothing_needed(text: str) -> bool:
    """"The ward will not need to restrict visitors", "We won't need to ...": the first
    clause says what no one has to do."""
    return bool(_NOTHING_NEEDED.match(text))


# "Grandad Pete says: “I'll pick you up ...”": a speaker, then the promise in their own words.
_SPOKEN = lazy_re.compile(
    rf"(?:^|(?<=[.!?\"”]\s))(?P<who>[A-Z][^.!?:\"“”]{{0,140}}?)\s+(?:{loader.alternation('speech_verbs')})"
    r"\s*:?\s*[\"“](?P<quote>[^\"”]+)")
FIRST_PERSON = {"i", "we"}


def spoken_commitment(text: str) -> tuple[str, str] | None:
    """(who, their words) when text quotes someone promising work in the first
    person; None for a quote that promises nothing ("Mum said: “I'm tired”")."""
    if '"' not in text and "“" not in text:
        return None  # most units quote no one: no search from every capital letter
    for m in _SPOKEN.finditer(text):
        c = find_commitment(m.group("quote"))
        if c is not None and not c.passive and c.subject.lower() in FIRST_PERSON:
            return m.group("who").strip(), m.group("quote").strip()
    return None


# Work named as a noun: what follows it says for whom and where, never who does it.
_NOMINAL_WORK = {"referral", "referrals", "attendance", "completion", "provision", "undertaking"}
_NOMINALISED = lazy_re.compile(r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:referral|completion|provision|review|continuation|"
                               r"delivery)\s+(?:of|to|for|with)\s+(?P<rest>\S.*)$", re.I | re.S)
# Work named by what it is, ending a "subject": "Home visits", "Weekly sessions", "Unannounced checks".
_WORK_NOUNS = frozenset(loader.vocabulary()["work_nouns"])


def imperative(text: str) -> bool:
    """A bullet that starts with a verb ("Attend all appointments"): no owner."""
    return _first_word(text) in _IMPERATIVES


def opens_with_verb(text: str) -> bool:
    """Opens with a verb of work ("Visit Mia weekly"), not its noun ("Referral order, 9 months")."""
    return _first_word(text) in _VERBS_OF_WORK


def _first_word(text: str) -> str:
    body = _BULLET.sub("", text, count=1).strip()
    return body.split(" ", 1)[0].lower() if body else ""


# (the work named, not done: "Attendance: 92%", "Referral: made 20/05/2025")
_NOMINAL = {"attendance", "referral", "completion", "undertaking", "provision", "ongoing", "regular", "weekly", "daily"}
# Verbs that open action bullets. Kept short: anything else is read as a subject.
_IMPERATIVES = {
    "attend", "ensure", "monitor", "complete", "provide", "support", "visit", "refer", "make",
    "arrange", "continue", "undertake", "carry", "engage", "maintain", "keep", "review",
    "check", "offer", "liaise", "share", "work", "assess", "consider", "explore", "seek",
    "identify", "develop", "promote", "encourage", "help",
} | _NOMINAL
# A "subject" that opens with one of these is the work itself ("Sit down with Kai to go through
# ..."), whatever follows: a bullet may still be read as an instruction to its reader.
_VERB_FIRST = _IMPERATIVES | {
    "sit", "take", "talk", "tell", "write", "ring", "phone", "meet", "hold", "send", "give", "see",
    "speak", "book", "collect", "apply", "register", "bring", "start", "stop", "go", "set", "find", "get", "weigh",
    # "try to visit Amara ...", "learn to tube-feed ..." under "Jade will:": the work, not who does it
    "try", "learn", "aim", "agree", "remember", "practise", "use", "begin",
}
_VERBS_OF_WORK = _VERB_FIRST - _NOMINAL
