"""Batch 146, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: plans as they look when they are updated, not first written, in
seven other authorities' house styles and voices. A first review conference
record for a disabled boy and his sister that opens with the decision and
attendance, gives the chair's scaling then and now per outcome and restates
the plan with the outcome merged down beside an "Evidence of progress" and a
"RAG with comment" column, closed actions in a table of their own (docx); a
plan updated at the first core group with a "What we will see" column beside
an "Update from core group 1" column (docx); a mid-way core group record
printed to PDF whose action cells carry their own "We'll know it is working
when ..." check and whose "Where are we now?" column holds the progress,
with an owner changed, a frequency revised and a date moved (pdf); a second
review conference that escalates to a legal planning meeting because
progress is not enough on two outcomes, with outcome banner rows saying what
good looks like and a "Target / what good looks like" cell on every row
(landscape pdf); a Markdown plan for a 14-year-old at risk of criminal
exploitation after the first core group, with struck-out wording, a changed
owner and a measure revised at the meeting (md); a fourth core group record
for a baby in Markdown tables under outcome headings with a status column
(md); and a case-system print of a pre-birth plan updated after the baby's
birth, with actions carried over and reworded, new ones and the closed
pre-birth ones kept for the record (txt).

Five plans are exemplary (no findings): Jannersholme (docx), Jorradale
(pdf), Jaxenbridge (pdf), Jollerwick (md) and Jusselby (txt). Two carry a
realistic mix of faults among mostly good rows: the Jiblethorpe plan after
core group 1 (docx) and the Jindlestow core group 4 record (md).

Counting convention for "actions" (README convention 1 and "Files"): each
live row of an action table and each live numbered action or action block of
an action section counts once, however many updates it carries and whether
its wording, owner, date or measure was changed at the update. One-off work
marked done or closed, or "no longer needed", is not counted, wherever it is
kept (a closed table, a closed list, a "Part C" of the print), and nor are
the contingency, meeting dates, the chair's summary or a change log. Ongoing
work whose status is "Achieved" or "Green" still counts, and so does a legal
planning meeting written as a row of the plan with an owner and a date
(README convention 13, batches 131 and 132).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference record, neglect, an autistic 8-year-old with
#    epilepsy who does not use speech, and his 4-year-old sister; mother with
#    depression. Decision first, attendance table, how the children
#    experience things, chair's scaling then and now per outcome, then the
#    revised plan: outcome merged down, Evidence of progress, RAG with
#    comment; closed actions in a separate table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_jannersholme_rcpc_record_evidence_rag_comment_rafferty.docx",
    "doc_title": "Review Child Protection Conference - Record and Revised Plan - Ollie and Maisie Rafferty",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 4,
    "template": "rcpc-record-docx-landscape-decision-first-attendance-table-how-the-children-experience-things-chairs-scaling-then-now-table-then-revised-plan-outcome-merged-down-no-what-needs-to-happen-lead-timescale-evidence-of-progress-rag-with-comment-then-closed-at-conference-table-contingency-meetings",
    "description": (
        "Exemplary record of the first review conference for an autistic 8-year-old with epilepsy "
        "who does not use speech and his 4-year-old sister; their mother has depression. The "
        "record opens with the decision and an attendance table, then how each child experiences "
        "home (the boy's PECS, signs and behaviour as his school and grandfather see them; his "
        "sister's words), the chair's scaling then and now per outcome, and the revised plan: the "
        "outcome merged down beside each group of actions, a Lead, a Timescale (a dental date "
        "moved, a new social worker named), an 'Evidence of progress' cell and a 'RAG with "
        "comment' cell. Three finished one-off actions are kept in a separate closed table and "
        "not counted. The CBT therapist reports on the mother's capacity to change, the GP owns "
        "an action, the grandfather's part has a fallback, legal planning follows named "
        "triggers, core group and second review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Revised Plan"),
        ("p", "Jannersholme Metropolitan Borough Council · Safeguarding Unit · Conference and Review Service"),
        ("kv", [
            ("Children", "Ollie Rafferty (8), DOB 22/05/2017, Year 3, Brook Lane Special School; "
                         "Maisie Rafferty (4), DOB 09/09/2021, Sunflower Day Nursery"),
            ("Address", "17 Tenter Row, Jannersholme JN3 8PW"),
            ("Mother", "Gemma Rafferty (34), sole carer"),
            ("Father", "Shaun Rafferty (37), lives in Carnford; video calls on Sundays, no direct care"),
            ("Paternal grandfather", "Des Rafferty (66), 3 Mill Yard, Jannersholme (a mile away)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Thursday 13/11/2025"),
            ("This conference", "First review, Tuesday 10/02/2026, 10am, Jannersholme Civic Centre, Room 4"),
            ("Chair", "Beverley Okoro, Independent Reviewing Officer"),
            ("Social worker", "Nadia Ferreira from 02/02/2026 (Kevin Doyle until 30/01/2026); "
                              "team manager Ian Whitlam"),
        ]),
        ("h1", "1. Decision"),
        ("p", "The conference agreed that Ollie and Maisie are still likely to suffer significant harm through "
              "neglect and that both remain subject to a child protection plan under the category of neglect. "
              "Everyone with a vote agreed. Ollie now gets most of his epilepsy medicine and his seizures are "
              "fewer; Maisie's nursery attendance is good. The landing and back bedroom are still blocked, "
              "Ollie's dental treatment has not happened and the routines at home are only partly in place. The "
              "plan below replaces the plan made on 13/11/2025."),
        ("h1", "2. Who took part"),
        ("table", {
            "header": ["Name", "Role", "Took part"],
            "widths": [6.0, 12.7, 7.0],
            "rows": [
                ["Gemma Rafferty", "Mother", "Present, with her advocate Jean Tully"],
                ["Des Rafferty", "Paternal grandfather", "Present for the family's part"],
                ["Nadia Ferreira", "Social worker, Jannersholme Children's Services", "Present, report shared"],
                ["Rachel Mbeki", "Paediatric epilepsy nurse specialist, Jannersholme Children's Hospital",
                 "Present"],
                ["Mrs Carla Nunes", "Class teacher, Brook Lane Special School", "Present, report shared"],
                ["Amira Haddad", "Key worker, Sunflower Day Nursery", "Present"],
                ["Lisa Tran", "Family support worker, Jannersholme Family Hub", "Present"],
                ["Dr Anil Varma", "GP, Northgate Surgery", "Written report"],
                ["Tom Ashby", "Speech and language therapist, Jannersholme Children's Therapy Service",
                 "Written report"],
                ["Shaun Rafferty", "Father", "Sent his views by email"],
            ],
        }),
        ("h1", "3. How Ollie and Maisie experience things"),
        ("p", "Ollie is autistic and does not use speech. He tells people what he wants with his PECS book, a "
              "few Makaton signs and by taking an adult's hand to what he wants. At school, Mrs Nunes says he has "
              "been arriving calmer since Christmas and brings his PECS 'breakfast' card to staff less often, "
              "which she reads as him having eaten at home. On the SW's visit on 03/02/2026 Ollie led Nadia to "
              "the fridge and pointed to the yoghurts, then sat on the kitchen floor flapping happily while he "
              "ate one. He covered his ears and rocked when the landing light flickered. Des says Ollie laughs "
              "the whole way round the duck pond on their Sundays and signs 'more' when it is time to go home."),
        ("p", "Maisie (seen on her own at nursery, 29/01/2026): “Mummy is sad in bed sometimes and I get Ollie's "
              "yoghurt. I like Grandad's house because there's a dog. I don't like the stairs at home 'cos of "
              "the bags.” She drew her family with Ollie holding a big spoon and herself “being the helper”."),
        ("p", "Gemma said: “I know I let things slide when I was at my lowest. The medicine chart helps. I want "
              "the dentist done because I hate seeing Ollie in pain.”"),
        ("h1", "4. The chair's view of progress"),
        ("p", "Scaling: 0 means the children are not safe at home at all, 10 means they are safe enough for the "
              "plan to end. Scores agreed by the conference."),
        ("table", {
            "header": ["Outcome", "At the ICPC", "Now", "Chair's comment"],
            "widths": [7.5, 2.6, 2.6, 13.0],
            "rows": [
                ["A. Epilepsy medicine and health appointments", "3/10", "6/10",
                 "Seizures down from nine in October to two in January; two evening doses missed in January. "
                 "Dental treatment moved because the theatre list was cancelled."],
                ["B. A clean, safe, warm home and a hot meal every day", "3/10", "4/10",
                 "Food seen in the house at every visit since December; the landing and back bedroom are still "
                 "blocked. This is the area of least progress."],
                ["C. Ollie understood and enjoying his week", "4/10", "6/10",
                 "The home–school diary works most days; Saturday Club agreed; SALT has started at home."],
                ["D. Maisie noticed in her own right", "5/10", "7/10",
                 "93% nursery attendance; Maisie still describes herself as Ollie's helper."],
            ],
        }),
        ("h1", "5. Revised plan"),
        ("p", "The outcome cells are merged over the actions that serve them. 'Evidence of progress' is what the "
              "core group will look for at each meeting. 'RAG with comment' is where each action stood at this "
              "conference: GREEN on track, AMBER partly done or late with a new date, RED not done, NEW agreed "
              "today."),
        ("table", {
            "header": ["Outcome for the children", "No.", "What needs to happen", "Lead", "Timescale",
                       "Evidence of progress", "RAG with comment"],
            "widths": [3.4, 1.1, 5.0, 3.6, 3.4, 5.0, 4.2],
            "rows": [
                ["A. Ollie has every dose of his epilepsy medicine and gets to every health appointment he "
                 "needs, including the dentist.",
                 "A1",
                 "Give Ollie his sodium valproate at 8am and 7pm and initial the medicine chart after each dose",
                 "Gemma Rafferty (Mum)",
                 "Twice daily, every day",
                 "Chart fully initialled when the SW checks it at each visit; valproate blood level in range at "
                 "the test on 10/03/2026",
                 "AMBER – two evening doses missed in January; none missed since 28/01/2026"],
                [V, "A2",
                 "Home visit to go through Ollie's seizure diary, medicine chart and rescue medication, and "
                 "update his epilepsy care plan with Gemma",
                 "Rachel Mbeki, paediatric epilepsy nurse specialist, Jannersholme Children's Hospital",
                 "Every four weeks; next visit 03/03/2026",
                 "Written update to the SW before each core group giving the number of seizures and any missed "
                 "doses that month",
                 "GREEN – three visits since the ICPC"],
                [V, "A3",
                 "Dental treatment for Ollie under general anaesthetic (four decayed teeth)",
                 "Mr Idris Khan, dentist, Jannersholme Community Dental Service",
                 "By 20/03/2026 (set at the ICPC: 30/01/2026; the theatre list was cancelled)",
                 "Discharge letter to the SW and GP; school staff see Ollie eat his lunch without holding his "
                 "jaw",
                 "AMBER – carried forward with the new date; pre-op check done 04/02/2026"],
                ["B. Ollie and Maisie live in a home that is clean, warm and safe, with a hot meal every day and "
                 "a clean, dry bed every night.",
                 "B1",
                 "Visit the children at home, one visit in three unannounced; see each child, Ollie's bedroom "
                 "and the kitchen",
                 "Nadia Ferreira, SW (was Kevin Doyle until 30/01/2026)",
                 "Weekly until the second review conference",
                 "Visit records say what food was in the house, whether Ollie's bed was clean and dry, and "
                 "what each child was doing",
                 "GREEN – 12 of 13 weekly visits; one missed in the change of worker"],
                [V, "B2",
                 "Cook a hot meal with Gemma and both children, and build a morning and bedtime routine chart "
                 "together",
                 "Lisa Tran, family support worker, Jannersholme Family Hub",
                 "Every Wednesday, 4pm to 6pm, until 29/04/2026",
                 "Routine chart on the fridge ticked on at least five days a week when the SW looks; session "
                 "notes to the SW every fortnight",
                 "AMBER – chart started 21/01/2026; ticked on three days a week so far"],
                [V, "B3",
                 "Clear the landing and the back bedroom of bags and broken furniture, using a bulky-waste "
                 "collection",
                 "Gemma Rafferty (Mum); collection booked by Lisa Tran (FSW)",
                 "By 13/03/2026 (set at the ICPC: by 31/12/2025)",
                 "Landing and back bedroom seen clear at the SW's first visit after 13/03/2026",
                 "RED – one collection missed; the new collection is booked for 11/03/2026"],
                [V, "B4",
                 "Eight sessions of CBT with Gemma for her low mood, and a written view after session 4 and "
                 "session 8 on whether she is making the changes Ollie and Maisie need and how long further "
                 "change is likely to take",
                 "Hannah Cole, CBT therapist, Jannersholme Talking Minds (adult mental health service)",
                 "Weekly from 12/02/2026; reports by 12/03/2026 and 09/04/2026",
                 "Both written reports on the children's file and shared at the core group",
                 "NEW – referral accepted; first session 12/02/2026"],
                [V, "B5",
                 "Review Gemma's sertraline so that she is well enough to get the children up, fed and out on "
                 "time, and tell the SW within two working days if she misses a review",
                 "Dr Anil Varma, GP, Northgate Surgery",
                 "Every four weeks; next review 24/02/2026",
                 "GP email to the SW after each review saying whether Gemma came and any change to her "
                 "medicine",
                 "GREEN – reviews held 16/12/2025 and 27/01/2026"],
                ["C. The adults at home and at school understand how Ollie communicates, and he has time every "
                 "week doing things he enjoys.",
                 "C1",
                 "Use Ollie's PECS book at school and keep the home–school diary going both ways every day",
                 "Mrs Carla Nunes, class teacher, Brook Lane Special School",
                 "Every school day",
                 "Diary comes back from home with an entry on at least four days a week; the SW reads it at "
                 "each visit",
                 "GREEN – diary back on four or five days most weeks"],
                [V, "C2",
                 "Show Gemma how to use PECS at home for meals, bath time and bedtime",
                 "Tom Ashby, speech and language therapist, Jannersholme Children's Therapy Service",
                 "Three home sessions by 27/03/2026",
                 "At the third session Gemma is seen using PECS with Ollie at teatime; SALT note sent to the SW",
                 "AMBER – first session held 05/02/2026"],
                [V, "C3",
                 "Saturday Club place for Ollie as his short break",
                 "Jo Pike, Saturday Club lead, Jannersholme Short Breaks Service",
                 "Every Saturday, 10am to 3pm, from 07/03/2026",
                 "Club register sent to the SW each month; Ollie's 'what I did' photo sheet comes home every "
                 "week",
                 "NEW – place agreed by the short breaks panel on 29/01/2026"],
                [V, "C4",
                 "Have Ollie and Maisie at his house for the afternoon and take Ollie to the duck pond",
                 "Des Rafferty (paternal grandfather)",
                 "Every other Sunday, 1pm to 5pm",
                 "Des writes what they did in the home–school diary on the Monday; the SW checks it at her "
                 "next visit",
                 "GREEN – every Sunday kept since December"],
                [V, "C5",
                 "Assess Ollie's bedroom and advise on a safe sleep space, because he climbs and falls at night",
                 "Ravi Patel, children's occupational therapist, Jannersholme Children's Therapy Service",
                 "By 17/04/2026",
                 "OT report with recommendations sent to Gemma and the SW; any equipment seen fitted at the "
                 "first SW visit after it is delivered",
                 "NEW – agreed today"],
                ["D. Maisie goes to nursery every session, is noticed in her own right and knows who to tell "
                 "when she is worried.",
                 "D1",
                 "Record Maisie's attendance and whether she arrives fed and in clean clothes, and phone the SW "
                 "the same day with any worry",
                 "Amira Haddad, key worker, Sunflower Day Nursery",
                 "Every session (Monday to Friday mornings)",
                 "Weekly attendance email to the SW showing 90% or more; same-day calls logged",
                 "GREEN – 93% since November"],
                [V, "D2",
                 "Three play sessions with Maisie on her own about home and her worries, using her 'worry bear'",
                 "Nadia Ferreira, SW",
                 "By 24/04/2026",
                 "Maisie's drawings and what she says written up and brought to the core group on 05/05/2026",
                 "NEW – first session booked for 19/02/2026"],
            ],
        }),
        ("h1", "6. Closed at this conference"),
        ("p", "These actions from the plan of 13/11/2025 are finished. They are kept here for the record and are "
              "no longer part of the plan."),
        ("table", {
            "header": ["From the ICPC plan", "Who did it", "Done", "Closed because"],
            "widths": [9.0, 5.0, 3.0, 8.7],
            "rows": [
                ["Refer Gemma to Jannersholme Talking Minds", "Kevin Doyle, SW", "20/01/2026",
                 "Referral accepted; the CBT sessions are now action B4"],
                ["Fit window restrictors in Ollie's bedroom", "Jannersholme Homes repairs team", "14/01/2026",
                 "Seen fitted by the SW on 16/01/2026"],
                ["Share Ollie's epilepsy care plan with school and nursery", "Rachel Mbeki, epilepsy nurse",
                 "28/11/2025", "Copies confirmed received by both"],
            ],
        }),
        ("h1", "7. If things go wrong"),
        ("bullets", [
            "If Ollie misses two or more doses of his valproate in one week, has a seizure of more than five "
            "minutes without his rescue medicine being given, or Gemma cannot be woken while she is caring for the "
            "children: Nadia (or the Emergency Duty Team out of hours) holds a strategy discussion the same day, "
            "and Ollie and Maisie stay with Des at 3 Mill Yard until it has taken place.",
            "If there is no food in the house, or Ollie's bed is wet and unchanged, at two visits in a row: Lisa "
            "Tran visits every day that week, the Family Hub food bank delivers food the same day, and Nadia "
            "writes to Gemma setting out what must change by the next core group.",
            "If Des cannot have the children (he is ill or away) or his Sundays stop: Nadia places Ollie and "
            "Maisie together, the same day, with Jannersholme foster carers who have epilepsy training, and "
            "Saturday Club carries on for Ollie.",
            "If, by the core group on 05/05/2026, Ollie is still missing doses in more than two weeks a month, his "
            "dental treatment has not happened, or the landing is still blocked, Nadia will ask Ian Whitlam for a "
            "legal planning meeting within five working days to decide whether to start PLO pre-proceedings.",
        ]),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.30pm, Brook Lane Special School: 24/03/2026, 05/05/2026 "
            "and 16/06/2026.",
            "Second review child protection conference: Tuesday 11/08/2026, 10am, Jannersholme Civic Centre.",
            "Before each core group Mrs Nunes and Des will tell Nadia what they have seen of Ollie's days, and "
            "Nadia will bring Maisie's words to the meeting.",
        ]),
        ("p", "Record agreed by the chair on 12/02/2026 and sent to Gemma, Des, Shaun and every person named in "
              "the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan after the first core group, domestic abuse (father left after an
#    assault), mother's weekend drinking and anxiety, a 6-year-old and a
#    2-year-old, grandmother and aunt helping. Portrait Word plan: No. /
#    What will happen / Who / When / What we will see / Update from core
#    group 1, closed rows kept in the table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_jiblethorpe_plan_after_core_group_one_update_column_thackeray.docx",
    "doc_title": "Child Protection Plan - updated at core group 1 - Kacey and Leon Thackeray",
    "split": "heldout",
    "actions": 13,
    "header": "Jiblethorpe City Council · Children's Social Care · OFFICIAL-SENSITIVE",
    "footer": "Thackeray – plan updated at core group 1 (27/01/2026) – page {PAGE}",
    "template": "plan-updated-at-first-core-group-docx-portrait-page-header-details-list-why-a-plan-what-the-children-tell-us-outcomes-how-the-plan-changed-today-then-no-what-will-happen-who-when-what-we-will-see-update-from-core-group-1-table-closed-rows-kept-contingency-legal-meetings",
    "description": (
        "Plan for a 6-year-old and a 2-year-old updated at the first core group, after their father "
        "left following an assault on their mother; the mother drinks at weekends and has anxiety, "
        "and the maternal grandmother and aunt help. A portrait Word table with 'What we will see' "
        "beside an 'Update from core group 1' column; two closed rows are kept in the table and "
        "not counted. Most rows are sound (weekly visits with a revised weekend visit, the "
        "alcohol service reporting on change, the police, the school, the HV, a nursery place, "
        "the aunt's school pick-ups). Faults: the Wellbeing Service only continues to support the "
        "mother, measured by attendance; the IDVA's work is 'Ongoing'; 'Family' owns keeping the "
        "father away; the grandmother's Saturday nights are only 'Reviewed at core group'; the "
        "children's group referral is 'Carried forward' with no new date; one outcome is about "
        "the mother only; the contingency sends the children to the grandmother and never says "
        "what happens if she or the aunt cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan – updated at the first core group"),
        ("kv", [
            ("Children", "Kacey Thackeray (6), DOB 02/07/2019, Year 2, St Aidan's Primary; Leon Thackeray (2), "
                         "DOB 15/11/2023"),
            ("Address", "41 Ropewalk Lane, Jiblethorpe JB7 2DS"),
            ("Mother", "Jade Thackeray (27)"),
            ("Father", "Connor Lyle (29); left the home on 22/12/2025; police bail conditions not to contact "
                       "Jade or go to Ropewalk Lane"),
            ("Maternal grandmother", "Pauline Thackeray, 14 Brook Terrace, Jiblethorpe"),
            ("Maternal aunt", "Chelsea Thackeray, 6 Kiln Street, Jiblethorpe"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "Tuesday 13/01/2026 (chair: Mark Ellison, IRO)"),
            ("Core group 1", "Tuesday 27/01/2026, 3.30pm, St Aidan's Primary"),
            ("Present at core group 1", "Jade; Pauline; Chelsea; Sean O'Hare (SW); Dan Whitby (Jiblethorpe "
                                        "Alcohol Service); Gemma Fairley (IDVA); Mrs Nadine Cole (DSL); Priya "
                                        "Mann (HV)"),
        ]),
        ("h1", "Why Kacey and Leon have a plan"),
        ("p", "On 21/12/2025 Connor came home drunk and assaulted Jade in the kitchen while Kacey and Leon were "
              "in the next room; Kacey called her grandmother. It was the fourth police call-out to the house in "
              "2025. Jade has told the SW that she drinks heavily on Friday and Saturday nights “to switch off” "
              "and that she has had anxiety since her teens. Connor was charged with assault and is on bail."),
        ("h1", "What Kacey and Leon tell us"),
        ("p", "Kacey (seen on her own at school, 23/01/2026): “I rang Nana because Dad was shouting and Mum was "
              "crying. I put Leon in my bed and got the big blanket. I don't want Dad to come back when he's "
              "angry. I like it when Mum's not tired on Saturdays.” She scored “how safe home feels” at 5 out of "
              "10."),
        ("p", "Leon (seen at home, 20/01/2026) flinched and ran to Jade when a car door slammed outside, then "
              "settled on her knee and went back to his cars. Jade says he wakes most nights and will only settle "
              "in her bed."),
        ("h1", "What we want to be different"),
        ("numbers", [
            "Kacey and Leon live free from violence and are not exposed to arguments or threats from Connor.",
            "Kacey and Leon are cared for every day by a sober adult, including on Friday and Saturday nights.",
            "Kacey is helped to make sense of what she saw and feels safe at school and at home.",
            "Jade will feel more confident and be able to manage her drinking.",
        ]),
        ("h1", "How the plan changed at core group 1"),
        ("p", "The outline plan from the conference has been written out in full. The weekend visits have "
              "been made more frequent, Chelsea offered to collect Kacey twice a week and this has been added, "
              "and Leon's nursery place is new. The alcohol service referral and the MARAC referral are done "
              "and have been closed."),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "What we will see",
                       "Update from core group 1 (27/01/2026)"],
            "widths": [1.0, 4.0, 2.6, 2.4, 3.6, 3.4],
            "rows": [
                ["1",
                 "Visit Kacey and Leon at home and see Kacey on her own; at least one visit a fortnight on a "
                 "Saturday or Sunday",
                 "Sean O'Hare, SW",
                 "Weekly until the review conference on 07/04/2026",
                 "Visit records show both children seen each week and Kacey's words written down; weekend "
                 "visit notes say whether Jade was sober",
                 "Four visits since the ICPC, one on a Saturday. Revised today: weekend visit every fortnight "
                 "(was monthly)."],
                ["2",
                 "Key-work and breath tests with Jade, and a written report before each core group on whether "
                 "she has stopped drinking at weekends and what still needs to change for Kacey and Leon",
                 "Dan Whitby, recovery worker, Jiblethorpe Alcohol Service",
                 "Every Monday; report two working days before each core group",
                 "Report on file before each core group, with the Monday breath test readings",
                 "Assessment done 20/01/2026; key-work started 26/01/2026."],
                ["3",
                 "Not drink alcohol while she is caring for Kacey and Leon, including Friday and Saturday "
                 "nights",
                 "Jade Thackeray (Mum)",
                 "Every day from 13/01/2026",
                 "Monday breath tests read zero; no alcohol seen at weekend visits",
                 "Jade says she has not drunk since 10/01/2026; test on 26/01/2026 read zero."],
                ["4",
                 "Continue to support Jade with her anxiety through counselling sessions",
                 "Amy Rowe, counsellor, Jiblethorpe Wellbeing Service",
                 "Fortnightly",
                 "Attendance record sent to the SW",
                 "Two sessions attended."],
                ["5",
                 "IDVA support: safety planning with Jade and help with the non-molestation order application",
                 "Gemma Fairley, IDVA, Jiblethorpe Domestic Abuse Service",
                 "Ongoing",
                 "Copy of the safety plan to the SW; order granted and served on Connor",
                 "Safety plan written 23/01/2026; court hearing awaited."],
                ["6",
                 "Tell the SW the same day about any report of Connor coming to the house or contacting Jade",
                 "Sgt Lee Parr, Jiblethorpe Police Domestic Abuse Unit",
                 "Same day as any report",
                 "Police log reference sent to the SW with each report",
                 "No reports since 22/12/2025."],
                ["7",
                 "Make sure Connor does not come to the house or find out where the children are at weekends",
                 "Family",
                 "Every day",
                 "Any sighting of Connor reported to the police and the SW the same day",
                 "Pauline says Connor drove past twice; both reported."],
                ["8",
                 "Have Kacey and Leon to stay every Saturday night at Brook Terrace",
                 "Pauline Thackeray (maternal grandmother)",
                 "Every Saturday, 5pm to Sunday 11am",
                 "Reviewed at core group",
                 "All three Saturdays since the ICPC kept."],
                ["9",
                 "Collect Kacey from school and give both children their tea at Kiln Street",
                 "Chelsea Thackeray (maternal aunt)",
                 "Every Tuesday and Thursday, 3.15pm to 6pm, from 29/01/2026",
                 "School gate log shows Chelsea collecting Kacey; Chelsea texts the SW when she takes the "
                 "children home",
                 "New today – Chelsea offered at the meeting."],
                ["10",
                 "Refer Kacey to Little Owls, the Jiblethorpe group for children who have lived with domestic "
                 "abuse",
                 "Sean O'Hare, SW",
                 "Carried forward",
                 "Acceptance letter on file and the date of Kacey's first session",
                 "Not done – referral form not sent yet."],
                ["11",
                 "Check Kacey's attendance and how she presents, give her a check-in with her learning mentor "
                 "every Monday, and phone the SW the same day with any worry",
                 "Mrs Nadine Cole, DSL, St Aidan's Primary",
                 "Every school day; check-in every Monday",
                 "Attendance and check-ins logged on CPOMS and sent to the SW each Friday",
                 "Ongoing – 96% this half-term."],
                ["12",
                 "Weigh Leon, check his development and his sleep, and go through a settling routine with Jade",
                 "Priya Mann, health visitor",
                 "Every four weeks; 2-year review by 27/02/2026",
                 "Weight in the red book on his centile; 2-year review (ASQ) scores and the sleep diary sent to "
                 "the SW",
                 "Seen 21/01/2026; sleep diary started."],
                ["13",
                 "Take Leon to his funded place at Little Steps Nursery",
                 "Jade Thackeray (Mum); place arranged by Sean O'Hare, SW",
                 "Tuesday to Thursday mornings from 23/02/2026",
                 "Little Steps register sent to the SW each Friday showing 90% or more",
                 "New today."],
                ["–",
                 "Refer Jade to Jiblethorpe Alcohol Service",
                 "Sean O'Hare, SW",
                 "By 20/01/2026",
                 "Referral accepted",
                 "CLOSED – done 19/01/2026; now row 2."],
                ["–",
                 "MARAC referral for Jade",
                 "Sgt Lee Parr, Jiblethorpe Police",
                 "By 16/01/2026",
                 "Case heard at MARAC",
                 "CLOSED – heard at MARAC on 22/01/2026."],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Connor comes to the house, contacts Jade or the children, or is seen near St Aidan's, Jade or "
              "school will call 999 and the police will attend; Sean will hold a strategy discussion the same day "
              "and Kacey and Leon will stay with Pauline at 14 Brook Terrace until it has taken place."),
        ("p", "If Jade drinks while she is caring for the children (a breath test above zero, alcohol seen at a "
              "visit, or Kacey telling someone), Kacey and Leon will go to Pauline's that night and Sean will visit "
              "Jade the next morning."),
        ("p", "If Jade drinks while caring for the children twice before the review conference, or Connor "
              "breaches his bail or the order, Sean will ask his team manager, Lorna Baptiste, for a legal "
              "planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm, St Aidan's Primary: 24/02/2026 and 24/03/2026.",
            "Review child protection conference: Tuesday 07/04/2026, 1.30pm, Jiblethorpe Civic Centre.",
        ]),
    ],
    "findings": [
        F("F002", "Jade will feel more confident and be able to manage her drinking."),
        F("H001", "Continue to support Jade with her anxiety through counselling"),
        F("T002", "safety planning with Jade and help with the non-molestation"),
        F("W002", "Make sure Connor does not come to the house"),
        F("M002", "Have Kacey and Leon to stay every Saturday night"),
        F("T001", "Refer Kacey to Little Owls, the Jiblethorpe group"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Third core group, mid-way to the first review conference; mother's
#    cocaine and alcohol use at weekends, a 15-year-old and a 10-year-old
#    left alone at night; uncle and aunt help at weekends and on school
#    mornings, father has them on Wednesdays. Printed to PDF with a page
#    header and footer. Each action cell carries its own "We'll know it is
#    working when ..." check; "Where are we now?" holds progress; an owner
#    changed, a frequency revised, a date moved, one new action, two taken
#    off the plan. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_jorradale_core_group_three_where_are_we_now_szymanski.pdf",
    "doc_title": "Core Group 3 Record - Zofia and Kuba Szymanski - 17/03/2026",
    "split": "heldout",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE · Jorradale Council Children's Services · Core Group Record",
    "footer": "Zofia and Kuba Szymanski – core group 3, 17/03/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "core-group-3-record-printed-to-pdf-page-header-footer-details-list-since-core-group-2-childrens-words-today-outcomes-unchanged-then-ref-action-and-how-well-know-in-one-cell-who-when-where-are-we-now-table-owner-changed-frequency-revised-date-moved-new-row-then-taken-off-the-plan-list-contingency-legal-meetings",
    "description": (
        "Exemplary record of the third core group, three weeks before the first review "
        "conference, for a 15-year-old and a 10-year-old whose mother uses cocaine and drinks at "
        "weekends and twice left them alone at night. A Word record printed to PDF with a page "
        "header and footer. The action table has no measure column: each action cell ends with "
        "its own check ('We'll know it is working when ...', 'Shown by ...', 'Check: ...', "
        "'Evidence: ...'), and a 'Where are we now?' column holds the progress. The school nurse "
        "has changed (was / now), her sessions were revised from monthly to every two weeks, the "
        "young carer's assessment date moved, one action is new, and two finished actions are "
        "listed apart as taken off the plan. The drug service reports on change, the GP owns an "
        "action, the uncle's and aunt's parts have a fallback, legal planning follows named "
        "triggers, the review conference and core group dates are set."
    ),
    "blocks": [
        ("title", "Core Group Record – Meeting 3"),
        ("kv", [
            ("Children", "Zofia Szymanski (15), DOB 04/04/2010, Year 10, Jorradale Academy; Kuba Szymanski (10), "
                         "DOB 19/08/2015, Year 5, Jorradale Primary"),
            ("Home", "Flat 9, Kestrel House, Millgate, Jorradale JR2 5NB, with their mother"),
            ("Mother", "Agnieszka Szymanska (38)"),
            ("Father", "Piotr Szymanski (41), 22 Weir Street, Jorradale; has the children every Wednesday"),
            ("Maternal uncle and aunt", "Tomasz and Ewa Nowak, 8 Larch Grove, Jorradale"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "06/01/2026"),
            ("This meeting", "Core group 3, Tuesday 17/03/2026, 4pm, Jorradale Academy"),
            ("Present", "Agnieszka; Piotr; Tomasz; Kirsty Mallender (SW, chair); Marcus Dell (Jorradale "
                        "Recovery Hub); Ms Harriet Lowe (DSL, Jorradale Academy); Mr Daniel Okafor (DSL, "
                        "Jorradale Primary); Rhona Baird (school nurse)"),
            ("Apologies", "Ewa Nowak; Dr Sarah Kemp (GP), written update sent; Lewis Hart (Jorradale Young "
                          "Carers)"),
        ]),
        ("h1", "Since core group 2 (17/02/2026)"),
        ("p", "At the initial conference Agnieszka had been going out on Friday and Saturday nights since her "
              "separation from Piotr, drinking and using cocaine, and had twice left Kuba at home with only Zofia, "
              "who was found by the police at 1am on 13/12/2025 looking for her mother in the town centre. Zofia "
              "was missing school on Mondays to look after Kuba."),
        ("p", "Since the last core group Agnieszka has been to five of six Tuesday sessions at the Recovery Hub. "
              "One saliva test was positive for cocaine on 14/02/2026, after a night out when the children were "
              "with Tomasz; the four since have been negative. The SW's three late visits all found her at home "
              "and sober. Kuba was late to school on two Fridays in February, so Ewa has offered to take him on "
              "Fridays as well as Mondays. The school nurse has changed. Zofia's attendance has risen to 91%."),
        ("h1", "What Zofia and Kuba said"),
        ("p", "Zofia (seen on her own at school, 12/03/2026): “It's better. Mum's actually in on Saturdays when "
              "we get back from Wujek Tomasz's. I still check her phone to see if she's planning to go out. I "
              "want to do my coursework without worrying about Kuba's tea.” She put home at 6 out of 10, up from "
              "3 in January."),
        ("p", "Kuba (seen on his own at home, 10/03/2026): “I like Ciocia Ewa taking me to breakfast club "
              "because they have pancakes on Friday. I don't like it when Mum's phone keeps buzzing at night.” "
              "He said Wednesdays at his dad's are “the best, he makes pasta”."),
        ("h1", "Outcomes (unchanged from the initial conference)"),
        ("numbers", [
            "Zofia and Kuba are cared for every night by a sober adult who is at home with them.",
            "Kuba gets to school every day, fed and on time, and Zofia no longer has to look after him.",
            "Zofia goes to school every day and has time for her GCSE work and her friends.",
            "Both children know who to call if they are worried or left alone, and feel able to call them.",
        ]),
        ("h1", "The plan and where we are now"),
        ("p", "Each action says in its own words how we will know it is working. 'Where are we now?' is what the "
              "core group heard today."),
        ("table", {
            "header": ["Ref", "What will happen, and how we'll know it is working", "Who", "When",
                       "Where are we now?"],
            "widths": [1.1, 6.5, 3.2, 3.0, 3.2],
            "rows": [
                ["1",
                 "See Zofia and Kuba at home, with one visit in three after 9pm on a Friday or Saturday, and "
                 "see each child on their own. We'll know it is working when the visit notes show both "
                 "children seen alone every week and a sober adult at home at every late visit.",
                 "Kirsty Mallender, SW",
                 "Weekly until the review conference on 07/04/2026",
                 "Nine visits, three late; Agnieszka sober at all three. Kuba seen alone each time, Zofia "
                 "twice (she was at her Saturday job)."],
                ["2",
                 "Key-work with Agnieszka with a saliva test for cocaine at each session, and a written view "
                 "before each core group on whether she has stopped using, what still has to change for Zofia "
                 "and Kuba and how long that is likely to take. Evidence: the test results and the written "
                 "view on file two working days before each meeting.",
                 "Marcus Dell, recovery worker, Jorradale Recovery Hub (adult drug and alcohol service)",
                 "Every Tuesday; written view before each core group",
                 "Five of six sessions; one positive test (14/02/2026), four negative. Written view received "
                 "13/03/2026."],
                ["3",
                 "Not use cocaine or drink alcohol on any day or night she is caring for the children, and tell "
                 "the SW in advance of any night she will be out. Shown by negative tests at every Tuesday "
                 "session and by the SW's late visits finding her at home and sober.",
                 "Agnieszka Szymanska (Mum)",
                 "Every day and night from 06/01/2026",
                 "One positive test in February, on a night the children were with Tomasz."],
                ["4",
                 "Have Zofia and Kuba to stay every Saturday night at 8 Larch Grove. Check: Tomasz texts the SW "
                 "when the children arrive and when he drops them home, and the SW reads the texts at her next "
                 "visit.",
                 "Tomasz Nowak (maternal uncle)",
                 "Every Saturday, 4pm until Sunday noon",
                 "Every Saturday kept since January."],
                ["5",
                 "Take Kuba to breakfast club on Monday and Friday mornings. We'll know from the breakfast club "
                 "register, which Jorradale Primary sends the SW each Friday.",
                 "Ewa Nowak (maternal aunt by marriage)",
                 "Every Monday and Friday by 8am (Fridays added at this meeting)",
                 "Mondays kept. Revised today: Fridays added after two late Fridays in February."],
                ["6",
                 "Check Kuba's attendance and punctuality and whether he arrives fed, and phone the SW the same "
                 "day with any worry. Shown by a weekly attendance email to the SW at 95% or more, and same-day "
                 "calls logged on CPOMS.",
                 "Mr Daniel Okafor, DSL, Jorradale Primary",
                 "Every school day",
                 "94% since January; late twice."],
                ["7",
                 "Meet Zofia every Wednesday with her head of year, check her attendance and help her keep to a "
                 "GCSE coursework plan. We'll know from the CPOMS note of each meeting and her attendance, sent "
                 "to the SW every fortnight.",
                 "Ms Harriet Lowe, DSL, Jorradale Academy",
                 "Every Wednesday in term time",
                 "Six meetings; attendance 91%, up from 82%."],
                ["8",
                 "Health check with Zofia and sessions on her sleep and worries. Evidence: a short note to the "
                 "SW after each session saying how Zofia is sleeping and what she has chosen to share.",
                 "Rhona Baird, school nurse, Jorradale Community Health, from 02/03/2026 (was Amy Lord)",
                 "Every two weeks (revised today; was monthly)",
                 "Health check done 05/03/2026. Zofia asked for more frequent sessions."],
                ["9",
                 "Young carer's assessment with Zofia and a place at the Thursday group. Check: Zofia's young "
                 "carer's plan sent to the SW, and the group register.",
                 "Lewis Hart, Jorradale Young Carers",
                 "Originally by 31/01/2026, now by 28/03/2026 (waiting list)",
                 "Assessment booked for 24/03/2026."],
                ["10",
                 "Have Zofia and Kuba for tea every Wednesday and drive them home by 8pm. Shown by Piotr's text "
                 "to the SW each Wednesday night and by what the children tell the SW at visits.",
                 "Piotr Szymanski (Dad)",
                 "Every Wednesday, 4pm to 8pm",
                 "Every Wednesday kept."],
                ["11",
                 "Tell the SW within two working days of any A&E attendance or drug-related consultation for "
                 "Agnieszka, and check nothing she is prescribed sedates her at night. Evidence: the GP's "
                 "written update to the SW before each core group.",
                 "Dr Sarah Kemp, GP, Larch Grove Medical Centre",
                 "Update before each core group; alerts within two working days",
                 "Written update received for today."],
                ["12",
                 "NEW: make a 'who I can call' card with Kuba and put the same numbers in Zofia's phone. We'll "
                 "know it is done when both children can show the SW the card or the numbers at her next visit.",
                 "Kirsty Mallender, SW",
                 "By 24/03/2026",
                 "Agreed today at Kuba's request."],
            ],
        }),
        ("h1", "Taken off the plan today"),
        ("bullets", [
            "Referral to Jorradale Recovery Hub – accepted 12/01/2026; the key-work is now action 2.",
            "Home fire safety visit and smoke alarm – done by Jorradale Fire and Rescue on 30/01/2026.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Agnieszka uses cocaine or drinks while she is caring for the children (a positive test for a day "
            "she was caring, seen under the influence at a visit, or either child telling someone), or the "
            "children are found at home without an adult after 9pm: Kirsty (or the Emergency Duty Team out of "
            "hours) holds a strategy discussion the same day, and Zofia and Kuba go to Tomasz and Ewa at 8 Larch "
            "Grove that night.",
            "If Tomasz and Ewa cannot have the children (away, ill, or the arrangement breaks down): Piotr "
            "collects them and they stay at 22 Weir Street; if neither home is available, Kirsty places Zofia "
            "and Kuba together with Jorradale foster carers the same night.",
            "If Ewa cannot do a breakfast club morning: Piotr takes Kuba before work, and if he cannot, Kirsty "
            "books the school's taxi so that Kuba is not taken by Zofia.",
            "If Agnieszka has another positive test for a day she was caring for the children, or the children "
            "are left alone at night again: Kirsty will ask her team manager, Rob Sheriff, for a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "Next meetings"),
        ("bullets", [
            "Review child protection conference: Tuesday 07/04/2026, 10am, Jorradale Civic Offices.",
            "Core group every four weeks, Tuesdays at 4pm, Jorradale Academy; the next is on 05/05/2026, after "
            "the review.",
            "Kirsty will see Zofia and Kuba on their own before the review and bring their words to it.",
        ]),
        ("p", "Record written by Kirsty Mallender on 18/03/2026 and sent to everyone present and to those who "
              "sent apologies."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second review conference, neglect, three children, mother dependent on
#    codeine, father working away midweek. Progress is not enough on two
#    outcomes: the conference books a legal planning meeting, written as a
#    row of the plan. Landscape, printed to PDF with a page header and
#    footer; IRO's summary per outcome with scaling; one table with outcome
#    banner rows saying what good looks like, and a "Target / what good looks
#    like" cell on every row beside "Progress since RCPC1 (RAG)". Exemplary
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_jaxenbridge_rcpc2_escalation_target_cells_fairweather.pdf",
    "doc_title": "Second Review Child Protection Conference - Aaliyah, Jaden and Mia Fairweather",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE · Jaxenbridge County Council · Review Child Protection Conference",
    "footer": "Fairweather children – second review conference 30/06/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "rcpc2-record-printed-to-pdf-landscape-page-header-footer-details-decision-and-escalation-attendance-paragraph-childrens-words-iro-summary-per-outcome-scaling-then-now-then-plan-table-outcome-banner-rows-with-what-good-looks-like-step-who-by-when-target-what-good-looks-like-progress-since-rcpc1-rag-legal-planning-row-closed-bullets-contingency-meetings",
    "description": (
        "Exemplary record of the second review conference for a 10-year-old, a 7-year-old and a "
        "3-year-old whose mother became dependent on codeine; their father works away midweek. "
        "Progress is not enough on the home and on the youngest child's health, so the conference "
        "books a legal planning meeting, written as a row of the plan with a lead and a date. A "
        "landscape Word record printed to PDF with a page header and footer: the decision and "
        "escalation first, attendance, the children's words, the IRO's summary per outcome with "
        "scaling then and now, then one table whose outcome banner rows say what good looks like "
        "by the next review, with a 'Target / what good looks like' cell on every row beside "
        "'Progress since RCPC1 (RAG)'; dates carried forward show the date first set. Three "
        "finished actions are listed apart and not counted. The drug service reports on change, "
        "the GP and the pain service own actions, legal planning is booked and core group and "
        "third review dates are set."
    ),
    "blocks": [
        ("title", "Second Review Child Protection Conference – Record and Plan"),
        ("kv", [
            ("Children", "Aaliyah Fairweather (10), DOB 11/01/2016; Jaden Fairweather (7), DOB 25/03/2019 – "
                         "both at Jaxenbridge St Mary's Primary; Mia Fairweather (3), DOB 02/05/2023, Rainbow "
                         "Nursery"),
            ("Address", "5 Coppice Walk, Jaxenbridge JX4 9RE"),
            ("Parents", "Kerry-Ann Fairweather (33) and Wayne Fairweather (36); Wayne works away from Tuesday "
                        "morning to Thursday night"),
            ("Category", "Neglect (all three children)"),
            ("Plan history", "Initial conference 07/10/2025; first review 06/01/2026; this conference "
                             "Tuesday 30/06/2026, Jaxenbridge County Hall"),
            ("Chair", "Michael Adeyinka, Independent Reviewing Officer"),
            ("Social worker", "Femi Adewale; team manager Sandra Holt"),
        ]),
        ("h1", "Decision and escalation"),
        ("p", "The children remain subject to child protection plans under the category of neglect. Kerry-Ann's "
              "codeine use is now within her prescription and the older children's school attendance is good. "
              "Progress is not enough in two areas: the home is no better than at the first review (Outcome 1), "
              "and Mia has missed more than half of her speech therapy and a dental appointment (Outcome 3). The "
              "chair and the team manager have therefore booked a legal planning meeting for 14/07/2026 (step 1.4 "
              "below). The next review will be in three months rather than six."),
        ("p", "Present: Kerry-Ann and Wayne Fairweather; Femi Adewale (SW); Sandra Holt (team manager); Jas "
              "Bhogal (Jaxenbridge Drug and Alcohol Service); Sue Ahmed (HV); Mr Colin Rudd (DSL, St Mary's); "
              "Hayley Simm (Rainbow Nursery); Dionne Clarke (family support worker). Reports from Dr Helen Foss "
              "(GP) and Oliver Dunn (speech and language therapist)."),
        ("h1", "What the children say"),
        ("p", "Aaliyah (seen on her own at school, 19/06/2026): “Mum's not sleepy in the day any more, that's "
              "better. But my room's still full of stuff and I can't have friends round. I still do Mia's "
              "breakfast on Wednesdays because Dad's away.” She put home at 5 out of 10 (3 in January)."),
        ("p", "Jaden (seen on his own at home, 16/06/2026) showed Femi his football cards and said the best thing "
              "is “Dad driving us to school on Fridays”. He said the garden is “full of rubbish so we can't play "
              "footie”."),
        ("p", "Mia (seen at home, 16/06/2026) pointed and used single words (“juice”, “Dada”, “ball”); she "
              "pulled Femi to the sofa to look at a book and went to Aaliyah, not Kerry-Ann, when she bumped her "
              "head. Nursery say she is talking more on the days she attends."),
        ("h1", "IRO's summary of progress, outcome by outcome"),
        ("p", "Outcome 1 – a clean, safe home with food every day. Food has been in the cupboards at every visit "
              "since March. The children's bedrooms and the garden are still full of rubbish and the skip booked "
              "for March never came. Scaling 3/10 at the first review, 4/10 now. Not enough progress."),
        ("p", "Outcome 2 – a mother not affected by codeine during the day. Kerry-Ann is on a weekly script that "
              "is reducing, her screens match it and she was alert at every visit since April. Scaling 3/10 then, "
              "6/10 now."),
        ("p", "Outcome 3 – Mia's health and development. Mia went to 3 of 7 speech therapy sessions and missed "
              "her dental appointment in May; nursery attendance is up from 61% to 78%. Scaling 3/10 then, 3/10 "
              "now. Not enough progress."),
        ("p", "Outcome 4 – school every day, and Aaliyah no longer caring for Mia. Attendance 96% and 95%; "
              "Aaliyah still makes Mia's breakfast on Wayne's work days. Scaling 5/10 then, 7/10 now."),
        ("h1", "The plan from today"),
        ("p", "Each outcome's banner says what good looks like by the third review. Each step has its own target. "
              "RAG: GREEN on track, AMBER partly, RED not achieved, NEW agreed today. Where a date was carried "
              "forward, the date set at the first review is shown."),
        ("table", {
            "header": ["Step", "What will happen", "Who", "By when", "Target / what good looks like",
                       "Progress since RCPC1 (RAG)"],
            "widths": [1.5, 6.3, 4.0, 3.6, 5.8, 4.5],
            "rows": [
                ["Outcome 1: Aaliyah, Jaden and Mia live in a home that is clean, safe and warm, with food in the "
                 "cupboards every day. What good looks like by the third review: every room usable, the garden "
                 "clear, food seen at every visit.", H, H, H, H, H],
                ["1.1",
                 "Visit the children at home, at least one visit a fortnight unannounced; see each child on "
                 "their own and look in the kitchen, bedrooms and bathroom",
                 "Femi Adewale, SW",
                 "Weekly until the third review conference",
                 "Visit records describe each room and the food seen; each child seen alone and their words "
                 "written down",
                 "GREEN – weekly visits kept; rooms unchanged (see 1.3)"],
                ["1.2",
                 "Sessions at home with Kerry-Ann on cleaning routines, meal planning and a weekly shop",
                 "Dionne Clarke, family support worker, Jaxenbridge Early Help",
                 "Monday and Thursday mornings until 29/09/2026",
                 "Home conditions checklist scored at every session: 4 of 5 rooms 'acceptable' on three "
                 "checklists in a row",
                 "RED – 2 of 5 rooms acceptable; no change since March"],
                ["1.3",
                 "Clear the children's bedrooms and the back garden of rubbish, using a skip booked through "
                 "Jaxenbridge Homes",
                 "Kerry-Ann and Wayne Fairweather; skip booked by Paul Grant, housing officer, Jaxenbridge Homes",
                 "Skip delivered by 10/07/2026; rooms and garden clear by 24/07/2026 (set at RCPC1: by "
                 "31/03/2026)",
                 "The SW sees both bedrooms and the garden clear at her first visit after 24/07/2026 and "
                 "photographs them for the core group",
                 "RED – carried forward; the March skip was never delivered"],
                ["1.4",
                 "Legal planning meeting to decide whether to start PLO pre-proceedings, because progress on "
                 "Outcomes 1 and 3 is not enough",
                 "Sandra Holt, team manager, with Jaxenbridge Legal Services",
                 "Booked for 14/07/2026",
                 "The decision recorded and shared with the parents and the core group by 21/07/2026; a letter "
                 "before proceedings sent if PLO is agreed",
                 "NEW – booked today"],
                ["Outcome 2: The children are cared for by a mother who is not affected by codeine during the "
                 "day, so she can get them up, fed and to school and nursery. What good looks like: screens in "
                 "line with her script and Kerry-Ann alert at every visit.", H, H, H, H, H],
                ["2.1",
                 "Key-work with Kerry-Ann on her codeine dependence, alongside the GP's reducing script, and a "
                 "written report before each core group on whether she is making the changes the children "
                 "need and how long that is likely to take",
                 "Jas Bhogal, recovery worker, Jaxenbridge Drug and Alcohol Service",
                 "Fortnightly key-work; report two working days before each core group",
                 "Report on file before every core group; urine screens show only the prescribed dose",
                 "GREEN – reports for every core group; screens in line with the script since April"],
                ["2.2",
                 "Prescribe Kerry-Ann's reducing codeine dose on a weekly script and review it with her, and tell "
                 "the SW within two working days of any early request or lost prescription",
                 "Dr Helen Foss, GP, Jaxenbridge Road Surgery",
                 "Weekly script; review every four weeks",
                 "GP update to the SW before each core group giving the current dose and any early requests",
                 "AMBER – one early request in May"],
                ["2.3",
                 "Pain management assessment for Kerry-Ann, with a written plan so that she can lift and care "
                 "for Mia without relying on codeine",
                 "Lorna Tse, physiotherapist, Jaxenbridge Community Pain Service",
                 "By 31/07/2026 (set at RCPC1: by 30/04/2026; the referral was lost and re-sent on 12/05/2026)",
                 "Written pain plan sent to the GP and the SW; Kerry-Ann seen bathing Mia herself at the SW's "
                 "next visit after the plan",
                 "AMBER – assessment booked for 21/07/2026"],
                ["2.4",
                 "Take no more codeine than prescribed, and keep all medicines in the locked box on top of the "
                 "kitchen cupboard",
                 "Kerry-Ann Fairweather (Mum)",
                 "Every day",
                 "Box seen locked at every SW visit; pharmacy record matches the script",
                 "AMBER – box locked at 9 of 11 visits"],
                ["Outcome 3: Mia's health and development needs are met: she goes to every appointment, her teeth "
                 "are treated and her speech is catching up. What good looks like: every appointment kept and "
                 "more words at each speech review.", H, H, H, H, H],
                ["3.1",
                 "Take Mia to her speech and language therapy and practise the activities at home",
                 "Kerry-Ann Fairweather (Mum); attendance recorded by Oliver Dunn, speech and language therapist",
                 "Every other Tuesday at Jaxenbridge Health Centre until 22/09/2026",
                 "6 of 6 sessions kept before the third review; Mia using 50 or more words at her speech review "
                 "on 22/09/2026",
                 "RED – 3 of 7 sessions kept since RCPC1"],
                ["3.2",
                 "Check Mia's weight and development at home, and go with Kerry-Ann and Mia to the dental "
                 "appointment",
                 "Sue Ahmed, health visitor",
                 "Monthly home visit; dental appointment on 21/07/2026",
                 "Weight on or above the 25th centile in the red book; dental treatment letter on file after "
                 "21/07/2026",
                 "AMBER – dental appointment missed in May and rebooked"],
                ["3.3",
                 "Record Mia's attendance and how she arrives, and phone the SW the same day with any worry",
                 "Hayley Simm, manager, Rainbow Nursery",
                 "Every session (Monday to Thursday)",
                 "Weekly attendance email to the SW at 90% or more; same-day calls logged",
                 "AMBER – 78% since RCPC1 (61% before)"],
                ["Outcome 4: Aaliyah and Jaden go to school every day, on time, clean and fed, and Aaliyah no "
                 "longer looks after Mia. What good looks like: 95% attendance each and an adult doing every "
                 "breakfast.", H, H, H, H, H],
                ["4.1",
                 "Check Aaliyah's and Jaden's attendance, punctuality and whether they arrive fed, and phone the "
                 "SW the same day with any concern",
                 "Mr Colin Rudd, DSL, Jaxenbridge St Mary's Primary",
                 "Every school day; attendance to the SW every Friday",
                 "Both children at 95% or more, late no more than once a half-term",
                 "GREEN – 96% and 95%"],
                ["4.2",
                 "Give the children breakfast and drive them to school on the days he is at home",
                 "Wayne Fairweather (Dad)",
                 "Every Monday and Friday",
                 "School register shows both in by 8.50am on Mondays and Fridays; Aaliyah tells the SW who made "
                 "breakfast",
                 "GREEN – every Monday and Friday since April"],
                ["4.3",
                 "Young carer's assessment for Aaliyah and a place at the Tuesday club",
                 "Nikki Rowe, Jaxenbridge Young Carers",
                 "Assessment by 31/07/2026; club from 08/09/2026",
                 "Aaliyah's young carer's plan sent to the SW; club register shows her attending in September",
                 "NEW"],
                ["4.4",
                 "Direct work with Aaliyah and Jaden using the three houses and a 'who helps me' hand",
                 "Femi Adewale, SW",
                 "Three sessions with each child by 11/09/2026",
                 "Their drawings and words brought to the core group on 15/09/2026",
                 "NEW"],
            ],
        }),
        ("h1", "Closed since the first review"),
        ("bullets", [
            "Referral to Jaxenbridge Drug and Alcohol Service – accepted 15/10/2025 (now step 2.1).",
            "Home fire safety visit – smoke alarms fitted on 20/02/2026.",
            "Nursery place for Mia – started 12/01/2026 (attendance is now step 3.3).",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kerry-Ann is found drowsy or cannot be woken while caring for the children, a screen shows codeine "
            "above her script, or the medicine box is found open with tablets in reach: Femi (or the Emergency "
            "Duty Team) holds a strategy discussion the same day; Wayne comes home to care for the children, and "
            "if he cannot be back that evening Femi places all three together with Jaxenbridge foster carers the "
            "same day.",
            "If Mia misses another speech therapy session or the dental appointment on 21/07/2026: Sue Ahmed takes "
            "Mia to the rebooked appointment with Kerry-Ann within a week, and Femi tells the legal planning "
            "meeting.",
            "If the bedrooms and garden are not clear by 24/07/2026, or the home conditions checklist is worse at "
            "two sessions in a row: Femi reports it to Sandra Holt the same week, and it goes before the legal "
            "planning meeting or, if that has been held, to the PLO pre-proceedings meeting.",
            "If the legal planning meeting agrees to start PLO, the pre-proceedings meeting will be held within ten "
            "working days of the letter before proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3pm, Jaxenbridge St Mary's Primary: 21/07/2026, 18/08/2026 "
            "and 15/09/2026.",
            "Third review child protection conference: Tuesday 29/09/2026, 10am, Jaxenbridge County Hall.",
            "Femi will bring Aaliyah's and Jaden's words, and what she has seen of Mia's days, to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Plan after the first core group for a 14-year-old at risk of criminal
#    exploitation, mother working nights, sister and grandmother helping.
#    Markdown: each outcome says what good looks like; numbered actions with
#    Who / When / Evidence of progress / Where we are sub-bullets; old wording
#    struck out, an owner changed, a measure revised at the meeting; done and
#    no-longer-needed items kept apart. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_jollerwick_plan_after_core_group_one_struck_wording_marchetti.md",
    "split": "heldout",
    "actions": 12,
    "template": "plan-after-first-core-group-md-field-lines-reading-note-what-changed-dario-in-his-own-words-outcomes-with-what-good-looks-like-then-h3-per-outcome-numbered-actions-who-when-evidence-of-progress-where-we-are-sub-bullets-struck-old-wording-owner-changed-measure-revised-then-done-and-no-longer-needed-list-contingency-meetings",
    "description": (
        "Exemplary plan for a 14-year-old boy at risk of criminal exploitation, as updated at the "
        "first core group; his mother works nights and his older sister and grandmother help. "
        "Markdown: each outcome says what good looks like, and each numbered action has Who, "
        "When, 'Evidence of progress' and 'Where we are (CG1)' sub-bullets. Wording changed at "
        "the meeting is struck out with the new wording after it (a visit frequency, an owner "
        "who changed, a measure revised from 'engagement' to something seen, a careers date that "
        "was 'when a slot is free'). A done referral and a no-longer-needed school move are kept "
        "apart and not counted. Police, the return home interview service and the youth "
        "substance service own actions, the sister's and grandmother's parts have a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan — Dario Marchetti (updated at core group 1)

**Jollerwick Borough Council · Children's Services · Adolescent Safeguarding Team**

**Young person:** Dario Marchetti, 14 (DOB 08/10/2011), Year 9, Jollerwick Academy
**Lives with:** Lucia Marchetti (mum, 40, night care assistant at Harbour View Care Home) and Giulia Marchetti
(sister, 19), 31 Saltings Road, Jollerwick JW6 4HB
**Also in Dario's network:** Rosa Bellini (Nonna, maternal grandmother), 12 Quay Street, Jollerwick
**Category:** Neglect
**Initial conference:** 13/01/2026 (chair: Paul Grimshaw, IRO)
**This update:** core group 1, Tuesday 27/01/2026, Jollerwick Academy
**Social worker:** Leanne Okoye (team manager: Ruth Ambrose)

> **Reading this plan.** Wording changed at core group 1 is ~~struck through~~ with the new wording straight
> after it. Every action has a *Where we are (CG1)* line. Things that are finished are listed under "Done or no
> longer needed" and are not part of the live plan.

## What has changed since the conference

Dario was reported missing four times between October and December 2025. On 19/12/2025 he was found by
police in a flat in Stanmere Road with two men in their twenties, and a kitchen knife and £300 in cash were
found in his bag. He told the police he was "holding it for a mate". Lucia works three nights a week and
Dario was often alone from 8pm until she got home at 8am.

Since the conference Dario has not been reported missing. He has been to three of four sessions with the
exploitation practitioner, who changed at the end of January. Giulia has been home on Lucia's work nights
since 15/01/2026. Dario was excluded for one day on 21/01/2026 for swearing at a teacher.

## Dario in his own words

Seen on his own at the Harbour Café, 23/01/2026:

> "Them lads aren't my mates, I know that now, but I owe them. If I stop going they'll come here. Giulia
> being in is alright, she's not my mum though. I want to do motor mechanics at college. I'd rather see you
> in the café than at home."

He put "how safe I feel out and about" at 4 out of 10 and "how safe I feel at home" at 8 out of 10. He
asked that his Nonna is not told about the knife.

## What we want for Dario

1. **Dario is safe from the people who exploit him, is at home every night and carries no weapons or drugs.**
   What good looks like: no missing episodes, no police stops with a weapon, and Dario naming the adults who
   pressure him.
2. **Dario goes to school every day and has a plan for what he does next year.**
   What good looks like: attendance of 90% or more and a college taster booked.
3. **Dario has adults at home he trusts and a safe place to be every evening.**
   What good looks like: an adult at home every night Lucia works, and Dario telling his SW who he would go to.

## The plan

### Outcome 1 — safe from exploitation

1. **Time with Dario on his own, away from home, and with Lucia at home**
   - **Who:** Leanne Okoye, SW
   - **When:** ~~every two weeks~~ every week until the review conference on 14/04/2026
   - **Evidence of progress:** visit records show Dario seen on his own every week, with his two safety
     scores and his own words written down
   - **Where we are (CG1):** three visits since the conference, two at the café

2. **One-to-one sessions on grooming, debt bondage and county lines, building Dario's "who's in my life" map**
   - **Who:** ~~Sian Price~~ Amir Siddiqui (from 02/02/2026), exploitation practitioner, Jollerwick Contextual
     Safeguarding Team
   - **When:** every Thursday after school for 12 weeks from 15/01/2026
   - **Evidence of progress:** ~~engagement with the sessions~~ a session note to the SW after each session,
     and Dario's finished "who's in my life" map shared at the core group on 24/02/2026
   - **Where we are (CG1):** three of four sessions attended; Sian leaves on 30/01/2026 and has introduced
     Amir

3. **Return home interview after every missing episode**
   - **Who:** Kofi Mensah, return home interview worker, Jollerwick Children's Rights Service
   - **When:** within 72 hours of Dario's return from any missing episode
   - **Evidence of progress:** the interview report sent to the SW and the police within 72 hours, each time
   - **Where we are (CG1):** none needed since the conference

4. **Police work on the adults Dario was found with**
   - **Who:** PC Tanya Hurst, Jollerwick Police Missing and Exploitation Team
   - **When:** written intelligence update before each core group; decision on child abduction warning
     notices by 13/02/2026
   - **Evidence of progress:** the police update on file before each core group; the decision on the notices
     recorded on Dario's file
   - **Where we are (CG1):** both men identified; one is already subject to a warning notice for another child

5. **Report Dario missing if he is not home on time, and tell the SW**
   - **Who:** Lucia Marchetti (mum), or Giulia on Lucia's work nights
   - **When:** by 10pm on any night Dario is not home by 9.30pm
   - **Evidence of progress:** police log numbers match the texts Lucia or Giulia send the SW; Leanne checks
     them at each visit
   - **Where we are (CG1):** no reports needed; Dario home by 9.30pm every night

6. **Sessions about Dario's cannabis use**
   - **Who:** Zac Hale, worker, Jollerwick Young People's Substance Service
   - **When:** every other Wednesday from 28/01/2026
   - **Evidence of progress:** session notes to the SW, and Dario's own weekly use diary brought to each
     session and shared (with his agreement) at the core group
   - **Where we are (CG1):** *new, agreed today*; Dario agreed to try three sessions

### Outcome 2 — school and next year

7. **Check Dario is in every lesson and tell home and the SW the same day if he is not**
   - **Who:** Mr Neil Travers, DSL, Jollerwick Academy
   - **When:** every school day
   - **Evidence of progress:** weekly attendance printout to the SW, at 90% or more; same-day calls logged on
     CPOMS
   - **Where we are (CG1):** 88% since the conference; one day's exclusion

8. **Careers interview to plan Dario's college options (motor mechanics)**
   - **Who:** Mrs Pat Osei, careers adviser, Jollerwick Academy
   - **When:** ~~when a slot is free~~ by 27/02/2026
   - **Evidence of progress:** a copy of Dario's careers action plan given to him and the SW, with a college
     taster day booked
   - **Where we are (CG1):** interview booked for 19/02/2026

9. **Boxing mentoring with Jollerwick Boxing Academy's "Gloves On" project**
   - **Who:** Craig Whyte, mentor, Gloves On
   - **When:** Tuesday and Friday evenings, 6pm to 8pm, from 27/01/2026
   - **Evidence of progress:** attendance sheet to the SW every month; Dario's own rating of each week at SW
     visits
   - **Where we are (CG1):** first session tonight

### Outcome 3 — trusted adults and a safe place every evening

10. **Be at home with Dario on Lucia's work nights until she gets in**
    - **Who:** Giulia Marchetti (sister)
    - **When:** every Tuesday, Wednesday and Saturday night that Lucia is on shift, from 8pm
    - **Evidence of progress:** Giulia texts Lucia and the SW at 10pm to say Dario is in; Leanne reads the
      texts at each visit
    - **Where we are (CG1):** every work night covered since 15/01/2026

11. **Tea at Nonna's after school, and walk home together**
    - **Who:** Rosa Bellini (maternal grandmother)
    - **When:** every Monday and Thursday, 3.30pm to 8pm
    - **Evidence of progress:** Rosa phones Lucia when Dario arrives and when they leave; Lucia shows Leanne
      the call log at visits
    - **Where we are (CG1):** every Monday and Thursday kept

12. **Family group conference to agree who is with Dario on every night Lucia works, and who steps in**
    - **Who:** Mair Evans, coordinator, Jollerwick Family Group Conference Service
    - **When:** ~~as soon as possible~~ conference held by 06/03/2026
    - **Evidence of progress:** the family's written plan shared at the core group on 24/03/2026
    - **Where we are (CG1):** referral accepted 26/01/2026

## Done or no longer needed

- **Done 16/01/2026:** Leanne referred Dario to the Contextual Safeguarding Team; accepted the same day.
- **No longer needed:** Lucia's application for a school move. Dario wants to stay at Jollerwick Academy and
  the school has agreed a fresh start with a new tutor group.

## If things go wrong

- **If Dario goes missing**, Lucia or Giulia reports it to the police by 10pm, the police follow the missing
  procedure, and Kofi does the return home interview within 72 hours. If Dario is missing overnight, or is found
  with the men from Stanmere Road or in another town, Leanne holds a strategy discussion the same working day
  and Dario sleeps at Nonna's on the following nights while a new safety plan is agreed.
- **If Dario is found with a weapon, drugs or unexplained money**, the police deal with it that day and
  Leanne holds a strategy discussion the same day; Amir sees Dario within two working days.
- **If Giulia or Nonna cannot do their part** (she is ill, away or working, or the arrangement breaks down),
  Lucia does not go to work that night; her manager has agreed this in writing. If Lucia cannot be home
  either, Leanne arranges an emergency foster placement for Dario that night.
- **If the plan is not enough:** if Dario goes missing overnight three times before the review conference, or
  is found carrying a knife again, Leanne will ask Ruth Ambrose for a legal planning meeting within five working
  days to decide whether Dario should be looked after.

## Meetings

- Core group every four weeks, Tuesdays at 4.15pm, Jollerwick Academy: 24/02/2026 and 24/03/2026.
- Review child protection conference: Tuesday 14/04/2026, 2pm, Jollerwick Town Hall.
- Leanne will see Dario on his own before each core group and bring his words and scores to it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Fourth core group for a 10-month-old, mother with depression and a
#    history of self-harm, paternal grandmother staying on Friday nights.
#    Markdown: one small table per outcome, each headed by what good looks
#    like, with Lead / When / Evidence of progress / Status (achieved,
#    partly, not started) columns; closed items listed apart. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_jindlestow_core_group_four_status_tables_birch.md",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-4-record-md-details-table-since-core-group-3-avas-day-shannons-view-then-h3-per-outcome-what-good-looks-like-line-and-small-table-action-lead-when-evidence-of-progress-status-achieved-partly-not-started-then-closed-today-list-if-things-get-worse-escalation-dates",
    "description": (
        "Record of the fourth core group for a 10-month-old girl whose mother has depression and "
        "has self-harmed; the paternal grandmother stays on Friday nights. Markdown with one "
        "small table per outcome, each headed by what good looks like, and a status column "
        "(achieved / partly / not started, with a comment; 'Ongoing' appears only there). Most "
        "rows are sound (weekly visits, the HV's weighs and one-year review, the GP, the "
        "grandmother's Friday nights, immunisations, a crisis plan, the parenting group's "
        "register). Faults: the CMHT care coordinator only continues to support the mother and "
        "is measured by her mood being stable; a Home-Start referral has no lead; the nursery "
        "place has no evidence; the parenting group is carried forward with 'new date TBC'; the "
        "contingency has no trigger and only says the core group will meet and discuss next "
        "steps (a separate escalation section does name a legal planning meeting); the review "
        "conference date is still to be confirmed."
    ),
    "text": """\
