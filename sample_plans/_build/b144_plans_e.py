"""Batch 144, module e: seven fictional plans (held-out material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: plans as they look when they are updated rather than first written.
A review conference record that opens with the decision, attendance and
views, gives the chair's summary of progress per outcome with scaling scores
then and now, and restates the plan in the conference service's own format
(outcome banner rows, a status column) with the closed actions kept in a
separate table; a core group record with an "Update" column and RAG words;
a review plan for a disabled boy printed to PDF, with first-set and new
dates, a change of social worker and a status column; a transfer-in
conference plan printed to PDF whose action table says where each action
came from (restated, revised, new); core group 2 kept in Markdown with old
wording struck out and new wording after it and dated updates under each
action; a second review conference record in Markdown with an IRO summary, a
revised table and a change log; and a plain-text case-system print of a
review that escalates to a legal planning meeting because progress is not
enough in two areas. The families live with domestic abuse, a mother's
depression and drinking, a disabled child's unmet health needs, a mother on
methadone, a father's alcohol dependence and his daughter's self-harm, a
mother's depression, and a mother's bipolar disorder.

Five plans are exemplary (no findings): Elverstone (review record, outcome
banners, closed table, docx), Embersall (disabled child's review plan, pdf),
Ebbesmoor (transfer-in plan with an origin column, pdf), Eddercombe (core
group 2 with struck-out wording, md) and Eggleshaw (review print with
escalation, txt). Two carry a realistic mix of faults among mostly good
rows: the Eskdenby core group update (docx) and the Ewensby second review
record (md).

Counting convention for "actions" (README convention 1 and "Files"): each
live row of an action table and each live bullet or action block of an
action section counts once, however many dated updates it carries and
whether or not its wording, owner or date was changed at the update. Rows
or bullets for one-off work marked done, completed, closed or "no longer
needed" are not counted, and nor are the closed-actions tables and lists
kept apart from the live plan, the contingency, meeting dates or change
logs. Ongoing work whose status is "Achieved" still counts. A legal planning
meeting written as a row of the action plan, with an owner and a date, is
counted (README convention 13, batches 131 and 132).
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference record, domestic abuse, two children, father
#    moved out, paternal grandmother supervising contact. Opens with the
#    decision, attendance table and views; chair's progress summary per
#    outcome with scaling; revised plan in the conference service's format
#    with outcome banner rows and a status column; closed actions kept in a
#    separate table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_elverstone_rcpc_decision_first_outcome_banners_ashburner.docx",
    "doc_title": "Review Child Protection Conference - Maisie and Jayden Ashburner",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-record-docx-landscape-decision-first-attendance-table-childrens-and-parents-views-chairs-progress-summary-per-outcome-scaling-then-and-now-then-revised-plan-outcome-banner-rows-ref-lead-when-how-we-will-know-status-at-review-closed-actions-table-apart-contingency-meetings",
    "description": (
        "Exemplary record of the first review conference for a 10-year-old and a 6-year-old "
        "whose father was abusive to their mother and moved out after the initial conference. "
        "The record opens with the decision, an attendance table, the children's and parents' "
        "views and the chair's summary of progress per outcome with scaling scores then and "
        "now, then restates the plan in the conference service's format: outcome banner rows "
        "across a landscape table, each row with a lead, a when (some revised or started late), "
        "how we will know and a status at review; two rows are new. Three closed actions sit in "
        "a separate table and are not counted. The grandmother's supervision has a fallback, "
        "legal planning follows named triggers, core group and second review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Revised Plan"),
        ("p", "Elverstone Borough Council · Children's Services · Conference and Review Service"),
        ("kv", [
            ("Children", "Maisie Ashburner (10), DOB 02/07/2015, Year 5, St Luke's CE Primary; "
                         "Jayden Ashburner (6), DOB 19/09/2019, Year 1, Harrow Street Infants"),
            ("Address", "41 Harrow Street, Elverstone EV3 8PL"),
            ("Mother", "Kelly Ashburner (34)"),
            ("Father", "Dean Ashburner (38); living with his mother at 16 Quarry Bank, Elverstone, since 24/11/2025"),
            ("Paternal grandmother", "Brenda Ashburner, 16 Quarry Bank, Elverstone"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "18/11/2025"),
            ("This conference", "First review child protection conference, Tuesday 17/02/2026, Elverstone Town Hall"),
            ("Chair", "Rosalind Iqbal, Independent Reviewing Officer"),
            ("Social worker", "Grace Adeyemi, Safeguarding Team North (team manager: Rob Mercer)"),
        ]),
        ("h1", "1. Decision"),
        ("p", "The conference decided that Maisie and Jayden should remain subject to child protection plans "
              "under the category of emotional abuse. Every agency agreed, and Kelly said she understood why. "
              "There has been no incident since Dean moved out on 24/11/2025, Maisie's attendance has recovered "
              "and Saturday contact at Brenda's has gone well. It is not yet enough to end the plans: Dean has "
              "been to only five sessions of his programme because it started late, Jayden still leaves his "
              "classroom several times a week, and the children have been seeing their dad safely for only "
              "twelve weeks."),
        ("h1", "2. Who attended"),
        ("table", {
            "header": ["Name", "Role", "Attended or sent a report"],
            "widths": [6.5, 11.0, 8.2],
            "rows": [
                ["Rosalind Iqbal", "Independent Reviewing Officer (chair)", "Attended"],
                ["Kelly Ashburner", "Mother", "Attended with Sian Pritchard"],
                ["Dean Ashburner", "Father", "Attended the second half, separately"],
                ["Grace Adeyemi", "Social worker, Elverstone Children's Services", "Attended; report shared 10/02/2026"],
                ["Sian Pritchard", "IDVA, Elverstone Domestic Abuse Service", "Attended"],
                ["DS Lauren Pike", "Elverstone Police Safeguarding Hub", "Sent a written report"],
                ["Mrs Hannah Bellwood", "DSL, St Luke's CE Primary", "Attended"],
                ["Ms Priya Venn", "SENCO, Harrow Street Infants", "Attended"],
                ["Neil Gorton", "Facilitator, Elverstone Turning Point programme", "Sent a written report"],
                ["Hayley Dunn", "Minute taker", "Attended"],
            ],
        }),
        ("h1", "3. What Maisie and Jayden told us"),
        ("p", "Maisie, at the initial conference (seen on her own at school, 12/11/2025): “I put my headphones "
              "on when Dad shouts but I can still hear it. I stay awake till it goes quiet.” She put home at 3 "
              "out of 10."),
        ("p", "Maisie, now (seen on her own at school, 10/02/2026): “It's quiet at home now. I like Saturdays at "
              "Nana Brenda's because Dad is nice there and Nana is in the room. I don't want Dad to come back to "
              "live yet.” She put home at 7 out of 10, and said she still gets a tummy ache on Sunday nights."),
        ("p", "Jayden, now (seen at home, 06/02/2026): he showed Grace his football stickers, said “Daddy plays "
              "Lego at Nana's” and drew his house with “no shouting”. His teacher says he runs out of class when "
              "a door bangs or someone raises their voice, and that he goes straight to his calm corner when "
              "reminded."),
        ("h1", "4. What Kelly and Dean said"),
        ("p", "Kelly said the house feels “calm for the first time in years” and that she wants Dean to see the "
              "children but not to move back until the programme has finished. Dean said he accepts that the "
              "children heard the arguments and that he wants to finish the programme; he was unhappy that the "
              "January start was cancelled and asked for more time with the children."),
        ("h1", "5. Chair's summary of progress against each outcome"),
        ("boldp", "Outcome 1: Maisie and Jayden live in a home where they do not see or hear violence, threats or "
                  "shouting between adults."),
        ("p", "No police call-outs since 24/11/2025, and Kelly has a safety plan with the IDVA. Dean's programme "
              "started on 21/01/2026, two weeks late, and he has attended every session so far. Scaling agreed by "
              "the conference: 3 out of 10 at the initial conference, 7 out of 10 today."),
        ("boldp", "Outcome 2: Maisie goes to school every day, sleeps through the night and has a trusted adult to "
                  "talk to; Jayden's behaviour settles so that he can stay in his classroom."),
        ("p", "Maisie's attendance is 97% this term (81% at the initial conference). Jayden still leaves his class "
              "about five times a week (nine at the initial conference); the school and the conference agreed that "
              "an educational psychologist should see him. Scaling: 4 out of 10 then, 6 out of 10 now."),
        ("boldp", "Outcome 3: Maisie and Jayden see their dad safely, in a way that they enjoy and that does not "
                  "frighten them."),
        ("p", "Eleven of twelve Saturday contacts have happened at Brenda's with Brenda in the room; the one missed "
              "was cancelled by Dean. Grace's three observations describe both children relaxed and playing. "
              "Scaling: 2 out of 10 then, 7 out of 10 now."),
        ("h1", "6. Revised child protection plan (from 17/02/2026)"),
        ("p", "The plan made at the initial conference has been rewritten in the conference service's review "
              "format. Actions that are finished are listed separately in section 7 and are no longer part of "
              "the plan. The last column shows where each continuing action stood at this conference."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "When", "How we will know", "Status at review"],
            "widths": [1.2, 7.0, 4.0, 4.0, 5.5, 4.0],
            "rows": [
                ["Outcome 1: Maisie and Jayden live in a home where they do not see or hear violence, threats or "
                 "shouting between adults", H, H, H, H, H],
                ["1.1",
                 "Visit Maisie and Jayden at home, one visit in three unannounced, and see each of them on their "
                 "own",
                 "Grace Adeyemi, SW",
                 "Every two weeks from 03/03/2026 (revised at review: was weekly)",
                 "Visit records show both children seen every fortnight, each seen alone, with their words "
                 "written down",
                 "Achieved – 12 of 12 weekly visits since the initial conference"],
                ["1.2",
                 "Safety planning with Kelly, including what she and the children will do if Dean comes to the "
                 "house, and a repeat DASH risk assessment",
                 "Sian Pritchard, IDVA, Elverstone Domestic Abuse Service",
                 "Every two weeks; repeat DASH by 31/03/2026 (first set for 31/01/2026)",
                 "Signed safety plan copied to the SW; repeat DASH score sent to the SW by 31/03/2026",
                 "Partly – safety plan signed 02/12/2025; DASH moved to March because of Sian's leave"],
                ["1.3",
                 "Attend every session of the Elverstone Turning Point programme for men who have been abusive "
                 "to a partner",
                 "Dean Ashburner; Neil Gorton, facilitator, reports to the SW",
                 "Every Wednesday, 26 sessions from 21/01/2026 (first due to start 07/01/2026)",
                 "Attendance report from Neil after every fourth session, and his written view of Dean's progress "
                 "at the mid-point, by 22/04/2026",
                 "Partly – 5 of 5 sessions since the late start"],
                ["1.4",
                 "Check police systems for any call-out to Harrow Street or involving Dean, and tell the SW within "
                 "24 hours of any incident",
                 "DS Lauren Pike, Elverstone Police Safeguarding Hub",
                 "Within 24 hours of any incident; a full check before each core group",
                 "Written check result sent to the SW before every core group",
                 "Achieved – no call-outs since 24/11/2025"],
                ["Outcome 2: Maisie goes to school every day, sleeps through the night and has a trusted adult to "
                 "talk to; Jayden's behaviour settles so that he can stay in his classroom", H, H, H, H, H],
                ["2.1",
                 "Meet Maisie each Friday with her key adult, Mrs Ince, and check her attendance and how she has "
                 "been sleeping",
                 "Mrs Hannah Bellwood, DSL, St Luke's CE Primary",
                 "Every Friday in term time",
                 "Check-ins logged on CPOMS; weekly attendance email to the SW showing 95% or more",
                 "Achieved – 97% this term"],
                ["2.2",
                 "Keep a daily log for Jayden and use his visual timetable and calm corner in class",
                 "Ms Priya Venn, SENCO, Harrow Street Infants",
                 "Every school day; log sent to the SW every two weeks",
                 "The log shows how many times a week Jayden leaves his classroom: down from 9 at the initial "
                 "conference to 2 or fewer by the second review",
                 "Partly – about 5 times a week"],
                ["2.3",
                 "NEW (agreed today): observe Jayden in class and at play and advise the school and Kelly on "
                 "helping him feel safe",
                 "Dr Mark Oyelaran, educational psychologist, Elverstone Council",
                 "By 27/03/2026",
                 "Written assessment with recommendations shared with the school, Kelly and the core group by "
                 "27/03/2026",
                 "New"],
                ["2.4",
                 "NEW (agreed today): eight weekly sessions for Maisie in the Little Oaks group for children who "
                 "have lived with domestic abuse",
                 "Leah Morrow, children's worker, Elverstone Domestic Abuse Service",
                 "Tuesdays, 10/03/2026 to 28/04/2026",
                 "Group register sent to the SW; Maisie's worry score at the first and last sessions, recorded "
                 "by Leah",
                 "New – place confirmed 12/02/2026"],
                ["Outcome 3: Maisie and Jayden see their dad safely, in a way that they enjoy and that does not "
                 "frighten them", H, H, H, H, H],
                ["3.1",
                 "Supervise Maisie and Jayden's time with their dad at her house every Saturday, staying in the "
                 "room throughout",
                 "Brenda Ashburner (paternal grandmother)",
                 "Every Saturday, 10am to 1pm",
                 "Contact book signed by Brenda after each visit and read by the SW at her next visit",
                 "Achieved – 11 of 12 Saturdays (one cancelled by Dean)"],
                ["3.2",
                 "Watch one Saturday contact a month and write down how Maisie and Jayden are with their dad",
                 "Grace Adeyemi, SW",
                 "The first Saturday of each month",
                 "Observation record on file with each child's words and how they played",
                 "Achieved – three observations"],
                ["3.3",
                 "Keep to the agreement that Dean does not come to the house and sees the children only at "
                 "Brenda's, and tell the SW the same day if he turns up or gets in touch",
                 "Kelly Ashburner (Mum)",
                 "Every day; same-day call to the SW",
                 "SW's call log; police checks show no call-outs to Harrow Street",
                 "Achieved – Kelly rang the SW on 03/01/2026 when Dean left flowers"],
                ["3.4",
                 "Complete the 12-week Moving Forward group, so that she understands how the abuse affected "
                 "Maisie and Jayden and can talk to them about it",
                 "Kelly Ashburner; group run by Elverstone Domestic Abuse Service",
                 "Thursdays, 08/01/2026 to 26/03/2026",
                 "Certificate of completion and the group worker's end report sent to the SW",
                 "Partly – 6 of 7 sessions so far"],
            ],
        }),
        ("h1", "7. Actions closed since the initial conference"),
        ("p", "Kept for the record. These are not part of the revised plan."),
        ("table", {
            "header": ["Ref at ICPC", "Action", "Closed", "Reason"],
            "widths": [2.5, 9.0, 5.0, 9.2],
            "rows": [
                ["ICPC 4", "Dean to move out of Harrow Street and give the SW his new address",
                 "Completed 24/11/2025 – closed", "Address at Quarry Bank confirmed by the SW's visit on 26/11/2025"],
                ["ICPC 7", "Refer Maisie to the school counsellor",
                 "Completed 03/02/2026 – closed", "Six sessions held; the counsellor's closing letter is on file"],
                ["ICPC 9", "Help Kelly apply for a non-molestation order",
                 "No longer needed – closed 17/02/2026",
                 "Dean has kept to the written agreement and Kelly decided not to apply; Sian will go back to it "
                 "with Kelly if anything changes"],
            ],
        }),
        ("h1", "8. Contingency plan"),
        ("p", "If Dean comes to Harrow Street, contacts Kelly or the children outside Saturday contact, or there is "
              "any threat or violence, Kelly will call 999 and the police will attend. Grace (or the Emergency "
              "Duty Team out of hours) will hold a strategy discussion with the police the same day, and Kelly "
              "and the children will stay that night with Kelly's sister, Amy Lowther, at 3 Mill Rise, or at the "
              "Elverstone refuge if Dean knows where Amy lives."),
        ("p", "If Brenda is unable to supervise on a Saturday, or does not stay in the room, that Saturday's "
              "contact does not happen, and from the following week Grace will book supervised contact at the "
              "Elverstone Family Contact Centre until Brenda can do it again."),
        ("p", "If Dean misses two programme sessions in a row, or there is any further incident, Grace will ask "
              "Rob Mercer for a legal planning meeting within five working days."),
        ("h1", "9. Core group and next review"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.30pm, Harrow Street Children's Centre: 31/03/2026, "
            "12/05/2026 and 23/06/2026.",
            "Second review child protection conference: Tuesday 18/08/2026, 10am, Elverstone Town Hall.",
            "Grace will see Maisie and Jayden before every core group and bring their words to it.",
        ]),
        ("p", "Record agreed by Rosalind Iqbal (IRO), 19/02/2026. Circulated to everyone who attended or sent a "
              "report."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 3 record for a 4-month-old; mother's depression and drinking;
#    maternal grandparents help with nights and driving. Landscape table
#    with an "Update 17/02" column and RAG words; one GP row carried forward
#    with a new date; rows added today. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_eskdenby_core_group_update_column_rag_scattergood.docx",
    "doc_title": "Core Group 3 - Ruby Scattergood",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "core-group-record-docx-landscape-details-list-progress-summary-babys-day-mums-view-outcomes-then-table-lead-timescale-how-we-will-know-update-column-rag-words-carried-forward-and-new-rows-contingency-review-and-legal-planning",
    "description": (
        "Record of the third core group for a 4-month-old whose mother has depression and "
        "drinks, two weeks before the review conference; the maternal grandparents do the "
        "weekend nights and drive to appointments. A landscape Word table with lead, timescale, "
        "how we will know, an 'Update 17/02' column and RAG words. Most rows are sound (weekly "
        "visits, the alcohol service reporting on change, the grandparents' parts, a GP letter "
        "carried forward with a new date, a feed diary added today). Faults: the baby's weighs "
        "are measured only by 'Monitored by HV', the perinatal team only supports the mother, "
        "'Family' keeps Ruby from adults who have been drinking, a parenting referral carried "
        "forward has a new date 'TBC', benefits help is 'Ongoing', the immunisations row added "
        "today has no lead, one outcome is about the mother only, and the contingency's trigger "
        "is 'further concerns' with no fallback if the grandparents cannot help."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3: Record and Updated Plan"),
        ("p", "Eskdenby City Council · Children and Families · Locality Safeguarding Team 3"),
        ("kv", [
            ("Child", "Ruby Scattergood, born 14/10/2025 (4 months)"),
            ("Address", "Flat 9, Linnet House, Calder Way, Eskdenby ES6 2NW"),
            ("Mother", "Chantelle Scattergood (24)"),
            ("Maternal grandparents", "Lynne and Graham Scattergood, 27 Beech Grove, Eskdenby (a ten-minute drive)"),
            ("Category", "Neglect"),
            ("Initial conference", "09/12/2025. Chair: Martin Oakes (IRO)"),
            ("This meeting", "Core group 3, Tuesday 17/02/2026, 1.30pm, Calder Way Children's Centre"),
            ("Chair", "Nadia Rahman, social worker"),
            ("Present", "Chantelle Scattergood; Lynne Scattergood; Nadia Rahman (SW); Claire Dobson (HV); Mark "
                        "Teale (recovery worker, Eskdenby Alcohol Service); Becky Shore (CPN, Perinatal Mental "
                        "Health Team); Jade Fowler (family support worker)"),
            ("Apologies", "Graham Scattergood; Dr Sanjay Mehta (GP), written update sent"),
        ]),
        ("h1", "Progress since core group 2 (20/01/2026)"),
        ("p", "Chantelle has been to every key-work session at the alcohol service and five of her last six breath "
              "tests were at zero; the sixth, on 02/02/2026, was after her friend's birthday. She says her mood "
              "is a little better since her antidepressant was increased in December. Lynne has stayed every "
              "Friday and Saturday night. Ruby has gained weight and is on the 25th centile. The parenting "
              "programme referral agreed at core group 2 has not been made, and Ruby's 12-week immunisations "
              "were missed because the appointment letter went to Chantelle's old address."),
        ("h1", "Ruby's day"),
        ("p", "Nadia visited on 12/02/2026 at 9am without warning. Ruby was awake in her Moses basket, clean and "
              "in a dry nappy, kicking and watching the mobile. When Chantelle picked her up she stopped fussing "
              "and gave a big smile; she fed well and fell asleep on Chantelle's shoulder. Claire saw Ruby at "
              "clinic on 03/02/2026 and noticed that she turns to Chantelle's voice and settles quickly with Lynne. "
              "Her feed chart shows her longest gap between feeds last week was three and a half hours."),
        ("h1", "Chantelle's view"),
        ("p", "Chantelle said: “I know the drinking was getting bad before Christmas. I want Ruby to have a mum "
              "who's there for her. Mum's nights are what keep me going.” She asked for help with her money "
              "because she is behind with her council tax."),
        ("h1", "Outcomes agreed at conference"),
        ("bullets", [
            "Ruby is fed, changed and settled by a sober adult at every feed, day and night.",
            "Ruby gains weight steadily and stays on or above the 25th centile.",
            "Ruby sleeps safely in her own Moses basket, on her back, every night.",
            "Chantelle will be alcohol free and feel more confident as a mum.",
        ]),
        ("h1", "Updated plan"),
        ("p", "RAG: Green – on track; Amber – partly done or late; Red – not done. C/F – carried forward."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "How we will know", "Update 17/02", "RAG"],
            "widths": [0.9, 6.0, 3.6, 3.4, 5.0, 4.8, 2.0],
            "rows": [
                ["1",
                 "Home visits to see Ruby and check where she sleeps and that there is milk and food in; one visit "
                 "in two unannounced",
                 "Nadia Rahman, SW",
                 "Weekly until the review conference",
                 "Visit records note Ruby seen awake and asleep and where she was sleeping",
                 "Every weekly visit done; Moses basket seen clear each time",
                 "Green"],
                ["2",
                 "Weigh Ruby and check her feeding and development",
                 "Claire Dobson, HV",
                 "Every two weeks at Eskdenby Health Centre",
                 "Monitored by HV",
                 "Weighed 03/02/2026 – 25th centile",
                 "Green"],
                ["3",
                 "Key-work and breath tests with Chantelle, and a written report to each core group on whether she "
                 "has stopped drinking and how long any further change is likely to take",
                 "Mark Teale, recovery worker, Eskdenby Alcohol Service",
                 "Key-work every Monday; report two working days before each core group",
                 "Breath test results and the written report on file before each core group",
                 "Report received 13/02/2026; 5 of 6 tests at zero",
                 "Amber"],
                ["4",
                 "Continue fortnightly support visits to Chantelle for her low mood",
                 "Becky Shore, CPN, Perinatal Mental Health Team",
                 "Fortnightly",
                 "Attendance at each visit recorded on the perinatal team's system",
                 "Seen four times since the conference",
                 "Green"],
                ["5",
                 "Stay at the flat every Friday and Saturday night and do Ruby's night feeds",
                 "Lynne Scattergood (maternal grandmother)",
                 "Every Friday and Saturday night",
                 "Night feed chart on the fridge, checked by the SW at the Monday visit",
                 "Every weekend kept",
                 "Green"],
                ["6",
                 "Drive Chantelle and Ruby to every health and alcohol service appointment",
                 "Graham Scattergood (maternal grandfather)",
                 "For each appointment in Chantelle's diary (copy with the SW)",
                 "Attendance shown on each service's record and in Ruby's red book",
                 "One missed on 27/01/2026 when the car broke down",
                 "Amber"],
                ["7",
                 "Make sure Ruby is never left alone with an adult who has been drinking",
                 "Family",
                 "Every day",
                 "The SW asks at each visit who cared for Ruby and whether they had been drinking, and records the "
                 "answer",
                 "Nothing reported",
                 "Green"],
                ["8",
                 "Refer Chantelle to the Baby Bond parenting programme at Calder Way Children's Centre",
                 "Nadia Rahman, SW",
                 "C/F from core group 2 – new date TBC",
                 "Place confirmed in writing and a start date on file",
                 "Not done – C/F",
                 "Red"],
                ["9",
                 "Help Chantelle with her Universal Credit claim and council tax arrears",
                 "Jade Fowler, family support worker",
                 "Ongoing",
                 "Council's letter confirming a payment plan on file",
                 "First appointment made",
                 "Amber"],
                ["10",
                 "Review Chantelle's antidepressant and liver function tests and write to the SW with the results",
                 "Dr Sanjay Mehta, GP, Eskdenby Health Centre",
                 "By 06/03/2026 (was 30/01/2026)",
                 "GP letter with the results on Ruby's file",
                 "C/F with a new date – blood test booked 24/02/2026",
                 "Amber"],
                ["11",
                 "NEW: keep a daily feed and sleep diary for Ruby and show it at every visit",
                 "Chantelle Scattergood (Mum)",
                 "Daily from 18/02/2026",
                 "Diary seen by the SW and HV at each visit, with no gap between feeds longer than four hours",
                 "Agreed today",
                 "–"],
                ["12",
                 "NEW: arrange Ruby's missed 12-week immunisations at Eskdenby Health Centre",
                 "",
                 "By 06/03/2026",
                 "Immunisations recorded in the red book and on the GP system",
                 "Agreed today",
                 "–"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are further concerns about Chantelle's drinking or Ruby's care, Ruby will stay with Lynne "
              "and Graham at 27 Beech Grove and Nadia will hold a strategy discussion the same day."),
        ("h1", "Review conference and legal planning"),
        ("bullets", [
            "Review child protection conference: Thursday 05/03/2026, 10am, Eskdenby Civic Centre.",
            "Core group every four weeks, Tuesdays at 1.30pm, Calder Way Children's Centre; next on 24/03/2026.",
            "If Chantelle has not made enough progress by the review conference, Nadia will ask her team manager, "
            "Owen Blackwood, for a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("F002", "Chantelle will be alcohol free and feel more confident as a mum."),
        F("M002", "Weigh Ruby and check her feeding and development"),
        F("H001", "Continue fortnightly support visits to Chantelle for her low mood"),
        F("W002", "Make sure Ruby is never left alone with an adult"),
        F("T002", "Refer Chantelle to the Baby Bond parenting programme"),
        F("T002", "Help Chantelle with her Universal Credit claim"),
        F("W001", "arrange Ruby's missed 12-week immunisations at Eskdenby"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. First review conference plan for a 12-year-old autistic, non-verbal boy
#    with epilepsy; medication missed and weight lost; mother his sole
#    carer, uncle helping two evenings a week. Word plan printed to PDF with
#    a page header and footer: first-set and new dates, a change of social
#    worker, a "Status at review" column, closed actions listed apart.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_embersall_rcpc_disabled_child_status_moved_dates_haverill.pdf",
    "doc_title": "Review Child Protection Plan - Kai Haverill",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-disabled-child-plan-printed-to-pdf-page-header-footer-details-list-what-has-changed-how-kai-tells-us-views-outcomes-then-table-who-by-when-first-set-and-now-how-well-know-status-at-review-then-closed-since-icpc-bullets-contingency-meetings",
    "description": (
        "Exemplary plan from the first review conference for a 12-year-old autistic boy who "
        "does not speak and has epilepsy; at the initial conference his seizure medication was "
        "being missed and his weight had fallen. A Word plan printed to PDF with a page header "
        "and footer. Each row gives who, by when (dates first set and the new dates where a "
        "clinic was cancelled), how we will know and a status ('Achieved', 'Partly', 'Not "
        "started', 'New'); the social worker changes on 02/03/2026 and the row says so; two "
        "closed actions are listed apart and not counted. Kai's voice is what he shows with "
        "his symbols and behaviour. The uncle's evenings have a fallback, adult social care owns "
        "a carer's assessment, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Embersall County Council – Review Child Protection Plan",
    "footer": "Kai Haverill – plan agreed at the review conference on 24/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – agreed at the first review conference"),
        ("kv", [
            ("Child", "Kai Haverill, DOB 09/05/2013 (12), Year 7, Oakhollow School (special school)"),
            ("Address", "6 Tanner's Row, Embersall EM4 1QS"),
            ("Mother", "Leanne Haverill (41), Kai's only carer"),
            ("Brother", "Reece Haverill (16), Year 11, Embersall College"),
            ("Maternal uncle", "Darren Cole, 30 Fieldgate, Embersall (five minutes' walk)"),
            ("Category", "Neglect"),
            ("Initial conference", "25/11/2025"),
            ("Review conference", "24/02/2026. Chair: Bernadette Lowe (IRO)"),
            ("Team", "Embersall Disabled Children's Team (team manager: Carys Wynne)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "At the initial conference Kai had had six seizures at school in October, one needing an ambulance, "
              "because his evening levetiracetam was often not given. His weight had fallen from the 50th to the "
              "9th centile, four paediatric appointments had been missed, and Reece was getting up to Kai most "
              "nights. Leanne told the conference she was “running on empty” after Kai's overnight short breaks "
              "ended in the summer."),
        ("p", "Since then the medication chart shows two missed evening doses, both in January and none since "
              "28/01/2026. Kai had one seizure in January and none so far in February. His first overnight stay "
              "at Elmfield House was on 14/02/2026. His weight is steady on the 9th centile but has not yet "
              "risen, and the paediatric clinic in January was cancelled by the hospital. Reece has had his young "
              "carer's assessment."),
        ("h1", "How Kai tells us how he is"),
        ("p", "Kai does not use words. He uses about thirty PECS symbols and some Makaton signs, and his "
              "communication passport says he hums and flaps his hands when he is happy and bites his sleeve or "
              "hides under his weighted blanket when he is upset or in pain."),
        ("p", "At school on 18/02/2026 Anita used his “now and next” board with Mrs Salter. Asked about Elmfield "
              "House he chose “bath”, “trampoline” and the thumbs-up symbol, and smiled. Asked about home he chose "
              "“Mum”, “iPad” and “Darren”, and signed “more”. At home on 20/02/2026 he brought Leanne the "
              "symbol for “hungry” and sat at the table for his pasta; he ate half of it. His teacher says he is "
              "calmer in the mornings since his medication has been given every night."),
        ("p", "Reece said: “I still check on him at night but I'm not the one doing his tablets any more. I want "
              "Mum to get some sleep.” Leanne said the short breaks have given her “the first full night's sleep "
              "in a year” and that she wants help to get Kai eating again."),
        ("h1", "Outcomes for Kai"),
        ("numbers", [
            "Kai gets every dose of his seizure medication on time, so that he has fewer seizures and no "
            "emergency admissions.",
            "Kai eats enough to grow, and his weight is back on the 25th centile by the next review conference.",
            "Kai's care is shared by rested adults, so that there is always an awake, rested adult for him at "
            "night and Reece is no longer his night-time carer.",
            "Kai can make his needs and feelings known at home as well as he does at school.",
        ]),
        ("h1", "The plan"),
        ("p", "Status at review: Achieved – done and continuing; Partly – started, not finished; Not started; New "
              "– agreed at the review conference. Where a date has moved, the date first set is shown."),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "How we'll know", "Status at review"],
            "widths": [1.0, 4.4, 2.9, 2.7, 3.6, 2.4],
            "rows": [
                ["1",
                 "Visit Kai at home, see him with his symbols and communication book, and check his medication "
                 "chart and food diary",
                 "Anita Coles, SW, from 02/03/2026 (was Sam Jennings, SW, until 27/02/2026)",
                 "Weekly until the next review conference",
                 "Visit records show Kai seen every week, the chart and diary checked, and the symbols Kai chose "
                 "written down",
                 "Achieved – 13 of 13 weekly visits"],
                ["2",
                 "Give Kai his levetiracetam morning and evening and tick each dose on the medication chart",
                 "Leanne Haverill (Mum)",
                 "Twice daily, 7.30am and 7.30pm",
                 "Chart checked at each SW visit and by the school nurse every Monday; pharmacy record shows each "
                 "prescription collected on time",
                 "Partly – two missed doses in January, none since 28/01/2026"],
                ["3",
                 "Review Kai's seizure diary and medication, and tell the SW how many seizures he has had",
                 "Jo Farrant, epilepsy nurse specialist, Embersall Children's Hospital",
                 "Monthly phone review; letter before each core group",
                 "Letter to the SW before each core group giving seizures per month (six in October, one in "
                 "January)",
                 "Achieved"],
                ["4",
                 "Weigh and measure Kai and review his growth and eating in clinic",
                 "Dr Olu Bamidele, community paediatrician",
                 "First set: by 31/01/2026. Now: by 17/03/2026 (January clinic cancelled by the hospital)",
                 "Clinic letter to the SW and Leanne with Kai's weight, height and centiles",
                 "Partly – new clinic date 12/03/2026"],
                ["5",
                 "Write a home eating plan built on foods Kai accepts, and show Leanne and Darren how to use it",
                 "Sophie Nkemelu, paediatric dietitian",
                 "Plan by 10/03/2026; home session by 24/03/2026",
                 "Eating plan on file; Kai weighed monthly on the school's scales, with each weight sent to the SW "
                 "and rising towards the 25th centile",
                 "Not started – referral accepted 09/02/2026"],
                ["6",
                 "Two overnight short breaks a month for Kai at Elmfield House",
                 "Tom Ashworth, short breaks co-ordinator, Embersall Disabled Children's Team",
                 "Two nights each month, booked to the next review conference",
                 "Elmfield's stay record for each night, sent to the SW, shows how Kai settled, ate and slept",
                 "Partly – first stay 14/02/2026 went well"],
                ["7",
                 "Check Kai's attendance and home–school book every day, and phone the SW the same day if he "
                 "arrives unwell, hungry or without his morning dose given",
                 "Mrs Ruth Salter, DSL, Oakhollow School",
                 "Every school day",
                 "Attendance emailed to the SW each Friday (target 95%); same-day calls logged on CPOMS",
                 "Achieved – 96% this term"],
                ["8",
                 "Collect Kai from school on Tuesdays and Thursdays, give him his tea and evening medication, and "
                 "stay until 8pm",
                 "Darren Cole (maternal uncle)",
                 "Every Tuesday and Thursday",
                 "Oakhollow's collection log; Darren's ticks on the medication chart, seen by the SW",
                 "Achieved – every evening kept"],
                ["9",
                 "Update Kai's communication passport and show Leanne, Darren and Reece how to use his symbols at "
                 "home",
                 "Amira Dhillon, speech and language therapist, Embersall Children's Therapies",
                 "Passport by 31/03/2026 (first set for 31/01/2026); two home sessions by 30/04/2026",
                 "Updated passport shared with the core group; the SW sees Kai using his symbols at home",
                 "Partly – first home session 10/02/2026"],
                ["10",
                 "Carer's assessment for Leanne, including help at night",
                 "Mel Ryder, carers' assessor, Embersall Adult Social Care",
                 "By 31/03/2026",
                 "Written assessment and support plan sent to the SW and shared at the core group on 07/04/2026",
                 "New"],
            ],
        }),
        ("h1", "Actions closed since the initial conference"),
        ("bullets", [
            "Young carer's assessment for Reece by Embersall Young Carers – completed 03/02/2026 and closed; Reece "
            "goes to the Wednesday group.",
            "Occupational therapy assessment for a bath seat – no longer needed because Embersall Homes fitted a "
            "level-access shower on 15/01/2026; closed.",
        ]),
        ("h1", "If the plan is not keeping Kai safe"),
        ("p", "If Kai misses two doses of his medication in any week, has a seizure at home that needs his rescue "
              "medication or an ambulance, arrives at school without his morning dose twice in a week, or loses "
              "weight at two monthly weighs in a row, Anita will hold a strategy discussion the same day. Kai "
              "will stay at Elmfield House, where Tom Ashworth keeps an emergency bed, or with Darren, until it "
              "has taken place."),
        ("p", "If Darren cannot do his Tuesday or Thursday evenings, Kai will stay at Oakhollow's after-school club "
              "until Leanne collects him at 5.30pm, and Tom will arrange a short-break carer for those evenings "
              "within two working days."),
        ("p", "If Kai's weight has not started to rise by the core group on 19/05/2026, or doses are missed again "
              "once the carer's support is in place, Anita will ask Carys Wynne for a legal planning meeting within "
              "five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 4pm, Oakhollow School: 07/04/2026, 19/05/2026 and 30/06/2026.",
            "Second review child protection conference: Tuesday 25/08/2026, 10am, Embersall County Hall.",
            "Anita will see Kai at school with his symbols before each core group and bring what he shows to it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Transfer-in conference plan, family moved from another authority;
#    mother on methadone after a heroin relapse, a 15-year-old and a
#    2-year-old, maternal grandmother in the new area. Word plan printed to
#    PDF with a page header and footer; the action table has an "Origin"
#    column (restated, revised, new) and the work not carried over is
#    explained in prose. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_ebbesmoor_transfer_in_origin_column_tunnicliffe.pdf",
    "doc_title": "Transfer-in Child Protection Plan - Ezra and Nell Tunnicliffe",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "template": "transfer-in-conference-plan-printed-to-pdf-landscape-page-header-footer-details-how-the-family-came-what-the-previous-plan-asked-and-what-we-did-not-carry-over-adult-services-views-outcomes-then-table-action-origin-lead-when-how-we-will-know-contingency-meetings",
    "description": (
        "Exemplary transfer-in conference plan for a 15-year-old and a 2-year-old who moved with "
        "their mother, on methadone after a heroin relapse, to be near their grandmother. A Word "
        "plan printed to PDF with a page header and footer. The action table has an Origin "
        "column saying which actions are restated from the previous authority's plan, revised "
        "(a two-year review and a parenting assessment given new dates, a young carer's "
        "assessment not started before the move) or new; work not carried over is explained in "
        "prose. Nothing waits on the transfer. The drug service reports on change, the GP owns "
        "an action, the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and first review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Ebbesmoor Metropolitan Borough Council – Transfer-in Child Protection Conference",
    "footer": "Ezra and Nell Tunnicliffe – plan agreed 27/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan agreed at the Transfer-in Conference"),
        ("kv", [
            ("Children", "Ezra Tunnicliffe (15), DOB 04/04/2010, Year 10, Ebbesmoor Academy; Nell Tunnicliffe (2), "
                         "DOB 21/02/2023"),
            ("Address", "8 Fellgate Road, Ebbesmoor EB2 7HD (since 05/01/2026)"),
            ("Mother", "Gemma Tunnicliffe (33)"),
            ("Maternal grandmother", "Pauline Tunnicliffe, 14 Moss Terrace, Ebbesmoor (ten minutes' walk)"),
            ("Nell's father", "Jason Platt; lives in Pennywell and has had no contact since 2024"),
            ("Category", "Neglect (both children)"),
            ("Previous plan", "Initial conference held by Pennywell County Council on 14/10/2025"),
            ("Transfer-in conference", "Tuesday 27/01/2026, Ebbesmoor Civic Centre. Chair: Imran Siddiqui (IRO)"),
            ("Social worker", "Hollie Brennan, Safeguarding Team East (team manager: Dawn Featherstone)"),
        ]),
        ("h1", "How the family came to Ebbesmoor"),
        ("p", "Gemma has been prescribed methadone for seven years. In September 2025, after losing her job, she "
              "began using heroin on top of her script, and Ezra found her asleep on the sofa with Nell crying in "
              "her cot. Pennywell held an initial conference on 14/10/2025. Gemma asked to move nearer to her "
              "mother, and Ebbesmoor Homes offered the tenancy at Fellgate Road, which she signed on 05/01/2026. "
              "Pennywell's social worker, Jo Marsh, visited jointly with Hollie on 08/01/2026, and the Pennywell "
              "records were handed over the same week."),
        ("h1", "What the Pennywell plan asked, and what we have changed"),
        ("p", "Pennywell's plan had nine actions. Four are restated below with Ebbesmoor owners. Three are revised "
              "because dates were missed in the move or the work had not started. Two were not carried over: help "
              "with housing, because Gemma now has her tenancy, and Pennywell's family support worker's weekly "
              "visits, which are replaced by Hollie's and Pauline's parts of this plan. Four actions are new. The "
              "Origin column shows which is which; the numbers are those of the Pennywell plan."),
        ("h1", "Adult services"),
        ("p", "Gemma's script moved to the Ebbesmoor Recovery Hub on 12/01/2026; Carl Ibbotson is her recovery "
              "co-ordinator and attended the conference. She has registered with Moorgate Medical Practice. Both "
              "services own actions in this plan and have agreed them."),
        ("h1", "What Ezra and Nell have told us"),
        ("p", "Ezra (seen on his own at the Academy, 22/01/2026): “The new school's OK. I like having Nan round "
              "the corner. I still check Mum's breathing when she sleeps in the day. I don't want to go back to "
              "how it was.” He put things at home at 6 out of 10, up from 3 when Pennywell first saw him."),
        ("p", "Nell (seen at home, 20/01/2026) ran to the door with a toy phone, said “Nana” and “biscuit”, and "
              "climbed onto Gemma's knee when Hollie sat down. She was clean and dressed. Pauline says Nell sleeps "
              "well at her flat and asks for “Ezzy” when he is at school."),
        ("p", "Gemma said: “I moved to get away from the people I was using with. Mum being close is what will "
              "make it work.”"),
        ("h1", "Outcomes for Ezra and Nell"),
        ("bullets", [
            "Ezra and Nell are cared for every day by a mother who is not using heroin or other drugs, and neither "
            "of them can get at her methadone.",
            "Nell's development and speech are on track for her age, and she goes to nursery three mornings a "
            "week.",
            "Ezra goes to school every day, settles at Ebbesmoor Academy and no longer looks after Nell or checks "
            "on his mum.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Origin", "Lead", "When", "How we will know"],
            "widths": [1.0, 7.0, 3.4, 4.3, 4.5, 5.5],
            "rows": [
                ["1",
                 "Visit Ezra and Nell at home, one visit in three unannounced, and see Ezra on his own away from "
                 "the house once a month",
                 "Pennywell 1 – restated",
                 "Hollie Brennan, SW",
                 "Weekly from 27/01/2026 until the review conference",
                 "Visit records show both children seen every week and Ezra seen alone each month, with his words "
                 "written down"],
                ["2",
                 "Key-work, supervised methadone and urine screens, and a written report to each core group on "
                 "whether Gemma has stopped using heroin and how long any further change is likely to take",
                 "Pennywell 2 – restated with the new service",
                 "Carl Ibbotson, recovery co-ordinator, Ebbesmoor Recovery Hub",
                 "Key-work weekly; screens every two weeks; report two working days before each core group",
                 "Screen results and the written report on file before every core group"],
                ["3",
                 "Keep her methadone in the locked box on top of the kitchen cupboard, out of Nell's reach",
                 "Pennywell 4 – restated",
                 "Gemma Tunnicliffe (Mum)",
                 "Every day",
                 "Box seen locked at every SW and HV visit"],
                ["4",
                 "Send the SW Gemma's prescribing history, and tell the SW of any missed methadone review",
                 "New",
                 "Dr Helen Aske, GP, Moorgate Medical Practice",
                 "History by 24/02/2026; within two working days of any missed review",
                 "GP letter on the children's file by 24/02/2026; an email to the SW for any missed review"],
                ["5",
                 "Nell's two-year review, with her development scores and a check of her speech",
                 "Pennywell 6 – revised: date of 30/01/2026 missed in the move",
                 "Farida Mahmood, HV, Ebbesmoor Community Health",
                 "By 27/02/2026",
                 "ASQ scores and any speech therapy referral sent to the SW by 27/02/2026"],
                ["6",
                 "Take Nell to Little Larks Nursery three mornings a week, with attendance sent to the SW",
                 "New",
                 "Gemma Tunnicliffe; attendance sent by Sue Tate, manager, Little Larks Nursery",
                 "Monday, Wednesday and Friday mornings from 09/02/2026",
                 "Nursery register emailed to the SW each Friday showing three of three sessions"],
                ["7",
                 "Meet Ezra each week with his mentor, check his attendance, and phone the SW the same day if he "
                 "is absent",
                 "Pennywell 7 – restated for the new school",
                 "Mr Daniel Achebe, DSL, Ebbesmoor Academy",
                 "Every Monday; same-day call for any absence",
                 "Attendance sent to the SW each Friday (target 95%); mentor meetings logged on CPOMS"],
                ["8",
                 "Young carer's assessment for Ezra and a place at the Tuesday group",
                 "Pennywell 8 – revised: not started before the move",
                 "Lottie Greaves, Ebbesmoor Young Carers",
                 "Assessment by 13/03/2026; group every Tuesday from then",
                 "Ezra's young carer's plan sent to the SW; group register"],
                ["9",
                 "Have Nell at her flat on Tuesdays and Thursdays, and be the adult Ezra rings if his mum seems "
                 "under the influence",
                 "New",
                 "Pauline Tunnicliffe (maternal grandmother)",
                 "Every Tuesday and Thursday, 9am to 5pm; the same day whenever Ezra rings",
                 "Pauline's diary seen by the SW at each visit; Ezra shows the SW Pauline's number on his phone"],
                ["10",
                 "Complete the parenting assessment Pennywell began, building on its first two sessions",
                 "Pennywell 9 – revised: new date",
                 "Hollie Brennan, SW",
                 "Report by 20/03/2026, before the review conference",
                 "Report shared with Gemma and the core group by 20/03/2026"],
                ["11",
                 "Direct work with Ezra about home and what he wants after Year 11, using his own 'my life' book",
                 "New",
                 "Hollie Brennan, SW",
                 "Four sessions, every two weeks from 03/02/2026",
                 "Ezra's book pages kept on file, with his score out of 10 at each session"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Gemma has a urine screen positive for heroin or cocaine, misses two supervised doses in a row, is "
              "found under the influence while caring for the children, or her methadone is found out of the "
              "locked box, Ezra and Nell will go to Pauline's flat at 14 Moss Terrace that day and Hollie will hold "
              "a strategy discussion with the police the same day."),
        ("p", "If Pauline cannot have the children (she has been in hospital twice with her chest), Hollie will "
              "place Ezra and Nell together with Ebbesmoor foster carers the same day."),
        ("p", "If Gemma has two positive screens before the review conference, or the parenting assessment says she "
              "cannot keep the children safe within Nell's timescale, Hollie will ask Dawn Featherstone for a legal "
              "planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm, Fellgate Children's Centre: 10/02/2026, 10/03/2026 "
            "and 07/04/2026.",
            "Review child protection conference: Tuesday 21/04/2026, 10am, Ebbesmoor Civic Centre.",
        ]),
        ("p", "Plan agreed by the conference on 27/01/2026 and sent to Pennywell County Council for their records."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group 2 record for a 14-year-old who self-harms and her
#    9-year-old brother; their father is alcohol dependent, their paternal
#    aunt helps. Markdown, goal headings with owner-first bullets; wording
#    changed today is struck out with the new wording after it; a dated
#    update under each action; closed items kept apart. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_eddercombe_core_group_two_struck_wording_venables.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-record-md-meeting-details-what-has-changed-scaling-then-and-now-childrens-and-dads-views-outcomes-then-goal-headings-owner-first-bullets-struck-out-old-wording-new-wording-how-well-know-and-dated-update-lines-then-closed-list-apart-contingency-meetings",
    "description": (
        "Exemplary record of the second core group for a 14-year-old girl who self-harms and "
        "her 9-year-old brother; their father is alcohol dependent and their paternal aunt "
        "helps after school. Markdown with goal headings and owner-first bullets; wording "
        "changed at this meeting is struck out with the new wording after it (a visit "
        "frequency, 'cut down his drinking', 'when he can'), each bullet has a 'How we'll know' "
        "line and a dated update, one bullet is new, a GP date has moved, and a done referral "
        "and an action no longer needed are kept apart and not counted. The alcohol service "
        "reports on change, the aunt's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
# Core group 2 — record and updated plan

**Eddercombe Borough Council · Children's Services · Family Safeguarding Team West**

| | |
|---|---|
| Children | Skye Venables (14), DOB 30/06/2011, Year 9, Eddercombe High School; Leo Venables (9), DOB 12/01/2017, Year 4, Eddercombe Primary |
| Address | 23 Weaver's Close, Eddercombe ED5 3JR |
| Father | Martin Venables (44), sole carer since the children's mother died in 2022 |
| Paternal aunt | Lorraine Hebden, 2 Orchard Way, Eddercombe (five minutes' walk) |
| Category | Neglect (both children) |
| Initial conference | 13/01/2026 (chair: Joanne Pryce, IRO) |
| This meeting | Core group 2, Thursday 12/02/2026, 4pm, Eddercombe High School |
| Present | Martin; Lorraine; Rhiannon Price (SW, chair); Kieran Lowe (Eddercombe Alcohol and Drug Service); Dr Ayesha Karim (Eddercombe CAMHS); Mrs Jo Fielding (DSL, Eddercombe High); Mr Sam Obi (DSL, Eddercombe Primary) |
| Apologies | Dr Fiona Lambert (GP) — written update sent |

> **Reading this record.** Where the plan was changed today, the old wording is ~~struck out~~ and the new
> wording follows in bold. Each action keeps its *Update 12/02* line. Work that is finished has moved to
> "Closed since core group 1" below the plan.

## What has changed since the conference

At the initial conference Martin was drinking most days from late morning, Leo had been late to school 17
times in the autumn term and Skye had been taken to A&E on 28/12/2025 after cutting her arm. Skye was
getting Leo up, making his tea and putting him to bed.

Since then Martin has been to four of five key-work sessions at the alcohol service. He had two breath
tests above zero in January and none so far in February. He is waiting for his community detox assessment;
the first GP appointment was missed. Leo has been late twice since 13/01/2026. Skye started weekly sessions
with CAMHS on 04/02/2026 and told Dr Karim she last cut herself on 21/01/2026.

**Scaling (0 = the children are not safe at all, 10 = safe enough for the plan to end):** the core group
scored 3 at the initial conference and agreed 5 today. Skye scored 4 then and 6 today; Martin scored 7.

## What Skye and Leo said

Skye (seen on her own at school, 09/02/2026): "Dad's trying, I can tell. He still has cans on a Friday. I
don't have to do Leo's tea on Mondays and Wednesdays now, because Auntie Lorraine does it, and that's
when I go to the library. I haven't told Dad about CAMHS stuff and I don't want him to read my safety
plan."

Leo (seen on his own at home, 10/02/2026) said breakfast club is "the best because there's toast and
Connor is there". He drew his dad on the sofa "with his drink" and himself and Skye "watching TV in the
kitchen". He said he would like his dad "to take me to football like before".

Martin said: "I know Skye's been carrying us. I want to stop, not just cut down. I'm scared of the detox."

## Outcomes for Skye and Leo (agreed at the conference)

1. Skye and Leo are looked after every evening by a sober adult who makes their tea and knows where they are.
2. Skye is kept safe from self-harm and has adults she trusts to go to when she feels overwhelmed.
3. Leo gets to school every day, fed and on time, and Skye is no longer the one who gets him there.

## The plan (updated at core group 2)

### Outcome 1 — a sober adult every evening

- **Rhiannon Price (SW)** will visit Skye and Leo at home ~~every week~~ **twice a week, one visit after
  6pm**, and see each of them on their own.
  *How we'll know:* visit records show both children seen twice a week, each seen alone, and whether Martin
  was sober at the evening visit.
  *Update 12/02:* five visits since core group 1; Martin sober at both evening visits.
- **Martin** will ~~cut down his drinking~~ **not drink at all from 5pm until both children are in bed,
  every day from 13/02/2026**.
  *How we'll know:* Kieran's Monday breath tests read zero and Rhiannon's evening visit notes say Martin was
  sober.
  *Update 12/02:* two readings above zero in January, none in February.
- **Kieran Lowe (recovery worker, Eddercombe Alcohol and Drug Service)** will see Martin every Monday for
  key-work and a breath test, and write to the core group two working days before each meeting on whether
  Martin is making the changes Skye and Leo need and how long that is likely to take.
  *How we'll know:* Kieran's written report on file before every core group.
  *Update 12/02:* first report received 10/02/2026.
- **Dr Fiona Lambert (GP, Eddercombe Health Centre)** will complete Martin's community detox assessment by
  05/03/2026 *(was 30/01/2026; moved because Martin missed the first appointment)* and write to Rhiannon and
  Kieran with the outcome and the detox start date.
  *How we'll know:* GP letter on file by 05/03/2026.
  *Update 12/02:* appointment rebooked for 26/02/2026.
- **Lorraine Hebden (paternal aunt)** will have Leo at her house after school every Monday and Wednesday
  until 7pm and give him his tea.
  *How we'll know:* Lorraine texts Rhiannon when Leo arrives and when she takes him home; Rhiannon reads
  the texts at each visit.
  *Update 12/02:* every day kept since 14/01/2026.

### Outcome 2 — Skye safe from self-harm, with adults she trusts

- **Dr Ayesha Karim (clinical psychologist, Eddercombe CAMHS)** will see Skye every Tuesday after school,
  review her safety plan with her at each session, and send Rhiannon a written update before each core
  group.
  *How we'll know:* CAMHS update on file before every core group, saying whether Skye has self-harmed and
  whether her safety plan is up to date.
  *Update 12/02:* two sessions so far; Skye's safety plan written 10/02/2026.
- **Mrs Jo Fielding (DSL, Eddercombe High School)** will make sure Skye has a check-in with her learning
  mentor at 8.40am every school day and a time-out card, and will phone Rhiannon the same day if Skye
  self-harms or says she wants to.
  *How we'll know:* check-ins and time-out card use logged on CPOMS; same-day calls recorded on Skye's file.
  *Update 12/02:* check-ins started 19/01/2026; card used twice.
- **Rhiannon Price (SW)** will go through a "keeping Skye safe at home" plan with Martin by 19/02/2026:
  locking away medicines and razor blades, and what he does if he finds Skye has hurt herself. *(New,
  agreed today; Skye asked that it does not include her CAMHS safety plan.)*
  *How we'll know:* the plan signed by Martin on file; medicines and blades seen locked away at the next
  evening visit.

### Outcome 3 — Leo at school, fed and on time

- **Martin** will walk Leo to breakfast club ~~when he can~~ **every school morning by 8am**.
  *How we'll know:* breakfast club register, sent to Rhiannon each Friday by Mr Obi.
  *Update 12/02:* 16 of 20 mornings; Skye took him on the other four.
- **Mr Sam Obi (DSL, Eddercombe Primary)** will check Leo's attendance and punctuality every day and phone
  Rhiannon the same day if he is absent or arrives hungry.
  *How we'll know:* weekly attendance email to Rhiannon showing 95% or more and no more than one late mark
  a fortnight.
  *Update 12/02:* 97% since 13/01/2026; late twice.
- **Phoebe Marsh (Eddercombe Young Carers)** will complete a young carer's assessment with Skye by
  13/03/2026 and offer her a place at the Saturday group.
  *How we'll know:* Skye's young carer's plan sent to Rhiannon; the Saturday group register.
  *Update 12/02:* referral accepted 05/02/2026.

## Closed since core group 1

- DONE 28/01/2026 — Rhiannon referred Skye to CAMHS within a week of the conference; accepted 28/01/2026,
  first seen 04/02/2026. Closed.
- NO LONGER NEEDED — the family support worker's help with Martin's rent arrears: Eddercombe Homes agreed
  a repayment plan with him on 30/01/2026. Closed.

## If things go wrong

- **If Martin is drunk or has been drinking while looking after the children** (an evening visit, a breath
  test above zero on a weekday, or Skye or Leo telling someone): Skye and Leo go to Lorraine's at 2 Orchard
  Way that night, and Rhiannon (or the Emergency Duty Team out of hours) holds a strategy discussion the
  same day.
- **If Skye self-harms and needs medical help, or says she wants to end her life:** Martin or Lorraine
  takes her to Eddercombe General A&E or calls 999, and the CAMHS crisis team is asked to see her the same
  day; Mrs Fielding does the same if it happens at school.
- **If Lorraine cannot help** (she is ill or away, or cannot have the children that night): Rhiannon will
  place Skye and Leo together with Eddercombe foster carers the same day, and on Mondays and Wednesdays Leo
  will go to the school's after-school club until 6pm while Rhiannon arranges cover.
- **If progress stops:** if Martin has two more breath tests above zero before the review conference, or
  does not go to his detox assessment, Rhiannon will ask her team manager, Farhan Qureshi, for a legal
  planning meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 4pm, Eddercombe High School: 12/03/2026, then 07/05/2026 after
  the review.
- Review child protection conference: Tuesday 14/04/2026, 10am, Eddercombe Town Hall.
- Rhiannon will see Skye and Leo on their own before every core group and bring their words to it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Second review conference record, mother with depression and anxiety,
#    three children, grandmother doing the school run. Markdown: decision,
#    IRO's summary of progress per outcome with scaling, revised plan table
#    with a status column, change log at the end. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_ewensby_rcpc_two_iro_summary_change_log_catterall.md",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc2-record-md-decision-first-attendance-line-iro-summary-per-outcome-scaling-then-and-now-childrens-views-then-revised-plan-table-who-when-how-well-know-status-at-rcpc2-contingency-meetings-change-log-at-end",
    "description": (
        "Record of the second review conference for an 8-year-old, a 5-year-old and an "
        "18-month-old whose mother has depression and anxiety; their grandmother does the school "
        "run. Markdown: the decision first, an IRO summary per outcome with scaling then and now, "
        "the children's views, a revised plan table with a status column and a change log at the "
        "end. Most rows are sound (fortnightly visits, the grandmother's school run with a "
        "fallback, the HV and DSL, a nursery place, a GP letter with its new date). Faults: the "
        "CMHT only continues to support the mother and is measured by her saying she feels "
        "better, the stair gate row is 'Carried forward' with no date, routine and budgeting "
        "help is 'Ongoing', a morning plan is owned by the 'Core group', the young carers "
        "referral added today has no measure, one outcome is about the mother only, the next "
        "review conference is 'to be arranged' and nothing says legal planning follows if "
        "progress stays slow."
    ),
    "text": """\
