"""Batch 207, module d: seven fictional plans (held-out material), places beginning with "d".

Batch: 207. Letter: d. Split: heldout (every plan).

Everything here is made up: children, families, professionals, police
officers, schools, nurseries, hospitals and wards, adult services, housing
providers and councils (Dunsgarth, Drossbeck, Dimmelsby, Dorlinghurst,
Drewsholt, Davenscar, Derwhistle, Dunnelholt and every service named after
them). Any resemblance to real people, places or cases is a coincidence.
The labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: practitioners' shorthand again, in other templates and other hands.
Each plan is typed fast in the abbreviations real plans use, in a template
unlike the usual ones: a specialist midwife's pre-birth safeguarding plan
in her own notation (G2 P1, 34+1/40, "by 36/40", PN D1/D5/D10, NBBS,
SFH on GROW), a school DSL's CPOMS-style action list, a police MARAC
action sheet joined to the child protection plan, a core group chair's
"actions only" page, a family support worker's weekly plan grid, a
WhatsApp summary typed into the case file, and a paediatric discharge
checklist that doubles as the plan. People are initials or short names
once a key or the opening says who they are ("KT (SW)", "MGM (Carol)",
"Nana Pat", "S", "LK"), children are initials ("L + T", "A & O"), times
are "wkly", "2/52", "x2/wk", "Mon + Fri 8.45", "w/c 9/2", "by 35/40",
"before d/c", "at each CG", "until RCPC" (real) and "ASAP", "when poss",
"ongoing", "tbc" or "-" (vague or missing), and checks are "wt on red
book chart", "CPOMS", "att. figs to PD Fri", "UDS neg", "MARAC minutes",
"seen alone + recorded" (real) and "keep an eye on it", "monitor" or an
empty cell (vague or missing). Grammar is clipped, with arrows, slashes,
plus signs, ticks and brackets. A shorthand owner or time counts when a
reader of the plan can tell who or when; "tbc", "ASAP", "ongoing" and
"when poss" alone are vague.

1. Dunsgarth (pdf, header and footer, exemplary): the specialist
   safeguarding midwife's pre-birth plan for an unborn boy, in her own
   notation: a front box with a key of initials, the history in two lines,
   "Baby's world" as the midwives see it and his half-brother's words,
   goals for baby, then a When / Plan / Who / Check table in three bands
   (antenatal, birth and Dipper Ward, home). The mother has depression under
   the perinatal mental health team, which reports on her capacity to
   change; the father smokes cannabis and the drug and alcohol service
   owns key work and a report; the maternal grandmother's 14 nights have
   a fallback; legal planning follows named triggers.
2. Drossbeck (md): the school DSL's CPOMS-style action list for a
   9-year-old and a 4-year-old (neglect, the mother's drinking): header
   lines as CPOMS prints them, a key, recent CPOMS entries, pupil voice,
   outcomes, school actions (Ref / Action / Assigned to / Due / Evidence
   / Status) and the other agencies' actions. Faults: the Reception
   teacher's lunchbox check with "Keep an eye on it" as evidence (M002);
   spare uniform and coats "ASAP" (T002); the school nurse referral with
   "-" for due (T001); "All staff" reporting alcohol at pick-up (W002);
   and the mother's drinking with no adult service owning any action (the
   SW only helps her book a GP appointment) (F004).
3. Dimmelsby (docx): a police MARAC action sheet for a mother after her
   partner's assault, with the child protection plan's actions for a
   5-year-old and a 10-month-old joined underneath (Ref / Action / Owner /
   By / Evidence back to MARAC coord.). The mother has anxiety and low
   mood and sees a community mental health nurse. Faults: the GP flag
   with "-" for owner (W001); the IDVA's sanctuary referral "when poss"
   (T002); housing's transfer assessment with an empty evidence cell
   (M001); the CPN's support visits that only treat the mother (H001); a
   contingency of "further concerns" answered by a review (C002); and no
   legal planning anywhere (R002).
4. Dorlinghurst (txt): the core group chair's "actions only" page after
   core group 3, for an 11-year-old, a 7-year-old and a 2-year-old
   (neglect, the mother's drinking, a move to Drewsholt coming): present
   list as a key, last time's actions ticked off, today's numbered
   actions, contingency, legal and next dates. Faults: the parenting
   assessment put on hold for Drewsholt to pick up after the transfer
   (X001); "CG" sharing worries (W002); the family support worker's
   routines work "ongoing" (T002); housing's boiler repair with nothing
   to show for it (M001); no expected outcome for the children anywhere
   (O001); and no wishes, feelings or observed day of any child (F003).
5. Davenscar (docx, exemplary): the family support worker's weekly plan
   grid for a 6-year-old and a 2-year-old (neglect, the mother's low mood
   treated by the GP): key, the children's words and observed day, "what
   we're aiming for", then a week grid (Day / Time / What happens / Who /
   How we'll know) with day cells merged down over two rows, a "not every
   week" table, an "if ... then" list with a fallback for the grandmother
   and legal planning, and meeting dates.
6. Derwhistle (md): the social worker's WhatsApp summary to a mother and
   her family after core group 1, for a 3-year-old and a 7-month-old (the
   mother's postnatal depression under the perinatal team, the
   grandmother and aunt helping), copied into the case file with the
   replies. Faults: the nursery's check on H measured by "monitor" (M002);
   "Family" keeping the house smoke-free (W002); the damp repair "tbc"
   (T002); no fallback if Nan or the aunt cannot help (C003); an outcome
   about the mother only (F002); and the review conference date "tbc"
   (R001).
7. Dunnelholt (pdf, header and footer, exemplary): a children's ward
   safeguarding discharge checklist that doubles as the child protection
   plan for a 5-month-old with faltering growth: done items ticked and
   dated, open items in three parts (before d/c, day of d/c, after d/c)
   under ☐ / Item / Who / When / Evidence, the baby on the ward as the
   nurses see her, goals, "if ... then" with a fallback for the paternal
   grandmother and legal planning, and meeting dates.

Plans 1, 5 and 7 are exemplary: every action has an owner a reader can
name from the key or the opening (a role with initials, a named relative,
"J + R", "Mum"), a real timescale (a date, a frequency, weeks of
pregnancy, an event the plan dates such as "before d/c" or "nights 1-14
after d/c") and something that can be seen, counted or read; every outcome
is about the child; each contingency has specific triggers and concrete
protective responses and says what happens if a relative's help fails;
each records the child's words or observed day, core group dates and a
dated review conference, and a legal planning meeting after named
triggers; where a parent is unwell or uses drugs an adult service owns an
action, and the one mental health service asked to work (plan 1) reports
on the mother's capacity to change and its likely timescale. The four
faulty plans hold 23 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table, action list, MARAC sheet, week grid or checklist (header
and band rows excepted), each numbered line of the chair's page and each
numbered item of the WhatsApp summary counts once, whatever number of
steps its shorthand holds. Keys, front boxes, CPOMS entries and logs,
pupil voice, outcomes and goals, done items ticked off (last time's actions
on the chair's page, the checklist's completed items), replies in the
WhatsApp thread, contingencies, legal lines and meeting dates are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The specialist safeguarding midwife's pre-birth plan in her own
#    notation, three bands in one table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_dunsgarth_midwife_prebirth_notation_ashworth.pdf",
    "doc_title": "Maternity Safeguarding Plan (pre-birth CP) - Baby Ashworth-Tully",
    "split": "heldout",
    "actions": 19,
    "min_pages": 2,
    "font_size": 9.5,
    "header": "OFFICIAL-SENSITIVE · Dunsgarth Hospitals NHS Trust · Maternity Safeguarding · Baby ASHWORTH-TULLY (unborn)",
    "footer": "Typed by AM (SfM) 20/01/2026 after pre-birth ICPC 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "specialist-safeguarding-midwife-prebirth-plan-pdf-header-footer-midwife-notation-front-box-woman-partner-baby-sibling-cp-status-key-of-initials-hx-two-lines-babys-world-observed-and-half-brothers-words-goals-for-baby-then-when-plan-who-check-table-three-band-rows-antenatal-birth-and-dipper-ward-home-gestation-times-then-if-then-contingency-bullets-cg-and-rcpc-lines",
    "description": (
        "Exemplary pre-birth plan for an unborn boy, typed by the hospital's specialist safeguarding "
        "midwife in her own notation after the pre-birth initial conference: the mother (22, G2 P1) lost "
        "care of her first son to his paternal grandmother under an SGO after neglect while her "
        "depression was untreated; she is now under the perinatal mental health team on sertraline, and "
        "the father smokes cannabis daily. A front box with a key of initials, the history in shorthand, "
        "'Baby's world' as the midwives see it and the half-brother's words, goals for baby, then a "
        "When / Plan / Who / Check table in three bands (AN, birth and Dipper Ward, home) with times such "
        "as '2/52 to 36/40, then wkly', 'by 35/40 (26/01)', 'w/in 2 hrs of birth', 'PN D1, D5, D10' and "
        "'nights 1-14 after d/c', and checks such as SFH on the GROW chart, BadgerNet alert, EPDS, UDS "
        "results and weights in the red book. The perinatal team reports on the mother's capacity to "
        "change; the drug and alcohol service reports on the father; the maternal grandmother's nights "
        "have a fallback; legal planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Maternity Safeguarding Plan (pre-birth CP plan)"),
        ("p", "Dunsgarth General Hospital · Maternity Safeguarding Team · with Dunsgarth Council Children's "
              "Services. Agreed at pre-birth ICPC 14/01/2026 (J @ 33+2/40) + talked through w/ J + R on "
              "20/01/2026 (34+1/40)."),
        ("table", {
            "rows": [
                ["Woman", "Jodie ASHWORTH (J), 22, G2 P1. Booked 12+4/40. EDD 02/03/2026. Consultant-led "
                          "(Mr Ghosh), delivery Dunsgarth General, PN on Dipper Ward."],
                ["Partner", "Ryan TULLY (R), 25, baby's dad, lives w/ J: Flat 4, 18 Quarry Lane, Dunsgarth "
                            "DG3 7PW"],
                ["Baby", "Boy (from 20/40 scan). CP plan pre-birth, category neglect."],
                ["Sibling", "Mason ASHWORTH (3), J's son, lives w/ his paternal gran Denise Carr under SGO "
                            "(2024). J sees him every other Sat at Denise's."],
                ["MGM", "Carol Ashworth (48), J's mum, 12 Rook Street, Dunsgarth"],
                ["Key", "AM Alison Mercer, specialist safeguarding midwife (SfM) · RP Rachel Pike, community "
                        "MW (CMW, named MW), Dunsgarth East team · DO Dan Okoye, SW, Dunsgarth CSC · FH Fiona "
                        "Hale, TM (DO's manager) · NB Nisha Bhatt, CPN, Dunsgarth Perinatal Mental Health Team "
                        "(PMHT) · GF Gemma Fitch, recovery worker, Dunsgarth Drug & Alcohol Service (DDAS) · "
                        "KL Kate Lord, HV, Dunsgarth 0-19 · Dr HS Dr Harjit Sandhu, GP, Dunsgarth Health Centre · "
                        "MIC midwife in charge · EDT out-of-hours SW"],
                ["Shorthand", "/40 weeks of pregnancy (35/40 = 26/01, 36/40 = 02/02, 37/40 = 09/02, 38/40 = "
                              "16/02) · 2/52 every 2 wks · d/c discharge · PN postnatal · D1 day 1 · SFH "
                              "symphysis-fundal height · FM fetal movements · NBBS newborn blood spot · BW "
                              "birth weight · NBV new birth visit · EPDS mood score · UDS urine drug screen"],
            ],
            "widths": [2.6, 14.4],
            "bold_first_col": True,
        }),
        ("h2", "Hx (why a plan)"),
        ("p", "2023: Mason on CP plan (neglect) → PLO → SGO to Denise 2024. J's depression untreated then; "
              "Mason often hungry, missed imms, left w/ friends overnight. Now: J EPDS 17 at booking, referred "
              "PMHT 24/40, sertraline 50mg since 11/12/2025. R smokes cannabis daily (\"to sleep\"), UDS + at "
              "DDAS triage 06/01. Flat smelled of cannabis at DO's visit 08/01. No DA reported; no police "
              "call-outs."),
        ("h2", "Baby's world (what we see)"),
        ("p", "Active baby, FM felt every day. SFH on the 50th centile on the GROW chart at every appt since "
              "20/40. J talks to the bump + plays him music at night; R has felt him kick and wants to do the "
              "2am feed. Moses basket + pram bought 12/01; no smoke alarm yet. Baby will come home to a 1-bed "
              "1st-floor flat; he'll need feeds 2-3 hrly day + night, a safe place to sleep on his back, and "
              "calm adults when he cries."),
        ("p", "Mason (3), seen by DO at Denise's 10/01: \"Baby in Mummy's tummy. I give him my red car.\" "
              "Asked what babies need: \"Milk. And cuddles.\""),
        ("h2", "Goals for baby"),
        ("numbers", [
            "Baby is born safely and goes home only when the d/c planning mtg has agreed who cares for him "
            "+ how.",
            "Baby is fed on time, gains wt + follows his centile line in the red book.",
            "Baby sleeps on his back in his own Moses basket, in a smoke-free flat where no one uses "
            "cannabis.",
            "Baby is cared for by a mum whose mood is stable enough to answer his cries day + night, and a "
            "dad who is clear of cannabis.",
        ]),
        ("h2", "Plan"),
        ("p", "When = a date, a gestation (/40) or baby's age. Check = what we'll see + where it's written."),
        ("table", {
            "header": ["When", "Plan", "Who", "Check (how we'll know)"],
            "widths": [3.2, 6.4, 2.4, 5.0],
            "rows": [
                ["AN: now → birth", H, H, H],
                ["2/52 to 36/40, then wkly to birth",
                 "AN appts @ Dunsgarth East Hub: SFH + FM, ask re mood / cannabis / home; see J alone for part "
                 "of every appt",
                 "CMW (RP)",
                 "SFH on GROW chart; contact note → DO w/in 2 working days; any DNA → DO same day"],
                ["by 35/40 (26/01)",
                 "Safeguarding birth plan + CP alert on BadgerNet: DO (EDT o/h) told of birth; no d/c before "
                 "the d/c planning mtg",
                 "SfM (AM)",
                 "Alert + birth plan live on BadgerNet; copy on DO's file by 26/01"],
                ["2/52 home visits to birth, then 2/52 to 12/52 PN",
                 "PMHT review of J: EPDS + meds each visit; report to each CG on how J's mood affects her care "
                 "of baby, whether she can make the changes he needs + the likely timescale",
                 "PMHT (NB)",
                 "EPDS score each visit; written report → DO before each CG"],
                ["daily; every PMHT appt",
                 "J: sertraline as prescribed + every PMHT appt, so her mood is steady for baby's arrival",
                 "J",
                 "PMHT att. record + repeat Rx collected, in NB's report to each CG"],
                ["wkly (Tue) from 20/01 until baby is 12/52",
                 "DDAS key work w/ R re cannabis, UDS each session; report on whether R can stay off cannabis "
                 "once baby is home + how long that's likely to take",
                 "DDAS (GF)",
                 "UDS results → DO wkly; written report → DO + CG by 37/40 (09/02)"],
                ["every day from 14/01",
                 "R: no cannabis in the flat, the car or around J + baby",
                 "R",
                 "UDS neg at DDAS; no smell / kit seen at any MW, HV or SW visit (recorded)"],
                ["wkly sessions from 21/01; report by 37/40 (09/02)",
                 "Pre-birth parenting assessment, J + R (incl. what J learned from Mason's plan)",
                 "SW (DO)",
                 "Report w/ a rec for birth + d/c → J, R + CG by 09/02"],
                ["wkly to birth, 1 in 3 unannounced",
                 "Home visits; J seen alone at least every 2/52",
                 "SW (DO)",
                 "Visit recs on LCS w/in 48h, w/ what J said when seen alone"],
                ["by 36/40 (02/02)",
                 "AN HV contact: safe sleep, ICON (crying), Moses basket set-up, smoke alarm, feeding plan",
                 "HV (KL)",
                 "AN contact record + home safety checklist → DO by 02/02"],
                ["Thu 6-8pm x4, 22/01 → 12/02",
                 "Dunsgarth Bump to Baby classes @ the East Hub: feeding, safe sleep, crying baby",
                 "J + R",
                 "Hub register → DO after each session"],
                ["@ 38/40 (16/02)",
                 "Chair d/c planning mtg (J, R, MGM, DO, RP, KL, NB): who is w/ J + baby on the ward + at home, "
                 "what Dipper Ward watch for",
                 "SfM (AM)",
                 "Written d/c plan signed by J + R → CG w/in 2 working days"],
                ["Birth + Dipper Ward (PN)", H, H, H],
                ["w/in 2 hrs of birth, day or night",
                 "Ring DO (EDT o/h): baby born, time, who is on the ward",
                 "MIC, labour ward",
                 "Call in maternity notes + on EDT log / DO's file"],
                ["every shift until d/c (expected 48h after birth)",
                 "Obs of J + R: feeds, handling, answering baby's cues; any visitor under the influence",
                 "MIC, Dipper Ward",
                 "Parenting obs sheet in baby's notes; copy → DO before d/c"],
                ["w/in 24h of birth + the day before d/c",
                 "See baby + J on Dipper Ward; go through the obs sheet w/ the MIC",
                 "SW (DO)",
                 "Visit recs: how baby fed + how J answered his cries"],
                ["Home: d/c → 8/52", H, H, H],
                ["PN D1, D5, D10 after d/c",
                 "PN home visits: NBBS on D5, wt on D5 + D10, see where baby sleeps",
                 "CMW (RP)",
                 "Wts in red book; back to BW by D14; notes → DO same day"],
                ["NBV 10-14 days, then wkly to 8/52",
                 "NBV + wkly visits: wt, baby seen asleep or put down, ICON recap",
                 "HV (KL)",
                 "Wt plotted on red book centile chart; safe sleep seen + recorded each visit"],
                ["nights 1-14 after d/c",
                 "Stay at the flat + do the 2am feed so J gets 4 hrs' sleep",
                 "MGM (Carol)",
                 "Night feed chart signed each morning; read by RP / DO at visits"],
                ["x2/wk for 4/52 after d/c, then wkly to RCPC",
                 "Home visits, 1 in 3 unannounced; baby seen awake + undressed",
                 "SW (DO)",
                 "Visit recs w/in 48h: where baby slept + who was in the flat"],
                ["@ 6-8 wk check",
                 "Baby's 6-8 wk check + J's PN check incl. EPDS",
                 "GP (Dr HS)",
                 "GP letter → DO w/in 1 wk of the check"],
            ],
        }),
        ("h2", "If → then"),
        ("bullets", [
            "UDS + for R after 20/01, or J or R seen under the influence → DO holds a strategy discussion w/ "
            "police + health same day; R leaves the flat that day + stays at his mum's (Sandra Tully, 5 Lark "
            "Lane) until the strategy discussion agrees otherwise; FH (TM) holds a legal planning mtg w/in 5 "
            "working days (PLO pre-proceedings before birth).",
            "J's EPDS 20+, or any thought of harming herself or baby → NB arranges a same-day PMHT review "
            "(crisis team o/h); DO visits same day; after birth, baby is not left alone w/ J until the "
            "strategy discussion DO holds that day decides who cares for him.",
            "J or R try to take baby off Dipper Ward before the d/c mtg agrees it → MIC rings police on 999 + "
            "DO (EDT o/h) at once.",
            "MGM can't stay, or stops before night 14 → she or J rings DO that day; if baby is still on Dipper "
            "Ward he stays there until a reconvened d/c mtg agrees another adult; if he is home, RP or KL "
            "visits every day + DO x3/wk until the CG agrees another helper.",
            "Parenting assessment (09/02) says baby can't be safely cared for at home → FH holds a legal "
            "planning mtg before 38/40.",
        ]),
        ("h2", "CG + review"),
        ("bullets", [
            "CG 4-wkly @ Dunsgarth East Hub, Wed 2pm: CG1 28/01/2026, CG2 25/02/2026; an extra CG w/in 10 "
            "working days of the birth.",
            "RCPC 15/04/2026, 10am, Dunsgarth Civic Centre.",
            "Copies: J, R, MGM, all in the key, Dipper Ward + labour ward safeguarding file.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The school DSL's CPOMS-style action list for two siblings. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_drossbeck_dsl_cpoms_action_list_brannigan.md",
    "split": "heldout",
    "actions": 15,
    "template": "school-dsl-cpoms-style-action-list-md-cpoms-print-header-lines-students-categories-linked-plan-key-of-initials-recent-cpoms-entries-table-pupil-voice-lines-what-we-want-from-cp-plan-then-school-actions-ref-action-assigned-to-due-evidence-status-closed-line-then-other-agencies-actions-from-cp-plan-then-if-lines-meetings",
    "description": (
        "The school DSL's CPOMS-style action list for a 9-year-old girl in Year 5 and her 4-year-old "
        "brother in Reception on plans for neglect: their mother drinks in the evenings, the girl bathes "
        "her brother and makes tea, both come in hungry and in dirty uniform, the boy is soiling and the "
        "girl has head lice. Printed header lines, a key of staff initials, recent CPOMS entries, pupil "
        "voice, outcomes from the CP plan, then school actions (Ref / Action / Assigned to / Due / "
        "Evidence / Status) and other agencies' actions. Faults: the Reception teacher's lunchbox check "
        "with 'Keep an eye on it' as evidence; spare uniform and coats 'ASAP'; the school nurse referral "
        "with '-' for due; 'All staff' reporting alcohol at pick-up; and the mother's drinking recorded "
        "with no adult service owning any action (the social worker only helps her book a GP "
        "appointment)."
    ),
    "text": """\
