"""Batch 123, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread.
Owners given only as a service or team, as a relationship word defined once
("Nana Jean", "Nanna Sue"), as initials or a first name from a who's-who, as
joint owners ("Mum and Dad together", "KM with the school nurse"), as "you"
in a plan partly written to a 15-year-old, or in a bracket at the end of a
bullet. Timescales as weeks of pregnancy and the baby's age ("by 34 weeks
pregnant", "until the baby is 6 months old"), as events dated elsewhere in
the plan ("before the next core group (3 March)", "by the review
conference"), in a time-first column, and as dates in many forms ("w/c 3rd
Nov", "31.10.25", "Tues & Thurs"). Measures in columns headed "What will we
see?", "Proof" or "Success looks like", given as numbers and records ("three
clear tests in a row", "no missed doses on the pharmacy record", "95% or
more"). The child's voice in a Three Houses table, a "Ruby's day" paragraph
or quoted words; contingencies as a Plan B If | Then | Who table or "what
we'll do if" paragraphs; review arrangements in a table of meeting dates.

Five plans are exemplary: a pre-birth Word plan with a time-first column
(weeks of pregnancy, then the baby's age); a case-system PDF export of task
blocks for a 15-year-old at risk of exploitation and self-harm, partly
written to him; a landscape PDF with merged "what needs to be different"
cells and a lead-team column; a Signs of Safety Markdown plan with a step
table under each danger statement and safety goal, owners by initials; and a
plain-text plan with aligned WHO-first columns. Two carry a realistic mix of
faults among mostly good rows: a Word review plan with a team-only owner
column, target dates in many forms, a Proof column and a Plan B table (a
feeling as a measure, a collective owner, "As needed", an assessment with no
proof, and the next review conference not yet set); and a Markdown baby plan
with the owner in a bracket at the end of each bullet and "Success looks
like" lines (a support-only perinatal row measured by a feeling, "when
Natalia feels ready", "all professionals visiting", an assessment with no
output, an outcome about the parents only, and a contingency that leans on
the grandmother with no fallback).

Counting convention for "actions" (README, "Files", convention 1): every live
row of an action table, every task block of an export, every bullet of an
action section (its "Success looks like" continuation belongs to it), and
every line of the plain-text action table. Contingency rows, Plan B rows,
meeting dates, who's-who lists and the child's views are not actions. No plan
here holds a one-off action already marked done.
"""
import textwrap

from build_batch5 import F, V

PLANS = []


