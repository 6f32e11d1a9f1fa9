"""Batch 149, module o: seven fictional plans (tuning material), places beginning with "o".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress and timing sit somewhere other than a
column of the action table. A Word plan whose outcomes each carry their own
"How we will know" with Who / When tables under them; a review plan whose
"Review criteria" table is keyed by action reference; a disabled child's plan
whose table is split by phase banners carrying the dates, with a "Signs of
progress" list keyed by action number (PDF); a core group plan with tick-box
frequencies and a "Measuring success" table keyed by action number (PDF); a
Markdown plan with scaled outcomes and a "How we will know things are better"
list by action number; a pre-birth Markdown plan whose parts carry the
deadline and whose bullets carry their own measure; and a plain-text review
plan whose timing is a timeline grid of action references and whose evidence
is a list by reference.

Four plans are exemplary: the Orlingbeck outcome-evidence plan (docx), the
Ombleton phase-banner plan (pdf), the Ormeshaw scaled-outcome plan (md) and
the Oswinford timeline plan (txt). Three carry a realistic mix of faults among
mostly good rows: the Ottercleave review criteria plan (docx; a reference the
criteria table leaves out, a vague criterion, a collective owner, an
"Ongoing" date), the Oxtonmere tick-box plan (pdf; no box ticked, "as and
when", a treatment-only CPN row, an action the measures table leaves out,
"All agencies") and the Ollerwade pre-birth plan (md; a passive referral,
"when she feels ready", "keep an eye on", an offer with no measure, a part
heading with no time).

Counting convention used for "actions" (README convention 1): every live row
of an action table (phase banner rows are headings, not actions) and every
bullet of an action section counts; review criteria, signs of progress,
timelines, evidence lists, outcomes, contingencies and meeting dates are not
actions. No plan here holds a one-off action marked done.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 15-week-old baby, mother with postnatal
#    depression, father working away, grandmother doing night feeds. Each
#    outcome carries its own "How we will know"; the small table under each
#    outcome gives only who and when. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_orlingbeck_icpc_outcome_evidence_who_when_tables_ashdown.docx",
    "doc_title": "Child Protection Plan - Rosie Ashdown",
    "split": "tune",
    "actions": 12,
    "template": "icpc-word-plan-details-list-why-babys-day-family-views-then-four-outcome-headings-each-with-how-we-will-know-paragraph-then-no-what-who-when-table-under-it-no-measure-column-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 15-week-old baby whose mother has postnatal "
        "depression with frightening thoughts and whose father drives lorries away from home three "
        "nights a week. The plan is written under four outcomes for Rosie; each outcome has its own "
        "'How we will know' paragraph (weights on the red book, the feed chart, the perinatal "
        "psychiatrist's report, the interaction scores, the signed network plan), and the small "
        "table under it gives only what, who and when, so every action's measure is the check "
        "written into its outcome. The perinatal team assesses capacity to change, the GP owns an "
        "action, the grandmother's nights have a fallback, legal planning follows named triggers, "
        "core group and review dates are set, the baby's day is recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Orlingbeck Borough Council – Children's Services – Safeguarding and Assessment Team (Beckside)"),
        ("kv", [
            ("Child", "Rosie Ashdown, born 02/10/2025 (15 weeks at conference)"),
            ("Address", "Flat 3, 41 Wharf Street, Orlingbeck OB2 5TN"),
            ("Mother", "Kelly Ashdown (24)"),
            ("Father", "Dean Fulford (27), HGV driver; away on Monday, Tuesday and Wednesday nights most weeks"),
            ("Maternal grandmother", "Lorraine Ashdown, 9 Ferry Lane, Orlingbeck (five minutes by car)"),
            ("Paternal aunt", "Tasha Fulford, 60 Mill Brow, Orlingbeck"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "Tuesday 13/01/2026. Chair: Bernadette Olowe (IRO)"),
            ("Social worker", "Megan Tully (team manager: Rob Haddon)"),
        ]),
        ("h1", "Why Rosie has a plan"),
        ("p", "Kelly has postnatal depression. She stopped her sertraline in November without telling her GP, "
              "and on 18/12/2025 she told the health visitor that she had been having frightening thoughts "
              "about Rosie being hurt and had stopped picking her up in case she dropped her. Rosie's weight "
              "has fallen from the 50th centile at birth to just above the 9th at her twelve-week weigh. On two "
              "visits in December the health visitor found Rosie in a soaked nappy with a cold bottle propped "
              "on a cushion beside her. Dean was away working both times."),
        ("p", "Kelly went back to her GP on 22/12/2025 and was referred to the Orlingbeck Perinatal Mental "
              "Health Service, who saw her for the first time on 08/01/2026. Lorraine has been staying at the "
              "flat on the nights Dean is away since 29/12/2025."),
        ("h1", "Rosie's day – what we have seen"),
        ("p", "When Megan visited on 09/01/2026 Rosie was lying awake in her Moses basket watching the light "
              "on the ceiling. She made very little noise and did not cry for attention for the forty minutes "
              "Megan was there. When Lorraine lifted her out she turned towards Lorraine's voice and gave a "
              "wide smile, and she finished a 5oz bottle in about ten minutes. Kelly sat across the room and "
              "said she felt \"like she's somebody else's\"."),
        ("p", "On 12/01/2026, with Dean at home, Sian Roper (health visitor) watched Dean bath Rosie. Rosie "
              "kicked and cooed in the water and quietened when Kelly wrapped her in the towel and held her "
              "against her shoulder. Her skin was clear, with no nappy rash."),
        ("h1", "What Kelly, Dean and Lorraine say"),
        ("p", "Kelly: \"I love her, I'm just scared of my own head. I want to be able to do it all myself.\" "
              "Dean: \"I can't give up the job, but I can be there every weekend and I'll do nights.\" "
              "Lorraine: \"I'll do the three nights for as long as it takes. If I'm poorly, Tasha's said she'll "
              "come.\""),
        ("h1", "The plan"),
        ("p", "The plan is set out under four outcomes for Rosie. Under each outcome, 'How we will know' says "
              "what the core group will check at every meeting and what the review conference on 07/04/2026 "
              "should find. The table under each outcome says who will do what, and when; the 'How we will "
              "know' above a table is the evidence for every action in that table."),
        ("h2", "Outcome 1 – Rosie is fed on time, gains weight at every weigh and is back on or above the "
               "25th centile by the review conference"),
        ("p", "How we will know: Rosie's weight is plotted in her red book at every clinic weigh and has gone "
              "up each time; the feed chart shows no gap of more than four hours between daytime feeds or five "
              "hours at night; and every social work visit record says Rosie was clean, in a dry nappy and fed "
              "by an adult holding her."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 7.4, 4.3, 4.2],
            "rows": [
                ["1.1",
                 "Weigh Rosie at Beckside Clinic, check her feeding and development, and plot her weight in the "
                 "red book",
                 "Sian Roper, health visitor",
                 "Every two weeks, first on 20/01/2026, until the review conference"],
                ["1.2",
                 "Hold Rosie for every bottle and write each feed, nappy and sleep on the chart on the kitchen "
                 "wall",
                 "Kelly Ashdown (Mum); Dean Fulford (Dad) on the nights he is at home",
                 "At every feed, from 14/01/2026"],
                ["1.3",
                 "Visit Rosie at home, one visit in three unannounced, read the feed chart and see Rosie fed and "
                 "changed",
                 "Megan Tully, social worker",
                 "Weekly from 14/01/2026 until the review conference"],
            ],
        }),
        ("h2", "Outcome 2 – Rosie sleeps safely and has a calm, awake adult with her whenever she is awake, "
               "day or night"),
        ("p", "How we will know: at every health visitor and social work visit the Moses basket is clear and "
              "Rosie is seen put down on her back; Lorraine's night book, which Megan reads at each visit, shows "
              "Lorraine at the flat on every night Dean was away; the weekend pages of the feed chart are filled "
              "in by Dean."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 7.4, 4.3, 4.2],
            "rows": [
                ["2.1",
                 "Go through safe sleep with Kelly, Dean and Lorraine, and check the Moses basket and the room "
                 "temperature",
                 "Sian Roper, health visitor",
                 "By 27/01/2026, then at every home visit"],
                ["2.2",
                 "Stay at the flat, do the 2am feed and write it in the night book while Dean is working away",
                 "Lorraine Ashdown (maternal grandmother)",
                 "Every Monday, Tuesday and Wednesday night from 19/01/2026 until the review conference"],
                ["2.3",
                 "Be at home and do the night feeds from Thursday to Sunday, and tell Megan in advance if a job "
                 "keeps him away longer",
                 "Dean Fulford (Dad)",
                 "Every Thursday to Sunday night; three days' notice of any change"],
            ],
        }),
        ("h2", "Outcome 3 – Rosie is cared for by a mum who is well enough to pick her up, feed her and play "
               "with her, and who is no longer frightened to be on her own with her"),
        ("p", "How we will know: Dr Qureshi's written report before each core group says whether Kelly is "
              "making the changes Rosie needs and how long further change is likely to take; the interaction "
              "scores for Kelly and Rosie go up at each four-weekly scoring; the GP's monthly note confirms "
              "Kelly's prescription was collected; and by the review conference visit records show Kelly "
              "picking Rosie up and feeding her herself."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 7.4, 4.3, 4.2],
            "rows": [
                ["3.1",
                 "See Kelly at home, assess her depression and her frightening thoughts, and write to Megan on "
                 "whether Kelly can make the changes Rosie needs and in what timescale",
                 "Dr Aisha Qureshi, consultant psychiatrist, Orlingbeck Perinatal Mental Health Service",
                 "Every two weeks from 21/01/2026; report two working days before each core group"],
                ["3.2",
                 "Film a play and feeding session with Kelly and Rosie, score it, and send Megan the scores with "
                 "her view of whether Kelly's responses to Rosie are changing and how quickly",
                 "Hannah Brook, nursery nurse, Orlingbeck Perinatal Mental Health Service",
                 "Weekly from 22/01/2026; scores every four weeks"],
                ["3.3",
                 "Restart Kelly's antidepressant, see her every month and tell Megan within two working days of "
                 "a missed review or prescription, so that any risk to Rosie is known at once",
                 "Dr Colin Fairweather, GP, Beckside Surgery",
                 "Medication review by 23/01/2026, then monthly"],
                ["3.4",
                 "Take her tablets every day and keep every perinatal appointment, so that she is well enough "
                 "to look after Rosie",
                 "Kelly Ashdown (Mum)",
                 "Daily from 14/01/2026, and at every appointment as booked"],
            ],
        }),
        ("h2", "Outcome 4 – Rosie's family know who will look after her, day and night, if Kelly becomes "
               "unwell or Lorraine cannot help"),
        ("p", "How we will know: a written family network plan, saying who cares for Rosie on each day and "
              "night of the week and who steps in if Lorraine or Dean cannot, is signed by Kelly, Dean, "
              "Lorraine and Tasha and is on Rosie's file by 10/02/2026; at every core group after that Megan "
              "reports whether anyone named in it has had to step in, and whether they did."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 7.4, 4.3, 4.2],
            "rows": [
                ["4.1",
                 "Hold a family network meeting with Kelly, Dean, Lorraine and Tasha and write up the network "
                 "plan",
                 "Megan Tully, social worker",
                 "By 10/02/2026"],
                ["4.2",
                 "Be the back-up adult for Rosie's night feeds on any night Lorraine is ill or away, with Megan's "
                 "and the emergency duty team's numbers in her phone",
                 "Tasha Fulford (paternal aunt)",
                 "From 10/02/2026 until the review conference"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("bullets", [
            "If Kelly tells anyone she has thoughts of harming Rosie or herself, stops her tablets, or is found "
            "on her own with Rosie while very distressed: the perinatal team's duty worker sees Kelly that day, "
            "Rosie goes to Lorraine's home at 9 Ferry Lane, and Megan holds a strategy discussion the same day.",
            "If Rosie's weight falls at two weighs in a row or drops below the 9th centile: Sian books a "
            "same-day GP review for Rosie and Megan holds a strategy discussion within one working day.",
            "If Lorraine cannot stay (she is ill, away or finds she cannot manage): Tasha stays at the flat "
            "on those nights; if neither of them can, Dean comes home or Megan arranges that day for Kelly and "
            "Rosie to go to an Orlingbeck parent and baby foster placement.",
            "If by the core group on 24/03/2026 Dr Qureshi's report says Kelly cannot make the changes Rosie "
            "needs in Rosie's timescale, or Rosie is still below the 25th centile, Megan will ask Rob Haddon for "
            "a legal planning meeting within five working days to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Beckside Family Hub: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review child protection conference: Tuesday 07/04/2026, 10am, Orlingbeck Town Hall, Committee "
            "Room 2.",
        ]),
        ("p", "Plan sent on 15/01/2026 to Kelly, Dean, Lorraine, Tasha and everyone named in the tables."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse, a 10-year-old and a
#    6-year-old, father living with the paternal grandmother who supervises
#    Saturday contact. Action table with Ref / Action / Lead / Target date;
#    a separate "Review criteria" table keyed by Ref. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_ottercleave_rcpc_ref_table_review_criteria_by_ref_maguire.docx",
    "doc_title": "Review Child Protection Plan - Leon and Maisie Maguire",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-numbered-sections-details-list-since-icpc-childrens-words-numbered-outcomes-then-ref-action-lead-target-date-table-then-separate-ref-what-the-review-will-look-at-criteria-table-contingency-meetings",
    "description": (
        "First review conference plan for a 10-year-old and a 6-year-old after their father "
        "assaulted their mother; he lives with the paternal grandmother, who supervises Saturday "
        "contact. The action table has only Ref, Action, Lead and Target date; what the review will "
        "look at is in a separate 'Review criteria' table keyed by reference. Most actions are sound "
        "(weekly visits, the perpetrator programme, the grandmother's contact sheets, the learning "
        "mentor's worry scale, the police marker, the DSL, the Freedom Programme, Maisie's sleep "
        "diary). Faults: the criteria table leaves out the play service referral, the IDVA's "
        "criterion is only Jade's engagement, the children's safety plan is owned by the 'Core "
        "group', the sanctuary work is 'Ongoing', one outcome is about the mother only; the "
        "contingency has no fallback if the grandmother cannot supervise and no legal step."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ottercleave City Council – Children and Families – Locality Team East"),
        ("kv", [
            ("Children", "Leon Maguire (10), DOB 09/11/2015, Year 6; Maisie Maguire (6), DOB 21/04/2019, "
                         "Year 2 – both at St Bede's Primary, Ottercleave"),
            ("Mother", "Jade Maguire (33), 15 Holm Oak Drive, Ottercleave OC4 1RB"),
            ("Father", "Craig Maguire (36), living with his mother at 2 Weir Cottages, Ottercleave, since "
                       "20/10/2025"),
            ("Paternal grandmother", "Pat Maguire, 2 Weir Cottages, Ottercleave"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "28/10/2025. This plan: first review conference, Tuesday 20/01/2026"),
            ("Chair", "Martin Crewe, Independent Reviewing Officer"),
            ("Social worker", "Ellis Varga (team manager: Fiona Brady)"),
        ]),
        ("h1", "1. What has happened since the initial conference"),
        ("p", "On 19/10/2025 Craig pushed Jade down the stairs during an argument while Leon and Maisie were "
              "on the landing. He was arrested and has lived with his mother since. Leon and Maisie have seen "
              "him every Saturday at Pat's house, with Pat there throughout. Craig was on the waiting list for "
              "the Ottercleave Change programme until January and started it on 08/01/2026."),
        ("p", "On 26/12/2025 Craig came to Holm Oak Drive and shouted through the letterbox for twenty minutes. "
              "Jade rang the police, who removed him; Saturday contact was stopped for two weeks and restarted "
              "on 10/01/2026. Jade has been to eight of the eleven Freedom Programme sessions so far. Leon's "
              "attendance fell to 88% in the autumn term; Maisie has been getting into Jade's bed most nights."),
        ("h1", "2. What Leon and Maisie have told us"),
        ("p", "Leon (seen on his own at school, 14/01/2026): \"I liked it better when it was quiet. When Dad "
              "came at Christmas I put my headphones on Maisie. I like Saturdays at Nana Pat's because Dad's "
              "nice there.\" He put his worry at 7 out of 10 and said the thing he wants most is \"for Mum and "
              "Dad to not be in the same house\"."),
        ("p", "Maisie (seen at home, 15/01/2026) drew her house with a big black door and said \"that's where "
              "the shouting comes in\". She said she sleeps in Mummy's bed \"so I can hear if the door goes\". "
              "She wants a unicorn night light."),
        ("h1", "3. What we want for Leon and Maisie"),
        ("numbers", [
            "Leon and Maisie live in a home where they do not see or hear violence or shouting.",
            "Leon and Maisie spend time with their dad in a way that is safe and that they enjoy.",
            "Leon is in school every day and can talk to an adult he trusts about his worries.",
            "Maisie sleeps in her own bed and is no longer frightened at night.",
            "Jade feels confident and safe in her own home.",
        ]),
        ("h1", "4. Action plan"),
        ("p", "Agreed at the review conference on 20/01/2026. What the review will look at for each action is "
              "in section 5, under the same reference."),
        ("table", {
            "header": ["Ref", "Action", "Lead person / agency", "Target date"],
            "widths": [1.3, 12.0, 7.4, 5.0],
            "rows": [
                ["A1",
                 "Visit Leon and Maisie at home and see each of them on their own, with at least one visit a "
                 "fortnight after school",
                 "Ellis Varga, SW",
                 "Weekly until the second review conference"],
                ["A2",
                 "Attend the Ottercleave Change perpetrator programme and the one-to-one sessions that go with it",
                 "Craig Maguire (Dad); facilitator Sunil Rao reports to the SW",
                 "Every Thursday evening, 08/01/2026 to 25/06/2026"],
                ["A3",
                 "Supervise Saturday contact between Craig and the children at her house, and end the visit if "
                 "Craig raises his voice or talks about Jade",
                 "Pat Maguire (paternal grandmother)",
                 "Every Saturday, 10am to 1pm"],
                ["A4",
                 "Safety planning and support for Jade, including an updated risk assessment",
                 "Nina Petrovic, IDVA, Ottercleave Domestic Abuse Service",
                 "Fortnightly from 21/01/2026"],
                ["A5",
                 "Weekly sessions with Leon about his worries and what he can do if he is scared at home",
                 "Mr Dylan Hart, learning mentor, St Bede's Primary",
                 "Every Tuesday afternoon from 27/01/2026"],
                ["A6",
                 "Refer Maisie to the Little Steps play service for sessions about what she saw at home",
                 "Ellis Varga, SW",
                 "By 06/02/2026"],
                ["A7",
                 "Go through the family safety plan with Leon and Maisie so that each child knows who to call "
                 "and where to go",
                 "Core group",
                 "By 03/02/2026"],
                ["A8",
                 "Fit a video doorbell and new locks at Holm Oak Drive through the sanctuary scheme",
                 "Ottercleave Homes (Sanctuary Scheme)",
                 "Ongoing"],
                ["A9",
                 "Keep the domestic abuse marker on the address and tell the SW about any call to the house",
                 "Ottercleave Police, Domestic Abuse Safeguarding Unit",
                 "Within 24 hours of any call-out"],
                ["A10",
                 "Check Leon's and Maisie's attendance and how they are each morning, and phone the SW the same "
                 "day with any worry",
                 "Mrs Joy Adeyemi, DSL, St Bede's Primary",
                 "Every school day"],
                ["A11",
                 "Finish the Freedom Programme and go through what she has learned with Ellis",
                 "Jade Maguire (Mum)",
                 "Wednesdays to 18/02/2026; session with Ellis by 27/02/2026"],
                ["A12",
                 "Help Maisie settle in her own bed with a bedtime routine and a night light, and fill in her "
                 "sleep diary",
                 "Jade Maguire (Mum)",
                 "Every night from 21/01/2026"],
            ],
        }),
        ("h1", "5. Review criteria"),
        ("p", "What the second review conference will look at, by action reference."),
        ("table", {
            "header": ["Ref", "What the review will look at"],
            "widths": [1.3, 24.4],
            "rows": [
                ["A1", "Visit records show Leon and Maisie seen every week, each on their own at least once a "
                       "fortnight, with their words written down."],
                ["A2", "Sunil Rao's attendance note after every fourth session shows every session attended; his "
                       "mid-point report says what Craig now understands about the harm to Leon and Maisie."],
                ["A3", "Pat's contact sheet, signed after each Saturday, records who was there and how the "
                       "children were; Ellis reads the sheets at the first visit after each contact."],
                ["A4", "Jade's engagement with the IDVA service."],
                ["A5", "Mr Hart's session log on CPOMS, with Leon's worry score recorded at every session, "
                       "showing it down from 7 to 4 or lower."],
                ["A7", "Leon and Maisie can each tell Ellis, on their own, who they would call and where they "
                       "would go; a copy of the safety plan is on the children's file."],
                ["A8", "Doorbell and locks seen fitted and working at Ellis's first visit after the work."],
                ["A9", "Marker confirmed to Ellis in writing; each call-out reported to Ellis within 24 hours, "
                       "checked against the police log at every core group."],
                ["A10", "Attendance summary e-mailed to Ellis each Friday, showing 95% or more for both "
                        "children; same-day calls logged on CPOMS."],
                ["A11", "Freedom Programme certificate on file and Jade's own written safety plan, made with "
                        "Ellis, on file."],
                ["A12", "Maisie's sleep diary, seen at each visit, shows her in her own bed on at least five "
                        "nights a week."],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Craig comes to Holm Oak Drive or to St Bede's, contacts Jade other than about contact "
              "arrangements through Pat, or is reported to have threatened Jade, Jade will ring 999, Ellis will "
              "hold a strategy discussion with the police the same day, and Saturday contact will stop until "
              "that discussion has taken place."),
        ("p", "If Leon or Maisie tell anyone that they have seen or heard their dad hurt their mum, the school "
              "will phone Ellis at once and Ellis will see both children that day."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every six weeks at Holm Oak Children's Centre, 4pm: 03/03/2026, 14/04/2026, "
            "26/05/2026 and 07/07/2026.",
            "Second review child protection conference: Thursday 16/07/2026, 10am, Ottercleave Civic Centre.",
        ]),
    ],
    "findings": [
        F("F002", "Jade feels confident and safe in her own home."),
        F("M002", "Safety planning and support for Jade, including an updated"),
        F("M001", "Refer Maisie to the Little Steps play service"),
        F("W002", "Go through the family safety plan with Leon and Maisie"),
        F("T002", "Fit a video doorbell and new locks at Holm Oak Drive"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 9-year-old autistic boy who does not
#    speak, father drinking, uncle helping, short breaks. The action table's
#    phase banner rows carry the dates; "Signs of progress" is a list keyed
#    by action number. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_ombleton_icpc_phase_banners_signs_of_progress_kaczmarek.pdf",
    "doc_title": "Child Protection Plan - Tommy Kaczmarek",
    "split": "tune",
    "actions": 12,
    "template": "disabled-childrens-team-icpc-plan-printed-to-pdf-page-header-footer-details-how-tommy-tells-us-outcomes-then-no-what-who-table-split-by-three-phase-banner-rows-carrying-dates-then-signs-of-progress-numbered-list-by-action-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-year-old autistic boy who does not speak, whose "
        "father, his only carer at home, drinks most evenings; an uncle and a short break unit help. "
        "A Word plan printed to PDF with a page header and footer. The action table has only No., "
        "What will happen and Who, split by three phase banner rows ('Weeks 1 to 4', 'Weeks 5 to "
        "10', 'Before the review conference') that carry the dates, with some rows giving their own "
        "frequency; how each action will be known to work is a separate 'Signs of progress' list "
        "keyed by action number, covering every action. The alcohol service reports on change, the "
        "GP owns an action, the uncle's part has a fallback, legal planning follows named triggers, "
        "core group and review dates are set, and Tommy's signs and behaviour are his voice."
    ),
    "header": "OFFICIAL-SENSITIVE – Ombleton Council – Disabled Children's Team",
    "footer": "Tommy Kaczmarek – child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Tomasz (Tommy) Kaczmarek, 9, DOB 14/06/2016, Ombleton Brook School (special school)"),
            ("Address", "26 Linnet Road, Ombleton OM7 3HS"),
            ("Father", "Marek Kaczmarek (41), Tommy's only carer at home"),
            ("Mother", "Ewa Kaczmarek, lives in Poland; video calls with Tommy on Sundays"),
            ("Paternal uncle", "Pawel Kaczmarek, Flat 12, Sorrel House, Ombleton"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "Tuesday 20/01/2026. Chair: Harriet Lumsden (IRO)"),
            ("Social worker", "Laura Pennington, Disabled Children's Team (team manager: Gareth Ince)"),
        ]),
        ("h1", "1. Why Tommy has a plan"),
        ("p", "Tommy is autistic, has a severe learning disability and does not use words. He needs an adult "
              "with him whenever he is awake and he does not understand danger near roads. Marek has cared "
              "for him alone since Ewa returned to Poland in 2023. Since the autumn Marek has been drinking "
              "most evenings. On 03/12/2025 a neighbour found Tommy in the road outside the house at 10.40pm "
              "in his pyjamas; Marek was asleep and could not be woken for some minutes. School have noticed "
              "Tommy arriving in the same clothes for several days, and his melatonin prescription was not "
              "collected in November or December, so he has been awake for much of the night."),
        ("h1", "2. How Tommy tells us how he feels"),
        ("p", "Tommy uses a few Makaton signs and a picture book. When he is content he hums and flaps his "
              "hands; when he is upset he bites the back of his wrist and pulls at his ear. At school on "
              "13/01/2026, shown photographs, he chose the picture of Uncle Pawel's flat twice and smiled, and "
              "pushed away the picture of his bedroom at home. When Laura visited on 15/01/2026 Tommy led her "
              "by the hand to the front door and put her hand on the handle, which school say he does when he "
              "wants to go out. He hummed and rocked happily on Marek's knee while Marek sang to him in Polish."),
        ("p", "Staff at Ombleton Brook say Tommy is calmer and eats his whole lunch on Mondays, after his "
              "Sundays with Pawel, and bites his wrist more and seems tired on most other days."),
        ("h1", "3. What we want for Tommy"),
        ("bullets", [
            "Tommy is looked after every evening and night by a sober adult who is awake when he is awake, and "
            "he cannot get out of the house on his own.",
            "Tommy has his melatonin every night, sleeps most of the night and comes to school rested, clean "
            "and fed.",
            "Tommy has regular breaks away from home with people he knows, and his dad has the help he needs to "
            "care for an autistic child.",
            "The adults around Tommy understand his signs and use them to find out what he likes and does not "
            "like at home.",
        ]),
        ("h1", "4. What will happen"),
        ("p", "The plan runs in three phases. The dates in a phase heading apply to every action under it, "
              "unless the action gives its own frequency. How we will know each action is working is in "
              "section 5, under the action's number."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.1, 10.4, 5.5],
            "rows": [
                ["Phase 1 – weeks 1 to 4: to be done or started between 21/01/2026 and 17/02/2026", H, H],
                ["1",
                 "Visit Tommy at home every week until the review conference, with at least one visit a month "
                 "after 7pm to see his bedtime routine, his bedroom and the door alarm",
                 "Laura Pennington, social worker"],
                ["2",
                 "Fit a door alarm that sounds in Marek's bedroom and restrictors on the upstairs windows, and "
                 "show Marek and Pawel how the alarm works",
                 "Sam Whitlow, occupational therapist, Ombleton Council Equipment Service"],
                ["3",
                 "Assess Marek's drinking, then key-work every week with a breath test at each session, and write "
                 "to Laura two working days before each core group on whether Marek is cutting down, what still "
                 "has to change for Tommy and how long that is likely to take",
                 "Jon Baird, recovery worker, Ombleton Alcohol Recovery Service"],
                ["4",
                 "Give Tommy his melatonin at 7pm every night, have him in bed by 8pm and write it in the "
                 "home–school diary",
                 "Marek Kaczmarek (Dad)"],
                ["5",
                 "Send Laura a summary of Marek's alcohol-related health history and of Tommy's prescriptions "
                 "collected since September, and tell her within two working days of any missed collection",
                 "Dr Helen Crabtree, GP, Ombleton Green Surgery"],
                ["6",
                 "Check every school morning that Tommy arrives clean, fed and with his diary filled in, and "
                 "phone Laura the same day if he does not",
                 "Mrs Farida Hussain, designated safeguarding lead, Ombleton Brook School"],
                ["Phase 2 – weeks 5 to 10: to be done or started between 18/02/2026 and 31/03/2026", H, H],
                ["7",
                 "Give Tommy a short break at Larchfield House every other Friday night, with his visual "
                 "timetable and his own bedding",
                 "Carol Finney, manager, Larchfield House short break unit"],
                ["8",
                 "Have Tommy at his flat every Sunday from 10am to 4pm, and check there is food in the fridge for "
                 "the week when he brings him home",
                 "Pawel Kaczmarek (paternal uncle)"],
                ["9",
                 "Go to the six-session Cygnet course for parents of autistic children",
                 "Marek Kaczmarek (Dad); place booked by Laura Pennington"],
                ["10",
                 "See Tommy about his sleep, his weight and his melatonin dose",
                 "Dr Imogen Shaw, community paediatrician, Ombleton Child Development Centre"],
                ["Phase 3 – before the review conference: to be done between 01/04/2026 and 15/04/2026", H, H],
                ["11",
                 "Use Tommy's talking mat and picture cards to find out what he likes and does not like at home, "
                 "at Pawel's and at Larchfield, and write it up for the conference",
                 "Ruth Ellery, speech and language therapist, Ombleton Brook School"],
                ["12",
                 "Complete the parenting assessment of Marek and share it with him",
                 "Laura Pennington, social worker"],
            ],
        }),
        ("h1", "5. Signs of progress"),
        ("p", "What we will see or count for each action, by its number in section 4."),
        ("numbers", [
            "Visit records show Tommy seen every week and at bedtime at least once a month, with what he did "
            "and signed written down.",
            "Laura sees the alarm and restrictors fitted and tested; no night-time wandering is logged by "
            "anyone after they are fitted.",
            "Breath test readings and Jon's written report are on Tommy's file before every core group; by the "
            "review conference there has been no positive reading for six weeks.",
            "The home–school diary shows melatonin at 7pm and bed by 8pm on at least six nights in seven, "
            "checked by school each morning and by Laura at her visits.",
            "The GP's summary is on Tommy's file, and any missed collection is reported to Laura within two "
            "working days.",
            "School's daily log is e-mailed to Laura each Friday; same-day calls are logged on CPOMS.",
            "Larchfield's stay record after each break says how Tommy settled, what he ate and any worry; a "
            "copy goes to Laura.",
            "Pawel texts Laura every Sunday evening when Tommy is home and says what food is in; Laura checks "
            "the fridge at her next visit.",
            "The course register shows all six sessions attended, and the course leader's note to Laura says "
            "what Marek plans to change at home.",
            "The paediatric clinic letter to Laura and Marek gives Tommy's weight on his growth chart and any "
            "change to his melatonin dose.",
            "Ruth's write-up, with photographs of Tommy's talking mat, is part of the social work report to "
            "the review conference.",
            "The assessment report is shared with Marek and the core group at least five working days before "
            "the review conference.",
        ]),
        ("h1", "6. If things go wrong"),
        ("bullets", [
            "If Marek is found under the influence of alcohol while caring for Tommy, has a positive breath "
            "test, or Tommy is found outside the house alone: Tommy goes to Pawel's flat that day and Laura "
            "holds a strategy discussion with Ombleton Police the same day.",
            "If Pawel cannot have Tommy (he is ill, at work or away): Laura arranges an emergency bed at "
            "Larchfield House that night or, if none is free, a foster carer from the Ombleton disabled "
            "children's fostering scheme.",
            "If Marek has two positive breath tests, or the door alarm is found switched off, before the core "
            "group on 31/03/2026, Laura will ask Gareth Ince for a legal planning meeting within five working "
            "days.",
        ]),
        ("h1", "7. Core group and review conference"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm, Ombleton Brook School: 03/02/2026, 03/03/2026 "
            "and 31/03/2026. Pawel is invited to each one.",
            "Review child protection conference: Thursday 16/04/2026, 10am, Ombleton Council Offices, Room 4.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group plan after the first core group, a 13-year-old and a
#    4-year-old, mother with bipolar disorder, grandparents helping. The
#    frequency is a row of tick boxes; measures are in a "Measuring success"
#    table keyed by action number. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_oxtonmere_core_group_tick_box_frequency_measuring_success_rennard.pdf",
    "doc_title": "Core Group Child Protection Plan - Kacey and Jayden Rennard",
    "split": "tune",
    "actions": 13,
    "template": "core-group-plan-printed-to-pdf-page-header-footer-details-list-reason-views-numbered-outcomes-then-no-what-lead-how-often-tick-box-table-then-separate-measuring-success-table-by-action-number-contingency-meetings",
    "description": (
        "Core group plan for a 13-year-old and a 4-year-old whose mother has bipolar disorder and "
        "stopped her lithium; the grandparents help with nursery runs and meals. A Word plan "
        "printed to PDF with a page header and footer. Each row's frequency is a set of tick boxes "
        "('[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other'), and the measures are in a "
        "separate 'Measuring success' table keyed by action number. Most rows are sound (visits, "
        "the psychiatrist's capacity report, the GP, the grandmother's nursery runs, both schools). "
        "Faults: the CPN only supports the mother, measured by her attendance; the young carer's "
        "assessment has no box ticked; the development review is left out of the measures table; "
        "'All agencies' share concerns; the grandfather helps 'as and when needed'; one outcome is "
        "about the mother only; the review conference date is to be confirmed."
    ),
    "header": "OFFICIAL-SENSITIVE | Oxtonmere County Council | Children's Social Care",
    "footer": "Core group plan – Kacey and Jayden Rennard – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Child Protection Plan"),
        ("kv", [
            ("Children", "Kacey Rennard (13), DOB 02/08/2012, Year 8, Oxtonmere Academy; Jayden Rennard (4), "
                         "DOB 11/02/2021, Tiddlers Nursery"),
            ("Address", "5 Quayside Walk, Oxtonmere OX9 4EF"),
            ("Mother", "Donna Rennard (38)"),
            ("Maternal grandparents", "Brian and Val Rennard, 19 Kestrel Street, Oxtonmere (two streets away)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "15/01/2026"),
            ("This plan", "Agreed at core group 1, Thursday 29/01/2026"),
            ("Social worker", "Callum Frost (team manager: Jo Wetherall)"),
            ("Review conference", "Date to be confirmed"),
        ]),
        ("h1", "Reason for the plan"),
        ("p", "Donna has bipolar disorder. She stopped taking her lithium in October 2025 and became unwell in "
              "December: she was not sleeping, spent money the family did not have and left Jayden with Kacey "
              "for most of two days while she was out of the house. Kacey missed nine days of school that "
              "month. On 21/12/2025 Kacey phoned her grandmother at 1am because Donna had not come home. "
              "Donna was seen by the crisis team and restarted lithium on 23/12/2025. Her mood has been more "
              "settled since, but Kacey is still doing much of Jayden's care."),
        ("h1", "What Kacey and Jayden have told us"),
        ("p", "Kacey (seen on her own at school, 26/01/2026): \"I don't mind doing Jayden's tea, but I hate not "
              "knowing if Mum's coming back. I want Mum to be normal Mum and me to go to netball again.\" She "
              "put her worry at 8 out of 10."),
        ("p", "Jayden (seen at nursery, 27/01/2026) played with the garage and told the SW that \"Kacey does "
              "my bath\" and that \"Nanna Val takes me in the blue car\". Nursery say he is often hungry at the "
              "start of the morning session."),
        ("h1", "Outcomes for Kacey and Jayden"),
        ("numbers", [
            "Kacey and Jayden are cared for every day and night by an adult who is well enough to look after "
            "them, and are never left on their own.",
            "Kacey goes to school every day and gets time to be 13 – netball, friends, homework – instead of "
            "caring for her brother and her mum.",
            "Jayden goes to nursery every session, fed and on time, and his speech and development are checked.",
            "Donna's mental health is stable and she takes her medication as prescribed.",
        ]),
        ("h1", "Action plan"),
        ("p", "Tick the frequency that applies. The measure for each action is in 'Measuring success' below, "
              "under the same number."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "How often"],
            "widths": [1.1, 6.9, 4.1, 4.9],
            "rows": [
                ["1",
                 "Visit Kacey and Jayden at home and see Kacey on her own away from the house",
                 "Callum Frost, SW",
                 "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ________"],
                ["2",
                 "Home visits to support Donna with her mood and to check she is taking her medication",
                 "Bev Kinsella, CPN, Oxtonmere Community Mental Health Team",
                 "[ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other: ________"],
                ["3",
                 "Review Donna's lithium and write to the SW on her relapse signs, whether she can make the "
                 "changes Kacey and Jayden need, and how long that is likely to take",
                 "Dr Ravi Menon, consultant psychiatrist, Oxtonmere CMHT",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: by 27/02/2026, then before each core group"],
                ["4",
                 "Take her lithium every day and have her blood level checked, so that she is well enough to "
                 "get Jayden to nursery and Kacey does not have to care for her",
                 "Donna Rennard (Mum)",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: daily; blood test every 12 weeks"],
                ["5",
                 "Share Donna's prescription collections and lithium blood results with the SW, and tell the SW "
                 "within two working days of any missed collection",
                 "Dr Hannah Cole, GP, Mere Lane Surgery",
                 "[ ] Weekly  [ ] Fortnightly  [X] Monthly  [ ] Other: ________"],
                ["6",
                 "Take Jayden to nursery on Monday, Wednesday and Friday mornings and collect him at 12.30pm",
                 "Val Rennard (maternal grandmother)",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: Mon, Wed and Fri mornings"],
                ["7",
                 "Complete a young carer's assessment with Kacey and agree the support she will get",
                 "Amy Lowther, Oxtonmere Young Carers",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ________"],
                ["8",
                 "Check Kacey's attendance, see her for a pastoral check-in and phone the SW the same day with "
                 "any worry",
                 "Mr Owen Price, Head of Year 8 and DSL, Oxtonmere Academy",
                 "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ________"],
                ["9",
                 "Record Jayden's attendance, how he presents and who collects him, and phone the SW if he is not "
                 "collected by 12.45pm",
                 "Sarah Nolan, manager, Tiddlers Nursery",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every session"],
                ["10",
                 "Complete Jayden's four-year development review, including his speech and his hearing",
                 "Lucy Graves, health visitor",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: by 13/03/2026"],
                ["11",
                 "Tell the SW the same day about any sign that Donna is becoming unwell again",
                 "All agencies",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: same day"],
                ["12",
                 "Help Donna with shopping and meals when she is struggling",
                 "Brian Rennard (maternal grandfather)",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: as and when needed"],
                ["13",
                 "Sessions with Kacey about her worries and the jobs she does at home",
                 "Mrs Helen Dorsey, school counsellor, Oxtonmere Academy",
                 "[ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other: ________"],
            ],
        }),
        ("h1", "Measuring success"),
        ("table", {
            "header": ["Action", "We will know it is working when"],
            "widths": [1.6, 15.4],
            "rows": [
                ["1", "Visit records show both children seen every week and Kacey seen alone at least every "
                      "other visit, with her words written down."],
                ["2", "Bev's visit log shows Donna seen at home at every fortnightly visit."],
                ["3", "Dr Menon's letter is on the children's file before every core group and gives his view "
                      "of Donna's capacity to change and its likely timescale."],
                ["4", "The GP's results show Donna's lithium level in range at each test, and Donna is up and "
                      "dressed at the SW's visits."],
                ["5", "The GP's e-mail to the SW lists every collection and blood result; any missed collection "
                      "is reported within two working days."],
                ["6", "The nursery register shows Jayden in on all three mornings, brought and collected by Val."],
                ["7", "The assessment is on file, Kacey's support plan is shared with the core group and the "
                      "young carers' group register shows Kacey attending."],
                ["8", "A weekly attendance e-mail to the SW shows 95% or more; check-ins are logged on CPOMS."],
                ["9", "The nursery's attendance and collection record is sent to the SW every Friday."],
                ["11", "Each concern is logged on the children's file with the date and time it was passed on."],
                ["12", "Brian writes in the family diary each time he helps, and the SW reads it at visits."],
                ["13", "The session log shows every session held, and Kacey's worry score, recorded by Mrs "
                       "Dorsey each time, falls from 8 to 5 or lower."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Donna stops her lithium, misses two CPN visits in a row, is not sleeping or leaves the children "
            "on their own: the children go to Brian and Val's house that day, the crisis team is asked to see "
            "Donna the same day, and Callum holds a strategy discussion within one working day.",
            "If Val or Brian cannot help (illness, holiday, or they find it too much): Donna's cousin, "
            "Michelle Ogden, has agreed to have them; if she cannot, Callum arranges a "
            "foster placement for both children together that day.",
            "If Donna becomes unwell again before the review conference, or Kacey is left caring for Jayden "
            "overnight, Callum will ask Jo Wetherall for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.30pm, Quayside Family Centre: 26/02/2026, 26/03/2026 "
            "and 23/04/2026.",
            "Review child protection conference: to be confirmed by the conference service.",
        ]),
    ],
    "findings": [
        F("F002", "Donna's mental health is stable and she takes her medication as prescribed."),
        F("H001", "Home visits to support Donna with her mood"),
        F("T001", "Complete a young carer's assessment with Kacey and agree"),
        F("M001", "Complete Jayden's four-year development review, including his speech"),
        F("W002", "Tell the SW the same day about any sign"),
        F("T002", "Help Donna with shopping and meals when she is struggling"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, mother drinking, an 8-year-old and a
#    4-year-old, aunt and father helping. Scaled outcomes (now / by the
#    review); the action table gives what, who and when; "How we will know
#    things are better" is a list by action number. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_ormeshaw_icpc_scaled_outcomes_how_we_will_know_by_number_tembo.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-markdown-plan-details-table-worries-working-well-childrens-words-scaled-outcomes-table-now-and-by-review-then-no-what-who-when-table-then-how-we-will-know-things-are-better-numbered-list-by-action-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-year-old and a 4-year-old whose mother has been "
        "drinking heavily since her own mother died; their aunt and their father, who lives in "
        "another town, help. A Markdown plan: outcomes are scaled (score agreed at conference and "
        "the score wanted by the review), the action table gives only what, who and when, and a "
        "separate 'How we will know things are better' list gives the evidence for each action by "
        "its number. The alcohol service reports on change, the GP owns an action, the aunt's and "
        "father's parts have a fallback, legal planning follows named triggers, core group and "
        "review dates are set, the children's words are recorded."
    ),
    "text": """\
