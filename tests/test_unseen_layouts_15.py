"""Classes met on tuning batch 53 (timescales written many ways, tables of unusual
shapes, plans from other nations and agencies), on invented text: an outcome after
its reference, a topic band across an action table, labelled fields in square
brackets, a chronology table, a numbered heading that opens on a condition,
the child's hoped-for state listed under an action lead-in, a deadline heading
with its weekday, a row-number column. All names are invented."""
from planlint import lint

_TAIL = """
## If things do not improve
If Mia misses more than two days of nursery in a week, the social worker will visit the same day and ask for a legal planning meeting.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025.

## What Mia says
Mia said she likes nursery because of the sand pit.
"""

_OUTCOMES = """## What we want for Mia
Mia goes to nursery every day and gains weight steadily.
"""

_WORK = """## Who is doing what

- The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.
- Sarah (mum) will take Mia to nursery every weekday from 3 March 2025, checked against the nursery register each Friday.
"""


def _lint(text: str, name: str = "plan.md"):
    return lint(text.encode(), name=name)


def _rules(report, rule: str) -> list[str]:
    return [f.excerpt for f in report.findings if f.rule == rule]


def _action(report, words: str):
    return next(a for a in report.plan.actions if words in a.text)


def test_a_childs_wish_after_its_reference_is_the_childs_own():
    report = _lint("""# Child protection plan for Leon
## What Leon wants
W1 – "I want to go to school every day and not have to stay home to look after Mum."

W2 – "I want to know what to do if Mum gets poorly again."
""" + _WORK + _TAIL)
    wishes = [o for o in report.plan.outcomes if o.text.startswith("W")]
    assert len(wishes) == 2 and all(o.about_child for o in wishes)
    assert _rules(report, "F002") == []


def test_a_parents_change_after_its_reference_is_still_the_parents():
    report = _lint("""# Child protection plan for Mia
## What needs to change
O1 – Sarah stops drinking and keeps her appointments with the alcohol service.
""" + _WORK + _TAIL)
    assert _rules(report, "F002") == ["O1 – Sarah stops drinking and keeps her appointments with the alcohol service."]


def test_topic_bands_across_an_action_table_are_no_adult_centred_outcomes():
    report = _lint("""# Core group plan for Ruby
## What we want for Ruby
Ruby lives at home without shouting or fighting and tells adults she trusts that she feels safe.

## The plan
| Ref | Action | Who | When | How we will know |
|---|---|---|---|---|
| 4. Dad's drinking and contact | 4. Dad's drinking and contact | 4. Dad's drinking and contact | 4. Dad's drinking and contact | 4. Dad's drinking and contact |
| 4.1 | Alcohol key work with Dean, with a breath test at each session | Martin Dobbs, alcohol worker | weekly | breath test results read out at core group |
| Keldale Drug and Alcohol Service | Keldale Drug and Alcohol Service | Keldale Drug and Alcohol Service | Keldale Drug and Alcohol Service | Keldale Drug and Alcohol Service |
| 5.1 | Written report to core group on whether Dean's drinking is changing | Martin Dobbs, alcohol worker | by 30/06/2025 | report on the children's file |
""" + _TAIL)
    bands = [o for o in report.plan.outcomes if o.text in ("4. Dad's drinking and contact", "Keldale Drug and Alcohol Service")]
    assert len(bands) == 2 and all(o.topic for o in bands)
    assert _rules(report, "F002") == []


def test_a_parents_change_across_an_action_table_is_still_an_adult_centred_outcome():
    report = _lint("""# Core group plan for Ruby
## What we want for Ruby
Ruby lives at home without shouting or fighting and tells adults she trusts that she feels safe.

## The plan
| Ref | Action | Who | When | How we will know |
|---|---|---|---|---|
| Dean stops drinking and keeps every key work session | Dean stops drinking and keeps every key work session | Dean stops drinking and keeps every key work session | Dean stops drinking and keeps every key work session | Dean stops drinking and keeps every key work session |
| 4.1 | Alcohol key work with Dean, with a breath test at each session | Martin Dobbs, alcohol worker | weekly | breath test results read out at core group |
""" + _TAIL)
    assert _rules(report, "F002") == ["Dean stops drinking and keeps every key work session"]


