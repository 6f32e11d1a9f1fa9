"""Batch 207, module c: seven fictional plans (held-out material), places beginning with "c".

Batch: 207. Letter: c. Split: heldout (every plan).

Everything here is made up: children, families, professionals, police
officers, schools, nurseries, hospitals, wards, pharmacies, services and
councils (Cauldersett, Chittlebourne, Clavenshaw, Cordwainby, Calthwaite,
Cuddingmere, Corpenstall, Crookhallow and the services named after them).
Any resemblance to real people, places or cases is a coincidence. The
labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: practitioners' shorthand again, in other templates and other hands.
Each plan is typed fast by one practitioner in the abbreviations real plans
use, in a template unlike the usual ones: a midwife's pre-birth
safeguarding plan in her own notation, a school DSL's CPOMS-style actions
report, a MARAC action sheet joined to a child protection plan, a core
group chair's "actions only" page, a family support worker's weekly plan
grid, a social worker's text messages to a mother typed into the case
file, and a paediatric ward's discharge checklist that doubles as the
plan. People are initials or single letters once a key or the opening
says who they are ("S = Shannon (Mum)", "MGM = Denise", "KR", "you" in
texts to a named mother, "Me" the social worker who sends them); children
are initials too ("L + A", "J + T", "R", "Sk"). Times are in shorthand
("2/52", "5/7", "x6 from 22/1", "by 34/40", "Mon/Wed/Fri", "before d/c",
"day of d/c", "w/in 4 wks of transfer-in conf", "by CG2 (10/02)"), some
real and some vague ("ASAP", "tbc", "when poss") or missing ("-"); checks
in shorthand ("UDS neg for all but methadone", "wt on centile chart",
"CPOMS", "att. figs to OA every Fri", "MARAC minutes", "feed chart"), some
real, some vague ("Monitor", "discuss @ next CG", "keep an eye on") or
missing. A shorthand owner or time counts when a reader of the plan can
tell who or when; "tbc", "ASAP" and "when poss" alone give no time. Where
a case was borderline the text was rewritten so that it is clearly on one
side.

1. Cauldersett (docx, exemplary): a specialist safeguarding midwife's
   pre-birth safeguarding plan for an unborn baby (the mother on a
   methadone script after two cocaine-positive screens, the father's daily
   cannabis, her 5-year-old son's lateness and hunger, the maternal
   grandmother doing school runs), typed in her own notation: details box,
   a key to initials and notation (x/40, n/52, n/7, d/c, UDS, CO, NAS),
   the baby's world and Tyler's words, outcomes, then a plan table (No. /
   What / Who / When / Check) under banner rows for before the birth, the
   birth and postnatal ward, and after discharge; the drug service reports
   on the mother's progress, the grandmother's help has a fallback, and
   legal planning follows named triggers.
2. Chittlebourne (md): a primary school DSL's CPOMS "actions report" for
   a 10-year-old and a 5-year-old on plans for neglect (lateness, hunger,
   soiling, the father's drinking), with a key of staff initials, the
   children's CPOMS entries, outcomes, and action blocks (Action /
   Assigned / Due / Check / Status). Faults: the class teacher's watch on
   Leo with "Monitor" as its check (M002); the school nursing referral
   "ASAP" (T002); "All staff" keeping the children in school if an adult
   collecting them smells of alcohol (W002); breakfast club places with
   "-" for the check (M001); ELSA sessions with "-" for due (T001); and
   the father's drinking recorded with no adult service owning any action,
   the social worker only passing on a self-referral number (F004).
3. Clavenshaw (pdf, page header and footer): a MARAC action sheet for a
   mother assaulted by her ex-partner, joined to the child protection plan
   of her 8-year-old and 3-year-old (part A the MARAC actions, part B the
   CP-only actions; Ref / Agency / Action / Lead / By / Done when). The
   mother has depression and a CMHT care coordinator. Faults: the IDVA's
   safety plan and non-molestation support "tbc" (T002); the sanctuary
   scheme with "-" for the lead (W001); the care coordinator's weekly
   support visits that only treat the mother (H001); the school's
   check-ins with "discuss @ next CG" as their only check (M002); a
   contingency whose trigger is "risk escalates or any further concerns"
   and whose response is to re-hear the case and review the plan (C002);
   nothing on legal planning (R002); and the review conference "date tbc"
   (R001).
4. Cordwainby (docx): the core group chair's "actions only" page after
   core group 3 for a 9-year-old and a 4-year-old (neglect; the paternal
   grandmother doing school runs and Saturday nights; the family moving
   to Calthwaite): a meeting box whose attendance list is the key to the
   initials, then the actions table (# / Action / Who / When / Check) and
   the contingency in two lines. Faults: no outcome for the children
   anywhere (O001); nothing of the children's wishes, feelings or days
   (F003); the parenting assessment put on hold for Calthwaite to pick up
   after the transfer (X001); the dentist "when poss" (T002); the asthma
   review with "-" for when (T001); "Core group" sharing worries (W002);
   and no fallback if the grandmother cannot help (C003).
5. Cuddingmere (md, exemplary): a family support worker's weekly plan
   grid for a 6-year-old and a 2-year-old (neglect: lateness, head lice,
   bedtimes, speech delay, the maternal grandmother helping on Tuesdays
   and Saturdays): key, why, outcomes, Rio's words and Skye's day, then a
   grid of people down the side and days across (Daily / Mon ... / Sat-Sun)
   whose numbered boxes each say what, with "->" and a check, then
   numbered one-offs, an "if" list with a fallback for the grandmother and
   legal planning after named triggers, and dated meetings.
6. Corpenstall (txt): a case note into which the social worker typed the
   text messages she sent a 22-year-old mother after core group 2 for a
   4-month-old and a 3-year-old (the mother's postnatal depression and
   anxiety): "you" is Stacey, "Me" is the social worker. Faults: six of
   eleven actions are about the mother's own health, support, housing and
   money with no link to the children (F001); the talking therapy's CBT
   that only treats her (H001); the housing bid "when poss" (T002); the
   nursery to "keep an eye on" Jack's talking (M002); the speech and
   language referral with no check (M001); and an outcome about the
   mother only (F002).
7. Crookhallow (pdf, page header and footer, exemplary): a children's
   ward's safeguarding discharge checklist that is also the child
   protection plan for a 7-month-old admitted with faltering growth (the
   mother's postnatal depression, the father on nights, the paternal
   grandmother helping at lunchtimes): tick-box table in three parts
   (before d/c, day of d/c, after d/c) with done items kept and ticked,
   Harvey's observed days on the ward, outcomes, a contingency with weight,
   mood and missed-contact triggers and a fallback for the grandmother,
   and dated meetings; the perinatal mental health service assesses the
   mother's capacity to change and its likely timescale.

Three plans (1, 5 and 7) are exemplary: every action has a named owner
(initials, single letters or roles the plan's key explains), a real
timescale, however clipped, and something that can be seen, counted or
read; every outcome is about the children; each contingency has specific
triggers and concrete protective responses and says what happens if a
relative's help fails; each records the children's words or observed days
(for the unborn baby, his world as the midwife saw it, and his brother's
words), core group dates and a dated review conference, and a legal
planning meeting after named triggers; where a parent uses drugs or is
unwell an adult service owns work, and the perinatal mental health service
is asked for its view of the mother's capacity to change and how long it
will take. The four faulty plans hold 26 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (header and banner rows excepted), each action block of
the CPOMS report, each numbered box of the weekly grid and each numbered
one-off under it, each action line of the text messages and each unticked
item of the discharge checklist counts once, whatever number of clauses it
holds. Keys, details boxes, why-lists, the children's words, outcomes,
contingencies, meeting dates, the MARAC risk summary and checklist items
ticked as done are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A specialist safeguarding midwife's pre-birth safeguarding plan in her
#    own notation, with a key. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_cauldersett_midwife_prebirth_notation_brannigan.docx",
    "doc_title": "Pre-birth Safeguarding Plan (Maternity) - Baby Brannigan (unborn)",
    "split": "heldout",
    "actions": 15,
    "template": "midwife-prebirth-safeguarding-plan-docx-midwifes-own-notation-details-box-key-to-initials-and-notation-table-why-bullets-baby-world-and-siblings-words-parents-words-outcomes-then-plan-table-no-what-who-when-check-with-banner-rows-before-birth-birth-and-pn-ward-after-dc-then-contingency-bullets-meetings",
    "description": (
        "Exemplary pre-birth safeguarding plan, written by the specialist safeguarding midwife in her own "
        "notation after core group 1, for an unborn baby due 18/03/2026: the mother (G2 P1) is on a "
        "methadone script and had two cocaine-positive screens in the autumn, booked late and missed "
        "appointments; the father smokes cannabis daily in the flat; her 5-year-old son is often late, "
        "hungry and without his kit; the maternal grandmother does two school runs and has him on Friday "
        "nights. A key explains the initials (S, L, T, MGM, SMW (RO), CMW (JP), SW (AR), CRP (DM), CRP (SB), "
        "HV (HT), DSL (KC), Paeds (Dr OL), GP (Dr SI)) and the notation (x/40, n/52, n/7, d/c, UDS, CO, NAS). "
        "The baby's world as the midwife saw it, Tyler's words, the parents' words, four outcomes for the "
        "baby and Tyler, then a plan table (No. / What / Who / When / Check) under banner rows, with times "
        "such as '2/52 to 36/40, then wkly to delivery', 'Wkly Thu 5pm x6 from 22/1', 'From birth, 4-hrly, "
        "min 5/7' and checks such as 'UDS neg for all but methadone', 'NAS scores on chart' and 'CPOMS + "
        "att. figs to AR every Fri'. The drug service writes to each core group on the mother's progress; "
        "the contingency has screen, missed-dose and NAS triggers, a fallback for the grandmother's school "
        "runs, and a legal planning meeting after named triggers; core group dates and the review "
        "conference are set."
    ),
    "blocks": [
        ("title", "Pre-birth Safeguarding Plan (Maternity)"),
        ("p", "Cauldersett Maternity Unit, Cauldersett General Hospital - Safeguarding Midwifery Team, with "
              "Cauldersett Borough Council Children's Services. Typed by me (RO, specialist safeguarding "
              "midwife) from my notes of core group 1 on 20/01/2026, in my usual notation: see the key. This is "
              "the unborn baby's child protection plan as agreed at the pre-birth ICPC on 08/01/2026, with the "
              "maternity plan built in."),
        ("table", {
            "rows": [
                ["Mum (S)", "Shannon BRANNIGAN, 24, dob 11/05/2001. G2 P1. EDD 18/03/2026 (31+6 at CG1)."],
                ["Baby", "Unborn, boy (20/40 scan); S + L plan to call him Alfie"],
                ["Dad (L)", "Liam HESKETH, 27, lives with S"],
                ["T", "Tyler BRANNIGAN, 5, S's son (his dad not involved). Reception, Caulders Lane Primary"],
                ["Address", "Flat 4, 19 Chandry Street, Cauldersett CD2 8NW"],
                ["Category", "Neglect (pre-birth plan; T on a CP plan, same category)"],
                ["ICPC", "08/01/2026 (chair: Mrs Patience Amadi)"],
                ["CG", "4-wkly, Tue 2pm, Caulders Lane Children's Centre: CG2 17/02/2026, CG3 17/03/2026; "
                       "plus a post-birth CG within 5 working days of d/c"],
                ["RCPC", "Wed 08/04/2026, 10am, Cauldersett Civic Offices"],
            ],
            "widths": [3.0, 14.0],
            "bold_first_col": True,
        }),
        ("h1", "Key (my notation)"),
        ("table", {
            "header": ["Short", "Who / what it means"],
            "widths": [3.5, 13.5],
            "rows": [
                ["S / L / T", "Shannon (Mum) / Liam (Dad) / Tyler (S's son, 5)"],
                ["MGM", "Maternal grandmother, Denise Brannigan, 7 Colliers Walk (5 mins' walk)"],
                ["SMW (RO)", "Me: Rachel Ogunleye, specialist safeguarding midwife"],
                ["CMW (JP)", "Jo Pennock, community midwife, Cauldersett North team"],
                ["SW (AR)", "Anita Raikes, social worker, Cauldersett CSC Assessment and Intervention Team 3; "
                            "her TM is Graham Foulds (GF)"],
                ["CRP (DM)", "Dev Maddox, recovery keyworker for S, Cauldersett Recovery Partnership (drug and "
                             "alcohol service)"],
                ["CRP (SB)", "Sam Bright, CRP young adults worker, for L"],
                ["HV (HT)", "Hollie Tranter, health visitor, Cauldersett 0-19 team"],
                ["DSL (KC)", "Mrs Karen Coutts, DSL, Caulders Lane Primary (T's school)"],
                ["Paeds (Dr OL)", "Dr Owen Lascelles, consultant paediatrician, neonatal team, Cauldersett "
                                  "General"],
                ["GP (Dr SI)", "Dr Sana Iqbal, Chandry Street Surgery (S, L and T)"],
                ["x/40", "weeks pregnant (34/40 = 34 weeks = 04/02/2026; 36/40 = 18/02/2026)"],
                ["n/52, n/7", "every n weeks (2/52 = fortnightly); n days (5/7 = five days)"],
                ["d/c, PN, NBV", "discharge from hospital; postnatal; HV new birth visit"],
                ["UDS, CO, NAS", "urine drug screen; carbon monoxide breath test; neonatal abstinence "
                                 "syndrome (withdrawal in the baby)"],
                ["CMR, LCS, CPOMS", "Cauldersett maternity record; council's case record; school's "
                                    "safeguarding record"],
            ],
        }),
        ("h1", "Why (ICPC 08/01)"),
        ("bullets", [
            "S on methadone via CRP since 2022 (60ml daily, supervised), heroin use stopped 2022. UDS + for "
            "cocaine 14/10 + 25/11/2025 (S: \"a one-off at a party, then another one-off\").",
            "L smokes cannabis every day, in the flat. Smell of cannabis at my home visit on 15/01.",
            "Booked late (19/40); missed 3 of 6 AN appts before Dec. None missed since ICPC.",
            "T late 14 times in the autumn term, head lice, no PE kit; told his teacher \"Mummy sleeps in the "
            "day\".",
            "Risks for baby: NAS after birth; unsafe sleep with two smokers; T's care already slipping.",
        ]),
        ("h1", "Baby's world + what T says"),
        ("p", "Baby (scan + my visits): 30/40 growth scan 07/01 - growing on the 50th centile, moving well, "
              "S feels him kick \"all night\". S smokes 5 a day (CO 14 ppm at 30/40, was 22 at booking). The "
              "flat is warm; MGM has bought a cot, still in its box in the hall. The plan is a Moses basket by "
              "S + L's bed. Ashtray and grinder on the living room table at my visit on 15/01."),
        ("p", "T (seen on his own by AR at school, 14/01, building Lego): \"The baby's going to sleep in my old "
              "basket.\" \"Liam's smoke smells like skunk. I don't like it, it gets in my jumper.\" \"Nana "
              "Denise does my packed lunch on Tuesdays, it's the best one.\" Asked what would make home "
              "better: \"Mummy not tired and we go to the park.\""),
        ("p", "S at CG1: \"I know what happened with the party. I want this baby home with me and I'll do every "
              "test you want.\" L: \"I'll smoke outside. I'm not losing my son over a spliff.\""),
        ("h1", "What needs to be better for baby + T (outcomes)"),
        ("numbers", [
            "Baby is born to parents using nothing but S's prescribed methadone, and a sober adult cares for "
            "him every day and night.",
            "Baby's NAS is picked up and treated on the ward; he goes home only when his scores are settled "
            "and he is feeding well.",
            "Baby sleeps on his back, in his own cot or basket, in a smoke-free room (no sharing a bed or "
            "sofa).",
            "T gets to school on time, fed, clean and with his kit, and tells us home is calmer.",
        ]),
        ("h1", "Plan (no. - what - who - when - check)"),
        ("p", "Who = the key above. When = my notation. Check = what someone will see, count or read."),
        ("table", {
            "header": ["No.", "What", "Who", "When", "Check"],
            "widths": [1.0, 5.6, 2.6, 3.6, 4.2],
            "rows": [
                ["Before the birth", H, H, H, H],
                ["1", "AN appts incl. UDS (expect methadone only) + CO test each time; growth scan at 34/40",
                 "CMW (JP)", "2/52 to 36/40, then wkly to delivery; scan w/c 02/02",
                 "UDS + CO results on CMR, texted to AR same day; appts kept listed for each CG"],
                ["2", "Keywork w/ S: methadone reduction (60 -> 45ml by 38/40 if stable); supervised "
                      "doses at Colliers Pharmacy",
                 "CRP (DM)", "Wkly, Tue 11am; dose review 2/52",
                 "UDS neg for all but methadone; pharmacy log (no missed doses); DM's written update to each "
                 "CG on S's progress + what still has to change"],
                ["3", "6 cannabis sessions w/ L; goal: none in the flat, stopped before the birth",
                 "CRP (SB)", "Wkly Thu 5pm x6 from 22/1",
                 "Att. + L's UDS (THC) to AR every Fri; THC neg by 36/40"],
                ["4", "Pre-birth parenting assessment of S + L, incl. how T's day is managed",
                 "SW (AR)", "Report by 34/40 (04/02)",
                 "Report on LCS, copies to S, L + each CG member by 04/02; discussed at CG2"],
                ["5", "Safeguarding alert on CMR + birth plan (NAS obs, no early d/c); discharge planning "
                      "mtg (DPM)",
                 "SMW (RO)", "Alert by 23/01; DPM at 36/40 (Wed 18/02)",
                 "Alert ref. sent to AR; DPM notes to all within 2 working days"],
                ["6", "AN home contact: safe sleep, smoking outdoors only, cot up and made",
                 "HV (HT)", "By 32/40 (booked Wed 21/01)",
                 "Cot seen set up + smoke-free home pledge signed by S + L; HV record copied to AR"],
                ["7", "Home visits: see T alone; see the baby's space; check food in",
                 "SW (AR)", "Wkly to RCPC; 1 in 3 unannounced",
                 "Visit recs on LCS w/in 48h, incl. T's own words"],
                ["8", "Check in w/ T at the gate; breakfast club if not fed; lates + kit",
                 "DSL (KC)", "Every school day, 8.40",
                 "CPOMS + att./lates figs to AR every Fri; 1 late a wk or fewer by RCPC"],
                ["9", "T to school + his packed lunch Tue + Thu; T sleeps at hers Fri night",
                 "MGM", "Every Tue + Thu am; Fri nights",
                 "School sign-in sheet; MGM texts AR every Sat am"],
                ["10", "Take only the prescribed methadone; no other drugs or alcohol; UDS when asked",
                 "S (Mum)", "Daily",
                 "UDS results (line 2) + Colliers Pharmacy supervised-dose log, read by AR at visits"],
                ["11", "Smoke outside only, away from the door; no cannabis in the flat or the car",
                 "L (Dad)", "Every day from 20/01",
                 "No smell or kit seen at any visit (RO/AR/HT note it); L's UDS (line 3)"],
                ["12", "NRT prescribed for S + L; CO recheck for S",
                 "GP (Dr SI)", "Appt by 30/01; CO recheck by 27/02",
                 "Prescription + CO reading on GP record, copied to CMW"],
                ["Birth + PN ward", H, H, H, H],
                ["13", "Baby on the PN ward w/ S for NAS scoring; d/c home only when agreed at the DPM",
                 "Paeds (Dr OL)", "From birth, 4-hrly, min 5/7",
                 "NAS scores on chart; d/c when 3 scores in a row under 8 + feeding well, noted in d/c "
                 "summary"],
                ["14", "Visit S + baby on the PN ward; see a feed + a nappy change",
                 "SW (AR)", "Day 1 after birth, then every 2nd day until d/c",
                 "Visit rec on LCS; ward's notes of S + L's feeding + handling copied to AR"],
                ["After d/c", H, H, H, H],
                ["15", "NBV, then HV contacts: weigh baby, see where he sleeps, go through feeds w/ S + L",
                 "HV (HT)", "NBV day 10-14 after birth, then wkly to RCPC",
                 "Wt on centile chart in red book; sleep space seen + noted; HV record copied to AR"],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("bullets", [
            "UDS + for anything but methadone, S misses 2 supervised doses in a row, or L is found using in "
            "the flat: DM, JP or HT tells AR the same day; AR holds a strategy discussion w/ police + RO "
            "the same day, and S + L sign a written safety plan within 24h.",
            "If that happens after 36/40 or once baby is born, baby does not go home to Chandry Street. S "
            "and baby go to MGM's (7 Colliers Walk) with MGM there day and night, agreed by AR that day; if "
            "MGM can't, AR (or EDT) finds a parent-and-baby foster placement before d/c.",
            "If MGM can't do a Tue or Thu school run, she texts AR + KC by 7.30am and S takes T; KC checks "
            "he is in by 9am. If MGM can't have T on a Friday night, AR rings S on the Saturday morning and "
            "visits that weekend.",
            "Baby's NAS scores of 8 or more 3 times in a row: Paeds start treatment on the neonatal unit, "
            "and AR visits baby there every day until d/c.",
            "Any UDS + (not methadone) after 34/40, or S or L not taking part in the line 4 assessment by "
            "04/02: GF (TM) requests a legal planning meeting within 5 working days (PLO pre-birth).",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "CG every 4 wks, Tue 2pm, Caulders Lane Children's Centre: CG2 17/02/2026, CG3 17/03/2026; a "
            "post-birth CG within 5 working days of d/c.",
            "RCPC: Wed 08/04/2026, 10am, Cauldersett Civic Offices.",
        ]),
        ("p", "Copies: S, L, MGM (S agreed), AR, JP, DM, SB, HT, KC, Dr OL, Dr SI - RO, 21/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A primary school DSL's CPOMS "actions report" for two children on
#    plans for neglect. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_chittlebourne_dsl_cpoms_actions_report_hartigan.md",
    "split": "heldout",
    "actions": 13,
    "template": "school-dsl-cpoms-style-actions-report-md-export-header-students-filter-plan-line-dsl-note-key-of-staff-initials-table-why-bullets-childrens-cpoms-entries-outcomes-then-action-blocks-act-number-action-assigned-due-check-status-then-if-contingency-bullets-meetings",
    "description": (
        "A primary school DSL's CPOMS-style 'actions report', the school's part of the child protection "
        "plans of a 10-year-old boy and a 5-year-old girl (neglect: 31 lates in a term, hunger, the girl "
        "soiling, no uniform or kit); their father drinks a bottle of vodka most nights and twice smelt "
        "of alcohol at pick-up. An export header, a key of staff initials (KR, JF, LD, AP, IB, SN, FG, "
        "OA), the children's own CPOMS entries, four outcomes for them, then action blocks (ACT number / "
        "Action / Assigned / Due / Check / Status) in clipped shorthand ('every school day, 8.40', 'att. + "
        "lates figs to OA every Fri'). Faults: the class teacher's watch on Leo checked only by "
        "'Monitor'; the school nursing referral due 'ASAP'; 'All staff' keeping the children in school "
        "if an adult collecting them smells of alcohol; breakfast club places with '-' for the check; "
        "ELSA sessions with '-' for due; and the father's drinking with no adult service owning any "
        "action (the social worker only passes on the alcohol service's self-referral details)."
    ),
    "text": """\
