"""Batch 218, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 218. Letter: a. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, surgeries, hospitals, services, streets and councils. Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: checks ("how we will know"). Four of the seven plans are exemplary,
and their checks are real but said in many ways and places: readings and
results in a "Proof" column (breath tests, blood results, weights and
centiles, a feeding chart's ounces), "Evidence:" lines in a case-system
print that say what a report must contain, checks written into the
action's own sentence in a letter (after a dash, in brackets, "and Mrs
... e-mails me ..."), a child telling a named adult who writes it down, a
record kept and shared, something a worker sees on a visit, and "we will
know because ..." in a safety goal's own row over the steps under it. The
three faulty plans' checks sound just as sure of themselves but are vague
or absent by docs/rules.md ("engagement fed back to the SW", "school will
keep an eye on this", "progress will be reviewed at core group",
"Monitor", "Monitored by the school nurse", "HV to keep an eye on home
conditions", "-", an empty cell, a keyed list that leaves an action out),
with a few other faults beside them. The perinatal team's row measured by
attendance it can observe is H001 only; "attendance" is nowhere used as a
vague check.

1. Aukenby (docx, exemplary): initial conference plan for a 6-week-old
   baby whose mother drinks at weekends and whose grandmother stays over
   at weekends; front sheet, "Mabel's day", what the adults say,
   outcomes, then a Ref / What we will do / Who / When / Proof table
   whose checks are readings and results (breath tests of 0.00, CDT
   blood results, weights on the 25th centile, a feeding chart's feeds and
   ounces, a signed weekend sheet); the recovery service reports on the
   mother's potential to change and its likely timescale.
2. Ambrelsey (md): core group 2 minutes for a 9-year-old and a
   4-year-old (neglect; the father smokes cannabis every evening), agency
   updates and the children's views, then an action log (No. / Action /
   Who / By when / How we will check). Faults: the family support
   worker's routine sessions checked by "Engagement fed back to SW"
   (M002); the learning mentor's breakfast check-ins by "School will keep
   an eye on this" (M002); the nursery place by "Progress will be
   reviewed at next core group" (M002); the dentist with "-" (M001); the
   housing repair with an empty cell (M001); the father's drug service
   contact "when he feels ready" (T002); and the cannabis use with no
   adult service owning any action (F004).
3. Arncaster (pdf, header and footer, exemplary): case-system print of a
   plan for a 9-year-old whose mother has bipolar disorder and was in
   hospital in November; tasks under each need, each with Task / Assigned
   to / Due / Evidence lines, the Evidence saying what a report must
   contain, what the child tells a named adult and who writes it down;
   the care coordinator reports on the mother's potential to change; the
   uncle's help has a fallback.
4. Audrington (txt, exemplary): a plan letter to a mother after the
   review conference (domestic abuse; the father on a perpetrator
   programme and a non-molestation order), signed by the social worker
   ("I"), "you" being the mother; each numbered paragraph of "What will
   happen now" holds its check in its own sentence, after a dash or in
   brackets; the grandmother's school runs have a fallback.
5. Avelscombe (docx): initial conference plan for a 5-month-old and a
   2-year-old whose mother has postnatal depression, in a table with the
   outcome merged down beside its actions (Outcome / Action / Lead /
   Timescale / How we will know). Faults: the perinatal team's visits
   only support the mother and review her medication, checked by
   attendance (H001 only); the health visitor's contacts checked by
   "Monitor" (M002); the toddler group by "Engagement with the group"
   (M002); the father's shift change by "Progress will be reviewed at
   core group" (M002); the nursery funding application with "-" (M001);
   the social worker's unannounced visits with an empty cell (M001); an
   outcome about the mother only (F002).
6. Aspinwold (pdf, header and footer): plan for three children of a
   father who works nights, as a typed outline (1 / 1.1) with "How we
   will know, by action number" at the end of the plan. Faults: the keyed
   list leaves out the dental appointments (M001); it checks the school
   nurse's health reviews by "Monitored by the school nurse" and the
   HV's home visits by "HV to keep an eye on home conditions" (M002
   each); "Professionals" own passing on concerns (W002); and the
   contingency sends the children to the aunt, who sleeps over and takes
   the youngest to nursery, with nothing said if she cannot help (C003).
7. Atterholme (md, exemplary): Signs of Safety plan for a 13-year-old
   and a 7-year-old after the mother's partner hit the younger child;
   danger statements, safety goals each with a "We will know because"
   line in the goal's own row, numbered next steps under each goal with
   their own "Sign of success" where the goal's check does not cover
   them, the children's words and a network with a fallback.

Plans 1, 3, 4 and 7 are exemplary: every action has a named owner, a real
timescale and a real check; every outcome is about the children; each
records the children's words or observed day, has a contingency with
specific triggers and protective responses and a fallback for any family
help, legal planning after named triggers, core group dates and a dated
review conference; where a parent is ill or drinks, an adult service owns
actions and reports on the parent's potential for change. The three
faulty plans hold 19 expected findings between them (7, 7 and 5).

Counting convention used for "actions" (README convention 1): each row of
an action table or action log, each numbered paragraph of the letter's
"What will happen now", each task of the case print (its Assigned to /
Due / Evidence lines belong to it), each numbered item of the outline and
each numbered next step counts once. Front sheets, agency updates in the
minutes, the children's and parents' words, worries, what is going well,
outcomes and safety goals, keyed check lists, contingencies, meeting dates
and distribution lists are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 6-week-old baby, a Proof column of
#    readings and results. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_aukenby_newborn_icpc_proof_column_readings_kershaw.docx",
    "doc_title": "Child Protection Plan - Mabel Kershaw (initial conference 13/01/2026)",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-docx-front-sheet-two-column-table-why-we-are-worried-mabels-day-observed-what-jodie-liam-and-carol-say-going-well-outcomes-then-ref-what-we-will-do-who-when-proof-table-readings-and-results-then-contingency-bullets-legal-planning-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 6-week-old baby whose mother drinks heavily at "
        "weekends (found asleep and smelling of alcohol with the baby crying in her car seat); the "
        "father lives apart and sees her at the grandmother's, and the maternal grandmother stays "
        "over on Friday and Saturday nights. A front sheet, 'Mabel's day' as the health visitor and "
        "social worker have seen it, what the three adults say and outcomes for Mabel come before a "
        "Ref / What we will do / Who / When / Proof table whose checks are readings and results: "
        "breath tests of 0.00 written on visit records, monthly CDT blood results from the GP, "
        "weights plotted on or above the 25th centile, a feeding chart with feeds and ounces signed "
        "by the health visitor, a weekend sheet the grandmother signs, and a report from the recovery "
        "service on the mother's potential to change and the likely timescale. The contingency has "
        "specific triggers, a fallback if the grandmother cannot stay, and a legal planning meeting "
        "after named triggers; core group dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Aukenby Borough Council, Children's Services - Family Safeguarding Team. Plan agreed at the "
              "initial child protection conference on 13/01/2026, chaired by Lorraine Beckett (independent "
              "chair)."),
        ("table", {
            "rows": [
                ["Child", "Mabel Kershaw, born 01/12/2025 (6 weeks old)"],
                ["Lives with", "Jodie Kershaw (Mum, 24), 7 Amberlea Court, Aukenby AK2 5RT"],
                ["Dad", "Liam Ostle (27), lives at his brother's flat in Aukenby town centre"],
                ["Maternal grandmother", "Carol Kershaw (52), 18 Ardenlow Road, Aukenby (ten minutes' walk)"],
                ["Category", "Neglect"],
                ["Social worker", "Priya Nandra, Family Safeguarding Team (team manager: Owen Marsh)"],
                ["Health visitor", "Gemma Royle, Aukenby 0-19 Service"],
                ["Recovery worker", "Dan Fenwick, Aukenby Recovery Partnership (drug and alcohol service)"],
                ["GP", "Dr Ruth Okoro, Alnbeck Lane Surgery (Jodie's and Mabel's GP)"],
                ["Family support worker", "Shona Burke, Aukenby Family Hub"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Why we are worried"),
        ("p", "On 20/12/2025 police were called by a neighbour who heard Mabel crying for over an hour. They found "
              "Jodie asleep on the sofa, smelling strongly of alcohol, with an empty bottle of vodka and a bottle "
              "of wine on the floor. Mabel, then 19 days old, was in her car seat in a wet nappy, and had not "
              "been fed since the afternoon. Jodie told the officers she had \"a few drinks\" after a row with "
              "Liam on the phone. Jodie drank most weekends before she was pregnant and says she stopped while "
              "pregnant but started again after Mabel was born. Carol has found Jodie drunk on two other "
              "Saturday evenings since the birth. There are no worries about Liam's care of Mabel, but he works "
              "shifts at the Aukenby distribution centre and cannot be there every night."),
        ("h1", "Mabel's day"),
        ("p", "Mabel is 6 weeks old and cannot tell us what life is like for her, so this is what Gemma and Priya "
              "have seen at five visits. Mabel is bottle-fed and usually wakes every three hours. When Jodie is "
              "sober she holds Mabel close to feed her, talks to her and winds her well; Mabel settles quickly "
              "and watches Jodie's face. At the visit on 03/01/2026, a Saturday morning, Jodie was slow and "
              "tired, Mabel had a red nappy rash, and there were three used bottles of old milk on the side. "
              "Mabel sleeps in a Moses basket beside Jodie's bed, on her back. She is calm with Carol, who sings "
              "to her at bath time, and she grips Liam's finger and quietens when he talks to her. Her weight "
              "has dropped from the 50th centile at birth to just above the 25th at her last weigh on 06/01/2026."),
        ("h1", "What the adults say"),
        ("p", "Jodie: \"I love her more than anything. I know that night was bad. I don't drink every day, it's "
              "just weekends when it all gets on top of me. I'll do the tests, I've got nothing to hide.\""),
        ("p", "Liam: \"I want to be there for Mabel. I'll do whatever I can around my shifts.\""),
        ("p", "Carol: \"I'll stay Fridays and Saturdays, that's when it happens. But I've got my own job and my "
              "mum to look after, so I can't do every night for ever.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Mabel has been seen by Gemma at every planned visit and her immunisations are booked.",
            "Jodie has kept all three appointments with Dan since she self-referred on 29/12/2025, and her "
            "breath tests at those appointments read 0.00.",
            "Carol has stayed over every Friday and Saturday since 02/01/2026.",
            "Jodie and Liam talk to each other calmly about Mabel and both came to the conference.",
        ]),
        ("h1", "What we want for Mabel"),
        ("numbers", [
            "Mabel is cared for by a sober adult every day and every night.",
            "Mabel is fed on time and gains weight, staying on or above the 25th centile.",
            "Mabel sleeps safely, on her back in her own Moses basket or cot, and her nappy is changed often "
            "enough that her skin is clear.",
            "Mabel sees her dad and her nan every week and keeps the close bond she has with both.",
        ]),
        ("h1", "The plan"),
        ("p", "The Proof column says what the core group will see, read or count to know each part of the plan "
              "is happening and working. Jodie has agreed that the results of her breath and blood tests can be "
              "shared with everyone in the core group."),
        ("table", {
            "header": ["Ref", "What we will do", "Who", "When", "Proof"],
            "widths": [1.1, 5.4, 3.2, 3.4, 3.9],
            "rows": [
                ["A1",
                 "Not drink any alcohol at any time while Mabel is in her care, and take a breath test whenever "
                 "Priya or Dan asks",
                 "Jodie Kershaw (Mum)",
                 "Every day from 13/01/2026; a breath test at every visit by Priya or Dan",
                 "Breath test reading of 0.00 at every visit, written on the visit record; any reading above "
                 "0.00 reported to Priya the same day"],
                ["A2",
                 "One-to-one alcohol sessions with Jodie on her weekend drinking and what sets it off, and an "
                 "assessment of whether she can stay alcohol-free while caring for Mabel, what needs to change "
                 "and how long that is likely to take",
                 "Dan Fenwick, recovery worker, Aukenby Recovery Partnership",
                 "Every Tuesday at 11am from 20/01/2026; written report by 06/03/2026",
                 "Breath reading at each session listed in Dan's monthly letter to Priya; report to the core "
                 "group of 10/03/2026 giving his view on Jodie's potential to change and the likely timescale"],
                ["A3",
                 "Blood test for Jodie (CDT and liver function), so that the core group knows whether she is "
                 "drinking between visits while Mabel is in her care",
                 "Dr Ruth Okoro, GP, Alnbeck Lane Surgery",
                 "Monthly from 26/01/2026 until the review conference",
                 "CDT result within the normal range each month; the results letter sent to Priya and Dan "
                 "within a week of each test"],
                ["A4",
                 "Weigh Mabel, check her skin and nappy area, and check the Moses basket and how she is put down "
                 "to sleep",
                 "Gemma Royle, health visitor",
                 "Every two weeks at home, first on 20/01/2026",
                 "Weight plotted in the red book and on the health visiting record, on or above the 25th "
                 "centile at every weigh; safe sleep checklist ticked at every visit"],
                ["A5",
                 "Keep a chart of Mabel's feeds (time and ounces) and when she goes down to sleep",
                 "Jodie Kershaw (Mum)",
                 "Every day; the chart is handed to Gemma or Priya at each visit",
                 "The chart shows at least 6 feeds and 24oz or more each day; Gemma signs each page she reads"],
                ["A6",
                 "Home visits to see Mabel awake and being fed or changed, and to see the home; at least one "
                 "visit in two unannounced, and one visit a month on a Saturday or Sunday",
                 "Priya Nandra, social worker",
                 "Every week until the review conference",
                 "Visit record on the case file within 2 working days, saying how Mabel looked, what she did and "
                 "the breath reading"],
                ["A7",
                 "Home sessions with Jodie on Mabel's routine: reading her cues, settling her, bath time and "
                 "bedtime",
                 "Shona Burke, family support worker, Aukenby Family Hub",
                 "Every Thursday at 2pm, 8 sessions from 22/01/2026",
                 "Shona's observation checklist after each session (cues spotted and answered, Mabel settled "
                 "within 15 minutes), sent to Priya; a written summary after session 8"],
                ["A8",
                 "Stay overnight at Jodie's on Friday and Saturday nights and do Mabel's night feeds",
                 "Carol Kershaw (maternal grandmother)",
                 "Every Friday and Saturday night from 16/01/2026 until the review conference",
                 "Carol signs the weekend sheet on the fridge and texts Priya by 10am each Saturday and Sunday"],
                ["A9",
                 "See Mabel at Carol's house: give her a bottle, change her and bath her",
                 "Liam Ostle (Dad)",
                 "Tuesdays and Thursdays, 4pm to 7pm, around his shifts",
                 "Carol writes each visit in the contact diary, which Priya reads at her visits"],
                ["A10",
                 "Parenting assessment of Jodie, including how she cares for Mabel on weekend evenings",
                 "Priya Nandra, social worker",
                 "By 27/03/2026",
                 "Assessment report with recommendations, shared with Jodie and the core group by 27/03/2026"],
                ["A11",
                 "Take Mabel to her 8-week check and her first immunisations at Alnbeck Lane Surgery",
                 "Jodie Kershaw (Mum)",
                 "8-week check on 28/01/2026; immunisations at 8, 12 and 16 weeks",
                 "Entries in the red book; the surgery confirms each appointment to Gemma"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jodie's breath reading is above 0.00 while Mabel is in her care, if anyone sees her drunk, or "
            "if a CDT result is raised: Priya (or the Emergency Duty Team out of hours) visits the same day and "
            "Mabel goes to stay with Carol at 18 Ardenlow Road that night. If Carol cannot have her, Priya or "
            "the Emergency Duty Team arranges a foster placement for Mabel that day.",
            "If Carol cannot stay over on a Friday or a Saturday, she rings Priya by 12 noon that day. Liam "
            "stays at Jodie's that night instead (he has agreed to swap shifts); if neither Carol nor Liam can "
            "stay, Priya or the Emergency Duty Team arranges for Mabel to spend that night with foster carers. "
            "If Carol is away on a Tuesday or Thursday, Liam sees Mabel in the contact room at Aukenby Family "
            "Hub instead, booked by Priya.",
            "If Mabel drops below the 25th centile at two weighs in a row, or misses a weigh, Gemma visits "
            "within 24 hours, refers her to the paediatric clinic at Aukenby General Hospital that week and "
            "tells Priya the same day.",
            "If Jodie drinks while caring for Mabel on a second occasion, misses three sessions with Dan before "
            "the review conference, or the parenting assessment finds she cannot keep Mabel safe, Owen Marsh "
            "(team manager) will hold a legal planning meeting within 5 working days to decide whether to "
            "start pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Aukenby Family Hub, 10am: 27/01/2026, 24/02/2026 and 24/03/2026 "
            "(Dan's report is discussed on 10/03/2026 at an extra core group).",
            "Review child protection conference: 07/04/2026 at 1.30pm, Aukenby Town Hall.",
        ]),
        ("p", "Plan sent to Jodie, Liam and Carol, and to every agency above, on 14/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 2 minutes with an action log whose check column sounds sure
#    of itself but is often vague. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_ambrelsey_core_group_minutes_action_log_hargreaves.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-minutes-md-meeting-details-present-apologies-numbered-minute-items-childrens-views-agency-updates-outcomes-reaffirmed-then-action-log-no-action-who-by-when-how-we-will-check-then-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 9-year-old boy and a 4-year-old girl on plans for "
        "neglect (no beds, damp, dog mess, the boy's attendance at 71%, the girl's speech delay and "
        "tooth decay); their father smokes cannabis every evening. Numbered minute items give the "
        "children's views, each agency's update and the outcomes, then an action log (No. / Action / "
        "Who / By when / How we will check). Faults: the family support worker's routine sessions are "
        "checked by 'Engagement fed back to SW'; the learning mentor's breakfast check-ins by 'School "
        "will keep an eye on this'; the nursery place by 'Progress will be reviewed at next core "
        "group'; the dentist row has '-' and the housing repair an empty check; the father's contact "
        "with the drug service is 'when he feels ready'; and no adult service owns any action about "
        "his cannabis use."
    ),
    "text": """\