# Core group 4 — record and plan update: Ava Birch

Jindlestow District Council · Children and Families · Safeguarding Hub East

| | |
|---|---|
| Child | Ava Birch, 10 months (DOB 04/05/2025) |
| Home | Flat 3, 18 Tannery Lane, Jindlestow JD1 7QA, with her mother |
| Mother | Shannon Birch (24) |
| Father | Ryan Hartley (26); lives with his mother; visits Ava at the flat on Sunday afternoons |
| Paternal grandmother | Lynne Hartley, 40 Meadow Rise, Jindlestow |
| Category | Neglect |
| Plan | Initial conference 09/12/2025; review conference on 03/03/2026 agreed the plan continues |
| This meeting | Core group 4, Thursday 12/03/2026, 10am, Tannery Lane Family Hub |
| Present | Shannon; Lynne; Ellie Saunders (SW, chair); Beth Corrigan (HV); Paul Ivers (care coordinator, Jindlestow CMHT) |
| Apologies | Dr Ruth Okonjo (GP), update by email; Ryan Hartley |

## Since core group 3

Shannon has depression and, before Ava was born, self-harmed by cutting. In November 2025 she stopped her
sertraline, stayed in bed for most of several days and Ava was found by the HV in a soaking nappy with a rash
and a bottle of curdled milk in her cot. Since the review conference Shannon has restarted her medication,
Ava's weight has climbed from the 9th to the 25th centile, and the flat has been clean at every visit. Shannon
told Paul she cut her arm on 26/02/2026 after an argument with Ryan; Ava was asleep and Lynne was there. The
Circle of Security group she was booked on was cancelled by the provider.

