"""Classes met writing plans in layouts planlint had not read, each on invented text.
All names are invented."""
from planlint import lint
from planlint.nlp.commitment import find_commitment, nothing_needed


def _rules(report, *codes):
    return [f for f in report.findings if f.rule in codes]


_KEY_TABLE = """\
# Child protection plan for Ellie Marsh (2)

## Who was there (the plan uses these initials)

| Initials | Name | Role |
|---|---|---|
| KM | Kerry Marsh | Ellie's mum |
| PB | Paula Booth | Social worker |
| DW | Dev Walia | Recovery worker, Harbour Lane Recovery (drug and alcohol service) |

## Why we are worried

Kerry has used heroin since 2019 and is on a methadone script.

## What we want for Ellie

Ellie lives with a mum who is well and sober, and goes to nursery every day.

## The plan

| What | Lead and by when | How we will know |
|---|---|---|
| Key-work with Kerry on her methadone script and a drug test at every session | DW – fortnightly from 2 June 2025 | Test results sent to PB before each core group |
| See Ellie at home, awake, at every visit | PB – between 2 and 6 June 2025, then weekly | Visit notes on Ellie's file |
"""


def test_initials_a_key_table_gives_a_service_are_that_services_work():
    report = lint(_KEY_TABLE, name="plan.md")
    assert not _rules(report, "F004")
    without_key = _KEY_TABLE.replace(
        "| DW | Dev Walia | Recovery worker, Harbour Lane Recovery (drug and alcohol service) |\n", "")
    assert _rules(lint(without_key, name="plan.md"), "F004")  # nothing else says DW is a service


def test_a_dash_parts_who_from_when_whatever_words_open_the_time():
    report = lint(_KEY_TABLE, name="plan.md")
    assert [a.fields.get("owner") for a in report.plan.actions] == ["DW", "PB"]
    assert all(a.facts.time_status == "ok" for a in report.plan.actions)


_NOT_WORK = """\
# Child protection plan for Archie Dunn (1)

## Actions agreed

- PB to visit Archie at home every week; visit notes on file.
- The ward will not need to restrict other visitors beyond the parents.
- Nan won't need to give up her job, as Archie goes to nursery on her working days.
- If Archie is fit for discharge before the cot arrives, he would stay on the ward another night.
"""


def test_what_no_one_needs_to_do_and_what_would_happen_are_not_work():
    report = lint(_NOT_WORK, name="plan.md")
    assert [a.text[:6] for a in report.plan.actions] == ["PB to "]
    assert not _rules(report, "W001", "M001", "T001")


def test_nothing_needed_reads_the_first_clause_only():
    assert nothing_needed("Jordan will not need to move schools; his place is safe")
    assert nothing_needed("We don't need to hold a meeting")
    assert not nothing_needed("Mum will not drink when she is caring for Kai")  # a promise not to
    assert not nothing_needed("SW will visit weekly; Mum does not need to be there")
    assert find_commitment("The ward will not need to restrict visitors") is None
    assert find_commitment("Mum will not drink when she is caring for Kai") is not None


def test_an_if_clause_that_commits_someone_stays_work():
    text = _NOT_WORK.replace("he would stay on the ward another night", "PB will ask the ward to keep him")
    assert any(a.text.startswith("If Archie") for a in lint(text, name="plan.md").plan.actions)


_TAGGED = """\
# Discharge plan for Archie Dunn (1)

## What we want for Archie

Archie goes home to foster carers who know his care, and his fracture heals.

## Actions agreed

- Ward staff to record his pain scores every shift; the nursing notes will show the scores. [Lead & when: KP, every shift until discharge]
- Repeat skeletal survey, with the results in the discharge summary. [Lead & when: AM, between day 11 and day 14 after admission (19/07-22/07/2025)]
- A written update to the GP, filed on his GP record. [Lead & when: -, after the police interviews]
"""


def test_a_labelled_bracket_ending_an_item_gives_who_and_when():
    actions = lint(_TAGGED, name="plan.md").plan.actions
    assert [a.fields.get("owner") for a in actions] == ["KP", "AM", None]
    assert [a.fields["timescale"] for a in actions] == [
        "every shift until discharge", "between day 11 and day 14 after admission (19/07-22/07/2025)",
        "after the police interviews"]
    assert actions[0].fields["action"].startswith("Ward staff") and "[Lead" not in actions[0].fields["action"]


_RECORD = """\
SAFEGUARDING DISCHARGE MEETING - NOTES AND PLAN

Admitted: 08/07/2025 via ED, spiral fracture of the left femur
Referred: 09/07/2025 by the ward to children's services

- PB to visit Archie on the ward every week; visit notes on file.
"""


def test_a_records_past_participle_label_names_no_owner():
    actions = lint(_RECORD, name="plan.txt").plan.actions
    assert not any(a.text.startswith(("Admitted", "Referred")) for a in actions)


