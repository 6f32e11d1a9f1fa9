"""Batch 204, module f: seven fictional plans (tuning material), places beginning with "f".

Batch: 204. Letter: f. Split: tune (every plan).

Everything here is made up: children, families, professionals, services,
schools, nurseries, hospitals, police units, housing providers and
councils. Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: plans written in practitioners' shorthand. Each plan is typed fast
by a busy practitioner in the abbreviations and clipped forms real plans
and core group minutes use, in a template of its own: owners as initials
and role abbreviations (SW, HV, FSW, DSL, GP, CPN, CMHT CC, SENCO, DAAT,
"KT (SW)"), given once in a key or an attendance list; times in shorthand
("wkly", "2/52", "4/52", "by 13/2", "w/c 2.2", "Mon + Fri 8.45", "before
d/c", "at each CG", "by RCPC", "x2 wk"), some of them not real times
("ASAP", "tbc", "when poss", "Ongoing"); measures in shorthand ("wt on
centile chart", "CPOMS log", "att. figs", "UDS neg x3", "seen alone &
recorded on LCS"), some of them not real checks ("keep monitoring", "keep
an eye on", "Monitor") or missing; and clipped grammar (no verbs, no
subjects, arrows, slashes and plus signs). A shorthand owner or time is
still an owner or a time where a reader of the plan can tell who or when;
"tbc", "ASAP", "when poss" and "Ongoing" alone give no time.

1. core group 2 minutes for a 6-year-old and a 3-year-old (neglect, the
   mother's drinking, the maternal grandmother doing the school run and
   Saturday nights), an attendance list that is the key to the initials,
   agency updates, the children's words, outcomes, then the actions as
   clipped bullets (docx): faults are a young carers' referral "ASAP", the
   DSL's check-ins measured by "keep monitoring how she presents", "All"
   passing on bruises, the father's course with no time, a housing chase
   with no check, no fallback if the grandmother cannot help, and nothing
   on legal planning (T002, M002, W002, T001, M001, C003, R002);
2. a health visitor's plan-of-care lines for a 7-week-old baby whose
   weight has dropped (the mother's postnatal depression, the father's
   cannabis use, the maternal grandmother staying three nights a week),
   typed from the HV record with a key to initials and abbreviations and
   numbered clipped lines (md, exemplary);
3. a one-page safety plan for a mother and two children after domestic
   abuse, then the child protection plan's action table (# / What / Who /
   By-freq / Evidence) in shorthand, printed with a page header and footer
   (pdf, exemplary);
4. a case-system task print for a 14-year-old who self-harms and her
   8-year-old brother (the mother's depression and overdose), one task
   card per action with Desc / Assigned / Due / Evidence / Status fields,
   printed with a page header and footer (pdf): faults are the CMHT care
   coordinator's support visits that only treat the mother, the boy's
   attendance support plan "Ongoing", a young carers' referral with "-"
   assigned, the
   school nurse's drop-ins evidenced by "Monitor", an outcome about the
   mother only, and the review conference "TBC" (H001, T002, W001, M002,
   F002, R001);
5. the social worker's e-mail to the core group after core group 1 for a
   4-month-old and a 5-year-old (the father's cocaine use, a move to
   another council coming), actions as numbered "who - what - when - check"
   lines, "I" being the social worker who signs it (txt): faults are the
   DSL's "keep an eye on", "Everyone" passing on marks, a parenting course
   with no time, the parenting assessment put on hold for the receiving
   council, the father's drug use with no adult service owning any action
   (he only self-refers), and a contingency that only says the core group
   will meet again and consider next steps (M002, W002, T001, X001, F004,
   C002);
6. a social worker's handwritten notes of a discharge planning meeting,
   typed up as a numbered list, for a baby on the neonatal unit with
   withdrawal symptoms, accommodated under section 20 (the mother's heroin
   use) (md): faults are the social worker's visits "when poss", the
   mother's contact "tbc", a passive referral with no owner, a parenting
   assessment with no stated output, no outcome for the baby anywhere, and
   no one set to visit the baby on the unit at a stated frequency (T002
   x2, W001, M001, O001, L001);
7. an initial conference plan as an action log table (Ref / Action / Lead /
   When / Evidence) with outcome banner rows and a Lead cell merged down,
   for an 11-year-old and an 8-year-old whose father has bipolar disorder
   (the paternal grandmother helping after school), the CMHT care
   coordinator asked for the father's capacity to change (docx,
   exemplary).

Three plans (2, 3 and 7) are exemplary: every action has an owner a reader
can identify from the key, the attendance list or a well-known role
abbreviation, a real timescale (a date, a frequency or an event the plan
dates) and something that can be seen, counted or read; every outcome is
about the child; each contingency has specific triggers and concrete
protective responses and says what happens if a relative's help fails;
each records the children's words or a baby's observed day, core group
dates and a dated review conference, and a legal planning meeting after
named triggers; where a parent is ill or uses drugs an adult service owns
an action, and every adult mental health service is asked for its view of
the parent's capacity to change and the likely timescale.

Counting convention used for "actions" (README convention 1): each bullet
of the minutes' action list, each numbered plan-of-care line, each row of
an action table (outcome banner rows excepted), each task card, each
numbered action of the e-mail and each numbered item of the typed-up notes
counts once, whatever number of clauses it holds. Attendance lists, keys,
agency updates, the children's words, outcomes, the one-page safety plan,
contingencies, work already done and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 2 minutes: attendance list as the key to initials, updates,
#    the children's words, outcomes, then clipped action bullets. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_fairbeck_cg_minutes_clipped_actions_hollis.docx",
    "doc_title": "Core Group 2 Minutes - Maisie and Alfie Hollis",
    "split": "tune",
    "actions": 14,
    "template": "core-group-minutes-docx-kv-meeting-box-present-list-as-initials-key-agency-updates-clipped-childrens-words-outcomes-then-actions-as-clipped-bullets-owner-initials-first-dash-what-dash-when-dash-check-new-tags-then-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 6-year-old girl and her 3-year-old brother on plans for "
        "neglect: their mother drinks, the house is often without food, the girl is late to school and "
        "the boy's speech is behind; their maternal grandmother does the school and nursery run and has "
        "them on Saturday nights. The attendance list is the key to the initials used throughout; agency "
        "updates, the children's words and the outcomes are clipped notes, and the actions are bullets "
        "in shorthand ('KT (SW) - home visits wkly to RCPC ... - visit records on LCS within 48 hrs'). "
        "The recovery service reports on the mother's drinking and what it means for the children. "
        "Faults: a young carers' referral 'ASAP'; the DSL's check-ins measured only by 'keep monitoring "
        "how she presents'; 'All' passing on bruises; the father's Strong Dads course with no time; a "
        "chase of the housing association with no check; no fallback if the grandmother cannot do her "
        "part; and nothing on legal planning."
    ),
    "blocks": [
        ("title", "Core Group Minutes"),
        ("p", "Fairbeck Metropolitan Borough Council · Children's Social Care · East Locality Safeguarding Team"),
        ("kv", [
            ("Children", "Maisie HOLLIS (6, DOB 14/03/2019) & Alfie HOLLIS (3, DOB 02/09/2022)"),
            ("Address", "41 Wren Street, Fairbeck FB3 7QD"),
            ("Plan", "CP plan (neglect) from ICPC 02/12/2025"),
            ("Meeting", "Core group 2 · Wed 14/01/2026, 10.00-11.30 · Fairbeck St Anne's CE Primary"),
            ("Chair / minutes", "KT / Dawn Price (business support)"),
        ]),
        ("boldp", "Present (initials used in these minutes)"),
        ("bullets", [
            "KT – Kirsty Tan, social worker, East Locality Safeguarding Team (chair)",
            "GH – Gemma Hollis, Mum",
            "RT – Ryan Tait, Mum's partner & Alfie's dad (lives at home)",
            "PH – Pauline Hollis, maternal grandmother (MGM), 12 Linnet Close, Fairbeck",
            "LM – Lisa Marsh, health visitor, Fairbeck 0-19 Service",
            "JP – Jane Pryce, DSL, Fairbeck St Anne's CE Primary (Maisie, Year 2)",
            "SB – Sally Burke, manager, Fairbeck Community Nursery (Alfie)",
            "DM – Dean Mistry, recovery worker, Fairbeck Recovery Service (FRS)",
        ]),
        ("p", "Apologies: Dr N. Okafor, GP, Fairbeck Health Centre (written update sent, read out by KT)."),
        ("h2", "1. Updates since CG1 (17/12/2025)"),
        ("bullets", [
            "FRS (DM): GH seen 4 of 5 wks since CG1. Breathalyser neg x3, 0.21 on 24/12 at 11am. Missed 31/12 "
            "(rang in sick). GH says 'a bottle of wine Fri & Sat, nothing in the week'.",
            "HV (LM): A 14.1kg, on 25th centile. ASQ-3 on 12/12 below cut-off for communication & "
            "personal-social. HV 08/01: kitchen clean, bins overflowing, fridge empty apart from milk.",
            "School (JP): M att. 88.6% this term. Late x6 – all on days PH didn't do the run. No coat x3 "
            "in Dec. Breakfast club place from 05/01, M has been most days.",
            "Nursery (SB): A att. 79% since Sept. Very full nappy on arrival x4, sore bottom x2 (photos on "
            "file, sent to KT).",
            "GP (letter): GH seen 06/01, alcohol advice given, already open to FRS. A's imms up to date.",
            "GH: 'I'm doing better. I've not touched it in the week. Mum's been a massive help.' RT: works "
            "7-3 at Fairbeck Logistics, does tea & bedtimes Mon-Fri.",
        ]),
        ("h2", "2. Maisie & Alfie"),
        ("p", "M seen alone by KT at school 12/01: 'Mummy sleeps on the settee a lot after tea.' 'I make Alfie "
              "cereal when Mummy's tired.' 'I like Nanna's, she does pancakes and we watch films.' Scored home "
              "6/10 (4/10 at ICPC). Wants 'a proper bed for Alfie so he doesn't come in mine'."),
        ("p", "A (3) seen at home 09/01 & nursery 12/01: chatty with SB's staff, points & says single words, "
              "runs to PH at pick-up. Nappy soaked at 10am on 09/01. Hid behind the settee when GH raised her "
              "voice."),
        ("h2", "3. Outcomes (ICPC plan, unchanged)"),
        ("numbers", [
            "Maisie & Alfie have clean clothes, food in the house & a warm, dry bedroom every day.",
            "Maisie is in school on time every day (att. 96%+ by RCPC) & Alfie is at nursery his 4 days a wk.",
            "Maisie & Alfie are looked after by a sober adult at all times.",
            "Alfie's talking & play catch up (ASQ-3 above cut-off by RCPC).",
        ]),
        ("h2", "4. Actions (all carried fwd from CG1 unless marked NEW)"),
        ("bullets", [
            "KT (SW) – home visits wkly to RCPC, 1 in 3 unannounced; M & A both seen, M seen alone – visit "
            "records on LCS within 48 hrs.",
            "GH → FRS key work + breathalyser every Wed 2pm – FRS sends KT att. & results before each CG.",
            "DM (FRS) – written report to each CG on GH's drinking & what it means for M & A's care, incl. "
            "breathalyser results – to KT 1 wk before each CG.",
            "LM (HV) – repeat ASQ-3 w/ A + home conditions check by 13/2 – scores & checklist to KT same wk.",
            "JP (DSL) – check in w/ Maisie Mon + Fri 8.45 at breakfast club & keep monitoring how she "
            "presents.",
            "SB (nursery) – A's att. daily; ring KT if A not in by 10am – att. figs to KT every Fri.",
            "KT – referral to Fairbeck Young Carers for M – ASAP – acceptance letter on LCS.",
            "PH (MGM) – walk M to school & A to nursery Mon-Fri, pick up from GH's at 8.15am – school & "
            "nursery registers show both in on time.",
            "PH (MGM) – M & A sleep over at hers every Sat night – PH texts KT Sun am when they're back "
            "home.",
            "All – any new bruise/mark on M or A, or GH smelling of drink → KT same day – logged on LCS by "
            "KT.",
            "RT – Strong Dads course at Fairbeck Family Hub (NEW) – cert. of completion to KT.",
            "KT – chase Fairbeck Homes re: damp & mould in kids' bedroom by 30/1 (NEW).",
            "GH – A to dentist (Fairbeck Smiles, 1st appt) by 27/2 (NEW) – appt card seen by KT.",
            "GH + RT – food in for kids' tea & breakfast every day – KT/LM check fridge & cupboards at each "
            "visit & note on visit record.",
        ]),
        ("h2", "5. Contingency"),
        ("bullets", [
            "If GH is found under the influence while caring for M or A, or has a positive breathalyser at FRS "
            "twice in a row: KT (EDT out of hrs) holds a strategy discussion w/ police same day, and M & A "
            "stay at PH's (12 Linnet Close) until it is agreed safe for them to go home.",
            "If M or A has an injury that isn't explained, or A isn't at nursery & GH can't be reached by "
            "10.30am: SB/JP ring KT straight away & KT (or duty SW) visits home within 2 hrs.",
        ]),
        ("h2", "6. Next meetings"),
        ("bullets", [
            "CG3 – Wed 11/02/2026, 10am, Fairbeck St Anne's; then every 4 wks (CG4 Wed 11/03/2026).",
            "RCPC – Tue 24/03/2026, 1.30pm, Fairbeck Civic Centre, Room 4 (chair: Mo Hussain, IRO).",
        ]),
        ("p", "Minutes typed 15/01/2026 (DP). Corrections to KT within 5 working days."),
    ],
    "findings": [
        F("M002", "check in w/ Maisie Mon + Fri 8.45 at breakfast club"),
        F("T002", "referral to Fairbeck Young Carers for M"),
        F("W002", "any new bruise/mark on M or A, or GH smelling"),
        F("T001", "Strong Dads course at Fairbeck Family Hub"),
        F("M001", "chase Fairbeck Homes re: damp & mould in kids' bedroom"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Health visitor's plan-of-care lines for a 7-week-old baby, typed from
#    the HV record: a key to initials and abbreviations, the baby's day,
#    outcomes, numbered clipped lines. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_farnsby_hv_plan_of_care_lines_penhale.md",
    "split": "tune",
    "actions": 14,
    "template": "health-visitor-plan-of-care-lines-md-hv-record-header-clipped-details-key-table-initials-name-role-abbreviations-line-why-babys-day-observed-outcomes-then-numbered-plan-of-care-lines-owner-initials-dash-what-dash-when-dash-check-then-if-contingency-bullets-cg-rcpc-dates",
    "description": (
        "Exemplary child protection plan for a 7-week-old baby whose weight has fallen from the 25th to "
        "the 2nd centile, written by the health visitor as plan-of-care lines typed from the HV record. "
        "The mother has postnatal depression (on sertraline, under the perinatal team); the father works "
        "nights and used cannabis daily until November; the maternal grandmother stays three nights a "
        "week to do the night feed. A key gives every initial and abbreviation (2/52, 4/52, UDS, EPDS, "
        "PCHR); the baby's day is what the HV and SW have seen. Each numbered line is clipped ('HV (SM) - "
        "home visit wkly until E-M is 12 wks (w/e 13/2), then 2/52 to RCPC - weigh naked, plot wt on "
        "centile chart in PCHR, wt to KO same day') and has an owner, a real time and a check. The "
        "perinatal psychiatrist and CPN report on the mother's capacity to change and the timescale; the "
        "drug service tests the father; the contingency has specific triggers, a fallback if the "
        "grandmother cannot stay, and a legal planning meeting after named triggers; core group and "
        "review conference dates are set."
    ),
    "text": """\
