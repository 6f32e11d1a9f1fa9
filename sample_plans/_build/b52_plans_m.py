"""Batch 52, module m: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
councils and health trusts. Labels were written by hand from docs/rules.md
and the conventions in sample_plans/README.md, without running planlint or
reading its code.

Seven different kinds of plan from the four nations, each in a template
invented for it: a Scottish review Child Protection Planning Meeting decision
sheet with a plan whose "Risk we are reducing" column is merged down (PDF,
exemplary); an English 12-week neglect plan whose first column is the week
number, after a baseline / "good enough by week 12" grid (docx, exemplary); a
Welsh pre-birth plan in three stages with owner-first numbered items (md,
exemplary); a family group conference plan answering the social worker's
questions, typed by the coordinator (txt, exemplary); a Northern Ireland
Trust's initial case conference record with the plan set out agency by agency
in lettered field lines (txt, faults); a looked-after child's care plan that
carries her child protection plan, with dimension banner rows, before a
planned operation (docx, faults); and a joint children's and adult mental
health "Think Family" plan in two parts (PDF, faults).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: review CPPM decision sheet, then a plan with a merged
#    "Risk we are reducing" column; PDF with header and page footer.
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_muirhallan_review_cppm_risk_merged_drummond.pdf",
    "doc_title": "Review Child Protection Planning Meeting - Callum and Skye Drummond",
    "split": "heldout",
    "actions": 9,
    "template": "scottish-review-cppm-paged-decision-sheet-kv-since-last-meeting-having-my-say-then-risk-we-are-reducing-merged-first-column-what-will-be-done-who-when-how-we-will-know-it-is-working",
    "description": (
        "Exemplary Scottish plan from a review Child Protection Planning Meeting for a 9-year-old and a "
        "4-year-old (mother's drinking, neglect, the older child caring for the younger). A decision "
        "sheet, the children's views, outcomes, then a table whose 'Risk we are reducing' column is merged "
        "down over its actions. The alcohol service reports on change, the GP owns an action, the "
        "grandfather's weekend nights have a fallback in the contingency, core group and review dates are "
        "set, and legal advice and a referral to the Children's Reporter follow named triggers."
    ),
    "header": "OFFICIAL-SENSITIVE | Muirhallan Council Children and Families | Review CPPM 19/08/2025",
    "footer": "Child protection plan – Callum and Skye Drummond – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Planning Meeting – Review"),
        ("p", "Muirhallan Council · Children and Families Social Work · Eastern Locality Team"),
        ("h2", "Decision sheet"),
        ("kv", [
            ("Children", "Callum Drummond, born 02/05/2016 (9), P5 at Craigend Primary; "
                         "Skye Drummond, born 19/01/2021 (4), Bellfield Early Learning Centre"),
            ("Address", "12 Loanhead Crescent, Muirhallan"),
            ("Parent", "Lorna Drummond (mum). The children's father, Ross Gilchrist, lives in Dunmarrow and "
                       "has had no contact since 2022."),
            ("Meeting", "Review CPPM, Tuesday 19/08/2025, Muirhallan Council Headquarters, Room 2.14. "
                        "Initial CPPM held 20/05/2025."),
            ("Chair", "Anne Galbraith, Child Protection Chair"),
            ("Lead professional", "Euan Kerr, social worker"),
            ("Named Person", "Iain Crawford, depute head teacher, Craigend Primary (Callum); "
                             "Alison Gourlay, health visitor (Skye)"),
            ("Decision", "Callum and Skye's names remain on the child protection register. "
                         "Areas of concern: parental alcohol use; neglect."),
            ("Agreement", "Reached by consensus. Lorna said she agreed with the decision and wants the plan "
                          "to work."),
        ]),
        ("h2", "Present"),
        ("p", "Lorna Drummond; Alasdair Drummond (maternal grandfather); Euan Kerr (SW); Fiona Baird (recovery "
              "worker, Muirhallan Alcohol and Drug Recovery Service); Alison Gourlay (HV); Iain Crawford "
              "(Craigend Primary); Shona Reid (Bellfield ELC); Anne Galbraith (chair); Carol Aird (minutes). "
              "Dr Kirsty Ewan (GP) sent a written report."),
        ("h2", "What has happened since May"),
        ("p", "At the initial CPPM Lorna was drinking most evenings and all weekend. Callum had twice phoned "
              "his grandfather late at night because he could not wake his mum, and Skye was arriving at "
              "nursery unwashed and hungry on Mondays. Since June Lorna has been seeing Fiona every week and "
              "was started on acamprosate by her GP in July. Her breath readings at the service have been "
              "clear on 9 of 11 visits; the two readings over the limit were both on Mondays. Alasdair has "
              "had the children every Friday and Saturday night since June without missing one."),
        ("p", "The meeting agreed that things are better for the children, but that the change is recent, "
              "that weekends are still the riskiest time, and that Callum is still doing too much at home: "
              "he told Iain he makes Skye's toast most mornings and \"checks Mum is breathing\" before "
              "school."),
        ("h2", "Callum and Skye's views"),
        ("p", "Callum filled in his 'Having my say' form with Iain and came to the first 20 minutes of the "
              "meeting. He said: \"Mum is a lot better. She's not sleeping on the couch as much. I still do "
              "Skye's toast because Mum's slow in the morning.\" He said the best bit of the week is Friday "
              "at Papa's \"because we get chips and watch the football\", and that he would like to go back "
              "to cubs on a Tuesday."),
        ("p", "Skye is too young to give her views in words. At nursery she is chatty and plays with the "
              "small-world farm, but on Mondays she goes straight to the snack table and asks for toast. At "
              "Euan's visit on 12 August she showed him her bed and her teddy \"Mr Bun\", and climbed onto "
              "her mum's knee for a story."),
        ("h2", "What needs to change for Callum and Skye"),
        ("bullets", [
            "Callum and Skye are looked after by a sober adult every day and every night.",
            "Callum stops making Skye's breakfast and checking on his mum, and gets back to being a P5 boy "
            "who goes to cubs.",
            "Skye arrives at nursery fed, clean and warm every day, her teeth are treated and her speech is "
            "checked before she starts school.",
        ]),
        ("h2", "Child protection plan"),
        ("table", {
            "header": ["Risk we are reducing", "What will be done", "Who", "When",
                       "How we will know it is working"],
            "widths": [2.8, 5.0, 3.0, 2.8, 3.4],
            "rows": [
                ["Callum and Skye being cared for by their mum when she has been drinking",
                 "Alcohol key-work with Lorna, with a breath test at every session, and a written view before "
                 "each core group on whether her cut-down is holding and what it means for her care of "
                 "Callum and Skye",
                 "Fiona Baird, recovery worker, Muirhallan Alcohol and Drug Recovery Service",
                 "Every Tuesday; written view 3 days before each core group",
                 "Breath readings from each session; Fiona's written view read out at every core group"],
                [V,
                 "Lorna blows into the home breathalyser before the school run and again at 5pm, before "
                 "Skye's tea, and texts the reading to her dad",
                 "Lorna Drummond",
                 "Twice a day, every day",
                 "Alasdair's log of the readings, shown to Euan at every visit; every reading 0.00"],
                [V,
                 "Liver function bloods, and a check of Lorna's acamprosate prescription with a letter to "
                 "the lead professional after each check",
                 "Dr Kirsty Ewan, GP, Glenburn Medical Practice",
                 "Bloods by 29/08/2025; prescription every 4 weeks",
                 "Blood results and GP letter on the social work file; pharmacy record shows each "
                 "prescription collected on the day it is due"],
                ["Callum looking after Skye and himself",
                 "See Callum on his own, at home or in school, and ask him about the evenings: who made the "
                 "tea and who put Skye to bed; see Skye at home awake",
                 "Euan Kerr, lead professional",
                 "Every 2 weeks; one visit each month unannounced after 5pm",
                 "Visit record notes who cooked and who did Skye's bedtime, with Callum's own words"],
                [V,
                 "Young carer statement for Callum and a place at the Thursday young carers club",
                 "Morag Linton, Muirhallan Carers Centre",
                 "Statement by 12/09/2025; club every Thursday after that",
                 "Young carer statement sent to Euan; club register"],
                [V,
                 "Check in with Callum at the start of each week and pass on anything he says about home",
                 "Iain Crawford, Named Person, Craigend Primary",
                 "Every Monday morning in term",
                 "Check-in note kept by the school; any worry phoned through to Euan the same day"],
                ["Skye's health and development being missed",
                 "Register Skye with a dentist and get her seen; complete her 4–5 year health review, "
                 "including her speech",
                 "Alison Gourlay, health visitor",
                 "Dental visit by 05/09/2025; review by 30/09/2025",
                 "Dental appointment letter seen; height, weight and speech results sent to Euan"],
                [V,
                 "Note Skye's arrival each day: the time, whether she has had breakfast, and whether her "
                 "clothes are clean and warm enough",
                 "Shona Reid, key worker, Bellfield ELC",
                 "Every session, Monday to Thursday",
                 "Arrival sheet emailed to Euan every Friday; a late or hungry arrival phoned through that "
                 "morning"],
                ["Weekends, when Lorna has drunk most",
                 "Callum and Skye stay with Papa at his house in Kilbride Road",
                 "Alasdair Drummond (maternal grandfather)",
                 "Every Friday and Saturday night",
                 "Overnight diary signed each weekend and checked by Euan at each visit"],
            ],
        }),
        ("h2", "If the plan is not keeping Callum and Skye safe"),
        ("p", "If Lorna has a breath reading above zero while the children are in her care, anyone sees her "
              "under the influence while she is looking after them, or Callum phones his Papa or 999 because "
              "his mum will not wake, Alasdair will collect Callum and Skye and keep them at his house, and "
              "Euan (or Social Work Out of Hours) will hold an inter-agency referral discussion the same day. "
              "If Lorna is not safe to be left on her own, the police will be called."),
        ("p", "If Alasdair is ill, away or cannot take the children, their aunt Eilidh Drummond in "
              "Strathcairn will collect them. If neither can, Callum and Skye will be placed together with "
              "foster carers that night under section 25 of the Children (Scotland) Act 1995."),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Craigend Primary, 3.45pm: 04/09/2025, 02/10/2025 and 30/10/2025.",
            "Next review Child Protection Planning Meeting (the review conference): Tuesday 18/11/2025, "
            "10am, Muirhallan Council Headquarters.",
            "If two of Lorna's readings are above zero before the core group on 30/10/2025, or the weekend "
            "overnights stop, Euan will seek legal advice from Muirhallan Council Legal Services within 5 "
            "working days and his team leader will refer Callum and Skye to the Children's Reporter.",
        ]),
        ("p", "Anne Galbraith, Child Protection Chair – decision sheet and plan issued 21/08/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. England: 12-week neglect plan, baseline grid then a plan table whose
#    first column is the week number (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_mossbeck_neglect_twelve_week_week_first_shaw.docx",
    "doc_title": "Child Protection Plan (Neglect) - 12-week plan - Tia, Jayden and Ruby Shaw",
    "split": "heldout",
    "actions": 10,
    "template": "neglect-twelve-week-plan-docx-week-numbering-key-baseline-what-we-saw-good-enough-by-week-12-grid-then-weeks-first-column-what-will-happen-who-what-core-group-will-see",
    "description": (
        "Exemplary initial child protection plan for three children (11, 7 and 2) on the category of "
        "neglect, written as a 12-week plan: a key to the week numbers, a grid of what was seen at the "
        "conference beside what 'good enough' looks like by week 12 (the outcomes), the children's words, "
        "then a table whose first column is the week or weeks. Owners, weeks or dates and observable "
        "evidence on every row; no parental illness; a specific contingency with a named aunt and foster "
        "carers; core groups in weeks 3, 6 and 9, a review conference date and a legal planning step."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Neglect (12-week plan)"),
        ("p", "Mossbeck Metropolitan Borough Council · Children's Services · Safeguarding and Support Team 3"),
        ("kv", [
            ("Children", "Tia Shaw (11, Year 6), Jayden Shaw (7, Year 3) – both at Mossbeck Community "
                         "Primary; Ruby Shaw (2)"),
            ("Parents", "Danielle Shaw and Kyle Shaw, 27 Pit Lane, Mossbeck"),
            ("Conference", "Initial child protection conference, Thursday 04/09/2025. Category: neglect"),
            ("Social worker", "Nadia Farrow (team manager: Gareth Lowe)"),
            ("How the weeks work", "Week 1 is the week beginning 08/09/2025. Week 12 ends on Friday "
                                   "28/11/2025. Half-term is week 8."),
        ]),
        ("h1", "Why Tia, Jayden and Ruby have a plan"),
        ("p", "Mossbeck Community Primary referred the family in June after Jayden came to school with head "
              "lice for the fourth time and told his teacher there was \"no bread at home\". At the home visit "
              "the social worker found bags of rubbish in the kitchen and the back garden, a broken fridge on "
              "the patio, Jayden sleeping on a mattress on the floor, and Ruby's nappy soaked through. Tia's "
              "and Jayden's attendance last year was 81%, and Ruby has missed her pre-school boosters and has "
              "never seen a dentist. Danielle and Kyle love their children and both came to every meeting; "
              "they told conference that things \"got on top of us\" after Kyle lost his job in the spring."),
        ("h1", "Where we started, and what good enough looks like by week 12"),
        ("table", {
            "header": ["Area of daily care", "What we saw (conference, 04/09/2025)", "Good enough by week 12"],
            "widths": [3.2, 6.9, 6.9],
            "bold_first_col": True,
            "rows": [
                ["Food", "Empty fridge on two visits; Jayden asking school staff for toast",
                 "There is food in the house at every visit and the children have tea at home every day"],
                ["Sleep", "Jayden on a mattress on the floor; no bedtime routine",
                 "Each child sleeps in their own made-up bed and is in bed by 8pm on school nights"],
                ["Hygiene", "Head lice four times since March; Ruby's nappy soaked at a visit",
                 "No head lice found at school checks; Ruby is changed and clean at every visit"],
                ["Health", "Ruby's boosters missed; no dentist for any of the children",
                 "Ruby's immunisations are up to date and all three children have seen a dentist"],
                ["School", "Tia and Jayden 81% attendance last year, often late",
                 "Tia and Jayden are in school on time and their attendance is 95% or more"],
                ["Home", "Rubbish in the kitchen and garden; broken fridge on the patio",
                 "Every room and the garden are safe and clear for Ruby to play in"],
            ],
        }),
        ("h1", "What the children told us, and what we saw of Ruby"),
        ("p", "Tia (seen on her own at school, 28/08/2025): \"I don't ask friends round because it's messy and "
              "Mum gets embarrassed. I do Ruby's bottle sometimes when Mum's asleep.\" On a scale of 0 to 10 "
              "she put home at 4 and said a 7 would be \"a clean kitchen and Jayden having a proper bed\"."),
        ("p", "Jayden (seen at school, 28/08/2025) said his mattress is \"cold on my back\" and that his "
              "favourite tea is \"nuggets at Auntie Jodie's\". He drew his family with a big dog he wishes "
              "they had."),
        ("p", "Ruby does not yet say more than a few words. At visits she was seen toddling after Danielle, "
              "grabbing food from her brother's plate, and settling quickly when Kyle picked her up."),
        ("h1", "The 12-week plan"),
        ("table", {
            "header": ["Week(s)", "What will happen", "Who", "What the core group will see"],
            "widths": [3.0, 6.2, 3.4, 4.4],
            "rows": [
                ["Weeks 1–12: every Tuesday, with an unannounced visit at least once a fortnight",
                 "Walk round each room with Danielle and Kyle using the Mossbeck home conditions checklist; "
                 "look at each child's bed, the fridge and the bathroom, and see Ruby awake",
                 "Nadia Farrow, social worker",
                 "A checklist score for each room at each visit, with the scores set out week by week for "
                 "every core group"],
                ["Weeks 1–8: Tuesday and Thursday mornings, 7.30–9am",
                 "Work with Danielle and Kyle on the school-morning routine: alarm, breakfast, uniforms laid "
                 "out the night before, out of the door by 8.25am",
                 "Lee Garside, family support worker, Mossbeck Family Hub",
                 "Session log; registers show Tia and Jayden in by 8.45am on at least 9 of every 10 mornings"],
                ["Week 1 (by Friday 12/09/2025), then every Sunday evening",
                 "Treat all five of the family for head lice, then wet-comb Tia, Jayden and Ruby every week",
                 "Danielle Shaw",
                 "School nurse checks Tia and Jayden in weeks 2 and 6 and emails Nadia; no live lice found"],
                ["By the end of week 2 (19/09/2025)",
                 "Get a bed and a new mattress for Jayden with the grant Lee has applied for, and make it up",
                 "Kyle Shaw",
                 "Bed seen made up in Jayden's room at the week 3 visit"],
                ["By the end of week 3 (26/09/2025)",
                 "Clear the back garden of rubbish bags and book the council to take away the broken fridge",
                 "Kyle Shaw",
                 "Garden seen clear at the week 4 visit; bulky waste collection receipt"],
                ["By the end of week 4 (03/10/2025)",
                 "Ruby's 2-year review with an ASQ-3, and a referral to speech and language therapy if her "
                 "talking is behind",
                 "Carol Mensah, health visitor",
                 "ASQ-3 scores, and any referral letter, sent to Nadia before the week 6 core group"],
                ["By the end of week 6 (17/10/2025)",
                 "Take Ruby for her missed boosters and take all three children for a dental check",
                 "Danielle Shaw",
                 "Red book updated and seen by the health visitor; letter from Pit Lane Dental Practice"],
                ["Every school day, weeks 1–12",
                 "Ring home by 9.30am if Tia or Jayden is not in school, and make a home visit that day if "
                 "nobody answers",
                 "Mrs Pat Kershaw, attendance officer, Mossbeck Community Primary",
                 "Each child's attendance figure at every core group, reaching 95% by week 12"],
                ["Every Wednesday, weeks 1–12 (not half-term)",
                 "One-to-one time with Tia about what home is like, using her 'home weather' chart",
                 "Mr Ade Bello, learning mentor, Mossbeck Community Primary",
                 "Tia's weather chart and the mentor's notes shared with Nadia at the end of each month"],
                ["From week 2: at least 4 evenings every week",
                 "A cooked tea at the table together, ticked off on the fridge chart",
                 "Danielle and Kyle Shaw",
                 "Fridge chart seen at every social work visit; the children asked what they had for tea"],
            ],
        }),
        ("h1", "If the children are not safe enough at home"),
        ("p", "If Nadia or any professional finds no food in the house, finds Ruby left on her own or with Tia "
              "in charge of her, or Tia or Jayden misses 3 days in any fortnight without a reason, Nadia (or "
              "the Emergency Duty Team out of hours) will hold a strategy discussion the same day. If the "
              "children cannot stay at home that night they will go together to Kyle's sister, Jodie Shaw, "
              "at 4 Fellgate, who has agreed to this and has been checked; if Jodie cannot have them, they "
              "will go together to Mossbeck foster carers."),
        ("h1", "Core group, review and legal planning"),
        ("bullets", [
            "Core group in weeks 3, 6 and 9: Thursday 25/09/2025, 16/10/2025 and 06/11/2025, 9.30am at "
            "Mossbeck Community Primary.",
            "Review child protection conference: Thursday 04/12/2025, 10am, Mossbeck Civic Hall.",
            "If at the week 9 core group any room still scores below 3 on the checklist, or either child's "
            "attendance is below 90%, Nadia will ask Gareth Lowe for a legal planning meeting within 5 "
            "working days to decide whether to start the Public Law Outline.",
        ]),
        ("p", "Plan written by Nadia Farrow, Social Worker, and agreed with Danielle and Kyle Shaw on "
              "05/09/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Wales: pre-birth plan in three stages, owner-first numbered items with
#    When / We'll know because (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_melynfach_prebirth_three_stages_owner_first_hopkins.md",
    "split": "heldout",
    "actions": 12,
    "template": "welsh-prebirth-care-and-support-protection-plan-md-babys-world-now-then-three-stage-headings-numbered-items-bold-owner-first-italic-when-and-well-know-because",
    "description": (
        "Exemplary Welsh pre-birth care and support protection plan made at 31 weeks (mother's daily "
        "cannabis use; father's past violence to a former partner). The unborn baby's world as observed, "
        "the parents' hopes, outcomes for the baby, then three stages (now to 36 weeks; labour, birth and "
        "the ward; the first six weeks) of numbered items that open with the owner and carry 'When' and "
        "'We'll know because'. The substance misuse service reports on change, the grandmother's 14 nights "
        "have a back-up, core group and review dates are set and a legal gateway meeting follows triggers."
    ),
    "text": """\
