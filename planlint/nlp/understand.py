"""What an action commits, to whom, by when, and how we will know.

Turns an Action (plain fields from the structure layer) into ActionFacts
using the mentions from the spaCy pipeline and the commitment reader. The
structure layer attaches them to the plan; checks never call this module.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import loader
from ..model import Action, ActionFacts, Mention
from ..textutil import TRAILING_TIME_WORD, is_empty_cell, name_letters, word_at, word_before
from .commitment import find_commitment, imperative, present_subject
from .cues import cues_in, folds_into_ascii, required_strings
from .measure_check import sees_a_measure
from .pipeline import Analyser
from .. import lazy_re


def _per_plan(method):
    """Keep a method's answers for the plan: the structure layer and the
    sentences it reads ask the same questions of the same texts many times
    over. Sound because an Understanding is built per plan and its names and
    local services are settled (learn_services) before any of these is asked."""
    name = method.__name__

    def memoised(self, *args, **kwargs):
        key = (name, *args, *kwargs.values())  # owner_verdict(t, False) and (t, cell=False) alike
        if key not in self._memo:
            self._memo[key] = method(self, *args, **kwargs)
        return self._memo[key]

    memoised.__name__, memoised.__doc__ = name, method.__doc__
    return memoised

CONCRETE_OWNER = {"PROFESSIONAL_ROLES", "FAMILY_ROLES", "PARENT_ROLES", "ADULT_SERVICES", "MH_SERVICES"}
# (and as a passive's agent: "will be arranged by me", "by them")
PRONOUNS = {"she", "he", "they", "i", "we", "you", "both", "her", "his", "their", "me", "us", "him", "them"}
_WHO_CLAUSE = lazy_re.compile(r"(?<=\w)\s+(?:who|that)\s+(?!is\b|are\b)\w", re.I)
_WE_ALL = lazy_re.compile(r"^\W*(?:we|you|us)(?:\s+all\W*$|\s*,\s*the\s+(?:whole\s+)?family\s*,?\s*$)", re.I)
# "Mum's mental health", "the baby's father's drinking": possessives that open the subject.
# Not "Donna Reeve, Ella's childminder": there the possessive is inside an apposition.
_POSSESSIVE = lazy_re.compile(r"^(?:(?:the|a|an)\s+)?(?:\w+['’]s\s+)+(?=\w)", re.I)
_POSSESSIVE_S = lazy_re.compile(r"['’]s?$")


def without_possessive(word: str) -> str:
    """_POSSESSIVE_S.sub("", word) for a word (no line break, before which $ also matches):
    a match ends at the end, so it is the word's last "'s" or, failing that, its last "'".
    A plan's sentences ask this of each of their words, and sub costs a call into re."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word
# "Referral to ... on hold", "Assessment to be completed": a lone capitalised
# subject that names the work, not a person.
_WORK_NOUN = lazy_re.compile(r"(?:ment|tion|sion|ance|ence|ral|ing|ity|ness|work|ship)s?$", re.I)
_TAG = lazy_re.compile(r"[(\[](?P<tag>[^()\[\]]{1,40})[)\]]|\s[–—-]\s(?P<tag2>[^–—;,.]{1,40})(?=[;,.]|$)")
_TAG_TIME = lazy_re.compile(r",\s*(?=(?:by|from|before|until|weekly|daily|every|each|on|\d)\b)", re.I)
_ONGOING = lazy_re.compile(r"^(?:ongoing|continuing|throughout(?: the plan)?)\.?$", re.I)
# "weekly", "every Tuesday", "twice a week": how often by the calendar ("at each session", "every
# contact" say only that it goes with something whose own times are not given)
_FREQUENCY = lazy_re.compile(r"\b(?:daily|weekly|fortnightly|monthly|twice|once a|(?:every|each)\s+(?:\w+\s+)?"
                             r"(?:day|week|fortnight|month|morning|afternoon|evening|night|weekday|weekend|term|school\s+day|"
                             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?)\b", re.I)
_UNCONFIRMED = lazy_re.compile(r"^(tbc|tba|to be (confirmed|agreed|arranged|decided))$", re.I)
_EVENT = lazy_re.compile(r"^(after|before|following|once|upon|until|prior)\b", re.I)
_PAST_NOTE = lazy_re.compile(
    r"\b(?:last(?: seen| visit(?:ed)?| contact(?:ed)?)?|seen|referred|sent|completed|held|attended|visited|done|"
    r"made|was|were|since|received|started|rang|phoned|met|spoke|"
    # ("R – carried forward from the ICPC plan": where the work came from; "carried forward to 14/06" is due)
    r"(?:carried|brought)\s+(?:forward|over)(?=\s*$)|c/?f(?=\s*$))\b(?:\s+\S+){0,3}?\s*(?:on\s+)?$", re.I)
# "Set at ICPC (14/07/2025)", "(agreed at conference 12/03/2025)", "Agreed at the FGC on 24 May":
# when the work was set, not when it is due ("to be agreed on" is still to come)
_SET_VERBS = r"(?<!\bbe )\b(?:agreed|set|decided|requested|raised|identified)\s+"
_SET_AT = lazy_re.compile(
    _SET_VERBS + r"(?:(?:at|in|during)\s+(?:the\s+)?"
    r"(?:last\s+|first\s+|initial\s+)?(?:icpc|rcpc|conference|core\s+group|cg|fgc|family\s+group\s+conference|"
    r"meeting|review|strategy\s+(?:meeting|discussion))(?:\s*\d+)?\s*(?:\(|,\s*|on\s+|held\s+on\s+)?|on\s+)$", re.I)
_SET_AT_REACH = 60  # characters before a date


def _set_at(text: str, m: Mention) -> bool:
    before = max(0, m.start - _SET_AT_REACH)
    # ("agreed at the ICPC" is a time itself, the meeting, when the verb is right before it)
    return bool(_SET_AT.search(text, before, m.start)
                or _AT_MEETING.match(m.text) and _SET_VERB_BEFORE.search(text, before, m.start))


_AT_MEETING = lazy_re.compile(r"(?:at|in|during|on)\b", re.I)
_SET_VERB_BEFORE = lazy_re.compile(_SET_VERBS + "$", re.I)

# "Sessions with Kerry on daily routines": what the work is about, not how often it happens
_TOPIC_BEFORE = lazy_re.compile(r"\b(?:on|about|around|regarding)\s+$", re.I)
_RECORDS = lazy_re.compile(r"\b(?:record|records|log|logs|note|notes|writes? down)\s+$", re.I)
_RECORDED = lazy_re.compile(r"\s+(?:(?:is|are|will be|to be)\s+)?(?:recorded|logged|noted|written (?:up|down|in|on|into))\b", re.I)
# "with each visit written in the parents' log": which visits are recorded, not how often they happen
_EACH_EVENT = lazy_re.compile(r"(?:each|every)\s+(?:visit|contact|session|appointment)\Z", re.I)
# "recording what he says", "ask Kai what he wants": what the plan will do to hear the child
_CAPTURED = lazy_re.compile(r"\b(?:record(?:s|ing)?|writ(?:e|es|ing)\s+down|not(?:e|es|ing)(?:\s+down)?|ask(?:s|ing)?|"
                            r"find(?:ing)?\s+out|hear(?:s|ing)?|listen(?:s|ing)?\s+to)\s+(?:\w+\s+){0,2}"
                            r"(?:what|how)\s+(?:\S+\s+){0,3}$", re.I)
# "... and tell the SW", "to tell her teacher": an instruction's verb, the doer the work's owner
_INSTRUCTED = lazy_re.compile(r"\b(?:and|to|will|should|must|can)\s+$", re.I)
_TELLING = frozenset({"tell", "say", "share", "explain", "talk"})
_CAPTURE_REACH = 60
_OBSERVED = lazy_re.compile(r"^(?:observed|saw|seen|noticed|watched|heard)$", re.I)
_BECAUSE = lazy_re.compile(r"\b(?:as|because|since)\s+\w+\s+$", re.I)
_REVIEWED_AT = lazy_re.compile(r"\s+(?:at|by|in)\b", re.I)
# "to review it at core group", "Review at each visit": the verb, where the words before a noun
# ("her 2-year review", "the review") name a piece of work
_REVIEW_AS_VERB = lazy_re.compile(r"(?:^|\b(?:to|will|shall|must|should|and|or|then)\s+)$|^\W*$", re.I)
_PARENT_WORDS = {"mum", "dad", "mother", "father", "mam", "mom"}
_FROM_WHOM = lazy_re.compile(r"^\W*(?:\w+\s+){0,4}?(?:visits?|sessions?|support|checks?|calls?|contact|work|referrals?|"
                        r"assessments?|reviews?|appointments?|meetings?)\s+(?:(?:to|for|of)\s+(?:[\w'’-]+\s+){1,3}?)?"
                        r"(?:by|from|with)\s+(?P<who>(?:the\s+|her\s+|his\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
                        r"(?=\s+(?:every|each|to|on|at|in|weekly|fortnightly|monthly|daily|from|until|by)\b|[,.;]|$)", re.I)
# "Lacey (seen alone by GC at school, 24/06): \"Mummy stays in bed ...\"": a name, a gloss, a quote
_LABELLED_QUOTE = lazy_re.compile(r"^\W*([A-Z][\w'’-]*)(?:\s*\((?P<aside>[^)]{0,80})\))?\s*:\s*[\"“‘]|"
                                  # "M seen alone by KT at school 12/01: 'Mummy sleeps ...'": seen, then her words
                                  r"^\W*(?P<seen>[A-Z][\w-]*)\s+(?:was\s+)?seen\b[^:\"“‘]{0,80}:\s*[\"“‘']")
_SEEN_ALONE = lazy_re.compile(r"\bseen\s+(?:alone|on\s+(?:his|her|their)\s+own)\b", re.I)
_JOINT = lazy_re.compile(r"\s+(?:jointly|together)$")
_NAME_TAG = lazy_re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?$")
# The bracket that ends an action, longer than a tag: "(Mr Tom Baines, head of Year 7 and DSL, Wychcombe Academy)"
_LAST_BRACKET = lazy_re.compile(r"\((?P<tag>[^()]{1,100})\)\W*$")
_TITLE = lazy_re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+")
# A clause saying when the work happens: a conjunction, a subject of up to
# four words, then a verb ("whenever Stacey is unwell", "when she baths Skye",
# "on the days you are on early shifts", "until the baby is born", "before Skye leaves the unit").
_WHEN_CLAUSE = lazy_re.compile(
    r"\b(?:when|whenever|until|till|before|after|once|each time|every time|any time|on (?:the|any) (?:days?|nights?|evenings?|"
    # ("whenever he's not on shift": the verb in a contraction)
    r"mornings?|weekends?))\s+(?:[\w-]+['’](?:s|re|m|ve|ll|d)\b|(?:[\w'’-]+\s+){1,4}?(?:is|are|am|was|has|have|had|can|will|does|do|did|"
    r"(?!(?:is|was|has|does|his|this|its|us|as|plus|less|always|perhaps)\b)[a-z]+s|[a-z]+ed)\b)", re.I)
