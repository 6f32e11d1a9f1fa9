"""Batch 156, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from local authorities and agencies whose house styles have not
been seen before, where a careful reader has to find the owner, the time and
the measure wherever each author put them. A pre-birth plan whose owners are
initials explained in a key at the top, each step a row with a merged "Check"
row under it giving its measure (docx); a transfer-in plan from another
authority whose table runs "Need | Response | Lead agency (named worker) |
Review point | Evidence of change", with a note saying what the review point
means (landscape PDF with page header and footer); a looked-after baby on a
neonatal unit whose bullets end with the owner and the time in brackets,
owners as initials from a who's-who (md); a first review plan with a "Worry |
What's going to happen | Person | Date | Signs it's working" table, the worry
merged down beside its actions and a footnote giving the date of rows marked
"*" (docx); core group minutes with an initials attendance list and an
action log with a status column and one closed row (PDF); a social worker's
letter to parents after the initial conference, with hedged and passive
wording under "What happens next" (md); and a case-system print with page
headers repeated through it and NEED / RESPONSE / LEAD AGENCY / REVIEW POINT
/ EVIDENCE lines, for a family about to move to another authority (txt).

Three plans are exemplary: Cawdlebury (pre-birth, mother with bipolar
disorder, docx), Corvingham (transfer in, mother on a methadone script, PDF)
and Cleaveholt (looked-after baby withdrawing on the neonatal unit, md). Four
carry a realistic mix of faults among mostly good rows: Crindleford (docx),
Cobbenhall (PDF minutes), Crakehollow (md letter) and Charnwick (txt print).

Counting actions (convention 1): each live row of an action table, each
bullet under the plan's action headings, each RESPONSE block of the case
print. The merged "Check" row under a Cawdlebury step is that step's
measure, not a further action. Not counted: key and who's-who lists, the
contingency, meeting dates, the legal planning section, and the one-off
action the Cobbenhall action log marks "Done".
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, mother with bipolar affective disorder who stopped her
#    lithium in pregnancy; father on nights; maternal grandmother helping.
#    Initials key at the top, each step a row with a merged "Check" row under
#    it. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_cawdlebury_prebirth_initials_key_step_check_rows_halloran.docx",
    "doc_title": "Unborn Baby Protection Plan - Baby Halloran-Hale",
    "split": "tune",
    "actions": 11,
    "template": "prebirth-plan-docx-details-kv-initials-key-bullets-why-babys-world-now-family-views-what-baby-needs-numbered-then-step-what-happens-lead-initials-timing-table-with-merged-check-row-under-each-step-if-things-go-wrong-when-we-meet",
    "description": (
        "Exemplary pre-birth plan at 29 weeks for the first baby of a mother with bipolar "
        "affective disorder, who stopped her lithium suddenly when she found she was pregnant "
        "and became unwell; the father works nights and the maternal grandmother will stay after "
        "the birth. Owners are initials explained in a key at the top; each step of the plan is a "
        "table row (what happens, lead, timing) with a merged 'Check' row under it giving its "
        "measure. The perinatal psychiatrist assesses capacity to stay well and the perinatal CPN "
        "reports on change; midwife, ward, GP, health visitor, father and grandmother own steps; "
        "the contingency covers relapse and the grandmother or father being unable to help, "
        "legal planning follows named triggers, core group and review dates are set; baby's "
        "world before birth is described."
    ),
    "blocks": [
        ("title", "Unborn Baby Protection Plan"),
        ("p", "Cawdlebury Council · Children's Services · Early Help and Safeguarding (North)"),
        ("kv", [
            ("Unborn baby", "Baby Halloran-Hale, due 20/12/2025 (29 weeks at conference)"),
            ("Mum", "Mia Halloran (27), 3 Linnet Court, Cawdlebury CW4 2RP"),
            ("Dad", "Jordan Hale (29), lives with Mia; warehouse operative, on nights"),
            ("Baby's nan", "Gail Halloran (Mia's mum), 41 Ostler Street, Cawdlebury, ten minutes by bus"),
            ("Category", "Neglect (likely risk of)"),
            ("Conference", "Pre-birth initial child protection conference, 07/10/2025. Chair: Natalie "
                           "Oyelaran (IRO)"),
        ]),
        ("h1", "Key: who the initials stand for"),
        ("p", "The Lead column of the plan below uses these initials."),
        ("bullets", [
            "MH – Mia Halloran, mum",
            "JH – Jordan Hale, dad",
            "GH – Gail Halloran, baby's nan",
            "SK – Sana Khoury, social worker, Cawdlebury Children's Services (team manager: Pete Lomax)",
            "RB – Rhian Bevan, community midwife, Cawdlebury Maternity Service",
            "IL – Dr Iwona Lis, consultant perinatal psychiatrist, Cawdlebury Perinatal Mental Health Team",
            "BN – Beth Narey, perinatal community psychiatric nurse, Cawdlebury Perinatal Mental Health Team",
            "TR – Tina Rowe, ward manager, Willowbrook maternity ward, Cawdlebury General Hospital",
            "OF – Dr Owen Farr, GP, Tannery Lane Surgery",
            "AP – Alys Pryce, health visitor, Brookside Health Visiting Team",
        ]),
        ("h1", "Why we are making a plan for baby"),
        ("p", "Mia has bipolar affective disorder. In 2022, before this pregnancy, she spent five weeks on "
              "Hawthorn Ward under section 2 after a manic episode in which she hardly slept for days and walked "
              "the streets at night. She stayed well on lithium after that. When she found out she was pregnant "
              "in May 2025 she stopped the lithium overnight, without telling anyone, because she was frightened "
              "it would harm the baby. By July she was sleeping two or three hours a night, had spent all her "
              "savings and had missed two midwife appointments. Rhian referred her to the perinatal team and she "
              "started quetiapine on 02/09/2025. She is much more settled now, but the perinatal team have told "
              "the conference that the risk of Mia becoming very unwell in the weeks after the birth is high. "
              "Jordan works nights and has never seen Mia unwell."),
        ("h1", "Baby's world now"),
        ("p", "At the 28-week scan on 01/10/2025 baby was growing along the 50th centile. Mia says baby kicks most "
              "after her evening meal and goes still when Jordan plays his guitar. Since 20 weeks Mia has kept "
              "every antenatal appointment. In July, when Mia was sleeping very little, she skipped meals and "
              "missed two checks, so for those weeks baby was not getting the care a baby needs before birth. "
              "The nursery corner is half ready: the Moses basket is up, and there are no bottles or nappies yet."),
        ("h1", "What Mia, Jordan and Gail say"),
        ("p", "Mia: “I stopped the lithium because I was scared for the baby. I know now that was the wrong way "
              "to do it. I want this plan, because I don't want to be the mum who ends up on a ward.”"),
        ("p", "Jordan: “I didn't know what her illness looks like. I'll swap shifts, whatever it takes.” "
              "Gail: “I was there last time. I'll stay as long as they need me.”"),
        ("h1", "What baby needs from this plan"),
        ("numbers", [
            "Baby is born safely and goes home to a flat where everyone knows the plan, so that a well adult is "
            "caring for baby day and night.",
            "Baby is fed when hungry, kept warm and clean, and gains weight steadily along their centile.",
            "Baby sleeps on their back in their own Moses basket at every sleep, in a smoke-free flat.",
            "If Mia becomes unwell, baby is looked after by Jordan or Gail the same day and is never left alone "
            "with anyone who is unwell.",
        ]),
        ("h1", "The plan, step by step"),
        ("p", "Each step has one row for what happens, who leads it and when, and a Check row under it that says "
              "how we will know it is working."),
        ("table", {
            "header": ["Step", "What happens", "Lead", "Timing"],
            "widths": [1.6, 8.4, 1.6, 5.4],
            "rows": [
                ["1",
                 "Visit Mia and Jordan at home to get ready for baby together: where baby will sleep, night "
                 "feeds, and who Mia rings if she starts to feel unwell",
                 "SK",
                 "Every two weeks from 09/10/2025 until the birth; weekly from discharge until the review "
                 "conference"],
                ["Check",
                 "SK's visit notes record every visit, what has been got ready for baby, and Mia's and Jordan's "
                 "own words about how things are going", H, H],
                ["2",
                 "See Mia in the perinatal clinic, write her relapse prevention plan with her, and give a written "
                 "assessment of her capacity to stay well enough to care for baby, the early signs to watch for "
                 "and the likely timescale of any change",
                 "IL",
                 "Clinic at 32 weeks (28/10/2025) and 36 weeks (25/11/2025); assessment by 28/11/2025"],
                ["Check",
                 "Relapse prevention plan copied to SK, RB and AP; the written assessment sent to SK and talked "
                 "through at the core group on 11/12/2025", H, H],
                ["3",
                 "Visit Mia at home, check her sleep, mood and tablets, and report to each core group on whether "
                 "she is making and keeping the changes baby needs and how long that is likely to take",
                 "BN",
                 "Weekly from 14/10/2025 (30 weeks) until baby is 12 weeks old"],
                ["Check",
                 "A written update from BN two working days before every core group, with visit dates, tablet "
                 "counts and her view on change", H, H],
                ["4",
                 "Take her quetiapine every evening and go to every perinatal appointment, so that she stays well "
                 "enough to look after baby",
                 "MH",
                 "Every day from 07/10/2025, and at each appointment the perinatal team books"],
                ["Check",
                 "BN's weekly tablet count is right, and the perinatal team's record shows every appointment "
                 "kept", H, H],
                ["5",
                 "Write a birth plan with Mia and the perinatal team that tells the ward about Mia's illness, her "
                 "medication and this plan",
                 "RB",
                 "By 34 weeks (11/11/2025)"],
                ["Check",
                 "Birth plan in Mia's hand-held notes and on the maternity system, with a copy sent to SK", H, H],
                ["6",
                 "Keep Mia and baby on the ward for at least three nights after the birth, and record Mia's "
                 "sleep, her mood and how she feeds and settles baby",
                 "TR",
                 "From the birth until discharge"],
                ["Check",
                 "Ward observation notes sent to SK before discharge; a discharge planning meeting held on the "
                 "ward before Mia and baby go home", H, H],
                ["7",
                 "Review Mia's medication with the perinatal team before and after the birth, and write to SK "
                 "with any change",
                 "OF",
                 "At 35 weeks (18/11/2025) and two weeks after the birth"],
                ["Check",
                 "A GP letter on baby's file after each review", H, H],
                ["8",
                 "Move from night shifts to day shifts and do the 2am feed every night, so that Mia can sleep "
                 "for six hours",
                 "JH",
                 "From the birth until baby is eight weeks old; employer's letter by 30/11/2025"],
                ["Check",
                 "Employer's letter confirming day shifts seen by SK; the feed chart shows Jordan's initials at "
                 "every 2am feed", H, H],
                ["9",
                 "Stay at the flat and do one night feed, so that Mia gets a full night's sleep",
                 "GH",
                 "Every night for the first 14 nights after discharge, then every Friday and Saturday until baby "
                 "is 12 weeks old"],
                ["Check",
                 "Gail signs the feed chart for every night she stays; SK and AP check the chart at each visit",
                 H, H],
                ["10",
                 "Meet Mia and Jordan before the birth, then weigh baby, watch a feed and note how Mia and "
                 "Jordan respond when baby cries",
                 "AP",
                 "Antenatal visit by 36 weeks (25/11/2025); weekly from the new birth visit until baby is 12 "
                 "weeks old"],
                ["Check",
                 "Weights plotted in baby's red book; AP's notes on feeding and on how baby is comforted sent to "
                 "SK before each core group", H, H],
                ["11",
                 "Write a family safety plan with Mia, Jordan and Gail listing Mia's early warning signs and "
                 "what each of them will do if they see one",
                 "SK",
                 "By 36 weeks (25/11/2025)"],
                ["Check",
                 "Signed family safety plan on file, with a copy on the fridge at Linnet Court and one at Gail's",
                 H, H],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Mia shows any of her early warning signs (under four hours' sleep two nights running, racing "
              "thoughts or very fast talk, or missing her quetiapine), Jordan or Gail will ring BN, or the "
              "perinatal crisis line out of hours, the same day. BN will see Mia within 24 hours, and after the "
              "birth Mia will not be left alone with baby until she has been seen."),
        ("p", "If Mia becomes unwell after the birth, the perinatal team will arrange for Mia and baby to be "
              "admitted together to the Larkfield Mother and Baby Unit. If that cannot happen the same day, baby "
              "will be cared for by Jordan with Gail staying at the flat, and SK will hold a strategy discussion "
              "the same day."),
        ("p", "If Gail cannot stay (she is ill, away or cannot manage the nights), or Jordan cannot get day shifts, "
              "SK will arrange a night-time family support worker from the Cawdlebury Family Support Service for "
              "those nights from the same week. If no safe adult can be at the flat at night, baby will be placed "
              "with Cawdlebury foster carers, and Mia and Jordan will see baby every day."),
        ("p", "If Mia stops her medication and will not see the perinatal team, or IL's assessment says she cannot "
              "stay well enough to care for baby within baby's timescale, SK will ask Pete Lomax for a legal "
              "planning meeting within five working days, to decide whether to start pre-proceedings under the "
              "Public Law Outline before the birth."),
        ("h1", "When we meet"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 2pm at Brookside Children's Centre: 16/10/2025, "
            "13/11/2025 and 11/12/2025, with an extra core group within 10 working days of baby's birth.",
            "Review child protection conference: 06/01/2026, 10am, Cawdlebury Town Hall.",
            "Before each core group SK will ask Mia and Jordan what has changed and, after the birth, bring what "
            "she has seen of baby's day to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Transfer-in conference plan, mother on a methadone script after a relapse
#    in the previous authority; her sister nearby. "Need | Response | Lead
#    agency (named worker) | Review point | Evidence of change", need merged
#    down. Exemplary (landscape pdf, page header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_corvingham_transfer_in_need_response_review_point_voss.pdf",
    "doc_title": "Child Protection Plan (Transfer In) - Skye and Ollie Voss",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 4,
    "header": "OFFICIAL-SENSITIVE – Corvingham Council – Children's Services",
    "footer": "Voss – Plan agreed at the transfer-in conference, 28/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "transfer-in-plan-word-printed-to-pdf-landscape-page-header-footer-details-kv-how-they-came-going-well-worries-in-skyes-words-ollies-drawings-outcomes-then-need-merged-down-response-lead-agency-named-worker-review-point-evidence-of-change-table-with-note-on-review-point-contingency-meetings",
    "description": (
        "Exemplary plan from a transfer-in conference for an 11-year-old and a 6-year-old who "
        "moved from another authority with their mother, who uses heroin and relapsed in the "
        "spring and is now on a supervised methadone script; her sister lives nearby. A Word "
        "plan printed to PDF with a page header and footer: the family's story, the children's "
        "words and drawings, outcomes, then a 'Need | Response | Lead agency (named worker) | "
        "Review point | Evidence of change' table whose note says the review point is when the "
        "response is done or how often. The drug and alcohol charity reports on change, the GP, "
        "both schools, school nursing and young carers own rows, the aunt's two rows have a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Transfer In"),
        ("p", "Corvingham Council · Children's Services · Safeguarding and Assessment Team 2"),
        ("kv", [
            ("Children", "Skye Voss (11), DOB 03/04/2014, Year 7, Corvingham Academy; Ollie Voss (6), DOB "
                         "19/02/2019, Year 2, St Barnabas CE Primary"),
            ("Address", "12 Ropewalk Close, Corvingham CV7 3HT (since 09/08/2025)"),
            ("Mum", "Leanne Voss (34)"),
            ("Fathers", "Skye's father, Dale Marsh, has had no contact since 2018. Ollie's father, Kieran Boyd, "
                        "is serving a prison sentence and has no contact."),
            ("Maternal aunt", "Carla Voss, 4 Tiller Street, Corvingham (five minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Previous authority", "Halberton Borough Council: initial conference 15/05/2025, review 12/08/2025"),
            ("Transfer-in conference", "28/10/2025, Corvingham Civic Centre. Chair: Owen Strachan (IRO)"),
            ("Social worker", "Amir Qureshi (team manager: Ruth Ibbotson)"),
        ]),
        ("h1", "How Skye and Ollie came to Corvingham"),
        ("p", "Leanne has used heroin on and off since she was 19 and has had a methadone prescription since 2021. "
              "In March 2025, after her mother died, she started using again. Skye, then 10, was getting Ollie up "
              "and to school, there was little food in the house, and Ollie had head lice that had gone untreated "
              "for weeks. On 02/05/2025 Halberton police found Leanne asleep on the sofa at 4pm with used foil "
              "beside her, while Ollie was out in the street on his own."),
        ("p", "Halberton made a child protection plan. Leanne went back on a supervised script with Tidewell "
              "Recovery and her screens have been clear since June. In August the family moved to Corvingham to "
              "be near Carla, who has helped since the spring. Halberton sent their file and Leanne's prescribing "
              "history on 12/09/2025, and their social worker, Jess Morland, came to the transfer-in conference."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne's screens have been clear of heroin since 10/06/2025, in Halberton and here.",
            "Her script moved to The Anchor Project in Corvingham on 11/08/2025 without a missed day.",
            "Skye's attendance at her new school is 96%, and Ollie has settled in his class.",
            "Carla has had the children after school twice a week since they arrived.",
        ]),
        ("h1", "What still worries us"),
        ("bullets", [
            "Leanne's recovery has not yet been tested for long in a new town, where she knows few people.",
            "Skye still checks on her mum every morning and makes Ollie's packed lunch.",
            "Ollie wets the bed most nights and is often tired at school.",
        ]),
        ("h1", "In Skye's words"),
        ("p", "Seen on her own at Carla's on 20/10/2025: “It's better here. Mum gets up now. I still check on her "
              "in the morning, just in case. I like that Auntie Carla is near. I don't want it to go back to how it "
              "was.” On a scale where 10 is “home is how I want it”, Skye gave 7, and said 10 would be “not having "
              "to check on Mum”."),
        ("h1", "Ollie's drawings"),
        ("p", "Ollie drew the new house with everyone smiling and a big sun, and himself holding Skye's hand. Asked "
              "who he would tell if he was sad, he drew Carla and his teacher, Miss Abbott. He said he doesn't like "
              "it “when Mum sleeps in the day”, and that he likes his new bedroom because it has stars on the "
              "ceiling."),
        ("h1", "What we want to be different for Skye and Ollie"),
        ("numbers", [
            "Skye and Ollie are cared for every day by a mum who is not using heroin and is awake and able to look "
            "after them.",
            "Skye no longer looks after Ollie or checks on her mum, and has time for her friends and clubs.",
            "Ollie gets to school on time, fed and clean, and gets help with his bedwetting.",
            "Both children know who to go to if their mum seems unwell, and are safe the same day.",
        ]),
        ("h1", "The plan"),
        ("p", "Carried over from Halberton's plan and agreed at the transfer-in conference. The Review point column "
              "says when each response will be done, or how often it happens."),
        ("table", {
            "header": ["Need", "Response", "Lead agency (named worker)", "Review point", "Evidence of change"],
            "widths": [3.6, 7.0, 4.6, 4.4, 6.1],
            "rows": [
                ["To be seen and heard by their new social worker",
                 "Visit both children at home, one visit in three unannounced, and see each child on their own",
                 "Corvingham Children's Services (Amir Qureshi, SW)",
                 "Weekly from 29/10/2025 until the review conference",
                 "Visit records show each child seen alone every week, with their own words written down"],
                [V,
                 "Three sessions with Ollie, using his drawings, about home, his worries and who he can tell",
                 "Corvingham Children's Services (Amir Qureshi, SW)",
                 "Three sessions by 12/12/2025",
                 "Ollie's drawings and words kept on file and brought to the core group"],
                ["For Skye and Ollie to have a mum who stays off heroin and is awake to care for them",
                 "Key-work with Leanne, supervised methadone, a urine screen every two weeks, and a written report "
                 "to each core group on whether she is staying stable and what that means for Skye and Ollie",
                 "The Anchor Project, Corvingham drug and alcohol service (Josh Adeyemi, recovery worker)",
                 "Key-work weekly; report two working days before each core group",
                 "Screen results and the written report on the SW's file before every core group"],
                [V,
                 "Collect her methadone from Parade Pharmacy and take it in front of the pharmacist, and go to "
                 "every Anchor appointment",
                 "Leanne Voss (Mum)",
                 "Daily, from 29/10/2025",
                 "The pharmacy's supervision record and the Anchor attendance sheet show no missed days"],
                [V,
                 "Review Leanne's methadone dose and physical health, and tell the SW the same day about any missed "
                 "pick-up",
                 "Sallow Road Medical Centre (Dr Hannah Cole, GP)",
                 "First review by 14/11/2025, then monthly",
                 "GP letter on file after each review; any missed pick-up emailed to the SW that day"],
                ["To get to school fed, clean and on time",
                 "Check Skye's attendance every day and meet her every Monday with her pastoral lead",
                 "Corvingham Academy (Mrs Dawn Pickles, DSL)",
                 "Every school day; Monday meetings from 03/11/2025",
                 "Attendance emailed to the SW each Friday (target 95% or more); Monday meetings logged on CPOMS"],
                [V,
                 "Give Ollie a breakfast club place and check that he arrives clean, fed and on time",
                 "St Barnabas CE Primary (Mr Idris Khan, DSL)",
                 "Every school day from 03/11/2025",
                 "Breakfast club register and a weekly note to the SW; any worry phoned through the same day"],
                [V,
                 "See Ollie at school for a health review, including his bedwetting, and refer him to the enuresis "
                 "clinic if he needs it",
                 "Corvingham School Nursing (Gemma Flint, school nurse)",
                 "Health review by 21/11/2025",
                 "Health review summary, and any referral letter, sent to the SW"],
                ["A safe adult close by",
                 "Have Skye and Ollie after school and give them their tea",
                 "Carla Voss (maternal aunt)",
                 "Every Tuesday and Thursday, 3.30pm to 7pm",
                 "Carla texts the SW each Thursday evening; the SW asks the children at each visit"],
                [V,
                 "Be the adult Skye rings if her mum seems drowsy or unwell, and take both children to Tiller "
                 "Street that night",
                 "Carla Voss (maternal aunt)",
                 "The same evening, whenever Skye rings",
                 "Carla tells the SW by 9am the next day; Skye shows the SW Carla's number saved on her phone"],
                ["For Skye to be a child, not a carer",
                 "Young carer's assessment with Skye, and a place at the Wednesday young carers' group",
                 "Corvingham Young Carers (Priya Doshi)",
                 "Assessment by 28/11/2025; group every Wednesday after that",
                 "Skye's young carer's plan sent to the SW; the group register shows her there"],
            ],
        }),
        ("h1", "If the plan is not working"),
        ("p", "If Leanne misses her methadone two days running, has a screen positive for heroin, or is found drowsy "
              "or under the influence while caring for the children (seen by anyone, or Skye rings), Skye and "
              "Ollie will go to Carla's that day and Amir will hold a strategy discussion the same day."),
        ("p", "If Carla cannot have the children (she is ill, away or cannot be reached), Amir will place Skye and "
              "Ollie together with Corvingham foster carers the same day, with time with Leanne every day while "
              "things are sorted out."),
        ("p", "If Leanne has two positive screens before the review conference, or stops going to The Anchor "
              "Project, Amir will ask Ruth Ibbotson for a legal planning meeting within five working days. Halberton "
              "held a legal planning meeting on 19/06/2025, and its notes have come to us with the file."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm at Ropewalk Family Hub: 11/11/2025, 09/12/2025 and "
            "06/01/2026.",
            "Review child protection conference: 27/01/2026, 10am, Corvingham Civic Centre.",
            "Halberton closed their case after the transfer-in conference on 28/10/2025.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Looked-after baby (section 20) withdrawing on the neonatal unit, mother
#    using heroin and crack, grandparents being assessed. Who's-who of
#    initials, bullets ending with the owner and time in brackets.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_cleaveholt_lac_neonatal_bracketed_owner_whos_who_dunkerley.md",
    "split": "tune",
    "actions": 11,
    "template": "lac-baby-neonatal-unit-cp-plan-md-about-rosie-two-column-table-whos-who-initials-why-rosies-days-on-the-unit-family-views-outcomes-then-what-will-happen-subheadings-bullets-ending-with-bracketed-initials-and-time-legal-planning-if-something-goes-wrong-meetings",
    "description": (
        "Exemplary child protection plan, updated at the second core group, for a 16-day-old "
        "baby accommodated under section 20 and still on the neonatal unit with neonatal "
        "abstinence syndrome; her mother uses heroin and crack and her grandparents are being "
        "assessed as carers. Markdown: a details table, a who's-who of initials, the baby's days "
        "on the unit, then bullets under three subheadings, each ending with the owner's initials "
        "and the time in brackets. The social worker visits twice a week until discharge, the "
        "recovery service reports on change, foster carers learn her care on the unit; legal "
        "planning is already under way with named next steps, the contingency covers the mother, "
        "the placement and the grandparents, core group and review dates are set."
    ),
    "text": """\
