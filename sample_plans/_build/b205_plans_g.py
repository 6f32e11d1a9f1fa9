"""Batch 205, module g: seven fictional plans (held-out material), places beginning with "g".

Batch: 205. Letter: g. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, services, police units, housing providers and
councils (Gorvenhall, Glaskerby, Garvenby, Grisholme, Gullendean, Gantwick,
Grendlow and Gimblethorpe are invented). Any resemblance to real people,
places or cases is a coincidence. The labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (conventions 1
to 13), without running planlint or reading its code.

Focus: plans written in practitioners' shorthand. Each plan is typed fast
by a busy practitioner in the abbreviations and clipped forms real plans
and core group minutes use, in a template of its own: owners as initials
and role abbreviations given once in a key or an attendance list ("KT
(SW)", "JW (HV)", "DM (GDAS)", "CMHT CC", "DSL", "FSW", "PGM"); times in
shorthand ("wkly", "2/52", "Mon + Thu", "w/c 2/3", "by 6/2", "before d/c",
"at each CG", "by RCPC"), some real and some vague ("ASAP", "tbc",
"ongoing" alone, "as often as poss"); measures in shorthand ("wt on centile
chart", "CPOMS", "att. figs", "UDS neg x3", "RHI form", "seen alone &
recorded"), some real checks and some vague ("keep an eye", "monitor",
"feedback @ CG") or missing; and clipped grammar with no verbs or no
subjects, arrows, slashes and plus signs. A shorthand owner or time is
still an owner or a time where a reader of the plan can tell who or when;
"tbc" gives no time. Where a case was borderline the text was rewritten so
that it is clearly on one side.

1. Gorvenhall (docx, landscape, exemplary): a core group's action log
   after core group 2 for a 3-year-old and a 14-month-old (neglect, the
   mother's drinking, both grandmothers helping): meeting box, attendance
   list that is also the key to the initials, progress and "done since CG1"
   lines, what the children said and what was seen, outcomes, then the log
   (Ref / Action / Who / When / Evidence / Status) in clipped shorthand.
2. Glaskerby (md): core group 3 minutes for a 9-year-old and a 6-year-old
   (emotional abuse through domestic abuse, the mother's depression and
   anxiety), attendance by initials, agency updates, the children's views,
   then "Actions agreed" as clipped arrow lines. Faults: the IDVA
   re-referral "ASAP" (T002); the police marker on the address "tbc"
   (T002); the CMHT care coordinator's weekly visits that only support the
   mother (H001); the DSL to "keep an eye on" Caleb as the only check
   (M002); play therapy sessions with no check (M001); "All agencies"
   sharing sightings (W002); and a review conference "date tbc" (R001).
3. Garvenby (pdf, page header and footer, exemplary): a health visitor's
   plan of care, written into the child protection plan, for a 9-week-old
   baby whose weight has fallen across centiles (the mother's postnatal
   depression, the father's cannabis use, the paternal grandmother helping
   with feeds): numbered need headings, then plan-of-care lines in the form
   "owner - what - when - how we'll know"; the perinatal mental health
   team reports on capacity to change.
4. Grisholme (docx, landscape): a one-page safety plan after a domestic
   abuse incident for an 11-year-old and a 4-year-old (the father on bail,
   the mother's weekend cocaine use, the maternal grandmother having the
   children at weekends and on school runs), a Worry / Safety step / Who /
   When / How we'll know grid. Faults: the nursery to "keep an eye on" Kai
   with "Monitor" as the check (M002); the lock change and door camera
   "ASAP" (T002); "All" ringing 999 at a sighting (W002); a passive school
   counselling referral with no one named (W001); the mother's cocaine use
   recorded with no adult service owning any action (F004); a contingency
   whose triggers are "things escalate" and whose response is to review
   (C002); and no fallback if the grandmother cannot help (C003).
5. Gullendean (txt): a case-system export (an invented system, "CareLink")
   of a review plan for an 8-year-old and an 18-month-old (neglect, the
   mother on a methadone script, a move to Gantwick coming), fixed-width
   task blocks with clipped fields. Faults: the parenting assessment handed
   to Gantwick "within 4 wks of transfer-in conf" (X001); the dentist with
   "-" for due (T001); the school nurse's health review "ongoing" (T002);
   the FSW's home sessions with "N/A" for evidence (M001); "Core grp" owning
   the children's clothes and uniform (W002); an outcome about the mother's
   script only (F002); and nothing on legal planning (R002).
6. Grendlow (md, exemplary): the social worker's e-mail to the core group
   after core group 1 for a 12-year-old and an 8-year-old (emotional harm,
   the mother's bipolar disorder, an uncle helping after school), the
   actions as numbered "who - what - when - how we'll know" lines with "I"
   the social worker who signs, the CMHT care coordinator asked for a view
   of the mother's capacity to change and its timescale.
7. Gimblethorpe (pdf, page header and footer): a list typed up from the
   social worker's notebook after a discharge planning meeting for a
   newborn accommodated under section 20 on the neonatal unit (neonatal
   abstinence syndrome, the mother's heroin use and methadone script).
   Faults: nobody set to visit the baby on the unit at a stated frequency
   (the social worker rings the ward, the foster carer visits "as often as
   poss") (L001); the foster carer's visits "as often as poss" (T002); the
   ward's observation of the mother's handling with "keep an eye" as its
   check (M002); equipment for the foster carer that "is to be sorted"
   with no one named (W001); no outcome for the baby (O001); and nothing
   of the baby's observed day (F003).

Three plans (1, 3 and 6) are exemplary: every action has a named owner (as
initials or a role the plan's key or attendance list explains, or "I" the
social worker who signs the e-mail), a real timescale, however clipped, and
something that can be seen, counted or read; every outcome is about the
children; each contingency has specific triggers and concrete protective
responses, and says what happens if a relative's help fails; each records
the children's words or observed day, core group dates and a dated review
conference, and a legal planning meeting after named triggers; where a
parent drinks, uses drugs or is unwell an adult service owns an action, and
each adult mental health service is asked for its view of the parent's
capacity to change and how long it will take. The four faulty plans hold
27 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action log or grid, each clipped line or bullet of an "Actions agreed"
or plan-of-care part, each numbered line of the e-mail's and the notebook's
action list and each task block of the export counts once, whatever number
of sentences or clauses it holds. Attendance lists and keys, agency
updates, last time's actions gone through, work marked done, the
children's words, outcomes, the contingency and meeting dates are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A core group's action log after core group 2, in clipped shorthand with
#    an attendance list that is the key to the initials. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_gorvenhall_core_group_action_log_shorthand_haddon.docx",
    "doc_title": "Core Group Action Log (CG2) - Mia-Rose and Lennon Haddon",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "core-group-action-log-docx-landscape-meeting-box-kv-attendance-table-as-key-to-initials-progress-since-cg1-done-since-cg1-kids-words-and-what-we-see-outcomes-then-log-table-ref-action-who-when-evidence-status-in-clipped-shorthand-then-contingency-bullets-next-meetings",
    "description": (
        "Exemplary core group action log after the second core group for a 3-year-old girl and a "
        "14-month-old boy on plans for neglect: police found them awake and alone in the living room with "
        "their mother asleep drunk, the toddler's weight had fallen to the 9th centile and nursery "
        "attendance was 58%. Typed in clipped shorthand: an attendance table that is the key to the "
        "initials (KT (SW), JW (HV), DM (GDAS), LP, SA (FSW), TH (MGM), SP (PGM), Dr AS (GP), CW "
        "(Gorvenhall Homes)), progress and work done since CG1, what Mia-Rose said and what is seen of "
        "Lennon, four outcomes for the children, then the log (Ref / Action / Who / When / Evidence / "
        "Status) with times such as 'wkly until RCPC', '2/52 (next 3/2)', 'Mon + Thu 4-6pm x6 wks from "
        "22/1' and checks such as 'wt on centile chart', 'att. figs to KT every Fri' and breath test "
        "results. The drug and alcohol service and the GP own actions; the contingency has breath test "
        "and weight triggers, a fallback for each grandmother, and a legal planning meeting after named "
        "triggers; core group dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Core Group Action Log"),
        ("p", "Gorvenhall Council Children's Services - Family Safeguarding Team. Log kept by the social "
              "worker and sent round within 2 working days of each core group. Shorthand as used in the "
              "meeting; initials are explained in the attendance list below."),
        ("table", {
            "rows": [
                ["Children", "Mia-Rose HADDON, dob 12/09/2022 (3y 4m) - Gildbrook Nursery\n"
                             "Lennon HADDON, dob 02/11/2024 (14m) - at home"],
                ["Address", "31 Cinder Lane, Gorvenhall GV3 7TL (Mum + both children)"],
                ["Plan", "CP plan, category neglect, from ICPC 08/01/2026"],
                ["This meeting", "CG2, Tue 27/01/2026, 1.30pm, Gildbrook Nursery (family room)"],
                ["Chair / minutes", "KT (SW)"],
                ["Next CG", "CG3, Tue 24/02/2026, 1.30pm, same venue"],
                ["RCPC", "Tue 21/04/2026, 10am, Gorvenhall Civic Centre, Room 4"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Attendance (and key to initials)"),
        ("table", {
            "header": ["Initials", "Name", "Role / agency", "At CG2?"],
            "widths": [2.5, 5.0, 13.7, 4.5],
            "rows": [
                ["KT", "Kirsty Thorne", "Social worker (SW), Family Safeguarding Team", "Yes (chair)"],
                ["JW", "Joanne Wray", "Health visitor (HV), Gorvenhall 0-19 Service", "Yes"],
                ["DM", "Dan Mercer", "Recovery worker, Gorvenhall Drug and Alcohol Service (GDAS)", "Yes"],
                ["LP", "Lisa Parr", "Manager, Gildbrook Nursery (Mia-Rose's nursery)", "Yes"],
                ["SA", "Sam Akhtar", "Family support worker (FSW), Gorvenhall Family Hub", "Yes"],
                ["KH", "Kayleigh Haddon", "Mum", "Yes"],
                ["TH", "Tracey Haddon", "Maternal grandmother (MGM), 4 Briar Walk, Gorvenhall", "Yes"],
                ["SP", "Sandra Pike", "Paternal grandmother (PGM), 19 Kiln Road, Gorvenhall", "Yes"],
                ["RP", "Ryan Pike", "Dad (lives with SP)", "Apologies"],
                ["Dr AS", "Dr Amrit Sandhu", "GP, Gannetfield Surgery", "Report sent"],
                ["CW", "Chris Wells", "Housing officer, Gorvenhall Homes", "Report sent"],
                ["HP", "Helen Pryce", "Team manager, Family Safeguarding Team (not at CG)", "-"],
            ],
        }),
        ("h1", "Since CG1 (13/01/2026)"),
        ("bullets", [
            "KH: 11 of 13 days' breath tests at 0.00; 2 missed (both Sundays, phone flat). No reading above 0.",
            "L's wt 13/1: 8.62 kg (9th centile); 27/1: 8.90 kg (just under 25th). Nappy rash gone.",
            "M-R at nursery 9 of 10 sessions since 13/1 (autumn term 58%).",
            "TH has done every Tue + Thu nursery run. SP supervised RP's time with the kids on 17/1 and 24/1.",
            "Done since CG1 (closed): KT referred KH to GDAS (15/1, accepted 16/1); DM set up breathalyser "
            "+ app (16/1); CW's housing repair request logged (ref GH-44871).",
        ]),
        ("h1", "What the kids say / what we see"),
        ("p", "M-R (seen on her own in her bedroom by KT, 22/01/2026, with her dolls): \"Mummy sleepy on the "
              "sofa, I get crisps.\" \"Nanny's house got chicken nuggets.\" \"Lennon cried and cried.\" She drew "
              "her family with Nanny Tracey the biggest and said Mummy was \"poorly\". LP: at nursery M-R hides "
              "toast in her pockets at snack time and asks if there is \"more for home\"."),
        ("p", "L (14m), seen by KT 22/1 and JW 27/1: crawls and pulls to stand, babbles \"Nan-nan\". Goes to any "
              "adult, including strangers, and does not look back for KH. Settles quickly when TH picks him "
              "up; on 13/1 he was in a wet nappy with sore skin and drank a full bottle straight away."),
        ("p", "KH: \"I know I've been drinking to get through the nights since Ryan left. I want to show you "
              "I can do it sober.\""),
        ("h1", "Outcomes (from ICPC 08/01/2026)"),
        ("numbers", [
            "M-R and L are looked after by a sober adult every day and every night, and are never alone with "
            "Mum when she has been drinking.",
            "L is fed regularly and his weight is back on the 25th centile by the RCPC; both children have "
            "three meals a day.",
            "M-R is at nursery for every session (at least 90%) and gets there fed and clean.",
            "M-R and L sleep in a warm, dry bedroom, each in their own safe bed.",
        ]),
        ("h1", "Action log"),
        ("table", {
            "header": ["Ref", "Action", "Who", "When", "Evidence", "Status @ CG2"],
            "widths": [1.3, 8.4, 3.2, 4.4, 6.2, 2.2],
            "rows": [
                ["A1",
                 "Unannounced home visits; see M-R + L, M-R on her own (play/draw); check food in, beds, "
                 "nappies",
                 "KT (SW)",
                 "Wkly until RCPC; 1 in 3 after 5pm",
                 "Visit recs on LCS within 48 hrs, incl. M-R's own words",
                 "C/F - on track"],
                ["A2",
                 "Weigh + measure L, plot on centile chart; go through KH's feeding diary with her",
                 "JW (HV)",
                 "2/52 (next 10/2); wkly if wt drops",
                 "Wt on centile chart (red book + SystmOne), texted to KT same day; 25th centile by RCPC",
                 "C/F - on track"],
                ["A3",
                 "Key work with KH on her drinking + how it affects her care of the kids; breath test at "
                 "every session",
                 "DM (GDAS)",
                 "Wkly, Tue 10am, from 20/1",
                 "Breath test results + attendance to KT every Fri; written report on KH's progress and what "
                 "still needs to change to CG3 (24/2)",
                 "Started"],
                ["A4",
                 "No alcohol while caring for M-R + L; blow into breathalyser at 8am + 5pm, readings on app",
                 "KH (Mum)",
                 "Daily from 14/1",
                 "App readings (target 0.00, none missed) shared with DM + KT, read at every KT visit",
                 "C/F - 2 missed"],
                ["A5",
                 "M-R's attendance; ring KH by 9.30am if M-R not in, then KT if no answer",
                 "LP (nursery)",
                 "Every session, Mon-Thu",
                 "Att. figs to KT every Fri; 90%+ by RCPC",
                 "C/F - on track"],
                ["A6",
                 "Routine sessions at home: tea, bath, bedtime; meal planner + shopping list with KH",
                 "SA (FSW)",
                 "Mon + Thu 4-6pm, x6 wks from 22/1",
                 "Routine chart on fridge signed each session; FSW home conditions checklist 4/5 or more by "
                 "05/03",
                 "Started"],
                ["A7",
                 "M-R to nursery on Tue + Thu mornings; both kids to Nan's for tea after",
                 "TH (MGM)",
                 "Every Tue + Thu",
                 "Nursery sign-in sheet; TH texts KT each Fri",
                 "C/F - on track"],
                ["A8",
                 "Supervise RP's time with M-R + L at her house; RP not to take kids out alone",
                 "SP (PGM)",
                 "Every Sat 10am-1pm",
                 "Contact log signed by SP, photo of page to KT each Sat pm",
                 "C/F - on track"],
                ["A9",
                 "Review KH's low mood + drinking; LFT bloods; refer on (Talking Therapies) if needed",
                 "Dr AS (GP)",
                 "Appt by 6/2; letter by 13/2",
                 "GP letter to KT with results + plan, on file",
                 "New"],
                ["A10",
                 "Register M-R + L with a dentist and book first check-ups",
                 "KH (Mum), with SA",
                 "By 27/2",
                 "Appt cards seen by SA",
                 "New"],
                ["A11",
                 "Inspect damp + mould in kids' bedroom; damp works + mould wash",
                 "CW (Gorvenhall Homes)",
                 "Inspection by 30/1; works by 27/2",
                 "Inspection report + works order no. to KT; bedroom seen dry by KT at visit",
                 "C/F"],
                ["A12",
                 "Cot for L + toddler bed for M-R from the Family Hub fund; put up with KH",
                 "SA (FSW)",
                 "By 6/2",
                 "Beds seen in place and made up by KT at next visit",
                 "New"],
                ["A13",
                 "\"All about me\" book with M-R: her words, drawings, who she likes",
                 "KT (SW)",
                 "At each visit; book to CG3 (24/2)",
                 "Book on file; M-R's words typed onto LCS",
                 "New"],
            ],
        }),
        ("h1", "Contingency (agreed at ICPC, updated CG2)"),
        ("bullets", [
            "If KH's breath test reads above 0.00, she misses two readings in a row, or anyone finds her under "
            "the influence while caring for the kids: ring KT (EDT out of hours) at once. M-R + L go to TH at "
            "4 Briar Walk that day and night, and KT holds a strategy discussion with the police the same "
            "day.",
            "If TH cannot have them, they go to SP at 19 Kiln Road; if neither grandmother can, KT or EDT "
            "finds an emergency foster placement the same day.",
            "If TH cannot do a Tue or Thu nursery run she texts KT + SA by 8am and SA takes M-R to nursery. If "
            "SP cannot supervise a Saturday, RP does not see the kids that week and KT books supervised "
            "time at Gorvenhall Family Centre (supervised by SA) for the next Saturday.",
            "If L's weight drops below the 9th centile, JW refers him to the paediatric clinic at Gorvenhall "
            "General within 5 working days and tells KT that day.",
            "If KH has 2 or more readings above 0.00 or missed before CG3 (24/2), or M-R's attendance is "
            "below 80% by then, HP (team manager) will hold a legal planning meeting within 5 working days "
            "(PLO pre-proceedings).",
        ]),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group every 4 wks, Tue 1.30pm at Gildbrook Nursery: CG3 24/02/2026, CG4 24/03/2026.",
            "RCPC: Tue 21/04/2026, 10am, Gorvenhall Civic Centre.",
        ]),
        ("p", "Log sent to all above (KH and both grandmothers by hand) on 28/01/2026 - KT."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 3 minutes with an "Actions agreed" list of clipped arrow
#    lines; attendance by initials. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_glaskerby_core_group_minutes_arrow_actions_moss.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-md-header-attendance-by-initials-apologies-last-times-actions-gone-through-table-agency-updates-kids-views-worries-and-going-well-scaling-outcomes-reminder-then-actions-agreed-as-clipped-arrow-lines-owner-arrow-what-dash-when-dash-how-then-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for a 9-year-old boy and a 6-year-old girl on plans for emotional "
        "abuse after domestic abuse by the girl's father (now on bail, not to contact the mother or attend "
        "the home or school); their mother has depression and anxiety and a CMHT care coordinator. "
        "Attendance by initials, last time's actions gone through, agency updates, the children's views "
        "and scaling, then 'Actions agreed @ CG3' as clipped arrow lines ('NO (SW) -> ... - wkly - ...'). "
        "Faults: the IDVA re-referral 'ASAP'; the police marker on the address 'tbc'; the CMHT care "
        "coordinator's weekly visits that only support the mother with mood and medication; the DSL to "
        "'keep an eye on' Caleb as the only check; eight play therapy sessions with no check; 'All "
        "agencies' sharing sightings of the father; and the review conference 'date tbc'."
    ),
    "text": """\
