"""Batch 46, module 2b: seven fictional plans (tuning material), places beginning with "r".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the kinds of plan in the Child Z review, in ordinary words (a
looked-after baby on a special care unit, a pre-birth plan, a plan made
jointly with the adult ward where a mother is detained, a step-up from child
in need, a transfer-in from another council, a plan for children of a mother
with multiple sclerosis, a looked-after toddler on a children's ward). Every
part of a plan sits under a heading a template designer would not choose, in
a different place in each document; the faulty plans leave some parts out
altogether. Three plans are exemplary.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Looked-after baby on a special care baby unit: "Jobs list" with the owner
#    in the third column; no contingency, no stated visits (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_rindlecombe_scbu_jobs_list_tindall.docx",
    "doc_title": "Protection plan - Baby Ruby Tindall (SCBU)",
    "split": "tune",
    "template": "icpc-lac-baby-scbu-docx-item-detail-front-table-one-line-why-legal-position-numbered-worries-then-jobs-list-no-job-whose-job-deadline-or-how-often-what-well-see-then-babys-time-on-unit-after-the-jobs-then-next-get-togethers",
    "description": (
        "Initial conference plan for a 15-day-old baby accommodated under section 20 and still on the "
        "special care baby unit, weaning off morphine after birth to a mother on a methadone script. "
        "Front item/detail table, a one-line reason, numbered worries, then a 'jobs list' table, the "
        "baby's time on the unit as the nurses and SW saw it, and the next meetings. The social worker "
        "visits 'when diary permits' and the foster carers 'as often as they can', so no one visits at "
        "a stated frequency; there is no contingency and no legal step, the review conference date is "
        "to be confirmed, one job has nobody's name, one is 'All professionals', and three measures "
        "are missing or only 'Monitored' / 'Engagement'."
    ),
    "blocks": [
        ("title", "Protection Plan for Baby Ruby Tindall"),
        ("p", "Rindlecombe City Council · Children and Young People's Service · Early Years Safeguarding Team"),
        ("table", {
            "header": ["Item", "Detail"],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Baby", "Ruby Tindall, born 17/06/2025 at Rindlecombe General Hospital (15 days old at conference)"],
                ["Where Ruby is now", "Special Care Baby Unit (SCBU), Rindlecombe General Hospital, cot 4"],
                ["Mother", "Shannon Tindall (24), 7 Foundry Court, Rindlecombe"],
                ["Father", "Not named on the birth certificate; Shannon has not said who he is"],
                ["Conference", "Initial child protection conference, 02/07/2025, held in the Family Room next to SCBU"],
                ["Category", "Neglect"],
                ["Social worker", "Callum Drey, Early Years Safeguarding Team"],
                ["Chair", "Marion Ecclestone, Independent Conference Chair"],
                ["Foster carers", "Grace and Emeka Okoye (Rindlecombe Fostering Service), approved for Ruby from 20/06/2025"],
            ],
        }),
        ("h2", "In one line: why Ruby has this plan"),
        ("p", "Ruby was born withdrawing from opiates, her mother's drug use has not stopped, and there is no "
              "safe home ready for her yet."),
        ("h2", "Ruby's legal position"),
        ("p", "Shannon agreed on 18/06/2025 to Ruby being accommodated under section 20. Ruby is a looked "
              "after child and will stay on SCBU until the neonatal team say she has weaned off morphine and "
              "is feeding well. When she is discharged she will go to Grace and Emeka Okoye's home in Sallow "
              "Street."),
        ("h2", "Worries, numbered"),
        ("numbers", [
            "Shannon has used heroin on and off for six years. She is on a 60ml methadone script with "
            "Rindlecombe Drug and Alcohol Service, but her urine test at booking and a test on 12/06/2025 "
            "showed heroin and cocaine on top.",
            "Ruby's withdrawal scores were high for her first 10 days and she is still on oral morphine, "
            "being reduced every two days.",
            "Shannon has visited SCBU on 4 of the 15 days since Ruby was born. On 21/06/2025 a nurse asked "
            "her to leave because she was falling asleep while holding Ruby.",
            "Shannon's flat has no heating or cot, and her previous partner, who was violent to her, still "
            "has a key.",
            "Shannon's first child, Kai, lives with his paternal grandparents under a special guardianship "
            "order made in 2022.",
        ]),
        ("h2", "What Ruby needs from all of us by the autumn"),
        ("bullets", [
            "Ruby finishes weaning off morphine and leaves SCBU feeding well and gaining weight.",
            "Ruby goes straight from the unit to a warm, safe home where the same adults feed and settle her "
            "every day.",
            "Ruby gets to know her mum through time together that is safe for her and happens when it is "
            "meant to.",
        ]),
        ("h2", "The jobs list"),
        ("table", {
            "header": ["No.", "The job", "Whose job", "Deadline or how often", "What we'll see"],
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["1", "Visit Ruby on the unit, hold her, and talk to the nurse looking after her about her "
                      "feeds, sleep and scores",
                 "Callum Drey (SW)", "When diary permits",
                 "Visit note on Ruby's looked after record after each visit"],
                ["2", "Spend time with Ruby at the cot side so that she knows them before she moves to their "
                      "home",
                 "Grace and Emeka Okoye (foster carers)", "As often as they can",
                 "Names and times in the SCBU visitors' book"],
                ["3", "Supervise Shannon's time with Ruby on the unit, including feeds and skin-to-skin",
                 "Ward Sister Jo Hale, SCBU", "Each time Shannon comes in",
                 "Monitored"],
                ["4", "Score Ruby's withdrawal symptoms and reduce her oral morphine until she is off it",
                 "Dr Anil Mehta, consultant neonatologist", "Every 4 hours while on SCBU",
                 ""],
                ["5", "Parenting assessment of Shannon, including how she reads Ruby's cues during her time "
                      "on the unit",
                 "", "Start by 14/07/2025, report by 25/08/2025",
                 "Written report shared with Shannon and the core group"],
                ["6", "Key-work sessions with Shannon on her methadone script and any use on top",
                 "Callie Rudd, recovery worker, Rindlecombe Drug and Alcohol Service", "Weekly",
                 "Engagement"],
                ["7", "Plan Ruby's move from SCBU to the Okoyes' home, including her feeds and any medicine",
                 "All professionals", "Before discharge",
                 "Written discharge plan sent to the foster carers, the GP and the health visitor"],
                ["8", "New baby visit at the foster home, then weigh Ruby and check her feeding",
                 "HV Kemi Lawson", "Within 10 days of discharge, then every 2 weeks",
                 "Weights plotted in Ruby's red book and sent to the SW"],
                ["9", "Chair Ruby's first looked after review",
                 "IRO Pat Shaw", "By 16/07/2025",
                 "Review record and recommendations sent to everyone invited within 5 working days"],
            ],
        }),
        ("h2", "Ruby on the unit – what the nurses and I have seen"),
        ("p", "Ruby is a small baby (2.6kg at birth, 2.55kg on 30/06/2025). In her first week she was jittery, "
              "had a high-pitched cry and sneezed a lot, and she struggled to finish her bottles. She is "
              "calmer now: she settles best when she is swaddled and held upright against someone's chest, "
              "and she turns towards voices. The nurses say she takes 45ml every three hours and sleeps for "
              "short spells. When Shannon held her on 28/06/2025 Ruby quietened and held her finger. On my "
              "visit on 25/06/2025 Ruby had been on her own in her cot for most of the afternoon because the "
              "unit was busy. (CD)"),
        ("h2", "Next get-togethers"),
        ("p", "Core group: every 3 weeks, 10am in the SCBU Family Room – 08/07/2025, 29/07/2025 and "
              "19/08/2025. Review child protection conference: date to be confirmed by the conference team."),
        ("p", "Plan typed by Callum Drey, 03/07/2025, and sent to everyone invited to conference."),
    ],
    "findings": [
        F("T002", "Visit Ruby on the unit, hold her, and talk"),
        F("T002", "Spend time with Ruby at the cot side"),
        F("M002", "Supervise Shannon's time with Ruby on the unit"),
        F("M001", "Score Ruby's withdrawal symptoms and reduce her oral morphine"),
        F("W001", "Parenting assessment of Shannon, including how she reads"),
        F("M002", "Key-work sessions with Shannon on her methadone script"),
        F("W002", "Plan Ruby's move from SCBU to the Okoyes' home"),
        F("L001"),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth "countdown" plan: stage banner rows, Who before When, baby's
#    world first, safety net and check-ins last. Exemplary (pdf, paged)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_ruskerby_prebirth_countdown_banners_dunleavy.pdf",
    "doc_title": "Unborn baby plan - Baby Dunleavy",
    "split": "tune",
    "template": "prebirth-plan-paged-short-version-then-babys-world-right-now-then-countdown-table-stage-banner-rows-what-happens-who-week-or-date-proof-well-look-for-then-what-baby-needs-when-the-plan-wobbles-our-check-ins",
    "description": (
        "Exemplary pre-birth plan for the baby of a 19-year-old care leaver with anxiety and panic "
        "attacks (under the perinatal service) and a partner with a conviction for violence to an "
        "ex-partner. A short summary, then what has been seen of the baby's world, then a 'countdown' "
        "table banded by stage of pregnancy and the first weeks; the baby's needs, a safety net that "
        "covers the great-aunt being unable to stay, core group and review dates and the legal step "
        "come after the table. The perinatal psychiatrist and CBT therapist report on capacity to change."
    ),
    "header": "RUSKERBY BOROUGH COUNCIL  ·  UNBORN BABY PROTECTION PLAN  ·  RESTRICTED",
    "footer": "Baby of Keeley Dunleavy – countdown plan – sheet {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Unborn baby plan – Baby Dunleavy"),
        ("kv", [
            ("Baby", "Unborn, due 22/09/2025 (25 weeks at conference)"),
            ("Mother", "Keeley Dunleavy (19), care leaver, Flat 9, Wexley House, Ruskerby"),
            ("Father", "Ashley Brennan (24), lives with Keeley"),
            ("Conference", "Pre-birth child protection conference, 03/07/2025, Ruskerby Civic Centre"),
            ("Category", "Risk of physical abuse"),
            ("Social worker", "Mira Kaleta, Ruskerby Pre-Birth and Infant Team"),
            ("Midwife", "Leah Corran, community midwife; Hannah Orr, specialist safeguarding midwife"),
        ]),
        ("h1", "The short version"),
        ("p", "Ashley was convicted in 2022 of assaulting a former partner while she was pregnant, and "
              "completed no work on it. Keeley has had anxiety and panic attacks since she was 15 and was "
              "referred to the Ruskerby Perinatal Mental Health Service at 18 weeks; she says her panic is "
              "worst at night and when she is alone. Keeley left care at 18 and has no parents involved. "
              "Her great-aunt, Carole Dunleavy, brought her up from 12 to 16 and has offered to stay for the "
              "first two weeks after the birth. Keeley and Ashley both want to bring their baby up together "
              "and have come to every meeting with the social worker."),
        ("h1", "Baby's world right now"),
        ("p", "At the 20-week scan the baby was growing on the 50th centile and moving well. Keeley has "
              "been to 5 of her 6 antenatal appointments; she missed one because of a panic attack on the "
              "bus. She talks to the bump and has named the baby \"Bean\"; she plays it music in the "
              "evening. Ashley smokes on the balcony and says he will keep doing so after the birth. The "
              "flat is on the second floor, warm and tidy; there is a Moses basket but no cot yet, and the "
              "baby clothes are kept in a bin bag in the hallway. Keeley says that when she and Ashley "
              "argue he punches the kitchen door, which has a hole in it that the midwife saw."),
        ("h1", "Countdown"),
        ("table", {
            "header": ["What happens", "Who", "Week of pregnancy / date", "Proof we'll look for"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Before 32 weeks (now to 18/08/2025)", H, H, H],
                ["Home visits to Keeley and Ashley, looking at the space for the baby and talking through "
                 "a day with a newborn",
                 "SW Mira Kaleta", "Every 2 weeks from 07/07/2025",
                 "Visit records; cot seen set up in the bedroom by 32 weeks"],
                ["Assess how Keeley's anxiety affects her ability to notice and respond to a baby, and give "
                 "a view on her capacity to change and how long that is likely to take",
                 "Dr Sunita Rao, perinatal psychiatrist, Ruskerby Perinatal Mental Health Service",
                 "Report by 15/08/2025 (31 weeks)",
                 "Written report to the SW and the core group"],
                ["CBT for Keeley's panic attacks, with a short note to each core group on what has changed "
                 "and what still worries the therapist about Keeley caring for the baby at night",
                 "Owen Pike, CBT therapist, Ruskerby Perinatal Mental Health Service",
                 "Weekly, 10 sessions from 10/07/2025",
                 "Attendance and GAD-7 scores in the written note to every core group"],
                ["Assessment for the Ruskerby Respect programme, then the weekly group",
                 "Ashley Brennan; Tom Harker, programme facilitator",
                 "Assessment by 25/07/2025; group weekly from 31/07/2025",
                 "Assessment outcome and monthly attendance record sent to the SW"],
                ["Antenatal care, including the 28-week bloods and a growth scan",
                 "Community midwife Leah Corran", "28 weeks (04/08/2025), then as booked",
                 "Attendance on the maternity record; missed appointments told to the SW the same day"],
                ["Parenting assessment of Keeley and Ashley together, including what Ashley does when he "
                 "is angry",
                 "SW Mira Kaleta", "Report by 29/08/2025 (33 weeks)",
                 "Report shared with Keeley, Ashley and the core group"],
                ["32 weeks to birth (19/08/2025 to the birth)", H, H, H],
                ["Agree in writing to stay at the flat for the first 14 nights after the birth, with "
                 "Ashley not staying overnight in that time",
                 "Carole Dunleavy (great-aunt)", "By 36 weeks (25/08/2025)",
                 "Signed network agreement on the baby's file"],
                ["Write the birth plan: who may visit on the ward, who the baby goes home with, and what "
                 "the ward does if there are worries",
                 "Specialist safeguarding midwife Hannah Orr", "By 34 weeks (11/08/2025)",
                 "Birth plan on the maternity alert system, copy to the SW and the ward"],
                ["Baby-care sessions with Keeley and Ashley: safe sleep, bathing, feeding and ICON "
                 "(coping with crying)",
                 "Paula Inch, Ruskerby Family Hub", "Weekly for 4 weeks from 19/08/2025",
                 "Signed session sheets; ICON sheet on the HV record"],
                ["On the postnatal ward", H, H, H],
                ["See the baby and both parents on the ward and hold the discharge meeting",
                 "SW Mira Kaleta", "Within 1 working day of the birth",
                 "Discharge meeting notes on the baby's file before the baby leaves"],
                ["Watch feeding, handling and how Keeley answers the baby's cries, and write it down",
                 "Midwife in charge, Ruskerby Maternity Unit", "Every shift until discharge",
                 "Notes in the maternity safeguarding record, passed to the SW before discharge"],
                ["The first six weeks at home", H, H, H],
                ["Stay overnight at the flat and help Keeley with the night feeds",
                 "Carole Dunleavy (great-aunt)", "Every night for the first 14 nights",
                 "Night-feed chart on the fridge, checked by the SW and HV at each visit"],
                ["New birth visit, then weigh the baby and ask Keeley the mood questions (EPDS)",
                 "HV Joanne Tait", "Day 10 to 14, then weekly to 6 weeks",
                 "Weights in the red book; EPDS scores sent to the SW and the perinatal team"],
                ["Visit the baby at home, at least one visit a week unannounced and one in the evening when "
                 "Ashley is there",
                 "SW Mira Kaleta", "Twice a week for the first 6 weeks",
                 "Visit records show the baby seen awake and where the baby sleeps"],
            ],
        }),
        ("h1", "What baby needs"),
        ("bullets", [
            "Baby is born into a home with no violence, where no door is punched and no one is hurt.",
            "Baby sleeps on their back in their own cot, is fed on time and is gaining weight at the 6-week check.",
            "When baby cries at night an adult who is calm and awake goes to them.",
        ]),
        ("h1", "When the plan wobbles"),
        ("p", "If Ashley stays overnight at the flat in the first 14 nights, if there is any incident of "
              "violence or damage at the flat, or if Keeley tells anyone she cannot cope or thinks of "
              "harming herself or the baby, the person who knows will tell the SW (or the emergency duty "
              "team out of hours) straight away. The SW will hold a strategy discussion the same day, and "
              "Keeley and the baby will move to a parent and baby foster placement that day, with Keeley's "
              "agreement."),
        ("p", "If Carole cannot stay on any night in the first 14 nights, Keeley and the baby will not be "
              "left alone with Ashley overnight: the SW will arrange that day for Keeley and the baby to go "
              "to the parent and baby foster placement held for them by Ruskerby Fostering until Carole is "
              "back."),
        ("h1", "Our check-ins"),
        ("bullets", [
            "Core group every 4 weeks, 2pm at Ruskerby Family Hub: 17/07/2025, 14/08/2025 and 11/09/2025.",
            "Review child protection conference: 27/11/2025, 10am, Ruskerby Civic Centre.",
            "If Ashley has not started the Respect group by 36 weeks, or Dr Rao's report finds Keeley unlikely "
            "to change in the baby's timescale, the SW will ask the team manager for a legal planning meeting "
            "within 5 working days, so that pre-proceedings can start before the birth.",
        ]),
        ("p", "Plan agreed at conference 03/07/2025; typed by Mira Kaleta and sent to Keeley, Ashley, Carole "
              "and every agency present on 04/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Joint plan with the adult ward where Mum is detained: "Side" column
#    first (Children's / Adult mental health / Family / School / Health).
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_rathenby_joint_ward_side_column_harwood.md",
    "split": "tune",
    "template": "joint-cp-and-ward-plan-md-made-at-juniper-ward-how-we-came-to-be-here-children-in-words-and-ways-then-side-column-first-step-lead-timing-what-will-show-then-where-we-are-heading-then-if-the-wheels-come-off-then-sitting-down-together",
    "description": (
        "Exemplary plan for an 8-year-old and a 3-year-old whose mother is detained on an adult acute "
        "ward with bipolar disorder, written jointly at the ward with the consultant and the CMHT care "
        "coordinator; the children live with their grandmother and her partner. A 'Side' column says "
        "whose service each step belongs to. The consultant, named nurse and care coordinator all "
        "assess and report on change; the contingency covers mum going missing from the ward and the "
        "grandparents being unable to care; meetings, review date and legal step are set. The outcomes "
        "come after the steps."
    ),
    "text": """\
