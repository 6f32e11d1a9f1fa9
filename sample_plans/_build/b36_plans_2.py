"""Batch 36, module 2: seven fictional plans (held-out material), places beginning with "h".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

The seven: a neglect plan built on Graded Care Profile 2 grades and home
conditions; a plan after an older brother's harmful sexual behaviour; an
interim plan and handover while a family moves to another authority; a
second review where progress has stalled and the legal route is set out; a
pre-birth plan for parents with learning disabilities with an advocate and
an "in easy words" column; a letter to a 12-year-old; and a landscape table
with seven columns. Three are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Neglect plan built from GCP2 grades (merged area column), home
#    conditions notes, then a steps table keyed to GCP2 areas (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_hebblemoor_gcp2_grade_steps_pilbeam.docx",
    "doc_title": "Neglect Child Protection Plan (GCP2) - Tia-Mae, Logan and Rory",
    "split": "heldout",
    "template": "neglect-plan-docx-gcp2-grade-table-merged-area-parents-own-scores-in-brackets-home-conditions-visit-notes-then-step-gcp2-area-person-timescale-evidence-table",
    "description": (
        "Initial conference neglect plan for a 7-year-old, a 4-year-old and a 13-month-old, built on a "
        "Graded Care Profile 2 (grades with the parents' own scores, merged area cells) and notes of "
        "home conditions at two visits. The steps table names the GCP2 area of each step. Faults: the "
        "parents' clean-up is 'ASAP' with 'Home conditions improved' as its measure, the stair gate row "
        "has no owner, the dental row no evidence, clean clothes are left to the 'Family network', the "
        "routines work is 'Ongoing', Talking Therapies only offers sessions measured by 'engagement', "
        "and the review conference date is still to be confirmed."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("pr", "Hebblemoor Metropolitan Borough Council"),
        ("pr", "Children's Social Work Service – Neighbourhood Team 3 (Saltergate)"),
        ("title", "Child Protection Plan – Neglect"),
        ("p", "Built from the Graded Care Profile 2 (GCP2) completed with the family on 22 May 2025 and "
              "agreed at the initial child protection conference."),
        ("kv", [
            ("Children", "Tia-Mae Pilbeam (7), Year 2, Saltergate Primary; Logan Pilbeam (4), Acorn Room, "
                         "Hebblemoor Children's Centre nursery; Rory Crouch (13 months)"),
            ("Home", "31 Garside Walk, Saltergate, Hebblemoor – three-bedroom council house, one dog"),
            ("Parents", "Shannon Pilbeam (26), mum to all three children; Dale Crouch (29), Rory's dad, "
                        "lives at home"),
            ("Tia-Mae and Logan's father", "Ryan Ellwood – no contact since 2022; told of the conference by letter"),
            ("Initial conference", "Wednesday 04/06/2025, Hebblemoor Town Hall; chair Angela Marsh"),
            ("Category", "Neglect (all three children)"),
            ("Social worker", "Owain Rees, Neighbourhood Team 3"),
            ("GCP2 completed by", "Owain Rees (SW) and Bernadette Quayle (HV) with Shannon and Dale, at home"),
        ]),
        ("h1", "1. The GCP2 grades"),
        ("p", "Grades run from 1 (the child's needs are all met and put first) to 5 (the child's needs are "
              "not met and are given no priority). Shannon and Dale graded themselves at the same visit; "
              "their own grade is shown in brackets."),
        ("table", {
            "header": ["GCP2 area", "Sub-area", "Grade on 22/05/2025", "What the grade is based on"],
            "widths": [2.8, 3.4, 2.4, 8.4],
            "bold_first_col": True,
            "rows": [
                ["Physical care", "Nutrition", "4 (3)",
                 "Fridge held a pint of milk, margarine and two out-of-date yoghurts. Tia-Mae said tea was "
                 "crisps on two of the three days she was asked about. Rory's bottles were left half-drunk on "
                 "the floor."],
                [V, "Housing, hygiene and environment", "5 (3)",
                 "Eleven rubbish bags in the back garden and four in the back bedroom; dog mess on the landing "
                 "and in Logan's room; no sheets on Tia-Mae's or Logan's mattress; food waste over the kitchen "
                 "worktops."],
                [V, "Clothing", "3 (2)",
                 "The children have enough clothes, but school and nursery see the same unwashed clothes for "
                 "three or four days at a time."],
                [V, "Health", "4 (2)",
                 "Rory has missed his 12-month immunisations and his 1-year review. Tia-Mae and Logan both have "
                 "visible tooth decay and have never been to a dentist."],
                ["Safety", "When carers are there", "3 (2)",
                 "No stair gate: Rory was seen climbing the stairs on his own. Tablets kept on a low kitchen "
                 "shelf."],
                [V, "When carers are not there", "4 (2)",
                 "A neighbour found Tia-Mae outside the Spar at 8.10pm on 11/05/2025, sent to buy bread on "
                 "her own."],
                ["Love and care", "Warmth and response to the children", "2 (1)",
                 "Both parents are warm with the children. Rory goes to Dale for comfort and Tia-Mae sits on "
                 "Shannon's knee to read."],
                ["Stimulation and esteem", "Play, learning and praise", "3 (3)",
                 "Very few toys or books at home. Logan uses single words only; Tia-Mae's reading is behind "
                 "what is expected for her age."],
            ],
        }),
        ("h1", "2. Home conditions at the last two visits"),
        ("p", "28/05/2025 (planned visit): seven rubbish bags left in the garden, four still in the back "
              "bedroom. Kitchen worktops had been wiped. Dog mess on the landing. Rory in a clean sleepsuit, "
              "Logan in yesterday's nursery clothes."),
        ("p", "02/06/2025 (unannounced, 5.30pm): the back bedroom was clear, but bags had gone back into the "
              "garden and the dog had been shut in Logan's room all afternoon. No food had been bought for tea; "
              "Dale went to the shop while the SW was there. Tia-Mae's bed still had no sheet."),
        ("h1", "3. What the children tell us and what we see"),
        ("p", "Tia-Mae (seen on her own at school, 30/05/2025): \"I don't like my room because it smells of "
              "Bruno's poo. I want a duvet with unicorns. Sometimes I make Logan's tea, it's cereal.\" She said "
              "the best thing at home is \"when Mummy does the voices in my book\". She was frightened on the "
              "night she went to the shop because \"a man shouted at a dog\"."),
        ("p", "Logan is quiet at home and talkative only with his nursery key worker. At nursery he eats "
              "quickly and asks for seconds on Mondays. He showed the SW his bed by patting the mattress and "
              "saying \"no\" when asked where his covers were."),
        ("p", "Rory is a smiley, sturdy baby who pulls himself up on the furniture and crawls fast towards the "
              "stairs. He settles quickly in Dale's arms. On both visits he was hungry and drank a full bottle "
              "straight away."),
        ("h1", "4. What needs to be different for the children by the review"),
        ("bullets", [
            "Tia-Mae, Logan and Rory sleep in clean beds with sheets and covers, in rooms with no rubbish or "
            "dog mess (housing and hygiene grade 2 or better).",
            "The children have breakfast and a cooked tea every day and there is food for them in the house "
            "(nutrition grade 2).",
            "Rory's immunisations are up to date and Tia-Mae and Logan have had their teeth checked and "
            "treated (health grade 2).",
            "Rory cannot get to the stairs or the tablets, and Tia-Mae is never sent out on her own after "
            "dark (safety grades 2).",
            "Logan's talking and Tia-Mae's reading are helped at home with books and play every day.",
        ]),
        ("h1", "5. The steps"),
        ("table", {
            "header": ["Step", "GCP2 area", "Person", "Timescale", "Evidence we will look for"],
            "widths": [5.4, 2.2, 3.0, 2.6, 3.8],
            "rows": [
                ["Visit the home, see all three children and go through the GCP2 home checklist room by room "
                 "with Shannon and Dale, including the fridge and the children's beds",
                 "Housing; nutrition", "SW Owain Rees", "Weekly; at least one visit a fortnight unannounced",
                 "Home checklist completed and scanned to the file after each visit; children seen and their "
                 "words recorded"],
                ["Clear the rubbish bags from the garden and the back bedroom, pick up the dog mess and clean "
                 "the kitchen and bathroom",
                 "Housing", "Shannon Pilbeam and Dale Crouch", "ASAP",
                 "Home conditions improved"],
                ["Order beds, mattress protectors and bedding for Tia-Mae and Logan from the Hebblemoor "
                 "Furniture Scheme and get them delivered",
                 "Housing", "FSW Cheryl Nkemelu, Saltergate Family Hub",
                 "Ordered by 13/06/2025; delivered by 27/06/2025",
                 "Beds made up and slept in, seen by the SW in both bedrooms"],
                ["Fit a stair gate at the top and bottom of the stairs and move all tablets into a locked box",
                 "Safety", "–", "By 20/06/2025",
                 "Gates and locked box seen in place by the SW or HV"],
                ["Rory's 1-year review, weight and length, and book his missed 12-month immunisations with the "
                 "practice nurse",
                 "Health", "HV Bernadette Quayle",
                 "Review by 27/06/2025; immunisations given by 11/07/2025",
                 "Red book and GP record show the review done and immunisations given; weight plotted on the "
                 "centile chart"],
                ["Take Tia-Mae and Logan to a dentist for a check-up and treatment for their decay",
                 "Health", "Shannon Pilbeam", "By 11/07/2025", ""],
                ["Send the children to school and nursery in clean clothes that fit and suit the weather",
                 "Clothing", "Family network", "Every school and nursery day",
                 "School and nursery arrival sheets, shared with the SW every Friday"],
                ["Home sessions on meals, bath and bedtime routines, making a picture routine chart with "
                 "Tia-Mae and Logan for the fridge",
                 "Nutrition; love and care", "FSW Cheryl Nkemelu, Saltergate Family Hub", "Ongoing",
                 "Completed routine chart on the fridge, signed by the FSW; the chart shows the children in bed "
                 "by 7.30pm"],
                ["Guided self-help sessions for Shannon's low mood",
                 "Parent's health", "Psychological wellbeing practitioner, Hebblemoor Talking Therapies",
                 "Six weekly sessions from 16/06/2025",
                 "Shannon's engagement with the sessions"],
                ["Speech and language screen for Logan, and a book-sharing pack for home with a short "
                 "demonstration for Shannon and Dale",
                 "Stimulation", "Mrs Alison Varley, SENCo, Hebblemoor Children's Centre", "Screen by 04/07/2025",
                 "Screen results and any SALT referral sent to the SW and HV; book pack seen in use on home "
                 "visits"],
                ["Check Tia-Mae's arrival, lunch and uniform each morning, and ring the SW the same day if she "
                 "is absent, hungry or unwashed",
                 "Health; clothing", "Mr Kwame Boateng, DSL, Saltergate Primary", "Every school day",
                 "DSL log; summary emailed to the SW every Friday"],
                ["Cook a hot tea with the children at least three times a week and keep a simple food diary",
                 "Nutrition", "Shannon Pilbeam and Dale Crouch", "From 09/06/2025",
                 "Food diary on the fridge, signed by the FSW and checked by the SW"],
            ],
        }),
        ("h1", "6. If things get worse"),
        ("p", "The SW will ring the team manager and hold a strategy discussion the same day if any of these "
              "happen: Rory or Logan is found on his own; Tia-Mae is found out alone after dark; there is no "
              "food in the house for the children at a visit; or dog mess or rubbish is back in the children's "
              "bedrooms after 27/06/2025."),
        ("p", "If the children cannot stay safely at home that night, they will go to their maternal "
              "grandmother, Valerie Pilbeam, at 9 Hollis Street (she has agreed and her checks are done). If "
              "Valerie cannot take them, they will stay together with approved foster carers."),
        ("h1", "7. Checking progress"),
        ("p", "Core group meetings every four weeks at Saltergate Family Hub, 1pm: 18/06/2025, 16/07/2025 and "
              "13/08/2025. At the 13/08/2025 meeting the HV and SW will repeat the GCP2 with Shannon and Dale."),
        ("p", "Review child protection conference: date to be confirmed by the Safeguarding Unit."),
        ("p", "If the repeat GCP2 still has housing or health at grade 4 or worse, or any of the children is "
              "found alone again, the SW will put the case to the Hebblemoor legal gateway meeting, which will "
              "decide whether to start the Public Law Outline."),
        ("p", "Plan typed by Owain Rees, SW, 05/06/2025, and sent to Shannon, Dale and everyone at conference."),
    ],
    "findings": [
        F("T002", "Clear the rubbish bags from the garden and the back bedroom"),
        F("M002", "Clear the rubbish bags from the garden and the back bedroom"),
        F("W001", "Fit a stair gate at the top and bottom"),
        F("M001", "Take Tia-Mae and Logan to a dentist for a check-up"),
        F("W002", "in clean clothes that fit and suit the weather"),
        F("T002", "Home sessions on meals, bath and bedtime routines"),
        F("H001", "Guided self-help sessions for Shannon's low mood"),
        F("M002", "Guided self-help sessions for Shannon's low mood"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Plan after an older brother's harmful sexual behaviour: CP plan for the
#    younger sister with the brother's child in need plan alongside; steps in
#    three grouped tables. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_hurstwold_hsb_sibling_grouped_steps_ashdown.md",
    "split": "heldout",
    "template": "hsb-sibling-plan-md-cp-plan-for-sister-cin-alongside-for-brother-who-lives-where-then-three-grouped-step-lead-timing-proof-tables-keeping-safe-helping-her-helping-him",
    "description": (
        "Exemplary plan after a 14-year-old's harmful sexual behaviour towards his 8-year-old sister: her "
        "child protection plan with his child in need plan alongside. He lives with his grandparents "
        "while an AIM3 assessment is done; the steps are grouped as keeping her safe, helping her and "
        "helping him, each with lead, timing and proof. Both children's words are recorded, the "
        "contingency covers the grandparents or parents being unable to keep the rules, core group and "
        "review dates are set and legal advice follows a breach."
    ),
    "text": """\