# Initial Child Protection Plan — Grace and Samuel Tembo

**Ormeshaw Metropolitan Council · Children's Services · Family Safeguarding Team 3**

| | |
|---|---|
| Children | Grace Tembo (8), DOB 11/05/2017, Year 4 at Ormeshaw Parkside Primary; Samuel Tembo (4), DOB 30/08/2021, Little Oaks Nursery |
| Mother | Ruth Tembo (35), 14 Ashgrove Road, Ormeshaw OM5 2JD |
| Father | Joseph Tembo (38), lives in Halbury; has the children every other weekend |
| Maternal aunt | Esther Banda, 3 Kiln Street, Ormeshaw |
| Category | Neglect (both children) |
| Initial conference | Thursday 22/01/2026 — chair: Dominic Reyes (IRO) |
| Social worker | Owen Castell (team manager: Priya Lal) |

## What we are worried about

Ruth has been drinking heavily since her mother died in the spring of 2024, mostly wine and mostly in the
afternoons. On 04/12/2025 nobody came to collect Samuel from nursery; staff could not reach Ruth and Esther
collected him at 6pm. When the police did a welfare check that evening Ruth was asleep on the sofa and smelt
strongly of alcohol, and Grace had made Samuel's tea from crisps and a banana. Grace was late for school 14
times in the autumn term and has told her teacher she "has to wake Mum up".

