"""Classes met on tuning material of the forty-first pass: the later parts of Finding One
(legal planning, a family moving between authorities, a looked-after child in hospital,
adult services planning jointly), each in an author's own words. All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules
from test_unseen_layouts_39 import _HEAD, _TAIL

from planlint.nlp.pipeline import Analyser


def _modifiers(text: str, label: str, words: str) -> frozenset[str]:
    return next(m.modifiers for m in Analyser().mentions(text) if m.label == label and m.text == words)


def test_a_negation_inside_an_if_clause_ends_with_the_clause():
    # "does not go ahead" is the condition's; the booked date after the comma stands
    text = "If Wendlemoor's conference does not go ahead, Billingsholt's review conference on 27/01/2026 stays booked."
    assert "negated" not in _modifiers(text, "TIME", "27/01/2026")
    # without a condition a negation still reaches on past a comma, through a list
    assert "negated" in _modifiers("Mum will not see Dad, the social worker or the health visitor.",
                                   "PROFESSIONAL_ROLES", "social worker")
    assert "negated" not in _modifiers("If Mum does not see Dad, the social worker will visit.",
                                       "PROFESSIONAL_ROLES", "social worker")


def test_a_negation_reaches_no_time_past_a_comma():
    # "never hold Isla after smoking, every day": how often the rule holds, not a time that is denied
    assert "negated" not in _modifiers("Never hold Isla after smoking, every day.", "TIME", "every day")
    assert "negated" in _modifiers("Never hold Isla after smoking every day.", "TIME", "every day")


def test_a_fallback_review_conference_booked_under_a_condition_is_a_review_date():
    report = _lint(_HEAD + """## The plan
- Priya Shah (SW) will visit Maisie every week until the transfer-in conference; her visit records will show it.

## Contingency plan
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, PS arranges foster care and asks for a legal planning meeting.

## Next meetings
- Core group every three weeks; next on 16/12/2025.
- If Wendlemoor's transfer-in conference does not go ahead, our review conference on 27/01/2026 stays booked.
""")
    assert not _rules(report, "R001")


def test_a_mental_health_worker_joining_the_social_workers_work_is_no_mh_support_only():
    report = _lint(_HEAD + """## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Joint planning meeting about Jade's leave from the ward and when she can see Maisie safely | Priya Shah (SW) with Owen Price, care co-ordinator, Holt CMHT | Within 5 working days | Shared plan notes on both records |
| Visit Jade on the ward to support her with her mood and see how she is | Owen Price, care co-ordinator, Holt CMHT, with Priya Shah (SW) | Every week | Visit notes to the core group |
""" + _TAIL)
    assert _rules(report, "H001") == [_action(report, "support her with her mood").text]
    assert not _rules(report, "F004")  # the partner is still an adult service working with the family


def test_a_will_inside_a_relative_clause_of_a_statement_is_no_action():
    report = _lint(_HEAD + """## Will the plan change when you move?
No. The plan stays in force until Pendrith holds a transfer-in conference on 27/11/2025.
Pendrith have already allocated a social worker, Daniel Ojo, who will take over at the end of that conference.

## What each of us will do
- I (Priya Shah, social worker) will visit Maisie every week at home until the transfer-in conference; my visit records will show it.
""" + _TAIL)
    assert report.actions == 1
    assert not [f for f in report.findings if f.rule in ("T001", "M001")]


def test_when_the_duty_rota_allows_is_a_vague_time():
    report = _lint(_HEAD + """## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Maisie on Ward 12 and speak to the nurse in charge | Priya Shah, SW | When the duty rota allows | Visit notes on Maisie's file |
| Check Maisie's weight with the ward | Priya Shah, SW | Every Monday | Weights on Maisie's file |
""" + _TAIL)
    assert _rules(report, "T002") == [_action(report, "Ward 12").text]


_LOOKED_AFTER = """# Initial child protection conference: Tommy Reid (2)
- **Legal status:** accommodated under section 20 since 06/11/2025, with his mother's consent.

## Why we are worried
Tommy has been on Ward 4 at Benthwaite General since 04/11/2025 with a chest infection.

## What Tommy shows us
Tommy reaches for his nan and smiles when she comes onto the ward.

## What we want for Tommy
- Tommy is visited on the ward and goes home well.

## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Take the ward handover and visit Tommy at home within 48 hours of discharge | Lisa Green, health visitor | From discharge | Weights plotted in the red book |
{extra}
## Contingency plan
If Tommy's nan cannot care for him after discharge, the SW finds foster carers the same day and asks
for a legal planning meeting.

## Meetings
Core group every four weeks from 20/11/2025; review conference on 18/02/2026.
"""


def test_a_home_visit_after_discharge_is_no_visit_on_the_ward_whatever_ward_it_names():
    assert _rules(_lint(_LOOKED_AFTER.format(extra="")), "L001")
    ward = "| Visit Tommy on Ward 4 | Sadia Karim, SW | Twice a week | Visit notes on file |\n"
    assert not _rules(_lint(_LOOKED_AFTER.format(extra=ward)), "L001")


_PLAN_BITS = """
## What we want for Tiernan
- Tiernan is home by his agreed time every night and goes to school every day.

## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Tiernan at home and see him on his own | Nadia Reid, social worker | Every week | Visit records with his own words |
| Check Tiernan's attendance and ring Nadia the same day he is absent | Mr Ali, DSL | Every school day | Register sent to Nadia each Friday |
"""

_CONTINGENCY_AND_MEETINGS = """
## If things go wrong
If Tiernan is not home by 10pm, Dad rings the police and Nadia; if he goes missing twice in a month,
Nadia asks her manager for a legal planning meeting.

