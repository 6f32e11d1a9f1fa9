"""Classes met on tuning batch 57 (timescales written every way, a parent's health with
hard negatives, documents in unusual shapes), on invented text: a length or an age
beside a noun, a wh-clause as a heading, a sentence about the layout, an owner's label
over an outcome, a field value wrapped past a colon, police ranks, "house" and
"housing", measures written as a professional seeing or receiving something, an
adult's age in a family list, "their dad", a theme named for feelings, an agency
heading named "Family support", a request by name, what a record holds, a topic
after "on", a voice section that records none, a trigger that names no sign, history
in a relative clause and a worker introduced by "has been". All names are invented."""
from planlint.nlp.commitment import find_commitment
from planlint.nlp.stem import stem
from test_unseen_layouts_15 import _OUTCOMES, _TAIL, _action, _lint, _rules


def _texts(report) -> list[str]:
    return [a.text for a in report.plan.actions]


def test_a_wh_clause_on_its_own_line_is_a_heading_not_an_action():
    report = _lint("# Letter to Sarah\n" + _OUTCOMES + """## What everyone will do

What you will do

- Sarah, you will take Mia to nursery every weekday from 3 March 2025, checked against the register each Friday.

What I will do

- I will visit every Thursday and write down what Mia tells me.
""" + _TAIL)
    assert not any(t.startswith("What") for t in _texts(report))
    assert len(report.plan.actions) == 2
    # (a PDF has no heading markup: the words alone must say it is no commitment)
    assert find_commitment("What you will do") is None and find_commitment("How we will know") is None


def test_a_sentence_about_the_layout_commits_no_one():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
Each heading below says when the work under it will be done.

### Before the review
- The health visitor, Jane Ford, will weigh Mia every two weeks and send the weights to the SW.
""" + _TAIL)
    assert not any("Each heading" in t for t in _texts(report))


def test_an_owners_label_over_a_hoped_for_change_is_an_outcome():
    report = _lint("# Plan for Leo\n## What we want for Leo\n"
                   "- Leo knows his dad: the time he spends with Sam is safe and calm, and Sam learns to read his signs.\n"
                   + _WORK_FOR_LEO + _TAIL)
    assert not any("Leo knows his dad" in t for t in _texts(report))
    assert any("Leo knows his dad" in o.text for o in report.plan.outcomes)


_WORK_FOR_LEO = """## Action plan
- The health visitor, Jane Ford, will weigh Leo every two weeks and send the weights to the SW.
"""


def test_a_field_value_wrapped_onto_a_line_with_a_colon_runs_on():
    report = _lint("""PLAN FOR BABY ALFIE
WHAT WE WANT FOR ALFIE
- Alfie is safe when his mum has a seizure.

THE STEPS

STEP 1
What: Tom will see Beth and look at her seizure diary. He will write a safe care
      plan for Alfie with pictures: feeding on the floor and no baths alone.
Who:  Tom Hale, epilepsy nurse specialist
When: By Friday 19 September 2025
How we will know: Beth has the picture plan on her fridge.
""" + _TAIL, name="plan.txt")
    action = _action(report, "Tom will see Beth")
    assert "plan for Alfie with pictures" in action.text
    assert action.facts.time_status == "ok" and action.facts.owner.startswith("Tom Hale")


def test_a_police_rank_names_an_owner():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Comments |
|---|---|
| Investigation, including interviews with both parents | DC Sam Reid, Delverton Child Abuse Investigation Team – interviews by 14/03/2025. Written update to the SW after the interviews. |
""" + _TAIL)
    assert _rules(report, "W001") == []


def test_house_is_no_housing_service_nor_a_parents_need():
    assert stem("housing") != stem("house")
    report = _lint("# Plan for Mia\n## What needs to be different for Mia\n"
                   "- There is food in the house, clean clothes and a bedtime routine every day.\n" + _WORK_FOR_MIA + _TAIL)
    assert _rules(report, "F002") == []


_WORK_FOR_MIA = """## Action plan
- The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.
"""


