"""Batch 140, module x: seven fictional plans (held-out material), places beginning with "x".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: how MEASURES and TIMESCALES read when good practitioners write them in
everyday words and put them somewhere other than a tidy "How will we know"
column beside a date column. Measures are evidence that someone gathers or
sees: "we'll know it's working when ...", "Evidence:", "what the school will
see", "shown by", "checked at", "as recorded in", the health visitor weighing
and plotting, attendance percentages from the register, negative hair-strand
or urine results, an unannounced visit finding the home as agreed, a scaling
score the worker records. Timescales are events, terms and periods: "before
baby is born", "by 36 weeks' gestation", "within 5 working days of this
conference", "at every core group", "by the May half term", "each Tuesday
after school", "for the next 12 weeks, then reviewed", "on the day of
discharge", "from 9 March until the review", "fortnightly, starting w/c 9
March", "the first Monday of each month", "within 72 hours of every return".
Some sit in the action's own sentence, some in a column with an unusual
header ("Start / end", "By / how often", "What we'll see", "Checked at"), some
on a line or a sub-bullet under the action, some inside a two-column
Action | Detail cell. Owners are initials from an attendance key, "the HV",
"Gran (maternal)", "Nana Mo", "Mum and SW jointly", "Rivermead Recovery -
Lisa P.".

Five plans are exemplary (no finding under any rule):
  1. an initial conference plan in a landscape Word table with the outcome
     merged down the first column and "Start / end" and "What we'll see"
     columns (docx);
  2. a pre-birth plan in one two-column Action | Detail Word table with stage
     banner rows (docx);
  3. a child in need plan stepped up to child protection, with kept, changed
     and new rows and "By / how often" and "Evidence" columns, printed to PDF
     with a header and footer (pdf);
  5. a review conference plan in Markdown bullets under "So that ..." goal
     headings, with When / "We'll know it's working when" sub-bullets (md);
  7. an initial conference plan for a 14-year-old at risk of exploitation,
     printed as plain text from a case system with START-END and CHECKED AT
     fields (txt).
Two carry a realistic mix of faults among mostly good rows:
  4. core group minutes with an initials key and an action log, printed to
     PDF (counselling that only treats the mother, "Monitored by SK", "When
     possible", "Core group" as owner, a GP row with "TBC" and "To be
     discussed at the next core group", an outcome only for the mother, the
     review conference "to be confirmed");
  6. an initial conference plan in a Markdown table with "By" and "How we'll
     check" columns ("Engagement with the service", "ASAP", "Ongoing", an
     owner "-", an empty check, a contingency with no trigger and no legal
     step).

Counting actions (convention 1 and README "Files"): every live row of an
action table, and every bullet of an action section, is one action wherever
its owner, time or measure sits (a Detail cell, a sub-bullet, a field of a
task block). Outcome cells merged down a table, stage banner rows, goal
headings, the contingency and the meeting dates are not actions. A one-off
action marked done (a "Done -" bullet, a "DONE" row closed in an action log,
work finished before the step-up listed apart from the plan) is work already
done and is not counted; work that goes on but is marked achieved is counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, father's drinking, mother's anxiety, three
#    children. Landscape Word table, outcome merged down the first column,
#    "Start / end" and "What we'll see" columns. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_xadlington_icpc_merged_outcome_start_end_kilbride.docx",
    "doc_title": "Initial Child Protection Plan - Tyler, Ruby and Alfie Kilbride",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-landscape-word-plan-details-list-why-worried-childrens-words-then-outcome-merged-down-first-column-what-will-happen-who-start-end-what-well-see-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-year-old, a 7-year-old and a 2-year-old whose "
        "father drinks spirits most days and whose mother has anxiety and low mood. A landscape Word "
        "table with each outcome merged down over its actions and columns headed 'Start / end' and "
        "'What we'll see': timescales such as 'within 5 working days of this conference, then "
        "weekly', 'for the next 12 weeks, then reviewed', 'by the May half term', 'each Tuesday "
        "after school'; measures such as breath tests 'as recorded in' the service's log, an "
        "unannounced visit finding the home as agreed, the HV weighing and plotting, attendance "
        "from the register. The alcohol service and Talking Therapies both report on change, the "
        "GP owns an action, the grandmother's two parts have a fallback, legal planning follows "
        "named triggers, core group and review dates are set, the children's words are recorded."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "Xadlington Borough Council · Children's Social Care · Assessment and Safeguarding Team (East)"),
        ("kv", [
            ("Children", "Tyler Kilbride (11), DOB 02/11/2014; Ruby Kilbride (7), DOB 19/06/2018; "
                         "Alfie Kilbride (2), DOB 27/08/2023"),
            ("Address", "41 Bessemer Road, Xadlington XD3 8PW"),
            ("Mother", "Leanne Kilbride (33)"),
            ("Father", "Danny Kilbride (36)"),
            ("Maternal grandmother", "Sheila Dunmore (Gran), 14 Willow Garth, Xadlington"),
            ("Paternal aunt", "Carla Kilbride, 6 Furnace Close, Xadlington"),
            ("Conference", "Initial child protection conference, Tuesday 10 March 2026. Chair: Gillian Marsh-Tate"),
            ("Category", "Neglect (all three children)"),
            ("Social worker", "Hannah Rook (team manager: Imran Qureshi)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Danny lost his job at the foundry in the autumn and since then has been drinking spirits most "
              "days, often from lunchtime. On 14 February 2026 Tyler rang 999 because his dad had fallen asleep "
              "on the sofa with a pan on the hob and Alfie in the kitchen. Leanne has anxiety and low mood and "
              "finds it hard to leave the house; most mornings Tyler gets Ruby and Alfie up, dressed and fed. "
              "Tyler's attendance this year is 84% and Ruby's 87%, and both are often late. Alfie has missed his "
              "2-year review twice and nursery say he often arrives in a full nappy and without his bag."),
        ("h1", "What Tyler, Ruby and Alfie have told us"),
        ("p", "Tyler (seen on his own at school, 3 March 2026): “I do the breakfasts because Mum's nervous and "
              "Dad's asleep. I'm not allowed to say Dad drinks but everyone knows. I don't want to be the one who "
              "has to ring 999 again.” He scored home 3 out of 10 and said a 10 would be “Dad up and Mum not "
              "worried”."),
        ("p", "Ruby (seen on her own at home, 5 March 2026): “Gran's house is the best house. I like it when Gran "
              "does my hair for school.” She drew her dad lying down and said he was “poorly with his drinks”."),
        ("p", "Alfie is 2. On both visits he was in the same vest, went to Tyler rather than to his mum or dad "
              "when he fell, and was very hungry at snack time at nursery. He has about ten words and loves the "
              "toy diggers at nursery."),
        ("h1", "The plan"),
        ("p", "“Start / end” says when each action begins and when it stops or is next checked. “What we'll see” "
              "says what someone will see, count or read that tells us the action is working for the children."),
        ("table", {
            "header": ["Outcome for the children", "What will happen", "Who", "Start / end", "What we'll see"],
            "widths": [4.3, 6.4, 3.8, 4.4, 6.8],
            "rows": [
                ["A. Tyler, Ruby and Alfie are looked after every day and every night by a sober adult, and are "
                 "never left in Danny's care when he has been drinking.",
                 "Drink no alcohol at all on any day he is looking after the children, and go to key-work with "
                 "a breath test at every session",
                 "Danny (Dad)",
                 "From 10 March 2026 until the review conference; key-work each Tuesday after the school run",
                 "Every breath test reads zero, as recorded in Rivermead Recovery's log; no drink seen or smelt "
                 "at any SW visit, announced or not"],
                [V,
                 "Key-work and breath testing with Danny, and a written view for each core group on whether he "
                 "has stopped drinking, what still has to change for the children and how long that is likely "
                 "to take",
                 "Rivermead Recovery – Lisa P. (Lisa Pardoe, recovery worker)",
                 "Weekly, starting w/c 16 March 2026; report 2 working days before every core group",
                 "Report, with dated breath test readings, on the children's file before every core group"],
                [V,
                 "Visit the children at home, one visit in three unannounced, see Tyler and Ruby on their own "
                 "and see Alfie awake",
                 "Hannah Rook, SW",
                 "Within 5 working days of this conference, then weekly until the review",
                 "The visit record says who was caring for the children and whether they were sober, with "
                 "Tyler's and Ruby's own words; an unannounced visit finds the home as agreed (food in, Alfie "
                 "changed, no drink out)"],
                [V,
                 "Send the SW Danny's alcohol-related blood results and any withdrawal prescription, and tell "
                 "her if he misses a GP appointment, so the core group knows whether he is safe to care for "
                 "the children",
                 "Dr Nisha Banerjee, GP, Foundry Street Surgery",
                 "First letter by 24 March 2026, then a week before each core group",
                 "GP letters on the children's file; any missed appointment e-mailed to the SW within 2 "
                 "working days"],
                ["B. Alfie is fed, clean and changed, goes to his health checks, and grows and talks as a "
                 "2-year-old should.",
                 "Complete Alfie's 2-year review, check his speech, and weigh and measure him at clinic",
                 "Jo Thackray, the HV",
                 "2-year review by 31 March 2026; then every two weeks at Foundry Street clinic until the "
                 "review",
                 "The HV will weigh and plot Alfie in his red book at every clinic; he stays on or above the "
                 "25th centile; review scores sent to the SW"],
                [V,
                 "Take Alfie to nursery with his bag packed (nappies, spare clothes and his cup) and collect "
                 "him at 3pm",
                 "Leanne (Mum)",
                 "Every Monday, Wednesday and Thursday from 16 March 2026",
                 "Nursery register shows Alfie in on all three days (90% or more); his key worker notes each "
                 "day whether his bag came packed"],
                [V,
                 "Record Alfie's attendance, how he arrives and any mark or worry, and ring the SW the same day "
                 "with any concern",
                 "Shona Ellis, key worker, Little Otters Nursery",
                 "Each session he is booked for, from 16 March 2026",
                 "Attendance and arrival sheet e-mailed to the SW every Friday; same-day calls logged on the "
                 "nursery's safeguarding record"],
                ["C. Tyler and Ruby get to school on time every day, and Tyler no longer has to get his brother "
                 "and sister up and fed.",
                 "Check Tyler's and Ruby's attendance and lateness each morning, ring the SW the same day if "
                 "either is absent without a reason, and give Tyler a key adult",
                 "Mrs Anne Coulter, DSL, Bessemer Road Primary",
                 "Every school day; Tyler's key adult meets him each Tuesday after school",
                 "What the school will see: attendance of 95% or more for both by the May half term, from the "
                 "register sent to the SW each Friday; late no more than once a half term"],
                [V,
                 "Get Tyler and Ruby up, give them breakfast and walk them to school, so that Tyler does not "
                 "have to",
                 "Gran (maternal) – Sheila Dunmore",
                 "Every Monday and Friday at 7.30am, from 16 March 2026 until the review",
                 "The register shows both children in on time on Sheila's days; Tyler tells the SW at each "
                 "visit who got him up"],
                [V,
                 "Young carer's assessment with Tyler, and a place at the Tuesday young carers' club",
                 "Deepa Malhi, Xadlington Young Carers",
                 "Assessment by the May half term (22 May 2026); club from the week after",
                 "Tyler's young carer's plan sent to the SW; the club register shows him at 4 of his first 6 "
                 "sessions"],
                ["D. The children live with a mum whose anxiety is settled enough for her to get them up, fed "
                 "and out each morning, and who knows what to do if Danny drinks.",
                 "Weekly CBT with Leanne for her anxiety and low mood, and a report to each core group on "
                 "whether she is making the changes the children need and how long further change is likely "
                 "to take",
                 "Marcus Obi, high-intensity therapist, Xadlington Talking Therapies",
                 "Weekly for the next 12 weeks from 17 March 2026, then reviewed with Leanne",
                 "Written report before each core group showing the sessions attended, Leanne's anxiety and "
                 "mood scores and Marcus's view of the timescale"],
                [V,
                 "Write a safety plan for nights when Danny has been drinking: who Leanne rings, where the "
                 "children go and who takes them",
                 "Leanne and Hannah Rook (SW) jointly",
                 "Within 10 working days of this conference (by 24 March 2026)",
                 "Signed plan on the children's file and on Leanne's fridge, seen at the next visit; Tyler can "
                 "tell the SW who to ring"],
                [V,
                 "Have Tyler, Ruby and Alfie to stay at 14 Willow Garth on Friday nights",
                 "Gran (maternal) – Sheila Dunmore",
                 "Every Friday night, from 20 March 2026 until the review",
                 "Sheila texts the SW each Saturday morning; the children tell the SW about their stays"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Danny has a positive breath test, is found drunk or smelling of drink while caring for any of "
            "the children, or Tyler or Ruby say he has been drinking: Leanne will take the children to Sheila's "
            "at 14 Willow Garth that day, Danny will not be left alone with them until he has had two clear "
            "tests, and Hannah will hold a strategy discussion the same day if a child was left without a "
            "sober adult.",
            "If Leanne cannot get the children up and to school or nursery on two days in one week, or tells "
            "Marcus or the GP that she cannot cope: Hannah will visit that day, and Sheila will do the school "
            "run every morning until the next core group.",
            "If Sheila cannot do her mornings or have the children (she is ill, away or cannot manage): Carla "
            "Kilbride will do the Monday and Friday school run and have the children on Fridays; if neither "
            "can, Hannah will arrange a family support worker for the mornings from the same week, and if no "
            "sober adult can care for the children that night they will go together to Xadlington foster "
            "carers.",
            "If Danny has more than two positive breath tests before the review, or Rivermead's report says he "
            "cannot make the changes within the children's timescales: Hannah will ask Imran Qureshi for a "
            "legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1pm, Foundry Street Children's Centre: 19 March, 16 April "
            "and 14 May 2026.",
            "Review child protection conference: Tuesday 2 June 2026, 10am, Xadlington Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan, mother on a methadone script, father's cocaine use.
#    One two-column Action | Detail Word table with stage banner rows; the
#    Detail cell carries who, when and what will show it. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_xerrowby_prebirth_action_detail_banner_rows_mcandrew.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby McAndrew",
    "split": "heldout",
    "actions": 12,
    "template": "prebirth-icpc-word-plan-details-list-worries-babys-world-parents-words-outcomes-then-one-two-column-action-detail-table-with-stage-banner-rows-detail-cell-who-when-well-know-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for the first baby of a 22-year-old care leaver on a methadone "
        "script and a father who uses cocaine at weekends. One Word table of two columns, Action "
        "and Detail, with banner rows for the stages (until baby is born, on the ward, baby's first "
        "12 weeks); each Detail cell names who, when ('by 36 weeks' gestation', 'fortnightly, "
        "starting w/c 9 March', 'from birth until the day of discharge', 'when baby is 6 to 8 weeks "
        "old') and how we'll know (screens with methadone only, a hair-strand test, the withdrawal "
        "scoring chart, the HV weighing and plotting, the basket seen set up). The drug service "
        "reports on change, the GP and the leaving care adviser own actions, the grandmother's "
        "nights have a fallback, legal planning follows named triggers, core group and review "
        "dates are set, and baby's world is described."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Xerrowby City Council · Children and Families · Early Help and Safeguarding (Pre-birth)"),
        ("kv", [
            ("Unborn baby", "Baby McAndrew, due Friday 12 June 2026"),
            ("Mother", "Chantelle McAndrew (22), 25 weeks pregnant at conference"),
            ("Father", "Ryan Doherty (25)"),
            ("Address", "Flat 6, Lantern House, Quay Street, Xerrowby XR1 4JD"),
            ("Paternal grandmother", "Maureen Doherty (“Nana Mo”), 22 Slipway Terrace, Xerrowby"),
            ("Paternal aunt", "Kelly Doherty, 9 Rope Walk, Xerrowby"),
            ("Conference", "Pre-birth child protection conference, Wednesday 4 March 2026. Chair: Patrick Onwuka"),
            ("Category", "Neglect (unborn)"),
            ("Social worker", "Rachel Okafor (team manager: Gwen Ashby)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Chantelle used heroin from the age of 17 and has been on a methadone script at Xerrowby Recovery "
              "Hub since May 2025. Two of her screens since Christmas showed heroin as well as methadone. Ryan "
              "uses cocaine most weekends with friends who visit the flat, and police found cocaine in the flat "
              "in January 2026. Chantelle was in foster care herself until she was 18 and has no contact with "
              "her own mother. Baby may need to be watched for withdrawal after the birth."),
        ("h1", "Baby's world"),
        ("p", "Baby is growing well and was on the 50th centile at the 20-week scan. Chantelle says baby is "
              "busiest at night and goes still when Ryan talks to the bump. If baby were born today, baby would "
              "come home to a small flat where people come and go at weekends, to a mum who is not yet stable "
              "on her script and to a dad who is sometimes awake all night after using. Baby would need an "
              "adult who is awake, sober and free of drugs to feed them every few hours, day and night."),
        ("p", "Chantelle said: “Nobody stuck by me when I was little. I want baby to have what I didn't.” Ryan "
              "said: “I know the weekends have got to stop. My mum will help us.”"),
        ("h1", "What we want for baby"),
        ("bullets", [
            "Baby is born safely, is watched for withdrawal and goes home only when a safe plan for every day "
            "and night is in place.",
            "Baby is cared for at all times by an adult who has not used drugs, and never comes into contact "
            "with drugs or with people using them.",
            "Baby is fed on time, gains weight and is seen by a professional every week for the first 12 weeks.",
            "Baby always sleeps on their back in their own Moses basket, in a smoke-free room.",
        ]),
        ("h1", "The plan"),
        ("p", "Each action has one row. The Detail cell says who will do it, when, and how we will know it has "
              "been done and is helping baby."),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.0, 10.0],
            "rows": [
                ["From now until baby is born", H],
                ["Pre-birth assessment of Chantelle and Ryan, including who will care for baby at night and "
                 "how baby will be kept away from drugs and from people using them",
                 "Who: Rachel Okafor (SW).\nWhen: by 36 weeks' gestation (15 May 2026).\nHow we'll know: the "
                 "written assessment is read with Chantelle and Ryan and sent to every core group member by "
                 "that date."],
                ["Key-work, the methadone script and urine screens for Chantelle, and a written view for each "
                 "core group on whether she is stable on her script, whether she is using on top, and what "
                 "must change before baby comes home",
                 "Who: Xerrowby Recovery Hub – Lisa P. (Lisa Pennant, recovery worker).\nWhen: key-work "
                 "fortnightly, starting w/c 9 March 2026; report 2 working days before every core group.\n"
                 "Evidence: the report, with dated screen results, on baby's file before each core group."],
                ["Collect her methadone from Hope Street Pharmacy each day and go to every key-work session, "
                 "using nothing on top",
                 "Who: Chantelle (Mum).\nWhen: every day, and every key-work session, from 4 March 2026 until "
                 "baby is 12 weeks old.\nShown by: every urine screen showing methadone only, and the "
                 "pharmacy's record of supervised pick-ups, sent to Lisa each month."],
                ["Stop using cocaine and go to the Tuesday evening group at the Recovery Hub",
                 "Who: Ryan Doherty (Dad).\nWhen: each Tuesday at 6pm, from 10 March 2026 until the review "
                 "conference.\nWe'll know because: the group register shows him there each week, and a "
                 "hair-strand test at 36 weeks' gestation, arranged by the SW, shows no cocaine in the three "
                 "months before it."],
                ["Antenatal care for Chantelle and baby, and a written birth plan on the labour ward that "
                 "includes watching baby for withdrawal",
                 "Who: Gemma Sowerby, specialist substance misuse midwife, Xerrowby Royal Infirmary.\nWhen: "
                 "every antenatal appointment; birth plan on the ward by 34 weeks' gestation (1 May 2026).\n"
                 "As recorded in: Chantelle's maternity notes and the ward safeguarding folder, which the SW "
                 "checks at the core group on 29 April 2026."],
                ["Buy baby's Moses basket, mattress, steriliser and bedding with the leaving care grant, and "
                 "set the basket up beside Chantelle and Ryan's bed",
                 "Who: Chantelle and Josie Kent (personal adviser, Xerrowby Leaving Care Team) jointly.\nWhen: "
                 "before 37 weeks' gestation (22 May 2026).\nChecked at: the SW's home visit in week 37, when "
                 "the basket is seen set up, clear and beside the bed; receipts kept by Josie."],
                ["On the maternity ward", H],
                ["Watch baby for signs of withdrawal, help with feeds, and note how Chantelle and Ryan handle "
                 "and settle baby",
                 "Who: Sister Anita Blake, ward manager, Xerrowby Royal Infirmary postnatal ward.\nWhen: from "
                 "the birth until the day of discharge, for at least five days.\nShown by: the ward's "
                 "withdrawal scoring chart and observation notes, handed to the SW at the discharge meeting."],
                ["Hold a discharge planning meeting on the ward with Chantelle, Ryan, Nana Mo, the midwife and "
                 "the HV",
                 "Who: Rachel Okafor (SW).\nWhen: before baby leaves hospital, on the day of discharge at the "
                 "latest.\nEvidence: the signed discharge plan, copied to everyone at the meeting the same "
                 "day."],
                ["Baby's first 12 weeks at home", H],
                ["See baby at home, awake and asleep, and write down where baby sleeps, who is caring for baby "
                 "and whether they are sober",
                 "Who: Rachel Okafor (SW).\nWhen: within 24 hours of baby coming home, then weekly until the "
                 "review conference; one visit in three unannounced.\nWe'll know it's working when: the visit "
                 "record shows baby seen every week, and each unannounced visit finds the flat as agreed (no "
                 "visitors, no smoke, baby in the basket)."],
                ["New birth visit, then check feeding, weight and how baby is handled",
                 "Who: Niamh Carter, the HV.\nWhen: new birth visit 10 to 14 days after the birth, then every "
                 "week until baby is 12 weeks old.\nThe HV will weigh and plot baby in the red book at every "
                 "visit; baby's weight stays within two centile spaces of the birth weight."],
                ["Stay at the flat on Friday and Saturday nights to do baby's night feeds, so that there is a "
                 "second sober adult at the weekends",
                 "Who: Nana Mo (Maureen Doherty, paternal grandmother).\nWhen: every Friday and Saturday night "
                 "from the day of discharge until baby is 12 weeks old.\nShown by: Maureen's name and the "
                 "feed times on the feed chart, which the HV and the SW read at each visit."],
                ["Do baby's 6-to-8-week check, and tell the SW the result and any missed appointment",
                 "Who: Dr Farid Hussain, GP, Canal Side Medical Practice.\nWhen: when baby is 6 to 8 weeks "
                 "old.\nEvidence: the check result in the red book and a letter to the SW within a week of "
                 "the check."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chantelle's screen shows heroin or crack cocaine, or Ryan's shows cocaine, or either parent is "
            "found under the influence once baby is born: that parent will not care for baby alone, Nana Mo "
            "will move into the flat until there have been two clear screens, and Rachel will hold a strategy "
            "discussion the same day.",
            "If baby needs treatment for withdrawal, baby stays on the ward until the neonatal team says baby "
            "can go home, and the discharge meeting is moved to that day.",
            "If Nana Mo cannot stay (she is ill, or cannot manage the nights), Kelly Doherty will do the "
            "weekend nights; if neither can, Rachel will arrange a place for Chantelle and baby at Harbour "
            "House, Xerrowby's residential family centre, the same week, and baby will not spend a night at "
            "the flat without a second sober adult there.",
            "If by 36 weeks' gestation either parent's screens or hair-strand test show continued use, or the "
            "pre-birth assessment says baby would not be safe at home with this plan, Rachel will ask Gwen "
            "Ashby for a legal planning meeting within 5 working days, so that any pre-proceedings letter "
            "under the Public Law Outline is sent before baby is born.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Wednesdays at 11am at Quay Street Children's Centre: 18 March, 8 April, "
            "29 April and 20 May 2026.",
            "Review child protection conference: Wednesday 3 June 2026, 2pm, Xerrowby Civic Hall. If baby is born "
            "before then, a core group will also be held on the ward before discharge.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child in need plan stepped up to child protection: mother's depression
#    and hoarding, home conditions, a young carer. Ref column marks CIN rows
#    kept or changed and new rows; "By / how often" and "Evidence" columns.
#    Word plan printed to PDF with a header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_xarnley_cin_step_up_kept_changed_new_evidence_pereira.pdf",
    "doc_title": "Child Protection Plan (stepped up from Child in Need) - Lily-Mae and Josh Pereira",
    "split": "heldout",
    "actions": 12,
    "template": "cin-to-cp-step-up-plan-word-printed-to-pdf-page-header-footer-details-list-how-we-got-here-done-before-step-up-childrens-words-outcomes-then-ref-kept-changed-new-what-will-happen-lead-by-how-often-evidence-table-contingency-meetings",
    "description": (
        "Exemplary plan made at the initial conference for a 13-year-old and an 8-year-old whose "
        "child in need plan was stepped up after the house became unsafe: their mother has "
        "depression and hoards, there was no hot water for three weeks, and the younger child went "
        "to school with head lice and skin sores. A Word plan printed to PDF with a header and "
        "footer; the Ref column marks rows kept or changed from the child in need plan and new "
        "rows, and the 'By / how often' and 'Evidence' columns give timescales and measures in "
        "ordinary words ('twice a week for the next 12 weeks, then reviewed', 'on the first Monday "
        "of each month', 'by the Easter holidays'; a room checklist scored at each session, an "
        "unannounced visit finding the rooms as agreed, attendance from the register, a scaling "
        "score the SW records). Work finished before the step-up is listed apart and not counted. "
        "The CMHT assesses capacity to change, the GP and housing own actions, the uncle's part has "
        "a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Xarnley County Council – Children's Social Care",
    "footer": "Pereira – Child protection plan, ICPC 05/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Stepped up from the child in need plan of 14 October 2025 · Xarnley County Council · Family "
              "Safeguarding Team (North)"),
        ("kv", [
            ("Children", "Lily-Mae Pereira (13), DOB 30/01/2013; Josh Pereira (8), DOB 11/07/2017"),
            ("Address", "17 Tannery Lane, Xarnley XN6 2RB"),
            ("Mother", "Tasha Pereira (38), sole carer"),
            ("Father", "Not named on either birth certificate; no contact"),
            ("Maternal uncle", "Devan Pereira (“Uncle Dev”), 3 Cooper's Yard, Xarnley"),
            ("Maternal grandmother", "Rosa Pereira, 40 Mill Hill, Xarnley"),
            ("Conference", "Initial child protection conference, Thursday 5 March 2026. Chair: Ian Brocklehurst"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Amrit Dhillon (team manager: Fern Castleton). Amrit was the children's child "
                              "in need worker and stays allocated."),
        ]),
        ("h1", "How we got here"),
        ("p", "Lily-Mae and Josh have had a child in need plan since October 2025 because of the state of the "
              "house and Lily-Mae's school attendance. Tasha has had depression for many years and keeps "
              "things she cannot throw away; by the autumn the back bedroom and half of the kitchen could not "
              "be used. The plan helped for a while, but in January 2026 the boiler failed and the family had "
              "no hot water for three weeks. On 10 February Josh was sent home from school with head lice and "
              "infected sores on his scalp, and on 12 February Amrit found the kitchen unusable, no food in "
              "the fridge and Lily-Mae cooking noodles for Josh in a kettle. A strategy discussion was held "
              "and the conference decided the children need a child protection plan."),
        ("boldp", "Finished before the step-up (kept here for the record, not part of the plan)"),
        ("bullets", [
            "Home-Start referral for Tasha: made by Amrit on 21/10/2025, volunteer visiting since November.",
            "Free school meals for both children: confirmed by Xarnley Academy and Xarnley Juniors on "
            "04/11/2025.",
        ]),
        ("h1", "What Lily-Mae and Josh say"),
        ("p", "Lily-Mae (seen on her own at school, 24 February 2026): “I don't bring friends home, ever. I do "
              "Josh's tea and his hair because Mum can't face it. I don't want us split up. I just want a "
              "kitchen that works.” She put home at 2 out of 10 and school at 6."),
        ("p", "Josh (seen on his own at home, 26 February 2026): “My head was itchy for ages. Lily does my "
              "dinner. I'd like a bedroom with a floor so I can play Lego.” He showed Amrit the one clear corner "
              "of his room where he keeps his Lego box."),
        ("h1", "What we want for Lily-Mae and Josh"),
        ("numbers", [
            "Lily-Mae and Josh live in a warm, clean home with hot water, a kitchen that works and a bedroom "
            "each with a clear floor and a made bed.",
            "Josh goes to school clean, fed and free of head lice and sores.",
            "Lily-Mae goes to school every day and no longer has to feed and care for Josh.",
            "Both children have a mum whose depression is treated well enough for her to keep the house safe, "
            "and a safe adult to go to when it is not.",
        ]),
        ("h1", "The plan"),
        ("p", "Ref: “CIN – kept” means the action carries on from the child in need plan as it was; “CIN – "
              "changed” means it carries on with a new owner, time or measure; “New” means it was added at this "
              "conference. “By / how often” says when; “Evidence” says what someone will see, count or read."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "By / how often", "Evidence"],
            "widths": [2.2, 4.4, 2.9, 3.5, 4.0],
            "rows": [
                ["CIN 1 – changed",
                 "Visit Lily-Mae and Josh at home, see each of them on their own and walk round every room "
                 "with Tasha",
                 "Amrit Dhillon, SW",
                 "Weekly, starting w/c 9 March 2026, until the review (was fortnightly); one visit in two "
                 "unannounced",
                 "The visit record scores each room on the agreed checklist; an unannounced visit finds the "
                 "kitchen, bathroom and both bedrooms as agreed"],
                ["CIN 2 – changed",
                 "Work with Tasha, one room at a time, to clear and then keep clear the kitchen, bathroom and "
                 "both children's bedrooms",
                 "Becky Thorne, family support worker (FSW)",
                 "Twice a week (Monday and Thursday mornings) for the next 12 weeks, then reviewed",
                 "Room checklist scored with Tasha at each session; photographs, with her agreement, at "
                 "weeks 1, 6 and 12"],
                ["CIN 3 – kept",
                 "Let Becky and Amrit into every room at each visit, and keep the cleared rooms clear between "
                 "sessions",
                 "Tasha Pereira (Mum)",
                 "At every visit, from 9 March 2026",
                 "The checklist at each visit shows every cleared room still at its agreed score"],
                ["New 1",
                 "Assess Tasha's depression and hoarding, agree treatment with her, and write to the core "
                 "group on whether she can make and keep the changes the children need and in what timescale",
                 "Ngozi Addo, care co-ordinator, Xarnley Community Mental Health Team",
                 "First appointment within 10 working days of this conference; written assessment by 30 "
                 "April 2026; an update before each core group after that",
                 "Assessment letter on the children's file and shared at the core group on 14 May 2026; "
                 "updates on file before each later core group"],
                ["New 2",
                 "Review Tasha's antidepressant, and tell the SW if she misses a review, so that the core "
                 "group knows whether her treatment is helping her care for the children",
                 "Dr Helen Fairbrother, GP, Kiln Road Surgery",
                 "By 20 March 2026, then every 4 weeks",
                 "GP letter to the SW after each review, on the children's file"],
                ["New 3",
                 "Repair the boiler, then inspect the house with the SW for fire risk and repairs",
                 "Darren Holt, housing officer, Xarnley Homes",
                 "Boiler within 5 working days of this conference; joint inspection on the first Monday of "
                 "each month",
                 "Repair completion record; hot water running at the SW's next visit; inspection notes sent "
                 "to the SW after each visit"],
                ["CIN 4 – changed",
                 "Check Lily-Mae's attendance every morning, and ring Tasha and then the SW by 10am if she is "
                 "not in",
                 "Mr Omar Rafiq, DSL, Xarnley Academy",
                 "Every school day",
                 "What the school will see: attendance from the register up from 71% to 90% or more by the "
                 "May half term, sent to the SW each Friday"],
                ["New 4",
                 "Give Josh breakfast club, and note any day he arrives unwashed, hungry or scratching",
                 "Mrs Lorraine Beck, DSL, Xarnley Juniors",
                 "Each school day from 9 March 2026",
                 "Breakfast club register, and a weekly note to the SW listing any such day"],
                ["New 5",
                 "Treat Josh's head lice and sores with Tasha, and show her how to check and comb his hair",
                 "Kath Moore, school nurse",
                 "First session within 5 working days of this conference, then each Tuesday after school for "
                 "four weeks",
                 "At each session the nurse checks Josh's scalp and records it on his health record; clear "
                 "by week 4"],
                ["CIN 5 – kept",
                 "Young carer's assessment with Lily-Mae, and a place at the Thursday young carers' group",
                 "Sam Ibe, Xarnley Young Carers",
                 "By the Easter holidays (27 March 2026)",
                 "Young carer's plan sent to the SW; Lily-Mae's name on the Thursday group register"],
                ["New 6",
                 "Direct work with Lily-Mae and Josh about home, using scaling questions and Josh's drawings",
                 "Amrit Dhillon, SW",
                 "Fortnightly, starting w/c 16 March 2026, until the review",
                 "Each child's home score (0–10), recorded by the SW at every session and brought to the "
                 "core group with their own words"],
                ["New 7",
                 "Take the bags Tasha has sorted to the tip, and have Lily-Mae and Josh for tea",
                 "Uncle Dev (Devan Pereira, maternal uncle)",
                 "Tip run every Saturday morning; tea every Wednesday after school",
                 "Tip receipts kept in the plan folder and seen by the SW; the children tell the SW about "
                 "their Wednesdays"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If an unannounced visit finds the kitchen or bathroom unusable again, no heating, hot water or "
            "food, or Josh is sent home from school with lice or sores twice in a month: Amrit will visit "
            "that day, Lily-Mae and Josh will stay with Uncle Dev at 3 Cooper's Yard until the rooms are "
            "back to their agreed score, and Amrit will hold a strategy discussion the same day if the "
            "children were without food or heat.",
            "If Tasha refuses Becky or Amrit entry twice in a row: Amrit will visit with her manager the next "
            "working day and see both children at school that day.",
            "If Uncle Dev cannot have the children or do the tip runs (he is ill, away or working): Rosa "
            "Pereira will have the children at 40 Mill Hill and Becky will book a council bulky waste "
            "collection; if neither Dev nor Rosa can have them, Amrit will place Lily-Mae and Josh together "
            "with Xarnley foster carers that day.",
            "If the house is below its agreed score at two unannounced visits in a row, or Ngozi's "
            "assessment says Tasha cannot make the changes within the children's timescale, Amrit will "
            "request a legal planning meeting with Fern Castleton within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.45pm, Xarnley Juniors: 19 March, 16 April and 14 May "
            "2026.",
            "Review child protection conference: Wednesday 27 May 2026, 10am, Xarnley County Hall.",
        ]),
        ("p", "Plan agreed at the initial conference on 05/03/2026. Copies to Tasha, Uncle Dev and every lead "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group 3 minutes with an initials key and an action log; mother's
#    drinking and low mood, father and paternal grandmother sharing care.
#    Landscape Word minutes printed to PDF with a header and footer. Faulty
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_xolthwaite_core_group_minutes_initials_action_log_brannigan.pdf",
    "doc_title": "Core Group Minutes - Keeley and Mason Brannigan",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "core-group-minutes-word-printed-to-pdf-landscape-page-header-footer-attendance-initials-key-updates-by-initials-childrens-views-outcomes-then-action-log-ref-owner-initials-when-how-well-know-status-closed-row-kept-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for a 9-year-old and a 4-year-old whose mother drinks and "
        "has low mood; their father has them every other weekend and their paternal grandmother "
        "does two evenings and Saturday nights. A landscape Word document printed to PDF with a "
        "header and footer: an attendance key of initials, updates by initials, the children's "
        "views, the plan's outcomes, and an action log whose owners are initials from the key. "
        "Most rows are sound ('the next update will show...', breath tests, attendance from the "
        "register, a contact diary); one referral is closed as done and not counted. Faults: "
        "counselling that only treats the mother; the health visitor's weighs 'Monitored by SK'; "
        "a school counsellor referral 'When possible'; a safety plan owned by 'Core group'; the "
        "GP's review with 'TBC' and 'To be discussed at the next core group'; an outcome only for "
        "the mother; the review conference 'to be confirmed'."
    ),
    "header": "OFFICIAL-SENSITIVE – Xolthwaite Metropolitan Borough Council – Children's Services",
    "footer": "Brannigan – Core group 3 minutes, 05/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting 3 – Minutes and Action Log"),
        ("kv", [
            ("Children", "Keeley Brannigan (9), DOB 08/04/2016; Mason Brannigan (4), DOB 15/12/2021"),
            ("Address", "12 Coalbrook Walk, Xolthwaite XL4 7SE"),
            ("Plan made", "Initial child protection conference, 13/01/2026 (category: neglect)"),
            ("Meeting", "Thursday 05/03/2026, 1.30pm, Brook Lane Family Hub"),
            ("Earlier core groups", "22/01/2026 and 12/02/2026"),
        ]),
        ("h1", "Present (key to initials used in these minutes)"),
        ("bullets", [
            "HW – Holly Weston, social worker (chair and minutes)",
            "GB – Gemma Brannigan, Mum",
            "PB – Paul Brannigan, Dad (lives at 22 Tanner Row, Xolthwaite)",
            "AB – Anne Brannigan, paternal grandmother",
            "SK – Sarah Kinsella, health visitor",
            "RT – Rob Tennant, recovery worker, Xolthwaite Alcohol Service",
            "JM – Mrs Joanne Marsh, DSL, Brook Lane Primary",
        ]),
        ("p", "Apologies: Dr Ravi Menon (GP), no report sent; Xolthwaite Talking Therapies, no one available."),
        ("h1", "1. Updates since core group 2"),
        ("p", "HW: three weekly visits, one unannounced on 26/02/2026. The house was tidy and there was food in. "
              "On 19/02/2026 HW smelt alcohol on Gemma at 4pm; Mason was at Anne's. Keeley was seen alone at all "
              "three visits."),
        ("p", "RT: Gemma has been to 3 of 4 Wednesday sessions. Breath tests on 18/02/2026 and 04/03/2026 read "
              "zero; she missed 25/02/2026 and says she had a migraine."),
        ("p", "SK: Mason weighed 15.6kg on 24/02/2026. Nursery have told SK that he does not always answer when "
              "called from behind, and SK will book a hearing test."),
        ("p", "JM: Keeley's attendance this half term is 92%, up from 85% in the autumn. She was upset in class "
              "on 23/02/2026 and told her teacher she had heard her mum and her mum's ex-partner arguing on "
              "the phone."),
        ("p", "GB said the counselling is helping and she has cut down to “a couple of glasses at the weekend”. "
              "PB said the weekends are going well. AB said she is happy to carry on with her evenings and "
              "Saturdays."),
        ("h1", "2. What Keeley and Mason are telling us"),
        ("p", "Keeley (seen alone at school by HW, 03/03/2026): “Mum's better in the mornings now. I still worry "
              "when she goes quiet on a Sunday. I like Nana Anne's because she does proper teas.” She put home "
              "at 6 out of 10; at the initial conference it was 3."),
        ("p", "Mason is 4. At the visits he was clean and dressed and chatty about his dinosaurs. He went to "
              "Gemma for a cuddle when he bumped his head, and shouted “Nana!” when Anne came in. Nursery say "
              "he plays alongside other children but often does not turn when his name is called."),
        ("h1", "3. Outcomes (from the plan made at conference)"),
        ("bullets", [
            "Keeley and Mason are cared for every day by an adult who is sober.",
            "Keeley goes to school every day and no longer worries about leaving her mum at home.",
            "Mason's health, hearing and development are checked and he gets any help he needs.",
            "Gemma's drinking and low mood are better than they were at conference.",
        ]),
        ("h1", "4. Action log"),
        ("p", "Owners are shown by their initials from the key above. Status: G on track, A late or partly done, "
              "R not started, Closed done and kept for the record, New agreed at this meeting."),
        ("table", {
            "header": ["Ref", "Action", "Owner", "When", "How we'll know", "Status"],
            "widths": [1.2, 7.2, 2.6, 4.6, 7.6, 2.5],
            "rows": [
                ["1",
                 "See Keeley and Mason at home, Keeley on her own, with an unannounced visit at least every "
                 "other week",
                 "HW",
                 "Weekly until the review conference",
                 "Visit log: the next update will show every week visited and Keeley seen alone each time",
                 "G"],
                ["2",
                 "Key-work and breath tests with Gemma, and a written view to each core group on whether her "
                 "drinking is changing and what that means for Keeley and Mason",
                 "RT",
                 "Every Wednesday; report two working days before each core group",
                 "Report with dated breath test readings on the children's file before each core group",
                 "G"],
                ["3",
                 "Go to Wednesday key-work and drink nothing on any day she is caring for the children",
                 "GB",
                 "Every Wednesday, and every day she has the children, from 14/01/2026",
                 "Every breath test at key-work and at HW's visits reads zero; green at core group 4 needs "
                 "4 of 4 sessions attended",
                 "A"],
                ["4",
                 "Eight sessions of counselling for Gemma's low mood",
                 "Xolthwaite Talking Therapies (Mia K., counsellor)",
                 "Weekly from 27/01/2026",
                 "Attendance shown on the service's letters to HW after sessions 4 and 8",
                 "G"],
                ["5",
                 "Weigh Mason and check his speech and toilet training",
                 "SK",
                 "Every 4 weeks at Brook Lane clinic",
                 "Monitored by SK",
                 "G"],
                ["6",
                 "Check Keeley's attendance each morning and ring HW the same day if she is absent without a "
                 "reason",
                 "JM",
                 "Every school day",
                 "Attendance from the register sent to HW each Friday; 95% or more by the Easter holidays",
                 "G"],
                ["7",
                 "Refer Keeley to the school counsellor about the arguments she has heard",
                 "JM",
                 "When possible",
                 "Counsellor's first session on Keeley's school record and a note to HW",
                 "R"],
                ["8",
                 "Have Keeley and Mason at 22 Tanner Row and bring them home by 5pm on Sunday",
                 "PB",
                 "Alternate weekends, Friday 6pm to Sunday 5pm",
                 "Contact diary signed by Paul and Gemma at each handover, seen by HW each month",
                 "G"],
                ["9",
                 "Collect Mason from nursery and give both children their tea at her house",
                 "AB",
                 "Every Tuesday and Thursday",
                 "Nursery collection book signed by Anne; the children tell HW about their teas",
                 "G"],
                ["10",
                 "Stay over at Coalbrook Walk so there is a second sober adult in the house",
                 "AB",
                 "Every Saturday night the children are not at Paul's",
                 "Anne texts HW each Sunday morning; Keeley tells HW who was there",
                 "G"],
                ["11",
                 "Agree a written safety plan with Gemma for the evenings: who she rings if she wants a drink "
                 "and who has the children",
                 "Core group",
                 "By core group 4 (02/04/2026)",
                 "Signed safety plan on the children's file and a copy at Anne's",
                 "A"],
                ["12",
                 "Review Gemma's antidepressant and let HW know of any change in how she is",
                 "Dr Ravi Menon, GP, Coalbrook Surgery",
                 "TBC",
                 "To be discussed at the next core group",
                 "R"],
                ["13",
                 "DONE – refer Gemma to Xolthwaite Alcohol Service",
                 "Dr Ravi Menon, GP, Coalbrook Surgery",
                 "By 23/01/2026",
                 "Referral letter on file",
                 "Closed – referred 16/01/2026"],
                ["14",
                 "Book Mason's hearing test after nursery noticed he does not answer when called",
                 "SK",
                 "Before core group 4 (02/04/2026)",
                 "Hearing test result in Mason's red book and sent to HW",
                 "New"],
            ],
        }),
        ("h1", "5. Contingency (as agreed at conference)"),
        ("bullets", [
            "If Gemma is found drunk or smelling of alcohol while caring for the children, has a positive "
            "breath test, or Keeley tells anyone her mum has been drinking: the children will go to Anne's at "
            "5 Lark Rise that day and HW will hold a strategy discussion the same day.",
            "If Anne cannot have the children or stay over (she is ill or away), Paul will have them at 22 "
            "Tanner Row; if neither can, HW will place Keeley and Mason together with Xolthwaite foster carers "
            "that day.",
            "If Gemma has two positive breath tests before the review, or misses three key-work sessions in a "
            "row, HW will ask her manager, Carl Ibbotson, for a legal planning meeting within five working "
            "days.",
        ]),
        ("h1", "6. Next meetings"),
        ("bullets", [
            "Core group 4: Thursday 02/04/2026, 1.30pm, Brook Lane Family Hub; then every four weeks.",
            "Review child protection conference: date to be confirmed by the conference team.",
        ]),
        ("p", "Minutes sent by HW on 06/03/2026. Corrections to HW within five working days, please."),
    ],
    "findings": [
        F("H001", "Eight sessions of counselling for Gemma's low mood"),
        F("M002", "Weigh Mason and check his speech and toilet training"),
        F("T002", "Refer Keeley to the school counsellor about the arguments"),
        F("W002", "Agree a written safety plan with Gemma for the evenings"),
        F("T002", "Review Gemma's antidepressant and let HW know of any"),
        F("M002", "Review Gemma's antidepressant and let HW know of any"),
        F("F002", "Gemma's drinking and low mood are better than they were at conference."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan, father's PTSD and drinking, two children.
#    Markdown bullets under "So that ..." goal headings, each with When and
#    "We'll know it's working when" sub-bullets; one "Done -" bullet.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_xylham_rcpc_so_that_bullets_well_know_lines_hadfield.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-markdown-plan-details-bullets-what-has-changed-childrens-words-then-and-now-outcomes-then-so-that-goal-headings-bold-owner-bullets-with-when-and-well-know-its-working-when-sub-bullets-done-bullet-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 12-year-old and a 6-year-old whose father, "
        "a former soldier, has post-traumatic stress disorder, drinks at home and has lost his "
        "temper in front of them. Markdown bullets under 'So that ...' goal headings; each bullet "
        "names its owner in bold and has a 'When:' and a 'We'll know it's working when:' "
        "sub-bullet ('every Thursday for the next 12 weeks, then reviewed', 'fortnightly, starting "
        "w/c 23 March', 'by the May half term'; breath tests reading zero as recorded in the "
        "service's log, a worry score the SW records, a wet/dry diary, attendance from the "
        "register). A finished referral is kept as a 'Done -' bullet and not counted. The "
        "veterans' mental health service reports on capacity to change, the alcohol service and "
        "the GP own actions, the aunt's part has a fallback, legal planning follows named "
        "triggers, core group and second review dates are set."
    ),
    "text": """\
