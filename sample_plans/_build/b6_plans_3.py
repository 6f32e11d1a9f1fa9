"""Batch 6, module 3: eight fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
import textwrap

from build_batch5 import F, V

PLANS = []


def _fixed_width(rows, widths, gap=3):
    """Lay rows out as a case-system print: fixed-width columns separated by
    runs of spaces, each cell wrapped onto continuation lines."""
    out = []
    for row in rows:
        cells = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths)]
        for i in range(max(len(c) for c in cells)):
            parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths)]
            out.append((" " * gap).join(parts).rstrip())
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 1. Review child protection plan in the common English template
#    (Details / Reasons / child's views / Outcomes / action table /
#    Contingency / Core group and review). Exemplary. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_rennisham_rcpc_template_brennan.docx",
    "doc_title": "Child Protection Plan - Tyler Brennan",
    "split": "tune",
    "template": "common-english-rcpc-template",
    "description": (
        "Exemplary first-review child protection plan for a 9-year-old (domestic abuse, father on bail) in "
        "the common English template: Details, Reasons for the plan, 'Hearing from Tyler', Outcomes for "
        "Tyler, an Action | Lead person | Timescale | Measure of success table, a specific contingency that "
        "covers the grandmother's help failing, core group dates, review date and a legal planning step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rennisham Borough Council – Children's Services – Safeguarding Team 2"),
        ("h1", "Details"),
        ("kv", [
            ("Child", "Tyler Brennan, born 19/10/2015 (9 years), Year 5 at Copperfield Lane Primary School"),
            ("Lives with", "Kerry Brennan (mother), 22 Beckett Road, Rennisham"),
            ("Father", "Shane Lowther, lives at 4 Mill Court, Rennisham; bail conditions not to contact "
                       "Kerry or attend Beckett Road"),
            ("Conference", "Review child protection conference, 12/05/2025 (initial conference 17/02/2025)"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Priya Chauhan (SW), Safeguarding Team 2, tel. 01632 960 418"),
            ("Conference chair", "Martin Ellery (IRO)"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Tyler became subject to a child protection plan in February after the police were called to "
              "Beckett Road three times in December and January because of Shane's violence towards Kerry. On "
              "9 January Tyler rang 999 himself and officers found him hiding under his bed. Shane has been "
              "charged with assault; his trial is listed for July and his bail conditions end if the case is "
              "dropped or he is acquitted."),
        ("p", "Since the initial conference Kerry has worked with the IDVA, changed the locks and kept every "
              "appointment. Tyler's attendance is back up to 96%. The conference agreed the plan should "
              "continue because Tyler told his teacher in March that \"Dad came round when Mum was at work\" "
              "and Kerry let Shane in to collect some belongings, Tyler still wets the bed most nights, and he "
              "becomes very anxious at school when he hears raised voices."),
        ("h1", "Hearing from Tyler"),
        ("p", "I saw Tyler on his own at school on 6 May and we did his \"worry scale\" together. He put "
              "himself at 6 out of 10 at home (\"better than before, when it was 1\") and 8 at school. He said "
              "he feels safest \"when the doors are locked and it's just me and Mum and the cat\". He misses his "
              "dad and wants to keep seeing him \"but only at the centre with the lady there\". He said he "
              "gets scared at night and that the bedwetting makes him \"feel like a baby\", and he would like "
              "help with it without his friends knowing. He likes going to Nan's on Tuesdays and Thursdays "
              "because \"she does proper tea and lets me do the garden\"."),
        ("h1", "Outcomes for Tyler"),
        ("bullets", [
            "Tyler lives at home without violence or shouting between adults, and Shane only sees him at the "
            "contact centre.",
            "Tyler knows who his safe adults are and what to do if he is frightened, and says he feels safe "
            "at home (7 or more on his worry scale).",
            "Tyler sleeps through and is dry on most nights, and is calm and settled in class.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Lead person", "Timescale", "Measure of success"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Visit Tyler at home and at school, see him on his own, and use his worry scale to record how "
                 "safe he feels",
                 "Priya Chauhan (SW)",
                 "Every 2 weeks; next visit 19/05/2025",
                 "Visit records show Tyler seen alone at every visit and his worry-scale score written down"],
                ["Complete the remaining Safe Steps sessions with Tyler about what happened at home and who he "
                 "can tell",
                 "Leanne Okoro, children's domestic abuse worker, Rennisham Women's Aid",
                 "Weekly on Wednesdays; sessions 4 to 8 finished by 02/07/2025",
                 "Session notes shared with the SW; by session 8 Tyler can name three safe adults and has his "
                 "own written safety plan"],
                ["Check in with Tyler at the start of each school week and pass on anything he says about home",
                 "Jo Harland, DSL, Copperfield Lane Primary",
                 "Every Monday morning",
                 "Check-in log emailed to the SW each Friday; any disclosure passed to the SW the same day"],
                ["Assess Tyler's bedwetting, set him up with an alarm and a wet/dry chart, and see him privately "
                 "in school",
                 "Bernadette Quaye, school nurse",
                 "Assessment by 30/05/2025, then every 6 weeks",
                 "Wet/dry chart counted at each review; 5 dry nights out of 7 by the next review conference"],
                ["Update Kerry's safety plan with her, including what Tyler should do and who he rings if Shane "
                 "comes to the house",
                 "Amira Sheikh, IDVA, Rennisham Women's Aid",
                 "By 30/05/2025, then monthly",
                 "Signed safety plan on file; the SW goes through Tyler's part with him at the next visit"],
                ["Keep the doors locked, do not let Shane into the house or garden, and ring 999 if he comes",
                 "Kerry Brennan (mother)",
                 "Every day, from 12/05/2025",
                 "No sightings of Shane at Beckett Road reported by Tyler, school or neighbours; police log "
                 "checked by the SW before each core group"],
                ["Complete the Moving Forward domestic abuse perpetrator programme",
                 "Shane Lowther, with Dev Patel, Reach Forward programme worker",
                 "Start by 09/06/2025; 24 weekly sessions",
                 "Attendance record and mid-point report sent to the SW before the next review conference"],
                ["Supervised contact between Tyler and his dad at Hollybank Contact Centre",
                 "Hollybank Contact Centre supervisor (booked by the SW)",
                 "Fortnightly, Saturdays 10am to 11.30am",
                 "Contact notes sent to the SW within 2 working days; the SW asks Tyler how contact went at the "
                 "next visit"],
                ["Keep the warning marker on Beckett Road and tell the SW about any call-out",
                 "PC Gareth Nolan, Rennisham Police Safeguarding Hub",
                 "Same working day as any call-out",
                 "Call-outs appear on the police notification sent to the SW"],
                ["Collect Tyler from school and give him his tea while Kerry is at work",
                 "Maureen Brennan (maternal grandmother)",
                 "Every Tuesday and Thursday",
                 "School collection book signed by Maureen each time"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Shane comes to Beckett Road, contacts Kerry or Tyler, or Tyler says he has been at the house, "
              "Kerry will ring 999 and the police will act on the bail breach. The SW, or the emergency duty "
              "team out of hours, will hold a strategy discussion with the police the same day, and Tyler will "
              "stay with Maureen Brennan at 7 Orchard Way until it has taken place."),
        ("p", "If Maureen cannot collect Tyler on a Tuesday or Thursday, Kerry will book him into the school's "
              "after-school club, which has agreed to take him at short notice, and tell the SW the same day. If "
              "Maureen is unable to have Tyler after a 999 call, he will be placed with approved foster carers "
              "that night."),
        ("p", "If Kerry lets Shane into the house again, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every 6 weeks, at Copperfield Lane Primary at 3.30pm, on 26/06/2025 and 07/08/2025.",
            "Next review child protection conference: 10/11/2025, 10am, Rennisham Civic Offices.",
            "If Tyler's worry-scale scores and the police log show no progress by the core group on "
            "07/08/2025, the SW will request a legal planning meeting.",
        ]),
        ("p", "Plan agreed at the review conference on 12/05/2025. Copies to Kerry, Shane (actions for him only), "
              "and every member of the core group."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan whose timescales are mostly events and relative times, PDF with a
#    header and a "Page N of M" footer on every page. A few faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_strandlow_event_timescales_thorne.pdf",
    "doc_title": "Initial Child Protection Plan - Baby Maisie Thorne",
    "split": "tune",
    "template": "event-relative-timescales-paged",
    "description": (
        "Initial child protection plan for a premature baby still on the neonatal unit (father's cannabis "
        "use and past violence; not looked after), with timescales that are mostly events and relative "
        "times ('before the baby is discharged', 'within 10 working days of conference', 'at each home "
        "visit', 'every contact', 'by the RCPC on 14/08'), and a header and page footer on every page. "
        "Faults: 'as and when the family are ready', 'All professionals', an 'Engagement' measure and a "
        "blank measure."
    ),
    "header": "OFFICIAL – SENSITIVE | Strandlow Borough Council | Children's Social Care",
    "footer": "ICPC plan – Baby Maisie Thorne – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("kv", [
            ("Child", "Maisie Thorne, born 22/05/2025 at 34 weeks, Neonatal Unit, Strandlow General Hospital"),
            ("Mother", "Jade Thorne (19), 14 Harrow Walk, Strandlow"),
            ("Father", "Connor Ashby (22), lives with Jade"),
            ("Initial child protection conference", "04/06/2025, held at Strandlow General Hospital"),
            ("Category", "Neglect (risk of)"),
            ("Allocated social worker", "Callum Reyes (SW), Strandlow Safeguarding Team"),
            ("Legal status", "Maisie is not looked after. Jade and Connor share parental responsibility and "
                             "have agreed to this plan."),
        ]),
        ("h1", "Why Maisie needs a plan"),
        ("p", "Jade is a care leaver and went to two of her nine antenatal appointments. Connor smokes cannabis "
              "every day and has a conviction from 2023 for assaulting a previous partner. Since Maisie was "
              "born the parents have visited the unit on 7 of 13 days, and on 30 May nursing staff smelt "
              "cannabis on Connor while he was holding Maisie. Jade told the SW that she has no cot or "
              "steriliser yet and that the flat is cold."),
        ("h1", "Maisie's world – what we have seen"),
        ("p", "Maisie is 2 weeks old and weighs 2.06kg. She is fed by tube and bottle every three hours and is "
              "learning to take full bottle feeds. Nurses see her settle quickly during skin-to-skin with Jade "
              "and startle and cry when voices on the bay are raised. On the days her parents do not come, "
              "nurses give all her feeds and cuddles. On 2 June the SW watched Jade change Maisie's nappy "
              "gently, talking to her the whole time; Connor held her for ten minutes and then left for a "
              "cigarette."),
        ("h1", "What needs to be different for Maisie"),
        ("bullets", [
            "Maisie goes home only when her parents can feed her, keep her warm and put her down to sleep "
            "safely, and she keeps gaining weight after discharge.",
            "Maisie is never cared for by an adult who is under the influence of cannabis.",
            "Maisie lives in a home where there is no violence and she is seen by a professional every week.",
        ]),
        ("pagebreak",),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Visit Maisie on the unit and watch Jade and Connor feeding, changing and settling her",
                 "Callum Reyes (SW)",
                 "Twice a week until discharge, then weekly at home",
                 "Observation notes on Maisie's file after every visit"],
                ["Record when the parents visit and which cares each of them gives Maisie",
                 "Rosa Lindqvist, neonatal ward sister",
                 "Every contact",
                 "Visiting and cares chart emailed to the SW every Friday"],
                ["Hold a discharge planning meeting and write Maisie's discharge plan",
                 "Anita Bose, neonatal discharge coordinator",
                 "Before the baby is discharged",
                 "Signed discharge plan copied to the HV, GP and SW before Maisie leaves the unit"],
                ["Go through safe sleep, the ICON coping-with-crying advice and making up feeds with both "
                 "parents",
                 "Neonatal outreach nurse Dee Carmody",
                 "Before the baby is discharged",
                 "Both parents sign the safe sleep and ICON checklist; Jade makes up a feed while observed"],
                ["Help Jade and Connor set up the cot, steriliser and heating at the flat",
                 "Leah Morton, family support worker",
                 "Before the baby is discharged",
                 ""],
                ["Assess Connor's cannabis use, agree a treatment plan and start drug testing",
                 "Strandlow Recovery Partnership, key worker Tom Fairweather",
                 "Within 10 working days of conference",
                 "Assessment and first test results shared at the next core group"],
                ["Weigh Maisie, check her sleeping space and ask the parents how feeds are going",
                 "Nadia Crowe (HV)",
                 "First visit within 48 hours of discharge, then at each home visit (weekly)",
                 "Weight plotted in the red book; safe sleep checklist completed at each home visit"],
                ["Parenting assessment of Jade and Connor, including how they manage Maisie's care at home",
                 "Callum Reyes (SW)",
                 "Start within 10 working days of conference; complete by the RCPC on 14/08",
                 "Written assessment shared with the parents and the core group a week before the RCPC"],
                ["Share the details of Connor's 2023 conviction and any call-outs to Harrow Walk",
                 "DC Helen Marsh, Strandlow Police Public Protection Unit",
                 "At the next core group, then the same day as any call-out",
                 "Police information recorded in the core group notes; call-outs notified to the SW"],
                ["Connor to go to the Dads Matter group at Harrow Walk Family Centre",
                 "Connor Ashby",
                 "Every Tuesday from 17/06/2025",
                 "Engagement"],
                ["Arrange a family group conference with Jade's aunt and Connor's mother to plan support",
                 "Mo Shah, FGC coordinator",
                 "As and when the family are ready",
                 "FGC family plan shared with the core group"],
                ["Tell the SW the same day about any missed visits or worrying handling of Maisie",
                 "All professionals",
                 "Every contact",
                 "Concern recorded on Maisie's file with the date and the action taken"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jade and Connor do not visit the unit for 48 hours, Connor is seen under the influence of "
              "cannabis on the unit or at home, or the parents refuse a home visit after discharge, the SW "
              "(or the emergency duty team out of hours) will hold a strategy discussion the same day. Maisie "
              "will not be discharged home until it has taken place, and after discharge she will be placed "
              "with approved foster carers that day if either parent is under the influence while caring for "
              "her. If there is any violence at the flat the police will be called and Jade and Maisie will "
              "go to the Strandlow Refuge, which has agreed to take them. The SW will request a legal planning "
              "meeting (PLO) within 5 working days of any of these."),
        ("h1", "Core group and review"),
        ("p", "First core group within 10 working days of conference: 13/06/2025, 2pm, Neonatal Unit "
              "parents' room. Then every 4 weeks: 11/07/2025 and 08/08/2025. Review child protection "
              "conference: 14/08/2025, 1.30pm, Strandlow Civic Centre. If the parenting assessment shows "
              "that Jade and Connor are not making enough progress by the RCPC, the team manager will request "
              "a legal planning meeting."),
    ],
    "findings": [
        F("M001", "Help Jade and Connor set up the cot, steriliser"),
        F("M002", "Connor to go to the Dads Matter group"),
        F("T002", "Arrange a family group conference with Jade's aunt"),
        F("W002", "Tell the SW the same day about any missed visits"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan written in prose paragraphs under themed headings, no tables and
#    no bullets; concrete and hedged/passive commitments mixed. (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_tarnholme_prose_themes_callaghan.md",
    "split": "tune",
    "template": "prose-themed-paragraphs",
    "description": (
        "Child protection plan for a 6-year-old and a 2-year-old (neglect, mother's drinking) written "
        "entirely in prose paragraphs under themed headings, one action per sentence. Mixes concrete "
        "commitments with a passive referral, a passive 'kept an eye on', an aunt who will help 'when she "
        "can', 'as soon as possible' and a hope with no measure; an adult-only outcome; an aunt and a "
        "grandad carry part of the plan and the contingency sends the children to the same aunt; no legal "
        "step."
    ),
    "text": """\
