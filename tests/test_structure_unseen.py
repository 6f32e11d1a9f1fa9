"""Layouts from templates planlint was not written for: columns read by their
content, two fields in one cell, outcome columns in the family's words,
"Action | Update" tables, tables it cannot read, and files that are not plans.
All names are invented."""
import json

from click.testing import CliRunner

from planlint import lint
from planlint.cli import main


def findings(text: str, name: str = "plan.md") -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in lint(text, name=name).findings]


def rules_on(text: str, excerpt: str) -> set[str]:
    return {rule for rule, e in findings(text) if excerpt in e}


WHO_AND_WHEN = """# Child protection plan for Kian Ashdown

## What we will do
| What we want for Kian | Action | Who and when | How we will know |
|---|---|---|---|
| Kian is fed on time and gains weight | Weigh Kian at home | Jo Hill (HV) – every two weeks | Weight chart shared |
| Kian is fed on time and gains weight | Feeding plan with Tara | HV Jo Hill, by 14/03/2025 | Feeding diary seen at each visit |
| Kian is safe at home | Unannounced visits to see Kian | SW Priya Das | Visit records |
"""


def test_unseen_who_and_when_column_gives_owner_and_timescale():
    plan = lint(WHO_AND_WHEN, name="plan.md").plan
    owners = [a.facts.owner for a in plan.actions]
    assert owners == ["Jo Hill (HV)", "HV Jo Hill", "SW Priya Das"]
    assert [a.facts.time_status for a in plan.actions] == ["ok", "ok", "missing"]
    assert rules_on(WHO_AND_WHEN, "Unannounced visits") == {"T001"}
    assert not any(rule == "W001" for rule, _ in findings(WHO_AND_WHEN))


def test_unseen_outcome_column_in_the_familys_words_is_the_outcome():
    plan = lint(WHO_AND_WHEN, name="plan.md").plan
    assert [o.text for o in plan.outcomes] == ["Kian is fed on time and gains weight", "Kian is safe at home"]
    assert all(a.fields["action"] != a.fields["outcome"] for a in plan.actions)
    assert "O001" not in {rule for rule, _ in findings(WHO_AND_WHEN)}


def test_unseen_owner_column_that_also_holds_dates_is_read_as_both():
    text = WHO_AND_WHEN.replace("Who and when", "Lead")
    plan = lint(text, name="plan.md").plan
    assert [a.facts.owner for a in plan.actions][:2] == ["Jo Hill (HV)", "HV Jo Hill"]
    assert [a.facts.time_status for a in plan.actions][:2] == ["ok", "ok"]


ACTION_UPDATE = """# Plan for Mia Kerr

## Actions
| Action | Update |
|---|---|
| Home visits to see Mia on her own | Booked, the first one went well and Mia showed me her room |
| Weigh Mia at the clinic | Last weight was on the 9th centile, a slight rise |
| Parenting course for Dee | A place was offered on the spring course and a letter sent out |
"""


def test_unseen_action_update_table_is_read_and_unclear_owner_is_said_once():
    found = findings(ACTION_UPDATE)
    assert len(lint(ACTION_UPDATE, name="plan.md").plan.actions) == 3
    assert [rule for rule, _ in found].count("U001") == 1
    assert not any(rule in ("W001", "T001") for rule, _ in found)


def test_unseen_update_cell_with_a_date_and_a_role_gives_the_action_both():
    text = ACTION_UPDATE.replace(
        "Booked, the first one went well and Mia showed me her room",
        "The SW will visit every Tuesday; the first visit went well")
    plan = lint(text, name="plan.md").plan
    first = plan.actions[0].facts
    assert (first.owner_status, first.time_status) == ("ok", "ok")


def test_unseen_a_clear_table_without_an_owner_column_still_gets_w001():
    """Every column is one planlint knows: the owners are really missing."""
    text = "# Plan for Mia Kerr\n\n## Actions\n| Action | By when |\n|---|---|\n" \
           "| Home visits to see Mia alone | Weekly |\n| Weigh Mia at the clinic | Every two weeks |\n"
    found = findings(text)
    assert [rule for rule, _ in found].count("W001") == 2
    assert "U001" not in {rule for rule, _ in found}


MINUTES = """Team meeting notes, 4 March

Present: Priya, Sam, Jo

1. Rota for the duty desk
- Sam to update the rota by Friday.
- Jo will book the training room for the away day.

2. Any other business
- The printer on the second floor is fixed.
"""


def test_unseen_team_minutes_are_not_a_plan():
    report = lint(MINUTES, name="minutes.txt")
    assert report.status == "ok" and report.findings == [] and report.score is None
    assert report.plan.reading.plan_found is False
    result = CliRunner().invoke(main, ["check", "-"], input=MINUTES)
    assert result.exit_code == 0 and "no plan found" in result.output


def test_unseen_json_carries_the_understanding_and_each_findings_certainty():
    result = CliRunner().invoke(main, ["check", "--format", "json", "-"], input=ACTION_UPDATE)
    data = json.loads(result.output)["files"][0]
    assert data["understanding"]["certainty"] == "medium"
    assert any("no column says who" in note for note in data["understanding"]["notes"])
    assert {f["certainty"] for f in data["findings"]} <= {"high", "medium", "low"}
    minutes = json.loads(CliRunner().invoke(main, ["check", "--format", "json", "-"], input=MINUTES).output)
    assert minutes["files"][0]["understanding"]["plan_found"] is False


NARRATIVE = """# Plan for Leo Grant

## About Leo

Leo is two. The social worker will visit Leo every week and see him on his own.
Mum will try to take Leo to nursery more often.
"""


def test_unseen_min_certainty_hides_guesses():
    everything = CliRunner().invoke(main, ["check", "--format", "json", "-"], input=NARRATIVE)
    sure = CliRunner().invoke(main, ["check", "--format", "json", "--min-certainty", "high", "-"], input=NARRATIVE)
    all_f = json.loads(everything.output)["files"][0]["findings"]
    sure_f = json.loads(sure.output)["files"][0]["findings"]
    assert any(f["certainty"] == "medium" for f in all_f)
    assert sure_f == [f for f in all_f if f["certainty"] == "high"]