# Review Child Protection Plan — Ellis and Maisie Hadfield

**Xylham City Council · Children's Services · Safeguarding Team 3**

- **Children:** Ellis Hadfield (12), DOB 21/09/2013, Year 7 at Xylham Academy; Maisie Hadfield (6),
  DOB 04/02/2020, Year 1 at Xylham Infant School
- **Address:** 8 Garrison Row, Xylham XY2 5TN
- **Parents:** Nicola Hadfield (38) and Craig Hadfield (41), living together
- **Maternal aunt:** Joanne Pike (“Auntie Jo”), 27 Orchard View, Xylham
- **Maternal grandmother:** Pat Pike, 3 Orchard View, Xylham
- **Category:** Emotional abuse (both children)
- **Initial conference:** 09/12/2025 · **This review:** Tuesday 17 March 2026, chair Rosalind Achebe (IRO)
- **Social worker:** Joel Ambrose (team manager: Beverley Nwosu)

## Why Ellis and Maisie have a plan

Craig left the army in 2022 after fourteen years and has post-traumatic stress disorder. By last autumn
he was drinking six to eight cans most nights and had lost his temper at home several times: he punched
through the kitchen door in October and threw his phone at the wall in November while Maisie was on the
sofa. Ellis told his form tutor he sleeps with his headphones on "so I don't hear Dad", and Maisie
started wetting the bed again.

