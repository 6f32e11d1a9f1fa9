"""Batch 170, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans written with other agencies, in their own words for when and how
we will know. Each plan is in a template of its own and is co-written or led
by a different setting, carrying that setting's vocabulary: times such as "by
28 weeks (26/12/2025)", "within 2 hours of the birth", "at the 6-8 week
check", "every school day at registration", "by the May half term", "by the
CPA review on 15/01/2026", "at the 12-week point of the programme", "until
bail conditions end", "before 9am the next school day", "within 72 hours of
every return", "at 6 weeks' corrected age", "the 48 hours before discharge";
measures such as the GROW chart and the red book, BadgerNet, urine and hair
strand results, oral fluid tests, breathalyser readings and AUDIT scores,
Boxall profiles, the register and the first-day call log, a CPA review
letter and a clinic letter, the MARAC action log, bail check records, RCADS
scores in a CAMHS clinic letter, AssetPlus reviews, a Finnegan chart and a
rooming-in record, and the child's own scores to a named worker. In the four
faulty plans a few times and measures are not real ones ("when capacity
allows", "to be discussed", "as clinically indicated", "PRN", "ongoing
monitoring", "monitor engagement", "improvement in Kayden's confidence"),
and a few actions have no owner, time or measure at all.

1. a midwifery-led pre-birth plan for an unborn girl (her mother's cannabis
   use, her half-brother under a special guardianship order, her father's
   past violence), a care pathway table whose first column is the time in
   weeks of pregnancy or the baby's age, split by pregnancy / ward / home
   band rows (docx, exemplary);
2. a review conference plan for an 8-year-old and a 5-year-old (neglect,
   their mother's depression) with the school's part folded in, one table
   per school role under a heading naming the DSL, the SENCO and the
   attendance officer, then other school staff and the family's and other
   services' part (md): faults are the SENCO's EHC needs assessment request
   "when capacity allows", an attendance support meeting "to be discussed",
   the Reception teacher's daily checks measured by "ongoing monitoring",
   the family support worker's sessions with "-" for how we'll know, "All
   professionals" sharing worries, the mother's depression recorded with no
   adult service owning any action, and no fallback if the grandfather or
   aunt cannot help (T002 x2, M002, M001, W002, F004, C003);
3. a joint Care Programme Approach and child protection plan for a
   10-week-old and a 4-year-old whose mother has bipolar disorder and was
   detained after leaving them alone while unwell, written with the
   perinatal mental health team: early warning signs, a CPA ref column, a
   crisis and contingency plan, page header and footer (pdf): faults are the
   psychiatrist's review "as clinically indicated", the psychologist's CBT
   only treating the mother, a Home-Start referral with "-" for its lead,
   the family support worker's sessions measured by "monitor engagement",
   an outcome about the mother only, and a review conference "to be
   arranged" (T002, H001, W001, M002, F002, R001);
4. a core group plan for a 7-year-old and a 3-year-old whose father is on
   a methadone script and using crack and whose mother drinks, with the drug
   and alcohol service's recovery plan written in as Part A (goals with
   steps, each with Who / Step / When / Evidence lines, and a testing grid)
   and the children's plan as Part B (txt): faults are the father's locked
   box with "-" for when, the alcohol worker's key work measured by "monitor
   engagement", her breath tests "PRN", a GP detox referral with "-" for
   evidence, "All agencies" passing on signs of use, a contingency that only
   says the core group will review and consider next steps, and no legal
   planning (T001, M002, T002, M001, W002, C002, R002);
5. an initial conference plan after a non-fatal strangulation, in two
   parts: the police and domestic abuse partnership's part with a MARAC ref
   column (marker, bail checks, IDVA, sanctuary, Operation Encompass,
   Witness Care) after a risk and safety summary (DASH, MARAC, bail
   conditions), then the children's part (docx, landscape): faults are the
   sanctuary measures "when capacity allows", the Operation Encompass row
   with "-" for how we will know, "All MARAC agencies" passing on
   sightings, the children's group measured by "improvement in Kayden's
   confidence", an outcome about the mother only, and a contingency that
   sends the family to the grandparents with nothing said if they cannot
   help (T002, M001, W002, M002, F002, C003);
6. a review conference plan for a 15-year-old on a Referral Order who
   self-harms and whose mother drinks, written with the Youth Justice
   Service and CAMHS: a who's who of initials, then a table for each part
   (YJS and police, CAMHS, home and school) with a "What Kai says" column
   (md, exemplary);
7. a neonatal unit's discharge planning and child protection plan for a
   baby withdrawing from methadone: the baby's days on the unit, discharge
   criteria, and one table in three stage bands (on the unit, the day of
   discharge, at home), page header and footer (pdf, exemplary).

Three plans (1, 6 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails; each
records the child's voice or observed lived experience, core group dates and
a dated review conference, and legal planning after named triggers; an adult
service (drug and alcohol service, GP) owns actions where a parent uses
drugs or alcohol; no adult mental health service is involved in them.

Counting convention used for "actions" (README convention 1): each row of
an action table (band rows excepted), each numbered step of the recovery
plan and each numbered item of the children's plan counts once, whatever
number of sentences it holds. Front sheets, key-value details, the risk and
safety summary, the who's who, the early warning signs, the discharge
criteria, the testing grid, goal lines, outcomes, the contingency, meeting
dates and the child's views are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Midwifery-led pre-birth plan: maternity front sheet, then a care pathway
#    table whose first column is the time in weeks of pregnancy or baby's
#    age, split by band rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_eddencroft_prebirth_midwifery_gestation_pathway_brennan.docx",
    "doc_title": "Pre-birth Safeguarding and Child Protection Plan - Baby Brennan-Colley",
    "split": "tune",
    "actions": 17,
    "template": "midwifery-led-prebirth-plan-docx-maternity-front-sheet-two-column-table-edd-gestation-booking-named-midwife-then-why-going-well-babys-world-and-half-brothers-words-numbered-outcomes-then-care-pathway-table-when-in-weeks-of-pregnancy-or-babys-age-first-what-who-how-well-know-and-where-written-split-by-pregnancy-ward-home-band-rows-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary pre-birth plan for an unborn girl, led by the hospital's specialist safeguarding "
        "midwife with the social worker. Her mother's first child lives with the maternal grandmother "
        "under a special guardianship order after neglect while the mother smoked cannabis daily; the "
        "mother's booking urine test was positive for cannabis and the father has a conviction for "
        "assaulting a former partner. A maternity front sheet (EDD, gestation, booking, named midwife) "
        "comes first; the plan is a care pathway table whose first column gives the time in weeks of "
        "pregnancy or the baby's age ('by 28 weeks (26/12/2025)', 'within 2 hours of the birth', "
        "'day 1, day 5 and day 10 after discharge', 'at the 6-8 week check'), split by band rows, with "
        "measures in the midwives' words (GROW chart, BadgerNet, red book, newborn blood spot, urine "
        "and hair strand results). The drug service reports on change, the aunt's nights have a "
        "fallback, legal planning follows named triggers, core group and review dates are set, and "
        "the baby's world and her half-brother's words are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Safeguarding and Child Protection Plan"),
        ("p", "Eddencroft and Wold Hospitals NHS Trust, Maternity Safeguarding Team, with Eddencroft "
              "Metropolitan Borough Council Children's Services"),
        ("p", "Written by Joanne Pryce (specialist safeguarding midwife) and Megan Holt (social worker) after "
              "the pre-birth initial child protection conference on 02/12/2025, and agreed with Aisling and "
              "Dean."),
        ("table", {
            "rows": [
                ["Baby", "Baby girl Brennan-Colley (unborn). EDD 20/03/2026; 24+4 weeks at the conference."],
                ["Mother", "Aisling Brennan (24), G2 P1. Booked on 01/09/2025 at 11+3 weeks, Eddencroft General "
                           "Hospital."],
                ["Father", "Dean Colley (29), lives with Aisling"],
                ["Address", "Flat 2, 31 Tanner's Row, Eddencroft ED3 5QP"],
                ["Half-brother", "Kian Brennan (6), lives with his maternal grandmother, Bernadette (Bernie) "
                                 "Brennan, 7 Orchard Grove, under a special guardianship order made in 2022"],
                ["Maternal aunt", "Sinead Brennan (30), 9 Weaver's Court, Eddencroft"],
                ["Category", "Neglect (unborn baby)"],
                ["Named midwife", "Rachel Lund, community midwife, Mill Lane team"],
                ["Specialist midwife", "Joanne Pryce, safeguarding midwife, Eddencroft General Hospital"],
                ["Health visitor", "Priya Nair, Eddencroft 0-19 Service"],
                ["Social worker", "Megan Holt, Safeguarding Team South (team manager: Andrew Lyle)"],
                ["Place of birth", "Eddencroft General Hospital: labour ward, then Larkspur postnatal ward"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Why baby has a plan before she is born"),
        ("p", "Aisling's son Kian was on a child protection plan for neglect in 2021 and 2022, when Aisling was "
              "smoking cannabis every day and living with a partner who was violent to her. Kian was often "
              "hungry, missed his health checks and was found alone in the flat twice. After care proceedings "
              "he went to live with Bernie under a special guardianship order in 2022. Aisling sees him at "
              "Bernie's every Sunday."),
        ("p", "Aisling says she stopped smoking cannabis in February 2025. Her urine test at booking on "
              "01/09/2025 was positive for cannabis; her tests on 13/10/2025 and 17/11/2025 were clear. Dean "
              "has a conviction from 2019 for assaulting a former partner. On 14/10/2025 a neighbour called "
              "the police about shouting at the flat; the officers found no injuries, and Aisling said the "
              "argument was about money. Dean has not done any work on his behaviour. The flat has no Moses "
              "basket, cot or pram yet."),
        ("h1", "What is going well"),
        ("bullets", [
            "Aisling booked early and has been to every antenatal appointment since booking.",
            "Aisling's last two urine tests were clear, and she asked for the referral to Bridgeway herself.",
            "Dean came to the conference, listened, and agreed to be assessed for the Elm Tree Respect "
            "programme.",
            "Kian's Sunday visits with Aisling at Bernie's go well; Bernie says Aisling is gentle and patient "
            "with him.",
            "Sinead has offered to stay at the flat for the first two weeks after baby comes home.",
        ]),
        ("h1", "Baby's world"),
        ("p", "Baby cannot tell us what she needs, so the midwives have written down what they have seen and "
              "what her first weeks will be like. At the 20-week scan she was active and growing well, and "
              "Rachel has plotted her growth on the GROW chart at every appointment since: she is following "
              "the 50th centile. Aisling strokes her bump and talks to her when she kicks, and Dean has felt "
              "her move. Baby will come home to a one-bedroom flat on the second floor. She will need feeding "
              "every two to three hours, day and night, a safe place to sleep on her back, and adults who stay "
              "calm when she cries."),
        ("p", "Kian (6) told Megan at Bernie's on 25/11/2025: \"I want to hold the baby and show her my "
              "dinosaurs.\" When Megan asked him what babies need, he said \"milk and no shouting\"."),
        ("h1", "What we want for baby"),
        ("numbers", [
            "Baby is born safely, and goes home from the ward only when the discharge planning meeting has "
            "agreed who will care for her and how.",
            "Baby is fed when she is hungry, gains weight and follows her centile line in her red book.",
            "Baby sleeps on her back in her own Moses basket, in a smoke-free flat where no one uses cannabis.",
            "Baby is cared for by adults who are drug-free and who never shout at or hurt each other in front "
            "of her.",
        ]),
        ("h1", "The plan: from now until baby's 6-8 week check"),
        ("p", "The first column says when each step happens, in weeks of pregnancy (28 weeks is 26/12/2025, "
              "32 weeks is 23/01/2026, 34 weeks is 06/02/2026 and 36 weeks is 20/02/2026) or in baby's age. "
              "The last column says how we will know it has happened and where it is written down."),
        ("table", {
            "header": ["When", "What will happen", "Who", "How we will know, and where it is written"],
            "widths": [3.3, 6.1, 3.3, 4.3],
            "rows": [
                ["Pregnancy: from the conference until 36 weeks", H, H, H],
                ["Every 2 weeks from 24 weeks to 36 weeks, then every week until the birth",
                 "Antenatal appointments at Mill Lane Family Hub: check baby's growth, ask Aisling about "
                 "cannabis and about home, and see Aisling on her own for part of every appointment",
                 "Rachel Lund, community midwife (named midwife)",
                 "Fundal height plotted on the GROW chart in the maternity notes; contact note e-mailed to "
                 "Megan within 2 working days; a missed appointment phoned to Megan the same day"],
                ["By 28 weeks (26/12/2025)",
                 "Put the safeguarding birth plan on the maternity record, so that every midwife on the labour "
                 "ward and Larkspur Ward knows that Megan (or the Emergency Duty Team out of hours) must be told "
                 "of the birth, and that baby is not discharged before the discharge planning meeting",
                 "Joanne Pryce, specialist safeguarding midwife",
                 "Birth plan on BadgerNet, and a copy on Megan's file, by 26/12/2025"],
                ["Every 2 weeks from 05/12/2025 until the birth; hair strand test at 32 weeks",
                 "Key-work sessions with Aisling about staying off cannabis, with a urine drug screen at every "
                 "session, a 3-month hair strand test, and a written report on whether she has stayed off "
                 "cannabis and is likely to stay off once baby is born",
                 "Tom Ashdown, recovery worker, Bridgeway Eddencroft (drug and alcohol service)",
                 "Urine results e-mailed to Megan after every session; hair strand result on file by "
                 "06/02/2026; Tom's written report on Megan's file by 34 weeks"],
                ["Assessment by 30 weeks (09/01/2026); then every Wednesday evening if offered a place",
                 "Go to the assessment for the Elm Tree Respect programme (for men who have been abusive to a "
                 "partner) and, if offered a place, to every weekly session",
                 "Dean Colley",
                 "Assessment letter from the programme to Megan by 09/01/2026; attendance register e-mailed to "
                 "Megan at the end of each month"],
                ["Weekly sessions from 08/12/2025; report by 34 weeks (06/02/2026)",
                 "Pre-birth parenting assessment with Aisling and Dean, including what Aisling has learned from "
                 "Kian's time on a plan and how they will keep baby away from shouting and violence",
                 "Megan Holt, social worker",
                 "Assessment report, with a recommendation for the birth and discharge, shared with Aisling, "
                 "Dean and the core group by 06/02/2026"],
                ["By 32 weeks (23/01/2026)",
                 "Antenatal home visit: talk through safe sleep and coping with a crying baby (ICON), and check "
                 "the flat is ready for baby (Moses basket, smoke alarm, no smoking indoors)",
                 "Priya Nair, health visitor",
                 "Antenatal contact record and home safety checklist e-mailed to Megan; anything not ready "
                 "checked again at Megan's next visit"],
                ["Tuesdays 6pm to 8pm, 13/01/2026 to 03/02/2026 (four sessions)",
                 "Go together to the Bump to Baby classes at Mill Lane Family Hub: feeding, bathing, safe sleep "
                 "and a crying baby",
                 "Aisling and Dean",
                 "Class register, sent to Megan by the Family Hub after each session"],
                ["Every week until the birth; at least one visit in three unannounced",
                 "Home visits to Aisling and Dean, seeing Aisling on her own at least once a fortnight and "
                 "talking about baby, Dean, money and cannabis",
                 "Megan Holt, social worker",
                 "Visit records on the case file within 48 hours, with what Aisling said when she was seen on "
                 "her own"],
                ["At 36 weeks (20/02/2026)",
                 "Chair the pre-discharge planning meeting with Aisling, Dean, Sinead, Megan, Rachel and Priya: "
                 "agree who will be with Aisling and baby on the ward and at home, and what the ward staff will "
                 "look out for",
                 "Joanne Pryce, specialist safeguarding midwife",
                 "Written discharge plan, signed by Aisling and Dean, sent to the core group within 2 working "
                 "days of the meeting"],
                ["The birth and Larkspur postnatal ward", H, H, H],
                ["Within 2 hours of the birth, day or night",
                 "Ring Megan (or the Emergency Duty Team out of hours) to say baby has been born",
                 "Midwife in charge, labour ward",
                 "Call written in the maternity notes and on the EDT log or Megan's case file"],
                ["Every shift until discharge (expected 48 hours after the birth)",
                 "Watch and write down how Aisling and Dean feed, change, hold and settle baby, and whether any "
                 "visitor seems to be under the influence",
                 "Larkspur Ward midwives (midwife in charge each shift)",
                 "Parenting observation sheet in baby's notes, copied to Megan before discharge"],
                ["Within 24 hours of the birth, and again the day before discharge",
                 "See baby and Aisling on the ward, and talk to the midwife in charge about the parenting "
                 "observation sheet",
                 "Megan Holt, social worker",
                 "Visit records saying how baby was fed and how Aisling answered her cries"],
                ["Home: from discharge until baby's 6-8 week check", H, H, H],
                ["Day 1, day 5 and day 10 after discharge",
                 "Postnatal home visits: newborn blood spot test on day 5, weigh baby on days 5 and 10, and see "
                 "where and how she sleeps",
                 "Rachel Lund, community midwife",
                 "Weights in baby's red book, and baby back to her birth weight by day 14; visit notes e-mailed "
                 "to Megan the same day"],
                ["New birth visit at 10-14 days, then every week until the 6-8 week check",
                 "New birth visit and weekly visits: weigh baby, see her asleep or put down to sleep, and go "
                 "through the ICON plan with Aisling and Dean",
                 "Priya Nair, health visitor",
                 "Each weight plotted on the red book centile chart; safe sleep seen and written in the health "
                 "visiting record at every visit"],
                ["Every night for the first 14 nights after discharge",
                 "Stay at the flat and do one of the night feeds so that Aisling gets four hours' sleep",
                 "Sinead Brennan, maternal aunt",
                 "Sinead signs the night feed chart each morning; Rachel and Megan read it at every visit"],
                ["Twice a week for the first 4 weeks after discharge, then every week until baby is 12 weeks old",
                 "Home visits, one in three unannounced: see baby awake and undressed, and ask Aisling and Dean "
                 "about cannabis and arguments",
                 "Megan Holt, social worker",
                 "Visit records within 48 hours, saying where baby slept and who was in the flat"],
                ["At the 6-8 week check",
                 "Baby's 6-8 week check and Aisling's postnatal check, and a letter to Megan about anything in "
                 "baby's care that worries him",
                 "Dr Imran Qadir, GP, Tanner's Row Surgery",
                 "GP letter on Megan's file within a week of the check"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If any urine test or the hair strand test shows cannabis since 02/12/2025, or Aisling or Dean is "
            "seen under the influence of any drug: Megan holds a strategy discussion with the police and health "
            "that day; Joanne updates the birth plan so that baby stays on the ward until a new plan is agreed; "
            "and Megan asks Andrew Lyle (team manager) for a legal planning meeting within 5 working days, to "
            "decide whether to start pre-proceedings under the Public Law Outline before baby is born.",
            "If there is shouting or violence between Aisling and Dean, or the police are called to the flat: "
            "Aisling rings 999 if she or baby is in danger; Dean leaves the flat the same day and stays with "
            "his mother, Carol Colley (12 Dyer Street), until the strategy discussion Megan holds that day "
            "has decided what happens next; and Megan asks for a legal planning meeting within 5 working days.",
            "If Aisling or Dean try to take baby off the ward before the discharge planning meeting has agreed "
            "it, the midwife in charge rings the police and Megan (or the Emergency Duty Team) straight away.",
            "If Sinead cannot stay the first 14 nights, or has to stop (she is ill, has to work, or it is not "
            "working), she or Aisling rings Megan that day. Aisling and baby will stay at Bernie's house, "
            "7 Orchard Grove (agreed by Bernie on 28/11/2025). If Bernie cannot have them either, baby stays on "
            "the ward until Joanne and Megan agree another adult at a reconvened discharge planning meeting, "
            "or, if baby is already home, Rachel or Priya visits every day until the core group agrees another "
            "helper.",
            "If the parenting assessment on 06/02/2026 says baby could not be cared for safely at home, Megan "
            "will ask for a legal planning meeting before the review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Mill Lane Family Hub, Tuesdays at 10am: 16/12/2025, 13/01/2026 and "
            "10/02/2026; then within 10 working days of baby's birth.",
            "Review child protection conference: 24/02/2026 at 1.30pm, Eddencroft Civic Centre (36+4 weeks).",
        ]),
        ("p", "Plan sent to Aisling, Dean, Sinead and every agency on 04/12/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan with the school's part folded in: one table per
#    school role under a heading naming the DSL, the SENCO and the attendance
#    officer, then other school staff, then the family's and other services'
#    part. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_ellenthorn_rcpc_school_part_by_role_tables_sykes.md",
    "split": "tune",
    "actions": 21,
    "template": "rcpc-plan-md-details-table-then-why-changed-childrens-words-boxall-outcomes-then-part-a-school-part-one-what-i-will-do-when-how-well-know-table-under-a-heading-per-school-role-dsl-senco-attendance-officer-school-calendar-times-then-other-school-staff-table-then-part-b-family-and-other-services-what-who-when-how-table-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for an 8-year-old and a 5-year-old living with neglect: their mother has "
        "depression and has stopped her antidepressants, the 8-year-old gets his sister ready on bad days, "
        "and their grandfather and aunt help with the school run and teas. Ellenthorn Primary's part is "
        "folded into the plan as one 'What I will do / When / How we'll know' table under a heading "
        "naming each school role (DSL, SENCO, attendance officer), with times in the school calendar "
        "('every school day at registration', 'by the end of the spring term', 'by the May half term') "
        "and measures from school records (CPOMS, Boxall profiles, the register, the first-day call "
        "log); other school staff and the family's and other services' part follow with a Who column. "
        "Faults: the SENCO's EHC needs assessment request 'when capacity allows'; an attendance support "
        "meeting 'to be discussed'; the Reception teacher's daily checks measured by 'ongoing "
        "monitoring'; the family support worker's sessions with '-' for how we'll know; 'All "
        "professionals' sharing worries; the mother's depression with no adult service owning any "
        "action; and no fallback if the grandfather or aunt cannot help."
    ),
    "text": """\