# Review Child Protection Conference (second review) — Jaxon, Lily-Mae and Harvey Catterall

Ewensby City Council · Children's Social Care · Conference and Review Team

**Date:** Tuesday 10/02/2026, 1.30pm, Ewensby Civic Centre
**Chair:** Sandra Whitlock, Independent Reviewing Officer
**Children:** Jaxon Catterall (8), DOB 03/05/2017; Lily-Mae Catterall (5), DOB 27/11/2020; Harvey Catterall
(18 months), DOB 14/08/2024 — 19 Cowper Street, Ewensby EW3 4TN
**Mother:** Tasha Catterall (29). **Harvey's father:** Connor Bell, 5 Rydal Court, Ewensby; sees Harvey on
Sundays at his own mother's house.
**Maternal grandmother:** Denise Catterall, 12 Cowper Street
**Category:** Neglect (all three children). Initial conference 10/06/2025; first review 09/09/2025.
**Present:** Tasha; Denise; Kofi Mensah (SW); Ella Briggs (HV); Mrs Ruth Okafor (DSL, Ewensby Primary);
Paul Addo (care co-ordinator, Ewensby CMHT); Shona Bligh (family support worker). **Apologies:** Dr Nicola
Venn (GP), report sent; Connor Bell.

## Decision

The children remain subject to child protection plans under the category of neglect. Every agency agreed.
Tasha has depression and anxiety and is under the Ewensby Community Mental Health Team. Mornings are
better on the days Denise does the school run, and the children's attendance has risen, but Harvey's room
and the kitchen are still unsafe for a toddler and Tasha's low mood still leaves her in bed some mornings.

