"""Batch 49, module 1: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Brief: anything a real local authority might send, seven different kinds of
plan from across England and Wales, each in a template invented for it: a
Welsh pre-birth care and support protection plan, a plan for a teenager at
risk of criminal exploitation, a plan for a disabled child, a looked-after
toddler on a children's ward who is still on a protection plan, a child in
need plan stepped up to child protection, a first review conference plan and
an initial conference decision sheet with its plan. Four are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Welsh pre-birth care and support protection plan: parts 1-7, "what
#    matters", the baby's world, personal outcomes, then a Ref / Outcome /
#    What will be done / Practitioner / Timing / Evidence table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_hafenllyn_prebirth_what_matters_outcome_ref_table_hughes.pdf",
    "doc_title": "Care and Support Protection Plan - Unborn baby of Seren Hughes",
    "split": "tune",
    "actions": 11,
    "template": "welsh-prebirth-care-and-support-protection-plan-paged-numbered-parts-what-matters-babys-world-personal-outcomes-then-ref-outcome-served-what-will-be-done-practitioner-timing-evidence-table",
    "description": (
        "Exemplary pre-birth care and support protection plan from a Welsh council for the unborn baby of "
        "a 19-year-old care leaver with anxiety and panic attacks and a father who uses cannabis daily and "
        "has a past assault on a partner. Parts in the Welsh order (what matters, the baby's world, personal "
        "outcomes), then an action table keyed to the outcomes. The drug service tests and reports, the "
        "perinatal psychiatrist assesses capacity to change, the great-aunt's overnight help has a fallback, "
        "core group and review dates are set and a legal gateway meeting follows insufficient progress."
    ),
    "header": "OFFICIAL-SENSITIVE | Hafenllyn County Borough Council | Children's Services",
    "footer": "Care and support protection plan - unborn baby of Seren Hughes - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Care and Support Protection Plan – Unborn Baby"),
        ("p", "Hafenllyn County Borough Council · Children's Services · Safeguarding and Family Support, "
              "Valley Team"),
        ("kv", [
            ("Unborn baby of", "Seren Hughes, born 02/03/2006 (19); expected date of delivery 22/08/2025"),
            ("Baby's father", "Dylan Morgan, born 14/11/2002 (22)"),
            ("Address", "Flat 2, 17 Heol y Bryn, Cwm Hafen, Hafenllyn"),
            ("Conference", "Initial child protection conference (pre-birth), 10/06/2025, Hafenllyn Civic Offices"),
            ("Category", "Emotional abuse – risk from domestic abuse and from drug use in the home"),
            ("Language", "Seren's first language is Welsh. The plan was explained to her in Welsh by her social "
                         "worker and a Welsh copy has been sent to her."),
            ("Lead social worker", "Rhian Pryce"),
            ("Conference chair", "Gareth Lloyd, Independent Chair"),
        ]),
        ("h1", "Part 1 – Why there is a plan"),
        ("p", "Dylan was convicted in 2022 of assaulting a previous partner. The police have been called to "
              "Seren's flat twice this year, on 16 February and 21 April, after neighbours heard shouting; in "
              "April Seren had a cut lip and said she had walked into a door. Dylan told the social worker he "
              "smokes cannabis \"every night to sleep\" and sometimes in the day. Seren was looked after by "
              "Hafenllyn from the age of 12 until she was 18. She has had panic attacks since her teens, and in "
              "May her midwife referred her to the perinatal mental health service because they were getting "
              "worse. The flat has one bedroom with black mould on the outside wall and there is nothing ready "
              "for the baby yet."),
        ("h1", "Part 2 – What matters to Seren and Dylan"),
        ("p", "Seren said at conference that what matters most to her is \"that the baby stays with me and "
              "doesn't go into care like I did\". She wants to breastfeed, to move somewhere without mould and "
              "to have her aunt Bethan with her after the birth. Dylan said he wants to be \"a proper dad\", that "
              "he has never hit Seren and that the cannabis \"doesn't affect anyone\", but he agreed to go on the "
              "Choices for Change programme and to be tested. Both said they felt judged at the start of the "
              "meeting and that it helped when the chair explained what each part of the plan was for."),
        ("h1", "Part 3 – The baby's world"),
        ("p", "At the 20-week scan the baby was growing well. Seren talks and sings to her bump in Welsh and has "
              "chosen the name Cadi if it is a girl. On the social worker's visits the flat has been cold, the "
              "bedroom where the cot would go has mould on the wall, and the living room smells of cannabis. "
              "Seren smokes about five cigarettes a day. Neighbours have heard shouting late at night, which the "
              "baby would hear from the next room. Bethan Hughes, Seren's aunt, lives ten minutes' walk away, "
              "has a spare room and has offered to stay with Seren for the first fortnight."),
        ("h1", "Part 4 – Personal outcomes for the baby"),
        ("bullets", [
            "The baby comes home to a warm, dry flat with a cot in a room free of mould.",
            "The baby is never cared for by an adult who is under the influence of cannabis or any other drug.",
            "The baby grows up without shouting, threats or violence between the adults who look after them.",
            "The baby is fed, settled and put down to sleep safely by a mum who has the help she needs with "
            "her anxiety.",
        ]),
        ("h1", "Part 5 – Who will do what"),
        ("table", {
            "header": ["Ref", "Outcome", "What will be done", "Practitioner (agency)", "Timing",
                       "Evidence we will look for"],
            "widths": [1.0, 1.5, 4.6, 3.0, 3.0, 3.9],
            "rows": [
                ["A1", "1, 2, 3, 4",
                 "Home visits to Seren (and Dylan when he is there), at least one unannounced each month; look "
                 "at how the flat is being got ready and talk with Seren in Welsh about her plans for the baby",
                 "Rhian Pryce, social worker, Valley Team",
                 "Every 2 weeks until the birth; weekly for the first 8 weeks after",
                 "Visit records noting the state of the baby's room and what Seren says about her plans, read "
                 "at each core group"],
                ["A2", "1, 4",
                 "Antenatal care, a birth plan and a safeguarding alert on the maternity system, so that the "
                 "labour ward knows this plan from the moment Seren arrives",
                 "Lowri Evans, safeguarding midwife, Ysbyty Cwm Hafen",
                 "Alert in place by 27/06/2025; antenatal checks every 2 weeks from 28 weeks, weekly from 36 weeks",
                 "Alert confirmed to the SW by email; antenatal attendance in the maternity notes, summarised "
                 "for the SW at 36 weeks"],
                ["A3", "1, 4",
                 "Antenatal home contact covering safe sleep and feeding, then the new birth visit and regular "
                 "weighing of the baby",
                 "Mared Jones, health visitor",
                 "Antenatal visit by 32 weeks (18/07/2025); new birth visit by day 14; weight weekly to 8 weeks",
                 "Safe sleep checklist signed by Seren; the baby's weight plotted in the red book at each visit"],
                ["A4", "2",
                 "Saliva tests and key work with Dylan on his cannabis use, with a written view for each core "
                 "group on whether he is stopping and what that means for the baby",
                 "Owain Price, key worker, Hafenllyn Community Drug and Alcohol Team",
                 "Every 2 weeks from 16/06/2025; written view 3 days before each core group",
                 "Test results and the written view read out at each core group"],
                ["A5", "3",
                 "Attend the Choices for Change programme for men who have been abusive to a partner",
                 "Dylan Morgan; facilitator Ceri Walters reports to the SW",
                 "Thursday evenings for 20 weeks from 19/06/2025",
                 "Attendance sheet sent to the SW monthly; mid-programme report to the core group by 31/07/2025"],
                ["A6", "3",
                 "Safety planning with Seren, including who she rings if Dylan becomes angry, and a DASH risk "
                 "check repeated before the birth",
                 "Nia Howells, IDVA, Hafenllyn Domestic Abuse Service",
                 "First session by 20/06/2025; DASH repeated at 34 weeks",
                 "Written safety plan kept by Seren with a copy on the SW's file; DASH score shared with the SW"],
                ["A7", "4",
                 "Assess Seren's anxiety and panic attacks: how they may affect her care of the baby, whether "
                 "she can keep up the changes once the baby is born, and how long that is likely to take",
                 "Dr Elin Rowlands, perinatal psychiatrist, Perinatal Mental Health Service",
                 "Assessment completed by 25/07/2025",
                 "Written report shared with the core group and the review conference"],
                ["A8", "1",
                 "Ask the landlord to treat the mould now, and support Seren's application for a two-bedroom "
                 "flat so the baby has a dry room for the cot",
                 "Gwen Thomas, personal adviser, Leaving Care Team",
                 "Repair request by 20/06/2025; housing application in by 04/07/2025",
                 "Landlord's work order and the application reference copied to the SW; SW sees the treated "
                 "wall at a visit"],
                ["A9", "1, 4",
                 "Stay overnight with Seren and the baby for the first two weeks at home and help with night feeds",
                 "Bethan Hughes (Seren's aunt)",
                 "Every night for the first 14 nights after discharge",
                 "Night feed chart kept in the red book folder and looked at by the HV at the new birth visit"],
                ["A10", "4",
                 "Baby and Me antenatal group at Cwm Hafen Family Centre: feeding, crying and safe sleep",
                 "Seren Hughes (Dylan invited)",
                 "Tuesdays for 6 weeks from 17/06/2025",
                 "Family Centre attendance register sent to the SW at the end of the course"],
                ["A11", "3",
                 "Keep the domestic abuse marker on Seren's address and tell the SW about any police call-out "
                 "involving Seren or Dylan",
                 "PC Huw Bevan, Public Protection Unit",
                 "Marker confirmed by 20/06/2025; any call-out reported within 24 hours",
                 "Email from the PPU confirming the marker; call-outs logged on the baby's file"],
            ],
        }),
        ("h1", "Part 6 – If things go wrong"),
        ("p", "If the police are called to any argument between Seren and Dylan, Dylan is found under the "
              "influence of cannabis while he is looking after the baby, or Seren tells anyone she cannot cope or "
              "has thoughts of harming herself or the baby, the social worker (or the Emergency Duty Team out of "
              "hours) will hold a strategy discussion the same day. Dylan will leave the flat and stay with his "
              "mother in Trefaes, and Seren and the baby will go to Bethan's house that day. If Bethan cannot "
              "have them, the social worker will arrange a parent and baby foster placement that day."),
        ("p", "If Bethan cannot do the overnight stays after the birth, Dylan will not stay overnight at the flat "
              "during those two weeks, and Catrin Morris, family support worker, will visit every morning while "
              "the health visitor visits twice in the first week."),
        ("h1", "Part 7 – Meetings and review"),
        ("bullets", [
            "Core group every 4 weeks at Cwm Hafen Family Centre, 10am: 24/06/2025, 22/07/2025 and 19/08/2025, "
            "and within 10 working days of the birth.",
            "Review child protection conference: 09/09/2025, 10am, Hafenllyn Civic Offices.",
            "If by the core group on 22/07/2025 Dylan has missed two Choices sessions or has a test showing "
            "cannabis, or there is any further incident of domestic abuse before the birth, the team manager "
            "will hold a legal gateway meeting within 5 working days to decide whether to start the Public Law "
            "Outline before the baby is born.",
        ]),
        ("p", "Rhian Pryce, Social Worker – plan sent to Seren, Dylan and all agencies on 12/06/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan for a 15-year-old at risk of criminal exploitation after a MACE
#    panel: places and people, Reece's words, then an owner-first
#    Who / What they'll do / When / How we'll know table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_hollingcroft_cce_mace_places_people_owner_first_table_bennett.md",
    "split": "tune",
    "actions": 12,
    "template": "cce-icpc-plan-md-bold-label-lines-mace-rating-what-has-been-happening-places-and-people-bullets-his-words-then-owner-first-who-what-theyll-do-when-how-well-know-table",
    "description": (
        "Initial conference plan for a 15-year-old being criminally exploited (missing episodes, found with "
        "drugs and cash in another town, a debt), after a MACE panel. Good voice, outcomes and meeting dates, "
        "and most rows are specific, but the police disruption is 'as and when', the school's measure is "
        "'attendance monitored', 'Professionals' own the intelligence row, nobody owns the NRM referral "
        "('ASAP'), CAMHS has no date or measure, Mum is to 'keep an eye on' his phone 'ongoing'; the "
        "contingency only reviews and considers, and no legal step is named."
    ),
    "text": """\