_IF_THEN = lazy_re.compile(r"\b(?:will|to)\b[^.;]*?\b(?:if|when|whenever|as soon as)\b", re.I)
# The words for the child in a plan written to them ("you") or by them ("I", in "My plan").
CHILD_ADDRESSED = ("you", "your", "yourself")
CHILD_WRITES = ("i", "me", "my", "myself")
_CHILD_PRONOUNS = frozenset(CHILD_ADDRESSED + CHILD_WRITES)
_PERSON_REACH = 70
_INITIALS_ONLY = lazy_re.compile(r"^\s*[A-Z]{2,3}\s*$")
_NAME_WITH_AND = lazy_re.compile(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*\s+(?:and|&)\s+$")
# Where a family is going: "moving to Hexley", "a tenancy in Keldermouth", "the case will transfer to
# Brindlecross Council", "the transfer-in conference in Hexley".
_MOVING_TO = lazy_re.compile(r"\b(?:mov(?:e|es|ing)|transfer(?:s|red|ring)?(?:-in)?|relocat\w*|tenancy)\b"
                        r"(?:\s+(?!(?:to|in|into)\b)[\w'’-]+){0,4}?\s+(?:to|in|into)\s+(?P<place>[A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _moving_needs() -> frozenset[str] | None:
    """Strings one of which every match of _MOVING_TO holds as written (it ignores no case),
    found on first use, as the pattern is compiled."""
    return required_strings(_MOVING_TO)


_NOT_PLACES = frozenset({"a", "the", "their", "her", "his", "our", "my", "your", "school", "care", "hospital", "foster",
                         *loader.vocabulary()["months"]})
# Work handed to someone, whose name follows: "to be completed by ", "left to ", "Pass the key work to ",
# "picked up by " (not "hand over to the Eastbrook HV team and do a joint visit": a hand-over is the work).
# "pass her records to the Saltmarsh health visiting team": the papers go ahead, the work is done
_PAPERS = r"(?:records?|notes|files?|information|reports?|results|details|chronology|minutes|weights?)\b"
_HANDED_OVER = lazy_re.compile(r"\b(?:(?:to|will|can)\s+be\s+(?:\w+\s+)?(?:\w+ed|done|made|set|taken\s+on|taken\s+over|picked\s+up)"
                          r"\s+by|left\s+(?:to|for)|pass(?:ed)?\s+(?!(?:[\w'’-]+\s+){0,3}?" + _PAPERS + r")(?:[\w'’-]+\s+){0,6}?to|"
                          r"picked\s+up\s+by)\s+(?:the\s+)?", re.I)
_HEADING_TEXTS = 4  # a plan's first texts: its council's name and the title
_HEADING_WORDS = 12  # a heading's line, not a paragraph that names another council
_COUNCIL = lazy_re.compile(r"\b(?P<place>[A-Z][a-z]+)(?:\s+(?:City|County|Borough|Metropolitan|District))*\s+(?:Borough\s+)?"
                      r"(?:Council|Children['’]s\s+Services|Children['’]s\s+Social\s+Care)\b")
_BEFORE_THE_MOVE = lazy_re.compile(r"\bbefore\s+(?:the\s+(?:family\s+)?move|(?:they|the\s+family|she|he)\s+moves?|moving)\b", re.I)
_NEW_WORKER = lazy_re.compile(r"(?:your\s+|their\s+)?new\b", re.I)
# "Keldermouth IDVA service to pick it up", "Hexley can decide whether to re-refer him"
_PLACE_DECIDES = lazy_re.compile(r"\b(?:to|will|can|may)\s+(?:pick\s+(?:it|this|them)\s+up|pick\s+up|take\s+(?:it|this|them)\s+on|"
                            r"decide)\b", re.I)
# The first commitment is a "not": "Kerry will try to keep the door locked and will not ..." is a task.
_PROHIBITION = lazy_re.compile(r"^(?:(?!\b(?:will|must|to|should)\b)[^,;.]){1,80}?\s(?:will|must|should|is|are|has|have)?\s?"
                          r"(?:not|never)\s(?:to\s)?(?:be\s)?[a-z]+"
                          r"|^\W*(?:no|never)\s+(?:unsupervised|contact|alcohol|drugs|smoking|visitors|overnight)\b"
                          # "Only Karen, Gran or Aunty Dee may collect Maisie": who alone may, for the life of the plan
                          r"|^\W*only\s+[^;.]{1,80}?\s(?:may|can|is allowed to|are allowed to)\s", re.I)
_WHEN_IT_HOLDS = lazy_re.compile(r"\b(?:on|at|in|during|after|before|when|while|whilst)\s+(?:\w+\s+)?$", re.I)


def _holds_when(text: str, mention: Mention) -> bool:
    """"on school nights" in "Mum will not drink on school nights": when a rule holds,
    whether the "on" stands before the time or opens it."""
    return bool(_WHEN_IT_HOLDS.search(text[:mention.start]) or _WHEN_IT_HOLDS.match(mention.text.split(" ", 1)[0] + " "))


_LEAD_WORDS = 10
_DETAIL_LEAD_WORDS = 16  # "RS, Fernlea Primary School, with Mrs Helen Jessop (teaching assistant) doing the check-ins"
_TITLE_WORDS = 6
_ATTENDS = lazy_re.compile(r"\b(?:go|goes|going|attend|attends|attending|referred|referral|open|engage|engages|engaging|"
                      r"appointments?|sessions?)\s+(?:to|at|with)\s+(?:the\s+)?(?P<name>[A-Z][A-Za-z'’-]+)")
# A name, then a bracket, comma, dash or "is", then words up to the service
# (no second comma: "Present: Gemma Varga, SW, HV, CMHT" is a list, not an introduction).
# A title before a person's name, a police officer's rank among them ("DC Lee Hart", "PC Sam Ord")
_HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|PC|DC|DS|DI|Sgt)\.?\s+"
# "RM   Ravi Mistry", "KT = Kerry Todd", "DC = Dr Dafydd Cole", "LH  DC Lee Hart": a key's initials, then the person
_KEY_INITIALS = rf"(?P<initials>[A-Z]{{2,3}})\s*[=:–—-]?\s+(?:{_HONORIFIC})?"
# "Mel Grant - practitioner, Hinderby Talking Therapies": a role may stand between the name and its service.
_INTRODUCED = lazy_re.compile(r"(?<![\w'’])(?:" + _KEY_INITIALS + r")?(?P<name>[A-Z][a-z'’-]+)(?:\s+(?P<surname>[A-Z][a-z'’-]+))?(?:\s*(?:\(|,|\s[-–—]|\s+is\b|\s+has\s+been\s+(?=(?:[A-Z][\w-]*['’]s|the|her|his|their|an?)\s)|\s+of\b)|\s{2,})(?P<gap>[^(),]*(?:,[^(),]*)?)$")
# ("Dean Moss of the Nethercleugh Alcohol Recovery Service", "Paul Igwe has been Marta's care
# coordinator since January" introduce them too)
# (nor a clause that runs on: "Funke is much better, but the perinatal team's assessment ...")
_NOT_INTRODUCTION = lazy_re.compile(r"\b(?:will|to|shall|must|should|can|has|have|had|was|were|and|or|but|although|though|"
                               r"because|so|as|when|while|by|with|for|your|refer\w*|"
                               r"attend\w*|see|sees|saw|seen|support\w*|contact\w*|under)\b", re.I)
ADULT_LABELS = frozenset({"ADULT_SERVICES", "MH_SERVICES"})
# "Kestrel House helps grown-ups who drink too much", "Sunrise supports mums who feel low":
# a service a plan explains in plain words (a child's own plan, a letter) by the adults it helps
_SERVES = lazy_re.compile(r"(?P<name>[A-Z][A-Za-z'’-]+)(?:\s+[A-Z][A-Za-z'’-]+)*\s+(?:helps|supports|works\s+with|"
                          r"is\s+there\s+for|is\s+a\s+(?:service|team|place|charity)\s+(?:for|that\s+helps)|"
                          # ("Horizons is the name of the team of nurses and doctors in Appleskeld who help grown-ups ...")
                          r"is\s+(?:the\s+name\s+of\s+)?(?:a|the)\s+(?:service|team|place|charity|group)\b[^.;]{0,80}?\b(?:that|who)\s+helps?)\s+"
                          r"(?:grown-?ups|adults|parents|people|mums|dads|mothers|fathers|women|men)\b")
# "Mel from Kestrel House", "Jo at the drug service": a person named by the service they come from
# ("Dev Patel — Mum's nurse at Horizons": a few words on who they are may come between)
_PERSON_FROM = lazy_re.compile(r"(?<![\w'’])(?P<name>[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?(?:\s+[–—-]\s+(?:[\w'’]+\s+){0,2}[\w'’]+)?"
                               r"\s+(?:from|at)\s+(?:the\s+)?"
                               r"(?P<service>[A-Za-z][A-Za-z'’-]*)")
_YOUTH_BEFORE = lazy_re.compile(rf"\b(?:{loader.alternation('youth_service_words')})\s+(?:[A-Z][\w'’-]*\s+)*$", re.I)
_YOUTH_REACH = 40
# (the same part of a cell or sentence, up to its next | ; . or line)
_YOUTH_AFTER = lazy_re.compile(r"[^|;.\n]{0,40}?\b(?:children['’]?s|paediatric|pediatric|child\s+health|camhs)\b", re.I)


# "Turning Tides (the ", "Horizons (a ": a bracket opened to say what the name before it is
_GLOSS_OPEN = lazy_re.compile(r"(?<=[\w'’])\s*\(\s*(?:the|an?|our|her|his|their|its)?\s*$", re.I)


def _in_another_service(m, mentions) -> bool:
    """A mental health "therapist" inside another service's longer name ("occupational
    therapist", "speech and language therapist"): that service's worker, not a mental health one."""
    return m.label == "MH_SERVICES" and any(
        v.label in CONCRETE_OWNER and v.label != m.label and v.start <= m.start and m.end <= v.end
        and v.end - v.start > m.end - m.start for v in mentions)


def _for_the_young(text: str, m: Mention) -> bool:
    """"Young People's Substance Service", "epilepsy nurse, Eskmarren Children's Hospital": a
    service the lexicon files as an adult's, here the child's."""
    return bool(_YOUTH_BEFORE.search(text, max(0, m.start - _YOUTH_REACH), m.start) or _YOUTH_AFTER.match(text, m.end))


# ("referred to Karen Bell, a CPN" introduces her; "admitted to Vinsworth Lodge, the unit" a place)
_PLACE_BEFORE = lazy_re.compile(r"\b(?:(?:admitted|moved|transferred|discharged)\s+(?:to|from)|at|in|into|near)\s+$", re.I)
_PARENTS_PARENT = lazy_re.compile(rf"\b(\w+)['’]s\s+(?:{loader.alternation_of(_PARENT_WORDS)})\b", re.I)
_COLLECTIVE_FILLERS = set(loader.vocabulary()["collective_fillers"])
_ORGANISATION_WORDS = frozenset(loader.vocabulary()["organisation_words"])
# One word in a When column that is a time by itself: "June", "Thurs", "Spring", "03/25".
_CALENDAR_WORDS = {w for k in ("months", "month_abbreviations", "weekdays", "weekday_abbreviations")
                   for w in loader.vocabulary()[k]} | {"spring", "summer", "autumn", "winter", "now", "antenatal", "postnatal",
                                                    "eom", "eow", "eoy"}  # end of month, week, year
# "Done" in the When column: the work is finished, its time past
_FINISHED = {"done", "completed", "complete", "started", "achieved"}
# "Carried forward", "C/F", "Outstanding" in the When column: the work goes on, with no new date
_CARRIED_OVER = lazy_re.compile(r"^(?:carried\s+(?:forward|over)|carry\s+(?:forward|over)|c/f|b/f|brought\s+forward|"
                                r"rolled\s+(?:forward|over)|outstanding|not\s+(?:yet\s+)?(?:started|done|met))$")
_NOT_NAMES = {"the", "a", "an", "her", "his", "their", "your", "my", "our", "at", "to", "with", "by", "from", "under", "and", "in", "of",
              # ("Dr Malik (GP)": the title is no one's name; "Dr Reeve, consultant paediatrician" is no GP)
              "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor"}
_WORD = lazy_re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*")
_CAPITALISED = lazy_re.compile(r"\b[A-Z][a-z'’]{2,}\b")
_SHORT_NAME_LETTERS = 3
# "Kai's mum", "the children's dad": a possessive before a relative names whose relative
_RELATIVE_AFTER = lazy_re.compile(r"(?:['’]s?)?\s+(?:mum|mummy|dad|daddy|mother|father|mam|mom|parents?|nan|nana|nanny|gran|"
                             r"granny|grandma|grandmother|grandad|grandfather|brother|sister|partner|step-?dad|step-?mum)\b",
                             re.I)
# "SW Peter Hollins – fortnightly", "IDVA Rachel Moss, DA Service\n• first meeting ...": who comes first.
_LEAD_SEGMENT = lazy_re.compile(r"\s[–—-]\s|[.;:]\s|\s*\n")
_PARENTS = loader.alternation_of(loader.lexicons()["parent_roles"])
# The words of help aimed at someone, and strings (cues.required_strings) one of which each
# holds, as do the passive's "supported" and "helped": every match of _supports_parent's holds one.
_HELP = r"(?:support\w*|help\w*|phon\w*|ring\w*|call\w*|reassur\w*|check\w* on)"
_HELP_NEEDS = required_strings(re.compile(_HELP, re.I))
# "Weekly support visits to Kerry at home": the help's visits, sessions or calls, then whom they are for
_HELP_VISITS = r"(?:(?:visits?|sessions?|calls?)\s+(?:to|for|with)\s+)"


def _help_aimed_at(people: str) -> re.Pattern:
    """Help aimed at one of people (an alternation): "support Mum", "Rebecca to be supported"."""
    return re.compile(rf"\b{_HELP}\s+{_HELP_VISITS}?(?:for\s+)?(?:{people})\b|"
                      rf"\b(?:{people})\s+(?:to|will)\s+be\s+(?:supported|helped)\b", re.I)


_SUPPORTS_A_PARENT = _help_aimed_at(_PARENTS)
# "9.8 ", "12.3 " opening a sentence of several words: the number of a minute or paragraph
_MINUTE_NUMBER = lazy_re.compile(r"(\d{1,2}\.\d{1,2})\s+(?=[A-Z]\S*(?:\s+\S+){6})")


def _minute_number(text: str, m: Mention) -> bool:
    """"9.8 A referral for an IDVA ... is to be made by RB as soon as possible": the number a
    minute or an outline item opens with, which the time patterns read as 9 August."""
    return m.start == 0 and m.label == "TIME" and bool(ref := _MINUTE_NUMBER.match(text)) and m.end == ref.end(1)


_WHOSE_END = lazy_re.compile(r"\b([A-Z]?\w+)['’]s\s+$")
_NAMES_AFTER = lazy_re.compile(r"\s*[,:–-]\s*(?P<first>[A-Z][a-z'’-]+)(?:\s+(?:and|&)\s+(?P<second>[A-Z][a-z'’-]+))?")
_ROLE_THEN_NAME = lazy_re.compile(r"\s*[:–-]\s*(?P<name>[A-Z][a-z'’-]+)\b")
_HELP_AT = lazy_re.compile(rf"\b{_HELP}\s+{_HELP_VISITS}?(for\s+)?", re.I)
_TO_BE_HELPED = lazy_re.compile(r"\s+(?:to|will)\s+be\s+(?:supported|helped)\b", re.I)


_FIRST_NAME = lazy_re.compile(rf"\s*(?:{_HONORIFIC})?([A-Z][a-z'’-]+)\b")
# Who a plan's key or introductions say someone is: an adult service's worker, or a relative.
_LEARNT_LABELS = frozenset({"ADULT_SERVICES", "MH_SERVICES", "FAMILY_ROLES"})


def _translated(cell: str, collective: set[str]) -> bool:
    """"Y teulu / The family": a collective beside the same words in another language (a
    phrase in ordinary words, no name in it), not beside someone who shares the work."""
    parts = [_WORD.findall(part) for part in cell.split(" / ")]
    if len(parts) != 2:
        return False
    for words, other in (parts, parts[::-1]):
        if not {w.lower() for w in other} - collective - _COLLECTIVE_FILLERS and \
                _TRANSLATION_WORDS[0] <= len(words) <= _TRANSLATION_WORDS[1] and words[0][0].isupper() and \
                all(w.islower() for w in words[1:]):
            return True
    return False


_TRANSLATION_WORDS = (2, 4)
# Capital letters that stand alone as words, never as a child's letter.
_LETTER_WORDS = frozenset({"I", "A"})
# A letter used as a person: "T says", "M is", "K will".
_LETTER_VERBS = "says|said|told|tells|wants|is|has|will|was|can|goes|went|attends|sleeps|knows|lives|gets|needs|likes|seen"


class Understanding:
    """The NLP view of one plan: mentions plus the people it names."""

    def __init__(self, analyser: Analyser, names=(), child_names=(), parent_names=(), lower_words=frozenset()):
        self.analyser = analyser
        self.names = {n.lower() for n in names}
        self.child_names = {n.lower() for n in child_names}
        self.parent_names = {n.lower() for n in parent_names}
        self.local_services: set[str] = set()  # "Pathways" from "Pathways drug service"
        # the words a local service's first word was seen before ("Eskmarren" -> {"alcohol"}): the
        # place's other services ("Eskmarren Children's Hospital") are not it
        self._service_next: dict[str, set[str]] = {}
        self.people_services: dict[str, frozenset] = {}  # "karen" from "Karen is Mum's nurse from the CMHT"
        self.initials: dict[str, str] = {}  # "cf": "chloe" from a key's "CF | Chloe Fairweather | Paternal aunt"
        self.key_initials: set[str] = set()  # "km" from a key's "KM – Kerry Moss, social worker" (as a row or a line)
        self._memo: dict[tuple, object] = {}
        self._lower_words = lower_words  # every word the plan writes in lower case (textutil.lower_case_words)
        self.to_an_adult = False  # a letter to a parent: its "you" is the parent
        self.receiving: re.Pattern | None = None  # the place names of the council a family moves to
        self.family_moves = False  # the plan speaks of a transfer to another council
        self.child_letters: re.Pattern | None = None  # "K", "E-M": the letters a plan calls its children by

    def learn_child_letters(self, texts, child_names, parent_names) -> None:
        """"K & M sleep in a dry bedroom", "T (seen alone 07/01): ...": a plan that names its
        children once ("Kayden Pryce", "Maisie Pryce") and then calls them by their first letters.
        A letter is a child's only where the plan uses it as a person's ("M's cot", "K & M", "T says")
        and no parent's name opens with it; "I" and "A" are words first."""
        # (a parent's initial is hers, unless the plan pairs it with another child's: "T & R" beside Ryan)
        parents = {n[:1].upper() for n in parent_names}
        taken = set(_LETTER_WORDS)
        # ("EM = Emma Moss, health visitor" in the plan's key: someone else's initials; read after learn_services)
        taken |= {k.upper() for k in self.key_initials if self.initials.get(k) not in self.child_names}
        letters = {letter for name in child_names for letter in name_letters(name) - taken
                   if letter[:1].isalpha() and letter.isupper()}
        if not letters - parents:
            return
        alts = "|".join(map(re.escape, sorted(letters, key=len, reverse=True)))
        person = re.compile(rf"(?<![\w'’.&/-])(?P<l>{alts})(?:['’]s\b|\s*(?:&|\+|and)\s*(?P<other>{alts})(?![\w'’-])|"
                            rf"\s+(?:{_LETTER_VERBS})\b|\s*\((?:seen|\d))")
        used = set()
        for text in texts:
            for m in person.finditer(text):
                said = {m.group("l"), m.group("other")} - {None}
                if said - parents and (len(said) == 2 or not said & parents):
                    used |= said
        if used:
            alts = "|".join(map(re.escape, sorted(used, key=len, reverse=True)))
            self.child_letters = re.compile(rf"(?<![\w'’.-])(?:{alts})(?![\w-]|\.\w)")

    def _child_letter(self, word: str) -> bool:
        """Whether a word is one of the letters the plan calls a child by ("M", "M's", "E-M")."""
        return self.child_letters is not None and self.child_letters.fullmatch(without_possessive(word)) is not None

    def in_lower_case(self, word: str) -> bool:
        """Whether the plan writes this word in lower case somewhere: a common word, not a name."""
        return word.lower() in self._lower_words

    def _known_word(self, word: str) -> bool:
        """Whether a lower-case word is a common word or a name the plan gives a child or a parent:
        no new person's or service's name. (Tested set by set: a union would copy the plan's words.)"""
        return word in self._lower_words or word in self.child_names or word in self.parent_names or word in _NOT_NAMES

    def learn_services(self, sentences, rows=()) -> None:
        """Names a plan gives its adult services, so "Gary Lowe, Pathways" is one,
        and the initials a key gives its people ("KT = Kerry Todd, social worker");
        rows are a table's cells, where "Paul Ennis | Care coordinator, CMHT" names one."""
        firsts: set[str] = set()
        for text in sentences:
            if text[:1].isupper() or "=" in text:
                entries = list(_KEY_ENTRY.finditer(text))
                for k, following in zip(entries, [*entries[1:], None]):
                    self.names.add(k.group("initials").lower())
                    self.key_initials.add(k.group("initials").lower())
                    if _KEY_PARENT.match(text, k.end() - 1):
                        self.parent_names.add(k.group("initials").lower())  # "BO   Bisola Oyelaran   Mum"
                    elif not text[:k.start("initials")].strip():
                        # "KL – Kieran Lowther, Mum's worker at Open Door (drug and alcohol charity)":
                        # a line of the key, as a key's table row says, whose service "KL" names
                        who = text[k.end("initials"):following.start() if following else len(text)]
                        self._learn_key_row(k.group("initials"), who.strip(" =:–—-;,"))
                if not entries and (named := _NAMED_INITIALS.match(text)):
                    # "Kieran Joyce (KJ), recovery worker, Turning Tide": the name, its initials, the role
                    self._learn_key_row(named.group("initials"), named.group("name") + text[named.end():])
                elif not entries and (lettered := _DETAILS_LETTER.match(text)) and \
                        lettered.group("l") in name_letters(lettered.group("name")):
                    # "Mum: Kerry Nolan (38), K", "Aunt: Dawn Reilly (Kerry's sister), D, 29 Weaver Street":
                    # a details line giving the letter the plan will call her by ("K: no drinking ...")
                    role = lettered.group("role")
                    self._learn_key_row(lettered.group("l"), f"{lettered.group('name')}, {role}")
                    if _KEY_PARENT.fullmatch(role):
                        self.parent_names.add(lettered.group("l").lower())
            mentions = self.mentions(text)
            if any(m.label == "PARENT_ILLNESS" and m.asserted for m in mentions):
                # "Mum will go to Horizons every Tuesday to get help to stop drinking":
                # a place a parent goes for their illness is an adult service.
                for a in [*_ATTENDS.finditer(text), *_SERVES.finditer(text)]:
                    name = a.group("name").lower()
                    if not self._known_word(name) and \
                            not any(x.label in CONCRETE_OWNER for x in self.mentions(a.group("name"))):
                        self.local_services.add(name)
            for m in mentions:
                if m.label in ADULT_LABELS and not _for_the_young(text, m) and not _in_another_service(m, mentions):
                    # The first word of the name run: "Anchor" in "Anchor Drug & Alcohol Service".
                    # ("Turning Tides (the alcohol service)": the name before the bracket that says what it is)
                    before = text[: m.start]
                    if glossed := _GLOSS_OPEN.search(before):
                        before = before[: glossed.start()] + " "
                    run = _search_tail(_NAME_RUN, before, _NAME_RUN_CHARS)
                    words = [w for w in (run.group(0).split() if run else []) if w not in ("&", "and")]
                    while words and (words[0].lower() in _NOT_NAMES or imperative(words[0])):
                        words.pop(0)  # "Attend Anchor ...", "The Anchor ..."
                    first = words[0] if words else ""
                    if first and first.lower() not in self.child_names and first.lower() not in self.parent_names:
                        self.local_services.add(first.lower())
                        firsts.add(first)
                        after = words[1] if len(words) > 1 else m.text.split()[0]
                        self._service_next.setdefault(first.lower(), set()).add(after.lower())
                    # "VRP = Vellacott Recovery Partnership", "... Drug Service (VADS)": its short name too
                    start = m.start - (len(run.group(0)) if run else 0)
                    short = _search_tail(_SHORT_BEFORE, text[:start], _SHORT_BEFORE_CHARS) or \
                        _SHORT_AFTER.match(text[m.end:])
                    if short:
                        self.local_services.add(short.group("short").lower())
                    self._learn_person(text[max(0, m.start - _PERSON_REACH):m.start], m.label)
                elif m.label == "FAMILY_ROLES" and m.asserted and not _NURSE.search(text):
                    # "Pat and Ray Wilcox (maternal grandparents)": "Ray will take them to school" is
                    # the family's help (by first name: a surname is shared with the parents)
                    self._learn_person(text[max(0, m.start - _PERSON_REACH):m.start], m.label, surname=False)
                    # "Maternal grandmother: Patricia Okafor (54)": a details line, the relation first
                    if (named := _ROLE_THEN_NAME.match(text, m.end)) and len(text[:m.start].split()) <= 1 and \
                            not any(x.label == "PARENT_ROLES" for x in mentions) and \
                            not self._known_word(name := named.group("name").lower()):
                        self._works_for(name, m.label)
                elif m.label == "PARENT_ROLES" and (whose := _WHOSE_END.search(text, 0, m.start)) and \
                        (whose.group(1).lower() in self.parent_names | _PARENT_WORDS or self.child_names and
                         whose.group(1)[0].isupper() and whose.group(1).lower() not in self.child_names) and \
                        (named := _NAMES_AFTER.match(text, m.end)):
                    # "Aaron's parents, Lorraine and Keith Briggs": a parent's (an adult's, not the
                    # child's) parents, named after the relation; "Lorraine will supervise" is the
                    # family's help
                    for name in filter(None, (named.group("first"), named.group("second"))):
                        if not self._known_word(name.lower()):
                            self._works_for(name.lower(), "FAMILY_ROLES")
        for first in firsts:
            # "Shillingmere CMHT" beside "Shillingmere High", "Shillingmere Young Carers" and "Shillingmere
            # Early Help": a place that names many services, not the adult service's own name
            named = re.compile(rf"\b{re.escape(first)}\s+([A-Z][\w'’-]*)")
            after = {m.group(1) for text in sentences if first in text for m in named.finditer(text)}
            if len(after) >= _PLACE_NAMES_SERVICES:
                self.local_services.discard(first.lower())
        for text in sentences:
            if " from " in text or " at " in text:
                self._learn_people_from(text)
        # ("ST | Shannon Tait, Mum | RM | Ricky Moran, Dad": a key set out in pairs across the row)
        rows = [pair for row in rows for pair in (
            [row[i:i + 2] for i in range(0, len(row), 2)] if len(row) >= 4 and len(row) % 2 == 0 and
            all(_INITIALS_CELL.match(row[i].strip()) for i in range(0, len(row), 2)) else [row])]
        for row in rows:
            if len(row) >= 2 and _INITIALS_CELL.match(row[0].strip()):
                self._learn_key_row(row[0].strip(), ", ".join(c.strip() for c in row[1:]))
                continue
            # "Paul Ennis | Care coordinator, Faldermoor CMHT": a table of who is who,
            # a name in its first cell and the role beside it
            if len(row) < 2 or not _NAME_CELL.match(row[0].strip()):
                continue
            role = row[1]
            if len(role.split()) > _ROLE_CELL_WORDS or find_commitment(role) or imperative(role):
                continue  # work to do ("Refer Leanne to the perinatal team"), not who someone is
            for label in self._learnt_labels(role):
                self._learn_person(row[0].strip() + ",", label, surname=label != "FAMILY_ROLES")
        if shorts := sorted(w.upper() for w in self.local_services if len(w) <= _SHORT_NAME):
            # "RS – Ravi Sandhu, DDAS key worker": a person introduced with the short name of
            # a service the plan names in full elsewhere works for it too. (Not a service's
            # place name, "Korvanby", which the council and the school share.)
            named = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, shorts)))
            for text in sentences:
                for m in named.finditer(text):
                    self._learn_person(text[max(0, m.start() - _PERSON_REACH):m.start()], "ADULT_SERVICES")

    def _learn_people_from(self, text: str) -> None:
        """"Mel from Kestrel House", "Jo from the drug service": that person's work is the adult service's."""
        services = None  # where the sentence names an adult service, read once from its own (primed) analysis
        for m in _PERSON_FROM.finditer(text):
            name, service = m.group("name").lower(), m.group("service")
            if self._known_word(name):
                continue
            if services is None:
                services = {x.start for x in self.mentions(text) if x.label in ADULT_LABELS}
            if service.lower() in self.local_services and service[0].isupper() or m.start("service") in services:
                self._works_for(name, "ADULT_SERVICES")

    def learn_receiving(self, texts) -> None:
        """The place a family is moving to ("moving to Hexley", "a tenancy in Keldermouth", "the
        case will transfer to Brindlecross Council"): in a plan that speaks of a transfer, work
        left to that place is left to the receiving council."""
        transfer = any(m.label == "TRANSFER" and m.asserted for text in texts for m in self.mentions(text))
        # (not the council whose plan it is, named in its heading: "Foxleigh City Council" in a transfer-in plan)
        own = {m.group("place").lower() for text in texts[:_HEADING_TEXTS] if len(text.split()) <= _HEADING_WORDS
               for m in _COUNCIL.finditer(text)}
        places = set()
        needs = _moving_needs()
        for text in texts:
            # (every plan is read for a move now, not only one that names a transfer: a substring
            # test rules out most texts before re tries the pattern at each character)
            if needs is not None and not any(s in text for s in needs):
                continue
            for m in _MOVING_TO.finditer(text):
                place = m.group("place").lower()
                if not any(place in words for words in (self.child_names, self.parent_names, self._lower_words, _NOT_PLACES, own)):
                    places.add(place)
        # ("the family's move to Kelsford" names no transfer, but the move is one)
        self.family_moves = transfer or bool(places)
        if places and transfer:
            self.receiving = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(places))), re.I)

    def _left_to_receiving(self, text: str) -> bool:
        if not self.family_moves or _BEFORE_THE_MOVE.search(text):
            # ("pass it to Brackstone's neighbourhood team before the move": handed on ahead of the move,
            # as a records handover is, the work done here)
            return False
        # ("to be done by the new health visiting team after the move": the receiving council's, unnamed)
        if any(_NEW_WORKER.match(text, m.end()) or self.receiving is not None and self.receiving.match(text, m.end())
               for m in _HANDED_OVER.finditer(text)):
            return True
        return bool(self.receiving is not None and (d := _PLACE_DECIDES.search(text))
                    and self.receiving.search(text[:d.start()]))

    def _held_for_receiving(self, text: str, mentions: list[Mention]) -> bool:
        """"Deferred until Lacey starts at her new school in Ravensholt": work put off until
        something happens in the place the family moves to (not "once", which only times it)."""
        return self.receiving is not None and any(
            m.label == "DEFERRAL" and m.asserted and m.text.lower() != "once" and self.receiving.search(text, m.end)
            for m in mentions)

    def _learn_key_row(self, initials: str, who: str) -> None:
        """"DB | Dan Brierley | Recovery worker, Compass Point Recovery": a key to initials
        laid out as a table; the plan's "DB will ..." is that service's work."""
        if len(who.split()) > _KEY_ROW_WORDS or find_commitment(who) or imperative(who):
            return
        self.names.add(initials.lower())
        self.key_initials.add(initials.lower())
        first = _FIRST_NAME.match(who)
        if first:
            self.initials[initials.lower()] = first.group(1).lower()
        for label in self._learnt_labels(who):
            self._works_for(initials.lower(), label)
            if first:
                self._works_for(first.group(1).lower(), label)  # ("Kieran will see Mum every week ...")

    def _learnt_labels(self, role: str) -> set[str]:
        """Who a key's or a table's role cell says someone is ("Paternal aunt", "Recovery worker,
        Compass Point"); a ward sister is a nurse, no relative."""
        ms = self.mentions(role)
        labels = {m.label for m in ms if m.label in _LEARNT_LABELS and not _in_another_service(m, ms)}
        return labels - {"FAMILY_ROLES"} if _NURSE.search(role) else labels

    def relative_named(self, word: str) -> bool:
        """Whether the plan introduces this first name as a relative who is not a parent."""
        return self.people_services.get(word.lower()) == {"FAMILY_ROLES"} and word.lower() not in self.parent_names

    def _works_for(self, name: str, label: str) -> None:
        """Records that the person called name (in lower case) works for a service of this label."""
        self.people_services[name] = self.people_services.get(name, frozenset()) | {label}

    def _names_local_service(self, text: str, word: str) -> bool:
        """Whether text names the local service called word: by that word alone, or before
        a word the plan wrote after it in the service's name ("Eskmarren Alcohol Service"),
        not before another ("Eskmarren Children's Hospital")."""
        seen = self._service_next.get(word)
        if not seen:
            return True  # known by a short name, or as a place a parent goes
        for m in re.finditer(rf"\b{re.escape(word)}\b(?:[ \t]+(\w[\w'’]*))?", text, re.I):
            after = m.group(1)
            if not after or not after[0].isupper() or after.lower() in seen:
                return True
        return False

    def _learn_person(self, before: str, label: str, surname: bool = True) -> None:
        """"Jo Morley, Harbour Recovery", "Karen is Mum's nurse from the mental health
        team": the person named just before a service works for it, so "Karen will
        see Mum" is that service's action. Not "Karen will refer Mum to the CMHT"."""
        clause = re.split(r"[.;!?\n]", before)[-1]
        head, colon, rest = clause.rpartition(":")
        if colon and not _INITIALS_ONLY.match(head):
            clause = rest  # ("LB: Liam Barrow, recovery worker, ...": a key's initials keep their colon)
        m = _INTRODUCED.search(clause)
        # ("Lindsay Crowther – Liam's keyworker, Quandermere Alcohol and " before "Drug Service": the
        # "and" inside the service's own name runs no clause on)
        if not m or _NOT_INTRODUCTION.search(_NAME_WITH_AND.sub("", m.group("gap"))):
            return
        if _PLACE_BEFORE.search(clause, 0, m.start()):
            return  # "admitted to Vinsworth Lodge, the adult mental health unit": a place, not a person
        if any((w or "").lower() in _ORGANISATION_WORDS for w in (m.group("name"), m.group("surname"))) and \
                clause[m.end("surname") if m.group("surname") else m.end("name"):].lstrip().startswith(",") and \
                not re.search(r"\b[a-z]", m.group("gap")):
            # "Amsbeck Family Hub, Aysthorpe Homes, GP": services listed, not one introduced as the GP's
            # (as "Sandholme Wellbeing Hub, the adult mental health service" and "Kestrelby Wellbeing
            # Service (IAPT)" are)
            return
        # "Dr Priya Menon – perinatal psychiatrist" is "Dr Menon" later on
        # "RM   Ravi Mistry, recovery worker": a key to initials names him "RM" after
        if m.group("initials"):
            self.initials[m.group("initials").lower()] = m.group("name").lower()
        for name in filter(None, (m.group("name"), surname and m.group("surname"), m.group("initials"))):
            # ("Mum, Nan": a role word before a relative is no one's name)
            if not self._known_word(name.lower()) and not (
                    label == "FAMILY_ROLES" and any(x.label in CONCRETE_OWNER for x in self.mentions(name))):
                self._works_for(name.lower(), label)

    def mentions(self, text: str) -> list[Mention]:
        return self.analyser.mentions(text) if text else []

    # -- small questions, also used by the structure layer -------------------
    def has_time(self, text: str) -> bool:
        return any(m.label == "TIME" and m.asserted for m in self.mentions(text))

    def times_its_work(self, text: str) -> bool:
        """Whether a time in the text says when its work happens, as the timescale check reads it
        (not "the score rising from 3 to 6 by the review": when a check's target is met)."""
        return any(m.label == "TIME" and m.asserted and "historical" not in m.modifiers and not _set_at(text, m)
                   and not _minute_number(text, m) for m in self.mentions(text))

    def names_owner(self, text: str) -> bool:
        return self.owner_verdict(text, cell=False)[0] == "ok"

    @_per_plan
    def cues(self, text: str) -> frozenset[str]:
        return cues_in(text)

    @_per_plan
    def work_cues(self, text: str) -> frozenset[str]:
        """The sentence cues of an action's work, and the cues looked for only there."""
        return self.cues(text) | cues_in(text, "work")

    @_per_plan
    def mentions_child(self, text: str) -> bool:
        if any(m.label == "CHILD_REFS" for m in self.mentions(text)):
            return True
        # "Ellie-Mae" may be known as the whole name or by its parts
        if any(without_possessive(part) in self.child_names
               for w in _WORD.findall(text.lower()) for part in (w, *w.split("-"))):
            return True
        if self.child_letters is not None and self.child_letters.search(text):
            return True  # "K & M sleep in a dry bedroom": the children by the letters the plan calls them
        # "Abi" for Abigail, "Alex" for Alexander: the start of a child's name, a name (the plan
        # never writes it in lower case, as it does "the" of Theo) and no parent's
        return any(len(w) >= _SHORT_NAME_LETTERS and any(c.startswith(w) for c in self.child_names)
                   and w not in self.parent_names and not self.in_lower_case(w)
                   for w in (without_possessive(x.lower()) for x in _CAPITALISED.findall(text)))

    def parents_parent(self, text: str) -> bool:
        """"Kayleigh's mum, Lorraine Platt", "Dad's mother": a grandparent, not a parent."""
        m = _PARENTS_PARENT.search(text)
        return bool(m) and (m.group(1).lower() in self.parent_names or m.group(1).lower() in _PARENT_WORDS)

    def _supports_parent(self, text: str) -> bool:
        """Help aimed at a parent: "support Mum", "Rebecca to be supported", "phone Rebecca"."""
        # Most actions hold none of the help words: a substring test (C speed) rules
        # them out before the pattern, which re tries at every character of the text.
        if not folds_into_ascii(text):
            low = text.lower()
            if not any(s in low for s in _HELP_NEEDS):
                return False
        if _SUPPORTS_A_PARENT.search(text):
            return True
        names = self.parent_names
        if names and (folds_into_ascii(text) or any(map(folds_into_ascii, names))):
            # ("phone ſam": under re.I "ſ" is an "s", which no lower-cased comparison sees, in the
            # text or in a parent's name)
            key = ("_supports_parent", frozenset(names))
            if key not in self._memo:
                self._memo[key] = _help_aimed_at("|".join(re.escape(n) for n in names))
            return self._memo[key].search(text) is not None
        # The plan's own parents' names are looked for where the pattern's words leave
        # them: a pattern of them was compiled once a plan, at 2-3 ms.
        return bool(names) and (
            any(word_at(text, m.end(), names) or (m.group(1) and word_at(text, m.start(1), names))
                for m in _HELP_AT.finditer(text))
            or any(word_before(text, m.start(), names) for m in _TO_BE_HELPED.finditer(text)))

    def mentions_parent(self, text: str) -> bool:
        if any(m.label == "PARENT_ROLES" for m in self.mentions(text)):
            return True
        return any(without_possessive(w.lower()) in self.parent_names for w in _WORD.findall(text))

    @_per_plan
    def voice_of_child(self, text: str) -> bool:
        """The child is who speaks, wishes or is observed: the last person named
        before a voice word ("Daisy said", "she was seen to settle") is the child, as is a
        child's name that labels a quote ("Lacey (seen alone at school): \"Mummy stays in bed\"")."""
        if (q := _LABELLED_QUOTE.match(text)) and (without_possessive(who := q.group(1) or q.group("seen")).lower()
                                                   in self.child_names or self._child_letter(who)
                                                   # ('S (seen alone by JH 27/01): "I don't want to move"': only
                                                   # a child is seen alone, whatever the plan calls her)
                                                   or q.group("aside") and _SEEN_ALONE.search(q.group("aside"))):
            return True
        found = self.mentions(text)
        for m in found:
            if m.label != "CHILD_VOICE" or not m.asserted:
                continue
            if _CAPTURED.search(text, max(0, m.start - _CAPTURE_REACH), m.start) or \
                    _INSTRUCTED.search(text, max(0, m.start - _CAPTURE_REACH), m.start) and m.text.lower() in _TELLING:
                # "... and see him on his own, recording what he says", "Uncle Gary to have Reece to stay
                # and tell the SW how the weekend went": the work of hearing it, or an adult's telling
                continue
            start = max(0, m.start - 80)
            before = text[start:m.start]
            # The people named in the 80 characters before the voice word, from the text's
            # own mentions: analysing that window again cost a pipeline run per voice word.
            near = [p for p in found if p.start >= start and p.end <= m.start]
            # ("Visit records on the children's file, saying who was seen": whose file, not who says)
            people = [(p.end - start, "child") for p in near if p.label == "CHILD_REFS"
                      and not _owns_a_thing(text, p.end, m.start)]
            people += [(p.end - start, "adult") for p in near if p.label in CONCRETE_OWNER]
            for w in re.finditer(r"[A-Za-z][A-Za-z'’-]*", before):
                name = without_possessive(w.group(0).lower())
                if (name in self.child_names or self._child_letter(w.group(0))) and \
                        not _owns_a_thing(text, start + w.end(), m.start, name != w.group(0).lower()):
                    people.append((w.end(), "child"))
                elif name in self.parent_names or name in self.names and w.group(0)[0].isupper():
                    people.append((w.end(), "adult"))
            if "(" in before:
                # "Kayden (seen on his own at school on 17 October) said": an aside names no speaker
                asides = [b.span() for b in _ASIDE.finditer(before)]
                people = [p for p in people if not any(a < p[0] <= b for a, b in asides)]
            if people and max(people)[1] == "child":
                return True
            # "The health visitor saw Ava flinch": the child is who was observed.
            if _OBSERVED.match(m.text) and self.mentions_child(text[m.end:m.end + 40].split(",")[0]):
                return True
        return False

    @_per_plan
    def owner_verdict(self, text: str, cell: bool) -> tuple[str, frozenset]:
        """ok / vague / missing for the people named in text.

        In an owner cell any words that are not collective count as an owner
        (local services have names we cannot list); in a sentence subject we
        need a role, a name or a pronoun.
        """
        if is_empty_cell(text):
            return "missing", frozenset()
        if _WE_ALL.match(text):
            return "vague", frozenset()  # "We all", "We, the family,": everyone, so no one in particular
        if not cell and (rel := _WHO_CLAUSE.search(text)) and self.owner_verdict(text[:rel.start()], cell)[0] == "vague":
            # "Everyone who works with Tyler": the child named in the clause is not who does it
            return "vague", frozenset()
        grandparent = self.parents_parent(text)
        if not cell and (m := _POSSESSIVE.search(text)) and not any(
            x.label in CONCRETE_OWNER and x.start < m.end() <= x.end for x in self.mentions(text)
        ):
            # "Mum's mental health will improve": the subject is her health, not Mum
            # (but "Children's Services" is one service).
            text = text[m.end():]
        elif cell and (m := _POSSESSIVE.search(text)) and (rest := text[m.end():]) and any(
            x.label == "VAGUE_OWNERS" for x in self.mentions(rest)
        ) and not any(x.label in CONCRETE_OWNER for x in self.mentions(rest)):
            # "Mum's side of the family", "Dad's friends": whose they are does not say which of them
            text = rest
        ms = [m for m in self.mentions(text) if m.asserted or m.label in CONCRETE_OWNER]
        collective = [m for m in ms if m.label == "VAGUE_OWNERS"]
        # ("All partner agencies": the "partner" inside a collective is nobody's partner; but
        # "Family and friends" is still the family, whose help a contingency must cover)
        # ("Young People's Substance Service" is the child's service, not an adult one)
        youth = [m for m in ms if m.label in ADULT_LABELS and
                 _for_the_young(text, m)]
        labels = frozenset(m.label for m in ms if m.label in CONCRETE_OWNER and m not in youth
                           and not _in_another_service(m, ms) and (
            m.label == "FAMILY_ROLES" or not any(
                v.start <= m.start and m.end <= v.end and v.end - v.start > m.end - m.start for v in collective)))
        if youth:
            labels |= {"PROFESSIONAL_ROLES"}
        if "PARENT_ROLES" in labels and grandparent:
            labels = labels - {"PARENT_ROLES"} | {"FAMILY_ROLES"}
        if "FAMILY_ROLES" in labels and _WARD_SISTER.search(text) and \
                all(m.text == "Sister" for m in ms if m.label == "FAMILY_ROLES"):
            labels = labels - {"FAMILY_ROLES"} | {"PROFESSIONAL_ROLES"}  # "Sister Aisha Rahman": a ward sister
        words = _WORD.findall(text)
        lowered = {w.lower() for w in words}
        if any(self._names_local_service(text, w) for w in self.local_services & lowered):
            labels |= {"ADULT_SERVICES"}
        if not labels & {"FAMILY_ROLES", "PARENT_ROLES"}:
            # ("Sandra Brannigan (maternal grandmother)": a relative the owner's own words name is
            # no service worker, whatever list she stood in elsewhere)
            for name in self.people_services.keys() & lowered:
                labels |= self.people_services[name]
        # "Everyone who helps me" in a child's own plan names nobody: "me" is the child, not an owner.
        # ("Note", "Check": a capitalised word the plan also writes in lower case is a word, not a name)
        # ("craig to see GP ...": a parent the plan's details name, in notes typed in lower case)
        # ("Everyone in the team around Kayla": the child a collective is gathered round does not do the work)
        gathered = _gathered_round(text, ms)
        named = any((low := w.lower()) in self.names and low not in self._lower_words
                    or low in self.child_names and low not in _CHILD_PRONOUNS
                    or low in self.parent_names and low not in PRONOUNS
                    for w in words if w.lower() not in gathered)
        if labels or named or any(w.lower() in PRONOUNS for w in words[:2]):
            return "ok", labels
        vague = [m for m in ms if m.label == "VAGUE_OWNERS"]
        if vague:
            rest, outer = text, _outermost(vague)
            for m in sorted(outer, key=lambda m: -m.start):
                rest = rest[:m.start] + " " + rest[m.end:]
            others = {w.lower() for w in _WORD.findall(rest)} - _COLLECTIVE_FILLERS
            if not cell or not others or _translated(text, {w.lower() for m in vague for w in _WORD.findall(m.text)}) \
                    or _described(text, outer[0], gathered):
                return "vague", labels
        if cell:
            return "ok", labels
        if any(w[0].isupper() for w in words[1:]) or (
            len(words) == 1 and words[0][0].isupper() and not _WORK_NOUN.search(words[0])
        ):
            return "ok", labels
        return "missing", labels

    # -- the facts of one action ----------------------------------------------
    def action_facts(self, action: Action) -> ActionFacts:
        f = action.fields
        act_text = f.get("action", action.text)
        parts = [v for k, v in f.items() if k != "outcome" and v] or [action.text]
        # (the work, wherever a misread column put it, but never who does it)
        work = "\n".join(v for k, v in f.items() if k not in ("owner", "outcome") and v) or action.text
        facts = ActionFacts(mentions=self.joined_mentions(parts), cues=self.cues(action.text),
                            work_cues=self.work_cues(work))
        self._owner(action, act_text, facts)
        facts.partner_labels |= self._partners(act_text)
        # (in any field: "When: on hold until the family moves", "Owner: to be arranged by Crellham")
        work_text = " \n".join(parts)
        facts.left_to_receiving = self._left_to_receiving(work_text)
        # ("hold until the family is settled in Hollinsford" says no "transfer": the plan did)
        facts.waits_for_move = self.family_moves and (
            "held_for_move" in self.cues(work_text) or self._held_for_receiving(work_text, facts.mentions))
        self._timescale(f, facts, action.source == "table", work_text)
        self._measure(f, facts)
        if facts.measure_status == "missing":
            facts.measure_seen = sees_a_measure(action.text)  # models/measure_check's second opinion
        outcome = f.get("outcome", "")
        facts.about_child = self.mentions_child(act_text) or self.mentions_child(outcome)
        facts.about_parent = self.mentions_parent(act_text) or any(
            m.label == "PARENT_ILLNESS" for m in facts.mentions)
        facts.child_first = facts.about_child and self._child_first(act_text)
        labels = {m.label for m in self.mentions(act_text) if m.asserted}
        own_needs = labels & {"PARENT_NEEDS", "PARENT_ILLNESS"} or self._supports_parent(act_text)
        facts.parent_needs = bool(own_needs) and "PARENTING_WORK" not in labels and not facts.about_child
        # "If Jackie or Jordan cannot do their day": the helpers by name.
        # ("CF" of a key's "CF | Chloe Fairweather | Paternal aunt" is "If Chloe cannot have them")
        owner = f.get("owner") or facts.owner
        # (and the initials themselves: "If PH is ill, away or cannot supervise")
        initials = [w.lower() for w in re.findall(r"\b[A-Z]{2,3}\b", owner) if w.lower() in self.key_initials]
        facts.owner_names = frozenset(w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", owner)) | {
            self.initials[w] for w in initials if w in self.initials} | set(initials)
        return facts

    def _child_first(self, text: str) -> bool:
        """"Counselling sessions for Tia about her worries about her dad", "Explain to Eilidh what her
        mum's illness is": the child is who the work is with when named before any parent. A
        possessive before a relative ("Kai's mum") names whose relative, not who the work is with;
        before anything else ("Jason's medication") it names whom the work is about."""
        found = [(m.start, m.label == "CHILD_REFS") for m in self.mentions(text)
                 if m.label in ("CHILD_REFS", "PARENT_ROLES") and not _RELATIVE_AFTER.match(text, m.end)]
        for w in _WORD.finditer(text):
            word = without_possessive(w.group(0).lower())
            if (word in self.child_names or word in self.parent_names) and \
                    not (word != w.group(0).lower() and _RELATIVE_AFTER.match(text, w.end())):
                found.append((w.start(), word in self.child_names))
        return bool(found) and min(found)[1]

    def joined_mentions(self, parts: list[str], sep: str = " \n") -> list[Mention]:
        """Mentions of sep.join(parts), from each part's cached analysis."""
        out, offset = [], 0
        for part in parts:
            out += [Mention(m.label, m.text, m.start + offset, m.end + offset, m.modifiers) for m in self.mentions(part)]
            offset += len(part) + len(sep)
        return out

    def _owner(self, action: Action, act_text: str, facts: ActionFacts) -> None:
        if "owner" in action.fields:
            facts.owner = action.fields["owner"].strip()
            facts.owner_status, facts.owner_labels = self.owner_verdict(facts.owner, cell=True)
            if facts.owner_status != "missing":
                self._lead_and_partner(facts)
                return
        # The action's own words first; with no owner column, a comment beside
        # it ("Action | Update") may say who: "Jo (HV) booked the first visit".
        c = find_commitment(act_text)
        if c is None and len(parts := _NEXT_SENTENCE.split(act_text, 1)) == 2 and len(parts[0].split()) <= _TITLE_WORDS:
            c = find_commitment(parts[1])  # "If you go missing. Dad will report it ...": a title, then the work
        if c is not None:
            facts.passive = c.passive
            who = c.agent if c.passive else c.subject  # a passive with no agent names nobody
            verdict = self.owner_verdict(who, cell=False) if who else ("missing", frozenset())
            # (under an empty Who, "Type up the network plan and give a signed copy to everyone
            # who came" is no collective's work: its "to" is no "X to do Y", and no one is named)
            if who and not (verdict[0] == "vague" and "owner" in action.fields):
                facts.owner = who
                facts.owner_status, facts.owner_labels = verdict
        if facts.owner_status == "missing" and "owner" not in action.fields:
            # "Weekly home visits (SW)", "Referral to SALT – GP": a role tagged on;
            # "Visits from the health visitor every week": work named with its doer.
            if c is None and action.source == "list" and (who := present_subject(act_text)) and \
                    not self.mentions_child(who) and (verdict := self.owner_verdict(who, cell=False))[0] == "ok" and \
                    (verdict[1] & CONCRETE_OWNER or who.split()[-1].lower() in self.names):
                # "Card K4. Holly takes her mirtazapine every night": a list's work written in the present
                # (by someone the plan names: not "Two sessions with Kian ...")
                facts.owner, (facts.owner_status, facts.owner_labels) = who, verdict
            elif c is None and (m := _FROM_WHOM.search(act_text)) and \
                    (verdict := self.owner_verdict(m.group("who"), cell=False))[1] & CONCRETE_OWNER:
                facts.owner, (facts.owner_status, facts.owner_labels) = m.group("who"), verdict
            elif tagged := self._tagged_owner(act_text):
                facts.owner = tagged
                facts.owner_status, facts.owner_labels = self.owner_verdict(tagged, cell=True)
            elif who := self._comment_owner(action.fields.get("comment", "")) or \
                    self._detail_owner(action.fields.get("measure", "")):
                facts.owner = who
                facts.owner_status, facts.owner_labels = self.owner_verdict(who, cell=False)

    def _lead_and_partner(self, facts: ActionFacts) -> None:
        """"Sadia Karim (SW) with Owen Price, care co-ordinator, CMHT": the first named leads
        the work and the one after "with" joins it, as "the SW will visit with the CPN" says
        in a sentence. The lead's labels are the owner's, the other's a partner's."""
        parts = _WITH_PARTNER.split(facts.owner, 1)
        if len(parts) != 2:
            return
        status, lead_labels = self.owner_verdict(parts[0], cell=True)
        if status == "ok" and lead_labels & CONCRETE_OWNER:
            facts.partner_labels |= facts.owner_labels - lead_labels
            facts.owner_labels = lead_labels

    def _partners(self, act_text: str) -> frozenset:
        labels: frozenset = frozenset()
        for sentence in _NEXT_CLAUSE.split(act_text)[1:]:
            c = find_commitment(sentence)
            if c is not None and not c.passive:
                labels |= self.owner_verdict(c.subject, cell=False)[1]
        return labels

    def _comment_owner(self, comment: str) -> str:
        """A comment beside the action ("Action | Update") that says who acts:
        "HV Jo Hill booked the first visit", "Dad will ring the school". Only a
        role, a service or a parent's name counts: a comment's first words are
        as often "Referral sent" as a person."""
        if not comment:
            return ""
        c = find_commitment(comment)
        lead = self._lead(comment)
        lead = lead if 0 < len(lead.split()) <= _LEAD_WORDS and lead != comment.strip() else ""
        for who in ((c.agent if c.passive else c.subject) if c else "", self._tagged_owner(comment), lead):
            status, labels = self.owner_verdict(who, cell=False) if who else ("missing", frozenset())
            named = any(self._introduced(w) for w in _WORD.findall(who))
            if status == "ok" and (labels or named) or status == "vague" and who == lead:
                return who
        return self._named_then_when(comment)

    def _introduced(self, word: str) -> bool:
        """A parent the plan names, or initials its key gives someone ("KM. Every week from 19
        October": written in capitals, as the key wrote them)."""
        return word.lower() in self.parent_names or word.isupper() and word.lower() in self.key_initials

    def _lead(self, text: str) -> str:
        """A cell's first part: up to a dash, a full stop, a semicolon or a colon, and before
        any time in it. "SW Peter Hollins – fortnightly", "Mrs Bethan Lloyd, ELSA at Ysgol Bryn
        Onnen, every Wednesday from 19/03", "Gwen Pennock, every Tuesday.": who, then when."""
        lead = _LEAD_SEGMENT.split(text.strip(), 1)[0]
        if (times := [m.start for m in self.mentions(lead) if m.label == "TIME"]) and min(times) > 0:
            lead = TRAILING_TIME_WORD.sub("", lead[:min(times)]).rstrip(" ,;–—-")
        return lead

    def _detail_owner(self, detail: str) -> str:
        """"KM. Every week from 19 October. Each visit is written up ...": an "Action | Detail"
        table's detail, read as the check, that opens with who does the work in a part of its
        own, and then says when and how we will know. Not "Register sent to SW monthly": a
        check that names only who hears of it."""
        lead = self._lead(detail)
        if lead == detail.strip() or not 0 < len(lead.split()) <= _DETAIL_LEAD_WORDS:
            return ""
        c = find_commitment(lead)
        who = (c.agent if c.passive else c.subject) if c else lead
        words = _WORD.findall(who)
        if not words:
            return ""
        # who opens the cell: a person the plan names, or a role or service ("Register sent to SW" does not)
        opens = self._introduced(words[0]) or any(m.start == 0 and m.label in CONCRETE_OWNER for m in self.mentions(who))
        return who if opens and self.owner_verdict(who, cell=False)[0] == "ok" else ""

    def _named_then_when(self, comment: str) -> str:
        """"Jo Ormerod, every Wednesday.", "Mr Greg Tolley, head of centre, Horizon, every school
        day", "Maureen Booth – every Tuesday": a person the plan names, a comma or a dash, then
        when. Unlike a comment's other first words ("Referral sent, 12/03") a name in capitals
        followed by a time says who does it then."""
        times = [m.start for m in self.mentions(comment) if m.label in ("TIME", "VAGUE_TIMESCALES")]
        if not times or not comment[:min(times)].rstrip().endswith((",", " –", " -", " —")):
            return ""
        who = comment[:min(times)].rstrip(" ,–—-")
        first = who.split(",")[0].split()
        if "." in who or not 0 < len(first) <= 4 or not all(w[:1].isupper() for w in first):
            return ""
        named = any(w.lower() in self.names and w.lower() not in self._lower_words for w in _WORD.findall(" ".join(first)))
        return who if named else ""

    def _tagged_owner(self, text: str) -> str:
        for m in _TAG.finditer(text):
            # "(KT, by 20 May 2025)": who, then when
            tag = _TAG_TIME.split(m.group("tag") or m.group("tag2"), 1)[0].strip()
            if len(tag.split()) <= 5 and {x.label for x in self.mentions(tag)} & CONCRETE_OWNER:
                return tag
            if m.group("tag") and all((_NAME_TAG.match(t) or t.isupper()) and t.split()[0].lower() in self.names - self.child_names
                                      for t in _JOINT.sub("", tag).split(" and ")):
                # "[Jo]", "(Amy Cole)", "(KT)", "(RH and LT jointly)": people the plan names elsewhere
                return tag
        if (m := _LAST_BRACKET.search(text)) and self._known_person(m.group("tag").split(",", 1)[0]):
            # "... (Dev Anand, care coordinator, Wychcombe CMHT)": the person, then their role and service
            return _TAG_TIME.split(m.group("tag"), 1)[0].strip()
        return ""

    def _known_person(self, text: str) -> bool:
        """"Dev Anand", "Mr Tom Baines": a name, in capitals, the plan gives someone other than the child."""
        name = _TITLE.sub("", text.strip())
        return bool(_NAME_TAG.match(name)) and name.split()[0].lower() in self.names - self.child_names

    def _timescale(self, fields: dict, facts: ActionFacts, in_table: bool = False, text: str = "") -> None:
        """A filled timescale column decides; otherwise any timescale in the action counts.

        "Ongoing" in the When column stays vague even if the measure says
        "reported monthly": that is when we hear, not when the work happens.
        """
        said_in = text  # the text the mentions' offsets are in, where one text holds them all
        if "timescale" in fields and not is_empty_cell(fields["timescale"]):
            mentions = self.mentions(fields["timescale"])
            said_in = fields["timescale"]
            action = fields.get("action", "")
            if action and _ONGOING.match(fields["timescale"].strip()) and any(
                    m.label == "TIME" and m.asserted and _FREQUENCY.search(m.text)
                    and not _TOPIC_BEFORE.search(action[:m.start]) for m in self.mentions(action)):
                # "Continue fortnightly appointments" beside "Ongoing": the work says how often
                facts.time_status = "ok"
                return
        elif comment := fields.get("comment", ""):
            # "Last seen 20/02/2025", "Referred 12/02 – on the waiting list": a
            # progress note's dates say what happened, not when the work is due.
            others = [v for k, v in fields.items() if k not in ("outcome", "comment") and v]
            # "Nursing notes record each contact", "Each visit recorded on LCS": what is recorded, not when.
            joined = " \n".join(others)
            mentions = [m for m in self.joined_mentions(others) if not (m.label == "TIME" and _set_at(joined, m))] + [
                m for m in self.mentions(comment) if not (m.label == "TIME" and (
                    _PAST_NOTE.search(comment[:m.start]) or _RECORDS.search(comment[:m.start])
                    or _RECORDED.match(comment, m.end)))]
            said_in = ""
        elif "measure" in fields and ((vague_work := any(m.label == "VAGUE_TIMESCALES" and m.asserted
                                                         for m in self.mentions(fields.get("action", "")))) or
                                      "timescale" in fields):
            # "Start the wellbeing group, when she feels ready" checked by "the register each month":
            # when we hear is not when the work happens, and the work's own time is vague; a When
            # column left blank beside "NF sees the garden at her next visit" likewise takes no time
            # from the check
            parts = [v for k, v in fields.items() if k not in ("outcome", "measure") and v]
            # ("3.3 Ask Home-Start ..., as soon as possible": the step's number is no time of its own)
            mentions, said_in = self.joined_mentions(parts), " \n".join(parts)
            if not vague_work:
                # (but "When she is able" there is the work's time, put in the wrong column; only times
                # are read against said_in, so the measure's vague words join them safely)
                mentions += [m for m in self.mentions(fields["measure"]) if m.label == "VAGUE_TIMESCALES"]
        else:
            mentions = [m for m in facts.mentions if not (
                m.label == "TIME" and text and _EACH_EVENT.match(m.text) and _RECORDED.match(text, m.end))]
        asserted = [m for m in mentions if m.asserted]
        vague = [m for m in asserted if m.label == "VAGUE_TIMESCALES"]
        # "TBC – after transfer": an unknown date hung on an event is still unknown.
        # "at some point after the move": a vague word before an event leaves it vague;
        # "now" in "paused for now" is no time at all.
        # ("the window, which was reported in November 2025": when it happened, not when the work is due)
        times = [m for m in asserted if m.label == "TIME" and "historical" not in m.modifiers
                 and not any(v.end <= m.start <= v.end + 1 or v.start <= m.start and m.end <= v.end for v in vague)
                 and not (said_in and _set_at(said_in, m))
                 and not (said_in and _minute_number(said_in, m))]
        if vague:
            # "have them overnight as and when Mum needs a rest": how long a stay lasts; when is the vague word
            times = [m for m in times if m.text.lower() != "overnight"]
        unknown = any(_UNCONFIRMED.match(m.text) for m in vague) and all(_EVENT.match(m.text) for m in times)
        if times and not unknown:
            facts.time_status = "ok"
            return
        if not vague and any(m.label == "TIME" and "hypothetical" in m.modifiers for m in mentions) and \
                _IF_THEN.search(fields.get("action", "")):
            # "will report Idris missing if he is not home by 10pm": the trigger says when
            facts.time_status = "ok"
            return
        if vague:
            facts.time_status, facts.vague_time = "vague", _outermost(vague)[0].text
        elif (unset := _UNSET_CELL.match(fields.get("timescale", ""))) and not times:
            # "When: To be arranged": no date yet (in the work's own words, "to be arranged before
            # Skye leaves the unit" is how it will happen, and its time is the event's)
            facts.time_status, facts.vague_time = "vague", unset.group("unset")
        elif "timescale" in fields and not is_empty_cell(fields["timescale"]) and not any(
                m.label == "TIME" for m in mentions):
            # Words in the When column we cannot read as a time ("after the assessment"); a
            # column holding only when the work was set ("Agreed at the FGC on 24 May") says none.
            cell = fields["timescale"].strip().strip(".").lower()
            facts.time_status = "ok" if (len(cell.split()) > 1 or cell in _CALENDAR_WORDS or cell in _FINISHED or
                                         re.search(r"\d", cell)) and not _CARRIED_OVER.match(cell) else "missing"
        elif "timescale" not in fields and _PROHIBITION.search(fields.get("action", "")) and not any(
                m.label == "TIME" and not _holds_when(fields["action"], m) for m in mentions):
            # "Gav not to have unsupervised contact", "Mum will not drink on school nights": a
            # rule that holds for the life of the plan, not a task with a date ("The HV will
            # not visit weekly" still has none).
            facts.time_status = "ok"
        elif not in_table and "timescale" not in fields and _WHEN_CLAUSE.search(fields.get("action", "")):
            # "whenever Stacey is unwell", "on the days you are on early shifts": a bullet or
            # a sentence hung on an event. Whether that is a timescale or a vague one is the
            # author's judgement; it is not a missing one. (In a table, or under a When
            # label left blank, the When field decides, and a blank one says none.)
            facts.time_status = "ok"

    def _only_someone(self, cell: str) -> bool:
        """"SW", "Jo Varley", "Team manager": a cell that only names someone."""
        cell = cell.strip(" .;-–")
        if len(cell.split()) > _SOMEONE_WORDS:
            return False
        if _NAME_CELL.match(cell) or _INITIALS_CELL.match(cell):
            return True
        rest = cell
        for m in sorted((m for m in self.mentions(cell) if m.label in CONCRETE_OWNER), key=lambda m: -m.start):
            rest = rest[:m.start] + rest[m.end:]
        return rest != cell and not re.search(r"[^\W\d_]{2,}", re.sub(r"(?i)\bthe\b", "", rest))

    def _measure(self, fields: dict, facts: ActionFacts) -> None:
        """The measure column decides when the table has one, even when it is empty. A cell read
        as both the work and its measure decides when it says more than the work's one sentence
        ("Keep Jack's bedding washed. The SW sees his bed made up."); one sentence alone is
        judged by its words, as work with no measure column is."""
        if "measure" in fields and (fields["measure"] != fields.get("action")
                                    or len(self.analyser.sentences(fields["measure"])) > 1):
            if is_empty_cell(fields["measure"]) and not self._all_in_the_work(fields):
                facts.measure_status, facts.vague_measure = self._measure_typed_beside(fields)
                return
            status, term = _measure_verdict(self.mentions(fields["measure"]), fields["measure"])
            if status is None and (promise := _ONLY_A_PROMISE.match(fields["measure"])):
                # "He's promised", "Mum has agreed": the owner's word that it will happen, which
                # nobody can see or count
                facts.measure_status, facts.vague_measure = "vague", promise.group("promise")
                return
            if status is None and (self._only_someone(fields["measure"]) or _PROGRESS_NOTE.search(fields["measure"])) \
                    or status != "vague" and _restates_work(fields["measure"], fields.get("action", "")):
                # "Checked by: Jo Varley": who checks, not what they will see; "Started 12/06/2025",
                # "Referral sent – on the waiting list": how far the work has got, not how we will know;
                # "Parenting assessment completed": the work again, done
                status = "missing"
            facts.measure_status, facts.vague_measure = status or "ok", term
            return
        text = " \n".join(v for k, v in fields.items() if k != "outcome" and v)
        found = facts.mentions
        if _PROGRESS_NOTE.search(fields.get("comment", "")) and (
                kept := [v for k, v in fields.items() if k not in ("outcome", "comment") and v]):
            # "Referral accepted by CAMHS; Kian is on the waiting list" beside the action: how far
            # the work has got, not how anyone will know it worked
            text, found = " \n".join(kept), self.joined_mentions(kept)
        mentions = [m for m in found if not (m.label == "VAGUE_MEASURES" and _not_a_measure(m, text))]
        status, term = _measure_verdict(mentions, text)
        if status is None and (seen := _OBSERVER.search(fields.get("action", text))) and \
                seen.group("who").lower() not in facts.owner.lower():
            # "Amma will walk Kobi to school ..., and Miss Kaur will see her at the gate": someone
            # else who sees it done is how we will know
            status = "ok"
        facts.measure_status, facts.vague_measure = status or "missing", term


    def _all_in_the_work(self, fields: dict) -> bool:
        """A row whose Who, When and How are all left empty while its work runs to sentences
        ("Jayden will be checked in with each morning by Mrs Parr ... Mr Fenwick will send Leanne
        the week's notes every Friday"): the writer said it all in the work, so its words decide."""
        return all(is_empty_cell(fields.get(role, "")) for role in ("owner", "timescale", "measure")) and \
            len(self.analyser.sentences(fields.get("action", ""))) > 1

    def _measure_typed_beside(self, fields: dict) -> tuple[str, str]:
        """"by 21/2 - signed copy on file" under When, the measure's own cell left empty: how we
        will know typed after a dash in the cell before, as "SW Ffion Pryce - wkly" gives when."""
        for role in ("timescale", "owner"):
            for part in _CELL_DASH.split(fields.get(role, ""))[1:]:
                status, term = _measure_verdict(self.mentions(part), part)
                if status is not None and not self.has_time(part):
                    return status, term
        return "missing", ""


