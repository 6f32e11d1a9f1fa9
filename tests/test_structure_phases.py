"""Layouts met in plans written elsewhere: a plan set out as Now / Next /
Later, a key to the people it names, a conference's decisions before its
plan, a two-column "Area | What will happen" table, and a lead-in line under
an outcomes heading. All names are invented."""
from planlint import lint

NOW_NEXT_LATER = """# Ivo and Nell's plan: Now, Next, Later

## People in this plan

- Pia Lund – social worker, Ashvale Children's Services
- Dr Omar Reyes – consultant perinatal psychiatrist, Ashvale Perinatal Mental Health Team
- Rita Marsh – Mara's mum

## What Ivo tells us

Ivo said "I like it when Nan comes" and that he wants Mum to be well.

## What we want for Ivo and Nell

Agreed with Mara and Rita, in their own words:

- "Ivo gets to school on time every day with breakfast inside him."
- "Nell is fed and changed by a grown-up who is well."

## NOW – the next two weeks (by 6 June 2025)

- Pia will visit Ivo and Nell at home twice a week until 12 June; her visit notes will show both children seen.
- Dr Reyes will see Mara by 4 June and write to Pia on whether Mara can care for Ivo and Nell, and how soon.

## LATER – by the review conference on 26 August 2025

- Pia will do "three houses" with Ivo in July and bring his drawings to the review conference.
- Rita will take Ivo to school every Monday from 2 June; the school register will show him in by 8.50am.

## If things go wrong

If Mara becomes unwell, Nell and Ivo will stay with Rita that day. If Rita cannot have them, Pia will arrange
foster carers the same day and ask for a legal planning meeting within 5 working days.

## When we meet

Core group every three weeks from 12 June 2025. Review conference: 26 August 2025.
"""


def test_now_next_later_sections_hold_the_plans_work():
    report = lint(NOW_NEXT_LATER, name="plan.md")
    kinds = {s.heading.split(" –")[0]: s.kind for s in report.plan.sections}
    assert kinds["NOW"] == kinds["LATER"] == "actions"
    assert kinds["People in this plan"] == "details"
    assert kinds["When we meet"] == "review"
    assert report.actions == 4  # the people key holds no work


def test_a_person_introduced_in_the_key_is_known_by_surname():
    report = lint(NOW_NEXT_LATER, name="plan.md")
    dr = next(a for a in report.plan.actions if a.text.startswith("Dr Reyes"))
    assert "MH_SERVICES" in dr.facts.owner_labels
    assert "F004" not in {f.rule for f in report.findings}


def test_a_lead_in_with_a_clause_is_not_a_heading_or_an_outcome():
    report = lint(NOW_NEXT_LATER, name="plan.md")
    assert [o.text for o in report.plan.outcomes] == [
        '"Ivo gets to school on time every day with breakfast inside him."',
        '"Nell is fed and changed by a grown-up who is well."',
    ]


def test_the_exemplary_phased_plan_gets_no_findings():
    assert lint(NOW_NEXT_LATER, name="plan.md").findings == []


def test_a_heading_without_time_over_housekeeping_is_not_a_phase():
    email = ("Hi all,\n\nA few housekeeping points:\n\n- Aaliyah will chair the meeting.\n"
             "- Reception will have a list of names for everyone.\n")
    assert all(s.kind != "actions" for s in lint(email, name="e.txt").plan.sections)


DECISIONS = """# Review child protection conference: Ivo Marsh

Ivo Marsh, 7, Year 2 at Hill Primary

## 3. Decisions of the conference

1. Ivo remains subject to a child protection plan under the category of neglect.
2. The plan in section 5 replaces the plan made at the initial conference.
3. Pia Lund (SW) will send the plan to the family by 20 May 2025 and read it with Mara at home.

## 5. The child protection plan

| Area | What will happen |
|---|---|
| Mara's drinking | Mara will go to her group at Ashvale Recovery every Wednesday. Her recovery worker, Tom Bell, will breath-test her at each session and write to the SW before every core group with the results. |
| Mornings | Rita Marsh (Nan) will take Ivo to school every Monday from 19 May; the school register will show him in by 9am. |
"""


def test_a_conferences_findings_are_not_work_but_its_commitments_are():
    report = lint(DECISIONS, name="plan.md")
    texts = [a.text for a in report.plan.actions]
    assert not any(t.startswith(("Ivo remains", "The plan in section")) for t in texts)
    assert any(t.startswith("Pia Lund (SW) will send") for t in texts)


def test_an_area_column_is_a_topic_not_an_owner_or_an_outcome():
    report = lint(DECISIONS, name="plan.md")
    rows = [a for a in report.plan.actions if a.source == "table"]
    assert [a.facts.owner for a in rows] == ["Mara", "Rita Marsh (Nan)"]
    assert "F002" not in {f.rule for f in report.findings}


