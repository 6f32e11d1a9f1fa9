"""Batch 45, module 2: seven fictional plans (tuning material), places beginning with "z".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans that have been running for months. Progress notes written into
the same cells as the actions, target dates that have passed, rows marked
closed, done or carried forward, new actions added at the bottom in another
person's style, a contingency that has been used once, a change of social
worker, and plans that stepped up from child in need. Three are exemplary.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Second review: one live Word table kept since the ICPC, with dated
#    updates typed into the action cells, a closed row left in, a stale
#    owner after the social worker left, and actions added at RCPC2 from the
#    chair's notes as a numbered list under the table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_zaddlecote_live_tracker_updates_in_cell_pickstock.docx",
    "doc_title": "Child Protection Plan live tracker v7 - Kacey and Tommy Pickstock",
    "split": "tune",
    "template": "rcpc2-live-tracker-docx-version-note-dated-updates-typed-inside-action-cells-closed-row-kept-then-added-at-rcpc2-chair-notes-numbered-list",
    "description": (
        "Version 7 of a live plan table for a 7-year-old and a 3-year-old (neglect, mother's drinking), "
        "typed after the second review conference. Dated updates are written into the action cells, "
        "one row is closed, one target date has long passed, the social worker changed in April and the "
        "contingency was used once in May. Most rows are sound, but the nursery row is 'Ongoing', the "
        "parenting course is owned by 'TBC (was RO)', home conditions have no owner, attendance is "
        "measured by 'Improvement', and the actions added from the chair's notes are loose (an "
        "assessment with no date or output, Nana 'when Gemma needs a break', 'All agencies to keep an "
        "eye on'). The contingency covers Nana being unable to help."
    ),
    "header": "Zaddlecote MBC · Children's Social Care · CP plan tracker v7 · OFFICIAL-SENSITIVE",
    "blocks": [
        ("title", "Child Protection Plan – live tracker (version 7)"),
        ("p", "Zaddlecote Metropolitan Borough Council · Children's Social Care · Safeguarding and Family "
              "Support (South)"),
        ("kv", [
            ("Children", "Kacey Pickstock, born 02/09/2017 (7), Year 2 at St Oswin's C of E Primary; "
                         "Tommy Pickstock, born 19/03/2022 (3), Little Acorns Nursery"),
            ("Living with", "Gemma Pickstock (mum), 27 Brindle Walk, Zaddlecote"),
            ("Category", "Neglect"),
            ("Conferences", "ICPC 14/01/2025 · RCPC1 08/04/2025 · RCPC2 08/07/2025 – plan continues"),
            ("Social worker", "Ben Szymanski (BS) from 22/04/2025. Rachel Oyelowo (RO) held the case from the "
                              "ICPC until she left the authority on 17/04/2025."),
            ("How this tracker works", "One table for the life of the plan. Updates from each core group are "
                                       "typed into the action box in date order, newest last. Rows closed at a "
                                       "review stay in the table marked CLOSED. v7 typed by BS on 09/07/2025."),
        ]),
        ("h1", "Where things are – summary from the SW's report to RCPC2"),
        ("p", "Gemma has worked with Aspire Recovery since February and her drinking has come down: all but one "
              "of her breath tests since RCPC1 have been clear. The exception was 16 May, when she arrived at "
              "school pick-up unsteady and smelling of alcohol and the contingency plan was used for the first "
              "time (see below). The kitchen is now clean and stocked on visits, and Kacey's attendance has "
              "gone from 78% in the autumn to 91% this term. Tommy's room still has no working light and until "
              "May he slept on a mattress on the floor. The Triple P course agreed at RCPC1 never started "
              "because the referral was not sent before the change of social worker."),
        ("h1", "What Kacey and Tommy have told us and shown us"),
        ("p", "Kacey (seen on her own at school by BS on 01/07/2025): \"Mum's not been poorly since I went to "
              "Nana's. I liked Nana's because of the dog but I missed my bed.\" She still opens the fridge as "
              "soon as she gets in from school \"to see what's for tea\". She gave home 7 out of 10 and Nana's "
              "10 out of 10."),
        ("p", "Tommy is talking more. At nursery he chatters about \"Nana's dog Biscuit\" and he arrives hungry "
              "less often than in the spring. On the home visit on 01/07 he pulled BS by the hand to show him "
              "his new bed and said \"dark\" when he pointed at the light."),
        ("h1", "What needs to be different for Kacey and Tommy"),
        ("bullets", [
            "Kacey and Tommy are looked after every day by a sober adult, and there is food in the house every "
            "day.",
            "Kacey gets to school on time every day and her attendance stays above 95%.",
            "Tommy sleeps in a proper bed in a room with a light, goes to nursery for all his hours and has "
            "help with his speech.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "Action – updates underneath, newest last", "Who", "By when",
                       "How we'll know it's working"],
            "widths": [1.0, 7.3, 2.9, 2.4, 3.4],
            "rows": [
                ["1",
                 "Visit Kacey and Tommy at home; see Kacey on her own and look in the kitchen cupboards, the "
                 "fridge and both bedrooms.\n"
                 "▸ 22/04 BS: case reallocated from RO; first visit with the practice manager.\n"
                 "▸ 20/05 BS: saw both children at Nana Pauline's after the contingency was used.\n"
                 "▸ 01/07 BS: 6 visits since RCPC1, 2 of them unannounced; fridge stocked each time.",
                 "SW Ben Szymanski", "Every 2 weeks; at least one a month unannounced",
                 "Visit record shows Kacey seen alone, her words written down, and what food was in the house"],
                ["2",
                 "Key-work with Gemma, with a breath test at every session and a written update before each "
                 "core group on whether her drinking is changing and what that means for Kacey and Tommy.\n"
                 "▸ 13/05 Aspire: 11 of 12 sessions attended, all tests clear.\n"
                 "▸ 19/05 Aspire: positive test after 16/05; sessions twice weekly for 4 weeks.\n"
                 "▸ 01/07 Aspire: back to weekly; every test clear since 20/05.",
                 "Lee Fairburn, recovery worker, Aspire Recovery Zaddlecote",
                 "Weekly (twice weekly 19/05 to 16/06)",
                 "Breath test results in each update; update read out at every core group"],
                ["3",
                 "Repeat Gemma's liver function bloods and talk to her about a community alcohol detox.\n"
                 "▸ 11/03 GP: Gemma did not attend.\n"
                 "▸ 06/05 GP: rebooked for 03/06.\n"
                 "▸ 03/06 GP: bloods taken; detox discussed – Gemma wants to keep cutting down with Aspire.",
                 "Dr Anjali Rao, GP, Brindle Walk Surgery", "By 31/03/2025",
                 "Blood results and the GP's letter sent to Aspire and the SW"],
                ["4",
                 "Tommy to go to Little Acorns for his full 15 funded hours (Monday to Wednesday mornings), "
                 "with Gemma or Nana taking him.\n"
                 "▸ 12/05 nursery: about half his sessions since Easter.\n"
                 "▸ 01/07 nursery: 26 of 30 sessions since RCPC1.",
                 "Gemma Pickstock", "Ongoing",
                 "Nursery register sent to the SW at the end of each month"],
                ["5",
                 "Triple P group for Gemma, focusing on bedtimes, mealtimes and boundaries for Kacey.\n"
                 "▸ 08/04: referral agreed at RCPC1.\n"
                 "▸ 20/05 BS: no referral on the system – it may not have gone before RO left. Needs "
                 "re-referring.\n"
                 "▸ 01/07 BS: autumn course confirmed, starts 09/09.",
                 "TBC (was RO)", "Autumn course, 12 weeks from 09/09/2025",
                 "Certificate of attendance; Gemma and the SW go through the course workbook at visits"],
                ["6",
                 "Home conditions checked at each visit, especially Tommy's room (no light, mattress on the "
                 "floor).\n"
                 "▸ 20/05: bed and bedding delivered from the Family Hub store.\n"
                 "▸ 01/07: light still not working; landlord told on 12/06.",
                 "-", "Every visit",
                 "Photos of Tommy's room on file; bed made up and the light working"],
                ["7",
                 "CLOSED AT RCPC2 – WellComm speech and language screen for Tommy, and a referral on if "
                 "needed.\n"
                 "▸ 28/05 HV: screen done, amber in two areas.\n"
                 "▸ 10/06 HV: SALT referral accepted; first appointment 14/08.",
                 "HV Sue Kaur", "By 30/05/2025",
                 "WellComm scores shared with the SW and nursery; SALT acceptance letter on file"],
                ["8",
                 "Check Kacey's attendance every morning; phone Gemma by 9.30am if Kacey is not in, and tell "
                 "the SW the same day if there is no answer.\n"
                 "▸ 12/05 school: 86% this half term.\n"
                 "▸ 01/07 school: 91% this term, 5 lates.",
                 "Mrs Joanne Pike, attendance officer, St Oswin's C of E Primary", "Every school day",
                 "Improvement in attendance"],
                ["9",
                 "NEW AT RCPC1 – Nana Pauline to do the Monday and Thursday school and nursery runs and give "
                 "Kacey and Tommy their tea at hers on those days.\n"
                 "▸ 01/07: Mondays every week; Thursdays stopped in June when her shifts changed – Gemma "
                 "doing Thursdays.",
                 "Pauline Pickstock (MGM)", "Mondays and Thursdays, term time",
                 "School and nursery collection logs; SW asks Kacey about Nana's at visits"],
            ],
        }),
        ("boldp", "Added at RCPC2 on 08/07/2025 – from the chair's notes, to go into the table at the next core "
                  "group"),
        ("numbers", [
            "Ben to do a full parenting assessment of Gemma, including her care of Tommy.",
            "Pauline will have the children for the odd weekend when Gemma needs a break.",
            "All agencies to keep an eye on how Kacey is in school each day.",
            "Dev Malik, housing officer at Zaddlecote Homes, to get the landlord to fix the light in Tommy's "
            "room by 25/07/2025 and email Ben when it has been done.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Gemma is found under the influence of alcohol while she is caring for Kacey or Tommy, or does "
              "not collect them from school or nursery, the school or nursery will ring the SW (or the "
              "emergency duty team after 5pm) straight away. Kacey and Tommy will go to Pauline Pickstock's "
              "that day and the SW will hold a strategy discussion the same day. If Pauline cannot have them, "
              "the SW or EDT will arrange approved foster carers for them that night."),
        ("p", "If Pauline cannot do her Monday or Thursday run, Gemma tells the SW that morning and St Oswin's "
              "after-school club keeps Kacey, and Little Acorns keeps Tommy, until 5.30pm."),
        ("p", "Used once – 16/05/2025. Gemma arrived at pick-up at 3.15pm unsteady and smelling of alcohol. Mrs "
              "Pike rang BS at 3.25pm, Pauline collected both children by 4pm and a strategy discussion was "
              "held at 4.30pm (police, school, Aspire, BS). Kacey and Tommy stayed with Pauline until 20/05, "
              "when Gemma's tests were clear and she signed a safety agreement."),
        ("h1", "Meetings and next steps"),
        ("bullets", [
            "Core group every 6 weeks at St Oswin's, 9.15am: 19/08/2025 and 30/09/2025.",
            "Third review child protection conference: 07/10/2025, 1pm, Zaddlecote Town Hall.",
            "If Gemma is drunk while caring for the children again before RCPC3, or Aspire reports that she "
            "has gone back to daily drinking, BS will ask the team manager for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("p", "Distribution: Gemma Pickstock; Pauline Pickstock; St Oswin's (DSL and attendance); Little Acorns; "
              "HV; Aspire Recovery; Brindle Walk Surgery; Zaddlecote Homes; conference chair."),
    ],
    "findings": [
        F("T002", "Tommy to go to Little Acorns for his full"),
        F("W002", "Triple P group for Gemma, focusing on bedtimes, mealtimes"),
        F("W001", "Home conditions checked at each visit, especially Tommy's room"),
        F("M002", "phone Gemma by 9.30am if Kacey is not in"),
        F("T001", "to do a full parenting assessment of Gemma"),
        F("M001", "to do a full parenting assessment of Gemma"),
        F("T002", "Pauline will have the children for the odd weekend"),
        F("M001", "Pauline will have the children for the odd weekend"),
        F("W002", "keep an eye on how Kacey is in school"),
        F("M002", "keep an eye on how Kacey is in school"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Plan that stepped up from child in need, rows grouped under banner rows
#    by where they came from (kept from CIN / changed at step-up / new).
#    Exemplary. PDF with header and page footer on every page
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_zenthorpe_step_up_lanes_from_cin_harrowell.pdf",
    "doc_title": "Child Protection Plan stepped up from CIN - Esme and Rory Harrowell",
    "split": "tune",
    "template": "cin-to-cp-step-up-plan-paged-how-we-got-here-prose-then-banner-lanes-kept-from-cin-changed-at-step-up-new-what-who-from-until-what-we-will-see-then-what-stopped",
    "description": (
        "Exemplary plan for a 9-year-old and a 5-year-old after four months on a child in need plan, "
        "stepped up when the mother's former partner pushed her down the stairs. The table groups rows "
        "under banner rows: kept from the CIN plan, changed at step-up, new. Every action has an owner, "
        "a real timescale and something that can be seen; the GP owns the review of the mother's "
        "anxiety treatment; Gran's collections have a fallback; core group and review dates are set and "
        "a legal planning meeting follows a return of the ex-partner or more violence. The new social "
        "worker took over from the CIN worker at conference."
    ),
    "header": "Zenthorpe Council · Children's Social Care · OFFICIAL-SENSITIVE",
    "footer": "Esme and Rory Harrowell – child protection plan (stepped up from child in need) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – stepped up from Child in Need"),
        ("kv", [
            ("Children", "Esme Harrowell, born 08/03/2016 (9), Year 4; Rory Harrowell, born 27/10/2019 (5), "
                         "Reception – both at Zenthorpe Park Primary"),
            ("Lives with", "Danielle Harrowell (mum), 12 Saddler's Yard, Zenthorpe"),
            ("Mum's former partner", "Craig Bowden – moved out 30/05/2025; on police bail not to contact "
                                     "Danielle or come to Saddler's Yard"),
            ("Children's father", "Aaron Harrowell – lives in Spain; video calls on Sundays"),
            ("Child in need plan", "10/02/2025 to 17/06/2025 – CIN worker Claire Dunmore, Family Support Team"),
            ("Initial child protection conference", "17/06/2025 – category: emotional abuse"),
            ("Social worker now", "Tomasz Nowak, Child Protection Team 2 (allocated at conference, 17/06/2025)"),
            ("This version", "Agreed at the first core group on 01/07/2025"),
        ]),
        ("h1", "How we got here"),
        ("p", "Esme and Rory have had a child in need plan since February, after Esme's teacher noticed she was "
              "coming to school hungry and tired and Rory's attendance had dropped to 82%. Under that plan "
              "breakfast club, ELSA sessions for Esme and speech therapy for Rory started, and they have "
              "worked: both children now arrive fed and on time and Rory's speech is coming on. Danielle went "
              "to three sessions of the Freedom Programme and then stopped."),
        ("p", "What the child in need plan did not change was the violence at home. On 29 May 2025 police were "
              "called after Craig Bowden pushed Danielle down the stairs; Esme told officers she had hidden "
              "with Rory in the wardrobe \"with my hands on his ears\". It was the third call-out since January. "
              "Craig was arrested and moved out. The CIN review on 02/06/2025 asked for a strategy discussion, "
              "and the initial conference on 17/06/2025 decided that both children need a child protection "
              "plan."),
        ("p", "Danielle has anxiety and panic attacks and has taken sertraline, prescribed by her GP, since 2023. "
              "She told conference that mornings are the hardest part of her day and that breakfast club "
              "\"has saved us\"."),
        ("h1", "What Esme and Rory have told us"),
        ("p", "Esme (seen on her own at school by Claire on 04/06 and by Tomasz on 26/06): \"I don't want Craig "
              "to come back. When it was shouting I used to take Rory in the wardrobe.\" On a scale from 0 "
              "(really scared) to 10 (really safe) she put home at 4 in early June and at 6 when Tomasz saw "
              "her. She likes breakfast club \"because of the toast and Mrs Kaur\", and she wants to go to "
              "Brownies like her friend Amber."),
        ("p", "Rory chatted to Tomasz about his Lego and his \"big boy bed\". He told Tomasz \"Craig did a bang "
              "on the stairs\". School say he has been calmer since half term and has started to join in at "
              "carpet time."),
        ("h1", "What must be different for Esme and Rory"),
        ("bullets", [
            "Esme and Rory live without violence, threats or fear at home, and Esme rates home 8 or more out "
            "of 10.",
            "Esme and Rory arrive at school fed, rested and on time every day.",
            "Rory keeps making progress with his speech so that he can tell adults what he needs.",
            "Esme gets to be nine: she is not the one protecting Rory, and she has an activity of her own "
            "each week.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan keeps what worked under the child in need plan and adds what was missing. The shaded "
              "rows show whether the actions under them came across from the CIN plan unchanged, were changed "
              "at step-up, or are new."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "From – until, or how often", "What we will see"],
            "widths": [1.2, 5.5, 3.3, 3.0, 4.0],
            "rows": [
                ["KEPT FROM THE CHILD IN NEED PLAN – working well, carries on unchanged", H, H, H, H],
                ["1", "Breakfast club for Esme and Rory at Zenthorpe Park Primary so that they are fed and in "
                      "class by 8.50am",
                 "Danielle Harrowell (mum); the school business manager keeps the two places",
                 "Every school day (started 24/02/2025 under the CIN plan)",
                 "Breakfast club list and register; attendance at or above 95% (it was 82% in January)"],
                ["2", "Session with Esme's ELSA on worries and feelings, passing on anything she says about "
                      "home",
                 "Mrs Priya Kaur, ELSA, Zenthorpe Park Primary", "Every Tuesday in term time",
                 "ELSA session log; anything Esme says about home passed to the DSL and SW the same day"],
                ["3", "Speech and language therapy for Rory at the Children's Centre",
                 "Hannah Webb, speech and language therapist, Zenthorpe Community Children's Health",
                 "Fortnightly until 29/08/2025",
                 "Written SALT report with Rory's progress against his targets, sent to the SW and school "
                 "by 05/09/2025"],
                ["CHANGED AT STEP-UP – the child in need version was not enough", H, H, H, H],
                ["4", "Home visits: see Esme and Rory on their own, and see Danielle on her own to ask about any "
                      "contact from Craig (under the CIN plan visits were every 4 weeks)",
                 "SW Tomasz Nowak, Child Protection Team 2",
                 "Every 10 working days; at least one a month unannounced",
                 "Visit record with each child's words and Danielle's answer about contact from Craig"],
                ["5", "Freedom Programme for Danielle (she went to 3 of 12 sessions under the CIN plan); a "
                      "crèche place is booked for the holidays",
                 "Danielle Harrowell, with Zenthorpe Women's Aid", "Thursdays 10am, 12 weeks from 03/07/2025",
                 "Women's Aid register sent to the SW monthly; at least 10 of 12 sessions attended"],
                ["6", "Gran collects Esme and Rory from school and gives them tea at hers until Danielle "
                      "finishes work (under the CIN plan this was \"when she can\")",
                 "Lorraine Price (maternal gran)", "Every Monday and Wednesday in term time, 3.15pm to 6pm",
                 "School collection log signed by Lorraine; Esme and Rory asked about Gran's at SW visits"],
                ["NEW AT STEP-UP", H, H, H, H],
                ["7", "DASH risk assessment and safety plan with Danielle, including what Esme does and who she "
                      "rings if Craig comes to the house; referral to MARAC if the score is 14 or more",
                 "IDVA Shona Patel, Zenthorpe Women's Aid", "By 11/07/2025; safety plan gone through monthly",
                 "DASH score and safety plan on file; Esme's safety card seen at the SW's next visit"],
                ["8", "Put a flag on 12 Saddler's Yard for an urgent response, and tell the SW the same day if "
                      "Craig breaches his bail or is seen near the house or the school",
                 "DS Mark Ellery, Zenthorpe Police Safeguarding Unit",
                 "Flag in place by 04/07/2025; same day as any breach",
                 "Flag confirmed to the SW in writing; each breach logged on both children's files with the "
                 "time and what was done"],
                ["9", "Review Danielle's sertraline and how her panic attacks affect getting the children up "
                      "and to school",
                 "Dr Fiona Gale, GP, Marsh Lane Medical Centre", "Appointment by 18/07/2025",
                 "GP letter to the SW by 25/07/2025 covering the review and its effect on the mornings"],
                ["10", "Perpetrator programme for Craig, and a written assessment of whether he can ever safely "
                       "have contact with Esme and Rory",
                 "Craig Bowden; Owen Beck, Zenthorpe Change Project, reports to the SW",
                 "Assessment starts by 31/07/2025; 24-week course",
                 "Attendance record sent to the SW monthly; contact assessment shared with the core group by "
                 "30/09/2025"],
                ["11", "A place for Esme at 1st Zenthorpe Brownies, with Danielle or Gran taking her",
                 "Danielle Harrowell", "Every Wednesday evening from 09/07/2025",
                 "Brownies register; Esme's badge book seen at SW visits"],
            ],
        }),
        ("h1", "What stopped at step-up"),
        ("bullets", [
            "Child in need review meetings every 6 weeks – replaced by the core group.",
            "Claire Dunmore's fortnightly family support sessions – Danielle finished all 8 on 22/05/2025.",
        ]),
        ("h1", "If Craig comes back, or things go wrong"),
        ("p", "If Craig comes to Saddler's Yard, contacts Danielle or the children, or is seen at the school "
              "gate, Danielle (or whoever sees him) will ring 999 and then Tomasz, or the emergency duty team "
              "out of hours. Tomasz or EDT will hold a strategy discussion the same day, and Esme and Rory will "
              "stay with Gran at 4 Tanner's Close that night, with Danielle, if it is not safe at home. If Gran "
              "cannot have them, EDT will arrange for them to stay together with approved foster carers."),
        ("p", "If Gran cannot do a Monday or Wednesday collection, Danielle has agreed with her manager that she "
              "can leave work at 3pm. If neither of them can collect, the children stay at the school's "
              "after-school club until 6pm (the place is paid for by Children's Social Care) and Danielle tells "
              "Tomasz that morning."),
        ("p", "If Danielle lets Craig back into the house, or there is any further violence, Tomasz will ask the "
              "team manager for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Zenthorpe Park Primary, 3.30pm: 29/07/2025 and 26/08/2025 (the first "
            "was held on 01/07/2025).",
            "Review child protection conference: 11/09/2025, 10am, Zenthorpe Civic Centre.",
        ]),
        ("p", "Typed by Tomasz Nowak, social worker, on 02/07/2025 and sent to Danielle, Lorraine Price, the "
              "school, the IDVA, police, the GP, SALT and the Change Project."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. One running markdown record for the life of the plan: a plan summary,
#    then a section per meeting, each with its actions in the style of
#    whoever typed them (formal bullets, a table, loose notes, a quick list)
#    and done / carried forward marks (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_zolvercombe_running_record_by_meeting_featherstone.md",
    "split": "tune",
    "template": "core-group-running-record-md-plan-summary-then-one-section-per-meeting-appended-actions-in-each-typists-style-done-cf-marks-quick-list-at-end",
    "description": (
        "Running core group record for a 14-year-old and a 10-year-old (father's drinking and "
        "aggression, mother's depression), five meetings in, after a change of social worker and one "
        "use of the contingency. The first meeting's actions are precise and the CMHT reports on "
        "change, but later sections get looser: Talking Zolvercombe only treats the mother, 'Family' "
        "owns an 'Ongoing' row with no measure, the new worker's visits and Auntie Tina's weekends "
        "have no measure (Tina's 'whenever things get bad'), and the CAMHS chase is 'asap'. The plan "
        "leans on Tina and Nan, and the contingency sends the children to Tina with nothing if she "
        "can't."
    ),
    "text": """\
