"""Batch 75, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: outcomes, timescales and measures written in ordinary words rather
than template labels. Outcomes in the child's or family's words ("What needs
to be different", "What we want for Aria and Jack", "Our goal for Maisie"),
merged down several rows in two tables, beside a plan whose "outcomes" are
only services being delivered; measures that are observable but unlabelled
("seen by the HV at home and weighed", "attendance register checked each
Friday") beside ones that only say "monitored" or "improvement"; timescales
as events, routines, ages and ranges beside genuinely missing ones; and
substance and illness words that are not a parent's problem (a child's own
drinking, asthma or ADHD, a service's name, a grandfather's past). Layouts:
a GIRFEC / SHANARRI child's plan, a child in need plan in a two-column
Action | Update table, a looked-after baby's care plan, a core group action
log with RAG, a letter to a parent, a plan with service-only outcomes and a
plan with a merged "What we want" column. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. GIRFEC child's plan (Scotland) set out under the SHANARRI wellbeing
#    indicators; indicator and "what needs to be different" merged down
#    over each indicator's rows (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_balmurrie_girfec_shanarri_childs_plan_moncur.docx",
    "doc_title": "Child's Plan (Child Protection) - Isla and Jamie Moncur",
    "split": "tune",
    "actions": 10,
    "template": "girfec-childs-plan-docx-shanarri-indicator-and-what-needs-to-be-different-merged-down-then-what-who-when-how-we-will-know",
    "description": (
        "Scottish child's plan (child protection) for a 5-year-old and a 2-year-old whose mother has "
        "depression and spends days in bed. Wellbeing indicator | What needs to be different | What will "
        "be done | Who | When | How we will know, with the indicator and the family-worded outcome "
        "merged down over each indicator's rows (six real Word vertical merges). Timescales as routines "
        "and events ('every school day', 'every Saturday morning', 'before the October holidays', 'until "
        "he is back on the 25th centile'); the CMHT reports on whether Kerry can change and how long it "
        "will take; gran's part has a fallback in the contingency; core group dates, review case "
        "conference and a legal planning meeting are set. Exemplary."
    ),
    "check_vmerge": 6,
    "landscape": True,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Balmurrie Council · Children and Families Social Work · Bellstrae Locality Team"),
        ("kv", [
            ("Children", "Isla Moncur, born 11/02/2020 (5), Primary 2 at Bellstrae Primary School; "
                         "Jamie Moncur, born 30/05/2023 (2), at home"),
            ("Lives with", "Kerry Moncur (27), their mum, at 6 Braeside Court, Bellstrae"),
            ("Dad", "Scott Gillan, lives in Birkhollow; he sees the children every second Sunday at his "
                    "mother's house"),
            ("Gran", "Morag Moncur, Kerry's mum, 2 Burnvaig Road, Bellstrae – a five-minute walk away"),
            ("Meeting", "Initial child protection planning meeting (case conference), Tuesday 9 September "
                        "2025, Bellstrae Primary School"),
            ("Concern", "Neglect"),
            ("Lead professional", "Fiona Dalgleish, social worker"),
            ("Named Persons", "Isla – Mrs Catriona Lennox, head teacher; Jamie – Alison Reekie, health "
                              "visitor"),
            ("Chair", "Graeme Laidlaw, child protection reviewing officer"),
        ]),
        ("h1", "Why Isla and Jamie need a plan"),
        ("p", "Kerry has had depression since Jamie was born and has been seen by the Balmurrie Community "
              "Mental Health Team since March. Over the summer she spent most days in bed. Isla missed 14 "
              "days of school last term and was late on 22 mornings; twice she arrived in pyjama bottoms with "
              "no breakfast. When the health visitor called on 19 August Jamie had been in the same nappy "
              "since the night before, had sore nappy rash, and his weight had dropped from the 50th to "
              "below the 25th centile. There was no fresh food in the kitchen. Kerry told the meeting: "
              "\"Some days I can't lift my head.\" She agrees she needs help and has started taking her "
              "medication again. There are no concerns about alcohol or drugs in the household."),
        ("h1", "What Isla and Jamie have told and shown us"),
        ("p", "Isla (with Fiona at school on 3 September, using the My World Triangle): \"Mummy's tired all "
              "the time. I make Jamie's toast when he's hungry.\" She said the best bit of her week is "
              "swimming with Gran on Saturdays, and she wants \"Mummy to come to the park again\". Her worry "
              "is being late \"because the teacher asks where I was\". She chose a green face for Gran's house "
              "and an orange face for home."),
        ("p", "Jamie is not yet talking in sentences. At home he was seen going to the fridge and banging on "
              "it when he was hungry. He cried when he was put in his cot but settled quickly when Morag "
              "picked him up. He lifts his arms to Kerry and laughs when she sings to him."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry came to the meeting, agreed with the worries and wants the children to stay with her.",
            "Morag sees the children nearly every day and has offered to do the school mornings.",
            "Scott's Sundays with the children have gone ahead every fortnight since June.",
        ]),
        ("h1", "Our plan for Isla and Jamie"),
        ("p", "The plan is set out under the wellbeing indicators. The second column says, in the family's "
              "words, what needs to be different."),
        ("table", {
            "header": ["Wellbeing", "What needs to be different", "What will be done", "Who", "When",
                       "How we will know"],
            "widths": [2.4, 4.6, 6.4, 3.6, 3.9, 4.8],
            "bold_first_col": True,
            "rows": [
                ["Safe",
                 "Isla and Jamie have a grown-up who is up and able to look after them every morning, and "
                 "they are never left on their own in the house.",
                 "Visit the house, see Jamie awake and Isla on her own, and look at where they sleep and "
                 "what food is in",
                 "Fiona Dalgleish, social worker (lead professional)",
                 "Every week until the review; at least one visit in three unannounced",
                 "Visit record notes the time, whether Kerry was up, what Jamie had eaten and what Isla "
                 "said in her own words"],
                [V, V,
                 "Come to the house at 8am, help with breakfast and walk Isla to school",
                 "Morag Moncur (gran)",
                 "Every school day",
                 "Bellstrae Primary late book shows Isla in before 8.50am; Morag ticks the calendar by the "
                 "door, which Fiona checks at each visit"],
                ["Healthy",
                 "Jamie puts weight back on and keeps growing, his nappy rash clears, and both children get "
                 "their checks and see the dentist.",
                 "See Jamie at home and weigh him; check his nappy area and what he is eating",
                 "Alison Reekie, health visitor (Named Person)",
                 "Every two weeks until he is back on the 25th centile, then monthly",
                 "Weight plotted in the red book; back on the 25th centile by the review"],
                [V, V,
                 "Take Isla and Jamie to Bellstrae Dental Practice for a check-up",
                 "Kerry Moncur",
                 "Before the October holidays (by Friday 10 October)",
                 "The dental practice writes to the health visitor to say both children were seen"],
                ["Nurtured",
                 "Isla and Jamie have a mum who is well enough to get up with them, play with them and keep "
                 "to a routine, so that Isla can say home feels calm.",
                 "Sessions with Kerry on her depression and medication, with a written report on whether "
                 "she is making the changes needed to look after Isla and Jamie and how long that is "
                 "likely to take",
                 "Euan Baird, community psychiatric nurse, Balmurrie CMHT",
                 "Every two weeks; first report by the second core group (21 October)",
                 "Report sent to Fiona and read at each core group"],
                [V, V,
                 "Help Kerry get the children up, fed and dressed, and build a morning routine she can keep",
                 "Lorna Shearer, family support worker, Burnvaig Family Centre",
                 "Tuesdays and Thursdays, 8 to 9.30am, for 8 weeks from 16 September",
                 "Routine chart on the fridge ticked each morning; family centre notes say what Kerry "
                 "managed on her own"],
                ["Achieving",
                 "Isla gets to school every day, on time, with breakfast inside her.",
                 "Give Isla a breakfast club place, and phone Kerry by 9.15am if Isla is not in",
                 "Mrs Catriona Lennox, head teacher (Named Person)",
                 "Every school day",
                 "School attendance register checked each Friday and the figure emailed to Fiona"],
                ["Included",
                 "Jamie goes to nursery and gets to play with other children.",
                 "Arrange a funded two-year-old place for Jamie at Bellstrae Early Years Centre",
                 "Fiona Dalgleish",
                 "Jamie to start by Monday 3 November",
                 "Nursery register shows Jamie in three mornings a week"],
                ["Active",
                 "Isla keeps her Saturday swimming with Gran.",
                 "Take Isla swimming at Balmurrie Leisure Centre",
                 "Morag Moncur (gran)",
                 "Every Saturday morning",
                 "Swim card stamped each week, seen by Fiona"],
                ["Respected",
                 "Isla is listened to and knows who she can tell if she is worried.",
                 "Worry time with Isla using her worry monster, passing on anything she says about home",
                 "Mrs Jen Archibald, pupil support assistant",
                 "Every Monday after break; anything about home passed to Fiona the same day",
                 "Isla's worry book kept in class; notes sent to Fiona each Monday"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Isla or Jamie are found on their own in the house, if Kerry cannot be woken or cannot look "
              "after them when Morag or a worker arrives, or if Jamie has lost weight at two weighs in a row, "
              "the worker will phone Fiona (or the out-of-hours social work service), the children will go to "
              "Morag's that day, and Fiona will hold an inter-agency referral discussion with the police and "
              "health the same day."),
        ("p", "If Morag cannot do the mornings or have the children – because she is ill, away, or it has "
              "become too much – she will tell Fiona the same day. Kerry's sister, Shona Moncur in Birkhollow, "
              "will then do the school run and have the children in an emergency. If neither Morag nor Shona "
              "can, Fiona will arrange a foster placement that day."),
        ("p", "If Isla's attendance is still below 90% or Jamie is not back on the 25th centile by the second "
              "core group, or the children have had to go to Morag's in an emergency twice before the review, "
              "Fiona will ask for a legal planning meeting with Balmurrie Council's solicitor and consider a "
              "referral to the Children's Reporter."),
        ("h1", "Core group and review"),
        ("bullets", [
            "The core group will meet every 4 weeks at Bellstrae Primary School, 1.30pm: Tuesday 23 September, "
            "Tuesday 21 October and Tuesday 18 November 2025.",
            "Review child protection planning meeting (review case conference): Tuesday 2 December 2025, 10am, "
            "Balmurrie Council Offices, Burgh Chambers.",
        ]),
        ("p", "Plan written by Fiona Dalgleish and agreed with Kerry on 10 September 2025. Kerry said: \"I want "
              "them to have a normal mum again.\""),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Child in need plan for a 14-year-old: a two-column Action | Update
#    table, each action written with its owner, time and measure (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_bramlecote_cin_action_update_two_column_maddox.docx",
    "doc_title": "Child in Need Plan - Kian Maddox",
    "split": "tune",
    "actions": 11,
    "template": "cin-plan-docx-two-column-action-update-table-owner-time-measure-written-into-each-action",
    "description": (
        "Child in need plan for a 14-year-old drinking and smoking cannabis with older boys while his "
        "mother works nights. A two-column Action | Update table, each action written with its owner, "
        "time and measure ('every Monday morning', 'on the Saturday nights Leanne works', 'the attendance "
        "register will be checked each Friday'). Hard negatives: the drinking and asthma are Kian's own, "
        "the substance service is a young people's service, grandad's drinking is twenty years past and "
        "there are no concerns about the mother. Faults: 'monitored' (M002), a passive referral (W001), "
        "'Family' as owner (W002), a CAMHS assessment with no time or output (T001, M001), 'as and when' "
        "(T002), an outcome about the mother only (F002), a contingency that only talks (C002) with no "
        "fallback for grandad (C003), no review conference (R001) and no legal step (R002)."
    ),
    "blocks": [
        ("title", "Child in Need Plan"),
        ("p", "Bramlecote County Council · Children's Services · Bramlecote South Family Support Team"),
        ("kv", [
            ("Child", "Kian Maddox, born 04/03/2011 (14), Year 9 at Bramlecote Academy"),
            ("Lives with", "Leanne Maddox (36), mum, 41 Barrowfield Close, Bramlecote"),
            ("Dad", "Tony Ellery – no contact since 2014"),
            ("Grandad", "Ray Maddox (63), Leanne's dad, Flat 8, Brookhollow Court, Bramlecote"),
            ("Plan agreed", "Child in need meeting, Thursday 22 May 2025, after a child and family assessment "
                            "(section 17, Children Act 1989)"),
            ("Updated", "Child in need meeting, Thursday 3 July 2025"),
            ("Social worker", "Ana Kovacs"),
        ]),
        ("h1", "Why Kian has a plan"),
        ("p", "On 26 April Kian was taken to Bramlecote General Hospital by ambulance after he was found "
              "drunk and unable to stand at the rec on Bishops Lane, with a group of lads aged 16 to 19. A&E "
              "referred him to us. The assessment found that Kian has been smoking cannabis most weekends "
              "since Christmas and staying out past midnight on the nights Leanne works. His attendance has "
              "dropped to 82% and he has had one fixed-term exclusion. Kian also has asthma and has been to "
              "A&E with it twice this year."),
        ("p", "Leanne is a senior carer at Beechcroft Care Home and works three nights a week. There are no "
              "concerns about Leanne's own drinking or health; she asked for help because she feels she is "
              "\"losing him\". Leanne's dad, Ray, drank heavily when Leanne was a child but has not had a "
              "drink for over twenty years. He coaches Kian's football team and is someone Kian listens to."),
        ("h1", "What Kian says"),
        ("p", "Kian (seen on his own at school on 5 and 12 June): \"Everyone drinks at the rec, it's not a big "
              "deal. The hospital thing was a one-off.\" He said he smokes weed \"to chill out\" because he "
              "can't get to sleep, and that he doesn't like being in the house on his own when his mum is at "
              "work: \"It's dead quiet, so I go out.\" He wants to keep playing football for his grandad and "
              "to do construction at college. He said he would talk to Breakout \"if they're not going to "
              "tell me off\"."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "Kian is at home, or at Grandad's, by 10pm on school nights, and his mum always knows where he is.",
            "Kian stops drinking and smoking weed with the older lads at the rec.",
            "Kian is in school every day and keeps his place on the GCSE courses he wants.",
            "Kian's asthma is under control and he is not ending up in A&E with it.",
            "Leanne feels less on her own with it all and more confident setting rules.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Update (child in need meeting, 3 July 2025)"],
            "widths": [10.5, 6.5],
            "rows": [
                ["Ana Kovacs (SW) will see Kian on his own every two weeks, at home or at school, and write "
                 "down what he says in his own words on the visit record.",
                 "Seen on his own on 5, 12 and 26 June and 1 July. Kian is chattier and said the rec is "
                 "\"boring now\"."],
                ["Kian will meet Jordan Pike from Breakout (Bramlecote's young people's drug and alcohol "
                 "service) every Wednesday after school for six sessions, and Jordan will send Ana a short "
                 "summary after each one.",
                 "Four sessions done. Kian says he has cut down to \"only Saturdays\"."],
                ["Mr Darby, head of Year 9, will meet Kian every Monday morning to set his targets for the "
                 "week, and will check the attendance register each Friday and email the figure to Ana.",
                 "Attendance up to 89% this half-term. Kian has kept every Monday meeting."],
                ["Kian's attendance and behaviour in lessons to be monitored by Bramlecote Academy each "
                 "week.",
                 "Mr Darby says things are \"a bit better\"."],
                ["Grandad Ray will pick Kian up from football training on Tuesday and Thursday evenings and "
                 "drop him home by 8.30pm, writing the times in the diary by the front door for Ana to see "
                 "at her visits.",
                 "Happening every week. Ray says Kian is \"a different lad\" on training nights."],
                ["Ray will have Kian to stay at his flat on the Saturday nights Leanne works, and will text "
                 "Ana on the Sunday morning to say what time Kian came in.",
                 "Kian has stayed five Saturdays and was in by 10.30pm every time but one."],
                ["A referral will be made to Bramlecote Youth Service for a mentor for Kian before the next "
                 "child in need meeting, and the allocation letter will go on file.",
                 "Not done yet."],
                ["Leanne will go to the eight-week Talking Teens parenting group at Beechwood Family Hub on "
                 "Monday evenings from 9 June, and the group leader will send Ana the attendance sheet.",
                 "Leanne has been to 4 of 4 sessions."],
                ["Family to make sure Kian is home by 10pm on school nights, with the time he gets in "
                 "written on the kitchen calendar that Ana checks at her visits.",
                 "Mostly in by 10pm; two late nights when Leanne was at work."],
                ["CAMHS to complete an assessment of Kian's sleep and low mood.",
                 "Referral accepted by Bramlecote CAMHS; Kian is on the waiting list."],
                ["Mrs Okoro, the school nurse, will go through Kian's asthma plan and inhaler technique with "
                 "him as and when he drops in, and give his PE teacher a copy of the new plan.",
                 "Kian has not been in to see her yet."],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If things get worse or Kian's drinking increases, Ana will talk to her manager about whether a "
              "strategy discussion is needed."),
        ("h1", "Meetings"),
        ("p", "We will meet every 6 weeks at Beechwood Family Hub. Next child in need meeting: Thursday 14 "
              "August 2025, 4pm. Ana will talk with Leanne and Kian about closing the plan if his attendance "
              "and curfew keep improving."),
    ],
    "findings": [
        F("M002", "attendance and behaviour in lessons to be monitored"),
        F("W001", "A referral will be made to Bramlecote Youth Service"),
        F("W002", "Family to make sure Kian is home by 10pm"),
        F("T001", "CAMHS to complete an assessment of Kian's sleep and low mood"),
        F("M001", "CAMHS to complete an assessment of Kian's sleep and low mood"),
        F("T002", "will go through Kian's asthma plan and inhaler technique"),
        F("F002", "Leanne feels less on her own with it all and more confident setting rules."),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Looked-after baby's care plan, baby readmitted to the children's ward;
#    timescales as ages and ranges; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_boskerry_lac_care_plan_ward_corrigan.pdf",
    "doc_title": "Care Plan - Maisie Corrigan (looked after)",
    "split": "tune",
    "actions": 10,
    "template": "lac-care-plan-paged-numbered-sections-our-goal-bullets-then-area-what-who-when-how-we-will-know-table",
    "description": (
        "Care plan for a 7-week-old accommodated under section 20 (and on a child protection plan) after "
        "her mother's perinatal psychosis, now readmitted to the children's ward with bronchiolitis. "
        "Timescales as ages and ranges ('at 8 weeks', 'by the time Maisie is 3 months old', 'every 2 to 3 "
        "weeks until she is 6 months old', 'within 4 to 6 weeks of this review'). Hard negatives: the SW's "
        "weekly phone call to the ward is not a visit but is a real action; the perinatal team owns an "
        "action (no F004); the mother's clear drug screen. Faults: nobody is set to visit Maisie on the "
        "ward (L001), contact 'when Danielle's mental health allows' (T002), 'Growth monitored' (M002), "
        "a blank measure (M001), 'All professionals' (W002), the perinatal team only treating (H001), the "
        "parenting assessment left to the receiving authority (X001) and an outcome about the mother only "
        "(F002). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Boskerry Borough Council – Children in Care Service",
    "footer": "Care plan – Maisie Corrigan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Care Plan for a Looked-After Child"),
        ("kv", [
            ("Child", "Maisie Corrigan, born 02/09/2025 at 35 weeks, now 7 weeks old"),
            ("Where Maisie is", "Ward 4 (children's ward), Boskerry General Hospital, since 14/10/2025 with "
                                "bronchiolitis; she needs oxygen at night. The ward expects her to stay one "
                                "to two more weeks."),
            ("Placement", "Sandra and Mike Bright, Boskerry foster carers, since 19/09/2025. They will take "
                          "Maisie back when she is discharged."),
            ("Legal status", "Accommodated under section 20, Children Act 1989, with Danielle's agreement, "
                             "since 19/09/2025. Subject to a child protection plan (neglect) since the "
                             "initial conference on 30/09/2025."),
            ("Mother", "Danielle Corrigan (20), staying with her aunt, Karen Corrigan, in Brenchford since "
                       "06/10/2025"),
            ("Father", "Not named"),
            ("Social worker", "Hayley Prentice, Boskerry Children in Care Team"),
            ("Independent reviewing officer", "Martin Oyelaran"),
            ("Prepared for", "Maisie's first looked-after review, Tuesday 21/10/2025"),
        ]),
        ("h1", "1. Why Maisie is looked after"),
        ("p", "Two weeks after Maisie was born Danielle became very unwell. The Boskerry Perinatal Mental "
              "Health Team diagnosed a severe depressive episode with psychotic features, and Danielle was "
              "admitted to Bankfield Ward, the adult psychiatric unit, under section 2 of the Mental Health "
              "Act on 16/09/2025. There was no one in the family who could care for Maisie at short notice. "
              "On 19/09/2025, when the ward psychiatrist confirmed she had capacity to decide, Danielle "
              "agreed to Maisie being looked after. Danielle's drug screen on admission was clear and she has "
              "told us she has never used drugs."),
        ("p", "Danielle was discharged on 03/10/2025 and went to stay with her aunt in Brenchford. She is "
              "taking antipsychotic medication. She has asked for Maisie's case to move to Brenchford City "
              "Council, where she now lives, and a transfer request was sent on 15/10/2025."),
        ("h1", "2. Our goal for Maisie"),
        ("p", "The plan is for Maisie to go home to Danielle if Danielle recovers and can care for her safely. "
              "If she cannot, the parallel plan is for Maisie to live with family, or to be adopted."),
        ("bullets", [
            "Maisie gets well, comes off oxygen and goes back to Sandra and Mike's, where she is fed, held and "
            "kept warm.",
            "Maisie knows her mum's face, voice and smell through regular time with her.",
            "Maisie has a permanent home by her first birthday, with her mum if that is safe.",
            "Danielle's mental health is stable and she takes her medication every day.",
        ]),
        ("h1", "3. Maisie on the ward"),
        ("p", "The nurses say Maisie takes 60 ml by bottle every three hours but tires before the end of a "
              "feed, and needs oxygen through her nasal cannula at night. She settles best held upright "
              "against a shoulder and calms to the sound of the white-noise rabbit that came with her from "
              "Sandra and Mike's. She startles at the ward's alarms and cries hard when she is laid flat "
              "after a feed. She is starting to fix on faces and follow them."),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["Area", "What will happen", "Who", "When", "How we will know"],
            "widths": [2.7, 5.3, 3.2, 2.9, 2.9],
            "rows": [
                ["Health",
                 "Keep in touch with the ward about Maisie's oxygen, feeding and likely discharge date",
                 "SW Hayley Prentice",
                 "Weekly phone call to the ward sister until discharge",
                 "Each call noted on Maisie's file with her weight and oxygen need"],
                ["Health",
                 "Train Sandra and Mike in Maisie's home oxygen and in spotting when her breathing is "
                 "getting worse",
                 "Community children's nursing team (Gail Benn)",
                 "Before discharge",
                 "Training checklist signed by both carers"],
                ["Health",
                 "Take over Maisie's health visiting from the neonatal outreach team, and check her growth "
                 "and development",
                 "HV Oonagh Reilly, Boskerry 0-19 Service",
                 "From the week Maisie is discharged, then every 2 to 3 weeks until she is 6 months old",
                 "Growth monitored"],
                ["Health",
                 "Maisie's 8-week immunisations, given on the ward if she is still there",
                 "Ward 4 nursing team",
                 "At 8 weeks (w/c 27/10/2025)",
                 "Recorded in the red book and on the child health record"],
                ["Family time",
                 "Time with Maisie on the ward for Danielle, supervised by the nurses",
                 "Danielle Corrigan; Ward 4 nurses",
                 "When Danielle's mental health allows",
                 "Contact record kept on the ward and sent to the SW weekly"],
                ["Danielle's health",
                 "Continue Danielle's treatment and support her to take her medication",
                 "Boskerry Perinatal Mental Health Team (Dr Anjali Rao)",
                 "Fortnightly home visits",
                 "Home visit notes record that Danielle is taking it"],
                ["Parenting",
                 "Parenting assessment of Danielle to be started by Brenchford Children's Services once "
                 "Danielle's case has transferred to them",
                 "Brenchford Children's Services",
                 "Once the transfer is complete",
                 "Assessment report sent to the IRO"],
                ["Identity",
                 "Start a life story book for Maisie with photos from the neonatal unit and the ward",
                 "Sandra Bright (foster carer)",
                 "By the time Maisie is 3 months old",
                 ""],
                ["Safety",
                 "Tell the SW the same day about any worry about Danielle's contact, including anything she "
                 "says about harming herself or Maisie",
                 "All professionals",
                 "Same day",
                 "Each concern logged on Maisie's file by the SW"],
                ["Future home",
                 "Family and friends viability assessment of Karen Corrigan as a possible carer for Maisie",
                 "SW Hayley Prentice",
                 "Within 4 to 6 weeks of this review (by 02/12/2025)",
                 "Viability report shared with the IRO and Danielle"],
            ],
        }),
        ("h1", "5. If things change"),
        ("p", "If Danielle tries to take Maisie from the ward or the foster home without agreement, or says "
              "anything about harming Maisie, the ward will call security and the police, and Hayley (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Sandra and Mike cannot take Maisie back when she is discharged, she will go to Boskerry's "
              "emergency foster carers, Pat and Leon Hartley, who have agreed to have her."),
        ("p", "If Danielle withdraws her agreement to Maisie being looked after, or is readmitted to hospital "
              "before the next review, Hayley will request a legal planning meeting within 5 working days to "
              "decide whether to apply for an interim care order."),
        ("h1", "6. Meetings"),
        ("bullets", [
            "Core group (child protection): every 4 weeks – Tuesday 04/11/2025 and Tuesday 02/12/2025, "
            "10am, Boskerry Children's Centre.",
            "Review child protection conference, held with Maisie's second looked-after review: Tuesday "
            "16/12/2025, 2pm, Boskerry Town Hall.",
        ]),
        ("p", "Care plan written by Hayley Prentice (SW) on 17/10/2025 for the IRO and the review."),
    ],
    "findings": [
        F("L001"),
        F("M002", "Take over Maisie's health visiting from the neonatal outreach team"),
        F("T002", "Time with Maisie on the ward for Danielle"),
        F("H001", "Continue Danielle's treatment and support her to take her medication"),
        F("X001", "Parenting assessment of Danielle to be started by Brenchford"),
        F("M001", "Start a life story book for Maisie"),
        F("W002", "about any worry about Danielle's contact, including anything"),
        F("F002", "Danielle's mental health is stable and she takes her medication every day."),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group action log with a RAG column, most rows about the mother's
#    own appointments; paged landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_bransquay_core_group_action_log_rag_whitfield.pdf",
    "doc_title": "Core Group Action Log - Theo and Ava Whitfield",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-action-log-paged-landscape-no-action-lead-due-how-we-will-know-rag-columns-done-list-before-log",
    "description": (
        "Second core group action log for an 11-month-old and a 3-year-old (neglect; mother's anxiety and "
        "depression under the CMHT). No | Action | Lead | Due | How we will know | RAG, with a 'done since "
        "core group 1' list before the log (not actions). Six of the eleven rows are about the mother's "
        "own appointments and support with no link to the children (F001); the parenting group and the "
        "baby's immunisations are hard negatives. Timescales as ages and events ('at 12 months', 'every 2 "
        "weeks until Theo is back on the 50th centile', 'before core group 3'); measures unlabelled but "
        "observable ('seen by the HV at home and weighed'). Faults: the CMHT only supporting (H001), 'TBC' "
        "(T002), a blank due date with 'Improvement in Jade's mood' (T001, M002), 'Core group' as lead "
        "(W002), a blank measure (M001), and the review conference 'to be confirmed' (R001). Header and "
        "page footer on every page."
    ),
    "header": "Bransquay City Council – Children's Safeguarding – OFFICIAL-SENSITIVE",
    "footer": "Core group 2 action log – Whitfield – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Core Group Meeting 2 – Action Log"),
        ("kv", [
            ("Children", "Theo Whitfield, born 14/11/2024 (11 months); Ava Whitfield, born 02/06/2022 (3), "
                         "at home with Jade"),
            ("Parents", "Jade Whitfield (24) and Liam Carter (27), 17 Beckside Walk, Bransquay"),
            ("Meeting", "Core group 2, Wednesday 08/10/2025, 10am, Bransquay Children's Centre"),
            ("Plan since", "Initial child protection conference, Wednesday 10/09/2025 (category: neglect)"),
            ("Social worker", "Kieran Doyle"),
            ("Present", "Jade Whitfield; Liam Carter; Kieran Doyle (SW); Sam Petrie (HV); Priya Nandra (care "
                        "coordinator, Bransquay CMHT); Holly Jarvis (FSW, Bransquay Children's Centre)"),
        ]),
        ("h2", "Worries from the conference"),
        ("p", "Jade has anxiety and depression and has been with the Bransquay Community Mental Health Team "
              "since the spring. On bad days she stays in bed and the children are not fed until Liam gets "
              "home from his warehouse shift at 4pm. Theo's weight has dropped from the 50th to the 25th "
              "centile. The flat is damp and there are rent arrears. There are no concerns about alcohol or "
              "drug use."),
        ("h2", "How Theo and Ava are"),
        ("p", "At the HV's visit on 1 October Theo was sitting up, babbling and reaching for Jade, and took his "
              "whole bottle. Ava told Kieran on 3 October: \"Mummy sleeps a lot. I watch Bluey and give Theo "
              "his dummy.\" She said she wants to go to \"the big school with the slide\" (the nursery at the "
              "children's centre)."),
        ("h2", "What we want for Theo and Ava (from the conference plan)"),
        ("bullets", [
            "Theo is fed on time and his weight goes back up to his centile.",
            "Ava and Theo are up, dressed and fed every morning, whoever is looking after them.",
            "Ava gets a nursery place and plays with other children.",
        ]),
        ("h2", "Done since core group 1 (24/09/2025)"),
        ("bullets", [
            "Kieran saw the children at home on 17 September, 25 September and 3 October.",
            "Holly helped Jade apply for a housing transfer; the reference number is on file.",
            "Sam weighed Theo on 24 September and 1 October (25th centile both times).",
        ]),
        ("h2", "Action log"),
        ("p", "RAG: R = not started or overdue; A = started; G = on track."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Due", "How we will know", "RAG"],
            "widths": [1.2, 8.3, 4.2, 4.0, 6.6, 1.4],
            "rows": [
                ["1", "Jade to go to her GP for a review of her sertraline dose",
                 "Jade Whitfield", "By 17/10/2025",
                 "GP confirms to Kieran that Jade attended", "A"],
                ["2", "Weekly support sessions for Jade with her care coordinator for her anxiety and low mood",
                 "Priya Nandra, Bransquay CMHT", "Weekly",
                 "Jade attends each session (CMHT diary)", "G"],
                ["3", "Jade to attend her outpatient appointment with the consultant psychiatrist, Dr Hale",
                 "Jade Whitfield", "Monday 20/10/2025, 2pm",
                 "Clinic letter copied to Kieran", "A"],
                ["4", "Debt and benefits advice appointment for Jade at Bransquay Citizens Advice",
                 "Holly Jarvis, FSW", "TBC",
                 "Appointment letter seen by the FSW", "R"],
                ["5", "Jade to attend the six-week anxiety course at Bransquay Wellbeing College",
                 "Jade Whitfield", "",
                 "Improvement in Jade's mood", "R"],
                ["6", "Refer Jade to the Bransquay Women's Wellbeing Group for peer support",
                 "Holly Jarvis, FSW", "Before core group 3",
                 "Referral accepted (email from the group)", "A"],
                ["7", "See Theo at home and weigh him, and check Ava's development against her 3-year review",
                 "HV Sam Petrie", "Every 2 weeks until Theo is back on the 50th centile",
                 "Seen by the HV at home and weighed; weight plotted in the red book", "G"],
                ["8", "See Theo and Ava at home, Ava on her own, and look at what the children have eaten "
                      "that day",
                 "SW Kieran Doyle", "Weekly, at least one visit in three unannounced",
                 "Visit records, with what Ava says written down", "G"],
                ["9", "Tell Kieran the same day about any missed feed, Theo's weight dropping, or the "
                      "children found not dressed or fed",
                 "Core group", "Same day",
                 "Each concern logged by the SW on the children's file", "G"],
                ["10", "Liam to attend the Bransquay Dads Matter parenting group",
                 "Liam Carter", "Tuesday evenings for 8 weeks, from 14/10/2025",
                 "", "A"],
                ["11", "Jade to take Theo for his 1-year immunisations",
                 "Jade Whitfield", "At 12 months (w/c 17/11/2025)",
                 "Recorded in the red book, seen by the HV", "R"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Theo misses two feeds in a day, loses weight at two weighs in a row, or Jade is in bed and "
              "unable to care for the children when a worker visits, Liam will be called home from work and "
              "Kieran (or the emergency duty team) will hold a strategy discussion the same day. If Liam "
              "cannot come home, the children will stay with Liam's sister, Chantelle Carter, that night. If "
              "Theo's weight is no better by core group 3, Kieran will request a legal planning meeting."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks, Wednesdays at 10am, Bransquay Children's Centre: core group 3 on "
              "05/11/2025 and core group 4 on 03/12/2025. Review child protection conference: date to be "
              "confirmed by the Safeguarding Unit."),
        ("p", "Log typed by Holly Jarvis and checked by Kieran Doyle, 09/10/2025."),
    ],
    "findings": [
        F("H001", "Weekly support sessions for Jade with her care coordinator"),
        F("T002", "Debt and benefits advice appointment for Jade"),
        F("T001", "Jade to attend the six-week anxiety course"),
        F("M002", "Jade to attend the six-week anxiety course"),
        F("W002", "Tell Kieran the same day about any missed feed"),
        F("M001", "Liam to attend the Bransquay Dads Matter parenting group"),
        F("F001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The plan sent to a young mother as a letter from her social worker;
#    one sentence per bullet, owner, time and measure in ordinary words
#    (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_bellinmoor_letter_to_parent_plan_kearney.txt",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-as-letter-to-parent-txt-plain-headings-one-sentence-bullets-i-and-you-owners-unlabelled-measures",
    "description": (
        "Initial conference plan for a 4-month-old, written as a letter from the social worker to the "
        "19-year-old mother (father's weekend cocaine and cannabis use, two police call-outs for "
        "arguments, mother's low mood). The plan is nine one-sentence bullets under 'What will happen', "
        "owned by 'I', 'you', named workers and the paternal grandmother, with times as routines and ages "
        "('for every sleep, day and night', 'every two weeks until she is 6 months old', 'every Friday "
        "while you are at college') and measures in ordinary words ('her weight will go in the red book', "
        "'look at where she is sleeping at each visit'). The drug service and Talking Therapies report on "
        "change; the grandmother's Fridays have a fallback; core group dates, review conference and legal "
        "step set. Exemplary."
    ),
    "text": """\
