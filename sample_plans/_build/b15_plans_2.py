"""Batch 15, module 2: seven fictional plans (tuning material), places starting with "v".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
The focus of the batch is good plans in unusual layouts: five of the seven
are exemplary; the other two have one or two realistic faults each.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. "Now / Next / Later" plan with owners as initials from a key at the top
#    (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_velmorton_now_next_later_doughty.docx",
    "doc_title": "Child Protection Plan - Skye and Reggie Doughty",
    "split": "tune",
    "template": "now-next-later-initials-key",
    "description": (
        "Exemplary ICPC plan for a 7-year-old and a 3-year-old (neglect; father's drinking) split into "
        "NOW / NEXT / LATER bullets, with owners written as initials from a 'who's who' key at the top and "
        "placed in brackets, at the start of a sentence or after a dash; timescales as dates, weekdays, "
        "'the same day' and 'from the first week of June'; measures in everyday words (register, red book, "
        "routine chart). Alcohol service assesses capacity to change; grandmother's school walks covered "
        "in a specific contingency; core group dates, review date and a legal planning meeting."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Velmorton Borough Council · Children's Services · Safeguarding and Family Support Team 3"),
        ("kv", [
            ("Children", "Skye Doughty (7, born 14/02/2018) and Reggie Doughty (3, born 30/09/2021)"),
            ("Home", "22 Ferris Way, Velmorton, with Leanne Doughty (mum) and Craig Doughty (dad)"),
            ("Initial child protection conference", "12 May 2025 – plan agreed under the category of neglect"),
            ("Plan written", "14 May 2025 by Kerry Todd, social worker, at home with Leanne and Craig"),
        ]),
        ("boldp", "Who's who – the initials used in this plan"),
        ("pl", "KT = Kerry Todd, social worker, Velmorton Children's Services (07700 900 412)"),
        ("pl", "JH = Janet Hollis, health visitor, Velmorton 0–19 Service"),
        ("pl", "RS = Ravi Sohal, designated safeguarding lead, Northgate Primary (Skye's school)"),
        ("pl", "TM = Tasha Morley, Reggie's keyworker at Little Owls Nursery"),
        ("pl", "AR = Aaron Reid, recovery worker, Velmorton Alcohol and Drug Service (VADS)"),
        ("pl", "PB = Precious Banda, family support worker, Velmorton Family Hub"),
        ("pl", "Nan = Sandra Pike, Skye and Reggie's maternal grandmother"),
        ("p", ""),
        ("h1", "What is happening now"),
        ("p", "Since January Skye has been late to school on 31 of 62 days and has come in hungry and in the "
              "same uniform for a week at a time. Reggie is brought to nursery in a heavy nappy most mornings "
              "and has dropped from the 25th to the 9th centile for weight since his last check. Craig told the "
              "conference that he drinks six to eight cans of lager most days and more at weekends, and he is "
              "often the only adult at home in the mornings because Leanne starts work at the bakery at 6am. "
              "On two visits in April there was no food in the kitchen for the children and neither bed had "
              "sheets on it."),
        ("h1", "What Skye and Reggie have told and shown us"),
        ("p", "KT saw Skye on her own at school on 8 May. She said: \"Dad's grumpy in the mornings and he says "
              "get your own breakfast, but there's only crisps.\" She likes it when Nan walks her to school "
              "\"because we stop at the shop and she does my plaits\". Her three wishes were \"a bunk bed, Dad "
              "not drinking his cans, and a dog\". Reggie does not have many words yet. At nursery TM has seen "
              "him eat two helpings of breakfast every morning, and at home KT saw him bring his empty cup to "
              "Leanne and then sit quietly in front of the television for the whole of her hour-long visit."),
        ("h1", "What we want for Skye and Reggie"),
        ("bullets", [
            "Skye gets to school on time every day, having had breakfast, in clean clothes – \"like the other "
            "kids\", as she put it.",
            "Reggie is changed, fed and kept warm, and is back up to the 25th centile for weight by the review "
            "conference.",
            "Both children are looked after by a sober adult every morning and every evening.",
        ]),
        ("h1", "The plan"),
        ("h2", "NOW – in the next two weeks (by 28 May 2025)"),
        ("bullets", [
            "KT will see Skye on her own at school and Reggie at nursery by 23 May; her case notes will record "
            "both children seen and what they said or showed her.",
            "Home visit to check that each child has a bed with clean bedding and that there is breakfast food "
            "in the kitchen (KT, by 20 May 2025) – the completed home conditions checklist will be on the "
            "children's file.",
            "Craig to book his first VADS appointment through the drop-in line (Craig, by 23 May) – AR will "
            "confirm to KT that Craig has come.",
            "Nan will walk Skye to school on Mondays, Wednesdays and Fridays from 19 May, and the school register "
            "will show Skye in by 8.45am on those days.",
            "TM will ring KT the same day if Reggie arrives hungry or in a heavy nappy, or is not brought in by "
            "10am; each call will be written in the nursery's safeguarding log.",
        ]),
        ("h2", "NEXT – over the following six weeks (by 30 June 2025)"),
        ("bullets", [
            "AR will complete a full alcohol assessment with Craig by 13 June and send KT a written report on "
            "how much he is drinking, whether he can make the changes Skye and Reggie need, and how long that "
            "is likely to take.",
            "Breath test at every VADS appointment (AR, weekly) – results emailed to KT each Friday, and any "
            "reading over zero phoned through the same day.",
            "JH will check Reggie's weight and development at home by 13 June and then weigh him every two "
            "weeks; his red book will show whether he is climbing back to the 25th centile.",
            "JH will also check Reggie's talking with the ASQ at that visit and, if he is behind, send a speech "
            "and language referral by 27 June; his ASQ scores, and any referral, will be copied to KT.",
            "PB will do six weekly sessions at home with Leanne and Craig on morning and bedtime routines from "
            "the first week of June, and the routine chart on the kitchen wall will show Reggie in bed by "
            "7.30pm on at least five nights a week.",
            "RS will check in with Skye every Monday morning in the Rainbow Room and pass anything she says "
            "about home to KT the same day, recorded on her school safeguarding file.",
            "Leanne will take both children for a check-up at Kingsway Dental Practice by 27 June, and the "
            "dental letters will be copied to KT.",
        ]),
        ("h2", "LATER – by the review conference (4 August 2025)"),
        ("bullets", [
            "Leanne and Craig will go to the eight-week 'Holding On' parenting group at the Family Hub, starting "
            "Thursday 5 June; the group worker will send KT the attendance sheet and an end-of-course summary.",
            "KT will update the child and family assessment, with AR's report and Skye's own words in it, and "
            "share it with Leanne, Craig and the core group by 18 July 2025.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Craig is found under the influence of alcohol while he is looking after the children, if Skye "
              "or Reggie is not collected from school or nursery, or if the police are called to 22 Ferris Way, "
              "KT (or the Emergency Duty Team on 01632 960 800 out of hours) will visit the same day and hold a "
              "strategy discussion. Skye and Reggie will go to stay with Nan at 4 Larch Grove, and Craig will "
              "not care for them on his own until the core group agrees it is safe. If Nan cannot have the "
              "children, they will be placed together with Velmorton foster carers the same day."),
        ("p", "If Nan cannot do a school walk, Skye will go to Northgate Primary's breakfast club that morning "
              "(KT has arranged the funding) and Leanne will drop her there before work."),
        ("p", "If Craig has not had his VADS assessment by 13 June, or Reggie has not started to put on weight by "
              "the second core group, KT will ask her team manager for a legal planning meeting within 5 "
              "working days to decide whether to start pre-proceedings (PLO)."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks – 29 May, 26 June and 24 July 2025, 3.30pm at Northgate Primary.",
            "Review child protection conference: 4 August 2025, 10am, Velmorton Civic Centre, Room 3.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Actions grouped under each worry statement, one sentence each with who /
#    by when / how we'll know (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_vexford_worry_statements_marchbank.md",
    "split": "tune",
    "template": "worry-statements-grouped-one-sentence-actions-md",
    "description": (
        "Exemplary ICPC plan for a 9-year-old young carer and a 4-month-old (neglect; mother's postnatal "
        "depression, father working offshore) where each worry statement is a quoted block followed by "
        "numbered one-sentence actions that carry who, by when and how we'll know; owners as job titles "
        "and names, timescales such as 'on his weeks at home' and 'by the end of the summer term'. "
        "Perinatal psychiatrist and nurse report on capacity to change; aunt's help covered in the "
        "contingency; core group and review dates; legal planning meeting."
    ),
    "text": """\