# Core group running record – Shannon and Jake Featherstone

> Zolvercombe Council · Children's Services · Safeguarding Team 3
> One record for the life of the plan. Each core group adds its own section at the bottom. Please don't
> delete earlier sections: mark actions ✔ done, ➜ c/f (carried forward) or ✖ dropped.

**Children:** Shannon Featherstone (14), Year 9, Zolvercombe Academy · Jake Featherstone (10), Year 5, Heathfield Primary
**Parents:** Lisa and Wayne Featherstone, 9 Copper Beech Road, Zolvercombe
**Plan:** child protection, emotional abuse. ICPC 20/02/2025; RCPC1 22/05/2025 – plan continues.
**Social worker:** Amira Haddad to 30/05/2025; Sam Okwuosa from 02/06/2025.

## The plan at a glance

### What we want for Shannon and Jake (ICPC, kept at RCPC1)

1. Shannon and Jake live in a home where nobody is shouted at, threatened or hurt, and they tell us they feel safe there.
2. Shannon is not the one looking after Jake or her mum when her dad has been drinking.
3. Jake keeps going to school every day and has somewhere to go after school that he enjoys.

### What Shannon and Jake say

- *At the ICPC:* Shannon said, "When Dad's had a drink I take Jake upstairs and put my music on loud so he can't hear." Jake said he likes football and "when Dad's in a good mood".
- *At core group 3:* Shannon told Amira she was "proper scared" when the door got smashed, but "glad I rang the police – Auntie Tina's was fine".
- *At core group 5:* Jake said of Sam, "He's alright. He supports Arsenal but that's OK." Shannon put home at "a 6 out of 10 now, it was a 2".