# Ambrelsey Council - Children's Services

## Core Group Meeting 2: Tyler and Ellie-May Hargreaves

| | |
|---|---|
| **Date and place** | 11/02/2026, 1.30pm, Ambrelsey Family Hub (Ashvale Road) |
| **Children** | Tyler Hargreaves (9), Year 4, Alderfold Primary School; Ellie-May Hargreaves (4) |
| **Address** | 22 Arkley Gardens, Ambrelsey AB6 3LW |
| **Plan** | Child protection plan (neglect) from the initial conference on 13/01/2026 |
| **Minutes taken by** | Kerry Walsh, business support |

**Present:** Nathan Booth (social worker, chair of the core group); Gemma Hargreaves (Mum); Craig
Hargreaves (Dad); Fiona Dawson (learning mentor, Alderfold Primary School); Anjum Malik (health visitor);
Lisa Crane (family support worker, Ambrelsey Family Hub); Jo Platt (housing officer, Ambrelsey Homes).

**Apologies:** Mrs Sue Hollis (education welfare officer) sent an update by e-mail.

### 1. Welcome and the purpose of the meeting

Nathan welcomed everyone and reminded the group that it meets every four weeks to check the plan is
happening and helping Tyler and Ellie-May, and that the review conference is on 21/04/2026.