# CPOMS · Safeguarding action list

**Drossbeck St Aidan's CE Primary School** · printed 21/01/2026 15:42 by HG (DSL)

- **Students:** BRANNIGAN, Lacey (L) · Y5, class 5DH · dob 02/06/2016 | BRANNIGAN, Tommy (T) · Reception, class RAB · dob 19/10/2021
- **Categories:** Child protection · Neglect · Parental alcohol use
- **Linked:** CP plan, ICPC 08/01/2026 (neglect, both). SW: Priya Desai (PD), Drossbeck Council Children's Services, Safeguarding Team 2
- **Home:** 7 Mill Row, Drossbeck DR2 4HN, w/ Mum, Sian Brannigan (S). Dad not involved (lives abroad). Nana Pat = Pat Lowry, S's mum, 3 streets away.

**Key:** HG Mrs Helen Garside, DSL · MO Mr Marcus Obi, deputy DSL · DH Mr Dan Hughes, L's teacher · AB Miss Amy Bell, Reception teacher · JP Mrs Jan Pullen, attendance / office · KK Mrs Kiran Kaur, breakfast club lead · LR Mrs Lorraine Rose, ELSA · SN school nurse (Drossbeck 0-19 Service)

## Recent CPOMS entries (for info, not actions)

| Date | Student | Entered by | Note |
|---|---|---|---|
| 05/01/2026 | T | AB | Soiled x2 before lunch, no spare pants in bag. Changed from school spares. |
| 07/01/2026 | L | DH | Asleep in maths. Said she was up late "doing T's bath, Mum was on the sofa". |
| 12/01/2026 | L + T | JP | Both late (9.25). No coats, -2°C. Mum smelled of alcohol at the gate (JP + MO). |
| 15/01/2026 | L | HG | Live head lice seen; L embarrassed, said "there's no shampoo". |
| 19/01/2026 | T | AB | Empty lunchbox (crisps only). Ate 2 school dinners' worth of bread. |

