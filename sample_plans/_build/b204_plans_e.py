"""Batch 204, module e: seven fictional plans (tuning material), places beginning with "e".

Batch: 204. Letter: e. Split: tune (every plan).

Everything here is made up: children, families, professionals, police
officers, schools, nurseries, hospitals and wards, services and councils
(Ebberthwaite, Eddowsfield, Elkstonbury, Ennerwick, Esperholt, Erlingford,
Ethelsby, Elsworthy and the services named after them). Any resemblance to
real people, places or cases is a coincidence. The labels were written by
hand from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: plans written in practitioners' shorthand. Each plan is typed fast
by a busy practitioner in a template of its own, in the abbreviations and
clipped forms real plans and core group minutes use: owners as initials
and role abbreviations (SW, HV, FSW, DSL, GP, CPN, CMHT CC, IDVA, SENCO,
"KT (SW)") given once in an attendance list, a key or a who's who; times
as "wkly", "2/52", "6/52", "by 13/02", "w/c 19/1", "Mon+Thu", "by RCPC",
"before d/c", "at every HV contact", with some that are no timescale
("tbc", "ASAP", "Ongoing" alone, "-"); measures as "wt on centile chart",
"CPOMS", "att. figs", "breath test neg", "visit notes w/in 48h", with
some that are no measure ("Monitor", "Monitored", an empty cell); clipped
grammar with no verbs or no subjects, arrows, slashes and plus signs. A
shorthand owner or time counts when a reader of the plan can tell who or
when; "tbc" gives no time.

1. Ebberthwaite (docx): core group 2 minutes for a 7-year-old and a
   3-year-old (neglect, the father's drinking, the maternal grandmother and
   aunt helping): an attendance table of initials, numbered minute items in
   shorthand (updates, the children's words, scaling, outcomes), then an
   action log (No. / Action / Who / When / How we'll know). Faults: the
   nursery's check on the 3-year-old measured by "Monitor" (M002); dentist
   registration "tbc" (T002); "All" ringing the social worker (W002); the
   housing repair with an empty measure (M001); no fallback if the
   grandmother or aunt cannot help (C003); and a contingency that ends in
   the social worker "discussing next steps" with her manager, with no
   legal planning anywhere (R002).
2. Eddowsfield (pdf, header and footer, exemplary): a health visitor's
   plan of care for a 7-week-old baby (weight faltering, the mother's
   postnatal depression and anxiety, the father on nights, the grandmother
   sitting in the afternoons), printed from the clinical record: client
   details with initials, "Riley's day (observed)", goals, then "PoC" lines
   (what / Who / When / How we'll know), the family's lines and the
   multi-agency lines copied from the CP plan; the perinatal mental health
   team reports on the mother's capacity to change.
3. Elkstonbury (md, exemplary): a one-page safety plan for a 10-year-old
   and a 6-year-old after domestic abuse (bail and a non-molestation
   order, supervised contact, the grandmother collecting from school): a
   key, worry, goal, the children's words, a "Who does what" table (# /
   What / Who / When / How we know) and an "If ... then" list with a
   fallback for the grandmother and legal planning after named triggers.
4. Ennerwick (txt): a case-system export of a plan's task lines (dot-leader
   fields Desc / Resp / Due / Evidence / Status) for a 5-year-old and a
   14-month-old whose mother uses cocaine and cannabis and is moving to
   another council. Faults: the parenting assessment put on hold and
   handed to the receiving council (X001); the speech and language referral
   with "-" for Due (T001); a nursery place "ASAP" (T002); the home
   conditions check with "-" for Resp (W001); the school's daily check with
   "Monitored" as evidence (M002); the mother's drug use with no adult
   service owning any task (F004); and the review conference "TBC" by the
   receiving council (R001).
5. Erlingford (md): the social worker's e-mail of the actions agreed at an
   initial conference for a 17-month-old on a children's ward with a
   fractured femur, accommodated under section 20; the mother has
   depression. Faults: the foster placement found "ASAP" (T002); the care
   coordinator's support visits that only treat the mother (H001); the
   police interview with no measure (M001); an outcome about the mother
   only (F002); a contingency with no specific trigger whose only response
   is to discuss and review (C002); and nobody set to visit the child on
   the ward at a stated frequency, only a daily phone call (L001).
6. Ethelsby (docx, exemplary): an initial conference plan typed up word for
   word from the flipchart for an 11-year-old young carer and her
   8-year-old brother (the mother's alcohol dependence, an aunt giving
   teas, the father's alternate Sundays): key, the children's words,
   lettered outcomes, then numbered lines "WHO: what. When. Check: ...";
   the drug and alcohol service and the GP own work, the aunt's help has a
   fallback, and legal planning follows named triggers.
7. Elsworthy (pdf, header and footer): a core group action log for a
   6-year-old (neglect, the mother's anxiety and depression, debts) in a
   Ref / Action / Lead / Due / Evidence table. Faults: seven of twelve rows
   are about the mother's own needs with no link to the child (F001); the
   child's wishes, feelings and views are nowhere (F003); food bank help
   "Ongoing" (T002); the class teacher's daily check measured by "Monitor"
   (M002); the dentist and optician with "-" for the lead (W001); and
   nothing on legal planning (R002).

Plans 2, 3 and 6 are exemplary: every action has a named owner (initials
and roles defined in the plan's key or attendance list), a real timescale
(frequencies, dates, events such as "before d/c" or "at every HV contact")
and something that can be seen, counted or read; every outcome is about the
child; each contingency has specific triggers and concrete protective
responses and says what happens if a relative's help fails; each records
the child's words or observed day, core group dates and a dated review
conference, and legal planning after named triggers; where a parent is ill
or drinks an adult service owns work, and the perinatal mental health team
is asked for its view of the mother's capacity to change and how long it
will take.

Counting convention used for "actions" (README convention 1): each row of
an action table or action log (header rows excepted), each bullet of the
e-mail's "Actions" list, each line of a plan of care (PoC, family and
multi-agency lines), each numbered line of the typed-up flipchart and each
task block of the case export counts once, whatever number of sentences it
holds. Attendance lists, keys, agency updates, scaling, the children's
words, outcomes and goals, "where things are", legal status paragraphs,
contingencies and meeting dates are not actions; nor are CG1 actions the
minutes record as done.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 2 minutes: attendance table of initials, numbered minute
#    items in shorthand, then an action log. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_ebberthwaite_cg2_minutes_action_log_initials_pryce.docx",
    "doc_title": "Core Group Minutes (CG2) - Kayden and Maisie Pryce",
    "split": "tune",
    "actions": 13,
    "template": "core-group-2-minutes-docx-meeting-kv-attendance-initials-table-numbered-minute-items-shorthand-agency-updates-childrens-words-scaling-outcomes-then-action-log-no-action-who-when-how-well-know-initials-and-clipped-times-then-contingency-next-meetings",
    "description": (
        "Second core group minutes for a 7-year-old boy and his 3-year-old sister on plans for neglect: "
        "their father drinks most days and sleeps in the mornings, the house is damp, the boy is late and "
        "hungry at school and makes his sister's breakfast; their maternal grandmother does the school run "
        "three days a week and their aunt has them on Saturdays. Typed by the social worker from her notes "
        "in shorthand: an attendance table of initials, updates, the children's words, scaling and outcomes, "
        "then an action log (No. / Action / Who / When / How we'll know) with owners as initials and times "
        "such as '2/52', 'Thu+Fri 7.30am x6 wks from 26/1' and 'Wkly until RCPC'. The recovery service "
        "owns keywork and breath tests. Faults: the nursery's check measured by 'Monitor'; dentist "
        "registration 'tbc'; 'All' ringing the social worker; the housing repair with an empty measure; "
        "no fallback if the grandmother or aunt cannot help; and a contingency that ends in the social "
        "worker discussing next steps with her manager, with no legal planning."
    ),
    "blocks": [
        ("title", "Core Group Meeting - Minutes"),
        ("p", "Ebberthwaite Council Children's Services · Child Protection · Core Group 2"),
        ("kv", [
            ("Children", "Kayden Pryce (DOB 02/06/2018, 7y) and Maisie Pryce (DOB 19/10/2022, 3y)"),
            ("Address", "41 Tannery Row, Ebberthwaite EB3 7HL"),
            ("Category", "Neglect (ICPC 17/12/2025)"),
            ("Meeting", "CG2, Wed 21/01/2026, 3.30pm, Ebberthwaite Family Hub (Brook St)"),
            ("Chair / minutes", "KT (SW), typed up by KT from her notes 22/01/2026"),
        ]),
        ("h2", "1. Present / apologies"),
        ("table", {
            "header": ["Initials", "Name", "Role / agency"],
            "widths": [2.2, 4.6, 10.2],
            "rows": [
                ["KT", "Kirsty Thornber", "Social worker, Ebberthwaite CSC, Child Protection Team 2"],
                ["LP", "Leanne Pryce", "Mum"],
                ["CP", "Carl Pryce", "Dad"],
                ["SH", "Sandra Holt", "MGM (Leanne's mum)"],
                ["GH", "Gemma Holt", "Maternal aunt"],
                ["JB", "Jo Bamford", "HV, Ebberthwaite 0-19 Service"],
                ["RA", "Rachel Ainsworth", "DSL, Ebberthwaite St Mark's CE Primary (Kayden, Y2)"],
                ["KS", "Kelly Sowerby", "Key person, Little Owls Nursery, Ebberthwaite (Maisie)"],
                ["DM", "Dean Mottram", "FSW, Ebberthwaite Family Hub"],
                ["NR", "Nadia Rahman", "Recovery worker, Ebberthwaite Recovery Service (ERS)"],
            ],
        }),
        ("p", "Apologies: Dr P. Oyelaran (GP, Ebberthwaite Road Surgery), report sent; Phil Carr (housing "
              "officer, Ebberthwaite Homes), update by e-mail."),
        ("h2", "2. Minutes of CG1 (06/01/26)"),
        ("p", "Agreed as accurate. CG1 actions still open are carried into the log at item 7. Done since CG1 "
              "and not repeated: ERS referral for CP (done 08/01), school nurse health check for K (done 12/01)."),
        ("h2", "3. Updates"),
        ("bullets", [
            "SW: 3 HVs since CG1 (1 unannounced, 15/01 at 5.40pm). Downstairs much better, food in fridge. "
            "Kids' bedroom still damp, black mould on wall by M's cot-bed. K seen alone 15/01.",
            "HV: M wt 14.1kg (25th centile, was 9th at ICPC). Approx 20 words, below expected for age. "
            "Nappy rash resolved. ASQ-3 (3yr) not yet done.",
            "School: K att. 88% this term (79% autumn). Late x4 since CG1, all Thu/Fri. Came in hungry x2. "
            "Class teacher says he is more settled.",
            "Nursery: M in Mon/Wed/Fri. Missed 14/01. Clothes too small, no coat x2.",
            "ERS: CP assessed 09/01. Self-reports 8 cans/day at referral, now 4-5. At every Tues keywork so "
            "far. Breath test 0.00 on 13/01 and 20/01.",
            "FSW: routines work started 12/01, 4 sessions done. Bedtime chart up; M in bed by 8pm on 3 of 4 "
            "nights checked.",
            "Family: SH doing K's school run Mon-Wed since December. GH had both kids Sat 17/01.",
            "LP: \"It's calmer.\" CP: \"I'm cutting down, I'm not stopping.\"",
        ]),
        ("h2", "4. What K & M say / how they are"),
        ("p", "K (seen alone by KT at school 19/01): \"I like it when Nana takes me, we're not late.\" \"Dad's "
              "grumpy in the mornings.\" Scored home 6/10 \"because my room smells\". Wants a bunk bed and to "
              "go to Beavers. Said he sometimes gets M's breakfast \"when Mum and Dad are asleep\"."),
        ("p", "M (3), seen at home 15/01 and at nursery 16/01: runs to LP for cuddles, chatty with KS, eats "
              "well at nursery lunch (asks for seconds), clingy and upset at drop-off on Fridays. When asked "
              "about mornings she said \"Daddy sleeping\"."),
        ("h2", "5. Scaling"),
        ("p", "0 = K & M can't stay at home, 10 = safe enough to end the CP plan. KT 4, JB 5, RA 4, KS 4, "
              "DM 5, NR 5, LP 7, CP 7, SH 5."),
        ("h2", "6. What we want for K & M (from ICPC)"),
        ("numbers", [
            "K gets to school on time every day, fed and in clean uniform; att. 95%+ by Easter hols.",
            "M is fed, clean, warm and in bed by 8pm, and her speech is checked and helped.",
            "K & M sleep in a dry bedroom with no mould.",
            "K & M are looked after by a sober adult at all times.",
            "K no longer gets M's breakfast or looks after her while Mum and Dad are asleep.",
        ]),
        ("h2", "7. Action log"),
        ("p", "Owners by initials (item 1). wkly = every week; 2/52 = every 2 weeks; x6 wks = for 6 weeks; "
              "RCPC = 17/03/26."),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "How we'll know"],
            "widths": [1.0, 6.2, 2.4, 3.4, 4.0],
            "rows": [
                ["1",
                 "Home visits: see K & M, K seen alone; check kids' bedroom, fridge, nappies; 1 in 3 "
                 "unannounced (after 5pm)",
                 "KT",
                 "Wkly until RCPC",
                 "Visit records on Mosaic w/in 48h, incl. K's words"],
                ["2",
                 "HV contacts: M's wt/ht, speech, sleep + ASQ-3 (3yr review)",
                 "JB",
                 "2/52; ASQ-3 by 13/02",
                 "Wt on centile chart (red book); ASQ-3 scores to KT"],
                ["3",
                 "Routines work w/ LP & CP: mornings (up, dressed, breakfast) + bedtime 7.30 K / 7pm M",
                 "DM",
                 "Thu+Fri 7.30am, Mon+Wed 6.30pm, x6 wks from 26/1",
                 "Routine chart signed each session; K's Thu/Fri lates from school att. figs, to KT wkly"],
                ["4",
                 "Keywork w/ CP + breath test each session; written update to KT on CP's drinking and how it "
                 "affects his care of K & M",
                 "NR (ERS)",
                 "Wkly, Tues 10am; written update before each CG",
                 "Breath test results + attendance; ERS update on KT's file before each CG"],
                ["5",
                 "No drinking before K & M are in bed; not to be sole carer if he has had a drink",
                 "CP",
                 "Every day",
                 "Breath tests neg at NR's Tues appts; KT checks at unannounced visits"],
                ["6",
                 "Breakfast club place for K + check-in w/ class TA each morning",
                 "RA (DSL)",
                 "Every school day 8am, place from 26/1",
                 "CPOMS entries, summary to KT every Fri; att. figs 95%+ by Easter"],
                ["7",
                 "Check M's presentation on arrival: clothes, coat, nappy, hunger",
                 "KS (nursery)",
                 "Mon/Wed/Fri sessions",
                 "Monitor"],
                ["8",
                 "Register K & M w/ dentist (Ebberthwaite Smile Centre) + first check-up",
                 "LP",
                 "tbc",
                 "Appt card seen by KT"],
                ["9",
                 "K's school run + tea at hers",
                 "SH (MGM)",
                 "Mon-Wed, 8.15am & 3.15pm",
                 "K on time those days (school figs); SH texts KT if no one home at drop-back"],
                ["10",
                 "Have K & M Sat 10am-4pm; take K to Beavers taster",
                 "GH (aunt)",
                 "Every Sat from 24/1",
                 "GH texts KT Sat eve; Beavers register"],
                ["11",
                 "Ring KT same day if CP seems drunk or house unsafe at drop-off or pick-up",
                 "All",
                 "Same day",
                 "Call logged on Mosaic by KT"],
                ["12",
                 "Inspect damp/mould in kids' bedroom & book repair",
                 "Phil Carr (Ebberthwaite Homes)",
                 "Inspect by 06/02; works w/in 6/52 of inspection",
                 ""],
                ["13",
                 "Take M to Little Talkers SaLT drop-in (Ebberthwaite Library) + use the talk tips at home",
                 "LP, w/ JB",
                 "Fri 9.30am, fortnightly from 30/1",
                 "M's word count at ASQ-3 and at JB's 2/52 visits, recorded by JB"],
            ],
        }),
        ("h2", "8. Contingency"),
        ("bullets", [
            "CP found drunk while caring for K/M, or K/M left without a sober adult: KT (EDT out of hrs) visits "
            "the same day and holds a strategy discussion w/ police the same day; CP leaves the house that "
            "night (his brother's, Mill Lane) and K & M stay w/ LP if she is sober.",
            "M's wt drops below the 9th centile, or K misses 3+ days in a month: KT calls an early CG w/in 5 "
            "working days.",
            "No real change by RCPC: KT to discuss next steps w/ her TM (Andy Speight) before the RCPC.",
        ]),
        ("h2", "9. Next meetings"),
        ("bullets", [
            "CG3: Wed 18/02/26, 3.30pm, Family Hub. CG4: Wed 11/03/26, 3.30pm, Family Hub. Then 4-wkly.",
            "RCPC: Tue 17/03/26, 10am, Ebberthwaite Town Hall, Room 4.",
        ]),
        ("p", "Minutes sent 23/01/26 to all present, the GP and Ebberthwaite Homes. Corrections to KT within 5 "
              "working days, please."),
    ],
    "findings": [
        F("M002", "Check M's presentation on arrival: clothes, coat, nappy, hunger"),
        F("T002", "Register K & M w/ dentist (Ebberthwaite Smile Centre)"),
        F("W002", "Ring KT same day if CP seems drunk"),
        F("M001", "Inspect damp/mould in kids' bedroom & book repair"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. A health visitor's plan of care for a 7-week-old baby, printed from the
#    clinical record: PoC lines, the family's lines and the multi-agency
#    lines from the CP plan. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_eddowsfield_hv_plan_of_care_lines_baby_doherty.pdf",
    "doc_title": "Health Visiting Plan of Care (Child Protection) - Riley Doherty",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE (PERSONAL) · Eddowsfield 0-19 Service · Plan of Care",
    "footer": "Riley Doherty · printed 15/01/2026 by S. Brennan (HV) · Page {PAGE} of {NUMPAGES}",
    "template": "hv-plan-of-care-cp-paged-header-footer-printed-from-clinical-record-client-details-kv-initials-abbreviations-line-why-riley-has-a-plan-rileys-day-observed-goals-then-poc-lines-what-who-when-how-well-know-family-lines-multi-agency-lines-copied-from-cp-plan-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary health visiting plan of care for a 7-week-old bottle-fed baby on a plan for neglect: he "
        "has dropped from the 50th to just under the 9th centile, feeds are missed and bottles made up "
        "wrong, his mother has postnatal depression and anxiety, his father works nights, and the flat is "
        "cold. Printed from the clinical record with a page header and footer: client details with "
        "initials, an abbreviations line, Riley's day as observed, goals for Riley, then shorthand 'PoC' "
        "lines (what / Who / When / How we'll know: 'wkly (Tues am) until wt on or above 25th centile x2, "
        "then 2/52', 'at every HV contact', 'wt plotted on centile chart in PCHR'), the family's lines and "
        "the multi-agency lines copied from the CP plan. The GP and the perinatal mental health team own "
        "work and the team reports on the mother's capacity to change and its likely timescale; the "
        "contingency has weight, self-harm and bruising triggers, a fallback for the grandmother's "
        "afternoons and a legal planning meeting after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Health Visiting Plan of Care - Child Protection"),
        ("p", "Eddowsfield Community Health NHS Trust · 0-19 Service, Eddowsfield North team. Printed from the "
              "clinical record. Plan of care agreed with Chantelle and Jamie at the HV contact on 14/01/2026, "
              "after the ICPC on 08/01/2026. Sections 4 and 5 are the health and family part of Riley's child "
              "protection plan; section 6 copies the multi-agency lines from the CP plan so that the HV record "
              "holds the whole plan."),
        ("kv", [
            ("Child", "Riley Doherty, DOB 22/11/2025 (7 wks at print)"),
            ("Address", "Flat 3, 18 Linnet Court, Eddowsfield ED2 5RW"),
            ("Mother", "Chantelle Doherty (22), CM in this plan"),
            ("Father", "Jamie Walsh (24), JW; night shifts at Eddowsfield Distribution Park, Sun-Thu 10pm-6am"),
            ("MGM", "Tracy Doherty (48), TD, 7 Finch Walk, Eddowsfield"),
            ("CP category", "Neglect. ICPC 08/01/2026, chair Helen Marsh (IRO)"),
            ("SW", "Ruth Ngata, RN, Eddowsfield CSC Assessment and Intervention Team 3 (TM Gareth Poole)"),
            ("HV", "Sinead Brennan, SB, specialist community public health nurse, 0-19 Eddowsfield North"),
            ("GP", "Dr Laila Qureshi, LQ, Eddowsfield Park Surgery"),
            ("Perinatal MH", "Ade Eniola, AE, CPN, Eddowsfield Perinatal Mental Health Team (PMHT)"),
            ("FSW", "Dionne Fry, DF, Eddowsfield Family Hub"),
        ]),
        ("p", "Abbreviations: wt = weight; obs = observation; 2/52 = every 2 weeks; 6/52 = 6 weeks; PCHR = red "
              "book; EPDS = Edinburgh Postnatal Depression Scale; GAD-7 = anxiety score; NBO = Newborn "
              "Behavioural Observation; CG = core group; RCPC = review conference; d/c = discharge."),
        ("h1", "1. Why Riley has a plan"),
        ("p", "Riley was born at 38+2 weeks weighing 3.21kg (50th centile). By 6 weeks he had dropped to just "
              "under the 9th centile (3.98kg on 30/12/2025). He is bottle-fed; night feeds were being missed "
              "and bottles made up wrongly (extra scoops, left out for hours). CM has postnatal depression and "
              "anxiety, diagnosed 12/12/2025, and has taken sertraline 50mg since 15/12/2025; her EPDS was 19 "
              "on 29/12/2025. On two visits Riley was in a soiled nappy, had been in his car seat for hours, "
              "and CM did not pick him up when he cried. JW works nights and sleeps in the day. The flat is "
              "often cold because the pre-payment meter runs out."),
        ("h1", "2. Riley's day (observed)"),
        ("p", "Seen at home by SB on 06/01, 09/01 and 14/01/2026 and by RN on 12/01/2026. Riley wakes at about "
              "6am when JW gets in, and JW gives the first bottle. He watches faces closely and has started "
              "to smile, most of all at JW and TD. On 14/01 he took 110ml calmly from TD and settled on her "
              "chest; with CM he fussed and turned away, and she looked away when he cried and said \"he "
              "doesn't like me\". His skin is clear with no marks; his nappy area was sore on 09/01 and better "
              "on 14/01. He sleeps in a Moses basket in the front room; on 09/01 there was a cushion in it "
              "(removed, advice given). He cries hard in the late afternoon when CM is on her own with him."),
        ("h1", "3. What needs to be better for Riley (goals)"),
        ("numbers", [
            "G1: Riley gains weight steadily: on or above the 9th centile at every weigh, and back on or above "
            "the 25th centile by the RCPC.",
            "G2: Riley is fed on time, day and night, with every bottle made up safely.",
            "G3: Riley sleeps safely: on his back, in a clear Moses basket or cot, in a room at 16-20°C.",
            "G4: Riley is picked up, soothed and talked to when he cries, by parents who notice his cues, and "
            "his mum's depression is treated well enough for her to do this.",
            "G5: Riley is never left alone with a carer who is too unwell or too tired to care for him safely.",
        ]),
        ("h1", "4. Plan of care: health lines"),
        ("p", "Each line: what / Who / When / How we'll know. Initials as in the client details."),
        ("p", "PoC 1. Home wt + full feed obs (bottle make-up, amounts, night feeds). Who: SB (HV). When: wkly "
              "(Tues am) until wt on or above 25th centile x2, then 2/52 until RCPC. How we'll know: wt "
              "plotted on centile chart in PCHR and SystmOne; feed diary checked and signed at each visit."),
        ("p", "PoC 2. Safe sleep + warm room: basket clear, Riley on his back, room temp. Who: SB. When: at "
              "every HV contact. How we'll know: safe sleep checklist completed in the record at each "
              "contact; room thermometer reading noted (16-20°C)."),
        ("p", "PoC 3. NBO sessions w/ CM, and obs of CM & JW w/ Riley at feeds and when he cries. Who: SB. "
              "When: 6 sessions, wkly from 20/01/26. How we'll know: NBO sheet at sessions 1 and 6 shows CM "
              "reading at least 3 of Riley's cues; shared w/ RN."),
        ("p", "PoC 4. EPDS + GAD-7 w/ CM at HV contacts, so that any dip that affects Riley's care is picked "
              "up early. Who: SB. When: 2/52 (alternate Tues). How we'll know: scores in the record and sent "
              "to AE and RN the same day; EPDS below 13 by RCPC."),
        ("p", "PoC 5. GP review of CM's sertraline (dose, side effects, sleep) + letter to RN on how CM's mood "
              "affects Riley's care. Who: LQ (GP). When: by 23/01/26, then every 6/52. How we'll know: GP "
              "letter on Riley's CSC file and in the HV record."),
        ("p", "PoC 6. PMHT home visits w/ CM (anxiety about Riley, low mood), and an assessment of CM's "
              "capacity to meet Riley's needs, what needs to change and the likely timescale. Who: AE (PMHT). "
              "When: wkly (Thurs) from 15/01/26; written report by 20/02/26, update before RCPC. How we'll "
              "know: PMHT report to RN and the CG; visit dates on the PMHT log sent to RN monthly."),
        ("p", "PoC 7. Riley's 6-8 wk check (hips, heart, eyes, wt) + first imms. Who: LQ. When: both on "
              "20/01/26. How we'll know: findings and imms recorded in PCHR and GP record; copy to SB."),
        ("h1", "5. Family's lines (agreed with CM, JW and TD on 14/01/26)"),
        ("p", "F1. Make up each bottle fresh, following the safe bottle card on the fridge, and write every "
              "feed in the feed diary. Who: CM (days), JW (evenings + 6am). When: every feed, day and night. "
              "How we'll know: feed diary checked by SB wkly; wt (PoC 1)."),
        ("p", "F2. Bath, feed and settle Riley before the night shift, so CM can rest. Who: JW. When: Sun-Thu "
              "6-9pm. How we'll know: bath and feed ticks in the diary; RN asks CM and JW at each visit."),
        ("p", "F3. Stay with CM and Riley in the afternoons while JW sleeps, so CM is not on her own with "
              "Riley when he cries most. Who: TD (MGM). When: Mon-Fri 12-6pm from 15/01/26 until RCPC. How "
              "we'll know: TD signs the visit sheet in the red folder; RN checks it at visits."),
        ("h1", "6. Multi-agency lines (copied from the CP plan)"),
        ("p", "M1. Home visits: see Riley and both parents, 1 in 3 unannounced (at least one between 2 and "
              "5pm). Who: RN (SW). When: wkly until RCPC. How we'll know: visit records on Mosaic w/in 48 hrs "
              "recording Riley's care and how he responds to each parent."),
        ("p", "M2. Warm home: Affordable Warmth referral + meter top-up vouchers, so Riley's room stays at "
              "16-20°C. Who: RN. When: referral by 21/01/26; vouchers wkly until the meter is changed. How "
              "we'll know: referral acceptance letter; room temp at HV and SW visits."),
        ("p", "M3. Bottles and routines sessions at home w/ CM: sterilising, make-up, laundry, a daily plan. "
              "Who: DF (FSW). When: Mon/Wed/Fri 10-11.30am x 8 wks from 19/01/26. How we'll know: session "
              "log; bottles made up correctly at SB's spot checks (PoC 1)."),
        ("h1", "7. If things go wrong"),
        ("bullets", [
            "Riley drops below the 9th centile, loses wt between two weighs, or misses 2 or more feeds in a "
            "day on the diary: SB rings RN the same day; Riley is seen that day by LQ or at the Eddowsfield "
            "General Children's Assessment Unit; RN holds a strategy discussion the same day.",
            "CM says she has thoughts of harming herself or Riley, or scores above 0 on EPDS item 10: SB or "
            "AE rings the perinatal crisis team straight away; CM is not left alone with Riley, who stays "
            "with JW or TD; RN (EDT out of hours) is told the same day.",
            "TD cannot do an afternoon (ill, away): CM or TD texts RN by 10am; DF or another Family Hub "
            "worker sits with CM from 12 to 6pm, or CM and Riley spend the afternoon in the Family Hub baby "
            "room with staff.",
            "Any bruise or mark on Riley that is not explained: SB or RN follows the Eddowsfield bruising "
            "in non-mobile babies protocol (same-day strategy discussion and a paediatric examination "
            "that day).",
            "If Riley is not on or above the 9th centile by 19/02/26, or AE's report says CM cannot make "
            "the changes Riley needs in his timescale, Gareth Poole (TM) will hold a legal planning meeting "
            "within 5 working days.",
        ]),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Core group every 4 wks, Eddowsfield Family Hub, Tues 2pm: 20/01/26 (CG1), 17/02/26, 17/03/26.",
            "RCPC: Wed 01/04/26, 10am, Eddowsfield Civic Centre.",
        ]),
        ("p", "Plan of care reviewed with SB's safeguarding supervisor (Maria Quill, named nurse) at 6-weekly "
              "supervision. Copy given to CM and JW on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A one-page safety plan after domestic abuse: key, worry, goal, the
#    children's words, a "Who does what" table, "If ... then". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_elkstonbury_one_page_safety_plan_key_if_then_hussain.md",
    "split": "tune",
    "actions": 11,
    "template": "one-page-safety-plan-md-cp-after-domestic-abuse-bold-key-line-of-initials-worry-goal-kids-say-mum-says-then-who-does-what-table-hash-what-who-when-how-we-know-clipped-then-if-then-bullets-arrows-dates-line",
    "description": (
        "Exemplary one-page safety plan, agreed at the first core group, for a 10-year-old girl and a "
        "6-year-old boy on plans for emotional abuse after their father assaulted their mother in front of "
        "them (the girl rang 999); he is on bail not to contact the mother or come to the house, and a "
        "non-molestation order was granted. Written in shorthand on one page: a bold key of initials and "
        "roles (SW, IDVA, DSL, ELSA, CCW, Nani), worry, goal, the children's words and the mother's, a 'Who "
        "does what' table (# / What / Who / When / How we know) with times such as 'wkly (Wed) until trial "
        "26/02, then 2/52', 'fitted by 30/01' and 'every Sat from 24/01', and an 'If ... then' list with "
        "arrows: breach, the mother letting the father back, the grandmother unable to collect, a refuge, "
        "and a legal planning meeting after named triggers; core group and review dates are set."
    ),
    "text": """\