## IRO's summary of progress

**Outcome 1 — getting up, fed and to school or nursery on time.** Jaxon's attendance is 96% and Lily-Mae's
94% (88% and 85% at the first review). On Fridays, when Denise works, both were late on four of the last six
Fridays. Scaling agreed by the conference: 4 out of 10 at the first review, 6 out of 10 today.

**Outcome 2 — a safe home for Harvey.** The stair gate and fireguard agreed at the first review are still not
fitted, and Ella found a bottle of bleach on the kitchen floor on 27/01/2026. Scaling: 3 out of 10 then, 3
out of 10 today.

**Outcome 3 — Tasha's mood.** Tasha has seen her care co-ordinator monthly and says she feels "a bit better
most weeks". Her sertraline review is overdue.

**Outcome 4 — Jaxon no longer caring for the younger two.** Jaxon still gets Lily-Mae dressed on Fridays.
Scaling: 3 out of 10 then, 5 out of 10 today.

## What the children told us

Jaxon (seen on his own at school, 04/02/2026): "Nana's days are good because we have cereal and we're not
late. On Fridays I do Lily-Mae's hair because Mum's still in bed. I'd like Mum to be up like Nana."

Lily-Mae (seen at home, 29/01/2026) showed Kofi her reading book and said "Nana does my breakfast". She said
she does not like the dark on the stairs.

