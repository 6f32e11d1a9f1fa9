"""Batch 50, module 1: seven fictional plans (held-out material), places beginning with "v".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Seven different kinds of plan, each in a template invented for it: a
pre-birth plan with the named lead in the first column and an "Evidence and
where it is kept" column (PDF, exemplary); a plan for a 15-year-old at risk
of criminal exploitation with a places-and-people map and a "Setting" column
(md, faults); a disabled child's plan with a merged "Area of Zayan's care"
column (docx, exemplary); core group minutes saved from Word as plain text,
with an agency round, last meeting's actions and the plan from today (txt,
faults); a social worker's letter to parents after a review conference, one
sentence per commitment under who does it (docx, exemplary); a step-up from
child in need to child protection with a table of what happened to the CIN
plan beside the new plan (docx, faults); and a review conference plan whose
table puts "When" first (md, exemplary).
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, lead-first table with "Evidence and where it is kept";
#    PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_vellacombe_prebirth_lead_first_evidence_kept_fairweather.pdf",
    "doc_title": "Pre-Birth Child Protection Plan - Unborn baby of Danielle Fairweather",
    "split": "heldout",
    "actions": 13,
    "template": "prebirth-plan-paged-lettered-sections-a-to-h-alert-details-babys-world-now-parents-agreement-then-no-lead-task-date-or-frequency-evidence-and-where-kept-table",
    "description": (
        "Exemplary pre-birth plan made at 28 weeks (older sibling removed under an SGO after neglect; "
        "mother's recurrent depression under the perinatal service; father's daily cannabis use). "
        "Lettered sections, the unborn baby's world as observed, and a table with the named lead in the "
        "first column and 'Evidence and where it is kept' last. The perinatal psychiatrist assesses "
        "capacity to change, the CPN reports on change, the drug service reports, the grandmother's "
        "14 nights have a fallback, core group and review dates are set and legal planning follows."
    ),
    "header": "OFFICIAL-SENSITIVE · Vellacombe Council · Unborn baby of D. Fairweather · EDD 22/08/2025",
    "footer": "Pre-birth CP plan v1 (30/06/2025) · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Vellacombe Council · Children's Services · Pre-Birth and Infant Team, with Vellacombe "
              "Maternity (Rowan Team) and the Vellacombe Perinatal Mental Health Service"),
        ("h2", "Section A – Alert and details"),
        ("kv", [
            ("Unborn baby", "Baby of Danielle Fairweather, due 22/08/2025 (31 weeks at the date of this plan)"),
            ("Mother", "Danielle Fairweather, 24, Flat 7 Sorrel Court, Cranmoor Road, Vellacombe"),
            ("Father", "Kyle Mottram, 27, lives with Danielle"),
            ("Maternal grandmother", "Pauline Fairweather, 2 Larch Walk, Vellacombe (ten minutes by bus)"),
            ("Half-sibling", "Tiana, 3, Danielle's daughter, lives with her paternal grandmother, Mrs Yvonne "
                             "Carr, under a special guardianship order made in November 2023"),
            ("Conference", "Initial pre-birth child protection conference, 26/06/2025 (28 weeks). "
                           "Category: neglect"),
            ("Social worker", "Shanice Oduya, Pre-Birth and Infant Team (manager: Martin Gale)"),
            ("Birth alert", "Sent to Vellacombe General maternity unit and the two neighbouring units on "
                            "27/06/2025"),
        ]),
        ("h2", "Section B – Why there is a plan"),
        ("p", "Tiana was removed from Danielle's care in 2023 after long periods of neglect while Danielle was "
              "depressed and using cannabis: she was often left in a soaked nappy for hours, missed all of her "
              "health checks and was left overnight with different friends. Danielle has been under the "
              "Perinatal Mental Health Service since 16 weeks of this pregnancy with recurrent depression and "
              "takes sertraline. She stopped using cannabis when she found out she was pregnant, and both hair "
              "strand tests since then have been negative."),
        ("p", "Kyle smokes cannabis most evenings, which he says helps him sleep after late shifts at the "
              "recycling plant. He has not been known to services before. Danielle and Kyle have a warm "
              "relationship and have both been to every antenatal appointment since the strategy discussion. "
              "The flat is small and clean, but there is no cot yet and the second bedroom is full of Kyle's "
              "gym equipment."),
        ("h2", "Section C – The baby's world now"),
        ("p", "At the 28-week scan the baby was growing on the 40th centile. Danielle says the baby kicks "
              "hardest at night and whenever Kyle plays music, and that she talks to the bump when she is on "
              "her own in the day. She has cut down from 15 cigarettes a day to 4; her carbon monoxide reading "
              "on 24/06/2025 was 6ppm. The flat is warm, but Kyle smokes on the balcony most evenings and the "
              "smell reaches the bedroom where the cot is meant to go."),
        ("h2", "Section D – What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home only once the discharge plan is agreed and everyone named "
            "in it is ready.",
            "The baby lives in a smoke-free home, sleeps in their own cot in the parents' room, and is fed and "
            "changed by an adult who is awake, sober and well.",
            "The baby is seen by a professional at least twice a week in the first month and grows along "
            "their birth centile.",
        ]),
        ("h2", "Section E – Parents' agreement"),
        ("p", "Danielle and Kyle came to conference with their advocate, Nasra Idowu (Vellacombe Parents' "
              "Advocacy), and say they agree with this plan. Danielle said: \"I know why you're worried after "
              "Tiana. I want to show you I'm different now.\" Kyle said he would \"do whatever it takes\" but "
              "did not think cannabis made any difference to how he would be as a dad."),
        ("h2", "Section F – The plan"),
        ("table", {
            "header": ["No.", "Lead (named person)", "Task", "Date or frequency", "Evidence and where it is kept"],
            "widths": [1.0, 3.2, 5.6, 3.0, 4.2],
            "rows": [
                ["F1", "Shanice Oduya, social worker",
                 "Pre-birth parenting assessment with Danielle and Kyle, including how they will share the "
                 "night feeds and what each of them will do if the other is unwell",
                 "Final report by 01/08/2025 (34 weeks)",
                 "Report given to the parents on 01/08/2025 and tabled at the core group on 05/08/2025; copy on "
                 "the baby's file"],
                ["F2", "Shanice Oduya, social worker",
                 "Home visits, at least one a month unannounced: see the room and the cot, check the heating, "
                 "and ask Danielle how the baby is moving and how she is sleeping",
                 "Every 2 weeks until the birth, then weekly for the first 8 weeks",
                 "Visit record on the case file notes the room, the cot and what Danielle and Kyle say about "
                 "the baby"],
                ["F3", "Grace Mallow, safeguarding midwife, Rowan Team",
                 "Antenatal checks at the Rowan Team clinic, with a carbon monoxide reading at each one",
                 "Every 2 weeks to 36 weeks, then weekly",
                 "CO readings and attendance in the maternity notes; any missed appointment emailed to the SW "
                 "the same day"],
                ["F4", "Dr Anil Bhatt, consultant perinatal psychiatrist",
                 "Assess Danielle's mental health, her risk of relapse after the birth, what she would need to "
                 "change to care safely for the baby and how long that is likely to take",
                 "Seen by 18/07/2025; letter by 25/07/2025",
                 "Written assessment sent to the SW and the midwife, read at the core group on 05/08/2025"],
                ["F5", "Lorna Keyes, perinatal CPN",
                 "Home visits to work through Danielle's relapse prevention plan, with a written view for each "
                 "core group on whether she is keeping to it and what that means for the baby's care",
                 "Fortnightly; written view before each core group",
                 "Relapse prevention plan signed by Danielle and copied to the SW and HV; each written view "
                 "filed on the baby's record"],
                ["F6", "Tom Beddoes, recovery worker, Vellacombe Drug and Alcohol Service",
                 "Assess Kyle's cannabis use, agree a reduction plan with him and carry out urine screens; report "
                 "on whether he is cutting down and how his use would affect his care of the baby at night",
                 "Assessment by 11/07/2025; screens every Thursday",
                 "Screen results and Tom's report sent to each core group; screens clear from 36 weeks "
                 "(15/08/2025)"],
                ["F7", "Danielle and Kyle",
                 "First Steps Together, the six-week antenatal parenting group at Vellacombe Family Hub",
                 "Thursdays 1–3pm, 10/07/2025 to 14/08/2025",
                 "Family Hub register sent to the SW each Friday; certificate copied to the baby's file"],
                ["F8", "Kyle Mottram",
                 "Clear the gym equipment out of the second bedroom and put up the cot Pauline has bought, in "
                 "the parents' room",
                 "By 25/07/2025",
                 "Cot seen put up in the parents' room at the SW's next visit; photo on the case file"],
                ["F9", "Cerys Ward, health visitor",
                 "Antenatal home contact covering safe sleep, coping with crying (ICON) and a smoke-free home",
                 "By 15/08/2025 (36 weeks)",
                 "Safe sleep and ICON checklist signed by both parents, scanned to the HV record, copy to the SW"],
                ["F10", "Pauline Fairweather (maternal grandmother)",
                 "Stay at the flat for the first 14 nights after Danielle and the baby come home, help with the "
                 "night feeds and keep the feeding and sleep diary",
                 "Nights 1–14 after discharge",
                 "Diary signed by Pauline each morning and read by the HV and the SW at each visit"],
                ["F11", "Grace Mallow, safeguarding midwife",
                 "Discharge planning meeting on the postnatal ward with the parents, Pauline, the SW and the HV",
                 "Before discharge – the baby does not go home until it has been held",
                 "Written discharge plan signed by everyone there; copies to the parents, HV and GP"],
                ["F12", "Cerys Ward, health visitor",
                 "Weigh the baby at home and watch a feed and a nappy change",
                 "Twice a week for the first 4 weeks, then weekly until the review conference",
                 "Weights in the red book and on the HV record; baby back to birth weight by day 14"],
                ["F13", "Dr Priya Lowe, GP, Cranmoor Road Surgery",
                 "Danielle's postnatal check, including her mood and her sertraline, and the baby's 6–8 week "
                 "check",
                 "6–8 weeks after the birth",
                 "GP letter to the SW and the perinatal team recording both checks"],
            ],
        }),
        ("h2", "Section G – If things go wrong"),
        ("p", "Before the birth: if Danielle stops taking her sertraline, tells anyone she is thinking of "
              "harming herself, or misses two antenatal appointments in a row, the midwife or CPN will tell the "
              "SW that day and the SW will hold a strategy discussion within 2 working days. The plan at birth "
              "would then be a placement for Danielle and the baby together at Beacon House mother and baby "
              "unit, not a return to the flat."),
        ("p", "At the birth: if the discharge plan has not been agreed, or Danielle is unwell or Kyle is under "
              "the influence of cannabis on the ward, the baby will stay on the ward with Danielle until it is "
              "safe. If the baby cannot go home safely, the baby will go to approved foster carers on discharge, "
              "with the parents' agreement under section 20 or under an order from the court."),
        ("p", "If Pauline cannot stay at the flat on any of the first 14 nights, Danielle or Pauline will tell "
              "the SW or the HV that day. Kyle has agreed to take paternity leave to cover those nights; if he "
              "cannot, the SW will arrange for Danielle and the baby to stay at Beacon House until Pauline is "
              "back."),
        ("p", "If the parenting assessment or Dr Bhatt's assessment finds that the baby would not be safe at "
              "home, or Kyle's screens are still positive at 36 weeks, the SW will ask the team manager for a "
              "legal planning meeting within 5 working days, so that the pre-proceedings (PLO) process can "
              "start before the birth."),
        ("h2", "Section H – Meetings"),
        ("bullets", [
            "Core group every 3 weeks until the birth: 15/07/2025, 05/08/2025 and 19/08/2025, 2pm, Vellacombe "
            "Family Hub; weekly for the first month after the birth.",
            "Review child protection conference: 23/09/2025, 10am, Vellacombe Civic Centre (about four weeks "
            "after the due date).",
        ]),
        ("p", "Typed by Shanice Oduya, 30/06/2025, and sent to Danielle and Kyle, their advocate and everyone "
              "on the conference distribution list."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan for a 15-year-old at risk of criminal exploitation: places and
#    people map, then a "Setting" column action table (md). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_varrowdale_exploitation_map_then_setting_column_okonjo.md",
    "split": "heldout",
    "actions": 11,
    "template": "extra-familial-harm-cp-plan-md-bold-field-lines-where-the-risk-is-map-table-young-persons-words-then-number-setting-what-we-will-do-lead-when-how-well-know-table",
    "description": (
        "Initial conference plan for a 15-year-old going missing and found with cash and a second phone "
        "in another town, with a map of places and people and an action table grouped by setting (home, "
        "community, school, health). Visits, curfew and the school's check-in are clear, but the return "
        "home interview has no lead, police patrols are 'ongoing' and 'intelligence monitored', 'All "
        "agencies' share information, youth work is 'as and when', the reduced timetable has no measure, "
        "CAMHS is measured by 'engagement', the NRM is 'TBC' with no measure; the contingency only "
        "reviews and nothing says legal planning follows."
    ),
    "text": """\