# GLASKERBY CHILDREN'S SERVICES - CORE GROUP MINUTES

**Children:** Caleb MOSS (9, dob 19/06/2016) + Ruby MOSS (6, dob 03/03/2019), both Glaskerby St Mary's Primary
**Address:** 22 Thornfield Road, Glaskerby GK2 5RD (Mum + both kids)
**CP plan:** emotional abuse (DA), from ICPC 02/12/2025
**Meeting:** CG3, Tue 03/02/2026, 10am, Glaskerby Family Hub, Room 2
**Chair / mins:** NO (SW)

## 1. Present / apols

| Init. | Name | Role |
|---|---|---|
| NO | Nadia Osman | SW, Glaskerby CSC Safeguarding Team 2 (chair) |
| LM | Leanne Moss | Mum |
| CW | Claire Whitlock | DSL, Glaskerby St Mary's Primary |
| PA | Paul Ashworth | CPN, care coordinator (CMHT CC), Glaskerby CMHT |
| JT | Jade Turner | FSW, Glaskerby Family Hub |
| DC AH | DC Amy Hollis | Glaskerby Police DA Safeguarding Unit (update by email) |

Apols: Rhiannon Wood (RW), play therapist, Glaskerby Play Therapy Service; Dr Kaur (GP).
Not invited: Dean Farrow (Ruby's dad, on bail - no contact with LM). Caleb's dad not involved.

## 2. Last time's actions (CG2, 13/01)

| Action @ CG2 | Update @ CG3 |
|---|---|
| NO: wkly visits, kids seen alone | Done every wk; C seen at school x2, R at home x3 |
| LM: Recovery Toolkit referral | Accepted, starts 05/02 |
| RH (IDVA): safety planning w/ LM | RH left GIDVA 09/01 - not done, re-referral needed |
| CW: R's worry monster check-ins | Started 14/01, 12 check-ins logged on CPOMS |
| NO: play therapy referral for C | Accepted 20/01, RW has a space from March |

## 3. Updates

- **SW (NO):** Home clean, food in. LM tired, curtains shut on 2 of 5 visits. Dean rang LM from a withheld number 25/01 - LM told NO + police the same day (good).
- **Police (DC AH):** Dean charged (ABH, 24/11). Bail cond'ns: no contact w/ LM, not to attend Thornfield Rd or St Mary's. Bail back 20/02. Withheld call being looked into.
- **School (CW):** C's att. 96%, R 98%. C "switched off" Mon mornings, 2 incidents of hitting out at break (26/01, 02/02). R happier, reading improving.
- **CMHT (PA):** LM on sertraline 100mg since Dec. Low mood + panic attacks, not sleeping. Seeing LM wkly.
- **FSW (JT):** 3 home sessions. Bedtimes still 9.30-10pm. LM keen for Toolkit.

## 4. Kids' views

- **Caleb** (seen alone @ school by NO, 29/01): "I check the door's locked every night, twice." "I don't want Dean to come back, he shouts and Mum cries." "I get cross at school and I don't know why." Wants to do football club again.
- **Ruby** (seen alone @ home by NO, 27/01, drew her house): "I miss Daddy, when can I see him?" "Caleb's grumpy." Put herself, Mum, Caleb and the cat inside the house, Daddy "outside in the rain".

LM: "I'm doing everything you've asked. I just feel flat all the time."

## 5. Worries / going well

- Worries: Dean breaking bail (withheld calls); C's anger + hypervigilance; LM's low mood and sleep; late bedtimes; no IDVA since RH left.
- Going well: LM reported the call straight away; kids' attendance; home conditions; R settled.
- Scaling (0 = kids not safe, 10 = safe enough to close): NO 5, CW 6, PA 5, LM 7.

## 6. Outcomes (ICPC, reminder)

1. C + R live free from DA and are not exposed to Dean's violence or threats.
2. C + R feel safe at home and at school, and C can calm himself without hitting out.
3. C + R have a settled routine: in bed by 8pm on school nights, fed, at school on time.

## 7. Actions agreed @ CG3

- NO (SW) -> home visits wkly, see C + R alone (1 each wk at school, 1 at home) - until RCPC - kids' words on LCS within 48 hrs
- NO -> re-refer LM to Glaskerby IDVA Service for safety planning - ASAP - GIDVA acceptance email on file
- DC AH -> check Dean's bail cond'ns being kept; trace withheld calls - by bail date 20/02 - outcome + any breach emailed to NO by 20/02
- Police DA unit -> urgent response marker on 22 Thornfield Rd - tbc - marker ref no. sent to NO
- PA (CMHT CC) -> wkly visits to LM to support her with mood, anxiety + meds - every Wed - visit dates to NO monthly
- CW (DSL) -> keep an eye on C's mood + behaviour in class, esp. Mon mornings - every school day
- CW -> R's worry monster check-ins w/ TA - daily, 8.50am - logged on CPOMS, summary to NO Fri
- JT (FSW) -> Recovery Toolkit w/ LM (12 sessions) - Thu 10am from 05/02 - attendance sheet + workbook; JT's written summary to CG5
- JT -> bedtime routine sessions at home - Mon 6-8pm, 6 wks from 09/02 - LM's sleep diary checked by JT: kids in bed by 8pm on 5 of 7 nights
- RW (play therapist) -> 8 play therapy sessions for C at school - start w/c 02/03
- All agencies -> share any sighting of / contact from Dean w/ NO + police same day - each time - police log no. / CPOMS entry
- LM -> apply for non-molestation order via Glaskerby Women's Aid legal surgery - by 27/02 - court papers seen by NO

## 8. Contingency

- If Dean comes to the house or school, or contacts LM or the kids: 999; police attend under the marker. NO (EDT out of hours) holds a strategy discussion w/ police same day.
- If LM lets Dean back into the house, or Dean is found there: C + R stay w/ LM's sister Gemma Moss (14 Elm Row) that night; if Gemma can't, NO/EDT arranges emergency foster care same day. LM offered a place at Glaskerby Women's Refuge.
- If LM's mood drops so she can't get up for the kids (school ring LM + NO by 9.30 if kids not in): NO visits that morning, PA arranges a same-day CMHT crisis team assessment, kids to Gemma.
- If Dean breaks bail, or there's another DA incident with the kids there, before the RCPC: Steve Rigg (TM) will request a legal planning meeting within 5 working days.

## 9. Next meetings

- Next CG: CG4 Tue 03/03/2026 10am, Family Hub, then every 4 wks.
- RCPC: date tbc (conference team to confirm).

Mins typed by NO 04/02/2026. Copies to all + LM (by hand).
""",
    "findings": [
        F("T002", "re-refer LM to Glaskerby IDVA Service for safety planning"),
        F("T002", "urgent response marker on 22 Thornfield Rd"),
        F("H001", "wkly visits to LM to support her with mood, anxiety"),
        F("M002", "keep an eye on C's mood + behaviour in class"),
        F("M001", "8 play therapy sessions for C at school"),
        F("W002", "share any sighting of / contact from Dean"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A health visitor's plan of care written into the child protection plan
#    for a 9-week-old baby with faltering weight: plan-of-care lines under
#    numbered needs. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_garvenby_hv_plan_of_care_lines_nuttall.pdf",
    "doc_title": "Child Protection Plan and Health Visiting Plan of Care - Oakley Nuttall",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE - Garvenby 0-19 Health Visiting Service with Garvenby Council Children's Services",
    "footer": "Oakley Nuttall - CP plan and HV plan of care (CG1 29/01/2026) - Page {PAGE} of {NUMPAGES}",
    "template": "hv-plan-of-care-in-cp-plan-pdf-paged-header-footer-baby-details-kv-abbreviations-key-table-why-oakleys-day-observed-parents-words-outcomes-then-numbered-needs-each-with-plan-of-care-lines-number-owner-dash-what-dash-when-dash-how-well-know-then-if-things-go-wrong-bullets-cg-and-rcpc-dates",
    "description": (
        "Exemplary plan for a 9-week-old baby on a plan for neglect, written by the health visitor with the "
        "social worker as the child protection plan and her plan of care in one: the baby has fallen from "
        "the 50th to the 9th centile, feeds were made up too weak, his 19-year-old mother (a care leaver) "
        "has postnatal depression and his father smokes cannabis daily in the flat; the paternal "
        "grandmother helps with feeds twice a week. A key of abbreviations (HV (HO), SW (TG), IF (GM), "
        "PMHT CPN (BL), Dr NR, LF (GRH), FSW (NA), PGM (DB)), the baby's observed day, the parents' words, "
        "four outcomes for him, then plan-of-care lines under four numbered needs in the form 'owner - "
        "what - when - how we'll know' ('wkly until back on 25th centile, then 2/52', 'wt on centile "
        "chart', 'UDS neg x3 by RCPC', 'EPDS each visit'). The perinatal team reports on the mother's "
        "capacity to change and its likely timescale, the drug service and GP own actions, the "
        "contingency has weight, missed-contact, mood and cannabis triggers, a fallback if the "
        "grandmother cannot help and a legal planning meeting after named triggers; core group dates and "
        "the review conference are set; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan and Health Visiting Plan of Care"),
        ("p", "Written by Hayley Orme (health visitor) with Tom Greaves (social worker) after the initial child "
              "protection conference on 20/01/2026, and agreed at core group 1 on 29/01/2026. Oakley's plan and "
              "the HV plan of care are one document: every line below says who, what, when and how we'll "
              "know, in the short forms we use in the notes (see the key)."),
        ("kv", [
            ("Baby", "Oakley NUTTALL, dob 25/11/2025 (9 wks at CG1)"),
            ("Address", "Flat 3, 28 Mill Street, Garvenby GB4 1HS"),
            ("Mum", "Chantelle Nuttall (19); care leaver (Garvenby Leaving Care Team until 21)"),
            ("Dad", "Josh Brierley (21); lives with Chantelle and Oakley"),
            ("Paternal grandmother", "Debbie Brierley (48), 6 Orchard Close, Garvenby"),
            ("Category", "Neglect (ICPC 20/01/2026, chair: Ruth Amis, IRO)"),
        ]),
        ("h1", "Key: who's who and short forms"),
        ("table", {
            "header": ["Short form", "Who / what"],
            "widths": [4.2, 12.8],
            "rows": [
                ["HV (HO)", "Hayley Orme, health visitor, Garvenby 0-19 Service (lead health professional)"],
                ["SW (TG)", "Tom Greaves, social worker, Garvenby Children's Services, Assessment and Protection "
                            "Team (team manager: Priya Shah, TM (PS))"],
                ["IF (GM)", "Gill Marsh, infant feeding specialist, Garvenby 0-19 Service"],
                ["Paed (Dr CB)", "Dr Catherine Bell, consultant paediatrician, faltering growth clinic, Garvenby "
                                 "General Hospital"],
                ["PMHT CPN (BL)", "Becky Lund, community psychiatric nurse, Garvenby Perinatal Mental Health "
                                  "Team"],
                ["Dr NR", "Dr Nisha Rao, consultant perinatal psychiatrist, Garvenby PMHT"],
                ["GP (Dr OA)", "Dr Olu Adeyemi, Gowanbank Surgery"],
                ["LF (GRH)", "Liam Foy, recovery worker, Garvenby Recovery Hub (drug and alcohol service)"],
                ["FSW (NA)", "Nasreen Ali, family support worker, Garvenby Family Hub"],
                ["C / J / O", "Chantelle (Mum) / Josh (Dad) / Oakley"],
                ["PGM (DB)", "Debbie Brierley, paternal grandmother"],
                ["1/52, 2/52", "every week, every two weeks"],
                ["CG / RCPC", "core group / review child protection conference"],
                ["UDS", "urine drug screen"],
                ["EPDS", "Edinburgh Postnatal Depression Scale (score out of 30)"],
                ["PCHR", "personal child health record (red book)"],
            ],
        }),
        ("h1", "Why Oakley has a plan"),
        ("p", "Oakley was born at term weighing 3.40 kg (50th centile). At 8 weeks he weighed 4.30 kg (9th centile). "
              "On 13/01/2026 HV (HO) found his bottles being made with 1 scoop to 60 ml instead of 1 to 30 ml, the "
              "flat cold (14°C) with the gas meter off, and a strong smell of cannabis. Two HV contacts were "
              "missed in December. C was diagnosed with postnatal depression by the PMHT on 12/01/2026; she said "
              "she sometimes \"lets him cry because I can't face it\". J smokes cannabis every day, has been found "
              "asleep on the sofa with O on his chest (08/01/2026), and says it \"helps him sleep\"."),
        ("h1", "Oakley's day (what we have seen)"),
        ("p", "Seen by HV (HO) on 13/01 and 22/01 and by SW (TG) on 16/01, 23/01 and 27/01. O wakes between 5am and "
              "6am and on 22/01 cried for 12 minutes in his Moses basket before C picked him up. He feeds greedily "
              "and falls asleep half way through a bottle. In the day he spends long spells in his bouncer facing "
              "the TV. He has a good social smile: he smiles and kicks when PGM (DB) talks to him, and he quietens "
              "and watches C's face when she holds him skin to skin, which she did on 27/01 after the HV showed "
              "her. His nappy area was sore on 13/01 and clear on 22/01."),
        ("h1", "What Mum and Dad say"),
        ("p", "C: \"I love him so much, I just feel like a zombie. I didn't know I was doing the bottles wrong, "
              "nobody showed me.\" J: \"I'll smoke outside, I'm not stopping completely. I never drop him.\" Both "
              "want Oakley to stay at home with them and agreed to this plan at CG1."),
        ("h1", "What we want for Oakley (outcomes)"),
        ("numbers", [
            "Oakley gains weight steadily and is back on the 25th centile by the RCPC on 14/04/2026.",
            "Oakley sleeps safely every night, on his back in his Moses basket, in a warm flat free of smoke.",
            "Oakley's cries are answered within a few minutes by a parent who is well enough to feed, settle and "
            "play with him.",
            "Oakley has all his health checks and immunisations on time.",
        ]),
        ("h1", "Plan of care"),
        ("p", "Each line: number - owner - what - when - how we'll know."),
        ("h2", "Need 1: Oakley's feeding and growth"),
        ("p", "1.1  HV (HO) - weigh + measure O at home - 1/52 until back on 25th centile, then 2/52 - wt on "
              "centile chart (PCHR + SystmOne), texted to SW (TG) same day."),
        ("p", "1.2  IF (GM) - 2 feeding obs at home; show C + J making up feeds (1 scoop to 30 ml, cooled water "
              "boiled fresh) - by 13/02 - obs record to HV + SW; C + J each make a correct feed in front of GM."),
        ("p", "1.3  Paed (Dr CB) - faltering growth clinic; bloods + urine to rule out a medical cause - appt "
              "10/02/2026 - clinic letter to GP, HV + SW within 7 days."),
        ("p", "1.4  C + J - write every feed on the feed chart (time, ml taken) - every feed, from 29/01 - chart "
              "read by HV at each weigh and by SW at each visit; aim 5-6 feeds of 150 ml in 24 hrs."),
        ("h2", "Need 2: Safe sleep, and a warm, smoke-free home"),
        ("p", "2.1  J - no cannabis in the flat or the car; smoke only outside, away from O, and change top + "
              "wash hands after; never sleep on the sofa with O - every day from 20/01 - HV + SW check for smell "
              "or ash at every visit, recorded in visit notes."),
        ("p", "2.2  LF (GRH) - cannabis assessment with J, then key work + UDS - assessment by 06/02, then 1/52 "
              "(Thu 2pm) - UDS results to SW monthly; UDS neg x3 by RCPC; written update to each CG."),
        ("p", "2.3  SW (TG) - fuel vouchers + help C set up gas and electric on a payment plan; room thermometer - "
              "by 06/02 - meters on; thermometer reads 16-20°C at HV/SW visits."),
        ("p", "2.4  HV (HO) - safe sleep talk with C + J: Moses basket by the bed, on his back, no pillows or "
              "bumpers, no sofa sleeping - by 05/02, then checked at every HV contact - safe sleep checklist "
              "signed by C + J in PCHR; sleep space seen at each visit."),
        ("h2", "Need 3: Mum's mood, and how she responds to Oakley"),
        ("p", "3.1  PMHT CPN (BL) - home visits: CBT-based work on C's low mood + video interaction guidance with "
              "O - 1/52 (Wed) - EPDS at each visit, score to HV + SW; written report to each CG on whether C's "
              "mood and responses to O are changing enough for O, and how quickly."),
        ("p", "3.2  Dr NR - psychiatric review of C + her medication; written opinion on C's capacity to meet O's "
              "needs, what has to change, and the likely timescale - by CG2 (19/02) - report to CG2, updated for "
              "the RCPC."),
        ("p", "3.3  GP (Dr OA) - O's 8-wk immunisations (overdue) + C's postnatal bloods (iron, thyroid) - by "
              "06/02 - imms in PCHR; GP letter to SW with C's results."),
        ("p", "3.4  FSW (NA) - parent-baby sessions at home: answering O's cries, bath time, tummy time, talking "
              "to him - Mon + Thu 1-3pm, x8 wks from 02/02 - FSW obs checklist each session (cry answered "
              "within 2 mins, eye contact, talk) sent to SW fortnightly."),
        ("h2", "Need 4: Oakley seen, and the plan kept to"),
        ("p", "4.1  SW (TG) - home visits, 1 in 3 unannounced; see O awake and being handled; check bottles, "
              "fridge, sleep space + heating - 1/52 until RCPC - visit recs on LCS within 48 hrs, saying what O "
              "was doing and how C + J responded."),
        ("p", "4.2  PGM (DB) - help C with feeds + bath at the flat; initial the feed chart - Tue + Fri, 9am-2pm - "
              "initials on the feed chart; DB texts SW each Fri."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "O loses weight at one weigh, or drops below the 2nd centile: HV refers him to Paed (Dr CB) the same "
            "day for an assessment on the children's ward at Garvenby General, and SW (TG) holds a strategy "
            "discussion the same day.",
            "A weigh, HV contact or SW visit is missed and C + J cannot be reached: HV or SW visits that day; if "
            "O is not seen by 6pm, SW (or EDT) asks the police for a welfare check.",
            "C's EPDS is 20 or more, or she says she has thoughts of harming herself or O: PMHT CPN (BL) arranges "
            "a same-day crisis assessment, and O is cared for by PGM (DB) at 6 Orchard Close until Dr NR and SW "
            "agree it is safe for him to go home.",
            "Cannabis is smoked in the flat, or J is found asleep with O on the sofa: J stays at his mother's "
            "that night, SW holds a strategy discussion the same day, and J's time with O is supervised by C or "
            "DB until the next CG.",
            "If DB cannot do a Tuesday or Friday, she texts SW by 8am and FSW (NA) does a feed and bath visit "
            "that day instead. If DB cannot look after O in an emergency, SW or EDT finds a foster placement "
            "the same day.",
            "If O is not back to at least the 9th centile by CG3 (12/03), or J has two positive UDS in a row, or "
            "a second missed-contact welfare check is needed, TM (PS) will hold a legal planning meeting within "
            "5 working days (PLO pre-proceedings).",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 3 weeks, Thursdays 10am, Garvenby Family Hub: CG1 29/01/2026, CG2 19/02/2026, CG3 "
            "12/03/2026, CG4 02/04/2026.",
            "RCPC: Tuesday 14/04/2026, 1.30pm, Garvenby Town Hall, Committee Room 2.",
        ]),
        ("p", "Copies: C and J (talked through by HV and SW on 30/01/2026), DB, GP, PMHT, GRH, Family Hub, "
              "Paed (Dr CB), conference service."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A one-page safety plan after a domestic abuse incident: a Worry / Safety
#    step / Who / When / How we'll know grid with the worry merged down over
#    its steps. Faulty (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_grisholme_one_page_safety_plan_grid_sutcliffe.docx",
    "doc_title": "One-page safety plan - Amber and Kai Sutcliffe",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "font_size": 9,
    "check_vmerge": 3,
    "template": "one-page-safety-plan-docx-landscape-small-font-info-strip-table-why-were-worried-amber-says-kai-shannon-says-goals-then-grid-worry-merged-down-safety-step-who-when-how-well-know-then-if-things-go-wrong-review-and-legal-line",
    "description": (
        "A one-page safety plan agreed at the initial conference for an 11-year-old girl and a 4-year-old "
        "boy after their father assaulted their mother in front of them (he is on bail, not to contact her "
        "or go near the home or school); the girl also told her teacher that her mother and friends have "
        "'white powder' at weekends, and the mother admits using cocaine on Saturdays. The maternal "
        "grandmother has the children every weekend and does two school runs a week. An info strip, the "
        "children's words, goals, then a grid (Worry merged down over its safety steps / Safety step / Who "
        "/ When / How we'll know). Faults: the nursery to 'keep an eye on' Kai with 'Monitor' as its only "
        "check; the lock change and video doorbell 'ASAP'; 'All' ringing 999 at a sighting of the father; "
        "a school counselling referral with '-' for who; the mother's cocaine use recorded with no adult "
        "service owning any action (she only books herself a drop-in); a contingency whose trigger is "
        "'things escalate' and whose response is to review and consider next steps; and nothing on what "
        "happens if the grandmother cannot have the children."
    ),
    "blocks": [
        ("title", "One-page safety plan: Amber + Kai"),
        ("table", {
            "rows": [
                ["Children", "Amber SUTCLIFFE (11, dob 08/05/2014, Y6 Grisholme Park Primary); Kai SUTCLIFFE (4, "
                             "dob 21/10/2021, Goldcrest Nursery)"],
                ["Home", "9 Hawthorn Road, Grisholme GR6 2LB - Mum (Shannon Sutcliffe, 31) + kids"],
                ["Dad", "Lee Sutcliffe (35), at his brother's, 40 Quarry Lane. Charged with ABH 18/01/2026; bail: no "
                        "contact with Shannon, not within 100m of Hawthorn Rd, the school or the nursery"],
                ["Nan", "Linda Dale (MGM), 3 Fern Close, Grisholme"],
                ["Plan", "CP plan (emotional abuse), ICPC Thu 29/01/2026; SW: Nicola Brennan (NB), Grisholme "
                         "Council Children's Services; TM: Phil Hardy (PH)"],
            ],
            "widths": [2.6, 23.1],
            "bold_first_col": True,
        }),
        ("boldp", "Why we're worried"),
        ("p", "17/01/2026: Lee pushed Shannon into the kitchen door and had his hands round her neck while Amber and "
              "Kai were in the room; Amber rang 999. Police have been called to the house 3 times since 2024. "
              "Amber told Mrs Kaur that Mum and her friends \"have white powder on the table on Saturdays\"; "
              "Shannon says she uses cocaine \"once a week, at the weekend, never in front of the kids\"."),
        ("boldp", "Amber says (seen on her own by NB at school, 27/01/2026)"),
        ("p", "\"I'm the one who rang 999. I had to.\" \"I don't want Dad to come back but I don't want him to go to "
              "prison.\" \"Mum's friends come on Saturdays and they're really loud.\" \"I like Nan's, it's quiet.\" "
              "Safe score: home 5/10, Nan's 9/10, school 8/10."),
        ("boldp", "Kai (4) - what we see"),
        ("p", "Kai plays \"police coming\" with his cars at nursery and has wet the bed most nights since 17/01. He "
              "hides under the table when the doorbell goes (NB's visit 22/01). He runs to Nan and holds on to "
              "her leg when she collects him."),
        ("boldp", "Shannon says"),
        ("p", "\"I've done with Lee, for good this time. The weekends are the only time I get to be me, but I "
              "know Amber sees more than I think.\""),
        ("boldp", "Goals for Amber + Kai"),
        ("bullets", [
            "Amber and Kai are safe from Lee's violence at home, at school and at nursery.",
            "Amber and Kai are looked after by a mum who is not using drugs, every day of the week.",
            "Amber and Kai sleep well, feel safe at home, and have someone to talk to about what happened.",
        ]),
        ("boldp", "The safety plan"),
        ("table", {
            "header": ["Worry", "Safety step", "Who", "When", "How we'll know"],
            "widths": [3.6, 9.0, 4.5, 3.8, 4.8],
            "rows": [
                ["Lee coming to the house, school or nursery",
                 "Enforce bail conditions; arrest on any breach",
                 "Grisholme Police DA Unit (DS Rob Keane)",
                 "Until court; bail back 26/02",
                 "Breaches logged on police system; bail outcome emailed to NB by 26/02"],
                [V,
                 "New locks + video doorbell at 9 Hawthorn Rd (Sanctuary scheme)",
                 "Grisholme Homes, Sanctuary team",
                 "ASAP",
                 "Job no. + date fitted sent to NB"],
                [V,
                 "Ring 999 if Lee is seen at or near the house, school or nursery",
                 "All",
                 "Every sighting",
                 "Police log no. to NB same day"],
                ["Shannon's safety",
                 "Freedom Programme at Grisholme Women's Centre",
                 "Shannon (Mum)",
                 "Thu 10am, x12 wks from 05/02",
                 "Attendance sheet from the Women's Centre to NB monthly"],
                ["Shannon's cocaine use at weekends",
                 "Go to the Grisholme Drug and Alcohol Service drop-in and book an assessment",
                 "Shannon (Mum)",
                 "By 06/02",
                 "Appt letter seen by NB"],
                [V,
                 "No cocaine or alcohol while caring for A + K; hair strand test (set up by NB)",
                 "Shannon (Mum)",
                 "Every day; test w/c 09/03",
                 "Hair strand result negative for cocaine, sent to NB"],
                [V,
                 "A + K stay at Nan's, Fri 5pm to Sun 10am",
                 "Nan (Linda Dale, MGM)",
                 "Every weekend until RCPC",
                 "Nan texts NB Sun am; NB sees A + K at Nan's 1 weekend in 3"],
                ["Amber + Kai, day to day",
                 "Home visits; see A on her own + K; go through A's safety card with her",
                 "NB (SW)",
                 "Wkly (Tue after school)",
                 "Visit recs on LCS within 48 hrs, with A's words"],
                [V,
                 "Check in with A at the start of each day; log on CPOMS",
                 "Mrs Harpreet Kaur (DSL, Grisholme Park Primary)",
                 "Every school day, 8.45am",
                 "CPOMS log sent to NB every Fri"],
                [V,
                 "Keep an eye on Kai at nursery and tell NB if worried",
                 "Goldcrest Nursery (Mrs Tina Lowe)",
                 "Each session (Mon-Fri am)",
                 "Monitor"],
                [V,
                 "Referral to the Grisholme Schools Counselling Service for Amber",
                 "-",
                 "By 13/02",
                 "Date of first session sent to NB"],
                [V,
                 "School + nursery run on Mon + Wed (Shannon on early shifts)",
                 "Nan (Linda)",
                 "Every Mon + Wed",
                 "School + nursery sign-in sheets; Nan texts NB each Fri"],
            ],
        }),
        ("boldp", "If things go wrong"),
        ("p", "If things escalate or the safety plan isn't being followed, NB will speak to Shannon and the core "
              "group will review the plan and consider next steps."),
        ("boldp", "Review"),
        ("p", "Core group every 4 wks, Tue 3.30pm at Grisholme Park Primary: 10/02/2026, 10/03/2026, 07/04/2026. "
              "RCPC: Tue 28/04/2026, 10am, Grisholme Council House. If there is no real progress by the RCPC, PH "
              "(TM) will request a legal planning meeting."),
        ("p", "Agreed with Shannon 29/01/2026. Copies: Shannon, Nan, Amber (her own safety card), school, nursery, "
              "police, Grisholme Homes."),
    ],
    "findings": [
        F("M002", "Keep an eye on Kai at nursery and tell NB"),
        F("T002", "New locks + video doorbell at 9 Hawthorn Rd"),
        F("W002", "Ring 999 if Lee is seen at or near"),
        F("W001", "Referral to the Grisholme Schools Counselling Service for Amber"),
        F("F004"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A case-system export ("CareLink") of a review plan: fixed-width task
#    blocks with clipped fields; a move to Gantwick coming. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_gullendean_carelink_task_export_rigby.txt",
    "split": "heldout",
    "actions": 13,
    "template": "case-system-export-txt-carelink-print-header-case-summary-fields-household-reason-for-plan-childs-views-outcomes-coded-out1-to-out4-then-task-blocks-task-number-and-title-with-dot-leader-fields-desc-owner-due-freq-evidence-outcome-status-page-breaks-with-repeated-header-then-contingency-meetings",
    "description": (
        "A CareLink case-system print of the plan agreed at the first review conference for an 8-year-old "
        "boy and an 18-month-old girl on plans for neglect: their mother is on a methadone script after "
        "heroin use in the autumn, the home is cluttered and without food on some visits, the boy is late "
        "or absent and has untreated tooth decay, and the toddler's immunisations are overdue. The family "
        "move to a housing association flat in Gantwick on 20/02/2026. Case summary fields, the "
        "children's views, outcomes OUT1 to OUT4, then thirteen task blocks with clipped dot-leader "
        "fields (Desc / Owner / Due-Freq / Evidence / Outcome / Status) and a repeated page header. "
        "Faults: the parenting assessment handed to Gantwick 'within 4 wks of transfer-in conf'; the "
        "dentist task with '-' for due; the school nurse's health review 'ongoing'; the family support "
        "worker's home sessions with 'N/A' for evidence; 'Core grp' owning clothes and uniform; an outcome "
        "about the mother's script only; and nothing anywhere on legal planning."
    ),
    "text": """\
CareLink v4.2  ::  GULLENDEAN COUNCIL CHILDREN'S SERVICES  ::  PLAN PRINT
Printed 19/01/2026 14:32 by mashby                                   Page 1 of 3
==========================================================================================
CASE ........ RIGBY family (CL-0046218)          PLAN TYPE ... Child Protection (review)
CHILDREN .... Jaxon RIGBY   dob 14/07/2017 (8)   Y4 Gullendean Moor Primary
              Esmae RIGBY   dob 30/07/2024 (1y 5m)   at home
ADDRESS ..... 17 Pitt Street, Gullendean GD1 8NW
              -> moving 20/02/2026 to 6 Larch House, Beacon Way, Gantwick (Gantwick Housing Assoc.)
MOTHER ...... Danielle RIGBY (29)   [DR]
FATHERS ..... Jaxon: not involved.  Esmae: Craig Benson, HMP Gorsemoor, release due 06/2026
CATEGORY .... Neglect (ICPC 16/10/2025; RCPC1 15/01/2026 - plan continues)
CHAIR ....... Simone Price (IRO)
KEY SW ...... Mel Ashby [MA], Safeguarding Team North   TM: Gareth Lyle [GL]
RECEIVING LA  Gantwick Council CSC - transfer requested 16/01/2026
==========================================================================================

REASON FOR PLAN (summary)
  Oct 2025: DR using heroin; UDS pos x2. Home cluttered, no food on 3 visits, dog mess in
  kitchen. J late 31 times in autumn term, att. 81%, tooth decay (2 teeth need filling).
  E's 12-month imms + review missed. Since Nov: DR on methadone 60ml (GSMS), UDS neg x4 for
  heroin. Home better but slips; food in on 5 of last 6 visits; J att. 89%.

CHILD'S VIEWS
  Jaxon (seen alone at school by MA 12/01/2026): "Mum's better now, she gets up." "I don't
  like it when there's no cereal." "I don't want to move, all my mates are here." Wants to
  keep doing judo. Worry score 6/10 about the move.
  Esmae (obs MA + HV 08/01/2026): walking, says "Mama", "J-J" for Jaxon. Clingy with DR, goes
  to J for comfort when DR is on the phone. Nappy rash x2 visits in Dec, clear in Jan.

OUTCOMES
  OUT1  J + E live in a clean, safe home with food in every day.
  OUT2  J is in school on time every day (95%+) and has his teeth treated.
  OUT3  E is up to date with her imms and health reviews and meets her milestones.
  OUT4  Danielle is stable on her methadone script and is not using on top.

------------------------------------------------------------------------------------------
TASKS (13)                                                     [Open = live on this plan]
------------------------------------------------------------------------------------------
TASK 001  Home visits
  Desc ........ SW home visits, J + E seen, J seen alone; food, beds + home conds checked
  Owner ....... MA (SW)
  Due/Freq .... Wkly until transfer-in conf (Gantwick), then joint handover visit with
                Gantwick SW
  Evidence .... Visit recs on CareLink within 48h, with J's words
  Outcome ..... OUT1, OUT2, OUT3          Status ..... Open

TASK 002  Script + key work
  Desc ........ DR's methadone script (60ml, supervised daily) + key work; UDS each KW
  Owner ....... Jason Pyle, recovery worker, Gullendean Substance Misuse Service (GSMS)
  Due/Freq .... KW fortnightly (Tue)
  Evidence .... UDS results to MA monthly; UDS neg for heroin x3 by 12/03
  Outcome ..... OUT4                      Status ..... Open

TASK 003  Script transfer
  Desc ........ Transfer DR's script + KW to Gantwick Recovery Service, no gap in dosing
  Owner ....... Jason Pyle (GSMS)
  Due/Freq .... Before move date 20/02/2026
  Evidence .... Gantwick script start date confirmed in writing to MA
  Outcome ..... OUT4                      Status ..... Open

TASK 004  Parenting assessment
  Desc ........ Parenting assessment of DR to be completed by Gantwick CSC after transfer
  Owner ....... Gantwick CSC (receiving LA)
  Due/Freq .... Within 4 wks of transfer-in conf
  Evidence .... Assessment report to CG
  Outcome ..... OUT1                      Status ..... Deferred

------------------------------------------------------------------------------------------
CareLink v4.2  ::  GULLENDEAN COUNCIL CHILDREN'S SERVICES  ::  PLAN PRINT
Printed 19/01/2026 14:32 by mashby                                   Page 2 of 3
------------------------------------------------------------------------------------------
TASK 005  School attendance
  Desc ........ First-day call to DR if J not in by 9am; late book checked daily
  Owner ....... Mrs Grace Okafor, attendance officer, Gullendean Moor Primary
  Due/Freq .... Every school day
  Evidence .... Att. figs to MA fortnightly; 95%+ by RCPC
  Outcome ..... OUT2                      Status ..... Open

TASK 006  School nurse health review
  Desc ........ Health review for J: weight, head lice, dental pain
  Owner ....... Sue Clegg, school nurse, Gullendean 5-19 Service
  Due/Freq .... Ongoing
  Evidence .... Health review form to MA
  Outcome ..... OUT2                      Status ..... Open

TASK 007  E's imms + review
  Desc ........ Catch-up imms for E (12-month set) + her 18-month review
  Owner ....... Anna Fry, HV, Gullendean 0-19 Service
  Due/Freq .... By 06/02/2026
  Evidence .... Imms in red book; HV letter with 18-month review (ASQ-3) to MA
  Outcome ..... OUT3                      Status ..... Open

TASK 008  Dentist
  Desc ........ Register J + E with a dentist; J's two fillings done
  Owner ....... DR (Mum)
  Due/Freq .... -
  Evidence .... Appt cards seen by MA
  Outcome ..... OUT2                      Status ..... Open

TASK 009  Home sessions
  Desc ........ FSW home sessions: clear-out, meal planning, bedtime routine for J + E
  Owner ....... Kelly Moor, FSW, Gullendean Family Centre
  Due/Freq .... x2 wk (Mon + Thu) until move date
  Evidence .... N/A
  Outcome ..... OUT1                      Status ..... Open

TASK 010  Clothes + uniform
  Desc ........ Winter coats, shoes + school uniform for J, clothes for E (hardship fund)
  Owner ....... Core grp
  Due/Freq .... By 30/01/2026
  Evidence .... Items seen by MA at next visit
  Outcome ..... OUT1, OUT2                Status ..... Open

------------------------------------------------------------------------------------------
CareLink v4.2  ::  GULLENDEAN COUNCIL CHILDREN'S SERVICES  ::  PLAN PRINT
Printed 19/01/2026 14:32 by mashby                                   Page 3 of 3
------------------------------------------------------------------------------------------
TASK 011  DR - KW + pick-ups
  Desc ........ DR to attend every GSMS KW appt + pick up script from pharmacy daily
  Owner ....... DR (Mum)
  Due/Freq .... Daily pick-up; KW fortnightly
  Evidence .... Pharmacy pick-up record + GSMS attendance to MA monthly
  Outcome ..... OUT4                      Status ..... Open

TASK 012  Transfer paperwork
  Desc ........ Send CP plan, chronology + case records to Gantwick CSC; ask for
                transfer-in conf within 15 working days of the move
  Owner ....... MA (SW)
  Due/Freq .... By 20/02/2026
  Evidence .... Gantwick receipt email + transfer-in conf date on CareLink
  Outcome ..... OUT1                      Status ..... Open

TASK 013  J's worries about the move
  Desc ........ Direct work with J on the move + new school ("my worries" book)
  Owner ....... MA (SW)
  Due/Freq .... Fortnightly visits at school, from 22/01/2026 until the move
  Evidence .... Worksheets on file; J's worry score each session on CareLink
  Outcome ..... OUT2                      Status ..... Open

CLOSED TASKS (not on live plan)
  TASK C01  GSMS referral (MA) ........................ Complete 04/11/2025
  TASK C02  Housing assoc. nomination letter (MA) ..... Complete 09/01/2026

CONTINGENCY
  - DR's UDS pos for heroin, or DR found under the influence with J or E: MA (EDT out of
    hours) holds a strategy discussion with police same day; J + E stay with DR's sister
    Kerry Rigby (Gantwick) or, if she can't, in an emergency foster placement same day.
  - J + E found at home with no adult, or no food in on 2 visits running: MA visits that
    day and DR's key worker is told; strategy discussion within 24h.
  - Move date slips: plan stays with Gullendean (MA) until Gantwick's transfer-in conf.

