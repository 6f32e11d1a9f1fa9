"""Batch 122, module x: seven fictional plans (held-out material), places beginning with "x".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread,
going past batch 119's initials keys and "I" in letters. Owners are people
introduced once in a who's-who and named after only by first name or by role
("Nana", "the HV", "Josh", "Steph"), joint owners ("Mum and Dad together",
"Mrs Okafor (TA) with the school nurse", "Dan with Leah", "you and Dr
Price"), an owner in a bracket at the end of a bullet, an owner column
holding only a team ("Xennerby Children's Diabetes Team"), and "Responsible
agency" banner rows above several actions. Timescales are weeks of pregnancy
and a baby's age ("by 36 weeks pregnant", "until Reuben is 6 months old"),
events dated elsewhere ("by the review conference", "before the first core
group (27 January)"), "Daily, reviewed at each core group", and dates in
several forms. Measures sit under headings in the family's words ("What will
we see?", "How will we know?", "Proof"), in "Success looks like" lines and as
numbers and records ("no missed doses on the MAR chart", "three clear tests
in a row", "HbA1c below 58 mmol/mol"). Other sections: Signs of Safety
danger statement and safety goals as the outcome column of a landscape table
(merged cells), a Three Houses table, a Words and Pictures paragraph, a
"Plan B" If | Then | Who table, review meetings in a table, a case-system
export with labelled fields per task and page header and footer, a Markdown
plan of nested bullets (theme > action > Who / When / How we'll know), a plan
for a 16-year-old who self-harms written to her, and a plain-text plan in
aligned columns.

Five plans are exemplary (no findings): Xandleby (docx, pre-birth plan,
danger statement and merged safety goals, six columns), Xorrington (pdf,
case-system export for a 15-year-old at risk of criminal exploitation, one
labelled block per task, partly written to him), Xennerby (pdf, medical
neglect of an 11-year-old with type 1 diabetes, team-only owner column, Three
Houses, Plan B table), Xylworth (md, review plan written to a 16-year-old,
nested bullets) and Xiverton (txt, aligned columns, who's-who names used
alone). Two carry a realistic mix of faults among mostly good rows: the
Xenbridge core group plan with "Responsible agency" banner rows (docx) and
the Xandermouth plan with owners in brackets and "Success looks like" lines
(md).

Counting actions (convention 1): each live row of an action table (banner
rows naming the responsible agency are not actions), each labelled task block
of the case-system export except a one-off task marked completed, each
action-level bullet of the nested Markdown plan (its Who / When / How we'll
know sub-points belong to it and are not counted separately), and each
bullet of a plain bullet list. Contingency rows, meeting tables and who's-who
lists are not counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan, mother's bipolar disorder, older
#    brother of 6. Landscape Word table, six columns, the Signs of Safety
#    safety goals merged down as the outcome column; owners by first name or
#    role from the who's-who; timescales in weeks of pregnancy and the baby's
#    age. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_xandleby_prebirth_danger_statement_safety_goals_brightwell.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Reuben and Tyler Brightwell",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "prebirth-icpc-landscape-word-plan-whos-who-table-first-names-and-roles-danger-statement-tylers-words-babys-world-then-six-column-table-safety-goal-merged-down-what-needs-to-happen-who-target-date-in-weeks-of-pregnancy-and-babys-age-what-will-we-see-review-date-then-safety-plan-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby (due 10/03/2026) and his 6-year-old brother; "
        "the mother has bipolar disorder and was admitted after her first child's birth. Signs of "
        "Safety style: a danger statement, then a landscape six-column table whose first column is "
        "the safety goal merged down over its actions, then 'What needs to happen', 'Who', 'Target "
        "date', 'What will we see?' and 'Review date'. Owners are written as the who's-who names them "
        "('Nana', 'the HV', 'Josh', 'Mum and Dad together', 'Anita, with Ruth', a surgery); target "
        "dates are weeks of pregnancy, the baby's age, the first nights after discharge and dates in "
        "several forms. The perinatal psychiatrist and CPN both report on change, the GP owns an "
        "action, the grandmother's part has a fallback, legal planning follows named triggers, core "
        "group and review dates are set, the brother's words and the unborn baby's world are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Xandleby Metropolitan Council · Children's Services · Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Reuben (the name Shannon and Liam have chosen), due 10/03/2026"),
            ("Brother", "Tyler Brightwell, 6 (DOB 19/06/2019), Year 2, Xandleby Church Primary"),
            ("Address", "7 Beck Street, Xandleby XD3 4RW"),
            ("Category", "Neglect (unborn baby and Tyler)"),
            ("Conference", "Initial child protection conference (pre-birth), 12/01/2026, when Shannon was 32 weeks pregnant. "
                           "Chair: Gordon Achebe (IRO)"),
        ]),
        ("h1", "Who's who in this plan"),
        ("table", {
            "header": ["Name used in this plan", "Who they are"],
            "widths": [6.0, 19.7],
            "rows": [
                ["Shannon (Mum)", "Shannon Brightwell, 23, Reuben's and Tyler's mum"],
                ["Liam (Dad)", "Liam Castell, 26, Reuben's dad; lives at Beck Street and has been Tyler's stepdad since 2022"],
                ["Nana", "Pauline Brightwell, Shannon's mum, 14 Orchard Rise, Xandleby (five minutes' walk)"],
                ["Ruth", "Ruth Abara, social worker, Pre-birth and Infant Team (team manager: Simon Haigh)"],
                ["Anita", "Anita Grover, specialist midwife for vulnerable women, Xandleby General Hospital"],
                ["Dr Said", "Dr Omar Said, consultant perinatal psychiatrist, Xandleby Perinatal Mental Health Service"],
                ["Josh", "Josh Keane, community psychiatric nurse, Xandleby Perinatal Mental Health Service"],
                ["the HV", "Meg Tolland, health visitor, Xandleby 0-19 Team"],
                ["Mrs Pitt", "Mrs Lorna Pitt, designated safeguarding lead, Xandleby Church Primary"],
                ["the GP", "Dr Helen Birtles, Quarry Lane Surgery"],
            ],
        }),
        ("h1", "Danger statement"),
        ("p", "Everyone at the conference is worried that if Shannon becomes unwell with her bipolar disorder after "
              "Reuben is born, as she did ten days after Tyler's birth, she may not feed Reuben, keep him safe at "
              "night or notice when he needs her, and that Tyler may again be left on his own or left to look after "
              "his mum. In August 2025 Shannon stopped her mood stabiliser when she found out she was pregnant, "
              "without telling anyone. On 24/10/2025 the police found her walking on the ring road at 2am, talking "
              "very fast; Tyler was asleep at home on his own and Liam was on a night shift."),
        ("h1", "What is working well"),
        ("bullets", [
            "Shannon restarted her medication under Dr Said on 18/11/2025 and has kept every appointment since.",
            "Shannon can name her own early warning signs: sleeping less than four hours, spending money she does "
            "not have, and talking over people.",
            "Liam has moved to day shifts until Reuben is 12 weeks old. There are no concerns about Liam's "
            "health or his use of alcohol or drugs.",
            "Nana cared for Tyler for five weeks in 2019 and again in October 2025, and Tyler is close to her.",
        ]),
        ("h1", "Tyler's words and Reuben's world"),
        ("p", "Tyler (seen on his own at school, 07/01/2026): “When Mummy was poorly she went out in the night and "
              "I woke up and nobody was there. I want the baby to have a nice mummy, not a poorly one. Nana does "
              "the best pancakes.” He scored home 6 out of 10 and said 10 would be “Mummy not going out in the "
              "dark”. He wants to help bath the baby and to keep going to Nana's after school."),
        ("p", "Reuben is 32 weeks in the womb. Since November Shannon has been to every antenatal appointment and "
              "Anita heard a strong heartbeat on 06/01/2026. The Moses basket is up beside Shannon and Liam's bed, "
              "Shannon talks to the bump when Tyler puts his ear to it, and she has stopped smoking."),
        ("h1", "The plan"),
        ("p", "Review date: the meeting at which the core group will check the row. All dates are 2026."),
        ("table", {
            "header": ["Safety goal", "What needs to happen", "Who", "Target date", "What will we see?",
                       "Review date"],
            "widths": [4.2, 7.0, 2.8, 3.8, 5.5, 2.4],
            "rows": [
                ["1. Reuben is fed, warm and sleeps safely every day and night, cared for by parents who are "
                 "well enough to notice and answer his cues.",
                 "Review Shannon's mood stabiliser for the rest of the pregnancy and after the birth, write her "
                 "relapse signature with her, and assess and report on whether she can stay well and make the "
                 "changes Reuben needs, and how long that is likely to take",
                 "Dr Said",
                 "By 34 weeks pregnant (27 Jan)",
                 "Written assessment and medication plan sent to Ruth and Anita, and a copy in Shannon's "
                 "maternity notes",
                 "CG 23/02"],
                [V,
                 "Visit Shannon at home, go through her early warning signs with her and Liam, and tell each core "
                 "group whether she is keeping to her relapse plan and making the changes needed to care for "
                 "Reuben",
                 "Josh",
                 "Weekly from 14 Jan until Reuben is 6 months old",
                 "Visit dates and Josh's written view on Ruth's file two days before each core group",
                 "Each CG"],
                [V,
                 "Hold a discharge planning meeting and agree in writing who will be with Shannon and Reuben for "
                 "the first two weeks at home",
                 "Anita, with Ruth",
                 "By 36 weeks pregnant (10.02.26)",
                 "Signed discharge plan in the maternity notes and on Reuben's file before the birth",
                 "CG 23/02"],
                [V,
                 "Keep Shannon and Reuben on the postnatal ward after the birth, record Shannon's sleep each "
                 "night, and do not discharge them until Dr Said's team has seen Shannon and agreed the "
                 "discharge plan",
                 "Maternity ward, Xandleby General Hospital",
                 "From the birth, for at least 72 hours",
                 "Ward notes show Shannon's hours of sleep each night and the perinatal review done before "
                 "discharge",
                 "CG 23/03"],
                [V,
                 "Weigh Reuben, watch a feed, check where and how he sleeps, and ask Shannon the mood questions at "
                 "every visit",
                 "the HV",
                 "New birth visit (day 10-14), then weekly to 8 weeks, then fortnightly until 6 months old",
                 "Weight in the red book on or above his birth centile; safe sleep checklist signed at each visit",
                 "Each CG"],
                [V,
                 "Share the night feeds so that Shannon sleeps at least six hours a night, with Reuben in his "
                 "Moses basket in their room",
                 "Mum and Dad together",
                 "Every night until Reuben is 12 weeks old",
                 "Feed and sleep chart on the fridge, signed by the HV and Ruth at visits",
                 "CG 23/03"],
                ["2. Tyler gets to school every day, is never left on his own or in charge of his mum, and knows "
                 "who to call if she is poorly.",
                 "Walk Tyler to school, pick him up and give him his tea at Orchard Rise",
                 "Nana",
                 "Mon-Thu in term time, from 15 January",
                 "School gate book signed by Nana; Tyler's attendance 96% or above on the Friday print",
                 "CG 26/01"],
                [V,
                 "Check Tyler's attendance, and have a Friday chat with him about home and the baby; phone Ruth "
                 "the same day with any worry",
                 "Mrs Pitt",
                 "Every Friday in term",
                 "Attendance emailed to Ruth weekly; chats logged on CPOMS",
                 "Each CG"],
                [V,
                 "Three sessions with Tyler to explain Mum's illness and the baby in his own words, and make his "
                 "'who I can call' card",
                 "Ruth",
                 "All three by 20 Feb",
                 "Tyler's card in his book bag; his drawings and words on file",
                 "CG 23/02"],
                ["3. If Shannon becomes unwell, Reuben and Tyler are looked after the same day by Liam or Nana and "
                 "are never alone with Shannon until the perinatal team say it is safe.",
                 "Stay at Beck Street for the first 14 nights after Reuben comes home, and come the same day "
                 "whenever Shannon or Liam call about an early warning sign",
                 "Nana",
                 "First 14 nights after discharge; then same day when called, until Reuben is 6 months old",
                 "Nana texts Ruth each morning of the 14 nights; Ruth logs every call",
                 "CG 23/03"],
                [V,
                 "Visit at home, at least one visit in four unannounced; see Tyler on his own and, after the "
                 "birth, see Reuben awake and where he sleeps",
                 "Ruth",
                 "Weekly from 13.01.26; twice a week for Reuben's first four weeks at home",
                 "Visit records with Tyler's words and what Ruth saw of Reuben's care",
                 "Each CG"],
                [V,
                 "Share Shannon's prescribing record and any medication not collected, and tell Ruth the same day "
                 "if she stops collecting her prescription",
                 "Quarry Lane Surgery (the GP)",
                 "Before each core group",
                 "GP letter on Ruth's file before every core group",
                 "Each CG"],
            ],
        }),
        ("h1", "If Shannon becomes unwell – our safety plan"),
        ("bullets", [
            "If Shannon shows two of her early warning signs (under four hours' sleep two nights running, spending "
            "she cannot afford, talking over people, or missing a dose), Liam or Nana will ring Josh the same day. "
            "Josh will see Shannon within 24 hours, and until he has, Reuben and Tyler are cared for by Liam or "
            "Nana and are not left alone with her.",
            "If Shannon leaves the house at night, talks about harming herself or Reuben, or is admitted to "
            "hospital, Liam will ring 999, the children will go to Nana at 14 Orchard Rise that night, and Ruth (or "
            "the emergency duty team out of hours) will hold a strategy discussion the same day. If a bed is free "
            "Shannon and Reuben will go together to the Millbrook Mother and Baby Unit.",
            "If Nana cannot stay or cannot be reached (she is ill or away), Liam's sister Kerry Castell will stay "
            "at Beck Street instead; if neither of them can, Ruth will place Reuben and Tyler together with "
            "Xandleby foster carers the same day.",
            "If Shannon stops her medication again, is admitted before the review conference, or Dr Said reports "
            "that she is unlikely to stay well within Reuben's timescale, Ruth will ask Simon Haigh for a legal "
            "planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("kv", [
            ("Core group", "Every four weeks, Mondays at 10am: 26/01/2026 and 23/02/2026 at Beck Street; 23/03/2026 "
                           "on the ward or at home, depending on the birth"),
            ("Review child protection conference", "14/04/2026, 2pm, Xandleby Civic Centre"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Detailed plan agreed at the first core group, mother's depression,
#    her partner's drinking, two children. Word table whose owners are given
#    by "Responsible agency" banner rows above each agency's actions, with a
#    "How will we know?" column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_xenbridge_core_group_responsible_agency_rows_kettleby.docx",
    "doc_title": "Child Protection Plan - Maisie and Jax Kettleby",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-detailed-plan-word-details-why-childrens-wishes-goals-then-three-column-what-will-happen-by-when-how-will-we-know-table-with-responsible-agency-banner-rows-merged-across-above-each-agencys-actions-then-what-happens-if-prose-meetings-table",
    "description": (
        "Detailed plan agreed at the first core group for an 8-year-old and a 3-year-old; the mother "
        "has depression and anxiety and her partner drinks at weekends. The Word table has no Who "
        "column: a 'Responsible agency' banner row merged across the table names the owner of the "
        "actions under it, and the measures sit under 'How will we know?'. Most rows are sound "
        "(weekly visits, the health visitor, the CMHT's capacity assessment, the recovery service's "
        "report, the school's checks). Faults: a parenting assessment with no output; counselling "
        "that only treats the mother, measured by how she feels; the nurture group 'As needed'; a "
        "'Shared - all agencies' banner over the same-day worries row; an outcome for the mother "
        "alone; the review conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Xenbridge County Council – Children and Families – Locality Team East"),
        ("p", "Detailed plan agreed at the first core group, 27/01/2026, from the outline plan made at the initial "
              "child protection conference on 13/01/2026 (category: neglect)."),
        ("kv", [
            ("Children", "Maisie Kettleby (8), DOB 02/05/2017, St Aidan's C of E Primary; Jax Kettleby (3), DOB "
                         "21/08/2022, Little Foxes Nursery"),
            ("Living at", "18 Tanners Walk, Xenbridge XB7 2QF"),
            ("Mum", "Kayleigh Kettleby (29)"),
            ("Jax's dad", "Dean Shaw (33), lives with Kayleigh and the children"),
            ("Social worker", "Sam Iredale (team manager: Harriet Cole)"),
        ]),
        ("h1", "Why Maisie and Jax have a plan"),
        ("p", "Kayleigh has had depression and anxiety since Jax was born and most mornings cannot get out of bed. "
              "Maisie has been getting herself and Jax dressed and giving him cereal; she was late 23 times in the "
              "autumn term. Dean drinks heavily from Friday to Sunday. On 20/12/2025 the school nurse found Jax's "
              "nappy had not been changed all day and he had a sore rash, and Maisie told her teacher there was "
              "“no proper food, just crisps”."),
        ("h1", "Maisie's wishes and feelings, and what we have seen of Jax"),
        ("p", "Maisie (seen on her own at school, 22/01/2026) made two lists with Sam. Good things: “Jax, my "
              "hamster Biscuit, when Mum does my plaits.” Bad things: “Mum being in bed, Dean being loud on "
              "Saturdays, being late and everyone looking.” She said “I just want Mum to get up and be happy” and "
              "that she would like to go to the after-school art club."),
        ("p", "Jax says a few single words. At the home visit on 22/01/2026 he went straight to Maisie when he fell, "
              "not to Kayleigh, and he ate two bananas quickly. Nursery say he is often hungry on Monday mornings."),
        ("h1", "Our goals for Maisie and Jax"),
        ("bullets", [
            "Maisie and Jax are up, dressed, fed and at school and nursery on time every day.",
            "Maisie no longer looks after Jax or her mum, and has time to be eight.",
            "Jax is clean, well fed and healthy, and his speech grows.",
            "Kayleigh's mood will improve and she will feel more able to cope.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen", "By when", "How will we know?"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Responsible agency: Xenbridge Children's Services (Sam Iredale, social worker)", H, H],
                ["Visit Maisie and Jax at home, one visit in three unannounced, and see Maisie on her own each time",
                 "Every week from 28/01/2026",
                 "Visit records show both children seen, and Maisie seen alone with her words written down"],
                ["Do direct work with Maisie about home and who she can tell, using her worry jar",
                 "Three sessions by 10/03/2026",
                 "Maisie's worry jar notes and drawings kept on file and brought to core group 3"],
                ["Parenting assessment of Kayleigh and Dean",
                 "By 31/03/2026",
                 "-"],
                ["Responsible agency: Xenbridge 0-19 Service (Leanne Mortimer, health visitor)", H, H],
                ["See Jax at home to check his weight, his teeth and his speech, and book him in with a dentist",
                 "Monthly; next visit 10/02/2026",
                 "Weight and speech check written in his red book; dentist appointment letter seen"],
                ["Agree a toilet-training plan with Kayleigh so that Jax is dry in the day before he starts "
                 "reception",
                 "Plan by 24/02/2026; dry by July 2026",
                 "Jax dry in the day for a full week on the health visitor's chart"],
                ["Responsible agency: Xenbridge Community Mental Health Team (Rob Allardyce, CPN)", H, H],
                ["Counselling sessions for Kayleigh's low mood and anxiety",
                 "Fortnightly",
                 "Kayleigh feels more positive"],
                ["Assess Kayleigh's capacity to make the changes Maisie and Jax need, the steps still needed and the "
                 "likely timescale",
                 "By 27/02/2026",
                 "Written assessment sent to Sam and to every core group member"],
                ["Responsible agency: Xenbridge Recovery Service (Hayley Boon, recovery worker)", H, H],
                ["Key-work with Dean, a breath test at each session, and a written view on whether his drinking is "
                 "changing in ways the children will notice",
                 "Every Thursday; report two days before each core group",
                 "Breath test results and the written report on Sam's file before each core group"],
                ["Responsible: Kayleigh (Mum) and Dean (Jax's dad)", H, H],
                ["Kayleigh: get Maisie and Jax up, dressed and fed, and to school and nursery on time",
                 "Every school and nursery day",
                 "Both registers show the children in by 8.50am; Maisie late no more than once a half-term"],
                ["Dean: drink no alcohol on any day he is looking after the children, and keep none in the house",
                 "Every day from 27/01/2026",
                 "Breath tests at Sam's visits read zero"],
                ["Responsible agency: St Aidan's C of E Primary (Mr Neil Finch, DSL)", H, H],
                ["Check Maisie's attendance and how she arrives, and phone Sam the same day if she is absent, "
                 "hungry or unkempt",
                 "Every school day",
                 "Attendance emailed to Sam each Friday; 95% or above by the review"],
                ["Place Maisie in the school's nurture group",
                 "As needed",
                 "Nurture group register; Maisie's Boxall profile at the start and end of the spring term"],
                ["Responsible agency: Little Foxes Nursery (Gemma Hale, key worker)", H, H],
                ["Record Jax's attendance, whether he arrives fed and in a clean nappy, and anything he says about "
                 "home",
                 "Every session (Monday to Wednesday mornings)",
                 "Weekly email to Sam; attendance 90% or more"],
                ["Shared – all agencies", H, H],
                ["Tell Sam the same day about any new worry about Maisie or Jax",
                 "Same day",
                 "Each worry logged on the case file"],
            ],
        }),
        ("h1", "What happens if..."),
        ("p", "...Kayleigh cannot get up for the children on two school days in a row, or Maisie tells anyone she "
              "has had to look after Jax on her own: Sam will visit that day, Maisie and Jax will stay with "
              "Kayleigh's sister Tanya Kettleby at 9 Mill Lane, and a strategy discussion will be held the same "
              "day."),
        ("p", "...Dean is drunk while the children are at home: Kayleigh will ask him to leave and he will stay at "
              "his mother's; if he will not go, Kayleigh will call the police on 999."),
        ("p", "...Tanya cannot have the children: Sam will place Maisie and Jax together with Xenbridge foster "
              "carers the same day."),
        ("p", "...Maisie's attendance is still below 90% at core group 3, or Dean is drunk at home twice more: Sam "
              "will ask Harriet Cole for a legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date"],
            "widths": [8.0, 9.0],
            "rows": [
                ["Core group 2", "Tuesday 24/02/2026, 1.30pm, Xenbridge Family Hub"],
                ["Core group 3", "Tuesday 24/03/2026, 1.30pm, Xenbridge Family Hub"],
                ["Core group 4", "Tuesday 21/04/2026, 1.30pm, Xenbridge Family Hub"],
                ["Review child protection conference", "To be arranged by the Safeguarding Unit"],
            ],
        }),
    ],
    "findings": [
        F("M001", "Parenting assessment of Kayleigh and Dean"),
        F("H001", "Counselling sessions for Kayleigh's low mood and anxiety"),
        F("M002", "Counselling sessions for Kayleigh's low mood and anxiety"),
        F("T002", "Place Maisie in the school's nurture group"),
        F("W002", "Tell Sam the same day about any new worry"),
        F("F002", "Kayleigh's mood will improve and she will feel more able to cope."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 15-year-old at risk of criminal
#    exploitation, exported from the case system: one labelled block per
#    task (Task / Assigned to / Due or frequency / Proof), a completed one-off
#    task, parts written to him. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_xorrington_cce_case_export_task_fields_fairweather.pdf",
    "doc_title": "Child Protection Plan - Kian Fairweather",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-exploitation-case-system-export-paged-header-footer-person-fields-people-in-the-plan-written-to-the-young-person-what-you-told-us-worries-outcomes-then-task-n-of-m-blocks-labelled-task-assigned-to-due-or-frequency-proof-linked-outcome-one-completed-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old boy going missing and carrying drugs and "
        "cash for older men, exported from the council's case system and printed to PDF with a page "
        "header and footer. Parts are written to him ('Kian, this is your plan', 'What you told us'). "
        "Each task is a block of labelled fields: Task, Assigned to (a named worker, a team only, "
        "'Kian', 'Mum (Debbie)', 'Uncle Marcus'), Due / frequency ('Daily, reviewed at each core "
        "group', 'Before the first core group (27 January)', 'by the review conference', 'within 72 "
        "hours of Kian coming home') and Proof. One one-off task is marked completed (not counted). "
        "The uncle's part has a fallback, the contingency has specific triggers and protective "
        "responses, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Xorrington Borough Council – Children's Social Care",
    "footer": "Kian Fairweather – child protection plan (CareTrack export) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "CareTrack export · Form CP2 · exported 16/01/2026 09:42 by nbrook"),
        ("kv", [
            ("Person ID", "2207718"),
            ("Name", "Kian Fairweather"),
            ("Date of birth", "03/05/2010 (15)"),
            ("Address", "27 Sandpiper Court, Xorrington XR2 8HB"),
            ("Lives with", "Debbie Fairweather (mother, 42)"),
            ("Category", "Physical abuse (significant harm outside the home: criminal exploitation)"),
            ("Conference", "Initial child protection conference, 14/01/2026. Chair: Ade Oyelaran (IRO)"),
            ("Allocated worker", "Nadia Brook, social worker, Adolescent Safeguarding Team (team manager: Phil "
                                 "Crossley)"),
        ]),
        ("h1", "1. People in Kian's plan"),
        ("kv", [
            ("Mum (Debbie)", "Debbie Fairweather"),
            ("Uncle Marcus", "Marcus Fairweather, Debbie's brother, 40 Linnet Way, Xorrington"),
            ("Callum", "Callum Reade, Kian's key worker, Xorrington Exploitation and Missing Team (XEMT)"),
            ("Nadia", "Nadia Brook, social worker"),
            ("DC Latif", "DC Amir Latif, Xorrington Police Child Exploitation Team"),
            ("Mr Osei", "Mr Graham Osei, designated safeguarding lead, Xorrington Academy"),
            ("The Hub", "Xorrington young people's drug and alcohol service"),
        ]),
        ("h1", "2. Kian, this is your plan"),
        ("p", "Kian, you asked us not to write this plan as if you were not in the room, so the parts that are "
              "about you are written to you. Nadia will go through it with you on 20/01/2026 and give you your "
              "own copy without the police section."),
        ("h1", "3. What you told us"),
        ("p", "You told Nadia at McDonald's on 09/01/2026: “I'm not being used, I'm getting paid. Nobody makes "
              "me do nothing.” You also said you owe “a lad” £400 for a bag that was taken off you, and that “if I "
              "stop, they'll come to the house”. You said the best bit of your week is boxing with Uncle Marcus "
              "and you want to be a personal trainer. You scored how safe you feel when you are out at 3 out of "
              "10, and at home at 8. You want your mum to stop ringing you every hour and you want to go back to "
              "full days at school “but not maths”."),
        ("h1", "4. What we are worried about"),
        ("p", "Since September 2025 Kian has been reported missing five times. On 29/12/2025 police found him in "
              "Dunsmoor, 40 miles away, with £340 in cash, two phones and a cut to his hand he would not explain. "
              "He has been on a part-time timetable since November and smokes cannabis most days. He owes money "
              "to people who have threatened him. Debbie loves Kian and reports him missing every time, but she "
              "cannot stop him leaving the house."),
        ("h1", "5. What needs to be different for Kian"),
        ("numbers", [
            "Kian is home safe every night, and is not missing.",
            "Kian is not carrying drugs, cash or phones for anyone, and the people exploiting him are kept away "
            "from him.",
            "Kian is back in school full time and has a plan for college.",
            "Kian knows who to call when he is scared or in debt, and does call them.",
        ]),
        ("h1", "6. Tasks"),
        ("p", "11 tasks: 10 open, 1 completed. Linked outcome numbers refer to section 5."),
        ("h3", "Task 1 of 11 · Open"),
        ("kv", [
            ("Task", "See Kian on his own every week, somewhere he chooses, and write down what he says in his "
                     "own words"),
            ("Assigned to", "Nadia Brook (social worker)"),
            ("Due / frequency", "Weekly from 16/01/2026"),
            ("Proof", "Case notes show Kian seen alone each week, with his words and his 0-10 safety score"),
            ("Linked outcome", "1, 4"),
        ]),
        ("h3", "Task 2 of 11 · Open"),
        ("kv", [
            ("Task", "Eight one-to-one sessions on grooming, debt and how to get out, building Kian's own safety "
                     "map of places and people"),
            ("Assigned to", "Team: Xorrington Exploitation and Missing Team"),
            ("Due / frequency", "Wednesdays after school, eight sessions from 21/01/2026"),
            ("Proof", "Session record on CareTrack within two days of each session; Kian's safety map finished "
                      "by session 8"),
            ("Linked outcome", "2, 4"),
        ]),
        ("h3", "Task 3 of 11 · Open"),
        ("kv", [
            ("Task", "Return home interview with Kian after any missing episode, and pass on the places and names "
                     "he gives"),
            ("Assigned to", "Team: XEMT (duty worker)"),
            ("Due / frequency", "Within 72 hours of Kian coming home"),
            ("Proof", "Interview record on CareTrack within 72 hours; places and names sent to DC Latif and Mr "
                      "Osei the same day"),
            ("Linked outcome", "1, 2"),
        ]),
        ("h3", "Task 4 of 11 · Open"),
        ("kv", [
            ("Task", "Keep your phone on and charged, answer Mum's call at 8.30pm, and be home by 9pm on school "
                     "nights and 10pm on Fridays and Saturdays"),
            ("Assigned to", "Kian"),
            ("Due / frequency", "Daily, reviewed at each core group"),
            ("Proof", "Mum's curfew log shows you home on time on at least six nights out of seven"),
            ("Linked outcome", "1"),
        ]),
        ("h3", "Task 5 of 11 · Open"),
        ("kv", [
            ("Task", "Keep the curfew log, and report Kian missing to the police if he is 30 minutes past his "
                     "curfew and not answering his phone"),
            ("Assigned to", "Mum (Debbie)"),
            ("Due / frequency", "Every night; a report within 30 minutes of the curfew time"),
            ("Proof", "Curfew log seen by Nadia at every visit; police log number written down for any report"),
            ("Linked outcome", "1"),
        ]),
        ("h3", "Task 6 of 11 · Open"),
        ("kv", [
            ("Task", "Check the adults and addresses linked to Kian, and serve child abduction warning notices "
                     "where the evidence allows"),
            ("Assigned to", "DC Latif"),
            ("Due / frequency", "Before the first core group (27 January), then before each core group"),
            ("Proof", "Written intelligence update at each core group, listing the checks done and any notices "
                      "served"),
            ("Linked outcome", "2"),
        ]),
        ("h3", "Task 7 of 11 · Open"),
        ("kv", [
            ("Task", "Add one lesson a week to Kian's timetable until he is back to full days, with a lunchtime "
                     "mentor"),
            ("Assigned to", "Mr Osei"),
            ("Due / frequency", "From 19/01/2026; full timetable by the review conference"),
            ("Proof", "Attendance of 90% or more of his timetable each half-term, emailed to Nadia each Friday"),
            ("Linked outcome", "3"),
        ]),
        ("h3", "Task 8 of 11 · Open"),
        ("kv", [
            ("Task", "Six sessions with Kian about his cannabis use, at a place and time he picks"),
            ("Assigned to", "The Hub"),
            ("Due / frequency", "Fortnightly from 28/01/2026"),
            ("Proof", "Attendance sent to Nadia after each session; Kian's use diary shows fewer days using at "
                      "session 6 than at session 1"),
            ("Linked outcome", "2"),
        ]),
        ("h3", "Task 9 of 11 · Open"),
        ("kv", [
            ("Task", "Take Kian to boxing at Xorrington ABC and bring him back home afterwards"),
            ("Assigned to", "Uncle Marcus"),
            ("Due / frequency", "Tuesdays and Thursdays, 6pm to 8pm"),
            ("Proof", "Club register; Marcus texts Debbie when Kian is home"),
            ("Linked outcome", "1, 4"),
        ]),
        ("h3", "Task 10 of 11 · Open"),
        ("kv", [
            ("Task", "Have Kian to stay at 40 Linnet Way on Friday nights"),
            ("Assigned to", "Uncle Marcus"),
            ("Due / frequency", "Every Friday"),
            ("Proof", "Marcus texts Nadia by 10am each Saturday to say Kian stayed the night"),
            ("Linked outcome", "1"),
        ]),
        ("h3", "Task 11 of 11 · Completed 15/01/2026"),
        ("kv", [
            ("Task", "Refer Kian to the National Referral Mechanism as a possible child victim of exploitation"),
            ("Assigned to", "Nadia Brook (social worker)"),
            ("Due / frequency", "By 16/01/2026"),
            ("Proof", "NRM reference on file"),
            ("Completion note", "Referral made 15/01/2026; reference on CareTrack; decision awaited"),
        ]),
        ("h1", "7. If things go wrong"),
        ("kv", [
            ("If Kian is missing", "Debbie reports him to the police as soon as he is 30 minutes late and not "
                                   "answering; Nadia (or the emergency duty team out of hours) holds a strategy "
                                   "discussion the same day if he is missing overnight or found outside "
                                   "Xorrington; XEMT do the return home interview within 72 hours."),
            ("If Kian comes home with cash, drugs, phones or injuries he cannot explain",
             "Debbie tells Nadia that day; DC Latif is told the same day and a strategy discussion is held within "
             "24 hours; Kian is seen by his GP for any injury."),
            ("If Kian is threatened over the debt, or people come to the flat",
             "Debbie calls 999; Kian and Debbie stay with Marcus at 40 Linnet Way that night; Nadia holds a "
             "strategy discussion the next working day to plan a move if needed."),
            ("If Marcus cannot do boxing nights or Fridays (work, illness)",
             "Callum takes Kian to boxing or to the youth hub instead; on Fridays Kian stays home and Callum "
             "rings him at 9pm; if Kian cannot be kept safe at home that night, Nadia arranges an emergency "
             "foster placement."),
            ("If things do not change",
             "If Kian is missing three more times before the review conference, or is found out of Xorrington "
             "with drugs or cash again, Nadia will request a legal planning meeting within five working days."),
        ]),
        ("h1", "8. Meetings"),
        ("kv", [
            ("Core group", "Every three weeks, Tuesdays at 4pm, Xorrington Youth Hub: 27/01/2026, 17/02/2026, "
                           "10/03/2026, 31/03/2026"),
            ("Review conference", "14/04/2026, 10am, Xorrington Town Hall"),
            ("Kian's part", "Kian can come to the first half of any core group; Callum will bring his views if he "
                            "does not want to"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, medical neglect of an 11-year-old with type 1
#    diabetes. Word table printed to PDF: a Who column that often names only
#    a team, "What will we see?" measures as numbers and records, a Three
#    Houses table, a "Plan B" If | Then | Who table and a meetings table.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_xennerby_icpc_diabetes_three_houses_plan_b_lowther.pdf",
    "doc_title": "Child Protection Plan - Ellis Lowther",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-medical-neglect-word-plan-printed-to-pdf-header-footer-details-why-three-houses-table-success-looks-like-outcomes-then-numbered-what-we-are-going-to-do-who-team-only-or-joint-when-what-will-we-see-table-then-plan-b-if-then-who-table-meetings-table",
    "description": (
        "Exemplary initial conference plan for an 11-year-old with type 1 diabetes, admitted twice with "
        "diabetic ketoacidosis after missed insulin; his parents live apart. Word printed to PDF with "
        "header and footer. Outcomes are 'Success looks like' lines with numbers (HbA1c below 58 "
        "mmol/mol, 95% attendance). The action table's Who column often holds only a team "
        "('Xennerby Children's Diabetes Team', 'Xennerby Children's Services - CP Team', 'Xennerby "
        "Family Help Team') or joint owners ('Mrs Okafor (TA) with the school nurse', 'Ellis, with Mum "
        "or Dad checking'); 'What will we see?' gives records and counts ('no missed doses on the MAR "
        "chart'). Child's voice in a Three Houses table; the contingency is a Plan B table of If | "
        "Then | Who with legal planning; core group and review dates in a meetings table."
    ),
    "header": "OFFICIAL-SENSITIVE – Xennerby City Council – Children's Services",
    "footer": "Ellis Lowther – child protection plan, 13/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Ellis Lowther, 11 (DOB 30/03/2014), Year 6, Xennerby Park Primary"),
            ("Lives with", "Gemma Lowther (Mum, 36), 5 Cinder Lane, Xennerby XN4 1PA"),
            ("Dad", "Craig Lowther (38), 48 Kestrel Road, Xennerby; has Ellis on Wednesdays after school and "
                    "every other weekend"),
            ("Category", "Neglect (medical)"),
            ("Conference", "Initial child protection conference, 13/01/2026. Chair: Lorraine Dyce (IRO)"),
            ("Social worker", "Hana Whitlock, Xennerby Children's Services – CP Team (team manager: Rob Kaye)"),
            ("Diabetes nurse", "Sian Pugh, Xennerby Children's Diabetes Team, Xennerby Royal Infirmary"),
        ]),
        ("h1", "Why Ellis has a plan"),
        ("p", "Ellis has had type 1 diabetes since he was seven. He was admitted to the children's ward at "
              "Xennerby Royal Infirmary with diabetic ketoacidosis on 14/10/2025 and again on 19/12/2025; both "
              "times he had missed several insulin doses. His HbA1c in December was 94 mmol/mol (the target is "
              "below 58). He has missed three of his last four clinic appointments, and the meter downloads show "
              "whole days with no readings. Gemma works long shifts as a care assistant and Ellis has often "
              "been left to give his own insulin. He has told school he hides his meter so that nobody sees "
              "his numbers."),
        ("h1", "Ellis's three houses"),
        ("p", "Hana did the three houses with Ellis at school on 08/01/2026. These are his words."),
        ("table", {
            "header": ["House of worries", "House of good things", "House of dreams"],
            "widths": [5.7, 5.6, 5.7],
            "rows": [
                ["“Going back in hospital with the drip.” “Mum gets in trouble because of me.” “When my number is "
                 "high I feel sick and I don't want anyone to see it.”",
                 "“Football on Wednesdays with Dad.” “My dog Pepper.” “Mrs Okafor lets me do my finger prick in "
                 "her room so nobody watches.”",
                 "“No more hospital.” “Mum and Dad both knowing how to do my carbs so I don't have to.” “Playing "
                 "for the under-12s.”"],
            ],
        }),
        ("h1", "What we want for Ellis"),
        ("p", "Success looks like:"),
        ("bullets", [
            "Ellis has every insulin dose on time, at home, at Dad's and at school, with an adult checking each one.",
            "Ellis's HbA1c is below 75 mmol/mol at the March clinic and below 58 by the July clinic, and he has no "
            "more hospital admissions with ketoacidosis.",
            "Ellis goes to every clinic appointment and is in school at least 95% of the time.",
            "Ellis stops hiding his meter and can tell an adult when he has missed a check.",
        ]),
        ("h1", "What we are going to do"),
        ("table", {
            "header": ["No.", "What we are going to do", "Who", "When", "What will we see?"],
            "widths": [1.1, 5.2, 3.2, 2.9, 4.6],
            "rows": [
                ["1",
                 "Give Ellis his insulin at breakfast and tea, and check his blood sugar before meals and at "
                 "bedtime",
                 "Gemma on her days; Craig on his days",
                 "Every day",
                 "No missed doses on the home insulin log; meter uploads with no gap longer than 12 hours"],
                ["2",
                 "Look at Ellis's uploaded readings and ring Gemma the same day if a dose looks missed",
                 "Xennerby Children's Diabetes Team",
                 "Every Monday and Thursday",
                 "Call log sent to Hana every two weeks, showing each missed dose followed up that day"],
                ["3",
                 "Two carb-counting and dose sessions for Gemma and Craig, so that Ellis is not left to work out "
                 "his own doses",
                 "Xennerby Children's Diabetes Team",
                 "Both sessions by 27/02/2026",
                 "Both parents pass the team's carb-counting check; sign-off sheet copied to Hana"],
                ["4",
                 "Take Ellis to every clinic appointment, with his meter for download",
                 "Gemma, with Craig when it falls on his day",
                 "Next clinic 17/03/2026, then every three months",
                 "Clinic letter copied to Hana shows each appointment kept and the HbA1c result"],
                ["5",
                 "Give Ellis his lunchtime insulin, check his blood sugar at morning break, and write both on the "
                 "school MAR chart",
                 "Mrs Okafor (TA) with the school nurse",
                 "Every school day",
                 "No missed doses on the MAR chart; chart copied to Hana each Friday"],
                ["6",
                 "See Ellis on his own at home and at Dad's, and check the insulin log and the fridge",
                 "Xennerby Children's Services – CP Team",
                 "Every two weeks, one visit a month unannounced",
                 "Visit records with Ellis's own words and a photo of that week's insulin log"],
                ["7",
                 "Log his own readings on the Diabuddy app and show an adult before each dose",
                 "Ellis, with Mum or Dad checking",
                 "Every meal and at bedtime",
                 "App log matches the meter download at each clinic"],
                ["8",
                 "Six sessions with Ellis about how he feels about his diabetes and why he hides his meter",
                 "Xennerby Paediatric Psychology Service",
                 "Fortnightly from 02/02/2026",
                 "Session summary sent to Hana after sessions 3 and 6, with Ellis's diabetes worry score at "
                 "sessions 1 and 6"],
                ["9",
                 "Collect Ellis from school, take him to football with his snack and meter, and give his tea-time "
                 "insulin",
                 "Craig (Dad)",
                 "Every Wednesday",
                 "Meter download shows a reading before and after football; tea-time dose on the home log"],
                ["10",
                 "Help Gemma set up a weekly shop and meal plan with the carbs for Ellis's meals written on it",
                 "Xennerby Family Help Team",
                 "Weekly for six weeks from 26/01/2026",
                 "Meal plan with carb counts on the fridge, seen at Hana's visits"],
                ["11",
                 "Change her shifts so that she is home for Ellis's breakfast and tea-time doses on school days",
                 "Gemma",
                 "By 09/02/2026",
                 "Work rota seen by Hana; no missed tea-time doses on the home log after 09/02/2026"],
            ],
        }),
        ("h1", "Plan B"),
        ("table", {
            "header": ["If", "Then", "Who"],
            "widths": [5.5, 7.5, 4.0],
            "rows": [
                ["Ellis misses two insulin doses in a week (home log, MAR chart or upload)",
                 "Hana visits that day; Ellis has his doses at Dad's until the next core group",
                 "Diabetes Team or school tells Hana; Hana; Craig"],
                ["Ellis has ketones above 1.5, is vomiting, or is admitted with ketoacidosis",
                 "The parent with him takes him to the children's ward; a strategy discussion is held the same "
                 "day; Ellis goes to Dad's on discharge until the core group agrees otherwise",
                 "Gemma or Craig; Hana and Rob Kaye"],
                ["Craig cannot have Ellis (working away, ill)",
                 "Hana arranges a short-term foster placement with carers trained by the Diabetes Team the same "
                 "day",
                 "Hana"],
                ["Ellis's HbA1c is still above 75 at the March clinic, or he is admitted a third time",
                 "Hana requests a legal planning meeting within five working days",
                 "Hana and Rob Kaye"],
            ],
        }),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date", "Where"],
            "widths": [6.5, 4.5, 6.0],
            "rows": [
                ["Core group 1", "27/01/2026, 3.30pm", "Xennerby Park Primary"],
                ["Core group 2", "24/02/2026, 3.30pm", "Xennerby Park Primary"],
                ["Core group 3", "24/03/2026, 3.30pm", "Xennerby Park Primary"],
                ["Review child protection conference", "14/04/2026, 10am", "Xennerby Civic Centre"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan for a 16-year-old who self-harms, her
#    stepfather's drinking. Written to her. Markdown with nested bullets:
#    theme > action > Who / When / How we'll know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_xylworth_rcpc_self_harm_nested_bullets_to_skye_pemberton.md",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-markdown-written-to-a-16-year-old-whos-who-list-what-has-changed-what-you-told-us-what-we-all-want-for-you-then-theme-headings-with-nested-bullets-action-then-who-when-how-well-know-sub-points-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for a 16-year-old girl who cuts herself, in a home "
        "where her stepfather drinks and has pushed her. Written to her ('you', 'your safety plan'). "
        "A Markdown plan under theme headings: each action is a bullet whose nested sub-points give "
        "Who ('you and Dr Price', 'Mum', 'Mum and Gareth together', 'Auntie Carys'), When ('by the "
        "next core group (3 February)', 'every school day until your last GCSE (19 June 2026)') and "
        "How we'll know. CAMHS and the school own her support, the alcohol service reports on the "
        "stepfather's change, the aunt's part has a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "text": """\