# Child Protection Plan – risk of harm outside the home

**Varrowdale Metropolitan Borough Council · Adolescent Safety Team**

**Young person:** Reece Okonjo, 15 (born 02/03/2010), Year 10 at Tarnside Academy
**Lives with:** Lorraine Okonjo (mum) and his sister Precious, 9, at 31 Fennel Street, Varrowdale
**Conference:** Initial child protection conference, 01/07/2025 – category: physical abuse (risk of criminal exploitation)
**Social worker:** Dami Akande · **Chair:** Jonathan Pryor, IRO
**Also discussed at:** Varrowdale MACE panel, 24/06/2025

---

## Why we are worried

Reece has been reported missing six times since April, twice overnight. On 12 June he was
found by British Transport Police at Halewood station, 40 miles away, with £380 in cash and a
second phone he would not unlock. Lorraine found cling film and digital scales in his room in
May. He was excluded for five days in May after a Year 11 boy said Reece had threatened him
with a knife; no knife was found. Reece has been seen with older males at the Tarnside underpass
and outside the chicken shop on Mill Road, and getting into a grey car late at night. His
attendance has dropped to 61% and he is on a reduced timetable (mornings only).

Lorraine works early shifts at the hospital laundry. She has tried grounding Reece and taking
his phone, and has rung the police herself every time he has gone missing.

## Where the risk is

| Place or group | What we know | How worried we are |
|---|---|---|
| Tarnside underpass | Older males gather after 8pm; police have made two drug arrests there since March | High |
| Mill Road chicken shop | Reece seen there most evenings with the same three young men, aged about 19 to 22 | High |
| Halewood station and the Brook estate | Where Reece was found on 12 June; known county line destination | High |
| Grey Audi, partial plate seen by Lorraine | Has dropped Reece home after midnight twice | Medium |
| Boxing club at the Loft | Reece went every week until March; coach says he was "one of the keenest" | Protective |

## What Reece says

Seen alone on 27 June at the Loft: "They're my mates, I'm not being groomed or whatever. I
only go Halewood to see a girl." Later in the same conversation he said, "If I stop now it'll
come back on my mum," and would not say any more. He said he likes music production and would
go back to boxing "if my mates didn't take the mick". On a scale of 0 to 10 for how safe he feels
when he is out, he said 6; at home, 9.

Precious (seen at home on 26 June) said she can't sleep until Reece is in, and that "a man in a
car" waited outside the house one night. Lorraine said: "I just want my boy back. He used to be
so soft."