def test_measures_written_as_something_a_worker_sees_or_receives():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
- Sarah and Dean will get a cot and a car seat, and Jo will see the cot made up in their bedroom at a home visit in w/c 16 March.
- Jo (SW) will hold a discharge planning meeting before Mia goes home and give everyone a written discharge plan that day.
- Nan will have Mia for a sleepover every Friday night and she will write each one in the little green book.
- Mr Kay will check Mia is in nursery every morning and send Jo the list of days she was in every Friday.
""" + _TAIL)
    assert _rules(report, "M001") == []


def test_a_referral_acknowledged_by_the_service_is_a_measure():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Comments |
|---|---|
| Referral to the Family Network Meeting service to look at relatives | By 10/03/2025. Referral acknowledged by the FNM coordinator. |
""" + _TAIL)
    assert _action(report, "Family Network").facts.measure_status == "ok"


def test_completing_a_named_review_is_the_work_not_a_vague_measure():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
- Lorna Tait (HV) will complete Mia's overdue development review at home by Friday 12 September.
""" + _TAIL)
    assert _action(report, "Lorna Tait").facts.measure_status == "missing"


def test_an_adults_age_in_a_family_list_names_no_child():
    report = _lint("""# Child protection plan: Skye and Harley Vane
## Family
- Skye Vane, 4, goes to nursery
- Harley Vane, 20 months
- Jodie Vane, 26, mum
## Action plan
- Paul Ince (care coordinator, Hamblecote CMHT) will visit Jodie every week to support her with her mood.
""" + _TAIL)
    assert report.plan.facts.child_names == ["Skye", "Harley"]
    assert len(_rules(report, "H001")) == 1


def test_their_dad_after_a_name_names_a_parent():
    report = _lint("""# Child protection plan
**Children:** Callum Hart (13) and Lacey Hart (11)
**Living with:** Gary Hart, their dad (44), 6 Tanners Yard
""" + _WORK + _TAIL)
    assert "Gary" in report.plan.facts.parent_names


_WORK = """## Action plan
- The school nurse, Amy Roper, will see Lacey every two weeks until 12 June 2025 and send notes to the SW.
"""


def test_a_theme_named_for_feelings_over_work_is_part_of_the_plan():
    report = _lint("""# Child protection plan for Callum and Lacey
Children: Callum Hart (13) and Lacey Hart (11)
## What Callum and Lacey said
Callum said he wants the boiler fixed.

## The plan

**1 KEEPING CALLUM AND LACEY SAFE**

a) SW (Rhiannon Lake) will visit every fortnight, seeing Callum and Lacey on their own, and record their views.

b) Gary will agree an 8pm curfew with Callum by 19/03/2025 and write it on the calendar for the SW to check.

**2 HEALTH AND FEELINGS**

a) Sean Mull (care coordinator, Jennetsfield AMHT) will continue to see Gary every two weeks for support with his depression.

b) Amy Roper (school nurse) will see Lacey about her bedwetting by 30/04/2025 and share the results with the SW.
""" + _TAIL)
    assert any("Sean Mull" in t for t in _texts(report))
    assert len(_rules(report, "H001")) == 1


def test_a_family_support_heading_under_the_action_heading_holds_actions():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## What will happen

### Children's social care

- **Jo Hart (SW)** will see Mia every week until the transfer-in conference and write what she says in her visit record.
- **Jo Hart (SW)** will send the chronology and this plan to Tarnby Children's Services by Friday 29 August 2025.

### Family support

- **Nicola Burke (FSW, Delverton Family Hub)** will run routines sessions with Sarah every Tuesday from 1 September and send her session notes to the SW.

### Schools and health

- **Lorna Tait (HV)** will weigh Mia at home every two weeks and send the weights to the SW.
- **Mr Tom Ray (DSL)** will email the SW Mia's attendance every Friday.

### Police and domestic abuse services

- **PC Amy Shaw** will tell the SW by the next working day of any call-out to the house, recorded on the police log.
""" + _TAIL)
    assert any("Nicola Burke" in t for t in _texts(report))
    assert [s.kind for s in report.plan.sections if s.heading == "Family support"] == ["actions"]


