"""Batch 104, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good plans whose format makes them hard to read, each in a layout of
its own. Five plans are exemplary: a PDF whose action table runs over several
pages and whose header row is only printed once, at the top of the first
page; a Word table whose first row is a title merged across every column,
above the real column headings; a landscape PDF with seven narrow columns in
which every cell wraps; a plain-text copy from a case system with each
action's fields run together on one line ("Who: ... When: ... Check: ...");
and a Markdown plan in which each action is a small block of bold labels. The
other two carry realistic faults among good rows: a Word table whose cells
stack the lead and the date, and hold two-sentence measures or small bullet
lists; and a Word plan whose typed numbering restarts at 1 under each heading.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, neglect, mother's heroin relapse, a 6-year-old and a baby.
#    Portrait PDF; the action table runs over two or three pages and its
#    header row is an ordinary first row, printed once. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_jalkerton_icpc_table_runs_over_pages_header_once_fennimore.pdf",
    "doc_title": "Child Protection Plan - Alfie and Rosie Fennimore",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-worries-working-well-childrens-words-outcomes-then-five-column-table-over-several-pages-header-row-printed-once-not-repeated-multi-line-cells-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 9-month-old baby whose mother has "
        "relapsed into heroin use while on a methadone script. A Word plan printed to PDF with a page "
        "header and footer; the fifteen-row action table runs on over the following pages and its "
        "column headings (an ordinary first row, not a repeating header) appear only at the top of "
        "the first page, so later pages are bare rows of multi-line cells. Every row has an owner, a "
        "timescale and something that will be seen; the drug service reports on change, the aunt's "
        "collections have a fallback, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE | Jalkerton Borough Council | Children's Services",
    "footer": "Fennimore - Child Protection Plan (ICPC 04/09/2025) - Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jalkerton Borough Council · Children's Services · Safeguarding Team (South)"),
        ("kv", [
            ("Children", "Alfie Fennimore (6), DOB 14/02/2019, Year 2 at St Aidan's CE Primary; "
                         "Rosie Fennimore (9 months), DOB 02/12/2024"),
            ("Address", "5 Tanner's Yard, Jalkerton JK2 6RL"),
            ("Mother", "Chloe Fennimore (27)"),
            ("Fathers", "Alfie's father, Jason Webb, has had no contact since 2021. Rosie's father, Dale "
                        "Ashby, is serving a prison sentence until 2027 and has no contact."),
            ("Maternal aunt", "Leanne Fennimore (31), 22 Coppice Road, Jalkerton (ten minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, 04/09/2025, Jalkerton Civic Centre. "
                           "Chair: Ruth Anstey"),
            ("Social worker", "Marcus Reid (team manager: Helen Doyle)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Chloe has used heroin since 2019. She had been stable on a methadone script with Jalkerton "
              "Recovery Service since 2023, but she started using again in July 2025. On 12/08/2025 police "
              "called to the flat for a welfare check found Chloe asleep and hard to wake after using. Rosie "
              "was in her cot in a soiled nappy, quiet, with an empty bottle; Alfie had made himself dry "
              "cereal and let the officers in. Chloe's take-home methadone was on the kitchen worktop within "
              "Alfie's reach. Alfie was late to school 22 times last year and his attendance was 86%. Rosie "
              "has missed her 9-month health review twice and her 16-week immunisations."),
        ("h1", "What is working well"),
        ("p", "Chloe is honest about her relapse. She went back to Jalkerton Recovery Service herself on "
              "14/08/2025 and has had two negative tests since. She is warm with both children and Alfie "
              "runs to her at the school gate. The flat is warm and there is food in the cupboards. Leanne "
              "sees the children most days, and Alfie and Rosie are relaxed and happy at her house."),
        ("h1", "What Alfie and Rosie have told us"),
        ("p", "Alfie (seen on his own at school, 28/08/2025): “When Mummy is sleepy I get cereal for me, and "
              "Rosie has her bottle when Mummy wakes up. I don't like it when she won't wake up. I like "
              "Auntie Leanne's because she has a trampoline and we have fish fingers.” He gave home 5 out of "
              "10 and Leanne's house 10 out of 10. His three wishes were a dog, for Mummy “not to be sleepy” "
              "and to go to football club."),
        ("p", "Rosie is 9 months old. On three visits she was clean and fed. She crawls, pulls herself up on "
              "the sofa and babbles at Alfie, who makes her laugh. She reaches for Leanne when she comes in. "
              "The police officers on 12/08/2025 noted that she did not cry when they picked her up."),
        ("h1", "What we want for Alfie and Rosie"),
        ("bullets", [
            "Alfie and Rosie are cared for every day and every night by an adult who is not under the "
            "influence of drugs, and Alfie no longer looks after himself or his sister.",
            "Rosie is fed, changed and kept safe, goes to every health check and keeps growing along her "
            "centile.",
            "Alfie gets to school on time every day and his attendance is 95% or more by the review "
            "conference.",
            "Medicines and drugs are always locked away where Alfie and Rosie cannot reach them.",
        ]),
        ("h1", "Action plan"),
        ("p", "Each row is one action. The column headings are at the top of the table, on this page; the "
              "table carries on over the following pages in the same five columns."),
        ("table", {
            "widths": [1.1, 5.6, 3.4, 3.0, 3.9],
            "rows": [
                ["NO.", "WHAT WILL HAPPEN", "WHO", "BY WHEN", "HOW WE WILL KNOW"],
                ["1", "Visit Alfie and Rosie at home, with at least one visit in four unannounced and one "
                      "after 5pm, and see Alfie on his own.",
                 "Marcus Reid\nSocial worker (SW)", "Every week from 08/09/2025",
                 "Visit records show both children seen every week and Alfie seen alone.\nAlfie's own words "
                 "are written down."],
                ["2", "Do four sessions of direct work with Alfie about what happens at home and who he can "
                      "tell when he is worried.",
                 "Marcus Reid, SW", "All four sessions done by 17/10/2025",
                 "Alfie's worksheets on his file; his views written up for the review conference."],
                ["3", "Complete a parenting assessment of Chloe, looking at how her drug use affects her care "
                      "of Alfie and Rosie.",
                 "Marcus Reid, SW", "Report by 31/10/2025",
                 "Written report shared with Chloe and sent to every core group member by 31/10/2025."],
                ["4", "Visit Rosie at home, weigh her and plot her weight, and carry out her missed 9 to 12 "
                      "month development review.",
                 "Nadia Forde\nHealth visitor (HV)", "Every other Tuesday from 09/09/2025; review done by "
                 "30/09/2025",
                 "Weights in the red book stay on or above the 25th centile.\nReview scores sent to the SW "
                 "by 03/10/2025."],
                ["5", "Check where Rosie sleeps at each home visit and go through safe sleep with Chloe.",
                 "Nadia Forde, HV", "At every HV visit from 09/09/2025",
                 "HV notes record the cot clear and Rosie put down on her back; notes copied to the SW."],
                ["6", "Arrange for Chloe to take every dose of her methadone under supervision at the "
                      "pharmacy, so that no take-home doses are kept in the flat with Alfie and Rosie.",
                 "Sam Oyelowo\nRecovery worker, Jalkerton Recovery Service (adult drug service)",
                 "From 08/09/2025, every day",
                 "Pharmacy supervision sheet emailed to the SW every Friday."],
                ["7", "See Chloe for key-work and random urine drug tests, and report to each core group on "
                      "whether she is making the changes Alfie and Rosie need and how long further change "
                      "is likely to take.",
                 "Sam Oyelowo, recovery worker", "Key-work every Wednesday; report three days before each "
                 "core group",
                 "Test results and a written report on the children's file before each core group."],
                ["8", "Keep all medicines in the locked box on top of the kitchen cupboard, out of Alfie's "
                      "and Rosie's reach.",
                 "Chloe Fennimore\n(Mum)", "Every day from 04/09/2025",
                 "Box seen locked, and no medicines left out, at every SW and HV visit."],
                ["9", "Get Alfie to school by 8.45am, fed and in clean uniform.",
                 "Chloe Fennimore (Mum)", "Every school day from 04/09/2025",
                 "St Aidan's register shows Alfie in before the bell.\nAttendance is 95% or more by the "
                 "review conference."],
                ["10", "Check Alfie's attendance and how he presents each morning, and phone the SW the same "
                       "day if he is absent, late, hungry or says something worrying.",
                 "Mrs Karen Eastwood\nDSL, St Aidan's CE Primary", "Every school day",
                 "Attendance summary emailed to the SW each Friday; every call logged on CPOMS."],
                ["11", "Give Rosie a funded nursery place and share her key person's notes on how she is "
                       "playing, eating and developing.",
                 "Jo Pemberton\nManager, Little Acorns Nursery", "Monday, Wednesday and Friday mornings from "
                 "15/09/2025",
                 "Nursery register shows Rosie's attendance; key person's notes emailed to the SW each "
                 "month."],
                ["12", "Collect Alfie from school and give him and Rosie their tea at her house until Chloe "
                       "picks them up at 6pm.",
                 "Leanne Fennimore\n(maternal aunt)", "Every Monday, Wednesday and Friday",
                 "School collection book signed by Leanne.\nThe SW checks the book at the first visit each "
                 "month."],
                ["13", "Give Rosie her missed 16-week immunisations and book her one-year immunisations.",
                 "Practice nurse, Jalkerton Road Surgery", "By 10/10/2025",
                 "Red book and GP record show the vaccines given; surgery letter to the SW."],
                ["14", "Work with Chloe on a daily routine chart for meals, baths and bedtimes, with Alfie in "
                       "bed by 7.30pm on school nights.",
                 "Tina Marsh\nFamily support worker", "Six weekly sessions from 11/09/2025",
                 "Routine chart filled in each day and seen at each SW visit.\nAlfie tells the SW what time "
                 "he goes to bed."],
                ["15", "Write a family safety plan with Chloe, Leanne and Alfie: who Alfie rings, and where "
                       "the children go, if Chloe uses.",
                 "Marcus Reid, SW", "By 19/09/2025",
                 "Signed plan on file, a copy on Leanne's fridge and Leanne's number in Alfie's book bag."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Chloe is found to have used heroin or any drug not prescribed to her while caring for the "
              "children (a positive test, a call from Alfie, or a report from school, nursery or a neighbour), "
              "or Alfie and Rosie are found without a sober adult, the children will go to Leanne's home at "
              "22 Coppice Road that day, and Marcus will hold a strategy discussion with Jalkerton Police "
              "the same day."),
        ("p", "If Leanne cannot have the children or cannot do her school collections (she is ill, working "
              "or away), St Aidan's after-school club will keep Alfie until 6pm, and if the children cannot "
              "safely stay at home Marcus will place Alfie and Rosie together with Jalkerton foster carers "
              "the same day."),
        ("p", "If Chloe has two positive tests for heroin in any four weeks, or Alfie's attendance is below "
              "90% on 31/10/2025, Marcus will ask Helen Doyle for a legal planning meeting within 5 working "
              "days, to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm, Jalkerton Family Hub: 18/09/2025, 16/10/2025 "
            "and 13/11/2025.",
            "Review child protection conference: 27/11/2025, 10am, Jalkerton Civic Centre.",
            "Before each core group Marcus will ask Alfie what has changed at home and bring his views.",
        ]),
        ("p", "Plan agreed at conference on 04/09/2025. Copies to Chloe, Leanne and everyone named in the "
              "table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan, emotional harm: a father with PTSD, depression and heavy
#    drinking; a 14-year-old who self-harms and her 10-year-old brother.
#    Word table whose first row is a title merged across all five columns,
#    above the real column headings. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_jayncross_rcpc_merged_title_row_above_header_halloran.docx",
    "doc_title": "Review Child Protection Plan - Niamh and Oisin Halloran",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-word-plan-details-list-since-last-conference-childrens-words-outcomes-then-table-first-row-title-merged-across-all-columns-real-column-headings-in-second-row-contingency-core-group",
    "description": (
        "Exemplary first review conference plan for a 14-year-old who self-harms and her 10-year-old "
        "brother, whose father, a former soldier, has PTSD and depression and drinks heavily. The "
        "action table's first row is a title merged across all five columns, and the real column "
        "headings sit in the second row. Every row has an owner, a date or frequency and something "
        "that will be seen; the CMHT care co-ordinator reports on capacity to change, the alcohol "
        "service and GP own actions, the grandmother's Friday nights have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Jayncross City Council – Children's Services",
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Jayncross City Council · Children's Services · Family Safeguarding Team 4"),
        ("kv", [
            ("Children", "Niamh Halloran (14), DOB 23/01/2011, Year 10 at Jayncross Academy; Oisin Halloran "
                         "(10), DOB 30/06/2015, Year 6 at Larkfield Primary"),
            ("Address", "61 Quarry Hill Road, Jayncross JY4 1NB"),
            ("Parents", "Kieran Halloran (45) and Claire Halloran (42). Claire is a staff nurse and works "
                        "nights on Fridays and Saturdays."),
            ("Maternal grandmother", "Bernie Walsh, 9 Larch Avenue, Jayncross"),
            ("Category", "Emotional abuse"),
            ("Conference", "First review conference, 02/09/2025 (initial conference 10/06/2025). Chair: "
                           "Anil Mistry"),
            ("Social worker", "Lisa Moran (team manager: Graham Tully)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Kieran left the army in 2022. He has post-traumatic stress disorder and depression, and in "
              "spring 2025 he was drinking eight to ten cans of lager most nights. On 22/05/2025 he punched a "
              "hole in the kitchen door while shouting at Niamh, and a week later Niamh told her form tutor "
              "that she had been cutting her arm. Since the initial conference Kieran has been taken on by "
              "the community mental health team and the alcohol service and says he now drinks at weekends "
              "only. There were two evenings in August when the children heard him shouting and slamming "
              "doors. Niamh is seen by CAMHS and has not needed hospital treatment."),
        ("h1", "What Niamh and Oisin say"),
        ("p", "Niamh (seen on her own at school, 27/08/2025): “Dad's better than he was. When he's had a drink "
              "I go to my room and put my music on loud. I still cut sometimes but not as much.” She scored "
              "“how safe is home” 6 out of 10 (3 out of 10 in June). She would like her dad to come and watch "
              "her play netball."),
        ("p", "Oisin (seen at home, 29/08/2025): “I like it when Dad does Lego with me. I don't like it when "
              "he bangs the doors, it makes my tummy go funny.” He scored home 7 out of 10 and asked whether "
              "his dad could “go to the doctor for his angry”."),
        ("h1", "What we want for Niamh and Oisin"),
        ("numbers", [
            "Niamh and Oisin live in a calm home where nobody shouts at them, frightens them or breaks "
            "things.",
            "Niamh is kept safe from self-harm, has an adult she trusts at home and at school, and goes to "
            "school every day.",
            "Oisin feels safe at home and can name the adults he would tell when he is worried.",
            "Niamh and Oisin are looked after by a sober adult every evening and every night.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["ACTION PLAN – Niamh and Oisin Halloran – agreed at the review conference on "
                       "02/09/2025", H, H, H, H],
            "header_fill": "C9D7EE",
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["No.", "What needs to happen", "Who", "By when", "How we will know"],
                ["1", "Visit Niamh and Oisin at home, with one visit in three unannounced, and see each child "
                      "on their own",
                 "Lisa Moran, social worker (SW)", "Every fortnight from 08/09/2025",
                 "Visit notes record each child seen alone, in their own words, with their 1 to 10 safety "
                 "score"],
                ["2", "See Kieran at home and assess his PTSD and depression; report on his capacity to "
                      "change, how his mood and anger affect Niamh and Oisin, the steps still needed and the "
                      "likely timescale",
                 "Joe Tanner, care co-ordinator (CPN), Jayncross Community Mental Health Team",
                 "Fortnightly; first written report by 17/10/2025",
                 "Written report to the SW by 17/10/2025, then an update on file before each core group"],
                ["3", "Assess Kieran's drinking, agree a treatment plan with him and breath-test him at each "
                      "weekly session",
                 "Priya Gill, recovery worker, Jayncross Alcohol Service",
                 "Assessment by 19/09/2025, then every Tuesday",
                 "Treatment plan copied to the SW by 22/09/2025; breath test results emailed to the SW each "
                 "Friday"],
                ["4", "Keep no alcohol in the house, and drink none at all on any day he is looking after "
                      "Niamh and Oisin",
                 "Kieran Halloran (Dad)", "Every day from 02/09/2025",
                 "Breath tests negative; no alcohol seen on any SW visit; both children's safety scores at 7 "
                 "or above"],
                ["5", "Attend the Caring Dads programme, which looks at how his anger and drinking affect "
                      "Niamh and Oisin",
                 "Kieran Halloran (SW to refer by 12/09/2025)", "17 weekly sessions starting 23/09/2025",
                 "Attendance report after week 8 and the facilitator's end-of-course report sent to the SW"],
                ["6", "See Niamh each week, keep her self-harm safety plan up to date and share each risk "
                      "assessment",
                 "Dr Hannah Lee, clinical psychologist, Jayncross CAMHS", "Every Thursday",
                 "Niamh's safety plan and each risk assessment sent to the SW and the DSL within 2 days"],
                ["7", "Meet Niamh each Monday with her key adult, Mrs Cole, and phone the SW the same day about "
                      "any self-harm or worry",
                 "Mr David Price, DSL, Jayncross Academy", "Every Monday of term from 08/09/2025",
                 "Meetings and calls logged on CPOMS; attendance of 95% or more on the register sent each "
                 "half-term"],
                ["8", "Run six ELSA sessions with Oisin about feelings and worries at home",
                 "Ms Amy Shah, ELSA, Larkfield Primary", "Wednesdays, 10/09/2025 to 15/10/2025",
                 "Oisin's feelings chart from each session sent to the SW; Oisin can name two adults he "
                 "would tell"],
                ["9", "Review Kieran's antidepressant and send the SW a summary of his mental health history",
                 "Dr Sunil Rao, GP, Beech Street Medical Centre", "By 26/09/2025",
                 "GP letter on Niamh's and Oisin's files by 26/09/2025"],
                ["10", "Have Niamh and Oisin for tea and to stay overnight at 9 Larch Avenue while Claire "
                       "works her Friday night shift",
                 "Bernie Walsh (maternal grandmother)", "Every Friday from 05/09/2025",
                 "Bernie's diary of each stay, seen by the SW at each visit; the children say how the stays "
                 "went"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kieran drinks while looking after the children (a positive breath test, a call from Niamh or "
              "Oisin, or a report from Claire or a neighbour), or shouts at or frightens either child or damages "
              "anything in the house, Claire will take Niamh and Oisin to Bernie's home that evening, Kieran "
              "will stay away from the house until the SW has seen him, and Lisa will hold a strategy "
              "discussion with Jayncross Police the same day."),
        ("p", "If Bernie cannot have the children (she is ill or away), Claire will swap to a day shift, as "
              "agreed with her ward manager, and if that cannot be done Lisa will place Niamh and Oisin "
              "together with Jayncross foster carers the same day."),
        ("p", "If Niamh self-harms and needs medical treatment, CAMHS will see her within 24 hours and Lisa "
              "will hold a strategy discussion the same day."),
        ("p", "If Kieran has two positive breath tests in any month, or Joe Tanner's report says he cannot make "
              "the changes needed within the children's timescale, Lisa will ask Graham Tully for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("kv", [
            ("Core group", "Every four weeks, Tuesdays at 4pm, Jayncross Family Hub: 23/09/2025, 21/10/2025, "
                           "18/11/2025 and 16/12/2025"),
            ("Second review conference", "02/03/2026, 10am, Jayncross Civic Offices"),
            ("Children's views", "Niamh may come to the first half hour of any core group; Lisa will bring "
                                 "Oisin's views to each one."),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan for a 3-month-old and her 5-year-old brother; mother with
#    severe postnatal depression, father drinking. Landscape PDF, seven narrow
#    columns, every cell wraps. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_jintlemoor_icpc_landscape_narrow_wrapped_columns_kasprzak.pdf",
    "doc_title": "Child Protection Plan - Zofia and Kuba Kasprzak",
    "split": "heldout",
    "actions": 9,
    "landscape": True,
    "template": "icpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-worries-childrens-experience-outcomes-then-seven-narrow-columns-ref-outcome-action-lead-agency-when-how-we-will-know-every-cell-wrapping-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-month-old baby and her 5-year-old brother in a "
        "Polish-speaking family: the mother has severe postnatal depression and the father has been "
        "drinking in the evenings and fell asleep drunk with the baby on the sofa. A landscape Word "
        "plan printed to PDF with header and footer; the action table has seven narrow columns, so "
        "every cell, and most headings, wrap over several lines. Every row has a lead, a date or "
        "frequency and something that will be seen; the perinatal psychiatrist and nursery nurse "
        "assess change, the alcohol service and GP own actions, the aunt's mornings have a fallback, "
        "legal planning follows named triggers, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE · Jintlemoor District Council · Children's Social Care",
    "footer": "Kasprzak – Child Protection Plan (ICPC 16/09/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Initial Conference"),
        ("p", "Jintlemoor District Council · Children's Social Care · Early Help and Safeguarding (West)"),
        ("kv", [
            ("Children", "Zofia Kasprzak, DOB 10/06/2025 (3 months); Kuba Kasprzak (5), DOB 04/03/2020, "
                         "Year 1 at Jintlemoor Park Primary"),
            ("Address", "Flat 3, 27 Mill Lane, Jintlemoor JN6 3DD"),
            ("Parents", "Agnieszka Kasprzak (29), mother; Tomasz Kasprzak (33), father, warehouse "
                        "operative on early shifts (6am to 2pm)"),
            ("Language", "Polish at home; Agnieszka speaks little English. A Polish interpreter is booked "
                         "for every visit and meeting."),
            ("Maternal aunt", "Ewa Zielinska, 4 Fern Court, Jintlemoor"),
            ("Category", "Neglect"),
            ("Conference", "16/09/2025, Jintlemoor Council Offices. Chair: Deborah Finch"),
            ("Social worker", "Gareth Lloyd (team manager: Sue Hartley)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Agnieszka was diagnosed with severe postnatal depression in July 2025. She stays in bed most "
              "mornings and has said she feels “nothing” when she holds Zofia. Tomasz has been drinking vodka "
              "most evenings since his hours were cut. On 28/08/2025 the health visitor called at 10am and "
              "Kuba opened the door; Tomasz was asleep on the sofa and smelled of alcohol, with Zofia lying "
              "beside him, and Agnieszka was in bed. Zofia's weight has dropped from the 50th to below the "
              "25th centile since birth."),
        ("h1", "Kuba and Zofia: what they say and what we see"),
        ("p", "Kuba (seen on his own at school, in English, 11/09/2025): “Tata sleeps on the sofa and Zosia "
              "cries. I give her the dummy. Mama is in bed.” He drew his aunt's kitchen and said he likes "
              "Ciocia Ewa's pierogi and her cat. He scored home 4 out of 10 and Ewa's flat 10 out of 10."),
        ("p", "Zofia is 3 months old. On four visits she was clean but hungry, sucking her fists and crying "
              "with a thin cry. She settled within a minute when Ewa held her upright and talked to her, and "
              "watched Ewa's face. When Agnieszka held her she looked away and Zofia stayed unsettled."),
        ("h1", "What must change for Zofia and Kuba"),
        ("bullets", [
            "O1: Zofia is fed at least every four hours, sleeps safely on her back in her own Moses basket, "
            "and her weight climbs back to her birth centile.",
            "O2: Zofia and Kuba are cared for by parents who notice when they are hungry, upset or tired and "
            "respond straight away.",
            "O3: Zofia and Kuba are looked after every evening and night by a sober adult, and Kuba no "
            "longer answers the door or looks after his sister.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "Outcome", "Action", "Lead", "Agency", "By when / how often",
                       "How we will know"],
            "widths": [1.1, 2.2, 4.3, 2.4, 2.6, 2.6, 4.2],
            "rows": [
                ["R1", "O1, O3",
                 "Visit Zofia and Kuba at home with a Polish interpreter, see Zofia awake and see Kuba on his "
                 "own",
                 "Gareth Lloyd, social worker (SW)", "Jintlemoor Children's Social Care",
                 "Every Tuesday from 23/09/2025",
                 "Visit notes record where Zofia sleeps, how her parents answer her cries, and Kuba's own "
                 "words"],
                ["R2", "O1",
                 "Weigh Zofia, watch a feed, and check her Moses basket is clear and she is put down on her "
                 "back",
                 "Rachel Moss, health visitor (HV)", "Jintlemoor Community Health",
                 "Every Thursday from 18/09/2025",
                 "Weights in the red book back on the 50th centile by 28/11/2025; clear basket noted at every "
                 "visit"],
                ["R3", "O2",
                 "See Agnieszka with an interpreter and assess her depression, her bond with Zofia, and her "
                 "capacity to change, with the likely timescale",
                 "Dr Ifeoma Bello, consultant perinatal psychiatrist",
                 "Jintlemoor Perinatal Mental Health Team",
                 "Every other Wednesday; report by 31/10/2025",
                 "Written report to the SW and core group by 31/10/2025 on what has changed and what still "
                 "must"],
                ["R4", "O2",
                 "Six video interaction sessions with Agnieszka and Zofia, scoring the films to show whether "
                 "Agnieszka's responses to Zofia are changing",
                 "Lucy Grant, nursery nurse", "Jintlemoor Perinatal Mental Health Team",
                 "Mondays, 29/09/2025 to 03/11/2025",
                 "Film scores from sessions 1, 3 and 6 sent to the SW"],
                ["R5", "O3",
                 "Assess Tomasz's drinking, agree a plan with him, breath-test him at each session and report "
                 "on whether he is making the changes Zofia and Kuba need",
                 "Piotr Adamski, recovery worker", "Jintlemoor Alcohol Service",
                 "Assessment by 26/09/2025, then every Friday",
                 "Breath test results emailed to the SW each Friday; written report before each core group"],
                ["R6", "O1, O3",
                 "Drink no alcohol, keep none in the flat, and never sleep with Zofia on the sofa or in his "
                 "bed",
                 "Tomasz Kasprzak (Dad)", "Parent",
                 "Every day from 16/09/2025",
                 "Negative breath tests; no alcohol and a clear Moses basket seen at every SW and HV visit"],
                ["R7", "O1, O2",
                 "Come to the flat from 8am to 12 noon to help with Zofia's feeds and take Kuba to school",
                 "Ewa Zielinska", "Maternal aunt",
                 "Monday to Friday from 17/09/2025",
                 "Ewa signs the sheet in Zofia's folder each morning; Kuba on time on the school register"],
                ["R8", "O3",
                 "Check Kuba arrives on time, fed and clean, and phone the SW the same day about any concern",
                 "Mrs Julie Hart, DSL", "Jintlemoor Park Primary",
                 "Every school day",
                 "Attendance emailed to the SW each Friday; concerns logged on CPOMS the same day"],
                ["R9", "O2",
                 "Review Agnieszka's antidepressant and share her medical history with Dr Bello and the SW",
                 "Dr Owen Price, GP", "Moorside Surgery",
                 "By 03/10/2025",
                 "GP letter on Zofia's file and copied to Dr Bello by 03/10/2025"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Tomasz is found to have been drinking while caring for the children, or is found asleep with "
              "Zofia on the sofa or in his bed, or Agnieszka says she has thoughts of harming herself or Zofia, "
              "or Zofia loses weight at two Thursday weighs in a row, Gareth will hold a strategy discussion "
              "the same day and Zofia and Kuba will stay with Ewa at 4 Fern Court until it has taken place. "
              "Dr Bello's team will see Agnieszka the same day."),
        ("p", "If Ewa cannot come in the mornings or cannot have the children (she is ill or working), Gareth "
              "will arrange a family support worker for the mornings within one working day, and if Zofia "
              "and Kuba cannot be kept safe at home he will place them together with Jintlemoor foster "
              "carers the same day, with a mother and baby unit bed asked for through Dr Bello."),
        ("p", "If Dr Bello's report says Agnieszka cannot make the changes within Zofia's timescale, or Tomasz "
              "has two positive breath tests in any four weeks, Gareth will ask Sue Hartley for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 11am, Jintlemoor Children's Centre, with a Polish "
            "interpreter: 30/09/2025, 28/10/2025 and 25/11/2025.",
            "Review child protection conference: 11/12/2025, 2pm, Jintlemoor Council Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, neglect, mother's depression and her partner's cannabis use,
#    three children. Plain text copied from a case system: every action is one
#    line with its fields run together. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_jobberwick_case_system_copy_fields_run_together_tindall.txt",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plain-text-copied-from-case-system-header-fields-run-together-on-lines-run-on-sections-then-numbered-action-lines-action-who-when-check-on-one-line-contingency-meetings-line",
    "description": (
        "Exemplary initial conference plan for a 12-year-old, an 8-year-old and a 3-year-old living "
        "in a neglected home; their mother has depression and her partner smokes cannabis every day. "
        "Plain text pasted from a case system, with the case details and each action's fields run "
        "together on one line ('Action: ... Who: ... When: ... Check: ...'). Every action has an "
        "owner, a date or frequency and a check that can be seen; Talking Therapies reports on "
        "change, the GP and drug service own actions, the grandmother's part in the contingency has "
        "a fallback, legal planning follows named triggers, meetings are dated."
    ),
    "text": """\