# Theo and Isla – our plan, made together with Juniper Ward

Rathenby Council Children's Services and Rathenby Adult Mental Health Services
Child protection plan agreed at the initial conference on 01/07/2025 and at the joint
meeting on Juniper Ward, Rathenby Mental Health Unit, on 03/07/2025 (category: neglect).

| | |
|---|---|
| Children | Theo Harwood (8), Year 3 at Rathenby Oak Primary; Isla Harwood (3), Little Wrens Nursery |
| Living with | Pauline Harwood (maternal grandmother) and her partner Derek Soames, 14 Clover Rise |
| Mum | Dionne Harwood (31), detained under section 3 on Juniper Ward since 19/06/2025 |
| Dad | Marcus Lyle lives in Portugal; he phones the children on Sundays and agrees with the plan |
| Social worker | Ruth Abara, Rathenby Children's Services |
| Consultant | Dr Femi Adeyemi, Juniper Ward |
| Care coordinator | Gail Wren, Rathenby CMHT North |

## How we came to be here

Dionne has bipolar affective disorder. She was well for three years on lithium but stopped taking it in
April. By June she was sleeping two or three hours a night, spending money she did not have and
talking very fast. On 17 June she drove Theo and Isla to the coast at 11pm without car seats, and on
18 June Theo rang his nana from a phone box because Mum had left him and Isla in the car park while
she "went to find the sea". Dionne was admitted to Juniper Ward the next day and has been detained
since. The ward say she is calmer, sleeping six hours a night and back on lithium, but she still
does not accept that the children were at risk.

