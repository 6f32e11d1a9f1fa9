"""Classes met on tuning batch 61 (measures, timescales and owners written every way; a
parent's illness; less common plan types), on invented text, and two reading mends: the
word that leads into a time is cut from the owner before it, and a comma ends the clause a
length's time word could sit in. All names are invented."""
from test_unseen_layouts_15 import _OUTCOMES, _TAIL, _action, _lint, _rules


def test_the_word_leading_into_a_time_is_not_part_of_the_owner():
    report = _lint("""# Child protection plan for Mia
""" + _OUTCOMES + """## Action plan
| Action | Who / when | How we'll know |
|---|---|---|
| Weigh Mia at home | HV Jo Hill every 2 wks; 1 a month unannounced | Weights in the red book |
| Visit Mia at home | Priya Lal (SW) / every fortnight, starting Monday | Visit notes on file |
""" + _TAIL)
    assert _action(report, "Weigh Mia").facts.owner == "HV Jo Hill"
    assert _action(report, "Visit Mia").facts.owner == "Priya Lal (SW)"


def _table(*rows: str) -> str:
    return ("# Child protection plan for Mia\n" + _OUTCOMES + "## Action plan\n"
            "| Action | Who | When | How we will know |\n|---|---|---|---|\n" + "".join(r + "\n" for r in rows) + _TAIL)


def test_a_vague_measure_word_that_names_the_kind_of_work_is_no_measure():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
- Mia's teacher, Mr Dale, will do a feelings check-in with her every Monday from 3 March 2025.
""" + _TAIL)
    assert len(_rules(report, "M001")) == 1
    assert _rules(report, "M002") == []


def test_know_labels_the_measure_in_a_case_records_blocks():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
1   WHO   Dean Hale (dad)
    WHAT  Take Mia to Rainbows at the church hall
    WHEN  every Thursday from 08/01/2026
    KNOW  Rainbows leader signs Mia's attendance card

2   WHO   Jane Ford, health visitor
    WHAT  Weigh Mia at home
    WHEN  every 2 weeks from 05/01/2026
    KNOW  weights in the red book
""" + _TAIL, name="plan.txt")
    action = _action(report, "Rainbows")
    assert action.fields.get("measure") == "Rainbows leader signs Mia's attendance card"
    assert _rules(report, "M001") == []


def test_bringing_a_record_to_a_visit_is_a_measure():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
- Sarah will go to the Parents in Recovery group every Tuesday from 6 January 2026 and bring her attendance card to the social worker's next visit.
""" + _TAIL)
    assert _rules(report, "M001") == []


_RELATIVES = (
    "| Supervise every feed and bath so Sarah is never alone with Mia | Nan (Rita Hale) and Aunt Jo | Every day from 3 March 2025 | Rota signed each evening and shown to the SW |",
    "| Have Mia to stay every Saturday night | Nan (Rita Hale) | Every Saturday from 8 March 2025 | Nan's diary seen by the SW |",
)


def test_a_fallback_joined_to_another_trigger_by_or_covers_the_family():
    plan = _table(*_RELATIVES).replace("## If things do not improve\n", """## If things do not improve
If Sarah is found alone with Mia, or Rita and Jo cannot keep the rota going, Rita will ring the SW straight away and Mia will go to a foster placement that day.
""")
    assert _rules(_lint(plan), "C003") == []


def test_neither_of_them_being_able_to_is_their_support_failing():
    plan = _table(*_RELATIVES).replace("## If things do not improve\n", """## If things do not improve
If neither can supervise, Mia will go to a foster placement that day.
""")
    assert _rules(_lint(plan), "C003") == []
    assert len(_rules(_lint(_table(*_RELATIVES)), "C003")) == 1


def test_a_learning_disability_nurse_is_an_adult_service():
    report = _lint("""# Child protection plan for Mia
Sarah (mum) has a learning disability.
""" + _OUTCOMES + """## Action plan
- Fiona Agyeman (learning disability nurse, community team for people with learning disabilities) will assess how Sarah learns best and write a report for the core group by 9 January 2026.
""" + _TAIL)
    assert _rules(report, "F004") == []


def test_a_table_of_what_the_child_said_under_the_voice_heading_is_no_work():
    report = _lint("""# Child protection plan for Mia and Leon
## What the children told us
| Child | What they said | Who heard it, and when |
|---|---|---|
| Leon (11) | "After tea Mum goes to bed and I do Mia's bath." "I just want it to stop." | Gemma (SW), at school, 26/11/2025 |
| Mia (6) | "Mummy's medicine makes her sleepy." | Gemma (SW), at home, 01/12/2025 |