# Child protection plan: Rosie Dunkerley

**Cleaveholt City Council · Children's Services · Children in Care and Safeguarding, Hub 2**
Plan updated at core group 2 on 28/10/2025 and written up by Hannah Osei, social worker.

## About Rosie

| | |
|---|---|
| Child | Rosie Dunkerley, born 12/10/2025 at 37 weeks (16 days old at core group 2) |
| Where Rosie is | Ward 3, neonatal unit, Cleaveholt Royal Infirmary (cot 9) |
| Legal status | Looked after: accommodated under section 20, Children Act 1989, with Shannon's written agreement, since 14/10/2025 |
| Mum | Shannon Dunkerley (24), 7 Barley Mow Flats, Cleaveholt |
| Father | Not named on the birth certificate. Shannon says he is Liam Cosgrove, who has not been in touch. |
| Maternal grandparents | Angela and Steve Dunkerley, 22 Quarry Hill, Cleaveholt |
| Category | Neglect (pre-birth initial conference, 09/09/2025) |
| Social worker | Hannah Osei (team manager: Gareth Price) |
| Independent reviewing officer | Yasmin Tariq |

## Who's who

In the plan each person is shown by the initials below, and each bullet of the plan ends with who does it
and when, in brackets.

- **HO** – Hannah Osei, social worker
- **IRO** – Yasmin Tariq, independent reviewing officer
- **NNU** – Ward 3 nursing team; Rosie's named nurse is Lucy Vance
- **ND** – Dr Nkechi Duru, consultant neonatologist
- **ZH** – Zara Hunt, family time worker, Cleaveholt Family Time Service
- **AD and SD** – Angela and Steve Dunkerley, Rosie's grandparents
- **FC** – Julie and Mark Ashby, Rosie's foster carers from discharge
- **KP** – Kath Pemberton, supervising social worker, Cleaveholt Fostering Team
- **NF** – Nadia Farooq, kinship assessor, Cleaveholt Kinship Team
- **EM** – Ellen Marr, health visitor, Cleaveholt 0-19 Service
- **DR** – Dom Reyes, recovery worker, Cleaveholt Recovery Service (drugs and alcohol)

