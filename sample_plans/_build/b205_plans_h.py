"""Batch 205, module h: seven fictional plans (held-out material), places beginning with "h".

Batch: 205. Letter: h. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, health and adult services, police teams and councils
(Hattersmere, Hobwick, Hennacott, Hindsmoor, Hollesdon, Harlingsett,
Hulvermoor, Hatchmoor and every service named after them). Any resemblance
to real people, places or cases is a coincidence. The labels were written
by hand from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: plans written in practitioners' shorthand. Each plan is typed fast
by a busy practitioner in the abbreviations and clipped forms real plans
and core group minutes use, in a template of its own: core group minutes
ending in an action log, an initial conference's outline plan under
abbreviated column headers with a key, a one-page safety plan, a health
visitor's plan-of-care lines typed into a core group print, an e-mail
sending the core group's actions, a conference flipchart list typed up,
and a case-system export with abbreviated fields. Owners are initials and
role abbreviations (SW, HV, CNN, FSW, DSL, GP, CMHT CC, PMHT, DAAT, HRP,
IDVA, YC, MGM, "JA (SW)") given once in a key or attendance list; times
are "wkly", "2/52", "4-wkly", "by 30/1", "w/c 23/2", "Mon+Thu x6 wks from
19/1", "wkly till RCPC", "every sch day" and, in the faulty plans, "ASAP",
"tbc", "ongoing" or nothing; measures are "wt on centile chart", "CPOMS",
"att. figs", "breath test 0.00", "UDS neg x3", "seen alone & recorded" and,
in the faulty plans, "Monitor", "keep an eye on bonding", "discussed @
next CG", "N/A" or nothing; grammar is clipped (no verbs, no subjects,
arrows, slashes and plus signs). A shorthand owner or time is an owner or
a time when a reader of the plan can tell who or when; "tbc", "ASAP" and
"ongoing" alone give no time.

1. Hattersmere (docx, exemplary): core group 2 minutes for a 6-year-old
   and a 20-month-old (neglect, the mother's drinking, the maternal
   grandmother doing school runs): present list as a key of initials,
   CG1 actions closed or carried into today's log, agency updates in
   shorthand, Ruby's Three Houses and Alfie's observed day, outcomes, then
   an action log (No. / Action / Who / By / freq / Evidence); the drug and
   alcohol team reports on the mother's capacity to change.
2. Hobwick (docx): initial conference outline plan for a 9-year-old and a
   4-year-old (neglect, the mother's depression under the community
   mental health team) in a table headed Ref / Action / Lead / T/S / EoS
   with a key. Faults: the young carers' assessment "ASAP" (T002); the
   nursery's checks on Leo with "Monitor" as evidence (M002); the care
   coordinator's home visits that only support the mother (H001); the
   parenting group "start tbc" (T002); "CG" sharing concerns (W002); and
   nothing on legal planning (R002).
3. Hennacott (pdf, header and footer, exemplary): a one-page safety plan
   and child protection plan for an 8-year-old and a 3-year-old after
   domestic abuse (the father out of the home on bail conditions), in
   boxes: who's who, what the children say, what we want, who does what
   (Who / What / When / Check), if-then safety steps and meetings.
4. Hindsmoor (pdf, header and footer): a core group plan for a 9-week-old
   baby typed by the health visitor in her service's plan-of-care lines
   ("HV - wt 2/52, plot on chart, report to SW"); the mother has
   postnatal depression and sees the perinatal mental health team, which
   reports on her capacity to change. Faults: the nursery nurse's bonding
   visits measured by "keep an eye on bonding" (M002); a passive referral
   to the infant feeding service (W001); the father's "ongoing" support at
   night (T002); the housing officer's damp inspection with no check
   (M001); an outcome about the mother only (F002); and a contingency of
   "further concerns" and "review" (C002).
5. Hollesdon (md): the social worker's e-mail to the core group with the
   actions agreed at core group 1 for a 7-year-old and a 2-year-old
   (neglect, the father's cannabis use with the drug and alcohol team),
   numbered one-line actions with arrows. Faults: the dentist "tbc" (T002);
   the maternal grandmother and aunt's help (family support) with a
   contingency that does not cover it failing (C003); "Family" keeping
   the flat clear of cannabis (W002); the school nurse's check with no
   time (T001); the paternal aunt's teatimes measured by "discussed @ next
   CG" (M002); and the review conference "tbc" (R001).
6. Harlingsett (md, exemplary): an initial conference's plan typed up
   from the chair's flipchart as a numbered list for a 10-year-old young
   carer whose mother has bipolar disorder: each item owner first, then
   the time and the check after arrows; the care coordinator reports on
   the mother's capacity to change.
7. Hulvermoor (txt): a case-system export of a core group plan for a
   4-year-old and a 13-month-old (neglect, the father's heroin use, a move
   to Hatchmoor coming) in abbreviated fields (RESP / DUE / EVID). Faults:
   the parenting assessment handed to the receiving authority until after
   the transfer (X001); the immunisations catch-up with an empty due field
   (T001); the nursery hours increase with "-" for owner (W001); a home
   safety check with "N/A" for evidence (M001); no adult service owning
   any action for the father's heroin use (F004); and no wishes, feelings or observed
   day of either child (F003).

Plans 1, 3 and 6 are exemplary: every action has an owner a reader can
name from the key or attendance list, a real timescale (a date, a
frequency, an event the plan dates) and something that can be seen,
counted or read; every outcome is about the children; each contingency has
specific triggers and concrete protective responses and says what happens
if a relative's help fails; each records the children's words or observed
day, core group dates or frequency and a dated review conference, and a
legal planning meeting after named triggers; where a parent drinks or is
unwell an adult service owns an action, and a mental health service is
asked to report on the parent's capacity to change. The four faulty plans
hold 24 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action log or action table, each numbered line of an e-mail's or a
flipchart's action list and each plan-of-care line counts once, whatever
number of steps its shorthand holds. Present lists and keys, last time's
actions closed or carried into today's log, agency updates, the
children's words, outcomes, contingency and safety steps, and meeting
dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 2 minutes: present list as a key of initials, updates in
#    shorthand, then an action log (No. / Action / Who / By / freq /
#    Evidence). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_hattersmere_cg2_minutes_initials_action_log_brennan.docx",
    "doc_title": "Core Group 2 Minutes and Action Log - Ruby and Alfie Brennan",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-2-minutes-docx-kv-details-present-list-as-key-of-initials-cg1-actions-closed-or-carried-agency-updates-in-shorthand-bullets-childrens-three-houses-and-observed-day-outcomes-then-action-log-no-action-who-by-freq-evidence-shorthand-cells-then-contingency-bullets-with-arrows-next-meetings",
    "description": (
        "Exemplary minutes of the second core group for a 6-year-old girl and her 20-month-old brother "
        "on plans for neglect: their mother drinks cans most nights and has been found asleep on the "
        "sofa, and their maternal grandmother does the school run three days a week. Typed fast by the "
        "social worker in shorthand: a present list that is the key of initials (KT, GL, AP, DO, RM, IS), "
        "last time's actions closed or carried into today's log, each agency's update in clipped lines, "
        "Ruby's Three Houses and Alfie's observed day, outcomes, then an action log (No. / Action / Who / "
        "By / freq / Evidence) whose cells read 'wkly until RCPC', '2/52', 'by 30/1, then wt 4-wkly', "
        "'Mon+Thu x6 wks from 19/1', 'Att. figs + call log to KT every Fri', 'breath test 0.00'. The drug "
        "and alcohol team reports to each core group on the mother's capacity to change; the GP repeats "
        "her bloods; the contingency has specific triggers, the grandmother as safe carer with a fallback "
        "if she cannot help, and a legal planning meeting after named triggers; core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Core Group Meeting 2 - Minutes & Action Log"),
        ("p", "Hattersmere Borough Council · Children's Services · Safeguarding & Family Support, Locality East"),
        ("kv", [
            ("Children", "Ruby BRENNAN (6), dob 11/04/2019, Yr 2 Hattersmere Road Primary; Alfie BRENNAN "
                         "(20 mths), dob 02/05/2024, at home"),
            ("Address", "14 Kestrel Walk, Hattersmere HT3 7QD"),
            ("Category", "Neglect (both). ICPC 08/12/2025; CG1 18/12/2025"),
            ("This meeting", "CG2, Thurs 15/01/2026, 3.30pm, Hattersmere Family Hub"),
            ("Chair / minutes", "KT (SW)"),
        ]),
        ("h2", "Present (key to initials used below)"),
        ("bullets", [
            "KT - Kerry Thornton, social worker, Locality East team (chair)",
            "GL - Gemma Lowe, health visitor, Hattersmere 0-19 Service",
            "AP - Anne Pryor, DSL, Hattersmere Road Primary",
            "DO - Dean Okafor, family support worker, Hattersmere Family Hub",
            "RM - Rachel Moss, recovery worker, Hattersmere Drug & Alcohol Team (DAAT)",
            "KB - Kayleigh Brennan, Mum",
            "SB - Sandra Brennan, MGM (maternal grandmother)",
            "Apologies: IS - Dr Imran Shah, GP, Hattersmere Health Centre (report sent 14/1)",
            "Not present, named in plan: PW - Paul Ward, team manager",
        ]),
        ("h2", "1. CG1 actions"),
        ("p", "Gone through 1 by 1. Done & closed: smoke alarm fitted (Hattersmere Fire & Rescue 22/12); "
              "KB's DAAT referral accepted (1st appt 06/01); R's free school meals re-applied (confirmed "
              "09/01). Everything else c/f into today's log (s.5), some reworded."),
        ("h2", "2. Updates (as given)"),
        ("bullets", [
            "KT: 4 visits since ICPC, 1 unannounced (Sat 10/1, 10.40am - KB up, sober, R + A dressed, food "
            "in fridge). R seen alone x2 at school.",
            "GL: A seen 7/1, wt 11.2kg - dropped 50th to 25th centile since 9 mths, now steady. Stairgate "
            "still not fitted top of stairs. A's bedtime 10pm+.",
            "AP: R att. 88.6% autumn term, 96% since 5/1. Late x3 (all Tue/Thu). In hungry x2 before Xmas, "
            "none since.",
            "RM: KB 2/2 sessions. AUDIT 27 at assessment (6/1). Says 'a few cans most nights'. Breath test "
            "0.00 both sessions. Wants to cut down, not stop (yet).",
            "DO: 3 sessions since 18/12. Routine chart started; Fri/Sat hardest.",
            "IS (written): LFT/GGT bloods 16/12, GGT raised. No MH dx, no meds.",
            "KB: 'I know I've let it slip. I want them to see me sort it.' Agrees all actions.",
            "SB: school run Mon/Wed/Fri as now; will have R + A any night in an emergency (confirmed again "
            "today).",
        ]),
        ("h2", "3. R & A - what they say / what we see"),
        ("p", "Ruby (seen alone at school by KT 13/1, Three Houses): good things - \"Nana's house, Miss Kaye, "
              "Alfie laughing.\" Worries - \"Mummy sleeps on the sofa a lot and I can't wake her up. I make "
              "Alfie's milk.\" Dream house - \"Mummy not having the cans, and the park on Saturday.\" Home "
              "scored 5/10."),
        ("p", "Alfie (obs GL 7/1, KT 10/1): walks well, climbs the stairs on his own, a few words (\"nana\", "
              "\"dog\"). Went to KB for comfort when he bumped his head and settled quickly; reached for SB "
              "when she came in. Clean clothes and dry nappy at both visits."),
        ("h2", "4. What we want for R & A (ICPC outcomes, unchanged)"),
        ("numbers", [
            "Ruby and Alfie are always looked after by a sober adult, day and night.",
            "Ruby is in school every day, on time, fed and in clean uniform (att. 95%+).",
            "Alfie is safe at home (stairgate, no alcohol in reach), gets his checks, and his wt stays on or "
            "above the 25th centile.",
            "Ruby doesn't have to look after Alfie or Mum, and says she feels safe at home.",
        ]),
        ("h2", "5. Action log (agreed today - replaces CG1 log)"),
        ("p", "Who = initials above. By / freq = date (2026) or how often. Evidence = what the CG will see or "
              "be sent."),
        ("table", {
            "header": ["No.", "Action", "Who", "By / freq", "Evidence"],
            "widths": [1.1, 6.4, 2.0, 3.2, 4.3],
            "rows": [
                ["A1",
                 "See R alone (sch or home) + home visit, 1 in 3 unannounced incl. 1 wkend visit a month; "
                 "check food, sleeping arrangements, who's in the house",
                 "KT", "Wkly until RCPC",
                 "Visit recs on LCS w/in 48h, R's own words recorded"],
                ["A2",
                 "Three Houses / wishes & feelings session with R, then go through it with her before RCPC",
                 "KT", "By 20/2",
                 "Three Houses sheet on file + R's views in RCPC report"],
                ["A3",
                 "HV home visits - A's feeding, bedtime routine (aim in bed by 7.30pm), home safety",
                 "GL", "2/52",
                 "HV contact recs; bedtimes on sleep diary, copy to KT"],
                ["A4",
                 "A: wt/ht + ASQ-3 dev review, plot on centile chart",
                 "GL", "By 30/1, then wt 4-wkly",
                 "Wt on centile chart (red book) stays on/above 25th; ASQ-3 scores to KT"],
                ["A5",
                 "Fit stairgate top of stairs (GL gives Hattersmere Safer Homes voucher)",
                 "KB", "By 30/1",
                 "Gate seen fitted by GL or KT at next visit"],
                ["A6",
                 "1st-day calling if R not in by 9.15 - ring KB, then SB, then KT",
                 "AP", "Every sch. day",
                 "Att. figs + call log to KT every Fri; 95%+ by Feb half term"],
                ["A7",
                 "Check R on arrival (hungry? uniform? tired?); free breakfast club place offered",
                 "AP", "Daily",
                 "CPOMS entries; CPOMS summary to KT before each CG"],
                ["A8",
                 "1:1 recovery sessions w/ KB + breath test; written report to each CG on drinking, relapse "
                 "risk & whether KB can make the changes R + A need, and how long that is likely to take",
                 "RM (DAAT)", "Wkly, Tues 10am",
                 "Att. + breath test results; AUDIT re-scored by RCPC; report to each CG"],
                ["A9",
                 "Go to every DAAT session; no alcohol at all while sole carer for R + A",
                 "KB", "Every Tues + daily",
                 "DAAT att. record; breath test 0.00 at sessions"],
                ["A10",
                 "Repeat LFT/GGT bloods, results to KT (KB consented 15/1)",
                 "IS (GP)", "By 6/2, again w/c 23/2",
                 "Results letter to KT; GGT falling"],
                ["A11",
                 "Routines work: morning + bedtime chart, plan for Fri/Sat evenings",
                 "DO", "Mon+Thu x6 wks from 19/1",
                 "Chart filled in (DO checks each visit); R in sch. by 8.50 (att. figs)"],
                ["A12",
                 "School run Mon/Wed/Fri + R & A's tea at hers on those days",
                 "SB (MGM)", "Mon/Wed/Fri",
                 "R signed in on time (sch. register); SB texts KT any day KB not up"],
                ["A13",
                 "Apply for funded 2-yr-old place for A at Hattersmere Children's Centre nursery (from term "
                 "after 2nd bday)",
                 "KT w/ KB", "By 13/2",
                 "Application ref + offer letter on file"],
            ],
        }),
        ("h2", "6. Contingency (agreed today)"),
        ("bullets", [
            "KB under the influence while caring for R/A (breath test above 0.00, or seen by any agency), or "
            "R/A found without a sober adult -> KT (EDT out of hrs) visits same day; R + A to SB's that "
            "night (SB agreed 15/1). SB can't have them -> KT/EDT arrange emergency foster placement same "
            "day.",
            "SB can't do a school run -> SB rings KT by 8am; DO collects R and walks her in by 8.50, or KT "
            "books a taxi with a Family Hub escort.",
            "R not in sch. by 9.15 and no answer from KB or SB -> AP rings KT; KT/duty SW visits by 12 noon; "
            "police welfare check if no answer at the door.",
            "Any injury, or R says she has been hurt -> strategy discussion same day (KT + PW).",
            "KB has 2 positive breath tests or misses 2 DAAT sessions before RCPC, or A's wt falls below the "
            "9th centile -> PW (TM) holds a legal planning meeting w/in 5 working days.",
        ]),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "CG every 4 wks: CG3 Thurs 12/02/2026, 3.30pm, Hattersmere Family Hub.",
            "RCPC Thurs 05/03/2026, 10am, Hattersmere Civic Centre. Reports to the chair by 26/02.",
        ]),
        ("p", "Typed by KT 16/01/2026. Sent to all present, IS and PW. KB and SB given their copy at home "
              "visit 16/1 and talked through."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference outline plan in a table headed Ref / Action / Lead /
#    T/S / EoS, with a key. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_hobwick_icpc_outline_ref_lead_ts_eos_key_pearce.docx",
    "doc_title": "ICPC Outline Child Protection Plan - Mia and Leo Pearce",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-outline-plan-docx-two-column-details-box-attendance-initials-line-concerns-strengths-childrens-views-outcomes-then-table-ref-action-lead-ts-eos-abbreviated-headers-with-key-line-shorthand-cells-contingency-bullets-review-dates",
    "description": (
        "Initial conference outline plan for a 9-year-old girl and her 4-year-old brother on plans for "
        "neglect: a dirty home, no bed for Leo, six of his teeth taken out for decay, Mia late and "
        "getting them both ready because their mother's depression keeps her in bed in the mornings "
        "(under the community mental health team since October), their father at work from 6am. A "
        "details box, an attendance line of initials, concerns, strengths, the children's words, "
        "outcomes, then a table headed Ref / Action / Lead / T/S / EoS with a key to the abbreviations. "
        "Faults: the young carers' assessment 'ASAP'; the nursery's checks on Leo with 'Monitor' as "
        "evidence; the care coordinator's home visits that only support the mother with her mood and "
        "medication; the parenting group 'start tbc'; 'CG' (core group) owning the sharing of concerns; "
        "and a contingency with specific steps but no legal planning anywhere."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference - Outline Child Protection Plan"),
        ("p", "Hobwick Council · Children & Families · Child Protection & Review Unit"),
        ("table", {
            "rows": [
                ["Children", "Mia PEARCE (9), dob 03/03/2016, Yr 4 Hobwick Green Primary\n"
                             "Leo PEARCE (4), dob 19/08/2021, Hobwick Nursery School (mornings)"],
                ["Address", "7 Sorrel Close, Hobwick HB2 4NN"],
                ["Parents", "Jodie Pearce (Mum, 33); Connor Pearce (Dad, 35, delivery driver, 6am-6pm "
                            "Mon-Sat)"],
                ["ICPC", "Tues 13/01/2026, 10am, Hobwick Civic Centre. Chair: Naomi Ellis (IRO)"],
                ["Category", "Neglect (both children)"],
                ["SW / TM", "JA - Jenna Aldous, Hobwick Assessment & Intervention Team / Craig Boyd (TM)"],
            ],
            "widths": [3.2, 13.8],
            "bold_first_col": True,
        }),
        ("h2", "Attendance (initials used in the plan)"),
        ("p", "JA Jenna Aldous, SW · AL Amy Lord, HV, Hobwick Healthy Child Service · KR Mrs Kath Rowe, "
              "DSL, Hobwick Green Primary · PG Mrs Pam Grant, DSL, Hobwick Nursery School · SF Sean Fielding, "
              "CPN & care coordinator, Hobwick CMHT (CMHT CC) · TH Tom Hale, FSW, Hobwick Family Hub · "
              "JP Jodie Pearce (Mum) · CP Connor Pearce (Dad) · NE Naomi Ellis (chair)"),
        ("h2", "Summary of concerns"),
        ("bullets", [
            "Home conditions: dog mess in garden + living room, piles of washing, no bed for L (sleeps on "
            "sofa or w/ Mum). JA's checklist score 3/10 on 06/01.",
            "L: 6 teeth extracted under GA at Hobwick General 11/2025 (decay). No dentist since.",
            "M: att. 81% autumn term, late most days. M gets herself + L up and does breakfast.",
            "Mum: depression + anxiety since 2022, worse since summer; under CMHT since 10/2025 after GP "
            "referral, on sertraline. Says she 'can't face' mornings.",
            "Dad out of the house 6am-6pm Mon-Sat; says he 'didn't realise how bad it had got'.",
        ]),
        ("h2", "Strengths"),
        ("bullets", [
            "Both parents came to ICPC and agree the plan.",
            "M + L are close and warm with each other; L is happy at nursery.",
            "Dad has asked his employer for a later start twice a week (agreed from 20/01).",
        ]),
        ("h2", "Mia & Leo"),
        ("p", "Mia (seen alone at school by JA 08/01): \"I do Leo's breakfast cos Mum's tired.\" \"I'd like my "
              "room tidy so my friends can come round.\" \"I like Mrs Rowe, she saves me a toast.\" Scored "
              "home 6/10."),
        ("p", "Leo (obs at nursery, PG + JA 09/01): arrives hungry most days and goes straight to snack; "
              "chatty with staff; rubs his jaw when eating; asked JA \"is my mummy still in bed?\""),
        ("h2", "Outcomes for Mia & Leo"),
        ("numbers", [
            "Mia and Leo live in a clean, safe home and each sleep in their own bed.",
            "Mia is in school every day on time (95%+) and isn't the one getting Leo ready in the mornings.",
            "Leo has no more tooth decay, his teeth are brushed twice a day and he goes to nursery every "
            "morning.",
            "Mia and Leo are got up, fed and taken to school and nursery every day, whatever Mum's mood.",
        ]),
        ("h2", "Outline CP plan"),
        ("p", "Key: Ref = outcome no. + action; Lead = initials (see attendance); T/S = timescale; EoS = "
              "evidence of success; CG = core group."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "T/S", "EoS"],
            "widths": [1.1, 6.2, 2.8, 3.0, 3.9],
            "rows": [
                ["1.1",
                 "Home visits - see M & L, M alone; home conditions checklist each visit",
                 "JA (SW)", "Wkly, min. 1 in 2 unannounced",
                 "Visit recs on Mosaic; checklist score at each CG (target 8/10+)"],
                ["1.2",
                 "Clear garden + living room, dog mess cleared daily; bed + bedding for L (Family Hub grant)",
                 "CP (Dad); TH applies for grant", "Grant by 23/1; bed in by 6/2",
                 "L sleeping in own bed (seen by JA); photos on file"],
                ["2.1",
                 "1st-day call if M not in by 9am",
                 "KR (DSL)", "Daily",
                 "Att. figs to JA every Fri; 95%+ by Easter hols"],
                ["2.2",
                 "Young carers' assessment for M + place at Hobwick Young Carers club",
                 "Hobwick Young Carers", "ASAP",
                 "Assessment + support plan sent to JA"],
                ["2.3",
                 "Get M + L up, breakfast, M to school + L to nursery",
                 "CP (Dad)", "Tue + Thu from 20/1",
                 "Sch + nursery sign-in times (by 8.50)"],
                ["3.1",
                 "Check L on arrival (clothes, hungry, tooth pain), log",
                 "PG (nursery DSL)", "Each session, Mon-Fri am",
                 "Monitor"],
                ["3.2",
                 "L to community dental service for follow-up; brushing 2x daily on chart",
                 "JP (Mum)", "Appt by 27/2; brushing daily",
                 "Dentist's letter to JA; brushing chart checked by AL"],
                ["3.3",
                 "L's wt/ht + dev check, plot on centile chart",
                 "AL (HV)", "By 13/2",
                 "Centile chart + ASQ-3 scores sent to JA"],
                ["4.1",
                 "CMHT CC home visits to Mum - support w/ mood + meds",
                 "SF (CMHT CC)", "2/52",
                 "Visit dates shared w/ JA"],
                ["4.2",
                 "Take sertraline as prescribed; GP meds review",
                 "JP (Mum)", "GP review by 30/1",
                 "GP letter to JA"],
                ["4.3",
                 "Incredible Years parenting group (both parents) - routines, praise, bedtimes",
                 "TH (FSW)", "Start tbc",
                 "Certificate (10 of 12 sessions) + TH obs of bedtime routine at home"],
                ["4.4",
                 "Share any concern re M or L same day w/ JA",
                 "CG", "Same day",
                 "Logged on Mosaic + email to JA"],
            ],
        }),
        ("h2", "Contingency"),
        ("bullets", [
            "M or L found home alone, or L not at nursery by 10am and Mum not answering -> JA (EDT out of "
            "hrs) visits same day; Dad comes home from work (agreed w/ his manager).",
            "Neither parent able to care safely that day -> JA/EDT arrange emergency foster care same day.",
            "Mum says she is thinking of harming herself -> SF / Hobwick CMHT crisis team same day; Dad "
            "stays home with M + L.",
            "Any injury, or untreated tooth pain for L -> strategy discussion same day (JA + Craig Boyd).",
        ]),
        ("h2", "Review"),
        ("bullets", [
            "CG1 Tues 27/01/2026, 1.30pm, Hobwick Family Hub; then every 4 wks.",
            "RCPC Tues 07/04/2026, 10am, Hobwick Civic Centre.",
        ]),
        ("p", "Outline plan typed by NE at the end of the conference, 13/01/2026. Copies to parents and all "
              "agencies. Full plan to be written up by JA for CG1."),
    ],
    "findings": [
        F("T002", "Young carers' assessment for M + place at Hobwick Young Carers club"),
        F("M002", "Check L on arrival (clothes, hungry, tooth pain), log"),
        F("H001", "CMHT CC home visits to Mum"),
        F("T002", "Incredible Years parenting group (both parents)"),
        F("W002", "Share any concern re M or L same day"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A one-page safety plan and child protection plan after domestic abuse:
#    boxes for who's who, the children's words, what we want, who does what
#    (Who / What / When / Check), if-then safety steps and meetings. Page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_hennacott_plan_on_a_page_safety_boxes_siddiqui.pdf",
    "doc_title": "Plan on a Page - Zayn and Hana Siddiqui",
    "split": "heldout",
    "actions": 12,
    "font_size": 9,
    "header": "OFFICIAL-SENSITIVE · Hennacott Council CSC · Plan on a page: Zayn & Hana Siddiqui",
    "footer": "v1 typed by FA (SW) 12/01/2026 after ICPC 09/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "plan-on-a-page-pdf-header-footer-compact-boxes-details-and-key-of-initials-table-what-happened-line-zayn-says-hana-shows-what-we-want-then-who-what-when-check-table-shorthand-cells-then-if-then-safety-steps-table-meetings-line",
    "description": (
        "Exemplary one-page safety plan and child protection plan (it runs to two printed pages) for an "
        "8-year-old boy and his 3-year-old sister after their father strangled their mother in front of "
        "them; he is on police bail not to contact her or go to the house, and the case went to MARAC. "
        "Typed by the social worker in shorthand in boxes: details and a key of initials (FA, LP, DR, "
        "GH, SI, SK), what happened in two lines, what Zayn says and what Hana shows at nursery, what we "
        "want, then a Who / What / When / Check table ('Wkly until RCPC', 'Calls wkly; locks by 30/1', "
        "'Every pick-up from 12/1', 'CPOMS entry each Mon', 'seen alone & recorded') and an If / Then "
        "safety steps table with 999, bail breach, the maternal aunt as safe carer, a refuge or foster "
        "placement if she cannot help, and a legal planning meeting after named triggers; core group "
        "dates and the review conference date are set. Header and footer on every page."
    ),
    "blocks": [
        ("title", "Plan on a page: Zayn & Hana"),
        ("table", {
            "rows": [
                ["Children", "Zayn SIDDIQUI (8), dob 14/06/2017, Yr 3 Hennacott Park Primary · Hana SIDDIQUI "
                             "(3), dob 02/02/2022, Hennacott Children's Centre nursery (am)"],
                ["Home", "Flat 3, 40 Orchard Rise, Hennacott HN6 2AB, with Mum (Nadia Siddiqui, 31)"],
                ["Dad", "Imran Siddiqui (36). Police bail to 20/02/2026: no contact w/ Nadia, not to go to "
                        "Orchard Rise, Hennacott Park Primary or the nursery"],
                ["Plan", "ICPC 09/01/2026 · category emotional abuse (both) · MARAC 10/12/2025"],
                ["Key", "FA Faye Armitage, SW (Hennacott CSC) · RD Rachel Dunn, TM · LP Lorna Price, IDVA "
                        "(Hennacott Domestic Abuse Service, HDAS) · DR PC 1187 Dan Ruddy, Hennacott Police DA "
                        "Unit · GH Mr Gareth Hewitt, DSL Hennacott Park Primary · SI Shelley Ince, nursery "
                        "manager · SK Samina Khan, Mum's sister (maternal aunt) · EDT out-of-hours social "
                        "work"],
            ],
            "widths": [2.4, 14.6],
            "bold_first_col": True,
        }),
        ("h2", "What happened"),
        ("p", "28/11/2025: Dad strangled Mum in the kitchen; Z saw it and took H into his room. Dad arrested, "
              "bailed. 2 earlier police call-outs (03/2025, 08/2025). Mum wants to stay at Orchard Rise "
              "and keep the children away from Dad for now."),
        ("table", {
            "header": ["Zayn says (seen alone at school by FA 07/01)", "Hana shows (obs SI + FA at nursery 08/01)"],
            "widths": [8.5, 8.5],
            "rows": [
                ["\"Dad squeezed Mummy's neck and she went a funny colour. I hid Hana under my covers.\" "
                 "\"I miss Dad but I don't want him to shout any more.\" \"I want a lock on my window.\" "
                 "Safe at home now: 7/10.",
                 "Jumps and cries at loud noises; plays \"police coming\" with the dolls; clingy at drop-off "
                 "but settles w/ her key person in about 5 mins; asks for \"Zaynu\" at lunch."],
            ],
        }),
        ("h2", "What we want"),
        ("bullets", [
            "Z + H live safely at home with Mum, with no more violence in front of them.",
            "Z + H see Dad only when it is safe for them and supervised.",
            "Z is in school and H at nursery every day, and both say or show they feel safe.",
            "Z knows what happened wasn't his fault and knows who to tell if he's scared.",
        ]),
        ("h2", "Who does what"),
        ("table", {
            "header": ["Who", "What", "When", "Check"],
            "widths": [2.3, 7.2, 3.3, 4.2],
            "rows": [
                ["FA", "See Z alone + H at home or nursery; 1 in 3 unannounced; ask about any contact w/ Dad",
                 "Wkly until RCPC", "Seen alone & recorded on ICS w/in 48h"],
                ["FA", "\"My Safety Plan\" sessions w/ Z: what happened, not his fault, who he'd tell",
                 "6 x Wed after sch from 21/1", "Z's own safety plan (drawn) on file + shown to GH"],
                ["LP (IDVA)", "Safety planning w/ Mum; sanctuary scheme locks on doors + Z's window so Z + H "
                 "are safe at home", "Calls wkly; locks by 30/1",
                 "Locks seen fitted by FA; DASH re-scored by RCPC, copy to FA"],
                ["DR (Police)", "DA marker on Orchard Rise; check bail compliance; tell FA + Mum of any "
                 "change to bail or charge", "Same day as any change; bail return 20/2",
                 "Marker ref on file; FA emailed same day"],
                ["Mum", "Keep to the safety plan: doors locked, no contact w/ Dad, 999 if he comes",
                 "Daily", "Mum's log of any calls/messages shown to LP wkly; 999 log nos. on file"],
                ["Mum", "Freedom Programme at HDAS (12 wks)", "Thurs 10am from 15/1",
                 "HDAS att. register (10 of 12+)"],
                ["GH (DSL)", "Check in w/ Z first thing after the wkend; anything he says about Dad to FA",
                 "Mon 8.45am", "CPOMS entry each Mon; disclosures to FA same day"],
                ["GH (DSL)", "Collection list: Z released to Mum or SK only, never Dad",
                 "Every pick-up from 12/1", "Collection log on CPOMS"],
                ["SI", "Same for H: collection list (Mum/SK only) + note any play or upset about Dad",
                 "Every session, Mon-Fri am", "Nursery safeguarding log; summary to FA before each CG"],
                ["SK (aunt)", "Pick Z + H up Tue + Thu, tea at hers, home by 6pm",
                 "Tue + Thu 3.15pm", "Collection logs show SK; SK texts Mum when they're home"],
                ["FA", "Refer Dad to Hennacott Change Project (DA perpetrator programme) for assessment",
                 "By 23/1", "Referral acknowledgement + assessment outcome letter on file"],
                ["Dad", "No contact w/ Mum, Z or H except supervised at Hennacott Contact Centre once FA "
                 "agrees in writing", "From 28/11/2025 until RCPC at least",
                 "Contact Centre records; school, nursery + Mum's logs show no other contact"],
            ],
        }),
        ("h2", "If ... then ..."),
        ("table", {
            "header": ["If", "Then"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Dad comes to the flat, rings or messages Mum or the children",
                 "Mum rings 999 (bail breach); police attend; DR tells FA same day; FA + DR hold a strategy "
                 "discussion the same day."],
                ["Dad turns up at school or nursery",
                 "Staff keep the child inside, ring 999 and then FA (EDT out of hrs)."],
                ["Mum lets Dad back in, or meets him with the children",
                 "FA (EDT out of hrs) visits same day; Z + H stay at SK's that night (SK agreed 09/01)."],
                ["SK can't do a pick-up, or can't have the children in an emergency",
                 "Mum collects on Tue/Thu herself; in an emergency LP finds Mum + Z + H a space at Hennacott "
                 "Refuge that day, or FA/EDT arrange an emergency foster placement the same day."],
                ["Dad breaches bail at the flat, or Mum has contact w/ Dad twice before RCPC",
                 "RD (TM) holds a legal planning meeting w/in 5 working days."],
            ],
        }),
        ("p", "Meetings: CG every 4 wks, Thurs 3.30pm at Hennacott Park Primary - 22/01/2026, 19/02/2026, "
              "19/03/2026. RCPC Thurs 02/04/2026, 10am, Hennacott Civic Centre. Copy to Mum (talked "
              "through 12/01), all agencies in the key, and Z's own picture version."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A core group plan for a 9-week-old, typed by the health visitor in her
#    service's plan-of-care lines, printed from the health record with a page
#    header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_hindsmoor_hv_plan_of_care_lines_print_whitlow.pdf",
    "doc_title": "Plan of Care (Child Protection) - Ivy Whitlow",
    "split": "heldout",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE · Hindsmoor Health 0-19 · HealthLog print · Ivy WHITLOW (HL 20-55817)",
    "footer": "Printed 09/01/2026 by LM (HV) · Page {PAGE} of {NUMPAGES}",
    "template": "hv-plan-of-care-print-pdf-header-footer-client-details-kv-cg-members-key-reason-ivys-day-what-we-see-expected-outcomes-then-numbered-plan-of-care-lines-owner-dash-task-freq-arrow-check-then-contingency-review-line",
    "description": (
        "Core group plan for a 9-week-old baby on a plan for neglect, typed by the health visitor after "
        "core group 1 in her service's plan-of-care lines and printed from the health record: Ivy has "
        "dropped from the 50th to the 9th centile, is left in her car seat for hours, and her mother has "
        "postnatal depression under the perinatal mental health team; her father works nights and the "
        "flat is damp. Details, a key of core group members, the reason, Ivy's day as seen at visits, "
        "expected outcomes, then numbered clipped lines ('HV (LM) - wt Ivy 2/52 at home, plot on centile "
        "chart -> ...'). The perinatal team reports to each core group on the mother's capacity to "
        "change. Faults: the nursery nurse's bonding visits checked only by 'keep an eye on bonding'; a "
        "passive referral to the infant feeding team; the father sharing feeds 'ongoing'; the housing "
        "officer's damp inspection with nothing to show for it; an outcome about the mother's mood only; "
        "and a contingency of 'further concerns' answered by a review."
    ),
    "blocks": [
        ("title", "Plan of Care - Child Protection"),
        ("p", "Hindsmoor Health & Care Trust · 0-19 Health Visiting (Hindsmoor North) · record type: Plan of "
              "care (CP) · agreed at core group 1, 07/01/2026"),
        ("kv", [
            ("Client", "Ivy WHITLOW, dob 10/11/2025 (9 wks). Birth wt 3.10kg (50th centile)"),
            ("Address", "Flat 12, Tannery Court, Hindsmoor HD4 9EL"),
            ("Parents", "Chloe Whitlow (Mum, 24); Josh Barton (Dad, 26, warehouse nights Sun-Thu)"),
            ("CP plan", "Neglect. ICPC 18/12/2025. Lead professional: PN (SW)"),
        ]),
        ("h2", "CG members (key)"),
        ("p", "LM - Lisa Marsh, HV (plan of care lead) · AH - Amy Hurst, community nursery nurse (CNN) · "
              "PN - Priya Nair, SW, Hindsmoor Children's Services · RG - Rob Gale, CPN, Hindsmoor Perinatal "
              "Mental Health Team (PMHT) · DK - Dan Kerr, housing officer, Hindsmoor Homes · Dr AP - Dr Anita "
              "Patel, GP, Hindsmoor Medical Centre · TW - Tess Ward, TM (PN's manager) · Mum · Dad"),
        ("h2", "Reason for plan (summary)"),
        ("p", "Faltering wt: 50th -> 9th centile by 6 wks. Ivy found by HV in car seat for 4+ hrs on 2 visits, "
              "bottle propped. Mum PND (EPDS 19 on 02/12), under PMHT since 05/12, sertraline. Flat damp, "
              "black mould in Ivy's room. Dad asleep in day, out at night."),
        ("h2", "Ivy's day (what we see)"),
        ("p", "At visits (LM 02/01, AH 05/01, PN 06/01) Ivy is quiet and watchful, rarely cries, and brightens "
              "and coos when Dad talks to her. Mum feeds her without looking at her and says \"she's fine on "
              "her own\". Ivy takes 2-3oz before falling asleep. Nappy rash x2 visits. Sleeps in her car seat "
              "in the living room most of the day."),
        ("h2", "Expected outcomes"),
        ("numbers", [
            "Ivy gains wt steadily and is back on or above the 25th centile by the RCPC.",
            "Ivy is fed, changed and comforted when she needs it, and sleeps safely in her Moses basket.",
            "Chloe's mood lifts and she feels less anxious.",
            "Ivy lives in a warm, dry home with no mould in her room.",
        ]),
        ("h2", "Plan of care (CG1 07/01/2026)"),
        ("pi", "1. HV (LM) - wt Ivy 2/52 at home, plot on centile chart -> wt + centile texted to PN same day."),
        ("pi", "2. HV (LM) - watch a full feed each visit, fill in feeding chart w/ Mum (amounts, times) -> "
               "chart copied to PN before each CG."),
        ("pi", "3. CNN (AH) - wkly home visits, bonding work w/ Mum + Ivy (baby massage, talking, eye contact) "
               "-> keep an eye on bonding."),
        ("pi", "4. Referral to be made to Hindsmoor Infant Feeding Team re bottle amounts + paced feeding, by "
               "16/1 -> acceptance letter on file."),
        ("pi", "5. PMHT (RG) - wkly home visits Mum; report to each CG on Mum's mood, how it affects her care "
               "of Ivy, and whether she can make the changes Ivy needs + how long that is likely to take -> "
               "written report to PN before each CG."),
        ("pi", "6. Mum - sertraline daily + every PMHT appt -> PMHT att. record; GP repeat Rx collected "
               "(Dr AP) monthly."),
        ("pi", "7. Dad - share Ivy's feeds + bath w/ Mum, ongoing -> feeding chart shows who fed her."),
        ("pi", "8. SW (PN) - see Ivy at home wkly, 1 in 2 unannounced; check sleep space, feeding chart, who's "
               "caring -> visit recs on LCS w/in 48h."),
        ("pi", "9. Housing (DK) - inspect damp + mould in Ivy's bedroom, by 23/1."),
        ("pi", "10. Practice nurse (Hindsmoor Medical Centre) - Ivy's 12-wk imms w/c 2/2 -> imms in red book + "
               "GP record; PN told same day if DNA."),
        ("pi", "11. Mum - Ivy in Moses basket for every sleep, never on sofa or in car seat -> seen at every HV "
               "+ SW visit; safe sleep agreement signed."),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about Ivy's weight or Mum's mood, the core group will meet to "
              "review the plan and consider next steps."),
        ("h2", "Review"),
        ("bullets", [
            "CG every 4 wks at Hindsmoor North Clinic: CG2 04/02/2026, CG3 04/03/2026.",
            "RCPC 12/03/2026, 2pm, Hindsmoor Civic Offices.",
            "If Ivy is not back on the 25th centile by the RCPC, TW (TM) will request a legal planning "
            "meeting before the RCPC.",
        ]),
    ],
    "findings": [
        F("M002", "wkly home visits, bonding work w/ Mum + Ivy"),
        F("W001", "Referral to be made to Hindsmoor Infant Feeding Team"),
        F("T002", "share Ivy's feeds + bath w/ Mum, ongoing"),
        F("M001", "inspect damp + mould in Ivy's bedroom, by 23/1"),
        F("F002", "Chloe's mood lifts and she feels less anxious."),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The social worker's e-mail to the core group with the actions agreed at
#    core group 1, numbered one-line actions with arrows. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_hollesdon_email_cg1_actions_arrow_lines_dacre.md",
    "split": "heldout",
    "actions": 13,
    "template": "sw-email-to-core-group-md-from-to-sent-subject-lines-key-of-initials-line-why-were-here-kids-words-aiming-for-then-numbered-one-line-actions-owner-arrow-task-arrow-when-arrow-check-then-if-things-go-wrong-dates-signature",
    "description": (
        "The social worker's e-mail to the core group the day after core group 1 for a 7-year-old girl "
        "and her 2-year-old brother on plans for neglect: their father smokes cannabis daily in the flat "
        "(a grinder was found in the toddler's reach) and sees the drug and alcohol service; the girl is "
        "late and comes in with head lice; the maternal grandmother does the school run and a paternal "
        "aunt gives them tea twice a week. Key of initials, why we're here, the children's words, what "
        "we're aiming for, then numbered one-line actions with arrows ('HRP (SM) -> 1:1s w/ Lewis wkly + "
        "UDS 2/52 -> ...'). Faults: dental registration 'tbc'; 'Family' keeping the flat smoke-free; the "
        "school nurse's height, weight and hair check with no time; the aunt's teatimes checked only by "
        "'discussed @ next CG'; a contingency with specific steps that never says what happens if the "
        "grandmother or aunt cannot help; and the review conference 'tbc'."
    ),
    "text": """\