# Tarnholme Council – Children's Services

## Child Protection Plan: Jacob and Poppy Callaghan

This is the plan agreed at the initial child protection conference on 3 June 2025
for Jacob Callaghan, who is 6 and in Year 1 at Tarnholme Primary School, and his
sister Poppy Callaghan, who is 2 and goes to Little Owls Nursery. They live with
their mum, Siobhan Callaghan, at 9 Fellgate Close. Their dad has not been in
touch since 2023. The children are subject to plans under the category of
neglect, and their social worker is Kate Oduya.

## Why there is a plan

Siobhan has been drinking heavily since her mum died last autumn. Jacob has been
late or absent on 31 days this school year, and on four mornings in May he came
to school without breakfast and in wet trousers. On 16 May a neighbour called
the police because Poppy was crying at an open upstairs window at 9pm; Siobhan
was asleep downstairs and the officers found empty vodka bottles in the kitchen.
Poppy has not had her two-year review and Jacob needs two fillings.

## What Jacob and Poppy have told us and shown us

Kate saw Jacob on his own at school on 29 May. He said Mummy is "sleepy a lot"
and that he makes Poppy's breakfast "with the cereal and the milk". He said the
best thing is when Auntie Aoife takes them to the park, and the worst thing is
"when Mummy is cross and then sad". He drew his house with himself and Poppy in
the same bed. Poppy's key worker at nursery says she is a cheerful little girl
who eats everything at lunch, often has a very full nappy when she arrives, and
says only a few words.

