"""Batch 170, module f: seven fictional plans (tuning material, split "tune"), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint, importing it or reading its code.

Focus: plans written with other agencies, in their own words for when and
how we will know. Each plan is co-written or led by a different setting and
is in a template of its own, carrying that setting's vocabulary: a
midwifery-led pre-birth plan (weeks of pregnancy, CO readings, the birth
plan alert, the new birth visit), a school's part folded into a review plan
(DSL, SENCO, attendance officer, CPOMS, Boxall profile, "every school day at
registration", "by the end of the spring term"), a joint CPA and child
protection plan with a perinatal mental health team (care coordinator,
relapse signature, crisis plan, lithium levels), a recovery service's part
(key work, supervised consumption, urine screens, hair strand tests,
breathalyser readings), a domestic abuse partnership's part (MARAC, IDVA,
marker, bail checks "until bail conditions end", Operation Encompass), a
joint child protection and youth justice referral order plan with CAMHS
(AssetPlus needs, NRM, RCADS, panel reviews, return home interviews), and a
neonatal unit's discharge plan (corrected age, rooming-in, "within 24 hours
of discharge", the red book chart). Most actions in every plan are sound. In
the faulty plans a few times and measures only look like one ("when Chloe is
ready", "as clinically indicated", "as per CPA", "PRN", "TBC", "when Kai is
ready", "to be discussed", "engagement with the health visiting service",
"improvement in Joy's sleep", "engagement with key work", "monitor
engagement"), and a few actions have none at all.

1. a pre-birth plan led by the specialist safeguarding midwife for a
   19-year-old care leaver's baby, the father's domestic abuse history the
   worry, her aunt staying after the birth: one Word table whose first
   column gives the time in weeks of pregnancy and then the baby's age
   (docx): faults are stop-smoking help "when Chloe is ready", growth scans
   "as clinically indicated", the health visitor's antenatal contact
   measured by "engagement", a housing application with an empty "Where it
   will be recorded" cell, "Family network" sharing worries, and nothing
   said if the aunt's help fails (T002 x2, M002, M001, W002, C003);
2. a review conference plan for an 8-year-old with speech, language and
   hearing needs and his 5-year-old sister (neglect: left alone before
   their mother's early shifts), with a family and agencies table and then
   the school's own part (DSL, SENCO, attendance officer, ELSA, Reception
   teacher) in the school's words (md, exemplary);
3. a joint CPA and child protection plan with the perinatal mental health
   team after a mother's postpartum psychosis and Mother and Baby Unit
   stay, printed with page headers and footers, one table with a "Plan"
   column (CPA / CP) (pdf): faults are the care coordinator's home visits
   "as per CPA" that only check and support, the psychologist's CBT
   measured only by attendance, the grandmother's nights measured by
   "improvement in Joy's sleep", a passive referral for a Mother and Baby
   Unit pre-admission visit with "-" for who, a young carers' assessment
   with "-" for when, an outcome about the mother only, and no legal
   planning (T002, H001 x2, M002, W001, T001, F002, R002);
4. a recovery and safety agreement written at the second core group with
   the drug and alcohol service for two children whose father is on
   methadone and lapsed to heroin and whose mother drinks, a plain-text
   agreement in parts "What Steven will do", "What Flaskby Recovery
   Partnership will do" and so on, each item with "When:" and "We'll know:"
   lines (txt): faults are key work measured by "engagement with key work",
   oral fluid tests "PRN", a naloxone kit and lock box with "-" for we'll
   know, the mother's hair strand test "TBC", a young carers referral with
   "-" for when, and a "What everyone will do" part (M002, T002 x2, M001,
   T001, W002);
5. an initial conference plan co-written with the domestic abuse
   partnership after a non-fatal strangulation, with a MARAC and criminal
   justice summary, the bail conditions, and a plan table split by strand
   banner rows, every row with a lead agency and person, an "Until / by"
   and the record that will show it (pdf, exemplary);
6. a joint child protection and youth justice plan for a 15-year-old on a
   referral order who is criminally exploited and self-harms, with CAMHS,
   the YJS case manager and the pupil referral unit, a table tagging each
   row CP, YJS, CAMHS or education (md): faults are CAMHS therapy "when Kai
   is ready", the PRU's part measured by "monitor engagement", a careers
   route "to be discussed", "All agencies" sharing intelligence, a
   parenting course with nothing in how we'll know, the mother's
   depression recorded with no adult service owning any action, and a
   review conference "date to be confirmed" (T002 x2, M002, W002, M001,
   F004, R001);
7. a neonatal unit's discharge planning record and child protection plan
   for a baby born at 33 weeks whose mother has poorly controlled epilepsy,
   with the grandmother at home, a Word table split by discharge phase
   banners (before discharge, day of discharge, first two weeks home, to
   the review conference) with "Task / Responsible / Timing / Evidence in
   the notes" columns (docx, exemplary).

Three plans (2, 5 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the children's voice or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; where a parent is ill an adult service owns actions (the epilepsy
nurse and neurologist in plan 7); none has a mental health service that
only supports.

Counting convention used for "actions" (README convention 1): each row of
an action table (strand and phase banner rows are headings, not actions),
and each numbered item of the agreement's parts, counts once, whatever
number of sentences it holds. The test results table, the relapse
signature, the visiting notes, outcomes and discharge criteria, the
contingency or crisis plan, meeting dates and views are not actions.
Counts: 17, 15, 13, 20, 17, 16 and 17.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan led by the specialist safeguarding midwife: one Word table
#    whose first column gives the time in weeks of pregnancy, then the
#    baby's age. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_fawnleigh_prebirth_midwife_led_gestation_first_column_pritchard.docx",
    "doc_title": "Joint Pre-birth Child Protection Plan - Baby Pritchard",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "template": "joint-prebirth-plan-docx-landscape-maternity-led-obstetric-details-kv-why-we-are-worried-going-well-chloes-words-and-the-babys-world-outcomes-then-one-table-when-in-weeks-of-pregnancy-or-babys-age-first-column-what-will-happen-lead-where-it-will-be-recorded-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Pre-birth plan led by the specialist safeguarding midwife, written with children's services, "
        "for the unborn baby of a 19-year-old care leaver who booked late; the baby's father has a "
        "history of domestic abuse with a previous partner and punched a door beside her at Christmas, "
        "and her maternal aunt will stay for the first two weeks after the birth. One landscape Word "
        "table whose first column gives the time in the maternity team's words (by 27/40, every "
        "antenatal appointment, before discharge from the postnatal ward, at the 10-14 day new birth "
        "visit, at the 6-8 week check), then what will happen, the lead, and where it will be "
        "recorded (CO readings, the maternity notes, the red book chart, EPDS scores). Most rows are "
        "sound. Faults: stop-smoking help 'when Chloe is ready'; serial growth scans 'as clinically "
        "indicated'; the health visitor's antenatal contact measured by 'engagement with the health "
        "visiting service'; the housing application has an empty record cell; 'Family network' "
        "shares worries about the father; and the contingency sends Chloe to her aunt but says "
        "nothing if the aunt's help fails."
    ),
    "blocks": [
        ("title", "Joint Pre-birth Child Protection Plan"),
        ("p", "Fawnleigh Maternity Services (Birch Unit, Fawnleigh General Hospital) with Fawnleigh Children's "
              "Services, Pre-birth and Infant Team. This plan is led by the specialist safeguarding midwife and "
              "was agreed at the pre-birth initial child protection conference on 03/02/2026."),
        ("kv", [
            ("Unborn baby", "Baby Pritchard, a boy, EDD 18/05/2026 (from the anomaly scan), to be born at the "
                            "Birch Unit, Fawnleigh General Hospital"),
            ("Mother", "Chloe Pritchard (19), G1 P0, booked at 21 weeks on 06/01/2026; 25+1 weeks at the "
                       "conference. Care leaver; lives alone at Flat 3, 18 Mill Street, Fawnleigh FW2 6RA"),
            ("Baby's father", "Dean Ashworth (26), 40 Canal Side, Fawnleigh; not living with Chloe"),
            ("Maternal aunt", "Bev Pritchard (42), 14 Larkspur Way, Fawnleigh; Chloe lived with her from 15 "
                              "to 17"),
            ("Category", "Emotional abuse (risk from domestic abuse)"),
            ("Lead midwife", "Rosie Gallagher, specialist safeguarding midwife, Birch Unit"),
            ("Community midwife", "Sade Adeyemi, Fawnleigh Hill midwifery team"),
            ("Social worker", "Priya Nandra (team manager: Owen Letts)"),
            ("Health visitor", "Lorna Fisk, Fawnleigh 0-19 Service"),
            ("Chair", "Margaret Osei, independent reviewing officer"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Chloe did not tell anyone she was pregnant until she was 21 weeks, so she has missed her early "
              "antenatal care, her booking bloods were late and the baby was measuring small for dates (on the "
              "10th centile) at the anomaly scan. Chloe smokes about ten cigarettes a day; her CO reading at "
              "booking was 14 ppm."),
        ("p", "Dean was convicted of assaulting a previous partner in 2023, and his daughter from that "
              "relationship is on a child protection plan in Marlhaven. On 27/12/2025 neighbours called the "
              "police when Dean and Chloe were shouting at the flat; Dean had punched a hole in the bedroom "
              "door, and the next day the community midwife saw a bruise on Chloe's upper arm, which Chloe "
              "said came from a fall. Chloe has agreed that Dean will not stay overnight at the flat while the "
              "pre-birth assessment is done."),
        ("p", "The flat is a one-bedroom flat with black mould in the bedroom and a broken extractor fan. Chloe "
              "has no cot yet. Chloe has no history of mental health difficulties; her EPDS score at booking "
              "was 6."),
        ("h1", "What is going well"),
        ("bullets", [
            "Since booking Chloe has been to every antenatal appointment, and she told the midwife about the "
            "night of 27/12/2025 herself when she was seen on her own.",
            "Chloe has a good relationship with her personal adviser from the Leaving Care Team and has kept "
            "her tenancy for two years.",
            "Bev has said she will stay at the flat for the first two weeks after the birth, and Chloe can go "
            "to Bev's at any time.",
            "Dean came to the conference, accepted that he has been violent in the past, and has asked for a "
            "place on a domestic abuse programme.",
        ]),
        ("h1", "Chloe's words and the baby's world"),
        ("p", "Chloe (talking with Rosie on 28/01/2026): “I want to do this properly. I know what it's like "
              "growing up with people shouting.” “Dean's not like he was with his ex, but I get it, you have to "
              "check.” “I'm scared about the nights on my own, that's why I want Bev there.”"),
        ("p", "The baby cannot tell us about his world, so this is what we know of it now. He is growing but "
              "small for dates, and he is breathing his mother's cigarette smoke. Chloe feels him kick most "
              "evenings and talks to him; she has bought a Moses basket and a car seat from a friend. On the "
              "night of 27/12/2025 the baby was inside his mother while his father shouted and smashed the "
              "door, and Chloe told Rosie her stomach was “going mad” afterwards."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby grows well before he is born, is born safely at the Birch Unit and goes home only when "
            "a discharge plan is agreed.",
            "The baby lives in a home with no violence, shouting or threats, and with a mother who knows what "
            "to do if she is frightened.",
            "The baby sleeps safely in his own cot in a warm, dry, smoke-free room.",
            "The baby is fed, settled and regains his birth weight by 14 days old, and has every check on "
            "time.",
        ]),
        ("h1", "The plan"),
        ("p", "The first column is when, in the maternity team's words: 27/40 means 27 weeks of pregnancy. "
              "After the birth it is the baby's age or a named check."),
        ("table", {
            "header": ["When (weeks / baby's age)", "What will happen", "Lead", "Where it will be recorded"],
            "widths": [4.6, 9.1, 5.0, 7.0],
            "rows": [
                ["By 27/40 (16/02/2026)",
                 "Put a birth plan alert on the maternity record and share it with the labour ward and the "
                 "postnatal ward: Children's Services to be told when Chloe is admitted, and the baby not to "
                 "go home until the SW has confirmed the discharge plan",
                 "Rosie Gallagher, specialist safeguarding midwife",
                 "Alert visible on the maternity record; a copy e-mailed to the SW and kept on the baby's "
                 "file"],
                ["Every antenatal appointment (fortnightly from 28/40, weekly from 36/40)",
                 "Antenatal checks at the Fawnleigh Hill Children's Centre clinic, with a CO reading and the "
                 "routine question about domestic abuse asked when Chloe is seen on her own",
                 "Sade Adeyemi, community midwife",
                 "Each check and CO reading in the maternity notes; any missed appointment e-mailed to the SW "
                 "the same day"],
                ["When Chloe is ready",
                 "Refer Chloe to the Fawnleigh Stop Smoking in Pregnancy service and start her on nicotine "
                 "replacement",
                 "Sade Adeyemi, community midwife",
                 "CO readings under 4 ppm in the maternity notes"],
                ["As clinically indicated",
                 "Serial growth scans to check the baby's growth, as the anomaly scan put him on the 10th "
                 "centile",
                 "Miss Funmi Okafor, consultant obstetrician",
                 "Scan reports and the baby's customised growth chart in the maternity notes"],
                ["By 30/40 (09/03/2026)",
                 "Antenatal home contact: see the flat, talk through safe sleep, the ICON programme on "
                 "infant crying, and the baby's first weeks with Chloe",
                 "Lorna Fisk, health visitor",
                 "Engagement with the health visiting service"],
                ["Weekly from 05/02/2026 until the birth, then twice a week until the baby is four weeks old",
                 "Visit Chloe at the flat, one visit in three unannounced, and see her on her own; after the "
                 "birth see the baby awake and undressed",
                 "Priya Nandra, SW",
                 "Visit record on file within two working days, with what Chloe says and, after the birth, "
                 "how the baby looked and fed"],
                ["Completed by 34/40 (06/04/2026)",
                 "Pre-birth parenting assessment of Chloe and Dean, including Dean's history with his older "
                 "child and what Chloe would do if he became violent",
                 "Priya Nandra, SW",
                 "Written assessment with a recommendation, shared with Chloe, Dean and the core group by "
                 "06/04/2026"],
                ["Every Tuesday evening for 17 weeks from 10/02/2026",
                 "Go to the Fawnleigh Change domestic abuse perpetrator programme and tell the facilitator "
                 "about any argument with Chloe",
                 "Dean Ashworth",
                 "Attendance register and the facilitator's mid-point report to the SW by 14/04/2026"],
                ["By 28/40 (23/02/2026), then monthly until the review conference",
                 "Check police systems for any call-out involving Dean or Chloe, share it with the SW, and "
                 "keep the domestic abuse marker on Chloe's flat",
                 "DS Marcus Hale, Fawnleigh Police Safeguarding Hub",
                 "Written police check on the baby's file each month; marker confirmed on the police "
                 "system"],
                ["Fortnightly from 10/02/2026 until the baby is 12 weeks old",
                 "Safety planning with Chloe, with a plan for labour, the ward and the first night home",
                 "Jade Morrow, IDVA, Fawnleigh Women's Aid",
                 "Signed safety plan on the SW's file by 28/40, and an updated plan within a week of the "
                 "birth"],
                ["By 32/40 (23/03/2026)",
                 "Help Chloe apply to Fawnleigh Homes for a damp-free flat with a separate bedroom for the "
                 "baby",
                 "Kyle Benson, personal adviser, Leaving Care Team",
                 ""],
                ["By 36/40 (20/04/2026)",
                 "Safe sleep and bath-time session with Chloe and Bev using a practice doll, and a check that "
                 "the Moses basket, mattress and car seat are ready",
                 "Lorna Fisk, health visitor",
                 "Safe sleep checklist signed by Chloe and Bev on the health visiting record"],
                ["From the day Chloe and the baby come home, for the first 14 nights",
                 "Stay at the flat overnight, help Chloe with night feeds, and be the adult who wakes Chloe "
                 "if she falls asleep with the baby on the sofa",
                 "Bev Pritchard, maternal aunt",
                 "Bev's night-feed chart, read by the health visitor at the new birth visit and by the SW at "
                 "each visit"],
                ["Same day",
                 "Tell Rosie or Priya the same day about any argument, threat or visit from Dean that "
                 "frightens Chloe",
                 "Family network",
                 "Logged on the baby's chronology by the SW"],
                ["Before discharge from the postnatal ward",
                 "Discharge planning meeting on the ward with Chloe, Bev, the SW and the health visitor; "
                 "newborn and NIPE checks done and the discharge plan agreed",
                 "Midwife in charge, Birch Unit postnatal ward",
                 "Signed discharge plan in the baby's notes and e-mailed to the SW before the baby leaves the "
                 "ward"],
                ["At the 10-14 day new birth visit and at the 6-8 week review",
                 "Weigh the baby and plot his weight in the red book; ask Chloe about her mood (Whooley "
                 "questions and EPDS) and about Dean",
                 "Lorna Fisk, health visitor",
                 "Weights on the red book centile chart, back to birth weight by day 14; EPDS scores in the "
                 "health visiting record and copied to the SW"],
                ["At the 6-8 week check",
                 "Postnatal check of Chloe and the baby's 6-8 week examination, including feeding, weight "
                 "and contraception",
                 "Dr Helen Quayle, GP, Fawnleigh Road Surgery",
                 "GP letter to the SW within a week of the check"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Dean is found at the flat overnight, or there is any violence, threat or damage at the flat, "
            "Chloe rings 999 and the police attend as a priority because of the marker. Priya (or the "
            "Emergency Duty Team out of hours) holds a strategy discussion with the police the same day. "
            "Before the birth Chloe goes to stay with Bev at 14 Larkspur Way that night; after the birth Chloe "
            "and the baby go to Bev's that night.",
            "If Chloe misses two antenatal appointments in a row, Sade visits her at home within 48 hours and "
            "Priya goes with her.",
            "If Chloe is admitted in labour before the discharge plan is agreed, the labour ward rings Priya "
            "(or the Emergency Duty Team) when she is admitted, and the baby stays on the postnatal ward until "
            "a discharge planning meeting has been held.",
            "If the pre-birth assessment at 34/40 concludes that Chloe cannot keep the baby safe from Dean, or "
            "there is any further violence before the birth, Priya will ask Owen Letts for a legal planning "
            "meeting within five working days to decide whether to start PLO pre-proceedings before the baby "
            "is born.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Fawnleigh Hill Children's Centre, 10am: 17/02/2026, 17/03/2026 and "
            "14/04/2026.",
            "Review child protection conference: 28/04/2026, 2pm, Fawnleigh Civic Centre (Chloe will be 37 "
            "weeks).",
        ]),
        ("p", "Plan written by Rosie Gallagher and Priya Nandra and sent to Chloe, Dean, Bev and every agency "
              "on 05/02/2026."),
    ],
    "findings": [
        F("T002", "Refer Chloe to the Fawnleigh Stop Smoking in Pregnancy service"),
        F("T002", "Serial growth scans to check the baby's growth"),
        F("M002", "Antenatal home contact: see the flat, talk through safe sleep"),
        F("M001", "Help Chloe apply to Fawnleigh Homes for a damp-free flat"),
        F("W002", "Tell Rosie or Priya the same day about any argument"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan with the school's part folded in: a family and
#    agencies table, then the school's own table in the school's words (who
#    at school, when in the school day or year, what school will record and
#    send). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_felstrand_rcpc_school_part_dsl_senco_attendance_kowalczyk.md",
    "split": "tune",
    "actions": 15,
    "template": "rcpc-plan-md-details-table-why-still-a-plan-what-school-has-seen-going-well-what-oliwer-and-zuzia-say-outcomes-then-part-a-family-and-agencies-what-who-when-how-well-know-table-then-part-b-the-schools-part-who-at-school-what-school-will-do-when-in-the-school-day-or-year-what-school-will-record-and-send-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for an 8-year-old with glue ear, a hearing aid and speech "
        "and language needs, and his 5-year-old sister in Reception, whose mother left them asleep "
        "alone before her 5am cleaning shifts; their maternal aunt sleeps over until the mother's new "
        "shifts start. Part A is a family and agencies table (What / Who / When / How we'll know); "
        "Part B is the school's own part, written with the DSL, the SENCO and the attendance officer "
        "in the school's words: who at school, when in the school day or year ('every school day at "
        "registration', 'by the end of the spring term (27/03/2026)', 'at the SEN support review on "
        "12/02/2026'), and what school will record and send (the register, CPOMS summaries, two Boxall "
        "profiles, a daily hearing-aid log, the child's own worry scale with the ELSA). The aunt's "
        "nights have a fallback, legal planning follows named triggers, and core group and review "
        "dates are set."
    ),
    "text": """\
