"""Batch 54, module k: seven fictional plans (held-out), places beginning with "k".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Seven kinds of plan, each in a template invented for it: a pre-birth plan
with the timescale in the first column, a review conference plan for a
teenager exploited outside the home with a merged "Risk area" column, core
group minutes for a disabled child ending in an action log owned by initials,
a social worker's letter to parents after an initial conference, a step-up
from child in need to child protection with worry statements and lettered
actions, an initial conference plan with a scaling line and a table under
each goal, and a review plan with an evidence-first table while the family
moves to another council. Four are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth ICPC plan: details grid, birth alert, baby's world, then a
#    "When | What will happen | Named lead | What we will see" table with the
#    timescale first. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_kimbercott_prebirth_when_first_column_pollitt.docx",
    "doc_title": "Pre-birth Child Protection Plan - unborn baby of Shannon Pollitt",
    "split": "heldout",
    "actions": 12,
    "template": "prebirth-icpc-docx-details-grid-birth-alert-babys-world-now-then-when-first-column-what-named-lead-what-we-will-see-table",
    "description": (
        "Exemplary pre-birth plan made at a 28-week initial conference (young care-leaver mother with "
        "depression under the perinatal team, father's daily cannabis use). The table puts the timescale "
        "first (gestation weeks, dates, shifts on the ward, nights after discharge). The perinatal team "
        "assesses capacity to stay well, the drug service tests and reports, the former foster carer's "
        "overnight help has a fallback placement, core group and review dates and a legal step are set."
    ),
    "blocks": [
        ("p", "Kimbercott Metropolitan Borough Council – Children and Families Service – Pre-Birth Assessment Team"),
        ("title", "Pre-birth Child Protection Plan"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Unborn baby of", "Shannon Pollitt – baby boy, due 11/12/2025 (parents plan to call him Reggie)"],
                ["Mother", "Shannon Pollitt (19), care leaver, 4 Larkspur Court, Kimbercott"],
                ["Father", "Connor Hale (22), lives with Shannon"],
                ["Conference", "Initial child protection conference (pre-birth), 18/09/2025, Shannon 28 weeks pregnant"],
                ["Category", "Neglect"],
                ["Social worker", "Megan Ashdown, Pre-Birth Assessment Team (07700 900412)"],
                ["Chair", "Roland Fife, Child Protection Chair"],
                ["Maternity unit", "Kimbercott General Hospital, Ward 7"],
            ],
        }),
        ("boldp", "Birth alert"),
        ("p", "A birth alert went to Kimbercott General and the two neighbouring maternity units on 19/09/2025. "
              "It asks the ward to ring the social worker, or the emergency duty team out of hours, when "
              "Shannon is admitted in labour. It does not mean baby will be removed. It means baby does not "
              "go home until the discharge planning meeting in this plan has been held."),
        ("h1", "Why conference was worried"),
        ("p", "Shannon left foster care at 18. She was admitted to hospital twice in 2024 after taking "
              "overdoses, and she has been treated for depression with sertraline since January 2025. The "
              "perinatal mental health team have seen her since she was 14 weeks pregnant. Connor has smoked "
              "cannabis every day since he was 14 and says he needs it to sleep. On all three of the social "
              "worker's visits the flat smelled strongly of cannabis smoke, and the room Shannon wants for the "
              "baby has black mould above the window. Neither parent has looked after a baby before."),
        ("p", "There are real strengths. Shannon has been to five of her six antenatal appointments, she "
              "talks openly about her low moods and she has kept in touch with Bev Marsh, her foster carer "
              "from the age of 12, who has offered to stay for the first two weeks after the birth. Connor "
              "came to every meeting and to conference."),
        ("h1", "Baby's world now"),
        ("p", "At the 26-week scan baby was growing well, on the 50th centile. Shannon says he kicks most in "
              "the evening when she lies on the sofa, and she and Connor play him music through the bump. At "
              "the moment baby's world is a one-bedroom flat that is often full of smoke, a second room with "
              "damp walls and no cot, and a mum who some days does not get up until the afternoon. Shannon "
              "has bought a baby bath and some vests; she has not yet been able to afford a cot."),
        ("h1", "What Shannon and Connor said"),
        ("p", "Shannon: “I didn't have a mum who did it right, so I want to prove I can. I know I get low and "
              "I'd rather people knew than didn't.” Connor: “Weed's not the same as drugs, but I'll stop "
              "smoking it in the flat. I don't want him breathing it.” Both said they agree with the plan and "
              "want Bev to be part of it."),
        ("h1", "What baby needs – the outcomes we are working to"),
        ("bullets", [
            "Baby is born safely and goes home only when his cot is up, Connor's last two tests are clear, "
            "Bev is ready to stay and the perinatal team have seen Shannon on the ward.",
            "Baby lives in a warm, smoke-free home with his own cot in his parents' room and is put down on "
            "his back for every sleep.",
            "Baby is fed and comforted by parents who are sober and well enough to notice him and respond, "
            "day and night.",
            "Baby keeps growing along his centile and has every health check and immunisation on time.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["When", "What will happen", "Named lead", "What we will see"],
            "widths": [3.2, 5.8, 3.4, 4.6],
            "rows": [
                ["Every 2 weeks until the birth; weekly for the first 8 weeks at home",
                 "Home visits to Shannon and Connor, at least one a month unannounced. Once baby is home, see "
                 "him awake and undressed, see where he sleeps and watch a feed",
                 "SW Megan Ashdown",
                 "A visit record each time noting baby's sleep space, his skin and nappy area, and how each "
                 "parent responds when he cries"],
                ["30 weeks (02/10/2025) and 36 weeks (13/11/2025)",
                 "Safeguarding antenatal appointments with Shannon, and a written birth plan naming who may "
                 "visit her on the ward",
                 "Anita Rowe, safeguarding midwife, Kimbercott General",
                 "Birth plan in Shannon's maternity notes by 36 weeks; a copy emailed to the SW after each "
                 "appointment"],
                ["Fortnightly visits; written assessment by 23/10/2025",
                 "See Shannon at home about her mood and her sertraline, and assess how likely she is to stay "
                 "well after the birth, her early warning signs and how quickly the team could act if she "
                 "became unwell",
                 "CPN Tom Briggs with Dr Hema Lal, consultant perinatal psychiatrist, Kimbercott Perinatal "
                 "Mental Health Team",
                 "Written assessment of Shannon's capacity to stay well and the likely timescale, shared with "
                 "the core group by 23/10/2025; an update at every core group on what her mood means for "
                 "baby's care"],
                ["Weekly from 22/09/2025; report before each core group",
                 "Key-work sessions with Connor on his cannabis use, with a urine test at every session",
                 "Dan Okoye, recovery worker, Kimbercott Compass (drug and alcohol service)",
                 "Test results and a written report on whether Connor is stopping before baby is born, read "
                 "at every core group; negative tests from 36 weeks"],
                ["By 36 weeks (13/11/2025)",
                 "Get the flat ready for baby: cot set up in the main bedroom, smoke alarm tested, and all "
                 "smoking done outside on the balcony",
                 "Connor Hale, with Shannon",
                 "Cot, a working smoke alarm and no smell of smoke in the flat, seen by the SW at the first "
                 "visit after 36 weeks"],
                ["By 30/10/2025",
                 "Treat the black mould in the second bedroom and reseal the window frame",
                 "Ian Dobbs, repairs officer, Kimbercott Homes",
                 "Job sheet signed off and sent to the SW; no mould seen at the next SW visit"],
                ["Wednesdays, 8 sessions from 24/09/2025",
                 "Baby Steps antenatal parenting course at Larkspur Family Hub, including safe sleep and "
                 "coping with a crying baby (ICON)",
                 "Shannon and Connor; course leader Mel Hart",
                 "Attendance register sent to the SW each month; signed ICON sheet on the HV record"],
                ["Antenatal visit at 34 weeks (30/10/2025); new birth visit at 10–14 days; then weekly to 8 weeks",
                 "Health visiting contacts: baby's weight, feeding and a safe sleep check at every visit",
                 "HV Jo Fenn",
                 "Weights plotted in the red book and sent to the SW weekly; safe sleep checklist completed "
                 "at each visit"],
                ["Every shift from the birth until discharge",
                 "Record each feed and nappy, and how Shannon and Connor hold and settle baby on the ward",
                 "Midwife in charge, Ward 7 (postnatal), Kimbercott General",
                 "Ward feeding and care chart, and a written handover to the SW before the discharge meeting"],
                ["On the ward, before baby leaves hospital",
                 "Hold the discharge planning meeting with Shannon, Connor, Bev, the ward midwife and the HV, "
                 "and check each condition in the first outcome above",
                 "SW Megan Ashdown",
                 "Meeting notes signed off by the team manager, each condition marked met, copies given to "
                 "the parents and the ward"],
                ["Every night for the first 14 nights after discharge",
                 "Stay overnight at the flat, share the night feeds with Shannon and make sure baby goes back "
                 "into his cot after every feed",
                 "Bev Marsh (Shannon's former foster carer)",
                 "Night log on the fridge signed by Bev each morning and read by the SW and HV at their visits"],
                ["By 16/10/2025, and again at the 6-week postnatal check",
                 "Review Shannon's sertraline for late pregnancy and breastfeeding, and write to the perinatal "
                 "team and the SW",
                 "GP Dr Sunil Ahmed, Orchard Lane Surgery",
                 "GP letter on the file after each review"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shannon stops taking her sertraline, talks about harming herself or the baby, or is admitted "
              "to hospital; if Connor has a positive test after baby is born, or anyone smokes in the flat "
              "with baby there; or if baby is found asleep anywhere but his cot, whoever sees it will tell the "
              "SW (or the emergency duty team out of hours) straight away, and the SW will hold a strategy "
              "discussion the same day. Before discharge, baby stays on Ward 7 until that discussion has "
              "decided what happens. After discharge, Shannon and baby will move that day to the "
              "parent-and-baby foster placement with Jan and Rob Greaves, who are approved and on standby "
              "from 01/12/2025."),
        ("p", "If Bev is ill or cannot stay on any of the first 14 nights, Connor will not look after baby on "
              "his own overnight: the SW or the emergency duty team will arrange for Shannon and baby to stay "
              "with Jan and Rob Greaves that night."),
        ("h1", "Meetings and review"),
        ("bullets", [
            "Core group every 4 weeks at Larkspur Family Hub, 10am: 02/10/2025, 30/10/2025 and 27/11/2025, "
            "and an extra core group within 5 working days of the birth.",
            "Discharge planning meeting: on Ward 7, before baby goes home.",
            "Review child protection conference: 08/01/2026, 10am, Kimbercott Civic Centre (brought forward if "
            "baby is born early).",
            "If Connor's tests are still positive at 36 weeks, or the perinatal team's assessment says Shannon "
            "is unlikely to stay well enough to care for baby, the SW will ask the team manager for a legal "
            "planning meeting before the birth to decide whether to start pre-proceedings (PLO).",
        ]),
        ("p", "Plan typed by Megan Ashdown, SW, 19/09/2025, and sent to Shannon, Connor, Bev Marsh and everyone "
              "at conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan for a 15-year-old criminally exploited outside the home; table
#    with a vertically merged "Risk area" column; vague contingency with a
#    separate escalation section (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_kettleshaw_rcpc_risk_area_merged_acheampong.pdf",
    "doc_title": "RCPC Outcome and Revised Plan - Reuben Acheampong",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-outcome-paged-cce-teenager-decision-since-last-conference-views-then-risk-area-merged-worker-how-often-success-indicator-table-escalation-section",
    "description": (
        "Review conference plan for a 15-year-old exploited through county lines (mother's anxiety under "
        "the CMHT). Five-column table with the risk area merged down. Faults: police disruption 'as and "
        "when intelligence allows', youth work measured by 'engagement', a blank success indicator, a '-' "
        "owner for the NRM referral, a blank timescale, 'Professionals' network' as owner, the CMHT only "
        "supporting mum, an outcome about mum only, and a contingency with no trigger or response (the "
        "legal step sits in a separate escalation section)."
    ),
    "header": "OFFICIAL – SENSITIVE | Kettleshaw Council | Children's Safeguarding Service",
    "footer": "RCPC plan – Reuben Acheampong – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Review Child Protection Conference – Outcome and Revised Plan"),
        ("kv", [
            ("Young person", "Reuben Acheampong, 15 (born 02/06/2010), Year 11, Kettleshaw Academy"),
            ("Lives with", "Grace Acheampong (mum) and Abena Acheampong (11), 51 Holloway Rise, Kettleshaw"),
            ("Conference", "First review child protection conference, 03/11/2025 (initial conference 04/08/2025)"),
            ("Category", "Neglect"),
            ("Social worker", "Jordan Pike, Adolescent Safeguarding Team"),
            ("Chair", "Margaret Oyelaran, Independent Reviewing and Conference Service"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Conference agreed that Reuben is still likely to suffer significant harm through criminal "
              "exploitation and that the child protection plan continues under the category of neglect. "
              "Grace and Reuben both took part; Reuben joined for the second half and spoke for himself."),
        ("h1", "2. What has happened since August"),
        ("p", "Reuben has been reported missing four times since the initial conference, for between one and "
              "three nights. On 11/10/2025 he was found by police in a flat in Hadleigh Cross, 40 miles away, "
              "with £400 and fourteen wraps of cocaine; he was arrested and released under investigation. He "
              "has had two fixed-term exclusions and is on a part-time timetable. Police intelligence links "
              "him to two adult men who use the flat on Tenter Street. Reuben smokes cannabis most days."),
        ("p", "Grace has an anxiety disorder and is under the Kettleshaw CMHT. She told conference her panic "
              "attacks have come back since Reuben started going missing and that she “can't sleep until he's "
              "in”. She has reported every missing episode. Abena is doing well at school and goes to her "
              "aunt's after school on the nights Grace works."),
        ("h1", "3. What Reuben says"),
        ("p", "“I'm not a drug dealer. I owed someone and I was paying it back, that's all. It's done now.” "
              "Reuben said he feels safe at home but “not on the estate”, and that he would like to do the "
              "motor mechanics course at Kettleshaw College next year. He said the youth worker is “alright, "
              "he doesn't lecture”. On a scale of 0 to 10 for how safe he is when he is out, he gave himself 4."),
        ("h1", "4. What we want for Reuben by the next review"),
        ("bullets", [
            "Reuben is home by 10pm every night and is not reported missing.",
            "Reuben is not found carrying drugs, cash or weapons and has no contact with the adults who "
            "exploited him.",
            "Reuben is back in school full time and has a college place for September 2026.",
            "Grace's anxiety reduces and she feels more confident as a parent.",
        ]),
        ("h1", "5. Revised plan"),
        ("table", {
            "header": ["Risk area", "What will be done", "Worker (agency)", "How often / by when", "Success indicator"],
            "widths": [2.4, 5.4, 3.3, 2.8, 3.1],
            "rows": [
                ["Going missing",
                 "Return home interview with Reuben after every missing episode, shared with police and the SW",
                 "Lola Price, Kettleshaw Runaways Service", "Within 72 hours of each return",
                 "RHI record on file; what Reuben says about where he was passed to police"],
                [V,
                 "Report Reuben missing to the police if he is not home by 10pm and she cannot reach him",
                 "Grace Acheampong (mum)", "By 10.15pm on any night he is not home",
                 "Police reference number given to the SW the next morning"],
                ["Exploitation outside the home",
                 "Disruption visits to the flat on Tenter Street, and Child Abduction Warning Notices for the "
                 "adults seen with Reuben",
                 "DC Imran Shah, Kettleshaw Police Exploitation Team", "As and when intelligence allows",
                 "Notices served and visits logged on the police system and reported to each core group"],
                [V,
                 "Detached youth work sessions with Reuben, working towards the motor mechanics taster day at "
                 "Kettleshaw College",
                 "Kian Doyle, Kettleshaw Youth Service", "Twice a week",
                 "Reuben's engagement with the sessions"],
                [V,
                 "Map with Reuben the places, people and phone contacts that put him at risk, and share the "
                 "map with the police",
                 "SW Jordan Pike", "By 21/11/2025", ""],
                [V,
                 "Submit a National Referral Mechanism referral for Reuben as a possible victim of criminal "
                 "exploitation",
                 "-", "By 14/11/2025",
                 "Reasonable grounds decision received and on file"],
                ["School",
                 "Reintegration timetable at Kettleshaw Academy, building up from mornings to full days",
                 "Mrs Dora Quinn, Head of Year 11", "",
                 "Attendance register showing full days attended, copied to the SW"],
                [V,
                 "Share any sighting of Reuben with older males at the school gates or around the estate",
                 "Professionals' network", "Same day",
                 "Sighting logged on Reuben's file with the date, time and who he was with"],
                ["Home",
                 "Visit at home, see Reuben on his own and see Abena, and check his room for new phones, cash "
                 "or clothes he cannot explain",
                 "SW Jordan Pike", "Weekly",
                 "Visit records with Reuben's own words and anything found"],
                [V,
                 "Continue supporting Grace with her anxiety through appointments with her care coordinator",
                 "Beth Ames, care coordinator, Kettleshaw CMHT", "Fortnightly",
                 "Appointments attended; dates sent to the SW monthly"],
                [V,
                 "Parenting teenagers course for Grace, including what to do when Reuben goes missing and how "
                 "to agree a curfew with him",
                 "FSW Nicola Reddy, Kettleshaw Family Service", "Weekly for 10 weeks from 10/11/2025",
                 "Attendance record; Grace's written curfew plan on the fridge by the fifth session"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If there are further concerns about Reuben's safety, the core group will meet to review the "
              "plan and consider whether a strategy discussion is needed."),
        ("h1", "7. Escalation"),
        ("p", "If Reuben is reported missing more than twice before the core group on 15/12/2025, or is "
              "arrested again, the SW will request a legal planning meeting with Kettleshaw Legal Services "
              "within 5 working days."),
        ("h1", "8. Core group and review"),
        ("p", "Core group every 3 weeks at Kettleshaw Academy, 2pm: 24/11/2025, 15/12/2025 and 05/01/2026. "
              "Second review child protection conference: 02/02/2026, 10am, Kettleshaw Civic Hall."),
        ("p", "Chair's decision recorded 03/11/2025. Plan circulated by the Conference Service on 04/11/2025."),
    ],
    "findings": [
        F("T002", "Disruption visits to the flat on Tenter Street"),
        F("M002", "Detached youth work sessions with Reuben"),
        F("M001", "Map with Reuben the places, people and phone contacts"),
        F("W001", "Submit a National Referral Mechanism referral for Reuben"),
        F("T001", "Reintegration timetable at Kettleshaw Academy, building up"),
        F("W002", "Share any sighting of Reuben with older males"),
        F("H001", "Continue supporting Grace with her anxiety through appointments"),
        F("F002", "Grace's anxiety reduces and she feels more confident as a parent."),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes for a disabled, non-verbal 8-year-old: attendance
#    initials table, numbered items, PECS and observation as his voice, then an
#    action log owned by initials. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_kenniford_cwd_core_group_initials_log_sadiq.md",
    "split": "heldout",
    "actions": 10,
    "template": "cwd-core-group-minutes-md-initials-attendance-table-numbered-items-pecs-and-observed-day-then-cg-ref-action-owner-initials-due-done-when-log",
    "description": (
        "Exemplary second core group minutes for an autistic, non-verbal 8-year-old with epilepsy "
        "(missed medication, missed clinics, bedroom door bolted at night). Updates and scaling in "
        "numbered items, his voice through his PECS book and what adults saw, then a log of ten actions "
        "owned by initials from the attendance table, each with a due date and a 'done when'. "
        "Contingency with an emergency short-breaks bed and a legal step, core group and review dates."
    ),
    "text": """\
