"""Batch 146, module i: seven fictional plans (held-out material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as they look when they are UPDATED, not first written, in other
authorities' house styles, with the measure of each action worded and placed
differently from one record to the next. A core group 2 record whose outcome
banner rows say "what good looks like" above an "Evidence of progress" column,
a "Where are we now?" column and a "RAG with comment" column; a review
conference record that opens with the decision, attendance and views, gives
the IRO's scaling per outcome (then -> now), then the revised plan with a
"Changed at review?" column in which one measure was revised; a core group 3
record for a disabled teenager with a "What we will see" column beside an
"Update from core group 3" column, a change of social worker and a closed
action kept apart; a second review conference record with escalation to a
legal planning meeting, one table per outcome and the measure written into
the action cell; a Markdown plan after the first core group with nested
Who / When / Evidence / Update sub-bullets, a measure made concrete at the
core group, a struck-out date and a change log; a Signs of Safety review
record with a next-steps table ("What will tell us it's happened", "Where are
we now?") and steps closed at the review; and a plain-text case-system print
of core group 3 with TARGET and CG3 / STATUS lines.

Five are exemplary: the Ipplecote core group 2 record (docx), the Isselburn
core group 3 record (pdf), the Ilchurst second review record (pdf), the Iskeby
plan after the first core group (md) and the Ivelbury Signs of Safety review
(md). Two carry a realistic mix of faults among mostly good rows: the
Irnhamby review record (docx) and the Ixendale core group 3 print (txt).

Counting convention used for "actions" (README, "Files", actions, and
convention 1): every live row of an action table, every live bullet of an
action section (with its Who / When / Evidence / Update sub-bullets) and
every live numbered action block counts once, including actions new at the
meeting and ongoing work marked achieved or on track. One-off actions shown
as completed and closed, or closed as no longer needed (in a closed table or
list, or a closed block left in the print), are work already done and are not
counted. Outcome banner rows, the contingency, the meeting dates, the
decision, the IRO's summaries, the scaling, the views and the change log are
not actions. Progress, update, RAG and status columns or lines are notes on
progress, never an action's timescale or measure.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 2 record for a 16-week-old baby whose mother has bipolar
#    disorder; grandmother and aunt cover the father's night shifts.
#    Landscape Word table with outcome banner rows holding "what good looks
#    like", an "Evidence of progress" column, a "Where are we now?" column
#    and a "RAG with comment" column; closed actions kept in a separate
#    table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_ipplecote_core_group_two_good_looks_like_banners_lansdell.docx",
    "doc_title": "Core Group 2 Record and Updated Plan - Esme Lansdell",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "core-group-2-record-landscape-docx-details-attendance-since-cg1-babys-day-family-views-then-outcome-banner-rows-with-what-good-looks-like-ref-action-lead-by-when-evidence-of-progress-where-are-we-now-rag-with-comment-then-closed-table-contingency-meetings",
    "description": (
        "Exemplary core group 2 record for a 16-week-old baby whose mother has bipolar disorder "
        "and whose father works nights. A landscape Word table under outcome banner rows that say "
        "what good will look like by the review; each row has a lead, a 'By when' (some revised "
        "today: weighs now fortnightly, the grandmother's nights cut to three, a request date "
        "moved), an 'Evidence of progress' cell, a 'Where are we now?' note and a 'RAG with "
        "comment'; a new row gives the father's sister the Wednesday nights, and two finished "
        "one-off actions sit in a separate closed table. The perinatal psychiatrist and CPN both "
        "report on capacity to change, the GP owns lithium checks, the contingency covers the "
        "relatives being unable, legal planning follows named triggers, core group and review "
        "dates are set, the baby's day is described."
    ),
    "blocks": [
        ("title", "Core Group Record and Updated Child Protection Plan"),
        ("p", "Ipplecote Metropolitan Borough Council · Children and Young People's Service · Safeguarding Hub East"),
        ("kv", [
            ("Child", "Esme Lansdell, born 02/07/2025 (16 weeks old at this meeting)"),
            ("Address", "9 Tansy Walk, Ipplecote IP7 3DR"),
            ("Mother", "Leanne Lansdell (27): bipolar affective disorder; under the Ipplecote Perinatal Mental "
                       "Health Service since August 2025"),
            ("Father", "Craig Lansdell (30): works nights at a distribution centre, Sunday to Wednesday"),
            ("Maternal grandmother", "Brenda Sayle (54), 31 Colt Lane, Ipplecote"),
            ("Paternal aunt", "Nicola Lansdell (33), 6 Mill Yard, Ipplecote"),
            ("Category", "Neglect"),
            ("Initial conference", "15/09/2025 (chair: Grace Nwachukwu, IRO)"),
            ("This meeting", "Core group 2, Monday 27/10/2025, 1.30pm, Tansy Walk Family Hub"),
            ("Social worker", "Owen Treharne (team manager: Bethan Lyle)"),
        ]),
        ("p", "Present: Leanne Lansdell; Craig Lansdell; Brenda Sayle; Nicola Lansdell; Owen Treharne (SW, "
              "chair); Mel Dacre (health visitor); Kasia Nowak (perinatal community psychiatric nurse); Jade "
              "Pullen (family support worker). Dr Ruth Adeyinka (consultant perinatal psychiatrist) joined by "
              "video for item 2. Written update: Dr Faisal Qureshi (GP)."),
        ("h1", "1. What has happened since core group 1 (29/09/2025)"),
        ("p", "In August Leanne became high in mood, stopped sleeping and took Esme out at 3am in the rain; the "
              "police found them on the canal towpath. She started lithium in late August. Since the first core "
              "group her lithium levels have been in range, she is sleeping six to seven hours a night and she "
              "wrote a relapse signature plan with Kasia on 10/10/2025. Esme's weight has moved from the 9th "
              "centile at the conference to the 25th centile on 20/10/2025."),
        ("p", "Brenda has stayed every night that Craig worked except 14 to 16 October, when she had a chest "
              "infection; Craig swapped his shifts those nights, as the contingency said he would. Brenda starts "
              "a part-time job in November and can no longer do Wednesday nights. Nicola has offered to do them, "
              "and that was agreed today."),
        ("h1", "2. Esme's day, as we have seen it"),
        ("p", "Owen visited unannounced at 7.40pm on 21/10/2025. Esme was awake in her bouncer and followed "
              "Leanne round the room with her eyes; she smiled and kicked when Leanne sang to her. Leanne fed her "
              "and winded her without being prompted, then put her down on her back in a clear cot. Mel saw the "
              "same on 20/10/2025 and noted that Esme turns to her mum's voice and settles quickly on her "
              "shoulder. Brenda says Esme wakes once a night, takes 120ml and goes back down within half an hour."),
        ("h1", "3. What the family said today"),
        ("p", "Leanne: “I know my signs now: when I start cleaning at night and talking fast. I want Esme to "
              "have a mum who is well, not one who is in hospital.” Craig: “I've asked about day shifts. Until "
              "then I need Brenda and Nic for the nights.” Brenda: “I can keep Sunday to Tuesday going, but not "
              "Wednesdays once I start work.” Nicola: “Wednesdays are fine. I'd like to learn the plan Kasia "
              "wrote so I know what to look for.”"),
        ("h1", "4. The plan as updated at core group 2"),
        ("p", "Each outcome is in a shaded row with what good will look like by the review conference. Rows "
              "marked NEW were agreed today; where a date or frequency was changed today the By when cell says "
              "so. Where are we now? is the position at this meeting. Actions finished since core group 1 have "
              "moved to section 5."),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "By when", "Evidence of progress",
                       "Where are we now? (27/10/2025)", "RAG with comment"],
            "widths": [1.0, 6.0, 3.2, 3.3, 4.6, 4.4, 3.2],
            "rows": [
                ["Outcome 1: Esme is fed, warm and safe every day and every night. What good looks like by the "
                 "review: Esme's weight stays on or above the 25th centile and she is seen asleep on her back "
                 "in a clear cot at every visit.", H, H, H, H, H, H],
                ["1.1",
                 "Visit Esme at home, one visit in three unannounced and one a month in the evening, and see her "
                 "awake and being fed or changed",
                 "Owen Treharne, SW",
                 "Weekly until the review conference on 09/12/2025",
                 "Visit notes record Esme seen every week, where she sleeps and how Leanne responds to her",
                 "Six weekly visits since the conference; two in the evening (14/10 and 21/10)",
                 "Green: every week kept"],
                ["1.2",
                 "Weigh Esme, check her feeding and development, and look at where she sleeps",
                 "Mel Dacre, health visitor",
                 "Every two weeks at home (revised today: was weekly)",
                 "Weight plotted in the red book on or above the 25th centile; sleeping space written up as "
                 "clear at each visit",
                 "25th centile on 20/10/2025 (9th at the conference)",
                 "Green: fortnightly now her weight is steady"],
                ["1.3",
                 "Write every feed, nappy and sleep on the chart on the kitchen door while Leanne settles on "
                 "lithium",
                 "Leanne and Craig Lansdell",
                 "Every day until the review conference",
                 "Chart seen by the SW and HV at each visit, with no gap of more than four hours between feeds",
                 "Chart complete at every visit",
                 "Green"],
                ["1.4",
                 "Stay overnight at Tansy Walk on the nights Craig works and do Esme's night feed, so that Leanne "
                 "sleeps",
                 "Brenda Sayle (maternal grandmother)",
                 "Sunday, Monday and Tuesday nights, 9pm to 7am (revised today: was Sunday to Wednesday)",
                 "Brenda signs the night section of the feed chart; the SW checks the signatures weekly",
                 "Every night kept but 14 to 16 October, when Craig swapped shifts",
                 "Green: the fallback worked"],
                ["1.5",
                 "NEW: stay overnight on Wednesday nights in Brenda's place and do Esme's night feed",
                 "Nicola Lansdell (paternal aunt)",
                 "Every Wednesday from 05/11/2025, 9pm to 7am",
                 "Nicola signs the night section of the feed chart; the SW rings her after her first night and "
                 "checks the chart weekly",
                 "Agreed today",
                 "Not yet due"],
                ["Outcome 2: Esme is cared for by a mum whose mood is steady enough to notice and meet her needs, "
                 "and the adults around her spot the early signs of Leanne becoming unwell. What good looks like "
                 "by the review: no missed lithium test, and the relapse signature plan is on the kitchen wall "
                 "and known by Craig, Brenda and Nicola.", H, H, H, H, H, H],
                ["2.1",
                 "See Leanne, review her lithium and mood, and write to each core group with an assessment of "
                 "whether she is making the changes Esme needs, what still has to change and the likely timescale",
                 "Dr Ruth Adeyinka, consultant perinatal psychiatrist, Ipplecote Perinatal Mental Health Service",
                 "Every two weeks; letter three working days before each core group",
                 "Letter on Esme's file before each core group, giving the psychiatrist's view of the timescale",
                 "Letter of 22/10/2025: good early response; three months' stability needed before the plan "
                 "could end",
                 "Green"],
                ["2.2",
                 "Home visits to Leanne to keep the relapse signature plan up to date, ring the SW the same day "
                 "if an early sign is seen, and report to each core group on Leanne's capacity to keep the "
                 "changes going and what that means for her care of Esme",
                 "Kasia Nowak, perinatal community psychiatric nurse",
                 "Weekly (revised today: was twice weekly)",
                 "Written update to each core group; any same-day call logged on Esme's file by the SW",
                 "Relapse plan written 10/10/2025 and on the kitchen wall; no early signs seen",
                 "Green: visits reduced as agreed with Dr Adeyinka"],
                ["2.3",
                 "Check Leanne's lithium blood levels and repeat prescriptions, and tell the SW within two "
                 "working days of any missed test or collection",
                 "Dr Faisal Qureshi, GP, Colt Lane Medical Centre",
                 "Blood test every four weeks, next on 03/11/2025",
                 "GP email to the SW after each test; the next core group sees no missed test",
                 "Levels in range on 06/10/2025",
                 "Green"],
                ["2.4",
                 "Go through the relapse signature plan with Kasia, so that each of them can spot Leanne's early "
                 "signs and knows what to do for Esme",
                 "Craig Lansdell, Brenda Sayle and Nicola Lansdell, with Kasia Nowak",
                 "One session each by 21/11/2025",
                 "Kasia's session notes; each of them can tell the SW the three early signs and the first thing "
                 "they would do",
                 "Craig and Brenda done 10/10/2025; Nicola added today",
                 "Amber: carried forward for Nicola with a new date"],
                ["Outcome 3: Esme has a safe adult with her at every hour of the day and night, and her family has "
                 "a plan for the nights Craig works. What good looks like by the review: a signed rota of night "
                 "cover for December and January, and no night left uncovered.", H, H, H, H, H, H],
                ["3.1",
                 "NEW: hold a family meeting with Craig, Leanne, Brenda and Nicola and write up a rota of night "
                 "cover for December and January",
                 "Jade Pullen, family support worker",
                 "Family meeting by 14/11/2025; rota to the SW by 18/11/2025",
                 "Signed rota on Esme's file and copied to every core group member",
                 "Agreed today",
                 "Not yet due"],
                ["3.2",
                 "Ask his employer in writing to move him to day shifts from January 2026, so that he is at home "
                 "with Esme and Leanne at night",
                 "Craig Lansdell",
                 "Request by 07/11/2025 (moved today from 31/10/2025); reply shared with the SW by 30/11/2025",
                 "Copy of the request and the employer's reply on Esme's file",
                 "Craig has spoken to his manager; the request is not yet in writing",
                 "Amber: new date agreed"],
                ["3.3",
                 "Take Esme to the Baby Bounce group so that she plays with other babies and Leanne meets other "
                 "parents",
                 "Leanne Lansdell; Jade Pullen keeps the register",
                 "Every Thursday, 10am, Tansy Walk Family Hub, from 06/11/2025",
                 "Register shows Esme there at least three Thursdays in four; Jade's note to the SW after four "
                 "weeks",
                 "New: Leanne asked for a group",
                 "Not yet due"],
            ],
        }),
        ("h1", "5. Closed since core group 1 (kept for the record, not part of the live plan)"),
        ("table", {
            "header": ["Action", "Lead", "Closed"],
            "widths": [12.0, 6.0, 7.7],
            "rows": [
                ["Go through safe sleep with Leanne, Craig and Brenda and leave the leaflet",
                 "Mel Dacre, HV",
                 "Completed 02/10/2025: closed"],
                ["Get a second cot for Brenda's flat so that Esme can stay there safely",
                 "Jade Pullen, FSW",
                 "Completed 08/10/2025, cot seen in place: closed"],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("bullets", [
            "If Leanne misses a lithium dose or blood test, has two nights without sleep, or shows any early "
            "sign in her relapse plan (cleaning at night, talking fast, spending, going out late): Craig, "
            "Brenda or Nicola rings the perinatal team (or the crisis line after 5pm) and the SW the same day, "
            "and Leanne is not left alone with Esme until the perinatal team has seen her.",
            "If Leanne takes Esme out of the house at night, or is found caring for her while acutely unwell: "
            "the SW, or the emergency duty team out of hours, holds a strategy discussion with Ipplecote "
            "Police the same day, and Esme goes to Brenda's at 31 Colt Lane that night.",
            "If Brenda or Nicola cannot do a night (illness, work, or the arrangement breaks down): Craig does "
            "not work that night; if he cannot get the night off, Leanne and Esme stay at Brenda's or "
            "Nicola's; if none of that is possible, the SW arranges a parent-and-baby foster placement or an "
            "emergency foster carer for Esme that day.",
            "If Leanne needs admission to hospital, Esme falls below the 9th centile, or Dr Adeyinka's "
            "assessment says Leanne cannot make the changes within Esme's timescale, Owen will ask Bethan Lyle "
            "for a legal planning meeting within five working days.",
        ]),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every four weeks: next on Monday 24/11/2025, 1.30pm, Tansy Walk Family Hub; after the "
            "review conference on Monday 05/01/2026.",
            "Review child protection conference: Tuesday 09/12/2025, 10am, Ipplecote Town Hall (chair: Grace "
            "Nwachukwu).",
            "Owen will bring a written note of Esme's day, as he has seen it, to every core group and to the "
            "review.",
        ]),
        ("p", "Record written by Owen Treharne on 28/10/2025 and sent to everyone present and to Dr Qureshi."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference record, domestic abuse, mother's anxiety, a
#    14-year-old and an 11-year-old; uncle and his wife help. Opens with the
#    decision, attendance and views, then the IRO's scaling per outcome,
#    then the revised plan with a "Changed at review?" column (owner changed,
#    frequency revised, a measure revised, carried forward, new). Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_irnhamby_rcpc_decision_first_measure_revised_ridsdale.docx",
    "doc_title": "Review Child Protection Conference Record - Tyler and Maisie Ridsdale",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "template": "rcpc-record-landscape-docx-decision-first-attendance-table-childrens-words-parents-views-iro-summary-scaling-then-and-now-per-outcome-then-revised-outcomes-and-table-action-who-when-how-well-measure-it-changed-at-review-column-closed-list-contingency-meetings",
    "description": (
        "First review conference record for a 14-year-old and an 11-year-old after their father "
        "was violent to their mother, who has anxiety; the father now lives apart under a written "
        "agreement and the maternal uncle and his wife help. The record opens with the decision, "
        "attendance and the children's words, gives the IRO's scaling per outcome, then the "
        "revised plan in a landscape table with a 'Changed at review?' column (new social worker, "
        "visits now fortnightly, a measure revised from 'improved attendance' to a figure, a new "
        "start date, new rows). Most rows are sound. Faults: Talking Therapies only continues to "
        "support the mother, measured by attendance; Maisie's counselling referral is 'Carried "
        "forward' with no new date; the uncle's weekends are measured by an improvement in Tyler's "
        "mood; 'All agencies' report sightings; the housing transfer is 'Ongoing'; one outcome is "
        "about the mother only; the contingency does not say what happens if the uncle or his wife "
        "cannot help."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Revised Plan"),
        ("p", "Irnhamby Borough Council · Children's Services · Conference and Review Service"),
        ("kv", [
            ("Children", "Tyler Ridsdale (14), DOB 19/03/2011, Year 10, Irnhamby High School; Maisie Ridsdale "
                         "(11), DOB 02/06/2014, Year 6, St Bede's CE Primary"),
            ("Address", "41 Larch Crescent, Irnhamby IR3 8PW"),
            ("Mother", "Gemma Ridsdale (38)"),
            ("Father", "Shaun Ridsdale (41), living at his mother's, 7 Foundry Lane, Irnhamby, since 12/08/2025"),
            ("Maternal uncle and aunt", "Rob and Carol Fenwick, 18 Quarry Bank, Irnhamby"),
            ("Initial conference", "12/08/2025, category emotional abuse"),
            ("This conference", "First review, Tuesday 04/11/2025, 10am, Irnhamby Civic Offices"),
            ("Chair", "Lorraine Achterberg, Independent Reviewing Officer"),
            ("Social worker", "Priya Lal from 03/11/2025 (Dale Hinch until 31/10/2025); team manager Neil Stroud"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Tyler and Maisie remain subject to child protection plans under the category of emotional "
              "abuse. All agencies and both parents agreed. There has been good progress towards the first and "
              "third outcomes, but Maisie is still having nightmares and the help she needs has not started. "
              "The plan continues, revised as set out in section 5."),
        ("h1", "2. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Attended"],
            "widths": [6.0, 12.0, 7.7],
            "rows": [
                ["Gemma Ridsdale", "Mother", "Yes"],
                ["Shaun Ridsdale", "Father", "Yes, for his own part of the meeting"],
                ["Priya Lal", "Social worker, Irnhamby Children's Services", "Yes"],
                ["Dale Hinch", "Previous social worker", "Report only"],
                ["Kerry Bale", "IDVA, Irnhamby Domestic Abuse Service", "Yes"],
                ["Mr Kwame Boateng", "DSL, Irnhamby High School", "Yes"],
                ["Mrs Pauline Orme", "DSL, St Bede's CE Primary", "Yes"],
                ["DC Amy Fairweather", "Irnhamby Police, Domestic Abuse Team", "Report only"],
                ["Helen Marsh", "Psychological wellbeing practitioner, Irnhamby Talking Therapies", "Apologies"],
            ],
        }),
        ("h1", "3. What Tyler and Maisie told us"),
        ("p", "Tyler (seen on his own at school by Priya, 30/10/2025): “It's calmer at home. Mum doesn't jump "
              "every time a car pulls up now. I like staying at Uncle Rob's and going to football. I don't want "
              "Dad back living with us yet.” He put home at 7 out of 10; it was 3 in August."),
        ("p", "Maisie (seen on her own at home, 28/10/2025) drew her family as a row of houses, with her dad's "
              "house far away. She said: “I still have the dream where Dad is shouting on the stairs. I want to "
              "talk to someone who isn't Mum, because Mum gets upset.” She put home at 5 out of 10; it was 2 in "
              "August."),
        ("h1", "4. The parents' views and the IRO's summary of progress"),
        ("p", "Gemma said she feels safer with the written agreement in place and that the CBT is helping her "
              "panic attacks. Shaun said he has been to every Respect session so far and wants more time with "
              "the children."),
        ("bullets", [
            "Outcome 1: 2/10 at the initial conference, 6/10 today. No police call-outs since 15/08/2025; "
            "Shaun has kept to the agreement; contact has all been supervised.",
            "Outcome 2: 3/10 then, 4/10 today. Maisie's counselling has not started because the referral was "
            "not made before the change of social worker.",
            "Outcome 3: 4/10 then, 7/10 today. Tyler's attendance is up from 81% to 93%.",
            "Outcome 4: 3/10 then, 5/10 today. Gemma called the police once, when Shaun texted her in "
            "September.",
        ]),
        ("h1", "5. Revised child protection plan"),
        ("h2", "Outcomes"),
        ("numbers", [
            "Tyler and Maisie live without seeing or hearing violence, threats or shouting between the adults "
            "in their lives.",
            "Maisie sleeps through most nights and has someone outside the family to talk to about what she saw.",
            "Tyler goes to school every day and has an adult outside home he trusts.",
            "Gemma feels confident to keep Shaun to the written agreement.",
        ]),
        ("h2", "Actions"),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "How we'll measure it", "Changed at review?"],
            "widths": [1.0, 7.0, 4.2, 4.0, 5.5, 4.0],
            "rows": [
                ["1",
                 "Visit Tyler and Maisie and see each of them on their own, at home or at school",
                 "Priya Lal, SW",
                 "Every two weeks from 03/11/2025 until the next review",
                 "Visit records show each child seen alone at every visit, with their own words written down",
                 "Owner changed: was SW Dale Hinch, now SW Priya Lal from 03/11/2025. Revised: now fortnightly "
                 "(was weekly)"],
                ["2",
                 "Attend all 22 sessions of the Irnhamby Respect programme for men who have used abuse in their "
                 "relationships",
                 "Shaun Ridsdale; programme worker Lewis Amankwah reports to the SW",
                 "Tuesdays, 6pm to 8pm, from 07/10/2025 to 03/03/2026",
                 "Lewis's attendance and progress report after sessions 8, 15 and 22",
                 "Start date moved from 02/09/2025 (course was full)"],
                ["3",
                 "Keep to the written agreement: no contact with Gemma, no visits to Larch Crescent, and time with "
                 "the children only at the contact centre",
                 "Shaun Ridsdale",
                 "From 12/08/2025 until the next review conference",
                 "No police call-outs; contact centre records show every contact supervised",
                 "No change"],
                ["4",
                 "Supervise Tyler's and Maisie's time with their dad and send a written record of each session "
                 "to the SW",
                 "Ana Rocha, contact supervisor, Irnhamby Contact Centre",
                 "Every Saturday, 10am to 12pm",
                 "Session record with the SW within two working days of each contact",
                 "No change"],
                ["5",
                 "Safety planning with Gemma, including what she and the children will do if Shaun comes to the "
                 "house, and a repeat risk assessment",
                 "Kerry Bale, IDVA, Irnhamby Domestic Abuse Service",
                 "Fortnightly until the next review; repeat DASH by 28/11/2025",
                 "Written safety plan on the children's file; DASH score and a short IDVA report to each core "
                 "group",
                 "No change"],
                ["6",
                 "Continue to support Gemma with her anxiety and panic attacks through weekly CBT sessions",
                 "Helen Marsh, psychological wellbeing practitioner, Irnhamby Talking Therapies",
                 "Weekly until 27/02/2026",
                 "Attendance recorded by Helen and sent to the SW each month",
                 "No change"],
                ["7",
                 "Weekly check-in for Tyler with his head of year, and a call to the SW the same day if he is "
                 "absent or talks about trouble at home",
                 "Mr Kwame Boateng, DSL, Irnhamby High School",
                 "Every Monday in term time",
                 "Attendance of 95% or more this half-term; each check-in logged on CPOMS",
                 "Measure revised at review: was 'improved attendance'"],
                ["8",
                 "Check Maisie's attendance and how she arrives each morning, and tell the SW the same day about "
                 "any worry",
                 "Mrs Pauline Orme, DSL, St Bede's CE Primary",
                 "Every school day",
                 "Attendance sent to the SW every Friday; any same-day call logged on CPOMS",
                 "No change"],
                ["9",
                 "Refer Maisie to the Irnhamby Young Minds counselling service for help with her nightmares",
                 "Priya Lal, SW",
                 "Carried forward",
                 "Acceptance letter and the date of Maisie's first session on file",
                 "Carried forward: not made before the review"],
                ["10",
                 "Have Tyler to stay every other weekend and take him to Irnhamby Rovers training on Sunday "
                 "mornings",
                 "Rob Fenwick (maternal uncle)",
                 "Every other weekend, Saturday 10am to Sunday 5pm",
                 "Improvement in Tyler's mood",
                 "No change"],
                ["11",
                 "Collect Maisie from school and give her tea until Gemma finishes work at 6pm",
                 "Carol Fenwick (maternal aunt)",
                 "Tuesdays and Thursdays in term time",
                 "St Bede's collection log, which the SW checks every two weeks",
                 "New at review"],
                ["12",
                 "Tell the SW the same day about any sighting of Shaun near Larch Crescent or either school",
                 "All agencies",
                 "Same day",
                 "Each sighting logged on the children's file and passed to Irnhamby Police",
                 "No change"],
                ["13",
                 "Support Gemma's application for a management transfer to a home Shaun does not know",
                 "Sam Okafor, tenancy officer, Irnhamby Homes",
                 "Ongoing",
                 "Letter offering a new tenancy on file",
                 "No change"],
                ["14",
                 "Six group sessions for Tyler on healthy relationships and managing anger",
                 "Danny Kerr, youth worker, Irnhamby Youth Service",
                 "Wednesdays from 05/11/2025 to 10/12/2025",
                 "Tyler's session feedback sheets and Danny's end-of-group summary to the SW",
                 "New at review: Tyler asked for this"],
            ],
        }),
        ("h2", "Closed at this review"),
        ("bullets", [
            "Referral to the Irnhamby MARAC: heard on 21/08/2025, actions completed; closed.",
            "Police marker on 41 Larch Crescent: placed on 13/08/2025; closed.",
        ]),
        ("h1", "6. Contingency"),
        ("p", "If Shaun comes to Larch Crescent, contacts Gemma, or turns up at either school, Gemma or the school "
              "will call 999; the marker on the address means police attend as a priority. Priya will hold a "
              "strategy discussion with Irnhamby Police the same day."),
        ("p", "If Gemma lets Shaun back into the home, or the IDVA's risk assessment returns to high, Priya will "
              "offer Gemma and the children a refuge place that day through Irnhamby Domestic Abuse Service, and "
              "contact with Shaun will stop until a strategy discussion has met."),
        ("p", "If Shaun breaks the written agreement twice, or misses three Respect sessions, Priya will ask Neil "
              "Stroud for a legal planning meeting within five working days."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Irnhamby Family Hub: 18/11/2025, 16/12/2025, "
            "13/01/2026, 10/02/2026 and 10/03/2026.",
            "Second review child protection conference: Tuesday 28/04/2026, 10am, Irnhamby Civic Offices.",
        ]),
    ],
    "findings": [
        F("F002", "Gemma feels confident to keep Shaun to the written agreement."),
        F("H001", "Continue to support Gemma with her anxiety and panic attacks"),
        F("T001", "Refer Maisie to the Irnhamby Young Minds counselling service"),
        F("M002", "Have Tyler to stay every other weekend and take"),
        F("W002", "Tell the SW the same day about any sighting of Shaun"),
        F("T002", "Support Gemma's application for a management transfer"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group 3 record for a 13-year-old with cerebral palsy who does not
#    speak and is fed by gastrostomy; mother's depression. Word printed to
#    PDF, landscape, page header and footer; a "What we will see" column
#    beside an "Update from core group 3" column; change of social worker;
#    a closed action kept apart. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_isselburn_core_group_three_what_we_will_see_delahunt.pdf",
    "doc_title": "Core Group 3 - Phoebe Delahunt - 18/11/2025",
    "split": "heldout",
    "actions": 10,
    "landscape": True,
    "template": "core-group-3-record-word-printed-to-pdf-landscape-page-header-footer-details-list-handover-note-since-cg2-phoebes-own-views-eye-gaze-outcomes-then-table-action-who-when-what-we-will-see-update-from-core-group-3-then-closed-since-cg2-contingency-meetings",
    "description": (
        "Exemplary core group 3 record for a 13-year-old with cerebral palsy who uses eye-gaze to "
        "communicate and is fed by gastrostomy; neglect of her health care while her mother was "
        "depressed. A landscape Word record printed to PDF with a page header and footer. The "
        "table has 'What we will see' beside 'Update from core group 3' (one update is just "
        "'Ongoing'); the social worker changed ('was ... until 07/11/2025'), the nurse's visits "
        "were revised to weekly, the psychiatrist's assessment was carried forward with a new "
        "date, short breaks are new, and a finished one-off action is kept apart. The CMHT "
        "psychiatrist assesses capacity to change, the GP and paediatrician own actions, legal "
        "planning follows named triggers, core group and review dates are set, Phoebe's own "
        "messages are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Isselburn County Council – Disabled Children's Team",
    "footer": "Phoebe Delahunt – core group 3, 18/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group 3: Record and Updated Plan"),
        ("kv", [
            ("Young person", "Phoebe Delahunt (13), DOB 27/01/2012, Brookhaven Special School, Year 9"),
            ("Address", "14 Weaver's Row, Isselburn IS2 4NN"),
            ("Mother", "Karen Delahunt (44), Phoebe's only carer; depression"),
            ("Brother", "Lewis Delahunt (17), at Isselburn College"),
            ("Phoebe's needs", "Cerebral palsy (four limbs); does not speak and uses an eye-gaze device and yes/no "
                               "signs; fed by gastrostomy; needs moving every three hours to protect her skin"),
            ("Category", "Neglect (initial conference 09/09/2025)"),
            ("Meeting", "Core group 3, Tuesday 18/11/2025, 10am, Brookhaven Special School"),
            ("Social worker", "Tunde Bakare, Disabled Children's Team, from 10/11/2025 (was Megan Price until "
                              "07/11/2025); team manager Alison Reay"),
            ("Present", "Karen Delahunt; Lewis Delahunt (first part); Tunde Bakare; Megan Price (handover); "
                        "Sian Gethin (children's community nurse); Jo Ridley (family support worker); Mrs Ruth "
                        "Heald (DSL); Gill Proctor (Larkspur House). Written updates: Dr Anjali Menon "
                        "(community paediatrician); Dr Hannah Wyse (GP)"),
        ]),
        ("h1", "1. Handover"),
        ("p", "Megan introduced Tunde to Phoebe and Karen at a joint visit on 07/11/2025. Every action Megan led "
              "now belongs to Tunde. Phoebe chose Tunde's photo for her device's 'people' page herself."),
        ("h1", "2. Since core group 2 (21/10/2025)"),
        ("p", "At the conference Phoebe had missed five hospital appointments since March, lost 2kg and had a "
              "pressure sore on her hip, and Lewis was doing most of her night care. Since core group 2 the "
              "pressure sore has healed (05/11/2025), Phoebe has gained 0.6kg, and she went to her neurology "
              "appointment on 28/10/2025, the first hospital appointment kept since March. Karen missed two "
              "evening feeds in October and none since 01/11/2025. Karen's first psychiatry appointment was "
              "cancelled by the team and has been rebooked."),
        ("h1", "3. What Phoebe tells us"),
        ("p", "Phoebe was seen at school with her teaching assistant on 13/11/2025. On her eye-gaze device she "
              "chose 'happy', 'school' and 'Larkspur' and, when asked about home, 'tired' and 'Mum sad'. She "
              "gave her yes sign when Tunde asked if she would like to go back to Larkspur House. Her teaching "
              "assistant says Phoebe grimaces and turns her head away when she is uncomfortable, and that she "
              "has done this much less since the new mattress came."),
        ("h1", "4. Outcomes for Phoebe"),
        ("numbers", [
            "Phoebe gets every feed, is moved often enough to keep her skin healthy, and keeps to a healthy "
            "weight.",
            "Phoebe goes to every health appointment she needs.",
            "Phoebe is cared for by adults who have the help and rest they need, and Lewis no longer does her "
            "night care.",
            "Phoebe's own messages about her life are heard and acted on.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "What we will see", "Update from core group 3"],
            "widths": [1.0, 6.4, 4.4, 4.2, 5.2, 4.5],
            "rows": [
                ["1",
                 "Visit Phoebe at home and at school, spend time with her without Karen using her eye-gaze "
                 "device and yes/no signs, and record what she tells us",
                 "Tunde Bakare, SW (was Megan Price until 07/11/2025)",
                 "Every two weeks; at least one visit a month at school",
                 "Visit notes record Phoebe's own choices and messages on the device and where she was seen",
                 "Handover visit 07/11/2025; seen at school 13/11/2025"],
                ["2",
                 "Give Phoebe's gastrostomy feeds at the times on her feeding plan and write each feed on the "
                 "chart",
                 "Karen Delahunt (Mum)",
                 "Every feed: 7am, 5pm and the overnight pump from 10pm to 6am (school gives the 12pm feed)",
                 "Feed chart seen at every SW and nurse visit with no missed feed; weight of 28kg or more at the "
                 "dietitian review on 16/12/2025",
                 "Two evening feeds missed in October; none since 01/11/2025"],
                ["3",
                 "Check Phoebe's skin, her gastrostomy site and her weight, and that she is being moved every "
                 "three hours",
                 "Sian Gethin, children's community nurse, Isselburn Children's Community Nursing Team",
                 "Weekly home visit (revised at CG3: was twice weekly)",
                 "Skin check on the body map at each visit with no new pressure area; weight recorded",
                 "Pressure area healed on 05/11/2025; Phoebe 27.4kg"],
                ["4",
                 "Take Phoebe to her orthopaedic appointment (02/12/2025) and dietitian review (16/12/2025), with "
                 "hospital transport booked for her",
                 "Karen Delahunt; transport booked by Jo Ridley, family support worker",
                 "On the dates given; transport booked five working days before each",
                 "Clinic letters copied to the SW; no missed appointment by the review conference",
                 "Neurology kept on 28/10/2025"],
                ["5",
                 "Tell the SW within one working day if Phoebe misses any hospital or clinic appointment, and "
                 "send a summary of every appointment kept or missed since March",
                 "Dr Anjali Menon, community paediatrician, Isselburn Child Development Centre",
                 "Within one working day of any missed appointment; summary by 01/12/2025",
                 "Summary letter on Phoebe's file before the review conference",
                 "No missed appointments since core group 2"],
                ["6",
                 "One overnight short break at Larkspur House (section 17 short breaks), so that Karen can rest "
                 "and Phoebe spends time with friends",
                 "Gill Proctor, manager, Larkspur House (Isselburn Short Breaks Service)",
                 "Every other Friday night from 14/11/2025",
                 "Stay record sent to the SW after each stay: feeds, skin, sleep and Phoebe's messages on her "
                 "device",
                 "New at CG3: first stay on 14/11/2025 went well"],
                ["7",
                 "Assess Karen's depression and tell the core group in writing whether she can make and keep the "
                 "changes Phoebe's care needs, what help she still needs and how long change is likely to take",
                 "Dr Paul Kirrane, consultant psychiatrist, Isselburn Community Mental Health Team",
                 "Assessment by 28/11/2025 (carried forward from 31/10/2025); report five working days before "
                 "the review conference",
                 "Written assessment on Phoebe's file and shared with every core group member",
                 "Carried forward with a new date: first appointment cancelled by the team"],
                ["8",
                 "Review Karen's antidepressant and tell the SW within two working days if she does not collect "
                 "a prescription",
                 "Dr Hannah Wyse, GP, Isselburn Road Surgery",
                 "Review by 21/11/2025, then monthly",
                 "GP email to the SW after each review",
                 "Ongoing"],
                ["9",
                 "Young carer's assessment for Lewis, so that he stops doing Phoebe's night feeds and lifting her",
                 "Amal Farah, Isselburn Young Carers",
                 "Assessment by 05/12/2025",
                 "Written assessment and Lewis's own plan on file; Lewis tells the SW he no longer does night "
                 "care",
                 "Referral accepted on 12/11/2025"],
                ["10",
                 "Check Phoebe's attendance, her midday feed and her skin at school, and write her device "
                 "messages about home in her home-school diary",
                 "Mrs Ruth Heald, DSL, Brookhaven Special School",
                 "Every school day",
                 "Diary and attendance emailed to the SW every Friday; a same-day call for any worry",
                 "Ongoing"],
            ],
        }),
        ("h2", "Closed since core group 2"),
        ("p", "Order a pressure-relieving mattress for Phoebe's bed (Sian Gethin): delivered and in use on "
              "24/10/2025. Closed."),
        ("h1", "6. If things go wrong"),
        ("bullets", [
            "If Phoebe misses two feeds in a day, a new pressure area is found, or she misses a hospital "
            "appointment that is not rebooked within a week: Tunde (or the emergency duty team) visits the "
            "same day and holds a strategy discussion, and Phoebe goes to the emergency bed at Larkspur House "
            "that night if Karen cannot meet her care.",
            "If Karen tells anyone she cannot cope, or has thoughts of harming herself: the SW asks the "
            "Isselburn crisis team to see Karen that day, and Phoebe stays at Larkspur House until a plan for "
            "her care is agreed.",
            "If Phoebe's weight falls below 27kg, she misses two more hospital appointments, or Dr Kirrane "
            "reports that Karen cannot make the changes in Phoebe's timescale, Tunde will ask Alison Reay for a "
            "legal planning meeting within five working days.",
        ]),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Review child protection conference: Monday 08/12/2025, 1.30pm, Isselburn County Hall.",
            "Core group every four weeks: next on Tuesday 06/01/2026, 10am, Brookhaven Special School.",
        ]),
        ("p", "Record typed by Jo Ridley, checked by Tunde Bakare on 19/11/2025, and sent to all core group "
              "members."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second review conference record with escalation: two children, both
#    parents on methadone, father's heroin lapse, poor home conditions,
#    paternal aunt's school mornings. Opens with the decision (legal
#    planning meeting booked), then one table per outcome with the scaling
#    then -> now over it and the measure written into the action cell, then
#    actions closed at the review. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_ilchurst_rcpc_two_escalation_tables_per_outcome_mullarkey.pdf",
    "doc_title": "Second Review Child Protection Conference - Kai and Lily-Mae Mullarkey",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc2-record-word-printed-to-pdf-page-header-footer-decision-first-with-legal-planning-meeting-booked-attendance-views-then-one-table-per-outcome-scaling-then-now-line-ref-action-and-how-we-will-know-lead-timescale-at-rcpc2-then-closed-at-review-table-contingency-meetings",
    "description": (
        "Exemplary second review conference record for an 8-year-old and a 5-year-old whose "
        "parents are both on methadone; the father lapsed into heroin and home conditions have "
        "not improved enough. A Word record printed to PDF with a page header and footer, opening "
        "with the decision: progress is not enough in two areas and a legal planning meeting is "
        "booked. The revised plan is one table per outcome, each with the scaling then and now "
        "above it; the measure is written into each action cell ('we will know ... when'), beside "
        "lead, timescale and an 'At RCPC2' note (revised, new, carried forward with a new date); "
        "two finished or no-longer-needed actions sit in a closed table. The drug service reports "
        "on both parents' capacity to change, the GP owns an action, the aunt's mornings have a "
        "fallback, core group and review dates are set, the children's words are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Ilchurst City Council – Safeguarding and Quality Assurance",
    "footer": "Kai and Lily-Mae Mullarkey – RCPC 2, 24/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Second Review Child Protection Conference"),
        ("kv", [
            ("Children", "Kai Mullarkey (8), DOB 14/06/2017; Lily-Mae Mullarkey (5), DOB 22/01/2020; both at "
                         "Ilchurst Park Primary"),
            ("Address", "63 Sorrel Road, Ilchurst IC5 2HT"),
            ("Parents", "Nadine Mullarkey (34) and Darren Mullarkey (37); both prescribed methadone by Ilchurst "
                        "Recovery Service"),
            ("Paternal aunt", "Joanne Mullarkey, 4 Kestrel Row, Ilchurst (two streets away)"),
            ("Category", "Neglect (initial conference 10/03/2025; first review 02/06/2025)"),
            ("This conference", "Monday 24/11/2025, 10am, Ilchurst Guildhall. Chair: Simon Achebe, IRO"),
            ("Social worker", "Mariam Haddad (team manager: Carl Ventress)"),
        ]),
        ("h1", "1. Decision and reasons"),
        ("p", "Kai and Lily-Mae remain subject to child protection plans under the category of neglect. The "
              "chair's view is that progress is not enough in two areas: the state of the home, and Darren's "
              "heroin use, with two positive screens in October. School attendance and the children's health "
              "have improved. A legal planning meeting is booked for Tuesday 02/12/2025 at 10am with Ilchurst "
              "Legal Services, to decide whether to send Nadine and Darren a letter before proceedings under the "
              "Public Law Outline. Nadine and Darren were told this at the conference and have been given the "
              "details of a solicitor."),
        ("h1", "2. Who came"),
        ("p", "Nadine and Darren Mullarkey; Joanne Mullarkey (first half); Mariam Haddad (SW); Carl Ventress "
              "(team manager); Gareth Lomas (recovery worker, Ilchurst Recovery Service); Mr Tom Ashby (DSL, "
              "Ilchurst Park Primary); Toni Beckett (family support worker, Ilchurst Family Help); Rhian "
              "Parry (school nurse). Apologies: Dr Lena Schofield (GP), who sent a report."),
        ("h1", "3. What Kai and Lily-Mae said"),
        ("p", "Kai (seen on his own at school, 18/11/2025): “The kitchen still smells. I don't bring friends "
              "home. Auntie Jo's breakfasts are the best bit. I worry when Dad is asleep in the day.” He put "
              "home at 4 out of 10; it was 3 in June."),
        ("p", "Lily-Mae (seen at home, 20/11/2025) showed Mariam her bed and said the dog “does poos on the "
              "landing”. She said she likes school dinners and “Auntie Jo's pancakes”, and drew herself holding "
              "Kai's hand."),
        ("h1", "4. The revised plan"),
        ("p", "One table for each outcome. The scaling line above each table is the conference's agreed score "
              "at the first review and today (0 = the children cannot stay at home, 10 = the plan can end). The "
              "second column says what will be done and how we will know it has worked. At RCPC2 says whether "
              "the action is unchanged, revised, new or carried forward."),
        ("h2", "Outcome 1: Kai and Lily-Mae live in a clean, warm home with food in the cupboards, and never "
               "come across drugs or needles"),
        ("p", "Scaling: 3/10 at the first review → 4/10 today. Not enough progress."),
        ("table", {
            "header": ["Ref", "Action and how we will know", "Lead", "Timescale", "At RCPC2 (24/11/2025)"],
            "widths": [1.1, 6.6, 3.2, 3.0, 3.1],
            "rows": [
                ["1.1",
                 "See Kai and Lily-Mae at home, one visit in three unannounced, and go into every room; we will "
                 "know the home is improving when the home conditions checklist on each visit note scores 15/20 "
                 "or more",
                 "Mariam Haddad, SW",
                 "Weekly until the third review conference",
                 "No change. Scores 9/20 in June, 11/20 now"],
                ["1.2",
                 "Work alongside Nadine and Darren on a weekly cleaning, laundry and shopping routine; we will "
                 "know it is working when the SW's checklist scores 15/20 or more on three visits in a row",
                 "Toni Beckett, family support worker, Ilchurst Family Help",
                 "Two sessions a week for eight weeks from 01/12/2025",
                 "Revised: was one session a week"],
                ["1.3",
                 "Keep all methadone in the locked box and any needles in the sharps bin in the locked cupboard; "
                 "the SW will see the box locked, the key with an adult and no needle anywhere else at every "
                 "visit",
                 "Nadine and Darren Mullarkey",
                 "Every day; checked at every SW visit",
                 "No change. Box locked at every visit since June"],
                ["1.4",
                 "Repair the boiler and the back-door lock; we will know when the job sheets are copied to the SW "
                 "and the heating is on at her next visit",
                 "Dean Whitley, repairs officer, Ilchurst Homes",
                 "By 12/12/2025",
                 "Carried forward: was 31/10/2025; part not delivered"],
            ],
        }),
        ("h2", "Outcome 2: Kai and Lily-Mae are looked after by parents who are not under the influence of "
               "drugs"),
        ("p", "Scaling: 5/10 at the first review → 4/10 today. Not enough progress."),
        ("table", {
            "header": ["Ref", "Action and how we will know", "Lead", "Timescale", "At RCPC2 (24/11/2025)"],
            "widths": [1.1, 6.6, 3.2, 3.0, 3.1],
            "rows": [
                ["2.1",
                 "Take his methadone under supervision at Sorrel Road Pharmacy and give a urine screen at "
                 "key-work; we will know he has stopped using heroin when every screen from 01/12/2025 is "
                 "negative in the recovery service's report",
                 "Darren Mullarkey",
                 "Methadone daily; screen every Wednesday",
                 "Revised: screens now weekly (were fortnightly). Two positive in October"],
                ["2.2",
                 "Take her methadone under supervision and go to the fortnightly women's group; the pharmacy and "
                 "group registers, seen by the SW each month, will show no missed dose or group",
                 "Nadine Mullarkey",
                 "Methadone daily; group every other Thursday",
                 "No change. No missed doses since July"],
                ["2.3",
                 "Key-work and screens for both parents, and a written report to every core group on whether "
                 "each of them is making the changes Kai and Lily-Mae need and how long further change is likely "
                 "to take; the report, with every screen result, will be on the children's file before each core "
                 "group",
                 "Gareth Lomas, recovery worker, Ilchurst Recovery Service",
                 "Weekly; report three working days before each core group",
                 "No change"],
                ["2.4",
                 "Check both parents' methadone prescriptions and tell the SW of any missed pick-up the pharmacy "
                 "reports; the GP's email will reach the SW within two working days of a missed pick-up",
                 "Dr Lena Schofield, GP, Sorrel Road Surgery",
                 "At each eight-weekly prescription review; within two working days of a missed pick-up",
                 "New at RCPC2"],
            ],
        }),
        ("h2", "Outcome 3: Kai and Lily-Mae get to school every day, on time, fed and clean, and each has an "
               "adult they trust"),
        ("p", "Scaling: 5/10 at the first review → 7/10 today. Good progress."),
        ("table", {
            "header": ["Ref", "Action and how we will know", "Lead", "Timescale", "At RCPC2 (24/11/2025)"],
            "widths": [1.1, 6.6, 3.2, 3.0, 3.1],
            "rows": [
                ["3.1",
                 "Give Kai and Lily-Mae breakfast at her house and walk them to school; the school gate log will "
                 "show both children in by 8.50am on at least 95% of school days",
                 "Joanne Mullarkey (paternal aunt)",
                 "Monday to Friday in term time, from 7.45am",
                 "No change. 97% on time since September"],
                ["3.2",
                 "Check attendance, uniform, lunch and how the children arrive, and ring the SW the same day "
                 "with any worry; attendance emailed to the SW each Friday will show 95% or more by the next "
                 "review",
                 "Mr Tom Ashby, DSL, Ilchurst Park Primary",
                 "Every school day",
                 "No change. Kai 96%, Lily-Mae 94% this term"],
                ["3.3",
                 "Six sessions of direct work with Kai about his worries at home; his worksheets and his own "
                 "worry score at the first and last session will be on file",
                 "Mariam Haddad, SW",
                 "Fortnightly from 26/11/2025",
                 "New at RCPC2: Kai asked to talk about Dad sleeping"],
                ["3.4",
                 "Health check for Lily-Mae's eczema and head lice with Nadine, and a written health plan; the "
                 "plan will be shared with the SW and Nadine",
                 "Rhian Parry, school nurse, Ilchurst Community Health",
                 "By 19/12/2025",
                 "New at RCPC2"],
            ],
        }),
        ("h2", "Actions closed at this review (not part of the live plan)"),
        ("table", {
            "header": ["Action", "Lead", "Why closed"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Apply to the Local Welfare Scheme for a cooker and a fridge-freezer",
                 "Mariam Haddad, SW",
                 "Completed: both delivered 20/06/2025"],
                ["Refer the family to Home-Start for a volunteer",
                 "Mariam Haddad, SW",
                 "No longer needed: Ilchurst Family Help now does the home sessions (1.2)"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("bullets", [
            "If drugs, a used needle or unlocked methadone is found where the children could reach it, or "
            "either parent is under the influence while caring for them: Mariam (or the emergency duty team) "
            "visits the same day, holds a strategy discussion with Ilchurst Police, and the children go to "
            "Joanne at 4 Kestrel Row that night.",
            "If the children are not in school by 10am and nobody has rung in: the school rings Mariam, who "
            "visits that morning.",
            "If Joanne cannot give breakfast or cannot have the children (illness, holidays, or the "
            "arrangement breaks down): Kai and Lily-Mae go to the school breakfast club, which Mariam has "
            "agreed with Mr Ashby, and if they cannot stay at home safely Mariam places them together with "
            "Ilchurst foster carers the same day.",
            "If the checklist scores below 12/20 on two visits in a row, or any screen is positive for heroin "
            "before the third review, Mariam will take this back to a legal planning meeting within five "
            "working days to decide whether to start care proceedings.",
        ]),
        ("h1", "6. Meetings"),
        ("bullets", [
            "Legal planning meeting: Tuesday 02/12/2025, 10am, Ilchurst Legal Services.",
            "Core group every four weeks, Tuesdays at 2pm, Ilchurst Park Primary: 09/12/2025, 06/01/2026, "
            "03/02/2026, 03/03/2026, 31/03/2026 and 28/04/2026.",
            "Third review child protection conference: Tuesday 19/05/2026, 10am, Ilchurst Guildhall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Plan for a 4-week-old baby after the first core group; young mother (a
#    care leaver), father's drinking, paternal grandmother supervising his
#    time with the baby. Markdown with nested Who / When / Evidence /
#    Update bullets under outcome headings; a measure made concrete at the
#    core group, a struck-out date, completed items closed, a change log.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_iskeby_first_core_group_nested_updates_change_log_pyecroft.md",
    "split": "heldout",
    "actions": 12,
    "template": "plan-after-first-core-group-md-details-list-what-changed-at-cg1-rubys-day-parents-views-then-outcome-h3-with-what-good-looks-like-line-then-numbered-action-bullets-with-who-when-evidence-update-sub-bullets-completed-closed-items-struck-date-contingency-meetings-change-log",
    "description": (
        "Exemplary child protection plan for a 4-week-old baby, updated after the first core "
        "group. The mother is 19 and a care leaver; the father drinks at weekends and punched a "
        "wall while drunk. A Markdown plan under outcome headings, each with a 'What good looks "
        "like' line; every action is a numbered bullet with Who / When / Evidence / 'Update at "
        "core group 1' sub-bullets. Changes at the core group: a measure made concrete ('was: "
        "engages with the service'), a struck-out date with the new one after it, a frequency "
        "revised, two one-off actions completed and closed (not counted), a new action; a change "
        "log at the end. The alcohol service reports on capacity to change, the grandmother's "
        "supervision has a fallback, legal planning follows named triggers, core group and review "
        "dates are set, the baby's day is described."
    ),
    "text": """\