## What needs to be true for Reece and Precious

- Reece is home by his curfew and sleeps at home every night.
- Reece is not carrying drugs, cash or weapons for anyone and is not being taken to Halewood.
- Reece is in school every day and has at least one adult there he trusts and talks to.
- Precious feels safe at home and knows what to do if anyone comes to the door for Reece.

## What we will do

| # | Setting | What we will do | Lead | When | How we'll know it's working |
|---|---|---|---|---|---|
| 1 | Home | Visit Reece and see him on his own, using his "my week" map to talk about where he goes and who with | SW Dami Akande | Weekly, with at least one visit after 6pm each fortnight | Visit notes include Reece's map and his own words |
| 2 | Home | Keep to a curfew of 9pm on school nights and 10pm at weekends, and report Reece missing to the police if he is not in 30 minutes after it | Lorraine Okonjo (mum) | Every night | Missing reports logged with Varrowdale Police; Lorraine texts the SW the next morning |
| 3 | Home | Return home interview after every missing episode, by someone Reece already knows | – | Within 72 hours of Reece coming back | RHI written up and sent to the SW and the MACE coordinator |
| 4 | Community | High-visibility patrols at the Tarnside underpass and outside the Mill Road chicken shop, with stop checks on the older males Reece is seen with | Varrowdale Police Neighbourhood Team (Sgt Paul Ingram) | Ongoing | Intelligence monitored |
| 5 | Community | Share information about the older males and vehicles linked to Reece on partnership intelligence forms | All agencies | Within 24 hours of any sighting | Forms logged by the MACE coordinator and counted at each core group |
| 6 | Community | Detached youth work with Reece, building on his interest in music production at the Loft studio | Varrowdale Youth Service | As and when Reece is available | Session notes sent to the SW after each session |
| 7 | School | Key adult check-in each morning and a "safe exit" plan at the end of the school day, so Reece is not met at the gate | Ms Anya Ferris, DSL, Tarnside Academy | Every school day | Attendance and check-in log emailed to the SW every Friday |
| 8 | School | Reduced timetable (mornings only) reviewed, with a written plan for building back up to full days | Mr Gavin Scholes, Head of Year 10 | By 18/07/2025 | |
| 9 | Health | CAMHS assessment of Reece's sleep and anxiety | Varrowdale CAMHS (Dr Hana Reid) | First appointment by 25/07/2025 | Reece's engagement with CAMHS |
| 10 | Safeguarding | Consider a National Referral Mechanism referral for Reece as a possible victim of trafficking | SW Dami Akande | TBC | |
| 11 | Home | Talk with Precious about her worries and make a safety card with her for if anyone comes to the door | SW Dami Akande | By 25/07/2025, then monthly | Precious's safety card on file with a note of what she said |

## If things get worse

If the risks to Reece increase or the plan is not working, the core group will meet to review
the plan and consider what else can be done, including whether a further strategy discussion
is needed.

## Meetings

- Core group every 2 weeks at Tarnside Academy, 3.30pm: 10/07/2025, 24/07/2025 and 07/08/2025.
- Reece is discussed at the MACE panel every month.
- Review child protection conference: 25/09/2025, 1pm, Varrowdale Town Hall.