def test_unseen_a_plan_written_to_the_child_calls_the_child_you():
    text = """# My plan – Robin Vale

## What you told Priya
- "I like it when Grandad picks me up."

## What we want to be better for you
- You come home to a Mum who is awake and has tea ready for you.

## Who is going to do what
| What | Who | When | How we'll know |
|---|---|---|---|
| See you on your own at school | Priya Shah, your social worker | Every 2 weeks | Visit notes |
"""
    rules = {rule for rule, _ in findings(text)}
    assert "F002" not in rules and "F003" not in rules
    assert "F002" in {rule for rule, _ in findings(text.replace("My plan – Robin Vale", "Plan – Robin Vale"))}


def test_unseen_hedged_commitments_in_a_letter_are_actions():
    text = ("# Child in need plan for Mason Wilde\n\n## What will happen\n\n"
            "It is hoped that Leanne's GP will review her pain medication. "
            "A young carers assessment will be completed for Mason.\n")
    plan = lint(text, name="letter.md").plan
    owners = {a.text.split()[-1]: (a.facts.owner, a.facts.owner_status) for a in plan.actions}
    assert owners["medication."] == ("Leanne's GP", "ok")
    assert owners["Mason."][1] == "missing"  # a passive with nobody named


def test_unseen_labelled_fields_run_into_one_paragraph_are_one_action():
    text = ("# Core group minutes for Kai Reed\n\n## Action log\n\n"
            "ACTION 1: SW to visit Kai fortnightly WHO: SW Lauren Whitby BY WHEN: Fortnightly "
            "HOW WILL WE KNOW: Visit records show Kai seen alone\n\n"
            "ACTION 2: Referral to the young carers service WHO: BY WHEN: TBC HOW WILL WE KNOW:\n")
    plan = lint(text, name="minutes.md").plan
    assert [a.fields.get("owner") for a in plan.actions] == ["SW Lauren Whitby", ""]
    assert [a.facts.time_status for a in plan.actions] == ["ok", "vague"]


def test_unseen_forms_titled_task_01_and_outline_numbering_in_text():
    export = ("CHILD PROTECTION PLAN\nChild: Ruby Tate\n\nTASKS\nTask 01\n  Task:      Visit Ruby at home\n"
              "  Assigned:  J Powell (SW)\n  Due:       fortnightly\n  Evidence:  Visit records\n"
              "Task 02\n  Task:      Dental appointment for Ruby\n  Assigned:\n  Due:       by 30/04/2025\n"
              "  Evidence:  Dentist's letter\n")
    plan = lint(export, name="export.txt").plan
    assert [a.fields["action"] for a in plan.actions] == ["Visit Ruby at home", "Dental appointment for Ruby"]
    outline = ("# Plan for Leo Sato\n\n## Actions\n\n1. Leo's safety\n   1.1 Day to day\n"
               "      a) SW Nikhil Rao to visit Leo every two weeks; visit notes show Leo seen.\n"
               "      b) Uncle Tomas to have Leo overnight every Sunday.\n")
    actions = [a.text for a in lint(outline, name="plan.md").plan.actions]
    assert actions == ["SW Nikhil Rao to visit Leo every two weeks; visit notes show Leo seen.",
                       "Uncle Tomas to have Leo overnight every Sunday."]


def test_unseen_a_bracketed_gloss_does_not_decide_a_headings_kind():
    text = ("# Plan for Kai Reed\n\n## Contingency (agreed at the review conference)\n\n"
            "If Emma drinks while caring for Kai, Kai will stay with his aunt the same day.\n")
    plan = lint(text, name="plan.md").plan
    assert [s.kind for s in plan.sections if s.heading.startswith("Contingency")] == ["contingency"]


def test_unseen_a_comment_that_opens_with_who_gives_the_owner():
    text = ACTION_UPDATE.replace("Booked, the first one went well and Mia showed me her room",
                                 "SW Peter Hollins – fortnightly. Mia seen alone at every visit")
    first = lint(text, name="plan.md").plan.actions[0].facts
    assert (first.owner, first.owner_status, first.time_status) == ("SW Peter Hollins", "ok", "ok")


def test_unseen_a_heading_that_opens_with_a_condition_is_the_contingency():
    text = ("# Child protection plan for Ruby Pearce\n\n## What we will do\n"
            "- SW Helen Carver will visit every two weeks; visit notes show Ruby seen alone.\n\n"
            "## If Mark's anger puts the children at risk\n\n"
            "If Mark shouts at or grabs either child, Lisa will take them to her sister's the same day "
            "and the SW will ask for a legal planning meeting within five working days.\n")
    plan = lint(text, name="plan.md").plan
    assert [s.kind for s in plan.sections if s.heading.startswith("If Mark")] == ["contingency"]
    assert not {"C001", "R002"} & {rule for rule, _ in findings(text)}


def test_unseen_hedged_commitments_are_marked():
    plan = lint("# Plan for Mia\n\n## What will happen\n\n- Mum will try to take Mia to nursery every day.\n"
                "- The SW will visit Mia every week.\n", name="plan.md").plan
    assert ["hedged" in a.facts.cues for a in plan.actions] == [True, False]


def test_unseen_a_readme_among_the_plans_is_not_a_plan():
    text = "# Plans folder\n\n## The plan\n- Save each plan as a .docx named after the child.\n"
    assert lint(text, name="plans/README.md").plan.reading.plan_found is False
    assert lint(text, name="plans/notes.md").plan.reading.plan_found is True


def test_unseen_a_long_plan_with_one_action_is_read_with_low_certainty():
    body = "".join(f"\nParagraph {i} about the family's history and what happened in the year before.\n"
                   for i in range(25))
    text = f"# Child protection plan for Ava Stone\n{body}\n## Actions\n- The SW will visit Ava weekly.\n"
    report = lint(text, name="plan.md")
    assert report.plan.reading.certainty == "low"
    assert {f.certainty for f in report.findings} == {"low"}
    short = lint("# Child protection plan for Ava Stone\n\n## Actions\n- The SW will visit Ava weekly.\n", name="p.md")
    assert short.plan.reading.certainty != "low"


MINUTES = """# Lily Brown – notes 12 June

## Discussion

Jo Hill said she had visited twice and Lily's weight is on the 25th centile. She will keep weighing Lily at clinic.

Ann Lee said attendance is 91% this half term. School will keep offering breakfast club.

| Action | Who | By when | How we will know |
|---|---|---|---|
| Weigh Lily at home | Jo Hill (HV) | fortnightly | weights on the chart |
| Breakfast club place | Ann Lee (DSL) | from 16/06/2025 | register |
"""