# Child Protection Plan: Ruby Pyecroft

**Iskeby Council, Children's Social Care (Early Years Safeguarding Team)**
Updated after core group 1 on Monday 15/12/2025 by Tom Wetherall, social worker.

- **Child:** Ruby Pyecroft, born 18/11/2025 at Iskeby General Hospital (4 weeks old)
- **Mum:** Chelsea Pyecroft (19), care leaver; personal adviser Femi Adeola
- **Dad:** Jordan Quayle (24); lives with Chelsea and Ruby at 3 Heron Court, Iskeby IK4 9TB
- **Paternal grandmother:** Pauline Quayle, 27 Marsh Lane, Iskeby
- **Chelsea's former foster carer:** Angela Price, 2 The Paddocks, Iskeby
- **Category:** Neglect. Initial child protection conference 02/12/2025 (chair: Deborah Frain, IRO)
- **Team manager:** Rachel Ibbotson

## What changed at core group 1

Core group 1 went through every action from the conference. Two one-off actions were completed and are
marked closed below. One date moved (shown struck through, with the new date after it), the family nurse's
visits stay weekly for longer, and the evidence for Jordan's alcohol work was made concrete because "engages
with the service" could not be checked. One action was added. The change log at the end lists each change.

## Ruby's day

Tom visited at 6pm on 11/12/2025. Ruby was in her Moses basket in the living room, awake and looking at the
lamp. When she started to cry Chelsea picked her up straight away, talked to her and fed her 90ml; Ruby
held Chelsea's finger during the feed and fell asleep on her shoulder. The family nurse has seen Ruby turn
towards Chelsea's voice. Jordan was sober at both evening visits; at the second he changed Ruby's nappy and
sang to her. Chelsea says Ruby wakes about every three hours at night.