*Plan typed by Dami Akande, 02/07/2025. Copies to Reece, Lorraine and all agencies at conference.*
""",
    "findings": [
        F("W001", "Return home interview after every missing episode"),
        F("T002", "High-visibility patrols at the Tarnside underpass"),
        F("M002", "High-visibility patrols at the Tarnside underpass"),
        F("W002", "Share information about the older males and vehicles linked to Reece"),
        F("T002", "Detached youth work with Reece, building on his interest"),
        F("M001", "Reduced timetable (mornings only) reviewed, with a written plan"),
        F("M002", "CAMHS assessment of Reece's sleep and anxiety"),
        F("T002", "Consider a National Referral Mechanism referral for Reece"),
        F("M001", "Consider a National Referral Mechanism referral for Reece"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Disabled child's plan, "Area of Zayan's care" merged down the first
#    column (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_vintonbury_disabled_child_merged_care_area_sadiq.docx",
    "doc_title": "Zayan's Child Protection Plan - Children with Disabilities Service",
    "split": "heldout",
    "actions": 15,
    "template": "disabled-child-cp-plan-docx-about-me-from-communication-passport-how-i-tell-you-then-area-of-care-merged-first-column-what-will-happen-who-when-how-we-will-know",
    "description": (
        "Exemplary initial conference plan for an 11-year-old with cerebral palsy and epilepsy who is "
        "PEG-fed and uses eye-gaze (missed seizure medication, weight loss, untreated PEG infections, "
        "bruises from lifting, missed hospital appointments, a 14-year-old sister doing his night care). "
        "Opens with his communication passport and what he has shown and chosen; the plan table has the "
        "area of care merged down the first column. Every row has an owner, timescale and observable "
        "measure; short breaks are under section 17; contingency, dates and legal planning are set."
    ),
    "check_vmerge": 5,
    "blocks": [
        ("title", "Zayan's Child Protection Plan"),
        ("p", "Vintonbury City Council · Children with Disabilities Service · Child protection plan made at "
              "the initial child protection conference on 02/07/2025"),
        ("kv", [
            ("Child", "Zayan Sadiq, born 09/01/2014 (11), Larkspur Special School, Year 6"),
            ("Home", "18 Quillet Road, Vintonbury, with his mum Farah, his dad Imran and his sister Amira (14)"),
            ("Category", "Neglect"),
            ("Social worker", "Ciaran Mulhall, Children with Disabilities Team"),
            ("Chair", "Rosalind Adair, Child Protection Chair"),
            ("Short breaks", "Provided under section 17 of the Children Act 1989; Zayan is not looked after "
                             "when he stays at Hollyfield House"),
        ]),
        ("h1", "About Zayan (from his communication passport)"),
        ("p", "Zayan has quadriplegic cerebral palsy and epilepsy. He cannot walk or sit without support and "
              "is fed through a PEG. He does not use speech; he uses an eye-gaze device with symbol pages, "
              "some Makaton signs with his right hand, and his face and voice. He loves Bollywood songs, the "
              "swimming pool at school and being spun round in his chair by Amira. He hates loud hand "
              "dryers and being rushed."),
        ("h1", "How Zayan tells us how he is"),
        ("p", "On 24/06/2025 at school, using the feelings page on his eye-gaze device with Ciaran, Zayan "
              "chose \"happy\" for school, \"happy\" for Amira and \"hurt\" when asked about bath time. When "
              "Ciaran asked about being lifted, he looked at \"scared\" and then at \"arm\". His class "
              "teacher says he goes quiet and turns his head away on Monday mornings, and smiles and "
              "vocalises when the minibus arrives to take him home on Fridays."),
        ("p", "At home on 27/06/2025 Ciaran saw Zayan relax and laugh when Farah sang to him during his "
              "feed. He grimaced when Imran lifted him under the arms from his chair to the sofa."),
        ("h1", "Why Zayan has a protection plan"),
        ("p", "Between January and May the pharmacy and school records show that Zayan missed or was given "
              "late at least 11 doses of his seizure medication. He went to A&E three times after long "
              "seizures, and on one of those his rescue medicine had not been given because nobody at home "
              "had been trained. His weight has fallen from 30.2kg to 27.9kg. His PEG site became infected "
              "twice and was not seen by a nurse for a week each time. He missed four hospital "
              "appointments, and arrived at school twice with fingertip bruises on both upper arms, which "
              "Farah says came from lifting him because the family has no hoist. Amira has been getting up "
              "in the night to do Zayan's overnight feed and turn him."),
        ("p", "Farah and Imran love Zayan very much and say they are \"drowning\". Imran drives lorries and is "
              "away three nights a week. They told conference that nobody had explained the seizure plan to "
              "them since Zayan moved to new medication in January."),
        ("h1", "What must be different for Zayan"),
        ("bullets", [
            "Zayan gets every dose of his seizure medicine on time, and fewer of his seizures need a trip to "
            "hospital.",
            "Zayan's weight goes back up to at least 29.5kg and his PEG site stays clean and healthy.",
            "Zayan is moved and bathed safely with the right equipment, and has no more bruises from being "
            "lifted.",
            "Zayan gets to all his hospital appointments, and Amira no longer does his care in the night.",
        ]),
        ("h1", "Zayan's plan, area by area"),
        ("table", {
            "header": ["Area of Zayan's care", "What will happen", "Who", "When", "How we will know"],
            "widths": [2.6, 5.2, 3.2, 2.8, 3.2],
            "bold_first_col": True,
            "rows": [
                ["Medicine and seizures",
                 "Give Zayan's levetiracetam through his PEG at 8am and 8pm and tick the medicine chart on the "
                 "kitchen wall straight after each dose",
                 "Farah Sadiq, and Imran on the nights he is home", "Twice a day, every day",
                 "Chart checked by the community nurse every Tuesday and by the SW at each visit, with no gaps"],
                [V,
                 "Order Zayan's repeat prescriptions and collect them from Ashgrove Pharmacy, and ring the SW "
                 "if anything is out of stock",
                 "Imran Sadiq", "Every Thursday",
                 "Pharmacy collection record shared with the community nurse each month, with the parents' "
                 "agreement"],
                [V,
                 "Update Zayan's seizure care plan and rescue medicine plan, and train Farah, Imran and the "
                 "Hollyfield House staff to give buccal midazolam",
                 "Dr Miriam Castellanos, consultant paediatric neurologist",
                 "Plan by 18/07/2025; training by 01/08/2025",
                 "Signed seizure plan kept at home, school and Hollyfield; training record signed by each person "
                 "trained"],
                ["Feeding and PEG care",
                 "Weigh Zayan, check his PEG site and go through the feed chart",
                 "Kerry Nash, community children's nurse", "Every Tuesday",
                 "Weight and PEG site written on the nursing record and emailed to the SW; weight rising towards "
                 "29.5kg"],
                [V,
                 "Write Zayan's feed regime as a one-page plan for home, school and Hollyfield, showing every "
                 "feed and water flush in the day",
                 "Sunita Bhose, paediatric dietitian", "By 11/07/2025; re-weigh at 6 weeks",
                 "One-page plan seen at all three places; 6-week weight in the dietitian's letter to the SW"],
                [V,
                 "Fill in the feed chart after every feed and flush",
                 "Farah Sadiq", "Every feed",
                 "Feed chart checked against the regime by the community nurse each Tuesday"],
                ["Moving, handling and bathing",
                 "Assess the house for a ceiling track hoist and a bathing chair, and order them",
                 "Owen Pritchard, occupational therapist, Children's Therapies",
                 "Assessment by 18/07/2025; order within 5 working days of it",
                 "OT report and order confirmation sent to the SW and the parents"],
                [V,
                 "Train Farah and Imran to use the mobile hoist now, and the ceiling hoist once it is fitted",
                 "Owen Pritchard, OT",
                 "Mobile hoist by 11/07/2025; ceiling hoist within a week of fitting",
                 "Training record signed by both parents; SW sees Zayan hoisted at the next visit after each "
                 "training"],
                [V,
                 "Check Zayan's arms, chest and back when he is changed at school and record any mark on a body "
                 "map",
                 "Larkspur Special School nursing team (lead: Nurse Bea Holloway)", "Every school day",
                 "Body map log; any mark reported to the DSL and the SW the same day"],
                ["Appointments, short breaks and carers",
                 "Arrange overnight short breaks for Zayan at Hollyfield House",
                 "Ciaran Mulhall, SW", "Two nights a month, starting 18/07/2025",
                 "Hollyfield booking sheet, and Zayan's stay diary sent to the SW and the parents after each stay"],
                [V,
                 "Book hospital transport for Zayan's orthopaedic (15/07), gastroenterology (29/07) and neurology "
                 "(02/09) appointments and remind the family two days before",
                 "Ciaran Mulhall, SW", "At least 7 days before each appointment",
                 "Clinic letters on file show Zayan was seen at each appointment"],
                [V,
                 "Carers' assessment for Farah and Imran, including help in the night with Zayan's care and a "
                 "direct payment for a personal assistant",
                 "Ciaran Mulhall, SW", "By 08/08/2025",
                 "Completed assessment, with the agreed help written into this plan at the core group on "
                 "12/08/2025"],
                ["Hearing from Zayan and Amira",
                 "See Zayan at home, one visit a month unannounced and one at bedtime; use his eye-gaze "
                 "feelings page with him and see his room and equipment",
                 "Ciaran Mulhall, SW", "Every 10 working days",
                 "Visit record notes what Zayan chose on his feelings page, the medicine chart and his latest "
                 "weight"],
                [V,
                 "Use the \"How was home?\" page on Zayan's eye-gaze device each morning and write what he chooses "
                 "in the home–school book",
                 "Mr Dylan Forde, class teacher, Larkspur Special School", "Every school morning",
                 "Home–school book entries; anything worrying passed to the DSL and the SW the same day"],
                [V,
                 "Young carers assessment for Amira, agreeing with her what she stops doing for Zayan, starting "
                 "with his night feed and turns",
                 "Josie Wren, Vintonbury Young Carers", "By 25/07/2025",
                 "Written young carer's plan shared with Amira, her parents and the SW; Amira tells the SW at "
                 "her next visit whether she still does night care"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Zayan misses two doses of levetiracetam in a week, has a seizure at home lasting more than "
              "five minutes without his rescue medicine being given, drops below 27.5kg, or a new unexplained "
              "mark is found, the nurse, school or parent who knows will tell Ciaran (or the emergency duty "
              "team out of hours) that day and a strategy discussion will be held the same day. If Zayan cannot "
              "be cared for safely at home, he will go to Hollyfield House for an emergency stay that day "
              "(agreed with the Hollyfield manager, Lena Okoro), or to the children's ward at Vintonbury "
              "General if he needs medical care."),
        ("p", "If Imran's shifts change so that Farah is on her own with Zayan's care for more nights, Farah will "
              "tell Ciaran that week and the extra short-break night already agreed with Hollyfield will be "
              "used."),
        ("h1", "Keeping the plan on track"),
        ("bullets", [
            "Core group every 4 weeks at Larkspur Special School, 10am: 15/07/2025, 12/08/2025 and 09/09/2025.",
            "Review child protection conference: 25/09/2025, 2pm, Vintonbury Civic Offices.",
            "If the medicine chart shows missed doses at two core groups in a row, or Zayan's weight has not "
            "started to rise by 12/08/2025, Ciaran will ask the team manager for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("p", "Plan written by Ciaran Mulhall, SW, 03/07/2025. Farah and Imran have a copy, and Zayan has a "
              "symbol version read with him at school."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes saved from Word as plain text: initials, agency
#    round, last meeting's actions, then the plan from today (txt). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_vennick_core_group_note_agency_round_then_log_pryce.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-note-txt-saved-from-word-unwrapped-paragraphs-initials-key-numbered-agenda-agency-round-scaling-last-meetings-actions-then-agreed-actions-lead-by-when-evidence-in-line",
    "description": (
        "Second core group note for a 7-year-old and a 4-year-old (neglect; mother's drinking and "
        "anxiety), typed by business support and saved as plain text: initials key, agency round, the "
        "children's words, scaling, what happened to last meeting's actions, then numbered agreed actions "
        "with Lead / By when / Evidence in the same paragraph. The alcohol worker reports and the GP "
        "acts, but the counsellor only counsels, the home is kept 'acceptable' 'ongoing' and 'monitored', "
        "the Family Hub referral has no lead, 'ALL' own the collections, the SALT screen waits for 'a "
        "slot' with no evidence, attendance is measured by 'improvement', and the review conference "
        "date is still to be confirmed."
    ),
    "text": """\