def test_unseen_minutes_with_an_action_table_under_no_heading_keep_the_discussion_as_background():
    """Once a plan has an action table, what people said they would do in the discussion is not an action."""
    plan = lint(MINUTES, name="notes.md").plan
    assert [a.fields["action"] for a in plan.actions] == ["Weigh Lily at home", "Breakfast club place"]
    assert not [f for f in findings(MINUTES, "notes.md") if f[0] in ("T001", "M001")]


CHRONOLOGY = """KESTON COUNCIL - CHILDREN'S SOCIAL CARE
CHRONOLOGY OF SIGNIFICANT EVENTS
Child: Rory BELL   DOB 01/02/2019

12/01/2024  School  Rory arrives without a coat; tells his teacher the heating is broken.
06/03/2024  Police  Neighbour calls 999 about shouting. Mum to be seen by the SW.
08/03/2024  CSC     Letter sent to Mum with helplines. Chronology to be updated before each core group.
"""

TEMPLATE = """# Writing a plan

Replace everything in square brackets.

## What we want for [child's name]
- [Outcome for the child]
- [Outcome for the child]

## Actions
| Action | Who | By when | How we will know |
|---|---|---|---|
| [Action] | [Name and role] | [Date] | [What we will see] |
"""


def test_unseen_a_chronology_is_no_plan():
    result = lint(CHRONOLOGY, name="chronology.txt")
    assert not result.plan.reading.plan_found
    assert "chronology" in result.plan.reading.notes[0]
    assert not result.findings


def test_unseen_a_blank_template_is_no_plan_but_a_redacted_plan_is_a_plan():
    assert not lint(TEMPLATE, name="template.md").plan.reading.plan_found
    redacted = TEMPLATE.replace("[Outcome for the child]", "[Name] sleeps in her own cot every night").replace(
        "| [Action] | [Name and role] | [Date] | [What we will see] |",
        "| Visit [Name] at home | SW Jo Hill | weekly | visit notes |")
    assert lint(redacted, name="plan.md").plan.reading.plan_found


CARDS = """# Plan for Zoe Pike

## Theme 1 – school
| Action | See Zoe at school on her own to help her with her worries |
|---|---|
| Lead | School nurse Amy Ford |
| Timescale | Every two weeks |
| Measure of success | Zoe's words written up for each core group |
"""


def test_unseen_an_action_card_whose_action_reads_like_a_header_is_one_action():
    """"Action | <long action text>" heads a card: the labels down its first column win."""
    actions = lint(CARDS, name="plan.md").plan.actions
    assert len(actions) == 1
    assert actions[0].facts.owner == "School nurse Amy Ford" and actions[0].facts.time_status == "ok"


DETAILS = """# Child's Plan

Children: Lewis Kerr, born 12/08/2015
Lewis's father: Darren Kerr – does not live at the house; bail conditions say he must not come to it
Named person (Lewis): Mrs Anne Cowie, Head Teacher, Ardlogie Primary School
Lead professional: Morven Gillies, Social Worker

## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Lewis at home | Morven Gillies (SW) | every 2 weeks | visit notes |
"""


def test_unseen_long_detail_lines_under_the_title_are_details_not_actions():
    actions = lint(DETAILS, name="plan.md").plan.actions
    assert [a.fields.get("action") for a in actions] == ["Visit Lewis at home"]


CAPS_EXPORT = """KESTON COUNCIL                    CHILD PROTECTION PLAN - PRINT
CHILD 1:        RIO WEBB              DOB 14/02/2014
PARENT:         GAIL WEBB (MOTHER)

SECTION 3 - OUTCOMES
1. RIO IS HOME AND SAFE EVERY NIGHT.

SECTION 4 - ACTION PLAN
NO    ACTION                           RESPONSIBLE       TIMESCALE        MEASURE

--    ------                           -----------       ---------        -------

1     HOME VISITS TO SEE RIO ALONE     SW H BAINES       EVERY 10         VISIT RECORDS
      AND CHECK HIS BEDROOM                              WORKING DAYS     SHOW RIO SEEN

2     CHECK RIO'S ATTENDANCE           DSL MRS OKON      WEEKLY           EMAIL TO SW

SECTION 5 - CONTINGENCY
IF RIO GOES MISSING, GAIL WILL RING THE POLICE AT ONCE.
"""


def test_unseen_fixed_width_print_with_blank_lines_between_rows_and_names_in_capitals():
    plan = lint(CAPS_EXPORT, name="print.txt").plan
    assert [a.fields["action"] for a in plan.actions] == [
        "HOME VISITS TO SEE RIO ALONE AND CHECK HIS BEDROOM", "CHECK RIO'S ATTENDANCE"]
    assert plan.actions[0].fields["timescale"] == "EVERY 10 WORKING DAYS"
    assert plan.facts.child_names == ["Rio"]
    assert all(a.facts.about_child for a in plan.actions)
    assert "F002" not in {rule for rule, _ in findings(CAPS_EXPORT, "print.txt")}


MY_PLAN = """# My Plan

For Amber Sutton, age 9. Made at the child protection conference on 17 June 2025 by everyone.

## What you said
You said you like drama club.

## What grown-ups will do
- Your social worker Kelly will come to see you every two weeks and write down what you tell her.
- Nanny Jean will pick you up from school on Tuesdays and sign the pick-up book.
"""


def test_unseen_my_plan_title_over_prose_and_an_ordinary_words_action_heading():
    plan = lint(MY_PLAN, name="my_plan.md").plan
    assert plan.sections[0].kind == "title"
    assert [s.kind for s in plan.sections if s.heading == "What grown-ups will do"] == ["actions"]
    assert len(plan.actions) == 2


NAMES_IN_PROSE = """# Tarn Council

## Child Protection Plan: Jacob and Poppy Callaghan

This is the plan for Jacob Callaghan, who is 6, and his sister Poppy Callaghan, who is 2.

| Name | Role |
|---|---|
| Lee Gallagher | Mum's partner (Rosie's dad) |
"""


def test_unseen_children_named_in_a_title_or_in_prose():
    facts = lint(NAMES_IN_PROSE, name="plan.md").plan.facts
    assert {"Jacob", "Poppy"} <= set(facts.child_names)
    assert "Rosie" not in facts.parent_names


LETTER = """Dear Kayleigh and Ryan,

Why Harley and Ivy have a plan

Everyone at the conference was worried about the bruise on Ivy's arm.

What we all want for Harley and Ivy

- Ivy is safe from harm and is handled gently by everyone who looks after her.
- Harley feels safe at home and goes to school every day.

What will happen now

I will visit you at home every week and see Harley on his own, and write down what he tells me.
"""


