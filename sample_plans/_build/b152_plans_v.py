"""Batch 152, module v: seven fictional plans (held-out material), places beginning with "v".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress (how we will know the work is
working) and timing sit somewhere other than a column of the action table.
Each plan has its own invented template and voice:

- Vardensley (docx, exemplary): an initial conference plan for a 7-year-old
  with cerebral palsy and his 3-year-old sister, the mother drinking most
  evenings. Each outcome is a heading with its own "How we will know" evidence
  and a 0-10 scale now and for the review; the small Who / What / When table
  under each outcome carries no measure of its own.
- Velmcaster (pdf, exemplary): a plan for a baby with neonatal abstinence
  syndrome, from the neonatal unit to home; page header and footer. A
  timeline table with stage banner rows gives the time once per stage
  ("Before Rowan is discharged", "The first 14 days at home", ...), and a
  separate "Measuring success" table gives the check for every reference.
- Vexmoor (md, exemplary): a plan refined at the first core group after
  domestic abuse, a 14-year-old and a 9-year-old. Numbered actions under
  parts that give the time once ("all actions in this part to be completed
  by 06/03/2026", "every week from ... until the review conference"); the
  measure is written into each action sentence.
- Vossingham (txt, exemplary): a case-system print for two children whose
  father has schizophrenia. Frequencies are tick boxes (only the ticked box
  is the plan's), one finished referral is ticked "Complete", and the
  measures sit in a "Review criteria" block keyed by task number.
- Valdergate (docx, faulty): an initial conference plan after domestic
  abuse. The action table has Ref / Action / Lead person / Timescale; a
  separate evidence table keyed by ref gives a vague check for the adult
  mental health service's support sessions and leaves out the parenting
  assessment.
- Vintonbury (pdf, faulty): a review conference plan, landscape, page header
  and footer. Outcome banner rows carry "How we will know" and scaling over
  the action rows; one outcome is about the father alone and its check is
  what he says; an "Also agreed" banner gives no time and no check.
- Vellingford (md, faulty): a core group plan for a 15-year-old and an
  11-year-old whose mother drinks. Phase headings give the time once, an
  "Also agreed" heading gives none, and a "Signs of progress" list keyed by
  action number gives the measures, one of them vague and one action left
  out.

Counting convention used for "actions" (README convention 1): every live row
of an action table and every numbered item or task of an action section,
whichever stage, part or outcome it sits under; not the contingency, not the
meeting dates, not the evidence / review criteria / signs of progress parts
(they hold the measures of actions already counted), and not a one-off task
marked finished ("[X] Complete"). A discharge planning meeting set as a row
of the timeline with an owner counts as an action.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, disabled 7-year-old and his 3-year-old sister,
#    mother drinking most evenings since a bereavement, aunt helping two
#    evenings a week. Outcome headings, each with its own evidence and a
#    scale, over small Who / What / When tables. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_vardensley_icpc_outcome_evidence_who_what_when_brannock.docx",
    "doc_title": "Child Protection Plan - Ezra and Nell Brannock",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-disabled-children-team-word-plan-details-kv-why-a-plan-children-told-and-shown-then-outcome-headings-each-with-how-we-will-know-evidence-and-0-10-scale-over-ref-who-what-when-table-no-measure-column-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 7-year-old with cerebral palsy who uses a symbol "
        "book and his 3-year-old sister; their mother has been drinking most evenings since her "
        "own mother died. Each of four outcomes is a heading that states what will be different "
        "for the children, how we will know (the evidence the core group looks at for every "
        "action under it) and a 0-10 scale now and for the review; the Ref / Who / What they will "
        "do / When table under each outcome has no measure column. The alcohol service reports on "
        "change, the aunt's evenings have a fallback, legal planning follows named triggers and a "
        "low score, core group and review dates are set; the children's symbols, words and play."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Vardensley Metropolitan Borough Council – Children's Social Care – Disabled Children and "
              "Families Team"),
        ("kv", [
            ("Children", "Ezra Brannock (7), DOB 19/06/2018; Nell Brannock (3), DOB 02/11/2022"),
            ("Address", "41 Quarry View, Vardensley VD3 8PL"),
            ("Mother", "Hannah Brannock (34)"),
            ("Father", "Liam Brannock (36), lives out of the area; no contact with the children since 2023"),
            ("Maternal aunt", "Leah Fenwick, 7 Tanner's Row, Vardensley (five minutes by car)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 13/01/2026. Chair: Roisin Kavanagh (IRO)"),
            ("Social worker", "Aled Morgan (team manager: Bev Sutcliffe)"),
        ]),
        ("h1", "Why Ezra and Nell need a plan"),
        ("p", "Ezra has cerebral palsy affecting all four limbs. He uses a wheelchair, needs to be hoisted for "
              "every transfer and tells people what he wants with his symbol book, a few Makaton signs, his face "
              "and his voice. In November and December 2025 Brookhollow Special School found a pressure sore at "
              "the base of his spine and saw that on four mornings he came to school in the pad he had been put "
              "in the night before. He missed three physiotherapy appointments in the autumn."),
        ("p", "At 9.40pm on 21/12/2025 a police patrol found Nell on the pavement outside the house in her "
              "pyjamas. Hannah was asleep on the sofa and had been drinking. Hannah told the conference that she "
              "has drunk a bottle of wine or more on most evenings since her mother died in July."),
        ("p", "What is going well: Hannah knows Ezra's care and his signs better than anyone when she is sober, "
              "and she has agreed to start at the alcohol service on 15/01/2026. Leah already "
              "has both children every Sunday. Ezra's school and Nell's nursery know the children well and "
              "noticed the worries early."),
        ("h1", "What Ezra and Nell have told us and shown us"),
        ("p", "Ezra (seen at school with his teaching assistant, 08/01/2026, using his symbol book): asked about "
              "evenings at home, he pointed to “tired”, “sad” and “TV”. Asked about Auntie Leah's house, he "
              "pointed to “happy” and “bath” and laughed. He signed “more” when he was shown a photo of Leah's "
              "dog."),
        ("p", "Nell (seen at nursery, 09/01/2026): “Mummy sleeps on the sofa and I get my own biscuits.” “I "
              "went outside to find Smudge and a police lady put her coat on me.” She drew the house with “Ezra "
              "in his chair” and “Mummy lying down”."),
        ("p", "At the home visit on 06/01/2026 Ezra smiled and reached towards Hannah when she talked to him, "
              "and Nell climbed onto her lap and stayed there for most of the visit."),
        ("h1", "The plan: outcomes, how we will know, and who will do what"),
        ("p", "Each outcome says what will be different for Ezra and Nell and how we will know it is "
              "happening. That evidence is the measure for every action in the table under the outcome, and "
              "the core group will look at it at each meeting. The scale (0 = the children are not safe, 10 = "
              "the plan can end) was agreed between Aled and Hannah at the conference."),
        ("h2", "Outcome 1: Ezra and Nell are looked after every evening and every night by a sober adult"),
        ("p", "How we will know: Hannah's breath tests at VADS read zero at every weekly session; Aled's "
              "evening visits find Hannah sober and both children fed, washed and in bed by 8pm; nobody (school, "
              "nursery, police or neighbours) reports Hannah drunk while caring for them; Leah's entries in the "
              "home-contact book show every Tuesday and Friday evening covered; Priya's written report is on file "
              "before every core group; Dr Qureshi's letter is on file by 27/01/2026, with an update before each "
              "core group."),
        ("p", "Scale: now 2 out of 10. By the review conference: 7 out of 10."),
        ("table", {
            "header": ["Ref", "Who", "What they will do", "When"],
            "widths": [1.1, 4.0, 7.6, 4.3],
            "rows": [
                ["1.1", "Hannah Brannock (Mum)",
                 "Go to key-work and give a breath test at the Vardensley Alcohol and Drug Service (VADS), "
                 "Corn Street",
                 "Every Thursday, 10am, from 15/01/2026"],
                ["1.2", "Priya Dhillon, recovery worker, VADS (adult alcohol service)",
                 "Assess Hannah's drinking, offer key-work and breath tests, and write to each core group on "
                 "whether Hannah is making the changes Ezra and Nell need and how long further change is likely "
                 "to take",
                 "Assessment by 30/01/2026; written report two working days before every core group"],
                ["1.3", "Aled Morgan, SW",
                 "Visit at home between 5pm and 8pm, at least one visit in two unannounced; see Ezra with his "
                 "symbol book and Nell on her own",
                 "Every week from 14/01/2026 until the review conference"],
                ["1.4", "Leah Fenwick (maternal aunt)",
                 "Come to Quarry View for tea, bath and bedtime, and stay until both children are asleep",
                 "Every Tuesday and Friday, 4.30pm to 8.30pm, from 16/01/2026"],
                ["1.5", "Dr Imran Qureshi, GP, Quarry Lane Medical Practice",
                 "See Hannah about her drinking and her grief, and send Aled her alcohol-related history, liver "
                 "blood results and any missed appointments",
                 "Letter by 27/01/2026; update before each core group"],
            ],
        }),
        ("h2", "Outcome 2: Ezra's body is cared for every day: his sore heals, he is moved and hoisted safely "
               "and he gets his physiotherapy"),
        ("p", "How we will know: the community nurse's wound chart shows the sore healed by 27/02/2026 and no "
              "new sore; the repositioning chart at home is filled in every day and checked at each nurse and SW "
              "visit; Ezra goes to 6 out of 6 physiotherapy sessions before the review; the school's daily care "
              "log shows him arriving in a clean, dry pad; the OT's sign-off sheet for the hoist is on file; "
              "Ezra's first Willowmead session has taken place by 24/02/2026."),
        ("p", "Scale: now 3 out of 10. By the review conference: 8 out of 10."),
        ("table", {
            "header": ["Ref", "Who", "What they will do", "When"],
            "widths": [1.1, 4.0, 7.6, 4.3],
            "rows": [
                ["2.1", "Sian Pryce, community children's nurse, Vardensley Children's Community Nursing",
                 "Dress Ezra's pressure sore, check his skin all over, and show Hannah and Leah how to fill in "
                 "the repositioning chart",
                 "Twice a week until the sore has healed, then monthly"],
                ["2.2", "Hannah Brannock (Mum)",
                 "Take Ezra to physiotherapy at Vardensley Child Development Centre and do his stretching "
                 "programme with him at home",
                 "Physiotherapy every other Wednesday at 4pm (booked to 08/04/2026); stretches every evening"],
                ["2.3", "Gareth Lowe, occupational therapist, Vardensley Council",
                 "Check the hoist, sling and bath seat, and train Hannah and Leah to hoist Ezra safely",
                 "By 23/01/2026"],
                ["2.4", "Aled Morgan, SW",
                 "Refer Ezra to Willowmead short breaks for one after-school session a week",
                 "Referral by 23/01/2026; first session by 24/02/2026"],
            ],
        }),
        ("h2", "Outcome 3: Nell is safe at home and at nursery, cannot get out of the house on her own, and her "
               "development stays on track"),
        ("p", "How we will know: the high bolts are fitted and Aled sees them bolted at every evening visit; "
              "Nell attends at least 90% of her nursery sessions (nursery register, emailed to Aled monthly); "
              "her 3-year review shows her development on track, or a plan for any delay is on file; there is "
              "no further report of Nell outside alone."),
        ("p", "Scale: now 3 out of 10. By the review conference: 8 out of 10."),
        ("table", {
            "header": ["Ref", "Who", "What they will do", "When"],
            "widths": [1.1, 4.0, 7.6, 4.3],
            "rows": [
                ["3.1", "Dana Iqbal, key worker, Little Wrens Nursery",
                 "Record Nell's attendance and how she arrives, and ring Aled the same day if she is absent with "
                 "no reason given or says something worrying",
                 "Every session (Monday, Wednesday and Friday mornings)"],
                ["3.2", "Tom Beale, housing officer, Vardensley Homes",
                 "Fit a high bolt and a door chain to the front and back doors of 41 Quarry View",
                 "By 23/01/2026"],
                ["3.3", "Rosie Carmichael, health visitor",
                 "Do Nell's 3-year development review at home and a home safety check with Hannah",
                 "By 13/02/2026"],
            ],
        }),
        ("h2", "Outcome 4: Ezra and Nell can tell someone they trust what evenings at home are like, in their "
               "own way"),
        ("p", "How we will know: Ezra's “My evening” symbol sheet comes back to school with a symbol chosen on "
              "at least four school days a week, and school emails the sheets to Aled each Friday; Aled's direct "
              "work records hold Ezra's chosen symbols and Nell's words and drawings from every session; at the "
              "review both children can show Aled who they would tell (Leah, and one adult at school or "
              "nursery)."),
        ("p", "Scale (the children's own, with five faces, recorded by Aled): Ezra chose face 2 and Nell face 3 "
              "in January; by the review we hope both will choose face 4."),
        ("table", {
            "header": ["Ref", "Who", "What they will do", "When"],
            "widths": [1.1, 4.0, 7.6, 4.3],
            "rows": [
                ["4.1", "Aled Morgan, SW",
                 "Direct work with Ezra using his symbol book, and with Nell using the three houses, seeing each "
                 "child on their own",
                 "Four sessions each by 13/03/2026"],
                ["4.2", "Mrs Gail Penrose, DSL, Brookhollow Special School",
                 "Send Ezra home each day with a “My evening” symbol sheet, go through it with him the next "
                 "morning, and email the week's sheets to Aled",
                 "Every school day; sheets emailed each Friday"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("p", "If Hannah is found drunk while she is caring for Ezra or Nell, has a positive breath test, misses "
              "two VADS sessions in a row, or either child is found outside the house on their own, Leah will "
              "take both children to 7 Tanner's Row that day and keep them there until a strategy discussion "
              "agrees it is safe for them to go home. Aled (or the emergency duty team out of hours) will hold "
              "that strategy discussion with Vardensley Police the same day."),
        ("p", "If Leah cannot cover a Tuesday or Friday evening, or cannot take the children in an emergency "
              "(illness, work, or because she cannot manage Ezra's hoisting on her own), Hannah will ring Aled "
              "by noon that day. Aled will book a Willowmead carer to do the evening routine at Quarry View if "
              "Hannah is sober; if she is not, Ezra will go to an emergency bed at Willowmead and Nell to "
              "Vardensley foster carers that evening."),
        ("p", "If Ezra's sore gets worse or a new sore is found, Sian will tell Aled the same day and Ezra will "
              "be seen by his paediatrician, Dr Naomi Shaw, within 48 hours."),
        ("p", "If any of these triggers happens twice, or the core group on 24/03/2026 scores Outcome 1 or "
              "Outcome 2 at 4 or less, Aled will ask Bev Sutcliffe for a legal planning meeting within 5 working "
              "days to decide whether to start pre-proceedings under the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, 10am at Quarry View Family Hub: 27/01/2026, 24/02/2026 and 24/03/2026.",
            "Review child protection conference: Tuesday 14/04/2026, 1.30pm, Vardensley Town Hall.",
            "Ezra's symbol sheets and Nell's drawings will be brought to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a newborn with neonatal abstinence
#    syndrome, mother on methadone with anxiety, father using cannabis,
#    paternal grandmother helping. Timeline table with stage banners giving
#    the time once per stage; a separate "Measuring success" table keyed by
#    reference. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_velmcaster_nas_baby_stage_timeline_measuring_success_ashdown.pdf",
    "doc_title": "Child Protection Plan - Rowan Ashdown",
    "split": "heldout",
    "actions": 16,
    "header": "OFFICIAL-SENSITIVE – Velmcaster City Council – Children and Young People's Service",
    "footer": "Rowan Ashdown – child protection plan (ICPC 03/02/2026) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-newborn-nas-paged-header-footer-details-kv-rowans-world-worries-going-well-outcomes-lettered-then-timeline-table-ref-what-will-happen-who-under-stage-banner-rows-giving-time-then-separate-measuring-success-table-by-ref-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-day-old baby treated for neonatal abstinence "
        "syndrome on the neonatal unit; his mother is on methadone and has anxiety, his father "
        "smokes cannabis, and his paternal grandmother will stay for the first fortnight. A "
        "timeline table of Ref / What will happen / Who rows under four stage banners that give "
        "the time once ('before Rowan is discharged', 'the first 14 days at home', 'weeks 3 to 8', "
        "'every week until the review conference'); rows that need their own frequency give it. A "
        "separate 'Measuring success' table says for every ref what will be seen and who checks. "
        "The recovery service and the perinatal team report on change, the SW visits the ward "
        "twice a week, the grandmother's part has a fallback, legal planning follows the triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan: from the neonatal unit to home"),
        ("kv", [
            ("Baby", "Rowan Ashdown, born 26/01/2026 at 37 weeks, Velmcaster Royal Infirmary"),
            ("Where Rowan is now", "Ward 7 neonatal unit, Velmcaster Royal Infirmary; expected to go home in "
                                   "the week of 16/02/2026"),
            ("Legal status", "Not looked after. Kayleigh and Jordan have parental responsibility and have "
                             "agreed this plan."),
            ("Mother", "Kayleigh Ashdown (22), Flat 2, 19 Mercer Street, Velmcaster VC1 4TD"),
            ("Father", "Jordan Pell (25), lives with Kayleigh"),
            ("Paternal grandmother", "Denise Pell (51), 3 Sorrel Close, Velmcaster"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 03/02/2026. Chair: Tunde Bakare (IRO)"),
            ("Social worker", "Ffion Lacey (team manager: Darren Quist)"),
        ]),
        ("h1", "Rowan's world"),
        ("p", "Rowan is eight days old. The nurses score his withdrawal every four hours; since his morphine was "
              "reduced his scores have come down from 12 to 6. He settles fastest skin-to-skin on Kayleigh's "
              "chest and sucks his fist when he is unsettled. When the ward is noisy he startles and gives a "
              "high cry that can take twenty minutes to settle."),
        ("p", "On 02/02/2026 Ffion watched Jordan give Rowan 45ml at the 2pm feed, wind him and hold him until "
              "he fell asleep on his chest. Kayleigh changed him and talked to him the whole time; he turned "
              "towards her voice."),
        ("h1", "What we are worried about"),
        ("bullets", [
            "Kayleigh used heroin on top of her prescribed methadone in the first three months of the "
            "pregnancy, and had a positive test for heroin at 28 weeks.",
            "Jordan has smoked cannabis every day for several years, some of it in the flat. He says he "
            "stopped when Rowan was born.",
            "Kayleigh has an anxiety disorder and was treated for depression in 2023. Night-time withdrawal "
            "crying may be very hard for her.",
            "Babies with withdrawal are hard to settle and feed, and the flat was cluttered and smoky when "
            "the health visitor saw it in December.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Every test of Kayleigh's since 30 weeks of pregnancy has shown methadone only.",
            "Kayleigh and Jordan have been on the ward every day, and do most of Rowan's feeds and changes.",
            "Denise has offered to stay at the flat for Rowan's first fortnight at home.",
            "The flat has been cleared and a cot, a Moses basket and a steriliser are in place.",
        ]),
        ("h1", "What we want for Rowan"),
        ("bullets", [
            "A. Rowan goes home only when his withdrawal is under control, and is cared for by parents who "
            "are not using street drugs or cannabis.",
            "B. Rowan is fed, settled and gaining weight, on or above the 9th centile.",
            "C. Rowan sleeps safely every night: on his back, in his own cot, in a smoke-free flat, with a "
            "sober adult awake for his night feeds.",
            "D. Rowan is seen by a professional at least twice a week for his first two weeks at home and "
            "every week after that until the review conference.",
        ]),
        ("h1", "Timeline: what will happen and who will do it"),
        ("p", "The plan runs in four stages. The stage heading gives the time for every action under it, unless "
              "the action gives its own. Rowan will not be discharged before the discharge planning meeting "
              "(1f). How each action will be checked is in “Measuring success” after this table, by reference."),
        ("table", {
            "header": ["Ref", "What will happen", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["Stage 1 – Before Rowan is discharged from Ward 7", H, H],
                ["1a", "Visit Rowan on Ward 7 twice a week until discharge, and watch Kayleigh and Jordan feed, "
                       "change and settle him",
                 "Ffion Lacey, SW"],
                ["1b", "Record every visit by Kayleigh and Jordan, every feed they give and any time either seems "
                       "under the influence, and email the visiting log to Ffion each Friday",
                 "Sister Joanne Fry, Ward 7 neonatal unit"],
                ["1c", "Supervise Kayleigh's methadone each day, test her urine weekly, and write to the "
                       "discharge planning meeting on how stable she is and whether she can keep it up with "
                       "Rowan at home",
                 "Nadia Kovac, key worker, Velmcaster Recovery Service"],
                ["1d", "Assess Kayleigh's anxiety and mood and report on her capacity to change, the steps still "
                       "needed and the likely timescale, with what it means for Rowan's night care",
                 "Dr Ruth Adebayo, consultant perinatal psychiatrist, Velmcaster Perinatal Mental Health Team"],
                ["1e", "See the flat with Kayleigh and Jordan: the cot, safe sleep, a smoke-free room and a "
                       "locked box for the methadone",
                 "Grace Tilley, health visitor"],
                ["1f", "Hold the discharge planning meeting with the ward, the HV, the recovery service, the "
                       "perinatal team, both parents and Denise",
                 "Ffion Lacey, SW"],
                ["Stage 2 – The first 14 days at home (counted from the day of discharge)", H, H],
                ["2a", "Visit at home twice a week, weigh Rowan and go through his feeds, his sleep and the "
                       "withdrawal score chart the ward gives the parents",
                 "Grace Tilley, HV"],
                ["2b", "Visit at home twice a week, one visit in two unannounced, and see Rowan awake and being "
                       "cared for",
                 "Ffion Lacey, SW"],
                ["2c", "Stay overnight at Mercer Street every night and be the sober adult who is awake for "
                       "Rowan's night feeds",
                 "Denise Pell (paternal grandmother)"],
                ["2d", "Give a urine test at Velmcaster Recovery Service every Monday and go to its Thursday "
                       "cannabis group",
                 "Jordan Pell (Dad)"],
                ["Stage 3 – Weeks 3 to 8 at home", H, H],
                ["3a", "Weigh Rowan at the Mercer Street clinic every week and do his 6 to 8 week check with "
                       "the GP",
                 "Grace Tilley, HV (lead), with Dr Sam Oduya, GP"],
                ["3b", "Go together to the eight-week Baby Steps group at Velmcaster Family Hub",
                 "Kayleigh and Jordan"],
                ["3c", "Come to Mercer Street every evening from 6pm to 9pm to help with Rowan's bath, feed and "
                       "bedtime",
                 "Denise Pell (paternal grandmother)"],
                ["Stage 4 – Every week from the end of week 2 until the review conference on 28/04/2026", H, H],
                ["4a", "Visit Rowan at home, alternate visits unannounced, and see where he sleeps",
                 "Ffion Lacey, SW"],
                ["4b", "Urine tests for both parents, and a written report to each core group on whether they "
                       "are staying off street drugs and cannabis around Rowan and how likely that is to last",
                 "Nadia Kovac, Velmcaster Recovery Service"],
                ["4c", "Review Kayleigh every fortnight, and send each core group a written update on her mood, "
                       "how it affects her care of Rowan and whether she is making the changes needed",
                 "Kerry Wade, community perinatal mental health nurse"],
            ],
        }),
        ("h1", "Measuring success"),
        ("p", "For each action in the timeline, what we will see and who will check it. The core group goes "
              "through this table at every meeting."),
        ("table", {
            "header": ["Ref", "What we will see", "Who checks, and where"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["1a", "Ffion's visit notes show two ward visits each week and what she saw of each parent's "
                       "care of Rowan", "Darren Quist, in supervision"],
                ["1b", "A visiting log for every week Rowan is on the ward, with feeds given by his parents",
                 "Ffion, each Friday"],
                ["1c", "Daily supervised doses recorded; weekly test results; Nadia's letter to the discharge "
                       "meeting", "Ffion and the discharge planning meeting"],
                ["1d", "Dr Adebayo's written report, with her view on the likely timescale, before the discharge "
                       "planning meeting", "Ffion and the IRO"],
                ["1e", "HV home check form: cot made up, no smoke smell, methadone in the locked box",
                 "Ffion, before the discharge planning meeting"],
                ["1f", "Minutes of the discharge planning meeting, with the discharge date and who is at home "
                       "on the first night", "Tunde Bakare (IRO)"],
                ["2a", "Rowan's weight in the red book at each visit, on or above the 9th centile; feeding and "
                       "withdrawal charts filled in", "Grace, at each visit"],
                ["2b", "Four visits recorded in the first 14 days, two of them unannounced, with Rowan seen awake",
                 "Darren Quist"],
                ["2c", "Denise's night-feed notes in the home book, one entry for every night; Ffion checks the "
                       "book at each visit", "Ffion"],
                ["2d", "Two clear urine tests and attendance at two groups in the first 14 days",
                 "Nadia Kovac, to Ffion"],
                ["3a", "Weekly weights on or above the 9th centile; 6 to 8 week check recorded in the red book",
                 "Grace, to the core group"],
                ["3b", "The group register shows at least 7 of 8 sessions attended by both parents",
                 "Family Hub group leader, to Ffion"],
                ["3c", "Denise's evening entries in the home book, and Rowan bathed and settled when Ffion "
                       "visits in the evening", "Ffion"],
                ["4a", "Weekly visit records with the cot seen and no smoke in the flat", "Darren Quist"],
                ["4b", "Every test result and Nadia's written report on file before each core group",
                 "Ffion and the core group"],
                ["4c", "Kerry's written update on file before each core group, with her view on Kayleigh's "
                       "progress", "Ffion and the core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "While Rowan is on the ward: if Kayleigh or Jordan come onto the unit under the influence, or "
              "Kayleigh's test shows heroin or another street drug, the nurse in charge will not let them care "
              "for Rowan alone and will ring Ffion the same day; discharge will be put on hold and Ffion will "
              "hold a strategy discussion with the ward and Velmcaster Police that day."),
        ("p", "At home: if either parent is found under the influence while caring for Rowan, a test shows "
              "heroin, cocaine or cannabis, cannabis is smoked in the flat, Rowan's weight drops below the 2nd "
              "centile, or two HV or SW visits are missed, Rowan will go with Kayleigh (if she is sober) to "
              "Denise's home at 3 Sorrel Close that day, and Ffion will hold a strategy discussion the same day."),
        ("p", "If Denise cannot stay overnight or come in the evening (illness, work, or because she says she "
              "cannot manage), Jordan will ring Ffion that day. Ffion will arrange the Velmcaster Family Nights "
              "overnight support worker from that night; if no sober adult can be with Rowan, he will be placed "
              "with foster carers that night."),
        ("p", "If any of these happens, or the tests before the first core group are not clear, Darren Quist "
              "will hold a legal planning meeting within 5 working days to decide whether to start the Public "
              "Law Outline or apply to court."),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meeting: before discharge, on the ward (action 1f).",
            "Core group every four weeks, Tuesdays at 2pm, Mercer Street Children's Centre: 17/02/2026, "
            "17/03/2026 and 14/04/2026.",
            "Review child protection conference: Tuesday 28/04/2026, 10am, Velmcaster Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plan refined at the first core group after domestic abuse, 14-year-old
#    and 9-year-old, mother with trauma symptoms and low mood. Markdown,
#    numbered actions under parts that give the time once, the measure
#    written into each action sentence. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_vexmoor_core_group_parts_measure_in_sentence_tamsett.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-refined-plan-md-bold-details-lines-what-happened-in-their-own-words-outcomes-numbered-then-numbered-actions-under-part-headings-each-giving-the-time-once-measure-written-into-each-action-sentence-contingency-bullets-meetings",
    "description": (
        "Exemplary plan, refined at the first core group, for a 14-year-old and a 9-year-old after "
        "their mother's partner assaulted her in front of the older boy; he is on bail and out of "
        "the home, and the mother has trauma symptoms and low mood. Numbered actions sit under "
        "three parts that give the time once ('all actions in this part to be completed by "
        "06/03/2026', 'every week from 23/02/2026 until the review conference', 'before each core "
        "group'); each sentence names who and says how we will know it has worked. The CMHT "
        "assesses the mother's capacity to change, the grandmother in the contingency has a "
        "fallback, legal planning follows named triggers, meetings dated."
    ),
    "text": """\