_UNSET_CELL = lazy_re.compile(r"^\W*(?P<unset>(?:date\s+)?to\s+be\s+(?:arranged|decided|set|fixed|booked)|date\s+to\s+follow)\W*$",
                              re.I)
_CELL_DASH = lazy_re.compile(r"\s+[—–-]{1,2}\s+")


def _not_a_measure(mention: Mention, text: str) -> bool:
    """A vague-measure word in an action with no measure column that says no
    such thing: "review" as the work itself ("Review progress of the plan"; but
    "reviewed at core group" is a vague measure), or a feeling given as a
    reason ("as she feels it makes her drowsy")."""
    if mention.text.lower() in ("review", "reviews") and not (
            _REVIEW_AS_VERB.search(text[:mention.start]) and _REVIEWED_AT.match(text[mention.end:])):
        # ("complete Skye's development review at home": the review named is the work, wherever it is)
        return True
    # "8 sessions with me about feelings": the topic of the work, not a measure of it
    before = text[max(0, mention.start - 30):mention.start]
    # "a feelings check-in with him", "engagement sessions": the word names the kind of work
    # "on the days Demi can't manage it": when the help is needed, not how we will know it worked
    return bool(_BECAUSE.search(before) or _TOPIC.search(before) or _CANNOT.search(before)
                or _WORK_NOUN_NEXT.match(text, mention.end))