# Reece's Child Protection Plan

### Hollingcroft City Council · Children's Social Care · Adolescent Safeguarding Team

**Plan type:** Risk outside the home – criminal exploitation

**Young person:** Reece Bennett, 15 (born 09/01/2010), Year 10 at Hollingcroft Academy

**Lives with:** Donna Bennett (mum) and his sister Kaydee (11), 44 Tanners Row, Hollingcroft

**Dad:** Wayne Bennett, lives abroad and phones Reece most weekends

**Conference:** Initial child protection conference, 05/06/2025 – category: physical abuse (criminal exploitation)

**MACE panel:** 28/05/2025 – risk rated high

**Social worker:** Amir Qureshi · **Chair:** Jo Whitehead

## What has been happening

Since February Reece has been reported missing seven times, for up to three nights at a time. On 12 May
Seaborough police found him in a flat sixty miles away with £380 in cash, two phones and wraps of crack
cocaine; he was arrested and released under investigation. Reece has told his youth worker that he "owes"
an older man money after a bag was taken off him, and in May a picture of a knife with his name on it was
posted in a Snapchat group. He is on a referral order for criminal damage from January. His attendance has
fallen to 46% and he has been on mornings only since Easter.

## Places and people we are worried about

- The underpass at Hollingcroft bus station, where Reece has been seen after midnight
- The flat above the chicken shop on Lower Street
- Two adults known as "Deano" (19) and "Smiler" (23)
- A Snapchat group called "HC Runners"

## What Reece says

Reece met Amir and Tasha at the Youth Hub on 3 June. At first he said: "I'm not a victim, I know what I'm
doing." Later he said he would "like it to stop" but "you can't just walk away, they know where my mum
lives". He feels safest at football and in his room on his Xbox. He wants to do a motor mechanics course
at college next year. He doesn't want police cars outside the house "because everyone sees". He said that
if he was scared he would tell Tasha or Lee, his coach.

## What we want for Reece

- Reece sleeps at home every night and is not reported missing.
- Reece is not carrying or selling drugs for anyone and does not owe anyone money.
- Reece is back in school full time by the end of the summer term and still playing for Rovers.
- Reece has at least two adults he trusts and would tell if he was frightened.

## The plan