## Pupil voice

- **L** (to HG, nurture room, 14/01): "Mum sleeps on the sofa after tea. I do T's bath and his tea, beans usually." "I like breakfast club, the toast is nice." "I don't want Mum to get in trouble." Worry score 4/5 (5 = very worried).
- **T** (to AB, 16/01, drawing his house): "That's Mummy's big bottle. Her drink is smelly." Put a "sad face" sticker on home and a "happy face" on Nana's.

## What we want for L + T (from the CP plan)

1. L + T are in school every day, on time, fed and in clean, warm clothes.
2. L + T are always cared for by a sober adult, at home and at every pick-up.
3. L isn't doing T's baths and teas: she gets to be a 9-year-old and her worry score comes down.
4. T's soiling and L's head lice are treated, and both are seen by a dentist.

## School actions

| Ref | Action | Assigned to | Due | Evidence | Status |
|---|---|---|---|---|---|
| S1 | Check-in w/ L in nurture room (10 mins): sleep, breakfast, home | HG | Mon + Fri 8.45 | CPOMS entry each time + L's worry score (1-5) | Open |
| S2 | 1st-day call if L or T not in by 9.10 → Mum, then PD if no answer | JP | Every sch day by 9.15 | Call log + att. figs to PD Fri | Open |
| S3 | Free breakfast club place for L + T | KK | Daily 8am from 12/01 | Breakfast club register, copy to PD Fri | Open |
| S4 | Check T's lunchbox + clothes; note if hungry or unwashed | AB | Daily | Keep an eye on it | Open |
| S5 | Spare uniform, winter coats + shoes for L + T from the hardship fund | MO | ASAP | Receipt on CPOMS; coats seen worn | Open |
| S6 | School nurse referral re T's soiling + L's head lice | HG | - | Referral on CPOMS; SN appt letter on file | Open |
| S7 | Report any smell of alcohol on Mum or any adult at pick-up to HG | All staff | Same day | CPOMS entry + HG rings PD same day | Open |
| S8 | ELSA sessions w/ L: worries, feelings, "my safe people" hand | LR | Wed 1.30pm x6 from 21/01 | ELSA notes + L's scale at 1st and 6th session → PD | Open |
| S9 | Release L + T only to Mum or Nana Pat (photos on CPOMS) | DH (L) / AB (T) | Every pick-up | Collection log on CPOMS | Open |
| S10 | CPOMS summary (both children) e-mailed to PD | HG | Every Fri by 3pm | E-mail on PD's file | Open |

Closed: staff briefing on the CP plan (HG) ✓ done 09/01/2026.

## Other agencies' actions (from the CP plan, for staff info)