## What is working well

Ruth went to her GP on 08/01/2026 and asked for help with her drinking herself. She has been to the first
two sessions at the Ormeshaw Recovery Hub. Esther lives ten minutes away, collects Samuel twice a week and
has the children on Friday nights. Joseph has never missed one of his weekends and wants to do more. Both
children are warm, clean and well dressed, and their home is comfortable.

## What Grace and Samuel have told us

**Grace** (seen on her own at school, 15/01/2026): "Mum's sad about Granny and the wine makes her sleepy. I
do Sam's tea when she's asleep. I like Fridays at Auntie Esther's because I don't have to do anything." She
put home at 4 out of 10 and said 10 would be "Mum awake after school every day".

**Samuel** (seen at nursery, 16/01/2026) drew a picture of a long shape and said "that's Mummy sleeping on
the settee". He told Owen that Grace makes "crisp sandwiches" and that Daddy's house has "a big dog". He ran
to Esther when she came to collect him and held on to her leg.

## What we want for Grace and Samuel, and where we are now

Scores are out of 10, where 10 means the outcome is fully met. The "now" scores were agreed at the
conference; the core group will score each outcome again at every meeting.

| Outcome for Grace and Samuel | Now (22/01/2026) | By the review conference |
|---|---|---|
| 1. Grace and Samuel are looked after every day and night by an adult who is sober | 3 | 7 |
| 2. Samuel is collected from nursery on time by a sober adult every day he goes | 4 | 9 |
| 3. Grace gets to school on time every day and no longer looks after Samuel or her mum | 3 | 8 |
| 4. Grace and Samuel know who to go to if their mum has been drinking, and that adult is there for them | 5 | 9 |

