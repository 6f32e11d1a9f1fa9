"""Batch 143, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as they look when they are updated, not first written. A review
conference record that opens with the decision, attendance, views and the
IRO's summary of progress per outcome (scaling then and now) before the
revised plan, with outcome banner rows, a RAG column in words and a separate
table of actions closed at the review; the plan after the first core group
with an "Update at core group 1" column; a transfer-in conference that
restates the previous council's plan row by row with an origin column; a
mid-way core group record with dated progress notes under each action,
revised frequencies, a change of social worker and moved dates; a Markdown
plan after the first core group with old wording struck out and new wording
after it and a change log; a Markdown review plan restated as one small table
per outcome with a status column and a "taken off the plan" list; and a
plain-text case-system print of a review conference with status lines.

Five are exemplary: the Cappelwick review record (docx), the Coxendale
transfer-in plan (pdf), the Cramberly core group record (pdf), the Cobhallow
plan after the first core group (md) and the Cindrewell review plan (md).
Two carry a realistic mix of faults among mostly good rows: the Chundleford
plan after the first core group (docx) and the Caddisthorpe review print
(txt).

Counting convention used for "actions" (README, "Files", actions, and
convention 1): every live row of an action table, every live bullet of an
action section (with its Who / When / How sub-bullets), and every live
numbered action block counts once. Actions marked achieved or on track for
work that goes on (weekly visits, reports to each core group) still count;
new actions agreed at the meeting count. One-off actions shown as completed
and closed, or taken off the plan as no longer needed (in a "closed" table
or list, or marked "Completed ... - closed"), are work already done and are
not counted. The contingency, the meeting dates, the decision, the progress
summaries and the views are not actions.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference record for a disabled 9-year-old and his
#    sister, neglect of his health needs, mother's depression, grandmother
#    helping. Landscape Word record: decision, attendance table, views, the
#    IRO's summary per outcome with scaling then and now, then the revised
#    plan with outcome banner rows and a RAG column in words, then a separate
#    table of actions closed at the review. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_cappelwick_rcpc_record_decision_first_revised_plan_banners_ashdown.docx",
    "doc_title": "Review Child Protection Conference Record and Revised Plan - Toby and Ruby Ashdown",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "template": "rcpc-record-docx-landscape-decision-first-attendance-table-views-iro-summary-per-outcome-scaling-then-now-then-revised-plan-outcome-banner-rows-ref-what-lead-by-when-how-we-will-know-rag-words-then-closed-at-review-table-contingency-legal-meetings",
    "description": (
        "Exemplary record of the first review conference for a 9-year-old with cerebral palsy and "
        "epilepsy who does not speak (he uses eye-gaze and Makaton) and his 4-year-old sister, "
        "after a hospital admission caused by missed epilepsy medicine; the mother has depression "
        "and the father works away in the week. A landscape Word record opens with the decision "
        "(progress not enough in two areas, legal planning meeting booked), an attendance table, "
        "the children's and parents' views and the IRO's summary per outcome with scaling then and "
        "now; the revised plan follows under outcome banner rows with a RAG column in words, rows "
        "whose frequency was revised or date carried forward, new rows agreed at the review, and a "
        "separate table of actions closed at the review. The psychologist reports on capacity to "
        "change, the GP owns actions, the grandmother's part has a fallback, legal planning and "
        "dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Revised Plan"),
        ("p", "Cappelwick Metropolitan Borough Council · Children and Young People's Service · Disabled "
              "Children's Social Work Team"),
        ("kv", [
            ("Children", "Toby Ashdown (9), DOB 11/06/2016, Hollinbank Special School; Ruby Ashdown (4), DOB "
                         "02/09/2021, Wrenfield Nursery"),
            ("Address", "7 Pitt Row, Cappelwick CP3 8NW (ground-floor flat, adapted)"),
            ("Parents", "Leanne Ashdown (34) and Craig Ashdown (37); Craig drives for a haulage firm and is "
                        "away Monday to Thursday nights"),
            ("Maternal grandmother", "Pat Shorrock, 2 Marl Close, Cappelwick (a level-access bungalow with a "
                                     "ramp, two miles away)"),
            ("Initial conference", "02/12/2025, category neglect (both children)"),
            ("This conference", "First review, Tuesday 03/03/2026, Cappelwick Town Hall. Chair: Joanna "
                                "Farrelly (IRO)"),
            ("Social worker", "Sam Okafor (team manager: Bernadette Lowe)"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Toby and Ruby will remain subject to child protection plans under the category of neglect. "
              "The conference agreed that there has been real progress with Toby's epilepsy medicine and "
              "with both children's attendance, but that progress is not enough in two areas: Toby's "
              "weight, and his stretching programme and splints at home. Because of this, the chair asked "
              "Bernadette Lowe for a legal planning meeting, which is booked for Tuesday 17/03/2026, to "
              "decide whether the threshold for pre-proceedings under the Public Law Outline is met. Leanne "
              "and Craig were told this at the conference and were given the name of a solicitor."),
        ("h1", "2. Who came"),
        ("table", {
            "header": ["Name", "Role", "Attended"],
            "widths": [6.0, 12.0, 7.7],
            "rows": [
                ["Joanna Farrelly", "Independent reviewing officer (chair)", "Present"],
                ["Sam Okafor", "Social worker, Disabled Children's Social Work Team", "Present, report"],
                ["Leanne and Craig Ashdown", "Parents", "Present"],
                ["Pat Shorrock", "Maternal grandmother", "Present for sections 1 to 4"],
                ["Helen Drury", "Children's epilepsy nurse specialist, Cappelwick Children's Hospital",
                 "Present, report"],
                ["Aisling Byrne", "Physiotherapist, Cappelwick Children's Therapy Service", "Present"],
                ["Nadia Khan", "Paediatric dietitian, Cappelwick Children's Hospital", "Report only"],
                ["Dr Ruth Allanby", "Clinical psychologist, Cappelwick Community Mental Health Team",
                 "Present, report"],
                ["Dr Simon Pryce", "GP, Pitt Row Surgery", "Apologies, report"],
                ["Mr Gareth Lyle", "Headteacher and DSL, Hollinbank Special School", "Present"],
                ["Kerry Dyson", "Manager, Wrenfield Nursery", "Present"],
            ],
        }),
        ("h1", "3. What Toby and Ruby have told us"),
        ("p", "Toby does not use speech. He chooses symbols on his eye-gaze device and uses a few Makaton "
              "signs, and he laughs, vocalises or turns away to show what he likes and does not like. With "
              "his teaching assistant, Mrs Corrie, and the social worker on 24/02/2026 he chose the symbols "
              "“home”, “happy” and “Nana” together, and “hurt” and “legs” when asked about bedtime; he "
              "pulled at his splints when they were mentioned. At school he chose “Dad” and “lorry” and "
              "laughed. His teachers say he has been more alert and less sleepy in the mornings since his "
              "medicine has been given on time."),
        ("p", "Ruby, seen on her own at nursery on 20/02/2026, said: “Nana takes me to nursery in her car. "
              "Mummy is sad sometimes and stays in bed. I get Toby's blanket when he cries.” She drew "
              "herself, Toby in his chair and Nana holding an umbrella."),
        ("p", "Leanne said that she was “in a dark place” in the autumn and did not notice the tablets "
              "running out, and that the psychology sessions are hard but helping. Craig said he wants to "
              "change his shifts so that he is home two nights in the week, and has asked his employer."),
        ("h1", "4. The chair's summary of progress against each outcome"),
        ("p", "Scores are the conference's agreed answer to the question “how sure are we that this outcome "
              "is being met, where 0 is not at all and 10 is completely?” The first figure was agreed at the "
              "initial conference, the second today."),
        ("table", {
            "header": ["Outcome", "What the conference heard", "Score then → now"],
            "widths": [6.5, 15.2, 4.0],
            "rows": [
                ["1. Epilepsy medicine", "MAR chart kept every day since 09/12/2025; one late dose, none "
                 "missed. No admissions since 14/11/2025. Blister packs delivered by the pharmacy.",
                 "2/10 → 7/10"],
                ["2. Weight and eating", "Toby's weight has not moved (0.4th centile). The food chart shows "
                 "about two of the four high-calorie drinks a day on weekdays. The swallow assessment was "
                 "cancelled in January.", "3/10 → 3/10"],
                ["3. Stretches, splints, seating", "The stretching programme is done on about half of "
                 "evenings; splints are often left off. The wheelchair refit was delayed by the supplier.",
                 "3/10 → 4/10"],
                ["4. Care every day from a well parent, with reliable help", "Leanne has been to 6 of 8 "
                 "psychology sessions. Pat has kept every Tuesday and every nursery morning. Ruby's "
                 "attendance is 96%.", "3/10 → 6/10"],
            ],
        }),
        ("h1", "5. The revised plan"),
        ("p", "Agreed at the review conference on 03/03/2026. Rows marked NEW were added today; rows where a "
              "timescale or frequency changed today say so in the By when column. RAG is the position reported "
              "at this conference, in words: GREEN (on track), AMBER (partly, or late with a new date), RED "
              "(not happening), NEW (not yet due). Actions finished before today are listed separately in "
              "section 6 and are not part of the live plan."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "By when", "How we will know", "RAG at review"],
            "widths": [1.1, 7.0, 4.4, 4.2, 6.4, 2.6],
            "rows": [
                ["Outcome 1 – Toby has every dose of his epilepsy medicine on time and is not admitted to "
                 "hospital because a dose was missed", H, H, H, H, H],
                ["1.1",
                 "Give Toby his morning and evening epilepsy medicine at 7am and 7pm and tick each dose on "
                 "the MAR chart on the fridge",
                 "Leanne (Mum) on weekdays; Craig (Dad) Friday to Sunday",
                 "Every day, 7am and 7pm",
                 "MAR chart photographed by the SW at every visit shows no missed dose; blister packs empty "
                 "on the right day",
                 "GREEN – one late dose, none missed"],
                ["1.2",
                 "Check Toby's seizure diary and blood levels and adjust his epilepsy care plan if his "
                 "seizures increase",
                 "Helen Drury, children's epilepsy nurse specialist",
                 "Phone review every 4 weeks; clinic on 14/04/2026",
                 "Written update to the SW before each core group with the seizure count and the latest "
                 "blood level",
                 "GREEN"],
                ["1.3",
                 "Give Toby his lunchtime dose at school and send the day's seizure record home in his bag",
                 "Mandy Cole, school nurse, Hollinbank Special School",
                 "Every school day",
                 "School medication log copied to the SW every Friday",
                 "GREEN"],
                ["1.4",
                 "NEW: set up Toby's repeat prescriptions on the pharmacy delivery service so that his "
                 "medicine can never run out",
                 "Dr Simon Pryce, GP, Pitt Row Surgery",
                 "By 20/03/2026",
                 "Pharmacy delivery dates sent to the SW; no gap in supply reported at the core group on "
                 "07/04/2026",
                 "NEW"],
                ["Outcome 2 – Toby is well nourished: he gains weight steadily and eats and drinks safely",
                 H, H, H, H, H],
                ["2.1",
                 "Weigh Toby on the hoist scales and plot his weight on his growth chart",
                 "Nadia Khan, paediatric dietitian",
                 "Every two weeks (revised today – was monthly)",
                 "Growth chart sent to the SW after each weigh; Toby back up to the 2nd centile line by the "
                 "second review conference",
                 "AMBER – weight static"],
                ["2.2",
                 "Give Toby the four high-calorie drinks and the thickened meals in his feeding plan, at the "
                 "times on the plan, and write each one on his food chart",
                 "Leanne (Mum) on weekdays; Craig (Dad) Friday to Sunday",
                 "Every day, four drinks a day",
                 "Food chart checked by the SW at each visit and by the dietitian every two weeks: at least "
                 "26 of 28 drinks each week",
                 "AMBER – about 14 of 28"],
                ["2.3",
                 "Assess Toby's swallow and write one safe eating and drinking guide for home, school and "
                 "Nana's",
                 "Owen Tait, speech and language therapist, Cappelwick Children's Therapy Service",
                 "By 31/01/2026 → carried forward: assessment by 27/03/2026, guide by 07/04/2026",
                 "Written guide given to Leanne, Craig, Pat and the school and shared at the core group on "
                 "07/04/2026",
                 "AMBER – clinic cancelled, new date agreed"],
                ["Outcome 3 – Toby's body is looked after: he does his stretches every day, and his splints "
                 "and wheelchair fit him", H, H, H, H, H],
                ["3.1",
                 "Do Toby's 20-minute stretching programme with him after his bath and put his night "
                 "splints on at bedtime",
                 "Leanne (Mum) on weekdays; Craig (Dad) Friday to Sunday",
                 "Every evening",
                 "Physio diary ticked each evening and seen by the physiotherapist; Toby's hip range, "
                 "measured at her visits, stays the same or better",
                 "RED – about half of evenings"],
                ["3.2",
                 "Visit at home to go through the programme with Leanne, Craig and Pat and check the fit of "
                 "the splints",
                 "Aisling Byrne, physiotherapist",
                 "Every two weeks until the second review conference (revised today – was monthly)",
                 "Visit note to the SW each time with Toby's hip range and whether the splints fit",
                 "AMBER"],
                ["3.3",
                 "Refit Toby's wheelchair seating and check his posture in the chair",
                 "Ben Ibbotson, rehabilitation engineer, Cappelwick Wheelchair Service",
                 "By 31/01/2026 → carried forward: fitting appointment on 19/03/2026",
                 "Fitting report sent to the SW and the physiotherapist; the new seat seen in use at the next "
                 "home visit",
                 "AMBER – parts delayed"],
                ["Outcome 4 – Toby and Ruby are cared for every day by a parent who is well enough to meet "
                 "their needs, with help from Dad and Nana that they can rely on", H, H, H, H, H],
                ["4.1",
                 "Visit Toby and Ruby at home, one visit in three unannounced; spend time with Toby using his "
                 "eye-gaze device and see Ruby on her own",
                 "Sam Okafor, SW",
                 "Weekly until the second review conference",
                 "Visit records show both children seen each week, with Toby's chosen symbols and Ruby's "
                 "words written down",
                 "GREEN – 12 of 13 weeks"],
                ["4.2",
                 "Weekly psychology sessions with Leanne, and a written report on her depression, her "
                 "capacity to make the changes Toby and Ruby need and how long that is likely to take",
                 "Dr Ruth Allanby, clinical psychologist, Cappelwick Community Mental Health Team",
                 "Weekly; report by 31/03/2026, then before each core group",
                 "Written report to the SW by 31/03/2026 and shared with the core group on 07/04/2026",
                 "AMBER – 6 of 8 sessions"],
                ["4.3",
                 "Review Leanne's antidepressant and tell the SW within two working days if she misses a "
                 "review, so that a slip in her care of Toby and Ruby is picked up early",
                 "Dr Simon Pryce, GP, Pitt Row Surgery",
                 "Every six weeks; next review 18/03/2026",
                 "GP letter to the SW after each review",
                 "GREEN"],
                ["4.4",
                 "Have Toby at her bungalow after school, give him his tea from the feeding plan and his 7pm "
                 "medicine, and bring him home for bed",
                 "Pat Shorrock (maternal grandmother)",
                 "Every Tuesday, 3.30pm to 7.30pm",
                 "Pat ticks the copy MAR chart and the food chart she keeps and texts the SW each Tuesday "
                 "evening",
                 "GREEN – every Tuesday kept"],
                ["4.5",
                 "Take Ruby to Wrenfield Nursery in the mornings",
                 "Pat Shorrock (maternal grandmother)",
                 "Every Monday, Wednesday and Friday in term time",
                 "Nursery register shows Ruby in by 9am on Pat's days; Kerry Dyson emails it to the SW "
                 "weekly",
                 "GREEN"],
                ["4.6",
                 "Check Ruby's attendance and how she presents, and phone the SW the same day with any worry",
                 "Kerry Dyson, manager, Wrenfield Nursery",
                 "Every nursery session",
                 "Weekly attendance email to the SW; same-day calls logged on the nursery's safeguarding "
                 "record",
                 "GREEN – 96%"],
                ["4.7",
                 "NEW: complete a carer's assessment with Leanne and Craig and set up the short breaks Toby "
                 "is eligible for",
                 "Farah Iqbal, short breaks co-ordinator, Cappelwick Disabled Children's Service",
                 "Assessment by 10/04/2026; short breaks in place by the second review conference",
                 "Carer's assessment on file and Toby's short breaks timetable sent to the SW",
                 "NEW"],
            ],
        }),
        ("h1", "6. Actions closed at this review"),
        ("p", "Kept here for the record. These are finished and are not part of the live plan."),
        ("table", {
            "header": ["ICPC ref", "Action", "Lead", "Closed"],
            "widths": [1.4, 12.0, 6.3, 6.0],
            "rows": [
                ["1.4", "Put Toby's medicine into weekly blister packs and fit a MAR chart by the fridge",
                 "Pitt Row Pharmacy (Jas Bains)", "Completed 09/12/2025 – closed"],
                ["4.4", "Refer Leanne to the Community Mental Health Team and share her history with the SW",
                 "Dr Simon Pryce, GP", "Completed 15/12/2025 – closed"],
                ["4.8", "Move Ruby's nursery place from afternoons to mornings",
                 "Kerry Dyson, Wrenfield Nursery", "No longer needed because Pat now takes Ruby in the "
                 "mornings – closed 03/03/2026"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("p", "If the MAR chart shows a missed dose of Toby's epilepsy medicine, or he has a seizure that needs "
              "his rescue medicine on a day a dose was missed, Sam (or the duty SW) will visit the same day, "
              "Toby will stay with Pat at 2 Marl Close until Craig is home, and Sam will hold a strategy "
              "discussion within one working day."),
        ("p", "If Leanne tells anyone she has thoughts of harming herself, or is too unwell to get up and care "
              "for the children, Dr Allanby's team will be asked to see her the same day and Craig will come "
              "home that night; Pat will have Toby and Ruby until he arrives."),
        ("p", "If Pat cannot help (she is ill or away) and Craig cannot get home, Sam will arrange the same day "
              "for Toby to stay at the Hazel House short breaks unit on its emergency bed and for Ruby to stay "
              "with Cappelwick foster carers, with the children seeing each other daily."),
        ("p", "Legal planning: the legal planning meeting on 17/03/2026 goes ahead whatever happens before it. "
              "After it, if Toby loses weight at two weighs in a row, or a dose is missed again, or the "
              "stretching programme is still done on fewer than five evenings a week at the core group on "
              "05/05/2026, Sam will ask Bernadette Lowe to reconvene the legal planning meeting within 5 "
              "working days."),
        ("h1", "8. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Hollinbank Special School: 07/04/2026, "
            "05/05/2026, 02/06/2026 and 30/06/2026.",
            "Second review child protection conference: Tuesday 25/08/2026, 10am, Cappelwick Town Hall.",
            "Before each core group Sam will sit with Toby and his teaching assistant and bring his chosen "
            "symbols, and Ruby's words, to the meeting.",
        ]),
        ("p", "Record and plan sent on 05/03/2026 to Leanne, Craig, Pat and everyone named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The plan after the first core group: domestic abuse from the younger
#    child's father, mother's anxiety, grandmother and uncle helping. Word
#    table firmed up from the conference's outline plan with an "Update at
#    core group 1" column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_chundleford_first_core_group_update_column_kershaw.docx",
    "doc_title": "Child Protection Plan after the First Core Group - Kacey and Mason Kershaw",
    "split": "tune",
    "actions": 13,
    "template": "plan-after-first-core-group-docx-portrait-meeting-kv-why-we-are-worried-childrens-words-outcomes-from-icpc-then-no-action-who-when-how-well-know-update-at-core-group-1-table-contingency-next-meetings",
    "description": (
        "Plan for a 13-year-old and a 5-year-old after the first core group, ten working days after "
        "the initial conference; the younger child's father was violent to their mother, who has "
        "anxiety and low mood, and the grandmother and uncle help. The conference's outline plan is "
        "restated as a Word table with an 'Update at core group 1' column. Most rows are sound "
        "(weekly visits, the IDVA's safety plan, the Freedom Programme, police markers, sanctuary "
        "locks, the relatives' days). Faults: the CMHT care co-ordinator only 'continues to support' "
        "the mother, measured by her feeling less anxious; a referral carried forward from the "
        "conference has no date; the school's measure is 'monitored'; the morning-routine work is "
        "'Ongoing'; 'All agencies' report sightings; one outcome is about the mother only; the "
        "contingency sends the children to the grandmother with no fallback if she cannot."
    ),
    "blocks": [
        ("title", "Child Protection Plan – updated at the first core group"),
        ("p", "Chundleford City Council · Children's Social Care · Safeguarding Team North"),
        ("kv", [
            ("Children", "Kacey Kershaw (13), DOB 08/05/2012, Year 9, Chundleford High School; Mason Kershaw "
                         "(5), DOB 19/11/2020, Reception, Fernside Infant School"),
            ("Mother", "Shannon Kershaw (33), 31 Lavender Walk, Chundleford CH7 2PD"),
            ("Mason's father", "Dean Rourke (36); left the home 11/01/2026; non-molestation order granted "
                               "23/01/2026"),
            ("Family who help", "Maureen Kershaw (maternal grandmother), 14 Ridgeway, Chundleford; Lee Kershaw "
                                "(maternal uncle)"),
            ("Initial conference", "Thursday 29/01/2026, category emotional abuse. Chair: Graham Ince (IRO)"),
            ("First core group", "Thursday 12/02/2026, Fernside Infant School"),
            ("Social worker", "Rebecca Thorne (team manager: Aled Morgan)"),
        ]),
        ("h1", "Why Kacey and Mason have a plan"),
        ("p", "On 10/01/2026 Dean came home drunk, smashed the kitchen door and held Shannon against the wall "
              "by her throat while Kacey and Mason were in the house. Kacey rang 999. Police had been called to "
              "Lavender Walk three times in 2025. Kacey has missed 14 days of school since September, and "
              "Mason has started wetting the bed and hitting other children. Shannon has anxiety and low mood "
              "and has been with the Community Mental Health Team since November."),
        ("h1", "What Kacey and Mason have said"),
        ("p", "Kacey (seen on her own at school, 05/02/2026): “I stayed off to keep an eye on Mum in case he "
              "came back. I don't want to see him. I'd like to go to the group you said about, with other "
              "people my age.” She scored how safe home feels as 5 out of 10, up from 2 in January."),
        ("p", "Mason (seen at home, 09/02/2026) showed the SW the new lock on the front door and said: “Daddy "
              "can't get in now. Nana's house has a dog.” He hid behind the sofa when a car door banged "
              "outside and came out when Shannon called him."),
        ("h1", "What we want for Kacey and Mason (agreed at the conference)"),
        ("numbers", [
            "Kacey and Mason live at home without Dean coming to the house, and do not see or hear shouting "
            "or violence.",
            "Kacey is in school every day and has someone her own age and an adult to talk to about what she "
            "has seen.",
            "Mason goes to school every day, on time, and gets help with his feelings and his bedwetting.",
            "Shannon feels confident and in control of her life.",
        ]),
        ("h1", "The plan"),
        ("p", "The conference agreed an outline plan on 29/01/2026. At the first core group on 12/02/2026 the "
              "outline was turned into the table below and each lead gave an update. Row 13 was added at the "
              "core group."),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "How we'll know", "Update at core group 1 (12/02)"],
            "widths": [1.0, 4.1, 2.7, 2.3, 3.5, 3.4],
            "rows": [
                ["1",
                 "Visit Kacey and Mason at home, at least one visit in four unannounced, and see Kacey on her "
                 "own at each visit",
                 "Rebecca Thorne, SW",
                 "Weekly from 02/02/2026",
                 "Visit records show both children seen weekly and Kacey seen alone, with her words written "
                 "down",
                 "Two visits done; Kacey seen alone at both"],
                ["2",
                 "Go to the Freedom Programme so that she understands how Dean's abuse has affected Kacey "
                 "and Mason and how to keep them safe",
                 "Shannon Kershaw (Mum)",
                 "Thursdays, 12 weeks from 19/02/2026",
                 "Attendance register sent to the SW by the facilitator every four weeks",
                 "Place confirmed for 19/02"],
                ["3",
                 "Agree a written safety plan with Shannon covering the house, the school runs and what Kacey "
                 "should do if Dean turns up",
                 "Nisha Patel, IDVA, Chundleford Domestic Abuse Service",
                 "Weekly sessions from 05/02/2026; plan written by 26/02/2026",
                 "Signed safety plan copied to the SW and both schools by 26/02/2026",
                 "Two sessions held"],
                ["4",
                 "Continue to support Shannon with her anxiety and low mood through home visits",
                 "Josie Harker, care co-ordinator, Chundleford Community Mental Health Team",
                 "Fortnightly",
                 "Shannon feels less anxious",
                 "Seen twice since the conference; Shannon says the visits help"],
                ["5",
                 "Refer Kacey to the Brightwater young people's domestic abuse group",
                 "Rebecca Thorne, SW",
                 "–",
                 "Acceptance letter and Kacey's start date on file",
                 "Not done – carried forward from the conference"],
                ["6",
                 "Check Kacey's attendance at Chundleford High and call the SW when she is absent",
                 "Mr Paul Garside, DSL, Chundleford High School",
                 "Every school day",
                 "Kacey's attendance will be monitored",
                 "Attendance 88% since the conference"],
                ["7",
                 "Give Mason a daily check-in with his teaching assistant and log any worry on CPOMS",
                 "Mrs Lorna Beck, DSL, Fernside Infant School",
                 "Every school day",
                 "CPOMS log sent to the SW every Friday; Mason's attendance 95% or more",
                 "Started 02/02; attendance 97%"],
                ["8",
                 "Help Shannon set up a morning routine so that both children are up, fed and out of the house "
                 "on time",
                 "Carl Whitby, family support worker",
                 "Ongoing",
                 "Routine chart seen at each visit; both children at school by 8.45am on the school registers",
                 "First session 10/02"],
                ["9",
                 "Collect Mason from school and give him his tea until Shannon is home from her group",
                 "Maureen Kershaw (Nan)",
                 "Every Tuesday and Thursday",
                 "Fernside's collection book signed by Maureen and seen by the SW every fortnight",
                 "Every day kept so far"],
                ["10",
                 "Stay overnight at Lavender Walk so that there is another adult in the house at weekends",
                 "Lee Kershaw (maternal uncle)",
                 "Every Friday and Saturday night until the review conference",
                 "Lee texts the SW each Saturday and Sunday morning",
                 "Both weekends kept"],
                ["11",
                 "Tell the SW and the police straight away if Dean is seen near the house or either school",
                 "All agencies",
                 "Same day",
                 "Each sighting logged on the children's file and on the police log",
                 "No sightings reported"],
                ["12",
                 "Put a marker on the address so any 999 call is treated as urgent, and check that Dean is "
                 "keeping to the non-molestation order",
                 "PC Anna Lowther, Chundleford Police Safeguarding Unit",
                 "Marker by 19/02/2026; compliance checks weekly",
                 "Marker confirmed to the SW in writing; breach log shared before each core group",
                 "Marker request sent"],
                ["13",
                 "NEW: fit new locks, a door chain and a door alarm under the sanctuary scheme",
                 "Jade Moore, tenancy officer, Chundleford Homes",
                 "By 27/02/2026",
                 "Fitting confirmation sent to the SW; locks and alarm seen at the next home visit",
                 "New"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Dean comes to the house, contacts Shannon or the children, or breaks the non-molestation order "
              "in any other way, Shannon will ring 999, and Rebecca will hold a strategy discussion with "
              "Chundleford Police the same day. Kacey and Mason will stay with Maureen at 14 Ridgeway until the "
              "strategy discussion agrees it is safe for them to go home."),
        ("p", "If Shannon lets Dean back into the house, or stops meeting the IDVA, Rebecca will ask Aled Morgan "
              "for a legal planning meeting within 5 working days."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.45pm at Fernside Infant School: 12/03/2026 and "
            "09/04/2026.",
            "Review child protection conference: Thursday 23/04/2026, 1pm, Chundleford Civic Offices.",
        ]),
    ],
    "findings": [
        F("F002", "Shannon feels confident and in control of her life."),
        F("H001", "Continue to support Shannon with her anxiety and low mood"),
        F("M002", "Continue to support Shannon with her anxiety and low mood"),
        F("T001", "Refer Kacey to the Brightwater young people's domestic abuse group"),
        F("M002", "Check Kacey's attendance at Chundleford High and call"),
        F("T002", "Help Shannon set up a morning routine so that"),
        F("W002", "Tell the SW and the police straight away if Dean"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Transfer-in conference for a 4-month-old whose parents moved from
#    another council: mother on a methadone script, father's drinking, the
#    father's sister helping. Word record printed to PDF with a page header
#    and footer: decision, attendance, the chair's summary of the previous
#    plan with scaling then and now, then the plan restated with an origin
#    column (kept / kept with a new owner / changed / new) and a list of what
#    ended at transfer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_coxendale_transfer_in_conference_origin_column_mcbride.pdf",
    "doc_title": "Transfer-in Child Protection Conference - Willow McBride",
    "split": "tune",
    "actions": 10,
    "template": "transfer-in-conference-record-printed-to-pdf-page-header-footer-decision-attendance-previous-plan-summary-per-outcome-scaling-then-now-willows-world-parents-views-outcomes-then-ref-origin-what-who-when-what-we-will-see-table-ended-at-transfer-list-contingency-legal-meetings",
    "description": (
        "Exemplary transfer-in conference record for a 4-month-old whose parents moved from "
        "another council to be near the father's sister; the mother is on a methadone script after "
        "heroin use and the father drinks. A Word record printed to PDF with a page header and "
        "footer opens with the decision and attendance, then the chair's summary of what the "
        "previous council's plan asked and what happened, with scaling then and now, Willow's "
        "observed day and the parents' views; the plan is restated as a table with an origin column "
        "(kept, kept with a new owner, changed, new) and a short list of what ended at transfer. The "
        "recovery service reports on change for both parents, the GP owns an action, the aunt's "
        "days have a fallback, legal planning and dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Coxendale Borough Council – Child Protection Conference Service",
    "footer": "Willow McBride – transfer-in conference 10/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Transfer-in Child Protection Conference"),
        ("kv", [
            ("Child", "Willow McBride, DOB 14/11/2025 (4 months)"),
            ("Mother", "Gemma McBride (26)"),
            ("Father", "Josh Varney (29)"),
            ("Address", "Flat 3, 40 Tanner's Yard, Coxendale CX4 1RB (since 19/01/2026)"),
            ("Paternal aunt", "Claire Varney, 8 Fenwick Row, Coxendale (five minutes' walk)"),
            ("Previous council", "Brenshaw City Council: initial conference 02/12/2025, category neglect; "
                                 "social worker Tom Reilly"),
            ("This conference", "Tuesday 10/03/2026, Coxendale Civic Centre. Chair: Rhiannon Baptiste (IRO)"),
            ("Coxendale social worker", "Olivia Hendry, Family Safeguarding Team East (team manager: Kwame "
                                        "Mensah)"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Willow will remain subject to a child protection plan under the category of neglect. Coxendale "
              "accepts responsibility for the plan from today. Brenshaw kept every action going until this "
              "conference, and Tom Reilly made a joint visit with Olivia Hendry on 06/03/2026. The plan below "
              "restates Brenshaw's plan for Coxendale: each row says whether it was kept as it was, kept with "
              "a new owner in Coxendale, changed, or is new."),
        ("h1", "2. Who came"),
        ("bullets", [
            "Rhiannon Baptiste, IRO (chair); Olivia Hendry, SW; Tom Reilly, SW, Brenshaw City Council (by "
            "video, report).",
            "Gemma McBride and Josh Varney, parents; Claire Varney, paternal aunt (for the first part).",
            "Becky Saunders, health visitor, Coxendale 0-19 Service; Darren Oakes and Kim Dallow, recovery "
            "workers, Coxendale Recovery Service (report); Hannah Webb, family practitioner, Coxendale "
            "Family Hub.",
            "Apologies: Dr Amrit Sandhu, GP, Coxendale Health Centre (written report).",
        ]),
        ("h1", "3. What the Brenshaw plan asked for, and what happened"),
        ("p", "The chair's summary, outcome by outcome, with the answer to “how safe is Willow on this, from 0 "
              "to 10?” as scored at Brenshaw's conference and as agreed by everyone at this one."),
        ("table", {
            "header": ["Outcome", "What happened since 02/12/2025", "Then → now"],
            "widths": [4.2, 10.3, 2.5],
            "rows": [
                ["Fed and growing", "Willow was on the 9th centile at the initial conference. She has been "
                 "weighed every two weeks and is now on the 25th centile.", "3 → 7"],
                ["Safe from drugs and alcohol in the home", "Gemma's methadone is dispensed daily under "
                 "supervision and all five of her screens since December were clear of heroin. Josh was on a "
                 "Brenshaw waiting list for alcohol support and never started. Methadone was once found "
                 "unlocked, on 08/01/2026, during the move.", "2 → 5"],
                ["Cared for by parents who notice her", "Two of six video interaction sessions were held "
                 "before the move. The Brenshaw family worker saw Gemma pick Willow up quickly when she "
                 "cried and talk to her during feeds.", "4 → 6"],
            ],
        }),
        ("h1", "4. Willow's world"),
        ("p", "At the joint visit on 06/03/2026 Willow was awake in her bouncer in the living room, watching "
              "Gemma and smiling when she was spoken to. She lifts her head well and grabs at her rattle. She "
              "finished a 6oz bottle with Josh and was winded and changed. She sleeps in a cot in her parents' "
              "room, and the cot was clear. Becky Saunders noticed that Willow turns to Gemma's voice and "
              "settles fastest when Gemma holds her against her shoulder."),
        ("p", "Gemma said: “Moving was the best thing. I'm away from everyone I used with and Claire's round "
              "the corner.” Josh said he drinks at weekends but “never when I've got Willow”, and agreed to "
              "breath tests. Both said they want the plan to end by the summer."),
        ("h1", "5. What we want for Willow"),
        ("numbers", [
            "Willow keeps gaining weight, stays on or above the 25th centile and meets her developmental "
            "checks.",
            "Willow lives in a home where no drugs are used, methadone is always locked away, and the adult "
            "caring for her is sober.",
            "Willow is cared for by parents who notice when she is hungry, tired or upset and respond to her "
            "straight away.",
        ]),
        ("h1", "6. The plan in Coxendale"),
        ("p", "Origin: KEPT – as in Brenshaw's plan; KEPT, NEW OWNER – same action, now done by a Coxendale "
              "worker; CHANGED – the action or its timescale was changed at this conference; NEW – agreed "
              "today."),
        ("table", {
            "header": ["Ref", "Origin", "What will happen", "Who", "When", "What we will see"],
            "widths": [1.0, 2.4, 4.1, 2.9, 2.9, 3.7],
            "rows": [
                ["1", "KEPT, NEW OWNER",
                 "Visit Willow at home, one visit in four unannounced, see her awake and see where she sleeps",
                 "Olivia Hendry, SW (was Tom Reilly, Brenshaw, until 06/03/2026)",
                 "Weekly from 11/03/2026 until the first review conference",
                 "Visit records say where Willow slept, how she was fed and what she did during the visit"],
                ["2", "KEPT, NEW OWNER",
                 "Weigh Willow, check her development and look at her cot at every visit",
                 "Becky Saunders, health visitor",
                 "Every two weeks until she is 6 months old, then monthly",
                 "Weight in the red book stays on or above the 25th centile; HV visit notes sent to the SW"],
                ["3", "CHANGED",
                 "Prescribe Gemma's methadone for daily supervised consumption, test her urine, and report on "
                 "whether she is stable and making the changes Willow needs, and how long that is likely to "
                 "take",
                 "Darren Oakes, recovery worker, Coxendale Recovery Service",
                 "Supervised consumption daily; urine test monthly; written report two working days before "
                 "each core group",
                 "Written report with every test result on the SW's file before each core group"],
                ["4", "KEPT",
                 "Keep her methadone in the locked box on top of the kitchen cupboard, out of Willow's reach",
                 "Gemma McBride (Mum)",
                 "Every day from 10/03/2026",
                 "Box seen locked at every SW and HV visit, including unannounced visits"],
                ["5", "NEW",
                 "Key-work with Josh and a breath test at each session, and a written view on whether his "
                 "drinking has changed enough for him to care for Willow on his own",
                 "Kim Dallow, recovery worker, Coxendale Recovery Service",
                 "Every Wednesday from 18/03/2026; written view before each core group",
                 "Breath test results and Kim's written view on the SW's file before each core group"],
                ["6", "KEPT",
                 "Drink no alcohol on any day he is caring for Willow, and not be the only adult with her "
                 "until Kim's first written view",
                 "Josh Varney (Dad)",
                 "Every day from 10/03/2026",
                 "Zero breath tests at key-work and at unannounced SW visits"],
                ["7", "NEW",
                 "Register the family, and write to the SW about any prescription that could affect Gemma's "
                 "or Josh's care of Willow",
                 "Dr Amrit Sandhu, GP, Coxendale Health Centre",
                 "By 24/03/2026",
                 "GP letter on Willow's file by 24/03/2026"],
                ["8", "CHANGED",
                 "Four more video interaction guidance sessions with Gemma and Josh (two were held in "
                 "Brenshaw)",
                 "Hannah Webb, family practitioner, Coxendale Family Hub",
                 "Every two weeks from 19/03/2026, four sessions",
                 "Film reviews and a written summary sent to the SW after sessions 2 and 4"],
                ["9", "NEW",
                 "Have Willow at her flat so that Gemma can get to her key-work and Josh to his early shifts",
                 "Claire Varney (paternal aunt)",
                 "Every Tuesday and Thursday, 8am to 1pm",
                 "Handover times written in Claire's diary, signed by a parent and seen by the SW weekly"],
                ["10", "NEW",
                 "Book Willow's 6-to-8-month review and her next immunisations, and go to them with Gemma",
                 "Becky Saunders, health visitor",
                 "Immunisations on 17/03/2026; review by 29/05/2026",
                 "Red book entries and the review summary sent to the SW"],
            ],
        }),
        ("h1", "7. Ended at transfer"),
        ("bullets", [
            "Handover of Brenshaw's records and unannounced visit history to Coxendale: completed by Tom "
            "Reilly on 04/03/2026 – closed.",
            "Brenshaw Alcohol Service waiting list place for Josh: no longer needed because row 5 replaces it "
            "– closed.",
        ]),
        ("h1", "8. Contingency"),
        ("p", "If Gemma has a screen positive for heroin or misses two days' dispensing in a row, if Josh is "
              "found to have been drinking while caring for Willow, or if the methadone box is found unlocked, "
              "Olivia (or the duty SW) will visit that day and hold a strategy discussion the same day. Until "
              "it has taken place Willow will stay with Claire at 8 Fenwick Row, and her parents may see her "
              "there only while Claire is present."),
        ("p", "If Willow loses weight at two weighs in a row, Becky will tell "
              "Olivia the same day and Olivia will visit within 24 hours."),
        ("p", "If Claire cannot help (she is ill, away or says she cannot manage), Olivia will arrange the same "
              "day for Willow and Gemma to go to a Coxendale parent and child foster placement, or for Willow "
              "to go to an emergency foster carer if that is not safe."),
        ("h1", "9. Legal planning"),
        ("p", "Brenshaw held a legal gateway meeting on 20/01/2026 and decided the threshold was met but that "
              "proceedings were not needed while progress continued. If any trigger in section 8 happens "
              "twice before the first review, or Darren's or Kim's written report says a parent cannot make "
              "the changes within Willow's timescale, Olivia will ask Kwame Mensah for a Coxendale legal "
              "planning meeting within 5 working days."),
        ("h1", "10. Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm at Coxendale Family Hub: 24/03/2026, 21/04/2026 and "
            "19/05/2026.",
            "First review child protection conference in Coxendale: Tuesday 09/06/2026, 10am, Coxendale Civic "
            "Centre.",
            "At each core group Olivia and Becky will describe what they have seen of Willow's day since the "
            "last one.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Mid-way core group record between two review conferences: mother with
#    a personality disorder and overdoses, a 14-year-old who self-harms and
#    an 11-year-old doing too much at home, the father sharing care. Word
#    record printed to PDF with a page header and footer; actions as numbered
#    paragraphs under outcome headings, each with Lead / When / How we'll
#    know lines and dated progress notes; a revised frequency, a change of
#    social worker, a moved date, a new action, one completed and one no
#    longer needed. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_cramberly_midway_core_group_dated_notes_tarrant.pdf",
    "doc_title": "Core Group Record - Kyra and Ollie Tarrant - 07/04/2026",
    "split": "tune",
    "actions": 12,
    "template": "core-group-record-midway-printed-to-pdf-page-header-footer-details-present-childrens-words-today-then-outcome-headings-scaling-then-now-numbered-action-paragraphs-lead-when-how-well-know-lines-dated-update-notes-revised-owner-changed-date-moved-new-closed-contingency-meetings",
    "description": (
        "Exemplary record of the third core group, half-way between the first and second review "
        "conferences, for a 14-year-old who self-harms and her 11-year-old brother; their mother has "
        "a personality disorder and took two overdoses last year, and their father shares their care. "
        "A Word record printed to PDF with a page header and footer: the children's words today, then "
        "each outcome with the core group's scaling then and now and its actions as numbered "
        "paragraphs with Lead, When and How we'll know lines and dated update notes. A school "
        "check-in revised to daily, a change of social worker, a young carers' assessment moved to a "
        "new date, a new action agreed today, and one action completed and one no longer needed, both "
        "marked closed. The DBT psychologist and the care co-ordinator both report on capacity to "
        "change, CAMHS works with the girl, the father's fallback is set, legal planning and dates "
        "are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Cramberly Council – Children's Services – Core Group Record",
    "footer": "Tarrant – core group 3 – 07/04/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Record"),
        ("kv", [
            ("Children", "Kyra Tarrant (14), DOB 30/07/2011, Year 10, Cramberly Academy; Ollie Tarrant (11), "
                         "DOB 03/12/2014, Year 6, Ashgrove Primary"),
            ("Mother", "Jodie Tarrant (38), 19 Quarry Hill, Cramberly CR2 5HL"),
            ("Father", "Martin Tarrant (41), 6 Wharf Lane, Cramberly; the children stay with him every "
                       "Wednesday night and alternate weekends"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan history", "Initial conference 14/10/2025; first review conference 13/01/2026; this is core "
                             "group 3 since the review, half-way to the second review"),
            ("Meeting", "Tuesday 07/04/2026, 4pm, Cramberly Academy"),
            ("Present", "Jodie and Martin Tarrant; Imogen Farley (SW, chair); Beth Lanyon (CAMHS); Sian "
                        "Gowland (care co-ordinator, CMHT); Ms Rachel Dunne (Cramberly Academy); Mr Tom Kendal "
                        "(Ashgrove Primary); Priya Desai (Cramberly Young Carers)"),
            ("Apologies", "Dr Naveen Rao (clinical psychologist, DBT team) – written report received"),
        ]),
        ("h1", "What Kyra and Ollie said this time"),
        ("p", "Kyra (seen on her own at school, 01/04/2026): “It's better that Miss Dunne sees me every "
              "morning, because then I don't have to go and find someone. I haven't cut since the end of "
              "February. When Mum's having a bad day I still get a knot in my stomach.” She scored her own "
              "safety as 6 out of 10, up from 3 in January."),
        ("p", "Ollie (seen on his own at Martin's, 02/04/2026): “I don't do Mum's tablets any more, the box "
              "does it. I like Wednesdays at Dad's because we have pizza and I don't have to listen out for "
              "Mum.” He wants to go to the young carers' club “with the other kids who help at home”."),
        ("h1", "Progress, outcome by outcome"),
        ("p", "Each action keeps its number from the plan made at the first review conference. Update notes are "
              "dated; the newest is last. Scores are the core group's agreed answer to “how well is this "
              "outcome being met, 0 to 10?”"),
        ("h2", "Outcome 1 – Kyra is kept safe from self-harm: she has an adult she trusts to tell, and her "
               "injuries are seen and treated"),
        ("p", "Core group score: 3/10 at the review conference → 5/10 at core group 2 → 6/10 today."),
        ("boldp", "1.1 Weekly sessions with Kyra, with a risk review after each one"),
        ("kv", [
            ("Lead", "Beth Lanyon, CAMHS practitioner, Cramberly CAMHS"),
            ("When", "Every Wednesday at 4pm, from 04/02/2026"),
            ("How we'll know", "Attendance and the risk review sent to the SW after each session; Kyra's own "
                               "self-harm urge score written down at each session"),
        ]),
        ("p", "Update 24/02/2026: three of three sessions attended; urge score 8."),
        ("p", "Update 07/04/2026: eight of nine attended (one missed for a dental appointment); urge score 5."),
        ("boldp", "1.2 Keep all medicines and blades locked away at both homes, and check the locked box at "
                  "every visit"),
        ("kv", [
            ("Lead", "Jodie (Mum) at Quarry Hill and Martin (Dad) at Wharf Lane; the SW checks"),
            ("When", "Every day; checked at each weekly SW visit"),
            ("How we'll know", "Locked box seen at every SW visit to each home and no loose medicines or "
                               "blades found"),
        ]),
        ("p", "Update 07/04/2026: boxes seen locked at every visit since core group 2."),
        ("boldp", "1.3 Check in with Kyra at the start of each school day and agree who she goes to if she "
                  "feels unsafe in lessons"),
        ("kv", [
            ("Lead", "Ms Rachel Dunne, pastoral lead and DSL, Cramberly Academy"),
            ("When", "Every school day at 8.40am (revised at core group 2 on 24/02/2026 – was three times a "
                     "week)"),
            ("How we'll know", "Check-ins logged on CPOMS; weekly summary emailed to the SW every Friday"),
        ]),
        ("p", "Update 07/04/2026: daily since 25/02/2026; no check-in missed."),
        ("boldp", "1.4 NEW (agreed today): two joint sessions with Jodie and Martin on what to do and say when "
                  "Kyra tells them she has hurt herself"),
        ("kv", [
            ("Lead", "Beth Lanyon, CAMHS practitioner"),
            ("When", "Both sessions by 05/05/2026"),
            ("How we'll know", "A written response plan signed by both parents and copied to the SW and the "
                               "school"),
        ]),
        ("h2", "Outcome 2 – Kyra and Ollie are cared for by parents who keep them safe every day, and they "
               "know what will happen if Mum becomes unwell"),
        ("p", "Core group score: 4/10 at the review conference → 5/10 at core group 2 → 6/10 today."),
        ("boldp", "2.1 Visit Kyra and Ollie at Mum's and at Dad's, and see each child on their own"),
        ("kv", [
            ("Lead", "Imogen Farley, SW, from 10/03/2026 (was Dev Sharma, SW, until 09/03/2026)"),
            ("When", "Weekly, at least one visit in four unannounced, until the second review conference"),
            ("How we'll know", "Visit records show each child seen alone, with their words written down"),
        ]),
        ("p", "Update 07/04/2026: Dev and Imogen made a joint handover visit on 09/03/2026; weekly visits kept "
              "throughout the change of worker."),
        ("boldp", "2.2 Run Jodie's DBT programme and report on whether she is using her skills, whether the "
                  "risk to herself is reducing, and how long further change is likely to take for Kyra and "
                  "Ollie"),
        ("kv", [
            ("Lead", "Dr Naveen Rao, clinical psychologist, Cramberly Adult Mental Health Service (DBT team)"),
            ("When", "Weekly group and individual session from 13/01/2026 for 12 months; written report before "
                     "each core group"),
            ("How we'll know", "Dr Rao's written report on the SW's file before each core group"),
        ]),
        ("p", "Update 07/04/2026: report received 03/04/2026 – 11 of 12 weeks attended, no self-harm since "
              "December; Dr Rao's view is that change is real but early, and he will give a firmer view on "
              "the timescale in his report for the second review."),
        ("boldp", "2.3 Visit Jodie at home, check her crisis plan and medication, tell the SW the same day if "
                  "her risk rises, and give a view on whether she is making and keeping the changes the "
                  "children need"),
        ("kv", [
            ("Lead", "Sian Gowland, care co-ordinator, Cramberly Community Mental Health Team"),
            ("When", "Every two weeks (revised at core group 2: was monthly); written view before each core "
                     "group"),
            ("How we'll know", "Visit dates and Sian's written view on file before each core group; same-day "
                               "calls logged by the SW"),
        ]),
        ("p", "Update 07/04/2026: fortnightly since 24/02/2026; no same-day calls needed."),
        ("boldp", "2.4 Tell Martin and the SW the same day if she has thoughts of overdosing, and go to the "
                  "Harbour crisis café instead of staying alone with the children"),
        ("kv", [
            ("Lead", "Jodie (Mum)"),
            ("When", "The same day, every time"),
            ("How we'll know", "Calls and texts logged by the SW; café visits recorded by Harbour staff and "
                               "shared with Sian"),
        ]),
        ("p", "Update 07/04/2026: used once, on 16/03/2026 – Jodie texted Martin, who collected the children "
              "at 6pm; Jodie spent the evening at the café."),
        ("boldp", "2.5 Have Kyra and Ollie to stay, and collect them the same evening whenever Jodie is unwell"),
        ("kv", [
            ("Lead", "Martin (Dad)"),
            ("When", "Every Wednesday night and alternate weekends (next 11/04/2026); the same evening when "
                     "needed"),
            ("How we'll know", "Contact diary signed at each handover and seen by the SW at each visit"),
        ]),
        ("p", "Update 07/04/2026: every Wednesday and weekend kept; one extra night on 16/03/2026."),
        ("boldp", "2.6 GP to send the SW Jodie's medication history and any prescribing changes"),
        ("p", "Completed 03/02/2026 – closed. Dr Ellen Grieve's letter is on file."),
        ("boldp", "2.7 Request an emergency respite bed for the children"),
        ("p", "Closed at core group 2 – no longer needed because Martin now has the children every Wednesday "
              "and collects them whenever Jodie is unwell (2.5)."),
        ("h2", "Outcome 3 – Ollie and Kyra go to school every day, and Ollie no longer looks after his mum"),
        ("p", "Core group score: 5/10 at the review conference → 6/10 at core group 2 → 7/10 today."),
        ("boldp", "3.1 Check Ollie's attendance and give him a weekly session with the learning mentor about "
                  "how things are at home"),
        ("kv", [
            ("Lead", "Mr Tom Kendal, DSL, Ashgrove Primary"),
            ("When", "Attendance every school day; mentor session every Monday"),
            ("How we'll know", "Attendance emailed to the SW each Friday (target 95%); mentor notes on CPOMS"),
        ]),
        ("p", "Update 07/04/2026: 97% this term; mentor sessions every Monday."),
        ("boldp", "3.2 Complete a young carer's assessment with Ollie and offer him a place at the Thursday "
                  "club"),
        ("kv", [
            ("Lead", "Priya Desai, Cramberly Young Carers"),
            ("When", "Originally by 31/01/2026, now by 28/04/2026 (moved at core group 2 because of staff "
                     "sickness)"),
            ("How we'll know", "Ollie's young carer's plan sent to the SW; club register shows him there"),
        ]),
        ("p", "Update 07/04/2026: first assessment session held 31/03/2026; second booked for 21/04/2026."),
        ("boldp", "3.3 Bring Kyra back from her part-time timetable to a full timetable"),
        ("kv", [
            ("Lead", "Ms Rachel Dunne, pastoral lead and DSL, Cramberly Academy"),
            ("When", "Full timetable by the May half term (22/05/2026)"),
            ("How we'll know", "Timetable copied to the SW; attendance of 90% or more on the full timetable "
                               "from 26/05/2026"),
        ]),
        ("p", "Update 07/04/2026: four days a week since 09/03/2026."),
        ("h1", "Contingency (restated; amended today)"),
        ("p", "If Jodie takes an overdose, harms herself, or tells anyone she intends to, Martin will collect "
              "Kyra and Ollie that evening and they will stay with him; Sian will ask the crisis team to "
              "assess Jodie the same day, and Imogen will hold a strategy discussion the same day."),
        ("p", "If Kyra harms herself in a way that needs medical treatment, the adult with her will take her to "
              "Cramberly General's emergency department, and Beth will arrange a CAMHS crisis assessment "
              "within 24 hours. Amended today: if either locked box is found open, Imogen will visit that day "
              "and remove the medicines to the pharmacy."),
        ("p", "If Martin cannot have the children (he is away, ill or cannot be reached), Imogen (or the duty "
              "SW) will place Kyra and Ollie together with Cramberly foster carers the same day."),
        ("p", "If Jodie overdoses while she is the only adult caring for the children, or the children have to "
              "leave her care twice before the second review, Imogen will ask her team manager, Carl Beddoes, "
              "for a legal planning meeting within 5 working days."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 4pm at Cramberly Academy: 19/05/2026 and 30/06/2026.",
            "Second review child protection conference: Tuesday 14/07/2026, 10am, Cramberly Town Hall.",
        ]),
        ("p", "Record sent to everyone present and to Dr Rao on 09/04/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. The plan after the first core group for a 7-week-old whose mother has
#    bipolar disorder, the grandmother living in and the uncle helping.
#    Markdown: how the plan changed, Rosie's day, outcomes, then action
#    bullets under outcome headings with Who / When / How we'll know
#    sub-bullets; old wording struck out and the new wording after it; one
#    action completed and closed; a change log at the end. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_cobhallow_plan_after_first_core_group_struck_wording_log_quayle.md",
    "split": "tune",
    "actions": 10,
    "template": "plan-after-first-core-group-md-how-this-plan-changed-note-rosies-day-abbies-words-outcomes-then-outcome-subheadings-action-bullets-who-when-how-sub-bullets-struck-old-wording-new-after-completed-closed-line-contingency-meetings-change-log-table",
    "description": (
        "Exemplary plan for a 7-week-old after the first core group; her mother has bipolar "
        "disorder, was unwell in pregnancy and lives with her own mother, and the mother's brother "
        "covers one night a week. A Markdown plan: a note on how the outline plan was firmed up, "
        "Rosie's day as the SW and health visitor see it, the outcomes, then action bullets under "
        "outcome headings, each with Who, When and How we'll know sub-bullets; where the core group "
        "changed a word the old wording is struck out and the new follows it (vague times and a "
        "collective owner replaced), a GP referral is marked completed and closed, and a change log "
        "closes the plan. The perinatal psychiatrist and nurse both report on capacity to change, the "
        "relatives' help has a fallback, legal planning and dates are set."
    ),
    "text": """\