| Who | What they'll do | When | How we'll know |
|---|---|---|---|
| **Amir Qureshi, SW** | Visit Reece at home and see him on his own, at least once a month at a time he picks | Weekly | Visit notes record where Reece says he has been and who with, in his words |
| **Tasha Wilde, Route Out youth worker** | One-to-one sessions on exploitation, debt and how groomers work; build Reece's own map of safe and unsafe places | Tuesdays and Fridays after school | Session notes shared with the SW weekly; Reece's map updated and copied to his file |
| **Dee Harlow, Hollingcroft Missing Service** | Return home interview after every missing episode | Within 72 hours of each return | Interview record sent to the SW and police by the next working day |
| **PC Sam Carrick, Police Exploitation Team** | Serve Child Abduction Warning Notices on the two adults named at MACE, and patrol the bus station underpass | As and when intelligence allows | Notices served and recorded on the police system; patrol log shared at MACE |
| **Mrs Okoye, pastoral lead, Hollingcroft Academy** | Build Reece back up from mornings only to a full timetable, with a key adult to meet him at the gate each day | Full timetable by 21/07/2025 | Attendance monitored |
| **Donna (Mum)** | Ring 101 (or 999 if she is frightened for him) and report Reece missing if he is not home by 9pm | Every night | Missing reports logged by police and matched against the SW's missing log |
| **Professionals** | Pass any sighting of Reece with the named adults, or near the Lower Street flat, to the police on an intelligence form | Same day | Intelligence submissions logged by police and reported at each MACE |
| - | Complete a National Referral Mechanism referral for Reece as a possible victim of trafficking | ASAP | NRM reference number sent to the SW |
| **Hollingcroft CAMHS** | Assessment of Reece's sleep problems and anxiety after the knife picture was posted | When an appointment comes up | |
| **Lee Duffy, coach, Hollingcroft Rovers U16s** | Keep Reece in the squad and text the SW if he misses training or a match without a reason | Wednesdays and Saturdays | Training register; texts logged on Reece's file |
| **Karen Shaw, YOS case manager** | Referral order sessions on the offence, and the reparation project at the Tanners Row allotments | Mondays at 4pm until the order ends on 30/11/2025 | YOS attendance record and the panel review report shared with the SW |
| **Donna (Mum)** | Keep an eye on Reece's phone and Snapchat for new contacts and tell the SW about anyone she doesn't recognise | Ongoing | Monitored by Mum |

## If things get worse

If the plan isn't keeping Reece safe, the core group will meet early to review the plan and consider what
else can be done.

## Meetings

- Core group every two weeks at the Youth Hub, 4pm: 17/06/2025, 01/07/2025, 15/07/2025 and 29/07/2025.
- MACE panel review: 25/06/2025.
- Review child protection conference: 28/08/2025, 2pm, Hollingcroft Civic Centre.

