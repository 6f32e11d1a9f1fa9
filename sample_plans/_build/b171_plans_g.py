"""Batch 171, module g: seven fictional plans (held-out material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals, courts and councils. Any likeness to real people or
cases is a coincidence. Labels were written by hand from docs/rules.md and
the labelling conventions in sample_plans/README.md (1 to 13), without
running, importing or reading planlint.

Split: heldout (every plan).

Focus: plans written with other agencies, in their own words for when and
how we will know. Each plan is co-written or led by a different setting and
carries its vocabulary: a midwife-led pre-birth plan (weeks of pregnancy,
MaterniLink, the labour ward, days 1, 3, 5 and 10 after discharge); a
school's contribution folded into the plan (DSL, SENCO, attendance officer,
ELSA; every school day at registration, first-day calling, the register,
CPOMS, the Boxall profile); a perinatal mental health team planning with
children's services under CPA (care coordinator, relapse signature, crisis
plan, CPA review letter); a drug and alcohol service's part (key work, urine
screens, supervised consumption, hair strand and breath tests); a police and
domestic abuse partnership's part (MARAC, IDVA, markers, bail conditions and
bail checks, Operation Encompass, sanctuary scheme); a youth justice and CAMHS
plan for a teenager (referral order contract, panel review, RCADS, CAMHS
clinic letters, MACE, return home interviews); and a neonatal unit's
discharge planning meeting (NAS scores, rooming in, within 24 hours of
discharge, the preterm centile chart). Most actions are well written. In the
four faulty plans a few times and measures are not real ones ("when capacity
allows", "to be discussed at the next core group", "as clinically
indicated", "as per CPA", "monitor engagement", "to be discussed", "PRN",
"ongoing monitoring", "engagement with the IDVA service", "when a place is
available (TBC)"), and a few rows have no owner or no measure.

The seven plans:

1. b171_glenthorne_prebirth_midwife_led_pathway_point_tables_kettering.docx
   A pre-birth initial conference plan written by the maternity safeguarding
   midwife with the social worker: one small table per point on the
   maternity pathway (antenatal to 36 weeks; labour, birth and Rowan Ward;
   home in the first 28 days), columns What will happen / Lead / When /
   Recorded in. Exemplary.
2. b171_grindleford_icpc_part_a_table_part_b_school_contribution_rourke.md
   An initial conference plan for two primary-age children living with
   neglect, the school's part written by the DSL: Part A a table for home
   and agencies, Part B numbered items under DSL / SENCO / attendance
   officer / ELSA / breakfast club lead-ins with When and Evidence. Faults:
   "Family network" owner (W002); the dentist row has an empty measure
   (M001); the Boxall profile is "when capacity allows" (T002); the
   educational psychology request's only evidence is "to be discussed at
   the next core group" (M002); the mother's depression is recorded but no
   adult service owns an action (F004); the plan relies on the family and
   the contingency has no fallback (C003).
3. b171_gorsebridge_joint_cpa_and_cp_plan_crisis_table_calloway.pdf
   A joint CPA and child protection plan after the mother's admission to a
   mother and baby unit with bipolar disorder: CPA summary table, relapse
   signature, a Ref / Action / Service and lead / Timescale / Evidence
   table, and a crisis and contingency table by early warning sign. Faults:
   the psychiatrist's medication review is treatment only and "as
   clinically indicated" (H001, T002); the psychologist's therapy is
   treatment only, measured by attendance (H001); the CPA review is "as per
   CPA" with no date anywhere (T002); the school's check-in is measured by
   "monitor engagement" (M002); an outcome about the mother only (F002); no
   legal planning anywhere (R002). The care coordinator's own rows ask for
   her view on capacity to change and its timescale, and are not H001.
4. b171_garthwick_shared_recovery_and_cp_plan_arrow_line_blocks_lomax.txt
   A shared child protection and recovery plan with the drug and alcohol
   service at the first review conference: Part K (the mother's recovery
   plan) and Part C (the children's plan), each item a block of Who / What
   / When / Proof lines. Faults: SMART Recovery measured by "monitor
   engagement" (M002); the hair strand test "to be discussed" (T002); the
   breathalyser check "PRN" (T002); oral fluid tests "will be done" with
   "-" for who (W001); the grandparents' weekends with "-" for proof
   (M001); the plan relies on the grandparents and the contingency sends the
   children to them with no fallback (C003).
5. b171_greyshaw_icpc_da_safety_net_agency_banner_rows_okoro.docx
   An initial conference plan after domestic abuse, built with the police
   and the domestic abuse partnership: MARAC, bail and marker details, then
   one "safety net" table with a shaded banner row per agency over Action /
   Named lead / When / Check rows. Faults: bail checks "ongoing monitoring"
   (T002); IDVA safety planning measured by "engagement with the IDVA
   service" (M002); the sanctuary scheme row has an empty check (M001);
   "All agencies" under an "Everyone working with the family" banner
   (W002); the perpetrator programme assessment "when a place is available
   (TBC)" (T002); the review conference date "to be confirmed" (R001).
6. b171_garrowby_joint_cp_referral_order_camhs_service_headed_bullets_brennan.md
   A joint child protection, referral order and CAMHS plan for a
   15-year-old at risk of criminal exploitation: bullets under each
   service's heading with Lead / When / We'll know labels. Exemplary.
7. b171_galsworth_neonatal_discharge_planning_time_window_tables_marchetti.pdf
   A neonatal unit discharge planning meeting record that is also the
   baby's revised child protection plan (neonatal abstinence syndrome, the
   mother on methadone): four What / Who / When / How we'll know tables by
   time window. Exemplary.

Plans 1, 6 and 7 are exemplary: every action has a named owner, a real
timescale and something that can be seen, counted or read; the outcomes are
about the child; each contingency has specific triggers and protective
responses and a fallback if a relative's help fails; each has the child's
voice or observed lived experience, core group dates or frequency and a
dated review conference, and legal planning after named triggers; the drug
service owns actions where a parent uses drugs; no mental health service
only treats. Expected findings: 25 (plan 2: 6, plan 3: 7, plan 4: 6,
plan 5: 6).

Action counting (README convention 1): each row of an action table (banner
rows are headings, not actions), each numbered item of the school's part,
each Who / What / When / Proof block of the shared plan and each bullet
under a service heading of the teenager's plan counts once. Not counted:
the CPA summary, attendance and who's-who tables, the relapse signature,
the crisis and contingency table, "what must be true before Luca goes
home" (outcomes), the children's views, the meeting dates and the notes
above tables.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []

# ---------------------------------------------------------------------------
# 1. Pre-birth plan led by the maternity safeguarding midwife, written with
#    children's services: one small table per point on the maternity pathway
#    (antenatal to 36 weeks, labour and Rowan Ward, home in the first 28
#    days), columns What will happen / Lead / When (weeks of pregnancy or the
#    baby's age) / Recorded in. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_glenthorne_prebirth_midwife_led_pathway_point_tables_kettering.docx",
    "doc_title": "Pre-birth child protection plan - unborn baby of Leah Kettering",
    "split": "heldout",
    "actions": 20,
    "template": "prebirth-cp-plan-docx-midwife-led-joint-maternity-and-childrens-services-booking-details-kv-babys-world-and-parents-words-then-one-small-table-per-maternity-pathway-point-antenatal-to-36-weeks-labour-and-postnatal-ward-home-first-28-days-columns-what-lead-when-weeks-of-pregnancy-or-babys-age-recorded-in",
    "description": (
        "Exemplary pre-birth initial conference plan for the unborn baby of a 20-year-old care leaver "
        "with a mild learning disability; the baby's father has a conviction for assaulting a previous "
        "partner and smokes cannabis daily, and the mother's former foster carer will stay after the "
        "birth. The plan was written by the maternity safeguarding midwife with the social worker, in "
        "maternity words: one small table per point on the pathway (antenatal to 36 weeks, labour "
        "ward and Rowan Ward, home in the first 28 days), with times in weeks of pregnancy and the "
        "baby's age ('by 32 weeks (24/04/2026)', 'within 1 hour of admission in labour', 'days 1, 3, "
        "5 and 10 after discharge', 'at the 6-8 week check') and a 'Recorded in' column naming the "
        "record and what it will show (MaterniLink, the red book centile chart, urine screens, the "
        "PAMS report). The drug service reports on the father; the fallback if the foster carer cannot "
        "stay, legal planning after named triggers, core group dates and a dated review conference are "
        "all set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Glenthorne Hospitals NHS Trust Maternity Services and Glenthorne Council Children's Services. "
              "This plan was written by the named midwife for safeguarding with the baby's social worker, "
              "and agreed at the pre-birth initial child protection conference."),
        ("kv", [
            ("Unborn baby", "Baby girl (name not yet chosen), of Leah Kettering. Estimated date of delivery "
                            "19/06/2026; 27 weeks at the conference"),
            ("Mother", "Leah Kettering (20), 14 Marlow Court, Glenthorne GL3 6PE. Care leaver; mild learning "
                       "disability"),
            ("Father", "Jordan Pryce (24), lives with his mother at 7 Sefton Road, Glenthorne; visits Leah most "
                       "days"),
            ("Support", "Beverley (Bev) Hollis (58), Leah's foster carer from age 12 to 18, 16 Ferndale Road"),
            ("Booked", "At 15 weeks, Team Hazel continuity of carer midwives, Glenthorne Children's Centre "
                       "clinic. Birth planned at Glenthorne General Hospital"),
            ("Conference", "Pre-birth initial child protection conference, 26/03/2026. Chair: Nadia Rahim "
                           "(child protection chair)"),
            ("Category", "Neglect (risk of); physical abuse (risk of)"),
            ("Who's who", "Grace Adebayo, named midwife (Team Hazel); Helen Marsh, named midwife for "
                          "safeguarding; Joanne Pike, ward manager, Rowan Ward (postnatal); Daniel Mwangi, "
                          "social worker (team manager Sara Holt); Priya Nair, health visitor, Glenthorne "
                          "0-19 Service; Kieran Doyle, recovery worker, Glenthorne Pathways; Amy Fox, "
                          "personal adviser, Leaving Care Team; Dr Hannah Lowe, GP, Castle Street Surgery"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Leah has a mild learning disability and finds new information hard to hold on to unless it is "
              "shown to her and repeated. She booked late, at 15 weeks, and missed two scans in January. She "
              "has never looked after a baby. Jordan was convicted in 2023 of assaulting a previous partner "
              "(he pushed her against a wall and held her by the throat), and police were called to that "
              "partner's home twice before. Jordan smokes cannabis every day; Grace smelled cannabis in the "
              "flat at the home visit on 05/03/2026 and Jordan said he had smoked there the night before. "
              "Leah says Jordan has never hurt her, but she also said he \"gets moody\" when he has no money "
              "for weed."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leah has been to every antenatal appointment since 20 weeks, and she asked Grace herself for "
            "help to get ready for the baby.",
            "Bev has stayed close to Leah since she left care and has offered to stay at the flat after the "
            "birth. Leah trusts her and calls her \"my Bev\".",
            "Jordan came to the conference, accepts that his cannabis use is a worry, and has agreed to "
            "urine testing at Glenthorne Pathways.",
            "The flat is clean and warm. Leah has bought a Moses basket, a baby bath and a room thermometer.",
        ]),
        ("h1", "The baby's world, and what Leah and Jordan say"),
        ("p", "The baby is growing well: at the 24-week growth scan she was on the 50th centile. Leah feels her "
              "kick most in the evening and says she \"goes mad\" when Leah plays music; at the 05/03/2026 "
              "visit Leah put Grace's hand on her bump to feel it. At the moment the baby's world is a quiet "
              "flat where the smell of cannabis is sometimes in the air, and where her mum is not always sure "
              "what a newborn will need."),
        ("p", "Leah: \"I want to be a good mum, not like mine was. I just need people to show me, not tell me.\" "
              "Jordan: \"I'll do the tests. I want my girl to know her dad.\" Bev: \"Leah's a grafter. She'll "
              "get it if you show her twice.\""),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely, with the labour ward and Rowan Ward knowing this plan, and goes home "
            "only when a discharge plan has been agreed.",
            "The baby is fed when she is hungry, kept warm, and back to her birth weight by 14 days, then "
            "follows her centile line.",
            "The baby sleeps safely: on her back, in her own Moses basket, in a smoke-free flat.",
            "The baby lives free from violence, and is never cared for by anyone who has been using "
            "cannabis.",
            "The baby has a mum who can read her cues (hunger, tiredness, crying) and respond to them, with "
            "help she trusts close by.",
        ]),
        ("h1", "The plan"),
        ("p", "One table for each point on the maternity pathway. \"When\" is given in weeks of pregnancy "
              "(with the date) or in the baby's age. \"Recorded in\" says where the work will be written down "
              "and what it should show."),
        ("h2", "A. Antenatal: from this conference to 36 weeks"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "Recorded in"],
            "widths": [1.0, 6.0, 3.0, 3.3, 3.7],
            "rows": [
                ["A1",
                 "Go to every antenatal appointment with Grace at the Team Hazel clinic, and ring Grace if she "
                 "cannot make one",
                 "Leah",
                 "Every 2 weeks to 36 weeks (22/05/2026), then weekly until the birth",
                 "Attendance on MaterniLink; Grace e-mails Daniel the same day if Leah misses one"],
                ["A2",
                 "Four one-to-one sessions at the flat, shown with pictures and a doll: feeding, safe sleep, "
                 "bathing, and coping with crying (ICON)",
                 "Grace Adebayo, named midwife",
                 "Weekly from 02/04/2026; all four by 32 weeks (24/04/2026)",
                 "Leah shows Grace each skill back with the doll; the safe sleep and ICON checklist signed in "
                 "her handheld notes"],
                ["A3",
                 "Put a safeguarding alert and this plan's birth plan on MaterniLink and in the labour ward "
                 "safeguarding folder",
                 "Helen Marsh, named midwife for safeguarding",
                 "By 30 weeks (10/04/2026)",
                 "Alert showing on MaterniLink; birth plan e-mailed to Daniel and the labour ward "
                 "coordinator"],
                ["A4",
                 "Parenting assessment of Leah using PAMS, adapted to her learning needs, saying what help she "
                 "needs to care for the baby safely",
                 "Daniel Mwangi, SW",
                 "Weekly sessions from 31/03/2026; report by 33 weeks (01/05/2026)",
                 "PAMS report, with an easy-read summary for Leah, shared at the core group on 07/05/2026"],
                ["A5",
                 "Antenatal contact at the flat: check where the baby will sleep, the smoke alarm and the room "
                 "thermometer",
                 "Priya Nair, HV",
                 "By 32 weeks (24/04/2026)",
                 "Home safety checklist done with Leah, on the 0-19 record and copied to Daniel"],
                ["A6",
                 "Assess Jordan's cannabis use, then key work every fortnight with a urine drug screen, and a "
                 "written view on whether he has stopped and can stay off cannabis around the baby",
                 "Kieran Doyle, recovery worker, Glenthorne Pathways",
                 "Assessment by 09/04/2026; then fortnightly until the review conference",
                 "Screen results and Kieran's report to Daniel two working days before each core group"],
                ["A7",
                 "No cannabis at Leah's flat at any time, and none in the 24 hours before he is with Leah or "
                 "the baby",
                 "Jordan",
                 "Every day from 26/03/2026",
                 "Negative urine screens at Pathways; no smell of cannabis noted at any visit by Grace, Priya "
                 "or Daniel"],
                ["A8",
                 "Go to the Glenthorne Choices domestic abuse programme (24 weekly group sessions)",
                 "Jordan",
                 "Every Wednesday from 15/04/2026",
                 "Group register; the facilitator's 12-week report to Daniel by 08/07/2026"],
                ["A9",
                 "Practise with Leah at Bev's house (making up feeds, bathing the doll, settling), and agree "
                 "with Daniel which nights she will stay after the birth",
                 "Bev Hollis",
                 "Every Sunday from 29/03/2026; nights agreed by 36 weeks (22/05/2026)",
                 "Signed family support plan naming Bev's nights, on Daniel's file by 22/05/2026"],
                ["A10",
                 "Help Leah claim the Sure Start Maternity Grant and set up a weekly budget for nappies, milk "
                 "and electricity",
                 "Amy Fox, personal adviser",
                 "Claim made by 29 weeks (03/04/2026); budget by 24/04/2026",
                 "DWP decision letter and Leah's budget sheet, seen by Amy and Daniel"],
            ],
        }),
        ("h2", "B. Labour, birth and Rowan Ward"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "Recorded in"],
            "widths": [1.0, 6.0, 3.0, 3.3, 3.7],
            "rows": [
                ["B1",
                 "Open the safeguarding folder and ring Daniel (office hours) or the Emergency Duty Team",
                 "Labour ward coordinator on shift",
                 "Within 1 hour of Leah's admission in labour",
                 "Call written on MaterniLink with the time and the name of the person told"],
                ["B2",
                 "Keep Leah and the baby on Rowan Ward for at least 72 hours, and write every feed, nappy and "
                 "how Leah handles and settles the baby on the observation chart",
                 "Joanne Pike, ward manager",
                 "Every shift, from the birth until discharge",
                 "Observation chart filled in on every shift, read by Daniel before the discharge meeting"],
                ["B3",
                 "See Leah and the baby on Rowan Ward",
                 "Daniel Mwangi, SW",
                 "Within 1 working day of the birth",
                 "Visit record with what Daniel saw of a feed and a nappy change"],
                ["B4",
                 "Discharge planning meeting on the ward with Leah, Jordan, Bev, Joanne, Grace and Priya: who "
                 "stays at the flat and the visit timetable for the first 28 days",
                 "Daniel Mwangi, SW",
                 "Before discharge, and not sooner than 48 hours after the birth",
                 "Signed discharge plan on MaterniLink and the children's file; Leah's copy given to her"],
            ],
        }),
        ("h2", "C. Home: the first 28 days, and on to 8 weeks"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "Recorded in"],
            "widths": [1.0, 6.0, 3.0, 3.3, 3.7],
            "rows": [
                ["C1",
                 "Postnatal home visits: weigh the baby, watch a feed, do the newborn blood spot on day 5",
                 "Grace Adebayo, community midwife",
                 "Days 1, 3, 5 and 10 after discharge",
                 "Weights in the red book and on MaterniLink; the baby loses no more than 10% by day 5 and is "
                 "back to birth weight by day 14"],
                ["C2",
                 "New birth visit, then weekly weights and a feed watched, and the 6-8 week review",
                 "Priya Nair, HV",
                 "New birth visit by day 14; weekly until the baby is 8 weeks old",
                 "Weights plotted on the red book centile chart and e-mailed to Daniel; the baby on or above "
                 "her birth centile at 8 weeks"],
                ["C3",
                 "Home visits: see the baby awake and undressed, where she sleeps, and a feed; one visit in "
                 "three unannounced",
                 "Daniel Mwangi, SW",
                 "Twice a week for the first 2 weeks home, then weekly to the review conference",
                 "Visit records noting how Leah fed and settled the baby and where she slept"],
                ["C4",
                 "Stay at the flat overnight and help Leah with the night feeds; then come every evening for "
                 "bath time",
                 "Bev Hollis",
                 "Every night for the first 14 nights home, then every evening until the baby is 8 weeks "
                 "old",
                 "Bev's night-and-bath log, read by Daniel at each visit"],
                ["C5",
                 "Baby's 6-8 week check and Leah's postnatal check on the same day, and a letter to Daniel on "
                 "both",
                 "Dr Hannah Lowe, GP",
                 "At the 6-8 week check",
                 "GP letter on the children's file within a week of the checks"],
                ["C6",
                 "Take the baby to Castle Street Surgery for her 8-week immunisations",
                 "Leah",
                 "When the baby is 8 weeks old",
                 "Immunisations written in the red book, seen by Priya"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jordan has a positive urine screen, or anyone smells cannabis on him or in the flat, Daniel "
            "will tell Leah that day. Jordan will not stay overnight at the flat after the birth, and will "
            "only see the baby when Bev or Daniel is there, until he has two clear screens in a row.",
            "If there is any violence, threat or police call-out between Leah and Jordan, Leah (and the baby, "
            "once born) will go to Bev's house at 16 Ferndale Road that night, and Daniel (or the Emergency "
            "Duty Team out of hours) will hold a strategy discussion with the police the same day.",
            "If Bev cannot stay the first 14 nights or come for bath time after that (she is ill, away, or "
            "feels she cannot manage), she or Leah will tell Daniel that day. Leah and the baby will then go to a "
            "parent-and-child foster placement (Glenthorne Fostering is holding a place from 05/06/2026), "
            "and stay there until another adult is agreed at a core group.",
            "If Leah leaves Rowan Ward with the baby before the discharge meeting, the ward will ring the "
            "police and Daniel (or the Emergency Duty Team) at once.",
            "If the PAMS report (due 01/05/2026) says Leah cannot keep the baby safe even with the help on offer, "
            "or if Jordan has not had two clear screens in a row by 36 weeks, Daniel will ask Sara Holt for a "
            "legal planning meeting within 5 working days to decide whether to start the Public Law Outline "
            "before the birth.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Thursdays at 10am, Glenthorne Children's Centre: 09/04/2026, 07/05/2026 "
            "and 04/06/2026, then within 10 working days of the baby's discharge home.",
            "Review child protection conference: Thursday 16/07/2026, 1.30pm, Glenthorne Civic Offices.",
        ]),
        ("p", "Plan written by Helen Marsh and Daniel Mwangi, agreed at the conference on 26/03/2026 and sent to "
              "Leah (with an easy-read copy), Jordan, Bev and every agency on 27/03/2026."),
    ],
    "findings": [],
})
# ---------------------------------------------------------------------------
# 2. Initial conference plan for two primary-age children, the school's part
#    folded in: Part A a table for home and the other agencies, Part B the
#    school's contribution written by the DSL, numbered items under "The DSL
#    / SENCO / attendance officer / ELSA will:" lead-ins, each item with a
#    When and an Evidence line. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_grindleford_icpc_part_a_table_part_b_school_contribution_rourke.md",
    "split": "heldout",
    "actions": 19,
    "template": "icpc-plan-md-details-list-worries-going-well-childrens-words-outcomes-then-part-a-home-and-agencies-table-no-what-who-by-when-how-we-will-know-then-part-b-schools-contribution-written-by-the-dsl-numbered-items-under-dsl-senco-attendance-officer-elsa-lead-ins-each-with-when-and-evidence-lines",
    "description": (
        "Initial conference plan for a 9-year-old and a 6-year-old living with neglect; their mother has "
        "depression and spends most mornings in bed, and the 9-year-old gets his sister ready for school. "
        "The school's part is folded into the plan: Part A is a table for home and the other agencies, "
        "Part B is Grindleford Park Primary's contribution written by the DSL, numbered items under lead-ins "
        "for the DSL, the SENCO, the attendance officer and the ELSA, with school times ('every school day "
        "at registration', 'every Friday by 3pm', 'by the end of the spring term (27/03/2026)') and school "
        "evidence (the register, first-day calling log, CPOMS entries, the child's worry scale). Faults: "
        "'Family network' walks the children in; the dentist row has no measure; the SENCO's Boxall profile "
        "is 'when capacity allows'; the educational psychology request is measured only by 'to be discussed "
        "at the next core group'; the mother's depression is recorded but no adult service has any action; "
        "and the contingency says nothing about the grandmother or the family not being able to help."
    ),
    "text": """\