# CPOMS - Actions report

**Chittlebourne Fields Primary School** - exported 21/01/2026 09:14 by K. Roper (DSL)
**Students:** Leo HARTIGAN (Y5, class 5LD) - Ava HARTIGAN (Reception, class RAP)
**Filter:** Category = Child Protection > CP plan - Status = Open - linked students: both
**Plan:** CP plans (Chittlebourne Council Children's Services), category neglect, from ICPC 08/01/2026

> DSL note (KR): this is the school's part of L + A's CP plans as agreed at CG1 (Tue 20/01/2026). OA
> holds the full plan. Staff and agencies go by their CPOMS initials - key below.

## Key

| Initials | Who |
|---|---|
| KR | Mrs Kate Roper, DSL |
| JF | Mr Jamie Fogg, deputy DSL |
| LD | Miss Leah Dunmore, Y5 class teacher (L's) |
| AP | Mrs Alison Pratt, Reception teacher (A's) |
| IB | Mr Ian Bell, attendance officer |
| SN | Mrs Sophie Nolan, ELSA (emotional literacy support assistant) |
| FG | Faye Goddard, school nurse, Chittlebourne School Nursing Team |
| OA | Ola Adebayo, SW, Chittlebourne Council Children's Services (TM: Neil Carver, NC) |
| JH / CH | Jodie Hartigan (Mum) / Craig Hartigan (Dad) |
| L / A | Leo (10) / Ava (5) |

## Why (ICPC 08/01)

- L + A late 31 times Sept-Dec; att. L 86%, A 88%.
- Both hungry on arrival: L taking food from other children's lunch boxes, A eats 3 slices of toast at snack.
- A soiling most days since Oct, sent in with no spare clothes. L in the same uniform all week, no PE kit since Oct.
- CH smelt of alcohol at pick-up on 03/12/2025 (JF) and 12/01/2026 (AP). JH told OA that CH drinks "a bottle of vodka most nights" since he lost his job in Sept, and sleeps till noon.
- JH works early shifts (6am-2pm, Tue-Thu) at Chittlebourne Court care home, so CH does the school run on those days.

## L + A - their words (CPOMS entries)

- 15/01, KR with L on his own in the nurture room: "Dad's always asleep in the morning so I do Ava's cereal if there's milk." "I get told off for being late but it's not my fault." "School dinners are the best bit." Scaled 6/10 for safe at home, 9/10 at school.
- 16/01, AP: A told AP while being changed, "Daddy shouted 'cos I had an accident." At choosing time she drew her family with Daddy "on the sofa, sleeping".

## What we want for L + A (ICPC outcomes)

1. L + A get to school on time every day (att. 95%+), fed and in clean uniform.
2. L + A are cared for by a sober adult on every school run, morning and afternoon.
3. A is clean and dry at school, has spare clothes, and gets help with her soiling.
4. L worries less about home and tells an adult at school when he does.

## Open actions

### ACT-2281 - L + A - CP plan
**Action:** Meet + greet L and A at the gate; check breakfast + uniform, send to breakfast club if not eaten
**Assigned:** KR
**Due:** every school day, 8.40
**Check:** CPOMS entry each day (breakfast Y/N, uniform Y/N); weekly summary to OA every Fri
**Status:** Open

### ACT-2282 - L + A - Attendance
**Action:** First-day call to JH if L or A not in by 9.15; ring OA if no answer by 10
**Assigned:** IB
**Due:** every school day
**Check:** att. + lates figs to OA every Fri; 95%+ by RCPC
**Status:** Open

### ACT-2283 - L - CP plan
**Action:** Watch L at lunch + in class for hunger, tiredness and worry
**Assigned:** LD
**Due:** daily
**Check:** Monitor
**Status:** Open

### ACT-2284 - A - Health
**Action:** Referral to school nursing for A's soiling; toileting plan with FG
**Assigned:** KR
**Due:** ASAP
**Check:** referral + acceptance on CPOMS; copy of toileting plan to AP
**Status:** Open

### ACT-2285 - L + A - CP plan
**Action:** If any adult collecting L or A smells of alcohol or seems drunk: keep the children in school, ring KR + OA (999 if needed)
**Assigned:** All staff
**Due:** every pick-up
**Check:** incident + calls logged on CPOMS same day
**Status:** Open

### ACT-2286 - L + A - Attendance
**Action:** Breakfast club places for L + A, fees waived (PP)
**Assigned:** IB
**Due:** from Mon 26/01, every school day
**Check:** -
**Status:** Open

### ACT-2287 - L - Wellbeing
**Action:** ELSA sessions with L about his worries at home + school, using a worry box
**Assigned:** SN
**Due:** -
**Check:** ELSA session notes + L's own 0-10 scaling logged on CPOMS after each session
**Status:** Open

### ACT-2288 - L + A - CP plan
**Action:** Full uniform, PE kit + a spare clothes bag for A from the uniform bank
**Assigned:** KR
**Due:** by 30/01
**Check:** L + A seen in full uniform + kit by LD/AP, noted on CPOMS; A's spare bag on her peg
**Status:** Open

### ACT-2289 - L + A - Health
**Action:** Health check for L + A: height, weight, head lice + dental
**Assigned:** FG
**Due:** by 13/02
**Check:** health check letter to KR + OA; heights/weights plotted on centile charts
**Status:** Open

### ACT-2290 - L + A - CP plan (SW)
**Action:** Home visits; see L + A alone (every other visit at school, in the nurture room)
**Assigned:** OA
**Due:** wkly until RCPC
**Check:** visit notes on LCS w/in 48 hrs; school visits logged by KR on CPOMS
**Status:** Open

### ACT-2291 - L + A - CP plan (SW)
**Action:** Talk to CH about his drinking and what it means for L + A; give him the Chittlebourne Alcohol Service self-referral details
**Assigned:** OA
**Due:** by CG2 (10/02)
**Check:** what CH said recorded in OA's visit note
**Status:** Open

### ACT-2292 - L + A - Attendance (parent)
**Action:** Bring L + A to school by 8.40 on her days off (Mon + Fri); lay out uniform + bags every night
**Assigned:** JH
**Due:** Mon + Fri; every night
**Check:** lates figs (IB) show 0 lates on Mon + Fri
**Status:** Open

### ACT-2293 - A - Health
**Action:** Dry check for A at 10.30 + after lunch; change her from the spare bag and log it
**Assigned:** AP
**Due:** twice daily, 10.30 + 1.15
**Check:** changes logged on CPOMS; count per week to OA every Fri
**Status:** Open

## If ... (school's part of the CP plan's contingency)

- If an adult collecting L or A is drunk: L + A stay in school; KR rings OA (EDT after 5pm) and 999 if CH tries to take them. L + A go to their aunt, Becky Hartigan (13 Fenwick Road, agreed at the ICPC), for the night; if Becky can't, OA or EDT arrange an emergency foster placement.
- If L or A are not in and there is no contact by 10am, OA (or the duty SW) visits home that morning.
- If CH is drunk at a pick-up again, or L's or A's att. is below 90% by CG3 (03/03), NC (TM) will request a legal planning meeting within 5 working days.

## Meetings

- CG every 3 wks, Tue 3.30pm at school: CG2 10/02/2026, CG3 03/03/2026, CG4 24/03/2026.
- RCPC: Wed 08/04/2026, 10am, Chittlebourne Town Hall.

Report printed for CG papers - KR.
""",
    "findings": [
        F("M002", "Watch L at lunch + in class for hunger, tiredness"),
        F("T002", "Referral to school nursing for A's soiling"),
        F("W002", "any adult collecting L or A smells of alcohol"),
        F("M001", "Breakfast club places for L + A, fees waived"),
        F("T001", "ELSA sessions with L about his worries at home"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A MARAC action sheet joined to the children's child protection plan:
#    part A the MARAC's actions, part B the CP-only actions. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_clavenshaw_marac_action_sheet_cp_link_fairbrother.pdf",
    "doc_title": "MARAC Action Sheet joined to CP plan - Fairbrother / Kettle (case 6, 22/01/2026)",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE - Clavenshaw MARAC - case 6 - Fairbrother / Kettle",
    "footer": "MARAC 22/01/2026 - action sheet + CP plan actions - Page {PAGE} of {NUMPAGES}",
    "template": "marac-action-sheet-joined-to-cp-plan-pdf-landscape-paged-header-footer-case-details-table-key-of-initials-table-risk-summary-bullets-voices-outcomes-then-part-a-marac-actions-and-part-b-cp-only-actions-tables-ref-agency-action-lead-by-done-when-then-contingency-paragraph-meetings",
    "description": (
        "A MARAC action sheet for a 29-year-old mother strangled by her ex-partner (the father of her "
        "3-year-old) with her 8-year-old son hiding in the wardrobe and ringing 999, joined to the "
        "children's child protection plan: the MARAC's own actions in part A and the CP-only actions in "
        "part B, both as Ref / Agency / Action / Lead / By / Done when, in the meeting's shorthand (DC HB, "
        "PS (IDVA), WP (CMHT CC), 'x2/wk until bail return 12/02', 'MARAC minutes on CSC file'). The "
        "mother has depression and a CMHT care coordinator. Faults: the IDVA's safety plan and court "
        "order support 'tbc'; the sanctuary scheme with '-' for its lead; the care coordinator's weekly "
        "support visits that only treat the mother; the DSL's check-ins with Kai checked only by "
        "'discuss @ next CG'; a contingency whose trigger is 'risk escalates or any further concerns' and "
        "whose response is to re-hear the case and review the plan; no legal planning anywhere; and the "
        "review conference 'date tbc'. Page header and footer on every page."
    ),
    "blocks": [
        ("title", "MARAC Action Sheet (joined to CP plan)"),
        ("p", "Clavenshaw Multi-Agency Risk Assessment Conference, Thu 22/01/2026, case 6 of 11. Chair: DI "
              "Sarah Whitlow, Clavenshaw Police Public Protection Unit. K + L have been on CP plans since the "
              "ICPC on 12/01/2026, so the MARAC chair and the CP chair (Marcus Obi) agreed on 20/01 that the "
              "MARAC's actions (part A) are also part of their CP plan. CP-only actions are in part B. "
              "Shorthand and initials as used in the meeting: see the key."),
        ("table", {
            "rows": [
                ["Victim (V)", "Nicole FAIRBROTHER (NF), 29, 14 Kestrel Close, Clavenshaw CV4 2PA"],
                ["Children", "Kai FAIRBROTHER (K), 8, Y3, Clavenshaw St Anne's Primary; Lila KETTLE (L), 3, "
                             "Clavenshaw Road Nursery"],
                ["Perpetrator (P)", "Ryan KETTLE (RK), 32, L's dad, NF's ex-partner (separated 10/2025). "
                                    "Charged ABH + criminal damage 04/01/2026; police bail to 12/02/2026: no "
                                    "contact w/ NF or K, not to enter Kestrel Close"],
                ["Referred by", "DC Hayley Burgess, 05/01/2026; DASH 19/24 (high risk)"],
                ["CP plan", "K + L, emotional abuse, ICPC 12/01/2026 (chair: Marcus Obi)"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Key"),
        ("table", {
            "header": ["Initials", "Name", "Agency / role"],
            "widths": [3.0, 6.0, 16.7],
            "rows": [
                ["DI SW", "DI Sarah Whitlow", "MARAC chair, Clavenshaw Police PPU"],
                ["DC HB", "DC Hayley Burgess", "Clavenshaw Police DA Investigation Unit"],
                ["PS", "Priya Sandhu", "IDVA, Clavenshaw IDVA Service"],
                ["TA", "Tom Askew", "SW, Clavenshaw CSC Family Safeguarding Team (TM: Jenny Coyle, JC)"],
                ["WP", "Wendy Park", "NF's care coordinator (CMHT CC), Clavenshaw Community Mental Health Team"],
                ["LC", "Leanne Cole", "HV, Clavenshaw 0-19 Team"],
                ["RT", "Mr Rob Tait", "DSL, Clavenshaw St Anne's Primary"],
                ["SP", "Sue Platt", "Manager, Clavenshaw Road Nursery"],
                ["BH", "Beth Hale", "Children's worker, Clavenshaw Women's Aid (CWA)"],
                ["GN", "Gary Nunn", "Housing officer, Clavenshaw Homes (at MARAC for housing)"],
                ["JR", "Jill Ramsay", "MARAC coordinator"],
            ],
        }),
        ("h1", "Risk summary (read out at MARAC)"),
        ("bullets", [
            "03/01/2026, 23:40: RK came to the house after an argument by text, grabbed NF by the throat in "
            "the kitchen and smashed the TV. K hid in NF's wardrobe with L and rang 999.",
            "4 police call-outs since 2023 (shouting, 1 push). NF says RK \"checks my phone and my bank\".",
            "Strangulation, recent separation, rising frequency, threat to kill by text on 06/01 (\"if I "
            "can't have you no one will\"). RK has a conviction for common assault on a previous partner "
            "(2019).",
            "NF has depression since L was born, on sertraline, under the CMHT since 2024 (WP). She says she "
            "is \"barely sleeping\" since 03/01.",
        ]),
        ("h1", "What NF and the children say"),
        ("p", "NF (to PS, 19/01): \"I want him to leave us alone. Lila still asks for her daddy and I don't know "
              "what to tell her.\""),
        ("p", "K (seen on his own by TA at school, 16/01): \"I hid in Mummy's wardrobe with Lila and rang 999. I "
              "was the brave one.\" \"I don't want Ryan to come back. But Lila cries for him.\" \"I sleep with "
              "my light on now.\" K scored 4 out of 10 for safe at home, \"10 when the door's locked\"."),
        ("p", "L (3; SP's nursery notes, 13/01 to 20/01): plays \"shouty daddy\" with the dolls; startles and "
              "covers her ears at loud noises; clings to NF at drop-off and settles with her key worker "
              "within ten minutes."),
        ("h1", "What we want for K + L (CP plan outcomes, ICPC 12/01)"),
        ("numbers", [
            "K + L live free from RK's violence and threats, at home, at school and at nursery.",
            "K + L feel safe at home: they sleep in their own beds and K stops checking the locks at night.",
            "K knows who to tell and how to get help if he is scared, and has a safety plan he understands.",
            "L's play and sleep settle by the RCPC (no \"shouty daddy\" play, sleeping through most nights).",
        ]),
        ("h1", "Part A - MARAC actions"),
        ("table", {
            "header": ["Ref", "Agency", "Action", "Lead", "By", "Done when"],
            "widths": [1.3, 2.6, 8.6, 3.4, 4.0, 5.8],
            "rows": [
                ["A1", "Police",
                 "Flag 14 Kestrel Close as a high-risk DA address (urgent response marker)",
                 "DC HB", "by 26/01",
                 "Marker ref. no. emailed to JR + TA"],
                ["A2", "Police",
                 "Doorstep bail checks at RK's address; follow up any contact w/ NF or K",
                 "DC HB", "x2/wk until bail return 12/02",
                 "Check log + any breach emailed to TA same day"],
                ["A3", "IDVA",
                 "Safety plan with NF, incl. a Clare's Law disclosure, and support to apply for a court "
                 "order (NMO)",
                 "PS (IDVA)", "tbc",
                 "Signed safety plan copy to TA; NMO application seen by TA"],
                ["A4", "Housing",
                 "Sanctuary scheme: new locks, window restrictors + video doorbell at 14 Kestrel Close",
                 "-", "by 06/02",
                 "Works order no. + completion sheet to JR"],
                ["A5", "CMHT",
                 "Wkly support visits to NF for low mood, anxiety + her sertraline",
                 "WP (CMHT CC)", "wkly, Wed",
                 "Visit dates sent to TA monthly"],
                ["A6", "Education",
                 "Check-ins with K at the start + end of the school day",
                 "RT (DSL)", "Mon + Fri, 8.50 + 3.10",
                 "discuss @ next CG"],
                ["A7", "Health",
                 "HV home contacts w/ NF + L when RK not there; routine DA enquiry w/ NF alone",
                 "LC (HV)", "2/52 from 27/01",
                 "HV record (L seen, NF asked alone); summary to TA after each"],
                ["A8", "CWA",
                 "Children's DA recovery group for K (Calm Kids, 10 wks)",
                 "BH (CWA)", "Tue 4pm x10 from 03/02",
                 "Attendance + end-of-group feedback with K's own scaling, to TA"],
                ["A9", "MARAC",
                 "Share MARAC minutes + action updates w/ the CP chair + TA",
                 "JR (MARAC coord.)", "w/in 2 working days of each MARAC",
                 "MARAC minutes on CSC file (LCS)"],
            ],
        }),
        ("h1", "Part B - CP plan actions (not MARAC)"),
        ("table", {
            "header": ["Ref", "Agency", "Action", "Lead", "By", "Done when"],
            "widths": [1.3, 2.6, 8.6, 3.4, 4.0, 5.8],
            "rows": [
                ["B1", "CSC",
                 "Home visits; K + L seen, K on his own",
                 "TA (SW)", "wkly until RCPC",
                 "Visit notes on LCS w/in 48h, incl. K's words"],
                ["B2", "CSC",
                 "Direct work w/ K: his worries + his own safety plan (who to tell, how to ring 999)",
                 "TA (SW)", "4 sessions by 27/02",
                 "K's safety plan card, copy on file; K can say it back at B1 visits"],
                ["B3", "CWA",
                 "NF to do Courage, CWA's 12-wk recovery programme for women after DA",
                 "NF", "Thu 10am x12 from 29/01",
                 "CWA attendance sheet to TA monthly"],
                ["B4", "Nursery",
                 "L's attendance + drop-off/pick-up obs, incl. who collects",
                 "SP (nursery)", "every session, Mon-Thu",
                 "Att. + obs sheet to TA every Fri"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If risk escalates or there are any further concerns about K and L's safety, NF's case will be "
              "re-heard at the next MARAC and the core group will meet to review the plan."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 wks, Thu 1.30pm, Clavenshaw Family Hub: CG1 29/01/2026, CG2 26/02/2026, CG3 "
            "26/03/2026.",
            "MARAC: re-heard on any repeat incident (JR to list).",
            "RCPC: date tbc (Clavenshaw conference team).",
        ]),
        ("p", "MARAC information is shared for safeguarding only and is not to be given to the family. "
              "Sheet typed by JR, 23/01/2026; sent to TA for the CP file."),
    ],
    "findings": [
        F("T002", "and support to apply for a court order"),
        F("W001", "Sanctuary scheme: new locks, window restrictors + video doorbell"),
        F("H001", "Wkly support visits to NF for low mood, anxiety"),
        F("M002", "with K at the start + end of the school day"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. The core group chair's "actions only" page after core group 3; the
#    attendance list is the key to the initials. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_cordwainby_cg_chair_actions_only_page_pryor.docx",
    "doc_title": "Core Group 3 - Actions only - Jayden and Tia Pryor",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-chairs-actions-only-page-docx-meeting-box-table-with-attendance-as-key-to-initials-then-actions-table-hash-action-who-when-check-then-contingency-in-two-lines-no-outcomes-no-childs-voice",
    "description": (
        "The core group chair's 'actions only' page after the third core group for a 9-year-old boy and a "
        "4-year-old girl on plans for neglect (dog mess and rubbish in the house, hunger, head lice, "
        "missed asthma and dental care); the paternal grandmother does three school runs and has them "
        "every Saturday night, and the family move to a tenancy in Calthwaite in February. A meeting box "
        "whose attendance list is the key to the initials (MH, KP, NP, DS, LT, RF, KB), then the actions "
        "table (# / Action / Who / When / Check) in the chair's shorthand ('Tue + Thu 4-7pm, x6 wks from "
        "27/01', 'wkly until transfer-in conf', 'att. + arrival obs sheet to MH every Fri') and a "
        "two-line contingency. Faults: no outcome for the children anywhere; nothing of their wishes, "
        "feelings or days; the parenting assessment put on hold for Calthwaite to pick up after the "
        "move; the dentist 'when poss'; the asthma review with '-' for when; 'Core group' sharing "
        "worries; and a contingency that says nothing of the grandmother's help failing."
    ),
    "blocks": [
        ("title", "Core Group 3 - Actions only"),
        ("p", "Cordwainby Council Children's Services. Actions only, kept by the chair; the full minutes are on "
              "LCS. Initials as in the 'Present' line."),
        ("table", {
            "rows": [
                ["Children", "Jayden PRYOR (J), 9, Y4 Cordwainby Juniors; Tia PRYOR (T), 4, Cordwainby Nursery "
                             "School (mornings). Both staying at their schools until Easter."],
                ["Plan", "CP plans, neglect, since ICPC 25/11/2025"],
                ["Home", "14 Tanner Row, Cordwainby CW3 1LS; KP + J + T move to a Calthwaite Council tenancy "
                         "w/c 09/02/2026 (see 13)"],
                ["This CG", "CG3, Wed 21/01/2026, 10am, Cordwainby Family Centre"],
                ["Present", "MH - Maxine Hollis, SW + chair (TM: Phil Greaves, PG); KP - Kirsty Pryor, Mum; "
                            "NP - Norma Pryor, PGM; DS - Dawn Shaw, DSL, Cordwainby Juniors; LT - Lucy Tang, "
                            "Cordwainby Nursery School; RF - Ravi Faulkner, FSW, Cordwainby Family Centre; "
                            "KB - Kelly Bates, HV"],
                ["Apols", "Asthma nurse, Cordwainby Health Centre (report sent)"],
                ["Next CG", "CG4 Wed 18/02/2026, 10am, Cordwainby Family Centre; then 4-wkly (CG5 "
                            "18/03/2026) until the transfer-in conf"],
                ["RCPC", "Tue 24/02/2026, 2pm, Cordwainby Town Hall"],
            ],
            "widths": [3.0, 14.0],
            "bold_first_col": True,
        }),
        ("h1", "Actions agreed @ CG3"),
        ("table", {
            "header": ["#", "Action", "Who", "When", "Check"],
            "widths": [0.8, 6.2, 2.8, 3.4, 3.8],
            "rows": [
                ["1", "Home visits, J + T seen; J seen alone every other visit",
                 "MH", "Wkly until transfer-in conf",
                 "Visit recs on LCS w/in 48h"],
                ["2", "PAMS parenting assessment of KP, on hold; to be picked up by Calthwaite after the move",
                 "Calthwaite CSC (new SW)", "W/in 4 wks of transfer-in conf",
                 "PAMS report to CG"],
                ["3", "T's attendance; note hunger, nappy + clothes on arrival",
                 "LT", "Every session, Mon-Fri am",
                 "Att. + arrival obs sheet to MH every Fri"],
                ["4", "Check in w/ J at the gate: breakfast, clean uniform, PE kit",
                 "DS", "Every school day, 8.45",
                 "CPOMS; att. figs to MH every Fri"],
                ["5", "Register J + T w/ a dentist + book check-ups",
                 "KP", "When poss",
                 "Appt cards seen by RF"],
                ["6", "Routine sessions at home: tea, bath, T in bed by 7.30",
                 "RF", "Tue + Thu 4-7pm, x6 wks from 27/01",
                 "Routine chart signed each session; bedtime log"],
                ["7", "School run + tea at NP's house",
                 "NP", "Mon/Wed/Fri",
                 "School + nursery sign-in sheets; NP texts MH Fri"],
                ["8", "J + T stay at NP's Sat night; NP does baths + nit comb",
                 "NP", "Every Sat night",
                 "Nit comb log on NP's sheet, seen by RF Mon"],
                ["9", "Clear dog mess + rubbish daily; bins out Tue night",
                 "KP", "Daily; bins every Tue",
                 "Home conditions checklist (RF) 4/5+ each visit"],
                ["10", "Asthma review for J + inhaler/spacer check; new asthma plan to school",
                 "Cordwainby Health Centre (asthma nurse)", "-",
                 "Asthma plan copy to DS + MH"],
                ["11", "Share any new worry about J + T w/ MH same day",
                 "Core group", "Same day",
                 "Logged on LCS"],
                ["12", "T's development review (ASQ-3) + toilet training plan",
                 "KB", "By 13/02",
                 "ASQ-3 scores + plan to MH + LT"],
                ["13", "Request transfer-in conf from Calthwaite; send records + this page",
                 "MH", "Request by 30/01; records by 06/02",
                 "Calthwaite's acknowledgement email on LCS"],
            ],
        }),
        ("boldp", "Contingency (ICPC, unchanged)"),
        ("p", "If J or T are found at home without an adult, or there is no food in the house, or KP can't be "
              "found: MH (EDT after 5pm) visits the same day and holds a strategy discussion; J + T go to an "
              "emergency foster placement if it isn't safe for them to stay."),
        ("p", "If the home conditions checklist is under 3/5 on 3 visits running, or J's or T's attendance is "
              "below 85% before the RCPC, PG (TM) requests a legal planning meeting within 5 working days."),
        ("p", "Sent to all present + KP by hand, 22/01/2026 - MH."),
    ],
    "findings": [
        F("O001"),
        F("F003"),
        F("X001", "to be picked up by Calthwaite after the move"),
        F("T002", "Register J + T w/ a dentist"),
        F("T001", "Asthma review for J + inhaler/spacer check"),
        F("W002", "Share any new worry about J + T w/ MH"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A family support worker's weekly plan grid: people down the side, days
#    across, each numbered box one action with its check after "->", then
#    numbered one-offs. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_cuddingmere_fsw_weekly_plan_grid_nash.md",
    "split": "heldout",
    "actions": 18,
    "template": "family-support-workers-weekly-plan-grid-md-key-bullets-why-outcomes-childs-words-and-toddlers-day-then-grid-people-down-side-days-across-daily-mon-to-fri-sat-sun-numbered-boxes-with-arrow-check-then-numbered-one-offs-who-arrow-what-dash-when-dash-check-then-if-list-meetings",
    "description": (
        "Exemplary weekly plan grid written by a family support worker with the mother and the social "
        "worker as part of the child protection plans of a 6-year-old boy and a 2-year-old girl "
        "(neglect: 22 lates in a term, head lice, no bedtimes, a mattress on the floor, dog mess, the "
        "toddler's speech delay and missed 2-year review); the maternal grandmother has them on "
        "Tuesdays after school and on Saturdays. A key of single letters and initials (K, R, Sk, MGM, NK, "
        "AB, JG, PC, ER, BY, 'chart', '->'), why, five outcomes for the children, Rio's words and what is "
        "seen of Skye's day, then a grid of people down the side and days across (Daily / Mon ... / Sat - "
        "Sun) whose numbered boxes each give what and, after '->', how we'll know ('K ticks the chart', "
        "'session record on LCS same day', 'centile chart + word count in the red book'), then numbered "
        "one-offs with dates. The 'if' list has lateness, no-adult and no-food triggers, a fallback for "
        "each of the grandmother's days and an emergency placement, and a legal planning meeting after "
        "named triggers; core group dates and the review conference are set."
    ),
    "text": """\
# Cuddingmere Family Hub - Weekly Plan Grid

**Rio + Skye NASH** - part of their CP plans (neglect), ICPC 13/01/2026. Grid agreed at CG1, Tue 27/01/2026.

Written by NK (FSW) with K and AB (SW). The same grid runs every week from w/c 02/02/2026 until the RCPC
(Tue 14/04/2026). K and NK go through it together every Friday morning.

**Key**

- K = Kayleigh Nash (Mum), 27 - R = Rio (6, Y1, Cuddingmere Church Primary) - Sk = Skye (2y 4m, Cuddingmere Children's Centre nursery, 15 hrs)
- MGM = Sandra Nash, K's mum, 22 Cressy Lane (three doors down)
- NK = Natalie Kerr, FSW, Cuddingmere Family Hub
- AB = Aaron Bright, SW, Cuddingmere Council Children's Services (TM: Fiona Greer, FG)
- JG = Jas Gill, HV, Cuddingmere 0-19 Team
- PC = Mr Phil Clegg, DSL, Cuddingmere Church Primary
- ER = Emma Rhodes, manager, Cuddingmere Children's Centre nursery
- BY = Beth Yates, speech and language therapist, Cuddingmere Children's SLT
- "chart" = the routine chart on the fridge: K ticks it each day, NK photos it every Fri
- "->" = how we'll know (what someone will see, count or read)

## Why we're here (ICPC 13/01)

- R late 22 times in the autumn term, att. 81%. Head lice letters home 5 times since Sept.
- No bedtime: R + Sk up till 10-11pm on school nights; R falls asleep in class.
- Sk has about 10 words at 2y 4m and has missed her 2-year review twice.
- Dog mess on the kitchen floor + piles of washing on the stairs at the ICPC visit. R sleeps on a mattress on his floor.
- K: "I'm on my own with them and I just let it all slide. I want it sorted."

## What R + Sk need (outcomes)

1. R is at school on time every day (att. 95%+ by the RCPC) and is not tired in class.
2. R + Sk have a bedtime every night (Sk 7pm, R 7.30pm) and sleep in their own beds.
3. R + Sk are clean, free of head lice, and in clean clothes.
4. Sk's talking comes on: 50 words by the RCPC, and she has her 2-year review.
5. R + Sk live in a clean, safe home: clear stairs, no dog mess on the floors.

## R's words + Sk's day

- R (seen on his own by AB, in his room, 22/01): "I go to bed when Mum goes to bed." "My head's itchy all the time, the boys say I've got nits." "Nana's is best, she does fish fingers and we go swimming." He wants "a proper bed like Kian's" and a story at bedtime. School 8/10, home 5/10 ("it's messy and the dog does poos").
- Sk (NK's notes of 3 home sessions, 19/01-26/01): up at 7am, bottle of milk in her cot; in the buggy most of the morning; points and pulls K's hand when she wants something; says "Nana", "dog", "no", "more". Settles quickly with a book on a lap. Still awake at 10pm on 2 of the 3 evenings.

## The week grid

Same every week. Each numbered box is one thing for the person in that row, on that day. "-" = nothing that day.

| Who | Daily | Mon | Tue | Wed | Thu | Fri | Sat / Sun |
|---|---|---|---|---|---|---|---|
| **K (Mum) - mornings** | 1. R at school by 8.45 + Sk at nursery by 9 (Mon-Fri) -> 0 lates on the school + nursery registers | - | - | - | - | - | - |
| **K (Mum) - evenings** | 2. Tea at 5; bath, book, bed: Sk in bed by 7pm, R by 7.30 -> K ticks the chart | - | 3. Nit comb R + Sk after bath -> ticked on the chart; no live lice at NK's Fri head check | - | - | - | 4. Sun: wash + dry R's uniform + PE kit -> R in clean uniform + kit on Mon (PC's check-in note) |
| **NK (FSW)** | - | 5. Home session 4-6pm: tea, meal plan + shopping list with K -> session record on LCS same day; meal plan on the fridge | - | 6. Home session 4-7.30pm: the whole bedtime routine alongside K -> session record; home conditions checklist 4/5+ by the RCPC | - | 7. 10am: go through the week with K, head check R + Sk, photo of the chart -> photo + weekly summary emailed to AB by 4pm | - |
| **AB (SW)** | - | - | - | - | 8. Home visit after 4pm (1 in 3 unannounced): R seen alone, Sk seen with K, chart read -> visit record on LCS w/in 48 hrs, incl. R's words | - | - |
| **MGM (Sandra)** | - | - | 9. Collect R (3.15) + Sk (3.30), tea at hers, home by 6 -> school + nursery collection logs; MGM texts NK when they're home | - | - | - | 10. Sat 10am-4pm: R + Sk at hers (swimming, park) -> MGM texts NK + K when they're back |
| **PC (DSL)** | 11. Check in with R at the gate, 8.45 (Mon-Fri): breakfast? clean? tired? -> CPOMS note daily; att. + lates to AB every Fri | - | - | - | - | - | - |
| **ER (nursery)** | 12. Sk's attendance (Mon-Fri, 9-12) + arrival check: nappy, clothes, hungry? -> arrival sheet + att. to AB every Fri | - | - | - | - | - | - |
| **JG (HV)** | - | - | - | 13. Every other Wed from 04/02: weigh + measure Sk, listen to her words with K -> centile chart + word count in the red book; copy to AB | - | - | - |
| **BY (SLT)** | - | - | - | - | 14. Speech + language session with Sk at nursery, 10am, x8 from 05/02 -> SLT session notes with a word count each time; report to AB + ER after session 8 | - | - |

## Not every week (one-offs)

15. K -> register R + Sk at Cuddingmere Dental Practice + book check-ups - by Fri 20/02 - appt cards seen by NK
16. AB -> Household Support Fund application for a bed + bedding for R - by Fri 13/02 - R's bed seen made up by AB at the next visit
17. NK with K -> clear the stairs + R's room (skip booked by NK) - by Fri 27/02 - home conditions checklist 4/5+ (NK's score)
18. JG -> Sk's 2-year review (ASQ-3) at home - by Fri 20/02 - ASQ-3 scores to AB + BY

## If things go wrong

- R or Sk not in by 9.30 with no call: PC or ER rings K; if no answer by 10, they ring AB, and AB (or the duty SW) visits that morning.
- R or Sk found at home with no adult, or no food or heating in the house: AB visits the same day and holds a strategy discussion that day; R + Sk stay at MGM's that night.
- If MGM can't do a Tuesday (she texts K + NK by 12 noon), NK collects R + Sk and does tea at the Hub's family room. If she can't do a Saturday, NK books R + Sk into the Hub's Saturday stay-and-play (10-1) and K takes them.
- If MGM can't have R + Sk in an emergency, AB (or EDT) finds an emergency foster placement the same day.
- If the chart shows bedtime kept on fewer than 4 of 7 nights for 3 weeks running, or R's att. is below 90% at CG3 (10/03), FG (TM) requests a legal planning meeting within 5 working days.

## Meetings

- CG every 3 wks, Tue 1.30pm at the Hub: CG2 17/02/2026, CG3 10/03/2026, CG4 31/03/2026.
- RCPC: Tue 14/04/2026, 10am, Cuddingmere Town Hall.

Agreed by K, NK and AB at CG1. K has a copy on the fridge next to the chart.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A case note into which the social worker typed the text messages she
#    sent the mother after core group 2 ("you" = Stacey, "Me" = the SW).
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_corpenstall_case_note_texts_to_mum_lowther.txt",
    "split": "heldout",
    "actions": 11,
    "template": "case-note-txt-dot-leader-header-note-text-whos-who-for-the-file-why-kids-at-cg-then-text-messages-copied-in-timestamped-what-we-want-what-you-are-doing-what-other-people-are-doing-as-arrow-lines-who-arrow-what-dash-when-dash-check-if-things-go-wrong-text-next-meetings-text-reply",
    "description": (
        "A case note into which the social worker typed, word for word, the text messages she sent a "
        "22-year-old mother after core group 2 for a 4-month-old girl and a 3-year-old boy on plans for "
        "neglect (the baby's weight fell to the 9th centile, the mother in bed till the afternoon with "
        "the baby beside her, the boy at nursery for 4 of 15 sessions); the mother has postnatal "
        "depression and anxiety. A dot-leader header, a who's who for the file ('you' is Stacey, 'Me' is "
        "the social worker, B, J, Jo HV, Mrs P, Alex), the children's words and observed days, then the "
        "texts: three things 'we all want', the mother's actions and other people's as arrow lines "
        "('You -> ... - by Fri 13/2 - ...'), an 'if things go wrong' text with a named carer and legal "
        "planning, and the meeting dates. Faults: six of eleven actions are about the mother's own "
        "health, support, housing and money with no link to the children; the talking therapist's CBT "
        "only treats her; the housing bid 'when poss'; the nursery to 'keep an eye on' Jack's talking; "
        "the speech and language referral with no check; and an outcome about the mother only."
    ),
    "text": """\
CORPENSTALL COUNCIL - CHILDREN'S SERVICES - CASE NOTE
======================================================================
Case ..............: LOWTHER, Bella (dob 22/09/2025) + LOWTHER, Jack (dob 14/07/2022)
Note type .........: Core group summary - texts to parent (copied in)
Author ............: Gemma Tate, Social Worker, Corpenstall Family Safeguarding Team
Team manager ......: Dan Ward
Date / time .......: 04/02/2026 16:40
Related ...........: CG2, Wed 04/02/2026, 1pm, Corpenstall Family Hub
----------------------------------------------------------------------
Stacey asked at CG2 for the actions "by text, not a letter" (she says letters make her
panic and she leaves them unopened). I sent the texts below from the work mobile between
15:58 and 16:09, straight after the meeting. They are copied in word for word so the file
shows exactly what she was sent. The full CG2 minutes are on file separately.

For the file - who's who in the texts:
  you / S ...: Stacey Lowther (Mum, 22)
  B / J .....: Bella (4 months) / Jack (3)
  Me / G ....: Gemma Tate (SW, author of this note)
  Connor ....: Connor Firth, B + J's dad, lives at his mum Pat Firth's
  Dr Rahman .: S's GP, Corpenstall Health Centre
  Alex ......: Alex Fenn, CBT therapist, Corpenstall Minds Matter (NHS talking therapies)
  Jo HV .....: Jo Marsh, health visitor, Corpenstall 0-19 Team
  Mrs P .....: Mrs Diane Pearce, manager, Corpenstall Children's Centre nursery (J's 15 hrs)
  Hub / CAB .: Corpenstall Family Hub / Citizens Advice Corpenstall

Why on a plan (ICPC 14/01/2026, neglect): B's weight fell from the 50th to the 9th centile
(Nov-Dec); S was staying in bed till the afternoon with B in the bed beside her; J was at
nursery for 4 of 15 sessions in Dec; no food in the house on 2 visits. S has postnatal
depression and anxiety (on sertraline from her GP since Nov) and says she "can't face
anything".

Kids at CG2 (for the file):
  J (seen on his own by me at nursery, 28/01, in the book corner): "Mummy sad. Mummy in bed."
  "Bella cry." Pointed at the toast and said "more". Mrs P: J eats two breakfasts most days,
  has about 20 words, and talks in single words.
  B (seen at home by me 30/01 and by Jo HV 02/02): 5.9 kg, back up to the 25th centile.
  Smiles at Jack and watches S's face; lies quiet and still in her bouncer and does not cry
  for feeds - S has to wake her for them.

--- TEXTS SENT 04/02/2026 ---------------------------------------------

[15:58] Me: Hi Stacey it's Gemma. As promised here's what we all agreed today at the core group. Save these so you can look back at them x

[15:59] Me: What we all want:
1) B + J safe, fed + warm, and B keeps growing along her centile
2) J talking more + at nursery for all his sessions
3) You feel more on top of things and less anxious

[16:01] Me: What YOU are doing:
- You -> see Dr Rahman about your meds + sleep - by Fri 13/2 - I'll get a copy of the GP's letter
- You -> go to the Mums' Wellbeing group at the Hub - every Tues 10am - Hub register
- You -> debt + Universal Credit appt with CAB - Mon 16/2, 2pm - CAB budget plan, copy to me
- You -> B sleeps in her own cot on her back, never in your bed or on the sofa - every sleep - Jo + me see the cot at visits

[16:04] Me: What OTHER PEOPLE are doing:
- Alex (Minds Matter) -> 8 CBT sessions with you for anxiety + low mood - wkly Thurs 11am from 12/2 - Alex sends me the dates you went
- Me -> help you with the housing bid for a 2-bed + the medical priority form - when poss - form sent + bid ref no.
- Me -> refer you to Corpenstall Family Volunteers for a volunteer to get you out + about - by Fri 13/2 - their acceptance letter
- Me -> visit you, B + J at home + see J on his own - every Weds until the review conf - my visit notes
- Jo HV -> weigh B + check her feeds - every 2 wks (next Weds 11/2) - wt on the red book chart, texted to me
- Mrs P (nursery) -> J's 15 hrs Mon/Wed/Fri mornings, keep an eye on his talking
- Me -> refer J to speech + language therapy - by Fri 6/2

[16:07] Me: If things go wrong: if you ever feel you can't keep B + J safe or can't get up for them, ring me (or EDT on 01632 960455 out of hours) straight away, and B + J will go to Pat's (Connor's mum, she has agreed) that day. If Jo finds B's weight has dropped below the 9th centile again, or nobody can get hold of you for a whole day, I will visit the same day and hold a strategy discussion with the police and Jo that day. If B's weight drops below the 9th again, or J misses 2 weeks of nursery, before the review, my manager Dan will ask for a legal planning meeting (a meeting with our solicitors about what happens next).

[16:09] Me: Next core group Weds 4/3 at 1pm at the Hub, then every 4 weeks (next 1/4). Review conference Tues 21/4 at 10am at Corpenstall Civic Centre. Any questions just text me x

[16:22] Stacey: ok thanks gemma x i will try

--- END OF TEXTS -------------------------------------------------------
Recorded by G. Tate, 04/02/2026 16:40.
""",
    "findings": [
        F("F001"),
        F("H001", "8 CBT sessions with you for anxiety + low mood"),
        F("T002", "help you with the housing bid for a 2-bed"),
        F("M002", "Mon/Wed/Fri mornings, keep an eye on his talking"),
        F("M001", "refer J to speech + language therapy"),
        F("F002", "You feel more on top of things and less anxious"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A children's ward's safeguarding discharge checklist that is also the
#    child protection plan: tick boxes in three parts, done items kept.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b207_crookhallow_paeds_discharge_checklist_cp_plan_quayle.pdf",
    "doc_title": "Safeguarding Discharge Checklist and CP Plan - Harvey Quayle",
    "split": "heldout",
    "actions": 16,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE - Crookhallow Children's Hospital, Chaffinch Ward - discharge checklist + CP plan",
    "footer": "Harvey QUAYLE, dob 06/06/2025, hosp. no. CK448213 - agreed at DPM 26/01/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "paediatric-ward-safeguarding-discharge-checklist-doubling-as-cp-plan-pdf-paged-header-footer-patient-details-table-key-of-initials-why-harveys-days-on-the-ward-observed-parents-words-outcomes-then-tick-box-table-no-item-who-when-check-done-with-banner-rows-before-dc-day-of-dc-after-dc-done-items-ticked-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Exemplary safeguarding discharge checklist from a children's ward that doubles as the child "
        "protection plan for a 7-month-old admitted with faltering growth (from the 50th centile to below "
        "the 2nd, a flat patch on his head, missed immunisations); his 20-year-old mother has postnatal "
        "depression, his father works nights, and the paternal grandmother helps at lunchtimes. A patient "
        "details box, a key of initials and ward shorthand (H, C, J, PGM, SW (MF), Cons (Dr HO), NIC, Diet "
        "(KMa), HV (RK), PMHS (RL), GP (Dr NB), d/c, DPM), Harvey's days on the ward as nurses and the "
        "play specialist saw them, the parents' words, four outcomes for him, then a tick-box table in "
        "three parts (before d/c, day of d/c, after d/c) with the strategy discussion, tests, ICPC and DPM "
        "kept and ticked as done, and live items timed 'before d/c', 'day of d/c, 4pm', '2x/wk for 2 wks "
        "after d/c, then wkly to RCPC', '4/52 after d/c'. The perinatal mental health service assesses the "
        "mother's capacity to change and its likely timescale; the contingency has weight, mood and "
        "missed-contact triggers, a fallback for the grandmother's lunchtimes and an emergency placement, "
        "and a legal planning meeting after named triggers; core group dates and the review conference "
        "are set; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Safeguarding Discharge Checklist + CP Plan"),
        ("p", "Crookhallow Children's Hospital, Chaffinch Ward, with Crookhallow Council Children's Services. "
              "At the discharge planning meeting (DPM) on 26/01/2026 everyone agreed that this checklist is "
              "also Harvey's child protection plan until the RCPC: part 1 must be ticked before he leaves the "
              "ward, part 2 on the day, and part 3 is the plan at home. Items already done stay on the list, "
              "ticked. Initials as in the key."),
        ("table", {
            "rows": [
                ["Patient", "Harvey QUAYLE (H), dob 06/06/2025 (7 months), hosp. no. CK448213"],
                ["Admitted", "Wed 14/01/2026 via GP: weight below the 2nd centile (50th at 8 weeks)"],
                ["Home", "Flat 2, 41 Hollin Street, Crookhallow CK5 3DW, with C + J"],
                ["CP plan", "Neglect, ICPC Fri 23/01/2026 (chair: Ruth Adeyemi)"],
                ["Planned d/c", "Thu 29/01/2026, if part 1 is all ticked"],
                ["CG", "CG1 Tue 03/02/2026, 2pm, Crookhallow Family Hub; then every 4 wks: CG2 03/03/2026, "
                       "CG3 31/03/2026"],
                ["RCPC", "Thu 16/04/2026, 10am, Crookhallow Civic Centre"],
            ],
            "widths": [3.0, 14.0],
            "bold_first_col": True,
        }),
        ("h1", "Key"),
        ("table", {
            "header": ["Short", "Who / what"],
            "widths": [3.6, 13.4],
            "rows": [
                ["H / C / J", "Harvey / Chloe Quayle (Mum, 20) / Josh Ainsley (Dad, 23; warehouse nights, "
                              "Mon-Thu)"],
                ["PGM", "Tracy Ainsley, Josh's mum, 6 Ridley Close, Crookhallow"],
                ["SW (MF)", "Marcus Fell, social worker, Crookhallow Council Children's Services (TM: Lorna "
                            "Pike, LP)"],
                ["Cons (Dr HO)", "Dr Halima Osei, consultant paediatrician"],
                ["Ward Dr", "Chaffinch Ward registrar on duty"],
                ["NIC", "Nurse in charge, Chaffinch Ward"],
                ["Diet (KMa)", "Kate Marlow, paediatric dietitian"],
                ["SNS (GR)", "Gail Ruddock, hospital safeguarding nurse"],
                ["HV (RK)", "Ruth Kinsella, health visitor, Crookhallow 0-19 Team"],
                ["PMHS (RL)", "Rebecca Lyle, CPN, Crookhallow Perinatal Mental Health Service"],
                ["GP (Dr NB)", "Dr Nadia Bashir, Crookhallow Road Surgery"],
                ["d/c, DPM", "discharge from the ward; discharge planning meeting"],
                ["red book, LCS", "H's personal child health record; the council's case record"],
                ["n/52", "n weeks (4/52 = 4 weeks)"],
            ],
        }),
        ("h1", "Why H is on a plan"),
        ("bullets", [
            "Weight fell from the 50th centile at 8 weeks to below the 2nd at 7 months; 4 HV contacts missed "
            "since October; the 16-week immunisations not given.",
            "Bottles made up with too little formula to \"make the tin last\"; no solids started.",
            "Flat patch on the back of his head: C says he spends \"most of the day\" in his car seat or "
            "bouncer.",
            "C has postnatal depression (GP, sertraline since 11/2025) and says she \"can't be bothered with "
            "anything\"; J works nights and sleeps in the day.",
        ]),
        ("h1", "H on the ward (nursing + play notes)"),
        ("p", "On admission H was quiet and floppy, did not cry for feeds and lay where he was put. By day 5 he "
              "was finishing 7oz bottles in 15 minutes, reaching for the bottle and crying when hungry. He "
              "smiles and kicks his legs when J comes in after his shift; with C he is watchful and quiet, "
              "and she holds him facing away from her. He settles best upright on a shoulder, is starting to "
              "sit with support, and babbles \"ba-ba\" at the play specialist. Weight 14/01: 6.41 kg; 26/01: "
              "7.02 kg."),
        ("p", "C: \"I didn't know he was that hungry. I just feel like a zombie.\" J: \"I'll do nights at the "
              "weekend so she can sleep. My mum will help in the day.\""),
        ("h1", "What H needs (outcomes)"),
        ("numbers", [
            "H gains weight steadily: on the 9th centile or above by the RCPC, and never down on two weighs "
            "in a row.",
            "H has 5 bottles + 2 meals a day, given by a parent well enough to do it, every day.",
            "H catches up: sitting on his own by 9 months (March 2026) and all his immunisations up to date.",
            "H is held, played with and talked to every day, and sleeps on his back in his own cot.",
        ]),
        ("h1", "Checklist"),
        ("p", "[x] = done (kept for the record); [ ] = still to do. Who = the key. Check = what someone will see, "
              "count or read."),
        ("table", {
            "header": ["No.", "Item", "Who", "When", "Check", "Done"],
            "widths": [1.4, 5.0, 2.4, 3.0, 3.8, 1.4],
            "rows": [
                ["PART 1 - BEFORE D/C (all ticked before H leaves the ward)", H, H, H, H, H],
                ["[x] B1", "Strategy discussion (SW, police, paeds)", "SW (MF)", "15/01",
                 "Minutes on LCS", "15/01 MF"],
                ["[x] B2", "Skeletal survey + bloods (FBC, bone profile, coeliac screen)", "Cons (Dr HO)",
                 "By 19/01", "Results in notes: all normal", "19/01 HO"],
                ["[x] B3", "ICPC", "SW (MF)", "23/01", "CP plan made (neglect)", "23/01 MF"],
                ["[x] B4", "DPM: this checklist agreed as H's CP plan", "SNS (GR)", "26/01",
                 "DPM notes on file", "26/01 GR"],
                ["[ ] B5", "Written feeding plan (7oz x5 + 2 solid meals) + a feed chart for home",
                 "Diet (KMa)", "Before d/c (by 28/01)",
                 "Plan copied into the red book + sent to HV", ""],
                ["[ ] B6", "C + J give all H's feeds + care on the ward for 48 hrs; a nurse observes",
                 "NIC", "27/01 until d/c",
                 "Feed chart: every feed + amount; nursing notes on handling", ""],
                ["[ ] B7", "Catch-up immunisations (missed 16-week set)", "Ward Dr", "Before d/c",
                 "Recorded in red book + on GP record", ""],
                ["[ ] B8", "Home visit: cot made up, steriliser, formula in, heating on", "SW (MF)",
                 "By 28/01", "Home checklist on LCS; cot + steriliser seen", ""],
                ["[ ] B9", "Perinatal MH assessment of C on the ward + plan for after d/c", "PMHS (RL)",
                 "By 28/01, before d/c",
                 "Letter to MF + GP with RL's view of C's capacity to change + the likely timescale", ""],
                ["PART 2 - DAY OF D/C (planned Thu 29/01)", H, H, H, H, H],
                ["[ ] D1", "Weigh H + plot on the centile chart", "NIC", "Day of d/c, before he leaves",
                 "D/c weight in red book + d/c summary", ""],
                ["[ ] D2", "D/c summary to GP, HV + SW", "Ward Dr", "Day of d/c",
                 "Summary on GP + HV systems; emailed to MF the same day", ""],
                ["[ ] D3", "Visit at home after d/c: H fed + settled, feed chart started", "SW (MF)",
                 "Day of d/c, 4pm", "Visit record on LCS the same day", ""],
                ["PART 3 - AFTER D/C (the CP plan at home, to the RCPC)", H, H, H, H, H],
                ["[ ] A1", "Weigh H, read the feed chart, check his development with C", "HV (RK)",
                 "2x/wk for 2 wks after d/c, then wkly to RCPC",
                 "Wt on centile chart (9th or above by RCPC), texted to MF the same day", ""],
                ["[ ] A2", "Paeds clinic review: growth + development", "Cons (Dr HO)",
                 "4/52 after d/c (w/c 23/02)", "Clinic letter to GP, HV + MF", ""],
                ["[ ] A3", "Home visits: H seen awake + fed; feed chart + sleep space checked", "SW (MF)",
                 "Wkly to RCPC; 1 in 3 unannounced", "Visit records on LCS w/in 48 hrs", ""],
                ["[ ] A4", "CPN visits to C; report on her progress, capacity to change + likely timescale",
                 "PMHS (RL)", "Wkly; written report by CG2 (03/03) + before RCPC",
                 "Reports to MF + each CG, on LCS", ""],
                ["[ ] A5", "Review C's sertraline + sleep; link with RL", "GP (Dr NB)", "By 06/02",
                 "GP letter to MF + RL", ""],
                ["[ ] A6", "Give every feed on the plan; ring HV if H refuses 2 feeds in a row", "C (Mum)",
                 "Every feed, from d/c", "Feed chart read by RK at each weigh + MF at visits", ""],
                ["[ ] A7", "Do H's 10pm + 2am feeds on his nights off so C can sleep", "J (Dad)",
                 "Fri, Sat + Sun nights", "Feed chart entries initialled J", ""],
                ["[ ] A8", "Lunchtime feed + nappy with C", "PGM", "Mon/Wed/Fri, 12-2pm",
                 "Feed chart initialled TA; PGM texts MF every Fri", ""],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "H's weight down on 2 weighs running, or below the 2nd centile once, or a weigh missed: RK tells MF "
            "that day, MF visits the same day, and Dr HO sees H on Chaffinch Ward within 24 hrs (open access "
            "agreed).",
            "C's mood drops so she can't feed or care for H, or she says she can't cope: RL arranges a "
            "same-day perinatal crisis assessment; J stays home (his manager has agreed leave) and cares for "
            "H with PGM; if neither can, MF (EDT out of hours) finds an emergency foster placement that day.",
            "If PGM can't do a Mon/Wed/Fri lunchtime, she texts C + MF by 9am and MF sends the Crookhallow "
            "Family Hub's family support worker to do the lunchtime feed with C that day.",
            "If H is readmitted with faltering growth, or weighs below the 2nd centile at any weigh after 2 "
            "wks home, LP (TM) requests a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "CG1 Tue 03/02/2026, 2pm, Crookhallow Family Hub; then every 4 wks: CG2 03/03/2026, CG3 "
            "31/03/2026.",
            "RCPC: Thu 16/04/2026, 10am, Crookhallow Civic Centre.",
        ]),
        ("p", "Checklist held by the NIC until d/c, then by MF. Copies to C, J, PGM (C + J agreed), GP, HV, "
              "PMHS - GR, 26/01/2026."),
    ],
    "findings": [],
})
