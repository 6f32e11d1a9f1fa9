"""Classes met in batch 21's and batch 20's layouts, each on invented text. All
names are invented."""
from planlint import lint


def _actions(text: str, name: str = "plan.md"):
    report = lint(text, name=name)
    return report, {a.text.split(".")[0]: a.facts for a in report.plan.actions}


_RECORD = """\
WENDLEBURY COUNCIL - CHILDREN'S SERVICES
STRATEGY MEETING RECORD - OUTCOMES AND AGREED ACTIONS
Children already on child protection plans

1. WHY WE MET
   Police found Ama walking in the road at night with the baby in a pram.

2. {shared}
   Perinatal MH: Ama had postnatal psychosis after Kofi's birth in 2021 and was well on treatment until May.
   School: Kofi was late four times last week and told his teacher he was tired.

3. WHAT KOFI SAYS
   Kofi said "I want Mummy to get better".

4. WHAT WE WANT FOR KOFI
   Kofi is cared for by a well adult day and night.

5. AGREED ACTIONS
   - Jo Reed (SW) to see Kofi alone twice a week, visit notes on file.

6. IF THINGS GO WRONG
   If Ama leaves the ward, Kofi stays with his grandmother and the SW rings the police.

7. CORE GROUP AND REVIEW
   Core group every four weeks; review conference on 24/07/2025.
"""


def test_a_record_title_over_its_sections_is_not_their_action_section():
    # "Information shared" names no section kind: it sits under the record's title,
    # which spans the why, the child's words, the outcomes and the plan, so the
    # agencies' updates in it are not actions.
    report, _ = _actions(_RECORD.format(shared="INFORMATION SHARED"), name="record.txt")
    assert [a.text for a in report.plan.actions] == \
        ["Jo Reed (SW) to see Kofi alone twice a week, visit notes on file."]
    shared = next(s for s in report.plan.sections if s.heading == "INFORMATION SHARED")
    assert shared.kind == "other"


def test_a_plan_heading_over_themes_named_like_sections_still_holds_actions():
    # Two themes named like sections of their own do not make "The plan" a title.
    report, _ = _actions(
        "# Care plan for Kofi\n\n## The plan\n\n### Health\n\n"
        "- Take Kofi to the clinic to be weighed every two weeks. (Lead: Ama; evidence: red book)\n\n"
        "### Family time\n\nKofi sees his dad at the weekend.\n\n"
        "### Kofi's feelings\n\nKofi said he misses his school friends.\n\n"
        "### Permanence\n\n- Jo Reed (SW) to complete the viability assessment of the aunt by 30/06/2025; report on file.\n")
    assert [(a.text[:9], a.section) for a in report.plan.actions] == [("Take Kofi", "actions"), ("Jo Reed (", "actions")]


def test_an_agencys_update_in_the_past_is_not_its_work():
    report, acts = _actions(
        "# Plan for Kofi\n\n## Actions\n\n"
        "Perinatal MH: Ama had postnatal psychosis after Kofi's birth in 2021 and was discharged in March.\n\n"
        "HV: I will weigh Kofi every week at home and plot his weight in the red book.\n")
    assert [a.fields.get("owner") for a in report.plan.actions] == ["HV"]


_EMAIL = """\
**Actions** (who / when / how we'll know on the lines under each one)

1. Unannounced visits to see Kofi, including his room and the fridge
   - me (Jo, SW)
   - weekly
   - visit notes show Kofi seen on his own
2. Kofi's attendance sent to me
   - Mrs Dale (DSL)
   - every Friday by email
   - attendance of 95% or more
3. Check that there is food in
   - TBC
   - at every visit
   - home conditions checklist filled in
4. SALT referral for Kofi
   - Lisa (HV)
   - by 16/05
   - SALT acceptance letter forwarded to me
"""