def test_unseen_letter_headings_in_ordinary_words():
    plan = lint(LETTER, name="letter.txt").plan
    kinds = {s.heading: s.kind for s in plan.sections}
    assert kinds["Why Harley and Ivy have a plan"] == "worries"
    assert kinds["What we all want for Harley and Ivy"] == "outcomes"
    assert "O001" not in {rule for rule, _ in findings(LETTER, "letter.txt")}


MISREAD_HEADER = """# Plan for Kai

## The plan
| What needs to change | What will be done | By who | By when | What will tell us it is working |
|---|---|---|---|---|
| Kai feels safe at home | Six worry sessions with Kai | Mr Dylan Hughes, learning mentor | Weekly | Kai's feelings scale goes from 4/10 to 7/10 |
| Kai reads well | Reading catch-up group | Mr Tom Illing, class teacher | Three times a week | Reading age tested in June and October shows a rise of 6 months |
"""


def test_unseen_a_second_action_column_is_a_misread_header_read_by_its_content():
    plan = lint(MISREAD_HEADER, name="plan.md").plan
    assert plan.reading.tables[0].roles[-1] == "measure"
    assert [a.facts.measure_status for a in plan.actions] == ["ok", "ok"]


COMMENTS = """# Plan for Amani

## Actions
| Action | Comments / update |
|---|---|
| IDVA support and safety planning for Amani | IDVA Rachel Moss, Lathenby Domestic Abuse Service<br>• first meeting booked for 14/05 |
| Safe sleep advice for Eli | HV Jo Hill – by 20/05 |
"""


def test_unseen_a_comment_cell_that_opens_with_a_long_role_and_service_names_the_owner():
    plan = lint(COMMENTS, name="plan.md").plan
    assert [a.facts.owner_status for a in plan.actions] == ["ok", "ok"]


POLICY = """# Safeguarding Children Partnership procedures

## 4.7 The child protection plan
4.7.1 The lead social worker makes the outline plan into a detailed plan with the core group within 10 working days.
4.7.2 Every plan must record the child's wishes and feelings.
4.7.3 The plan should be shared with the parents within 1 working day. Plans must say who does what and by when.
"""


def test_unseen_procedures_about_plans_in_general_are_no_plan():
    result = lint(POLICY, name="procedures.md")
    assert not result.plan.reading.plan_found and not result.findings
    named = POLICY.replace("# Safeguarding", "Child: Amelia Hart\n\n# Safeguarding")
    assert lint(named, name="plan.md").plan.reading.plan_found


AGREED_MINUTES = """# Core group meeting – notes and agreed actions

## Outcomes in the child protection plan (ICPC 29/04/2025)
- Lacey and Harley live in a clean, safe home with food in the cupboards every day.
- Lacey gets to school on time and is not worrying about her mum during the day.

## 1. How Lacey and Harley are doing
Marcus has visited three times since conference and the kitchen was cleaner.

Agreed: Marcus (SW) will visit Lacey and Harley at home every week until the next core group.

Agreed: Harley's referral to speech and language therapy will be chased.

Plan: child protection plan from the conference on 29/04/2025.
"""


def test_unseen_minutes_with_agreed_lines_and_a_qualified_outcomes_heading():
    plan = lint(AGREED_MINUTES, name="minutes.md").plan
    assert plan.sections[1].kind == "outcomes"
    assert [a.fields["action"] for a in plan.actions] == [
        "Marcus (SW) will visit Lacey and Harley at home every week until the next core group.",
        "Harley's referral to speech and language therapy will be chased.",
    ]
    assert len(plan.outcomes) == 2


OWNER_PARAGRAPHS = """# Plan for Frankie

## Who will do what

**SW (Hannah Cole):** I will visit every week until the review conference, with at least one visit in
two unannounced. My visit notes will record what Frankie tells me.

**Grandad (Mick Ridley, Sean's dad):** I will take Frankie to school every weekday morning from
18/03/2025. The school register will show her in by 8.45am.

Social worker: Hannah Cole
"""


def test_unseen_paragraphs_that_open_with_their_owner_are_one_action_each():
    actions = lint(OWNER_PARAGRAPHS, name="plan.md").plan.actions
    assert [a.facts.owner for a in actions] == ["SW (Hannah Cole)", "Grandad (Mick Ridley, Sean's dad)"]
    assert all(a.facts.measure_status == "ok" and a.facts.time_status == "ok" for a in actions)


EMAIL = """Subject: Core group 13/05 - Theo Lockett - agreed actions

Hi all,

What we're all working towards
- Theo is fed, warm and gaining weight.

Agreed actions
Me (SW) - visit at least fortnightly, see Jayden on his own each time and write up
  what he says
School: send me Jayden's attendance every Friday
Danielle - make a GP appointment about the low mood she talked about
Everyone - keep an eye on how Theo is presenting and flag any worries to me
Contingency - as discussed, we'll look at it again at the next core group.

Thanks, Natalie
"""


def test_unseen_an_email_with_owner_first_lines_and_hanging_indents():
    actions = lint(EMAIL, name="email.txt").plan.actions
    assert [a.facts.owner for a in actions] == ["Me (SW)", "School", "Danielle", "Everyone"]
    assert [a.facts.owner_status for a in actions] == ["ok", "ok", "ok", "vague"]
    assert actions[0].text.endswith("write up what he says")


REFERRAL = """# Multi-Agency Request for Support

## Section 1: About the referrer
| Details | |
|---|---|
| Name | Mrs Helen Barraclough, Designated Safeguarding Lead |
| School | St Aidan's Primary, Yarlstow |
| When | 12/05/2025 |

## Section 3: What are you worried about?
Imani (7) has come to school hungry on most Mondays and says Mum is "always asleep".

## Section 8: What are you asking for?
An assessment of Imani's needs and support for her mum.
"""


def test_unseen_a_referral_form_is_no_plan_and_a_contact_card_is_no_action():
    result = lint(REFERRAL, name="referral.md")
    assert not result.plan.reading.plan_found and not result.findings
    assert not result.plan.actions