VENNICK BOROUGH COUNCIL - CHILDREN AND FAMILIES SERVICE
CORE GROUP MEETING NOTE

Children: Lacey PRYCE, born 14/09/2017 (7), Year 2, Hollins Lane Primary School; Jayden PRYCE, born 02/02/2021 (4), Little Acorns Nursery
Address: 46 Coalbrook Terrace, Vennick
Child protection plan since: initial conference 22/05/2025, category NEGLECT
Meeting: core group no. 2, Thursday 10/07/2025, 1.30pm to 3.05pm, Hollins Lane Primary (meeting room 2)
Chair: Erin Roscoe, social worker
Note taken by: Bev Latham, business support

PRESENT (initials used in this note)
SP - Stacey Pryce, mum
ER - Erin Roscoe, social worker, Vennick Safeguarding Team 3
RT - Rob Tunstall, recovery worker, Vennick Alcohol Service
JM - Jo Marsh, counsellor, Vennick Talking Space
NK - Nadia Khan, health visitor
AH - Alison Hurst, designated safeguarding lead, Hollins Lane Primary
KB - Kelly Burns, key person, Little Acorns Nursery

APOLOGIES
Dr Adam Lewin, GP, Coalbrook Medical Practice (written update sent by email 09/07/2025)

1. WELCOME AND NOTE OF LAST MEETING
ER welcomed everyone and explained the note will be sent to all present within 5 working days. The note of the first core group (12/06/2025) was agreed as accurate.

2. AGENCY ROUND
SP said things have been "a bit better". She has been going to her alcohol appointments and to counselling. She said she finds Monday mornings hard because "the weekend catches up with me".
RT: SP has attended 5 of 6 appointments. Four breath tests were clear; the test on Monday 30/06 read 0.12 at 10am. SP told RT she had been drinking on the Sunday night while the children were in bed.
JM: SP has had four counselling sessions for anxiety. JM will not share the content of sessions but confirmed attendance.
NK: saw Jayden at home on 03/07. He is using two-word phrases only and is not understood by people outside the family. Weight 15.2kg (25th centile). NK has not yet been able to book a speech and language screen.
AH: Lacey's attendance this term is 86%; she has been late 9 times, mostly Mondays. On 3 mornings she asked for toast as soon as she arrived.
KB: Jayden has arrived in a heavy nappy four times since the last meeting and was collected late twice, once at 3.55pm.
ER: the kitchen was cleaner at the visit on 01/07 but the children's bedroom still has a bare mattress on the floor and a bin bag of dirty washing. Dr Lewin's email says SP's liver function blood test is overdue.

3. WHAT THE CHILDREN ARE SAYING
Lacey (seen alone by ER at school on 03/07): "Mummy was asleep on the settee on Monday so I got Jayden's cereal. I don't mind, I'm big." She said she likes school dinners best "because there's pudding". She drew a picture of home with her mum in bed and herself and Jayden watching TV.
Jayden (seen at nursery by ER on 07/07): played in the sand with a digger for twenty minutes, brought ER a book, and said "Mummy sleep" when ER asked about home. Nursery say he is most unsettled on Mondays.

4. HOW WORRIED ARE WE? (0 = children not safe, 10 = safe enough to close the plan)
SP 8, ER 4, RT 5, JM 6, NK 4, AH 4, KB 3. ER said the main worry is still the children's care on mornings after SP has been drinking.

5. ACTIONS FROM THE LAST CORE GROUP - PROGRESS
5.1 ER - referral to the Family Hub: the form was returned as incomplete on 24/06; not yet resent. Carried forward (see 6.5).
5.2 RT - alcohol assessment: DONE 16/06/2025.
5.3 NK - ages and stages check for Jayden: DONE 03/07/2025 (see agency round).
5.4 SP - new bed for the children: NOT DONE. SP said the grant from the welfare fund has not come through.
5.5 AH - breakfast club place for Lacey: DONE, Lacey has used it 4 times.

OUTCOMES AGREED AT THE INITIAL CONFERENCE (no change)
- Lacey and Jayden are cared for every day by an adult who is sober and awake.
- They have breakfast, clean clothes and a clean bed every day and get to school and nursery on time.
- Jayden's speech is assessed and he gets the help he needs before he starts school.
- Lacey no longer feels she has to look after Jayden.

6. AGREED ACTIONS - THE PLAN FROM TODAY
6.1 ER to visit Lacey and Jayden at home, at least one visit each month unannounced and one before school, and see Lacey on her own. Lead: ER. By when: every 2 weeks. Evidence: visit notes with Lacey's own words and the state of the kitchen and bedroom.
6.2 RT to see SP for key-work with a breath test at every session, and send ER a written report before each core group on whether SP's drinking is changing and what that means for Lacey and Jayden. Lead: RT. By when: weekly, Mondays 11am. Evidence: breath test readings and RT's written report.
6.3 JM to continue weekly counselling sessions with Stacey for her anxiety and low confidence. Lead: JM. By when: weekly, Tuesdays. Evidence: attendance shared with ER monthly.
6.4 SP to keep the house to an acceptable standard, especially the kitchen and the children's bedroom. Lead: SP. By when: ongoing. Evidence: to be monitored at home visits.
6.5 Referral to the Vennick Family Hub for the Steady Steps parenting course, using the corrected form. Lead: -. By when: 18/07/2025. Evidence: course place confirmed in writing to ER.
6.6 Make sure Lacey and Jayden are collected from school and nursery on time, by 3.15pm. Lead: ALL. By when: every school day. Evidence: late collections recorded on the school and nursery logs and emailed to ER weekly.
6.7 NK to book Jayden's speech and language screening with the SALT drop-in at Vennick Children's Centre. Lead: NK. By when: when a slot becomes available. Evidence: -.
6.8 AH to track Lacey's attendance and punctuality weekly and ring SP on the day about any absence. Lead: AH. By when: weekly. Evidence: improvement in attendance.
6.9 KB to record on the nursery arrival sheet each day whether Jayden arrives on time, fed and in a clean nappy. Lead: KB. By when: every session. Evidence: arrival sheet emailed to ER every Friday.
6.10 Dr Lewin to see SP for her overdue liver function blood test and write to ER and RT with the results. Lead: Dr Lewin (GP). By when: 25/07/2025. Evidence: GP letter on the children's file.
6.11 SP to make sure Lacey and Jayden have breakfast before school and nursery, using the breakfast club on any morning she cannot. Lead: SP. By when: every school day. Evidence: AH and KB note at the morning check whether each child has eaten, and tell ER the same day if not.

7. CONTINGENCY
If SP is found under the influence of alcohol while caring for the children, or either child is not collected and SP cannot be reached within 30 minutes, school or nursery will ring ER (or the emergency duty team after 5pm) and the police if needed. ER will arrange for the children to stay with their maternal aunt, Donna Pryce, that night and will hold a strategy discussion the next working day. If Donna cannot have them, the children will be placed with foster carers.
ER explained that if SP has another positive breath test, or the children's attendance and the state of the house have not changed by the review conference, she will ask her manager for a legal planning meeting.

8. NEXT MEETINGS
Next core group: Thursday 07/08/2025, 1.30pm, Hollins Lane Primary, then every 4 weeks.
Review child protection conference: date to be confirmed by the Conference and Review Unit (ER to chase).