## What Chelsea and Jordan said

Chelsea: "I didn't have a mum who did this for me. I want Ruby to have what I didn't." Jordan: "I know
what happened in November scared Chelsea. I'm not drinking at home and I'll do whatever the alcohol people
ask." Pauline: "Saturdays at mine are fine. I won't leave him on his own with her."

## The plan

### Outcome 1: Ruby is fed, warm and gaining weight, and sleeps safely every night

What good looks like by the review conference: Ruby follows her birth centile (50th) in her red book, and
she is seen asleep on her back in her Moses basket or cot at every visit.

- **1.1 Weigh Ruby and check her feeding, her sleeping place and how Chelsea responds to her**
  - Who: Jess Okoro, family nurse, Iskeby Family Nurse Partnership
  - When: weekly until Ruby is 12 weeks old (10/02/2026), then fortnightly *(revised at core group 1: was
    weekly until 8 weeks)*
  - Evidence: Ruby's weight plotted in her red book at each visit, on or near the 50th centile; sleeping
    place written up as clear
  - Update at core group 1: back to birth weight on day 12; 50th centile on 09/12/2025
- **1.2 See Ruby at home, awake and asleep, at least one visit in three unannounced and one a month after
  6pm**
  - Who: Tom Wetherall, SW
  - When: weekly until the review conference on 24/02/2026
  - Evidence: visit notes say where Ruby was sleeping, how she was fed and handled, and whether Jordan was
    sober
  - Update at core group 1: three visits, two unannounced, one in the evening
