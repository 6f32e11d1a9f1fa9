"""Batch 206, module b: seven fictional plans (tuning material), places beginning with "b".

Batch: 206. Letter: b. Split: tune (every plan).

Everything here is made up: children, families, professionals, police
officers, schools, nurseries, hospitals and wards, services and councils
(Bruckleford, Bazelhurst, Bittlesmoor, Brasenby, Borrowdene, Bunchester,
Burghallow, Blenkinsall and the services named after them). Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: practitioners' shorthand again, in other templates and other
hands. Each plan is typed fast by one practitioner in the notation of
their own trade: a safeguarding midwife's pre-birth plan ("26+3/40",
"AN", "PN", "d/c", "CO ppm", "EPDS"), a school DSL's CPOMS-style action
entries, a police and MARAC action sheet joined to the child protection
plan, a conference chair's "actions only" page, a family support
worker's weekly plan grid, a WhatsApp summary typed into the case file,
and a children's ward discharge checklist that doubles as the plan.
Owners are initials and single letters explained once in a key or an
opening line ("J = Jade", "MGM", "DS Kaur", "KT (SW)", "Mrs O (NS)",
"Me (Faye)"), children too ("R + K", "J + T", "E"); times are
shorthand, some real ("wkly", "2/52", "by 34/40", "w/c 16/02/26",
"2x/wk", "Mon/Wed/Fri", "every shift until d/c", "before d/c", "by CG3",
"till RCPC", a week grid's day columns) and some vague alone ("tbc",
"Ongoing", "when poss"); checks are shorthand too, some real ("wt on
centile chart", "CPOMS", "att. figs to KT every Fri", "UDS results",
"breath test 0.00", "works order no. on MARAC minutes", "visit notes
w/in 48h") and some not ("keep an eye on", "feedback @ CG") or missing
("-", a blank cell); grammar is clipped, with arrows, slashes, plus
signs, ticks and brackets. A
shorthand owner or time counts when a reader of the plan can tell who or
when; "tbc", "ASAP", "ongoing" and "when poss" alone give no time. Where
a case was borderline the text was rewritten so that it is clearly on one
side.

1. Bruckleford (pdf, header and footer, exemplary): a safeguarding
   midwife's pre-birth plan for an unborn baby at 26 weeks (the mother's
   history of postnatal depression under the perinatal mental health
   team, the father's daily cannabis, a 4-year-old brother, the maternal
   grandmother helping after the birth), in her own notation: a key,
   "baby's world" and the brother's words, goals for the baby, then one
   table (No. / Plan / Who / When / How we'll know) in antenatal, ward and
   first-weeks parts; the perinatal team reports on the mother's capacity
   to change and how long it may take, the drug service on the father's.
2. Bazelhurst (md): a primary school DSL's CPOMS-style action entries for
   a 9-year-old and a 5-year-old on plans for neglect (the mother on night
   shifts, the 9-year-old getting his sister ready), each entry a
   numbered block (Action / Assigned / Due / Evidence / Status), closed
   entries kept below. Faults: the Year 1 teacher's arrival checks with
   "keep an eye on" as the only evidence (M002); "All staff" reporting
   sightings (W002); the learning mentor's Drawing and Talking sessions
   "Ongoing" (T002); the homework club with "-" for evidence (M001); an
   outcome about the mother's routine only (F002); and the review
   conference "date tbc" (R001).
3. Bittlesmoor (docx): a police and MARAC action sheet joined to the
   child protection plan for a 9-year-old and a 4-year-old after domestic
   abuse (the father on bail, the mother's depression under the community
   mental health team, a move to a refuge in Brasenby being planned), a
   MARAC table (Ref / Agency / Action / Owner / By / Evidence back /
   Status, one row done) then the CP plan's own rows (Ref / What / Who /
   When / Check). Faults: the CAMHS referral handed to the receiving
   council until after the transfer (X001); the care coordinator's
   visits that only support the mother (H001); "locks to be changed" with
   no one named (W001); the 4-year-old's nursery place "tbc" (T002); the
   IDVA's Freedom Programme referral with no evidence (M001); a
   contingency of "risk escalates", a MARAC re-discussion and next steps
   "considered" (C002); and nothing on legal planning (R002).
4. Borrowdene (pdf, header and footer): the conference chair's "actions
   only" page after core group 2 for a 7-year-old and a 2-year-old
   (neglect, the mother's drinking with the alcohol service, the maternal
   grandmother and an aunt doing school runs and teas), numbered clipped
   lines (who / what / when / check). Faults: no expected outcome for the
   children anywhere (O001); nothing of what the children say or of their
   days (F003); the dentist with nothing for when (T001); "CG" sharing
   worries (W002); the aunt's teatimes with "feedback @ CG" as the only
   check (M002); a contingency with no fallback if the grandmother or
   aunt stops (C003); and nothing on legal planning (R002).
5. Bunchester (docx, landscape, exemplary): a family support worker's
   weekly plan grid for a 3-year-old and a 10-month-old (neglect, the
   father's alcohol use with the recovery service, the paternal
   grandmother's Saturdays): people down the side, Monday to weekend
   across, each box a job with its check, a "this month only" list, the
   children's words and days, outcomes, an if / then box and meetings.
6. Burghallow (txt): a case note into which the social worker typed the
   WhatsApp summary she sent the mother and core group after core group 1
   for a 6-year-old (the mother's anxiety and panic attacks, debts):
   clipped message lines with emoji words and ticks. Faults: four of seven
   live actions about the mother's own needs with no link to the child
   (F001); the mother's anxiety recorded with no adult service owning any
   action (F004); the food bank "when poss" (T002); "Everyone" ringing the
   social worker (W002); and the counselling self-referral with no check
   (M001).
7. Blenkinsall (md, exemplary): a children's ward discharge checklist
   that doubles as the plan for a 7-month-old admitted with faltering
   growth (the father's drinking with the alcohol service, the mother's
   learning needs): ticked items done on the ward (not counted), then open
   items with who / when / check, the baby's observed day on the ward, the
   sister's words, outcomes, if / then and meetings.

Plans 1, 5 and 7 are exemplary: every action has an owner a reader can
name from the key or opening lines, a real timescale, however clipped, and
something that can be seen, counted or read; every outcome is about the
child; each contingency has specific triggers and concrete protective
responses and says what happens if a relative's help fails; each records
the child's words or a baby's observed day, core group dates and a dated
review conference, and legal planning after named triggers; where a parent
is ill or uses drugs or alcohol an adult service owns work, and every adult
mental health service is asked for its view of the parent's capacity to
change and the likely timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table (header and part rows excepted), each live CPOMS entry,
each numbered line of the chair's page, each box with work in it in the
weekly grid and each line of the "this month only" list, each live line of
the WhatsApp summary's "to do" part and each open item of the discharge
checklist counts once, whatever number of sentences it holds. Keys,
what has happened, the children's words and days, outcomes and goals,
closed or ticked one-off items, contingencies and meeting dates are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A safeguarding midwife's pre-birth plan in her own notation: key,
#    baby's world, goals, then one table in AN / ward / first-weeks parts.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_bruckleford_midwife_prebirth_notation_table_hadfield.pdf",
    "doc_title": "Pre-birth safeguarding plan (maternity) - baby of Jade Hadfield",
    "split": "tune",
    "actions": 17,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Bruckleford Maternity Safeguarding Team · Baby of Jade HADFIELD · EDD 09/04/26",
    "footer": "MW pre-birth plan v2 (post-ICPC) · typed by BA (SMW) 12/01/26 · Page {PAGE} of {NUMPAGES}",
    "template": "safeguarding-midwife-prebirth-plan-pdf-header-footer-obstetric-summary-line-key-of-initials-and-midwifery-abbreviations-why-in-clipped-lines-babys-world-and-brothers-words-j-and-r-say-goals-for-baby-then-one-table-no-plan-who-when-how-well-know-with-antenatal-ward-and-first-weeks-part-rows-then-if-then-lines-meetings",
    "description": (
        "Exemplary pre-birth plan written by the safeguarding midwife in her own notation after the "
        "pre-birth conference at 26+3 weeks: the mother had postnatal depression after her first child "
        "and is under the perinatal mental health team, the baby's father smokes cannabis daily, the "
        "4-year-old brother's nursery attendance is poor, and the maternal grandmother will stay for the "
        "first two weeks. A key gives initials and abbreviations (J, R, M, MGM, SMW, CMW, PMHT, DAS, "
        "EPDS, CO ppm, d/c); baby's world and the brother's words, goals for the baby, then one table "
        "(No. / Plan / Who / When / How we'll know) in antenatal, ward and first-weeks parts, with times "
        "such as 'by 34/40', '2/52 to 36/40 then wkly', 'every shift until d/c' and 'days 1, 5 and 10 "
        "after d/c'. The perinatal psychiatrist and CPN report on the mother's capacity to change and "
        "how long it may take; the drug service reports on the father's. The contingency has specific "
        "triggers, a fallback if the grandmother cannot stay, and a legal planning meeting; core group "
        "and review dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth safeguarding plan (maternity)"),
        ("p", "Bruckleford Hospitals NHS Trust, Maternity Safeguarding Team, with Bruckleford Borough Council "
              "Children's Services. Plan agreed at pre-birth ICPC 08/01/26; this is the MW copy in MW notation "
              "(the SW's plan has the same actions in full words). Kept in J's handheld notes + on BruckNet."),
        ("p", "Baby of Jade HADFIELD · G2P1 · EDD 09/04/26 · 26+3/40 at ICPC · booked Bruckleford Birth Centre "
              "→ moved to consultant-led care (PMHT hx) · CP plan, category neglect (pre-birth)."),
        ("h1", "Key"),
        ("table", {
            "header": ["Who / what", "Means"],
            "widths": [4.0, 13.0],
            "rows": [
                ["J", "Jade Hadfield, Mum (24), 14 Tanner's Row, Bruckleford BK3 7PL"],
                ["R", "Ryan Cole, baby's father (27), lives with J"],
                ["M", "Mason Hadfield (4), J's son; Bruckleford Nursery School, morning sessions"],
                ["MGM", "Carol Hadfield, J's mum, 9 Wharf Lane (5 min walk)"],
                ["PGM", "Denise Cole, R's mum, Bruckleford Heath (15 min drive)"],
                ["BA (SMW)", "Bev Ashworth, safeguarding midwife; wrote this plan"],
                ["AP (CMW)", "Anna Pilling, community midwife, Bruckleford North team"],
                ["NR (SW)", "Nadia Rahman, social worker, Bruckleford Children's Services (TM: Rob Kettle)"],
                ["LC (HV)", "Lisa Carr, health visitor, Bruckleford 0-19 Service"],
                ["HM / SO (PMHT)", "Dr Helen Mayo, perinatal psychiatrist; Sam Oakes, perinatal CPN; "
                                   "Bruckleford Perinatal Mental Health Team"],
                ["GF (DAS)", "Gary Fenn, R's keyworker, Bruckleford Drug and Alcohol Service"],
                ["Mrs O (NS)", "Mrs Grace Okoro, DSL, Bruckleford Nursery School"],
                ["Abbrev.", "26+3/40 = weeks of pregnancy; AN = antenatal; PN = postnatal; d/c = discharge; "
                            "EPDS = Edinburgh postnatal depression score; GAD-7 = anxiety score; CO ppm = carbon "
                            "monoxide breath reading; UDS = urine drug screen; SUDI = sudden infant death; "
                            "CG = core group; RCPC = review conference; LPM = legal planning meeting"],
            ],
        }),
        ("h1", "Why a plan (clipped from ICPC)"),
        ("bullets", [
            "J: PND after M (2021), 2 wks on Ward 4 (Bruckleford Mental Health Unit); M to MGM for 6 wks. "
            "Now: anxiety ↑ since 20/40, sleeping poorly, on sertraline 100mg, under PMHT since 19/11/25.",
            "R: cannabis daily (\"3-4 joints\"), smokes in flat + car. CO 9 ppm for J at 24/40 (non-smoker). "
            "Referred himself to DAS 02/01/26.",
            "M: nursery att. 62% autumn term; often late, twice not collected till 12.40. Flat: no cot / "
            "Moses basket yet, bedroom door has no handle.",
        ]),
        ("h1", "Baby's world + what M says"),
        ("p", "Baby (26+3/40): growth 50th centile on USS 06/01/26, active. J says baby \"kicks like mad when M "
              "talks to the bump\". Baby will come home to a 2-bed flat: J + R's room (basket to go by J's side "
              "of the bed), M's room. Smoke smell on the landing at SW visit 05/01."),
        ("p", "M (seen alone by NR at nursery 05/01/26): \"The baby's going to sleep in my bed.\" \"Daddy's "
              "smoke smells yucky.\" \"Mummy cries in the bath sometimes.\" Drew the baby in a pram with Nana. "
              "Wants to \"push the pram to nursery\"."),
        ("p", "J: \"I know what happened last time. I want help before it gets bad, not after.\" R: \"I'll "
              "smoke outside, I'm not daft. I want to cut down for the baby.\""),
        ("h1", "Goals for baby (and M)"),
        ("numbers", [
            "Baby is born safely, fed + warm, back to birth wt by day 14, then on his/her centile.",
            "Baby sleeps on his/her back in own Moses basket, in a smoke-free room, every sleep.",
            "Baby + M are cared for by a mum whose mood is stable enough to feed + settle baby and get M to "
            "nursery, with help in place before she is unwell.",
            "M is at nursery every session (90%+), collected on time, and does not have to look after baby.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row: who (see key), when, and how we'll know. Part rows say which stage; each row has its "
              "own time."),
        ("table", {
            "header": ["No.", "Plan (MW notation)", "Who", "When", "How we'll know"],
            "widths": [1.3, 5.8, 2.9, 3.2, 3.8],
            "rows": [
                ["A", "ANTENATAL (now → birth)", H, H, H],
                ["A1", "AN checks + EPDS / GAD-7 at every appt; ask J re sleep + R re smoking at each appt",
                 "AP (CMW)", "2/52 to 36/40, then wkly till birth",
                 "EPDS + GAD-7 scores in handheld notes; copied to NR (SW) by BA monthly"],
                ["A2", "CO ppm for J at every AN appt (R's smoke)", "AP (CMW)", "Every AN appt",
                 "CO reading on BruckNet; target < 4 ppm from 30/40"],
                ["A3", "Psych r/v: sertraline + PN relapse plan; written view on J's capacity to care for baby + "
                       "M after birth, what needs to change + likely timescale",
                 "HM (PMHT)", "Report by 34/40 (05/03/26)",
                 "Letter to NR + BA; discussed at CG 3 (19/03/26)"],
                ["A4", "CPN home visits: anxiety + relapse-signature plan written w/ J; report to each CG on J's "
                       "progress, her capacity to change + how long that is likely to take",
                 "SO (PMHT CPN)", "Wkly from 13/01/26 until baby is 12 wks",
                 "Relapse plan in handheld notes by 32/40; CPN report at each CG"],
                ["A5", "Keywork + UDS for R; written update to CG on R's progress + capacity to stop using "
                       "around baby",
                 "GF (DAS)", "Keywork wkly (Tue); UDS 2/52",
                 "UDS results to NR 2/52; GF's letter by 32/40 (19/02/26)"],
                ["A6", "R: no cannabis or tobacco smoked in the flat or car; smoke outside, change top after",
                 "R", "Every day from 09/01/26", "J's CO < 4 ppm (A2); no smoke smell at NR's visits"],
                ["A7", "HV AN contact at home: safe sleep (SUDI), feeding plan, who helps at night",
                 "LC (HV)", "By 32/40 (w/c 16/02/26)", "AN contact on HV record; feeding plan in red book"],
                ["A8", "Buy + set up Moses basket by J's side of bed; handle back on bedroom door",
                 "J + R (jointly)", "By 34/40 (05/03/26)", "LC or NR sees basket set up + handle fitted"],
                ["A9", "SW visits: see M alone, J + R together, check bedroom, fridge + smoke",
                 "NR (SW)", "2/52 until birth, then wkly till RCPC", "Visit notes w/in 48h incl. M's words"],
                ["A10", "Pre-birth parenting assessment (J + R), incl. MGM's part",
                 "NR (SW)", "Complete by 34/40 (05/03/26)",
                 "Report w/ recommendation for after birth, shared w/ J, R + CG 3"],
                ["A11", "Safeguarding alert on BruckNet + birth plan to Delivery Suite + Ward 12 (who can visit, "
                        "no d/c w/o SW agreement)",
                 "BA (SMW)", "By 30/40 (05/02/26)", "Alert visible on BruckNet; birth plan copy in notes"],
                ["A12", "Nursery: register check; ring J then NR if M not in by 9.30",
                 "Mrs O (NS)", "Every nursery session", "Att. figs to NR every Fri; target 90%+ by Easter"],
                ["W", "WARD 12 (birth → d/c)", H, H, H],
                ["W1", "Obs of feeding, handling, J's mood + R's visits; record each shift",
                 "Ward 12 MW in charge", "Every shift until d/c",
                 "Feeding chart + shift notes; BA reads them before d/c mtg"],
                ["W2", "D/c planning mtg (J, R, MGM, NR, BA, LC): agree first-2-wks plan",
                 "BA (SMW) + NR (SW)", "Before d/c (day 1-2 PN)", "Signed d/c plan on BruckNet + SW file"],
                ["F", "FIRST WEEKS (d/c → RCPC)", H, H, H],
                ["F1", "PN visits + baby weighed", "AP (CMW)", "Days 1, 5 + 10 after d/c",
                 "Wt on centile chart; back to birth wt by day 14"],
                ["F2", "MGM stays nights 1-14 after d/c; does M's nursery run Mon/Wed/Fri",
                 "Carol (MGM)", "Nights 1-14 after d/c; nursery run from 12/01/26",
                 "Nursery sign-in sheet; LC sees Carol at new birth visit"],
                ["F3", "New birth visit then wkly wt + EPDS for J",
                 "LC (HV)", "Day 10-14, then wkly till 8 wks",
                 "Wt on chart in red book; EPDS score to NR wkly"],
            ],
        }),
        ("h1", "If → then"),
        ("bullets", [
            "J's EPDS ≥ 13, or J says she has thoughts of harming herself or baby → same-day PMHT duty r/v "
            "(SO or duty CPN) + NR told same day; MGM or PGM stays with J + baby until PMHT + NR agree "
            "it is safe.",
            "Smoke smell in the flat, J's CO ≥ 4 ppm, or R's UDS +ve after 05/03/26 → NR visits same day; R "
            "stays at PGM's until 2 neg UDS in a row.",
            "Carol (MGM) can't do nights 1-14 → Denise (PGM) stays instead (agreed 08/01); if neither can, J + "
            "baby stay on Ward 12 (no d/c without an adult staying overnight) and NR arranges a mother and "
            "baby foster placement if it is needed.",
            "Baby seen with any mark/bruise, or J or R under the influence while caring for baby → ring NR "
            "(or EDT out of hours) → strategy discussion same day; baby + M to MGM's that night or to foster "
            "carers found by NR/EDT.",
            "Pre-birth assessment (A10) says baby can't safely go home, or R's UDS still +ve at 34/40, or J "
            "stops sertraline without HM's agreement → Rob Kettle (TM) holds LPM w/in 5 working days "
            "(before 36/40).",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "CG 4-wkly, Thu 2pm, Bruckleford Children's Centre: 22/01/26, 19/02/26, 19/03/26 (then 4-wkly "
            "after birth).",
            "RCPC: 23/04/26, 10am, Bruckleford Civic Centre (moved earlier if baby is born before 36/40).",
        ]),
        ("p", "Copies: J, R, NR (SW), LC (HV), AP (CMW), HM + SO (PMHT), GF (DAS), Mrs O (NS), GP (Dr Ahmed, "
              "Bankside Surgery, Bruckleford), Delivery Suite + Ward 12."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A primary school DSL's CPOMS-style action entries for the school's part
#    of the CP plan, closed entries kept below. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_bazelhurst_dsl_cpoms_action_entries_mottram.md",
    "split": "tune",
    "actions": 13,
    "template": "primary-school-dsl-cpoms-style-action-list-md-export-line-key-of-staff-initials-why-on-plan-what-r-and-k-say-outcomes-copied-from-cp-plan-then-numbered-cpoms-entries-h3-per-entry-action-assigned-due-evidence-status-lines-open-then-closed-entries-then-if-and-meetings",
    "description": (
        "A primary school DSL's CPOMS-style action list for a 9-year-old boy and his 5-year-old sister "
        "on child protection plans for neglect: their mother works night shifts and sleeps through the "
        "mornings, the boy gets his sister up and dressed, both arrive late and hungry, and the girl "
        "has head lice and wet clothes. Printed for core group 2, with a key of staff initials, what the "
        "children say, outcomes copied from the CP plan, then one numbered entry per action (Action / "
        "Assigned / Due / Evidence / Status) in CPOMS shorthand ('every sch day by 9.15', 'Tue + Thu from "
        "13/1', 'att. figs to KT Fri'), including the social worker's, the family hub's and the mother's "
        "rows, and closed entries kept below. Faults: the Year 1 teacher's arrival checks with 'keep an "
        "eye on' as the only evidence; 'All staff' reporting sightings; the learning mentor's Drawing and "
        "Talking sessions 'Ongoing'; the homework club with '-' for evidence; an outcome about the "
        "mother's routine only; and the review conference 'date tbc'."
    ),
    "text": """\