def test_unlabelled_sub_items_keep_the_order_their_siblings_set():
    report, _ = _actions("# Plan for Kofi Mensah\n\n" + _EMAIL)
    fields = [a.fields for a in report.plan.actions]
    assert [f["action"][:12] for f in fields] == ["Unannounced ", "Kofi's atten", "Check that t", "SALT referra"]
    # "every Friday by email" is when, though email is a check; "TBC" is in the owner's place
    assert fields[1]["timescale"] == "every Friday by email" and fields[1]["measure"] == "attendance of 95% or more"
    assert fields[2]["owner"] == "TBC" and fields[2]["timescale"] == "at every visit"
    # a four-word item over an owner line and a date is an action, not a group title
    assert fields[3]["owner"] == "Lisa (HV)" and fields[3]["measure"] == "SALT acceptance letter forwarded to me"
    assert not any(f.rule in ("W001", "T001") for f in report.findings)


def test_a_short_item_over_its_own_actions_is_still_a_group_title():
    report, _ = _actions(
        "# Plan for Kofi Mensah\n\n## Actions\n\n1. Health\n"
        "   - Jo Reed (HV) to weigh Kofi every week, weights in the red book\n"
        "   - Ama to take Kofi to the dentist by 30/06/2025, appointment card to the SW\n")
    assert [a.fields.get("action", a.text)[:7] for a in report.plan.actions] == ["Jo Reed", "Ama to "]


def test_an_object_pronoun_after_to_is_no_infinitive():
    from planlint.nlp.commitment import find_commitment
    assert find_commitment("SALT acceptance letter forwarded to me") is None
    assert find_commitment("Mum to take Kofi to them") is not None


def test_a_date_before_wide_spaces_is_no_numbered_label():
    # The second child, on a line of its own under "Children:", ends in a date and a gap:
    # it carries the label's value on, as "Objective 1   ..." would not.
    report = lint("CHILD PROTECTION PLAN\n\n"
                  "Children:         Isla GRANT     DOB 02/11/2024  (7 months)\n"
                  "                  Harvey GRANT   DOB 19/03/2020  (5 years)\n"
                  "Mother:           Kelly Grant (26)\n\n"
                  "Objective 1   Harvey gets to school on time every day\n", name="plan.txt")
    assert report.plan.facts.child_names == ["Isla", "Harvey"]
    blocks = [b.text for b in report.plan.document.blocks]
    # read as a label, its number kept with it (a lone numbered label may be keyed to by number)
    assert "Objective 1: Harvey gets to school on time every day" in blocks


def test_a_whos_doing_it_and_by_when_column_gives_both():
    report, acts = _actions(
        "# Plan for Kofi Mensah\n\n## Action plan\n\n"
        "| What are we going to do? | Who's doing it & by when? | Comments |\n|---|---|---|\n"
        "| Support Ama with her low mood in pregnancy | Nia Roberts (perinatal MH nurse) – fortnightly | Attendance recorded |\n"
        "| Send the transfer request to the new council | Paul Reeve (team manager) – by 09/05/2025 | Request on file |\n")
    assert report.plan.reading.tables[0].roles[1] == "owner+timescale"
    assert all(f.owner_status == "ok" and f.time_status == "ok" for f in acts.values())


_OUTLINE = """\
WENDLEBURY COUNCIL - CHILDREN'S SERVICES
CaseView | Pre-birth Child Protection Plan                      Page 1 of 2
=====================================================================

A  WHY THE BABY HAS A PLAN
   Ama has bipolar disorder and was very unwell after her first baby was born; the
   baby's father works nights and there was no plan for who would care for the baby.

B  OUTCOMES FOR THE BABY
   B1  The baby is fed and kept safe every day and night by a well adult.

---------------------------------------------------------------------
Printed 06/06/2025 by JREED            CaseView             Page 1 of 2

WENDLEBURY COUNCIL - CHILDREN'S SERVICES
CaseView | Pre-birth Child Protection Plan                      Page 2 of 2
=====================================================================

C  ACTIONS
   Initials: JR Jo Reed, SW | AM Ama Mensah (mum)

   1    AMA STAYS WELL ENOUGH TO CARE FOR THE BABY
   1.1  Hospital
        a) Write the birth and ward plan: the baby is not left alone with Ama at
           night, no discharge before day 5
           Owner .........: JR (SW)
           Complete by ...: 25/07/2025
           Evidence ......: signed plan on the maternity record
        b) Keep a daily mood diary and bring it to every appointment
           Owner .........: AM
           Complete by ...: daily from 09/06/2025
           Evidence ......: diary seen by the nurse at each appointment

---------------------------------------------------------------------
Printed 06/06/2025 by JREED            CaseView             Page 2 of 2
"""