# Skye's child protection plan

**Xylworth Borough Council · Children's Social Care · Adolescent Support Team**
First review child protection conference, 13 January 2026 (initial conference 21 October 2025). Category: emotional abuse.

Skye, you told the conference you wanted this plan written to you and not about you, so it is. The adults in it have read it and agreed to their parts.

## Who's who

- **You** — Skye Pemberton, 16 (born 11/09/2009), Year 11 at Xylworth Academy
- **Mum** — Lisa Pemberton, 41
- **Gareth** — Gareth Lowe, 44, Mum's partner, lives with you both at 62 Harrier Way, Xylworth XY6 3DN
- **Auntie Carys** — Carys Pemberton, Mum's sister, 22 Alder Close (ten minutes' walk)
- **Jade** — Jade Okwu, your social worker (her manager is Neil Fenby)
- **Dr Price** — Dr Rhiannon Price, clinical psychologist, Xylworth CAMHS
- **Tom** — Tom Bessant, recovery worker, Xylworth Alcohol Service
- **Miss Hollins** — Amy Hollins, pastoral lead, Xylworth Academy
- **Sunita** — Sunita Rahman, school nurse, Xylworth Academy

## What has changed since October

- You went to A&E on 12/10/2025 with cuts that needed steri-strips. You have not needed hospital since, but you told Jade you still cut "about once a week, less than before".
- Gareth has been going to Tom since 10/11/2025. He had two breath tests over the limit in December and has had none since 22/12/2025. There have been no police call-outs since October.
- CAMHS accepted you on 04/12/2025 and you have met Dr Price twice.
- Your attendance this term is 88%, up from 71% in the autumn.

