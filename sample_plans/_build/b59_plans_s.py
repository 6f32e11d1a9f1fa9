"""Batch 59, module s: seven fictional plans (tuning material), places beginning with "s".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the Child Z situations in varied layouts - a premature or unwell baby
in hospital (looked after under section 20 and visited at a stated frequency,
looked after and not visited, in hospital but not looked after), a parent with
mental illness (adult services owning actions or not; mental health
practitioners asked to assess the parent's capacity to change and its
timescale, or only supporting), relatives carrying the plan (with and without
a contingency for their help failing), a family moving to another local
authority (work kept going until the receiving council's transfer-in
conference, or left to, paused for or handed on to the receiving council), and
legal planning when progress is insufficient. Hard negatives: a transfer that
is well managed, babies already home, a parent's illness in the past, a baby in
hospital who is not looked after. Three plans are exemplary.
"""
from build_batch5 import F, V, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Premature baby on the neonatal unit, accommodated under section 20 while
#    her mother is on an adult acute ward; grandparents to care for her on
#    discharge. Details grid, then one action table with outcome banner rows
#    merged across (docx, exemplary, 15 actions)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_sheppenfold_nnu_s20_outcome_banners_whitcombe.docx",
    "doc_title": "Child Protection Plan - Baby Rosa Whitcombe",
    "split": "tune",
    "actions": 15,
    "template": "icpc-looked-after-baby-on-nnu-docx-four-column-details-grid-numbered-sections-roses-day-then-no-what-needs-to-happen-lead-when-how-we-will-know-table-with-outcome-banner-rows-merged-across",
    "description": (
        "Initial conference plan for a 4-week-old born at 29 weeks, still on the neonatal unit and "
        "accommodated under section 20 while her mother is an inpatient on an adult acute ward after "
        "postpartum psychosis; the maternal grandparents are being assessed to care for her on discharge. "
        "Details grid, then one action table whose outcome banners are merged across all five columns. "
        "The SW visits the unit twice a week until discharge, the ward escorts the mother's visits, the "
        "perinatal psychiatrist and CPN report on capacity to change and its timescale, the contingency "
        "names back-up foster carers if the grandparents cannot care for Rosa, and a legal planning meeting "
        "follows an adverse prognosis. Core group and review dates set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Sheppenfold Metropolitan Borough Council – Children's Services – Hospital and Perinatal "
              "Social Work Team"),
        ("table", {
            "widths": [3.2, 5.3, 3.2, 5.3],
            "bold_first_col": True,
            "rows": [
                ["Child", "Rosa Whitcombe", "Date of birth",
                 "12/08/2025, at 29+4 weeks (corrected age at conference: 33+3 weeks)"],
                ["Where Rosa is", "Neonatal Unit (Ward 31), Sheppenfold Royal Infirmary, high dependency "
                 "nursery, cot 4", "Legal status",
                 "Looked after: accommodated under section 20 since 22/08/2025, with the agreement of both "
                 "parents"],
                ["Mother", "Dana Whitcombe (26). Inpatient on Brackley Ward, Fernhill Unit (adult acute), "
                 "under section 2 of the Mental Health Act", "Father",
                 "Liam Hesketh (30). On the birth certificate; has parental responsibility. Lives in a shared "
                 "house on Tanner's Way"],
                ["Maternal grandparents", "Maureen and Derek Pask, 17 Orchard Close, Sheppenfold",
                 "Category", "Neglect (risk of)"],
                ["Conference", "Initial child protection conference, Tuesday 09/09/2025, Ward 31 family room",
                 "Social worker", "Hannah Okoro (team manager: Gareth Lindley)"],
            ],
        }),
        ("h1", "1. Why Rosa has a plan"),
        ("p", "Dana has bipolar affective disorder, diagnosed in 2019. She stopped her lithium when she found "
              "out she was pregnant and did not tell her midwife. Rosa was born early after Dana's waters "
              "broke at home. On day five Dana became very unwell: she was not sleeping, believed the nurses "
              "were poisoning Rosa's milk and tried to take Rosa off the unit in the night. She was detained "
              "under section 2 on 21/08/2025 and moved to Brackley Ward because no mother and baby unit bed "
              "was free. Liam works nights as a lorry driver, has no space for a baby at his shared house and "
              "agreed with Dana that Rosa should be accommodated while plans are made. Dana has had two "
              "earlier admissions (2019 and 2022), both after stopping her medication."),
        ("h1", "2. Rosa's day – what we have seen"),
        ("p", "Rosa cannot tell us how she feels, so this is what the nurses, Liam, her grandparents and "
              "Hannah have seen. She is in an incubator, on a little oxygen through nasal prongs, and takes "
              "expressed and formula milk through a tube every three hours; she has just started to try the "
              "bottle at two feeds a day. She is 1.62 kg. She settles best when she is held skin-to-skin and "
              "quietens when her granddad Derek talks to her. She startles at loud alarms and needs her hands "
              "held near her face to calm down. When Dana visited with a nurse on 4 September, Rosa opened her "
              "eyes and held Dana's finger for most of the visit; Dana cried and said she was \"frightened of "
              "hurting her without meaning to\"."),
        ("h1", "3. What is going well"),
        ("bullets", [
            "Dana is taking her medication again and told conference she wants to get well for Rosa.",
            "Liam has visited Rosa every day since she was born and has learned to do her tube feeds.",
            "Maureen and Derek have visited every day, have started the unit's parent training and want to "
            "care for Rosa until Dana is well.",
        ]),
        ("h1", "4. What must be different for Rosa"),
        ("bullets", [
            "Rosa is seen and known by the people responsible for her while she is on the unit, and is never "
            "alone with anyone who is acutely unwell.",
            "Rosa leaves hospital to carers who have been assessed and trained to meet all her needs, "
            "including her feeds and any oxygen.",
            "Rosa grows up with a mother whose illness is treated and managed well enough to keep her safe, or "
            "with other safe carers if that cannot happen in time for her.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["No.", "What needs to happen for Rosa", "Lead person and agency", "When / how often",
                       "How we will know"],
            "widths": [1.0, 5.6, 3.4, 3.2, 3.8],
            "rows": [
                ["Outcome 1: Rosa is seen, known and kept safe while she is on the neonatal unit", H, H, H, H],
                ["1.1", "Visit Rosa on the unit, see her awake if possible, and speak to the nurse caring for "
                        "her about her feeds, breathing and weight and about who has visited",
                 "Hannah Okoro, social worker", "Twice a week (Tuesday and Friday) until Rosa is discharged",
                 "Visit record on the case file within 24 hours, with Rosa's weight, feeding and visitors"],
                ["1.2", "Keep a log of every family visit: who came, how long they stayed and which of Rosa's "
                        "cares they did themselves",
                 "Sister Marian Tull, Ward 31 family care lead", "Every day while Rosa is on the unit",
                 "Visiting log emailed to the SW every Monday"],
                ["1.3", "Escort Dana from Brackley Ward to see Rosa, with a nurse from the ward staying with "
                        "her throughout the visit",
                 "Yusuf Barlow, ward manager, Brackley Ward", "Monday, Wednesday and Saturday afternoons while "
                 "Dana is an inpatient",
                 "Escort record for each visit, noting how Dana responded to Rosa's cues, sent to the SW "
                 "weekly"],
                ["1.4", "Hold Rosa's first looked-after review and agree her care plan with Dana, Liam and her "
                        "grandparents",
                 "Pauline Seddon, independent reviewing officer", "By 19/09/2025 (within 20 working days of "
                 "accommodation)",
                 "Review decisions sent to both parents and the carers within 5 working days"],
                ["Outcome 2: Rosa leaves hospital to carers who can meet all of her needs", H, H, H, H],
                ["2.1", "Assess Maureen and Derek Pask as temporary connected carers for Rosa, including a "
                        "visit to their home and checks",
                 "Ade Bamgbose, supervising social worker, Sheppenfold Fostering Service", "By 03/10/2025",
                 "Written assessment shared with the SW and IRO; decision of the agency decision maker on file"],
                ["2.2", "Train Maureen and Derek in tube feeding, bottle feeding, baby CPR and home oxygen, and "
                        "sign them off as competent",
                 "Gemma Rhodes, neonatal outreach nurse", "Before discharge",
                 "Competency checklist signed by the outreach nurse and copied to the SW"],
                ["2.3", "Room in overnight on the unit for two nights running, doing all of Rosa's feeds and "
                        "cares",
                 "Maureen Pask (MGM), with Derek Pask (MGF)", "Before discharge (expected w/c 13/10/2025)",
                 "Night nursing notes show every feed given on time and Rosa laid on her back to sleep"],
                ["2.4", "Hold a discharge planning meeting with the grandparents, both parents, the HV, the SW and "
                        "the outreach nurse",
                 "Sister Marian Tull", "At least 5 working days before the discharge date",
                 "Written discharge plan sent to everyone at the meeting on the same day"],
                ["2.5", "See Rosa at her grandparents' house, see where she sleeps, and talk to Maureen and "
                        "Derek separately about how they are managing",
                 "Hannah Okoro, social worker", "Weekly for the first 4 weeks after discharge, then every 2 "
                 "weeks until the review conference",
                 "Visit record notes where Rosa slept, her feeds and how each carer is coping"],
                ["2.6", "Weigh Rosa and check her feeding, breathing and sleeping position",
                 "Kelly Marsh, health visitor", "Weekly for 8 weeks after discharge",
                 "Weight plotted on the preterm chart in the red book and the HV record"],
                ["Outcome 3: Rosa's mother's illness is treated and her capacity to care for Rosa is known "
                 "within Rosa's timescale", H, H, H, H],
                ["3.1", "Assess Dana's potential to care safely for Rosa: what needs to change, the steps she "
                        "must take and the likely timescale",
                 "Dr Anjali Rao, consultant perinatal psychiatrist, Sheppenfold Perinatal Mental Health Service",
                 "First report by the core group on 23/09/2025; updated before each core group",
                 "Written prognosis report to the SW, read at each core group"],
                ["3.2", "Weekly sessions with Dana on her relapse signature and a written relapse prevention "
                        "plan, reporting whether she is making the changes needed to care for Rosa",
                 "Tom Achterberg, perinatal community psychiatric nurse", "Weekly from discharge from Brackley "
                 "Ward",
                 "Relapse prevention plan on file; progress report to each core group"],
                ["3.3", "Lithium blood levels checked and results shared with the perinatal team and the SW, so "
                        "that Dana's contact with Rosa can increase safely",
                 "Dr Owen Fairlie, GP, Calder Street Surgery", "Monthly from discharge from Brackley Ward",
                 "Blood results letter to the SW each month"],
                ["3.4", "Parenting assessment of Dana and of Liam, each seen caring for Rosa at the family centre",
                 "Hannah Okoro, social worker", "Starts within 2 weeks of Dana's discharge from the ward; "
                 "finished by 28/11/2025",
                 "Assessment report shared with both parents and the core group"],
                ["3.5", "Supervised time for Liam with Rosa at the family centre once she is discharged",
                 "Joanne Frost, contact supervisor, Sheppenfold Family Centre", "Twice a week from Rosa's "
                 "discharge",
                 "Contact record for each session sent to the SW within 2 working days"],
            ],
        }),
        ("h1", "6. If things go wrong – contingency"),
        ("p", "If Dana tries to take Rosa from the unit, or arrives on Ward 31 without a nurse from Brackley "
              "Ward, the unit will call security and the police, and the SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day."),
        ("p", "If Maureen and Derek are not approved, withdraw, or become unable to care for Rosa after "
              "discharge (for example through illness), Rosa will go to Sheila and Graham Latimer, approved "
              "Sheppenfold foster carers who have been told about her and have agreed to be her back-up "
              "placement; the fostering service will confirm their availability to the SW every Friday until "
              "Rosa is discharged."),
        ("p", "If Dana's perinatal team report that she is unlikely to be able to care for Rosa within Rosa's "
              "timescale, if either parent withdraws agreement to section 20, or if Dana stops her lithium "
              "again, Hannah will ask Gareth Lindley for a legal planning meeting within 5 working days."),
        ("h1", "7. Core group and review"),
        ("p", "First core group: Tuesday 23/09/2025, 2pm, Ward 31 family room. Then every 4 weeks: Tuesday "
              "21/10/2025 and Tuesday 18/11/2025, at the grandparents' home or the family centre. Review child "
              "protection conference: Tuesday 02/12/2025, 10am, Sheppenfold Town Hall. Rosa's looked-after "
              "review will be held alongside it."),
        ("h1", "8. Copies"),
        ("p", "Dana (given on the ward by her named nurse), Liam, Maureen and Derek Pask, Ward 31, Brackley Ward, "
              "Sheppenfold Perinatal Mental Health Service, Calder Street Surgery, health visiting, the fostering "
              "service, the IRO. Plan typed by Hannah Okoro on 10/09/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review plan for a family about to move to another council: parts of the
#    work are left to, paused for or handed on to the receiving authority;
#    no review conference booked (md table)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_sandrithe_rcpc_move_pending_quirke.md",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-md-bold-details-lines-headed-sections-then-no-what-needs-to-happen-who-by-when-how-well-know-table-meetings-bullets",
    "description": (
        "First review conference plan for a 9-year-old and a 7-week-old (born at 35 weeks, already home) "
        "whose mother has bipolar disorder; the family are moving to Ostlemoor in October. Md table. Three "
        "rows wait for the move: the parenting assessment left to Ostlemoor, the perinatal referral on hold "
        "until the family live there, family support paused pending the transfer (X001). The transfer "
        "request itself is a proper action. Also the CMHT only supporting (H001), a school row timed "
        "'Ongoing' (T002), a safe sleep row with no measure (M001), no review conference because Ostlemoor "
        "will hold a transfer-in conference (R001), and a contingency with no legal step (R002). The GP "
        "owns an action, so no F004."
    ),
    "text": """\
# Child Protection Plan – Review

**Sandrithe Borough Council – Children and Families – Locality Safeguarding Team (East)**

**Children:** Nathan Quirke (9), Year 5, Gorsefield Junior School; Ivy Quirke, born 30/07/2025 at 35 weeks
**Parents:** Kirsty Quirke (29), mum to both children; Jordan Bell (31), Ivy's dad, lives with them
**Address:** 22 Pelham Walk, Sandrithe – moving to Ostlemoor (tenancy with Ostlemoor Homes from 06/10/2025)
**Initial (pre-birth) conference:** 10/07/2025 · **Review conference:** Wednesday 24/09/2025
**Category:** Neglect · **Social worker:** Jade Ellison · **Chair:** Rupert Vance

## Why the children need a plan

Kirsty has bipolar disorder and is on lithium, prescribed by her GP and reviewed by the Sandrithe
Community Mental Health Team (CMHT). In spring 2025 she stopped her medication for six weeks; she
was awake for several nights running, spent the rent money and left Nathan at home on his own
overnight twice. Nathan missed 14 days of school last term. Since Ivy came home from the special
care baby unit on 12/08/2025 Kirsty has been taking her lithium again. Jordan works days at the
distribution centre. The flat is damp and overcrowded, and the family have accepted a two-bedroom
house in Ostlemoor, near Kirsty's mother.

## What Nathan and Ivy have told and shown us

Nathan (seen on his own at school, 16/09/2025): "When Mum doesn't sleep she talks really fast and
does weird shopping. I looked after myself then. It's better now she takes her tablets." He is
worried about changing school "because I won't know anyone", but is excited to have his own room.

Ivy is 7 weeks old. On visits she has been clean, alert and settled. She feeds well from a bottle,
roots and quietens when Kirsty picks her up, and sleeps in a Moses basket in her parents' room;
twice she has been found asleep on the sofa beside Kirsty.

## What we want for Nathan and Ivy

- Nathan goes to school every day and is never left at home on his own.
- Ivy is fed, clean, gaining weight and put to sleep safely for every sleep.
- Nathan and Ivy are cared for by a mum whose illness is treated, and by a dad who knows the signs
  that she is becoming unwell and what to do.
- The move to Ostlemoor happens without any gap in the help the children get.

## The plan

| No. | What needs to happen | Who | By when | How we'll know it's done |
|---|---|---|---|---|
| 1 | Visit the family at home, see Ivy awake and see Nathan on his own | Jade Ellison (SW) | Weekly | Visit notes record what Nathan says and where Ivy sleeps |
| 2 | Parenting assessment of Kirsty and Jordan, including how they manage Ivy's night feeds | Ostlemoor Children's Services | Once the case has transferred to Ostlemoor | Assessment report |
| 3 | Referral of Kirsty to the perinatal mental health team for advice on relapse after birth | Jade Ellison (SW) | On hold until the family are living in Ostlemoor | Referral accepted letter |
| 4 | Family support sessions on Nathan's morning routine and Ivy's feeding and sleep routine | Leanne Harte (FSW) | Paused pending the transfer to Ostlemoor | Routine chart on the fridge, checked by the SW |
| 5 | Weigh Ivy and check her feeding and where she sleeps | Sarah Quinlan (HV) | Fortnightly | Weight plotted in the red book |
| 6 | Continue support visits to Kirsty to help her manage her mood and sleep | Mark Tennant, care coordinator, Sandrithe CMHT | Fortnightly | Contact notes shared with the SW |
| 7 | Lithium level check and medication review for Kirsty, with a letter to the SW about how well it is working | Dr Farah Iqbal, Larkhill Surgery (GP) | By 10/10/2025 | Blood result and GP letter on file |
| 8 | Check Nathan's attendance and talk to him about how things are at home | Mrs Dunbar, DSL, Gorsefield Junior School | Ongoing | Attendance figures emailed to the SW every Friday |
| 9 | Make sure Ivy is put down in her Moses basket on her back for every sleep, never on the sofa | Kirsty and Jordan | Every sleep | |
| 10 | Send the transfer request, chronology and this plan to Ostlemoor Children's Services | Jade Ellison (SW) | Within 5 working days of the tenancy start date | Written acknowledgement from Ostlemoor on file |

## If things go wrong

If Kirsty misses her lithium, or Jordan sees her early warning signs (sleeping less than four
hours a night, talking very fast, spending money they do not have), Jordan will take over Ivy's
and Nathan's care, ring the CMHT duty line and Jade the same day, and Jade will hold a strategy
discussion that day. If Nathan is ever left at home on his own, the school or police will tell
Jade straight away and a strategy discussion will be held the same day.

## Meetings

- Core group every 4 weeks while the family are in Sandrithe: Wednesday 08/10/2025, 3.30pm,
  Gorsefield Junior School.
- Review conference: not booked. Ostlemoor will hold a transfer-in conference after the move.
""",
    "findings": [
        F("X001", "Parenting assessment of Kirsty and Jordan, including how they manage"),
        F("X001", "Referral of Kirsty to the perinatal mental health team"),
        F("X001", "Family support sessions on Nathan's morning routine"),
        F("H001", "Continue support visits to Kirsty to help her manage her mood"),
        F("T002", "Check Nathan's attendance and talk to him about how things"),
        F("M001", "Make sure Ivy is put down in her Moses basket"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan revised at core group for a move to another council, managed well:
#    two action tables, "before the move" and "from the move until the
#    receiving council's transfer-in conference"; the mother's depression is
#    in the past (paged PDF with header and footer, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_solbrigg_transfer_two_phase_tables_dobson.pdf",
    "doc_title": "Child Protection Plan - Kiera and Alfie Dobson - revised for the move to Maldreth",
    "split": "tune",
    "actions": 11,
    "template": "cp-plan-revised-at-core-group-paged-move-summary-then-two-phase-tables-before-the-move-and-until-transfer-in-ref-action-lead-timing-evidence",
    "description": (
        "Plan for a 4-year-old and a 5-month-old (born at 34 weeks, home since he was 3 weeks old) revised "
        "at a core group because their mother is moving them to Maldreth, away from the father after "
        "domestic abuse. Two action tables: 'Before the move' and 'From the move until Maldreth's "
        "transfer-in conference'. The transfer is managed: the Solbrigg SW keeps visiting weekly until the "
        "transfer-in conference, the HV stays named on the plan after a joint visit, the transfer request "
        "and records go early, the receiving SW does a joint visit. The mother's postnatal depression was "
        "in 2021-22 and she has no current difficulties (no F004). The aunt's help has a fallback, legal "
        "step named, review and transfer-in dates set. Header and page footer. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Solbrigg Council · Children's Services · Family Safeguarding Team 2",
    "footer": "Dobson – child protection plan revised for the move – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – revised for the family's move"),
        ("kv", [
            ("Children", "Kiera Dobson (4), Bluebell Room, Hatherley Nursery; Alfie Dobson, born 14/04/2025 "
                         "at 34 weeks"),
            ("Mother", "Chantelle Dobson (24)"),
            ("Father", "Ryan Mackie (27) – no contact. Non-molestation order protecting Chantelle, Kiera and "
                       "Alfie until 30/06/2026; on bail for assault with a condition not to enter Maldreth"),
            ("Now living", "Flat 3, 40 Quarry Lane, Solbrigg"),
            ("Moving to", "8 Juniper Rise, Maldreth (Maldreth Housing tenancy from Monday 29/09/2025)"),
            ("Plan since", "Initial child protection conference, 02/07/2025 (category: emotional abuse)"),
            ("Revised at", "Core group 3, Wednesday 10/09/2025, Hatherley Children's Centre"),
            ("Social worker", "Priya Venkat (Solbrigg) until Maldreth's transfer-in conference; Dominic Farrow "
                              "(Maldreth Assessment and Safeguarding Team) allocated from 15/09/2025"),
        ]),
        ("h1", "Why the plan is being revised"),
        ("p", "Chantelle has accepted a tenancy in Maldreth, 80 miles from Solbrigg and near her sister Toni. "
              "The move was discussed with the core group in August and everyone agreed it should make Kiera "
              "and Alfie safer: Ryan does not know the area and his bail keeps him out of it. A move between "
              "councils is also the point at which plans most often drift, so this version says who does what "
              "before the move and who keeps doing it until Maldreth takes over at its transfer-in conference. "
              "Solbrigg stays responsible for Kiera and Alfie's plan until that conference."),
        ("h1", "What has happened"),
        ("p", "Police were called to Quarry Lane five times between November 2024 and May 2025. On 26 May Ryan "
              "hit Chantelle while she was holding Alfie; Kiera was in the room and hid behind the sofa. Ryan "
              "was arrested and has not lived with the family since. Chantelle has kept to the safety plan, "
              "started the Freedom Programme in July and has not let Ryan into the flat. She had postnatal "
              "depression after Kiera was born in 2021, was treated by Solbrigg Talking Therapies and was "
              "discharged in March 2022. She has had no mental health difficulties since, and her GP confirmed "
              "this in August."),
        ("h1", "What Kiera and Alfie tell and show us"),
        ("p", "Kiera (with Priya at nursery, 3 September, using the puppets): \"Daddy shouted and hit Mummy "
              "and I hided. I don't want him to come to the new house.\" She said she wants \"a bedroom with "
              "stars on the ceiling\" and asked whether Auntie Toni would be \"near enough to walk\". Nursery "
              "say she has stopped hiding under the table when men come into the room, but still asks every "
              "afternoon who is picking her up."),
        ("p", "Alfie is 5 months old. He is on the 25th centile for his corrected age, laughs when Kiera plays "
              "peekaboo with him, and has started to reach for Chantelle when he is tired. He sleeps in his "
              "cot in Chantelle's room and has been seen there on every visit."),
        ("h1", "What we want for Kiera and Alfie"),
        ("bullets", [
            "Kiera and Alfie live without violence or fear at home, and Ryan does not find out where they live.",
            "Kiera settles at a new nursery in Maldreth and has a worker there she knows and trusts.",
            "Alfie keeps growing along his centile and his health checks and immunisations are not missed "
            "because of the move.",
            "The help around Kiera and Alfie carries on without a gap: someone sees them every week from now "
            "until Maldreth's transfer-in conference.",
        ]),
        ("h1", "A. Before the move (now to Friday 26/09/2025)"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timing", "Evidence"],
            "widths": [1.0, 6.0, 3.6, 3.0, 3.4],
            "rows": [
                ["A1", "Send the transfer-in request to Maldreth Children's Services with the chronology, the "
                       "assessment, the conference minutes and this revised plan",
                 "Priya Venkat, SW", "By 15/09/2025",
                 "Written acknowledgement from Maldreth and a transfer-in conference date on file"],
                ["A2", "Update Chantelle's safety plan for Juniper Rise (routes, locks, who Kiera goes to) and "
                       "refer the family to Maldreth MARAC",
                 "Shona Reilly, IDVA, Solbrigg Domestic Abuse Service", "By 19/09/2025",
                 "New safety plan on file; MARAC referral acknowledged by Maldreth"],
                ["A3", "Ask Maldreth Police to put a marker on 8 Juniper Rise and tell them about the bail "
                       "condition and the non-molestation order",
                 "PC Adam Hurst, Solbrigg Public Protection Unit", "By 26/09/2025, before the move",
                 "Email from Maldreth Police confirming the marker is in place"],
                ["A4", "Weigh Alfie and see the family at home; arrange a joint visit with the Maldreth health "
                       "visitor for the first week at Juniper Rise",
                 "Lorna Keyes, HV, Solbrigg", "Weekly until the move; joint visit date booked by 26/09/2025",
                 "Weights in the red book; joint visit date confirmed in writing by Maldreth health visiting"],
                ["A5", "Apply with Chantelle for Kiera's funded place at Little Larks Nursery, Maldreth, and send "
                       "her nursery records with her keyworker's notes",
                 "Priya Venkat, SW, with Chantelle", "By 22/09/2025",
                 "Offer letter with Kiera's start date; records received by Little Larks"],
                ["A6", "Three sessions with Kiera to make her 'My new house' book with photos of Juniper Rise, "
                       "Little Larks and Auntie Toni's house",
                 "Ruth Amankwah, family support worker", "Weekly, 12, 19 and 26 September",
                 "Finished book, which Kiera takes to her new nursery; session notes with her words"],
            ],
        }),
        ("h1", "B. From the move until Maldreth's transfer-in conference (Thursday 16/10/2025)"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timing", "Evidence"],
            "widths": [1.0, 6.0, 3.6, 3.0, 3.4],
            "rows": [
                ["B1", "Visit Kiera and Alfie at Juniper Rise, see Kiera on her own and check the safety plan is "
                       "working",
                 "Priya Venkat, SW (Solbrigg)", "Weekly from 29/09/2025 until the transfer-in conference",
                 "Visit record sent to Dominic Farrow within 2 working days of each visit"],
                ["B2", "Joint home visit so that Kiera, Alfie and Chantelle meet their new social worker with "
                       "Priya there",
                 "Dominic Farrow, SW (Maldreth), with Priya Venkat", "In the week of 06/10/2025",
                 "Joint visit record on both councils' files"],
                ["B3", "Joint visit with the Maldreth health visitor; Lorna stays Alfie's named HV on the plan "
                       "until the transfer-in conference",
                 "Lorna Keyes, HV, Solbrigg", "First week at Juniper Rise (by 03/10/2025)",
                 "Alfie weighed at the joint visit; handover notes signed by both health visitors"],
                ["B4", "Register Chantelle, Kiera and Alfie with Juniper Medical Practice and book Alfie's "
                       "next immunisations",
                 "Chantelle Dobson", "By 03/10/2025",
                 "Registration confirmed by the practice; immunisation date written in the red book"],
                ["B5", "Record how Kiera arrives, her mood and her play at each session, and send the SW a weekly "
                       "summary (Priya until the transfer-in conference, then Dominic)",
                 "Keyworker, Little Larks Nursery", "From Kiera's first session, every Friday",
                 "Weekly summary email on the children's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ryan comes to Juniper Rise, contacts Chantelle or the children, or breaks his bail, Chantelle will "
            "ring 999. The police will tell the social worker (or the emergency duty team) that day, and a "
            "strategy discussion will be held the same day. If the family cannot stay safely at Juniper Rise, "
            "the IDVA will arrange a refuge place that day.",
            "If Toni cannot collect Kiera from nursery when Chantelle is at the Freedom Programme or at "
            "appointments, Kiera stays in the nursery's after-session club, which Chantelle has booked as a "
            "back-up, and the nursery will not release her to anyone not on her collection list.",
            "If the move falls through, Kiera and Alfie stay on this plan in Solbrigg, Priya keeps visiting "
            "weekly and the core group meets on the same dates.",
            "If Chantelle lets Ryan know the new address or lets him see the children, the social worker will ask "
            "their manager for a legal planning meeting within 5 working days (in Solbrigg before the "
            "transfer-in conference, in Maldreth after it).",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 3 weeks: Wednesday 10/09/2025 (this meeting) and Wednesday 01/10/2025 by video, "
            "with Dominic Farrow and the Maldreth health visitor invited.",
            "Review child protection conference: Wednesday 24/09/2025, 10am, Solbrigg Civic Offices.",
            "Transfer-in conference: Thursday 16/10/2025, 1.30pm, Maldreth Town Hall (confirmed by Maldreth's "
            "conference team on 09/09/2025). Solbrigg stays responsible for the plan until then.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Family network plan with the owner in the first column; relatives carry
#    most of the care; no contingency anywhere (paged PDF, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_scorrowlea_family_network_who_first_marlow.pdf",
    "doc_title": "Jayden and Summer's Plan - Scorrowlea",
    "split": "tune",
    "actions": 12,
    "template": "icpc-family-network-plan-paged-family-friendly-headings-network-list-then-who-what-they-will-do-when-how-we-will-check-owner-first-table-no-contingency",
    "description": (
        "Initial conference plan in family-friendly words for a 7-year-old and a 3-month-old (home after "
        "a children's ward admission for faltering growth); their mother has depression and anxiety after "
        "an overdose in July. Owner-first table (Who | What they will do | When | How we will check). The "
        "grandmothers and uncle do nights, school runs and Saturdays, and there is no contingency at all "
        "(C001, C003) and no legal step (R002). Also 'Family network' ... 'Throughout the plan' (W002, "
        "T002), 'Improvement in Summer's weight' (M002), the CMHT nurse only supporting while the CMHT "
        "psychologist assesses capacity to change (H001 on one row only), a GP row with no check "
        "(M001), and 'When Natalie feels ready' (T002). Header and page footer."
    ),
    "header": "Scorrowlea City Council · Children and Young People's Service · OFFICIAL-SENSITIVE",
    "footer": "Jayden and Summer's plan · agreed 18/09/2025 · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Jayden and Summer's Plan"),
        ("p", "Agreed at the initial child protection conference on Thursday 18 September 2025. This plan is "
              "written for Natalie and the family network, so it uses everyday words. Social worker: Owen "
              "Birtles. Conference chair: Farida Khan. Category: neglect."),
        ("h2", "Who is in Jayden and Summer's family and network"),
        ("bullets", [
            "Jayden Marlow, 7, Year 3 at St Botolph's Primary.",
            "Summer Marlow, born 20/06/2025.",
            "Natalie Marlow, 27, their mum. Jayden and Summer live with her at 61 Heron Drive, Scorrowlea.",
            "Pat Marlow, Natalie's mum (Nan Pat), lives on Linnet Close, five minutes' walk away.",
            "Gary Marlow, Natalie's brother, lives with Pat.",
            "Irene Doyle, Jayden's paternal grandmother (Nana Irene), lives in Upper Scorrowlea.",
            "Kyle Fenton, Summer's dad, moved out in May and has not seen Summer since June.",
        ]),
        ("h2", "What we are worried about"),
        ("p", "Natalie has had depression and anxiety since she was a teenager. After Kyle left she stopped "
              "taking her tablets, and on 14 July she took an overdose while the children were at home; Jayden "
              "found her and rang his Nan. She is now on sertraline again and sees the Scorrowlea Adult "
              "Community Mental Health Team. In August Summer was admitted to the children's ward at "
              "Scorrowlea General for six days because she had dropped from the 25th to below the 2nd centile; "
              "the ward found she was being given too few feeds at night. Jayden has been late for school on "
              "most days and has been making his own breakfast."),
        ("h2", "What is going well"),
        ("p", "Natalie asked for help herself and came to conference. Summer has put on weight since she came "
              "home from hospital on 22 August. Pat, Gary and Irene all came to the family network meeting on "
              "9 September and each offered to help."),
        ("h2", "What Jayden says and what Summer's days are like"),
        ("p", "Jayden told Owen at school: \"I got Nan when Mum was poorly. I didn't cry. Now Nan comes in the "
              "night for Summer so I can sleep.\" He gave home a 6 out of 10 and Nan Pat's house a 10 \"because "
              "she does pancakes\". He wants his mum \"to be happy again\" and wants to keep going to football "
              "on Saturdays."),
        ("p", "Summer is a smiley baby who is now feeding every three to four hours. She settles best when she "
              "is held upright after a feed and she calms when Jayden sings to her. On two visits she was "
              "left in her bouncer for long periods while Natalie slept on the sofa."),
        ("h2", "What we want to be different"),
        ("bullets", [
            "Summer has every feed, day and night, and her weight gets back to her own centile line.",
            "Jayden gets to school on time with breakfast inside him and does not have to look after his mum "
            "or his sister.",
            "There is always an adult who is well enough to look after Jayden and Summer.",
        ]),
        ("h2", "Who will do what"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will check"],
            "widths": [3.8, 6.2, 3.2, 3.8],
            "rows": [
                ["Pat Marlow (Nan Pat)",
                 "Stay overnight at Heron Drive and do Summer's night feeds so that she is fed every four hours",
                 "Sunday to Thursday nights, from 21/09/2025",
                 "Night feeds signed on the feed chart; Owen and the HV look at it on visits"],
                ["Gary Marlow (uncle)",
                 "Take Jayden to school and pick him up",
                 "Every school day",
                 "School attendance and late records, emailed to Owen each Friday"],
                ["Irene Doyle (Nana Irene)",
                 "Have Jayden and Summer at her house and take Jayden to football",
                 "Every Saturday, 10am to 4pm",
                 "Irene texts Owen when she collects and drops off the children"],
                ["Family network",
                 "Make sure Natalie is never on her own with Summer on the days she is feeling low",
                 "Throughout the plan",
                 "Network rota on the kitchen wall, checked by Owen"],
                ["Owen Birtles (social worker)",
                 "Visit Heron Drive, see Jayden on his own and see Summer awake and being fed",
                 "Weekly, one visit in three unannounced",
                 "Visit record with Jayden's own words and how Summer was"],
                ["Bryony Hale (health visitor)",
                 "Weigh Summer at home and check the feed chart",
                 "Fortnightly",
                 "Improvement in Summer's weight"],
                ["Laura Stead, community psychiatric nurse, Scorrowlea Adult CMHT",
                 "Continue fortnightly home visits to support Natalie with her low mood and anxiety",
                 "Fortnightly",
                 "Visit dates sent to Owen"],
                ["Dr Martin Oyelaran, clinical psychologist, Scorrowlea Adult CMHT",
                 "Assess whether Natalie can make and keep the changes Jayden and Summer need, what would help, "
                 "and how long it is likely to take",
                 "By 30/10/2025",
                 "Written report to Owen, read at the core group on 06/11/2025"],
                ["Dr Sunil Gaur (GP), Heron Drive Surgery",
                 "Review Natalie's sertraline dose and side effects",
                 "By 03/10/2025",
                 ""],
                ["Mr Pritchard, learning mentor, St Botolph's Primary",
                 "Time to Talk sessions with Jayden about home and his worries",
                 "Every Tuesday afternoon in term time",
                 "Session notes with Jayden's words passed to Owen the same week"],
                ["Anita Lowe (family support worker)",
                 "Help Natalie set up a daily routine for Summer's feeds and Jayden's bedtime",
                 "When Natalie feels ready",
                 "Routine chart on the fridge, seen at Anita's visits"],
                ["Natalie Marlow",
                 "Fill in Summer's feed chart with the time and amount of each feed she gives",
                 "Every feed",
                 "Feed chart checked by the HV at each weigh"],
            ],
        }),
        ("h2", "When we will meet"),
        ("p", "Core group every 4 weeks at St Botolph's Primary, 3.30pm: Thursday 09/10/2025, Thursday "
              "06/11/2025 and Thursday 04/12/2025. Review child protection conference: Thursday 11/12/2025, "
              "10am, Scorrowlea Civic Centre."),
        ("p", "Copies to Natalie, Pat, Gary, Irene, and every worker named in the plan."),
    ],
    "findings": [
        F("W002", "Make sure Natalie is never on her own with Summer"),
        F("T002", "Make sure Natalie is never on her own with Summer"),
        F("M002", "Weigh Summer at home and check the feed chart"),
        F("H001", "Continue fortnightly home visits to support Natalie"),
        F("M001", "Review Natalie's sertraline dose and side effects"),
        F("T002", "Help Natalie set up a daily routine for Summer's feeds"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Family-friendly plan for a premature baby who is already home; father's
#    depression with Talking Therapies reporting on change; paternal
#    grandparents do weekend nights, with a fallback (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_swinnerdale_family_words_baby_home_ferris.txt",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-plain-text-family-friendly-underlined-sentence-case-headings-then-numbered-one-sentence-actions-first-name-owners",
    "description": (
        "Initial conference plan in plain, family-friendly words for a 9-week-old born at 32 weeks, home "
        "from the neonatal unit for three weeks (not in hospital, not looked after), whose father has "
        "depression. Underlined sentence-case headings, then nine numbered one-sentence actions, each with "
        "its owner, when and how we'll know. Talking Therapies reports on whether the father is making the "
        "changes and how long it will take, the GP writes about his medicine, the paternal grandparents' "
        "weekend nights have a fallback, triggers and a legal planning meeting are named, and core group "
        "and review dates are set. Exemplary."
    ),
    "text": """\
Swinnerdale Council - Children's Services - Riverside Family Safeguarding Team

Milo's Child Protection Plan
============================

Made at Milo's first child protection meeting (initial conference) on
Wednesday 1 October 2025. We have tried to write it in plain words so that
Becca and Sean can use it every day. If anything is not clear, ring Mel.

Milo Ferris-Oduya, born 31 July 2025 at 32 weeks
Mum: Becca Ferris (19)          Dad: Sean Oduya (24)
Home: 5 Wherry Court, Swinnerdale
Social worker: Mel Pryor (Melanie), 01946 550 218
Chair: Dawn Achebe
Category: neglect


Why Milo has a plan
-------------------

Milo was born nine weeks early and spent five weeks on the neonatal unit
before he came home on 4 September. In his first two weeks at home his
weight dropped from the 9th to below the 2nd centile. His feed chart had
gaps of seven and eight hours at night on four nights. Becca says she was
out at her friend's on some of those evenings and Sean was asleep. Sean
has depression. His GP started him on medication in August and referred him
to Swinnerdale Talking Therapies. Sean says he "sleeps through everything"
and gets cross when Milo cries for a long time. Milo missed his neonatal
follow-up appointment on 16 September.


What Milo's days are like
-------------------------

Milo can't tell us, so this is what Mel, Hazel (health visitor) and the
neonatal outreach nurse have seen. Milo wakes every three hours for a
feed and cries hard if the bottle is not ready. When Becca holds him close
and talks to him he watches her face and calms down. On Mel's visit on
25 September he had been in the same nappy since the morning and had a
sore bottom. He loves his bath, kicks his legs in the water and goes quiet
when Sean sings to him. He sleeps in his cot in his parents' room.


What is going well
------------------

- Becca and Sean love Milo and both came to the meeting.
- Sean went to his GP himself and has started his medication.
- Angela and Femi (Sean's mum and dad) already help every weekend.
- Milo has put on 210 g in the last week.


What we want for Milo
---------------------

- Milo has every feed, day and night, and grows back up to his centile line.
- Milo is clean, comfortable and kept warm, and goes to all his health
  appointments.
- Milo is looked after by a dad whose depression is getting the right
  treatment, and by parents who can both wake for him in the night.


Our plan - who will do what, when, and how we'll know
-----------------------------------------------------

1. Mel (social worker) will visit Milo at home every Wednesday until the
   review meeting, see him awake, and write in her notes how he is, where
   he sleeps and what his feed chart shows.

2. Hazel Wynn (health visitor) will weigh Milo at home every Monday and plot
   his weight on the chart in his red book, so that everyone can see he is
   staying on or above the 2nd centile line.

3. Becca and Sean will write every feed, day and night, on Milo's feed
   chart, which Hazel and Mel will look at on every visit.

4. Angela and Femi Oduya (Sean's mum and dad) will stay at Wherry Court
   every Friday and Saturday night and do Milo's night feeds, and will sign
   his feed chart for each of those nights.

5. Owen Lacey (therapist, Swinnerdale Talking Therapies) will see Sean every
   Tuesday for 12 weeks from 7 October and will write to Mel before each
   core group saying whether Sean is making the changes he needs to make to
   look after Milo and how long that is likely to take.

6. Dr Kaur (Sean's GP at Ferrybank Medical Centre) will review Sean's
   antidepressant by 17 October and write to Mel about how well it is
   working and what that means for Sean caring for Milo at night.

7. Becca and Sean will take Milo to his neonatal follow-up clinic on
   21 October and to his immunisations at Ferrybank on 14 October, and the
   clinic letter and the red book entry will be seen by Hazel.

8. Kezia Holt (Becca's personal adviser, Swinnerdale Leaving Care Team) will
   meet Becca every two weeks to sort out her Universal Credit claim so there
   is always milk and nappies for Milo, and will send Mel a copy of the award
   letter when it comes.

9. Mel will hold a family group conference with Becca, Sean, Angela, Femi
   and Becca's aunt Lorraine by 31 October, and the family's written plan
   from it will be given to everyone at the core group on 12 November.


If things go wrong
------------------

- If Milo misses two feeds in a row on his chart, or goes more than five
  hours at night without a feed, or Hazel finds he has dropped below the
  0.4th centile, Hazel or Mel will arrange for Milo to be seen by a doctor
  that day, and Mel will hold a strategy discussion the same day.
- If Sean tells anyone he has thoughts of harming himself or Milo, Becca
  will ring 999 or the Swinnerdale crisis line straight away, Milo will go
  to Angela and Femi's house that day, and Mel will hold a strategy
  discussion the same day.
- If Angela and Femi cannot stay over on a weekend (for example if one of
  them is ill), they will ring Mel or the duty team by Friday lunchtime. Milo
  will stay with Becca's aunt Lorraine on those nights, and if she cannot
  have him either, Mel will arrange a short stay with foster carers.
- If Milo's weight is not back on or above the 2nd centile by the core group
  on 12 November, or he misses another hospital appointment, Mel will ask
  her manager for a legal planning meeting within 5 working days.


When we will meet
-----------------

Core group meetings every 4 weeks, 10am at the Riverside Family Hub:
Wednesday 15 October, Wednesday 12 November and Wednesday 10 December 2025.
Review child protection conference: Tuesday 16 December 2025, 1.30pm,
Swinnerdale Civic Centre.

Copies: Becca, Sean, Angela and Femi, Hazel Wynn, Owen Lacey, Dr Kaur,
Kezia Holt, the neonatal outreach team.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group plan for a looked-after baby readmitted to the children's
#    ward: the "worry" column is merged down over each group of actions; no
#    one is set to visit her on the ward; relatives carry the discharge plan
#    with no fallback (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_skaddlesby_core_group_worry_merged_thorley.docx",
    "doc_title": "Core Group Plan - Ellie-Mae Thorley",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-updated-plan-docx-labelled-paragraphs-then-worry-merged-down-action-responsible-timescale-evidence-of-progress-table-three-worry-groups",
    "description": (
        "Updated plan from a second core group for a 10-week-old born at 31 weeks, accommodated under "
        "section 20 and placed with her grandmother, now readmitted to the children's ward with "
        "bronchiolitis and poor weight gain; her mother has depression and a personality disorder and "
        "took an overdose. The first column (the worry) is merged down over each group of actions. No one "
        "is set to visit Ellie-Mae on the ward, only to phone it (L001). The grandmother and aunt carry the "
        "discharge plan and the contingency does not cover them failing (C003). Also an outcome about the "
        "mother only (F002), ward-supervised contact 'As and when Jodie visits' and an HV visit 'ASAP' "
        "(T002), the CMHT only supporting (H001), 'Monitored by CMHT' (M002), a safety plan with no "
        "owner (W001), 'Family' buying equipment (W002), and an assessment with no output (M001)."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Core Group Meeting 2 – Updated Child Protection Plan"),
        ("p", "Skaddlesby Borough Council · Children's Social Care · Safeguarding Team West"),
        ("boldp", "Child"),
        ("p", "Ellie-Mae Thorley, born 14/07/2025 at 31 weeks (10 weeks old; 36 weeks corrected)."),
        ("boldp", "Where she is"),
        ("p", "Ward 9 (children's ward), Skaddlesby General Hospital, since 15/09/2025, with bronchiolitis and "
              "poor weight gain. Before that she lived with her maternal grandmother, Sandra Thorley, at "
              "12 Kestrel Mews, Skaddlesby."),
        ("boldp", "Legal status"),
        ("p", "Looked after under section 20 since 01/09/2025, with her mother's agreement. Sandra is "
              "temporarily approved as a connected person foster carer."),
        ("boldp", "Family"),
        ("p", "Jodie Thorley (22), mother, lives at 4 Cinder Row; Sandra Thorley (49), maternal grandmother; "
              "Kerry Thorley (26), maternal aunt, lives with Sandra. Ellie-Mae's father is not named on the "
              "birth certificate and is not involved."),
        ("boldp", "Meeting"),
        ("p", "Core group 2, Wednesday 24/09/2025, Ward 9 seminar room. Present: Callum Reeve (SW), Jodie "
              "Thorley, Sandra Thorley, Kerry Thorley, Nadia Qureshi (HV), Staff Nurse Beth Ainsley (Ward 9), "
              "Kerry-Ann Lowe (care coordinator, Skaddlesby CMHT)."),
        ("h2", "Update"),
        ("p", "Jodie has a diagnosis of emotionally unstable personality disorder and depression and is under "
              "the Skaddlesby Community Mental Health Team. On 29/08/2025 she took an overdose of paracetamol "
              "while she was on her own with Ellie-Mae, and Ellie-Mae was found by Kerry still in her car seat "
              "and unfed. Ellie-Mae was accommodated three days later and placed with Sandra. She was admitted "
              "to Ward 9 nine days ago, needed oxygen for three days and is now in air. She is 2.31 kg, "
              "below the 2nd centile. Jodie has visited the ward twice since the admission; on the second "
              "visit she was tearful and left after ten minutes. Sandra works day shifts at a care home and "
              "has been with Ellie-Mae on the ward when she can."),
        ("h2", "Ellie-Mae's experience"),
        ("p", "The ward nurses say Ellie-Mae is a quiet baby who tires quickly during feeds and has needed "
              "top-ups by tube. She turns her head towards voices and settles when she is swaddled and "
              "rocked. She cried for a long time on the night of 20 September when no family member was there, "
              "and settled only when a nurse held her. When Sandra feeds her she keeps her eyes on Sandra's "
              "face and finishes more of her bottle."),
        ("h2", "Outcomes"),
        ("bullets", [
            "Ellie-Mae gains weight steadily and is well enough to leave hospital.",
            "Ellie-Mae goes home to a carer who feeds her on time, keeps her safe and is never out of reach "
            "of help.",
            "Jodie will engage with mental health services and her mood will be more stable.",
        ]),
        ("h2", "Action plan"),
        ("table", {
            "header": ["Worry", "Action", "Responsible", "Timescale", "Evidence of progress"],
            "widths": [2.8, 5.2, 3.2, 2.6, 3.2],
            "rows": [
                ["Ellie-Mae is in hospital and not gaining weight",
                 "Liaise with Ward 9 about Ellie-Mae's treatment, feeding and expected discharge date",
                 "Callum Reeve (SW)", "Weekly phone call to the ward",
                 "Discharge date agreed and recorded on the case file"],
                [V,
                 "Supervise Jodie's contact with Ellie-Mae on the ward and write down how it goes",
                 "Nurse in charge, Ward 9", "As and when Jodie visits",
                 "Contact notes in the ward record, copied to the SW"],
                [V,
                 "Write a feeding plan for Ellie-Mae to follow after discharge, with volumes and times",
                 "Paula Grice, paediatric dietitian", "Before discharge",
                 "Feeding plan given to Sandra and copied to the HV"],
                ["Jodie's mental health and self-harm",
                 "Continue to offer Jodie support with her mood through care coordination visits",
                 "Kerry-Ann Lowe, care coordinator, Skaddlesby CMHT", "Weekly",
                 "Jodie attends her appointments (CMHT diary)"],
                [V,
                 "Keep her medication in the locked box at Cinder Row and take it only as prescribed",
                 "Jodie Thorley", "Daily",
                 "Monitored by CMHT"],
                [V,
                 "Write a crisis and safety plan with Jodie covering what she will do when she feels like "
                 "harming herself, and give a copy to Sandra",
                 "", "By 10/10/2025",
                 "Copy of the safety plan on the case file"],
                ["Ellie-Mae's care after discharge depends on her family",
                 "Care for Ellie-Mae at Kestrel Mews after discharge, including all her night feeds",
                 "Sandra Thorley (MGM)", "Every day from discharge",
                 "Feed chart checked by the HV at each visit"],
                [V,
                 "Supervise all of Jodie's time with Ellie-Mae at Kestrel Mews",
                 "Kerry Thorley (maternal aunt), with Sandra", "Every contact",
                 "Contact diary signed by Kerry, seen by the SW"],
                [V,
                 "Buy a cot mattress, steriliser and car seat for Ellie-Mae's return to Kestrel Mews",
                 "Family", "By 03/10/2025",
                 "Items seen by the SW at the home visit"],
                [V,
                 "Complete Sandra's full connected person assessment for the fostering panel",
                 "Callum Reeve (SW)", "By 17/10/2025",
                 ""],
                [V,
                 "Home visit to Kestrel Mews to weigh Ellie-Mae and check her sleeping arrangements",
                 "Nadia Qureshi (HV)", "ASAP",
                 "Weight plotted in the red book"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Jodie arrives on the ward under the influence of alcohol or drugs, or tries to take "
              "Ellie-Mae off the ward, the nurse in charge will call hospital security and the police and ring "
              "the SW (or the emergency duty team), and a strategy discussion will be held the same day. If "
              "Jodie self-harms or tells anyone she plans to, Sandra or Kerry will ring 999 and the CMHT crisis "
              "team. If Jodie withdraws her agreement to section 20, the SW will request a legal planning "
              "meeting the same day."),
        ("h2", "Dates"),
        ("p", "Core group every 4 weeks: next on Wednesday 22/10/2025 and Wednesday 19/11/2025, 10am, "
              "Skaddlesby Family Hub. Review child protection "
              "conference: Tuesday 09/12/2025, 2pm, Skaddlesby Council House."),
    ],
    "findings": [
        F("F002", "Jodie will engage with mental health services and her mood will be more stable."),
        F("T002", "Supervise Jodie's contact with Ellie-Mae on the ward"),
        F("H001", "Continue to offer Jodie support with her mood"),
        F("M002", "Keep her medication in the locked box at Cinder Row"),
        F("W001", "Write a crisis and safety plan with Jodie"),
        F("W002", "Buy a cot mattress, steriliser and car seat"),
        F("M001", "Complete Sandra's full connected person assessment"),
        F("T002", "Home visit to Kestrel Mews to weigh Ellie-Mae"),
        F("L001"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Outline plan typed at an initial conference: numbered capital-letter
#    sections, then one-sentence dash actions, most of them about the
#    mother's own needs; the baby is in hospital but not looked after (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_stelmarsh_icpc_outline_caps_dashes_lund.txt",
    "split": "tune",
    "actions": 7,
    "template": "icpc-outline-plan-plain-text-caps-numbered-sections-lettered-outcomes-then-dash-one-sentence-owner-first-actions",
    "description": (
        "Outline plan typed at the initial conference for a 6-week-old on the children's ward with "
        "bronchiolitis (not looked after, parents staying with her, so no L001), whose mother has "
        "postnatal depression. Capital-letter numbered sections, lettered outcomes, then seven "
        "one-sentence dash actions. Five of the seven are about the mother's own needs with no link to "
        "the baby (F001); two outcomes are about the adults (F002 x2); 'too young to give her views' and "
        "nothing observed of her days (F003); the first core group 'to be arranged' (R001); the perinatal "
        "CPN only supporting (H001); 'as soon as possible' (T002); 'engagement in the group to be "
        "reviewed' (M002); a benefits check with no timescale (T001). The GP owns an action (no F004); "
        "the contingency is specific and names a legal planning meeting."
    ),
    "text": """\
STELMARSH COUNTY COUNCIL
CHILDREN'S SERVICES - SAFEGUARDING AND REVIEW UNIT

INITIAL CHILD PROTECTION CONFERENCE - OUTLINE PLAN

Child:            Freya LUND, DOB 19/08/2025 (6 weeks)
Mother:           Laura LUND (31)
Father:           Daniel LUND (33)
Address:          27 Saltings Road, Stelmarsh
Conference date:  Thursday 02/10/2025
Category:         Neglect
Social worker:    Anna Kirkby
Chair:            Martin Okonedo


1. REASON FOR CONFERENCE

Laura has postnatal depression. At the 4-week check she told the health
visitor she had had thoughts that Freya "would be better off without me"
and that she had not left the flat for two weeks. Daniel works offshore on a
two-weeks-on, two-weeks-off rota and was away at the time. On 22/09/2025 the
HV called at 2pm and found Laura still in bed; Laura said she had not eaten
that day. Freya was admitted to Ward 4, Stelmarsh General Hospital, on
29/09/2025 with bronchiolitis. Laura and Daniel have been staying on the
ward with her and she is expected home within the week. Freya is not looked
after. There are no concerns about alcohol or drug use.


2. DECISION

Conference agreed that Freya should be the subject of a child protection
plan under the category of neglect.


3. CHILD'S VIEWS

Freya is too young to give her views.


4. OUTCOMES

a) Laura's mood will improve and she will feel less isolated.
b) Laura and Daniel will have suitable ground-floor housing.
c) Freya will be well cared for and gain weight once she is home.


5. OUTLINE PLAN

- Dr Patel (GP, Saltings Surgery) to review Laura's antidepressant
  medication by 10/10/2025 and write to the SW with the outcome.
- Jess Moran (CPN, Stelmarsh Perinatal Mental Health Team) to provide weekly
  support sessions to Laura at home for her low mood, recorded in the
  team's electronic notes.
- Anna Kirkby (SW) to help Laura with her application to Stelmarsh Homes for
  a ground-floor flat as soon as possible and give the housing reference
  number to the core group.
- Gail Rowntree (FSW) to support Laura to attend the Thursday women's
  wellbeing walk at Stelmarsh Children's Centre each week, with Laura's
  engagement in the group to be reviewed.
- Laura to complete a benefits check with Stelmarsh Citizens Advice to make
  sure the household is getting everything it is entitled to, and give the
  SW a copy of the letter.
- Claire Dent (HV) to weigh Freya fortnightly once she is home and plot her
  weight in the red book.
- Anna Kirkby (SW) to visit the family home fortnightly once Freya is
  discharged, see Freya, and record each visit on the case file.


6. CONTINGENCY

If Laura tells anyone she is having thoughts of harming herself or Freya, or
Freya is found unfed or left on her own, the SW (or the emergency duty team
out of hours) will hold a strategy discussion the same day, and Freya will
be cared for by Daniel, or by her maternal grandmother Ingrid Hale until
Daniel is back onshore (his employer has agreed he can fly home within 24
hours). If Freya is not gaining weight at home, or Laura is still not able
to get up and care for her by the review conference, the SW will request a
legal planning meeting.


7. CORE GROUP AND REVIEW

First core group: to be arranged by the SW.
Review child protection conference: Monday 15/12/2025, 10am, County Hall,
Stelmarsh.

Plan typed by the conference minute-taker on 02/10/2025.
""",
    "findings": [
        F("F002", "Laura's mood will improve and she will feel less isolated."),
        F("F002", "Laura and Daniel will have suitable ground-floor housing."),
        F("H001", "to provide weekly support sessions to Laura at home"),
        F("T002", "to help Laura with her application to Stelmarsh Homes"),
        F("M002", "to support Laura to attend the Thursday women's wellbeing walk"),
        F("T001", "Laura to complete a benefits check with Stelmarsh Citizens Advice"),
        F("F001"),
        F("F003"),
        F("R001"),
    ],
})