### If things go wrong (from the ICPC)

If Wayne is drunk and shouting, threatening anyone or breaking things at home, Shannon or Lisa will
ring 999 and then the SW (or the out-of-hours team). Shannon and Jake will go to their Auntie Tina
Marsh's in Hill Street that night, and the SW will hold a strategy discussion the next working day.
If Wayne is arrested, Lisa and the children stay at home and the IDVA will see Lisa within 2 working days.

*Used once – night of 3 May 2025.* Wayne came home drunk at 11pm, shouted at Lisa and smashed the
kitchen door. Shannon rang 999. Police arrested Wayne, who was bailed not to come home until 17/05.
Shannon and Jake stayed at Tina's for two nights. Strategy discussion held 06/05/2025 (after the bank
holiday). Wayne has been back home since 19/05.

If the contingency has to be used again, or Horizon's tests show Wayne is drinking daily again, the SW
will ask the team manager for a legal planning meeting within 5 working days (agreed at RCPC1).

### Meetings

Core group every 5 weeks – next 27/08/2025, then 01/10/2025, 4pm at Heathfield Primary.
Second review conference: 13/11/2025, 10am, Zolvercombe Civic Centre.

---

## Core group 1 – 05/03/2025 (typed by Amira Haddad, SW)

**Agreed:**

