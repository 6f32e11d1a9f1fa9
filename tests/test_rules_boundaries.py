"""Boundary cases of the document-level rules, beyond each rule's own examples."""
from planlint import lint

FAMILY_PLAN = """# Plan for Sonny
## Next steps
| Who | What | By when | How we will know |
|---|---|---|---|
| Jackie (MGM) | Have Sonny for tea | Every Tuesday | Jackie texts the SW |
| Jordan (maternal uncle) | Collect Sonny from nursery | Every Friday | Nursery log shared with the SW |
## Contingency
{contingency}
"""


def rules_of(text, name="plan.md"):
    return {f.rule for f in lint(text, name=name).findings}


def test_fallback_naming_the_helpers_satisfies_c003():
    named = "If Jackie or Jordan cannot do their day, Demi will leave work early to collect Sonny."
    assert "C003" not in rules_of(FAMILY_PLAN.format(contingency=named))
    other = "If Wes hurts Sonny, police will be called and Sonny will stay with a foster carer."
    assert "C003" in rules_of(FAMILY_PLAN.format(contingency=other))
    # The helpers named only as the response, not as the support that fails.
    response = "If Demi stops her medication, Sonny will stay with Jackie that night."
    assert "C003" in rules_of(FAMILY_PLAN.format(contingency=response))


def test_abbreviated_core_group_dates_count_for_r001():
    base = "# Plan for Ava\nAva is seen weekly by the SW.\n## Next dates\n{core}\nRCPC: 12/06/2025.\n"
    assert "R001" not in rules_of(base.format(core="CG2: 10/04/2025, then every 4 weeks."))
    assert "R001" in rules_of(base.format(core="Next meeting to be arranged."))


def test_negated_condition_does_not_negate_the_legal_step():
    plan = ("# Plan for Leo\n## Review\nCore group every 4 weeks; review conference 12/08/2025.\n"
            "If progress is not made the team manager will request a legal planning meeting.\n")
    assert "R002" not in rules_of(plan)
    assert "R002" in rules_of(plan.replace("will request a legal planning meeting", "will not request a legal planning meeting"))


def test_review_dates_after_the_contingency_still_count_but_conditional_ones_do_not():
    base = "# Plan for Leo\nSW visits weekly.\n## Contingency\nIf Dad returns, police will be called.\n{dates}\n"
    assert "R001" not in rules_of(base.format(dates="Next core group 09/06/2025. Review conference 14/07/2025."))
    assert "R001" in rules_of(base.format(dates="If he returns, an early review conference will be held on 14/07/2025 and a core group on 09/06/2025."))


def test_child_voice_in_other_words():
    base = "# Plan for Harley\nChild: Harley Walsh (11)\n## Notes\n{t}\n## Plan\n- SW to visit weekly; visit records.\n"
    for heard in ["Harley drew his house and put himself outside it.", "Harley scored his safety as 4 out of 10.",
                  "Harley's day: he wakes at 6 and gets himself breakfast."]:
        assert "F003" not in rules_of(base.format(t=heard)), heard
    for unheard in ["Harley is too young to express his views.", "Mum's day starts at noon."]:
        assert "F003" in rules_of(base.format(t=unheard)), unheard


def test_more_parental_illness_and_adult_specialist_services():
    plan = ("# Plan for Leo\nChild: Leo Hart (2)\n## Worries\nDad is alcohol dependent and has liver disease.\n"
            "## Plan\n| Action | Who | When | How we'll know |\n|---|---|---|---|\n"
            "| Nursery place for Leo | Nursery | Daily | Register shared with SW |\n{row}")
    assert "F004" in rules_of(plan.format(row=""))
    row = "| Liver clinic appointments and a report to the SW | Hepatology team (Dr Ash) | Monthly | Clinic letters to SW |\n"
    assert "F004" not in rules_of(plan.format(row=row))


def test_conditional_response_outside_a_contingency_section_counts_as_one():
    base = "# Plan for Finley\n## Agreed\nJen will visit every two weeks; visit records.\n{extra}\n"
    assert "C001" in rules_of(base.format(extra="Finley likes school."))
    if_then = "If Finley is late again, Nan will take him to school and the SW will visit that day."
    assert "C001" not in rules_of(base.format(extra=if_then))