def test_a_case_print_outline_with_dot_leader_labels():
    report, _ = _actions(_OUTLINE, name="plan.txt")
    fields = [a.fields for a in report.plan.actions]
    # numbered themes under "B ACTIONS" (over a key to initials) carry on the plan,
    # "Owner .........: JR (SW)" is a field, and an item's own colon does not make it a label
    assert [(f["owner"], f["timescale"]) for f in fields] == [("JR (SW)", "25/07/2025"), ("AM", "daily from 09/06/2025")]
    # a footer first printed at the foot of page one is no outcome
    assert [o.text[:12] for o in report.plan.outcomes] == ["The baby is "]
    assert fields[0]["action"].startswith("Write the birth and ward plan: the baby")


import pytest  # noqa: E402


@pytest.mark.parametrize("sentence, status", [
    # a state that comes and goes gives no date anyone can check
    ("Michelle has agreed to have the children to stay whenever Stacey is unwell.", "vague"),
    ("Auntie Rudo will have the children for a sleepover when Mum needs a break.", "vague"),
    ("Gethin Pryce (CMHT) will continue to support her for as long as she needs it.", "vague"),
    # an event that happens once, and set days, are timescales
    ("Nan will stay at the flat when Ana is discharged, to help with night feeds.", "ok"),
    ("Leanne has agreed to have Tilly on the days you are on early shifts.", "ok"),
    ("The family will make sure someone is always with Ama when she baths Kofi.", "ok"),
])
def test_when_clauses(sentence, status):
    report, _ = _actions("# Plan for Kofi Mensah\n\n## The plan\n\n" + sentence + "\n")
    assert report.plan.actions[0].facts.time_status == status


@pytest.mark.parametrize("heading, kind", [
    ("ACTIONS FROM LAST CORE GROUP (08/04/2025)", "details"),
    ("Actions from the last meeting", "details"),
    ("Matters arising", "details"),
    ("Outcomes in the child protection plan", "outcomes"),
    ("Actions from today's meeting", "actions"),
])
def test_the_last_meetings_actions_are_history(heading, kind):
    from planlint import loader
    from planlint.structure.sections import classify_heading
    assert classify_heading(heading, loader.phrase_table("sections.toml")) == kind


def test_a_table_typed_out_box_by_box_under_its_questions():
    report, _ = _actions(
        "THE PLAN\n\n"
        "OUTCOME 1 - Kofi is fed, clean and warm every day and gains weight.\n\n"
        "  1a  What's going to happen?\n"
        "        Weigh Kofi at the clinic and watch a full feed.\n"
        "      Who's doing it, and by when?\n"
        "        Jo Hill (HV) - weekly, first weigh on 11/03/2025\n"
        "      How will we know it's working?\n"
        "        Weight plotted in the red book every week.\n\n"
        "  1b  What's going to happen?\n"
        "        Take Kofi to nursery by 9.15am.\n"
        "      Who's doing it, and by when?\n"
        "        Ama - every nursery morning\n"
        "      How will we know it's working?\n"
        "        Nursery register.\n", name="plan.txt")
    assert [o.text[:15] for o in report.plan.outcomes] == ["Kofi is fed, cl"]
    fields = [a.fields for a in report.plan.actions]
    assert [(f["action"], f["owner"], f["timescale"]) for f in fields] == [
        ("Weigh Kofi at the clinic and watch a full feed.", "Jo Hill (HV)", "weekly, first weigh on 11/03/2025"),
        ("Take Kofi to nursery by 9.15am.", "Ama", "every nursery morning")]
    assert fields[0]["measure"] == "Weight plotted in the red book every week."


