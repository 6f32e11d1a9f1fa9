"""Batch 222, module f: seven fictional plans (tuning material), places beginning with "f".

Batch: 222. Letter: f. Split: tune (every plan).

Everything here is made up: children, parents, relatives, foster carers,
professionals, hospitals and wards, schools, pharmacies, services, courts
and councils (Fenlowe, Frostbeck, Fincholt, Fellwyke, Foxwilde, Fynmouth,
Forlingham, Fairmarrow, Fieldenby and the rest). Any resemblance to real
people, places or cases is a coincidence. The labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: plans written by one agency, or for one part of the child's life.
Each plan is the child protection plan as a particular writer or setting
shapes it, in that setting's layout and voice: a neonatal unit's care,
visiting and discharge plan for a baby looked after on the unit; a primary
school designated safeguarding lead's part ("team around Kayla"); an adult
community mental health team's care programme approach plan for a mother,
with what it means for her children and her potential for change; a
foster carer's daily placement plan for a child accommodated under section
20; a youth justice and exploitation plan written partly to a 15-year-old;
a transfer handover from one council to another, saying who holds what
until the new council's conference; and a core group's updated plan in
minutes form, with actions carried over, changed, new and done. Owners are
the roles of each setting (nurse in charge, DSL, care coordinator, foster
carer, key worker, YJS case manager); times are in its rhythm (at every
feed, each register, each CPA review, each bedtime, every contact); checks
are in its records (feeding charts, centile charts, CPOMS summaries sent to
a named person, drug screens, the foster carer's daily log, contact
recording sheets, the YJS case record).

1. Fenlowe (docx, exemplary): the Wren Neonatal Unit's care, visiting and
   discharge plan for a premature baby withdrawing from opiates, looked
   after under section 20 on the unit, joined to his child protection
   plan: his days on the ward from the nursing notes, then Part A (who
   visits and how often / what happens at the visit / recorded in), Part B
   (feeds, weights on the centile chart, withdrawal scores, discharge) and
   Part C (the mother's part and the drug and alcohol service's report on
   her potential for change); a fallback if the grandmother cannot sit in,
   and a legal planning meeting after named triggers.
2. Frostbeck (md): Fincholt primary school's DSL plan for a 6-year-old in
   Year 2 (neglect, her mother's drinking): a one-line-per-field pupil box,
   her three houses, her school day, then "The school's part" (Support /
   Staff member / When in the school day / How we'll check) and "Team
   around Kayla". Faults: nurture group sessions checked only by "Kayla's
   wellbeing will be monitored" (M002); the pre-loved uniform with "-" for
   its check (M001); "All staff" passing on concerns (W002); the school
   nurse's health review "As soon as possible" (T002); the mother's
   drinking recorded with no adult service owning any action, the social
   worker only giving her a number (F004); and nothing on legal planning
   (R002).
3. Fellwyke (pdf, exemplary, page header and footer): the community mental
   health team's care programme approach care plan for a mother with
   bipolar disorder after an admission, its child protection section with
   a "What this means for Leo and Maisie" column, the care coordinator's
   and psychologist's reports on her potential for change, the steps and
   the likely timescale, the children's views, a relapse contingency with
   the father and a fallback if he cannot have them.
4. Foxwilde (docx): a foster carer's daily placement plan for a 4-year-old
   accommodated under section 20 and still on a child protection plan, his
   routine and the carer's log (Part of Kian's day / What we do / Who /
   When / Written in), contact at his grandparents' home. Faults: a
   passive referral for a play therapy assessment with "-" for who (W001);
   the dental check-up with an empty When (T001); the community mental
   health team's visits that only support the mother (H001); an outcome
   about the mother only (F002); and no fallback if the grandparents
   cannot supervise contact (C003).
5. Fynmouth (pdf, exemplary, page header and footer): a youth justice and
   exploitation plan for a 15-year-old on a referral order and a child
   protection plan, written partly to him ("your part" in the first
   person, signed) and partly as the workers' part, with a traffic-light
   safety plan, a fallback if his uncle cannot have him, and a legal
   planning meeting after named triggers.
6. Forlingham (txt): a case-system print of the transfer handover of a
   child protection plan from Forlingham to Fairmarrow, thirteen items
   each with Owner / Until the TIC / Due / Evidence fields saying who
   holds what until the transfer-in conference. Faults: the
   parenting assessment paused for the receiving council to start within
   four weeks of its conference (X001); the CAMHS referral left for
   Fairmarrow "once the family are settled" (X001, T002); the dental
   check with "Evidence: -" (M001); "All agencies" passing on the
   father's whereabouts (W002); a contingency of "further concerns" met
   by the two managers discussing next steps (C002); and the transfer-in
   conference "date to be confirmed" with no review conference set (R001).
7. Fieldenby (md, exemplary): core group 3 minutes and updated plan for a
   5-month-old and her 3-year-old brother (domestic abuse by the
   children's father, now on bail), the health visitor's part written in
   her own rhythm, then the actions tagged CARRIED OVER, CHANGED, NEW and
   DONE (the done ones kept for the record only).

Plans 1, 3, 5 and 7 are exemplary: every live action has a named owner (a
role of the setting, a named person, the young person's "I" over his
signature), a real timescale and something that can be seen, counted or
read; every outcome is about the child; each contingency has specific
triggers and concrete protective responses and says what happens if a
relative's help fails; each records the child's words or observed days,
core group dates and a dated review conference, and a legal planning
meeting after named triggers; where a parent drinks, uses drugs or is
unwell, an adult service owns actions and is asked for its view of the
parent's potential for change, the steps and how long they will take; a
looked-after baby in hospital is visited at stated frequencies. The three
faulty plans (2, 4 and 6) hold 18 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (the unit's Parts A to C, the school's part and the team
around, the CPA plan's table, the placement plan's table), each numbered
item of the young person's part and the workers' part, each numbered
handover item and each live tagged action of the core group minutes
counts once. Done one-off actions kept for the record, details and who's
who tables, the babies' and children's days, views, worries, strengths,
outcomes, chronologies, agency updates, contingencies, safety plans and
meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Neonatal unit care, visiting and discharge plan for a baby looked after
#    on the unit, joined to his child protection plan. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_fenlowe_neonatal_unit_visiting_discharge_parts_marchetti.docx",
    "doc_title": "Wren Neonatal Unit care, visiting and discharge plan - Baby Theo Marchetti",
    "split": "tune",
    "actions": 18,
    "template": "neonatal-unit-care-visiting-and-discharge-plan-docx-unit-letterhead-details-table-legal-status-why-theos-days-on-the-ward-from-nursing-notes-what-jade-and-pat-say-outcomes-then-part-a-who-visits-how-often-what-happens-recorded-in-part-b-and-c-what-needs-to-happen-lead-when-checked-in-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan written by a neonatal unit with the social worker for a baby born at 34 weeks "
        "who has been treated for neonatal abstinence syndrome; his mother, on a methadone "
        "prescription, used heroin and cocaine in pregnancy, left the ward for three days and fell "
        "asleep holding him, and he is accommodated under section 20 on the unit and on a child "
        "protection plan, to go to foster carers on discharge. After a details table, his days on "
        "the ward from the nursing notes (feeds, settling, withdrawal scores, who visited and on how "
        "many days no one did) and the mother's and grandmother's words, the plan is in three parts: "
        "who visits and how often (the social worker twice a week, the IRO, the mother daily, the "
        "grandmother sitting in each evening, the foster carer learning his cares, the nurse in "
        "charge ringing the social worker on any day with no visitor), his care and discharge in the "
        "unit's rhythm (every feed, the 2am weighs plotted on the centile chart, four-hourly "
        "withdrawal scores, before discharge) and the mother's part with the drug and alcohol "
        "service's weekly screens and its report on her potential for change. The contingency "
        "covers intoxication on the ward, the section 20 being ended, the grandmother or the foster "
        "carers being unable, and a legal planning meeting after named triggers; core group, "
        "looked-after review and review conference dates are set."
    ),
    "blocks": [
        ("title", "Wren Neonatal Unit: Care, Visiting and Discharge Plan"),
        ("p", "Fenlowe General Hospital NHS Trust, Wren Neonatal Unit, with Fenlowe City Council Children's "
              "Services. This is the unit's part of Theo's child protection plan, agreed at the initial child "
              "protection conference on 15/12/2025 and brought up to date at the discharge planning meeting on "
              "05/01/2026. The nursing team works from it on every shift; a copy is kept at the front of "
              "Theo's cot-side folder."),
        ("table", {
            "rows": [
                ["Baby", "Theo Marchetti, born 28/11/2025 at 34+2 weeks (birth weight 1.98 kg); 39+5 weeks "
                         "corrected on 05/01/2026"],
                ["Where", "Wren Ward (special care), bay 2, cot 7"],
                ["Legal status", "Looked after: accommodated under section 20 of the Children Act 1989 since "
                                 "09/12/2025, with Jade's written agreement. A pre-proceedings (PLO) letter was "
                                 "given to Jade on 17/12/2025."],
                ["Child protection plan", "Neglect, from the initial conference on 15/12/2025"],
                ["Mother", "Jade Marchetti (24), 15 Ropewalk Court, Fenlowe FN2 8DS. On a methadone "
                           "prescription (45 ml daily) from Fenlowe Recovery Partnership."],
                ["Father", "Not named on the birth registration; Jade has not said who he is"],
                ["Maternal grandmother", "Pat Marchetti (51), 3 Lime Street, Fenlowe"],
                ["Foster carers for discharge", "Lorna and Graham Pike, Fenlowe City Council foster carers"],
                ["Social worker", "Kemi Adeyemi, Assessment and Intervention Team 2 (team manager: Tamsin "
                                  "Reade)"],
                ["IRO and conference chair", "Robert Lyle"],
                ["Unit staff", "Sister Helen Okafor (ward manager); Dr Priya Nandakumar (consultant "
                               "neonatologist); Ali Brennan (neonatal outreach nurse); Mel Grant (infant feeding "
                               "lead); Sam Hollis (neonatal safeguarding nurse)"],
                ["Drug and alcohol key worker", "Dean Fairclough, Fenlowe Recovery Partnership"],
                ["Health visitor from discharge", "Ruth Kaplan, Fenlowe Health Visiting Team (Southside)"],
            ],
            "widths": [4.6, 12.4],
            "bold_first_col": True,
        }),
        ("h1", "Why Theo has a plan"),
        ("p", "Jade used heroin on top of her methadone in the last month of her pregnancy, and she and Theo "
              "tested positive for heroin and cocaine when he was born. Theo came early and needed oral "
              "morphine for neonatal abstinence syndrome; it was weaned from 12/12/2025 and his last dose was "
              "on 02/01/2026. Jade left the ward on 06/12/2025 and was not seen for three days. On 08/12/2025 "
              "she came to the unit smelling of cannabis and fell asleep in the chair holding Theo. With her "
              "agreement Theo has been accommodated since 09/12/2025, and he will go to Lorna and Graham when "
              "he is ready to leave the unit. Because Jade could end the section 20 at any time, the "
              "conference made Theo subject of a child protection plan."),
        ("h1", "Theo's days on Wren Ward"),
        ("p", "From the nursing notes and what the nurses, Kemi and Pat have seen:"),
        ("bullets", [
            "Theo is fed every three hours. Since 30/12/2025 he has taken most feeds by bottle (Jade's frozen "
            "breast milk first, then formula) and the rest by nasogastric tube; he tires after about 40 ml.",
            "He startles at loud noises and the monitor alarms. He settles best swaddled, in a dim cot space, "
            "with a hand held still on his chest; the night nurses call him \"a baby who needs holding still\".",
            "His withdrawal (Finnegan) scores were 8 to 11 in his first week and have been 3 or under since "
            "28/12/2025.",
            "In his 38 days he has had a visitor on 29: Jade on 17 days (most visits 20 to 40 minutes), Pat on "
            "12 and Kemi on 9. On the 9 days no one came, the notes say he was held only at cares.",
            "He was back to his birth weight on day 12 and weighed 2.46 kg on 04/01/2026 (9th centile).",
        ]),
        ("h1", "What Jade and Pat say"),
        ("p", "Jade said at the discharge planning meeting: \"I know I messed up. I want to be the one giving him "
              "his bottles.\" She wants longer visits and a night in the parents' room before Theo leaves, and "
              "she does not want him to go \"to people he doesn't know\". Pat said: \"I'll sit with Jade every "
              "evening if it means she gets to see him. I can't do weekends, I work Saturdays.\""),
        ("h1", "What we want for Theo"),
        ("numbers", [
            "Theo is fed, weighed and comforted on time every day on the unit, takes all his feeds by bottle "
            "and gains weight along his centile before he leaves.",
            "Theo is visited and held every day by the people who matter to him, and no day passes without a "
            "visitor this plan names.",
            "Theo leaves the unit straight to Lorna and Graham, who already know his cues and his feeds, with "
            "a health visitor and GP ready for him.",
            "Theo is only ever cared for by Jade when she is free of heroin and cocaine and able to respond to "
            "him.",
        ]),
        ("h1", "The plan"),
        ("p", "Part A says who visits Theo and how often. Part B is his care on the unit and getting ready to "
              "leave. Part C is Jade's part and the drug and alcohol service's part. Each row has one lead, and "
              "the last column says where anyone can read whether it happened."),
        ("h2", "Part A - Visiting Theo on Wren Ward"),
        ("table", {
            "header": ["Who visits", "How often", "What happens at the visit", "Recorded in"],
            "widths": [3.6, 3.6, 5.6, 4.2],
            "rows": [
                ["Kemi Adeyemi, social worker",
                 "Twice a week (Tuesday and Friday) until discharge",
                 "Sees and holds Theo, reads the nursing notes since her last visit, and talks with the nurse "
                 "in charge about his feeds, weight and visitors",
                 "Looked-after visit record on the Fenlowe children's record within 48 hours; her signature in "
                 "the unit's visitor book"],
                ["Robert Lyle, IRO",
                 "Once before the looked-after review on 09/01/2026",
                 "Visits Theo on the unit and speaks with the nurse in charge and with Jade",
                 "IRO's visit note on Theo's file, referred to in the review record"],
                ["Jade Marchetti (Mum)",
                 "Every day, 10am to 1pm, from 06/01/2026 until discharge",
                 "Gives Theo his 11am feed and his cares with a nurse beside her, and holds him skin to skin",
                 "Feeding chart entries initialled by Jade; the nurse's note on the parent contact sheet"],
                ["Pat Marchetti (grandmother), with Jade",
                 "Every weekday evening, 6pm to 8pm",
                 "Sits with Jade and Theo for the whole visit, including his 7pm feed",
                 "Parent contact sheet signed each evening by Pat and the nurse in charge"],
                ["Lorna Pike, foster carer",
                 "Three times a week from 06/01/2026, then every day for the 5 days before discharge",
                 "Learns Theo's feeds, settling and cares from the nurses, and gives at least one feed at each "
                 "visit",
                 "Cares checklist signed off item by item by Ali Brennan; parent contact sheet"],
                ["Nurse in charge, day shift",
                 "By 6pm on any day Theo has had no visitor named in this part",
                 "Rings Kemi (or the Emergency Duty Team after 5pm) so that a visit is arranged for the next "
                 "day",
                 "Call written in the nursing notes; next day's visit in the visitor book"],
            ],
        }),
        ("h2", "Part B - Theo's care on the unit and getting ready to leave"),
        ("table", {
            "header": ["What needs to happen", "Lead", "When", "Checked in"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["Offer every feed by bottle first, top up by tube only when Theo tires, and write down how much "
                 "he takes",
                 "Nurse caring for Theo, each shift",
                 "At every feed (three-hourly)",
                 "Feeding chart: no tube top-ups for 48 hours before discharge"],
                ["Weigh Theo and plot the weight on his UK-WHO centile chart",
                 "Nurse in charge, night shift",
                 "Monday, Wednesday and Friday at the 2am cares",
                 "Centile chart: weight stays on or above the 9th centile"],
                ["Score Theo's withdrawal on the Finnegan chart and tell the consultant about any score of 8 or "
                 "more",
                 "Nurse caring for Theo",
                 "Every 4 hours until 09/01/2026 (7 days after his last morphine)",
                 "Finnegan chart: scores of 3 or under for the 7 days"],
                ["Write a feeding plan for home (bottle, teat, volumes, how to tell Theo is tiring) for Lorna "
                 "and Graham, with a copy for Jade",
                 "Mel Grant, infant feeding lead",
                 "By 12/01/2026",
                 "Feeding plan in the cot-side folder, copied to Ruth Kaplan (HV)"],
                ["Discharge checks (hearing screen, hips, car seat test) and a discharge summary to the GP and "
                 "health visitor",
                 "Dr Priya Nandakumar, consultant neonatologist",
                 "Before discharge (expected in the week of 19/01/2026)",
                 "Discharge summary on the hospital record, sent to Kemi, Ruth and the GP on the day Theo "
                 "leaves"],
                ["Outreach visits to Theo at Lorna and Graham's home, weighing him each time",
                 "Ali Brennan, neonatal outreach nurse",
                 "Within 48 hours of discharge, then weekly for 4 weeks",
                 "Weight plotted in the red book; outreach note sent to Ruth and Kemi after each visit"],
                ["First health visitor visit at the foster home, and handover from the outreach team",
                 "Ruth Kaplan, health visitor",
                 "Within 10 days of discharge",
                 "Red book entry and HV visit record shared with Kemi"],
                ["Check the visitor book and parent contact sheets and send Kemi a summary of who visited Theo "
                 "and for how long",
                 "Sam Hollis, neonatal safeguarding nurse",
                 "Every Friday until discharge",
                 "Weekly e-mail summary, filed on the Fenlowe children's record"],
            ],
        }),
        ("h2", "Part C - Jade's part, and the drug and alcohol service's part"),
        ("table", {
            "header": ["What needs to happen", "Lead", "When", "Checked in"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["Take her methadone at Fenlowe Road Pharmacy under supervision, and use no heroin, cocaine or "
                 "cannabis, so that she can care for Theo safely at her visits",
                 "Jade",
                 "Every day",
                 "Pharmacy supervision record; the weekly drug screens below all clear"],
                ["Learn Theo's cues, feeds and safe sleep from the nurses and show she can do his cares without "
                 "prompting",
                 "Jade, with the nurse in charge",
                 "At every morning visit until discharge",
                 "Cares checklist for Jade signed off item by item by Ali Brennan"],
                ["Weekly key-work sessions and a random urine drug screen each week, and a written report to "
                 "each core group on Jade's progress, the steps still needed and how long she is likely to "
                 "need before she could care for Theo safely",
                 "Dean Fairclough, Fenlowe Recovery Partnership",
                 "Weekly from 06/01/2026; report a week before each core group",
                 "Screen results and the written report sent to Kemi and the core group"],
                ["Parenting assessment of Jade, including whether she can keep Theo safe from drug use around "
                 "him, using her unit visits and two home sessions",
                 "Kemi Adeyemi, social worker",
                 "Start 06/01/2026; report by 20/02/2026",
                 "Assessment report with recommendations shared with Jade and the core group by 20/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jade comes to the unit under the influence of drugs or alcohol, or tries to take Theo off the "
            "unit, the nurse in charge ends the visit, calls hospital security (and the police on 999 if Theo "
            "is taken), and rings Kemi or the Emergency Duty Team within the hour. Jade's next visit goes ahead "
            "only with Kemi there.",
            "If Jade ends her agreement to section 20, Kemi and Tamsin Reade will apply to Fenlowe Family Court "
            "for an emergency protection order the same day, and the unit will discharge Theo to no one but "
            "Lorna and Graham.",
            "If Pat cannot come to an evening visit, she texts Jade and rings the unit by 4pm; that visit goes "
            "ahead with the nurse in charge or a nursery nurse sitting with Jade throughout. If Pat misses "
            "three evenings in a week, Kemi agrees a new visiting timetable with Jade within 2 working days, "
            "with the extra time in the day when the nurses can sit in.",
            "If Lorna and Graham cannot take Theo when he is ready, he stays on the unit until Fenlowe "
            "Fostering's duty manager has placed him with another approved carer who has given him at least two "
            "feeds on the unit.",
            "If Theo loses weight at two weighs running, or scores 8 or more twice, Dr Nandakumar reviews him "
            "that day and discharge waits until he has gained weight for a week.",
            "If Jade's screens show heroin or cocaine twice before the review conference, or she misses more "
            "than three morning visits in a week without ringing the unit, Tamsin Reade will hold a legal "
            "planning meeting within 5 working days to decide whether to issue care proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks on Wren Ward (parents' room), Tuesdays at 2pm: 13/01/2026, 03/02/2026 "
            "and 24/02/2026. Once Theo has left the unit the core group meets at the Fenlowe Family Hub.",
            "First looked-after review: 09/01/2026 at 11am on the unit, chaired by Robert Lyle.",
            "Review child protection conference: 09/03/2026 at 10am, Fenlowe Civic Centre.",
        ]),
        ("p", "Plan shared with Jade, Pat, Lorna and Graham, and every agency named, on 06/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A primary school DSL's plan: the school's part of a Year 2 pupil's child
#    protection plan, and the team around her. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_frostbeck_school_dsl_part_team_around_dunmore.md",
    "split": "tune",
    "actions": 14,
    "template": "primary-school-dsl-plan-md-schools-part-of-cp-plan-pupil-box-why-three-houses-in-her-words-her-school-day-now-outcomes-then-the-schools-part-support-staff-member-when-in-the-school-day-how-well-check-then-team-around-kayla-what-who-when-how-well-know-then-if-kayla-is-not-safe-meetings",
    "description": (
        "A primary school designated safeguarding lead's plan for a 6-year-old in Year 2 on a child "
        "protection plan for neglect: late and absent, hungry, in the same uniform all week, untreated "
        "head lice, and found with her 3-year-old brother in the street in their pyjamas while their "
        "mother, who drinks most nights, could not be woken. A pupil box, her three houses in her own "
        "words, her school day now, outcomes, then the school's part (Support / Staff member / When in "
        "the school day / How we'll check: breakfast club, first-day calling, lunches, a key adult at "
        "the gate, CPOMS summaries to the social worker) and the team around her. Faults: nurture "
        "group sessions checked only by 'Kayla's wellbeing will be monitored'; the pre-loved uniform "
        "with '-' for its check; 'All staff' passing concerns to the DSL; the school nurse's health "
        "review 'As soon as possible'; the mother's drinking recorded with no adult service owning any "
        "action (the social worker only gives her the alcohol team's number); and nothing on legal "
        "planning."
    ),
    "text": """\