# Vexmoor Children's Services — Child Protection Plan

**Kian Tamsett (14, DOB 30/05/2011) and Maisie Tamsett (9, DOB 14/09/2016)**
28 Ashby Road, Vexmoor VX2 5RN · Category: emotional abuse

**Mum:** Lorna Tamsett (38) · **Maisie's dad:** Gary Hale (41), on police bail, not to contact Lorna or come
to Ashby Road · **Kian's dad:** not involved since Kian was a baby
**Social worker:** Zoe Marsh (team manager: Carl Whitby)
**Plan made:** initial child protection conference, 10/02/2026 · **Refined:** core group 1, 17/02/2026

## What happened

On 24/01/2026 Gary assaulted Lorna in the kitchen. Kian tried to pull him away and was pushed into a door
and needed two stitches above his eye. Maisie was upstairs and heard it. Gary was arrested and charged and
is on bail. Lorna says there had been shouting and pushing for about two years and that Kian has often
stayed awake "listening out". Since January Lorna has had flashbacks and panic attacks and has been
struggling to get up; her GP referred her to the Vexmoor Community Mental Health Team on 29/01/2026.

## Kian and Maisie in their own words

**Kian** (seen on his own at school, 13/02/2026): "I'm not scared of him. I'm scared for Mum. I want the
locks changed and I want to stop being the one who has to listen out at night." He scored how safe he
feels at home as 4 out of 10.