| Ref | Action | Assigned to | Due | Evidence | Status |
|---|---|---|---|---|---|
| O1 | Home visits, L + T seen alone; check bedrooms + food in | PD (SW) | Wkly (Tue) until RCPC | Visit recs on LCS w/in 48h | Open |
| O2 | Talk w/ Mum re her drinking + help her book a GP appt | PD (SW) | By 30/01 | Appt letter seen by PD | Open |
| O3 | L + T to school by 8.50, fed + in clean uniform | Mum (S) | Mon-Fri | Att. 95%+ by Easter; late marks on register | Open |
| O4 | Pick-up Tue + Thu, tea at Nana's | Nana Pat | Tue + Thu 3.15 | Collection log shows Nana | Open |
| O5 | Register L + T w/ a dentist + take them for check-ups | Mum (S) | By 27/02 | Dentist letter seen by PD | Open |

## If ...

- Mum smells of alcohol or seems drunk at pick-up → L + T not released; HG (MO if HG out) rings PD, or EDT after 5pm → Nana Pat collects (agreed 08/01). If Nana can't, PD / EDT arrange emergency foster carers that evening.
- Nana Pat can't do a Tue / Thu pick-up (ill, away) → she rings JP by 12 noon; Mum collects, and if Mum isn't fit to, the first bullet applies.
- L or T in hungry / unwashed 3 days in a week → HG rings PD same day → PD visits home same day.
- Mum found drunk caring for L + T twice before the RCPC → PD's TM (Steve Arkwright) requests a legal planning meeting w/in 5 working days.

## Meetings

- CG 4-wkly at school, Thu 3.30pm: 29/01/2026, 26/02/2026, 26/03/2026.
- RCPC 09/04/2026, 10am, Drossbeck Town Hall.
""",
    "findings": [
        F("M002", "Check T's lunchbox + clothes; note if hungry or unwashed"),
        F("T002", "Spare uniform, winter coats + shoes for L + T"),
        F("T001", "School nurse referral re T's soiling + L's head lice"),
        F("W002", "Report any smell of alcohol on Mum or any adult"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A police MARAC action sheet with the child protection plan's actions
#    joined underneath, owners as agencies and initials. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_dimmelsby_marac_action_sheet_cp_joined_pryor.docx",
    "doc_title": "MARAC Action Sheet DM-26-014 with CP Plan Actions - A and O Kerrigan",
    "split": "heldout",
    "actions": 14,
    "template": "police-marac-action-sheet-joined-to-cp-plan-docx-case-box-two-column-table-victim-perp-children-incident-bail-dash-cp-plan-then-key-of-initials-paragraph-a-and-o-voice-what-we-want-then-marac-actions-table-ref-action-owner-by-evidence-back-to-marac-coord-then-cp-plan-actions-table-same-columns-then-contingency-paragraph-next-meetings-bullets",
    "description": (
        "A police MARAC action sheet for a mother whose partner strangled her in front of their 5-year-old "
        "daughter (charged, on bail not to contact her or go to the house, DASH 19), with the child "
        "protection plan's actions for the 5-year-old and a 10-month-old boy joined underneath so that one "
        "sheet goes to everyone. Kept by the police domestic abuse unit's detective with the social "
        "worker, in shorthand: a case box, a key of initials, the children's words and the baby as seen, "
        "what we want, then two tables (Ref / Action / Owner / By / Evidence back to MARAC coord.). The "
        "mother has anxiety and low mood since the assault and sees a community mental health nurse. "
        "Faults: the GP flag with '-' for owner; the IDVA's sanctuary referral 'when poss'; housing's "
        "transfer assessment with an empty evidence cell; the CPN's fortnightly support visits that only "
        "treat the mother; a contingency of further concerns answered by discussing and reviewing; and "
        "nothing anywhere on legal planning."
    ),
    "blocks": [
        ("title", "MARAC Action Sheet + CP Plan Actions"),
        ("p", "Dimmelsby MARAC · meeting 15/01/2026 · case ref DM-26-014 · chair DI Sarah Coyle. The CP plan "
              "actions agreed at ICPC (12/01/2026) are added under the MARAC actions so one sheet goes to "
              "every agency. Sheet kept by PH (DASU) w/ RE (SW); updates back to TN by the date in the By "
              "column."),
        ("table", {
            "rows": [
                ["Victim", "Shannon PRYOR (S), 26, 22 Ferrier Close, Dimmelsby DM4 2RT"],
                ["Perp", "Liam KERRIGAN (LK), 29, A + O's dad. Now at his brother's, 9 Hatch Lane"],
                ["Children", "Aria KERRIGAN (A), 5, Yr 1 Dimmelsby Green Primary · Oakley KERRIGAN (O), 10 "
                             "months, at home"],
                ["Incident", "27/12/2025: LK strangled S in the kitchen; A saw it from the doorway. LK "
                             "arrested, charged (ABH + non-fatal strangulation). 3 previous call-outs "
                             "(04/2025, 08/2025, 11/2025)."],
                ["Bail", "to 12/02/2026: no contact w/ S, not to go to Ferrier Close or Dimmelsby Green "
                         "Primary"],
                ["Risk", "DASH 19/24 (high) · S: anxiety + low mood since 27/12, GP referred to CMHT 02/01"],
                ["CP plan", "ICPC 12/01/2026 · emotional abuse (A + O) · SW Ruth Ellery (RE)"],
                ["MARAC coord.", "Tracy Noble (TN), Dimmelsby Community Safety Partnership"],
            ],
            "widths": [3.0, 14.0],
            "bold_first_col": True,
        }),
        ("p", "Key: PH DS Paul Hesketh, Domestic Abuse Safeguarding Unit (DASU), Dimmelsby Police · JR PC 4471 "
              "Jo Reddy, Dimmelsby North neighbourhood team · MT Marie Tolan, IDVA, Dimmelsby Women's Aid (DWA) "
              "· AC Amy Cross, children's worker, DWA · RE Ruth Ellery, SW, Dimmelsby CSC · JF Jo Farr, HV, "
              "Dimmelsby 0-19 · KO Mr Kofi Osei, DSL, Dimmelsby Green Primary · DL Dawn Lacey, Dimmelsby "
              "Homes · GL Gail Lunt, CPN, Dimmelsby CMHT · LW Lynne Ward, Dimmelsby Family Contact Centre · "
              "MGM Jean Pryor, S's mum."),
        ("h2", "A + O"),
        ("p", "A (seen alone by RE at school, 09/01): \"Daddy squeezed Mummy's neck and she couldn't talk. I hid "
              "behind the sofa with Oakley.\" \"I want Daddy to say sorry.\" \"I like it when it's quiet at "
              "home.\" Scored feeling safe at home 6/10 (\"Daddy's not there now\")."),
        ("p", "O (seen by JF at home, 06/01): startles + cries at raised voices on the TV, crawls straight to S, "
              "settles quickly on her lap; babbling, pulling to stand."),
        ("h2", "What we want for A + O"),
        ("bullets", [
            "A + O live at home w/ S with no more violence, and are not there if LK is.",
            "A + O only see LK when it is safe, supervised, and they are not frightened by it.",
            "A understands what happened was not her fault and knows who she can tell.",
            "O's development stays on track (ASQ-3 in range at his 1-yr review).",
        ]),
        ("h2", "MARAC actions (15/01/2026)"),
        ("table", {
            "header": ["Ref", "Action", "Owner", "By", "Evidence back to MARAC coord."],
            "widths": [1.2, 6.3, 3.0, 2.8, 3.7],
            "rows": [
                ["M1", "DA marker on 22 Ferrier Close + S's mobile (priority response to any call)",
                 "DASU (PH)", "By 16/01", "Marker ref on Niche → TN + RE"],
                ["M2", "Bail checks: drive-by of Ferrier Close + call to S", "PC 4471 JR",
                 "Mon + Thu evenings until bail return 12/02", "Patrol log → TN + RE wkly"],
                ["M3", "Safety planning calls w/ S; re-score DASH", "IDVA (MT)", "Wkly (Tue)",
                 "IDVA contact log; DASH re-score → TN before next MARAC"],
                ["M4", "GP flag on A, O + S's records (DA / MARAC)", "-", "By 22/01",
                 "Flag confirmed on EMIS → TN"],
                ["M5", "Sanctuary scheme referral: door + window locks, letterbox guard", "IDVA (MT)",
                 "When poss", "Locks seen fitted by RE at visit → TN"],
                ["M6", "Collection list for A: S or MGM only; LK's photo at the office", "DSL (KO)",
                 "Every pick-up from 16/01", "Collection log on CPOMS; any attempt by LK → PH + RE same day"],
            ],
        }),
        ("h2", "CP plan actions (ICPC 12/01/2026)"),
        ("table", {
            "header": ["Ref", "Action", "Owner", "By", "Evidence back to MARAC coord."],
            "widths": [1.2, 6.3, 3.0, 2.8, 3.7],
            "rows": [
                ["C1", "Home visits; A seen alone (home or school), O seen awake; 1 in 3 unannounced",
                 "SW (RE)", "Wkly until RCPC", "Visit recs on LCS w/in 48h, w/ A's words"],
                ["C2", "Refer LK to Dimmelsby Men's Change Programme (DA perpetrator programme)", "SW (RE)",
                 "By 30/01", "Referral ack + assessment outcome letter on file"],
                ["C3", "O's 1-yr review (wt, ASQ-3), then HV contacts", "HV (JF)",
                 "Review by 06/02, then 4-wkly", "ASQ-3 scores + wt on red book chart → RE"],
                ["C4", "Keep to the safety plan: no contact w/ LK, doors locked, 999 if he comes", "Mum (S)",
                 "Daily", "Police log nos on file; no contact seen by school, HV + RE (recorded)"],
                ["C5", "Housing: assess S for a management transfer away from Ferrier Close",
                 "Dimmelsby Homes (DL)", "By 13/02", ""],
                ["C6", "Support visits to S re anxiety + low mood", "CMHT CPN (GL)", "Fortnightly",
                 "Visits recorded on RiO"],
                ["C7", "Dandelion group (DWA) for A (feelings, safety, \"not my fault\")", "DWA (AC)",
                 "Wed 3.45pm x8 from 28/01", "Session notes + A's feelings chart wk 1 vs wk 8 → RE"],
                ["C8", "A + O's contact w/ LK: supervised only, at the Contact Centre", "Contact Centre (LW)",
                 "Sat fortnightly 10-11am from 24/01", "Contact recs → RE after each session"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns or things don't improve, the CG will meet to discuss and review "
              "the plan, and consider a re-referral to MARAC."),
        ("h2", "Next"),
        ("bullets", [
            "MARAC review 12/02/2026 (TN to circulate updates 3 days before).",
            "CG 3-wkly, Mon 1.30pm @ Dimmelsby Green Primary: 26/01/2026, 16/02/2026, 09/03/2026.",
            "RCPC 02/04/2026, 2pm, Dimmelsby Council House.",
        ]),
    ],
    "findings": [
        F("W001", "GP flag on A, O + S's records (DA / MARAC)"),
        F("T002", "Sanctuary scheme referral: door + window locks, letterbox guard"),
        F("M001", "assess S for a management transfer away from Ferrier Close"),
        F("H001", "Support visits to S re anxiety + low mood"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. The core group chair's "actions only" page after core group 3, with a
#    move to another council coming. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_dorlinghurst_cg_chair_actions_only_page_holroyd.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-chair-actions-only-page-txt-typed-by-chair-header-lines-present-list-as-key-of-initials-cg2-actions-ticked-off-then-cg3-numbered-lines-owner-dash-what-dash-when-arrow-check-then-contingency-legal-next-dates-lines",
    "description": (
        "The core group chair's 'actions only' page after core group 3 for an 11-year-old, a 7-year-old "
        "and a 2-year-old on plans for neglect: their mother drinks and works with the alcohol service, "
        "and the family move to a new tenancy in Drewsholt, another council, in February. Typed by the "
        "team manager who chairs: header lines, the present list as a key of initials, last time's actions "
        "ticked off, today's numbered lines (OWNER - what - when -> check), contingency, legal and next "
        "dates, with a dated transfer-in conference. Faults: the PAMS parenting assessment put on hold for "
        "Drewsholt to pick up after the transfer; 'CG' sharing worries about the mother's drinking; the "
        "family support worker's routines work 'ongoing'; housing's boiler repair with '-' for its check; "
        "no expected outcome for the children anywhere; and no wishes, feelings or observed day of any "
        "child."
    ),
    "text": """\