Note agreed by ER 14/07/2025. Distribution: all present, Dr Lewin.
""",
    "findings": [
        F("H001", "continue weekly counselling sessions with Stacey for her anxiety"),
        F("T002", "to keep the house to an acceptable standard"),
        F("M002", "to keep the house to an acceptable standard"),
        F("W001", "Referral to the Vennick Family Hub for the Steady Steps"),
        F("W002", "Make sure Lacey and Jayden are collected from school and nursery"),
        F("T002", "book Jayden's speech and language screening with the SALT drop-in"),
        F("M001", "book Jayden's speech and language screening with the SALT drop-in"),
        F("M002", "track Lacey's attendance and punctuality weekly"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Social worker's letter to parents after a review conference, one
#    sentence per commitment under "What you / I / others will do" (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_vorsley_rcpc_letter_to_parents_by_person_nowak.docx",
    "doc_title": "Letter after review conference - Oskar and Zofia Nowak",
    "split": "heldout",
    "actions": 10,
    "template": "sw-letter-to-both-parents-after-review-conference-translation-note-what-changed-what-children-told-me-then-plan-as-one-sentence-paragraphs-under-what-you-what-i-what-others-will-do",
    "description": (
        "Exemplary letter from the social worker to a Polish-speaking mother and father after the first "
        "review conference for a 9-year-old and a 5-year-old (physical abuse: father hit the older child; "
        "he has since done part of a parenting course and returned home). The plan is one sentence per "
        "commitment under 'What you will do', 'What I will do' and 'What other people will do', each "
        "with owner, time and how it will be known; the aunt's pick-ups and sleepovers have a fallback; "
        "contingency, dates and legal planning are given."
    ),
    "blocks": [
        ("pr", "Vorsley District Council"),
        ("pr", "Children's Services – Family Safeguarding Team South"),
        ("pr", "Quayside House, 4 Ferry Lane, Vorsley VS3 8QT"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Marta and Pawel Nowak"),
        ("pl", "12 Chandlers Row"),
        ("pl", "Vorsley VS2 4LP"),
        ("p", ""),
        ("p", "4 July 2025"),
        ("p", "Our reference: VDC/CP/25/3317 – Oskar and Zofia Nowak"),
        ("p", "A Polish translation of this letter will follow from the Vorsley Interpreting Service by "
              "11 July. Tłumaczenie tego listu na język polski zostanie wysłane do 11 lipca."),
        ("p", "Dear Marta and Pawel,"),
        ("boldp", "Why I am writing"),
        ("p", "Thank you both for coming to the review child protection conference on Wednesday 2 July with "
              "Mr Zielinski, your interpreter. As I promised, I am writing to set out what was decided and the "
              "plan we agreed, so that you have it in writing. Conference decided that Oskar and Zofia will "
              "stay on child protection plans, under the category of physical abuse, until the next review. "
              "The chair, Mrs Gillian Sherratt, said that this is because the changes you have made are "
              "recent, not because nothing has changed. Each part of the plan below says who will do it, when, "
              "and how we will all know it has happened."),
        ("boldp", "What has changed since March"),
        ("p", "In March Oskar came to school with a bruise on his cheek and told his teacher that Tata had hit "
              "him with the back of his hand because he would not go to bed. Pawel, you stayed at your "
              "cousin's flat for six weeks and came home on 12 May, after the first part of the Calmer "
              "Parenting course. Since then there have been no new marks, Oskar has not missed a day of school, "
              "and both children have told me that there is less shouting at home. You both told conference "
              "that bedtime is still the hardest part of the day. Zofia's teacher has noticed that she often "
              "does not answer when she is called, and her hearing test in April was missed."),
        ("boldp", "What Oskar and Zofia told me"),
        ("p", "When I saw Oskar at school on 24 June he said: \"Tata doesn't smack now. He goes in the garden "
              "when he's cross.\" He gave home 7 out of 10 and said it would be 10 \"if we didn't have to go "
              "to bed so early in summer\". Zofia showed me her bedroom and her new fish, and told me that "
              "Ciocia Ewa makes \"the best pancakes\". She said she sometimes hides under her duvet when Mama "
              "and Tata argue."),
        ("boldp", "What we want for Oskar and Zofia"),
        ("bullets", [
            "Oskar and Zofia are never hit or hurt by an adult at home, and they can tell us that they feel "
            "safe there.",
            "Bedtime at home is calm, with adults who stay calm even when the children don't.",
            "Oskar keeps going to school every day, and Zofia's hearing is tested and any problem is treated.",
        ]),
        ("boldp", "The plan we agreed"),
        ("boldp", "What you will do"),
        ("p", "Pawel, you will go to every Tuesday evening session of the Calmer Parenting course at Vorsley "
              "Family Centre until it finishes on 23 September, and the course leader, Kasia Lis, will send me "
              "the attendance sheet at the end of each month."),
        ("p", "Marta and Pawel, every evening you will write a few lines in the green book about how bedtime "
              "went and anything that made either of you cross with the children, and I will read it with you "
              "at each of my visits."),
        ("p", "Marta, you will take Zofia to her rebooked hearing test at Vorsley Children's Centre on 21 July, "
              "and the audiologist will send the result to Dr Kaur and to me."),
        ("boldp", "What I will do"),
        ("p", "I will visit you at home every two weeks, at least once a month without an appointment and once "
              "a month at bedtime, and each time I will see Oskar and Zofia on their own and write down what "
              "they tell me in my visit record."),
        ("p", "I will see Oskar at school once a month to carry on his \"three houses\" work, and I will show "
              "you and the core group his drawings at each core group meeting."),
        ("boldp", "What other people will do"),
        ("p", "Ewa will collect Oskar and Zofia from school every Wednesday and Friday and keep them at her flat "
              "until 6pm, and the school office will write her name in the collection book each time."),
        ("p", "Ewa will also have both children to stay every other Saturday night from 12 July, and she will "
              "write in the green book how they were while they were with her."),
        ("p", "Kasia Lis will hold a mid-course review with Pawel by 5 August and send me a written report on "
              "what he has learned and how he is using it at home with the children."),
        ("p", "Mrs Helen Burke, the designated safeguarding lead at Orchard Vale Primary, will check in with "
              "Oskar every Monday morning and email me the same day with anything he says about home."),
        ("p", "Zofia's class teacher, Miss Aisling Quinn, will write a short note each week of how Zofia "
              "responds when she is spoken to in class, and email it to me every Friday until the hearing "
              "test result is known."),
        ("boldp", "If things go wrong"),
        ("p", "If either of you hits or hurts Oskar or Zofia, or school or anyone else sees a mark on either "
              "child that has not been explained, I (or the out-of-hours team) will hold a strategy discussion "
              "with the police the same day. Pawel, you would be asked to leave the house that day and stay at "
              "your cousin's flat; if you would not, the children would go to stay with Ewa, or with foster "
              "carers if Ewa could not have them."),
        ("p", "If Ewa cannot collect the children on a Wednesday or Friday, Marta will collect them herself, or "
              "school will keep them at the after-school club until 5.30pm and Marta will collect them from "
              "there. If Ewa cannot have them on a Saturday night, the children stay at home that weekend."),
        ("p", "If Pawel stops going to the course, or there is another incident of physical harm, I will ask my "
              "manager for a legal planning meeting within 5 working days to decide whether we need to start "
              "the pre-proceedings process."),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every four weeks at Orchard Vale Primary at 9.30am: on 24 July, "
              "21 August and 18 September 2025. The next review child protection conference is on Thursday "
              "2 October 2025 at 10am at Quayside House."),
        ("boldp", "If you do not agree"),
        ("p", "If you disagree with any part of this plan, please tell me or the chair. You can also use the "
              "council's complaints procedure; the leaflet is enclosed in English and Polish."),
        ("p", "Yours sincerely,"),
        ("p", "Rhiannon Tate"),
        ("pl", "Social Worker, Family Safeguarding Team South"),
        ("pl", "Direct line 01632 960427"),
        ("pl", "cc: Gillian Sherratt (conference chair); Orchard Vale Primary (DSL); Dr Simran Kaur, Riverside "
               "Medical Centre; Kasia Lis, Vorsley Family Centre"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Step-up from child in need: what happened to the CIN plan, then the
#    initial child protection plan with a merged "Need" column (docx). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_valcaster_cin_step_up_what_happened_then_icpp_hollis.docx",
    "doc_title": "Step-up to Child Protection - Tyler and Harper Hollis",
    "split": "heldout",
    "actions": 10,
    "template": "cin-step-up-docx-part-1-why-moved-with-what-the-cin-plan-said-who-what-happened-history-table-then-part-4-need-merged-action-lead-person-start-complete-by-evidence-of-progress",
    "description": (
        "Initial conference plan for a 3-year-old and a 14-month-old stepped up from child in need "
        "(faltering growth, home conditions, mother's depression under the CMHT). A history table shows "
        "what happened to each CIN action; the new plan has the assessment's need merged down the first "
        "column. Weighing, visits and the father's bedtimes are clear, but home conditions are measured "
        "by 'improvement', the CPN only supports (measured by Gemma feeling able to cope), the SALT "
        "referral has no lead, the nursery place waits for a vacancy, the 'Family network' row has no "
        "measure, one outcome is the mother's, and no legal step follows."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Step-up to child protection"),
        ("p", "Valcaster Borough Council · Children's Social Care · Locality Team West"),
        ("p", "Review of the child in need plan and the initial child protection plan"),
        ("kv", [
            ("Children", "Tyler Hollis, born 19/04/2022 (3); Harper Hollis, born 03/05/2024 (14 months)"),
            ("Address", "9 Pitman Close, Valcaster"),
            ("Mother", "Gemma Hollis, 26"),
            ("Mother's partner", "Ross Deakin, 29, Harper's father (Tyler's father has no contact)"),
            ("Child in need plan", "From 14/03/2025; reviewed 25/04/2025 and 06/06/2025"),
            ("Initial child protection conference", "08/07/2025 – category: neglect"),
            ("Social worker", "Leanne Ashworth"),
            ("Conference chair", "Paul Okonedo"),
        ]),
        ("h1", "Part 1 – Why we have moved from child in need to child protection"),
        ("p", "Harper's weight has fallen from the 25th centile at birth to just below the 2nd centile. At the "
              "last three visits the kitchen floor had bin bags and dog mess on it and there was no clean "
              "bedding on either child's bed. Gemma has had depression since Tyler was born and has been under "
              "the Valcaster Community Mental Health Team since 2023; she stopped taking sertraline in April "
              "because of side effects and did not tell her GP. She told the SW that on bad days she cannot get "
              "out of bed until Ross comes home at 4pm. Ross works early shifts at a warehouse. Tyler has very "
              "little speech for his age and has never been to nursery."),
        ("p", "The child in need plan has been in place for four months. Gemma and Ross have taken part, but the "
              "changes have not lasted and Harper's weight has kept falling."),
        ("h2", "What happened to the child in need plan"),
        ("table", {
            "header": ["What the child in need plan said", "Who", "What happened"],
            "widths": [6.5, 3.0, 7.5],
            "rows": [
                ["Weigh Harper monthly at the baby clinic", "Health visitor",
                 "Two of four weighs done; May and June clinics missed"],
                ["Clear the kitchen and the dog's area in the yard", "Gemma and Ross",
                 "Kitchen cleared in April; bin bags and dog mess back by the visit on 19/06/2025"],
                ["Find a nursery for Tyler and fill in the forms", "Gemma",
                 "Not done; Gemma said she could not face the forms"],
                ["See the GP about restarting medication", "Gemma",
                 "Restarted in March, stopped in April; GP not told"],
                ["Family support visits on daily routines", "FSW Carla Penn",
                 "6 of 10 visits took place; no answer at the door 4 times"],
            ],
        }),
        ("h1", "Part 2 – What life is like for Tyler and Harper"),
        ("p", "Tyler (seen at home on 01/07/2025) told the SW \"Harper cries, Mummy in bed\" and took her to see "
              "his bedroom, where the mattress had no sheet. At a nursery taster session on 27/06/2025 he ate "
              "three helpings of lunch and did not want to go home."),
        ("p", "Harper is quiet and still for a baby of her age. At visits she sits for long periods in her cot or "
              "her bouncer, and brightens and babbles when Ross picks her up. She took only 3oz of her bottle "
              "when the HV watched a feed on 30/06/2025."),
        ("h1", "Part 3 – What we want to be different"),
        ("bullets", [
            "Harper is fed enough to gain weight and is back on at least the 9th centile by the review "
            "conference.",
            "Tyler and Harper live in a clean home with a safe place to sleep and clean bedding.",
            "Tyler goes to nursery and his speech is assessed and helped.",
            "Gemma's mental health is stable and she feels able to cope.",
        ]),
        ("h1", "Part 4 – Initial child protection plan"),
        ("table", {
            "header": ["Need (from the assessment)", "Action", "Lead person", "Start / complete by",
                       "Evidence of progress"],
            "widths": [2.6, 5.0, 3.0, 3.0, 3.4],
            "rows": [
                ["Harper's weight",
                 "Weigh Harper at home, watch a feed and give Gemma and Ross a written feeding plan",
                 "HV Sinead Barlow", "Weekly until Harper is back on the 9th centile",
                 "Weight plotted in the red book and emailed to the SW each week"],
                [V,
                 "Refer Harper to the paediatric dietitian and the community paediatrician for a faltering "
                 "growth review",
                 "GP Dr Ravi Menon, Orchard House Surgery", "Referral by 15/07/2025",
                 "Referral acknowledgement and appointment letters on the children's file"],
                ["Home conditions",
                 "Clear the rubbish bags from the kitchen and hall, clean the dog's area in the yard and put "
                 "clean sheets on both children's beds",
                 "Gemma Hollis and Ross Deakin", "By 25/07/2025",
                 "Improvement in the state of the house"],
                [V,
                 "Family support sessions at home on a daily routine for meals, nappies and bedtimes, using a "
                 "chart on the fridge",
                 "FSW Carla Penn, Valcaster Family Hub", "Twice a week for 8 weeks from 14/07/2025",
                 "Routine chart filled in each day and photographed at each session"],
                ["Gemma's mental health",
                 "Appointments with Gemma to support her with her mood and help her restart her medication",
                 "CPN Mark Ellery, Valcaster CMHT", "Fortnightly",
                 "Gemma feels more able to cope"],
                ["Tyler's development",
                 "Referral to Valcaster Speech and Language Therapy for Tyler's speech",
                 "–", "By 18/07/2025",
                 "SALT acceptance letter on the children's file"],
                [V,
                 "Apply for Tyler's funded nursery place at Little Wrens Nursery and help Gemma with the forms",
                 "FSW Carla Penn", "When a place becomes available",
                 "Little Wrens attendance register sent to the SW monthly"],
                ["Help around the family",
                 "Identify relatives and friends who could help with the children's care on the days Gemma "
                 "cannot get up",
                 "Family network", "By 01/08/2025",
                 ""],
                ["Daily care and seeing the children",
                 "Home visits, one each week unannounced, seeing Harper fed and changed and Tyler's bedroom",
                 "SW Leanne Ashworth", "Weekly",
                 "Visit notes record Harper's feed, the children's beds and what Tyler says"],
                [V,
                 "Do Harper's bedtime bottle and bath on the evenings he is not working, and fill in the feed "
                 "chart",
                 "Ross Deakin", "Every evening Ross is not on shift (at least 4 a week)",
                 "Feed chart seen by the HV and the SW at each visit"],
            ],
        }),
        ("h1", "Part 5 – Contingency"),
        ("p", "If Harper loses any more weight, or either child is found on their own or in an unsafe or dirty "
              "home, the SW will hold a strategy discussion the same day. Harper will be admitted to the "
              "children's ward at Valcaster General Hospital for a feeding assessment, and the children will "
              "be cared for by approved foster carers if they cannot stay safely at home."),
        ("h1", "Part 6 – Core group and review"),
        ("p", "First core group: 18/07/2025, 10am, Valcaster Family Hub, then every 4 weeks (15/08/2025 and "
              "12/09/2025). Review child protection conference: 02/10/2025, 1.30pm, Valcaster Town Hall."),
        ("p", "Leanne Ashworth, Social Worker – plan typed 09/07/2025 and sent to Gemma, Ross and all agencies."),
    ],
    "findings": [
        F("F002", "Gemma's mental health is stable and she feels able to cope."),
        F("M002", "Clear the rubbish bags from the kitchen and hall"),
        F("H001", "support her with her mood and help her restart her medication"),
        F("M002", "support her with her mood and help her restart her medication"),
        F("W001", "Referral to Valcaster Speech and Language Therapy for Tyler's speech"),
        F("T002", "Apply for Tyler's funded nursery place at Little Wrens"),
        F("W002", "Identify relatives and friends who could help with the children's care"),
        F("M001", "Identify relatives and friends who could help with the children's care"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan, table with "When" first (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_vexford_rcpc_when_first_twelve_weeks_campbell.md",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-md-where-things-are-now-how-children-are-goals-then-next-twelve-weeks-table-when-first-what-will-happen-who-what-will-show-it-has-happened",
    "description": (
        "Exemplary first review conference plan for a 10-year-old and a 2-year-old whose father had a "
        "psychotic relapse in February and now lives with his mother, seeing the children under her "
        "supervision. The 'next twelve weeks' table puts When first. The care co-ordinator reports on "
        "whether he is staying well and the psychiatrist assesses relapse risk and timescale; the "
        "grandmother's supervision has a fallback at a family centre; dates and legal planning are set."
    ),
    "text": """\