JOBBERWICK COUNCIL CHILDREN'S SERVICES Case Record: CP Plan Printed 26/09/2025 11:04 User: HWADE Page 1
Plan Type: Initial CP Plan Conference Date: 24/09/2025 Chair: Sunita Bhatt Category: Neglect Lead SW: Harriet Wade Team: Family Safeguarding 2 Team Manager: Rob Kendal
Child 1: Kayden TINDALL DOB 11/05/2013 Age 12 School: Jobberwick High (Year 8) Child 2: Lacey TINDALL DOB 02/02/2017 Age 8 School: Jobberwick Juniors (Year 4) Child 3: Ollie TINDALL DOB 19/08/2022 Age 3 Nursery: none
Mother: Stacey Tindall (33) Partner: Ryan Pike (35), not the children's father, lives at the address Address: 40 Gorse Rise, Jobberwick JB3 7TT MGM: Pauline Tindall, 11 Heath Close, Jobberwick

Reason for Plan: Referral from Jobberwick Juniors 02/09/2025 Lacey came to school hungry with head lice and in the same clothes for a week. Home visit 04/09/2025: dog mess on the kitchen floor, no clean bedding, no food for tea, Ollie in a nappy soaked through at 3pm. Ollie had 6 teeth taken out under general anaesthetic in June 2025 and has missed 2 dental follow-ups. Stacey has depression and anxiety, prescribed sertraline by her GP, and says she cannot get out of bed some days. Ryan smokes cannabis every day, in the flat, and the smell was strong on both visits. Kayden (12) gets Ollie up, makes the tea and takes Lacey to school.
What's Working Well: Stacey and Ryan both came to conference and agreed the plan. Stacey asked for help herself and has booked with Talking Therapies. The children love their mum and each other. MGM Pauline lives 5 minutes away and has them for Sunday dinner every week. Kayden's school say he is polite and bright.
Child's Views: Kayden (seen alone at school 18/09/2025): "I do Ollie's breakfast and tea when Mum's in bed. I don't mind but I'm always late and I get detentions. I want to go to footy after school." Scored home 5/10. Lacey (seen alone at school 18/09/2025): "My head is itchy and the girls say I smell. I like Nan's house because she does my hair." Scored home 3/10. Ollie (seen at home 19/09/2025, 3 years): chatty, showed the SW his toy cars, went to Kayden not Stacey when he banged his head, ate two slices of toast quickly.
Outcomes: (1) Kayden, Lacey and Ollie have clean clothes, clean bedding, a meal every evening and a clean, safe home. (2) Ollie's teeth are treated and all three children go to every health and dental appointment. (3) Kayden no longer does Ollie's and Lacey's care and gets to school on time. (4) The children live in a home free of cannabis smoke and are cared for by adults who are well enough to look after them.