## Meetings
Core group every four weeks from 06/10/2025; review conference on 02/01/2026.
"""


def test_a_childs_own_words_heading_over_his_what_ill_do_quotes_makes_them_his_voice():
    report = _lint("""# Child protection plan: Tiernan Keogh (14)

## TIERNAN IN HIS OWN WORDS (written with Nadia, 25/09/2025)

### What I want
"I want to stay living with Dad."

### What I'll do
"I'll come home on time if Dad's actually in and OK. I'll ring Auntie Siobhan if he isn't."
"I'll talk to Lee, he's alright."

### What I don't agree with
"The lads aren't using me, they're my mates."
(Tiernan agreed to try one session of the young carers' club and say what he thinks.)
""" + _PLAN_BITS + _CONTINGENCY_AND_MEETINGS)
    assert report.actions == 2
    assert not [f for f in report.findings if f.rule in ("T001", "M001", "W001")]


def test_what_you_dont_agree_with_in_a_letter_is_no_work():
    report = _lint("""# Your plan, Tiernan

## What you told us
- "I want to stay living with Dad."

## What you don't agree with
You do not want your phone taken away. Nobody is taking it: Dad will keep it downstairs at night,
which you agreed to in the end.
""" + _PLAN_BITS + _CONTINGENCY_AND_MEETINGS)
    assert report.actions == 2


def test_a_safety_plan_of_if_bullets_beside_a_contingency_heading_is_contingency_not_work():
    report = _lint("""# Your plan, Tiernan

## What you told us
- "I want to stay living with Dad."
""" + _PLAN_BITS + """
## Your safety plan: if things get hard
- **If Lee or anyone from the lads' group contacts you:** Dad rings 999 and tells Nadia that night.
- **If you feel like running off:** ring Auntie Siobhan, and she will come and get you.
""" + _CONTINGENCY_AND_MEETINGS)
    assert report.actions == 2
    assert not _rules(report, "M001")


def test_a_key_to_a_tables_codes_is_no_action():
    report = _lint("""# Child protection plan: Tiernan Keogh (14)

## What Tiernan says
"I want to stay living with Dad."

## What we want for Tiernan
- Tiernan is home by his agreed time every night.

## The plan
From: S = set at the strategy meeting on 06/10/2025; C = added at the conference on 23/10/2025.

| Ref | From | What will happen | Lead | When | What we will see |
|---|---|---|---|---|---|
| 1 | S | Visit Tiernan at home and see him on his own | Nadia Reid, social worker | Every week | Visit records with his own words |
| 2 | C | Check Tiernan's attendance | Mr Ali, DSL | Every school day | Register sent to Nadia each Friday |
""" + _CONTINGENCY_AND_MEETINGS)
    assert report.actions == 2
    assert not _rules(report, "M001")


def test_what_a_childs_parents_say_is_not_the_childs_voice():
    plan = """# Child protection plan: Tiernan Keogh (14)

## What Tiernan's {who} say
Julie says she is frightened every time Tiernan is out of sight.
""" + _PLAN_BITS + _CONTINGENCY_AND_MEETINGS
    assert _rules(_lint(plan.format(who="parents")), "F003")
    assert not _rules(_lint(plan.format(who="friends")), "F003")


def test_a_coded_print_whose_field_values_are_initials_or_capitals_is_read_as_one_form():
    report = _lint("""CORE GROUP RECORD - RUBY ASHCROFT (7 months)

WHAT WE WANT FOR RUBY
Ruby is looked after by adults who are sober and awake whenever she needs them.

ACTIONS AGREED
B1  ACTION   Call at the flat, one call in three without notice, and see
             Ruby awake, clean and fed
    LEAD     KT
    DUE      Every week until the review conference
    MEASURE  Call notes say how Ruby was and what her mum did when she
             cried
    UPDATE   3 of 3 calls made, one without notice

B2  ACTION   Send a summary of Dean's prescriptions to the social worker
    LEAD     GP
    DUE      ASAP
    MEASURE  Surgery letter on Ruby's file
    UPDATE   Chased 02/12/2025

B10 ACTION   Weigh Ruby at the clinic every fortnight and check her cot
    LEAD     HV
    DUE      Every two weeks
    MEASURE  Weights in the red book, copied to KT
    UPDATE   Weighed 28/11/2025

IF THINGS GO WRONG
If Dean drinks while he is caring for Ruby, her mum takes her to her aunt's that night and KT asks
for a legal planning meeting.

NEXT MEETINGS
Core group every four weeks from 09/12/2025; review conference on 20/01/2026.
""", name="record.txt")
    assert report.actions == 3
    assert not _rules(report, "W001")
    assert _rules(report, "T002") == [_action(report, "summary of Dean").text]
    assert all("UPDATE" not in a.fields.get("measure", "") for a in report.plan.actions)


def test_a_meetings_name_then_its_date_under_what_happens_next_is_no_work():
    report = _lint(_HEAD + """## The plan
- Priya Shah (SW) will visit Maisie every week; her visit records will show it.

## What happens next
- Pre-proceedings meeting: Tuesday 2 December 2025, 10am, Holt Civic Centre. You can bring your solicitor.
- Pre-proceedings review meeting: 17/02/2026 at 10am.
- Review child protection conference (Strengthening Families): Tuesday 12 May 2026, 10am.
- Legal planning meeting: Priya will ask her manager for one by 20/02/2026 if the changes are not made.
""" + _TAIL)
    # (a meeting's name before work, not a date, still labels work)
    assert [a.text.split(":")[0] for a in report.plan.actions] == [
        "Priya Shah (SW) will visit Maisie every week; her visit records will show it.", "Legal planning meeting"]