### 2. What the children have said

Nathan saw Tyler on his own at school on 05/02/2026 and Ellie-May at home with Gemma on 09/02/2026.

Tyler said: "My bed's still a mattress on the floor. It's cold in my room and there's black stuff on the
wall. I like breakfast club because you get toast and I can play Uno with Miss Dawson." He said he gets
"told off" for being late, and that when Dad "has his smoke" in the living room he and Ellie-May "go
upstairs because it stinks". He scored home as 5 out of 10 ("10 is the best house ever").

Ellie-May showed Nathan her room and said "doggy did a poo" pointing to the landing. She said her tooth
"hurts when I eat sweets". She chatted to Nathan about her teddy and was happy to sit on Gemma's knee.

### 3. Updates since the conference

- **Social worker:** Nathan has visited three times. The landing and kitchen were cleaner on the last
  visit and the dog's mess had been cleared; the children's bedroom still has damp and Tyler has no bed
  frame.
- **School:** Tyler's attendance since the conference is 82% (71% last term). He has been late six times.
  He has come to breakfast club on most days; Miss Dawson says he is often hungry.
- **Education welfare:** Mrs Hollis's e-mail says she has written to Gemma and Craig about the lates and
  will start first-day calls.
- **Health visitor:** Anjum saw Ellie-May on 02/02/2026. She says about 20 words and was not using
  two-word phrases. Anjum has seen decay in her front teeth.
- **Family hub:** Lisa has done two home sessions with Gemma. Gemma was in for one and out for the other.
- **Housing:** Jo Platt has inspected the damp and the broken window in the children's bedroom and a job
  has been raised.
- **Parents:** Gemma said the house is "getting there" and she is "trying with the mornings". Craig said
  he smokes cannabis "to calm down" after work, every evening, and "it's not harming anyone"; he said he
  has thought about talking to someone about cutting down.

### 4. Outcomes for Tyler and Ellie-May (from the conference, agreed again)

1. Tyler and Ellie-May live in a home that is clean, warm and dry, and each has their own bed.
2. Tyler gets to school every day and on time, and has had breakfast.
3. Ellie-May's speech, and both children's teeth, are checked and treated.
4. The children are not around cannabis smoke and are cared for by adults who are alert to them.

### 5. Action log

| No. | Action | Who | By when | How we will check |
|---|---|---|---|---|
| 1 | Home visits, seeing Tyler and Ellie-May on their own and looking at their bedroom, the kitchen and the landing | Nathan Booth (SW) | Every two weeks until the review conference | Visit records describe the bedroom, the kitchen and what each child said |
| 2 | Weekly home sessions on morning and bedtime routines, meals and a cleaning rota | Lisa Crane (FSW, Ambrelsey Family Hub) | Every Wednesday at 10am, 8 sessions from 18/02/2026 | Engagement fed back to SW |
| 3 | Daily check-in with Tyler at breakfast club to make sure he has eaten and is clean and warm | Fiona Dawson (learning mentor) | Every school day | School will keep an eye on this |
| 4 | First-day calls when Tyler is not in school by 9.15am, and the weekly register sent to Nathan | Mrs Sue Hollis (education welfare officer) | Every school day from 16/02/2026 | Register sent to Nathan every Friday; attendance 92% or more by the review conference |
| 5 | Refer Ellie-May to the speech and language therapy service | Anjum Malik (HV) | By 20/02/2026 | Acceptance letter from speech and language therapy copied to Nathan |
| 6 | Take Tyler and Ellie-May to Arkley Gardens Dental Practice for check-ups and treatment | Gemma (Mum) | By 13/03/2026 | - |
| 7 | Fix the damp and mould in the children's bedroom and replace the broken window | Jo Platt (Ambrelsey Homes) | By 27/02/2026 | |
| 8 | Apply to the Ambrelsey local welfare fund for two beds and bedding, and see them in place | Nathan Booth (SW) | Application by 13/02/2026; beds in by 06/03/2026 | Beds seen made up in the children's room at Nathan's visit |
| 9 | Contact Ambrelsey Drug and Alcohol Service about cutting down his cannabis use | Craig (Dad) | When he feels ready | Service confirms to Nathan that Craig has been in touch |
| 10 | Take Ellie-May to her 15 funded hours at Applecroft Nursery on Monday, Tuesday and Wednesday mornings | Gemma (Mum) | From 16/02/2026 | Progress will be reviewed at next core group |
| 11 | Go to the Ambrelsey "Positive Parenting" course together | Gemma and Craig | 10 Tuesday mornings from 03/03/2026 | Certificate and the facilitator's end-of-course report sent to Nathan |

### 6. Contingency plan (agreed again)

- If Nathan or another worker finds the children's room without a usable bed or the home with dog mess
  on the floor again, Nathan's manager (Paula Grant) is told the same day and Nathan visits again within
  48 hours, unannounced.
- If Gemma or Craig is found under the influence of cannabis or alcohol while caring for the children,
  Nathan (or the Emergency Duty Team out of hours) visits the same day, and if neither parent is fit to
  care for them, Tyler and Ellie-May stay with emergency foster carers that night.
- If Tyler is not in school and Gemma and Craig cannot be reached by 10am, Mrs Hollis rings Nathan, and
  Nathan or the duty social worker visits that morning.
- If there is no real change in the home conditions or Tyler's attendance by the review conference, or
  either parent is found under the influence while caring for the children, Paula Grant will hold a legal
  planning meeting within 10 working days to decide whether to start the Public Law Outline.

### 7. Next meetings

- Core group 3: 11/03/2026, 1.30pm, Ambrelsey Family Hub; core group 4: 08/04/2026.
- Review child protection conference: 21/04/2026 at 10am, Ambrelsey Civic Offices.