## What you told us

On 08/01/2026, in the café at the retail park, you told Jade: "It's better than it was. Gareth's not shouting every night now. But when he's had a drink I go in my room and that's when I do it." You scored home 6 out of 10 (3 in October). You said Auntie Carys's is "the only place I can actually sleep", and that you want to do your GCSEs and go to Xylworth College to do hair and beauty. You do not want to leave home, and you want Gareth "to stop for good, not just for the meetings".

## What we all want for you

1. You are safe from serious harm, and when the urge to cut comes you use your safety plan and tell someone.
2. You live in a calm home where nobody drinks, shouts at you or touches you in anger.
3. You finish your GCSEs with attendance above 90% and have a college place for September.
4. You have adults you trust and can reach at any time, day or night.

## What will happen next

### Keeping you safe when the urge to hurt yourself is strong

- Write your own safety plan: what helps, who to call and where to go
  - Who: you and Dr Price
  - When: by the next core group (3 February), then looked at together every two weeks
  - How we'll know: you keep a copy on your phone and in your planner, and Dr Price sends one to Jade
- Weekly CAMHS sessions on the feelings behind the cutting
  - Who: Dr Price
  - When: Thursdays at 4.15pm, twelve sessions from 15 January
  - How we'll know: Dr Price writes to Jade after sessions 6 and 12, with how often you have cut according to your own log