BELLINMOOR COUNCIL
Children's Services - Bellinmoor East Safeguarding Team
Bellinmoor Civic Centre, Bridge Street, Bellinmoor

Ms Shannon Kearney
Flat 3, 22 Bowyer Street
Bellinmoor

Our ref: CS/RK/4471
16 October 2025


Dear Shannon,

ROSIE'S CHILD PROTECTION PLAN

Thank you for coming to the initial child protection conference on Tuesday
14 October, and for staying to the end when it was hard to hear. As I said
on the day, the conference agreed that Rosie needs a child protection plan
under the category of emotional abuse. This letter sets out the plan in the
words we used at the meeting. Dale has a copy too.

WHY ROSIE HAS A PLAN

The police came to the flat on 28 August and 20 September after you and
Dale argued; both times Rosie was in the room, and on 20 September a plate
was thrown. Dale told the conference he uses cocaine and cannabis most
weekends with his friends and that this is when the arguments start. You
told us you have felt low and tearful since Rosie was born and that your GP
has referred you to Bellinmoor Talking Therapies.

WHAT WE HAVE SEEN OF ROSIE

Rosie is 4 months old. When Sally (your health visitor) and I have visited,
Rosie has fed well and smiled at you, and she settles best on your shoulder
with her hand holding your hair. She startles and cries at sudden loud
noises, such as the door banging. Bev says she naps well at her house on
Fridays and likes being sung to.