# Grindleford Metropolitan Borough Council – Children's Social Care

## Child Protection Plan: Kayden and Ellie-Mae Rourke

**Initial child protection conference, Tuesday 24/02/2026** · Chair: Michelle Dunbar (IRO)
Plan written by Jenna Cole (social worker) with Mrs Rachel Okonedo (deputy headteacher and DSL,
Grindleford Park Primary School), who wrote Part B with the school's SENCO and attendance officer.

- **Children:** Kayden Rourke, born 03/07/2016 (9), Year 4; Ellie-Mae Rourke, born 21/10/2019 (6), Year 1.
  Both at Grindleford Park Primary School.
- **Address:** 31 Wharf Terrace, Grindleford GR2 7NS
- **Mum:** Shannon Rourke (34). The children's father, Darren Rourke, lives in Spain and has not seen them
  since 2022.
- **Family nearby:** Sandra Rourke ("Nan Sandra"), Shannon's mum, 2 Canal Row; Kirsty Rourke, Shannon's
  sister, Grindleford town centre.
- **Category:** Neglect (both children)
- **Social worker:** Jenna Cole, Grindleford Children's Social Care, Safeguarding Team 2 (team manager:
  Owen Pritchard)

### Why we are worried

Kayden's attendance this school year is 76% and Ellie-Mae's is 81%; between them they were late 22 times
last half term. On most of those mornings Kayden had got Ellie-Mae dressed and walked her in himself. Both
children have had head lice since November, often come in wearing the same uniform all week, and eat two
breakfasts at breakfast club when they get there in time. Kayden told his teacher on 09/02/2026 that "there
wasn't any tea because Mum was asleep".

Shannon has depression. She was diagnosed by her GP in 2024, takes sertraline, and told the conference that
on bad days she cannot get out of bed before lunchtime. At the home visit on 11/02/2026 the kitchen had no
food except cereal, and Ellie-Mae's mattress was wet and had no sheet. Kayden is on SEN support for reading
and concentration, and his teacher thinks he is falling further behind because he is tired and missing
school.