*Written up by Amir Qureshi, 06/06/2025, and gone through with Reece and Donna on 09/06/2025.*
""",
    "findings": [
        F("T002", "Serve Child Abduction Warning Notices on the two adults"),
        F("M002", "Build Reece back up from mornings only to a full timetable"),
        F("W002", "Pass any sighting of Reece with the named adults"),
        F("W001", "Complete a National Referral Mechanism referral for Reece"),
        F("T002", "Complete a National Referral Mechanism referral for Reece"),
        F("T002", "Assessment of Reece's sleep problems and anxiety after the knife"),
        F("M001", "Assessment of Reece's sleep problems and anxiety after the knife"),
        F("T002", "Keep an eye on Reece's phone and Snapchat"),
        F("M002", "Keep an eye on Reece's phone and Snapchat"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Children with disabilities team plan for a non-verbal 11-year-old:
#    "How Grace communicates" table, what she told us on her eye-gaze aid,
#    then No. / Grace needs... / So this will happen / Who / When / How we
#    will know. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_haddenbrook_cwd_communication_table_grace_needs_column_mwale.docx",
    "doc_title": "Child Protection Plan - Grace Mwale",
    "split": "tune",
    "actions": 14,
    "template": "cwd-team-icpc-plan-docx-kv-details-why-then-how-grace-communicates-two-column-table-eye-gaze-views-outcomes-then-no-grace-needs-so-this-will-happen-who-when-how-we-will-know-table",
    "description": (
        "Exemplary initial conference plan from a children with disabilities team for a non-verbal "
        "11-year-old with cerebral palsy, epilepsy and a gastrostomy (weight loss, missed rescue medicine, a "
        "pressure sore, her 16-year-old brother doing night care). A communication table and her eye-gaze "
        "choices give her voice; each action row starts from what Grace needs. Every row has a named person, "
        "a time and a check; the aunt's Sundays and the overnight carers have fallbacks; core group and "
        "review dates; legal planning if her weight does not recover."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Haddenbrook Council · Children with Disabilities Service · Initial child protection conference "
              "held 17/06/2025"),
        ("kv", [
            ("Child", "Grace Mwale, born 12/04/2014 (11), Year 6 at Hollins Park School"),
            ("Lives with", "Peter Mwale (dad) and her brother Daniel (16), 8 Cooper's Fold, Haddenbrook"),
            ("Mum", "Esther Mwale, lives in Northbay; sees Grace in the school holidays"),
            ("Grace's health", "Quadriplegic cerebral palsy; epilepsy; all food, fluids and medicines through a "
                               "gastrostomy; she does not use speech and communicates with an eye-gaze aid, "
                               "facial expression and a few Makaton signs"),
            ("Category", "Neglect"),
            ("Social worker", "Kemi Oyelowo, Children with Disabilities Team"),
            ("Chair", "Andrew Hume, Child Protection Chair"),
        ]),
        ("h1", "Why Grace has a plan"),
        ("p", "Grace's weight fell from 27.5 kg in January to 24.5 kg in May. Hollins Park School found her "
              "pump had not been set up on several mornings and that she arrived hungry and distressed. "
              "Twice in April an ambulance was called for a seizure lasting more than ten minutes, and on both "
              "occasions there was no buccal midazolam in the house because the prescription had not been "
              "collected. On 22 May the school nurse found a grade 3 pressure sore at the base of Grace's spine. "
              "Peter works nights at a warehouse three nights a week, and on those nights Daniel has been "
              "doing Grace's turns and her overnight pump. Peter loves Grace and is proud of her; he told "
              "conference he had not asked for help \"in case they took her off me\"."),
        ("h1", "How Grace communicates"),
        ("table", {
            "header": ["When Grace is…", "She shows it by…"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Happy or saying yes", "A big smile, kicking her feet, looking at YES on her eye-gaze aid"],
                ["Unhappy or saying no", "Turning her head away and closing her eyes"],
                ["In pain", "Grinding her teeth, going stiff through her arms, crying without tears"],
                ["Wanting someone", "Looking at that person's photo on her eye-gaze aid and then at the door"],
            ],
        }),
        ("h1", "What Grace has told us and what we have seen"),
        ("p", "On 12 June, with her class teacher Mrs Hale and a Talking Mat on her eye-gaze aid, Grace chose "
              "\"happy\" for school, for Willow House and for Daddy, and \"sad\" for \"night time\" and \"my "
              "tummy\". Asked who she wants to help her at night, she looked at the photos of her dad and of "
              "Aunt Chipo. When the social worker visited on 10 June, Grace smiled and kicked her feet when "
              "Peter sang to her, but ground her teeth and went stiff when she was turned on to her back, and "
              "her feed chart for the day before was blank."),
        ("h1", "What needs to be different for Grace"),
        ("bullets", [
            "Grace gets every feed and every medicine on time and is back to 27 kg by the end of September.",
            "Grace's pressure sore heals and her skin stays healthy because she is turned and seated properly.",
            "Grace has her rescue medicine with her wherever she is, and an adult who knows how to give it.",
            "Grace's views about home, nights and short breaks are asked for and written down every month.",
            "Grace is cared for at night by a trained adult, not by her brother.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Grace needs…", "So this will happen", "Who", "When", "How we will know"],
            "widths": [0.9, 2.6, 4.3, 2.9, 2.8, 3.5],
            "rows": [
                ["1", "every feed, every day",
                 "Give Grace her four daytime bolus feeds and set up the overnight pump as the dietitian's plan "
                 "says, and fill in the feed chart",
                 "Peter Mwale",
                 "Every day: 8am, 4pm and 8pm bolus (school gives 12pm in term); pump 10pm to 6am",
                 "Feed chart checked by the community nurse at each visit, with no missed feeds"],
                ["2", "to get back to a healthy weight",
                 "Weigh Grace on the hoist scales at home and check her gastrostomy site",
                 "Aisha Patel, community children's nurse",
                 "Every 2 weeks",
                 "Weight plotted on her chart and back to 27 kg by 30/09/2025; chart copied to the SW"],
                ["3", "a feed plan that fits her now",
                 "Review Grace's feed regime and volumes after her weight loss",
                 "Helen Moss, paediatric dietitian",
                 "By 04/07/2025, then monthly",
                 "Written feed plan given to Peter, Hollins Park and Willow House; volumes checked against her "
                 "weight at each review"],
                ["4", "rescue medicine given quickly in a long seizure",
                 "Train Peter, Aunt Chipo and the overnight carers to give buccal midazolam, and check there is a "
                 "supply at home, at school and at Willow House",
                 "Nia Roberts, epilepsy nurse specialist",
                 "Training by 04/07/2025; supplies checked monthly",
                 "Signed training records on file; in-date midazolam seen at home by the SW at each visit"],
                ["5", "her epilepsy medicine twice a day",
                 "Give levetiracetam through her tube, record each dose and write any seizure in the seizure diary",
                 "Peter Mwale",
                 "Twice daily, 8am and 8pm",
                 "Medicine chart and seizure diary seen by the SW at every visit and by the epilepsy nurse monthly"],
                ["6", "her epilepsy reviewed by a specialist",
                 "Take Grace to the paediatric neurology clinic at Haddenbrook General",
                 "Peter Mwale (hospital transport booked by the SW)",
                 "Appointment on 22/07/2025",
                 "Clinic letter sent to the GP, the SW and the epilepsy nurse"],
                ["7", "her skin to heal and stay healthy",
                 "Assess Grace's seating and sleep system and order a pressure-relieving mattress and cushion",
                 "Mark Ellis, children's occupational therapist",
                 "Assessment by 27/06/2025; equipment in place by 15/08/2025",
                 "Delivery note on file; the community nurse's skin check records the sore healed and no new "
                 "red areas"],
                ["8", "to be turned at night by a trained adult",
                 "Agree and start an overnight care package so that a trained carer turns Grace every 4 hours on "
                 "the nights Peter works",
                 "Sarah Okoro, team manager, Children with Disabilities Team",
                 "Agreed at resource panel by 10/07/2025; nights start by 28/07/2025",
                 "Agency rota and the carers' overnight log showing each turn and each pump check"],
                ["9", "time away that she enjoys",
                 "Short breaks at Willow House",
                 "Linda Price, manager, Willow House",
                 "Two nights every other weekend from 04/07/2025",
                 "Stay record with Grace's weight, skin check and her eye-gaze choices, sent to the SW after "
                 "each stay"],
                ["10", "to tell people what she thinks",
                 "Talking Mats session on her eye-gaze aid about home, nights and Willow House",
                 "Mrs Joanne Hale, class teacher, Hollins Park School",
                 "Every Thursday in term",
                 "Photo of each finished mat sent to the SW monthly and shown at core group"],
                ["11", "to be seen and listened to by her social worker",
                 "Visit Grace at home, with one visit a month unannounced and one at bedtime; spend time with her "
                 "on her eye-gaze aid",
                 "Kemi Oyelowo, social worker",
                 "Every 2 weeks",
                 "Visit records note Grace's skin, her feed chart and what she said on her aid"],
                ["12", "a dad who gets enough sleep to care for her safely",
                 "Carer's assessment for Peter, covering his night shifts and the help he needs with Grace's care",
                 "Joy Mensah, Haddenbrook Carers' Centre",
                 "By 31/07/2025",
                 "Carer's assessment and support plan sent to Peter and the SW"],
                ["13", "her brother to be a brother, not her carer",
                 "Young carers assessment for Daniel, with a plan for what he will no longer do for Grace",
                 "Sam Ito, Haddenbrook Young Carers",
                 "By 25/07/2025",
                 "Assessment sent to the SW; Daniel tells the SW at visits that he is not doing night care"],
                ["14", "a Sunday with her family",
                 "Have Grace for the day at her flat, give her midday and 4pm feeds and fill in the feed chart",
                 "Chipo Banda (Grace's aunt)",
                 "Every Sunday, 10am to 5pm",
                 "Feed chart and the home–school book written up for the day"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Grace has a seizure lasting more than 5 minutes, the adult with her will give midazolam and "
              "ring 999. If her feed chart shows two days of missed feeds, her weight drops below 24 kg, or a new "
              "pressure sore, bruise or burn is found, whoever sees it will tell the social worker (or the "
              "Emergency Duty Team) the same day. The social worker will hold a strategy discussion that day and "
              "Grace will stay at Willow House, where the manager has agreed an emergency bed, until it is safe "
              "for her to go home."),
        ("p", "If the overnight carers do not arrive, or Daniel is found doing Grace's night care, Peter will not "
              "go to work that night; if he has to go, Grace will spend the night at Willow House. If Chipo "
              "cannot have Grace on a Sunday, Peter will tell the social worker by the Friday and Willow House "
              "will give Grace a day place instead."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Hollins Park School, 3.30pm: 01/07/2025, 29/07/2025 and 26/08/2025.",
            "Review child protection conference: 16/09/2025, 10am, Haddenbrook Town Hall.",
            "If Grace's weight is not rising by the core group on 26/08/2025, or feeds or medicines are missed "
            "again once the overnight package has started, the social worker will ask the team manager for a "
            "legal planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. IRO's midway check for a looked-after toddler, accommodated and on a
#    protection plan, now on a children's ward: dot-leader details, R1..R10
#    recommendations with "Who ->", "When ->", "Proof ->" lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_hoxenby_lac_ward_iro_midway_check_arrow_lines_farnell.txt",
    "split": "tune",
    "actions": 10,
    "template": "iro-midway-check-lac-and-cp-txt-dot-leader-details-numbered-caps-sections-then-r-numbered-recommendations-with-indented-who-when-proof-arrow-lines",
    "description": (
        "IRO's midway check, held on the ward, for a 20-month-old accommodated under section 20 and on a "
        "protection plan after unexplained fractures, now in hospital with pneumonia. Her voice, outcomes, "
        "contingency, meetings and legal step are clear, but the SW will visit 'when she is able' and the "
        "foster carers 'as often as they can' (so no visits at a stated frequency), the ward's updates have "
        "no proof, the father's drinking is left to him and measured by 'engagement', the parenting "
        "assessment is 'TBC' and nobody owns the discharge planning meeting."
    ),
    "text": """\
HOXENBY METROPOLITAN BOROUGH COUNCIL
Independent Reviewing Service
======================================================================
IRO MIDWAY CHECK - CHILD LOOKED AFTER AND SUBJECT TO A CP PLAN
======================================================================