WHAT WE WANT FOR ROSIE

- Rosie lives in a calm home where nobody shouts, fights or uses drugs
  around her.
- Rosie is fed, changed and put down to sleep safely on her back in her own
  cot for every sleep.
- Rosie keeps growing well and has her checks and jabs on time.
- Rosie is cared for by a mum who feels well enough to enjoy her, and by a
  dad who is not using drugs.

WHAT WILL HAPPEN

- I will visit you and Rosie at home every week until the review
  conference, at least one visit in three without an appointment, and
  write down in my notes where Rosie slept and how she was.
- Sally Brennan, your health visitor, will see Rosie at home every two
  weeks until she is 6 months old and weigh her, and her weight will go
  in the red book.
- You will put Rosie down on her back in her cot for every sleep, day
  and night, and Sally or I will look at where she is sleeping at each
  visit.
- Tariq Hussain, Dale's keyworker at the Bellinmoor Drug and Alcohol
  Service, will see Dale every Tuesday and test him each time, and will
  write to me before each core group about whether Dale is stopping and
  what that means for Rosie.
- Dale will go to the Bellinmoor Respect programme on Thursday evenings
  for 20 weeks from 23 October, and the facilitator will send me his
  attendance each month.
- Jess Morley from Bellinmoor Talking Therapies will see you every week
  for 8 weeks from 20 October and send me a report by the core group on
  2 December on how your mood is changing, what still needs to change for
  you to care for Rosie and how long that might take.