def test_a_check_line_is_the_measure_and_mh_abbreviates_mental_health():
    report, _ = _actions(
        "NEXT STEPS\n\n"
        "6.1  Sleep over at the flat and do the night feeds.\n"
        "       Who:   Phil Mensah (grandad)\n"
        "       When:  every Monday to Thursday night\n"
        "       Check: feed chart signed by Phil each night\n\n"
        "6.2  Support Ama with her low mood in pregnancy.\n"
        "       Who:   Nia Roberts (perinatal MH practitioner)\n"
        "       When:  fortnightly\n"
        "       Check: attendance recorded\n", name="plan.txt")
    feeds, mood = report.plan.actions
    assert feeds.fields["measure"] == "feed chart signed by Phil each night"
    assert "MH_SERVICES" in mood.facts.owner_labels


def test_children_on_a_letters_subject_line_in_capitals():
    report = lint("Dear Dominic\n\nRE: REUBEN AND TILLY MALLENDER - REVIEW CHILD PROTECTION CONFERENCE,\n"
                  "    MONDAY 28 APRIL 2025\n\nThank you for coming to the conference.\n", name="letter.txt")
    assert report.plan.facts.child_names == ["Reuben", "Tilly"]


def test_a_bullet_reporting_what_happened_is_no_action():
    report, _ = _actions("# Plan for Kofi Mensah\n\n## Actions\n\n"
                         "- Jo visited 15/04 and 29/04, both children seen, Kofi seen alone.\n"
                         "- Jo Reed (SW) to visit Kofi weekly and see him alone; visit notes on file.\n")
    assert [a.text[:7] for a in report.plan.actions] == ["Jo Reed"]


def test_people_a_plan_names_with_a_service_own_for_it():
    # a key giving a service's short name, and a table of who is who
    report = lint("# Plan for Kofi Mensah\n\nAma uses heroin and sees Drennock Drug and Alcohol Service (DDAS).\n\n"
                  "Key: RS – Ravi Sandhu, DDAS key worker; TG – Tom Garside, social worker\n\n"
                  "| Present | Role |\n|---|---|\n| Paul Ennis | Care coordinator, Drennock Community Mental Health Team |\n\n"
                  "## Actions\n\n| Action | Who | When | How we will know |\n|---|---|---|---|\n"
                  "| Supervised methadone and weekly tests | RS | Daily | Results to TG weekly |\n"
                  "| See Ama every two weeks and report on her capacity to change | Paul | Fortnightly | Written report |\n")
    labels = [a.facts.owner_labels for a in report.plan.actions]
    assert "ADULT_SERVICES" in labels[0] and "MH_SERVICES" in labels[1]
    assert "F004" not in [f.rule for f in report.findings]


def test_card_lines_arrow_lines_and_dashed_items():
    report, _ = _actions(
        "# Plan for Kofi Mensah\n\n## What happens next\n\n"
        "1. See Kofi on his own at school and at home\n\n"
        "→ Ashok Mehta (SW)\n\n→ every 2 weeks, alternating school and home\n\n"
        "→ visit notes record what Kofi says and that he was seen on his own\n\n"
        "2. Repeat the skeletal survey – Dr Omar Shah, consultant paediatrician – by 10/06/2025 – opinion to the SW\n\n"
        "## Cards\n\n### Card 1\n\nWhat: Kerry will offer Kofi a return home interview after every missing episode.\n\n"
        "Why: To find out where he went and who he was with.\n\nWho: Kerry Oduya, Runaways Service\n\n"
        "When: Within 72 hours of Kofi coming home\n\nHow we'll know: Interview notes sent to the SW\n")
    seen, survey, card = [a.fields for a in report.plan.actions]
    assert (seen["owner"], seen["timescale"]) == ("Ashok Mehta (SW)", "every 2 weeks, alternating school and home")
    assert seen["measure"].startswith("visit notes record")
    assert survey["owner"] == "Dr Omar Shah, consultant paediatrician"
    # "Why:" says why the card's work matters; it is no action of its own
    assert card["comment"].startswith("To find out") and card["owner"] == "Kerry Oduya, Runaways Service"