""" + _OUTCOMES + """## Action plan
- Jane Ford, health visitor, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.
""" + _TAIL.replace("## What Mia says\nMia said she likes nursery because of the sand pit.\n", ""))
    assert [a.text for a in report.plan.actions] == [
        "Jane Ford, health visitor, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group."]
    assert _rules(report, "U001") == [] and _rules(report, "F003") == []


def test_n_a_in_a_column_is_nothing_written_there():
    report = _lint(_table(
        "| Put a warning marker on the address | Police (DA Unit) | N/A | Marker confirmed to the SW by email |",
        "| Follow up missed health appointments | N/A | By 30 June 2025 | Appointment letters seen by the SW |",
        "| Report the broken window to the landlord | Dean Hale (dad) | By 5 May 2025 | N/A |",
    ))
    assert len(_rules(report, "T001")) == 1 and _rules(report, "T002") == []
    assert len(_rules(report, "W001")) == 1 and _rules(report, "W002") == []
    assert len(_rules(report, "M001")) == 1


def test_a_measure_that_only_says_the_work_is_done_is_none():
    report = _lint(_table(
        "| Complete a parenting assessment of Sarah, looking at routines and meals | Jo Hart (SW) | By 30 June 2025 | Parenting assessment completed |",
        "| Help Sarah set up a bedtime routine for Mia | Amy Cole, family support worker | Twice a week from 3 March 2025 | See how things go |",
        "| Complete a parenting assessment of Dean | Jo Hart (SW) | By 30 June 2025 | Assessment completed and the report shared with the core group |",
    ))
    assert [e[:28] for e in _rules(report, "M001")] == ["Complete a parenting assessm"]
    assert [e[:12] for e in _rules(report, "M002")] == ["Help Sarah s"]


def test_a_mental_health_service_planning_the_babys_care_is_not_only_supporting_the_parent():
    report = _lint(_table(
        "| Write a birth plan with Sarah: where she gives birth, who stays with her, the warning signs | Ada Obi, perinatal mental health midwife | By 36 weeks (9 January 2026) | Signed plan in Sarah's hand-held notes |",
        "| Check the plan for going home is in place before Sarah and Mia leave hospital | Ada Obi, perinatal mental health midwife | Before discharge | Discharge checklist emailed to the SW |",
        "| Home visits to support Sarah with her low mood | Gail Rees, CPN, perinatal mental health team | Fortnightly from 3 March 2025 | Visit notes sent to the SW |",
    ))
    assert [e[:11] for e in _rules(report, "H001")] == ["Home visits"]


def test_a_relative_introduced_by_name_owns_family_help():
    """"Pat and Ray Wilcox (maternal grandparents)" near the top: "Ray Wilcox to take both
    children to school" is the family's help, which the contingency must cover."""
    plan = """# Child protection plan for Mia
Present: Sarah Hale (mum); Pat and Ray Wilcox (maternal grandparents); Jo Hart (SW)
""" + _OUTCOMES + """## Action plan
- Pat and Ray Wilcox to have Mia to sleep at their house every Friday from 7 March 2025; the SW sees Mia's diary at each visit.
- Ray Wilcox to take Mia to nursery every Monday from 3 March 2025, checked against the nursery register.
""" + _TAIL
    assert len(_rules(_lint(plan), "C003")) == 1
    covered = plan.replace("## Reviews", "If Ray cannot do the nursery run, Jo Hart will book a taxi that day.\n\n## Reviews")
    assert _rules(_lint(covered), "C003") == []


def test_a_keys_initials_name_the_relative_the_contingency_names():
    plan = """# Child protection plan for Mia
| Initials | Name | Role |
|---|---|---|
| JH | Jo Hart | Social worker |
| CF | Chloe Fairweather | Paternal aunt |
| KP | Karen Pryde | Ward sister, Ward 7 |
""" + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Collect Mia from nursery and give her tea | CF | Mondays and Fridays from 3 March 2025 | Nursery pick-up book seen by JH |
| Have Mia to stay on Saturday nights | CF | Every Saturday from 8 March 2025 | CF's diary seen by JH |
| Record Mia's feeds on the ward | KP | Every shift until discharge | Feed chart sent to JH each Friday |
""" + _TAIL
    report = _lint(plan)
    assert "FAMILY_ROLES" in _action(report, "Collect Mia").facts.owner_labels
    assert "FAMILY_ROLES" not in _action(report, "Record Mia's feeds").facts.owner_labels
    assert len(_rules(report, "C003")) == 1
    covered = plan.replace("## Reviews", "If Chloe cannot have Mia, Jo Hart will arrange a foster placement that day.\n\n## Reviews")
    assert _rules(_lint(covered), "C003") == []


def test_a_core_group_still_to_be_arranged_has_no_date():
    plan = ("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
- Jo Hart (SW) will visit Mia every two weeks and share the visit notes at each core group until the transfer-in conference.
""" + _TAIL.replace("Core group every 4 weeks; review conference on 12 June 2025.",
                    "Next core group: date to be arranged.\nReview conference: 12 June 2025."))
    assert len(_rules(_lint(plan), "R001")) == 1
    dated = plan.replace("Next core group: date to be arranged.", "Next core group: 3 April 2025.")
    assert _rules(_lint(dated), "R001") == []