## The plan

| No. | What will happen | Who | When |
|---|---|---|---|
| 1 | Visit Grace and Samuel at home, see Grace on her own, and make one visit a fortnight between 4pm and 7pm | Owen Castell, social worker | Weekly from 23/01/2026 until the review conference |
| 2 | Go to key-work at the Recovery Hub and have a breath test at every session | Ruth Tembo (Mum) | Every Wednesday from 28/01/2026 |
| 3 | Key-work and breath tests with Ruth, and a written report on whether she is cutting down, what still has to change for Grace and Samuel, and how long that is likely to take | Femi Adebayo, recovery worker, Ormeshaw Recovery Hub | Every Wednesday from 28/01/2026; report two working days before each core group |
| 4 | Check Ruth's liver function and send Owen a summary of her alcohol history and of any prescribed medicine that could make her drowsy while caring for the children | Dr Alan Sowerby, GP, Millrace Surgery | By 06/02/2026 |
| 5 | Collect Samuel from nursery on Tuesdays and Thursdays, and have Grace and Samuel to stay every Friday night | Esther Banda (maternal aunt) | Tuesdays and Thursdays at 3pm; every Friday night |
| 6 | Record who collects Samuel and how they seem, and phone Owen straight away if the adult smells of alcohol or nobody has come by 3.30pm | Kim Sutton, manager, Little Oaks Nursery | Every session |
| 7 | Check Grace's attendance and lateness, and give her a check-in with her teaching assistant, Mrs Bell | Mrs Anita Rowe, DSL, Ormeshaw Parkside Primary | Every school day; check-in every Monday |
| 8 | Six sessions with Grace about her worries and her mum's drinking, using the "When grown-ups drink" workbook | Tasha Greene, family support worker | Weekly from 02/02/2026, all six by 13/03/2026 |
| 9 | Have Grace and Samuel at his home in Halbury every other weekend and bring them home by 5pm on the Sunday | Joseph Tembo (Dad) | Every other weekend from 30/01/2026 |
| 10 | Hold a family network meeting with Ruth, Joseph and Esther and write down who looks after the children if Ruth has been drinking | Owen Castell, social worker | By 13/02/2026 |