def test_l001_visit_frequency_in_a_table_row_counts():
    plan = ("# Care plan for Leo\nChild: Leo Hart (3 weeks)\n## Background\nLeo is accommodated under section 20. "
            "He remains on the neonatal unit.\n## Plan\n| Action | Who | When | How we'll know |\n|---|---|---|---|\n{row}\n")
    assert "L001" not in rules_of(plan.format(row="| Visit Leo on the ward | Amir Shah (SW) | Twice a week | Visit records |"))
    assert "L001" in rules_of(plan.format(row="| Visit Leo on the ward | Amir Shah (SW) | When possible | Visit records |"))
    assert "L001" in rules_of(plan.format(row="| Weigh Leo | HV | Weekly | Weights in the red book |"))


def test_r001_meetings_table_counts_but_an_action_row_naming_the_conference_does_not():
    meetings = ("# Plan for Leo\nLeo is seen weekly by the SW.\n## Meetings\n| Meeting | Date |\n|---|---|\n"
                "| Core group | 10/04/2025, then every 4 weeks |\n| Review conference | 12/06/2025 |\n")
    assert "R001" not in rules_of(meetings)
    action_row = ("# Plan for Leo\nCore group every 4 weeks from 10/04/2025.\n## Plan\n| Action | Who | When |\n"
                  "|---|---|---|\n| Update the assessment for the review conference | SW | By 20/06/2025 |\n"
                  "The review conference will be arranged.\n")
    assert "R001" in rules_of(action_row)


def test_c002_reads_a_trigger_and_response_table():
    base = "# Plan for Leo\nLeo is seen weekly by the SW.\n## Contingency\n| Trigger | Response |\n|---|---|\n{row}\n"
    concrete = "| Mum drinks while caring for Leo | Leo will stay with his nan that night and police will be called |"
    assert "C002" not in rules_of(base.format(row=concrete))
    assert "C002" in rules_of(base.format(row="| Things do not improve | Leo will stay with his nan that night |"))


def test_a_voice_section_that_only_says_the_child_is_too_young_is_no_voice():
    base = "# Plan for Aoife\n## Children's views\n{voice}\n## Actions\n- The HV will weigh Aoife weekly.\n"
    assert "F003" in rules_of(base.format(voice="Aoife is too young to give her views."))
    observed = "Aoife is too young to give her views; the HV saw her smile and settle when Ciara held her."
    assert "F003" not in rules_of(base.format(voice=observed))


def test_a_capitalised_word_opening_a_table_cell_is_not_a_name():
    """"Extended family" in an owner cell is collective, not a person called Extended."""
    plan = ("# Plan for Conor\n## Actions\n| Action | Who | When | How we will know |\n|---|---|---|---|\n"
            "| Help at bath time for Conor | Extended family | Daily | Bath chart seen by the HV |\n")
    assert "W002" in rules_of(plan)
    assert "W002" not in rules_of(plan.replace("Extended family", "Aunt Róisín Kerr"))


def test_x001_a_referral_on_hold_until_the_family_have_moved_stalls_but_a_handover_meeting_does_not():
    base = "# Plan for Kai\n## Actions\n- {action}\n"
    assert "X001" in rules_of(base.format(action="Referral to young carers for Hana on hold until the family have moved."))
    assert "X001" not in rules_of(base.format(
        action="SW to hold a handover meeting with the receiving authority by 12/05/2025; they accept the transfer in writing."))


def test_f002_a_short_topic_label_in_a_need_column_is_not_an_outcome_judged():
    from planlint import lint
    text = """# Care plan for Skye

## Plan
| Need | Action | Who | When | How we will know |
|---|---|---|---|---|
| Time with her mum | Supervised contact for Skye with her mum | Contact worker Jo Lee | Twice a week | Contact notes |
| Mum stops drinking and stays sober every day | Alcohol service to test Mum | Recovery worker Ali Khan | Weekly | Test results |
"""
    f002 = [f.excerpt for f in lint(text, name="plan.md").findings if f.rule == "F002"]
    assert f002 == ["Mum stops drinking and stays sober every day"]


def test_r001_a_review_conference_to_be_arranged_has_no_date_even_beside_the_last_ones():
    from planlint import lint
    base = """# Child protection plan for Leo
Plan from the review conference on 27/02/2025.

## Actions
- SW Jo Hill will visit Leo weekly and record what he says.

## Review
Core group: monthly, next on 13/05/2025.
{line}
"""
    def r001(line):
        return [f for f in lint(base.format(line=line), name="plan.md").findings if f.rule == "R001"]
    assert r001("Review conference: to be arranged by the new authority.")
    assert r001("Review conference: TBC (within 6 months).")
    assert not r001("Next review conference: 12/06/2025.")
    assert not r001("Review conference: to be arranged. Next review conference booked for 12/06/2025.")