UNOCINI = """# Rathglennan Health and Social Care Trust
## Family Intervention Service – Child Protection Plan

| | |
|---|---|
| **Children** | Caoimhe Devenney, DOB 11/10/2016 (8); Rónán Devenney, DOB 27/02/2020 (5) |
| **Parents** | Siobhán Devenney (mother); Paul Devenney (father) |
| **Address** | 7 Tullyard Park, Rathglennan |

## What we want for the children
- Caoimhe and Rónán are never hit, and are disciplined calmly by both parents.

## Review table
| Area | What has been done | What still needs to happen | Who | By when |
|---|---|---|---|---|
| Home | SW visited 06/03 and 18/03 | Visit Caoimhe and Rónán at home and see them alone | SW Orla Mallon | Every 2 weeks |

## Worries
| What is the worry? | What will happen | Who | When | How will we know |
|---|---|---|---|---|
| Nobody has agreed what happens on the days Siobhán is unwell. | Agree a rota with the family network | SW Orla Mallon | By 30/05/2025 | Rota signed by everyone |
"""


def test_unseen_names_with_accents_details_tables_progress_columns_and_worry_columns():
    result = lint(UNOCINI, name="plan.md")
    plan = result.plan
    assert plan.facts.child_names == ["Caoimhe", "Rónán"]
    review = plan.reading.tables[0]
    assert review.roles[1] == "comment" and review.roles[2] == "action"
    assert not [f for f in result.findings if f.rule == "F002"]


def test_unseen_run_together_detail_labels_are_not_an_owners_paragraph():
    text = """# Plan for Poppy

## Actions
Social worker: Ben Adebayo Team: Dunmere Safeguarding Team 2 North
- SW Ben Adebayo will visit Poppy weekly and record what she says.
"""
    assert [a.facts.owner for a in lint(text, name="plan.md").plan.actions] == ["SW Ben Adebayo"]


def test_unseen_the_date_an_action_was_raised_is_not_its_timescale():
    text = """# Core group action log

| Date raised | Action | Lead | Due | Status |
|---|---|---|---|---|
| 03/03/2025 | Apply for Jack's funded nursery place | FSW Gail Summers | ASAP | Outstanding |
"""
    plan = lint(text, name="log.md").plan
    assert plan.reading.tables[0].roles[0] == "comment"
    assert plan.actions[0].facts.time_status == "vague"


def test_unseen_a_title_row_merged_across_the_top_of_each_table(tmp_path):
    """Care plans often put "Need: Health" across the top of each small table,
    with the column headers in the row under it."""
    from docx import Document

    d = Document()
    d.add_heading("Care plan for Leah Hart", 1)
    for need, row in [("Health", ("Leah to have her review health assessment", "LAC nurse Sian Pugh", "By 30/05/2025",
                                  "Report shared with the SW")),
                      ("Education", ("PEP meeting to agree tuition", "Designated teacher Mr Okafor", "By 06/06/2025",
                                     "PEP targets sent to the Virtual School"))]:
        t = d.add_table(rows=2, cols=4)
        t.cell(0, 0).merge(t.cell(0, 3)).text = f"Need: {need}"
        for c, h in zip(t.rows[1].cells, ["What will happen", "Who", "When", "How we will know"]):
            c.text = h
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    path = tmp_path / "care.docx"
    d.save(path)
    result = lint(path)
    assert [a.fields["action"] for a in result.plan.actions] == [
        "Leah to have her review health assessment", "PEP meeting to agree tuition"]
    assert not [f for f in result.findings if f.rule in ("T001", "W001", "M001")]


def test_unseen_child_named_in_a_record_title():
    plan = lint("# Core group record – Rónán Cole\n\n## Action log\n- SW Jo Hill will visit Rónán weekly.\n",
                name="record.md").plan
    assert plan.facts.child_names == ["Rónán"]


OBJECTIVES_EXPORT = """CHILD PROTECTION PLAN - PRINTED FROM CASEWORK
Child: Tia Morgan   DOB: 03/03/2019

OBJECTIVE 1: Tia is safe at home and is not exposed to violence.

  Action 1.1: Complete a safety plan with Mum covering what she will do if Lee comes to the flat
  Responsible: Jo Hill (SW)
  Target date: 30/06/2025
  Success measure: Signed safety plan on file

  Action 1.2: Refer Lee to the Change programme
  Responsible: Jo Hill (SW)
  Target date: ASAP
  Success measure:

OBJECTIVE 2: Tia goes to school every day.

  Action 2.1: Send weekly attendance to the SW
  Responsible: DSL Ann Lee
  Target date: Weekly
  Success measure: Attendance above 95%
"""


def test_unseen_an_export_with_objectives_and_numbered_action_forms():
    plan = lint(OBJECTIVES_EXPORT, name="export.txt").plan
    assert [o.text.split(":")[0] for o in plan.outcomes] == ["OBJECTIVE 1", "OBJECTIVE 2"]
    assert [(a.facts.owner_status, a.facts.time_status, a.facts.measure_status) for a in plan.actions] == [
        ("ok", "ok", "ok"), ("ok", "vague", "missing"), ("ok", "ok", "ok")]


def test_unseen_a_form_reference_above_the_title_and_details_lines_under_it():
    text = """Form CP1 (rev. 11/2024)

# Child Protection Plan – Initial
Allocated SW: Priya Nandra (Advanced Practitioner), tel. 01632 960 774
Address: 14 Wenlock Rise, Bramblecote BC4 7HT

## The plan
- SW Priya Nandra will visit Riley weekly and record what he says.
"""
    plan = lint(text, name="plan.md").plan
    assert plan.sections[1].kind == "title"
    assert [a.facts.owner for a in plan.actions] == ["SW Priya Nandra"]


def test_unseen_a_conference_invitation_is_no_plan():
    text = """ZELLINGFORD COUNCIL

INVITATION TO A REVIEW CHILD PROTECTION CONFERENCE

Child: Amelia Hart. You are invited to the review conference on 12/06/2025 at 10am.
Please send your written report to the conference team by 05/06/2025.
"""
    result = lint(text, name="invite.txt")
    assert not result.plan.reading.plan_found and not result.findings


import pytest  # noqa: E402


@pytest.mark.parametrize("heading", [
    "Reminder – what the plan is trying to achieve (from RCPC 12/02/2025)", "What the plan is for",
    "What needs to be true for Leo and Maisie", "What I want to be different",
])
def test_unseen_outcome_headings_in_ordinary_words(heading):
    text = f"""# Plan for Leo

## {heading}
- Leo lives in a warm, clean home with food in the cupboards.

## The plan
- SW Jo Hill will visit Leo weekly and record what he says.
"""
    plan = lint(text, name="plan.md").plan
    assert plan.sections[1].kind == "outcomes"
    assert [o.text for o in plan.outcomes] == ["Leo lives in a warm, clean home with food in the cupboards."]