_CANNOT = lazy_re.compile(r"\b(?:can['’]?t|cannot|can\s+not|unable\s+to|not\s+able\s+to)\s+$", re.I)
_TOPIC = lazy_re.compile(r"\b(?:about|around|regarding)\s+(?:her |his |their |my |your |the )?$", re.I)
_WORK_NOUN_NEXT = lazy_re.compile(rf"[\s-]+(?:{loader.alternation('work_nouns')})\b", re.I)


_REGISTERED_WITH = lazy_re.compile(r"\s+(?:her|him|them|(?:[A-Z][\w'’-]+)(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?)\s+"
                                   r"(?:with|at|for)\b")


def _measure_verdict(mentions: list[Mention], text: str) -> tuple[str | None, str]:
    # "when she feels ready" says when, not how we will know.
    times = [m for m in mentions if m.label in ("TIME", "VAGUE_TIMESCALES")]
    vague = [m for m in mentions if m.label == "VAGUE_MEASURES"
             and not any(t.start <= m.start and m.end <= t.end for t in times)]
    # "Improvement in weight", "keep an eye on Frankie's weight": a judgement
    # about something countable, with no count.
    judged = {m.end - 3 if m.text.lower().endswith(" on") else m.end for m in vague}
    cues = [
        m for m in mentions if m.label in ("MEASURE_CUES", "MEASURE_PATTERN")
        and not any(_JUDGED_OBJECT.fullmatch(text[e:m.start]) for e in judged)
        # "with success measured by his engagement": the evidence named is itself unobservable
        and not any(v.start >= m.end and _JUDGED_BY.fullmatch(text[m.end:v.start]) for v in vague)
        # "register her with a dentist": the work, a verb, not the register that shows it done
        and not (m.text.lower() in ("register", "registers") and _REGISTERED_WITH.match(text, m.end))
        # "ring me the same day if they have any worries": a call on a worry, which no one can see
        # (not "ring me the same day if Ruby has not arrived by 9.30am")
        and not (_CALLS_BACK.match(m.text) and _IF_WORRIED.match(text, m.end))
        # "Mum tells me she is coping better": a parent's word on her own feelings
        and not (_TELLS.match(m.text) and any(p.label == "PARENT_ROLES" and p.end <= m.start for p in mentions)
                 and any(v.start >= m.end and not _SENTENCE_END.search(text[m.end:v.start]) for v in vague))
    ]
    for k in [m for m in cues if _WE_WILL_KNOW.match(m.text)]:
        # "we will know it is helping when you feel better": what we will know by is only a feeling
        # (read here as a measure, though "when ..." is worded as a time)
        end = e.start() if (e := _SENTENCE_END.search(text, k.end)) else len(text)
        named = [v for v in mentions if v.label == "VAGUE_MEASURES" and k.end <= v.start < end]
        if named and not any(c is not k and k.end <= c.start < end for c in cues):
            cues.remove(k)
            vague += named
    if cues or _handed_over(mentions, text):
        return "ok", ""
    if vague:
        return "vague", _outermost(vague)[0].text
    return None, ""