# Hurstwold County Council – Children's Services

## Safety and support plan for Amber and Kyle Ashdown

- **Amber:** child protection plan (category: sexual abuse), agreed at the initial child protection conference on Thursday 22 May 2025, Hurstwold County Hall
- **Kyle:** child in need plan under section 17, on the harmful sexual behaviour pathway, worked alongside Amber's plan
- **Social worker for both children:** Rhiannon Feld, South Locality Team
- **Conference chair:** Paul Osei-Bonsu

## Who lives where right now

- **Amber Ashdown**, 8, Year 3 at Copperfield Junior School – lives at home, 7 Dunnock Rise, with Mum (Nicola, 39) and Dad (Martin, 42)
- **Kyle Ashdown**, 14, Year 9 at Hurstwold Academy – has lived with his dad's parents, Pauline and Geoff Ashdown, at 12 Mill Lane since 28 April 2025, by family agreement

## What happened

On 24 April 2025 Amber told her class teacher that Kyle had been taking her into his bedroom since
Christmas and touching her, and making her touch him, and that he called it "the secret game". A
strategy discussion was held that afternoon and Amber was interviewed by a police officer and a social
worker the next day. Kyle answered police questions on 30 April with his dad and a solicitor and
accepted some of what Amber said. The police investigation is still going on.

Nicola and Martin believed Amber straight away. They agreed that evening that Kyle would go to his
grandparents, and they have kept to that. They are also very worried about Kyle, who is their son too.

## What Amber says

Amber (seen alone at school, 15 May, and at home, 20 May): "Kyle is nice sometimes but I didn't like
the secret game. I'm glad I told Miss Carver." She would like to "still see Kyle, but with Mummy in the
room". She wants "a lock on my door so nobody can just come in". On the three houses she put "Kyle
going to Nanna's" in her house of worries *and* her house of good things. She scored feeling safe at
home as 7 out of 10. She has been waking most nights since April and goes into her mum's bed.

## What Kyle says

Kyle (seen alone at Mill Lane, 16 May): "I know it was wrong. I didn't think about how Amber felt,
I just thought it was a joke. I want to go home but I get why I can't yet." He likes Nanna's cooking
and says Grandad "is strict about my phone now". His biggest worry is people at school finding out.
He said he will "do the sessions, whatever they are".

## What we want to be true by the review conference

- Amber is safe from any sexual touching or harm, and tells Mum, Mrs Okon and her social worker that she feels safe at home and at Nanna and Grandad's (8 out of 10 or more).
- Amber knows that what happened was not her fault, and she is sleeping through most nights in her own bed.
- Kyle has specialist help to understand and stop his behaviour, keeps going to school every day, and only moves home if the assessment says it is safe and a return plan is agreed.
- Amber and Kyle see each other in a safe way, only when Amber wants to.

## Steps

### A. Keeping Amber safe