### What is going well

- Shannon loves the children and was honest at the conference about how hard things are. She asked for help
  with mornings.
- Nan Sandra has the children for tea twice a week and they come back to school the next day clean and fed.
- The children are close. Kayden is kind and protective of Ellie-Mae, and Ellie-Mae is chatty and loves
  phonics.
- When the children are in school they are settled, and both have a trusted adult there.

### What Kayden and Ellie-Mae say

Kayden (with Miss Price, ELSA, 16/02/2026, using the three houses): in his house of worries he put "Mum
crying", "being late and getting told off" and "Ellie wetting the bed". In his house of good things: "Nan's
chips" and "football at lunch". In his house of dreams: "Mum gets up and does breakfast and I don't have to
do Ellie's hair". He scored his mornings 3 out of 10.

Ellie-Mae (with Jenna, at school, 18/02/2026): "I like school because there is toast." "Kayden does my
shoes." She drew her mum "in bed with the curtains shut" and herself "watching telly on my own". She wants
"a unicorn duvet" and for "Mummy to walk me to school".

### What we want for Kayden and Ellie-Mae

1. Kayden and Ellie-Mae are in school every day and on time, and Kayden no longer has to get Ellie-Mae
   ready or walk her in.
2. The children have breakfast and tea every day, clean clothes, and a clean, dry bed each.
3. Kayden gets the help he needs with his reading and concentration and catches up with his class.
4. The children have an adult at home who gets up in the morning and looks after them, and they know who to
   tell if she can't.
5. The children are free of head lice, registered with a dentist and up to date with their health checks.

### The plan

#### Part A – Home and the other agencies

| No. | What needs to happen | Who | By when | How we will know |
|---|---|---|---|---|
| A1 | Home visits: see Kayden and Ellie-Mae on their own, and check the fridge, the beds and the bathroom. One visit in three unannounced. | Jenna Cole, SW | Every 2 weeks from 26/02/2026 until the review conference | Visit records on file within 2 working days, with each child's own words |
| A2 | Get both children up, dressed, fed and into the playground before the late gate closes at 8.55am. | Shannon (Mum) | Every school day from 25/02/2026 | Register (see B7): no late marks, and both children at 95% by the review conference |
| A3 | Eight morning sessions at home at 7.30am with Shannon on a morning routine: alarm, breakfast, uniform laid out the night before, leaving by 8.30am. | Carl Dunne, family support worker, Grindleford Family Hub | Twice a week (Mon and Thu) from 02/03/2026 to 26/03/2026 | Routine chart on the fridge, seen by Jenna; both children in the playground by 8.45am on Carl's days (register) |
| A4 | Walk Kayden and Ellie-Mae to school on any morning Shannon texts that she can't. | Family network | By 8.45am on any morning Shannon texts by 8am | Register shows the children on time on those mornings |
| A5 | Have the children for tea, a bath and a clean uniform for the next day. | Nan Sandra | Every Wednesday and Friday, 3.30pm to 7pm | Sandra texts Jenna each Wednesday and Friday night; the class teachers note clean uniform the next morning on CPOMS |
| A6 | Register Kayden and Ellie-Mae with a dentist and take them for a check-up. | Shannon (Mum) | By 31/03/2026 | |
| A7 | Health review for both children: growth, head lice treatment plan with Shannon, and Ellie-Mae's night-time wetting. | Amira Haddad, school nurse, Grindleford 0-19 Service | By 20/03/2026 | Health review letter to Jenna; both children lice-free at Amira's re-check two weeks after treatment |
| A8 | Apply to the Local Welfare Scheme for a bed, mattress protector and bedding for Ellie-Mae and a bed for Kayden. | Jenna Cole, SW | Application by 06/03/2026 | Award letter on file; Jenna sees both beds made up at her next visit after delivery |
| A9 | Three sessions each with Kayden and Ellie-Mae (three houses, and "my safe people") about home and mornings. | Jenna Cole, SW | All by 27/03/2026 | The children's drawings and words on file and shared at the core group on 14/04/2026 |

#### Part B – Grindleford Park Primary School's contribution (written by Mrs Okonedo, DSL)

**The DSL, Mrs Okonedo, will:**

B1. Meet Kayden and Ellie-Mae, each on their own, for a ten-minute check-in, and ask them to score their
weekend and their morning out of 10. *When:* every Monday morning from 02/03/2026 until the review
conference. *Evidence:* CPOMS entry with each child's score and words, sent to Jenna by 3pm every Monday.

B2. Send Jenna a written school report for each core group, covering attendance, punctuality, how the
children arrive, and what they have said. *When:* three working days before each core group. *Evidence:*
report on the children's file before every core group.

**The SENCO, Mr Harker, will:**

B3. Complete a Boxall profile for Kayden with his class teacher and set new targets on his SEN support plan.
*When:* when capacity allows. *Evidence:* Boxall scores and the new SEN support plan sent to Jenna and
Shannon.

B4. Request an educational psychology assessment of Kayden's attention and literacy through the traded
service. *When:* request sent by 13/03/2026. *Evidence:* to be discussed at the next core group.

B5. Hold Kayden's SEN support review with Shannon and his class teacher, with Kayden's views taken
beforehand. *When:* by the end of the spring term (27/03/2026). *Evidence:* signed review record with
Kayden's views, copied to Jenna.

**The attendance officer, Mrs Batty, will:**

B6. Ring Shannon by 9.30am on the first day either child is absent, and make a home visit by 11am if there
is no answer. *When:* every school day at registration. *Evidence:* first-day calling log; home visit notes
sent to Jenna the same day.

B7. E-mail Jenna each child's attendance and punctuality from the register. *When:* every Friday by 3pm.
*Evidence:* register print with each child's percentage and late marks; target 95% and no lates by the
review conference.

B8. Hold an attendance support meeting with Shannon and agree an attendance support plan. *When:* by
13/03/2026, reviewed six weeks later (24/04/2026). *Evidence:* signed attendance support plan on file and
copied to Jenna.

**The ELSA, Miss Price, will:**

B9. Six ELSA sessions with Kayden about worries, tiredness and being a young carer. *When:* every Thursday
from 05/03/2026 to 16/04/2026. *Evidence:* Kayden's worry scale at the first and sixth session, and Miss
Price's end-of-block summary sent to Jenna by 23/04/2026.

**The breakfast club lead, Mrs Dean, will:**

B10. Give Kayden and Ellie-Mae a free place at breakfast club and note what time they arrive and whether
they eat. *When:* every school day from 02/03/2026. *Evidence:* breakfast club register, sent with the
Friday attendance e-mail (B7).

### If things go wrong

- If either child is absent and the attendance officer cannot see them at home by 11am, Mrs Okonedo will
  ring Jenna (or the Emergency Duty Team after 5pm) and the police will be asked to do a welfare check the
  same day.
- If either child comes to school hungry, with an injury, or says they were left on their own overnight,
  Mrs Okonedo will refer to the Grindleford MASH the same day and Jenna will hold a strategy discussion with
  the police and the school within 24 hours.
- If Shannon does not answer the door to a home visit when the children are known to be inside, or is found
  too unwell to care for them, Jenna will ask the police for an immediate welfare check and hold a
  strategy discussion with them the same day.
- If by the review conference the children's attendance is still under 90%, or the home conditions have not
  improved, Jenna will ask Owen Pritchard for a legal planning meeting within 10 working days to decide
  whether to start the Public Law Outline.

### Core group and review

- Core group every 4 weeks, Tuesdays at 9.15am in the Family Room at Grindleford Park Primary: 10/03/2026,
  14/04/2026 and 12/05/2026.
- Review child protection conference: Tuesday 19/05/2026, 10am, Grindleford Town Hall.