## Theo and Isla, in their words and ways

Theo (seen alone at Nana's on 27/06/2025): "Mum was really funny and then really scary. I had to look
after Isla in the car because she was crying." He says he likes living at Nana's "because Derek does
pancakes", but that he lies awake in case Nana "goes strange too". He wants to see Mum "but not on the
ward where the man shouts". He put his worry at 7 out of 10.

Isla is not saying much about Mum. At Nana's she follows Pauline from room to room and cries if she
goes upstairs without her. Nursery say she has started wetting herself again and is clingy at
drop-off, but settles by mid-morning. On the ward visit on 28/06/2025 she sat on Dionne's lap and
fed her a biscuit, and cried when it was time to leave.

## Our steps

| Side | Step | Lead person | Timing | What will show it's working |
|---|---|---|---|---|
| Children's | See Theo and Isla at Nana's, with time alone for Theo to talk or draw | Ruth Abara (SW) | Weekly | Visit notes record Theo's own words and Isla's care as seen at every visit |
| Adult mental health | Assess Dionne's insight, early warning signs and capacity to stay well, and give a written view on how long it is likely to be before she could safely care for the children again | Dr Femi Adeyemi, consultant psychiatrist, Juniper Ward | Written view by 08/08/2025 | Report shared at the joint meeting on 14/08/2025 and with the review conference |
| Adult mental health | Supervise each ward visit by the children and write up how Dionne responds to them and whether this is changing over time | Kofi Mensah, named nurse, Juniper Ward | Every visit (Tuesdays and Saturdays, 2–3pm) | Write-up sent to the SW within 2 days of each visit |
| Adult mental health | Plan Dionne's leave and discharge with the SW, and report after each leave on how it went for the children and whether her relapse signs are reducing | Gail Wren, care coordinator, Rathenby CMHT North | Before every leave decision; discharge plan by 22/08/2025 | Each leave form copied to the SW; leave reports read at every joint meeting |
| Family | Look after Theo and Isla day to day and keep the diary of contact, phone calls and leave | Pauline Harwood (Nana) | Every day until the discharge plan is agreed | Diary seen and signed by the SW at each visit; school and nursery attendance |
| Family | Drive the children to and from ward visits and stay with them the whole time | Derek Soames | Every Tuesday and Saturday visit | Ward visitors' book shows Derek present; named nurse's write-up |
| School | ELSA check-in with Theo about how he is feeling at home and about Mum | Mrs Nadia Price, ELSA, Rathenby Oak Primary | Every Thursday in term time | ELSA log; any worry emailed to the SW the same day |
| Health | Isla's 27-month development review, brought forward, with advice to Pauline on the toileting setback | HV Sian Porter | By 31/07/2025 | ASQ-3 scores and advice letter sent to the SW and nursery |
| Children's | Four sessions with Theo on Mum's illness, using the "Mum's ups and downs" storybook | Ade Ola, family support worker, Rathenby Family Hub | Weekly from 14/07/2025 | Session notes; Theo's worry score at the first and fourth sessions |
| Health | Check Dionne's lithium levels after discharge and tell the SW and CMHT if a test is missed | Dr Harriet Cole, GP, Millgate Surgery | Every 2 weeks for 3 months after discharge | Blood results on the GP record; SW told within 2 days of any missed test |

## Where we are heading

- Theo and Isla live somewhere settled, with an adult who is well enough to look after them every day and night.
- Theo stops feeling that it is his job to watch Mum, Nana or Isla, and says his worry is 3 or lower.
- Isla is dry again, settles at nursery without tears and is on track at her development review.
- Theo and Isla see their mum safely every week while she is in hospital, and only go home to her when the adult team and the core group agree she is well.

## If the wheels come off

If Dionne leaves the ward without leave, comes back from leave with any of her warning signs
(not sleeping, spending, talking fast, saying she is "on a mission"), or tries to collect the
children from Nana's, school or nursery, the ward will ring the SW (or the emergency duty team out
of hours) straight away. School and nursery will not hand the children to her, Pauline will ring
999 if Dionne arrives at Clover Rise unwell, and the SW will hold a strategy discussion the same
day.