def test_unseen_a_details_line_that_gives_its_person_nothing_to_do_is_no_action():
    text = """# Plan for Ezra

## The plan
GP: Dr Fiona Haldane, Mill Race Surgery, Glasswick
Parents: Jade Tolland (20) and Connor Fenn (23)
Gatlow Homes (Sunita) - inspect the damp and mould in the bedroom, date TBC
"""
    actions = lint(text, name="plan.md").plan.actions
    assert [a.facts.owner for a in actions] == ["Gatlow Homes (Sunita)"]


def test_unseen_what_already_happened_in_a_prose_plan_is_not_an_action():
    text = """# Health visiting plan for Ava

## What I will do
On 9 June I showed Jade and Connor how to make up a bottle, and Connor made the next one himself. I will weigh Ava at home every week and plot each weight in her red book. A referral will be made to the infant feeding team by Friday 13 June.
"""
    actions = lint(text, name="plan.md").plan.actions
    assert [a.text.split()[0] for a in actions] == ["I", "A"]
    assert actions[1].facts.owner_status == "missing"  # a deadline is not who makes the referral


LEAFLET = """# What is a child protection conference?
A meeting where family and professionals share what they know about your child.

## Who will be there?
You, your social worker, the chair and the professionals who know your child.

## What is a child protection plan?
It sets out what needs to change to keep your child safe, who will do what and by when.
A core group of you and the professionals will meet within 10 working days to make it detailed.
"""


def test_unseen_leaflet_that_asks_what_a_plan_is_is_no_plan():
    result = lint(LEAFLET, name="leaflet.md")
    assert not result.plan.reading.plan_found and not result.findings
    assert "plans in general" in result.plan.reading.notes[0]
    named = LEAFLET.replace("# What is", "Child: Amelia Hart\n\n# What is")
    assert not any("plans in general" in n for n in lint(named, name="plan.md").plan.reading.notes)


ASSESSMENT = """# Child and Family Assessment

## Leo's experience
Leo told me he likes his teacher and gets hungry at school.

## Recommendations
A plan for Leo should be agreed with the family and professionals at conference if the threshold is confirmed.
"""


def test_unseen_a_document_titled_as_an_assessment_is_no_plan():
    result = lint(ASSESSMENT, name="assessment.md")
    assert not result.plan.reading.plan_found and not result.findings
    planned = ASSESSMENT.replace("# Child and Family Assessment", "# Assessment and plan")
    assert not any("assessment" in n for n in lint(planned, name="plan.md").plan.reading.notes)


NEEDS_DOING = """# Care plan for Poppy Dale

## How Poppy is doing – what we see
Poppy is unsettled after feeds but calms quickly when she is held skin to skin.

## The plan
| What needs doing | Who | When | How we'll know |
|---|---|---|---|
| Visit Poppy on the unit and see her being fed | SW Hana Obi | Twice a week | Visit records |
| Hold a discharge planning meeting on the ward | Discharge co-ordinator Kim Dale | By 20 May | Written discharge plan |
"""


def test_unseen_what_needs_doing_is_the_action_column_and_what_we_see_is_the_babys_day():
    result = lint(NEEDS_DOING, name="plan.md")
    assert [a.fields["action"][:5] for a in result.plan.actions] == ["Visit", "Hold "]
    assert not result.plan.outcomes or all("Visit" not in o.text for o in result.plan.outcomes)
    assert {s.heading: s.kind for s in result.plan.sections}["How Poppy is doing – what we see"] == "child_voice"
    assert "F003" not in {f.rule for f in result.findings}


SAFETY_PLAN_TITLE = """# Millbeck Council – Children's Services
## Our safety plan for Tyler and Ruby (Signs of Safety)

**Children:** Tyler Royle (7) and Ruby Royle (4)
**Child protection plan:** from the initial conference on 27/03/2025 (emotional abuse)
**Social worker:** Sam Whitcombe

### Safety goal

Everyone will be confident that Tyler and Ruby are always with a sober adult, for at least six months.

### Next steps

1. Sam (SW) will see Tyler and Ruby at home every two weeks; visit notes on file.
"""


def test_unseen_a_plan_named_for_the_children_is_the_title_and_its_detail_lines_are_no_actions():
    plan = lint(SAFETY_PLAN_TITLE, name="plan.md").plan
    kinds = {s.heading: s.kind for s in plan.sections}
    assert kinds["Our safety plan for Tyler and Ruby (Signs of Safety)"] == "title"
    assert kinds["Safety goal"] == "outcomes"
    assert [a.text[:9] for a in plan.actions] == ["Sam (SW) "]


PARENTS_WISHES = """# Pre-birth plan for Baby Ferreday

Mum: Naomi Ferreday. Dad: Tom Ferreday.

## What Naomi and Tom want
Tom said he is "scared of it happening again, but this time we've got a plan".

## What we want for the baby
The baby is fed, warm and safe with a mother who is well enough to care for them.

## What needs to happen
- Midwife Jess Wardle to visit Naomi weekly from 1 May; notes in the maternity record.
"""


def test_unseen_parents_wishes_under_a_what_they_want_heading_are_not_outcomes():
    result = lint(PARENTS_WISHES, name="plan.md")
    assert [o.text[:9] for o in result.plan.outcomes] == ["The baby "]
    assert "F002" not in {f.rule for f in result.findings}


OUTLINE = """CHILD PROTECTION PLAN FOR FINLEY DALBY

THE PLAN

1   FINLEY IS SAFE FROM BEING HURT
    Outcome: Finley is not hurt and can tell his teacher he feels safe at home.

    1.1  In school
         (a) Class teacher Mr Osei to see Finley every morning and
             record any marks in the school log.
         (b) Umbercott Primary to offer Finley ELSA sessions when a slot
             becomes available.

2   FINLEY'S BABY SISTER IS WELL
    2.1  Health
         (a) Isla's 8-week immunisations to be rebooked; red book updated by 20/06/2025.

CONTINGENCY PLAN
If Finley has a mark, school will ring the SW the same day and a strategy discussion will be held.
"""


def test_unseen_themes_under_an_empty_plan_heading_are_the_plan():
    result = lint(OUTLINE, name="plan.txt")
    kinds = [s.kind for s in result.plan.sections if s.heading[:1].isdigit()]
    assert kinds == ["actions", "actions"]
    texts = [a.text[:12] for a in result.plan.actions]
    assert texts == ["Class teache", "Umbercott Pr", "Isla's 8-wee"]