# Rosie Quayle — Child Protection Plan

**Cobhallow Council Children's Services · Early Years Safeguarding Team**

| | |
|---|---|
| **Child** | Rosie Quayle, born 20/01/2026 (7 weeks) |
| **Mum** | Abbie Quayle (24) |
| **Living with them** | Denise Quayle (52), Abbie's mum, at 12 Cowslip Way, Cobhallow CB6 3TA |
| **Also helping** | Connor Quayle (27), Abbie's brother, 3 Mill Steps, Cobhallow |
| **Rosie's father** | Not named by Abbie; not involved |
| **Category** | Neglect (risk of) |
| **Initial conference** | Tuesday 24/02/2026 — chair Martina Lowry (IRO) |
| **First core group** | Tuesday 10/03/2026 — this version of the plan |
| **Social worker** | Ifeoma Chukwu (team manager: Paul Redfern) |

## How this plan changed at the first core group

The conference agreed an outline plan. At the first core group everyone named in it came, and we made
each action specific. Where a word was changed, the old wording is ~~struck through~~ and the new wording
follows it, so that Abbie and Denise can see what was agreed at the conference and what it became. Actions
that are finished are marked **Completed – closed** and are not part of the live plan. The change log at
the end lists every change.

## Why there is a plan

Abbie has bipolar affective disorder. She stopped her medication in pregnancy and was admitted to the
perinatal ward at Cobhallow Royal Infirmary for three weeks at 30 weeks. She has been well since Rosie
was born and is back on her medication, but the risk of her becoming unwell again in the first months
after birth is high, and when she was last unwell she did not sleep for days and went missing for a
night.