## Ava's day — what we saw

On 10/03/2026 Ava was crawling fast between the sofa and the toy box, pulling herself up on Shannon's legs and
babbling "mam-mam". When the buzzer went she looked to Shannon, and Shannon picked her up and told her who was
at the door. She took all of her bottle and some banana. On 27/02/2026, the day after Shannon cut her arm,
Ava was quieter, stayed in her cot when she woke and did not cry for Shannon. Lynne says Ava "lights up" when
Ryan arrives on Sundays and reaches for him to be picked up.

Shannon said: "I want Ava to have a mum who gets up every day. The bad days are fewer but they still come."

## Outcomes and the plan

### Outcome 1 — Ava is fed, clean and growing, and seen by a professional every week

*What good looks like:* Ava stays on or above the 25th centile; she is clean and dry at every visit.

| # | Action | Lead | When | Evidence of progress | Status (achieved / partly / not started) and comment |
|---|---|---|---|---|---|
| 1 | Visit Ava at home, one visit in three unannounced, and see her awake, her cot, her bottles and how Shannon responds when she cries | Ellie Saunders, SW | Weekly until the next review conference | Visit notes describe Ava's cot and bottles and what Shannon did when Ava cried | Achieved — ongoing |
| 2 | Weigh Ava and check her development, then her one-year review | Beth Corrigan, health visitor | Every two weeks; one-year review by 10/04/2026 | Weight plotted in the red book on or above the 25th centile; review scores sent to the SW | Partly — 25th centile on 05/03/2026; review booked |
| 3 | Take Ava for her 12-month immunisations | Shannon Birch (Mum) | By 17/04/2026 | Immunisations entered in the red book and seen by the HV | Not started — not yet due |
| 4 | Funded nursery place for Ava two mornings a week | Ellie Saunders, SW | By 30/04/2026 | | Not started — waiting list |