# Care and support protection plan – unborn baby of Ceri Hopkins

**Melynfach County Borough Council – Children's Services (Safeguarding Team, Ystrad Office)**
with Cwm Aderyn University Health Board Maternity Services

Agreed at the pre-birth child protection conference on 13 October 2025, when Ceri was 31 weeks
pregnant. The baby's name has been placed on the child protection register under the category of
neglect, with emotional abuse. Due date: 15 December 2025.

Social worker: Siôn Mathias · Conference chair: Delyth Powell · Plan typed by Siôn, 14 October 2025

---

## The family

- **Ceri Hopkins**, 24, mum-to-be. First baby.
- **Jordan Price**, 27, the baby's dad. Lives with Ceri at Flat 2, 19 Heol y Bryn, Melynfach.
- **Eirlys Hopkins**, Ceri's mum, lives in Pontgarw, 15 minutes away by car.
- **Gwen Hopkins**, Ceri's aunt, lives in Melynfach town.

## Why the conference was worried

Ceri has smoked cannabis every day since she was 16, and told the midwife at booking that she
smokes "a few joints every night to sleep". Her urine screen at 20 weeks was positive. Jordan was
convicted in 2022 of assaulting a former partner and was on a community order until 2024. Police
have been called to the flat twice this year (April and August) after neighbours heard shouting;
nobody was hurt and no one was arrested, but on the second occasion Ceri had a red mark on her arm
that she said came from a door.