## Rosie's day

Ifeoma and Kate (perinatal nurse) have visited four times between them. Rosie feeds every three to four
hours from a bottle and takes about 4oz. Denise does the 2am feed so that Abbie can sleep after her
evening medication, and Abbie does the others. On 06/03/2026 Rosie was awake after her 10am feed,
looking at Abbie's face and making small cooing sounds; Abbie talked back to her and Rosie kicked her
legs. She cries hard when she is hungry and settles quickly when held upright. She sleeps in a Moses
basket next to Denise's bed at night and in the lounge, in sight, in the day.

Abbie said: "I know what I'm like when I'm going high. Mum spots it before I do. I want Rosie to have a
mum who's well, and I want everyone to know I'm doing everything they ask."

## What we want for Rosie

1. Rosie is fed on time, gains weight and is seen by a professional every week.
2. Rosie sleeps safely, on her back in her own basket, at every sleep.
3. Rosie is always cared for by an adult who is well, awake and able to respond to her — and if Abbie
   becomes unwell, Rosie is cared for by someone safe straight away.

## The plan

### Rosie is fed, growing and seen

- **Ifeoma Chukwu (SW) will visit Rosie at home and see her awake, where she sleeps and how she is fed.**
  - Who: Ifeoma Chukwu, social worker
  - When: ~~Weekly~~ Twice a week until Rosie is 12 weeks old (14/04/2026), one visit a fortnight
    unannounced; then weekly until the review conference
  - How we'll know: visit records say where Rosie was, what she did and how each adult responded to her

