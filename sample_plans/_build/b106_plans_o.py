"""Batch 106, module o: seven fictional plans (held-out material), places beginning with "o".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans at a review stage, in layouts a linter rarely meets. Five plans
are exemplary: a landscape Word review conference plan that carries each
action forward with a RAG progress column and the lead merged down over each
agency's block (two one-off actions are marked done and closed); a core
group's updated plan printed to PDF, with completed rows marked COMPLETE and
the new actions added in a second table below; a Markdown plan that steps
down to child in need and says what stays and what stops; a PDF review plan
whose actions are copied from the last plan with the old date beside the new
one; and a Word review plan with the family's own words in a column beside
each action. The other two (a social worker's plain-text "progress against
the plan" report to the IRO that restates each action, and a Markdown review
plan split into agency tables with a RAG column) carry a realistic mix of
faults among good rows. Some timescales are relative to the conference ("by
the next review", "within six weeks of today's conference").
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan, neglect, mother's depression, two
#    children. Landscape Word table: Lead merged down over each agency's
#    rows, a RAG progress column; two one-off actions done and closed (not
#    counted). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_olbersham_rcpc_rag_progress_merged_lead_thorncroft.docx",
    "doc_title": "Review Child Protection Plan - Kacey and Rhys Thorncroft",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-details-list-since-icpc-childrens-words-outcomes-then-lead-merged-down-per-agency-action-by-when-measure-rag-progress-column-with-done-and-closed-rows-contingency-core-group",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 4-year-old whose mother has "
        "depression. The action table carries every action from the initial plan forward with a "
        "'Progress at this review (RAG)' column (Green, Amber, Red, 'Ongoing', 'Partly met', the "
        "date done); the lead is merged down over each agency's rows. Two one-off actions are marked "
        "done and closed and are not counted. Every live row has a lead, a timescale (some relative "
        "to today's conference) and something to see; both CMHT rows report on capacity to change, "
        "the grandmother's part has a fallback, legal planning follows named triggers, dates set."
    ),
    "check_vmerge": 6,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Olbersham Borough Council · Children's Services · Safeguarding and Family Support (West)"),
        ("kv", [
            ("Children", "Kacey Thorncroft (9), DOB 14/02/2016; Rhys Thorncroft (4), DOB 30/08/2021"),
            ("Address", "22 Quarry Bank, Olbersham OB4 7LS"),
            ("Mother", "Danielle Thorncroft (33)"),
            ("Father", "Aaron Pyle (35), lives in Olbersham; sees the children every other Sunday"),
            ("Maternal grandmother", "Carol Thorncroft, 6 Rowan Court, Olbersham (ten minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "17/06/2025"),
            ("This conference", "First review, 16/09/2025, Olbersham Civic Hall. Chair (IRO): Philippa Cranmore"),
            ("Social worker", "Tomasz Wilk (team manager: Ruth Ainsley)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "At the initial conference Danielle had stopped going out, the kitchen had rotting food and dog "
              "mess in it, Kacey's attendance was 81% and she was often late and hungry, and Rhys had missed his "
              "two-year review and two hearing appointments. Danielle has since started sertraline and sees the "
              "Olbersham Community Mental Health Team every fortnight. The home is much cleaner: the family "
              "support worker's checklist score has gone from 3 out of 10 to 8 out of 10. Kacey's attendance "
              "this term is 93%. Rhys started reception at Pennock Lane Primary on 04/09/2025. Danielle was "
              "unwell for two weeks in July and Kacey rang her nan once, as the plan said she should."),
        ("h1", "What Kacey and Rhys have told us"),
        ("p", "Kacey (seen on her own at school, 08/09/2025): “It's better now. Mum gets up most days and there's "
              "cereal. I still check on her when I get home. I liked it at Nan's when Mum was poorly but I "
              "wanted to go home.” She scored home 7 out of 10 (it was 3 in June). She wants to keep going to "
              "Young Carers on Thursdays “because nobody there asks why I'm tired”."),
        ("p", "Rhys (seen at home, 11/09/2025) showed the social worker his new school jumper and his bed, which "
              "now has a duvet cover with dinosaurs on it. He uses single words and points; he said “Mummy” and "
              "“Nana” and took the social worker's hand to show him the dog. He went to Danielle for a cuddle "
              "when the dog knocked him over and she picked him up straight away."),
        ("h1", "What we want for Kacey and Rhys"),
        ("numbers", [
            "Kacey and Rhys live in a clean, warm home with food in the cupboards, cared for every day by a mum "
            "who is well enough to get up, feed them and get them to school.",
            "Kacey and Rhys get to school every day, on time and having had breakfast, and each has attendance "
            "of 95% or more.",
            "Rhys goes to every health appointment and gets the speech and language help he needs, at home and "
            "at school.",
            "Kacey no longer feels she has to look after her mum or her brother, and knows who to ring if her "
            "mum is unwell.",
        ]),
        ("h1", "The plan"),
        ("p", "Every action from the June plan is carried forward below with the conference's rating of its "
              "progress (Green: on track; Amber: partly met; Red: not met). The lead is named once, beside all "
              "of that agency's actions. Rows marked “closed” were finished before today and are kept only as "
              "a record; they are not part of the plan from today. Actions marked “New” were added today."),
        ("table", {
            "header": ["Lead", "Action", "By when", "How we will know",
                       "Progress at this review (RAG) and date done"],
            "widths": [3.8, 6.4, 4.3, 5.6, 5.6],
            "bold_first_col": True,
            "rows": [
                ["Tomasz Wilk\nSocial worker (SW)\nOlbersham Children's Services",
                 "Visit Kacey and Rhys at home, at least one visit in four unannounced, and see Kacey on her own",
                 "Every week until the next review (10/03/2026)",
                 "Visit records show both children seen every week and Kacey seen alone, with a note of the "
                 "kitchen, the fridge and both bedrooms",
                 "GREEN – done every week since 17/06/2025 (13 visits, 4 unannounced). Carried forward."],
                [V,
                 "Complete a parenting assessment of Danielle, looking at how she cares for Kacey and Rhys when "
                 "her mood is low",
                 "Report within six weeks of today's conference (by 28/10/2025)",
                 "Assessment report shared with Danielle and every core group member by 28/10/2025",
                 "AMBER – partly met: 4 of 6 sessions done; paused while Danielle was unwell in July. New date "
                 "set."],
                [V,
                 "Refer Kacey to Olbersham Young Carers for a young carer's assessment",
                 "By 04/07/2025",
                 "Acceptance letter on Kacey's file",
                 "Done 30/06/2025 – closed, not carried forward."],
                ["Jade Morrow\nFamily support worker\nOlbersham Family Hub",
                 "Work with Danielle at home on a weekly routine for meals, laundry and bedtimes, using the home "
                 "conditions checklist, which includes Kacey's and Rhys's bedrooms",
                 "Every Tuesday and Friday morning until 10/03/2026",
                 "Checklist scored at each session and shown to the SW; a score of 8 out of 10 or more at every "
                 "SW visit",
                 "GREEN – ongoing. Score up from 3/10 (June) to 8/10 (September)."],
                ["Olbersham Community Mental Health Team\nSam Redfern, care co-ordinator (CPN)\n"
                 "Dr Hannah Oduya, consultant psychiatrist",
                 "Sam to see Danielle at home to check her mood, medication and warning signs, and tell each core "
                 "group whether she is making the changes Kacey and Rhys need",
                 "Every fortnight; written update 2 days before each core group",
                 "Written update on file before every core group, with the visit dates and Sam's view of "
                 "Danielle's progress",
                 "GREEN – ongoing: 7 visits since June; an update sent to every core group."],
                [V,
                 "Dr Oduya to assess Danielle's capacity to change: how far her depression affects her care of "
                 "Kacey and Rhys, the steps still needed and the likely timescale",
                 "Interim view by 28/10/2025; full report by the next review (10/03/2026)",
                 "Written assessment sent to the SW, the core group and the review conference",
                 "New at this review."],
                ["Dr Imran Qadir\nGP, Fennick Street Surgery",
                 "Review Danielle's antidepressant and physical health, and tell the SW and CMHT of any missed "
                 "appointment or change of medication, so the team knows how well she can care for the children",
                 "By 14/10/2025, then every 3 months",
                 "GP letter on Kacey's and Rhys's files after each review",
                 "GREEN – done 05/08/2025 (dose increased). Carried forward."],
                ["Mrs Aisha Lomax\nDSL, Pennock Lane Primary",
                 "Check Kacey's and Rhys's attendance, punctuality and whether they have had breakfast, and phone "
                 "the SW the same day about any absence or concern",
                 "Every school day",
                 "Attendance printout emailed to the SW each Friday; each child at 95% or more this term; "
                 "same-day calls logged on CPOMS",
                 "AMBER – partly met: Kacey up from 81% to 93%; 6 late marks since June."],
                [V,
                 "Give Rhys a place in the reception speech and language group and follow his therapy targets "
                 "in class",
                 "Three mornings a week from 22/09/2025",
                 "Group register and Rhys's target sheet sent to the SW at each half-term",
                 "New at this review (Rhys started reception on 04/09/2025)."],
                ["Lucy Banerjee\nSpeech and language therapist, Olbersham Children's Therapy Service",
                 "Assess Rhys's speech and language and set targets for home and school",
                 "By 31/07/2025",
                 "Written assessment with targets sent to school, Danielle and the SW",
                 "Done 24/07/2025 – closed, not carried forward."],
                [V,
                 "See Rhys for six therapy sessions at school and show Danielle how to practise his targets at "
                 "home",
                 "Every other Thursday from 25/09/2025",
                 "Session notes and Rhys's target scores sent to the SW after each session; Danielle seen "
                 "practising a target at a SW visit",
                 "New at this review."],
                ["Kath Fellowes\nSchool nurse, Olbersham Community Health",
                 "Complete Rhys's school entry health review and book his hearing test at the Olbersham "
                 "audiology clinic",
                 "Review by 17/10/2025; hearing test by 31/10/2025",
                 "Health review on file; hearing test result sent to the SW and the school",
                 "RED – not met: hearing appointment on 12/08/2025 missed. New dates set."],
                ["Marcus Ibe\nOlbersham Young Carers",
                 "Write Kacey's young carer's plan with her and keep her place at the Thursday after-school club",
                 "Plan by 10/10/2025; club every Thursday in term",
                 "Kacey's plan sent to the SW; club register shows her at each session",
                 "AMBER – partly met: Kacey has been to 5 sessions; her plan is not yet written."],
                ["Danielle Thorncroft\n(Mum)",
                 "Get Kacey and Rhys to school by 8.45am every school day, having had breakfast",
                 "Every school day",
                 "Pennock Lane register shows both children in before the 8.50am bell",
                 "AMBER – partly met: 6 late marks since June."],
                [V,
                 "Take her medication every day and go to every CMHT and GP appointment, so that she is well "
                 "enough to get up and care for Kacey and Rhys",
                 "Every day, from 17/06/2025",
                 "Sam's updates show no missed appointments and a correct tablet count at each visit",
                 "GREEN – no appointment missed since 01/07/2025."],
                ["Carol Thorncroft\n(maternal grandmother)",
                 "Collect Kacey and Rhys from school, give them tea at her house and take them home by 6pm",
                 "Every Monday, Wednesday and Friday in term",
                 "Carol signs the school's collection book; the SW checks the book at his first visit each month",
                 "GREEN – done every week."],
                [V,
                 "Be the adult Kacey rings if her mum cannot get up or there is no food in the house, and have "
                 "both children to stay that night",
                 "From 17/06/2025; the same day whenever Kacey rings",
                 "Carol texts the SW by 9am the day after any call; Kacey shows the SW Carol's number on her card",
                 "GREEN – used once, 11/07/2025; both children stayed with Carol."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kacey or Rhys miss school for two days in a row without a reason, or the SW finds no food in the "
              "house or the children without an adult, Tomasz will visit the same day and the children will "
              "stay with Carol at 6 Rowan Court that night. If either child is found alone, Tomasz will hold a "
              "strategy discussion with Olbersham Police the same day."),
        ("p", "If Danielle tells anyone she has thoughts of harming herself or the children, or Sam finds her "
              "mental state has relapsed, Sam will arrange a crisis team assessment that day and Kacey and Rhys "
              "will stay with Carol until it has taken place."),
        ("p", "If Carol cannot have the children (she is ill or away), Tomasz will place Kacey and Rhys together "
              "with Olbersham foster carers the same day and ask Aaron the next morning whether he can care for "
              "them while he is assessed."),
        ("p", "If by 10/03/2026 Kacey's attendance is below 90%, or the home conditions score falls below 6 out of "
              "10 at two SW visits in a row, or Dr Oduya's assessment says Danielle cannot make the changes "
              "within the children's timescales, Tomasz will ask Ruth Ainsley for a legal planning meeting "
              "within 5 working days, to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 3.30pm at Olbersham Family Hub: 07/10/2025, 04/11/2025, "
            "02/12/2025, 13/01/2026 and 10/02/2026.",
            "Second review child protection conference: 10/03/2026, 10am, Olbersham Civic Hall.",
            "Before each core group Tomasz will ask Kacey what has changed at home and bring her score to the "
            "meeting.",
        ]),
        ("p", "Plan agreed at the review conference on 16/09/2025. Copies to Danielle, Aaron, Carol and every "
              "lead named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group's updated plan after core group 4: mother's drinking and
#    domestic abuse by her ex-partner, two children. Completed rows marked
#    COMPLETE (not counted); new actions in a second table below. Landscape
#    PDF with page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_ormscarth_core_group_updated_complete_rows_new_table_adebayo.pdf",
    "doc_title": "Updated Child Protection Plan - Amara and Zion Adebayo",
    "split": "heldout",
    "actions": 10,
    "landscape": True,
    "template": "core-group-updated-plan-landscape-word-printed-to-pdf-page-header-footer-details-list-update-since-review-childrens-words-outcomes-then-numbered-table-with-status-column-complete-rows-closed-then-new-actions-table-contingency-meetings",
    "description": (
        "Exemplary updated plan written after the fourth core group for a 6-year-old and a 14-month-old "
        "whose mother drank heavily and whose ex-partner assaulted her. A landscape Word plan printed "
        "to PDF with a page header and footer. The plan's table keeps every row from the review "
        "conference with a 'Status at core group 4' column: three finished one-off rows are marked "
        "COMPLETE and closed (not counted), six continue; four new actions agreed at the core group sit "
        "in a second table below. The alcohol service reports on change, the aunt's Saturday nights "
        "have a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Ormscarth Council – Children's Social Care",
    "footer": "Adebayo – plan updated at core group 4 (23/09/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – updated at core group 4"),
        ("p", "Ormscarth Council · Children's Social Care · Safeguarding Team 1"),
        ("kv", [
            ("Children", "Amara Adebayo (6), DOB 02/03/2019; Zion Adebayo (14 months), DOB 20/07/2024"),
            ("Address", "5 Tannery Walk, Ormscarth OS2 9JD"),
            ("Mother", "Tolu Adebayo (29)"),
            ("Zion's father", "Kieran Price (31), left the home in June 2025; a non-molestation order protects "
                              "Tolu until 05/06/2026"),
            ("Maternal aunt", "Funke Adebayo, 12 Weaver Court, Ormscarth"),
            ("Category", "Emotional abuse and neglect"),
            ("Plan made", "Initial conference 10/04/2025; reviewed at the review conference on 03/07/2025"),
            ("Core group 4", "23/09/2025, Ormscarth Vale Children's Centre (minutes sent separately)"),
            ("Social worker", "Nadia Rahim (team manager: Colin Breck); IRO: Janet Oyelowo"),
        ]),
        ("h1", "Why this plan was updated"),
        ("p", "The core group looks at the plan at every meeting. On 23/09/2025 it agreed that three one-off "
              "actions from the review conference plan are complete, that the other six carry on unchanged, "
              "and that four new actions are needed now that Tolu has stopped drinking and Amara has started "
              "to talk about what she saw. Completed rows stay in the table, marked COMPLETE, so everyone can "
              "see what was done; they are closed and are no longer part of the plan. The new actions are in "
              "the second table."),
        ("h1", "What has happened since the review conference"),
        ("p", "Tolu has seen the Ormscarth Alcohol Service every Monday since 14/07/2025 and every breath test "
              "has been negative. Kieran has not come to the house. Amara's attendance is 97% this term. Zion's "
              "12-month review found him walking and babbling, with his weight on the 50th centile. Tolu has "
              "asked for help to understand how the fighting affected the children."),
        ("h1", "What Amara and Zion have told us"),
        ("p", "Amara (seen on her own at home, 16/09/2025): “Mummy doesn't drink the smelly drink now. I don't "
              "have to hide in the wardrobe with Zion. I still think about the police coming.” She drew her "
              "family with Auntie Funke holding Zion and said Saturday nights at Auntie's are “the best because "
              "we have jollof and a film”. She said she would like to see her daddy Kieran's mum again."),
        ("p", "Zion is 14 months old. On the last three visits he was clean and dressed, crawled to Tolu when "
              "the doorbell went and held his arms up to be picked up. He babbles at Amara and follows her "
              "round the room. When a door banged on 16/09/2025 he startled and cried, and Tolu picked him up "
              "and settled him within a minute."),
        ("h1", "What we want for Amara and Zion"),
        ("bullets", [
            "Amara and Zion are cared for every day by a sober adult and are never again in the room when "
            "adults fight.",
            "Amara and Zion are safe from Kieran, who sees Zion only when it is supervised and safe.",
            "Amara can talk about what she saw at home and feels safe at home and at school.",
            "Zion's health and development stay on track, with every check done on time.",
        ]),
        ("h1", "The plan from the review conference, with its status at core group 4"),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "How we will know", "Status at core group 4"],
            "widths": [1.1, 6.4, 4.2, 3.8, 5.6, 4.6],
            "rows": [
                ["1", "Visit Amara and Zion at home, including one weekend visit a month, and see Amara on her "
                      "own",
                 "Nadia Rahim, SW", "Every week until the review conference on 18/12/2025",
                 "Visit records show both children seen and Amara seen alone, with her words written down",
                 "Continues – 11 visits since 03/07/2025, 3 at weekends"],
                ["2", "See Tolu for key-work and a breath test, and report on whether she is making and keeping "
                      "the changes Amara and Zion need",
                 "Gary Lindholm, recovery worker, Ormscarth Alcohol Service",
                 "Every Monday; written report 3 days before each core group",
                 "Breath test results and a written report sent to the SW before every core group",
                 "Continues – every test negative since 14/07/2025"],
                ["3", "Refer Tolu to the Ormscarth Alcohol Service for assessment",
                 "Nadia Rahim, SW", "By 10/07/2025", "Referral acceptance letter on file",
                 "COMPLETE 08/07/2025 – closed at core group 4"],
                ["4", "Complete a DASH risk assessment and a written safety plan with Tolu",
                 "Priya Kaur, IDVA, Ormscarth Domestic Abuse Service", "By 18/07/2025",
                 "DASH score and safety plan sent to the SW",
                 "COMPLETE 16/07/2025 – closed at core group 4"],
                ["5", "Do Zion's 12-month development review, including his speech and weight",
                 "Abi Coker, health visitor", "By 31/07/2025",
                 "ASQ scores and weight in the red book, copied to the SW",
                 "COMPLETE 22/07/2025 – closed at core group 4"],
                ["6", "Visit Zion at home and check that stair gates are up and medicines and alcohol are out "
                      "of his reach",
                 "Abi Coker, health visitor", "Monthly until 18/12/2025",
                 "HV visit record and home safety checklist sent to the SW after each visit",
                 "Continues – checklist complete at all 3 visits"],
                ["7", "Keep no alcohol in the house and drink none while caring for Amara and Zion",
                 "Tolu Adebayo (Mum)", "Every day",
                 "Breath test negative every Monday and at every unannounced SW visit; no alcohol seen in the "
                 "house",
                 "Continues – no alcohol seen at any visit"],
                ["8", "Have Amara and Zion to stay at her flat every Saturday night",
                 "Funke Adebayo (maternal aunt)", "Every Saturday until 18/12/2025",
                 "Funke's diary of each stay, seen by the SW each month; Amara tells the SW how the stays went",
                 "Continues – 11 Saturdays, none missed"],
                ["9", "Check Amara's attendance and how she presents each morning, and tell the SW the same day "
                      "about any concern",
                 "Mr Daniel Frost, DSL, Ormscarth Vale Primary", "Every school day",
                 "Attendance emailed to the SW every Friday; concerns logged on CPOMS",
                 "Continues – 97% this term"],
            ],
        }),
        ("h1", "New actions agreed at core group 4 (23/09/2025)"),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "How we will know", "Status at core group 4"],
            "widths": [1.1, 6.4, 4.2, 3.8, 5.6, 4.6],
            "rows": [
                ["N1", "Run six sessions of the Safe Space group with Amara about what happened at home and how "
                       "she feels now",
                 "Lena Thorpe, children's worker, Ormscarth Domestic Abuse Service",
                 "Tuesdays after school, 30/09/2025 to 04/11/2025",
                 "Session record and Amara's feelings scale (1 to 10) sent to the SW after each session",
                 "New"],
                ["N2", "Arrange Zion's supervised family time with his father at the Larchfield Contact Centre",
                 "Nadia Rahim, SW", "Every other Saturday morning from 04/10/2025",
                 "Contact centre record of each session, including how Zion responds, sent to the SW",
                 "New"],
                ["N3", "Assess whether Tolu's drinking has changed enough for Amara and Zion to be safe without "
                       "a plan, and give a view of the likely timescale for any further change",
                 "Gary Lindholm, recovery worker, Ormscarth Alcohol Service",
                 "Report by 05/12/2025, for the review conference",
                 "Written report sent to the SW and the review conference",
                 "New"],
                ["N4", "Attend the 10-week Freedom Programme, so that Tolu understands how the abuse affected "
                       "Amara and Zion",
                 "Tolu Adebayo (Mum); Priya Kaur (IDVA) to book the place",
                 "Weekly from 06/10/2025 to 08/12/2025",
                 "Attendance record and end-of-course letter sent to the SW",
                 "New"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Tolu has a positive breath test, or is found to have been drinking while caring for Amara and "
              "Zion, the children will stay with Funke at 12 Weaver Court that night and Nadia will hold a "
              "strategy discussion the same day."),
        ("p", "If Kieran comes to the house or contacts Tolu, Tolu will ring 999 at once; Ormscarth Police will "
              "arrest him for breaching the order and Nadia will hold a strategy discussion the same day."),
        ("p", "If Funke cannot have the children (she is ill or away), Nadia will place Amara and Zion together "
              "with Ormscarth foster carers the same day. Funke gives Nadia her dates away a week ahead."),
        ("p", "If Tolu has any positive breath test while caring for the children, misses two Monday sessions "
              "in a month, or lets Kieran into the home, Nadia will ask Colin Breck for a legal planning meeting "
              "within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 5 weeks, Tuesdays at 1.30pm, Ormscarth Vale Children's Centre: 28/10/2025 and "
            "02/12/2025.",
            "Review child protection conference: 18/12/2025 at 2pm, Ormscarth Council Offices. Chair: Janet "
            "Oyelowo.",
            "Amara's views will be brought to each meeting by Nadia and, from October, by Lena Thorpe.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference ends the child protection plan: step-down to a child
#    in need plan, father on methadone. Markdown: what stops, what changes,
#    what stays (the CIN plan table). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_ottringdale_step_down_cin_stays_stops_farrelly.md",
    "split": "heldout",
    "actions": 7,
    "template": "rcpc-step-down-markdown-decision-banner-progress-childrens-words-outcomes-what-stops-bullets-then-what-stays-child-in-need-plan-table-if-things-go-wrong-step-back-up-meetings",
    "description": (
        "Exemplary step-down plan: the second review conference ends the child protection plan for a "
        "12-year-old and a 7-year-old whose father uses methadone after heroin, and makes a child in "
        "need plan. The markdown says what stops (weekly and unannounced visits, the CP core group as it "
        "was) in bullets that are not actions, then sets out what stays in a table with a lead, a "
        "timescale and a measure in every row. The recovery service owns testing, the aunt's "
        "after-school care has a fallback, a return to conference and a legal planning meeting follow "
        "named triggers; the continuing core group and the CIN review conference are dated."
    ),
    "text": """\