- **1.3 Write every feed in the feeding app and show it at each visit**
  - Who: Chelsea Pyecroft
  - When: every feed, until the review conference
  - Evidence: the app shows no gap of more than four hours between day feeds; the family nurse checks it
    weekly
  - Update at core group 1: app used every day since 03/12/2025
- ~~1.4 Give Chelsea and Jordan a Moses basket and cot mattress from the baby bank~~ **Completed
  05/12/2025 (Tom Wetherall): basket and mattress seen in use. Closed.**

### Outcome 2: Ruby is never cared for by an adult who has been drinking, and does not live with shouting or violence

What good looks like by the review conference: no alcohol at Heron Court, every breath test at zero, and no
police call-out.

- **2.1 Drink no alcohol at Heron Court and none in the 24 hours before caring for Ruby**
  - Who: Jordan Quayle
  - When: every day from 02/12/2025
  - Evidence: every breath test at the alcohol service reads zero; no alcohol seen or smelt at any SW or
    family nurse visit
  - Update at core group 1: three tests, all zero
- **2.2 Key-work with Jordan, a breath test at each session, and a written report to every core group on
  whether he is making the changes Ruby needs and how long further change is likely to take**
  - Who: Marcus Bellamy, recovery worker, Iskeby Alcohol Service
  - When: weekly on Tuesdays; report two working days before each core group
  - Evidence: report on Ruby's file before each core group, with the date and reading of every breath test
    *(made concrete at core group 1; was: "Jordan engages with the service")*
  - Update at core group 1: first report received 12/12/2025
