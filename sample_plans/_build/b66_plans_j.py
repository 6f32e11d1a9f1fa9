"""Batch 66, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: a broad mix of real-life layouts - an initial conference plan in a
Word table with merged outcome cells, a paged review conference plan with a
header and footer, a core group minute with an action log, a Signs of Safety
plan with danger statements and safety goals, a letter to parents setting out
the plan, a case-system text export with labelled fields, and a
child-friendly "my plan" for a 14-year-old. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan in a Word table: Outcome (merged down) | What
#    needs to happen | Who | By when | How we will know (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_jandleford_icpc_outcome_table_ahmadi.docx",
    "doc_title": "Child Protection Plan - Isla and Theo Clarke-Ahmadi",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-docx-kv-details-then-outcome-merged-down-what-needs-to-happen-who-by-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 5-year-old and a 4-month-old (mother's postnatal depression, "
        "father's daily cannabis use, neglect). Outcome | What needs to happen | Who | By when | How we "
        "will know table with each outcome merged down over its actions (five real vertical merges). "
        "The grandmother and the aunt carry night feeds and the school run, but the contingency never "
        "says what happens if they cannot (C003). Also 'Family' as owner (W002), 'As soon as possible' "
        "(T002), an outcome about the mother only, in a merged cell (F002), the perinatal team only "
        "supporting (H001), 'Engagement with the group' (M002) and an assessment with an empty measure "
        "(M001). Hard negatives: 'Weekly, ongoing', 'Every sleep, day and night', MGM as owner, a GP "
        "medication review and a drug service report, a contingency with specific triggers."
    ),
    "check_vmerge": 5,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jandleford Borough Council · Children's Services · Family Safeguarding Team (East)"),
        ("kv", [
            ("Children", "Isla Clarke-Ahmadi, born 14/06/2019 (5), Year 1, Jandleford Brook Primary; "
                         "Theo Clarke-Ahmadi, born 02/11/2024 (4 months)"),
            ("Mother", "Shauna Clarke (26)"),
            ("Father", "Reza Ahmadi (30). Shauna and Reza live together with both children at 7 Juniper "
                       "Close, Jandleford."),
            ("Conference", "Initial child protection conference, Tuesday 04/03/2025, Jandleford Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Tranter"),
            ("Chair", "Mandy Fisher, Child Protection Chair"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Shauna was diagnosed with postnatal depression in January and her GP prescribed sertraline; she "
              "stopped taking it in February because it made her feel \"flat\". She has been referred to the "
              "Jandleford Perinatal Mental Health Team and had her first appointment on 25 February. Reza "
              "smokes cannabis every day, usually in the flat, and told conference he smokes \"to get to "
              "sleep\". On 12 February the health visitor found Theo in his bouncer with a bottle propped on "
              "a rolled towel and a bad nappy rash, while Reza was asleep on the sofa and Shauna was in bed. "
              "Isla has been late to school on 14 of the 30 school days since January and has twice arrived "
              "without having had breakfast."),
        ("p", "Shauna's mother, Pauline Clarke, lives ten minutes away and has offered to stay three nights a "
              "week. Reza's sister, Leyla Ahmadi, lives on the same estate and already walks her own two "
              "children to Jandleford Brook Primary."),
        ("h1", "What Isla and Theo tell us"),
        ("p", "Isla (seen on her own at school on 27 February): \"Mummy stays in bed a lot and Daddy makes the "
              "room smell funny.\" She said she likes it when Nana Pauline comes \"because she does my hair "
              "and we have porridge\". She drew her house with a big grey cloud over the living room, and "
              "said she wants \"Mummy to get up and take me to school\"."),
        ("p", "Theo is too young to tell us, so this is what the health visitor and the social worker have "
              "seen. He is a smiley baby who feeds well from a bottle when he is held, and who settles "
              "quickly on Pauline's shoulder. The nappy rash had cleared by the social worker's visit on 26 "
              "February. He is on the 9th centile for weight, down from the 25th at birth."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for Isla and Theo", "What needs to happen", "Who", "By when",
                       "How we will know"],
            "widths": [3.2, 4.6, 3.1, 2.8, 3.3],
            "rows": [
                ["Theo is fed on time, kept clean and always put to sleep safely in his own cot.",
                 "Visit at home to weigh Theo and check his feeding, his nappy area and where he sleeps",
                 "HV Gemma Lyons",
                 "Weekly until the review conference",
                 "Weight plotted in the red book and back up to the 25th centile by the review; safe sleep "
                 "checklist signed at each visit"],
                [V,
                 "Stay overnight at the flat on Monday, Wednesday and Friday nights and give Theo his 2am feed",
                 "Pauline Clarke (MGM)",
                 "Every Monday, Wednesday and Friday night from 10/03/2025",
                 "Pauline signs the feed chart on the fridge; the SW checks it at each visit"],
                [V,
                 "Make sure Theo is never put down to sleep on the sofa or in an adult bed",
                 "Family",
                 "Every sleep, day and night",
                 "Where Theo slept noted on every HV and SW visit record"],
                ["Isla gets to school on time every day, washed, dressed and having had breakfast.",
                 "Walk Isla to school with her cousins and hand her over at the classroom door",
                 "Leyla Ahmadi (paternal aunt)",
                 "Every school day from Monday 10/03/2025",
                 "School register shows Isla in by 8.50am"],
                [V,
                 "Check Isla's attendance each morning and ring the SW the same day if she is not in",
                 "Mrs Farah Begum, DSL, Jandleford Brook Primary",
                 "Daily in term time",
                 "Attendance printout emailed to the SW every Friday"],
                [V,
                 "Feelings and worries sessions for Isla using the \"worry monster\" book",
                 "Miss Tara Quinn, ELSA, Jandleford Brook Primary",
                 "As soon as possible",
                 "ELSA log with Isla's own words, passed to the DSL and the SW"],
                ["Shauna's depression is treated and she feels more like her old self.",
                 "Home visits to support Shauna with her low mood and help her restart her medication",
                 "Kerry Doyle, community psychiatric nurse, Jandleford Perinatal Mental Health Team",
                 "Weekly from w/c 10/03/2025",
                 "Visits recorded in the perinatal team's notes"],
                [V,
                 "Review Shauna's sertraline and sleep, and write to the SW on how her mood is affecting her "
                 "care of Isla and Theo",
                 "Dr Imran Shah, Jessop Street Surgery",
                 "By 21/03/2025",
                 "GP letter on the children's file"],
                ["Isla and Theo live in a home free of cannabis smoke, with a sober adult looking after them "
                 "at all times.",
                 "Keywork and drug tests with Reza, and a written report on whether he has stopped using "
                 "cannabis and what that means for his care of the children",
                 "Dan Pryor, keyworker, Jandleford Drug and Alcohol Service",
                 "Tests fortnightly from 10/03/2025; report by the second core group (15/04/2025)",
                 "Test results and the written report sent to the SW"],
                [V,
                 "Go to the Jandleford Drug and Alcohol Service \"Parents Who Use\" group",
                 "Reza Ahmadi",
                 "Weekly for 8 weeks from 20/03/2025",
                 "Engagement with the group"],
                ["Isla and Theo are seen and listened to by the adults who work with them.",
                 "See Isla and Theo at home and Isla on her own at school, and write down what Isla says and "
                 "where Theo is sleeping",
                 "SW Owen Tranter",
                 "Weekly, ongoing",
                 "Visit records with Isla's own words and what was seen of Theo"],
                [V,
                 "Complete a child and family assessment, including how Shauna and Reza manage nights and "
                 "mornings",
                 "SW Owen Tranter",
                 "By 25/04/2025",
                 ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Reza smokes cannabis in the flat or while he is looking after Isla or Theo, or Theo is found "
              "asleep on the sofa or in an adult bed, the SW (or the emergency duty team out of hours) will "
              "hold a strategy discussion the same day, and Reza will leave the flat that day and stay with his "
              "brother in Juxley until the strategy discussion has agreed what happens next."),
        ("p", "If Reza has a positive drug test after 14/04/2025, or Theo's weight has not started to rise by "
              "the second core group, the SW will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("p", "First core group: Tuesday 18/03/2025, 10am, Jandleford Family Hub. Then every 4 weeks, same time "
              "and place: Tuesday 15/04/2025 and Tuesday 13/05/2025. Review child protection conference: "
              "Tuesday 27/05/2025, 1.30pm, Jandleford Civic Centre."),
        ("p", "Plan typed by Owen Tranter (SW) on 05/03/2025 and sent to Shauna, Reza and every agency named "
              "above."),
    ],
    "findings": [
        F("W002", "Make sure Theo is never put down to sleep on the sofa"),
        F("T002", "Feelings and worries sessions for Isla using the"),
        F("F002", "Shauna's depression is treated and she feels more like her old self."),
        F("H001", "Home visits to support Shauna with her low mood"),
        F("M002", "Go to the Jandleford Drug and Alcohol Service"),
        F("M001", "Complete a child and family assessment, including how Shauna"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, paged PDF with a page header and footer:
#    numbered sections, No. | What will happen | Who | When | How we will know
#    (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_jolbrook_rcpc_paged_plan_brennan.pdf",
    "doc_title": "Review Child Protection Plan - Kieran and Maisie Brennan",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-plan-paged-pdf-header-footer-numbered-sections-progress-views-decision-outcomes-then-no-what-who-when-how-we-will-know-table",
    "description": (
        "First review conference plan for a 13-year-old and an 8-year-old (mother's drinking, now in "
        "recovery, and anxiety; neglect). Paged PDF with a header and a 'page X of Y' footer on every "
        "page. The alcohol service and Talking Therapies both report on whether the mother is making the "
        "changes needed and how long that is likely to take; the grandmother's school runs and evenings "
        "have a fallback (father, then foster carers); core group dates, review date and a legal step "
        "are set. Hard negatives: 'engagement' and 'ongoing' in the progress section, 'no concerns about "
        "Sean's alcohol use', a hypothetical about the mother's anxiety, a parenting group, MGM and DSL "
        "as owners, 'Daily in term time, ongoing'. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Jolbrook County Council · Children's Safeguarding and Review Unit",
    "footer": "Review child protection plan – Kieran and Maisie Brennan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Children", "Kieran Brennan (13), Year 8, Jolbrook Park Academy; Maisie Brennan (8), Year 3, "
                         "Jolbrook Vale Primary"),
            ("Mother", "Nicola Brennan (37). Kieran and Maisie live with her at 22 Jasmine Walk, Jolbrook."),
            ("Father", "Sean Brennan (40), lives in Jennerby. The children stay with him every other weekend."),
            ("Maternal grandmother", "Val Hewitt (63), 3 Jubilee Terrace, Jolbrook"),
            ("Conference", "First review child protection conference, Wednesday 11/06/2025, 10am, Jolbrook "
                           "County Hall"),
            ("Initial conference", "Wednesday 12/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Aisha Rahman, Jolbrook Children's Safeguarding Team"),
            ("Chair", "Philip Crane, Independent Chair"),
        ]),
        ("h1", "1. Progress since the initial conference"),
        ("p", "Nicola started with the Jolbrook Alcohol Recovery Service (JARS) in March. Eleven of her twelve "
              "breath tests since 1 April have been clear. The one positive reading, on 3 May, came after she "
              "had rung her keyworker herself to say she had been drinking the night before while the "
              "children were at their dad's. Her engagement with the service has been good and she finished "
              "the first six weeks of its evening group on 29 May. Work with the service is ongoing."),
        ("p", "Nicola was assessed by Jolbrook Talking Therapies for anxiety in April and starts one-to-one CBT "
              "on 16 June. Maisie's attendance has gone up from 83% to 95% since Val started walking her to "
              "school. Kieran still misses breakfast most days, and he told his form tutor in May that he "
              "\"checks Mum's bottles\" before he leaves the house. There are no concerns about Sean's alcohol "
              "use; the SW visited his home in Jennerby on 21 May and the children have their own room there."),
        ("h1", "2. What Kieran and Maisie say"),
        ("p", "Kieran (seen on his own at school, 4 June): \"It's better. Mum's up when I get up now. I still "
              "look in the recycling though, just in case.\" He put home at 7 out of 10, up from 3 in March. "
              "He wants to go back to football training on Tuesdays and said he would like his mum \"to stop "
              "asking if I'm OK all the time\"."),
        ("p", "Maisie (seen at home, 2 June): \"I like it when Nana walks me to school because we do spellings "
              "on the way.\" She drew her family at the seaside with everyone smiling and said the best thing "
              "at home now is \"Mum does my bath\". She told the SW she still sleeps in Kieran's room "
              "sometimes \"when I get the bad dream\"."),
        ("h1", "3. Decision"),
        ("p", "Conference agreed that Kieran and Maisie are still at risk of significant harm, though less than "
              "in March, and that the child protection plan continues under the category of neglect."),
        ("h1", "4. What we want for Kieran and Maisie by the next review"),
        ("bullets", [
            "Kieran and Maisie are looked after every day by a sober adult, and Kieran no longer checks on "
            "his mum's drinking.",
            "Both children are in school every day, on time and having had breakfast.",
            "Kieran is back at football training and has time with his friends after school.",
            "Maisie sleeps in her own bed and tells us she feels safe at home.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 6.0, 3.4, 3.1, 3.5],
            "rows": [
                ["1", "See Kieran and Maisie at home and each of them on their own, with at least one visit in "
                      "three unannounced; ask Kieran about mornings and Maisie about bedtimes",
                 "SW Aisha Rahman", "Every two weeks until the next review",
                 "Visit records with each child's own words and what was seen in the kitchen and bedrooms"],
                ["2", "Keywork sessions and breath tests with Nicola, and a written report on whether she is "
                      "staying sober and what that means for her care of Kieran and Maisie",
                 "Lewis Grant, keyworker, Jolbrook Alcohol Recovery Service",
                 "Breath tests twice a week; report before every core group",
                 "Breath test log and written report sent to the SW at least 2 working days before each "
                 "core group"],
                ["3", "One-to-one CBT for Nicola's anxiety, with a written report on whether she is making the "
                      "changes needed to care for Kieran and Maisie without drinking, what still needs to "
                      "change and how long that is likely to take",
                 "Dr Ruth Adeyemi, clinical psychologist, Jolbrook Talking Therapies",
                 "Weekly for 12 sessions from 16/06/2025; report by 27/08/2025",
                 "Session attendance and the written report, sent to the SW and read at the core group on "
                 "03/09/2025"],
                ["4", "Review Nicola's medication and repeat her liver function tests, and write to the SW",
                 "Dr Tom Bishop, Jolbrook Health Centre", "By 11/07/2025",
                 "Blood test results and GP letter on the children's file"],
                ["5", "Walk Maisie to school and stay until she goes into class",
                 "Val Hewitt (MGM)", "Every Monday, Tuesday and Wednesday in term time",
                 "School register shows Maisie in by 8.45am on those days"],
                ["6", "Give Kieran and Maisie their tea at home and stay until Nicola is back from her JARS "
                      "evening group",
                 "Val Hewitt (MGM)", "Every Tuesday and Thursday evening until the group ends on 24/07/2025",
                 "Val writes each evening in the family diary; the SW reads it at each visit"],
                ["7", "Offer Kieran breakfast at the pastoral base and check in with him about home",
                 "Mr Dean Foley, pastoral lead, Jolbrook Park Academy", "Every school day from 16/06/2025",
                 "Pastoral log of what Kieran ate and said, emailed to the SW every Friday"],
                ["8", "Check Maisie's attendance and pass anything she says about home to the SW the same day",
                 "Mrs Kelly Shaw, DSL, Jolbrook Vale Primary", "Daily in term time, ongoing",
                 "Attendance printout and any notes emailed to the SW every Friday"],
                ["9", "Young carer's assessment with Kieran, including the jobs he does at home",
                 "Beth Marlow, Jolbrook Young Carers", "By 18/07/2025",
                 "Written assessment shared with Kieran, Nicola and the SW"],
                ["10", "Take Kieran to Jolbrook Juniors football training and bring him home afterwards",
                 "Sean Brennan", "Every Tuesday evening from 17/06/2025",
                 "Club attendance register, checked by the SW each month"],
                ["11", "\"Strengthening Families\" parenting group at Jolbrook Family Hub",
                 "Nicola Brennan", "Thursday mornings for 10 weeks from 19/06/2025",
                 "Attendance sheet and the facilitator's end-of-course report sent to the SW"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Nicola drinks while she is caring for Kieran or Maisie (a positive breath test, Val or either "
              "school smelling alcohol on her, or the children telling us), the children will go to Val's "
              "house at 3 Jubilee Terrace that night and the SW (or the emergency duty team out of hours) "
              "will hold a strategy discussion the same day."),
        ("p", "If Val cannot do the school run or the Tuesday and Thursday evenings, because she is ill, away or "
              "finds it too much, she will tell the SW and Nicola. Maisie will then go to breakfast club at "
              "Jolbrook Vale Primary on those mornings, and on those evenings Sean will collect both children "
              "from school and keep them overnight in Jennerby. If neither Val nor Sean can have the children "
              "when they are needed, the SW will arrange a foster placement the same day."),
        ("p", "If Nicola's anxiety gets worse she has agreed to ring her GP or the Talking Therapies duty line "
              "the same day and to tell the SW."),
        ("p", "If Nicola has two positive breath tests before the next review, or Kieran is still checking her "
              "drinking at the core group on 03/09/2025, the SW will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "7. Core group and next review"),
        ("p", "Core group every 4 weeks at Jolbrook Vale Primary, 3.45pm: Wednesday 09/07/2025, Wednesday "
              "06/08/2025 and Wednesday 03/09/2025. Progress on each part of the plan will be reviewed at "
              "every core group. Next review child protection conference: Wednesday 17/09/2025, 10am, "
              "Jolbrook County Hall."),
        ("p", "Plan agreed by the chair, Philip Crane, on 12/06/2025 and sent to Nicola, Sean and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minute with an action log: No. | Action | Lead | By when |
#    Evidence; no outcomes, mostly mum's own needs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_jessimere_core_group_action_log_pearce.docx",
    "doc_title": "Core Group Minutes - Logan and Ava Pearce",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-2-minutes-docx-present-done-actions-updates-views-then-no-action-lead-by-when-evidence-action-log",
    "description": (
        "Second core group minute for a 10-year-old and a 6-year-old (neglect, mother's depression and "
        "anxiety under the CMHT). Present, last meeting's actions (done), agency updates and the "
        "children's views, then an action log (No. | Action | Lead | By when | Evidence). No outcome "
        "anywhere (O001); six of the ten actions are about the mother's own money, housing, health and "
        "wellbeing with no link to the children (F001); the CMHT only supports (H001); the GP review is "
        "'Reviewed at core group' (M002); a blank lead with 'TBC' (W001, T002); 'Core group' as owner "
        "(W002); a contingency of 'further concerns' and 'consider next steps' (C002) with no legal step "
        "(R002); the review conference 'to be confirmed' (R001). Hard negatives: completed actions from "
        "core group 1 written as sentences, 'Same day', a parenting course for the mother."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Jessimere City Council · Children and Young People's Services · Safeguarding Team West"),
        ("kv", [
            ("Children", "Logan Pearce (10), Year 5, and Ava Pearce (6), Year 1, both at Jessimere Lane Primary"),
            ("Mother", "Danielle Pearce (32), 40 Jute Mill Row, Jessimere"),
            ("Father", "Craig Pearce, no contact with the children since 2021"),
            ("Meeting", "Core group 2, Thursday 27/03/2025, 10am, Jessimere Family Hub"),
            ("Plan since", "Initial child protection conference, 19/02/2025 (category: neglect)"),
            ("Chair", "Lauren Tate, social worker (LT)"),
            ("Minutes", "Kim Walsh, business support"),
        ]),
        ("h2", "Present"),
        ("p", "Danielle Pearce (DP); Lauren Tate, SW (LT); Mo Hussain, care coordinator, Jessimere Community "
              "Mental Health Team (MH); Mrs Joanne Reilly, DSL, Jessimere Lane Primary (JR); Sam Obi, family "
              "support worker (SO). Apologies: Dr Anne Keogh, GP, Juniper Medical Centre (written update "
              "received)."),
        ("h2", "Actions from core group 1"),
        ("p", "The referral to the CMHT was accepted on 06/03/2025. The bulb in Logan's bedroom was replaced "
              "on 10/03/2025. Ava's dental appointment was attended on 12/03/2025. SO's home conditions "
              "checklist has been started and is now done at every visit. All complete."),
        ("h2", "Updates"),
        ("p", "LT: visited on 07/03, 14/03 and 21/03. The kitchen was much cleaner, but bags of washing were "
              "piled on the landing and there was very little food in the fridge on 21/03. Logan said he had "
              "made Ava's tea the night before because Mum was asleep."),
        ("p", "JR: Ava's attendance this half-term is 88%. Logan has been late five times, once without a coat, "
              "and has fallen asleep in class twice. Both children go to breakfast club when they arrive in "
              "time."),
        ("p", "MH: Danielle has been open to the CMHT since 06/03/2025 for depression and anxiety and has been "
              "seen twice at home. She finds it very hard to get up in the mornings and has days when she does "
              "not leave the house."),
        ("p", "GP (written update): Danielle was started on a new antidepressant on 10/03/2025. She reports "
              "poor sleep."),
        ("p", "SO: two visits; helped Danielle sort the post. There are letters about rent arrears and a gas "
              "debt, and her Universal Credit has been reduced."),
        ("p", "DP said the mornings are still the hardest part, but she feels the plan is helping and she "
              "wants the children to stop worrying about her."),
        ("h2", "Logan and Ava's views"),
        ("p", "Logan (seen by LT on his own at school, 21/03): \"Mum's trying. I still do Ava's tea when Mum's "
              "asleep, it's just noodles.\" He said he would like to go back to the after-school football "
              "club. Ava told Mrs Reilly she likes it \"when Mummy walks me in\" and drew her family at the "
              "park, with Logan holding her hand."),
        ("h2", "Action log"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence"],
            "widths": [1.0, 6.2, 3.6, 2.6, 3.6],
            "rows": [
                ["1", "Go to the Jessimere Money Advice drop-in about the rent arrears and the gas debt",
                 "Danielle Pearce", "By 11/04/2025", "Repayment plan letter seen by the SW"],
                ["2", "Continue fortnightly home visits to support Danielle with her anxiety and low mood",
                 "Mo Hussain, care coordinator, Jessimere CMHT", "Fortnightly", "CMHT contact notes"],
                ["3", "Review Danielle's new antidepressant and how she is sleeping",
                 "Dr Anne Keogh, Juniper Medical Centre", "By 10/04/2025", "Reviewed at core group"],
                ["4", "Help Danielle complete her housing transfer application and chase Jessimere Homes for "
                      "a decision",
                 "SW Lauren Tate", "By 18/04/2025",
                 "Application reference number and Jessimere Homes' reply on file"],
                ["5", "Refer Danielle to the Jessimere women's wellbeing group at the Family Hub",
                 "", "TBC", "Place confirmed by letter from the Family Hub"],
                ["6", "Go with Danielle to the Jessimere Jobcentre to sort out her Universal Credit payments",
                 "FSW Sam Obi", "By 04/04/2025", "New payment amount confirmed in writing"],
                ["7", "Home visits to see Logan and Ava, including Logan on his own, and check the food in the "
                      "fridge and the children's bedrooms",
                 "SW Lauren Tate", "Weekly",
                 "Visit notes record what Logan says, the food seen and the state of the bedrooms"],
                ["8", "Check Logan's and Ava's attendance and punctuality each morning and offer both of them "
                      "breakfast club",
                 "Mrs Joanne Reilly, DSL", "Daily; summary every Friday",
                 "Attendance and breakfast club printout emailed to the SW every Friday"],
                ["9", "Share any worry about Logan or Ava with the SW the same day",
                 "Core group", "Same day", "Each worry logged on the children's file by the SW"],
                ["10", "Positive Routines parenting course at Jessimere Family Hub, with a focus on mornings and bedtimes",
                 "Danielle Pearce, with FSW Sam Obi", "Thursday mornings for 8 weeks from 03/04/2025",
                 "Attendance certificate and the facilitator's report sent to the SW"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are any further concerns about Logan and Ava, LT will discuss them with her team "
              "manager and the core group will meet early to consider next steps."),
        ("h2", "Next meetings"),
        ("p", "Next core group: Thursday 24/04/2025, 10am, Jessimere Family Hub. Review child protection "
              "conference: date to be confirmed by the Jessimere Safeguarding Unit."),
        ("p", "Minutes circulated by LT on 28/03/2025. Please send any corrections to LT within 5 working days."),
    ],
    "findings": [
        F("H001", "Continue fortnightly home visits to support Danielle with her anxiety"),
        F("M002", "Review Danielle's new antidepressant and how she is sleeping"),
        F("W001", "Refer Danielle to the Jessimere women's wellbeing group"),
        F("T002", "Refer Danielle to the Jessimere women's wellbeing group"),
        F("W002", "Share any worry about Logan or Ava with the SW"),
        F("O001"),
        F("F001"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety plan: harm, danger statement, complicating factors,
#    working well, safety goals, scaling, children's words, next steps table,
#    "if the safety plan does not work" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_juxley_signs_of_safety_plan_nowak.md",
    "split": "heldout",
    "actions": 11,
    "template": "signs-of-safety-md-harm-danger-statement-complicating-working-well-safety-goals-scaling-three-houses-then-next-steps-table",
    "description": (
        "Signs of Safety initial conference plan for a 9-year-old and a 3-year-old (father's drinking and "
        "violence at home). Danger statement, complicating factors, what's working well, three safety "
        "goals (one only about the father: F002), scaling, Zofia's three houses, a next steps table and "
        "a safety-plan contingency that covers the aunt and family friend not being able to help. "
        "Faults: 'Family network' as owner (W002), 'Keep an eye on' (M002), 'When he is ready' (T002), "
        "an empty record cell (M001), a passive referral with '-' as owner (W001), a blank 'by when' "
        "(T001), the father's drinking owned by no adult service (F004) and no legal step (R002). Hard "
        "negatives: a nursery and an IDVA as owners, a worries grid and safety goals that are not actions, "
        "a contingency with a fallback."
    ),
    "text": """\
