"""Classes met writing plans in layouts planlint had not read, each on invented text.
All names are invented."""
from planlint import lint


def _rules(report, *codes):
    return [f for f in report.findings if f.rule in codes]


_LABELLED_LINES = """\
CHILD PROTECTION PLAN - Jayden Cole (7)

The plan

- Dad (Lee) to finish the alcohol assessment at Turning Point by 30 June 2025; report to the SW.
- SW (Amy Rhodes) to see Jayden on his own every two weeks; visit notes on file.

Contingency: if Lee drinks while caring for Jayden, Gran (Pat) will come and stay and the SW will hold a strategy discussion that day.
What Jayden says: "I like it when Dad takes me to football but not when he shouts."
"""


def test_a_line_labelled_with_a_sections_name_among_the_actions_is_not_work():
    report = lint(_LABELLED_LINES, name="plan.txt")
    assert [a.text[:8] for a in report.plan.actions] == ["Dad (Lee", "SW (Amy "]
    assert not _rules(report, "M001", "T001", "W001")
    # It still says what it names: the contingency is specific, the child's voice is there.
    assert not _rules(report, "C001", "C002", "F003")


_SUB_BULLETS = """\
# Child protection plan for Lily Brown (4)

## What needs to happen

1. Lily to go to nursery every day
   * Sarah to take her
   * From Monday 9 June 2025
   * Nursery attendance sheet checked at core group
2. Home visits to see Lily alone
   - Tom Hale (SW)
   - every two weeks
   - visit records show Lily seen alone
"""


def test_a_short_doer_line_under_an_item_says_who_does_it():
    report = lint(_SUB_BULLETS, name="plan.md")
    actions = report.plan.actions
    assert len(actions) == 2
    assert actions[0].fields["owner"] == "Sarah"
    assert actions[0].facts.time_status == "ok" and actions[0].facts.measure_status == "ok"
    assert not _rules(report, "M001", "T001", "W001")


def test_a_doer_line_is_only_short_and_only_names_who():
    # "Sarah to take Lily to the GP for her jabs" is work of its own under a theme.
    report = lint(_SUB_BULLETS.replace("Sarah to take her", "Sarah to take Lily to the GP for her jabs by 1 July"),
                  name="plan.md")
    assert "owner" not in report.plan.actions[0].fields or report.plan.actions[0].fields["owner"] != "Sarah"


_CIN = """\
CHILD IN NEED PLAN
Child: Mason Reid (6)

1. HOME CONDITIONS
1.1 Craig to clear the back bedroom by 15 June 2025 - SW to see it at the next visit.
1.2 SW (Ann Lowe) to apply for a new bed for Mason by 6 June 2025; bed seen at home visit.

REVIEW
Next CIN review: 1 September 2025. Core group every 6 weeks.
"""


def test_a_child_in_need_plan_is_reviewed_at_its_cin_review():
    report = lint(_CIN, name="plan.txt")
    assert not _rules(report, "R001")
    # Without a review meeting named, the plan has no review date.
    assert _rules(lint(_CIN.replace("CIN review", "visit"), name="plan.txt"), "R001")


def test_something_seen_at_a_home_visit_is_a_measure():
    report = lint(_CIN, name="plan.txt")
    assert [a.facts.measure_status for a in report.plan.actions] == ["ok", "ok"]
    assert not _rules(report, "M001")
    bare = lint(_CIN.replace("; bed seen at home visit", ""), name="plan.txt")
    assert [a.facts.measure_status for a in bare.plan.actions] == ["ok", "missing"]


_VOICE = """\
# Child protection plan: Ruby Hart

## What Ruby says
"I don't like it when Mum falls asleep on the sofa."

## The plan
- Gemma will go to Pathways alcohol service every Tuesday from 10 June 2025; Pathways will send the SW her attendance.
"""


def test_a_childs_own_words_in_the_negative_are_still_her_voice():
    assert not _rules(lint(_VOICE, name="plan.md"), "F003")
    # A section that says the child gave no views records no voice.
    denied = _VOICE.replace('"I don\'t like it when Mum falls asleep on the sofa."',
                            "Ruby did not want to talk about home.")
    assert _rules(lint(denied, name="plan.md"), "F003")


_UNREAD_TIMES = """\
# Plan for Kai Webb

## The plan

- Nan (Brenda) to have Kai for tea, Tues & Thurs wk 1, then Mon wk 2
- SW (Jo Hill) to see Kai on his own at school, 1st and 3rd Weds each half
- Mum (Kerry) to go to the Saturday club at the Family Hub with Kai
- Dad (Lee) to go to the GP about his drinking
"""