Plan sent to Shannon, Sandra and every agency on 26/02/2026.
""",
    "findings": [
        F("W002", "Walk Kayden and Ellie-Mae to school on any morning Shannon texts"),
        F("M001", "Register Kayden and Ellie-Mae with a dentist and take them"),
        F("T002", "Complete a Boxall profile for Kayden with his class teacher"),
        F("M002", "Request an educational psychology assessment of Kayden's attention"),
        F("F004"),
        F("C003"),
    ],
})
# ---------------------------------------------------------------------------
# 3. Joint plan of the perinatal mental health team (CPA) and children's
#    services after the mother's admission to a mother and baby unit: a CPA
#    summary table, the relapse signature, the children's days and words,
#    then a joint action table (Ref / Action / Service and lead / Timescale
#    / Evidence) and a crisis and contingency table by early warning sign.
#    Faulty (pdf, paged header and footer)
# ---------------------------------------------------------------------------
_CALLOWAY_ROWS = [
    ["J1",
     "Home visits: see Rosie awake and undressed and Callum on his own, check the medicines are in the locked "
     "box, and go through the relapse signature with Niamh and Sean. One visit in three unannounced.",
     "Children's services: Marcus Hale, SW",
     "Weekly from 16/03/2026 until the review conference",
     "Visit record on file within 2 working days, with what Callum said and how Rosie was"],
    ["J2",
     "Home visits to check Niamh's mental state, sleep and lithium against her relapse signature; write to the "
     "core group on her capacity to make and keep the changes Rosie and Callum need, and how long that is likely "
     "to take",
     "Perinatal team: Ailsa Grant, CPN and care coordinator",
     "Weekly; written view two working days before each core group",
     "Ailsa's written view on the children's file before every core group"],
    ["J3",
     "Review Niamh's lithium and quetiapine doses and check her lithium levels",
     "Perinatal team: Dr Femi Adeyinka, consultant perinatal psychiatrist",
     "As clinically indicated",
     "Lithium level between 0.6 and 0.8 on each blood result, copied to the GP"],
    ["J4",
     "Twelve sessions of psychological therapy with Niamh (relapse prevention for bipolar disorder)",
     "Perinatal team: Dr Ruth Blake, clinical psychologist",
     "Fortnightly from 24/03/2026",
     "Attendance confirmed to Ailsa after each session"],
    ["J5",
     "Hold Niamh's CPA review with Marcus invited, and set out in the CPA review letter the team's view of "
     "the risk to Rosie and Callum, Niamh's capacity to change and how long it is likely to take",
     "Perinatal team: Ailsa Grant, care coordinator",
     "As per CPA",
     "CPA review letter on the children's file"],
    ["J6",
     "Take her lithium and quetiapine at 9pm, with Sean watching and ticking the medication chart",
     "Niamh",
     "Every evening from 13/03/2026",
     "Medication chart seen by Ailsa each week; lithium levels (J3)"],
    ["J7",
     "Do all of Rosie's feeds between 10pm and 6am so that Niamh sleeps at least seven hours, and write each "
     "feed and Niamh's hours of sleep in the diary",
     "Sean",
     "Every night from 13/03/2026 until the review conference",
     "Feed and sleep diary read by Ailsa and Kate at every visit"],
    ["J8",
     "Weigh Rosie, watch a feed and see how Niamh and Rosie play and settle together; ASQ-3 at her 6-month "
     "review",
     "Kate Morrow, HV, Gorsebridge 0-19 Service",
     "Weekly until Rosie is 16 weeks old (10/04/2026), then every 2 weeks; ASQ-3 by 20/06/2026",
     "Weights on the red book centile chart, e-mailed to Marcus; Rosie on or above the 25th centile"],
    ["J9",
     "Come to the house to give Rosie her first feed of the day and take Callum to school, while Niamh sleeps "
     "off her night-time medication",
     "Bernie Calloway, maternal grandmother",
     "Every weekday, 7am to 9am, from 16/03/2026",
     "Callum on time on the school register; Bernie writes Rosie's 7am feed in the diary"],
    ["J10",
     "Collect Callum from school and have him for tea at her house",
     "Bernie Calloway, maternal grandmother",
     "Every Tuesday and Thursday, 3.15pm to 6pm",
     "School's collection log; Bernie texts Marcus each Thursday evening"],
    ["J11",
     "Weekly check-in with Callum about home and Mum being poorly",
     "Mrs Priya Shah, DSL, Gorsebridge Abbey Primary",
     "Every Monday from 16/03/2026",
     "Monitor engagement"],
    ["J12",
     "Four sessions of direct work with Callum using the \u201cWhen Mum is poorly\u201d workbook, ending with his "
     "own card of who he can ring and what to say",
     "Children's services: Marcus Hale, SW",
     "Weekly from 17/03/2026; all four by 24/04/2026",
     "Callum's workbook and card on file; Callum tells Marcus, in his own words, who he would ring"],
    ["J13",
     "Prescribe Niamh's lithium and quetiapine one week at a time, and tell Ailsa and Marcus the same day if a "
     "prescription is not collected",
     "Dr Owen Lewis, GP, Priory Road Surgery",
     "Weekly",
     "Pharmacy collection record; any missed collection e-mailed to Ailsa and Marcus the same day"],
    ["J14",
     "Family network meeting with Niamh, Sean, Bernie and Aoife to go through the crisis and contingency plan "
     "and agree who covers Bernie's mornings if she cannot",
     "Children's services: Marcus Hale, SW",
     "By 27/03/2026",
     "Meeting notes on file naming who covers which mornings; the family's signed copy on the fridge"],
]

_CALLOWAY_CRISIS = [
    ["Niamh sleeps less than 4 hours two nights running, talks fast, or starts spending or making big plans",
     "Sean rings Ailsa (9am to 5pm) or the Crisis Resolution and Home Treatment Team (out of hours) that "
     "day. Sean or Bernie does all of Rosie's care; Niamh does not have Rosie on her own.",
     "Ailsa or the Crisis team sees Niamh at home the same day; Dr Adeyinka reviews her medication within "
     "24 hours.",
     "Ailsa tells Marcus the same day; Marcus visits within 24 hours and checks who is caring for Rosie and "
     "Callum."],
    ["Niamh misses her lithium two evenings running, or says she will stop it",
     "Sean rings Ailsa the next morning and keeps the medicines in the locked box.",
     "Ailsa visits that day and arranges an urgent lithium level and a medical review.",
     "Marcus is told the same day and visits within 24 hours."],
    ["Niamh has unusual ideas about Rosie (that she is special, in danger or not her baby), hears voices, or "
     "talks about harming herself or Rosie",
     "Sean rings 999. Rosie and Callum are not left with Niamh at all, and go with Sean or to Bernie's.",
     "Crisis team assessment that day; if Niamh needs to go into hospital, Rosie goes with her to Larkspur "
     "Mother and Baby Unit if a bed and the unit agree.",
     "Marcus (or the Emergency Duty Team) holds a strategy discussion with the police and the perinatal team "
     "the same day."],
    ["Bernie cannot do her mornings or Callum's Tuesdays and Thursdays (she is ill, away, or says she cannot "
     "keep it up)",
     "Bernie or Sean tells Ailsa and Marcus that day. Sean takes carer's leave (agreed with his employer) for "
     "the mornings.",
     "Ailsa moves her visit to the morning that week.",
     "If Sean cannot take leave, Marcus arranges for Aoife Burke (Sean's sister, 3 Linnet Close, agreed at the "
     "conference) to cover, or a family support worker from 7am the next day."],
]

PLANS.append({
    "name": "b171_gorsebridge_joint_cpa_and_cp_plan_crisis_table_calloway.pdf",
    "doc_title": "Joint care plan (CPA) and child protection plan - Rosie and Callum",
    "split": "heldout",
    "actions": 14,
    "font_size": 9.5,
    "min_pages": 3,
    "header": "Gorsebridge Perinatal Mental Health Service and Gorsebridge Council Children's Services \u2013 Joint plan \u2013 OFFICIAL-SENSITIVE",
    "footer": "Calloway / Burke \u2013 joint CPA and child protection plan \u2013 ICPC 13/03/2026 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "joint-cpa-care-plan-and-cp-plan-paged-header-footer-cpa-summary-field-table-relapse-signature-bullets-rosies-day-and-callums-words-outcomes-then-ref-action-service-and-lead-timescale-evidence-table-then-crisis-and-contingency-table-early-warning-sign-niamh-and-sean-perinatal-team-childrens-services",
    "description": (
        "Joint initial conference plan, written by children's services with the perinatal mental health "
        "team, for a 12-week-old baby and her 6-year-old brother after their mother, who has bipolar "
        "disorder, was found walking by a main road at 2am with the baby and was admitted to a mother "
        "and baby unit. A CPA summary table and the relapse signature come first, then the baby's day "
        "and the boy's words, then a joint action table (Ref / Action / Service and lead / Timescale / "
        "Evidence) and a crisis and contingency table by early warning sign, with the fallback if the "
        "grandmother cannot help. Most rows are sound (the care coordinator reports on capacity to change "
        "before each core group). Faults: the psychiatrist's medication review is 'as clinically "
        "indicated' and only treats; the psychologist's therapy only treats, measured by attendance; the "
        "CPA review is 'as per CPA' with no date anywhere; the school's check-in is measured by 'monitor "
        "engagement'; one outcome is about the mother only; and nothing says legal planning follows if "
        "things do not change."
    ),
    "blocks": [
        ("title", "Joint Care Plan: CPA and Child Protection"),
        ("p", "This plan brings together Niamh's Care Programme Approach (CPA) care plan from the Gorsebridge "
              "Perinatal Mental Health Service and Rosie's and Callum's child protection plan. It was agreed "
              "at the initial child protection conference on 13/03/2026 (chair: Gillian Frost, IRO)."),
        ("kv", [
            ("Children", "Rosie Calloway-Burke, born 20/12/2025 (12 weeks); Callum Calloway, born 02/05/2019 "
                         "(6), Year 2, Gorsebridge Abbey Primary School"),
            ("Address", "11 Thornbury Way, Gorsebridge GB5 2RH"),
            ("Parents", "Niamh Calloway (31), mother of both children; Sean Burke (33), Rosie's father and "
                        "Niamh's partner, HGV driver. Callum's father, Lee Walsh, sees him one weekend a month."),
            ("Family", "Bernie Calloway, maternal grandmother, 40 Mill Lane (five minutes' drive); Aoife Burke, "
                       "Sean's sister, 3 Linnet Close"),
            ("Category", "Neglect (risk of), both children"),
            ("Social worker", "Marcus Hale, Gorsebridge Children's Services, Assessment and Child Protection "
                              "Team (team manager: Denise Howarth)"),
        ]),
        ("h1", "CPA summary"),
        ("table", {
            "header": ["CPA", "Detail"],
            "widths": [4.0, 13.0],
            "rows": [
                ["Diagnosis", "Bipolar affective disorder (since 2019); manic episode with psychotic features "
                              "after Rosie's birth"],
                ["Admission", "Larkspur Mother and Baby Unit with Rosie, 29/01/2026 to 27/02/2026 (section 2 of "
                              "the Mental Health Act, then informal)"],
                ["Care coordinator", "Ailsa Grant, community psychiatric nurse, Gorsebridge Perinatal Community "
                                     "Mental Health Team"],
                ["Consultant", "Dr Femi Adeyinka, consultant perinatal psychiatrist"],
                ["Medication", "Lithium carbonate 800mg at night; quetiapine 100mg at night"],
                ["Last CPA review", "26/02/2026, on Larkspur MBU, before discharge"],
                ["Crisis line", "Gorsebridge Crisis Resolution and Home Treatment Team, 24 hours"],
            ],
        }),
        ("h2", "Niamh's relapse signature (early warning signs, in Niamh's and Sean's words)"),
        ("bullets", [
            "Sleeping less and not feeling tired; \"up at 3am cleaning\".",
            "Talking fast, jumping between ideas, and spending online.",
            "Feeling that Rosie is special or has a mission; feeling watched.",
            "Skipping her lithium because she \"feels too good to need it\".",
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 28/01/2026, when Rosie was five weeks old, the police found Niamh walking by the A614 at 2am "
              "in the rain with Rosie in a sling, saying that Rosie had to be \"taken to the sea\". Sean was "
              "working a night shift and Callum was asleep at home on his own. Niamh was admitted to Larkspur "
              "Mother and Baby Unit with Rosie the next day, and Callum went to Bernie's. Niamh is much better "
              "and came home on 27/02/2026, but she is at high risk of becoming unwell again in the first "
              "year after a birth, and her night-time medicine makes her hard to wake in the mornings."),
        ("h1", "What is going well"),
        ("bullets", [
            "Niamh has taken her medication every day since discharge and talks openly about her illness.",
            "Sean has moved to day shifts until at least the review conference, with his employer's agreement.",
            "Bernie has offered to come every weekday morning and to have Callum after school twice a week.",
            "Rosie fed and slept well on the MBU, and the nursery nurses saw Niamh respond warmly to her.",
        ]),
        ("h1", "Rosie's day, and what Callum says"),
        ("p", "Rosie cannot tell us about her day, so this is what the MBU staff, Kate and Marcus have seen. "
              "She wakes about 6am and feeds well from a bottle. She watches faces closely and smiles at Niamh "
              "and Callum. When Niamh is drowsy in the morning Rosie is left in her cot longer and cries until "
              "Sean or Bernie comes; when Niamh is well she sings to Rosie during nappy changes and Rosie kicks "
              "and coos."),
        ("p", "Callum (seen on his own at school by Marcus, 10/03/2026): \"The night Mummy went I woke up and "
              "nobody was there. I went in Mummy's bed.\" \"Nana does my cereal now.\" \"I want Mummy to not go "
              "away again.\" He scored feeling safe at home 6 out of 10, and said he would go to 10 \"if "
              "Mummy stays better and Daddy Sean doesn't go to work at night\"."),
        ("h1", "What we want for Rosie and Callum"),
        ("numbers", [
            "Rosie is fed, settled and gaining weight, and is cared for at night by a parent who is awake and "
            "well.",
            "Rosie and Callum are never in Niamh's sole care when she is showing early warning signs, and any "
            "sign is acted on the same day.",
            "Callum is in school on time every day, understands in his own words that Mum is poorly, and knows "
            "who to tell when he is worried.",
            "Niamh's mental health stays stable and she engages with the perinatal team.",
        ]),
        ("pagebreak",),
        ("h1", "Joint action plan"),
        ("p", "Each row names the service and the person leading. \"Timescale\" is when it is done, or how often "
              "and until when."),
        ("table", {
            "header": ["Ref", "Action", "Service and lead", "Timescale", "Evidence"],
            "widths": [1.0, 6.2, 3.4, 3.0, 3.4],
            "rows": _CALLOWAY_ROWS,
        }),
        ("h1", "Crisis and contingency plan"),
        ("table", {
            "header": ["If we see this", "Niamh and Sean will", "The perinatal team will", "Children's services will"],
            "widths": [4.2, 4.4, 4.2, 4.2],
            "rows": _CALLOWAY_CRISIS,
        }),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Fridays at 10am at Gorsebridge Family Hub: 27/03/2026, 24/04/2026 and "
            "22/05/2026. Ailsa attends every core group for the perinatal team.",
            "Review child protection conference: Friday 05/06/2026, 2pm, Gorsebridge Civic Centre.",
        ]),
        ("p", "Plan sent to Niamh, Sean, Bernie, Lee (Callum's part only) and every agency on 16/03/2026."),
    ],
    "findings": [
        F("H001", "Review Niamh's lithium and quetiapine doses and check her lithium levels"),
        F("T002", "Review Niamh's lithium and quetiapine doses and check her lithium levels"),
        F("H001", "Twelve sessions of psychological therapy with Niamh"),
        F("T002", "Hold Niamh's CPA review with Marcus invited"),
        F("M002", "Weekly check-in with Callum about home and Mum being poorly"),
        F("F002", "Niamh's mental health stays stable and she engages with the perinatal team."),
        F("R002"),
    ],
})
# ---------------------------------------------------------------------------
# 4. Shared plan of children's services and the drug and alcohol service at
#    the first review conference: plain text, numbered caps sections, then
#    Part K (the mother's recovery plan as it touches the children, written
#    with her key worker) and Part C (the children's plan), each item a block
#    of "Who >", "What >", "When >" and "Proof >" lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_garthwick_shared_recovery_and_cp_plan_arrow_line_blocks_lomax.txt",
    "split": "heldout",
    "actions": 18,
    "template": "shared-cp-and-recovery-plan-txt-rcpc-caps-numbered-sections-whos-who-testing-history-then-part-k-mothers-recovery-plan-and-part-c-childrens-plan-each-item-a-block-of-who-what-when-proof-arrow-lines",
    "description": (
        "Shared plan of children's services and Garthwick Recovery Partnership at the first review "
        "conference for an 11-year-old and a 4-year-old whose mother, on methadone, overdosed at home on "
        "heroin and cider in November; the younger child's paternal grandparents have both children "
        "every weekend. After numbered caps sections (who's who, why there is still a plan, the test "
        "history, the children's words), the plan is Part K (the mother's recovery plan as it touches the "
        "children, written with her key worker) and Part C (the children's plan), each item a block of "
        "'Who >', 'What >', 'When >' and 'Proof >' lines, with drug service times and proof ('every "
        "Tuesday key-work session', 'at the 4-week methadone review', urine drug screens, the pharmacy's "
        "supervised consumption record). Faults: the SMART Recovery group's proof is 'monitor "
        "engagement'; the hair strand test is 'to be discussed'; the breathalyser check is 'PRN'; oral "
        "fluid tests 'will be done' with '-' for who; the grandparents' weekends have '-' for proof; and "
        "the contingency sends the children to the grandparents with nothing said if they cannot have "
        "them."
    ),
    "text": """\