- **2.3 Supervise all of Jordan's time with Ruby away from Heron Court**
  - Who: Pauline Quayle (paternal grandmother)
  - When: every Saturday, 11am to 3pm, at 27 Marsh Lane
  - Evidence: Pauline writes each Saturday in the contact book; Tom reads it at his next visit and asks
    Chelsea how the day went
  - Update at core group 1: two Saturdays, both written up
- **2.4 Complete the Caring Dads programme**
  - Who: Jordan Quayle; group worker Sunita Rahman reports to the SW
  - When: 17 weekly Tuesday evening sessions from 20/01/2026 *(new at core group 1)*
  - Evidence: Sunita's attendance report after sessions 6, 12 and 17
  - Update at core group 1: place offered 11/12/2025
- **2.5 Safety planning with Chelsea, and a repeat risk assessment**
  - Who: Leah Crossley, IDVA, Iskeby Domestic Abuse Service
  - When: monthly; repeat DASH ~~by 19/12/2025~~ by 09/01/2026
  - Evidence: written safety plan on Ruby's file; DASH score reported to the next core group
  - Update at core group 1: safety plan done 10/12/2025; DASH moved at Chelsea's request
- ~~2.6 Ask Iskeby Police to put a marker on 3 Heron Court~~ **Completed 04/12/2025 (Tom Wetherall):
  marker confirmed by email. Closed.**