def test_an_item_holding_a_date_or_a_word_of_time_planlint_cannot_read_gets_no_t001():
    report = lint(_UNREAD_TIMES, name="plan.md")
    sw = report.plan.actions[1]
    # "1st and 3rd Weds each half" is no timescale planlint reads, but it says when.
    assert sw.facts.time_status == "missing" and "timescale" in sw.unclear
    assert any("could not read as a timescale" in n for n in report.plan.reading.notes)
    # A weekday naming a club and an item with no time at all are still told.
    assert [f.excerpt[:9] for f in report.findings if f.rule == "T001"] == ["Mum (Kerr", "Dad (Lee)"]


def test_time_like_words_are_dates_and_times_not_names_or_hedges():
    from planlint.structure.reading import _TIME_LIKE
    for timed in ("w/c 3/3", "on Tuesdays", "14.03.25", "3 Jan", "Jan 25", "in June", "on the 14th", "at 3pm",
                  "after 6 weeks", "Mon-Wed", "each evening", "May half term"):
        assert _TIME_LIKE.search(timed), timed
    for untimed in ("Mum may go to the GP", "Jan will tell Becky", "at the Saturday club", "sat with Ava",
                    "1.2 Dad to attend AA", "Ruby (3)", "Refer to CAMHS"):
        assert not _TIME_LIKE.search(untimed), untimed


_TEENAGER = """\
# Child protection plan for Kyle Dunn (15)

Mother: Lisa Dunn.

## Worries
Kyle has been missing four times since January. He was excluded in February. He smokes cannabis most days.

## The plan
- SW (Jo Hill) to see Kyle on his own every week; visit notes on file.
"""


def test_he_or_she_after_sentences_about_the_child_is_the_child():
    assert not _rules(lint(_TEENAGER, name="plan.md"), "F004")
    # After a sentence about his mother, "She" is the mother, and her use asks for an adult service.
    mum = _TEENAGER.replace("He smokes cannabis most days.", "Lisa works nights. She smokes cannabis most days.")
    assert _rules(lint(mum, name="plan.md"), "F004")


def test_the_agent_of_a_passive_ends_where_the_place_or_time_begins():
    from planlint.nlp.commitment import find_commitment
    c = find_commitment("Contact will be arranged by me at the family centre every Saturday")
    assert c.passive and c.agent == "me"
    assert find_commitment("Ava will be seen by the health visitor every week").agent == "the health visitor"
    report = lint("# Plan for Mia\n\n## The plan\n- Contact between Mia and her dad will be arranged by me at the "
                  "family centre every Saturday; contact notes on file.\n", name="plan.md")
    assert report.plan.actions[0].facts.owner_status == "ok"
    assert not _rules(report, "W001", "W002")


_SMART = """\
# Child in need plan for Noah Price (9)

## SMART plan

| Specific | Measurable | Achievable – who | Relevant – why | Time-bound |
|---|---|---|---|---|
| Claire to take Noah to the GP about his wetting | GP letter to SW | Claire | So Noah is not teased at school | By 20/06/2025 |
| Raj to see Noah alone | Visit record | SW Raj Gill | Noah's voice in the plan | Every 4 weeks |
"""


def test_a_smart_tables_columns_are_the_work_its_measure_and_its_time():
    from planlint import loader
    from planlint.structure.tables import header_role
    columns = loader.phrase_table("columns")
    assert [header_role(h, columns) for h in ("Specific", "Measurable", "Time-bound", "S - Specific action")] == \
        ["action", "measure", "timescale", "action"]
    report = lint(_SMART, name="plan.md")
    assert [a.fields["action"][:10] for a in report.plan.actions] == ["Claire to ", "Raj to see"]
    assert not _rules(report, "M001", "T001", "W001", "U001")


def test_everyday_template_headers_name_their_columns():
    from planlint import loader
    from planlint.structure.tables import header_role
    columns = loader.phrase_table("columns")
    expected = {
        "Actions to achieve outcome": "action", "Professional actions": "action",
        "What does it look like when it is working": "measure", "What does success look like": "measure",
        "Outcome to be achieved": "outcome", "Person/agency responsible": "owner", "Timescale/Frequency": "timescale",
    }
    assert {h: header_role(h, columns) for h in expected} == expected