# Child protection plan – Oliwer and Zuzanna Kowalczyk

**Felstrand County Council · Children's Services · Family Safeguarding Team (Riverside)**
**Written with St Anne's Catholic Primary School, Felstrand · Updated at the first review conference, 20/01/2026**

| | |
|---|---|
| Children | Oliwer Kowalczyk, born 04/06/2017 (8), Year 4; Zuzanna ("Zuzia") Kowalczyk, born 19/03/2020 (5), Reception. Both at St Anne's Catholic Primary School |
| Home | 7 Weaver's Row, Felstrand FS3 2QN, with their mum, Agnieszka Kowalczyk (33). Their dad lives in Poland and has not been in touch since 2022 |
| Maternal aunt | Ewa Nowak (29), 22 Canal Street, Felstrand (five minutes' walk) |
| Category | Neglect (both children). Initial conference 21/10/2025 |
| Language | Agnieszka's first language is Polish; an interpreter (Ms Joanna Wrobel) came to the conference |
| Social worker | Ruth Kellaway (team manager: Samuel Adu) · Chair: Diane Fogarty, IRO |
| School | Mrs Claire Rowntree, DSL and deputy head; Mr Daniel Obi, SENCO; Mrs Sue Harker, attendance officer; Miss Amy Lowe, ELSA; Mrs Hollie Grant, Reception teacher |

## Why there is still a plan

In October Oliwer told his teacher that he and Zuzia "wake up by ourselves" because Mum goes to work "when
it is dark". Agnieszka works as a cleaner at Felstrand Business Park, 5am to 8am and 5pm to 8pm. On those
mornings the children were alone from about 4.30am until they got themselves to school, often late and
without breakfast. Oliwer has glue ear and should wear a hearing aid; it had been broken since the
summer, and he missed two audiology appointments and a speech and language therapy review. Both children
had head lice for most of the autumn term, and their bedroom had no bedding on Zuzia's bed.

Since the conference Agnieszka has stopped leaving the children alone: Ewa sleeps over on every night
before an early shift. Agnieszka's employer has agreed that from 02/03/2026 she will work 9am to 1pm
instead, so that she is home every morning and evening. The plan stays in place until that is working and
the children's health and school needs are met.

## What school has seen this term (from Mrs Rowntree's report)

- Oliwer's attendance this academic year is 88% and Zuzia's is 90%. Since 03/11/2025 neither has been
  late on a morning Ewa brought them.
- Oliwer is in the lowest reading group and often says "what?" in class. Without his aid he misses
  instructions and gets told off, and then he shuts down.
- Zuzia is bright and chatty, but in the autumn she often came in hungry and asked for a second
  breakfast.
- Four CPOMS entries since October about lice, tiredness and hunger; none since 12/12/2025.

## What is going well

- The children have not been left alone since 24/10/2025: Ruth's two early visits (at 6.15am) found Ewa
  there.
- Agnieszka asked her employer for the new shifts herself, and showed Ruth the letter.
- Both children go to breakfast club, and Zuzia "loves the toast".
- Oliwer's new hearing aid mould was fitted in December. He is proud of the blue one he chose.

## What Oliwer and Zuzia say

**Oliwer** (with Miss Lowe using talking mats, 13/01/2026, and with Ruth at home, 15/01/2026): "I don't
like when it's dark and Mama's not there. Now Ciocia Ewa is there and she makes eggs." "My ear is good
with the blue thing, I can hear Mr Davies." "I want to be in the Tigers reading group." He put "home in the
mornings" on the "not sure" side of his mat and "breakfast club" on the "I like" side.

**Zuzia** (drawing with Ruth at home, 15/01/2026): she drew Mum, Ewa, Oliwer and herself "all in the
kitchen". She said: "I don't want to be by myself. I want Mama to take me to school." "The itchy bugs are
gone."

## What we want for Oliwer and Zuzia

1. Oliwer and Zuzia are never left alone at home, and an adult gets them up, fed and to school every
   morning.
2. Oliwer and Zuzia are at school every day, on time, and ready to learn (96% attendance or more).
3. Oliwer can hear in class: he wears a working hearing aid every day and his speech, language and
   hearing needs are met at school and by health.
4. Oliwer and Zuzia are clean, free of lice, and sleep in their own made-up beds in a tidy room.
5. Oliwer and Zuzia can say how they feel, and have an adult at school they trust to tell.

## The plan

### Part A – At home, and with the social worker and health

| What | Who | When | How we'll know |
|---|---|---|---|
| Visit at home, one visit in three before 7.30am to see who is with the children in the morning; see Oliwer and Zuzia each on their own | Ruth Kellaway (SW), with the Polish interpreter when Agnieszka asks | Every two weeks until the review conference on 21/04/2026 | Visit record on file within two working days, with who was at home and each child's own words |
| Start the 9am to 1pm shift pattern agreed with her employer, so she is home to get the children up, fed and to school | Agnieszka (Mum) | From 02/03/2026, every school day | Employer's letter seen by Ruth by 02/03/2026; both children marked in by 8.50am on St Anne's register |
| Sleep over at the flat on every night before one of Agnieszka's early shifts, and take the children to school on those mornings | Ewa Nowak (maternal aunt) | Every early-shift night until 02/03/2026 | Ewa's rota on the fridge, photographed for Ruth each Sunday; the register shows both children in on time on those mornings |
| Take Oliwer to the Felstrand Children's Hearing Service for his glue ear review and hearing test | Agnieszka (Mum) | Appointment on 10/02/2026 | Audiology letter copied to Ruth and Mr Obi by 24/02/2026 |
| Six sessions at home, in Polish, on morning and bedtime routines, treating and checking for head lice, and sorting the children's room and bedding | Marta Zielinska, family support worker, Felstrand Family Hub | Weekly from 27/01/2026; all six by 10/03/2026 | Home conditions checklist scored at the first and last sessions (8/10 or more by the last); both beds made up with clean bedding, seen by Ruth |
| Check both children's hair for lice and weigh and measure them | Nadia Bloom, school nurse, Felstrand 0-19 Service | Every other Monday from 26/01/2026 until the review conference | School nursing record copied to Ruth after each check; no live lice found on three checks in a row |
| Three Houses work with Oliwer and drawings with Zuzia about mornings, school and home | Ruth Kellaway (SW) | Three sessions with each child by 17/03/2026 | The children's Three Houses and drawings on file, with their own words, shared at the core group on 31/03/2026 |
| Have the plan and every core group record translated into Polish and give them to Agnieszka | Ruth Kellaway (SW) | Within five working days of each meeting | Polish copies on file, with the date Agnieszka received each one |

### Part B – St Anne's Catholic Primary School's part

Written with Mrs Rowntree (DSL), Mr Obi (SENCO) and Mrs Harker (attendance officer). "When" is in the
school day or the school year; the last column is what school will write down and send to Ruth.

| Who at school | What school will do | When in the school day or year | What school will record and send |
|---|---|---|---|
| Mrs Sue Harker, attendance officer | Ring Agnieszka (or Ewa on early-shift days) if either child is not in by registration, and make a home visit that morning if no one answers | Every school day at registration (8.50am) | The first-day calling log; the register and late marks e-mailed to Ruth every Friday; both children at 96% or more by the end of the spring term (27/03/2026) |
| Mrs Claire Rowntree, DSL | Record anything staff notice about hunger, hygiene or tiredness, and ring Ruth the same day if either child says they were alone at home | Every school day; same-day call to Ruth | CPOMS entries, with a CPOMS summary e-mailed to Ruth each Friday |
| Mrs Claire Rowntree, DSL | Keep a free breakfast club place for both children, so they eat before lessons | Every school day from 7.45am, from 26/01/2026 | Breakfast club register, sent to Ruth with the attendance each Friday |
| Mr Daniel Obi, SENCO | Complete a Boxall profile for Oliwer, start him in the Acorn nurture group, and repeat the Boxall at the end of term | First Boxall by 06/02/2026; nurture group three afternoons a week from 09/02/2026; second Boxall by the end of the spring term (27/03/2026) | Both Boxall profiles on Oliwer's SEN file and sent to Ruth, with the scores side by side |
| Mr Daniel Obi, SENCO | Update Oliwer's SEN support plan with the speech and language therapist's targets, seat him near the teacher, and have his hearing aid checked as he comes in | Plan updated at the SEN support review on 12/02/2026; hearing-aid check every school day at registration | Signed SEN support plan sent to Agnieszka (in Polish) and Ruth; the class TA's daily hearing-aid log, with any day the aid is missing or flat rung through to Agnieszka that morning |
| Miss Amy Lowe, ELSA | ELSA sessions with Oliwer about worries, feelings and who he can tell | Wednesdays, six sessions from 28/01/2026 to 04/03/2026 | Oliwer's own 1 to 10 worry scale at the start and end of each session, recorded by Miss Lowe and sent to Ruth after the sixth session |
| Mrs Hollie Grant, Reception teacher | Assess Zuzia's communication and language and her personal, social and emotional development, and share the summary with Agnieszka | By the end of the spring term (27/03/2026) | Written summary in Zuzia's learning journey, gone through with Agnieszka at parents' evening on 24/03/2026 and copied to Ruth |

## If things go wrong

- **If either child is found alone at home, or says they were alone,** school rings Ruth straight away.
  Ruth (or the Emergency Duty Team out of hours) visits that day and holds a strategy discussion with the
  police the same day. The children stay with Ewa at 22 Canal Street until a safe plan is agreed.
- **If Ewa cannot sleep over on a night before an early shift** (she is ill, away or cannot manage it),
  she or Agnieszka tells Ruth that day and Agnieszka does not work that shift (her employer has agreed to
  this). If Ewa's help stops altogether before 02/03/2026, Ruth will ask the employer to bring the new
  shifts forward, and until then Agnieszka's friend Magda Lis (checked and agreed at the conference) sleeps
  over instead.
- **If either child's attendance falls below 90% in any four-week period,** Mrs Harker holds an attendance
  meeting with Agnieszka within five school days and Ruth visits within two working days.
- **If Oliwer's hearing aid is missing or broken for three school days in a row,** Mr Obi rings the
  hearing service that week and Ruth visits within two working days.
- **If the children are left alone again, or if by the review conference on 21/04/2026 attendance is still
  below 92% or the home conditions score is below 6/10,** Ruth will ask Samuel Adu for a legal planning
  meeting within ten working days to decide whether to start PLO pre-proceedings.

## Meetings

- Core group every four weeks at St Anne's, 3.30pm: 10/02/2026, 10/03/2026 and 31/03/2026 (an
  interpreter is booked for each).