# Ellenthorn Borough Council - Children's Services

## Child protection plan: Jayden and Lily-Mae Sykes

**Review child protection conference, 13/01/2026.** Ellenthorn Primary School's part of this plan was
written by the school's Designated Safeguarding Lead, SENCO and attendance officer and agreed at the
conference. Each school role has its own table; the family's and the other services' part follows.

| About the family | |
|---|---|
| **Children** | Jayden Sykes, born 19/06/2017 (8, Year 4); Lily-Mae Sykes, born 02/04/2020 (5, Reception). Both at Ellenthorn Primary School. |
| **Home** | 56 Cobden Street, Ellenthorn EL4 7HS, with their mum, Toni Sykes (29) |
| **Dad** | Liam Dolan, lives in Marrowfield; sees the children every other Saturday |
| **Grandad** | Pete Sykes (Toni's dad), 4 Moss Lane, Ellenthorn |
| **Aunt** | Jodie Sykes (Toni's sister), 18 Cobden Street |
| **Category** | Neglect (both children). Initial conference 14/10/2025. |
| **Chair** | Paula Grieve (IRO) |
| **Social worker** | Rebecca Lowe, Family Safeguarding Team West (team manager: Simon Achebe) |
| **School** | Ellenthorn Primary School: Mrs Claire Hartley (deputy head and DSL), Mr Owen Pritchard (SENCO), Mrs Karen Doyle (attendance officer) |

### Why there is still a plan

Toni has depression. Her GP prescribed antidepressants in 2024, but she stopped taking them in
September and has not seen her GP since July. On bad days she stays in bed until the afternoon, and
Jayden gets Lily-Mae dressed and gives her dry cereal. In the autumn term Jayden's attendance was 81%
and Lily-Mae's 78%, with 23 late marks between them. Both children often came in hungry and in unwashed
uniform, and Lily-Mae had head lice for most of November. Jayden has speech and language needs and
angry outbursts in class; on 03/12/2025 he hit a teaching assistant. Rebecca found no food in the house
on two visits in December, and the children's bedding wet and unwashed.

### What has changed since October

- Grandad Pete has walked the children to school three mornings a week since November, and on those
  days they have not been late.
- Jodie has the children for tea and a bath on Tuesdays and Thursdays.
- Jayden's attendance in December was 88%, up from 76% in October.
- Toni came to every core group and told the conference "I know I need to get help for me, for them".

### What Jayden and Lily-Mae say

**Jayden** (seen on his own at school by Rebecca, 07/01/2026): "Mum's sad a lot. I do Lily's breakfast
if she's in bed." "I get angry when people say I smell." He wants "to go to football club on
Thursdays", and said school is "alright when I'm in Acorn". He scored home 5 out of 10: "better when
Grandad comes".

**Lily-Mae** (at home with her dolls, 09/01/2026): put the mummy doll in bed and said "Mummy's
sleeping, Jay-Jay does the cereal." She likes "Auntie Jodie's bath with bubbles". In class Miss Fenn
sees her eat her snack very fast and ask for more, and hide under the table when it is noisy.

Mr Pritchard's Boxall profile of Jayden (05/01/2026) shows most difficulty in the developmental strand,
in waiting his turn and in keeping his attention on a task, and high scores for "shows insecure sense
of self".

### What needs to be different for Jayden and Lily-Mae

1. Jayden and Lily-Mae are in school every day and on time, having had breakfast, in clean uniform.
2. Jayden's speech, learning and feelings needs are known and met at school, and he has fewer angry
   outbursts.
3. Lily-Mae is free of head lice, eats enough, and is ready to start Year 1 in September 2026.
4. Jayden and Lily-Mae are cared for by an adult who gets up with them, feeds them and gets them to
   school, so that Jayden no longer has to look after his sister.

## The plan

### Part A: Ellenthorn Primary School's part

Each table below is one person's part, and the heading says whose. "When" uses the school calendar:
spring term 05/01/2026 to 27/03/2026, February half term 16/02/2026 to 20/02/2026, summer term from
13/04/2026, May half term 25/05/2026 to 29/05/2026.

#### Mrs Claire Hartley, Designated Safeguarding Lead

| What I will do | When | How we'll know |
|---|---|---|
| Meet Jayden for a check-in and check-out, using his feelings thermometer | Every school day, 8.45am and 3.10pm | Thermometer scores logged on CPOMS and sent to Rebecca each Friday |
| Send Rebecca a summary of everything logged on CPOMS for either child: hunger, clothes, injuries and anything they said | Every Friday by 3pm until the next review conference | Summary e-mail on Rebecca's file each week; any injury or worrying comment phoned to Rebecca the same day |
| Give both children a free Breakfast Club place and a hot breakfast | Every school day from 19/01/2026 | Breakfast Club register, sent with the Friday attendance figures |

#### Mr Owen Pritchard, SENCO

| What I will do | When | How we'll know |
|---|---|---|
| Complete a Boxall profile for Jayden at the start and at the end of his time in the nurture group | By 23/01/2026, and again by the end of the spring term (27/03/2026) | Both profiles on Jayden's SEN file, with the two developmental strand scores compared and shared at the next core group |
| Give Jayden a place in the Acorn nurture group | Monday to Thursday afternoons, 19/01/2026 to 27/03/2026 | Acorn register; Jayden's developmental strand score higher in March than in January |
| Send the request for an EHC needs assessment for Jayden to the Ellenthorn SEND Team, with both Boxall profiles and his speech and language report | When capacity allows | Copy of the request on Jayden's SEN file; the SEND Team's decision letter |
| Review Jayden's SEN support plan with Toni and Jayden, setting three targets for his speech and for managing his anger | At the SEN support review on 04/02/2026, then at the end of each term | Signed SEN support plan on file, with copies to Toni and Rebecca |

#### Mrs Karen Doyle, attendance officer

| What I will do | When | How we'll know |
|---|---|---|
| First-day calling: ring Toni if either child is not in by 9.15am, and ring Rebecca if Toni has not answered by 10am | Every school day at registration | First-day call log, and Rebecca's note of each call |
| Send Rebecca both children's attendance and punctuality from the register | Every Friday | Each child at 95% or more, with no more than one late mark a fortnight, by the May half term |
| Hold an attendance support meeting with Toni under the school's fast-track process, and agree attendance targets with her | To be discussed | Meeting letter and the targets on each child's attendance file |

#### Other school staff

| What | Who | When | How we'll know |
|---|---|---|---|
| Check Lily-Mae's hair, skin, clothes and whether she is hungry, and tell Mrs Hartley about anything she notices | Miss Abbie Fenn, Reception class teacher | Every school day at registration | Ongoing monitoring |
| Six ELSA sessions with Lily-Mae about feelings, home and being brave when it is noisy | Mrs Sue Barlow, ELSA | Wednesdays, 21/01/2026 to 25/02/2026 | Lily-Mae's feelings-faces score at the first and sixth sessions, shared with Rebecca |

### Part B: What the family and other services will do

| What | Who | When | How we'll know |
|---|---|---|---|
| Visit the children at home, one visit in three unannounced; see each child on their own and look at the food, the beds and the washing | Rebecca Lowe (SW) | Every two weeks until the next review conference | Visit records within 48 hours, with each child's words and what was in the fridge |
| Get both children up, dressed and fed and into school by 8.40am, or by 8am on Breakfast Club days | Toni Sykes (Mum) | Every school day | The register and the Breakfast Club register in Mrs Doyle's Friday e-mail |
| Make an appointment with her GP about her low mood and her antidepressants, and tell Rebecca the date | Toni Sykes (Mum) | By 30/01/2026 | Toni shows Rebecca the appointment text |
| Walk Jayden and Lily-Mae to school in time for Breakfast Club | Pete Sykes (Grandad) | Monday, Wednesday and Friday mornings | Breakfast Club register shows both children in by 8am on those days |
| Have the children for tea and a bath, and comb Lily-Mae's hair for head lice | Jodie Sykes (aunt) | Every Tuesday and Thursday, 3.15pm to 7pm | Jodie texts Rebecca each Thursday night; Miss Fenn finds Lily-Mae's hair clear on Fridays |
| Weekly home sessions with Toni on morning routines, shopping on a budget, meals and laundry | Gemma Price, family support worker, Ellenthorn Family Hub | Every week from 19/01/2026 | - |
| Health check for both children (height, weight, eyes and teeth), and help Toni register them with a dentist | Amira Bashir, school nurse, Ellenthorn 0-19 Service | By 27/02/2026 | Health check letter on Rebecca's file; both children registered with a dentist by the date of the letter |
| Share any worry about Jayden or Lily-Mae with Mrs Hartley and Rebecca | All professionals | The same day | Logged on CPOMS and on the children's chronology |
| Four sessions of direct work with Jayden about Mum's sadness and his angry feelings, using his volcano book | Rebecca Lowe (SW) | Weekly, 26/01/2026 to 16/02/2026 | Jayden's volcano book on file; Jayden can tell Rebecca two things he does when he feels the volcano rising |

### If things go wrong

- If either child is not in school by 9.15am and Toni has not answered Mrs Doyle by 10am, Rebecca (or the
  duty social worker) visits the house that morning and sees both children.
- If the children are found at home without an adult, or Toni cannot get up to care for them, the
  children go to Grandad Pete's at 4 Moss Lane that day, and Rebecca holds a strategy discussion with the
  police and the school the same day.
- If Jayden or Lily-Mae says that anyone has hurt them, or has an injury no one can explain, Mrs Hartley
  rings Rebecca at once and Rebecca holds a strategy discussion the same day.
- If either child's attendance is below 90% at the May half term, or the children are found alone at
  home, Rebecca will ask Simon Achebe for a legal planning meeting within 10 working days to decide
  whether to start the Public Law Outline.

### Meetings

- Core group every four weeks at Ellenthorn Primary, Tuesdays at 3.30pm: 27/01/2026, 24/02/2026,
  24/03/2026, 21/04/2026, 19/05/2026 and 16/06/2026.
- Next review child protection conference: 14/07/2026 at 10am, Ellenthorn Town Hall.

Plan agreed at the review conference on 13/01/2026 and sent to Toni, Liam, Pete, Jodie and every agency
on 15/01/2026.
""",
    "findings": [
        F("T002", "Send the request for an EHC needs assessment for Jayden"),
        F("T002", "Hold an attendance support meeting with Toni"),
        F("M002", "Check Lily-Mae's hair, skin, clothes and whether she is hungry"),
        F("M001", "Weekly home sessions with Toni on morning routines"),
        F("W002", "Share any worry about Jayden or Lily-Mae with Mrs Hartley"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Joint CPA and child protection plan with the perinatal mental health
#    team: who this plan is for, early warning signs, a joint table with a
#    "CPA ref" column, a crisis and contingency plan. Landscape, page header
#    and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_esthwick_joint_cpa_cp_plan_cpa_ref_column_oyelaran.pdf",
    "doc_title": "Joint CPA and Child Protection Plan - Zara and Tobi Oyelaran",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "min_pages": 2,
    "header": "Esthwick Council Children's Services and Esthwick Perinatal Mental Health Service · Joint plan",
    "footer": "Zara and Tobi Oyelaran · Joint CPA and child protection plan (ICPC 18/12/2025) · Page {PAGE} of {NUMPAGES}",
    "template": "joint-cpa-and-cp-plan-paged-landscape-header-footer-kv-who-this-plan-is-for-why-we-are-working-together-childrens-days-early-warning-signs-from-cpa-crisis-plan-outcomes-then-joint-table-cpa-ref-what-will-happen-lead-when-review-point-how-we-will-know-then-crisis-and-contingency-plan-cpa-reviews-core-groups",
    "description": (
        "Joint plan by children's services and the perinatal mental health team for a 10-week-old and "
        "a 4-year-old whose mother has bipolar disorder: five weeks after the birth she became unwell, "
        "stopped her lithium and left both children alone at night, and was detained under the Mental "
        "Health Act. After the children's days and the mother's early warning signs from her CPA crisis "
        "plan, the plan is a joint table with a 'CPA ref' column tying rows to her CPA care plan, with "
        "times and measures in the services' words ('by the CPA review on 15/01/2026', 'weekly until "
        "Zara is 16 weeks old', a CPA review letter, lithium levels, the red book chart). The care "
        "coordinator reports on capacity to change. Faults: the psychiatrist's review is 'as clinically "
        "indicated'; the psychologist's CBT only treats the mother; a Home-Start referral has '-' for "
        "its lead; the family support worker's sessions are measured by 'monitor engagement'; one "
        "outcome is about the mother only; and the review conference is 'to be arranged'."
    ),
    "blocks": [
        ("title", "Joint Care Programme Approach and Child Protection Plan"),
        ("p", "Written together by Esthwick Children's Services and the Esthwick Perinatal Mental Health Team "
              "(Esthwick and Dales Partnership NHS Foundation Trust) after the CPA care plan meeting on "
              "17/12/2025 and the initial child protection conference on 18/12/2025. Where an action is also "
              "part of Precious's CPA care plan, the CPA ref column gives its number there."),
        ("h1", "Who this plan is for"),
        ("kv", [
            ("Children", "Zara Oyelaran, born 12/10/2025 (10 weeks); Tobi Oyelaran, born 03/05/2021 (4, "
                         "Reception, Esthwick Park Primary School)"),
            ("Address", "14 Calder View, Esthwick ES6 2RB"),
            ("Mother", "Precious Oyelaran (31): bipolar affective disorder; on CPA with the Perinatal Mental "
                       "Health Team since 20 weeks of pregnancy"),
            ("Father", "Michael Oyelaran (34), lives at home; bus driver, works shifts"),
            ("Maternal grandmother", "Mrs Folake Bello, 3 Juniper Walk, Esthwick (ten minutes away)"),
            ("Category", "Neglect (both children)"),
            ("Care coordinator", "Nadia Hussain, CPN, Esthwick Perinatal Mental Health Team"),
            ("Consultant", "Dr Helen Marsh, consultant perinatal psychiatrist"),
            ("Social worker", "Joe Whitfield, Safeguarding Team North (team manager: Sandra Ellis)"),
        ]),
        ("h1", "Why we are working together"),
        ("p", "Precious has bipolar affective disorder. She was well through her pregnancy on lithium, with "
              "weekly visits from the perinatal team. Five weeks after Zara was born she became unwell: she "
              "stopped sleeping, stopped taking her lithium, and talked quickly about being chosen to pray for "
              "the city. In the early hours of 18/11/2025, while Michael was on a night shift, she went out to "
              "a church, leaving Zara in her cot and Tobi asleep. A neighbour heard Zara screaming and saw Tobi "
              "at the front window, and rang the police. Precious was admitted to the Oakwood Unit under "
              "section 2 of the Mental Health Act (no mother and baby unit bed was free) and came home on "
              "04/12/2025 with the Home Treatment Team, who handed her back to the perinatal team on "
              "15/12/2025."),
        ("p", "Precious is well now and taking her lithium again. Michael says he did not know the warning signs "
              "and thought she was 'just tired'. While Precious was in hospital Michael and Mrs Bello cared for "
              "the children between them, and Michael has used all his leave."),
        ("h1", "Zara's and Tobi's days"),
        ("p", "Zara is 10 weeks old. Lucy Grant (health visitor) saw her on 16/12/2025: she weighs 5.1kg, "
              "following the 50th centile, feeds well from a bottle and smiles at her mum. While Precious was in "
              "hospital Zara was unsettled at night and would only settle on Mrs Bello's shoulder; since "
              "Precious came home she settles on Precious's chest after her evening feed. On Joe's visit on "
              "11/12/2025 Precious was slow and sleepy in the morning from her medication, and Michael did the "
              "feeds."),
        ("p", "Tobi (seen at school by Joe on 10/12/2025) said: 'Mummy went to hospital because her brain was "
              "poorly. I looked after Zara, I said shush shush.' 'I don't like it when Mummy talks fast.' He "
              "drew his family with Mummy in a bed and himself holding Zara. He wants 'Mummy to stay home' and "
              "to go to Nana Folake's 'for jollof on Saturdays'. His teacher says he keeps asking to go home at "
              "lunchtime to 'check on Zara'."),
        ("h1", "Precious's early warning signs (from her CPA crisis plan)"),
        ("bullets", [
            "Sleeping less than 5 hours a night for two nights running.",
            "Talking fast, not finishing sentences, and talking a lot about religion and being 'chosen'.",
            "Spending money she does not have, and going out late at night.",
            "Missing doses of lithium, or saying she no longer needs it.",
        ]),
        ("p", "Precious, Michael and Mrs Bello each have a copy of these signs. What happens if they are seen is "
              "in the crisis and contingency plan below."),
        ("h1", "What we want for Zara and Tobi"),
        ("numbers", [
            "Zara and Tobi are cared for at all times, day and night, by an adult who is well and awake enough "
            "to keep them safe.",
            "Zara is fed, held and settled when she cries, and keeps growing along her centile line.",
            "Tobi understands, in words he can use, what happens when Mummy is poorly, knows who to tell, and "
            "no longer feels he has to look after Zara.",
            "Precious stays well and takes her lithium every day.",
        ]),
        ("h1", "The joint plan"),
        ("table", {
            "header": ["CPA ref", "What will happen", "Lead", "When (review point)", "How we will know"],
            "widths": [1.8, 9.0, 4.6, 4.6, 5.7],
            "rows": [
                ["CPA 1.1",
                 "Visit Precious at home, check her early warning signs, sleep and lithium, and give a written "
                 "view before each core group on whether Precious is making the changes Zara and Tobi need and "
                 "how long further change is likely to take",
                 "Nadia Hussain, care coordinator (CPN), Perinatal Mental Health Team",
                 "Weekly until the CPA review on 15/01/2026, then every two weeks",
                 "Nadia's written view on Joe's file two working days before each core group; the CPA review "
                 "letter of 15/01/2026 copied to Joe"],
                ["CPA 1.2",
                 "Review Precious's lithium and other medicines, and give a written view on whether she can "
                 "keep well enough to care for Zara and Tobi, what would need to change and how long that is "
                 "likely to take",
                 "Dr Helen Marsh, consultant perinatal psychiatrist",
                 "As clinically indicated",
                 "Outpatient clinic letter copied to Joe and the GP"],
                ["CPA 1.3",
                 "Twelve sessions of CBT for bipolar disorder with Precious, on spotting her early warning signs "
                 "and keeping to her routine",
                 "Dr Sam Fielding, clinical psychologist, Perinatal Mental Health Team",
                 "Weekly from 08/01/2026 to 26/03/2026",
                 "Attendance letter to Joe after the sixth and the twelfth sessions"],
                ["CPA 2.1",
                 "Take her lithium every night at 9pm, keep her sleep diary, and ring Nadia or the crisis line "
                 "after two nights with less than 5 hours' sleep",
                 "Precious Oyelaran (Mum)",
                 "Every day from 19/12/2025",
                 "Dosette box and sleep diary checked by Nadia at every visit; lithium level in range (0.6 to "
                 "0.8) at each blood test"],
                ["CPA 2.2",
                 "Take Precious's lithium blood test, check her kidney and thyroid function, and send the "
                 "results to Dr Marsh and Joe",
                 "Dr Peter Lam, GP, Riverside Health Centre",
                 "First test by 15/01/2026, then every three months",
                 "Blood results on the GP record, copied to Joe within a week of each test"],
                ["CPA 3.1",
                 "Stay off night shifts and be at home every night, doing the 10pm and 2am feeds so that "
                 "Precious can sleep",
                 "Michael Oyelaran (Dad)",
                 "Every night from 19/12/2025 until at least 31/03/2026",
                 "Letter from Esthwick Buses confirming day shifts only; feed chart signed by Michael, seen by "
                 "Nadia and Joe at their visits"],
                ["-",
                 "Stay over on Friday and Saturday nights and do the 2am feed so that Michael can sleep",
                 "Mrs Folake Bello, maternal grandmother",
                 "Every Friday and Saturday night until 31/03/2026",
                 "Mrs Bello signs the feed chart on those nights; Joe reads it at his next visit"],
                ["-",
                 "Collect Tobi from school and give him his tea at her house",
                 "Mrs Folake Bello, maternal grandmother",
                 "Every Monday to Thursday, 3.15pm to 6pm",
                 "School signing-out sheet; Mrs Bello texts Joe each Thursday"],
                ["-",
                 "Visit Zara and Tobi at home, one visit in three unannounced; see Tobi on his own and Zara "
                 "awake, and ask who did the night feeds",
                 "Joe Whitfield, social worker",
                 "Every week until 31/03/2026",
                 "Visit records within 48 hours, with Tobi's words and who was caring for Zara"],
                ["-",
                 "Weigh Zara and plot her weight, watch a feed, and use the Newborn Behavioural Observations "
                 "with Precious to help her read Zara's cues",
                 "Lucy Grant, health visitor, Esthwick 0-19 Service",
                 "Weekly until Zara is 16 weeks old (01/02/2026), then every two weeks",
                 "Weights plotted on the red book chart; health visiting record e-mailed to Joe after each "
                 "visit"],
                ["-",
                 "A referral to Home-Start Esthwick for a volunteer to visit Precious and Zara two mornings a "
                 "week",
                 "-",
                 "By 09/01/2026",
                 "The volunteer's first visit date on Joe's file"],
                ["-",
                 "Sessions with Precious and Michael on a daily routine for Zara and Tobi: feeds, naps, the "
                 "school run and bedtime",
                 "Leanne Cox, family support worker, Esthwick Family Hub",
                 "Weekly from 06/01/2026 for 8 weeks",
                 "Monitor engagement"],
                ["-",
                 "Check in with Tobi at the classroom door, and ring Joe the same day if Tobi says anything "
                 "about Mummy being poorly or is collected by someone not on his list",
                 "Mrs Rita Shah, DSL, Esthwick Park Primary School",
                 "Every school day at registration",
                 "Check-ins logged on CPOMS; Tobi's attendance and CPOMS notes e-mailed to Joe each Friday"],
                ["CPA 4.1",
                 "Update the crisis plan with Precious, Michael and Mrs Bello, saying who cares for Zara and "
                 "Tobi at each stage if Precious becomes unwell, and send it to the GP, the school, the Home "
                 "Treatment Team and the Emergency Duty Team",
                 "Joe Whitfield, social worker, with Nadia Hussain",
                 "By the CPA review on 15/01/2026",
                 "Signed crisis plan on Joe's file and on Precious's CPA record"],
                ["-",
                 "Three sessions of direct work with Tobi about Mummy's illness, using the 'When Mummy's mind is "
                 "poorly' storybook, ending with his 'who I tell' card",
                 "Joe Whitfield, social worker",
                 "Weekly, 05/01/2026 to 19/01/2026",
                 "Tobi's storybook and card on file; Tobi can tell Joe who he would tell and what he would say"],
            ],
        }),
        ("h1", "Crisis and contingency plan"),
        ("bullets", [
            "If Precious shows two or more of her early warning signs, or misses two doses of lithium: Michael "
            "or Mrs Bello rings Nadia (or the crisis line out of hours) the same day; Nadia or the Home "
            "Treatment Team assess Precious within 24 hours; and Precious is not left alone with Zara or Tobi "
            "until Dr Marsh or the Home Treatment Team say she is well enough. Michael takes carer's leave "
            "(agreed with Esthwick Buses) or Mrs Bello moves in.",
            "If Michael and Mrs Bello cannot be there (Mrs Bello is ill or away, or Michael has to work), "
            "Precious's sister Ada Ogun (7 Lark Rise, agreed with Joe on 17/12/2025) stays at the house. If no "
            "adult from the family can be there, Joe arranges an emergency foster placement for Zara and Tobi "
            "that day.",
            "If Precious needs to go into hospital, the perinatal team asks for a mother and baby unit bed for "
            "Precious and Zara, and Tobi stays at home with Michael or at Mrs Bello's.",
            "If the children are ever left alone, or Precious is found caring for them while she is unwell, the "
            "police are called, the children go to Mrs Bello's that day, and Joe holds a strategy discussion "
            "the same day.",
            "If Precious becomes unwell again and the children are left unsafe, or she stops her lithium "
            "against advice twice, Joe will ask Sandra Ellis for a legal planning meeting within 5 working days "
            "to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "CPA reviews: 15/01/2026, then every three months, chaired by Dr Marsh; Joe is invited to each.",
            "Core group every four weeks, Wednesdays at 10am at Esthwick Family Hub: 07/01/2026, 04/02/2026 "
            "and 04/03/2026.",
            "Review child protection conference: date to be arranged by the Conference and Review Service.",
        ]),
    ],
    "findings": [
        F("T002", "Review Precious's lithium and other medicines, and give a written view"),
        F("H001", "Twelve sessions of CBT for bipolar disorder with Precious"),
        F("W001", "A referral to Home-Start Esthwick for a volunteer"),
        F("M002", "Sessions with Precious and Michael on a daily routine"),
        F("F002", "Precious stays well and takes her lithium every day."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group plan with the drug and alcohol service's recovery plan
#    written in as Part A (goals, numbered steps with Who / Step / When /
#    Evidence lines, a testing grid), then the children's plan as Part B.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_eynsgarth_core_group_recovery_goals_testing_grid_quinlan.txt",
    "split": "tune",
    "actions": 16,
    "template": "core-group-plan-txt-dot-leader-details-then-part-a-drug-and-alcohol-service-recovery-plan-goals-each-with-numbered-steps-who-step-when-evidence-lines-and-a-boxed-testing-at-a-glance-grid-then-part-b-childrens-plan-numbered-owner-first-sentences-with-when-and-evidence-lines-then-if-things-get-worse-meetings",
    "description": (
        "Plan agreed at the first core group for a 7-year-old and a 3-year-old: their father is on a "
        "supervised methadone script and has been using crack cocaine, and their mother drinks two "
        "bottles of wine most evenings and was found unrousable with the 3-year-old alone. Part A is "
        "the drug and alcohol service's recovery plan in its own format (goals for the children, then "
        "numbered steps with Who / Step / When / Evidence lines: oral fluid tests at every key-work "
        "session, a 3-month segmented hair strand test, script reviews every 4 weeks, AUDIT at the "
        "12-week point of the programme) with a boxed testing grid; Part B is the children's plan as "
        "owner-first sentences with When and Evidence lines. Faults: the father's locked box has '-' "
        "for when; the alcohol worker's key work is measured by 'monitor engagement'; her breath tests "
        "are 'PRN'; a GP detox referral has '-' for evidence; 'All agencies' own passing on signs of "
        "drinking or drug use; the contingency only says the core group will meet to review and consider next steps; and nothing "
        "says legal planning follows."
    ),
    "text": """\
EYNSGARTH COUNCIL - CHILDREN AND FAMILIES SERVICE
Family Safeguarding Team (East)

CHILD PROTECTION PLAN - AS AGREED AT THE FIRST CORE GROUP
with Eynsgarth Recovery Partnership's recovery plan written in
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Children ......... Harley QUINLAN, born 11/07/2018 (7), Year 2, St Anne's C of E Primary
                   Ava QUINLAN, born 28/02/2022 (3), Little Wrens Nursery (30 hours)
Address .......... 19 Foundry Lane, Eynsgarth EY2 8DN
Mum .............. Stacey Quinlan (30)
Dad .............. Connor Quinlan (33)
Category ......... Neglect (both children). Initial conference 06/01/2026.
Core group 1 ..... 15/01/2026, Eynsgarth Family Hub
Social worker .... Hollie Burke (team manager: Neil Ashworth)
ERP workers ...... Dom Keane, recovery worker (Connor)
                   Kelly Marsh, alcohol worker (Stacey)
                   Dr Anna Kowal, ERP prescriber


WHY THERE IS A PLAN
~~~~~~~~~~~~~~~~~~~
Connor has used heroin since he was 19. He has been on a methadone script with Eynsgarth Recovery
Partnership (ERP) for four years: 60ml a day, supervised at Hargreaves Pharmacy, with one take-home
dose on Sundays. Since the summer he has been using crack cocaine; his oral fluid tests at ERP were
positive for cocaine on 21/10/2025, 18/11/2025 and 16/12/2025. On 27/12/2025 Harley found a piece of
foil and a lighter on the bathroom floor and took them to his mum.

Stacey drinks most evenings, two bottles of wine and more at weekends. Her AUDIT score at ERP on
08/01/2026 was 21. On 30/12/2025 the police, called by a neighbour, found Stacey asleep and unrousable
on the settee at 8pm, with Ava awake and alone downstairs; Connor was out. Harley had made Ava a jam
sandwich. Ava's nursery attendance was 71% in the autumn term and she has missed her 2-year review
twice.

WHAT IS WORKING WELL
~~~~~~~~~~~~~~~~~~~~
- Connor has collected his methadone every day for four years and has never missed a supervised dose.
- Stacey told the conference "I know the wine is a problem" and has started seeing Kelly.
- Harley is in school every day, polite and clean, and reads every night with his dad.
- Connor's mum, Linda Quinlan, lives two streets away and the children love her.

HARLEY AND AVA
~~~~~~~~~~~~~~
Harley (seen on his own at school by Hollie, 12/01/2026): "Dad goes to the chemist every morning for
his medicine. It's green." "Mum's wine makes her sleepy and then shouty." "I didn't like it when Ava
was crying and Mum didn't wake up. I did her a sandwich." He wants "Mum to stop the wine" and "Dad to
take me to football again". He scored his home 5 out of 10.

Ava (seen at home on 09/01/2026 and at nursery on 13/01/2026): chatty, and climbed onto Hollie's knee
within minutes of meeting her. At nursery she eats everything at lunch and asks for more; her key
worker says she often arrives after 10am, once in her pyjama bottoms. At home she took Hollie to the
fridge and said "no milk".

WHAT WE WANT FOR HARLEY AND AVA
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
1. Harley and Ava are cared for every day and night by a parent who is sober and not using drugs.
2. No drugs, methadone or drug equipment is ever where Harley or Ava could find it.
3. Ava is at nursery on time every day she is booked, and her health and development are checked.
4. Harley no longer has to look after Ava or try to wake his mum.


THE PLAN
~~~~~~~~
Part A is ERP's recovery plan for Connor and Stacey, written by ERP in its own format and agreed at the
core group: each goal says what will change for the children, and each step has its own Who, When and
Evidence lines. Part B is the rest of the plan.

PART A - ERP RECOVERY PLAN (KEY WORK AND TESTING)
------------------------------------------------

GOAL 1  Harley and Ava are cared for by a dad who has stopped using crack cocaine and stays stable on
        his methadone.

  1.1  Who:      Dom Keane, recovery worker, ERP
       Step:     Key-work sessions with Connor, with an oral fluid test (cocaine, opiates, methadone) at
                 every session, and a written report before each core group on whether he has stopped
                 using crack and can stay stopped while he is caring for Harley and Ava.
       When:     Every Tuesday at 10am from 13/01/2026; report 2 working days before each core group
       Evidence: Oral fluid results, and Dom's report on Hollie's file before every core group

  1.2  Who:      Dr Anna Kowal, ERP prescriber
       Step:     Review Connor's methadone script with him, keep his doses supervised every day at
                 Hargreaves Pharmacy, and allow a take-home dose on Sundays only.
       When:     Every 4 weeks, next on 20/01/2026
       Evidence: Script review letter to Hollie and the GP after each review; the pharmacy's
                 supervised consumption record

  1.3  Who:      Connor
       Step:     Keep his Sunday take-home dose in the locked box ERP gave him, with the key on his own
                 keyring, out of Harley's and Ava's reach.
       When:     -
       Evidence: Dom and Hollie see the box locked at their home visits and write it in their notes

  1.4  Who:      Dom Keane, recovery worker, ERP
       Step:     Arrange a 3-month segmented hair strand test for Connor (cocaine and heroin).
       When:     By 27/02/2026
       Evidence: Laboratory results letter, month by month, on Hollie's file

GOAL 2  Harley and Ava are cared for only by a sober mum: Stacey drinks less, and never drinks while
        she is in charge of them.

  2.1  Who:      Kelly Marsh, alcohol worker, ERP
       Step:     Key-work sessions with Stacey on cutting down, using her drink diary.
       When:     Every other Thursday from 15/01/2026
       Evidence: Monitor engagement

  2.2  Who:      Kelly Marsh, alcohol worker, ERP
       Step:     Unannounced breath tests for Stacey at home between 3pm and 7pm, when the children are
                 home.
       When:     PRN
       Evidence: Breathalyser readings e-mailed to Hollie the same day (0.00 expected)

  2.3  Who:      Kelly Marsh, alcohol worker, ERP
       Step:     AUDIT with Stacey at the start and at the 12-week point of the programme, and a written
                 review of whether she is drinking less and is sober when the children are home.
       When:     Start 15/01/2026; 12-week review by 09/04/2026
       Evidence: Both AUDIT scores (21 at assessment) and Kelly's review on Hollie's file by 09/04/2026

  2.4  Who:      Stacey
       Step:     No alcohol from 3pm until Harley and Ava are in bed.
       When:     Every day from 15/01/2026
       Evidence: Breath test 0.00 at Kelly's and Hollie's afternoon visits

  TESTING AT A GLANCE (who is tested, how, and where results go; the steps above say when)
  +---------+----------------------------------+------+----------------------------+
  | Person  | Test                             | Step | Results to                 |
  +---------+----------------------------------+------+----------------------------+
  | Connor  | Oral fluid, each key-work        | 1.1  | Hollie, and the core group |
  | Connor  | Hair strand, 3-month segmented   | 1.4  | Hollie                     |
  | Stacey  | Breathalyser at home             | 2.2  | Hollie, same day           |
  | Stacey  | AUDIT questionnaire              | 2.3  | Hollie, and the core group |
  +---------+----------------------------------+------+----------------------------+

PART B - HARLEY AND AVA'S PLAN
------------------------------

B1  Hollie Burke (SW) will visit at home, one visit in three unannounced and at least one a fortnight
    after 4pm; see Harley on his own and Ava awake, and look at the locked box and in the fridge.
    When:     Every week until the review conference
    Evidence: Visit records within 48 hours, with Harley's words and whether the box was locked

B2  Dr Ruth Lomas (GP, Eynsgarth Medical Centre) will refer Stacey to the community alcohol detox
    service for an assessment.
    When:     By 23/01/2026
    Evidence: -

B3  Mr Tom Ingle (DSL, St Anne's C of E Primary) will check Harley in at registration, give him a
    place at breakfast club, and ring Hollie the same day if Harley says anything about home or is
    collected by anyone who seems drunk.
    When:     Every school day at registration
    Evidence: Register and breakfast club register e-mailed to Hollie every Friday; CPOMS notes of
              anything Harley says

B4  Sam Ferris (key worker, Little Wrens Nursery) will note what time Ava arrives, who brings and
    collects her and whether she is hungry, and ring Hollie the same day if the adult collecting her
    seems under the influence.
    When:     Every nursery session
    Evidence: Nursery log e-mailed to Hollie every Friday; Ava in by 9.15am at 9 of every 10 sessions
              by the review conference

B5  Bev Hirst (health visitor, Eynsgarth 0-19 Service) will do Ava's missed 2-year review (ASQ-3) at
    home, and refer her to speech and language therapy if her scores are below the expected range.
    When:     By 13/02/2026
    Evidence: ASQ-3 scores in Ava's red book and e-mailed to Hollie; the referral letter on file if one
              is made

B6  Stacey and Connor will get Harley to school by 8.45am and Ava to nursery by 9.15am.
    When:     Every school and nursery day
    Evidence: School register and nursery log in the Friday e-mails

B7  All agencies will pass on to Hollie any sign that Stacey has been drinking or Connor using while
    caring for the children (smell, slurring, a missed pick-up).
    When:     The same day
    Evidence: Logged on the children's chronology by Hollie

B8  Hollie Burke (SW) will do four sessions of direct work with Harley about Mum's wine and Dad's
    medicine, using the "Bottle and Box" worksheets, ending with Harley's safety card (who he rings
    if he cannot wake Mum).
    When:     Weekly, 19/01/2026 to 09/02/2026
    Evidence: Harley's worry score (0-10) at the first and last sessions, and his safety card on file;
              Harley can tell Hollie who he would ring


IF THINGS GET WORSE
~~~~~~~~~~~~~~~~~~~
If there are further concerns about Connor's or Stacey's drug or alcohol use, or the plan is not being
followed, Hollie will discuss it with her team manager and the core group will meet to review the
plan and consider next steps. Any agency worried about Harley or Ava should ring Hollie or the duty
team.

MEETINGS
~~~~~~~~
Core group ....... every 4 weeks at Eynsgarth Family Hub, Thursdays 1.30pm: 12/02/2026, 12/03/2026
Review conference  31/03/2026, 10am, Eynsgarth Town Hall

Plan typed by Hollie Burke, 16/01/2026; copies to Stacey, Connor and everyone at the core group.
""",
    "findings": [
        F("T001", "Keep his Sunday take-home dose in the locked box"),
        F("M002", "Key-work sessions with Stacey on cutting down, using her drink diary."),
        F("T002", "Unannounced breath tests for Stacey at home between 3pm and 7pm"),
        F("M001", "will refer Stacey to the community alcohol detox"),
        F("W002", "All agencies will pass on to Hollie any sign"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan after a non-fatal strangulation:
#    a risk and safety summary, then the police and domestic abuse
#    partnership's part with a MARAC ref column, then the children's part.
#    Faulty (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_elderslade_icpc_marac_ref_police_partnership_farrell.docx",
    "doc_title": "Child Protection Plan - Kayden Farrell and Isla-Rose Pickering-Farrell",
    "split": "tune",
    "actions": 18,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-details-then-risk-and-safety-summary-table-dash-marac-marker-bail-conditions-dvds-encompass-then-why-going-well-childrens-words-outcomes-then-part-1-police-and-domestic-abuse-partnership-table-marac-ref-action-agency-and-named-lead-when-how-we-will-know-then-part-2-childrens-part-ref-table-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 9-year-old and a 4-year-old after Isla-Rose's father held their "
        "mother by the throat in the kitchen while Kayden watched; he is on police bail with conditions "
        "until the plea hearing, and the maternal grandparents help after school and at night. A risk "
        "and safety summary (DASH score, MARAC, marker, bail conditions, disclosure, Operation "
        "Encompass) comes first; the plan is in two tables: the police and domestic abuse partnership's "
        "part with a MARAC ref column (times such as 'until bail conditions end', 'before 9am the next "
        "school day', 'within 24 hours of any change'; measures such as the MARAC action log and bail "
        "check records), then the children's part. Most rows are sound. Faults: the sanctuary measures "
        "'when capacity allows'; the Operation Encompass row has '-' for how we will know; 'All MARAC "
        "agencies' pass on sightings; the children's group is measured by 'improvement in Kayden's "
        "confidence'; one outcome is about the mother only; and the contingency sends the family to the "
        "grandparents with nothing said if they cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Elderslade City Council Children's Services, with Elderslade Police and the Elderslade Domestic "
              "Abuse Partnership (EDAP)"),
        ("kv", [
            ("Children", "Kayden Farrell, born 09/09/2016 (9, Year 5); Isla-Rose Pickering-Farrell, born "
                         "21/06/2021 (4, Reception). Both at Hawthorn Road Primary School."),
            ("Address", "27 Hawthorn Road, Elderslade EL9 3TF"),
            ("Mother", "Danielle Farrell (27)"),
            ("Isla-Rose's father", "Ryan Pickering (30); on police bail at 14 Linnet Close, Brackley Vale, since "
                                   "04/01/2026"),
            ("Kayden's father", "Jamie Lowe; no contact since 2019"),
            ("Maternal grandparents", "Jean and Tony Farrell, 3 Mill Row, Elderslade"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, 20/01/2026. Chair: Sue Kirkby (IRO)"),
            ("Social worker", "Amy Clarke, Safeguarding and Assessment Team (team manager: Kevin Osei)"),
        ]),
        ("h1", "Risk and safety summary"),
        ("p", "Written by DS Karen Walsh (Elderslade Police) and Zoe Marsh (IDVA) for the conference."),
        ("table", {
            "rows": [
                ["DASH risk assessment", "High risk: 19 of 27 questions answered 'yes', completed by PC Lee "
                                         "Barnes on 03/01/2026 (strangulation, threats to kill, escalation, "
                                         "recent separation)"],
                ["MARAC", "Heard at Elderslade MARAC on 15/01/2026, case EM-26-0043. MARAC review: 12/03/2026."],
                ["Warning marker", "Domestic abuse marker on 27 Hawthorn Road and on Danielle's mobile number "
                                   "since 04/01/2026"],
                ["Charges", "Non-fatal strangulation and assault by beating, 03/01/2026"],
                ["Bail conditions", "Not to contact Danielle, Kayden or Isla-Rose directly or through anyone "
                                    "else; not to enter Hawthorn Road or the school grounds; to live and sleep at "
                                    "14 Linnet Close. Bailed to the plea hearing at Elderslade Magistrates' Court "
                                    "on 20/02/2026."],
                ["Disclosure", "Danielle was told on 10/01/2026, under the Domestic Violence Disclosure Scheme, "
                               "of Ryan's 2017 conviction for assaulting a former partner."],
                ["Operation Encompass", "School told on 05/01/2026, the first school day after the assault"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "Why Kayden and Isla-Rose have a plan"),
        ("p", "On the evening of 03/01/2026 Ryan held Danielle by the throat against the kitchen worktop until she "
              "nearly passed out. Kayden saw it from the doorway and ran to the neighbour's house, and the "
              "neighbour rang 999. Isla-Rose was asleep upstairs. Danielle told the police that Ryan had pushed "
              "and slapped her 'a few times' since the summer, smashed her phone in November and checked her "
              "messages. Kayden told his teacher in December that 'Ryan goes mad at Mum'. The police had been "
              "called to the house twice before, on 14/08/2025 and 22/11/2025, both times for shouting, and no "
              "one was arrested."),
        ("h1", "What is going well"),
        ("bullets", [
            "Danielle supported the prosecution and has worked with the IDVA from the day after the assault.",
            "Kayden did exactly the right thing on 03/01/2026: he got help.",
            "Jean and Tony have had the children on every day Danielle needed them since the assault.",
            "Both children are in school every day; Kayden's teacher says he is a kind boy who looks out for "
            "the younger children at playtime.",
        ]),
        ("h1", "What Kayden and Isla-Rose say"),
        ("p", "Kayden (seen on his own at school by Amy on 15/01/2026): 'I thought Ryan was going to kill Mum. I "
              "ran to Sheila's next door.' 'I want Ryan to go to jail, but Isla-Rose misses him.' 'I sleep with "
              "my light on now.' He scored how safe he feels at home as 6 out of 10, and at Nan and Grandad's as "
              "9. He wants 'the lock on the back door fixed' and to stop 'having to check Mum is OK'."),
        ("p", "Isla-Rose (seen at home with Danielle on 16/01/2026) played with the doll's house and made the "
              "daddy doll 'go away in the police car'. She said 'Daddy's naughty', then 'I want Daddy at my "
              "birthday'. Her teacher says she has started wetting herself at school and cries when the fire "
              "door bangs."),
        ("h1", "What we want"),
        ("numbers", [
            "Kayden and Isla-Rose are safe at home, at school and on the way between, and Ryan does not come "
            "near them.",
            "Kayden and Isla-Rose understand that what happened was not their fault, sleep better and can say "
            "how they feel.",
            "Kayden no longer feels he has to watch over his mum, and Isla-Rose stops wetting herself at "
            "school.",
            "Danielle feels safe in her own home and is free from abuse.",
        ]),
        ("h1", "Part 1: the police and domestic abuse partnership's part"),
        ("p", "These actions are also on the MARAC action log for case EM-26-0043; the MARAC ref column gives the "
              "log number. Each agency reports on them to the core group and to the MARAC review on 12/03/2026."),
        ("table", {
            "header": ["MARAC ref", "Action", "Agency and named lead", "When", "How we will know"],
            "widths": [2.3, 8.4, 4.8, 4.6, 5.6],
            "rows": [
                ["M/0043/1",
                 "Keep the domestic abuse warning marker on 27 Hawthorn Road and on Danielle's mobile number, so "
                 "that any 999 call gets an immediate response",
                 "Elderslade Police DA Safeguarding Unit (DS Karen Walsh)",
                 "Checked on the first working day of each month until six months after bail conditions end",
                 "Each monthly check recorded on the MARAC action log; DS Walsh e-mails Amy the date of each "
                 "check"],
                ["M/0043/2",
                 "Check that Ryan is living at his bail address and keeping his bail conditions, and tell Amy "
                 "and the IDVA within 24 hours of any breach",
                 "Elderslade Police DA Safeguarding Unit (DS Karen Walsh)",
                 "At least two bail checks a week until bail conditions end",
                 "Bail check records on the police system, summarised to Amy every two weeks; any breach on the "
                 "children's chronology within 24 hours"],
                ["M/0043/3",
                 "Safety planning with Danielle: the school run, her phone and social media, the house, and a "
                 "court support plan for the plea hearing",
                 "Zoe Marsh, IDVA, EDAP",
                 "Weekly until the plea hearing on 20/02/2026, then every two weeks until the MARAC review",
                 "Signed safety plan on Amy's file; IDVA contact log; DASH re-scored and reported to the MARAC "
                 "review on 12/03/2026"],
                ["M/0043/4",
                 "Fit the sanctuary measures at the house: a door chain, window locks, a video doorbell and a "
                 "fireproof letterbox",
                 "Elderslade Homes Sanctuary Scheme (Pat Kenny)",
                 "When capacity allows",
                 "Works completion sheet on file; Zoe sees the fittings at her next visit"],
                ["M/0043/5",
                 "Send an Operation Encompass notification to Hawthorn Road Primary before 9am the next school "
                 "day after any domestic abuse call to the house",
                 "Elderslade Police (Operation Encompass team)",
                 "Before 9am the next school day after any call",
                 "-"],
                ["M/0043/6",
                 "Tell Danielle within 24 hours of any change to Ryan's bail or to the court dates",
                 "Elderslade Police Witness Care Unit (Carol Frost)",
                 "Within 24 hours of any change, until the case ends",
                 "Witness Care contact record; Danielle confirms it to Zoe at her next session"],
                ["M/0043/7",
                 "Pass on any sighting of Ryan near the house, the school or Danielle's work to the police and "
                 "to Amy",
                 "All MARAC agencies",
                 "The same day",
                 "Each sighting logged on the MARAC action log and on the children's chronology"],
                ["-",
                 "Keep to his bail conditions: no contact with Danielle, Kayden or Isla-Rose, directly or "
                 "through anyone else, and stay away from Hawthorn Road and the school",
                 "Ryan Pickering",
                 "Every day until bail conditions end",
                 "No breach in the police bail check records"],
            ],
        }),
        ("h1", "Part 2: Kayden and Isla-Rose's part"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "How we will know"],
            "widths": [1.6, 9.1, 4.8, 4.6, 5.6],
            "rows": [
                ["CP1",
                 "Visit Kayden and Isla-Rose at home, one visit in three unannounced; see each child on their "
                 "own and ask about sleep, school and any contact from Ryan",
                 "Amy Clarke, SW",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with each child's own words and Kayden's safety score out of "
                 "10"],
                ["CP2",
                 "The eight-week Butterflies group for Kayden, about domestic abuse, feelings and staying safe",
                 "Hannah Reid, children's worker, EDAP",
                 "Wednesdays after school, 28/01/2026 to 18/03/2026",
                 "Improvement in Kayden's confidence"],
                ["CP3",
                 "Check in with Kayden at the classroom door, give him a 'safe person' card, and ring Amy the "
                 "same day if he says anything about Ryan or home",
                 "Mr Phil Ashton, DSL, Hawthorn Road Primary",
                 "Every school day at registration",
                 "Check-ins logged on CPOMS; Kayden's morning score on his feelings chart e-mailed to Amy each "
                 "Friday"],
                ["CP4",
                 "Keep a note of how Isla-Rose arrives, her toileting and anything she says about her dad, and "
                 "make sure only the people on her collection list collect her",
                 "Mrs Jan Holt, Reception teacher, Hawthorn Road Primary",
                 "Every school day",
                 "Class log e-mailed to Amy every Friday, with the number of wetting accidents that week; the "
                 "collection list checked by Amy by 27/01/2026"],
                ["CP5",
                 "Work with Isla-Rose on feelings and toileting using the Big Feelings programme, and give "
                 "Danielle a toileting plan for home",
                 "Lauren Day, school nurse, Elderslade 0-19 Service",
                 "Four weekly sessions from 02/02/2026",
                 "Toileting plan on file and shared with Danielle; fewer than two accidents a week by the end of "
                 "the spring term (27/03/2026), from the class log"],
                ["CP6",
                 "Keep to her safety plan: ring 999 if Ryan comes to the house or gets in touch, keep her phone "
                 "charged, and use the code word with Kayden",
                 "Danielle Farrell (Mum)",
                 "Every day while Ryan's bail conditions last, and until the review conference",
                 "Zoe goes through the safety plan with Danielle at every session and records it; any contact "
                 "from Ryan reported to the police by Danielle herself"],
                ["CP7",
                 "Go to the 12-week Freedom Programme at Elderslade Family Hub",
                 "Danielle Farrell (Mum)",
                 "Thursdays at 10am, 29/01/2026 to 16/04/2026",
                 "Programme register e-mailed to Amy each month; Danielle's certificate on file"],
                ["CP8",
                 "Apply for a non-molestation order protecting her and the children, with Zoe's help to find a "
                 "solicitor",
                 "Danielle Farrell (Mum)",
                 "Application made by 13/02/2026",
                 "Sealed order, or the court's hearing date, on Amy's file"],
                ["CP9",
                 "Collect Kayden and Isla-Rose from school and stay with them until Danielle is home from work",
                 "Jean Farrell (maternal grandmother)",
                 "Every Monday, Tuesday and Thursday, 3.15pm to 6pm",
                 "School signing-out sheet; Jean texts Amy each Thursday"],
                ["CP10",
                 "Stay overnight at 27 Hawthorn Road, so that Danielle and the children are not on their own at "
                 "night before the plea hearing",
                 "Tony Farrell (maternal grandfather)",
                 "Every Friday and Saturday night until 20/02/2026",
                 "Tony texts Amy each Sunday morning; Kayden tells Amy at her visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ryan comes to the house, the school or near Danielle or the children, or gets in touch in any "
            "way: Danielle rings 999 and the police respond at once because of the marker and arrest Ryan for "
            "breaching his bail; Amy, or the Emergency Duty Team out of hours, holds a strategy discussion with "
            "the police the same day.",
            "If Danielle does not feel safe at home at night, or the house is damaged: Danielle and the children "
            "go to Jean and Tony's house at 3 Mill Row that night, and stay there until Amy and Zoe have seen "
            "Danielle the next working day.",
            "If Danielle lets Ryan back into the house, or the children see or hear more violence, Amy will ask "
            "Kevin Osei for a legal planning meeting within 5 working days to decide whether to start the "
            "Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Hawthorn Road Primary, Tuesdays at 9.30am: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "MARAC review: 12/03/2026 (Amy and Zoe attend).",
            "Review child protection conference: 14/04/2026 at 10am, Elderslade Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Fit the sanctuary measures at the house: a door chain"),
        F("M001", "Send an Operation Encompass notification to Hawthorn Road Primary"),
        F("W002", "Pass on any sighting of Ryan near the house"),
        F("M002", "The eight-week Butterflies group for Kayden, about domestic abuse"),
        F("F002", "Danielle feels safe in her own home and is free from abuse."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan for a 15-year-old written with the Youth Justice
#    Service and CAMHS: a who's who of initials, then one table per part
#    (YJS and police, CAMHS, home and school), each with a "What Kai says"
#    column. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_eskholme_rcpc_yjs_camhs_initials_kai_says_column_doherty.md",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-teenager-plan-md-whos-who-table-of-initials-details-bullets-why-still-a-plan-what-has-changed-kais-words-and-scores-outcomes-then-three-part-tables-youth-justice-and-police-camhs-home-and-school-number-what-who-initials-when-how-well-know-what-kai-says-column-then-if-things-go-wrong-meetings-and-panel-dates",
    "description": (
        "Exemplary review conference plan for a 15-year-old on a nine-month Referral Order after a "
        "knife was found in his bag, who self-harms, has been missing with older men, and whose mother "
        "drinks most evenings; his aunt has him on Friday nights. Written with the Youth Justice Service "
        "and CAMHS, each in their own words: a who's who defines the initials used as owners, then one "
        "table for each part (YJS and police, CAMHS, home and school) with a 'What Kai says' column. "
        "Times such as 'within 72 hours of every return', 'at the 3-month panel on 03/03/2026', 'every "
        "MACE (monthly)', 'by the February half term'; measures such as the AssetPlus review, the "
        "reparation hours log, RCADS scores in CAMHS clinic letters, MACE action log entries, breath "
        "tests and Kai's own scores to his social worker. The alcohol service reports on change, the GP "
        "owns an action, the aunt's help has a fallback, legal planning follows named triggers, and core "
        "group and review dates are set."
    ),
    "text": """\
# Eskholme Council · Children's Services · Adolescent Safeguarding Team

## Kai's child protection plan

Written at Kai's first review child protection conference on 15/01/2026, with Eskholme Youth Justice
Service and Eskholme CAMHS, who each wrote their own part in their own words. Kai came to the first
half of the conference, and what he said about each part of his plan is in the last column of the
tables.

### Who's who

The initials in the tables mean:

| Initials | Name | Who they are |
|---|---|---|
| KD | Kai Doherty | Kai, 15 (born 04/03/2010), Year 10 at Eskholme Academy |
| MD | Michelle Doherty | Kai's mum |
| LB | Lorraine Birch | Kai's aunt (Michelle's sister), 22 Sefton Street, Eskholme |
| BO | Ben Okafor | Kai's social worker, Adolescent Safeguarding Team (team manager: Karen Pike) |
| SL | Sarah Lindqvist | Kai's case manager, Eskholme Youth Justice Service (YJS) |
| TH | Tom Harrow | CAMHS practitioner (CBT), Eskholme CAMHS |
| ES | Ella Shore | Return home interview worker, Eskholme Youth Service |
| DR | PC Dan Reece | Missing and Exploitation Team, Eskholme Police |
| RA | Rachel Ames | Designated Safeguarding Lead, Eskholme Academy |
| JW | Jason Wray | Head of Year 10, Eskholme Academy |
| NC | Nadine Cole | Recovery worker, Eskholme Alcohol and Drug Service (EADS) |
| FS | Dr Farah Siddiqui | GP to Kai and Michelle, Eskholme Health Centre |

- **Address:** 41 Tanner Street, Eskholme ES3 1QW (Kai and Michelle)
- **Kai's dad:** Stephen Doherty, lives in Aberdeen; phones Kai about once a month
- **Category:** Neglect. Initial conference 16/10/2025.
- **Chair:** Marcia Lamb (IRO)
- **Decision today:** Kai stays on a child protection plan.

### Why there is still a plan

Michelle has drunk heavily since her mum died in 2023, most evenings a bottle of vodka. When this plan
started there was often no food in the house, Kai was going out at night and not coming home until the
early hours, and no one knew where he was. He was reported missing twice in September 2025, and the
second time he was found in a flat in Brindle Court with two men in their twenties. On 06/11/2025 staff
at the Academy found a kitchen knife in his bag; he said he carried it "because of the Parade lot". He
was given a nine-month Referral Order on 02/12/2025. Kai has been cutting his arms since the summer;
his CAMHS assessment on 08/12/2025 found low mood and self-harm, with no plan to end his life.

### What has changed since October

- Michelle started seeing Nadine at EADS on 05/01/2026, and her two breath tests since have been 0.00.
- Kai has not been missing since 28/09/2025, and he has kept every YJS appointment.
- Kai stays at Lorraine's every Friday, and calls it his "calm night".
- Kai's attendance went up from 61% in September to 72% over the autumn term.

### What Kai says

Kai (seen on his own by Ben at McDonald's on 09/01/2026, and at the conference): "Home's better when
Mum's not on it. When she is, I just go out." "I'm not in a gang. The Parade lot are just older, they
look after you, then they want stuff." "I carried the knife 'cause I was scared, not to use it."
"Cutting helps for like a minute." He scored feeling safe at home 5 out of 10 (3 in October) and safe
out and about 4 out of 10. He wants "Mum to stop drinking on school nights", "to do the mechanics
course at college", and "people to stop asking me the same questions".

### What we want for Kai

1. Kai is safe at home: every night the adult with him is sober and knows where he is.
2. Kai is safe outside home: he is not missing, carries no knife, and is not used by older men to carry
   or sell drugs.
3. Kai's low mood and self-harm ease, and he has a safety plan he uses when he wants to cut.
4. Kai is in school every day on a full timetable, finishes his Referral Order, and gets a place on the
   mechanics course at Eskholme College.

## The plan

Three parts: the Youth Justice Service and police, CAMHS, and home and school. Each row says what will
happen, who does it (initials as in the who's who), when, and how we'll know; the last column is what
Kai said about it.

### Part 1 – Youth Justice Service and police (written by SL and DR)

| # | What will happen | Who | When | How we'll know | What Kai says |
|---|---|---|---|---|---|
| 1 | Referral Order sessions on Kai's contract: the Blade knife crime programme, consequences, and his own plan for keeping away from the Parade | SL | Weekly, Thursdays at 4pm, until the order ends on 01/09/2026 | YJS attendance record e-mailed to BO each month; Kai's AssetPlus review at the 3-month point (by 02/03/2026) shared with the core group | "I'll go. If I don't, I'm back in court." |
| 2 | 20 hours' reparation at Eskholme Community Garden, a placement Kai chose | SL | Saturdays 10am to 1pm from 10/01/2026; all 20 hours done by 14/03/2026 | Reparation hours log signed by the garden supervisor, sent to BO each month | "Better than picking litter." |
| 3 | Referral Order panel review with Kai and Michelle | SL | At the 3-month panel on 03/03/2026 | Panel report on file, with Kai's progress on each part of his contract | "Mum has to come to that one." |
| 4 | Bring Kai's case to the monthly Multi-Agency Child Exploitation (MACE) meeting, and pass any intelligence about Kai and the older men at the Parade to BO | DR | Every MACE (monthly, next on 22/01/2026); intelligence to BO within 24 hours | MACE action log entries sent to BO after each meeting; intelligence e-mails on Kai's chronology within 24 hours | "Don't tell them I told you stuff." |
| 5 | Return home interview with Kai after any missing episode: where he went, who with, and what would stop him going | ES | Within 72 hours of every return | Return home interview record on file within 72 hours, in Kai's words, and taken to the next MACE | "Ella's sound." |

### Part 2 – CAMHS (written by TH)

| # | What will happen | Who | When | How we'll know | What Kai says |
|---|---|---|---|---|---|
| 6 | CBT sessions for Kai's low mood and self-harm, with his RCADS questionnaire at session 1, session 6 and the last session | TH | Every two weeks from 13/01/2026, ten sessions, to 02/06/2026 | CAMHS clinic letter to BO and FS after sessions 1, 6 and 10, with the RCADS scores | "Tom's alright. I don't want to talk about Mum though." |
| 7 | Write Kai's safety plan with him (what he does when he wants to cut, who he rings), give copies to Kai, Michelle, Lorraine and school, and go through it at every session | TH | Written by the second session (27/01/2026); checked at every session after that | Signed safety plan on file; Kai's urge to self-harm scored 0-10 with TH at each session and given in the clinic letters | "I'll keep it on my phone." |

### Part 3 – Home and school

| # | What will happen | Who | When | How we'll know | What Kai says |
|---|---|---|---|---|---|
| 8 | See Kai on his own, away from home (at school or out for food), and at home with one visit a fortnight unannounced, about home, Mum's drinking and the Parade | BO | Every week until the next review conference | Visit records within 48 hours, with Kai's own scores: safe at home (0-10) and safe out and about (0-10) | "Maccies is fine." |
| 9 | Four sessions of direct work on exploitation using the Trapped resource, ending with Kai's map of the people he can trust | BO | Weekly, 20/01/2026 to 10/02/2026 | Kai's trust map on file; Kai can name three safe adults to BO and say what he would do if asked to hold something | – |
| 10 | Key-work sessions with Michelle, with a breath test at each one, and a written report before each core group on whether she has cut down, is sober in the evenings when Kai is home, and can keep it up | NC | Weekly, Mondays at 2pm, from 19/01/2026; report 2 working days before each core group | Breath test results and NC's report on BO's file before every core group | "She's actually going, I've seen the letters." |
| 11 | No alcohol on school nights, and home and sober by 9pm every night | MD | Every night from 16/01/2026 | Breath test 0.00 at NC's sessions and at BO's unannounced visits; Kai's safe-at-home score to BO | "Weekends as well would be good." |
| 12 | Check Michelle's liver function, review her drinking with her, and write to BO on whether her health affects her care of Kai | FS | Blood tests by 13/02/2026; letter by 27/02/2026 | GP letter on Kai's file by 27/02/2026 | – |
| 13 | Check Kai in at registration and after lunch, and ring BO and Michelle if he is not in by 9.30am or leaves the site | RA | Every school day, at registration and after lunch | Register e-mailed to BO every Friday; Kai's attendance at 90% or more by the May half term (72% in the autumn term) | "Miss Ames is OK, she doesn't make a thing of it." |
| 14 | Build Kai up from his part-time timetable to full days, one extra afternoon a fortnight, with mentor time on Tuesdays and Thursdays | JW | From 12/01/2026; full days by the February half term (13/02/2026) | Kai's timetable on file; the register shows full days from 13/02/2026 | "Not maths in the afternoon." |
| 15 | Have Kai to stay every Friday night, and on any night Michelle has been drinking | LB | Every Friday, and any night Kai or Michelle rings her | Lorraine texts BO the next morning each time; Kai tells BO at his weekly visit | "Lorraine's is the calm night." |
| 16 | Be home by 9pm on school nights and by 10.30pm at weekends, and answer Mum's or Lorraine's call if he is late | KD | Every night | Michelle's and Lorraine's curfew log, read by BO at visits; any missing report on the chronology | "9 is early but I'll do it in the week." |

### If things go wrong

- **If Kai is not home by his curfew and is not answering:** Michelle (or Lorraine) reports him missing
  to the police by 11pm on a school night, or midnight at the weekend. ES does the return home
  interview within 72 hours. If Kai goes missing twice in a month, BO holds a strategy discussion with
  the police and the YJS within 24 hours of the second return.
- **If Kai is found with a knife or drugs, or there is intelligence that he is being made to carry or
  sell them:** BO holds a strategy discussion with DR and SL the same day, and makes a National Referral
  Mechanism referral within 5 working days.
- **If Michelle has been drinking when Kai gets home:** Kai rings Lorraine and goes to hers for the night.
  If Lorraine cannot have him (she is away, ill or not answering), Kai rings BO, or the Emergency Duty
  Team after 5pm, who arrange an emergency foster bed for that night and see Michelle the next day.
- **If Kai cuts himself badly enough to need treatment, or says he wants to end his life:** Michelle or
  Lorraine takes him to the emergency department at Eskholme General Hospital, or rings 999, and the
  CAMHS crisis team sees him within 24 hours.
- **If Michelle is drunk when Kai comes home more than twice in a month, or NC's report before the core
  group on 09/04/2026 shows no real change,** BO will ask Karen Pike for a legal planning meeting within
  10 working days to decide whether to start the Public Law Outline.

### Meetings

- Core group every four weeks at Eskholme Academy, Thursdays at 3.45pm (Kai joins for the last 15
  minutes): 12/02/2026, 12/03/2026, 09/04/2026, 07/05/2026, 04/06/2026 and 02/07/2026.
- Next review child protection conference: 16/07/2026 at 2pm, Eskholme Town Hall.
- Kai's Referral Order panel reviews: 03/03/2026 and 02/06/2026.

Plan agreed at the review conference on 15/01/2026. Copies to Kai (his own copy, as he asked, by
e-mail), Michelle, Lorraine and every agency on 16/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Neonatal unit's discharge planning and child protection plan: baby's
#    details, his days on the unit, discharge criteria, then one table in
#    three stage bands (on the unit, the day of discharge, at home). Page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_ewenridge_neonatal_discharge_plan_stage_bands_lowther.pdf",
    "doc_title": "Neonatal Discharge Planning and Child Protection Plan - Oakley Lowther",
    "split": "tune",
    "actions": 18,
    "min_pages": 2,
    "header": "Ewenridge Hospitals NHS Foundation Trust · Kestrel Neonatal Unit · Discharge and child protection plan",
    "footer": "Oakley Lowther · NNU discharge and CP plan (ICPC 13/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "neonatal-unit-discharge-planning-and-cp-plan-paged-header-footer-kv-baby-details-gestation-weights-nas-treatment-then-why-babys-days-on-the-unit-outcomes-discharge-criteria-bullets-then-one-table-what-lead-when-how-we-will-know-in-three-stage-bands-on-the-unit-day-of-discharge-at-home-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary discharge planning and child protection plan, written by the neonatal unit's "
        "discharge coordinator with the social worker, for a 15-day-old boy born at 35 weeks and "
        "treated with oral morphine for withdrawal from his mother's prescribed methadone; she used "
        "cocaine at 30 weeks of pregnancy. After the baby's details, his days on the unit as the nurses "
        "see them, the outcomes and the discharge criteria, the plan is one table in three stage bands "
        "(on the unit, the day of discharge, at home), with times in the unit's words ('every 4 hours "
        "until 72 hours after his last morphine dose', 'the 48 hours before discharge', 'within 24 "
        "hours of discharge', 'at 6 weeks' corrected age') and measures such as the visiting and cares "
        "log, the Finnegan chart, the rooming-in record, oral fluid results and the red book chart. The "
        "drug service reports on the mother's stability, the grandmother's help has a fallback, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Neonatal Discharge Planning and Child Protection Plan"),
        ("p", "Written by Mandy Brooks (neonatal discharge coordinator, Kestrel Neonatal Unit) and Sophie Turner "
              "(social worker, Ewenridge Borough Council Children's Services) with Jade and Lee, and agreed at "
              "the initial child protection conference held on the unit on 13/01/2026."),
        ("kv", [
            ("Baby", "Oakley Lowther, boy, born 29/12/2025 at 35+2 weeks at Ewenridge Royal Hospital; 15 days "
                     "old at the conference"),
            ("Weight", "2.41kg at birth (25th centile); 2.38kg on 12/01/2026"),
            ("Why he is on the unit", "Neonatal abstinence syndrome (withdrawal from methadone). Oral morphine "
                                      "from day 2, now weaning; nasogastric top-ups stopped on 09/01/2026"),
            ("Mother", "Jade Lowther (26), on a methadone script with Ewenridge Recovery Service (ERS) for "
                       "three years, now 50ml a day, supervised"),
            ("Father", "Lee Hindmarsh (29), lives with Jade"),
            ("Address", "Flat 9, Coleridge House, Ewenridge EW5 2LA"),
            ("Maternal grandmother", "Sandra Lowther, 16 Ash Grove, Ewenridge"),
            ("Category", "Neglect"),
            ("Social worker", "Sophie Turner, Assessment and Safeguarding Team (team manager: Paul Ryder)"),
            ("Consultant", "Dr Alan Tse, consultant neonatologist"),
            ("Planned discharge", "26/01/2026, after 48 hours' rooming in, if the discharge criteria below are "
                                  "met"),
        ]),
        ("h1", "Why Oakley has a plan"),
        ("p", "Jade used heroin from the age of 17 and has been on methadone with ERS since 2022. She was doing "
              "well, but her oral fluid test at 30 weeks of pregnancy (10/11/2025) was positive for cocaine, "
              "and she missed four antenatal appointments in November and December. She says she used cocaine "
              "twice 'when things got on top of me' while she and Lee were apart for three weeks. Oakley was "
              "born early and had withdrawal signs from his first day: a high-pitched cry, tremors, sneezing "
              "and poor feeding, with Finnegan scores up to 14. Jade's urine test at delivery was clear of "
              "cocaine. Before the birth the flat had no Moses basket, and Jade kept her take-home methadone in "
              "a kitchen cupboard."),
        ("p", "Jade and Lee have been on the unit every day. The nurses have seen them grow more confident with "
              "Oakley's cares, but on 05/01/2026 Jade fell asleep in the chair by his cot while holding him, "
              "and a nurse took him from her."),
        ("h1", "Oakley's days on the unit"),
        ("p", "Oakley is in a cot in nursery 2. The nurses say he is calmest swaddled, in low light, and held "
              "skin-to-skin; he startles at loud noises and cries a high, hard cry when he is withdrawing. He "
              "feeds from a bottle every three hours, taking 55ml now, and is slower at night. He likes his "
              "dad's voice and settles on Lee's chest within minutes. Jade comes in every day from about 11am "
              "to 6pm, and Lee after work from 6pm to 9pm. On 10/01/2026 the nurse in charge wrote that Jade "
              "bathed Oakley, talked to him all the way through, and noticed for herself when he needed "
              "winding."),
        ("h1", "What we want for Oakley"),
        ("bullets", [
            "Oakley finishes his withdrawal safely on the unit, and goes home only when he is well and his "
            "parents are ready.",
            "Oakley is fed every three hours, gains weight and follows his centile line.",
            "Oakley sleeps on his back in his own Moses basket, in a warm flat where no methadone or drugs can "
            "reach him.",
            "Oakley is cared for every day and night by a parent who uses no drugs other than prescribed "
            "methadone, and who is awake and alert when caring for him.",
        ]),
        ("h2", "Before Oakley goes home (discharge criteria)"),
        ("p", "Oakley will go home only when all of these are true, and the discharge planning meeting has "
              "checked them:"),
        ("bullets", [
            "He has had no morphine for 72 hours and his Finnegan scores have stayed under 8.",
            "He has taken all his feeds by bottle for 48 hours and is gaining weight.",
            "He has passed his car seat test and his hearing screen.",
            "Jade and Lee have done 48 hours' rooming in and given all his cares.",
            "The flat has a Moses basket, a smoke alarm and a locked box for Jade's methadone.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three stages. Each row says what will happen, who leads it, when, and how we will "
              "know."),
        ("table", {
            "header": ["What will happen", "Lead", "When", "How we will know"],
            "widths": [6.4, 3.4, 3.4, 3.8],
            "rows": [
                ["Stage 1: on the Kestrel Unit, until discharge", H, H, H],
                ["Write down every visit and every care Jade and Lee give Oakley (feeds, nappies, skin-to-skin, "
                 "baths), and anything that worries staff about how a parent presents",
                 "Kestrel Unit nurse in charge, each shift",
                 "Every shift until discharge",
                 "Visiting and cares log in Oakley's notes, copied to Sophie every Monday and Thursday"],
                ["Score Oakley's withdrawal on the Finnegan chart and wean his oral morphine",
                 "Dr Alan Tse, consultant neonatologist",
                 "Every 4 hours until 72 hours after his last morphine dose",
                 "Finnegan chart in Oakley's notes; scores under 8 for 72 hours off morphine, written in the "
                 "discharge summary"],
                ["Visit Oakley on the unit: see him fed and held by Jade or Lee, and talk to the nurse in charge "
                 "about the cares log",
                 "Sophie Turner, social worker",
                 "Twice a week until discharge (Tuesdays and Fridays)",
                 "Visit records within 48 hours, with how Oakley responded to his parents"],
                ["Key-work sessions with Jade with an oral fluid test at each one, and a written report to the "
                 "discharge planning meeting on whether Jade is stable and drug-free enough to care for Oakley "
                 "at home",
                 "Kirsty Dale, recovery worker, Ewenridge Recovery Service",
                 "Weekly; report by 21/01/2026",
                 "Oral fluid results after each session, and Kirsty's report on Sophie's file by 21/01/2026"],
                ["Review Jade's methadone dose now that she has given birth, and keep her doses supervised "
                 "every day at the pharmacy",
                 "Dr Meena Shah, ERS prescriber",
                 "Review by 20/01/2026; supervised daily until the review conference on 14/04/2026",
                 "Prescription review letter to Sophie and the GP; the pharmacy's supervised consumption "
                 "record"],
                ["Teach Jade and Lee safe sleep, how to settle a baby in withdrawal (swaddling, low light, "
                 "skin-to-skin) and the signs that Oakley is unwell, and do the car seat test with them",
                 "Ruth Hall, nursery nurse, Kestrel Unit",
                 "Before rooming in starts on 24/01/2026",
                 "Parent teaching checklist signed by Ruth, Jade and Lee; car seat test result in the discharge "
                 "summary"],
                ["Home visit to check the flat is ready: Moses basket, safe sleep space, smoke alarm, room "
                 "temperature and the locked methadone box",
                 "Sophie Turner, social worker, with Hayley Moore, health visitor",
                 "Before discharge (by 23/01/2026)",
                 "Home checklist on Sophie's file; anything missing put right and seen by Sophie before "
                 "discharge"],
                ["Chair the discharge planning meeting with Jade, Lee, Sandra, Sophie, Hayley, Kirsty and the "
                 "outreach team, to check the discharge criteria and agree the date",
                 "Mandy Brooks, neonatal discharge coordinator",
                 "23/01/2026, before rooming in",
                 "Discharge plan signed by Jade and Lee and sent to the core group within one working day"],
                ["48 hours' rooming in, in the unit's parent room, giving all Oakley's feeds and cares with the "
                 "nurses close by",
                 "Jade and Lee",
                 "The 48 hours before discharge (planned 24/01/2026 to 26/01/2026)",
                 "Rooming-in record signed by the nurse in charge, with every feed and nappy written down by "
                 "Jade or Lee"],
                ["Stage 2: the day Oakley goes home", H, H, H],
                ["Ring Sophie and Hayley when Oakley leaves the unit, and send the discharge summary to the GP, "
                 "the health visitor, the social worker and the outreach team",
                 "Mandy Brooks, neonatal discharge coordinator",
                 "On the day of discharge",
                 "Discharge summary on Sophie's file the same day"],
                ["Stage 3: at home, until the review conference on 14/04/2026", H, H, H],
                ["Home visits to weigh Oakley, check his feeds and look for any signs of withdrawal",
                 "Carol Bennett, neonatal outreach nurse",
                 "Within 24 hours of discharge, then twice a week until Oakley is 6 weeks old (09/02/2026)",
                 "Weights plotted on the red book chart; outreach notes e-mailed to Sophie after each visit"],
                ["New birth visit, then weekly visits: weigh Oakley, see where he sleeps, check the methadone "
                 "box is locked, and watch a feed",
                 "Hayley Moore, health visitor",
                 "New birth visit within 7 days of discharge, then weekly until the 6-8 week check",
                 "Health visiting record, with safe sleep and the locked box written up at every visit"],
                ["Home visits, one in three unannounced: see Oakley awake and undressed, and see who is caring "
                 "for him",
                 "Sophie Turner, social worker",
                 "Within 2 working days of discharge, then every week until the review conference",
                 "Visit records within 48 hours, with where Oakley slept and who was with him"],
                ["Stay at the flat at night and do the 2am and 5am feeds with Jade",
                 "Sandra Lowther, maternal grandmother",
                 "Every night for the first 7 nights after discharge",
                 "Sandra signs the feed chart each morning; Carol reads it at her visits"],
                ["Have Oakley at her house so that Jade can go to her key work and her recovery group",
                 "Sandra Lowther, maternal grandmother",
                 "Every Tuesday and Thursday, 9am to 1pm, from discharge until the review conference",
                 "Sandra texts Sophie each time; the ERS register shows Jade at key work on those days"],
                ["Keep Jade's take-home methadone in the locked box, out of Oakley's reach, and never give "
                 "Oakley any medicine that has not been prescribed for him",
                 "Jade and Lee",
                 "Every day from discharge",
                 "Locked box seen at every health visitor and social worker visit and noted in their records"],
                ["Oakley's 6-8 week check, with a letter to Sophie about his growth and care",
                 "Dr Graham Ellis, GP, Ewenridge Health Centre",
                 "At the 6-8 week check",
                 "GP letter on Sophie's file within a week of the check"],
                ["Neonatal follow-up clinic for Oakley's growth, development and any late withdrawal signs",
                 "Dr Alan Tse, consultant neonatologist",
                 "At 6 weeks' corrected age (week of 16/03/2026)",
                 "Clinic letter to the GP, the health visitor and Sophie"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jade or Lee seem to be under the influence of drugs or alcohol on the unit: the nurse in charge "
            "does not let them hold or feed Oakley on their own, calls hospital security if needed, and rings "
            "Sophie (or the Emergency Duty Team) at once. Sophie holds a strategy discussion with the police "
            "and health the same day, and discharge is put back until the discharge planning meeting has met "
            "again.",
            "If an oral fluid test shows heroin or cocaine, or Jade misses her supervised dose two days running, "
            "after Oakley is home: Sophie holds a strategy discussion the same day, and Oakley and Jade move to "
            "Sandra's house (agreed by Sandra on 12/01/2026), with Sandra there at all times, until the "
            "strategy discussion has decided what happens next.",
            "If Sandra cannot do her nights, her Tuesday and Thursday mornings or her part above (she is ill, "
            "away, or it is too much for her), she or Jade rings Sophie that day. Before discharge, Oakley "
            "stays on the unit until the discharge planning meeting agrees another adult. After discharge, "
            "Carol or Hayley visits every day until the core group agrees who else can help, and if Oakley "
            "needs to leave the flat and Sandra cannot have him, Sophie arranges a foster placement the same "
            "day.",
            "If Oakley's withdrawal signs come back at home (high-pitched crying, not feeding, vomiting, a "
            "fever), Jade or Lee rings the Kestrel Unit's 24-hour number or 999, and Oakley is readmitted.",
            "If Jade uses heroin or cocaine again, if Oakley is given anything that was not prescribed for "
            "him, or if Jade or Lee is found asleep or under the influence while caring for him, Sophie will "
            "ask Paul Ryder for a legal planning meeting within 5 working days to decide whether to start the "
            "Public Law Outline or apply to court.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meeting: 23/01/2026 at 2pm, Kestrel Unit parents' room.",
            "Core group within 10 working days of the conference, on 27/01/2026, then every four weeks at "
            "Ewenridge Family Hub at 10am: 24/02/2026 and 24/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Ewenridge Civic Centre.",
        ]),
    ],
    "findings": [],
})