# Kenniford Council – Children with Disabilities Team

## Core Group Meeting 2 – Note of Meeting and Action Log

**Child:** Ibrahim Sadiq, 8 (born 14/03/2017) – Kenniford Brook School
**Child protection plan since:** initial conference 11/09/2025 (category: neglect)
**Meeting:** 09/10/2025, 1.30pm, family room, Kenniford Brook School
**Chaired and noted by:** Lucy Penrose, social worker

### Present

| Initials | Name | Role |
|---|---|---|
| FS | Farida Sadiq | Mum |
| LP | Lucy Penrose | Social worker, Children with Disabilities Team |
| GH | Gareth Hollis | Deputy head and DSL, Kenniford Brook School |
| CN | Carol Nwosu | Children's epilepsy nurse specialist, Kenniford Children's Hospital |
| RP | Ruth Pyle | Speech and language therapist |
| SF | Sam Ferris | Occupational therapist, Children with Disabilities Team |
| DM | Dawn Mirza | Short breaks co-ordinator, Willowbank House |

Apologies: Dr Anil Joseph, community paediatrician (report sent). Amira Sadiq (15) came for item 4 only.

### 1. Welcome

LP reminded everyone that this core group checks whether the plan made at conference is
keeping Ibrahim safe and well. FS had seen the agenda and asked for item 6 to be kept short.