_CALLS_BACK = lazy_re.compile(r"(?i)(?:ring|phone|call|text|e-?mail|message)s?\s+(?:me|us)\b")
_IF_WORRIED = lazy_re.compile(r"(?i)[^.;]{0,40}?\bif\s+(?:\w+\s+){0,3}(?:any\s+)?(?:worries|worried|concerns?|concerned)\b")


def _handed_over(mentions: list[Mention], text: str) -> bool:
    """"... and will show the order to the social worker", "gives the chart to the HV": something
    put in a professional's hands, which they can see for themselves."""
    for m in mentions:
        if m.label not in ("PROFESSIONAL_ROLES", "ADULT_SERVICES", "MH_SERVICES"):
            continue
        before = text[max(0, m.start - _HAND_REACH):m.start]
        # handed over, or in the passive ("Appointment card to be shown to the SW"); a thing, not
        # a person: "send the children to the school", "Kai to be taken to the GP" are no measure
        for pattern in (_HANDS_TO, _HANDED_PASSIVE):
            if (h := pattern.search(before)) and not any(
                    p.label in _PEOPLE and m.start - len(h.group()) <= p.start < m.start for p in mentions):
                return True
        if _HANDS_THE.search(before) and _THING_AFTER.match(text, m.end):
            return True
    return False