## The baby's world now

At the 20-week scan the baby was growing well; she is a girl, and Ceri and Jordan have chosen the
name Lowri. When Siôn and the midwife visited on 2 and 9 October the flat smelt strongly of
cannabis, including the bedroom where the cot is meant to go. There was no cot, car seat or baby
clothes yet. Ceri talks to her bump and plays it music, and Jordan came to both scans and showed
Siôn the scan picture on his phone.

## What Ceri and Jordan want

Ceri: "I want her to come home with us. I've cut down already and I'll stop before she's born."
Jordan: "What happened before isn't who I am now, but I get why you're worried. I'll do the course."
Both said they would like Eirlys to stay for the first two weeks.

## What we want for the baby

- She comes home to a flat where nobody smokes cannabis, inside or out.
- She sleeps on her back in her own cot in her parents' room, every sleep.
- She is never in the middle of shouting, threats or violence between the adults caring for her.
- She is fed, kept clean and weighed, and grows along her centile in her first six weeks.

---

## The plan

### Stage 1 – now until 36 weeks (17 November 2025)

1. **Rhiannon Lloyd, specialist safeguarding midwife** – see Ceri at every antenatal appointment and ask her how much cannabis she has used and how she is sleeping. *When:* every 2 weeks until 36 weeks, then weekly. *We'll know because:* each appointment is written up in the maternity notes and Rhiannon emails Siôn a short summary the same day.
2. **Gethin Rowlands, Tŷ Newydd Substance Misuse Service** – key-work sessions with Ceri, with a urine screen at each one, and a written report to each core group on whether her cannabis use is coming down towards stopping before the birth and what that would mean for her care of the baby. *When:* every Thursday; report 2 days before each core group. *We'll know because:* the screen results and Gethin's report are read at every core group.
3. **Ceri and Jordan** – buy a cot, a new mattress and a rear-facing car seat, and set the cot up in their bedroom. *When:* by 36 weeks (17/11/2025). *We'll know because:* Rhiannon sees the cot and car seat at the 36-week home visit.
4. **Jordan Price** – go to the Choices for Change programme for men who have been abusive to a partner. *When:* first session 22/10/2025, then every Wednesday evening for 24 weeks. *We'll know because:* the group worker, Aled Morgan, sends Siôn a monthly attendance sheet and a mid-point report by 14/01/2026.
5. **Siôn Mathias, social worker** – finish the pre-birth parenting assessment of Ceri and Jordan, including how they will keep the baby away from cannabis smoke and from arguments. *When:* by 34 weeks (03/11/2025). *We'll know because:* the written assessment is shared with Ceri, Jordan and the core group on 06/11/2025.
6. **Heledd Bowen, Flying Start health visitor** – antenatal home visit with Ceri and Jordan together on safe sleep, coping with a crying baby and who to ring (ICON). *When:* by 34 weeks (03/11/2025). *We'll know because:* the ICON sheet signed by both parents is filed in the health visiting record and a copy is sent to Siôn.
7. **Rhiannon Lloyd** – put a safeguarding birth alert on the maternity system asking the labour ward to ring Siôn, or the Emergency Duty Team out of hours, within 2 hours of Ceri arriving in labour. *When:* by 32 weeks (20/10/2025). *We'll know because:* Rhiannon emails Siôn to confirm the alert is showing, and checks it again at the 34-week appointment.