### 2. Since core group 1 (25/09/2025)

FS has had the new blister packs from Castle Pharmacy since 29/09/2025. LP made the referral
to the OT on 26/09/2025 and to Willowbank on 30/09/2025. Ibrahim had one seizure at school
on 02/10/2025 which stopped on its own after two minutes. The bolt is still on his bedroom
door; FS says she has nowhere else to keep him safe at night while the family waits for a
safer bed.

### 3. Updates from each agency

**CN:** Ibrahim's blood level on 30/09/2025 was just below range. CN has written to Dr
Joseph about the dose. She wants Mum and the Willowbank staff trained in the rescue
medicine before his first overnight stay.

**GH:** 19 of 20 days in school since the last meeting. Ibrahim arrived hungry on three
Mondays. No marks seen. Staff say he is calmer since his sister started bringing him in.

**RP:** Ibrahim uses about 40 symbols at school. His book at home has only food pictures
in it, so he cannot tell Mum if he is hurting or frightened.

**SF:** Home visit booked. The bedroom is on the first floor with a sash window that
opens wide; this is part of why FS bolts the door.

**DM:** Ibrahim visited Willowbank for tea on 06/10/2025, explored the sensory room and
ate his meal. A bed is held for him from November.

### 4. How Ibrahim's days are going

