"""Batch 81, module s: seven fictional plans (tuning material), places beginning with "s".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: health-heavy plans - a premature baby whose discharge from the
neonatal unit depends on the plan, a child with complex medical needs and
missed appointments, medicines given at home, a looked-after toddler who may
be admitted to hospital, a mother with a learning disability supported by
adult social care, a mother with a physical illness, parents under early
intervention in psychosis and the crisis team. Adult services appear under
abbreviations and local names (EIP, CRHT, AMHT, CGL, "the Hub", Turning
Point), sometimes owning actions and sometimes only mentioned. Two plans are
exemplary.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Neonatal discharge planning meeting record with the plan table; mother
#    under early intervention in psychosis (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_saltmarsh_nnu_discharge_planning_record_mensah.docx",
    "doc_title": "Neonatal Discharge Planning Meeting - Baby Esi Mensah",
    "split": "tune",
    "actions": 10,
    "template": "nnu-discharge-planning-meeting-record-docx-present-background-baby-on-unit-outcomes-then-no-action-who-when-how-we-will-know-table",
    "description": (
        "Discharge planning meeting record for a baby born at 29 weeks, still on the neonatal unit, whose "
        "discharge depends on the child protection plan; her mother had a first episode of psychosis in "
        "pregnancy and is under the EIP team. No | Action | Who | When | How we will know table with "
        "'before discharge' rows, iron and vitamin drops given at home, the EIP care coordinator asked "
        "for a written view on the mother's capacity to change and the timescale, the grandmother's "
        "nights covered in the contingency, the CRHT named only as the out-of-hours route, core group "
        "and review dates and a legal planning step. Exemplary."
    ),
    "blocks": [
        ("title", "Neonatal Discharge Planning Meeting"),
        ("p", "Saltmarsh General Hospital · Neonatal Unit (Kestrel Ward) · with Saltmarsh Borough Council "
              "Children's Services"),
        ("kv", [
            ("Baby", "Esi Mensah, born 02/02/2025 at 29+4 weeks; now 35+1 weeks corrected; special care "
                     "nursery, cot 4"),
            ("Mother", "Abena Mensah (22)"),
            ("Father", "Daniel Pryor (25), named on the birth certificate; lives with Abena"),
            ("Home", "Flat 6, Sorrel Court, Saltmarsh"),
            ("Legal status", "Esi is not looked after. She is a patient on the unit and will go home with "
                             "her parents once the plan below is in place."),
            ("Child protection plan", "Since the initial conference on 25/02/2025 (category: neglect)"),
            ("Meeting", "Discharge planning meeting, Tuesday 11/03/2025, 2pm, Kestrel Ward parents' room"),
            ("Chair", "Sister Ruth Kamara, neonatal discharge coordinator"),
            ("Social worker", "Owen Haddow, Saltmarsh Children's Safeguarding Team"),
        ]),
        ("h2", "Present"),
        ("p", "Abena Mensah; Daniel Pryor; Grace Mensah (maternal grandmother); Sister Ruth Kamara; "
              "Dr Felix Andrade (consultant neonatologist); Owen Haddow (SW); Siobhan Tully (health "
              "visitor); Nadia Ferreira (care coordinator, Saltmarsh Early Intervention in Psychosis "
              "team, EIP). Apologies: Dr Hana Sutcliffe (GP), who sent a letter."),
        ("h2", "Background"),
        ("p", "Abena had a first episode of psychosis at 24 weeks of pregnancy. She stopped eating because "
              "she believed her food was being poisoned, heard a voice telling her the baby was not hers, "
              "and spent three weeks on the Sycamore Unit. She has been well since December on "
              "aripiprazole and sees the EIP team every two weeks. Esi was delivered early because of "
              "pre-eclampsia. She was tube fed until 3 March and now takes a bottle eight times a day. She "
              "will go home on iron drops (1 ml twice a day) and multivitamin drops (0.6 ml once a day)."),
        ("p", "Abena's early warning signs, agreed with her and the EIP team, are: two nights in a row "
              "without sleep, refusing food or saying it is not safe, and talking about the voice. Daniel "
              "drives for Saltmarsh Buses and works early and late shifts. Grace has offered to stay at "
              "the flat for Esi's first three weeks at home."),
        ("h2", "Esi on the unit"),
        ("p", "Esi cannot tell us how she feels, so this is what the nurses, the health visitor and the "
              "social worker have seen. She is in an open cot, keeps her temperature and finishes most "
              "bottles in 20 minutes. She settles fastest skin-to-skin on Daniel's chest. Abena visits "
              "every day from about 11am to 6pm and does Esi's cares; Esi goes quiet and watches her face "
              "when Abena sings to her. On two evenings last week Abena was very tired and did not notice "
              "Esi rooting for her feed until a nurse pointed it out; Esi cried for about ten minutes and "
              "then fed well."),
        ("h2", "What has gone well since conference"),
        ("bullets", [
            "Abena has taken her medication every day (EIP and ward records) and has had no early warning "
            "signs.",
            "Daniel and Grace have both learned to make up Esi's bottles on the unit.",
            "The cot and Moses basket have been delivered to Sorrel Court.",
        ]),
        ("h2", "What we want for Esi"),
        ("bullets", [
            "Esi goes home only when her parents can feed her, give her medicines and keep her safe at "
            "night.",
            "Esi is fed on time, day and night, and keeps growing along her centile.",
            "Esi gets the right dose of her drops every day, and every medicine in the flat is locked away.",
            "Esi is always looked after by an adult who is well; if Abena becomes unwell another adult is "
            "there for Esi.",
            "Esi's hearing, eye and growth checks and her immunisations happen on time.",
        ]),
        ("h2", "Discharge and child protection plan"),
        ("table", {
            "header": ["No", "Action", "Who", "When", "How we will know"],
            "widths": [0.8, 6.0, 3.4, 3.2, 3.6],
            "rows": [
                ["1",
                 "Room in with Esi in the parents' flat on the unit, doing all of her feeds, drops and "
                 "settling, with the nurses on hand",
                 "Abena Mensah and Daniel Pryor",
                 "Two nights before discharge (planned 18 and 19 March)",
                 "Night nursing notes show every feed started within 30 minutes and both drops given at "
                 "the right dose"],
                ["2",
                 "Teach Abena, Daniel and Grace to give the iron and vitamin drops with an oral syringe, "
                 "make up feeds and do baby basic life support, and sign each of them off",
                 "Sister Ruth Kamara",
                 "Before discharge",
                 "Competency sheet signed for each adult and filed in Esi's notes"],
                ["3",
                 "Visit Sorrel Court to check the Moses basket in the parents' room, the heating, the feed "
                 "area and the locked box for Abena's tablets and Esi's drops",
                 "SW Owen Haddow",
                 "By Monday 17/03/2025",
                 "Home visit checklist sent to the ward and the parents before discharge"],
                ["4",
                 "Book Esi's neonatal follow-up clinic, her eye check and her repeat hearing test, and give "
                 "the dates to the parents, the HV and the SW",
                 "Sister Ruth Kamara",
                 "Before discharge",
                 "Appointment letters in the discharge pack; copies emailed to the HV and SW"],
                ["5",
                 "See Abena at home, review her medication and early warning signs, and write a report on "
                 "whether she can make and keep the changes Esi needs and how long that is likely to take",
                 "Nadia Ferreira, care coordinator, Saltmarsh EIP",
                 "Fortnightly from discharge; first report by the core group on 01/04/2025",
                 "Written report sent to the SW and read at each core group"],
                ["6",
                 "Weigh Esi at home and check her feeding, where she sleeps and how she is laid down, and "
                 "ask Abena about her mood",
                 "HV Siobhan Tully",
                 "Within 2 days of discharge, then weekly for 8 weeks",
                 "Weight plotted in the red book at corrected age, on or above the 9th centile; visit "
                 "notes sent to the SW every fortnight"],
                ["7",
                 "Give Esi her iron drops morning and evening and her vitamin drops each morning, and tick "
                 "each dose on the chart on the fridge",
                 "Daniel Pryor (Abena when Daniel is at work)",
                 "Every day from discharge",
                 "Chart fully ticked and the bottle levels match when checked by the HV and SW"],
                ["8",
                 "Stay overnight at the flat, share the 2am and 5am feeds, and ring the EIP duty line if "
                 "she sees any of Abena's early warning signs",
                 "Grace Mensah (maternal grandmother)",
                 "Every night for the first 3 weeks after discharge",
                 "Grace signs the night feed chart; the SW checks it at each visit"],
                ["9",
                 "See Esi at home awake, look at where she slept, check the feed and drops charts and the "
                 "locked box, and speak to Abena and Daniel separately",
                 "SW Owen Haddow",
                 "Weekly from discharge until the review conference; one visit in three unannounced",
                 "Visit record notes where Esi slept, the charts and box checked and how she was handled"],
                ["10",
                 "Register Esi with the practice and see Abena and Esi together for Abena's postnatal check "
                 "and Esi's first GP baby check",
                 "Dr Hana Sutcliffe, Sandpiper Surgery",
                 "By Friday 04/04/2025",
                 "Checks recorded in the red book and the GP record; letter to the HV and SW"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Abena shows any of her early warning signs, misses her aripiprazole for two days, or Esi "
              "is found sleeping on a sofa or in her parents' bed, Daniel or Grace will take over Esi's care "
              "and not leave her alone with Abena. They will ring the EIP team (the Saltmarsh Crisis "
              "Resolution and Home Treatment Team out of hours), and the SW or the emergency duty team will "
              "hold a strategy discussion the same day. Before discharge the same signs will put discharge "
              "on hold."),
        ("p", "If Grace cannot stay on any night in the first three weeks, Daniel will be at home that night "
              "(Saltmarsh Buses has agreed emergency leave). If neither Grace nor Daniel can be there, Esi "
              "will not be left with Abena overnight: she will stay with her paternal aunt, Kelly Pryor, at "
              "22 Stanhope Way, or the SW will arrange a foster placement for that night."),
        ("p", "If Abena has a relapse while caring for Esi, or misses her medication on two occasions before "
              "the review conference, the SW will ask the team manager for a legal planning meeting within "
              "5 working days."),
        ("h2", "Core group and review"),
        ("p", "First core group after discharge: Tuesday 01/04/2025, 10am, Sandpiper Family Hub. Then every "
              "4 weeks at the same time and place: 29/04/2025 and 27/05/2025. Review child protection "
              "conference: Tuesday 20/05/2025, 1.30pm, Saltmarsh Civic Centre."),
        ("p", "Record written by Sister Ruth Kamara and Owen Haddow on 12/03/2025 and sent to Abena, Daniel, "
              "Grace and everyone present."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system PDF export for a child with complex medical needs and missed
#    appointments: header on every page, the plan table runs over a page
#    break with its header row repeated (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_sedgebury_complex_needs_careledger_export_quayle.pdf",
    "doc_title": "Child Protection Plan - Toby Quayle",
    "split": "tune",
    "actions": 13,
    "template": "icpc-case-system-pdf-export-repeated-page-header-and-footer-ref-action-lead-timescale-measure-table-split-across-pages",
    "description": (
        "Case-system PDF export of an initial conference plan for a 6-year-old with cerebral palsy, epilepsy "
        "and a gastrostomy who has missed most of his hospital appointments; his medicines are given at "
        "home by his mother, who has depression and is under the AMHT. Landscape export with a page header "
        "and footer on every page and a 13-row table that runs over the page break. Faults: 'Engagement' "
        "as a measure and a blank measure (M002, M001), a blank timescale and 'As and when' (T001, T002), a '-' lead (W001), 'All "
        "professionals' (W002), the CPN only supporting (H001), an outcome about the mother only (F002), "
        "two grandfather-owned rows with no fallback in the contingency (C003) and the review conference "
        "'to be confirmed' (R001). Hard negatives: the epilepsy nurse's row, the AMHT owning an action, a "
        "legal step in the contingency."
    ),
    "header": "OFFICIAL-SENSITIVE - Sedgebury County Council - CareLedger plan export",
    "footer": "Toby Quayle - Child Protection Plan - page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Toby Quayle, DOB 14/05/2018 (6), Year 1, Stonecross School (special school)"),
            ("Mother", "Kerry Quayle (33), sole carer, 41 Saddler's Walk, Sedgebury"),
            ("Sibling", "Lily Quayle (10), Year 5, Sedge Lane Primary"),
            ("Grandfather", "Ray Quayle (64), maternal grandfather, Sheepwash Lane, Sedgebury"),
            ("Father", "Not involved; whereabouts unknown"),
            ("Conference", "Initial child protection conference, 18/02/2025"),
            ("Category", "Neglect (medical neglect)"),
            ("Social worker", "Gemma Latham, Sedgebury Disabled Children's Team"),
            ("Chair", "Victor Osei, Child Protection Chair"),
            ("Export", "CareLedger 5.2, exported 20/02/2025 by GLATHAM"),
        ]),
        ("h1", "1. Reason for the plan"),
        ("p", "Toby has quadriplegic cerebral palsy and epilepsy, is fed through a gastrostomy and does not "
              "use words. Since September 2024 he has missed 7 of his 11 hospital and therapy appointments "
              "(neurology, dietetics, orthotics, the wheelchair service and the gastrostomy clinic). His "
              "weight has dropped from the 25th to the 2nd centile. Pharmacy records show his levetiracetam "
              "was not collected for three weeks in January, and the buccal midazolam kept at home expired "
              "in October. Stonecross School recorded 9 seizures in January against 2 in November."),
        ("p", "Kerry has depression and has been open to the Sedgebury Adult Mental Health Team (AMHT) "
              "since 2023; she takes sertraline. She told conference she is \"running on empty\": Toby wakes "
              "two or three times every night and his overnight short breaks stopped in the summer when "
              "Saffron House closed for refurbishment. Kerry does not drive, and Ray takes the family to "
              "appointments when he can. There are no concerns about alcohol or drugs."),
        ("h1", "2. Toby's voice and daily life"),
        ("p", "Toby communicates with his eyes, his smile and sounds. With his eye-gaze board at school he "
              "picked the 'happy' symbol for hydrotherapy and for his sister, and the 'sad' symbol when his "
              "teaching assistant asked about hospital. Staff say he laughs when Lily reads to him and goes "
              "stiff and quiet when he is hungry. On the SW's home visit on 12/02/2025 Toby was in his "
              "wheelchair in the front room for most of the afternoon and cried until he was moved. Lily "
              "said: \"I do his night checks sometimes when Mum's asleep. I don't mind, but I'm tired at "
              "school.\""),
        ("h1", "3. Outcomes"),
        ("bullets", [
            "Toby gets every dose of his medicines on time, and his rescue medicine is in date and goes "
            "everywhere with him.",
            "Toby gets to every hospital and therapy appointment he needs.",
            "Toby's weight climbs back to at least the 9th centile.",
            "Kerry will feel less tired and low, and will cope better.",
            "Lily does not do Toby's night checks.",
        ]),
        ("h1", "4. Plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Measure"],
            "widths": [1.4, 8.0, 5.0, 4.8, 6.5],
            "rows": [
                ["4.1",
                 "Give Toby his levetiracetam through his gastrostomy at 8am and 8pm and tick the medication "
                 "chart kept in the kitchen",
                 "Kerry Quayle",
                 "Twice a day, every day",
                 "Chart fully ticked when checked by the community nurse each week; pharmacy record shows "
                 "the prescription collected every month"],
                ["4.2",
                 "Replace the expired buccal midazolam at home and at school, and train Kerry and Ray to give "
                 "it using Toby's seizure plan",
                 "Jess Tarrant, paediatric epilepsy nurse specialist",
                 "By 28/02/2025",
                 "Training record signed by Kerry and Ray; expiry dates written on the seizure plan and "
                 "seen by the SW"],
                ["4.3",
                 "Keep one appointments calendar for Toby and text Kerry a reminder two days before each "
                 "appointment",
                 "Hollie Brand, care coordinator, Sedgebury Children's Complex Care Team",
                 "Calendar updated every Monday",
                 "Calendar shared with the SW, with each appointment marked attended or missed"],
                ["4.4",
                 "Drive Toby, Kerry and his wheelchair to every hospital appointment on the calendar",
                 "Ray Quayle (maternal grandfather)",
                 "Every appointment",
                 "Appointment marked attended on the calendar"],
                ["4.5",
                 "Collect Lily from school and give her tea on Tuesdays and Thursdays so that Kerry can take "
                 "Toby to hydrotherapy",
                 "Ray Quayle (maternal grandfather)",
                 "Every Tuesday and Thursday in term time",
                 "Sedge Lane Primary collection log; hydrotherapy register shows Toby attending"],
                ["4.6",
                 "Weigh Toby and review his feed plan, changing his feed volumes so that he gains weight",
                 "Priya Solanki, paediatric dietitian",
                 "Fortnightly at Stonecross School",
                 "Engagement with the dietetic plan"],
                ["4.7",
                 "Change Toby's overdue gastrostomy button and show Kerry how to check the balloon water",
                 "Gastrostomy nurse specialist, Sedgebury Children's Hospital",
                 "",
                 "Button change recorded in Toby's notes; Kerry's weekly balloon checks written in the "
                 "home log"],
                ["4.8",
                 "Complete a short breaks assessment for Toby and present it to the resource panel",
                 "-",
                 "By 21/03/2025",
                 "Panel decision letter sent to Kerry and the SW"],
                ["4.9",
                 "Continue CPN visits to support Kerry with her low mood and tiredness",
                 "Sam Dorsey, CPN, Sedgebury AMHT",
                 "Fortnightly",
                 "CPN contact notes"],
                ["4.10",
                 "See Toby at home and at school, ask him about his days using his eye-gaze board, and check "
                 "the medication chart and the rescue medicine",
                 "SW Gemma Latham",
                 "Weekly until the review conference",
                 "Visit record notes Toby's eye-gaze answers, the chart and the midazolam expiry date"],
                ["4.11",
                 "Tell the SW the same day about any missed appointment or missed medicine dose",
                 "All professionals",
                 "Same day",
                 "Each one logged on Toby's file by the SW"],
                ["4.12",
                 "Do a moving and handling assessment at home and order a hoist for Toby's bedroom",
                 "Ben Aldous, occupational therapist, Sedgebury Children's Therapy Service",
                 "As and when",
                 "Hoist fitted and Kerry signed off as able to use it"],
                ["4.13",
                 "Update Toby's school epilepsy care plan with the new rescue medicine and dose",
                 "Mrs Anne Selby, school nurse, Stonecross School",
                 "By the first core group (11/03/2025)",
                 ""],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Toby misses two doses of his levetiracetam in a week, or has a seizure lasting more than "
              "5 minutes at home without his rescue medicine being given, the SW (or the emergency duty "
              "team) will hold a strategy discussion the same day and Toby will go to Saffron House for "
              "emergency respite while a plan is agreed. If Toby misses another hospital appointment, or "
              "his weight is still below the 2nd centile at the core group on 06/05/2025, the SW will "
              "request a legal planning meeting within 5 working days."),
        ("h1", "6. Core group and review"),
        ("p", "The core group meets every 4 weeks on Tuesdays at 1.30pm at Stonecross School: 11/03/2025, "
              "08/04/2025 and 06/05/2025. Review child protection conference: date to be confirmed by the "
              "Sedgebury conference team."),
        ("h1", "7. Distribution"),
        ("p", "Kerry Quayle; Ray Quayle; all agencies named in section 4; Sedgebury AMHT; GP (Dr Imogen "
              "Shaw, Sheepwash Surgery)."),
    ],
    "findings": [
        F("M002", "Weigh Toby and review his feed plan"),
        F("T001", "Change Toby's overdue gastrostomy button and show Kerry"),
        F("W001", "Complete a short breaks assessment for Toby"),
        F("H001", "Continue CPN visits to support Kerry with her low mood"),
        F("W002", "any missed appointment or missed medicine dose"),
        F("T002", "moving and handling assessment at home and order a hoist"),
        F("M001", "Update Toby's school epilepsy care plan with the new"),
        F("F002", "Kerry will feel less tired and low, and will cope better."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Health visitor's write-up of the plan for a 4-month-old with faltering
#    growth; mother with a learning disability supported by adult social
#    care; bullets under "Who will do what", no contingency at all (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_skerrow_health_visitor_plan_bullets_tait.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-plan-md-written-up-by-health-visitor-growth-chart-notes-bold-owner-bullets-grouped-by-theme-no-contingency",
    "description": (
        "Child protection plan for a 4-month-old with faltering growth, written up by the health visitor "
        "after the first core group. Her mother, 19, has a mild learning disability and is supported by "
        "the adult social care learning disability team, which owns an action (not ill health, so no "
        "F004); the grandmother and aunt help with feeds and bedtimes. Bullets with bold owners grouped "
        "by theme. Faults: 'when she can' and 'as soon as possible' as the only timescales (T002), 'The "
        "family' as owner (W002), 'keep an eye on' (M002), a referral with no measure (M001), no "
        "contingency although the plan leans on the grandmother and aunt (C001, C003) and nothing about "
        "legal planning (R002). Hard negatives: 'every feed', 'at every nappy change' and 'Weekly, "
        "ongoing' timescales, an outcome about the mother's skills that names the baby, negated alcohol "
        "and mental health concerns."
    ),
    "text": """\