GARTHWICK COUNCIL CHILDREN'S SERVICES  /  GARTHWICK RECOVERY PARTNERSHIP (GRP)
SHARED PLAN: CHILD PROTECTION PLAN AND RECOVERY PLAN
Review child protection conference 1 - Thursday 12/03/2026 - Chair: Rohan Mistry (IRO)
===============================================================================

1. WHO THIS PLAN IS FOR

   Jayden LOMAX        born 30/04/2014 (11)   Year 6, Garthwick Moor Primary School
   Tia LOMAX-REID      born 14/01/2022 (4)    Little Wrens Nursery (pre-school room)
   Home:               Flat 3, 19 Pennine View, Garthwick GK4 1TD
   Category:           Neglect (both children). On a plan since the ICPC on 11/12/2025.
   Decision today:     Jayden and Tia stay on a child protection plan.

2. WHO'S WHO

   Kerry Lomax ............ Mum (33)
   Dean Reid .............. Tia's dad (36); works offshore, two weeks on and two off
   Pat and Roy Reid ....... Tia's paternal grandparents (PGPs), 8 Moorcroft Lane. They treat
                            Jayden as one of their own.
   Hannah Roe ............. social worker, Garthwick Children's Services (manager: Imran Siddiqui)
   Sam Okafor ............. recovery worker (key worker), GRP
   Dr Julia Penn .......... GRP prescribing doctor
   Carl Mason ............. family support worker, Garthwick Family Hub
   Tony Akers ............. DSL, Garthwick Moor Primary
   Anna Rose .............. Tia's key worker, Little Wrens Nursery
   Bec Holt ............... Garthwick Young Carers

3. WHY JAYDEN AND TIA STILL HAVE A PLAN

   On 21/11/2025 Jayden rang 999 because he could not wake his mum. Paramedics found that Kerry
   had used heroin and drunk cider on top of her 60ml of methadone; she was given naloxone. Tia
   was asleep in the next room. Kerry has been on methadone since 2019 and had been stable until
   last summer. Her urine screens were positive for cocaine in December and January, and Jayden
   told his teacher he hides Tia's sweets "so Mum's friends don't take them". The flat had no
   food in it at two visits in January, and Tia was late or absent from nursery 9 times.

4. WHAT HAS GOT BETTER SINCE DECEMBER

   - Kerry's urine screens have been clear of everything except methadone since 29/01/2026
     (six tests in a row), and every breath test has been 0.00.
   - Kerry collects her methadone every day and has stopped seeing the friends who used at the
     flat.
   - Pat and Roy have had both children every weekend since the ICPC, and the children love it.
   - Jayden's attendance this half term is 94%, up from 83%.

5. JAYDEN AND TIA

   Jayden (seen on his own at school by Hannah, 05/03/2026): "It's way better. Mum gets up now."
   "I still check on her at night, to see she's breathing." "Weekends at Pat's are the best, Roy
   lets me help with the car." He scored home 6 out of 10 (in December he said 2). He wants
   "Mum to stay on her medicine and not get poorly again", and to "not have to hide stuff".

   Tia (seen at nursery by Hannah with Anna Rose, 04/03/2026) played "mummy and baby" with the
   dolls: the mummy doll was "asleep" and the baby doll "made her own breakfast". Anna says Tia
   now arrives most days with her hair done and talking about what she had for breakfast, and
   runs to Pat at collection time.

6. WHAT WE WANT FOR JAYDEN AND TIA

   6.1 Jayden and Tia are cared for every day and night by a mum who is not using heroin, crack
       or alcohol, and whose methadone is kept where they can never reach it.
   6.2 Jayden no longer checks on his mum at night or looks after Tia, and has time to be 11.
   6.3 The children have food, clean clothes and a calm home, and get to school and nursery on
       time every day.
   6.4 Tia has her pre-school booster and a dental check, and is ready to start reception in
       September 2026.

7. THE PLAN

   Each item says who does it, what they do, when or how often, and the proof the core group
   will look at.

   PART K - KERRY'S RECOVERY PLAN, AS IT AFFECTS JAYDEN AND TIA
            (written with Sam Okafor, GRP, and agreed with Kerry on 10/03/2026)

   K1  Who   > Sam Okafor, recovery worker, GRP
       What  > Key-work sessions with Kerry, with a urine drug screen at each one, and a written
               update on whether she is staying off heroin, crack and alcohol and keeping to her
               recovery plan.
       When  > Every Tuesday key-work session until the next review conference; update two
               working days before each core group.
       Proof > Screen results (opiates, cocaine, benzodiazepines, methadone) in Sam's update;
               every screen clear of everything but methadone.

   K2  Who   > Dr Julia Penn, GRP prescribing doctor
       What  > Review Kerry's methadone dose and whether she can keep the Sunday take-home dose,
               and write to Hannah after each review.
       When  > At the 4-week methadone review (09/04/2026), and again before the next review
               conference.
       Proof > Dr Penn's letters on the children's file.

   K3  Who   > Kerry
       What  > Take her methadone under supervision at Moorside Pharmacy, and keep the Sunday
               take-home dose in the locked box on top of the wardrobe, out of Tia's reach.
       When  > Every day from 12/03/2026.
       Proof > The pharmacy's supervised consumption record, sent to Sam weekly; the box seen
               locked at every home visit.

   K4  Who   > Kerry
       What  > Go to the SMART Recovery group at GRP, Tindall Street.
       When  > Every Thursday, 1pm to 2.30pm.
       Proof > Monitor engagement.

   K5  Who   > Hannah Roe (SW) to commission
       What  > Hair strand test for drugs and alcohol, covering three months.
       When  > To be discussed.
       Proof > Lab report, month by month, shared with the core group.

   K6  Who   > Carl Mason, family support worker
       What  > Breathalyser check of Kerry's breath alcohol.
       When  > PRN.
       Proof > Reading written on the visit note; every reading 0.00.

   K7  Who   > Kerry
       What  > No alcohol at all, at home or anywhere else.
       When  > Every day from 12/03/2026.
       Proof > Breath tests 0.00 at every GRP session and every home visit.

   PART C - JAYDEN'S AND TIA'S PLAN

   C1  Who   > Hannah Roe, social worker
       What  > Home visits, one in three unannounced and one a fortnight after 6pm. See Jayden on
               his own and Tia awake, and check the fridge, the beds and the locked box.
       When  > Weekly from 16/03/2026 until the next review conference.
       Proof > Visit record on file within 2 working days, with Jayden's own words and score out
               of 10.

   C2  Who   > -
       What  > Oral fluid drug tests will be done at each unannounced home visit.
       When  > At each unannounced home visit.
       Proof > Results on file; every test clear of everything but methadone.

   C3  Who   > Carl Mason, family support worker
       What  > Eight sessions with Kerry on the morning and teatime routine: breakfast, getting
               Tia to nursery by 9am, a cooked tea, and bedtimes.
       When  > Mondays and Thursdays from 16/03/2026 to 09/04/2026.
       Proof > Routine chart on the fridge, seen by Hannah; Tia in by 9am on the nursery register
               on Carl's days.

   C4  Who   > Tony Akers, DSL, Garthwick Moor Primary
       What  > Meet Jayden at the gate for a check-in, and e-mail Hannah his attendance and
               anything he says about home.
       When  > Every school day at 8.50am; e-mail every Friday.
       Proof > Register print and CPOMS summary each Friday; Jayden at 96% or more by the next
               review conference.

   C5  Who   > Anna Rose, key worker, Little Wrens Nursery
       What  > Note Tia's arrival time, how she presents and who collects her, and ring Hannah
               the same day if Kerry seems under the influence or someone not on the list comes.
       When  > Every nursery session; log sent every Friday.
       Proof > Weekly nursery log on the children's file; Tia at 14 or more of 15 sessions a
               week.

   C6  Who   > Bec Holt, Garthwick Young Carers
       What  > Young carer's assessment with Jayden, then a place at the Year 6 group.
       When  > Assessment by 10/04/2026; group every other Wednesday after that.
       Proof > Assessment on file; Jayden's own "how much I worry at night" score at the start
               and after six groups.

   C7  Who   > Pat and Roy Reid (PGPs)
       What  > Have Jayden and Tia to stay at their house every weekend.
       When  > Every weekend, Friday 5pm to Sunday 5pm.
       Proof > -

   C8  Who   > Pat Reid (PGM)
       What  > Collect Tia from nursery and have her until 6pm, so Kerry can get to key work and
               her group.
       When  > Every Tuesday and Thursday at 3pm.
       Proof > Nursery signing-out sheet, sent with the Friday log (C5).

   C9  Who   > Hannah Roe, social worker
       What  > Four sessions with Jayden about Mum's recovery and his worries at night, ending
               with his own plan for who he rings if he cannot wake her.
       When  > Weekly from 17/03/2026; all four by 24/04/2026.
       Proof > Jayden's workbook and plan on file; Jayden tells Hannah who he would ring.

   C10 Who   > Kerry
       What  > Take Tia for her pre-school booster and register both children with a dentist.
       When  > By 30/04/2026.
       Proof > Red book entry and dentist's card, seen by Hannah.

   C11 Who   > Sam Okafor (GRP) with Hannah Roe (SW)
       What  > Joint home visit to check safe storage of methadone and that no one else's drugs
               or equipment are in the flat.
       When  > Monthly; the first by 27/03/2026.
       Proof > Joint visit note on both records; box locked and the key with Kerry.

