"""Batch 138, module t: seven fictional plans (held-out material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: how MEASURES and TIMESCALES read when good practitioners write them in
their own words and put them in places other than a tidy "How will we know"
column and a date column. Measures are written as evidence someone gathers or
sees ("What we'll see", "Shown by:", "Evidence:", "We'll know it's working
when ...", "what the school will see", "as recorded in", "Checked at", "the
health visitor will weigh and plot", register percentages, negative urine or
hair-strand results, an unannounced visit finding the home as agreed, a
scaling score the worker records), sometimes in the action's own sentence,
sometimes in a column with an unusual header, sometimes on a line below the
action. Timescales are written as events, terms and periods ("within 5
working days of this conference", "by 36 weeks' gestation", "before baby is
born", "on the day of discharge", "by the October half term", "each Tuesday
after school", "for the next 12 weeks, then reviewed at the core group",
"from 1 March until the review", "fortnightly, starting w/c 9 March 2026",
"the first Monday of each month", "at every core group"), in a "Start / end"
or "When" column, inside a two-column Action | Detail table or in the
sentence itself. Owners are written as initials from a key, "the HV", "Gran
(maternal)", "Leanne and Gemma (SW) jointly", "Haven Recovery - Lisa P.".

Five plans are exemplary (no findings): a landscape Word initial conference
plan with outcomes merged down the first column and "Start / end" and "What
we'll see" columns (plan 1); a Word pre-birth plan of two-column Action |
Detail tables, one per stage (plan 2); a review conference plan printed to
PDF with a "Checked at / as recorded in" column (plan 3); a Markdown initial
conference plan of owner-first bullets using initials from a key, each with an
"Evidence:" or "We'll know it's working when" line below (plan 5); a
plain-text case-system print of tasks with "Start / end" and "Progress check"
lines (plan 7). Two carry a realistic mix of faults among mostly good rows: a
child in need plan stepped up to child protection, printed to PDF (plan 4:
a CPN row that only supports and is measured by "engagement", "Monitored by
class teachers", "ASAP", "Core group" as owner, an outcome only for the
mother, a contingency with no trigger and no legal step) and Markdown core
group minutes with an action log (plan 6: "When possible", "TBC", "mood has
improved", "To be discussed at the next core group", "Family" as owner, no
fallback for the grandmother's two actions, the review conference "to be
confirmed").

Counting actions (convention 1): every live row of an action table and every
bullet of an action section is one action, wherever its measure or timescale
sits (a line below the bullet, a Detail cell, a field of a task block);
outcome cells merged down a table, goal headings, the contingency and the
meeting dates are not actions. A one-off action marked done and closed in an
action log (plan 6) is work already done and is not counted.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect, father's drinking, two children.
#    Landscape Word table, outcome merged down the first column, "Start / end"
#    and "What we'll see" columns. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_tillerscombe_icpc_merged_outcomes_start_end_hartigan.docx",
    "doc_title": "Child Protection Plan - Maisie and Jack Hartigan",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-landscape-word-plan-details-list-why-a-plan-what-the-children-say-and-show-us-strengths-then-outcome-merged-down-what-will-happen-who-start-end-what-well-see-table-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 4-year-old living with neglect "
        "and their father's heavy drinking. A landscape Word table with each outcome for the "
        "children merged down the first column over its actions, and columns headed 'Start / end' "
        "and 'What we'll see': timescales such as 'fortnightly, starting w/c 9 March 2026', 'within "
        "5 working days of this conference', 'each Tuesday after school', 'weekly for the next 12 "
        "weeks, then reviewed at the core group'; measures such as breath tests recorded by the "
        "alcohol service, register percentages, the HV weighing and plotting, an unannounced "
        "evening visit finding the father sober, a scaling score the SW records. The alcohol "
        "service reports on change, the aunt's Tuesdays have a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Tillerscombe Borough Council – Children's Services – Safeguarding and Assessment Team (North)"),
        ("kv", [
            ("Children", "Maisie Hartigan (7), DOB 11/06/2018, Year 2, St Aldhelm's CE Primary; "
                         "Jack Hartigan (4), DOB 02/12/2021, Puddleducks Nursery"),
            ("Address", "17 Quarry Row, Tillerscombe TC3 8HN"),
            ("Mother", "Leanne Hartigan (29)"),
            ("Father", "Craig Hartigan (33), lives at home"),
            ("Maternal aunt", "Paula Reeve, 4 Saddler's Walk, Tillerscombe (a ten-minute walk)"),
            ("Conference", "Initial child protection conference, Tuesday 3 March 2026. Chair: Bernadette Lyle (IRO)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Gemma Ashby (team manager: Rohan Mistry)"),
        ]),
        ("h1", "Why Maisie and Jack need a child protection plan"),
        ("p", "Craig drinks most evenings and at weekends, often more than a litre of cider and spirits. Twice "
              "in February the police found him asleep on the sofa with Jack awake beside him and the front "
              "door open, and once Leanne was at a night shift. There was little food in the house at three "
              "visits; both children's mattresses were wet and Jack has been sent to nursery in the same "
              "clothes for several days. Maisie was late to school 14 times and absent 9 days in the autumn "
              "term (attendance 86%)."),
        ("h1", "What Maisie and Jack have told us and shown us"),
        ("p", "Maisie (seen on her own at school, 24 February 2026): “When Daddy has his cans he gets "
              "grumpy and falls asleep and I have to get Jack's tea. I like it when Auntie Paula does my "
              "hair.” On a scale where 10 is “home is always safe and happy” she chose 4. She wants her "
              "dad “to stop the cans” and to go to Brownies like her friend."),
        ("p", "Jack was seen at home on 26 February 2026. He went straight to the kitchen and showed the "
              "social worker an empty cereal box, then ate two slices of toast quickly. He clung to Leanne "
              "when Craig raised his voice, and laughed and chatted when Paula arrived. Nursery say he is "
              "often hungry at snack time and falls asleep after lunch."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne has changed her shifts so that she is at home every evening from 9 March 2026.",
            "Craig has agreed to an assessment at Tillerscombe Alcohol Service and went to his first "
            "appointment on 27 February 2026.",
            "Paula sees the children most weeks and both children are relaxed and happy with her.",
        ]),
        ("h1", "The plan"),
        ("p", "Each outcome is what must be true for Maisie and Jack. Start / end gives when each action "
              "begins and how long it runs. What we'll see is the evidence the core group will look at."),
        ("table", {
            "header": ["Outcome for Maisie and Jack", "What will happen", "Who", "Start / end", "What we'll see"],
            "widths": [4.4, 7.0, 4.1, 4.6, 5.6],
            "rows": [
                ["1. Maisie and Jack are cared for by a sober adult every day and every night, and are never "
                 "left with their dad when he has been drinking.",
                 "Stop drinking at home and never drink while caring for Maisie and Jack; go to key-work and "
                 "give a breath test at every session",
                 "Craig Hartigan (Dad), with Tillerscombe Alcohol Service",
                 "Key-work each Thursday from 5 March 2026 until the review conference",
                 "A zero breath test reading at every session, as recorded by the alcohol service and sent to "
                 "the SW at the end of each month"],
                [V,
                 "Assess Craig's drinking, offer key-work and write to each core group on whether he is making "
                 "the changes Maisie and Jack need and how long further change is likely to take",
                 "Owen Pike, recovery worker, Tillerscombe Alcohol Service",
                 "Assessment within 10 working days of this conference; report two days before every core group",
                 "Written report on the children's file before each core group, with breath test results and "
                 "Owen's view of the timescale"],
                [V,
                 "Visit the family in the evening, unannounced, when Craig is usually at home",
                 "Gemma Ashby, SW",
                 "Fortnightly, starting w/c 9 March 2026, until the review conference",
                 "We'll know it is working when each evening visit finds Craig sober and an adult awake with "
                 "the children; written up on the visit record the same day"],
                ["2. Maisie gets to school on time every day and Jack goes to every nursery session, fed and in "
                 "clean clothes.",
                 "Check Maisie's attendance and punctuality and ring the SW by 10am on any day she is absent "
                 "without a reason",
                 "Mrs Joanne Feltham, DSL, St Aldhelm's CE Primary",
                 "Every school day from 4 March 2026",
                 "Attendance and late marks from the register, e-mailed to the SW every Friday; 95% or more "
                 "by the Easter holidays"],
                [V,
                 "Take Jack to nursery for 9am, washed, fed and in clean clothes, and collect him at 3pm",
                 "Leanne Hartigan (Mum)",
                 "Each Monday, Wednesday and Friday session from 4 March 2026",
                 "Nursery sign-in sheet shows Jack there by 9am; key worker notes his clothes and whether he "
                 "has eaten, copied to the SW at each core group"],
                [V,
                 "Have Maisie and Jack for tea and a bath, and take Maisie to Brownies",
                 "Paula Reeve (maternal aunt)",
                 "Each Tuesday after school, from 10 March 2026",
                 "Paula texts the SW every Tuesday night; Maisie's Brownies register shows her there"],
                ["3. Maisie and Jack live in a clean, warm home with food in the cupboards and a dry bed each.",
                 "Work with Leanne on a weekly shopping list, a meal plan and a cleaning and laundry routine",
                 "Kirsty Vale, family support worker, Tillerscombe Early Help",
                 "Weekly for the next 12 weeks, then reviewed at the core group",
                 "Home conditions checklist scored at each session (from 2 out of 10 now to 7 or more); the "
                 "SW's unannounced visits find food in the cupboards and the beds dry"],
                [V,
                 "Check Jack's growth, toileting and speech, and give Leanne advice on night-time wetting",
                 "Anita Roy, health visitor",
                 "Within 4 weeks of this conference (by 31 March 2026), then every 6 weeks",
                 "The health visitor will weigh and plot Jack in his red book at each contact; his ASQ-3 "
                 "scores sent to the SW"],
                [V,
                 "Apply to the Tillerscombe Household Support Fund for two beds, mattress protectors and "
                 "bedding",
                 "Gemma Ashby, SW",
                 "Within 5 working days of this conference",
                 "Both beds and new bedding seen in the children's room at the next home visit"],
                ["4. Maisie and Jack feel safe at home and both know who to go to if their dad has been "
                 "drinking.",
                 "Direct work with Maisie using the three houses and a worry jar, about home and who she can "
                 "tell",
                 "Gemma Ashby, SW",
                 "Three sessions, the last by 27 March 2026 (before the Easter holidays)",
                 "Maisie's drawings kept on file; her safety score out of 10, recorded by the SW at each "
                 "session"],
                [V,
                 "Write a safety plan with Maisie, in pictures, showing who she phones if Dad is drunk and "
                 "Mum is out",
                 "Leanne and Gemma (SW) jointly",
                 "By the first core group on 17 March 2026",
                 "The plan is on the fridge and Maisie can tell the SW at the next visit who she would call"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Craig is drunk while he is caring for Maisie or Jack (a positive breath test, or Leanne, "
              "Maisie, school, nursery or the police tell us), Leanne will ask him to leave the house that day "
              "and the children will stay with Leanne, or go to Paula's at 4 Saddler's Walk if Leanne is at "
              "work. Gemma will hold a strategy discussion with Tillerscombe Police the same day."),
        ("p", "If Paula cannot have the children on a Tuesday or in an emergency (she is ill, away or cannot be "
              "reached), Leanne will stay at home with them; if neither can, Gemma will place Maisie and Jack "
              "together with Tillerscombe foster carers that day."),
        ("p", "If Craig has two positive breath tests, or an evening visit finds him drunk with the children, or "
              "Maisie's attendance is below 90% at the first core group, Gemma will ask Rohan Mistry for a legal "
              "planning meeting within 5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at St Aldhelm's CE Primary: 17 March, 14 April "
            "and 12 May 2026.",
            "Review child protection conference: Tuesday 2 June 2026, 10am, Tillerscombe Civic Centre.",
            "Gemma will ask Maisie for her safety score before each core group and bring it to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth conference plan, mother with bipolar disorder, father's
#    cannabis use, maternal grandmother staying after the birth. Word plan of
#    two-column Action | Detail tables, one per stage. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_trowmarsh_prebirth_action_detail_tables_quayle.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Quayle",
    "split": "heldout",
    "actions": 13,
    "template": "prebirth-icpc-word-plan-details-list-why-worried-babys-world-outcomes-then-one-two-column-action-detail-table-per-stage-before-birth-on-the-ward-first-eight-weeks-detail-cell-who-when-shown-by-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for the first baby of a 24-year-old mother with bipolar disorder who "
        "stopped her lithium in pregnancy, and a father who smokes cannabis daily. Word tables of two "
        "columns, Action and Detail, one per stage (before the birth, on the ward, the first eight "
        "weeks at home); each Detail cell names who, when ('by 36 weeks' gestation', 'before baby is "
        "born', 'from birth until the day of discharge', 'within 24 hours of baby coming home') and "
        "what will show it ('Shown by:', 'As recorded in:', 'Checked at', negative urine screens, the "
        "health visitor weighing and plotting). Both perinatal mental health rows assess change, the "
        "drug service reports on change, the GP owns an action, the grandmother's nights have a "
        "fallback, legal planning follows named triggers, core group and review dates are set, and "
        "baby's world is described."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Trowmarsh City Council · Children and Families · Pre-birth and Infant Safeguarding Team"),
        ("kv", [
            ("Unborn baby", "Baby Quayle, due 23 April 2026"),
            ("Mother", "Shannon Quayle (24), 30 weeks pregnant at conference"),
            ("Father", "Liam Ostler (27)"),
            ("Address", "Flat 3, 58 Ferry Lane, Trowmarsh TW2 5DG"),
            ("Maternal grandmother", "Denise Quayle (Gran), 21 Osier Close, Trowmarsh"),
            ("Conference", "Pre-birth child protection conference, Thursday 12 February 2026. Chair: Malcolm Tse"),
            ("Category", "Neglect (unborn)"),
            ("Social worker", "Nadia Haq (team manager: Fiona Carrick)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Shannon has bipolar affective disorder. In 2023 she was admitted to Kestrel Ward for six weeks "
              "after a manic episode in which she did not sleep for several days. She stopped her lithium when "
              "she found out she was pregnant and has had two short periods of low mood since. The risk of a "
              "relapse in the weeks after birth is high. Liam smokes cannabis every evening in the flat and "
              "says it helps him sleep; he was cautioned for possession in 2024. The couple argue when money "
              "runs short."),
        ("h1", "Baby's world: what life would be like for baby now"),
        ("p", "Baby is due on 23 April 2026 and was growing well at the 28-week scan. Shannon says baby kicks "
              "hardest when Liam plays music and goes quiet when she has a bath. If baby were born today, "
              "baby would come home to a smoky flat, to a mum whose sleep is already broken, and to a dad who "
              "is drowsy most evenings. Baby would need someone awake, sober and well to feed them every two "
              "to three hours, day and night."),
        ("p", "Shannon said: “I want to be the mum I didn't have at the start. I know I need help at night.” "
              "Liam said: “I'll do whatever it takes for the baby, I just need to sort the weed.”"),
        ("h1", "What we want for baby"),
        ("bullets", [
            "Baby is born safely and goes home only when there is a safe plan for every day and night.",
            "Baby is fed on time, gains weight and is seen by a professional every week for the first eight "
            "weeks.",
            "Baby always sleeps on their back in their own Moses basket, cared for by an adult who is well, "
            "awake and has not used cannabis.",
            "Baby has parents who notice and answer their cries, even on days when Shannon's mood is low.",
        ]),
        ("h1", "The plan"),
        ("h2", "Before baby is born"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Complete a pre-birth assessment of Shannon and Liam, including how they will share night "
                 "feeds and keep baby safe if Shannon becomes unwell",
                 "Nadia Haq (SW).\nBy 36 weeks' gestation (26 March 2026).\nShown by: the written assessment, "
                 "read with Shannon and Liam and sent to every core group member by 26 March 2026."],
                ["See Shannon every two weeks, agree a medication plan for late pregnancy and after the birth, "
                 "and assess whether she can make and keep the changes baby will need and how long that is "
                 "likely to take",
                 "Dr Ruth Adeyemi, consultant perinatal psychiatrist, Trowmarsh Perinatal Mental Health Service."
                 "\nFortnightly until delivery; written assessment by 36 weeks' gestation.\nShown by: the "
                 "assessment letter and the medication plan on baby's file and in the maternity notes before "
                 "baby is born."],
                ["Antenatal care for Shannon and baby, with a mental state check at every appointment, and a "
                 "written birth and postnatal plan lodged on the labour ward",
                 "Tessa Gould, specialist safeguarding midwife.\nEvery antenatal appointment until delivery; "
                 "birth plan on the ward by 36 weeks' gestation.\nAs recorded in: Shannon's maternity notes "
                 "and the ward safeguarding folder, both seen by the SW at the week-36 visit."],
                ["Stop smoking cannabis before baby is born, and go to key-work at Brookside Recovery",
                 "Liam Ostler (Dad).\nKey-work every Monday from 16 February 2026; no cannabis from 36 weeks' "
                 "gestation at the latest.\nWe'll know because his urine screens are negative from 36 weeks "
                 "onwards, as shown in Brookside's report."],
                ["Key-work and urine screening for Liam, and a written view on whether he has stopped using "
                 "cannabis and what still has to change before baby comes home",
                 "Brookside Recovery – Dev S. (Dev Sandhu, recovery worker).\nWeekly key-work, a screen every "
                 "two weeks, report two working days before every core group.\nEvidence: the report, with "
                 "dated screen results, on baby's file."],
                ["Set up a Moses basket with a firm, flat mattress and nothing else in it, next to Shannon and "
                 "Liam's bed",
                 "Shannon and Liam.\nBefore 36 weeks' gestation.\nChecked at the SW's home visit in week 36: "
                 "basket seen set up, clear and beside the bed."],
                ["Prescribe the medication agreed in the perinatal plan and tell the SW if Shannon misses a "
                 "collection, so that she stays well for baby",
                 "Dr Hilary Mosse, GP, Marsh Lane Surgery.\nFrom 36 weeks' gestation until baby is 12 weeks "
                 "old; any missed collection reported within 2 working days.\nShown by: the repeat "
                 "prescription record, sent to the SW before each core group."],
            ],
        }),
        ("h2", "On the maternity ward"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Keep Shannon and baby on the postnatal ward for at least 72 hours, watching feeds, how "
                 "Shannon answers baby's cries and how much she sleeps",
                 "Sister Carol Jeffs, ward manager, Trowmarsh General Hospital maternity unit.\nFrom the birth "
                 "until the day of discharge.\nShown by: the ward's feeding and observation chart, handed to "
                 "the SW at the discharge meeting."],
                ["Hold a discharge planning meeting on the ward with Shannon, Liam, Gran, the midwife and the HV",
                 "Nadia Haq (SW).\nBefore baby leaves hospital: on the day of discharge at the latest.\n"
                 "Evidence: the signed discharge plan, copied to everyone at the meeting the same day."],
            ],
        }),
        ("h2", "The first eight weeks at home"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.0, 10.0],
            "rows": [
                ["See baby at home, awake and asleep, and write down where baby sleeps and how Shannon and "
                 "Liam respond to baby",
                 "Nadia Haq (SW).\nWithin 24 hours of baby coming home, then weekly until the review "
                 "conference; one visit in three unannounced.\nAs recorded in: the visit record, with what "
                 "baby was doing and where baby slept."],
                ["New birth visit, then check feeding, baby's weight and Shannon's mood at home",
                 "Jo Cutler, the HV.\nNew birth visit 10 to 14 days after the birth, then every week until "
                 "baby is 8 weeks old.\nThe health visitor will weigh and plot baby in the red book at every "
                 "visit; baby's weight stays within two centile spaces of the birth weight."],
                ["Home visits to check Shannon's mood and sleep after the birth, and a report to each core "
                 "group on whether she is making and keeping the changes baby needs, and how long any "
                 "further change is likely to take",
                 "Mark Ellery, perinatal CPN, Trowmarsh Perinatal Mental Health Service.\nWithin 7 days of "
                 "discharge, then weekly until baby is 12 weeks old.\nEvidence: his written report, read at "
                 "every core group."],
                ["Stay at the flat to do the 2am feed so that Shannon can sleep",
                 "Gran (maternal) – Denise Quayle.\nEvery night for the first two weeks from the day of "
                 "discharge, then every Friday and Saturday night until the review conference.\nShown by: "
                 "the feed chart on the fridge, which the HV and the SW look at on each visit."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Shannon stops her medication or shows her early warning signs (sleeping less than four hours "
            "two nights running, racing thoughts, spending she cannot account for), before or after the birth: "
            "Mark Ellery or the perinatal crisis line will see her the same day, Denise will move into the flat "
            "until the perinatal team says it is safe, and Nadia will hold a strategy discussion the same day.",
            "If Liam has a positive screen after 36 weeks, or cannabis is smelt in the flat after the birth, "
            "Liam will stay at his brother's in Coldwell Road and will not care for baby alone until he has had "
            "two negative screens.",
            "If Denise cannot stay (she is ill, or cannot get time off work), Liam's sister Kayleigh Ostler will "
            "do the night feed; if neither can, Nadia will arrange a parent-and-baby foster placement for "
            "Shannon and baby that day.",
            "If the pre-birth assessment at 36 weeks finds that baby would not be safe at home even with this "
            "plan, or Shannon relapses before the birth, Nadia will ask Fiona Carrick for a legal planning "
            "meeting within 5 working days, so that any Public Law Outline letter is sent before baby is born.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 1.30pm, Marsh Lane Children's Centre: 26 February, "
            "19 March and 9 April 2026. If baby is born before 9 April, an extra core group will be held on "
            "the ward before discharge.",
            "Review child protection conference: Thursday 7 May 2026, 2pm, Trowmarsh Civic Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. First review conference plan, domestic abuse, father living away with
#    supervised contact, two children. Word plan printed to PDF with a page
#    header and footer; the measure column is headed "Checked at / as
#    recorded in". Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_thendlebury_rcpc_checked_at_column_fairclough.pdf",
    "doc_title": "Review Child Protection Plan - Tyler and Ruby Fairclough",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc-plan-printed-to-pdf-page-header-footer-details-list-what-has-changed-childrens-words-outcomes-then-numbered-what-needs-to-happen-lead-when-checked-at-as-recorded-in-table-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and an 8-year-old after their "
        "father's violence to their mother; he now lives away under a non-molestation order and sees "
        "the children at a family centre. A Word plan printed to PDF with a page header and footer; "
        "the measure column is headed 'Checked at / as recorded in' and holds what the school will "
        "see, register percentages, Boxall scores, a scaling score the youth worker records and "
        "contact records; timescales include 'the first Monday of each month', 'each Tuesday after "
        "school', 'by the October half term', 'weekly for six weeks from w/c 22 September 2025' and "
        "'at every core group'. Contingency with named triggers, the police and a refuge, legal "
        "planning if the mother lets the father back, core group and review dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Thendlebury Metropolitan Council – Children's Social Care",
    "footer": "Fairclough – review child protection plan, 17/09/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Tyler Fairclough (11), DOB 03/05/2014, Year 7, Thendlebury Academy; Ruby Fairclough "
                         "(8), DOB 21/01/2017, Year 4, Brookfield Primary"),
            ("Address", "9 Orchard Rise, Thendlebury TH7 2PW"),
            ("Mother", "Kelly Fairclough (34)"),
            ("Father", "Darren Moss (37), 14 Beck Street, Thendlebury, since 26/06/2025"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "24/06/2025"),
            ("This conference", "First review child protection conference, Wednesday 17/09/2025. Chair: "
                                "Anjali Bose (IRO)"),
            ("Social worker", "Priya Rennie (team manager: Callum Firth)"),
        ]),
        ("h1", "1. What has changed since the initial conference"),
        ("p", "In June the police had been called to Orchard Rise five times in a year. On 21/06/2025 Darren "
              "pushed Kelly down the stairs while Ruby watched from the landing, and Tyler rang 999. Darren "
              "left the house on 26/06/2025 and Kelly was granted a non-molestation order on 18/07/2025. There "
              "have been no police call-outs since. Darren started seeing the children at Thendlebury Family "
              "Centre in August and has been on time for every session. Kelly has met the IDVA six times. "
              "Tyler has found the move to secondary school hard and had two detentions in his first week."),
        ("h1", "2. What Tyler and Ruby say"),
        ("p", "Tyler (seen on his own, 10/09/2025): “It's calmer now. I don't have to listen for the door any "
              "more. I want to see Dad but not at home. Sometimes I get so angry at school and I don't know "
              "why.” He put home at 7 out of 10, up from 3 in June."),
        ("p", "Ruby (seen on her own at school, 11/09/2025): “I like the family centre because there's a "
              "puppet theatre and Dad plays with me. I still get scared at night in case he comes.” She "
              "drew her house with a big lock on the door and her mum and Tyler inside."),
        ("h1", "3. What we want for Tyler and Ruby"),
        ("bullets", [
            "Tyler and Ruby live at home with their mum without violence, threats, or fear that their dad will "
            "turn up.",
            "Tyler and Ruby see their dad only when it is safe for them, at the family centre.",
            "Tyler goes to school every day and has an adult there he trusts; Ruby feels calm enough in class "
            "to learn.",
            "Both children know what to do and who to call if their dad comes to the house.",
        ]),
        ("h1", "4. The plan from this review"),
        ("p", "The last column says where the core group will look to see whether each action is working, "
              "and who records it."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "When", "Checked at / as recorded in"],
            "widths": [0.9, 5.3, 3.4, 3.1, 4.3],
            "rows": [
                ["1",
                 "Visit Tyler and Ruby at home and see each of them on their own",
                 "Priya Rennie, SW",
                 "Every two weeks until the second review; one visit a month unannounced",
                 "Visit records: both children seen alone, their words written down; checked at every core "
                 "group"],
                ["2",
                 "Safety planning with Kelly for herself and the children, and a new DASH risk assessment "
                 "after any incident",
                 "Jas Kaur, IDVA, Thendlebury Domestic Abuse Service",
                 "The first Monday of each month, until the second review",
                 "Updated safety plan and DASH score e-mailed to the SW after each meeting"],
                ["3",
                 "Complete the Safer Choices domestic abuse perpetrator programme",
                 "Darren Moss (Dad)",
                 "Every Thursday evening for 26 weeks from 02/10/2025",
                 "Attendance record, and the facilitator's mid-point report to the SW after week 13"],
                ["4",
                 "Supervise Darren's time with Tyler and Ruby at the family centre",
                 "Marcia Boyd, contact supervisor, Thendlebury Family Centre",
                 "Every Saturday, 10am to 12 noon",
                 "A contact record for every session, with what each child said and did, sent to the SW on "
                 "the Monday after"],
                ["5",
                 "Mentor session for Tyler with Mr Kerr, and a check on his attendance",
                 "Mr Eamon Kerr, DSL, Thendlebury Academy",
                 "Each Tuesday after school; attendance every school day",
                 "What the school will see: Tyler in lessons on time and no more than one behaviour point a "
                 "week; attendance from the register (95% or more) sent to the SW every other Friday"],
                ["6",
                 "Give Ruby a place in the Rainbow nurture group three afternoons a week",
                 "Mrs Helen Orme, SENCo, Brookfield Primary",
                 "Starting by 29/09/2025; first check by the October half term",
                 "Ruby's Boxall profile, scored when she starts and again by 24/10/2025, shared with the SW"],
                ["7",
                 "Keep the warning marker on 9 Orchard Rise, treat any call as an emergency, and tell the SW "
                 "of any contact between Darren and the family",
                 "DC Rob Hallam, Thendlebury Police Domestic Abuse Unit",
                 "Marker confirmed by 30/09/2025; any call shared within 24 hours",
                 "Marker confirmation on the case file; any call-out log sent to the SW the next day"],
                ["8",
                 "Go to the Freedom Programme at Thendlebury Family Hub",
                 "Kelly Fairclough (Mum)",
                 "12 weekly Wednesday sessions from 01/10/2025",
                 "The group's register (10 of 12 sessions or more) and Kelly's certificate, seen by the SW"],
                ["9",
                 "Six sessions with Tyler about anger, worry and what he saw at home",
                 "Sam Wade, youth worker, Thendlebury Young People's Service",
                 "Weekly for six weeks from w/c 22/09/2025",
                 "Tyler's own score for how often he feels angry, recorded by Sam at sessions 1 and 6; "
                 "summary to the SW after session 6"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("p", "If Darren comes to Orchard Rise, contacts Kelly or the children outside the family centre, or "
              "breaks the non-molestation order in any way, Kelly will ring 999, the police will attend as an "
              "emergency, and Priya will hold a strategy discussion the same day. Darren's time at the family "
              "centre stops until the strategy discussion decides otherwise."),
        ("p", "If Kelly and the children have to leave Orchard Rise in an emergency, Jas Kaur will find them a "
              "refuge place the same day."),
        ("p", "If Kelly lets Darren into the house or agrees to the children seeing him anywhere other than the "
              "family centre, Priya will see the children the same day and ask Callum Firth for a legal "
              "planning meeting within 5 working days."),
        ("h1", "6. Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.45pm, Brookfield Primary: 14/10/2025, 25/11/2025 and "
            "06/01/2026.",
            "Second review child protection conference: Tuesday 10/03/2026, 10am, Thendlebury Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Child in need plan stepped up to child protection: initial conference
#    plan, neglect, mother's depression, three children. Word plan printed to
#    PDF, table headed "What we are doing | Who | By | Evidence". Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_tapperholt_cin_step_up_icpc_evidence_column_marsden.pdf",
    "doc_title": "Child Protection Plan (stepped up from Child in Need) - Marsden and Carver children",
    "split": "heldout",
    "actions": 12,
    "template": "cin-stepped-up-to-cp-icpc-plan-printed-to-pdf-page-header-footer-how-we-got-here-what-the-cin-plan-did-childrens-views-outcomes-then-what-we-are-doing-who-by-evidence-table-contingency-meetings",
    "description": (
        "Initial conference plan for a 9-year-old, a 5-year-old and a 2-year-old, stepped up from a "
        "child in need plan after four months; their mother has depression and the home is "
        "neglected. A Word plan printed to PDF with a page header and footer and a 'What we are doing "
        "| Who | By | Evidence' table; most rows are sound (weekly visits, the HV weighing and "
        "plotting, the GP's letter, a family support worker's checklist score, a housing repair by a "
        "date, a school nurse's toileting chart). Faults: the CPN only supports the mother, measured "
        "by her 'engagement'; the school only keeps an eye on the children, 'Monitored by class "
        "teachers'; a nursery place 'ASAP'; 'Core group' owns the routine; one outcome is only about "
        "the mother; the contingency has no specific trigger or response and there is no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE – Tapperholt District Council – Children and Young People's Service",
    "footer": "Marsden / Carver – child protection plan, ICPC 20/01/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Stepped up from a Child in Need plan. Initial child protection conference, Tuesday 20 January 2026."),
        ("kv", [
            ("Children", "Kai Marsden (9), DOB 14/09/2016; Ellie-Mae Marsden (5), DOB 30/04/2020 – both at "
                         "Tapperholt Junior and Infant School; Freddie Carver (2), DOB 08/11/2023"),
            ("Address", "6 Lyle Court, Tapperholt TP4 1RS"),
            ("Mother", "Jodie Marsden (30)"),
            ("Freddie's father", "Lee Carver (31), 40 Foundry Street, Tapperholt"),
            ("Category", "Neglect (all three children)"),
            ("Chair", "Marion Doyle (IRO)"),
            ("Social worker", "Tracey Hume (team manager: Debbie Sharpe)"),
        ]),
        ("h1", "How we got here"),
        ("p", "The children have had a Child in Need plan since 15/09/2025, after the school raised concerns "
              "about Kai and Ellie-Mae arriving hungry and in dirty clothes. Under that plan a family support "
              "worker visited weekly and Jodie was referred to her GP, who diagnosed depression in October. "
              "Some things improved for a few weeks, but by December the kitchen had no working fridge, "
              "Freddie had a nappy rash that had been left untreated for a week and Ellie-Mae had missed 11 "
              "days of school. At the Child in Need review on 16/12/2025 the team manager agreed that the "
              "plan was not keeping the children safe enough and asked for this conference."),
        ("p", "What stops now: the Child in Need plan ends today and is replaced by this plan. The family "
              "support worker, Sharon Dale, carries on, with the new sessions in the table below."),
        ("h1", "What the children say"),
        ("p", "Kai (seen on his own at school, 13/01/2026): “I do Freddie's bottle when Mum's in bed. I don't "
              "like it when my friends see the house.” He scored how good home is at 3 out of 10."),
        ("p", "Ellie-Mae (seen at school, 13/01/2026) said she likes school dinners best “because there's "
              "pudding”, and that her bed is “wet and smelly”."),
        ("p", "Freddie was seen at home on 15/01/2026. He was in a full nappy, and crawled to the social worker "
              "with his arms up to be lifted. He was chewing a crust from the floor."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Kai, Ellie-Mae and Freddie have regular meals, clean clothes and a clean, dry bed every night.",
            "Kai no longer looks after Freddie and has time to play and see his friends.",
            "Ellie-Mae goes to school every day, and Freddie is seen growing and developing well.",
            "Jodie's mood lifts and she feels able to cope with the house.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What we are doing", "Who", "By", "Evidence"],
            "widths": [5.6, 3.7, 3.3, 4.4],
            "rows": [
                ["Visit the children at home, seeing Kai and Ellie-Mae on their own each time",
                 "Tracey Hume, SW",
                 "Weekly from 22/01/2026, one visit in three unannounced",
                 "Visit record: all three children seen; kitchen, fridge and beds checked against the home "
                 "conditions list"],
                ["Weigh Freddie and check his development and speech",
                 "Bev Lomas, HV",
                 "Every two weeks at Tapperholt clinic until the review conference",
                 "Weight plotted in the red book, on or above the 25th centile; ASQ-3 speech score sent to "
                 "the SW by 31/03/2026"],
                ["Fortnightly support visits to Jodie for her low mood",
                 "Carol Brent, CPN, Tapperholt Community Mental Health Team",
                 "Fortnightly from 27/01/2026",
                 "Jodie's engagement with the CPN"],
                ["Review Jodie's antidepressant and write to the SW about her mood and how it affects her care "
                 "of the children",
                 "Dr Neil Armitage, GP, Lyle Road Surgery",
                 "By 06/02/2026",
                 "GP letter on the children's file"],
                ["Keep an eye on how Kai and Ellie-Mae present at school",
                 "Mrs Rachel Holt, DSL, Tapperholt Junior and Infant School",
                 "Daily",
                 "Monitored by class teachers"],
                ["Find Freddie a free nursery place for three sessions a week",
                 "Sharon Dale, family support worker",
                 "ASAP",
                 "Freddie's name on the nursery register at Little Larks or another nursery"],
                ["Weekly home routine sessions with Jodie: laundry, meals and bedtimes for the children",
                 "Sharon Dale, family support worker",
                 "Weekly for eight weeks from 26/01/2026",
                 "Home conditions checklist scored at each session, 4 out of 5 or better by week 8"],
                ["Agree a written bedtime and morning routine for the three children",
                 "Core group",
                 "By the first core group, 03/02/2026",
                 "Routine chart seen on the kitchen wall at the SW's visits"],
                ["Ask Tapperholt Homes to treat the damp and mould in the children's bedroom",
                 "Tracey Hume, SW",
                 "Request by 23/01/2026; work done by 20/02/2026",
                 "Repair completion notice on file; the bedroom wall seen dry at the next visit"],
                ["Go to the Triple P group at Tapperholt Family Hub",
                 "Jodie Marsden (Mum)",
                 "Thursdays for eight weeks from 05/02/2026",
                 "Group register sent to the SW; 7 of 8 sessions attended"],
                ["Have Freddie every Saturday and bring him home fed and changed",
                 "Lee Carver (Freddie's dad)",
                 "Every Saturday, 10am to 5pm",
                 "Lee texts the SW when Freddie is home; the SW asks Jodie at the next visit"],
                ["Toileting plan for Ellie-Mae, with spare clothes kept in class",
                 "Sarah Finch, school nurse",
                 "Within 4 weeks of this conference (by 17/02/2026)",
                 "Toileting chart kept by Ellie-Mae's class teacher; dry days counted each week and sent to "
                 "the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things do not improve, or there are further concerns about the children's care, Tracey will "
              "talk to her team manager and the core group will consider next steps, including whether the "
              "plan needs to change."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm, Tapperholt Family Hub: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Review child protection conference: Tuesday 14/04/2026, 10am, Tapperholt Council Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Fortnightly support visits to Jodie for her low mood"),
        F("M002", "Fortnightly support visits to Jodie for her low mood"),
        F("M002", "Keep an eye on how Kai and Ellie-Mae present"),
        F("T002", "Find Freddie a free nursery place for three sessions"),
        F("W002", "Agree a written bedtime and morning routine for the"),
        F("F002", "Jodie's mood lifts and she feels able to cope with the house."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, mother on methadone after a heroin relapse, a
#    baby and a 6-year-old, maternal grandmother at weekends. Markdown plan:
#    a key of initials, goal subheadings, owner-first bullets each with an
#    "Evidence:" or "We'll know it's working when" line below. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_torlingcote_icpc_bullets_evidence_lines_brennan.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-markdown-plan-key-of-initials-why-worried-what-lily-says-archies-day-outcomes-then-so-that-goal-subheadings-owner-initials-first-bullets-with-evidence-or-well-know-its-working-line-below-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-month-old and a 6-year-old whose mother relapsed "
        "into heroin use while on a methadone script. A Markdown plan with a key of initials; under "
        "'So that ...' goal subheadings, each bullet starts with its owner (initials from the key, "
        "'Haven Recovery – Lisa P.', 'Gran J', 'SB and RO jointly') and says when in its own sentence "
        "('every Wednesday from 11 March 2026', 'taken by 28 May 2026', 'at least fortnightly', 'by "
        "the first core group'), with the measure on an indented line below ('Evidence:', 'We'll know "
        "it's working when ...'): supervised-consumption sheets, negative urine and hair-strand "
        "results, the HV weighing and plotting, an unannounced visit finding the home as agreed, the "
        "register, a scaling score the SW records. The drug service reports on change, the GP owns "
        "an action, the grandmother's Saturdays have a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan — Lily and Archie Brennan

**Torlingcote Council · Children's Services · Family Safeguarding Team East**

Initial child protection conference: **Thursday 5 March 2026**, Torlingcote Civic Centre. Chair: Yvonne Achterberg
(IRO). Category: **neglect** (both children).

## Family

- **Lily Brennan**, 6 (DOB 19/08/2019), Year 2, Harwood Street Primary
- **Archie Brennan**, 10 months (DOB 02/05/2025)
- **Stacey Brennan**, 28 — Mum; 12 Tansy Walk, Torlingcote TG5 3EJ
- **Jean Brennan**, 55 — Stacey's mum, 3 Ropewalk Cottages, Torlingcote (a bus ride away)
- The children's father, Dean Holloway, has had no contact with them since 2024.

## Key to initials used in this plan

- **SB** — Stacey Brennan (Mum)
- **RO** — Rachel Oduya, social worker, Torlingcote Children's Services (team manager: Phil Garside)
- **JO** — Jenny Okoro, health visitor, Torlingcote Community Health
- **AD** — Mrs Amanda Dunne, designated safeguarding lead, Harwood Street Primary
- **Dr K** — Dr Imran Kazi, GP, Fenwick Road Surgery
- **Gran J** — Jean Brennan, maternal grandmother
- **Haven Recovery – Lisa P.** — Lisa Pryce, recovery worker, Haven Recovery (Torlingcote's adult drug and
  alcohol service)

## Why we are worried

Stacey has been on a methadone script for four years. In January 2026 she started using heroin again, and on
14/02/2026 a neighbour found Archie crying alone in his cot for most of an afternoon while Stacey was asleep
on the sofa; needles were found in the bathroom. Lily was late to school on 12 days in January and twice
nobody collected her.

## What Lily says and what Archie's day is like

**Lily** (seen on her own at school, 26/02/2026): "Mummy sleeps a lot and I give Archie his bottle. I like
Nanna Jean's because we make pancakes." She put herself at 3 on the worry ladder (10 is "not worried at
all"). She wants "Mummy to not be sleepy and to pick me up on time".

**Archie** was seen at home on 27/02/2026. He was in a wet nappy and had a red rash, but smiled and reached
for Lily when she came in. He pulled himself up on the sofa and babbled. He drank his bottle fast and cried
when it was taken away to be refilled.

## What needs to be different for Lily and Archie

1. Lily and Archie are cared for by a mum who is not using heroin or any street drug, and who is awake and
   able to look after them every day.
2. Archie is fed, changed and growing, and sleeps safely in his cot.
3. Lily gets to school on time every day, is collected every day, and has adults she can talk to.
4. Lily and Archie have family around them who can step in at once if their mum cannot care for them.

## The plan

### So that Lily and Archie are cared for by a mum who is not using heroin

- **SB** will take her methadone every day, supervised, at Rowe's Pharmacy on Tansy Parade, so that she is
  awake and steady enough to get Lily to school and care for Archie.
  *Evidence:* the pharmacy's supervised-consumption sheet, sent by Lisa P. to RO at the end of each month,
  shows no missed days.
- **Haven Recovery – Lisa P.** will see Stacey for key-work every Wednesday from 11 March 2026, test her
  urine at every session, and report in writing to each core group on whether she has stopped using heroin
  and what still has to change for Lily and Archie.
  *Evidence:* the written report, with every urine result negative for opiates other than methadone and
  for cocaine.
- **RO** will arrange a hair-strand test for Stacey covering the three months from this conference, taken by
  28 May 2026 so the result is back before the review conference.
  *Evidence:* a negative result for heroin and cocaine from the laboratory, shared with the core group.
- **Dr K** will review Stacey's methadone dose and her physical health, and write to RO by 27 March 2026
  about anything that affects her care of Lily and Archie.
  *Evidence:* the GP's letter on both children's files.

### So that Archie is fed, growing and safe at home

- **JO** will weigh and plot Archie every two weeks at Torlingcote Health Centre until the review conference,
  and check his nappy area and his development.
  We'll know it's working when his weight in the red book stays on or above the 25th centile and the rash
  has cleared by the first core group.
- **RO** will visit at least fortnightly, unannounced and at different times of day, until the review
  conference.
  *Evidence:* each visit finds the home as agreed at conference (no drug paraphernalia, methadone in the
  locked box, Archie clean and in his cot or with an adult who is awake), written in the visit record.
- **SB** will keep her methadone and any medicines in the locked box supplied by Haven Recovery, out of
  Lily's and Archie's reach, from the day it is delivered (6 March 2026).
  *Evidence:* the box seen locked, on the top shelf, at every visit by RO and JO.

### So that Lily is in school and has adults to talk to

- **AD** will check Lily's attendance every morning and ring RO by 10am on any day she is not in school,
  and will see her every Friday with her class teacher.
  What the school will see: Lily in by 8.50am, collected at 3.15pm, and 96% attendance or more from the
  register, e-mailed to RO every Friday.
- **RO** will do four sessions of direct work with Lily about home and who she can tell, the last by
  2 April 2026 (before the Easter holidays).
  *Evidence:* Lily's drawings and her own words on file, and her worry ladder score recorded by RO at each
  session.

### So that Lily and Archie have family around them

- **Gran J** will have Lily and Archie every Saturday from 10am to 4pm, from 7 March 2026, and collect Lily
  from school on Mondays.
  *Evidence:* Jean writes in the contact book each time, and RO reads it at her visits.
- **SB and RO jointly** will write a family safety plan saying who collects Lily, and who Archie goes to, if
  Stacey is unwell or uses, by the first core group on 17 March 2026.
  *Evidence:* the signed plan, copied to Jean, AD and JO.

## If things go wrong

- **If Stacey uses heroin or any street drug** (a positive urine or hair-strand result, or she is found drowsy
  or under the influence while caring for the children), or misses her methadone two days running: Lily and
  Archie go to Gran J's at 3 Ropewalk Cottages that day, RO holds a strategy discussion the same day, and the
  children stay with Jean until the strategy discussion agrees they can go home.
- **If Gran J cannot have the children** (she is ill, away or cannot be reached), RO will place Lily and Archie
  together with Torlingcote emergency foster carers that day.
- **If Lily is not collected from school**, AD will keep her at school and ring RO and Jean; nobody else may
  collect her.
- **If there is not enough progress**: two positive urine results, a positive hair-strand result, or Archie
  falling below the 9th centile before the review, RO will ask Phil Garside for a legal planning meeting
  within 5 working days.

## Meetings

- Core group: the first on Tuesday 17 March 2026 (within 10 working days of conference), then the third
  Tuesday of each month, 4pm, Harwood Street Primary: 21 April and 19 May 2026.
- Review child protection conference: Thursday 4 June 2026, 10am, Torlingcote Civic Centre.
- RO will bring Lily's worry ladder score and a note of Archie's day to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Minutes of the second core group, mother's drinking, a 13-year-old and
#    a 10-year-old, maternal grandmother helping. Markdown minutes with an
#    action log table ("By", "How we'll check", "Status"); one closed row
#    kept. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_tessingford_core_group_minutes_action_log_rowntree.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-markdown-present-initials-list-updates-by-agency-childrens-views-outcomes-from-conference-then-action-log-table-no-action-who-by-how-well-check-status-closed-row-kept-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 13-year-old and a 10-year-old whose mother drinks; "
        "their grandmother collects the younger child after school and has both on Friday nights. Markdown "
        "minutes with agency updates and an action log table (No. | Action | Who | By | How we'll "
        "check | Status); a referral already done is kept as 'Closed' and not counted. Most rows are "
        "sound (weekly visits, the alcohol team's report on change, breath tests, the school "
        "collection book, a young carer's plan, the GP's letter). Faults: the grandmother's Friday "
        "nights 'When possible'; the CAMHS appointment 'TBC'; mentoring measured by 'mood has "
        "improved'; 'Family' owns the rule about drinking at gatherings; a parenting course measured "
        "only by 'To be discussed at the next core group'; the contingency sends the children to the "
        "grandmother but says nothing if she cannot have them; the review conference date 'to be "
        "confirmed'."
    ),
    "text": """\