DORLINGHURST COUNCIL - CHILDREN'S SERVICES
CORE GROUP 3 - ACTIONS ONLY (chair's page)
Holroyd: J (Jayden, 11, Yr 6), M (Mia, 7, Yr 2), L (Lily, 2)
Mum: Kelly Holroyd (KH). Dad: not in touch.
CP plan: neglect (all 3). ICPC 04/12/2025. CG1 17/12/2025, CG2 07/01/2026.
CG3: Wed 28/01/2026, 2pm, Dorlinghurst Family Centre. Chair + typed: GA.
Move: new tenancy 3 Tern Walk, Drewsholt DW6 1QE from 16/02/2026.
      Transfer-in request sent to Drewsholt CSC 19/01/2026.

PRESENT (= key)
  GA  Gwen Astley, TM, Dorlinghurst CSC (chair)
  KW  Kirsty Wade, SW
  SB  Sam Brook, recovery worker, Dorlinghurst Alcohol Service (DAS)
  PA  Mr Phil Ashby, DSL, Dorlinghurst Juniors (J + M)
  AE  Anna Evans, HV, Dorlinghurst 0-19
  DF  Donna Finch, room lead, Dunlin Room nursery, Dorlinghurst Family Centre (L)
  RT  Rachel Thorne, FSW, Dorlinghurst Family Support Team
  NB  Neil Barr, Dorlinghurst Homes
  KH  Mum
  Apols: Dr Rao (GP) - report received

CG2 ACTIONS
  [x] KW - referral to DAS for KH. Done 08/01, KH seen by SB 13/01.
  [x] AE - L's imms catch-up. Done 15/01 (red book).
  Everything else c/f into today's list below.

CG3 ACTIONS (live)
  1.  KW - home visits, J, M + L seen, 1 in 2 unannounced - wkly until
      Drewsholt TIC -> visit recs on LCS w/in 48h
  2.  KW - full records + this plan to Drewsholt CSC by 06/02; joint home
      visit w/ Drewsholt SW w/c 09/02 -> Drewsholt ack e-mail + joint visit
      rec on LCS
  3.  Drewsholt CSC - PAMS parenting assessment of KH: ON HOLD, to be
      picked up by Drewsholt after transfer - w/in 4 wks of TIC -> PAMS
      report to Drewsholt CG
  4.  DAS (SB) - key work w/ KH + breathalyser each session; report on her
      drinking + how it affects her care of J, M + L - wkly (Thu); report
      before each CG -> breath results to KW wkly + written report on file
  5.  KH - J + M in school by 8.50 Mon-Fri; L to nursery Tue-Thu by 9.15 -
      from 29/01 -> school + nursery att. figs to KW Fri
  6.  PA (DSL) - 1st-day call if J or M not in by 9.10; Mon check-in w/
      J + M - every sch day / Mon 8.45 -> CPOMS + att. figs to KW Fri
  7.  AE (HV) - L's 2-yr review w/ ASQ-3 - by 06/02 -> ASQ-3 scores + wt
      on red book chart to KW
  8.  DF (nursery) - note who drops off + collects L and how she presents
      (clean, fed, nappy) - every session Tue-Thu -> nursery log to KW Fri
  9.  CG - share any worry re KH's drinking (smell, slurring, missed
      pick-ups) w/ KW - same day -> logged on LCS by KW
  10. RT (FSW) - routines work w/ KH (bedtime, school mornings, meals) -
      ongoing -> routine chart on the fridge, seen by KW at visits
  11. NB (Dorlinghurst Homes) - fix boiler + heating in J, M + L's
      bedrooms - by 06/02 -> -
  12. AE (HV) - HV records + handover call to Drewsholt 0-19 Service -
      by 13/02 -> transfer confirmation on HV record, copy to KW

CONTINGENCY (as ICPC, unchanged)
  - KH drunk while caring for the kids (smelled/seen by any agency, or
    breath test over 0 at a home visit) -> KW (EDT o/h) visits same day;
    strategy discussion same day (KW + GA); J, M + L to emergency foster
    carers that night if no sober adult can care for them.
  - Kids not collected from school / nursery 30 mins after close + KH not
    answering -> PA / DF ring KW (EDT o/h) -> police welfare check at home.

LEGAL
  - 2nd drunk incident, or 2 breath tests over 0 at DAS, before the TIC ->
    GA requests a legal planning mtg w/in 5 working days; outcome sent to
    Drewsholt CSC same day.

NEXT
  CG 3-wkly. CG4 Wed 18/02/2026, 2pm, Dorlinghurst Family Centre (last
  Dorlinghurst CG).
  Drewsholt TIC Thu 05/03/2026, 10am (date confirmed by Drewsholt CP unit
  26/01) = review conference. If the move falls through: Dorlinghurst RCPC
  12/03/2026.