# Farnsby Healthy Child Service – Health Visiting

**CP plan – HV plan of care (typed from SystmOne HV record, 08/01/2026, SM)**

Baby: **Ellie-Mae PENHALE** (E-M), DOB 19/11/2025, born 37+2 wks, 2.71kg (25th centile)
Address: 6 Tannery Row, Farnsby FN2 4HL
Mum: Chantelle Penhale (22) – PND, EPDS 19 on 16/12; sertraline 50mg from 18/12 (GP)
Dad: Jordan Kirk (24) – lives w/ CP & E-M; warehouse nights Mon-Thu 10pm-6am; daily cannabis until 11/25, says stopped
MGM: Denise Penhale (48), 22 Mill Lane, Farnsby (10 mins) – stays Fri, Sat & Sun nights
Category: neglect. ICPC 07/01/2026 (chair Helen Ashby, IRO). Plan agreed w/ CP & JK at ICPC.

| Key | Name | Role |
|---|---|---|
| SM | Sian Morley | Health visitor, Farnsby Healthy Child Service (0-19) |
| KO | Kemi Osei | Social worker, Farnsby CSC Safeguarding Team (TM Paul Denton) |
| AR | Dr Aisha Rahman | Perinatal psychiatrist, Farnsby Perinatal Mental Health Team (PMHT) |
| LF | Lauren Fisk | CPN, PMHT |
| GN | Gary Nunn | Recovery worker, Farnsby DAAT (drug & alcohol service) |
| BL | Becky Lowe | FSW, Farnsby Children's Centre |
| Dr TE | Dr Tom Ellis | GP, Farnsby Road Surgery |
| CP / JK / DP | Chantelle, Jordan, Denise | Mum, Dad, MGM |