Child .............. Ruby-Jo FARNELL, DOB 02/10/2023 (20 months)
Legal status ....... Accommodated under s20 since 28/03/2025
CP plan ............ Physical abuse. ICPC 10/04/2025
Placement .......... Bola and Tunde Akintola, Hoxenby Fostering
Where she is now ... Ward 7 (children's), Hoxenby General Hospital.
                     Admitted 19/06/2025 with pneumonia; doctors expect
                     7 to 10 days and she may need oxygen at home.
Parents ............ Kayleigh Farnell and Connor Farnell, 12 Brindle St
Social worker ...... Claire Hepworth, Children in Care Team 2
IRO ................ Mohammed Rafiq
Check held ......... 24/06/2025 on Ward 7, with the SW, the nurse in
                     charge and Bola Akintola

1. WHY RUBY-JO IS LOOKED AFTER AND ON A PLAN

Ruby-Jo was brought to A&E on 27/03/2025 with a spiral fracture of her
left thigh bone. Neither parent could explain it and the skeletal survey
found healing fractures to two ribs. The police investigation is still
open (DC Adeola Okafor). Connor drinks heavily: the police were called
in November 2024 when he was drunk and shouting in the street, and he
has told the SW he drinks "eight or nine cans most nights". Both parents
agreed to Ruby-Jo being accommodated.

2. HOW RUBY-JO IS

Ruby-Jo has been on the ward for five days and needed oxygen for the
first three. She is now eating yoghurt and toast. She reaches for Bola
as soon as she comes in and cries and holds on when Bola has to leave.
The nurses say she settles with her grey bunny and "Twinkle Twinkle",
and that she points at the door and goes quiet whenever someone in a
uniform comes to her cot.

3. FAMILY TIME

Supervised family time (three times a week at the contact centre) is
paused on medical advice while Ruby-Jo is on the ward, and will restart
after discharge.

4. OUTCOMES FOR RUBY-JO

 - Ruby-Jo gets well and goes home to Bola and Tunde as soon as the
   doctors say she can.
 - Ruby-Jo has familiar adults with her in hospital so that she is not
   frightened and on her own.
 - Ruby-Jo is kept safe from further injury while the investigation and
   the assessments are completed.
 - Ruby-Jo keeps her relationship with her parents through safe,
   supervised family time.

5. RECOMMENDATIONS AGREED AT THIS CHECK

R1  Visit Ruby-Jo on Ward 7, see her awake and check how she is being
    cared for
      Who   -> Claire Hepworth, SW
      When  -> When she is able
      Proof -> Visit note on the case record saying what was seen

R2  Stay with Ruby-Jo on the ward during the day and keep her routines
    going (bath, bunny, songs)
      Who   -> Bola and Tunde Akintola, foster carers
      When  -> As often as they can, around Tunde's work and their
               other foster child
      Proof -> Ward visitors' book and Bola's daily placement log

R3  Ring the SW with Ruby-Jo's progress and any discharge date
      Who   -> Nurse in charge, Ward 7
      When  -> Daily
      Proof ->

R4  Review health assessment, including a check of Ruby-Jo's
    development after the admission
      Who   -> Julie Crossley, LAC nurse
      When  -> By 31/07/2025
      Proof -> Health assessment report on file, copied to the IRO
               and the GP

R5  Connor to go to Hoxenby Alcohol Service about his drinking
      Who   -> Connor Farnell
      When  -> By 11/07/2025
      Proof -> Engagement with the service

R6  Commission a PAMS parenting assessment of Kayleigh and Connor
    from an independent social worker
      Who   -> Claire Hepworth, SW
      When  -> TBC
      Proof -> Assessment report filed and shared with the parents
               and the IRO

R7  Keep a daily diary of Ruby-Jo's sleep, eating, breathing and mood
    once she is home
      Who   -> Bola Akintola
      When  -> Daily from discharge
      Proof -> Diary read by the SW at each placement visit and
               summarised for the looked after review

R8  Written update to the core group on the police investigation
      Who   -> DC Adeola Okafor, Child Abuse Investigation Team
      When  -> Before each core group
      Proof -> Update read out at core group and kept on file

R9  Hold a discharge planning meeting before Ruby-Jo leaves hospital,
    covering oxygen at home and training for the carers
      Who   ->
      When  -> Before discharge
      Proof -> Discharge plan agreed in writing and copied to Bola and
               Tunde

R10 Attend the Safe Hands parenting course at Brindle Street Family
    Centre
      Who   -> Kayleigh Farnell
      When  -> Wednesdays at 10am for 10 weeks from 02/07/2025
      Proof -> Attendance register sent to the SW every fortnight

6. IF THINGS GO WRONG

If Kayleigh or Connor come on to the ward, or try to take Ruby-Jo from
it, ward staff will call security and the police on 999 and ring the SW
(or EDT out of hours), who will hold a strategy discussion the same day.
If either parent withdraws their s20 agreement, the local authority will
apply the same day for an emergency protection order.

7. MEETINGS AND LEGAL PLANNING

Core group ......... every 4 weeks; next 01/07/2025, then 29/07/2025
Review conference .. RCPC 10/07/2025, 2pm, Hoxenby Town Hall
LAC review ......... 15/08/2025
Legal .............. Legal planning meeting held 16/06/2025; letter
                     before proceedings sent to the parents 18/06/2025.
                     If the police investigation or the PAMS assessment
                     shows the parents cannot keep Ruby-Jo safe, the
                     local authority will issue care proceedings.

Mohammed Rafiq, IRO - 24/06/2025
""",
    "findings": [
        F("T002", "Visit Ruby-Jo on Ward 7, see her awake"),
        F("T002", "Stay with Ruby-Jo on the ward during the day"),
        F("M001", "Ring the SW with Ruby-Jo's progress and any discharge date"),
        F("M002", "Connor to go to Hoxenby Alcohol Service about his drinking"),
        F("T002", "Commission a PAMS parenting assessment of Kayleigh and Connor"),
        F("W001", "Hold a discharge planning meeting before Ruby-Jo leaves hospital"),
        F("L001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan stepped up to child protection: what the CIN plan
#    asked and what happened (history table), then numbered "Lead:" items
#    with a "Checked by:" clause. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_hessingford_cin_step_up_history_table_lead_numbered_checked_by_featherby.md",
    "split": "tune",
    "actions": 11,
    "template": "cin-to-cp-step-up-icpc-plan-md-family-lines-why-we-stepped-up-cin-asked-what-happened-history-table-then-numbered-bold-lead-items-with-italic-checked-by-clause",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 4-year-old stepped up from six months of "
        "child in need work (home conditions, attendance, dental decay) after cocaine was found within the "
        "4-year-old's reach. A history table shows what the CIN plan asked and what happened; the new plan "
        "is a numbered list of lead-first items with a 'checked by' clause. The drug service tests and "
        "reports, Nan's pick-ups and the children's stays have fallbacks, dates and legal step are set."
    ),
    "text": """\
# Hessingford Council – Children's Services

## Child protection plan for Lacey and Jack (stepped up from child in need)

**Children:** Lacey Featherby, 9, Year 4 at Hessingford Road Primary · Jack Featherby, 4, Little Acorns Nursery (starts Reception in September)

**Mum:** Kerry Featherby, 31 · **Mum's partner:** Liam Doyle, 34, living with the family since January 2025

**Children's dad:** Shane Featherby, lives in Northbay and sees the children every other Sunday

**Nan:** Pat Gill (Kerry's mum), lives on Elm Walk, two streets away

**Initial child protection conference:** 12/06/2025 – category: neglect

**Social worker:** Dami Adeyemi · **Chair:** Fiona Blake

## Why we have stepped up

Lacey and Jack have had a child in need plan since 05/12/2024 because of the state of the house, Lacey's
school attendance and Jack's tooth decay. The child in need reviews in February and May found that things
had got better for a few weeks and then slipped back. On 29/05/2025 the social worker found white powder
and a rolled-up note on the living room table, at Jack's height. Liam said he uses cocaine "at weekends,
never round the kids". Lacey told her teacher that she makes Jack's breakfast "because Mum and Liam
sleep in".

## What the child in need plan asked for, and what happened

| The CIN plan asked | What happened by the end of May |
|---|---|
| Kerry to clear the kitchen and bathroom | Done in January; back to the same state by April |
| Lacey at school every day | Attendance 81% in the spring term |
| Jack to see the dentist | Two appointments missed |
| Family support worker sessions | Kerry went to 4 of 10 |

## What Lacey and Jack say

Lacey (seen on her own at school, 5 June): "Our house is messy but Nan's is tidy. I like it when Nan does
tea." She said she is "a bit" worried about Liam because "he's grumpy on Sundays", and that the best thing
would be "if Mum got up in the mornings". She would like her own bed with "the unicorn cover from Nan's".

Jack was seen at nursery and at home. He chatted about his scooter and showed the social worker his
favourite car. At nursery he eats quickly at breakfast club and holds his cheek when he eats on one side;
staff say he often arrives in the clothes he wore the day before.

## What needs to be true for Lacey and Jack by the review

- Lacey and Jack live in a clean, safe house with their own clean beds and food in the cupboards.
- Lacey is at school on time every day and Jack at nursery, and Lacey no longer makes Jack's breakfast.
- Jack's teeth are treated and he can eat without pain.
- Lacey and Jack are never looked after by an adult who has taken drugs, and there are no drugs in the house.

## What has to happen now

1. **Lead: Dami Adeyemi, social worker.** Visit the family at home every week, at least one visit a fortnight unannounced, seeing Lacey on her own each time and Jack at nursery once a month. *Checked by:* visit records that note the fridge, the children's beds and what Lacey says, read at every core group.
2. **Lead: Kerry Featherby.** Get the kitchen, the bathroom and both children's bedrooms clean and safe (clean bedding on both beds, nothing on the floor Jack could swallow) by 27/06/2025, and keep them that way. *Checked by:* the social worker's home conditions score at each visit, with every room at 4 out of 5 or better by the core group on 24/07/2025.
3. **Lead: Sophie Lund, family support worker, Hessingford Family Hub.** Weekly sessions at home on the morning routine (up at 7.15, breakfast, uniform out the night before) and on bedtime, for 10 weeks from 16/06/2025. *Checked by:* a routine chart on the fridge ticked each day, and the children's arrival times on the school and nursery registers.
4. **Lead: Carl Dobson, attendance officer, Hessingford Road Primary.** Ring Kerry at 9.15am on any day Lacey is not in school, and send the social worker her attendance every Friday. *Checked by:* the weekly register print showing attendance at 95% or above for the rest of the summer term.
5. **Lead: Amy Rowe, Jack's key person, Little Acorns Nursery.** Write down each day what time Jack arrives, whether he has had breakfast and who collects him, and ring the social worker the same day if he has not been collected by 3.30pm. *Checked by:* the nursery daily log, emailed to the social worker every Friday.
6. **Lead: Kerry Featherby.** Take Lacey and Jack to Hessingford Dental Practice for the appointment on 20/06/2025, and to every appointment after it until Jack's treatment is finished (treatment to start by 31/07/2025). *Checked by:* a letter from the dentist to the health visitor and the social worker listing the treatment done.
7. **Lead: Beth Carey, school nurse.** Health review for Lacey covering her growth, head lice and sleep by 11/07/2025. *Checked by:* the health review summary sent to the social worker and the GP.
8. **Lead: Omar Haddad, recovery worker, Pathway Recovery Hessingford.** Hair strand test for Liam by 04/07/2025, saliva tests every two weeks after that, and a written report before each core group on whether Liam has stopped using cocaine and what that means for his care of the children. *Checked by:* the test results and the report, read at each core group.
9. **Lead: Liam Doyle.** Sign the written agreement by 20/06/2025 that he will not look after Lacey or Jack on his own, and will keep no drugs in the house, until he has had three clear saliva tests in a row. *Checked by:* the signed agreement on file, and Lacey asked at each visit who has looked after her.
10. **Lead: Pat Gill (Nan).** Collect Jack from nursery on Tuesdays and Thursdays and give both children their tea at hers until 6pm. *Checked by:* the nursery sign-out book, and Pat's diary, which the social worker reads once a month.
11. **Lead: Dami Adeyemi, social worker.** Report the bathroom ceiling leak and the broken boiler to Hessingford Homes by 20/06/2025, so the children have hot water for baths. *Checked by:* repair job numbers on the file, and the social worker seeing hot water and the ceiling mended at a visit by 31/07/2025.

## If things go wrong

If a visit finds drugs or anything used for taking drugs in the house, Liam is found alone with the
children, or either child is found without food or a clean bed for the night, the social worker (or the
out-of-hours team) will hold a strategy discussion that day. Liam will leave the house, and Lacey and Jack
will stay at Nan's while it is decided what happens next. If Pat cannot have them, they will stay together
with Hessingford foster carers that night.

If Pat cannot do a Tuesday or Thursday pick-up, Kerry will collect Jack herself and the nursery will tell
the social worker who collected him that day.

If the home conditions scores have not reached 4 in every room by the core group on 24/07/2025, or Liam
has a positive test, the social worker will ask the team manager for a legal planning meeting within 5
working days.

## Dates

- Core group every 4 weeks at Hessingford Family Hub, 10am: 26/06/2025, 24/07/2025 and 21/08/2025.
- Review child protection conference: 04/09/2025, 1pm, Hessingford Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan: progress since ICPC, numbered worries
#    W1-W4, then No. / Worry / Action / Lead / Timescale / Evidence of
#    progress with worry codes; mother's depression, Nan carries the plan (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_hurnfield_rcpc_worry_coded_action_rows_penfold.docx",
    "doc_title": "Review Child Protection Conference Plan - Harley and Skye Penfold",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-docx-progress-since-icpc-paragraph-numbered-worry-statements-w1-w4-bullets-then-no-worry-code-action-lead-timescale-evidence-of-progress-table",
    "description": (
        "First review conference plan for a 7-year-old and a 2-year-old (mother's recurrent depression, the "
        "toddler's faltering growth, a damp flat); Nan does school runs and Friday nights. Rows are keyed to "
        "numbered worries and most are clear, but the CMHT only supports and measures 'mood remains "
        "stable', the paediatric review has no evidence, housing waits for 'when a suitable property becomes "
        "available', 'Core group' owns the appointments row, the nursery place has no timescale, one outcome "
        "is Mum's, and the contingency sends the children to Nan with nothing if she can't."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("p", "Hurnfield Council · Children and Families Directorate · Conference and Review Service"),
        ("kv", [
            ("Children", "Harley Penfold, born 02/11/2017 (7), Year 2 at Saltmarsh Primary; "
                         "Skye Penfold, born 15/01/2023 (2 years 5 months)"),
            ("Address", "31 Gannet Close, Saltmarsh, Hurnfield"),
            ("Mum", "Stacey Penfold (28)"),
            ("Children's dad", "Jordan Hale, lives in Fenport; no contact since 2023"),
            ("Nan", "Lorraine Penfold (Stacey's mum), 4 Curlew Road, Saltmarsh"),
            ("Conference", "First review child protection conference, 19/06/2025 (initial conference 20/03/2025)"),
            ("Category", "Neglect (unchanged)"),
            ("Social worker", "Ellie Roper"),
            ("Chair", "Dev Mistry"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Stacey has recurrent depression and spent three weeks on Hurnfield's mental health unit in "
              "February after she stopped her medication. Before the initial conference Harley was getting "
              "himself to school late and hungry, and Skye's weight had dropped below the 0.4th centile. Since "
              "March Lorraine has taken Harley to school three mornings a week and had both children every "
              "Friday night, Stacey has been back on her antidepressant since April, and Skye's weight is up to "
              "the 2nd centile. In May Stacey spent most of two weeks in bed; Lorraine came in each day. The "
              "flat is still damp and Harley and Skye share a small bedroom with Stacey."),
        ("h1", "The worries we are still working on"),
        ("bullets", [
            "W1 – When Stacey's mood is low she stays in bed, and Harley and Skye are not fed or taken to "
            "school and nursery.",
            "W2 – Skye is still small for her age, eats very little and has few words.",
            "W3 – Harley worries about his mum and tries to look after her and Skye.",
            "W4 – The family live in a damp, overcrowded flat.",
        ]),
        ("h1", "What Harley and Skye tell us"),
        ("p", "Harley (seen on his own at school, 11 June): \"Mum's better than before, she does pasta now. When "
              "she's sad I make Skye a jam sandwich.\" He loves Friday nights at Nan's \"because we have a film "
              "and popcorn\". On his worry scale he put home at 6 out of 10 and Nan's at 10. Skye was seen at home "
              "and at the clinic: she is a smiley, busy toddler who climbs on to Stacey's lap for cuddles, but she "
              "only ate two spoonfuls of her lunch during the health visitor's visit and says about ten words."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "Harley and Skye have breakfast and tea every day and get to school and nursery on time, even on "
            "Mum's bad days.",
            "Skye's weight reaches the 9th centile and she is using more words by her next health review.",
            "Harley can be a seven-year-old and does not feel he has to look after his mum or his sister.",
            "Stacey will be able to manage her mental health and keep her tenancy.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Worry", "Action", "Lead", "Timescale", "Evidence of progress"],
            "widths": [0.9, 1.2, 5.2, 3.0, 2.6, 4.1],
            "rows": [
                ["1", "W1, W3",
                 "See Harley on his own and Skye awake at home, with one visit a month before school to see the "
                 "morning routine",
                 "Ellie Roper, SW", "Every 2 weeks",
                 "Visit notes record what Harley says and what Skye had for breakfast"],
                ["2", "W1",
                 "Continue fortnightly visits to support Stacey with her mood and her medication",
                 "Jo Firth, care coordinator, Hurnfield CMHT", "Fortnightly",
                 "Stacey's mood remains stable"],
                ["3", "W1",
                 "Review Stacey's antidepressant each month and tell the SW if a prescription is not collected",
                 "Dr Ravi Anand, GP, Saltmarsh Surgery", "Monthly; a missed collection reported within 2 days",
                 "GP letter to the SW after each review"],
                ["4", "W1, W3",
                 "Take Harley to school on Monday, Tuesday and Wednesday mornings and make sure he has had "
                 "breakfast",
                 "Lorraine Penfold (Nan)", "Monday to Wednesday in term time",
                 "Saltmarsh Primary register shows Harley in by 8.50am on those days"],
                ["5", "W1",
                 "Have Harley and Skye to stay every Friday night, and on the days Stacey has clinic appointments",
                 "Lorraine Penfold (Nan)", "Every Friday night and each clinic day",
                 "Stays written in the family diary, which the SW reads at each visit"],
                ["6", "W2",
                 "Weigh Skye, check what she is eating and complete her two-and-a-half-year review, including "
                 "her speech",
                 "Priya Das, health visitor", "Weight every 2 weeks; review by 31/07/2025",
                 "Weight plotted in the red book; ASQ-3 scores sent to the SW"],
                ["7", "W2",
                 "Paediatric review of Skye's growth, bloods and diet",
                 "Dr Helen Moore, community paediatrician", "By 15/08/2025",
                 ""],
                ["8", "W4",
                 "Look into a transfer to a two-bedroom house with no damp",
                 "Kasia Nowicki, housing officer, Hurnfield Homes", "When a suitable property becomes available",
                 "Written offer of a property, copied to the SW"],
                ["9", "W2",
                 "Make sure Harley's and Skye's health appointments are kept",
                 "Core group", "Each appointment",
                 "Clinic and nursery letters show each appointment was attended"],
                ["10", "W3",
                 "Weekly check-in with Harley in the nurture room, passing anything he says about home to the SW "
                 "the same day",
                 "Mrs Gail Ince, DSL, Saltmarsh Primary", "Every Monday in term time",
                 "DSL log of each check-in, emailed to the SW weekly"],
                ["11", "W1, W2",
                 "Attend the Mellow Parenting group with Skye",
                 "Stacey Penfold", "Thursdays for 14 weeks from 26/06/2025",
                 "Group attendance register sent to the SW every month"],
                ["12", "W2",
                 "Take up Skye's funded two-year-old nursery place, 15 hours a week",
                 "Stacey, with FSW Marcia Grant", "",
                 "Skye on the nursery register three mornings a week"],
            ],
        }),
        ("h1", "If Stacey becomes unwell"),
        ("p", "If Stacey stops taking her medication, stays in bed during the day, or tells anyone she is "
              "thinking of harming herself, Lorraine will take Harley and Skye to her house straight away and "
              "ring the SW (or the Emergency Duty Team out of hours). The SW will hold a strategy discussion the "
              "same day, and the children will stay with Lorraine until Stacey's care coordinator has seen her "
              "and the core group agrees they can go home."),
        ("h1", "Meetings and review"),
        ("bullets", [
            "Core group every 6 weeks at Saltmarsh Primary, 9.30am: 10/07/2025 and 21/08/2025.",
            "Second review child protection conference: 25/09/2025, 10am, Hurnfield Civic Centre.",
            "If Skye's weight falls below the 0.4th centile again, or Stacey is admitted to hospital again, the "
            "SW will ask the team manager for a legal planning meeting within 5 working days.",
        ]),
        ("p", "Plan agreed at conference on 19/06/2025 and sent to Stacey, Lorraine and all agencies on "
              "20/06/2025."),
    ],
    "findings": [
        F("F002", "Stacey will be able to manage her mental health and keep her tenancy."),
        F("H001", "Continue fortnightly visits to support Stacey with her mood"),
        F("M002", "Continue fortnightly visits to support Stacey with her mood"),
        F("M001", "Paediatric review of Skye's growth, bloods and diet"),
        F("T002", "Look into a transfer to a two-bedroom house"),
        F("W002", "Make sure Harley's and Skye's health appointments are kept"),
        F("T001", "Take up Skye's funded two-year-old nursery place"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference decision sheet (headerless two-column table) and a
#    landscape plan table: Who / Will do / Starting / Until or how often /
#    So that Amara and Kofi... / We will see. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_hinchwell_icpc_decision_sheet_who_first_so_that_column_asante.pdf",
    "doc_title": "ICPC Decision Sheet and Plan - Amara and Kofi Asante",
    "split": "tune",
    "actions": 9,
    "template": "icpc-decision-sheet-paged-landscape-headerless-two-column-decision-grid-then-who-first-will-do-starting-until-or-how-often-so-that-child-column-we-will-see-table",
    "description": (
        "Exemplary initial conference decision sheet and plan for an 8-year-old and a 5-year-old after their "
        "father hit them with a belt (physical abuse; father now living with his brother). A headerless "
        "decision grid, the children's words and outcomes, then a landscape table with the owner first, a "
        "start date, a frequency or end, a 'so that' column for the children and what the core group will "
        "see. The uncle's supervision of contact has a fallback; dates and legal step are set."
    ),
    "header": "OFFICIAL – SENSITIVE | Hinchwell Borough Council | Child Protection Conference Service",
    "footer": "ICPC plan – Amara and Kofi Asante – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Initial Child Protection Conference – Decision Sheet and Plan"),
        ("h2", "Decision sheet"),
        ("table", {
            "widths": [5.5, 20.2],
            "bold_first_col": True,
            "rows": [
                ["Children", "Amara Asante, born 14/02/2017 (8), Year 3, St Luke's CE Primary\n"
                             "Kofi Asante, born 30/09/2019 (5), Reception, St Luke's CE Primary"],
                ["Mother", "Efua Asante, 19 Beacon Terrace, Hinchwell (the children live with her)"],
                ["Father", "Kwame Asante, staying with his brother Yaw Asante at 6 Alder Rise since 02/06/2025"],
                ["Conference", "16/06/2025, 1.30pm, Hinchwell Civic Offices"],
                ["Decision", "Both children to be the subject of a child protection plan"],
                ["Category", "Physical abuse"],
                ["Parents' views of the decision", "Efua agreed. Kwame disagreed with the category but said he "
                                                   "will work with the plan."],
                ["Social worker", "Lucy Ferrar, Assessment and Intervention Team"],
                ["Chair", "Imran Shah, Child Protection Chair"],
            ],
        }),
        ("h2", "Why Amara and Kofi need a plan"),
        ("p", "On 30/05/2025 Amara's teacher saw long bruises across the backs of her thighs when she changed for "
              "PE. Amara said \"Daddy used his belt because I lied about my homework\". The child protection "
              "medical on 31/05/2025 found the bruises consistent with being hit with a belt. Kofi told the "
              "social worker that Daddy \"does the belt when we're naughty\". Kwame told the police that he was "
              "disciplined the same way as a child and did not think it was harmful; he accepted a conditional "
              "caution. Efua said she had asked Kwame to stop but was frightened of arguing with him in front of "
              "the children. Kwame agreed to move to his brother's while the plan is in place."),
        ("h2", "What Amara and Kofi told us"),
        ("p", "Amara (at school, 12/06/2025): \"I miss Daddy at bedtime but I don't miss the belt. Saturdays at "
              "Uncle Yaw's are fun because we play Ludo.\" In her three houses she put \"getting shouted at "
              "about homework\" in the house of worries and \"Mummy's jollof\" in the house of good things. She "
              "says she can't get to sleep \"because I think about it\"."),
        ("p", "Kofi (at home, 13/06/2025) showed the social worker his Lego rocket and said \"Daddy's at Uncle "
              "Yaw's because of the belt\". Asked who he would tell if someone hurt him, he said \"Mummy and Mrs "
              "Carter\"."),
        ("h2", "What must be true for Amara and Kofi by the review"),
        ("bullets", [
            "Nobody hits, smacks or uses a belt or any object on Amara or Kofi, and each of them can name an "
            "adult they would tell if it happened.",
            "Amara and Kofi see their dad every week in a way that is safe, and tell their social worker that "
            "contact feels OK.",
            "Amara is sleeping through most nights and tells her ELSA that she feels safe at home.",
            "Amara and Kofi are parented with calm routines and praise, which they can describe.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["Who", "Will do", "Starting", "Until / how often", "So that Amara and Kofi…", "We will see"],
            "widths": [3.6, 6.4, 2.4, 3.3, 4.6, 5.4],
            "rows": [
                ["Lucy Ferrar, social worker",
                 "Visit at home and see each child on their own, using the three houses with Amara and a "
                 "feelings puppet with Kofi",
                 "17/06/2025", "Every 2 weeks, with one visit a month unannounced",
                 "…have someone outside the family checking that they are safe",
                 "Visit records with each child's words and drawings, read at every core group"],
                ["Kwame Asante",
                 "Attend the Caring Dads programme at Hinchwell Family Centre",
                 "24/06/2025", "Every Tuesday evening for 17 weeks",
                 "…have a dad who can manage their behaviour without hitting them",
                 "Attendance sheet sent to the SW monthly; facilitator's end-of-programme report to the review "
                 "conference"],
                ["Yaw Asante (uncle)",
                 "Supervise Kwame's time with the children at Yaw's home; Kwame is never alone with them",
                 "21/06/2025", "Every Saturday, 10am to 2pm",
                 "…keep seeing their dad while it is safe",
                 "Contact book signed by Yaw after each Saturday; the SW asks the children how it went"],
                ["Efua and Kwame Asante",
                 "Sign the family agreement that nobody in either household will hit the children or use a belt "
                 "or any object on them",
                 "20/06/2025", "Signed by 27/06/2025 and kept for the life of the plan",
                 "…live in homes where nobody is hit",
                 "Signed agreement on file; each child asked at every SW visit whether anyone has hit them"],
                ["Rosa Kent, family support worker",
                 "Incredible Years home sessions with Efua on praise, routines and consequences that don't hurt",
                 "23/06/2025", "Weekly for 10 weeks",
                 "…get praise and clear routines instead of punishment",
                 "Session notes and Efua's weekly routine chart shared with the SW before each core group"],
                ["Mrs Sue Carter, DSL, St Luke's CE Primary",
                 "Ask both children how home is, check for marks after any absence, and ring the SW the same day "
                 "if there is a mark or a worry, using a body map",
                 "17/06/2025", "Every Monday, and after any absence",
                 "…have a safe adult at school who notices",
                 "DSL log and any body maps, emailed to the SW every Monday"],
                ["Miss Amy Lloyd, ELSA, St Luke's CE Primary",
                 "ELSA sessions with Amara about her worries and her sleep",
                 "19/06/2025", "Every Thursday in term time",
                 "…Amara has a place to talk about what happened",
                 "ELSA record and Amara's own 0–10 worry score each week, shared with the SW"],
                ["DC Ben Harlow, Child Abuse Investigation Team",
                 "Tell the SW about any police contact with the family or any new allegation",
                 "16/06/2025", "Within 24 hours of any contact",
                 "…are protected quickly if anything new happens",
                 "Police emails logged on both children's files"],
                ["Dr Lena Fox, GP, Alder Rise Medical Centre",
                 "Put a child protection flag on both children's records and tell the SW if either child is seen "
                 "with an injury",
                 "20/06/2025", "Flags on by 20/06/2025; any injury reported the same day",
                 "…are seen by a doctor who knows about the plan",
                 "Flags confirmed to the SW by email; any injury reported in writing"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If either child has a new mark that may be from being hit, says they have been hit, or Kwame is "
              "found at Beacon Terrace outside the agreed contact, the SW (or the Emergency Duty Team out of "
              "hours) will hold a strategy discussion the same day. All contact with Kwame will stop until a new "
              "risk assessment is done. If Efua lets Kwame back into the home, the SW will ask Efua to agree to "
              "the children staying with foster carers that night, or apply for an emergency protection order."),
        ("p", "If Yaw cannot supervise on a Saturday, that contact does not go ahead and no one else in the family "
              "will supervise instead: the SW will book supervised contact at Hinchwell Family Centre within 7 "
              "days."),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at St Luke's CE Primary, 3.45pm: 30/06/2025, 28/07/2025 and 25/08/2025.",
            "Review child protection conference: 15/09/2025, 10am, Hinchwell Civic Offices.",
            "If Kwame misses two Caring Dads sessions, or there is any further physical punishment, the SW will "
            "ask the team manager for a legal planning meeting within 5 working days.",
        ]),
        ("p", "Imran Shah, Child Protection Chair – decision sheet and plan sent to the family and all agencies "
              "on 17/06/2025"),
    ],
    "findings": [],
})