def test_the_parents_views_are_not_the_childs_voice_and_a_plans_aim_is_its_outcome():
    from planlint import loader
    from planlint.structure.sections import classify_heading
    table = loader.phrase_table("sections.toml")
    expected = {"Views of parents": "family", "Parents' views": "family", "Child's views": "child_voice",
                "What Ruby says": "child_voice", "How the child is experiencing this": "child_voice",
                "Overall aim of the plan": "outcomes", "Purpose of the plan": "outcomes"}
    assert {h: classify_heading(h, table) for h in expected} == expected
    # A plan whose only views are the parents' records no voice of the child.
    plan = "# Plan for Ava\n\n## Parents' views\nKerry said she wants the SW to stop visiting.\n\n## The plan\n" \
           "- SW (Jo Hill) to see Ava alone every week from 2 June 2025; visit notes on file.\n"
    assert _rules(lint(plan, name="plan.md"), "F003")


def test_assessment_framework_themes_under_the_action_plan_hold_its_work():
    plan = """\
# Child protection plan for Leo Grant (7)

## Action plan

### Health
- HV (Amy Cole) to check Leo's weight every month; weights in his red book.

### Family and social relationships
- SW (Jo Hill) to arrange supervised contact with Dad every Saturday; contact notes on file.
"""
    report = lint(plan, name="plan.md")
    assert [a.text[:6] for a in report.plan.actions] == ["HV (Am", "SW (Jo"]
    # A family network section of its own is still background.
    network = plan.replace("### Family and social relationships", "## Family network")
    assert [a.text[:6] for a in lint(network, name="plan.md").plan.actions] == ["HV (Am"]


_THEMES = """\
# Child protection plan for Leo Grant (7)

## Action plan

### Family time
- SW (Jo Hill) to arrange supervised contact with Dad every Saturday; contact notes on file.

### Feelings and behaviour
- School counsellor (Ann Ray) to see Leo weekly from 9 June 2025; session notes to the SW.

### Risk of exploitation
- PC Dan Webb to share police intelligence with the SW by 20 June 2025; email on file.
"""


def test_themes_under_the_action_plan_named_like_background_hold_its_work():
    report = lint(_THEMES, name="plan.md")
    assert [a.text[:6] for a in report.plan.actions] == ["SW (Jo", "School", "PC Dan"]
    assert not _rules(report, "M001", "T001", "W001")


def test_a_theme_that_sets_nobody_to_work_stays_what_it_names():
    described = _THEMES.replace(
        "- PC Dan Webb to share police intelligence with the SW by 20 June 2025; email on file.",
        "Leo has been seen with older boys at the park.\n\nOn 1 May, with 0 meaning Leo will be hurt, Mum said 4.")
    report = lint(described, name="plan.md")
    assert [s.kind for s in report.plan.sections if s.heading == "Risk of exploitation"] == ["worries"]
    # A document's title over its details is no action heading over themes.
    titled = "# Child protection plan for Leo Grant\n\nChild: Leo Grant (7)\nMother: Kerry Grant\n\n" \
             "## Family network\n- Gran (Pat Grant) will have Leo on Fridays.\n"
    assert [s.kind for s in lint(titled, name="plan.md").plan.sections if s.heading == "Family network"] == ["family"]


def test_children_named_after_a_hyphenated_title_and_they_in_an_outcome_are_the_children():
    plan = """\
# Transfer-in Child Protection Plan – Lili and Bence Szabo

## What we want for Lili and Bence
- They each sleep in a clean, dry bed every night.
- Lili stops checking on her mum's drinking and can just be 10.

## The plan
- SW (Anna Kiss) to see Lili and Bence on their own every two weeks; visit notes on file.
"""
    report = lint(plan, name="plan.md")
    assert report.plan.facts.child_names == ["Lili", "Bence"]
    assert not _rules(report, "F002")
    # An outcome about a parent alone is still adult-centred.
    parent = plan.replace("They each sleep in a clean, dry bed every night.",
                          "They see their mum stop drinking and the house is tidy.").replace(
        "- Lili stops checking on her mum's drinking and can just be 10.\n", "- Mum stops drinking and keeps the house tidy.\n")
    assert [f.excerpt for f in _rules(lint(parent, name="plan.md"), "F002")] == ["Mum stops drinking and keeps the house tidy."]


def test_a_mental_health_view_on_change_in_everyday_words_is_an_assessment():
    head = "# Plan for Mia\n\nMother: Ana Cole, who has bipolar disorder.\n\n## The plan\n"
    views = [
        "- Joel Baptiste, care co-ordinator at the Community Mental Health Team, will see Ana every two weeks and "
        "send the SW a written update on whether her mood and routine are changing.",
        "- CPN Mark Oyelaran to give a written view on whether Ana is well enough to go home with Mia, by 1 July 2025.",
        "- Dr Hale, perinatal psychiatrist, to write a plan by 25 July 2025 with her view on how likely Ana is to stay well.",
    ]
    for view in views:
        assert not _rules(lint(head + view + "\n", name="plan.md"), "H001"), view
    support = "- CPN Mark Oyelaran to see Ana every two weeks to support her with her mood, from 1 July 2025.\n"
    assert _rules(lint(head + support, name="plan.md"), "H001")