Abbrevs: wt = weight · 2/52 = every 2 wks · 4/52 = every 4 wks · w/c = week commencing · w/e = week ending ·
PCHR = red book · EPDS = Edinburgh Postnatal Depression Scale · UDS = urine drug screen ·
CG = core group · RCPC = review CP conference

## Why a CP plan

- E-M's wt 25th centile at birth → 2nd centile at 6/52 (3.41kg on 30/12). Feeds 60-90ml, some missed overnight.
- 14/12: SM found CP asleep on the settee with E-M on her chest; no one else awake. CP: "I just can't keep my eyes open."
- 2 HV contacts missed in Dec. Strong smell of cannabis in flat on 16/12 (JK said a friend had been round).
- CP's EPDS 19 on 16/12; she said she felt "numb" with E-M and "like she'd be better off with my mum".

## E-M's day (what SM & KO have seen, 16/12-06/01)

- Wakes every 3 hrs; takes 60-90ml then falls asleep on the bottle. Settles fastest on DP's chest or in the sling.
- Cries for 15-20 mins before feeds on most visits; CP sometimes leaves her in the bouncer & goes to the kitchen.
- Brightens & follows faces when JK talks to her; first smiles at SM's visit on 06/01.
- Nappy rash x1 (16/12), cleared by 23/12. Clean clothes at every visit. Moses basket by CP's bed, clear of bedding.

## Outcomes for E-M

1. E-M is back on or above the 9th centile by RCPC and gains wt at every check.
2. E-M is fed on time day & night and sleeps safely in her own basket every sleep.
3. E-M is cared for by parents who notice and answer her cues (CARE-Index in the normal range by RCPC).
4. E-M is never cared for by an adult under the influence of cannabis or anything else.

## Plan of care

1. HV (SM) – home visit wkly until E-M is 12 wks (w/e 13/2), then 2/52 to RCPC – weigh naked, plot wt on centile chart in PCHR, wt to KO same day.
2. CP + JK – feed chart for every feed, day & night (time + ml), kept on fridge – SM & KO check & sign it at each visit.
3. HV (SM) – EPDS w/ CP every 4/52 (next w/c 2.2) – score to LF & KO within 2 working days.
4. SM + KO – look at where E-M sleeps at every visit (basket, on back, clear) – "basket/back/clear" written in each visit note.
5. SW (KO) – visits wkly, Mon or Thu, 1 in 2 unannounced; see E-M awake & being handled by CP – visit record on Mosaic within 48 hrs, incl. what E-M was doing.
6. AR (PMHT) – OP review of CP's mood & sertraline 4/52 (next 28/1) – written report to KO by 20/2 & again by 27/3 on CP's capacity to change, the steps needed & how long for E-M.
7. LF (PMHT CPN) – home visit wkly Tue am; CARE-Index of CP + E-M at start (by 23/1) & after 8 wks (by 20/3) – scores + LF's view of CP's capacity to change given at each CG.
8. GN (DAAT) – UDS for JK wkly x6 from 13/1, then 2/52 to RCPC – results to KO within 24 hrs; target UDS neg x3 in a row by CG2.
9. JK → DAAT key work Tue 10am wkly so E-M has a sober dad at home – GN's att. record to KO each month.
10. DP (MGM) – stay Fri, Sat & Sun nights & do the 2am feed, until CG2 (19/2), then reviewed – DP writes her feeds on the feed chart.
11. Dr TE (GP) – E-M's 6-8 wk check + 8 wk imms by 23/1; 12 wk imms w/c 16.2 – recorded in PCHR & GP record, confirmed to SM.
12. BL (FSW) – home session wkly Wed 1pm x8 from 14/1: routines, bath time, play – session log + E-M's daily routine chart, copy to KO 2/52.
13. KO (SW) – parenting assessment of CP & JK by 6/3 – written report, shared at CG3 (19/3) & with the RCPC.
14. CP – E-M to Farnsby Children's Centre Baby Bounce every Thu 10am – CC register, BL sends KO monthly.

## If…

- E-M's wt drops another centile line, or 2 wt checks are missed in a row → SM tells KO same day; KO arranges a paediatric r/v at Farnsby General within 24 hrs & holds a strategy discussion.
- CP's EPDS is 20+, or she says she has thoughts of harming herself or E-M → SM/LF ring PMHT duty same day for a crisis assessment within 4 hrs; CP not left caring for E-M alone – JK or DP stays with her.
- DP can't do any of her nights → CP rings KO by 12 noon that day; JK stays home that night (his manager has agreed shift swaps on the day). If neither DP nor JK can be there, KO (EDT out of hrs) holds a strategy discussion same day & E-M stays with approved foster carers that night.
- JK's UDS is positive, or cannabis is smelt in the flat → JK not to care for E-M on his own; KO visits within 24 hrs & DP stays every night until a neg UDS.
- E-M not back on the 9th centile by RCPC, or JK has 2 positive UDS, or CP stops seeing PMHT → TM Paul Denton requests a legal planning meeting within 5 working days.

## Meetings

- CG every 4/52, Thu 1.30pm, Farnsby Children's Centre: CG1 22/1, CG2 19/2, CG3 19/3.
- RCPC: Tue 07/04/2026, 10am, Farnsby Town Hall (chair Helen Ashby).