# Ruby Tait – Child Protection Plan (health visiting write-up)

**Skerrow Community Health Services · 0-19 Team (Skerrow West)**
**Written by:** Lorna McBride, Health Visitor, after core group 1 on Thursday 15 May 2025
**Agreed by:** Nia Parry, Social Worker, Skerrow Children's Services (lead professional)

**Baby:** Ruby Tait, born 10/01/2025 (4 months)
**Mum:** Jodie Tait (19)
**Dad:** not named; no contact
**Address:** 7 Sloe Gardens, Skerrow
**Also helping:** Sandra Tait (maternal grandmother), next door at 9 Sloe Gardens; Kayleigh Tait (maternal aunt, 24)
**Plan since:** initial child protection conference, 01/05/2025 – category: neglect
**GP:** Dr Hannah Sorrell, Skerrow Medical Centre

## Why Ruby has a plan

Ruby was born at term weighing 3.2 kg (50th centile). At her 8-week check she had
dropped to the 9th centile, and at 14 weeks she was just above the 2nd. When I watched
Jodie make up a bottle on 22 April she used one scoop of powder for every 60 ml of
water, double the water it should be. Ruby has missed her 8-week immunisations and had
a bad nappy rash on two visits. Jodie has a mild learning disability: she reads
simple words, finds numbers and times hard, and is supported by Alan Reeve from the
Skerrow Adult Social Care Learning Disability Team and an advocate from Speakup
Skerrow. Jodie has no history of mental health difficulties and there are no concerns
about alcohol or drugs in the home.