## What we want to be different for the children

We want Jacob and Poppy to be looked after every day by an adult who is sober
and awake, to have breakfast, clean clothes and a bedtime, and to be at school
and nursery on time. We want Poppy's health and development checks to be up to
date and Jacob's teeth to be treated so that he is not in pain. We want
Siobhan to stop drinking and feel better in herself.

## What will happen

### Keeping the children safe at home

Kate Oduya, the social worker, will visit the family home every week, with at
least one unannounced visit each fortnight, and will see Jacob on his own each
time and write down what she sees in the kitchen and the children's bedroom on
her visit notes. Siobhan has agreed that she will not drink while she is caring
for the children and will blow into the breathalyser that Kate brings at every
visit, with each reading recorded on the visit notes. Aoife Brady, the
children's aunt, has said she will try to have Jacob and Poppy for tea and a
bath when she can. A referral will be made to the Family Support Service for
help with routines and meals.

### School and nursery

Mr Dean Ferris, the designated safeguarding lead at Tarnholme Primary, will
check Jacob's attendance, lunch and clothes every morning and email a summary
to Kate every Friday. Liam Brady, the children's grandad, will walk Jacob to
school every Monday and Friday, and the school register will show that Jacob
arrived by 8.50am on those days. Gemma Stott, the manager of Little Owls
Nursery, will increase Poppy's place to five mornings a week from 16 June 2025
and send Kate a note of Poppy's attendance and any nappy or hunger worries
each week.

### Health

Ruth Penhale, the health visitor, will see Poppy at home by 27 June 2025 to
do her two-year review and will share the ASQ scores and Poppy's weight with
the core group. Siobhan will take Jacob to the dentist to have his fillings
done as soon as possible. Poppy's speech will be kept an eye on.

### Siobhan's drinking

The Tarnholme Drink Wise service will assess Siobhan by 20 June 2025 and send
Kate a written update on her drinking, with her breathalyser and blood test
results, before each core group. It is hoped that Siobhan will go to the SMART
Recovery group on Thursday evenings.

## If the plan is not working

If Siobhan is found to have been drinking while she is looking after Jacob and
Poppy, or a breathalyser reading at a visit is above zero, Kate will arrange
for the children to stay with their aunt Aoife that night and will hold a
strategy discussion with the police and health the next working day. If there
is no real change by the review conference, the plan will be looked at again
and other options discussed.

## Meeting to check the plan

The core group will meet every four weeks, starting on 19 June 2025 at 3.30pm
at Tarnholme Primary School, and the review child protection conference will
be held on 2 September 2025 at Tarnholme Civic Hall.