Plan given to CP, JK & DP at CG1 planning visit 08/01/2026; copies to all in the key.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. One-page safety plan (the contingency) for a mother and two children
#    after domestic abuse, then the CP plan's shorthand action table. Page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_frayton_one_page_safety_plan_actions_brennan.pdf",
    "doc_title": "One-page safety plan and CP plan - Kai and Poppy Brennan",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Frayton Council Children's Social Care · Brennan CP plan",
    "footer": "ICPC 08/01/2026 · v1 typed by KR · Page {PAGE} of {NUMPAGES}",
    "template": "one-page-safety-plan-then-cp-plan-pdf-paged-header-footer-key-line-if-then-safety-table-as-contingency-with-fallbacks-and-legal-planning-kais-words-poppy-observed-then-page-two-details-why-outcomes-shorthand-action-table-hash-what-who-by-freq-evidence-then-meetings",
    "description": (
        "Exemplary plan for a 9-year-old boy and his 4-year-old sister after their father assaulted their "
        "mother in front of them (bail conditions, a MARAC referral, a non-molestation order being "
        "applied for). Page one is the one-page safety plan, which is the plan's contingency: an If / "
        "Then table in shorthand (999 and 'bail breach', the children to the maternal grandmother's or a "
        "refuge, what happens if the grandmother cannot collect or have them, a same-day strategy "
        "discussion and a legal planning meeting after a breach or the father being let back in), with "
        "Kai's words and what is seen of Poppy. Page two is the child protection plan: details, why, "
        "outcomes for the children and an action table (# / What / Who / By-freq / Evidence) in "
        "practitioners' shorthand ('x2 wk (Mon + Thu)', 'by 16/1', 'CPOMS log to KR every Fri', 'DASH "
        "score to MARAC 22/1'), each row with an owner from the key, a real time and a check; core group "
        "dates and a review conference date are set. A page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Kai & Poppy – safety plan & CP plan"),
        ("p", "Frayton Council CSC · Frayton South Safeguarding Team · typed by KR (SW) after the ICPC on "
              "08/01/2026 · agreed w/ LB & Kai 09/01/2026"),
        ("p", "Key: KR = Kate Robson, SW (TM Anita Grove) · LB = Leanne Brennan, Mum · SP = Shaun Pike, Dad "
              "(bail: not to contact LB or come to Ashby Rd, to 05/02/2026) · CB = Carol Brennan, MGM, 3 Fern "
              "Walk · YA = Yasmin Ali, IDVA, Frayton DA Service · AS = DC Amir Shah, Frayton Police DA Unit · "
              "JO = Joanne Oduya, DSL, Frayton Park Primary · RT = Rachel Tully, manager, Frayton Tots "
              "Nursery · LG = Lucy Grant, HV · EDT = emergency duty team (out of hrs)"),
        ("h1", "ONE-PAGE SAFETY PLAN (the contingency part of this plan)"),
        ("table", {
            "header": ["If…", "Then…"],
            "widths": [5.5, 11.5],
            "rows": [
                ["SP comes to the house or is seen on Ashby Rd",
                 "LB rings 999 & says \"bail breach\". Kai takes Poppy up to his room (old phone charged in "
                 "there, can ring 999 w/o SIM). Address is flagged, so police attend as priority."],
                ["SP messages, rings or sends someone round",
                 "LB doesn't reply; screenshots to AS & KR same day. AS decides same day on arrest for breach."],
                ["Kai hears shouting or is scared at home",
                 "Kai takes Poppy to his room & rings 999, or goes next door to Mrs Okoye at No. 14 (agreed "
                 "w/ her 09/01)."],
                ["LB can't keep the kids safe at home (SP won't stay away, threats)",
                 "LB & kids go to CB's that night. If CB can't have them, YA (or EDT out of hrs) books "
                 "Frayton Refuge same night. KR holds a strategy discussion w/ police same day."],
                ["CB can't do the Tue + Thu pick-up",
                 "CB texts LB by 12 noon & LB collects. If neither can, Kai & Poppy stay at Frayton Park "
                 "after-school club till 5.30pm & JO rings KR."],
                ["SP breaches bail or the non-mol order, or LB lets him back into the house",
                 "KR holds a strategy discussion w/ police same day; Anita Grove (TM) requests a legal "
                 "planning meeting within 5 working days."],
            ],
        }),
        ("p", "Numbers: 999 · Frayton DA helpline 0300 555 0143 · KR 07700 900421 · EDT 0300 555 0199"),
        ("h2", "Kai (9), in his words (seen alone at school 06/01 & at home 09/01)"),
        ("p", "\"I don't like it when Dad shouts and Mum cries. I take Poppy in my room and put the telly "
              "loud.\" \"I want to see Dad but not at our house.\" \"Nan's is the best, she's got a dog.\" "
              "Safe at home: 4/10. Wants \"a lock on the front door that Dad can't open\"."),
        ("h2", "Poppy (4), what we've seen"),
        ("p", "At nursery (RT): wets herself most days since Dec, clings to LB at drop-off, plays \"mummy and "
              "daddy shouting\" w/ the dolls. At home (KR, 09/01): follows Kai everywhere, giggly at bath "
              "time, asleep in LB's bed."),
        ("pagebreak",),
        ("h1", "CP plan"),
        ("p", "Kai Brennan, DOB 14/05/2016, Year 5, Frayton Park Primary · Poppy Brennan, DOB 30/07/2021, "
              "Frayton Tots Nursery · 22 Ashby Road, Frayton FR6 1LT · Category: emotional abuse · ICPC "
              "08/01/2026 (chair: Ben Carver, IRO)."),
        ("p", "Why: 27/12/2025 SP assaulted LB in the kitchen (split lip, bruised arm) with both kids in the "
              "house; Kai rang 999. 3 previous DA call-outs since 2023. SP charged, bailed to 05/02. DASH 16 "
              "(high) → MARAC 22/01. No concerns about drugs or alcohol for LB."),
        ("h2", "Outcomes for Kai & Poppy"),
        ("numbers", [
            "Kai & Poppy are safe at home and don't see or hear any more violence.",
            "Kai says he feels safe at home (7/10 or more by RCPC).",
            "Kai & Poppy are in school & nursery every day (att. 95%+), and Poppy's wetting settles.",
            "Kai & Poppy see their dad only when it is safe & they want to, at the contact centre.",
        ]),
        ("h2", "Actions"),
        ("table", {
            "header": ["#", "What", "Who", "By / freq", "Evidence"],
            "widths": [1.0, 5.8, 3.0, 3.2, 4.0],
            "rows": [
                ["1", "Home visits, Kai seen alone every visit, Poppy seen; 1 in 3 unannounced",
                 "KR (SW)", "Wkly to RCPC", "Visit records on LCS within 48 hrs, w/ Kai's words"],
                ["2", "DASH & safety plan w/ LB, then phone calls re: safety & bail",
                 "YA (IDVA)", "DASH by 16/1; calls x2 wk (Mon + Thu)",
                 "DASH score to MARAC 22/1; call log to KR every Fri"],
                ["3", "Priority flag on 22 Ashby Rd; tell LB & KR of any change to SP's bail",
                 "AS (police)", "Flag by 12/1; same day as any bail change",
                 "Flag ref written into plan at CG1; police log"],
                ["4", "Apply for a non-mol order w/ Frayton Family Law Clinic",
                 "LB", "By 23/1", "Sealed order, copy to KR & AS"],
                ["5", "No contact w/ SP; don't let him in; 999 if he comes",
                 "LB", "Every day (bail to 5/2, then per non-mol)",
                 "Police call log checked by KR wkly; Kai asked at each visit"],
                ["6", "Check-in w/ Kai before registration",
                 "JO (DSL)", "Mon + Thu 8.45am", "CPOMS log to KR every Fri"],
                ["7", "Poppy's att. + note of her play, wetting & drop-offs",
                 "RT (nursery)", "Daily", "Att. figs + wkly note to KR every Fri"],
                ["8", "Frayton Safe & Sound children's DA group for Kai (10 sessions)",
                 "Megan Hart, Frayton DA Service", "Wed 4pm from 21/1 to 25/3",
                 "Att. + Kai's safety score at wk 1 & wk 10, to KR"],
                ["9", "Frayton Changing Paths perpetrator programme: assessment, then group if accepted",
                 "SP", "Assessment by 30/1; group wkly from Feb",
                 "Assessment outcome letter & att. reports to KR"],
                ["10", "Referral to Frayton Contact Centre for supervised contact Kai & Poppy w/ SP, if Kai "
                       "wants it & bail allows",
                 "KR (SW)", "Referral by 23/1; contact fortnightly Sat",
                 "Centre's contact notes to KR after each session"],
                ["11", "Collect Kai & Poppy from school & nursery, tea at CB's till LB finishes work",
                 "CB (MGM)", "Tue + Thu 3.15pm", "School & nursery sign-out sheets"],
                ["12", "Sanctuary scheme: extra locks, door chain & window locks",
                 "Paul Leigh, Frayton Homes", "Fitted by 30/1", "Fitting cert. to KR"],
                ["13", "Poppy's health review: growth, sleep, wetting",
                 "LG (HV)", "By 13/2", "Review summary to KR & GP"],
                ["14", "Direct work w/ Kai (3 Houses), 3 sessions",
                 "KR (SW)", "By 27/2", "Kai's 3 Houses sheets on LCS & shared at CG2"],
            ],
        }),
        ("h2", "Meetings"),
        ("bullets", [
            "CG every 4 wks, Thu 3.45pm, Frayton Park Primary: CG1 22/01/2026, CG2 19/02/2026, CG3 19/03/2026.",
            "RCPC: Thu 09/04/2026, 10am, Frayton Civic Offices (chair Ben Carver).",
        ]),
        ("p", "Copies: LB (talked through w/ her & Kai), SP (actions 9 & 10 only, via AS), all agencies in the key."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Case-system task print: one task card per action (Task / Desc /
#    Assigned / Due / Evidence / Status), page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
def _card(ref, desc, assigned, due, evidence, status="Open"):
    return ("table", {
        "rows": [
            ["Task", ref],
            ["Desc", desc],
            ["Assigned", assigned],
            ["Due", due],
            ["Evidence", evidence],
            ["Status", status],
        ],
        "widths": [3.0, 14.0],
        "bold_first_col": True,
    })


PLANS.append({
    "name": "b204_foxmoor_case_system_task_print_rowley.pdf",
    "doc_title": "FoxCase - CP plan task summary - Rowley",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "font_size": 10,
    "header": "OFFICIAL-SENSITIVE · FoxCase v6 · Foxmoor County Council Children's Services",
    "footer": "Printed 16/01/2026 10:14 by LHART · Case 2291047 ROWLEY · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-task-print-pdf-paged-header-footer-case-header-fields-key-reason-summary-childrens-views-outcomes-then-one-task-card-table-per-action-task-desc-assigned-due-evidence-status-then-contingency-field-meetings-field",
    "description": (
        "A case-system print (FoxCase) of the child protection plan for a 14-year-old girl who cuts "
        "herself and has taken an overdose, and her 8-year-old brother; their mother has depression and "
        "took an overdose in October. Case header fields, a key to initials, a reason summary, both "
        "children's views and the outcomes come before one task card per action (Task / Desc / Assigned / "
        "Due / Evidence / Status) written in the clipped shorthand of the system ('HVs wkly, T & J seen "
        "alone each visit', 'CPOMS log sent to LH every Fri'). The CMHT consultant reports on the "
        "mother's capacity to change and the GP reviews her medication. Faults: the care coordinator's "
        "fortnightly support visits only treat the mother; the attendance plan for the boy is due "
        "'Ongoing'; the young carers' referral is assigned '-'; the school nurse's drop-ins are evidenced "
        "by 'Monitor'; one outcome is about the mother only; and the review conference is 'TBC'."
    ),
    "blocks": [
        ("boldp", "FOXCASE – CHILD PROTECTION PLAN: TASK SUMMARY"),
        ("kv", [
            ("Case ref", "2291047"),
            ("Children", "Tegan ROWLEY (14, DOB 03/06/2011) · Jake ROWLEY (8, DOB 21/09/2017)"),
            ("Address", "17 Heron Court, Foxmoor FX4 2RB"),
            ("Parent", "Nicola ROWLEY (39), Mum. Father not involved (no contact since 2019)."),
            ("Plan", "CP – emotional abuse (T) / neglect (J) · ICPC 09/01/2026"),
            ("Allocated SW", "Laura Hart (LH), Foxmoor North Safeguarding · TM Gareth Pryce · IRO Sue Mendez"),
            ("Core group", "22/01/2026, then 4-wkly (19/02/2026, 19/03/2026), Foxmoor Academy"),
            ("RCPC", "TBC"),
        ]),
        ("p", "Key: LH = Laura Hart (SW) · MD = Mark Dunn, care coordinator (CC), Foxmoor CMHT · KA = Dr Ken "
              "Abara, consultant psychiatrist, Foxmoor CMHT · PN = Dr Priya Nair, Foxmoor CAMHS · JC = Mrs "
              "Janet Cole, DSL, Foxmoor Academy · KO = Karen Obi, FSW, Foxmoor Family Help · SN = school "
              "nurse (Amy Rudd, Foxmoor 0-19) · CPOMS = school safeguarding log · RiO = CMHT record"),
        ("boldp", "REASON FOR PLAN (summary)"),
        ("p", "Oct 2025: Nicola overdose (paracetamol), found by T. Nicola has depression, under CMHT since "
              "2021, sertraline 150mg. T cutting arms since Sept; took 12 of Nicola's tablets 28/11/2025, "
              "Foxmoor General overnight. T doing most of the cooking & getting J to school; J late 19 times "
              "this term. House cluttered, little food on 3 of 5 visits. T att. 71%, J 84%."),
        ("boldp", "CHILDREN'S VIEWS"),
        ("p", "T (seen alone 07/01): \"Someone has to look after Mum.\" \"I cut when my head's too loud, not "
              "to die.\" \"I don't want J going into care.\" Wants to see someone \"who isn't school\". Safe "
              "at home 6/10, in her head 3/10."),
        ("p", "J (seen alone 07/01): \"Tegan does my pack-up.\" \"Mum stays in bed.\" Likes football, wants "
              "to go to the after-school club \"like Reuben\"."),
        ("boldp", "OUTCOMES"),
        ("numbers", [
            "T is safe from self-harm: no cutting or overdose needing treatment by RCPC, and she has a "
            "CAMHS plan she agrees with.",
            "T & J are not caring for Mum and have food, clean clothes & a set bedtime every day.",
            "T & J are in school on time (att. 95%+).",
            "Nicola's mental health is stable and she engages with the CMHT.",
        ]),
        ("boldp", "TASKS (12 open)"),
        _card("T01", "HVs wkly, T & J seen alone each visit, 1 in 3 after school hrs",
              "LH (SW)", "Wkly (Tue or Thu)",
              "Visit recs on FoxCase within 48 hrs incl. T's & J's words"),
        _card("T02", "Support visits to Nicola at home, fortnightly, re: mood & meds",
              "MD (CMHT CC)", "2/52", "CC contact notes on RiO, summary to LH monthly"),
        _card("T03", "Psychiatric review of Nicola incl. her capacity to keep T & J safe, what needs to "
                     "change & likely timescale",
              "KA (CMHT consultant)", "By 20/02/2026", "Written report to LH, shared at CG2"),
        _card("T04", "CAMHS assessment of T's cutting & low mood, incl. risk plan",
              "PN (CAMHS)", "By 06/02/2026", "Assessment letter & risk plan to LH & GP"),
        _card("T05", "Safe space pass + check-ins w/ T Mon, Wed & Fri 8.40am",
              "JC (DSL)", "Mon, Wed & Fri", "CPOMS log sent to LH every Fri"),
        _card("T06", "Attendance support plan for J (lates) agreed w/ Nicola",
              "Mr D Lees, attendance officer, Foxmoor St Mary's Primary", "Ongoing",
              "Signed att. plan + J's att. figs to LH at each CG"),
        _card("T07", "Referral to Foxmoor Young Carers for T (assessment + group)",
              "-", "By 23/01/2026", "Referral acknowledgement on FoxCase"),
        _card("T08", "School nurse drop in w/ T wkly (Thu lunch) re: sleep & cutting",
              "SN", "Wkly (Thu)", "Monitor"),
        _card("T09", "GP medication review for Nicola, incl. 1 wk scripts",
              "Dr S Hamid, GP, Foxmoor Vale Surgery", "By 30/01/2026", "GP letter to LH"),
        _card("T10", "All meds (Nicola's & T's) kept in a locked box, key kept by Nicola",
              "Nicola", "Daily from 12/01/2026", "LH sees locked box at each visit, recorded on FoxCase"),
        _card("T11", "Routines w/ Nicola & J: bedtime & school mornings",
              "KO (FSW)", "Wkly Tue 6pm x8 from 13/01/2026", "Bedtime chart + session log to LH 2/52"),
        _card("T12", "Direct work w/ J (3 Houses) + J's views for CG2",
              "LH (SW)", "By 13/02/2026", "J's 3 Houses sheet on FoxCase & shared at CG2"),
        ("boldp", "CONTINGENCY"),
        ("bullets", [
            "T cuts and needs medical treatment, or takes any tablets: Nicola rings 999 / takes her to "
            "Foxmoor General A&E; CAMHS crisis team assess same day; LH (EDT out of hrs) holds a strategy "
            "discussion same day.",
            "Nicola takes an overdose or says she plans to: 999; J & T go to emergency foster carers arranged "
            "by LH or EDT that night, placed together.",
            "Any more self-harm needing hospital by T, or another overdose by Nicola before the RCPC: Gareth "
            "Pryce (TM) requests a legal planning meeting within 5 working days.",
        ]),
        ("p", "END OF PRINT · 12 tasks · 0 closed"),
    ],
    "findings": [
        F("H001", "Support visits to Nicola at home, fortnightly, re: mood & meds"),
        F("T002", "Attendance support plan for J (lates) agreed w/ Nicola"),
        F("W001", "Referral to Foxmoor Young Carers for T"),
        F("M002", "School nurse drop in w/ T wkly (Thu lunch)"),
        F("F002", "Nicola's mental health is stable and she engages with the CMHT"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The social worker's e-mail to the core group after core group 1: the
#    actions as numbered "who - what - when - check" lines, "I" is the SW
#    who signs it. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_fellingham_sw_email_cg_actions_doyle.txt",
    "split": "tune",
    "actions": 11,
    "template": "social-worker-email-after-core-group-txt-headers-from-sent-to-cc-subject-greeting-who-was-there-initials-key-quick-recap-kyra-said-what-we-want-then-actions-numbered-who-dash-what-dash-when-dash-check-i-is-the-sw-then-if-things-dont-improve-paragraph-dates-signature",
    "description": (
        "The social worker's e-mail to the core group after the first core group for a 4-month-old boy "
        "and his 5-year-old sister on plans for neglect and emotional harm: their father uses cocaine at "
        "weekends, there have been rows with police called, and the family plan to move to another "
        "council at the end of February. A 'who was there' line is the key to initials; 'I' and 'me' are "
        "the social worker who signs it. After a quick recap, Kyra's words and what we want, the "
        "actions are numbered shorthand lines ('TP (HV) - Noah wt checks 2/52 ... plot on centile chart, "
        "email me each wt'). Faults: the DSL only to 'keep an eye on' Kyra; 'Everyone' passing on marks "
        "and rows; the parents' Positive Parents course with no time; the parenting assessment put on "
        "hold until the transfer-in conference and handed to the receiving council; the father's "
        "cocaine use with no adult service owning any action (he only self-refers and the SW books a "
        "hair strand test); and a contingency that only says the core group will be brought forward to "
        "review the plan and consider next steps."
    ),
    "text": """\
From:    Hannah Greaves <hannah.greaves@fellingham.gov.uk>
Sent:    Tuesday, 13 January 2026 16:52
To:      Tara Price (HV); Imran Ahmed (DSL, Fellingham Road Primary); Jo Platt (FSW);
         Shannon Doyle; Liam Pratt
Cc:      Claire Nunn (TM)
Subject: CG1 actions - Kyra & Noah Doyle [OFFICIAL-SENSITIVE]

Hi all,

Thanks for coming today. Below are the actions as I noted them - shout by Fri
if I've got anything wrong and I'll correct & re-send. "I" / "me" = Hannah (SW)
throughout.

Who was there: HG = me (Hannah Greaves, SW) / TP = Tara Price (HV) /
IA = Imran Ahmed (DSL, Fellingham Road Primary, Kyra's school) / JP = Jo Platt
(FSW, Fellingham Family Hub) / SD = Shannon Doyle (Mum) / LP = Liam Pratt (Dad)

QUICK RECAP
- Noah (4 mths, DOB 08/09/2025) & Kyra (5, DOB 19/04/2020) on CP plans since
  ICPC 16/12/25 (neglect / emotional harm). 9 Cobden Terrace, Fellingham FL1 3PD.
- LP uses cocaine most weekends (told police in Nov; positive test on arrest
  02/11/25). Rows at home, police called x2 (19/10 & 02/11). LP says he's cut
  down to "one night a fortnight".
- Family plan to move to Fordbridge end of Feb (SD's sister is there). I've let
  Fordbridge CSC know; they'll book a transfer-in conference once the family
  have moved.
- Noah wt 25th centile, steady. Kyra att. 91% this term, 4 lates.

KYRA (seen alone at school 09/01): "Daddy gets cross and bangs the door."
"I hold Noah when he cries so Mummy can have a rest." "I want to live by
Auntie Gem, she's got a trampoline." Noah: smiley w/ TP at clinic 06/01, settles
quickly for SD, seen awake & undressed 09/01 - no marks.

WHAT WE WANT (from ICPC)
- Noah & Kyra live in a home w/o shouting, fighting or drugs.
- Noah keeps gaining wt & has his imms on time.
- Kyra is in school every day & can tell a grown-up at school when she's worried.

ACTIONS
1. HG (me) - home visits wkly to RCPC, Kyra seen alone, Noah seen awake &
   undressed at least every other visit - visit notes on Mosaic within 48 hrs.
2. TP (HV) - Noah wt checks 2/52 at home or clinic - plot on centile chart,
   email me each wt.
3. LP -> self-refer to Fellingham DAAT by 23/1 - bring me the appt letter.
4. HG - book hair strand test for LP (consent signed today) w/ Forrester Toxicology by
   20/1 - results to CG2.
5. IA (DSL) - keep an eye on how Kyra is in class, daily.
6. Everyone - any mark/bruise on Noah, or Kyra saying there's been a row -> me
   same day, I log it on Mosaic.
7. SD + LP - Positive Parents course at Fellingham Family Hub - att. register
   from JP.
8. JP (FSW) - home sessions wkly Thu 2pm: routines, Noah's safe sleep, Kyra's
   bedtime - sleep diary + session notes to me fortnightly.
9. SD - Noah's 12 wk imms (overdue) at Fellingham Road Surgery by 30/1 - red
   book seen by TP.
10. HG - 3 Houses work w/ Kyra x2 by 6/2 - her sheets to CG2.
11. Parenting assessment (both parents) - on hold until the transfer-in
    conference; Fordbridge SW to complete within 6 wks of it - report to the
    Fordbridge CG.

IF THINGS DON'T IMPROVE
If things don't get better, or there are more worries about Noah or Kyra,
I'll bring the next CG forward and we'll review the plan together and consider
next steps.

DATES
- CG2: Tue 10/02/26, 1.30pm, Fellingham Family Hub. CG3: Tue 10/03/26 (then
  every 4 wks while the family are in Fellingham).
- RCPC: Wed 25/03/26, 10am, Fellingham Civic Centre (or the transfer-in
  conference in Fordbridge if the family have moved by then).
- If there isn't enough progress by the RCPC, Claire (TM) will request a legal
  planning meeting.

Thanks all,
Hannah

Hannah Greaves | Social Worker | Safeguarding Team (West)
Fellingham Council Children's Services | 01632 960412
""",
    "findings": [
        F("M002", "keep an eye on how Kyra is in class"),
        F("W002", "any mark/bruise on Noah, or Kyra saying there's been a row"),
        F("T001", "Positive Parents course at Fellingham Family Hub"),
        F("X001", "Parenting assessment (both parents) - on hold until the transfer-in"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A social worker's handwritten notes of a discharge planning meeting on
#    the neonatal unit, typed up as a numbered list; the baby is looked
#    after (s20). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_fulverton_typed_up_notes_numbered_quinn.md",
    "split": "tune",
    "actions": 13,
    "template": "handwritten-notes-typed-up-md-discharge-planning-meeting-and-cg1-on-neonatal-unit-present-list-initials-background-clipped-what-the-ward-sees-of-ruby-then-numbered-actions-as-on-sws-list-owner-dash-what-dash-when-dash-check-then-if-list-next-dates",
    "description": (
        "A social worker's handwritten notes of a discharge planning meeting and first core group on a "
        "neonatal unit, typed up as a numbered list, for a 3-week-old baby born at 34 weeks with "
        "neonatal abstinence syndrome, weaning from morphine. Her mother used heroin and street "
        "methadone in pregnancy and is on a methadone script; the baby has been accommodated under "
        "section 20 since 05/01/2026 and is to go to foster carers on discharge. A present list gives the "
        "initials; the background and what the ward sees of the baby are clipped notes; the actions are "
        "numbered shorthand lines as on the SW's list. The drug service reports before each core group, "
        "the contingency has specific triggers and legal planning, and core group, looked after review "
        "and review conference dates are set. Faults: the social worker's visits to the baby 'when "
        "poss'; the mother's contact on the unit with times 'tbc'; a passive referral for a parent and "
        "child foster placement with no owner; a parenting assessment with no stated output; no outcome "
        "for the baby anywhere in the notes; and, though the baby is looked after and in hospital, no "
        "one set to visit her at a stated frequency (the SW's phone calls and the ward's own staff do "
        "not count)."
    ),
    "text": """\
# Fulverton Borough Council – Children's Services

## Baby Ruby QUINN – d/c planning mtg + CG1, NNU – notes typed up

Typed 21/01/2026 by JB (SW) from my handwritten notes of the mtg on the Neonatal Unit (NNU), Fulverton
General Hospital, Tue 20/01/2026, 2pm. Not yet checked by those present – corrections to JB pls.

**Present**
- JB – Jade Bowen, SW, Fulverton Safeguarding & Care Team (TM Dev Sharma)
- TQ – Tasha Quinn, Mum (first 30 mins)
- HM – Sr Helen Marsh, NNU discharge coordinator
- OA – Dr Olu Adeyemi, neonatal consultant
- KP – Kerry Price, HV (NNU liaison HV, Fulverton 0-19)
- SR – Steve Rudd, recovery worker, Fulverton Drug & Alcohol Service (FDAS)
- AD / ND – Angela & Nick Dale, foster carers (Fulverton Fostering)
- MT – Mel Tran, supervising SW for AD & ND, Fulverton Fostering
- Apols: Dr Lowe, GP (Fulverton Park Surgery)

**Background (as noted)**
- Ruby b. 28/12/25 at 34+1 wks, 1.98kg. NAS – oral morphine from day 2, weaning (now 4-hrly). NG + bottle.
- NNU cot 14, Fulverton General. Looked after (s20, signed by TQ 05/01/26). AD & ND matched 12/01/26 as her FCs.
- ICPC 13/01/26: CP plan, neglect (chair Rob Elms, IRO).
- TQ (19): heroin (smoked) + street methadone in preg. FDAS script 60ml methadone since 02/01. UDS 14/01
  pos heroin. Living at Fulverton YMCA hostel. Dad not named.
- TQ on NNU 6x since birth; left after 10 mins x2; 16/01 drowsy, ward staff stopped her holding Ruby.
- OA: d/c likely w/c 2/2 if off morphine for 72 hrs & feeding 3-hrly w/o NG.

**What the ward sees of Ruby (HM)**
- Settles when swaddled & held upright; sucks hard on her dummy.
- High-pitched cry & sneezing after feeds, less since 17/01. Taking 45ml 3-hrly, NG top-ups at night.
- Calms fastest held skin-to-skin by the nurses; AD held her 19/01 & she slept 2 hrs.

**Actions (numbered as on my list)**
1. JB – ring NNU Mon + Thu for an update from the nurse in charge – note on LCS.
2. JB – visit Ruby on NNU when poss, see her handled by nurses – record on LCS.
3. TQ – contact w/ Ruby on the unit, supervised by ward staff – times tbc w/ HM – ward contact log to JB.
4. SR (FDAS) – TQ's script review + UDS wkly (Tue) – results & SR's written view on TQ's progress to JB before each CG.
5. TQ → FDAS key work Tue 11am wkly – FDAS att. record to JB monthly.
6. Referral for a parent & child foster placement assessment to be made by 30/1 – placement offer letter on file.
7. JB – parenting assessment of TQ by 27/2.
8. AD + ND – NAS care training w/ NNU outreach nurse before d/c – HM's competency sign-off sheet to MT & JB.
9. MT – FCs' home: cot, car seat, steriliser checked before d/c – checklist to JB.
10. OA – d/c summary to KP, GP & JB on day of d/c – copy on LCS & in red book.
11. KP (HV) – new birth visit at AD & ND's within 10 days of d/c – wt plotted on centile chart in red book, summary to JB.
12. JB + MT – contact plan for after d/c (TQ 3x wk, supervised, Fulverton Family Centre) written up before d/c – signed by TQ.
13. GP – TQ's postnatal check by 6/2 – GP letter to JB.

**If…**
- TQ arrives on NNU under the influence → ward staff stop contact & ring JB (EDT out of hrs) same day; no contact for the rest of that day.
- TQ tries to take Ruby off the unit, or withdraws s20 consent → ward security + police (999), JB/EDT strategy discussion same day; Dev Sharma (TM) requests a legal planning meeting the same day.
- TQ's UDS pos for heroin x2 more before CG2 → Dev Sharma requests a legal planning meeting within 5 working days.

**Next dates**
- CG2: Tue 03/02/2026, 2pm, NNU seminar room (or AD & ND's if Ruby d/c by then); then every 4 wks.
- LAC review: 02/02/2026 (IRO Rob Elms).
- RCPC: 07/04/2026, 10am, Fulverton Civic Centre.
""",
    "findings": [
        F("T002", "visit Ruby on NNU when poss, see her handled by nurses"),
        F("T002", "contact w/ Ruby on the unit, supervised by ward staff"),
        F("W001", "Referral for a parent & child foster placement assessment"),
        F("M001", "parenting assessment of TQ by 27/2"),
        F("O001"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan as an action log table (Ref / Action / Lead /
#    When / Evidence) with outcome banner rows and a Lead cell merged down.
#    Exemplary (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_fennersham_icpc_action_log_table_whitlock.docx",
    "doc_title": "ICPC Plan - Action Log - Leo and Isla Whitlock",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "font_size": 10,
    "check_vmerge": 1,
    "template": "icpc-plan-action-log-docx-landscape-kv-details-key-table-initials-name-role-why-clipped-leo-and-isla-say-going-well-then-action-log-ref-action-lead-when-evidence-with-outcome-banner-rows-merged-across-lead-cell-merged-down-then-if-contingency-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-year-old boy with ADHD and his 8-year-old sister. "
        "Their father has bipolar disorder, stopped his lithium and in a manic episode drove them at "
        "speed on the bypass at night; he was admitted for three weeks and is home under the community "
        "mental health team. Their mother works three long days a week and the paternal grandmother has "
        "the children after school on those days. A key table explains every initial; the plan is an "
        "action log (Ref / Action / Lead / When / Evidence) in shorthand, grouped under three outcome "
        "banner rows merged across the table, with the social worker's Lead cell merged down over two "
        "rows. The care coordinator and the consultant psychiatrist report on the father's capacity to "
        "change and the likely timescale, the GP checks lithium levels, the school, SENCO, ELSA and "
        "young carers' service have their parts, the grandmother's help has a fallback, legal planning "
        "follows named triggers, and core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Action Log"),
        ("p", "Fennersham District Council · Children's Services · Safeguarding Team (North) · plan agreed at "
              "the ICPC on 15/01/2026 (chair Ruth Okonkwo, IRO) and typed up by PD 16/01/2026"),
        ("kv", [
            ("Children", "Leo WHITLOCK (11, DOB 02/03/2014), Year 7, Fennersham Academy · Isla WHITLOCK (8, "
                         "DOB 27/08/2017), Year 4, Fennersham Brook Primary"),
            ("Address", "5 Orchard Rise, Fennersham FN9 2DW"),
            ("Parents", "Craig Whitlock (41), Dad – bipolar disorder · Sophie Whitlock (38), Mum – staff nurse, "
                        "long days Mon, Wed & Fri"),
            ("Category", "Emotional abuse"),
        ]),
        ("table", {
            "header": ["Key", "Name", "Role"],
            "widths": [3.0, 6.0, 16.7],
            "rows": [
                ["PD", "Priya Das", "Social worker, Safeguarding Team (North); TM Mark Ellery"],
                ["NR", "Naomi Reid", "Care coordinator (CMHT CC), Fennersham Community Mental Health Team"],
                ["Dr PK", "Dr Paul Kaye", "Consultant psychiatrist, Fennersham CMHT"],
                ["Dr AL", "Dr Ana Lopes", "GP, Fennersham Medical Practice"],
                ["RD / JF", "Mr Rob Day / Mrs Jan Ford", "DSL / SENCO, Fennersham Academy (Leo)"],
                ["KN", "Mrs Kim Nash", "ELSA, Fennersham Brook Primary (Isla)"],
                ["LB", "Lucy Bell", "FSW, Fennersham Family Support"],
                ["AW", "Anne Whitlock", "Paternal grandmother (PGM), 11 Mill Street, Fennersham"],
            ],
        }),
        ("h2", "Why there is a plan"),
        ("bullets", [
            "Craig stopped his lithium in Nov 2025. 12/12/2025, 11pm: drove Leo & Isla at 90mph+ on the "
            "Fennersham bypass \"to see the stars\"; stopped by police. Not slept for 3 nights; spent £4,000 "
            "of savings.",
            "Admitted to Fennersham Hospital under s2 MHA 13/12/2025, d/c 06/01/2026 to CMHT. Back on lithium "
            "since 20/12.",
            "Leo has been staying awake to check on Dad; Isla wet the bed most nights in Dec. Sophie was on "
            "shift both nights Craig was most unwell.",
        ]),
        ("h2", "What Leo & Isla say"),
        ("p", "Leo (seen alone 12/01): \"When Dad was poorly he drove really fast and Isla was screaming.\" \"I "
              "check he's asleep before I go to sleep.\" \"I don't want him to go back in hospital, but I "
              "don't want him driving us.\" Safe at home 5/10."),
        ("p", "Isla (seen alone 12/01): \"I like it when Dad does the voices at bedtime.\" \"Nanny Anne makes "
              "fish fingers.\" \"I didn't like Daddy's shouty week.\" Safe at home 6/10."),
        ("h2", "Going well"),
        ("bullets", [
            "Craig back on lithium, level in range on 09/01; sees NR every 2 wks and agreed to this plan.",
            "AW has had the children every shift day since 15/12 and they are settled with her.",
            "Leo's attendance 97%; Isla's wetting down to 1-2 nights a week.",
        ]),
        ("h2", "Action log"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "Evidence"],
            "widths": [1.2, 9.3, 4.4, 4.6, 6.2],
            "rows": [
                ["Outcome 1 – Leo & Isla are never cared for alone by Dad while he is unwell, and are not driven "
                 "by him until his psychiatrist says it is safe.", H, H, H, H],
                ["1.1",
                 "Early warning signs plan w/ Craig & Sophie; then home visits to Craig & a report to each CG on "
                 "whether he is keeping well & making the changes needed (meds, sleep, spotting signs) & how "
                 "long that is likely to take",
                 "NR (CMHT CC)", "Plan by 30/1; visits 2/52",
                 "Signed early warning plan on RiO, copy to PD; written report to each CG"],
                ["1.2",
                 "OP review of Craig's mood & lithium; report on his capacity to care safely for Leo & Isla, "
                 "what needs to change & the likely timescale",
                 "Dr PK (CMHT psychiatrist)", "Review 4/52 (next 3/2); report by 27/2 & before RCPC",
                 "Written report to PD, shared at CG2 & the RCPC"],
                ["1.3", "Lithium bloods; result to NR & PD",
                 "GP (Dr AL)", "4/52 (next w/c 26.1)",
                 "Level in range on GP record; result e-mailed to NR & PD within 2 days"],
                ["1.4", "Take lithium every evening from the blister pack",
                 "Craig", "Daily", "Sophie ticks the meds chart; NR checks the chart at each visit"],
                ["1.5", "No driving w/ Leo or Isla in the car until Dr PK says in writing that it is safe",
                 "Craig", "From 15/1 until Dr PK's letter",
                 "Leo, Isla & Sophie asked at each SW visit; Dr PK's letter on file"],
                ["1.6", "Home visits; Leo & Isla seen alone; 1 in 3 on Sophie's shift days",
                 "PD (SW)", "Wkly to RCPC", "Visit records on LCS within 48 hrs, w/ the kids' words"],
                ["Outcome 2 – Leo & Isla understand Dad's illness, have an adult to talk to at school, and say they "
                 "feel safe at home (8/10 or more by RCPC).", H, H, H, H],
                ["2.1", "Young carers assessment for Leo & Isla, then the young carers group",
                 "Tom Birch, Fennersham Young Carers", "Assessment by 13/2; group 2/52 (Tue 4pm) from 24/2",
                 "Assessment report to PD; group att. register"],
                ["2.2", "Direct work on Dad's illness w/ Leo & Isla (storybook + worry jar), 3 sessions",
                 "PD (SW)", "By 27/2", "Kids' worksheets on LCS & shared at CG2"],
                ["2.3", "Kids' own safety plan: what to do & who to ring if Dad seems unwell, incl. a code word",
                 V, "By 6/2", "Copy signed by Leo, Isla & Sophie on the fridge; PD checks it at each visit"],
                ["2.4", "Check-in w/ Leo before registration",
                 "RD (DSL)", "Tue + Fri 8.40am", "CPOMS log to PD every Fri"],
                ["2.5", "Review Leo's ADHD support plan incl. a time-out pass & a homework club place",
                 "JF (SENCO)", "By 6/2", "Revised support plan on file, copy to PD & Sophie"],
                ["2.6", "ELSA sessions for Isla on worries & feelings",
                 "KN (ELSA)", "Wkly Wed x6 from 21/1",
                 "Isla's feelings scale each session; summary to PD at each CG"],
                ["Outcome 3 – Leo & Isla have a calm routine every day, with a safe adult with them after school "
                 "& at bedtime.", H, H, H, H],
                ["3.1", "Collect Leo & Isla from school on Sophie's long days; tea & homework at hers till "
                        "Sophie collects",
                 "AW (PGM)", "Mon, Wed & Fri, 3.15pm-8pm",
                 "School collection sheets; Sophie's rota shows AW on each long day"],
                ["3.2", "Send PD the shift rota; tell PD & AW at once of any change to the Mon/Wed/Fri long days",
                 "Sophie", "Every Sun for the wk ahead; same day as any change", "Rota on LCS each wk"],
                ["3.3", "Routines & bedtime sessions w/ Sophie & Craig",
                 "LB (FSW)", "Wkly Thu 5pm x8 from 22/1", "Routine chart + session log to PD 2/52"],
            ],
        }),
        ("h2", "If…"),
        ("bullets", [
            "Craig shows his early warning signs (under 4 hrs' sleep 2 nights running, spending, talking fast, "
            "missing lithium): Sophie rings NR (Fennersham Crisis Team out of hrs) same day; Craig is not left "
            "alone w/ Leo or Isla, who stay w/ Sophie or go to AW's.",
            "Craig drives w/ the kids, or is admitted again: PD (EDT out of hrs) holds a strategy discussion "
            "w/ police same day.",
            "AW can't have the kids on a long day: she rings Sophie by 12 noon; Leo goes to Fennersham Academy "
            "homework club & Isla to Fennersham Brook after-school club till 6pm, and Sophie swaps her shift "
            "(agreed w/ her ward manager). Craig is not to be their sole carer.",
            "Neither Sophie nor AW can look after the kids while Craig is unwell: PD (EDT out of hrs) arranges "
            "emergency foster carers the same day.",
            "Craig is admitted again, stops lithium twice, or drives the kids while unwell before the RCPC: "
            "Mark Ellery (TM) requests a legal planning meeting within 5 working days.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "CG every 4 wks, Thu 4pm, Fennersham Academy: 29/01/2026, 26/02/2026, 26/03/2026.",
            "RCPC: Tue 14/04/2026, 2pm, Fennersham Civic Centre (chair Ruth Okonkwo).",
        ]),
        ("p", "Copies to Craig, Sophie, AW and all in the key; Leo & Isla have their own picture version, talked "
              "through by PD 16/01/2026."),
    ],
    "findings": [],
})