## What I see of Ruby's day

Ruby is a smiley baby who follows faces and coos back when you talk to her. On my
visits she has sucked her fists hard and cried in short bursts before feeds, then
gulped her bottle quickly. She settles well on Jodie's shoulder and Jodie sings to
her. At Sandra's house Ruby naps in a travel cot in the front room and wakes when the
television goes loud. She has not yet rolled over. Her skin was sore and red in the
nappy area on 22 April and 6 May.

## What we want for Ruby

- Ruby gets the right amount of milk at every feed and her weight climbs back up to the 9th centile by the review conference.
- Ruby's nappy rash clears and her skin stays healthy.
- Ruby has all her immunisations, including the ones she has missed.
- Jodie knows how to make up a bottle safely on her own, so that Ruby always gets the right amount of milk.

## Who will do what

### Feeding and growth

- **HV Lorna McBride** will visit Ruby at home every Tuesday (weekly, ongoing until the review conference), weigh her and plot her weight in the red book, and watch Jodie make up one feed using the picture card.
- **Jodie** will make up every bottle with the picture card on the kitchen cupboard (one scoop for each 30 ml of water) and write each feed on the feed chart at every feed.
- **Sandra (Ruby's nan)** will check the feed chart every evening at 7pm, make up the night bottles with Jodie and initial the chart, ringing the HV the next morning if Ruby has had less than 600 ml that day.
- **HV Lorna McBride** will refer Ruby to the community paediatric dietitian by 23 May 2025.

### Health

- **Dr Hannah Sorrell (GP)** will give Ruby her missed 8-week immunisations and her 12-week immunisations at Skerrow Medical Centre by 13 June 2025 and record them in the red book.
- **The family** will change Ruby's nappy at least every three hours and put her barrier cream on at every nappy change, ticking each change on the chart.

### Care and routines

- **Kayleigh (Ruby's aunt)** will help Jodie with Ruby's bath and bedtime when she can, and text the HV how Ruby settled.
- **Jodie** will take Ruby to the Bumps to Babies group at Skerrow Family Hub every Wednesday morning for 8 weeks from 21 May 2025, and the group leader will send the SW notes on how Ruby is fed and played with.

### Support for Jodie as Ruby's mum

- **Alan Reeve (social worker, Skerrow Adult Social Care Learning Disability Team)** will complete a Care Act assessment with Jodie by 6 June 2025 and send the core group the support hours agreed for shopping, budgeting and preparing Ruby's feeds.
- **SW Nia Parry** will complete a parenting assessment of Jodie, adapted for her learning disability, as soon as possible and share the report with Jodie, her advocate and the core group.
- **SW Nia Parry** will see Ruby at home every fortnight and keep an eye on how Jodie is managing.

## Meetings

- Core group every 4 weeks, Thursdays at 10am at Skerrow Family Hub: 12 June, 10 July and 7 August 2025.
- Review child protection conference: Wednesday 20 August 2025, 2pm, Skerrow Council Offices.

*Typed by Lorna McBride (HV) on 16 May 2025. Copies to Jodie (read through with her and her advocate), Sandra, Nia Parry and Alan Reeve.*
""",
    "findings": [
        F("M001", "will refer Ruby to the community paediatric dietitian"),
        F("W002", "will change Ruby's nappy at least every three hours"),
        F("T002", "will help Jodie with Ruby's bath and bedtime when she can"),
        F("T002", "will complete a parenting assessment of Jodie, adapted for"),
        F("M002", "will see Ruby at home every fortnight and keep"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Looked-after toddler (section 20) with chronic lung disease who may be
#    admitted to hospital; the plan is numbered paragraphs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_shelbrook_looked_after_toddler_numbered_plan_doyle.docx",
    "doc_title": "Child Protection Plan - Alfie Doyle (looked after)",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-looked-after-toddler-docx-kv-details-health-section-then-numbered-paragraph-actions-one-sentence-each",
    "description": (
        "Initial conference plan for a 22-month-old accommodated under section 20 with foster carers, who "
        "has chronic lung disease, takes inhalers given by his foster carer and is due a bronchoscopy with "
        "an overnight stay (and may be admitted at short notice). His mother uses heroin and crack and "
        "goes to Turning Point, which owns no action; she is moving to another authority. Actions are "
        "numbered paragraphs, one sentence each. Faults: the social worker only phones the ward if Alfie "
        "is admitted, instead of visiting (L001), the parenting assessment left to the receiving "
        "authority after transfer (X001), a passive contact sentence (W001), 'when appropriate' (T002), "
        "'monitored by the health visitor' (M002), the mother's drug use with no adult service owning an "
        "action (F004), a vague contingency (C002) and no legal step (R002). Hard negatives: an outcome "
        "about the mother's drug use that names the child going home; fortnightly visits at the foster "
        "home; 'every morning and evening'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Shelbrook City Council · Children in Care and Safeguarding Service"),
        ("kv", [
            ("Child", "Alfie Doyle, born 28/05/2023 (22 months)"),
            ("Legal status", "Looked after: accommodated under section 20 since 03/03/2025, with the agreement "
                             "of his mother"),
            ("Placement", "Parveen and Harj Sanghera, foster carers, Shelbrook"),
            ("Mother", "Chantelle Doyle (27), 15 Sexton Street, Shelbrook; plans to move to her sister's home "
                       "in Sutterby in late April"),
            ("Father", "Not known"),
            ("Half-brother", "Kai Doyle (8), lives with his father in Shelbrook"),
            ("Conference", "Initial child protection conference, Monday 24/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Rhian Cole, Shelbrook Children in Care Team"),
            ("Independent reviewing officer", "Marcus Webb"),
        ]),
        ("h2", "Why Alfie has a plan"),
        ("p", "On 03/03/2025 police found Chantelle unconscious on the sofa at Sexton Street after using "
              "heroin. Alfie was in his cot in a soiled nappy, wheezing, with the front door open. He was "
              "taken to Shelbrook Royal Infirmary and then placed with the Sanghera family. Chantelle has "
              "used heroin and crack cocaine on and off since she was 19. She has a methadone script and a "
              "key worker at Turning Point in Shelbrook, but told conference she had \"slipped\" in "
              "February. Before March Alfie had missed two respiratory clinics and his preventer inhaler "
              "was found unopened."),
        ("h2", "Alfie's health"),
        ("p", "Alfie was born at 31 weeks and has chronic lung disease. He was admitted three times with "
              "wheeze this winter. He has a brown preventer inhaler twice a day and a blue reliever inhaler "
              "when he is wheezy, both through a spacer. Dr Farah Siddiqui, respiratory paediatrician at "
              "Shelbrook Royal Infirmary, plans a bronchoscopy under anaesthetic in May with one or two "
              "nights on Swift Ward, and has told the foster carers that Alfie may be admitted at short "
              "notice if his breathing gets worse. His weight was below the 0.4th centile on 03/03/2025 "
              "and has risen since."),
        ("h2", "Alfie's day and what he shows us"),
        ("p", "Parveen says Alfie sleeps from 7pm to 6am now, loves bath time and says \"ba\" for his bottle "
              "and \"Par\" for Parveen. He gets breathless and coughs when he runs in the garden. At contact "
              "he runs to Chantelle and climbs on her lap, and he cried and held the door handle when she "
              "left on 20 March. When the SW visited on 17 March he brought her his toy bus and then hid "
              "behind Parveen's legs."),
        ("h2", "What we want for Alfie"),
        ("bullets", [
            "Alfie's breathing is well controlled: he has his inhalers every day and goes to every clinic "
            "appointment.",
            "Alfie keeps gaining weight and reaches the 2nd centile by the review conference.",
            "Alfie has safe, regular time with his mum and with his brother Kai.",
            "Chantelle stops using heroin and crack so that Alfie can go home to her safely.",
        ]),
        ("h2", "The plan"),
        ("numbers", [
            "Rhian Cole (SW) will visit Alfie at the Sangheras' home every two weeks, see him awake and "
            "write down what she sees of his breathing, his play and how he is with his carers.",
            "Parveen Sanghera (foster carer) will give Alfie his brown preventer inhaler through his spacer "
            "every morning and evening and write each dose on the medication chart.",
            "Parveen Sanghera will take Alfie to the respiratory clinic at Shelbrook Royal Infirmary on "
            "14/04/2025 and to every follow-up appointment, and send each clinic letter to the SW.",
            "Dr Farah Siddiqui will write a health plan for Alfie by 30/04/2025 giving the bronchoscopy date "
            "and what the foster carers should do if his breathing gets worse, and send it to the SW and "
            "the Sangheras.",
            "Alfie's contact with Chantelle will be supervised at Shelbrook Family Centre every Monday and "
            "Thursday, with the contact notes sent to the SW after each session.",
            "Chantelle will go to her key-work appointments at Turning Point every week and show the SW her "
            "appointment card at each contact.",
            "The parenting assessment of Chantelle will be completed by Sutterby Children's Services once "
            "the case has transferred, with the report shared with the core group.",
            "The health visitor, Kirsty Eames, will do Alfie's 2-year review with Parveen before his "
            "birthday on 28/05/2025 and send the ASQ-3 scores to the SW.",
            "If Alfie is admitted to hospital, Rhian Cole will ring the ward within 24 hours and then speak "
            "to the nurse in charge every week instead of visiting, writing up each call on his file.",
            "Rhian Cole will arrange for Alfie's half-brother Kai to see him when appropriate, and record "
            "how the visits go.",
            "The foster carer will read and sing with Alfie every day to help his speech, with progress "
            "monitored by the health visitor.",
        ]),
        ("h2", "Contingency"),
        ("p", "If there are any further concerns about Alfie's health or his contact with his mum, Rhian will "
              "discuss them with her manager and the core group will review the plan."),
        ("h2", "Meetings"),
        ("p", "Alfie's first looked-after review: Monday 31/03/2025 at the Sangheras' home. Core group every "
              "6 weeks at Shelbrook Family Centre, 11am: 07/04/2025, 19/05/2025 and 30/06/2025. Review child "
              "protection conference: Monday 23/06/2025, 10am, Shelbrook Civic Offices."),
        ("p", "Plan typed by Rhian Cole on 25/03/2025 and sent to Chantelle, the Sangheras and every agency."),
    ],
    "findings": [
        F("W001", "Alfie's contact with Chantelle will be supervised at Shelbrook"),
        F("X001", "parenting assessment of Chantelle will be completed by Sutterby"),
        F("T002", "arrange for Alfie's half-brother Kai to see him"),
        F("M002", "read and sing with Alfie every day to help"),
        F("L001"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. "My plan" written to a 10-year-old young carer whose mum has multiple
#    sclerosis; adult services own actions (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_skelwith_my_plan_young_carer_harper.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-md-child-friendly-my-plan-second-person-voice-bold-owner-bullets-under-who-is-going-to-do-what",
    "description": (
        "Initial conference plan written to a 10-year-old in the second person ('This is your plan, "
        "Maisie'). Her mum has relapsing multiple sclerosis and strong painkillers; Maisie has been sorting "
        "her mum's tablets and her little brother's inhalers and missing school. Bold-owner bullets, each "
        "with who, when and how we will know. The MS nurse, adult social care and the GP own actions, the "
        "MS nurse reports on how the illness affects the children's care, the gran's mornings have a "
        "fallback, the legal planning meeting is explained in plain words, core group and review dates "
        "set. Exemplary."
    ),
    "text": """\
# My plan – Maisie Harper

*Skelwith Council Children's Services. This plan was agreed at the child protection
conference on Wednesday 9 April 2025. Dana Whitfield, your social worker, wrote it for
you and read it through with you at school on 11 April. Your mum and Gran have a copy
too.*

**Me:** Maisie Harper, 10, Year 5 at Stanegate Primary
**My brother:** Leo Harper, 4, at Sunnybank Nursery
**My mum:** Becky Harper (38)
**My gran:** Pauline Harper, who lives on Scarth Lane, five minutes away
**Where we live:** 3 Saddleback Close, Skelwith
**Why there is a plan:** neglect – you have been doing grown-up jobs and missing school

## About me

You told Dana: "I'm good at looking after Mum. I know all her tablets and what time
they go." You said the worst day was when Mum fell in the bathroom in February and you
couldn't lift her, and Leo was crying, and you rang Gran. You said you don't go to
gymnastics any more "because someone has to be home". You would like to go back to
gymnastics and to "not be the one who has to remember everything". You gave home a 5
out of 10, and school a 9 "when I'm there".

Leo is 4. He told Dana his mummy has "wobbly legs". At nursery he is chatty and loves
the sand tray, and he coughs a lot in the mornings. Staff say he sometimes arrives
without breakfast and has asked for "Maisie to come and get me".

## What the grown-ups are worried about

Your mum has multiple sclerosis (MS). Since a bad relapse in January she gets very
tired, cannot walk far and takes strong painkillers. You have been counting out her
tablets and giving Leo his inhalers, and you missed 14 days of school between January
and March. On 18 February Mum fell and was on the bathroom floor for nearly two hours
before Gran came. Mum's tablets were kept on the kitchen worktop, where Leo could reach
them. Mum does not drink alcohol, and nobody thinks she takes more tablets than she
should – the worry is that she cannot manage everything on her own right now.

## What we want for you and Leo

- You go to school every day and get back to gymnastics on Thursdays.
- You are a 10-year-old, not Mum's carer: a grown-up sorts Mum's tablets and Leo's inhalers.
- Leo gets his breakfast and his inhalers every morning, from a grown-up.
- All the tablets in the house are locked away where Leo cannot reach them.
- If Mum falls or is unwell, a grown-up comes quickly, so you and Leo are never the ones who have to cope.

## Who is going to do what

- **Dana (your social worker)** will see you on your own at school every Tuesday and at home every other Thursday, and write down what you tell her in your own words.
- **Ros Whitley, Mum's MS nurse at Skelwith Neurology Centre,** will see Mum at home by 25 April and then every month, check how her new treatment is working, and write to Dana before each core group meeting about how Mum's health is affecting the care of you and Leo.
- **Tom Ashby from Skelwith Adult Social Care** will finish an assessment of what help Mum needs by 9 May, so that a carer comes every morning to help Mum get up and sort her tablets, and will send the care plan to Dana.
- **Dr Sheila Ng, Mum's GP,** will change Mum's tablets to a weekly blister pack from Scarth Lane Pharmacy by 18 April and tell Dana the day it starts.
- **Mum** will keep all her medicines in the locked box in her bedroom, out of Leo's reach, from 11 April, and Dana will check the box is locked at every home visit.
- **Gran** will come every weekday at 7.30am to give Leo his breakfast and his brown inhaler and take him to nursery, ticking the chart on the fridge each time.
- **Meg Lowry, Leo's asthma nurse from Skelwith Children's Community Nursing,** will check Leo's inhalers and write an asthma plan for home and nursery by 2 May, with copies for Mum, Gran and Sunnybank Nursery.
- **Miss Kaur, learning mentor at Stanegate Primary,** will check you are in by 9.15am every school day and ring Mum (then Dana) if you are not, and the school register will show how many days you come.
- **Jade Fox from Skelwith Young Carers** will do a young carer's assessment with you by 23 May and find you a place at the Friday club, and the club register will show you going.
- **Dana** will arrange for Skelwith Careline to fit a pendant alarm for Mum by 25 April, so that if Mum falls someone comes without you or Leo having to help, and the fitting date will go on your file.

## If things go wrong

- If Mum falls and can't get up, or has taken the wrong tablets, or Leo is at home with nobody who can look after him: you ring 999 (you and Dana practised this), then Gran. Gran will come and take you and Leo to her house, and Dana (or the out-of-hours team) will hold a strategy meeting that same day.
- If Gran is poorly or away and can't do the mornings, Aunty Jen (Mum's sister) will come instead. If neither of them can, the carer from Adult Social Care will come at 7.30am – Tom has agreed this – and if that is not possible Dana will arrange for you and Leo to stay with foster carers until Gran or Jen can help again.
- If you are still missing school, or Leo is still going without his inhalers, by 1 June, Dana's manager will hold a legal planning meeting. That is a meeting with the council's lawyers to decide whether a court needs to help make things safe for you and Leo.

## When the grown-ups meet

- The core group (the grown-ups who help with this plan) meets every 4 weeks at Stanegate Primary: Wednesday 23 April, Wednesday 21 May and Wednesday 18 June 2025.
- Your review child protection conference is on Tuesday 8 July 2025 at 10am at Skelwith Town Hall. Dana will ask you before then what you want to say.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group record while the mother is under the crisis team: actions as
#    bullets under bold agency headings, mostly about the mother (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_stainmoor_crht_core_group_record_rafferty.pdf",
    "doc_title": "Core Group Record and Plan - Oscar and Mia Rafferty",
    "split": "tune",
    "actions": 9,
    "template": "core-group-record-pdf-header-footer-attendance-update-outcomes-then-bullets-under-bold-agency-headings",
    "description": (
        "First core group record for a 3-year-old and a 7-month-old whose mother has bipolar disorder and "
        "is under the CRHT after a manic episode, with handover to the AMHT planned. Actions are bullets "
        "under bold agency headings; most are about the mother's own treatment, money and housing. "
        "Faults: the CRHT only treating and supporting (H001), 'as and when' (T002), 'keep an eye on' "
        "(M002), a nursery action with no timescale (T001), more than half the actions about the mother "
        "with no link to the children (F001), an outcome about the mother only (F002), nothing of the "
        "children's views or days (F003), a contingency that only reviews (C002) and no legal step "
        "(R002). Hard negatives: the AMHT asked to report on the mother's capacity to change and the "
        "timescale, the GP's lithium checks, core group dates and review date set. Header and page "
        "footer on every page."
    ),
    "header": "Stainmoor Borough Council - Children's Services - RESTRICTED",
    "footer": "Core group record - Rafferty - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Record and Plan"),
        ("kv", [
            ("Children", "Oscar Rafferty (3), Sparrowfield Nursery; Mia Rafferty (7 months)"),
            ("Parents", "Nicola Rafferty (30) and Rob Rafferty (32), 28 Shire Oak Road, Stainmoor"),
            ("Meeting", "Core group 1, Tuesday 06/05/2025, 10am, Stainmoor Family Hub"),
            ("Plan since", "Initial child protection conference, 24/04/2025 (category: neglect)"),
            ("Social worker", "Hannah Lowe"),
        ]),
        ("h2", "Present"),
        ("p", "Nicola Rafferty; Rob Rafferty; Hannah Lowe (SW); Dee Marsh (practitioner, Stainmoor Crisis "
              "Resolution and Home Treatment Team, CRHT); Joanne Petrie (HV); Beth Hollins (keyworker, "
              "Sparrowfield Nursery); Amir Khan (tenancy support, Stainmoor Homes). Apologies: Dr Amrit "
              "Sohal (GP); Paul Greaves (AMHT), who will take over from the CRHT."),
        ("h2", "Update"),
        ("p", "Nicola has bipolar disorder. In April she had not slept for five days, spent £2,000 on "
              "online shopping and was found by police on the seafront at Stainmoor at 3am. She was "
              "assessed under the Mental Health Act and not detained, and has been under the CRHT since "
              "14 April. She is back on lithium and her sleep is better. Rob works on offshore rotations "
              "(two weeks away, two weeks home) and has taken unpaid leave until the end of May. The "
              "family has £3,400 of rent arrears and a notice from Stainmoor Homes. Nicola said she feels "
              "\"embarrassed and flat\" and wants the CRHT to carry on visiting."),
        ("h2", "What we want to achieve"),
        ("bullets", [
            "Oscar and Mia are looked after every day and night by an adult who is well enough to care for "
            "them.",
            "Nicola's mental health is stable and she takes her medication every day.",
            "Mia's weight and development stay on track and Oscar goes to nursery every session.",
        ]),
        ("h2", "Actions agreed"),
        ("boldp", "Crisis Resolution and Home Treatment Team (CRHT)"),
        ("bullets", [
            "Dee Marsh will visit Nicola at home every day to give her medication and help her with her "
            "sleep, recording each visit in the CRHT notes, until the handover to the AMHT on 30/05/2025.",
        ]),
        ("boldp", "Adult Mental Health Team (AMHT)"),
        ("bullets", [
            "From 30/05/2025 Paul Greaves, care coordinator, will see Nicola every two weeks and send the SW "
            "a written report by 24/06/2025 on whether Nicola can make the changes Oscar and Mia need and "
            "how long that is likely to take.",
        ]),
        ("boldp", "GP"),
        ("bullets", [
            "Dr Amrit Sohal will check Nicola's lithium level every four weeks and send each result to the "
            "CRHT and then the AMHT.",
        ]),
        ("boldp", "Nicola"),
        ("bullets", [
            "Nicola will go to the Money Skills course at Stainmoor Adult Learning Centre every Tuesday for "
            "6 weeks from 13/05/2025, and the centre will send the attendance sheet to the SW.",
        ]),
        ("boldp", "Children's social care"),
        ("bullets", [
            "Hannah Lowe will visit the family home every week, one visit in three unannounced, and record "
            "the home conditions and who is caring for Oscar and Mia.",
            "Hannah Lowe will help Nicola apply for Personal Independence Payment by 13/06/2025 and put the "
            "claim reference on file.",
        ]),
        ("boldp", "Stainmoor Homes"),
        ("bullets", [
            "Amir Khan will help Nicola set up a repayment plan for the rent arrears as and when she needs "
            "it, with the arrears statement sent to the SW.",
        ]),
        ("boldp", "Health visiting"),
        ("bullets", [
            "Joanne Petrie will see Mia at home every two weeks and keep an eye on her development and care.",
        ]),
        ("boldp", "Sparrowfield Nursery"),
        ("bullets", [
            "Beth Hollins will apply for extra funded hours for Oscar and send the SW confirmation of the "
            "place.",
        ]),
        ("h2", "Contingency"),
        ("p", "If Nicola becomes unwell again, the core group will meet to review the plan and consider what "
              "should happen next."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks at Stainmoor Family Hub, 10am: Tuesday 03/06/2025 and Tuesday "
              "01/07/2025. Review child protection conference: Thursday 17/07/2025, 2pm, Stainmoor Town "
              "Hall."),
        ("p", "Record taken by Hannah Lowe and circulated on 07/05/2025."),
    ],
    "findings": [
        F("H001", "Dee Marsh will visit Nicola at home every day"),
        F("T002", "set up a repayment plan for the rent arrears"),
        F("M002", "will see Mia at home every two weeks"),
        F("T001", "will apply for extra funded hours for Oscar"),
        F("F001"),
        F("F002", "Nicola's mental health is stable and she takes her medication every day."),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plain-text plan print for an 8-year-old with type 1 diabetes whose
#    insulin is given at home by both parents; no outcomes anywhere (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_sandholme_plan_print_insulin_at_home_kerr.txt",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-print-txt-dot-leader-details-numbered-action-blocks-action-who-when-measure-fields-dash-for-blank",
    "description": (
        "Plain-text print of an initial conference plan for an 8-year-old with type 1 diabetes and two "
        "DKA admissions, whose insulin is given at home by his father (heavy drinking, working with CGL) "
        "and at weekends by his mother (anxiety, seen at 'the Hub'). Numbered action blocks with ACTION / "
        "WHO / WHEN / MEASURE fields. Faults: the Hub only running sessions for the mother (H001), "
        "'Family network' as owner (W002), 'TBC' (T002), '-' as the only timescale (T001), 'Monitored by "
        "school' (M002), '-' as the measure (M001), no outcome for the child anywhere (O001) and core "
        "group dates 'to be arranged' (R001). Hard negatives: CGL owns an action and reports on change "
        "(no F004, and drug and alcohol services are never H001), 'Weekly, ongoing', 'before every meal', "
        "two family-owned actions whose failure the contingency covers, a legal step, a negated drug "
        "concern."
    ),
    "text": """\
SANDHOLME METROPOLITAN COUNCIL                    CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - PLAN PRINT                    printed 03/06/2025
========================================================================

CHILD ........ Callum KERR, DOB 19/08/2016 (8), Year 4, Selby Lane Primary
FATHER ....... Jason KERR (39), 12 Stile Row, Sandholme. Callum lives with
               him from Monday to Friday.
MOTHER ....... Stacey KERR (36), Flat 3, Sefton House, Sandholme. Callum
               stays with her from Friday after school to Sunday night.
GRANDMOTHER .. Irene KERR (67), paternal grandmother, 4 Stile Row
CONFERENCE ... Initial child protection conference, 28/05/2025
CATEGORY ..... Neglect
SW ........... Aidan Frost, Sandholme Children's Safeguarding Team
CHAIR ........ Bernice Oyelaran

------------------------------------------------------------------------
REASON FOR PLAN
------------------------------------------------------------------------
Callum has type 1 diabetes (diagnosed 2021). He has insulin by pen four
times a day and checks his blood glucose with a meter. His HbA1c has gone
up from 58 to 97 mmol/mol in a year. He was admitted to Sandholme
Children's Hospital with diabetic ketoacidosis (DKA) in February and again
in May 2025, both times after a weekend when several doses had been
missed. He has missed three of his last four diabetes clinics.

Jason drinks heavily, mostly at weekends but sometimes on weeknights. On
11/05/2025 he smelled of alcohol when he came to collect Callum from the
ward. He started with CGL Sandholme in May. Stacey has anxiety and panic
attacks and sees a practitioner weekly at the Hub (Sandholme Wellbeing
Hub, the adult mental health service for the borough). She told
conference she "freezes" at injection times and sometimes leaves Callum to
do them himself. There are no concerns about drug use by either parent.

------------------------------------------------------------------------
CALLUM'S VIEWS
------------------------------------------------------------------------
Seen on his own at school by Aidan on 22/05/2025 and 29/05/2025.
Callum said: "I can do my own injections but sometimes I forget, and at
Mum's she doesn't like watching." He said hospital was "horrible, I was
sick all night". He said Dad is "grumpy and sleepy" after "his beers" and
that Nana Irene "always remembers my tea-time one". He wants to go on the
Year 4 residential trip in July and to play for Sandholme Juniors. Since
a nurse explained DKA to him he has been scared of "going to sleep and not
waking up", and his teacher says he is tired and quiet on Mondays.

------------------------------------------------------------------------
ACTIONS
------------------------------------------------------------------------
01  ACTION ... Give Callum his rapid-acting insulin before breakfast and
               before tea and his long-acting insulin at 8pm, writing each
               dose and glucose reading in the diabetes diary
    WHO ...... Jason Kerr (father)
    WHEN ..... Monday to Friday, before every meal and at 8pm
    MEASURE .. Diary complete when checked by the diabetes nurse; meter
               download matches the diary

02  ACTION ... Give Callum every insulin dose and check his glucose at
               each meal when he stays at the flat, writing them in the
               same diary
    WHO ...... Stacey Kerr (mother)
    WHEN ..... Every weekend, Friday tea to Sunday 8pm
    MEASURE .. Diary complete; meter download checked by the diabetes
               nurse

03  ACTION ... Download Callum's meter, check it against the diary and
               send a summary to the SW
    WHO ...... Lucy Fairbairn, paediatric diabetes specialist nurse,
               Sandholme Children's Hospital
    WHEN ..... Fortnightly
    MEASURE .. Summary shows at least four readings a day and any missed
               doses

04  ACTION ... Key-work sessions and breath tests with Jason, and a
               written report on whether his drinking is changing and
               what that means for his care of Callum
    WHO ...... Marc Ellison, recovery worker, CGL Sandholme
    WHEN ..... Weekly sessions; report before each core group
    MEASURE .. Breath test results and the written report sent to the SW

05  ACTION ... Continue weekly anxiety management sessions with Stacey at
               the Hub
    WHO ...... Rachel Moyo, psychological wellbeing practitioner, the Hub
    WHEN ..... Weekly
    MEASURE .. Attendance recorded by the Hub

06  ACTION ... Give Callum his insulin and write the doses in his diary
               when he sleeps over at relatives' homes
    WHO ...... Family network
    WHEN ..... Every overnight stay
    MEASURE .. Doses written in the diabetes diary

07  ACTION ... Collect Callum from school on Wednesdays and Thursdays,
               give him his tea-time insulin and write it in the diary
    WHO ...... Irene Kerr (paternal grandmother)
    WHEN ..... Every Wednesday and Thursday
    MEASURE .. Diary entries in Irene's handwriting, checked by the SW

08  ACTION ... Train two members of staff at Callum's school to check his
               glucose and give his lunchtime insulin, and update his
               individual healthcare plan
    WHO ...... Lucy Fairbairn, paediatric diabetes specialist nurse
    WHEN ..... TBC
    MEASURE .. Training log signed by both staff; healthcare plan kept in
               the school office

09  ACTION ... See Callum on his own at school and at home, and check the
               diabetes diary and the insulin in the fridge
    WHO ...... SW Aidan Frost
    WHEN ..... Weekly, ongoing
    MEASURE .. Visit records with Callum's own words and what was seen in
               the diary and the fridge

10  ACTION ... Book and take Callum to the diabetes clinic at Sandholme
               Children's Hospital
    WHO ...... Jason Kerr (father)
    WHEN ..... -
    MEASURE .. Clinic letter sent to the SW and GP with Callum's HbA1c

11  ACTION ... Record Callum's glucose readings and any hypos in school
    WHO ...... Mrs Dawn Ashdown, first aider, Selby Lane Primary
    WHEN ..... Every school day
    MEASURE .. Monitored by school

12  ACTION ... Carbohydrate counting session for Jason and Callum
    WHO ...... Omar Sheikh, dietitian, Sandholme Children's Diabetes Team
    WHEN ..... By 27/06/2025
    MEASURE .. -

------------------------------------------------------------------------
CONTINGENCY
------------------------------------------------------------------------
TRIGGER ...... A whole day of insulin doses or glucose readings missing
               from the diary; Jason or Stacey drunk, or smelling of
               alcohol, while caring for Callum; or Callum admitted with
               DKA.
RESPONSE ..... Callum goes to Irene's that night and the SW (or the
               emergency duty team) holds a strategy discussion the same
               day. If Stacey cannot give an injection at a weekend she
               rings Irene, who comes and gives it.
IF IRENE OR .. If Irene is ill or away, or a relative cannot give the
FAMILY CANNOT  insulin at a sleepover, Callum does not stay over; he
               stays with whichever parent is sober and has had the
               diabetes nurse's training, and if neither can have him
               the SW arranges a foster placement that day with carers
               the diabetes nurse has trained.
LEGAL ........ If Callum is admitted with DKA again, or doses are missing
               on more than two days before the review conference, the SW
               will request a legal planning meeting within 5 working
               days.

------------------------------------------------------------------------
MEETINGS
------------------------------------------------------------------------
CORE GROUP ... to meet regularly; dates to be arranged by the SW
RCPC ......... Wednesday 20/08/2025, 10am, Sandholme Civic Centre
========================================================================
END OF PLAN PRINT
""",
    "findings": [
        F("H001", "Continue weekly anxiety management sessions with Stacey at the Hub"),
        F("W002", "Give Callum his insulin and write the doses in his diary"),
        F("T002", "Train two members of staff at Callum's school"),
        F("T001", "Book and take Callum to the diabetes clinic"),
        F("M002", "Record Callum's glucose readings and any hypos in school"),
        F("M001", "Carbohydrate counting session for Jason and Callum"),
        F("O001"),
        F("R001"),
    ],
})