## Why Rosie has a plan

Shannon has used heroin since she was 17 and crack cocaine for the last two years. She was on a methadone
script during the pregnancy but used on top of it, and missed most of her antenatal care. Rosie was born
withdrawing. Shannon agreed on 14/10/2025 that Rosie should be looked after while she is on the unit and
while her grandparents are assessed, and she has kept to that agreement.

## Rosie's days on the unit

Rosie weighed 2.61kg at birth. In her first week she had a shrill cry, sneezed and yawned a lot, fed poorly
and had scores of 8 to 11 on the withdrawal chart; she started oral morphine on day 2. Now the dose is
coming down every three days, her scores are mostly 3 or 4, and she takes 60ml a feed. The nurses say she
settles best swaddled and held skin to skin, and goes rigid and cries when the ward is noisy. Hannah saw her
calm when Angela hummed to her on 26/10/2025. Shannon fed her well at four of her six family times; at the
other two Shannon was late and tired, and the nurse finished the feed.

## What Shannon, Angela and Steve say

Shannon: "I know I can't have her home yet. I want to get clean for her, and I want her to know I'm her mum."
Angela and Steve want Rosie to come to them "for as long as it takes", and understand that they must be
assessed first.

## What we want for Rosie

1. Rosie comes off morphine safely, feeds well and gains weight steadily.
2. Rosie leaves hospital to a safe carer who already knows her feeding and settling routine.
3. Rosie sees her mum and grandparents often, in a way that is safe for her.
4. A permanent home for Rosie is decided without delay.