**Maisie** (seen on her own at home, 12/02/2026): "I miss my dad but I don't miss the shouting." She wants
Kian "to stop being grumpy" and wants to keep going to Brownies on Wednesdays. She asked why she can't
see her dad.

## What we want to be different

1. Kian and Maisie live without violence or fear at home, and Gary does not come to the house or
   contact them except in a way the core group has agreed.
2. Kian no longer listens out at night or protects his mum; he sleeps, gets to school and has an
   adult at school he goes to.
3. Maisie understands, in words she can follow, what happened and why she is not seeing her dad, and
   keeps up school and Brownies.
4. Kian and Maisie are cared for by a mum whose trauma and low mood are being treated, so that she
   notices and responds to what they need.

## The plan

Each action says who will do it and how we will know it has worked. The time is given once for each part.

### Part A — all actions in this part to be completed by Friday 06/03/2026

1. Zoe Marsh (SW) will do three direct work sessions with Kian and three with Maisie, each on their
   own, about what happened in January and what helps them feel safe; we will know this is done when
   their words and drawings are written up and shared at core group 2.
2. Farah Siddiqui (IDVA, Vexmoor Women's Aid) will complete a DASH risk assessment and a written safety
   plan with Lorna, including what the children do if Gary comes to the door, and help her apply for a
   non-molestation order; a copy of the safety plan and of the order, or the court's hearing date, will
   be on the children's file.
3. Dean Ormsby (housing officer, Vexmoor Homes) will fit new locks, a door chain and a video doorbell at
   28 Ashby Road under the Sanctuary Scheme; Zoe will see the work at her next visit and the signed-off
   Sanctuary form will be on file.
4. Mrs Priya Lall (DSL, Vexmoor Academy) will agree a time-out card and a named safe adult with Kian;
   we will know it is in place when Kian can name his safe adult to Zoe and Mrs Lall has sent Zoe a copy
   of the card and his first week's check-in log.
5. Ben Adair (CPN and care coordinator, Vexmoor Community Mental Health Team) will assess Lorna's trauma
   symptoms and low mood and write a report on whether she can make and keep the changes Kian and
   Maisie need, the steps needed and how long they are likely to take; the report will be with Zoe and
   shared at core group 2.

### Part B — every week from Monday 23/02/2026 until the review conference on 05/05/2026

6. Zoe will visit Ashby Road and see Kian and Maisie on their own at least every other visit, so that
   her visit records show each child seen and what they said.
7. Mr Tom Oakes (DSL, Ferncroft Primary) will give Maisie a session with her learning mentor and email
   Zoe her attendance each Friday; we expect attendance of at least 96%, with the mentor's session notes
   attached.
8. Ben Adair (CPN) will see Lorna for trauma-focused sessions and send Zoe, before each core group, her
   PCL-5 and PHQ-9 scores with his view on whether she is changing and how that shows in her care of the
   children.
9. Lorna will go to the Freedom Programme at Vexmoor Family Hub on Thursday mornings; the group
   register, sent to Zoe monthly, will show at least 9 of the 10 sessions before the review attended.
10. PC Helen Grint (Vexmoor Police, Domestic Abuse Unit) will check with the bail unit whether Gary has
    kept to his bail conditions and ring Zoe the same day if he has not; each week's check will be
    logged and the log shared at every core group.

### Part C — before each core group (10/03/2026, 31/03/2026, 21/04/2026) and before the review conference

11. Zoe will ask Kian to score how safe he feels at home from 0 to 10 and write his score and his
    reasons in her core group report; we will know things are better when his score has gone from 4 to
    at least 7 by the review conference.
12. Zoe will ask Maisie what she wants to know about her dad, agree with Lorna what Maisie is told, and
    tell her; Maisie's questions and what she was told will be written in the core group report.

## If things go wrong

- If Gary comes to Ashby Road, contacts Lorna, Kian or Maisie, or is seen near either school, Lorna
  (or the school) will call 999 and then Zoe. The police will attend and arrest him for breach of bail,
  and Zoe (or the emergency duty team) will hold a strategy discussion with PC Grint the same day.
- If Lorna lets Gary into the house or agrees to see him with the children there, Kian and Maisie will
  go to their grandmother Ann Tamsett at 9 Holly Walk that day while a strategy discussion decides what
  happens next. If Ann cannot have them, Zoe will arrange a refuge place with Vexmoor Women's Aid for
  Lorna and the children, or a foster placement, the same day.
- If either of these happens, or Kian's score is 4 or less at the core group on 21/04/2026, Carl Whitby
  will hold a legal planning meeting within 5 working days to decide whether to start pre-proceedings
  under the Public Law Outline.

## Meetings

- Core group every three weeks, 4pm at Ashby Road Children's Centre: 17/02/2026 (held), 10/03/2026,
  31/03/2026 and 21/04/2026.
- Review child protection conference: Tuesday 05/05/2026, 10am, Vexmoor Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Case-system print after the first core group, two children whose
#    father has schizophrenia and came home from hospital on a depot,
#    grandmother sleeping over on the mother's night shifts. Tick-box
#    frequencies and status, a closed referral, measures in a "Review
#    criteria" block keyed by task number. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_vossingham_case_print_tick_boxes_review_criteria_gledhill.txt",
    "split": "heldout",
    "actions": 11,
    "template": "case-system-print-txt-caretrack-dot-leader-fields-parental-health-yes-no-tick-boxes-childrens-views-outcomes-then-task-blocks-frequency-and-status-tick-boxes-one-complete-then-review-criteria-keyed-by-task-number-contingency-trigger-response-review-fields",
    "description": (
        "Exemplary case-system print, after the first core group, of the plan for a 10-year-old "
        "and a 6-year-old whose father has schizophrenia and came home from a psychiatric unit on "
        "a depot injection; their mother works nights and their grandmother sleeps over on those "
        "nights. Each task has its frequency as a row of tick boxes (only the ticked box is the "
        "plan's, 'Other' ticked with a real frequency or deadline), start and end dates and a "
        "status box; one referral is ticked 'Complete' and is not counted. The measures sit in a "
        "'Review criteria' block keyed by task number. The care coordinator reports on capacity "
        "to change and relapse risk, the grandmother's nights have a fallback, legal planning "
        "follows named triggers, core group and review dates set."
    ),
    "text": """\
==============================================================================
VOSSINGHAM CITY COUNCIL          CareTrack Children v4.2           PRINT VIEW
CHILD PROTECTION PLAN                      Printed 12/03/2026 09:14 by CMWANGI
==============================================================================
Case ref ................ VC-44817
Plan status ............. LIVE - updated after core group 1 (10/03/2026)
Subjects ................ Aiden GLEDHILL (M), DOB 03/09/2015, age 10
                          Rosie GLEDHILL (F), DOB 21/04/2019, age 6
Address ................. 57 Kestrel Way, Vossingham VS6 2HD
Mother .................. Tracey GLEDHILL (39) - night care assistant,
                          Birchfield Care Home (Mon, Wed, Fri nights)
Father .................. Martin GLEDHILL (42)
Maternal grandmother .... Jean HOLLIS (66), 12 Linnet Grove, Vossingham
Category ................ Emotional abuse (both children)
ICPC .................... 24/02/2026   Chair: Imogen Farrow (IRO)
Social worker ........... Carys Mwangi, North Team   TM: Jo Thackeray

------------------------------------------------------------------------------
REASON FOR PLAN
------------------------------------------------------------------------------
Martin has schizophrenia. He stopped his medication in the autumn and by
January believed the neighbours were poisoning the water. From 14/01/2026 he
kept Aiden and Rosie off school for three days and barricaded the doors while
Tracey was at work. He was detained under section 2 on 17/01/2026 at the
Larchfield Unit and came home on 16/02/2026 on a fortnightly depot injection,
with a care coordinator from the Community Mental Health Team. Aiden has been
getting Rosie ready for school and watching his dad "in case he gets poorly".

------------------------------------------------------------------------------
PARENTAL HEALTH / ADULT SERVICES
------------------------------------------------------------------------------
Mental health concern ......... Yes [X]  No [ ]
Substance misuse concern ...... Yes [ ]  No [X]
Adult service involved ........ Yes [X]  No [ ]
Adult service ................. Vossingham CMHT (North) - care coordinator
                                Owen Petrakis, CPN. See tasks 03 and 12.

------------------------------------------------------------------------------
CHILDREN'S VIEWS
------------------------------------------------------------------------------
Aiden (seen alone at school, 20/02/2026):
  "When Dad was poorly he said we couldn't drink the tap water and we had to
  stay in. I looked after Rosie. I'm glad he's home but I check on him at
  night." Asked what would help: "Someone to tell me what's wrong with Dad's
  brain" and "not having to check".
Rosie (seen alone at home, 19/02/2026):
  "Daddy was in hospital because his head was poorly. Nana comes for
  sleepovers." She has wet the bed most nights since January and says she
  doesn't like the dark now.

------------------------------------------------------------------------------
OUTCOMES FOR THE CHILDREN
------------------------------------------------------------------------------
OC1  Aiden and Rosie are cared for by an adult who is well enough to keep
     them safe, every day and every night.
OC2  Aiden is a 10-year-old again: he does not check on his dad or look
     after Rosie, and he understands his dad's illness.
OC3  Rosie sleeps better, is dry more nights and is not frightened at home.
OC4  Both children go to school every day.

------------------------------------------------------------------------------
TASKS (12 on plan: 11 open, 1 complete)
How each task will be measured: see REVIEW CRITERIA, by task number.
------------------------------------------------------------------------------
TASK 01   Outcome: OC1, OC2, OC3
  Action ........ Visit Aiden and Rosie at home and see each child on their
                  own, with at least one visit a month after 6pm
  Assigned to ... Carys Mwangi, Social Worker
  Frequency ..... [ ] Daily [X] Weekly [ ] Fortnightly [ ] Monthly [ ] Other
  Start / End ... 25/02/2026 / 19/05/2026 (review conference)
  Status ........ [X] Open [ ] Complete

TASK 02   Outcome: OC1
  Action ........ Have his depot injection at the Larchfield Community
                  Clinic on the day it is due
  Assigned to ... Martin Gledhill (Dad)
  Frequency ..... [ ] Daily [ ] Weekly [X] Fortnightly [ ] Monthly [ ] Other
  Start / End ... 02/03/2026 / 19/05/2026
  Status ........ [X] Open [ ] Complete

TASK 03   Outcome: OC1
  Action ........ Visit Martin, check his mental state against his relapse
                  signature, and report to each core group on whether he is
                  staying well, his insight, his capacity to keep caring
                  safely for the children and the likely timescale
  Assigned to ... Owen Petrakis, CPN, Vossingham CMHT (North)
  Frequency ..... [ ] Daily [ ] Weekly [X] Fortnightly [ ] Monthly [ ] Other
  Start / End ... 25/02/2026 / 19/05/2026; report 2 working days before
                  each core group
  Status ........ [X] Open [ ] Complete

TASK 04   Outcome: OC2
  Action ........ Refer Aiden to Vossingham Young Carers
  Assigned to ... Carys Mwangi, Social Worker
  Frequency ..... [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [X] Other: one-off, by 06/03/2026
  Start / End ... 24/02/2026 / 06/03/2026
  Status ........ [ ] Open [X] Complete   Completed 03/03/2026

TASK 05   Outcome: OC2
  Action ........ Give Aiden a place at the Tuesday after-school young carers
                  group and a one-to-one check-in each half-term
  Assigned to ... Beth Arkwright, Vossingham Young Carers
  Frequency ..... [ ] Daily [X] Weekly [ ] Fortnightly [ ] Monthly [ ] Other
  Start / End ... 17/03/2026 / 19/05/2026
  Status ........ [X] Open [ ] Complete

TASK 06   Outcome: OC3, OC4
  Action ........ Check Aiden's and Rosie's attendance and how they arrive,
                  and ring Carys the same day about any absence or worry
  Assigned to ... Mrs Olu Banjo, DSL, Greystones Primary School
  Frequency ..... [X] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly [ ] Other
  Start / End ... 25/02/2026 / 19/05/2026 (school days)
  Status ........ [X] Open [ ] Complete

TASK 07   Outcome: OC1
  Action ........ Give Carys her shift rota each month and make sure Jean is
                  booked for every night shift, so that Martin is never the
                  only adult with the children overnight until Owen's report
                  says it is safe
  Assigned to ... Tracey Gledhill (Mum)
  Frequency ..... [ ] Daily [ ] Weekly [ ] Fortnightly [X] Monthly [ ] Other
  Start / End ... 01/03/2026 / 19/05/2026
  Status ........ [X] Open [ ] Complete

TASK 08   Outcome: OC1, OC3
  Action ........ Sleep at 57 Kestrel Way and get Aiden and Rosie up and to
                  school the next morning
  Assigned to ... Jean Hollis (maternal grandmother)
  Frequency ..... [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [X] Other: every night Tracey works (Mon, Wed, Fri)
  Start / End ... 16/02/2026 / 19/05/2026
  Status ........ [X] Open [ ] Complete

TASK 09   Outcome: OC1
  Action ........ Tell Carys of any missed repeat prescription or missed
                  appointment and share Martin's medication record
  Assigned to ... Dr Farid Nasser, GP, Mill Lane Surgery
  Frequency ..... [ ] Daily [ ] Weekly [ ] Fortnightly [X] Monthly [ ] Other
  Start / End ... 02/03/2026 / 19/05/2026
  Status ........ [X] Open [ ] Complete

TASK 10   Outcome: OC2, OC3
  Action ........ Direct work with Aiden and with Rosie about Dad's illness,
                  using the "Dad's poorly brain" storybook
  Assigned to ... Carys Mwangi, Social Worker
  Frequency ..... [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [X] Other: four sessions each, by 24/04/2026
  Start / End ... 03/03/2026 / 24/04/2026
  Status ........ [X] Open [ ] Complete

TASK 11   Outcome: OC3
  Action ........ See Rosie at school about her sleep and bedwetting and give
                  Tracey and Jean a star chart and an alarm
  Assigned to ... Amy Rusk, school nurse, Vossingham Community Health
  Frequency ..... [ ] Daily [ ] Weekly [X] Fortnightly [ ] Monthly [ ] Other
  Start / End ... 11/03/2026 / 19/05/2026
  Status ........ [X] Open [ ] Complete

TASK 12   Outcome: OC1, OC2
  Action ........ Write a family relapse plan with Martin and Tracey ("what we
                  do if Dad gets poorly"), with a version Aiden helps to write
  Assigned to ... Carys Mwangi, Social Worker, with Owen Petrakis (CMHT)
  Frequency ..... [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Monthly
                  [X] Other: by 27/03/2026
  Start / End ... 10/03/2026 / 27/03/2026
  Status ........ [X] Open [ ] Complete

------------------------------------------------------------------------------
REVIEW CRITERIA (how we will know - by task number)
------------------------------------------------------------------------------
T01  Visit records show both children seen alone every week and one evening
     visit each month; their words recorded.
T02  Clinic record of every depot given on its due date, sent to Carys by
     Owen each month.
T03  Owen's written report on file before every core group, with his relapse
     signature checklist and his view of the likely timescale.
T04  Complete: acceptance letter on file, 03/03/2026.
T05  Group register (at least 8 of 10 Tuesdays) and Beth's check-in notes,
     sent to Carys each half-term; Aiden tells Carys he has stopped checking
     on his dad at night.
T06  Attendance of 96% or more for each child, emailed to Carys each Friday;
     same-day calls logged on the school's safeguarding system.
T07  Rota on file each month with Jean's name against every night shift.
T08  Jean's note in the home book for every night she stays; Aiden and Rosie
     on time at school every Tuesday and Thursday (school register).
T09  GP note on file each month, including "no missed items" if none.
T10  Session records with the children's drawings and questions on file;
     Aiden can explain his dad's illness in his own words to Carys.
T11  School nurse's notes sent to Carys; the star chart shows Rosie dry on
     more nights each fortnight.
T12  Signed relapse plan on file, with Aiden's version, and a copy on the
     kitchen wall that Carys sees at her next visit.

------------------------------------------------------------------------------
CONTINGENCY
------------------------------------------------------------------------------
Trigger 1 ...... Martin misses a depot by more than 3 days, or shows any sign
                 in his relapse signature (not sleeping, talk about the water
                 or the neighbours, keeping the children in).
Response 1 ..... Owen sees Martin within 24 hours and arranges a psychiatric
                 review. Martin goes to stay with his brother Alan at 8 Reed
                 Court until the review says he is well; Carys holds a
                 strategy discussion the same day.
Trigger 2 ...... Jean cannot stay on a night Tracey works (illness, away, or
                 she says she cannot manage).
Response 2 ..... Tracey does not work that night (her manager at Birchfield
                 has agreed to this at short notice). If neither Tracey nor
                 Jean can be there, Carys or the emergency duty team arranges
                 an emergency foster placement for both children that night.
Trigger 3 ...... The children are kept off school or the doors are barricaded.
Response 3 ..... Police called on 999 to remove the children to safety; Carys
                 holds a strategy discussion the same day.
Legal planning . If Martin relapses while caring for the children, or Owen's
                 report to core group 2 (07/04/2026) says he is not taking his
                 depot reliably, Carys will request a legal planning meeting
                 with Jo Thackeray within 5 working days.

------------------------------------------------------------------------------
REVIEW ARRANGEMENTS
------------------------------------------------------------------------------
Core group frequency .... [ ] Fortnightly [X] Every 4 weeks [ ] Other
Core group dates ........ 10/03/2026 (held), 07/04/2026, 05/05/2026
Review conference ....... 19/05/2026 10:00, Vossingham Civic Centre, Room 4
==============================================================================
END OF PRINT                                                    Page 1 of 1
==============================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan after domestic abuse, 8-year-old and 2-year-old,
#    mother with low mood and anxiety. Action table Ref / Action / Lead person
#    / Timescale; a separate evidence table keyed by ref. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_valdergate_icpc_ref_table_separate_evidence_table_kowalczyk.docx",
    "doc_title": "Child Protection Plan - Zofia and Tomasz Kowalczyk",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-word-plan-numbered-headings-details-kv-summary-of-concerns-childrens-experience-outcomes-then-ref-action-lead-person-timescale-table-then-separate-evidence-table-ref-evidence-where-it-comes-from-contingency-meetings",
    "description": (
        "Initial conference plan for an 8-year-old and a 2-year-old after their father assaulted "
        "their mother; he lives at his brother's on bail and sees the children at a contact "
        "centre, and the mother has low mood and anxiety. The action table has Ref / Action / "
        "Lead person / Timescale and no measure column; a separate evidence table keyed by ref "
        "gives the checks. Most rows are sound. Faults: the adult mental health service's "
        "support sessions only support the mother and their evidence is that she 'feels better'; "
        "the perpetrator programme starts 'when a place becomes available'; 'All agencies' share "
        "incidents; the play therapy referral has no lead; the evidence table leaves out the "
        "parenting assessment; the contingency protects but names no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Valdergate Borough Council · Children's Services · Safeguarding Team West"),
        ("h1", "1. Details"),
        ("kv", [
            ("Children", "Zofia Kowalczyk (8), DOB 11/05/2017; Tomasz Kowalczyk (2), DOB 23/08/2023"),
            ("Address", "6 Orchard Mews, Valdergate VL5 2QS"),
            ("Mother", "Agnieszka Kowalczyk (30)"),
            ("Father", "Paweł Kowalczyk (33), staying with his brother at 31 Barley Road, Valdergate; police "
                       "bail conditions not to enter Orchard Mews"),
            ("Language", "Agnieszka speaks English well; Paweł prefers Polish and an interpreter is booked for "
                         "his meetings"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, 27/01/2026. Chair: Hywel Rees (IRO)"),
            ("Social worker", "Natalie Crewe (team manager: Simon Achterberg)"),
        ]),
        ("h1", "2. Summary of concerns"),
        ("p", "On 09/01/2026 police were called to Orchard Mews after Paweł hit Agnieszka and threw a chair "
              "that broke the living room window. Zofia rang 999 from her bedroom. It was the third police "
              "call-out in 2025-26. Agnieszka told the conference Paweł has controlled the family's money and "
              "her phone for years. She has had low mood and anxiety since Tomasz was born; her GP prescribes "
              "sertraline and referred her to the Valdergate Adult Mental Health Service in December."),
        ("h1", "3. Zofia's and Tomasz's experience"),
        ("p", "Zofia (seen on her own at school, 21/01/2026): “I rang the police because Mama was crying and "
              "Tata was breaking things. I want to see Tata but not at home. I want Mama to stop being sad.” "
              "She said her worry was 9 out of 10 in January and is “about 6 now”."),
        ("p", "Tomasz is 2. Nursery staff say he hides his face and goes still when an adult raises their "
              "voice. At the SW's visit on 22/01/2026 he played with his cars, brought each one to his mum and "
              "said “Mama, look”."),
        ("h1", "4. Outcomes for the children"),
        ("bullets", [
            "Zofia and Tomasz live in a home where there is no violence and they are not frightened.",
            "Zofia sees her father safely, in a way she is comfortable with, and can say how contact feels.",
            "Tomasz's development and speech are on track, and he goes to nursery every session.",
            "Zofia is at school every day and has someone there to talk to about her worries.",
        ]),
        ("h1", "5. Action plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead person", "Timescale"],
            "widths": [1.2, 8.0, 4.3, 3.5],
            "rows": [
                ["A1", "Visit the children at home and see Zofia on her own each time",
                 "Natalie Crewe, SW", "Weekly from 28/01/2026 until the review conference"],
                ["A2", "Weigh Tomasz, check his development and speech, and do his 2-year review at home",
                 "Mared Hughes, health visitor", "2-year review by 20/02/2026; then a home visit every month"],
                ["A3", "Check Zofia's attendance and lateness and give her a weekly session with the school's "
                       "ELSA", "Mr Rhys Garland, DSL, St Bride's Primary",
                 "Every school day; ELSA sessions every Wednesday"],
                ["A4", "Support sessions for Agnieszka to help with her low mood and anxiety",
                 "Sarah Lindow, mental health practitioner, Valdergate Adult Mental Health Service",
                 "Fortnightly from 03/02/2026"],
                ["A5", "Safety planning with Agnieszka, and a DASH review after any incident",
                 "Jo Pearce, IDVA, Valdergate Domestic Abuse Service",
                 "Safety plan by 06/02/2026; DASH review within 48 hours of any incident"],
                ["A6", "Check that Paweł is keeping to his bail conditions and pass on any call-out to the "
                       "address", "DS Owen Pryce, Valdergate Police Safeguarding Unit",
                 "Weekly check; call-outs passed on within 24 hours"],
                ["A7", "Paweł to attend the Safer Choices domestic abuse perpetrator programme",
                 "Paweł Kowalczyk", "When a place becomes available"],
                ["A8", "Supervised contact between Paweł and both children at the Valdergate Family Contact "
                       "Centre, with a Polish-speaking supervisor",
                 "Nadia Whelan, contact supervisor", "Every Saturday, 10am to 12 noon, from 31/01/2026"],
                ["A9", "Tell the SW the same day about any incident, or any sign that Zofia or Tomasz is "
                       "frightened", "All agencies", "Same day"],
                ["A10", "Referral for Zofia to the Valdergate Children's Wellbeing Service for play therapy",
                 "-", "By 13/02/2026"],
                ["A11", "Parenting assessment of Agnieszka and of Paweł, including how each understands the "
                        "effect of the violence on the children", "Natalie Crewe, SW", "By 07/04/2026"],
                ["A12", "Record Tomasz's attendance and any marks, bruises or worries, and ring the SW the same "
                        "day", "Gemma Blake, manager, Little Oaks Nursery",
                 "Every session (Tuesday to Thursday mornings)"],
                ["A13", "Review Agnieszka's sertraline and send the SW her GP history of low mood and anxiety",
                 "Dr Helen Morgan, GP, Castle Street Surgery", "By 10/02/2026, then before each core group"],
            ],
        }),
        ("h1", "6. How we will know each action is working"),
        ("p", "Evidence for the actions above, by reference. The core group will go through it at each meeting."),
        ("table", {
            "header": ["Ref", "Evidence", "Where it comes from"],
            "widths": [1.2, 10.0, 5.8],
            "rows": [
                ["A1", "Both children seen every week; Zofia's words written down after each visit",
                 "SW visit records"],
                ["A2", "2-year review scores on file; Tomasz's weight in the red book at each visit",
                 "Health visitor's records, copied to the SW"],
                ["A3", "Attendance of 95% or more; ELSA session notes show Zofia attending every Wednesday",
                 "School, emailed to the SW each Friday"],
                ["A4", "Agnieszka feels better in herself", "Mental health practitioner"],
                ["A5", "Written safety plan and DASH scores on file", "IDVA, copied to the SW"],
                ["A6", "Weekly bail check recorded; any call-out passed on within 24 hours",
                 "Police safeguarding unit log"],
                ["A7", "Attendance report from the programme after every fourth session", "Safer Choices"],
                ["A8", "Contact record for each session: how the children were, what was said, any concern",
                 "Contact centre, to the SW each Monday"],
                ["A9", "Each report logged on the children's case file the day it is made", "Case file"],
                ["A10", "Referral accepted and the date of Zofia's first session on file",
                 "Children's Wellbeing Service letter"],
                ["A12", "Attendance of 90% or more; same-day calls logged", "Nursery register, to the SW monthly"],
                ["A13", "GP letter on file by 10/02/2026 and an update before each core group", "GP"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("p", "If Paweł comes to Orchard Mews, contacts Agnieszka outside the agreed arrangements, or breaks "
              "his bail conditions, Agnieszka will call 999 and the police will attend and arrest him. Natalie "
              "(or the emergency duty team) will hold a strategy discussion with the police the same day, and "
              "contact at the centre will stop until that discussion agrees it can restart."),
        ("p", "If Agnieszka lets Paweł back into the home, or the children are present at another incident, "
              "Jo Pearce will arrange a place for Agnieszka and the children at the Valdergate women's refuge "
              "that day; if Agnieszka will not go, Natalie will ask the police to use their protection powers "
              "for the children."),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Core group every four weeks, 3pm at the Castle Street Family Centre: 10/02/2026, 10/03/2026 and "
            "07/04/2026.",
            "Review child protection conference: Tuesday 21/04/2026, 11am, Valdergate Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Support sessions for Agnieszka to help with her low mood and anxiety"),
        F("M002", "Support sessions for Agnieszka to help with her low mood and anxiety"),
        F("T002", "Paweł to attend the Safer Choices domestic abuse perpetrator programme"),
        F("W002", "Tell the SW the same day about any incident"),
        F("W001", "Referral for Zofia to the Valdergate Children's Wellbeing Service"),
        F("M001", "Parenting assessment of Agnieszka and of Paweł"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, neglect, three children, father's daily
#    cannabis, mother's low mood, grandfather helping. Landscape table with
#    outcome banner rows carrying "How we will know" and a scale over
#    No. / What will happen / Who / When rows; an "Also agreed" banner with
#    no check. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_vintonbury_rcpc_outcome_banners_how_we_will_know_dunmore.pdf",
    "doc_title": "Review Child Protection Plan - Callie, Reece and Bonnie Dunmore",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE – Vintonbury County Council – Family Safeguarding Service",
    "footer": "Dunmore – review child protection plan, 03/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc-landscape-word-plan-printed-to-pdf-header-footer-details-since-last-conference-childrens-voices-then-table-of-outcome-banner-rows-each-with-how-we-will-know-and-scale-over-no-what-will-happen-who-when-rows-also-agreed-banner-contingency-meetings",
    "description": (
        "First review conference plan for a 12-year-old, a 7-year-old and an 11-month-old whose "
        "father smokes cannabis every day and whose mother has low mood; the maternal grandfather "
        "does school runs and Saturdays. Landscape, printed to PDF with a page header and footer. "
        "Each outcome is a banner row across the table carrying its 'How we will know' evidence "
        "and a scale; the No. / What will happen / Who / When rows under it mostly carry no measure of "
        "their own, and rows under an 'Also agreed' banner give their own. Faults: the third "
        "outcome is about the father alone and its check is what he says, so his key-work is "
        "measured only by that; a safe sleep plan owned by 'Core group'; home conditions "
        "'Ongoing'; a school nurse referral with no time; the contingency has no fallback for the "
        "grandfather and no legal step."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Callie Dunmore (12), DOB 07/03/2013; Reece Dunmore (7), DOB 18/10/2018; Bonnie "
                         "Dunmore (11 months), DOB 02/03/2025"),
            ("Address", "15 Furlong Terrace, Vintonbury VN8 3EW"),
            ("Parents", "Shannon Dunmore (29) and Craig Dunmore (31), living together"),
            ("Maternal grandfather", "Bill Tranter (63), 4 Mill Cottages, Vintonbury"),
            ("Category", "Neglect (all three children)"),
            ("Initial conference", "04/11/2025"),
            ("This conference", "First review child protection conference, 03/02/2026. Chair: Marcia Odell "
                                "(IRO). Plan continues."),
            ("Social worker", "Ravi Chandra (team manager: Louise Brannigan)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Bonnie's weight has gone from the 2nd to the 9th centile and she is now weaned onto solid food. "
              "The house is cleaner, but on two of Ravi's last six visits the living room smelt of cannabis and "
              "Bonnie's cot had no clean bedding. Craig says he smokes “a few joints a night” and that it helps "
              "him sleep; he has been to two of five appointments at the Vintonbury Substance Misuse Service. "
              "Reece was late 14 times last term and Callie told her head of year she gets Reece up because "
              "“Mum and Dad don't wake up”. Shannon has been low since Bonnie was born and saw her GP in "
              "December."),
        ("h1", "What the children say"),
        ("p", "Callie (seen on her own, 27/01/2026): “It's better than before Christmas. I still do Reece's "
              "breakfast. Saturdays at Grandad's are the best because I don't have to do anything.” She scored "
              "home 5 out of 10."),
        ("p", "Reece (seen at school, 28/01/2026): “Dad's smoke smells like a skunk. I like it when Grandad "
              "takes me to school because we stop at the bakery.”"),
        ("p", "Bonnie was seen at home on 29/01/2026. She crawled to Shannon and pulled herself up on her "
              "knees, babbled at Ravi and ate a whole pot of porridge; she had nappy rash."),
        ("h1", "The plan"),
        ("p", "Each outcome is in a shaded row with how we will know it is being met and where we are on a 0-10 "
              "scale (agreed by Ravi with Shannon and Craig). That evidence is the measure for the actions "
              "under the outcome. The last part lists other actions agreed at the review."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.3, 12.0, 6.4, 6.0],
            "rows": [
                ["Outcome 1: Bonnie is fed, clean and gaining weight, sleeps safely in her own cot and is not "
                 "around cannabis smoke.\nHow we will know: Bonnie's weight stays on or above the 9th centile at "
                 "every HV weigh (red book); Ravi and the HV find her cot made up with clean bedding and no "
                 "smell of cannabis at every visit; nursery records show her clean and fed on arrival.\nScale: "
                 "now 4 out of 10; by the next review 8 out of 10.", H, H, H],
                ["1.1", "Weigh Bonnie at home and check her feeding, her sleep space and her development",
                 "Kirsty Lomas, health visitor", "Every two weeks until the next review"],
                ["1.2", "Visit the family at home, one visit in three unannounced, and see Bonnie's cot and the "
                        "room she sleeps in", "Ravi Chandra, SW", "Weekly"],
                ["1.3", "Agree a written safe sleep plan for Bonnie with Shannon and Craig and put a copy on "
                        "the fridge", "Core group", "By 24/02/2026"],
                ["1.4", "Keep the house clean and the kitchen stocked with food for Bonnie",
                 "Shannon Dunmore (Mum)", "Ongoing"],
                ["1.5", "Take up Bonnie's funded place at Vintonbury Tots nursery two mornings a week",
                 "Shannon Dunmore (Mum)", "From 02/03/2026"],
                ["Outcome 2: Callie and Reece get to school on time every day, and Callie no longer has to look "
                 "after Reece and Bonnie.\nHow we will know: school registers show attendance of 95% or more and "
                 "no more than one late mark a half-term for each child, sent to Ravi every Friday; Callie tells "
                 "Ravi at each visit who got Reece ready, and her head of year's check-in notes say the same."
                 "\nScale: now 5 out of 10; by the next review 8 out of 10.", H, H, H],
                ["2.1", "Record Reece's attendance and lateness every day and email them to Ravi each Friday",
                 "Mrs Anne Colley, DSL, Marsh Lane Primary", "Every school day"],
                ["2.2", "Give Callie a check-in with her head of year and look at her attendance",
                 "Mr Dan Hurst, head of year 8, Vintonbury High School", "Every Monday"],
                ["2.3", "Take Reece to school and collect him at 3.15pm", "Bill Tranter (maternal grandfather)",
                 "Every Tuesday and Thursday in term time"],
                ["2.4", "Have Callie, Reece and Bonnie at Mill Cottages so Callie has a day off",
                 "Bill Tranter (maternal grandfather)", "Every Saturday, 10am to 5pm"],
                ["Outcome 3: Craig cuts down his cannabis use and feels calmer.\nHow we will know: Craig says he "
                 "is using less and feels more in control.\nScale (Craig's own): now 3 out of 10; he hopes for "
                 "7.", H, H, H],
                ["3.1", "Go to key-work at the Vintonbury Substance Misuse Service",
                 "Craig Dunmore (Dad)", "Every Wednesday from 04/02/2026"],
                ["3.2", "Key-work with Craig and a urine screen each month, with a written report to each core "
                        "group on whether his use has changed and what it means for the children",
                 "Tara Booth, drug worker, Vintonbury Substance Misuse Service",
                 "Screen monthly; report a week before each core group"],
                ["Also agreed at the review conference", H, H, H],
                ["4.1", "Refer Reece to the school nursing service about his bedwetting, and copy the first "
                        "appointment letter to Ravi", "Mrs Anne Colley, DSL, Marsh Lane Primary", "-"],
                ["4.2", "See Shannon about her low mood and review her antidepressant, with a letter to Ravi "
                        "on the children's file about how she is managing their care",
                 "Dr Laura Finch, GP, Vintonbury Health Centre", "By 03/03/2026"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Craig is found under the influence of cannabis while he is caring for the children on his "
              "own, if cannabis is smoked inside the house, or if Bonnie's weight drops below the 9th centile, "
              "Ravi will hold a strategy discussion the same day. Craig will go to stay with his mother at 22 "
              "Fenn Street that day and will not come back until the strategy discussion agrees that he can."),
        ("p", "If Shannon's mood drops so that she cannot get up for the children, she or Callie will ring "
              "Ravi that morning and Dr Finch will see Shannon the same day; Ravi will visit that afternoon."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, 1pm at Furlong Terrace Family Hub: 17/03/2026, 28/04/2026 and "
            "09/06/2026.",
            "Second review child protection conference: Tuesday 28/07/2026, 10am, Vintonbury Shire Hall.",
        ]),
    ],
    "findings": [
        F("F002", "Outcome 3: Craig cuts down his cannabis use and feels calmer."),
        F("W002", "Agree a written safe sleep plan for Bonnie with Shannon"),
        F("T002", "Keep the house clean and the kitchen stocked with food"),
        F("M002", "Go to key-work at the Vintonbury Substance Misuse Service"),
        F("T001", "Refer Reece to the school nursing service about his bedwetting"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan, 15-year-old who self-harms and her 11-year-old
#    brother, mother with alcohol dependence, uncle helping. Markdown with
#    phase headings giving the time once, an "Also agreed" heading with
#    none, and a "Signs of progress" list keyed by action number. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b152_vellingford_core_group_phases_signs_of_progress_harwood.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-plan-md-details-table-what-has-happened-skye-and-finn-say-outcomes-then-numbered-actions-under-phase-headings-giving-the-time-once-and-an-also-agreed-heading-then-signs-of-progress-list-keyed-by-action-number-contingency-meetings",
    "description": (
        "Core group plan for a 15-year-old who self-harms and her 11-year-old brother; their "
        "mother is alcohol dependent and their uncle helps. Numbered actions sit under phase "
        "headings that give the time once ('By core group 2 (03/03/2026)', 'Weeks 1 to 8 - "
        "17/02/2026 to 14/04/2026') and an 'Also agreed' heading that gives none; a 'Signs of "
        "progress' list keyed by action number gives the measures. Most actions are sound (the "
        "alcohol service's assessment and report, CAMHS safety plan, SW visits, the uncle's "
        "football runs). Faults: the school's check is 'reviewed at core group'; 'the family' "
        "keeps a sober adult at home; the mother's own key-work is left out of the signs list; "
        "school counselling starts 'once Skye feels ready'; the women's group has no time; the "
        "contingency sends the children to the uncle with no fallback; no review conference date."
    ),
    "text": """\
# Child Protection Plan — Skye and Finn Harwood

*Vellingford Council, Children and Families. Plan agreed at the initial conference and refined at core group 1.*

| | |
|---|---|
| Children | Skye Harwood (15), DOB 08/06/2010; Finn Harwood (11), DOB 19/12/2014 |
| Address | 63 Lowther Street, Vellingford VG4 7NB |
| Mum | Donna Harwood (41) |
| Dad | Not in contact; lives abroad |
| Uncle | Rob Harwood (38), Donna's brother, 4 Sandpiper Close, Vellingford |
| Category | Neglect (both children) |
| Initial conference | 03/02/2026, chair Anjali Desai (IRO) |
| Core group 1 | 17/02/2026 |
| Social worker | Owen Fairley (team manager: Rachel Voss) |

## What has happened

Donna has been drinking heavily for about three years and now drinks from the morning. In January Skye
was taken to Vellingford General after cutting her arms, and told the nurse her mum had been "passed out
since lunchtime". Finn has missed 19 days of school since September and has been getting his own meals.
Donna says she wants to stop and has asked for a detox. Rob takes Finn to football and has had both
children to stay at weekends.

## What Skye and Finn say

**Skye** (seen on her own, 12/02/2026): "I'm not doing it for attention. It's when the house is quiet
and Mum's asleep and I've got no one. I'd rather be at Uncle Rob's but I won't leave Finn." She wants
her mum to "actually go to detox this time".

**Finn** (seen on his own at school, 13/02/2026): "I make beans on toast. Football is the best bit of
the week because Uncle Rob comes to watch." He said he worries about Skye "because of her arms".

## What we want for Skye and Finn

- Skye and Finn have a sober adult looking after them every day and every evening.
- Skye is kept safe from self-harm, has help from CAMHS and someone she trusts at school, and tells an
  adult when she feels like hurting herself.
- Finn is in school every day, has proper meals and keeps up his football.
- Neither child has to look after their mum or each other.

## Actions

### By core group 2 (03/03/2026)

1. Mo Rahman (key worker, Vellingford Alcohol Service) will assess Donna's drinking, plan a community
   detox with her and write to the core group on whether she can make and keep the change and how long
   it is likely to take.
2. Lucy Tanaka (Vellingford CAMHS) will complete a risk assessment and a written safety plan with Skye
   and share it with Donna and the school.
3. Owen will go through with Skye and Finn who they can ring if Mum has been drinking and give each of
   them a card with the numbers on it.
4. Rob will go through the house with Donna and take away all the alcohol.

### Weeks 1 to 8 — from 17/02/2026 to 14/04/2026

5. Owen will visit every week, one visit in two after 6pm, and see Skye and Finn on their own.
6. Mrs Joy Aldous (DSL, Hatherley Primary) will check Finn's attendance, whether he has eaten and how he
   is each day.
7. The family will make sure an adult who has not been drinking is at Lowther Street every evening from
   6pm until the children are in bed.
8. Donna will go to key-work at Vellingford Alcohol Service every Tuesday and give a breath test each
   time.
9. Mrs Carla Benn (school counsellor, Vellingford Academy) will offer Skye counselling sessions at
   school once Skye feels ready.
10. Rob will take Finn to football training every Tuesday evening and to his match every Saturday.

### Also agreed

11. Donna will go to the Vellingford Women's Group at the Bridge Centre.
12. Owen will refer Skye to Vellingford Young Carers by 13/03/2026.

## Signs of progress

How we will know each action is working, by action number:

- **1** – Mo's written report, with Donna's breath test results, is with Owen before core group 2 and
  says whether the detox can start and when.
- **2** – The CAMHS safety plan is on file, school and Donna have copies, and Skye can tell Owen what is
  in it.
- **3** – Both children can show Owen their card and name the adults they would ring.
- **4** – No alcohol in the house at Owen's evening visits (he will ask to see the kitchen and the
  fridge).