GA 28/01/2026. Copy to all present + KH.
""",
    "findings": [
        F("X001", "ON HOLD, to be picked up by Drewsholt after transfer"),
        F("W002", "share any worry re KH's drinking (smell, slurring, missed pick-ups)"),
        F("T002", "routines work w/ KH (bedtime, school mornings, meals)"),
        F("M001", "fix boiler + heating in J, M + L's bedrooms"),
        F("O001"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The family support worker's weekly plan grid, day cells merged down,
#    with a "not every week" table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_davenscar_fsw_weekly_plan_grid_lowther.docx",
    "doc_title": "Family Support Weekly Plan (CP plan) - Kai and Poppy Lowther",
    "split": "heldout",
    "actions": 16,
    "check_vmerge": 5,
    "template": "family-support-worker-weekly-plan-grid-docx-front-lines-key-of-initials-kai-says-poppy-observed-what-were-aiming-for-then-week-grid-day-time-what-happens-who-how-well-know-day-cells-merged-down-over-two-rows-then-not-every-week-table-who-what-by-when-how-well-know-then-if-then-bullets-meetings-bullets",
    "description": (
        "Exemplary weekly plan grid kept by the family support worker for a 6-year-old boy and his "
        "2-year-old sister on plans for neglect: their mother has depression (treated by the GP) and "
        "sleeps late, the boy is late or absent (84%), the little girl missed her 2-year review and "
        "immunisations, and the house is often without food and clean bedding. The father has the "
        "children on Saturdays and the maternal grandmother does teas on Tuesdays and Thursdays. A key "
        "of initials, the boy's words and his sister's day as seen, what we're aiming for, then a week "
        "grid (Day / Time / What happens / Who / How we'll know) that repeats every week until the "
        "review conference, with day cells merged down over two rows, and a 'not every week' table with "
        "dated work (the GP's review and letter, the 2-year review and immunisations, dentist, beds). "
        "Shorthand times ('Mon 8.15am', '1st Wed of month', 'Tue + Thu 3.15-6pm') and checks (register, "
        "Home Conditions Scale score, red book, bedtime chart); the contingency has specific triggers, a "
        "fallback for the grandmother and the father, and a legal planning meeting after named triggers; "
        "core group and review dates are set."
    ),
    "blocks": [
        ("title", "Our week: K + P's plan"),
        ("p", "Davenscar Family Support Service, with Davenscar Council Children's Services. Typed by NR (FSW) "
              "w/ Becky on 16/01/2026 from the CP plan agreed at ICPC 12/01/2026 (neglect, K + P). The grid "
              "is the same every week from w/c 19/01/2026 until the RCPC on 16/04/2026; the second table is "
              "for things that aren't weekly."),
        ("kv", [
            ("Children", "Kai LOWTHER (K), 6, Yr 1 Davenscar Park Infants · Poppy LOWTHER (P), 2"),
            ("Home", "41 Wren Terrace, Davenscar DV3 8LT, w/ Mum, Becky Lowther (B), 27"),
            ("Dad", "Craig Lowther (C), 14 Mill Court, Davenscar; has K + P every Sat"),
            ("Nana Sue", "Sue Hartley, B's mum, 6 Wren Terrace"),
            ("Key", "NR Naomi Ridley, FSW · OM Owen Marr, SW, Davenscar CSC · LC Lisa Conroy, TM (OM's manager) · "
                    "LD Lucy Dean, HV, Davenscar 0-19 · JF Mrs Jenny Ford, DSL, Davenscar Park Infants · Dr AK "
                    "Dr Amir Kaleel, GP, Davenscar Health Centre · EDT out-of-hours SW"),
        ]),
        ("h2", "Why"),
        ("p", "K late or off most Mondays + Fridays (att. 84% autumn term). P missed her 2-yr review + imms x2. "
              "Fridge empty at 3 of 5 visits; P's cot mattress wet + stained; dirty nappies in the bathroom. B "
              "has depression (Dr AK, since 11/2025, on citalopram) and often can't get up before 10."),
        ("h2", "K says / P shows"),
        ("p", "K (seen alone by OM at school, 13/01): \"I like it when Mummy takes me to school, not when I'm "
              "late and everyone looks at me.\" \"Nana's house has the best tea.\" \"I want my own bed with "
              "Spider-Man on.\" Happy at home: 5/10 (\"when Mummy's in bed it's boring\")."),
        ("p", "P (NR's visits 13/01 + 15/01): toddles to the door when NR comes in, says \"bic-bic\" for "
              "biscuit; eats fast + asks for more; happy + chatty in the bath; cries + bangs the bedroom door "
              "when B goes back to bed; settles w/ K's cuddles."),
        ("h2", "What we're aiming for (K + P)"),
        ("numbers", [
            "K is at school every day, on time (95%+ by the RCPC).",
            "K + P live in a clean, safe home with food in and a clean, dry bed each.",
            "P's health checks + imms are up to date and her talking + play are checked.",
            "K + P have an adult up and ready for them every morning and at bedtime.",
        ]),
        ("h2", "The week grid (every week, w/c 19/01 → RCPC 16/04)"),
        ("table", {
            "header": ["Day", "Time", "What happens", "Who", "How we'll know"],
            "widths": [1.6, 2.3, 6.1, 2.4, 4.6],
            "bold_first_col": True,
            "rows": [
                ["Mon", "8.15am",
                 "School-run visit: help B get K up, dressed, breakfast + to school by 8.50; P dressed too",
                 "NR (FSW)", "K in by 8.50 on the register; NR's visit log"],
                [V, "3.30pm",
                 "Read K's school reading book w/ him (10 mins)",
                 "B", "Reading record signed; Miss Akhtar (K's teacher) checks it Fri"],
                ["Tue", "10am",
                 "Home conditions check w/ B: kitchen, fridge, bathroom, K + P's beds",
                 "NR (FSW)", "Home Conditions Scale score (1-5), target 4+ by RCPC; copy → OM wkly"],
                [V, "3.15-6pm",
                 "Collect K from school + P from home; tea at Nana's; home by 6.30",
                 "Nana Sue", "School collection log; Nana texts B + NR when they're home"],
                ["Wed", "9.30-11am",
                 "Stay & Play at Davenscar Family Hub w/ P",
                 "B", "Hub register; NR joins + notes how B + P play (obs sheet)"],
                [V, "1st Wed of month, 10am",
                 "P's wt + development check at the Hub clinic",
                 "HV (LD)", "Wt on red book chart; development notes → OM"],
                ["Thu", "10am (+ 1 unannounced visit another day every 3 wks)",
                 "SW home visit: K + P seen, bedrooms + fridge checked; K seen alone at school every 2nd wk",
                 "SW (OM)", "Visit recs on LCS w/in 48h, w/ K's words"],
                [V, "3.15-6pm",
                 "Collect K + P for tea at Nana's again; home by 6.30",
                 "Nana Sue", "School collection log; Nana's text to B + NR"],
                ["Fri", "11am",
                 "Meal plan + shopping list for the week w/ B; money check",
                 "NR (FSW)", "Meal plan on the fridge; cupboards + fridge stocked at Tue check"],
                [V, "by 12 noon",
                 "K's att. figs + CPOMS summary e-mailed to OM + NR",
                 "DSL (JF)", "E-mail on OM's file every Fri; K's att. 95%+ by RCPC"],
                ["Sat", "10am-4pm",
                 "K + P at Dad's; C collects + drops off",
                 "Dad (C)", "C texts B + NR at pick-up + drop-off; NR reads them Mon"],
                ["Every night", "6.30-7.30pm",
                 "Bath + bedtime in their own beds: P 7pm, K 7.30pm",
                 "B", "Bedtime chart ticked each night; NR checks it Mon, OM at visits"],
            ],
        }),
        ("h2", "Not every week"),
        ("table", {
            "header": ["Who", "What", "By / when", "How we'll know"],
            "widths": [2.4, 7.0, 3.2, 4.4],
            "rows": [
                ["GP (Dr AK)", "Review B's mood + meds; letter to OM on how her mood is affecting the mornings "
                 "and K + P's care", "Appt 29/01; letter by 06/02; review again by 02/04",
                 "GP letters on OM's file"],
                ["HV (LD)", "P's 2-yr review (ASQ-3) + imms catch-up at the Hub",
                 "Review by 13/02; imms by 27/02", "ASQ-3 scores + imms in red book → OM"],
                ["B", "Register K + P w/ a dentist + take them for a check-up", "By 27/02",
                 "Dentist appt cards seen by NR"],
                ["SW (OM)", "Apply to the Davenscar Welfare Fund for a bed for K + a new cot mattress for P",
                 "By 30/01", "Bed + mattress seen in place by NR at a Tue check"],
            ],
        }),
        ("h2", "If ... then"),
        ("bullets", [
            "K not in school by 9.30 + B not answering → JF rings OM; OM or NR at the house by 11am. If B "
            "can't be woken or isn't fit to care, Nana Sue has P (agreed 12/01) and OM holds a strategy "
            "discussion the same day.",
            "Home Conditions Scale 2 or less at a Tue check, or no food in for K + P → NR rings OM same day; "
            "OM visits same day + a food bank voucher the same day.",
            "B says she can't cope, or talks about harming herself → NR rings OM + Dr AK for a same-day "
            "appt (crisis team o/h); K + P stay w/ Nana Sue until OM + Dr AK agree it's safe.",
            "Nana Sue can't do Tue or Thu (ill, away) → she rings NR by 12 noon; NR collects K + P and does "
            "tea at home w/ B. If Nana can't have K + P in an emergency, C has them; if neither can, OM / EDT "
            "arrange emergency foster carers that day.",
            "C can't have K + P on a Sat → he tells B + NR by Fri; B keeps them home + NR visits Mon as usual.",
            "Home Conditions Scale still under 4, or K's att. under 90%, at the CG on 26/03 → LC (TM) holds a "
            "legal planning mtg w/in 10 working days.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "CG 4-wkly, Thu 1.30pm @ Davenscar Family Hub: 29/01/2026, 26/02/2026, 26/03/2026.",
            "RCPC Thu 16/04/2026, 10am, Davenscar Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. The social worker's WhatsApp summary after core group 1, copied into
#    the case file with the family's replies. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_derwhistle_whatsapp_summary_case_note_platt.md",
    "split": "heldout",
    "actions": 10,
    "template": "whatsapp-summary-typed-into-case-file-md-case-note-header-fields-recorders-note-then-timestamped-messages-sw-summary-with-whos-who-what-we-want-ticks-what-h-and-e-told-showed-us-numbered-agreed-items-owner-arrow-what-arrow-check-if-things-go-wrong-bullets-next-meetings-then-family-replies-then-e-mail-line",
    "description": (
        "The social worker's WhatsApp summary of core group 1, sent to a mother, her mother and her "
        "sister in a family group and copied word for word into the case file with their replies, for a "
        "3-year-old boy and a 7-month-old girl on plans for neglect: the mother has postnatal depression "
        "under the perinatal team, the baby's weight has dropped from the 50th to the 25th centile, the "
        "mother smokes in the house and there is mould in the baby's room. Who's who, what we want, what "
        "the children said and showed, then numbered items ('Ayesha (HV) -> weigh E every 2 wks at home "
        "-> ...') with the grandmother and the aunt each owning help, an if-things-go-wrong list and next "
        "meetings. The perinatal nurse reports on the mother's capacity to change. Faults: the nursery "
        "manager's morning check measured by 'monitor'; 'Family' keeping the house smoke-free; the damp "
        "repair chased 'tbc'; no fallback if the grandmother or aunt cannot help; an outcome about the "
        "mother only; and the review conference date 'tbc'."
    ),
    "text": """\