### Outcome 2 — Ava is cared for every day by a mum who is well enough to notice and meet her needs

*What good looks like:* no days when Ava is left in her cot unattended; Shannon tells someone on a bad day.

| # | Action | Lead | When | Evidence of progress | Status (achieved / partly / not started) and comment |
|---|---|---|---|---|---|
| 5 | Care coordinator continues to support Shannon with her mood and her medication | Paul Ivers, care coordinator, Jindlestow CMHT | Fortnightly | Shannon's mood is stable | Partly — five visits since the review |
| 6 | Review Shannon's sertraline and tell the SW within two working days if she misses a review, so the core group knows if her care of Ava may slip | Dr Ruth Okonjo, GP, Meadow Rise Practice | Every four weeks | GP email to the SW after each review | Achieved |
| 7 | Write a crisis plan with Shannon: who she calls when she has thoughts of harming herself, and who looks after Ava then | Ellie Saunders, SW, with Shannon | By 27/03/2026 | Signed crisis plan on file and a copy on the fridge, seen at the next visit | New today |
| 8 | A referral will be made to Home-Start Jindlestow for a volunteer to visit each week | - | By 20/03/2026 | Date of the volunteer's first visit recorded on Ava's file | Not started |

### Outcome 3 — Ava has a safe adult with her every night and a mum who enjoys her