- **Jess Arden (HV) will weigh Rosie at home and check her feeding and development.**
  - Who: Jess Arden, health visitor, Cobhallow 0-19 Service
  - When: ~~As needed~~ Every week at home until 14/04/2026, then every two weeks at clinic
  - How we'll know: weights in the red book stay on or above the 25th centile, where Rosie was born; HV
    notes sent to Ifeoma after each weigh

- **Dr Colin Ferris (GP) will do Rosie's 8-week check and her first immunisations, and tell Ifeoma the
  same day if an appointment is missed.**
  - Who: Dr Colin Ferris, GP, Cowslip Lane Medical Practice
  - When: 8-week check and immunisations on 17/03/2026
  - How we'll know: entries in the red book and a GP letter to Ifeoma

### Rosie is cared for by an adult who is well

- **Dr Helena Marsh will review Abbie's medication and mental state, and write to Ifeoma with her
  assessment of Abbie's risk of relapse, her capacity to make and keep the changes Rosie needs, and the
  likely timescale.**
  - Who: Dr Helena Marsh, consultant perinatal psychiatrist, Cobhallow Perinatal Mental Health Service
  - When: clinic every four weeks; first written assessment ~~by the review~~ by 07/04/2026, then before
    every core group
  - How we'll know: Dr Marsh's letter on Rosie's file by 07/04/2026 and before each core group after that