# Derwhistle Council Children's Services · Case note

| Field | |
|---|---|
| **Note type** | Communication (WhatsApp), copied to file |
| **Children** | Harvey PLATT (H), 3 · Ellie PLATT (E), 7 months |
| **Address** | 15 Calder Row, Derwhistle DH7 2PN |
| **Recorded by** | Jess Rowntree, SW, Safeguarding Team East · 14/01/2026 21:10 |
| **Plan** | CP plan (neglect, H + E), ICPC 05/01/2026, CG1 14/01/2026 |

**Recorder's note:** After CG1 today I sent the summary below to the "Team H & E" WhatsApp group (Georgia, Nan Tina, Aunty Kels). Georgia asked for the plan on WhatsApp "so I can find it". This is the CP plan as agreed at CG1; copied word for word with the replies. The professionals had the same text by e-mail.

---

**[14/01/2026, 20:41] Jess (SW):**

Hi all, summary of today (CG1) as promised 🙂

Who's who: me = Jess (SW) · Ayesha = Ayesha Khan, HV · Dom = Dom Fletcher, G's nurse from the Derwhistle Perinatal Mental Health Team · Lou = Lou Barnes, manager at Dovecote Nursery · Nan = Tina Platt · Kels = Aunty Kelsey Platt · G = Georgia · Paula = Paula Greaves, my manager

Why we're here: G has had postnatal depression since E was born (EPDS 19 in Dec, on sertraline, under Dom). E's wt has dropped from the 50th to the 25th centile, H is late or off nursery most days, there's smoking in the house + black mould in E's room.

What we want for H + E:
✔ E back on her centile line (25th → 50th) + feeding well
✔ H at nursery every morning, on time + happy
✔ H + E living in a warm, dry, smoke-free home
✔ G feeling more like herself again + back to her old self

What H + E told / showed us:
H (at nursery w/ me, 12/01): "Mummy sad. Mummy in bed." "Nanny's house is fun, I got a digger." 
E (at visits): big smiles, babbles + kicks when G sings to her; cries a lot late afternoon till she's fed; settles fast on Nan's shoulder.

What we agreed ⬇️
1. Me (Jess) → visit every Thu (some not planned), see H on his own + E awake → my visit notes on the system w/in 2 days
2. Ayesha (HV) → weigh E every 2 wks at home → wt on red book chart, sent to me same day
3. Dom → see G every 2 wks + report to each CG on G's mood, how it affects H + E, whether she can make the changes they need + how long that will take → written report to me before each CG
4. G → sertraline every day + every appt w/ Dom → Dom's appt record
5. Nan → has E Tue + Wed 9-3 + collects H from nursery at 12 those days, so G can sleep + get to appts → Nan's diary + nursery collection log
6. Kels → nursery run for H Mon, Thu + Fri (in by 8.45) → nursery register
7. Lou (nursery) → H's mood + how he arrives (clean, fed, coat) every morning → monitor
8. Family → no smoking in the house or the car, from today → me + Ayesha check at visits (no smell, no ashtrays)
9. Me → chase Derwhistle Homes re the damp + mould in E's room → tbc → job number + mould gone (seen at my visit)
10. Me → refer G to Derwhistle Home-Start for a volunteer, by 23/01 → Home-Start acceptance letter

If things go wrong:
• G feels she can't cope or can't keep H + E safe → ring me (EDT 0300 555 0192 out of hours) → H + E go to Nan's that night
• E's wt drops again, or she's not fed for 4+ hrs in the day → Ayesha rings me same day → same-day GP check for E + I visit same day
• H or E found left on their own → police + me / EDT → H + E to Nan's + a strategy meeting that day
• G stops her meds, or misses 2 of Dom's appts, or E's wt drops at 2 weighs running → Paula will hold a legal planning meeting. I know that sounds scary: it means we look at whether things need to go to court. I'll talk it through with you first.

Next: CG Thu 05/02 at 2pm, Derwhistle Children's Centre, then every 4 wks. Review conference (RCPC) date tbc, I'll send it when the CP unit books it.

Any qs message me x

**[14/01/2026, 20:44] Georgia:** ok thank u 👍 can CG be after 2 cos of E's nap

**[14/01/2026, 20:46] Nan Tina:** 👍 Tue + Wed fine love x

**[14/01/2026, 20:52] Kels:** can do Mon Thu Fri 👍 not the 30th tho dentist

**[14/01/2026, 21:01] Jess (SW):** Thanks all. G, 2pm is the start so that's fine 🙂

---