Harvey (seen at home, 29/01/2026) was walking well and climbing on the sofa arm; he ran to Tasha when Kofi
came in and then brought Kofi his bricks. He went towards the open stairs twice and Tasha called him back.

Tasha said she wants to "get back to being a proper mum" and asked for help with mornings and money.
Denise said she can keep doing four mornings but not Fridays.

## Outcomes

1. Jaxon, Lily-Mae and Harvey are up, washed, fed and at school or nursery on time every day.
2. Harvey's home is safe for a toddler, with no hazards in his reach and the stairs gated.
3. Tasha's mood is stable and she feels able to cope.
4. Jaxon no longer looks after his brother and sister in the mornings.

## Revised plan

| No. | Action | Who | When | How we'll know | Status at RCPC2 |
|---|---|---|---|---|---|
| 1 | Visit the children at home, before school once a month, and see Jaxon and Lily-Mae on their own | Kofi Mensah, SW | Every two weeks until the next review | Visit notes record each child seen, the older two alone, and the state of the kitchen and Harvey's room | Achieved |
| 2 | Take Jaxon and Lily-Mae to school on Monday to Thursday mornings | Denise Catterall (maternal grandmother) | Monday to Thursday, 8.20am | School gate log shows Denise bringing them; attendance 95% or more | Achieved |
| 3 | Continue to support Tasha with monthly appointments with her care co-ordinator | Paul Addo, care co-ordinator, Ewensby CMHT | Monthly | Tasha says she is feeling better | Ongoing |
| 4 | Review Tasha's sertraline and send the SW a letter on her medication and whether she is taking it | Dr Nicola Venn, GP, Eastgate Surgery | By 13/03/2026 (was 19/12/2025) | GP letter on file by 13/03/2026 | New date set |
| 5 | Weigh Harvey, check his development and go through the home safety checklist with Tasha | Ella Briggs, HV | Monthly home visit | Weight in the red book on or above the 25th centile; home safety checklist completed and signed at each visit | Partly |
| 6 | Fit a stair gate and a fireguard, ordered through the Ewensby Home Safety Scheme | Kofi Mensah, SW (order); Tasha to let the fitter in | Carried forward | Both seen fitted at the next home visit | Not done |
| 7 | Check Jaxon's and Lily-Mae's attendance, uniform and lunch, and phone the SW the same day with any concern | Mrs Ruth Okafor, DSL, Ewensby Primary | Every school day | Weekly attendance email to the SW; same-day calls logged on CPOMS | Achieved |
| 8 | Take Harvey to Little Steps Nursery for his funded place, with attendance sent to the SW | Tasha Catterall; register sent by Jan Poole, nursery manager | Tuesday, Wednesday and Friday afternoons from 03/02/2026 | Nursery register emailed to the SW every Friday | New, started 03/02/2026 |
| 9 | Help Tasha with a morning routine chart and a weekly shopping budget | Shona Bligh, family support worker | Ongoing | Routine chart seen on the fridge at visits; budget sheet filled in each week | Partly |
| 10 | Agree a written plan for who gets the children up on the days Tasha cannot | Core group | By 13/03/2026 | Written plan signed by Tasha and Denise and copied to the SW | Not started |
| 11 | New: refer Jaxon to the Ewensby young carers' service | Kofi Mensah, SW | By 27/02/2026 | | New |