# Review Child Protection Conference — outcome and child in need plan

**Ottringdale Metropolitan Council · Children's Services · Locality Team North**
Shay Farrelly (12, DOB 09/05/2013) and Niamh Farrelly (7, DOB 21/01/2018) · 31 Sedge Lane, Ottringdale OT3 6PF
Second review conference, Tuesday 30/09/2025 · Chair (IRO): Grace Mulholland · Social worker: Kerry-Ann Doyle (team manager: Martin Shaw)

> **Decision.** Shay and Niamh are no longer at risk of significant harm. Their child protection plans
> (category: neglect, made on 11/03/2025) end today. They step down to this **child in need plan**, with the
> same social worker. This document says what stops, what changes and what stays.

## 1. Family

- **Liam Farrelly**, 41 — dad and the children's sole carer
- **Siobhan Farrelly** — mum; lives in Galway and rings the children every Sunday
- **Bernie (Bernadette) Farrelly** — paternal aunt, 14 Reedmace Close, Ottringdale

## 2. Why the children had a plan, and what has changed

In March Liam was using heroin again after four years clear. Shay was getting himself and Niamh to school,
there was often no food in the house, and twice the police found Liam asleep at home with the front door open
at night. Since April Liam has been on a methadone script with the Ottringdale Recovery Partnership; every
monthly drug test since May has been negative for heroin. His methadone is kept in a locked box. Both children's
attendance is above 96% this term, the fridge has been stocked at every visit, and Shay has stopped doing the
shopping.