MEETINGS
  Core group every 4 wks, Thu 10am, Gullendean Family Centre: 05/02/2026, 05/03/2026
  RCPC2 (Gullendean) booked 16/04/2026, 10am - stands if the transfer-in conference has not
  happened by then

*** END OF PRINT ***
""",
    "findings": [
        F("X001", "Parenting assessment of DR to be completed by Gantwick CSC"),
        F("T001", "Register J + E with a dentist; J's two fillings done"),
        F("T002", "Health review for J: weight, head lice, dental pain"),
        F("M001", "FSW home sessions: clear-out, meal planning, bedtime routine"),
        F("W002", "Winter coats, shoes + school uniform for J"),
        F("F002", "Danielle is stable on her methadone script and is not using on top."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. The social worker's e-mail to the core group after core group 1: the
#    actions as numbered "who - what - when - how we'll know" lines, "I" the
#    social worker who signs. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_grendlow_sw_email_numbered_actions_walsh.md",
    "split": "heldout",
    "actions": 13,
    "template": "social-worker-email-to-core-group-md-from-to-subject-lines-greeting-key-to-initials-and-i-means-the-sw-why-the-plan-in-two-lines-what-zara-and-finn-said-outcomes-from-icpc-then-numbered-actions-who-dash-what-dash-when-dash-how-well-know-early-warning-signs-and-contingency-dates-sign-off",
    "description": (
        "Exemplary plan sent as the social worker's e-mail to the core group after its first meeting, for a "
        "12-year-old girl and an 8-year-old boy on plans for neglect after their mother, who has bipolar "
        "disorder, stopped her lithium and became manic (found in the street at 2am with her son; the "
        "daughter had been caring for both) and was in hospital for three weeks; their uncle collects them "
        "after school and has them on Saturdays. The e-mail keeps the clipped style of a busy worker: a key "
        "to initials, 'I' and 'me' for the social worker who signs, the children's words, outcomes, then "
        "numbered lines 'who - what - when - how we'll know' ('wkly (Mon)', 'by 13/2, then every 3 months', "
        "'Tue + Thu, 3.15pm', 'att. figs to me fortnightly', 'lithium level in range'). The CMHT care "
        "coordinator and the consultant are asked for their view of the mother's capacity to change and "
        "its timescale; the GP owns the blood tests; the contingency lists early warning signs, a "
        "fallback if the uncle cannot help and a legal planning meeting after named triggers; core group "
        "and review conference dates are set."
    ),
    "text": """\