| Step | Lead | Timing | Proof it's happening |
|---|---|---|---|
| Kyle lives and sleeps at Mill Lane and does not go to 7 Dunnock Rise, even for a few minutes | Pauline and Geoff Ashdown (paternal grandparents) | Every day and night until the core group agrees a return plan after the AIM3 report | Pauline's stay diary, signed each night; the SW sees Kyle's room at Mill Lane on her visits |
| Supervise the Sunday visit between Kyle and Amber at Mill Lane: stay in the same room the whole time, no bedrooms, bathrooms or games out of sight, and end the visit if either child is upset | Nicola or Martin – one named parent for the whole visit | Sundays 2pm to 4.30pm from 15 June 2025, only when Amber says she wants to go | Visit sheet signed by the supervising parent and by Pauline; the SW asks Amber about the visits when she sees her alone |
| Put parental controls on Kyle's phone and on the grandparents' tablet, and go through Kyle's phone with him every Saturday | Geoff Ashdown, with advice from PC Harriet Marsh, Hurstwold Police online safety officer | Controls on by 20 June 2025; phone checked every Saturday | Screenshot of the settings sent to the SW; Geoff's phone-check record, seen by the SW |
| Finish the police investigation and tell Amber's parents, Kyle and the SW what the outcome is | DC Sarah Whitlam, Hurstwold Police Child Abuse Investigation Team | Outcome decision by 31 July 2025 | Written outcome sent to the SW and read out at the core group on 31 July 2025 |
| See Amber on her own at home and at school, using the three houses and a 0–10 safety scale | SW Rhiannon Feld | Every 2 weeks, at least one visit a month at school | Visit record with Amber's own words and her safety score each time |
| See Kyle on his own at Mill Lane and read the stay diary | SW Rhiannon Feld | Every 2 weeks | Visit record with Kyle's words; stay diary signed by the SW |
| Fit a lock on the inside of Amber's bedroom door that an adult can open from outside, as Amber asked | Martin Ashdown | By 13 June 2025 | Lock seen fitted by the SW, and Amber shows it to her |

### B. Helping Amber

| Step | Lead | Timing | Proof it's happening |
|---|---|---|---|
| Sessions with Amber on feelings, body safety and "it wasn't your fault" | Joanne Mayhew, children's therapeutic worker, Hurstwold Safe Steps Service | Weekly for 12 weeks from 18 June 2025 | Attendance record; Amber's worry score at each session; written mid-way report to the core group on 31 July 2025 |
| Monday morning check-in with Amber, and small-group body safety (PANTS) work | Mrs Grace Okon, learning mentor, Copperfield Junior School | Every Monday in term time | Check-in notes; anything Amber says about home or Kyle passed to the DSL and the SW the same day |
| Sleep review for Amber with Nicola | Helen Ridley, school nurse, Hurstwold School Nursing | Appointment by 11 July 2025 | Two-week sleep diary and written sleep advice sent to Nicola and the SW |

### C. Helping Kyle

| Step | Lead | Timing | Proof it's happening |
|---|---|---|---|
| AIM3 assessment of Kyle's harmful sexual behaviour, including whether and when he could safely live at home again | Dr Ravi Menon, clinical psychologist, Hurstwold Compass Service | Weekly sessions from 11 June 2025; report by 15 August 2025 | AIM3 report shared with Kyle, his parents and the core group by 15 August 2025 |
| School safety plan for Kyle (supervised at lunch and in changing rooms, no time alone with younger pupils) and a short check-in each morning | Mr Tom Baverstock, DSL, Hurstwold Academy | Every school day from 9 June 2025 | Safety plan signed by Kyle and Mr Baverstock; attendance register; email to the SW every Friday |
| Six sessions for Nicola and Martin on harmful sexual behaviour, supervising both children and talking with them about what happened | Nicola and Martin Ashdown, with Lisa Harding, Compass parents' worker | Fortnightly from 19 June 2025 | Attendance record; Lisa's note of each session shared with the core group |

## If something goes wrong

- If Kyle and Amber are found alone together, Kyle goes to 7 Dunnock Rise outside an agreed visit, or Amber tells anyone that something has happened again, the adult who knows rings the SW (or the Emergency Duty Team out of hours) straight away. The SW holds a strategy discussion with the police that day, and Sunday visits stop until it has happened.
- If Pauline and Geoff cannot keep Kyle – because one of them is ill, or because they cannot keep the rules in this plan – Kyle does not go home. The SW will arrange for him to stay with approved foster carers that day, with Nicola and Martin's agreement.
- If neither Nicola nor Martin can supervise a Sunday visit, it does not go ahead with anyone else in charge; the SW will book a supervised visit at Hurstwold Family Centre within 7 days instead.
- If Geoff cannot check Kyle's phone on a Saturday, Martin does the check that weekend and sends the SW a photo of the record.
- If Nicola and Martin let Kyle come home before the core group agrees it, or the Sunday visit rules are broken twice, the SW will ask for legal advice at a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks at Copperfield Junior School, 4pm: 5 June, 3 July and 31 July 2025.
- Review child protection conference: Thursday 21 August 2025, 10am, Hurstwold County Hall.