- **Kate Mullan will visit Abbie, go through her early warning signs plan with her and Denise, and report
  on whether Abbie is making the changes Rosie needs and how quickly.**
  - Who: Kate Mullan, perinatal community nurse, Cobhallow Perinatal Mental Health Service
  - When: every Thursday until Rosie is six months old (20/07/2026)
  - How we'll know: Kate's written report to each core group, with the warning signs score she and
    Abbie agree at each visit

- **Abbie will take her evening medication every night and tick it on the chart on the kitchen
  cupboard, so that she stays well enough to care for Rosie.**
  - Who: Abbie Quayle (Mum)
  - When: every evening at 9pm
  - How we'll know: chart seen at every SW and nurse visit; pharmacy collection dates checked by Kate
    each month

- ~~GP to refer Abbie to the perinatal team~~ **Completed 27/02/2026 – closed.** Referral accepted; Dr
  Marsh's first appointment was on 05/03/2026.

- **Lauren Bell will run six Baby and Me sessions with Abbie and Rosie at home.**
  - Who: Lauren Bell, family practitioner, Cobhallow Family Hub
  - When: ~~When a worker is free~~ Every Tuesday for six weeks from 17/03/2026
  - How we'll know: a short written note to Ifeoma after sessions 3 and 6, saying how Abbie noticed and
    answered Rosie's cues