### Outcome 3: Ruby has a mum with the money, help and know-how to meet her needs as she grows

What good looks like by the review conference: Universal Credit includes Ruby, and Chelsea has been to at
least five of the six baby massage sessions.

- **3.1 Help Chelsea add Ruby to her Universal Credit claim and apply for Child Benefit**
  - Who: Femi Adeola, personal adviser, Iskeby Leaving Care Service
  - When: by 31/01/2026
  - Evidence: award letters that include Ruby on file
  - Update at core group 1: Child Benefit claimed 10/12/2025
- **3.2 Take Ruby to the baby massage group at Fenwick Street Children's Centre**
  - Who: Chelsea Pyecroft; group leader Donna Hale keeps the register
  - When: six Thursdays from 08/01/2026
  - Evidence: register sent to Tom after the sixth session
  - Update at core group 1: booked
- **3.3 Have Chelsea and Ruby for Sunday lunch, and be the person Chelsea rings when she is struggling**
  - Who: Angela Price (former foster carer)
  - When: every Sunday; by phone any day
  - Evidence: Angela rings Tom on the first Monday of each month to say how Sundays went; Chelsea tells Tom
    at visits who she rang
  - Update at core group 1: two Sundays; Chelsea rang Angela once at night
- **3.4 Look at Ruby's development with Chelsea using the first-year checklist, and write down what Ruby can
  do at each stage (new at core group 1)**
  - Who: Jess Okoro, family nurse
  - When: at the 6-week and 12-week visits (30/12/2025 and 10/02/2026)
  - Evidence: checklist copied to Tom after each visit
  - Update at core group 1: new