**From:** Sophie Rennard <sophie.rennard@grendlow.gov.example>
**To:** Grendlow CG - Walsh (Mandy Bell; Dr R Kapoor; Dr P Haines; Ade Lewis; Jo Kendrick; Rob Tate; Hannah Okoye; Dan Pryor)
**Cc:** Nicola Walsh; Laura Mistry (TM)
**Date:** Thu 05/02/2026 16:48
**Subject:** CG1 actions - Zara + Finn Walsh - please check by Mon 9/2

Hi all,

Thanks for coming today, and thanks Nicola for having us at the house. Below is the plan as we agreed it at CG1. It's in my shorthand, so the key first. Shout by Mon 9/2 if I've got anything wrong, otherwise this is the plan we work to until the RCPC.

**Key:** I / me = Sophie Rennard (SR), SW, Grendlow Children's Social Care, Family Safeguarding Team. N = Nicola Walsh (Mum). Z = Zara (12). F = Finn (8). MB = Mandy Bell, CPN + care coordinator (CMHT CC), Grendlow Community Mental Health Team. Dr RK = Dr Rahul Kapoor, consultant psychiatrist, Grendlow CMHT. Dr PH = Dr Pippa Haines, GP, Greenlaw Surgery. AL = Ade Lewis, DSL, Grendlow Academy (Z). JK = Jo Kendrick, DSL, Glebe Primary (F). RT = Rob Tate, Grendlow Young Carers. HO = Hannah Okoye, FSW, Grendlow Family Hub. Uncle Dan = Dan Pryor, N's brother, 11 Cross Street. TM = Laura Mistry, my team manager.