def test_an_adult_service_committed_in_a_later_sentence_counts_for_f004():
    assert "F004" not in {f.rule for f in lint(DECISIONS, name="plan.md").findings}


def test_a_child_listed_with_an_age_is_the_planned_for_child():
    assert "Ivo" in lint(DECISIONS, name="plan.md").plan.facts.child_names


GOALS = """# Family plan for Ivo Marsh

## What Ivo says

Ivo said "I want a proper bed" and "I like Nan's chips".

## Our goals

### Goal 1 – Ivo lives in a clean, safe house with food in and a bed of his own

Where we are now: **4 out of 10**

1. Liam Hardy (family support worker) will do a session with Mara at home every Tuesday from 1 July
   – the checklist he fills in each week should show every room good enough by 19 August.
2. Pia Lund (social worker) will order a bed for Ivo by 4 July – we'll know when Pia sees Ivo's bed
   made up at a visit in July.
3. Bev Harlow (school nurse) will do a health check for Ivo by 18 July
   – she will give Pia his height and weight in writing.
"""


def test_numbered_steps_under_a_goal_are_actions():
    report = lint(GOALS, name="plan.md")
    assert [a.text.split(" (")[0] for a in report.plan.actions] == ["Liam Hardy", "Pia Lund", "Bev Harlow"]


def test_a_dash_carrying_a_sentence_on_is_no_item_of_its_own():
    report = lint(GOALS, name="plan.md")
    bev = report.plan.actions[-1]
    assert bev.text.endswith("– she will give Pia his height and weight in writing.")
    assert not [f for f in report.findings if f.rule in ("T001", "W001")]


def test_outcomes_without_dated_work_stay_outcomes():
    plan = ("# Plan for Ivo Marsh\n\n## Our goals\n\n"
            "1. Mara will be able to keep Ivo safe at home.\n2. Mara will stop drinking.\n"
            "3. Ivo will go to school every day.\n")
    report = lint(plan, name="plan.md")
    assert report.actions == 0 or all(a.section != "outcomes" for a in report.plan.actions)
    assert len(report.plan.outcomes) == 3


BILINGUAL_LETTER = """**Cyngor Sir Ashvale · Ashvale County Council**

Annwyl Ffion · Dear Ffion,

Thank you for coming to the conference. Here is your plan in plain words.

## Pam mae gen ti gynllun · Why you have a plan

Everyone agreed that you need a child protection plan.

## Beth fydd yn digwydd · What will happen – who, when, and how we'll know

- I'll see you on your own every two weeks and write down what you tell me for every core group.
- Mrs Jenkins, your Head of Year, will ring me by 10am on any day you're not in school.
"""


def test_a_long_bilingual_heading_is_still_a_heading():
    report = lint(BILINGUAL_LETTER, name="letter.md")
    assert any(s.kind == "actions" and s.heading.startswith("Beth fydd") for s in report.plan.sections)
    assert report.actions == 2


def test_the_child_a_letter_greets_about_their_plan():
    report = lint(BILINGUAL_LETTER, name="letter.md")
    assert report.plan.facts.child_names == ["Ffion"]


def test_a_letter_to_parents_does_not_make_them_children():
    letter = BILINGUAL_LETTER.replace("Annwyl Ffion · Dear Ffion", "Dear Shannon and Liam").replace(
        "you need a child protection plan", "Jayden needs a child protection plan").replace(
        "Here is your plan", "Here is Jayden's plan").replace("Why you have a plan", "Why Jayden has a plan")
    assert "Shannon" not in lint(letter, name="letter.md").plan.facts.child_names


CHILD_FRIENDLY = """# Ruby's Plan – the grown-ups' promises

This is the same plan the grown-ups agreed at the conference, written so that Ruby can read it.

**Ruby Quinlan, age 9** · lives with Mum (Jade Quinlan)

## The promises

1. **Mum (Jade):** "I won't drink alcohol when I'm looking after you, and I'll go to my appointment every
   Wednesday. You'll know because my tests will come back clear and Marcus will tell Dev every week."
2. **Dev (social worker):** "I'll see you at home every other Tuesday and we'll fill in your worry scale
   together, and it goes in your file so the grown-ups can see how you're feeling."

## When the grown-ups will meet

- The grown-ups who made these promises (the core group) will meet every 4 weeks from 10 July 2025.
"""


def test_a_plan_written_for_the_child_to_read():
    report = lint(CHILD_FRIENDLY, name="ruby.md")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["The promises"] == "actions" and kinds["When the grown-ups will meet"] == "review"
    mum = report.plan.actions[0]
    assert mum.facts.about_child  # "looking after you": Ruby
    assert not [f for f in report.findings if f.rule in ("F001", "M002", "W002")]


def test_meeting_a_childs_needs_is_no_meeting():
    from planlint import loader
    from planlint.structure.sections import classify_heading
    assert classify_heading("How we will meet Kayden's needs", loader.phrase_table("sections.toml", ())) != "review"