- Nicola Adeyemi, the IDVA at Bellinmoor Women's Aid, will write a safety
  plan with you by 31 October, and a signed copy will go on Rosie's file.
- Bev will look after Rosie at her house every Friday from 9am to 3pm
  while you are at college, writing Rosie's feeds and sleeps in the
  notebook that comes home in her bag.
- I will write the parenting assessment of you and Dale by 28 November
  and share it with you both before the core group on 2 December.

IF THINGS GO WRONG

If Dale uses drugs in the flat or comes home under the influence, or the
police are called to an argument, Dale will go and stay at his brother
Craig's that night, you and Rosie will stay at home, and I (or the
emergency duty team out of hours) will hold a strategy discussion the same
day. If Dale will not leave, ring 999.

If Bev cannot have Rosie on a Friday because she is ill or away, she will
tell you and me the day before and Rosie will go to the creche at
Bellinmoor Children's Centre, where a place is kept for her. If that is not
possible, you will stay at home with Rosie that day and college know this.

If Sally or I find Rosie sleeping anywhere other than her cot twice, or
Dale's tests are still positive at the core group on 2 December, I will ask
my manager for a legal planning meeting within 5 working days.

MEETINGS

The core group (you, Dale, me, Sally, Tariq, Jess and Nicola) will meet at
Bellinmoor Children's Centre at 1.30pm, first on Tuesday 28 October and then
every 5 weeks: Tuesday 2 December 2025 and Tuesday 6 January 2026.