# Core Group Meeting — Minutes and Action Log

**Tessingford County Council — Children's Social Care, Locality Team South**

| | |
|---|---|
| **Children** | Connor Rowntree (13), DOB 07/02/2012, Year 9, Tessingford High School; Skye Rowntree (10), DOB 15/06/2015, Year 6, Millbeck Primary |
| **Address** | 33 Canal Terrace, Tessingford TS9 4HU |
| **Category** | Neglect (both children) — plan made at the initial conference on 11/09/2025 |
| **Meeting** | Core group 2, Thursday 09/10/2025, 4pm, Millbeck Primary |
| **Chair / minutes** | Laura Pennington (LP), social worker / Hanna Kirk, business support |

**Present:** Michelle Rowntree (Mum); Val Rowntree (Gran, maternal); LP — Laura Pennington, SW; GN — Gary Nicholls,
recovery worker, Tessingford Alcohol Team; DH — Mr Dean Holt, head of Year 9 and DSL, Tessingford High School;
SP — Mrs Sue Palmer, DSL, Millbeck Primary; AL — Amy Lowe, Tessingford Young Carers.
**Apologies:** Dr Paul Whitby, GP, Canal Street Medical Practice (written update sent).

## 1. Updates

- **Michelle:** she has cut down and has not drunk during the week since the conference. She drank at her
  sister's party on 27/09/2025 and says the children were at Gran's.