### Rosie always has a safe adult with her at night

- **Denise will do Rosie's night feeds and keep her Moses basket beside her bed.**
  - Who: Denise Quayle (maternal grandmother)
  - When: every night except Sunday, until the review conference
  - How we'll know: night feed times written on the chart on the fridge, checked by Ifeoma and Jess at
    their visits

- **Connor will stay at Cowslip Way on Sunday nights and do Rosie's night feed so that Denise can have a
  night at home.**
  - Who: ~~Family~~ Connor Quayle (Abbie's brother)
  - When: every Sunday night until the review conference
  - How we'll know: Connor texts Ifeoma by 9am each Monday; the feed chart shows his entries

- **NEW (agreed at the first core group): Ifeoma will hold a family network meeting with Abbie, Denise
  and Connor and write down who covers the nights if Denise or Connor cannot.**
  - Who: Ifeoma Chukwu, social worker
  - When: by 31/03/2026
  - How we'll know: the written network plan sent to everyone at the core group on 07/04/2026

## If things go wrong

- **If Abbie shows two of her early warning signs** (sleeping less than four hours two nights running,
  racing speech, spending money she does not have, stopping her medication): Denise rings Kate or the
  perinatal crisis line the same day; Kate arranges a same-day assessment; Denise cares for Rosie and
  Abbie does not care for Rosie alone until Dr Marsh has seen her. Ifeoma holds a strategy discussion the
  same day if Rosie has been left alone with Abbie while she was unwell.
- **If Abbie needs to go into hospital**, the perinatal team will ask the Fenmoor Mother and Baby Unit
  for a joint admission with Rosie; if that is not possible, Rosie stays with Denise at Cowslip Way.
- **If Denise or Connor cannot do the nights** (illness, work, or they say it is too much): the other
  covers; if neither can, Ifeoma arranges the same day for Rosie to go to a Cobhallow foster carer, or for
  Abbie and Rosie to go to a parent and child foster placement.
- **If Rosie drops below the 9th centile, or misses two weighs**, Jess tells Ifeoma the same day and
  Ifeoma visits within 24 hours.
- **Legal planning:** if Abbie stops her medication, is admitted without Rosie, or Dr Marsh's assessment
  says she cannot make the changes within Rosie's timescale, Ifeoma will ask Paul Redfern for a legal
  planning meeting within five working days.

## Meetings

- Core group every two weeks until Rosie is 12 weeks old, then every four weeks, Tuesdays at 11am at
  Cowslip Way: 24/03/2026, 07/04/2026, 05/05/2026.
- Review child protection conference: **Tuesday 19/05/2026, 2pm, Cobhallow Civic Hall**.
- Ifeoma will bring a short note on Rosie's day, as she has seen it, to every core group.

## Change log

| Date | What changed | Agreed by |
|---|---|---|
| 24/02/2026 | Outline plan agreed at the initial conference | Conference |
| 27/02/2026 | GP referral to the perinatal team completed – closed | Dr Ferris, reported to Ifeoma |
| 10/03/2026 | SW visits raised from weekly to twice a week until 12 weeks | First core group |
| 10/03/2026 | HV weighs: "as needed" replaced by weekly, then every two weeks | First core group |
| 10/03/2026 | Psychiatrist's assessment date set as 07/04/2026 | First core group, with Dr Marsh |
| 10/03/2026 | Baby and Me sessions given a start date (17/03/2026) | First core group |
| 10/03/2026 | Sunday nights: "family" replaced by Connor, by name | First core group |
| 10/03/2026 | New action: family network meeting by 31/03/2026 | First core group |
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference for a 15-year-old going missing and at risk of
#    criminal exploitation and his 9-year-old sister; their father, a lone
#    carer, is alcohol dependent; their aunt helps. Markdown review plan
#    restated as one small table per outcome, each opened by the IRO's
#    summary and a scaling score then and now, with a Status column
#    ("achieved - continues", "partly", "new today"), a changed owner and a
#    moved date; then what was taken off the plan at the review. Exemplary
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_cindrewell_rcpc_table_per_outcome_status_lomax.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-md-at-a-glance-table-what-jayden-and-amber-want-then-h2-per-outcome-iro-summary-scaling-then-now-small-table-what-happens-now-who-by-when-how-well-know-status-then-taken-off-the-plan-list-contingency-meetings",
    "description": (
        "Exemplary plan from the first review conference for a 15-year-old who goes missing and is "
        "at risk of criminal exploitation, and his 9-year-old sister; their father, a lone carer, is "
        "alcohol dependent, and their aunt helps. A Markdown plan restated by outcome: each outcome "
        "opens with the IRO's summary and a scaling score then and now, then a small table of what "
        "happens now with a Status column (achieved - continues, partly, new today), a youth worker "
        "replaced by name and a drug service start moved to a new date; two actions taken off the "
        "plan are listed apart. The alcohol service reports on change, the GP owns an action, the "
        "young person's own cannabis use is worked with by a young people's service, the aunt's "
        "part has a fallback, legal planning and dates are set."
    ),
    "text": """\
# Cindrewell Borough Council — Review Child Protection Plan

## Jayden and Amber Lomax

### At a glance

| | |
|---|---|
| Children | Jayden Lomax (15), DOB 21/04/2010, Year 11, Cindrewell Park Academy; Amber Lomax (9), DOB 15/08/2016, Year 5, Cindrewell Park Primary |
| Home | 27 Gannet Road, Cindrewell CD1 4WE, with their dad, Gary Lomax (45) |
| Aunt | Tracey Lomax, Gary's sister, 10 Heron Court, Cindrewell |
| Category | Neglect (both children) |
| Initial conference | 09/12/2025 |
| This review | First review conference, Tuesday 10/03/2026. Chair: Sunil Chaudhry (IRO) |
| Social worker | Mariam Yusuf (team manager: Deborah Quint) |
| Decision | Both children stay on a child protection plan. The plan below replaces the conference plan of 09/12/2025. |

### Why there is a plan

Gary has been alcohol dependent for several years and has cared for the children on his own since their
mum left in 2023. By the autumn he was drinking from midday, Amber was going to school hungry and in
dirty uniform, and Jayden was staying out past midnight. Jayden was reported missing six times between
September and November and was found twice in Harlow Street with older young people known to the police
for dealing. He has told his youth worker that he smokes cannabis most days.

### What Jayden and Amber want

- **Jayden** (seen on his own at the Youth Hub, 03/03/2026): "I'm not going to lie, I still go down
  Harlow Street sometimes. But I've been home on time most nights since Christmas because Kai picks me up
  from football. I want Dad to stop drinking for real, not just for the meetings." He would like to do a
  bricklaying taster at college.
- **Amber** (seen on her own at school, 02/03/2026): "Dad's been getting up in the mornings. Auntie Tracey
  does my hair on Fridays and I stay at hers. I don't like it when Jayden doesn't come home because Dad
  goes out looking for him and I'm on my own." She drew her house with everyone in it and a sun.

---

## Outcome 1 — Jayden is safe in the community: he is home by 9.30pm, does not go missing, and is not being used by older young people to carry drugs

**IRO's summary:** two missing episodes since the initial conference, against six in the three months
before it; both return interviews were done within 72 hours. Jayden has met Kai at 14 of 18 sessions.
The drug service start slipped because of a missed first appointment.
**Scaling (how safe is Jayden outside the home, 0–10):** 2 at the initial conference → 5 today.

| # | What happens now | Who | By when | How we'll know | Status at review |
|---|---|---|---|---|---|
| 1.1 | Meet Jayden twice a week, one session an evening, and work through the exploitation programme with him | Kai Bennett, youth worker, Cindrewell Exploitation Team (was Rhys Fowler until 27/02/2026) | Every Tuesday after school and every Friday evening | Session notes to the SW weekly; number of missing episodes each month counted at each core group | Partly – 14 of 18 |
| 1.2 | Hold a return home interview with Jayden after every missing episode | Lois Marr, Cindrewell Missing from Home Service | Within 72 hours of every return | Interview record sent to the SW and the police within 72 hours | Achieved – continues |
| 1.3 | Share what the police know about the older young people Jayden is seen with, and serve warning notices on adults who harbour him | PC Darren Hale, Cindrewell Police Exploitation Unit | Written summary before each core group; notices within 5 working days of any sighting | Summary on the SW's file before each core group; notices recorded on the police system | Achieved – continues |
| 1.4 | Report Jayden missing to the police if he is not home by 9.30pm and cannot be reached | Gary (Dad) | By 10pm on any night Jayden is not home | Police missing log, and Gary's text to the SW by 9am the next day | Achieved – continues |
| 1.5 | Key-work with Jayden about his cannabis use | Amelia Grant, Cindrewell Young People's Substance Service | Fortnightly; first session originally 24/02/2026, now 17/03/2026 (first appointment missed) | Attendance and a short written update to the SW before each core group | Not started – new date agreed |

## Outcome 2 — Jayden and Amber live with a dad who is sober whenever he is caring for them

**IRO's summary:** Gary has been to 9 of 12 weekly sessions and 7 of his 9 breath tests were zero; two
were positive in January. Amber has not rung Tracey about her dad since 18/01/2026.
**Scaling (how sure are we that Dad is sober when caring, 0–10):** 3 → 6.

| # | What happens now | Who | By when | How we'll know | Status at review |
|---|---|---|---|---|---|
| 2.1 | Key-work and breath tests with Gary, an assessment for community detox, and a written report on whether he is staying sober and whether the change is likely within Jayden's and Amber's timescale | Nicky Burke, recovery worker, Cindrewell Alcohol Service | Weekly; detox assessment by 14/04/2026; report two working days before each core group | Written report with every breath test result on the SW's file before each core group | Partly – 9 of 12 |
| 2.2 | Drink nothing on any day he is caring for Jayden and Amber, and take a breath test at every SW visit | Gary (Dad) | Every day; a test at each visit | Zero readings written on each visit record | Partly – 7 of 9 zero |
| 2.3 | Visit Jayden and Amber at home, one visit in three unannounced, and see each child on their own | Mariam Yusuf, SW | Weekly until the second review conference | Visit records with each child's own words | Achieved – continues |
| 2.4 | Check Gary's liver function and send the SW the result and any alcohol-related prescriptions | Dr Owen Lisle, GP, Cindrewell Health Centre | Blood test by 31/03/2026; letter by 14/04/2026 | GP letter on the children's file by 14/04/2026 | New today |
| 2.5 | Have Amber to stay every Friday night, and be the adult Jayden or Amber ring if Dad has been drinking | Tracey Lomax (aunt) | Every Friday; the same night whenever they ring | Tracey texts the SW each Saturday morning; Amber can say Tracey's number at SW visits | Achieved – continues |

## Outcome 3 — Amber gets to school every day, fed and in clean uniform, and has time to be nine

**IRO's summary:** Amber's attendance is 96% this term (89% in the autumn). She has breakfast at the
breakfast club and her uniform has been clean on every check since January.
**Scaling (0–10):** 4 → 7.

| # | What happens now | Who | By when | How we'll know | Status at review |
|---|---|---|---|---|---|
| 3.1 | Check Amber's attendance, breakfast and uniform each morning, and keep her breakfast club place | Mrs Hannah Rix, DSL, Cindrewell Park Primary | Every school day | Attendance printout emailed to the SW each Friday (target 95%); breakfast club register | Achieved – continues |
| 3.2 | Eight sessions with Amber about her worries at home and when Jayden is missing | Meg Carter, family support worker | Weekly after school from 18/03/2026 | Amber's worry score, agreed with Meg at each session, and a note to the SW after sessions 4 and 8 | New today |
| 3.3 | Do a weekly food shop that includes Amber's lunch box, and wash her uniform twice a week | Gary (Dad) | Food shop every Saturday; washing every Sunday and Wednesday | Food in the fridge and clean uniform seen at SW visits; the school's uniform checks | Achieved – continues |

## Taken off the plan at this review

- Referral to Cindrewell Young People's Substance Service (Mariam Yusuf, SW): completed 12/01/2026 – closed.
- Family group conference referral: no longer needed because the family network meeting on 03/02/2026
  agreed Tracey's part and the fallback below – closed.

## If the plan isn't keeping Jayden and Amber safe

- **Jayden missing:** if he is not home by 9.30pm and cannot be reached, Gary reports him missing by
  10pm and stays home with Amber; Tracey comes over or has Amber at Heron Court if Gary has to go out.
- **Signs of exploitation:** if Jayden is found with drugs, cash or a weapon, or with the older group in
  Harlow Street, Mariam holds a strategy discussion with the police the same day.
- **Dad drinking:** if Gary has a positive breath test, or either child rings Tracey because he has been
  drinking, Jayden and Amber go to Tracey's that night and stay until Gary's next zero test.
- **If Tracey can't:** if Tracey is ill, away or cannot take them, Mariam (or the out-of-hours team)
  places Amber and Jayden with Cindrewell foster carers the same night.
- **Legal planning:** if Gary has two more positive tests before the second review, or Jayden goes missing
  three times in any month, Mariam will ask Deborah Quint for a legal planning meeting within five
  working days.

## Meetings

- Core group every four weeks, Tuesdays at 4pm at the Cindrewell Youth Hub: 07/04/2026, 05/05/2026,
  02/06/2026, 30/06/2026.
- Second review child protection conference: Tuesday 08/09/2026, 10am, Cindrewell Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference outcome print from a case system: mother's drinking,
#    damp and neglected home, a 7-year-old and a 2-year-old. Plain text:
#    decision, attendance, views, then the revised plan as labelled action
#    blocks with OWNER / DUE / EVIDENCE / STATUS lines, a closed list and a
#    change log. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_caddisthorpe_rcpc_outcome_print_status_lines_brannan.txt",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-outcome-sheet-case-system-print-txt-caps-sections-decision-attendance-views-scaling-outcomes-then-revised-plan-labelled-action-blocks-owner-due-evidence-status-lines-closed-list-contingency-meetings-change-log",
    "description": (
        "Case-system print of the first review conference for a 7-year-old and a 2-year-old whose "
        "mother drinks and whose home is damp and neglected. Plain text: the decision (a legal "
        "planning meeting booked because progress is not enough), attendance, the children's and "
        "parents' views, then the revised plan as labelled action blocks with OWNER, DUE, EVIDENCE "
        "and STATUS lines, a closed list and a change log. Most blocks are sound (weekly visits with "
        "a new social worker, the alcohol service's report on change, the health visitor's checks, "
        "housing repairs with a date). Faults: a nursery place carried forward with no due date, a "
        "speech therapy referral with no owner, the parenting assessment moved to a new date but "
        "with no stated output, home conditions work whose evidence is 'reviewed at core group', "
        "dentist registration 'ASAP'; the contingency has no specific trigger and only reviews, and "
        "the next review conference is 'to be arranged'."
    ),
    "text": """\
CADDISTHORPE COUNCIL  -  CHILDREN'S SERVICES  -  CASE MANAGEMENT SYSTEM
REVIEW CHILD PROTECTION CONFERENCE: OUTCOME AND REVISED PLAN
Printed 12/03/2026 14:22 by ANITA PATEL                         Page 1 of 1
======================================================================

CHILDREN        Lily BRANNAN   DOB 04/10/2018 (7)  Year 2, Moorgate Infants
                Noah BRANNAN   DOB 27/01/2024 (2)  not in nursery
MOTHER          Kelly BRANNAN (30), 16 Sorrel Court, Caddisthorpe CT5 8JH
FATHER          Sean DOYLE (33), 4 Bank Top, Caddisthorpe (father of both
                children; not living in the home)
CATEGORY        Neglect
ICPC            02/12/2025
THIS MEETING    First review, 10/03/2026, Caddisthorpe Town Hall
CHAIR           Yvonne Salter (IRO)
SOCIAL WORKER   Anita Patel from 10/03/2026 (was Gemma Jones)
TEAM MANAGER    Raj Sohal

----------------------------------------------------------------------
1. DECISION
----------------------------------------------------------------------
Lily and Noah remain subject to child protection plans (neglect).
Kelly's drinking has reduced and Lily's attendance is better, but the
home is still damp, dirty and unsafe for Noah, and Kelly has had three
positive breath tests since January. The chair found progress not
enough in these two areas and has asked Raj Sohal for a legal planning
meeting, which is booked for 24/03/2026.

----------------------------------------------------------------------
2. ATTENDANCE
----------------------------------------------------------------------
Present:   Yvonne Salter (IRO, chair); Anita Patel (SW); Gemma Jones
           (SW until 09/03/2026); Kelly Brannan (mother); Sean Doyle
           (father); Maxine Ord (health visitor); Mr Colin Ashby (DSL,
           Moorgate Infants); Phil Renshaw (recovery worker, Caddisthorpe
           Alcohol Service); Wayne Stott (Caddisthorpe Homes)
Apologies: Dr Farida Qureshi (GP) - report received

----------------------------------------------------------------------
3. VIEWS
----------------------------------------------------------------------
LILY (seen alone at school by GJ, 27/02/2026): "My bedroom has black
stuff on the wall and it smells. Mummy is better now, she doesn't sleep
on the sofa in the day. I like going to Daddy's on Saturdays because we
go to the park." Lily scored home 5/10 (3/10 in December).
NOAH (seen at home by GJ, 05/03/2026): Noah has about ten words. He
brought his cup to Kelly when he was thirsty and she filled it. He was
in a wet nappy at the start of the visit and had a sore bottom. He
played with the SW's keys and laughed when Lily tickled him.
KELLY: said she has cut down "a lot" and wants help with the flat. She
is upset about the legal planning meeting.
SEAN: wants to have the children more and is happy to be tested.

----------------------------------------------------------------------
4. OUTCOMES FOR LILY AND NOAH
----------------------------------------------------------------------
O1  Lily and Noah live in a home that is warm, clean, free of damp and
    safe for a toddler.
O2  Lily and Noah are cared for by a sober adult at all times.
O3  Lily is in school every day, and Noah's speech and development are
    checked and helped.

----------------------------------------------------------------------
5. REVISED PLAN
----------------------------------------------------------------------
A01 ACTION   : Visit Lily and Noah at home and see Lily on her own;
               one visit in three unannounced
    OWNER    : Anita Patel (SW) from 10/03/2026 (was Gemma Jones)
    DUE      : Weekly until the next review conference
    EVIDENCE : Visit records show both children seen and Lily seen
               alone, with her words written down
    STATUS   : Achieved - continues

A02 ACTION   : Weigh Noah, check his development and nappy care, and
               look at the safety of the flat for a toddler
    OWNER    : Maxine Ord (HV)
    DUE      : Every two weeks (revised at review: was monthly)
    EVIDENCE : Red book entries and HV notes sent to the SW; nappy rash
               healed at the next visit
    STATUS   : Revised

A03 ACTION   : Key-work with Kelly, breath tests at each session, and a
               written report on whether she is changing her drinking
               in the way Lily and Noah need and how long that may take
    OWNER    : Phil Renshaw, Caddisthorpe Alcohol Service
    DUE      : Weekly; report 2 working days before each core group
    EVIDENCE : Written report with test results on the SW's file before
               each core group
    STATUS   : Achieved - continues

A04 ACTION   : Not drink on any day she is caring for Lily and Noah, and
               take a breath test at every SW visit
    OWNER    : Kelly Brannan (mother)
    DUE      : Every day; a test at each SW visit
    EVIDENCE : Zero breath test readings on each visit record
    STATUS   : Partly - 3 positive tests since January

A05 ACTION   : Weekly sessions with Kelly to clear and clean the flat and
               set up a cleaning routine
    OWNER    : Donna Platt, family support worker
    DUE      : Weekly, Thursdays, from 19/03/2026
    EVIDENCE : Reviewed at core group
    STATUS   : Partly

A06 ACTION   : Complete a parenting assessment of Kelly
    OWNER    : Anita Patel (SW)
    DUE      : Originally by 31/01/2026, now by 30/04/2026
    EVIDENCE :
    STATUS   : Not started - carried forward with a new date

A07 ACTION   : Referral to be made to Caddisthorpe Speech and Language
               Therapy for Noah
    OWNER    :
    DUE      : By 27/03/2026
    EVIDENCE : Acceptance letter and first appointment date on file
    STATUS   : New at review

A08 ACTION   : Check Lily's attendance and how she presents each day,
               and ring the SW the same day with any worry
    OWNER    : Mr Colin Ashby, DSL, Moorgate Infants
    DUE      : Every school day
    EVIDENCE : Attendance emailed to the SW each Friday (target 95%);
               same-day calls logged on CPOMS
    STATUS   : Achieved - continues (94% this term)

A09 ACTION   : Apply for a funded two-year-old nursery place for Noah
    OWNER    : Anita Patel (SW)
    DUE      :
    EVIDENCE : Place confirmed in writing and Noah's start date on file
    STATUS   : Not started - carried forward from the ICPC

A10 ACTION   : Register Lily and Noah with a dentist and take them to
               their first check-up
    OWNER    : Kelly Brannan (mother)
    DUE      : ASAP
    EVIDENCE : Registration letter and check-up card seen by the SW
    STATUS   : Not started

A11 ACTION   : Treat the damp and mould in Lily's bedroom and the
               kitchen and replace the broken window catch
    OWNER    : Wayne Stott, Caddisthorpe Homes repairs
    DUE      : By 17/04/2026
    EVIDENCE : Repairs signed off and a mould-free bedroom seen at the
               next SW visit
    STATUS   : New at review

A12 ACTION   : Have Lily and Noah at his flat, and take a breath test at
               the handover
    OWNER    : Sean Doyle (father)
    DUE      : Every other Saturday, 10am to 5pm (next 14/03/2026)
    EVIDENCE : Handover book signed by both parents and seen by the SW;
               test results written in the book
    STATUS   : Achieved - continues

CLOSED AT THIS REVIEW
    C01 GP letter on Kelly's alcohol history and liver tests (Dr Farida
        Qureshi, GP) - completed 08/01/2026, closed
    C02 Stair gate and fireguard from the home safety scheme (Gemma
        Jones, SW) - completed 19/12/2025, closed