## What will happen

### While Rosie is on the unit

- Visit Rosie on the unit, hold her if the nurses agree, and write in her visit record how she is feeding,
  sleeping and settling and who has been to see her (HO, every Tuesday and Friday from 28/10/2025 until
  the day she is discharged).
- Score Rosie's withdrawal every four hours, weigh her every morning, and email HO a written summary of her
  scores, weight and visitors every Monday (NNU, named nurse Lucy Vance; daily, summary each Monday).
- Meet Rosie on the unit for her first looked-after review, and send the review record to everyone within
  five working days (IRO, by 11/11/2025).
- Supervise Shannon's family time in the parents' room, help her feed, change and settle Rosie, and send HO
  a note of every session (ZH, Monday, Wednesday and Friday, 1pm to 3pm).
- Visit Rosie with a nurse present and write a few lines in her cot-side diary after each visit, which HO
  reads at her visits (AD and SD, every Sunday, 2pm to 4pm).

### Getting Rosie ready to leave hospital

- Decide with the unit when Rosie's morphine can stop, and write her medical discharge summary with her
  follow-up appointments, copied to HO, EM and the foster carers (ND, at the discharge planning meeting on
  18/11/2025; summary on the day of discharge).
- Visit Rosie on the unit at least three times to learn her feeding and settling routine from the nurses,
  each visit recorded in the nursing notes and in KP's supervision record (FC with KP, from 03/11/2025 and
  before discharge).
- Complete a viability assessment of Angela and Steve as Rosie's long-term carers, and share the written
  recommendation with the core group and the legal planning meeting (NF, by 28/11/2025).
- Visit Rosie at the foster home, weigh her, check for signs of withdrawal and send HO a note after each
  visit (EM, within two days of discharge, then weekly until Rosie is eight weeks old).

### Shannon's recovery

- Key-work with Shannon, a urine screen every week and a methadone review with her prescriber, with a
  written report to each core group on whether she has stopped using heroin and crack and what that means
  for Rosie (DR, weekly; report two working days before each core group).
- Go to every key-work session and give a urine screen each time, so that family time with Rosie can carry
  on; DR's attendance sheet will show every session kept (Shannon, every Thursday from 30/10/2025).

## Legal planning

A legal planning meeting was held on 21/10/2025 (Gareth Price, Hannah Osei and Cleaveholt Legal Services).
It agreed that Rosie stays accommodated while her grandparents are assessed, and that Shannon will be sent a
pre-proceedings letter under the Public Law Outline. If Shannon's screens are not clear by the next legal
planning meeting on 02/12/2025, or the viability assessment of Angela and Steve is negative and no other
family carer is found, that meeting will decide whether to issue care proceedings.

## If something goes wrong

- **If Shannon arrives at family time under the influence** (slurred, drowsy or smelling of drugs), ZH ends
  the session, Rosie stays with the nurses, and ZH tells HO the same day. The next family time goes ahead
  only after a clear screen.
- **If Shannon withdraws her agreement to section 20 or tries to take Rosie from the unit**, ward staff call
  Cleaveholt Police on 999 and HO asks for an urgent legal planning meeting the same day, to apply for an
  emergency protection order.
- **If the Ashbys cannot take Rosie on discharge**, KP will find another approved foster carer before the
  discharge date, and Rosie will not leave the unit until a carer is confirmed.
- **If Angela and Steve cannot keep their Sunday visits** (illness, or they stop coming), HO will ask the
  Ashbys to visit on Sundays instead, so that Rosie still has a familiar adult at the weekend.

## Meetings and reviews

- Core group every four weeks: 25/11/2025 and 23/12/2025, 2pm, in the Ward 3 seminar room (at Quarry Hill
  Family Hub once Rosie has left hospital).