## Contingency plan

If the children are late or absent on two school days in one week, Tasha cannot get up when Denise or Kofi
arrives, or Harvey is found on his own near the stairs, the kitchen chemicals or the fire, Kofi will visit the
same day and the children will stay with Denise at 12 Cowper Street while a strategy discussion is held that
day. If Denise cannot do the school run or cannot have the children (she works Fridays and may change jobs),
Shona will do the school run from the next morning, and if the children need to be cared for away from home
Kofi will place them together with Ewensby foster carers the same day.

## Meetings

- Core group every six weeks, Tuesdays at 3pm, Cowper Street Family Hub: 24/03/2026, 05/05/2026 and
  16/06/2026.
- Next review conference: to be arranged by the conference team.

## Change log

| Date | Change |
|---|---|
| 09/09/2025 | First review: rows 1, 2, 3, 5, 6, 7 and 9 agreed; the visit frequency set at weekly. |
| 10/02/2026 | Row 1 changed from weekly to every two weeks. Row 4 GP date moved from 19/12/2025 to 13/03/2026. Row 6 not done and kept in the plan. Rows 8, 10 and 11 added. The first review's referral for Harvey's funded two-year-old place was done on 02/12/2025 and has been removed. |
""",
    "findings": [
        F("F002", "Tasha's mood is stable and she feels able to cope."),
        F("H001", "Continue to support Tasha with monthly appointments"),
        F("M002", "Continue to support Tasha with monthly appointments"),
        F("T001", "Fit a stair gate and a fireguard, ordered through"),
        F("T002", "Help Tasha with a morning routine chart and a weekly shopping budget"),
        F("W002", "Agree a written plan for who gets the children up"),
        F("M001", "refer Jaxon to the Ewensby young carers' service"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference, plain-text case-system print; mother with
#    bipolar disorder, a 9-month-old and a 4-year-old, father working
#    nights, paternal grandmother staying on those nights. Progress not
#    enough in two areas: a legal planning meeting is booked and is a row of
#    the plan. "Action n of m" blocks with owner and timescale history,
#    STATUS words and updates; closed actions and a change log at the end.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b144_eggleshaw_rcpc_case_print_escalation_pemberthy.txt",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-case-system-print-txt-dot-leader-details-decision-and-escalation-views-scaling-outcomes-then-action-n-of-m-blocks-owner-and-timescale-history-measure-status-update-then-closed-actions-contingency-meetings-change-log",
    "description": (
        "Exemplary plain-text case-system print of the first review conference for a "
        "9-month-old and a 4-year-old whose mother has bipolar disorder; their father works "
        "nights and his mother stays on those nights. The review found progress not enough in "
        "two areas (the mother's lithium levels and the baby's weight), so a legal planning "
        "meeting is booked and written into the plan as an action. Each 'Action n of m' block "
        "has owner and timescale history (a new social worker from 10/03/2026, weighs moved "
        "from fortnightly to weekly), a measure, a STATUS word and an update; closed actions and "
        "a change log follow the plan and are not counted. The perinatal psychiatrist and nurse "
        "both assess capacity to change, the GP owns the blood tests, the grandmother's nights "
        "have a fallback, core group and review dates are set."
    ),
    "text": """\