### Stage 2 – labour, birth and the postnatal ward

8. **Bethan Hughes, ward manager, Ward 4 (postnatal), Ysbyty Cwm Aderyn** – make sure the midwives on every shift write down each feed, each nappy change and how Ceri and Jordan handle and settle the baby. *When:* every shift until discharge. *We'll know because:* Bethan sends the completed baby care chart to Siôn before the discharge meeting.
9. **Siôn Mathias** – hold a discharge planning meeting on the ward with Ceri, Jordan, Rhiannon and Heledd. *When:* before the baby leaves hospital. *We'll know because:* a written discharge plan is given to Ceri and Jordan and emailed to the core group the same day.

### Stage 3 – the first six weeks at home

10. **Siôn Mathias** – visit at home, see the baby awake and where she sleeps, and see how Ceri and Jordan respond when she cries. *When:* within 24 hours of discharge, then weekly for 6 weeks. *We'll know because:* each visit record notes the sleep space, whether the flat smells of cannabis and how the baby was comforted.
11. **Heledd Bowen** – new birth visit, then weigh the baby every week. *When:* new birth visit at 10–14 days; weekly weights until she is 6 weeks old. *We'll know because:* the weights are plotted in the red book and Heledd emails Siôn the centile each week.
12. **Eirlys Hopkins (Ceri's mum)** – stay at the flat for the first 14 nights after discharge and help with the night feeds. *When:* every night for the first 14 nights at home. *We'll know because:* Eirlys fills in the night feed chart, which Siôn and Heledd look at on each visit.

---

## If things go wrong

If Ceri's urine screen shows cannabis after 36 weeks, if either parent is under the influence
while the baby is in their care on the ward or at home, or if Jordan is violent or threatening
towards Ceri, Siôn (or the Emergency Duty Team out of hours) will hold a strategy discussion the
same day and the police will be called to any incident of violence. On the ward, the baby will be
cared for in the nursery by the midwives until the strategy discussion has decided where she goes.
If she cannot safely go home, she will be placed with foster carers, with Ceri and Jordan's
agreement under section 76 of the Social Services and Well-being (Wales) Act 2014.

If Eirlys cannot stay, or has to leave before the 14 nights are up, Ceri's aunt Gwen Hopkins, who
has also been spoken to and checked by Siôn, will stay instead. If neither of them can, the baby
will not go home from hospital until Siôn has arranged for Ceri and the baby to move together to
Melynfach's parent and baby foster placement.

## Meetings and legal planning

- Core group every 4 weeks before the birth, at the Ystrad Office, 10am: 06/11/2025 and 04/12/2025; then within 10 working days of the birth.
- Review child protection conference: Thursday 08/01/2026, 10am, Melynfach Civic Centre.
- If Ceri's screens still show cannabis at 36 weeks, or Jordan misses two Choices for Change sessions, the team manager will hold a legal gateway meeting within 5 working days to decide whether to start pre-proceedings under the Public Law Outline.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. England: family group conference plan answering the social worker's
#    questions, with the professionals' part, typed by the FGC coordinator
#    (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_marlestone_fgc_answers_to_questions_burrows.txt",
    "split": "heldout",
    "actions": 11,
    "template": "fgc-family-plan-txt-coordinator-typed-underlined-headings-bottom-lines-questions-then-family-answers-as-first-person-dash-lines-under-each-question-then-professionals-resources-and-family-what-if",
    "description": (
        "Exemplary family group conference plan for a 6-year-old and a 10-month-old (mother's ex-partner "
        "hit the 6-year-old with a belt), adopted by the core group as the child protection plan. The "
        "social worker's bottom lines are set as questions; the family's answers are first-person lines "
        "with who, when and how it can be checked; the professionals add what they will do. The child "
        "spoke at the conference; the family's 'what if' covers each relative being unable to help; core "
        "group and review dates are set and a legal planning meeting follows named triggers."
    ),
    "text": """\
MARLESTONE COUNCIL - FAMILY GROUP CONFERENCE SERVICE
FAMILY PLAN
===============================================================

Family:          Kacey Burrows (6) and Reece Ingham (10 months)
Conference held: Saturday 11 October 2025, Marlestone Community
                 Rooms, 10am - 2.30pm
Coordinator:     Lorraine Whitby
Social worker:   Cheryl Nuttall, Children's Services (Area North)
Status:          Agreed by the family at the conference and
                 accepted by the core group on 21/10/2025 as Kacey
                 and Reece's child protection plan (category:
                 physical abuse, since the conference on 02/10/2025)

Typed by Lorraine from the family's flipchart sheets. The family's
words have been kept as they wrote them.


WHO CAME
--------
Shannon Burrows (Mum); Pauline Burrows (Nana, Mum's mum); Marc
Burrows (Uncle Marc, Mum's brother); Carol Ingham (Reece's nan, his
dad's mum); Kacey, for the first part, with her advocate Bex Nolan
(Marlestone Children's Advocacy). Cheryl Nuttall (SW) and Jo Crane
(health visitor) came for the information-giving part.

Dean Ingham (Reece's dad) was not invited, because of his bail
conditions. Carol met him beforehand and told the family his views.


WHY WE ARE HERE
---------------
On 26 September Kacey's teacher saw a bruise on her arm in the shape
of a belt. Kacey said Dean had hit her because she spilt juice on
his phone. Dean was arrested and is on police bail not to go to
Shannon's house or contact Kacey. He has moved back to his mum's.
Shannon told the social worker that Dean had "lost it" with Kacey
before, but she had not thought he would hurt her.


WHAT KACEY SAID
---------------
Kacey told the family, with Bex next to her:
  "I don't want Dean to come back to our house. He shouts at me and
   he hurt my arm. I like it when Nana picks me up. I want to keep
   going swimming with Uncle Marc. I love Reece, he's my baby brother."
Bex read out Kacey's wishes card: she wants her mum to "be happy
and not cry", and she wants a sleepover at Nana's "every week".

Jo (health visitor) told us Reece is crawling, babbling "mama" and
"nana", and is a happy, smiley baby who goes to everyone.


WHAT THE SOCIAL WORKER ASKED THE FAMILY TO ANSWER
-------------------------------------------------
Bottom line from Children's Services: Kacey must not be in the care
of Dean, or see him, while the police investigation and the child
protection plan are going on.
  Q1. How will you keep Kacey and Reece safe from Dean?
  Q2. Who will help Shannon, so she is not on her own with everything?
  Q3. How will the family know if Kacey is frightened or hurt?
  Q4. What does Shannon need so she can keep the children safe?


WHAT WE WANT FOR KACEY AND REECE
--------------------------------
 * Kacey is never hit or hurt again and feels safe at home.
 * Kacey keeps seeing Nana and Uncle Marc and keeps her swimming.
 * Reece grows up knowing his dad, but only when it is safe for him.


OUR ANSWERS (the family's plan)
===============================

Q1. How will you keep Kacey and Reece safe from Dean?

 - Shannon: I won't let Dean in the house or meet him anywhere when
   Kacey is with me, from today and every day. Cheryl can check by
   asking Kacey on her own at every visit and writing down what she
   says.
 - Carol: I will supervise Dean seeing Reece at my flat every
   Saturday from 10 till 12, and Dean and I will both sign the
   contact book each time, for Cheryl to read at her visits.

Q2. Who will help Shannon, so she is not on her own with everything?

 - Nana Pauline: I'll pick Kacey up from Lowfield Infants on Mondays,
   Wednesdays and Fridays and give both kids their tea at mine. The
   school signs Kacey out to me in their collection book.
 - Uncle Marc: I'll take Kacey swimming every Tuesday at 5pm at
   Marlestone Leisure Centre, and the swim club register will show
   she's been.

Q3. How will the family know if Kacey is frightened or hurt?

 - Nana Pauline: every Sunday after dinner I'll do the "three houses"
   with Kacey (worries, good things, dreams) and keep her drawings in
   the purple folder, which Cheryl looks at on her visits.

Q4. What does Shannon need so she can keep the children safe?

 - Shannon: I'll go to the Stronger Together course at Marlestone
   Women's Centre on Thursday mornings for 10 weeks from 16/10/2025,
   and the centre will send Cheryl my attendance every month.


WHAT THE PROFESSIONALS WILL DO
==============================

 - Cheryl Nuttall (social worker): visit at home every 10 working
   days, at least one visit a month unannounced, and see Kacey on her
   own and Reece awake. Her visit notes will have Kacey's own words.
 - Mrs Karen Holt (DSL, Lowfield Infants): check in with Kacey every
   Monday morning and ring Cheryl the same day about any mark, any
   worry, or Dean being seen near school. Each check-in goes in the
   school safeguarding log.
 - Jo Crane (health visitor): see Reece at home every month and do
   his 1-year review by 20/12/2025. His weight and development will
   be written in the red book and a copy sent to Cheryl.
 - DC Sam Ord (Marlestone Police, Child Abuse Investigation Team):
   tell Cheryl and Shannon the charging decision, and any change to
   Dean's bail, by 31/10/2025, and confirm it to Cheryl in writing.
 - Craig Bell (Marlestone Family Service): run the Caring Dads group
   Dean has agreed to go to, every Wednesday evening for 17 weeks from
   22/10/2025, and send Cheryl Dean's attendance each month and an
   end-of-course report.


WHAT IF OUR PLAN DOESN'T WORK?
==============================

If Dean comes to the house, turns up at school, or Kacey says Dean
has hurt her or been near her: whoever is with Kacey rings 999 if
he is there, then rings Cheryl (or the emergency duty team after
5pm). Cheryl will hold a strategy discussion with the police the
same day, and Kacey and Reece will go to Nana Pauline's that night.

If Carol can't supervise on a Saturday, Reece won't see Dean that
week. Nobody else in the family will supervise instead.

If Nana Pauline is poorly or away, Uncle Marc will do her pick-ups
and teas. If neither of them can, Kacey will go to the Lowfield
after-school club that day; Cheryl has already booked and paid for
a back-up place. If Uncle Marc can't do swimming, Kacey misses that
week.

If Nana can't have the children after an incident, Cheryl will
arrange for Kacey and Reece to stay together with foster carers
that night.


MEETINGS
========
Core group:   every 4 weeks at Lowfield Infants, 9.15am -
              21/10/2025 and 18/11/2025
FGC review:   Saturday 06/12/2025, Marlestone Community Rooms
Review child protection conference: Thursday 18/12/2025, 2pm,
              Marlestone Town Hall

If Shannon lets Dean see Kacey, or Dean comes to the house, Cheryl
will ask her manager for a legal planning meeting within 5 working
days.


Signed: Shannon Burrows, Pauline Burrows, Marc Burrows, Carol Ingham
Coordinator: Lorraine Whitby, 13/10/2025
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Northern Ireland: Trust's initial case conference record with the plan
#    set out agency by agency in lettered field lines (txt). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_moyclogher_trust_iccc_agency_headed_devlin.txt",
    "split": "heldout",
    "actions": 11,
    "template": "ni-trust-iccc-record-txt-numbered-sections-registration-decision-then-plan-by-agency-upper-case-agency-headings-roman-numeral-items-with-responsible-timescale-evidence-lines",
    "description": (
        "Northern Ireland Trust record of an initial child protection case conference for three children "
        "(9, 4 and 7 months; domestic abuse by their father, mother's anxiety and panic attacks), with "
        "the plan set out under each agency as roman-numeral items with Responsible / Timescale / "
        "Evidence lines. Visits, the assessment, the children's group, nursery and the men's programme "
        "are sound; but the police update is 'when available', Women's Aid's measure is Niamh's "
        "'engagement', the health visitor has no timescale, talking therapy only treats, the school "
        "referral has no evidence, the core group owns an action, one outcome is Niamh's, the "
        "contingency is vague and nothing says legal advice follows."
    ),
    "text": """\
DRUMLOUGH AND MOYCLOGHER HEALTH AND SOCIAL CARE TRUST
Children's Services - Family Intervention Team (Moyclogher)

RECORD OF INITIAL CHILD PROTECTION CASE CONFERENCE
Decisions, recommendations and child protection plan
(plain text copy for partner agencies - please do not forward)

--------------------------------------------------------------------
1. DETAILS
--------------------------------------------------------------------
Children:       Orla Devlin      DOB 11/06/2016 (9)  P6, St Colman's PS
                Cian Devlin      DOB 02/03/2021 (4)  Little Acorns Nursery
                Ruairi Devlin    DOB 20/01/2025 (7 months)
Address:        14 Glenside Park, Moyclogher
Mother:         Niamh Devlin (31)
Father:         Darren McCrory (34), now living at his sister's
                address in Drumlough
Conference:     04/09/2025, Moyclogher Health and Care Centre
Chair:          Patricia Loughran, Principal Social Worker
Key Worker:     Grainne McAleer, Social Worker

--------------------------------------------------------------------
2. REASON FOR CONFERENCE
--------------------------------------------------------------------
On 02/08/2025 PSNI attended the family home after Orla rang 999.
Darren had pushed Niamh against the kitchen door and punched the
wall beside her while she was holding Ruairi. Orla and Cian were in
the living room. This was the fifth police call-out to the address
since 2023. Darren was arrested and released on police bail with a
condition not to attend Glenside Park. Niamh told the Key Worker that
she has had anxiety and panic attacks since Cian was born, that they
have been much worse since the summer, and that some days she cannot
leave the house.

--------------------------------------------------------------------
3. DECISION
--------------------------------------------------------------------
The conference agreed that Orla, Cian and Ruairi are at risk of
significant harm. Their names have been placed on the Child
Protection Register under the categories of physical abuse and
emotional abuse.

--------------------------------------------------------------------
4. THE CHILDREN'S VIEWS AND EXPERIENCE
--------------------------------------------------------------------
Orla (seen on her own at school, 28/08/2025): "I heard Mammy
screaming so I rang the police like we learnt in school. I was
shaking. I don't want Daddy to live with us again but I want to see
him at Auntie Sinead's." She said she lies awake listening for the
door.
Cian told nursery staff "Daddy broke the wall" and has been hitting
other children with the toy hammer. He is wetting again at night.
Ruairi was seen by the health visitor on 26/08/2025: he is gaining
weight, smiles readily and settles well in his mother's arms.

--------------------------------------------------------------------
5. OUTCOMES SOUGHT
--------------------------------------------------------------------
(a) Orla, Cian and Ruairi live free from violence and shouting at
    home.
(b) Orla can name two safe adults and knows how to get help, and
    sleeps through the night.
(c) Cian is calmer at nursery and is dry at night again.
(d) Niamh will be less anxious and feel able to manage on her own.

--------------------------------------------------------------------
6. CHILD PROTECTION PLAN
--------------------------------------------------------------------

SOCIAL WORK
 (i)    Visit the family home, seeing Orla and Cian on their own
        and Ruairi awake.
        Responsible: Grainne McAleer, Key Worker
        Timescale:   fortnightly from 05/09/2025, at least one
                     visit a month unannounced
        Evidence:    home visit records showing each child seen,
                     with Orla's and Cian's own words
 (ii)   Complete a UNOCINI pathway assessment, including Niamh's
        capacity to protect the children from Darren.
        Responsible: Grainne McAleer, Key Worker
        Timescale:   by 17/10/2025
        Evidence:    written assessment shared with Niamh and the
                     core group before the review conference

PSNI
 (iii)  Provide the Key Worker with an update on the investigation
        and on the file sent to the Public Prosecution Service.
        Responsible: DC Ruth Gilmore, Public Protection Branch
        Timescale:   when available
        Evidence:    written update to the Key Worker

WOMEN'S AID
 (iv)   Outreach support and safety planning for Niamh.
        Responsible: Lisa Crozier, Moyclogher Women's Aid
        Timescale:   weekly from 08/09/2025
        Evidence:    Niamh's engagement with the outreach service
 (v)    Helping Hands group for Orla, for children who have lived
        with domestic abuse.
        Responsible: Jenna Boyd, children's worker, Moyclogher
                     Women's Aid
        Timescale:   8 weekly sessions from 17/09/2025
        Evidence:    end-of-group report shared with the Key Worker
                     and St Colman's PS

HEALTH
 (vi)   Home visits to check Ruairi's weight and development and
        ask Niamh about her safety (routine enquiry).
        Responsible: Maura Quigley, Health Visitor
        Timescale:   -
        Evidence:    weight and development recorded in the PCHR,
                     copy to the Key Worker
 (vii)  Cognitive behavioural therapy sessions for Niamh's anxiety
        and panic attacks.
        Responsible: Moyclogher Talking Therapies Hub (Primary Care
                     Mental Health)
        Timescale:   8 weekly sessions from 15/09/2025
        Evidence:    attendance letter to the GP and the Key Worker

EDUCATION
 (viii) Refer Orla to the school-based counselling service
        (Time 4 Me).
        Responsible: Mr Declan Quinn, Designated Teacher, St Colman's
        Timescale:   by 26/09/2025
        Evidence:    -
 (ix)   Record how Cian arrives each morning (clean, fed, settled)
        and anything he says about home.
        Responsible: Mrs Anne-Marie Kerr, Leader, Little Acorns Nursery
        Timescale:   every session, Monday to Friday
        Evidence:    nursery daily sheet emailed to the Key Worker
                     each Friday

FATHER
 (x)    Attend the Trust's Safer Choices programme for men who have
        been abusive to a partner.
        Responsible: Darren McCrory
        Timescale:   20 weekly sessions from 01/10/2025
        Evidence:    attendance and end-of-programme report from the
                     programme to the Key Worker

CORE GROUP
 (xi)   Agree a written plan for who collects Orla and Cian if
        Darren turns up at school or nursery.
        Responsible: Core group
        Timescale:   by the first core group, 18/09/2025
        Evidence:    written collection plan given to St Colman's PS
                     and Little Acorns Nursery

--------------------------------------------------------------------
7. CONTINGENCY
--------------------------------------------------------------------
Should the situation at home deteriorate or concerns escalate, the
Key Worker will discuss the case with the Senior Practitioner and
consider whether an early review conference is needed.

--------------------------------------------------------------------
8. CORE GROUP AND REVIEW
--------------------------------------------------------------------
Core group:   18/09/2025, then monthly - 16/10/2025 and 13/11/2025,
              Moyclogher Family Centre, 10am
Review Child Protection Case Conference: 27/11/2025, 2pm,
              Moyclogher Health and Care Centre

Record approved by the Chair 08/09/2025.
Distribution: Niamh Devlin; Darren McCrory (sections 1, 3, 5-8);
conference members.
""",
    "findings": [
        F("T002", "Provide the Key Worker with an update on the investigation"),
        F("M002", "Outreach support and safety planning for Niamh."),
        F("T001", "Home visits to check Ruairi's weight and development"),
        F("H001", "Cognitive behavioural therapy sessions for Niamh's anxiety"),
        F("M001", "Refer Orla to the school-based counselling service"),
        F("W002", "Agree a written plan for who collects Orla and Cian"),
        F("F002", "Niamh will be less anxious and feel able to manage on her own."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. England: looked-after child's care plan carrying her child protection
#    plan, dimension banner rows, before a planned operation (docx). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_mickleworth_lac_care_plan_with_cp_plan_banners_orchard.docx",
    "doc_title": "Care Plan (Looked After Child) incorporating the Child Protection Plan - Maisie Orchard",
    "split": "heldout",
    "actions": 11,
    "template": "lac-care-plan-docx-incorporating-cp-plan-parts-a-to-e-about-maisie-then-numbered-action-table-under-full-width-dimension-banner-rows-lead-timescale-evidence-of-progress",
    "description": (
        "Care plan for a 13-year-old accommodated under section 20 after her mother's partner assaulted "
        "her, which also carries her child protection plan, a few weeks before a planned spinal operation "
        "and a 7 to 10 day stay on a children's ward. Numbered actions under full-width dimension banners. "
        "The social worker's visits pause while she is in hospital and her foster carers visit 'as often "
        "as they can', so nobody visits her on the ward at a stated frequency; the police update is "
        "'ongoing', counselling is measured by 'improvement in mood', sibling time has no evidence, the "
        "advocacy referral has no owner, and the review conference is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Care Plan for a Looked After Child"),
        ("p", "incorporating the Child Protection Plan · Mickleworth City Council · Children in Care Team 2"),
        ("kv", [
            ("Child", "Maisie Orchard, born 14/03/2012 (13), Year 9, Mickleworth Academy"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 01/08/2025, with her "
                             "mother's consent"),
            ("Placement", "Tom and Ruth Pryce, Mickleworth foster carers, 3 Wrenfield Close, Mickleworth"),
            ("Child protection plan", "Since the initial conference on 18/07/2025; category: physical abuse"),
            ("Mother", "Kelly Orchard, 22 Colliery Row, Mickleworth, with Maisie's brothers Finn (8) and "
                       "Alfie (5) and her partner Lee Carver"),
            ("Social worker", "Joanne Kemp"),
            ("Independent Reviewing Officer", "Paul Devereux"),
            ("This version", "Updated after the first looked after review and core group on 04/09/2025"),
        ]),
        ("h1", "Part A – About Maisie"),
        ("h2", "Why Maisie is looked after and has a child protection plan"),
        ("p", "On 12/07/2025 Maisie went to school with a split lip and bruising to her cheek and told her "
              "head of year that Lee had hit her during an argument about her phone. Lee was arrested and "
              "bailed. Kelly did not believe Maisie at first and Lee returned to the family home when his "
              "bail conditions were changed. Maisie said she would not go home while Lee lives there, and "
              "Kelly agreed to her being accommodated. Maisie stays on a child protection plan because Kelly "
              "wants her home and Lee still lives at Colliery Row; Finn and Alfie have their own plans."),
        ("h2", "Maisie's health and the operation"),
        ("p", "Maisie has scoliosis and is booked for spinal fusion surgery on 22/09/2025 at Mickleworth Royal "
              "Infirmary. She will be on Ward 12 (children's orthopaedics) for 7 to 10 days, then needs about "
              "six weeks at home before going back to school part-time. She will need a shower chair and a "
              "bed rail at the Pryces'."),
        ("h2", "What Maisie wants"),
        ("p", "Maisie (seen on her own at the Pryces', 01/09/2025): \"I'm not going home while he's there. I "
              "want to see Mum but not at our house. I miss Finn and Alfie loads, Alfie keeps asking when I'm "
              "coming back.\" About the operation she said: \"I'm scared about waking up and nobody being "
              "there. Ruth said she'll come.\" She wants her own advocate \"so someone's on my side at the "
              "meetings\". She likes art and wants to take her sketchbook to hospital."),
        ("h1", "Part B – What we want for Maisie"),
        ("bullets", [
            "Maisie is safe from Lee and is not hurt again, wherever she lives.",
            "Maisie has her operation, recovers well and is back at school by the end of November.",
            "Maisie keeps a close relationship with her mum and her brothers.",
            "Maisie has a say in her plan, with her own advocate at her meetings.",
        ]),
        ("h1", "Part C – Action plan"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "Timescale", "Evidence of progress"],
            "widths": [1.0, 6.0, 3.2, 3.0, 3.8],
            "rows": [
                ["SAFETY", H, H, H, H],
                ["1", "Visit Maisie at the Pryces' and see her on her own; visits pause while she is in "
                      "hospital and start again after she is discharged",
                 "Joanne Kemp, SW", "Every 2 weeks",
                 "Visit records with Maisie's own words; seen alone at every visit"],
                ["2", "Update the SW on the investigation into Lee Carver's assault on Maisie and on any "
                      "change to his bail",
                 "DC Amir Shah, Mickleworth Police Child Abuse Investigation Team", "Ongoing",
                 "Written update emailed to the SW and the IRO"],
                ["3", "Supervised family time with Kelly at Mickleworth Family Time Centre; Lee is not to "
                      "attend or be told where Maisie lives",
                 "Ann Lowe, family time supervisor", "Every Wednesday, 4–5.30pm (not during the admission)",
                 "Session record sent to the SW within 2 working days; Maisie asked afterwards how it went"],
                ["HEALTH, INCLUDING THE OPERATION", H, H, H, H],
                ["4", "Liaise with Ward 12 about discharge planning and make sure the equipment Maisie needs "
                      "is in place at the foster home",
                 "Joanne Kemp, SW", "Before discharge",
                 "Discharge plan on file; shower chair and bed rail fitted at the Pryces' before Maisie comes "
                 "home"],
                ["5", "Visit Maisie on the ward and take in her clothes, her phone charger and her sketchbook",
                 "Tom and Ruth Pryce, foster carers", "As often as they can during the admission",
                 "Visits written up in the foster carers' daily log"],
                ["6", "Review health assessment, including how Maisie is recovering from the operation and "
                      "how she is sleeping",
                 "Sue Ellery, looked after children's nurse", "By 15/10/2025",
                 "Health assessment and health plan sent to the SW and IRO"],
                ["EMOTIONAL WELLBEING", H, H, H, H],
                ["7", "Counselling sessions in school about what happened at home",
                 "Mrs Helen Fox, school counsellor, Mickleworth Academy", "Thursdays, from 11/09/2025",
                 "Improvement in Maisie's mood"],
                ["8", "Refer Maisie to CAMHS for an assessment of her nightmares and flashbacks",
                 "Dr Tunde Ojo, GP, Abbey Road Surgery", "By 19/09/2025",
                 "CAMHS acceptance letter and appointment date sent to the SW"],
                ["FAMILY AND FRIENDSHIPS", H, H, H, H],
                ["9", "Arrange time together for Maisie and her brothers Finn and Alfie at the Family Time "
                      "Centre, without Lee",
                 "Joanne Kemp, SW", "Every other Saturday from 13/09/2025", ""],
                ["EDUCATION", H, H, H, H],
                ["10", "Send school work to the ward and then to the foster home while Maisie recovers, and "
                       "plan her phased return",
                 "Mr Carl Hill, designated teacher, Mickleworth Academy",
                 "From admission until she is back in school full time",
                 "Virtual School log of work set and returned each week; return-to-school plan agreed by "
                 "31/10/2025"],
                ["IDENTITY AND HAVING A SAY", H, H, H, H],
                ["11", "A referral will be made to Mickleworth Advocacy for Young People so that Maisie has "
                       "her own advocate at her reviews",
                 "–", "By 26/09/2025",
                 "Advocate named and has met Maisie before the next looked after review"],
            ],
        }),
        ("h1", "Part D – Contingency"),
        ("p", "If Lee comes to the foster home, the ward or the school, or contacts Maisie by phone or social "
              "media, the adult with her will ring 999 and then the SW (or the Emergency Duty Team out of "
              "hours), who will hold a strategy discussion the same day; Maisie will move to another foster "
              "home that day if her address is known to him. If Kelly withdraws her consent and tries to take "
              "Maisie home while Lee still lives there, the SW will request an urgent legal planning meeting "
              "the same day to decide whether to apply for an emergency protection order or an interim care "
              "order."),
        ("h1", "Part E – Reviews"),
        ("bullets", [
            "Core group every 6 weeks: 16/10/2025 and 27/11/2025, at Mickleworth Academy.",
            "Looked after review: 27/11/2025, chaired by Paul Devereux.",
            "Review child protection conference: to be confirmed, to be lined up with Maisie's next looked "
            "after review.",
        ]),
        ("p", "Joanne Kemp, Social Worker, 05/09/2025. Copy to Maisie, Kelly Orchard, Tom and Ruth Pryce, "
              "the IRO and the Virtual School."),
    ],
    "findings": [
        F("T002", "Update the SW on the investigation into Lee Carver's assault"),
        F("T002", "Visit Maisie on the ward and take in her clothes"),
        F("M002", "Counselling sessions in school about what happened at home"),
        F("M001", "Arrange time together for Maisie and her brothers Finn and Alfie"),
        F("W001", "A referral will be made to Mickleworth Advocacy for Young People"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. England: joint children's and adult mental health "Think Family" plan
#    in two parts; PDF with header and page footer. Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_mardlecombe_think_family_two_part_joint_lacey.pdf",
    "doc_title": "Think Family Joint Plan - Ollie and Poppy Lacey",
    "split": "heldout",
    "actions": 12,
    "template": "think-family-joint-plan-paged-childrens-and-adult-mental-health-part-a-children-part-b-mums-health-ref-agreed-action-named-worker-agency-start-due-evidence-we-will-look-for-then-crisis-and-relapse-plan",
    "description": (
        "Joint plan by children's social care and the adult mental health trust after a review "
        "conference, for a 10-year-old and a 6-year-old whose mother has paranoid schizophrenia and was "
        "detained in the summer. Part A is the children's actions, Part B their mother's health. The "
        "psychiatrist reports on relapse signs and recovery, and the GP owns an action, but the CPN only "
        "supports (measured by 'engagement'), the depot clinic only treats, school 'keep an eye on' the "
        "children, Nan has them 'as and when needed', one row is owned by all professionals, one outcome "
        "is the mother's, the relapse plan sends the children to Nan with no fallback though Nan and an "
        "uncle carry the plan, and nothing says legal planning follows."
    ),
    "header": "OFFICIAL-SENSITIVE – Mardlecombe Think Family Joint Plan",
    "footer": "Ollie and Poppy Lacey – joint plan v2 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Think Family Joint Plan"),
        ("p", "Mardlecombe City Council Children's Social Care and Mardlecombe and Tessbury NHS Foundation "
              "Trust (Adult Mental Health) – child protection plan made jointly"),
        ("kv", [
            ("Children", "Ollie Lacey (10), Year 6, and Poppy Lacey (6), Year 2, both at Woodside Primary"),
            ("Parent", "Gemma Lacey (33), 8 Marsh Lane, Mardlecombe"),
            ("Family", "Sheila Lacey (maternal grandmother), 5 minutes' walk away; Dean Lacey (Gemma's brother)"),
            ("Conference", "Review child protection conference, 22/09/2025; plan continues, category neglect"),
            ("Children's social worker", "Priya Chandran"),
            ("Adult care coordinator", "Martin Hale, CPN, Mardlecombe North Community Mental Health Team"),
        ]),
        ("h2", "Why we are working together"),
        ("p", "Gemma has paranoid schizophrenia. In June 2025 she stopped her medication, became convinced "
              "that the neighbours were filming the family, and barricaded the front door with the children "
              "inside for most of a day. Ollie rang 999. Gemma was detained under section 2 of the Mental "
              "Health Act and spent five weeks on Heron Ward; Ollie and Poppy stayed with Sheila. Since "
              "discharge Gemma has been on a monthly depot injection and has been well. Ollie still does "
              "much of the cooking, and Poppy's attendance dropped to 84% in the summer term."),
        ("h2", "What Ollie and Poppy say"),
        ("p", "Ollie (seen on his own, 15/09/2025): \"Mum's normal again now. I still do the tea on Tuesdays "
              "because she's tired after her injection. I didn't like it when she thought the phones were "
              "listening.\" He worries that \"it'll happen again and I won't notice in time\". Poppy drew "
              "her mum, her nan and a rainbow and said \"Mummy was poorly in the hospital and now she's "
              "better and we had pancakes\"."),
        ("h2", "What we want to be different"),
        ("bullets", [
            "Ollie and Poppy are looked after every day by an adult who is well enough to care for them.",
            "Ollie stops doing the cooking and is not the one who has to notice when Mum is becoming unwell.",
            "Poppy is in school every day and on time.",
            "Gemma stays well, keeps taking her medication and stays out of hospital.",
        ]),
        ("h2", "Part A – Ollie and Poppy"),
        ("table", {
            "header": ["Ref", "Agreed action", "Named worker (agency)", "Start / due",
                       "Evidence we will look for"],
            "widths": [1.0, 5.4, 3.4, 2.8, 4.4],
            "rows": [
                ["A1", "Home visits: see Ollie and Poppy on their own and check who has done the meals, the "
                       "washing and bedtimes",
                 "Priya Chandran, social worker (Children's Social Care)", "Weekly",
                 "Visit records with each child's words and who did each task"],
                ["A2", "Young carers assessment for Ollie and a place at the Saturday young carers club",
                 "Leah Tate, Mardlecombe Young Carers", "Assessment by 31/10/2025",
                 "Assessment and support plan sent to Priya; club register"],
                ["A3", "Four sessions with Ollie and Poppy to explain Mum's illness in words they understand, "
                       "and make each of them a 'who to call' card",
                 "Dina Kaur, family practitioner, Think Family Service",
                 "Weekly from 29/09/2025, finished by 24/10/2025",
                 "Each child can tell Priya who they would call if Mum became unwell; cards seen at home"],
                ["A4", "School to keep an eye on Ollie and Poppy and pass on any worries",
                 "Mrs Jan Aston, DSL, Woodside Primary", "Every school day",
                 "Class teachers keep an eye on how they present"],
                ["A5", "Have Ollie and Poppy to stay overnight at Nan's to give Gemma a rest",
                 "Sheila Lacey (Nan)", "As and when needed",
                 "Nights the children stay written in Sheila's diary, seen by Priya"],
                ["A6", "Take Ollie and Poppy to school on Tuesday and Thursday mornings, so that Ollie does not "
                       "have to get Poppy ready",
                 "Dean Lacey (uncle)", "Every Tuesday and Thursday in term",
                 "Register shows both children in by 8.50am on those days"],
                ["A7", "Tell the CPN and the social worker the same day about any sign that Gemma is "
                       "becoming unwell",
                 "All professionals working with the family", "Same day",
                 "Each report logged on both the Trust's and the council's records"],
            ],
        }),
        ("h2", "Part B – Gemma's health and recovery"),
        ("table", {
            "header": ["Ref", "Agreed action", "Named worker (agency)", "Start / due",
                       "Evidence we will look for"],
            "widths": [1.0, 5.4, 3.4, 2.8, 4.4],
            "rows": [
                ["B1", "Care coordination: CPN visits to support Gemma with her medication, her sleep and "
                       "her day-to-day routine",
                 "Martin Hale, CPN, Mardlecombe North CMHT", "Fortnightly",
                 "Gemma's engagement with the CMHT"],
                ["B2", "Aripiprazole depot injection at the CMHT clinic",
                 "Depot clinic nurse, Mardlecombe North CMHT", "Every 4 weeks (next due 07/10/2025)",
                 "Clinic record of each injection given on the due date, copied to Priya"],
                ["B3", "Write a report on Gemma's relapse signature, whether she can recognise her early "
                       "warning signs and act on them to keep Ollie and Poppy safe, and how long her recovery "
                       "is likely to take",
                 "Dr Anil Nair, consultant psychiatrist, Mardlecombe North CMHT", "By 14/11/2025",
                 "Report shared with the core group and the review conference"],
                ["B4", "Help Gemma claim PIP and agree a repayment plan for her rent arrears",
                 "Jo Marsh, Mardlecombe Welfare Rights", "By 28/11/2025",
                 "PIP claim reference sent to Priya; repayment letter from Mardlecombe Homes"],
                ["B5", "Physical health check and bloods for antipsychotic monitoring, with the results sent "
                       "to the CMHT",
                 "Dr Harjit Singh, GP, Fernlea Medical Centre", "By 31/10/2025",
                 "Results letter on the CMHT and GP records, copy to Priya"],
            ],
        }),
        ("h2", "Crisis and relapse plan"),
        ("p", "If Gemma stops sleeping, misses her depot, starts talking about the neighbours watching or "
              "filming the family, or blocks the doors, whoever notices will ring Martin (or the Mardlecombe "
              "Crisis Team out of hours) and Priya the same day. The Crisis Team will assess Gemma within 4 "
              "hours, and Ollie and Poppy will go to Nan's and stay there until Gemma is well again."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Woodside Primary, 3.30pm: 20/10/2025, 17/11/2025 and 15/12/2025.",
            "Care Programme Approach review for Gemma: 03/11/2025 (Priya invited).",
            "Next review child protection conference: 16/03/2026, 10am, Mardlecombe Civic Centre.",
        ]),
        ("p", "Signed for Children's Social Care: Priya Chandran. Signed for Adult Mental Health: Martin Hale. "
              "Agreed with Gemma Lacey on 24/09/2025."),
    ],
    "findings": [
        F("M002", "School to keep an eye on Ollie and Poppy"),
        F("T002", "Have Ollie and Poppy to stay overnight at Nan's"),
        F("W002", "Tell the CPN and the social worker the same day"),
        F("H001", "CPN visits to support Gemma with her medication"),
        F("M002", "CPN visits to support Gemma with her medication"),
        F("H001", "Aripiprazole depot injection at the CMHT clinic"),
        F("F002", "Gemma stays well, keeps taking her medication and stays out of hospital."),
        F("C003"),
        F("R002"),
    ],
})