Minutes sent to everyone present, Mrs Hollis, Gemma and Craig on 12/02/2026.
""",
    "findings": [
        F("M002", "Weekly home sessions on morning and bedtime routines"),
        F("M002", "Daily check-in with Tyler at breakfast club"),
        F("M002", "15 funded hours at Applecroft Nursery"),
        F("M001", "Dental Practice for check-ups and treatment"),
        F("M001", "Fix the damp and mould in the children's bedroom"),
        F("T002", "Contact Ambrelsey Drug and Alcohol Service about cutting down"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Case-system print: tasks under each need with Task / Assigned to / Due /
#    Evidence lines; page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _task(ref, task, who, due, evidence):
    return [
        ("boldp", f"Task {ref}"),
        ("kv", [("Task", task), ("Assigned to", who), ("Due", due), ("Evidence", evidence)]),
    ]


PLANS.append({
    "name": "b218_arncaster_case_print_task_evidence_lines_brannigan.pdf",
    "doc_title": "Arncaster CareRecord print - Child Protection Plan - Leo Brannigan",
    "split": "tune",
    "actions": 11,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Arncaster City Council · CareRecord print",
    "footer": "Leo Brannigan · Child protection plan v1 · printed 22/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-paged-header-footer-record-fields-kv-reason-for-plan-leos-views-nadias-views-strengths-then-need-headings-with-outcome-sought-line-and-tasks-each-with-task-assigned-to-due-evidence-lines-evidence-says-what-report-must-contain-then-contingency-legal-planning-meetings-distribution",
    "description": (
        "Exemplary print from a council's case system of the initial conference plan for a 9-year-old "
        "boy whose mother has bipolar disorder and was detained in hospital for four weeks in "
        "November after a manic episode in which she took him walking at 2am; his uncle looked after "
        "him and now has him on Wednesday nights. After record fields, the reason for the plan, Leo's "
        "and his mother's views and strengths, the plan is set out under four needs, each with an "
        "'Outcome sought' line and tasks with Task / Assigned to / Due / Evidence lines. The Evidence "
        "lines say what a report must contain (the care coordinator's reports on how the illness "
        "affects Leo's care, early warning signs and the mother's capacity to change with a likely "
        "timescale), what Leo tells his learning mentor and who writes it down, a lithium level in "
        "range, a mood and sleep diary, registers and a young carers' chart of jobs at home. The "
        "contingency has relapse triggers, a fallback when the uncle cannot help, and a legal planning "
        "meeting after named triggers; core group and review dates are set; every page has a header "
        "and footer."
    ),
    "blocks": [
        ("title", "Child Protection Plan (print)"),
        ("p", "Arncaster CareRecord · Form CP2 · Record 448213 · Plan version 1 · Status: Live"),
        ("kv", [
            ("Child", "Leo Brannigan, DOB 14/06/2016 (9), Year 5, Alderbourne Primary School"),
            ("Address", "5 Aventhorpe Terrace, Arncaster AN3 7DS"),
            ("Lives with", "Nadia Brannigan (mother, 34)"),
            ("Other family", "Kieran Brannigan (maternal uncle, 38), 41 Abbeymill Road, Arncaster; Martin Shaw "
                             "(father), lives in Glasgow, video calls on Sundays"),
            ("Category", "Neglect"),
            ("Plan start", "Initial child protection conference, 20/01/2026 (chair: Andrew Lomax)"),
            ("Allocated worker", "Emma Sadler, social worker, Arncaster Children's Safeguarding Team"),
            ("Team manager", "Rachel Doyle"),
        ]),
        ("h1", "Reason for plan"),
        ("p", "Nadia has bipolar disorder, diagnosed in 2019. In late October 2025 she stopped taking her lithium "
              "and became unwell: she stopped sleeping, spent her money on things she did not need, and on "
              "02/11/2025 police found her walking with Leo along the ring road at 2am in the rain, \"going to "
              "the sea\". Leo was in his pyjamas and had not eaten since lunch. Nadia was detained under section "
              "2 of the Mental Health Act on Ashtree Ward, Arncaster General Hospital, from 02/11/2025 to "
              "28/11/2025. Leo stayed with his uncle Kieran. Leo has been making his own breakfast and tea on "
              "days when Nadia is low, and missed 11 school days last term."),
        ("h1", "Leo's views"),
        ("p", "Emma saw Leo on his own at school on 15/01/2026. He said: \"When Mum's not well she talks really "
              "fast and doesn't sleep and I have to be the grown-up.\" \"I like it at Uncle Kieran's because he "
              "does proper tea and we play FIFA.\" \"I don't want Mum to go back in hospital, it was scary "
              "visiting.\" He asked if he could still see his friends at football on Saturdays. He drew his "
              "house with a sun over it and a cloud \"that comes sometimes\"."),
        ("h1", "Nadia's views"),
        ("p", "\"I know I scared him. When I'm getting ill I don't see it, that's the problem. I'm back on my "
              "tablets and I want people to tell me if they see it coming. Kieran has been amazing but he has his "
              "own life.\""),
        ("h1", "Strengths"),
        ("bullets", [
            "Nadia has taken her lithium every day since 28/11/2025 and her level in January was in range.",
            "Leo is warm, funny and doing well in maths; he has come to school every day this term.",
            "Kieran has looked after Leo well and is willing to carry on with Wednesday nights.",
            "Nadia agreed at the conference to her care coordinator sharing information with the core group.",
        ]),
        ("h1", "Plan"),
        ("p", "Each need has the outcome sought for Leo, then its tasks. Evidence is what the core group will "
              "see or read to know each task is done and working."),
        ("h2", "Need 1: Leo is kept safe from the effects of Mum's illness"),
        ("kv", [("Outcome sought", "Leo is cared for by a mum who is well enough to feed him, get him to school "
                                   "and put him to bed, and any early signs of her becoming unwell are spotted "
                                   "before Leo is left to cope.")]),
        *_task("1.1",
               "See Nadia at home, go through her relapse signature and crisis plan with her, and assess how her "
               "bipolar disorder affects her care of Leo, whether she can make and keep the changes needed, and "
               "how long that is likely to take",
               "Bronwen Hale, care coordinator, Arncaster Community Mental Health Team (Adult)",
               "Home visits every two weeks; written reports by 27/02/2026 and by 14/04/2026",
               "Two written reports on the CareRecord. Each must say: how Nadia's illness affects Leo's care day "
               "to day; whether any early warning signs were seen since the last report; whether she is able "
               "to make the changes needed, and her view of the likely timescale."),
        *_task("1.2",
               "Take lithium every evening and go for the three-monthly lithium blood test, so that Nadia stays "
               "well enough to look after Leo",
               "Nadia Brannigan (Mum)",
               "Every evening; next blood test 09/02/2026, then every three months",
               "Alnbury Street Surgery sends the lithium level to Bronwen, who tells Emma; level within Nadia's "
               "target range (0.6 to 0.8 mmol/L)"),
        *_task("1.3",
               "Keep a mood and sleep diary (mood from 1 to 10, hours slept); if she sleeps under 5 hours two "
               "nights running, ring Bronwen and tell Kieran so that he can have Leo",
               "Nadia Brannigan (Mum)",
               "Every day from 21/01/2026",
               "Bronwen reads the diary at every visit and records the scores and hours on the CareRecord; any "
               "two short nights running are shown by a call logged the same day"),
        ("h2", "Need 2: Leo is a child, not Mum's carer"),
        ("kv", [("Outcome sought", "Leo does not have to look after his mum or himself, knows who to go to if "
                                   "Mum becomes unwell, and has time to play and see his friends.")]),
        *_task("2.1",
               "Young carers assessment with Leo, and a place at the Wednesday young carers club",
               "Tom Reddy, Arncaster Young Carers",
               "Assessment by 20/02/2026; club every Wednesday, 4pm to 6pm, from 04/02/2026",
               "Assessment sent to Emma by 20/02/2026. Leo's chart of the jobs he does at home, filled in with "
               "Tom at the start and again in April, shows fewer caring jobs; club register sent to Emma each "
               "month."),
        *_task("2.2",
               "Make Leo's \"If Mum is poorly\" card with him: who he rings, where he goes, and the words he can "
               "use; give a copy to school and to Kieran",
               "Emma Sadler, social worker",
               "By 06/02/2026",
               "The card is in Leo's school bag and on file. At her next visit Emma asks Leo to tell her the "
               "three steps on his card and writes down his answer."),
        *_task("2.3",
               "Friday check-in with Leo: he scores his week at home from 1 to 10 and says what made it that "
               "score",
               "Mrs Grace Okafor, learning mentor, Alderbourne Primary School",
               "Every Friday at 2.30pm",
               "Leo tells Mrs Okafor, who writes his score and his own words on CPOMS and e-mails them to Emma "
               "the same afternoon. Any score of 4 or less, or anything about Mum not sleeping, is rung through "
               "to Emma the same day."),
        ("h2", "Need 3: Leo gets to school every day, fed and on time"),
        ("kv", [("Outcome sought", "Leo is in school every day, on time, having had breakfast, and his asthma is "
                                   "looked after.")]),
        *_task("3.1",
               "First-day call if Leo is not in by 9am, and the attendance figure sent to Emma",
               "Mr Paul Adeyinka, designated safeguarding lead, Alderbourne Primary School",
               "Every school day; figure sent every other Friday",
               "Register print every other Friday: attendance of 95% or more, and no more than one late a "
               "fortnight"),
        *_task("3.2",
               "Have Leo to stay on Wednesday nights after young carers club and walk him to school on Thursday",
               "Kieran Brannigan (uncle)",
               "Every Wednesday night from 21/01/2026 until the review conference",
               "Kieran texts Emma from the school gate by 8.50am on Thursdays; the register shows Leo in on "
               "time every Thursday"),
        *_task("3.3",
               "Asthma review for Leo with the practice nurse, and a new asthma plan for home and school",
               "Sue Marsh, practice nurse, Alnbury Street Surgery",
               "By 13/02/2026",
               "New asthma plan sent to school and to Emma; school confirms a spare inhaler is in the office"),
        ("h2", "Need 4: Leo is seen and listened to"),
        ("kv", [("Outcome sought", "Leo sees his social worker on his own regularly, keeps in touch with his dad, "
                                   "and the adults act on what he says.")]),
        *_task("4.1",
               "Visit Leo at home, seeing him on his own, and look at the fridge and cupboards and his bedroom; "
               "see him at school once a month",
               "Emma Sadler, social worker",
               "Every two weeks until the review conference",
               "Visit records on the CareRecord within 2 working days, with Leo's words and what Emma saw of "
               "the food in the house and his room"),
        *_task("4.2",
               "Video call with Leo every Sunday at 5pm, and a visit to Arncaster at February half term",
               "Martin Shaw (Dad)",
               "Every Sunday; visit 14/02/2026 to 15/02/2026",
               "Nadia ticks each call on the calendar on the fridge, which Emma sees at visits; Leo tells Emma "
               "about the half-term visit and she records it"),
        ("h1", "Contingency"),
        ("bullets", [
            "Early warning signs (Nadia sleeping under 5 hours two nights running, missing her lithium, talking "
            "very fast, spending sprees, or Leo telling an adult that Mum is \"buzzing\"): Bronwen, or the "
            "Arncaster crisis team out of hours, sees Nadia within 24 hours. Leo stays at Kieran's from that "
            "evening until Bronwen and Emma agree Nadia is well enough.",
            "If Kieran cannot have Leo in a crisis, Emma (or the Emergency Duty Team) arranges a foster "
            "placement for Leo that day, and Leo is told where he is going and why.",
            "If Kieran cannot have Leo on a Wednesday, he tells Emma and Nadia by 12 noon; Emma rings Nadia that "
            "evening, and Leo's standby breakfast club place is used on the Thursday so that he is in school "
            "on time.",
            "If Nadia is found unable to care for Leo at night, or Leo is found out with her late at night "
            "again: police are called on 999, Leo goes to Kieran's or a foster placement that night, and Emma "
            "holds a strategy discussion the same day.",
            "If Nadia is detained in hospital again, or Bronwen's report says she is unlikely to be able to "
            "make the changes in Leo's timescales, Rachel Doyle (team manager) will hold a legal planning "
            "meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("kv", [
            ("Core group", "Every four weeks at Alderbourne Primary School, 3.30pm: 03/02/2026, 03/03/2026, "
                           "31/03/2026"),
            ("Review conference", "21/04/2026, 10am, Arncaster Civic Centre"),
        ]),
        ("p", "Distribution: Nadia Brannigan, Kieran Brannigan, Martin Shaw, Bronwen Hale, Alderbourne Primary "
              "School, Alnbury Street Surgery, Arncaster Young Carers, Arncaster 0-19 Service. Printed by "
              "E. Sadler, 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A plan letter to the mother after the review conference, signed by the
#    social worker; each numbered paragraph holds its own check. Exemplary
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_audrington_plan_letter_checks_in_sentence_pryce.txt",
    "split": "tune",
    "actions": 13,
    "template": "plan-letter-txt-to-mother-after-rcpc-signed-by-sw-i-and-you-headings-in-caps-why-the-plans-continue-what-ffion-and-osian-told-us-what-you-told-us-what-is-better-what-we-want-then-what-will-happen-now-numbered-paragraphs-each-with-who-when-and-its-check-in-the-sentence-after-a-dash-or-in-brackets-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary plan letter to a mother from the social worker after the first review conference "
        "for a 12-year-old girl and a 7-year-old boy (emotional abuse: years of domestic abuse by "
        "their father, who left in October and is on a non-molestation order and a perpetrator "
        "programme). 'I' is the social worker who signs it and 'you' is the mother. After why the "
        "plans continue, the children's words, the mother's, what is better and what we want for the "
        "children, 'What will happen now' has thirteen numbered paragraphs, each naming who, when and "
        "its check in its own sentence: after a dash, in brackets, or as 'and Mrs Kaur e-mails me the "
        "week's register every Friday' (a monthly programme report that must say what has changed, "
        "the contact centre's notes, a signed safety plan, a worry thermometer score, a wet/dry "
        "chart, a job sheet and locks seen working, a collection log). The contingency has triggers, "
        "police, a refuge, a fallback for the grandmother's school runs and a legal planning meeting "
        "after named triggers; core group and review dates are given."
    ),
    "text": """\