# Child protection plan: Marcus and Nevaeh Campbell

Vexford Council – Children's Social Care
First review child protection conference, 19 June 2025 – **plan continues** (category: emotional abuse)
Social worker: Tobias Lindqvist · Conference chair: Margaret Ofori

## Where things are now

In February the children's father, Dwayne Reid, became very unwell with a relapse of his
schizophrenia. For about ten days he believed the neighbours were poisoning the family's food,
kept Marcus and Nevaeh indoors with the curtains shut and pushed furniture against the front
door. Marcus missed two weeks of school. Dwayne was admitted to Vexford Hospital's Elm Ward under
the Mental Health Act for five weeks. Since he came out in March he has lived with his mother,
Gloria Reid, on Sandpiper Road, has had his depot injection on time every two weeks and is
under the Vexford Community Mental Health Team.

Shontelle Campbell, the children's mum, has looked after them on her own since February. She
has kept to the agreement that Dwayne sees the children only at Gloria's, with Gloria there.
Conference heard that Dwayne has been well since April, but that his last relapse, in 2022, came
within weeks of him missing injections, and that Marcus still checks the locks and the food.

## How Marcus and Nevaeh are

Marcus, 10 (seen alone at Brookmead Primary on 12 June): "Dad's proper better now. He's funny
again." He said he still smells his food before he eats it "just in case", and that he wants
"to see Dad at the park like before". Asked what would make him worried, he said "if Dad starts
whispering again". He put home at 8 out of 10 and Nan Gloria's at 9.

