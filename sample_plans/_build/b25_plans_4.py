"""Batch 25, module 4: seven fictional plans (tuning material), all named b25_p*.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: table and form layouts from different systems (a box per field, one
action spread over several rows, columns in an unusual order or named in
ordinary words, case-system prints with repeated page headers), plans for
several children, and plans for older young people (exploitation, missing
episodes, self-harm).
"""
import textwrap

from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Council form with a box per field; each action is four rows (What / Who /
#    When / How we'll know) under a Ref cell merged down them. 15-year-old,
#    criminal exploitation and missing episodes; mother's depression. (docx)
#    Exemplary.
# ---------------------------------------------------------------------------
_P1_ACTIONS = [
    ("1",
     "See Tayo on his own every week, away from home, and do direct work with him on exploitation, "
     "debt bondage and how to get out",
     "SW Nadia Rahman",
     "Weekly (Wednesdays after school) from 26/03/2025",
     "Visit notes record Tayo seen alone and what he says in his own words; exploitation screening "
     "tool re-scored every month and shared at each core group"),
    ("2",
     "Return home interview after every missing episode, by a worker Tayo already knows",
     "Sophie Trent, missing children's worker, Anchor Young People's Service",
     "Within 72 hours of every return home",
     "Interview record on Tayo's file within 72 hours; names, places and phone numbers passed to the "
     "police exploitation team the same day"),
    ("3",
     "Serve a Child Abduction Warning Notice on the adult found with Tayo in Carnhaven, and flag the "
     "Carnhaven address on police systems",
     "DC Marcus Doyle, Palvercombe Police Exploitation Team",
     "By 04/04/2025",
     "Copy of the served notice on Tayo's file; any breach reported to the SW the same day"),
    ("4",
     "Submit a National Referral Mechanism referral for Tayo as a possible victim of criminal exploitation",
     "SW Nadia Rahman (first responder)",
     "By 28/03/2025",
     "NRM reference number and the reasonable grounds decision recorded on Tayo's file and reported "
     "to the core group"),
    ("5",
     "Ring the police and the SW (or the out-of-hours team) if Tayo is not home by 10pm and she cannot "
     "reach him on his phone",
     "Folake Adebayo (mum)",
     "Every night; call by 10.30pm at the latest",
     "Police log and SW record show every missing episode reported within 30 minutes of 10pm"),
    ("6",
     "Collect Tayo from boxing on Tuesdays and Thursdays, and have him to stay every Friday night",
     "Segun Adebayo (maternal uncle)",
     "Every Tuesday and Thursday at 8pm; every Friday night",
     "Segun texts the SW each Saturday with the times Tayo was with him; Eastgate ABC register"),
    ("7",
     "Full-time timetable (3 days at Stanmoor Academy, 2 days at the Eastgate construction skills "
     "centre), a morning check-in with his key adult, and a call to Folake and the SW if he is not in "
     "by 10am",
     "Mr Paul Ibe, DSL, Stanmoor Academy",
     "Daily from 31/03/2025",
     "Attendance for both sites emailed to the SW every Friday; target 90% or more"),
    ("8",
     "Assessment of Tayo's cannabis use, then weekly one-to-one sessions with him",
     "Jade Mulholland, Compass Young People's Drug and Alcohol Service",
     "Assessment by 11/04/2025, then weekly",
     "Assessment shared with the SW; attendance and Tayo's own use diary reported before each core group"),
    ("9",
     "See Folake fortnightly and assess her depression, her capacity to supervise Tayo and make the "
     "changes this plan asks of her, and the likely timescale",
     "Gail Hinds, care coordinator, Palvercombe Community Mental Health Team",
     "Fortnightly; written report by 02/05/2025",
     "Written report on Folake's capacity to change and the likely timescale, shared with the core "
     "group by 02/05/2025"),
    ("10",
     "Review Folake's sertraline and her sleep, and write to the SW after each review",
     "Dr Oliver Tan, GP, Carrow Road Surgery",
     "Monthly until the review conference",
     "GP letter on Tayo's file after each review"),
]
_p1_rows = []
for ref, what, who, when, know in _P1_ACTIONS:
    _p1_rows += [
        [ref, "What will happen", what],
        [V, "Who is responsible", who],
        [V, "When / how often", when],
        [V, "How we'll know it is working", know],
    ]

PLANS.append({
    "name": "b25_palvercombe_form_box_ref_rows_cce_adebayo.docx",
    "doc_title": "Child Protection Plan (Form CP3) - Tayo Adebayo",
    "split": "tune",
    "template": "council-form-cp3-boxed-sections-one-action-per-four-rows-ref-merged-cce-15yo",
    "description": (
        "Exemplary ICPC plan on a council form with a box per field for a 15-year-old boy at risk of "
        "criminal exploitation with missing episodes (mother's depression): each action is four rows "
        "under a merged Ref cell; named owners, real timescales, observable measures, CMHT asked to "
        "assess capacity to change, GP owns an action, uncle's support covered in a specific "
        "contingency, core group dates, review date and a legal planning trigger."
    ),
    "check_vmerge": 10,
    "blocks": [
        ("p", "PALVERCOMBE BOROUGH COUNCIL – CHILDREN'S SERVICES – ADOLESCENT SAFEGUARDING TEAM"),
        ("title", "Child Protection Plan (Form CP3)"),
        ("p", "Complete every box. This plan was agreed at the initial child protection conference and "
              "is shared with Tayo, his mum and every agency named in it."),
        ("boldp", "A. About the young person"),
        ("table", {
            "header": None,
            "widths": [3.4, 5.1, 3.4, 5.1],
            "bold_first_col": True,
            "rows": [
                ["Young person", "Tayo Adebayo", "Date of birth", "17/08/2009 (15 years)"],
                ["Address", "14 Carrow Walk, Palvercombe", "Case no.", "PBC-2291847"],
                ["Lives with", "Folake Adebayo (mum)", "Category", "Physical abuse (criminal exploitation)"],
                ["Conference", "Initial CPC, 20/03/2025", "Chair", "Ruth Ansell, IRO"],
                ["Social worker", "Nadia Rahman", "Team manager", "Chris Oduya"],
            ],
        }),
        ("table", {
            "header": ["B. What we are worried about"],
            "widths": [17.0],
            "rows": [[
                "Tayo has been reported missing five times since November. On 18 January police found him "
                "in a flat in Carnhaven, sixty miles away, with £420 in cash and two phones that were not "
                "his. On 2 March he was arrested with twelve wraps of cannabis and told the custody nurse "
                "he \"owed\" an older boy money. He has a healing cut across his left hand that he will "
                "not explain.\n"
                "Since Christmas Folake's depression has got worse. She told her GP she sleeps for most of "
                "the day, and on two of the missing episodes she did not notice Tayo had gone until the "
                "next afternoon. She started sertraline in February and has been taken on by Palvercombe "
                "Community Mental Health Team."
            ]],
        }),
        ("table", {
            "header": ["C. What Tayo says"],
            "widths": [17.0],
            "rows": [[
                "Seen alone at the youth centre on 14/03/2025, and at conference through his advocate. "
                "At first he said \"Everyone's making it bigger than it is. I can handle myself.\" Later "
                "he said he \"can't just stop\" because he owes money, and that he is scared of what "
                "might happen to his mum if he does not pay. The best things in his week are boxing at "
                "Eastgate ABC and his plumbing taster day. He wants to go to college in September and "
                "wants his mum \"to be herself again\". He asked for his uncle Segun to be part of the "
                "plan and said Segun is the one adult he would ring."
            ]],
        }),
        ("table", {
            "header": ["D. What we want for Tayo"],
            "widths": [17.0],
            "rows": [[
                "• Tayo sleeps at home or at his uncle's every night and has no missing episodes.\n"
                "• Tayo is no longer carrying drugs, cash or phones for anyone, and the debt he talks "
                "about is no longer used to control him.\n"
                "• Tayo goes to school or the skills centre every day and has a college place for September.\n"
                "• Tayo has a trusted adult he rings when he is scared, and knows his mum will notice and "
                "act if he is not home."
            ]],
        }),
        ("boldp", "E. The plan – one set of boxes for each action"),
        ("table", {
            "header": ["Ref", "Box", "Entry"],
            "widths": [1.3, 4.2, 11.5],
            "rows": _p1_rows,
        }),
        ("table", {
            "header": ["F. If things go wrong (contingency)"],
            "widths": [17.0],
            "rows": [[
                "If Tayo is missing overnight, is found outside Palvercombe, or is found with drugs, cash "
                "or a phone that is not his, the police will treat him as a high-risk missing child and the "
                "SW (or the out-of-hours team) will hold a strategy discussion the same day. Tayo will stay "
                "with Segun while it is held.\n"
                "If Segun cannot have Tayo, or Tayo will not stay there, the SW will place him with "
                "Palvercombe's specialist adolescent foster carers the same day. If Segun cannot collect "
                "him from boxing, the Eastgate ABC coach (who has agreed) will drop him home and ring "
                "Folake.\n"
                "If Folake is too unwell to wake or to supervise Tayo, the CMHT crisis team will be called "
                "the same day and Tayo will stay with Segun, or with the foster carers if Segun cannot "
                "have him."
            ]],
        }),
        ("table", {
            "header": ["G. Meetings and legal planning"],
            "widths": [17.0],
            "rows": [[
                "Core group: every 3 weeks – 03/04/2025, 24/04/2025, 15/05/2025 and 05/06/2025, at "
                "Palvercombe Youth Centre.\n"
                "Review child protection conference: 19/06/2025 at 10am, Palvercombe Civic Offices.\n"
                "If Tayo has two more missing episodes before 15/05/2025, or the CMHT report says Folake "
                "cannot make the changes needed in Tayo's timescale, the team manager will request a legal "
                "planning meeting within 5 working days."
            ]],
        }),
        ("boldp", "H. Agreement"),
        ("table", {
            "header": ["Name", "Role", "Signed", "Date"],
            "widths": [4.0, 3.5, 6.0, 3.5],
            "rows": [
                ["Folake Adebayo", "Mum", "F. Adebayo", "20/03/2025"],
                ["Tayo Adebayo", "Young person", "Did not want to sign; agreed the plan out loud", "20/03/2025"],
                ["Nadia Rahman", "Social worker", "N. Rahman", "20/03/2025"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print, columns Due | Task | Evidence | Allocated to | Status
#    (date first, owner near the end), repeated page header and footer and a
#    repeated table header. 16-year-old: missing, self-harm, sexual
#    exploitation; mother's drinking. (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_pexbury_due_first_task_print_whitlock.pdf",
    "doc_title": "CP Plan print - Kayleigh Whitlock",
    "split": "tune",
    "template": "rcpc-case-print-due-first-task-evidence-allocated-status-columns-repeated-header-16yo-paged",
    "description": (
        "Case-system print of a review CP plan for a 16-year-old girl (missing episodes, sexual "
        "exploitation, self-harm; mother's drinking) with Due | Task | Evidence | Allocated to | Status "
        "columns and a header and page footer on every page. 'Ongoing', 'ASAP' and 'As and when', a blank "
        "Due, a row with no owner or evidence, 'All professionals', 'mood improves', 'Engagement' and "
        "'Monitored'; grandmother carries two rows with no fallback, no adult service for the drinking, "
        "an adult-only outcome and no legal step."
    ),
    "header": "PEXBURY COUNCIL – CHILDREN'S SOCIAL CARE | OFFICIAL-SENSITIVE | CP PLAN PRINT | Child ID 5502118",
    "footer": "Printed 14/05/2025 09:41 by KJONES – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("p", "Report: Child Protection Plan (review) – print view"),
        ("kv", [
            ("Child", "Kayleigh WHITLOCK, DOB 22/10/2008 (16y)"),
            ("Address", "31 Tanner's Row, Pexbury"),
            ("Household", "Donna Whitlock (mother); Lee Carver (mother's partner, works away Mon–Fri)"),
            ("Plan start", "ICPC 11/02/2025"),
            ("Last review", "RCPC 08/05/2025 – plan to continue"),
            ("Category", "Sexual abuse (risk of sexual exploitation)"),
            ("Allocated SW", "Karen Jones, Pexbury Adolescent Team"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "Kayleigh has been missing 7 times since September, usually overnight. Three times police found "
              "her in the flat above a takeaway on Marsh Street where men in their twenties and thirties "
              "gather; she has been given alcohol, cannabis and a new phone. She cuts her arms and thighs and "
              "went to A&E on 19/04/2025 when a cut needed stitches. Donna drinks most days (she says \"a "
              "bottle of wine a night, more at weekends\") and could not be woken by police when they brought "
              "Kayleigh home at 3am on 26/03/2025."),
        ("h2", "Kayleigh's views (seen alone 02/05/2025)"),
        ("p", "Kayleigh said the men at the flat are \"just mates\" and that \"at least they listen\". She "
              "said she cuts \"when it all gets too loud in my head\" and does not want to be \"sectioned\". "
              "She wants \"Mum to stop drinking so I can actually talk to her\" and said she feels safest at "
              "her Nan's, where \"there's always tea on and no-one shouts\". She would like to go back to "
              "her dance class."),
        ("h2", "Outcomes"),
        ("bullets", [
            "Kayleigh is at home or at her Nan's every night and is not going to the Marsh Street flat.",
            "Kayleigh cuts herself less and gets help quickly when she feels overwhelmed.",
            "Kayleigh goes to school every day and has a plan for college in September.",
            "Donna will stop drinking and be able to set clear rules at home.",
        ]),
        ("h2", "Tasks"),
        ("table", {
            "header": ["Due", "Task", "Evidence of progress", "Allocated to", "Status"],
            "widths": [2.5, 5.1, 4.3, 3.2, 1.9],
            "rows": [
                ["Weekly (Thursdays)",
                 "See Kayleigh on her own at home or school and update the exploitation risk screening with her",
                 "Visit record shows Kayleigh seen alone; screening tool re-scored each month",
                 "SW Karen Jones", "Open"],
                ["Within 72 hrs of each return",
                 "Return home interview after every missing episode",
                 "RHI uploaded within 72 hrs; places and names shared with police the same day",
                 "Lucy Farrant, Open Door Missing Service", "Open"],
                ["Ongoing",
                 "Continue CAMHS appointments for Kayleigh's self-harm and low mood",
                 "Kayleigh's mood improves",
                 "Dr Imran Bhatti, Pexbury CAMHS", "In progress"],
                ["",
                 "Write a self-harm safety plan with Kayleigh and give copies to Donna, Brenda and school",
                 "Signed copies held by Kayleigh, Donna, Brenda and school",
                 "Bev Clough, school nurse", "Not started"],
                ["by 30/05/2025",
                 "Donna to cut down her drinking and not drink when Kayleigh is at home",
                 "Engagement",
                 "Donna Whitlock (mother)", "In progress"],
                ["Every night",
                 "Report Kayleigh missing to the police if she is not home by 10pm and cannot be reached",
                 "Police log shows each report made by 10.30pm",
                 "Donna Whitlock (mother)", "Open"],
                ["ASAP",
                 "Disruption visits to the flat above the Marsh Street takeaway and checks on the men seen "
                 "with Kayleigh",
                 "Monitored",
                 "Pexbury Police Child Exploitation Team", "In progress"],
                ["by 23/05/2025",
                 "Referral to the young people's sexual health outreach nurse for a health check and "
                 "contraception advice",
                 "", "", "Not started"],
                ["Daily",
                 "Morning check-in with Kayleigh and her key adult before registration",
                 "Attendance and check-in record emailed to the SW every Friday",
                 "Mr Omar Iqbal, DSL, Pexbury High", "Open"],
                ["As and when",
                 "Share any information about the men Kayleigh is seen with",
                 "Community partnership intelligence forms logged with police",
                 "All professionals", "Open"],
                ["Every Friday and Saturday night",
                 "Have Kayleigh to stay at weekends",
                 "Weekend diary kept by Brenda and checked by the SW at each visit",
                 "Brenda Whitlock (maternal grandmother)", "Open"],
                ["Every Wednesday",
                 "Pick Kayleigh up from school and take her to her CAMHS appointment",
                 "CAMHS attendance record shared with the SW",
                 "Brenda Whitlock (maternal grandmother)", "Open"],
                ["by 16/05/2025",
                 "Restart Kayleigh's dance class and pay the first term's fees",
                 "Class register shows Kayleigh attending each week",
                 "SW Karen Jones", "Not started"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Kayleigh is missing, whoever is caring for her will report her to the police straight away and "
              "the SW (or EDT out of hours) will hold a strategy discussion within 24 hours. If Kayleigh "
              "self-harms and the wound needs treatment, Donna will take her to A&E at Pexbury General and "
              "ring the SW the next morning."),
        ("h2", "Review arrangements"),
        ("p", "Core group: every 4 weeks – 22/05/2025, 19/06/2025, 17/07/2025 (Pexbury High, 3.45pm)."),
        ("p", "Next review child protection conference: 31/07/2025."),
        ("p", "-- end of print --"),
    ],
    "findings": [
        F("T002", "Continue CAMHS appointments for Kayleigh's self-harm and low mood"),
        F("M002", "Continue CAMHS appointments for Kayleigh's self-harm and low mood"),
        F("T001", "Write a self-harm safety plan with Kayleigh"),
        F("M002", "Donna to cut down her drinking and not drink"),
        F("T002", "Disruption visits to the flat above the Marsh Street takeaway"),
        F("M002", "Disruption visits to the flat above the Marsh Street takeaway"),
        F("W001", "Referral to the young people's sexual health outreach nurse"),
        F("M001", "Referral to the young people's sexual health outreach nurse"),
        F("T002", "Share any information about the men Kayleigh is seen with"),
        F("W002", "Share any information about the men Kayleigh is seen with"),
        F("F002", "Donna will stop drinking and be able to set clear rules at home"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Three children, "Which child" column merged down each child's rows,
#    columns in ordinary words. Domestic abuse, father's cocaine and
#    alcohol use, 14-year-old staying out with a 19-year-old. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_prestonhay_which_child_merged_column_dillane.docx",
    "doc_title": "Child Protection Plan - Ruby, Kieran and Bo Dillane",
    "split": "tune",
    "template": "icpc-three-children-which-child-merged-first-column-whose-job-by-what-we-will-see",
    "description": (
        "ICPC plan for three children (14, 9 and 2; domestic abuse, father's cocaine and alcohol use, the "
        "eldest staying out with a 19-year-old) in one table with a 'Which child' column merged down each "
        "child's rows. 'Ongoing' with 'understanding improves', a blank measure, 'When he is ready' with "
        "'Engagement', 'Family network' and 'All agencies' as owners, 'Reviewed at core group'; an "
        "adult-only outcome, no adult service owns an action, grandparents supervise contact with no "
        "fallback, a vague contingency and core group dates left to be arranged."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Prestonhay City Council · Family Safeguarding Service · Initial child protection conference 03/04/2025"),
        ("kv", [
            ("Children", "Ruby Dillane (14), Kieran Dillane (9), Bo Dillane (2)"),
            ("Mum", "Jess Dillane, 22 Ormond Terrace, Prestonhay"),
            ("Dad", "Craig Dillane – left the family home on 21/03/2025 and is living with his parents"),
            ("Category", "Emotional abuse (all three children)"),
            ("Social worker", "Priya Lal"),
        ]),
        ("h2", "What has been happening"),
        ("p", "Police have been called to Ormond Terrace five times since October. Craig uses cocaine and drinks "
              "heavily at weekends, and on 15 March he smashed the kitchen window while Bo was in her high "
              "chair and Kieran was hiding upstairs. Ruby has stayed out overnight three times at the flat of "
              "Kyle, who is 19, and was reported missing each time. Kieran has started soiling at school, and "
              "Bo says very few words for her age."),
        ("h2", "The children's own words"),
        ("p", "Ruby (seen alone at school, 27/03): \"I go to Kyle's because it's quiet there. Nobody screams.\" "
              "She said she loves her brother and sister but is \"sick of being the one who sorts Bo out\"."),
        ("p", "Kieran (seen alone at school, 27/03) drew the house with a big black cloud over the kitchen. He "
              "said \"Dad is fun when he's not angry\" and that he wants \"no more police coming\"."),
        ("p", "Bo (seen at home, 28/03) stayed close to Jess, flinched when a door banged, and brought the SW her "
              "shape sorter over and over."),
        ("h2", "What we want for each child"),
        ("bullets", [
            "Ruby sleeps at home every night, is not spending time with adults who could harm her, and can "
            "tell her mum where she is going.",
            "Kieran feels calm at school and at home, and his soiling stops.",
            "Bo grows up in a home without shouting or violence, and her speech catches up.",
            "Jess and Craig will communicate better and co-parent calmly.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["Which child", "What we're going to do", "Whose job", "By", "What we'll see"],
            "widths": [2.1, 5.0, 3.1, 2.9, 3.9],
            "bold_first_col": True,
            "rows": [
                ["Ruby",
                 "See Ruby on her own every fortnight, away from home, and talk with her about Kyle and "
                 "where she goes",
                 "SW Priya Lal", "Fortnightly",
                 "Visit notes record what Ruby says, in her own words"],
                [V,
                 "Return home interview each time Ruby stays out overnight",
                 "Tom Ashe, Safe Steps missing worker", "Within 72 hours of her return",
                 "Interview on file; anything about Kyle passed to police the same day"],
                [V,
                 "Talk to Ruby about healthy relationships, consent and staying safe online",
                 "Amy Hirst, school nurse", "Ongoing",
                 "Ruby's understanding improves"],
                ["Kieran",
                 "Check in with Kieran each morning and set up a worry box in his class",
                 "Mr Gough, Kieran's class teacher", "Daily",
                 ""],
                [V,
                 "Refer Kieran to CAMHS about his soiling and anxiety",
                 "Mrs Dunne, SENCo, Ashgrove Primary", "By 25/04/2025",
                 "Referral accepted letter copied to the SW"],
                ["Bo",
                 "Bo's 2-year review and a speech and language referral",
                 "HV Tanya Brooks", "By 09/05/2025",
                 "ASQ-3 scores and the SALT referral shared with the SW"],
                [V,
                 "Take Bo to nursery three mornings a week (funded two-year-old place)",
                 "Jess Dillane (mum)", "From 28/04/2025",
                 "Nursery register shows Bo in three mornings a week"],
                ["All three children",
                 "Craig not to come to the house, or contact Jess, while drunk or using",
                 "Craig Dillane (dad)", "From 03/04/2025",
                 "No police call-outs to Ormond Terrace; Jess's phone log checked by the SW at visits"],
                [V,
                 "Go to Pathways Drug and Alcohol Service about his cocaine and alcohol use",
                 "Craig Dillane (dad)", "When he is ready",
                 "Engagement"],
                [V,
                 "Supervise Craig's contact with the children every Sunday at the grandparents' house",
                 "Maureen and Phil Dillane (PGPs)", "Every Sunday, 2pm–5pm",
                 "Contact diary signed by Maureen and checked by the SW"],
                [V,
                 "Look after the children after school when Jess is on late shifts",
                 "Family network", "Tuesdays and Thursdays",
                 "School collection book shows who picked the children up"],
                [V,
                 "IDVA support and a safety plan for Jess",
                 "Carla Moss, IDVA, Prestonhay Domestic Abuse Service", "First meeting by 18/04/2025, then weekly",
                 "Safety plan on file and copied to the SW"],
                [V,
                 "Share any concern about the children with the SW the same day",
                 "All agencies", "Same day",
                 "Concerns logged on each child's file"],
                [V,
                 "Unannounced visits to the family home",
                 "SW Priya Lal", "Monthly",
                 "Reviewed at core group"],
            ],
        }),
        ("h2", "If things get worse"),
        ("p", "If there are further concerns about the children's safety, the core group will meet and consider "
              "whether a strategy meeting is needed."),
        ("h2", "Meetings"),
        ("p", "Core group: dates to be arranged by the SW."),
        ("p", "Review child protection conference: 10/07/2025, 1.30pm, Prestonhay Civic Centre."),
        ("p", "If Craig has not started work with Pathways and there is another incident before the review, the "
              "SW will request a legal planning meeting."),
    ],
    "findings": [
        F("T002", "Talk to Ruby about healthy relationships, consent and staying safe online"),
        F("M002", "Talk to Ruby about healthy relationships, consent and staying safe online"),
        F("M001", "Check in with Kieran each morning"),
        F("T002", "Go to Pathways Drug and Alcohol Service about his cocaine"),
        F("M002", "Go to Pathways Drug and Alcohol Service about his cocaine"),
        F("W002", "Look after the children after school when Jess is on late shifts"),
        F("W002", "Share any concern about the children with the SW"),
        F("M002", "Unannounced visits to the family home"),
        F("F002", "Jess and Craig will communicate better and co-parent calmly"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Markdown export, columns Goal | Step | Lead | Target | How we'll check
#    (the goal first), 17-year-old, sexual exploitation and missing. (md)
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_pudsmere_goal_first_step_table_farrah.md",
    "split": "tune",
    "template": "rcpc-17yo-cse-md-goal-number-first-then-step-lead-target-check-columns",
    "description": (
        "Exemplary review CP plan for a 17-year-old girl (sexual exploitation, missing episodes, ketamine) "
        "exported to markdown with the goal number in the first column (Goal | Step | Lead | Target | How "
        "we'll check): every step has a named lead, a real target and an observable check; her own words; "
        "aunt's support covered; specific contingency, core group dates, review date and a legal planning "
        "trigger."
    ),
    "text": """\
# Pudsmere Council – Children's Services
## Child Protection Plan – Review conference 01/04/2025

| | |
|---|---|
| **Young person** | Leah Farrah, born 02/11/2007 (17) |
| **Lives with** | Imran Farrah (dad), 5 Quarry Lane, Pudsmere |
| **Plan since** | Initial conference 07/01/2025 |
| **Category** | Sexual abuse (child sexual exploitation) |
| **Social worker** | Hannah Doyle, Pudsmere Adolescent Service |
| **Chair** | Martin Kyle, IRO |

### What we are worried about

Leah has been in a relationship with Dean Hollis, who is 24, since last summer.
He has taken her to hotels in Pudsmere and Hexley, where other men were present,
and has given her ketamine and alcohol. She has been missing six times since
January, twice for two nights. Since the first conference she has been missing
less often (twice in March) and has started talking to her missing worker, but she
still says Dean is her boyfriend and she went back to him on 22 March.

### What Leah has told us

Leah met Hannah on her own on 25/03/2025 and spoke to her advocate before
conference. She said: "Dean's not like that, he looks after me when nobody else
does." She also said she "didn't like" the hotel in Hexley and that "I don't want to
be treated like a kid, but I don't want to be on my own either". She would rather
talk to Amina (her missing worker) than to the police. She wants to finish her Level 2
hairdressing course at Pudsmere College and keep her Sunday job at the salon. She
asked that her dad "stops shouting and actually asks me how I am", and that she can
stay at her aunt Sadia's on Saturdays.

### What we want for Leah

1. Leah is safe from Dean and from the men he introduced her to, and sleeps at home
   or at her aunt's every night.
2. Leah's physical and sexual health are looked after and she is no longer using
   ketamine.
3. Leah stays on her college course and finishes her Level 2 this summer.
4. Leah has adults she trusts to talk to, and her own views shape this plan.

### The plan

| Goal | Step | Lead | Target | How we'll check |
|---|---|---|---|---|
| 1 | See Leah every week, on her own at least every other week, and carry on the healthy relationships and control work she chose | SW Hannah Doyle | Weekly, Tuesdays after college | Visit notes record Leah seen, alone when agreed, and what she says about Dean in her own words |
| 1 | Serve a Child Abduction Warning Notice on Dean Hollis and flag 9 Fennel Street on police systems | DC Ryan Shaw, Pudsmere Police Child Exploitation Team | By 11/04/2025 | Served notice and address flag recorded; copy on Leah's file |
| 1 | Return home interview after every missing episode | Amina Yusuf, Compass Missing Service | Within 72 hours of each return | Interview on file within 72 hours; names, cars and addresses passed to DC Shaw the same day |
| 1 | Ring the police (999 if he thinks she is in danger) and the SW or out-of-hours team if Leah is not home by 11pm and not answering | Imran Farrah (dad) | Every night, by 11.15pm | Police and SW logs show each missing episode reported by 11.15pm |
| 1 | Submit a National Referral Mechanism referral, as Leah was moved between hotels in two towns | SW Hannah Doyle | By 04/04/2025 | NRM reference and the reasonable grounds decision on Leah's file |
| 2 | Sexual health check, contraception advice and a C-card, at a clinic Leah chooses | Joanne Pike, outreach nurse, Pudsmere Sexual Health | First appointment by 18/04/2025 | Nurse confirms to the SW by email that Leah was seen (no clinical details) |
| 2 | Assessment of Leah's ketamine and alcohol use, then weekly sessions | Daniel Okafor, Pudsmere Young People's Drug and Alcohol Service | Assessment by 14/04/2025, then weekly | Assessment shared with the SW; attendance reported before each core group |
| 3 | Check the register daily and have a Monday check-in with Leah; ring Imran and the SW by 11am if she is absent | Rebecca Hale, Safeguarding Lead, Pudsmere College | Daily; check-in every Monday | Attendance emailed to the SW every Friday; target 85% or more |
| 4 | Meet Leah before each meeting and write down her views | Kofi Mensah, Voice Advocacy | Before each core group and the review conference | Leah's views read out and minuted at every meeting |
| 4 | Have Leah to stay on Saturday nights and drive her to her Sunday job | Sadia Farrah (paternal aunt) | Every Saturday night | Sadia texts the SW each Sunday to confirm Leah stayed |
| 4 | Agree house rules with Leah (phone, curfew, lifts) and write them down together | Imran Farrah, with SW Hannah Doyle | By 25/04/2025 | Signed copy on the fridge and on file; SW checks it is still up at visits |

### If something happens

If Leah is missing overnight, is seen with Dean or in his car, or comes home
intoxicated, Imran will report it and the police will treat her as a high-risk
missing young person; the SW (or the out-of-hours team) will hold a strategy
discussion the same day. Leah will stay with Sadia while it is held. If Sadia
cannot have her, the SW will offer Leah an emergency placement with Pudsmere's
specialist adolescent foster carers the same day. If Dean contacts Leah after the
notice is served, DC Shaw will act on the breach the same day.

If Leah has two more missing episodes before the core group on 20/05/2025, or is
found with Dean again, the team manager will request a legal planning meeting
within 5 working days.

### Meetings

- Core group: every 4 weeks – 22/04/2025, 20/05/2025 and 17/06/2025, at Pudsmere
  College (Leah asked for it there, after her last lesson).
- Review child protection conference: 08/07/2025, 10am, Pudsmere Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Form print with a bracketed box per field; two siblings (15 with
#    self-harm and missing episodes, 11 caring for her mum); family moving
#    to another council; mother's depression. (txt)
# ---------------------------------------------------------------------------
def _box(label, text, width=60, lab_w=15):
    lines = textwrap.wrap(text, width) or [""]
    out = []
    for i, line in enumerate(lines):
        lead = (label + " ").ljust(lab_w, ".") + " " if i == 0 else " " * (lab_w + 1)
        out.append(f"  {lead}[ {line.ljust(width)} ]")
    return "\n".join(out)


def _wide(text, width=74):
    lines = textwrap.wrap(text, width)
    return "\n".join(f"  [ {line.ljust(width)} ]" for line in lines)


_P5_ACTIONS = [
    ("01", "Jordan",
     "See Jordan on his own every two weeks and go through his self-harm safety plan with him",
     "SW Anjali Mistry", "Fortnightly",
     "Visit record shows Jordan seen alone; safety plan updated and copies given to Jordan, Stacey and school",
     "G"),
    ("02", "Jordan",
     "CAMHS self-harm pathway: weekly sessions with Jordan and a review of his safety plan at each one",
     "Dr Nia Hughes, Plessingham CAMHS", "Weekly (Mondays 4pm)",
     "Attendance and the reviewed safety plan sent to the SW each month", "G"),
    ("03", "Jordan",
     "Return home interview after every missing episode",
     "", "Within 72 hours of return",
     "RHI on Jordan's file; information passed to police", "R"),
    ("04", "Ella",
     "Young carers assessment for Ella",
     "SW Anjali Mistry", "On hold until the family have moved - Tarnwick to decide",
     "", "A"),
    ("05", "Mum",
     "Continue to support Stacey with her depression and anxiety",
     "Gary Potts, care coordinator, Plessingham CMHT", "Fortnightly",
     "Stacey reports feeling better", "G"),
    ("06", "Mum",
     "Review Stacey's antidepressant and write to the SW after each review",
     "Dr Farah Mahmood, GP, Kiln Street Surgery", "Monthly",
     "GP letter on the children's file after each review", "G"),
    ("07", "Ella",
     "Daily check-in for Ella with her form tutor",
     "Mrs Lorna Cole, Year 7 form tutor, Northgate Academy", "Daily",
     "Monitored", "G"),
    ("08", "All",
     "Referral for family therapy (Stacey, Jordan and Ella)",
     "SW Anjali Mistry", "TBC - after transfer",
     "Referral passed to Tarnwick Children's Services for them to pick up", "A"),
    ("09", "All",
     "Transfer: handover meeting with the Tarnwick social worker and case file sent",
     "SW Anjali Mistry and TM Rob Fenwick", "By 30/05/2025",
     "Tarnwick confirm in writing the date of their transfer-in conference", "A"),
    ("10", "Jordan",
     "Lock away all medicines and sharp knives in the house",
     "Stacey Quayle", "By 02/05/2025, then checked at every SW visit",
     "SW sees the lockbox in use at each visit", "A"),
    ("11", "Jordan",
     "Missing person markers on Jordan's record and welfare checks at the addresses he goes to",
     "Plessingham Police", "As required",
     "Missing reports logged on police systems", "G"),
    ("12", "Jordan",
     "Jordan's reduced timetable to be increased back to full-time",
     "Mr Dale Price, SENCo, Northgate Academy", "Ongoing",
     "Jordan in school full-time, shown in the attendance register", "A"),
]

_p5 = [
    "PLESSINGHAM COUNCIL                                        CHILDREN AND FAMILIES",
    "CHILD PROTECTION PLAN - CORE GROUP UPDATE   (Form CP-PLAN v4)   Printed 29/04/2025",
    "=" * 84,
    "  Child 1 ....... [ Jordan QUAYLE        ]  DOB [ 14/02/2010 ]  Age [ 15 ]",
    "  Child 2 ....... [ Ella QUAYLE          ]  DOB [ 03/09/2013 ]  Age [ 11 ]",
    "  Parent ........ [ Stacey Quayle (mother)                                   ]",
    "  Address ....... [ 8 Linnet Close, Plessingham                              ]",
    "  Plan from ..... [ ICPC 13/03/2025      ]  Category [ Neglect               ]",
    "  Allocated SW .. [ Anjali Mistry        ]  Team     [ Plessingham South     ]",
    "  This update ... [ Core group 15/04/2025; print updated 29/04/2025          ]",
    "",
    "SECTION 2 - WHAT WE ARE WORRIED ABOUT",
    _wide("Stacey has severe depression and anxiety and has spent most days in bed since the autumn. "
          "Ella (11) has been getting herself and Jordan up, making tea and giving Stacey her tablets. "
          "Jordan (15) cuts his arms and took an overdose of Stacey's tablets on 28/02/2025. He has been "
          "missing four times since January, and was found twice in the early hours at a house on the "
          "Ridgeway estate where older teenagers drink. The family are moving to Tarnwick on 02/06/2025 "
          "to live near Stacey's sister."),
    "",
    "SECTION 3 - WHAT JORDAN AND ELLA SAY",
    _wide("Jordan (seen alone 08/04/2025): \"I cut because it's the only thing that shuts my head up.\" He "
          "said the Ridgeway lads are \"the only people who get it\" and that he is looking forward to "
          "moving \"because nobody knows me there\". Ella (seen alone at school 09/04/2025): \"I make the tea "
          "when Mum's in bed. I don't mind but I'm tired at school.\" She said she worries about Jordan "
          "\"all the time\" and wants to keep going to Guides."),
    "",
    "SECTION 4 - WHAT WE WANT TO SEE (OUTCOMES)",
    _wide("1. Jordan stops hurting himself, or gets help quickly when he does, and is home every night."),
    _wide("2. Ella is not caring for her mum or her brother and goes to school rested, with what she needs."),
    _wide("3. Stacey will be less depressed and able to manage the house."),
    "",
    "SECTION 5 - ACTIONS",
    "-" * 84,
]
for num, child, action, resp, target, measure, rag in _P5_ACTIONS:
    _p5 += [
        f"  ACTION NO. [ {num} ]   FOR [ {child:<8} ]   RAG [ {rag} ]",
        _box("Action", action),
        _box("Responsible", resp),
        _box("Target date", target),
        _box("Measure", measure),
        "-" * 84,
    ]
_p5 += [
    "",
    "SECTION 6 - CONTINGENCY",
    _wide("If Jordan self-harms and needs medical treatment, Stacey will take him to A&E at Plessingham "
          "General and ring the SW (or EDT out of hours) the same day, and the SW will hold a strategy "
          "discussion the next working day. If Jordan is missing overnight, Stacey will report him to the "
          "police by midnight and he will be treated as a high-risk missing child. If Stacey is too unwell "
          "to look after Ella and Jordan, they will stay with their grandmother, Pauline Quayle, and if she "
          "cannot have them the SW will arrange foster carers the same day. If Jordan takes another overdose, "
          "or the medicines are not locked away by the core group on 13/05/2025, the SW will ask the team "
          "manager for a legal gateway meeting within 5 working days."),
    "",
    "SECTION 7 - TRANSFER",
    _wide("The family move to Tarnwick on 02/06/2025. Plessingham keeps the plan until Tarnwick hold their "
          "transfer-in conference; Tarnwick will set the date."),
    "",
    "SECTION 8 - REVIEW",
    "  Core group ......... [ Every 4 weeks: 15/04/2025 (held), 13/05/2025               ]",
    "  Review conference .. [ To be arranged by Tarnwick after the move                 ]",
    "",
    "  Completed by [ A. Mistry, Social Worker ]   Checked by [ R. Fenwick, TM ]",
    "=" * 84,
    "END OF FORM",
]

PLANS.append({
    "name": "b25_plessingham_bracket_box_form_transfer_quayle.txt",
    "split": "tune",
    "template": "cp-core-group-update-form-print-bracket-box-per-field-action-no-for-whom-rag-transfer-pending-txt",
    "description": (
        "Typed form print (a bracketed box per field, one block per action with child and RAG) for two "
        "siblings, 15 and 11 (self-harm, missing episodes, young carer; mother's depression), moving to "
        "another council. A blank Responsible box, two actions put on hold or handed on until the transfer, "
        "a CMHT row that only supports with 'feeling better', 'Monitored', 'As required', 'Ongoing', an "
        "adult-only outcome and the review conference left to the new council."
    ),
    "text": "\n".join(_p5) + "\n",
    "findings": [
        F("W001", "Return home interview after every missing episode"),
        F("X001", "Young carers assessment for Ella"),
        F("T002", "Young carers assessment for Ella"),
        F("M001", "Young carers assessment for Ella"),
        F("H001", "Continue to support Stacey with her depression and anxiety"),
        F("M002", "Continue to support Stacey with her depression and anxiety"),
        F("M002", "Daily check-in for Ella with her form tutor"),
        F("X001", "Referral for family therapy (Stacey, Jordan and Ella)"),
        F("T002", "Referral for family therapy (Stacey, Jordan and Ella)"),
        F("T002", "Missing person markers on Jordan's record and welfare checks"),
        F("T002", "Jordan's reduced timetable to be increased back to full-time"),
        F("F002", "Stacey will be less depressed and able to manage the house"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Landscape review plan for three siblings, owner in the first column
#    (Who | Does what | For | By when / how often | How we'll check), page
#    header and footer on every page; father's bipolar disorder, 14-year-old
#    with missing episodes. (pdf) Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_porlwick_who_first_landscape_siblings_ellery.pdf",
    "doc_title": "Review Child Protection Plan - Nathan, Chloe and Archie Ellery",
    "split": "tune",
    "template": "rcpc-sibling-group-landscape-who-first-does-what-for-which-child-when-check-paged",
    "description": (
        "Exemplary review CP plan for three siblings (14, 8 and 4; father's bipolar disorder, the eldest "
        "missing and drawn to older boys) in a landscape table with the owner first (Who | Does what | For | "
        "By when / how often | How we'll check) and a header and page footer on every page: psychiatrist "
        "asked to assess capacity to change, GP and father own actions, grandmother's and uncle's support "
        "covered in a specific contingency, core group dates, review date and a legal planning trigger."
    ),
    "landscape": True,
    "font_size": 9.5,
    "header": "RESTRICTED – Porlwick Council Children's Services – Ellery children – review child protection plan",
    "footer": "Porlwick CP plan 29/04/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Nathan Ellery (14), Chloe Ellery (8), Archie Ellery (4)"),
            ("Parents", "Lisa Ellery and Mark Ellery, 3 Kingsway Gardens, Porlwick"),
            ("Review conference", "29/04/2025 – plan to continue (neglect)"),
            ("Social worker", "Joanne Kerr; IRO Sam Whitfield"),
        ]),
        ("h1", "Why the children still need a plan"),
        ("p", "Mark has bipolar disorder. In January he stopped taking lithium, did not sleep for days, spent "
              "the family's rent and drove Archie and Chloe on the bypass at high speed. He was admitted to the "
              "Porlwick Unit for three weeks and has been home and well since mid-February. Lisa works shifts as "
              "a healthcare assistant, so Mark is often the only adult at home. Nathan has been missing four "
              "times since February; he was found each time at Kingsway park with older boys, smelling of "
              "cannabis, and had a new pair of trainers he could not explain. Archie's nursery attendance was "
              "60% in the spring term."),
        ("h1", "What has got better"),
        ("p", "Mark has taken his lithium every day since discharge and his levels have been in range. Lisa and "
              "Mark have written a relapse signature with the CMHT. Chloe's attendance is 97%. Nathan has not "
              "been missing since 2 April."),
        ("h1", "What the children say"),
        ("p", "Nathan (seen alone 22/04/2025): \"I just chill with them, they're alright. I'm not doing anything.\" "
              "He said he wants his dad \"to stay well this time\" and that football is \"the only thing I'm "
              "actually good at\"."),
        ("p", "Chloe (seen alone at school 23/04/2025): \"When Daddy was poorly he talked really fast and we "
              "didn't have tea.\" She likes Nanny Jean picking her up and wants \"nobody to be poorly again\"."),
        ("p", "Archie (seen at home and nursery): ran to Jean at the nursery gate, played cars with the SW and "
              "said \"Daddy car fast\" twice."),
        ("h1", "What we want for each child"),
        ("bullets", [
            "Nathan is home every night, is not being drawn into carrying drugs or money for older boys, and "
            "goes to school and football.",
            "Chloe goes to school relaxed and does not have to look after Archie or worry about her dad on her own.",
            "Archie goes to nursery every session, his speech is checked, and he is always cared for by an adult "
            "who is well.",
            "None of the children is ever left in Mark's sole care when he is showing signs of becoming unwell.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Who", "Does what", "For", "By when / how often", "How we'll check"],
            "widths": [4.4, 8.2, 2.4, 4.3, 6.4],
            "rows": [
                ["SW Joanne Kerr",
                 "Visits the family at home, sees Nathan and Chloe on their own and spends time with Archie at "
                 "play; at least one visit in three unannounced",
                 "All three", "Every 2 weeks",
                 "Visit notes record each child seen and what Nathan and Chloe say in their own words"],
                ["Dr Rhiannon Vale, consultant psychiatrist, Porlwick Community Mental Health Team",
                 "Reviews Mark's mental state, agrees his relapse signature with him and Lisa, and assesses "
                 "whether he can sustain the changes needed to care safely for the children, and over what timescale",
                 "All three", "Every 4 weeks; written report by 06/06/2025",
                 "Written report on Mark's capacity to change and the likely timescale, shared with the core "
                 "group by 06/06/2025"],
                ["Dr Ben Ashworth, GP, Kingsway Surgery",
                 "Checks Mark's lithium levels and issues prescriptions in 28-day amounts",
                 "All three", "Monthly",
                 "Blood results and prescription dates sent to the psychiatrist and the SW each month"],
                ["Mark Ellery (dad)",
                 "Tells Lisa and the CMHT if he has two nights with less than 4 hours' sleep or misses a lithium "
                 "dose; does not drive the children until the psychiatrist says he is well enough",
                 "All three", "Same day; from 29/04/2025",
                 "CMHT and SW records of his calls; Lisa confirms at each visit"],
                ["Lisa Ellery (mum)",
                 "Keeps the relapse signature checklist on the fridge and rings the CMHT duty line if she sees "
                 "two or more signs",
                 "All three", "Checked daily; calls the same day",
                 "Checklist seen on the fridge at SW visits; CMHT duty log"],
                ["Jean Tully (maternal grandmother)",
                 "Collects Chloe and Archie from school and nursery and stays with them until Lisa gets home",
                 "Chloe, Archie", "Mondays, Wednesdays and Fridays",
                 "School and nursery collection books show Jean's signature"],
                ["Steve Ellery (paternal uncle)",
                 "Takes Nathan to Kingsway Juniors football training and matches",
                 "Nathan", "Every Wednesday evening and Saturday morning",
                 "Club register; Steve texts the SW if Nathan does not turn up"],
                ["Callum Reeve, Porlwick Detached Youth Team",
                 "One-to-one sessions with Nathan about the older boys at the park, money and what he wants to do next",
                 "Nathan", "Weekly (Thursdays 4pm)",
                 "Session notes, with Nathan's own words, sent to the SW after each session"],
                ["Priti Varma, Porlwick Missing and Return Service",
                 "Return home interview after every missing episode",
                 "Nathan", "Within 72 hours of each return",
                 "Interview record on file; names and places passed to the police the same day"],
                ["DC Amir Hussein, Porlwick Police Exploitation Team",
                 "Brings Nathan's case to the monthly exploitation panel and shares what is known about the older "
                 "boys at Kingsway park",
                 "Nathan", "Monthly panel; next 16/05/2025",
                 "Panel minutes with the agreed disruption actions copied to the SW"],
                ["Mr Ade Lawal, DSL, Porlwick High",
                 "Morning check-in with Nathan and a call to Lisa and the SW by 10am if he is not in",
                 "Nathan", "Daily",
                 "Attendance sent to the SW every Friday; target 95%"],
                ["Mrs Hollie Grant, DSL, Kingsway Primary",
                 "Check-in with Chloe using her feelings fan",
                 "Chloe", "Weekly (Tuesdays)",
                 "Notes of what Chloe says emailed to the SW every Friday"],
                ["Kerry Boyd, family support worker",
                 "Works with Lisa and Mark on morning routines and getting Archie to nursery on time",
                 "Archie", "Weekly, 8 sessions from 06/05/2025",
                 "Nursery register shows Archie in 9 of every 10 sessions by the end of June"],
                ["Miss Jo Abbott, nursery teacher, Kingsway Primary",
                 "Speech and language screen for Archie, and a referral if the screen shows a delay",
                 "Archie", "By 23/05/2025",
                 "Screen results and any referral shared with the SW"],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("p", "If Mark shows two or more signs from his relapse signature, or misses lithium for two days, Lisa or "
              "Mark will ring the CMHT duty line and the CMHT will assess him the same day. Mark will not look "
              "after the children on his own until the CMHT say he is well; he will stay at the Porlwick crisis "
              "house if he needs to, and the SW will hold a strategy discussion the same day if the children have "
              "been in his care while he was unwell. If Lisa cannot be at home, Jean will have the children; if "
              "Jean cannot, the children will be placed together with foster carers the same day."),
        ("p", "If Jean cannot do a school or nursery collection, Lisa's manager has agreed she can leave at 3pm; if "
              "neither can, Kerry Boyd (FSW) will collect the children and stay until Lisa is home. If Steve "
              "cannot take Nathan to football, Callum Reeve will meet Nathan at the club."),
        ("p", "If Nathan is missing overnight or is found with drugs or money he cannot explain, Lisa will report "
              "him to the police straight away, he will be treated as a high-risk missing child and the SW will "
              "hold a strategy discussion the same day."),
        ("p", "If Mark becomes unwell again while caring for the children alone, or Nathan is missing three more "
              "times before the core group on 10/06/2025, the SW will request a legal planning meeting within "
              "5 working days."),
        ("h1", "Checking the plan"),
        ("bullets", [
            "Core group: every 4 weeks – 13/05/2025, 10/06/2025 and 08/07/2025, 4pm, Kingsway Family Hub.",
            "Review child protection conference: 29/07/2025, 10am, Porlwick Council Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Markdown Step | Detail table, four rows per step, for a looked-after
#    15-year-old on a children's ward after an overdose (sexual
#    exploitation, missing; mother on a methadone script). (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_pyrtonfold_step_detail_rows_ward_brook.md",
    "split": "tune",
    "template": "lac-15yo-on-ward-after-overdose-interim-cp-update-md-step-detail-two-column-four-rows-per-step",
    "description": (
        "Interim CP plan update, in a two-column Step | Detail table with four rows per step, for a "
        "looked-after 15-year-old on a children's ward after an overdose (sexual exploitation, missing; "
        "mother on methadone). SW visits 'when possible' and carers 'as often as they can' (no visiting "
        "frequency), a '-' owner, 'Ongoing' with 'Monitored', a '-' measure, the mother's own row with "
        "'Engagement' and no adult service owning an action, a review-only contingency and no legal step."
    ),
    "text": """\
# Pyrtonfold Children's Services

**Child protection plan – interim update while Tia is in hospital**
Updated by Laura Pike (SW) on 09/05/2025, after the professionals' meeting on the ward

| | |
|---|---|
| Young person | Tia Brook, born 11/07/2009 (15) |
| Legal status | Looked after, section 20, since 02/04/2025 |
| Placement | Grace and Tunde Okeke (Pyrtonfold foster carers), 17 Wren Drive |
| Mum | Gemma Brook, 40 Cutler Street |
| Now | Ward 12 (children's ward), Pyrtonfold General Hospital, since 06/05/2025 |
| CP plan | Since 16/01/2025 (sexual abuse – exploitation) |

## What has happened

Tia took an overdose of paracetamol on the evening of 05/05/2025 after coming back
from a missing episode, and told Grace what she had done at 2am. She is medically
well but will stay on Ward 12 for at least a week while CAMHS assess her and a
decision is made about where she goes on discharge. She has been missing six times
since January and has been found in cars with older men. Gemma is dependent on
heroin and has a methadone script; Tia came into care when Gemma was found
unconscious at home in March.

## What Tia says

Tia spoke to Laura on her own on the ward on 08/05/2025: "I didn't want to die
exactly, I just wanted everything to stop for a bit." She said Grace is "alright,
she doesn't shout", and that she wants to go back to Grace's, not to her mum's. She
misses her mum "but not when she's using". She asked for her phone charger and her
own pillow, and said the ward is "boring but safe".

## What we want for Tia

- Tia is safe in hospital and leaves with a safety plan she helped to write.
- Tia stops going missing and is not with the men who have been exploiting her.
- Tia gets back to school and sees her mum when it is safe for her.

## What needs to happen

| Step | Detail |
|---|---|
| **Step 1** | Visit Tia on Ward 12 and spend time with her on her own |
| Who | SW Laura Pike |
| When | When possible |
| How we'll know | Each visit recorded on Tia's file |
| **Step 2** | CAMHS liaison assessment of Tia's mental health and risk before she leaves hospital |
| Who | Owen Price, CAMHS liaison nurse |
| When | Before discharge |
| How we'll know | Written assessment and risk management plan shared with the SW and the foster carers |
| **Step 3** | Foster carers to visit Tia and bring her clothes, charger and pillow |
| Who | Grace and Tunde Okeke (foster carers) |
| When | As often as they can |
| How we'll know | Visits written in the carers' daily log |
| **Step 4** | Discharge planning meeting on the ward |
| Who | Ward manager Kerry Dunn, with SW Laura Pike |
| When | Before discharge |
| How we'll know | Discharge plan agreed and copied to the carers, school and IRO |
| **Step 5** | Lock away all medicines and sharp items in the foster home |
| Who | Grace and Tunde Okeke (foster carers) |
| When | Before Tia comes back to Wren Drive |
| How we'll know | SW sees the locked cabinet at her first visit after discharge |
| **Step 6** | Return home interview after every missing episode |
| Who | - |
| When | Within 72 hours of Tia's return |
| How we'll know | Interview on file; information passed to police |
| **Step 7** | Disruption work on the men seen with Tia, including the silver Audi |
| Who | Pyrtonfold Police |
| When | Ongoing |
| How we'll know | Monitored |
| **Step 8** | Supervised contact with mum at the family centre once Tia is discharged |
| Who | Contact worker, Pyrtonfold Family Centre |
| When | Weekly (Saturdays) |
| How we'll know | - |
| **Step 9** | See Tia before her looked after review and write down her views |
| Who | IRO Mark Dean |
| When | Before 20/05/2025 |
| How we'll know | Tia's views written into the review minutes |
| **Step 10** | Update Tia's PEP and send work from school to the ward |
| Who | Sunita Rao, Virtual School |
| When | By 16/05/2025 |
| How we'll know | Updated PEP on file; work pack received on the ward |
| **Step 11** | Gemma to keep going to Newleaf for her methadone script |
| Who | Gemma Brook (mum) |
| When | Ongoing |
| How we'll know | Engagement |

## If things go wrong

If Tia self-harms again or goes missing after she leaves hospital, the professionals
will meet to review the plan and consider next steps.

## Meetings

- Looked after review: 20/05/2025 (IRO Mark Dean).
- Core group: every 3 weeks, next on 27/05/2025.
- Review child protection conference: 24/06/2025, 2pm, Pyrtonfold Civic Centre.
""",
    "findings": [
        F("T002", "Visit Tia on Ward 12 and spend time with her"),
        F("T002", "Foster carers to visit Tia and bring her clothes"),
        F("W001", "Return home interview after every missing episode"),
        F("T002", "Disruption work on the men seen with Tia"),
        F("M002", "Disruption work on the men seen with Tia"),
        F("M001", "Supervised contact with mum at the family centre"),
        F("T002", "Gemma to keep going to Newleaf for her methadone script"),
        F("M002", "Gemma to keep going to Newleaf for her methadone script"),
        F("F004"),
        F("L001"),
        F("C002"),
        F("R002"),
    ],
})