## 3. What Shay and Niamh say

Shay (seen on his own, 22/09/2025): *"I'm glad Kerry-Ann won't come every week, it's embarrassing. Dad's
properly better this time. I want to keep seeing Mr Hussain on Mondays."* He scored home 9 out of 10 (it was 4
in March).

Niamh (seen on her own, 23/09/2025): *"Daddy makes my packed lunch now. I like Auntie Bernie's on Tuesdays and
Thursdays because we do baking."* She drew her dad at the cooker and said she wants "everything to stay the
same".

## 4. What we want for Shay and Niamh

1. Shay and Niamh are cared for every day by a dad who is not using heroin and who keeps his methadone where
   they cannot reach it.
2. Shay and Niamh get to school every day, on time, fed and with what they need.
3. Shay no longer looks after his sister or his dad, and both children know who to go to if their dad is
   unwell.

## 5. What stops today

- The weekly social work visits and the monthly unannounced visits stop.
- The child protection core group stops in its child protection form; it carries on as the child in need
  core group (section 8).
- Liam's fortnightly drug tests (agreed at the first review) stop; testing goes back to monthly.
- The children's names come off the child protection register today.

## 6. What changes

- Social work visits become every three weeks, always by appointment.
- Liam's drug test results go to the social worker each month rather than to each core group.