Ibrahim does not speak. Using his PECS book with RP at school this week he built the
sentences "I want swing", "I want bath" and "I want Amira". When LP showed him a picture
of his bedroom he pushed it away and signed "finished". At home on 07/10/2025 LP saw him
flap his hands and laugh when Amira sang to him in the bath, and bang on his bedroom door
and cry when it was shut at 8pm. Amira told the meeting: "He hates the door. He's not
naughty, he just wakes up and wants someone." GH said he walks straight to the swing
each morning and is settled within ten minutes of arriving.

### 5. What we are working towards (outcomes from conference, unchanged)

- Ibrahim has every dose of his epilepsy medicine, on time, and has no seizures that go untreated.
- Ibrahim sleeps safely at night without being locked in his room, and has an adult he can reach if he wakes.
- Ibrahim goes to every hospital and therapy appointment he needs.
- Ibrahim has a way to tell the adults at home when he is hurting, scared or needs something.

### 6. Is the plan working?

Everyone was asked to scale how safe Ibrahim is, 0 (not safe at all) to 10 (safe enough to
end the plan). Scores ranged from 4 (CN, because of the blood level) to 6 (FS, GH). Agreed
score: 5, up from 3 at conference.

### 7. If things go wrong (agreed at conference, checked today, unchanged)

If Ibrahim has a seizure lasting more than five minutes, FS or whoever is with him will
give his rescue medicine and ring 999. If his chart shows two or more missed doses in a
week, he has a bruise or mark nobody can explain, or he is found locked in his room or
outside the house on his own at night, whoever finds out will tell LP (or the emergency
duty team out of hours) the same day and LP will hold a strategy discussion that day.
Ibrahim will then stay in the emergency bed at Willowbank House, agreed by DM and by FS,
until the strategy discussion has decided it is safe for him to go home. If two of these
happen before the review conference, LP will ask her team manager for a legal planning
meeting within 5 working days.

### 8. Next meetings

- Core group 3: 06/11/2025, 1.30pm, Kenniford Brook School.
- Core group 4: 04/12/2025, 1.30pm, Kenniford Brook School (every 4 weeks).
- Review child protection conference: 11/12/2025, 10am, Kenniford Civic Centre.

### 9. Action log – agreed today

| Ref | Action | Owner | Due | Done when |
|---|---|---|---|---|
| CG2/1 | Visit at home, with one bedtime visit (7–8pm) each month, to see Ibrahim's room, his medicine chart and how he is settled for the night | LP | Every 2 weeks; bedtime visit once a month | Visit record notes whether the door is unlocked, whether the chart is up to date and what Ibrahim showed with his PECS book |
| CG2/2 | Give Ibrahim his levetiracetam from the blister pack at 8am and 8pm and tick each dose on the chart on the fridge | FS | Every day, 8am and 8pm | Chart fully ticked when LP visits; blood level in range at the clinic on 19/11/2025 |
| CG2/3 | Train FS and the Willowbank night staff to give buccal midazolam, and write Ibrahim's updated seizure care plan | CN | By 31/10/2025 | Signed training records; new care plan copied to school, Willowbank and LP |
| CG2/4 | Assess Ibrahim's bedroom for an enclosed safe-space bed and window restrictor so the door no longer needs a bolt, and order the bed | SF | Assessment by 24/10/2025; bed fitted by 05/12/2025 | OT report sent to LP; bed and restrictor seen fitted and the bolt removed at LP's next visit |
| CG2/5 | Two overnight short breaks a month for Ibrahim at Willowbank House | DM | Every 2nd and 4th Friday from 14/11/2025 | Dates confirmed to FS in writing; Willowbank's overnight record (sleep, seizures, medicines given) sent to LP after each stay |
| CG2/6 | Add home symbols (hurt, scared, bed, Mum, Amira) to Ibrahim's PECS book and show FS and Amira how to use them at bathtime and bedtime | RP | Home session by 30/10/2025 | New symbols seen in the book at home; RP's session note records FS and Amira each using them with Ibrahim |
| CG2/7 | Keep the home–school diary: Ibrahim's arrival, breakfast, any marks or seizures, and his mood on the zones board | GH | Every school day; summary to LP every Friday | Diary in his bag each day; Friday email to LP, with any mark or seizure reported to LP the same day |
| CG2/8 | Take Ibrahim to his neurology appointment at Kenniford Children's Hospital | FS, with taxi booked by LP | 19/11/2025, 10.40am | Clinic letter copied to LP confirming Ibrahim was seen |
| CG2/9 | Young carers assessment for Amira, so that she no longer does Ibrahim's night-time care | Jess Cole, Kenniford Young Carers (agreed by phone) | By 21/11/2025 | Assessment and support plan sent to LP and FS, listing what Amira stops doing at night |
| CG2/10 | Carer's assessment for FS, including help with her own mother's care, so that she is free to settle Ibrahim at bedtime | Adult Social Care carers' assessor (referral by LP on 10/10/2025) | Assessment by 28/11/2025 | Written carer's assessment and offer of support shared with LP and at core group 4 |