- **GN:** Michelle has been to four of four Monday sessions; three breath tests read zero and one (29/09/2025)
  read 0.2. He will put his view on change in writing for the next core group.
- **Val:** collecting Skye on Mondays, Wednesdays and Fridays has gone well. She works some Friday nights at the
  care home and cannot always have the children then.
- **DH:** Connor has been in school 91% this half term; he was found crying in the toilets on 02/10/2025 and
  told a teacher he sometimes cuts his arm. School made a referral to CAMHS the same day.
- **SP:** Skye's attendance is 97%. She has been tired on Mondays.
- **GP (written):** Dr Whitby has taken bloods for liver function and will write once the results are back.

## 2. What Connor and Skye have said

Connor (seen on his own, 06/10/2025): "It's better in the week. Weekends are the worst because that's when
she drinks. I don't want to go to Gran's every Friday, I want my mates round." He scored home 5 out of 10.

Skye (seen on her own, 07/10/2025): "I like Gran's because she does proper tea. I check Mum's bottles in the
recycling." She wants "Mum to stop drinking for ever" and to have her friend Isla for a sleepover.

## 3. Outcomes (from the plan agreed at conference)

- Connor and Skye are cared for every day and every night by an adult who is sober.
- Skye no longer checks on her mum's drinking and has time to be 10.
- Connor is safe from harming himself and has someone he trusts to talk to.