_TRIED = """\
# Plan for Harley Whitlock (9)

## What has been tried

| What we tried | Who | When | What difference it made |
|---|---|---|---|
| Weekly family support visits on mornings and bedtimes | Gemma Stone (FSW) | Jan to June 2025 | Bedtime better for a few weeks |
| Referral to the bereavement service for Harley | School nurse | March 2025 | Harley went to 2 sessions, then refused |

## The plan

| Action | Who | When | How we will know |
|---|---|---|---|
| See Harley on his own at school | SW Omar Farooq | Every 2 weeks | Visit records |
"""


def test_a_table_of_what_was_tried_records_an_earlier_plan_and_holds_no_actions():
    report = lint(_TRIED, name="plan.md")
    assert [a.fields["action"] for a in report.plan.actions] == ["See Harley on his own at school"]
    assert not _rules(report, "M001", "M002", "T001", "W001")


def test_everyday_measures_in_letters_and_agreements():
    head = "# Plan for Mia\n\n## What will happen\n"
    for measured in (
        "- Ana will see her care co-ordinator every two weeks, and his update will be read at every core group.",
        "- Tom will arrange a family group conference by 31/07/2025, and the family's plan will be attached to this agreement.",
        "- Priya will see Michelle fortnightly from 1 July 2025 and send me the dates Michelle has attended.",
    ):
        assert lint(head + measured + "\n", name="plan.md").plan.actions[0].facts.measure_status == "ok", measured
    looked = lint(head + "- Dionne will start weekly sessions with Michelle from 14 July 2025, and we will see how "
                         "it is going at the next CG.\n", name="plan.md")
    assert looked.plan.actions[0].facts.measure_status == "vague"


_RAG = """\
# Child in need plan for Keira (9)

| Need | Action | Lead | Review date | RAG |
|---|---|---|---|---|
| Home conditions | Clear the kitchen so that two beds fit; rooms seen and photographed on the next home visit | Stacey | 04/08/2025 | Red |
| School | Walk Keira to school every day | Stacey | 04/08/2025 | Amber |
"""


def test_a_rag_column_reports_so_far_and_the_measure_is_in_the_actions_words():
    report = lint(_RAG, name="plan.md")
    assert [a.facts.measure_status for a in report.plan.actions] == ["ok", "missing"]
    assert [f.excerpt[:10] for f in report.findings if f.rule == "M001"] == ["School | W"]


def test_a_bracket_naming_who_at_length_and_when_gives_both():
    report = lint("# Plan for Tobi\n\n## Next steps\n- Alcohol assessment, then key-work and a breath test at every "
                  "session (Kofi Mensah, recovery worker, Corrisford Drug and Alcohol Service; assessment by "
                  "11/07/2025, then weekly) – we'll know from Kofi's report read at every core group.\n", name="plan.md")
    facts = report.plan.actions[0].facts
    assert (facts.owner_status, facts.time_status, facts.measure_status) == ("ok", "ok", "ok")


def test_a_quote_labelled_with_the_childs_name_is_the_childs_voice():
    minutes = """\
# Core group minutes – Lacey Pritchard (8)

## How Lacey is
Lacey (seen alone by the SW at school, 24/06): "Mummy stays in bed sometimes and I make the breakfast."

## Actions
- SW (Gill Cole) to see Lacey alone every two weeks from 1 July 2025; visit notes on file.
"""
    assert not _rules(lint(minutes, name="plan.md"), "F003")
    # Her mother's words, labelled the same way, are not the child's.
    mum = minutes.replace('Lacey (seen alone by the SW at school, 24/06): "Mummy stays',
                          'Mum (Sara, at the visit, 24/06): "I stay')
    assert _rules(lint(mum, name="plan.md"), "F003")


def test_what_the_child_knows_to_do_in_a_safety_plan_is_not_work():
    plan = """\
# Child protection plan for Kayden (11) and Mila (4)

## Safety plan
- Kayden knows to take Mila to his room and ring 999 from the phone on the landing.
- Leah (Mum) will not let Jason into the house; the SW checks with Kayden at each visit.
"""
    report = lint(plan, name="plan.md")
    assert [a.text[:9] for a in report.plan.actions] == ["Leah (Mum"]
    # A parent who knows what to do is still set to work by the plan.
    parent = lint(plan.replace("- Kayden knows", "- Leah knows"), name="plan.md")
    assert len(parent.plan.actions) == 2