_SOMEONE_WORDS = 4
# ", and Miss Kaur will see her at the gate", "; Liz will look in the kitchen ...": a second clause in
# which another person, by name or role, will see or check what the first does
_OBSERVER = lazy_re.compile(r"[,;]\s*(?:and\s+)?(?P<who>(?:Miss|Mrs|Mr|Ms|Dr)\s+[A-Z][\w'’-]+|[A-Z][a-z'’-]+|the\s+(?:SW|HV|DSL|"
                            r"social\s+worker|health\s+visitor|school|nursery|teacher|midwife))\s+will\s+(?:see|check|look\s+"
                            r"(?:in|at)|notice|watch|count)\b")


def _owns_a_thing(text: str, end: int, voice_at: int, possessive: bool | None = None) -> bool:
    """A possessive ending at end with a word after it before the voice word at voice_at:
    "the children's file, saying", "Kai's school reports" name whose thing, not a speaker."""
    if possessive is None:
        possessive = text[end - 2:end] in ("'s", "’s") or text[end:end + 2] in ("'s", "’s") or \
            text[end - 1:end] in ("'", "’")
    rest = text[end:voice_at]
    return possessive and bool(re.search(r"[A-Za-z]{2,}", re.sub(r"^['’]s?", "", rest)))


# "Started 12/06/2025", "Referral sent – awaiting a date", "No update": how far the work has got
# (not "completed packs returned to Mr Daly": a participle before its noun is the measure)
_PROGRESS_NOTE = lazy_re.compile(r"^\W*(?:(?:started|referral sent|referred|sent|completed|done|held|booked)(?=\s+(?:on\s+)?\d|\W*$|\s*[–;,-])"
                            r"|no update|on hold|in progress|awaiting|waiting|not (?:yet )?(?:done|started|booked|sent))\b"
                            r"|\bon the waiting list\W*$", re.I)