- Keep razors, blades and all tablets locked away in the house
  - Who: Mum
  - When: from 13 January, every day
  - How we'll know: Jade sees the locked box at every visit and the tablet count matches the chemist's label

### A calm home with no drinking

- No alcohol in the house, and none on any day Gareth is at home with you
  - Who: Gareth
  - When: every day from 13 January
  - How we'll know: breath tests at Tom's sessions and at Jade's visits all read zero
- Key-work with Gareth, and a report on whether his drinking is changing in ways you notice at home
  - Who: Tom (Xylworth Alcohol Service)
  - When: every Monday; report two working days before each core group
  - How we'll know: Tom's written report and the test results are on Jade's file before every core group
- The eight-week "Who's in Charge?" course for parents of teenagers
  - Who: Mum and Gareth together
  - When: Tuesdays at 6pm, 27 January to 17 March
  - How we'll know: the register shows seven or more sessions for each of them, and the facilitator's end report goes to Jade

### School and your exams

- A quiet check-in every morning, and a time-out card for lessons
  - Who: Miss Hollins
  - When: every school day until your last GCSE (19 June 2026)
  - How we'll know: the check-in sheet goes to Jade each Friday and your attendance stays at 90% or above
- A drop-in where you can show any cuts and get them dressed
  - Who: Sunita
  - When: Monday lunchtimes, and the same day whenever you go to her
  - How we'll know: Sunita notes each visit and tells Jade the same day if a cut needs a doctor