8. IF THINGS GO WRONG

   - If Kerry has a screen positive for heroin, crack or any drug not prescribed, blows over
     0.00, or a take-home dose is not in the locked box: the children go to Pat and Roy's that
     night and stay until Hannah has seen Kerry sober and clear. Hannah holds a strategy
     discussion with the police the same day if the children were alone with Kerry while she
     was under the influence.
   - If Kerry cannot be woken, anyone with her rings 999 and gives the naloxone kept in the
     kitchen drawer (GRP gave Kerry and Jayden's school a kit and showed Kerry how to use it).
   - If Kerry has two positive screens for heroin or crack before the next review conference,
     or the children are found alone with her while she is under the influence, Hannah will
     ask Imran Siddiqui for a legal planning meeting within 10 working days to decide whether
     to start the Public Law Outline.

9. MEETINGS

   Core group: every 4 weeks, Thursdays 10am, Garthwick Family Hub - 26/03/2026, 23/04/2026,
   21/05/2026.
   Review child protection conference 2: Thursday 11/06/2026, 1.30pm, Garthwick Town Hall.

Plan typed by Hannah Roe and checked by Sam Okafor; sent to Kerry, Dean, Pat and Roy and every
agency on 13/03/2026.
""",
    "findings": [
        F("M002", "Go to the SMART Recovery group at GRP, Tindall Street."),
        F("T002", "Hair strand test for drugs and alcohol, covering three months."),
        F("T002", "Breathalyser check of Kerry's breath alcohol."),
        F("W001", "Oral fluid drug tests will be done at each unannounced home visit."),
        F("M001", "Have Jayden and Tia to stay at their house every weekend."),
        F("C003"),
    ],
})
# ---------------------------------------------------------------------------
# 5. Initial conference plan after domestic abuse, built with the police and
#    the domestic abuse partnership: MARAC, bail and marker details in a
#    key-value block, then one "safety net" table with a shaded banner row
#    per agency (Police, MARAC, the domestic abuse service, housing, school
#    and nursery, health, children's social care, Jasmine, Ryan) over Action
#    / Named lead / When / Check rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_greyshaw_icpc_da_safety_net_agency_banner_rows_okoro.docx",
    "doc_title": "Child Protection Plan - Leo and Ivy Okoro-Tollerton",
    "split": "heldout",
    "actions": 18,
    "landscape": True,
    "template": "icpc-da-plan-docx-landscape-kv-details-then-marac-bail-and-markers-kv-block-worries-going-well-what-leo-says-ivys-day-outcomes-then-safety-net-table-shaded-agency-banner-rows-police-marac-da-service-housing-school-nursery-health-csc-mum-dad-over-action-named-lead-when-check-rows",
    "description": (
        "Initial conference plan for a 7-year-old and a 2-year-old after their father strangled their "
        "mother while they were in the next room; he is on pre-charge bail with conditions, and the case "
        "has been heard at MARAC. A key-value block gives the MARAC dates, the bail conditions and return "
        "date and the police markers; the plan is one 'safety net' table with a shaded banner row for each "
        "agency and Action / Named lead / When / Check rows, in the partnership's words ('before the next "
        "MARAC on 16/04/2026', 'until bail ends on 07/05/2026', 'before 9am on the next school day', bail "
        "check records, the MARAC action log). Faults: the police bail checks are 'ongoing monitoring'; the "
        "IDVA's safety planning is measured by 'engagement with the IDVA service'; the sanctuary scheme row "
        "has an empty check; 'All agencies' share sightings; the father's perpetrator programme assessment "
        "is 'when a place is available (TBC)'; and the review conference date is still to be confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Greyshaw Borough Council Children's Social Care, with Greyshaw Police and the Greyshaw Domestic "
              "Abuse Partnership"),
        ("kv", [
            ("Children", "Leo Okoro-Tollerton, born 20/06/2018 (7), Year 3, St Anne's C of E Primary; Ivy "
                         "Okoro-Tollerton, born 12/11/2023 (2), Sunflower Nursery"),
            ("Home", "14 Cowley Street, Greyshaw GY2 8LB, with their mum, Jasmine Okoro (28)"),
            ("Father", "Ryan Tollerton (31), now living at his mother's, 22 Barley Rise, Greyshaw"),
            ("Family", "Tayo Okoro, Jasmine's sister, Flat 9 Quayside, Greyshaw"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, 05/03/2026. Chair: Paul Whitaker (IRO)"),
            ("Social worker", "Olivia Brandt, Greyshaw Children's Social Care (team manager: Chris Onyango)"),
        ]),
        ("h1", "MARAC, bail and police markers"),
        ("kv", [
            ("Incident", "13/02/2026: Ryan held Jasmine by the throat against the kitchen door until she "
                         "nearly passed out. Leo and Ivy were in the front room. Leo rang his aunt Tayo, who "
                         "rang 999."),
            ("Risk", "DASH: high risk (17 ticks), including strangulation, escalating jealousy and threats to "
                     "kill"),
            ("MARAC", "Heard 19/02/2026. Next MARAC: 16/04/2026"),
            ("Bail", "Released on pre-charge bail 14/02/2026. Conditions: live and sleep at 22 Barley Rise; no "
                     "contact with Jasmine, directly or through anyone else; not to enter Cowley Street, or go "
                     "to St Anne's Primary or Sunflower Nursery. Bail return date: 07/05/2026"),
            ("Markers", "High-risk domestic abuse warning marker on 14 Cowley Street and on Jasmine's mobile "
                        "number, set 14/02/2026"),
            ("IDVA", "Chantelle Moss, Greyshaw Domestic Abuse Service"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "This was not the first time. Jasmine told the IDVA that Ryan has checked her phone, taken her "
              "bank card and pushed her since Ivy was born, and that he threatened to kill her if she ever "
              "left. Strangulation is one of the strongest signs that a man may go on to kill his partner. "
              "Leo has heard and seen a great deal: he told the police officer who came that night that "
              "\"Daddy does the strangling thing when he's angry\". Since the incident Leo has been hitting "
              "other children at school, and Ivy wakes screaming most nights."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jasmine has kept to her safety plan since 14/02/2026 and has told the police about two messages "
            "Ryan sent through a friend.",
            "Tayo is close by and came straight away on the night; the children know her well.",
            "Leo has a trusted adult at school (Mrs Grant) and talks to her most mornings.",
            "Ivy's nursery keeps her routine the same every day and she is settling better there.",
        ]),
        ("h1", "What Leo says, and Ivy's day"),
        ("p", "Leo (seen on his own at school by Olivia, 02/03/2026): \"I don't want Daddy to come back in our "
              "house. I want to see him at the park but only with Auntie Tayo.\" \"When it was loud I put "
              "Ivy's headphones on her.\" He scored feeling safe at home 5 out of 10, and said it would be 10 "
              "\"if the locks are done and Daddy can't get in\"."),
        ("p", "Ivy is 2 and cannot say how she feels. Her key worker sees her play happily at nursery, but she "
              "cries and clings to Jasmine at the door, and she hides under the table when a man's voice is "
              "raised in the corridor. At home she has started waking between 2am and 3am screaming, and only "
              "settles in Jasmine's bed."),
        ("h1", "What we want for Leo and Ivy"),
        ("numbers", [
            "Leo and Ivy are safe at home, at school and at nursery, and their dad does not come near them or "
            "their mum.",
            "Leo and Ivy can sleep through the night and feel safe in their own home.",
            "Leo understands that what happened was not his fault, has words for his feelings, and no longer "
            "hits out at school.",
            "Any time the children spend with their dad in future is safe, planned and supervised.",
        ]),
        ("h1", "The safety net: who does what"),
        ("p", "Each shaded row is an agency. The rows under it are that agency's part, with the person leading "
              "it, when, and how the core group will check it has happened."),
        ("table", {
            "header": ["Action", "Named lead", "When", "Check"],
            "widths": [9.2, 4.8, 5.2, 6.5],
            "rows": [
                ["Greyshaw Police, Domestic Abuse Safeguarding Unit", H, H, H],
                ["Keep the high-risk warning marker on 14 Cowley Street and on Jasmine's mobile number, so any "
                 "999 call gets an immediate response",
                 "PC Lauren Pike, DA safeguarding officer",
                 "Checked on the first working day of each month, and before each MARAC",
                 "Confirmation e-mail to Olivia after each check, copied to the MARAC coordinator"],
                ["Bail checks at 22 Barley Rise to make sure Ryan is living there and keeping to his "
                 "conditions",
                 "PC Ben Carter, neighbourhood officer",
                 "Ongoing monitoring",
                 "Bail check records with the date, time and outcome of each check, shared with Olivia"],
                ["Tell Olivia and the IDVA about any breach of bail, any call-out to the family, and the "
                 "charging decision",
                 "DC Aaron Shah, investigating officer",
                 "Within 24 hours of any breach, call-out or decision; charging decision due by 07/05/2026",
                 "E-mail on the children's file; each breach on the chronology with its police log number"],
                ["Operation Encompass: tell Leo's school and Ivy's nursery about any domestic abuse incident "
                 "the police attend",
                 "Greyshaw Police Operation Encompass hub",
                 "Before 9am on the next school or nursery day",
                 "Encompass notice logged by the DSL on CPOMS and by the nursery manager"],
                ["MARAC", H, H, H],
                ["Review the family at the next MARAC and record each agency's actions on the MARAC action "
                 "log",
                 "Sofia Reyes, MARAC coordinator",
                 "At the MARAC on 16/04/2026",
                 "MARAC action log e-mailed to Olivia within 2 working days of the meeting"],
                ["Greyshaw Domestic Abuse Service", H, H, H],
                ["Safety planning with Jasmine: a written plan for home, the school run, and the day Ryan's "
                 "bail ends",
                 "Chantelle Moss, IDVA",
                 "Weekly until 07/05/2026, then fortnightly until the review conference",
                 "Engagement with the IDVA service"],
                ["Help Jasmine apply for a non-molestation order before Ryan's bail ends",
                 "Chantelle Moss, IDVA",
                 "Application made by 17/04/2026",
                 "Sealed order, or the court's hearing date, on the children's file"],
                ["Eight sessions with Leo on feelings, safety and what happened at home (the Little Lanterns "
                 "programme)",
                 "Jade Wilkins, children and young people's worker",
                 "Every Wednesday from 18/03/2026 to 06/05/2026",
                 "Session register; Leo's \u201cmy safe hand\u201d sheet; Jade's end report to Olivia by "
                 "13/05/2026"],
                ["Greyshaw Homes", H, H, H],
                ["Sanctuary scheme: change the locks, fit a door viewer, a door chain and window alarms",
                 "Neil Barker, sanctuary officer",
                 "By 20/03/2026",
                 ""],
                ["School and nursery", H, H, H],
                ["Check in with Leo at the classroom door, and write down anything he says about home or his "
                 "dad",
                 "Mrs Fiona Grant, DSL, St Anne's Primary",
                 "Every school day",
                 "CPOMS entries and Leo's attendance e-mailed to Olivia every Friday"],
                ["Keep Ivy's collection list and password to Jasmine and Tayo only, and ring 999 and then "
                 "Olivia if Ryan comes to the nursery",
                 "Beth Lyle, nursery manager, Sunflower Nursery",
                 "Every session",
                 "Signed collection log; any attempt by Ryan logged and reported to Olivia the same day"],
                ["Health", H, H, H],
                ["Ivy's 27-30 month review with the ASQ-3 and ASQ:SE-2, including her sleep, and a routine "
                 "enquiry with Jasmine about her safety",
                 "Kemi Ade, HV, Greyshaw 0-19 Service",
                 "By 17/04/2026",
                 "ASQ scores in Ivy's red book and sent to Olivia; a sleep plan agreed with Jasmine"],
                ["Children's Social Care", H, H, H],
                ["Visit Leo and Ivy at home; see Leo on his own and ask him to score how safe he feels. One "
                 "visit in three unannounced",
                 "Olivia Brandt, SW",
                 "Every 2 weeks from 09/03/2026",
                 "Visit records with Leo's score and words, on file within 2 working days"],
                ["Single assessment with Ryan: his account, the risk he poses to the children, and whether any "
                 "contact could be made safe",
                 "Olivia Brandt, SW",
                 "By 23/04/2026",
                 "Assessment shared with the core group on 14/05/2026"],
                ["Everyone working with the family", H, H, H],
                ["Share any sighting of Ryan near the house, school or nursery with the police and Olivia",
                 "All agencies",
                 "Same day",
                 "Reported to the police with a log number and written on the chronology"],
                ["Jasmine", H, H, H],
                ["Ring 999 if Ryan comes to the house or tries to contact her, and keep screenshots of any "
                 "message in the log Chantelle gave her",
                 "Jasmine",
                 "Every day until the bail conditions end and any order is made",
                 "Log and screenshots gone through with Chantelle at each safety planning session"],
                ["Ryan", H, H, H],
                ["Go to an assessment for the Change Project domestic abuse perpetrator programme",
                 "Ryan",
                 "When a place is available (TBC)",
                 "Assessment outcome letter from the Change Project to Olivia"],
                ["Keep every bail condition: live and sleep at 22 Barley Rise, no contact with Jasmine, and stay "
                 "away from Cowley Street, St Anne's and Sunflower Nursery",
                 "Ryan",
                 "Every day until his bail ends on 07/05/2026",
                 "No breach on the police bail check records or reported by Jasmine, the school or the "
                 "nursery"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ryan comes to the house, the school or the nursery, or contacts Jasmine in any way: Jasmine or "
            "the setting rings 999 and the police respond at once because of the marker. Olivia (or the "
            "Emergency Duty Team) holds a strategy discussion with the police the same day, and Chantelle "
            "offers Jasmine and the children a place in the Greyshaw refuge that night.",
            "If Ryan is charged and remanded, or released without charge when his bail ends on 07/05/2026, "
            "Chantelle and Olivia will meet Jasmine within 24 hours to redo the safety plan, and the police "
            "will refer the family back to the MARAC.",
            "If Jasmine lets Ryan back into the house, or there is any further violence, Olivia will ask Chris "
            "Onyango for a legal planning meeting within 5 working days to decide whether to start the Public "
            "Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Thursdays at 1.30pm, Greyshaw Family Centre: 19/03/2026, 16/04/2026 "
            "(after the MARAC) and 14/05/2026.",
            "Review child protection conference: date to be confirmed by the Conference and Review Service.",
        ]),
        ("p", "Plan sent to Jasmine and every agency on 06/03/2026; Ryan has been sent his part and the bail "
              "details only."),
    ],
    "findings": [
        F("T002", "Bail checks at 22 Barley Rise to make sure Ryan"),
        F("M002", "Safety planning with Jasmine: a written plan for home"),
        F("M001", "Sanctuary scheme: change the locks, fit a door viewer"),
        F("W002", "Share any sighting of Ryan near the house, school or nursery"),
        F("T002", "Go to an assessment for the Change Project"),
        F("R001"),
    ],
})
# ---------------------------------------------------------------------------
# 6. Joint plan for a 15-year-old at risk of criminal exploitation: the child
#    protection plan, the youth justice service's referral order contract
#    and the CAMHS part in one document. A who's-who table, Kai's own words
#    and scores, then bullets under each service's heading (YJS, CAMHS,
#    school, police and the missing service, home, children's social care),
#    each bullet with Lead / When / We'll know labels. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_garrowby_joint_cp_referral_order_camhs_service_headed_bullets_brennan.md",
    "split": "heldout",
    "actions": 15,
    "template": "joint-cp-plan-and-referral-order-intervention-plan-and-camhs-md-for-15-year-old-whos-who-table-what-kai-says-with-his-scores-then-bullets-under-each-services-heading-yjs-camhs-school-police-and-missing-home-csc-each-with-lead-when-well-know-labels-then-missing-and-self-harm-contingency",
    "description": (
        "Exemplary joint initial conference plan for a 15-year-old at risk of criminal exploitation: found "
        "in a flat in another town with crack cocaine and cash during a missing episode, on a 9-month "
        "referral order for carrying a knife, and seen by CAMHS for low mood and cutting. The child "
        "protection plan, the youth justice service's referral order contract and the CAMHS part are in "
        "one document: a who's-who table, Kai's own words and his safety scores with his YJS worker, then "
        "bullets under each service's heading with 'Lead', 'When' and 'We'll know' labels, in each "
        "service's words ('until the 3-month panel review on 18/05/2026', 'within 72 hours of every "
        "return', 'at the MACE on 12/03/2026 and every month after', RCADS scores, CAMHS clinic letters, "
        "the reparation log, the register). The aunt's Friday nights have a fallback, legal planning "
        "follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Garrowby Council – Children's Services

## Kai's plan: child protection plan, referral order and CAMHS, together

*Agreed at the initial child protection conference on Thursday 26/02/2026 (chair: Stella Amadi, IRO).
Garrowby Youth Justice Service and Garrowby CAMHS wrote their parts with Kai's social worker, so that Kai
has one plan and not three.*

**Kai Brennan**, born 08/09/2010 (15), Year 10 at Garrowby Academy · lives at 27 Salter Street, Garrowby
GW3 5JD, with his mum, **Lorraine Brennan** (42), and her partner, **Gary Price** (45) · **Category:**
physical abuse (risk of serious harm through criminal exploitation) · **Referral order:** 9 months, made at
Garrowby Youth Court on 19/01/2026; contract signed at the youth offender panel on 16/02/2026; ends
18/10/2026.

### Who's who

| Person | Role |
|---|---|
| Joe Harland | Social worker, Garrowby Adolescent Safeguarding Team (team manager: Ruth Okafor) |
| Natalie Byrne | Case manager, Garrowby Youth Justice Service (YJS) |
| Hannah Ives | Speech and language therapist, YJS |
| Rhiannon Pryce | CAMHS practitioner, Garrowby CAMHS |
| Dr Anil Mehta | Clinical psychologist, Garrowby CAMHS |
| Mr Declan Fry | Designated safeguarding lead (DSL), Garrowby Academy |
| Ms Lydia Shaw | SENCO, Garrowby Academy |
| PC Shauna Kerr | Child Exploitation Team, Garrowby Police |
| Jade Parr | Return home interview worker, Garrowby Missing Service |
| Shona Brennan | Kai's aunt (Lorraine's sister), 5 Tern Close |
| Rob Dean | Coach and mentor, Garrowby Amateur Boxing Club |

### What has been happening

Kai has been reported missing five times since November 2025, mostly on Friday and Saturday nights. On
01/02/2026 Marbury Police found him in a flat with two adults, £340 and fourteen wraps of crack cocaine. He
was treated as a victim, not charged, and Joe referred him to the National Referral Mechanism on
03/02/2026. On 04/12/2025 he was stopped in Garrowby town centre with a kitchen knife in his bag, which led
to the referral order. CAMHS saw Kai on 12/02/2026 after his teacher noticed cuts on his arms; he told them
he cuts "when my head's too loud". His attendance at school this year is 58%, and he has had two
suspensions. Lorraine works three 12-hour shifts a week and has found it hard to know where Kai is.

### What Kai says

Kai (to Natalie, 23/02/2026, and to Joe, 24/02/2026):

- "They were alright at first, gave me food and a phone. Then it was 'you owe us'."
- "I carried the knife 'cause everyone does. If you haven't got one you're the one that gets done."
- "I don't want Mum to get hurt because of me."
- "Boxing is the only thing that gets my head quiet."

Kai scores with Natalie at each YJS session how safe he feels out of 10. On 23/02/2026 he said **3**
("Fridays are the worst"). He said 10 would be "nobody messaging me and just being normal".

**Lorraine:** "I want my boy back. I didn't know any of this was going on till the police rang."

### What's working

- Kai has been to every YJS appointment since the panel and signed his contract.
- He went to both CAMHS appointments and agreed to a safety plan.
- He stays at Shona's on Friday nights when asked, and has never gone missing from there.
- Lorraine and Gary have taken his second phone and now report him missing quickly.

### What we want for Kai

1. Kai is safe from the adults who exploited him, does not go missing, and does not carry a weapon.
2. Kai's low mood is getting better, he is not cutting, and he knows what to do and who to call when his
   head is "too loud".
3. Kai is in school at least 85% of the time by the review conference, and has something to aim for after
   Year 11.
4. Kai finishes his referral order, understands the harm knife crime does, and has a trusted adult he can
   go to.

### The plan – each service's part

#### Garrowby Youth Justice Service (referral order contract)

- **Referral order sessions** on weapons and knife crime, exploitation ("who's using who"), and the harm
  to victims. **Lead:** Natalie Byrne, YJS case manager. **When:** twice a week (Mondays and Wednesdays at
  4pm) until the 3-month panel review on 18/05/2026, then weekly until the order ends on 18/10/2026.
  **We'll know:** session records on the YJS case record, shared with Joe each Friday; Natalie writes down
  Kai's safety score at every session.
- **Reparation:** 12 hours' work at Garrowby Community Garden. **Lead:** Kai. **When:** Saturdays 10am to
  1pm from 07/03/2026, all 12 hours done by 28/03/2026. **We'll know:** the reparation log, signed by the
  garden supervisor each Saturday and copied to Natalie.
- **Speech and language screening**, and a one-page "how to talk with Kai" profile for everyone in this
  plan. **Lead:** Hannah Ives, YJS speech and language therapist. **When:** by 20/03/2026. **We'll know:**
  the profile sent to every worker in the who's-who, and Hannah's screening report on the YJS case record.
- **The 3-month referral order panel review**, with Kai and Lorraine. **Lead:** Natalie Byrne. **When:**
  18/05/2026. **We'll know:** the panel report on file, with Kai's safety scores and which parts of the
  contract are done.

#### Garrowby CAMHS

- **Appointments for Kai's low mood and self-harm**, with his safety plan kept up to date at each one.
  **Lead:** Rhiannon Pryce, CAMHS practitioner. **When:** every Tuesday at 4.30pm from 03/03/2026 until
  the review conference. **We'll know:** a CAMHS clinic letter to Joe and the GP every four weeks, giving
  Kai's RCADS scores (at the start and at week 8) and any self-harm since the last letter.
- **Risk review with Kai and Lorraine**, and Kai's safety plan put on his phone. **Lead:** Dr Anil Mehta,
  clinical psychologist. **When:** by 27/03/2026. **We'll know:** the clinic letter on file; Kai shows Joe
  the safety plan on his phone at their next meeting.

#### Garrowby Academy

- **Meet Kai at the gate** at 8.40am and check in with him at lunch. **Lead:** Mr Declan Fry, DSL.
  **When:** every school day. **We'll know:** Kai's attendance and lates from the register e-mailed to Joe
  and Natalie each Friday; 85% or more by the review conference (58% now).
- **Reading assessment and weekly literacy mentoring.** **Lead:** Ms Lydia Shaw, SENCO. **When:**
  assessment by 20/03/2026; mentoring every Thursday, period 5, after that. **We'll know:** Kai's reading
  age and his SEN support plan sent to Joe and Lorraine; the mentoring log.

#### Garrowby Police and the Missing Service

- **Kai on the MACE (multi-agency child exploitation) meeting**, with Child Abduction Warning Notices
  considered for the two adults found with him in Marbury. **Lead:** PC Shauna Kerr, Child Exploitation
  Team. **When:** at the MACE on 12/03/2026 and every month after. **We'll know:** the MACE action log entry
  sent to Joe within 2 working days of each meeting, with any notices served.
- **Return home interview** after every missing episode. **Lead:** Jade Parr, Garrowby Missing Service.
  **When:** within 72 hours of every return. **We'll know:** the interview record sent to Joe and PC Kerr,
  with what Kai says about where he was and who with.

#### At home

- **Report Kai missing** to the police on 101 (999 if she thinks he is in danger) if he is not home by
  9pm and not answering. **Lead:** Lorraine. **When:** every night Kai is not in by 9pm. **We'll know:** the
  police log number given to Joe the next morning.
- **Go through Kai's week with him**, using the planner Natalie gave them (YJS, CAMHS, boxing, school).
  **Lead:** Lorraine. **When:** every Sunday evening. **We'll know:** a photo of the planner sent to
  Natalie every Monday.
- **Collect Kai from school and have him to stay** on Friday nights. **Lead:** Shona Brennan. **When:**
  every Friday, 3.10pm to Saturday 9.30am, when she drops him at the garden. **We'll know:** Shona texts
  Joe and Natalie by 4pm each Friday; the missing log shows no Friday episodes.

#### Children's social care

- **See Kai on his own**, at school, at home or at Shona's, and once a fortnight at home with Lorraine.
  **Lead:** Joe Harland, SW. **When:** weekly until the review conference. **We'll know:** visit records
  with Kai's own words and his safety score.
- **A place at Garrowby Amateur Boxing Club** (Kai asked for this), with Rob Dean as his mentor. **Lead:**
  Joe Harland, SW. **When:** place agreed by 13/03/2026; sessions every Tuesday and Thursday, 6pm to 8pm,
  after that. **We'll know:** the club register e-mailed to Joe at the end of each month.

### If things go wrong

- **If Kai is not home by 9pm:** Lorraine rings him, then reports him missing by 10pm. PC Kerr is told
  the next morning and Jade offers a return home interview within 72 hours of his return.
- **If Kai is missing for more than 24 hours, is found in another town, or is found with drugs, cash or a
  weapon:** Joe (or the Emergency Duty Team) holds a strategy discussion with the police the same day, and
  Kai is collected and brought to Shona's or home by a worker, not left to make his own way.
- **If Kai hurts himself badly enough to need treatment, or says he is going to:** Lorraine takes him to
  A&E at Garrowby General or rings the CAMHS crisis line; the CAMHS crisis team sees him within 24 hours.
- **If Shona cannot have Kai on a Friday** (she is ill, away, or feels she can no longer do it): she tells
  Joe by 12 noon on the Thursday. Natalie puts on a YJS evening session from 6pm to 9pm that Friday, Gary
  collects Kai at 9pm, and Lorraine does not work that Friday night (agreed with her employer).
- **If Kai goes missing three or more times in a month, is found in another town again, or is arrested
  carrying a weapon:** Joe will ask Ruth Okafor for a legal planning meeting within 5 working days to
  consider whether to apply for a care order, and whether secure accommodation is needed to keep him safe.

### Core group and review

- Core group every 4 weeks, Thursdays at 4pm at the YJS office, Kai welcome to the first half: 12/03/2026,
  09/04/2026 and 07/05/2026.
- Review child protection conference: Thursday 21/05/2026, 4.30pm, Garrowby Civic Centre, three days after
  the 3-month panel review.

Plan written by Joe Harland with Natalie Byrne and Rhiannon Pryce; read through with Kai and Lorraine on
27/02/2026 and sent to every agency the same day.
""",
    "findings": [],
})
# ---------------------------------------------------------------------------
# 7. Neonatal unit discharge planning meeting record that is also the baby's
#    revised child protection plan: meeting details and who came, Luca's days
#    on the unit, what must be true before he goes home, then four tables by
#    time window (on the unit before discharge / day of discharge and the
#    first 24 hours / the first 28 days at home / to 12 weeks), columns
#    What / Who / When / How we'll know. Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
_WIN_HEAD = ["What", "Who", "When", "How we'll know"]
_WIN_W = [6.2, 3.6, 3.4, 3.8]