Nevaeh, 2: at visits she runs to the door to show the social worker her shoes, babbles
constantly and uses about 20 words. Shontelle says she wakes two or three times most nights and
only settles in Shontelle's bed. At Gloria's on 14 June she climbed onto Dwayne's lap straight
away and fell asleep there.

## Goals for Marcus and Nevaeh

- Marcus and Nevaeh only spend time with their dad when he is well and another adult who knows
  his warning signs is with them.
- Marcus stops checking his food and the locks, and knows exactly what to do if Dad becomes unwell.
- Nevaeh sleeps better, keeps learning new words and has time with other children every week.

## The next twelve weeks

| When | What will happen | Who | What will show it has happened |
|---|---|---|---|
| Every 2 weeks, with one visit a month unannounced | Home visits: see Marcus on his own and Nevaeh at play, and talk with Shontelle about the children's sleep and eating | Tobias Lindqvist, SW | Visit record with Marcus's words and what Nevaeh was doing |
| Every Wednesday 4–6pm and Saturday 10am–1pm | Dwayne's time with the children at Gloria's house, with Gloria in the room the whole time | Gloria Reid (paternal grandmother) | Contact book signed by Gloria after each visit; SW reads it every fortnight |
| Before each Wednesday and Saturday contact | Check with Dwayne that he has had his medication and go through the early warning signs card from the CMHT; cancel the contact if any sign is there | Gloria Reid | Card ticked in the contact book before every contact; any cancelled contact texted to the SW that day |
| Fortnightly; written report before each core group | Care co-ordination visits and depot injection; a written report for each core group on whether Dwayne is staying well and keeping to his relapse prevention plan, and what that means for the children's contact; the SW told the same day if a depot is missed | Hollie Stenning, care co-ordinator, Vexford CMHT | Depot given on the due date (clinic record); report read at every core group |
| By 31 July 2025 | Assessment of how likely Dwayne is to relapse, how much warning there would be, and whether unsupervised time with the children could become safe and over what timescale | Dr Kwame Asante, consultant psychiatrist, Vexford CMHT | Written assessment sent to the SW and read at the core group on 7 August |
| By 11 July 2025 | Family safety plan written with Shontelle and Marcus: what Marcus does if Dad seems unwell, who he rings and the family's code word | Tobias Lindqvist, SW | Plan signed by Shontelle, copies on the fridge and in Marcus's school bag; Marcus tells his DSL what is in it |
| Every Monday in term time | Check-in with Marcus; note anything he says about Dad, food or locks | Mr Femi Adeleke, DSL, Brookmead Primary | DSL log; anything about Dad's health passed to the SW the same day |
| Six Thursdays from 26 June 2025 | "Time for Me" group, so Marcus learns about Dad's illness without feeling in charge of it | Niamh Doyle, Vexford Young Carers | Attendance register and Marcus's end-of-group feedback sheet sent to the SW |
| By 29 August 2025 | Nevaeh's two-year review, including her speech and her sleep, with a sleep plan for Shontelle | Lauren Mbeki, health visitor | Review scores and sleep plan in the red book, copy to the SW |
| Tuesday and Thursday mornings from 1 July 2025 | Nevaeh at Brookmead Nursery for two sessions a week | Shontelle Campbell | Nursery register sent to the SW at the end of each month |

## If Dwayne becomes unwell

If Dwayne misses a depot injection, if Gloria or Shontelle see any of his early warning signs
(not sleeping, whispering, talking about being watched or poisoned), or if he comes to
Shontelle's home, contact stops that day. Gloria or Shontelle will ring the CMHT crisis line
and Tobias (or the emergency duty team out of hours), and Shontelle will not let Dwayne into
the house; if he will not leave, she will ring 999. If the children were with Dwayne while he
was unwell, Tobias will hold a strategy discussion the same day.

If Gloria is ill, away or cannot stay in the room for the whole of a contact, that contact does
not happen with anyone else in the family. Tobias will arrange supervised contact at Vexford
Family Centre within 7 days instead.

If Dwayne has contact with the children while he is unwell, or contact takes place without
Gloria there, Tobias will ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks at Brookmead Primary, 3.45pm: 10 July, 7 August and 4 September 2025.
- Next review child protection conference: 18 September 2025, 10am, Vexford Civic Centre.

*Plan agreed at conference and typed by Tobias Lindqvist, 20 June 2025. Copies to Shontelle,
Dwayne, Gloria and all agencies.*
""",
    "findings": [],
})