Plan written by Kate Oduya, Social Worker, 4 June 2025.
""",
    "findings": [
        F("F002", "We want Siobhan to stop drinking and feel better in herself"),
        F("T002", "have Jacob and Poppy for tea and a bath when she can"),
        F("M001", "have Jacob and Poppy for tea and a bath when she can"),
        F("W001", "A referral will be made to the Family Support Service"),
        F("T001", "A referral will be made to the Family Support Service"),
        F("M001", "A referral will be made to the Family Support Service"),
        F("T002", "Siobhan will take Jacob to the dentist to have his fillings"),
        F("M001", "Siobhan will take Jacob to the dentist to have his fillings"),
        F("W001", "Poppy's speech will be kept an eye on."),
        F("T001", "Poppy's speech will be kept an eye on."),
        F("M002", "Poppy's speech will be kept an eye on."),
        F("M001", "Siobhan will go to the SMART Recovery group on Thursday evenings"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Upper-case case-system export with fixed-width columns separated by runs
#    of spaces and wrapped continuation lines. Some faults. (txt)
# ---------------------------------------------------------------------------
_VENNOCK_ROWS = [
    ["NO", "ACTION", "RESPONSIBLE", "TIMESCALE", "OUTCOME MEASURE"],
    ["--", "------", "-----------", "---------", "---------------"],
    ["1", "HOME VISITS TO SEE KAI AND MADDISON, SEE BOTH CHILDREN ALONE AND CHECK BEDROOMS AND FOOD",
     "SW H BAINES", "EVERY 10 WORKING DAYS",
     "VISIT RECORDS SHOW BOTH CHILDREN SEEN ALONE; HOME CONDITIONS SCORE RECORDED EACH VISIT"],
    ["2", "SUPPORT VISITS TO DONNA RE LOW MOOD AND MEDICATION",
     "CMHT CARE CO-ORD S OYELARAN", "FORTNIGHTLY",
     "DONNA'S MOOD IS STABLE"],
    ["3", "ALCOHOL ASSESSMENT AND STRUCTURED TREATMENT FOR DONNA",
     "VENNOCK RECOVERY SERVICE (KEYWORKER J MAHON)", "ASSESSMENT BY 16/06/2025 THEN WKLY",
     "ATTENDANCE AND BREATH TEST RESULTS SENT TO SW MONTHLY"],
    ["4", "KAI TO BE OFFERED A YOUNG CARERS ASSESSMENT",
     "", "BY 30/06/2025",
     "ASSESSMENT REPORT AND SUPPORT PLAN COPIED TO SW"],
    ["5", "DAILY CHECK OF MADDISON'S ATTENDANCE, PRESENTATION AND LUNCH",
     "DSL MRS P OKONKWO, VENNOCK ROAD PRIMARY", "DAILY",
     "WEEKLY EMAIL TO SW WITH ATTENDANCE % AND ANY CONCERNS"],
    ["6", "CHECK KAI'S ATTENDANCE AND WHO HE SPENDS TIME WITH AT AND AFTER SCHOOL",
     "HEAD OF YEAR MR L GRANT, VENNOCK ACADEMY", "WEEKLY",
     "MONITORED"],
    ["7", "SHARE ANY INFO ABOUT KAI GOING MISSING OR BEING OUT LATE",
     "ALL AGENCIES", "SAME DAY",
     "MISSING EPISODES LOGGED ON CARELINK WITHIN 24 HRS"],
    ["8", "KAI TO WORK WITH YOUTH WORKER ON EXPLOITATION RISK (6 SESSIONS)",
     "TARGETED YOUTH SUPPORT - A FENWICK", "ONGOING",
     ""],
    ["9", "GP TO REVIEW DONNA'S ANTIDEPRESSANT AND SEE HER MONTHLY",
     "GP DR R SINGH, CASTLE ST SURGERY", "FIRST REVIEW BY 20/06/2025, THEN MONTHLY",
     "GP LETTER TO SW AFTER EACH REVIEW"],
    ["10", "KAI HOME BY 9PM ON SCHOOL NIGHTS; MUM TO RING POLICE IF HE IS NOT HOME BY 10PM",
     "DONNA KERR (MUM)", "EVERY NIGHT",
     "HOME TIMES WRITTEN IN DIARY AND SEEN BY SW AT EACH VISIT; MISSING REPORTS MADE"],
    ["11", "DIRECT WORK WITH MADDISON (WORRIES AND FEELINGS) USING 'MY THREE HOUSES'",
     "SW H BAINES", "MONTHLY, FIRST BY 13/06/2025",
     "MADDISON'S DRAWINGS AND WORDS ADDED TO THE PLAN FOR EACH CORE GROUP"],
]

PLANS.append({
    "name": "b6_vennock_caps_fixed_width_kerr.txt",
    "split": "tune",
    "template": "upper-case-fixed-width-export",
    "description": (
        "Upper-case case-system print of a review plan for a 13-year-old and an 8-year-old (mother's "
        "depression and drinking, risk of exploitation) with fixed-width columns separated by runs of "
        "spaces and wrapped continuation lines. A CMHT row that only supports with 'mood is stable', a "
        "blank responsible cell, 'MONITORED', 'ALL AGENCIES', 'ONGOING' with a blank measure, and a "
        "contingency that only considers a strategy discussion (legal step in a separate escalation line)."
    ),
    "text": """\
VENNOCK METROPOLITAN BOROUGH COUNCIL                           CHILDREN'S SERVICES
CARELINK V4.2        CHILD PROTECTION PLAN - PRINT         PRINTED 02/06/2025 11:47
USER: HBAINES                                                         PAGE 1 OF 1
====================================================================================================

CHILD 1:        KAI KERR              DOB 14/02/2012 (13Y)   CARELINK ID 802213
CHILD 2:        MADDISON KERR         DOB 30/08/2016 (8Y)    CARELINK ID 802214
PARENT:         DONNA KERR (MOTHER)   17 LOWGATE RISE, VENNOCK
PLAN TYPE:      CHILD PROTECTION - REVIEW (RCPC HELD 28/05/2025)
CATEGORY:       NEGLECT
LEAD SW:        HELEN BAINES          TEAM: VENNOCK EAST CP TEAM

----------------------------------------------------------------------------------------------------
SECTION 1 - REASONS FOR PLAN
----------------------------------------------------------------------------------------------------
MUM HAS A LONG HISTORY OF DEPRESSION AND SINCE JAN 2025 IS DRINKING MOST DAYS (SELF REPORT
UP TO 2 BOTTLES WINE). KAI HAS BEEN REPORTED MISSING X3 SINCE MARCH, FOUND ON 2 OCCASIONS
WITH OLDER YOUTHS AT THE RETAIL PARK AFTER MIDNIGHT. KAI DOING MOST OF THE SHOPPING AND
GETTING MADDISON TO SCHOOL. HOME CONDITIONS POOR ON 4 OF 6 VISITS. SOME PROGRESS SINCE
ICPC: MUM HAS SEEN GP AND STARTED SERTRALINE.

----------------------------------------------------------------------------------------------------
SECTION 2 - CHILD'S VIEWS
----------------------------------------------------------------------------------------------------
KAI (SEEN ALONE 21/05/25 AT SCHOOL): SAID "I'M NOT A KID, I CAN LOOK AFTER MYSELF". SAID HE
GOES OUT BECAUSE "HOME IS BORING AND MUM'S ALWAYS IN BED". ADMITTED HE WORRIES ABOUT MUM
AND ABOUT WHO LOOKS AFTER MADDISON WHEN HE IS OUT. WANTS HIS XBOX BACK AND TO STAY AT HOME.
MADDISON (SEEN ALONE 22/05/25 AT SCHOOL): SAID SHE LIKES SCHOOL DINNERS AND HER TEACHER. SAID
SHE GETS SCARED WHEN KAI IS NOT HOME AT NIGHT. WANTS MUM "TO GET UP AND DO MY HAIR".

----------------------------------------------------------------------------------------------------
SECTION 3 - OUTCOMES FOR THE CHILDREN
----------------------------------------------------------------------------------------------------
1. KAI IS HOME AND SAFE EVERY NIGHT AND IS NOT SPENDING TIME WITH ADULTS WHO COULD EXPLOIT HIM.
2. KAI AND MADDISON ARE CARED FOR BY A SOBER ADULT, HAVE FOOD IN THE HOUSE AND CLEAN CLOTHES.
3. MADDISON GETS TO SCHOOL ON TIME AND KAI DOES NOT HAVE TO CARE FOR HER OR FOR MUM.