*What good looks like:* Lynne's Friday nights kept; Shannon seen playing with Ava at visits.

| # | Action | Lead | When | Evidence of progress | Status (achieved / partly / not started) and comment |
|---|---|---|---|---|---|
| 9 | Stay at the flat on Friday nights and do Ava's night feed so that Shannon can sleep | Lynne Hartley (paternal grandmother) | Every Friday night | Lynne writes Ava's feeds on the chart; the SW reads it at the Monday visit | Achieved |
| 10 | Shannon to go to the Circle of Security parenting group | Shannon Birch; group leader Asha Nair sends the register | Carried forward from CG3 — new date TBC | Group register shows 7 of 8 sessions; end-of-group report to the SW | Not started — course cancelled |

## Closed today

- Stair gate and fireguard fitted through the Jindlestow Home Safety Scheme — seen fitted 02/03/2026.
- Referral to the Jindlestow CMHT — accepted in December; Paul allocated.

## If things get worse

If things get worse for Shannon or Ava, the core group will meet to review the plan and discuss next steps.

## Escalation

If Ava's weight drops below the 9th centile again, or Shannon self-harms while she is caring for Ava, Ellie will
ask her team manager, Joe Brennan, for a legal planning meeting within five working days.

## Dates

- Core group every four weeks, Thursdays at 10am, Tannery Lane Family Hub: 09/04/2026 and 07/05/2026.
- Next review child protection conference: to be confirmed by the conference team.
""",
    "findings": [
        F("M001", "Funded nursery place for Ava two mornings a week"),
        F("H001", "Care coordinator continues to support Shannon with her mood"),
        F("M002", "Care coordinator continues to support Shannon with her mood"),
        F("W001", "A referral will be made to Home-Start Jindlestow"),
        F("T002", "Shannon to go to the Circle of Security parenting group"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan updated after the birth, at the first core group since
#    the baby came home; young mother (a care leaver) and father who both
#    smoked cannabis, mother and baby in supported lodgings with staff on
#    site, paternal grandmother helping. Plain-text case-system print: Part A
#    carried over and reworded for the baby (pre-birth wording and timescale
#    shown), Part B new since the birth, Part C closed at birth (record
#    only); trigger / response contingency, legal planning, meetings, change
#    log. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_jusselby_prebirth_plan_updated_after_birth_print_brannock.txt",
    "split": "heldout",
    "actions": 11,
    "template": "prebirth-plan-updated-after-birth-case-system-print-txt-dot-leader-header-numbered-caps-sections-what-changed-noahs-day-parents-views-outcomes-reworded-then-part-a-carried-over-was-and-now-part-b-new-part-c-closed-record-only-action-blocks-who-when-well-know-its-working-when-progress-then-trigger-response-contingency-legal-meetings-change-log",
    "description": (
        "Exemplary child protection plan for a newborn, first made at a pre-birth conference and "
        "updated at the first core group after the birth; the 19-year-old mother is a care "
        "leaver and both parents smoked cannabis, mother and baby live in supported lodgings "
        "with staff on site, and the paternal grandmother helps on Saturdays. A plain-text "
        "case-system print: Part A holds the pre-birth actions carried over and reworded for the "
        "baby, each showing the pre-birth wording or timescale and the new one; Part B the "
        "actions new since the birth; Part C the pre-birth actions closed at the birth, kept "
        "for the record and not counted. Every live action has a named owner, a timescale and "
        "a 'We'll know it's working when' line. The drug service reports on change, the GP owns "
        "an action, the grandmother's Saturdays have a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and the baby's observed day is recorded."
    ),
    "text": """\