def test_a_request_by_name_is_that_persons_action():
    report = _lint("# Letter to Kerry\n" + _OUTCOMES + """## What everyone will do
- Kerry, please make an appointment with your GP about your low mood.
- I will visit every Thursday and write down what Mia tells me.
""" + _TAIL)
    action = _action(report, "please make an appointment")
    assert action.facts.owner == "Kerry"
    assert len(_rules(report, "T001")) == 1


def test_what_a_record_holds_in_a_comment_is_no_timescale():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Comments |
|---|---|
| Social worker to visit Mia on Ward 6 | SW Jo Hart – when possible. Each visit recorded on the case file. |
| Contact for Sarah with Mia on the ward | Ward Sister Ann Lee to agree times with Sarah – TBC. Nursing notes record each contact. |
""" + _TAIL)
    assert len(_rules(report, "T002")) == 2


def test_a_frequency_after_on_is_a_topic_not_how_often():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Sessions with Sarah on daily routines and getting Mia ready for nursery | Jo Hart, family support worker | Ongoing | Routine chart checked at each visit |
| Continue fortnightly visits to Mia | Jane Ford, health visitor | Ongoing | Visit notes shared with the SW |
""" + _TAIL)
    assert len(_rules(report, "T002")) == 1


def test_a_voice_section_that_opens_not_obtained_records_no_voice():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + _WORK_FOR_MIA + """
## Children's views
Not obtained for this conference. The social worker will see Mia before the first core group.

## If things do not improve
If Mia misses more than two days of nursery in a week, the social worker will visit the same day and ask for a legal planning meeting.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025.
""")
    assert len(_rules(report, "F003")) == 1


def test_a_voice_heading_with_nothing_under_it_records_no_voice():
    report = _lint("""PLAN FOR MIA
SECTION 2   CHILD'S WISHES AND FEELINGS
[No entry]

SECTION 3   WHAT WE WANT FOR MIA
Mia goes to nursery every day and gains weight steadily.
""" + _WORK_FOR_MIA + """
SECTION 5   CONTINGENCY
If Mia misses more than two days of nursery in a week, the social worker will visit the same day and ask for a legal planning meeting.

SECTION 6   REVIEW
Core group every 4 weeks; review conference on 12 June 2025.
""", name="plan.txt")
    assert len(_rules(report, "F003")) == 1


def test_a_trigger_naming_only_the_child_and_more_worries_is_vague():
    report = _lint("# Letter to Kerry\n" + _OUTCOMES + _WORK_FOR_MIA + """
## If things do not get better
If things do not get better for Mia, or we have more worries about her, I will ask my manager for a legal planning meeting.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025.

## What Mia says
Mia said she likes nursery because of the sand pit.
""")
    assert len(_rules(report, "C002")) == 1


def test_history_in_a_relative_clause_is_no_timescale():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
Jo will ask Tarn Homes to mend the broken window in Mia's bedroom, which was reported in November 2025, and keep the repair ticket on file.

Sarah will keep the kitchen clean, which has been a problem since 2024, and Jo will note how it looks in her visit record.

The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the SW.
""" + _TAIL)
    assert len(_rules(report, "T001")) == 2


def test_a_worker_introduced_as_having_been_someones_care_coordinator():
    report = _lint("# Plan for Mia\nMia's mum, Marta, has depression.\n" + _OUTCOMES + """## Action plan
Paul Igwe has been Marta's care coordinator since January. Paul will see Marta every two weeks and write to the SW by 16 May 2025 on whether she can make the changes Mia needs and how long that will take.

The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the SW.
""" + _TAIL)
    assert _rules(report, "F004") == []


def test_a_parent_having_been_seen_by_a_service_does_not_work_for_it():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
Kirsty has been seeing the Primary Care Mental Health Team for her anxiety since May.

| Action | Who | When | How we will know |
|---|---|---|---|
| See her GP about her sertraline dose | Kirsty Hale | By 04/07/2025 | GP letter to the SW |
""" + _TAIL)
    assert _rules(report, "H001") == []


def test_benefits_and_arrears_are_a_parents_own_needs():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
- I will help Lewis apply for Universal Credit and sort out the rent arrears by 14 March.
""" + _TAIL)
    assert _action(report, "Universal Credit").facts.parent_needs