## If things go wrong

- **If Jordan drinks before or while caring for Ruby, or there is any shouting or violence at Heron Court:**
  Chelsea rings 999 or Tom; Jordan leaves that day and stays at Pauline's; Tom, or the emergency duty team
  out of hours, holds a strategy discussion the same day. If Jordan will not leave, Chelsea and Ruby go to
  Angela's or to a refuge place arranged by Leah Crossley that night.
- **If Pauline cannot supervise a Saturday** (she is ill or away), or leaves Jordan alone with Ruby, that
  Saturday does not go ahead and Tom arranges supervised time at Iskeby Family Centre within the week.
- **If Angela cannot be there for Chelsea,** Chelsea rings the family nurse in the day or the emergency duty
  team at night, and Tom visits the next working day.
- **If Ruby drops two centile lines, misses two weighs, or has any injury:** Tom visits the same day and
  Ruby is seen by the paediatric team at Iskeby General within 24 hours.
- **Legal planning:** if Jordan drinks while caring for Ruby, there is any violence, or the review finds too
  little change, Tom will ask Rachel Ibbotson for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Mondays at 1pm, Fenwick Street Children's Centre: 12/01/2026 and 09/02/2026.
- Review child protection conference: Tuesday 24/02/2026, 10am, Iskeby Town Hall.

## Change log (core group 1, 15/12/2025)