def test_unseen_lettered_items_at_one_margin_are_siblings():
    items = [b for b in lint(OUTLINE, name="plan.txt").plan.document.blocks if b.text.startswith(("Class", "Umbercott"))]
    assert [b.level for b in items] == [1, 1]


def test_unseen_a_task_about_the_child_with_nobody_named_is_an_action_not_an_outcome():
    result = lint(OUTLINE, name="plan.txt")
    assert not any(o.text.startswith("Isla's") for o in result.plan.outcomes)
    assert any(f.rule == "W001" and f.excerpt.startswith("Isla's") for f in result.findings)


SUB_BULLETS = """# Child protection plan for Jayden Finnegan

## What we want for Jayden
- Jayden lives in a home with no shouting or violence.

### Actions

- **Weekly visits to Jayden**
  - who: SW Leah Pritchard
  - when: every 2 weeks from 14/04/2025
  - we'll know: visit notes show Jayden seen alone
- **Tell the SW the same day if Dale comes to the flat**
  - who: everyone
  - when: same day
  - we'll know: calls logged on Jayden's file
"""


def test_unseen_who_when_sub_bullets_are_the_fields_of_the_bullet_above():
    result = lint(SUB_BULLETS, name="plan.md")
    actions = result.plan.actions
    assert [a.text for a in actions] == ["Weekly visits to Jayden", "Tell the SW the same day if Dale comes to the flat"]
    assert [a.fields.get("owner") for a in actions] == ["SW Leah Pritchard", "everyone"]
    assert [f.rule for f in result.findings if f.excerpt.startswith(("Weekly", "Tell"))] == ["W002"]


OUTLINE_HEADINGS = """# Child protection plan for Ellis Hartigan

## The plan

### 1.1 Home visits, planned and unannounced, seeing Ellis on his own
a) Who: SW Natalie Rusk
b) When: every two weeks
c) Evidence: visit records show Ellis seen alone

### 1.2 Assessment of Carl's drinking and his readiness to change
a) Who: OAS key worker Rob Tiernan
b) When: by 30/05/2025
c) Evidence: –
"""


def test_unseen_a_heading_over_who_when_evidence_lines_is_an_action():
    result = lint(OUTLINE_HEADINGS, name="plan.md")
    assert [a.fields.get("owner") for a in result.plan.actions] == ["SW Natalie Rusk", "OAS key worker Rob Tiernan"]
    assert [(f.rule, f.excerpt[:3]) for f in result.findings if f.rule in ("M001", "W001", "T001")] == [("M001", "1.2")]


def test_unseen_bilingual_headers_name_their_roles_in_either_language():
    from planlint import loader
    from planlint.structure.tables import map_header

    header = ["Canlyniad / Outcome", "Beth fydd yn digwydd / What will happen", "Pwy a phryd / Who and when",
              "Sut y byddwn yn gwybod / How we will know"]
    assert map_header(header, loader.phrase_table("columns.toml")) == ["outcome", "action", "owner+timescale", "measure"]


def test_unseen_your_plan_heading_is_the_title_and_what_you_told_us_is_the_voice():
    text = """# Audenby Council

## Your plan, Kian

### What you told us
You wrote: "I like it at Grandad's because it's calm."

### What we all want for you
- You feel safe at home and sleep through the night.

### Who is going to do what
- Maya (your social worker) will see you on your own every two weeks from 1 May; she will write down what you say.
"""
    plan = lint(text, name="plan.md").plan
    kinds = {s.heading: s.kind for s in plan.sections}
    assert (kinds["Your plan, Kian"], kinds["What you told us"], kinds["What we all want for you"]) == \
        ("title", "child_voice", "outcomes")
    assert [a.text[:4] for a in plan.actions] == ["Maya"]


COMMENT_LEADS = """# Child protection plan for Nia Prydderch

## Actions
| Action | Comments |
|---|---|
| Weekly time with Nia's ELSA at school | Mrs Bethan Lloyd, ELSA at Ysgol Bryn Onnen, every Wednesday from 19/03/2025. Her session log records what Nia says. |
"""


def test_unseen_a_comment_that_names_who_then_when_gives_the_owner():
    action = lint(COMMENT_LEADS, name="plan.md").plan.actions[0]
    assert action.facts.owner_status == "ok"
    assert action.facts.owner.startswith("Mrs Bethan Lloyd, ELSA")


@pytest.mark.parametrize("heading", ["Desired changes", "Vision", "The plan is working when", "What we need to see",
                                     "Looking ahead"])
def test_unseen_outcomes_under_ordinary_headings_or_known_by_their_content(heading):
    text = (f"# Plan for Kai Smith\n\n## {heading}\n- Kai goes to school every day.\n- Kai is safe at home.\n\n"
            "## Actions\n- SW to visit weekly from 1 May; notes on file.\n")
    assert "O001" not in {f.rule for f in lint(text, name="plan.md").findings}


def test_unseen_a_past_account_of_the_child_is_not_an_outcome():
    text = ("# Plan for Kai Smith\n\n## Looking back\n- Kai was born early.\n- Kai had a hard start.\n\n"
            "## Actions\n- SW to visit weekly from 1 May; notes on file.\n")
    assert "O001" in {f.rule for f in lint(text, name="plan.md").findings}


PHASES = """PLAN FOR BABY SMITH

PHASE 1 - BEFORE THE BABY IS BORN: the baby is born safely and goes home to a safe flat
- Midwife Jo Bell to see Mum weekly from 1 May; notes in the maternity record.

PHASE 2 - THE FIRST 12 WEEKS: the baby is fed, warm and gains weight
- HV Amy Cole to weigh the baby weekly from birth; weights in the red book.

Action: the baby is seen weekly by HV Amy Cole from birth; weights in the red book.
"""


def test_unseen_phase_banners_name_outcomes_and_labelled_actions_stay_actions():
    plan = lint(PHASES, name="plan.txt").plan
    assert [o.text[:22] for o in plan.outcomes] == ["the baby is born safel", "the baby is fed, warm "]
    assert [a.text[:9] for a in plan.actions] == ["Midwife J", "HV Amy Co", "Action: t"]


