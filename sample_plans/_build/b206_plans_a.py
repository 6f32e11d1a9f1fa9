"""Batch 206, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 206. Letter: a. Split: tune (every plan).

Everything here is made up: children, parents, relatives, midwives, nurses,
doctors, police officers, schools, hospitals and wards, services and
councils (Ashvenmoor, Arkwelton, Anderholt, Alsthorne, Abermoor,
Aspleyford, Audleston, Aveldon and the services named after them). Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: practitioners' shorthand again, in other templates and other hands.
Each plan is typed fast by one practitioner in the notation of their own
setting: a safeguarding midwife's pre-birth plan (G1P0, 32+4/40, AN / IP /
PN, CO ppm, BadgerNet, d/c), a school DSL's CPOMS action list, a MARAC
action sheet joined to the child protection plan, a core group chair's
"actions only" page, a family support worker's weekly grid, a text-message
summary typed into the case file, and a children's ward discharge checklist
that doubles as the plan. People are initials or roles once a key, an
attendance line or the opening says who they are ("ST = Shannon Tait
(Mum)", "MGM (Jean)", "JH (SW)"), children are initials ("K & L", "O's
cot"); times are "wkly", "2/52", "3/7", "6/52", "w/c 19/1", "by 13/2",
"x2/wk", "Mon/Thu", "before d/c", "at each CG", "by RCPC", "EOD", with
some that are no timescale ("when poss", "ASAP", "tbc", "ongoing" alone,
"C/F" with no date); checks are "wt on chart", "CPOMS", "att. figs to NC
Fri", "UDS neg", "RHI form", "MARAC minutes", "seen alone + recorded", with
some that are no check ("keep an eye", "discuss @ next CG", "-"). A
shorthand owner or time counts when a reader of the plan can tell who or
when; "tbc", "ASAP", "ongoing" and "when poss" alone are vague.

1. Ashvenmoor (pdf, header and footer, exemplary): a specialist
   safeguarding midwife's pre-birth safeguarding plan for an unborn baby
   (the father's cannabis use and a domestic abuse history, the mother's
   anxiety under the perinatal mental health team, the maternal
   grandmother staying for the first nights), in her own notation: a key
   of initials, "Baby's world (what we've seen)", goals for baby, then one
   table with AN / IP / PN banner rows (# / What / Who / When / Check); the
   perinatal team reports on the mother's capacity to change, the drug and
   alcohol service owns testing, and the contingency covers the
   grandmother's help failing and legal planning after named triggers.
2. Arkwelton (md): a primary school DSL's CPOMS-style action list for a
   9-year-old and a 5-year-old (neglect, the mother's drinking), the
   school's part of the plan: student header, key, a CPOMS chronology, the
   children's words, goals, then "Actions" (Ref / Action / Assigned to /
   Due / Evidence / Status). Faults: "All staff" logging sightings (W002);
   the talk about the recovery service "when poss" (T002); a passive
   young carers referral with "-" for its owner (W001); the ELSA sessions
   with "-" for evidence (M001); the mother's drinking with no adult
   service owning any action (F004); a contingency whose trigger is
   "further concerns" and whose response is to discuss and review (C002);
   nothing on legal planning (R002).
3. Anderholt (pdf, header and footer): a MARAC action sheet joined to the
   child protection plan for a 6-year-old and a 2-year-old (domestic abuse
   by the mother's ex-partner, the mother's anxiety and PTSD, the
   ex-partner's drinking, both grandmothers helping). Faults: the CMHT's
   weekly sessions that only treat the mother (H001); the sanctuary locks
   with "-" for By (T001); the DV marker with "-" for evidence (M001); the
   school counselling referral "tbc" (T002); an outcome about the mother
   only (F002); no fallback if either grandmother cannot help (C003); no
   legal planning (R002).
4. Alsthorne (docx): a core group chair's "actions only" page after core
   group 3 for an 11-year-old and a 3-year-old whose family is moving to
   Abermoor: meeting line, key, the children's words, the plan's outcomes
   and contingency restated, then No. / Action / Who / By / How we'll know
   / Status with C/F, NEW and DONE marks. Faults: the parenting programme
   handed to Abermoor's family hub after the transfer (X001); the housing
   letter "ASAP" (T002); the dental check carried forward with no date
   (T001); "CG" owning the family-time review (W002); the nursery's check
   measured by "discuss @ next CG" (M002); the review conference "tbc" by
   Abermoor (R001).
5. Aspleyford (docx, exemplary): a family support worker's weekly support
   grid for a 4-year-old and an 18-month-old (neglect, the mother's low
   mood treated by her GP, the maternal grandmother's Saturdays): a key,
   the children's week, goals, then a grid with the days of the week down
   the side and a column per person (each numbered box one action, its
   time the row's and its owner the column's, its check after a tick),
   and a "one-offs this month" list; the GP reports on how the mother's
   mood affects her mornings with the children.
6. Audleston (txt): a text-message summary of an initial conference typed
   into the case file for a 7-week-old baby accommodated under section 20
   on a children's ward with unexplained rib fractures (the father's
   cannabis use). Faults: nobody set to visit the baby on the ward at a
   stated frequency, only a daily phone call (L001); the social worker's
   ward visit "when poss" (T002); a passive repeat skeletal survey (W001);
   the health visitor's visits to the foster home measured by "keep an
   eye" (M002); the father's cannabis use with no adult service owning an
   action (F004); a contingency that only says the group will touch base
   and review (C002); no legal planning (R002).
7. Aveldon (md, exemplary): a children's ward safeguarding discharge
   checklist that doubles as the child protection plan for a 2-year-old
   after he swallowed his father's methadone: details, key, "O on the
   ward", goals, "before d/c" items ticked done (not counted) and still to
   do, then "after d/c" items (Item / Who / When / Check); the drug and
   alcohol service owns supervised consumption and testing, the maternal
   grandmother's help has a fallback, legal planning follows named
   triggers.

Plans 1, 5 and 7 are exemplary: every action has an owner a reader can
tell (initials and roles from the plan's key), a real timescale (dates,
weeks of pregnancy, days after birth or discharge, frequencies, rows of a
weekly grid) and a check that can be seen, counted or read; every goal is
about the child; each records the child's words or observed day, core
group dates and a dated review conference, a contingency with specific
triggers and concrete responses that covers relatives' help failing, and a
legal planning meeting after named triggers; where a parent is ill or uses
drugs an adult service owns work, and a mental health service is asked for
its view of the parent's capacity to change. The four faulty plans hold 27
expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table or list (header and banner rows excepted), each numbered
box of the weekly grid, each line of the "one-offs" list, each action line
of the text summary and each open item of the discharge checklist counts
once. Keys, chronologies, CPOMS entries, the MARAC risk summary, the
children's words, goals and outcomes, contingencies, meeting dates, items
ticked done before discharge and actions marked DONE are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A safeguarding midwife's pre-birth plan in her own notation: key of
#    initials, baby's world, goals, then one AN / IP / PN table.
#    Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_ashvenmoor_midwife_prebirth_an_ip_pn_notation_tait.pdf",
    "doc_title": "Safeguarding Birth Plan / Pre-birth CP plan - Unborn Tait",
    "split": "tune",
    "actions": 18,
    "min_pages": 2,
    "font_size": 9.5,
    "header": "OFFICIAL-SENSITIVE · Ashvenmoor Maternity Safeguarding · Unborn Tait",
    "footer": "Pre-birth CP plan (ICPC 13/01/26) · EDD 06/03/26 · Page {PAGE} of {NUMPAGES}",
    "template": "midwife-prebirth-safeguarding-plan-paged-header-footer-obstetric-kv-key-of-initials-concerns-in-shorthand-babys-world-observed-parents-words-goals-for-baby-then-one-table-with-an-ip-pn-banner-rows-no-what-who-when-check-then-if-then-contingency-meetings",
    "description": (
        "Exemplary pre-birth safeguarding plan typed by a specialist safeguarding midwife in her own "
        "notation after the initial conference at 32+4 weeks (G1P0, EDD 06/03/26): the father smokes "
        "cannabis daily and has a domestic abuse history with a former partner, the couple had a police "
        "call-out in December, and the mother has anxiety and past self-harm and is under the perinatal "
        "mental health team; the maternal grandmother will stay for the first two weeks of nights. A key "
        "of initials, shorthand concerns, 'Baby's world (what we've seen)' from scans and a CTG, the "
        "parents' words and goals for the baby, then one table with AN / IP / PN banner rows (# / What / "
        "Who / When / Check) timed by weeks of pregnancy, days after birth and 'before d/c', checked by "
        "BadgerNet entries, CO readings, UDS results, weights on the chart and reports. The perinatal CPN "
        "reports on the mother's capacity to meet the baby's needs and how long change will take; the "
        "drug and alcohol service tests the father; the contingency covers drug use, domestic abuse, the "
        "mother's mood, leaving the ward, the grandmother's help failing, and a legal planning meeting "
        "after named triggers; core groups and the review conference are dated."
    ),
    "blocks": [
        ("title", "Safeguarding Birth Plan (pre-birth CP plan)"),
        ("p", "Ashvenmoor Royal Infirmary Maternity Services · Safeguarding Midwifery Team. Typed by BK "
              "from the ICPC on 13/01/26 (32+4/40). This is the baby's CP plan for maternity, the ward and "
              "the first 8/52: same actions as the CP plan, in maternity notation. Copy in the PHR, on "
              "BadgerNet and with AQ (SW)."),
        ("kv", [
            ("Mum", "Shannon Tait (ST), 22, DOB 14/08/2003, 9 Larch Walk, Ashvenmoor AV6 2RD"),
            ("Obstetric", "G1P0 · EDD 06/03/26 · 32+4/40 at ICPC · consultant-led (Dr N. Sahota) · booked "
                          "ARI delivery suite"),
            ("Baby", "Unborn girl (20/40 scan); ST and RM calling her \"Bella\""),
            ("Dad", "Ricky Moran (RM), 27, lives with ST"),
            ("CP category", "Emotional abuse (DA) and neglect (risk) · plan from ICPC 13/01/26"),
        ]),
        ("h2", "Key (used in the table)"),
        ("table", {
            "header": ["Initials", "Who", "Initials", "Who"],
            "widths": [1.8, 6.7, 1.8, 6.7],
            "rows": [
                ["ST", "Shannon Tait, Mum", "RM", "Ricky Moran, Dad"],
                ["MGM", "Paula Tait, ST's mum, 12 Fell View", "BK", "Bryony Kettle, specialist safeguarding MW (author)"],
                ["HD", "Hannah Dove, CMW, Ashvenmoor Central team", "KL", "Kate Lomax, HV, Ashvenmoor 0-19"],
                ["AQ", "Amira Qureshi, SW, Ashvenmoor CSC (TM: Gavin Shaw, GS)", "JF",
                 "Joel Fairley, CPN, Perinatal Mental Health Team (PMHT)"],
                ["DP", "Dean Platt, keyworker, Ashvenmoor Drug & Alcohol Service (ADAS)", "MI",
                 "Mark Ince, facilitator, Ashvenmoor Choices (DA programme)"],
                ["DSC", "Delivery suite coordinator on shift", "RO", "Sr Rachel Oduya, ward manager, Ward 21 (PN)"],
            ],
        }),
        ("h2", "Concerns (from ICPC)"),
        ("bullets", [
            "RM: hx DA to ex-partner (2 police call-outs 2023, NFA); started DA programme 2024, did not finish.",
            "28/12/25: police call-out to 9 Larch Walk, shouting (neighbours rang); no injuries, ST 31/40; NFA.",
            "RM cannabis daily, self-report \"2-3 joints a night\", in the flat; UDS +ve at ADAS 06/01/26.",
            "ST anxiety + hx self-harm age 16-18; sertraline 50mg since 10/25; under PMHT since 24/40 (JF). "
            "No self-harm since 2021.",
            "ST smokes 5/day; CO 11ppm at booking.",
            "Flat: no Moses basket yet; RM's dog (Staffie, \"Tyson\") loose in flat.",
        ]),
        ("h2", "Baby's world (what we've seen)"),
        ("bullets", [
            "Growth scan 02/01/26 (31/40): EFW 50th centile, liquor normal.",
            "08/01/26 day assessment (ST reported reduced FMs after the 28/12 argument): CTG reactive, baby "
            "settled within 20 min; ST cried and said \"I thought I'd hurt her with all the stress\".",
            "ST feels kicks \"every night when I lie down, and when Ricky's music is on loud\". BK saw ST "
            "stroke the bump and talk to baby all through the 08/01 scan.",
            "What baby will need each day: a calm, smoke-free home, feeds 2-3 hrly, her own Moses basket, "
            "and one adult awake and sober at night.",
        ]),
        ("h2", "What ST and RM say"),
        ("p", "ST: \"I want to do this right. I know the weed's got to go and I know we can't be shouting.\" "
              "RM: \"I'll cut down. I'm not a bad person, I just get wound up.\" Both agreed to every line "
              "below; RM asked for the Thursday group so he can keep his job."),
        ("h2", "Goals for baby"),
        ("numbers", [
            "Baby is born safely at ARI and does not go home until the PN plan is agreed at the d/c meeting.",
            "Baby is fed, warm and gaining: back to birth wt by day 14 and following her centile at the 6-8/52 "
            "check.",
            "Baby lives in a home with no smoke, no cannabis and no shouting or DA: RM UDS neg from 36/40, no "
            "police call-outs.",
            "Baby is cared for by a mum whose mood is steady enough to notice and answer her cues, day and "
            "night (EPDS under 13).",
        ]),
        ("h2", "The plan"),
        ("p", "Read each row: what → who → when → how we'll check. Stage rows give the stage; each row has "
              "its own time."),
        ("table", {
            "header": ["#", "What", "Who", "When", "Check"],
            "widths": [1.0, 6.4, 2.8, 3.2, 3.6],
            "rows": [
                ["AN: antenatal, now → 37/40 (13/02/26)", H, H, H, H],
                ["A1", "AN appts at Ashvenmoor Central clinic (up from 2/52); ST seen alone for part of every appt + RE "
                       "(DA question) asked", "HD", "Wkly from 33/40 (w/c 19/01) → birth",
                 "BP/U/SFH + \"seen alone, RE asked\" on BadgerNet each appt"],
                ["A2", "Safeguarding alert + copy of this plan on BadgerNet and in the PHR; DSC briefed",
                 "BK", "By 20/01/26", "Alert visible on BadgerNet; BK e-mails AQ the screenshot"],
                ["A3", "CO test each appt; referral to Ashvenmoor Smokefree Pregnancy for ST so baby grows in "
                       "a smoke-free womb and home", "HD", "CO every AN appt; referral by 23/01/26",
                 "CO reading 4ppm or under by 36/40 on PHR; referral accepted"],
                ["A4", "PMHT 2/52 home visits: review sertraline, anxiety plan, + written report on ST's "
                       "mental health, her capacity to meet baby's needs and the likely timescale of change",
                 "JF (PMHT)", "2/52 from 15/01/26 to 12/52 PN; report by 36/40 (06/02/26)",
                 "JF's report to AQ by 06/02/26; EPDS each visit sent to AQ"],
                ["A5", "Cannabis keywork for RM + UDS each session, so baby comes home to a smoke-free, "
                       "sober flat", "DP (ADAS)", "Wkly, Tues, from 20/01/26",
                 "UDS results → AQ 2/52; neg from 36/40"],
                ["A6", "RM: no cannabis in the flat or the car; go to every ADAS and Choices session",
                 "RM", "Every day from 14/01/26", "UDS neg (A5); attendance sheets → AQ"],
                ["A7", "DA programme: intake, then wkly group (Choices, 12 wks)", "MI (Choices)",
                 "Intake by 30/01/26, then Thu 6-8pm", "Attendance + MI's mid-point report to AQ by RCPC"],
                ["A8", "Pre-birth assessment (parenting, DA risk, RM's cannabis) with recommendations for "
                       "d/c", "AQ", "Report by 36/40 (06/02/26)", "Report shared at CG2 (17/02/26)"],
                ["A9", "AN home visit: check sleep space (Moses basket, no smoking indoors), dog kept out of "
                       "baby's room", "KL", "By 34/40 (23/01/26)", "Sleep space seen + noted on HV record → AQ"],
                ["A10", "ICON (coping with crying) + safe sleep talk with ST and RM together", "HD",
                 "By 36/40 (06/02/26)", "ICON sheet signed by ST + RM in PHR"],
                ["A11", "SW home visits; ST seen alone every 2nd visit; RM seen", "AQ", "Wkly to birth",
                 "Visit notes within 48h, ST's and RM's words recorded"],
                ["IP: labour and birth", H, H, H, H],
                ["I1", "Ring AQ (office hrs) or EDT (out of hrs) when ST is admitted in labour", "DSC",
                 "Within 1 hr of admission", "Time of call on BadgerNet + EDT log"],
                ["I2", "Baby stays on Ward 21 for at least 3/7; MWs observe feeds, handling, settling and RM's "
                       "presentation every shift", "RO (Ward 21 MWs)", "3/7 after birth, every shift",
                 "Feed chart + parenting obs log, read out at d/c mtg"],
                ["PN: d/c → 8/52", H, H, H, H],
                ["P1", "D/c planning mtg on Ward 21 (RO, HD, KL, JF, ST, RM, MGM)", "AQ (chair)",
                 "Before d/c (day 2-3)", "Signed d/c plan; copies to all + in PHR"],
                ["P2", "CMW PN visits at home; weigh baby day 5 and day 10", "HD",
                 "Day 1, 3, 5 and 10 after d/c", "Wt on chart; back to birth wt by day 14"],
                ["P3", "New birth visit, then wkly home visits to 8/52", "KL",
                 "NBV day 10-14; wkly to 8/52", "Wt on centile chart; EPDS at 6/52 → JF + AQ"],
                ["P4", "SW visits after d/c, 1 in 3 unannounced; baby seen awake, sleep space checked", "AQ",
                 "Wkly from d/c to RCPC", "Visit notes within 48h, baby seen + recorded"],
                ["P5", "Stay at 9 Larch Walk at night and do the night feeds with ST", "MGM (Paula)",
                 "Every night for 14 nights from d/c", "MGM texts AQ by 9am each day; night feeds on PHR feed "
                 "chart"],
            ],
        }),
        ("h2", "If → then (contingency)"),
        ("bullets", [
            "If RM's UDS is +ve after 36/40, or anyone sees him smoke cannabis in the flat → RM moves to his "
            "brother's (Lee Moran, 4 Crake St) the same day and sees baby only when MGM is there; AQ tells GS "
            "that day.",
            "If there is any DA incident or police call-out → 999; AQ (EDT out of hrs) holds a strategy "
            "discussion the same day; ST (and baby) go to MGM's at 12 Fell View, or to Ashvenmoor refuge if MGM "
            "can't have them.",
            "If ST's mood drops (EPDS 13 or over, or she says she has thoughts of harming herself or baby) → JF "
            "sees her the same day (PMHT duty / crisis team out of hrs) and MGM stays with ST and baby day and "
            "night until JF has seen her.",
            "If ST or RM try to take baby from the ward before the d/c mtg → ward staff ring 999 and EDT; "
            "strategy discussion the same day.",
            "If MGM can't do the nights (ill, work) → she rings AQ the same day; AQ books Ashvenmoor Family Hub evening "
            "visits and an extra KL visit next morning; if no safe adult can be there overnight, AQ (or EDT) "
            "arranges a parent and baby foster placement for ST and baby that night.",
            "If RM's UDS is +ve twice after 36/40, there is any DA incident, or the pre-birth assessment "
            "recommends it → GS (TM) holds a legal planning meeting within 5 working days (PLO pre-proceedings "
            "before birth).",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "CG 3-wkly before birth: 27/01/26 and 17/02/26, ARI antenatal clinic room 3, 2pm; then within 10 "
            "working days of birth, then 4-wkly.",
            "D/c planning mtg on Ward 21 before d/c (P1).",
            "RCPC: 07/04/26, 10am, Ashvenmoor Civic Centre.",
        ]),
        ("p", "Typed by BK 14/01/26 · agreed with ST and RM at the 33/40 appt · copies to all in the key."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A primary school DSL's CPOMS-style action list, the school's part of
#    the CP plan. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_arkwelton_dsl_cpoms_action_list_holloway.md",
    "split": "tune",
    "actions": 13,
    "template": "school-dsl-cpoms-style-action-list-md-student-header-linked-student-key-of-initials-cpoms-chronology-table-childrens-words-goals-then-actions-ref-action-assigned-to-due-evidence-status-then-escalation-and-meetings",
    "description": (
        "A primary school DSL's CPOMS-style action list for a 9-year-old boy and his 5-year-old sister on "
        "plans for neglect: their mother drinks, has been smelt of alcohol at pick-up, and sleeps in the "
        "mornings; the boy gets his sister's breakfast and they are late or absent; the girl comes in "
        "soiled. Typed as the school's part of the plan: student header, key, a CPOMS chronology, the "
        "children's words, goals, then actions (Ref / Action / Assigned to / Due / Evidence / Status) in "
        "shorthand ('every sch day 8am', 'att. figs → NC Fri', '2nd day of unexplained absence'). Faults: "
        "'All staff' logging what they see; the DSL's talk with the mother about the recovery service "
        "'when poss'; a passive young carers referral with '-' for its owner; the ELSA sessions with '-' "
        "for evidence; the mother's drinking with no adult service owning any action; a contingency "
        "(escalation) whose trigger is 'further concerns' and whose response is to discuss and review; "
        "and nothing on legal planning."
    ),
    "text": """\