The review child protection conference will be on Tuesday 13 January 2026
at 10am at Bellinmoor Civic Centre.

If anything in this letter is wrong, or you want to talk about it, please
ring me on 01632 960 418. You can also ask the chair, Mr Peter Quaye, for
a copy of the conference minutes.

Yours sincerely,

Megan Doherty
Social Worker, Bellinmoor East Safeguarding Team

cc Dale Walsh; Sally Brennan (HV); Tariq Hussain (BDAS); Jess Morley
(Bellinmoor Talking Therapies); Nicola Adeyemi (IDVA); Bev Walsh
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial plan whose "outcomes" are only services being delivered, with
#    no contingency and no word from the children (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_bidwardine_services_only_outcomes_table_holt.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-md-bold-details-outcomes-bullets-that-are-services-then-action-lead-by-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 9-year-old and a 6-year-old (arguments and police call-outs when "
        "the father has been drinking). The 'Outcomes' are only services being delivered (referral "
        "completed, visits to continue), so there is no outcome for the children (O001), and nothing the "
        "children said, felt or live through is recorded (F003). The father's drinking is recorded but "
        "only he owns an action about it (F004); Tyler's ADHD and the paediatrician's review are hard "
        "negatives. Paternal grandmother does the school run and teas but there is no contingency at all "
        "(C001, C003) and no legal step (R002). Row faults: blank measure (M001), 'As soon as possible' and "
        "'TBC' (T002), a passive row with no lead and 'Monitored' (W001, M002), 'All professionals' with "
        "'Ongoing' (W002, T002). Core group and review dates set."
    ),
    "text": """\
# Bidwardine Borough Council

## Child Protection Plan

**Children:** Tyler Holt (9), Year 5, and Maddie Holt (6), Year 2, both at Birchfield Junior and Infant School
**Parents:** Stacey Holt (35) and Wayne Holt (38), 9 Bramhope Rise, Bidwardine
**Paternal grandmother:** Pauline Holt, 30 Baxter Street, Bidwardine
**Conference:** Initial child protection conference, Monday 3 November 2025
**Category:** Emotional abuse
**Social worker:** Rachel Okafor, Bidwardine Safeguarding Team 2
**Chair:** Andrew Fenn

## Reasons for the plan

Police have been called to the family home three times since July after arguments between Stacey
and Wayne when Wayne had been drinking. On 18 October Wayne threw a mug that broke the living room
window. Wayne told conference he drinks "most nights, more at weekends" and his GP has referred him
to the Bidwardine Alcohol Service. Stacey said the arguments are about money and Wayne's drinking.
Tyler has ADHD and takes medication prescribed by the community paediatrician; two repeat
prescriptions were not collected over the summer. School attendance is 84% for Tyler and 88% for
Maddie.

## Outcomes

- Referral to Bidwardine Family Hub completed and family support in place.
- Social worker visits to continue.
- Health services to continue to be offered to the family.
- Specialist alcohol service involved.

## Action plan

| Action | Lead | By when | How we will know |
|---|---|---|---|
| Visit Tyler and Maddie at home, seeing each child on their own | Rachel Okafor (SW) | Every two weeks until the review conference | Visit records on file |
| Attend appointments with the Bidwardine Alcohol Service | Wayne Holt | Weekly, from 10 November | Attendance letters from the service sent to the SW |
| Take Tyler and Maddie to school and make sure they are in by 8.45am | Pauline Holt (paternal grandmother) | Every school day | School register checked each Friday by the school office |
| Have Tyler and Maddie for tea after school | Pauline Holt | Tuesdays and Thursdays | |
| Height, weight and eyesight checks for Maddie | Kerry Fitch, school nurse | As soon as possible | Results shared with the SW and GP |
| Review Tyler's ADHD medication and check his prescriptions are being collected | Dr Simon Barua, community paediatrician | By 12 December 2025 | Clinic letter to the SW and GP |
| Freedom Programme | Stacey Holt | Thursday mornings for 12 weeks from 13 November | Attendance sheet sent to the SW monthly |
| Home conditions to be monitored | | Weekly | Monitored |
| Referral to the Early Help family support worker for help with routines | Rachel Okafor (SW) | TBC | Referral accepted and a worker allocated |
| Share any information about the children's safety | All professionals | Ongoing | Concerns recorded on the case file |
| Safety work with Tyler on what to do if there is shouting at home | Mrs Joanne Blake, learning mentor | Weekly in term time, from 10 November | Tyler's safety card kept in his book bag |

## Core group and review

- Core group every 4 weeks on Wednesdays at Birchfield Junior and Infant School, 3.30pm, first on 12 November 2025, then 10 December 2025 and 7 January 2026.
- Review child protection conference: Monday 2 February 2026, 10am, Bidwardine Town Hall.
""",
    "findings": [
        F("O001"),
        F("F003"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R002"),
        F("M001", "Have Tyler and Maddie for tea after school"),
        F("T002", "Height, weight and eyesight checks for Maddie"),
        F("W001", "Home conditions to be monitored"),
        F("M002", "Home conditions to be monitored"),
        F("T002", "Referral to the Early Help family support worker"),
        F("W002", "Share any information about the children's safety"),
        F("T002", "Share any information about the children's safety"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan for a toddler and a baby whose mother has epilepsy: "What we want
#    for Aria and Jack" merged down over each group of actions (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_birtlewick_merged_what_we_want_column_lowe.docx",
    "doc_title": "Child Protection Plan - Aria and Jack Lowe",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-docx-what-we-want-for-children-first-column-merged-down-then-what-needs-to-happen-who-when-how-well-know",
    "description": (
        "Initial conference plan for a 2-year-old and a 7-week-old whose mother has poorly controlled "
        "epilepsy and has had seizures while caring for them. The first column, 'What we want for Aria "
        "and Jack', is merged down over its two groups of several actions (two real Word vertical merges). "
        "Timescales as ages, ranges and events ('at 8 weeks', 'every 6 to 8 weeks', 'every 2 weeks until "
        "Jack is 4 months old', 'until the epilepsy nurse says the seizures are controlled'). Hard "
        "negatives: the epilepsy nurse owns an action (no F004, never H001), Jack's reflux and Aria's "
        "eczema are the children's own. Faults: a blank 'Who' (W001), 'Improvement in Jack's feeding' "
        "(M002), a blank 'When' (T001), 'As often as he can' (T002), a contingency with only 'further "
        "concerns' and 'discuss' (C002) and no fallback for the aunt who supervises the mornings (C003)."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Birtlewick Metropolitan Borough Council · Children and Young People's Service · Safeguarding "
              "Team West"),
        ("kv", [
            ("Children", "Aria Lowe, born 20/08/2023 (2); Jack Lowe, born 11/09/2025 (7 weeks)"),
            ("Mum", "Chloe Lowe (23), 4 Blackthorn Mews, Birtlewick"),
            ("Dad", "Ryan Pearce (25), lives in his own flat in Birtlewick; Chloe and Ryan separated in "
                    "the summer"),
            ("Aunt", "Lisa Lowe (29), Chloe's sister, lives on the same estate"),
            ("Conference", "Initial child protection conference, Thursday 30/10/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Dean Marsh"),
            ("Chair", "Yvonne Achebe"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Chloe has had epilepsy since she was 14. Her seizures were well controlled until she was "
              "pregnant with Jack, and since his birth she has had three tonic-clonic seizures. On 5 October "
              "she had a seizure while giving Aria a bath and Aria was found by a neighbour, standing in the "
              "bath crying, after the neighbour heard her through the wall. On 21 October Chloe had a seizure "
              "on the stairs while carrying Jack; he was checked at Birtlewick Hospital and was not hurt. "
              "Chloe has been missing doses of her medication because she is exhausted with night feeds, and "
              "she has not been to the epilepsy clinic since before Jack was born."),
        ("p", "Jack has reflux and brings back a lot of his feeds. Aria has eczema that flares in the winter. "
              "Chloe is open about her epilepsy and wants a plan that keeps the children safe."),
        ("h1", "What Aria and Jack's days are like"),
        ("p", "Aria chats in short sentences. She showed Dean what happens when \"Mummy fall down\" by lying "
              "on the floor and shaking, then fetching a cushion for Chloe's head. She now cries when Chloe "
              "runs her bath and will only have a wash at the sink. She loves Lisa, runs to the door when "
              "she comes and calls her \"Lili\"."),
        ("p", "Jack feeds every two to three hours and is unsettled after feeds because of his reflux. He "
              "settles when he is held upright on Chloe's shoulder and when Lisa walks him round the room. "
              "He is starting to smile."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What we want for Aria and Jack", "What needs to happen", "Who", "When",
                       "How we'll know"],
            "widths": [3.6, 5.2, 2.9, 2.6, 2.7],
            "rows": [
                ["Aria and Jack are safe if their mum has a seizure: Jack is never bathed, or carried on the "
                 "stairs, by Chloe when she is on her own, and Aria is never left in the bath.",
                 "Go through the baby care and epilepsy safety checklist with Chloe, room by room, and fit "
                 "a stair gate",
                 "",
                 "By 14/11/2025",
                 "Checklist signed by Chloe and kept on the fridge; stair gate seen"],
                [V,
                 "Review Chloe's seizure control and medication, and write to the SW about how safe it is "
                 "for her to care for Jack on her own",
                 "Kate Oduya, epilepsy specialist nurse, Birtlewick Hospital",
                 "Clinic on 12/11/2025, then every 6 to 8 weeks",
                 "Letter to the SW after each clinic; seizure diary read at clinic"],
                [V,
                 "Take Chloe's medication every morning and evening from the pharmacy blister pack, and "
                 "keep the seizure diary",
                 "Chloe Lowe",
                 "Every day",
                 "Blister packs and seizure diary checked by the SW at each visit"],
                [V,
                 "Stay with Chloe and the children every weekday morning, 8am to 1pm, so that Chloe is "
                 "never alone with Jack while her medication is changed",
                 "Lisa Lowe (aunt)",
                 "Weekdays, until the epilepsy nurse says the seizures are controlled",
                 "Lisa signs the sheet on the fridge each day; the SW checks it"],
                ["Jack is fed, changed and gaining weight, and Aria's eczema is looked after.",
                 "See Jack at home and weigh him, and check Aria's skin and her eczema creams",
                 "HV Nadia Brook",
                 "Every 2 weeks until Jack is 4 months old",
                 "Seen by the HV at home and weighed; weights in the red book"],
                [V,
                 "Jack's 8-week check and first immunisations",
                 "Dr Owen Price, Birchwood Surgery",
                 "At 8 weeks (w/c 03/11/2025)",
                 "Recorded in the red book"],
                [V,
                 "Help Chloe with Jack's reflux feeds and an evening feeding routine",
                 "Gemma Stott, family support worker, Birtlewick Family Hub",
                 "Tuesday and Friday teatimes for 6 weeks",
                 "Improvement in Jack's feeding"],
                ["Aria goes to nursery, plays with other children and has a break from worrying about "
                 "her mum.",
                 "Find Aria a funded two-year-old nursery place at Little Owls, Birtlewick",
                 "SW Dean Marsh",
                 "",
                 "Nursery register shows Aria attending"],
                ["Aria and Jack see their dad and are safe when they are with him.",
                 "Aria and Jack to spend time with their dad at his flat",
                 "Ryan Pearce",
                 "As often as he can",
                 "Contact diary kept by Ryan and seen by the SW"],
                ["Someone who knows Aria and Jack sees them every week and listens to Aria.",
                 "See Aria and Jack at home, Jack awake and Aria playing, and talk with Chloe about any "
                 "seizures that week",
                 "SW Dean Marsh",
                 "Weekly, at least one visit in three unannounced",
                 "Visit records say where Jack slept and what Aria did and said"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are further concerns about the children's safety, Dean will discuss the plan with his "
              "team manager and the core group will meet early. If things have not improved by the review "
              "conference, Dean will request a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, Thursdays at 2pm, Birtlewick Family Hub: 13/11/2025, 11/12/2025 and "
              "08/01/2026. Review child protection conference: Thursday 22/01/2026, 10am, Birtlewick Civic "
              "Centre."),
    ],
    "findings": [
        F("W001", "Go through the baby care and epilepsy safety checklist"),
        F("M002", "Help Chloe with Jack's reflux feeds and an evening feeding routine"),
        F("T001", "Find Aria a funded two-year-old nursery place"),
        F("T002", "Aria and Jack to spend time with their dad"),
        F("C002"),
        F("C003"),
    ],
})