## What has changed since December

- Craig was seen by Xylham Veterans' Mental Health Service in January and started therapy on 22/01/2026.
- He has been to 9 of 11 Monday key-work sessions at Xylham Alcohol and Drug Service. Two breath tests
  in February were positive; the five since 23/02/2026 have read zero.
- There has been one outburst since the conference (14/02/2026, shouting and a slammed door). Nicola
  rang Joanne and the children went to Orchard View that night, as the plan said.
- Ellis's attendance is 88%, up from 82%. Maisie is dry on about half of her nights.

## What Ellis and Maisie say — then and now

**Ellis, December (seen on his own at school):** "When Dad kicks off I put my headphones on and look
after Maisie. I'm not scared of him, I'm scared for him." Home was 3 out of 10.

**Ellis, now (seen on his own at the skate park café, 10/03/2026):** "Dad goes to his therapy on
Thursdays and he's calmer after. He still goes off on one sometimes but he goes in the garage now." He
put home at 6 out of 10 and wants "Dad to keep going, and no more cans in the fridge".

**Maisie, December:** she drew her dad "as a big cloud" and said she sleeps best at Auntie Jo's.

**Maisie, now (seen on her own at home, 12/03/2026):** "Daddy made pancakes. I got two stickers for dry
nights." She showed Joel her star chart and her new bedroom lamp.