- **1.1** Amira Haddad (SW) will visit every 2 weeks, see Shannon and Jake on their own each time and write down what they say in her visit notes. ➜ c/f at every meeting; Sam from 02/06.
- **1.2** Gary Pilling, care coordinator at Zolvercombe CMHT, will see Lisa every 2 weeks and write to each core group on whether her depression is lifting enough for her to look after Shannon and Jake, what still has to change and how long that is likely to take. ➜ c/f
- **1.3** Wayne will have an assessment at Horizon Alcohol Service by 31/03/2025, and Dev Saini at Horizon will send Amira the outcome and his first breath test results. ✔ done 27/03
- **1.4** Mrs Ann Cole, DSL at Zolvercombe Academy, will see Shannon every Wednesday and pass on anything she says about home to the SW the same day; her DSL log is the record. ➜ c/f

## Core group 2 – 09/04/2025 (typed by business support)

| Action | Lead | Due | Evidence | Status |
|---|---|---|---|---|
| Refer Jake to the Zolvercombe Young Carers group | Amira Haddad (SW) | 30/04/2025 | Acceptance letter on file | ✔ done 16/04 – Jake goes on Mondays |
| Counselling for Lisa at Talking Zolvercombe for her low mood | Talking Zolvercombe (counsellor Faye Ward) | Weekly for 8 weeks | Sessions attended, from the service's letter to the SW | ➜ c/f – 5 of 8 done |
| Family to make sure Shannon isn't left looking after Jake when Wayne has been drinking | Family | Ongoing | - | ➜ c/f |
| Wayne to have a breath test at Horizon every week, with Dev sending the results to the SW | Wayne / Dev Saini (Horizon) | Weekly | Breath test results emailed to the SW every Friday | ➜ c/f |

## Core group 3 – 14/05/2025 (notes by Amira)

Talked through the night of 3 May (see the contingency above). Wayne did not come (bail conditions).
Nothing new agreed – all open actions carried forward. Amira told the group she leaves on 30/05.

## RCPC1 – 22/05/2025

Plan continues under the same category. The chair asked for this running record to carry on. Case to
Sam Okwuosa from 02/06/2025.

## Core group 4 – 18/06/2025 (Sam's first – notes typed by Kerry, business support)

actions:
- Sam (new SW) to visit and get to know Shannon and Jake - weekly for the first month, then every 2 weeks
- Auntie Tina to have the kids round to hers whenever things get bad at home
- Lisa to see Dr Farrow (GP) about her medication by 11/07/2025 and Dr Farrow to write to Sam with the outcome ✔ done 09/07

## Core group 5 – 23/07/2025

*Quick list from today – Sam to tidy these into a table before the review*

- Sam to chase the CAMHS referral for Shannon (sleep and panic attacks) asap
- Nan (Maureen Featherstone) to collect Jake from Heathfield on Tuesdays and Thursdays – school notes it in the pick-up book
- Dev (Horizon) to carry on sending Wayne's results every Friday, and a written update by 06/11/2025 on whether his drinking has changed and what that means for Shannon and Jake
""",
    "findings": [
        F("H001", "Counselling for Lisa at Talking Zolvercombe for her low mood"),
        F("W002", "make sure Shannon isn't left looking after Jake"),
        F("T002", "make sure Shannon isn't left looking after Jake"),
        F("M001", "make sure Shannon isn't left looking after Jake"),
        F("M001", "to visit and get to know Shannon and Jake"),
        F("T002", "Auntie Tina to have the kids round to hers"),
        F("M001", "Auntie Tina to have the kids round to hers"),
        F("T002", "Sam to chase the CAMHS referral for Shannon"),
        F("M001", "Sam to chase the CAMHS referral for Shannon"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Debrief after the contingency was used for the first time, then the
#    revised plan with WHEN / WHO / WHAT / PROOF lines. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_zurnley_contingency_used_debrief_pellow.txt",
    "split": "tune",
    "template": "contingency-used-debrief-record-txt-dot-leader-details-trigger-timeline-what-worked-what-did-not-then-when-first-who-what-proof-revised-plan-lines",
    "description": (
        "Exemplary debrief and revised plan for a 4-year-old after the contingency was used for the "
        "first time (mother with bipolar disorder left her alone at night; police took her to her "
        "father under the plan; mother admitted under section 2). A timeline, what worked and what did "
        "not, the child's words, then each step as WHEN / WHO / WHAT / PROOF lines. The CMHT care "
        "coordinator and psychiatrist report on capacity to change, the GP practice owns lithium "
        "levels, the aunt's and father's parts have a foster care fallback, dates are set and legal "
        "planning follows a repeat."
    ),
    "text": """\
ZURNLEY BOROUGH COUNCIL - CHILDREN AND FAMILIES
CONTINGENCY DEBRIEF AND REVISED CHILD PROTECTION PLAN
=====================================================