_FAMILY_WORDS = """\
# Core group record - Kayden Price (11)

| Agreed action | Who + when | Proof it's done | What will be different (in Kayden's or Mum's words) |
|---|---|---|---|
| Sessions at home with Mum on bedtimes and meals | Family support worker (Jo Hale) - weekly from 7 July 2025 | Session notes to the SW monthly | I'll be in bed by nine and have tea every night. |
| See Kayden on his own at school | SW (Ann Bell) - every two weeks | Visit notes on file | I'll have someone to tell if things are bad at home. |
"""


def test_a_column_in_the_familys_words_is_the_outcome_not_a_measure():
    report = lint(_FAMILY_WORDS, name="plan.md")
    assert [o.text[:12] for o in report.plan.outcomes] == ["I'll be in b", "I'll have so"]
    assert not _rules(report, "O001")
    assert all("I'll" not in a.fields.get("measure", "") for a in report.plan.actions)


_GOOD_DAY = """\
# Reuben's child protection plan

## What a good day looks like for Reuben

- Reuben gets to school on time every day, having had breakfast.

## Who is going to do what

| What | Whose job | When by | What we'll see |
|---|---|---|---|
| Walk Reuben to school | Mum (Jodie) | every school day from 1 September 2025 | School register shows him on time |
"""


def test_what_a_good_day_looks_like_is_the_outcome():
    report = lint(_GOOD_DAY, name="plan.md")
    assert [s.kind for s in report.plan.sections if s.heading.startswith("What a good day")] == ["outcomes"]
    assert not _rules(report, "O001")


_TRIED = """\
# Child protection plan for Milo Tremain (6)

## What we have already tried

| When | What was tried | Who offered it | What difference it made |
|---|---|---|---|
| March 2025 | Family group conference | FGC service | Nan agreed to have Milo at weekends, which lasted a month |
| May 2025 | Parenting course | Family hub | Mum went to two of eight sessions |

## What happens now

| Action | Who | When | How we will know |
|---|---|---|---|
| See Milo at home every week | SW (Ann Bell) | weekly from 2 June 2025 | Visit notes on file |
"""


def test_a_history_table_with_its_date_first_holds_no_actions():
    actions = lint(_TRIED, name="plan.md").plan.actions
    assert [a.text[:8] for a in actions] == ["See Milo"]


_REPORT = """\
ST ANNE'S PRIMARY SCHOOL

REPORT TO REVIEW CHILD PROTECTION CONFERENCE

Pupil: Aisha Khan, Year 3. Report by Mrs J. Ellis, designated safeguarding lead.

ATTENDANCE

Aisha's attendance this term is 91%, with six late marks.

WHAT AISHA HAS TOLD US

Aisha told her teacher she likes it when her mum walks her to school.

WHAT SCHOOL WILL KEEP DOING

School will keep offering Aisha a place at breakfast club and will tell the social worker about any absence.
"""


def test_a_schools_report_to_conference_is_not_a_plan():
    report = lint(_REPORT, name="report.txt")
    assert report.plan.reading.plan_found is False
    assert not report.findings


_MINUTES = """\
# Core group meeting - Riley and Kacey Dane

## 1. The outcomes and contingency from the conference plan

The chair read out the outcomes and the contingency agreed at the conference.

Outcomes for Riley and Kacey:

- Riley and Kacey live in a home where nobody is hit or threatened.

Contingency: if Darren comes to the house, Lisa will ring 999 and the SW will hold a strategy discussion the same day.

## 2. Update from agencies

AGREED 2.1 - Dr Shah to review Lisa's sleep and low mood by 25 July 2025 and write to the SW with what has changed.
AGREED 2.2 - TK to offer Riley a weekly session with the school counsellor from 14 July 2025, recorded on the pastoral log.
"""


def test_numbered_agreed_lines_with_a_dash_are_actions_led_by_who_follows():
    actions = lint(_MINUTES, name="plan.md").plan.actions
    assert [a.facts.owner_status for a in actions] == ["ok", "ok"]
    assert all(not (a.fields.get("owner") or "").upper().startswith("AGREED") for a in actions)


def test_a_contingency_line_under_another_heading_is_the_contingency():
    report = lint(_MINUTES, name="plan.md")
    assert "Darren comes to the house" in report.plan.contingency.text
    assert not _rules(report, "C001", "C002")


def test_whether_a_named_parent_is_making_changes_is_an_assessment():
    plan = """\
# Child protection plan for Maya Lind (3)

## Actions

- Rhiannon Vale, CPN, Northgate CMHT, will visit Hayley every week and send a written update before each core group on whether Hayley is making and keeping the changes Maya needs.
"""
    assert not _rules(lint(plan, name="plan.md"), "H001")
    assert _rules(lint(plan.replace(" and send a written update before each core group on whether Hayley is "
                                    "making and keeping the changes Maya needs", " to support her"), name="plan.md"),
                  "H001")


def test_a_named_adult_mental_health_service_is_one_and_a_childrens_is_not():
    def services(name):
        plan = f"# Plan for Kai\n\n## Actions\n\n- Jo Bell, {name}, will see Craig weekly for his PTSD.\n"
        return [m.label for s in lint(plan, name="plan.md").plan.sentences for m in s.mentions
                if m.label == "MH_SERVICES"]
    assert services("Iddlesby Veterans' Mental Health Service")
    assert services("Northgate Mental Health Services")
    assert not services("Child and Adolescent Mental Health Service")
    assert not services("the young people's mental health service")