**Why there's a plan (ICPC 22/01, neglect):** N stopped her lithium in November and was manic by December. Z was doing the shopping, getting F to school and sitting up with N at night. On 20/12 police found N in the street at 2am with F in his pyjamas. N was in Grendlow Lodge from 21/12 to 09/01 and is back on lithium.

**What Z + F said (both seen on their own, Z at school 28/01, F at home 30/01):**
- Z: "I had to be the mum. I didn't mind, but I was so tired I fell asleep in maths." "I don't want anyone to get Mum sectioned again, she hated it." "I just want to be normal and go to drama." Worry about Mum: 8/10.
- F: "Mum was being really funny and then really scary." "I like going to Uncle Dan's, he does pancakes." He has been getting into N's bed at night and asks every morning if she's "still better". He drew the night in the street with a police car "with its lights on".
- N: "I know I can't stop the lithium again. I want the kids to be kids."

**Outcomes (from ICPC):**
1. Z + F are cared for every day and night by an adult who is well, and never left to look after N or each other.
2. Z can go to school, drama and see friends without worrying about Mum, and her worry score comes down.
3. F sleeps in his own bed, is at school on time every day, and knows who to ring if Mum is unwell.
4. Z + F know what will happen if N becomes unwell again, and the plan in their words works.

**Actions:**