AUDRINGTON COUNCIL
Children's Services - Safeguarding and Family Support Team
Audrington Civic Centre, Aethel Square, Audrington AU1 2PQ

Ms Sian Pryce
14 Alwenny Street
Audrington AU4 6JD

3 March 2026

Dear Sian,

YOUR PLAN FOR FFION AND OSIAN AFTER THE REVIEW CONFERENCE ON 26 FEBRUARY 2026

Thank you for coming to the review conference last Thursday and for being so open about how hard the
last few months have been. The conference decided that Ffion and Osian should stay on child protection
plans under the category of emotional abuse for another six months. I said I would write the plan out
for you in a letter, so that you have it in plain words. When I say "I", I mean me, Carys Morgan, your
social worker. When I say "you", I mean you, Sian.

WHY THE PLANS CONTINUE

Marc left the house in October 2025 after he pushed you down the stairs in front of Ffion. Ffion and
Osian had heard him shouting at you and breaking things for years. Since October there is a
non-molestation order, which runs until 14 August 2026, and Marc has started a programme for men who are
abusive. Things are calmer at home, but Marc turned up outside Osian's school in January, Osian is wetting
the bed most nights, and Ffion has told her friends she "can't relax" in case her dad comes back.

WHAT FFION AND OSIAN TOLD US

Ffion (12), on her own with me on 19 February: "It's better without him. I don't want to see him yet,
maybe one day. I worry about Mum when I'm at school. I want to go to the group thing, but not if anyone
from my class is there." She scored how safe she feels at home as 7 out of 10.

Osian (7), with his teacher Mrs Owen on 20 February: "I miss Dad but I don't like the shouting." He drew
his dad "in a box so he can't get out" and said the best thing about home is "Mam's pancakes".

WHAT YOU TOLD US

You said: "I know I let it go on too long. I'm not having him back. I just want the kids to be kids
again." You asked for help with Osian's bedwetting and for Ffion to have someone to talk to.

WHAT IS BETTER

- There have been no police call-outs to your house since 24 October 2025.
- You have kept every appointment with your IDVA, Leah, and you called 999 straight away in January when
  Marc came to the school.
- Ffion's attendance this term is 97%.
- Your mum, Margaret, collects Osian from school on the days you are at college.

WHAT WE WANT FOR FFION AND OSIAN

1. Ffion and Osian live free from abuse and feel safe at home and at school.
2. Ffion and Osian can talk about what happened and are less worried: Osian has more dry nights and
   Ffion can relax at school.
3. If the children see their dad again, it is safe, supervised, and only if they want it.

WHAT WILL HAPPEN NOW

1. I will visit you and the children every two weeks until the next review conference, and see Ffion and
   Osian each on their own every time - you will get a short summary of each visit within a week, with
   what the children said in their own words.

2. You will not let Marc into the house and will not meet him with the children, as the order says, until
   it ends on 14 August 2026. PC Dylan Rees checks the police log for any call or sighting at your address
   and tells me every Monday.

3. PC Dylan Rees (Audrington neighbourhood policing team) will put a warning marker on your address so that
   any 999 call from it is sent an officer straight away, by 6 March 2026 (he will write to you to
   confirm it and copy the letter to me).

4. Leah Price, your IDVA at Audrington Domestic Abuse Service, will meet you every Thursday morning for six
   weeks from 5 March to go through a safety plan for you and the children. By 16 April she sends me your
   written safety plan, signed by you, with the children's part in it.

5. Marc will go to every session of the 26-week Audrington "Changing Course" programme on Monday
   evenings until 27 July 2026. The programme's facilitator, Gareth Bowen, sends me a report at the end
   of each month saying which sessions Marc attended and whether he is taking responsibility for the
   harm his abuse has done to Ffion and Osian.

6. Audrington Family Contact Centre will supervise Osian's time with his dad on alternate Saturdays,
   10am to 12 noon, from 14 March, for as long as Osian wants to go (Meinir Jones, the centre's
   supervisor, sends me her notes of each session within three working days). Ffion will not see her dad
   until she says she wants to; I will ask her at every visit and write down her answer.

7. Mrs Harpreet Kaur, Ffion's head of year at Audrington High School, will meet Ffion for ten minutes
   every Monday at 8.40am to see how her week is going, and Mrs Kaur e-mails me the week's register every
   Friday, with anything Ffion asks her to pass on.

8. Mrs Eleri Owen, Osian's teacher and the school's ELSA at Aelybryn Primary School, will do six
   weekly ELSA sessions with Osian about feelings and worries, starting on 9 March. She scores Osian's
   "worry thermometer" with him at the first and last sessions and sends me both scores in her summary
   by 24 April.

9. Nia Lloyd at Audrington Domestic Abuse Service will run the Audrington "Young Voices" group that
   Ffion has chosen to go to, on Tuesdays after school for eight weeks from 10 March (no one from Ffion's
   class is in the group). Nia sends me the register each week and Ffion's own end-of-group review at
   the end.

10. You will go to the Freedom Programme at Audrington Domestic Abuse Service on Wednesday mornings for 12
    weeks from 11 March, so that you can help Ffion and Osian talk about what happened at home. Leah gives
    me the register each month and a copy of your certificate at the end.

11. Gwen Thomas, the school nurse, will see Osian and you about his bedwetting by 20 March and start a
    wet/dry chart with him. You fill the chart in each morning; Gwen collects it every four weeks and sends
    me the count of dry nights, which we hope will go up.

12. Audrington Homes will fit new locks, a door chain and a video doorbell by 13 March (job number
    AH-55120). The job sheet you sign comes to me, and I will check the locks and doorbell work at my next
    visit.

13. Your mum, Margaret Pryce, will collect Osian from Aelybryn Primary at 3.15pm on Tuesdays and
    Thursdays while you are at college, until the end of the summer term (17 July). The school's
    collection log shows who collected Osian each day, and Mrs Owen sends it to me with the register every
    Friday.

IF THINGS GO WRONG

- If Marc comes to the house, contacts you or the children other than through the contact centre, or
  turns up at either school, ring 999. The police will arrest him for breaching the order. I (or the
  Emergency Duty Team out of hours) will hold a strategy discussion with the police the same day, and if
  the house is not safe that night you and the children will stay with Margaret or in the Audrington
  Domestic Abuse Service refuge, which Leah will arrange.
- If Margaret cannot collect Osian on a Tuesday or Thursday, she texts you and the school office by 12
  noon, and Osian goes to the school's after-school club (a place is kept for him) until you collect him
  at 5.30pm. If neither Margaret nor you can collect him, the school rings me and I collect him or send
  a family support worker.
- If Osian or Ffion tell anyone that Marc has been in the house, or they see another incident of abuse,
  my manager, Huw Davies, will hold a legal planning meeting within 5 working days. He will do the same if
  Marc's programme reports say he is not taking responsibility by the end of May and he is still seeing
  Osian.

MEETINGS

- Core group every six weeks at Aelybryn Primary School, 3.30pm: 2 April, 14 May and 25 June 2026.
- The next review child protection conference is on 20 August 2026 at 10am at Audrington Civic Centre.

If anything in this letter is wrong or you don't understand it, ring me on 01632 960 418. I will go
through it with Ffion and Osian at my next visit, in words that suit each of them.

Yours sincerely,

Carys Morgan
Social Worker, Safeguarding and Family Support Team
Team manager: Huw Davies