## What we want for Ellis and Maisie

1. Ellis and Maisie feel safe at home and no longer see or hear their dad's rages.
2. Ellis and Maisie are looked after every day by adults who are sober.
3. Ellis goes to school every day and has an adult there he trusts; Maisie sleeps through and is dry at
   night.
4. Ellis and Maisie always know where to go and who will take them if their dad is drinking or angry.

## The plan

### So that Ellis and Maisie feel safe at home and do not see their dad's rages

- **Done –** Joel referred Craig to Xylham Veterans' Mental Health Service on 16/12/2025; accepted
  07/01/2026, letter on file.
- **Dr Tom Wilde (clinical psychologist, Xylham Veterans' Mental Health Service)** will give Craig
  trauma-focused therapy and write to each core group on whether he is making and keeping the changes
  Ellis and Maisie need, what is still to change and how long that is likely to take.
  - When: every Thursday for the next 12 weeks from 19/03/2026, then reviewed with Craig; report two
    working days before each core group.
  - We'll know it's working when: the report is on the children's file before every core group, with
    Craig's symptom scores and Tom's view of the timescale.
- **Craig** will use his time-out plan: leave the room for the garage or a walk when he feels his temper
  rising, and never shout at or near the children.
  - When: every day, from 09/12/2025 until the second review.
  - We'll know it's working when: Ellis and Maisie tell Joel at each visit that there has been no
    shouting, and Nicola's Sunday text to Joel lists every time-out Craig took that week.
- **Joel Ambrose (SW)** will do direct work with Ellis and with Maisie about home, using the three houses
  and a 0–10 worry scale.
  - When: fortnightly, starting w/c 23/03/2026, until the second review.
  - We'll know it's working when: each child's worry score, recorded by Joel at every session, is kept on
    file with their drawings and their own words and brought to each core group.
- **Joel Ambrose (SW)** will visit Ellis and Maisie at home and see each of them on their own.
  - When: weekly until the second review, with one unannounced visit every month.
  - We'll know it's working when: the visit record shows both children seen alone, and each unannounced
    visit finds Craig sober and the house calm.

### So that Ellis and Maisie are looked after by sober adults

- **Craig** will drink no alcohol at home or while he is looking after the children, and go to key-work
  with a breath test at every session.
  - When: key-work each Monday at 10am; no drinking at home from today until the second review.
  - We'll know it's working when: every breath test reads zero, as recorded in the Alcohol and Drug
    Service's log, and no alcohol is seen in the house at any visit.
- **Xylham Alcohol and Drug Service – Sunita R. (Sunita Rahman, recovery worker)** will key-work with
  Craig, breath test him and report on whether his drinking is changing in ways the children would
  notice.
  - When: every Monday; report two working days before each core group.
  - We'll know it's working when: her report, with dated readings, is on the children's file before
    every core group.
- **Dr Alan Featherstone (GP, Garrison Road Surgery)** will review Craig's sleep medication and liver
  tests and write to Joel and Dr Wilde on whether his drinking is affecting his treatment, so that the
  plan for the children can be changed if it is.
  - When: by 14/04/2026, then every 8 weeks.
  - We'll know it's working when: the GP's letter is on the children's file within a week of each
    review.

### So that Ellis is in school every day and Maisie sleeps through

- **Mrs Priti Shah (DSL, Xylham Academy)** will check Ellis's attendance each morning, ring Joel the same
  day if he is absent without a reason, and give him a key adult.
  - When: every school day; key adult meeting each Monday in period 1.
  - We'll know it's working when: the register shows Ellis's attendance up from 88% to 95% or more by the
    May half term; the school sends it to Joel every Friday.
- **Lorna Keyes (school nurse, Xylham Infant School)** will see Maisie and Nicola about Maisie's wetting
  and set up a star chart and an alarm.
  - When: first appointment within 10 working days of this conference, then every three weeks until the
    summer holidays.
  - We'll know it's working when: the wet/dry diary brought to each appointment shows more dry nights
    each time; Lorna sends Joel the count.
- **Nicola** will keep Maisie's bedtime routine (bath, story, lights out by 7.30pm) and fill in the wet/dry
  diary each morning.
  - When: every night from 17/03/2026.
  - We'll know it's working when: the diary is filled in for every night when Lorna checks it at each
    appointment.

### So that Ellis and Maisie always have a safe place to go

- **Auntie Jo (Joanne Pike)** will have Ellis and Maisie for tea and to stay on Friday nights, and collect
  them any evening Nicola rings to say Craig has been drinking or is angry.
  - When: every Friday from 20/03/2026; within an hour of Nicola's call, whatever the day.
  - We'll know it's working when: Joanne texts Joel after every stay or collection, and the children tell
    Joel about it at the next visit.
- **Nicola and Joel jointly** will write a family safety plan with Ellis and Maisie: who they ring, where
  they go and what to pack.
  - When: by 31/03/2026.
  - We'll know it's working when: the signed plan is on the fridge and on file, and Ellis can tell Joel
    who to ring without looking.

## If things go wrong

- **If** Craig drinks at home, has a positive breath test, shouts at or near the children, breaks
  anything, or either child says they are scared of him: Craig will go to his brother Steve's at 9 Mill
  Row that night, the children will go to Joanne's, and Joel will hold a strategy discussion the same
  day. If anyone is hurt or threatened, Nicola will ring 999.
- **If Joanne cannot have them** (she is ill, away or cannot be reached): Pat Pike will have Ellis and
  Maisie at 3 Orchard View; if neither can, Joel (or the out-of-hours team) will place the children
  together with Xylham foster carers that night.
- **If** there is any further violence, more than two positive breath tests before the second review,
  or Dr Wilde's report says Craig cannot make the changes in the children's timescale: Joel will
  request a legal planning meeting with Beverley Nwosu within five working days.

## Meetings

- Core group every six weeks, Tuesdays at 4pm at Xylham Family Hub: 28/04/2026, 09/06/2026 and
  21/07/2026.
- Second review child protection conference: Tuesday 15 September 2026, 10am, Xylham Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, mother's cocaine and cannabis use, her
#    partner's cannabis use, a 5-year-old and a baby. Markdown table with
#    "By" and "How we'll check" columns. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_xindlecombe_icpc_table_by_how_well_check_kavanagh.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-markdown-plan-details-table-worries-what-is-going-well-childrens-world-outcomes-then-no-what-needs-to-happen-who-by-how-well-check-table-then-if-things-get-worse-and-meetings",
    "description": (
        "Initial conference plan for a 5-year-old and a 10-month-old baby whose mother uses cocaine "
        "and cannabis and whose mother's partner smokes cannabis in the flat. A Markdown table with "
        "'By' and 'How we'll check' columns; most rows are sound (weekly visits, the drug service's "
        "reports with screen results, a hair-strand test, the HV weighing and plotting, attendance "
        "from the register, the GP sharing attendances within 2 working days). Faults: the "
        "partner's drug assessment checked only by 'Engagement with the service'; a nursery "
        "referral 'ASAP'; the parenting assessment with no owner ('-'); a home safety check with "
        "nothing in 'How we'll check'; the partner keeping drugs out of the home 'Ongoing'; a "
        "contingency with no trigger and no protective response, and no legal planning anywhere."
    ),
    "text": """\
# Initial Child Protection Plan

**Xindlecombe Borough Council — Children's Social Care — Assessment and Intervention Team**

| | |
|---|---|
| Children | Zion Kavanagh (5), DOB 18/10/2020, Reception at Pennyfields Primary; Rosie Kavanagh (10 months), DOB 29/04/2025 |
| Address | Flat 11, Marlow Court, Xindlecombe XC7 3HA |
| Mother | Danielle Kavanagh (27) |
| Mother's partner | Kyle Brennan (29), Rosie's father, lives at the flat |
| Zion's father | Not involved; lives in Scotland, no contact since 2022 |
| Conference | Monday 2 March 2026, Xindlecombe Civic Offices. Chair: Shirin Malik |
| Category | Neglect (both children) |
| Social worker | Hollie Banks (team manager: Gareth Pryce) |

## What we are worried about

Danielle has used cocaine and cannabis since her teens. In January 2026 Zion told his teacher that
"Mummy was asleep and wouldn't wake up" when he got himself ready for school, and on 6 February police
attending a noise complaint found Danielle and Kyle under the influence, Rosie in a soaked nappy and
cannabis on the coffee table within her reach. Kyle smokes cannabis in the flat every evening. Rosie has
dropped from the 50th to the 25th centile since December and has missed her 9-month check.

## What is going well

Danielle registered with Xindlecombe Drug and Alcohol Service on 12 February and has been to both
appointments offered. Zion is a bright, funny boy who loves school, and his attendance has been 96% since
Christmas. Both parents say they want to keep the children and will work with the plan.

## Zion's and Rosie's world

Zion (seen on his own at school, 24/02/2026): "I make my own breakfast. Cereal with no milk because the
milk was smelly. Rosie cries a lot at night and I put her dummy in." He wants "Mummy to wake up in the
morning" and said his favourite thing is swimming with Kyle.

Rosie is 10 months old. On both visits she was in her cot with a bottle propped on a blanket. She smiled
and reached for Zion straight away, and was slow to reach for Danielle. She has two teeth and is trying
to pull herself up on the sofa.

## What we want for Zion and Rosie

- Zion and Rosie are cared for every day and night by an adult who has not used drugs.
- Rosie is fed, changed and held for her feeds, goes to her health checks and gets back to the 50th
  centile.
- Zion gets to school on time, fed, and no longer gets himself ready or settles his sister.
- Drugs are never in the flat or within the children's reach.

## What needs to happen

| No. | What needs to happen | Who | By | How we'll check |
|---|---|---|---|---|
| 1 | Visit Zion and Rosie at home, see Zion on his own and Rosie awake, one visit in three unannounced | Hollie Banks (SW) | Weekly, starting w/c 2 March 2026, until the review | Visit record shows Rosie seen awake and Zion seen alone; unannounced visits find a sober adult caring for them |
| 2 | Key-work with Danielle, urine screens, and a report to each core group on whether her drug use is changing in ways Zion and Rosie would notice | Xindlecombe Drug and Alcohol Service – Kwame A. (recovery worker) | Fortnightly from 4 March 2026; report two working days before each core group | Report with dated screen results on file before every core group |
| 3 | Stop using cocaine and cannabis, and give a urine screen at every key-work session | Danielle (Mum) | From today; a screen at every key-work session | All screens negative; a hair-strand test arranged by the SW at 12 weeks shows no cocaine |
| 4 | Kyle to go to the drug service for an assessment of his own cannabis use | Kyle Brennan | By 20 March 2026 | Engagement with the service |
| 5 | Weigh Rosie, check her development and where she sleeps, and do her missed 9-month check | Tina Oduya (HV) | 9-month check within 10 working days of this conference; then every two weeks at home | The HV will weigh and plot Rosie in her red book at each visit; she is back on the 50th centile by the review |
| 6 | Refer Rosie to Little Acorns Nursery for a funded two-days-a-week place | Hollie Banks (SW) | ASAP | Nursery start date confirmed in writing |
| 7 | Check Zion's attendance and that he arrives fed and on time, and ring the SW the same day if he does not | Ms Patience Arthur, DSL, Pennyfields Primary | Every school day | Attendance from the register sent to the SW each Friday; what the school will see is 95% or more by the Easter holidays |
| 8 | Parenting assessment of Danielle and Kyle | - | By 30 April 2026 | Written assessment shared with the core group |
| 9 | Safe sleep and home safety check with Danielle, with a stair gate and a lock for the kitchen cupboard | Tina Oduya (HV) | Within 10 working days of this conference | |
| 10 | Keep all drugs and smoking out of the flat | Kyle Brennan | Ongoing | No drugs or smell of cannabis found at any SW or HV visit; Kyle's screens negative |
| 11 | Share any GP or A&E attendance by Danielle, Zion or Rosie with the SW | Dr Kofi Mensah, GP, Marlow Health Centre | Within 2 working days of each attendance, from 2 March 2026 | E-mail or letter to the SW on the children's file |

## If things get worse

If things get worse or the plan is not being followed, the core group will meet to discuss what should
happen next.

## Meetings

- Core group every four weeks, Mondays at 10am, Pennyfields Children's Centre: 16 March, 13 April and
  11 May 2026.
- Review child protection conference: Monday 1 June 2026, 10am, Xindlecombe Civic Offices.
""",
    "findings": [
        F("M002", "Kyle to go to the drug service for an assessment"),
        F("T002", "Refer Rosie to Little Acorns Nursery for a funded"),
        F("W001", "Parenting assessment of Danielle and Kyle"),
        F("M001", "Safe sleep and home safety check with Danielle"),
        F("T002", "Keep all drugs and smoking out of the flat"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 14-year-old going missing and at risk of
#    criminal exploitation; his mother works nights, his uncle helps.
#    Plain-text case-system print with ACTION / WHO / START-END / CHECKED AT
#    fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b140_xemborough_icpc_case_print_start_end_checked_at_lowther.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-case-system-plain-text-print-dotted-field-header-numbered-caps-sections-worries-kais-words-what-i-want-outcomes-then-numbered-tasks-action-who-start-end-checked-at-fields-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old who has gone missing seven times since "
        "December and is at risk of criminal exploitation; his mother works nights as a care "
        "assistant and his uncle has him on those nights. A plain-text print from a case system: "
        "numbered tasks with ACTION, WHO, START-END and CHECKED AT fields ('within 72 hours of "
        "every return', 'each Wednesday for the next 12 weeks, then reviewed', 'the first Monday "
        "of each month', 'by the May half term'; a return home interview record, attendance from "
        "the register, a scaling score the youth worker records, a police log). No parent has a "
        "health or substance need. The uncle's nights have a fallback, legal planning follows "
        "named triggers, core group and review dates are set, Kai's words and wishes are recorded."
    ),
    "text": """\
XEMBOROUGH COUNCIL  -  CHILDREN'S SERVICES              CASE MANAGEMENT SYSTEM
FORM CP2  CHILD PROTECTION PLAN (INITIAL)                PRINTED 04/03/2026 09:12
================================================================================
CHILD ............ Kai LOWTHER, DOB 07/08/2011 (14), Year 9, Xemborough High School
ADDRESS .......... 31 Kestrel Way, Xemborough XM4 1QF
MOTHER ........... Sharon Lowther (42), sole carer; care assistant, works nights
                   Monday to Wednesday, 8pm to 8am
FATHER ........... Dean Lowther (45), Hull; phone contact at weekends
MATERNAL UNCLE ... Marcus Lowther, 5 Swift Close, Xemborough (ten minutes away)
MATERNAL GRAN .... June Lowther, 19 Heron Street, Xemborough
CATEGORY ......... Physical abuse (risk of significant harm outside the home)
CONFERENCE ....... ICPC Tuesday 03/03/2026, Xemborough Civic Centre
                   Chair: Aled Pritchard (IRO)
SOCIAL WORKER .... Funmi Adeyemi, Adolescent Safeguarding Team (TM: Colin Shaw)
================================================================================

1. WHAT WE ARE WORRIED ABOUT
--------------------------------------------------------------------------------
Kai has been reported missing seven times since 12/12/2025, mostly on the
nights his mum works. Twice he was found in Skelby, 40 miles away, with two
adult men known to police for supplying drugs. On 21/02/2026 he came home with
a cut hand, a new phone and £200 he could not explain. He has been smoking
cannabis most days and his attendance has dropped from 94% to 71% this year.
Sharon reports every missing episode and wants help to keep Kai safe; there is
no concern about her care of Kai when she is at home.

2. WHAT KAI SAYS
--------------------------------------------------------------------------------
Kai (seen on his own at the boxing club, 26/02/2026): "They're my mates, they
look after me. I'm not doing anything bad, just dropping stuff off. I owe them
a bit now." Later: "I don't want Mum to get in trouble for working. I'd rather
stay at Uncle Marcus's than be on my own." He scored how safe he feels out of
the house at 4 out of 10 and at home at 8.
What Kai wants: to keep going to boxing, to get his phone back from the police,
to not be moved out of Xemborough, and for his mum not to be "stressed all the
time".

3. OUTCOMES FOR KAI
--------------------------------------------------------------------------------
3.1 Kai is not missing from home, and is with a safe adult every night.
3.2 Kai has no contact with the adults who are exploiting him and is not
    carrying or dealing drugs for anyone.
3.3 Kai goes to school every day and keeps going to boxing.
3.4 Kai knows who to call if he is being pressured or is in debt, and feels
    safe enough to call them.

4. TASKS
--------------------------------------------------------------------------------
KEY: WHO = person responsible   START-END = when it starts and stops, or how
     often   CHECKED AT = what will be seen or counted, and where

4.01 ACTION ....... See Kai on his own, at home or at boxing, and record his
                    words and his safety score
     WHO .......... Funmi Adeyemi (SW)
     START-END .... Weekly from 04/03/2026 until the review conference
     CHECKED AT ... Visit records on the system show Kai seen alone every week,
                    with his own words and his score out of 10

4.02 ACTION ....... Independent return home interview with Kai after every
                    missing episode
     WHO .......... Rhys Owen, Xemborough Missing and Exploitation Team
     START-END .... Within 72 hours of every return, until the review
     CHECKED AT ... Return interview record on Kai's file and sent to the SW
                    the day it is written

4.03 ACTION ....... Serve child abduction warning notices on the two men named
                    at conference, and check known addresses whenever Kai is
                    reported missing
     WHO .......... PC Dana Kerr, Xemborough Police Exploitation Team
     START-END .... Notices by 20/03/2026; address checks within 2 hours of any
                    missing report
     CHECKED AT ... Copies of the notices on Kai's file; the police log of each
                    missing report shows the addresses checked

4.04 ACTION ....... Refer Kai to the National Referral Mechanism as a possible
                    victim of criminal exploitation
     WHO .......... Funmi Adeyemi (SW)
     START-END .... Within 5 working days of this conference (by 10/03/2026)
     CHECKED AT ... NRM reference number on Kai's file; the decision letter
                    shared at the first core group after it arrives

4.05 ACTION ....... Check Kai's attendance every lesson, ring Sharon and the SW
                    by 10am if he is not in, and meet him weekly with his mentor
     WHO .......... Mr Declan Rowe, DSL, Xemborough High School
     START-END .... Every school day; mentor meeting each Tuesday after school
     CHECKED AT ... What the school will see: attendance from the register up
                    from 71% to 85% or more by the May half term, sent to the
                    SW every Friday; mentor meetings logged on CPOMS

4.06 ACTION ....... Weekly sessions with Kai at the boxing club about
                    grooming, debt and who he can trust
     WHO .......... Leon Baptiste, youth worker, Xemborough Youth Service
                    (Ignite project)
     START-END .... Each Wednesday, 5pm to 7pm, for the next 12 weeks, then
                    reviewed with Kai
     CHECKED AT ... Session log sent to the SW monthly; Leon records Kai's
                    "how safe do I feel out" score (0-10) at every session

4.07 ACTION ....... Four sessions with Kai about his cannabis use and how debts
                    to older lads start
     WHO .......... Switch Young People's Substance Service - Priya N.
                    (Priya Nandra, worker)
     START-END .... First session within 10 working days of this conference,
                    then fortnightly until all four are done
     CHECKED AT ... Session notes sent to the SW; Kai's own cannabis diary
                    scored at sessions 1 and 4

4.08 ACTION ....... Ring the police and the out-of-hours team if Kai is not
                    home by 9.30pm, and keep a missing log
     WHO .......... Sharon (Mum)
     START-END .... Every night from 03/03/2026
     CHECKED AT ... The police log and out-of-hours record show each call made
                    by 10pm; the SW reads Sharon's log at each visit

4.09 ACTION ....... Have Kai to stay overnight on the nights Sharon works, and
                    drop him at school in the morning
     WHO .......... Uncle Marcus (Marcus Lowther, maternal uncle)
     START-END .... Every Monday, Tuesday and Wednesday night, 8pm to 8am, from
                    09/03/2026 until the review
     CHECKED AT ... Marcus texts the SW by 8.30am each morning after; the
                    school register shows Kai in on those mornings

4.10 ACTION ....... Present Kai at the Multi-Agency Child Exploitation panel and
                    bring its actions back to the core group
     WHO .......... Funmi Adeyemi (SW)
     START-END .... The first Monday of each month, from 06/04/2026
     CHECKED AT ... MACE minutes with Kai's actions on his file; each action
                    reported on at the next core group

5. CONTINGENCY
--------------------------------------------------------------------------------
If Kai is not home by 9.30pm, or is found with money, a phone or drugs he
cannot explain, or is seen with either of the men named at conference: Sharon
will report him missing to the police straight away, the police will check the
addresses in task 4.03, and the SW (or the out-of-hours team) will hold a
strategy discussion within 24 hours of his return, the same day if he is hurt.
If Marcus cannot have Kai on a work night (he is ill, away or Kai will not
go): June Lowther will stay at 31 Kestrel Way overnight; if she cannot,
Sharon will not go to work that night (her manager has agreed this in
writing), and if none of them can be with him the SW or the out-of-hours team
will arrange for Kai to stay with Xemborough emergency foster carers that night.
If Kai goes missing three times in four weeks, is found outside Xemborough
again, or is hurt, the SW will request a legal planning meeting with Colin Shaw
within 5 working days.

6. MEETINGS
--------------------------------------------------------------------------------
CORE GROUP ....... every three weeks, Wednesdays 4pm, Xemborough High School:
                   18/03/2026, 08/04/2026, 29/04/2026, 20/05/2026
REVIEW CPC ....... Tuesday 02/06/2026, 10am, Xemborough Civic Centre
KAI'S VIEWS ...... Funmi will see Kai on his own before each core group and
                   bring his words to the meeting
================================================================================
END OF PRINT
""",
    "findings": [],
})
