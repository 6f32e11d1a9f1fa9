"""Batch 39, module 2: seven fictional plans (tuning material), places beginning with "s".

Everything here is made up: children, families, professionals, services, hospitals and
councils. Labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: plans where a parent is unwell (bipolar disorder, an acquired brain injury, heroin
dependence, severe depression with the adult service refused, alcohol dependence beside a
mother's chemotherapy, first-episode psychosis, severe postnatal depression) and what each
plan says about the adult services and about the children's outcomes. Adult mental health,
perinatal, drug and alcohol, GP, neuro-rehabilitation and oncology services appear present,
absent, refused, "being referred" and invited to core group; some mental health workers only
support the parent, others are asked to assess the capacity for change, the steps and the
likely timescale. Outcomes come as a merged "What needs to be different" column, an "Our
goal" column, "What we want for ..." rows, outcomes in the family's own words, goals about
the parent only, a scaling goal, and one print with no outcomes at all. Three are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan made jointly with the adult CMHT, mother with bipolar disorder
#    after a hospital admission; merged "What needs to be different" column.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_sorrelbeck_joint_cmht_needs_merged_ambrose.docx",
    "doc_title": "Child Protection Plan (joint with adult mental health) - Hattie and Jude Ambrose",
    "split": "tune",
    "template": "icpc-plan-made-jointly-with-adult-cmht-relapse-signature-section-then-merged-what-needs-to-be-different-step-lead-person-timing-evidence-we-will-look-for-table",
    "description": (
        "Exemplary initial conference plan for a 14-year-old young carer and a 6-year-old whose "
        "mother has bipolar disorder and was detained after a manic episode; written with the "
        "adult community mental health team. A merged 'What needs to be different' column holds "
        "three child outcomes; every step has a named lead, a timing and evidence. The care "
        "coordinator reports on change and the psychiatrist assesses capacity to change, the "
        "steps and the timescale; the GP checks lithium levels. The relapse contingency has a "
        "grandmother and then foster carers as fallbacks; core group and review dates are set "
        "and legal planning follows relapse or a poor prognosis."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Sorrelbeck Metropolitan Borough Council – Children and Families Directorate. This plan was "
              "drafted at conference and finished the next day with Sorrelbeck Community Mental Health Team "
              "(Adult), who are joint authors of section 5."),
        ("kv", [
            ("Children", "Hattie Ambrose, born 22/01/2011 (14), Year 9, Sorrelbeck Academy; "
                         "Jude Ambrose, born 09/04/2019 (6), Year 1, Weir Lane Primary"),
            ("Home", "31 Mallard Rise, Sorrelbeck"),
            ("Parents", "Claire Ambrose (36) and Tom Ambrose (38), both living at home"),
            ("Conference", "Initial child protection conference, 18/06/2025, Sorrelbeck Town Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Pryce, Safeguarding and Assessment Team 3"),
            ("Adult mental health lead", "Nadia Fenwick, community psychiatric nurse and care coordinator"),
            ("Plan version", "1 – agreed 19/06/2025"),
        ]),
        ("h1", "1. Why there is a plan"),
        ("p", "Claire has bipolar affective disorder, diagnosed in 2014. In March 2025 she stopped her lithium "
              "because of weight gain and within three weeks she was sleeping two or three hours a night, "
              "spending their savings online and talking very fast. On 21 March she drove Jude to a petrol "
              "station at 2am in his pyjamas, and on 24 March Hattie came home from school to find Jude alone "
              "in the house and her mum gone; Claire was found by police in the town centre and was detained "
              "under section 2 on Larkspur Ward, Sorrelbeck Hospital, until 2 May. Tom works shifts at the "
              "water treatment works and did not know how unwell Claire had become. Hattie has been getting "
              "Jude up, dressed and fed on the mornings Tom is on an early shift, and she has missed 14 days "
              "of school since Easter."),
        ("h1", "2. What is working"),
        ("p", "Claire has been back on lithium since April and her last two blood levels were in range. She "
              "came to conference, said she understood why it had been called and wrote her relapse signature "
              "with Nadia. Tom has moved to day shifts until September. Both children are warm and close to "
              "their parents and to their grandmother, Pauline Ambrose, who lives ten minutes away."),
        ("h1", "3. Hattie and Jude, in their own words"),
        ("p", "Hattie (seen alone at school on 11/06/2025): \"When Mum's high she's really fun at first and then "
              "it gets scary. I don't want to be the one who notices any more, I just want to be normal.\" She "
              "said she worries every day at school about Jude being on his own, that she would like someone "
              "to talk to who \"gets it\", and that she wants her mum to \"have a plan that isn't me\"."),
        ("p", "Jude (seen at home on 13/06/2025) drew his family with his mum \"in the hospital with a sad "
              "face\" and then rubbed it out and drew her in the kitchen. He said the night drive was \"like an "
              "adventure but I was cold\". His teacher says he cries at home time if his dad is late."),
        ("h1", "4. How Claire's illness shows itself"),
        ("p", "Written by Claire with Nadia Fenwick on 10/06/2025. Her early warning signs are:"),
        ("bullets", [
            "sleeping less than four hours a night for two nights in a row;",
            "starting lots of projects at once and talking over people;",
            "spending money she does not have, especially online at night;",
            "missing a dose of lithium or saying she does not need it.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["What needs to be different", "Step", "Lead person", "Timing", "Evidence we will look for"],
            "widths": [3.4, 4.6, 3.0, 2.6, 3.4],
            "rows": [
                ["Hattie and Jude are looked after by an adult who is well, every day and every night, and are "
                 "never left alone with Claire if she is becoming unwell.",
                 "Home visits, seeing Hattie and Jude on their own and checking who has cared for them overnight",
                 "SW Owen Pryce", "Every 10 working days; one visit in three unannounced",
                 "Visit records show each child seen alone and what they said"],
                [V,
                 "See Claire at home, check her early warning signs against her relapse signature, and write to "
                 "each core group on whether she is making and keeping the changes Hattie and Jude need",
                 "Nadia Fenwick, CPN and care coordinator, Sorrelbeck CMHT",
                 "Fortnightly; written update 3 days before each core group",
                 "Written update giving her sleep hours, any warning signs and what they mean for the "
                 "children's care"],
                [V,
                 "Psychiatric review and a written assessment of Claire's capacity to change: the steps she "
                 "still needs to take, how likely a relapse is and how long her recovery is likely to take",
                 "Dr Imran Qureshi, consultant psychiatrist, Sorrelbeck CMHT",
                 "Review by 04/07/2025; report by 25/07/2025",
                 "Report shared with the core group and the review conference"],
                [V,
                 "Take Claire's lithium blood level and kidney and thyroid tests, and tell the CPN and SW if a "
                 "level is out of range or a test is missed",
                 "GP Dr Lucy Harrow, Millrace Medical Centre",
                 "Every 4 weeks; a missed test reported the same week",
                 "Lithium level in the range set by Dr Qureshi; results sent to the CPN and SW"],
                ["Hattie can be a teenager: she goes to school every day, sees her friends and is not the "
                 "person who looks after Jude or her mum.",
                 "Young carers assessment for Hattie, with a written list of the jobs she will no longer do at "
                 "home",
                 "Bea Sutcliffe, Sorrelbeck Young Carers Service", "By 18/07/2025",
                 "Assessment and list sent to the SW and agreed with Hattie, Claire and Tom"],
                [V,
                 "Weekly check-in with Hattie, recording her attendance and anything she says about home",
                 "Mr Kieran Doyle, learning mentor, Sorrelbeck Academy", "Every Wednesday in term",
                 "Attendance at 95% or above; mentor log sent to the DSL and SW each Friday"],
                ["Jude has a calm, predictable routine, with a parent who is up and ready for him every morning "
                 "and every bedtime.",
                 "Do Jude's mornings and bedtimes whenever Claire is tired or has taken her evening tablets late, "
                 "and fill in the family routine chart",
                 "Tom Ambrose", "Every day; chart filled in each night",
                 "Chart seen and signed by the SW at each visit; register shows Jude in school by 8.50am"],
                [V,
                 "Talk with Jude, in words a six-year-old understands, about his mum's illness, using the "
                 "'When Mummy's Mind Races' storybook",
                 "Lena Horvath, family support worker, Sorrelbeck Family Centre",
                 "Weekly for 4 weeks from 30/06/2025",
                 "Session notes with Jude's drawings and words shared with the SW"],
                [V,
                 "Give Tom a crisis card with the crisis team's number and go through with him who to ring if "
                 "Claire becomes unwell while Jude is at home",
                 "Nadia Fenwick, CPN", "By 04/07/2025",
                 "Crisis card seen on the fridge by the SW; Tom can say what he would do"],
            ],
        }),
        ("h1", "6. If Claire becomes unwell"),
        ("p", "If Claire shows two or more of her early warning signs, or stops her lithium, Tom or Hattie will "
              "ring the Sorrelbeck crisis team on the number on the fridge card, and Tom will stay off work to "
              "look after the children. Nadia (or the crisis team out of hours) will assess Claire the same day "
              "and tell the SW, who will hold a strategy discussion that day. Claire will not be left on her own "
              "with Jude until the crisis team says she is well enough."),
        ("p", "If Claire has to go back into hospital, or Tom cannot be at home, Hattie and Jude will stay with "
              "their grandmother Pauline Ambrose at 7 Weir Lane. If Pauline cannot have them, the SW (or the "
              "emergency duty team out of hours) will place them together with approved foster carers that "
              "night."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Sorrelbeck Academy, 4pm: 03/07/2025, 31/07/2025 and 28/08/2025. "
            "Nadia Fenwick and Dr Qureshi are core group members.",
            "Review child protection conference: 11/09/2025, 10am, Sorrelbeck Town Hall.",
            "If Claire relapses in a way that leaves the children without a well adult, or Dr Qureshi's report "
            "finds she is unlikely to make the changes needed within the children's timescales, the SW will ask "
            "the team manager for a legal planning meeting within 5 working days.",
        ]),
        ("p", "Owen Pryce, Social Worker, and Nadia Fenwick, CPN – 19/06/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family plan after the first core group; father with an acquired brain
#    injury. "Our goal" column merged down rows, two goals about the parents
#    only; no adult service owns anything (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_skirlow_our_goal_merged_brain_injury_tranmere.pdf",
    "doc_title": "Family Plan (Child Protection) - Harvey and Mabel Tranmere",
    "split": "tune",
    "template": "family-plan-paged-household-kv-then-our-goal-merged-column-what-will-happen-person-start-finish-what-good-looks-like",
    "description": (
        "Plan after the first core group for a 9-year-old and a 4-year-old whose father has a "
        "frontal brain injury (memory loss, outbursts) and cares for them while their mother works "
        "nights. Merged 'Our goal' column: two goals are about the parents only. The neuro-"
        "rehabilitation referral is passive with no measure, the GP was invited but owns nothing, "
        "the Headway row's measure is 'engagement', the carer's assessment and the talk with the "
        "children have vague timings, 'Family' fits the locks, and the contingency sends the "
        "children to the grandparents who already carry the plan."
    ),
    "header": "Skirlow Borough Council – Children's Social Care – PROTECT: PERSONAL",
    "footer": "Tranmere family plan v2 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Family Plan (Child Protection)"),
        ("kv", [
            ("Children", "Harvey Tranmere (9), Skirlow St Mary's Primary; Mabel Tranmere (4), Little Wrens Nursery"),
            ("Home", "12 Coopers Fold, Skirlow"),
            ("Who lives there", "Lewis Tranmere (dad, 39), Kayleigh Tranmere (mum, 37), Harvey and Mabel"),
            ("Nearby family", "Brian and Sheila Tranmere (Lewis's parents), Pinfold Lane, Skirlow"),
            ("Plan since", "Initial child protection conference, 05/06/2025 (neglect)"),
            ("This version", "Version 2, agreed at the first core group, 24/06/2025"),
            ("Social worker", "Hollie Marchant"),
            ("Team manager", "Andrew Sayle"),
        ]),
        ("h2", "What has happened"),
        ("p", "In April 2024 Lewis fell from scaffolding at work and had a serious head injury. He was in "
              "Skirlow Royal Infirmary for seven weeks. He has a frontal lobe injury: he forgets things from "
              "one hour to the next, tires very quickly and falls asleep in the day, and he can lose his temper "
              "suddenly over small things. He has not been able to go back to work. Kayleigh is a nurse and "
              "works two nights a week (Monday and Tuesday), and on those nights and the following mornings "
              "Lewis looks after the children."),
        ("p", "On 12 May 2025 a neighbour found Mabel at the end of Coopers Fold in her nightie at 7.15am; "
              "Lewis was asleep on the sofa and had not heard her go out. On 20 May Harvey told his teacher "
              "that his dad had \"punched the door and screamed at me because I lost the remote\". Lewis was "
              "referred to the community neuro-rehabilitation team when he left hospital, but the referral was "
              "closed in October 2024 after he missed two appointments. He is prescribed medication for "
              "headaches and low mood by his GP, Dr Ian Moffat at Pinfold Surgery, who was invited to the "
              "core group but did not come and has not sent a report."),
        ("h2", "What Harvey and Mabel tell us"),
        ("p", "Harvey (seen on his own at school, 19/06/2025): \"Dad used to be fun. Now he forgets stuff and "
              "shouts, and then he says sorry and cries. I don't like Monday nights.\" He said he checks the "
              "front door is shut before he goes to bed in case Mabel gets out again. He would like to go back "
              "to Cubs."),
        ("p", "Mabel (seen at nursery and at home) chatters happily and loves her grandma's dog. At home she "
              "climbs on the sofa to wake her dad by patting his face. Nursery say she is often hungry on "
              "Tuesday and Wednesday mornings."),
        ("h2", "Our plan"),
        ("table", {
            "header": ["Our goal", "What will happen", "Person", "Start / finish", "What good looks like"],
            "widths": [3.2, 4.8, 3.0, 2.6, 3.4],
            "rows": [
                ["Mabel and Harvey always have an adult awake and watching them when they are at home.",
                 "Planned and unannounced visits, including on a Monday or Tuesday night when Kayleigh is at "
                 "work; see Harvey on his own and see Mabel at home",
                 "SW Hollie Marchant", "Weekly; every other visit unannounced",
                 "Visit notes record who was caring for the children and what Harvey said"],
                [V,
                 "Collect Harvey and Mabel from school and nursery on Kayleigh's night-shift days and give them "
                 "their tea and bath",
                 "Brian and Sheila Tranmere (paternal grandparents)", "Every Monday and Tuesday",
                 "School and nursery collection books signed by Brian or Sheila"],
                [V,
                 "Sleep at the house on Kayleigh's night-shift nights and get the children up and off to school "
                 "and nursery",
                 "Sheila Tranmere (PGM)", "Every Monday and Tuesday night",
                 "Sheila's entry in the family diary each morning, seen by the SW at visits"],
                [V,
                 "Fit a bolt at the top of the front door and keep the back gate padlocked",
                 "Family", "By 04/07/2025",
                 "Bolt and padlock seen in place by the SW"],
                ["Lewis manages his temper and does not shout or lash out.",
                 "Join the Headway Skirlow Tuesday group for people living with a brain injury",
                 "Lewis Tranmere", "From 01/07/2025",
                 "Engagement with Headway"],
                [V,
                 "A referral to be made to the community neuro-rehabilitation team for help with anger and memory",
                 "", "By 11/07/2025", ""],
                ["Kayleigh gets a proper break and feels less exhausted.",
                 "Ask the Skirlow Carers Centre for a carer's assessment and a place on their short breaks scheme",
                 "Kayleigh Tranmere", "When she has time",
                 "Letter from the Carers Centre with the assessment date, copied to the SW"],
                ["Harvey feels safe at home and has someone to talk to about his dad.",
                 "Weekly 1:1 time with Harvey to talk about home and about Dad's injury",
                 "Mrs Anita Greaves, pastoral lead, Skirlow St Mary's Primary",
                 "Every Thursday afternoon in term",
                 "Session log; anything Harvey says about home passed to the SW the same day"],
                [V,
                 "Explain Dad's brain injury to Harvey and Mabel using the Headway children's pack",
                 "Lewis and Kayleigh", "Ongoing",
                 "Harvey can tell the SW in his own words why Dad gets tired and cross"],
                [V,
                 "Get Harvey back to Cubs on Friday evenings, with Grandad taking him",
                 "Kayleigh Tranmere", "From Friday 04/07/2025",
                 "Cubs register; Harvey tells the SW how Cubs went"],
            ],
        }),
        ("h2", "What if things go wrong"),
        ("p", "If Lewis is found asleep or on his own with the children on a night Kayleigh is at work, or he "
              "hits, throws or breaks anything in front of them, Kayleigh will come home from work and the "
              "children will go to Brian and Sheila's that night. The SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day and the children will stay at their "
              "grandparents' until it has been agreed they can safely go home."),
        ("h2", "Meetings"),
        ("p", "Core group every 3 weeks at Skirlow St Mary's Primary, 3.30pm: 15/07/2025, 05/08/2025 and "
              "26/08/2025. Review child protection conference: 04/09/2025, 10am, Skirlow Civic Offices."),
        ("p", "If Mabel is found outside on her own again, or there is another incident of Lewis hurting or "
              "frightening the children, before the review conference, the SW will ask the team manager for a "
              "legal planning meeting within 5 working days."),
        ("p", "Typed by Hollie Marchant, SW, 26/06/2025. Copies to Lewis, Kayleigh, Brian and Sheila, school, "
              "nursery and Dr Moffat."),
    ],
    "findings": [
        F("W002", "Fit a bolt at the top of the front door"),
        F("M002", "Join the Headway Skirlow Tuesday group for people"),
        F("W001", "A referral to be made to the community"),
        F("M001", "A referral to be made to the community"),
        F("T002", "Ask the Skirlow Carers Centre for a carer's assessment"),
        F("T002", "Explain Dad's brain injury to Harvey and Mabel"),
        F("F002", "Lewis manages his temper and does not shout or lash out."),
        F("F002", "Kayleigh gets a proper break and feels less exhausted."),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Safety and recovery plan for a mother on a methadone script; outcomes in
#    the family's own words; a "When first" table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_sandersby_own_words_when_first_table_roscoe.md",
    "split": "tune",
    "template": "safety-and-recovery-plan-md-where-things-are-now-brandons-bit-kaceys-day-what-we-want-in-our-own-words-quotes-then-when-who-what-how-well-check-table",
    "description": (
        "Core group plan for a 7-year-old and a 2-year-old whose mother is on a methadone script "
        "and still using heroin and crack on top; her partner uses and is 'being referred'. The "
        "outcomes are quotes in the family's own words, two of them about the adults only. A "
        "'When' first table: the drug service tests and reports on change and the GP owns an "
        "action, but the lockbox row has no measure, the partner's self-referral is 'ASAP', the "
        "HV review has no date, nursery only 'monitor', 'Everyone' reports sightings, and the "
        "contingency is an early core group (legal planning is in the meetings section)."
    ),
    "text": """\