JUSSELBY BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE              CASE RECORD PRINT
CHILD PROTECTION PLAN - VERSION 2: UPDATED AFTER THE BIRTH     Printed 19/02/2026 09:42
================================================================================
Child ............... Noah BRANNOCK, born 03/02/2026 at Jusselby General
                      Hospital (37+2 weeks), 2.86 kg; home 05/02/2026
Lives at ............ Jusselby Young Parents' House, 2 Chantry Close, Jusselby
                      JY3 6EP (supported lodgings, staff on site day and night)
Mother .............. Leah Brannock (19), care leaver
Father .............. Jordan Pike (22), lives with his mother, 9 Wharf Street
Paternal grandmother  Denise Pike, 9 Wharf Street, Jusselby
Category ............ Neglect
Plan history ........ Pre-birth conference 18/12/2025 (Leah 31 weeks pregnant);
                      this version agreed at core group 1 after the birth,
                      17/02/2026. Chair of conference: Angela Fry (IRO)
Social worker ....... Owen Tate, Family Safeguarding Team (TM: Harriet Vale)
================================================================================

1. WHAT HAS CHANGED SINCE THE PRE-BIRTH CONFERENCE

At the pre-birth conference Leah was smoking cannabis most evenings and had
moved three times in six months. Jordan smoked cannabis daily, and the police
had been called twice in 2025 to arguments between them at his mother's house.
Leah moved into the Young Parents' House at 34 weeks. Her last three urine
screens before the birth were negative, and Jordan's last two were negative.
There have been no arguments reported since November.