- **5** – Visit records show both children seen alone every week, with at least four evening visits by
  week 8.
- **6** – To be reviewed at the core group.
- **7** – Skye and Finn tell Owen at each visit which adult was home each evening and whether they had
  been drinking; Owen records it.
- **9** – The counsellor confirms to Owen the dates of the sessions Skye goes to (not what is said).
- **10** – The coach signs Finn's attendance sheet and Rob texts a photo of it to Owen each week.
- **11** – The group leader confirms Donna's attendance to Owen each month.
- **12** – Young Carers acceptance letter and the date of Skye's first session on file.

## If things go wrong

- If Donna is drunk while the children are at home, Skye or Finn will ring Owen (or the out-of-hours
  team on 01632 960 288), and Skye and Finn will go to Rob's at 4 Sandpiper Close that night. Owen will
  hold a strategy discussion the next working day.
- If Skye self-harms, or tells anyone she wants to, the adult she tells will ring CAMHS crisis and Owen
  the same day; if she needs medical care she will be taken to Vellingford General.
- If Donna has not started the detox by core group 4 (31/03/2026), or the children have to go to Rob's
  twice, Rachel Voss will hold a legal planning meeting within 5 working days to decide whether to start
  the Public Law Outline.

## Meetings

- Core group every two weeks, 4.30pm at Lowther Street Family Hub: 17/02/2026 (held), 03/03/2026,
  17/03/2026, 31/03/2026 and 14/04/2026.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("M002", "check Finn's attendance, whether he has eaten and how"),
        F("W002", "The family will make sure an adult who has not"),
        F("M001", "Donna will go to key-work at Vellingford Alcohol Service"),
        F("T002", "will offer Skye counselling sessions at school once Skye feels ready"),
        F("T001", "Donna will go to the Vellingford Women's Group"),
        F("C003"),
        F("R001"),
    ],
})