# Safety and Recovery Plan – Brandon and Kacey

**Sandersby City Council · Children's Services · Central Family Safeguarding Team**

| | |
|---|---|
| Children | Brandon Roscoe (7), Year 2, Ashgrove Primary · Kacey Kellett (2 years 3 months), Little Acorns Nursery |
| Living with | Jade Roscoe (mum, 27) at 5 Tenter Street, Sandersby; Ross Kellett (Kacey's dad, 30) stays most nights |
| Plan | Child protection plan, neglect, from the initial conference on 27/05/2025 |
| This version | Written at the first core group, 12/06/2025, at Ashgrove Primary |
| Social worker | Ellis Quarmby |

## Where things are now

Jade has used heroin since she was 19. She has been on a methadone script (60ml a day) with
Sandersby Recovery Partnership since February, but her urine tests in April and May were
positive for heroin and crack cocaine. On 3 May Kacey was taken to Sandersby General A&E after
Jade found her holding the methadone bottle with the lid off; the hospital found she had not
swallowed any. Brandon has been late to school 19 times this year. Ross uses heroin too and is
not in treatment. There are needles in a sharps bin in the bathroom, which Jade says she keeps
for Ross.

Jade loves her children and they love her. She has kept every one of her pharmacy pick-ups,
she came to conference and she told the core group honestly when she had used.

## Brandon's bit

Brandon talked to Ellis at school on 9 June. He said: "Mum's nice but sometimes she's really
sleepy and I can't wake her up, and then I do Kacey's breakfast." He knows Mum takes "green
medicine" from the chemist. He said the best thing would be "if Mum walked me to school and
wasn't sleepy and we went to the park". He said he doesn't like it when Ross's friends come
round at night.

## Kacey's day

Kacey is a busy, chatty little girl who says about 30 words. At nursery she goes straight to the
home corner and "feeds" the dolls. On the home visit on 6 June she was still in her pyjamas at
1pm, had a full, heavy nappy, and ate two bowls of cereal quickly. She reached for Jade to be
picked up and settled on her lap.

## What we want (in our own words)

- Jade: "I want Kacey and Brandon to be safe and never to see me gouching out."
- Jade: "I want to be off the gear and not need a script by this time next year."
- Brandon: "I want Mum to take me to school and not be sleepy, and go to the park."
- Ross: "I want to get clean and get back to work."
- Ellis (social worker): Kacey never gets hold of methadone, needles or any drug again, and both
  children are fed, washed and taken to school and nursery on time every day.

## Who's doing what

| When | Who | What they'll do | How we'll check |
|---|---|---|---|
| Every 2 weeks, at least one visit a month unannounced | SW Ellis Quarmby | Visit at home, see Brandon on his own and Kacey awake, and check where the methadone and the sharps bin are kept | Visit notes say where the methadone was, what Brandon said and how Kacey was |
| Weekly (Thursdays); written report before each core group | Mo Rahman, recovery worker, Sandersby Recovery Partnership | Key-work with Jade and a urine test every week, with a written view at each core group on whether her use is changing and what that means for Kacey and Brandon | Urine test results (opiates, cocaine, benzodiazepines) in Mo's report |
| By 11/07/2025 | Jade | Get a locked box for the methadone and keep it on the top shelf of the kitchen cupboard | |
| ASAP | Ross Kellett | Ross to refer himself to Sandersby Recovery Partnership for an assessment | Letter from SRP giving his assessment date, shown to the SW |
| Before the next core group (17/07/2025) | Dr Sam Whitcombe, GP, Ferry Road Surgery | Give Jade and Ross a naloxone kit each and check Jade's hepatitis C result | Letter to the SW confirming the kits were given and the result |
| Every school day | Jade | Walk Brandon to Ashgrove Primary for the 8.45am bell | School register; the DSL emails the SW any late mark the same day |
| – | HV Gemma Lyle | Two-year development review for Kacey, with a home safety check | ASQ-3 scores and the home safety checklist sent to the SW |
| Every nursery session (Mon, Wed, Fri) | Pia Daly, keyworker, Little Acorns Nursery | Keep an eye on Kacey's speech and on whether she arrives hungry or unwashed | Monitored by nursery |
| Every Wednesday, 4pm to 7pm | Lorraine Roscoe (Jade's mum) | Have Brandon and Kacey at hers for tea and a bath | Lorraine writes each visit on the calendar, seen by the SW |
| Same day | Everyone | Tell Ellis straight away if Kacey or Brandon are seen out with Ross on his own | Each report logged on the children's file |

## If it goes wrong

If things don't get better, or there are more worries about Jade or Ross using, Ellis will
call an early core group so we can all look at the plan again.

## Meetings

- Core group every 4 weeks at Ashgrove Primary, 9.15am: 17/07/2025, 14/08/2025, 11/09/2025.
- Review child protection conference: 25/09/2025, 1.30pm, Sandersby Council House.
- If Jade has two more positive tests for heroin or crack by the review conference, or Kacey gets
  hold of methadone again, Ellis will ask her manager for a legal planning meeting within 5
  working days.

*Plan read through with Jade and Ross on 12/06/2025. Copies to everyone at the core group.*
""",
    "findings": [
        F("M001", "Get a locked box for the methadone and keep it"),
        F("T002", "Ross to refer himself to Sandersby Recovery Partnership"),
        F("T001", "Two-year development review for Kacey, with a home safety check"),
        F("M002", "Keep an eye on Kacey's speech and on whether"),
        F("W002", "Tell Ellis straight away if Kacey or Brandon are seen"),
        F("F002", "I want to be off the gear and not need a script by this time next year."),
        F("F002", "I want to get clean and get back to work."),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Case-system review snapshot: mother with severe depression who refused
#    the CMHT, GP absent; professional network grid; no outcomes at all (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_shillingmere_review_snapshot_no_outcomes_cadwallader.txt",
    "split": "tune",
    "template": "case-system-cp-review-snapshot-txt-bracketed-field-codes-professional-network-grid-with-involvement-status-then-task-cards-what-responsible-target-evidence-progress",
    "description": (
        "Case-system 'review snapshot' for a 13-year-old young carer and a 10-year-old whose mother "
        "has severe recurrent depression and two overdoses this year. She refused the adult "
        "community mental health team and has not seen her GP, who was invited to the core group "
        "but sent nothing; no adult service owns a task. The print has concerns, views, a network "
        "grid, task cards, contingency and review but no outcome anywhere. The CMHT re-offer and "
        "the safety planning have no evidence, the GP booking waits until she 'feels able', the "
        "counselling is passive, the school only 'monitors', and the review conference is TBC."
    ),
    "text": """\
SHILLINGMERE COUNCIL  ::  FamilyView CSC  ::  CP REVIEW SNAPSHOT
Generated 02/07/2025 11:08 by RVAUGHAN                    RESTRICTED
=====================================================================
[SUBJ]  Callum CADWALLADER    m   13y   DOB 30/01/2012   FV-118402
[SUBJ]  Darcy CADWALLADER     f   10y   DOB 14/08/2014   FV-118403
[ADDR]  27 Chapel Brow, Shillingmere
[HH  ]  Bronwen Cadwallader (mother, 44)
[OTHR]  Gethin Morris (father), 4 Tanyard Row, Shillingmere - contact
        alternate weekends, not on the plan
[PLAN]  Child protection - Neglect - start 05/06/2025 (ICPC)
[KEYW]  Rhodri Vaughan, SW, Safeguarding Team West
[STAT]  Open - snapshot taken after core group 2 (01/07/2025)
=====================================================================

CONCERNS SUMMARY
----------------
Bronwen has severe recurrent depression. She took overdoses of her
sertraline and paracetamol in January and again on 14/04/2025; on the
second occasion Callum found her and rang 999. Since then she has spent
most days in bed. Callum (13) gets Darcy up, makes meals from whatever
is in, and has missed 31 school days this year. Darcy's school reports
she is hungry and is wearing the same uniform all week. There is often
very little food in the house and unopened post about rent arrears.

CHILDREN'S VIEWS
----------------
Callum (seen alone at home, 24/06/2025): "I'm not leaving her on her
own, what if she does it again? I'm fine, I just want people to stop
asking." He said he would like to go back to football but "who'd watch
Mum". He said it would help if "someone came in the daytime".
Darcy (seen at school, 26/06/2025): "Mum's always tired. Callum does
tea. I like school dinners best." She drew herself and Callum holding
hands outside the house and Mum in the window. She said she gets scared
when Mum cries at night.

PROFESSIONAL NETWORK
--------------------
AGENCY / WORKER                       INVOLVEMENT           ATTENDED CG
Social care  - R Vaughan, SW          allocated             yes / yes
Shillingmere CMHT (adult)             referral REFUSED by   n/a
                                      Bronwen 12/05/2025
GP - Dr Alun Preece, Bryn Road        invited to CG, no     no / no
     Surgery                          report; Bronwen last
                                      seen by GP 11/2023
Shillingmere High - Mr Huw Jenkins    DSL                   yes / yes
Shillingmere Junior - Mrs Carys Bell  DSL                   yes / no
Young carers - Jen Pask               referral accepted     no / yes
Early Help - Dewi Price, FSW          allocated 23/06/2025  - / yes

TASKS
-----
TASK 1
  What ........ Home visits, seeing Callum and Darcy alone, checking
                there is food in and that Bronwen is up and dressed
  Responsible . SW Rhodri Vaughan
  Target ...... Every 10 working days
  Evidence .... Visit records note each child seen alone and their words
  Progress .... 3 visits since ICPC

TASK 2
  What ........ Re-offer the CMHT referral and explain to Bronwen what
                the team can and cannot do
  Responsible . SW Rhodri Vaughan
  Target ...... At each home visit until Bronwen agrees
  Evidence ....
  Progress .... Re-offered 24/06 - declined

TASK 3
  What ........ Bronwen to book a GP appointment about her mood and
                her medication
  Responsible . Bronwen Cadwallader
  Target ...... When she feels able
  Evidence .... Appointment letter or text shown to the SW
  Progress .... Not done

TASK 4
  What ........ Young carers assessment for Callum, with a plan for the
                jobs he should not be doing at home
  Responsible . Jen Pask, Shillingmere Young Carers
  Target ...... By 25/07/2025
  Evidence .... Assessment and young carer's plan sent to the SW and
                given to Callum
  Progress .... First visit booked 08/07

TASK 5
  What ........ Callum to be offered counselling at school
  Responsible .
  Target ...... From the start of the autumn term (03/09/2025)
  Evidence .... School counselling log shows the sessions he attends
  Progress .... -

TASK 6
  What ........ Check Darcy is in school, eating her free school meal
                and in clean uniform each day
  Responsible . Mrs Carys Bell, DSL, Shillingmere Junior School
  Target ...... Daily in term
  Evidence .... Monitored
  Progress .... FSM in place from 16/06

TASK 7
  What ........ Safety planning with Bronwen and the children about what
                to do if she talks about ending her life, including
                where tablets are kept
  Responsible . SW Rhodri Vaughan
  Target ...... Ongoing
  Evidence ....
  Progress .... Started 24/06

TASK 8
  What ........ Family support sessions at home on meals, shopping and
                getting Darcy to school on time
  Responsible . Dewi Price, FSW, Shillingmere Early Help
  Target ...... Weekly for 10 weeks from 30/06/2025
  Evidence .... Darcy's attendance at 90% or above; meal plan on the
                fridge seen by the SW
  Progress .... First session 30/06

TASK 9
  What ........ Check Callum's attendance daily and ring home by 10am
                on any day he is absent
  Responsible . Mr Huw Jenkins, DSL, Shillingmere High School
  Target ...... Every school day
  Evidence .... Attendance record and call log sent to the SW each Friday
  Progress .... Attendance 71% this half term

CONTINGENCY
-----------
If Bronwen takes an overdose, tells anyone she plans to end her life,
or the children find her and cannot wake her, they will ring 999 and
the SW (or EDT out of hours) will hold a strategy discussion the same
day. Callum and Darcy will stay with their father, Gethin Morris, who
has agreed to this; if he cannot have them, the SW or EDT will place
them together with foster carers that night. If Bronwen takes another
overdose, or she is still refusing any help for her mood at core group
3, the SW will request a legal planning meeting within 5 working days.

REVIEW
------
Core group ...... every 4 weeks - next 29/07/2025, Shillingmere High
RCPC ............ TBC - to be booked by the conference team

--- end of snapshot ---
""",
    "findings": [
        F("M001", "Re-offer the CMHT referral and explain to Bronwen"),
        F("T002", "Bronwen to book a GP appointment about her mood"),
        F("W001", "Callum to be offered counselling at school"),
        F("M002", "Check Darcy is in school, eating her free school meal"),
        F("T002", "Safety planning with Bronwen and the children about what"),
        F("M001", "Safety planning with Bronwen and the children about what"),
        F("O001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, landscape, merged "What we want for Evie and Rory" column;
#    father's alcohol dependence beside mother's chemotherapy; relatives carry
#    the school runs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_stavenholt_what_we_want_landscape_birtles.docx",
    "doc_title": "Initial Child Protection Plan - Evie and Rory Birtles",
    "split": "tune",
    "template": "icpc-plan-landscape-docx-treatment-calendar-and-family-network-sections-then-merged-what-we-want-for-column-how-we-get-there-who-is-doing-it-timescale-how-we-will-know",
    "description": (
        "Initial conference plan for an 11-year-old and a 5-year-old: father's alcohol dependence "
        "(drink-driving with the children) while their mother has chemotherapy for breast cancer; "
        "an aunt and grandfather do the school and weekend runs. Merged 'What we want for Evie "
        "and Rory' column; one merged goal is about the father only. The alcohol service tests and "
        "reports and the breast care nurse owns a row, but the talking therapist only treats "
        "('mood improving'), AA is 'as often as he can', the young carers row has no measure, the "
        "school check-in has no owner; the contingency sends the children to the aunt with no "
        "fallback and nothing leads to legal planning."
    ),
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Initial Child Protection Conference – Plan"),
        ("p", "Stavenholt District Council · Children's Safeguarding Service · Conference and Review Unit"),
        ("kv", [
            ("Children", "Evie Birtles (11), Year 6, Stavenholt Church of England Primary; "
                         "Rory Birtles (5), Reception, same school"),
            ("Address", "8 Kiln Croft, Stavenholt"),
            ("Parents", "Joanne Birtles (43) and Martin Birtles (45)"),
            ("Date of conference", "17/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Farida Loxley"),
            ("Chair", "Graham Tilsley, Child Protection Chair"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Martin has been drinking heavily for about three years, and more since Joanne was diagnosed with "
              "breast cancer in February. On 23 May 2025 he was stopped by police driving Evie and Rory home "
              "from a party; he was three times over the limit. He has been charged and his licence is "
              "suspended. Joanne is part-way through six cycles of chemotherapy at Stavenholt General "
              "Hospital, with surgery planned for October. In the week after each cycle she is very tired, "
              "often sick, and at risk of infection. Evie has been getting Rory ready for school and making "
              "tea on those days, and she told her teacher she hides her dad's cans."),
        ("h1", "Joanne's treatment calendar (as agreed with her breast care nurse)"),
        ("table", {
            "header": ["Cycle", "Chemotherapy day", "Low days (Joanne in bed most of the day)"],
            "widths": [3.0, 8.0, 14.7],
            "rows": [
                ["4", "Tuesday 24/06/2025", "25/06/2025 to 30/06/2025"],
                ["5", "Tuesday 15/07/2025", "16/07/2025 to 21/07/2025"],
                ["6", "Tuesday 05/08/2025", "06/08/2025 to 11/08/2025"],
            ],
        }),
        ("h1", "Evie and Rory's views"),
        ("p", "Evie (seen alone at school, 12/06/2025): \"I know Mum's poorly and Dad's sad about it, but when "
              "he drinks he's not Dad. I was really scared in the car. I don't want anyone to get in trouble.\" "
              "She said she likes it when Auntie Gail picks them up \"because she does proper tea\" and that "
              "she wants to \"just be in Year 6 and do my SATs stuff\"."),
        ("p", "Rory (seen at home, 13/06/2025) showed the SW his Lego and said \"Mummy has a poorly and her "
              "hair fell out. Daddy sleeps in the chair.\" He asked if Grandad Ken could take him swimming "
              "again."),
        ("h1", "Family network"),
        ("p", "Gail Birtles (Martin's sister, lives in Stavenholt) and Ken Ashworth (Joanne's dad, lives in "
              "Marlow Bridge, 20 minutes' drive) came to conference and offered to help with school runs and "
              "weekends."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What we want for Evie and Rory", "How we get there", "Who is doing it", "Timescale",
                       "How we will know"],
            "widths": [5.0, 7.2, 4.6, 3.8, 5.1],
            "rows": [
                ["Evie and Rory are only ever looked after, or driven anywhere, by an adult who is sober.",
                 "Unannounced visits, including early evenings and one weekend visit a month, to see both "
                 "children and see how Martin is",
                 "SW Farida Loxley", "Weekly",
                 "Visit notes record who was caring for the children and whether Martin had been drinking"],
                [V,
                 "Alcohol assessment, a community detox plan if needed and a breath test at every appointment, "
                 "with a written report to each core group on Martin's drinking and whether he can care for the "
                 "children safely",
                 "Kai Bramley, Stavenholt Alcohol and Drug Service (STADS)",
                 "Fortnightly; report before each core group",
                 "Breath test readings and the written report shared at core group"],
                [V,
                 "Collect Evie and Rory from school on Joanne's chemotherapy and low days and stay until Joanne "
                 "is up or another sober adult is home",
                 "Gail Birtles (paternal aunt)", "Every chemo and low day on the calendar above",
                 "School collection log signed by Gail"],
                [V,
                 "Take Rory swimming and Evie to netball on Saturday mornings",
                 "Ken Ashworth (maternal grandfather)", "Every Saturday",
                 "Swimming and netball registers; Ken texts the SW a photo of the register each month"],
                ["Martin stops drinking and gets his life back on track.",
                 "Talking therapy sessions for Martin's low mood and anxiety",
                 "Priya Mistry, psychological wellbeing practitioner, Stavenholt Talking Therapies",
                 "Weekly for 8 weeks from 26/06/2025",
                 "Martin's mood improving"],
                [V,
                 "Martin to go to the Stavenholt AA group",
                 "Martin Birtles", "As often as he can",
                 "Attendance card signed by the group secretary"],
                ["Evie is not carrying her worries about Mum's cancer and Dad's drinking on her own, and Rory's "
                 "days stay the same on treatment weeks.",
                 "Young carers assessment for Evie, and a place at the Thursday young carers' club",
                 "Stavenholt Young Carers", "By 25/07/2025", "–"],
                [V,
                 "Explain Joanne's treatment to Evie and Rory in a way each of them understands, using the "
                 "Macmillan children's booklets",
                 "Ruth Okoye, breast care nurse specialist, Stavenholt General Hospital",
                 "Before cycle 5 on 15/07/2025",
                 "Evie can tell the SW in her own words what chemotherapy is and what happens next"],
                [V,
                 "Weekly check-in with Evie at school about how things are at home",
                 "", "Every Monday in term",
                 "Check-in notes; any worry passed to the SW the same day"],
                [V,
                 "Keep Rory's routine the same on treatment weeks: in school by 8.50am, tea by 5.30pm and bed "
                 "by 7.30pm",
                 "Joanne and Martin", "Every day",
                 "School register and Rory's bedtime sticker chart, seen by the SW at each visit"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Martin is found to have been drinking while he is looking after the children, or he drives "
              "with them in the car, Joanne or whoever sees it will ring the police and the SW. The children "
              "will go to Gail's that night and stay there until a strategy discussion, which the SW (or the "
              "emergency duty team) will hold the same day, agrees it is safe for them to go home."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every 4 weeks at Stavenholt Church of England Primary, 3.45pm: 01/07/2025, "
              "29/07/2025 and 26/08/2025. Review child protection conference: 16/09/2025, 10am, Stavenholt "
              "District Council Offices, Committee Room 2."),
        ("p", "Plan agreed at conference. Graham Tilsley, Chair – 17/06/2025"),
    ],
    "findings": [
        F("H001", "Talking therapy sessions for Martin's low mood and anxiety"),
        F("M002", "Talking therapy sessions for Martin's low mood and anxiety"),
        F("T002", "Martin to go to the Stavenholt AA group"),
        F("M001", "Young carers assessment for Evie, and a place"),
        F("W001", "Weekly check-in with Evie at school about how things"),
        F("F002", "Martin stops drinking and gets his life back on track."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Joint plan with an Early Intervention in Psychosis team; father with a
#    first episode of psychosis; scaling goal and one-paragraph commitments
#    with bracketed who/when. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_scarrowby_eip_joint_scaling_bracketed_kwarteng.txt",
    "split": "tune",
    "template": "joint-csc-and-early-intervention-in-psychosis-plan-txt-lettered-sections-scaling-goal-then-numbered-commitments-with-bracketed-who-when-and-evidence-clause",
    "description": (
        "Exemplary core group plan, written jointly with an Early Intervention in Psychosis team, "
        "for a 3-year-old whose father had a first episode of psychosis and barricaded them into "
        "the flat. Lettered sections; a scaling goal and child outcomes; each commitment is one "
        "paragraph with [who | when] and an evidence clause. The care coordinator reports on "
        "change and the psychologist assesses capacity to change and the likely timescale; the GP "
        "does the antipsychotic health checks. The early-signs contingency names the mother, the "
        "grandmother and foster carers in turn; core group and review dates and a legal step."
    ),
    "text": """\
SCARROWBY COUNCIL - CHILDREN'S SOCIAL CARE
with SCARROWBY EARLY INTERVENTION IN PSYCHOSIS SERVICE (Northfleet Trust)

JOINT CHILD PROTECTION PLAN - JAYDEN KWARTENG
Plan agreed at core group 2, 26 June 2025

Child .......... Jayden Kwarteng, born 03/03/2022 (3 years)
Home ........... Flat 9, Linden Court, Scarrowby
Parents ........ Kofi Kwarteng (29) and Leah Dunmore (26), living together
Category ....... Emotional abuse - initial conference 05/06/2025
Social worker .. Marnie Oakes, Scarrowby Children's Social Care
EIP worker ..... Tom Ashdown, care coordinator (mental health nurse)


A. WHAT HAPPENED

In March 2025 Kofi became convinced that the neighbours were putting
poison in the family's food and water. On 17 March he pushed the sofa
and the fridge against the front door and kept himself and Jayden
inside for about 14 hours, giving Jayden only bottled water and dry
crackers. Leah was at work and could not get in. Police forced entry
and Kofi was taken to a place of safety under section 136. He was
admitted to Heronsgate Unit for four weeks and has been under the EIP
service since his discharge on 15 April. He takes aripiprazole every
evening and says he now understands that the poisoning was part of his
illness. Leah works 9 to 3 on weekdays; Kofi looks after Jayden on the
two weekdays he is not at nursery.


B. WHAT IS GOING WELL

Kofi has been to every EIP appointment since discharge and has taken
his medication every day (Leah signs the chart). Leah has told her
manager about the plan and can leave work at short notice. Jayden is
at Puddleducks Nursery on Mondays, Wednesdays and Fridays and is
happy there. Leah's mum, Carol Dunmore, lives in the next street.


C. JAYDEN'S WORLD

Jayden is three and talks in short sentences. At nursery on 20 June
he played "locked in" with the big bricks, building a wall round a
teddy, and told his keyworker "Daddy scared, Daddy hide". At home on
23 June the SW saw him sit on Kofi's knee to read a dinosaur book and
laugh at Kofi's roaring. He sleeps with the landing light on and
wakes most nights; Leah says he asks "door open?" at bedtime. He loves
his dinosaurs, his nana's cat and going to the park with his dad.


D. WHAT WE WANT FOR JAYDEN

1. Jayden is always cared for by a parent who is well, and is never
   shut in or kept from other people again.
2. Jayden sleeps through most nights and stops asking whether the
   door is open.
3. Jayden's speech keeps developing and he goes to nursery on all
   three of his days.

Scaling: at conference everyone was asked "0 means Jayden is not safe
with his dad at all, 10 means he is completely safe". The scores were
Leah 7, Kofi 8, Tom Ashdown 6, the SW 4. By the review conference we
want everyone to score 7 or above, which for the SW would mean four
months without early signs, Kofi able to say what he would do if they
came back, and nursery seeing Jayden calm and sleeping better.


E. WHO WILL DO WHAT

E1. [SW Marnie Oakes | every 2 weeks, alternate visits unannounced]
    Visit on a day Kofi is looking after Jayden, watch their play,
    meals and nap, and talk with Jayden using his dinosaur cards;
    evidence: visit records describing Jayden's care and his words.

E2. [Tom Ashdown, EIP care coordinator | weekly, with a written report
    3 days before each core group] See Kofi, check his early signs,
    sleep and medication, and report on what has changed, the steps
    he still needs to take and how long they are likely to take;
    evidence: written report with his early-signs checklist score,
    read at each core group.

E3. [Dr Hana Novak, clinical psychologist, EIP | assessment by
    31/07/2025] Assess Kofi's capacity to make and keep changes, his
    understanding of how his beliefs affected Jayden, and the likely
    timescale for recovery; evidence: written assessment shared with
    the core group and the review conference.

E4. [GP Dr Philip Rees, Linden Road Surgery | by 18/07/2025, then every
    3 months] Do Kofi's antipsychotic health checks (bloods, weight,
    ECG) and tell Tom and the SW of any missed appointment within a
    week; evidence: results letter copied to Tom and the SW.

E5. [Leah Dunmore | every day Kofi has Jayden on his own] Phone Kofi
    at 12.30pm and come home if he sounds unwell or does not answer
    twice; evidence: call log on Leah's phone shown to the SW at
    visits, and any time she came home written in the family diary.

E6. [Kofi Kwarteng | every evening] Take his aripiprazole with Leah
    there so that he stays well enough to care for Jayden, and both
    sign the chart; evidence: chart seen by Tom and the SW at visits.

E7. [Sasha Greenwood, keyworker, Puddleducks Nursery | every session,
    Mon, Wed and Fri] Record how Jayden arrives, what he says and how
    he plays; evidence: nursery daily sheet emailed to the SW every
    Friday.

E8. [HV Rowan Ellery | by 25/07/2025] Complete Jayden's 3-year review
    with a speech and language screen, and refer him to speech and
    language therapy if he is below the cut-off; evidence: ASQ-3
    scores and any referral sent to the SW.

E9. [Family support worker Abi Lund, Scarrowby Family Hub | weekly for
    6 weeks from 07/07/2025] Bedtime routine work with Leah and Kofi
    to help Jayden settle and sleep; evidence: sleep diary kept by
    Leah, showing how many nights a week Jayden wakes.


F. IF KOFI STARTS TO BECOME UNWELL

Kofi's early signs (agreed with Tom): sleeping less than five hours,
talking about the neighbours or about the food or water, checking the
locks again and again, or missing his evening tablet.

If Leah, nursery or any professional sees any one of these while Kofi
is caring for Jayden, Leah will come home straight away and take over
Jayden's care, and Kofi will not look after Jayden on his own until
the EIP team has seen him. Leah or the SW will ring the EIP duty line
(or the crisis team out of hours) the same day for a same-day review,
and the SW will hold a strategy discussion that day. If Leah cannot
get home within the hour, Carol Dunmore will collect Jayden and keep
him at hers; if neither Leah nor Carol can, the SW or the emergency
duty team will arrange for Jayden to stay with foster carers until
Leah can be with him.


G. MEETINGS AND WHAT HAPPENS IF THINGS DO NOT CHANGE

Core group: every 4 weeks at Scarrowby Family Hub, 10am - 24/07/2025,
21/08/2025 and 18/09/2025. Tom Ashdown attends every core group.
Review child protection conference: 02/10/2025, 2pm, Scarrowby
Council Offices.
If Kofi becomes unwell again while caring for Jayden, stops his
medication, or Dr Novak's assessment finds he is unlikely to make the
changes within a timescale that fits Jayden's needs, the SW will
request a legal planning meeting within 5 working days.

Signed: M Oakes (SW), T Ashdown (EIP), K Kwarteng, L Dunmore
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Health-visitor-led plan for a 10-week-old whose mother has severe
#    postnatal depression: small tables for daytime care, night-time care and
#    Mum's recovery. Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b39_saltinghope_day_night_recovery_tables_szabo.pdf",
    "doc_title": "Child Protection Plan - Baby Lili Szabo-Hart",
    "split": "tune",
    "template": "hv-and-sw-baby-plan-paged-lilis-day-and-night-observed-what-good-looks-like-bullets-then-three-small-tables-daytime-night-time-mums-recovery-task-named-person-frequency-or-date-proof",
    "description": (
        "Exemplary initial conference plan for a 10-week-old whose mother has severe postnatal "
        "depression with thoughts of harm, weight falling across centiles. Observed day and night "
        "of the baby, 'what good looks like for Lili', then three small tables (daytime care, "
        "night-time care, Mum's recovery and what it means for Lili) with named person, frequency "
        "or date and proof. The perinatal nurse and psychiatrist report on change, prognosis and "
        "timescale; the parent-infant service reports on interaction; the GP issues weekly "
        "prescriptions. Specific contingency with foster care or a mother and baby unit; dates; "
        "legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE | Saltinghope Council and Saltinghope Community Health | CP plan",
    "footer": "Lili Szabo-Hart – child protection plan 1 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Baby Lili"),
        ("kv", [
            ("Baby", "Lili Szabo-Hart, born 14/04/2025 (10 weeks)"),
            ("Lives with", "Réka Szabo (mum, 31) and Owen Hart (dad, 33), 3 Quayside Mews, Saltinghope"),
            ("Conference", "Initial child protection conference, 24/06/2025"),
            ("Category", "Neglect"),
            ("Lead professionals", "Delyth Parry (SW, Saltinghope Council) and Tamsin Earl (HV, "
                                   "Saltinghope Community Health)"),
            ("Adult services", "Saltinghope Perinatal Mental Health Service; Harbour View Surgery"),
        ]),
        ("h1", "Why Lili has a plan"),
        ("p", "Réka was diagnosed with severe postnatal depression when Lili was six weeks old. Her Edinburgh "
              "Postnatal Depression Scale score at the HV's visit on 27/05/2025 was 24, and she told the HV "
              "that \"sometimes I think Lili would be better off without me\" and that she has had pictures in "
              "her head of dropping her. Lili's weight has fallen from the 50th to the 9th centile. On two "
              "visits Lili had been left crying in her cot for a long time while Réka lay in the next room. "
              "Owen went back to work when Lili was two weeks old and did not know how low Réka had become. "
              "Réka's family live in Hungary."),
        ("p", "Réka and Owen both came to conference. Réka has started mirtazapine and has seen the perinatal "
              "team twice. Owen has taken six weeks' unpaid leave from 23/06/2025."),
        ("h1", "Lili's day and night (what we have seen)"),
        ("p", "Lili is a small, alert baby who watches faces closely. When Owen feeds her she feeds well and "
              "falls asleep on his chest. When Réka feeds her she looks away from Réka's face, takes about "
              "60ml and then cries. She has a flat patch on the back of her head from lying in her cot for "
              "long periods. On the SW's visit on 19/06/2025 she smiled for the first time at Owen's singing, "
              "and Réka cried and said \"she never smiles at me\". At night she wakes three times and Owen "
              "does most of the feeds."),
        ("h1", "What good looks like for Lili by the review conference"),
        ("bullets", [
            "Lili is back on or near her birth centile, gaining steadily every week.",
            "Lili is picked up and comforted when she cries, day and night, and looks at and smiles at her mum.",
            "Lili is never alone with a parent who is thinking of harming her or themselves.",
        ]),
        ("h1", "The plan"),
        ("h2", "Daytime care"),
        ("table", {
            "header": ["Task", "Named person", "Frequency or date", "Proof"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Weigh Lili and watch a full feed with Réka, giving feeding advice",
                 "HV Tamsin Earl", "Weekly at Saltinghope Children's Centre clinic",
                 "Weight plotted in the red book each week; gain of 150g or more a week"],
                ["Visit at home, see Lili awake and held, and watch how Réka and Owen respond when she cries",
                 "SW Delyth Parry", "Weekly; at least every other visit unannounced",
                 "Visit record describes Lili's care, her mood and who responded to her"],
                ["Baby massage and play sessions with Réka at home, to help her read Lili's cues",
                 "Jess Amory, family support worker, Quayside Family Hub",
                 "Weekly for 6 weeks from 01/07/2025",
                 "Session notes on how Réka responds to Lili's cues, shared with the SW after each session"],
            ],
        }),
        ("h2", "Night-time care"),
        ("table", {
            "header": ["Task", "Named person", "Frequency or date", "Proof"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Do Lili's 10pm and 2am feeds and write the time and amount on the feed chart",
                 "Owen Hart", "Every night",
                 "Feed chart checked and signed by the HV at each weekly weigh"],
                ["Put Lili down on her back in her Moses basket beside the parents' bed for every sleep",
                 "Owen Hart and Réka Szabo", "Every sleep, day and night",
                 "HV and SW see the sleep space at every home visit"],
            ],
        }),
        ("h2", "Mum's recovery and what it means for Lili"),
        ("table", {
            "header": ["Task", "Named person", "Frequency or date", "Proof"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Home visits to Réka with an EPDS at each visit, and a written view for each core group on "
                 "whether she is making and keeping the changes Lili needs",
                 "Marta Kowal, perinatal community mental health nurse",
                 "Weekly; written view before each core group",
                 "EPDS scores and the written view read at every core group"],
                ["Review Réka's medication and write an assessment of her prognosis, her capacity to change and "
                 "how long her recovery is likely to take, with what this means for Lili's care",
                 "Dr Adaeze Nwosu, perinatal psychiatrist", "Assessment by 25/07/2025",
                 "Written assessment shared with the core group and the review conference"],
                ["Prescribe Réka's mirtazapine 7 days at a time, so there is never a large supply of tablets in "
                 "the house with Lili, and tell the SW of any prescription not collected",
                 "GP Dr Sunil Batra, Harbour View Surgery",
                 "Every week; a missed collection reported the same day",
                 "Pharmacy collection record; SW emailed on the day of any gap"],
                ["Eight sessions of video interaction guidance with Réka and Lili, and a report on whether "
                 "Réka's responses to Lili are changing",
                 "Saltinghope Parent-Infant Relationship Service (Ffion Daley)",
                 "Fortnightly from 14/07/2025; report by 31/10/2025",
                 "Before-and-after coding of the videos in the report, shared with the core group"],
            ],
        }),
        ("h1", "If Réka becomes more unwell"),
        ("p", "If Réka tells anyone she has a plan to harm herself or Lili, scores 2 or 3 on question 10 of the "
              "EPDS, or Lili's weight falls below the 2nd centile, Owen will stay at home with Lili and Réka will "
              "not be left alone with her. Marta (or the perinatal crisis line out of hours) will see Réka the "
              "same day, and the SW will hold a strategy discussion that day."),
        ("p", "If Owen cannot be at home, Lili will be cared for by approved foster carers under section 20 with "
              "her parents' agreement, and the perinatal team will ask for a joint admission for Réka and Lili "
              "to the Rosewood Mother and Baby Unit."),
        ("h1", "Meetings and legal planning"),
        ("bullets", [
            "Core group every 3 weeks at Quayside Family Hub, 11am: 08/07/2025, 29/07/2025, 19/08/2025 and "
            "09/09/2025.",
            "Review child protection conference: 16/09/2025, 10am, Saltinghope Civic Centre.",
            "If Lili's weight has not started to recover by the core group on 29/07/2025, or Dr Nwosu's "
            "assessment says Réka is unlikely to recover within Lili's timescale, the SW will ask the team "
            "manager for a legal planning meeting within 5 working days.",
        ]),
        ("p", "Delyth Parry (SW) and Tamsin Earl (HV) – 25/06/2025"),
    ],
    "findings": [],
})