*Note agreed by FS and LP on 10/10/2025 and sent to everyone present, to Dr Joseph and to Jess Cole.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter to both parents after an ICPC, with the plan as a
#    real Word numbered list, one sentence an item (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_kirkhallow_letter_after_icpc_numbered_dowsett.docx",
    "doc_title": "Letter after initial conference - Mia and Harvey Dowsett",
    "split": "heldout",
    "actions": 11,
    "template": "sw-letter-to-both-parents-after-icpc-bold-run-in-headings-plan-as-word-numbered-list-one-sentence-each-names-as-owners",
    "description": (
        "Social worker's letter to both parents after an initial conference for a 7-year-old and a "
        "3-year-old (neglect; father's drinking while in sole care in the mornings). The plan is a Word "
        "numbered list, one sentence an item. Faults: a passive referral with no agent, father to see the "
        "GP 'when he feels ready' with no measure, school to 'keep an eye on' Mia with no time, "
        "'everyone who works with your family' as owner, a dads' group place 'as soon as one comes up' "
        "with no measure; no adult service owns an action about the drinking, and the review conference "
        "date is left to be sent later."
    ),
    "blocks": [
        ("pr", "Kirkhallow District Council"),
        ("pr", "Children's Services – Family Safeguarding Team South"),
        ("pr", "Moorgate House, Abbey Street, Kirkhallow"),
        ("pr", "2 October 2025"),
        ("p", ""),
        ("pl", "Kayleigh and Dean Dowsett"),
        ("pl", "23 Rowan Crescent"),
        ("pl", "Kirkhallow"),
        ("p", ""),
        ("p", "Dear Kayleigh and Dean,"),
        ("p", "Thank you for coming to the conference on Tuesday. I know it was a long morning and that some "
              "of what was said was hard to hear. As promised, this letter sets out in plain words why Mia and "
              "Harvey now have child protection plans and what everyone has agreed to do. Please keep it "
              "somewhere safe and ring me on 01632 960 214 if anything is not clear."),
        ("boldp", "Why Mia and Harvey have a plan"),
        ("p", "Conference decided that Mia (7) and Harvey (3) should have child protection plans under the "
              "category of neglect. Kayleigh, you start at the bakery at 5am, so Dean looks after the children "
              "in the mornings. Dean, you told me you drink most evenings, usually six or seven cans, and that "
              "some mornings you do not hear the alarm. On 10 September a neighbour found Harvey in the street "
              "in his pyjamas at 7am, and Mia was late for school 23 times last term. School say she often "
              "arrives hungry. Your GP has told us that Dean has been signed off work twice this year with "
              "problems linked to his drinking."),
        ("boldp", "What Mia and Harvey told us"),
        ("p", "Mia told me at school: “Daddy sleeps on the sofa in the morning and I do Harvey's cereal. I "
              "don't like being late because everyone looks at me.” She said she loves Friday nights because "
              "“Mummy does pizza and we watch a film”. Harvey showed me his dinosaurs and the garden gate, and "
              "told me “I went to find Mummy”."),
        ("boldp", "What we want to be different for Mia and Harvey"),
        ("bullets", [
            "Mia and Harvey are looked after every morning by an adult who is awake and sober.",
            "Mia gets to school on time, having had breakfast, every day.",
            "Harvey is always supervised and cannot get out of the house or garden on his own.",
        ]),
        ("boldp", "What happens now – the plan"),
        ("numbers", [
            "I will visit you at home every two weeks, at least once a month before 8.30am, and see Mia and "
            "Harvey on their own, writing down what they tell me on my visit record.",
            "Kayleigh, you will take Harvey to his two-and-a-half-year check with Nadia Lee, your health "
            "visitor, by 31 October 2025, and Nadia will send me the results.",
            "A referral will be made to Kirkhallow Family Hub by 17 October 2025 for a worker to help with "
            "the children's mornings, and you will get a letter when it is accepted.",
            "Dean will see his GP about his drinking when he feels ready.",
            "Dean will refer himself to Kirkhallow Recovery Service by 24 October 2025 and show me the letter "
            "giving his first appointment.",
            "Dean will not drink on any evening before he has the children the next morning, and will blow "
            "into the breath tester I gave him at 7am each school day and text me the reading.",
            "Mia's school will keep an eye on how she is in class.",
            "Kayleigh, you will take Mia and Harvey to the dentist by 14 November 2025 and keep the "
            "appointment cards for me to see.",
            "Little Acorns Nursery will email me Harvey's attendance and arrival times every Friday.",
            "Everyone who works with your family will tell me the same day about any worry for Mia or Harvey, "
            "and it will be written on their file.",
            "I will try to get Dean a place on the Kirkhallow Dads' group as soon as one comes up.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Dean has been drinking the night before he is due to look after the children, Kayleigh will "
              "not leave for work until another sober adult is there, and will ring me. If Dean is found drunk "
              "or asleep while he is looking after Mia or Harvey on his own, or either child is found outside "
              "on their own again, I (or the out-of-hours team) will visit the same day and hold a strategy "
              "discussion. Dean would then stay at his brother's in Norton Lane and the children would stay "
              "at home with Kayleigh; if Kayleigh could not care for them that day, they would stay with "
              "approved foster carers until she could."),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every four weeks at Mia's school, Kirkhallow Church of England "
              "Primary, at 9.30am on 14 October, 11 November and 9 December 2025. The review conference will "
              "be in about three months; I will send you the date once the chair's office has booked it."),
        ("p", "If Dean is found in charge of the children after drinking again, or Mia is still late most days "
              "by the core group on 9 December, my manager will hold a legal planning meeting to decide "
              "whether we need to start the pre-proceedings process."),
        ("p", "Yours sincerely,"),
        ("p", "Sophie Marrable"),
        ("pl", "Social Worker, Family Safeguarding Team South"),
        ("pl", "cc: Kirkhallow CE Primary (DSL); Little Acorns Nursery; Nadia Lee, health visitor"),
    ],
    "findings": [
        F("W001", "A referral will be made to Kirkhallow Family Hub"),
        F("T002", "Dean will see his GP about his drinking when he feels ready."),
        F("M001", "Dean will see his GP about his drinking when he feels ready."),
        F("T001", "Mia's school will keep an eye on how she is in class."),
        F("M002", "Mia's school will keep an eye on how she is in class."),
        F("W002", "Everyone who works with your family will tell me"),
        F("T002", "get Dean a place on the Kirkhallow Dads' group"),
        F("M001", "get Dean a place on the Kirkhallow Dads' group"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Step-up from child in need to child protection: what CIN tried (history),
#    worry statements, lettered actions with a "lead | when | we'll know" line,
#    IF / THEN contingency. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_kellingmere_cin_step_up_worry_lettered_braddock.txt",
    "split": "heldout",
    "actions": 9,
    "template": "cin-to-cp-step-up-record-txt-what-cin-tried-past-tense-dash-lines-then-worry-statements-lettered-actions-with-lead-when-well-know-pipe-line-if-then-contingency",
    "description": (
        "Exemplary step-up record: eight months of a child in need plan for a 10-year-old and a 6-year-old "
        "(home conditions, school attendance, untreated tooth decay, no money for food or electric) did not "
        "bring change, so an initial conference made child protection plans. What CIN tried is history in "
        "past-tense dash lines; the new plan is nine lettered actions under four worry statements, each "
        "with a 'lead | when | we'll know' line. Specific IF/THEN contingency with a named aunt and foster "
        "carers, legal gateway history and a legal planning trigger, core group and review dates."
    ),
    "text": """\
KELLINGMERE COUNCIL - CHILDREN'S SOCIAL CARE
STEP-UP RECORD: CHILD IN NEED PLAN TO CHILD PROTECTION PLAN
========================================================================

Children ....... Tommy-Lee BRADDOCK, 10 (Year 6, Coldharbour Primary)
                 Skye BRADDOCK, 6 (Year 2, Coldharbour Primary)
Parents ........ Stacey Braddock (32) and Dwayne Braddock (35)
Address ........ 17 Coldharbour Walk, Kellingmere
CIN plan ....... 10/02/2025 to 02/10/2025 (3 CIN reviews)
ICPC ........... 02/10/2025 - child protection plans made, category NEGLECT
Social worker .. Kamal Iqbal (allocated since February, continues)
Chair .......... Frances Lowe, Child Protection Chair

------------------------------------------------------------------------
WHY WE HAVE STEPPED UP
------------------------------------------------------------------------
For eight months the family has had a child in need plan. Some things
got better for a few weeks and then slipped back. At the last CIN review
(11/09/2025) the kitchen and bathroom scored 1 (unsafe) on the home
conditions scale, Tommy-Lee's attendance was 78% and Skye's 81%, Skye
was waiting for four teeth to come out, and the electric had run out
four times since July. There are no concerns about drug or alcohol use
by either parent. Conference agreed the children are likely to suffer
significant harm from neglect if nothing changes.

WHAT WE TRIED UNDER CIN AND WHAT HAPPENED
- Family Hub parenting course (March): Stacey went to 2 of 8 sessions.
- Deep clean with the housing officer (April): kept up for about 3 weeks.
- Breakfast club places (from May): used on 11 of 60 mornings.
- Foodbank vouchers (monthly): collected each month.
- Dental referral for Skye (June): two appointments missed.

------------------------------------------------------------------------
WHAT TOMMY-LEE AND SKYE SAY
------------------------------------------------------------------------
Tommy-Lee (seen at school, 25/09/2025): "I don't bring friends round
'cause it smells and there's stuff everywhere. I do my own tea most days,
noodles or toast." He would like "a proper bed like at Auntie Jade's"
and he wants to be picked for the Year 6 football team, which needs him
in school on Fridays.

Skye (seen at home, 29/09/2025) showed the SW her mattress on the floor
and said "my blanket's gone wet from the ceiling". She drew a picture of
her teeth "with the ouchy one". At school she asks for toast as soon as
she comes in and she cries if she is collected late.

------------------------------------------------------------------------
WHAT NEEDS TO BE DIFFERENT BY THE REVIEW CONFERENCE
------------------------------------------------------------------------
O1  Tommy-Lee and Skye live in a home that is clean and dry enough to
    eat, sleep and wash in, with their own beds and clean bedding.
O2  Both children are in school on time every day, having had breakfast.
O3  Skye's teeth are treated and neither child has head lice.
O4  There is food in the house and the electric is on every day.

------------------------------------------------------------------------
CHILD PROTECTION PLAN (from ICPC 02/10/2025)
------------------------------------------------------------------------

WORRY 1  The house is not clean or safe enough for the children to eat,
         sleep and wash in.

 1a  Home visit with a room-by-room check on the Kellingmere Home
     Conditions Scale, seeing Tommy-Lee and Skye on their own
       lead: SW Kamal Iqbal | when: every week, one unannounced each
       fortnight | we'll know: scale scores on the visit record; 3 or
       more in every room by 04/12/2025

 1b  Clear both bedrooms, put up the two beds from Kellingmere
     Furniture Project and keep clean bedding on them
       lead: Dwayne and Stacey | when: beds up by 17/10/2025, bedding
       changed every Sunday | we'll know: beds made up with clean
       bedding seen by the SW at each visit

 1c  Home sessions on a daily cleaning and washing routine and on
     cooking a cheap hot tea together with the children
       lead: FSW Ruth Shaw, Kellingmere Family Hub | when: Tuesday and
       Thursday 4-6pm, 12 weeks from 07/10/2025 | we'll know: routine
       chart on the kitchen wall ticked each day; kitchen scores 3 or
       more by core group 3

 1d  Repair the leaking roof above Skye's bedroom and the broken back
     window
       lead: Ian Crowe, repairs, Kellingmere Homes | when: by
       31/10/2025 | we'll know: job sheet signed off and sent to the
       SW; no damp or draught found at the next visit

WORRY 2  Tommy-Lee and Skye miss a lot of school and are often late
         and hungry.

 2a  Get both children to school by 8.50am, using the breakfast club
     places kept for them
       lead: Stacey | when: every school day | we'll know: register
       shows both in by 8.50am; attendance 95% or more each half term

 2b  Ring home at 9.15am on any day either child is not in, and meet
     Stacey and Dwayne every 2 weeks about attendance
       lead: Mrs Anne Tolley, attendance officer, Coldharbour Primary |
       when: 9.15am each day; meetings fortnightly | we'll know: call
       log and attendance figures emailed to the SW every Friday

WORRY 3  The children's health needs are not being met.

 3a  Take Skye to Kellingmere Community Dental Service for her
     assessment and her treatment under general anaesthetic
       lead: Stacey | when: assessment 16/10/2025; treatment by
       19/12/2025 | we'll know: dental letters copied to the SW after
       each appointment

 3b  Treat both children's head lice, check them at school every 2
     weeks and show Stacey and Dwayne how to do a comb check
       lead: school nurse Debbie Ng | when: first session 09/10/2025,
       then every 2 weeks | we'll know: nurse's check record shows both
       children clear by 06/11/2025

WORRY 4  There is often no money for food or electric by the end of
         the week.

 4a  Benefits check, a debt plan and moving the prepayment meter onto
     a budget plan, so the children have food and heat every day
       lead: Joanne Park, Kellingmere Money Advice | when: first
       appointment 14/10/2025; plan in place by 07/11/2025 | we'll
       know: written budget plan copied to the SW; food in the
       cupboards and the electric on at every SW visit

------------------------------------------------------------------------
IF THINGS GET WORSE
------------------------------------------------------------------------
IF   the kitchen, bathroom or either child's bedroom scores 1 on the
     home conditions scale; the electric is off for more than 24 hours;
     there is no food in the house; or either child misses 3 school
     days in a row with no reason given
THEN the SW (or the emergency duty team) will visit the same day. If
     the house is not safe for the children that night, Tommy-Lee and
     Skye will stay with their aunt, Jade Braddock, 14 Barrow Lane
     (checked and agreed at conference). If Jade cannot have them,
     they will stay together with approved foster carers that night.
     The SW will then request a legal planning meeting within 5
     working days.

------------------------------------------------------------------------
LEGAL PLANNING
------------------------------------------------------------------------
Legal gateway 25/09/2025: the team manager took legal advice before the
conference. Advice: the threshold for pre-proceedings is close. If the
home conditions scores are not 3 or more in every room, or either child's
attendance is below 90%, by core group 3 on 06/11/2025, the SW will
request a legal planning meeting to start the Public Law Outline.

------------------------------------------------------------------------
CORE GROUP AND REVIEW
------------------------------------------------------------------------
Core group every 3 weeks, 3.30pm at Coldharbour Primary:
  16/10/2025, 06/11/2025, 27/11/2025, 18/12/2025
Review child protection conference: 08/01/2026, 10am, Kellingmere
Town Hall, Committee Room 2

Record completed by K. Iqbal 03/10/2025 - agreed by F. Lowe 03/10/2025
========================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan for two sisters after a father's physical punishment; each
#    goal has a scaling line (today / by review / what it looks like) and its
#    own Step | Who | By when | How we will measure it table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_karsdale_icpc_scaling_goal_tables_whitmore.pdf",
    "doc_title": "Child Protection Plan - Chloe and Evie Whitmore",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-paged-goal-headings-with-scaling-today-by-review-what-it-looks-like-then-small-step-who-by-when-measure-table-per-goal",
    "description": (
        "Exemplary initial conference plan for a 13-year-old and a 9-year-old after their father hit the "
        "elder with a belt (father living at his brother's, contact supervised by the paternal "
        "grandmother). Each goal has a scaling line (today, by review, what it looks like) and a small "
        "Step / Who / By when / How we will measure it table. The contingency covers the grandmother being "
        "unable to supervise, names an aunt and foster carers, and gives the legal step; core group and "
        "review dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Karsdale Borough Council – Child Protection Plan",
    "footer": "Whitmore – ICPC 07/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Karsdale Borough Council · Safeguarding and Family Support · North Locality"),
        ("kv", [
            ("Children", "Chloe Whitmore, 13 (Year 9, Karsdale High School); Evie Whitmore, 9 (Year 5, St "
                         "Wilfrid's Primary)"),
            ("Home", "4 Fenton Road, Karsdale, with their mum, Lorraine Whitmore"),
            ("Dad", "Carl Whitmore, staying with his brother Darren at 12 Tanner's Row since 20/09/2025"),
            ("Conference", "Initial child protection conference, 07/10/2025"),
            ("Category", "Physical abuse"),
            ("Social worker", "Amara Osei"),
            ("Chair", "Nigel Brennan, Child Protection Chair"),
        ]),
        ("h1", "Why we are here"),
        ("p", "On 19/09/2025 Chloe came to school with red raised marks on the backs of her legs. She told her "
              "form tutor that her dad had hit her with his belt the night before because she came home at "
              "10pm. Evie later told the police officer who spoke to her that Dad “smacks with the slipper "
              "when we're bad”. Carl was arrested and released under investigation, and agreed to stay with "
              "his brother while the plan is in place. Carl and Lorraine told conference they were brought up "
              "with smacking and did not think of it as abuse. Both said they now understand it has to stop."),
        ("h1", "What Chloe and Evie told us"),
        ("p", "Chloe (seen alone at school, 30/09/2025): “I'm not scared of Dad all the time, just when he's "
              "angry. I want him home but I want him to stop.” She asked that her friends not be told. She "
              "gave home a 4 out of 10 for feeling safe when Dad was there and 8 now."),
        ("p", "Evie (seen alone at home, 02/10/2025) drew her family with Dad “far away at Uncle Darren's” and "
              "said she misses him at bedtime stories. She said she hides under her bed when there is "
              "shouting. She wants to see Dad at Nanna Pat's “because Nanna makes pancakes”."),
        ("h1", "What is going well"),
        ("p", "Both girls are doing well at school and have good friends. Lorraine acted straight away when "
              "she learned what had happened and has kept Carl away from the house. Pat Whitmore has offered "
              "her home for contact every week, and Carl asked for a place on a parenting course before "
              "conference."),
        ("h1", "Goal 1 – Chloe and Evie are not hit or hurt at home"),
        ("kv", [
            ("Where we are today", "3 out of 10 (agreed at conference)"),
            ("Where we need to be by the review", "7 out of 10"),
            ("What 7 looks like", "No one hits either girl; both say they feel safe at home and at Nanna "
                                  "Pat's; Carl only sees them when someone else is there"),
        ]),
        ("table", {
            "header": ["Step", "Who", "By when", "How we will measure it"],
            "widths": [6.0, 3.4, 3.0, 4.6],
            "rows": [
                ["1.1 Visit at home, see Chloe and Evie on their own and ask each girl for her own safety score",
                 "SW Amara Osei", "Weekly; an unannounced visit every other week",
                 "Visit record with each girl's score and her own words"],
                ["1.2 Stay at Darren's and not come to 4 Fenton Road unless the SW has agreed it first",
                 "Carl Whitmore", "Every day until the review conference",
                 "No sign of Carl at the house on unannounced visits; Lorraine and the girls asked at every "
                 "visit"],
                ["1.3 Supervise Carl's time with the girls at her house, and end the visit if Carl loses his "
                 "temper",
                 "Pat Whitmore (paternal grandmother)", "Every Saturday, 10am to 3pm",
                 "Contact sheet signed by Pat and Carl each week and read by the SW at the next visit"],
                ["1.4 Complete the criminal investigation and tell the SW of the charging decision in writing",
                 "DC Lee Hartigan, Karsdale Child Abuse Investigation Unit", "By 31/10/2025",
                 "Written update to the SW, shared at the next core group"],
            ],
        }),
        ("h1", "Goal 2 – Chloe and Evie have a safe adult to tell and help with their feelings"),
        ("kv", [
            ("Where we are today", "4 out of 10"),
            ("Where we need to be by the review", "7 out of 10"),
            ("What 7 looks like", "Each girl names an adult at school she would tell, and says she is "
                                  "sleeping better and worrying less"),
        ]),
        ("table", {
            "header": ["Step", "Who", "By when", "How we will measure it"],
            "widths": [6.0, 3.4, 3.0, 4.6],
            "rows": [
                ["2.1 Weekly check-in with Chloe at a time she chooses",
                 "Mrs Jo Lyons, DSL, Karsdale High School", "Every Monday in term",
                 "DSL log of each check-in; anything Chloe says about home passed to the SW the same day"],
                ["2.2 Counselling sessions for Chloe in school",
                 "Priya Rai, counsellor, Karsdale Youth Counselling", "Weekly for 8 weeks from 13/10/2025",
                 "Attendance record; Chloe's wellbeing score at the first and last session, shared with her "
                 "agreement"],
                ["2.3 Worry box sessions with Evie",
                 "Mr Tom Adair, learning mentor, St Wilfrid's Primary", "Every Wednesday in term",
                 "Session notes and Evie's feelings chart; anything about home passed to the SW the same day"],
            ],
        }),
        ("h1", "Goal 3 – Chloe and Evie are parented with clear rules and no physical punishment"),
        ("kv", [
            ("Where we are today", "3 out of 10"),
            ("Where we need to be by the review", "7 out of 10"),
            ("What 7 looks like", "House rules the girls helped write are on the fridge; consequences are "
                                  "calm and never physical; both girls can say what happens when a rule is "
                                  "broken"),
        ]),
        ("table", {
            "header": ["Step", "Who", "By when", "How we will measure it"],
            "widths": [6.0, 3.4, 3.0, 4.6],
            "rows": [
                ["3.1 Safe Hands course for parents who have used physical punishment, including the sessions "
                 "on teenagers and boundaries",
                 "Carl Whitmore; facilitator Mark Ellery, Karsdale Family Service",
                 "Thursdays 6–8pm, 10 weeks from 16/10/2025",
                 "Attendance sheet to the SW monthly; facilitator's written report to the core group by "
                 "11/12/2025"],
                ["3.2 Sessions at home with Lorraine on rules, rewards and what to do when Chloe comes home late",
                 "FSW Gemma Holt, Karsdale Family Service", "Weekly for 8 weeks from 14/10/2025",
                 "Session records; house rules written with the girls and on the fridge by 04/11/2025"],
                ["3.3 Write a family safety agreement with Chloe, Evie, Lorraine and Carl: who the girls can "
                 "ring, and what happens if the agreement is broken",
                 "SW Amara Osei", "By 24/10/2025",
                 "Agreement signed by all four; a copy kept by each girl and by both schools"],
            ],
        }),
        ("h1", "If something goes wrong"),
        ("p", "If Carl comes to 4 Fenton Road without the SW's agreement, if either girl has a new mark or says "
              "she has been hit, or if Lorraine lets Carl stay the night, whoever learns of it will tell Amara "
              "(or the emergency duty team out of hours) straight away, and will ring the police if Carl is at "
              "the house. Amara will hold a strategy discussion the same day. The girls will stay at home with "
              "Lorraine if Carl has left and Lorraine keeps him away; if not, they will stay with their aunt, "
              "Sarah Pike, at 3 Mill Lane (checked and agreed), or with approved foster carers if Sarah cannot "
              "have them. Amara will then request a legal planning meeting within 5 working days."),
        ("p", "If Pat is ill or away and cannot supervise on a Saturday, that contact does not go ahead with "
              "anyone else: Amara will book supervised contact at Karsdale Family Centre within 7 days "
              "instead. If Carl arrives at Pat's after drinking or loses his temper, Pat will end the visit "
              "and ring Amara the same day."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Karsdale High School, 4pm: 21/10/2025, 18/11/2025 and 16/12/2025. "
              "Review child protection conference: 06/01/2026, 10am, Karsdale Town Hall."),
        ("p", "Plan agreed at conference on 07/10/2025 and sent to Lorraine, Carl, Pat Whitmore and all "
              "agencies on 08/10/2025 by Amara Osei, SW."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. RCPC plan while the family prepares to move to another council; markdown
#    table with the evidence first ("What we need to see | What will be done |
#    By whom | By when") (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_knotterby_rcpc_evidence_first_transfer_zielinska.md",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-md-decision-progress-then-evidence-first-table-what-we-need-to-see-what-will-be-done-by-whom-by-when-move-to-other-council",
    "description": (
        "Review conference plan for a 4-year-old and a 9-month-old after domestic abuse, as the mother "
        "(PTSD, under the CMHT) prepares to move to another council. Table with the evidence column first. "
        "Faults: the parenting assessment left for the receiving council, a speech and language referral "
        "handed on with 'TBC', the CMHT only supporting, nursery measure 'Monitored', health visiting "
        "'Ongoing', 'All agencies' as owner, and one outcome about the mother only. Visits carry on to the "
        "transfer-in conference; contingency, legal step and dates are clear."
    ),
    "text": """\
# Knotterby City Council – Children's Social Care

## Review Child Protection Conference: Plan

| | |
|---|---|
| Children | Maja Zielinska, 4 (born 19/06/2021); Oskar Zielinski, 9 months (born 27/01/2025) |
| Mother | Natalia Zielinska (27), 8 Quayside Mews, Knotterby |
| Oskar's father | Marek Nowicki – non-molestation order until 03/2026; no contact agreed |
| Conference | First review, 23/10/2025 (initial conference 24/07/2025) |
| Decision | Plan continues – category emotional abuse |
| Social worker | Daniel Frost, Knotterby Safeguarding Team 3 |
| Chair | Irene Mwale |
| Moving | Natalia has accepted a tenancy from Pellingham Housing Association and plans to move on or about 28/11/2025. The case will then transfer to Pellingham City Council. |

### What has changed since July

Marek left the family home after the police were called on 02/07/2025, when he pushed
Natalia into a wall while she was holding Oskar. The non-molestation order was made on
10/07/2025 and there have been no breaches. Natalia has been to every IDVA appointment.
She was diagnosed with post-traumatic stress disorder in August and is under the
Knotterby Community Mental Health Team; she says the flashbacks are worst at night. She
wants to move to Pellingham to be near her cousin and away from Marek's family.

### What the children are telling us

Maja (seen at nursery, 14/10/2025, with the Polish-speaking nursery assistant): "Tata
shouted and Mama cried. Now it's quiet. I like quiet." She is excited about "the new
house with stairs" and asked whether her teacher can come too. Nursery say her talking in
both Polish and English is behind for her age, and that she hides in the book corner when
other children shout.

Oskar was seen at home on 16/10/2025. He is sitting on his own, babbling and reaching for
Natalia and for Maja. He startles and cries at sudden loud noises, and settles quickly
when Natalia picks him up and sings to him.

### What we want for the children

- Maja and Oskar live free from shouting and violence, with no contact from Marek other than what a court allows.
- Maja's speech and play catch up, so that she starts school in September 2026 ready to learn.
- Oskar keeps growing well and reaching his milestones, cared for by a calm mum who responds to him.
- Natalia is free from abuse and feels settled and confident in her new home.

### The plan

| What we need to see | What will be done | By whom | By when |
|---|---|---|---|
| Visit record shows Maja seen on her own and Oskar seen awake at every visit | Home visits to see both children, including Maja on her own; visits continue at the new address until the transfer-in conference | Daniel Frost, SW | Every 2 weeks until Pellingham's transfer-in conference |
| Safety plan for the new address on file and a copy held by Natalia; DASH score shared with the SW | Review Natalia's safety plan for the move and repeat the DASH risk checklist | Leah Brown, IDVA, Knotterby Domestic Abuse Service | By 21/11/2025 |
| Assessment report shared with the Pellingham core group | Parenting assessment of Natalia, on how she protects the children and responds to Maja's behaviour, to be completed by Pellingham once the case has transferred | Pellingham Children's Services | Within 6 weeks of transfer |
| Referral accepted by the speech and language service | Referral for Maja's speech and language delay to be made to Pellingham's service after the move rather than here | Pellingham health visiting team | TBC |
| Appointments kept | Continue supporting Natalia with her PTSD symptoms through home visits | Ewa Kaminska, CPN, Knotterby CMHT | Fortnightly until the Pellingham CMHT takes over her care |
| Monitored | Nursery keyworker to watch Maja's play, talking and behaviour at each session | Bethan Cole, keyworker, Little Harbour Nursery | Every session until the move |
| Weight on his centile and development checks recorded in the red book | Health visiting contacts for Oskar, weighing him and checking his development | Sophie Kerr, HV | Ongoing |
| Any sighting logged on the children's file with date and time | Tell the SW the same day if Marek is seen near the family, the nursery or the new address | All agencies | Same day |
| Written offer of a nursery place in Pellingham | Apply for a nursery place for Maja in Pellingham from January 2026 | Natalia, with Daniel Frost, SW | By 14/11/2025 |
| Pellingham confirm receipt and give a transfer-in conference date | Send the transfer request, chronology and this plan to Pellingham and ask for the transfer-in conference within 15 working days of the move | Rachel Quayle, team manager | By 07/11/2025 |

### If things go wrong

If Marek comes to the flat or the new address, contacts Natalia in breach of the order,
or Natalia lets him see the children outside any court order, Natalia or whoever sees it
will ring 999 and tell the SW (or the emergency duty team) straight away. The SW will hold
a strategy discussion the same day, and the IDVA will find Natalia and the children a
refuge place that day if they cannot stay safely at home. If the move is delayed, this
plan and its meeting dates stay in place in Knotterby.

If Natalia resumes the relationship with Marek, or lets him see the children outside a
court order, the SW will request a legal planning meeting within 5 working days.

### Meetings

- Core group every 4 weeks at Little Harbour Nursery, 9.30am: 06/11/2025 and 04/12/2025.
- Next review child protection conference, if the family is still in Knotterby: 22/01/2026, 10am, Knotterby Civic Offices.
- If the family moves: Pellingham's transfer-in conference within 15 working days of the move; Daniel Frost and Rachel Quayle will attend.

*Plan issued by the Knotterby Conference Service on 24/10/2025.*
""",
    "findings": [
        F("X001", "to be completed by Pellingham once the case has transferred"),
        F("X001", "Referral for Maja's speech and language delay to be made"),
        F("T002", "Referral for Maja's speech and language delay to be made"),
        F("H001", "Continue supporting Natalia with her PTSD symptoms"),
        F("M002", "Nursery keyworker to watch Maja's play, talking and behaviour"),
        F("T002", "Health visiting contacts for Oskar, weighing him"),
        F("W002", "Tell the SW the same day if Marek is seen"),
        F("F002", "Natalia is free from abuse and feels settled and confident in her new home."),
    ],
})