## 7. What stays: the child in need plan

Each row is one action. The lead does it, by the time shown, and the last column says what we will see.

| What will happen | Lead | When | How we will know |
|---|---|---|---|
| Visit Shay and Niamh at home and see each of them on their own | Kerry-Ann Doyle, social worker | Every 3 weeks from 21/10/2025 until the CIN review on 03/03/2026 | Visit records show both children seen alone, with their words written down |
| Keep up Liam's methadone script and key-work, drug test him, and phone the SW the same day about any positive test | Sunil Varma, recovery worker, Ottringdale Recovery Partnership | Key-work every 2 weeks; a test every month | Test results emailed to the SW after each test; every result negative for heroin |
| Keep his methadone in the locked box and get Shay and Niamh up, fed and to school on time | Liam Farrelly (Dad) | Every school day | Both school registers show the children in before 8.50am; the box seen locked at every SW visit |
| Meet Shay with his mentor to talk about home and school, and check his attendance | Ms Leanne Price, DSL, Ottringdale Academy (with Mr Hussain, mentor) | Every Monday in term | Mentor log sent to the SW each half-term; Shay's attendance stays at 95% or more |
| Check Niamh's attendance and how she presents, and phone the SW the same day about any concern | Mrs Joanne Kerr, DSL, St Aidan's Primary | Every school day | Attendance emailed to the SW every Friday; any concern logged on CPOMS |
| Have Shay and Niamh for tea after school and drop them home at 7pm | Bernie Farrelly (paternal aunt) | Every Tuesday and Thursday in term | Bernie's diary, seen by the SW at each visit; the children tell the SW how it went |
| Help Liam plan meals, shopping and money week by week so that Shay no longer does the shopping | Mel Oakes, family support worker, Ottringdale Family Hub | Every Wednesday for 8 weeks from 08/10/2025 | Weekly meal plan on the fridge; Shay tells the SW he has not done the shopping |

## 8. If things go wrong

- If a drug test is positive for heroin, Liam is found under the influence, or either child is absent from
  school for two days without a reason, Kerry-Ann will visit the same day and Shay and Niamh will stay with
  Bernie at 14 Reedmace Close until it is safe for them to go home.
- If Bernie cannot have them (she is ill or away), Kerry-Ann will place Shay and Niamh together with Ottringdale
  foster carers the same day.
- In any of those events Kerry-Ann will ask for a strategy discussion the same day, the children will be
  brought back to a child protection conference within 15 working days, and Kerry-Ann will ask Martin Shaw for
  a legal planning meeting within 5 working days.

## 9. Meetings

- **Core group** (continuing as the child in need core group): every 6 weeks, Mondays at 4pm at Ottringdale
  Family Hub — 10/11/2025, 22/12/2025 and 02/02/2026.
- **Child in need review conference**, chaired by Grace Mulholland (IRO): 03/03/2026, 10am, Ottringdale
  Town Hall. It will decide whether the child in need plan can end.