# Fincholt CE Primary School - Designated Safeguarding Lead's Plan

## Kayla Dunmore (Year 2): the school's part of her child protection plan

Frostbeck Metropolitan Borough Council - Team Around Kayla

Written by Mrs Joanne Kent (DSL) with Mr Ashok Varma (class teacher, 2V) and Liam Prowse (social
worker, Frostbeck Children's Services) after the initial child protection conference on 08/12/2025.
Brought up to date for the spring term on 07/01/2026. This plan sits inside Kayla's child protection
plan: the first table is what school will do, the second is what everyone else around Kayla will do.

| Pupil | |
|---|---|
| **Name** | Kayla Dunmore, born 19/04/2019 (6), Year 2, class 2V |
| **Brother** | Reggie Dunmore (3), Little Owls room, Fincholt Pre-school (on the school site); he has his own plan |
| **Home** | 22 Kestrel Way, Fincholt, Frostbeck FR6 4NB, with Mum (Shannon Dunmore, 29) |
| **Dad** | Wayne Ellis, lives in Frostbeck; no contact since the summer |
| **Category** | Neglect |
| **Social worker** | Liam Prowse, Safeguarding Team 3 (team manager: Carla Haigh) |
| **Key adult in school** | Miss Sophie Webb, teaching assistant in 2V |
| **Free school meals** | Yes, since 01/10/2025 |

### Why Kayla has a plan

In the autumn term Kayla's attendance was 81%, with 23 late marks after the register closed. She
often came in hungry, in the same uniform all week, and with head lice that had not been treated. At
7.40am on 24/11/2025 a neighbour found Kayla and Reggie on Kestrel Way in their pyjamas, looking for
Mum's friend; Shannon was asleep and could not be woken for some time. The police found empty wine
bottles in the kitchen and no food in the fridge. Shannon told Liam she has drunk "a bottle of wine
most nights, more at weekends" since Wayne left, and that mornings are "a nightmare".

### What Kayla says

Kayla talked to Miss Webb and Liam in the nurture room on 16/12/2025, using the three houses:

- **House of good things:** "Mummy's cuddles." "Reggie makes me laugh." "Toast at breakfast club."
- **House of worries:** "When Mummy won't wake up." "When I have to get Reggie's milk." "My head is
  itchy and Lacey said I smell."
- **House of dreams:** "Mummy wakes up and makes pancakes." "A sleepover at Ruby's." "A unicorn
  lunchbox."

She scored school 9 out of 10 ("because of Miss Webb") and mornings at home 2 out of 10.

### Kayla's school day now

Since 05/01/2026 Kayla has been met at the gate most days by Miss Webb. On good days she is in
breakfast club by 8.15am and eats two slices of toast and a banana. She is tired by the afternoon and
sometimes puts her head on the table. She loves phonics and reads to Miss Webb every day. At lunch she
eats quickly and has asked for seconds. She has stopped scratching her head since the nit treatment
the school nurse gave Shannon in December, but says "Mummy forgot the second one".

### What we want for Kayla

1. Kayla is in school every day and on time, with attendance of at least 95% by the Easter holidays.
2. Kayla starts every school day with breakfast and eats a hot lunch, in clean clothes, and is not
   hungry or teased.
3. Kayla has a trusted adult at school she can tell when mornings at home are hard, and what she says
   is passed on and acted on the same day.
4. Kayla and Reggie are woken, fed and brought to school by a sober adult every morning.

## The school's part

| Support | Staff member | When in the school day | How we'll check |
|---|---|---|---|
| Meet Kayla at the gate, walk her to breakfast club and ask how her morning was | Miss Sophie Webb (key adult) | Every school day, 8.10am | Check-in sheet initialled each day; anything Kayla says about home put on CPOMS by 9am |
| First-day calling: ring Shannon at 9.05am if Kayla is not in, ring Liam if there is no answer by 9.30am, and visit the home by 10.30am | Mrs Farida Noor, attendance officer | Every school day | Register and call log e-mailed to Liam every Friday; attendance figure in each core group report |
| Free breakfast club place (toast, cereal, fruit and milk) | Mrs Brenda Cole, breakfast club lead | Every school day, 8am to 8.40am | Breakfast club register, with what Kayla ate, copied to Mrs Kent weekly |
| Hot school lunch, with Kayla sitting on the table nearest the hatch so that she can have seconds | Mrs Tracey Dunn, senior midday supervisor | Every lunchtime | Lunch tick sheet (main and pudding eaten) shown to Mrs Kent each Friday |
| Nurture group sessions with Mrs Halford on feelings, friendships and telling an adult | Mrs Gail Halford, nurture lead | Monday and Wednesday, 1.15pm to 2.30pm | Kayla's wellbeing will be monitored by Mrs Halford |
| Spare uniform, PE kit and a winter coat from the pre-loved rail, washed in school | Miss Sophie Webb | By 16/01/2026, then swapped every Monday | - |
| Daily reading with Kayla, and a quiet table and a drink of water when she is tired in the afternoon | Mr Ashok Varma, class teacher | Every school day, 2.45pm | Reading record signed daily; phonics check-point scores sent home and to Liam at February half term |
| Let Mrs Kent know of any concern about Kayla's hunger, appearance, tiredness or what she says about home | All staff | The same day | Logged on CPOMS and sent to Liam by Mrs Kent within the hour |
| Send Liam a summary from CPOMS: attendance, late marks, breakfast club, lunches and anything Kayla has said | Mrs Joanne Kent, DSL | Every Friday by 3.30pm | Summary e-mail on Liam's file each week; Liam reads it out at each core group |

## Team around Kayla

| What | Who | When | How we'll know |
|---|---|---|---|
| Visit Kayla and Reggie at home, seeing Kayla on her own; at least one visit in three before 8.30am | Liam Prowse (SW) | Every week until the review conference | Visit records within 48 hours, with Kayla's words and what food was in the house |
| Early morning visits to help Shannon with the routine: up, dressed, breakfast, out of the door by 8.05am | Becca Lunn, family support worker, Frostbeck Family Hub | Monday, Wednesday and Friday, 7.15am to 8.15am, for 8 weeks from 12/01/2026 | Becca's morning checklist; Kayla in breakfast club by 8.15am on those days (breakfast club register) |
| Health review: height, weight, head lice treatment with Shannon, eyesight and dental registration | Nurse Andrea Blake, school nurse | As soon as possible | Health review record shared with Mrs Kent and Liam |
| Talk to Shannon about how her drinking affects Kayla and Reggie, and give her the number of Frostbeck Community Alcohol Team to refer herself | Liam Prowse (SW) | By 23/01/2026 | Liam's visit record says whether Shannon has rung; Liam asks again at each visit |
| Get Kayla and Reggie up, dressed and fed, bring them to school by 8.10am, and not drink on school nights | Shannon (Mum) | Every school day | Register and breakfast club register; Becca's morning checklist |

## If Kayla is not safe

- If Kayla is not in by 9.30am and Shannon does not answer, Mrs Noor and a second member of staff go
  to Kestrel Way by 10.30am. If no one answers, or Shannon is too drunk to look after the children,
  Mrs Kent rings 999 and then Liam (or the Emergency Duty Team), and Liam holds a strategy discussion
  with the police that day.
- If Kayla tells an adult she could not wake Mummy, or that Reggie was left at home, Mrs Kent rings
  Liam straight away and Liam visits that morning. If Shannon cannot care for the children safely,
  Kayla and Reggie stay with Shannon's friend Danielle Moss (agreed at conference), or with emergency
  foster carers found by Liam or the Emergency Duty Team if Danielle cannot have them.

## Meetings

- Core group every four weeks in the school library, Thursdays at 3.30pm: 15/01/2026, 12/02/2026.
- Review child protection conference: 05/03/2026 at 1.30pm, Frostbeck Town Hall.

Plan shared with Shannon, Kayla (her picture version, read with Miss Webb), Liam and every agency
named on 08/01/2026.
""",
    "findings": [
        F("M002", "Nurture group sessions with Mrs Halford on feelings"),
        F("M001", "Spare uniform, PE kit and a winter coat from the pre-loved rail"),
        F("W002", "any concern about Kayla's hunger, appearance, tiredness"),
        F("T002", "Health review: height, weight, head lice treatment with Shannon"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. The community mental health team's CPA care plan for a mother with
#    bipolar disorder, and its child protection section. Landscape, page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_fellwyke_cmht_cpa_care_plan_children_column_brennan.pdf",
    "doc_title": "CPA care plan and child protection section - Nicola Brennan",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE: PERSONAL · Fellwyke North CMHT · CPA care plan, Nicola Brennan",
    "footer": "Enhanced CPA care plan with child protection section · version 2, 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "adult-cmht-cpa-care-plan-paged-landscape-header-footer-service-user-kv-cpa-status-what-happened-relapse-history-relapse-signature-bullets-leo-and-maisie-what-they-say-and-what-we-see-nicolas-view-outcomes-then-no-need-what-will-be-done-who-when-what-this-means-for-leo-and-maisie-how-we-will-know-table-then-crisis-and-contingency-amber-red-cpa-reviews-core-group-rcpc",
    "description": (
        "Exemplary plan written by an adult community mental health team: the enhanced Care "
        "Programme Approach care plan of a mother with bipolar disorder, admitted for five weeks "
        "after a manic episode in which she stopped her lithium and drove her children to the coast "
        "at night, which is also the adult mental health part of her 9-year-old's and 4-year-old's "
        "child protection plan. A service user box, the relapse history and relapse signature, the "
        "children's words and what school sees, the mother's view and outcomes for the children, then "
        "a landscape table (No. / Need / What will be done / Who / When / What this means for Leo and "
        "Maisie / How we will know) in which the care coordinator and the consultant psychiatrist "
        "report on her potential for change, the steps and the likely timescale, and the psychologist's "
        "relapse prevention sessions end in a report on what has changed; the father and paternal "
        "grandmother help, with a fallback; an amber and red contingency with the crisis team, and a "
        "legal planning meeting after named triggers; CPA reviews, core groups and the review "
        "conference are dated; page header and footer on every page."
    ),
    "blocks": [
        ("title", "Care Programme Approach: Care Plan"),
        ("p", "Fellwyke Partnership NHS Foundation Trust, Fellwyke North Community Mental Health Team, with "
              "Fellwyke Borough Council Children's Services. This is Nicola's CPA care plan. Its care plan "
              "table is also the adult mental health part of Leo's and Maisie's child protection plan (initial "
              "conference 09/12/2025). Written by Owen Rafferty (care coordinator) with Nicola, and agreed with "
              "Yasmin Khalil (the children's social worker) and Craig Brennan at the CPA review on 13/01/2026."),
        ("kv", [
            ("Service user", "Nicola Brennan, born 04/05/1993 (32), 7 Orchard Row, Fellwyke FW3 5HD"),
            ("Diagnosis", "Bipolar affective disorder (since 2017). Informal admission to Larch Ward, Fellwyke "
                          "Oaks Hospital, 21/10/2025 to 28/11/2025, after a manic episode"),
            ("Medication", "Lithium carbonate 800 mg at night (last level 0.7 mmol/L on 06/01/2026); quetiapine "
                           "100 mg at night"),
            ("CPA", "Enhanced CPA. Care coordinator: Owen Rafferty, community mental health nurse. Consultant "
                    "psychiatrist: Dr Hannah Selby. Clinical psychologist: Dr Marcus Obi"),
            ("Children", "Leo Brennan (9), Year 5, and Maisie Brennan (4), Reception, both at Fellwyke St "
                         "Anne's Primary School"),
            ("Children's father", "Craig Brennan (35), 40 Mill Lane, Fellwyke. Separated from Nicola in 2023; "
                                  "cared for the children full time during the admission"),
            ("Paternal grandmother", "Jean Brennan (61), 2 Mill Lane, Fellwyke"),
            ("Child protection plan", "Neglect, from 09/12/2025. Social worker: Yasmin Khalil, Family "
                                      "Safeguarding Team (team manager: Paul Dorsey)"),
            ("School DSL", "Mrs Alison Pryor, Fellwyke St Anne's Primary School"),
        ]),
        ("h1", "What happened"),
        ("p", "In September 2025 Nicola stopped taking her lithium because she felt \"flat\". Over October she "
              "slept less and less, spent about £3,000 on credit and took the children out of school for two "
              "days. On the night of 19/10/2025 she drove Leo and Maisie towards the coast \"to see the sun "
              "come up\". Leo rang his dad at 2.10am from a service station. The police found them there and "
              "the crisis team assessed Nicola; she agreed to go into hospital. Leo and Maisie lived with Craig "
              "until Nicola came home on 28/11/2025. Since then Nicola has taken her medication every night, "
              "and the children live with her and see Craig every other weekend and on Wednesdays."),
        ("h1", "Nicola's relapse signature (early warning signs)"),
        ("bullets", [
            "Sleeping under five hours for two nights running, and not feeling tired.",
            "Talking fast, starting projects at night, buying things online.",
            "Wanting to take the children on trips or out of school.",
            "Stopping her lithium because she feels \"too flat\" or \"better than ever\".",
        ]),
        ("h1", "Leo and Maisie: what they say and what we see"),
        ("p", "Leo told Yasmin at school on 18/12/2025: \"When Mum goes fast she's fun at first, then it's "
              "scary.\" \"I don't want to ring Dad in the night again.\" \"When Mum takes her tablets she's just "
              "normal Mum.\" He asked that \"someone tells me if Mum's getting poorly, not just the grown-ups\". "
              "He scored feeling safe at home 6 out of 10 and at Dad's 9 out of 10."),
        ("p", "Maisie calls Nicola's lithium \"Mummy's sleepy medicine\". She drew Mum, Dad, Leo, herself and "
              "\"Nana Jean\" holding hands. Her teacher says she is clingy at drop-off and asks \"Is Mummy "
              "picking me up?\" every afternoon. Mrs Pryor has seen Leo hold Maisie's hand in the playground "
              "and take her to the toilet; he has been late six times since Christmas."),
        ("h1", "Nicola's view"),
        ("p", "\"I know the signs now: when I stop sleeping and start buying things. I want the kids to be able "
              "to tell someone if I'm going fast, but I don't want Leo to be my nurse. I'm scared that if I get "
              "ill again they'll be taken.\""),
        ("h1", "What we want for Leo and Maisie"),
        ("numbers", [
            "Leo and Maisie live with a mum who is well enough for their days to be calm and predictable: up "
            "on time, fed, at school by 8.45am and in bed at their bedtimes.",
            "If Nicola starts to become unwell, adults notice it early, not Leo, and the children are safe "
            "with their dad the same day.",
            "Leo is not his mum's or his sister's carer, and has time to be 9.",
            "Leo and Maisie understand Mum's illness in words that fit their ages and know who to tell.",
        ]),
        ("h1", "Care plan"),
        ("p", "\"What this means for Leo and Maisie\" says why each part of Nicola's care matters to the "
              "children. Each row has one lead."),
        ("table", {
            "header": ["No.", "Need", "What will be done", "Who", "When",
                       "What this means for Leo and Maisie", "How we will know"],
            "widths": [1.1, 2.6, 6.4, 3.2, 3.4, 4.4, 4.6],
            "rows": [
                ["1", "Staying well",
                 "Take lithium 800 mg and quetiapine 100 mg every night from the blister pack, and have a "
                 "lithium level taken every three months",
                 "Nicola",
                 "Every night; next level by 06/04/2026",
                 "Leo and Maisie are got up, fed and to school on time by a mum who is well",
                 "Blister packs collected weekly (pharmacy record); lithium level between 0.6 and 0.8 on the "
                 "GP record, passed to Yasmin by Owen"],
                ["2", "Staying well",
                 "Keep a sleep and mood diary on the Daylio app and show it to Owen at each visit",
                 "Nicola",
                 "Every day; shown at each of Owen's visits",
                 "Leo no longer has to be the one who spots that Mum is not sleeping",
                 "Owen notes the diary's sleep hours in his visit record"],
                ["3", "Staying well",
                 "Home visits: go through the relapse signature with Nicola, check her medication, and write a "
                 "report to each core group and CPA review on whether Nicola is making the changes needed, the "
                 "steps still to take and how long they are likely to take",
                 "Owen Rafferty, care coordinator",
                 "Every two weeks from 15/01/2026; report 3 days before each core group",
                 "Leo and Maisie are protected by a relapse being spotted early, at home, by someone who knows Mum's illness",
                 "Visit records on the Trust record; written report to Yasmin and the core group"],
                ["4", "Medication and prognosis",
                 "Outpatient review of Nicola's mood and medication, and a written opinion on her prognosis: "
                 "the risk of relapse, how quickly she becomes unwell, and whether she can keep the changes "
                 "going in the time the children need",
                 "Dr Hannah Selby, consultant psychiatrist",
                 "Clinic on 03/02/2026; written opinion by 20/02/2026",
                 "Leo and Maisie's plan rests on a clear view of how likely they are to see Mum become ill again",
                 "Clinic letter and written opinion sent to the GP, Owen and Yasmin by 20/02/2026"],
                ["5", "Understanding the illness",
                 "Eight sessions of psychoeducation and relapse prevention, ending in a written relapse "
                 "prevention plan and a report on what has changed and what Nicola is likely to manage over the "
                 "next six months",
                 "Dr Marcus Obi, clinical psychologist",
                 "Weekly from 15/01/2026 to 05/03/2026; interim report by 24/02/2026",
                 "Mum knows her own signs and acts on them early, so the children are not frightened again",
                 "Signed relapse prevention plan; interim report to Yasmin and Owen by 24/02/2026"],
                ["6", "Keeping the children safe if Mum becomes unwell",
                 "Write the family's relapse plan with Nicola, Craig, Jean and Owen: who notices what, who Leo "
                 "can tell, who collects the children and where they sleep",
                 "Yasmin Khalil, social worker",
                 "By 30/01/2026",
                 "Leo knows he only has to tell an adult; the adults do the rest",
                 "Relapse plan signed by Nicola and Craig, with copies at both homes and at school"],
                ["7", "The children's own understanding",
                 "Six sessions with Leo about Mum's illness, and a young carers' assessment of what he does at "
                 "home for Mum and Maisie",
                 "Gemma Lowe, Fellwyke Young Carers",
                 "Weekly from 26/01/2026; assessment by 20/02/2026",
                 "Leo understands Mum's illness and stops taking care of Maisie at school",
                 "Leo's own words written up after each session; assessment shared with Yasmin"],
                ["8", "Seeing the children",
                 "Visit Leo and Maisie at home, seeing Leo on his own, and ask how Mum has been sleeping as the "
                 "children see it",
                 "Yasmin Khalil, social worker",
                 "Every two weeks, in the weeks Owen does not visit",
                 "Leo and Maisie are seen every week by someone who listens to them",
                 "Visit records within 48 hours, with Leo's words"],
                ["9", "School",
                 "Check in with Leo before registration and with Maisie at home time, and ring Yasmin the same "
                 "day if Nicola seems unwell at the gate or the children are late twice in a week",
                 "Mrs Alison Pryor, DSL",
                 "Every school day",
                 "Leo no longer carries the early signs on his own: school sees them too",
                 "CPOMS entries sent to Yasmin every Friday; late marks in the register"],
                ["10", "Time with Dad",
                 "Have Leo and Maisie every other weekend and for tea every Wednesday, and have them to stay the "
                 "same day if the relapse plan is used",
                 "Craig (Dad)",
                 "Every other weekend (Friday 5pm to Sunday 5pm) and every Wednesday, 4pm to 7pm",
                 "The children keep a settled second home they can go to at once",
                 "Craig texts Yasmin after each weekend; Leo's account at Yasmin's visits"],
                ["11", "Help after school",
                 "Collect Leo and Maisie from school and give them tea",
                 "Jean Brennan (Nana Jean)",
                 "Every Tuesday and Thursday, 3.15pm to 6pm",
                 "Leo has two afternoons a week with no jobs to do at home",
                 "School's collection book; Jean tells Yasmin at each core group how the afternoons went"],
            ],
        }),
        ("h1", "If Nicola becomes unwell: crisis and contingency"),
        ("bullets", [
            "Amber (any one sign in the relapse signature): Nicola, Craig or the school rings Owen the same day, "
            "or the Fellwyke Crisis Resolution and Home Treatment Team (24 hours) out of hours. Owen or the "
            "crisis team sees Nicola within 24 hours, and Leo and Maisie stay at Craig's until Owen and Yasmin "
            "agree they can go home.",
            "Red (Nicola has not slept for two nights, has stopped her lithium, talks of taking the children "
            "away, or does not collect them): Craig collects the children at once and the crisis team assesses "
            "Nicola that day. If Craig cannot be reached within an hour or is on a night shift, Jean collects "
            "them and they sleep at her house; if neither can, Yasmin or the Emergency Duty Team places them "
            "with emergency foster carers the same day. If Nicola has driven off with the children, Craig or "
            "the school rings 999.",
            "If Jean cannot collect the children on a Tuesday or Thursday, she rings the school by 12 noon; "
            "Leo and Maisie go to the school's after-school club (paid for by Children's Services) until Craig "
            "collects them at 6pm, and Yasmin is told that day.",
            "If Nicola stops her lithium again, is admitted to hospital again before the review conference, or "
            "the children are found in her care while she is unwell, Paul Dorsey (team manager) will hold a "
            "legal planning meeting within 5 working days to decide whether to start the pre-proceedings "
            "process.",
        ]),
        ("h1", "Reviews and meetings"),
        ("bullets", [
            "CPA review: 13/01/2026 (this plan), then 14/04/2026 at 2pm, Fellwyke North CMHT base. Yasmin and "
            "Craig are invited to each review.",
            "Core group every four weeks at Fellwyke St Anne's Primary School, Thursdays at 3.30pm: 22/01/2026 "
            "and 19/02/2026. Owen attends each one.",
            "Review child protection conference: 05/03/2026 at 10am, Fellwyke Town Hall. Owen and Dr Selby send "
            "written reports.",
        ]),
        ("p", "Copies: Nicola; Craig; Yasmin Khalil; Nicola's GP (Dr Ahmed, Fellwyke Green Surgery); Mrs Pryor. "
              "Nicola agreed that this care plan may be shared with the child protection conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A foster carer's daily placement plan for a 4-year-old accommodated
#    under section 20 and still on a child protection plan. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_foxwilde_foster_carer_daily_placement_plan_rowntree.docx",
    "doc_title": "Foster carer's daily placement plan - Kian Rowntree",
    "split": "tune",
    "actions": 14,
    "check_vmerge": 4,
    "template": "foster-carers-daily-placement-plan-docx-fostering-service-letterhead-about-kian-kv-why-kian-is-here-kians-day-as-sue-sees-it-what-kian-says-what-we-want-then-part-of-kians-day-merged-down-what-we-do-who-when-written-in-table-then-if-things-go-wrong-meetings",
    "description": (
        "A foster carer's daily placement plan, written by the supervising social worker with the "
        "foster carer and the child's social worker, for a 4-year-old accommodated under section 20 "
        "after his mother, who has depression and anxiety, left him alone at night; he stays on a "
        "child protection plan because she could end the accommodation. About Kian, his day as the "
        "foster carer sees it, his own words, outcomes, then a table by part of his day (merged down: "
        "morning, nursery, health, bedtime, contact, people around Kian) with What we do / Who / When / "
        "Written in (the daily log, the nursery handover book, the contact recording sheet). Contact is "
        "supervised by his grandparents at their home. Faults: a passive referral for a play therapy "
        "assessment with '-' for who; the dental check-up with an empty When; the community mental "
        "health team's visits that only support the mother; an outcome about the mother only; and no "
        "fallback if the grandparents cannot supervise contact."
    ),
    "blocks": [
        ("title", "Foster Carer's Daily Placement Plan"),
        ("p", "Foxwilde County Council Fostering Service. Written by Gill Hartley (supervising social worker) "
              "with Sue Fairbairn (foster carer) and Daniel Osei (Kian's social worker) on 08/01/2026. This is "
              "how Kian's child protection plan is carried out in Sue and Martin's home day to day; Sue and "
              "Martin keep it in the front of Kian's daily log."),
        ("h1", "About Kian"),
        ("kv", [
            ("Child", "Kian Rowntree, born 12/06/2021 (4)"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 17/11/2025, with "
                             "Chelsea's agreement"),
            ("Child protection plan", "Neglect, from the initial conference on 02/12/2025"),
            ("Foster carers", "Sue and Martin Fairbairn, 9 Heron Close, Foxwilde FX4 2RL"),
            ("Mum", "Chelsea Rowntree (23), 31 Brackley Court, Foxwilde. Chelsea has depression and anxiety "
                    "and is seen by Foxwilde Community Mental Health Team."),
            ("Grandparents", "Linda and Steve Rowntree (Chelsea's parents), 5 Spinney Road, Foxwilde"),
            ("Nursery", "Foxwilde Little Acorns Nursery, Monday to Thursday; key person Jo Pemberton"),
            ("Social worker", "Daniel Osei, Children in Care and Protection Team (team manager: Karen Willis)"),
            ("Supervising social worker", "Gill Hartley, Foxwilde Fostering Service"),
            ("IRO", "Fiona Strachan"),
        ]),
        ("h1", "Why Kian is here"),
        ("p", "On 15/11/2025 police found Kian alone in Chelsea's flat at 11pm, in a wet nappy, while Chelsea "
              "was at a friend's flat two floors down. Nursery had been worried since the summer: Kian was often "
              "not brought in, came hungry, and had no words at all at three and a half. Chelsea told Daniel she "
              "had \"stopped coping\" after her partner left, and that some days she could not get out of bed. "
              "She agreed to Kian being looked after while she gets help, and she wants him home."),
        ("h1", "Kian's day, as Sue sees it"),
        ("p", "Kian wakes at about 6am and comes to find Bramble, the dog. He eats two bowls of porridge and "
              "hides toast in his pockets \"for later\". At nursery he plays alongside other children but not "
              "with them yet. He has gone from a handful of words to about 40 since November. Tantrums come "
              "when he is told no, and he bangs his head on the floor; Sue sits with him until it passes. He "
              "wakes two or three times a night and stands at his door without calling out. After contact "
              "on Saturdays he is quiet, then very busy until bedtime."),
        ("h1", "What Kian says"),
        ("p", "Kian told Daniel, with Sue there, on 05/01/2026: \"Mummy house.\" \"Nanny's got biscuits.\" "
              "\"Bramble sleep my bed.\" When Daniel asked what makes him sad he said \"Mummy cry\". He chose the "
              "happy face for Sue's house and for nursery, and the \"in the middle\" face for contact."),
        ("h1", "What we want"),
        ("numbers", [
            "Kian has the same calm routine every day, eats three meals and two snacks and does not need to "
            "hide food.",
            "Kian's speech grows (about 100 words and three-word phrases by the summer) and he plays with other "
            "children at nursery.",
            "Kian sleeps through most nights in his own bed and settles after a tantrum without hurting himself.",
            "Chelsea feels more confident as a mum and her anxiety is under control.",
            "Kian keeps his close bond with his mum and his grandparents through safe, regular contact.",
        ]),
        ("h1", "Kian's day: what we do"),
        ("p", "Who: Sue and Martin are the foster carers. \"Written in\" says where each thing is recorded, so "
              "that Daniel, Gill and the IRO can read it."),
        ("table", {
            "header": ["Part of Kian's day", "What we do", "Who", "When", "Written in"],
            "widths": [2.4, 6.0, 3.0, 2.8, 2.8],
            "rows": [
                ["Morning",
                 "Help Kian dress himself using his picture card routine, and eat breakfast at the table with "
                 "Sue or Martin",
                 "Sue (foster carer)",
                 "Every morning before nursery",
                 "Daily log: what Kian ate and how he managed"],
                ["Nursery",
                 "Take Kian to Little Acorns and hand over to Jo with a note of how his night was",
                 "Sue (foster carer)",
                 "Monday to Thursday at 8.45am",
                 "Nursery handover book, signed by Jo"],
                [V,
                 "Speech and language targets in nursery: short play sessions building from two-word to "
                 "three-word phrases",
                 "Jo Pemberton, key person, Little Acorns",
                 "Three times a week, 10 minutes",
                 "Learning journal; speech and language target sheet reviewed with the therapist each term"],
                ["Health",
                 "Dental check-up at Foxwilde Smiles and register Kian with the practice",
                 "Sue (foster carer)",
                 "",
                 "Dental record in Kian's health folder; date in the daily log"],
                [V,
                 "A referral will be made for a play therapy assessment about Kian's tantrums and night waking",
                 "-",
                 "By 30/01/2026",
                 "Referral acceptance letter on file; assessment report shared with the core group"],
                ["Bedtime",
                 "Bath, two stories and the night light; when Kian wakes, settle him back in his own bed and "
                 "write down the time and what helped",
                 "Sue or Martin (foster carers)",
                 "Every bedtime and every night waking",
                 "Sleep chart in the daily log, read by Daniel at each visit"],
                ["Contact",
                 "Supervise Kian's contact with Chelsea at Linda and Steve's home, and write down how Chelsea "
                 "and Kian were together",
                 "Linda and Steve Rowntree (grandparents)",
                 "Every Saturday, 10am to 1pm",
                 "Contact recording sheet, handed to Martin at collection and sent to Daniel by Monday"],
                [V,
                 "Take Kian to and from contact, and tell Daniel if he comes back upset or says something "
                 "worrying",
                 "Martin (foster carer)",
                 "Every Saturday",
                 "Daily log after each contact; e-mail to Daniel the same day if anything worries Martin"],
                [V,
                 "Video call with Kian before bed, set up on Sue's tablet",
                 "Chelsea (Mum)",
                 "Tuesdays and Thursdays, 6.30pm, 15 minutes",
                 "Daily log: whether the call happened and how Kian was afterwards"],
                ["People around Kian",
                 "Visit Kian at Sue and Martin's home, seeing him on his own and in his bedroom",
                 "Daniel Osei, social worker",
                 "Every two weeks until the review conference",
                 "Visit record within 48 hours, with Kian's words and drawings"],
                [V,
                 "Supervision visit with Sue and Martin, reading the daily log and the contact sheets",
                 "Gill Hartley, supervising social worker",
                 "Every four weeks; next on 22/01/2026",
                 "Supervision record on the fostering file; summary of the log sent to Daniel"],
                [V,
                 "Parenting sessions with Chelsea at the family centre on routines, play and saying no calmly, "
                 "with Kian joining for the last half hour",
                 "Meera Shah, family support worker, Foxwilde Family Centre",
                 "Wednesdays at 1pm, 10 weeks from 14/01/2026",
                 "Session notes; Meera's scored observations of Chelsea's play with Kian, shared at core group"],
                [V,
                 "Continue fortnightly home visits to support Chelsea with her low mood and anxiety",
                 "Rachel Cole, community psychiatric nurse, Foxwilde CMHT",
                 "Every two weeks",
                 "Dates of visits sent to Daniel"],
                [V,
                 "Assessment of whether Kian can go home to Chelsea, with a recommendation to the review "
                 "conference",
                 "Daniel Osei, social worker",
                 "By 13/02/2026",
                 "Assessment report shared with Chelsea, the IRO and the core group by 13/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chelsea comes to contact under the influence of alcohol or cannabis, or shouts at or handles "
            "Kian roughly, Linda and Steve end the contact, Martin collects Kian within 30 minutes, and Daniel "
            "(or the Emergency Duty Team) is told the same day. The next contact goes ahead only after Daniel "
            "has seen Chelsea.",
            "If Chelsea ends her agreement to section 20 or tries to take Kian from nursery or from Sue and "
            "Martin's home, Sue or the nursery rings 999 if Kian is at risk, and Daniel and Karen Willis apply "
            "for an emergency protection order the same day.",
            "If Kian has an injury no one can explain, or says someone hurt him, Sue rings Daniel (or the "
            "Emergency Duty Team) at once and Daniel holds a strategy discussion with the police that day.",
            "If Chelsea misses three contacts in a row, or the assessment due on 13/02/2026 does not recommend "
            "that Kian goes home, Karen Willis will hold a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Foxwilde Family Centre, Tuesdays at 10am: 13/01/2026, 10/02/2026.",
            "Looked-after review (second): 12/02/2026, chaired by Fiona Strachan.",
            "Review child protection conference: 24/02/2026 at 1pm, Foxwilde County Hall.",
        ]),
        ("p", "Copies: Sue and Martin (in the daily log), Chelsea, Linda and Steve, Jo Pemberton, Rachel Cole, "
              "Meera Shah, Fiona Strachan."),
    ],
    "findings": [
        F("T001", "Dental check-up at Foxwilde Smiles and register Kian"),
        F("W001", "A referral will be made for a play therapy assessment"),
        F("H001", "Continue fortnightly home visits to support Chelsea with her low mood"),
        F("F002", "Chelsea feels more confident as a mum and her anxiety is under control."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A youth justice and exploitation plan for a 15-year-old, written partly
#    to him (his part in the first person, signed) and partly as the
#    workers' part. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_fynmouth_yjs_exploitation_your_part_workers_part_dawson.pdf",
    "doc_title": "Reece's plan - youth justice intervention plan and child protection plan",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Fynmouth Youth Justice Service with Fynmouth Children's Services · Reece's plan",
    "footer": "Reece Dawson · agreed 21/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "youth-justice-and-exploitation-plan-paged-header-footer-written-partly-to-young-person-about-you-kv-order-and-plan-why-what-you-told-us-what-mum-and-kelsey-said-going-well-what-we-want-for-you-then-your-part-numbered-first-person-i-will-with-when-and-how-well-know-signed-then-workers-part-who-what-when-how-well-check-table-then-traffic-light-safety-plan-if-things-get-worse-meetings-and-panels",
    "description": (
        "Exemplary plan written by a youth justice service with the social worker for a 15-year-old "
        "on a nine-month referral order for carrying a knife, on a child protection plan because he "
        "is being drawn into a county line (holding money, missing at weekends, a stabbing threat "
        "online). It is written partly to Reece: about you, why there is a plan, what you told us, "
        "what Mum and his sister said, what we want for you, then 'Your part' in his own first-person "
        "words with When and How we'll know in each item, signed by him; then the workers' part "
        "(Who / What they will do / When / How we'll check: the YJS case manager and reparation, the "
        "exploitation worker, the police, the return home interview worker, the school's DSL, Mum "
        "and his uncle). A green / amber / red safety plan, a contingency with a fallback if his "
        "uncle cannot have him, and a legal planning meeting after named triggers; core group, panel "
        "and review conference dates are set; page header and footer on every page."
    ),
    "blocks": [
        ("title", "Reece's Plan"),
        ("p", "Youth justice intervention plan and child protection plan. Fynmouth Youth Justice Service (YJS) "
              "wrote this with you, Reece, and with Ellie Markham, your social worker, after your referral "
              "order panel on 14/01/2026 and your initial child protection conference on 19/01/2026. \"You\" "
              "in this plan means you. Your part is in your own words, and you signed it on 21/01/2026."),
        ("h1", "About you"),
        ("kv", [
            ("Name", "Reece Dawson, born 11/09/2010 (15), Year 11, Fynmouth Bay Academy"),
            ("Home", "18 Harbour View, Fynmouth FY2 7TG, with Mum (Donna Dawson, 41) and your sister Kelsey "
                     "(12)"),
            ("Uncle", "Marcus Dawson (Mum's brother), 6 Quarry Lane, Fynmouth. You stay with him on Friday "
                      "nights."),
            ("Order", "Nine-month referral order, Fynmouth Youth Court, 06/01/2026 (possession of a bladed "
                      "article at Fynmouth bus station on 14/11/2025). Your order ends on 05/10/2026."),
            ("Child protection plan", "Physical abuse (risk of significant harm outside the home: criminal "
                                      "exploitation), from 19/01/2026"),
            ("YJS case manager", "Kwame Asante"),
            ("Social worker", "Ellie Markham, Adolescent Safeguarding Team (team manager: Gareth Lloyd)"),
            ("Exploitation worker", "Nadia Petrov, Fynmouth Safer Futures"),
            ("Police", "PC Liam Foley, Fynmouth Child Exploitation Team"),
            ("School", "Mr Ravi Sharma, DSL, Fynmouth Bay Academy"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "On 14/11/2025 you were stopped at the bus station with a kitchen knife in your bag. Since the "
              "summer you have been seen with older men from a group the police call the Quay Line, which "
              "sells drugs in Fynmouth and along the coast. You have had new trainers and £600 in cash you could "
              "not explain, and you were missing overnight on 06/12/2025 and 03/01/2026. In December someone "
              "posted on Snapchat that you would be \"wet up\" over money. Twice men have come to the door at "
              "Harbour View asking for you, and Kelsey answered."),
        ("h1", "What you told us"),
        ("p", "You told Kwame and Ellie on 16/01/2026: \"I carried it because of the Snapchat thing. I'm not a "
              "roadman.\" \"I owe them a bit, it's sorted.\" \"I want to be a mechanic like my grandad.\" \"Don't "
              "send me to the PRU.\" \"I trust Kwame because he doesn't judge me.\" You said you feel safe 5 out "
              "of 10 in town and 8 out of 10 at Uncle Marcus's. You asked that the police don't come to school "
              "in uniform, and that Kelsey is not asked about you."),
        ("h1", "What Mum and Kelsey said"),
        ("p", "Mum: \"I can't sleep till I hear the door. When those men came I thought they'd come back for "
              "him.\" She wants you to finish school and wants the men kept away from the house. Kelsey told "
              "Ellie: \"I don't like it when the boys come to the door. I want Reece to be normal again.\""),
        ("h1", "What's going well"),
        ("bullets", [
            "You have been to every YJS session since the order started.",
            "You have been home by your curfew every night since 10/01/2026.",
            "You spend Saturdays with Uncle Marcus at the garage where he works, and you are good with engines.",
            "You have met Nadia twice and said she is \"alright\".",
        ]),
        ("h1", "What we want for you"),
        ("numbers", [
            "You are safe from the people who got you holding money and carrying a knife, and you do not carry "
            "a weapon.",
            "You finish Year 11 with maths and English, and have a place on the motor vehicle course at "
            "Fynmouth College for September.",
            "You are home by your curfew, and if you go missing you are found quickly and can talk to someone "
            "you trust.",
            "You complete your referral order with no new charges.",
            "Home is safe for you and Kelsey, and no one comes to the door for you.",
        ]),
        ("h1", "Your part"),
        ("p", "These are your words. Each one says when, and how we will all know it's happening."),
        ("numbers", [
            "I will be home by 9pm on school nights and 10pm on Fridays and Saturdays (at Uncle Marcus's on "
            "Fridays). When: every night from 21/01/2026. How we'll know: Mum's curfew sheet, which Ellie "
            "reads with me at each visit.",
            "I will go to my YJS sessions with Kwame and to my reparation on Saturday mornings. When: every "
            "Tuesday at 4pm and every Saturday from 31/01/2026 until my order ends. How we'll know: the YJS "
            "attendance record, and Kwame tells Ellie the same day if I miss one.",
            "I will not carry a knife or anything as a weapon, and if anyone asks me to hold something I'll "
            "tell Kwame or Ellie. When: every day. How we'll know: PC Foley tells Ellie about any stop or "
            "search and what was found.",
            "I will go to school on my full timetable and see Mr Sharma at 8.40am. When: every school day from "
            "02/02/2026. How we'll know: the register and Mr Sharma's check-in sheet, sent to Ellie every "
            "Friday.",
            "I will block the Quay Line numbers I showed Nadia and show her my blocked list. When: by "
            "28/01/2026, then at every session with Nadia. How we'll know: Nadia writes the check in her "
            "session notes.",
        ]),
        ("p", "Signed: Reece Dawson, 21/01/2026. Witnessed: Kwame Asante (YJS) and Ellie Markham (social "
              "worker)."),
        ("h1", "The workers' part"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we'll check"],
            "widths": [3.4, 6.2, 3.4, 4.0],
            "rows": [
                ["Kwame Asante, YJS case manager",
                 "Referral order sessions with Reece on knives, exploitation and thinking through consequences, "
                 "and a review of his AssetPlus assessment at three months",
                 "Every Tuesday at 4pm; AssetPlus review by 14/04/2026",
                 "Session records on the YJS case record; AssetPlus review shared with Ellie and the panel"],
                ["Kwame Asante, YJS case manager",
                 "Set up Reece's reparation at Fynmouth Community Garage, 20 hours in all",
                 "Every Saturday, 9am to 12 noon, from 31/01/2026",
                 "Reparation hours log signed by the garage supervisor, kept on the YJS case record"],
                ["Ellie Markham, social worker",
                 "Visit Reece at home and see him on his own, with one visit in three on a Friday or Saturday "
                 "evening",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with Reece's own words"],
                ["Nadia Petrov, Fynmouth Safer Futures",
                 "One-to-one sessions on debt, grooming and how to get out of the Quay Line safely",
                 "Every Thursday at 4.30pm for 12 weeks from 22/01/2026",
                 "Session notes with Reece's safety score, agreed with Nadia, sent to Ellie each month"],
                ["PC Liam Foley, Child Exploitation Team",
                 "Serve child abduction warning notices on the two adults running the Quay Line (Adult A and "
                 "Adult B), naming Reece",
                 "By 06/02/2026",
                 "Served notices on the police record; copies e-mailed to Ellie"],
                ["PC Liam Foley, Child Exploitation Team",
                 "Submit intelligence on every sighting of Reece with Quay Line members, and on any visit to "
                 "Harbour View",
                 "Within 24 hours of each sighting",
                 "Intelligence reports; a table of sightings sent to Ellie before each core group"],
                ["Jess Tanner, return home interview worker, Fynmouth Missing Service",
                 "Offer Reece a return home interview away from the house",
                 "Within 72 hours of every return",
                 "RHI form sent to Ellie and Kwame within 24 hours of the interview"],
                ["Mr Ravi Sharma, DSL, Fynmouth Bay Academy",
                 "Check-in with Reece at 8.40am; if he is not in by 9.15am ring Donna, then Ellie",
                 "Every school day",
                 "Check-in sheet and register sent to Ellie every Friday"],
                ["Mr Ravi Sharma, DSL, Fynmouth Bay Academy",
                 "Book Reece onto Fynmouth College's motor vehicle taster day and help him apply for the course",
                 "Taster before the February half term; application by 27/02/2026",
                 "College's confirmation letter on Reece's school file, copied to Kwame"],
                ["Donna (Mum)",
                 "Fill in the curfew sheet each night, and ring 101 if Reece is 30 minutes late and not "
                 "answering (999 if she thinks he is in danger)",
                 "Every night",
                 "Curfew sheet, with any police log number written on it, read by Ellie at each visit"],
                ["Marcus Dawson (uncle)",
                 "Have Reece to stay on Friday nights and take him to reparation on Saturday mornings",
                 "Every Friday, 6pm, to Saturday, 12 noon",
                 "Marcus texts Ellie when Reece is at the garage; reparation hours log"],
            ],
        }),
        ("h1", "Your safety plan"),
        ("table", {
            "header": ["", "What it looks like", "What happens"],
            "widths": [2.2, 6.4, 8.4],
            "rows": [
                ["GREEN", "You're at home, at school, at the garage or with Uncle Marcus, and Mum knows where you "
                          "are.",
                 "Nothing extra."],
                ["AMBER", "You're 30 minutes past your curfew, or someone from the Quay Line messages you, asks "
                          "you to hold something or says you owe them.",
                 "You ring Kwame, Ellie or Marcus, or text \"garage\" to Mum, and someone comes for you. If "
                 "you're 30 minutes late and not answering, Mum rings 101."],
                ["RED", "You've been hurt or threatened, someone has a weapon, or men come to the house.",
                 "You or Mum ring 999. Ellie (or the Emergency Duty Team) holds a strategy discussion with the "
                 "police that day."],
            ],
        }),
        ("h1", "If things get worse"),
        ("bullets", [
            "If you go missing, Mum rings 101, the police search the places PC Foley holds on the missing "
            "person grab sheet, and Jess offers you a return home interview within 72 hours.",
            "If you are arrested, Ellie or the Emergency Duty Team is your appropriate adult, and Ellie and PC "
            "Foley hold a strategy discussion the same day.",
            "If there is a threat to your life, the police decide the same day whether to give you a warning "
            "notice, and you stay at Uncle Marcus's that night. If Marcus cannot have you, or his house is not "
            "safe either, Ellie or the Emergency Duty Team finds you an emergency foster placement outside "
            "Fynmouth that night.",
            "If Marcus cannot have you on a Friday, he rings Mum and Ellie by 4pm; you stay at home with Mum "
            "that night and Kwame collects you from Harbour View for reparation at 8.45am on the Saturday.",
            "If you go missing three times before the review conference, or are found with a weapon again, "
            "Gareth Lloyd (Ellie's manager) will hold a legal planning meeting within 5 working days to decide "
            "whether to start care proceedings. Ellie will tell you first.",
        ]),
        ("h1", "Meetings and panels"),
        ("bullets", [
            "Core group every three weeks at the YJS office, Wednesdays at 4pm: 04/02/2026, 25/02/2026 and "
            "18/03/2026. You can come to the first half hour.",
            "Referral order panel review: 14/04/2026 at 5pm, Fynmouth YJS.",
            "Review child protection conference: 16/04/2026 at 10am, Fynmouth Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A case-system print of the transfer handover of a child protection
#    plan from Forlingham to Fairmarrow: who holds what until the receiving
#    council's transfer-in conference. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_forlingham_transfer_handover_items_until_tic_harker.txt",
    "split": "tune",
    "actions": 13,
    "template": "transfer-out-handover-summary-txt-case-system-print-carenet-header-dot-leader-details-transferring-and-receiving-la-then-numbered-sections-why-the-family-moved-what-skye-says-and-what-we-see-of-alfie-gemmas-view-outcomes-legal-planning-then-handover-items-item-nn-owner-until-the-tic-due-evidence-fields-then-contingency-meetings",
    "description": (
        "A transferring council's case-system print handing a child protection plan for an 8-year-old "
        "and a 2-year-old (emotional abuse: domestic abuse by their father, now on bail) to the council "
        "the family fled to after an assault: details in dot-leader fields, why the family moved, "
        "Skye's words and what is seen of Alfie, the mother's view, outcomes and a legal planning "
        "section, then thirteen handover items each with Owner / Until the TIC / Due / Evidence "
        "fields saying who holds what until the receiving council's transfer-in conference. Faults: "
        "the parenting assessment paused at the transfer for the receiving council to restart within "
        "four weeks of its conference; Skye's CAMHS referral left for the receiving council 'once the "
        "family are settled'; the dentist registration with '-' for evidence; 'All agencies' passing on "
        "the father's whereabouts; a contingency that only has the two team managers discuss next "
        "steps if there are further concerns; and no review conference set, the transfer-in conference "
        "'date to be confirmed'."
    ),
    "text": """\
FORLINGHAM COUNTY COUNCIL - CHILDREN'S SERVICES                               CareNet 7.2
TRANSFER OF A CHILD PROTECTION PLAN: HANDOVER SUMMARY
Printed 21/01/2026 14:12 by PNAIR                                             Page 1 of 1
==========================================================================================

Children ............. Skye HARKER, born 03/05/2017 (8), Year 4
                       Alfie HARKER, born 22/10/2023 (2)
Address now .......... Flat 4, 27 Canal Wharf, Fairmarrow FM1 3QP (temporary, from 12/01/2026)
Address before ....... 9 Sutton Rise, Forlingham FG7 2BA
Mother ............... Gemma Harker (30)
Father ............... Ryan Doyle (33), Forlingham. On police bail until 03/03/2026: not to
                       contact Gemma or go to Fairmarrow
Plan ................. Child protection plan, emotional abuse (domestic abuse), from the initial
                       conference in Forlingham on 18/11/2025
Transferring LA ...... Forlingham County Council. SW Priya Nair; TM Helen Crowther
Receiving LA ......... Fairmarrow City Council. Allocated SW Tom Hargreaves; TM Lisa Okonkwo
Transfer ............. Requested 14/01/2026; accepted by Fairmarrow 19/01/2026
Responsibility ....... Forlingham keeps case responsibility until Fairmarrow's transfer-in
                       conference (TIC). Fairmarrow holds the plan from the TIC onwards.


1. WHY THE FAMILY MOVED
-----------------------
On 02/01/2026 Ryan held Gemma against the kitchen wall by her throat while Alfie was in her
arms; Skye saw it from the stairs. Police arrested Ryan. Gemma and the children went to a refuge
in Fairmarrow the next day and moved to a temporary flat at Canal Wharf on 12/01/2026. This was
the fourth police call-out to Sutton Rise in 2025. Gemma has said she will not go back to Ryan.

2. WHAT SKYE SAYS, AND WHAT WE SEE OF ALFIE
-------------------------------------------
Skye (seen on her own by Priya at the refuge, 08/01/2026, and at Canal Wharf, 16/01/2026):
"I like the new flat, it's quiet." "I don't want Daddy to find us." "I miss Lily and my old
school." Skye has had nightmares and has wet the bed most nights since the move. She scored
feeling safe 7 out of 10 at the flat, and 2 out of 10 "when Daddy was cross".

Alfie: clingy with Gemma and startles when voices are raised. He plays happily with Skye and
has started to say "no shout". He has slept in Gemma's bed since 02/01/2026.

3. GEMMA'S VIEW
---------------
"I should have left a long time ago. I want the kids to stop being scared. I'm frightened he'll
find out where we are from someone at the old school."

4. WHAT WE WANT FOR SKYE AND ALFIE
---------------------------------
  a. Skye and Alfie live free from their father's violence, and he does not find them.
  b. Skye settles at her new school, sleeps through the night and stops wetting the bed.
  c. Alfie's development is checked and he is growing and talking as he should for his age.
  d. Both children are cared for by a mum who can keep them safe if Ryan tries to make contact.

5. LEGAL PLANNING
-----------------
Forlingham's legal gateway meeting on 08/01/2026 found the threshold for proceedings not met
while Gemma keeps the children away from Ryan. If Gemma lets Ryan know the address, has him
at the flat or takes the children to see him, a legal planning meeting will be requested
within 5 working days: by Helen Crowther before the TIC, and by Lisa Okonkwo after it.

6. HANDOVER ITEMS: WHO HOLDS WHAT UNTIL THE TRANSFER-IN CONFERENCE
-----------------------------------------------------------------

ITEM 01  Visit Skye and Alfie at Canal Wharf, seeing Skye on her own.
  Owner ............... Priya Nair, Forlingham SW
  Until the TIC ....... Held by Forlingham; passes to Tom Hargreaves at the TIC
  Due ................. Every week until the transfer-in conference
  Evidence ............ Visit records on CareNet within 48 hours, with Skye's words

ITEM 02  Joint visit with Tom Hargreaves to introduce him to Gemma, Skye and Alfie.
  Owner ............... Priya Nair, Forlingham SW, with Tom Hargreaves
  Until the TIC ....... Held by Forlingham
  Due ................. By 30/01/2026
  Evidence ............ Joint visit record on CareNet and on Fairmarrow's record

ITEM 03  Send the chronology, conference minutes, plan and core group records to Fairmarrow.
  Owner ............... Priya Nair, Forlingham SW
  Until the TIC ....... Held by Forlingham
  Due ................. By 23/01/2026
  Evidence ............ Fairmarrow's acknowledgement e-mail saved on CareNet

ITEM 04  Parenting assessment of Gemma (protecting the children after domestic abuse),
         paused at the transfer, for Fairmarrow's assessment team to restart.
  Owner ............... Fairmarrow Children's Services, Assessment Team
  Until the TIC ....... Paused
  Due ................. Within four weeks of the transfer-in conference
  Evidence ............ Assessment report shared with Gemma and the core group

ITEM 05  Referral of Skye to CAMHS about her nightmares and bedwetting, left for the
         Fairmarrow social worker to make after the transfer.
  Owner ............... Tom Hargreaves, Fairmarrow SW
  Until the TIC ....... Not started; left for Fairmarrow
  Due ................. Once the family are settled in Fairmarrow
  Evidence ............ CAMHS acceptance letter on the file

ITEM 06  Check in with Skye each morning, and send the register and any worries to Priya and
         Tom.
  Owner ............... Mrs Ola Adebayo, DSL, Fairmarrow Brook Primary School
  Until the TIC ....... Started 19/01/2026; carries on after the TIC
  Due ................. Every school day
  Evidence ............ Register and CPOMS summary e-mailed to Priya and Tom every Friday

ITEM 07  Two-year developmental review of Alfie with an ASQ-3, at Canal Wharf.
  Owner ............... Kerry Marsh, health visitor, Fairmarrow 0-19 Service
  Until the TIC ....... Fairmarrow health visiting holds Alfie from 15/01/2026
  Due ................. By 20/02/2026
  Evidence ............ ASQ-3 scores and the HV record shared with Priya and Tom

ITEM 08  Register Skye and Alfie with a dentist in Fairmarrow and take them for a check-up.
  Owner ............... Gemma (Mum)
  Until the TIC ....... Gemma
  Due ................. By 27/02/2026
  Evidence ............ -

ITEM 09  Weekly safety planning with Gemma, and a DASH risk review before each core group.
  Owner ............... Nina Shah, IDVA, Fairmarrow Domestic Abuse Service
  Until the TIC ....... Fairmarrow IDVA service from 20/01/2026
  Due ................. Weekly from 20/01/2026
  Evidence ............ DASH score and safety plan sent to Priya and Tom

ITEM 10  Refer the family to Fairmarrow MARAC and hand over the Forlingham MARAC actions.
  Owner ............... Dawn Ellis, IDVA, Forlingham Domestic Abuse Service
  Until the TIC ....... Held by Forlingham
  Due ................. By 23/01/2026
  Evidence ............ Fairmarrow MARAC listing confirmed to Priya in writing

ITEM 11  Tell Fairmarrow Police of Ryan's bail conditions and put a marker on the Canal Wharf
         address.
  Owner ............... PC Dan Morley, Forlingham Police Domestic Abuse Unit
  Until the TIC ....... Held by Forlingham Police
  Due ................. By 23/01/2026
  Evidence ............ Marker reference on Fairmarrow Police's system, e-mailed to Priya

ITEM 12  Share any information about Ryan Doyle's whereabouts or attempts to find the family.
  Owner ............... All agencies
  Until the TIC ....... Both areas
  Due ................. The same day
  Evidence ............ Logged and e-mailed to Priya and Tom

ITEM 13  Keep the new address from Ryan and his family, and ring 999 if he comes to Canal
         Wharf.
  Owner ............... Gemma (Mum)
  Until the TIC ....... Gemma
  Due ................. Every day
  Evidence ............ Police log numbers; Gemma tells Nina at each weekly session, and Nina
                        tells Priya

7. CONTINGENCY
--------------
If there are further concerns about Skye or Alfie before the transfer-in conference, the
Forlingham and Fairmarrow team managers will discuss the case and agree next steps.

8. MEETINGS
-----------
Core group .............. 28/01/2026 at 10am by Teams (Forlingham chairs, Fairmarrow attends),
                          then every four weeks until the TIC
Review conference ....... Forlingham's review conference (due 16/02/2026) is cancelled; it is
                          replaced by Fairmarrow's transfer-in conference
Transfer-in conference .. Date to be confirmed by Fairmarrow's conference service

Handover agreed by Helen Crowther (Forlingham) and Lisa Okonkwo (Fairmarrow) on 21/01/2026.
Copies to Gemma, Fairmarrow Brook Primary School, Fairmarrow 0-19 Service, both IDVA services
and both police forces.
""",
    "findings": [
        F("X001", "paused at the transfer, for Fairmarrow's assessment team to restart"),
        F("X001", "Referral of Skye to CAMHS about her nightmares and bedwetting"),
        F("T002", "Referral of Skye to CAMHS about her nightmares and bedwetting"),
        F("M001", "Register Skye and Alfie with a dentist in Fairmarrow"),
        F("W002", "Share any information about Ryan Doyle's whereabouts or attempts"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group 3 minutes and the updated plan, actions tagged CARRIED OVER,
#    CHANGED, NEW and DONE (done ones kept for the record). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_fieldenby_core_group_minutes_carried_changed_new_done_osullivan.md",
    "split": "tune",
    "actions": 13,
    "template": "core-group-3-minutes-md-meeting-box-initials-key-numbered-minute-items-childrens-news-ivy-and-noah-observed-and-in-his-words-agency-updates-outcomes-then-plan-from-today-by-agency-numbered-actions-tagged-carried-over-changed-was-now-new-done-for-the-record-with-who-when-how-well-know-lines-then-if-things-go-wrong-next-meetings",
    "description": (
        "Exemplary minutes of the third core group for a 5-month-old girl and her 3-year-old brother "
        "on plans for emotional abuse after their father assaulted their mother while she held the "
        "baby; he is on bail not to contact her. A meeting box and a key of initials, the children's "
        "news, the baby as the health visitor sees her and the boy's words through his key person, "
        "each agency's update and the outcomes, then the plan from today by agency (health visiting "
        "in the health visitor's own rhythm, nursery, social work, domestic abuse and police, Mum, "
        "Nana), each numbered action tagged CARRIED OVER, CHANGED (with Was and Now), NEW or DONE "
        "(done ones kept for the record only), with Who / When / How we'll know lines. The "
        "grandmother's help has a fallback; the contingency names bail breaches and the mother "
        "letting the father back, with a named carer, police and a same-day strategy discussion, and "
        "a legal planning meeting after named triggers; the next core group and the review "
        "conference are dated."
    ),
    "text": """\
# Fieldenby Borough Council - Children's Services

## Core Group Meeting 3: minutes and updated child protection plan

| | |
|---|---|
| **Children** | Ivy O'Sullivan, born 14/08/2025 (5 months); Noah O'Sullivan, born 02/11/2022 (3) |
| **Address** | 11 Weavers Row, Fieldenby FD3 8LS |
| **Plan** | Child protection plans, emotional abuse (domestic abuse), from the initial conference on 25/11/2025 |
| **This meeting** | Tuesday 20/01/2026, 10am, Fieldenby Children's Centre |
| **Last meeting** | Core group 2, Tuesday 23/12/2025 |
| **Chair and minutes** | Sian Bakare, social worker |

### 1. Present, and the initials used in these minutes

- SB - Sian Bakare, social worker, Fieldenby Children's Services (chair)
- AK - Aoife Kelly, health visitor, Fieldenby Health Visiting Team (Northgate)
- PM - Precious Mwangi, Noah's key person, Fieldenby Little Stars Nursery
- HP - Hannah Price, IDVA, Fieldenby Domestic Abuse Service
- RM - DC Rhys Morgan, Fieldenby Police Domestic Abuse Unit
- Chloe O'Sullivan (Mum)
- Maureen O'Sullivan (Chloe's mum, "Nana")