Copies to: Audrington High School, Aelybryn Primary School, Audrington Domestic Abuse Service, PC Dylan
Rees, Audrington Family Contact Centre, Audrington Homes, school nursing team, Marc Pryce (the parts about
him only, through his solicitor).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan with the outcome merged down beside its
#    actions; a "How we will know" column that is often vague or empty.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_avelscombe_merged_outcome_how_we_will_know_ridley.docx",
    "doc_title": "Child Protection Plan - Harper and Jaxon Ridley",
    "split": "tune",
    "actions": 12,
    "check_vmerge": 4,
    "template": "icpc-plan-docx-details-kv-summary-of-concerns-life-for-harper-and-jaxon-observed-parents-and-grandmothers-views-strengths-then-outcome-merged-down-action-lead-timescale-how-we-will-know-table-then-contingency-bullets-review-arrangements",
    "description": (
        "Initial conference plan for a 5-month-old girl and her 2-year-old brother (neglect): their "
        "mother has postnatal depression and was found in bed at midday with the baby in a soaked "
        "nappy and the toddler alone downstairs; the baby has dropped from the 25th to the 9th "
        "centile; the father drives long shifts, and his mother comes two days a week. The plan is a "
        "table with the outcome merged down beside its actions (Outcome / Action / Lead / Timescale / "
        "How we will know). Faults: the perinatal mental health team's weekly visits only support "
        "the mother and review her medication, checked by attendance; the health visitor's "
        "contacts are checked by 'Monitor'; the toddler group by 'Engagement with the group'; the "
        "father's shift change by 'Progress will be reviewed at core group'; the nursery funding "
        "application has '-' and the social worker's unannounced visits an empty cell; and one "
        "outcome describes only a change for the mother."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Avelscombe Council, Children and Families Service. Initial child protection conference held on "
              "15/01/2026 at Avelscombe House. Chair: Deborah Finch."),
        ("kv", [
            ("Children", "Harper Ridley, born 12/08/2025 (5 months); Jaxon Ridley, born 03/11/2023 (2)"),
            ("Address", "9 Amblecroft Walk, Avelscombe AV7 1NH"),
            ("Parents", "Chloe Ridley (Mum, 26) and Ben Ridley (Dad, 29), both living at home"),
            ("Paternal grandmother", "Denise Ridley, Avelscombe (20 minutes away by bus)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Sadia Khan, Avelscombe Children and Families Service (team manager: Mark Tully)"),
            ("Health visitor", "Lucy Bennett, Avelscombe 0-19 Service"),
            ("Perinatal mental health", "Marie Doyle, community psychiatric nurse, Avelscombe Perinatal Mental "
                                        "Health Team"),
            ("GP", "Dr Simon Hartley, Aplinghurst Lodge Surgery"),
        ]),
        ("h1", "Summary of concerns"),
        ("p", "Chloe was diagnosed with postnatal depression in October 2025 and takes sertraline. On 06/01/2026 "
              "Lucy called for a planned visit at 12.30pm. Chloe came to the door in her dressing gown after ten "
              "minutes; she had been in bed all morning. Harper was in her cot in a soaked nappy with dried "
              "milk on her face, and Jaxon was alone downstairs eating dry cereal from the box, with the back "
              "door unlocked and the kitchen knives on the worktop. Harper's weight has fallen from the 25th "
              "centile at 8 weeks to the 9th. Chloe told Lucy: \"Some days I can't get up. I don't feel "
              "anything for her.\" Ben works as a delivery driver from 6am to 8pm, five days a week."),
        ("h1", "Life for Harper and Jaxon"),
        ("p", "Harper is a quiet baby who rarely cries; Lucy and Sadia have seen her lie awake in her cot "
              "without anyone coming to her for long periods, and she did not turn to Chloe's voice. She smiles "
              "and kicks when Denise or Ben picks her up. Jaxon is lively and chatty; he runs to the door when "
              "anyone visits and asked Sadia \"you play with me?\". He has a red nappy rash and was wearing the "
              "same clothes at two visits. At nursery age he is saying about 30 words."),
        ("h1", "What the family say"),
        ("p", "Chloe: \"I want to get better for them. I'm scared if I say how bad it is they'll get taken.\" "
              "Ben: \"I didn't know it was this bad. I'm out all day, I've got to earn.\" Denise: \"I can do "
              "Mondays and Wednesdays. I'd do more but I work the other days.\""),
        ("h1", "Strengths"),
        ("bullets", [
            "Chloe has told professionals honestly how low she feels and agreed to the perinatal team's help.",
            "Ben is a loving dad and bathes the children most evenings.",
            "Denise has helped every Monday and Wednesday since 08/01/2026.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome", "Action", "Lead", "Timescale", "How we will know"],
            "widths": [3.4, 4.8, 3.0, 2.6, 3.2],
            "rows": [
                ["1. Harper and Jaxon are fed, changed and kept safe every day by an adult who is well enough to "
                 "care for them",
                 "Weekly home visits to support Chloe with her low mood and to review her medication",
                 "Marie Doyle, CPN, Avelscombe Perinatal Mental Health Team",
                 "Weekly from 19/01/2026",
                 "Attendance at appointments, recorded by the perinatal team"],
                [V,
                 "Review Chloe's sertraline and how she is sleeping, and write to Sadia after each review",
                 "Dr Simon Hartley, GP",
                 "By 23/01/2026, then every 4 weeks",
                 "GP letter to Sadia after each review"],
                [V,
                 "Come to the house on Mondays and Wednesdays to help with feeds, nappies and Jaxon's lunch",
                 "Denise Ridley (paternal grandmother)",
                 "Mondays and Wednesdays, 9am to 3pm, from 19/01/2026",
                 "Denise fills in the day sheet (feeds, nappies, meals), which Sadia reads at her visits"],
                [V,
                 "Unannounced home visits to see both children and check that the home is safe for a toddler",
                 "Sadia Khan, social worker",
                 "Weekly until the review conference",
                 ""],
                ["2. Harper gains weight, and both children reach their milestones",
                 "Fortnightly health visiting contacts to support Chloe with Harper's feeding and Jaxon's "
                 "routines",
                 "Lucy Bennett, health visitor",
                 "Every two weeks",
                 "Monitor"],
                [V,
                 "Feeding plan for Harper with the infant feeding specialist",
                 "Rachel Okon, infant feeding specialist, Avelscombe 0-19 Service",
                 "First visit by 30/01/2026, then weekly for 4 weeks",
                 "Harper weighed at each visit and back on the 25th centile by the review conference"],
                [V,
                 "Take Jaxon to the Stay and Play group at Avelscombe Family Hub",
                 "Chloe Ridley (Mum)",
                 "Every Friday at 10am from 23/01/2026",
                 "Engagement with the group"],
                [V,
                 "Apply for a funded two-year-old nursery place for Jaxon at Ashlock Street Nursery",
                 "Sadia Khan, social worker",
                 "By 06/02/2026",
                 "-"],
                ["3. Mum's mood will improve and she will feel less alone",
                 "Change his shift pattern so that he is home by 5pm three days a week",
                 "Ben Ridley (Dad)",
                 "From 02/02/2026",
                 "Progress will be reviewed at core group"],
                [V,
                 "Refer Chloe to the Aurora peer support group for mums at Avelscombe Family Hub",
                 "Lucy Bennett, health visitor",
                 "By 30/01/2026",
                 "Letter confirming Chloe's place, copied to Sadia"],
                ["4. Harper and Jaxon are safe if Chloe's mood gets worse, and a decision about their future "
                 "is made in good time",
                 "Write a crisis plan with Chloe and Ben: who Chloe rings, and who looks after the children, "
                 "if she feels she cannot cope",
                 "Sadia Khan, social worker, with Marie Doyle",
                 "By 30/01/2026",
                 "Crisis plan signed by Chloe and Ben; copies on the fridge, with Denise and on file"],
                [V,
                 "Parenting assessment of Chloe and Ben",
                 "Sadia Khan, social worker",
                 "By 27/03/2026",
                 "Assessment report shared with the parents and the core group by 27/03/2026"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Chloe tells anyone she feels she cannot keep the children safe, or either child is found "
            "without an adult watching them, Sadia (or the Emergency Duty Team out of hours) visits the same "
            "day. Denise or Ben will stay with the children, and if neither can, Sadia arranges foster care for "
            "Harper and Jaxon that day. Marie or the perinatal crisis line sees Chloe within 24 hours.",
            "If Denise cannot come on a Monday or Wednesday, she rings Sadia by 9am and Sadia arranges for a "
            "family support worker from Avelscombe Family Hub to be at the house from 10am to 2pm instead.",
            "If Harper falls below the 9th centile, Lucy refers her to the paediatrician at Avelscombe "
            "General Hospital that week and tells Sadia the same day.",
            "If there is not enough progress by the review conference, or Harper loses weight again, Mark Tully "
            "(team manager) will hold a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Review arrangements"),
        ("p", "Core group meetings every four weeks at Avelscombe Family Hub, first on 27/01/2026, then "
              "24/02/2026 and 24/03/2026. Review child protection conference: 09/04/2026 at 10am, Avelscombe "
              "House."),
    ],
    "findings": [
        F("H001", "Weekly home visits to support Chloe with her low mood"),
        F("M001", "Unannounced home visits to see both children and check"),
        F("M002", "Fortnightly health visiting contacts to support Chloe with Harper's feeding"),
        F("M002", "Take Jaxon to the Stay and Play group"),
        F("M001", "Apply for a funded two-year-old nursery place for Jaxon"),
        F("M002", "Change his shift pattern so that he is home by 5pm"),
        F("F002", "Mum's mood will improve and she will feel less alone"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A typed outline (1 / 1.1) with "How we will know, by action number" at
#    the end of the plan; page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_aspinwold_outline_keyed_checks_list_fairweather.pdf",
    "doc_title": "Child Protection Plan - Kayla, Mason and Rosie Fairweather",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Aspinwold Borough Council · Children's Social Care",
    "footer": "Fairweather children · Child protection plan agreed 27/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-kv-details-why-there-is-a-plan-each-childs-words-gary-and-toni-say-going-well-outcomes-then-typed-outline-parts-1-to-4-numbered-items-owner-first-with-times-then-how-we-will-know-by-action-number-list-at-end-then-contingency-meetings",
    "description": (
        "Initial conference plan for three children (12, 8 and 3) of a father who is their sole carer "
        "and works three night shifts a week: the 12-year-old was left in charge overnight and the "
        "3-year-old was found in the street at 6am in her pyjamas; the father's sister sleeps over on "
        "his work nights and takes the youngest to nursery. After each child's words, the father's and "
        "aunt's, what is going well and outcomes for the children, the plan is a typed outline in four "
        "parts whose numbered items say who and when, with 'How we will know, by action number' as a "
        "list at the end. Faults: the keyed list leaves out the dental appointments, which have no "
        "check of their own; it checks the school nurse's health reviews by 'Monitored by the school "
        "nurse' and the health visitor's visits by 'HV to keep an eye on home conditions'; "
        "'Professionals' own passing on concerns about the children being alone; and the contingency "
        "sends the children to their aunt with nothing said if she cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Aspinwold Borough Council, Children's Social Care. Agreed at the initial child protection conference "
              "on 27/01/2026 (chair: Janet Ormerod)."),
        ("kv", [
            ("Children", "Kayla Fairweather (12), Year 7, Ashendry Academy; Mason Fairweather (8), Year 3, and "
                         "Rosie Fairweather (3), nursery class, both at Aspinwold Brook Primary School"),
            ("Home", "27 Avocet Rise, Aspinwold AP5 2GX"),
            ("Dad", "Gary Fairweather (41), sole carer since the children's mum moved to Spain in 2024; "
                    "warehouse operative, night shifts Thursday, Friday and Saturday, 10pm to 6am"),
            ("Aunt", "Toni Fairweather (Gary's sister, 35), Flat 2, 8 Arbelow Court, Aspinwold"),
            ("Category", "Neglect (all three children)"),
            ("Social worker", "Daniel Price, Aspinwold Children's Social Care (team manager: Fiona Reeve)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "At 6.10am on Saturday 29/11/2025 a neighbour found Rosie in the street in her pyjamas, barefoot, "
              "looking for her dad. Gary was at work. Kayla, then 11, was asleep upstairs and had been left in "
              "charge of her brother and sister overnight. Kayla has since told her teacher that this happened "
              "\"every weekend\" from September until Toni started sleeping over in December. Mason and Kayla "
              "are often tired at school on Fridays and Mondays, Rosie has had two chest infections and has "
              "missed her 2-year review, and none of the children is registered with a dentist."),
        ("h1", "What the children say"),
        ("p", "Kayla: \"I'm good at looking after them, I do it all the time. But I get scared when there's "
              "noises. I want Dad to be on days.\" She scored how safe she feels at night at 4 out of 10 before "
              "Toni came and 8 out of 10 now."),
        ("p", "Mason: \"Auntie Toni makes pancakes. I don't like it when Dad's at work because Kayla's bossy.\""),
        ("p", "Rosie, 3, was seen at home and at nursery. She calls Kayla \"my Kay-Kay\" and goes to her, not to "
              "Gary, when she is hurt. Nursery staff say she is often hungry on Monday mornings."),
        ("h1", "What Gary and Toni say"),
        ("p", "Gary: \"I thought Kayla could cope. I know now she's just a kid. I need the nights, they pay "
              "more, but I've asked about days.\" Toni: \"I'll stay over on his nights for as long as it "
              "takes.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Toni has slept over on every one of Gary's work nights since 04/12/2025.",
            "The children are warmly attached to Gary and to each other.",
            "Kayla's attendance is 96% and her teachers say she is a kind, hard-working pupil.",
        ]),
        ("h1", "What we want for the children"),
        ("numbers", [
            "There is always an adult awake and in charge of Kayla, Mason and Rosie at night.",
            "Kayla is a 12-year-old, not her brother's and sister's carer.",
            "The children's health, teeth and development are checked and looked after.",
            "Mason and Rosie are in school and nursery every day, rested and fed.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part 1: Care at night"),
        ("pi", "1.1 Gary will not leave the children without an adult in the house at night, and will text "
               "Daniel his rota every Sunday from 01/02/2026."),
        ("pi", "1.2 Toni will sleep at the house on every one of Gary's work nights (Thursday, Friday and "
               "Saturday) from 29/01/2026 until the review conference."),
        ("pi", "1.3 Gary will ask his employer, in writing, to move him onto day shifts by 13/02/2026."),
        ("pi", "1.4 Professionals will tell Daniel the same day about anything that suggests the children "
               "have been left without an adult at night."),
        ("h2", "Part 2: Health"),
        ("pi", "2.1 Sally Nuttall, health visitor, will visit Rosie at home every month from February and "
               "complete her overdue 2-year review by 27/02/2026."),
        ("pi", "2.2 Claire Benson, school nurse, will do a health review for Kayla and for Mason by "
               "06/03/2026."),
        ("pi", "2.3 Gary will register all three children with Aspinwold Road Dental Practice and take them "
               "to check-ups by 13/03/2026."),
        ("h2", "Part 3: School and nursery"),
        ("pi", "3.1 Mrs Tara Quinn, DSL at Ashendry Academy, will see Kayla every Monday at 8.45am to ask "
               "about her weekend."),
        ("pi", "3.2 Mr Luke Hanlon, DSL at Aspinwold Brook Primary School, will make a first-day call if "
               "Mason or Rosie is not in by 9.15am, every school day."),
        ("pi", "3.3 Toni will take Rosie to nursery and collect her on Friday mornings, from 30/01/2026."),
        ("h2", "Part 4: Social work"),
        ("pi", "4.1 Daniel will visit every two weeks until the review conference, seeing each child on their "
               "own, with one visit a month after 9pm on a night Gary is working."),
        ("pi", "4.2 Daniel will refer Kayla to Aspinwold Young Carers for an assessment by 06/02/2026."),
        ("pi", "4.3 Daniel will complete a parenting assessment of Gary, including his plans for night care, "
               "by 27/03/2026."),
        ("h1", "How we will know, by action number"),
        ("bullets", [
            "1.1: the rota text each Sunday, kept on the case record; at evening visits Daniel sees who is in "
            "charge.",
            "1.2: Toni signs the sleep-over sheet on the kitchen door each morning; Daniel reads it at every "
            "visit.",
            "1.3: a copy of Gary's letter and his employer's reply, given to Daniel.",
            "1.4: each concern logged on the children's case record the same day it is received.",
            "2.1: HV to keep an eye on home conditions.",
            "2.2: Monitored by the school nurse.",
            "3.1: Mrs Quinn writes what Kayla says on CPOMS and e-mails it to Daniel every Monday.",
            "3.2: the register for Mason and Rosie sent to Daniel every Friday; attendance of 95% or more by "
            "the review conference.",
            "3.3: the nursery's signing-in sheet shows Toni's name every Friday.",
            "4.1: visit records within 2 working days, with each child's words.",
            "4.2: the young carers' assessment, sent to Daniel and to school.",
            "4.3: the parenting assessment report shared with Gary and the core group by 27/03/2026.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Gary leaves the children without an adult at night, or Kayla says she has been left in "
            "charge again, Daniel (or the Emergency Duty Team) holds a strategy discussion with the police the "
            "same day, and the children go to stay with Toni at 8 Arbelow Court until the core group meets.",
            "If Rosie misses her 2-year review or has another chest infection that is not seen by the GP, "
            "Sally tells Daniel the same day and visits within 48 hours.",
            "If the children are left without an adult at night again, or the parenting assessment finds that "
            "Gary cannot arrange safe care at night, Fiona Reeve (team manager) will hold a legal planning "
            "meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Aspinwold Brook Primary School, 3.45pm: 10/02/2026, 10/03/2026 "
            "and 07/04/2026.",
            "Review child protection conference: 21/04/2026, 1pm, Aspinwold Town Hall.",
        ]),
    ],
    "findings": [
        F("M001", "register all three children with Aspinwold Road Dental Practice"),
        F("M002", "Claire Benson, school nurse, will do a health review"),
        F("M002", "will visit Rosie at home every month from February"),
        F("W002", "Professionals will tell Daniel the same day"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety plan: safety goals with a "We will know because" line
#    in the goal's own row, numbered next steps under each goal with their
#    own "Sign of success" where the goal's check does not cover them.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_atterholme_signs_of_safety_goal_we_will_know_birch.md",
    "split": "tune",
    "actions": 11,
    "template": "signs-of-safety-cp-plan-md-details-table-danger-statements-what-is-working-well-kians-three-houses-shannons-words-what-the-adults-say-scaling-table-then-safety-goal-tables-with-we-will-know-because-row-keyed-to-steps-and-numbered-next-steps-who-when-sign-of-success-then-if-the-safety-plan-is-not-working-meetings",
    "description": (
        "Exemplary Signs of Safety child protection plan for a 13-year-old girl and a 7-year-old boy "
        "after their mother's then partner hit the boy with a belt, leaving marks seen at school; he "
        "has moved out and is on police bail not to contact the children. Danger statements, what "
        "is working well, the boy's three houses, the girl's words, the adults' views and a scaling "
        "table come before three safety goals. Each goal is a small table whose 'We will know "
        "because' row gives a real check and names the steps it covers (what the children tell the "
        "social worker on their own, written on the visit record; a smiley chart a teacher sends "
        "each Friday; the network's care calendar photographed at every visit), and each numbered "
        "next step gives who and when, and its own 'Sign of success' where the goal's check does not "
        "cover it. The network's evenings have a fallback, the contingency has triggers, police, "
        "named carers and foster care, and a legal planning meeting follows named triggers; core "
        "group and review dates are set."
    ),
    "text": """\
# Atterholme Council - Children's Services

## Signs of Safety child protection plan: Shannon and Kian Birch

| | |
|---|---|
| **Children** | Shannon Birch (13), Year 8, Abbeyholt Academy; Kian Birch (7), Year 2, Allerdown Primary School |
| **Home** | 16 Auberry Close, Atterholme AT2 9WE, with Mum, Stacey Birch (33) |
| **Dad** | Paul Birch, Atterholme; the children stay with him every other weekend |
| **Network** | Mick Hollins (Stacey's dad, "Grandad Mick"); Jade Hollins (Stacey's sister) |
| **Category** | Physical abuse (both children) |
| **Social worker** | Jo Whitaker, Atterholme Children's Services (team manager: Andrew Pike) |
| **Conference** | Initial child protection conference, 22/01/2026 (chair: Maureen Lodge) |

### What we are worried about (danger statements)

- Children's Services, the school and the police are worried that Kian could be hit again by an adult
  who is meant to look after him, and be badly hurt, as he was on 02/01/2026 when Ryan Gaskell hit him
  with a belt and left marks across his legs and back.
- We are worried that Shannon and Kian could go on living with shouting and fear at home, so that Kian
  stays frightened and Shannon keeps trying to protect him and her mum instead of being 13.

### What is working well

- Stacey ended her relationship with Ryan on 03/01/2026 and he moved out that day. He is on police bail
  not to come to the house or contact Stacey or the children until 10/03/2026.
- Stacey took Kian to the school nurse herself when she saw the marks, and told the truth about what
  happened.
- Grandad Mick and Jade have looked after the children on Stacey's late shifts since January.
- Paul has had the children every other weekend for years and they love going.

### What the children say

Kian drew his three houses with Jo at school on 16/01/2026.

- **House of worries:** "Ryan's belt. Shouting. When Mum cries." "If Ryan comes back."
- **House of good things:** "Grandad Mick's chips. Dad's dog. Mum's cuddles. My Lego."
- **House of dreams:** "A puppy. Ryan never comes back. Mum is happy."

Shannon, on her own with Jo on 19/01/2026: "I heard Kian screaming and I couldn't do anything. I'm not
leaving Mum on her own with him again, ever. Ryan was nice at first, that's the thing. I'd rather talk to
someone at school than a counsellor somewhere else." She said she wants "normal stuff, like going to
netball without worrying".

### What the adults say

- **Stacey:** "I should have seen it. I won't ever let him near them again. I'll do whatever course you
  want."
- **Paul:** "I'll have them whenever I'm needed. I just want them safe."
- **Grandad Mick:** "Tuesdays and Thursdays are mine. That's not changing."

### Scaling (0 = the children will be hurt again, 10 = everyone is sure they are safe enough to close the plan)

| Person | Score | Why |
|---|---|---|
| Stacey | 8 | "He's gone and he's not coming back." |
| Shannon | 6 | "Only because of the bail thing." |
| Jo (social worker) | 4 | The bail ends on 10/03/2026, and Ryan has come back after splitting up twice before. |
| Mrs Ahmed (school) | 5 | Kian is calmer but jumps when adults raise their voices. |

### Safety goals and next steps

#### Safety goal 1: Shannon and Kian are not hurt at home, and Ryan does not come to the house or contact them

| | |
|---|---|
| **We will know because** | For steps 1.1 and 1.2: Shannon and Kian each tell Jo, on their own at every visit, whether Ryan has been to the house or been in touch, and Jo writes their own words on the visit record; no police call-outs to 16 Auberry Close. |

**1.1** Stacey will not let Ryan into the house or near the children, will not pass on any message from
him, and will ring 999 if he comes to the house.
- Who: Stacey
- When: every day, for as long as the plan lasts (not only while the bail lasts)

**1.2** Jo will visit every two weeks and see Shannon and Kian each on their own, at home or at school.
- Who: Jo Whitaker (social worker)
- When: every two weeks until the review conference

**1.3** DC Amy Lomas will tell Jo and Stacey the same day about any change to Ryan's bail and about the
charging decision.
- Who: DC Amy Lomas, Atterholme Police Public Protection Unit
- When: charging decision expected by 10/03/2026; any change the same day
- Sign of success: DC Lomas's update e-mail to Jo, and Jo's note of the date and time Stacey was told

**1.4** Jo and Stacey will make a "words and pictures" story with Shannon and Kian about what happened
and why there is a plan.
- Who: Jo Whitaker, with Stacey
- When: by 27/02/2026
- Sign of success: each child keeps their own copy; at the next visit Jo asks each of them what their
  story says and writes down what they tell her

#### Safety goal 2: Shannon and Kian are looked after by adults who stay calm and never use physical punishment

| | |
|---|---|
| **We will know because** | For steps 2.1 and 2.2: Kian's Friday smiley chart, sent to Jo each week by Mrs Ahmed, shows home as "happy" or "OK" every week; Jo sees the house rules on the fridge and asks the children how they are working. |

**2.1** Stacey will write house rules with Shannon and Kian (no hitting, no shouting at each other, a
calm-down spot for everyone, including Mum) and put them on the fridge.
- Who: Stacey
- When: by 13/02/2026, then checked with the children at every visit

**2.2** Mrs Nadia Ahmed will do a Friday check-in with Kian: he colours in his smiley chart for how home
was that week and tells her why.
- Who: Mrs Nadia Ahmed, Kian's class teacher, Allerdown Primary School
- When: every Friday at 2pm

**2.3** Stacey will go to the "Atterholme Calmer Families" parenting course at the Family Hub.
- Who: Stacey
- When: 10 Thursday mornings from 05/02/2026
- Sign of success: the course leader's end-of-course letter to Jo saying which sessions Stacey came to
  and how she has used the calm-down and praise strategies with the children at home

**2.4** Mr Tom Reid, pastoral lead, will see Shannon for a weekly talk at school about what happened and
how she feels, as she asked.
- Who: Mr Tom Reid, pastoral lead, Abbeyholt Academy
- When: every Wednesday, period 5, from 28/01/2026 until the review conference
- Sign of success: Shannon gives her worry score (0 to 10) at the start of each talk; Mr Reid records it
  and sends Jo the scores every half term, and he tells Jo the same day if Shannon says anything about
  Ryan

#### Safety goal 3: whenever Stacey is at work, the children are with a safe adult from their network

| | |
|---|---|
| **We will know because** | For steps 3.1 to 3.3: the care calendar on the kitchen wall shows who had the children each evening and weekend, initialled by that adult; Jo photographs it at every visit and puts it on the children's file. |

**3.1** Grandad Mick will collect Kian from after-school club at 5.30pm and give both children their tea
at his house until Stacey picks them up.
- Who: Mick Hollins (Grandad Mick)
- When: every Tuesday and Thursday while Stacey works late (until 8pm)

**3.2** Jade will have Shannon and Kian at her flat on Wednesday evenings.
- Who: Jade Hollins (aunt)
- When: every Wednesday, 4pm to 8.30pm, from 28/01/2026

**3.3** Paul will have the children every other weekend, and text Jo when they arrive and when they are
home.
- Who: Paul Birch (Dad)
- When: every other weekend, Friday 6pm to Sunday 5pm

### If the safety plan is not working

- **If Ryan comes to the house, contacts the children or Stacey, or is seen near either school:** Stacey
  (or the school) rings 999. Jo, or the Emergency Duty Team out of hours, holds a strategy discussion with
  the police the same day. If Stacey has let Ryan in, the children stay with Grandad Mick that night; if
  he cannot have them, with Paul; if neither can, Jo or the Emergency Duty Team finds a foster placement
  that night.
- **If Grandad Mick or Jade cannot do their evening:** they tell Stacey and Jo by 12 noon. Stacey leaves
  work at 3pm that day (her manager at Alderwood Care Home has agreed to this), or Paul collects the
  children from school; if neither can, Kian stays at after-school club until 6pm and Jo arranges for a
  family support worker to be with the children until Stacey is home.
- **Legal planning:** if Kian or Shannon is hurt by any adult at home, or Stacey lets Ryan back into the
  house, Andrew Pike (team manager) will hold a legal planning meeting within 5 working days.

### Meetings

- Core group (with the network) every four weeks at Allerdown Primary School, 4pm: 05/02/2026,
  05/03/2026 and 02/04/2026.
- Review child protection conference: 16/04/2026 at 10am, Atterholme Civic Centre.

Plan written with Stacey, Paul, Grandad Mick and Jade on 23/01/2026. Jo will go through the safety goals
with Shannon and with Kian, in words and pictures, at her next visit.
""",
    "findings": [],
})