def _aligned(header, rows, widths, gap="  "):
    """Fixed-width text table: each cell wrapped to its column, rows separated by a blank line."""
    out = []

    def line(cells):
        return gap.join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out.append(line(header))
    out.append(line(["-" * w for w in widths]))
    for row in rows:
        wrapped = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths)]
        for i in range(max(len(c) for c in wrapped)):
            out.append(line([c[i] if i < len(c) else "" for c in wrapped]))
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, mother with bipolar affective disorder, a 6-year-old
#    brother. Word plan whose action table puts WHEN first, timed by weeks
#    of pregnancy and then by the baby's age; owners as services, "Mum and
#    Dad together", "Nana Jean"; "What will we see?" and "Review date"
#    columns. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_bellingmarsh_prebirth_when_first_weeks_pregnant_teague.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Teague and Ellis Teague",
    "split": "tune",
    "actions": 13,
    "template": "prebirth-icpc-word-plan-who-is-who-list-baby-world-and-brothers-words-outcomes-then-when-first-table-weeks-pregnant-then-babys-age-what-who-what-will-we-see-review-date-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby due in January and his 6-year-old brother; "
        "the mother has bipolar affective disorder and relapsed after her first birth. The action "
        "table puts the timescale first and times it by weeks of pregnancy ('by 34 weeks "
        "pregnant (03/12/2025)') and then by the baby's age ('weekly until the baby is 6 months "
        "old'); some owners are a service only (the perinatal mental health team), one is 'Mum "
        "and Dad together', two rows belong to 'Nana Jean', named once in the who's-who. Every "
        "row has a 'What will we see?' and a review date; the perinatal team reports on capacity "
        "to change, the GP owns the lithium plan, the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Bellingmarsh Borough Council · Children's Services · Family Safeguarding Team East"),
        ("kv", [
            ("Unborn baby", "Baby Teague, due 14/01/2026 (Kirsty was 26 weeks pregnant at conference)"),
            ("Brother", "Ellis Teague (6), DOB 02/03/2019, Year 2 at Fernhill Primary School"),
            ("Address", "9 Salt Meadow Road, Bellingmarsh BM3 4RT"),
            ("Category", "Risk of neglect (unborn baby and Ellis)"),
            ("Initial conference", "Wednesday 08/10/2025. Chair: Rosalind Achebe (IRO)"),
        ]),
        ("h1", "Who is who"),
        ("p", "After this list people are called by the name in brackets."),
        ("bullets", [
            "Kirsty Teague, 24, Mum (Kirsty)",
            "Jordan Pryce, 27, Dad, lives with Kirsty and Ellis (Jordan)",
            "Jean Teague, Kirsty's mum, 14 Gull Lane, Bellingmarsh (Nana Jean)",
            "Tom Ashworth, social worker, Family Safeguarding Team East (Tom); team manager Helen Varga",
            "Megan Hollis, specialist midwife for women with mental health needs, Bellingmarsh General "
            "Hospital (Megan)",
            "Dr Anjali Sood, consultant perinatal psychiatrist, and Lola Banjo, perinatal nursery nurse, "
            "Bellingmarsh Perinatal Mental Health Team",
            "Dr Hamid Qureshi, GP, Saltings Lane Surgery",
            "Claire Ndiaye, health visitor, Bellingmarsh 0-19 Service (Claire)",
            "Mrs Dawn Rees, designated safeguarding lead, Fernhill Primary School",
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Kirsty has bipolar affective disorder. Three weeks after Ellis was born she became manic, stopped "
              "sleeping and left the flat with him at 3am in January; she was detained in hospital for six weeks "
              "and Ellis was cared for by Nana Jean. In June 2025 she stopped her lithium when she found out she "
              "was pregnant and was seen by the crisis team twice in July. She restarted lithium in August. Ellis "
              "told his teacher that he makes his own breakfast on days when Mum \"won't get up\"."),
        ("h1", "What is going well"),
        ("p", "Kirsty has been back on lithium since 11/08/2025 and has kept every appointment with the perinatal "
              "team since. Jordan noticed her early signs in July and rang the crisis team himself. Nana Jean "
              "lives ten minutes away and looked after Ellis safely for six weeks in 2020."),
        ("h1", "Ellis's words and the baby's world"),
        ("p", "Ellis (seen on his own at school, 01/10/2025): \"When Mummy is sad she stays in bed and I have "
              "cereal. When she was too happy she didn't sleep and she was shouting at the telly. I want the baby "
              "to sleep in my room. I like it when Nana Jean does my tea.\" He drew the family with the baby in a "
              "pram and Nana Jean holding his hand, and put home at 6 out of 10."),
        ("p", "The baby: at the 24-week scan Kirsty and Jordan cried when they saw the baby moving, and Ellis has "
              "the scan picture on his bedroom wall. The small bedroom has been painted but there is no cot yet. "
              "On the SW's visit on 02/10/2025 Kirsty talked to the bump and let Ellis feel the baby kick. She "
              "is sleeping about six hours a night."),
        ("h1", "What we want for the baby and Ellis"),
        ("bullets", [
            "The baby is born safely and goes home from the ward only when a written plan says who will care "
            "for the baby day and night.",
            "The baby is fed, warm and sleeps safely, and is always cared for by an adult who is well; the "
            "first signs of Kirsty becoming unwell are spotted and acted on before they affect the baby.",
            "Ellis goes to school every day, fed and on time, is never left to look after himself, his mum or "
            "the baby, and knows who to tell if Mum is poorly.",
        ]),
        ("h1", "The plan"),
        ("p", "The first column says when. Until the birth it is counted in weeks of pregnancy (with the date); "
              "after the birth it is counted by the baby's age. The last column is when the core group will next "
              "look at the row."),
        ("table", {
            "header": ["When", "What will happen", "Who", "What will we see?", "Review date"],
            "widths": [3.2, 4.9, 2.8, 4.2, 1.9],
            "rows": [
                ["Every two weeks until 36 weeks pregnant, then weekly until the birth",
                 "See Kirsty at the Rainbow antenatal clinic, with a mood and sleep check at each appointment, "
                 "and tell Tom the same day if she misses one",
                 "Megan (specialist midwife)",
                 "Maternity record shows every appointment kept and her sleep hours written down; any missed "
                 "appointment phoned to Tom the same day",
                 "Each core group"],
                ["From 28 weeks pregnant (22/10/2025) every two weeks; weekly for the first 6 weeks after the "
                 "birth",
                 "See Kirsty, write her relapse signature with her and Jordan, and report before each core group "
                 "on whether she is making and keeping the changes the baby will need, what still has to change "
                 "and how long that is likely to take",
                 "Bellingmarsh Perinatal Mental Health Team",
                 "Relapse signature given to everyone in this plan by 32 weeks; written report on the case file "
                 "two working days before each core group",
                 "Each core group"],
                ["By 30 weeks pregnant (05/11/2025), then every 4 weeks",
                 "Agree Kirsty's lithium plan for the rest of the pregnancy and after the birth with Dr Sood, "
                 "and check her blood levels, so that she stays well enough to care for the baby and Ellis",
                 "Dr Hamid Qureshi, GP",
                 "Written medication plan on the maternity record and the children's file by 05/11/2025; "
                 "every lithium level in range",
                 "19/11/2025"],
                ["Every evening; blood test every 4 weeks",
                 "Take her lithium every evening and go to each blood test, so that she is well when the baby "
                 "comes and can get Ellis up for school",
                 "Kirsty (Mum)",
                 "Pharmacy collection record and blood results shared by the GP show no missed doses",
                 "Each core group"],
                ["By 32 weeks pregnant (19/11/2025)",
                 "Learn Kirsty's early warning signs from her relapse signature and ring the perinatal duty "
                 "line the same day he sees two of them, so the baby is never left alone with Kirsty while "
                 "she is becoming unwell",
                 "Jordan (Dad)",
                 "Jordan can name Kirsty's early signs at Tom's visit on 19/11/2025; any call is logged by the "
                 "perinatal team and passed to Tom",
                 "19/11/2025"],
                ["Every two weeks until the birth; weekly from the birth until the baby is 6 months old",
                 "Visit at home, see Ellis on his own and the baby's room; once the baby is home, see the baby "
                 "awake and look at where the baby sleeps",
                 "Tom Ashworth (SW)",
                 "Visit records with Ellis's own words and the baby's sleeping place written down at every visit",
                 "Each core group"],
                ["Every Friday in term time",
                 "Check Ellis's attendance and lateness, and give him a Friday chat with his class teaching "
                 "assistant about how things are at home",
                 "Fernhill Primary School",
                 "Attendance sheet sent to Tom each Friday shows 95% or more; each chat logged on CPOMS",
                 "Each core group"],
                ["Four sessions, all done by 36 weeks pregnant (17/12/2025)",
                 "Direct work with Ellis about the new baby and about Mum's illness, using the \"When Mum is "
                 "poorly\" storybook",
                 "Tom with the perinatal nursery nurse",
                 "Ellis's finished storybook kept on file; at the 36-week visit Ellis can tell Tom who he would "
                 "ring if Mum was poorly",
                 "17/12/2025"],
                ["By 34 weeks pregnant (03/12/2025)",
                 "Hold a pre-birth discharge planning meeting on the maternity unit and write the birth and "
                 "discharge plan: who stays with Kirsty and the baby on the ward, and what must be in place "
                 "before they go home",
                 "Tom, chairing, with Megan",
                 "Birth and discharge plan on the maternity record and sent to everyone in this plan by "
                 "03/12/2025",
                 "17/12/2025"],
                ["By 36 weeks pregnant (17/12/2025)",
                 "Get a cot with a new mattress, a steriliser and a rear-facing car seat, and show Tom the "
                 "baby's sleeping space",
                 "Mum and Dad together",
                 "At the 36-week visit Tom sees the cot made up with a new mattress and the car seat fitted in "
                 "Jordan's car",
                 "17/12/2025"],
                ["From 38 weeks pregnant (31/12/2025) until a week after Kirsty and the baby come home",
                 "Have Ellis to stay, take him to school and collect him, and bring him to the ward to meet "
                 "the baby",
                 "Nana Jean",
                 "School's collection book and Nana Jean's diary show every school day covered",
                 "RCPC 06/01/2026"],
                ["Every night for the first two weeks at home, then Friday and Saturday nights until the baby "
                 "is 3 months old",
                 "Stay over and do the baby's night feeds, so that Kirsty gets the sleep her relapse signature "
                 "says keeps her well",
                 "Nana Jean",
                 "Night feed chart filled in by Nana Jean for every night she stays, checked by Claire at each "
                 "visit",
                 "Each core group"],
                ["New-birth visit within 10 days of the birth, then weekly until the baby is 6 months old",
                 "Weigh the baby, watch a feed and note how Kirsty and Jordan respond to the baby's cues",
                 "Claire (health visitor)",
                 "Weights plotted in the red book stay on or near the birth centile; Claire's summary sent to "
                 "Tom every 4 weeks",
                 "Each core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kirsty shows two of her early warning signs (sleeping less than four hours on two nights running, "
              "talking very fast, spending money she has not got, or missing two evening doses of lithium), "
              "Jordan or Nana Jean will ring the perinatal duty line the same day and the perinatal team will see "
              "Kirsty within 24 hours. Until she has been seen, the baby and Ellis will not be left alone with "
              "her: Jordan will stay at home, or the children will go to Nana Jean's at 14 Gull Lane."),
        ("p", "If Kirsty becomes unwell on the maternity ward, the baby will stay on the ward with Jordan and the "
              "midwives, and will not go home until Tom has held a strategy discussion and the discharge plan "
              "has been changed."),
        ("p", "If Nana Jean cannot have Ellis or cannot stay over (she is ill, away, or it is too much for her), "
              "Tom will arrange for Ellis and the baby to be cared for by Bellingmarsh foster carers the same "
              "day, or ask the perinatal team to admit Kirsty and the baby together to the Larkfield Mother and "
              "Baby Unit."),
        ("p", "If Kirsty stops her lithium before the birth, or the birth and discharge plan has not been agreed "
              "by 36 weeks pregnant, Tom will ask Helen Varga for a legal planning meeting within 5 working days "
              "to decide whether to start pre-proceedings under the Public Law Outline before the baby is born."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 2pm, Salt Meadow Children's Centre: 22/10/2025, "
            "19/11/2025 and 17/12/2025, and within 10 working days of the birth.",
            "Review child protection conference: Tuesday 06/01/2026, 10am, Bellingmarsh Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, father's drinking, mother's depression,
#    two children, grandfather doing school pick-ups. Word plan whose owner
#    column is headed "Team" and holds agencies, "Mum", "Dad", "Mum and Dad
#    together" and "Grandad Ron"; target dates in many forms; a Proof
#    column; a Plan B table (If | Then | Who) and a meeting-dates table.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_bramstowe_rcpc_team_column_plan_b_table_harnett.docx",
    "doc_title": "Child Protection Plan (Review) - Mia and Jayden Harnett",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-word-plan-family-list-what-has-changed-childrens-words-outcomes-then-numbered-table-what-needs-to-happen-team-target-date-in-many-forms-proof-then-plan-b-if-then-who-table-meeting-dates-table",
    "description": (
        "Review conference plan for an 8-year-old and a 3-year-old whose father drinks and whose "
        "mother has depression. The action table's owner column is headed 'Team' and mostly "
        "holds agencies, with 'Mum', 'Dad', 'Mum and Dad together' and 'Grandad Ron'; target "
        "dates are written in many forms ('w/c 3rd Nov', '31.10.25', 'Tues & Thurs', 'before "
        "half term (24 Oct)'); measures sit in a 'Proof' column. The contingency is a Plan B "
        "table (If | Then | Who) with named triggers, a fallback for the grandfather and a "
        "legal planning step. Faults among good rows: parenting support measured by the "
        "mother feeling more confident, 'Family' keeping a sober adult in the house, housing "
        "help 'As needed', a parenting assessment with no proof; the second review conference "
        "is still to be set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – review"),
        ("p", "Bramstowe City Council · Children's Social Care · Safeguarding Team 2"),
        ("kv", [
            ("Children", "Mia Harnett (8), DOB 19/05/2017, Year 4, Oakfield Primary; Jayden Harnett (3), DOB "
                         "27/08/2022, Little Owls Nursery"),
            ("Parents", "Carla Harnett (30) and Lee Harnett (34), 41 Coopers Walk, Bramstowe BR6 2JD"),
            ("Grandad Ron", "Ron Harnett, Lee's father, 3 Mill Row, Bramstowe"),
            ("Social worker", "Stacey Ogunleye (team manager: Angela Birch)"),
            ("Conference", "First review child protection conference, Tuesday 14/10/2025. Chair: Imran Malik "
                           "(IRO). Category: neglect."),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "In July the police found Lee asleep on the sofa, drunk, with Jayden awake and alone in the kitchen; "
              "Carla was in bed with depression and had not heard Jayden get up. Mia had missed 24 days of school "
              "in the year. Since then Lee has been to the Bramstowe Recovery Service eleven times and his "
              "breath tests at visits have been clear since 02/09/2025. Carla's GP has increased her "
              "antidepressant. Mia's attendance since September is 93%. The children's bedroom is still damp and "
              "Jayden has had two chest infections."),
        ("h1", "What Mia and Jayden have told us"),
        ("p", "Mia (seen on her own at school, 07/10/2025): \"Dad doesn't smell of beer when he picks me up now. "
              "I like Grandad Ron's days because we have fish fingers. I don't like it when Mum stays in bed and "
              "Jayden cries.\" She scored home 5 out of 10, up from 2 in July."),
        ("p", "Jayden (seen at home, 09/10/2025) showed the SW his nursery painting, climbed onto Carla's knee "
              "when the SW arrived and coughed through the visit. Nursery say he is talking in short sentences "
              "and asks for \"Grandad\" on Tuesdays."),
        ("h1", "What we want for Mia and Jayden"),
        ("bullets", [
            "Mia and Jayden are always cared for by a sober adult who is awake and knows where they are.",
            "Mia goes to school every day and Jayden to nursery every session, fed and on time.",
            "Jayden sleeps in a warm, dry bedroom and his chest infections stop.",
            "Mia can tell a grown-up at school when things at home worry her.",
        ]),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["#", "What needs to happen", "Team", "Target date", "Proof"],
            "widths": [0.7, 5.6, 3.2, 3.0, 4.5],
            "rows": [
                ["1",
                 "See Mia and Jayden at home, Mia on her own, with one visit in four after 6pm",
                 "Children's Social Care – Safeguarding Team 2",
                 "Weekly from 14 Oct until the next review",
                 "Visit notes record both children seen, who was caring for them and Mia's own words"],
                ["2",
                 "Key-work with Lee, a breath test at each session, and a written view before each core group on "
                 "whether his drinking is changing enough for Mia and Jayden and how long more change will take",
                 "Bramstowe Recovery Service",
                 "Every Tuesday; report 2 working days before each core group",
                 "Breath test log and written report on the case file"],
                ["3",
                 "Not drink on any day he is looking after Mia or Jayden, and blow into the breathalyser when the "
                 "SW asks",
                 "Dad",
                 "Every day; tested at every visit",
                 "Zero reading at every test"],
                ["4",
                 "Review Carla's antidepressant and tell the SW if she misses a review, so the core group knows "
                 "if her mood is affecting the children's care",
                 "Westgate Surgery (GP)",
                 "31.10.25, then every 8 weeks",
                 "GP letter to the SW after each review"],
                ["5",
                 "Developmental review for Jayden at three, with a speech and language check",
                 "Health Visiting – Bramstowe North",
                 "w/c 3rd Nov",
                 "ASQ scores sent to the SW; speech therapy referral made if he scores below the line"],
                ["6",
                 "Check Mia's attendance and whether she has had breakfast, and ring the SW the same day if she "
                 "is absent with no reason given",
                 "Oakfield Primary",
                 "Every school day",
                 "Weekly attendance sheet to the SW (target 95%); same-day calls logged on CPOMS"],
                ["7",
                 "Take Jayden to nursery on time",
                 "Mum",
                 "Mon, Wed, Fri mornings from 20/10",
                 "Nursery register shows 90% or more and arrival by 9.15am"],
                ["8",
                 "Collect Mia from school and give both children their tea at his house",
                 "Grandad Ron",
                 "Tues & Thurs",
                 "Ron signs the school's collection book; the SW checks it each month"],
                ["9",
                 "Parenting support sessions at home on routines, bedtimes and meals for the children",
                 "Bramstowe Family Support Service",
                 "Weekly for 8 weeks from 21 Oct",
                 "Mum feels more confident with the bedtime routine"],
                ["10",
                 "Make sure there is always a sober adult in the house when the children are home",
                 "Family",
                 "Every evening",
                 "Evening visit notes record who was home and whether they were sober"],
                ["11",
                 "Help Carla with her housing transfer application and the damp in the children's bedroom",
                 "Bramstowe Homes (housing officer)",
                 "As needed",
                 "Damp treated and the bedroom seen dry by the SW"],
                ["12",
                 "Complete a parenting assessment of Carla and Lee",
                 "Children's Social Care – Safeguarding Team 2",
                 "By 12/12/2025",
                 "-"],
                ["13",
                 "Go together to the Calmer Homes course on arguing in front of children",
                 "Mum and Dad together",
                 "Book places before half term (24 Oct); sessions Thursdays, 6 Nov to 11 Dec",
                 "Course register shows at least 5 of 6 sessions for each of them"],
            ],
        }),
        ("h1", "Plan B"),
        ("table", {
            "header": ["If", "Then", "Who"],
            "widths": [5.8, 7.6, 3.6],
            "rows": [
                ["Lee has been drinking while he is looking after Mia or Jayden (a reading above zero, or anyone "
                 "smells alcohol on him)",
                 "The children go to Grandad Ron's at 3 Mill Row that day. Lee leaves the house until a strategy "
                 "discussion, held the same day, says it is safe for him to come back.",
                 "Carla rings Ron; the SW holds the strategy discussion"],
                ["Grandad Ron cannot have the children (he is ill, away, or has been drinking himself)",
                 "The SW places Mia and Jayden together with Bramstowe foster carers the same day.",
                 "SW; Emergency Duty Team out of hours"],
                ["Mia is absent with no reason, or Jayden misses nursery, two days running",
                 "The SW visits the same day and sees both children; if they are not safe, a strategy discussion "
                 "is held that day.",
                 "SW, with Oakfield Primary and Little Owls"],
                ["Lee has two positive breath tests, or the children are found with an adult who is drunk, before "
                 "the second review",
                 "The SW asks for a legal planning meeting within 5 working days to decide whether to start the "
                 "Public Law Outline.",
                 "Angela Birch, team manager"],
            ],
        }),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date", "Where"],
            "widths": [5.0, 6.0, 6.0],
            "rows": [
                ["Core group (every 4 weeks)", "28/10/2025, 25/11/2025, 23/12/2025", "Coopers Walk Family Hub, 4pm"],
                ["Second review child protection conference", "To be set by the conference team",
                 "Bramstowe Civic Centre"],
            ],
        }),
    ],
    "findings": [
        F("M002", "Parenting support sessions at home on routines, bedtimes and meals"),
        F("W002", "Make sure there is always a sober adult in the house"),
        F("T002", "Help Carla with her housing transfer application and the damp"),
        F("M001", "Complete a parenting assessment of Carla and Lee"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 15-year-old at risk of criminal
#    exploitation who cuts himself; his mother drinks. Case-system PDF
#    export with a running header and "Page N of M" footer: a who's-who that
#    sets up first names and roles, then one block of labelled fields per
#    task ("Owner", "Due / how often", "Success looks like", "Review
#    date"); the tasks for Reece are written to him ("Owner: You (Reece)").
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_blenhollow_cce_case_export_task_blocks_to_reece_mackie.pdf",
    "doc_title": "Child Protection Plan - Reece Mackie",
    "split": "tune",
    "actions": 10,
    "template": "cce-self-harm-icpc-case-system-pdf-export-paged-header-footer-whos-who-first-names-roles-worries-in-reeces-words-goals-then-task-n-of-10-blocks-what-owner-due-success-looks-like-review-date-some-written-to-you-plan-b-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old who has been missing overnight, "
        "found with older men in another town, and has cut his arms; his mother drinks most "
        "evenings. A case-system PDF export with a running header and page footer: a who's-who "
        "introduces people once ('Amara', 'Nana', 'the SW'), then ten task blocks of labelled "
        "fields, two of them written to Reece ('Owner: You (Reece)') and others owned by a team "
        "only (CAMHS, the alcohol service, the police missing unit). Due fields are events dated "
        "elsewhere ('within 72 hours of each return', 'by the next core group (02/12/2025)'); "
        "success is counted (curfew log, return interviews, attendance). The alcohol service "
        "reports on change, Nana's part has a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "header": "CareLink Connect · Blenhollow Council Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Reece Mackie · CP plan v1 · printed 21/11/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("h1", "1. Subject"),
        ("kv", [
            ("Name", "Reece Mackie"),
            ("DOB / age", "04/06/2010 (15)"),
            ("Address", "Flat 3, 18 Tanners Yard, Blenhollow BH2 7NP"),
            ("School", "Harlow Park Academy, Year 11"),
            ("Category", "Neglect"),
            ("Plan made at", "Initial child protection conference, 18/11/2025. Chair: Delyth Morgan (IRO)"),
        ]),
        ("h1", "2. Who's who in this plan"),
        ("p", "This plan was written with Reece. Where a task is for Reece it says \"you\". Everyone else is "
              "named once here and after that by first name or role."),
        ("kv", [
            ("Mum", "Shona Mackie (38), lives with Reece"),
            ("Nana", "Pauline Mackie, Shona's mum, 2 Barrow Close, Blenhollow (five minutes' walk)"),
            ("The SW", "Ruth Devlin, social worker, Blenhollow Adolescent Safeguarding Team (team manager "
                       "Gareth Pryce)"),
            ("Amara", "Amara Osei, youth worker, Blenhollow Exploitation Team"),
            ("CAMHS", "Blenhollow CAMHS Crisis and Home Treatment Team (clinician: Dr Fern Lewis)"),
            ("The alcohol service", "Blenhollow Alcohol Recovery Service (recovery worker: Pete Danso)"),
            ("The police missing unit", "Blenhollow Police Missing and Exploitation Unit (PC Jo Hadley)"),
            ("School", "Mr Liam Byrne, designated safeguarding lead, Harlow Park Academy"),
        ]),
        ("h1", "3. What we are worried about"),
        ("p", "Between August and early November Reece was reported missing six times, four of them overnight. "
              "Twice he was found by police at a flat in Tarnby with men in their twenties, once with £300 in "
              "cash and two phones. On 30/10/2025 Nana saw cuts on both of his forearms. Shona drinks most "
              "evenings and has been asleep when Reece has come home; she did not report him missing on two of "
              "the nights he was away. Reece's attendance this term is 71%."),
        ("h1", "4. What is going well"),
        ("p", "Reece has a close bond with Nana and always goes to her when he is upset. He likes boxing and has "
              "asked Amara about the club at Tanners Yard. Shona has asked for help with her drinking herself "
              "and went to her first appointment on 12/11/2025."),
        ("h1", "5. In Reece's words"),
        ("p", "Seen on his own at Nana's, 14/11/2025: \"They're not my mates, I know that. But they give you stuff "
              "and then you owe them. I cut when my head's too loud, not to die. I don't want to go into care. I "
              "want Mum to stop drinking and I want to do my boxing and get my GCSEs.\" He put how safe he feels "
              "at 4 out of 10, and said the safest place is Nana's kitchen."),
        ("h1", "6. Goals"),
        ("bullets", [
            "G1. Reece is home every night at the agreed time, and not going to Tarnby or seeing the men who "
            "have been using him.",
            "G2. Reece is cutting less and then not at all, and has a grown-up he trusts to tell when his head "
            "is too loud.",
            "G3. Reece is looked after at home by an adult who is sober in the evenings and notices when he is "
            "not home.",
            "G4. Reece is in school every day and sits his GCSEs in the summer.",
        ]),
        ("h1", "7. Tasks"),
        ("h3", "Task 1 of 10"),
        ("kv", [
            ("What", "See Reece on his own, at least every other week away from the flat, and keep his map of "
                     "the places he goes up to date with him"),
            ("Goal", "G1, G2"),
            ("Owner", "The SW"),
            ("Due / how often", "Every week until the review conference"),
            ("Success looks like", "Visit records show Reece seen alone each week, his own words written down and "
                                   "the map updated"),
            ("Review date", "Each core group"),
        ]),
        ("h3", "Task 2 of 10"),
        ("kv", [
            ("What", "Sessions with Reece on grooming, debt bondage, county lines and safe ways home, and help him "
                     "join the Tanners Yard boxing club"),
            ("Goal", "G1"),
            ("Owner", "Amara"),
            ("Due / how often", "Tuesdays and Saturdays from 25/11/2025"),
            ("Success looks like", "Session log sent to the SW every Friday; missing episodes fall from six in "
                                   "October to none in any four weeks; boxing club register shows Reece there"),
            ("Review date", "Each core group"),
        ]),
        ("h3", "Task 3 of 10"),
        ("kv", [
            ("What", "Be home by 9pm on school nights and 10pm on Fridays and Saturdays, and keep your phone "
                     "charged and switched on so Mum and Nana can reach you"),
            ("Goal", "G1"),
            ("Owner", "You (Reece)"),
            ("Due / how often", "Every night"),
            ("Success looks like", "The door log kept by Mum shows the time you got in every night; no nights "
                                   "missing"),
            ("Review date", "Each core group"),
        ]),
        ("h3", "Task 4 of 10"),
        ("kv", [
            ("What", "If Reece is not home within 30 minutes of his time and cannot be reached, report him missing "
                     "to the police and text the SW"),
            ("Goal", "G1, G3"),
            ("Owner", "Nana"),
            ("Due / how often", "Every night, within 30 minutes of his curfew time"),
            ("Success looks like", "A police reference number and a text to the SW for every late night, kept in "
                                   "the door log"),
            ("Review date", "Each core group"),
        ]),
        ("h3", "Task 5 of 10"),
        ("kv", [
            ("What", "Assess Reece's self-harm and mood, write a safety plan with him, and see him each week"),
            ("Goal", "G2"),
            ("Owner", "CAMHS"),
            ("Due / how often", "First appointment by 28/11/2025, then weekly for 8 weeks"),
            ("Success looks like", "Reece's written safety plan shared with him, Mum, Nana and the SW by "
                                   "05/12/2025; clinic letter to the SW every 4 weeks recording how many days "
                                   "Reece has gone without cutting"),
            ("Review date", "Core group 02/12/2025, then each core group"),
        ]),
        ("h3", "Task 6 of 10"),
        ("kv", [
            ("What", "Tell Amara, CAMHS or Nana the same day when your head is too loud or you want to cut, using "
                     "the numbers on your safety plan card"),
            ("Goal", "G2"),
            ("Owner", "You (Reece)"),
            ("Due / how often", "The same day, every time, from 05/12/2025 when your card is made"),
            ("Success looks like", "You can show the SW the card on your phone at each visit; CAMHS and Amara "
                                   "record each time you got in touch"),
            ("Review date", "Each core group"),
        ]),
        ("h3", "Task 7 of 10"),
        ("kv", [
            ("What", "Key-work with Shona, breath tests, and a written report before each core group on whether "
                     "her drinking is changing enough for her to be sober and awake for Reece in the evenings, "
                     "and how long that is likely to take"),
            ("Goal", "G3"),
            ("Owner", "The alcohol service"),
            ("Due / how often", "Key-work every Thursday; report 2 working days before each core group"),
            ("Success looks like", "Breath test log and written report on the case file before every core group"),
            ("Review date", "Each core group"),
        ]),
        ("h3", "Task 8 of 10"),
        ("kv", [
            ("What", "Not drink on any evening she is at home waiting for Reece, and fill in the door log each "
                     "night"),
            ("Goal", "G3"),
            ("Owner", "Mum"),
            ("Due / how often", "Every evening; breath tested at each key-work session and at SW visits"),
            ("Success looks like", "Every breath test reads zero; the door log has an entry for every night"),
            ("Review date", "Each core group"),
        ]),
        ("h3", "Task 9 of 10"),
        ("kv", [
            ("What", "Check Reece's attendance lesson by lesson and ring Nana by 10am if he is not in; give him "
                     "a mentor check-in each Monday"),
            ("Goal", "G4"),
            ("Owner", "School"),
            ("Due / how often", "Every school day; check-in every Monday"),
            ("Success looks like", "Weekly attendance printout to the SW showing 90% or more by the review "
                                   "conference; every missed lesson followed by a call logged on CPOMS"),
            ("Review date", "Each core group"),
        ]),
        ("h3", "Task 10 of 10"),
        ("kv", [
            ("What", "Return home interview after every missing episode, and a contextual safeguarding meeting "
                     "with the SW about the Tarnby flat and the men there"),
            ("Goal", "G1"),
            ("Owner", "The police missing unit"),
            ("Due / how often", "Within 72 hours of each return; the meeting by the next core group (02/12/2025)"),
            ("Success looks like", "A return interview record on file for every episode; the meeting's "
                                   "disruption plan for the Tarnby address shared at the core group"),
            ("Review date", "02/12/2025"),
        ]),
        ("h1", "8. Plan B"),
        ("p", "If Reece is missing overnight, Nana will report him to the police and the SW will hold a strategy "
              "discussion within 24 hours of him being found; Reece will stay at Nana's until it has been held."),
        ("p", "If Shona is found drunk in the evening while she is the only adult at home, Reece will go to Nana's "
              "for the night and the SW will visit the next morning."),
        ("p", "If Nana cannot have Reece or cannot do the late-night checks (she is ill, away or it is too much for "
              "her), the SW, or the Emergency Duty Team out of hours, will arrange a foster placement for Reece "
              "that night."),
        ("p", "If Reece cuts himself and needs treatment, whoever finds him takes him to Blenhollow General A&E and "
              "CAMHS sees him the same day."),
        ("p", "If Reece goes missing overnight three times before the review conference, or Shona is found drunk "
              "while caring for him twice, the SW will ask Gareth Pryce for a legal planning meeting within 5 "
              "working days."),
        ("h1", "9. Meetings"),
        ("kv", [
            ("Core group", "Every four weeks, Tuesdays 4.30pm at Tanners Yard Youth Hub: 02/12/2025, 06/01/2026, "
                           "03/02/2026"),
            ("Review conference", "Tuesday 17/02/2026, 10am, Blenhollow Civic Centre"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 4-year-old whose mother drinks. Landscape
#    Word plan printed to PDF with a running header and page footer: a
#    six-column table whose first column ("What needs to be different for
#    Ruby") is merged down each group of rows, a "Lead team" column that
#    names only a team, service or family member (named workers are in a
#    separate contacts table), "From / until", "What will we see?" and
#    "Checked at". Ruby's day in a paragraph, review arrangements in a table.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_burnsleigh_icpc_landscape_merged_change_lead_team_lindholm.pdf",
    "doc_title": "Child Protection Plan - Ruby Lindholm",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-landscape-word-plan-printed-to-pdf-header-footer-contacts-table-named-worker-per-team-rubys-day-paragraph-then-six-column-table-merged-what-needs-to-be-different-lead-team-from-until-what-will-we-see-checked-at-then-what-we-will-do-if-paragraphs-meeting-dates-table",
    "description": (
        "Exemplary initial conference plan for a 4-year-old whose mother drinks heavily. A "
        "landscape Word plan printed to PDF, with a running header and 'Page N of M' footer. "
        "The action table has six columns: 'What needs to be different for Ruby' merged down "
        "each group of rows, the action, a 'Lead team' column that gives only a team, service "
        "or family member (the named worker for each team is in a contacts table above), 'From "
        "/ until', 'What will we see?' and 'Checked at'. Two rows are joint ('Gemma with the "
        "family support worker'). Ruby's day is described in a paragraph with her own words; "
        "the alcohol service reports on change, the grandparents' part has a fallback, legal "
        "planning follows named triggers, and the meeting dates are in a table."
    ),
    "header": "Burnsleigh County Council – Children and Families – OFFICIAL-SENSITIVE",
    "footer": "Child protection plan – Ruby Lindholm – ICPC 10/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Ruby Lindholm"),
        ("kv", [
            ("Child", "Ruby Lindholm, DOB 21/07/2021 (4), Little Wrens Nursery, Burnsleigh"),
            ("Lives with", "Gemma Lindholm (29), Mum, 7 Quarry Bank, Burnsleigh BU4 1SE"),
            ("Father", "Marcus Bell, lives in Kent; no contact with Ruby since 2023"),
            ("Grandparents", "Carol and Bob Lindholm (Nan and Grandad), 31 Quarry Bank"),
            ("Conference", "Initial child protection conference, Monday 10/11/2025. Chair: Naomi Fairbairn (IRO). "
                           "Category: neglect."),
        ]),
        ("h1", "Named workers"),
        ("p", "The plan below gives the team that leads each action. The person in that team is:"),
        ("table", {
            "header": ["Team", "Named worker", "Contact"],
            "widths": [8.5, 9.0, 8.2],
            "rows": [
                ["Burnsleigh Family Safeguarding Team", "Tanya Moyo, social worker (team manager: Keith Amos)",
                 "01632 960 441"],
                ["Burnsleigh Alcohol Service", "Sam Oduya, recovery worker", "01632 960 518"],
                ["Burnsleigh 0-19 Health Team", "Lorna Quigley, health visitor", "01632 960 602"],
                ["Little Wrens Nursery", "Beth Carney, Ruby's key person; Sue Tait, safeguarding lead",
                 "01632 960 733"],
                ["Family support worker", "Imogen Shaw, Family Safeguarding Team", "01632 960 441"],
            ],
        }),
        ("h1", "Why Ruby has a plan"),
        ("p", "On 24/10/2025 a neighbour found Ruby on the landing at 9pm in her pyjamas, looking for her mum. "
              "Gemma was asleep on the sofa and could not be woken by police for several minutes; her breath "
              "test later read well over the drink-drive limit. Nursery have seen Ruby arrive late and hungry on "
              "most Mondays, and she has four untreated decayed teeth. Gemma says she has been drinking a bottle "
              "of wine most nights since her relationship ended in the summer."),
        ("h1", "Ruby's day"),
        ("p", "Ruby is a chatty, funny little girl who loves her scooter and the nursery guinea pig, Custard. On "
              "weekdays Gemma takes her to nursery and is usually on time from Tuesday to Thursday; on Mondays "
              "Ruby is often late and asks for toast as soon as she arrives. At the SW's visit on 05/11/2025 "
              "Ruby showed Tanya her bedroom and said: \"Mummy has her grown-up drink and then she goes to sleep "
              "on the settee. I get my own crisps.\" Asked who she would tell if she was scared, she said \"Nan\" "
              "and drew Nan with a big smile. She said she likes sleepovers at Nan's \"because Grandad does "
              "pancakes\"."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to be different for Ruby", "What will happen", "Lead team", "From / until",
                       "What will we see?", "Checked at"],
            "widths": [4.0, 6.0, 3.6, 3.6, 5.6, 2.9],
            "rows": [
                ["Ruby is looked after every day, from waking to bedtime, by an adult who is sober",
                 "Key-work with Gemma, breath tests at each session, and a written report before each core group "
                 "on whether her drinking is changing enough for her to care for Ruby and how long more change "
                 "will take",
                 "Burnsleigh Alcohol Service",
                 "Weekly from 17/11/2025 until the review conference",
                 "Breath test results for every session and the written report on file two working days before "
                 "each core group",
                 "Every core group"],
                [V,
                 "Not drink at all on days she is looking after Ruby, and agree to a breath test at any visit",
                 "Gemma (Mum)",
                 "Every day from 10/11/2025",
                 "Every breath test at visits reads zero",
                 "Every core group"],
                [V,
                 "Visit unannounced, at least two visits a month after 5pm, see Ruby and check who is looking after "
                 "her and whether they are sober",
                 "Burnsleigh Family Safeguarding Team",
                 "Weekly from 10/11/2025 until the review conference",
                 "Visit record shows Ruby seen, who was caring for her and a breath reading each time",
                 "Every core group"],
                [V,
                 "Have Ruby to stay on Friday and Saturday nights, and fetch her whenever Gemma rings to say she "
                 "has had a drink",
                 "Nan and Grandad Lindholm",
                 "Every Friday and Saturday night; within one hour of any call",
                 "Nan's diary of each stay, seen by the SW every month; each call logged with the time Ruby "
                 "was collected",
                 "Every core group"],
                ["Ruby is at nursery every session she is booked for, fed and on time, and her teeth and speech "
                 "are looked after",
                 "Take Ruby to nursery on time with breakfast eaten",
                 "Gemma (Mum)",
                 "Monday to Thursday mornings from 10/11/2025",
                 "Nursery register shows 90% or more and arrival by 9am",
                 "Every core group"],
                [V,
                 "Record Ruby's attendance, what time she arrives and whether she is hungry, and ring the SW the "
                 "same day if she is absent or arrives hungry or unkempt",
                 "Little Wrens Nursery",
                 "Every session",
                 "Attendance and arrival times emailed to the SW every Friday; same-day calls logged",
                 "Every core group"],
                [V,
                 "Speech and language screen for Ruby, and a referral to speech therapy if she scores below "
                 "her age",
                 "Burnsleigh 0-19 Health Team",
                 "By 05/12/2025",
                 "Screen result sent to the SW; referral letter on file if one is needed",
                 "Core group 22/12/2025"],
                [V,
                 "Register Ruby with a dentist and take her to a check-up and every treatment appointment",
                 "Gemma with the family support worker",
                 "Registered by 28/11/2025; check-up by 19/12/2025",
                 "Dentist's letter and Ruby's treatment plan seen by the SW; every appointment kept",
                 "Core group 22/12/2025"],
                ["Ruby can tell grown-ups how she feels at home, and has grown-ups outside the house she trusts",
                 "Direct work with Ruby using puppets and her feelings faces book",
                 "Burnsleigh Family Safeguarding Team",
                 "Four sessions, fortnightly, all by 16/01/2026",
                 "Ruby's feelings book and her words kept on file and brought to the review conference",
                 "RCPC 05/02/2026"],
                [V,
                 "A feelings check-in with Ruby at drop-off with her key person, noting what she says about home",
                 "Little Wrens Nursery",
                 "Every session",
                 "Notes in Ruby's learning journal, copied to the SW every two weeks",
                 "Every core group"],
                [V,
                 "Make a picture book with Ruby that tells her, in her words, what the plan is and who she can "
                 "tell when she is worried",
                 "Burnsleigh Family Safeguarding Team with Gemma",
                 "By the first core group (24/11/2025)",
                 "The book read with Ruby; at the next visit Ruby can point to the people she would tell",
                 "Core group 24/11/2025"],
            ],
        }),
        ("h1", "What we will do if"),
        ("p", "If Gemma is found drunk while she is looking after Ruby, or a breath test at a visit reads above "
              "zero, Ruby will go to Nan and Grandad's at 31 Quarry Bank that day and Tanya will hold a strategy "
              "discussion the same day."),
        ("p", "If Nan and Grandad cannot have Ruby (they are ill or away, or Grandad's shifts mean nobody is in), "
              "Tanya, or the Emergency Duty Team out of hours, will place Ruby with Burnsleigh foster carers that "
              "day."),
        ("p", "If Ruby misses two nursery sessions in a week with no reason, Tanya will visit the same day and see "
              "her."),
        ("p", "If Gemma has two breath tests above zero before the review conference, or Ruby is found again "
              "without a sober adult, Tanya will ask Keith Amos for a legal planning meeting within 5 working "
              "days to decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date", "Time and place"],
            "widths": [8.5, 8.0, 9.2],
            "rows": [
                ["Core group 1", "Monday 24/11/2025", "3.30pm, Quarry Bank Family Centre"],
                ["Core group 2", "Monday 22/12/2025", "3.30pm, Quarry Bank Family Centre"],
                ["Core group 3", "Monday 19/01/2026", "3.30pm, Quarry Bank Family Centre"],
                ["Review child protection conference", "Thursday 05/02/2026", "10am, Burnsleigh County Hall"],
            ],
        }),
        ("p", "The core group meets every four weeks. Tanya will see Ruby before each core group and bring her "
              "words and drawings to the meeting."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, Signs of Safety, domestic abuse by the father
#    (now out of the home on bail) and the mother's PTSD; two children, the
#    paternal grandmother supervising contact. Markdown: a who's-who with
#    initials, Three Houses table, then each danger statement with its
#    safety goal and a small step table (Step | Who | When | What will we
#    see?) with joint owners ("KM with the school nurse", "LS and JT
#    together") and event timescales ("before the next core group
#    (3 March)"). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_bexcombe_sos_danger_goal_step_tables_initials_sheridan.md",
    "split": "tune",
    "actions": 12,
    "template": "signs-of-safety-icpc-md-whos-who-initials-three-houses-table-per-child-scaling-then-danger-statement-blockquote-safety-goal-and-step-who-when-what-will-we-see-table-under-each-joint-owners-event-timescales-then-what-well-do-if-meeting-dates",
    "description": (
        "Exemplary Signs of Safety plan for an 11-year-old and a 7-year-old after their father "
        "strangled their mother in front of them; he is on bail and sees them at his mother's. "
        "The mother has PTSD and anxiety. A who's-who gives initials (KM, LS, JT, RH) used alone "
        "after; the children's words are in a Three Houses table. Each danger statement has its "
        "safety goal and a small step table (Step | Who | When | What will we see?), with joint "
        "owners ('KM with the school nurse', 'LS and JT together'), 'Nanna Sue' for supervised "
        "contact, and timescales such as 'before the next core group (3 March)' and 'daily, "
        "reviewed at each core group'. The adult mental health team assesses capacity to change, "
        "the grandmother's part has a fallback, legal planning follows named triggers, dates set."
    ),
    "text": """\
# Child Protection Plan — Tayla and Mason Sheridan

**Bexcombe Council · Children's Services · Safeguarding Team West**
Initial child protection conference: Tuesday 17/02/2026 · Chair: Faisal Rahman (IRO) · Category: emotional abuse

## Who's who

After this table people are called by their initials or the name in the last column.

| Initials | Name and role | Called |
|---|---|---|
| TS | Tayla Sheridan, 11 (DOB 09/09/2014), Year 6, Coldwater Primary | Tayla |
| MS | Mason Sheridan, 7 (DOB 30/04/2018), Year 3, Coldwater Primary | Mason |
| LS | Leanne Sheridan, 33, Mum | Leanne |
| CS | Craig Sheridan, 36, Dad; living at 12 Pell Street on bail | Craig |
| SS | Sue Sheridan, Craig's mum, 40 Orchard Rise | Nanna Sue |
| KM | Kerry Morland, social worker, Safeguarding Team West (team manager: Owen Whitlock) | KM |
| JT | Jade Turner, IDVA, Bexcombe Domestic Abuse Service | JT |
| RH | Rosie Harker, family support worker, Safeguarding Team West | RH |
| OB | Ola Briggs, mental health practitioner, Bexcombe Adult Mental Health Primary Care Team | OB |
| — | Hannah Doyle, school nurse, Bexcombe 5-19 Health | the school nurse |
| — | Mrs Carol Fenn, designated safeguarding lead, Coldwater Primary | Mrs Fenn |
| — | PC Aaron Lake, Bexcombe Police Domestic Abuse Safeguarding Unit | PC Lake |

## What happened

On 14/12/2025 Craig put his hands round Leanne's neck in the kitchen after an argument. Tayla rang 999 from
her bedroom and Mason hid under the table. Craig was charged and bailed to live at 12 Pell Street with no
contact with Leanne and no visits to the family home. Police have been called to the house three times
before, in 2023 and 2024. Since December Leanne has had flashbacks and panic attacks; on bad days she cannot get
out of bed and Tayla gets Mason ready and walks him to school. The children were late 11 times in January.

## What's working well

Leanne called the IDVA service herself on 16/12/2025 and has kept every appointment with JT. She has been to
her GP and was referred to OB. Nanna Sue has supervised Craig's contact every Sunday since January, and she told
Craig he would have to leave if he talked about Leanne. Both children love school and Mrs Fenn knows them well.

## Tayla's and Mason's words

Seen on their own at school by KM on 10/02/2026.

| | House of Worries | House of Good Things | House of Dreams |
|---|---|---|---|
| **Tayla** | "Dad coming back and doing it again. Mum crying in the bathroom. Being late and getting a detention." | "Nanna Sue's on Sunday. Netball. Mason makes me laugh." | "Mum being happy. Dad saying sorry and meaning it. Not having to do Mason's packed lunch." |
| **Mason** | "The shouting. The police car outside." | "My Lego. Nanna Sue's cat. Dad doing football with me at Nanna's." | "Seeing Dad at Nanna's more. Mum not being sad." |

Tayla scored how safe she feels at home as 5 out of 10 ("10 is Dad never coming back in the house"); Mason
scored 7.

## Danger statements, safety goals and next steps

### 1. Seeing and hearing violence

> **Danger statement.** Everyone is worried that Craig may come back to the house, or that contact at Nanna
> Sue's may go wrong, and that Tayla and Mason will again see their dad hurt their mum, be frightened and be
> hurt themselves.

**Safety goal.** Tayla and Mason live in a home where they never see or hear violence, and every time they see
their dad it is planned, supervised and feels safe to them.

| Step | Who | When | What will we see? |
|---|---|---|---|
| 1.1 Keep a check on Craig's bail conditions and tell KM the same day about any breach or any 999 call to the house | PC Lake | Same day as any breach; bail position sent before each core group | Breach reports and call log on the children's file; written bail update before each core group |
| 1.2 Supervise Craig's contact with Tayla and Mason at her house, staying in the room the whole time | Nanna Sue | Sundays, 2pm to 4pm | Contact sheet signed by Nanna Sue after every visit and read by KM every two weeks |
| 1.3 Safety planning with Leanne, including a refuge option and a Clare's Law request, and a written safety plan for the home | LS and JT together | Weekly for six weeks from 24/02/2026 | Safety plan signed by Leanne by 31/03/2026, with a copy to KM; Clare's Law request logged |
| 1.4 Direct work with Tayla and Mason on what happened and on their own safety plan ("who I ring, where I go") | KM with the school nurse | Four sessions each, fortnightly, all by 28/04/2026 | Each child's safety plan card finished and their words written down; both can tell KM the plan at the next visit |
| 1.5 Go to every session of the Safer Relationships programme for men who have hurt their partners, and do the homework | Craig | Wednesdays for 24 weeks from 04/03/2026 | Programme worker's report after every fourth session shows at least 22 of 24 sessions attended |

### 2. Being looked after every day

> **Danger statement.** Everyone is worried that on Leanne's bad days nobody gets up with Tayla and Mason,
> Tayla has to care for Mason and her mum, and the children miss school and go hungry.

**Safety goal.** Tayla and Mason are cared for every day by their mum, who is well enough to get them up, fed and
to school on time, and Tayla gets to be a child and not Mason's carer.

| Step | Who | When | What will we see? |
|---|---|---|---|
| 2.1 Assess Leanne's PTSD and anxiety, offer trauma-focused therapy, and report on whether she is making the changes Tayla and Mason need and how long that is likely to take | OB | Assessment before the next core group (3 March), then weekly sessions | Written report to KM before each core group |
| 2.2 Get Tayla and Mason to school by 8.50am | Leanne | Every school day | Attendance of 95% or more and no more than one late mark each half-term, on the school's printout |
| 2.3 Check attendance and lateness, and see Tayla each Friday to ask whether she has been doing jobs at home | Mrs Fenn | Daily, reviewed at each core group | Attendance printout to KM every Friday; Tayla's Friday check-ins logged on CPOMS |
| 2.4 Refer Tayla to Bexcombe Young Carers and help her get to the Thursday club | KM | Referral before the next core group (3 March) | Acceptance letter and Tayla's first club date on file; the club register shows her there |
| 2.5 Visit at home, see Tayla and Mason on their own and check there is food in for the week | KM | Every week until the review conference (12 May) | Visit records show both children seen alone, their words written down and the food check |
| 2.6 Make a morning routine chart with Leanne and the children so that Leanne, not Tayla, gets Mason ready | RH | Weekly for eight weeks from 24/02/2026 | The chart in use on the fridge at visits; Tayla tells KM she no longer gets Mason ready |
| 2.7 Collect Tayla and Mason from school on Wednesdays and give them their tea | Nanna Sue | Every Wednesday | Nanna Sue signs the school's collection book; KM checks it every month |

## What we'll do if…

- **Craig comes to the house, or contacts Leanne or the children outside Sunday contact:** Leanne rings 999,
  PC Lake's unit treats it as a bail breach, and KM holds a strategy discussion the same day. Sunday contact
  stops until the strategy discussion has agreed it is safe.
- **Nanna Sue cannot supervise a Sunday, or cannot do Wednesday pick-up** (she is ill, away, or Craig will not
  keep her rules): contact does not happen that week, and KM arranges supervised contact at Bexcombe Family
  Centre within 7 days; RH collects the children on Wednesday and stays until Leanne is home.
- **The children are late or absent twice in one week, or Tayla says she has had to get Mason ready:** KM
  visits the same day, and OB is asked to see Leanne within 48 hours.
- **Craig breaches his bail and Leanne lets him back into the house, or the children see more violence:** KM
  asks Owen Whitlock for a legal planning meeting within 5 working days to decide whether to start the Public
  Law Outline.

## Meetings

| Meeting | Date |
|---|---|
| Core group (every 4 weeks, Tuesdays 3.45pm, Coldwater Primary) | 03/03/2026, 31/03/2026, 28/04/2026 |
| Review child protection conference | Tuesday 12/05/2026, 10am, Bexcombe Civic Offices |

KM will see Tayla and Mason on their own before each core group and bring their words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 10-week-old baby with faltering weight;
#    mother with postnatal depression, father smoking cannabis, paternal
#    grandmother helping. Markdown bullets under theme headings, the owner
#    in a bracket at the END of each bullet, and a "Success looks like:"
#    line under it. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_barrowfen_baby_owner_in_end_bracket_success_lines_kowal.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-baby-md-whos-who-then-worries-going-well-isla-day-outcomes-then-theme-subheadings-bullets-owner-in-bracket-at-end-success-looks-like-continuation-line-then-if-things-go-wrong-and-meetings",
    "description": (
        "Initial conference plan for a 10-week-old whose weight has dropped; her mother has "
        "postnatal depression and her father smokes cannabis in the flat. Markdown bullets under "
        "theme headings give the owner in a bracket at the end of each bullet ('(HV)', '(Nana "
        "Bev)', '(Barrowfen Substance Misuse Service)') and a 'Success looks like:' line under it; "
        "timescales are often the baby's age ('until Isla is 6 months old'). Most bullets are "
        "sound. Faults: perinatal support visits only support the mother and are measured by "
        "her feeling brighter, the grandmother takes her to a group 'when Natalia feels ready', "
        "'all professionals visiting' share cannabis worries, the parenting assessment has no "
        "success line, one outcome is about the parents only, and the contingency sends Isla to "
        "the grandmother with no plan if she cannot have her."
    ),
    "text": """\
# Child Protection Plan: Isla Kowal

Barrowfen Metropolitan Council, Children's Services (Safeguarding and Family Support, North Locality)
Initial child protection conference held on Tuesday 04/11/2025. Chair: Graham Otway (IRO). Category: neglect.

## Who's who

Each person is named in full here; the plan then uses the name or role in brackets.

- Isla Kowal, born 26/08/2025 (10 weeks at conference) (Isla)
- Natalia Kowal, 22, Mum (Natalia)
- Dean Price, 25, Dad, lives with Natalia and Isla at 6 Linnet House, Marsh Road, Barrowfen BF1 9QA (Dean)
- Beverley Price, Dean's mum, 22 Heron Walk, Barrowfen (Nana Bev)
- Jess Adeyemi, social worker; team manager Carl Fisher (SW, Jess)
- Amy Lockwood, health visitor, Barrowfen 0-19 Service (HV)
- Dr Kofi Mensah, GP, Marsh Road Medical Centre (GP)
- Barrowfen Perinatal Mental Health Team, community perinatal nurse Sian Rudd
- Barrowfen Substance Misuse Service, recovery worker Marc Delaney

## What we are worried about

Isla was born on the 50th centile and by eight weeks had dropped below the 9th. Natalia has postnatal depression
and told the HV she sometimes forgets when Isla last fed. Dean smokes cannabis in the flat most evenings, and the
HV smelt it strongly on two visits in October with Isla asleep in the same room. The flat is cold and there was
no clean bottle on the HV's visit on 21/10/2025.

## What is going well

Natalia and Dean both came to conference and want to keep Isla safe. Nana Bev visits most days and Isla settles
well with her. Natalia started sertraline on 28/10/2025 and Dean has agreed to see the substance misuse service.

## Isla's day

Isla is 10 weeks old. On the SW's visit on 30/10/2025 she was in her Moses basket in the living room, awake and
quiet. She fed hungrily from a bottle Dean made up and took 4oz in fifteen minutes. When Natalia picked her up
Isla looked at her face and stopped crying; Natalia did not talk to her. Isla has a red nappy rash and her
babygrow was damp. She smiles at Nana Bev and turns to Dean's voice.

## What we want for Isla

- Isla gains weight steadily and is back on the 9th centile or above by the review conference.
- Isla is fed on time, kept warm and clean, and sleeps safely in her own cot every sleep.
- Isla lives in a home with no cannabis smoke, cared for by adults who are sober and awake.
- Natalia and Dean feel less stressed and get on better.

## The plan

### Isla's feeding and growth

- Weigh Isla every Friday at Barrowfen Health Centre and go through the feeding chart with Natalia, until Isla is
  6 months old (HV).
  Success looks like: Isla's weight plotted in her red book every Friday, back on the 9th centile or above by the
  review conference.
- Fill in the feeding chart at every feed, day and night, and bring it to the Friday weigh (Natalia and Dean).
  Success looks like: the chart has no gap longer than four hours between feeds.
- Refer Isla to the paediatric dietitian at Barrowfen General by 14/11/2025 and send the dietitian's feeding plan
  to the HV and SW within a week of the appointment (GP).
  Success looks like: the dietitian's written feeding plan on Isla's file.

### A mum who is well enough to care for Isla

- Support visits to Natalia at home for her low mood, every two weeks (Barrowfen Perinatal Mental Health Team).
  Success looks like: Natalia says she feels brighter and more hopeful.
- Review Natalia's sertraline every four weeks from 25/11/2025 and tell the SW within two working days if she
  misses a review, so that the core group knows at once if Isla's care may be affected (GP).
  Success looks like: a GP letter to the SW after each review.
- Take Natalia to a postnatal group at the children's centre so she meets other mums with babies Isla's age, when
  Natalia feels ready (Nana Bev).
  Success looks like: the group register shows Natalia and Isla there.

### A home free of cannabis smoke

- Key-work and urine screens for Dean every two weeks, and a written view before each core group on whether he has
  stopped smoking around Isla and how long it will take him to stop altogether (Barrowfen Substance Misuse
  Service).
  Success looks like: three clear tests in a row by the review conference, and the written view on file before
  each core group.
- Smoke only outside, away from the flat, and never hold Isla after smoking, every day (Dean).
  Success looks like: no smell of cannabis at any visit, written on each visit record.
- Tell the SW the same day if anyone smells cannabis in the flat (all professionals visiting).
  Success looks like: each report logged on Isla's file.

### Isla seen and safe

- Visit Isla at home every week until the review conference, see her awake and undressed at least once a
  fortnight to check her skin and nappy area, and look at where she sleeps (SW, Jess).
  Success looks like: each visit record says Isla was seen, what her skin was like and that her cot was clear.
- Stay at the flat every Saturday night and do Isla's night feeds so that Natalia and Dean can sleep (Nana Bev).
  Success looks like: Nana Bev's Saturday feeds written on the feeding chart.
- Parenting assessment of Natalia and Dean, to be finished by 19/12/2025 (SW, Jess).

## If things go wrong

If Isla loses weight at two Friday weighs in a row, or is found in a room with cannabis smoke, or Natalia tells
anyone she has thoughts of harming herself or Isla, Jess will hold a strategy discussion the same day and Isla
will stay with Nana Bev at 22 Heron Walk until it has taken place.

If Isla is not back on the 9th centile by the review conference, or Dean has a positive test after three clear
ones, Jess will ask Carl Fisher for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Tuesdays at 1.30pm, Marsh Road Children's Centre: 18/11/2025, 16/12/2025 and
  13/01/2026.
- Review child protection conference: Thursday 29/01/2026, 10am, Barrowfen Town Hall.
""",
    "findings": [
        F("F002", "Natalia and Dean feel less stressed and get on better."),
        F("H001", "Support visits to Natalia at home for her low mood"),
        F("M002", "Support visits to Natalia at home for her low mood"),
        F("T002", "Take Natalia to a postnatal group at the children's centre"),
        F("W002", "Tell the SW the same day if anyone smells cannabis"),
        F("M001", "Parenting assessment of Natalia and Dean"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 9-year-old and her 3-month-old brother;
#    mother on a methadone script after heroin use. Plain text saved from a
#    Word plan, with a "people in this plan" list that sets up first names
#    and roles, and an action table in aligned columns with WHO first, then
#    WHAT, WHEN (dates in several forms, the baby's age, events) and PROOF
#    (numbers and records). Exemplary (txt)
# ---------------------------------------------------------------------------
_P7_ROWS = [
    ["Priya (SW)",
     "Visit at home, see Lexi on her own and Noah awake, and look at Noah's cot and the lockbox",
     "Every week until the review conference (06/03/2026)",
     "Visit notes give Lexi's own words, say Noah was seen awake, the cot was clear and the lockbox locked"],
    ["Kayleigh",
     "Collect her methadone from Carrow Pharmacy, taken under supervision, and keep any take-home doses in the "
     "lockbox out of Lexi's and Noah's reach",
     "Daily",
     "Pharmacy record shows no missed doses; the lockbox is seen locked at every visit"],
    ["Dan (recovery worker)",
     "Key-work with Kayleigh, urine screens, and a written report before each core group on whether she is "
     "using on top of her script, what still needs to change for Lexi and Noah, and how long that is likely "
     "to take",
     "Key-work and screens every 2 weeks; report 2 working days before each core group",
     "Three clear tests in a row by the review conference; report on file before every core group"],
    ["Dr Lam (GP)",
     "Review Kayleigh's methadone script and tell Priya within 2 working days if she misses a review, so the "
     "core group knows if her care of Noah and Lexi may be affected",
     "Every 8 weeks; first by 09.01.26",
     "GP email to Priya after each review"],
    ["Sophie (HV)",
     "Weigh Noah at Blencarrow Health Centre and check his development and his 16-week jabs",
     "Fortnightly until Noah is 6 months old, then monthly until he is 1",
     "Weight in the red book stays on the 25th centile or above; jabs given on time"],
    ["Kayleigh and Josh",
     "Put Noah down on his back in his own cot for every sleep, and never sleep with him on the sofa or in "
     "their bed",
     "Every sleep, day and night, until Noah is 1",
     "Noah seen asleep in his cot at every HV and SW visit when he is asleep; sleep diary filled in"],
    ["Josh",
     "Have a naloxone kit in the flat and learn how to use it, so that Lexi and Noah are never with an adult "
     "who has overdosed and nobody can help",
     "By Fri 16 Jan",
     "Kit seen in the kitchen drawer at the next visit; training certificate from the drug service"],
    ["Mr Okoye (DSL)",
     "Check Lexi's attendance and lateness, and a Monday check-in with her about home",
     "Every school day; check-in each Monday",
     "95% attendance on the weekly sheet to Priya; check-ins logged on CPOMS"],
    ["Nan",
     "Take Lexi to school on Monday, Wednesday and Friday and give her tea on those days",
     "Mon / Wed / Fri from 05/01/2026",
     "School gate log shows Nan bringing Lexi; Nan texts Priya each Friday"],
    ["Nan",
     "Have Lexi and Noah to stay every Saturday night",
     "Every Saturday, 4pm to Sunday noon",
     "Nan's diary, seen by Priya every month"],
    ["Priya (SW)",
     "Refer Lexi to Blencarrow Young Carers and help her get to the Saturday morning club",
     "Referral by the first core group (22/12/2025)",
     "Acceptance letter on file; the club register shows Lexi there"],
]

PLANS.append({
    "name": "b123_blencarrow_icpc_who_first_aligned_columns_fenwick.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plain-text-saved-from-word-people-in-this-plan-list-first-names-roles-worries-going-well-lexis-words-noahs-day-outcomes-then-aligned-who-first-what-when-proof-columns-wrapped-cells-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and her 3-month-old brother; their "
        "mother is on a methadone script after using heroin, and was found drowsy with the baby "
        "on the sofa. Plain text saved from Word: a 'people in this plan' list sets up first "
        "names and roles (Priya, Dan, Sophie, Nan, Mr Okoye), then an action table in aligned "
        "columns with WHO first, WHAT, WHEN (dates in several forms, 'fortnightly until Noah is "
        "6 months old', 'by the first core group (22/12/2025)') and PROOF given as numbers and "
        "records ('three clear tests in a row', 'no missed doses'). The drug service reports on "
        "change, the GP owns the script review, Nan's part has a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
BLENCARROW COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - LEXI AND NOAH FENWICK

Made at the initial child protection conference on Tuesday 09/12/2025
Chair: Margaret Olawale (IRO)          Category: neglect (both children)

PEOPLE IN THIS PLAN
(after this list we use the first name or role in brackets)

  Lexi Fenwick, 9, DOB 12/03/2016, Year 5, St Bede's Primary ........ (Lexi)
  Noah Fenwick, 3 months, DOB 02/09/2025 ............................. (Noah)
  Kayleigh Fenwick, 27, Mum .......................................... (Kayleigh)
  Josh Carver, 30, Noah's dad, lives with them ...................... (Josh)
  Maureen Fenwick, Kayleigh's mum, 8 Kiln Lane ....................... (Nan)
  Priya Shah, social worker, Blencarrow Family Safeguarding ......... (Priya)
    team manager: Stuart Hollins
  Dan Whitely, recovery worker, Blencarrow Drug and Alcohol Service .. (Dan)
  Dr Helen Lam, GP, Kiln Lane Surgery ................................ (Dr Lam)
  Sophie Nuttall, health visitor, Blencarrow 0-19 Team ............... (Sophie)
  Mr Daniel Okoye, DSL, St Bede's Primary ............................ (Mr Okoye)

ADDRESS: 15 Carrow Court, Blencarrow BL7 3HF

WHY THERE IS A PLAN

Kayleigh has used heroin on and off since she was 19 and has been on a methadone
script since 2023. On 21/11/2025 the police were called by Lexi, who could not
wake her mum; Kayleigh was drowsy on the sofa with Noah lying on her chest, and
told the ambulance crew she had used heroin on top of her methadone. Take-home
methadone has been left on the kitchen worktop. Lexi has been late for school 14
times this term and told her teacher she gets Noah's bottles ready.

WHAT IS GOING WELL

Kayleigh has been to every appointment with Dan since 24/11/2025 and her last
screen was clear. Josh does not use drugs and is home every evening. Nan lives
round the corner, has looked after both children before, and wants to help.

WHAT LEXI SAYS, AND NOAH'S DAY

Lexi (seen on her own at school, 03/12/2025): "I was scared Mum was dead. I
shook her and shook her. I want Mum to stop taking the bad stuff. I don't mind
doing Noah's bottle but I don't want to do it every day. Saturdays at Nan's are
the best." She put home at 4 out of 10.

Noah (seen at home, 05/12/2025) was awake in his bouncer and followed Priya with
his eyes. He smiled when Josh talked to him and fed well from his bottle. He
has been sleeping in a Moses basket in the living room; there is a cot in the
bedroom but it has washing in it.

WHAT WE WANT FOR LEXI AND NOAH

  1. Lexi and Noah are always cared for by an adult who is awake and not under
     the influence of drugs.
  2. Noah sleeps safely on his back in his own cot and keeps growing well.
  3. Lexi gets to school on time every day and does not have to care for Noah
     or her mum.
  4. Neither child can get to any methadone or other drugs in the flat.

ACTIONS

""" + _aligned(["WHO", "WHAT", "WHEN", "PROOF"], _P7_ROWS, [18, 38, 22, 30]) + """
IF THINGS GO WRONG

If Kayleigh misses two methadone pick-ups in a row, has a screen positive for
heroin, or is found drowsy or under the influence while looking after Lexi or
Noah, the children will go to Nan's at 8 Kiln Lane that day and Priya will hold
a strategy discussion with the police the same day.

If Nan cannot have them (she is ill, away or cannot manage both), Priya, or the
Emergency Duty Team out of hours, will place Lexi and Noah together with
Blencarrow foster carers the same day.

If Kayleigh has two positive screens before the review conference, or is found
under the influence while alone with Noah at any time, Priya will ask Stuart
Hollins for a legal planning meeting within 5 working days to decide whether to
start the Public Law Outline.

MEETINGS

Core group ........... every 4 weeks, Mondays 4pm, Carrow Court Family Hub:
                       22/12/2025, 19/01/2026, 16/02/2026
Review conference .... Friday 06/03/2026, 10am, Blencarrow Council House
""",
    "findings": [],
})