Apologies: none. Connor Blake (the children's father) is not invited while his bail conditions
stop him contacting Chloe; SB will send him the parts of these minutes about Ivy and Noah.

### 2. The children's news

Ivy rolled over for the first time on 10/01/2026 and has two teeth coming. Noah started his
second day at Little Stars on 12/01/2026 and talks about "Bluey" and his friend Amir. Both had
colds over New Year.

### 3. Ivy and Noah

**Ivy, as AK sees her at home:** Ivy smiles and babbles at Chloe and follows her round the room
with her eyes. She feeds well (7oz bottles, five a day) and settles within ten minutes in her cot.
AK saw her startle and cry when a door banged on 13/01/2026, and Chloe soothed her quickly.
Her weight is 7.1 kg, on the 50th centile, where she has been since birth.

**Noah, in his words (to PM at nursery, 15/01/2026):** "Daddy shouted and Mummy cried." "Daddy
not come to my house now." "I like my new bed, it's a rocket." He drew a "worry monster" and
said it lives "at the old house". PM says he is calmer at drop-off than in December and no
longer hides under the table when the fire door slams.

### 4. Updates from each agency

- **RM:** Connor's bail has been extended to 17/03/2026 with the same conditions. A charging
  decision is expected by then.
- **HP:** Chloe's DASH score has come down from 16 (high) at the conference to 11 (medium). The
  new locks and the doorbell camera were fitted on 08/01/2026.
- **AK:** Ivy is thriving and the sleep set-up is safe; Noah is up to date with his jabs.
- **SB:** Chloe started the Freedom Programme on 14/01/2026. Noah's hearing test was normal.
  Chloe has not had contact with Connor since 02/11/2025, as far as anyone knows.
- **Chloe:** "I'm sleeping a bit better. The camera helps. Noah asks where Daddy is most days and
  I don't know what to say."

### 5. What we are working towards

1. Ivy and Noah live free from domestic abuse and do not see or hear violence at home.
2. Ivy keeps growing along her centile and reaches her six-month milestones; Noah's speech and
   play at nursery keep coming on.
3. Noah understands, in words that fit his age, why Daddy does not live with them, and is not
   frightened at bedtime.
4. Ivy and Noah are cared for by a mum who knows how to keep them safe if Connor tries to make
   contact.

### 6. The plan from today

Tags: **[CARRIED OVER]** kept from core group 2; **[CHANGED]** with what it was and what it is now;
**[NEW]** agreed today; **[DONE]** finished, kept here for the record only.

**Health visiting (AK's part, in her own words)**

1. **[CARRIED OVER]** I will weigh Ivy at each home contact and plot it on the centile chart in her
   red book.
   - Who: AK
   - When: every two weeks at home until the review conference
   - How we'll know: weights in the red book stay on or near the 50th centile; AK's contact record
     sent to SB after each visit
2. **[CHANGED]** Was: "HV to talk to Chloe about sleep." Now: I will go through a bedtime routine for
   both children with Chloe and check where Ivy sleeps at each home contact.
   - Who: AK
   - When: at each fortnightly home contact
   - How we'll know: AK sees Ivy's cot in Chloe's room, with no pillows or bumpers, and reads Chloe's
     bedtime diary; both written in the contact record
3. **[NEW]** Ivy's six-month developmental review with an ASQ-3, at home.
   - Who: AK
   - When: in the week of 16/02/2026
   - How we'll know: ASQ-3 scores in the red book and shared with SB before the review conference
4. **[DONE]** Noah's hearing test at Fieldenby Audiology (AK referred; seen 09/01/2026, hearing
   normal). For the record only.

**Nursery**

5. **[CARRIED OVER]** Welcome Noah at the door, note his mood and anything he says about home, and put
   it on the nursery's safeguarding log.
   - Who: PM
   - When: every nursery session (Monday, Tuesday and Thursday)
   - How we'll know: safeguarding log summary e-mailed to SB every Friday
6. **[NEW]** Worry monster sessions with Noah, using his drawing, to help him say what frightens him at
   bedtime.
   - Who: PM
   - When: every Tuesday for six weeks from 27/01/2026
   - How we'll know: PM writes down Noah's words after each session in his learning journal and sends
     them to SB

**Social work**

7. **[CARRIED OVER]** Visit Ivy and Noah at home, seeing Noah on his own and Ivy awake.
   - Who: SB
   - When: every two weeks until the review conference, one visit unannounced
   - How we'll know: visit records within 48 hours, with Noah's words and what SB saw of Ivy
8. **[CHANGED]** Was: "Protective parenting assessment by 31/01/2026." Now: SB will finish the
   protective parenting assessment by 06/02/2026 (moved a week so that it does not clash with Noah's
   settling-in sessions at nursery).
   - Who: SB
   - When: by 06/02/2026
   - How we'll know: the assessment report, with its recommendation, shared with Chloe and the core
     group by 06/02/2026
9. **[NEW]** Write a story book for Noah with Chloe about why Daddy does not live with them.
   - Who: SB, with Chloe
   - When: by 13/02/2026
   - How we'll know: the book is read with Noah at SB's next visit and PM hears what he says about it
     at nursery
10. **[DONE]** Referral to Fieldenby Women's Aid for the Freedom Programme (SB; accepted 07/01/2026).
    For the record only.

**Domestic abuse and police**

11. **[CARRIED OVER]** Weekly safety planning calls with Chloe, and a DASH review before each core
    group.
    - Who: HP
    - When: every Monday; DASH review the week before each core group
    - How we'll know: DASH score and the updated safety plan sent to SB
12. **[NEW]** Tell SB and Chloe of any change to Connor's bail, any breach, and the charging decision.
    - Who: RM
    - When: the same day as any change; the charging decision by 17/03/2026
    - How we'll know: call logged on the police record and in SB's case notes

**Mum**

13. **[CARRIED OVER]** Go to the Freedom Programme so that she can spot the signs of abuse and keep Ivy
    and Noah safe from it.
    - Who: Chloe
    - When: Wednesdays at 10am, 14/01/2026 to 01/04/2026
    - How we'll know: Women's Aid attendance register sent to SB monthly; Chloe's own safety plan for
      the children written at session 6 and shown to HP
14. **[CARRIED OVER]** Not let Connor into the house or tell him where the children are, and ring 999
    if he comes to Weavers Row.
    - Who: Chloe
    - When: every day, while he is on bail and until the review conference
    - How we'll know: police log of any call; the doorbell camera footage seen by RM if there is a
      call; HP and SB ask Chloe at each contact

**Nana**

15. **[CARRIED OVER]** Have Noah after nursery on Tuesdays, and help with both children's bath and
    bedtime on Tuesday and Friday evenings.
    - Who: Maureen (Nana)
    - When: every Tuesday (1pm to 7pm) and every Friday (5pm to 7pm)
    - How we'll know: Chloe's bedtime diary, read by SB at each visit; Noah's own account to PM

### 7. If things go wrong

- If Connor comes to Weavers Row or contacts Chloe, Chloe rings 999 and RM's team arrest him for
  breaching his bail; SB (or the Emergency Duty Team) visits the children that day, and SB holds a
  strategy discussion with the police the same day.
- If Chloe lets Connor into the house or takes the children to see him, Ivy and Noah stay with
  Maureen at 4 Loom Street that night while SB holds a strategy discussion the same day. If Maureen
  cannot have them, SB or the Emergency Duty Team places them with emergency foster carers that
  night.
- If Maureen cannot have Noah on a Tuesday or help on a bath night, she texts Chloe and SB by 12
  noon; Noah stays at Little Stars until 5.30pm (the extra session agreed by the nursery manager
  and paid for by Children's Services), and SB or the family support worker, Jenny Lau, visits at
  bedtime that evening.
- If Chloe lets Connor back into the home, or the children have any contact with him before his
  case ends, or the assessment on 06/02/2026 finds Chloe cannot keep them safe, Deborah Hale (SB's
  team manager) will hold a legal planning meeting within 5 working days.

### 8. Next meetings

- Core group 4: Tuesday 10/02/2026, 10am, Fieldenby Children's Centre; then every four weeks.
- Review child protection conference: Thursday 19/02/2026, 2pm, Fieldenby Town Hall.

Minutes and updated plan sent to everyone present on 21/01/2026.
""",
    "findings": [],
})