Actions
01 Action: Visit Kayden, Lacey and Ollie at home, one visit in four unannounced, and see Kayden and Lacey alone Who: Harriet Wade SW When: weekly from 29/09/2025 Check: visit log on the case system shows all three children seen and Kayden and Lacey seen alone, with their words
02 Action: Complete a parenting assessment of Stacey and Ryan on how they meet the children's daily needs Who: Harriet Wade SW When: report by 14/11/2025 Check: report shared with Stacey, Ryan and the core group by 14/11/2025
03 Action: Work with Stacey at home on cleaning, laundry and a daily routine for the children Who: Dionne Shaw FSW When: 8 weekly sessions from 01/10/2025 Check: home conditions score sheet done at sessions 1, 4 and 8 and sent to the SW; clean bedding seen on all three children's beds at session 8
04 Action: Wash the children's bedding and bath Lacey and Ollie, and treat Lacey's head lice Who: Stacey Tindall (Mum) When: bedding every Saturday, baths every other night, lice treatment on 27/09/2025 and 04/10/2025 Check: bath chart on the fridge seen at each SW visit; Lacey's school tells the SW by 10/10/2025 that her hair is clear
05 Action: Carry out Ollie's overdue 2 to 2.5 year health review and check his weight and speech Who: Mel Carter HV When: by 10/10/2025 Check: ASQ scores and weight plotted in the red book, copy to the SW by 13/10/2025
06 Action: See Ollie for his dental follow-up and write a treatment plan for his remaining teeth Who: Jobberwick Community Dental Service (Dr Farah Iqbal) When: first appointment 07/10/2025 Check: treatment plan letter sent to the SW and the HV within 1 week of the appointment
07 Action: Take Ollie to every dental appointment and brush his teeth morning and night Who: Stacey Tindall (Mum) When: every appointment from 07/10/2025; brushing twice a day Check: dental service attendance letter to the SW; brushing chart seen at each HV visit
08 Action: Give Lacey a free breakfast club place and check each morning that she is fed, clean and in clean uniform Who: Mrs Jan Okoro DSL Jobberwick Juniors When: every school day from 29/09/2025 Check: breakfast club register and a weekly email to the SW on Lacey's presentation each Friday
09 Action: Meet Kayden weekly with his mentor and stop lateness detentions while the plan is in place Who: Mr Lee Grant DSL Jobberwick High When: every Tuesday from 30/09/2025 Check: mentor meetings logged on CPOMS; register shows Kayden on time, with 95% attendance by the review
10 Action: Give Stacey 8 sessions of CBT and report to the SW after sessions 4 and 8 on whether her mood is changing enough for her to get the children up, fed and to school, and how long that is likely to take Who: Tanya Rhodes, therapist, Jobberwick Talking Therapies When: weekly from 06/10/2025 Check: written reports after session 4 and session 8 on the children's file
11 Action: Review Stacey's sertraline and tell the SW about her mental health history and any change to her treatment Who: Dr Paul Mercer GP, Gorse Rise Surgery When: by 10/10/2025 Check: GP letter on the children's files by 10/10/2025
12 Action: Assess Ryan's cannabis use, do urine tests every fortnight and report to each core group on whether the flat is free of cannabis for the children Who: Kirsty Lamb, recovery worker, Jobberwick Drug and Alcohol Service When: assessment by 10/10/2025, then fortnightly Check: test results and a written update to the SW before each core group