1. **Me (SR)** - home visits, 1 in 3 unannounced; see Z + F each on their own - wkly until RCPC - visit recs on LCS within 48 hrs, with their words.
2. **Me (SR)** - young carers assessment with Z (with RT) - by 27/02 - assessment + support plan on file, a copy for Z.
3. **Me (SR)** - CAMHS referral for F (sleep, night fears) - by 13/02 - CAMHS acceptance letter on file.
4. **MB (CMHT CC)** - home visits to N: relapse signature work, mood check, dosette box check - wkly (Mon) - visit summary to me monthly; written report to CG2 on N's capacity to stay well and care for Z + F, what needs to change and how long it is likely to take.
5. **Dr RK** - outpatient review of N + her meds; written opinion on relapse risk and on what would show N is well enough to care for Z + F, with a likely timescale - by 20/02 - clinic letter to Dr PH + me, shared at CG2.
6. **Dr PH (GP)** - N's lithium level + kidney and thyroid bloods - by 13/02, then every 3 months - results to MB + me; lithium level in range (0.6-1.0).
7. **N** - take lithium every night from the dosette box; tell MB the same day if she misses a dose - daily - dosette box checked by MB at each visit and by me at mine; lithium level in range at each blood test.
8. **Uncle Dan** - collect Z + F from school Tue + Thu for tea at his; have them Sat 10am-4pm - every Tue, Thu + Sat - school sign-out sheets; Dan texts me each Fri.
9. **AL (DSL)** - check-in with Z; young carer pass so she can ring home at lunch - Mon + Fri, 8.40am - CPOMS notes, summary to me fortnightly.
10. **JK (DSL)** - F's attendance + lateness; first-day call to N, then me - every school day - att. figs to me fortnightly; on time 95%+ by RCPC.
11. **RT (Young Carers)** - young carers group + monthly 1:1 with Z - Wed 4-6pm from 11/02 - group register; Z's "how much I worry about Mum" score at each 1:1, told to me.
12. **HO (FSW)** - 3 family sessions to write "What happens if Mum gets poorly" with N, Z + F in their words - Tue 5pm, 10/02, 24/02 + 03/03 - family crisis plan signed by N, Z + F, copies on file and on the fridge.
13. **Me (SR)** - drama club place for Z at Grendlow Youth Theatre (fees from the young carers fund) - by 20/02 - Z's place confirmed in writing; register seen at CG2.