- Shay and Niamh will be asked before each meeting what is going well and what is not.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second review conference plan, mother with emotionally unstable
#    personality disorder, two children. Each action copied from the June
#    plan with the old date beside the new one. Landscape PDF with page header
#    and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_oakenbrae_rcpc_copied_actions_old_new_dates_gallacher.pdf",
    "doc_title": "Review Child Protection Plan - Cody and Evie Gallacher",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-progress-childrens-words-outcomes-then-actions-copied-from-last-plan-date-in-last-plan-and-new-date-columns-contingency-meetings",
    "description": (
        "Exemplary second review conference plan for a 7-year-old and a 3-year-old whose mother has an "
        "emotionally unstable personality disorder and has self-harmed. A landscape Word plan printed "
        "to PDF with header and footer. Each action is copied from the June plan with two date columns, "
        "'Date in the June plan' and 'New date (this plan)'; one new action says 'New action' in the old "
        "column. The CMHT care co-ordinator and the DBT psychologist both report on capacity to change, "
        "the GP owns weekly prescribing, the grandmother's afternoons have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Oakenbrae Council · Children and Families",
    "footer": "Gallacher – Review Child Protection Plan 10/12/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Oakenbrae Council · Children and Families · Child Protection Team East"),
        ("kv", [
            ("Children", "Cody Gallacher (7), DOB 03/04/2018; Evie Gallacher (3), DOB 27/10/2022"),
            ("Address", "9 Kelvin Brae Gardens, Oakenbrae OK6 1TN"),
            ("Mother", "Kirsty Gallacher (27)"),
            ("Father", "Jamie Gallacher (30), lives at home; works days as a joiner"),
            ("Paternal grandmother", "Maureen Gallacher, 40 Loch Street, Oakenbrae"),
            ("Category", "Emotional abuse and neglect (both children)"),
            ("Plans so far", "Initial conference 12/03/2025; first review 11/06/2025 (“the June plan”)"),
            ("This conference", "Second review, 10/12/2025. Chair (IRO): Alison Rudd"),
            ("Social worker", "Fiona McAteer (team manager: Graham Pirie)"),
        ]),
        ("h1", "Progress since the June plan"),
        ("p", "Kirsty has an emotionally unstable personality disorder. In February she cut her arms in the "
              "bathroom while Cody and Evie were alone downstairs, and in May she took an overdose while Evie "
              "was in the house. Since June there has been one episode of self-harm (08/09/2025), when Jamie "
              "was at home and the children were with Maureen. Kirsty started the DBT programme in August and "
              "has been to 14 of 16 sessions. Her tablets are prescribed weekly and kept in a locked box. Cody "
              "has finished three of his six sessions about his mum's illness; some June dates slipped when "
              "Kirsty's DBT group moved to a Thursday, so several actions below carry a new date."),
        ("h1", "What Cody and Evie have told us"),
        ("p", "Cody (seen on his own at school, 01/12/2025): “Mum's poorly days are less. When she's sad now she "
              "goes to her room and rings the lady, and Dad or Gran comes. I know to ring Gran if Dad's at "
              "work.” He scored home 8 out of 10, up from 5 in June. He wants to keep the “Mum's Poorly Days” "
              "book he made with Tariq."),
        ("p", "Evie is 3. At nursery she is chatty and plays well with others. At home on 04/12/2025 she brought "
              "Kirsty her shoes to go to the park and sat on her knee for a story; when Kirsty went quiet Evie "
              "patted her face and said “Mummy wake up”, and Kirsty smiled and carried on reading."),
        ("h1", "What we want for Cody and Evie"),
        ("bullets", [
            "Cody and Evie are never alone with their mum when she is at risk of harming herself; another "
            "safe adult is always there or on the way.",
            "Cody and Evie never see their mum hurt herself, and cannot get to tablets or blades at home.",
            "Cody understands his mum's illness, knows who to ring, and does not carry it on his own.",
            "Evie keeps developing well and goes to nursery every session.",
        ]),
        ("h1", "The plan"),
        ("p", "The actions below are copied from the June plan, in the same order, with a new date where the old "
              "one has passed or slipped. The date in the June plan is kept for the record; the new date is the "
              "timescale from today. Action 12 is new."),
        ("table", {
            "header": ["No.", "Action", "Who", "Date in the June plan", "New date (this plan)",
                       "How we will know"],
            "widths": [1.0, 6.8, 4.4, 3.4, 4.1, 6.0],
            "rows": [
                ["1", "Visit Cody and Evie at home, see Cody on his own, and write down how Kirsty and Evie are "
                      "with each other",
                 "Fiona McAteer, SW", "Weekly to 10/12/2025", "Weekly to 10/06/2026",
                 "Visit records show both children seen and Cody seen alone, with his words and how Evie and "
                 "Kirsty were together"],
                ["2", "See Kirsty at home to check her safety plan and any self-harm, and report to each core "
                      "group on whether she is making the changes Cody and Evie need",
                 "Nadia Bell, care co-ordinator (CPN), Oakenbrae CMHT",
                 "Fortnightly to 10/12/2025",
                 "Fortnightly to 10/06/2026; report 2 days before each core group",
                 "Written report on file before each core group, with visit dates and Nadia's view of the "
                 "change in Kirsty's care of the children"],
                ["3", "Run Kirsty's DBT skills group and individual sessions, and assess whether she is using "
                      "the skills to keep Cody and Evie safe when she is distressed",
                 "Dr Owen Fraser, clinical psychologist, Oakenbrae DBT Service",
                 "Start by 31/07/2025", "Weekly to 27/03/2026; mid-point report by 20/01/2026",
                 "Mid-point report on Kirsty's capacity to change and the likely timescale, sent to the SW "
                 "and the core group by 20/01/2026"],
                ["4", "Prescribe Kirsty's medication weekly so that no large supply of tablets is in the house "
                      "where Cody and Evie could reach it",
                 "Dr Asha Nair, GP, Kelvin Brae Medical Practice",
                 "From 30/06/2025", "Every week to 10/06/2026; medication review by 30/01/2026",
                 "Pharmacy record shows weekly collection; GP letter to the SW after the review"],
                ["5", "Visit Evie at home, check her development and that medicines and blades are locked away",
                 "Morag Dunn, health visitor", "Monthly; 2½-year review by 31/07/2025",
                 "Monthly; 3-year review by 30/01/2026",
                 "Visit record and home safety checklist sent to the SW; 3-year review scores in the red book"],
                ["6", "Check Evie's attendance and presentation, and tell the SW the same day about any absence "
                      "or worry",
                 "Ms Rona Blair, manager and DSL, Puffin Nursery",
                 "Each nursery day from 01/07/2025", "Each nursery day (Mon, Wed, Fri)",
                 "Attendance emailed to the SW every Friday; any worry logged and phoned through the same day"],
                ["7", "Check Cody's attendance each morning and see him weekly with the learning mentor",
                 "Mrs Claire Lennox, DSL, Brae Road Primary",
                 "Every school day; mentor weekly from 01/09/2025", "Every school day; mentor every Tuesday",
                 "Attendance of 95% or more; mentor log sent to the SW each half-term"],
                ["8", "Work through the “Mum's Poorly Days” book with Cody so he understands his mum's illness "
                      "and knows who to ring",
                 "Tariq Aziz, family support worker, Oakenbrae Family Hub",
                 "6 sessions by 31/08/2025", "Last 3 sessions by 30/01/2026",
                 "Cody's finished book shared with the SW; Cody can name who to ring when the SW asks him"],
                ["9", "Lock away all medicines and blades and check the lock box every evening",
                 "Jamie Gallacher (Dad)", "From 11/06/2025", "Every evening, from 11/06/2025",
                 "Lock box seen locked at every SW and HV visit"],
                ["10", "Look after Cody and Evie after school and nursery until Jamie gets home",
                 "Maureen Gallacher (paternal grandmother)", "Wednesdays and Fridays from 11/06/2025",
                 "Every Wednesday and Friday to 10/06/2026",
                 "Maureen's diary, seen by the SW at each visit; the school and nursery collection books"],
                ["11", "Use her crisis plan: ring the crisis line and Jamie or Maureen before she is alone with "
                       "the children when she feels unsafe",
                 "Kirsty Gallacher (Mum)", "From 11/06/2025", "Every time she feels unsafe, from 11/06/2025",
                 "Crisis line log passed to the SW the next working day; Jamie or Maureen with the children "
                 "within the hour"],
                ["12", "Update the parenting assessment of Kirsty and Jamie, looking at how they have kept Cody "
                       "and Evie safe since June",
                 "Fiona McAteer, SW", "New action", "By 06/02/2026",
                 "Report shared with Kirsty, Jamie and the core group by 06/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kirsty self-harms or says she plans to, or is found alone with Cody or Evie while she is in "
              "crisis, Jamie or Maureen will care for the children straight away, the crisis team will assess "
              "Kirsty the same day, and Fiona (or the Emergency Duty Team) will hold a strategy discussion the "
              "same day."),
        ("p", "If neither Jamie nor Maureen can be with the children (for example Jamie is working away and "
              "Maureen is ill), Fiona will place Cody and Evie together with Oakenbrae foster carers the same "
              "day."),
        ("p", "If Kirsty self-harms while caring for the children, or Dr Fraser's mid-point report says she is "
              "not able to make the changes within Cody's and Evie's timescales, Fiona will ask Graham Pirie "
              "for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 6 weeks, Tuesdays at 2pm at Oakenbrae Family Hub: 20/01/2026, 03/03/2026, "
            "14/04/2026 and 26/05/2026.",
            "Third review child protection conference: 10/06/2026, 10am, Oakenbrae Council Chambers.",
            "Cody will be seen before each core group and his score brought to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan, physical abuse by the father, mother's low
#    mood. Word table with the family's own words in a column beside each
#    action. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_ossendyke_rcpc_family_words_column_begum.docx",
    "doc_title": "Review Child Protection Plan - Ayaan and Inaya Begum",
    "split": "heldout",
    "actions": 8,
    "template": "rcpc-word-plan-details-list-since-icpc-childrens-words-outcomes-then-five-column-table-what-will-happen-who-when-how-we-will-know-what-the-family-say-contingency-review",
    "description": (
        "Exemplary first review conference plan for a 10-year-old hit with a belt by his father and his "
        "5-year-old sister. A Word table with the family's own words in a fifth column beside every "
        "action (quotes from the mother, the father, the uncle and Ayaan). Every row has a lead, a "
        "timescale and something to see; Talking Therapies reports on the mother's progress and the "
        "likely timescale, the uncle's supervision of contact has a fallback at the family centre, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ossendyke City Council · Children's Social Care · Safeguarding Team South"),
        ("kv", [
            ("Children", "Ayaan Begum (10), DOB 19/01/2015; Inaya Begum (5), DOB 06/06/2020"),
            ("Address", "47 Weir Street, Ossendyke OD8 2HB"),
            ("Mother", "Rukhsana Begum (34)"),
            ("Father", "Shafiq Begum (38); living with his brother Imran at 3 Mill Lane, Ossendyke, under a "
                       "written agreement since 02/06/2025"),
            ("Category", "Physical abuse (both children)"),
            ("Initial conference", "24/06/2025"),
            ("This conference", "First review, 16/09/2025. Chair (IRO): Deborah Fenn"),
            ("Social worker", "Helen Sykes (team manager: Amir Latif)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "On 30/05/2025 Ayaan came to school with belt marks on his legs. He said his dad hit him for "
              "answering back. Shafiq agreed to move to his brother's home, and since then he has seen the "
              "children every Saturday at Imran's house with Imran in the room. There have been no further "
              "marks or injuries. Shafiq is on the Steps to Change programme for parents who have used "
              "physical punishment; the police investigation ended with a conditional caution on 19/08/2025. "
              "Rukhsana has low mood and has found it hard to manage the children's bedtimes alone; she was "
              "referred to Ossendyke Talking Therapies by her GP in August."),
        ("h1", "What Ayaan and Inaya have told us"),
        ("p", "Ayaan (seen on his own at school, 09/09/2025): “I like seeing Dad at Uncle Imran's. He hasn't "
              "shouted once. I don't want him home yet, not till he's finished his course.” He scored how safe "
              "he feels at home 9 out of 10 and at Uncle Imran's 8 out of 10."),
        ("p", "Inaya (seen at home, 10/09/2025): “Daddy plays Uno with me at Uncle's. Mummy is tired at night.” "
              "She showed the social worker her reading book and asked if Daddy could come to her school "
              "assembly."),
        ("h1", "What we want for Ayaan and Inaya"),
        ("bullets", [
            "Ayaan and Inaya are never hit or hurt by an adult, at home or anywhere else.",
            "Ayaan and Inaya see their dad safely every week and feel safe with him.",
            "Ayaan and Inaya have calm evenings and bedtimes, with a mum who is well enough to manage them.",
            "Ayaan can talk to a trusted adult about what happened and how he feels.",
        ]),
        ("h1", "The plan"),
        ("p", "The last column is in the family's own words. It was written with Rukhsana, Shafiq, Imran and "
              "Ayaan at the conference, and it is part of the plan."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know", "What the family say"],
            "widths": [4.4, 3.0, 2.9, 3.5, 3.2],
            "rows": [
                ["Visit Ayaan and Inaya at home, one visit in three unannounced, and see each child on their own",
                 "Helen Sykes, SW", "Every two weeks until 03/03/2026",
                 "Visit records show both children seen alone, with their words written down",
                 "Rukhsana: “That's fine. Please come after school so Ayaan isn't worried about his friends "
                 "seeing.”"],
                ["Complete the 14-week Steps to Change programme for parents who have used physical punishment",
                 "Shafiq Begum (Dad)", "Every Monday evening, 01/09/2025 to 01/12/2025",
                 "Attendance record and end-of-programme report from Paul Dorney (programme worker) to the SW",
                 "Shafiq: “I was brought up that way. I know now it was wrong and I want to learn another way.”"],
                ["Supervise Shafiq's time with Ayaan and Inaya at his home and stay in the room throughout",
                 "Imran Begum (paternal uncle)", "Every Saturday, 10am to 1pm",
                 "Imran signs the contact log after each visit; the SW reads it at each home visit",
                 "Imran: “I will be there every minute. If I can't make it I will ring Helen on the Friday.”"],
                ["Check both children each morning for marks or changes in behaviour, and phone the SW the same "
                 "day about any worry",
                 "Mrs Jenny Hale, DSL, Weir Street Primary", "Every school day",
                 "Any worry logged on CPOMS and phoned to the SW the same day; weekly summary emailed to the SW",
                 "Ayaan: “Mrs Hale is kind. I'll tell her if anything happens.”"],
                ["Twelve CBT sessions for Rukhsana's low mood, with a report to each core group on whether she is "
                 "making the changes the children need and how long further change is likely to take",
                 "Zoe Pilling, CBT therapist, Ossendyke Talking Therapies",
                 "Weekly from 01/10/2025; report 2 days before each core group",
                 "Written report on file before each core group, including Zoe's view of the likely timescale",
                 "Rukhsana: “I'm nervous about talking to someone, but I will try for the children.”"],
                ["Work with Rukhsana and Shafiq on calm ways to manage bedtimes and Ayaan's behaviour, using "
                 "the Family Calm plan",
                 "Hannah Webb, family support worker, Ossendyke Family Hub",
                 "Every Thursday for 8 weeks from 02/10/2025",
                 "Bedtime chart kept by Ayaan; session notes sent to the SW after each session",
                 "Ayaan: “I want a sticker chart, but not a baby one.”"],
                ["Offer Ayaan six counselling sessions at school about what happened and how he feels now",
                 "Ms Grace Ojo, school counsellor, Weir Street Primary", "Tuesdays, 07/10/2025 to 11/11/2025",
                 "Ayaan's feelings score at sessions 1 and 6 shared with the SW",
                 "Ayaan: “Only if my friends don't know where I'm going.”"],
                ["Tell the SW of any police contact with Shafiq or call-out to either address",
                 "DC Mark Ellery, Ossendyke Police Child Abuse Investigation Team",
                 "Within 24 hours of any contact",
                 "Police notification on the children's case file",
                 "Shafiq: “I understand. There won't be any.”"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If either child has a mark or injury that is not explained, or says they have been hit, or "
              "Shafiq sees the children without Imran (or another adult on the plan) in the room, Helen will "
              "hold a strategy discussion with Ossendyke Police the same day and Shafiq's time with the "
              "children will stop until it has taken place."),
        ("p", "If Imran cannot supervise on a Saturday, that week's time with Shafiq does not go ahead at "
              "his home; Helen will arrange supervised time at Ossendyke Family Centre within the same week."),
        ("p", "If there is any further injury, or Shafiq has unsupervised time with the children, or he has "
              "not completed Steps to Change by 01/12/2025, Helen will ask Amir Latif for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 6 weeks, Wednesdays at 3.30pm, Weir Street Primary: 22/10/2025, 03/12/2025, "
            "14/01/2026 and 11/02/2026.",
            "Second review child protection conference: 03/03/2026, 1pm, Ossendyke Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Social worker's "progress against the plan" report to the IRO before
#    the first review conference: a baby, mother's anxiety, father's
#    cannabis use. Plain text; each action restated word for word with its
#    lead, date and measure, then a progress note. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_overlathe_progress_report_to_iro_restated_actions_rourke.txt",
    "split": "heldout",
    "actions": 12,
    "template": "sw-progress-against-plan-report-to-iro-plain-text-memo-header-background-freyas-day-outcomes-then-numbered-restated-actions-with-lead-by-when-measure-progress-fields-contingency-meetings",
    "description": (
        "A social worker's plain-text report to the IRO before the first review conference for a "
        "7-month-old whose mother has anxiety and whose father smokes cannabis. Each action from the "
        "initial plan is restated word for word with its lead, timescale and measure, followed by a "
        "progress note ('Ongoing', 'On track'); most are sound. Faults as written in the plan: the "
        "perinatal CPN only supports, Dad goes to the drug service 'when he is ready', a 'Family' row, "
        "the core group to make sure sleep is safe ('Monitored'), budgeting help 'Ongoing', the "
        "parenting assessment with no measure; two relatives carry care and the contingency with no "
        "fallback, and no legal step."
    ),
    "text": """\
OVERLATHE BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
PROGRESS AGAINST THE CHILD PROTECTION PLAN

To ......... Bernard Achebe, Independent Reviewing Officer
From ....... Leanne Osei, Social Worker, Safeguarding Team 2
Child ...... Freya ROURKE, DOB 11/03/2025 (7 months)
Date ....... 29/09/2025, for the review conference on 07/10/2025
Plan ....... Made at the initial conference on 15/07/2025 (category: neglect)

1. BACKGROUND

Freya lives with her mother Chantelle Rourke (19) and her father Dean Walsh (22)
at Flat 6, Crossbeck House, Overlathe OV5 3RR. At the initial conference Freya
had dropped from the 50th to the 9th centile, the flat smelled of cannabis, and
Chantelle, who has severe anxiety and takes sertraline, said she was not coping
and was sleeping through Freya's night feeds. Dean smokes cannabis every day.
Chantelle's mother Tina Rourke and Dean's mother Sharon Walsh both live nearby.

2. FREYA'S DAY

Freya cannot tell us about her days, so this is what I and the health visitor
have seen on eleven visits. She is now on the 25th centile and feeding well. She
babbles and reaches for Dean when he comes into the room and laughs when he
sings to her. With Chantelle she is quieter; she watches her mum's face closely
and settles when held against her shoulder. On 12/09/2025 she was asleep on the
sofa between two cushions while her parents were in the kitchen.

3. OUTCOMES IN THE PLAN

- Freya is fed on time, day and night, and grows along the 25th centile.
- Freya sleeps safely, on her back in her own cot, at every sleep.
- Freya is cared for by parents who are not under the influence of cannabis.
- Freya has a calm, responsive carer with her every day.

4. THE ACTIONS, RESTATED, WITH PROGRESS

Each action below is copied word for word from the plan agreed on 15/07/2025,
with the lead, timescale and measure set then. My progress note follows.

[1] Visit Freya at home, including one unannounced visit a month, and see
    her awake and being fed
    Lead ........ Leanne Osei, social worker
    By when ..... Every week from 15/07/2025
    Measure ..... Visit records show Freya seen awake at every visit
    Progress .... On track. 11 visits, 3 unannounced.

[2] Weigh Freya at Overlathe Road clinic and plot her weight on her
    centile chart
    Lead ........ Gemma Tarr, health visitor
    By when ..... Every fortnight
    Measure ..... Chart copied to the SW; Freya on or above the 25th centile
    Progress .... Ongoing. Weighed at every clinic; now on the 25th centile.

[3] Perinatal CPN to continue supporting Chantelle with her anxiety at home
    Lead ........ Martina Freel, CPN, Overlathe Perinatal Mental Health Team
    By when ..... Fortnightly
    Measure ..... Attendance at each home visit recorded and sent to the SW
    Progress .... Chantelle has had 5 of 6 visits.

[4] Stop smoking cannabis in the flat where Freya lives and go to the
    Overlathe Drug and Alcohol Service
    Lead ........ Dean Walsh (Dad)
    By when ..... When he is ready
    Measure ..... Drug test results sent to the SW by the service
    Progress .... Dean has not yet been to the service.

[5] Assess Dean's cannabis use, agree a treatment plan with him and carry out
    drug tests
    Lead ........ Kev Amis, recovery worker, Overlathe Drug and Alcohol Service
    By when ..... Assessment within 2 weeks of referral, then monthly tests
    Measure ..... Treatment plan and test results sent to the SW before each
                  core group
    Progress .... Referral made 18/07/2025; Dean missed two assessment dates.

[6] Babysit Freya in the daytime so that Chantelle can sleep
    Lead ........ Family
    By when ..... Twice a week
    Measure ..... Days written in the family diary, seen by the SW each month
    Progress .... Happened most weeks in July; less often since.

[7] Make sure Freya's sleeping arrangements are safe at every contact
    Lead ........ Core group
    By when ..... At every visit
    Measure ..... Monitored
    Progress .... See section 2 (12/09/2025).

[8] Help Chantelle and Dean with budgeting and a benefits check
    Lead ........ Rosie Daley, family support worker
    By when ..... Ongoing
    Measure ..... Benefits check letter on file
    Progress .... Rosie has met the parents four times.

[9] Complete a parenting assessment of Chantelle and Dean
    Lead ........ Leanne Osei, social worker
    By when ..... By 30/09/2025
    Measure ..... -
    Progress .... Started 01/09/2025; four sessions done.

[10] Review Chantelle's sertraline and tell the SW of any change in dose or
     missed prescription
    Lead ........ Dr Lina Haddad, GP, Crossbeck Surgery
    By when ..... By 31/08/2025
    Measure ..... GP letter on Freya's file
    Progress .... Done 20/08/2025; letter on file.

[11] Have Freya overnight at her house so her parents can sleep
    Lead ........ Sharon Walsh (paternal grandmother)
    By when ..... Every Friday night
    Measure ..... Sharon texts the SW on Saturday morning after each stay
    Progress .... Every Friday since July; Sharon texts each week.

[12] Tell the SW of any police call-out to Crossbeck House involving Freya's
     parents
    Lead ........ Overlathe Police (MASH)
    By when ..... Within 24 hours of any call-out
    Measure ..... Police notification on Freya's case file
    Progress .... No call-outs since the ICPC.

5. CONTINGENCY PLAN (as agreed at the ICPC)

If Chantelle or Dean are found under the influence of cannabis while caring for
Freya, or Freya loses weight at two weighs in a row, Freya will stay with her
grandmother Tina Rourke at 2 Beck Row and I will hold a strategy discussion with
Overlathe Police the same day.

6. MEETINGS

Core group ............ every 4 weeks: 29/07/2025, 26/08/2025, 23/09/2025
Review conference ..... 07/10/2025, 10am, Overlathe Town Hall

7. MY VIEW

Freya is growing well and is seen every week, but Dean has not started
treatment and the sleeping arrangements are still not safe. I will recommend
that Freya stays on a child protection plan.
""",
    "findings": [
        F("H001", "Perinatal CPN to continue supporting Chantelle with her anxiety"),
        F("T002", "Stop smoking cannabis in the flat where Freya lives"),
        F("W002", "Babysit Freya in the daytime so that Chantelle can sleep"),
        F("W002", "Make sure Freya's sleeping arrangements are safe at every contact"),
        F("M002", "Make sure Freya's sleeping arrangements are safe at every contact"),
        F("T002", "Help Chantelle and Dean with budgeting and a benefits check"),
        F("M001", "Complete a parenting assessment of Chantelle and Dean"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Second review conference plan, mother with bipolar disorder and alcohol
#    misuse, two secondary-age children. Markdown: one table per agency block
#    with a RAG column; some timescales relative to today's conference.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b106_orchelby_rcpc_agency_tables_rag_whitworth.md",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-markdown-details-table-since-last-conference-childrens-words-outcomes-then-four-agency-section-tables-number-action-lead-by-when-measure-rag-today-contingency-core-group-and-review",
    "description": (
        "Second review conference plan for a 14-year-old young carer and her 11-year-old brother whose "
        "mother has bipolar disorder and drinks. Markdown, one table per agency block, each row with a "
        "'RAG today' status; most rows are sound (weekly prescribing, the alcohol service's testing, "
        "'within six weeks of today's conference'). Faults: the updated parenting assessment has no "
        "measure, the routine work is 'when Kelly is able', the psychiatrist only treats, the CPN only "
        "supports and is measured by 'engagement', the mentor row has no lead, the nurture group has no "
        "date, 'All professionals' share worries; one outcome is only about the mother, the review date "
        "is 'to be confirmed' and the contingency has no legal step."
    ),
    "text": """\
# Review Child Protection Plan — Leah and Mason Whitworth

**Orchelby City Council · Children's Services · Child Protection and Court Team**

| | |
|---|---|
| Children | Leah Whitworth (14), DOB 02/02/2011; Mason Whitworth (11), DOB 17/06/2014 |
| Address | 88 Cinder Lane, Orchelby OC2 5WE |
| Mother | Kelly Whitworth (38) |
| Father | Tony Whitworth (40), 4 Garth Road, Orchelby; has the children every other weekend |
| Category | Neglect (both children) |
| Conference | Second review, 08/10/2025. Chair (IRO): Simon Threlkeld |
| Social worker | Rachel Dunmore |

## Since the last conference (23/04/2025)

Kelly has bipolar disorder and drinks heavily when she is unwell. She stopped her mood stabiliser in July and
was admitted to the Larkhill Unit for three weeks in August; Leah and Mason stayed with Tony. Since she came
home Kelly has taken her medication, but the children say she has been drinking at weekends. Leah's attendance
fell to 84% last term; she has been doing the shopping and getting Mason up. Mason moved up to Orchelby High
School in September and has found it hard to make friends.

## What Leah and Mason say

Leah (seen on her own, 01/10/2025): *"I don't mind helping Mum but I can't do my homework when she's bad. I
want someone at school to know without everyone knowing."* She scored home 5 out of 10.

Mason (seen on his own, 02/10/2025): *"Mum's okay when she's not had wine. I like Dad's weekends because we go
swimming. I sit in the library at dinner."*

## What we want for Leah and Mason

1. Leah and Mason are looked after every day by an adult who is sober and well enough to care for them.
2. Leah goes to school every day and no longer does the shopping, the cooking or her mum's medication.
3. Mason settles at Orchelby High School and has somewhere he feels safe at lunchtime.
4. Kelly stays well and stops drinking.

## The plan

RAG is the conference's rating today. Carried-forward actions keep their numbers; new ones are marked NEW.

### Children's Social Care and Family Hub

| No. | Action | Lead | By when | How we'll know | RAG today |
|---|---|---|---|---|---|
| 1 | Visit Leah and Mason at home and see each of them on their own | Rachel Dunmore, SW | Every fortnight until the next review | Visit records show both children seen alone, with their words written down | GREEN |
| 2 NEW | Refer Leah to Orchelby Young Carers and agree a young carer's plan with her | Rachel Dunmore, SW | Within six weeks of today's conference | Leah's young carer's plan on file and shared with the core group | NEW |
| 3 | Update the parenting assessment, looking at how Kelly cared for Leah and Mason during her August relapse | Rachel Dunmore, SW | By 28/11/2025 | | AMBER |
| 4 | Help Kelly set up a weekly routine for shopping, meals and paying bills | Dawn Hebden, family support worker | When Kelly is able | Routine chart on the fridge, checked by Dawn at each visit | AMBER – ongoing |

### Adult services

| No. | Action | Lead | By when | How we'll know | RAG today |
|---|---|---|---|---|---|
| 5 | Offer Kelly outpatient appointments and adjust her mood stabiliser | Dr Pieter Vos, consultant psychiatrist, Orchelby CMHT | Every 8 weeks | Clinic letter copied to the SW after each appointment | GREEN |
| 6 | Visit Kelly at home to support her with her mood and her medication | Jo Kinsella, care co-ordinator (CPN), Orchelby CMHT | Fortnightly | Engagement with visits | AMBER |
| 7 NEW | Assess Kelly's drinking, agree a treatment plan and breath test her at every key-work session | Ryan Lowe, recovery worker, Orchelby Alcohol Service | Assessment by 17/10/2025, then weekly sessions | Breath test results and the treatment plan emailed to the SW before each core group | NEW |
| 8 | Prescribe Kelly's medication weekly and tell the SW if she does not collect it | Dr Ellen Marsh, GP, Castle Lane Surgery | Weekly | Pharmacy collection record sent to the SW each month | GREEN |

### School

| No. | Action | Lead | By when | How we'll know | RAG today |
|---|---|---|---|---|---|
| 9 | Check Leah's and Mason's attendance every day and phone the SW the same day if either is absent | Mr Callum Reid, DSL, Orchelby High School | Every school day | Weekly attendance printout to the SW; Leah's attendance at 95% or more | RED |
| 10 | Meet Leah every week with a learning mentor to talk about home and her schoolwork | - | Every Wednesday | Mentor log sent to the SW each half-term | AMBER |
| 11 NEW | Place Mason in the Year 7 lunchtime nurture group | Ms Tara Quinn, SENCo, Orchelby High School | | Nurture group register sent to the SW each half-term | NEW |
| 12 | Share any worry about Kelly's drinking or mood with the SW the same day | All professionals | Same day | Each worry logged on the children's case file | GREEN |

### Family

| No. | Action | Lead | By when | How we'll know | RAG today |
|---|---|---|---|---|---|
| 13 | Take her medication every day and drink no alcohol while Leah and Mason are in her care | Kelly Whitworth (Mum) | Every day | Negative breath tests at every key-work session and SW visit; every weekly dose collected | AMBER |
| 14 | Have Leah and Mason to stay every other weekend, Friday to Sunday | Tony Whitworth (Dad) | Every other weekend | Tony texts the SW after each weekend; the children tell the SW how it went | GREEN |

## Contingency

If Kelly drinks while caring for Leah and Mason, or is admitted to hospital, the children will go to Tony's
home at 4 Garth Road that evening and Rachel will hold a strategy discussion the same day. If Leah or Mason
ring Rachel or the Emergency Duty Team because their mum is unwell, a worker will visit that evening.

## Core group and review

- Core group every 4 weeks, Thursdays at 3.45pm at Orchelby High School: 06/11/2025, 04/12/2025 and
  15/01/2026.
- Third review child protection conference: date to be confirmed.
""",
    "findings": [
        F("M001", "Update the parenting assessment, looking at how Kelly cared"),
        F("T002", "Help Kelly set up a weekly routine for shopping"),
        F("H001", "Offer Kelly outpatient appointments and adjust her mood stabiliser"),
        F("H001", "Visit Kelly at home to support her with her mood"),
        F("M002", "Visit Kelly at home to support her with her mood"),
        F("W001", "Meet Leah every week with a learning mentor"),
        F("T001", "Place Mason in the Year 7 lunchtime nurture group"),
        F("W002", "Share any worry about Kelly's drinking or mood"),
        F("F002", "Kelly stays well and stops drinking."),
        F("R001"),
        F("R002"),
    ],
})