- Review child protection conference: 09/12/2025, 10am, Cleaveholt Civic Centre.
- Rosie's first looked-after review: 11/11/2025 on the unit. Discharge planning meeting: 18/11/2025, Ward 3.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review conference plan, neglect and the father's drinking, three
#    children, paternal grandparents helping. "Worry | What's going to happen
#    | Person | Date | Signs it's working", worry merged down, a footnote for
#    dates marked "*". Faulty (landscape docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_crindleford_rcpc_worry_person_date_footnote_bramley.docx",
    "doc_title": "Child Protection Plan (First Review) - Tia, Jake and Alfie Bramley",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "check_vmerge": 5,
    "template": "rcpc-landscape-docx-details-kv-why-what-has-happened-since-childrens-words-outcomes-then-no-worry-merged-down-whats-going-to-happen-person-date-signs-its-working-table-star-footnote-gives-date-contingency-core-group-review",
    "description": (
        "First review conference plan for three children of 9, 7 and 4 living with neglect and "
        "their father's drinking; the paternal grandparents do school runs and Sunday dinners. "
        "A landscape Word table 'No. | Worry | What's going to happen | Person | Date | Signs "
        "it's working' with each worry merged down beside its actions, and a note that a '*' in "
        "the Date column means by the second review conference. Most rows are sound (weekly "
        "visits, the family support worker's checklist, the alcohol service reporting on change, "
        "the young carers' row dated by the footnote). Faults: breakfast club measured only by "
        "'Monitored by school'; the uniforms owned by 'Family'; the father's sobriety 'Ongoing'; "
        "the detox referral with no owner; school counselling with an empty measure; an outcome "
        "only about the father; the grandparents carry the plan and the contingency never says "
        "what happens if they cannot."
    ),
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Crindleford Borough Council · Children and Young People's Service · Locality Team East"),
        ("kv", [
            ("Children", "Tia Bramley (9), Jake Bramley (7) and Alfie Bramley (4)"),
            ("Address", "58 Kestrel Road, Crindleford CF3 9NL"),
            ("Parents", "Donna Bramley (33) and Craig Bramley (36)"),
            ("Paternal grandparents", "Maureen and Les Bramley, 2 Orchard Row, Crindleford"),
            ("Category", "Neglect (all three children)"),
            ("Initial conference", "22/07/2025"),
            ("This plan", "First review child protection conference, 21/10/2025. Chair: Andrea Kettle (IRO)"),
            ("Social worker", "Nisha Patel (team manager: Colin Darby)"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "Craig drinks most days, often from lunchtime, and is the main carer while Donna works shifts at the "
              "bakery. In June the school reported that all three children were arriving hungry and in dirty "
              "clothes, and Tia told her teacher she makes her brothers' tea because her dad falls asleep. When "
              "the social worker visited there was no food in the fridge, the children's mattresses were soiled, "
              "and Alfie, then 3, was at home with Craig, who had been drinking."),
        ("h1", "What has happened since July"),
        ("bullets", [
            "Craig has been to 9 of 12 key-work sessions at Crindleford Alcohol Service; four of his breath tests "
            "were over zero, the last on 06/10/2025.",
            "The children have new mattresses and bedding, and the home conditions checklist has gone from 1 to "
            "3 in the kitchen and from 1 to 2 in the bedrooms.",
            "Maureen has taken the children to school every Monday and Friday since September, and their "
            "lateness on those days has stopped.",
            "Alfie has had his speech assessed and is on the waiting list for therapy, which starts in November.",
        ]),
        ("h1", "What Tia, Jake and Alfie told us"),
        ("p", "Tia (seen on her own at school, 14/10/2025): “It's a bit better. There's food now. I still do Alfie's "
              "tea on Wednesdays when Dad's asleep. I like Sundays at Nana's best because we have a bath and a "
              "roast.” She gave home 5 out of 10; it was 2 in July."),
        ("p", "Jake (seen on his own at home, 16/10/2025) said his dad is “grumpy in the mornings” and that he is "
              "hungry before dinner at school. He drew his family with Nana and Grandad in the middle."),
        ("p", "Alfie is 4 and has few clear words. At visits he brings his toy cars to whoever sits on the floor "
              "with him. Nursery say he eats two breakfasts on Mondays."),
        ("h1", "What we want for Tia, Jake and Alfie"),
        ("bullets", [
            "Tia, Jake and Alfie have breakfast and tea every day and sleep in clean beds.",
            "The children are looked after by a sober adult at all times.",
            "Tia is a 9-year-old again and does not have to look after her brothers.",
            "Alfie's talking catches up and he goes to nursery every session.",
            "Craig will stop drinking and find work.",
        ]),
        ("h1", "The plan"),
        ("p", "The first person named in the Person column leads. A * in the Date column means by the second review "
              "conference on 10/02/2026."),
        ("table", {
            "header": ["No.", "Worry", "What's going to happen", "Person", "Date", "Signs it's working"],
            "widths": [1.0, 3.8, 7.0, 4.2, 4.0, 5.7],
            "rows": [
                ["1", "The children are hungry, and the house and their beds are not clean",
                 "Visit the children at home, check the kitchen, beds and bathroom, and see Tia and Jake on their "
                 "own",
                 "Nisha Patel (SW)",
                 "Weekly, one visit in three unannounced",
                 "Visit notes show food in the cupboards, clean beds and each child's own words written down"],
                ["2", V,
                 "Work through the home conditions checklist with Donna and Craig, and make a weekly meal plan and "
                 "shopping list with them",
                 "Lorna Briggs (family support worker)",
                 "Every Wednesday morning, 8 sessions from 29/10/2025",
                 "Checklist scores at sessions 1, 4 and 8, with a target of 4 in every room; meal plan on the "
                 "fridge"],
                ["3", V,
                 "Give the children breakfast club and tell the SW if any of them arrives hungry or in dirty "
                 "clothes",
                 "Mrs Keeley Orme (DSL, Crindleford Primary)",
                 "Every school day",
                 "Monitored by school"],
                ["4", V,
                 "Wash and iron the children's school uniforms each weekend",
                 "Family",
                 "Every Sunday",
                 "Children in clean uniform on Mondays, noted by their class teachers"],
                ["5", V,
                 "Have the children for Sunday dinner and a bath, and make sure they have clean clothes for "
                 "Monday",
                 "Les and Maureen Bramley (paternal grandparents)",
                 "Every Sunday",
                 "Maureen texts the SW each Sunday evening; the SW asks the children at the next visit"],
                ["6", "Dad's drinking means he is not safe to look after the children on his own",
                 "Key-work with Craig, with a breath test at each session, and a written report to each core group "
                 "on whether his drinking is changing",
                 "Sam Okoro (Crindleford Alcohol Service)",
                 "Every Monday; report two days before each core group",
                 "Breath test results and the report on the SW's file before every core group"],
                ["7", V,
                 "Not drink on any day he is caring for the children, and keep no alcohol in the house",
                 "Craig",
                 "Ongoing",
                 "Every breath test at key-work reads zero; no alcohol seen at any SW visit"],
                ["8", V,
                 "Referral for Craig to the community detox programme at Elmfield House",
                 "-",
                 "By 14/11/2025",
                 "Detox start date confirmed in writing"],
                ["9", "Tia looks after her brothers and worries about her dad",
                 "Young carer's assessment with Tia and a place at the Thursday young carers' club",
                 "Erin Walsh (Crindleford Young Carers)",
                 "*",
                 "Tia's young carer's plan sent to the SW; the club register shows her there"],
                ["10", V,
                 "Sessions in school with Tia about her worries, using her worry monster drawings",
                 "Jen Hill (school counsellor, Crindleford Primary)",
                 "Every other Thursday from 06/11/2025",
                 ""],
                ["11", "Alfie's speech is behind and he misses nursery",
                 "Take Alfie to every speech and language therapy appointment",
                 "Donna",
                 "Every other Tuesday from 04/11/2025",
                 "The therapist's letter shows each appointment kept; Alfie's word count at the first and last "
                 "sessions"],
                ["12", V,
                 "Record Alfie's attendance and new words, and note if he arrives hungry",
                 "Beth Cairns (key worker, Sunflowers Nursery)",
                 "Each nursery session (Monday to Thursday mornings)",
                 "Weekly email to the SW with attendance and a tally of new words"],
                ["13", "The children get to school late or not at all",
                 "Take Tia, Jake and Alfie to school and nursery on Monday and Friday mornings",
                 "Maureen Bramley (paternal grandmother)",
                 "Every Monday and Friday in term time",
                 "School and nursery registers show all three in on time on those days"],
                ["14", V,
                 "Check all three children's attendance and lateness, and ring Donna by 9.30am if a child is not in",
                 "Callum Royle (attendance officer, Crindleford Primary)",
                 "Every school day",
                 "Attendance and lates emailed to the SW every Friday; no more than one late each half-term"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Craig is found to have been drinking while caring for the children (a breath test over zero, or a "
              "report from school, nursery, a neighbour or one of the children), he will leave the house that day "
              "and stay with his brother Wayne at 14 Mill Lane, the children will stay with Donna, and Nisha will "
              "hold a strategy discussion the same day."),
        ("p", "If the children arrive at school hungry on three days in one week, or there is no food in the house "
              "at a visit, Nisha will bring a food parcel that day and Lorna will visit every day that week."),
        ("p", "If Craig has two more breath tests over zero or misses three key-work sessions before the core group "
              "on 06/01/2026, or the checklist has not reached 4 in every room by then, Nisha will ask Colin Darby "
              "for a legal planning meeting within ten working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 1.30pm at Kestrel Road Family Centre: 25/11/2025 and "
            "06/01/2026.",
            "Second review child protection conference: 10/02/2026, 2pm, Crindleford Town Hall.",
        ]),
    ],
    "findings": [
        F("M002", "Give the children breakfast club and tell the SW"),
        F("W002", "Wash and iron the children's school uniforms each weekend"),
        F("T002", "Not drink on any day he is caring for the children"),
        F("W001", "Referral for Craig to the community detox programme"),
        F("M001", "Sessions in school with Tia about her worries"),
        F("F002", "Craig will stop drinking and find work."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group 2 minutes, mother with depression and anxiety under the CMHT,
#    a 13-year-old who has self-harmed and a 2-year-old. Initials attendance
#    list, numbered minutes, action log with a status column and one closed
#    row. Faulty (pdf, page header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_cobbenhall_core_group_minutes_initials_status_log_ridley.pdf",
    "doc_title": "Core Group 2 Minutes - Kayla Ridley and Mason Tate",
    "split": "tune",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE – Cobbenhall Metropolitan Borough Council – Children's Social Care",
    "footer": "Ridley / Tate – Core group 2 minutes, 18/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "core-group-minutes-word-printed-to-pdf-page-header-footer-details-kv-present-list-with-initials-numbered-minutes-agency-updates-views-outcomes-contingency-next-meetings-then-action-log-no-action-lead-initials-due-what-we-will-see-status-with-one-done-row",
    "description": (
        "Minutes of the second core group for a 13-year-old girl who has self-harmed and her "
        "2-year-old brother; their mother has depression and anxiety and is under the community "
        "mental health team. A Word document printed to PDF with a page header and footer: a "
        "present list defining initials, numbered minutes, then an action log 'No. | Action | "
        "Lead | Due | What we will see | Status' whose leads are those initials; one one-off row "
        "is marked Done. Most rows are sound (weekly visits, the psychiatrist assessing capacity "
        "to change, the health visitor, school, nursery, the father and Kayla's dad). Faults: the "
        "community mental health nurse only supports the mother; the CAMHS referral 'When Kayla "
        "feels ready'; the safety plan owned by 'Core group'; the parenting assessment with no "
        "measure; debt advice measured by 'To be reviewed at core group'; a contingency that only "
        "says the core group will meet to discuss next steps, and no legal planning."
    ),
    "blocks": [
        ("title", "Core Group 2 – Minutes and Action Log"),
        ("kv", [
            ("Children", "Kayla Ridley (13), DOB 07/06/2012; Mason Tate (2), DOB 25/08/2023"),
            ("Address", "31 Foundry Walk, Cobbenhall CB6 4QS"),
            ("Category", "Emotional abuse and neglect (both children)"),
            ("Plan made", "Initial child protection conference, 14/10/2025"),
            ("Meeting", "Core group 2, Tuesday 18/11/2025, 1.30pm, Foundry Walk Family Hub"),
        ]),
        ("h1", "Present, and the initials used in these minutes"),
        ("bullets", [
            "HM – Holly Marsh, social worker (chair and minutes)",
            "GL – Gary Linton, community mental health nurse, Cobbenhall CMHT",
            "TB – Tasha Bell, health visitor, Cobbenhall 0-19 Service",
            "RO – Mr Rob Ogden, head of Year 9 and designated safeguarding lead, Cobbenhall High School",
            "PK – Priya Kaur, manager, Little Owls Nursery",
            "JR – Jade Ridley, Kayla's and Mason's mum",
            "LT – Lewis Tate, Mason's dad",
            "Apologies: Dr Salma Aziz, consultant psychiatrist, Cobbenhall CMHT (written update sent); Darren "
            "Ridley, Kayla's dad (spoke to HM by phone on 17/11/2025)",
        ]),
        ("h1", "1. Minutes of core group 1 (28/10/2025)"),
        ("p", "Agreed as a true record."),
        ("h1", "2. Updates from each agency"),
        ("p", "HM: four weekly visits since core group 1, one of them unannounced. The flat was tidy each time and "
              "there was food in. On 11/11/2025 Jade was still in bed at 3.30pm and Kayla had fetched Mason from "
              "nursery on her own."),
        ("p", "GL: has seen Jade every Thursday. Jade says her mood is lowest in the afternoons and she is taking "
              "her sertraline. GL said it is too early to say whether things are changing. Dr Aziz's written "
              "update: sertraline increased on 04/11/2025; a full assessment is booked for 02/12/2025."),
        ("p", "TB: Mason weighed 12.6kg on 11/11/2025, on the 50th centile. His 2-year review is booked for "
              "25/11/2025."),
        ("p", "RO: Kayla's attendance this half-term is 89%. On 07/11/2025 a teacher saw fresh scratches on her "
              "forearm; the school nurse saw her that day and Jade was told. Kayla has started seeing the school "
              "counsellor."),
        ("p", "PK: Mason comes on Tuesdays, Wednesdays and Thursdays and is on time when Lewis brings him. He was "
              "hungry on arrival on two Tuesdays."),
        ("h1", "3. What Jade and Lewis said"),
        ("p", "Jade said the afternoons are the hardest and she is embarrassed that Kayla has had to collect Mason. "
              "She is worried about a letter from the housing association about her rent arrears. Lewis said he "
              "will keep doing the nursery runs and would like more hours at work."),
        ("h1", "4. Kayla's views and Mason's day"),
        ("p", "Kayla (seen on her own by HM at school, 14/11/2025): “I don't mind getting Mason but I hate it when "
              "Mum's in bed and I don't know if she's okay. I cut myself once because I was stressed about it. I "
              "want Mum to get better and I want to stay at Dad's more.” She gave home 5 out of 10."),
        ("p", "Mason is chatty and busy at visits and goes to Lewis for cuddles. Nursery say he plays well with "
              "other children and loves the sand tray."),
        ("h1", "5. Outcomes from the plan (unchanged)"),
        ("bullets", [
            "Kayla and Mason are cared for every day by an adult who is well enough to look after them, and Kayla "
            "no longer has to check on her mum.",
            "Kayla is safe, gets help with her self-harm and goes to school every day.",
            "Mason is fed, goes to nursery every session and keeps developing well.",
        ]),
        ("h1", "6. Contingency (as agreed at conference)"),
        ("p", "If Jade's mental health gets worse, the core group will meet to discuss next steps."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group 3: Tuesday 09/12/2025, 1.30pm, Foundry Walk Family Hub; then every four weeks.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Cobbenhall Civic Centre.",
        ]),
        ("h1", "8. Action log"),
        ("p", "Actions carried forward from the plan and agreed today. Leads are shown by the initials in the list "
              "at the top of these minutes."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Due", "What we will see", "Status"],
            "widths": [0.9, 4.8, 1.8, 3.0, 4.0, 2.5],
            "rows": [
                ["1",
                 "Visit Kayla and Mason at home, see Kayla on her own and write down her words",
                 "HM",
                 "Every week until the review conference",
                 "Visit log shows both children seen weekly and Kayla seen alone at every visit",
                 "On track"],
                ["2",
                 "Weekly home visits to support Jade with her low mood and anxiety",
                 "GL",
                 "Every Thursday",
                 "Visit dates emailed to HM each month",
                 "On track"],
                ["3",
                 "Review Jade's medication and assess whether she can make and keep the changes Kayla and Mason "
                 "need, and how long that is likely to take",
                 "Dr Salma Aziz, consultant psychiatrist, Cobbenhall CMHT",
                 "Assessment 02/12/2025; report by 05/12/2025",
                 "Written report sent to HM and shared at core group 3",
                 "Booked"],
                ["4",
                 "Weigh Mason, complete his 2-year review and check where he sleeps",
                 "TB",
                 "2-year review 25/11/2025; weighs every two weeks",
                 "Review scores and weights sent to HM",
                 "Booked"],
                ["5",
                 "Check Kayla's attendance daily and see her weekly with the school counsellor",
                 "RO",
                 "Every school day; counselling every Wednesday",
                 "Attendance emailed to HM each Friday; sessions logged on CPOMS",
                 "On track"],
                ["6",
                 "Offer Kayla a referral to Cobbenhall CAMHS for her self-harm",
                 "RO",
                 "When Kayla feels ready",
                 "Referral letter copied to HM",
                 "New"],
                ["7",
                 "Agree a written safety plan with Jade for days she cannot get up, saying who collects Mason",
                 "Core group",
                 "By core group 3 (09/12/2025)",
                 "Signed safety plan on file and copied to the nursery",
                 "New"],
                ["8",
                 "Take Mason to nursery and collect him",
                 "LT",
                 "Every Tuesday, Wednesday and Thursday",
                 "Nursery register shows Mason in by 9.15am and collected by Lewis",
                 "On track"],
                ["9",
                 "Record Mason's attendance and whether he arrives fed, and ring HM the same day if Kayla collects "
                 "him",
                 "PK",
                 "Each nursery session",
                 "Weekly email to HM; same-day calls logged",
                 "New"],
                ["10",
                 "Complete the parenting assessment of Jade and Lewis",
                 "HM",
                 "By 19/12/2025",
                 "",
                 "Started"],
                ["11",
                 "See Cobbenhall Citizens Advice about the rent arrears and the housing association's letter",
                 "JR",
                 "By 30/11/2025",
                 "To be reviewed at core group",
                 "Not started"],
                ["12",
                 "Have Kayla to stay every other weekend",
                 "Darren Ridley (Kayla's dad)",
                 "Alternate weekends, Friday 5pm to Sunday 5pm",
                 "Darren texts HM when Kayla arrives and when she leaves",
                 "On track"],
                ["13",
                 "Send Jade's medical history and medication list to HM",
                 "Dr Lena Fox, GP, Foundry Lane Surgery",
                 "By 07/11/2025",
                 "GP letter on file",
                 "Done 05/11/2025"],
            ],
        }),
        ("p", "Minutes sent out on 19/11/2025 by Holly Marsh. Please send any corrections within five working days."),
    ],
    "findings": [
        F("H001", "Weekly home visits to support Jade with her low mood"),
        F("T002", "Offer Kayla a referral to Cobbenhall CAMHS for her self-harm"),
        F("W002", "Agree a written safety plan with Jade for days"),
        F("M001", "Complete the parenting assessment of Jade and Lewis"),
        F("M002", "See Cobbenhall Citizens Advice about the rent arrears"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Social worker's letter to parents after the initial conference: the
#    father's drinking and arguments at home, an 8-year-old and a 3-year-old,
#    both grandparents helping. Plan told in bullets under "What I will do",
#    "What we are asking of you both" and "Other people helping", with hedged
#    and passive wording. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_crakehollow_letter_after_icpc_hoped_passive_bullets_ashcroft.md",
    "split": "tune",
    "actions": 14,
    "template": "sw-letter-to-parents-after-icpc-md-dear-both-why-what-leo-told-me-what-i-have-seen-of-ruby-things-we-want-to-be-different-then-what-happens-next-subheadings-what-i-will-do-what-we-are-asking-of-you-both-other-people-helping-bullets-if-things-go-wrong-meetings-signed",
    "description": (
        "A social worker's letter to both parents after the initial conference, for an 8-year-old "
        "and a 3-year-old whose father drinks heavily and argues with their mother. Markdown: why "
        "there is a plan, 'What Leo told me', what the social worker has seen of Ruby, 'Things we "
        "want to be different', then bullets under 'What I will do', 'What we are asking of you "
        "both' and 'Other people helping', with hedged and passive wording. Most bullets name an "
        "owner, a time and a check ('I' is the social worker who signs; 'It is hoped that you "
        "will both...' names the parents). Faults: the parenting assessment with no stated "
        "output; a course measured only by talking about it at the core group; 'It is hoped that "
        "a nursery place can be found' with no owner; Grandad's pick-ups 'when he can'; an "
        "outcome only about the father; both grandparents help and the contingency says nothing "
        "about their help failing."
    ),
    "text": """\
Crakehollow Council – Children's Social Care
Locality Safeguarding Team (West), Harbour House, 1 Quay Street, Crakehollow CK2 5DP

31 October 2025

Gemma and Dean Ashcroft
16 Tanners Row
Crakehollow CK4 8JB

# Leo and Ruby's child protection plan

Dear Gemma and Dean,

Thank you both for coming to the initial child protection conference on Tuesday 28 October. As the chair,
Mrs Okafor, explained, Leo and Ruby now have child protection plans under the category of emotional abuse.
I said I would write the plan down for you in plain words, so here it is. Please ring me if anything is not
clear, or if you think something is wrong.

## Why Leo and Ruby have a plan

Dean, you told the conference that you drink most evenings and more at weekends, and that you and Gemma
argue when you have been drinking. The police came to the house three times between July and September.
On 14 September Leo rang 999 himself because he was frightened, and Ruby was in the room when a glass was
thrown. Leo's school have noticed that he is tired, jumpy and bites his nails until they bleed.

## What Leo told me

When I saw Leo on his own at school on 22 October he said: "I don't like it when Dad's been at the pub
because then they shout. I go in Ruby's room and put her music on so she can't hear. I'm the one who looks
after her." He gave home 4 out of 10. He said a 10 would be "no shouting and Dad taking me to football".
He loves Saturday nights at Nana Sue's and wants to keep going there.

## What I have seen of Ruby

Ruby is 3. On my visits she has been clean, well dressed and busy with her dolls. When Dean raised his
voice on the phone on 17 October she went still and hid her face in Gemma's jumper until he had finished.
Her nursery say she cries at drop-off on Mondays but settles with her key worker.

## Things we want to be different

- Leo and Ruby live in a home where they do not see or hear shouting, fighting or things being thrown.
- Leo and Ruby are always looked after by an adult who has not been drinking.
- Leo can be an 8-year-old, not Ruby's protector, and feels safe to tell someone when he is worried.
- Ruby goes to nursery and settles, and her development stays on track.
- Dean is drinking less and has found work.

## What happens next

### What I will do

- I will visit Leo and Ruby at home every week, at least one visit a month unannounced, and I will see Leo
  on his own and write down what he tells me in my visit notes.
- I will complete a parenting assessment with you both by 19 December 2025.
- I will do three sessions with Leo at school about his worries, using his Three Houses drawings, by 12
  December 2025, and I will bring his drawings to the core group.

### What we are asking of you both

- Dean, we are asking you to go to your key-work sessions at Crakehollow Community Alcohol Team every
  Tuesday and to give a breath test each time; your key worker will tell me each month how many you have
  kept.
- Dean, you will not drink on any day you are looking after Leo and Ruby, from today (31 October 2025);
  a breath test at any of my visits should read zero.
- Gemma, we are asking you to take Ruby to nursery on her Monday, Wednesday and Friday mornings, and the
  nursery will send me her attendance each week.
- It is hoped that you will both complete the Safe Families course, which starts on 13 January 2026, and
  we will talk about how it is going at each core group.

### Other people helping

- Femi Alade, Dean's key worker at Crakehollow Community Alcohol Team, will send me the breath test results
  and a short report on whether Dean's drinking is changing, two working days before each core group.
- Mrs Farah Hussain, Leo's school's safeguarding lead, will refer Leo to the Crakehollow Children's
  Wellbeing Service by 21 November 2025 and send me the acceptance letter.
- Leo's school will ring me the same day if he is absent or arrives upset, and will send me his attendance
  every Friday.
- It is hoped that a nursery place can be found for Ruby on Tuesday and Thursday mornings as well, before
  the January term starts, and her start date will be confirmed in writing.
- Anya Kowal, Ruby's health visitor, will see Ruby at home for her development check by 28 November 2025
  and send me the scores.
- Grandad Pete will collect Leo from school when he can and give him his tea at his flat; the school's
  collection sheet will show the days he did.
- Nana Sue will have Leo and Ruby to stay every Saturday night and will text me on Sunday mornings to say
  how the stay went.

## If things go wrong

If Dean is drunk while he is looking after the children (a breath test over zero, or a call from Gemma,
Leo, the school or a neighbour), he will leave the house that night and stay at his brother Karl's, and I
will hold a strategy discussion the same day. If there is any violence, Gemma or Leo should ring 999; the
police will attend, and I will see the children at school the next morning.

If Dean has two breath tests over zero before the review conference, or misses three key-work sessions, I
will ask my manager, Tom Reid, for a legal planning meeting within five working days.

## Meetings

The core group (both of you, me, Femi, Mrs Hussain, Anya and Ruby's nursery) will meet every four weeks,
first on Thursday 13 November 2025 at 10am at Quay Street Family Hub, then on 11 December 2025. The review
child protection conference will be on Thursday 22 January 2026 at 2pm at Crakehollow Civic Centre.

Yours sincerely,

Rebecca Lowe
Social Worker, Crakehollow Children's Social Care
Tel: 01632 960 418
""",
    "findings": [
        F("M001", "I will complete a parenting assessment with you both"),
        F("M002", "It is hoped that you will both complete the Safe Families course"),
        F("W001", "It is hoped that a nursery place can be found for Ruby"),
        F("T002", "Grandad Pete will collect Leo from school when he can"),
        F("F002", "Dean is drinking less and has found work."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system print of a plan after core group 1: a 15-year-old being
#    criminally exploited, his 10-year-old sister left alone at night, the
#    mother's drinking, a move to another authority expected in January.
#    Page headers repeated through the print; NEED blocks with numbered
#    RESPONSE / LEAD AGENCY / REVIEW POINT / EVIDENCE lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_charnwick_case_print_need_response_page_headers_okonedo.txt",
    "split": "tune",
    "actions": 13,
    "template": "cp-plan-case-system-print-txt-repeated-page-headers-dot-leader-details-why-childs-views-outcomes-key-line-then-need-blocks-numbered-response-lead-agency-review-point-evidence-lines-contingency-trigger-response-meetings",
    "description": (
        "A case-system print of the plan as agreed at the first core group, for a 15-year-old "
        "boy being drawn into county lines and his 10-year-old sister, left alone at night while "
        "their mother drinks; the family expect to move to another authority in January. Plain "
        "text with the page header repeated through the print, dot-leader details, the children's "
        "views, outcomes, a key saying the review point is when a response is due or how often, "
        "then NEED blocks of numbered RESPONSE / LEAD AGENCY / REVIEW POINT / EVIDENCE lines. Most "
        "responses are sound (weekly visits until the transfer-in conference, return home "
        "interviews within 72 hours, police notices, the schools, the aunt, the file sent to the "
        "new authority with a joint visit). Faults: youth work measured by 'Engagement with the "
        "service'; the psychology assessment with no review point; 'All agencies' to report the "
        "same day; family therapy put on hold until the case transfers; the mother's alcohol "
        "service is only somewhere she goes; the review conference is 'to be confirmed'."
    ),
    "text": """\
CHARNWICK COUNCIL | CHILDREN'S SOCIAL CARE | CASEVIEW PRINT                  Page 1 of 3
CP PLAN: OKONEDO, Marcus and Amara           Printed 05/11/2025 09:12 by OMALIK
========================================================================================

CHILD PROTECTION PLAN - AS AGREED AT CORE GROUP 1 (21/10/2025)

Children .............. Marcus OKONEDO, DOB 22/02/2010 (15), Year 11, Charnwick Academy
                        Amara OKONEDO, DOB 14/07/2015 (10), Year 6, Hollybank Primary
Address ............... Flat 6, Linden House, Weaver Street, Charnwick CH3 7LU
Mother ................ Precious Okonedo (41)
Father ................ Emeka Okonedo, lives in Lagos; phones the children monthly
Maternal aunt ......... Blessing Eze, 9 Harrier Way, Greysands (35 minutes by train)
Category .............. Neglect (both children)
ICPC .................. 07/10/2025, chair Lorraine Hatch (IRO)
Social worker ......... Omar Malik (team manager: Fiona Grant)

WHY THERE IS A PLAN
Since Emeka left in 2024 Precious has been drinking heavily, mostly in the evenings.
She goes to the Charnwick Alcohol Service drop-in when she can. Marcus has been
reported missing six times since August; twice he was found in Dunmere with older
men, once with £300 in cash and a second phone. Police believe he is being drawn into
moving drugs for a county line. On 20/09/2025 police found Amara alone in the flat at
11pm with the door chain on: Marcus was missing and Precious was asleep at a
friend's, drunk. Precious has applied for a housing swap to Greysands, to be near
Blessing, and expects to move in January 2026.

CHILDREN'S VIEWS
Marcus (seen on his own, 29/10/2025, at a cafe of his choosing): "I'm not a runner,
I just hang about with them. They look out for me. Mum drinks because she's lonely."
He wants to do a motor vehicle course at college next year.
Amara (seen on her own at school, 30/10/2025): "I don't like being in the flat at
night when Marcus isn't back and Mum's asleep. I put the chain on and watch YouTube
till I fall asleep." She gave home 4 out of 10, and wants to live near Auntie
Blessing.

OUTCOMES - WHAT NEEDS TO BE DIFFERENT
1. Marcus is safe from the adults who are exploiting him and comes home every night.
2. Amara is never left alone at night and is cared for by a sober adult.
3. Marcus gets to school and leaves Year 11 with a college place.
4. Both children have an adult they trust to tell when things go wrong.

CHARNWICK COUNCIL | CHILDREN'S SOCIAL CARE | CASEVIEW PRINT                  Page 2 of 3
CP PLAN: OKONEDO, Marcus and Amara           Printed 05/11/2025 09:12 by OMALIK
========================================================================================

THE PLAN
KEY: REVIEW POINT is when the response is due, or how often it happens. LEAD AGENCY
gives the agency and the named worker.

NEED 1 - Marcus is safe when he is out and comes home every night
  1.1 RESPONSE ...... Visit Marcus and Amara at home, see each of them on their own,
                      and keep visiting until the transfer-in conference in Greysands
      LEAD AGENCY ... Charnwick Children's Social Care - Omar Malik, SW
      REVIEW POINT .. Weekly, one visit in three after 8pm
      EVIDENCE ...... Visit records show both children seen alone every week, with
                      their own words written down
  1.2 RESPONSE ...... Return home interview with Marcus after every missing episode
      LEAD AGENCY ... Charnwick Missing Service - Bex Tarrant
      REVIEW POINT .. Within 72 hours of every return
      EVIDENCE ...... Interview report on Marcus's file; names and places passed to
                      the police the same day
  1.3 RESPONSE ...... Serve Child Abduction Warning Notices on the adults Marcus is
                      found with, and bring what is known to the exploitation panel
      LEAD AGENCY ... Charnwick Police, Exploitation Team - PC Dan Yeo
      REVIEW POINT .. By the exploitation panel on 20/11/2025
      EVIDENCE ...... Notices served and recorded; panel minutes sent to the SW
  1.4 RESPONSE ...... Detached youth work with Marcus, including the Wednesday
                      boxing club at the Weaver Street centre
      LEAD AGENCY ... Charnwick Youth Service - Kyle Amos, youth worker
      REVIEW POINT .. Every Wednesday, 5pm to 7pm
      EVIDENCE ...... Engagement with the service

NEED 2 - Marcus gets to school and has a plan for after Year 11
  2.1 RESPONSE ...... Check Marcus's attendance at every lesson and ring Precious
                      and the SW by 10am if he is not in
      LEAD AGENCY ... Charnwick Academy - Ms Ruth Eng, DSL
      REVIEW POINT .. Every school day
      EVIDENCE ...... Attendance emailed to the SW each Friday; calls logged on CPOMS
  2.2 RESPONSE ...... Assessment of Marcus's learning needs by the educational
                      psychologist
      LEAD AGENCY ... Charnwick Educational Psychology Service - Dr Anna Blythe
      REVIEW POINT .. -
      EVIDENCE ...... EP report sent to the school and the SW

NEED 3 - Amara is never alone at night and is cared for by a sober adult
  3.1 RESPONSE ...... Meet Amara every Monday morning and ask how her nights and
                      weekend have been
      LEAD AGENCY ... Hollybank Primary - Mrs Joy Burke, learning mentor
      REVIEW POINT .. Every Monday in term time
      EVIDENCE ...... Check-ins logged on CPOMS; any worry phoned to the SW the
                      same day
  3.2 RESPONSE ...... Tell the SW the same day if either child says their mum has
                      been drinking, or if Marcus is missing
      LEAD AGENCY ... All agencies
      REVIEW POINT .. Same day
      EVIDENCE ...... Every report logged on the children's case record
  3.3 RESPONSE ...... Go to the Charnwick Alcohol Service drop-in every Thursday,
                      and do not drink on any night the children are in her care
      LEAD AGENCY ... Precious Okonedo (Mum)
      REVIEW POINT .. Every Thursday from 06/11/2025
      EVIDENCE ...... Attendance slip from the drop-in shown to the SW at the next
                      visit; Amara asked at each visit about the nights
  3.4 RESPONSE ...... Complete the "Who's in Charge?" course for parents of
                      teenagers
      LEAD AGENCY ... Precious Okonedo (Mum)
      REVIEW POINT .. Tuesdays at 6pm for eight weeks from 11/11/2025
      EVIDENCE ...... Course register and the facilitator's end report to the SW

CHARNWICK COUNCIL | CHILDREN'S SOCIAL CARE | CASEVIEW PRINT                  Page 3 of 3
CP PLAN: OKONEDO, Marcus and Amara           Printed 05/11/2025 09:12 by OMALIK
========================================================================================

NEED 4 - Both children have family they can rely on, before and after the move
  4.1 RESPONSE ...... Have Amara to stay at 9 Harrier Way every other weekend
      LEAD AGENCY ... Blessing Eze (maternal aunt)
      REVIEW POINT .. Alternate weekends from 08/11/2025
      EVIDENCE ...... Blessing texts the SW when Amara arrives and leaves; Amara is
                      asked at the next visit
  4.2 RESPONSE ...... Family therapy for Precious and Marcus, on hold until the
                      case transfers to Greysands County Council
      LEAD AGENCY ... Charnwick CAMHS, Family Therapy Team - Dr Nia Rhodes
      REVIEW POINT .. First session within six weeks of the transfer-in conference
      EVIDENCE ...... Therapist's summary after session 4 sent to the SW
  4.3 RESPONSE ...... Send the case file and this plan to Greysands Children's
                      Services, and book a joint home visit with their social worker
      LEAD AGENCY ... Charnwick Children's Social Care - Omar Malik, SW
      REVIEW POINT .. File by 05/12/2025; joint visit before the family moves
      EVIDENCE ...... Greysands confirm receipt in writing; joint visit recorded on
                      the case record

CONTINGENCY
TRIGGER ....... Marcus is not home by 10pm and is not answering his phone
RESPONSE ...... Precious reports him missing to Charnwick Police at 10pm. If he is
                missing for more than 24 hours, or comes back hurt or with drugs or
                cash, Omar holds a strategy discussion the same day.
TRIGGER ....... Precious is drunk while Amara is in her care, or Amara is found alone
                at night
RESPONSE ...... Amara stays with Blessing at 9 Harrier Way that night (police or the
                emergency duty team take her). If Blessing cannot have her, Amara goes
                to Charnwick emergency foster carers that night.
LEGAL ......... If Marcus is missing three times in any four weeks, or Amara is found
                alone at night again, Omar will ask Fiona Grant for a legal planning
                meeting within five working days.

MEETINGS
Core group ............ every four weeks, Thursdays 4pm, Weaver Street Family Centre:
                        18/11/2025, 16/12/2025, 13/01/2026
Review CPC ............ to be confirmed - the family expect to move in January and
                        Greysands will hold a transfer-in conference after the move
Exploitation panel .... 20/11/2025 (PC Yeo and Omar Malik attend)

END OF PRINT
""",
    "findings": [
        F("M002", "Detached youth work with Marcus, including the Wednesday"),
        F("T001", "Assessment of Marcus's learning needs by the educational"),
        F("W002", "Tell the SW the same day if either child says"),
        F("X001", "on hold until the case transfers to Greysands County Council"),
        F("F004"),
        F("R001"),
    ],
})