- Review child protection conference: 21/04/2026, 10am, Felstrand County Hall, Room 4.

Plan written by Ruth Kellaway with Mrs Rowntree, Mr Obi and Mrs Harker; sent in English and Polish to
Agnieszka, Ewa and every agency on 23/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Joint CPA and child protection plan with the perinatal mental health
#    team after postpartum psychosis: CPA details, relapse signature, one
#    table with a "Plan" column (CPA / CP / CPA + CP). Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_finchmoor_joint_cpa_and_cp_plan_column_perinatal_adebayo.pdf",
    "doc_title": "Joint CPA and Child Protection Plan - Zion and Amara Adebayo",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "min_pages": 2,
    "header": "Finchmoor Perinatal Mental Health Service and Finchmoor Children's Services · Joint CPA and Child Protection Plan",
    "footer": "Zion and Amara Adebayo · agreed 02/02/2026 · OFFICIAL-SENSITIVE · Page {PAGE} of {NUMPAGES}",
    "template": "joint-cpa-and-child-protection-plan-paged-landscape-header-footer-who-the-plan-is-for-kv-cpa-details-kv-why-there-is-a-plan-relapse-signature-bullets-going-well-zions-day-and-amaras-words-outcomes-then-one-table-ref-plan-cpa-or-cp-what-will-happen-who-when-how-we-will-know-then-crisis-and-contingency-meetings",
    "description": (
        "Joint plan agreed at a CPA review and a review child protection conference for a 4-month-old "
        "and a 6-year-old whose mother has bipolar affective disorder and had postpartum psychosis, "
        "walking on the ring road at 2am with the baby while the older child was alone at home; she "
        "spent five weeks at a Mother and Baby Unit and is on lithium. Printed with a page header and "
        "footer: who the plan is for, CPA details (care coordinator, consultant, CPA reviews), the "
        "relapse signature from her crisis plan, the baby's day and the 6-year-old's words, outcomes, "
        "then one table whose 'Plan' column says whether each row belongs to the CPA, the child "
        "protection plan or both. Most rows are sound (lithium levels 'every 3 months (next "
        "16/03/2026)', ASQ-3 'at the 6-month contact'). Faults: the care coordinator's home visits "
        "'as per CPA' only check and support; the psychologist's CBT is measured only by attendance; "
        "the grandmother's nights are measured by 'improvement in Joy's sleep'; a Mother and Baby Unit "
        "pre-admission referral is passive with '-' for who; the young carers' assessment has '-' for "
        "when; one outcome is about the mother's mental health only; and nothing says legal planning "
        "follows if things do not change."
    ),
    "blocks": [
        ("title", "Joint CPA and Child Protection Plan"),
        ("p", "Agreed at Joy Adebayo's CPA review on 29/01/2026 and at the review child protection conference "
              "for Zion and Amara on 02/02/2026. This one plan replaces the separate CPA care plan and child "
              "protection plan: the Plan column shows which each row belongs to."),
        ("h2", "Who the plan is for"),
        ("kv", [
            ("Children", "Zion Adebayo, born 28/09/2025 (4 months); Amara Adebayo, born 11/07/2019 (6), Year 2 "
                         "at Finchmoor Green Primary School"),
            ("Home", "56 Orchard Rise, Finchmoor FM4 7DE"),
            ("Mother", "Joy Adebayo (29)"),
            ("Father", "Daniel Adebayo (32), bus driver, Finchmoor Bus Depot; lives at home"),
            ("Paternal grandmother", "Grace Adebayo (58), 3 Elm Terrace, Finchmoor"),
            ("Maternal aunt", "Comfort Mensah (34), 81 Station Road, Finchmoor"),
            ("Category", "Neglect (both children). Initial conference 10/11/2025; first review 02/02/2026"),
            ("Social worker", "Tendai Moyo (team manager: Louise Barker) · Chair: Paul Hendry, IRO"),
        ]),
        ("h2", "CPA details"),
        ("kv", [
            ("Diagnosis", "Bipolar affective disorder; postpartum psychosis (October 2025)"),
            ("Care coordinator", "Rachel Imrie, community psychiatric nurse, Finchmoor Perinatal Mental Health "
                                 "Service"),
            ("Consultant", "Dr Tomás Ferreira, consultant perinatal psychiatrist"),
            ("Medication", "Lithium carbonate 800mg at night; GP: Dr Ruth Hammond, Finchmoor Road Surgery"),
            ("CPA reviews", "Every three months; last 29/01/2026, next 30/04/2026"),
            ("Crisis line", "Finchmoor Home Treatment Team, 24 hours: 01632 960 222"),
        ]),
        ("h2", "Why there is a plan"),
        ("p", "Three weeks after Zion was born Joy became very unwell. On 16/10/2025 the police found her at 2am "
              "walking along the ring road carrying Zion in a blanket, saying they had to get away before "
              "“they” came. Amara, then 6, was at home on her own; Daniel was on a night shift. Joy was "
              "admitted with Zion to Willow Mother and Baby Unit for five weeks and came home on 12/12/2025. "
              "Joy has been well since, but the risk of another episode in the first year after a birth is "
              "high, and lack of sleep is her main trigger. When Joy was unwell Amara got herself and Zion up "
              "and told her teacher she “looks after Mummy now”."),
        ("h2", "Joy's relapse signature (from her crisis plan)"),
        ("bullets", [
            "Sleeping less than four hours a night, and saying she does not need to sleep.",
            "Talking very fast, starting lots of jobs in the house and not finishing them.",
            "Spending money she does not have, or giving things away.",
            "Saying that Zion is “special” or in danger from people outside, and wanting to go out at night.",
            "Stopping her lithium, or saying she is cured.",
        ]),
        ("h2", "What is going well"),
        ("bullets", [
            "Joy has taken her lithium every night since discharge; her last level (13/01/2026) was 0.7.",
            "Joy knows her early warning signs and wrote them out herself with Rachel.",
            "Daniel has changed to early shifts for most of the week and does Zion's bath and bedtime.",
            "Grace has stayed overnight on every night Daniel has worked late since December.",
        ]),
        ("h2", "Zion's day and Amara's words"),
        ("p", "Zion cannot tell us about his day, so this is what we have seen. He is a smiley, settled baby who "
              "follows Joy around the room with his eyes. On 27/01/2026 Tendai watched Joy feed and change "
              "him; she talked to him all through it and he babbled back. He is on the 50th centile. When Joy "
              "was tired on 21/01/2026 she left him in his bouncer for most of the visit and he cried for long "
              "spells before she noticed."),
        ("p", "Amara (seen on her own at school, 26/01/2026): “Mummy was poorly in her head and went to a "
              "special hospital with Zion. I had to do my own breakfast.” “Now Nanny Grace comes and does the "
              "night milk.” “If Mummy goes funny again I would tell Miss Patel.” She would like “a club where "
              "other kids have poorly mummies”. She scored feeling safe at home 8 out of 10."),
        ("h2", "What we want for Zion and Amara"),
        ("numbers", [
            "Zion is fed, changed and settled by a well adult, day and night, and keeps growing along his "
            "centile.",
            "Amara goes to school every day, knows who to tell if Mummy seems unwell, and is never the one who "
            "looks after Mummy or Zion.",
            "Zion and Amara are never left alone with Joy when she is unwell, and an adult acts the same day "
            "when her early warning signs show.",
            "Joy's mental health will remain stable and she will stay well on her medication.",
        ]),
        ("h2", "The joint plan"),
        ("table", {
            "header": ["Ref", "Plan", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.1, 1.8, 8.2, 4.6, 4.4, 5.6],
            "rows": [
                ["J1", "CP",
                 "Visit at home, one visit in three unannounced; see Zion awake and Amara on her own, and "
                 "check who is caring for Zion overnight",
                 "Tendai Moyo, SW",
                 "Weekly until the next review conference (05/05/2026)",
                 "Visit record on file within two working days, with Amara's words and how Zion was"],
                ["J2", "CPA",
                 "Home visits to Joy to check her mood, sleep and medication and go through her early "
                 "warning signs with her",
                 "Rachel Imrie, care coordinator (CPN), Finchmoor Perinatal Mental Health Service",
                 "As per CPA",
                 "Early warning signs checklist completed with Joy and a copy sent to the SW"],
                ["J3", "CPA + CP",
                 "Review Joy's lithium and mood in clinic, and write a report for the core group on whether "
                 "Joy is making the changes Zion and Amara need, her risk of relapse, and how long it is "
                 "likely to be before she can care for Zion on her own at night",
                 "Dr Tomás Ferreira, consultant perinatal psychiatrist",
                 "Clinic every six weeks; written report by 14/04/2026",
                 "Dr Ferreira's report on the children's file by 14/04/2026, before the review conference"],
                ["J4", "CPA",
                 "Have her lithium level, thyroid and kidney bloods taken at the surgery",
                 "Joy",
                 "Every 3 months (next 16/03/2026)",
                 "Lithium level between 0.6 and 0.8 on the GP record, copied to Dr Ferreira and the SW"],
                ["J5", "CPA",
                 "Twelve sessions of CBT for Joy's anxiety and low mood after her admission",
                 "Dr Saoirse Kenny, clinical psychologist, Finchmoor Perinatal Mental Health Service",
                 "Weekly from 09/02/2026 to 27/04/2026",
                 "Attendance recorded on the CPA record"],
                ["J6", "CP",
                 "Weigh Zion and plot his weight in the red book, watch a feed and a play time, and do his "
                 "ASQ-3",
                 "Nicola Reeves, specialist health visitor (perinatal)",
                 "Every two weeks until Zion is 6 months old (28/03/2026), then monthly; ASQ-3 at the 6-month "
                 "contact",
                 "Weights on the red book chart; ASQ-3 scores in the health visiting record, sent to the SW"],
                ["J7", "CP",
                 "Sleep at the house on the nights Daniel works a late shift and do Zion's night feeds, so "
                 "that Joy can sleep",
                 "Grace Adebayo, paternal grandmother",
                 "Every night Daniel works a late shift, until he moves to early shifts only on 02/03/2026",
                 "Improvement in Joy's sleep"],
                ["J8", "CP",
                 "Give Joy her evening lithium and see her take it, and ring the Home Treatment Team the same "
                 "day if any of her early warning signs appear",
                 "Daniel Adebayo",
                 "Every evening",
                 "Daniel's medication chart, seen by the SW at every visit; any call logged by the Home "
                 "Treatment Team"],
                ["J9", "CP",
                 "A referral will be made for a pre-admission visit to Willow Mother and Baby Unit, so that a "
                 "bed can be offered quickly if Joy becomes unwell",
                 "-",
                 "By 02/03/2026",
                 "Date of the visit on the CPA record"],
                ["J10", "CP",
                 "See Amara at the start of each week, and tell the SW the same day about anything she says "
                 "about home or about Mummy",
                 "Mrs Leena Patel, DSL, Finchmoor Green Primary School",
                 "Every Monday morning until the review conference",
                 "CPOMS notes, with a summary e-mailed to the SW each Friday; Amara's attendance from the "
                 "register"],
                ["J11", "CP",
                 "Young carers' assessment for Amara, and a place at the Saturday club if she wants one",
                 "Jordan Ellis, Finchmoor Young Carers",
                 "-",
                 "Assessment on file and Amara's name on the club register"],
                ["J12", "CP",
                 "Talk with Amara about Mummy's illness using the “Mummy's Got Bipolar” storybook, and hear "
                 "her worries",
                 "Tendai Moyo, SW",
                 "Three sessions by 30/03/2026",
                 "Amara's words and drawings on file; her worry score out of 10 at the first and last "
                 "sessions"],
                ["J13", "CP",
                 "Work early shifts only (6am to 2pm), so that he is at home every evening and night",
                 "Daniel Adebayo",
                 "From 02/03/2026 until the review conference",
                 "Shift rota from the depot, seen by the SW each month"],
            ],
        }),
        ("h2", "Crisis plan and what happens if things go wrong"),
        ("bullets", [
            "If Joy shows two or more of her early warning signs, Daniel or Grace rings the Home Treatment Team "
            "(01632 960 222), who will see Joy within four hours. Until she has been seen, Joy is not left on "
            "her own with Zion, and Daniel or Grace looks after him.",
            "If Joy needs to be admitted, Dr Ferreira will ask for a bed at Willow Mother and Baby Unit for "
            "Joy and Zion; if there is no bed, Joy will be admitted to Larch Ward and Zion will stay at home "
            "with Daniel, with Grace staying.",
            "If Grace cannot stay on one of Daniel's late-shift nights, Daniel will swap to an early shift "
            "(the depot has agreed) or Comfort will stay instead; if neither can, Zion and Amara will sleep "
            "at Comfort's house that night.",
            "If Amara is left on her own, or Joy is found out of the house at night with Zion, the police are "
            "called on 999 and Tendai (or the Emergency Duty Team) holds a strategy discussion with the police "
            "the same day. The children stay with Daniel and Grace, or with Comfort, until it has been held.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Finchmoor Family Hub, 1pm: 17/02/2026, 17/03/2026 and 14/04/2026.",
            "CPA review: 30/04/2026 (Rachel Imrie will send the CPA review letter to the SW within a week).",
            "Review child protection conference: 05/05/2026, 10am, Finchmoor Town Hall.",
        ]),
    ],
    "findings": [
        F("T002", "Home visits to Joy to check her mood, sleep and medication"),
        F("H001", "Home visits to Joy to check her mood, sleep and medication"),
        F("H001", "Twelve sessions of CBT for Joy's anxiety and low mood"),
        F("M002", "Sleep at the house on the nights Daniel works"),
        F("W001", "A referral will be made for a pre-admission visit"),
        F("T001", "Young carers' assessment for Amara, and a place at"),
        F("F002", "Joy's mental health will remain stable and she will stay well on her medication."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Recovery and safety agreement written at the second core group with
#    the drug and alcohol service: plain text in parts, one per person or
#    agency ("What Steven will do" ...), each numbered item with "When:" and
#    "We'll know:" lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_flaskby_recovery_and_safety_agreement_parts_when_well_know_donnelly.txt",
    "split": "tune",
    "actions": 20,
    "template": "cp-recovery-and-safety-agreement-txt-written-with-drug-and-alcohol-service-at-core-group-2-caps-parts-details-why-test-results-since-conference-fixed-width-table-lily-maes-words-harveys-day-outcomes-then-agreement-parts-6a-to-6f-what-each-person-or-agency-will-do-numbered-items-with-when-and-well-know-lines-then-contingency-meetings-legal",
    "description": (
        "A child protection plan rewritten at the second core group as a recovery and safety agreement "
        "with Flaskby Recovery Partnership, for a 9-year-old and a 2-year-old whose father is on "
        "methadone and lapsed to heroin (the toddler was found holding his methadone bottle) and whose "
        "mother drinks heavily at weekends. Plain text: details, why, a fixed-width table of test "
        "results since the conference, the children's words and day, outcomes, then the agreement in "
        "parts (what Steven, Kerry, the recovery service, children's services, school, nursery and "
        "health, and everyone will do), each numbered item with 'When:' and 'We'll know:' lines in the "
        "service's words (supervised consumption, urine drug screens at every key-work session, hair "
        "strand tests in monthly segments, breathalyser readings of 0.00, the 27-30 month review). "
        "Most items are sound. Faults: the father's key work is measured by 'engagement with key "
        "work'; random oral fluid tests are 'PRN'; the naloxone kit and lock box have '-' for we'll "
        "know; the mother's hair strand test is 'TBC'; the young carers referral has '-' for when; and "
        "the 'What everyone will do' part has no single owner."
    ),
    "text": """\
FLASKBY BOROUGH COUNCIL - CHILDREN'S SERVICES
FLASKBY RECOVERY PARTNERSHIP (DRUG AND ALCOHOL SERVICE)

CHILD PROTECTION PLAN: RECOVERY AND SAFETY AGREEMENT
Agreed at core group 2, Tuesday 27/01/2026, Flaskby Family Hub
====================================================================

PART 1 - DETAILS

Children ........ Lily-Mae Donnelly, DOB 02/05/2016 (9), Year 5, Flaskby Primary School
                  Harvey Donnelly, DOB 15/11/2023 (2), Little Owls Nursery (15 hours)
Address ......... 12 Coopers Walk, Flaskby FK6 3TB
Dad ............. Steven Donnelly (38)
Mum ............. Kerry Donnelly (34)
Category ........ Neglect (both children). Initial conference 08/12/2025
Social worker ... Tom Ashby (team manager: Rebecca Holt)
Recovery workers  Joanne Pike (Steven) and Fiona Rae (Kerry), Flaskby Recovery Partnership (FRP)
FRP prescriber .. Dr Alan Whitby
Present at CG2 .. Steven, Kerry, Tom Ashby, Joanne Pike, Fiona Rae, Ian Crowther (DSL, Flaskby
                  Primary), Kelly Marsh (manager, Little Owls), Sian Parry (health visitor)

This agreement replaces the action table from the initial conference. It was written at the
core group with Steven, Kerry and their recovery workers, in words everyone agreed.

PART 2 - WHY THERE IS A PLAN

Steven has been on a methadone script for six years (60ml a day). In November 2025 Harvey was
found in the front room holding Steven's take-home methadone bottle with the lid off. He was
taken to A&E at Flaskby General and kept in overnight; the hospital could not rule out that he
had swallowed some. Two days later a needle was found on the bathroom windowsill. Steven told
the conference he had been using heroin "on and off" since the summer.

Kerry drinks heavily at weekends, mostly cider and vodka, and on 22/11/2025 she was too drunk
to collect Lily-Mae from a friend's birthday party; the friend's mother brought Lily-Mae home at
9pm and found Harvey asleep on the sofa with no adult awake. Lily-Mae has been late to school
on 14 mornings this year and has been getting Harvey's breakfast.

PART 3 - TEST RESULTS SINCE THE CONFERENCE (from the FRP record)

  Date        Who      Test                     Result
  ----------  -------  -----------------------  ------------------------------------------
  16/12/2025  Steven   Urine drug screen        Methadone; opiates (morphine) POSITIVE
  06/01/2026  Steven   Urine drug screen        Methadone only
  13/01/2026  Steven   Urine drug screen        Methadone only
  20/01/2026  Steven   Urine drug screen        Methadone; cocaine POSITIVE
  12/01/2026  Kerry    Breathalyser (Monday)    0.00
  19/01/2026  Kerry    Breathalyser (Monday)    0.09 (said she had "a few" on Sunday night)
  26/01/2026  Kerry    Breathalyser (Monday)    0.00

PART 4 - WHAT LILY-MAE SAYS AND WHAT HARVEY'S DAY IS LIKE

Lily-Mae (seen on her own at school by Tom, 21/01/2026): "Dad's medicine is dangerous for
babies. It lives in the box now." "Mum gets silly on Saturdays and I do Harvey's Coco Pops." "I
want Mum and Dad to be not poorly any more." She scored "how safe is home" 6 out of 10 (it was
4 in December).

Harvey cannot tell us, so this is what we have seen. At nursery he is a busy, happy boy who
loves the sand tray. On two Mondays in January he arrived at 10.30am in the same clothes as on
Friday, and he ate two lunches. At home on 14/01/2026 he tried to climb onto the kitchen worktop
where Steven's lock box had been left open.

PART 5 - WHAT WE WANT FOR LILY-MAE AND HARVEY

5.1 Lily-Mae and Harvey are looked after every day by a parent who is sober and not using
    drugs, and there is always an adult awake and able to care for Harvey.
5.2 Harvey can never get hold of methadone, drugs, needles or alcohol at home.
5.3 Lily-Mae is at school every day on time and no longer gets Harvey up, fed or to bed.
5.4 Harvey goes to every nursery session, clean and fed, and his health and development
    checks are done on time.

PART 6 - THE AGREEMENT

6A  WHAT STEVEN WILL DO

6A.1  Take his methadone every day under supervision at Flaskby Lane Pharmacy and keep no
      take-home doses at the house, so that Harvey and Lily-Mae can never get hold of it.
      When: every day, from 28/01/2026 until the review conference on 05/03/2026.
      We'll know: the pharmacy tells Joanne of any missed dose the same day; none missed on the
      FRP prescribing record.

6A.2  Give a urine drug screen at every key-work session, and an oral fluid test at any
      unannounced visit when Tom or Joanne asks.
      When: every key-work session (Tuesdays) and every unannounced visit.
      We'll know: results on the FRP record, e-mailed to Tom every Friday; no heroin or cocaine
      on any test from 10/02/2026.

6B  WHAT KERRY WILL DO

6B.1  Drink no alcohol at all while she is looking after Lily-Mae or Harvey, including at
      weekends.
      When: every day from 27/01/2026.
      We'll know: a breathalyser reading of 0.00 at every key-work session and at Tom's
      unannounced weekend visits (at least one a fortnight).

6B.2  Go to key work with Fiona and to the Thursday women's group at FRP.
      When: key work every Monday, the group every Thursday, until the review conference.
      We'll know: FRP e-mails Tom Kerry's attendance every Friday.

6C  WHAT FLASKBY RECOVERY PARTNERSHIP WILL DO

6C.1  Key work with Steven on his lapse, what sets it off, and keeping the children safe
      from his medication and drug use.
      When: weekly (Tuesdays) from 03/02/2026.
      We'll know: engagement with key work.

6C.2  Dr Whitby will review Steven's methadone dose and whether a move to buprenorphine
      would help, and write to Tom on how stable Steven is as a parent to Lily-Mae and Harvey
      and how long he is likely to need before he is.
      When: by 24/02/2026.
      We'll know: Dr Whitby's letter on the children's file by 24/02/2026.

6C.3  Fiona will complete an alcohol assessment with Kerry (AUDIT) and decide with her whether
      she needs a community detox.
      When: AUDIT by 06/02/2026; detox decision by 20/02/2026.
      We'll know: the AUDIT score and the detox decision in writing to Tom by 20/02/2026.

6C.4  Joanne will carry out random oral fluid tests with Steven at home.
      When: PRN.
      We'll know: results on the FRP record, copied to Tom.

6C.5  Joanne will give Steven and Kerry a naloxone kit and show them how to use it, and give
      them a lockable medicine box that Harvey cannot open.
      When: by 10/02/2026.
      We'll know: -

6C.6  Joanne and Fiona will write a joint report for each core group and the review
      conference on Steven's and Kerry's test results, whether each is cutting down or
      abstinent, and whether they can keep Lily-Mae and Harvey safe.
      When: two working days before each core group and before the review conference.
      We'll know: the FRP report, with the test results, on Tom's file before each meeting.

6D  WHAT CHILDREN'S SERVICES WILL DO

6D.1  Tom will visit at home, one visit in two unannounced (including one weekend visit a
      fortnight), see Lily-Mae on her own and Harvey awake, and check that the lock box is
      locked and there is nothing Harvey could reach.
      When: weekly until the review conference on 05/03/2026.
      We'll know: visit record on file within two working days, with the lock box seen locked
      and Lily-Mae's own words.

6D.2  Tom will arrange a hair strand test for Steven (drugs, three one-month segments).
      When: sample taken by 10/02/2026; results to Tom by 27/02/2026.
      We'll know: the laboratory report on the children's file, with each month's result.

6D.3  Tom will arrange a hair strand test for Kerry (alcohol, EtG and FAEE).
      When: TBC.
      We'll know: the laboratory report on the children's file.

6D.4  Tom will do four sessions of direct work with Lily-Mae about what she knows of her
      mum's and dad's drinking and drug use, and make a safety card with her.
      When: four sessions by 27/02/2026.
      We'll know: Lily-Mae's words and her "how safe is home" score on file after each
      session; the safety card in her school bag, seen by Tom.

6D.5  Tom will refer Lily-Mae to Flaskby Young Carers for an assessment and their Tuesday
      club.
      When: -
      We'll know: the assessment on file and Lily-Mae's name on the club register.

6E  WHAT SCHOOL, NURSERY AND HEALTH WILL DO

6E.1  Little Owls Nursery (Kelly Marsh) will record when Harvey arrives, how he is, whether
      he eats, and who collects him, and ring Tom the same day if the adult collecting him
      smells of alcohol or seems under the influence.
      When: every nursery session.
      We'll know: the signing-in sheet and a weekly summary e-mailed to Tom each Friday; Harvey
      at every session and in by 9.30am.

6E.2  Mr Ian Crowther (DSL) will see Lily-Mae each Monday morning, ask about her weekend,
      and ring Tom the same day if she says either parent was drunk or using.
      When: every Monday until the review conference.
      We'll know: CPOMS notes summarised to Tom each Friday; Lily-Mae's attendance and late
      marks from the register (95% and no lates by the review conference).

6E.3  Sian Parry (health visitor) will do Harvey's 2-year review with an ASQ-3, and check
      with Kerry and Steven that medicines and alcohol are stored out of his reach.
      When: at his 27-30 month review, by 05/03/2026.
      We'll know: the ASQ-3 scores in the health visiting record, sent to Tom, and the safe
      storage checklist signed by Kerry and Steven.

6E.4  Dr Farah Qureshi (GP, Flaskby Health Centre) will check Kerry's liver function and
      write to Tom on her physical health and how her drinking affects her care of Lily-Mae
      and Harvey.
      When: by 06/03/2026.
      We'll know: the GP letter on the children's file.

6F  WHAT EVERYONE WILL DO

6F.1  Tell Tom the same day about any sign that Steven or Kerry has used drugs or been
      drinking while caring for the children.
      When: the same day.
      We'll know: logged on the children's chronology by Tom.

PART 7 - IF THINGS GO WRONG

7.1 If Steven tests positive for heroin or cocaine, or misses two supervised doses in a week,
    Joanne tells Tom the same day; Tom visits that day, and Steven does not care for Harvey on
    his own until Joanne and Tom agree he is stable.
7.2 If Kerry blows over 0.00 at any visit or session while caring for the children, or either
    parent is found under the influence with the children, the children go to their maternal
    grandmother, Julie Sykes (31 Tanners Lane), that day, and Tom (or the Emergency Duty Team)
    holds a strategy discussion with the police the same day. If Julie cannot have them, the
    children go to Flaskby foster carers that night.
7.3 If Harvey is ever found with methadone, drugs, a needle or alcohol, he is taken straight
    to A&E and the police are called on 999.
7.4 If the hair strand tests show continued heroin or cocaine use, or either parent is found
    under the influence with the children again, or by the review conference the FRP report
    shows no real change, Tom will ask Rebecca Holt for a legal planning meeting within ten
    working days to decide whether to start the Public Law Outline.

PART 8 - MEETINGS

8.1 Core group 3: Tuesday 17/02/2026, 10am, Flaskby Family Hub (core groups every three weeks).
8.2 Review child protection conference: Thursday 05/03/2026, 1.30pm, Flaskby Town Hall.

Signed: Steven Donnelly, Kerry Donnelly, Tom Ashby (SW), Joanne Pike and Fiona Rae (FRP)
Copies to everyone present on 29/01/2026.
""",
    "findings": [
        F("M002", "Key work with Steven on his lapse, what sets it off"),
        F("T002", "Joanne will carry out random oral fluid tests with Steven"),
        F("M001", "Joanne will give Steven and Kerry a naloxone kit"),
        F("T002", "Tom will arrange a hair strand test for Kerry"),
        F("T001", "Tom will refer Lily-Mae to Flaskby Young Carers"),
        F("W002", "Tell Tom the same day about any sign that Steven"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan co-written with the domestic abuse partnership:
#    MARAC and criminal justice summary table, bail conditions, then one
#    plan table split by strand banner rows (Action / Lead agency and person
#    / Until or by / Evidence). Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_fordholme_icpc_da_partnership_marac_bail_strands_hussain.pdf",
    "doc_title": "Joint Safety and Child Protection Plan - Ayaan, Inaya and Rayyan Hussain",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "min_pages": 2,
    "header": "Fordholme Children's Services and Fordholme Domestic Abuse Partnership · Joint Safety and Child Protection Plan",
    "footer": "Hussain children · ICPC 26/01/2026 · OFFICIAL-SENSITIVE · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-with-da-partnership-paged-landscape-header-footer-kv-details-marac-and-criminal-justice-summary-table-bail-conditions-bullets-worries-going-well-childrens-words-outcomes-then-one-table-split-by-three-strand-banner-rows-action-lead-agency-and-person-until-or-by-evidence-on-record-then-if-bail-is-breached-or-ends-meetings",
    "description": (
        "Exemplary initial conference plan co-written with the domestic abuse partnership (police "
        "domestic abuse unit, IDVA, MARAC coordinator, Women's Aid, perpetrator service) for a "
        "10-year-old, a 6-year-old and a 14-month-old after their father strangled their mother in "
        "front of the older two; he is on police bail awaiting a plea hearing. Printed with a page "
        "header and footer: details, a MARAC and criminal justice summary table, the bail conditions, "
        "worries, what is going well, the children's words and the baby's day, outcomes, then one "
        "table split by three strand banner rows (keeping Sana and the children safe, holding Imran "
        "to account, the children's recovery), each row with a lead agency and person, an 'Until / "
        "by' in the partnership's words ('until bail conditions end', 'before the next MARAC on "
        "12/03/2026', 'by 9am the next school day after any call-out', 'within 24 hours of each court "
        "event') and the record that will show it (the MARAC action log, bail check records, CPOMS, "
        "SDQ scores). The grandmother's mornings have a fallback, legal planning follows named "
        "triggers, and core group, MARAC and review dates are set."
    ),
    "blocks": [
        ("title", "Joint Safety and Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference on 26/01/2026. Written by the social worker "
              "with Fordholme Police Domestic Abuse Investigation Unit, the IDVA service and the MARAC "
              "coordinator, so that the MARAC actions and the child protection plan are one plan."),
        ("kv", [
            ("Children", "Ayaan Hussain, born 14/09/2015 (10), Year 6, and Inaya Hussain, born 02/02/2019 (6), "
                         "Year 2, both at Fordholme Park Primary School; Rayyan Hussain, born 20/11/2024 (14 "
                         "months)"),
            ("Home", "27 Fordholme Road, Fordholme FD1 8HS, with their mum, Sana Hussain (31)"),
            ("Father", "Imran Hussain (35), on police bail at his brother's address, 9 Mill Hey, Brackley "
                       "Green"),
            ("Maternal grandparents", "Khalid and Rubina Ahmed, 40 Beech Avenue, Fordholme (ten minutes by car)"),
            ("Category", "Emotional abuse (all three children)"),
            ("Social worker", "Zara Malik (team manager: Craig Holden) · Chair: Helen Murray, IRO"),
        ]),
        ("h2", "MARAC and criminal justice summary"),
        ("table", {
            "header": ["Item", "Detail"],
            "widths": [6.0, 19.7],
            "rows": [
                ["Incident", "05/01/2026, about 9pm, at 27 Fordholme Road: Imran held Sana against the kitchen "
                             "wall by the throat until she nearly passed out. Ayaan saw it from the doorway and "
                             "Inaya heard it from the stairs. Ayaan rang 999."],
                ["DASH risk assessment", "High risk, 19 ticks, completed by PC Gemma Lowe on 06/01/2026"],
                ["MARAC", "Heard on 15/01/2026; next MARAC 12/03/2026. MARAC coordinator: Paula Greer"],
                ["Charge", "Non-fatal strangulation and assault by beating; plea hearing at Fordholme "
                           "Magistrates' Court on 16/03/2026"],
                ["Police marker", "'Treat as urgent' domestic abuse marker on 27 Fordholme Road from 06/01/2026"],
                ["IDVA", "Naomi Kerr, Fordholme Domestic Abuse Partnership, allocated 07/01/2026"],
            ],
        }),
        ("h2", "Imran's bail conditions (until the plea hearing on 16/03/2026)"),
        ("bullets", [
            "Not to contact Sana, Ayaan, Inaya or Rayyan directly or indirectly, including through family "
            "members or social media.",
            "Not to enter Fordholme Road or go within 100 metres of Fordholme Park Primary School.",
            "To live and sleep at 9 Mill Hey, Brackley Green.",
        ]),
        ("h2", "What we are worried about"),
        ("p", "Strangulation is one of the strongest signs that a victim may be killed. Sana has told the IDVA "
              "that Imran had put his hands round her neck twice before, and that he checked her phone and "
              "took her bank card. Ayaan and Inaya have heard shouting and things being thrown for at least "
              "two years. Since 05/01/2026 Imran's mother has phoned Sana three times asking her to “sort "
              "this out” and drop the charges. Police records show Imran was sober on 05/01/2026, and there "
              "are no known concerns about drugs or alcohol."),
        ("h2", "What is going well"),
        ("bullets", [
            "Sana supported the charge and has met Naomi every week since 07/01/2026.",
            "Sana has kept the children at home and at school, and has told Zara about every call from "
            "Imran's family.",
            "Sana's parents have offered to have Rayyan while she goes to the Freedom Programme, and their "
            "house is a place the children feel safe.",
            "Fordholme Park Primary has known the family for six years and both older children trust "
            "Mrs Lees.",
        ]),
        ("h2", "What Ayaan, Inaya and Rayyan have told and shown us"),
        ("p", "Ayaan (seen on his own at school by Zara, 20/01/2026): “I rang the police because Mum's face "
              "went purple. I'm not sorry.” “I don't want to see Dad yet. Maybe when I'm older.” He scored "
              "feeling safe at home 6 out of 10 (“the doorbell camera will make it 8”)."),
        ("p", "Inaya (drawing with Zara at home, 21/01/2026) drew the house with a big lock on the door and "
              "said: “Daddy isn't allowed now. I miss him at bedtime but I don't like the shouting.” She has "
              "been wetting the bed since the incident."),
        ("p", "Rayyan cannot tell us, so this is what we have seen. He is walking and into everything. On "
              "21/01/2026 he startled and cried when a door slammed in the wind and needed a long cuddle from "
              "Sana to settle. He is sleeping in Sana's bed and waking several times a night."),
        ("h2", "What we want for Ayaan, Inaya and Rayyan"),
        ("numbers", [
            "Ayaan, Inaya and Rayyan live without violence, threats or control, and their dad has no contact "
            "with them or their mum unless a court or this plan agrees it.",
            "The children know what to do and who to tell if they are frightened, and their mum has a safety "
            "plan that works.",
            "Ayaan and Inaya can talk about what happened, sleep better, and are at school every day.",
            "Rayyan is settled at night and his development is on track.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["Action", "Lead (agency and person)", "Until / by", "Evidence (what will be on record)"],
            "widths": [9.0, 5.6, 5.0, 6.1],
            "rows": [
                ["Strand 1 - Keeping Sana and the children safe at home", H, H, H],
                ["Keep the 'treat as urgent' domestic abuse marker on 27 Fordholme Road and check that it is "
                 "still live",
                 "DS Kate Amos, Fordholme Police Domestic Abuse Investigation Unit",
                 "Checked on the first Monday of each month until the review conference",
                 "Monthly confirmation e-mail to the SW; the marker on the police command and control log"],
                ["Bail checks at 9 Mill Hey, and tell the SW within 24 hours of any breach or any change to "
                 "Imran's bail",
                 "PC Owen Tait, Brackley Green Neighbourhood Policing Team",
                 "Twice a week until bail conditions end",
                 "Bail check records on the police system; e-mail to the SW within 24 hours of any breach"],
                ["Safety planning with Sana: the school run, the plea hearing, and what to do if Imran or his "
                 "family contact her",
                 "Naomi Kerr, IDVA, Fordholme Domestic Abuse Partnership",
                 "Weekly until the next MARAC (12/03/2026), then fortnightly until the review conference",
                 "Signed safety plan on the SW's file; IDVA updates on the MARAC action log"],
                ["Sanctuary scheme: fit a door chain, window locks and a video doorbell",
                 "Fordholme Homes (Lee Grant, tenancy officer)",
                 "By 06/02/2026",
                 "Completion certificate sent to the SW; locks and doorbell seen by the SW at her next visit"],
                ["Apply for a non-molestation order protecting Sana and the children, to take over when bail "
                 "ends",
                 "Sana, with her solicitor Amy Birch, Fordholme Family Law Centre",
                 "Application lodged by 27/02/2026",
                 "Copy of the application, then the order, on the SW's file"],
                ["Update the MARAC action log with every agency's actions for the family and send it to the SW",
                 "Paula Greer, MARAC coordinator",
                 "Before the next MARAC on 12/03/2026",
                 "Updated MARAC action log on the children's file by 12/03/2026"],
                ["Visit at home, one visit in three unannounced; see Ayaan and Inaya on their own and Rayyan "
                 "awake",
                 "Zara Malik, SW",
                 "Weekly until the review conference on 20/04/2026",
                 "Visit record on file within two working days, with each child's words"],
                ["Go to the Freedom Programme at Fordholme Women's Aid",
                 "Sana",
                 "Tuesday and Thursday mornings for 8 weeks, 03/02/2026 to 26/03/2026",
                 "Programme register sent to the SW each month"],
                ["Have Rayyan at her house on Freedom Programme mornings",
                 "Rubina Ahmed, maternal grandmother",
                 "Every Tuesday and Thursday, 9.30am to 12.30pm, until 26/03/2026",
                 "Rubina texts the SW after each morning; the programme register shows Sana there"],
                ["Strand 2 - Holding Imran to account", H, H, H],
                ["Tell the SW, and Sana through the IDVA, of every court date, any change to bail and the "
                 "outcome of the plea hearing",
                 "DS Kate Amos, Fordholme Police Domestic Abuse Investigation Unit",
                 "Within 24 hours of each court event",
                 "E-mail to the SW on the children's file within 24 hours"],
                ["Keep to his bail conditions: no contact with Sana or the children, directly or through "
                 "family, and stay away from Fordholme Road and the school",
                 "Imran Hussain",
                 "Every day until bail conditions end",
                 "No breach on the bail check records or reported by Sana, the school or the IDVA"],
                ["Assess Imran for the Safer Fathers domestic abuse perpetrator programme, and start it if he "
                 "is suitable",
                 "Rob Ince, practitioner, Fordholme Domestic Abuse Perpetrator Service",
                 "Assessment by 27/02/2026; programme weekly for 26 weeks from the first group after that",
                 "Assessment letter to the SW by 27/02/2026; monthly attendance and progress reports"],
                ["Strand 3 - The children's recovery, school and health", H, H, H],
                ["Operation Encompass: tell the school's DSL of any police call-out to 27 Fordholme Road",
                 "Fordholme Police (Operation Encompass desk)",
                 "By 9am the next school day after any call-out",
                 "Encompass notice logged on the school's CPOMS and copied to the SW"],
                ["Weekly worry time with Ayaan and with Inaya, each on their own, and tell the SW the same day "
                 "about anything they say about their dad",
                 "Mrs Joanna Lees, DSL, Fordholme Park Primary School",
                 "Every Wednesday until the end of the summer term (22/07/2026)",
                 "Each child's feelings thermometer score on CPOMS; a summary e-mailed to the SW each month"],
                ["Ten-week recovery group for children who have lived with domestic abuse, for Ayaan and "
                 "Inaya",
                 "Leah Fox, children's worker, Fordholme Women's Aid",
                 "Weekly from 24/02/2026 to 28/04/2026",
                 "Group register, and each child's SDQ before and after the group, sent to the SW by "
                 "05/05/2026"],
                ["Check Rayyan's development (ASQ-3) and sleep, and help Sana with a bedtime routine and a cot "
                 "of his own",
                 "Claire Benson, health visitor, Fordholme 0-19 Service",
                 "ASQ-3 by 27/02/2026; sleep visits every two weeks until the review conference",
                 "ASQ-3 scores and Sana's sleep diary in the health visiting record, copied to the SW"],
                ["Direct work with Inaya about feelings, safe adults and the bedwetting",
                 "Zara Malik, SW",
                 "Three sessions by 31/03/2026",
                 "Inaya's drawings and own words on file; her dry-nights chart seen by the SW"],
            ],
        }),
        ("h2", "If bail is breached, or ends"),
        ("bullets", [
            "If Imran comes to the house, the school or near Sana or the children, or contacts them in any way "
            "(including through his family or online), Sana rings 999 and the police respond as a priority "
            "because of the marker and arrest him for the breach. Zara (or the Emergency Duty Team out of "
            "hours) holds a strategy discussion with the police the same day.",
            "If Sana and the children cannot stay safely at home, they go to Sana's parents at 40 Beech Avenue "
            "that night; if that is not safe or possible, Naomi arranges a refuge place through Fordholme "
            "Women's Aid the same day.",
            "If Rubina cannot have Rayyan on a Freedom Programme morning, Sana takes him to the crèche at "
            "Fordholme Women's Aid, where a place is held for him.",
            "If bail ends at the plea hearing without conditions and the non-molestation order is not yet in "
            "place, Naomi refers the family back to MARAC that day and DS Amos reviews the marker and the risk "
            "with Zara within 24 hours.",
            "If Sana lets Imran back into the house, or the children have contact with him that this plan or "
            "a court has not agreed, or there is any further violence, Zara will ask Craig Holden for a legal "
            "planning meeting within five working days to decide whether to start the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Mondays at 1.30pm at Fordholme Family Hub: 09/02/2026, 09/03/2026 and "
            "06/04/2026.",
            "Next MARAC: 12/03/2026 (Naomi Kerr and Zara Malik attend).",
            "Review child protection conference: 20/04/2026, 10am, Fordholme Town Hall.",
        ]),
        ("p", "Plan sent to Sana and to every agency on 28/01/2026. Imran has been sent the parts that are "
              "about him (Strand 2 and the rules on contact) through his solicitor."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Joint child protection and youth justice plan for a 15-year-old on a
#    referral order, written with the YJS, CAMHS and the pupil referral
#    unit: one table whose first column tags each row CP, YJS, CAMHS or
#    education. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_foxstead_joint_cp_and_yjs_referral_order_tagged_rows_reilly.md",
    "split": "tune",
    "actions": 16,
    "template": "joint-cp-and-youth-justice-plan-md-details-list-with-referral-order-dates-why-what-kai-says-and-his-own-scaling-table-whats-going-ok-outcomes-then-numbered-table-first-column-tags-row-cp-yjs-camhs-education-police-what-will-happen-who-when-how-well-know-then-if-kai-goes-missing-or-is-in-crisis-meetings",
    "description": (
        "Joint child protection and youth justice plan for a 15-year-old boy on a nine-month referral "
        "order for possession with intent to supply, who is criminally exploited on a county line, "
        "goes missing and cuts himself; his mother has long-standing depression. Written with the "
        "Youth Justice Service, CAMHS, the pupil referral unit and the police exploitation team: "
        "details with the order's dates, why, Kai's own words and his scaling with his case manager, "
        "outcomes, then one numbered table whose first column tags each row CP, YJS, CAMHS, education "
        "or police, with times in each service's words ('within 72 hours of every return', 'at each "
        "panel review', 'until the order ends on 11/10/2026') and measures such as RCADS scores, CAMHS "
        "clinic letters, the NRM decision, the YJS contact log and Kai's own scaling. Most rows are "
        "sound. Faults: CAMHS therapy 'when Kai is ready'; the PRU's part measured by 'monitor "
        "engagement'; the college route 'to be discussed'; 'All agencies' share intelligence; the "
        "mother's parenting sessions have nothing in how we'll know; the mother's depression is "
        "recorded but no adult service owns any action; and the review conference date is 'to be "
        "confirmed'."
    ),
    "text": """\
# Joint plan: child protection plan and youth justice intervention plan – Kai Reilly

**Foxstead City Council · Children's Services (Adolescent Safeguarding Team) and Foxstead Youth Justice Service**
**Agreed at the initial child protection conference on 27/01/2026**

- **Young person:** Kai Reilly, born 08/08/2010 (15), Year 10. Permanently excluded from Foxstead
  Academy in November 2025; on roll at The Bridge (Foxstead Pupil Referral Unit) since 01/12/2025.
- **Home:** 31 Larch Crescent, Foxstead FX4 1PW, with his mum, Lisa Reilly (39), and his sister Mia (9).
- **Category:** Neglect (Kai). Mia is not on a plan; her school (Foxstead Vale Primary) knows about this
  plan.
- **Referral order:** nine months, made at Foxstead Youth Court on 12/01/2026, ends 11/10/2026; first
  youth offender panel review 13/04/2026.
- **Who's who:** Sophie Carr, social worker (team manager: Mark Dyson); Jordan Bailey, YJS case manager;
  Dr Priya Shah, clinical psychologist, Foxstead CAMHS; Mr Gavin Price, head of centre, The Bridge;
  Ellie Dunn, Safer Steps (Foxstead exploitation service); DC Ryan Shaw, Foxstead Police Exploitation Team.
- **Chair:** Naveed Akhtar, IRO.

## Why there is a plan

Kai was arrested on 28/10/2025 at a flat in Ashgate, 40 miles away, with 23 wraps of crack cocaine and
heroin and £340 in cash; he had been missing for four days. He has been missing nine times since
September, and twice came home with injuries he won't explain (a cut hand and a black eye). Police
intelligence links him to the "Dex" line run from Ashgate and to two adult men in Foxstead. Kai has cut his
forearms since the summer; on 11/01/2026 Lisa found him with deep cuts that needed stitches at Foxstead
General.

Lisa has had depression for several years and takes sertraline from her GP. She says that on bad days she
stays in bed, does not know when Kai goes out or comes in, and "hasn't got it in me" to stop him.
Mia often gets herself to school.

## What Kai says

Kai (with Jordan, 20/01/2026, and with Sophie, 23/01/2026): "I'm not a victim, I'm just making money."
"If I stop they'll come for me or Mum." "Cutting is how I sleep." "I'd do mechanics if college would take
me." "Mum's always in bed, so what's the point of coming home."

Kai agreed to score these with Jordan (0 = not at all, 10 = completely), and will score them again at each
panel review:

| Question | Kai's score, 20/01/2026 |
|---|---|
| How safe I feel when I'm out | 3 |
| How much I can say no to the older lads | 2 |
| How much I want to get to college | 8 |
| How OK things are at home | 4 |

## What's going OK

- Kai has kept every YJS appointment since the order was made and likes Jordan.
- Kai has been to The Bridge on 34 of 40 days this half term, and his tutor says he is good with his hands.
- Lisa rang the police every time Kai went missing in January, and came to the conference.
- Kai went to his first CAMHS appointment on 16/01/2026 with Sophie.

## What we want for Kai

1. Kai is safe from adults who exploit him: he has no contact with the "Dex" line or the men linked to it,
   and he is not carrying or selling drugs.
2. Kai is home every night, and if he goes missing he is found quickly and someone talks with him after.
3. Kai has help with his cutting and his low mood, and stops hurting himself.
4. Kai is in education every day and has a college place in motor vehicle for September 2026.
5. Kai completes his referral order without another offence.
6. Kai has a mum who knows where he is and is able to set limits with him.

## The plan

| # | Part | What will happen | Who | When | How we'll know |
|---|---|---|---|---|---|
| 1 | CP | See Kai on his own, one week at home and the next at The Bridge, and talk about where he has been, who with, and how he is feeling | Sophie Carr (SW) | Every week until the review conference | Kai's own words and his safety score with Sophie (0-10) written up after every visit |
| 2 | YJS | Intervention sessions with Kai on exploitation, consequential thinking and weapons, as set in his AssetPlus plan | Jordan Bailey, YJS case manager | Twice a week until the first panel review (13/04/2026), then weekly until the order ends (11/10/2026) | YJS contact log; Kai's scores on the four questions above, recorded by Jordan at each panel review |
| 3 | YJS | Reparation at Foxstead Community Garden | Dean Morley, YJS reparation worker | Saturdays 10am to 1pm from 07/02/2026; all 20 hours by 25/04/2026 | Hours signed off on the YJS record and reported to the panel |
| 4 | CP | Refer Kai to the National Referral Mechanism as a possible victim of criminal exploitation | Sophie Carr (SW, first responder) | By 06/02/2026 | NRM reference number and the reasonable grounds decision on file |
| 5 | CAMHS | Therapy with Kai for his cutting and low mood (CBT), with an RCADS at the start and after eight sessions | Dr Priya Shah, clinical psychologist, Foxstead CAMHS | When Kai is ready | RCADS scores and CAMHS clinic letters copied to Sophie |
| 6 | CAMHS | Write a self-harm safety plan with Kai and, with his agreement, share it with Lisa and The Bridge | Dr Priya Shah, Foxstead CAMHS | At his next CAMHS appointment (11/02/2026) | Kai's signed safety plan on the CAMHS record; a copy seen by Sophie |
| 7 | CP | Be home by 9pm on school nights and 10pm at weekends, and keep his phone on and charged | Kai | Every night from 28/01/2026 | Lisa's curfew log, which Sophie reads at each visit; no missing reports to the police |
| 8 | CP | Report Kai missing to the police if he is not home 30 minutes after curfew and not answering his phone, and text Sophie | Lisa (Mum) | Every time he is 30 minutes past curfew | A police log number on Sophie's file each time |
| 9 | CP | Return home interview after every missing episode | Ellie Dunn, Safer Steps | Within 72 hours of every return | Return home interview form sent to Sophie and the police within 72 hours |
| 10 | Education | Full-time timetable at The Bridge, with staff watching who waits for Kai outside at the end of the day | Mr Gavin Price, head of centre, The Bridge | Every school day | Monitor engagement |
| 11 | Education | A taster day at Foxstead College (motor vehicle) and a careers interview about a September 2026 place | Mrs Anita Gill, careers adviser, The Bridge | To be discussed | Taster day feedback and the careers interview notes on Kai's file |
| 12 | Police | Share intelligence about the adults and addresses linked to Kai, and put them on the MACE meeting agenda | All agencies | Before each monthly MACE meeting | MACE minutes with the names and addresses on the disruption list |
| 13 | CP | Ten sessions with Lisa on supervising Kai, setting limits without a fight, and the signs of exploitation (Non-Violent Resistance) | Marcus Hill, parenting worker, Foxstead Family Hub | Weekly for ten weeks from 10/02/2026 | |
| 14 | Police | Serve child abduction warning notices on the two adult men linked to Kai | DC Ryan Shaw, Foxstead Police Exploitation Team | By 20/02/2026 | Copies of the served notices on Sophie's file |
| 15 | YJS | Go to each youth offender panel review | Kai, with Jordan | 13/04/2026, then every three months until the order ends | Panel review report on the YJS record, copied to Sophie |
| 16 | YJS | Health assessment with Kai, including sexual health and a substance use screen | Helen Ward, YJS health practitioner | By 27/02/2026 | Health assessment on the YJS record, with the CRAFFT score shared with Sophie |

## If Kai goes missing, is found with the line, or is in crisis

- **If Kai is not home 30 minutes after curfew,** Lisa rings 101 (999 if she thinks he is in danger) and
  texts Sophie. The police treat him as high risk because of the line. Ellie does the return home
  interview within 72 hours.
- **If Kai is found with drugs, with the men linked to the line, or outside Foxstead,** Sophie (or the
  Emergency Duty Team) holds a strategy discussion with the police the same day, and Jordan tells the
  YJS team manager so the panel can meet early.
- **If Kai cuts himself badly or says he wants to end his life,** the adult with him takes him to A&E at
  Foxstead General or rings 999, and Sophie rings the CAMHS crisis team the same day.
- **If Kai cannot safely stay at home** (a threat to the house, or Lisa cannot keep him in), he will stay
  with his uncle, Gary Reilly, in Rowley Park, whom Kai has agreed to and Sophie has checked; if Gary
  cannot have him, Sophie will find him a foster placement outside Foxstead that day.
- **If Kai goes missing three times in four weeks, or is found again carrying drugs for others,** Sophie
  will ask Mark Dyson for a legal planning meeting within five working days to consider an application
  for a care order.

## Meetings

- Core group every three weeks at The Bridge, 3.30pm: 17/02/2026, 10/03/2026 and 31/03/2026. Kai is
  invited to the first half of each.
- Review child protection conference: date to be confirmed by the conference team.
- MACE: monthly (Sophie and DC Shaw attend).

Plan written by Sophie Carr and Jordan Bailey; sent to Kai, Lisa and every agency on 29/01/2026.
""",
    "findings": [
        F("T002", "Therapy with Kai for his cutting and low mood (CBT)"),
        F("M002", "Full-time timetable at The Bridge, with staff watching who"),
        F("T002", "A taster day at Foxstead College (motor vehicle) and a careers interview"),
        F("W002", "Share intelligence about the adults and addresses linked to Kai"),
        F("M001", "Ten sessions with Lisa on supervising Kai, setting limits"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Neonatal unit discharge planning record and child protection plan:
#    baby details with corrected age, Hope's days on the unit, discharge
#    criteria, then one Word table split by discharge phase banner rows
#    (Task / Responsible / Timing / Evidence in the notes). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b170_fenwickham_neonatal_discharge_phase_banners_whitfield.docx",
    "doc_title": "Discharge Planning Meeting and Child Protection Plan - Hope Whitfield",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "template": "neonatal-unit-discharge-planning-record-and-icpc-plan-docx-landscape-baby-details-kv-with-gestation-corrected-age-weights-feeding-legal-status-then-why-hopes-days-on-the-unit-leahs-words-outcomes-discharge-criteria-then-one-table-split-by-phase-banner-rows-before-discharge-day-of-discharge-first-two-weeks-home-to-the-review-conference-task-responsible-timing-evidence-in-the-notes-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary discharge planning record and initial child protection plan, written on the "
        "neonatal unit, for a baby born at 33+2 weeks whose 20-year-old mother has poorly controlled "
        "epilepsy (two seizures in the last month, missed lamotrigine, visiting the unit only four "
        "times in her baby's first two weeks); the maternal grandmother, with whom they live, will "
        "do nights and baths. A landscape Word record: baby details with gestation, corrected age, "
        "weights, feeding and legal status (not looked after), why there is a plan, Hope's days on the "
        "unit, Leah's words, outcomes and discharge criteria, then one table split by phase banner "
        "rows (before discharge, day of discharge, first two weeks home, to the review conference) "
        "with 'Task / Responsible / Timing / Evidence in the notes' columns and times in the unit's "
        "words ('twice a week until discharge', '48 hours before the planned discharge date', 'within "
        "24 hours of discharge', 'at 6 weeks corrected age'). The epilepsy nurse and neurologist own "
        "actions, the grandmother's part has a fallback, legal planning follows named triggers, and "
        "core group and review dates are set."
    ),
    "blocks": [
        ("title", "Discharge Planning Meeting and Child Protection Plan"),
        ("p", "Kestrel Neonatal Unit, Fenwickham Royal Infirmary, with Fenwickham Children's Services. "
              "Discharge planning meeting and initial child protection conference held together on the unit "
              "on 06/02/2026."),
        ("kv", [
            ("Baby", "Hope Whitfield, born 19/01/2026 at 33+2 weeks; 18 days old and 35+6 weeks corrected on "
                     "06/02/2026"),
            ("Birth weight", "1.94 kg (50th centile); 2.12 kg on 05/02/2026 (on the 50th centile line)"),
            ("Feeding", "Expressed and formula milk by bottle; nasogastric tube taken out on 03/02/2026"),
            ("Planned discharge", "16/02/2026 (37+1 weeks corrected), if the discharge criteria below are met"),
            ("Legal status", "Hope is not looked after; Leah has parental responsibility and Hope will go "
                             "home with her"),
            ("Mother", "Leah Whitfield (20), lives with her mother at 5 Cherry Tree Close, Fenwickham FN2 9LD"),
            ("Maternal grandmother", "Denise Whitfield (47), same address"),
            ("Father", "Connor Hale (22), 17 Brook Lane, Fenwickham; not living with Leah"),
            ("Maternal great-aunt", "Karen Shaw (52), 60 Wharf Road, Fenwickham"),
            ("Category", "Neglect"),
            ("Social worker", "Gemma Price (team manager: Andrew Kaur) · Chair: Lesley Porter, IRO"),
            ("Unit discharge coordinator", "Ama Boateng, neonatal nurse"),
        ]),
        ("h1", "Why Hope has a plan"),
        ("p", "Leah has epilepsy (generalised tonic-clonic seizures). She has not always taken her lamotrigine, "
              "and she had two seizures in January, one at home on 11/01/2026 while she was carrying a pan of "
              "boiling water. Hope was born early after Leah had a seizure at 33 weeks and fell. In Hope's "
              "first two weeks Leah visited the unit only four times and did one feed; on 30/01/2026 she fell "
              "asleep in the parents' room with Hope on her chest and the nurses found them both asleep with "
              "Hope's head slipping sideways. Leah was looked after as a child herself and has no older "
              "children."),
        ("h1", "Hope's days on the unit"),
        ("p", "Hope cannot tell us about her days, so the nurses and Gemma have written down what they have "
              "seen. She is in an open cot now and is a calm baby who wakes for feeds every three hours and "
              "takes 50 ml. She settles best skin to skin. In her first two weeks most of her cuddles and "
              "feeds came from the nurses. Since 02/02/2026 Leah has come every day with Denise: Hope turns "
              "towards Leah's voice, and on 04/02/2026 Leah did three feeds and a bath with the nurse beside "
              "her, holding Hope well and winding her gently."),
        ("h1", "Leah's words"),
        ("p", "Leah (with Gemma on the unit, 04/02/2026): “I didn't come in because I was scared of her being so "
              "small and of having a fit in here.” “I want to take her home and do it right. Mum's going to help "
              "with baths and nights.” “I forget my tablets when I'm tired. I've put an alarm on my phone now.”"),
        ("h1", "What we want for Hope"),
        ("numbers", [
            "Hope goes home only when she is feeding well and the adults at home know how to keep her safe.",
            "Hope is never bathed, carried on the stairs or fed at night by Leah on her own while Leah's "
            "seizures are not controlled, and she always sleeps on her back in her own cot.",
            "Hope keeps gaining weight along the 50th centile and goes to every check and clinic.",
            "Hope has a mother who responds to her cues, day and night, with a grandmother there to step in.",
        ]),
        ("h1", "Discharge criteria (agreed at the meeting)"),
        ("bullets", [
            "Hope takes all her feeds by bottle for 48 hours and is gaining weight.",
            "Leah and Denise have roomed in with Hope for 48 hours and done every feed.",
            "The epilepsy safety plan for caring for Hope is written and in Hope's notes.",
            "The follow-up appointments are booked and written in Hope's red book.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Task", "Responsible", "Timing", "Evidence in the notes"],
            "widths": [9.4, 5.4, 5.0, 5.9],
            "rows": [
                ["Before discharge (on Kestrel Neonatal Unit)", H, H, H],
                ["Visit Hope on the unit, see Leah doing feeds and cares, and talk with the nurse in charge",
                 "Gemma Price, SW",
                 "Twice a week until discharge",
                 "Visit record on file within two working days, with what was seen of Leah's feeds and "
                 "handling"],
                ["Feeds and cares with Hope on the unit, building up to all her daytime feeds",
                 "Leah",
                 "At least five days a week, 10am to 4pm, from 07/02/2026 until discharge",
                 "The unit's parent visiting log and feed chart, copied to the SW each Friday"],
                ["Room in with Hope in the parents' flat on the unit and do every feed, day and night, with "
                 "Denise staying too",
                 "Leah and Denise",
                 "48 hours before the planned discharge date",
                 "Nursing record of every feed and of how Hope was handled, read at the discharge planning "
                 "meeting"],
                ["Review Leah's seizure control and lamotrigine dose, and write an epilepsy safety plan for "
                 "caring for Hope (bathing, feeding, stairs and nights)",
                 "Sue Lamb, epilepsy specialist nurse, Fenwickham Neurology Service",
                 "By 13/02/2026, before discharge",
                 "Letter to the SW with the safety plan attached, filed in Hope's notes"],
                ["Teach Leah and Denise baby basic life support and safe sleep, and check that the car seat "
                 "fits",
                 "Ama Boateng, discharge coordinator",
                 "Before discharge",
                 "Basic life support and safe sleep checklist signed by Leah and Denise in Hope's notes"],
                ["Hearing screen and the discharge examination, and book the follow-up appointments",
                 "Dr Rhys Morgan, neonatal registrar",
                 "Before discharge",
                 "Discharge summary with the results and appointment dates, sent to the GP, health visitor "
                 "and SW on the day of discharge"],
                ["Day of discharge", H, H, H],
                ["Final discharge planning check with Leah and Denise: the address, the follow-up dates and "
                 "the plan, and a copy of this plan given to them",
                 "Ama Boateng, discharge coordinator",
                 "On the day of discharge, before Hope leaves the unit",
                 "Signed discharge checklist in Hope's notes, e-mailed to the SW and health visitor the same "
                 "day"],
                ["Home visit to weigh Hope and watch a feed",
                 "Lucy Grant, neonatal outreach nurse",
                 "Within 24 hours of discharge, then twice a week for the first two weeks",
                 "Weights plotted on Hope's corrected-age chart in the red book; visit notes sent to the "
                 "health visitor and SW"],
                ["First two weeks at home", H, H, H],
                ["Visit at home, one visit in three unannounced; see Hope awake and undressed and where she "
                 "sleeps",
                 "Gemma Price, SW",
                 "Within 48 hours of discharge, then weekly until the review conference",
                 "Visit record on file within two working days, with how Hope looked and fed and where she "
                 "slept"],
                ["Stay in the house every night, and be the adult who baths Hope and carries her on the "
                 "stairs, as the epilepsy safety plan says",
                 "Denise Whitfield, maternal grandmother",
                 "Every night and every bath time until the review conference",
                 "Denise's diary of baths and night feeds, read by the SW at every visit"],
                ["Take her lamotrigine twice a day with a phone alarm, and keep a seizure diary, so that she "
                 "is safe to care for Hope",
                 "Leah",
                 "Every day from 07/02/2026",
                 "Pharmacy dispensing record and the seizure diary, checked by Sue Lamb at each clinic and "
                 "by the SW at visits"],
                ["New birth visit after discharge, then weight and feeding checks, with Leah's EPDS",
                 "Paula Hirst, health visitor",
                 "10-14 days after discharge, then every two weeks until the 6-8 week check",
                 "Weights on the red book chart; EPDS score in the health visiting record; notes sent to the "
                 "SW"],
                ["Until the review conference", H, H, H],
                ["Feeding, play and routine sessions with Leah at home",
                 "Tasha Bell, family support worker, Fenwickham Family Hub",
                 "Weekly for eight sessions from the first week home",
                 "Session notes with the routine chart, and Leah's own confidence score out of 10, sent to "
                 "the SW each month"],
                ["Spend Saturday afternoons with Hope at Denise's house and do a feed and a nappy change",
                 "Connor Hale, father",
                 "Every Saturday from 21/02/2026",
                 "Connor's feeds written on the red book feed chart, seen by the health visitor"],
                ["Epilepsy clinic review of Leah's seizures and medication, with a letter on how safe she is "
                 "to care for Hope on her own",
                 "Dr Omar Siddiqi, consultant neurologist",
                 "Clinic on 24/03/2026",
                 "Clinic letter copied to the SW, with Leah's consent, by 07/04/2026"],
                ["6-8 week check of Hope and Leah's postnatal check",
                 "Dr Karen Holt, GP, Fenwickham Vale Surgery",
                 "At the 6-8 week check, booked for 10/03/2026",
                 "GP record, and a letter to the SW within a week"],
                ["Neonatal follow-up clinic: growth, development and hips",
                 "Dr Farida Nasser, consultant neonatologist",
                 "At 6 weeks corrected age (clinic on 20/04/2026)",
                 "Clinic letter to the GP, health visitor and SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leah has a seizure while she is holding or caring for Hope, Denise (or whoever is there) rings "
            "999 if Leah needs it and tells Gemma that day. Hope is not left alone with Leah, even in the day, "
            "until Sue Lamb and Gemma have reviewed the safety plan; Denise or Karen Shaw cares for Hope in "
            "the meantime.",
            "If Hope's weight drops below the 25th centile line, or she misses two outreach or health visitor "
            "weigh-ins, Lucy or Paula tells Gemma the same day and Hope is seen by the GP or on the children's "
            "assessment unit within 24 hours.",
            "If Denise cannot stay at night (she is ill, away, or can no longer manage), she or Leah rings "
            "Gemma that day and Karen Shaw stays instead (agreed at the meeting; checks done). If Karen "
            "cannot, Hope and Leah stay at Karen's house until Denise or Karen can be there at night.",
            "If Hope is found sleeping anywhere but her cot with Leah asleep, or any injury is seen, Gemma (or "
            "the Emergency Duty Team) holds a strategy discussion the same day.",
            "If Leah has a seizure while alone with Hope, or stops taking her lamotrigine, or if by the review "
            "conference Hope has not kept to her centile, Gemma will ask Andrew Kaur for a legal planning "
            "meeting within five working days to decide whether to start PLO pre-proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "First core group on 18/02/2026 at Fenwickham Family Hub, 11am, then every four weeks: "
            "18/03/2026 and 15/04/2026.",
            "Review child protection conference: 28/04/2026, 1.30pm, Fenwickham Civic Centre.",
        ]),
        ("p", "Record written by Ama Boateng and Gemma Price on 06/02/2026 and given to Leah and Denise before "
              "they left the unit; copies to Connor and every agency."),
    ],
    "findings": [],
})