def test_labelled_fields_in_square_brackets_after_the_work_are_its_fields():
    report = _lint("""# Care and support protection plan / Cynllun amddiffyn
## Steps / Camau
1. Visit Tomos at home and see him on his own. [Pwy / Who: Lowri Vaughan, SW] [Erbyn pryd / By when: every 10 working days] [Tystiolaeth / Evidence: visit records note what Tomos says]
2. Weekly talk time with Tomos about his worries at home. [Pwy / Who: Mrs Ffion Lloyd, ALNCo] [Erbyn pryd / By when: every Wednesday in term time] [Tystiolaeth / Evidence: –]
""" + _OUTCOMES.replace("Mia", "Tomos") + _TAIL)
    visit = _action(report, "Visit Tomos at home")
    assert visit.fields["owner"] == "Lowri Vaughan, SW"
    assert visit.fields["timescale"] == "every 10 working days"
    assert visit.facts.owner_status == "ok" and visit.facts.time_status == "ok"
    assert _rules(report, "W001") == []
    # an empty evidence field is no measure
    assert len(_rules(report, "M001")) == 1 and "talk time" in _rules(report, "M001")[0]


def test_a_chronology_table_holds_no_actions():
    report = _lint("""# Review child protection plan for Hana
## Since the initial conference
| Date | What happened | Who told us |
|---|---|---|
| 06/05/2025 | Hana found asleep on the sofa next to her dad during an unannounced visit. | Social worker |
| 19/05/2025 | Mum restarted sertraline; referred to the perinatal mental health team. | GP |
""" + _OUTCOMES + _WORK + _TAIL)
    assert not [a for a in report.plan.actions if "sofa" in a.text or "sertraline" in a.text]
    assert len(report.plan.actions) == 2


def test_a_table_whose_actions_are_past_is_no_chronology_when_it_names_its_work():
    report = _lint("""# Review child protection plan for Hana
## The plan
| Action | What happened so far | Who | When |
|---|---|---|---|
| Weigh Hana at home | Weighed twice, on the 9th centile | Health visitor Jo Hill | every two weeks |
""" + _OUTCOMES + _TAIL)
    assert [a.fields.get("owner") for a in report.plan.actions] == ["Health visitor Jo Hill"]


def test_a_heading_numbered_in_roman_that_opens_on_a_condition_is_the_contingency():
    report = _lint("""# Child protection plan for Harley
## IV. What we are aiming for
Harley goes to school every day.

## V. Who will do what
- The social worker, Tom Hale, will visit Harley at home every two weeks until 24/03/2026 and write what Harley says in his notes.

## VI. If the plan is not keeping Harley safe
If Dad drinks before contact, Nanny Val will end the visit and ring the social worker that day.

## VII. Meetings
Core group every 4 weeks; review conference on 24/03/2026. If progress is not made, the social worker will ask for a legal planning meeting.
""")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["VI. If the plan is not keeping Harley safe"] == "contingency"
    assert kinds["IV. What we are aiming for"] == "outcomes"


def test_the_childs_hoped_for_state_listed_under_an_action_lead_in_is_an_outcome():
    report = _lint("""# Child protection plan for Harley and Bonnie
## What we are aiming for
The conference agreed that by the next review:
  (a) Harley and Bonnie live at home with no shouting, threats or violence.
  (c) Harley is in school every day and no longer stays at home to look after his mum.

## Who will do what
- The social worker, Tom Hale, will visit Harley and Bonnie at home every two weeks until 24/03/2026 and write what they say in his notes.
""" + _TAIL, name="plan.txt")
    texts = [a.text for a in report.plan.actions]
    assert not [t for t in texts if "no shouting" in t or "in school every day" in t]
    assert any("no shouting" in o.text for o in report.plan.outcomes)