# A measure cell that only says someone gave their word: "He's promised", "Dad has agreed to this"
_ONLY_A_PROMISE = lazy_re.compile(r"^\W*(?:[\w'’]+\s+){0,3}?(?:has\s+|have\s+|['’]s\s+|['’]ve\s+)?"
                                  r"(?P<promise>promised|agreed|given\s+(?:his|her|their)\s+word|says\s+(?:he|she|they)\s+will)"
                                  r"(?:\s+(?:to\s+)?(?:this|that|it|so))?\W*$", re.I)


def _restates_work(measure: str, action: str) -> bool:
    """"Parenting assessment completed" beside "Complete a parenting assessment of Jade":
    a measure whose every word but the one saying it is done is the action's own."""
    # (a cell the action holds too is one merged across, or the action's own last line)
    if not _DONE.search(measure) or len(measure.split()) > _RESTATED_WORDS or measure.strip() in action:
        return False
    said = {w.lower() for w in _WORD.findall(_DONE.sub(" ", measure))} - _FILLER
    return bool(said) and said <= {w.lower() for w in _WORD.findall(action)}


_RESTATED_WORDS = 6
_DONE = lazy_re.compile(r"\b(?:complete[sd]?|done|finished|finishes|carried\s+out|undertaken|took\s+place)\b", re.I)
_FILLER = frozenset({"a", "an", "the", "is", "has", "have", "been", "was", "will", "be", "and", "of"})