Contingency: If any child is found without an adult who is sober and awake, Ollie is found in a soiled nappy or without food, or Ryan smokes cannabis in the flat (test result or smell at a visit), the SW will hold a strategy discussion the same day and the children will stay with MGM Pauline Tindall at 11 Heath Close while it is held. If Pauline cannot have them (ill or away), the SW will place Kayden, Lacey and Ollie together with Jobberwick foster carers the same day. If home conditions scores have not risen by session 8 of the FSW work, or the parenting assessment on 14/11/2025 finds the children's needs are still not met, the SW will request a legal planning meeting within 5 working days (PLO).
Core Group: every 4 weeks Venue: Jobberwick Family Hub Dates: 08/10/2025 05/11/2025 03/12/2025 Review CP Conference: 17/12/2025 10:00 Jobberwick Civic Centre Distribution: Stacey Tindall, Ryan Pike, all agencies named above
END OF RECORD
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, mother with schizophrenia after a relapse, father working
#    offshore, two children. Markdown: each action is a small block of bold
#    labels. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_jodrellby_markdown_bold_label_action_blocks_oduya.md",
    "split": "heldout",
    "actions": 7,
    "template": "icpc-markdown-details-worries-working-well-childrens-words-outcomes-then-each-action-a-block-of-bold-labels-what-who-when-how-well-know-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old and an 11-year-old whose mother has "
        "paranoid schizophrenia and relapsed after stopping her depot injection; their father works "
        "offshore two weeks in four. A markdown plan in which each action is a small block of bold "
        "labels (What, Who, When, How we'll know) under a bold action heading. Every action has an "
        "owner, a time and something that will be seen; the CMHT care co-ordinator reports on "
        "whether the mother can stay well, the aunt's nights have a fallback, legal planning "
        "follows named triggers, core group and review dates set."
    ),
    "text": """\
# Child Protection Plan: Tobi and Ada Oduya

**Jodrellby Council · Children's Services · Safeguarding Team (Central)**
Initial child protection conference: 19/09/2025 · Chair: Meena Sharma · Category: neglect

## Family

- **Tobi Oduya**, 15 (DOB 08/01/2010), Year 11 at Jodrellby Academy
- **Ada Oduya**, 11 (DOB 27/07/2014), Year 7 at Jodrellby Academy
- **Grace Oduya**, 44, mum
- **Dele Oduya**, 47, dad; works on an offshore platform, two weeks away and two weeks at home
- **Funke Adebayo**, Dele's sister, lives at 8 Sandpiper Way, Jodrellby

## What we are worried about

Grace has paranoid schizophrenia. She stopped her depot injection in June while Dele was offshore and became
very unwell: she stopped eating, shouted at voices at night and accused the neighbours of poisoning the water.
For three weeks Tobi did the shopping, cooked, got Ada to school and hid the kitchen knives because his mum said
someone was coming. On 26/07/2025 Tobi rang 999 when Grace tried to leave the house at 2am in her nightclothes.
She was admitted to Jodrellby Mental Health Unit under section 2 and came home on 01/09/2025, back on her depot.
Ada missed 19 days of school in the summer term.

## What is working well

Grace is taking her depot again and is calm and warm with the children. She and Dele both want the plan to work.
Funke is close to the children and has stayed at the house before. Tobi is predicted good GCSE grades and Ada has
settled well in Year 7.

## What Tobi and Ada have told us

Tobi (seen on his own at school, 15/09/2025): *"I don't want to be the one who calls the ambulance again. I love
Mum but I was scared. When Dad's away it's all on me."* He scored home 6 out of 10. He wants to be able to stay
for revision club without worrying about Ada.

Ada (seen on her own at home, 16/09/2025): *"Mum was talking to people who weren't there. I want Mum to be Mum
again. I like it when Auntie Funke stays because she plaits my hair."* She scored home 7 out of 10 and said she
would phone Funke or her dad if her mum started acting strangely.

## What we want for Tobi and Ada

1. Tobi and Ada are cared for every day by an adult who is well enough to look after them.
2. Tobi is no longer responsible for his mum's health, his sister's care or the shopping and cooking.
3. Tobi and Ada both know the signs that their mum is becoming unwell and exactly who to ring.
4. Ada goes to school every day and Tobi can stay for revision club.

## The plan

Each action is a block: **What** is to be done, **Who** does it, **When**, and **How we'll know** it has
happened and is working.

**Action 1 — Seeing Tobi and Ada**
**What:** Visit Tobi and Ada at home, see each of them on their own and ask how their mum has been.
**Who:** Chidi Eze, social worker (SW), Jodrellby Children's Services
**When:** Every Monday at 4pm from 22/09/2025
**How we'll know:** Visit notes show both children seen alone each week, with their own words and their "how safe is home" score.

**Action 2 — Keeping Grace well**
**What:** Give Grace her depot injection, check her early warning signs at each visit, and report to each core group on whether she can stay well enough to care for Tobi and Ada, what still needs to change and how long that is likely to take.
**Who:** Mark Halliday, care co-ordinator, Jodrellby Community Mental Health Team
**When:** Injection every other Tuesday; written report three days before each core group
**How we'll know:** Injection dates and a written report on the children's file before each core group.

**Action 3 — Support for Tobi as a young carer**
**What:** Carry out a young carer's assessment with Tobi and give him a place at the Thursday young carers' group.
**Who:** Shona Kerr, Jodrellby Young Carers
**When:** Assessment by 10/10/2025; group every Thursday from 16/10/2025
**How we'll know:** Tobi's young carer's plan sent to the SW by 13/10/2025; the group register shows him there.

**Action 4 — School**
**What:** Check both children's attendance each morning, meet each of them with a key adult every other Friday, and phone the SW the same day if either is absent or worried about home.
**Who:** Mrs Anjali Patel, DSL, Jodrellby Academy
**When:** Every school day; key adult meetings every other Friday from 26/09/2025
**How we'll know:** Meetings and calls logged on CPOMS; Ada's attendance is 95% or more on the half-termly register sent to the SW.

**Action 5 — Dad while he is offshore**
**What:** Phone Tobi and Ada every evening while he is offshore, and come home at the end of each rota to take over the school runs and the shopping.
**Who:** Dele Oduya (Dad)
**When:** Every evening at 7pm on his offshore rotas (29/09/2025 to 13/10/2025 and 27/10/2025 to 10/11/2025)
**How we'll know:** Funke's diary notes each call; Tobi and Ada tell the SW at the Monday visit whether the calls happened.

**Action 6 — Funke's nights**
**What:** Stay at the house every night while Dele is offshore, and make sure Tobi and Ada have their tea and are in bed by 10pm.
**Who:** Funke Adebayo (paternal aunt)
**When:** Every night of Dele's offshore rotas, from 29/09/2025
**How we'll know:** Funke's diary, seen by the SW at each Monday visit; Tobi and Ada say she was there.

**Action 7 — Family crisis plan**
**What:** Write a family crisis plan with Tobi, Ada, Grace, Dele and Funke: Grace's early warning signs, who the children ring, and what the crisis team will do.
**Who:** Chidi Eze (SW), with Mark Halliday
**When:** By 03/10/2025
**How we'll know:** Signed plan on file, copies on the fridge and saved in both children's phones; each child can tell the SW what they would do.

## If things go wrong

- If Grace misses her depot, or shows two of her early warning signs (not sleeping, talking to voices, accusing
  the neighbours, not eating), Mark will arrange a same-day assessment by the crisis team, and Tobi and Ada will
  stay that night at Funke's home, 8 Sandpiper Way. The SW is told the same day.
- If Funke cannot stay or cannot have the children (she is ill or away), Dele will fly home within 48 hours (his
  employer has agreed this), and until he is back Chidi will place Tobi and Ada together with Jodrellby foster
  carers the same day.
- If Grace is admitted to hospital again, misses two depot injections, or by 28/11/2025 Tobi is still doing his
  mum's or his sister's care, Chidi will request a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks, Fridays at 1pm, Jodrellby Family Hub: 03/10/2025, 31/10/2025 and 28/11/2025.
- Review child protection conference: 11/12/2025, 10am, Jodrellby Town Hall.
- Tobi can come to any core group for the first half hour or send his views with Shona.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, a 4-month-old and a 3-year-old: mother's postnatal
#    depression, father's cannabis use and domestic abuse. Word table whose
#    cells stack the lead and the date, with two-sentence measures and small
#    bullet lists. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_jukesbridge_icpc_stacked_lead_date_cells_pryor.docx",
    "doc_title": "Child Protection Plan - Mason and Kaci Pryor",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-word-plan-details-list-worries-childrens-experience-outcomes-then-four-column-table-lead-and-date-stacked-in-one-cell-measures-in-two-sentences-or-small-bullet-lists-contingency-core-group",
    "description": (
        "Initial conference plan for a 4-month-old and a 3-year-old whose mother has postnatal "
        "depression and whose father smokes cannabis daily, with two police call-outs for domestic "
        "abuse. The Word table puts the lead and the date on two lines of one cell, and many measures "
        "are two sentences or a small bullet list. Most rows are sound (a psychiatrist's assessment of "
        "change, the drug service's tests). Faults: the parenting assessment has no measure; the HV's "
        "weekly weighs are 'monitored' and 'discussed at core group'; the perinatal team only gives "
        "CBT sessions; a hair strand test has no one named; the referral to a perpetrator programme "
        "has no date; 'Family network' owns the evening rota; the grandparents' respite is 'as and "
        "when needed'; debt help is 'Ongoing'; one outcome is only about the mother; and the "
        "contingency rests on the grandparents with no fallback."
    ),
    "header": "OFFICIAL-SENSITIVE – Jukesbridge Council Children's Services",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jukesbridge Council · Children's Services · Safeguarding and Assessment Team 1"),
        ("kv", [
            ("Children", "Mason Pryor, DOB 05/05/2025 (4 months); Kaci Pryor (3), DOB 20/01/2022"),
            ("Address", "17 Bramble Court, Jukesbridge JU8 2HS"),
            ("Parents", "Jodie Pryor (23) and Liam Pryor (26)"),
            ("Paternal grandparents", "Lee and Carol Pryor, 14 Orchard Way, Jukesbridge"),
            ("Category", "Neglect and emotional abuse"),
            ("Conference", "Initial child protection conference, 11/09/2025, Jukesbridge Civic Offices. "
                           "Chair: Tanya Webster"),
            ("Social worker", "Kelly Shaw (team manager: Martin Oakes)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Jodie was diagnosed with postnatal depression in July 2025 and takes sertraline. She told the "
              "health visitor that she cries most of the day and sometimes leaves Mason in his cot for hours "
              "because she cannot face him. Mason has dropped from the 50th to the 9th centile. Liam smokes "
              "cannabis every day, including in the flat. Police were called to the flat on 14/06/2025 and "
              "22/08/2025 after neighbours heard Liam shouting and Jodie screaming; on the second occasion "
              "Kaci was found hiding behind the sofa and Jodie had a red mark on her face. Kaci's two-year "
              "review was never done."),
        ("h1", "What Kaci and Mason are telling us"),
        ("p", "Kaci (seen at home, 04/09/2025) played with the dolls' house and made the daddy doll “shout "
              "at mummy”. She said: “Daddy smokes his funny cigarettes and it smells. I go to Nanny's.” She "
              "held the SW's hand to show her Nanny Carol's photo on the fridge."),
        ("p", "Mason is 4 months old. On three visits he was in his cot, awake and quiet, and did not cry "
              "when the SW came in. He fed hungrily from a bottle held by Carol and smiled at her; with Jodie "
              "he turned his head away."),
        ("h1", "What needs to change"),
        ("bullets", [
            "Mason and Kaci are cared for every day and every night by sober adults who meet their needs.",
            "Mason is fed on time and his weight climbs back towards the 50th centile.",
            "Kaci and Mason no longer see or hear shouting or violence at home.",
            "Jodie feels less anxious and more confident in herself.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead\nand when", "How we will know"],
            "widths": [1.0, 6.0, 4.2, 5.8],
            "rows": [
                ["1", "Visit Mason and Kaci at home, one visit in four unannounced, and see Mason awake",
                 "Kelly Shaw, SW\nWeekly from 15/09/2025",
                 "Visit notes show both children seen and how Jodie and Liam respond to them.\nMason's "
                 "sleeping space is checked at each visit."],
                ["2", "Complete a parenting assessment of Jodie and Liam",
                 "Kelly Shaw, SW\nBy 07/11/2025", ""],
                ["3", "Weigh Mason and support Jodie with feeding and routines",
                 "Amy Clarke, HV\nWeekly",
                 "Monitored by HV.\nDiscussed at core group."],
                ["4", "Carry out Kaci's overdue development review, including her speech and language",
                 "Amy Clarke, HV\nBy 17/10/2025",
                 "• ASQ scores sent to the SW\n• Speech and language referral made if her scores are low"],
                ["5", "Fortnightly CBT-based sessions for Jodie's low mood and anxiety",
                 "Jukesbridge Perinatal Mental Health Team\nFortnightly from 22/09/2025",
                 "• Attendance letter to the SW after each session"],
                ["6", "Review Jodie's medication and assess how her depression affects her care of Mason and "
                      "Kaci, with a view on her capacity to change and the likely timescale",
                 "Dr Nina Patel, perinatal psychiatrist\nBy 24/10/2025",
                 "Written report to the SW by 24/10/2025. Copied to every core group member."],
                ["7", "Assess Liam's cannabis use, test him every fortnight, and report to each core group on "
                      "whether he has stopped using around Mason and Kaci",
                 "Dan Ruddock, recovery worker, Jukesbridge Drug and Alcohol Service\nAssessment by "
                 "26/09/2025, then fortnightly",
                 "• Test results emailed to the SW\n• Written update before each core group"],
                ["8", "Hair strand test for Liam to be arranged",
                 "-\nBy 31/10/2025",
                 "Result shared with the SW and the core group."],
                ["9", "Refer Liam to the Safer Choices domestic abuse perpetrator programme",
                 "Kelly Shaw, SW",
                 "Referral acceptance letter on file. Attendance reports from the programme to the SW."],
                ["10", "Complete a DASH risk assessment with Jodie and refer to MARAC if she is assessed as "
                       "high risk",
                 "DC Mark Evans, Jukesbridge Police DA Unit\nBy 19/09/2025",
                 "DASH score shared with the SW.\nMARAC reference number on file if a referral is made."],
                ["11", "Make sure a sober adult is with Mason and Kaci every evening",
                 "Family network\nEvery evening from 11/09/2025",
                 "Evening rota on the fridge, signed each night and seen by the SW at each visit."],
                ["12", "Have Mason and Kaci to stay to give Jodie a break",
                 "Lee and Carol Pryor (PGPs)\nAs and when needed",
                 "Grandparents' diary of each stay, seen by the SW."],
                ["13", "Give Kaci a funded nursery place and share her key person's notes on her speech and "
                       "play",
                 "Sue Bright, manager, Little Owls Nursery\nMonday to Wednesday mornings from 15/09/2025",
                 "• Nursery register sent to the SW every fortnight\n• Key person's notes on Kaci's speech "
                 "and play"],
                ["14", "Take Mason to the Tuesday baby clinic and keep his feed chart day and night",
                 "Jodie Pryor (Mum)\nEvery Tuesday from 16/09/2025",
                 "Feed chart filled in day and night. The HV checks it each week and signs it."],
                ["15", "Smoke no cannabis in the flat and never care for Mason or Kaci after using",
                 "Liam Pryor (Dad)\nEvery day from 11/09/2025",
                 "Negative tests (row 7). No smell of cannabis at any SW or HV visit."],
                ["16", "Help Jodie with her debts and her Universal Credit claim",
                 "Ben Ali, family support worker\nOngoing",
                 "Claim in payment and a payment plan letter from the creditor on file."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Liam uses cannabis in the flat or while caring for the children, the police are called to "
              "another incident at the address, or Mason loses weight at two weekly weighs in a row, Mason "
              "and Kaci will go to stay with Lee and Carol at 14 Orchard Way the same day, and Kelly will "
              "hold a strategy discussion with Jukesbridge Police the same day."),
        ("p", "If Liam's tests are still positive at the review conference, or Dr Patel's report says Jodie "
              "cannot make the changes within Mason's timescale, Kelly will request a legal planning meeting "
              "within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 10am, Jukesbridge Children's Centre: 24/09/2025, "
            "22/10/2025 and 19/11/2025.",
            "Review child protection conference: 04/12/2025, 2pm, Jukesbridge Civic Offices.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a parenting assessment of Jodie and Liam"),
        F("M002", "Weigh Mason and support Jodie with feeding and routines"),
        F("H001", "Fortnightly CBT-based sessions for Jodie's low mood and anxiety"),
        F("W001", "Hair strand test for Liam to be arranged"),
        F("T001", "Refer Liam to the Safer Choices domestic abuse perpetrator programme"),
        F("W002", "Make sure a sober adult is with Mason and Kaci"),
        F("T002", "Have Mason and Kaci to stay to give Jodie"),
        F("T002", "Help Jodie with her debts and her Universal Credit claim"),
        F("F002", "Jodie feels less anxious and more confident in herself."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. RCPC plan, a 13-year-old at risk of exploitation and her 9-year-old
#    brother, mother's drinking. Word plan with headings and typed numbering
#    that restarts at 1 under each heading. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_jurrowgate_rcpc_numbering_restarts_each_heading_gallacher.docx",
    "doc_title": "Review Child Protection Plan - Skye and Callum Gallacher",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-word-plan-details-list-since-last-conference-childrens-views-outcomes-then-action-headings-by-area-typed-numbered-sentences-restarting-at-1-under-each-heading-contingency-core-group",
    "description": (
        "First review conference plan for a 13-year-old going missing and seen with older men, and "
        "her 9-year-old brother, whose mother drinks heavily. The action plan is four headings, each "
        "with its own typed numbering that starts again at 1, so there are four actions numbered 1. "
        "Most actions are sound (weekly visits, return home interviews, the alcohol service's breath "
        "tests and reports). Faults: 'Professionals' own the sharing of sightings; the bedroom lock "
        "'will be removed' by nobody; the young carers referral has no measure; Mum will go to the "
        "alcohol group 'when she feels ready'; the DSL will 'keep an eye on' Skye's attendance; the "
        "contingency is only that the core group will review and consider next steps, and nothing "
        "leads to legal planning."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Jurrowgate Metropolitan Council · Children and Families · Safeguarding Team 3"),
        ("kv", [
            ("Children", "Skye Gallacher (13), DOB 14/04/2012, Year 9 at Jurrowgate High; Callum Gallacher "
                         "(9), DOB 02/11/2015, Year 5 at Moorfield Primary"),
            ("Address", "33 Canal Street, Jurrowgate JW1 5PE"),
            ("Mother", "Donna Gallacher (38). The children's father died in 2020."),
            ("Category", "Neglect"),
            ("Conference", "First review conference, 18/09/2025 (initial conference 19/06/2025). Chair: "
                           "Imran Qureshi"),
            ("Social worker", "Owen Blake"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Donna drinks most days, usually cider from the afternoon onwards. Skye was reported missing "
              "six times between March and June 2025; twice she was found at Jurrowgate bus station late at "
              "night with men in their twenties, and once she came home with a new phone she would not "
              "explain. Since the initial conference she has been missing twice, both times overnight, and "
              "a police intelligence report links one of the men to the exploitation of other girls. Callum "
              "makes his own tea most nights and has told school he worries about his mum. Skye fitted a "
              "bolt to the inside of her bedroom door in July and Donna has not been able to get into the "
              "room."),
        ("h1", "What Skye and Callum have told us"),
        ("p", "Skye (seen on her own, 11/09/2025): “Everyone's making a big deal. They're my mates, they buy "
              "me food when there's nothing at home. I don't want the police coming to school.” She scored "
              "home 4 out of 10 and said she would talk to Jess from Safe Spaces."),
        ("p", "Callum (seen on his own at school, 12/09/2025): “I worry when Mum's on the sofa all day and "
              "Skye doesn't come back. I make beans on toast. I'd like Mum to come to my football.” He scored "
              "home 5 out of 10."),
        ("h1", "What we want for Skye and Callum"),
        ("bullets", [
            "Skye is safe from adults who want to exploit her, and is home every night.",
            "Skye and Callum have a sober adult at home every evening who gives them a meal and knows where "
            "they are.",
            "Callum no longer cooks for himself or worries about his mum on his own.",
            "Skye and Callum go to school every day.",
        ]),
        ("h1", "The plan"),
        ("h2", "A. Keeping Skye safe outside the home"),
        ("pi", "1. Owen Blake (SW) will see Skye on her own every week, at school or at home, and record what "
               "she says about where she goes and who with; the visit record goes on her file within 24 "
               "hours."),
        ("pi", "2. Aisha Kamara (return home worker, Jurrowgate Youth Service) will carry out a return home "
               "interview within 72 hours of every missing episode and send the written interview to the SW."),
        ("pi", "3. Professionals will share any sighting of Skye with older males with the SW the same day, "
               "and each sighting will be logged on her exploitation risk record."),
        ("pi", "4. Jess Monroe (Jurrowgate Safe Spaces project) will see Skye for eight weekly sessions on "
               "healthy relationships from 25/09/2025, and send Skye's session record to the SW after each "
               "one."),
        ("h2", "B. Home and everyday care"),
        ("pi", "1. Skye's bedroom door bolt will be removed by 26/09/2025, with a photo kept on file."),
        ("pi", "2. Donna will give Skye and Callum an evening meal and keep to the agreed curfew (Skye home "
               "by 8pm, Callum not out alone) every night from 18/09/2025, and she will sign the curfew sheet "
               "each night for the SW to see at each visit."),
        ("pi", "3. The SW will refer Callum to the Jurrowgate Young Carers project by 03/10/2025."),
        ("h2", "C. Mum's drinking"),
        ("pi", "1. Nicky Hale (recovery worker, Jurrowgate Alcohol Service) will see Donna every Tuesday, "
               "breath-test her at each session and send the results to the SW every Friday, with a written "
               "report before each core group on whether Donna's drinking has changed enough for Skye and "
               "Callum to be safe."),
        ("pi", "2. Donna will go to the Gateway women's alcohol group when she feels ready, and the group "
               "worker will send her attendance to the SW."),
        ("pi", "3. Dr Fiona Grant (GP, Canal Street Surgery) will see Donna by 10/10/2025 about her liver "
               "function blood tests and send the results to the SW and Nicky Hale."),
        ("h2", "D. School"),
        ("pi", "1. Mr Alan Reid (DSL, Jurrowgate High) will check in with Skye every Monday and keep an eye "
               "on her attendance."),
        ("pi", "2. Mrs Sarah Doyle (DSL, Moorfield Primary) will check Callum's attendance every morning and "
               "email the SW an attendance summary each Friday."),
        ("h1", "Contingency plan"),
        ("p", "If things do not improve, the core group will meet to review the plan and consider next steps."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.30pm, Jurrowgate Family Centre: 02/10/2025, "
            "30/10/2025 and 27/11/2025.",
            "Second review child protection conference: 19/03/2026, 10am, Jurrowgate Town Hall.",
        ]),
    ],
    "findings": [
        F("W002", "Professionals will share any sighting of Skye with older males"),
        F("W001", "Skye's bedroom door bolt will be removed by 26/09/2025"),
        F("M001", "The SW will refer Callum to the Jurrowgate Young Carers project"),
        F("T002", "Donna will go to the Gateway women's alcohol group"),
        F("M002", "will check in with Skye every Monday and keep"),
        F("C002"),
        F("R002"),
    ],
})