## 4. Action log

Closed rows stay in the log until the review.

| No. | Action | Who | By | How we'll check | Status |
|---|---|---|---|---|---|
| 1 | Visit Connor and Skye at home and see each of them on their own | LP (SW) | Weekly; next visit 14/10/2025 | Visit records show both children seen alone and their words written down | On track |
| 2 | Key-work and a breath test with Michelle, and a written view to each core group on whether she is making the changes Connor and Skye need and how long that will take | GN, Tessingford Alcohol Team | Every Monday; report two days before each core group | Written report on file before every core group, with the breath test log | On track |
| 3 | Not drink at all while Connor and Skye are in her care, including weekends | Michelle Rowntree (Mum) | From 09/10/2025, every day | Breath tests at key-work all read zero; the children asked at each visit | New wording agreed today |
| 4 | Collect Skye from Millbeck Primary and give her tea at Gran's | Gran (maternal) | Every Monday, Wednesday and Friday after school | Skye's collection book at the school office, signed by Val each time | On track |
| 5 | Have Connor and Skye to stay overnight on Fridays | Gran (maternal) | When possible | The children tell LP at visits where they slept on Friday | Partly |
| 6 | CAMHS assessment of Connor's low mood and self-harm | Dr Asha Menon, Tessingford CAMHS | TBC | Assessment letter to the GP and LP | Referral made 02/10/2025 by school |
| 7 | Weekly mentoring for Connor with his head of year | DH | Every Thursday, period 5 | Connor's mood has improved | Started 02/10/2025 |
| 8 | Make sure nobody drinks in front of Connor and Skye at family gatherings | Family | At every family gathering (next: Skye's party, 25/10/2025) | The children asked at the next visit, answers recorded | New |
| 9 | Michelle to go to the Strengthening Families course at Tessingford Family Hub | Michelle Rowntree (Mum) | Tuesdays for 10 weeks from 04/11/2025 | To be discussed at the next core group | Place offered |
| 10 | Young carer's assessment for Skye and a place at the Tuesday club | AL, Tessingford Young Carers | Assessment by 31/10/2025; club every Tuesday after that | Skye's young carer's plan sent to LP; club register shows her there | Visit booked 16/10/2025 |
| 11 | Liver function results and a letter on how Michelle's drinking affects her care of the children | Dr Paul Whitby, GP | By the next core group on 06/11/2025 | GP letter on both children's files | Bloods taken 03/10/2025 |
| 12 | Refer Michelle to Tessingford Alcohol Team | LP (SW) | By 12/09/2025 | Referral accepted | Closed — done 12/09/2025, first session 15/09/2025 |

## 5. Contingency (from the conference plan)

If Michelle is drunk while Connor or Skye are in her care (a positive breath test, or either child, the school
or Val tells us), the children will go to Val's at 27 Mill Lane that night and LP will hold a strategy
discussion with Tessingford Police the same day. If Connor harms himself, school or Michelle will take him to
Tessingford General A&E and ring LP straight away.

If Michelle has two positive breath tests before the review conference, or either child is found alone at night,
LP will ask her team manager, Carl Whitehouse, for a legal planning meeting within 5 working days.

## 6. Next meetings

- Next core group: Thursday 06/11/2025, 4pm, Millbeck Primary; then every four weeks.
- Review child protection conference: date to be confirmed by the conference team.

Minutes sent to everyone present and to Dr Whitby on 13/10/2025.
""",
    "findings": [
        F("T002", "Have Connor and Skye to stay overnight on Fridays"),
        F("T002", "CAMHS assessment of Connor's low mood and self-harm"),
        F("M002", "Weekly mentoring for Connor with his head of year"),
        F("W002", "Make sure nobody drinks in front of Connor and Skye"),
        F("M002", "Michelle to go to the Strengthening Families course"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, mother with severe depression under the adult
#    mental health team, father working shifts, a 13-year-old young carer
#    and a 7-year-old. Plain-text case-system print of tasks with
#    Responsible / Start-end / Progress check lines. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_tumbreck_icpc_case_print_task_lines_kowalczyk.txt",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-case-system-plain-text-print-caps-headings-dot-leader-details-concerns-childrens-views-outcomes-then-numbered-task-blocks-task-responsible-start-end-progress-check-lines-contingency-meeting-dates",
    "description": (
        "Exemplary initial conference plan for a 13-year-old young carer and her 7-year-old brother "
        "whose mother has severe depression and took an overdose in January; their father works "
        "shifts. A plain-text case-system print of numbered tasks, each with TASK, RESPONSIBLE, "
        "START / END and PROGRESS CHECK lines: timescales such as 'from 1 March until the review', "
        "'each Monday from 2 March 2026', 'weekly for the next 12 weeks, then reviewed at the core "
        "group', 'within 4 weeks of conference'; checks such as a scaling score the SW records, "
        "register percentages, an unannounced visit finding meals made and Kacper in bed. Both adult "
        "mental health tasks ask for a view on change and its timescale, the father's part is linked "
        "to the children, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
TUMBRECK BOROUGH COUNCIL          CHILDREN'S SERVICES - CASE MANAGEMENT SYSTEM
REPORT: CP PLAN (ICPC)            Printed 25/02/2026 09:42 by M.OKAFOR
--------------------------------------------------------------------------------
Subject(s) ........ Oliwia KOWALCZYK, DOB 09/11/2012 (13), Tumbreck High School
                    Kacper KOWALCZYK, DOB 28/07/2018 (7), St Kea's Primary School
Address ........... 5 Pelham Yard, Tumbreck TK2 6WB
Mother ............ Agnieszka Kowalczyk (36)
Father ............ Tomasz Kowalczyk (38), lives at home, night shifts at Tumbreck
                    Distribution Park (Sun-Wed)
Language .......... Polish at home; both parents speak good English; Agnieszka
                    prefers a Polish interpreter for health appointments
Conference ........ ICPC 24/02/2026. Chair: Helen Stroud (IRO)
Category .......... Neglect (both children)
Social worker ..... Maria Okafor, Children in Need and Protection Team 2
Team manager ...... Graham Reade
--------------------------------------------------------------------------------

CONCERNS
Agnieszka has severe depression. She has spent most days in bed since the
autumn and on 18/01/2026 she took an overdose of her tablets while Kacper was
in the flat; Oliwia found her and rang 999. She spent one night at Tumbreck
General Hospital and is now under the Tumbreck Community Mental Health Team.
Oliwia has been getting Kacper up, making meals and giving her mum her
tablets. Her attendance has fallen to 84% and she has stopped going to netball.
Kacper has been wearing the same uniform all week and arrives at school hungry.

WHAT OLIWIA AND KACPER SAY
Oliwia (seen alone, 17/02/2026): "I count Mum's tablets every night now so
she can't do it again. I'm tired all the time. I don't want Kacper to be
scared like I was." On a scale of 0 to 10, where 10 is "I don't worry about
home at all", she chose 2. She wants to go back to netball and for "someone
else to check on Mum".
Kacper (seen alone, 19/02/2026): "Mum is sad and stays in bed. Oliwia makes
my toast. Tata is at work in the night." He drew his family with his mum in
bed and himself and Oliwia on the sofa watching TV.

OUTCOMES FOR OLIWIA AND KACPER
(1) Oliwia and Kacper are cared for every day by a parent who is well enough,
    or is there, to get them up, fed and to school.
(2) Oliwia no longer looks after her mum's tablets or her brother, and goes
    back to netball and her friends.
(3) Kacper arrives at school fed, in clean uniform, and on time.
(4) Both children know the signs that their mum is becoming unwell and who
    to tell, and feel safe to tell them.

CP PLAN TASKS
--------------------------------------------------------------------------------
TASK 1 of 9
  Task ............ Visit Oliwia and Kacper at home and see each of them on
                    their own; one visit a month unannounced.
  Responsible ..... Maria Okafor (SW)
  Start / end ..... Every two weeks from 1 March until the review conference
  Progress check .. Visit records; Oliwia's worry score (0-10) recorded by
                    the SW at each visit, aiming for 6 or more by the review

TASK 2 of 9
  Task ............ Visit Agnieszka every week, hold her tablets and give
                    them out weekly in a blister pack, and write to each core
                    group on whether she is making the changes Oliwia and
                    Kacper need and how long that is likely to take.
  Responsible ..... Ewa Nowak, care co-ordinator, Tumbreck CMHT
  Start / end ..... Weekly from 26/02/2026; report two working days before
                    each core group
  Progress check .. Written report on the children's file before every core
                    group, with the blister pack dates

TASK 3 of 9
  Task ............ Review Agnieszka's medication in clinic, with an
                    interpreter, and give a written assessment of her risk,
                    her capacity to change and the likely timescale for the
                    children.
  Responsible ..... Dr Samuel Osei, consultant psychiatrist, Tumbreck CMHT
  Start / end ..... Clinic by 31/03/2026; written assessment before the core
                    group on 07/04/2026
  Progress check .. Assessment letter to the SW and the GP, shared at the
                    core group on 07/04/2026

TASK 4 of 9
  Task ............ Young carer's assessment for Oliwia and a place at the
                    Tumbreck Young Carers' Wednesday group.
  Responsible ..... Hannah Bell, Tumbreck Young Carers
  Start / end ..... Assessment within 4 weeks of conference (by 24/03/2026);
                    group each Wednesday after school from then on
  Progress check .. Oliwia's young carer's plan sent to the SW; the group
                    register shows her there

TASK 5 of 9
  Task ............ Weekly check-in for Oliwia with her pastoral lead, and
                    help to go back to netball club.
  Responsible ..... Mrs Gail Lane, pastoral lead, Tumbreck High School
  Start / end ..... Each Monday from 2 March 2026
  Progress check .. Check-ins logged on CPOMS; attendance from the register
                    (95% or more) and the netball club list, sent to the SW
                    every other Friday

TASK 6 of 9
  Task ............ Check Kacper's attendance, breakfast and uniform each
                    morning, and ring the SW the same day with any worry.
  Responsible ..... Mr Ian Pratt, DSL, St Kea's Primary School
  Start / end ..... Every school day from 25/02/2026
  Progress check .. Breakfast club register shows Kacper there; attendance
                    percentage sent to the SW every other Friday

TASK 7 of 9
  Task ............ Be at home every school morning to get Kacper up, fed
                    and to school, so that Oliwia does not have to; move to
                    a day shift if needed.
  Responsible ..... Tomasz Kowalczyk (Dad)
  Start / end ..... Every school day from 2 March 2026 until the review
  Progress check .. The school register shows both children on time; Oliwia
                    tells the SW she has not had to get Kacper ready

TASK 8 of 9
  Task ............ Take her tablets from the blister pack each day and go
                    to every CMHT appointment, so that she is well enough to
                    care for Oliwia and Kacper.
  Responsible ..... Agnieszka Kowalczyk (Mum)
  Start / end ..... Daily; CMHT appointments weekly from 26/02/2026
  Progress check .. Ewa Nowak's report shows every dose taken and every
                    appointment kept; Oliwia no longer counts the tablets

TASK 9 of 9
  Task ............ Help the family set up a weekly meal plan and a bedtime
                    routine for Kacper, working in Polish where it helps.
  Responsible ..... Marta Zielinska, family support worker, Tumbreck Early
                    Help (Polish speaker)
  Start / end ..... Weekly for the next 12 weeks, then reviewed at the core
                    group
  Progress check .. Meal plan and routine chart on the kitchen wall; the SW's
                    unannounced visits find a meal made and Kacper in bed by
                    8pm

CONTINGENCY
--------------------------------------------------------------------------------
Trigger ........... Agnieszka misses two blister-pack days, tells anyone she
                    is thinking of harming herself, or is found unable to get
                    up for two days in a row.
Response .......... Ewa Nowak or the CMHT crisis team sees Agnieszka the same
                    day; Tomasz stays at home from work and the children are
                    never left alone with her until the crisis team says it
                    is safe. If Tomasz cannot be at home, Maria arranges the
                    same day for Oliwia and Kacper to stay together with
                    Tumbreck foster carers.
Trigger ........... A second overdose or a hospital admission, or Dr Osei's
                    assessment says Agnieszka cannot make the changes within
                    the children's timescale.
Response .......... Maria asks Graham Reade for a legal planning meeting
                    within 5 working days.

MEETINGS
--------------------------------------------------------------------------------
Core group ........ every four weeks, Tuesdays 4.15pm, St Kea's Primary:
                    10/03/2026, 07/04/2026, 05/05/2026
Review CPC ........ 19/05/2026, 10am, Tumbreck Town Hall
--------------------------------------------------------------------------------
END OF REPORT
""",
    "findings": [],
})