def test_unlabelled_brackets_and_dashed_fields():
    report, _ = _actions(
        "# Plan for Kofi Mensah\n\n## The plan\n\n"
        "1. Fit a lockable medicine box and keep the methadone in it (Dean; by 13/06/2025) – Priya sees it locked at every visit.\n"
        "2. Interview Ama about how Kofi was hurt – DC Hannah Greer, Wendlebury Child Abuse Investigation Team – by 13/06/2025 – "
        "written account to the SW\n"
        "3. Feed Kofi every 3 hours and fill in the feed chart - Abena and Kwame - every feed - feed chart seen at visits\n")
    box, interview, feeds = [a.fields for a in report.plan.actions]
    assert (box["owner"], box["timescale"], box["measure"]) == (
        "Dean", "by 13/06/2025", "Priya sees it locked at every visit")
    assert interview["owner"].startswith("DC Hannah Greer") and interview["measure"] == "written account to the SW"
    assert feeds["owner"] == "Abena and Kwame"
    assert not any(f.rule in ("W001", "T001", "M001") for f in report.findings)


def test_tables_among_the_background_scores_and_the_last_plans_review():
    report, _ = _actions(
        "# Plan for Kofi Mensah\n\n## Where things are now (scaling)\n\n"
        "| Who | Score | What they said |\n|---|---|---|\n| Ama | 6 | \"The kids are fed.\" |\n| SW | 3 | Ama was found drowsy twice. |\n\n"
        "## How the last plan went\n\n| Action | Who | RAG | Evidence |\n|---|---|---|---|\n"
        "| Methadone kept in a lockbox | Ama | Green | Lockbox seen locked at every visit |\n\n"
        "## The plan from today\n\n| Action | Who | By when | How we will know |\n|---|---|---|---|\n"
        "| Visit Kofi weekly and see him alone | Jo Reed (SW) | Weekly | Visit notes |\n")
    assert [a.text[:11] for a in report.plan.actions] == ["Visit Kofi "]


def test_work_left_to_someone_is_theirs():
    from planlint.nlp.commitment import find_commitment
    assert find_commitment("The housing referral will be left to Hexley as they will hold the case.").agent == "Hexley"
    assert find_commitment("The parenting assessment will be left for the Wrenmoor SW to complete.").agent == "the Wrenmoor SW"


def test_someones_quoted_words_are_not_their_work_unless_they_promise():
    report, _ = _actions(
        "# Our plan for Kofi\n\n## What we will do\n\n"
        "Darren: \"When I've had a drink I get loud and I smash things. I know it scares Kofi.\"\n\n"
        "Mum (Ama): \"I won't drink when I'm looking after Kofi, and I'll go to every appointment.\"\n")
    assert [a.fields.get("owner") for a in report.plan.actions] == ["Mum (Ama)"]


def test_a_clause_before_a_colon_names_no_owner():
    report, _ = _actions(
        "# Plan for Kofi Mensah\n\n## What we want for Kofi\n\n"
        "- Kofi is a child, not his dad's carer: he goes to school and football and does not watch over his dad.\n\n"
        "## The plan\n\n- Jo Reed (SW) to see Kofi alone every week; visit notes on file.\n")
    assert [a.text[:7] for a in report.plan.actions] == ["Jo Reed"]


def test_an_unknown_label_among_an_actions_fields_is_said_of_it():
    report, _ = _actions(
        "PLAN\n\n4.1 Helen will visit Kofi at home and see him on his own.\n"
        "    Who: Helen Marsh (SW)\n    When: every 2 weeks\n    How we will know: visit records\n"
        "    Cine: Helen Marsh (asistent social)\n    Când: la fiecare 2 săptămâni\n", name="plan.txt")
    assert len(report.plan.actions) == 1
    assert report.plan.actions[0].fields["comment"] == "Helen Marsh (asistent social)"