If Pauline or Derek cannot care for the children (Pauline has a heart condition and is waiting for
a scan), the SW or the emergency duty team will place Theo and Isla together with approved foster
carers that day, and the foster carer will take them to the ward visits instead.

## Sitting down together

- Joint core group and care programme approach meeting every 3 weeks on Juniper Ward, 11am: 24/07/2025, 14/08/2025 and 04/09/2025.
- Review child protection conference: 02/10/2025, 10am, Rathenby Town Hall.
- If Dionne is discharged before the discharge plan is agreed and says she will take the children home, or the care at Nana's breaks down, the SW will ask the team manager for a legal planning meeting within 5 working days.

Written up by Ruth Abara (SW) and Gail Wren (care coordinator), 04/07/2025. Copies to Dionne,
Pauline, Marcus (by email), Dr Adeyemi, Kofi Mensah, Rathenby Oak Primary, Little Wrens Nursery,
HV Sian Porter and Dr Cole.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Step-up from child in need: "From CIN plan?" column first, owner before
#    the action; no outcomes, vague contingency, no legal step (pdf, paged)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_rowlestane_cin_step_up_carried_column_mahon.pdf",
    "doc_title": "Step-up plan - Jayden and Kenzie Mahon",
    "split": "tune",
    "template": "cin-to-cp-step-up-plan-paged-why-we-stepped-up-what-the-cin-plan-tried-children-make-of-it-then-from-cin-plan-column-first-named-person-before-action-timing-evidence-then-should-things-slip-then-dates",
    "description": (
        "Plan from an initial conference that stepped two children (9 and 6) up from a six-month child in "
        "need plan for neglect and their father's drinking. The table's first column says whether each "
        "action came from the CIN plan, and the named person comes before the action. The children's "
        "views are there, but the plan states no outcome for them, the contingency only says the core "
        "group will 'consider next steps' if things do not improve, and nothing leads to legal planning. "
        "One action is 'Ongoing', one is owned by 'Family', one has no timing, one no evidence, and one "
        "is only 'Reviewed at core group'."
    ),
    "header": "Rowlestane Council – Family Safeguarding Service – CONFIDENTIAL",
    "footer": "Mahon children – step-up plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "From child in need to child protection – the Mahon children's plan"),
        ("kv", [
            ("Children", "Jayden Mahon (9), Year 4, and Kenzie Mahon (6), Year 1, both at Holm Lane Primary"),
            ("Parents", "Shona Mahon (33) and Gary Mahon (36), 52 Tanner Row, Rowlestane"),
            ("Child in need plan", "Opened 13/01/2025; CIN reviews 10/03/2025, 12/05/2025 and 16/06/2025"),
            ("Initial conference", "26/06/2025 – both children subject to child protection plans, category neglect"),
            ("Social worker", "Tariq Noor (allocated since January)"),
            ("Chair", "Bernadette Oyelaran"),
        ]),
        ("h1", "Why we have stepped up"),
        ("p", "The children have been on a child in need plan for six months. At each CIN review the same "
              "things were reported: the children arriving at school hungry and in dirty uniform, Kenzie's "
              "toothache, the broken boiler and damp in the children's room, and Gary drinking most days. "
              "Gary was referred to Rowlestane Recovery in February and went twice. In May the police found "
              "Jayden, then 8, walking Kenzie home from school on his own across the ring road because "
              "nobody had come. On 18/06/2025 the school nurse found Kenzie had not been given antibiotics "
              "prescribed for her tooth. The CIN review on 16/06/2025 agreed that things had not changed "
              "and asked for an initial conference."),
        ("h1", "What the CIN plan tried"),
        ("bullets", [
            "Weekly visits by the family support worker from February to May (14 of 16 sessions held).",
            "A breakfast club place for both children from March; they went on 11 of 40 days.",
            "A referral for Gary to Rowlestane Recovery (February); he went to two appointments.",
            "A housing disrepair report to Rowlestane Homes (April); no repair date has been given.",
        ]),
        ("h1", "What Jayden and Kenzie make of it"),
        ("p", "Jayden (seen at school on 20/06/2025): \"Dad gets shouty when he's had his cans, and then Mum "
              "goes to bed.\" He said he makes toast for Kenzie \"when there's bread\" and that he doesn't "
              "mind walking her home but the big road is scary. He would like a bunk bed \"that isn't wet "
              "from the wall\". Kenzie told the school nurse her tooth \"hurts when I eat crisps\" and said she "
              "likes school dinners best \"because there's pudding\". Both children were chatty and keen to "
              "show the social worker their drawings."),
        ("h1", "The plan from today"),
        ("table", {
            "header": ["From CIN plan?", "Named person", "Action", "Timing", "Evidence"],
            "widths": [2.2, 3.2, 5.2, 3.0, 3.4],
            "rows": [
                ["Yes", "SW Tariq Noor",
                 "Home visits, looking in the kitchen cupboards and the children's bedroom, and seeing "
                 "Jayden and Kenzie on their own",
                 "Weekly; one in three unannounced",
                 "Visit record notes the food in the house, the state of the bedding and what each child says"],
                ["Yes – changed", "Gary Mahon",
                 "Go to key-work sessions at Rowlestane Recovery and give a breath test at each one",
                 "Ongoing",
                 "Attendance and breath test results sent to the SW by Rowlestane Recovery"],
                ["No – new", "Dean Farrow, recovery worker, Rowlestane Recovery",
                 "Written report on Gary's breath tests, whether his drinking is changing and what that "
                 "means for the children",
                 "Before every core group",
                 "Report read out at each core group"],
                ["Yes", "Family",
                 "Get Jayden and Kenzie to school on time every day, washed and in clean uniform",
                 "Every school day",
                 "School register; lates and uniform logged by the school office"],
                ["No – new", "Mrs Kerry Upton, DSL, Holm Lane Primary",
                 "Check the children's uniform, lunch and hunger each morning and offer the breakfast "
                 "club place",
                 "Every morning in term",
                 "Reviewed at core group"],
                ["Yes", "School nurse Amy Bell",
                 "Dental check for both children and treatment for Kenzie's decayed back teeth",
                 "",
                 "Dentist's letter confirming treatment, copy to the SW"],
                ["No – new", "FSW Lorraine Hythe, Rowlestane Family Hub",
                 "Sessions with Shona and Gary on meal planning, shopping on a budget and a bedtime routine",
                 "Weekly for 8 weeks from 07/07/2025",
                 ""],
                ["Yes – changed", "Jim Pell, housing officer, Rowlestane Homes",
                 "Repair the boiler and treat the damp in the children's bedroom",
                 "By 31/07/2025",
                 "Repair job sheet signed off; the SW sees the bedroom dry and heated"],
            ],
        }),
        ("h1", "Should things slip"),
        ("p", "If things do not improve, or if there are any further concerns about the children, the "
              "social worker will talk to the core group and consider what should happen next."),
        ("h1", "Dates"),
        ("p", "Core group every 4 weeks at Holm Lane Primary, 3.30pm: 10/07/2025, 07/08/2025 and 04/09/2025. "
              "Review child protection conference: 18/09/2025, 1.30pm, Rowlestane Council House."),
        ("p", "Typed by Tariq Noor, 27/06/2025."),
    ],
    "findings": [
        F("T002", "Go to key-work sessions at Rowlestane Recovery"),
        F("W002", "Get Jayden and Kenzie to school on time every day"),
        F("M002", "Check the children's uniform, lunch and hunger each morning"),
        F("T001", "Dental check for both children and treatment for Kenzie's"),
        F("M001", "Sessions with Shona and Gary on meal planning"),
        F("O001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Transfer-in conference: plain text, numbered steps each followed by
#    three unlabelled "»" lines (lead / when / how we'll know, per a key);
#    children not yet seen, review conference not set (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_rimmersby_transfer_in_chevron_lines_zielinska.txt",
    "split": "tune",
    "template": "transfer-in-conference-plan-txt-what-came-from-previous-council-what-we-know-so-far-children-then-what-should-be-true-then-numbered-steps-each-with-three-unlabelled-chevron-lines-lead-when-know-per-key-then-if-ex-partner-returns-then-meetings",
    "description": (
        "Plan from a transfer-in conference held by the receiving council for an 11-year-old and a "
        "4-year-old who moved with their mother after domestic abuse (mother's depression is under the "
        "CMHT). Numbered steps each carry three unlabelled '»' lines (lead, when, how we'll know) "
        "explained by a key. The children have not yet been seen and nothing of their views or days is "
        "recorded, and the review conference date waits for the case to be opened on the system. One "
        "step is 'ASAP', one has '-' for its lead, one is led by 'Professionals', one has '-' for its "
        "measure, one is measured by 'Improvement', and the CMHT only supports."
    ),
    "text": """\
RIMMERSBY METROPOLITAN BOROUGH COUNCIL
Children's Social Care  --  Safeguarding and Reviewing Unit
TRANSFER-IN CHILD PROTECTION CONFERENCE: PLAN AS AGREED
=====================================================================
Children ..... Kacper ZIELINSKI (11)   DOB 02/03/2014
               Maja ZIELINSKA (4)      DOB 19/10/2020
Mother ....... Agnieszka Zielinska (35)
Address ...... Flat 2, 61 Copperbeech Road, Rimmersby (since 02/06/2025)
Came from .... Hollinsford City Council (CP plans since 14/02/2025,
               category: emotional abuse)
Conference ... 26/06/2025, Rimmersby Town Hall, Committee Room 3
Chair ........ Adaeze Moore
New SW ....... Ola Brennan, Rimmersby Safeguarding Team 2
=====================================================================

WHAT CAME WITH THE FAMILY FROM HOLLINSFORD
------------------------------------------
Hollinsford's plan had weekly social work visits, an IDVA, CMHT
support for Agnieszka, and Kacper's school mentoring. Their transfer
report and the last core group minutes (05/06/2025) arrived on
19/06/2025; the chronology and the parenting assessment have not.
Hollinsford's social worker, Dee Castle, came to this conference and
handed over in person.

WHAT WE KNOW SO FAR
-------------------
Agnieszka's ex-partner, Darren Pike, assaulted her at the family home
in Hollinsford on 11/01/2025 while the children were in the flat, and
again in the street in March. He was charged; the trial is listed for
October. A restraining order on bail conditions stops him contacting
Agnieszka. Agnieszka moved to Rimmersby through a managed move by
Hollinsford Homes to be near her sister. She has depression and has
been under a CMHT in Hollinsford since 2023; she takes sertraline.
Hollinsford CMHT have referred her on to Rimmersby CMHT West.

Kacper has a place at Rimmersby Park Academy from September. Maja is
not yet at a nursery here.

THE CHILDREN
------------
Neither Kacper nor Maja has been seen by anyone from Rimmersby yet.
Their wishes and feelings are to be gathered at the first home visit
on 03/07/2025.

WHAT SHOULD BE TRUE FOR KACPER AND MAJA BY THE AUTUMN
-----------------------------------------------------
 * Kacper and Maja live without fear of Darren finding them, and know
   what to do and who to ring if he does.
 * Kacper starts at Rimmersby Park Academy in September and goes every
   day.
 * Maja has a nursery place and goes to every session.

PLAN
----
Key: the first » line under each step is the lead, the second is
when, and the third is how we will know it has been done.

 1. Visit at home and see Kacper and Maja on their own each time
    »  Ola Brennan (SW)
    »  Weekly for the first 6 weeks, then every 2 weeks
    »  Visit records with each child's words written down

 2. Get the full Hollinsford file, chronology and parenting assessment
    »  Ola Brennan (SW)
    »  ASAP
    »  File on Rimmersby's system and chronology brought up to date

 3. Safety plan with Agnieszka and a new DASH risk assessment here
    »  Beth Yates, Rimmersby IDVA Service
    »  By 11/07/2025
    »  DASH score and safety plan sent to the SW

 4. Register Maja at a nursery near Copperbeech Road for her funded hours
    »  -
    »  By 01/09/2025
    »  Nursery attendance sent to the SW every week

 5. Support sessions for Agnieszka's depression with a new care coordinator
    »  Rimmersby CMHT West (care coordinator to be allocated)
    »  Fortnightly from 14/07/2025
    »  Attendance letter to the SW

 6. Sort out Kacper's school uniform, bus pass and start date
    »  Professionals
    »  By 29/08/2025
    »  Kacper on roll and at school on the first day of term

 7. Check how Kacper is coping emotionally after the move
    »  Priya Desai, school nurse, Rimmersby Park Academy
    »  By 19/09/2025
    »  -

 8. Freedom Programme group at the Rimmersby Women's Centre
    »  Agnieszka Zielinska
    »  Weekly for 11 weeks from 15/07/2025
    »  Improvement in her confidence

 9. Tell the SW of any contact from Darren or his family
    »  DC Lee Amos, Rimmersby Police Public Protection Unit
    »  Same day
    »  Entry on the police log and an email to the SW

10. Review Agnieszka's sertraline and write to the SW and CMHT
    »  Dr Bruno Keel, GP, Rimmersby Central Practice
    »  By 18/07/2025
    »  GP letter on the children's file

IF DARREN COMES BACK INTO THE PICTURE
-------------------------------------
If Darren, or anyone on his behalf, contacts Agnieszka or the children,
or is seen near Copperbeech Road, the school or the nursery, Agnieszka
will ring 999 and the police will arrest him for breach of his bail
conditions. The SW (or the emergency duty team) will hold a strategy
discussion the same day, and if the family are no longer safe at the
flat the IDVA will find them a refuge place that day.

MEETINGS
--------
Core group every 4 weeks, 10am at Rimmersby Town Hall, starting
17/07/2025, then 14/08/2025 and 11/09/2025.
Review child protection conference: to be set once the case is fully
open on Rimmersby's system.
If the children are not settled in school and nursery by the core
group on 11/09/2025, or Agnieszka lets Darren back into the home, the
SW will ask the team manager for a legal planning meeting.

Typed by R. Grealish (conference administrator) 27/06/2025.
""",
    "findings": [
        F("T002", "Get the full Hollinsford file, chronology and parenting assessment"),
        F("W001", "Register Maja at a nursery near Copperbeech Road"),
        F("H001", "Support sessions for Agnieszka's depression with a new care coordinator"),
        F("W002", "Sort out Kacper's school uniform, bus pass and start date"),
        F("M001", "Check how Kacper is coping emotionally after the move"),
        F("M002", "Freedom Programme group at the Rimmersby Women's Centre"),
        F("F003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Children of a mother with MS: "Part A – Claire's support" and
#    "Part B – Jack and Evie" tables; plan built around Mum (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_ruxworth_part_a_mum_part_b_kids_osullivan.docx",
    "doc_title": "Child protection plan - Jack and Evie O'Sullivan",
    "split": "tune",
    "template": "icpc-disabled-parent-docx-about-us-jack-in-his-own-words-first-then-part-a-parents-support-table-part-b-childrens-table-what-who-is-doing-it-when-how-well-tell-then-aims-back-up-arrangements-meeting-rhythm",
    "description": (
        "Plan for a 10-year-old young carer and a 2-year-old whose mother has multiple sclerosis and "
        "now uses a wheelchair. Jack's own words open the plan; the actions are split into 'Part A – "
        "Claire's support' and 'Part B – Jack and Evie', and Part A (care package, OT, physio, MS "
        "nurse, benefits, housing) is most of the plan and never mentions the children. One aim is "
        "Claire's alone. The back-up sends the children to their grandmother, who with their uncle "
        "carries much of the plan, with nothing said if she cannot; no legal step. The physio row is "
        "measured by 'Improvement', the MS nurse row is 'As and when needed', and one row is owned by "
        "'Family'."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Jack and Evie O'Sullivan"),
        ("p", "Ruxworth District Council · Children's Services · Ruxworth North Locality Team"),
        ("kv", [
            ("Children", "Jack O'Sullivan (10), Year 5 at St Bride's Primary; Evie O'Sullivan (2 years 3 months)"),
            ("Mum", "Claire O'Sullivan (38), 23 Orchard Walk, Ruxworth"),
            ("Dad", "Lives in Ireland; no contact since 2023"),
            ("Conference", "Initial child protection conference, 30/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Amara Foley"),
        ]),
        ("h1", "Jack in his own words"),
        ("p", "\"I help Mum get dressed and I do her tablets because her hands shake. I don't mind, but I'm "
              "always late for school and I missed the football tournament.\" Jack told me (AF, at school on "
              "24/06/2025) that the worst bit is when Mum falls \"because I can't lift her and Evie screams\". "
              "He wants to go back to football on Saturdays and to have friends round \"like normal\". He "
              "said he likes it when Nanny Maureen has Evie \"because then it's quiet and Mum can rest\"."),
        ("p", "Evie is not saying many words yet. On my two visits she was in her cot at 11am and at 2pm, "
              "with a bottle and no toys, because Claire could not lift her out. She reached her arms up to "
              "Jack as soon as he came in and stopped crying when he held her. At Maureen's she plays on "
              "the floor with blocks and eats her lunch at the table."),
        ("h1", "About us"),
        ("p", "Claire was diagnosed with relapsing MS in 2019. After a bad relapse in March she has used a "
              "wheelchair most of the time and cannot manage the stairs in the house. She has no care "
              "package. Jack does most of her personal care before and after school, and Evie spends long "
              "spells in her cot. Claire fell twice in May; on the second time Jack rang 999. Claire loves "
              "her children and asked for help herself, but says she \"didn't want anyone to think I "
              "couldn't cope\". Claire's mother, Maureen, lives ten minutes away and her brother, Sean, "
              "lives on the next street; both want to help."),
        ("h1", "Part A – Claire's support"),
        ("table", {
            "header": ["What", "Who is doing it", "When", "How we'll tell"],
            "widths": [6.0, 4.0, 3.0, 4.0],
            "rows": [
                ["Care Act assessment and a package of personal care for Claire, morning and evening",
                 "Sue Tolland, Ruxworth Adult Social Care", "By 18/07/2025",
                 "Care package start date confirmed in writing to Claire and the SW"],
                ["Home assessment for a stair lift, bathroom changes and a ramp at the front door",
                 "OT Dev Kaur, Ruxworth Adult Social Care", "By 31/07/2025",
                 "OT report and works order raised with Ruxworth Homes"],
                ["Physiotherapy to help Claire with transfers, standing and getting in and out of bed",
                 "Ruxworth Community Neuro Physiotherapy", "Weekly",
                 "Improvement in Claire's mobility"],
                ["Review of Claire's relapse treatment and her fatigue",
                 "MS specialist nurse Hazel Boyd", "As and when needed",
                 "Clinic letter copied to the GP and the SW"],
                ["Benefits check: PIP review, Blue Badge and a carer's allowance claim",
                 "Omar Patel, welfare rights adviser", "By 15/08/2025",
                 "Award letters seen by the SW"],
                ["Move Claire up the housing register for a ground-floor adapted home",
                 "Liz Grey, housing officer, Ruxworth Homes", "Banding decided by 31/07/2025",
                 "Banding letter on the file"],
            ],
        }),
        ("h1", "Part B – Jack and Evie"),
        ("table", {
            "header": ["What", "Who is doing it", "When", "How we'll tell"],
            "widths": [6.0, 4.0, 3.0, 4.0],
            "rows": [
                ["Visit Jack and Evie at home, see each child, and see where Evie spends her day",
                 "Amara Foley (SW)", "Every 2 weeks",
                 "Visit notes record Jack's words and where Evie was at each visit"],
                ["Young carers assessment for Jack, with a list of the jobs he will stop doing at home",
                 "Sam Hale, Ruxworth Young Carers", "By 25/07/2025",
                 "Assessment and list shared with the SW, Claire and St Bride's"],
                ["Have Evie at her house on weekdays from 8am to 3pm and give her lunch",
                 "Maureen O'Sullivan (grandmother)", "Monday to Friday",
                 "Maureen's daily diary, seen by the SW at each visit"],
                ["Do the school run for Jack and give both children their tea",
                 "Sean O'Sullivan (uncle)", "Every school day",
                 "St Bride's register shows Jack in by 8.50am"],
                ["Make sure someone is at the house to help whenever Claire has a bad day",
                 "Family", "Every day",
                 "Entries in the family diary kept by the front door"],
            ],
        }),
        ("h1", "What we're aiming for"),
        ("bullets", [
            "Claire gets the right care package and adaptations so that she can live as independently as possible.",
            "Jack gets to be ten: he no longer does his mum's personal care, is at school on time and plays "
            "football on Saturdays.",
            "Evie is up, fed and playing during the day, and meets her two-year milestones.",
        ]),
        ("h1", "Back-up arrangements"),
        ("p", "If Claire falls, or is too unwell to look after Evie safely, Jack will ring Maureen, who will "
              "take both children to her house in Brook Lane and ring the SW the same day. The children will "
              "stay with Maureen until the MS nurse says Claire is well enough to have them home."),
        ("h1", "Meeting rhythm"),
        ("p", "Core group every 4 weeks at St Bride's Primary, 9.30am: 14/07/2025, 11/08/2025 and 08/09/2025. "
              "Review child protection conference: 22/09/2025, 2pm, Ruxworth Council Offices."),
        ("p", "Amara Foley, Social Worker – 01/07/2025"),
    ],
    "findings": [
        F("M002", "Physiotherapy to help Claire with transfers, standing"),
        F("T002", "Review of Claire's relapse treatment and her fatigue"),
        F("W002", "Make sure someone is at the house to help"),
        F("F002", "Claire gets the right care package and adaptations so that she can live as independently as possible."),
        F("F001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Looked-after toddler on a children's ward: plain-text week grid of who
#    is with her, then owner-first sentences. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_redhallow_ward_week_grid_owner_sentences_penrice.txt",
    "split": "tune",
    "template": "lac-toddler-on-childrens-ward-cp-plan-txt-lolas-days-on-ward-first-then-ascii-week-grid-who-is-with-lola-then-owner-first-sentences-on-the-ward-and-after-then-going-home-well-if-the-worst-happens-getting-round-the-table",
    "description": (
        "Exemplary review plan for a 14-month-old on an interim care order, in foster care, admitted to "
        "a children's ward with faltering growth and a chest infection; her mother drinks. Typed as "
        "plain text: what was seen of her days on the ward first, a week grid of who is with her, then "
        "one owner-first sentence per action with its timing and proof. The SW visits twice a week and "
        "a foster carer is there every day; the alcohol service reports on change; contingency, meeting "
        "dates and the legal step are set."
    ),
    "text": """\
REDHALLOW COUNCIL - CHILDREN'S SERVICES - CHILDREN IN CARE TEAM
Child protection plan (review) while Lola is on Ward 7
-------------------------------------------------------------------------
Lola Penrice, born 21/04/2024 (14 months)
Looked after: interim care order made 20/05/2025, Redhallow Family Court
Placed with: Anne and Ray Mould, Redhallow Fostering Service
In hospital: Ward 7 (children's ward), Redhallow District Hospital,
             since 30/06/2025 - expected stay 2 to 3 weeks
Mother: Jade Penrice (22). Father: not known.
Category: neglect (Jade's drinking; missed feeds and health checks)
Plan agreed at: review child protection conference, 03/07/2025
Social worker: Sasha Greene     IRO / conference chair: Mark Eden
-------------------------------------------------------------------------

LOLA'S DAYS ON WARD 7 (what we have seen)

Lola came in with a chest infection and a weight that has dropped from
the 9th to below the 2nd centile since March. She has a feeding tube
(NG) at night and eats soft food by spoon in the day. Anne says she
is "brighter every day". On my visit on 02/07/2025 Lola was sitting up
in her cot, babbling "da-da" at the play specialist and reaching for
the bubbles. She cries when Anne goes to the parents' kitchen and
stops as soon as she hears Anne's voice. The nurses say she sleeps
badly after 4am when the ward gets busy. When Jade came on 01/07/2025
Lola looked at her for a long time, then held out her cup to her.

WHO IS WITH LOLA EACH WEEK

+-----------+-----------------------+-----------------------------+
| Day       | Daytime (9am - 5pm)   | Also visiting               |
+-----------+-----------------------+-----------------------------+
| Monday    | Anne Mould            | Sasha Greene (SW), 2-3pm    |
| Tuesday   | Anne Mould            | Jade, 2-3.30pm (supervised) |
| Wednesday | Anne Mould            | -                           |
| Thursday  | Anne Mould            | Sasha Greene (SW), 2-3pm    |
| Friday    | Anne Mould            | Jade, 2-3.30pm (supervised) |
| Saturday  | Ray Mould             | -                           |
| Sunday    | Anne Mould            | Jade, 2-3.30pm (supervised) |
+-----------+-----------------------+-----------------------------+
Ward staff look after Lola overnight; Anne rings the ward at 9pm.

WHO DOES WHAT WHILE LOLA IS ON THE WARD

- Sasha Greene (SW) will visit Lola on Ward 7 every Monday and Thursday
  afternoon, hold and play with her and talk to the nurse in charge;
  her visit notes will record Lola's weight, mood and who has visited.
- Anne Mould will stay with Lola on the ward every day from 9am to 5pm
  (Ray on Saturdays) and send Sasha a message each evening saying how
  Lola ate and slept, which Sasha keeps on Lola's file.
- Nell Hart (contact worker) will supervise Jade's time with Lola on
  the ward every Tuesday, Friday and Sunday from 2 to 3.30pm and send
  the contact record to Sasha within 2 working days.
- Dr Imran Qadir (consultant paediatrician) will review Lola's growth,
  feeds and test results on his ward round every weekday and send
  Sasha a written summary every Friday.
- Rosa Vine (ward dietitian) will set Lola's feeding plan and weigh
  her every Monday and Thursday, with the weights plotted on her chart
  and a copy given to Anne.
- Tom Birch (Redhallow Alcohol Service) will see Jade every week, test
  her breath at each session and report in writing to each core group
  on whether her drinking is changing and what that means for contact.
- Mark Eden (IRO) will visit Lola on the ward by 18/07/2025 and chair
  her looked after review, with the review record sent out within 5
  working days.

WHO DOES WHAT WHEN LOLA LEAVES

- Dr Qadir and Sasha will hold a discharge planning meeting at least 2
  days before Lola leaves, and send the written discharge plan to the
  Moulds, the GP and the health visitor on the same day.
- Lucy Ferrar (HV) will see Lola at the Moulds' home within 5 days of
  discharge and then weigh her every week for 6 weeks, with the
  weights in her red book and sent to Sasha.
- Sasha will visit Lola at the Moulds' every week for the first month
  after discharge, and her visit notes will say what Lola ate that day
  and how she is sleeping.

LOLA GOING HOME WELL

* Lola leaves the ward eating enough by mouth that she no longer needs
  the tube, and her weight is back above the 2nd centile by the end of
  August.
* Lola always has someone she knows with her in the daytime while she
  is in hospital.
* Lola sees her mum three times a week in a way that is safe and calm.

IF THE WORST HAPPENS

If Jade arrives for contact smelling of alcohol or under the influence,
Nell will end the contact and tell Sasha the same day. If Jade tries to
take Lola off the ward, the nurse in charge will call hospital security
and the police (Lola is on an interim care order) and ring Sasha or the
emergency duty team at once. If Anne or Ray cannot be at the ward on any
day, Sasha will arrange for Lola's fostering social worker, Kim Holt,
or a sessional worker from the Children in Care Team to sit with her
that day. If Lola's weight falls again after discharge, Lucy will tell
Sasha and Dr Qadir that day and Lola will be seen in clinic within 48
hours.

GETTING ROUND THE TABLE

Core group: every 3 weeks at Redhallow District Hospital (Ward 7 meeting
room), 15/07/2025, 05/08/2025 and 26/08/2025, 10am.
Review child protection conference: 09/09/2025, 2pm, Redhallow Civic
Centre.
Care proceedings are under way. If Jade misses two contacts in a row or
Tom's reports show she is still drinking by the core group on
05/08/2025, Sasha will ask her manager for a legal planning meeting to
review the care plan before the next hearing.

Sasha Greene, Social Worker, 04/07/2025
""",
    "findings": [],
})