# Bazelhurst Fields Primary School · CPOMS action list

**Pupils:** Riley MOTTRAM (Y5, 9) · Kacey MOTTRAM (Y1, 5) · **Alert:** CP plan (neglect) from ICPC 08/01/26
**Printed:** 26/01/26 by JP (DSL) for CG2 · school's part of the CP plan + other agencies' rows copied in so it's all in one place

**Key:** R = Riley · K = Kacey · S = Stacey Mottram (Mum) · D = Dean Yates (S's partner, lives with them)
JP = Mrs Joanne Pratt (DSL) · CH = Mr Carl Hughes (DDSL) · LA = Miss Laura Allen (Y5 teacher) ·
RS = Mr Ravi Shah (Y1 teacher) · DK = Mrs Dee Kaur (learning mentor) · TB = Mrs Tina Bell (office / attendance) ·
ML = Mrs Maureen Lowe (breakfast club lead) · GR = Gemma Rigg (school nurse, Bazelhurst 0-19 Team) ·
KT = Kim Thornton (SW, Bazelhurst Children's Services) · JoP = Jo Platt (FSW, Bazelhurst Family Hub)

---

## Why on a plan (from ICPC)

- S works nights (care home, Sun-Wed 8pm-8am) → asleep when R + K get up Mon-Thu. D leaves for work 6.30am.
- R (9) gets K up, dressed, cereal if there is any. Late 23 times autumn term; K 19.
- K: head lice since Oct, wet/smelly clothes x6 logged on CPOMS, no PE kit. R: falling asleep in class, says he "listens for K" at night.
- Flat: little food in on 3 of 4 SW visits; K's mattress wet.

## What R + K say

- R (to DK, 14/01/26, on his own): "I'm the one who does the mornings. I don't mind. I just get told off for being late." "I want Mum to be awake when we get up." Worry scale 7/10 on mornings, 2/10 at school.
- K (drawing with RS, 15/01/26): drew "Riley doing my hair". "I like breakfast club, there's toast." "My bed is wet sometimes and it's cold."

## What we want (copied from CP plan)

1. R + K get to school on time every day, fed and in clean uniform (att. 95%+ by Easter hols).
2. K is free of head lice and has a dry, warm bed.
3. R is a 9-year-old, not K's carer: an adult gets both children up and ready every school day.
4. Stacey has a routine she can keep after night shifts.

---

## Open entries

### #3121 · R · CP plan / Emotional wellbeing
- **Action:** 1:1 check-in w/ R: worry scale (mornings + home) + "3 good things"
- **Assigned:** DK
- **Due:** wkly, Tue 9.10am
- **Evidence:** worry score on CPOMS each wk; sent to KT w/ Fri summary
- **Status:** open · started 13/01

### #3122 · R + K · Attendance
- **Action:** First-day call to S then D if R/K not in by 9.05; if no answer → KT
- **Assigned:** TB
- **Due:** every sch day by 9.15
- **Evidence:** call log on CPOMS; att. figs to KT every Fri
- **Status:** open

### #3123 · R + K · CP plan / Neglect
- **Action:** Free breakfast club place for R + K (PP funded)
- **Assigned:** ML
- **Due:** every sch day 8.00am from 12/01
- **Evidence:** b'fast club register, copy to JP Fri
- **Status:** open

### #3124 · K · CP plan / Neglect
- **Action:** Check K's hair + clothes on arrival Mon + Thu; spare uniform from office if wet/dirty
- **Assigned:** RS
- **Due:** Mon + Thu on arrival
- **Evidence:** keep an eye on
- **Status:** open

### #3125 · R + K · Health
- **Action:** School nurse health review for R + K: ht/wt, hair, teeth, K's wetting
- **Assigned:** GR
- **Due:** by 13/02/26
- **Evidence:** health review letter to JP + KT; dentist + enuresis referral if needed
- **Status:** open · parental consent signed 16/01

### #3126 · R + K · CP plan / Disclosure
- **Action:** Report to JP any sign R has sole care of K (before/after sch), or any disclosure by R or K
- **Assigned:** All staff
- **Due:** same day
- **Evidence:** CPOMS entry + JP alerted; JP passes to KT same day
- **Status:** open

### #3127 · K · Emotional wellbeing
- **Action:** Drawing and Talking sessions for K w/ learning mentor
- **Assigned:** DK
- **Due:** Ongoing
- **Evidence:** session record + K's "feelings faces" sheet on CPOMS
- **Status:** open

### #3128 · R · Learning
- **Action:** After-school homework club place for R (finishes 4.15, S or D collects)
- **Assigned:** LA
- **Due:** Tue + Thu from 13/01
- **Evidence:** -
- **Status:** open

### #3129 · R + K · Multi-agency
- **Action:** Fri summary to KT: att., lates, CPOMS logs, R's worry score
- **Assigned:** JP
- **Due:** every Fri by 3pm
- **Evidence:** e-mail on KT's file; copy on CPOMS
- **Status:** open

### #3130 · R + K · Attendance
- **Action:** Attendance mtg w/ S + D → signed attendance contract (who does mornings which days)
- **Assigned:** CH
- **Due:** by 06/02/26
- **Evidence:** signed contract on CPOMS; att. 95%+ by Easter hols (TB's figs)
- **Status:** open · mtg booked 03/02

### #3131 · R + K · Other agency (KT)
- **Action:** Home visits: see R + K alone (1 in 3 unannounced, before sch); check beds, food, K's mattress
- **Assigned:** KT (SW)
- **Due:** wkly until RCPC
- **Evidence:** visit notes w/in 48h w/ R's + K's words; KT tells JP of anything school needs to know
- **Status:** open

### #3132 · R + K · Other agency (Family Hub)
- **Action:** Morning routine sessions at home w/ S + D: alarms, visual timetable for K, uniform out night before
- **Assigned:** JoP (FSW)
- **Due:** Mon + Wed 7.30am x6 wks from 19/01
- **Evidence:** R + K in by 8.45 on those days (register); JoP's session notes to KT
- **Status:** open

### #3133 · R + K · Parent
- **Action:** D walks R + K to school Mon-Thu (S's post-night-shift mornings); S collects at 3.15 Tue-Fri
- **Assigned:** D (drop-off) / S (pick-up)
- **Due:** every sch day from 19/01
- **Evidence:** gate sign-in at 8.45 + Y1 sign-out sheet; checked by TB
- **Status:** open

## Closed entries (kept for the record)

- #3118 · FSM re-application for R + K · TB · done 14/01 · closed
- #3119 · Head lice kit + comb given to S at gate · RS · done 12/01 · closed
- #3120 · PE kit + 2 sets uniform from uniform bank · ML · done 13/01 · closed

---

## If (from CP plan)

- R or K not in by 9.15 + S and D not answering → TB rings KT; no contact by 10.30 → KT (or duty SW) home visit that morning.
- R says K was left w/ only him overnight, or either child arrives hurt → JP rings KT / duty same day → strategy discussion same day; R + K to MGM Linda Mottram's (agreed at ICPC) that night, or to emergency foster carers via EDT if Linda can't.
- Att. still under 90% at Feb half term (13/02), or R + K left alone overnight again → KT's TM (Sue Barker) holds a legal planning meeting w/in 10 working days.

## Meetings

- CG 3-wkly, Tue 3.30pm, school: 27/01/26, 17/02/26, 10/03/26
- RCPC: date tbc (conference service)
""",
    "findings": [
        F("M002", "Check K's hair + clothes on arrival Mon + Thu"),
        F("W002", "Report to JP any sign R has sole care of K"),
        F("T002", "Drawing and Talking sessions for K w/ learning mentor"),
        F("M001", "After-school homework club place for R (finishes 4.15"),
        F("F002", "Stacey has a routine she can keep after night shifts."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A police / MARAC action sheet joined to the CP plan at core group 1:
#    case box, key, MARAC table then the CP plan's own rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_bittlesmoor_marac_police_action_sheet_joined_cp_fairclough.docx",
    "doc_title": "MARAC action sheet joined to child protection plan - J and T Fairclough",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "template": "marac-police-action-sheet-docx-landscape-case-box-table-victim-perpetrator-children-dash-score-key-of-initials-what-happened-clipped-what-j-and-t-say-what-we-want-then-marac-table-ref-agency-action-owner-by-evidence-back-status-then-cp-plan-rows-table-ref-what-who-when-check-then-if-risk-changes-meetings",
    "description": (
        "A police and MARAC action sheet for a mother and two children (9 and 4) after the father "
        "strangled the mother in front of the children, joined to the children's child protection plan "
        "at core group 1: the father is on police bail, the mother has depression under the community "
        "mental health team, and a refuge place in another council (Brasenby) is being planned. A case "
        "box (DASH 19/27), a key of initials, what happened in clipped lines, the children's words and "
        "what we want for them, then the MARAC table (Ref / Agency / Action / Owner / By / Evidence back "
        "/ Status) and the CP plan's own rows (Ref / What / Who / When / Check), in police and MARAC "
        "shorthand ('bail rtn 11/02', 'breach = arrest', 'DASH re-score @ 6 wks', 'MARAC minutes'). "
        "Faults: the CAMHS referral handed to the receiving council until after the transfer; the care "
        "coordinator's visits that only support the mother; locks to be changed with no one named; the "
        "younger child's nursery place 'tbc'; the IDVA's Freedom Programme referral with no evidence; a "
        "contingency of 'risk escalates' and a MARAC re-discussion; and nothing on legal planning."
    ),
    "blocks": [
        ("title", "MARAC action sheet + CP plan (joined)"),
        ("p", "Bittlesmoor Community Safety Partnership · Bittlesmoor MARAC · case ref M26/014 · MARAC held "
              "15/01/26. Actions joined to the children's CP plan at CG1 on 22/01/26 (Bittlesmoor Council "
              "Children's Services) so the family has one list. Sheet kept by DS Kaur + CR (SW)."),
        ("table", {
            "rows": [
                ["Victim (V)", "Aimee Fairclough (29), 31 Mill Row, Bittlesmoor BT6 2QA"],
                ["Perp (P)", "Paul Rudd (32), J + T's dad. On police bail: not to contact A, not to enter Mill Row. "
                             "Bail rtn 11/02/26."],
                ["Children", "J = Jayden Fairclough (9), Y4 Bittlesmoor St Luke's Junior School · T = Tilly "
                             "Fairclough (4), at home, no nursery place"],
                ["Risk", "DASH 19/27 (high) · referred by DS Kaur 30/12/25 · 3rd police call-out in 12 mths"],
                ["CP plan", "ICPC 12/01/26, both children, category emotional abuse"],
                ["Move?", "A wants a refuge out of area: Brasenby Women's Refuge has offered a room from "
                          "02/02/26. If she goes, the CP case transfers to Brasenby Council."],
            ],
            "widths": [4.0, 21.7],
            "bold_first_col": True,
        }),
        ("h2", "Key"),
        ("p", "A = Aimee (Mum) · P = Paul (Dad) · J + T = the children · DS Kaur = DS Naveed Kaur, DA Unit, "
              "Bittlesmoor Constabulary · PC JW = PC 2291 Jo Whelan, DA Unit · MG = Mel Grant, IDVA, Bittlesmoor "
              "Domestic Abuse Service · CR = Callum Reid (SW), Bittlesmoor Children's Services (TM: Anne "
              "Foster) · HD = Hayley Dunn, A's care coordinator (CPN), Bittlesmoor CMHT North · Mr O = Mr Kofi "
              "Osei, DSL, St Luke's Junior · SL = Sara Lund (HV)"),
        ("h2", "What happened (clipped)"),
        ("bullets", [
            "28/12/25 ~11pm: P strangled A in the kitchen (red marks to neck, A passed out briefly). J woke, "
            "saw it, rang 999. T asleep upstairs. P arrested at scene.",
            "2 previous call-outs (06/25 + 10/25): shouting, a smashed door, no charges.",
            "A: depression since T's birth, sertraline, seen by CMHT since 2023. Low since 28/12, not eating "
            "much, \"I can't think straight\". No alcohol or drug use.",
            "J: nightmares + wetting the bed since 28/12, won't go to sleep till A does. T: clingy, \"Daddy "
            "hurt Mummy's neck\".",
        ]),
        ("h2", "What J + T say"),
        ("p", "J (with CR at school, on his own, 09/01/26): \"I rang the police cos Mum went floppy.\" \"I don't "
              "want Dad to come back unless he's nice.\" \"I'm scared he'll come in the night.\" Wants to stay at "
              "St Luke's with his friends. T (at home with her dolls, 09/01/26): put the \"daddy doll\" outside "
              "the house; \"Mummy's sad.\""),
        ("h2", "What we want for J + T"),
        ("numbers", [
            "J + T live somewhere P cannot get into, and no one hurts their mum in front of them again.",
            "J sleeps in his own bed and his nightmares lessen; he has someone to talk to about 28/12.",
            "T gets a nursery place and mixes with other children.",
            "J + T see their dad only where it is safe and supervised.",
        ]),
        ("h2", "MARAC actions (15/01/26)"),
        ("table", {
            "header": ["Ref", "Agency", "Action", "Owner", "By", "Evidence back to MARAC / SW", "Status"],
            "widths": [1.2, 2.6, 7.2, 3.2, 3.3, 5.6, 2.6],
            "rows": [
                ["M1", "Police", "DV marker on 31 Mill Row (priority response)", "DS Kaur", "16/01/26",
                 "Marker ref on police system", "DONE 16/01 ✓"],
                ["M2", "Police", "Bail checks + enforce conditions; any breach = arrest", "PC JW",
                 "Same day as any breach; bail rtn 11/02/26", "Breach log + bail decision to CR + MG by 12/02",
                 "Open"],
                ["M3", "Police", "Strangulation file to CPS for charging decision", "DS Kaur", "File by 06/02/26",
                 "CPS decision on file; told to A + CR same day", "Open"],
                ["M4", "IDVA", "Safety planning w/ A (phone wkly, f2f 2/52); DASH re-score", "MG",
                 "Wkly from 16/01; re-score @ 6 wks (27/02)", "Safety plan copy to CR; DASH score to MARAC",
                 "Open"],
                ["M5", "IDVA", "Freedom Programme referral for A (Bittlesmoor, Wed mornings)", "MG", "By 30/01/26",
                 "", "Open"],
                ["M6", "-", "Locks to be changed + window locks, door chain (sanctuary scheme)", "-",
                 "By 23/01/26", "Works order no. on MARAC minutes", "Open"],
                ["M7", "Education", "DA notification logged; J check-in each morning, worry scale", "Mr O",
                 "Every sch day 8.45", "CPOMS + J's worry score to CR every Fri", "Open"],
                ["M8", "Health", "HV home visit to T: ASQ-3 + sleep/clinginess; flag on child health record",
                 "SL (HV)", "By 13/02/26", "ASQ-3 scores + HV notes to CR", "Open"],
                ["M9", "CMHT", "Continue wkly support visits to A re low mood + anxiety", "HD", "Wkly",
                 "Visits recorded on CMHT notes", "Open"],
                ["M10", "Police / P", "P told to self-refer to Bittlesmoor Change (DA perpetrator prog.); "
                                      "police pass details", "PC JW", "By 06/02/26",
                 "Programme's assessment letter to CR + MG", "Open"],
            ],
        }),
        ("h2", "CP plan rows (ICPC 12/01/26, as at CG1)"),
        ("table", {
            "header": ["Ref", "What", "Who", "When", "Check"],
            "widths": [1.2, 10.0, 4.0, 4.5, 6.0],
            "rows": [
                ["C1", "Home visits: see J + T alone; one in 3 unannounced, one after 6pm", "CR (SW)",
                 "Wkly until RCPC (or transfer-in conf)", "Visit notes w/in 48h incl. J's + T's words"],
                ["C2", "Direct work w/ J about 28/12: worry monster, safe adults, what to do if P comes",
                 "CR (SW)", "Wkly x6 from 26/01/26", "J's worry scores + drawings on file; J names 3 safe adults"],
                ["C3", "CAMHS referral for J (nightmares, wetting) → handed to Brasenby SW to make once the "
                       "transfer is complete",
                 "CR → Brasenby SW", "W/in 2 wks of Brasenby transfer-in conf", "CAMHS acceptance letter on file"],
                ["C4", "Nursery place for T (15 hrs funded)", "CR (SW)", "tbc", "Nursery start date + register"],
                ["C5", "J + T see P only at Bittlesmoor Family Contact Centre, supervised",
                 "Contact Centre supervisor on duty", "Sat 10-11am, fortnightly from 24/01/26",
                 "Contact notes to CR w/in 2 days"],
                ["C6", "A: keep to safety plan; don't let P in; 999 if he comes to the house or contacts her",
                 "A", "Every time P comes or makes contact", "Police log no. to CR + MG; MG checks plan wkly"],
                ["C7", "Transfer-in request + full records to Brasenby if A takes the refuge room", "CR (SW)",
                 "W/in 5 working days of the move", "Brasenby acknowledgement on file"],
                ["C8", "Letter to CG on A's mood: how it affects her keeping J + T safe, what needs to change + "
                       "likely timescale",
                 "HD (CMHT CC)", "By CG2 (19/02/26)", "Letter on CR's file, discussed at CG2"],
            ],
        }),
        ("h2", "If risk changes"),
        ("p", "If risk escalates → case back to MARAC for re-discussion + CR to consider next steps w/ TM."),
        ("h2", "Meetings"),
        ("bullets", [
            "CG 4-wkly, Thu 1.30pm, St Luke's Junior: 22/01/26 (held), 19/02/26, 19/03/26.",
            "RCPC: 02/04/26, 10am, Bittlesmoor Town Hall (if the family has moved, Brasenby's transfer-in "
            "conf replaces it).",
            "MARAC: next review of case M26/014 at MARAC on 12/02/26.",
        ]),
    ],
    "findings": [
        F("M001", "Freedom Programme referral for A (Bittlesmoor, Wed mornings)"),
        F("W001", "Locks to be changed + window locks, door chain"),
        F("H001", "Continue wkly support visits to A re low mood"),
        F("X001", "CAMHS referral for J (nightmares, wetting) → handed to Brasenby"),
        F("T002", "Nursery place for T (15 hrs funded)"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A core group chair's "actions only" page after CG2: numbered clipped
#    lines (who - what - when - check). Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_borrowdene_cg_chair_actions_only_page_lowther.pdf",
    "doc_title": "Core group actions only - L and A Lowther",
    "split": "tune",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE · Borrowdene Council · CG actions only · L + A LOWTHER",
    "footer": "Kept by DI (SW, CG chair) · updated after CG2 14/01/26 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-chair-actions-only-running-page-pdf-header-footer-one-line-meeting-box-present-initials-as-key-then-numbered-clipped-lines-who-what-when-check-with-dashes-done-since-cg1-list-then-if-line-and-next-dates-no-outcomes-no-childrens-views",
    "description": (
        "The core group chair's running 'actions only' page after core group 2 for a 7-year-old girl "
        "and a 2-year-old boy on plans for neglect: their mother drinks and is working with the "
        "alcohol service, and the maternal grandmother and an aunt do school runs and teas. One meeting "
        "line, a present list that is the key to the initials, then numbered clipped lines in the form "
        "'who - what - when - check' ('Tue + Fri', 'from 05/01', 'by CG3 11/02', 'breath test 0.00 to DI "
        "wkly'), a 'done since CG1' list, one 'if' line and next dates. Faults: no expected outcome for "
        "the children anywhere; nothing of what the children say or of their days; the dentist with "
        "nothing for when; 'CG' sharing worries; the aunt's teatimes with 'feedback @ CG' as the only "
        "check; a contingency with no fallback if the grandmother or aunt stops helping; and nothing on "
        "legal planning."
    ),
    "blocks": [
        ("title", "CG actions only"),
        ("p", "CP plan (neglect) from ICPC 18/12/25 · CG1 05/01/26 · CG2 14/01/26 at Borrowdene Family Hub · "
              "this page = live actions only; minutes + full plan on file (LCS)."),
        ("boldp", "Present CG2 (= key)"),
        ("p", "DI = Dave Ibbotson (SW, CG chair) · Mel = Melanie Lowther (Mum) · Pat = Pat Lowther (MGM) · Sharon "
              "= Sharon Lowther (maternal aunt) · TL = Tony Lund (keyworker, Borrowdene Recovery Partnership) · "
              "LC = Mrs Lata Chandra (DSL, Borrowdene Park Primary) · KS = Kelly Simms (manager, Borrowdene "
              "Bumblebees Nursery) · JM = Jen Marr (HV) · KH = Kay Holt (FSW, Borrowdene Family Hub). "
              "L = Lily (7), Y2 · A = Alfie (2), nursery Mon-Thu."),
        ("boldp", "Live actions (who - what - when - check)"),
        ("pi", "1. DI - home visits, see L alone + A; fridge, beds, any alcohol in house - wkly till RCPC, 1 in 3 "
               "unannounced - visit recs on LCS w/in 48h."),
        ("pi", "2. TL - keywork w/ Mel + breath test every session - Tue + Fri - breath test results (target "
               "0.00) to DI wkly."),
        ("pi", "3. TL - written report to CG on Mel's progress + whether she can stay sober enough to care for L + "
               "A, and how long that is likely to take - by CG3 11/02/26 - report on LCS."),
        ("pi", "4. Mel - no alcohol kept in the house; no drinking while L or A are in her care - every day - "
               "breath test 0.00 at DI's unannounced visits."),
        ("pi", "5. Pat - school run Mon/Wed/Fri: L to school by 8.45, A to nursery - from 05/01/26 - school + "
               "nursery registers, to DI Fri."),
        ("pi", "6. Sharon - teatime at hers Tue + Thu, L + A fed + bathed, dropped home 6.30 - Tue + Thu - "
               "feedback @ CG."),
        ("pi", "7. JM - A's 2-yr review (ASQ-3, wt, speech) - by 28/02/26 - ASQ-3 scores + wt to DI."),
        ("pi", "8. Mel - register L + A at Borrowdene Smiles dental + first check-ups - when: - - check: appt "
               "cards seen by DI."),
        ("pi", "9. LC - first-day call if L not in by 9.05 (Mel, then Pat, then DI) - every sch day by 9.15 - "
               "att. figs to DI every Fri."),
        ("pi", "10. KS - A's attendance + nappy / clothes / hunger check on arrival - every nursery session - "
               "nursery log to DI Fri."),
        ("pi", "11. CG - share any worry re Mel's drinking or how L / A present with DI - same day - logged on "
               "LCS + DI informed."),
        ("pi", "12. KH - routines + food budgeting w/ Mel at home; bedtime chart for L + A - Thu 10am x8 wks from "
               "15/01/26 - bedtime chart (L + A in bed by 7.30) checked by KH wkly."),
        ("boldp", "Done since CG1 (off the page)"),
        ("bullets", [
            "Toddler bed for A delivered + set up (DI) - done 09/01 ✓",
            "Mel's referral to Borrowdene Recovery Partnership accepted (DI) - done 07/01 ✓",
        ]),
        ("boldp", "If"),
        ("p", "Mel drinking while caring (breath test over 0.00, or smells of alcohol at any visit / drop-off) → "
              "L + A to Pat's that night; DI holds strategy discussion w/ police same day."),
        ("boldp", "Next"),
        ("p", "CG3 11/02/26, then 4-wkly (11/03/26), 3.30pm Borrowdene Family Hub · RCPC 24/03/26, 10am, "
              "Borrowdene Civic Offices."),
    ],
    "findings": [
        F("M002", "Sharon - teatime at hers Tue + Thu"),
        F("T001", "register L + A at Borrowdene Smiles dental"),
        F("W002", "share any worry re Mel's drinking or how L"),
        F("O001"),
        F("F003"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A family support worker's weekly plan grid: people down the side, the
#    week across, each box a job with its check; a "this month only" list.
#    Exemplary (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_bunchester_fsw_weekly_plan_grid_people_by_day_pike.docx",
    "doc_title": "Family support weekly plan grid - M and T Pike",
    "split": "tune",
    "actions": 18,
    "landscape": True,
    "template": "family-support-worker-weekly-plan-grid-docx-landscape-who-we-are-key-line-why-clipped-m-says-and-ts-day-what-we-want-by-rcpc-then-grid-people-down-side-every-day-mon-to-sat-sun-across-each-box-job-plus-tick-check-then-this-month-only-numbered-list-then-if-then-box-meetings",
    "description": (
        "Exemplary weekly plan grid kept by the family support worker for a 3-year-old girl and her "
        "10-month-old brother on plans for neglect: the father drinks in the evenings and is working "
        "with the recovery service, the flat is damp and dirty, the baby's weight has dropped from the "
        "25th centile and the girl's speech is delayed; the paternal grandmother has the children on "
        "Saturdays. A key line of initials, why in clipped lines, the girl's words and the baby's day "
        "as seen, what we want by the review conference, then the grid: people down the side (Mum, "
        "Dad, Nana Jean, FSW, SW, HV, nursery, recovery worker) and 'Every day', Monday to Friday and "
        "'Sat/Sun' across, repeating every week until the review conference; each box is one job with "
        "its check after a tick ('✓ breath test 0.00 at SM + OH visits', '✓ wt on centile chart'). A "
        "'this month only' list holds the one-off jobs, with the recovery service's report on the "
        "father's capacity to change. The if / then box has specific triggers, a fallback for Nana "
        "Jean's Saturdays and a legal planning meeting; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Our week: Maisie + Theo's plan"),
        ("p", "Bunchester Family Hub with Bunchester Council Children's Services. Weekly plan grid made by SM "
              "(FSW) with Gemma + Lee on 16/01/26 from the CP plan (ICPC 13/01/26, neglect). Stuck on the fridge; "
              "a copy to everyone in the key."),
        ("p", "Key: G = Gemma Pike (Mum) · L = Lee Pike (Dad) · M = Maisie (3) · T = Theo (10 months) · Nana Jean "
              "= Jean Pike (L's mum, PGM) · SM = Shelley Marsh (FSW, Bunchester Family Hub) · OH = Omar Haddad "
              "(SW; TM Helen Boyce) · RF = Ruth Field (HV) · PK = Pia Kowalczyk (M's keyworker, Bunchester "
              "Little Acorns Nursery) · NS = Nav Sandhu (L's recovery worker, Bunchester Recovery Service) · "
              "AN = Amy Ng (SALT, Bunchester Children's Therapy)."),
        ("h2", "Why (clipped)"),
        ("bullets", [
            "L drinks most evenings (6-8 cans); twice found asleep on the sofa w/ T crying in his cot, G at work.",
            "T: wt 25th → 9th centile since Sept; missed 3 clinic weighs. Cots: wet bedding x3 visits.",
            "M: ~20 words at 3 yrs; nursery att. 58% (booked Tue/Wed/Thu mornings).",
            "Flat: damp + mould in the children's room; kitchen dirty, little food in on 2 of 4 visits.",
        ]),
        ("h2", "What M says + what T's day is like"),
        ("p", "M (with SM, drawing, 15/01/26): \"Daddy's juice smells.\" \"Nana's house has a big bed and a dog.\" "
              "Drew her cot with \"wet\" on it, and said \"cold\". Points to the baby and says \"Theo cry\"."),
        ("p", "T (as seen by SM + RF, 12/01 + 15/01): wakes 6ish, hungry cry not always answered till G gets up; "
              "smiles + babbles when someone talks to him, rolls, sits with a cushion. Spends long spells in "
              "his cot in the day. Settles fast on Nana Jean's lap (Sat)."),
        ("h2", "What we want for M + T (by RCPC 09/04/26)"),
        ("numbers", [
            "T is fed on time, gains wt every week and is back on the 25th centile.",
            "M + T sleep in clean, dry cots in a room with no mould.",
            "M is at nursery every booked session (90%+) and is using more words (50+).",
            "M + T are never looked after by an adult who has been drinking.",
        ]),
        ("h2", "The grid (every week, w/c 19/01/26 until RCPC 09/04/26)"),
        ("p", "Each box is one job for the person on that row, on that day, every week. ✓ = how we'll know. "
              "\"-\" = nothing that day."),
        ("table", {
            "header": ["Who", "Every day", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat/Sun"],
            "widths": [2.6, 3.9, 3.3, 3.3, 3.0, 3.3, 3.3, 3.0],
            "rows": [
                ["G (Mum)",
                 "T's feeds + nappies written on the feed chart; M + T up + dressed by 8.30 ✓ feed chart read "
                 "by SM Mon/Thu + RF",
                 "-",
                 "M to nursery by 9.00 (also Wed + Thu) ✓ nursery register, PK sends att. to OH Fri",
                 "-",
                 "Baby clinic 10am, T weighed ✓ wt plotted in red book",
                 "-",
                 "Sun: wash + change both cots' bedding ✓ SM checks cots at Mon visit"],
                ["L (Dad)",
                 "No drink till M + T are in bed + G is home; never drinks when alone w/ them ✓ breath test "
                 "0.00 at SM + OH visits",
                 "-", "-", "-", "-",
                 "Dads in Recovery group, 6pm ✓ BRS attendance sheet, NS sends OH Mon",
                 "-"],
                ["Nana Jean",
                 "-", "-", "-", "-", "-", "-",
                 "Sat 10am-4pm: has M + T at hers, lunch + nap ✓ Nana texts SM at drop-off + pick-up; "
                 "T's feeds on the feed chart"],
                ["SM (FSW)",
                 "-",
                 "Home visit 9.30-11: cleaning rota + kitchen w/ G, check cots ✓ home conditions scale (1-5) "
                 "scored w/ G, target 4+; note to OH same day",
                 "-", "-",
                 "Home visit 1-3pm: play + talk w/ M (SALT homework w/ G), T's tummy time ✓ SALT sheet "
                 "signed; M's new words listed",
                 "Update to OH: visits, scale, feed chart ✓ e-mail on OH's file by 4pm",
                 "-"],
                ["OH (SW)",
                 "-", "-", "-",
                 "Home visit: see M + T, G + L; 1 in 3 unannounced or after 6pm ✓ visit notes w/in 48h "
                 "incl. M's words + what T was doing",
                 "-", "-", "-"],
                ["RF (HV)",
                 "-", "-", "-", "-", "-",
                 "Every other Fri from 23/01: home visit, T's wt + development, M's sleep ✓ wt on centile "
                 "chart; notes to OH",
                 "-"],
                ["PK (nursery)",
                 "-", "-",
                 "Tue/Wed/Thu: M's arrival check (clothes, hunger, tiredness) + talk time ✓ nursery log + "
                 "\"M's words\" sheet to OH Fri",
                 "-", "-", "-", "-"],
                ["NS (BRS)",
                 "-", "-",
                 "Keywork w/ L, 5pm, breath test ✓ result + attendance to OH same wk",
                 "-", "-", "-", "-"],
            ],
        }),
        ("h2", "This month only (one-off jobs)"),
        ("numbers", [
            "OH: report damp + mould in the children's room to Bunchester Homes; repair date agreed - by "
            "06/02/26 - repair ref + date on OH's file; SM sees it fixed.",
            "NS (BRS): written report to CG on L's drinking, his progress, whether he can keep M + T safe "
            "from it and how long that is likely to take - by CG2 26/02/26 - report on OH's file.",
            "AN (SALT): speech + language assessment of M at nursery, home programme for G + SM - by "
            "13/02/26 - AN's report + programme sheet to G, SM + OH.",
            "G (with SM): register M + T at Bunchester Dental Practice + first check - by 20/02/26 - appt "
            "cards seen by SM.",
        ]),
        ("h2", "If → then"),
        ("table", {
            "header": ["If", "Then"],
            "widths": [10.0, 15.7],
            "rows": [
                ["L's breath test over 0.00 while he is caring for M + T, or G finds him drunk with them",
                 "G rings OH (EDT out of hours); L goes to Nana Jean's that night; OH visits same day. If M or T "
                 "are hurt or left alone → strategy discussion same day."],
                ["Nana Jean can't have M + T on a Saturday, or can't have L to stay",
                 "Sat: SM books G, M + T into the Hub's Saturday stay-and-play (10-12) and visits at 2pm. "
                 "L: OH finds him a room via Bunchester Housing Options that night; M + T stay with G."],
                ["T misses a clinic weigh, or his wt drops below the 9th centile",
                 "RF home visit w/in 24h + paeds referral (Bunchester General) that week."],
                ["By CG3 (26/03/26): home scale under 3, or 2+ positive breath tests, or T's wt not rising",
                 "Helen Boyce (TM) holds a legal planning meeting w/in 10 working days."],
            ],
        }),
        ("h2", "Meetings"),
        ("p", "CG 4-wkly, Thu 2pm, Bunchester Family Hub: 29/01/26, 26/02/26, 26/03/26. RCPC 09/04/26, 10am, "
              "Bunchester Town Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A case note into which the SW typed the WhatsApp summary she sent Mum
#    and the core group after CG1: clipped message lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_burghallow_case_note_whatsapp_summary_cg1_heap.txt",
    "split": "tune",
    "actions": 7,
    "template": "case-note-txt-record-of-communication-header-fields-then-whatsapp-summary-pasted-as-sent-timestamped-message-lines-emoji-as-bracketed-words-done-ticks-to-do-numbered-who-what-when-check-then-what-we-want-if-line-dates-then-sw-note-for-file-with-childs-views",
    "description": (
        "A social worker's case note into which she typed the WhatsApp summary she sent the mother of a "
        "6-year-old girl (copied to the core group by e-mail) after core group 1: the mother has anxiety "
        "and panic attacks, has not left the house on some days, has debts, and the girl misses school to "
        "stay with her. Case note fields, then the messages as sent with timestamps and emoji typed as "
        "words: done items ticked, a numbered 'to do' list of who / what / when / check, what we all want "
        "for Mia, an 'if' message, dates, and the worker's note for the file with Mia's words. Faults: "
        "four of seven live actions are about the mother's own needs (GP, talking therapies, money "
        "advice, benefit forms) with no link to the child; her anxiety is recorded but no adult service "
        "owns any action (she books and self-refers); the benefit forms 'when poss'; 'Everyone' ringing "
        "the social worker; and the talking therapies self-referral with no check."
    ),
    "text": """\
BURGHALLOW COUNCIL - CHILDREN'S SOCIAL CARE - CASE NOTE
================================================================
Child ........... Mia HEAP, DOB 11/05/2019 (6), Y1 Burghallow Meadows Primary
Case no ......... BC-204418
Note type ....... Record of communication (WhatsApp) - CP plan summary
Author .......... Faye Dobson (SW), Family Safeguarding Team 2 (TM: Lisa Grange)
Date / time ..... 23/01/2026 16:42
Others .......... Shannon Heap (Mum); copied by e-mail to core group

Why this note: Shannon asked at CG1 (22/01/26) for "the short version
on my phone, I can't read all them pages". Agreed w/ Lisa Grange.
Messages below typed in as sent (emoji written as words in brackets).
Full CP plan (ICPC 08/01/26) on LCS. CG1 minutes on LCS.
----------------------------------------------------------------

[23/01/2026, 16:20] Faye SW: Hi Shannon (wave) it's Faye. Here's
the short version of what we agreed yesterday at the core group (CG).
The school + everyone at CG get the same by email x

[23/01/2026, 16:21] Faye SW: DONE already (tick)
- Food parcel from Burghallow Food Bank - came Tue 20/1 (tick)
- School uniform voucher for Mia - given 21/1 (tick)

[23/01/2026, 16:24] Faye SW: TO DO (who - what - when - how we'll know)
1. You - ring GP (Dr Nwosu) for appt about the panic attacks +
   your tablets - by Fri 30/1 - send me a screenshot of the booking
2. You - fill in the self-referral form for Burghallow Talking
   Therapies (it's online, 10 mins) - by Fri 06/02
3. You - debt advice drop-in at Burghallow Money Advice, bring the
   red letters - Tue 03/02, 10am - adviser's letter to me after
4. Me (Faye) - help you fill in the housing benefit + council tax
   reduction forms - when poss - copy of forms sent, on file
5. Me (Faye) - see Mia on her own at school + at home - every week
   till the review conference - I'll write down what she says
   within 2 days
6. Mrs Iqbal (school DSL) - ring you by 9.15 if Mia's not in, then
   me if no answer - every school day - attendance figs to me Fri
7. Everyone - ring me the same day if Mia isn't collected by 3.30,
   or if you tell any of us you're in a panic and can't look after
   her - same day - logged on Mia's file

[23/01/2026, 16:27] Faye SW: What we ALL want for Mia (star)
- Mia in school every day + on time (att. 95%+ by Easter)
- Mia doesn't have to stay home to look after you - that's a grown
  up's job not a 6 yr old's
- Mia has tea every night + a clean uniform

[23/01/2026, 16:29] Faye SW: IF (warning)
- If you have a panic attack + can't get Mia to school or pick her
  up -> ring your mum (Lorraine) to do it + text me. If Lorraine
  can't, school keeps Mia at after-school club till me or the duty
  SW come for her.
- If Mia misses 2 days in a row -> I'll visit that day.
- If Mia's attendance is still under 85% at the review conference,
  or she's left at home on her own, my manager Lisa will hold a
  legal planning meeting (that's the meeting where we think about
  court) within 10 working days.

[23/01/2026, 16:30] Faye SW: DATES (calendar)
- Next CG: Thu 19/02, 3.30pm at school, then every 4 wks (19/03)
- Review conference: Tue 14/04/26, 10am, Burghallow Civic Centre

[23/01/2026, 16:31] Faye SW: Any q's ring me on the work mobile.
Faye x

[23/01/2026, 16:38] Shannon: ok thanks (thumbs up) will do the GP
one tomoz

----------------------------------------------------------------
SW note for file (not sent):
Mia seen on her own at school 20/01/26 (drawing). Mia: "I stay home
so Mummy isn't scared." "I like school dinners, it's fish on
Friday." "I help Mummy breathe in the bag." Scored school 8/10,
home 5/10 ("when Mummy cries it's a 2"). Wants "Nanny Lorraine to
come more".
Shannon's anxiety + panic attacks: on sertraline from GP since
2024, no current mental health service; she says she has not left
the flat on 4 days this month. Shannon confirmed at CG1 she does
not drink or use drugs.
Sent 16:31. Read receipt 16:37. Shannon replied 16:38.
FD 23/01/2026
""",
    "findings": [
        F("M001", "fill in the self-referral form for Burghallow Talking"),
        F("T002", "help you fill in the housing benefit + council tax"),
        F("W002", "Everyone - ring me the same day if Mia isn't collected"),
        F("F001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A children's ward discharge checklist that doubles as the CP plan:
#    ticked ward items, then open items with who / when / check.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_blenkinsall_ward_discharge_checklist_as_plan_kershaw.md",
    "split": "tune",
    "actions": 14,
    "template": "paediatric-ward-discharge-checklist-md-doubles-as-cp-plan-patient-line-key-why-admitted-clipped-baby-e-on-the-ward-observed-day-and-sisters-words-goals-then-checkbox-items-ticked-done-on-ward-and-open-items-before-dc-and-after-dc-with-who-when-check-sub-lines-then-if-then-list-meetings-signed-off",
    "description": (
        "Exemplary discharge checklist from a children's ward that doubles as the child protection plan "
        "for a 7-month-old girl admitted with faltering growth (weight fell from the 50th to below the "
        "2nd centile and rose on the ward with regular feeds); her father drinks and works with the "
        "alcohol service, her mother has learning needs and is supported by the community learning "
        "disability team, her 5-year-old sister is at school, and the maternal grandmother comes for "
        "teatime feeds. The baby is not looked after and goes home with her parents. A patient line and "
        "key, why admitted in clipped lines, the baby's observed day on the ward and the sister's words, "
        "goals, then checklist items: '[x]' items done on the ward (not counted) and '[ ]' open items "
        "before and after discharge, each with Who / When / Check sub-lines ('every feed until d/c', "
        "'day 2 after d/c then wkly till RCPC', 'wt on centile chart', 'breath test 0.00'). The alcohol "
        "service reports on the father's capacity to change; the if / then list has specific triggers, a "
        "fallback for the grandmother's teatimes and a legal planning meeting; core group and review "
        "dates are set."
    ),
    "text": """\
# Blenkinsall Royal Infirmary · Ward 7 (Children's) · Discharge checklist + CP plan

**Patient:** Esme KERSHAW · DOB 14/06/2025 (7 mths) · Hosp no. BR-778213 · admitted 12/01/26 · planned d/c 27/01/26
**Going home to:** Mum + Dad, 22 Kiln Street, Blenkinsall BL4 6DT · **not** looked after · CP plan (neglect) from ICPC held on the ward 21/01/26
**Checklist owner:** Sister Ros Adeyemi (Ward 7) with JMb (SW). Ward copy in the notes; same list is the CP plan (Blenkinsall Council Children's Services).

**Key:** E = Esme · L = Lacey Kershaw (5, E's sister, Y1 Blenkinsall Vale Primary) · C = Chloe Kershaw (Mum, 22) · J = Jason Kershaw (Dad, 26) · Nana Denise = Denise Walsh (C's mum, MGM) ·
Dr R = Dr Imran Raza (consultant paediatrician) · NIC = Ward 7 nurse in charge · KY = Kim Yates (ward nursery nurse) · SU = Sam Ure (paeds dietitian) ·
JMb = Joanna Mbeki (SW; TM Neil Hardcastle) · TQ = Tara Quinn (HV) · RT = Rob Tate (J's keyworker, Blenkinsall Alcohol Service) ·
AC = Ann Cole (FSW, Blenkinsall Family Hub) · PD = Priya Desai (LD nurse, Blenkinsall Community Learning Disability Team) · Mrs A = Mrs Grace Abara (DSL, Blenkinsall Vale Primary)

## Why admitted (clipped)

- Wt 50th centile at 8 wks → below 2nd at 7 mths. 3 HV weighs missed since Oct. No medical cause found (bloods, urine, sweat test, skeletal survey all normal).
- On ward: 3-hrly feeds made up right → gained 240g in 9 days. At home bottles were watered down ("to make the tin last") + feeds missed when C asleep.
- J: drinks most evenings (5-8 cans), says he "does nights with her" on those nights. Came to the ward twice smelling of alcohol (13/01, 17/01).
- C: mild learning disability; understands best with pictures + showing; no alcohol or drug use.

## E on the ward (what staff + JMb have seen)

Wakes about 6am, takes 180ml when the bottle is made up right, feeds well for nurses + C when C is shown. Smiles + kicks when L is on the video call. Cries when put down, settles fast on C's chest. Her hungry cry was missed twice when C was tired (obs 15/01 + 19/01). Rolling, reaching for toys; not yet sitting alone.

## What L says

L (with JMb at school, on her own, 19/01/26): "I want Esme to get fat again." "Daddy shouts when he has his beer." "I can do her bottle, I'm big." Drew E in a cot with "milk milk milk". L scored home 6/10 ("10 when Daddy doesn't drink").

## Goals for E (+ L)

1. E gains wt every week after d/c and is back above the 25th centile by the RCPC.
2. E has 6-7 feeds a day, made up right, every day, and her hungry cry is answered.
3. E + L are cared for by a sober adult every night.
4. L is a 5-year-old, not E's helper with feeds, and tells an adult at school if home is not OK.

## Checklist

### Done on Ward 7 (ticked, for the record)

- [x] Medical causes ruled out (Dr R) - done 16/01
- [x] Feeding plan written (SU) - done 20/01, copy in red book
- [x] Strategy discussion + ICPC on the ward (JMb) - done 14/01 + 21/01
- [x] Cot + steriliser checked at home (JMb) - done 22/01

### Open: before d/c

- [ ] **1. E's feeds 3-hrly, made up by C, NIC watching each one**
  - Who: NIC (each shift)
  - When: every feed until d/c
  - Check: feed chart, intake 150ml/kg/day+; obs of C's making-up in nursing notes
- [ ] **2. Show C + J how to make up a bottle (picture card); C does teach-back x3**
  - Who: KY (ward nursery nurse)
  - When: by 26/01/26 (before d/c)
  - Check: teach-back sheet signed 3 times; picture card goes home with C
- [ ] **3. Daily 8am weigh**
  - Who: NIC
  - When: daily until d/c
  - Check: wt on centile chart; d/c only if gain 20g/day+ over the last 3 days
- [ ] **4. D/c planning mtg (C, J, Nana Denise, Dr R, JMb, TQ, AC)**
  - Who: Dr R + JMb
  - When: 26/01/26, 2pm, Ward 7 quiet room
  - Check: signed d/c plan in notes; copies to GP, TQ, JMb same day

### Open: after d/c (until RCPC)

- [ ] **5. HV home visit + weigh E; check feed chart**
  - Who: TQ (HV)
  - When: day 2 after d/c, then wkly till RCPC
  - Check: wt on centile chart in red book; copy to JMb each wk
- [ ] **6. Paeds clinic follow-up**
  - Who: Dr R
  - When: 2 wks after d/c (w/c 09/02/26)
  - Check: clinic letter to GP, TQ + JMb
- [ ] **7. Dietitian review of intake + feed plan**
  - Who: SU
  - When: phone wk 1, home visit wk 3 after d/c
  - Check: intake diary reviewed; updated plan in red book
- [ ] **8. SW visits: see E + L (L on her own), feeds, tins, fridge; 1 in 3 after 6pm**
  - Who: JMb (SW)
  - When: 2x/wk for the first 2 wks after d/c, then wkly till RCPC
  - Check: visit notes w/in 48h incl. L's words + E's feed obs
- [ ] **9. Home feeding support w/ C: picture plan, phone alarms for feeds, answering E's hungry cry**
  - Who: AC (FSW)
  - When: Mon/Wed/Fri 10am x6 wks from 28/01/26
  - Check: feed chart filled in 6+ feeds/day; AC's notes to JMb Fri
- [ ] **10. J: no alcohol on nights he cares for E + L; no drink in the house**
  - Who: J
  - When: every night from d/c
  - Check: breath test 0.00 at RT's sessions + JMb's after-6pm visits
- [ ] **11. Keywork + breath test for J; report to CG on J's progress + his capacity to stay sober for E + L, and how long that is likely to take**
  - Who: RT (Blenkinsall Alcohol Service)
  - When: keywork wkly (Wed); report by CG2 03/03/26
  - Check: breath test results to JMb wkly; RT's written report on file
- [ ] **12. Easy-read feeding + safe sleep plan for C; assessment of what support C needs to parent E + L**
  - Who: PD (CLDT)
  - When: plan by 30/01/26; assessment by CG2 03/03/26
  - Check: easy-read plan at home (AC sees it); PD's assessment shared w/ CG2
- [ ] **13. Teatime feed + bath for E, tea for L, at home**
  - Who: Nana Denise
  - When: Tue/Thu/Sat 4-7pm from d/c
  - Check: Nana initials the feed chart; AC + JMb see it
- [ ] **14. L: check-in on arrival + worry scale; first-day call if not in by 9.05**
  - Who: Mrs A (DSL)
  - When: every school day
  - Check: CPOMS + L's worry score to JMb every Fri

## If → then

- E's wt below her d/c wt at any weigh, or 1 HV weigh missed → TQ visits w/in 24h; Dr R sees E in clinic w/in 48h; readmission to Ward 7 if wt still down.
- J smells of alcohol or breath test over 0.00 on a night he cares for E + L → C rings JMb (EDT out of hours); J stays at his brother Carl's that night; JMb visits next morning; strategy discussion same day if E or L were hurt or left alone.
- Nana Denise can't do a teatime → C rings AC by 12 noon and AC visits 4-6pm instead; if AC can't, JMb does a teatime visit that day.
- E not back above the 9th centile by CG2 (03/03/26), or readmitted → Neil Hardcastle (TM) holds a legal planning meeting w/in 5 working days.

## Meetings

- CG1 03/02/26, then 4-wkly: 03/03/26, 31/03/26 · 1.30pm, Blenkinsall Family Hub
- RCPC 16/04/26, 10am, Blenkinsall Civic Centre

Signed off for d/c: Sister R Adeyemi (Ward 7) · Dr I Raza · J Mbeki (SW) - 26/01/26
""",
    "findings": [],
})