_HAND_REACH = 80  # characters: the verb, what it hands over, "to the"
_PEOPLE = frozenset({"CHILD_REFS", "FAMILY_ROLES", "PARENT_ROLES"})
_ASIDE = lazy_re.compile(r"\([^()]*\)")
# A thing in lower case (up to four words after a capital that opens its sentence or field),
# then "to be" or "will be", shown, sent or given to someone: "Appointment card to be shown to the"
# (not a referral or a request, which is the work itself, not what shows it was done).
_HANDED_PASSIVE = lazy_re.compile(
    r"(?:^|[.;:|–-]\s*)(?!(?i:referrals?|requests?|applications?)\b)[A-Z]?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+(?:to|will|must|should)\s+be\s+"
    r"(?:shown|sent|given|emailed|e-mailed|forwarded|posted|handed|passed|copied)\s+(?:on\s+)?to\s+(?:the\s+|their\s+|her\s+|his\s+)?$")
_HANDS_TO = lazy_re.compile(
    # the verb ("share" with someone, the others to them), then the thing: an article or a possessive and up
    # to five words in lower case ("the order", "her feed chart"; not a name, "information" or "any worries")
    r"\b(?i:(?P<share>share|shares)|show|shows|send|sends|give|gives|email|emails|forward|forwards|post|posts|hand|hands|"
    r"bring|brings)\s+"
    r"(?:the|a|an|this|that|these|those|each|every|her|his|their|its|my|our|your)\s+"
    r"(?:(?!to\b|with\b|and\b|will\b|information\b|concerns?\b|worries\b)[a-z][\w'’-]*\s+){1,5}"
    # ("... to Ruth and the GP": a named person before the professional)
    r"(?(share)(?:to|with)|to)\s+(?:[A-Z][a-z'’-]+\s+(?:and|&)\s+)?(?:the\s+|their\s+|her\s+|his\s+)?$")
# "bring the SW the repayment plan", "give the health visitor her red book": the professional,
# then the thing handed over
_HANDS_THE = lazy_re.compile(r"\b(?i:bring|brings|give|gives|show|shows|send|sends|hand|hands|email|emails)\s+(?:the\s+)?$")
# ("send the SW the MARAC actions": a thing may open with an abbreviation in capitals)
_THING_AFTER = lazy_re.compile(r"\s+(?:the|a|an|her|his|their|a copy of)\s+(?:[a-z]|[A-Z]{2,}\b)")


# "KT = Kerry Todd, social worker", "RM    Ravi Mistry, recovery worker": initials, then who
_ROLE_CELL_WORDS = 12
_SHORT_NAME = 5  # "DDAS", "PMHS": a service's initials
_INITIALS_CELL = lazy_re.compile(r"^[A-Z]{2,3}$")
_KEY_ROW_WORDS = 20  # a name and a role with its service; more is a sentence about them
# A cell that only names someone: "Paul Ennis", "Dr Ruth Amadi", "RS Ravi Sandhu".
_NAME_CELL = lazy_re.compile(r"^(?:[A-Z]{2,3}\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")
# ("RH   Rachel Hume ....... Social Worker": a print's dot leader, or the colon it reads as, before the role)
_NAMED_INITIALS = lazy_re.compile(r"\W*(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
                                   r"\s*\((?P<initials>[A-Z]{2,3})\)(?=\s*[,:;–—-]\s*\S)")
# "Mum: Kerry Nolan (38), K": a details line's role, the person's name and the letter after it
_DETAILS_LETTER = lazy_re.compile(r"\W*(?P<role>[A-Za-z][\w'’ -]{0,30}?)\s*:\s*(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
                                     r"(?:\s*\([^()]{1,40}\))?\s*,\s*(?P<l>[A-Z]{1,3})(?=\s*(?:[,;.]|$))")
_KEY_ENTRY = lazy_re.compile(r"(?:^|\s)" + _KEY_INITIALS + r"[A-Z][a-z]+\s+[A-Z][a-z'’-]+(?:\s*[,:]|\s{2,}\S|\s*\.{2,})")
# (not "Mum's worker at Open Door": whose worker the key's person is)
_KEY_PARENT = lazy_re.compile(rf"\S?\s*(?:{loader.alternation_of(_PARENT_WORDS)})\b(?!['’]s\b)", re.I)
_SHORT_BEFORE = lazy_re.compile(r"(?<![\w'’])(?P<short>[A-Z]{2,6})\s*[=:–-]\s*$")
# The capitalised words that end a text: "Anchor Drug & Alcohol " before "Service".
_PLACE_NAMES_SERVICES = 3
_NAME_RUN = lazy_re.compile(r"(?:\b[A-Z][A-Za-z'’-]+\s+(?:(?:&|and)\s+)?)+$")
# Every character a match of each may hold, as a run read from the end of a reversed text.
_SHORT_BEFORE_CHARS = lazy_re.compile(r"[A-Z\s=:–-]*")
_NAME_RUN_CHARS = lazy_re.compile(r"[A-Za-z'’&\s-]*")


def _search_tail(pattern: re.Pattern, text: str, chars: re.Pattern) -> re.Match | None:
    """pattern.search(text) for a pattern ending in $ whose every match holds only characters
    `chars` matches: searched only in the run of them that ends text (re tried the pattern at
    every character of the text before a service's name). A search from a place sees the
    text before it (word boundaries, look-behinds) as one from the start does."""
    return pattern.search(text, len(text) - chars.match(text[::-1]).end())
_SHORT_AFTER = lazy_re.compile(r"[\w\s&'’-]{0,40}?\((?P<short>[A-Z]{2,6})\)")
_WARD_SISTER = lazy_re.compile(r"\bSister\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+")
# "Karen Pryde, ward sister": a sister who is a nurse, no relative
_NURSE = lazy_re.compile(r"\b(?:ward|charge|senior|junior|night|nursing)\s+sister\b", re.I)
_NEXT_SENTENCE = lazy_re.compile(r"(?<=[.;])\s+(?=[A-Z])")
# "Sadia Karim (SW) with Owen Price (CMHT)", "HV, supported by the nursery nurse"
_WITH_PARTNER = lazy_re.compile(r"\s*,?\s+(?:with|supported by|alongside|assisted by)\s+(?=\S)", re.I)
# "..., and Steph Arkwright (CDAT) will send me her results": a clause of its own with its own doer.
_NEXT_CLAUSE = lazy_re.compile(_NEXT_SENTENCE.pattern + r"|,\s+and\s+(?=[A-Z])")
_TELLS = lazy_re.compile(r"(?:tells?|says?|said|reports?)\b", re.I)
_SENTENCE_END = lazy_re.compile(r"[.;]\s")
_JUDGED_OBJECT = lazy_re.compile(r"\s+(?:in|of|on)\s+(?:her |his |their |the |\w+['’]s )?")
# between "measured by" / "shown by" and the vague word it names: "his engagement", "the improvement"
_WE_WILL_KNOW = lazy_re.compile(r"we(?:\s+will|['’]ll|\s+shall)\s+know\b", re.I)  # ("We'll": no space)
_JUDGED_BY = lazy_re.compile(r"\s*(?:(?:her|his|their|the|an?|\w+['’]s)\s+)?")


def _described(text: str, collective: Mention, gathered: frozenset = frozenset()) -> bool:
    """"Everyone visiting the home", "all professionals who work with the family", "everyone in
    the team around Kayla": a collective that leads, told apart only by what its members do or
    whom they gather round, is still nobody in particular (but "everyone at Hill Primary" is one
    school)."""
    before, after = text[:collective.start], text[collective.end:]
    return not ({w.lower() for w in _WORD.findall(before)} - _COLLECTIVE_FILLERS) and \
        bool(_POSTMODIFIER.match(after)) and not any(
            w[0].isupper() and w.lower() not in gathered for w in _WORD.findall(after))


_POSTMODIFIER = lazy_re.compile(r"^\s*(?:who|that|involved|[a-z]+ing|(?:in|of)\s+the\s+(?:team|network|group)\s+around)\b")


def _gathered_round(text: str, mentions: list) -> frozenset:
    """The words after "team around" / "network around" that follows a collective owner
    ("Everyone in the team around Kayla"): whom the group is for, not one of its members."""
    starts = [m.start for m in mentions if m.label == "VAGUE_OWNERS"]
    if not starts or not (m := _AROUND.search(text, min(starts))):
        return frozenset()
    return frozenset(w.lower() for w in _WORD.findall(text[m.end():]))


_AROUND = lazy_re.compile(r"\b(?:team|network|group)\s+around\b", re.I)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions nested inside a longer one ("all" inside "all agencies")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            continue
        out.append(m)
    return out