Noah was born on 03/02/2026 and came home to the House with Leah two days
later. He lost 8% of his birth weight by day 5 and was back to it by day 12.
The pre-birth plan was written for an unborn baby, so at core group 1 every
action was re-read: those finished at the birth are closed (Part C), those that
carry on have been reworded for Noah (Part A), and new ones agreed (Part B).

2. NOAH'S DAY - WHAT WE HAVE SEEN

Seen by the SW on 09/02/2026 and 16/02/2026, and by the HV on 12/02/2026.
Noah feeds every three hours from a bottle and finishes most feeds. He wakes
and cries with a strong cry and settles quickly when Leah picks him up and
talks to him; on 16/02/2026 he turned his head towards her voice. He sleeps in
a Moses basket beside Leah's bed, on his back, with nothing else in it. House
night staff record that Leah got up to him for every night feed but one, when
Jordan's mother had stayed late and Leah fell asleep on the sofa; staff woke
her. Jordan holds Noah confidently and has bathed him twice with staff there.

Leah says: "I didn't think I'd get to keep him. I want to show them I can do
it without the weed." Jordan says: "I want to be his dad properly, not just
visit."

3. OUTCOMES FOR NOAH (REWORDED AT CORE GROUP 1 NOW THAT NOAH IS HERE)