## How we will know things are better

Each number goes with the same number in the plan above.

1. Visit records show both children seen every week, Grace seen on her own with her words and her score out
   of 10 written down, and an after-school visit at least once a fortnight.
2. The Recovery Hub's attendance record shows every Wednesday session attended.
3. Femi's report and the breath test readings are on the children's file before every core group; by the
   review conference there has been no reading above zero for six weeks.
4. The GP's summary and the liver test results are on the children's file.
5. The nursery's collection log shows Esther collecting on Tuesdays and Thursdays, and Esther texts Owen on
   Saturday morning after each Friday night.
6. The nursery e-mails Owen the collection log every Friday, and any call is logged on the day it is made.
7. Grace's attendance goes to Owen each Friday, showing 95% or more and no more than one late mark a
   half-term; the Monday check-ins are logged on CPOMS.
8. Grace's workbook pages are kept on file, Tasha writes a note after each session, and Grace's worry score at
   the sixth session is set beside her score at the first.
9. Joseph texts Owen when the children arrive and when they are home, and Owen asks Grace and Samuel about the
   weekend at his next visit.
10. The written network plan, signed by Ruth, Joseph and Esther, is on file and shared with the core group.

## If Ruth drinks, or the plan is not working

- **If Ruth has been drinking while caring for Grace or Samuel** (a breath test above zero, a call from the
  nursery or school, or Grace tells someone): the children go to Esther's at 3 Kiln Street that day and Owen
  holds a strategy discussion the same day. Ruth does not care for them alone until that discussion has
  agreed it is safe.