**Early warning signs + contingency (N, Z + F agreed these):**
- N's signs: not sleeping for 2 nights, talking fast, spending, going out at night, stopping lithium. If Z, F, Uncle Dan or anyone sees them, they ring MB (or the CMHT crisis line out of hours) and me (EDT out of hours) the same day. MB or the crisis team sees N that day.
- If N is unwell enough that Z or F would be caring for her, Z + F go to Uncle Dan's that night. If Dan can't have them (he works some nights), I or EDT find an emergency foster placement the same day, near their schools.
- If N leaves the house at night with F, or F or Z is found alone at night, Z rings 999; police attend, and I hold a strategy discussion the same day.
- If Dan can't do a Tue or Thu, he texts me by 12 noon and F goes to Glebe Primary's after-school club (paid for by us) and Z to the Grendlow Academy homework club until 5.30pm, when HO collects them.
- If N is admitted to hospital again, or stops her lithium and won't see MB, before the RCPC, TM will hold a legal planning meeting within 5 working days.

**Dates:**
- Core group every 4 wks, Thu 10am at the house: CG2 05/03/2026, CG3 02/04/2026.
- RCPC: Wed 22/04/2026, 2pm, Grendlow Civic Centre.

Thanks all,
Sophie

Sophie Rennard | Social Worker | Family Safeguarding Team | Grendlow Council Children's Social Care
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A list typed up from the social worker's notebook after a discharge
#    planning meeting for a newborn accommodated under section 20 on the
#    neonatal unit. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b205_gimblethorpe_notebook_list_typed_up_doyle.pdf",
    "doc_title": "Archie Doyle - discharge planning and CP actions (typed from notebook)",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE - Gimblethorpe Council Children's Services - Children in Care and Protection Team",
    "footer": "Baby Archie Doyle - typed from SW notebook 26/01/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "notebook-list-typed-up-pdf-paged-header-footer-meeting-line-kv-baby-and-legal-status-present-table-by-initials-background-in-clipped-lines-then-plan-as-typed-numbered-list-with-close-brackets-owner-dash-what-dash-when-dash-how-then-if-things-go-wrong-dates-no-outcomes-no-babys-day",
    "description": (
        "A plan typed up by the social worker from her notebook after a discharge planning meeting on the "
        "neonatal unit for a 9-day-old boy born at 35 weeks with neonatal abstinence syndrome, on oral "
        "morphine and weaning, accommodated under section 20 with his mother's agreement and to go to a "
        "foster carer on discharge; his mother used heroin in pregnancy and is on a methadone script. A "
        "meeting line, baby and legal status details, those present by initials, clipped background lines, "
        "then the plan as the notebook's numbered list '1) owner - what - when - how', a contingency and "
        "dates. Faults: nobody is set to visit the baby on the unit at a stated frequency (the social "
        "worker rings the ward twice a week, the foster carer visits 'as often as poss', the ward staff "
        "supervise the mother); the foster carer's visits 'as often as poss'; the ward's supervision of "
        "the mother checked only by 'keep an eye'; a cot, car seat and steriliser 'to be sorted' with no "
        "one named; no expected outcome for the baby anywhere; and nothing of the baby's own day on the "
        "unit."
    ),
    "blocks": [
        ("title", "Archie DOYLE - plan (typed up from my notebook)"),
        ("p", "Discharge planning meeting + CP actions, Ward 12 (neonatal unit), Gimblethorpe General Hospital, "
              "Fri 23/01/2026, 2pm. Typed up by CH (SW) on 26/01/2026 - shorthand as written on the day. "
              "Corrections to me by Wed 28/01 please."),
        ("kv", [
            ("Baby", "Archie DOYLE, dob 14/01/2026, born at 35+2 wks, 2.31 kg"),
            ("Mum", "Stacey DOYLE (27), 5 Tanner's Yard, Gimblethorpe GM2 4EP"),
            ("Dad", "Not named"),
            ("Legal status", "Accommodated s20 since 16/01/2026 (S signed consent on the ward)"),
            ("CP plan", "ICPC Wed 21/01/2026, neglect (pre-birth referral 10/2025)"),
            ("FC on d/c", "Janet Hurst (JH), approved foster carer, Gimblethorpe Fostering Service"),
        ]),
        ("boldp", "Present"),
        ("table", {
            "header": ["Init.", "Who"],
            "widths": [2.4, 14.6],
            "rows": [
                ["CH", "Cara Hendry, SW, Children in Care and Protection Team (TM: Angela Reid, AR)"],
                ["BC", "Sister Bev Cole, ward manager, Ward 12 NNU"],
                ["Dr IS", "Dr Imran Siddiqui, consultant neonatologist"],
                ["TB", "Tom Baines, recovery worker, Gimblethorpe Drug and Alcohol Team (GDAT)"],
                ["JH", "Janet Hurst, foster carer"],
                ["PG", "Paula Grey, supervising social worker (SSW) for JH, Gimblethorpe Fostering Service"],
                ["SF", "Sue Ford, HV, Gimblethorpe 0-19 Service"],
                ["S", "Stacey Doyle (Mum) - 2nd half of meeting"],
            ],
        }),
        ("boldp", "Background (brief)"),
        ("bullets", [
            "S used heroin in pregnancy; on methadone 50ml via GDAT since 20 wks; UDS pos for heroin at 34 wks.",
            "A born 14/01 at 35+2, admitted to NNU day 2 with NAS; oral morphine from day 2, weaning since "
            "20/01.",
            "S agreed to s20 on 16/01. JH is the FC A goes to when he is discharged.",
            "MGM Carol Doyle (Hexley Road, Gimblethorpe) has asked to be assessed to care for A.",
        ]),
        ("boldp", "Plan (as agreed on 23/01)"),
        ("p", "1)  CH (SW) - ring Ward 12 x2 wk (Mon + Thu) for an update on A's wean + feeds - note of each call "
              "on LCS."),
        ("p", "2)  JH (FC) - visit A on NNU as often as poss, do cares + feeds with the nurses - FC "
              "log sent to PG + CH."),
        ("p", "3)  Ward 12 (BC) - supervise S's time with A on the unit; keep an eye on how she handles + feeds "
              "him - each time S visits."),
        ("p", "4)  Dr IS - morphine wean; d/c when A is off morphine 48 hrs + feeding from a bottle - d/c planned "
              "w/c 02/02 - d/c summary to CH, GP + SF on the day of d/c."),
        ("p", "5)  Cot, car seat + steriliser for JH's home - to be sorted before d/c - seen in place at JH's by "
              "PG."),
        ("p", "6)  PG (SSW) - NAS baby care training for JH with the NNU outreach nurse - before d/c - training "
              "record on JH's fostering file."),
        ("p", "7)  TB (GDAT) - review S's script + key work; UDS each session - wkly (Wed) - UDS results to CH "
              "fortnightly; UDS neg for heroin x3 by CG2 (04/03); written update to each CG."),
        ("p", "8)  S - KW at GDAT every Wed + daily supervised pick-up at the pharmacy - wkly / daily - GDAT "
              "attendance + pharmacy record to CH fortnightly."),
        ("p", "9)  CH - parenting assessment of S - start by 09/02, report by 20/03 - report to CG + AR."),
        ("p", "10)  CH - viability assessment of MGM (Carol Doyle) - by 20/02 - viability report on file; "
              "outcome told to S + CD."),
        ("p", "11)  SF (HV) - new birth visit at JH's + weigh A - within 5 days of d/c, then wkly x4 - wt on "
              "centile chart; HV notes to CH."),
        ("p", "12)  Dr IS - NAS follow-up clinic - 6 wks after d/c - clinic letter to CH + GP."),
        ("p", "13)  FSW (Nadia Khan, Gimblethorpe Family Centre) - S's contact with A after d/c, supervised - "
              "Mon, Wed + Fri 10-12, from the wk after d/c - contact recs to CH after each session."),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "S arrives on Ward 12 under the influence, is aggressive, or tries to take A off the unit: ward "
            "staff ring security + 999, BC rings CH (EDT out of hours); A stays on the unit; CH holds a "
            "strategy discussion the same day.",
            "S withdraws her s20 consent: CH rings AR the same day and AR holds a legal planning meeting "
            "that day (application for an interim care order).",
            "JH can't take A on d/c: PG finds another approved FC before d/c; A stays on the ward until then.",
            "S's UDS pos for heroin twice before CG2: AR holds a legal planning meeting within 5 working days "
            "(PLO).",
        ]),
        ("boldp", "Dates"),
        ("bullets", [
            "CG1 Wed 04/02/2026, 10am, Gimblethorpe Family Centre, then every 4 wks (CG2 04/03, CG3 01/04).",
            "CLA review 1: 12/02/2026, 2pm, Ward 12 seminar room (IRO: Dev Mistry).",
            "RCPC: Wed 15/04/2026, 10am, Gimblethorpe Council Offices.",
        ]),
        ("p", "Sent to everyone present + S (by hand on the ward, 26/01) - CH."),
    ],
    "findings": [
        F("L001"),
        F("T002", "visit A on NNU as often as poss, do cares"),
        F("M002", "supervise S's time with A on the unit"),
        F("W001", "Cot, car seat + steriliser for JH's home"),
        F("O001"),
        F("F003"),
    ],
})