# ONE-PAGE SAFETY PLAN: Zara & Idris Hussain

**Elkstonbury Council Children's Services** · CP plan (emotional abuse) · ICPC 13/01/2026 · this page agreed at CG1 on 22/01/2026 by everyone in the key

**Key:** SW = Beth Kowal, social worker, Elkstonbury CSC Family Safeguarding Team · TM = Sam Okafor, team manager · IDVA = Marcia Obi, Elkstonbury Domestic Abuse Service (EDAS) · DC Grant = DC Hollie Grant, Elkstonbury Police DA Unit · DSL = Mr Owen Price, Elkstonbury Vale Primary (Z in Y6, I in Y2) · ELSA = Mrs Jenna Holt, Vale Primary · CCW = contact centre worker on duty, Elkstonbury Family Contact Centre · Mum = Aisha Hussain (33) · Dad = Tariq Hussain (36) · Nani = Nasreen Begum, Mum's mum · Z = Zara (10) · I = Idris (6)

**Worry:** Dad hit and strangled Mum in the kitchen on 07/12/25 while Z & I were in the house; Z rang 999. Police know of 3 earlier call-outs (shouting, smashed door). Dad left 12/12/25. Charged with assault; bail: no contact with Mum, not to go to 4 Larch Grove, until trial (Elkstonbury Magistrates', 26/02/26). Non-molestation order granted 09/01/26 for 12 months.

**Goal:** Z & I live at home with Mum, safe from Dad's violence and not seeing or hearing abuse; they see Dad only when it is safe and supervised; they can say how they feel and know who to tell.

**Z says** (seen alone by SW, 16/01): "I'm glad Dad's not here at night but I miss him at Eid." "If he comes I'll ring 999 again." Safe at home: 8/10. Wants to stay at Vale and go to Brownies.
**I says** (16/01, with his drawing): drew the house with "Mum, me, Zara, cat". "Daddy shouts, then Mummy cries." Wants to see Dad "at the park, not at home".
**Mum says:** "I want the kids to feel safe. I'm scared he'll turn up after court."

## Who does what

| # | What | Who | When | How we know |
|---|---|---|---|---|
| 1 | See Z & I at home, each on their own; check locks + Mum's safety card | SW | wkly until RCPC, 1 in 3 unannounced | Visit notes on Mosaic w/in 48h with Z's & I's words |
| 2 | Safety planning + DASH review w/ Mum; court support at trial | IDVA | wkly (Wed) until trial 26/02, then 2/52 | DASH score + safety plan on EDAS file; IDVA update to SW before each CG |
| 3 | Sanctuary: door chain, window locks, video doorbell at 4 Larch Grove | Lee Fox, Elkstonbury Sanctuary Scheme | fitted by 30/01 | Works sign-off sheet to SW; SW sees them fitted at next visit |
| 4 | Urgent-response marker on address + arrest for any bail/NMO breach | DC Grant | marker by 23/01; arrest same day as any breach | Marker ref to SW; breach log read out at each CG |
| 5 | Z → "Star Kids" group (DA recovery, 8 wks) | Priya Lal, EDAS children's worker | Thu 4-5pm x 8 wks from 29/01 | Register; Z's worry thermometer at wk 1 + wk 8, to SW |
| 6 | I → 1:1 ELSA sessions (feelings, safe people) | ELSA | Tue x 6 from 27/01 | ELSA notes + I's feelings fan score each session, to SW |
| 7 | Check-in w/ Z & I each morning; no collection by Dad; 999 if Dad at gates | DSL | every school day; 999 at once | CPOMS entry daily; summary to SW every Fri |
| 8 | Supervised contact Z & I w/ Dad | CCW | every Sat 10-12 from 24/01 | Contact record to SW w/in 2 days, incl. Z's & I's words |
| 9 | Dad: DA perpetrator programme (assessment + group) | Dad, w/ Tom Reeve (Elkstonbury Change Path) | assessment by 13/02; 26-wk group from 03/03 | Change Path letter + attendance to SW; facilitator's report before RCPC |
| 10 | Phone charged; code word "pineapple" w/ Nani & Z; 999 if Dad comes to the house | Mum | every day | Mum shows SW phone + safety card at visits; police log no. for any call |
| 11 | Collect Z & I from school + stay till Mum's home from work | Nani | Mon/Wed/Fri 3.15-5.30pm | DSL's collection log; Nani texts Mum when home |

## If ... then

- Dad comes to the house or school, or contacts Mum, Z or I (bail or NMO breach) → Mum/DSL ring 999; police attend + arrest; SW (EDT out of hrs) holds a strategy discussion the same day; Sat contact stops until that strategy discussion decides.
- Mum lets Dad back in or agrees to see him → SW visits the same day + same-day strategy discussion; if Mum can't keep Z & I safe, they go to Nani's that night (Nani agreed) or to emergency foster carers via EDT.
- Nani can't collect (ill, away) → Nani texts Mum + SW by 12 noon; Mum leaves work at 3pm (her manager agreed); if she can't, Z & I go to Vale after-school club till 5.30pm (place paid by SW) and Mum collects.
- Mum has to leave home → IDVA finds a refuge place the same day; SW tells both schools.
- Any further breach, or Mum restarting the relationship so Z & I are around Dad again → TM holds a legal planning meeting w/in 5 working days (PLO).

**Dates:** CG every 4 wks, 3.45pm at Vale Primary: 19/02/26, 19/03/26. RCPC: Tue 14/04/26, 10am, Elkstonbury Civic Hall. Trial: 26/02/26.

Copies: Mum, Nani, Z (her own copy, read with SW), every agency in the key. 23/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A case-system export of a plan's task blocks (Desc / Resp / Due /
#    Evidence / Status) for a family moving to another council. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_ennerwick_case_export_task_blocks_transfer_marsh.txt",
    "split": "tune",
    "actions": 14,
    "template": "case-system-cp-plan-export-txt-system-banner-subject-line-numbered-bracket-sections-status-household-transfer-parental-factors-yn-childs-voice-outcomes-then-task-blocks-dot-leader-desc-resp-due-evidence-status-then-contingency-meetings-fields",
    "description": (
        "Case-system export (plan v2, after core group 2) for a 5-year-old boy and a 14-month-old girl on "
        "plans for neglect: their mother uses cocaine at weekends and cannabis daily (hair strand positive), "
        "the baby was found in a soiled nappy with a cold bottle in her cot, and the family is moving to a "
        "council house in another authority on 23/02/2026. Banner and field lines, then task blocks with "
        "dot-leader fields in shorthand (Resp 'AD (SW)', Due 'Wkly until TIC', 'w/c 16/02', Evidence "
        "'Visit recs on ECHO w/in 48h'). The social worker's visits run until the transfer-in conference "
        "and the records handover and a joint visit are dated. Faults: the parenting assessment put on hold "
        "and handed to the receiving council; the speech and language referral with '-' for Due; a nursery "
        "place 'ASAP'; the home conditions check with '-' for Resp; the school's daily check with "
        "'Monitored' as evidence; the mother's drug use with no adult service owning a task (she is to "
        "attend the drug service herself and the social worker commissions the tests); and the review "
        "conference 'TBC' by the receiving council."
    ),
    "text": """\
ECHO 4.2 | Ennerwick Borough Council - Children's Services            Printed 28/01/2026 14:12
CP PLAN EXPORT (PLAN v2)                                               User: DHILLON A
Subject(s): MARSH, Tyler (M) DOB 03/03/2020 [5y]; MARSH, Ruby (F) DOB 11/11/2024 [14m]
Case ref: ENN-CS-0448213   Worker: DHILLON, Amrit (AD, SW)   Team: FST East   TM: WALKER, Fiona
==============================================================================================

[1] PLAN STATUS
    Active - CP, category Neglect, both children, since ICPC 09/12/2025.
    Plan v2 agreed at CG2 27/01/2026 (v1 = ICPC plan).

[2] HOUSEHOLD
    MARSH, Jade (JM) .......... Mum, 26. 9 Kestrel Walk, Ennerwick EN6 2QA.
    COLE, Ryan ................ Father of T & R, 29. Not in household, no contact since 2023.

[3] TRANSFER
    Moving to 14 Saddler Way, Esperholt (Esperholt Council) on 23/02/2026 - housing offer
    accepted 19/01/2026. Transfer-in request sent to Esperholt CSC 26/01/2026. Transfer-in
    conference (TIC): date TBC by Esperholt.

[4] PARENTAL FACTORS
    Substance misuse ...... Y  JM: cocaine most weekends, cannabis daily (self-report 05/12/25).
                               Hair strand 11/12/25: +ve cocaine and cannabis (3 months).
    Mental health ......... N
    Domestic abuse ........ Historical (Ryan Cole, 2023; no contact since)

[5] CHILD'S VOICE / LIVED EXPERIENCE
    Tyler (seen alone at school 20/01/26, AD): "Mummy sleeps on the sofa in the day." "I get my
    own cereal and Ruby's biscuits." Likes dinosaurs; wants to take them "to the new house".
    Scores home "a happy face and a sad face".
    Ruby (obs 22/01/26, unannounced 11am, AD): in cot, soiled nappy, cold bottle of milk in cot.
    Smiled and babbled when picked up, pulled to stand on the sofa, ate a whole yoghurt fast.

[6] OUTCOMES
    O1  T & R are cared for every day by a parent who is not under the influence of drugs.
    O2  T is at school every day on time (att. 95%+), and his speech is assessed and helped.
    O3  R's health and development needs are met (1yr review, imms up to date, safe sleep).
    O4  T & R's plan keeps going through the move with no gap in who sees them.

[7] TASKS (plan v2)
----------------------------------------------------------------------------------------------
T01  Desc ...... SW home visits: see T & R (T alone), 1 in 3 unannounced; check for drugs,
                 paraphernalia, safe storage
     Resp ...... AD (SW)
     Due ....... Wkly until TIC
     Evidence .. Visit recs on ECHO w/in 48h incl. T's words + R's presentation
     Status .... Open

T02  Desc ...... JM to attend Ennerwick Drug & Alcohol Recovery Service (EDARS): keywork
                 + cocaine group
     Resp ...... JM
     Due ....... Wkly, Weds 2pm
     Evidence .. EDARS attendance letter to AD monthly
     Status .... Open

T03  Desc ...... Hair strand retest JM (3 mths cocaine/cannabis), commissioned via
                 Eskforth Toxicology
     Resp ...... AD (SW)
     Due ....... Sample by 13/02/26; result by 06/03/26
     Evidence .. Lab report on ECHO, shared at CG
     Status .... Open

T04  Desc ...... No drug use while T & R in her care; no drugs kept in the house;
                 T & R not left with anyone who uses
     Resp ...... JM
     Due ....... Every day
     Evidence .. Hair strand result (T03); unannounced visits (T01)
     Status .... Open

T05  Desc ...... Daily check on Tyler's attendance, lates and presentation + breakfast
                 club place
     Resp ...... Mrs K Lowe (DSL, Ennerwick Meadows Primary)
     Due ....... Every school day until move
     Evidence .. Monitored
     Status .... Open

T06  Desc ...... HV 1yr review for Ruby (ASQ-3) + catch-up imms (12m set missed)
     Resp ...... Claire Nunn (HV, Ennerwick 0-19)
     Due ....... By 06/02/26
     Evidence .. ASQ-3 scores + imms in PCHR, copy to AD
     Status .... Open

T07  Desc ...... Home conditions check: R's cot clear, safe sleep, bedrooms, substances
                 stored out of reach
     Resp ...... -
     Due ....... Wkly
     Evidence .. Home conditions checklist on ECHO
     Status .... Open

T08  Desc ...... Referral to Speech & Language Therapy for Tyler (speech delay, unclear
                 to strangers)
     Resp ...... Miss H Barker (SENCO, Ennerwick Meadows Primary)
     Due ....... -
     Evidence .. SaLT acceptance letter on file
     Status .... Open

T09  Desc ...... Parenting assessment of JM - ON HOLD pending transfer; to be completed
                 by Esperholt CSC after the TIC
     Resp ...... Esperholt CSC (receiving LA)
     Due ....... Within 4 wks of TIC
     Evidence .. Parenting assessment report to Esperholt core group
     Status .... On hold

T10  Desc ...... Find nursery place for R near new address (3 mornings), funded by CSC
     Resp ...... AD (SW)
     Due ....... ASAP
     Evidence .. Place confirmed in writing, copy on ECHO
     Status .... Open

T11  Desc ...... Records handover to Esperholt CSC: chronology, plan v2, assessments,
                 test results
     Resp ...... AD (SW)
     Due ....... By 16/02/26
     Evidence .. Esperholt receipt e-mail on ECHO
     Status .... Open

T12  Desc ...... Joint home visit with Esperholt allocated SW before the move
     Resp ...... AD (SW) + Esperholt allocated SW
     Due ....... W/c 16/02/26
     Evidence .. Joint visit record on ECHO, copy to Esperholt
     Status .... Open

T13  Desc ...... Register T & R with a GP and a dentist in Esperholt
     Resp ...... JM
     Due ....... Within 2 wks of move (by 09/03/26)
     Evidence .. Registration letters seen by SW at visit
     Status .... Open

T14  Desc ...... School place for Tyler at Esperholt Green Primary; school-to-school
                 safeguarding handover (CPOMS file)
     Resp ...... Mrs K Lowe (DSL)
     Due ....... Place by 16/02/26; handover on T's last day (20/02/26)
     Evidence .. Admission letter; receiving DSL's e-mail confirming file received
     Status .... Open

----------------------------------------------------------------------------------------------
[8] CONTINGENCY
    Trigger ... JM found under the influence while sole carer, or T/R left alone or with
                someone who uses.
    Response .. AD (EDT out of hrs) visits same day + strategy discussion with police same
                day; T & R to emergency foster carers if no safe adult (no family able).
    Trigger ... Hair strand (T03) +ve for cocaine, or JM misses 3 EDARS appts in a row.
    Response .. F Walker (TM) requests a legal gateway meeting w/in 10 working days;
                Esperholt told the same day.

[9] MEETINGS
    Core group ......... CG3 17/02/26, 1.30pm, Ennerwick Meadows Primary
    RCPC ............... TBC (will be the Esperholt TIC, date TBC by Esperholt)

*** END OF EXPORT - 2 of 2 subjects - ECHO 4.2 ***
""",
    "findings": [
        F("X001", "Parenting assessment of JM - ON HOLD pending transfer"),
        F("T001", "Referral to Speech & Language Therapy for Tyler"),
        F("T002", "Find nursery place for R near new address"),
        F("W001", "Home conditions check: R's cot clear, safe sleep, bedrooms"),
        F("M002", "Daily check on Tyler's attendance, lates and presentation"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The social worker's e-mail of the actions agreed at an ICPC for a
#    toddler on a children's ward, accommodated under section 20. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_erlingford_email_actions_after_icpc_ward_begum.md",
    "split": "tune",
    "actions": 10,
    "template": "sw-email-after-icpc-md-from-to-cc-subject-lines-hi-all-initials-line-where-things-are-bullets-zayn-what-weve-seen-outcomes-as-agreed-then-actions-dash-bullets-owner-first-clipped-times-and-checks-legal-contingency-meetings-sign-off",
    "description": (
        "The social worker's e-mail, sent the evening of the initial conference, of the actions agreed for a "
        "17-month-old boy on a children's ward with a spiral fracture of his femur in a hip spica, "
        "accommodated under section 20 until a foster placement is found; the parents' explanation does not "
        "fit the injury and his mother has depression under the community mental health team. Typed fast: "
        "a line of initials, 'where things are' bullets, what the ward has seen of Zayn, outcomes, then "
        "owner-first action bullets with clipped times and checks ('NP - ring Ward 7 daily', 'by 21/01', "
        "'before d/c', 'w/in 5 working days of d/c'). Faults: the foster placement 'ASAP'; the care "
        "coordinator's support visits that only treat the mother; the police interview with no measure; an "
        "outcome about the mother's mood only; a contingency whose trigger is 'any concerns' and whose "
        "response is to discuss and review; and nobody set to visit Zayn on the ward at a stated frequency "
        "(the social worker only rings the ward daily, and the parents' contact times are agreed day by day)."
    ),
    "text": """\
**From:** Nadia Pervez (Social Worker, Erlingford CSC, Safeguarding Team 1)
**To:** Dr Kemi Adewale; Sr Joanne Platt (Ward 7); Gavin Hurst (Erlingford CMHT); DC Priya Lal; Lisa Ward (HV); Erlingford Fostering placements inbox
**Cc:** Sarah Ince (TM); Erlingford Conference & Review Service
**Sent:** Wed 14/01/2026 17:42
**Subject:** Zayn Begum (DOB 12/08/2024) - CP plan actions from ICPC today - PLEASE CHECK

Hi all,

Thanks for today. As promised, the actions from the ICPC (chair Mark Doyle, IRO) are below. Typed quickly, so shout by Fri 16/01 if anything's wrong and I'll correct it before the formal plan goes out. Category: physical abuse.

Initials: NP = me (SW) · SI = Sarah Ince (TM) · DrA = Dr Kemi Adewale (consultant paediatrician, Erlingford General Hospital) · WS = ward sister, Sr Joanne Platt (Ward 7) · GH = Gavin Hurst (Rukhsana's care coordinator, Erlingford CMHT) · DC = DC Priya Lal (Erlingford Child Abuse Investigation Team) · HV = Lisa Ward (Erlingford 0-19) · FP = Erlingford Fostering placements team · Mum = Rukhsana Begum (27) · Dad = Imran Begum (30)

## Where things are

- Z still on Ward 7, EGH, since 06/01. In a hip spica. Medically fit for d/c approx w/c 19/01 (DrA to confirm).
- s20 signed by both parents 09/01. On d/c Z goes to foster carers - no placement found yet.
- Skeletal survey 07/01: L femur spiral fracture, no other fractures. Bloods normal.
- Parents' explanation (fell off the sofa onto laminate) not consistent with the injury per DrA.
- Police investigation open (DC).
- Mum has depression; GH sees her 2/52; on sertraline 100mg. Mum said her mood has been "very low since the summer". Dad works long hours (taxi).

## Zayn - what we've seen

Nurses say Z is settled at night, feeds well, babbles and claps. At contact he reaches for Mum and smiles at her. He goes quiet and watches when Dad raises his voice (ward staff noted 11/01). Cries when nurses leave the bay, settles quickly with the play specialist.

## Outcomes (as agreed at ICPC)

1. Z is safe from further injury, on the ward and after d/c.
2. Z goes from the ward to a foster home that can manage his spica care, with his health follow-up in place.
3. Z is kept safe while the investigation finds out how he was injured, and his care after d/c takes account of what it finds.
4. Rukhsana's mood is stable and she engages with the CMHT.

## Actions

- NP - ring Ward 7 daily for an update on Z and his d/c date; log each call on Mosaic.
- FP - find foster carers for Z who can manage spica care - ASAP - placement confirmed to NP with carer details + spica training booked.
- DrA - medical report on mechanism of injury (is the explanation possible?) - by 21/01 - report to NP & DC.
- DrA w/ WS - repeat skeletal survey (20/01) + d/c summary & spica care plan for the foster carers - before d/c - d/c summary to NP, FP & HV.
- WS - ward staff supervise all parents' contact on the ward (times agreed day by day with Sr Platt), neither parent alone w/ Z - each contact - contact sheets e-mailed to NP daily.
- GH - cont. 2/52 support visits to Mum (low mood, meds) - every 2 wks - visits logged on CMHT notes, dates to NP monthly.
- DC - interview Mum and Dad under caution about how Z was hurt - w/c 19/01.
- HV - visit Z at the foster home: wt, spica/skin check, development - w/in 5 working days of d/c, then 2/52 - visit record + wt on centile chart to NP.
- NP - parenting assessment (both parents) - first session by 23/01, report by 06/03 - report to CG.
- NP - set up supervised contact at Erlingford Family Centre after d/c - Mon/Wed/Fri 1-2.30pm from first weekday after d/c - contact records to NP after each session.

## Legal

Z is accommodated under s20. If DrA's report (due 21/01) says the injury was inflicted, or either parent withdraws s20 agreement, SI will hold a legal planning meeting within 2 working days to decide on an ICO application.

## Contingency

If there are any concerns during contact on the ward or things change, NP will discuss with SI and we'll review the plan at the core group.

## Meetings

- CG1: Tue 27/01/26, 2pm, Ward 7 seminar room, EGH. Then every 4 wks: 24/02/26, 24/03/26.
- RCPC: Thu 09/04/26, 10am, Erlingford Civic Centre.

Thanks all - sorry for the typos.

Nadia

Nadia Pervez | Social Worker | Safeguarding Team 1 | Erlingford Council Children's Services
""",
    "findings": [
        F("T002", "find foster carers for Z who can manage spica care"),
        F("H001", "cont. 2/52 support visits to Mum (low mood, meds)"),
        F("M001", "interview Mum and Dad under caution about how Z"),
        F("F002", "Rukhsana's mood is stable and she engages with the CMHT."),
        F("C002"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. An ICPC plan typed up word for word from the flipchart: key, the
#    children's words, lettered outcomes, then numbered "WHO: what. When.
#    Check: ..." lines. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_ethelsby_flipchart_plan_typed_up_numbered_lines_nolan.docx",
    "doc_title": "Child Protection Plan (typed from the conference flipchart) - Tia and Ollie Nolan",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-docx-typed-up-word-for-word-from-flipchart-kv-family-key-of-initials-and-time-abbreviations-childrens-words-worries-lettered-outcomes-then-typed-numbered-lines-who-colon-what-when-check-then-if-it-goes-wrong-bullets-meetings",
    "description": (
        "Exemplary initial conference plan, typed up word for word from the conference flipchart, for an "
        "11-year-old girl who cares for her mother and 8-year-old brother and the boy, on plans for neglect: "
        "their mother is dependent on alcohol (vodka daily, asleep on the sofa, the girl checks she is "
        "breathing), their father lives nearby and has them on alternate Sundays, and an aunt gives them "
        "tea twice a week. A key of initials and time abbreviations, the children's words, worries and "
        "lettered outcomes, then typed numbered lines 'WHO: what. When. Check: ...' with times such as "
        "'Wkly Weds 11am', 'by 13/02', 'x8 wks from 26/01', 'by 10/03 (before RCPC)'. The drug and alcohol "
        "service and the GP own work linked to the children, the young carers' service assesses the girl, "
        "the aunt's help has a fallback, and a legal planning meeting follows named triggers; core group "
        "and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ethelsby Council · Children's Social Care. Initial child protection conference, Tue 20/01/2026, "
              "Ethelsby Civic Centre, Room 2. Chair: Farida Khan (IRO)."),
        ("p", "Typed up word for word from the conference flipchart by Lucy Dale (minute taker) on 21/01/2026. "
              "Nothing added; the abbreviations are the ones on the flipchart, explained in the key. Photo of "
              "the flipchart on the case file."),
        ("kv", [
            ("Children", "Tia Nolan (DOB 08/05/2014, 11), Y7, Ethelsby High; Ollie Nolan (DOB 30/09/2017, 8), "
                         "Y4, Ethelsby St Luke's Primary"),
            ("Address", "16 Weaver Street, Ethelsby ET5 8NB"),
            ("Mum", "Kerry Nolan (38), K"),
            ("Dad", "Paul Nolan (40), P, lives at 3 Canal View, Ethelsby"),
            ("Aunt", "Dawn Reilly (Kerry's sister), D, 29 Weaver Street"),
            ("Category", "Neglect (both children)"),
        ]),
        ("h2", "Key"),
        ("bullets", [
            "SW = Adam Dunne, social worker, Ethelsby CSC Family Safeguarding Team",
            "TM = Claire Roper, team manager, Family Safeguarding Team",
            "RW = Jo Whitfield, recovery worker, Ethelsby Drug and Alcohol Service (EDAS)",
            "GP = Dr Simon Bright, Ethelsby Moor Surgery",
            "DSL-H = Mr Raj Mistry, DSL, Ethelsby High (Tia)",
            "DSL-S = Mrs Angela Frost, DSL, St Luke's Primary (Ollie)",
            "YC = Becky Shaw, Ethelsby Young Carers",
            "FSW = Paula Grange, family support worker, Ethelsby Family Hub",
            "SN = Hannah Lowe, school nurse, Ethelsby 0-19 Service",
            "Times: wkly = every week; 2/52 = every 2 weeks; w/c = week commencing; x8 = eight sessions; "
            "RCPC = review conference on 14/04/2026",
        ]),
        ("h2", "What Tia and Ollie told us"),
        ("p", "Tia (seen alone by SW at school, 15/01): \"I do Ollie's packed lunch and I check Mum's breathing "
              "when she's asleep on the sofa.\" \"I don't want to be taken away. I want Mum to stop.\" \"School's "
              "the best bit, nobody needs me there.\" Worry 8/10 (10 = worried all the time)."),
        ("p", "Ollie (seen alone by SW at school, 15/01): \"Mum's fun when she's not poorly.\" \"Tia reads me my "
              "story.\" He wants Mum to come and watch his football. Drew Dad and Auntie Dawn as \"the ones who "
              "make tea\"."),
        ("h2", "What we're worried about (flipchart p.1)"),
        ("bullets", [
            "K drinks vodka most days from lunchtime; asleep on the sofa by the time T & O get home.",
            "T is doing the caring: lunches, O's bedtime, checking on K at night. Late x9 this term.",
            "O came to school hungry x5 since Nov, same clothes 3 days running.",
            "Police called 26/12/25: K collapsed, T rang 999. K taken to Ethelsby General (alcohol).",
        ]),
        ("h2", "What needs to be different (outcomes)"),
        ("bullets", [
            "A. T & O are cared for every day and night by a sober adult.",
            "B. T is a child, not K's carer: no more checking K's breathing, doing lunches or putting O to bed.",
            "C. T & O are at school every day, on time, fed and clean (att. 95%+ each).",
            "D. T & O know what to do and who to ring if K has been drinking.",
        ]),
        ("h2", "The plan (flipchart p.2-3)"),
        ("p", "1. SW: see T & O at home, each on their own; 1 in 3 unannounced after 6pm. Wkly until RCPC. "
              "Check: visit notes on LCS w/in 48h with T's & O's own words."),
        ("p", "2. RW (EDAS): keywork w/ K + breath test each session, so K can care for T & O sober; detox "
              "assessment w/ GP. Wkly Weds 11am; detox assessment by 13/02. Check: breath test results + "
              "attendance to SW 2/52; detox assessment letter on file."),
        ("p", "3. RW + GP: joint written report on K's progress, her capacity to stay sober and care for T & O, "
              "and how long that is likely to take. By 10/03 (before RCPC). Check: report on file, shared at "
              "the March CG."),
        ("p", "4. GP: K's liver bloods + detox medication if EDAS assessment agrees, so K can look after T & O "
              "safely. Bloods by 06/02; detox start w/c 23/02 if agreed. Check: GP letter to SW with bloods "
              "and detox date."),
        ("p", "5. K: no drinking when T & O are at home or in her care; no alcohol kept in the house. Every day. "
              "Check: breath tests at RW appts (line 2); SW's unannounced visits; T's worry score at visits."),
        ("p", "6. YC: young carers' assessment for T + place at Thursday club. Assessment by 06/02; club wkly "
              "Thu 4-6pm from 12/02. Check: YC assessment on file; club register; T's list of caring jobs "
              "(before and after) shared at CG."),
        ("p", "7. DSL-H: check-in w/ T at form time; named adult she can go to. Every school day 8.40am. Check: "
              "CPOMS log, summary to SW every Fri."),
        ("p", "8. DSL-S: free breakfast club place for O + first-day call to K, then SW, if O not in by 9.05. "
              "Every school day from 26/01. Check: att. figs to SW every Fri; 95%+ by Easter hols."),
        ("p", "9. FSW: routines w/ K: mornings (Mon + Wed 7.30am) and bedtime (Tue 7pm): lunches, uniform, O's "
              "bedtime done by K, not T. x8 wks from 26/01. Check: routine chart signed each session; T's "
              "caring jobs list (line 6) shows lunches and bedtime done by K."),
        ("p", "10. D: tea for T & O at hers after school + O's bath on Tue. Tue + Thu 3.30-7pm. Check: D texts "
              "SW on Thu evenings; DSL-S collection log."),
        ("p", "11. P: day contact w/ T & O + takes O to football. Alternate Suns 10am-5pm from 25/01. Check: P "
              "texts SW when T & O are home; T's & O's words at SW visits."),
        ("p", "12. SN: health review for T & O (growth, sleep, dental registration). By 20/02. Check: SN "
              "letter to SW; dental registration confirmed."),
        ("p", "13. SW w/ T & O: safety card, who to ring if K has been drinking (D, P, SW, 999). By 30/01. "
              "Check: card made with T & O, copy on file; T shows SW her card at the next visit."),
        ("h2", "If it goes wrong (flipchart p.4)"),
        ("bullets", [
            "K drunk while T & O are in her care (smells of drink, slurring, breath test above 0 at a visit, "
            "or T rings): T rings D or P (card), or 999 if K won't wake; SW (EDT out of hours) visits the same "
            "day; T & O stay at D's that night (D agreed), or P's; if neither can, EDT finds emergency foster "
            "carers.",
            "D can't do a Tue or Thu: D tells SW by 12 noon; T & O go to St Luke's after-school club until "
            "6pm (place paid by SW) and P collects them (P agreed).",
            "K misses 2 EDAS appts in a row, or a breath test is positive: RW tells SW the same day; SW visits "
            "that day.",
            "Any night T & O are found alone with K drunk, or no sustained change by the March CG (breath "
            "tests not clear, T still doing the caring): TM holds a legal planning meeting within 5 working "
            "days (PLO).",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "CG every 4 wks, St Luke's Primary, Weds 3.45pm: 28/01/26 (CG1), 25/02/26, 25/03/26.",
            "RCPC: Tue 14/04/26, 10am, Ethelsby Civic Centre, Room 2.",
        ]),
        ("p", "Typed plan sent to K, P, D and all agencies on 21/01/2026. T's and O's copy talked through with "
              "them by SW."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A core group action log in a Ref / Action / Lead / Due / Evidence table,
#    most of it about the mother's own needs. Page header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b204_elsworthy_core_group_action_log_ref_table_lowther.pdf",
    "doc_title": "Child Protection Plan - Action Log (CG3) - Mason Lowther",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Elsworthy Council Children's Services · CP Action Log",
    "footer": "Mason Lowther · action log v3, updated at CG3 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "cp-action-log-paged-header-footer-details-kv-initials-key-line-why-on-a-plan-outcomes-then-ref-action-lead-due-evidence-table-a1-a12-clipped-shorthand-then-contingency-bullets-next-meetings-cg3-attendance-line",
    "description": (
        "Core group action log, updated at the third core group, for a 6-year-old boy on a plan for neglect: "
        "his mother has anxiety and depression and stays in bed, the electricity runs out, there is dog mess "
        "and little food in the house, and he is late, hungry and in dirty uniform at school; she owes about "
        "£4,000. Details, a key of initials, why he is on a plan and outcomes for him, then a shorthand "
        "table (Ref / Action / Lead / Due / Evidence) with owners as initials and times such as 'by 13/02', "
        "'w/c 09/02, then wkly', 'Mon/Wed/Fri 7.30am x6 wks from 09/02'. Faults: seven of the twelve rows "
        "are about the mother's own health, money, housing and support with no link to Mason; his wishes, "
        "feelings and views are nowhere in the plan; food bank help 'Ongoing'; the class teacher's daily "
        "check measured by 'Monitor'; the dentist and optician with '-' for the lead; and nothing on legal "
        "planning if things do not change."
    ),
    "blocks": [
        ("title", "Child Protection Plan - Action Log"),
        ("p", "Elsworthy Council Children's Services · Locality South. Action log v3, updated at core group 3 "
              "on 03/02/2026. Replaces v2 (CG2, 06/01/2026)."),
        ("kv", [
            ("Child", "Mason Lowther, DOB 14/03/2019 (6), Y2, Elsworthy Park Primary"),
            ("Address", "22 Cobble Lane, Elsworthy EW4 1TD"),
            ("Mum", "Kelly Lowther (29), KL: anxiety and depression (GP), debts"),
            ("Dad", "Craig Ashby (31), CA, Elsworthy Rise; not in the household"),
            ("Category", "Neglect. ICPC 02/12/2025"),
            ("SW", "Leon Kaye, LK, Elsworthy CSC Locality South (TM Anna Pryor)"),
        ]),
        ("p", "Key: DSL = Mr Colin Shaw, Elsworthy Park Primary; CT = Miss Erin Walsh, class teacher 2W; FSW = "
              "Sunita Barr, Elsworthy Family Hub; GP = Dr Nadeem Ahmed, Elsworthy Health Centre; EMA = "
              "Elsworthy Money Advice (Joe Tran); EWC = Elsworthy Women's Centre (Kath Doyle)."),
        ("h2", "Why Mason is on a plan"),
        ("p", "Home conditions poor at ICPC: dog mess in the kitchen and hall, little food, damp in Mason's "
              "room, electricity off on the pre-payment meter 4 times since October. Mason's attendance was "
              "81% in the autumn term, with 23 lates; he often arrives hungry and in unwashed uniform, and "
              "has had head lice since September. He has missed two dental and one optician appointment. KL "
              "has anxiety and depression; on bad days she stays in bed and does not answer the door. She "
              "owes about £4,000 (rent arrears, council tax, catalogue debts)."),
        ("h2", "Outcomes for Mason"),
        ("numbers", [
            "Mason is at school every day, on time, fed and in clean uniform (att. 95%+).",
            "Mason lives in a clean, warm home with food in the cupboards and the electricity on.",
            "Mason's health appointments (dentist, optician) are kept and he is free of head lice.",
        ]),
        ("h2", "Action log (v3, CG3 03/02/2026)"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Due", "Evidence"],
            "widths": [1.1, 6.4, 3.2, 3.0, 3.3],
            "rows": [
                ["A1",
                 "GP review of KL's sertraline dose, sleep + anxiety",
                 "GP",
                 "By 13/02",
                 "GP letter to LK"],
                ["A2",
                 "KL to self-refer to Elsworthy Talking Therapies (step 2 CBT) + attend sessions",
                 "KL",
                 "Referral w/c 09/02, then wkly",
                 "TT confirmation letter; attendance"],
                ["A3",
                 "Money advice appt: rent arrears, council tax, UC check, catalogue debts",
                 "KL w/ EMA",
                 "By 20/02",
                 "Debt plan copied to LK"],
                ["A4",
                 "Support KL with housing transfer application + medical priority form",
                 "LK",
                 "By 27/02",
                 "Housing register band letter"],
                ["A5",
                 "Peer support group for KL at the Women's Centre",
                 "EWC",
                 "Wkly, Tue 10-12",
                 "EWC register"],
                ["A6",
                 "Food bank vouchers + help KL apply for Warm Home Discount",
                 "FSW",
                 "Ongoing",
                 "Vouchers logged; WHD application ref"],
                ["A7",
                 "KL to go on the Recovery College 'Managing Anxiety' course",
                 "KL",
                 "Thu x6 from 12/02",
                 "Course certificate"],
                ["A8",
                 "Home visits: see Mason alone; check kitchen, food, his bedroom, dog mess",
                 "LK",
                 "Wkly, 1 in 3 unannounced",
                 "Visit records on Mosaic w/in 48h"],
                ["A9",
                 "Breakfast club place + first-day call if Mason not in by 9am",
                 "DSL",
                 "Every school day",
                 "Att. figs to LK every Fri; 95%+ by Easter"],
                ["A10",
                 "Check Mason's presentation daily: uniform, PE kit, lunch, lice",
                 "CT",
                 "Daily",
                 "Monitor"],
                ["A11",
                 "Book + take Mason to the dentist and the optician",
                 "-",
                 "By 27/02",
                 "Appt cards seen by LK"],
                ["A12",
                 "Morning routine w/ KL so Mason is up, washed and fed by 8.15",
                 "FSW",
                 "Mon/Wed/Fri 7.30am x6 wks from 09/02",
                 "Routine chart signed; Mason's lates (att. figs)"],
            ],
        }),
        ("h2", "Contingency"),
        ("bullets", [
            "Mason not collected by 3.30pm and KL not answering: Mason stays at school with the DSL, who rings "
            "LK (EDT after 5pm); LK or EDT visits the home the same day; Mason goes to CA's that night (CA "
            "agreed at CG2), or to emergency foster carers via EDT if CA cannot have him.",
            "KL says she is thinking of harming herself, or is found unable to get up to care for Mason: 999 "
            "or the Elsworthy mental health crisis team the same day; Mason goes to CA's; LK holds a "
            "strategy discussion the same day.",
            "No food or no electricity at a visit: FSW brings an emergency food parcel and a meter top-up the "
            "same day; LK visits again within 24 hours.",
        ]),
        ("h2", "Next meetings"),
        ("bullets", [
            "CG4: Tue 17/02/2026, 1.30pm, Elsworthy Park Primary; then every 4 wks.",
            "RCPC: Thu 26/02/2026, 10am, Elsworthy Town Hall.",
        ]),
        ("p", "At CG3: LK, KL, DSL, CT, FSW, Kath Doyle (EWC). Apologies: GP (letter sent), Joe Tran (EMA). "
              "Log sent to all on 04/02/2026."),
    ],
    "findings": [
        F("F001"),
        F("F003"),
        F("T002", "Food bank vouchers + help KL apply for Warm"),
        F("M002", "Check Mason's presentation daily: uniform, PE kit, lunch, lice"),
        F("W001", "Book + take Mason to the dentist and the optician"),
        F("R002"),
    ],
})