def test_a_bullet_setting_someone_to_work_under_an_action_heading_stays_an_action():
    report = _lint("""# Child protection plan for Harley
## Who will do what
- Harley is to be seen on his own at every visit by the social worker, Tom Hale, every two weeks until 24/03/2026; his words go in the visit notes.
- Harley will go to the young carers group every Tuesday from 4 March 2026, shown by the group's register.
""" + _OUTCOMES + _TAIL)
    assert len(report.plan.actions) == 2


def test_a_deadline_heading_with_its_weekday_lends_its_date_to_the_work_under_it():
    report = _lint("""# Child protection plan for Lina
## By October half-term – Friday 24 October
- Anya Kowalczyk (school nurse) will do height, weight and eyesight checks for Lina and send the results to the social worker.

## Ahead of the review conference – Wednesday 10 December
- Carys (social worker) will write her report for the review conference, with Lina's views in her own words, and share it with Dad.
""" + _OUTCOMES.replace("Mia", "Lina") + _TAIL)
    assert _rules(report, "T001") == []
    checks = _action(report, "eyesight checks")
    assert checks.facts.time_status == "ok"


def test_a_stretch_heading_lends_no_deadline():
    report = _lint("""# Child protection plan for Lina
## Over the summer holidays
- Anya Kowalczyk (school nurse) will do height, weight and eyesight checks for Lina and send the results to the social worker.
""" + _OUTCOMES.replace("Mia", "Lina") + _TAIL)
    assert len(_rules(report, "T001")) == 1


def test_a_row_number_column_does_not_stand_before_the_owner_in_a_details_column():
    report = _lint("""# Child protection plan for Chidi
## What will happen
| No. | What needs to happen | Details |
|---|---|---|
| 2 | Agree a written family agreement that no one in the house hits the children | Funmi Adeyemi (social worker) will draw this up with Emeka and Ngozi by 11/07/2025 and ask Chidi at every visit whether it has been kept. |
| 7 | Give Chidi a trusted adult outside the family | Dwayne Pinnock, youth mentor at Keldale Youth Service, will see Chidi every Wednesday for 10 weeks and send his attendance record to the social worker. |
""" + _OUTCOMES.replace("Mia", "Chidi") + _TAIL)
    assert _rules(report, "W001") == []
    agreement = _action(report, "family agreement")
    assert not agreement.fields.get("comment", "").startswith("2")


def test_the_outcome_column_beside_each_worry_holds_the_plans_outcomes():
    report = _lint("""# Safety and change plan for Kacey
## What we are worried about
| What we are worried about | What we want to happen instead |
|---|---|
| Kacey has seen her dad hurt her mum many times. | Kacey lives in a home where nobody is hurt or frightened. |
| Wayne's drinking goes with his violence. | Wayne stops drinking and understands the impact of his behaviour. |
""" + _WORK.replace("Mia", "Kacey") + _TAIL)
    assert [o.text for o in report.plan.outcomes] == [
        "Kacey lives in a home where nobody is hurt or frightened.",
        "Wayne stops drinking and understands the impact of his behaviour."]
    assert _rules(report, "O001") == []
    assert _rules(report, "F002") == ["Wayne stops drinking and understands the impact of his behaviour."]


def test_why_a_score_was_given_is_no_outcome():
    report = _lint("""# Safety plan for Kacey
## Where things are now
| Who | Score | Why |
|---|---|---|
| Mum | 6 | Wayne is not in the house and I would ring the police again. |
| Social worker | 4 | It has only been two months and Wayne has not yet been tested. |
""" + _OUTCOMES.replace("Mia", "Kacey") + _WORK.replace("Mia", "Kacey") + _TAIL)
    assert [o.text for o in report.plan.outcomes] == ["Kacey goes to nursery every day and gains weight steadily."]