def test_c003_a_familys_own_safety_rules_rely_on_the_family():
    from planlint import lint
    text = """# Our family safety plan – Ruby Fairclough

## What we want for Ruby
- There is always a grown-up who has not been drinking looking after Ruby.

## The rules we have agreed
1. Nan will ring Mum every evening at 6pm and come round if Mum has been drinking.
2. Uncle Craig will stay over every Friday and Saturday night.

## What the professionals will do
- SW Dominic Hale will visit Ruby weekly and see her alone; visit notes record what she says.

## If the plan isn't working
If Mum drinks while caring for Ruby, the SW will hold a strategy discussion the same day.
"""
    result = lint(text, name="plan.md")
    assert [a.facts.owner for a in result.plan.actions] == ["SW Dominic Hale"]
    assert "C003" in {f.rule for f in result.findings}


def test_c002_a_response_only_considered_is_not_concrete():
    from planlint import lint
    base = """# Plan for Reggie

## Actions
- SW Jo Hill will visit Reggie weekly and record what he says.

## Contingency
If Liam uses drugs while caring for Reggie, {response}.
"""
    def c002(response):
        return "C002" in {f.rule for f in lint(base.format(response=response), name="plan.md").findings}
    assert c002("a strategy discussion will be considered and the plan reviewed by the core group")
    assert c002("the SW may discuss a strategy discussion with the team manager")
    assert not c002("the SW will hold a strategy discussion the same day and Reggie will stay with his nan")


def test_h001_a_service_asked_to_report_on_changes_is_not_support_only():
    from planlint import lint
    text = """# Plan for Isla

## Actions
| Action | Who | When | How we will know |
|---|---|---|---|
| Parent-infant sessions for Hannah and Isla, and report on changes in how Hannah responds to Isla | Perinatal mental health team, Dr Shah | Weekly | Written report to the core group |
| Support Hannah with her low mood | Perinatal mental health team, nurse Jo Reid | Weekly | Hannah says she feels better |
"""
    h001 = [f.excerpt for f in lint(text, name="plan.md").findings if f.rule == "H001"]
    assert len(h001) == 1 and h001[0].startswith("Support Hannah")


def test_f003_a_baby_observed_by_a_professional_is_lived_experience():
    from planlint import lint
    text = """# Child protection plan for Ava Lee

Child: Ava Lee, born 01/02/2024 (1)

## Observations
{line}

## Actions
- SW Jo Hill will visit Ava weekly and record what she sees.
"""
    def f003(line):
        return "F003" in {f.rule for f in lint(text.format(line=line), name="plan.md").findings}
    assert not f003("The health visitor saw Ava flinch when the door banged and cling to her nan.")
    assert f003("Mum saw the GP on Monday about her low mood and was given tablets.")


def test_f002_an_outcome_in_the_childs_own_voice_is_about_the_child():
    from planlint import lint
    text = """# Pre-birth plan

Name: Kayden Pryor

## Outcomes
- I need my mum to be well enough to notice me, feed me and keep calm when I cry.
- Mum stops drinking and goes to all her appointments at the alcohol service.

## The plan
- SW Jo Hill will visit weekly and record what she sees.
"""
    result = lint(text, name="plan.md")
    assert [f.excerpt for f in result.findings if f.rule == "F002"] == [
        "Mum stops drinking and goes to all her appointments at the alcohol service."]
    assert "Kayden" in result.plan.facts.child_names


def test_c003_a_contingency_that_names_the_helper_failing_covers_a_helper_named_in_prose():
    from planlint import lint
    text = """# Safety plan for Bailey

## Next steps
- Sheila Lowe (Gran) will have Bailey for tea and overnight every Friday and sign the diary.
- Gavin Lowe (Uncle Gav) will take Bailey to school every Monday and sign the diary.

## If the safety plan is not working
If Kirsty drinks while looking after Bailey, Sheila will take him to her house.
If Sheila or Gavin cannot come, Bailey will stay with emergency foster carers that night.
"""
    assert "C003" not in {f.rule for f in lint(text, name="plan.md").findings}