----------------------------------------------------------------------
6. CONTINGENCY
----------------------------------------------------------------------
If there are further concerns about Kelly's drinking or the state of
the home, the core group will meet to review the plan and consider
whether the children need to stay somewhere else.

----------------------------------------------------------------------
7. MEETINGS
----------------------------------------------------------------------
Core group          every four weeks, Tuesdays 1pm, Moorgate Infants:
                    07/04/2026, 05/05/2026
Legal planning      24/03/2026 (see section 1)
Next review CPC     to be arranged by the conference team

----------------------------------------------------------------------
8. CHANGE LOG
----------------------------------------------------------------------
10/03/2026  SW changed from Gemma Jones to Anita Patel (A01, A06, A09)
10/03/2026  A02 HV visits revised from monthly to every two weeks
10/03/2026  A06 due date moved from 31/01/2026 to 30/04/2026
10/03/2026  A07 and A11 added at review
10/03/2026  C01 and C02 closed
======================================================================
END OF PRINT
""",
    "findings": [
        F("M002", "Weekly sessions with Kelly to clear and clean the flat"),
        F("M001", "Complete a parenting assessment of Kelly"),
        F("W001", "Referral to be made to Caddisthorpe Speech and Language"),
        F("T001", "Apply for a funded two-year-old nursery place for Noah"),
        F("T002", "Register Lily and Noah with a dentist and take them"),
        F("C002"),
        F("R001"),
    ],
})