E-mailed to Ayesha Khan (HV), Dom Fletcher (PMHT), Lou Barnes (Dovecote Nursery) and Paula Greaves (TM) 14/01/2026 21:03. JR
""",
    "findings": [
        F("M002", "H's mood + how he arrives (clean, fed, coat) every morning"),
        F("W002", "no smoking in the house or the car, from today"),
        F("T002", "chase Derwhistle Homes re the damp + mould in E's room"),
        F("C003"),
        F("F002", "G feeling more like herself again + back to her old self"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A children's ward safeguarding discharge checklist that doubles as the
#    child protection plan: done items ticked, open items in three parts.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_dunnelholt_paeds_discharge_checklist_harker.pdf",
    "doc_title": "Safeguarding Discharge Checklist and CP Plan - Rosie Harker",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "font_size": 9.5,
    "header": "OFFICIAL-SENSITIVE · Dunnelholt Hospitals NHS FT · Dunnock Ward · Rosie HARKER (hosp no. DG-4471209)",
    "footer": "D/c checklist = CP plan · agreed d/c planning mtg 21/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "paediatric-ward-safeguarding-discharge-checklist-doubling-as-cp-plan-pdf-header-footer-front-box-two-column-table-child-parents-pgm-admission-planned-dc-cp-plan-key-then-done-table-tick-item-who-date-then-rosie-on-the-ward-what-nurses-see-goals-then-open-checklist-table-box-item-who-when-evidence-three-band-rows-before-dc-day-of-dc-after-dc-then-if-then-bullets-meetings-line",
    "description": (
        "Exemplary safeguarding discharge checklist from a children's ward that doubles as the child "
        "protection plan for a 5-month-old girl admitted with faltering growth (5.10kg, below the 0.4th "
        "centile, from the 50th at birth), a flat head and severe nappy rash; on the ward she gained "
        "45g a day on five observed feeds and tests found no medical cause. Her parents are 20 and 23; "
        "the paternal grandmother will stay the first seven nights and have her on Wednesdays. A front "
        "box with a key of initials, done items ticked and dated (not counted), the baby on the ward as "
        "the nurses see her, goals, then open items (box / Item / Who / When / Evidence) in three bands "
        "(before d/c, day of d/c, after d/c) with times such as 'before d/c (by 22/01)', '48h before "
        "d/c', 'D+1, then wkly (Mon) until RCPC', 'nights 1-7 after d/c' and checks such as the feed "
        "chart, weights on the red book chart, the dietetic letter and clinic letters. The contingency "
        "has specific triggers (readmission for observed feeding, same-day visits and strategy "
        "discussions), a fallback for the grandmother, and a legal planning meeting after named "
        "triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Safeguarding Discharge Checklist = Rosie's CP Plan"),
        ("p", "Dunnock Ward (children's), Dunnelholt General Hospital, w/ Dunnelholt Council Children's "
              "Services. This checklist is R's CP plan from the ICPC (19/01/2026) to the RCPC. Agreed at the "
              "d/c planning mtg on Dunnock Ward, 21/01/2026, w/ A + J. ✓ = done (dated, for the record), ☐ = "
              "open. Kept by BC until d/c, then by LT."),
        ("table", {
            "rows": [
                ["Child", "Rosie HARKER (R), dob 14/08/2025 (5 months). Birth wt 3.40kg (50th centile)."],
                ["Parents", "Amber Harker (A), 20, + Josh Weller (J), 23 (warehouse, days). 8 Osier Court, "
                            "Dunnelholt DN5 3RB (2-bed flat, 1st floor). No drug or alcohol use reported; "
                            "no mental health history."],
                ["PGM", "Lynn Weller (Nana Lynn), J's mum, 22 Osier Court"],
                ["Admission", "09/01/2026 via ED: wt 5.10kg (below 0.4th centile), severe nappy rash, flat "
                              "patch back of head; 8 + 12 wk imms + 2 HV contacts missed."],
                ["Planned d/c", "Fri 23/01/2026 home to A + J, if every item in part A is ✓"],
                ["CP plan", "ICPC 19/01/2026, neglect. SW Lauren Tate (LT)."],
                ["Key", "IS Dr Imran Sethi, consultant paediatrician · BC Beth Carter, named nurse "
                        "safeguarding children · NIC nurse in charge, Dunnock Ward · HF Hannah Fox, paeds "
                        "dietitian · LT Lauren Tate, SW, Dunnelholt CSC · MD Mark Dyson, TM (LT's manager) · "
                        "GR Gemma Rook, HV, Dunnelholt 0-19 · PS Priya Shah, FSW, Dunnelholt Family Hub · EDT "
                        "out-of-hours SW · D+1 = day after d/c"],
            ],
            "widths": [2.6, 14.4],
            "bold_first_col": True,
        }),
        ("h2", "Done ✓ (for the record)"),
        ("table", {
            "header": ["", "Item", "Who", "Date"],
            "widths": [0.8, 9.6, 3.8, 2.8],
            "rows": [
                ["✓", "CP medical", "Dr IS", "10/01/2026"],
                ["✓", "Skeletal survey + bloods (all normal; no organic cause for faltering growth)",
                 "Dr IS", "11/01/2026"],
                ["✓", "Strategy discussion (s47 agreed)", "LT, DC Amy Hale, BC", "12/01/2026"],
                ["✓", "8 + 12 wk imms (1st doses) given on the ward", "NIC", "16/01/2026"],
                ["✓", "ICPC: CP plan (neglect)", "Chair, Jane Whitby", "19/01/2026"],
            ],
        }),
        ("h2", "R on Dunnock Ward (what the nurses see, 09/01 → 21/01)"),
        ("p", "Hungry on admission: cried + sucked her fists, took 210ml at her first feed. Now settles after "
              "each feed, smiles + coos at J, follows faces, reaches for her rattle. Lies still on her back "
              "for long spells (flat patch; A says she \"stays in her cot, she's good\"). Calms quickly when "
              "held upright by Nana Lynn. Sleeps 2-3 hrs between day feeds. Wt 5.10 → 5.64kg in 12 days."),
        ("h2", "Goals for R"),
        ("numbers", [
            "R gains wt steadily: above the 2nd centile by her 6-wk OPA (06/03) and on the 9th by the RCPC.",
            "R is fed 5 times a day, on time, every day, by A + J.",
            "R sleeps safely on her back in her own cot and has tummy time every day.",
            "R's imms + health checks are up to date and a professional sees her every week.",
        ]),
        ("h2", "Open items"),
        ("table", {
            "header": ["☐", "Item", "Who", "When", "Evidence"],
            "widths": [0.8, 6.2, 2.8, 2.9, 4.3],
            "rows": [
                ["A. Before d/c", H, H, H, H],
                ["☐", "Written feeding plan w/ A + J: 5 bottles a day (180ml), 2 solid tastes, feed times on "
                 "a chart", "Dietitian (HF)", "before d/c (by 22/01)",
                 "Feeding plan in red book; copy → GR + LT"],
                ["☐", "A + J do every feed + nappy change, nurses watch + help", "NIC, each shift",
                 "48h before d/c (from 21/01)", "Feed chart: 5 feeds a day, 900ml+ taken; obs sheet in R's notes"],
                ["☐", "Home check: cot (no pillows / bumpers), formula + bottles, steriliser, heating on",
                 "SW (LT)", "by 22/01", "Home check form on LCS; anything missing sorted before d/c"],
                ["☐", "Safe sleep, ICON + tummy time talk w/ A + J", "BC", "before d/c",
                 "Safe sleep agreement signed by A + J, in R's notes"],
                ["B. Day of d/c (planned 23/01)", H, H, H, H],
                ["☐", "D/c wt + length", "NIC", "on the day of d/c",
                 "Plotted on red book centile chart + in d/c summary"],
                ["☐", "D/c summary (wts, feeding plan, CP plan) to GP, HV + SW", "Dr IS", "on the day of d/c",
                 "Summary on GP + HV record; copy on LCS"],
                ["C. After d/c (home) → RCPC", H, H, H, H],
                ["☐", "Home visit day after d/c, then wt at home", "HV (GR)", "D+1, then wkly (Mon) until RCPC",
                 "Wt on red book chart → LT same day; gain 150g+ a wk"],
                ["☐", "Home visits, 1 unannounced each wk; R seen awake + undressed", "SW (LT)",
                 "x2/wk for 4 wks from D+2, then wkly until RCPC", "Visit recs on LCS w/in 48h"],
                ["☐", "Feed R 5x a day per the feeding plan + fill in the feed chart", "A + J",
                 "every day from d/c", "Feed chart seen at every HV + SW visit"],
                ["☐", "Stay at the flat; help w/ the late + early feeds + fill in the chart", "Nana Lynn",
                 "nights 1-7 after d/c", "Nana signs the feed chart; GR reads it D+1 + D+7"],
                ["☐", "Have R at hers, following the feeding plan", "Nana Lynn",
                 "every Wed 9am-3pm from 28/01 until RCPC", "Feed chart filled in by Nana; LT reads it at visits"],
                ["☐", "Phone review at D+7, clinic at 4 wks", "Dietitian (HF)", "30/01 (phone); 20/02 (clinic)",
                 "Dietetic letter + updated feeding plan → GR + LT"],
                ["☐", "Paeds outpatient review (OPA): wt, development, head shape", "Dr IS", "06/02 + 06/03",
                 "Clinic letter → GP + LT"],
                ["☐", "Sessions at home on routine + R's feeding cues", "FSW (PS)", "wkly Thu x6 from 29/01",
                 "Session recs + R's routine chart → LT before each CG"],
                ["☐", "16 wk imms (2nd doses) at Dunnelholt Road Surgery", "Practice nurse (Dunnelholt Road "
                 "Surgery)", "12/02", "Imms in red book + GP record; any DNA → LT same day"],
            ],
        }),
        ("h2", "If → then"),
        ("bullets", [
            "R's wt is below her d/c wt, or drops at 2 wkly weighs running → GR rings LT same day; Dr IS "
            "readmits R to Dunnock Ward that day for observed feeding (agreed 21/01); LT holds a strategy "
            "discussion the same day.",
            "Feed chart shows fewer than 4 feeds in a day, or no answer at 2 HV / SW visits running → LT (EDT "
            "o/h) visits same day; police welfare check if R isn't seen by 6pm.",
            "Any bruise or mark on R → same-day CP medical on Dunnock Ward (Dr IS) + strategy discussion.",
            "Nana Lynn can't stay nights 1-7, or can't do a Wed → she or A rings LT that day. Before d/c: R "
            "stays on Dunnock Ward until a reconvened d/c mtg agrees another adult. After d/c: GR visits "
            "every day that week, and on a missed Wed A + R go to PS's Stay & Play at the Family Hub 10-12.",
            "R readmitted for faltering growth, or still below the 2nd centile at the 6-wk OPA (06/03) → MD "
            "(TM) holds a legal planning mtg w/in 5 working days.",
        ]),
        ("p", "Meetings: CG1 Mon 02/02/2026 (10 working days after ICPC), then 4-wkly: 02/03/2026, 30/03/2026, "
              "1.30pm @ Dunnelholt Family Hub. RCPC Tue 14/04/2026, 10am, Dunnelholt Civic Centre. Copies: A, "
              "J, Nana Lynn, GP, HV, FSW, Dunnock Ward safeguarding file."),
    ],
    "findings": [],
})