def test_an_event_word_naming_a_paper_is_no_time():
    plan = ("# Plan for Zion\n\n## Actions\n\n"
            "- Nan (Grace) will come over to help with Zion's night feeds and will fill in the feed chart.\n")
    action = lint(plan, name="plan.md").plan.actions[0]
    assert action.facts.time_status == "missing"


_LETTER = """\
Dear Precious,

Thank you for coming to the core group on 9 July.

What we want for Tendai

- Tendai goes to school every day and does not have to look after Zion.
- You will feel less low and more able to cope.

What is going to happen now

I will visit you at home every week and see Tendai on her own; I will write down what she tells me.
"""


def test_you_in_a_letter_to_a_parent_is_the_parent():
    report = lint(_LETTER, name="letter.txt")
    assert [f.excerpt[:12] for f in _rules(report, "F002")] == ["You will fee"]
    to_the_child = lint(_LETTER.replace("Dear Precious,", "Dear Tendai,"), name="letter.txt")
    assert not _rules(to_the_child, "F002")


_FORM_TABLE = """\
# Joint housing and child protection plan for Bonnie Hart (1)

| Item | Detail |
|---|---|
| Housing application | HOU/25/3318, made 20/06/2025 |
| Priority need | Yes - dependent children |
| Housing register | Band A, bidding number 55120 |

## Actions

| What | Who | When | What we'll see |
|---|---|---|---|
| Find the family a self-contained flat | Housing officer (Amy Reed) | by 29 August 2025 | Tenancy signed |
"""


def test_an_item_and_detail_table_is_a_form_not_actions():
    actions = lint(_FORM_TABLE, name="plan.md").plan.actions
    assert [a.text[:8] for a in actions] == ["Find the"]


_CLOSED_ROWS = """\
# Revised child protection plan for Riley Holt (6)

## Actions closed at this review

| Action | Who and when | Status |
|---|---|---|
| Apply for a non-molestation order | Chloe, 04/03/2025 | Completed: order made, copy on file |
| Food bank vouchers each week | SW, 30/04/2025 | No longer needed: benefits paid in full |
| Weigh Ava | HV, every 2 weeks | Complete by the review |
"""


def test_rows_marked_completed_or_no_longer_needed_are_not_live_work():
    actions = lint(_CLOSED_ROWS, name="plan.md").plan.actions
    assert [a.text[:8] for a in actions] == ["Weigh Av"]  # "Complete by" is a deadline, not a closing


def test_a_plans_name_then_a_part_of_it_is_that_part():
    plan = """\
CHILD IN NEED PLAN FOR MASON (13)

Mason lives with his mum, Jodie.

CHILD IN NEED PLAN - WHAT WE WANT FOR MASON

  a) Mason is cared for every day and night by a sober adult.

CHILD IN NEED PLAN - ACTIONS

  a) SW to visit Mason at home every 4 weeks; visit notes on file.
"""
    report = lint(plan, name="plan.txt")
    assert [o.text[:11] for o in report.plan.outcomes] == ["Mason is ca"]
    assert [a.text[:9] for a in report.plan.actions] == ["SW to vis"]


_ONE_LIST = """\
NORTHGATE COUNCIL - CHILDREN'S SOCIAL CARE

1.  Who is in the family:
    a) Stacey Daley - Mum (26)
    b) Kian - Year 1 at St Cuthbert's
2.  SW (Leanne) will:
    a) visit weekly and see Kian on his own - visit notes will have Kian's own words
    b) apply for a nursery place for Lexi by 01/08/2025 - offer letter on the file
3.  Mum (Stacey) will:
    a) go to the recovery group every Tuesday at 10am - attendance sheet sent to Leanne
"""


def test_a_plan_typed_as_one_numbered_list_is_read_from_its_commitments():
    report = lint(_ONE_LIST, name="plan.txt")
    assert report.plan.reading.plan_found
    assert [a.fields.get("owner") for a in report.plan.actions] == ["SW (Leanne)", "SW (Leanne)", "Mum (Stacey)"]


def test_an_adults_age_after_a_name_does_not_make_a_child():
    plan = """\
Victim: Shannon TENNICK (27)
Suspect: Ryan COLLEY (31), partner of the victim
Children in household: Jace TENNICK, 8 (Year 3)

## Actions

- PC Voss to visit Shannon and Jace every week; visit log on file.
"""
    names = lint(plan, name="plan.md").plan.facts.child_names
    assert "Jace" in names and "Shannon" not in names and "Ryan" not in names


def test_a_named_plan_being_looked_at_again_is_its_review_not_work():
    plan = ("# CIN plan for Mason\n\n## Actions\n\nSW to visit Mason every 4 weeks; visit notes on file. "
            "The CIN plan will be looked at again after 3 months at a CIN review.\n")
    assert [a.text[:9] for a in lint(plan, name="plan.md").plan.actions] == ["SW to vis"]