# CPOMS › Students › HOLLOWAY, Kai (Yr 4, 4W) › Actions

**Arkwelton Brook Primary School · Safeguarding action list (school's part of CP plan)**
Exported 21/01/2026 09:12 by R. Ainsley (DSL) · Linked student: HOLLOWAY, Lola (Rec, RH)

| Student | Kai Holloway (K), DOB 02/05/2016, Yr 4 · Lola Holloway (L), DOB 19/10/2020, Reception |
|---|---|
| Address | 31 Mill Race Close, Arkwelton AK3 7LW |
| Lives with | Mum, Danielle Holloway (DH), 33 |
| Other family | MGM Jean Holloway, 6 Saxon Row (on collection password list) |
| Status | CP plan (neglect) from ICPC 08/01/2026 · CG1 held 20/01/2026 |
| SW | Nathan Cole (NC), Arkwelton Children's Services, Family Safeguarding Team |

## Key

RA = Mrs Ruth Ainsley, DSL · OP = Mr Omar Patel, DDSL · JW = Miss Jo Wren, Kai's teacher (4W) ·
SH = Mrs Sue Hart, Lola's teacher (RH) · TB = Tina Booth, FLO · PR = Pam Rix, attendance officer ·
BQ = Bev Quinn, ELSA · MA = Meg Aldous, school nurse (Arkwelton 0-19) · BC = breakfast club

## Chronology (CPOMS, since Nov)

| Date | Category | Entry (short) | Staff |
|---|---|---|---|
| 11/11/25 | Attendance | K + L late 9.40, no breakfast; K said Mum "still asleep" | PR |
| 20/11/25 | Physical presentation | L soiled on arrival, same clothes as Fri | SH |
| 04/12/25 | Parental concern | DH at 3.15 pick-up smelling of alcohol, unsteady; MGM rang to collect | RA |
| 09/12/25 | Disclosure | K: "Mum was asleep on the sofa, I did Lola's cereal" | JW |
| 16/12/25 | Parental concern | DH smelt of alcohol at pick-up (2nd time); released to MGM | OP |
| 05/01/26 | Attendance | K + L absent, no call; TB visited, DH "poorly" | TB |
| 12/01/26 | Disclosure | K: "Mum's drinks are in the blue bag under the sink" | RA |

Att. at ICPC: K 84%, L 81% (autumn term).

## K and L in their own words

- K (12/01, with RA, seen alone): "I like breakfast club cos of the toast." "When Mum's asleep I do
  Lola's teeth and cereal, she won't do it for me." "I don't want Mum to get in trouble." Scaled home
  5/10, school 9/10.
- K (16/01, with JW): worries "if Mum doesn't wake up". Wants to go to football club on Thursdays.
- L (15/01, with SH, drawing): drew Mum "in bed" and Kai "doing my hair". Said "Nana does chips".

## Goals for K and L

1. K and L are in school every day and on time, fed and in clean clothes (att. 95% or more by the
   Easter hols).
2. K no longer has to look after L in the mornings.
3. L arrives clean and dry, and her toileting gets better with help at home and school.
4. K and L are collected at 3.15 every day by a sober adult on the password list.

## Actions

| Ref | Action | Assigned to | Due | Evidence | Status |
|---|---|---|---|---|---|
| A1 | BC place for K + L (free), 8am start | TB (FLO) | Every sch day from 12/01 | BC register → NC Fri | Open |
| A2 | Daily check-in with K at 8.50 ("how was last night / this morning?") | JW | Every sch day | CPOMS entry each day, with K's words | Open |
| A3 | L: spare uniform + wash at drop-off if needed; log every soiled or unwashed day | SH | Each morning at drop-off | CPOMS count per wk → NC Fri | Open |
| A4 | First-day call at 9.15 to DH, then NC if no answer | PR | Daily 9.15 | Att. figs → NC Fri (target 95%+ by Easter hols) | Open |
| A5 | Log on CPOMS + tell DSL if K or L seem hungry or unkempt, or DH smells of alcohol at the gate | All staff | Same day | CPOMS entry + DSL alert | Open |
| A6 | Release K + L at 3.15 only to DH (sober) or MGM; if DH seems under the influence, keep both in the office and ring MGM | RA, with JW + SH | Every day 3.15 | Collection log on CPOMS | Open |
| A7 | Talk to DH about Arkwelton Recovery (ARC) and give her the self-referral leaflet | RA | When poss | DH's reply recorded on CPOMS | Open |
| A8 | Referral to be made to Arkwelton Young Carers for K | - | By 30/01 | Acceptance letter on CPOMS | Open |
| A9 | ELSA sessions for K: feelings, worries about Mum, "whose job is it?" | BQ | Tue pm, 6 wks from 20/01 | - | Open |
| A10 | Ht/wt, teeth and hair check for K + L; advice to DH on registering with a dentist | MA | By 13/02 | Results + dentist registration → NC | Open |
| A11 | Weekly CPOMS summary to NC | RA | Every Fri by 3pm | Summary e-mail on NC's file | Open |
| A12 | Written school report for each CG | RA | 2 days before each CG | Report attached on CPOMS | Open |
| A13 | Home visit if K + L absent with no call | TB, with OP | On 2nd day of unexplained absence | Visit note on CPOMS same day; NC told | Open |

## Contingency (escalation)

If further concerns, RA (DSL) to discuss with NC (SW) and review the plan at the next CG.

## Meetings

- CG 4-wkly at school, Tues 3.30pm: 17/02/2026, 17/03/2026.
- RCPC: 07/04/2026, 10am, Arkwelton Civic Centre.

_CPOMS export · actions only · do not print for parents without DSL agreement_
""",
    "findings": [
        F("W002", "Log on CPOMS + tell DSL if K or L seem hungry"),
        F("T002", "Talk to DH about Arkwelton Recovery (ARC) and give her"),
        F("W001", "Referral to be made to Arkwelton Young Carers for K"),
        F("M001", "ELSA sessions for K: feelings, worries about Mum"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})

# ---------------------------------------------------------------------------
# 3. A MARAC action sheet joined to the CP plan: case box, risk summary,
#    the children's words, CP outcomes, then Ref / Agency / Action / Owner /
#    By / Evidence. Faulty (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_anderholt_marac_action_sheet_joined_cp_plan_lowry.pdf",
    "doc_title": "MARAC Action Sheet - Case 07 (joined to CP plan) - Lowry / Sutcliffe",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "font_size": 9.5,
    "header": "OFFICIAL-SENSITIVE · Anderholt MARAC · not for onward sharing",
    "footer": "MARAC 21/01/2026 · Case 07 · joined to CP plan (ICPC 14/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "marac-action-sheet-joined-to-cp-plan-paged-header-footer-case-box-table-dash-score-bail-risk-summary-bullets-agencies-key-childrens-voice-victims-views-cp-outcomes-numbered-then-ref-agency-action-owner-by-evidence-table-then-if-then-safety-response-meetings-and-marac-review",
    "description": (
        "A MARAC action sheet for a mother assessed at high risk (DASH 19/24) after her ex-partner forced "
        "entry, strangled and punched her in front of their 6-year-old; he is on bail, drinks heavily, and "
        "sees their 2-year-old at his mother's house; the mother has anxiety and PTSD under the CMHT. The "
        "local protocol adds MARAC actions for children on a plan to the plan, so the sheet is the joined "
        "copy for the core group: a case box, a shorthand risk summary, the children's words and the "
        "toddler's observed day, the mother's views, the CP plan's outcomes, then Ref / Agency / Action / "
        "Owner / By / Evidence, with both grandmothers owning rows. Faults: the CMHT's weekly sessions "
        "that only treat the mother; the sanctuary scheme locks with '-' for By; the DV marker with '-' "
        "for evidence; the school counselling referral 'tbc'; an outcome about the mother only; a "
        "contingency with specific triggers but nothing if either grandmother cannot help; and nothing "
        "on legal planning."
    ),
    "blocks": [
        ("title", "MARAC Action Sheet - Case 07"),
        ("p", "Anderholt Multi-Agency Risk Assessment Conference, 21/01/2026, Anderholt Police Station (conf. "
              "room 2) and Teams. Chair: DI Claire Maddox. Coordinator / minutes: Jas Bains. Under the "
              "Anderholt CP protocol, MARAC actions for children on a CP plan are added to their plan: this "
              "sheet is the joined copy for the core group (CP plan from ICPC 14/01/2026)."),
        ("table", {
            "widths": [3.6, 13.4],
            "bold_first_col": True,
            "rows": [
                ["V", "Gemma Lowry (GL), 29, 14 Tern Road, Anderholt AN2 5PQ"],
                ["P", "Dean Sutcliffe (DS), 31, ex-partner, A's dad; staying at his mum's, 3 Keel Street"],
                ["Children", "Ruby Lowry (R), 6, Yr 2, Anderholt Priory Primary · Alfie Sutcliffe (A), 2, "
                             "Anderholt Children's Centre nursery (Tue-Thu)"],
                ["Referrer / DASH", "IDVA, 15/01/2026 · DASH 19/24 (high) · 4 DA reports to police since 2023"],
                ["Index incident", "11/01/2026: DS forced entry, NFS (strangulation), punched GL; R saw it and "
                                   "rang MGM on the iPad. DS arrested, charged ABH + criminal damage."],
                ["Bail", "No contact with GL; not to enter Tern Road; contact with A only at PGM's and supervised "
                         "by PGM. Next court 18/02/2026, Anderholt Magistrates."],
                ["CP plan", "R + A, emotional abuse, ICPC 14/01/2026 · SW Priya Lund (PL), TM Rob Acheson"],
            ],
        }),
        ("h2", "Risk summary (shorthand, as minuted)"),
        ("bullets", [
            "DS: drinks 5-6 pints most nights + spirits at w/e; all 4 reports when drunk; jealousy, checks GL's "
            "phone; threats \"if I can't see Alfie no one will\".",
            "NFS = high-risk marker. DS knows GL's routine (nursery drop-off Tue-Thu 8.45).",
            "GL: anxiety + PTSD (dx 2024), under CMHT (CPN Lisa Crane), sertraline; not sleeping since 11/01.",
            "Protective: GL rang 999 herself; MGM Carol Lowry (2 streets away) and PGM Linda Sutcliffe both "
            "want to help; R talks to her teacher.",
        ]),
        ("h2", "Key"),
        ("p", "KV = PC Kirsty Vale (Anderholt North neighbourhood) · SO = DC Sam Oyelaran (DA Safeguarding "
              "Unit) · NF = Nadine Frost, IDVA, Anderholt Women's Aid (AWA) · AK = Asha Kaur, Anderholt Homes · "
              "LC = Lisa Crane, CPN, Anderholt CMHT · JHo = Jake Hollis, Anderholt Recovery Service (ARS) · TR = "
              "Tom Reyes, Anderholt Change Project (ACP) · CR = Mr Colin Reed, DSL, Anderholt Priory · DM = "
              "Debbie Marsh, HV · PL = SW · MGM = Carol Lowry · PGM = Linda Sutcliffe."),
        ("h2", "Children's voice"),
        ("p", "R (seen alone by PL at school, 16/01): \"Daddy squeezed Mummy's neck. I rang Nanny Carol on the "
              "iPad.\" \"I want Daddy to say sorry.\" \"I don't want to go to Daddy's if he's shouty.\" Sleeping "
              "in Mum's bed, wetting since 11/01. Scaled \"how safe at home\" 4/10, school 9/10."),
        ("p", "A (2), seen at nursery by PL + key worker 19/01: startles at doors banging, clings to GL at drop-off "
              "and settles with his key worker after about 10 min; says \"Daddy car\" at the window; eats well, "
              "naps on the mat holding his blanket."),
        ("h2", "GL's views"),
        ("p", "\"I want him to leave us alone. I'm scared of when he gets out properly. I don't want Alfie to lose "
              "his dad, but not like this.\" GL agreed to the sanctuary scheme and to PGM supervising contact."),
        ("h2", "CP plan outcomes (ICPC 14/01)"),
        ("numbers", [
            "R and A live free from DA and are not around DS's violence or drinking.",
            "R sleeps in her own bed and feels safe at home and at school (her own scale 8/10 by RCPC).",
            "A's time with his dad is safe, supervised and sober.",
            "GL feels safe and is confident to keep DS away.",
        ]),
        ("h2", "MARAC actions (added to CP plan)"),
        ("table", {
            "header": ["Ref", "Agency", "Action", "Owner", "By", "Evidence"],
            "widths": [1.1, 2.0, 5.4, 2.8, 2.6, 3.1],
            "rows": [
                ["M1", "Police", "Place DV marker on 14 Tern Road and GL's mobile number for priority response",
                 "KV", "By 23/01/2026", "-"],
                ["M2", "Police", "Manage DS's bail: arrest on any breach; tell GL and PL of every breach",
                 "SO", "Same day as any breach, to court 18/02", "Breach log on police system; GL + PL told same day"],
                ["M3", "Police", "Send DS's bail conditions to school and nursery, with photo", "SO",
                 "By 23/01/2026", "E-mail copy on CP file"],
                ["M4", "IDVA", "Safety planning with GL for her and the children; panic alarm; support at court",
                 "NF (AWA)", "Wkly calls from 22/01; court 18/02", "Signed safety plan; DASH re-score at 6 wks → JB"],
                ["M5", "Housing", "Sanctuary scheme: fit locks to doors and windows and a door viewer",
                 "AK (Anderholt Homes)", "-", "Works order completed; photos to NF"],
                ["M6", "CMHT", "Continue wkly sessions with GL for anxiety and PTSD (trauma-focused)",
                 "LC (CPN)", "Wkly, Weds", "Attendance to NF + PL monthly"],
                ["M7", "ARS", "Alcohol assessment for DS; breath test before every contact with A",
                 "JHo (ARS)", "Assessment by 06/02; test before each contact", "Results → PL same day; contact "
                 "off if reading over 0"],
                ["M8", "ACP", "DA perpetrator programme: intake, then wkly group", "TR (ACP)",
                 "Intake by 13/02, then wkly", "Attendance + TR's report to PL by RCPC"],
                ["M9", "School", "Daily check-in with R; 3.15 release to GL or MGM only", "CR (DSL)",
                 "Every sch day", "CPOMS log; summary → PL every Fri"],
                ["M10", "CSC", "Refer R to Anderholt Schools Counselling Service", "PL", "tbc",
                 "Referral accepted + first session date"],
                ["M11", "Health", "Home visit + A's 2-yr review (ASQ-3); ask GL RE when alone", "DM (HV)",
                 "By 13/02/2026", "ASQ-3 scores on HV record → PL"],
                ["M12", "CSC", "Home visits; R + A seen, R seen alone", "PL", "Wkly to RCPC",
                 "Visit notes within 48h"],
                ["M13", "Family", "Supervise DS's contact with A at PGM's house; DS breath-tested first (M7)",
                 "PGM", "Every Sat 2-4pm", "Contact record sheet → PL each Mon"],
                ["M14", "Family", "Collect R from school and give R + A tea, so GL can get to CMHT and AWA",
                 "MGM", "Mon/Wed/Fri 3.15", "School collection log"],
            ],
        }),
        ("h2", "If → then (contingency)"),
        ("bullets", [
            "DS comes to Tern Road, or contacts GL in any way → GL rings 999 (DV marker, M1); arrest for "
            "breach (M2); PL (EDT out of hrs) holds a strategy discussion the same day.",
            "DS's breath test is over 0 before contact → no contact that day; PL told same day (M7).",
            "Any new assault or threat to kill → 999; GL, R and A go to Anderholt refuge that night (NF "
            "arranges); repeat MARAC referral by JB.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "CP core group 4-wkly, Thu 3.45pm, Anderholt Priory Primary: 05/02/2026, 05/03/2026, 02/04/2026.",
            "RCPC: 14/04/2026, 10am, Anderholt Civic Centre.",
            "MARAC: back to MARAC as a repeat case on any new incident within 12 months.",
        ]),
    ],
    "findings": [
        F("M001", "Place DV marker on 14 Tern Road and GL's mobile"),
        F("T001", "fit locks to doors and windows and a door viewer"),
        F("H001", "Continue wkly sessions with GL for anxiety and PTSD"),
        F("T002", "Refer R to Anderholt Schools Counselling Service"),
        F("F002", "GL feels safe and is confident to keep DS away."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A core group chair's "actions only" page after core group 3, with C/F,
#    NEW, CHANGED and DONE marks; the family is moving to Abermoor.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_alsthorne_cg_chair_actions_only_page_brennan.docx",
    "doc_title": "CG3 - actions only (chair's page) - Skye and Jax Brennan",
    "split": "tune",
    "actions": 13,
    "font_size": 10,
    "template": "core-group-chairs-actions-only-page-docx-meeting-line-present-initials-key-childrens-words-this-cg-outcomes-and-contingency-restated-from-plan-then-no-action-who-by-how-well-know-status-cf-new-changed-done-then-next-meetings",
    "description": (
        "The core group chair's 'actions only' page after core group 3 for an 11-year-old girl and her "
        "3-year-old brother on plans for neglect (a dirty, often foodless home, the girl making her "
        "brother's tea, the mother's depression treated by her GP); the family move to Abermoor on "
        "23/02/2026 and the Alsthorne review conference has been cancelled for a transfer-in conference. "
        "Typed by the chairing social worker in shorthand: a meeting line, present as initials, the "
        "children's words at this CG, the plan's outcomes and contingency restated, then No. / Action / "
        "Who / By / How we'll know / Status with C/F, NEW, CHANGED and DONE marks (done rows not counted). "
        "Faults: the parenting programme handed to Abermoor's family hub after the transfer; the housing "
        "letter 'ASAP'; the dental check carried forward with 'C/F' as its only date; 'CG' agreeing the "
        "babysitters; the nursery's daily check measured by 'discuss @ next CG'; and the transfer-in "
        "conference 'date tbc', so no review conference date."
    ),
    "blocks": [
        ("title", "CG3 - ACTIONS ONLY (chair's page)"),
        ("p", "Alsthorne Council Children's Services · Brennan, S (11) + J (3) · CP plan (neglect) from ICPC "
              "04/12/25 · CG3 29/01/26, 4pm, Alsthorne Family Centre · chair JH (SW)"),
        ("p", "Present: JH = Jess Hartley, SW (chair) · CB = Chantelle Brennan, Mum · WD = Wayne Doyle, J's "
              "dad · IP = Mr Ian Pace, DSL, Alsthorne Academy · SO = Sam Oakes, manager, Alsthorne Little Owls "
              "Nursery · RK = Rachel Kemp, HV · DP = Dani Price, FSW, Alsthorne Family Hub · TS = Tom Sykes, "
              "SW, Abermoor CSC (Teams). Apols: Dr Ellis (GP), letter sent."),
        ("p", "Move: family moving to 22 Quarry Lane, Abermoor (Abermoor Homes tenancy) on 23/02/26. Transfer "
              "to Abermoor agreed in principle by TS's TM."),
        ("h2", "S + J this CG"),
        ("bullets", [
            "S (seen alone by JH 27/01): \"I don't want to move, all my mates are here.\" \"Mum gets up now, "
            "mostly.\" \"I still do J's tea sometimes when Wayne's at work.\" Scaled home 6/10 (was 3).",
            "J (seen at nursery by JH 26/01): happy at drop-off, ate all his lunch, new words \"juice\", "
            "\"Skye\", \"more\". Nappy dry and clean on arrival 4 of 5 days (SO).",
        ]),
        ("h2", "Outcomes (from the plan, unchanged)"),
        ("numbers", [
            "S + J live in a clean, warm home with food in every day.",
            "J is at nursery 5 mornings a wk and his talking catches up (ASQ-3 communication above cut-off by "
            "3.5 yrs).",
            "S is in school every day and is not looking after J.",
            "Help for S + J carries on through the move with no gap.",
        ]),
        ("h2", "Contingency (from the plan, unchanged)"),
        ("p", "If the home conditions score is 2/5 or less, or S or J are found without food, heating or an adult, "
              "or J misses 3 nursery sessions in a wk unexplained → JH visits the same day; strategy discussion "
              "the same day if S or J are unsafe, and S + J stay with MGM Irene Brennan (7 Coal Row) that night, "
              "or with emergency foster carers (JH / EDT) if Irene can't have them. If the home conditions score is "
              "still under 4/5 on 20/02/26 (before the move) → TM Paul Ward requests a legal planning meeting "
              "within 10 working days, and its outcome goes to Abermoor with the file."),
        ("h2", "Actions"),
        ("table", {
            "header": ["No.", "Action", "Who", "By", "How we'll know", "Status"],
            "widths": [1.0, 5.4, 2.4, 2.7, 3.8, 1.7],
            "rows": [
                ["1", "SW visits: S seen alone, J seen, kitchen + bedrooms checked", "JH",
                 "Wkly until transfer-in conf", "Visit notes within 48h + home conditions score", "C/F"],
                ["2", "Joint home visit with Abermoor SW before the move", "JH + TS", "By 20/02/26",
                 "Joint visit record on both systems", "NEW"],
                ["3", "Send Abermoor the transfer request + full file for transfer-in conf", "JH", "By 06/02/26",
                 "Abermoor acknowledgement e-mail on file", "NEW"],
                ["4", "Triple P for CB: on hold here, Abermoor Family Hub to start it after the transfer",
                 "Abermoor Family Hub", "Within 4 wks of transfer-in conf", "Start date confirmed to JH / TS",
                 "CHANGED"],
                ["5", "Letter to Abermoor Homes supporting a 3-bed so S has her own room", "JH", "ASAP",
                 "Copy of letter on file", "NEW"],
                ["6", "Dental check for S + J (18 months overdue), book with Alsthorne Smiles", "CB", "C/F",
                 "Appt card seen by JH", "C/F"],
                ["7", "Nursery check on J each session: lunch eaten, clean clothes, nappy, any marks", "SO",
                 "Every session", "Discuss @ next CG", "C/F"],
                ["8", "Agree who is safe to babysit S + J after the move", "CG (all present)", "By next CG (26/02)",
                 "List signed by CB, copy to TS", "NEW"],
                ["9", "J's 3-yr review incl. ASQ-3 + speech; SALT referral if below cut-off", "RK",
                 "By 20/02/26", "ASQ-3 scores → JH; referral copy if made", "C/F"],
                ["10", "Morning + bedtime routine sessions at home", "DP", "Mon/Thu until move (last 19/02)",
                 "Routine chart ticked; home conditions score 4/5 or more", "C/F"],
                ["11", "S: first-day calling + Fri check-in; send school records to Abermoor Grange Academy",
                 "IP", "Daily; records by 20/02/26", "Att. figs → JH Fri; Abermoor Grange receipt", "C/F"],
                ["12", "Review CB's antidepressant; letter on how her mood affects S + J's care; hand over to "
                       "Abermoor GP", "Dr Ellis (GP)", "By 13/02/26", "GP letter on file", "NEW"],
                ["13", "Register S + J with an Abermoor GP + dentist", "CB", "Within 7 days of the move",
                 "Registration letters seen by TS", "NEW"],
                ["-", "Nursery funding (30 hrs) for J", "SO", "-", "Funding letter on file", "DONE 20/01"],
                ["-", "Smoke alarm fitted in hall", "WD", "-", "Seen by JH 27/01", "DONE 27/01"],
            ],
        }),
        ("h2", "Next"),
        ("bullets", [
            "CG 4-wkly: next CG4 26/02/26, 4pm, Teams (last Alsthorne CG; TS to attend).",
            "RCPC (due 04/03/26) cancelled → Abermoor transfer-in conf: date tbc (Abermoor).",
        ]),
        ("p", "Chair's page only · full minutes to follow · JH 29/01/26"),
    ],
    "findings": [
        F("X001", "Triple P for CB: on hold here, Abermoor Family Hub"),
        F("T002", "Letter to Abermoor Homes supporting a 3-bed so S"),
        F("T001", "Dental check for S + J (18 months overdue)"),
        F("W002", "Agree who is safe to babysit S + J after"),
        F("M002", "Nursery check on J each session: lunch eaten, clean clothes"),
        F("R001"),
    ],
})

# ---------------------------------------------------------------------------
# 5. A family support worker's weekly support grid: days down the side, a
#    column per person, numbered boxes, then one-offs this month.
#    Exemplary (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_aspleyford_fsw_weekly_grid_days_by_person_marsh.docx",
    "doc_title": "Weekly Support Plan (FSW) - Tommy and Ellie-Mae Marsh",
    "split": "tune",
    "actions": 18,
    "landscape": True,
    "font_size": 9.5,
    "template": "fsw-weekly-support-grid-docx-landscape-family-hub-line-key-of-initials-childrens-week-said-and-seen-goals-by-rcpc-then-grid-days-down-the-side-column-per-person-numbered-boxes-tick-check-then-one-offs-this-month-table-then-if-it-goes-wrong-meetings",
    "description": (
        "Exemplary weekly support plan kept by a family support worker for a 4-year-old boy and an "
        "18-month-old girl on plans for neglect: the home is cluttered and damp, there is often little "
        "food, the baby's weight has dropped from the 9th to the 2nd centile, the boy's speech is behind, "
        "and their mother's low mood (sertraline from her GP since December) keeps her in bed in the "
        "mornings; the maternal grandmother has them on Saturdays. A key of initials, the children's week "
        "(what they say and what is seen), goals by the review conference, then a landscape grid with the "
        "days down the side (Every day, Mon-Fri, Mon ... Sun) and a column per person (FSW, Mum, HV, "
        "nursery key worker, SW, Nana Bev), each numbered box one action with its check after a tick, "
        "and a 'one-offs this month' table. The GP reports on how the mother's mood affects her mornings "
        "with the children; the contingency covers weight, no food or no adult, the mother's mood, Nana "
        "Bev being unable to help, and a legal planning meeting after named triggers; core groups and "
        "the review conference are dated."
    ),
    "blocks": [
        ("title", "Weekly Support Plan - Marsh family"),
        ("p", "Aspleyford Family Hub (FSW) with Aspleyford Council Children's Services. For T (Tommy, 4) and EM "
              "(Ellie-Mae, 18 months), CP plan (neglect) from ICPC 12/01/2026. This grid is the weekly part of "
              "the CP plan: it repeats every week from w/c 19/01/2026 until the RCPC on 09/04/2026. NB goes "
              "through it with JM every Friday."),
        ("p", "Key: NB = Nadia Begum, FSW (writer) · JM = Jodie Marsh, Mum · LF = Lucy Frain, HV · GR = Gemma "
              "Rowe, T's key worker, Aspleyford Meadow Nursery · OT = Owen Tate, SW (TM: Sarah Quail) · Nana "
              "Bev = Bev Marsh, JM's mum, 14 Brook Terrace · Dr Kowal = JM's GP, Aspleyford Health Centre · AS "
              "= Amy Shore, speech and language therapist. ✓ = how we'll check."),
        ("h2", "T and EM's week (what they say, what we see)"),
        ("bullets", [
            "T (to NB, 15/01): \"I like Nana's on Saturday, we make pancakes.\" \"Mummy stays in bed and I get "
            "the biscuits.\" Showed NB his bed: \"my bed is wet, it's cold\". Wants \"a Spiderman quilt\".",
            "T at nursery (GR): comes in hungry on Mondays; points and pulls adults rather than asking; loves "
            "the sand tray.",
            "EM (seen by NB at tea, 15/01): grabbed food off T's plate and cried when it was gone; settles with "
            "her bottle; laughs and bounces when JM sings \"Wheels on the Bus\". Walking since Christmas.",
        ]),
        ("h2", "Goals by RCPC (09/04/2026)"),
        ("numbers", [
            "EM is fed enough to grow: back up to the 9th centile on her chart by RCPC.",
            "T is at nursery every session and his talking is coming on (AS's re-check shows progress).",
            "T and EM have a clean, warm home with food in every day and dry beds (home conditions score 4/5 "
            "or more).",
            "T and EM have a mum whose mood is steady enough to get them up, fed and out by 9am.",
        ]),
        ("h2", "The week"),
        ("p", "Each numbered box is one thing: done by the person at the top of its column, on the day at the "
              "side, every week. \"-\" = nothing that day."),
        ("table", {
            "header": ["Day", "NB (FSW)", "JM (Mum)", "LF (HV)", "GR (nursery)", "OT (SW)", "Nana Bev (MGM)"],
            "widths": [2.3, 4.0, 4.0, 3.6, 3.6, 4.0, 4.2],
            "bold_first_col": True,
            "rows": [
                ["Every day", "-",
                 "1. EM: 3 meals + 2 snacks + milk at bedtime, written on the food diary ✓ diary read by NB Mon + "
                 "Fri and by LF at weigh-ins",
                 "-", "-", "-", "-"],
                ["Mon-Fri", "-",
                 "2. T to nursery for 9am, collected at 12 ✓ nursery register, sent to OT by GR every Fri",
                 "-",
                 "3. Greet T; note if he has eaten, is clean and dry; snack on arrival ✓ nursery daily sheet → "
                 "OT every Fri",
                 "-", "-"],
                ["Mon", "4. 8-10am at home: up, dressed, breakfast, T out of the door by 8.40 ✓ routine chart "
                        "ticked + NB's visit note same day",
                 "-", "-", "-", "-", "-"],
                ["Tue", "-", "-",
                 "5. Weigh EM at Aspleyford clinic, 10am ✓ wt on centile chart, sent to OT same day",
                 "-",
                 "6. Home visit (1 in 3 unannounced): T seen alone, EM seen, fridge, kitchen + beds checked ✓ visit "
                 "notes within 48h + home conditions score",
                 "-"],
                ["Wed", "7. 1-3pm: meal plan + food shop with JM (budget £45) ✓ receipt + meal plan on the fridge",
                 "8. Stay and Play at the Family Hub with EM, 10-11.30 ✓ Hub register",
                 "-", "-", "-", "-"],
                ["Thu", "9. 10-12: one room sorted + bedding washed ✓ home conditions score each Thu, photo on file",
                 "10. Bath night for T + EM; wet bedding washed and dried the same day ✓ NB checks beds at the Fri "
                 "visit",
                 "-", "-", "-", "-"],
                ["Fri", "11. 9.30-10.30: go through this grid with JM, tick what happened, plan next wk ✓ weekly "
                        "review sheet signed by JM → OT by 3pm",
                 "-", "-", "-", "-", "-"],
                ["Sat", "-", "-", "-", "-", "-",
                 "12. T + EM at Nana's 10am-4pm; JM rests and sorts the house ✓ Nana Bev texts OT drop-off + "
                 "pick-up times"],
                ["Sun", "-",
                 "13. Ready for Mon: T's nursery bag packed, clean clothes out, shopping list done ✓ NB checks "
                 "bag + list at the Mon 8am visit",
                 "-", "-", "-", "-"],
            ],
        }),
        ("h2", "One-offs this month"),
        ("table", {
            "header": ["#", "What", "Who", "By", "✓ Check"],
            "widths": [1.0, 10.2, 4.5, 3.5, 6.5],
            "rows": [
                ["14", "Review JM's sertraline; letter to OT on how her mood affects her mornings with T + EM and "
                       "whether she needs a mental health referral", "Dr Kowal (GP)", "By 06/02/2026",
                 "GP letter on OT's file, shared at CG2"],
                ["15", "EM: referral to the paediatric dietitian; T: ASQ-3", "LF", "By 30/01/2026",
                 "Referral accepted letter + T's ASQ-3 scores → OT"],
                ["16", "T's speech and language assessment at Aspleyford Children's Centre", "AS (SALT)",
                 "Appt by 27/02/2026", "SALT report with targets → OT + GR"],
                ["17", "Damp repair request for T's bedroom to Aspleyford Homes", "NB, with JM", "By 23/01/2026",
                 "Job number on file; repair seen done by OT by 20/02/2026"],
                ["18", "Parenting assessment with JM (routines, food, home, the children's needs)", "OT",
                 "Report by 13/03/2026", "Report shared at CG3 (19/03/2026)"],
            ],
        }),
        ("h2", "If it goes wrong"),
        ("bullets", [
            "EM's weight drops below the 2nd centile, or does not go up at 2 weigh-ins running → LF refers her to "
            "the Aspleyford rapid access paediatric clinic within 48 hours and tells OT the same day.",
            "NB or OT find no food in the house, T and EM without an adult, or JM not answering at the Mon 8am "
            "visit → OT (EDT out of hours) visits the same day; T + EM go to Nana Bev's that day; strategy "
            "discussion the same day if they are unsafe.",
            "JM says she can't keep herself safe, or can't get up for 2 days running → NB or OT ring Dr Kowal the "
            "same day (Aspleyford Crisis Team out of hours) and Nana Bev stays at the house until JM is seen.",
            "Nana Bev can't have T + EM (on a Saturday or in an emergency) → NB does a Sat 10-12 home visit "
            "instead; in an emergency OT or EDT arranges emergency foster carers that night.",
            "Home conditions score under 3/5 at 2 Thursday checks running, or EM still under the 2nd centile at "
            "CG3 (19/03/2026) → Sarah Quail (TM) requests a legal planning meeting within 10 working days.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "NB + JM go through the grid every Fri (box 11).",
            "CG 4-wkly, Thu 2pm, Aspleyford Family Hub: 19/02/2026 and 19/03/2026.",
            "RCPC: 09/04/2026, 10am, Aspleyford Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A text-message (WhatsApp) summary of an initial conference typed into
#    the case file, for a baby accommodated under s20 on a children's ward.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_audleston_whatsapp_summary_case_note_parkes.txt",
    "split": "tune",
    "actions": 10,
    "template": "text-message-summary-typed-into-case-file-txt-case-note-header-then-timestamped-whatsapp-lines-whos-who-why-baby-on-the-ward-parents-words-what-we-want-then-numbered-plan-message-me-and-initials-contingency-line-replies-meeting-dates-sms-to-parents",
    "description": (
        "A social worker's case note that copies in, word for word, the professionals' WhatsApp group "
        "summary of an initial conference for a 7-week-old baby with three healing rib fractures and a "
        "bruised cheek, accommodated under section 20 on a children's ward until a foster carer takes "
        "him home; the father smokes cannabis daily. Timestamped messages give the who's who as initials, "
        "why, the baby on the ward as the nurses and the social worker saw him, the parents' words, what "
        "we want for him, then a numbered PLAN message ('Me' is the social worker) and a contingency "
        "line, replies with the meeting dates, and the SMS to the parents. Faults: nobody is set to "
        "visit the baby on the ward at a stated frequency (the social worker visits 'when poss' and rings "
        "daily, the parents see him when a nurse can supervise); the social worker's ward visit 'when "
        "poss'; a passive repeat skeletal survey with no owner; the health visitor's visits to the foster "
        "home 'to keep an eye on him'; the father's cannabis use with no adult service owning an action; "
        "a contingency that only says the group will touch base and review; and no legal planning."
    ),
    "text": """\
AUDLESTON CHILDREN'S SERVICES - CASE NOTE
==========================================================================
Child ......... Reggie PARKES (R)      DOB 18/11/2025 (7 wks)     LCS ID 4471203
Note type ..... Text message / WhatsApp summary (copied in)
Entered by .... Ellie Byrne, SW, Infant Safeguarding Team
Entered ....... 09/01/2026 17:05
Note .......... Copied word for word from the "Reggie P - ICPC" WhatsApp group
                (professionals only; parents are not in the group) and the SMS
                sent to the parents. Agreed at ICPC 09/01/2026 as the action
                summary until the formal plan is typed on LCS.
--------------------------------------------------------------------------

[09/01/2026, 15:48] Ellie Byrne (SW): Hi all, quick summary of ICPC today for R.
CP plan, cat. physical abuse. R stays on Puffin ward (Ward 4), Audleston General,
s20 (looked after) agreed by Mum + Dad 06/01. Who's who: EB = me (SW), KD = Karen
Doyle (my TM), CR = Charlie Reeve (Puffin ward sister), AP = Dr Anil Pillai
(consultant paed), LK = Lucy Kerr (HV), RN = DC Rob Nunn (CAIT), CP = Courtney
Parkes (Mum, 19), LF = Liam Fisher (Dad, 22), Jan = Jan Holt (foster carer,
Audleston Fostering) - R goes to Jan on d/c.

[09/01/2026, 15:52] Ellie Byrne (SW): Why: R brought to ED 03/01 by CP + LF, "crying
when picked up". X-ray → 3 healing posterior rib fractures (approx 2-3 wks old) +
bruise L cheek. No explanation. Skeletal survey 04/01: nothing else. Bloods + eyes
normal. RN investigating, both parents interviewed + RUI.

[09/01/2026, 15:55] Ellie Byrne (SW): R on the ward (nurses + what I saw Weds): feeding
well, 90ml 3-hrly, up 180g since admission. Settles quickest held on nurse Jo's
shoulder. Startles + cries when voices are raised - cried hard when LF shouted at
the desk 05/01. Watches faces, smiles when CP sings to him.

[09/01/2026, 15:58] Ellie Byrne (SW): Parents: CP "I'd never hurt him. I don't know what
happened." LF "Nobody touched him. Maybe the car seat." LF smokes cannabis every
day ("helps me sleep"), says he'll stop "when this is sorted". CP says she doesn't
use. Contact: for now CP + LF see R on the ward when a nurse can supervise - CR
sorting times day by day.

[09/01/2026, 16:03] Ellie Byrne (SW): What we want for R: 1) safe, no more injuries,
fractures healed (follow-up x-ray clear) 2) feeding + gaining wt, meeting his
milestones 3) goes straight to Jan's on d/c, not home 4) keeps his bond with CP +
LF through safe, supervised time together.