Child ............. Darcy Pellow, born 14/11/2020 (4), Bluebell Nursery
Address ........... Flat 6, Moorgate House, Zurnley
Mother ............ Nadia Pellow (29) - bipolar affective disorder, open to Zurnley CMHT
Father ............ Jordan Marsh (31), 40 Tannery Lane, Zurnley - Darcy stays alternate weekends
Aunt .............. Kerry Pellow (Nadia's sister), Grange Road, Zurnley
Plan .............. Child protection since ICPC 12/03/2025 (neglect);
                    RCPC1 05/06/2025 - plan continued
Social worker ..... Kelly Ransford, Zurnley CP Team North
Debrief held ...... 09/07/2025, Zurnley Family Hub - core group members, PC Gail Hurst, Jordan
Written by ........ Kelly Ransford; agreed by the core group 10/07/2025

1. WHY THIS NOTE
----------------
The contingency in Darcy's plan was used for the first time on the night of 20-21 June 2025.
The core group met to go over what happened, what worked and what did not, and to change the
plan. This note replaces the plan agreed at RCPC1 on 05/06/2025.

2. WHAT HAPPENED
----------------
18/06         Nadia told her care coordinator she was "sleeping fine"; her sleep diary had not
              been filled in since 14/06.
19/06         Nursery staff saw Nadia talking very fast at drop-off and handing out sweets to
              every child. Nobody had been asked to pass this kind of thing on, so it was not.
20/06  23:50  Nadia went out, leaving Darcy asleep on her own in the flat.
21/06  01:10  A neighbour heard Darcy crying on the landing and rang 999.
       01:35  Officers found the contingency on the address flag and rang Jordan, who came at once.
       02:05  Darcy went home with Jordan. EDT social worker told.
       04:00  Police found Nadia at a friend's flat in the town centre; she was taken to the
              Larchfield Unit and detained under section 2.
       10:30  Strategy discussion: Kelly, PC Hurst, Rhys Tanner (CMHT), Bluebell Nursery manager.
08/07         Nadia discharged home on lithium. Darcy has stayed with Jordan throughout and is
              going home in stages (step 7.8).

3. WHAT WORKED
--------------
- The police flag carried the contingency, so officers rang Jordan instead of looking for an
  emergency placement.
- Jordan answered at 1.35am and had Darcy at his that night; she was at nursery on time on Monday.
- The strategy discussion happened the same morning.

4. WHAT DID NOT WORK
--------------------
- The early warning signs were there on 18 and 19 June, but no one had been asked to report them.
- Kerry, who was meant to stay over if Nadia became unwell, was on holiday in Tenerife and nobody
  in the core group knew.
- Nadia's May lithium level was never taken: the blood form went to her old address.

5. WHAT DARCY HAS SAID AND SHOWN US
-----------------------------------
Darcy (seen by Kelly at Jordan's on 24/06 and at nursery on 03/07): "Mummy was talking really
fast and she didn't go to bed. I woke up and the door was open." She said, "I like Daddy's house
because of the bunk bed, but I miss my bedroom and my fish." At nursery she has been clingy at
drop-off and has played "hospitals" with the dolls, putting the mummy doll "to bed for a long
time". On 03/07 she asked Kelly whether "Mummy's brain is better now".

6. WHAT WE WANT FOR DARCY (unchanged from RCPC1)
-----------------------------------------------
- Darcy is looked after every night by an adult who is well, wakes when she needs them and never
  leaves her on her own.
- Darcy knows who looks after her if Mummy becomes poorly, and that grown-up can be reached at
  any time of the day or night.
- Darcy goes to nursery every day she is due, and starts Reception at Zurnley St Mary's in
  September with a transition that her new teacher has planned with her nursery.

7. THE PLAN FROM 10/07/2025
---------------------------
Each step reads WHEN / WHO / WHAT / PROOF. Steps marked * are new or changed after the debrief.

7.1   WHEN   weekly from 10/07/2025 to 04/09/2025, then every 2 weeks
      WHO    Rhys Tanner, care coordinator, Zurnley CMHT
      WHAT   see Nadia at home, go through her relapse signature checklist and sleep diary, and
             tell each core group whether she is making and keeping the changes Darcy needs and
             how long he thinks that will take
      PROOF  written report to every core group, with the checklist and the diary attached

7.2*  WHEN   by 15/08/2025
      WHO    Dr Imogen Sayer, consultant psychiatrist, Zurnley CMHT
      WHAT   assess Nadia's risk of relapse, her capacity to notice her own early warning signs
             and act on them, and how long it is likely to be before she can care for Darcy
             overnight without a back-up adult
      PROOF  assessment report shared with the core group and with RCPC2

7.3*  WHEN   every 4 weeks from 15/07/2025
      WHO    Joy Amadi, practice nurse, Zurnley Health Centre (for Dr Pritchard, GP)
      WHAT   take Nadia's lithium blood level, with her new address on the form, and send the
             result to Rhys and Kelly
      PROOF  each result on the CMHT and children's files within 3 working days of the test

7.4   WHEN   every night from 08/07/2025
      WHO    Nadia Pellow
      WHAT   fill in her sleep diary and take her lithium at 9pm
      PROOF  diary seen by Rhys at each visit; tablets counted by Rhys weekly

7.5*  WHEN   the same day, every time
      WHO    Amy Shore, Darcy's key person at Bluebell Nursery (or the nursery manager)
      WHAT   ring Kelly, or EDT after 5pm, if Nadia shows any sign on her early warning list at
             drop-off or pick-up, or if Darcy has not been collected by 3.30pm
      PROOF  call written in the nursery safeguarding log and on Darcy's file

7.6   WHEN   weekly until RCPC2; at least one visit every 2 weeks unannounced
      WHO    Kelly Ransford, SW
      WHAT   see Darcy at home (and at Jordan's while she is staying there), talk with her on her
             own, and look at the flat and the sleep diary
      PROOF  visit record with Darcy's words and what was seen, on file within 2 working days

7.7*  WHEN   by 18/07/2025, then checked before every core group
      WHO    PC Gail Hurst, Zurnley Police Safeguarding Hub
      WHAT   update the address flag with the revised contingency and Jordan's and Kerry's numbers
      PROOF  email to Kelly confirming the wording of the flag

7.8*  WHEN   day visit 12/07; one night at home with Kerry staying 19/07; home from 26/07 if
             Rhys's report that week is clear
      WHO    Kelly Ransford, SW, with Jordan Marsh and Nadia Pellow
      WHAT   bring Darcy home from Jordan's in stages, with Kerry staying over for her first
             week back
      PROOF  each stage written up on Darcy's file with how she was; no stage goes ahead without
             Rhys's written agreement

7.9*  WHEN   at each core group, and at least 2 weeks before any time away
      WHO    Kerry Pellow (aunt)
      WHAT   give Kelly her holiday and working-away dates so the back-up rota is always covered
      PROOF  dates shown on the back-up rota Kelly sends round after each core group

7.10  WHEN   alternate weekends, Friday 5pm to Sunday 5pm, and any night the contingency is used
      WHO    Jordan Marsh
      WHAT   have Darcy at his, and keep his phone on overnight as her first emergency carer
      PROOF  weekends marked on the shared calendar that Kelly checks at every visit

7.11* WHEN   by 05/09/2025
      WHO    Mrs Helen Dacre, Reception teacher and DSL, Zurnley St Mary's
      WHAT   transition meeting with the nursery, Kelly and Nadia, so that school knows Darcy's
             plan, Nadia's early warning list and who collects Darcy
      PROOF  transition plan and Darcy's "all about me" page shared with Kelly

8. IF IT HAPPENS AGAIN (revised contingency)
--------------------------------------------
- If Nadia shows two or more of her early warning signs (under 4 hours' sleep two nights
  running, talking very fast, spending money she doesn't have, missing her lithium), whoever
  sees it rings Rhys (or the CMHT crisis line after 5pm) and Kelly (or EDT) the same day. Rhys
  sees Nadia within 24 hours, and Kerry stays at the flat overnight until Rhys says the signs
  have settled. If Kerry is away, Jordan has Darcy at his until then.
- If Nadia leaves Darcy alone or is too unwell to care for her, police or EDT ring Jordan first
  and Darcy goes to Jordan's. If Jordan cannot be reached within 30 minutes they ring Kerry. If
  neither Jordan nor Kerry can have Darcy, EDT will place her with approved foster carers that
  night. Kelly holds a strategy discussion the same day.

9. MEETINGS AND LEGAL PLANNING
------------------------------
Core group every 3 weeks, 10am, Zurnley Family Hub: 31/07/2025, 21/08/2025 and 11/09/2025.
RCPC2: 25/09/2025, 1.30pm, Zurnley Civic Offices.
The team manager held a legal gateway discussion on 25/06/2025 and agreed the threshold for
proceedings was not met, because the contingency worked and Darcy was safe within the hour. If
Darcy is left alone again, or Nadia is readmitted before RCPC2, Kelly will ask for a legal
planning meeting within 5 working days.

-- Kelly Ransford, Social Worker, 10/07/2025 --
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group record after the social worker went on leave: the plan table
#    has "Was with" and "Now with" columns so nothing is lost in the
#    handover. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_zethermoor_reallocation_was_now_with_garbutt.docx",
    "doc_title": "Core Group 4 record and plan after change of social worker - Nathan and Poppy Garbutt",
    "split": "tune",
    "template": "reallocation-core-group-record-docx-why-the-plan-changed-hands-whos-who-table-then-was-with-now-with-owner-columns-when-what-well-see-then-done-since-last-time",
    "description": (
        "Exemplary record of the first core group chaired by a new social worker, four months into a "
        "plan for an 11-year-old and a 2-year-old (mother on a methadone script, relapse in May). The "
        "plan table has 'Was with' and 'Now with' columns showing where each action went when the "
        "previous worker started maternity leave; the owner is the 'Now with' column. Every action has "
        "a real timescale and something that can be seen; the drug service reports on capacity to "
        "sustain change; grandad's mornings have a fallback; core group and review dates are set and "
        "a legal planning meeting follows relapse."
    ),
    "blocks": [
        ("title", "Core Group 4 – Record and Plan after a Change of Social Worker"),
        ("p", "Zethermoor City Council · Children's Social Care · Central Child Protection Team"),
        ("kv", [
            ("Children", "Nathan Garbutt, born 23/01/2014 (11), Year 6 at Brookfield Primary, starting "
                         "Zethermoor High in September; Poppy Garbutt, born 04/05/2023 (2), at home"),
            ("Lives with", "Stacey Garbutt (mum), 58 Wharf Street, Zethermoor"),
            ("Poppy's father", "Liam Dyer – supervised contact at Zethermoor Family Centre"),
            ("Plan", "Child protection, neglect. ICPC 06/02/2025; RCPC1 01/05/2025 – plan continued"),
            ("Meeting", "Core group 4, Thursday 19/06/2025, 9.30am, Brookfield Primary"),
            ("Chair", "Callum Fenwick, social worker (allocated from 16/06/2025)"),
            ("Previous social worker", "Hollie Grant – on maternity leave from 13/06/2025"),
            ("Team manager", "Jo Arkwright"),
        ]),
        ("h1", "Present and apologies"),
        ("p", "Present: Stacey Garbutt; Keith Garbutt (grandad); Callum Fenwick (SW); Imran Qadir (recovery "
              "worker, Zethermoor Recovery Partnership); Jenna Moss (HV); Arif Shah (DSL, Brookfield Primary); "
              "Dionne Hale (family support worker). Apologies: Beth Norris (Zethermoor Young Carers) – update "
              "sent by email."),
        ("h1", "Why the plan has changed hands"),
        ("p", "Hollie started maternity leave on 13/06/2025 and is not expected back before March 2026. On "
              "12/06 Hollie and Callum visited together so that Stacey, Nathan and Poppy could meet Callum "
              "before Hollie left. Callum has read the file and Hollie's last three visit records. Every "
              "action that was Hollie's has been passed to Callum or, where it fits better, to another "
              "worker. The plan table shows where each action was and where it is now, so that nothing is "
              "dropped in the handover. Nathan asked that his new social worker \"doesn't make me say "
              "everything again\"."),
        ("h2", "Who's who now"),
        ("table", {
            "header": ["Role", "Name", "Contact"],
            "widths": [5.0, 6.0, 6.0],
            "rows": [
                ["Social worker", "Callum Fenwick", "07700 900418 · Central CP Team"],
                ["Team manager", "Jo Arkwright", "Central CP Team duty line"],
                ["Recovery worker", "Imran Qadir", "Zethermoor Recovery Partnership"],
                ["Health visitor", "Jenna Moss", "Wharf Street Health Centre"],
                ["Family support worker", "Dionne Hale", "Zethermoor Family Hub"],
                ["DSL", "Arif Shah (to 22/07/2025), then Rachel Lowe", "Brookfield Primary, then Zethermoor High"],
            ],
        }),
        ("h1", "How things have been since RCPC1"),
        ("p", "Stacey has taken her methadone under supervision every day. Eleven of her twelve weekly tests "
              "have been clear; the one positive for heroin, on 28/05, came the day after her mother's "
              "funeral, and she told Imran about it before the result came back. A lockbox for take-home "
              "doses was fitted on 20/05. Poppy was weighed on 10/06 and is on the 50th centile. Nathan has "
              "been in school every day since Easter and was on time on all but two days, both when Keith was "
              "ill."),
        ("h1", "What Nathan and Poppy tell us"),
        ("p", "Nathan (seen on his own at school by Hollie on 05/06 and with Callum on the joint visit): \"I "
              "don't mind doing Poppy's breakfast but I don't want to do it every day. Mum's been better since "
              "the box came.\" He is worried about starting at Zethermoor High \"because it's massive\" and "
              "said he wants to keep going to the young carers' club on Fridays."),
        ("p", "Poppy was seen awake on every visit. She toddles to the door to meet visitors, says \"Nanna\" "
              "and \"Keef\" for her grandad and brings her shoes to Keith in the mornings. At the joint visit "
              "she fell asleep on Stacey's lap after her lunch and was put down in her cot."),
        ("h1", "What we want for Nathan and Poppy"),
        ("bullets", [
            "Nathan and Poppy are cared for every day by an adult who is not under the influence of drugs, and "
            "Stacey's medicine is always locked away where they cannot reach it.",
            "Nathan gets to be a child: he is not the one getting Poppy up and fed, and he starts Zethermoor "
            "High in September with staff who know him.",
            "Poppy is developing well, is seen by another adult outside the family several times a week and "
            "knows her dad through safe contact.",
        ]),
        ("h1", "The plan from 19/06/2025"),
        ("table", {
            "header": ["No.", "What will happen", "Was with (to 13/06/2025)", "Now with (from 16/06/2025)",
                       "When", "What we'll see"],
            "widths": [1.1, 4.5, 2.5, 2.7, 2.6, 3.6],
            "rows": [
                ["1", "Home visits: see Nathan on his own and Poppy awake, and check the methadone lockbox is "
                      "locked and out of reach",
                 "SW Hollie Grant", "SW Callum Fenwick",
                 "Weekly to 31/07/2025, then every 2 weeks; one a month unannounced",
                 "Visit record with Nathan's words, Poppy seen awake and the lockbox checked, on file within "
                 "2 working days"],
                ["2", "Meet Nathan on his own at school so that he can say what he wants from his new social "
                      "worker",
                 "New", "SW Callum Fenwick", "By 27/06/2025",
                 "Nathan's words written up and sent back to him in a short letter"],
                ["3", "Key-work with Stacey, a weekly oral fluid test, and a written report before each core "
                      "group on whether she is staying stable, her capacity to keep the changes going, and "
                      "what that means for Nathan and Poppy",
                 "Imran Qadir, Zethermoor Recovery Partnership", "Imran Qadir (no change)",
                 "Weekly; report 3 working days before each core group",
                 "Test results and Imran's report read at every core group"],
                ["4", "Take methadone under supervision at the pharmacy and keep any take-home doses in the "
                      "lockbox",
                 "Stacey Garbutt", "Stacey Garbutt (no change)", "Every day",
                 "Pharmacy supervised consumption record sent to Imran weekly; lockbox checked at SW visits"],
                ["5", "Poppy's 2-year development review, with her weight and immunisations",
                 "HV Jenna Moss", "HV Jenna Moss (no change)", "By 25/07/2025",
                 "ASQ-3 scores, weight and immunisation record in the red book and copied to the SW"],
                ["6", "Apply for a funded nursery place for Poppy (15 hours) so that another adult sees her "
                      "three mornings a week",
                 "SW Hollie Grant (form started)", "Stacey Garbutt, with Dionne Hale (FSW)",
                 "Application in by 11/07/2025; place from 08/09/2025",
                 "Offer letter seen by the SW; nursery register once Poppy starts"],
                ["7", "Be at the house from 7.45am until Stacey is back from the pharmacy, give Poppy her "
                      "breakfast and take Nathan to school",
                 "Keith Garbutt (grandad)", "Keith Garbutt (no change)", "Monday to Friday, term time",
                 "Brookfield register shows Nathan in by 8.50am; Keith signs the network book each morning"],
                ["8", "Handover from Brookfield to Zethermoor High so that Nathan's new school knows his plan, "
                      "his worries and who to ring",
                 "Mr Arif Shah, DSL, Brookfield Primary",
                 "Mr Shah to 22/07/2025, then Ms Rachel Lowe, DSL, Zethermoor High",
                 "Handover meeting by 18/07/2025; Ms Lowe sees Nathan in his first week",
                 "Written handover note and Nathan's one-page profile sent to the SW; Ms Lowe's note of her "
                 "first meeting with Nathan"],
                ["9", "Young carers assessment for Nathan, with a plan for what he no longer has to do for "
                      "Poppy",
                 "SW Hollie Grant (referral)", "Beth Norris, Zethermoor Young Carers", "By 31/07/2025",
                 "Assessment and support plan sent to the SW and to Stacey"],
                ["10", "Supervised contact between Poppy and her dad, Liam Dyer",
                 "Zethermoor Family Centre", "Zethermoor Family Centre (no change)",
                 "Every Saturday, 10am to 12 noon",
                 "Contact record emailed to the SW after each contact"],
            ],
        }),
        ("h1", "Done since the last core group"),
        ("bullets", [
            "Lockbox for take-home doses fitted by the pharmacy on 20/05/2025.",
            "Joint handover visit by Hollie Grant and Callum Fenwick on 12/06/2025.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Stacey is found drowsy or under the influence while she is caring for the children, tests "
              "positive for heroin or any drug she is not prescribed, or the lockbox is found open, whoever "
              "sees it will ring Callum (or the emergency duty team out of hours). Keith will take Nathan and "
              "Poppy to his house that day and Callum will hold a strategy discussion the same day. If Keith "
              "cannot be reached or cannot have them, EDT will place Nathan and Poppy together with approved "
              "foster carers that night."),
        ("p", "If Keith cannot come in the morning, Stacey rings Callum by 8am; Nathan goes to Brookfield's "
              "breakfast club, where a place is kept for him, and Dionne Hale visits Poppy before 10am."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks, 9.30am, at Brookfield Primary until the summer and then at Zethermoor "
            "Family Hub: 17/07/2025, 14/08/2025, 11/09/2025 and 09/10/2025.",
            "Second review child protection conference: 23/10/2025, 10am, Zethermoor Civic Centre.",
            "If Stacey has another test positive for heroin, or the lockbox is found open, before the review, "
            "Callum will ask Jo Arkwright for a legal planning meeting within 5 working days.",
        ]),
        ("p", "Record agreed by Callum Fenwick, 20/06/2025, and sent to everyone present and to Beth Norris."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Social worker's report to a second review: one small landscape table per
#    outcome, "At RCPC1 we said | What happened | Next step | Who | By when |
#    How we'll know"; PDF with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_zabbington_rcpc2_outcome_tables_next_step_quarmby.pdf",
    "doc_title": "SW report to RCPC2 - Lacey-Mae Quarmby",
    "split": "tune",
    "template": "rcpc2-sw-progress-report-paged-landscape-one-table-per-outcome-heading-at-rcpc1-we-said-what-happened-next-step-who-by-when-how-well-know",
    "description": (
        "Social worker's report to the second review conference for a 14-month-old (neglect, unsafe "
        "sleep, mother's postnatal depression and cannabis use), six months into the plan. For each "
        "outcome a small table sets what was said at RCPC1 and what happened beside the next step, who, "
        "by when and how we'll know. Dates from RCPC1 have passed and some steps never happened. The "
        "next steps are mixed: the bedroom step has no measure, the nursery place is owned by 'TBC', "
        "the perinatal CPN only supports and is measured by mood, the cannabis step is 'Ongoing' and "
        "measured by engagement, the parenting assessment is 'TBC' with no output, and one outcome is "
        "the mother's."
    ),
    "header": "Zabbington Borough Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "RCPC2 report – Lacey-Mae Quarmby – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Social Worker's Report to the Second Review Child Protection Conference"),
        ("kv", [
            ("Child", "Lacey-Mae Quarmby, born 11/05/2024 (14 months)"),
            ("Address", "3 Sedgefield Court, Zabbington"),
            ("Mother", "Jodie Quarmby (20)"),
            ("Father", "Kyle Benson (22), lives with Jodie and Lacey-Mae"),
            ("Plan", "Child protection since 30/01/2025, category neglect; first review 24/04/2025"),
            ("This conference", "Second review, 24/07/2025, 10am, Zabbington Civic Centre"),
            ("Social worker", "Grace Ekwueme, Safeguarding Team West"),
            ("Team manager", "Hassan Ali"),
        ]),
        ("h1", "1. Summary of progress since the first review"),
        ("p", "Progress since April has been mixed. Lacey-Mae is growing well and is a happy, sociable baby, "
              "and Jodie and Kyle have kept most appointments. The safe sleep advice was given and signed, "
              "but on two of my five visits Lacey-Mae was asleep on the sofa, and her cot is still in the "
              "living room because the back bedroom has not been cleared. Jodie's mood is a little better "
              "with the perinatal team's visits, but the flat smelt of cannabis on three visits and she has "
              "been to only one appointment at the drug and alcohol service. The parenting assessment I "
              "started in May stopped while I was off sick in June."),
        ("h1", "2. Lacey-Mae's day and what we see"),
        ("p", "Lacey-Mae cannot tell us in words how things are for her. She is walking holding on to the "
              "furniture, says \"mama\" and \"dada\", and claps when Kyle sings to her. She reaches for Jodie "
              "when a stranger comes in and settles quickly when Jodie picks her up. Her days have little "
              "pattern: on the morning visits she was still in yesterday's clothes and had not had breakfast "
              "at 11am, and on two visits she was asleep on the sofa under a coat. The HV saw a clean, well "
              "fed baby at clinic and a red nappy rash on the last home visit."),
        ("h1", "3. Progress against the plan, and next steps, by outcome"),
        ("p", "Each table shows what we said at RCPC1, what has happened since, and the next step I am asking "
              "conference to agree."),
        ("h2", "Outcome 1: Lacey-Mae sleeps safely in her own cot, in a room that is warm and clean"),
        ("table", {
            "header": ["At RCPC1 we said", "What has happened", "Next step", "Who", "By when", "How we'll know"],
            "widths": [4.2, 5.2, 5.1, 3.3, 3.0, 4.9],
            "rows": [
                ["Jodie and Kyle to clear the back bedroom and set up the cot, by 30/05/2025",
                 "Not done. The cot is still in the living room; the back bedroom is full of bags and the "
                 "window is cracked. Kyle says the landlord has not answered.",
                 "Clear the back bedroom, get the window repaired and move Lacey-Mae's cot into it",
                 "Jodie Quarmby and Kyle Benson", "By 15/08/2025", "-"],
                ["HV to give safe sleep advice, by 09/05/2025",
                 "Done 02/05/2025; both parents signed the safe sleep record. Lacey-Mae was asleep on the "
                 "sofa on 2 of 5 SW visits.",
                 "Ask where Lacey-Mae slept the night before and look at her cot at every visit",
                 "HV Ruth Ansell and SW Grace Ekwueme", "Every visit (HV monthly, SW fortnightly)",
                 "Where she slept written on every HV and SW visit record; cot seen made up"],
            ],
        }),
        ("h2", "Outcome 2: Lacey-Mae is fed well, grows along her centile and has her development checked"),
        ("table", {
            "header": ["At RCPC1 we said", "What has happened", "Next step", "Who", "By when", "How we'll know"],
            "widths": [4.2, 5.2, 5.1, 3.3, 3.0, 4.9],
            "rows": [
                ["HV to weigh Lacey-Mae monthly and do her 12-month review",
                 "Weighed three times, steady on the 25th centile. The 12-month review was missed twice "
                 "(nobody in).",
                 "Weigh Lacey-Mae and complete her 12-month review at home",
                 "HV Ruth Ansell", "Review by 08/08/2025; weight monthly",
                 "Weight on or above the 25th centile; ASQ-3 scores sent to the SW"],
                ["Not in the plan",
                 "Jodie asked about nursery at the June core group.",
                 "Find Lacey-Mae a funded nursery place two days a week so that she mixes with other "
                 "children",
                 "TBC", "From September 2025", "Nursery register sent to the SW monthly"],
            ],
        }),
        ("h2", "Outcome 3: Jodie's mental health improves and she feels more able to cope"),
        ("table", {
            "header": ["At RCPC1 we said", "What has happened", "Next step", "Who", "By when", "How we'll know"],
            "widths": [4.2, 5.2, 5.1, 3.3, 3.0, 4.9],
            "rows": [
                ["Perinatal team to offer Jodie home visits",
                 "CPN Leanne Holt has visited fortnightly; Jodie kept 6 of 7 appointments and says she feels "
                 "\"a bit better\".",
                 "Continue fortnightly support visits for Jodie at home",
                 "CPN Leanne Holt, Zabbington Perinatal Mental Health Team", "Fortnightly",
                 "Jodie's mood improving"],
                ["Jodie to stop smoking cannabis in the flat",
                 "The flat smelt of cannabis on 3 of 5 visits. Jodie has been to one appointment at Zabbington "
                 "Drug and Alcohol Service (ZDAS).",
                 "Jodie to cut down her cannabis and go to ZDAS appointments",
                 "Jodie Quarmby", "Ongoing", "Engagement with ZDAS"],
                ["GP to review Jodie's antidepressant, by 16/05/2025",
                 "Not done – Jodie missed the appointment on 14/05; rebooked.",
                 "Review Jodie's sertraline and write to the SW and CPN",
                 "Dr Marcus Lee, GP, Sedgefield Surgery", "By 01/08/2025",
                 "GP letter to the SW and CPN with the outcome of the review"],
            ],
        }),
        ("h2", "Outcome 4: Lacey-Mae is cared for by parents who notice what she needs and respond to her"),
        ("table", {
            "header": ["At RCPC1 we said", "What has happened", "Next step", "Who", "By when", "How we'll know"],
            "widths": [4.2, 5.2, 5.1, 3.3, 3.0, 4.9],
            "rows": [
                ["SW to start a parenting assessment, by 31/05/2025",
                 "Started 20/05/2025 (two sessions); stopped in June while I was off sick.",
                 "Finish the parenting assessment of Jodie and Kyle",
                 "SW Grace Ekwueme", "TBC", "-"],
                ["Kyle to join the dads' group",
                 "Kyle started on 10/07/2025 and has been once.",
                 "Kyle to go to the Dads Matter group at Zabbington Family Hub",
                 "Kyle Benson", "Every Thursday, 10am", "Attendance register sent to the SW monthly"],
                ["SW to visit fortnightly",
                 "8 visits since RCPC1, 3 of them unannounced; Lacey-Mae seen awake every time.",
                 "Visit at home, see Lacey-Mae awake and where she sleeps; at least one visit a month "
                 "unannounced",
                 "SW Grace Ekwueme", "Every 2 weeks",
                 "Visit records note what Lacey-Mae was doing, where she slept and the state of the flat"],
            ],
        }),
        ("h1", "4. If things go wrong"),
        ("p", "If Lacey-Mae is found asleep on the sofa or in her parents' bed, if either parent is under the "
              "influence of cannabis or alcohol while caring for her alone, or if Jodie tells anyone she has "
              "thoughts of harming herself or Lacey-Mae, the HV or SW will ring the duty team (or the "
              "emergency duty team) straight away and a strategy discussion will be held the same day. "
              "Lacey-Mae will stay with her paternal grandmother, Sandra Benson, at 17 Orchard Rise, and if "
              "Sandra cannot have her she will go to approved foster carers that day. The perinatal team will "
              "offer Jodie a crisis assessment the same day."),
        ("h1", "5. Recommendation and meetings"),
        ("p", "I recommend that Lacey-Mae remains subject to a child protection plan under the category of "
              "neglect, with the next steps set out above."),
        ("bullets", [
            "Core group every 4 weeks at Zabbington Family Hub, 1.30pm: 12/08/2025, 09/09/2025 and 07/10/2025.",
            "Third review child protection conference: 23/10/2025.",
            "If the back bedroom is not ready, or the flat still smells of cannabis on visits, by the core "
            "group on 09/09/2025, I will ask the team manager for a legal planning meeting to consider the "
            "pre-proceedings stage of the PLO.",
        ]),
        ("p", "Grace Ekwueme, Social Worker – report dated 17/07/2025, shared with Jodie and Kyle on 18/07/2025."),
    ],
    "findings": [
        F("M001", "get the window repaired and move Lacey-Mae's cot into it"),
        F("W002", "Find Lacey-Mae a funded nursery place two days a week"),
        F("F002", "Jodie's mental health improves and she feels more able to cope"),
        F("H001", "Continue fortnightly support visits for Jodie at home"),
        F("M002", "Continue fortnightly support visits for Jodie at home"),
        F("T002", "Jodie to cut down her cannabis and go to ZDAS appointments"),
        F("M002", "Jodie to cut down her cannabis and go to ZDAS appointments"),
        F("T002", "Finish the parenting assessment of Jodie and Kyle"),
        F("M001", "Finish the parenting assessment of Jodie and Kyle"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system task print after a step-up: CIN tasks copied across by the
#    system with [not migrated] fields, new CP tasks, and the chair's free
#    text added at core group 2 (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_zillowdene_cin_tasks_migrated_print_nkemelu.txt",
    "split": "tune",
    "template": "cp-task-print-txt-plan-history-cin-tasks-auto-migrated-at-step-up-src-tags-not-migrated-fields-status-lines-then-chair-free-text-additions-dash-lines",
    "description": (
        "Case-system task print seven weeks into a child protection plan that stepped up from child in "
        "need (12-year-old going missing, domestic abuse by the father, 8-year-old sister). Tasks copied "
        "from the CIN plan are tagged SRC=CIN and some fields came across as [not migrated]; one target "
        "has passed, two tasks are complete, and the chair typed more actions in free text at the "
        "second core group. Faults: no one responsible for Tyler's school support, no target for Kayla's "
        "sessions, family support 'Ongoing (CIN)' measured by 'Reviewed at CIN meeting', the father's "
        "course 'when a place comes up' with no measure, 'Whole family' owning therapy, and no review "
        "conference date."
    ),
    "text": """\
ZILLOWDENE CITY COUNCIL - CHILDREN'S SERVICES                      FamilyTrack 3.8
CHILD PROTECTION PLAN - TASK PRINT                       printed 30/07/2025 10:12
printed by: MOBI                                                         page 1/1
==================================================================================
PLAN REF        CP-1172
CHILDREN        Tyler NKEMELU    12y   DOB 05/02/2013   FT-330915
                Kayla NKEMELU     8y   DOB 19/10/2016   FT-330916
ADDRESS         22 Furnace Row, Zillowdene
PARENTS         Rochelle NKEMELU (mother), Daniel NKEMELU (father)
CATEGORY        Emotional abuse
PLAN HISTORY    CIN plan CIN-0448   10/03/2025 - 11/06/2025   CLOSED (stepped up)
                CP plan  CP-1172    from 11/06/2025 (ICPC)
CORE GROUPS     24/06/2025, 23/07/2025
ALLOCATED SW    Marcus Obi (MO), CP Team 1, from 11/06/2025
PREVIOUS SW     Laura Finch (LF), Family Support Team - CIN worker to 11/06/2025
==================================================================================

*** SYSTEM NOTE: 6 tasks were copied from CIN-0448 when the plan was converted
*** (marked SRC=CIN). Fields the conversion could not map show as [not migrated].
*** The allocated worker should complete them before the first core group.

--- WHY THE PLAN STEPPED UP (ICPC chair's summary, pasted) ------------------------
Tyler and Kayla had a child in need plan from March 2025 after school raised
worries about Tyler's exclusions and Kayla being withdrawn in class. On 30/05/2025
Tyler went missing overnight and was found at 6am in Zillowdene bus station with
older boys known to the police. On 02/06/2025 police were called to the home:
Daniel had punched the kitchen wall and pushed Rochelle into the fridge while
both children were in the house. There are no concerns about drug or alcohol use
by either parent. Conference agreed that both children are likely to suffer
significant harm and the plan was stepped up.

--- CHILDREN'S VIEWS --------------------------------------------------------------
Kayla (seen at school by LF 06/06/2025): "Dad shouts until Mum cries. I put my
headphones on." She likes her teacher Miss Begum and painting, and wants "a
quiet house".
Tyler (seen on his own by MO 17/07/2025): "I only go out because it's better than
being in. Dad's alright when he's not angry." He wants to keep going to boxing
and said he would be home on time "if people stopped shouting".

--- OUTCOMES (entered at ICPC) ----------------------------------------------------
OC1  Tyler is home every night by the agreed time and does not go missing.
OC2  Tyler and Kayla live in a home without shouting, pushing or fear.
OC3  Both children go to school every day, and Kayla has an adult at school she
     trusts and talks to.

--- TASKS -------------------------------------------------------------------------
T01  SRC=CIN  Visit at home and see Tyler and Kayla on their own
     Responsible ... Marcus Obi (SW)
     Target ........ every 2 weeks (was monthly under CIN)
     Measure ....... visit records with both children's words
     Status ........ OPEN - 4 visits since ICPC

T02  SRC=CIN  Return home interview for Tyler after every missing episode
     Responsible ... Jade Pryce, Zillowdene Missing Children Team
     Target ........ within 72 hours of each return
     Measure ....... RHI report on file and shared with the SW
     Status ........ OPEN - RHI done 02/06/2025 for the 30/05 episode

T03  SRC=CIN  Support Tyler with his behaviour in school to cut exclusions
     Responsible ... [not migrated]
     Target ........ end of summer term 2025
     Measure ....... number of fixed-term exclusions (school data sent to SW)
     Status ........ OPEN - OVERDUE (term ended 22/07/2025)

T04  SRC=CIN  Sessions for Kayla with the learning mentor about her worries
     Responsible ... Mrs Noor Hussain, learning mentor, Furnace Row Primary
     Target ........ [not migrated]
     Measure ....... session notes summarised for the SW each half term
     Status ........ OPEN

T05  SRC=CIN  Family support worker sessions at home on routines and boundaries
     Responsible ... Dean Marsh, FSW, Zillowdene Early Help
     Target ........ Ongoing (CIN)
     Measure ....... Reviewed at CIN meeting
     Status ........ OPEN - carried

T06  SRC=CIN  Referral to Zillowdene Youth Service for Tyler (boxing club)
     Responsible ... Laura Finch (CIN SW)
     Target ........ 30/04/2025
     Measure ....... acceptance letter on file
     Status ........ COMPLETE 22/04/2025 - Tyler goes Tuesdays and Thursdays

T07  NEW  Tell the SW within 24 hours of any police call-out to 22 Furnace Row
     Responsible ... PC Lewis Grant, Zillowdene Police DA Unit
     Target ........ within 24 hours of each call-out
     Measure ....... each notification logged on both children's files
     Status ........ OPEN - DA marker on the address since 12/06/2025

T08  NEW  DASH risk assessment and safety plan with Rochelle, with Kayla's safety card
     Responsible ... Siobhan Keane, IDVA, Zillowdene DA Service
     Target ........ by 20/06/2025, then monthly
     Measure ....... DASH score and safety plan on file; Kayla's card seen by the SW
     Status ........ OPEN - first DASH done 18/06/2025 (score 12)

T09  NEW  Refer Daniel to a domestic abuse perpetrator programme
     Responsible ... Marcus Obi (SW)
     Target ........ by 27/06/2025
     Measure ....... acceptance letter on file
     Status ........ COMPLETE - accepted 10/07/2025, on the waiting list

--- FREE TEXT: ADDED AT CORE GROUP 2, 23/07/2025 (typed by chair) -----------------
- Dad to go on the Zillowdene Change programme when a place comes up.
- Whole family to go to family therapy at the Bridge Centre every other Tuesday; the therapist sends attendance to Marcus.
- Tyler to be home by 8pm on school nights and 9.30pm at weekends; Mum writes the time he gets in on the kitchen calendar and Marcus checks it at each visit.
- Marcus to ask Zillowdene Academy for Tyler's Year 8 support plan by 05/09/2025 and share it at core group 3.

--- CONTINGENCY -------------------------------------------------------------------
If Daniel is violent or threatening at home, Rochelle or Tyler rings 999; police
attend and remove Daniel, and MO (or EDT) holds a strategy discussion the same
day. If Rochelle cannot keep the children safe at home, Tyler and Kayla go to
their aunt, Blessing Nkemelu, in Leaford Road that night, or to foster carers
arranged by EDT if Blessing cannot have them.
If Tyler is not home by 10pm, Rochelle reports him missing to the police and
tells EDT; the Missing Team completes a return home interview within 72 hours,
and a second missing episode within 4 weeks means a strategy discussion.

--- REVIEW ------------------------------------------------------------------------
Core group ..... monthly - next 20/08/2025, Furnace Row Primary, 3.45pm
RCPC ........... to be confirmed (conference team booking)
Legal .......... If Daniel is violent at home again, or Tyler goes missing
                 overnight again, before the RCPC, MO will request a legal
                 planning meeting within 5 working days.

-- end of print --
""",
    "findings": [
        F("W001", "Support Tyler with his behaviour in school to cut exclusions"),
        F("T001", "Sessions for Kayla with the learning mentor about her worries"),
        F("T002", "Family support worker sessions at home on routines and boundaries"),
        F("M002", "Family support worker sessions at home on routines and boundaries"),
        F("T002", "Dad to go on the Zillowdene Change programme"),
        F("M001", "Dad to go on the Zillowdene Change programme"),
        F("W002", "Whole family to go to family therapy at the Bridge Centre"),
        F("R001"),
    ],
})