----------------------------------------------------------------------------------------------------
SECTION 4 - ACTION PLAN
----------------------------------------------------------------------------------------------------
""" + _fixed_width(_VENNOCK_ROWS, [3, 38, 22, 18, 34]) + """
----------------------------------------------------------------------------------------------------
SECTION 5 - CONTINGENCY
----------------------------------------------------------------------------------------------------
IF THINGS DETERIORATE OR FURTHER CONCERNS ARE RAISED A STRATEGY DISCUSSION WILL BE CONSIDERED
AND THE PLAN REVIEWED BY THE CORE GROUP.

ESCALATION: IF THERE IS NO PROGRESS ON HOME CONDITIONS AND KAI'S MISSING EPISODES BY THE NEXT
RCPC, SW TO REQUEST A LEGAL PLANNING MEETING (LEGAL GATEWAY PANEL).

----------------------------------------------------------------------------------------------------
SECTION 6 - CORE GROUP / REVIEW
----------------------------------------------------------------------------------------------------
CORE GROUP:     4 WEEKLY - 19/06/2025, 17/07/2025, 14/08/2025 (VENNOCK ACADEMY, 4PM)
NEXT RCPC:      25/11/2025 10:00 VENNOCK CIVIC CENTRE
PLAN SHARED:    DONNA KERR, KAI (AGE APPROPRIATE VERSION), ALL CORE GROUP MEMBERS