def test_unseen_progress_and_rag_columns_beside_a_measure_column_are_reports_not_measures():
    from planlint import loader
    from planlint.structure.tables import map_header

    columns = loader.phrase_table("columns.toml")
    header = ["What will happen", "Who", "When", "How will we know", "Progress since ICPC", "RAG"]
    assert map_header(header, columns)[3:] == ["measure", "comment", "comment"]
    assert map_header(["Action", "Who", "When", "Evidence of progress", "RAG / update"], columns)[3:] == \
        ["measure", "comment"]
    # alone, a progress column still only reports so far (writers read it as a status, dfc31f3);
    # "Progress shown by" says how it is measured
    assert map_header(["Action", "Who", "When", "Progress"], columns)[3] == "comment"
    assert map_header(["Action", "Who", "When", "Progress shown by"], columns)[3] == "measure"


RAG_REVIEW = """# Review plan for Kai Ferris

## Plan
| What will happen | Who | When | How will we know | Progress since ICPC |
|---|---|---|---|---|
| Call in after school to check Leanne is sober | Gran (Pat) | Every weekday | - | Going well, Pat calls in most days |
"""


def test_unseen_a_progress_note_does_not_fill_an_empty_measure():
    assert "M001" in {f.rule for f in lint(RAG_REVIEW, name="plan.md").findings}


DASHED_OWNERS = """# Core group actions for Kai Smith

Present: Jo Bell (social worker), Karen Watts (health visitor).
Kai's worker Karen Watts and the nurse Amy Cole were thanked.

## Actions
- Referral to speech and language therapy – SW – by 30 June 2025.
- Speak to Kai about his worries [Amy Cole] before the next core group.
"""


def test_unseen_an_owner_between_dashes_or_in_square_brackets():
    owners = [a.facts.owner for a in lint(DASHED_OWNERS, name="plan.md").plan.actions]
    assert owners == ["SW", "Amy Cole"]


FLIPCHART = """CORE GROUP 12/06/25 - TYLER AKERS

ACTIONS
- SW (Mel) - visit every wk, see Tyler + cot -> visit recs show cot seen
- Lee + Kirsty -> Steady Steps parenting group, 6 wks from 17/06, certificate to SW

Lorna agreed the family's plan. The professionals will do these things alongside it.
"""


def test_unseen_typed_up_notes_with_arrows_and_shorthand():
    result = lint(FLIPCHART, name="notes.txt")
    owners = [a.facts.owner for a in result.plan.actions]
    assert owners == ["SW (Mel)", "Lee + Kirsty"]
    assert not [f for f in result.findings if f.rule in ("T001", "M001", "W001", "W002")]


def test_unseen_a_gloss_naming_two_roles():
    from planlint import loader
    from planlint.structure.tables import map_header

    header = ["Need", "Goal for Ivy", "Care and intervention (who and when)", "Evaluation"]
    assert map_header(header, loader.phrase_table("columns.toml"))[2] == "action+owner+timescale"


FGC_BANNERS = """# Family plan for Kayden Rourke

## What the family will do
| What | Who | When | How we'll know |
|---|---|---|---|
| If Jade is having a bad day with her mood | < | < | < |
| Take Kayden to school | Auntie Shauna | Every weekday | School register |

SW: Mel Akers, CP plan since ICPC 29/05/25 - NEGLECT
"""


def test_unseen_a_condition_banner_is_no_adult_outcome_and_a_start_date_is_no_timescale():
    result = lint(FGC_BANNERS, name="plan.md")
    rules = {(f.rule, f.excerpt[:7]) for f in result.findings}
    assert not any(rule == "F002" for rule, _ in rules)
    assert not any(a.text.startswith("SW: Mel") for a in result.plan.actions)


def test_unseen_outcomes_said_in_a_sentence_or_a_must_be_different_column():
    from planlint import loader
    from planlint.structure.tables import map_header

    header = ["What must be different for Kayden and Lacey", "What will be done", "Who is leading", "By when"]
    assert map_header(header, loader.phrase_table("columns.toml"))[:2] == ["outcome", "action"]
    text = ("# Review plan for Tiana Osei\n\n## The plan\nThe outcomes the conference wants for Tiana are that she "
            "goes to school every day and knows who will step in if her mum becomes unwell.\n\n"
            "To get there, Owen Pritchard (SW) will see Tiana every two weeks from 1 May; visit notes on file.\n")
    assert "O001" not in {f.rule for f in lint(text, name="plan.md").findings}


@pytest.mark.parametrize("heading", ["Kai's experiences", "Kai's story", "Direct work with Kai", "Impact on Kai"])
def test_unseen_the_childs_world_under_ordinary_headings(heading):
    text = (f"# Plan for Kai Smith\n\n## {heading}\nKai is often hungry and tired at school and stays in his room.\n\n"
            "## Actions\n- SW to visit weekly from 1 May; notes on file.\n")
    assert "F003" not in {f.rule for f in lint(text, name="plan.md").findings}


def test_unseen_owner_banner_rows_across_a_table_own_the_rows_under_them(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Child protection plan for Kai Smith", 1)
    document.add_heading("What each of us will do", 2)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "When", "How we will know"]):
        cell.text = text

    def banner(text):
        row = table.add_row()
        row.cells[0].merge(row.cells[2]).text = text

    def action(*texts):
        for cell, text in zip(table.add_row().cells, texts):
            cell.text = text

    banner("Social worker – Jo Bell")
    action("Visit Kai at home and see him alone", "Weekly from 1 May", "Visit notes on file")
    banner("Health visitor – Amy Cole")
    action("Weigh Kai and plot his growth", "Monthly", "Weight chart in the red book")
    path = tmp_path / "banners.docx"
    document.save(path)
    result = lint(path)
    assert [a.facts.owner for a in result.plan.actions] == ["Social worker – Jo Bell", "Health visitor – Amy Cole"]
    assert "W001" not in {f.rule for f in result.findings}
    assert not any(o.text.startswith(("Social worker", "Health visitor")) for o in result.plan.outcomes)


def test_unseen_case_system_abbreviated_field_labels():
    text = ("CHILD PROTECTION PLAN - AMBER QUAYLE\n\nOBJECTIVES AND ACTIONS\n\n"
            "  1.1  Home visits; see Amber alone; test door alarm\n"
            "       > RESP: SW A Begum\n       > TGT:  every 10 working days\n"
            "       > EVID: visit recs show Amber seen alone\n")
    action = lint(text, name="plan.txt").plan.actions[0]
    assert (action.fields.get("owner"), action.facts.time_status, action.facts.measure_status) == \
        ("SW A Begum", "ok", "ok")