EGGLESHAW COUNCIL - CHILDREN AND FAMILIES                     CASE RECORD PRINT
CHILD PROTECTION PLAN - REVIEW (VERSION 2)                     Printed 05/03/2026 09:42
====================================================================================
Children ........ Mabel PEMBERTHY, DOB 28/05/2025 (9 months)
                  Theo PEMBERTHY, DOB 11/10/2021 (4), Eggleshaw Acorns Nursery
Address ......... 31 Kestrel Drive, Eggleshaw EG7 2LB
Mother .......... Rosie Pemberthy (27)
Father .......... Nathan Coppard (30), lives at home; delivery driver, nights
                  Monday to Wednesday
Paternal grandm.. Sandra Coppard, 4 Heron Court, Eggleshaw (ten minutes' drive)
Category ........ Neglect (both children)
ICPC ............ 02/12/2025
This review ..... First review child protection conference, 03/03/2026
Chair ........... Graham Tolley (IRO)
Team ............ Family Safeguarding Team South (TM: Ayo Bankole)
====================================================================================

1. DECISION AND ESCALATION

Mabel and Theo remain subject to child protection plans (neglect). The conference
found real progress in two areas and not enough in two:

  - ENOUGH: Theo's nursery attendance (98%) and the nights Sandra stays when
    Nathan works (every one kept).
  - NOT ENOUGH: Rosie's lithium levels were below range in January and February
    and she missed two perinatal appointments; Mabel's weight has dropped from
    the 25th to the 9th centile since December.

Because progress is not enough in these two areas, a legal planning meeting is
booked for 17/03/2026 (see action 11). Rosie and Nathan were told at the
conference and have been given the name of a solicitor.

2. WHAT HAS CHANGED SINCE THE ICPC

Rosie has bipolar disorder. She stopped her lithium in pregnancy and in
November 2025 became high: she did not sleep for four nights, spent the rent on
baby clothes and took Mabel out at 3am. She was seen by the perinatal crisis
team and restarted lithium. Since the ICPC she has had no admission and says
she takes her tablets most nights. Her levels were 0.3 on 06/01/2026 and 0.35
on 03/02/2026 (range 0.4 to 1.0). Mabel's feeds are often late on the days
Nathan sleeps after a night shift.

3. VIEWS

Theo (seen at nursery with his key worker, 24/02/2026): "Mummy was silly and
didn't sleep. Now she sleeps. Nana Sandra does pancakes." He drew his family
and put a big sun over Nana's house. Asked what makes him sad he said "when
Mabel cries and cries".

Mabel (seen at home, 26/02/2026): she sat on the rug and reached for Rosie, who
picked her up and sang to her. She fed quickly and hungrily at 11am; her last
feed had been at 6am. She babbles "da-da" and crawls towards voices.

Rosie: "I feel fine, I don't need the lithium every night." Nathan: "I can't
give up nights, we need the money, but Mum's been brilliant." Sandra: "I'll do
the nights for as long as they need me."

SCALING (0 = not safe, 10 = safe enough to end the plan), agreed by the
conference: 3 at the ICPC, 4 today.

4. OUTCOMES FOR MABEL AND THEO

4.1 Mabel is fed on time every day and gains weight, back on the 25th centile
    by the next review conference.
4.2 Mabel and Theo are always cared for by an adult who is well enough to look
    after them, day and night.
4.3 Theo goes to nursery every session and can tell his key worker how he is.

5. ACTIONS
------------------------------------------------------------------------------------
STATUS: ACHIEVED (done, continuing) / PARTLY / NOT ACHIEVED / NOT STARTED /
        NEW (agreed 03/03/2026)

ACTION 1 of 11
  What ........... Visit Mabel and Theo at home, one visit in two unannounced,
                   check Mabel's feed chart and see Theo on his own
  Owner .......... Priya Patel, SW, from 10/03/2026
                   (was Daniel Jones, SW, to 06/03/2026)
  Timescale ...... Weekly until the next review conference
  Measure ........ Visit records show both children seen every week, the feed
                   chart checked and Theo's words written down
  Status ......... ACHIEVED
  Update ......... 12 of 13 weekly visits; handover visit with both SWs on
                   09/03/2026

ACTION 2 of 11
  What ........... See Rosie in the perinatal clinic and give a written
                   assessment of her insight, her risk of relapse, her
                   capacity to make the changes Mabel and Theo need, and the
                   likely timescale
  Owner .......... Dr Kemi Adeyinka, consultant perinatal psychiatrist,
                   Eggleshaw Perinatal Mental Health Service
  Timescale ...... Clinic every four weeks; written assessment by 13/03/2026,
                   before the legal planning meeting
  Measure ........ Assessment letter to the SW by 13/03/2026, shared at the
                   legal planning meeting and the core group
  Status ......... PARTLY
  Update ......... Rosie missed the clinics on 13/01 and 10/02; seen 24/02

ACTION 3 of 11
  What ........... Home visits to Rosie to check her mood, her early warning
                   signs and her lithium, and a written report to each core
                   group on whether she is making and keeping the changes the
                   children need and how long that is likely to take
  Owner .......... Lucy Harte, community psychiatric nurse, Eggleshaw
                   Perinatal Mental Health Service
  Timescale ...... Weekly; report two working days before each core group
  Measure ........ Written report on file before every core group
  Status ......... ACHIEVED
  Update ......... Reports received for both core groups

ACTION 4 of 11
  What ........... Take her lithium every night at 9pm, with Nathan or Sandra
                   watching, and go to every blood test
  Owner .......... Rosie Pemberthy (Mum)
  Timescale ...... Every night; blood test every four weeks (next 31/03/2026)
  Measure ........ Every blood test result in range (0.4 to 1.0); the tablet
                   chart signed by Nathan or Sandra, seen at each SW visit
  Status ......... NOT ACHIEVED - see section 1
  Update ......... Both results below range

ACTION 5 of 11
  What ........... Take Rosie's lithium blood tests and send the results to
                   the SW and the perinatal team
  Owner .......... Dr Marcus Reid, GP, Heron Lane Surgery
  Timescale ...... Every four weeks; results within two working days
  Measure ........ Each result on the children's file within two working days
  Status ......... ACHIEVED
  Update ......... Results for January and February received on time

ACTION 6 of 11
  What ........... Weigh Mabel and check her feeding and development
  Owner .......... Shona Adair, HV
  Timescale ...... First set: every two weeks. Now: weekly until Mabel is back
                   on the 25th centile
  Measure ........ Each weight in the red book and emailed to the SW the same
                   day; back on the 25th centile by the next review conference
  Status ......... PARTLY
  Update ......... 9th centile on 24/02/2026

ACTION 7 of 11
  What ........... Six feeding sessions at home with Rosie and Mabel, using a
                   feeding plan with set times
  Owner .......... Tanya Birch, community nursery nurse, Eggleshaw Health
                   Visiting Service
  Timescale ...... Weekly from 10/03/2026, all six by 14/04/2026
  Measure ........ Feeding plan on the fridge; session notes to the SW showing
                   no gap between Mabel's daytime feeds longer than four hours
  Status ......... NEW

ACTION 8 of 11
  What ........... Do Mabel's bedtime and first night feed on the nights he
                   is at home, and write every feed on the chart
  Owner .......... Nathan Coppard (Dad)
  Timescale ...... Thursday to Sunday nights
  Measure ........ Feed chart filled in, checked by the SW at each visit
  Status ......... ACHIEVED

ACTION 9 of 11
  What ........... Stay overnight at Kestrel Drive on the nights Nathan works,
                   do Mabel's night feeds and sign Rosie's tablet chart
  Owner .......... Sandra Coppard (paternal grandmother)
  Timescale ...... Every Monday, Tuesday and Wednesday night
  Measure ........ Feed chart and tablet chart signed by Sandra, seen by the
                   SW at the Thursday visit
  Status ......... ACHIEVED

ACTION 10 of 11
  What ........... Record Theo's attendance and how he is, and phone the SW
                   the same day if he is absent without a reason or says
                   something worrying about home
  Owner .......... Kirsty Ward, key worker, Eggleshaw Acorns Nursery
  Timescale ...... Every session (five mornings a week)
  Measure ........ Attendance emailed to the SW every Friday (target 95%);
                   same-day calls logged
  Status ......... ACHIEVED

ACTION 11 of 11
  What ........... Present Mabel and Theo's case to the legal planning meeting
                   with the psychiatrist's assessment and the weight chart,
                   and tell Rosie and Nathan the decision
  Owner .......... Priya Patel, SW, with Ayo Bankole (TM)
  Timescale ...... Meeting 17/03/2026; decision to the parents by 20/03/2026
  Measure ........ Legal planning meeting minutes and decision letter on file
                   and shared with the core group by 20/03/2026
  Status ......... NEW

6. CLOSED ACTIONS (not part of the live plan)
------------------------------------------------------------------------------------
ICPC 4 .......... Referral of Rosie to the perinatal mental health service -
                  COMPLETED 15/12/2025, CLOSED
ICPC 8 .......... Help with Nathan's rent arrears - NO LONGER NEEDED, payment
                  plan agreed by Eggleshaw Homes 20/01/2026, CLOSED

7. CONTINGENCY
------------------------------------------------------------------------------------
TRIGGER ......... Rosie misses her lithium on two nights in a week, a blood
                  result is below 0.3, or she shows two of her warning signs
                  (not sleeping, talking fast, spending money she has not got)
RESPONSE ........ Lucy Harte sees Rosie the same day or asks the perinatal
                  crisis team to; Rosie is not left alone with the children;
                  Nathan stays home or the children go to Sandra's at 4 Heron
                  Court; the SW holds a strategy discussion the same day
TRIGGER ......... Mabel loses weight at two weighs in a row, or a feed gap of
                  more than six hours is recorded
RESPONSE ........ The HV tells the SW the same day; Mabel is seen by the GP
                  within 24 hours; Sandra feeds Mabel at Heron Court until the
                  next core group
TRIGGER ......... Sandra cannot stay on a night Nathan works (she is ill or
                  away)
RESPONSE ........ Nathan does not work that night (agreed with his employer on
                  25/02/2026); if he has to, the SW arranges for Mabel and
                  Theo to stay with Eggleshaw foster carers that night
LEGAL ........... A legal planning meeting is booked for 17/03/2026 (action
                  11). If any trigger above happens before then, the SW asks
                  Ayo Bankole to bring it forward to within two working days.

8. MEETINGS
------------------------------------------------------------------------------------
Core group ...... every four weeks, Tuesdays 2pm, Kestrel Drive Family Hub:
                  24/03/2026, 21/04/2026, 19/05/2026
Review CPC ...... second review brought forward to three months: Tuesday
                  02/06/2026, 10am, Eggleshaw Civic Centre

9. CHANGE LOG
------------------------------------------------------------------------------------
03/03/2026 ...... Action 6 timescale changed from fortnightly to weekly.
03/03/2026 ...... Actions 7 and 11 added. ICPC 8 closed as no longer needed.
06/03/2026 ...... Action 1 owner changed to Priya Patel from 10/03/2026.
====================================================================================
END OF PRINT
""",
    "findings": [],
})