- **If Esther cannot have them** (she is ill or away): Joseph drives over and takes them to Halbury that
  evening; if neither Esther nor Joseph can, Owen arranges an emergency foster placement for both children
  together that day.
- **If progress is not enough:** if Ruth has two readings above zero, or misses two key-work sessions in a
  row, before the core group on 31/03/2026, Owen will ask Priya Lal for a legal planning meeting within five
  working days.

## Meetings

- Core group every four weeks, Tuesdays at 3.45pm, Ashgrove Children's Centre: 03/02/2026, 03/03/2026 and
  31/03/2026. The outcome scores are agreed again at each one.
- Review child protection conference: Thursday 16/04/2026, 1.30pm, Ormeshaw Civic Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth initial conference plan, 28 weeks pregnant, domestic abuse
#    and the father's cannabis use, the mother's former foster carer and the
#    paternal grandmother offering help. The plan is in parts whose headings
#    carry the deadline; each bullet carries its own "we will know" measure.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_ollerwade_prebirth_part_deadlines_measure_in_sentence_quayle.md",
    "split": "tune",
    "actions": 14,
    "template": "prebirth-icpc-markdown-plan-about-why-babys-world-parents-say-outcomes-then-three-parts-whose-headings-carry-the-deadline-and-an-also-agreed-list-bullets-with-we-will-know-in-the-sentence-contingency-meetings-and-legal-planning",
    "description": (
        "Pre-birth plan for an unborn baby at 28 weeks: the mother is 19 and a care leaver, the "
        "father has hit her and smokes cannabis daily; the mother's former foster carer and the "
        "paternal grandmother offer help. A Markdown plan in three parts whose headings carry the "
        "deadline ('by the first core group on 10/02/2026', 'from 10/02/2026 to 36 weeks', 'from "
        "36 weeks to the birth'), then an 'Also agreed' list with no date; each bullet carries its "
        "own 'we will know' measure. Most bullets are sound (visits, police history, the drug "
        "service's report on change, the midwife, the perpetrator programme, the HV, the "
        "pre-birth assessment, the birth plan) and legal planning follows named triggers. Faults: "
        "the Family Nurse Partnership referral has no one doing it, the Freedom Programme is 'when "
        "she feels ready', the former foster carer will only 'keep an eye on' the mother, the "
        "grandmother's offer has no measure, GP registration sits under a heading with no date, one "
        "outcome is about the parents' relationship; the contingency is only 'further concerns' and "
        "a discussion, with nothing if the family's help fails."
    ),
    "text": """\
# Pre-birth Child Protection Plan

**Ollerwade District Council — Children's Social Care — Pre-birth and Infant Team**

## About this plan

- **Unborn baby of:** Chantelle Quayle (19), Flat 2, 7 Sedgemoor Court, Ollerwade OL3 8NW
- **Due date:** 14/04/2026 (28 weeks at conference)
- **Father of the baby:** Kieran Doyle (23), 41 Pyle Street, Ollerwade; stays at the flat most nights
- **Chantelle's support:** Denise Harper, her foster carer from 13 to 18, 5 Alder Way, Ollerwade
- **Kieran's mother:** Gail Doyle, 41 Pyle Street, Ollerwade
- **Category:** Emotional abuse
- **Initial child protection conference:** Tuesday 27/01/2026. Chair: Lindsay Okoro (IRO)
- **Social worker:** Nadia Hussein (team manager: Stephen Vale)

## Why the baby needs a plan

The police have been called to Sedgemoor Court three times since June 2025. On 30/12/2025 Kieran slapped
Chantelle and threw her phone at the wall when she said she wanted him to stop smoking cannabis in the flat;
she was 24 weeks pregnant. Kieran smokes cannabis every day and says it "calms him down". Chantelle was in care
from the age of 13 and has little family support of her own; Denise is the person she turns to. Chantelle
missed two antenatal appointments in December.

## The baby's world

At the 20-week scan the baby was growing well and was measuring on the 50th centile. Chantelle says the baby
kicks hard when the music is loud and goes still when she and Kieran argue. The flat is warm and clean; the
smell of cannabis was strong in the living room and the bedroom at both visits in January, and the room
Chantelle has chosen for the baby is where Kieran keeps his speakers and his games console. There is no cot or
car seat yet. Once born, the baby will be in the flat with Chantelle all day and with Kieran most evenings and
nights.

## What Chantelle and Kieran say

Chantelle: "I want to be the mum I never had. I don't want my baby in care like me. Kieran's not a bad person,
he just gets wound up." Kieran: "I'll smoke outside. I've never touched her when she's pregnant before, that
was a one-off. I'll do a course if it means we keep the baby."

## What we want for the baby

- The baby is born into a home where nobody is hit, shouted at or frightened.
- The baby is cared for by adults who are not under the influence of cannabis, and the flat is free of smoke.
- The baby has a safe place to sleep, a car seat and everything needed for the first weeks before the birth.
- Chantelle and Kieran stop arguing and get on better as a couple.

## The plan

Each part says when everything in it must be done by. Each bullet says who will do it and how we will know.

### Part 1 — by the first core group on 10/02/2026

- Nadia Hussein (social worker) will visit Chantelle at home every week, one visit in three unannounced;
  her visit notes will record who was at the flat and whether anyone had been smoking cannabis there.
- DS Carl Mason (Ollerwade Police, Domestic Abuse Unit) will send Nadia the history of call-outs and any
  intelligence about Kieran; we will know it is done when the police summary is on the pre-birth file.
- Kieran will book and go to his first appointment at Open Road, Ollerwade's drug and alcohol service, and
  Open Road will confirm his attendance to Nadia in writing.
- A referral will be made to the Ollerwade Family Nurse Partnership, and we will know it has been accepted
  when FNP send Chantelle the date of her first visit.

### Part 2 — from 10/02/2026 to 36 weeks (17/03/2026)

- Jo Pritchard (community midwife) will see Chantelle every two weeks at Ollerwade Birth Centre so that the
  baby's growth is checked; her notes will show every appointment kept and the 32-week growth scan result.
- Liam Stott (recovery worker, Open Road) will see Kieran every week and test his urine every two weeks, and
  will write to Nadia before each core group on whether Kieran has stopped using cannabis and what still needs
  to change before the baby comes home; the screen results and the letter will be on the pre-birth file.
- Kieran will go to the Respect Relationships programme every Monday evening from 16/02/2026, and the
  facilitator will send Nadia an attendance report after every fourth session.
- Chantelle will go to the Freedom Programme at Ollerwade Women's Centre when she feels ready, and we will
  know she has done it when she shows Nadia her certificate.
- Denise Harper will help Chantelle get the baby's room ready and keep an eye on how she is coping.
- Kerry Osei (health visitor) will make an antenatal visit at 34 weeks (03/03/2026), go through safe sleep
  with both parents, and write in her record that the cot and car seat are in the flat.

### Part 3 — from 36 weeks (17/03/2026) to the birth

- Nadia Hussein will complete the pre-birth parenting assessment of Chantelle and Kieran by 24/03/2026, and the
  report will be shared with them and with the core group.
- Nadia Hussein will agree a birth plan with the maternity ward at Ollerwade General Hospital saying who may
  visit and what happens before the baby goes home, and the ward manager will confirm in writing that a copy
  is on the ward by 38 weeks (31/03/2026).
- Gail Doyle will be available to stay at the flat for the first two weeks after the baby comes home.

### Also agreed

- Chantelle will register with a GP near her flat and show Nadia her registration letter.

## Contingency

If there are further concerns, the core group will meet to discuss them and consider whether a strategy
discussion is needed.

## Meetings and legal planning

- Core group every four weeks, Tuesdays at 11am, Sedgemoor Family Hub: 10/02/2026, 10/03/2026 and 07/04/2026.
- Review child protection conference: Tuesday 21/04/2026, 2pm, Ollerwade Council House (or four weeks after
  the birth if the baby is born after that date).
- If at the core group on 10/03/2026 Kieran's screens are still positive for cannabis, or the police have been
  called to the flat again, Nadia will ask Stephen Vale for a legal planning meeting that week to decide
  whether to start pre-proceedings under the Public Law Outline before the birth.
""",
    "findings": [
        F("F002", "Chantelle and Kieran stop arguing and get on better as a couple."),
        F("W001", "A referral will be made to the Ollerwade Family Nurse Partnership"),
        F("T002", "Chantelle will go to the Freedom Programme at Ollerwade Women's Centre"),
        F("M002", "Denise Harper will help Chantelle get the baby's room ready"),
        F("M001", "Gail Doyle will be available to stay at the flat"),
        F("T001", "Chantelle will register with a GP near her flat"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, mother with schizophrenia back home after
#    a hospital admission, a 12-year-old and a 7-year-old, father changing
#    shifts, aunt helping. Plain text: actions give only ref, what and who;
#    a TIMELINE grid lists the refs against times, and EVIDENCE is a list by
#    ref. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b149_oswinford_rcpc_timeline_grid_evidence_by_ref_hollins.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plain-text-equals-rules-caps-headings-details-then-actions-ref-what-who-lines-then-timeline-grid-of-times-against-refs-then-evidence-list-by-ref-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 12-year-old and a 7-year-old whose mother has "
        "schizophrenia and came home in January after a hospital admission; their father has moved "
        "to day shifts and their aunt has them after school twice a week. Plain text: the ACTIONS "
        "section gives only a reference, what and who; a TIMELINE grid lists every reference against "
        "a date or frequency, and an EVIDENCE list gives what will be seen for each reference. The "
        "care co-ordinator gives the depot and reports on capacity to change, the GP owns an action, "
        "the aunt's part has a fallback, legal planning follows named triggers, core group and "
        "review dates are set, both children's words are recorded."
    ),
    "text": """\
==========================================================================
OSWINFORD BOROUGH COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - FIRST REVIEW CONFERENCE
==========================================================================

Children ......... Amber Hollins (12), DOB 03/03/2013, Year 8,
                   Oswinford High School
                   Charlie Hollins (7), DOB 19/09/2018, Year 3,
                   Castlegate Primary
Address .......... 8 Quarry View, Oswinford OS3 9PL
Mother ........... Michelle Hollins (40)
Father ........... Gary Hollins (42), warehouse supervisor,
                   Brampton Road distribution centre
Paternal aunt .... Dawn Hollins, 27 Tern Close, Oswinford
Category ......... Neglect (both children)
Initial conf ..... 28/10/2025
This plan ........ First review conference, Tuesday 27/01/2026
Chair ............ Yvonne Castleton (IRO)
Social worker .... Kwame Boateng (team manager: Adele Frain)

--------------------------------------------------------------------------
1. SINCE THE INITIAL CONFERENCE
--------------------------------------------------------------------------
Michelle has schizophrenia. She stopped her depot injection in
September 2025 and by October she was hearing voices and keeping the
curtains closed all day. Gary was working nights, and Amber was getting
Charlie up, fed and to school, and keeping him in her room in the
evenings when her mum was shouting at the voices.

Michelle was admitted to the Oswinford Mental Health Unit on 18/11/2025
and came home on 05/01/2026 on a fortnightly depot. Since then she has
had both injections on time and the care co-ordinator says she is well.
Gary moved to day shifts (7am to 3pm) from 12/01/2026 until at least the
end of April. Dawn has had the children after school on Tuesdays and
Thursdays since November. Amber's attendance was 86% in the autumn term.

--------------------------------------------------------------------------
2. WHAT AMBER AND CHARLIE SAY
--------------------------------------------------------------------------
Amber (seen on her own at school, 20/01/2026): "Mum's back to normal
now but I still listen at night in case she starts talking to them
again. I'd like to go to the young carers thing my friend goes to. I
don't want Dad to go back on nights."  Amber scored home 6 out of 10
(3 in October).

Charlie (seen on his own at home, 22/01/2026): "Mummy was poorly in her
head and went to the hospital. Now she does my pancakes." He drew his
family holding hands and put himself next to Amber. He said he gets
scared "when the curtains are shut in the day".

--------------------------------------------------------------------------
3. OUTCOMES FOR AMBER AND CHARLIE
--------------------------------------------------------------------------
a) Amber and Charlie are cared for every day and every night by an adult
   who is well, and are never left with their mum when she is unwell.
b) Amber stops caring for Charlie and her mum, goes to school every day
   and has time with her friends.
c) Amber and Charlie understand their mum's illness and know who to tell
   and what will happen if she becomes unwell again.

--------------------------------------------------------------------------
4. ACTIONS (what and who)
--------------------------------------------------------------------------
When each action happens is in the TIMELINE (section 5). What we will
see for each action is in the EVIDENCE list (section 6).

R1  Visit Amber and Charlie at home and see each of them on their own.
    Who: Kwame Boateng, social worker

R2  Give Michelle her depot injection, check for her early warning signs,
    and write to the social worker on whether she is staying well,
    whether she can make the changes Amber and Charlie need, and how
    long that is likely to take.
    Who: Jenny Alder, care co-ordinator (CPN), Oswinford Community
    Mental Health Team (North)

R3  Send the social worker a summary of Michelle's physical health and
    any medicine that could make her drowsy at night, and tell him of
    any missed GP appointment.
    Who: Dr Morag Ellison, GP, Castlegate Surgery

R4  Keep Michelle's relapse card on the fridge and phone the crisis team
    and the social worker the same day if he sees any of the signs on it.
    Who: Gary Hollins (Dad)

R5  Work day shifts only, and be home by 3.30pm every day so that an
    adult who is well is always in the house with the children.
    Who: Gary Hollins (Dad)

R6  Assess Amber as a young carer and give her a place at the Thursday
    young carers' group.
    Who: Ellie Dunn, Oswinford Young Carers

R7  Check Amber's attendance and meet her for a check-in with her
    pastoral lead.
    Who: Ms Cath Romero, DSL, Oswinford High School

R8  Check Charlie's attendance, lunch and uniform, and phone the social
    worker the same day with any worry.
    Who: Mr Tom Ashby, DSL, Castlegate Primary

R9  Have Amber and Charlie at her house after school on Tuesdays and
    Thursdays and give them their tea.
    Who: Dawn Hollins (paternal aunt)

R10 Six sessions with Amber and Charlie together about their mum's
    illness, using the "My mum's mind" storybook.
    Who: Joanna Pike, Think Family worker

R11 Send the relapse and crisis plan to both schools, Dawn and the
    emergency duty team, and check each has it.
    Who: Kwame Boateng, social worker

--------------------------------------------------------------------------
5. TIMELINE
--------------------------------------------------------------------------
WHEN                                          ACTIONS
--------------------------------------------  ---------------------------
Every week until the second review            R1, R7
  conference (one SW visit a fortnight
  after 5pm)
Every two weeks from 29/01/2026 (depot);      R2
  letter two working days before each
  core group
Every school day                              R8
Every day from 28/01/2026                     R4
Every weekday from 28/01/2026 until the       R5
  second review conference
Every Tuesday and Thursday, 3.15pm to 6pm     R9
By 06/02/2026                                 R3, R11
By 13/02/2026                                 R6
Weekly from 09/02/2026; all six by            R10
  20/03/2026

--------------------------------------------------------------------------
6. EVIDENCE (what the core group and the review will see)
--------------------------------------------------------------------------
R1  Visit records show both children seen every week, each seen on
    their own, with their words written down.
R2  Depot given on every due date (clinic record), and Jenny's letter
    on the children's file before every core group.
R3  GP summary on the children's file; any missed GP appointment
    reported to Kwame within two working days.
R4  The relapse card seen on the fridge at each SW visit; any call Gary
    makes logged by the crisis team and on the children's file.
R5  Gary's shift rota, sent to Kwame each month, shows day shifts only;
    the after-5pm visits find Gary at home.
R6  Young carer's assessment on file and the group register shows Amber
    at the Thursday group.
R7  Weekly attendance to Kwame showing 95% or more for Amber; check-ins
    logged on the school's safeguarding system.
R8  Weekly attendance to Kwame for Charlie; same-day calls logged.
R9  Dawn's text to Kwame each Tuesday and Thursday evening when the
    children go home; Amber and Charlie asked about it at visits.
R10 Joanna's note after each session; both children can say, at the
    sixth session, who they would tell if Mum became unwell.
R11 Each school, Dawn and the emergency duty team confirm in writing
    that they have the plan.

--------------------------------------------------------------------------
7. CONTINGENCY
--------------------------------------------------------------------------
- If Michelle misses a depot, stops sleeping for two nights, or shows any
  of the early warning signs on her relapse card: Gary stays home from
  work, Jenny or the crisis team see Michelle that day, and Kwame holds a
  strategy discussion the same day. The children are not left alone with
  Michelle until she has been seen.
- If Gary has to go back to nights or cannot be at home: the children
  stay with Dawn at 27 Tern Close. If Dawn cannot have them as well (she
  is ill or away), Kwame arranges a foster placement for both children
  together that day.
- If Michelle becomes unwell again before the second review conference,
  or Amber is again found caring for Charlie overnight, Kwame will ask
  Adele Frain for a legal planning meeting within five working days.

--------------------------------------------------------------------------
8. MEETINGS
--------------------------------------------------------------------------
Core group ....... every six weeks, Thursdays 4pm, Castlegate Primary:
                   12/03/2026, 23/04/2026, 04/06/2026, 16/07/2026
Second review .... Tuesday 28/07/2026, 10am, Oswinford Civic Offices
==========================================================================
""",
    "findings": [],
})