PLANS.append({
    "name": "b171_galsworth_neonatal_discharge_planning_time_window_tables_marchetti.pdf",
    "doc_title": "Kestrel Neonatal Unit - discharge planning meeting and child protection plan - Luca Marchetti",
    "split": "heldout",
    "actions": 18,
    "font_size": 10,
    "min_pages": 3,
    "header": "Galsworth Hospitals NHS Foundation Trust \u2013 Kestrel Neonatal Unit \u2013 with Galsworth Council Children's Services",
    "footer": "Luca Marchetti \u2013 discharge planning meeting and CP plan, 25/03/2026 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "neonatal-unit-discharge-planning-meeting-record-and-revised-cp-plan-paged-header-footer-meeting-kv-who-came-table-lucas-days-on-the-unit-what-must-be-true-before-discharge-and-outcomes-then-four-time-window-tables-on-the-unit-day-of-discharge-first-28-days-to-12-weeks-what-who-when-how-well-know",
    "description": (
        "Exemplary record of a neonatal unit discharge planning meeting that is also the revised child "
        "protection plan for a baby born at 35 weeks and treated with morphine for neonatal abstinence "
        "syndrome; his mother is on methadone, had a positive test for street diazepam at 28 weeks, and "
        "lives with her own mother, who will be in the house at night. After the meeting details, who came "
        "and the baby's days on the unit, the discharge criteria are set out as what must be true for him "
        "before he goes home, then four tables by time window (on the unit before discharge, the day of "
        "discharge and the first 24 hours, the first 28 days at home, to 12 weeks) with What / Who / When "
        "/ How we'll know columns in the unit's words ('every 4 hours until discharge', 'within 24 hours "
        "of discharge', 'until Luca is 8 weeks old (27/04/2026)', NAS scores, the preterm centile chart, "
        "urine screens, the pharmacy's supervised consumption record). The drug service reports on the "
        "mother, the social worker visits the unit twice a week, the grandmother's nights have a fallback, "
        "legal planning follows named triggers, and meeting dates are set."
    ),
    "blocks": [
        ("title", "Discharge Planning Meeting and Child Protection Plan"),
        ("kv", [
            ("Baby", "Luca Marchetti, born 02/03/2026 at 35+1 weeks, birth weight 2.10kg; on Kestrel Neonatal "
                     "Unit, Galsworth General Hospital, since birth"),
            ("Mother", "Sophie Marchetti (27), 42 Ashgrove Road, Galsworth GW8 3QE, where she lives with her "
                       "mother, Carol Marchetti (56)"),
            ("Father", "Dylan Shaw (29), in prison until at least October 2026; no contact is planned"),
            ("Child protection", "Child protection plan since the pre-birth conference on 05/02/2026 "
                                 "(neglect). Luca is not looked after; Sophie has parental responsibility "
                                 "and agrees to this plan."),
            ("Meeting", "Discharge planning meeting and core group, Wednesday 25/03/2026, 2pm, Kestrel parents' "
                        "room. Chair: Adam Price, social worker"),
        ]),
        ("h2", "Who came"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Sophie Marchetti", "Luca's mum"],
                ["Carol Marchetti", "Luca's grandmother (maternal)"],
                ["Adam Price", "Social worker, Galsworth Children's Services (team manager: Lesley Hart)"],
                ["Dr Aisha Rahman", "Consultant neonatologist, Kestrel Neonatal Unit"],
                ["Sister Maria Kowal", "Ward manager, Kestrel Neonatal Unit"],
                ["Kim Doyle", "Neonatal outreach nurse"],
                ["Gemma Lord", "Recovery worker (key worker), Horizon Galsworth Drug and Alcohol Service"],
                ["Zara Hussain", "Health visitor, Galsworth 0-19 Service"],
                ["Apologies", "Dr Ben Fairley, GP, Ashgrove Medical Centre (report sent)"],
            ],
        }),
        ("h1", "Why Luca has a plan"),
        ("p", "Sophie has used heroin since she was 19. She has been on methadone from Horizon since 2023 and "
              "now takes 50ml a day. Her urine screen at 28 weeks of pregnancy was positive for street "
              "diazepam as well as methadone; every screen since 32 weeks has been clear of anything except "
              "methadone. Luca was born early and showed signs of withdrawal (neonatal abstinence syndrome) "
              "from his second day; he has needed oral morphine, which is now being weaned. Sophie smokes "
              "about ten cigarettes a day. Luca's father is in prison for supplying drugs."),
        ("h1", "What is going well"),
        ("bullets", [
            "Sophie has been on the unit every day, for most of the day, and does most of Luca's feeds and "
            "nappies herself.",
            "Every screen for eight weeks has been clear except for methadone, and Sophie collects her dose "
            "every day.",
            "Carol has given up her night shifts until Luca is eight weeks old so she can be at home at night.",
            "Luca has come off his nasogastric tube and takes his bottles well.",
        ]),
        ("h1", "Luca's days on the unit"),
        ("p", "Luca cannot tell us how things are for him, so this is what the nurses, Adam and Gemma have seen. "
              "In his first week Luca had a high-pitched cry, shook, sneezed and could not settle between "
              "feeds. He is calmer now: he feeds 50ml every three hours, sleeps in short stretches, and "
              "startles at loud noises and bright light. He settles best skin-to-skin with Sophie, wrapped, "
              "with the lights low. Sister Kowal saw Sophie on 23/03/2026 notice his hunger cues before he "
              "cried and feed him calmly. He now weighs 2.34kg."),
        ("p", "Sophie: \"I've done everything they've asked. I just want to take him home and show you I can do "
              "it.\" Carol: \"I'll be there every night. I've seen what Sophie's like when she's using and "
              "she's not like that now.\""),
        ("h1", "What must be true before Luca goes home"),
        ("bullets", [
            "Luca has been off morphine for at least 72 hours, with every NAS score below 8.",
            "Luca takes all his feeds by bottle and has gained weight for three days in a row.",
            "Luca keeps his temperature in an open cot.",
            "Sophie has roomed in with Luca for two nights and done all his care, and she and Carol have "
            "done basic life support and safe sleep training.",
            "Luca's Moses basket is ready at home, the locked box for Sophie's methadone is fitted, and no "
            "one smokes in the house.",
        ]),
        ("h1", "What we want for Luca at home"),
        ("numbers", [
            "Luca gains weight and follows his line on the preterm centile chart.",
            "Luca is cared for by a mum who takes only her prescribed methadone, kept locked away where he "
            "can never reach it.",
            "Luca sleeps safely on his back in his own Moses basket, in a home where no one smokes.",
            "Luca has all his health checks and immunisations on time, and any late signs of withdrawal are "
            "spotted and treated the same day.",
        ]),
        ("pagebreak",),
        ("h1", "The plan, by time window"),
        ("h2", "1. On the unit, before discharge"),
        ("table", {
            "header": _WIN_HEAD,
            "widths": _WIN_W,
            "rows": [
                ["NAS scores, and the morphine wean; Luca stays on the unit for at least 72 hours after his "
                 "last dose",
                 "Kestrel nursing team, led by Sister Maria Kowal",
                 "Every 4 hours until discharge",
                 "NAS chart; every score below 8 for the 72 hours off morphine"],
                ["Give Luca at least six of his eight feeds a day, and room in with him in the parents' "
                 "room",
                 "Sophie",
                 "Every day until discharge; rooming in on the last two nights",
                 "Feed chart initialled by the nurse at each feed; rooming-in record signed by the night "
                 "nurse"],
                ["Teach Sophie and Carol basic life support for babies, safe sleep, and making up bottles",
                 "Sister Maria Kowal",
                 "Before discharge",
                 "Competency sheet signed after Sophie and Carol have each shown the nurse back"],
                ["Visit Luca on the unit and see Sophie feed and settle him",
                 "Adam Price, SW",
                 "Every Tuesday and Friday until discharge",
                 "Visit record with what Adam saw of a feed and of Luca's settling"],
                ["Key work with Sophie on the unit, with a urine screen at each session",
                 "Gemma Lord, Horizon",
                 "Every Monday until discharge",
                 "Screen results e-mailed to Adam the same week; every screen clear of all but methadone"],
                ["Home check at 42 Ashgrove Road: Moses basket, the locked box for methadone fitted, smoke "
                 "alarm, and no smoking indoors agreed with Sophie and Carol",
                 "Adam Price, SW",
                 "By 01/04/2026, and before discharge",
                 "Home checklist signed by Sophie and Carol and placed on the unit's discharge file"],
            ],
        }),
        ("h2", "2. Day of discharge and the first 24 hours"),
        ("table", {
            "header": _WIN_HEAD,
            "widths": _WIN_W,
            "rows": [
                ["Discharge examination, and the discharge summary sent to the GP, the HV and Adam",
                 "Dr Aisha Rahman, neonatologist",
                 "On the day of discharge",
                 "Discharge summary received by Adam within 24 hours of discharge"],
                ["Home visit: weigh Luca, watch a feed and check for signs of withdrawal; then visits twice a "
                 "week",
                 "Kim Doyle, neonatal outreach nurse",
                 "Within 24 hours of discharge, then twice a week for two weeks",
                 "Weights on the preterm centile chart in the red book; NAS signs written on the outreach "
                 "record and any concern phoned to Adam the same day"],
                ["Home visit: see where Luca sleeps, the locked box, and that no one has smoked indoors",
                 "Adam Price, SW",
                 "Within 2 working days of discharge",
                 "Visit record on file the same day, noting where Luca slept, the box locked and any smell "
                 "of smoke"],
            ],
        }),
        ("h2", "3. The first 28 days at home"),
        ("table", {
            "header": _WIN_HEAD,
            "widths": _WIN_W,
            "rows": [
                ["New birth visit, then weigh Luca and watch a feed",
                 "Zara Hussain, HV",
                 "New birth visit by 14 days after discharge; then weekly until Luca is 8 weeks old "
                 "(27/04/2026)",
                 "Weights plotted on the preterm chart and e-mailed to Adam; Luca on or above his birth "
                 "centile line"],
                ["Take her methadone under supervision at Bridge Street Pharmacy, and keep any take-home dose "
                 "in the locked box",
                 "Sophie",
                 "Every day from the day after discharge",
                 "Pharmacy's supervised consumption record sent to Gemma weekly; box locked at every visit by "
                 "Adam, Zara or Kim"],
                ["Key work with a urine screen, and a written view on whether Sophie is stable on methadone, "
                 "using nothing else, and able to care for Luca safely",
                 "Gemma Lord, Horizon",
                 "Fortnightly from discharge; written view two working days before each core group and the "
                 "review conference",
                 "Gemma's written view and the screen results on the children's file"],
                ["Be in the house every night, do the 2am feed, and make sure Luca sleeps in his Moses basket, "
                 "not in Sophie's bed",
                 "Carol Marchetti",
                 "Every night until Luca is 8 weeks old (27/04/2026)",
                 "Carol's night-feed chart, read by Adam and Zara at their visits"],
                ["Go to the Galsworth Stop Smoking Service and smoke only outside, away from Luca",
                 "Sophie",
                 "Weekly for 12 weeks from 30/03/2026 (the first session on the unit)",
                 "Carbon monoxide reading at each session, recorded by the adviser; no smell of smoke indoors "
                 "at any visit"],
                ["Home visits, one in three unannounced: see Luca awake and undressed, a feed, and where he "
                 "sleeps",
                 "Adam Price, SW",
                 "Weekly from discharge until the review conference",
                 "Visit records noting Luca's weight from the red book and what Adam saw"],
            ],
        }),
        ("h2", "4. From 4 weeks home to 12 weeks old"),
        ("table", {
            "header": _WIN_HEAD,
            "widths": _WIN_W,
            "rows": [
                ["Luca's 6-8 week check and Sophie's postnatal check, and a letter to Adam on both",
                 "Dr Ben Fairley, GP",
                 "At the 6-8 week check",
                 "GP letter on the children's file within a week of the checks"],
                ["Take Luca for his immunisations",
                 "Sophie",
                 "At 8 weeks (27/04/2026) and 12 weeks (25/05/2026)",
                 "Immunisations written in the red book, seen by Zara"],
                ["Neonatal follow-up clinic: growth, feeding and any late withdrawal signs",
                 "Dr Aisha Rahman, neonatologist",
                 "6 weeks after discharge",
                 "Clinic letter to the GP, Zara and Adam"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Luca's NAS scores are 8 or more twice in a row after discharge, or he stops feeding or loses "
            "weight, Kim or Zara will send him back to Kestrel Neonatal Unit the same day and tell Adam.",
            "If Sophie has a screen positive for heroin, cocaine or benzodiazepines that are not prescribed, "
            "seems under the influence, or a take-home dose is not in the locked box, Sophie will not care for "
            "Luca on her own: Carol will, and Adam (or the Emergency Duty Team) will hold a strategy "
            "discussion with the police and Horizon the same day.",
            "If Carol cannot be in the house at night (she is ill, away, or finds she cannot keep it up), she "
            "or Sophie will tell Adam that day. Sophie and Luca will go that night to the parent-and-child "
            "foster placement with Jean Archer (Galsworth Fostering is holding the place until 27/04/2026). "
            "If this happens before discharge, Luca stays on the unit until the placement is ready.",
            "If Sophie leaves the unit with Luca before he is discharged, the nurse in charge will ring the "
            "police and Adam (or the Emergency Duty Team) at once.",
            "If Sophie has any positive screen for heroin, cocaine or street benzodiazepines, or if by the "
            "review conference Luca is not gaining weight at home, Adam will ask Lesley Hart for a legal "
            "planning meeting within 5 working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "This meeting is the core group for 25/03/2026. Next core groups at 42 Ashgrove Road, at 10am: "
            "15/04/2026, then every 4 weeks (13/05/2026 and 10/06/2026).",
            "Review child protection conference: Wednesday 29/04/2026, 2pm, Galsworth Civic Centre.",
        ]),
        ("p", "Record written by Adam Price with Sister Kowal; sent to Sophie, Carol and everyone who came or sent "
              "apologies on 26/03/2026."),
    ],
    "findings": [],
})