def test_a_grid_answered_yes_or_no_is_no_action_table():
    report = _lint("""# Placement plan for Maisie
## Delegated authority
| Decision | Jo and Martin can decide | Rachel (SW) decides | Mum to be asked |
|---|---|---|---|
| Haircuts | No | No | Yes – Mum has asked to be asked |
| School trips within the county | Yes | — | Told afterwards |
| Sleepovers with friends | Yes | ✓ | No |
""" + _OUTCOMES.replace("Mia", "Maisie") + _WORK.replace("Mia", "Maisie") + _TAIL)
    assert len(report.plan.actions) == 2
    assert _rules(report, "U001") == []


def test_a_table_of_work_with_a_yes_or_no_column_is_still_read():
    report = _lint("""# Plan for Maisie
## The plan
| Action | Who | When | Done? |
|---|---|---|---|
| Weigh Maisie at home | Health visitor Jo Hill | every two weeks | No |
| Book Maisie's dental check | Mum | by 30/06/2025 | No |
""" + _OUTCOMES.replace("Mia", "Maisie") + _TAIL)
    assert len(report.plan.actions) == 2


def test_a_review_date_in_a_lead_and_review_column_names_no_owner():
    report = _lint("""# Plan for Leo
## The plan
| Ref | Action | Lead and review date | Measure of success |
|---|---|---|---|
| 3 | Complete the parenting course about routines and boundaries | Shaun Platt (Dad) – review 14/08/2025 | Certificate of attendance shown to the SW |
| 4 | A referral to the young carers project to be made for Leo | Review 31/07/2025 | Acceptance letter on Leo's file |
""" + _OUTCOMES.replace("Mia", "Leo") + _TAIL)
    assert _rules(report, "W001") == ["4 | A referral to the young carers project to be made for Leo | Review 31/07/2025 | Acceptance letter on Leo's file"]
    assert _action(report, "parenting course").facts.owner_status == "ok"


def test_a_passive_still_to_come_is_work_not_a_report():
    report = _lint("""# Next steps for Tyler
## Next steps
1. Lauren (SW) to visit every week and see Tyler on his own; her visit notes will say what he said.
2. Referral to be made to the young carers service for Tyler by half term (24 October).
3. Referral made to CAMHS on 2 September.
""" + _OUTCOMES.replace("Mia", "Tyler") + _TAIL, name="plan.txt")
    texts = [a.text for a in report.plan.actions]
    assert any("young carers" in t for t in texts) and not any("CAMHS" in t for t in texts)
    assert any("young carers" in e for e in _rules(report, "W001"))


def test_a_role_inside_a_collective_owner_names_nobody():
    report = _lint("""# Safety plan for Tyrese
## The plan
| Action | Lead | When | Evidence |
|---|---|---|---|
| Share intelligence on Tyrese's associates and any new phone numbers | All partner agencies | within a day of hearing it | intelligence logged on the police system |
| Tell the DSL the same day about anything Tyrese says that worries us | All staff | the same day | written on a concern form |
| Weekly mentoring sessions with Tyrese | Dwayne Pinnock, youth mentor | every Wednesday | attendance record sent to the SW |
""" + _OUTCOMES.replace("Mia", "Tyrese") + _TAIL)
    vague = _rules(report, "W002")
    assert len(vague) == 2 and all("mentoring" not in v for v in vague)


def test_family_and_friends_are_still_the_familys_help():
    report = _lint("""# Plan for Ewa
## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Help Ewa with the school run and the shopping | Family and friends | every weekday | school register shows Ewa in on time |
| Have Ewa to stay at weekends | Nan (Maria) | every Saturday | Ewa tells the social worker about her weekends |
| Visit Ewa at home and see her on her own | Social worker Jo Hill | every two weeks | visit notes record what Ewa says |
""" + _OUTCOMES.replace("Mia", "Ewa") + _TAIL)
    assert _action(report, "school run").facts.owner_labels >= {"FAMILY_ROLES"}
    assert len(_rules(report, "C003")) == 1