# Vexford Council – Children's Services

## Child protection plan: Nia and Theo Marchbank

**Children:** Nia Marchbank (9, Year 4 at St Bride's Primary) and Theo Marchbank (4 months)
**Parents:** Gemma Marchbank (mum) and Rhys Marchbank (dad – works offshore, two weeks away and two weeks home)
**Initial child protection conference:** 29 May 2025 · **Category:** neglect
**Social worker:** Hannah Lowe, Vexford Family Safeguarding Team (01632 960 233)
**Plan written:** 3 June 2025, at home with Gemma and Rhys, and at school with Nia

*How this plan is set out: the conference agreed four worries, written here in words Gemma and Rhys
helped choose. Under each worry is what needs to happen. Each line says who will do it, by when, and
how we will know.*

---

### What Nia has told us

Nia was seen on her own at school on 22 May and 2 June. She said: "I do Theo's bottle when Mum's
asleep, I know how much powder." And: "I don't mind, but I'm tired in school." When asked what would
make things better she said "Mum going to the doctor and Dad not going away so long", and "if I could
go to Brownies again". She scored home 5 out of 10 – "it's 10 when Dad's home".

### What we have seen of Theo's day

The health visitor saw Theo at home on 20 and 30 May. He was in the same sleepsuit both times and had
a sore nappy rash. He is a smiley baby who follows faces with his eyes, but he cried hungrily and fed
fast when Nia gave him a bottle. He has dropped from the 50th to the 9th centile since his 8-week check.

### What we want for Nia and Theo

- Theo is fed at least six times a day, changed and kept clean, and is gaining weight back towards the
  25th centile by the review conference.
- Nia goes to school every day, sleeps at night and is not the one looking after Theo or her mum – "I
  want to just be in Year 4," she said.
- Nia and Theo are cared for every day by a mum who is well enough to feed and settle Theo and get Nia
  to school, and somebody notices quickly if she is not.

---

### Worry 1

> **We are worried that** when Gemma's depression is bad she stays in bed, and Theo is not fed,
> changed or comforted often enough. He has already lost weight.

What needs to happen:

1. Sue Penhallow, the health visitor, will weigh Theo at home every week until he is back on the 25th
   centile and then every two weeks, plotting each weight in his red book so that everyone can see
   whether he is gaining.
2. Gemma will fill in Theo's feeding and nappy chart every day from 4 June, and Sue will check at each
   weekly visit that it shows at least six feeds in every 24 hours.
3. Rhys will do the night feeds and keep the chart going on his weeks at home, starting on his next leave
   on 9 June, and he will text Hannah a photo of the chart every Sunday.

### Worry 2

> **We are worried that** Gemma's depression could get worse without anyone noticing, especially in the
> weeks Rhys is away, and that she might then not be able to care for Theo and Nia safely.

What needs to happen:

4. Dr Amara Eze, consultant perinatal psychiatrist at the Vexford Perinatal Mental Health Team, will see
   Gemma every two weeks and, by 18 July 2025, send the core group a written assessment of how Gemma's
   depression affects her care of Theo and Nia, what needs to change, whether she can make those
   changes and how long that is likely to take.
5. Lorna Kidd, Gemma's perinatal community nurse, will visit her at home every week and report in
   writing to each core group on whether Gemma is keeping to her medication and making the changes
   Dr Eze's assessment asks for.
6. Dr Tom Lewis, Gemma's GP at Harbour Street Surgery, will review her antidepressant every month and
   write to Hannah after each review with the dose and whether each prescription has been collected.
7. Rhys will ring Hannah (or the Emergency Duty Team out of hours) the same day if Gemma stays in bed
   all day, stops her tablets or says she cannot cope, and each call will be logged on the children's
   records.

### Worry 3

> **We are worried that** Nia is missing school and losing sleep because she is looking after Theo and
> her mum.

What needs to happen:

8. Mr Femi Adeyemi, designated safeguarding lead at St Bride's, will ring Hannah by 10am on any day Nia
   is absent without a reason and email her Nia's attendance every Friday; we will know it is working
   when Nia's attendance is back above 95% by the end of the summer term.
9. Kirsty Reid of Vexford Young Carers will meet Nia for six one-to-one sessions starting in the first
   week of June and help her write her own "what I do at home" plan, which Nia will bring to the July
   core group.
10. Nia's aunt, Carys Marchbank, will collect Nia from school every Tuesday and Thursday and give her tea
    and help with her homework, signing the school's collection book each time.
11. Carys will also take Nia to Brownies every Wednesday evening from 11 June, and Nia's Brownies badge
    book will show the weeks she has been.

### Worry 4

> **We are worried that** nobody outside the family sees what an ordinary day is like for Nia and Theo
> when Rhys is away.

What needs to happen:

12. Hannah Lowe, the social worker, will visit at least every 10 working days, with at least one visit in
    three unannounced, and will see Nia on her own, see where Theo sleeps and look in the fridge; her
    visit records will show each of these.
13. Tina Hart, family support worker at Vexford Family Hub, will come to the house every Tuesday and
    Friday morning from 10 June while Rhys is away, to help Gemma with Theo's bath, feeds and the
    morning routine, and her session notes will record which tasks Gemma did on her own.

---

### If things get worse

If Theo loses weight at two weighings in a row, if Gemma tells anyone she is thinking of harming herself
or the children, or if Nia misses two days of school in a week without a reason, Hannah (or the
Emergency Duty Team out of hours) will visit the same day and hold a strategy discussion. Theo and Nia
will go to stay with Carys at her home in Pentre Road until Rhys can get home, and Dr Eze's team will
offer Gemma, with Theo, a place at the Rosewood Mother and Baby Unit. If Carys cannot have the children,
they will be placed together with Vexford foster carers the same day.

If Carys cannot do her Tuesday or Thursday pick-up, Nia will go to the St Bride's after-school club that
day (Hannah has a funded place on hold), and Tina will visit Gemma that afternoon instead.

If Dr Eze's assessment shows Gemma cannot make the changes Theo needs in time, or Theo's weight has not
started to recover by the July core group, Hannah's team manager will hold a legal planning meeting
within 10 working days.

### When we will meet

- Core group: every four weeks – 12 June, 10 July and 7 August 2025, 10am at Vexford Family Hub (Rhys
  joins by video when he is away).
- Review child protection conference: 21 August 2025, 2pm, Vexford Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Health-visitor-kept pre-birth timeline, "When" cells merged down the rows
#    they cover; PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_vantley_prebirth_timeline_fairhurst.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Fairhurst",
    "split": "tune",
    "template": "hv-prebirth-timeline-merged-when-column-paged",
    "description": (
        "Exemplary pre-birth plan kept by the health visitor as a timeline (When | What will happen | Who | "
        "How we will know), with the When cell merged down the rows of each stage (weeks of pregnancy, on "
        "the ward, before discharge, days and weeks at home); mother a care leaver with emotionally unstable "
        "personality disorder, father's cannabis use. Perinatal psychiatrist, CMHT and drug service assess "
        "change; unborn baby's world recorded; contingency with a named fallback; core group, review "
        "conference and legal planning. OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Vantley 0–19 Health Visiting Service · Pre-birth plan – Baby Fairhurst",
    "footer": "Printed 23/06/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 9.5,
    "check_vmerge": 6,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Health visiting timeline, agreed at the pre-birth initial child protection conference on 16 June "
              "2025 and kept by the health visitor with Vantley Children's Services. The health visitor brings "
              "the timeline to every core group and updates it."),
        ("kv", [
            ("Unborn baby", "Baby Fairhurst, due 15 September 2025 (Jade was 27 weeks pregnant at conference)"),
            ("Mother", "Jade Fairhurst (19), Flat 3, 18 Sandpiper Court, Vantley"),
            ("Father", "Liam Carter (22), lives with his mother in Orchard Rise and visits most days"),
            ("Category", "Neglect (risk of)"),
            ("Lead professional", "Nadia Rahman, social worker, Vantley Children's Services"),
            ("Health visitor", "Emma Castle, specialist community public health nurse"),
            ("Safeguarding midwife", "Jo Pritchard, Vantley General Hospital"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Jade was in foster care from the age of 11 and has a diagnosis of emotionally unstable "
              "personality disorder. She has cut herself when under stress, most recently in March 2025, and "
              "has a care coordinator at the Vantley Community Mental Health Team. Liam smokes cannabis every "
              "day and has twice been arrested for fighting in town. Jade and Liam want to bring the baby up "
              "together; neither has looked after a baby before, Jade is not in touch with her own family, and "
              "at the last visit the flat had no cot or baby things."),
        ("h1", "The baby's world so far"),
        ("p", "At the 20-week scan on 2 May the baby was growing well. Jade has come to 6 of her 7 antenatal "
              "appointments and has stopped smoking (carbon monoxide reading 1 ppm on 10 June). She talks to the "
              "baby and has chosen the names Ava or Jack. The flat is warm and clean but three floors up with no "
              "lift, and Liam smokes cannabis on the balcony. Jade said at conference: \"I want my baby to have "
              "what I didn't – one home and people who stay.\""),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby comes home to a flat with a cot, warm clothes and enough milk, and is cared for by adults "
            "who are sober and calm.",
            "The baby sleeps on their back in their own cot, is fed at least every 3–4 hours and gains weight "
            "along their centile.",
            "The baby is seen by a professional every week for the first six weeks at home, and any worry about "
            "their care is acted on the same day.",
        ]),
        ("h1", "Timeline"),
        ("table", {
            "header": ["When", "What will happen", "Who", "How we will know"],
            "widths": [2.8, 5.6, 3.6, 5.0],
            "rows": [
                ["By 27 June 2025 (28 weeks)",
                 "Antenatal home visit: feeding, crying, safe sleep, and seeing where the baby will sleep",
                 "Emma Castle, health visitor",
                 "Safe sleep checklist signed by Jade and Liam and copied to the SW"],
                [V,
                 "First appointment at Vantley Drug and Alcohol Service (VDAS) and first drug test",
                 "Liam Carter, with VDAS worker Kieran Doyle",
                 "VDAS confirms to the SW that Liam came and gives the test result"],
                ["From 16 June until the birth",
                 "Home visit to Jade and Liam every week, looking at the flat and what is ready for the baby",
                 "Nadia Rahman, SW",
                 "Visit records show what has been bought and set up, and how Jade and Liam are getting on"],
                [V,
                 "Care coordinator sessions with Jade every two weeks: update her crisis and safety plan to "
                 "include the baby, and assess whether she is using it and keeping to the changes agreed",
                 "Mark Oyelaran, care coordinator, Vantley Community Mental Health Team",
                 "Short written report to each core group on Jade's use of her safety plan and the "
                 "changes she has made"],
                ["By 25 July 2025 (32 weeks)",
                 "Assessment of Jade's mental health in pregnancy and after the birth, her risk of self-harm, "
                 "whether she can make the changes needed to care for a newborn, and how long that would take",
                 "Dr Priya Menon, perinatal psychiatrist, Vantley Perinatal Mental Health Team",
                 "Written assessment sent to the SW and shared with the core group"],
                [V,
                 "Assessment of Liam's cannabis use, with drug tests every two weeks until then",
                 "Kieran Doyle, VDAS",
                 "Written report and test results to the SW, saying whether Liam can stop smoking in the "
                 "flat before the baby arrives"],
                ["By 8 August 2025 (34 weeks)",
                 "Parenting assessment of Jade and Liam (started 23 June)",
                 "Nadia Rahman, SW",
                 "Written assessment shared with Jade, Liam and the core group"],
                [V,
                 "Cot, mattress, car seat, steriliser and clothes in the flat, paid for with a Setting Up Home "
                 "grant",
                 "Jade and Liam, with Marcus Bell, Jade's personal adviser (Leaving Care Team)",
                 "Health visitor sees them in place at the 34-week visit"],
                [V,
                 "Viability assessment of Tracey Carter (Liam's mother) as a carer for the baby if one is needed",
                 "Nadia Rahman, SW",
                 "Viability report shared with the core group"],
                [V,
                 "Birth and discharge plan: who may visit on the ward and what happens if either parent tries to "
                 "leave with the baby",
                 "Jo Pritchard, safeguarding midwife",
                 "Signed plan on the maternity record, copied to the SW, HV and Emergency Duty Team"],
                ["On the ward, from birth until discharge",
                 "Watch and write down how Jade and Liam feed, change and settle the baby, at least once each "
                 "shift",
                 "Postnatal ward midwives, led by Jo Pritchard",
                 "Entries in the baby's notes every shift; summary sent to the SW before the discharge meeting"],
                ["Before discharge",
                 "Discharge planning meeting on the ward with Jade, Liam, the midwife, HV and SW",
                 "Nadia Rahman, SW",
                 "Meeting notes on file; the baby goes home only when the meeting agrees the flat is ready and "
                 "the birth plan has been kept to"],
                ["Days 1–14 at home",
                 "Midwife home visits on days 1, 3, 5 and 10",
                 "Community midwife Rosa Kent",
                 "Baby weighed and feeds checked each visit; any weight loss over 10% rung through to the SW the "
                 "same day"],
                [V,
                 "Home visits twice a week, seeing the baby awake and where they sleep",
                 "Nadia Rahman, SW",
                 "Visit records show the baby seen and the cot in use"],
                [V,
                 "New birth visit on day 10–14",
                 "Emma Castle, health visitor",
                 "Baby weighed and seen awake; visit notes shared with the SW"],
                ["Weeks 2–6 at home",
                 "Weigh the baby every week and watch a feed",
                 "Emma Castle, health visitor",
                 "Weight plotted in the red book; baby stays on or above their birth centile"],
                [V,
                 "See Jade at home in the first week and then every two weeks; assess her mood and self-harm "
                 "risk against her safety plan and whether the changes are holding",
                 "Mark Oyelaran, care coordinator, CMHT",
                 "Written update to the SW after each visit and to the core group"],
                [V,
                 "Baby's 6–8 week check and Jade's postnatal check",
                 "Dr Omar Siddiqui, GP, Brookfield Surgery",
                 "Both checks recorded and a letter sent to the HV and SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jade harms herself or says she is thinking of harming herself or the baby, if Liam is found "
              "under the influence of cannabis while caring for the baby or smoking it in the flat, if the baby "
              "loses more than 10% of their birth weight, or if either parent tries to take the baby off the "
              "ward against the birth plan, the midwife, HV or SW will ring the SW (or the Emergency Duty Team "
              "out of hours) straight away and a strategy discussion will be held the same day. The baby will "
              "stay on the ward or be cared for by Tracey Carter if her viability assessment is positive; if it "
              "is not, or Tracey cannot have the baby, the baby will be placed with Vantley foster carers the "
              "same day. Dr Menon's team will offer Jade a place with the baby at the Vantley Mother and Baby "
              "Unit."),
        ("p", "If the parenting and perinatal assessments show by 34 weeks that Jade and Liam cannot make the "
              "changes the baby needs, the SW's team manager will hold a legal planning meeting before the "
              "birth to decide whether to start pre-proceedings (PLO) or apply to court at birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks – 30 June, 28 July and 25 August 2025, at Vantley Children's Centre – "
            "then within 10 working days of the birth.",
            "Review child protection conference: 6 October 2025, 10am, Vantley Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. SMART objectives table: Specific | Measurable | Achievable (who) |
#    Relevant (why, for the children) | Time-bound (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_verrington_smart_objectives_tremlett.docx",
    "doc_title": "Child Protection Plan - Callum and Isla Tremlett",
    "split": "tune",
    "template": "smart-objective-columns",
    "description": (
        "Exemplary ICPC plan for a 13-year-old and a 6-year-old (domestic abuse; father has left the home) "
        "written as a SMART table whose columns are headed S – Specific, M – Measurable, A – Achievable "
        "(the owner), R – Relevant (why it matters for the children) and T – Time-bound, so the owner and "
        "the timescale sit in unfamiliar columns. IDVA, police, housing, perpetrator programme, contact, "
        "both schools; specific contingency with a named fallback carer and a legal planning meeting; core "
        "group dates and review conference date."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Verrington City Council · Children and Families · Family Safeguarding Hub (West)"),
        ("kv", [
            ("Children", "Callum Tremlett (13, Year 8, Verrington Academy) and Isla Tremlett (6, Year 1, "
                         "Hollybank Infants)"),
            ("Living with", "Dawn Tremlett (mum), 9 Cobble Lane, Verrington"),
            ("Father", "Lee Tremlett – left the home on 11 May 2025; on police bail not to contact Dawn or go "
                       "to Cobble Lane"),
            ("Initial child protection conference", "4 June 2025 – category: emotional abuse"),
            ("Social worker", "Omar Farah (07700 900 655)"),
        ]),
        ("h1", "Why Callum and Isla have a plan"),
        ("p", "The police have been called to 9 Cobble Lane five times since September 2024 because of Lee's "
              "violence towards Dawn. On 11 May Lee punched a hole in the kitchen door and pinned Dawn against "
              "the fridge while Isla was in the room; Callum rang 999. Callum says he stays awake until he hears "
              "Lee's car leave the street. Isla has started wetting the bed again, after two years dry, and "
              "hides under the table at school when voices are raised."),
        ("h1", "What Callum and Isla say"),
        ("p", "Callum (seen alone at school, 28 May): \"I'm the man of the house now, that's what Dad said.\" "
              "\"I don't want him back living with us, but I want to see him – just not at home.\" Isla drew "
              "\"Daddy's angry face\" and then her family at the park \"when everyone is happy\". She told her "
              "teacher she likes \"the quiet house\" now, but asked whether Daddy still knows where they live."),
        ("h1", "What we want for Callum and Isla"),
        ("bullets", [
            "Callum and Isla live in a home where they are not frightened, and Callum no longer feels he has to "
            "keep watch at night.",
            "Isla is sleeping through the night, dry, and no longer hides when voices are raised.",
            "Callum and Isla see their dad in a way that is safe and leaves them calm.",
        ]),
        ("h1", "Our SMART plan"),
        ("p", "Each row is one objective. Read across the row for what will be done, how we will know, who will "
              "do it, why it matters for Callum and Isla, and by when."),
        ("table", {
            "header": ["S – Specific: what will be done", "M – Measurable: how we will know",
                       "A – Achievable: who will do it", "R – Relevant: why it matters for Callum and Isla",
                       "T – Time-bound: by when"],
            "widths": [3.9, 3.7, 3.0, 3.6, 2.8],
            "rows": [
                ["Visit Callum and Isla at home and see each of them on their own",
                 "Visit records show each child seen alone, where they sleep, and what they said",
                 "Omar Farah, social worker",
                 "Callum told us he has nobody to talk to about home who isn't Mum",
                 "Every 2 weeks from 9 June 2025"],
                ["Write a safety plan with Dawn and the children: what each of them does if Lee comes to the "
                 "house",
                 "Safety plan signed by Dawn and copied to the SW; Callum and Isla can each tell the SW who they "
                 "would ring and where they would go",
                 "Marsha Quinn, IDVA, Verrington Domestic Abuse Service",
                 "Callum rang 999 on 11 May; both children need to know exactly what to do if it happens again",
                 "By 20 June 2025"],
                ["Put a marker on 9 Cobble Lane so any 999 call is treated as urgent, and tell the SW about "
                 "every call-out",
                 "Marker confirmed to the SW in writing; every call-out reported to the SW",
                 "PC Ben Astley, Verrington Police Domestic Abuse Safeguarding Unit",
                 "The children need the police to come at once if Lee breaks his bail conditions",
                 "Marker by 13 June 2025; each call-out reported within 24 hours"],
                ["Apply for a non-molestation order",
                 "Sealed copy of the application, and of any order made, given to the SW, both schools and the "
                 "police",
                 "Dawn Tremlett, with her solicitor and Marsha Quinn (IDVA)",
                 "Callum and Isla need Lee kept away from their home and the school gates once his bail ends",
                 "Application made by 27 June 2025"],
                ["Fit extra door locks, a door camera and a letterbox guard at 9 Cobble Lane",
                 "Housing officer's completion note sent to the SW; the SW sees the fittings at his next visit",
                 "Tanya Birch, housing officer, Verrington Homes",
                 "Isla hides when she hears voices at the door; the house needs to feel safe to her",
                 "By 27 June 2025"],
                ["Lee to complete the 26-week Fresh Ground men's programme on domestic abuse",
                 "Attendance sheet to the SW every month; facilitator's written report after the 6-week "
                 "assessment stage and at the end of the course",
                 "Lee Tremlett, with facilitator Dan Whitlow",
                 "Both children want to see their dad; he has to change how he behaves for that to be safe",
                 "Starts 16 June 2025; assessment report by 28 July 2025"],
                ["Supervised contact between Lee and the children at Verrington Family Centre",
                 "Contact notes record how Callum and Isla are before, during and after each session, and reach "
                 "the SW within 2 working days",
                 "Jenny Oakes, contact supervisor, Verrington Family Centre",
                 "Callum and Isla both said they want to see their dad, but not at home",
                 "Every Saturday, 10–11.30am, from 14 June 2025"],
                ["Check in with Callum at the start and end of each school week",
                 "Check-in sheet kept; Callum's attendance stays above 95%; anything he says about home passed "
                 "to the SW the same day",
                 "Mrs Sarah Ellis, Head of Year 8, Verrington Academy",
                 "Callum is tired in lessons after nights keeping watch and needs a trusted adult in school",
                 "Every Monday and Friday until the end of the summer term"],
                ["Weekly 'Feelings Friends' sessions for Isla with the learning mentor",
                 "Mentor's session notes and Isla's feelings scale sent to the SW every 2 weeks; the class log "
                 "shows how often she hides",
                 "Mr Rob Garside, learning mentor, Hollybank Infants",
                 "Isla hides under tables when voices are raised and needs help to name her feelings",
                 "Every Wednesday from 11 June 2025"],
                ["Refer Callum to Safe Space, a group for young people who have lived with domestic abuse, and "
                 "help him get there",
                 "Referral accepted in writing; Callum's attendance and his own scaling at the first and last "
                 "sessions shared with the SW",
                 "Omar Farah, SW (referral); Priya Lal, Safe Space group worker",
                 "Callum needs to hear that keeping everyone safe is not his job",
                 "Referral by 13 June 2025; next group starts 1 July 2025"],
                ["Take Isla to the GP about her bedwetting and keep a wet and dry diary",
                 "GP letter and the diary shown to the SW at each visit; number of dry nights each week",
                 "Dawn Tremlett",
                 "Isla had been dry at night for two years before May",
                 "GP appointment by 20 June 2025; diary filled in every morning"],
            ],
        }),
        ("h1", "If Lee comes back or the plan is not kept to"),
        ("p", "If Lee comes to 9 Cobble Lane, contacts Dawn or the children outside supervised contact, or turns "
              "up at either school, Dawn or the school will ring 999 straight away and the police will attend. "
              "PC Astley will tell Omar (or the Emergency Duty Team out of hours) the same day, Omar will hold a "
              "strategy discussion the same day, and Saturday contact will stop until that discussion agrees it "
              "can restart. If the house is not safe that night, Callum and Isla will stay with Dawn's sister, "
              "Kelly Marsh, in Hale Street; if Kelly cannot have them, they will go to Verrington foster carers "
              "the same day."),
        ("p", "If Dawn lets Lee back into the house, or meets him with the children outside the plan, Omar will "
              "ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Reviewing the plan"),
        ("bullets", [
            "Core group: every four weeks – 19 June, 17 July and 14 August 2025, 4pm, Verrington Family Centre.",
            "Review child protection conference: 3 September 2025, 10am, Verrington Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Looked-after baby on a children's ward: discharge and protection
#    checklist, two columns, tick boxes, stage banners; owner and timescale
#    written inside each task. PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_vossbridge_discharge_checklist_penrose.pdf",
    "doc_title": "Discharge and Child Protection Plan - Ruby Penrose",
    "split": "tune",
    "template": "lac-ward-discharge-checklist-two-column-tick-boxes-paged",
    "description": (
        "Exemplary discharge and child protection plan for a 9-week-old accommodated under section 20 on a "
        "children's ward with unexplained fractures: a two-column tick-box checklist ('What needs to happen "
        "– who, and when' | 'How we will know') under full-width stage banners, owners and timescales "
        "written inside each task. SW visits twice a week and the foster carer daily on the ward; baby's "
        "observed day; legal planning recorded; core group, looked after review and review conference "
        "dates. OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Vossbridge Council Children's Services – Ref VB/LAC/25/1183",
    "footer": "Ruby Penrose – discharge and child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Discharge and Child Protection Plan"),
        ("p", "For Ruby Penrose while she is on Puffin Ward (children's ward), Vossbridge General Hospital, and "
              "for her first four weeks with her foster carers."),
        ("kv", [
            ("Child", "Ruby Penrose, born 6 April 2025 (9 weeks)"),
            ("Legal status", "Looked after – accommodated under section 20, Children Act 1989, since 4 June 2025, "
                             "with both parents' written agreement"),
            ("Parents", "Chloe Penrose (20) and Dean Whitely (24), 41 Ash Row, Vossbridge"),
            ("Initial child protection conference", "12 June 2025 – category: physical abuse"),
            ("Social worker", "Bethan Cole, Vossbridge Children in Care Team (07700 900 731)"),
            ("Foster carers from discharge", "Linda and Martin Greaves, Mill Cottage, Vossbridge fostering service"),
            ("Ward contact", "Sister Aisha Rahman, Puffin Ward (01632 960 450)"),
        ]),
        ("h1", "What happened"),
        ("p", "On 3 June Chloe and Dean brought Ruby to the Emergency Department because she screamed when she "
              "was picked up. X-rays and a skeletal survey found three healing fractures to her left ribs. The "
              "consultant paediatrician's view is that they were most likely caused by Ruby being squeezed hard "
              "around the chest, on at least two occasions, and neither parent has been able to explain them. "
              "Ruby will be well enough to leave hospital once her follow-up skeletal survey on 17 June has been "
              "done and her foster home is ready. Chloe and Dean agreed on 4 June that Ruby should be looked "
              "after by the local authority while the police and medical enquiries go on."),
        ("h1", "Ruby's day on the ward"),
        ("p", "Ruby feeds from a bottle every three to four hours and takes 120–150ml. The nurses say she settles "
              "best held upright against a shoulder, cries for the first few minutes when laid flat on her back "
              "and then sleeps. She has started to smile at faces and watches the mobile above her cot. In family "
              "time she calms when Chloe sings to her. On 7 June the family time worker saw her stiffen and cry "
              "when Dean lifted her quickly, and settle once he had been shown how to support her head and back."),
        ("h1", "What we want for Ruby"),
        ("bullets", [
            "Ruby is kept safe from any further injury, and her ribs heal, as shown at her fracture clinic "
            "follow-up.",
            "Ruby is fed, held and comforted by the same few carers every day, on the ward and at Mill Cottage, "
            "and keeps gaining weight along the 25th centile.",
            "Ruby keeps her bond with Chloe and Dean through safe, supervised family time while the enquiries "
            "go on.",
        ]),
        ("pagebreak",),
        ("h1", "Discharge and protection checklist"),
        ("p", "Tick each box when it is done. Bethan keeps the master copy and brings it to every core group."),
        ("table", {
            "header": ["☐  What needs to happen – who, and when", "How we will know"],
            "widths": [9.6, 7.4],
            "rows": [
                ["While Ruby is on Puffin Ward", H],
                ["☐ Bethan Cole (SW) will visit Ruby on Puffin Ward every Tuesday and Friday until discharge, see "
                 "her awake and talk to the nurse caring for her that day.",
                 "Visit record on Ruby's file after each visit, noting her weight, her feeds and how she responds "
                 "to the people holding her."],
                ["☐ Linda Greaves (foster carer) will come to the ward every day from 13 June until discharge to "
                 "feed, change and settle Ruby alongside the nurses, so that she knows Ruby's routine.",
                 "Ward notes record each visit; Sister Rahman confirms to Bethan before discharge that Linda has "
                 "done every part of Ruby's care."],
                ["☐ Carla Nunes (family time worker) will supervise Chloe's and Dean's family time with Ruby on the "
                 "ward every day, 2pm to 4pm.",
                 "Family time notes written after each session and sent to Bethan within 2 working days."],
                ["☐ Dr Helen Ashby (consultant paediatrician) will complete the child protection medical report, "
                 "including the follow-up skeletal survey on 17 June and Ruby's blood and bone tests, by "
                 "24 June 2025.",
                 "Written medical report sent to Bethan and to DC Reid."],
                ["☐ DC Owen Reid (Vossbridge Police Child Abuse Investigation Team) will interview Chloe, Dean and "
                 "anyone else who looked after Ruby by 20 June 2025.",
                 "DC Reid tells Bethan the outcome within 24 hours of the last interview; a summary is shared at "
                 "the strategy meeting on 25 June."],
                ["☐ Sister Aisha Rahman will make sure Ruby's feeds, weight and sleep are charted every shift, and "
                 "the nurse in charge will ring Bethan or the Emergency Duty Team at once if anyone tries to take "
                 "Ruby off the ward.",
                 "Feed, weight and sleep charts in Ruby's notes; a copy given to Linda at discharge."],
                ["On the day Ruby leaves hospital", H],
                ["☐ Bethan will hold a discharge planning meeting on the ward before Ruby leaves, with Sister "
                 "Rahman, Linda and Martin, and Chloe and Dean.",
                 "Discharge plan signed at the meeting, saying who collects Ruby, her feeds and any medicines, and "
                 "the family time arrangements; copies on file and with Linda."],
                ["☐ Bethan and Linda will take Ruby from the ward to Mill Cottage on the day of discharge, with her "
                 "red book, feed chart and car seat.",
                 "Placement plan and placement agreement signed by Bethan, Linda and Martin, Chloe and Dean on the "
                 "day Ruby moves."],
                ["☐ Sister Rahman will send the discharge summary to Ruby's GP and health visitor on the day of "
                 "discharge.",
                 "GP surgery and health visitor confirm to Bethan the same day that they have it."],
                ["The first four weeks at Mill Cottage", H],
                ["☐ Bethan will visit Ruby at Mill Cottage within 3 working days of her move, then every week for "
                 "the first four weeks.",
                 "Visit records show Ruby seen awake, her weight and feeds from Linda's diary, and Linda's daily "
                 "log read."],
                ["☐ Sam Ogden (health visitor) will see Ruby at Mill Cottage within 5 days of discharge, then weigh "
                 "her every 2 weeks.",
                 "Weights plotted in her red book; Ruby stays on or near the 25th centile."],
                ["☐ Linda will keep a daily log of Ruby's feeds, sleep, mood and any mark on her skin, and ring "
                 "Bethan the same day if she sees any mark or bruise.",
                 "Daily log seen by Bethan at every visit and by the supervising social worker each month."],
                ["☐ Carla Nunes will supervise family time at Vossbridge Family Centre every Monday, Tuesday, "
                 "Thursday and Friday afternoon, with Linda bringing Ruby.",
                 "Family time notes sent to Bethan within 2 working days; Chloe's and Dean's attendance recorded."],
                ["☐ Linda will take Ruby to her fracture clinic follow-up at Vossbridge General on 1 July 2025.",
                 "Clinic letter to Bethan and the GP saying whether the fractures have healed."],
                ["☐ Bethan will complete a viability assessment of Dean's parents, Carol and Ray Whitely, who have "
                 "asked to be considered as Ruby's carers, by 11 July 2025.",
                 "Written viability assessment shared with Chloe, Dean, Carol and Ray and the core group."],
            ],
        }),
        ("h1", "If something goes wrong"),
        ("p", "If Chloe or Dean withdraw their agreement to Ruby being looked after, try to take her from the ward "
              "or the family centre, or if Ruby has any new mark or injury, the ward, the family time worker or "
              "Linda will ring the police on 999 and Bethan (or the Emergency Duty Team on 01632 960 900 out of "
              "hours) straight away. Bethan will hold a strategy discussion the same day and the local authority "
              "will apply to court that day for an emergency protection order or an interim care order; Ruby "
              "will stay on the ward or at Mill Cottage. If Mill Cottage cannot take Ruby on the day she is ready "
              "to leave hospital, she will stay on Puffin Ward, with Bethan's twice-weekly and Linda's daily "
              "visits carrying on, until another approved foster home is ready."),
        ("h1", "Legal planning"),
        ("p", "A legal planning meeting on 10 June agreed that if the medical and police enquiries have not "
              "explained Ruby's injuries by her first looked after review on 2 July, or if either parent "
              "withdraws their agreement, the local authority will issue care proceedings. Bethan's team manager "
              "will hold a further legal planning meeting by 9 July to decide this."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks – first on Puffin Ward on 19 June 2025, then 17 July and 14 August 2025.",
            "Looked after review: 2 July 2025, chaired by Kate Burrows, independent reviewing officer.",
            "Review child protection conference: 4 September 2025, 1pm, Vossbridge Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group whiteboard typed up as an ASCII grid (txt). Mostly good:
#    one 'asap' and one family row with no measure.
# ---------------------------------------------------------------------------
def _ascii_grid(widths, header, rows):
    """Typed-up whiteboard grid: each cell is a list of lines, padded into columns."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line_block(cells):
        height = max(len(c) for c in cells)
        out = []
        for i in range(height):
            parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths)]
            for c, w in zip(cells, widths):
                assert all(len(x) <= w for x in c), c
            out.append("| " + " | ".join(parts) + " |")
        return out

    lines = [rule] + line_block([[h] for h in header]) + [rule.replace("-", "=")]
    for r in rows:
        lines += line_block(r) + [rule]
    return "\n".join(lines)


_GRID_6 = _ascii_grid(
    [40, 11, 15, 33],
    ["WHAT", "WHO", "WHEN", "HOW WE'LL KNOW"],
    [
        [["Home visits - see F on his own, check",
          "T's cot, the bathroom + the kitchen"],
         ["SW (Dom)"],
         ["every 2 wks,", "at least 1 in 3", "unannounced"],
         ["visit notes: F seen alone, cot +", "bathroom checked, nothing left", "in reach"]],
        [["Methadone taken at the chemist",
          "(Patel's, High St) - supervised"],
         ["Shaun"],
         ["daily"],
         ["chemist tells VRP of any missed", "dose; VRP rings SW same day"]],
        [["Urine test at each VRP appt + written",
          "update for CG on whether Shaun is",
          "making the changes (on top use,",
          "needles, keeping to script)"],
         ["VRP (Josh)"],
         ["fortnightly +", "before each CG"],
         ["results + update emailed to SW;", "all tests clear by 09/07"]],
        [["Lockable box for meds + needles, kept",
          "locked, key kept on Shaun - kids",
          "can't get to it"],
         ["Shaun (box", "from VRP)"],
         ["by 13/06"],
         ["SW sees box locked at every", "visit"]],
        [["Get F to school for 8.45 with",
          "breakfast inside him"],
         ["Mum"],
         ["every school", "day"],
         ["register: no lates from 16/06 to", "end of term (18/07)"]],
        [["Ring SW if F is late, absent or comes",
          "in hungry"],
         ["DSL"],
         ["same day"],
         ["logged on CPOMS + weekly", "attendance email to SW (Fri)"]],
        [["SALT referral for Tia - speech and",
          "language"],
         ["HV"],
         ["asap"],
         ["referral accepted letter on file"]],
        [["2 1/2 yr review for Tia + weigh her"],
         ["HV"],
         ["by 04/07"],
         ["red book + ASQ scores sent to SW"]],
        [["Tia's nursery - 3 full days, keyworker",
          "keeps a list of her new words"],
         ["Kelly (Tiny", "Steps)"],
         ["Mon/Wed/Fri", "from 16/06"],
         ["word list shown at each CG - aim", "50+ words by Christmas"]],
        [["Have F + T overnight Sat so Mum + Dad",
          "get a break"],
         ["Nanna J"],
         ["every Sat"],
         ["-"]],
        [["School run Tue + Thu when Mum is on an",
          "early shift"],
         ["Nanna J"],
         ["Tue + Thu"],
         ["F in by 8.45 on the register"]],
        [["'Steps Together' parenting course",
          "(6 wks, Vellacott Family Hub)"],
         ["Mum + Dad"],
         ["starts 19/06"],
         ["certificate + course worker's", "report to SW"]],
    ],
)

PLANS.append({
    "name": "b15_vellacott_whiteboard_gatley.txt",
    "split": "tune",
    "template": "typed-up-whiteboard-ascii-grid",
    "description": (
        "A social worker's typed-up copy of the core group whiteboard for a 5-year-old and a 2-year-old "
        "(neglect; father on a methadone script who used heroin on top), with a key of initials, headings "
        "in capitals and the plan as an ASCII grid (WHAT | WHO | WHEN | HOW WE'LL KNOW) with wrapped cells. "
        "Mostly good: the speech and language referral is 'asap' and the grandmother's Saturday overnights "
        "have '-' as the measure; the contingency covers her support failing, with legal planning."
    ),
    "text": """\
VELLACOTT CHILDREN'S SERVICES - CORE GROUP 11/06/2025 - WHITEBOARD
Typed up from the photo of the whiteboard by Dom Reyes (SW), 12/06/2025.
Copies to everyone who was there, and to Chantelle and Shaun.

CHILDREN:  Frankie GATLEY (5, Reception, Brook Lane Primary)
           Tia GATLEY (2, Tiny Steps Nursery)
PARENTS:   Chantelle Gatley (Mum) + Shaun Gatley (Dad), 7 Tanner Row
CP PLAN:   since ICPC 22/05/2025 - neglect
THERE:     Chantelle, Shaun, Dom Reyes (SW), Gail Hewitt (HV), Mrs Parveen
           Akhtar (DSL, Brook Lane), Kelly Moss (Tiny Steps), Josh Bright
           (VRP), Jean Gatley (Nanna J)

KEY:  F = Frankie   T = Tia   SW = Dom Reyes   HV = Gail Hewitt
      DSL = Mrs Akhtar   VRP = Vellacott Recovery Partnership (Josh Bright)
      Nanna J = Jean Gatley, Shaun's mum   CG = core group

*** WHAT WE WANT FOR FRANKIE + TIA ***
  - F in school every day, on time, with breakfast inside him
  - T's talking coming on - lots more words by Christmas
  - both kids looked after every day by a grown-up who isn't using
  - no needles or meds anywhere the kids can reach

*** FRANKIE SAYS (Dom saw him on his own at school 06/06) ***
  "Daddy sleeps a lot in the day." "I like Nanna's because she has a
  trampoline." F gave home 6 out of 10 - "it would be 10 if Daddy played
  football with me".
  Tia: babbles, a few words ("more", "mama", "no"), points at what she
  wants. Kelly says she is happy at nursery, eats everything and cries
  for Mum at home time.

*** WORRIES ***
  - Shaun on a methadone script with VRP, but used heroin on top in April
  - foil + a needle found in the bathroom bin on Dom's visit 14/05
  - F late 14 times this half term, twice with no breakfast
  - T only has a few words at 2 and a half

*** THE PLAN ***
""" + _GRID_6 + """

*** IF IT GOES WRONG ***
  - Shaun found under the influence while looking after the kids, not
    picking up his script, or drugs/needles found where the kids can
    reach -> SW (EDT out of hours) visits SAME DAY + strategy discussion.
    Shaun leaves the house that day and stays at his brother Lee's. If
    Mum is at work, F + T go to Nanna J's.
  - If Nanna J can't have the kids that day -> foster carers, same day
    (SW arranges).
  - If Nanna J can't do the Tue/Thu school run -> F goes to Brook Lane
    breakfast club those days (place already funded): Dad drops him by
    8am and the DSL rings SW if F isn't in by 8.15.
  - If Nanna J can't do a Saturday -> no overnight, Mum + Dad care for
    the kids at home that weekend and SW or EDT rings Sat evening.
  - If drugs/needles are found in reach of the kids again, OR Shaun's
    tests are not all clear by 09/07 -> SW asks the team manager for a
    legal planning meeting within 5 working days.

*** NEXT ***
  NEXT CG: Wed 09/07/2025, 1pm, Brook Lane Primary - then every 4 weeks
           (06/08/2025, 03/09/2025)
  RCPC:    Thu 21/08/2025, 10am, Vellacott House
""",
    "findings": [
        F("T002", "SALT referral for Tia - speech and"),
        F("M001", "Have F + T overnight Sat so Mum + Dad"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Letter to a 15-year-old about her plan, Welsh/English headings (md).
#    Mostly good: a CMHT care coordinator who only supports Mum, and
#    counselling "when you feel ready".
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_valemouth_bilingual_letter_pugh.md",
    "split": "tune",
    "template": "letter-to-teenager-bilingual-welsh-english-headings-md",
    "description": (
        "A social worker's letter to a 15-year-old young carer after her ICPC (neglect; mother's depression "
        "and drinking), with Welsh/English headings and one-sentence actions written to her ('I'll', "
        "'Mum will', 'Aunty Bethan will', named workers). Mostly good: the CMHT care coordinator only "
        "supports Mum, with no view on change asked for, and the school counsellor's sessions are 'when you "
        "feel ready'. Alcohol service assesses change; aunt's help covered in the contingency; legal gateway "
        "meeting; core group and review dates."
    ),
    "text": """\
**Cyngor Bwrdeistref Sirol Valemouth · Valemouth County Borough Council**
Gwasanaethau Plant – Tîm Diogelu 2 · Children's Services – Safeguarding Team 2
Tŷ'r Harbwr, Stryd y Cei, Valemouth

30 Mehefin 2025 · 30 June 2025

Ffion Pugh
12 Heol y Felin
Valemouth

Annwyl Ffion · Dear Ffion,

Thank you for coming to the start of the conference on 23 June and telling everyone what you think – I
know you didn't want to be there. You asked me to write the plan down for you in plain words, "not
social worker speak", so here it is. If you'd like the whole letter in Welsh, just tell me and I'll send
it.

## Pam mae gen ti gynllun · Why you have a plan

Everyone at the conference agreed that you need a child protection plan, under the heading "neglect".
That isn't about anything you have done. It's because Mum's depression has been really bad since your
taid died in the winter, and she has been drinking most days, sometimes from the morning. You've been
doing the shopping, topping up the electric, getting Mum up and making sure she eats. You've missed 23
days of school since February, and on 31 May the police found you walking home on your own at 2am after
you'd gone into town to look for Mum.

## Beth rwyt ti wedi'i ddweud wrthon ni · What you've told us

You told me: "I'm not a kid, I can look after myself – it's Mum who needs looking after." You said you
want Mum "to be like she was before Taid died", that you want to stay living at home and definitely
don't want to go into care, and that the best part of your week is weekends at Aunty Bethan's because "I
can just sleep". You don't want your friends to know about the plan, and you'd rather see me at school
than at home so that Mum doesn't get upset.

## Beth rydyn ni eisiau i ti · What we want for you

- You're in school every day and have caught up enough to start your GCSE year in September without
  worrying.
- There is always a sober adult at home in the evening and at night, and you never have to go out
  looking for Mum again.
- There's food in the house, the electric stays on, and you get time to be 15 – to sleep, see your
  friends and not be Mum's carer.

## Beth fydd yn digwydd · What will happen – who, when, and how we'll know

- I'll see you on your own every two weeks, at school or wherever you'd rather, and I'll write down what
  you tell me so that your views go to every core group meeting.
- I'll visit Mum at home every two weeks as well, and each time I'll check there's food in for tea and
  credit on the electric meter and write down what I find.
- Mum has agreed to see Nia Howells at the Valemouth Community Drug and Alcohol Team (CDAT) on 3 July,
  and Nia will assess Mum's drinking and write to me by 31 July about how much she drinks, whether she
  can stop, how long that might take and what it means for you.
- Mum will do a breath test at every CDAT appointment, once a week, and Nia will send me the results
  every Friday.
- Mum's care coordinator at the Community Mental Health Team, Gareth Bowen, will keep seeing her every
  two weeks to help with her low mood and her tablets, and he'll tell me the same day if she misses an
  appointment.
- Mrs Jenkins, your Head of Year, will meet you every Monday morning to plan your week and ring me by
  10am on any day you're not in school; we'll know it's working when your attendance is back above 90%
  by the end of term on 18 July.
- Ceri, the school counsellor, will see you for sessions when you feel ready, and she'll tell me how
  many you've been to (but not what you talk about).
- Sara Morgan from Valemouth Young Carers will do your young carer's assessment with you by 18 July, and
  you'll get your own copy saying what help you'll get, like the Friday youth club and the summer trips.
- Aunty Bethan will have you at her house from Friday teatime to Sunday evening every weekend, and she'll
  text me each Sunday night to say you've been.
- Aunty Bethan will also ring Mum at 9pm every weeknight and, if Mum sounds drunk, come and fetch you,
  texting me the next morning to say what happened.
- I'll finish my assessment of how things are at home, with what you, Mum and Bethan tell me, and send it
  to you and the core group by 8 August.

## Os aiff pethau o chwith · If things go wrong

If Mum has been drinking and there's no sober adult at home at night, if Mum goes missing, or if you
don't feel safe, ring or text me on 07700 900 588, or the out-of-hours team on 01632 960 999 after 5pm –
please don't go out looking for her. That same night you'll go to Aunty Bethan's, and she has agreed to
come and get you. If Bethan can't have you, or can't do her weekends or evening calls, I (or the
out-of-hours team) will find you a foster home near school for that night and I'll hold a strategy
discussion the next working day.

If Mum isn't going to CDAT, or her breath tests aren't clear, by the core group on 7 August, my manager
and I will hold a legal gateway meeting with our solicitor to decide whether we need to go to court to
keep you safe. I'll tell you first if that happens.

## Pryd byddwn ni'n cyfarfod eto · When we'll meet again

The core group (Mum, Aunty Bethan, Mrs Jenkins, Nia from CDAT, Gareth from the CMHT, Sara from Young
Carers and me) meets every four weeks: 10 July, 7 August and 4 September 2025, at 3.45pm at Valemouth
High School. You're welcome at any of them, or you can send me what you want said. Your review child
protection conference is on 15 September 2025 at 10am at Tŷ'r Harbwr.

Cofion · Best wishes,

Lowri Evans
Gweithiwr Cymdeithasol · Social Worker
""",
    "findings": [
        F("H001", "Mum's care coordinator at the Community Mental Health Team"),
        F("T002", "Ceri, the school counsellor, will see you for sessions"),
    ],
})