3.1 Noah is fed on time, gains weight steadily and is seen by a professional
    every week.
3.2 Noah lives in a home free of cannabis smoke, cared for by parents who are
    sober and awake whenever they look after him.
3.3 Noah sleeps safely, on his back in his own basket, at every sleep.
3.4 Noah has a settled home to move to when Leah leaves the House, agreed by
    the core group before any move.

4. ACTIONS
--------------------------------------------------------------------------------
PART A - CARRIED OVER FROM THE PRE-BIRTH PLAN, REWORDED FOR NOAH

A1   WHAT ........... Visit Noah at the House, see him awake and asleep, look
                      at his basket and feed chart, and see how Leah and
                      Jordan respond to him
     WHO ............ Owen Tate (SW)
     WHEN ........... Pre-birth plan: visits at 32 and 36 weeks. Now: twice a
                      week until 06/03/2026, then weekly until the review
                      conference
     WE'LL KNOW IT'S WORKING WHEN  visit records say where Noah was sleeping,
                      how his feeds are going and how each parent responded
                      when he cried
     PROGRESS SINCE BIRTH  four visits; basket clear and Noah on his back at
                      every one

A2   WHAT ........... Not smoke cannabis at all, at the House or anywhere
                      Noah is, and give a urine screen at each key-work
                      session
     WHO ............ Leah Brannock (Mum)
     WHEN ........... Pre-birth plan: "reduce use before the birth". Now:
                      every day from 05/02/2026; screens fortnightly
     WE'LL KNOW IT'S WORKING WHEN  every screen is negative and the House
                      log records no smell of cannabis
     PROGRESS SINCE BIRTH  screen on 13/02/2026 negative

A3   WHAT ........... Key-work with Leah and with Jordan, urine screens, and
                      a written report before each core group on whether
                      each parent has stopped using cannabis, what still
                      needs to change for Noah and how long that is likely
                      to take
     WHO ............ Kelly Osei, young adults worker, Jusselby Drug and
                      Alcohol Service (18-25 team)
     WHEN ........... Fortnightly key-work for each parent; report two
                      working days before each core group
     WE'LL KNOW IT'S WORKING WHEN  the report and screen results are on
                      Noah's file before every core group
     PROGRESS SINCE BIRTH  first post-birth report received 15/02/2026

A4   WHAT ........... Visit Noah every afternoon, help with his feeds and
                      bath, and come to the House free of cannabis; not stay
                      overnight until the core group agrees
     WHO ............ Jordan Pike (Dad)
     WHEN ........... Pre-birth plan: "attend antenatal appointments". Now:
                      every day, 2pm to 7pm
     WE'LL KNOW IT'S WORKING WHEN  the House visitors' book shows when he came
                      and went, and staff record no smell of cannabis
     PROGRESS SINCE BIRTH  came every day but one (he had flu)

A5   WHAT ........... Weigh Noah, check his feeding and go through safe sleep
                      with both parents
     WHO ............ Carys Flint (HV)
     WHEN ........... Pre-birth plan: antenatal contact at 34 weeks. Now:
                      weekly until Noah is 8 weeks old (31/03/2026), then
                      every two weeks
     WE'LL KNOW IT'S WORKING WHEN  each weight is plotted in the red book and
                      stays on or above the 25th centile, and safe sleep is
                      checked and signed off at each visit
     PROGRESS SINCE BIRTH  birth weight regained by day 12; 25th centile

A6   WHAT ........... Night checks and a log of Noah's feeds and of how Leah
                      responds to him overnight; no visitors after 10pm
     WHO ............ Tasha Morgan, key worker, Jusselby Young Parents' House
     WHEN ........... Every night; the log sent to the SW each Monday
     WE'LL KNOW IT'S WORKING WHEN  the Monday log shows every night feed
                      given on time and who gave it
     PROGRESS SINCE BIRTH  two logs received; one night Leah was woken by
                      staff

A7   WHAT ........... Parenting assessment of Leah and Jordan, now that Noah
                      is here, including how they read his cues and manage
                      nights
     WHO ............ Owen Tate (SW), with observations from Tasha Morgan
     WHEN ........... Pre-birth plan: "complete by 36 weeks" (started, not
                      finished). Now: report by 11/03/2026
     WE'LL KNOW IT'S WORKING WHEN  the report is shared with Leah, Jordan and
                      the core group by 11/03/2026, a week before the review
                      conference
     PROGRESS SINCE BIRTH  four observed sessions done

A8   WHAT ........... Plan Leah's move from the House with her, so that Noah
                      only moves to a home that is safe for him
     WHO ............ Ryan Colley, personal adviser, Jusselby Leaving Care Team
     WHEN ........... Pre-birth plan: "housing when baby is born". Now:
                      written move-on plan by 30/04/2026
     WE'LL KNOW IT'S WORKING WHEN  the written move-on plan is shared at the
                      core group and no move happens before the core group
                      has agreed it
     PROGRESS SINCE BIRTH  Leah on the young parents' housing list

PART B - NEW SINCE THE BIRTH

B1   WHAT ........... Noah's 6 to 8 week check and Leah's postnatal check,
                      and a letter to the SW with the results of both
     WHO ............ Dr Asha Menon, GP, Jusselby Riverside Practice
     WHEN ........... By 20/03/2026
     WE'LL KNOW IT'S WORKING WHEN  the GP letter with both results is on
                      Noah's file by 20/03/2026

B2   WHAT ........... Bonding and baby massage group for Leah and Noah
     WHO ............ Leah Brannock, with Jade Harker, practitioner,
                      Jusselby Family Hub, who keeps the register
     WHEN ........... Every Thursday at 10am for six weeks from 26/02/2026
     WE'LL KNOW IT'S WORKING WHEN  the register shows 5 of 6 sessions and
                      Jade's note to the SW says how Leah reads and answers
                      Noah's cues

B3   WHAT ........... Stay with Leah and Noah on Saturday afternoons and help
                      with his bath and feeds
     WHO ............ Denise Pike (paternal grandmother)
     WHEN ........... Every Saturday, 12 noon to 5pm
     WE'LL KNOW IT'S WORKING WHEN  the visitors' book shows Denise there and
                      the feed chart is filled in for those hours

PART C - CLOSED AT THE BIRTH (FOR THE RECORD; NOT PART OF THE LIVE PLAN)

C1   Birth plan shared with the Jusselby General maternity unit - done
     10/01/2026.
C2   Pre-birth discharge planning meeting - held 30/01/2026.
C3   Moses basket, bottles and steriliser from the baby bank - delivered
     22/01/2026.
C4   Hospital social worker's visits on the postnatal ward - ended when Noah
     went home on 05/02/2026.

5. CONTINGENCY
--------------------------------------------------------------------------------
TRIGGER ..... Leah or Jordan is under the influence of cannabis while caring
              for Noah (staff smell it, a positive screen, or a visitor sees
              it).
RESPONSE .... House staff do not leave Noah alone with that parent; Owen holds
              a strategy discussion the same day; Jordan's visits move to the
              Family Hub, supervised by hub staff, until it has taken place.

TRIGGER ..... Noah loses weight at two weighs in a row, or a night feed is
              missed and nobody notices.
RESPONSE .... The HV tells Owen the same day; Noah is seen at the Jusselby
              General children's assessment unit that day; staff do every
              night feed with Leah and record it until the next core group.

TRIGGER ..... Leah leaves the House with Noah without saying where, or is not
              back by 10pm.
RESPONSE .... Staff call the police and the Emergency Duty Team at once; Owen
              holds a strategy discussion the same day.

TRIGGER ..... Denise cannot come on a Saturday, or her help stops.
RESPONSE .... The House's day staff cover Noah's bath and feeds with Leah that
              afternoon; if her help stops for good, Owen asks the Family Hub
              for a weekend family support worker from the next Saturday.

5A. LEGAL PLANNING
If Leah or Jordan has two positive screens before the review conference, or
Leah leaves the House with Noah overnight without agreement, Owen will ask
Harriet Vale for a legal planning meeting within five working days. The
pre-birth legal planning meeting on 12/01/2026 agreed that the threshold for
proceedings would then be looked at again.

6. MEETINGS
--------------------------------------------------------------------------------
Core group ........ every three weeks, Tuesdays 2pm, Jusselby Young Parents'
                    House: 10/03/2026, 31/03/2026, 21/04/2026
Review CPC ........ Wednesday 18/03/2026, 10am, Jusselby Civic Centre
Noah's day ........ Owen and Carys will write what they have seen of Noah's
                    day for every core group and for the review

7. CHANGE LOG (FOR THE RECORD)
--------------------------------------------------------------------------------
18/12/2025  Pre-birth plan agreed at conference (version 1).
17/02/2026  Version 2 at core group 1: outcomes reworded for Noah; A1 to A8
            carried over and reworded; B1 to B3 added; C1 to C4 closed.
================================================================================
END OF PRINT
""",
    "findings": [],
})