*** END OF PRINT ***
""",
    "findings": [
        F("H001", "SUPPORT VISITS TO DONNA RE LOW MOOD"),
        F("M002", "SUPPORT VISITS TO DONNA RE LOW MOOD"),
        F("W001", "KAI TO BE OFFERED A YOUNG CARERS"),
        F("M002", "CHECK KAI'S ATTENDANCE AND WHO HE"),
        F("W002", "SHARE ANY INFO ABOUT KAI GOING MISSING"),
        F("T002", "KAI TO WORK WITH YOUTH WORKER ON"),
        F("M001", "KAI TO WORK WITH YOUTH WORKER ON"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan where the mother's mental illness is central and adult mental
#    health services plan jointly (CMHT care coordinator, perinatal team
#    assessing capacity to change). Exemplary. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_wexmoor_joint_mh_plan_ashworth.docx",
    "doc_title": "Child Protection Plan - Isla Ashworth",
    "split": "tune",
    "template": "joint-adult-mental-health-plan",
    "description": (
        "Exemplary initial child protection plan for an 11-week-old whose mother had postpartum psychosis "
        "(bipolar disorder), written jointly with the CMHT care coordinator and the perinatal team: the "
        "perinatal psychiatrist assesses capacity to change with steps and a timescale, the care "
        "coordinator and parent-infant therapist report on change, every mental health row names the baby, "
        "relapse-based contingency covering the grandmother's help failing, dates and legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Wexmoor City Council Children's Services, with Wexmoor Partnership NHS Trust (adult and "
              "perinatal mental health)"),
        ("h1", "Family and plan details"),
        ("kv", [
            ("Child", "Isla Ashworth, born 18/03/2025 (11 weeks)"),
            ("Parents", "Hannah Ashworth (31) and Joel Ashworth (33), 5 Linnet Close, Wexmoor"),
            ("Initial child protection conference", "03/06/2025"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Nathan Oyelowo (SW), Wexmoor Children's Services, Infant Team"),
            ("Adult mental health", "Becca Lund, care coordinator, Wexmoor North CMHT; Dr Leah Brightwell, "
                                    "consultant perinatal psychiatrist, Wexmoor Perinatal Mental Health Team"),
        ]),
        ("p", "This plan was written at the conference with Becca Lund and Dr Brightwell, who both attended, "
              "and with Hannah and Joel. The adult services' actions below were agreed by them and sit with "
              "their own care plan for Hannah."),
        ("h1", "Why Isla has a plan"),
        ("p", "Hannah has bipolar affective disorder. Three weeks after Isla was born she became acutely unwell "
              "with postpartum psychosis: she stopped sleeping, believed Isla was \"being watched through the "
              "monitor\" and on 12 April walked out of the house at 3am, leaving Isla alone in her cot. Joel "
              "was on a night shift. Hannah was admitted with Isla to the Wexmoor mother and baby unit for five "
              "weeks and was discharged on 20 May, well and on lithium. The risk of relapse is high in the "
              "first year. Joel works rotating shifts, and Hannah's mother, Carol Pryce, has been staying on "
              "his night-shift weeks."),
        ("h1", "Hannah's mental health – what the adult services tell us"),
        ("p", "Dr Brightwell says Hannah is currently well and has good insight, but her early warning signs "
              "(sleeping less than 4 hours, talking fast, becoming suspicious of the baby monitor or the "
              "phone, not eating) can escalate within 48 hours. Becca Lund has shared Hannah's relapse "
              "prevention plan with the SW and the HV. Both services will tell the core group what they think "
              "Hannah can change, how and by when, rather than only whether she attends."),
        ("h1", "Isla's day – what we see"),
        ("p", "Isla is a calm baby who feeds well every 3 to 4 hours and is back on the 50th centile. On the "
              "SW's visits on 27 May and 2 June she tracked Hannah's face, smiled when Hannah sang to her and "
              "settled within a few minutes of being picked up. The HV saw that when Hannah is tired she puts "
              "Isla down in her bouncer and looks at her phone for long spells, and Isla cries for a while "
              "before she is picked up. Isla sleeps in a cot in her parents' room; the monitor has been "
              "removed at Hannah's request."),
        ("h1", "What we want for Isla"),
        ("bullets", [
            "Isla is always cared for by an adult who is well and awake enough to feed, settle and protect "
            "her, day and night.",
            "Isla keeps growing along her centile and her cues are noticed and answered quickly.",
            "If Hannah begins to become unwell, it is spotted within a day and Isla is kept safe while Hannah "
            "gets treatment.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Lead", "When", "How we will know (and what it tells us about Isla)"],
            "widths": [5.8, 3.6, 3.0, 4.6],
            "rows": [
                ["Visit Isla at home, see her awake, watch a feed and a nappy change, and check her sleep "
                 "space",
                 "Nathan Oyelowo (SW)",
                 "Weekly; at least one unannounced visit a fortnight",
                 "Visit records show Isla seen awake, a feed observed and the cot clear at every visit"],
                ["See Hannah with Isla at home, agree the steps she needs to take to stay well and care for "
                 "Isla, and assess her capacity to make those changes and the likely timescale",
                 "Dr Leah Brightwell, perinatal psychiatrist, with perinatal CPN Owen Tait",
                 "Fortnightly; written assessment by 25/07/2025",
                 "Written capacity-to-change assessment to the core group by 25/07/2025, setting out the "
                 "steps, the timescale and whether Hannah can safely care for Isla on her own overnight"],
                ["Visit Hannah between perinatal appointments, check her early warning signs against the "
                 "relapse prevention plan, and report how her mental state is affecting her care of Isla",
                 "Becca Lund, CMHT care coordinator",
                 "Fortnightly (alternate weeks to the perinatal team); report before each core group",
                 "Written update to each core group: early warning signs seen, lithium taken, and whether "
                 "Hannah is meeting the steps set by the perinatal team"],
                ["Parent-infant sessions for Hannah and Isla with video feedback, and report on changes in how "
                 "Hannah notices and answers Isla's cues",
                 "Dr Ines Carvalho, parent-infant psychotherapist, Perinatal Mental Health Team",
                 "Weekly for 10 sessions from 16/06/2025",
                 "Video interaction scores at sessions 1 and 10 and a written summary to the core group by "
                 "05/09/2025"],
                ["Check Hannah's lithium levels and issue prescriptions in 28-day amounts, so that she stays "
                 "well enough to care for Isla",
                 "Dr Miriam Achebe, GP, Linnet Road Surgery",
                 "Monthly",
                 "Lithium results sent to the CMHT and the SW each month, within the therapeutic range"],
                ["Weigh Isla and use the interaction checklist during a feed or play",
                 "Sara Kemble (HV)",
                 "Weekly until 16 weeks, then fortnightly",
                 "Weight on the 50th centile; interaction checklist scores shared with each core group"],
                ["Stay overnight at Linnet Close whenever Joel is on night shifts, and do Isla's night feeds "
                 "with Hannah",
                 "Carol Pryce (maternal grandmother)",
                 "Every night of Joel's night-shift weeks (rota given to the SW monthly)",
                 "Night-feed chart on the fridge, checked by the SW and HV at visits"],
                ["Ring the perinatal crisis line and the SW if Hannah shows any early warning sign from her "
                 "relapse prevention plan",
                 "Joel Ashworth (father)",
                 "The same day the sign is seen",
                 "Calls recorded by the crisis line and on Isla's file with the time and what was done"],
                ["Go through Hannah's relapse prevention plan with Joel and Carol, and what each early warning "
                 "sign means for Isla's care",
                 "Nathan Oyelowo (SW)",
                 "By 17/06/2025",
                 "Joel and Carol sign to say the plan has been explained; copy on Isla's file"],
            ],
        }),
        ("h1", "Contingency and relapse plan"),
        ("p", "If Hannah sleeps less than 4 hours on two nights running, misses her lithium for two days, or "
              "any professional or Joel sees an early warning sign, the perinatal crisis team will see Hannah "
              "the same day and the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. Hannah will not be left alone with Isla until the crisis team says it "
              "is safe: Joel will take leave or Carol will stay at Linnet Close, and Hannah will be offered a "
              "readmission with Isla to the Wexmoor mother and baby unit."),
        ("p", "If Carol cannot stay on Joel's night-shift weeks, Joel will tell the SW at least a week ahead "
              "and either change his shifts or Isla and Hannah will stay with Joel's sister, Amy Ashworth, who "
              "was assessed before the conference. If no agreed adult is available on any night, Isla will be "
              "placed with approved foster carers that night."),
        ("h1", "Core group, review and escalation"),
        ("bullets", [
            "Core group: every 4 weeks at Linnet Road Surgery, 1.30pm: 13/06/2025, 11/07/2025, 08/08/2025.",
            "Review child protection conference: 26/08/2025, 10am, Wexmoor Civic Centre.",
            "If Hannah relapses, or the perinatal assessment by 25/07/2025 says she cannot make the changes "
            "needed within Isla's timescale, the SW will ask the team manager for a legal planning meeting "
            "within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Plan for children whose family is moving to another local authority;
#    some actions wait for the transfer, others carry on. Some faults. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_yarrowdene_family_moving_quinn.docx",
    "doc_title": "Child Protection Plan - Ruby and Alfie Quinn",
    "split": "tune",
    "template": "transfer-out-action-table",
    "description": (
        "Core group plan for a 7-year-old and a 3-year-old (domestic abuse) a month before the family move "
        "to another local authority. SW visits, direct work, HV and school handovers carry on until the "
        "transfer-in conference, but a speech therapy referral, the perpetrator programme and the "
        "parenting assessment are left for the new authority; 'Family' as owner, 'Monitored', and a review "
        "conference date 'to be confirmed' by the receiving authority."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Core Group Update"),
        ("p", "Yarrowdene Borough Council – Children and Families – Safeguarding and Support Team"),
        ("kv", [
            ("Children", "Ruby Quinn, born 02/03/2018 (7), and Alfie Quinn, born 11/01/2022 (3)"),
            ("Mother", "Chelsea Quinn, 31 Sorrel Street, Yarrowdene"),
            ("Mother's partner", "Dean Walsh (not the children's father)"),
            ("Initial conference", "14/03/2025; core group 05/06/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Hayley Dunne (SW)"),
            ("Moving to", "12 Cotter Lane, Kemble Vale, in the area of Tessingham County Council, on 30/06/2025"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Ruby and Alfie have seen Dean hit and strangle their mum. Dean was arrested in February and "
              "agreed to live apart from the family, but in April the police found him at Sorrel Street at 2am "
              "after a neighbour heard shouting. Chelsea has been offered a council house near her sister in "
              "Tessingham and the family will move on 30 June. Dean says he will stay in Yarrowdene."),
        ("h1", "What the children say"),
        ("p", "Ruby (seen alone at school, 29/05/2025): \"I'm excited about the new house because it's got a "
              "garden and Auntie Jo is near. I don't want Dean to know where it is.\" She said she still "
              "thinks about \"the night Mummy couldn't breathe\" and that she wants to carry on seeing Tariq "
              "\"because he lets me draw my worries\". Alfie has few words for his age; at the last visit he "
              "played with the SW's car keys, took them to his mum and hid behind her when there was a loud "
              "knock at the door."),
        ("h1", "What needs to change for Ruby and Alfie"),
        ("bullets", [
            "Ruby and Alfie live somewhere Dean does not know about and do not see or hear any more violence.",
            "Ruby can talk about what happened and knows who to tell if she is frightened, in both schools.",
            "Alfie's speech is assessed and he gets help so he can say what he wants and needs.",
        ]),
        ("h1", "Action plan until transfer"),
        ("p", "Yarrowdene keeps responsibility for this plan until Tessingham's transfer-in conference."),
        ("table", {
            "header": ["Action", "Who", "By when", "How we will know"],
            "widths": [5.8, 3.6, 3.2, 4.4],
            "rows": [
                ["Keep visiting Ruby and Alfie at home, seeing Ruby on her own, until the transfer-in "
                 "conference, including one visit at the new house",
                 "Hayley Dunne (SW)",
                 "Weekly until the Tessingham transfer-in conference",
                 "Visit records show both children seen and Ruby seen alone each week"],
                ["Send the transfer-in request, chronology and this plan to Tessingham Children's Services "
                 "and speak to their team manager",
                 "Hayley Dunne (SW), with Lorraine Fisk (team manager)",
                 "By 20/06/2025",
                 "Tessingham confirms receipt in writing and gives a transfer-in conference date"],
                ["Complete the last three My Safe Place sessions with Ruby before the family move",
                 "Tariq Hussain, family support worker",
                 "Weekly, last session by 27/06/2025",
                 "Session notes and Ruby's 'safety hand' sent to her new school and the Tessingham SW"],
                ["Refer Alfie for speech and language therapy – to be picked up by the new authority once "
                 "the family have moved",
                 "Tessingham health visiting team",
                 "Within 10 working days of transfer",
                 "Referral accepted letter copied to the core group"],
                ["Check Alfie's development and home conditions, then hand over in person to the Tessingham "
                 "health visitor",
                 "Gill Mooney (HV)",
                 "Monthly until the move; handover by 30/06/2025",
                 "HV handover form signed by both health visitors"],
                ["Send Ruby's safeguarding file to the DSL at her new school and agree how she will be "
                 "checked in with",
                 "Anne Carver, DSL, St Mary's Primary, Yarrowdene",
                 "By the last day before the move, 27/06/2025",
                 "New school's DSL confirms receipt and names Ruby's trusted adult"],
                ["Update Chelsea's safety plan with her for the new address, covering what Ruby and Alfie "
                 "do if Dean turns up",
                 "Marcia Bell, IDVA, Yarrowdene Domestic Abuse Service",
                 "Before the move",
                 "Signed safety plan on file; referral to the Tessingham IDVA accepted"],
                ["Ask the police in Tessingham to put a warning marker on 12 Cotter Lane",
                 "PC Sanjay Rai, Yarrowdene Police DA Unit",
                 "Before the move",
                 "Marker confirmed in writing by Tessingham Police"],
                ["Dean's referral to the Change domestic abuse programme is on hold until the family have "
                 "moved; Tessingham to re-refer",
                 "Dean Walsh",
                 "At a later date, once transferred",
                 ""],
                ["Check Alfie's nursery attendance and how he presents",
                 "Busy Bees Nursery manager, Karen Lowe",
                 "Weekly until 27/06/2025",
                 "Monitored"],
                ["Tell the SW if Dean visits or stays overnight",
                 "Family",
                 "Same day",
                 "Any visit or overnight stay recorded on the children's file"],
                ["Parenting assessment of Chelsea to be picked up by the new authority after the move",
                 "Tessingham Children's Services",
                 "TBC – once the family have moved",
                 "Parenting assessment report to the transfer-in conference"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Dean finds out the new address, comes to the house in either area, or Chelsea lets him stay, "
              "Chelsea will ring 999 and take the children to her sister Jo Quinn's house in Kemble Vale, which "
              "Jo has agreed to. The SW (or Tessingham's duty team after the move) will hold a strategy "
              "discussion the same day. If Chelsea lets Dean stay with the children again, the SW will request a "
              "legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group: every 2 weeks until the move, on 19/06/2025 and 26/06/2025 at St Mary's Primary. "
              "No further review conference will be held in Yarrowdene. Tessingham will hold a transfer-in "
              "conference; date to be confirmed."),
    ],
    "findings": [
        F("X001", "Refer Alfie for speech and language therapy – to be picked up"),
        F("X001", "Dean's referral to the Change domestic abuse programme is on hold"),
        F("T002", "Dean's referral to the Change domestic abuse programme is on hold"),
        F("M001", "Dean's referral to the Change domestic abuse programme is on hold"),
        F("M002", "Check Alfie's nursery attendance and how he presents"),
        F("W002", "Tell the SW if Dean visits or stays overnight"),
        F("X001", "Parenting assessment of Chelsea to be picked up by the new authority"),
        F("T002", "Parenting assessment of Chelsea to be picked up by the new authority"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Landscape table, header row repeated on each page, Outcome | Actions |
#    Responsible | Timescale | Evidence of progress, Outcome merged over
#    several actions. A few faults. (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_ziddingham_landscape_outcome_table_fairlie.pdf",
    "doc_title": "Child Protection Plan - Harvey and Skye Fairlie",
    "split": "tune",
    "template": "landscape-merged-outcome-repeated-header",
    "description": (
        "Review child protection plan for a 5-year-old and a baby (neglect, father on a methadone script) "
        "in a landscape table whose header row repeats on each page: Outcome | Actions | Responsible | "
        "Timescale | Evidence of progress, with each outcome merged down its actions. A few faults: 'as and "
        "when appointments are sent', a blank responsible cell, 'Improvement in home conditions' and a "
        "blank evidence cell."
    ),
    "landscape": True,
    "check_vmerge": 4,
    "header": "Ziddingham County Council – Children's Social Care – OFFICIAL-SENSITIVE",
    "footer": "Child protection plan, Harvey and Skye Fairlie – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("kv", [
            ("Children", "Harvey Fairlie, born 08/09/2019 (5), Reception at Ziddingham Infants; "
                         "Skye Fairlie, born 14/07/2024 (11 months)"),
            ("Parents", "Tanya Fairlie and Ross Fairlie, 3 Quarry View, Ziddingham"),
            ("Review conference", "09/06/2025 (initial conference 10/03/2025)"),
            ("Category", "Neglect"),
            ("Social worker", "Simone Achterberg (SW), Ziddingham South Safeguarding Team"),
        ]),
        ("h1", "Summary of concerns and progress"),
        ("p", "Ross has used heroin for ten years and has been on a methadone script since January; he had "
              "two positive tests for heroin in April. In February a used needle was found on the living room "
              "floor within Skye's reach. The house has been cold and dirty on most visits, Harvey's eczema is "
              "often infected, and he has missed 22% of school. Since the initial conference Tanya has cleared "
              "the kitchen and the children's bedroom, Skye's weight has risen from the 2nd to the 9th "
              "centile, and Ross now keeps his methadone in a locked box."),
        ("h1", "What Harvey says and what we see of Skye"),
        ("p", "Harvey (seen alone at school, 04/06/2025) said his house is \"better now because my room has a "
              "new carpet\". He said he does not like it \"when Daddy goes to sleep on the floor\" and that his "
              "skin \"stings at night\". He wants \"to go to school every day because of the guinea pigs\". "
              "Skye is crawling and pulling herself up on the furniture; she babbles, reaches for Tanya when "
              "upset and is settled quickly by her. On two visits she was in a dirty nappy and had a sore "
              "bottom."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome", "Actions", "Responsible", "Timescale", "Evidence of progress"],
            "widths": [5.0, 7.2, 4.3, 3.6, 5.6],
            "rows": [
                ["Harvey and Skye live in a clean, warm home with food in the cupboards and a safe place for "
                 "Skye to sleep and play.",
                 "Visit the home, see both children, check the kitchen, bedrooms and Skye's cot, and see "
                 "Harvey on his own",
                 "Simone Achterberg (SW)",
                 "Every 2 weeks, one visit a month unannounced",
                 "Visit records with the home conditions score at each visit; Harvey seen alone"],
                [V,
                 "Weekly sessions at home with Tanya and Ross on cleaning, laundry, shopping on a budget and a "
                 "daily routine for the children",
                 "Family support worker Dom Kiely",
                 "Weekly, 12 sessions from 16/06/2025",
                 "Improvement in home conditions"],
                [V,
                 "Sort out the broken boiler and the damp in Skye's bedroom",
                 "Ziddingham Homes repairs officer, Kath Bramwell",
                 "Repair by 30/06/2025",
                 "Boiler working and damp treated, checked by the SW on the next visit"],
                ["Harvey and Skye are never cared for by a parent under the influence of drugs, and there are "
                 "no drugs, methadone or needles within their reach.",
                 "Supervised methadone, monthly keywork and random drug testing for Ross; report to the core "
                 "group on his use and on how drugs and methadone are stored at home",
                 "Ziddingham Drug and Alcohol Service, key worker Paul Orme",
                 "Keywork monthly; tests at least fortnightly",
                 "Test results and a written update to each core group"],
                [V,
                 "Keep all methadone and any drug-using equipment locked in the box in the bedroom cupboard, "
                 "and never use at home",
                 "Ross Fairlie",
                 "Every day",
                 "Locked box seen by the SW and the FSW at each visit; no needles or foil found"],
                [V,
                 "Share any police contact with Ross or call-outs to Quarry View",
                 "PC Leanne Dodd, Ziddingham Police Early Help Hub",
                 "Same working day",
                 ""],
                [V,
                 "Do not leave the children in Ross's sole care if he seems drowsy or under the influence, "
                 "and ring the SW",
                 "Tanya Fairlie",
                 "Every time Ross seems drowsy",
                 "Calls logged on the children's file; Harvey asked about home at each SW visit"],
                ["Skye and Harvey's health needs are met: Skye is weighed and immunised on time, Harvey's "
                 "eczema is treated and both see the dentist.",
                 "Weigh Skye, check her development and nappy area, and review the eczema care plan with "
                 "Tanya",
                 "Jenny Latham (HV)",
                 "Every 2 weeks",
                 "Skye's weight stays on or above the 9th centile; red book and eczema care plan updated"],
                [V,
                 "Take Harvey to his appointments at the dermatology clinic and use his creams twice a day",
                 "Tanya Fairlie",
                 "As and when appointments are sent",
                 "Clinic letters copied to the SW; creams seen in use at visits"],
                [V,
                 "Give Skye her 12-month immunisations and book both children with the dentist",
                 "Practice nurse, Quarry Lane Surgery",
                 "By 31/07/2025",
                 "Immunisation record and dental appointment letters copied to the HV"],
                ["Harvey goes to school every day on time and both children are seen regularly by people who "
                 "notice and tell if something is wrong.",
                 "Check Harvey's attendance and skin every morning and ring home by 9.30am if he is absent",
                 "Amy Chowdhury, DSL, Ziddingham Infants",
                 "Every school day",
                 "Attendance at 95% or above by the next review; absence calls logged"],
                [V,
                 "Take up a funded nursery place for Skye at Little Stars, three mornings a week",
                 "",
                 "From September 2025",
                 "Nursery register copied to the SW monthly"],
                [V,
                 "Walk Harvey to school on the mornings Tanya is at her Tuesday and Thursday cleaning job",
                 "Tanya Fairlie",
                 "Every Tuesday and Thursday",
                 "School register shows Harvey in by 8.50am on those days"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Ross tests positive for heroin again, drugs or needles are found in the house, or either "
              "child is found in the care of a parent who is under the influence, the SW will hold a strategy "
              "discussion the same day. Ross will leave the house and stay with his brother at 12 Tanner's Row "
              "until the core group agrees otherwise, and the children will stay with Tanya. If Tanya is also "
              "under the influence or cannot keep Ross out of the house, the children will be placed with "
              "approved foster carers the same day and the SW will request a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 6 weeks at Ziddingham Infants: 26/06/2025, 07/08/2025 and "
              "18/09/2025. The next review child protection conference is on 08/12/2025. If home conditions "
              "and Ross's test results have not improved by the core group on 18/09/2025, the SW will ask for "
              "a legal planning meeting."),
    ],
    "findings": [
        F("M002", "Weekly sessions at home with Tanya and Ross on cleaning"),
        F("M001", "Share any police contact with Ross or call-outs"),
        F("T002", "Take Harvey to his appointments at the dermatology clinic"),
        F("W001", "Take up a funded nursery place for Skye at Little Stars"),
    ],
})


# ---------------------------------------------------------------------------
# 8. Not a plan: a council's practice guidance page on writing child
#    protection plans, with a blank template of placeholders. (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_ulvercote_practice_guidance_template_osborne.md",
    "split": "tune",
    "template": "not-a-plan-practice-guidance-template",
    "description": (
        "Not a plan: a council's practice guidance page on writing child protection plans, with tips, "
        "weak and stronger wording, and a blank plan template of placeholders ('[Action]', '[Who]', "
        "'[By when]'); no child and no child's plan."
    ),
    "not_a_plan": True,
    "text": """\