### People on your side

- See you on your own, somewhere you choose, and write down what you say
  - Who: Jade
  - When: every week, one visit a month at home
  - How we'll know: Jade's notes have your words and your 0-10 score, and you can read them
- Be the person you go to when home feels unsafe, and have you to stay on Saturday nights
  - Who: Auntie Carys
  - When: every Saturday night, and the same night whenever you ring her
  - How we'll know: Carys texts Jade on Sunday mornings, and you show Jade her number saved as a favourite

## If things go wrong

- **If you cut and it needs more than a plaster, take any tablets, or tell anyone you are planning to end your life:** whoever is with you takes you to A&E at Xylworth General or rings 999; the CAMHS crisis team sees you within 24 hours; Jade holds a strategy discussion the same day.
- **If Gareth has been drinking at home, or shouts at you or touches you:** Mum tells him to leave that night and he goes to his brother's; if he will not go, Mum rings the police; you go to Auntie Carys's that night and Jade visits the next day.
- **If Auntie Carys can't have you (she is away, ill or not answering):** Jade, or the emergency duty team if it is late, arranges for you to stay with Xylworth emergency foster carers that night.
- **If things don't change:** if Gareth is drunk at home twice more before the next review, or Mum cannot keep him away when he has been drinking, Jade will ask Neil Fenby for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Tuesdays at 4pm at Xylworth Academy: 3 February, 3 March, 31 March, 28 April, 26 May and 23 June 2026. You can come to all or part of any of them.
- Next review child protection conference: 14 July 2026, 10am, Xylworth Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, father's cannabis and cocaine use, neglect,
#    a 6-year-old and a 9-month-old. Markdown: a Words and Pictures
#    paragraph, bullets with "Success looks like:" and the owner in a
#    bracket at the end. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_xandermouth_icpc_words_pictures_owner_in_brackets_harcastle.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-markdown-whos-who-list-why-words-and-pictures-paragraph-outcomes-then-bullets-each-with-success-looks-like-and-owner-in-a-bracket-at-the-end-then-if-things-get-worse-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 9-month-old; their father uses cannabis and "
        "cocaine and the home is neglected. The children's voice is a Words and Pictures paragraph; "
        "each action is a bullet with a 'Success looks like:' line and its owner in a bracket at the "
        "end ('(Chloe, SW)', '(the HV)', '(Nana)'). Most bullets are sound (weekly visits, weights on "
        "the centile, the drug service's report on change, three clear tests, the grandmother's "
        "Saturdays, the school). Faults: the mother's clearing-up 'as and when she can'; family "
        "support measured by how the mother feels; a passive referral with no owner; '(family)' as "
        "the owner of keeping the baby away from anyone who has used; an outcome for the father "
        "alone; a contingency that only says the core group will meet if there are further concerns, "
        "with nothing on the grandmother's support failing and no legal step."
    ),
    "text": """\
# Child Protection Plan: Lena and Mateo Harcastle

Xandermouth Council — Children's Social Care — Coast Locality Team
Initial child protection conference, Thursday 8 January 2026. Category: neglect. Chair: Fiona Drysdale (IRO).

## Who's who

- Lena Harcastle, 6 (born 04/11/2019), Year 1 at Seaholme Infants
- Mateo Harcastle, 9 months (born 10/04/2025)
- Jodie Harcastle, Mum, 25 — 11 Wharf Street, Xandermouth XM1 5JU
- Ryan Vane, Dad, 27 — lives with Jodie and the children
- Nana — Carol Harcastle, Jodie's mum, 3 Gull Terrace (two streets away)
- Chloe Baines — social worker (SW); team manager Owen Lacey
- the HV — Rosa Fenn, health visitor, Xandermouth Health Visiting Team
- Pete — Pete Rourke, recovery worker, Xandermouth Drug and Alcohol Service (XDAS)
- Kirsty — Kirsty Doyle, family support worker, Xandermouth Family Hub
- Mrs Patel — Anjali Patel, designated safeguarding lead, Seaholme Infants

## Why we are worried

Ryan smokes cannabis every day and uses cocaine most weekends. On 14/12/2025 police were called to the flat at 2am after neighbours heard shouting; Ryan was under the influence and Mateo was asleep in a cot full of clothes and carrier bags. There was mess from the dog, Bobby, on the kitchen floor and no food in the cupboards. Lena's attendance this school year is 81%, and she has been sent in twice without a coat in the snow.

## Words and Pictures

On 5 January Chloe and Jodie read Lena a Words and Pictures story about why grown-ups are helping her family. Lena coloured in the page about the flat and drew the kitchen "all messy with Bobby's poo". She said: "Daddy's smoke makes my throat hurt and he sleeps all day on Sunday. I like it at Nana's because there's a bath with bubbles and I have my own bed." She asked if she could stay at Nana's "on the Saturdays forever".

Mateo was seen at home on 6 January. He is crawling and pulling himself up. He had a nappy rash and a cough. He reached for Nana when she came in and settled quickly on her lap, and he watched Lena all the time she was in the room.

## What needs to change for Lena and Mateo

- Lena and Mateo live in a clean, warm home with food in the cupboards and a safe place to sleep.
- Lena goes to school every day and on time, with her attendance at 95% or more.
- Mateo grows and develops well and is never cared for by an adult who is under the influence.
- Ryan will be drug free.

## The plan

- Visit Lena and Mateo at home every week, at least one visit in three unannounced, and see Lena on her own. Success looks like: visit notes show Lena seen alone with her words written down (Chloe, SW).
- Weigh Mateo at the Seafront clinic every two weeks and do his one-year development review in April 2026. Success looks like: his weight stays on or above the 25th centile in the red book and the review scores are sent to Chloe (the HV).
- Key-work with Ryan every Tuesday, with a drug test each time, and a written report before each core group on whether he has stopped using and what that means for the children's care. Success looks like: test results and the report on Chloe's file two days before each core group (Pete, XDAS).
- Use no cannabis or cocaine in the flat, or on any day he is looking after Lena and Mateo, from today. Success looks like: three clear tests in a row before the review conference (Ryan).
- Clear the kitchen and the children's bedroom and keep them clear, with nothing in Mateo's cot but his sheet, as and when she can. Success looks like: Chloe sees a clear floor and an empty cot at each visit (Jodie).
- Have Lena and Mateo at Gull Terrace every Saturday from 10am to 4pm, so that Jodie can get the flat straight. Success looks like: Nana texts Chloe each Saturday evening (Nana).
- Be at the flat whenever Ryan is looking after the children while Jodie is at work, on Monday and Thursday evenings. Success looks like: Nana's diary, checked by Chloe every fortnight (Nana).
- Help Jodie set up a morning routine and a weekly shop, with one home session a week for eight weeks from 13 January. Success looks like: Jodie feels more on top of things (Kirsty).
- Check Lena's attendance and whether she comes in warm and fed, and ring Chloe the same day if she is absent without a reason. Success looks like: attendance sent to Chloe every Friday and above 95% by the review (Mrs Patel).
- A referral will be made to the community paediatrician about Lena's wheeze and poor sleep by 30/01/2026. Success looks like: the appointment letter is on file.
- Make sure Mateo is never left with anyone who has used drugs or been drinking, every day. Success looks like: no visit finds Mateo with an adult under the influence (family).
- Take Lena to the dentist and the optician by 27 February. Success looks like: both appointment cards seen by Chloe (Jodie).

## If things get worse

If there are any further concerns about the children, the core group will meet to discuss what to do next and whether the plan needs to change.

## Meetings

- Core group: every four weeks on Thursdays at 10am, Xandermouth Family Hub — 22/01/2026, 19/02/2026, 19/03/2026.
- Review child protection conference: Thursday 2 April 2026, 1.30pm, Xandermouth Town Hall.
""",
    "findings": [
        F("T002", "Clear the kitchen and the children's bedroom and keep them clear"),
        F("M002", "Help Jodie set up a morning routine and a weekly shop"),
        F("W001", "A referral will be made to the community paediatrician"),
        F("W002", "Make sure Mateo is never left with anyone who has used"),
        F("F002", "Ryan will be drug free."),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, mother on a methadone script with postnatal
#    depression, a baby and a 3-year-old. Plain-text plan in aligned
#    columns (NO / WHAT NEEDS TO HAPPEN / WHO / WHEN / PROOF) with cells
#    wrapping over several lines; owners are the who's-who names alone
#    ("Nana", "the HV", "Steph"). Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_xiverton_icpc_aligned_columns_whos_who_names_mulhearn.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plain-text-plan-caps-headings-dotted-whos-who-then-aligned-fixed-width-columns-no-what-needs-to-happen-who-when-proof-cells-wrapping-then-aligned-if-then-who-contingency-and-meetings-tables",
    "description": (
        "Exemplary initial conference plan for a 4-month-old and a 3-year-old whose mother is on a "
        "methadone script, used heroin again in November and has postnatal depression; the father "
        "is in prison. A plain-text plan whose action table is laid out in aligned fixed-width "
        "columns (NO, WHAT NEEDS TO HAPPEN, WHO, WHEN, PROOF), each cell wrapping over several "
        "lines. Owners are the short names from the who's-who ('Nana', 'Grandad', 'the HV', 'Steph', "
        "'Gail', 'Dan with Leah'); timescales include the baby's age ('until Ava is 6 months old'). "
        "The perinatal CPN assesses capacity to change, the recovery hub reports on change, the GP "
        "owns an action, the grandparents' part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set, the children's voice is recorded."
    ),
    "text": """\
XIVERTON COUNCIL  -  CHILDREN'S SERVICES  -  FAMILY SAFEGUARDING TEAM 3
CHILD PROTECTION PLAN  -  INITIAL CONFERENCE 15/01/2026  -  CHAIR: BEV ASKEW (IRO)
==========================================================================================

CHILDREN    Ava Mulhearn, born 12/09/2025 (4 months)
            Kai Mulhearn, born 02/03/2022 (3), Little Otters Nursery
ADDRESS     Flat 4, 19 Quayside Row, Xiverton XV1 7TT
CATEGORY    Neglect (both children)
FATHER      Jordan Pike, the children's father, is in prison until 2027 and has no contact.

WHO'S WHO (the names used in the rest of this plan)
  Leah ........... Leah Mulhearn, Mum (27)
  Nana ........... Brenda Mulhearn, Leah's mum, 6 Ferry Lane (four minutes' walk)
  Grandad ........ Ray Mulhearn, Leah's dad, 6 Ferry Lane
  Dan ............ Dan Ferreira, social worker (manager: Joanne Pryce)
  the HV ......... Claire Dunstan, health visitor, Xiverton 0-19 Service
  Steph .......... Stephanie Ogundipe, community psychiatric nurse,
                   Xiverton Perinatal Mental Health Team
  Gail ........... Gail Rennie, recovery worker, Xiverton Recovery Hub
  Dr Yusuf ....... Dr Amir Yusuf, GP, Harbour Road Medical Centre
  Bryony ......... Bryony Lake, Kai's key worker, Little Otters Nursery

WHY AVA AND KAI HAVE A PLAN
Leah has been on a methadone script since 2023 after using heroin for four years.
She had postnatal depression from October 2025 and in November had two urine
tests positive for heroin. On 03/12/2025 Nana found Ava in a soaked nappy in her
car seat at 11am with Leah asleep on the sofa and Kai eating dry cereal from the
box. Leah has restarted her antidepressant and her last three tests were clear.

AVA AND KAI - WHAT WE HAVE SEEN AND HEARD
Kai (at nursery, 12/01/2026) showed Dan a drawing of "Mummy sleeping" and then one
of "Nana's house with the boat". He said "Mummy's tired. Nana makes toast." He
asked Dan if Ava could come to nursery "so she's not by herself".
Ava (at home, 13/01/2026) was clean and alert. She followed Leah round the room
with her eyes, smiled when Leah sang to her, and fed well from her bottle.
Her weight has dropped from the 50th to the 25th centile since November.

WHAT WE WANT FOR AVA AND KAI
  1. Ava is fed, clean and changed on time and gains weight along her centile.
  2. Kai gets to nursery every session, fed and on time, and is never left to
     look after himself or his sister.
  3. Ava and Kai are always cared for by an adult who is awake, sober and well.

THE PLAN
NO   WHAT NEEDS TO HAPPEN                    WHO          WHEN                  PROOF
---  --------------------------------------  -----------  --------------------  ------------------------------
1    See Ava and Kai at home: Ava awake and  Dan          Weekly until the      Visit notes show both children
     in her cot space, Kai's play and what                review conference; 1  seen, Kai's own words, and a
     he says written down                                 visit in 3            photo of Ava's cot
                                                          unannounced

2    Weigh Ava, watch a feed, and check      the HV       Fortnightly until     Weight on or above the 25th
     where and how she sleeps                             Ava is 6 months old   centile in the red book; sleep
                                                          (12/03/2026), then    checklist signed each visit
                                                          monthly

3    Visit Leah at home, check her mood and  Steph        Fortnightly from      Report sent to Dan and shared
     tablets, and assess and report on her                20/01/2026; written   at core group 3; a short
     capacity to make the changes Ava and                 report by 20/02/2026  update before every core group
     Kai need, and how long that is likely
     to take

4    Review Leah's methadone script, test    Gail         Tests every 2 weeks;  Test results and report on
     her urine, and report on whether she                 report 2 working      Dan's file before each core
     has stopped using heroin and how that                days before each      group; three clear tests in a
     shows in her care of Ava and Kai                     core group            row by the review

5    Take her methadone at Quayside          Leah         Every day from        Pharmacy log shows every dose
     Pharmacy each morning under                          16/01/2026            taken; Gail's tests clear
     supervision, and use nothing that is
     not prescribed

6    Keep all medicines and the methadone    Leah         Every day, checked    Dan and the HV see the box
     in the locked box on top of the                      at each visit         locked at every visit
     kitchen cupboard, out of Kai's reach

7    Be at the flat from 7am to 9am to help  Nana         Mon to Fri until Ava  Nana's diary, seen by Dan
     with Ava's first feed and Kai's                      is 6 months old       every fortnight; nursery notes
     breakfast                                                                  Kai arrives fed

8    Take Kai to nursery and bring him home  Grandad      Mon, Wed and Fri,     Nursery register shows Kai in
                                                          9am and 3pm           by 9.15am on each of his days

9    Record Kai's attendance, whether he     Bryony       Every session (Mon,   Weekly email to Dan;
     arrives fed and clean, and his new                   Wed, Fri)             attendance 90% or more;
     words; ring Dan the same day with any                                      same-day calls logged
     worry

10   Review Leah's antidepressant, share     Dr Yusuf     By 30/01/2026, then   GP letter on file by
     her records with Steph and Gail, and                 before each core      30/01/2026 and before every
     tell Dan the same day if a                           group                 core group
     prescription is not collected

11   Write Ava's safe sleep plan and Kai's   Dan with     By 23/01/2026         Signed copy on the fridge and
     day (meals, nursery, bath, bed) with    Leah                               on file; the HV checks the cot
     Leah, and put them on the fridge                                           against it at each visit

WHAT HAPPENS IF THINGS GO WRONG
IF                                            THEN                                      WHO
--------------------------------------------  ----------------------------------------  --------------
Leah has a positive test for heroin, or       Ava and Kai go to Nana and Grandad's at   Dan; Gail or
seems under the influence at any visit or at  6 Ferry Lane that day; Dan holds a        the pharmacist
the pharmacy                                  strategy discussion the same day          tells Dan

Leah misses two supervised doses in a row,    Steph or Gail visits that day; Nana       Steph; Gail;
or two of Steph's visits                      stays overnight at the flat until Steph   Nana
                                              has seen Leah

Nana or Grandad cannot do the mornings or     Dan books the Xiverton Family Help Team   Dan
the nursery runs (ill, away)                  for the mornings from the next day; if
                                              Leah cannot safely care for Ava and Kai
                                              alone, Dan arranges foster carers for
                                              both children that day

Two positive heroin tests, or three missed    Dan requests a legal planning meeting     Dan and his
doses in a month, before the review           (PLO) within 5 working days               manager,
conference                                                                              Joanne Pryce

MEETINGS
MEETING                               DATE                    WHERE
------------------------------------  ----------------------  ----------------------
Core group 1                          Thu 29/01/2026, 10am    Xiverton Family Hub

Core group 2                          Thu 26/02/2026, 10am    Xiverton Family Hub

Core group 3                          Thu 26/03/2026, 10am    Xiverton Family Hub

Review child protection conference    Thu 09/04/2026, 2pm     Xiverton Guildhall

Dan will see Kai before each core group and bring what he says to the meeting.
==========================================================================================
""",
    "findings": [],
})