| Action | Change |
|---|---|
| 1.1 | Weekly visits now run until 12 weeks (was 8 weeks) |
| 1.4 | Completed 05/12/2025, closed |
| 2.2 | Evidence made concrete: report with every breath test reading |
| 2.4 | New: Caring Dads from 20/01/2026 |
| 2.5 | DASH date moved to 09/01/2026 |
| 2.6 | Completed 04/12/2025, closed |
| 3.4 | New: development checklist |
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety first review conference record, a 7-year-old whose
#    mother drinks; grandmother and family friend in the safety network.
#    Danger statement, safety goal, scaling then and now, Kacper's three
#    houses, then a next-steps table with "What will tell us it's happened"
#    and "Where are we now?" columns, and steps closed at the review.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_ivelbury_sos_review_next_steps_where_now_wrobel.md",
    "split": "heldout",
    "actions": 10,
    "template": "signs-of-safety-rcpc-record-md-details-table-danger-statement-safety-goal-scaling-then-now-by-person-working-well-worries-three-houses-then-next-steps-table-who-by-when-what-will-tell-us-its-happened-where-are-we-now-closed-steps-list-if-the-plan-breaks-down-meetings",
    "description": (
        "Exemplary Signs of Safety first review conference record for a 7-year-old whose mother "
        "drinks alone in the evenings and twice could not be woken. A Markdown record with a "
        "details table, danger statement, safety goal, scaling at the initial conference and now "
        "by each person, what is working well and the worries, Kacper's three houses, then a "
        "next-steps table ('What will tell us it's happened', 'Where are we now?'): the network's "
        "jobs each have an owner, a time and a check; a GP date carried forward with a new date; "
        "two steps new today; two steps closed at the review are listed apart (one no longer "
        "needed). The alcohol service reports on change, the network has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Ivelbury Council: Child Protection Review (Signs of Safety)

| | |
|---|---|
| Child | Kacper Wróbel, 7 (DOB 03/04/2018), Year 3, St Wystan's Primary |
| Mum | Agnieszka Wróbel (33), 22 Osier Close, Ivelbury IV1 6FJ |
| Dad | Piotr Wróbel, lives in Poznań; video calls on Sundays |
| Safety network | Irena Zielińska (Kacper's grandmother, 5 minutes' walk away); Ewa Kowal (family friend, next street) |
| Plan started | Initial child protection conference, 02/09/2025 (category: neglect) |
| This meeting | First review conference, Tuesday 11/11/2025, Ivelbury Civic Centre |
| Chair | Hywel Morgan, IRO |
| Social worker | Rhiannon Pugh (team manager: Sadia Mirza) |
| Interpreter | Polish interpreter, Marta Bielecka, for Agnieszka and Irena |

## Decision

Kacper stays on a child protection plan (neglect). Everyone, Agnieszka included, agreed that the plan has
made Kacper safer but that six weeks without a drink is not yet long enough to be sure.

## Danger statement

Social care, school and Kacper's family are worried that if Agnieszka drinks in the evening while she is on
her own with Kacper, she could pass out again, as she did on 12/08/2025 and 20/08/2025, and Kacper, who is
7, would be left alone all night with nobody to feed him, put him to bed or help him if something happened.

## Safety goal

Everyone, including Kacper, is confident that whenever Kacper is with his mum she is sober and awake, and
that if she ever drinks again there is always an adult in the network who knows at once and makes sure
Kacper is safe.

## Scaling (0 = Kacper cannot live with his mum; 10 = safe enough to close the plan)

| Person | At the initial conference | Today |
|---|---|---|
| Agnieszka | 5 | 7 |
| Irena | 3 | 6 |
| Rhiannon Pugh (SW) | 2 | 5 |
| Gosia Lis (recovery worker) | 3 | 6 |
| Mr Gareth Ince (DSL) | 4 | 6 |

## What's working well

- Agnieszka has had one positive breath test (14/10/2025) and seven at zero since.
- Irena has rung every evening at 7pm since the conference and went round once, on 14/10/2025, when she
  stayed the night.
- Kacper's attendance is 98% this term; he arrives with breakfast and his reading book.

## What we are still worried about

- The one lapse in October came after a row with Piotr on the phone.
- Irena will be in Poland from 15/12/2025 to 05/01/2026, over Christmas.

## Kacper's three houses (done with Rhiannon at school, 05/11/2025)

- **House of worries:** "When Mum was asleep on the floor and I couldn't wake her. I don't want it to
  happen again."
- **House of good things:** "Babcia's Friday sleepovers. Football with Ewa's son. Mum makes pierogi now."
- **House of dreams:** "Mum never drinks the bad drink again and Tata comes to visit."

## Next steps (the safety plan)

| No. | Next step | Who | By when | What will tell us it's happened | Where are we now? |
|---|---|---|---|---|---|
| 1 | See Kacper on his own at home and at school and use words-and-pictures work to hear what home is like | Rhiannon Pugh, SW | Every two weeks; one visit a month after 6pm | Visit notes with Kacper's own words; his three houses redone before each review | Achieved so far: 6 visits, 2 after 6pm |
| 2 | Drink no alcohol at home or while caring for Kacper, and take a breath test at every key-work session | Agnieszka Wróbel | Every day; breath test each Monday | Every Monday reading at zero, shown in Ivelbury Recovery's report; no alcohol seen at any visit | Partly: one positive on 14/10/2025, seven at zero since |
| 3 | Key-work with Agnieszka in Polish, a weekly breath test, and a written report to every core group on whether she is making and keeping the changes Kacper needs and how long that is likely to take | Gosia Lis, recovery worker, Ivelbury Recovery (adult drug and alcohol service) | Weekly; report three working days before each core group | Report and breath test results on Kacper's file before each core group | Achieved: three reports received |
| 4 | Ring Agnieszka at 7pm every evening and go round if she does not answer or sounds as if she has been drinking | Irena Zielińska (grandmother) | Every evening at 7pm (Ewa from 15/12/2025 to 05/01/2026) | Irena shows Rhiannon her call log at each visit and texts her the same evening if she goes round | Achieved |
| 5 | Have Kacper to stay every Friday night and take him to Polish Saturday school | Irena Zielińska (grandmother) | Every Friday 5pm to Saturday 1pm | Kacper tells Rhiannon about his Fridays; Saturday school register | Achieved |
| 6 | Collect Kacper from school and give him tea until Agnieszka finishes her shift | Ewa Kowal (family friend) | Tuesdays and Thursdays in term time, 3.15pm to 6pm | St Wystan's collection log shows Ewa collecting; Ewa signs the network book | Achieved |
| 7 | Teach Kacper his own safety plan with his words-and-pictures booklet: who he rings and what he does if Mum will not wake up | Rhiannon Pugh, SW, with Irena | Two sessions by 28/11/2025 (new today) | Kacper can tell Rhiannon in his own words what he would do, and Irena's number is in his booklet | New today |
| 8 | Hold a network meeting to find a third safe adult for the evenings and the Christmas weeks when Irena is away | Rhiannon Pugh, SW | By 28/11/2025 (new today) | Updated network list signed by each member and copied to the core group | New today |
| 9 | Check Kacper's attendance and how he arrives each morning, and ring Rhiannon the same day about any worry | Mr Gareth Ince, DSL, St Wystan's Primary | Every school day | Attendance emailed to Rhiannon every Friday; 95% or more by the next review | Achieved: 98% |
| 10 | Do liver function tests, review Agnieszka's detox medication, and send the results to Ivelbury Recovery and Rhiannon | Dr Marek Wolny, GP, Ivelbury Health Centre | By 21/11/2025 (carried forward: was 31/10/2025) | Results letter on Kacper's file | Carried forward: the blood test was rebooked |

### Steps closed at this review

- Book a Polish interpreter for every meeting (Rhiannon Pugh): done, a standing booking from 09/09/2025.
  Closed.
- Young carers referral for Kacper (Rhiannon Pugh): no longer needed, because Kacper no longer does any
  caring jobs at home. Closed.

## If the plan breaks down

- **If Agnieszka has been drinking** (a positive test, Irena or Ewa finds her drunk, or Kacper says so):
  Kacper goes to Irena's, or to Ewa's when Irena is away, that evening; Rhiannon, or the emergency duty team
  out of hours, holds a strategy discussion the same day; Kacper only goes home once a safety plan for his
  return has been agreed.
- **If Irena or Ewa cannot do their part** (illness, Irena's time in Poland, or either of them stops): the
  third network adult agreed at step 8 takes over; if nobody in the network can, Kacper goes to St Wystan's
  after-school club on those days, and on any evening with no network adult able to check on him Rhiannon
  arranges for Kacper to stay with an Ivelbury foster carer that night.
- **Legal planning:** if Agnieszka drinks while caring for Kacper again, or refuses two breath tests,
  Rhiannon will ask Sadia Mirza for a legal planning meeting within five working days.

## Meetings

- Core group (network meeting) every four weeks, Tuesdays at 3.30pm, St Wystan's Primary: 25/11/2025,
  23/12/2025, 20/01/2026, 17/02/2026, 17/03/2026 and 14/04/2026.
- Second review child protection conference: Tuesday 12/05/2026, 10am, Ivelbury Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group 3 print from a case system, neglect, a 2-year-old and an
#    8-year-old, father on methadone, mother's depression, paternal
#    grandmother and "family network" helping. Plain text with numbered
#    action blocks: LEAD / BY WHEN / TARGET (what good looks like) / CG3
#    update and STATUS; one closed block left in the print. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b146_ixendale_core_group_three_target_status_print_tasker.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-3-case-system-print-txt-header-block-attendance-initials-since-cg2-childrens-views-outcomes-then-numbered-action-blocks-lead-by-when-target-what-good-looks-like-cg3-update-and-status-closed-block-left-in-contingency-meetings",
    "description": (
        "Core group 3 record for an 8-year-old and a 2-year-old printed as plain text from a case "
        "system; the father is on methadone after heroin use and the mother has depression; the "
        "paternal grandmother does the school mornings. Numbered action blocks with LEAD, BY "
        "WHEN, TARGET (what good looks like) and a CG3 line with STATUS; one finished one-off "
        "block is left in the print marked closed. Most blocks are sound (the SW, HV, DSL, the "
        "drug service reporting on change, the father's screens, the grandmother). Faults: the "
        "CMHT only continues to support the mother, measured by contact sheets; the GP's letter is "
        "'Carried forward - new date TBC'; after-school pick-ups are owned by the 'Family network'; "
        "the nursery funding application has no target; the parenting sessions are only 'C/F from "
        "CG2'; the contingency has no trigger beyond 'if the plan is not working' and no fallback "
        "for the family's help; the review conference date is 'to be confirmed'."
    ),
    "text": """\
IXENDALE CITY COUNCIL  |  CHILDREN'S SERVICES  |  CASEVIEW 4
CORE GROUP RECORD                                      PRINTED 26/11/2025 09:14
-------------------------------------------------------------------------------
Children      Mason Tasker (8), DOB 09/05/2017, Ixendale Junior School
              Kayla Tasker (2), DOB 30/07/2023
Address       11 Pennine Walk, Ixendale IX6 3LD
Parents       Dean Tasker (35); Kirsty Tasker (31)
PGM           Sandra Tasker, 12 Holm Road, Ixendale
Category      Neglect. ICPC 16/09/2025
Meeting       Core group 3, Tuesday 25/11/2025, 2pm, Pennine Family Hub
Present       DT Dean Tasker (Dad); KT Kirsty Tasker (Mum); ST Sandra Tasker (PGM);
              HC Hannah Crewe (SW, chair); NP Nicola Platt (HV);
              CF Colin Ferris (DSL, Ixendale Junior School);
              JA Joel Aspinall (recovery worker, Ixendale Recovery Hub);
              AS Amy Stott (family support worker)
Apologies     RD Ravi Dutta (CPN, Ixendale CMHT); Dr Imogen Pratt (GP)
-------------------------------------------------------------------------------

1  SINCE CORE GROUP 2 (28/10/2025)
Dean has collected his methadone every day and his last four screens were
negative for heroin. Kirsty is still low in the mornings and has been seen by
RD five times since the conference. The stair gate was fitted on 14/10/2025.
Kayla was weighed three times out of four; she is on the 9th centile. Mason was
collected late from school twice in November.

2  WHAT MASON AND KAYLA SAY
Mason (seen alone at school by HC, 20/11/2025): "Nan's breakfasts are good. Dad
is better now. I don't like it when nobody comes at home time and I have to
wait in the office." He put home at 6/10 (4/10 at the ICPC).
Kayla (seen at home, 18/11/2025): says "Nana", "juice" and "no"; brought HC her
shoes to go out; went to Kirsty for a cuddle when the doorbell rang; clean and
dressed, and ate a full lunch at the visit.

3  OUTCOMES
3.1 Mason and Kayla are looked after every day by parents who are free of
    heroin and well enough to get them up, fed and to school or nursery.
3.2 Kayla grows well, her speech develops and she is safe in the home.
3.3 Mason gets to school on time every day and is collected on time.

4  ACTIONS
KEY: TARGET = what good looks like. CG3 = update at this meeting.
STATUS = ACHIEVED / PARTLY / NOT STARTED / CLOSED.

A1  Visit Mason and Kayla at home and see Mason on his own
    LEAD     HC, social worker
    BY WHEN  Weekly until the review conference
    TARGET   Visit notes show both children seen each week and Mason seen alone
             at least fortnightly, with his words written down
    CG3      10 visits since the ICPC                        STATUS: ACHIEVED

A2  Weigh Kayla and check her speech and that the stair gate is shut
    LEAD     NP, health visitor
    BY WHEN  Every 2 weeks at home; speech checklist repeated by 19/12/2025
    TARGET   Weight on or above the 9th centile in the red book; gate seen shut
             at each visit; speech checklist copied to HC
    CG3      Three of four weighs done; 9th centile             STATUS: PARTLY

A3  Take methadone daily under supervision and give a urine screen every
    week at the Recovery Hub
    LEAD     DT (Dad)
    BY WHEN  Daily; screen every Thursday
    TARGET   Every screen negative for heroin in the Recovery Hub report
    CG3      Last four screens negative                     STATUS: ACHIEVED

A4  Key-work with Dean and a written report before each core group on
    whether he is making the changes Mason and Kayla need and the likely
    timescale
    LEAD     JA, recovery worker, Ixendale Recovery Hub
    BY WHEN  Weekly; report two working days before each core group
    TARGET   Report and screen results on the children's file before each
             core group
    CG3      Report received 21/11/2025                     STATUS: ACHIEVED

A5  Continue to support Kirsty with her low mood through fortnightly CPN
    home visits
    LEAD     RD, CPN, Ixendale Community Mental Health Team
    BY WHEN  Fortnightly
    TARGET   CPN contact sheet sent to HC after each visit
    CG3      Ongoing - five visits since the ICPC           STATUS: PARTLY

A6  Review Kirsty's antidepressant and send HC a summary of her mental
    health history
    LEAD     Dr Imogen Pratt, GP, Pennine Medical Centre
    BY WHEN  Carried forward - new date TBC
    TARGET   GP letter on the children's file
    CG3      Not received                                STATUS: NOT STARTED

A7  Give Mason breakfast and take him to school every morning
    LEAD     ST (PGM)
    BY WHEN  Every school day from 29/09/2025
    TARGET   School gate log shows Mason in by 8.50am every day
    CG3      Every morning kept                             STATUS: ACHIEVED

A8  Share the after-school pick-ups so that Mason is collected on time
    LEAD     Family network
    BY WHEN  Every school day, 3.15pm
    TARGET   School late-collection log shows no late pick-ups
    CG3      Late twice in November                         STATUS: PARTLY

A9  Check Mason's attendance, lunch and uniform, and phone HC the same day
    about any worry
    LEAD     CF, DSL, Ixendale Junior School
    BY WHEN  Every school day
    TARGET   Attendance emailed to HC each Friday; 95% or more by the review
    CG3      97% this half-term                             STATUS: ACHIEVED

A10 Apply for a funded two-year-old nursery place for Kayla
    LEAD     KT (Mum), helped by AS
    BY WHEN  By 12/12/2025
    TARGET   -
    CG3      Form collected                                 STATUS: PARTLY

A11 Parenting sessions at home with Kirsty and Dean on routines, meals and
    play for Kayla
    LEAD     AS, family support worker
    BY WHEN  C/F from CG2
    TARGET   Six sessions held; AS's notes show a bedtime routine in place
    CG3      Not started - AS off sick in November      STATUS: NOT STARTED

A12 Direct work with Mason about his worries at home time (new at CG3)
    LEAD     HC, social worker
    BY WHEN  Fortnightly from 02/12/2025, four sessions
    TARGET   Mason's worksheets and his worry score at sessions 1 and 4 on file
    CG3      New                                      STATUS: NOT STARTED

A13 Fit a stair gate at the top of the stairs
    LEAD     AS, family support worker
    BY WHEN  By 17/10/2025
    TARGET   Gate seen fitted by HC and NP
    CG3      Fitted 14/10/2025                              STATUS: CLOSED

5  CONTINGENCY
If the plan is not working, Mason and Kayla may stay with Sandra at 12 Holm
Road and HC will hold a strategy discussion the same day.

6  REVIEW AND NEXT MEETINGS
Core group 4: Tuesday 16/12/2025, 2pm, Pennine Family Hub, then every four
weeks.
Review child protection conference: date to be confirmed by the Conference and
Review Service.
If the review finds that Dean has used heroin again or Kayla has dropped below
the 2nd centile, HC will ask her team manager, Gail Horsfall, for a legal
planning meeting within five working days.

Record entered by HC 26/11/2025.
""",
    "findings": [
        F("H001", "Continue to support Kirsty with her low mood through"),
        F("T002", "Review Kirsty's antidepressant and send HC a summary"),
        F("W002", "Share the after-school pick-ups so that Mason is collected"),
        F("M001", "Apply for a funded two-year-old nursery place for Kayla"),
        F("T001", "Parenting sessions at home with Kirsty and Dean on"),
        F("C002"),
        F("C003"),
        F("R001"),
    ],
})