# Writing a good child protection plan

**Ulvercote Council – Children's Services Practice Hub**
Practice guidance note 12 · Version 3 · Reviewed March 2025 · Owner: Rachel Osborne, Principal Social Worker

This page is for social workers, team managers and IROs. It explains what we
expect to see in every child protection plan written in Ulvercote and gives a
blank template you can copy into the case record. It does not replace the
Ulvercote Safeguarding Children Partnership procedures.

## Why this matters

Our audits in 2024 found that plans were often lists of tasks for the adults.
Many had no date, no named person and no way of telling whether anything had
changed for the child. Plans that drift are plans that fail children. A good
plan is short, specific and written so that the family can understand it.

## Five things every plan needs

1. **What we want for the child.** Outcomes describe what will be different
   in the child's life, not what the adults will do.
2. **The child's voice.** What the child has told you, or, for a baby or a
   child who does not speak, what you have seen of their day.
3. **Who, by when and how we will know** for every action. A named person or
   role, a date, frequency or event, and something you could see or count.
4. **A contingency plan** with a clear trigger and a clear response, including
   what happens if family support falls away.
5. **Review arrangements**: core group dates, the review conference date, and
   the point at which a legal planning meeting will be requested.

## Weak and stronger wording

| Weaker | Stronger |
|---|---|
| "Ongoing" | "Every Monday until the review conference" |
| "Professionals to share concerns" | "The DSL tells the SW the same day" |
| "Monitored" | "Weight plotted in the red book at each visit" |
| "Mum to engage with services" | "Mum attends 4 of 4 sessions; attendance sent to the SW" |
| "If things do not improve we will review" | "If the baby misses two feeds, the SW holds a strategy discussion the same day" |

## Blank template

Copy this into the plan document on the case record and replace everything in
square brackets. Delete any row you do not need.

---

**Child protection plan for** [Child's name], [date of birth]
**Conference:** [Initial / Review], [date]  **Category:** [Category]
**Social worker:** [Name]

### What [child's name] has told us

[The child's words, or what you observed of their day]

### What we want for [child's name]

- [Outcome for the child]
- [Outcome for the child]

### Action plan

| Action | Who | By when | How we will know |
|---|---|---|---|
| [Action] | [Who] | [By when] | [How we will know] |
| [Action] | [Who] | [By when] | [How we will know] |
| [Action] | [Who] | [By when] | [How we will know] |

### Contingency plan

If [trigger], then [what will happen, who will do it and by when].

### Core group and review

Core group: [frequency], first meeting on [date].
Review child protection conference: [date].
If progress is not enough by [date], the SW will request a legal planning
meeting.

---

## Need help?

Speak to your practice supervisor or book a plan-writing clinic with the
Practice Hub (Thursdays, 2–4pm). Questions about this page go to
practicehub@ulvercote.example.
""",
    "findings": [],
})