*Plan written by Rhiannon Feld, SW, on 23 May 2025, and read through with Nicola, Martin and Kyle. Amber has her own picture version.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Transfer-out handover that is also the interim plan: who holds the case
#    until the transfer-in conference, and a table with "lead until" and
#    "lead from" columns (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_hendlecott_transfer_holding_two_lead_columns_mensforth.md",
    "split": "heldout",
    "template": "transfer-out-handover-and-interim-plan-md-case-holding-arrangements-section-then-table-lead-until-transfer-in-and-lead-from-transfer-in-columns-deadline-evidence",
    "description": (
        "Handover to the receiving authority that is also the children's interim plan (a 10-year-old, a "
        "6-year-old and a 2-year-old; domestic abuse, family moving to be near the mother's sister). A "
        "'holding' section says the sending authority keeps the case until the transfer-in conference, "
        "and the table has a lead before and a lead after that conference. Visits carry on until the "
        "transfer-in conference, but the parenting assessment, the CAMHS referral and the Freedom "
        "Programme are left for the new area with vague timings; 'Core group' owns the transfer pack and "
        "the calls with the oldest child are only 'Monitored'."
    ),
    "text": """\
# Transfer-out handover and interim child protection plan

**Hendlecott Borough Council – Children's Social Care – Locality Team West**
**To:** Wexbury City Council Children's Services (receiving authority) · **Date:** 4 July 2025
**Written by:** Callum Oduya, social worker · **Agreed by:** Farah Siddiq, team manager

> Until Wexbury's transfer-in conference, the table in section 6 is the children's child protection plan. It was updated with the family at the core group on Wednesday 2 July 2025.

## 1. The family

- Keeley Mensforth, 10 (Year 5, Brookfield Primary, Hendlecott)
- Brandon Mensforth, 6 (Year 1, Brookfield Primary)
- Poppy Tolson, 2 (Little Owls nursery, two days a week)
- Joanne Mensforth, 31, mother of all three
- Aaron Tolson, 34, Poppy's father; non-molestation order until February 2026, no contact with the family
- Keeley and Brandon's father, Gary Mensforth, died in 2021

Plan since the initial conference on 20/03/2025, category **emotional abuse**. Review conference held 12/06/2025: plan continued.

## 2. The move

Joanne has accepted a Wexbury Homes tenancy at 18 Calder Row, Wexbury, starting 21/07/2025, to be near her sister and away from Aaron's family. The new address is known only to the agencies in this plan. Hendlecott sent the transfer request to Wexbury on 30/06/2025.

## 3. Who holds the case until the transfer-in conference

- Hendlecott keeps case responsibility until the end of Wexbury's transfer-in conference on **Tuesday 19/08/2025**. Callum Oduya stays the children's social worker until then, and travels to Wexbury after the move.
- Out of hours before 21/07/2025: Hendlecott Emergency Duty Team. From 21/07/2025: Wexbury Emergency Duty Team, who have the plan and will ring Hendlecott EDT the same night about anything that happens.
- Wexbury's senior practitioner, Nadine Orr, is the contact there until a Wexbury social worker is allocated.

## 4. What the children tell us

Keeley (seen alone, 27/06/2025): "I'm excited about having my own room but scared Aaron will find us. I don't want to tell my new friends why we moved." She still has nightmares "about the night with the window" and sleeps with the landing light on. She would like "Callum to still come till it's sorted".

Brandon (seen at school, 01/07/2025): "The new house has stairs! Can Auntie Lisa come every day?" He drew the new house with everyone inside and the door shut.

Poppy was seen at nursery and at home: she babbles, brings her cup to her mum, and clings to Joanne when a man's voice is raised. Nursery say she has settled and naps well.

## 5. What we want for Keeley, Brandon and Poppy

- The children live with no contact from Aaron, before and after the move, and Keeley says she feels safe at home.
- Keeley gets help with her nightmares and panic attacks and starts at her new school in September knowing one adult she can go to.
- Brandon and Poppy keep their routines through the move and start their new school and nursery without a gap.

## 6. The plan across the move

| No. | Action | Lead until 19/08/2025 (Hendlecott) | Lead from 19/08/2025 (Wexbury) | Deadline | Evidence |
|---|---|---|---|---|---|
| 1 | Home visits, seeing Keeley and Brandon on their own and Poppy awake; the SW travels to Wexbury for visits after the move | SW Callum Oduya | Wexbury Children's Services | Every 2 weeks until the transfer-in conference on 19/08/2025 | Visit records with each child's words, copied into the transfer pack |
| 2 | Parenting and protective capacity assessment of Joanne, including how she will keep Aaron away from the children | – | Wexbury Children's Services | Once the case is with Wexbury – date TBC | Written assessment for Wexbury's first review conference |
| 3 | Keeley's CAMHS referral for panic attacks and nightmares – closed by Hendlecott CAMHS because of the move; Wexbury to re-refer to their own CAMHS | – | Wexbury Children's Services | When Wexbury allocate a worker | – |
| 4 | School places for Keeley (Year 6) and Brandon (Year 2) from September, with their school records and safeguarding files sent on | Joanne Mensforth, with EWO Sue Garside | Joanne Mensforth | Offers by 15/08/2025; files sent by 22/07/2025 | Written school offers, and the new DSL's email confirming the files arrived, copied to the SW |
| 5 | Keep up weekly IDVA contact with Joanne, hold a three-way handover meeting with her and the Wexbury IDVA, and get her case listed at Wexbury MARAC | IDVA Zara Quinn, Hendlecott Domestic Abuse Service | Wexbury IDVA Service | Weekly; handover meeting before the move on 21/07/2025 | Wexbury MARAC confirms the case is listed; note of the handover meeting on file |
| 6 | Freedom Programme for Joanne – 4 of 12 weeks done; stopped here, to be picked up in Wexbury | Joanne Mensforth | Joanne Mensforth | As and when a Wexbury group has a place | Certificate of completion sent to the SW |
| 7 | Poppy's 2-year development review, and her health visiting records passed to Wexbury | HV Maria Lenihan | Wexbury Health Visiting Team | Review by 18/07/2025; records sent by 21/07/2025 | ASQ-3 scores in the red book; Wexbury HV's email confirming the records arrived |
| 8 | Police markers and the non-molestation order details put on the Calder Row address | PC Owen Treharne, Hendlecott Police Domestic Abuse Unit | Wexbury Police | Before the move on 21/07/2025 | Email from Wexbury Police confirming the marker is live |
| 9 | Send Wexbury the transfer pack: this plan, the chronology, both conference reports and each agency's latest report | Core group | – | By 25/07/2025 | Wexbury confirm by email that the pack is complete |
| 10 | Weekly phone or video call with Keeley so she keeps a familiar adult through the move | SW Callum Oduya | – | Every Friday until 19/08/2025 | Monitored |
| 11 | Register the family with a Wexbury GP and ask for the children's health records to be moved | Joanne Mensforth | – | By 28/07/2025 | GP registration letters seen by the SW |

## 7. If things go wrong

- If Aaron turns up at the house, finds out the Calder Row address, or contacts Joanne or the children in any way, Joanne rings 999. The SW (or the duty team for the area the family is then living in) holds a strategy discussion with the police the same day, and if the home is not safe the IDVA finds a refuge place for Joanne and the children that night.
- If Joanne lets Aaron see the children or come to the house, Hendlecott will hold a legal planning meeting within 5 working days and tell Wexbury the same day.
- If the move falls through, the plan stays with Hendlecott and carries on as written.

## 8. Meetings

- Core group every 3 weeks while Hendlecott holds the case: 23/07/2025 (by video, after the move) and 13/08/2025.
- Transfer-in conference: Tuesday 19/08/2025, 10am, Wexbury Civic Centre, chaired by Wexbury.
- Hendlecott's review child protection conference stays booked for Tuesday 26/08/2025 in case the transfer-in conference does not go ahead.
""",
    "findings": [
        F("X001", "Parenting and protective capacity assessment of Joanne"),
        F("T002", "Parenting and protective capacity assessment of Joanne"),
        F("X001", "Keeley's CAMHS referral for panic attacks and nightmares"),
        F("T002", "Keeley's CAMHS referral for panic attacks and nightmares"),
        F("M001", "Keeley's CAMHS referral for panic attacks and nightmares"),
        F("X001", "Freedom Programme for Joanne – 4 of 12 weeks done"),
        F("T002", "Freedom Programme for Joanne – 4 of 12 weeks done"),
        F("W002", "Send Wexbury the transfer pack: this plan, the chronology"),
        F("M002", "Weekly phone or video call with Keeley"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Second review conference where progress has stalled: score-then-now
#    table, the legal route in prose, then a revised action table; PDF with
#    header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_holmbarrow_stalled_second_review_legal_route_stroud.pdf",
    "doc_title": "Second Review Conference - Revised Plan - Finley and Isla-Rose Stroud",
    "split": "heldout",
    "template": "second-rcpc-stalled-progress-paged-worry-score-then-and-now-table-chair-decision-legal-route-prose-then-action-responsible-deadline-evidence-of-change-table",
    "description": (
        "Second review conference six months into a neglect plan (a 5-year-old and a 2-year-old; mother's "
        "drinking and depression) where little has changed: a table of each worry scored then and now, "
        "the chair's decision, the legal planning meeting and pre-proceedings steps set out in prose, and "
        "a revised action table. Faults: one outcome is only the mother's, the CMHT care coordinator only "
        "supports with 'mood stable' as the measure, the GP row has no evidence, family support work "
        "restarts 'when a worker is allocated', 'All agencies' own the same-day sharing row, and the "
        "grandmother's mornings and Saturdays have no fallback in the contingency."
    ),
    "header": "OFFICIAL-SENSITIVE | Holmbarrow Council – Children and Families | Second Review Conference",
    "footer": "Finley and Isla-Rose Stroud – revised plan 03/07/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Second Review Conference – Outcome and Revised Plan"),
        ("kv", [
            ("Children", "Finley Stroud, born 14/02/2020 (5), Reception, Holmbarrow St Peter's Primary; "
                         "Isla-Rose Stroud, born 30/03/2023 (2)"),
            ("Address", "Flat 6, Anchor Court, Holmbarrow"),
            ("Mother", "Gemma Stroud (33)"),
            ("Fathers", "Finley's father, Craig Lumb, lives in Spain and phones monthly; Isla-Rose's father, "
                        "Nathan Birch, has no contact"),
            ("Maternal grandmother", "Carol Stroud, 28 Fenwick Close, Holmbarrow"),
            ("On a plan since", "Initial conference 13/01/2025; first review 10/04/2025"),
            ("This conference", "Thursday 03/07/2025, Holmbarrow Civic Centre; chair Dr Imran Shafiq"),
            ("Category", "Neglect"),
            ("Social worker", "Declan Furey, Family Safeguarding Team 2"),
        ]),
        ("h1", "1. Six months on: where are we?"),
        ("p", "The conference scored each worry from the first plan from 0 (nothing has changed, the children "
              "are not safe) to 10 (the worry has gone). Gemma scored alongside the professionals and her "
              "scores were close to theirs."),
        ("table", {
            "header": ["Worry from January", "Score in January", "Score today", "What has happened"],
            "widths": [5.0, 2.0, 2.0, 8.0],
            "rows": [
                ["Gemma drinks while caring for Finley and Isla-Rose",
                 "2", "2",
                 "Breath tests at the Recovery Partnership were positive in 5 of 19 weeks. On 14/06/2025 a "
                 "neighbour found Isla-Rose on the landing at 7pm and Gemma asleep and smelling of wine."],
                ["Finley misses school and arrives hungry",
                 "3", "4",
                 "Attendance this term 81% (78% last term). On Carol's mornings he is always on time; on the "
                 "other days he was late 11 times."],
                ["Isla-Rose's care and development at home",
                 "3", "3",
                 "She is growing well, but still has few words and no nursery place has been taken up. The "
                 "flat is cleaner than in January."],
                ["Gemma's low mood means the children's care falls away",
                 "3", "3",
                 "Gemma has been under Holmbarrow CMHT since February. She says her mood is \"up and down\" "
                 "and that she drinks most on her worst days."],
            ],
        }),
        ("h1", "2. What Finley and Isla-Rose are telling us"),
        ("p", "Finley (seen alone at school on 24/06/2025): \"Mummy sleeps a lot. I make Isla a biscuit. At "
              "Nanny's we have bacon sandwiches.\" He said he feels \"a bit scared\" when his mum \"talks "
              "funny\" and that he wants \"Nanny to live with us\". He put a sad face on the evenings in his "
              "week drawing and a happy face on Saturdays."),
        ("p", "Isla-Rose cannot tell us in words. She was seen at home four times since the last review. She "
              "follows Finley everywhere and goes to him, not her mum, when she falls. On the 14 June visit "
              "she had a full nappy and a sore bottom. At Carol's she is calm and eats well."),
        ("h1", "3. Decision"),
        ("p", "The chair and all agencies agreed that Finley and Isla-Rose continue to be at risk of "
              "significant harm through neglect and that the plan continues. The chair recorded that progress "
              "has not been enough: the same worries are scored the same as in January, and the 14 June "
              "incident shows the risk to Isla-Rose is real. Gemma said she understands and wants to keep "
              "trying."),
        ("h1", "4. Legal planning and pre-proceedings"),
        ("p", "A legal planning meeting was held on 01/07/2025 with Holmbarrow Legal Services. It advised "
              "that the threshold for care proceedings is met and that the council should enter the "
              "pre-proceedings stage of the Public Law Outline."),
        ("p", "The team manager, Alison Crewe, will send Gemma a letter before proceedings by 10/07/2025. "
              "A copy goes on the children's file. The letter entitles Gemma to free legal advice, and she "
              "has already spoken to Brindley & Co Solicitors."),
        ("p", "The pre-proceedings meeting will be held on 17/07/2025 at 2pm at Holmbarrow Civic Centre, "
              "with Gemma, her solicitor, the SW, the team manager and the council's solicitor. A written "
              "agreement of what must change will be given to Gemma at the meeting."),
        ("p", "A pre-proceedings review meeting is booked for 11/09/2025. If the changes in the written "
              "agreement have not been made by then, or sooner if the contingency below is triggered, the "
              "council will return to the legal planning meeting to decide whether to apply to the court for "
              "a care order."),
        ("h1", "5. What needs to be different for Finley and Isla-Rose"),
        ("bullets", [
            "Finley and Isla-Rose are looked after every day and night by an adult who is sober and awake.",
            "Finley gets to school every day, on time and fed; his attendance is above 95% from September.",
            "Isla-Rose goes to nursery three days a week and her speech is helped at home and at nursery.",
            "Gemma will stop drinking and engage with the services offered to her.",
        ]),
        ("h1", "6. Revised plan from today"),
        ("table", {
            "header": ["Action", "Responsible", "Deadline", "Evidence of change"],
            "widths": [6.2, 3.6, 3.0, 4.2],
            "rows": [
                ["Visit the home, including early-evening unannounced visits; see Finley on his own and "
                 "Isla-Rose awake, and check for alcohol in the flat",
                 "SW Declan Furey", "Weekly; two unannounced visits each month",
                 "Visit records note the time, who was caring for the children, any alcohol seen and what "
                 "Finley said"],
                ["Key-work with Gemma, a breath test at every session and a monthly urine screen; written "
                 "report on whether her drinking is changing and how quickly",
                 "Liam Fairbairn, Holmbarrow Recovery Partnership",
                 "Weekly; report before each core group and by 05/09/2025",
                 "Test results and written report shared at each core group and at the pre-proceedings "
                 "review"],
                ["Continue fortnightly home visits to support Gemma with her low mood and her medication",
                 "Sanjay Patel, care coordinator, Holmbarrow CMHT", "Fortnightly",
                 "Gemma's mood stable"],
                ["Review Gemma's antidepressant and repeat her liver function tests",
                 "Dr Fiona Kerr, Abbeyfield Surgery", "By 25/07/2025", ""],
                ["Independent parenting assessment of Gemma during pre-proceedings",
                 "Jan Oduwole, independent social worker, commissioned by Holmbarrow Council",
                 "Report by 29/08/2025",
                 "Report shared with Gemma, her solicitor and the core group before the review meeting on "
                 "11/09/2025"],
                ["Walk Finley to school and give both children breakfast",
                 "Carol Stroud (maternal grandmother)", "Monday to Friday, 7.45am, term time",
                 "School register shows Finley in by 8.50am on every school day"],
                ["Have Finley and Isla-Rose overnight at 28 Fenwick Close",
                 "Carol Stroud (maternal grandmother)", "Every Saturday night",
                 "Carol writes each stay in the family diary; SW reads it at visits"],
                ["Ring home by 9.30am whenever Finley is not in school, and keep a note of how he arrives",
                 "Mrs Joanna Pike, DSL, Holmbarrow St Peter's Primary", "Every school day",
                 "Attendance and call log emailed to the SW each Friday; attendance figure at each core group"],
                ["Take up Isla-Rose's funded nursery place at Little Acorns",
                 "Gemma Stroud", "Place confirmed by 25/07/2025; starting 01/09/2025",
                 "Nursery register shows Isla-Rose there three days a week"],
                ["Speech and development check for Isla-Rose, with a SALT referral if needed",
                 "HV Corinne Doyle", "By 31/07/2025",
                 "ASQ-3 scores and weight in the red book; copy of any SALT referral to the SW"],
                ["Restart home sessions on meals, baths and bedtime routines",
                 "Holmbarrow Family Support Team", "When a worker is allocated",
                 "Routine chart kept by Gemma; FSW note of each session to the SW"],
                ["Tell the SW the same day about any sign that Gemma has been drinking while caring for the "
                 "children",
                 "All agencies", "Same day",
                 "Each report logged on the children's file with the time and what was done"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("p", "If Gemma is found under the influence of alcohol while she is caring for the children, or misses "
              "two breath tests in a row, the SW will hold a strategy discussion the same day and Finley and "
              "Isla-Rose will go to stay with Carol Stroud at 28 Fenwick Close until it is safe for them to go "
              "home. The SW will tell Holmbarrow Legal Services the same day, so that the council can decide at "
              "once whether to apply to court."),
        ("h1", "8. Core group and review"),
        ("p", "Core group every 4 weeks at Holmbarrow St Peter's Primary, 9.15am: 17/07/2025 (after the "
              "pre-proceedings meeting), 14/08/2025 and 11/09/2025."),
        ("p", "Third review child protection conference: Thursday 02/10/2025, 10am, Holmbarrow Civic Centre."),
        ("p", "Chair's record agreed 04/07/2025 – Dr Imran Shafiq, Child Protection Chair."),
    ],
    "findings": [
        F("F002", "Gemma will stop drinking and engage with the services offered to her."),
        F("H001", "to support Gemma with her low mood and her medication"),
        F("M002", "to support Gemma with her low mood and her medication"),
        F("M001", "Review Gemma's antidepressant and repeat her liver function tests"),
        F("T002", "Restart home sessions on meals, baths and bedtime routines"),
        F("W002", "Tell the SW the same day about any sign that Gemma"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan for parents with learning disabilities: an "In easy
#    words" column beside every action, easy-read boxes after each section,
#    advocate and learning disability team rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_haverleigh_prebirth_ld_easy_words_column_tolley.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Leanne Tolley and Dean Corrigan",
    "split": "heldout",
    "template": "prebirth-ld-parents-docx-in-easy-words-paragraph-after-each-section-five-column-table-what-who-when-how-know-in-easy-words-advocate-and-cldt-rows-parents-own-words",
    "description": (
        "Exemplary pre-birth plan for parents who both have a learning disability, made with their "
        "advocate. Every section ends with an 'In easy words' paragraph and the action table has an 'In "
        "easy words' column. The PAMS assessor, the learning disability nurse, the midwife, the advocate "
        "and the paternal grandmother each own a row with a timescale and an observable measure; the "
        "unborn baby's world is described; the contingency covers the grandmother being unable to help; "
        "core group and review dates are fixed and a legal planning meeting follows if the PAMS finds "
        "the parents cannot keep the baby safe."
    ),
    "blocks": [
        ("title", "Plan for Leanne and Dean's baby"),
        ("p", "Haverleigh Council – Children's Services – Pre-birth and Infant Team"),
        ("kv", [
            ("Baby", "Unborn, due 02/09/2025 (28 weeks at conference)"),
            ("Mum", "Leanne Tolley (24)"),
            ("Dad", "Dean Corrigan (27)"),
            ("Home", "14 Poplar Court, Haverleigh – one-bedroom flat, Haverleigh Homes"),
            ("Conference", "Pre-birth child protection conference, Thursday 12/06/2025, Haverleigh Civic Centre"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Kerry Anstey"),
            ("Advocate", "Marion Ellery, Haverleigh Parents' Advocacy – chosen by Leanne and Dean"),
            ("This plan", "Written with Leanne, Dean and Marion after conference. Marion has read it with them."),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Leanne and Dean both have a learning disability. Leanne is known to the Haverleigh Community "
              "Learning Disability Team. Dean finds reading hard and asks people to read letters to him. "
              "Leanne's first child, Kaiden, was adopted in 2023 after care proceedings in another area; at "
              "that time Leanne lived with a partner who hurt her and she had no help with Kaiden's care."),
        ("p", "The worries now are: whether Leanne and Dean can learn, and keep doing, everything a new baby "
              "needs; the damp and cold in the bedroom; money running out before the end of the week, "
              "including the electric; and one night in December 2024 when Dean shouted and threw a mug at "
              "the wall and a neighbour called the police. Nobody was hurt. Leanne and Dean missed two "
              "midwife appointments in April because they could not read the letters."),
        ("p", "In easy words: We want to make sure your baby is safe and looked after. We know you need some "
              "things shown to you, not just told. We are worried about the damp, about money for the baby, "
              "and about shouting in the flat."),
        ("h1", "What is going well"),
        ("p", "Leanne and Dean have come to every meeting since May, with Marion. Leanne stopped smoking in "
              "March. Dean's mum, Sheila, has bought a cot and a pram and wants to help. Leanne and Dean are "
              "kind and gentle with each other and both say they want help."),
        ("p", "In easy words: You come to meetings. You stopped smoking. Sheila wants to help. You want help, "
              "and that is good."),
        ("h1", "The baby's world now"),
        ("p", "The 20-week scan on 22/04/2025 showed a healthy baby growing well. At the last two midwife "
              "appointments Leanne's carbon monoxide reading was normal. Leanne talks to the bump every night "
              "and says the baby kicks when Dean plays music. The bedroom where the cot is meant to go has "
              "black mould on the outside wall and was 14 degrees when the SW visited on 05/06/2025, so the new "
              "cot is folded in the living room."),
        ("p", "In easy words: Your baby is growing well. The baby likes Dean's music. The bedroom is too cold "
              "and damp for a baby right now."),
        ("h1", "What Leanne and Dean say"),
        ("p", "Leanne: \"I want to be a good mum. Nobody showed me with Kaiden. I learn better if someone does "
              "it with me, not if they give me a leaflet.\""),
        ("p", "Dean: \"I get angry when people talk down to us. I'll do the courses. I want my baby to have a "
              "proper bedroom.\""),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby comes home to a warm, dry flat with a safe cot, a smoke alarm, and enough milk and "
            "nappies every week.",
            "The baby is fed, changed and comforted by Leanne and Dean, with the help in this plan, and "
            "gains weight steadily.",
            "The baby sleeps on their back in their own cot for every sleep.",
            "The baby grows up in a calm home where nobody shouts or throws things.",
        ]),
        ("p", "In easy words: A warm home. Milk and nappies. Feeds and cuddles. A safe cot. A calm home."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know", "In easy words"],
            "widths": [4.4, 2.9, 2.6, 3.5, 3.6],
            "rows": [
                ["Visit Leanne and Dean at home to see how the plan is going and whether the flat is ready for "
                 "the baby",
                 "Kerry Anstey, social worker",
                 "Every 2 weeks until the birth; twice a week for the first 4 weeks after the baby comes home",
                 "Visit record after every visit, with an easy-read copy sent to Leanne, Dean and Marion",
                 "Kerry will visit every 2 weeks. When the baby is home she will come twice a week."],
                ["PAMS parenting assessment, adapted for parents with a learning disability, using pictures "
                 "and practice sessions",
                 "Tom Greenhalgh, PAMS assessor, Haverleigh Parenting Assessment Team",
                 "Weekly sessions from 19/06/2025; report by 18/07/2025",
                 "PAMS report, with an easy-read summary, given to Leanne, Dean and Marion and shared at the "
                 "core group on 24/07/2025",
                 "Tom will see you every week to find out what you know about babies and what help you need."],
                ["Longer antenatal appointments with easy-read information, a text reminder the day before, "
                 "and a growth scan at 32 weeks",
                 "Ruth Adjei, community midwife, Haverleigh General Hospital",
                 "Every 2 weeks until 36 weeks, then weekly until the birth",
                 "Attendance in the maternity notes sent to the SW before each core group; scan result shared "
                 "with the SW",
                 "Ruth the midwife will see you every 2 weeks and text you the day before."],
                ["Make a picture calendar and phone reminders with Leanne and Dean so they get to every "
                 "appointment for the baby, and practise reading the baby's feed chart",
                 "Anita Rowe, learning disability nurse, Haverleigh Community Learning Disability Team",
                 "Set up by 27/06/2025; checked every 2 weeks",
                 "Calendar seen on the kitchen wall at SW visits; no missed appointments in the midwife's "
                 "record; Anita's written note to each core group",
                 "Anita will help you make a picture calendar so you don't miss the baby's appointments."],
                ["Read every report and this plan with Leanne and Dean in easy read, help them say what they "
                 "think, and go with them to every meeting",
                 "Marion Ellery, advocate, Haverleigh Parents' Advocacy",
                 "At least 2 working days before every core group and conference",
                 "Advocacy record signed by Leanne and Dean for each report; their views written into each set "
                 "of core group notes",
                 "Marion will read the reports with you before each meeting and come with you."],
                ["Practice sessions on making bottles, sterilising, bathing, changing, safe sleep and what to "
                 "do when the baby cries, using a practice doll",
                 "Jade Mottram, family support worker, Haverleigh Family Hub",
                 "Weekly, 8 sessions from 23/06/2025",
                 "Skills checklist signed off for each task once Leanne and Dean can do it on their own; copy "
                 "to the SW",
                 "Jade will come every week to practise baby care with a doll."],
                ["Treat the damp and mould in the bedroom and fit a smoke alarm and a carbon monoxide alarm",
                 "Haverleigh Homes repairs team (job raised by the SW on 13/06/2025)",
                 "By 01/08/2025",
                 "Repair job signed off; SW sees the bedroom dry and both alarms working",
                 "The council will fix the damp and put in alarms by 1 August."],
                ["Make a weekly money plan with Leanne and Dean that puts money aside for the baby's milk and "
                 "nappies and for the electric meter",
                 "Faisal Qureshi, money adviser, Haverleigh Citizens Advice",
                 "By 18/07/2025",
                 "Money plan on the fridge and a copy to the SW; electric meter seen in credit at SW visits",
                 "Faisal will help you plan your money so there is enough for the baby."],
                ["Write a calm plan with Dean for when he feels angry: where he goes, who he rings, and how he "
                 "keeps shouting away from the baby",
                 "Dean Corrigan, with Kerry Anstey and Marion Ellery",
                 "By 10/07/2025",
                 "Calm plan signed by Dean and on the fridge; Dean can tell the SW what is in it at visits",
                 "Dean will make a calm plan for when he feels angry."],
                ["Write the birth and discharge plan with Leanne and Dean: extra help on the ward with feeding, "
                 "and a discharge meeting before the baby goes home",
                 "Paula Hinds, safeguarding midwife",
                 "By 36 weeks (05/08/2025)",
                 "Birth plan on the maternity record and sent to the ward and the SW; discharge meeting held "
                 "and written up before the baby leaves",
                 "Paula will plan with you what happens in hospital and before you go home."],
                ["Antenatal visit, then the new birth visit and weekly visits for the first 8 weeks, weighing "
                 "the baby and checking safe sleep",
                 "Samira Begum, health visitor",
                 "Antenatal visit at 32 weeks (by 08/07/2025); weekly for 8 weeks from the new birth visit",
                 "Baby's weight plotted in the red book each week; safe sleep checklist completed at every "
                 "visit",
                 "Samira will visit before the baby is born, then every week and weigh the baby."],
                ["Come to the flat every evening from 6pm to 8pm to help with the bath and the bedtime feed",
                 "Sheila Corrigan (Dean's mum)",
                 "Every evening for 6 weeks from the day the baby comes home",
                 "Sheila signs the baby book each evening; the SW and HV look at it at every visit",
                 "Sheila will come every evening to help with bath time and the bedtime feed."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "Before the birth: if Leanne and Dean miss two antenatal or PAMS appointments in a row without "
              "letting anyone know, or the police are called to an argument at the flat, Kerry will visit that "
              "day and hold a strategy discussion with her manager and the police the same day."),
        ("p", "After the birth: if ward staff see the baby left alone, put to sleep in an adult bed, or not fed "
              "for more than 4 hours, the ward will ring Kerry (or the Emergency Duty Team) straight away and a "
              "strategy discussion will be held that day. The baby will not go home to Poplar Court: Leanne, "
              "Dean and the baby will go together to Sheila's house at 3 Birch Grove, where Sheila will be "
              "with them day and night until a new plan is agreed."),
        ("p", "If Sheila cannot do this, or cannot come in the evenings after the baby is home, Kerry will "
              "arrange a parent and baby foster placement that day, so that Leanne and Dean keep caring for "
              "the baby with a foster carer there to help and watch."),
        ("p", "In easy words: If you miss two appointments, or the police come because of shouting, Kerry will "
              "come the same day. If the baby is not safe after the birth, you and the baby will stay at "
              "Sheila's. If Sheila can't help, you and the baby will stay with a foster carer who helps you."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Haverleigh Family Hub, 10am, with Marion: 26/06/2025, 24/07/2025 "
              "and 21/08/2025. Easy-read notes are sent to Leanne and Dean within 3 working days of each "
              "meeting."),
        ("p", "Review child protection conference: Thursday 11/09/2025, 2pm, Haverleigh Civic Centre."),
        ("p", "If the PAMS report says Leanne and Dean could not keep the baby safe even with the help in this "
              "plan, or the things in \"If things go wrong\" happen, Kerry will ask for a legal planning meeting "
              "within 5 working days. Marion will explain what this means and help Leanne and Dean find a "
              "solicitor."),
        ("p", "In easy words: The group meets every 4 weeks. The next big meeting is on 11 September. If the "
              "report says the baby would not be safe, the council will talk to its lawyers, and Marion will "
              "help you get your own solicitor."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Social worker's letter to a 12-year-old after conference, explaining who
#    will do what; plain text with underlined headings (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_hathercombe_letter_to_twelve_year_old_kinsella.txt",
    "split": "heldout",
    "template": "letter-to-12-year-old-after-icpc-plain-text-dash-underlined-headings-one-sentence-paragraph-per-commitment-who-will-do-what",
    "description": (
        "A social worker's letter to a 12-year-old after her initial conference (mother's ex-partner's "
        "violence, mother's drinking), in plain text with one paragraph per commitment under 'Who will "
        "do what'. The SW, the Freedom Programme, the alcohol worker, Nan and the GP are clear, but the "
        "school counsellor sessions wait 'when there is a space' with no measure, a group place 'will be "
        "booked' by nobody, the police 'keep an eye on things' with no timescale, and 'all the grown-ups' "
        "will stop her being left with her brother 'as much as they can'."
    ),
    "text": """\
HATHERCOMBE COUNCIL
Children's Services - Family Safeguarding Team (Riverside)
Rookery House, 4 Tanyard Street, Hathercombe

Friday 27 June 2025

Private - for Tamsin Kinsella


Dear Tamsin,

Thank you for talking to me at school on Wednesday. You asked me to write
everything down, because at the conference on 10 June there were lots of
grown-ups and lots of long words. So this letter is your plan, written
for you. Mum has a copy too, and I have sent one to Mrs Pritchard. If
anything in it doesn't make sense, ask me next time I see you.


Why there is a plan
-------------------

In May, Lee hit your mum in the kitchen and you got hurt on your arm when
you tried to stop him. The police came and Lee was arrested. He is not
allowed to come to your house or contact your mum, you or Alfie. We also
know that Mum has been drinking a lot of wine in the evenings since the
spring, and that on some nights you have put Alfie to bed and made his
packed lunch yourself.

The conference decided that you and Alfie need a child protection plan.
That means lots of people will be working together to make sure that you
are both safe and looked after. It does not mean you have done anything
wrong.


What you told me
----------------

You said: "I'm not scared of Lee now he's gone, but I'm scared he'll come
back. I don't like it when Mum goes quiet and falls asleep on the settee."
You said the best thing would be "if Mum was just normal again" and that
you like going to Nan's "because it's calm and she does proper dinners".
You told me you don't sleep well and that you don't want your friends to
know about the plan. You want to carry on with netball on Thursdays.


What we all want for you and Alfie
----------------------------------

- You and Alfie are safe at home, and Lee does not come near you.
- There is always a grown-up who is sober looking after you both.
- You get to be 12: school, netball and friends, not looking after Alfie.
- You sleep better and have someone to talk to about what happened.


Who will do what
----------------

I will come to see you and Alfie at home every two weeks, and once a
month I will see you on your own at school and write down what you tell
me in your own words.

Mum will go to the Freedom Programme at the Hathercombe Women's Centre
every Wednesday morning for 12 weeks from 2 July, and Bev, who runs it,
will send me the register at the end of each month.

Gaynor, Mum's worker at the Hathercombe Alcohol Service, will see Mum
every Monday, do a breath test with her and send me the results before
every core group meeting.

Nan will pick you and Alfie up from school on Tuesdays and Thursdays and
give you your tea, and she will write it on the calendar in her kitchen
so I can see it.

Mrs Pritchard, your Head of Year, will set up sessions for you with Ms
Coles, the school counsellor, when there is a space on her list.

By the end of July, a place will be booked for you on the Speak Out
group for young people who have lived with domestic abuse.

PC Dawson from the police domestic abuse team will keep an eye on things
with Lee.

All the grown-ups in your plan will make sure you are not left to look
after Alfie on your own, as much as they can.

Dr Bhatt at Orchard Street Surgery will see you about your sleep by 18
July and write to me with what she thinks will help.


If something goes wrong
-----------------------

If Lee comes to your house or tries to contact Mum, you or Alfie, Mum
will ring 999. The police and I (or the out-of-hours team at night or at
the weekend) will talk the same day in a meeting called a strategy
discussion, to decide how to keep you safe.

If Mum has been drinking and is looking after you and Alfie, ring Nan on
the number on your safety card. Nan will come and take you both back to
hers. If Nan can't, you and Alfie will stay together with foster carers
that night while I sort things out.


When the grown-ups meet
-----------------------

The core group (the people in your plan and Mum) meets every four weeks
at your school: Tuesday 15 July and Tuesday 12 August, at 3.45pm.

The review conference is on Tuesday 2 September 2025 at 10am at Rookery
House. You can come for part of it, or write down what you want to say
and I will read it out.

If Lee moves back in, or Mum's breath tests show she has been drinking
when she is looking after you two times before September, I will ask my
manager for a legal planning meeting. That is a meeting with the
council's lawyers to decide whether we need to ask a court to help keep
you safe.

You can ring me on the number on your safety card, or text me and I will
ring you back the same day.

From

Jess Okonkwo
Your social worker
""",
    "findings": [
        F("T002", "will set up sessions for you with Ms Coles"),
        F("M001", "will set up sessions for you with Ms Coles"),
        F("W001", "a place will be booked for you on the Speak Out group"),
        F("M001", "a place will be booked for you on the Speak Out group"),
        F("T001", "PC Dawson from the police domestic abuse team"),
        F("M002", "PC Dawson from the police domestic abuse team"),
        F("W002", "make sure you are not left to look after Alfie"),
        F("T002", "make sure you are not left to look after Alfie"),
        F("M001", "make sure you are not left to look after Alfie"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Landscape table with seven columns (Outcome merged down rows, Action,
#    Lead, Support from, Start, Review by, How we will know). Exemplary; PDF
#    with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_hulverstone_seven_column_landscape_adebisi.pdf",
    "doc_title": "Child Protection Plan - Joel Adebisi and Ruth Holt",
    "split": "heldout",
    "template": "icpc-plan-landscape-seven-columns-outcome-merged-action-lead-support-from-start-review-by-how-we-will-know-paged",
    "description": (
        "Exemplary initial conference plan for a 9-year-old hit with a belt by his stepfather and his "
        "3-year-old half-sister (physical abuse), in a landscape table of seven columns: Outcome (merged "
        "down its rows), Action, Lead, Support from, Start, Review by, How we will know. Every row has a "
        "lead, a start and review point and an observable measure; the boy's words and the toddler's "
        "days are recorded; the contingency removes the stepfather to his brother's, with police and "
        "foster carers behind that; core group and review dates are set and the legal gateway follows "
        "any further harm."
    ),
    "landscape": True,
    "font_size": 10,
    "check_vmerge": 3,
    "header": "OFFICIAL – SENSITIVE | Hulverstone City Council | Children's Safeguarding Service",
    "footer": "Joel Adebisi and Ruth Holt – child protection plan of 10/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference on Tuesday 10 June 2025, Hulverstone Guildhall."),
        ("kv", [
            ("Children", "Joel Adebisi, born 03/09/2015 (9), Year 4, Kettlewell Primary; "
                         "Ruth Holt, born 21/01/2022 (3), Bright Beginnings Nursery"),
            ("Address", "52 Orchard Vale, Hulverstone"),
            ("Mother", "Mercy Adebisi (35)"),
            ("Stepfather", "Wayne Holt (38), Ruth's father, lives at home"),
            ("Joel's father", "Samuel Adebisi, lives in Manchester; video calls with Joel on Sundays"),
            ("Category", "Physical abuse (both children)"),
            ("Social worker", "Grace Fenwick, Assessment and Intervention Team North"),
            ("Chair", "Philippa Norcross, Child Protection Chair"),
        ]),
        ("h2", "Why this plan is needed"),
        ("p", "On 19/05/2025 Joel came to school with bruises across the backs of his legs and a looped mark on "
              "his upper arm. He told his teacher that Wayne had hit him with a belt because he had lied about "
              "his homework. A child protection medical that day found the marks consistent with being hit "
              "with a belt. Wayne told the police he had \"smacked\" Joel with a belt \"two or three times "
              "this year\" and that this was how he was brought up. He received a conditional caution on "
              "02/06/2025; one condition is that he completes the Caring Dads programme. Mercy said she did not "
              "know about the belt, but that she has smacked both children with her hand."),
        ("h2", "What Joel and Ruth tell us"),
        ("p", "Joel (seen alone at school on 19/05 and 05/06/2025): \"Wayne is alright most of the time but I "
              "hate the belt. I don't want him to go away, I just want him to stop.\" He scored feeling safe at "
              "home at 5 out of 10. He said he gets \"a tummy ache on Sunday nights\" before school and that "
              "he likes Mrs Doyle because \"she doesn't shout\". He would like to go to football club again."),
        ("p", "Ruth is chatty and confident at nursery, using short sentences. She was seen at home on "
              "29/05/2025 playing with Joel and climbing onto Wayne's knee for a story. Nursery have seen no "
              "marks on her. When a tower fell over in the nursery she said \"naughty, smack\" to the doll."),
        ("h2", "What is going well"),
        ("p", "Mercy and Wayne came to conference and spoke honestly. Wayne has said he will not use a belt "
              "again and has already been to the first Caring Dads information session. Joel's attendance is "
              "97% and his teacher says he is a kind and popular boy. Joel's father, Samuel, wants to help and "
              "calls every week."),
        ("h2", "The plan"),
        ("table", {
            "header": ["Outcome", "Action", "Lead", "Support from", "Start", "Review by", "How we will know"],
            "widths": [3.4, 5.6, 2.8, 2.8, 2.4, 2.6, 6.1],
            "rows": [
                ["Joel and Ruth are never hit, smacked or hurt by an adult at home, and Joel says he feels safe "
                 "there (8 or more out of 10).",
                 "Visit every 2 weeks, one visit in four unannounced; see Joel on his own and see Ruth at home "
                 "or at nursery",
                 "SW Grace Fenwick", "Team manager Neil Forsyth (covers leave)", "11/06/2025", "Each core group",
                 "Visit notes record Joel's own words, his safety score and any marks seen on either child"],
                [V,
                 "Sign and keep a written family safety agreement: no physical punishment of either child, and "
                 "what each adult does instead when angry",
                 "Wayne Holt and Mercy Adebisi", "SW Grace Fenwick", "12/06/2025",
                 "Signed by 24/06/2025, then checked at every visit",
                 "Signed agreement on file and on the fridge; Joel keeps his picture version in his room"],
                [V,
                 "Attend all 17 weekly sessions of the Caring Dads programme (a condition of the caution)",
                 "Wayne Holt", "Mark Ellison, Caring Dads facilitator", "26/06/2025", "16/10/2025",
                 "Attendance sheet to the SW each month; facilitator's end-of-course report on what Wayne "
                 "understands about the harm to Joel"],
                [V,
                 "Check in with Joel every Monday and Thursday morning and look out for marks, limping or "
                 "not wanting to go home",
                 "Mrs Helen Strachan, DSL, Kettlewell Primary", "Class teacher Mr Kofi Osei", "12/06/2025",
                 "Each core group",
                 "DSL log of each check-in; any mark body-mapped and reported to the SW and police the same day"],
                ["Joel and Ruth are parented with calm, clear boundaries that both adults use every day, "
                 "without physical punishment.",
                 "Ten home sessions with both parents on praise, routines and calm consequences (time-in, "
                 "losing screen time), using a reward chart chosen with Joel",
                 "FSW Tunde Bakare, Hulverstone Family Hub", "Mercy Adebisi and Wayne Holt", "23/06/2025",
                 "01/09/2025",
                 "FSW note for each session; reward chart seen in use; FSW observes both parents using the "
                 "strategies at the last two sessions"],
                [V,
                 "Two sessions with Mercy and Wayne on faith, culture and bringing up children without hitting",
                 "Pastor Daniel Okoye, Hulverstone African and Caribbean Family Link", "SW Grace Fenwick",
                 "01/07/2025", "31/07/2025",
                 "Written note from Pastor Okoye to the SW after each session, shared at the core group"],
                [V,
                 "Eight-week Triple P group for parents of children aged 3 to 12",
                 "Mercy Adebisi", "Hulverstone Family Hub (crèche for Ruth)", "02/07/2025", "10/09/2025",
                 "Attendance register and certificate copied to the SW"],
                ["Joel's worries at school settle and Ruth keeps learning and talking well at nursery.",
                 "Weekly ELSA sessions for Joel on feelings and worries, using a 0–10 worry scale",
                 "Mrs Rachel Doyle, ELSA, Kettlewell Primary", "Mrs Helen Strachan, DSL", "16/06/2025",
                 "18/07/2025, then again from 08/09/2025",
                 "ELSA session record with Joel's worry score; summary to each core group"],
                [V,
                 "Record how Ruth arrives at each session (mood, clothes, any marks) and how her talking is "
                 "coming on",
                 "Sophie Lund, key worker, Bright Beginnings Nursery", "Nursery manager Ayesha Rahman",
                 "12/06/2025", "Each core group",
                 "Summary emailed to the SW every Friday; any mark reported to the SW the same day"],
            ],
        }),
        ("h2", "Safety plan if things go wrong"),
        ("p", "If Joel or Ruth has an injury that an adult at home may have caused, either child says they have "
              "been hit, or Wayne breaks the safety agreement, the person who finds out will tell the SW (or "
              "Hulverstone Emergency Duty Team in the evening or at the weekend) straight away. The SW will "
              "hold a strategy discussion with the police that day. Wayne will leave the house that day and "
              "stay with his brother, Curtis Holt, at 40 Ferry Road, with no unsupervised time with either "
              "child. If Wayne will not leave, the police will be called; if Mercy and the children cannot "
              "stay safely at home, they will stay with Mercy's sister, Blessing Okonjo, in Marlpit Road, or "
              "with approved foster carers that night if Blessing cannot have them."),
        ("p", "If there is any further physical harm to either child, or Wayne stops going to Caring Dads, the "
              "SW will refer the case to the Hulverstone legal gateway panel for a legal planning meeting "
              "within 5 working days."),
        ("h2", "Core group and review"),
        ("p", "Core group every 4 weeks at Kettlewell Primary, 3.45pm: 24/06/2025, 22/07/2025 and 19/08/2025. "
              "Review child protection conference: Tuesday 02/09/2025, 1.30pm, Hulverstone Guildhall."),
        ("p", "Plan sent to Mercy, Wayne and all agencies on 11/06/2025 by Grace Fenwick, SW."),
    ],
    "findings": [],
})