[09/01/2026, 16:10] Ellie Byrne (SW): PLAN - actions agreed at ICPC 👇
1) Me - visit R on the ward when poss, see him + talk to the nurses. Visit note
   on LCS.
2) Me - ring Puffin every day for an update on R (feeds, wt, contact), noted on
   the LCS phone log.
3) CR - ward obs every shift: R's feeds, wt, how CP + LF handle him at contact;
   any worry → me same day. Check: feed/wt chart + contact obs sheet.
4) AP - written report on R's injuries (timing, likely cause) to me + RN by
   16/01. Report on LCS.
5) Repeat skeletal survey to be booked for 2/52 after the first (by 18/01).
   Results to AP + me.
6) RN - update on the investigation + RUI to me every Fri by e-mail. E-mails on
   LCS.
7) Jan - placement planning mtg with me + her fostering SW by 14/01; cot + car
   seat ready. Signed placement plan on LCS.
8) LK - visit R at Jan's wkly from d/c, to keep an eye on him + support Jan.
9) Me - d/c planning mtg on Puffin with CR, AP, LK, Jan, CP + LF, before d/c.
   Signed d/c plan, copies to all.
10) Me - parenting assessment of CP + LF (incl. LF's cannabis), report by 13/02,
   shared at CG2.
Contingency: if anything changes or anyone's worried, tell me + we'll all touch
base and review the plan 👍

[09/01/2026, 16:14] Charlie Reeve (Puffin): 👍 obs already on R's chart, will add a
contact sheet from tonight.

[09/01/2026, 16:15] Dr Anil Pillai: Report by 16/1 fine.

[09/01/2026, 16:21] Karen Doyle (TM): Thanks Ellie. Dates: CG1 20/01 2pm on Puffin
(parents' room), then 4-wkly, 17/02 + 17/03. RCPC 02/04/2026 10am, Audleston Civic
Centre.

[09/01/2026, 16:30] Lucy Kerr (HV): Will do 👍

[09/01/2026, 16:40] Ellie Byrne (SW) → SMS to CP + LF (copied in): "Hi both, it's
Ellie. R is staying on Puffin for now. You can see him when a nurse is there, Charlie
will sort times each day. First meeting is 20/01 at 2pm on the ward. Any questions
ring me on 07700 900412."

[09/01/2026, 16:55] Rob Nunn (CAIT): Noted. Both parents RUI, condition: no
unsupervised contact with R.

--------------------------------------------------------------------------
Entered by EB 09/01/2026 17:05 · formal CP plan to follow on LCS
""",
    "findings": [
        F("T002", "visit R on the ward when poss, see him"),
        F("W001", "Repeat skeletal survey to be booked for 2/52 after the first"),
        F("M002", "visit R at Jan's wkly from d/c, to keep an eye"),
        F("L001"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A children's ward safeguarding discharge checklist that doubles as the
#    CP plan: before d/c items (done and still to do), then after d/c items.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b206_aveldon_ward_discharge_checklist_as_cp_plan_fenn.md",
    "split": "tune",
    "actions": 17,
    "template": "childrens-ward-safeguarding-discharge-checklist-doubling-as-cp-plan-md-patient-details-table-key-of-initials-why-o-on-the-ward-observed-parents-words-goals-then-before-dc-tick-list-done-and-to-do-with-who-when-check-then-after-dc-table-item-who-when-check-then-if-then-meetings-sign-off",
    "description": (
        "Exemplary safeguarding discharge checklist from a children's ward that doubles as the child "
        "protection plan for a 2-year-old who swallowed his father's take-home methadone and spent two "
        "days on PICU. The father is on a methadone script with the drug and alcohol service; the "
        "mother works; the maternal grandmother has the boy two days a week. Patient details, a key of "
        "initials, why, 'O on the ward' (what staff and the social worker have seen, his few words), the "
        "parents' words and goals, then 'Before d/c' tick-list items (ticked items done and not counted; "
        "open items with Who / When / Check) and an 'After d/c' table (# / Item / Who / When / Check) "
        "timed by 'before d/c', 'on the day of d/c', 'within 6/52 of d/c', 'daily from d/c', '2/52' and "
        "dates, checked by pharmacy records, UDS results, the cabinet sheet and reports. The drug and "
        "alcohol service owns supervised consumption, testing and a report on the risk to the child; the "
        "contingency covers drugs found, positive tests, the grandmother being unable to help, and a "
        "legal planning meeting after named triggers; core groups and the review conference are dated."
    ),
    "text": """\
# Aveldon Children's Hospital · Ward 7 (Kestrel)
## Safeguarding discharge checklist = child protection plan

This checklist was agreed at O's ICPC on the ward (14/01/2026) and the d/c planning meeting
(15/01/2026). It is O's CP plan until the RCPC: the ward keeps the "Before d/c" part, HG (SW) keeps
the "After d/c" part. Nothing on this list is optional.

| Pt | Oakley Fenn (O), DOB 10/10/2023 (2y 3m) · Hosp no. AV7730912 |
|---|---|
| Home | 5 Mill Lane, Aveldon AD4 8TS, with Mum + Dad |
| Adm | 03/01/2026 via ED → PICU (2 days, naloxone infusion) → Kestrel 05/01/2026 |
| D/c planned | 16/01/2026, home to Mum + Dad, once every "Before d/c" box is ticked |
| CP plan | Neglect, ICPC 14/01/2026 |

**Key:** NO = Natalie Orme, Mum · CF = Craig Fenn, Dad · Nana Sue = Sue Orme, NO's mum, 2 Reed
Court · OA = Dr Ola Adeyemi, consultant paediatrician · AL = Sr Amy Lyle, Kestrel ward sister · HG =
Hollie Grant, SW, Aveldon Children's Services (TM: Martin Cole) · TQ = Tara Quinn, HV · WI = Wes
Ibbotson, keyworker, Aveldon Drug and Alcohol Service (ADAS) · RM = Raj Mehta, pharmacist, Aveldon
Pharmacy, Marsh Rd · PN = Dr Priya Nair, family GP · Rainbow = Aveldon Rainbow Nursery (manager:
Lisa Dunn)

### Why

O (2) found drowsy on the kitchen floor 03/01 after drinking from a cup holding CF's take-home
methadone (60ml script, ADAS). NO did CPR on 999 advice; naloxone by paramedics. CF on a methadone
script since 2022, no street drug use on tests since 2024; he had started being given take-home
doses in Nov. NO works at the post office (Wed + Fri) and has no drug or alcohol use (UDS neg
05/01).

### O on the ward (what we've seen)

- Back to himself by day 3: runs up and down the corridor with the ward's garage, laughs at AL's
  bubbles. Eats everything; sleeps 7pm-6am with his blue bunny.
- Words: "Mama", "Nana", "car", "no!", "juice". Says "Daddy poorly" when CF comes.
- Runs to CF at visits and climbs on him; CF is gentle and plays on the floor with him. Cries for
  Nana Sue at night if she has just left, settles with NO.

### What NO and CF say

NO: "I keep seeing him on the floor. I want every tablet in that house locked away." CF: "It's on
me. I put it in a cup to take later and forgot. I'll go to the chemist every day, I don't care."

### Goals for O

1. O never gets hold of medicine or drugs again: no methadone at home, every medicine in the locked
   cabinet.
2. O is looked after by adults who are sober and awake when they care for him.
3. O is fully recovered and his development is on track (2-yr review ASQ-3 above the cut-offs).
4. O has a settled week he can count on: nursery, Nana's and home.

### Before d/c (ward: AL keeps this list; all ticked before O leaves)

- [x] Strategy discussion held, 04/01 (HG + police + OA) - done
- [x] Naloxone training + kit for NO, CF + Nana Sue, 13/01 (AL) - done
- [x] ADAS moved CF to daily supervised consumption, no take-home doses, from 08/01 (WI) - done
- [ ] Home safety visit: check no methadone or other medicine can be reached; lockable cabinet
  fitted high up in the kitchen · **Who:** HG · **When:** before d/c (by 16/01) · **Check:** photo of
  cabinet + home safety checklist signed by NO + CF
- [ ] D/c summary with the safeguarding section to the GP, HV + SW · **Who:** OA · **When:** on the
  day of d/c · **Check:** copies on the ward file + with HG
- [ ] Book O's follow-up clinic and give NO the letter · **Who:** AL · **When:** before d/c ·
  **Check:** appt letter (within 6/52 of d/c) in O's red book

### After d/c (the plan until RCPC)

| # | Item | Who | When | Check |
|---|---|---|---|---|
| 1 | Home visits: O seen + cabinet checked; 1 in 2 unannounced | HG | Wkly from d/c to RCPC | Visit notes within 48h, cabinet check recorded |
| 2 | Take methadone at the pharmacy every day (supervised), no take-home doses, so nothing comes into O's home | CF | Daily from d/c | Pharmacy record, checked by WI |
| 3 | Keywork + UDS; written report to HG on CF's progress, his capacity to keep to the script and the risk to O | WI (ADAS) | 2/52 from d/c; report before each CG | UDS results + report on HG's file |
| 4 | Tell WI + HG if CF misses a dose | RM | Same day as any missed dose | Call log at the pharmacy; WI's note |
| 5 | First home visit; home safety check (meds, cleaning stuff up high); then visits | TQ | Within 5 days of d/c, then 2/52 | Home safety checklist → HG |
| 6 | O's 2-yr review (ASQ-3) | TQ | By 27/02/2026 | ASQ-3 scores → HG + OA |
| 7 | Follow-up clinic: O's check after PICU (development, sleep, behaviour) | OA | Within 6/52 of d/c | Clinic letter → GP + HG |
| 8 | O at nursery Mon + Tue, 8.30-3.30 | Rainbow (Lisa Dunn) | From 02/02/2026 | Register + daily sheet → HG every Fri |
| 9 | Have O at her house Wed + Fri while NO works; keep her own tablets locked away | Nana Sue | Wed + Fri, 8am-5pm | NO writes drop-off + pick-up times in O's diary; HG reads it wkly |
| 10 | Lock the cabinet every night and keep the key on her | NO | Every night from d/c | Tick on the cabinet sheet, seen by HG at each visit |
| 11 | CF not to look after O on his own | CF | For the first 6/52 after d/c, then reviewed at CG2 | O's diary shows who had O each day; HG reads it wkly |
| 12 | Review of CF's other prescriptions (any sedatives); letter on how they affect his care of O | PN (GP) | By 30/01/2026 | GP letter to HG |
| 13 | Assessment of NO + CF's parenting: medicine safety, supervision, O's routine | HG | Report by 20/02/2026 | Report shared at CG2 (24/02/2026) |
| 14 | Tell HG the same day if O comes in drowsy, hurt or unwell | Rainbow (Lisa Dunn) | Same day, every session | Nursery safeguarding log; HG's call note |

### If → then

- Methadone or any other drug or medicine found where O can reach it → HG (EDT out of hours) holds
  a strategy discussion the same day; CF leaves the home that day to his brother Dean's (3 Hatch
  Lane) and sees O only with NO or Nana Sue there.
- CF's UDS shows street drugs, or he misses 3 pharmacy doses in a week → WI tells HG the same day;
  CF does not care for O at all; HG visits within 24 hours.
- O drowsy, floppy or hard to wake → 999 and naloxone (NO, CF and Nana Sue trained).
- Nana Sue can't have O on a Wed or Fri → NO rings HG that morning and O goes to Rainbow for the
  day (Lisa Dunn has agreed to extra days); O is never left with CF alone instead.
- Drugs or medicine found within O's reach again, or CF's UDS positive for street drugs twice before
  the RCPC → Martin Cole (TM) requests a legal planning meeting within 5 working days.

### Meetings

- CG1 27/01/2026, then 4-wkly: 24/02/2026 and 24/03/2026, 2pm, Aveldon Family Centre.
- RCPC: 14/04/2026, 10am, Aveldon Civic Offices.

Signed off on the ward: AL (Kestrel) 15/01/2026 · HG (SW) 15/01/2026 · NO + CF 15/01/2026.
""",
    "findings": [],
})