# Juxley Council – Child Protection Plan (Signs of Safety)

**Children:** Zofia Nowak (9), Year 4, Juxley Green Primary; Filip Nowak (3), Little Owls Nursery, Juxley
**Parents:** Kasia Nowak (29) and Tomasz (Tom) Nowak (33), 15 Jackdaw Lane, Juxley
**Safety network:** Marta Kowal (Kasia's sister, lives ten minutes away); Gosia Lis (family friend, 17 Jackdaw Lane)
**Conference:** Initial child protection conference, Monday 7 April 2025
**Category:** Emotional abuse
**Social worker:** Hannah Rees, Juxley Children's Safeguarding Team

## What are we worried about?

### Harm

Police were called to Jackdaw Lane three times between December and March. On 15 March
Tom, who had been drinking since the afternoon, threw a kitchen chair; it hit the fridge
next to Filip. Zofia took Filip upstairs and rang her aunt Marta. Tom told conference he
has been drinking "most nights, a bottle of vodka at the weekend" since he lost his job in
the autumn.

### Danger statement

Juxley Children's Services, Kasia and the safety network are worried that when Tom drinks
he gets angry, shouts and throws things, and that Zofia and Filip could be hit by something
thrown or hurt trying to get out of the way. We are also worried that Zofia will keep
feeling frightened at home and will feel she has to look after Filip when the adults are
fighting.

### Complicating factors

Tom does not think his drinking is a problem "because I never touch the kids". Kasia works
evening shifts at the Juxley distribution centre on Mondays, Tuesdays and Wednesdays, so
Tom is often alone with the children in the evenings.

## What's working well?

- Kasia has been honest with Hannah and rang the police herself on two of the three call-outs.
- Marta lives ten minutes away and the children know her well; Zofia rang her on 15 March.
- Gosia has known the family for years and pops in most days.
- Zofia's school say she is doing well in her learning and has good friends.

## Safety goals

- Everyone in the safety network, and Juxley Children's Services, will be confident that Zofia and Filip live in a home where nobody shouts, throws things or hurts anyone, and that a sober adult is always looking after them.
- Zofia will know who she can go to and who to ring if she is scared, and she will not be the one looking after Filip.
- Tom will stop drinking and will have finished the Juxley Choices programme.

## Scaling

On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough for
the plan to end and 0 means the children cannot stay at home: Hannah 3, Kasia 6, Marta 4,
Tom 8.

## What Zofia and Filip say

Zofia did her three houses with Hannah at school on 2 April. In her house of worries she
drew Dad "shouting at the chairs" and wrote "I take Filip under my bed". In her house of
good things: "Auntie Marta's pancakes, my friend Lena, swimming." In her house of dreams:
"Dad doesn't drink the smelly drink and Mum isn't at work at night." She said she would
like to tell Dad herself how it feels.

Filip is too young to tell us in words. At nursery he plays well but covers his ears when
there is a loud noise, and at home he goes to Zofia, not to his parents, when he is upset.

## Next steps

| What needs to happen | Who | By when | How we will know |
|---|---|---|---|
| Visit the children at home, at least one visit in three unannounced, and see Zofia on her own | SW Hannah Rees | Weekly until the review conference | Visit notes with Zofia's own words and what was seen of Filip |
| Write a words and pictures explanation with Kasia and Tom, and share it with Zofia | SW Hannah Rees | By 25/04/2025 | Zofia can tell Hannah the story in her own words; a copy is kept on the file |
| Meet as a safety network to write the family safety plan and house rules | Family network | Every two weeks from 14/04/2025 | Written safety plan signed by each network member |
| Have Zofia and Filip to stay at her house on Friday and Saturday nights, when Tom drinks most | Marta Kowal (maternal aunt) | Every Friday and Saturday night from 11/04/2025 | Marta texts Hannah a photo of the children at bedtime |
| Call in at 7pm on the evenings Kasia is at work and the children are with Tom | Gosia Lis (family friend) | Every Monday, Tuesday and Wednesday evening | Keep an eye on how things are at home |
| Go to the Juxley Recovery Service about his drinking | Tom Nowak | When he is ready | Letter from the Recovery Service confirming he attended |
| Juxley Choices programme for men who are abusive at home, including the sessions on children | Tom Nowak | Tuesday evenings for 24 weeks from 15/04/2025 | Monthly attendance report from the programme worker to Hannah |
| Update Kasia's safety plan and repeat the DASH risk checklist | IDVA Priya Lal, Juxley Domestic Abuse Service | By 18/04/2025 | Written safety plan and DASH score on file |
| Record how Filip arrives and how he is at each session, including anything he says about home | Little Owls Nursery (Juxley) | Every session Filip attends | |
| A referral will be made for Zofia to the Juxley Young Carers service | - | By 30/04/2025 | Acceptance letter on file |
| Go through the safety plan with Zofia so she knows who to ring and where to go | Kasia and Tom | | Zofia can tell Hannah the plan in her own words |

## If the safety plan does not work

If Tom drinks while he is looking after the children, or there is any shouting, throwing or
violence at home, Kasia or Gosia will ring the police, and Kasia will take the children to
Marta's that night. Hannah (or the emergency duty team out of hours) will hold a strategy
discussion the same day, and Tom will be asked to stay away from the house until it has
taken place.

If Marta cannot have the children at the weekend, or Gosia cannot call in on a work
evening, Kasia will not work that shift (her manager has agreed this in writing) and Tom
will not look after the children alone. If none of Kasia, Marta or Gosia can be with the
children, Hannah will arrange for them to stay with emergency foster carers that night.

## Core group and review

- Core group every 3 weeks at Juxley Green Primary, 3.30pm: Tuesday 22 April, Tuesday 13 May and Tuesday 3 June 2025.
- Review child protection conference: Monday 7 July 2025, 10am, Juxley Town Hall.
""",
    "findings": [
        F("F002", "Tom will stop drinking and will have finished the Juxley Choices programme."),
        F("W002", "Meet as a safety network to write the family safety plan"),
        F("M002", "Call in at 7pm on the evenings Kasia is at work"),
        F("T002", "Go to the Juxley Recovery Service about his drinking"),
        F("M001", "Record how Filip arrives and how he is at each session"),
        F("W001", "A referral will be made for Zofia"),
        F("T001", "Go through the safety plan with Zofia so she knows"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter to both parents setting out the plan agreed at conference:
#    letterhead, numbered "who will do what" list, written in the second
#    person (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_jarnholt_letter_to_parents_osei.pdf",
    "doc_title": "Letter to parents - child protection plan for Esi and Kofi Osei",
    "split": "heldout",
    "actions": 11,
    "template": "letter-to-parents-pdf-letterhead-footer-why-views-what-we-want-then-numbered-who-will-do-what-sentences-if-things-go-wrong-meetings",
    "description": (
        "Social worker's letter to both parents after the initial conference for an 11-year-old and a "
        "2-year-old (father's bipolar disorder: stopped lithium, drove the toddler at night while "
        "unwell, detained for three weeks). The plan is a numbered list of one-item actions written to "
        "the parents ('I will...', 'Kwame, you have agreed...'), each with its owner, timescale and "
        "measure. The CMHT care coordinator and the psychiatrist both report on risk of relapse and "
        "whether Kwame is making the changes needed; the grandmother's nights and dance runs have a "
        "fallback (cousin, then foster carers); core group dates, review date and the PLO route are "
        "explained in plain words. Header and page footer on every page. Exemplary."
    ),
    "header": "Jarnholt Council · Children's Services · Family Safeguarding Team",
    "footer": "Jarnholt House, Jubilee Square, Jarnholt · Private and confidential · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("pr", "Jarnholt Council"),
        ("pr", "Children's Services – Family Safeguarding Team"),
        ("pr", "Jarnholt House, Jubilee Square, Jarnholt"),
        ("pr", "Tel: 01632 960418"),
        ("pr", "Friday 15 August 2025"),
        ("p", ""),
        ("pl", "Ama and Kwame Osei"),
        ("pl", "9 Juniper Rise"),
        ("pl", "Jarnholt"),
        ("p", ""),
        ("p", "Dear Ama and Kwame,"),
        ("boldp", "The child protection plan for Esi and Kofi"),
        ("p", "Thank you both for coming to the initial child protection conference yesterday, Thursday 14 "
              "August. I know it was a long and hard morning, and I could see how much you both love Esi and "
              "Kofi. As I promised, I am writing to set out the plan that was agreed, in plain words, so that "
              "you know what everyone will be doing, by when, and how we will all know whether it is working. "
              "The chair, Mrs Denise Hart, will send the full conference minutes within 20 working days."),
        ("h2", "Why Esi and Kofi have a plan"),
        ("p", "Kwame, you told the conference that you stopped taking your lithium in June because you felt "
              "well. In July you became very unwell: you were hardly sleeping, you spent more than £3,000 "
              "from the joint account in a week, and on the night of 26 July you drove off with Kofi in the "
              "car, without his car seat, to look for a friend. The police stopped the car on the Jarnholt "
              "bypass. You were admitted to Juniper Ward at Jarnholt General Hospital under the Mental Health "
              "Act and came home on 11 August, and you are now under the Jarnholt Community Mental Health "
              "Team (CMHT). Ama, you told us you were frightened during those weeks, did not know who to call, "
              "and have been looking after the children on your own while still working."),
        ("p", "The conference agreed that Esi and Kofi need a child protection plan under the category of "
              "neglect, because they were not kept safe while Kwame was unwell."),
        ("h2", "What Esi and Kofi have told us and shown us"),
        ("p", "Esi told me at school on 8 August that she \"didn't sleep for weeks because Dad was up all night "
              "talking\". She said she loves her dad and wants him at home, \"but only if he takes his "
              "tablets\". She wants to keep going to her Saturday dance class and does not want her friends "
              "to know about the plan."),
        ("p", "Kofi is two. At Little Stars Nursery he is chatty and plays well, but since July he has been "
              "clingy at drop-off and cries when a car door bangs. At home I saw him run to his dad for a "
              "cuddle and fall asleep on Ama's lap."),
        ("h2", "What we all want for Esi and Kofi"),
        ("bullets", [
            "Esi and Kofi are always cared for by a parent who is well enough to keep them safe, day and "
            "night.",
            "Kofi is never taken out in a car without his car seat, or by a parent who is unwell.",
            "Esi can be an 11-year-old: she sleeps at night, goes to dance and does not have to watch over "
            "her dad.",
            "If Kwame starts to become unwell again, Esi and Kofi are kept safe straight away because "
            "everyone knows the early signs and what to do.",
        ]),
        ("h2", "Who will do what"),
        ("numbers", [
            "I (Bola Adeyinka, your social worker) will visit you at home every week until the review "
            "conference, with at least one visit in three unannounced, and will see Esi on her own each "
            "time; my visit records will note what Esi tells me in her own words and how Kofi is.",
            "Jo Whitfield, Kwame's care coordinator at the Jarnholt CMHT, will see Kwame every week and will "
            "write to me before each core group about whether he is taking his lithium, whether any early "
            "warning signs are coming back, and whether he is making the changes he needs to keep Esi and "
            "Kofi safe and how long that is likely to take.",
            "Dr Salma Reid, consultant psychiatrist at the Jarnholt CMHT, will see Kwame by 12 September and "
            "send me a written report on his risk of becoming unwell again, what needs to change and over "
            "what time, and what that would mean for Esi and Kofi.",
            "Kwame, you have agreed to take your lithium every evening with Ama there, and to have your "
            "blood test every month at Jarnholt Health Centre, with the results sent to Dr Reid and to me.",
            "Ama and Kwame, you will write a relapse plan with Jo Whitfield by 19 September, listing Kwame's "
            "early warning signs and who looks after Esi and Kofi if they appear, and you will give a copy "
            "to me, to Esi's school and to the nursery.",
            "Mrs Lorna Pike, designated safeguarding lead at Jarnholt Academy, will meet Esi every Monday in "
            "term time, keep notes in the pastoral log and pass anything Esi says about home to me the same "
            "day.",
            "Nadia Brown, Kofi's key person at Little Stars Nursery, will record how Kofi is at drop-off and "
            "pick-up at every session and email me a summary every Friday.",
            "Sian Lowe, your health visitor, will do Kofi's two-year review by 26 September and share his "
            "ASQ-3 scores with you, the nursery and me.",
            "Grandma Abena has agreed to stay at your house on the nights Ama works late (Tuesdays and "
            "Thursdays) until the review conference, and to sign the diary we have left in the kitchen each "
            "time.",
            "Grandma Abena will also take Esi to her dance class every Saturday morning and bring her home, "
            "and the dance school's register will show that Esi was there.",
            "Tom Iqbal of Jarnholt Young Carers will do a young carer's assessment with Esi by 31 October and "
            "share the written assessment with Esi, with you both and with me.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Kwame shows any of the early warning signs in his relapse plan (not sleeping for two nights, "
              "spending large sums of money, talking very fast, or missing his lithium), Ama will ring the "
              "CMHT duty line and me (or the emergency duty team out of hours) that day. Kwame will not look "
              "after Esi or Kofi on his own or drive them anywhere, and I will hold a strategy discussion the "
              "same day. If Kwame has to go back into hospital, the children will stay at home with Ama."),
        ("p", "If Grandma Abena cannot stay on a Tuesday or Thursday night, or take Esi to dance, because she "
              "is ill, away or finds it too much, she will tell me. On those nights Ama will not work late "
              "(her manager has agreed this in writing). If Ama cannot be at home either, Esi and Kofi will "
              "stay with Ama's cousin, Efua Boateng, in Jarnholt, who has agreed to this and whom I have "
              "visited. If none of them can have the children, I will arrange emergency foster carers that "
              "evening."),
        ("p", "If Kwame stops taking his lithium again or drives the children while he is unwell, or if the "
              "reports before the review conference say that things have not changed enough, I will ask my "
              "team manager for a legal planning meeting within 5 working days. This is a meeting with the "
              "council's solicitors to decide whether we need to start the pre-proceedings process (PLO) or "
              "go to court. I will always tell you before that meeting happens."),
        ("h2", "When we will meet"),
        ("p", "The core group (you both, me, Jo Whitfield, Mrs Pike, Nadia Brown and Sian Lowe) will meet every "
              "four weeks at Jarnholt Family Hub at 2pm: Thursday 28 August, Thursday 25 September and "
              "Thursday 23 October. The review child protection conference will be on Thursday 13 November "
              "2025 at 10am at Jarnholt House."),
        ("p", "If anything in this letter is not clear, or you think something is wrong, please ring me on "
              "01632 960418. You can also contact the chair, Mrs Hart, through the Jarnholt Safeguarding Unit."),
        ("p", "Yours sincerely,"),
        ("pl", "Bola Adeyinka"),
        ("pl", "Social Worker, Family Safeguarding Team"),
        ("p", ""),
        ("p", "Copies to: Mrs Denise Hart (chair); Jo Whitfield and Dr Salma Reid (Jarnholt CMHT); Mrs Lorna "
              "Pike (Jarnholt Academy); Nadia Brown (Little Stars Nursery); Sian Lowe (health visitor); "
              "Dr Femi Ade (GP)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Case-system text export with labelled fields (Action No / Action /
#    Responsible / Target Date / Measure); a looked-after toddler on a ward,
#    family moving to another authority (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_jennerby_case_system_export_hughes.txt",
    "split": "heldout",
    "actions": 9,
    "template": "case-system-export-txt-labelled-fields-legal-status-location-outcomes-sought-then-action-no-action-responsible-target-date-measure-blocks",
    "description": (
        "Case-system export of an initial conference plan for a 13-month-old with an unexplained spiral "
        "fracture, accommodated under section 20 and still on a hospital ward; mother and partner plan "
        "to move to another authority. Labelled fields, outcomes sought, then Action No / Action / "
        "Responsible / Target Date / Measure blocks. No one is set to visit Jayden on the ward (L001); "
        "the parenting assessment is handed to the receiving authority once the transfer is accepted "
        "(X001); 'Child's Views' says 'Not recorded' and nothing else records his experience (F003); no "
        "contingency (C001), core group 'To be arranged' (R001), no legal step (R002); a blank target "
        "date (T001), a blank responsible field (W001), a blank measure (M001), 'Ongoing' with "
        "'engagement to be monitored' (T002, M002). Hard negatives: 'Within 6 weeks of transfer', "
        "'From 12/05/2025', 'Before discharge', weekly visits to the mother until the transfer-in "
        "conference, 'no concerns about alcohol or drug use'."
    ),
    "text": """\
JENNERBY METROPOLITAN COUNCIL                       CareLink Case Management 5.2
Children's Social Care                              Report: CP PLAN (FULL)
Run by: RSIMMS                                      Run date: 09/05/2025 16:12
================================================================================

Plan ID:                  CP-2025-00871
Plan Type:                Child Protection Plan (Initial)
Plan Status:              Active
Child Name:               Jayden HUGHES
Child ID:                 CL-556102
DOB:                      11/03/2024 (13 months)
Gender:                   Male
Legal Status:             Accommodated - Section 20 (from 02/05/2025)
Current Location:         Jennerby Royal Infirmary, Ward 4 (Children's Surgical)
Placement on Discharge:   Foster care (Jennerby Fostering - carers not yet identified)
Mother:                   Chloe HUGHES (20), 6 Jetty Street, Jennerby
Father:                   Not named on birth certificate
Mother's Partner:         Liam FOX (24), same address
Conference Date:          08/05/2025
Category:                 Physical Abuse
Allocated Worker:         Rachel Simms (SW), Assessment and Intervention Team 2
Team Manager:             Gary Lund
Conference Chair:         Anne-Marie Kerr

--------------------------------------------------------------------------------
Reason for Plan:
On 01/05/2025 Chloe brought Jayden to the Emergency Department at Jennerby Royal
Infirmary. An X-ray showed a spiral fracture of the left upper arm and a skeletal
survey found an older, healing fracture of a rib. Chloe and Liam have given no
explanation for either injury. A strategy discussion was held on 01/05/2025 and a
section 47 enquiry was started. Chloe agreed to Jayden being accommodated under
section 20 on 02/05/2025. Jayden is expected to remain on Ward 4 for about 10 more
days for a repeat skeletal survey and an orthopaedic review. Liam has been
interviewed under caution and bailed to 05/06/2025 with a condition not to have
unsupervised contact with any child. Chloe has no history of mental health
difficulties and there are no concerns about alcohol or drug use in the household.
Chloe and Liam have told the SW they intend to move to Joskinton, where Liam's
family live, in June.

--------------------------------------------------------------------------------
Child's Views / Lived Experience:
Not recorded.

--------------------------------------------------------------------------------
Outcomes Sought:
1. Jayden is protected from further physical harm and is only cared for by adults
   who can keep him safe.
2. Jayden's injuries heal and he leaves hospital to a safe, settled placement.
3. Jayden's health and development are checked and any needs are met.

--------------------------------------------------------------------------------
Plan Actions:

Action No:    1
Action:       Liaise with Ward 4 about Jayden's discharge plan and the date he is medically fit
Responsible:  Rachel Simms (SW)
Target Date:  16/05/2025
Measure:      Discharge plan agreed in writing with the ward

Action No:    2
Action:       Identify foster carers for Jayden and share his care needs with them
Responsible:  Kev Daly, placements officer, Jennerby Fostering
Target Date:  Before discharge
Measure:      Placement confirmed and placement plan signed

Action No:    3
Action:       Repeat skeletal survey and orthopaedic review, and a medical opinion on the injuries
Responsible:  Dr Priya Menon, consultant paediatrician, Jennerby Royal Infirmary
Target Date:  19/05/2025
Measure:      Written medical report to the SW and the police

Action No:    4
Action:       Parenting assessment of Chloe to be completed by Joskinton Council once the case transfer is accepted
Responsible:  Joskinton Council Children's Services (receiving authority)
Target Date:  Within 6 weeks of transfer
Measure:      Assessment report shared at the transfer-in conference

Action No:    5
Action:       Police investigation into the cause of Jayden's injuries to continue
Responsible:  DC Owen Bray, Jennerby Police Child Abuse Investigation Team
Target Date:
Measure:      Outcome of the investigation shared with the SW in writing

Action No:    6
Action:       Contact between Jayden and Chloe to be arranged and supervised
Responsible:
Target Date:  From 12/05/2025
Measure:      Contact records on Jayden's file

Action No:    7
Action:       Health visitor to share Jayden's health history and growth records with the ward and the SW
Responsible:  HV Karen Doyle, Jennerby 0-19 Service
Target Date:  16/05/2025
Measure:

Action No:    8
Action:       Chloe to attend all meetings and appointments about Jayden
Responsible:  Chloe Hughes
Target Date:  Ongoing
Measure:      Chloe's engagement to be monitored

Action No:    9
Action:       Visit Chloe at home to talk about the move and keep the plan going until the transfer-in conference
Responsible:  Rachel Simms (SW)
Target Date:  Weekly until the transfer-in conference
Measure:      Visit records, shared with Joskinton Council at the transfer-in conference

--------------------------------------------------------------------------------
Review Arrangements:
Core Group:               To be arranged
Review Conference:        31/07/2025

--------------------------------------------------------------------------------
Plan agreed by:           Anne-Marie Kerr (Conference Chair)     08/05/2025
Distributed:              Chloe Hughes; Liam Fox; Ward 4; HV; GP; Police CAIT
================================================================================
END OF REPORT                                                        Page 1 of 1
""",
    "findings": [
        F("X001", "Parenting assessment of Chloe to be completed by Joskinton Council"),
        F("T001", "Police investigation into the cause of Jayden's injuries"),
        F("W001", "Contact between Jayden and Chloe to be arranged and supervised"),
        F("M001", "Health visitor to share Jayden's health history and growth records"),
        F("T002", "Chloe to attend all meetings and appointments about Jayden"),
        F("M002", "Chloe to attend all meetings and appointments about Jayden"),
        F("L001"),
        F("F003"),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Child-friendly "My Plan" written to a 14-year-old in the second person:
#    What | Who | When | How we'll know (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_jexmoor_my_plan_young_person_mensah.docx",
    "doc_title": "My Plan - Tia Mensah",
    "split": "heldout",
    "actions": 11,
    "template": "child-friendly-my-plan-docx-second-person-what-you-told-us-what-we-want-for-you-then-what-who-when-how-we-will-know-table",
    "description": (
        "Child-friendly 'My Plan' written to a 14-year-old after her initial conference (father's heavy "
        "drinking since her mother died, one push, self-harm, missed school). What | Who | When | How "
        "we'll know table in plain words. Faults: 'When you feel ready' as the only time (T002), "
        "'Everyone' as owner with 'You feel better' as the only measure (W002, M002), a blank 'when' "
        "(T001), a passive referral with '-' as owner (W001), and the review meeting 'some time in the "
        "autumn' (R001). Hard negatives: CAMHS assessing Tia and the alcohol service supporting the "
        "father (never H001, and it owns an action so no F004), 'Every day', the child herself as owner, "
        "a contingency with a fallback from Nana to the aunt to foster carers, a legal planning meeting "
        "explained in plain words."
    ),
    "blocks": [
        ("title", "My Plan"),
        ("p", "For Tia Mensah, age 14 · written with Tia by Jo Carver, her social worker · Jexmoor Council "
              "Children's Services"),
        ("h1", "About this plan"),
        ("p", "Tia, this is your child protection plan. It was agreed at the meeting about you (the initial "
              "child protection conference) on Wednesday 4 June 2025. It says what everyone is going to do to "
              "help make things better at home, who is doing it and when, and how we will know it is working. "
              "You helped write it, and you can ask for any part of it to change at the core group."),
        ("h1", "Why there is a plan"),
        ("p", "Since your mum died last year, your dad, Marcus, has been drinking a lot, most nights. Twice in "
              "May you rang Nana Grace late at night because your dad was drunk and you could not wake him, "
              "and once he shouted at you and pushed you into the door frame. You have missed a lot of school "
              "(you were in 61% of the time this term), and you told the school nurse you have been cutting "
              "your arms. Your dad loves you, and he told the meeting he knows he needs help."),
        ("h1", "What you told us"),
        ("bullets", [
            "\"I'm not scared of Dad, I'm scared for him.\"",
            "You want to keep living with your dad, but not when he is drunk.",
            "You would like to stay at Nana Grace's on Friday and Saturday nights.",
            "You want to go back to netball and see your friends more.",
            "You do not want the whole school to know about the plan.",
        ]),
        ("h1", "What we want for you"),
        ("bullets", [
            "You are safe at home, and there is a sober adult there every night.",
            "You are in school every day and get the help you need to catch up before you choose your GCSE "
            "options.",
            "You have someone to talk to about your mum, you are hurting yourself less, and you know what "
            "to do to keep safe when you feel low.",
            "You get to be 14: netball, friends, and not looking after your dad.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What", "Who", "When", "How we'll know"],
            "widths": [6.0, 3.8, 3.4, 3.8],
            "rows": [
                ["Jo will come and see you at home and at school, and she will always see you on your own",
                 "Jo Carver (your social worker)", "Every week until your review meeting",
                 "Jo writes down what you tell her and reads it back to you"],
                ["An assessment of how you are feeling, and whether you need counselling or other help with "
                 "your mood and the cutting",
                 "Dr Nisha Patel, Jexmoor CAMHS", "First appointment on 17/06/2025",
                 "A letter to you, your dad and Jo saying what help CAMHS will give"],
                ["Help your dad to cut down and stop drinking, with weekly key-work and breath tests, and tell "
                 "Jo whether he is managing to change and what that means for you",
                 "Sam Ellis, Jexmoor Alcohol Service", "Weekly from 10/06/2025; update before each core group",
                 "Breath test results and a written update sent to Jo"],
                ["Your dad will stay sober on the nights you are at home and take a breath test at 8pm",
                 "Marcus Mensah (Dad)", "Every night from Sunday to Thursday",
                 "A photo of each breath test sent to Nana Grace"],
                ["Have you to stay at her house on Friday and Saturday nights",
                 "Nana Grace Mensah", "Every Friday and Saturday from 06/06/2025",
                 "Nana texts Jo on Saturday morning to say you are with her"],
                ["Meet you to check how you are and help you catch up on the work you have missed",
                 "Ms Leanne Hall, your head of year, Jexmoor High School", "Every Tuesday, period 1",
                 "Your attendance is 90% or more by the summer holidays; notes of each meeting sent to Jo"],
                ["Time with the school counsellor to talk about your mum",
                 "Mr Dev Rana, school counsellor", "When you feel ready",
                 "Sessions written in the counselling log"],
                ["Make sure you always have someone you can talk to if you are upset or want to hurt yourself",
                 "Everyone", "Every day", "You feel better"],
                ["Go back to netball club after school",
                 "Tia (Nana Grace will pick you up)", "Wednesdays from 11/06/2025",
                 "Netball club register"],
                ["Keep-safe plan for the nights you feel low, with the numbers you can ring",
                 "Bryony Kent, school nurse", "",
                 "A copy of the plan on your phone and one at Nana's"],
                ["A referral will be made to Jexmoor Young Carers for you",
                 "-", "By 30/06/2025", "Letter from Young Carers saying when you can start"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If your dad is drunk when you are at home, or he shouts at you or hurts you, ring Nana Grace and "
              "she will come and get you, or ring 999 if you feel unsafe. You will stay at Nana's that night, "
              "and Jo (or the out-of-hours team) will hold a strategy discussion the next working day at the "
              "latest."),
        ("p", "If Nana can't come or can't have you, for example because she is poorly, you can go to your aunt "
              "Efe's house in Jexmoor. If neither of them can have you, Jo or the out-of-hours team will find "
              "you a safe place with foster carers that night."),
        ("p", "If you feel like hurting yourself, use your keep-safe plan, ring the numbers on it or go to A&E at "
              "Jexmoor General Hospital."),
        ("p", "If your dad is still drinking when the core group meets on 10 September, Jo will ask her manager "
              "for a legal planning meeting. This is a meeting with the council's lawyers to decide whether "
              "more needs to happen to keep you safe, and Jo will tell you and your dad before it happens."),
        ("h1", "When we will meet again"),
        ("p", "The core group (you, your dad, Nana Grace, Jo, Ms Hall, Sam from the alcohol service and the "
              "school nurse) will meet at school at 3.30pm on Wednesday 18 June, Wednesday 16 July and "
              "Wednesday 10 September."),
        ("p", "Your review meeting (the review child protection conference) will be some time in the autumn. "
              "Jo will tell you the date as soon as it is booked."),
        ("p", "If you want to change anything in this plan, or you don't understand something, tell Jo, Ms Hall "
              "or Nana Grace."),
    ],
    "findings": [
        F("T002", "Time with the school counsellor to talk about your mum"),
        F("W002", "Make sure you always have someone you can talk to"),
        F("M002", "Make sure you always have someone you can talk to"),
        F("T001", "Keep-safe plan for the nights you feel low"),
        F("W001", "A referral will be made to Jexmoor Young Carers"),
        F("R001"),
    ],
})