**From:** Kofi Tetteh (SW), Hollesdon Children's Social Care
**To:** Ruth Kemp (HV); Mrs Angela Abbott (DSL); Hollesdon School Nursing; Sam Meehan (HRP); Bev Lowe (FSW); Gail Pryce (TM)
**Cc:** Stacey Dacre; Lewis Dacre
**Sent:** Fri 23/01/2026 16:42
**Subject:** Dacre CG1 22/1 - actions + dates (Ellie-May & Jack)

Hi all,

Thanks for yesterday. Actions below as agreed at CG1 - shout by Wed 28/1 if I've got anything wrong and
I'll re-send. Stacey and Lewis have had a copy and we went through it on the phone today.

Key (as used below): **KT** me (Kofi Tetteh, SW) · **HV** Ruth Kemp (RK), Hollesdon Health Visiting ·
**DSL** Mrs Angela Abbott (AA), Hollesdon Church Primary · **SN** Hollesdon School Nursing (Ellie-May's
school nurse) · **HRP** Hollesdon Recovery Partnership (drug & alcohol), Sam Meehan (SM) recovery worker ·
**FSW** Bev Lowe (BL), Hollesdon Family Hub · **MGM** Jean Cole (Stacey's mum) · **Aunty Dionne** Dionne
Dacre (Lewis's sister) · **TM** Gail Pryce · **EDT** out of hours

**Why we're here (for anyone new):** ICPC 08/01/2026, neglect, both kids. Lewis smokes cannabis most days,
mostly in the flat; grinder + loose weed found on the coffee table within J's reach on 15/12. E-M late 2-3
days a wk, head lice untreated since Oct, comes in hungry. J (2) not seen for his 2-yr review, few words.
Flat cluttered but warm; fridge stocked when I've been.

**E-M & J:** E-M (seen alone at sch 19/1): "Dad's smoke makes my eyes itchy. I go in my room." "I like it at
Nana's, she does my hair." "I want Dad to stop the smelly stuff." Scored home 6/10. J (obs at home 14/1 +
20/1): toddles to Stacey for cuddles, points + says "car", "Nana"; no other words; plays with the TV remote
on his own for long spells; went to sleep on the sofa at 9pm.

**What we're aiming for (ICPC):**

- E-M + J live in a smoke-free flat where no drugs are ever in their reach.
- E-M in school every day on time, lice-free and fed (att. 95%+ by Easter).
- J gets his 2-yr review, help with his talking, and is on track by the RCPC.
- E-M + J are always cared for by an adult who isn't stoned.

**ACTIONS (CG1 22/1)**

1. KT -> see E-M alone at sch + home visits to both, 1 in 2 unannounced -> wkly -> visit recs on Hollesdon
   ICS, E-M's words + smell/ashtrays noted.
2. KT -> Three Houses w/ E-M -> by 6/2 -> sheet on file, E-M's words shared at CG2.
3. HV (RK) -> J's 2-yr review + ASQ-3, SLT referral if below cut-off -> by 13/2 -> ASQ-3 scores + SLT
   referral ref sent to KT.
4. HV (RK) -> home visits, J's safety (nothing in reach, stairgate) + sleep routine -> 4-wkly -> HV recs +
   home safety checklist copied to KT.
5. HRP (SM) -> 1:1s w/ Lewis wkly + UDS 2/52; written report to each CG on his use, the risk to the kids +
   whether he can make the changes they need, and how soon -> UDS results + report to KT before each CG.
6. Lewis -> every HRP session; no cannabis in the flat or when caring for the kids -> every Weds + daily ->
   HRP att. record; UDS neg x3 by 2/4.
7. Family -> keep the flat smoke-free, nothing smoked indoors -> from 22/1 -> KT's visits: no smell, no
   ashtrays.
8. Stacey -> register J + E-M w/ Hollesdon Dental Practice + first check-ups -> tbc -> dental letter to KT.
9. DSL (AA) -> 1st-day call if E-M not in by 9.15 + check her on arrival (hair, uniform, breakfast) ->
   every sch day -> CPOMS + att. figs to KT Fridays.
10. SN -> ht/wt + hair check for E-M, w/ Stacey's consent -> results to KT.
11. MGM (Jean) -> sch run Mon-Fri, E-M in by 8.45 -> daily -> sch register shows E-M on time.
12. Aunty Dionne -> E-M + J for tea Tue + Thu -> discussed @ next CG.
13. FSW (BL) -> routines + home conditions work w/ Stacey + Lewis -> wkly x8 from 26/1 -> routine chart +
    home conditions score to each CG.

**If things go wrong:**

- Lewis under the influence while caring for E-M/J, or cannabis/grinder found anywhere J can reach -> KT
  (EDT out of hrs) visits same day; Lewis leaves the flat that night (stays at his friend Dale's) and Stacey
  cares alone; if Stacey can't care safely either -> emergency foster placement via KT/EDT same day.
- E-M says she's been hurt, or a mark on J -> strategy discussion same day (KT + Gail).
- UDS still positive after wk 6 (w/c 2/3), or a 2nd cannabis find -> Gail (TM) requests a legal planning
  meeting w/in 5 working days.

**Dates:** CG2 Thurs 19/02/2026, 3.30pm, Hollesdon Family Hub, then 4-wkly. RCPC tbc - conf. unit to confirm.

Thanks all, have a good wknd.

Kofi

Kofi Tetteh | Social Worker | Family Safeguarding Team East | Hollesdon Children's Social Care
""",
    "findings": [
        F("W002", "keep the flat smoke-free, nothing smoked indoors"),
        F("T002", "register J + E-M w/ Hollesdon Dental Practice"),
        F("T001", "ht/wt + hair check for E-M"),
        F("M002", "E-M + J for tea Tue + Thu"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. An initial conference's plan typed up from the chair's flipchart: a
#    numbered list, owner first, then the time and the check after arrows.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_harlingsett_icpc_flipchart_list_typed_up_mcallister.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-flipchart-plan-typed-up-md-note-on-typing-whos-who-key-line-why-short-lines-lily-says-what-we-want-then-numbered-flipchart-items-owner-first-dash-task-arrow-when-arrow-check-then-if-then-lines-meetings",
    "description": (
        "Exemplary initial conference plan typed up word for word from the chair's flipchart for a "
        "10-year-old girl who cares for her mother, who has bipolar disorder: in November, while high, "
        "her mother left her alone overnight and police found her alone at 2am; after two weeks in the "
        "mental health unit her mother is home on lithium under a community mental health care "
        "coordinator, and the maternal grandmother has Lily twice a week. A who's-who key (SW, CMHT CC, "
        "DSL, YC, GP, Nana Pat, TM), why in short lines, what Lily says, what we want, then numbered items "
        "owner first ('CMHT CC (SQ) - ... -> wkly till RCPC -> ...'). The care coordinator reports to "
        "each core group on the mother's stability and capacity to keep Lily safe, and how long change "
        "will take; the GP checks lithium levels; the contingency has the care coordinator's early "
        "warning signs, Nana Pat with a fallback if she cannot have Lily, and a legal planning meeting "
        "after named triggers; core group and review dates are set."
    ),
    "text": """\
# Harlingsett Council - Initial Child Protection Conference 20/01/2026

## Plan as written on the flipchart (typed up)

Typed up by Nicola Shaw (conference admin) from the chair's flipchart, 21/01/2026. Wording kept as written
on the day; only spellings and initials tidied. Chair: Vanessa Okoye (IRO).

**Who's who:** SW = Marc Adeyemi (MA), Harlingsett Children's Services · CMHT CC = Sarah Quinn (SQ), care
coordinator, Harlingsett Community Mental Health Team · DSL = Mrs Helen Firth (HF), Harlingsett St Peter's
Primary · YC = Harlingsett Young Carers, worker Tom Nash (TN) · GP = Dr Colin Reid, Harlingsett Health
Centre · Nana Pat = Pat Ross, Lily's maternal grandmother · TM = Joanne Lister, MA's team manager · Mum =
Donna McAllister · EDT = out-of-hours social work

**Child:** Lily McALLISTER, dob 09/09/2015 (10), Yr 6. Lives w/ Mum, 22 Weaver Lane, Harlingsett HG7 3RT.
Category: neglect.

### Why

- Mum: bipolar disorder (dx 2014). Manic episode 11/2025: not sleeping, spending, out all night.
- 27/11/2025 police found Lily home alone at 2am; Mum came back at 6am. Lily had been alone "most nights
  that week".
- Mum in Harlingsett Mental Health Unit 01/12-15/12/2025 (informal). Home on lithium, under CMHT CC.
- Lily does the shopping, reminds Mum about tablets, misses sch when Mum is low. Att. 89% autumn.

### Lily says (seen alone by MA at school 15/01)

"I check Mum's had her tablets before bed." "When Mum's high she's fun but then she doesn't come home and I
get scared of the dark." "I want to go to Nana's on Wednesdays and have Amber round for tea." Safe at home:
6/10 ("8 if Mum stays well").

### What we want for Lily

- Lily is never left alone at night and always has a well adult looking after her.
- Lily is in school every day (96%+ by Easter) and isn't doing the jobs a grown-up should.
- Lily knows what to do and who to ring if Mum becomes unwell.
- Lily has time to be 10: Young Carers club, friends round, time at Nana's.

### The plan (flipchart items 1-11)

1. SW (MA) - see Lily alone (sch or home), 1 in 3 unannounced incl. evenings -> wkly till RCPC -> visit
   recs on LCS w/in 48h, Lily's words + her safe-at-home score.
2. SW (MA) - Lily's own "my plan" version, made with her -> by 6/2 -> copy in Lily's bag + on file.
3. CMHT CC (SQ) - home visits: meds, early warning signs, relapse plan w/ Mum (who has Lily if Mum gets
   unwell) by 13/2; report to each CG on Mum's stability, relapse risk, whether she can keep Lily safe +
   how long change is likely to take -> wkly till RCPC -> visit notes to MA monthly; signed relapse plan to
   MA, Nana Pat + DSL; written report before each CG.
4. GP (Dr Reid) - lithium levels, results to SQ + MA -> by 6/2 then 3-monthly -> level in range, result
   letter on file.
5. Mum - lithium every night + every CMHT appt -> daily / every appt -> CMHT att. record; lithium levels
   (item 4).
6. Mum - never leave Lily alone overnight or after 8pm -> every night from 20/1 -> Lily's own account at
   every SW visit; Nana Pat's 8pm phone call log (Mon, Fri).
7. DSL (HF) - check in w/ Lily ("how's home?") -> Mon + Fri 8.45am -> CPOMS entry each time; any worry to MA
   same day.
8. DSL (HF) - 1st-day call if Lily not in by 9.15 (Mum, then Nana Pat, then MA) -> every sch day -> att. figs
   to MA Fridays; 96%+ by Easter.
9. YC (TN) - young carers' assessment + Lily's place at YC club (Thurs 4-6pm) -> assessment by 13/2, club
   wkly from 29/1 -> assessment shared w/ MA; club register.
10. Nana Pat - Lily's tea Wed + overnight Sat at hers -> every Wed + Sat -> Lily confirms at MA's visits;
    Pat texts MA if a visit doesn't happen.
11. SW (MA) w/ Lily + Mum - Lily's safety card: who she rings if Mum is unwell at night (Nana Pat, then 999)
    -> by 30/1 -> card seen in Lily's bag by MA; Lily can say it back at the next visit.

### If ... then ...

- Early warning signs in Mum's relapse plan (2+ nights not sleeping, spending, racing talk) -> Nana Pat /
  Lily / DSL ring SQ (crisis team out of hrs); SQ or the crisis team see Mum w/in 24 hrs; Lily stays at Nana
  Pat's until SQ says Mum is well enough to care for her.
- Lily left alone at night, or Mum admitted -> Lily to Nana Pat's same day. If Nana Pat can't have her (ill,
  away) -> MA/EDT arrange emergency foster carers same day.
- Mum stops lithium or misses 2 CMHT appts -> SQ tells MA same day; MA visits w/in 24 hrs.
- Lily left alone overnight a 2nd time, or Mum refuses treatment while unwell -> TM (Joanne Lister) holds a
  legal planning meeting w/in 5 working days.

### Meetings

- Core group 4-wkly, Tues 3.30pm at Harlingsett St Peter's Primary: CG1 03/02/2026, CG2 03/03/2026,
  CG3 31/03/2026.
- RCPC Tues 14/04/2026, 10am, Harlingsett Town Hall.

Copies: Mum, Nana Pat, all agencies above. Lily's own version to follow (item 2).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A case-system export of a core group plan in abbreviated fields (TASK /
#    RESP / DUE / EVID / STATUS), the family moving to another council.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_hulvermoor_casefile_export_resp_due_evid_fields_rennie.txt",
    "split": "heldout",
    "actions": 12,
    "template": "case-system-export-txt-casefile-banner-dot-leader-abbreviated-fields-subjects-household-transfer-key-of-abbreviations-parental-factors-concerns-childrens-views-field-empty-outcomes-then-act-n-of-12-blocks-task-resp-due-evid-status-then-cont-trigger-response-escalation-fields-cg-and-review-fields",
    "description": (
        "Case-system export of the core group plan for a 4-year-old girl and her 13-month-old brother "
        "on plans for neglect: their father uses heroin (smoked and sometimes injected) and is on a "
        "methadone script with the substance misuse service, a used needle was found in the bathroom bin, "
        "the children's immunisations are overdue and the girl is at nursery on 62% of mornings; the "
        "family move to a tenancy in Hatchmoor, another council, in February. Dot-leader fields with "
        "abbreviations and a key, parental factors, concerns, an empty children's views field, outcomes, "
        "then 'ACT n of 12' blocks (TASK / RESP / DUE / EVID / STATUS), contingency and escalation "
        "fields and review fields with a dated transfer-in conference. Faults: the parenting assessment "
        "put on hold for the receiving council to pick up after the transfer; the immunisations catch-up "
        "with an empty DUE field; the nursery hours increase with '-' for RESP; the home safety check "
        "with 'N/A' for EVID; no adult service owning any action although the father's heroin use is "
        "recorded (he owns his own attendance); and no wishes, feelings or observed day of either child."
    ),
    "text": """\
HULVERMOOR COUNCIL - CHILDREN'S SERVICES                                   CASEFILE+ v7.2
CP PLAN EXPORT (CORE GROUP PLAN)                      Exported 21/01/2026 14:07 by KCOLLINS
==========================================================================================

CASE ID ............ 774219
SUBJ 1 ............. RENNIE, Kacey    DOB 03/08/2021 (4y)   Hulvermoor Nursery School (am)
SUBJ 2 ............. RENNIE, Reggie   DOB 15/12/2024 (13m)  at home
ADDR ............... 31 Mill Terrace, Hulvermoor HV5 8JD
HOUSEHOLD .......... Leanne RENNIE (Mum, 29); Craig RENNIE (Dad, 34)
CP CATEGORY ........ Neglect (both). ICPC 05/01/2026. CG1 20/01/2026
PLAN VERSION ....... 2 (CG1 changes)
TRANSFER ........... Family moving to 8 Foundry Lane, Hatchmoor HM2 4LS (tenancy from 16/02/2026).
                     Transfer-in request sent to Hatchmoor CSC 14/01/2026.

KEY ................ RESP = responsible; DUE = due date / frequency; EVID = evidence of progress;
                     KC = Kirsty Collins (SW); TM = Mark Oduya (team manager); HV (JP) = Jo Pemberton,
                     Hulvermoor 0-19 Service; NDSL (SB) = Mrs Sue Blake, DSL Hulvermoor Nursery School;
                     TIC = transfer-in conference; EDT = out-of-hours social work

PARENTAL FACTORS ... Dad: heroin (smoked, injecting "now and then" per Dad). Methadone 60ml daily
                     via Hulvermoor Substance Misuse Service (HSMS), supervised consumption at
                     Hulvermoor Pharmacy. Mum: no drug or alcohol use reported.

CONCERNS ........... - Used needle found in bathroom bin 30/12/2025 (police attending a
                       neighbour dispute).
                     - Reggie's 12-month imms + Kacey's pre-school booster overdue.
                     - Kacey's nursery att. 62% autumn term.
                     - No stairgates; methadone bottle on kitchen worktop at ICPC visit.

CHILD(REN)'S VIEWS . -

OUTCOMES ........... 1. Kacey + Reggie live in a home where drugs, methadone + needles are never in
                        their reach.
                     2. Kacey + Reggie's imms are up to date and Reggie's development is checked.
                     3. Kacey is at nursery every morning (90%+).
                     4. Kacey + Reggie are always cared for by a parent who isn't under the influence.

------------------------------------------------------------------------------------------
ACTIONS
------------------------------------------------------------------------------------------
ACT 01 of 12   SW VISITS
  TASK ....... See K + R at home, 1 in 2 unannounced; check locked box + sharps box each visit
  RESP ....... KC (SW)
  DUE ........ Wkly until Hatchmoor TIC
  EVID ....... Visit recs on Casefile+ w/in 48h
  STATUS ..... Open

ACT 02 of 12   HV REVIEW
  TASK ....... Reggie's 1-yr review: wt/ht + ASQ-3, plot on centile chart
  RESP ....... HV (JP)
  DUE ........ By 30/01/2026
  EVID ....... ASQ-3 scores + centile chart copied to KC
  STATUS ..... Open

ACT 03 of 12   IMMS
  TASK ....... Catch-up imms for Reggie + Kacey (both overdue) at Hulvermoor Health Centre clinic
  RESP ....... HV (JP)
  DUE ........
  EVID ....... Imms record on child health system; copy to KC
  STATUS ..... Open

ACT 04 of 12   NURSERY HOURS
  TASK ....... Kacey's place up to 15 hrs (5 mornings) at Hulvermoor Nursery School
  RESP ....... -
  DUE ........ By 30/01/2026
  EVID ....... Nursery register shows 5 mornings a wk
  STATUS ..... Open

ACT 05 of 12   NURSERY ATT.
  TASK ....... 1st-day call to Mum if Kacey not in by 9.30; note how she arrives (clean, fed)
  RESP ....... NDSL (SB)
  DUE ........ Every nursery session
  EVID ....... Register + call log to KC every Fri
  STATUS ..... Open

ACT 06 of 12   HOME SAFETY CHECK
  TASK ....... Full check: sharps box from pharmacy in use, methadone + meds in locked box,
               stairgates top + bottom, smoke alarm
  RESP ....... KC (SW) + HV (JP)
  DUE ........ By 23/01/2026
  EVID ....... N/A
  STATUS ..... Open

ACT 07 of 12   DAD - STORAGE
  TASK ....... Keep methadone, any drugs + needles in the locked box / sharps box, out of K + R's
               reach
  RESP ....... Dad (CR)
  DUE ........ Daily from 21/01/2026
  EVID ....... Box seen locked + sharps box in use at every SW/HV visit
  STATUS ..... Open

ACT 08 of 12   DAD - TREATMENT
  TASK ....... Go to HSMS key work + supervised consumption; give a UDS when asked
  RESP ....... Dad (CR)
  DUE ........ Key work wkly (Tues); consumption daily
  EVID ....... HSMS att. + UDS results sent to KC (Dad consented 20/01)
  STATUS ..... Open

ACT 09 of 12   MUM - NURSERY
  TASK ....... Take Kacey to nursery every weekday morning, in by 9am
  RESP ....... Mum (LR)
  DUE ........ Mon-Fri from 02/02/2026
  EVID ....... Nursery register 90%+ by the TIC
  STATUS ..... Open

ACT 10 of 12   PARENTING ASSESSMENT
  TASK ....... PAMS assessment of Mum + Dad - on hold, to be picked up by Hatchmoor CSC after
               transfer
  RESP ....... Hatchmoor CSC (receiving team)
  DUE ........ W/in 4 wks of Hatchmoor TIC
  EVID ....... PAMS report to Hatchmoor core group
  STATUS ..... On hold (transfer)

ACT 11 of 12   TRANSFER
  TASK ....... Send full records + this plan to Hatchmoor CSC; joint home visit w/ Hatchmoor SW
               before the move
  RESP ....... KC (SW)
  DUE ........ Records by 06/02/2026; joint visit w/c 09/02/2026
  EVID ....... Hatchmoor acknowledgement e-mail; joint visit record on Casefile+
  STATUS ..... Open

ACT 12 of 12   HV TRANSFER
  TASK ....... HV records + handover call to Hatchmoor 0-19 Service
  RESP ....... HV (JP)
  DUE ........ By 13/02/2026
  EVID ....... Transfer confirmation on HV record; copy to KC
  STATUS ..... Open

------------------------------------------------------------------------------------------
CONTINGENCY
------------------------------------------------------------------------------------------
TRIGGER 1 .......... Needle, drugs or methadone found within K or R's reach
RESPONSE 1 ......... KC (EDT out of hrs) visits same day; Dad leaves the home that night; strategy
                     discussion same day (KC + TM)
TRIGGER 2 .......... Mum or Dad under the influence while caring for K + R
RESPONSE 2 ......... KC/EDT visit same day; the sober parent cares alone; if neither can care safely,
                     emergency foster placement same day
ESCALATION ......... 2 UDS positive for heroin, or a 2nd needle/methadone find in reach -> TM requests a
                     legal planning meeting w/in 5 working days; outcome sent to Hatchmoor CSC

------------------------------------------------------------------------------------------
REVIEW
------------------------------------------------------------------------------------------
CG FREQ ............ 3-wkly. CG2 10/02/2026, 2pm, Hulvermoor Family Centre (last Hulvermoor CG)
REVIEW CONF ........ Hatchmoor TIC 05/03/2026, 10am (date confirmed by Hatchmoor CP unit 19/01);
                     if the move falls through, Hulvermoor RCPC 02/04/2026
------------------------------------------------------------------------------------------
END OF EXPORT                                                                     Page 1/1
""",
    "findings": [
        F("T001", "Catch-up imms for Reggie + Kacey (both overdue)"),
        F("W001", "Kacey's place up to 15 hrs (5 mornings)"),
        F("M001", "sharps box from pharmacy in use, methadone + meds"),
        F("X001", "to be picked up by Hatchmoor CSC after transfer"),
        F("F004"),
        F("F003"),
    ],
})