_NO_VOICE_TAIL = _TAIL.replace("## What Mia says\nMia said she likes nursery because of the sand pit.\n", "")


def test_a_labelled_denial_of_the_childs_views_records_none():
    plan = """# Child protection plan for Mia
Children's views: Not obtained before conference
""" + _OUTCOMES + _WORK_19 + _NO_VOICE_TAIL
    assert len(_rules(_lint(plan), "F003")) == 1
    said = plan.replace("Children's views: Not obtained before conference", "Mia said she likes nursery.")
    assert _rules(_lint(said), "F003") == []


def test_a_hoped_for_settled_home_is_no_record_of_the_child():
    plan = """# Child protection plan for Mia
## What we want for Mia
Mia leaves hospital to a safe, settled home with a carer who can meet all of her needs.
""" + _WORK_19 + _NO_VOICE_TAIL
    assert len(_rules(_lint(plan), "F003")) == 1


_WORK_19 = """## Action plan
- The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.
"""


def test_a_visit_once_the_child_is_home_is_no_visit_on_the_ward():
    plan = """# Child protection plan for baby Alfie
Alfie is looked after (section 20) and is on the special care baby unit at Ottersby General Hospital.
""" + """## What we want for Alfie
Alfie leaves hospital to a safe home.
## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| New birth visit to Alfie at his placement; weigh him | HV Sue Marriott | Within 14 days of discharge | Weight in the red book |
""" + _TAIL
    assert len(_rules(_lint(plan), "L001")) == 1
    visited = plan.replace("| Within 14 days of discharge |", "| Every week while he is on the unit, then within 14 days of discharge |")
    visited = visited.replace("New birth visit to Alfie at his placement", "Visit Alfie on the special care baby unit")
    assert _rules(_lint(visited), "L001") == []


def test_a_fixed_width_family_list_names_the_children_whose_words_are_the_outcomes():
    report = _lint("""ZELHAM BOROUGH COUNCIL
Child Protection Plan

1. CHILDREN AND FAMILY

   Skye Whitlock     13   Year 9, Zelham High School
   Jaxon Whitlock     9   Year 5, St Bede's Primary

2. OUTCOMES - IN SKYE'S AND JAXON'S WORDS

   a) Skye: "I don't want to lie awake listening for Dad's car."
   b) Jaxon: "I want to see Dad at the centre and for him not to shout."

3. THE PLAN

   - Jo Hart (SW) will see Skye and Jaxon on their own every two weeks and record what they say in her visit notes.
""" + _TAIL, name="plan.txt")
    assert {"Skye", "Jaxon"} <= set(report.plan.facts.child_names)
    assert _rules(report, "F002") == []


def test_what_the_childs_days_will_look_like_is_the_outcome_column():
    report = _lint("# Child protection plan for Mia\n## The plan\n"
                   "| What Mia's days will look like | What will be done | Who | When | How we will know |\n"
                   "|---|---|---|---|---|\n"
                   "| Mia sleeps at home every night with an adult awake to her | Home visits, one in three unannounced"
                   " | Jo Hart (SW) | Weekly from 3 March 2025 | Visit notes |\n" + _TAIL)
    assert [o.text for o in report.plan.outcomes] == ["Mia sleeps at home every night with an adult awake to her"]
    assert _rules(report, "O001") == []


def test_one_measure_line_under_a_list_measures_each_item_above_it():
    plan = "# Child protection plan for Mia\n" + _OUTCOMES + """## Every day
- Mrs Lane (breakfast club) will keep a place for Mia from 8am and make sure she eats something.
- Mrs Hussain (office) will ring Sarah by 9.15am if Mia is not in.

How we'll know, for both: the breakfast club list and the register, emailed to the SW every Friday.

- Mrs Dodd will apply to the welfare fund for a winter coat for Mia by 19 December 2025.
""" + _TAIL
    report = _lint(plan)
    assert _action(report, "Mrs Lane").fields["measure"].startswith("the breakfast club list")
    assert _action(report, "Mrs Hussain").fields["measure"].startswith("the breakfast club list")
    assert "measure" not in _action(report, "Mrs Dodd").fields  # below the line, not above it


def test_who_alone_may_do_something_holds_for_the_life_of_the_plan():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
- Only Sarah or Nan (Rita Hale) may collect Mia from nursery; nursery staff will not hand her to anyone else, and the signing-out book shows who collected her.
""" + _TAIL)
    assert _rules(report, "T001") == []
