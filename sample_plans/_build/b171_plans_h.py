"""Batch 171, module h: seven fictional plans (held-out material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans written with other agencies, in their own words for WHEN and
HOW WE WILL KNOW. Each plan is co-written or led by a different setting and
carries that setting's vocabulary, each in a template of its own: times such
as "by 28/40", "at 34/40", "within 2 hours of admission in labour", "days 1,
3, 5 and 10 after discharge", "every school day at breakfast club", "before
the February half term", "every 4 weeks (lithium level)", "at the 27-30 month
review", "until bail conditions end", "before the next MARAC review",
"within 72 hours of every return", "72 hours off morphine before discharge";
measures such as red book centile charts, the register and CPOMS, Boxall and
SDQ scores, ASQ-3, lithium levels, breath test (BrAC) readings and PEth
results, MARAC action logs, bail check records, CAMHS clinic letters and
RCADS scores, Finnegan scores and rooming-in records. In the four faulty
plans a few times and measures only look like one ("when capacity allows",
"ongoing monitoring", "as per CPA", "as clinically indicated", "monitor
engagement", "start date to be discussed", "PRN", "to be discussed at core
group"), and a few actions have no owner, time or measure at all.

1. a pre-birth plan led by the specialist safeguarding midwife and the
   social worker for an unborn baby whose sister was placed under a special
   guardianship order, a landscape Word table with a "Stage" column merged
   down (pregnancy / birth and the postnatal ward / home) and a "When
   (weeks of pregnancy or baby's age)" column (docx, exemplary);
2. a review conference plan for a 9-year-old and a 5-year-old living with
   neglect, held at their primary school, with the school's part (DSL,
   SENCO, attendance officer, ELSA, class teacher) folded in: pipe tables
   grouped by where the work happens (in school / health / at home /
   children's social care), "When (school calendar)" and "Evidence (and
   where it is kept)" columns (md): faults are the attendance meeting with
   "-" for evidence, the DSL's breakfast-club check measured by "Ongoing
   monitoring", the SENCO's EHC needs assessment request "When capacity
   allows", a hardship fund request with "-" for who, "Everyone in the core
   group" sharing worries, the mother's depression recorded with no adult
   service owning any action, and the aunt's and grandmother's help with no
   fallback (M001, M002, T002, W001, W002, F004, C003);
3. a joint CPA care plan and child protection plan for a 5-week-old whose
   mother has bipolar disorder and relapsed after the birth, printed to PDF
   with page headers and footers: the CPA relapse signature, then a table of
   "Need (CPA / CP) | What will happen | Responsible | Review point |
   Evidence" (pdf): faults are the care coordinator's weekly support visits
   only (measured by attendance), the psychiatrist's capacity letter "As per
   CPA", the health visitor's weighing "As clinically indicated", a parent-
   infant group measured by "Monitor engagement", "Family" owning the
   evening lithium check, an outcome about the mother only, and a review
   conference "to be arranged" (H001, T002 x2, M002, W002, F002, R001);
4. a joint plan with the drug and alcohol service for an 8-year-old and a
   2-year-old whose mother is alcohol dependent, written as a recovery care
   plan in plain text: numbered items under recovery plan domains, each with
   dot-leader "Lead", "When" and "Evidence" lines (txt): faults are the
   community detox "Start date to be discussed", the father's oral fluid
   tests "PRN", the mutual aid group measured by "Monitor engagement", the
   school's young carers referral with "-" for evidence, "Family network"
   owning reports of drinking, the grandparents' help with no fallback, and
   no legal planning after insufficient progress (T002 x2, M002, M001, W002,
   C003, R002);
5. a child protection plan after domestic abuse that folds the MARAC's
   actions and the conference's into one table with a "Source" column
   (MARAC 29/01/2026 or ICPC 05/02/2026), "Until / by" and "Checked by
   (record)" columns, bail conditions, markers and the IDVA's part, printed
   to PDF with page headers and footers (pdf, exemplary);
6. a joint plan for a 15-year-old with children's services, the youth
   justice service and CAMHS, in three lettered parts (S keeping Reece safe,
   H his health, F his future), each step a bold heading with Who / When /
   How we'll know / Reece says lines, and a CAMHS crisis plan in the
   contingency (md, exemplary);
7. a neonatal unit's discharge plan and child protection plan for a
   preterm baby withdrawing from her mother's methadone, a landscape Word
   table whose "Discharge criterion" column is merged down over the actions
   that meet it, with "Signed off when" as the measure (docx): faults are
   the outreach nurses' weighing "PRN", "Family" supervising the mother's
   care overnight, hair strand tests measured by "To be discussed at core
   group", the hearing screen and newborn examination with "-" for who, a
   follow-up clinic referral with an empty When cell, a parenting
   assessment with an empty measure, and no fallback if the family's
   supervision fails (T002, W002, M002, W001, T001, M001, C003).

Three plans (1, 5 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; outcomes
are about the children; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the child's voice or lived experience, core group dates and a
dated review conference, and legal planning after named triggers; where a
parent drinks, an adult drug and alcohol service owns an action; no mental
health service only supports a parent.

Counting convention used for "actions" (README convention 1): each row of
an action table (whatever the merged Stage or criterion cell beside it),
each numbered item of the recovery care plan and each lettered step of the
youth justice plan counts once, whatever number of sentences it holds.
Stage and criterion cells, domain and part headings, the relapse signature,
the bail conditions, notes above tables, the contingency or crisis plan,
meeting dates, views, outcomes and "Reece says" lines are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan led by the specialist safeguarding midwife and the SW:
#    landscape Word table, Stage column merged down, When column in weeks of
#    pregnancy or the baby's age. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_hollinsmere_prebirth_midwife_led_stage_and_gestation_columns_brennan.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Brennan-Foster",
    "split": "heldout",
    "actions": 18,
    "landscape": True,
    "check_vmerge": 3,
    "template": "prebirth-icpc-plan-docx-landscape-midwifery-and-health-visiting-led-kv-lead-professionals-how-to-read-note-why-going-well-parents-words-babys-world-now-outcomes-then-stage-merged-down-when-in-weeks-of-pregnancy-or-babys-age-what-lead-how-we-will-know-table-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary pre-birth plan, led by the specialist safeguarding midwife and the social worker with "
        "the community midwife and health visitor, for an unborn baby due on 02/05/2026. The mother's "
        "first child was placed with her paternal grandparents under a special guardianship order in "
        "2023 after neglect; the baby's father has a 2021 conviction for assaulting a former partner. A "
        "landscape Word table has a Stage column merged down (pregnancy, the birth and the postnatal "
        "ward, home) and a When column in the maternity service's words ('by 28/40 (07/02/2026)', 'at "
        "30-32 weeks', 'within 2 hours of admission in labour', 'every shift until discharge', 'days 1, "
        "3, 5 and 10 after discharge', 'new birth visit at day 10-14'); every row says how we will know "
        "(the maternity record, the red book centile chart, the safe sleep checklist, a night feed "
        "chart). The grandmother's nights have a fallback, legal planning follows named triggers, core "
        "group and review dates are set, and the baby's world is described."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Hollinsmere Council Children's Services, with Hollinsmere Hospitals NHS Trust Maternity "
              "Services and the Hollinsmere 0-19 Health Visiting Service. This plan was written at the "
              "conference by the specialist safeguarding midwife and the social worker, who lead it together."),
        ("kv", [
            ("Unborn baby", "Baby Brennan-Foster (a girl), EDD 02/05/2026, booked for consultant-led care at "
                            "Hollinsmere General Hospital Maternity Unit"),
            ("Mother", "Chantelle Brennan (23), 14 Wren Court, Hollinsmere HM3 6TA"),
            ("Father", "Dean Foster (29), lives with Chantelle"),
            ("Sister", "Kaia Brennan (3), lives with her paternal grandparents in Saltby under a special "
                       "guardianship order made in 2023; family time with Chantelle once a month"),
            ("Maternal grandmother", "Carol Brennan (52), 3 Linnet Close, Hollinsmere (five minutes' walk)"),
            ("Category", "Neglect (unborn baby)"),
            ("Conference", "Initial child protection conference, 21/01/2026 (Chantelle 25+4 weeks). "
                           "Chair: Yvonne Sutcliffe, IRO"),
            ("Lead professionals", "Niamh Gallagher, specialist safeguarding midwife; Sophie Marsh, social "
                                   "worker (team manager: Anil Kapoor)"),
            ("Also working with the family", "Jess Wynne, community midwife; Priya Raman, health visitor; "
                                             "Kerry Dale, family support worker, Hollinsmere Family Hub; "
                                             "Dr Helen Ashworth, GP, Wren Lane Surgery"),
        ]),
        ("h1", "How to read this plan"),
        ("p", "The When column uses the maternity service's words. 28/40 means 28 weeks of pregnancy; the date "
              "in brackets is worked out from the EDD of 02/05/2026. After the birth, times are given by the "
              "baby's age or by an event on the ward (admission in labour, discharge)."),
        ("h1", "Why the baby needs a plan"),
        ("p", "Chantelle's first baby, Kaia, was removed from her care in 2023 when she was 11 months old. Kaia's "
              "weight had fallen from the 50th to below the 2nd centile, she had missed all her immunisations, "
              "and she was often left with adults Chantelle hardly knew. Chantelle was 19 and had just left "
              "care; she has told us she did not know how to ask for help and was frightened that asking would "
              "mean Kaia being taken."),
        ("p", "Dean was convicted in 2021 of assaulting a former partner and completed a community order. There "
              "have been no incidents between Dean and Chantelle known to the police, but neighbours called the "
              "police on 30/11/2025 about shouting at the flat; both said it was an argument about money. "
              "Chantelle booked late, at 19 weeks, and missed two antenatal appointments in December 2025."),
        ("h1", "What is working well"),
        ("bullets", [
            "Chantelle has been to every antenatal appointment since 06/01/2026 and rang Jess herself to rebook "
            "one.",
            "The flat is clean and warm, and there is a room ready for the baby.",
            "Dean works full time at the Hollinsmere distribution centre and pays the rent; he came to the "
            "conference and answered every question about his conviction.",
            "Kaia's special guardians say Chantelle has not missed a family time in the last year and is warm "
            "and patient with Kaia.",
            "Carol sees Chantelle most days and has offered to stay for the first two weeks after the birth.",
            "There are no concerns about drugs or alcohol for either parent.",
        ]),
        ("h1", "What Chantelle and Dean say"),
        ("p", "Chantelle: \u201cLast time I hid everything and it went wrong. This time I want people to see I can do "
              "it, and I'll say if I'm struggling.\u201d Dean: \u201cWhat I did in 2021 was wrong. I'll do the course "
              "and I'll do whatever it takes. I want to be there for the night feeds.\u201d"),
        ("h1", "The baby's world now"),
        ("p", "The baby cannot tell us what her world is like, so this is what we know. Her 20-week scan showed "
              "her growing on the 50th centile with a strong heartbeat. Chantelle says she kicks hardest when "
              "Chantelle lies down at night, and that she talks and sings to her then. Dean has felt her kick "
              "and has painted the little room yellow. When there was shouting at the flat in November, the "
              "baby was 12 weeks along; we know that stress and raised voices in pregnancy can affect a baby, "
              "and that after the birth she will need calm, predictable adults who feed her on time and stay "
              "patient when she cries."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely, with a ward team who know this plan, and goes home only when safe "
            "sleeping, feeding and a calm home are in place.",
            "The baby is fed well, follows her birth centile on the red book chart and has every health check "
            "and immunisation on time.",
            "The baby grows up in a home with no shouting or violence, with parents who stay calm and gentle "
            "when she cries.",
            "The baby is seen, and her care is checked, by a professional every week until she is 12 weeks old.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Stage", "When (weeks of pregnancy or baby's age)", "What will happen", "Lead",
                       "How we will know"],
            "widths": [2.6, 4.4, 8.0, 4.4, 6.3],
            "rows": [
                ["Pregnancy (now until labour)",
                 "By 28/40 (07/02/2026)",
                 "Put a safeguarding alert and a copy of this plan on Chantelle's maternity record, and write the "
                 "birth and postnatal instructions into her birth plan",
                 "Niamh Gallagher, specialist safeguarding midwife",
                 "The alert shows on the maternity record; Niamh e-mails the SW a copy of the birth plan page by "
                 "07/02/2026"],
                [V,
                 "Every two weeks from 28/40, then weekly from 36/40 (04/04/2026)",
                 "Go to every antenatal appointment at the consultant clinic and with the community midwife, "
                 "including the growth scans at 32/40 and 36/40",
                 "Chantelle Brennan (Mum), with Jess Wynne, community midwife",
                 "Attendance on the maternity record, read out by Niamh at each core group; Jess rings the SW the "
                 "same day if an appointment is missed"],
                [V,
                 "At 30-32 weeks (by 07/03/2026)",
                 "Health visitor's antenatal contact at home: talk through feeding, safe sleep and coping with "
                 "crying (ICON), and see where the baby will sleep",
                 "Priya Raman, HV, Hollinsmere 0-19 Service",
                 "Antenatal contact record and safe sleep checklist completed and copied to the SW"],
                [V,
                 "Every week from 22/01/2026 until Chantelle goes into labour",
                 "Visit Chantelle and Dean at home, one visit in three unannounced, and see each of them on their "
                 "own at least once a fortnight",
                 "Sophie Marsh, SW",
                 "A visit record on file for every week, with what each parent said and how the flat looked"],
                [V,
                 "Start by 28/01/2026; report by 34/40 (21/03/2026)",
                 "Pre-birth parenting assessment of Chantelle and Dean, together and apart, looking at what "
                 "went wrong for Kaia and what is different now",
                 "Sophie Marsh, SW, with Kerry Dale, family support worker",
                 "Written assessment with its recommendation, shared with Chantelle, Dean and the core group by "
                 "34/40"],
                [V,
                 "Weekly on Tuesdays from 03/02/2026, 12 sessions, the last by 28/04/2026",
                 "Complete the Respectful Relationships programme for men who have been violent to a partner",
                 "Dean Foster (Dad); facilitator Marcus Hill, Hollinsmere Domestic Abuse Service",
                 "Attendance register; Marcus's mid-point report to the SW by 10/03/2026 and end report by "
                 "28/04/2026"],
                [V,
                 "Thursday evenings, six sessions, 12/02/2026 to 19/03/2026",
                 "Go together to the Getting Ready for Baby antenatal group at Hollinsmere Family Hub",
                 "Chantelle and Dean",
                 "Group register; the group leader's note to the SW after the last session"],
                [V,
                 "By 36/40 (04/04/2026)",
                 "Set up a cot or Moses basket with a new, firm, flat mattress in the parents' bedroom, and "
                 "fit a rear-facing car seat",
                 "Chantelle and Dean",
                 "Seen by Priya at the 36-week home visit and ticked on the safe sleep checklist"],
                [V,
                 "At 34/40 (by 21/03/2026)",
                 "Birth planning meeting with Chantelle and Dean: who is told when she is admitted, who may visit "
                 "on the ward, and that she stays in for at least 72 hours after the birth",
                 "Niamh Gallagher",
                 "Birth plan signed by Chantelle and Dean, on the maternity record and copied to the SW and the "
                 "postnatal ward manager"],
                ["The birth and the postnatal ward",
                 "Within 2 hours of Chantelle's admission in labour",
                 "Ring the SW (or the Emergency Duty Team out of hours) to say Chantelle is in labour, and again "
                 "when the baby is born",
                 "Labour ward coordinator, Hollinsmere General",
                 "Time of each call written on the maternity record; the SW or EDT log shows the call"],
                [V,
                 "Every shift, from the birth until discharge",
                 "Watch and write down how Chantelle and Dean feed, change, hold and settle the baby, and how "
                 "they respond when she cries",
                 "Angela Price, manager of Ward 6 (postnatal ward), through the midwife in charge of each shift",
                 "Care observations in the baby's notes every shift; Angela sends a written summary to the "
                 "discharge planning meeting"],
                [V,
                 "Within 24 hours of the birth, then every second day until discharge",
                 "See the baby on the ward with her parents and read the ward's observations",
                 "Sophie Marsh, SW",
                 "Visit record noting how the baby was, who was with her and what the observations say"],
                [V,
                 "Before discharge (no earlier than 72 hours after the birth)",
                 "Hold a discharge planning meeting on the ward and agree the discharge date and the first "
                 "fortnight's visits",
                 "Sophie Marsh, SW (chair)",
                 "Discharge plan signed by the parents, ward, HV and SW, and sent to the core group the same day"],
                ["Home",
                 "Days 1, 3, 5 and 10 after discharge",
                 "Postnatal visits: weigh the baby, check feeding, the cord and jaundice, and Chantelle's own "
                 "recovery",
                 "Jess Wynne, community midwife",
                 "Weights written in the red book; handover to the HV on day 10 with the baby back to her birth "
                 "weight"],
                [V,
                 "New birth visit at day 10-14, then weekly until the 6-8 week check",
                 "Weigh the baby and plot her weight on the centile chart; watch a feed, a nappy change and "
                 "where she sleeps",
                 "Priya Raman, HV",
                 "Weights plotted in the red book and e-mailed to the SW each week; the baby following her birth "
                 "centile at the 6-8 week check"],
                [V,
                 "Every night for the first 14 nights at home",
                 "Stay at the flat overnight and do one night feed, so that Chantelle and Dean each get a "
                 "stretch of sleep",
                 "Carol Brennan (maternal grandmother)",
                 "Night feed chart filled in by Carol, read by Priya and the SW at each visit"],
                [V,
                 "At the 6-8 week check and at 8 weeks old",
                 "Baby's 6-8 week physical check and her first immunisations",
                 "Dr Helen Ashworth, GP, Wren Lane Surgery",
                 "Check and immunisations recorded on the GP record and in the red book, seen by Priya"],
                [V,
                 "Every week from the day after discharge until the baby is 12 weeks old",
                 "Visit the baby at home, one visit in three unannounced, and see her awake and undressed at "
                 "least once a fortnight",
                 "Sophie Marsh, SW",
                 "Visit records with the latest red book weight, where the baby slept and what each parent said"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chantelle misses two antenatal appointments in a row, or cannot be contacted for 48 hours, Jess "
            "and Sophie will visit together the next working day. If Chantelle is still not seen, Sophie will "
            "hold a strategy discussion with the police and Niamh within 24 hours.",
            "If there is any violence or threat between Dean and Chantelle, or the police are called to the flat, "
            "the police will attend, Dean will leave that night to stay with his brother at 22 Tern Road, "
            "Hollinsmere, and Sophie (or the Emergency Duty Team) will hold a strategy discussion the same day. "
            "The baby will not be discharged to a home Dean is living in until that discussion has decided it "
            "is safe.",
            "If on the ward the baby is left without an adult, misses feeds, or is handled roughly, Angela will "
            "tell Sophie the same day; the baby will stay on the ward and will not be discharged until a "
            "strategy discussion has been held.",
            "If Carol cannot stay on any of the first 14 nights, she or Chantelle will ring Sophie that day. "
            "Kerry Dale will visit every morning until Carol is back and Priya will add a second visit that "
            "week. If Sophie judges the nights are not safe without another adult, Chantelle and the baby will "
            "move that day to the mother-and-baby foster placement that Hollinsmere Fostering is holding.",
            "A legal planning meeting on 13/01/2026 decided not to start pre-proceedings yet. If the parenting "
            "assessment at 34/40 recommends that the baby cannot safely go home, or Dean is violent at any "
            "point, or Chantelle misses more than two antenatal appointments before the review conference, "
            "Sophie will ask Anil Kapoor for a legal planning meeting within five working days to decide "
            "whether to start the Public Law Outline before the birth.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 2pm at Hollinsmere Family Hub: 04/02/2026, 04/03/2026 "
            "and 01/04/2026, then in the first week the baby is home.",
            "Review child protection conference: Wednesday 15/04/2026, 10am, Hollinsmere Civic Centre.",
        ]),
        ("p", "Plan agreed at the conference on 21/01/2026 and sent to Chantelle, Dean, Carol and every agency on "
              "23/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan held at the children's primary school, the
#    school's part folded in: pipe tables grouped by where the work happens,
#    "When (school calendar)" and "Evidence (and where it is kept)". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_haddleton_rcpc_school_part_folded_in_where_it_happens_tables_pollitt.md",
    "split": "heldout",
    "actions": 17,
    "template": "rcpc-plan-md-held-at-primary-school-school-part-folded-in-details-list-whos-who-worries-progress-since-icpc-leos-and-maisies-words-outcomes-then-pipe-tables-grouped-by-where-it-happens-in-school-health-at-home-social-care-who-what-when-school-calendar-evidence-and-where-kept-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 5-year-old living with neglect, held at their "
        "primary school, with the school's part written by the DSL, SENCO and attendance officer. "
        "Their mother has depression; her sister and mother help with tea and uniforms. The plan is in "
        "pipe tables grouped by where the work happens (in school, health, at home, children's social "
        "care), with 'When (school calendar)' and 'Evidence (and where it is kept)' columns ('every school "
        "day from first-day calling at registration', 'before the end of the autumn term', 'every other "
        "Monday in term time', the register, CPOMS, Boxall scores, ELSA scaling). Most rows are sound. "
        "Faults: the attendance meeting has '-' for evidence; the DSL's breakfast-club check is measured "
        "by 'Ongoing monitoring'; the SENCO's EHC needs assessment request is 'When capacity allows'; the "
        "hardship fund request has '-' for who; 'Everyone in the core group' shares worries; the mother's "
        "depression is recorded but no adult service owns any action; and the contingency says nothing "
        "about the aunt's or grandmother's help failing."
    ),
    "text": """\
# Haddleton Metropolitan Borough Council
## Children's Social Care - Child Protection Plan (review)

**Leo and Maisie Pollitt** · review child protection conference held at Haddleton Park Primary School,
Tuesday 18/11/2025, 9.30am · Chair: Graham Oyelaran (IRO)

- **Leo Pollitt**, born 04/03/2016 (9), Year 5, Haddleton Park Primary School
- **Maisie Pollitt**, born 21/07/2020 (5), Year 1, Haddleton Park Primary School
- **Home:** 27 Sorrel Street, Haddleton HD5 2QN, with their mum, **Gemma Pollitt** (33)
- **Dads:** Leo's father has had no contact since 2019. Maisie's father, Craig Walsh, sees her every other
  Sunday at his flat.
- **Family who help:** **Jade Pollitt**, Gemma's sister (two streets away); **Linda Pollitt**, maternal
  grandmother (Haddleton Moor)
- **Category:** Neglect (both children). Initial conference 28/08/2025. **Decision today:** the children
  stay on a child protection plan.

### Who's who

| Who | Role |
|---|---|
| Nadia Rahman | Social worker, Haddleton Children's Social Care (team manager: Paul Kerrigan) |
| Mrs Karen Holt | Designated safeguarding lead (DSL), Haddleton Park Primary |
| Mr Ben Tully | SENCO, Haddleton Park Primary |
| Mrs Sue Beck | Attendance officer, Haddleton Park Primary |
| Mrs Anita Shah | Emotional literacy support assistant (ELSA), Haddleton Park Primary |
| Miss Lucy Grey | Maisie's Year 1 class teacher |
| Rachel Lowe | School nurse, Haddleton 0-19 Service |

### Why there is still a plan

- Gemma has depression. Her GP, Dr Farah Qureshi at Haddleton Health Centre, prescribes sertraline.
  Gemma was discharged by Haddleton Talking Therapies in August after missing three appointments, and she
  told the conference that most mornings she cannot get up before 10am.
- Attendance this term is 81% for Leo and 78% for Maisie, with 14 late marks between them. On the days
  they do come, they often arrive after the register closes, hungry, and in uniform that has not been
  washed.
- Leo gets Maisie up and gives her cereal most mornings. He has hit out at other children three times
  this term and is a year behind in reading.
- Maisie has had head lice since September. The dog's mess was on the kitchen floor at two of Nadia's
  five visits.

### What has got better since August

- Maisie has her own bed now (bought in September) and no longer sleeps on the sofa.
- Both children have a free breakfast club place and go on the days Jade brings them.
- Leo started ELSA sessions with Mrs Shah in October and says he likes them.
- Gemma has let Nadia in at every visit, and came to the conference and stayed to the end.

### What Leo and Maisie say

**Leo** (with Mrs Shah and Nadia, 11/11/2025): "I do Maisie's breakfast cos Mum's too tired. It makes us
late and then Miss shouts." "When I get angry it's like my head is fizzing." He scored home **5 out of 10**
("10 is everything's fine"); at the initial conference he said 3. He wants "Mum to get up in the mornings"
and "to be in the top reading group".

**Maisie** (with Miss Grey, 12/11/2025): "I like breakfast club. I have toast and jam." "My head is itchy
and Lily won't sit by me." She drew her family holding hands with the dog in the middle.

### What we want for Leo and Maisie

1. Leo and Maisie are in school every day, on time, ready to learn: at least 96% attendance and no more
   than one late mark a fortnight each.
2. Leo and Maisie have breakfast, clean uniform, their own beds made up with clean sheets, and hair free
   from lice.
3. Leo gets the help he needs with his anger and his reading, and no longer has to get Maisie ready for
   school.
4. Leo and Maisie are woken, fed and taken to school by their mum or another adult, never by Leo.

### The plan

The school's part was written by Mrs Holt, Mr Tully and Mrs Beck with Nadia at the conference. "When"
follows the school calendar (autumn term ends Friday 19/12/2025; February half term begins Monday
16/02/2026). "Evidence" says what will show it is happening and where it is kept.

#### In school

| # | Who | What will happen | When (school calendar) | Evidence (and where it is kept) |
|---|---|---|---|---|
| 1 | Mrs Sue Beck, attendance officer | Ring Gemma by 9.30am on any day Leo or Maisie is not in, and make a home visit that morning if no one answers | Every school day, first-day calling at registration | Call and visit log on the school's attendance system, e-mailed to Nadia every Friday with the week's register |
| 2 | Mrs Sue Beck, attendance officer | Meet Gemma to talk about the children's absences and late marks | Before the end of the autumn term (by 19/12/2025) | - |
| 3 | Mrs Karen Holt, DSL | See Leo and Maisie at breakfast club and check whether they are hungry, clean and in clean uniform | Every school day at breakfast club (8.00-8.45am) | Ongoing monitoring |
| 4 | Mr Ben Tully, SENCO | Complete a Boxall Profile for Leo and write SEN support plan targets for his anger and his reading with him | Boxall by 05/12/2025; plan reviewed at the end of each half term | Boxall scores compared with September's, and the SEN support plan with Leo's own targets, copied to Nadia |
| 5 | Mr Ben Tully, SENCO | Request an Education, Health and Care needs assessment for Leo from the Haddleton SEND Service | When capacity allows | The SEND Service's letter acknowledging the request, on Leo's school file |
| 6 | Mrs Anita Shah, ELSA | ELSA sessions with Leo about worries at home and what to do when his head is "fizzing" | Every Wednesday afternoon from 19/11/2025 until the end of the autumn term | Leo's own 1-10 score at the start and end of each session, recorded by Mrs Shah and sent to Nadia fortnightly |
| 7 | Miss Lucy Grey, Year 1 teacher | Do the morning feelings check-in with Maisie and tell Mrs Holt the same day about anything worrying she says about home | Every school day at morning registration | Check-ins logged on CPOMS; Mrs Holt sends Nadia a CPOMS summary every Friday |
| 8 | - | Apply to the school's hardship fund for new school shoes and a winter coat for both children | By 28/11/2025 | Shoes and coats seen on the children in school |

#### Health

| # | Who | What will happen | When (school calendar) | Evidence (and where it is kept) |
|---|---|---|---|---|
| 9 | Rachel Lowe, school nurse | Check both children's hair for lice, and weigh and measure Maisie | Every other Monday in term time, from 24/11/2025 until the next review conference | Results on the school nursing record, copied to Nadia; no live lice found on three checks in a row |
| 10 | Gemma Pollitt (Mum) | Take Leo to Dr Qureshi and ask for a referral to the community paediatrician about his anger, concentration and sleep | By the end of the autumn term (19/12/2025) | The GP's referral letter, seen by Nadia at a home visit |

#### At home

| # | Who | What will happen | When (school calendar) | Evidence (and where it is kept) |
|---|---|---|---|---|
| 11 | Gemma Pollitt (Mum) | Get Leo and Maisie up, dressed and to breakfast club by 8.15am herself | Every school day | Breakfast club register, sent with the weekly register; 96% attendance and no more than one late mark a fortnight by the February half term |
| 12 | Gemma Pollitt (Mum) | Keep the kitchen clean and clear of the dog's mess, and make up both beds with clean sheets | Every day; sheets changed every Saturday | Home conditions checklist scored by Nadia at each visit; 8 out of 10 or more at two visits in a row by the end of the autumn term |
| 13 | Jade Pollitt (aunt) | Collect Leo and Maisie from school and give them their tea at her house | Tuesdays and Thursdays at 3.15pm, until the next review conference | The school's collection log, and Jade's text to Nadia each Thursday evening |
| 14 | Linda Pollitt (grandmother) | Wash and iron the children's uniform and bring it back for the week | Every Sunday evening | Clean uniform seen by Mrs Holt on Monday mornings and noted on CPOMS |

#### Children's social care

| # | Who | What will happen | When (school calendar) | Evidence (and where it is kept) |
|---|---|---|---|---|
| 15 | Nadia Rahman, SW | Visit Leo and Maisie at home, one visit in three unannounced, and see each child on their own | Every two weeks until the next review conference | Visit records with each child's own words and the home conditions score |
| 16 | Nadia Rahman, SW | Refer Leo to Haddleton Young Carers for an assessment and a place at their Tuesday club | By 28/11/2025 | Young carers assessment date on file and Leo on the club register by the February half term |
| 17 | Everyone in the core group | Tell Nadia the same day about any worry about the children's care | Same day | Worries logged on the children's chronology |

### If things go wrong

- **If Leo or Maisie is not in school and Gemma cannot be reached by 10am,** Mrs Beck visits the house that
  morning. If no one answers she rings the police for a welfare check and tells Nadia straight away.
- **If the children are found at home without food, or the home conditions score falls below 5,** Nadia
  visits that day. If the children cannot safely stay at home that night, Nadia (or the Emergency Duty
  Team after 5pm) places them together with Haddleton foster carers.
- **If Leo tells anyone he has been left to look after Maisie on his own,** the school rings Nadia straight
  away and Nadia holds a strategy discussion with the police the same day.
- **If by the core group on 13/01/2026 either child's attendance is still below 90%, or the home conditions
  score is still below 8,** Nadia will ask Paul Kerrigan for a legal planning meeting within ten working
  days to decide whether to start the Public Law Outline.

### Core group and review

- Core group every six weeks, Tuesdays at 3.30pm at Haddleton Park Primary School: 02/12/2025,
  13/01/2026, 24/02/2026 and 31/03/2026.
- Next review child protection conference: Tuesday 12/05/2026, 9.30am, Haddleton Park Primary School.

*Plan agreed at the review conference on 18/11/2025 and sent to Gemma, Jade, Linda and every agency on
20/11/2025.*
""",
    "findings": [
        F("M001", "Meet Gemma to talk about the children's absences and late marks"),
        F("M002", "See Leo and Maisie at breakfast club and check whether"),
        F("T002", "Request an Education, Health and Care needs assessment for Leo"),
        F("W001", "Apply to the school's hardship fund for new school shoes"),
        F("W002", "Tell Nadia the same day about any worry"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Joint CPA care plan and child protection plan, perinatal mental health
#    team and children's services: relapse signature, then a "Need (CPA /
#    CP) | What will happen | Responsible | Review point | Evidence" table.
#    Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
_ASHDOWN_ROWS = [
    ["1", "Mental health: keeping well",
     "Care coordination visits at home to support Laura with her mood, her sleep and taking her lithium",
     "Owen Pritchard, care coordinator (CPN), Heskethby Perinatal Mental Health Service",
     "Weekly, Thursdays, until the review conference",
     "Visits recorded on the Trust record; attendance confirmed to the SW by e-mail every fortnight"],
    ["2", "Mental health: capacity to change",
     "Assess Laura's mental state, insight and risk of relapse, and write to the SW on whether she can stay "
     "well enough to care for Ivy safely, what must change and how long that is likely to take",
     "Dr Asha Verma, consultant perinatal psychiatrist",
     "As per CPA",
     "Dr Verma's letter on Ivy's file and shared with the core group"],
    ["3", "Mental health: lithium",
     "Check Laura's lithium level and her kidney and thyroid function, and tell the SW and Owen if a blood "
     "test is missed or a level is out of range",
     "Dr Tom Adeyemi, GP, Canal Street Practice (shared care with the perinatal team)",
     "Every 4 weeks, next blood test 24/02/2026",
     "Results on the GP record; a missed test or an out-of-range level e-mailed to the SW and Owen the same "
     "day"],
    ["4", "Mental health: lithium",
     "Take her lithium every evening at 9pm and keep the blister pack on the kitchen shelf where Mark can "
     "see it",
     "Laura Ashdown (Mum)",
     "Every evening from 10/02/2026",
     "Blister pack checked by Owen at each visit; lithium level in range at each 4-weekly blood test"],
    ["5", "Ivy's care at night",
     "Do the 11pm and 3am feeds on the nights he is at home, so that Laura gets at least five hours' sleep "
     "in a row",
     "Mark Tennant (Dad)",
     "Every night he is not on a night shift, from 10/02/2026",
     "Night feed chart on the fridge, read by the HV and SW at each visit; Mark's shift rota given to the SW "
     "at the start of each month"],
    ["6", "Ivy's care at night",
     "Sleep at the flat and do the night feeds on the nights Mark is working",
     "Sue Ashdown (maternal grandmother)",
     "Every night Mark is on a night shift (his rota, sent to the SW monthly)",
     "Night feed chart, signed by Sue for the nights she does"],
    ["7", "Mental health: lithium",
     "Make sure Laura has taken her lithium each evening, and ring Owen the next morning if she refuses or "
     "misses a dose",
     "Family",
     "Every evening",
     "Any missed dose recorded by Owen on the Trust record and passed to the SW the same day"],
    ["8", "Early warning signs",
     "Ring Owen (or the Crisis and Home Treatment Team out of hours) the same day if Laura shows any sign "
     "from her relapse signature, and stay with Ivy until Laura has been seen",
     "Mark Tennant (Dad)",
     "The same day any sign is seen",
     "The call on the Trust record and on Ivy's chronology"],
    ["9", "Ivy's growth and health",
     "Weigh Ivy and plot her weight on the centile chart in her red book; watch a feed and how Laura "
     "responds when Ivy cries",
     "Donna Kitchen, HV, Heskethby 0-19 Service",
     "As clinically indicated",
     "Weights in Ivy's red book, copied to the SW"],
    ["10", "Ivy's growth and health",
     "Ivy's 6-8 week check and her first immunisations",
     "Dr Tom Adeyemi, GP",
     "6-8 week check by 03/03/2026; immunisations at 8 weeks, from 03/03/2026",
     "Check and immunisations on the GP record and in the red book, seen by the HV"],
    ["11", "Laura and Ivy together",
     "Mellow Babies parent-infant group for Laura and Ivy, with lunch and a filmed play session",
     "Kirsty Noble, family support worker, Heskethby Family Hub",
     "Every Tuesday morning for 14 weeks from 17/02/2026",
     "Monitor engagement"],
    ["12", "Seeing Ivy",
     "Visit Ivy at home, one visit in three unannounced and one evening visit a month; see Ivy awake and "
     "undressed at least once a fortnight",
     "Rebecca Lyle, SW",
     "Every week until the review conference",
     "Visit records with how Ivy looked and how Laura was; any early warning sign passed to Owen the same day"],
    ["13", "Parenting",
     "Parenting assessment of Laura and Mark, with Sue's part in Ivy's care",
     "Rebecca Lyle, SW",
     "Start by 17/02/2026; complete by 07/04/2026",
     "Written assessment shared with Laura, Mark and the core group by 14/04/2026"],
    ["14", "Mark as a carer",
     "Carer's assessment for Mark, including what help he needs to keep working and still cover Ivy's "
     "nights",
     "Jo Hatfield, carers' assessor, Heskethby Adult Social Care",
     "By 10/03/2026",
     "Carer's assessment and support plan on file, copy to the SW"],
]

PLANS.append({
    "name": "b171_heskethby_joint_cpa_and_cp_plan_need_review_point_evidence_ashdown.pdf",
    "doc_title": "Joint CPA care plan and child protection plan - Ivy Ashdown-Tennant",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Heskethby Perinatal Mental Health Service and Heskethby Children's Services · Joint plan",
    "footer": "Ivy Ashdown-Tennant · Joint CPA and child protection plan agreed 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "joint-cpa-care-plan-and-icpc-plan-paged-landscape-header-footer-shared-details-kv-why-ivy-has-a-plan-relapse-signature-and-what-helps-going-well-ivys-day-what-laura-and-mark-say-outcomes-then-no-need-cpa-or-cp-what-will-happen-responsible-review-point-evidence-table-then-crisis-and-contingency-plan-meetings",
    "description": (
        "Joint CPA care plan and child protection plan, written by the perinatal mental health team and "
        "children's services after an initial conference combined with a CPA review, for a 5-week-old "
        "whose mother has bipolar disorder, stopped lithium in pregnancy, relapsed after the birth and "
        "left the baby alone in the flat at night. The father works night shifts and the maternal "
        "grandmother covers them. After the CPA relapse signature and the baby's day, the plan is a "
        "landscape table 'Need (CPA / CP) | What will happen | Responsible | Review point | Evidence' "
        "('every 4 weeks, next blood test 24/02/2026', 'every night he is not on a night shift', "
        "lithium levels, the night feed chart, the red book). Faults: the care coordinator's weekly visits "
        "only support the mother, measured by attendance; the psychiatrist's capacity letter is 'As per "
        "CPA'; the health visitor weighs the baby 'As clinically indicated'; the parent-infant group is "
        "measured by 'Monitor engagement'; 'Family' owns the evening lithium check; one outcome is about "
        "the mother only; and the review conference is 'to be arranged'."
    ),
    "blocks": [
        ("title", "Joint CPA Care Plan and Child Protection Plan"),
        ("p", "Written together by Heskethby Perinatal Mental Health Service and Heskethby Children's Services "
              "at the initial child protection conference, which was held with Laura's CPA review."),
        ("h1", "Shared details"),
        ("kv", [
            ("Child", "Ivy Ashdown-Tennant, born 06/01/2026 at Heskethby Royal Hospital (5 weeks old)"),
            ("Address", "Flat 3, 19 Lock Street, Heskethby HK2 7RD"),
            ("Mother", "Laura Ashdown (29), bipolar affective disorder, on the Care Programme Approach (CPA) with "
                       "Heskethby Perinatal Mental Health Service"),
            ("Father", "Mark Tennant (34), HGV driver, works night shifts on a rota; lives with Laura and Ivy"),
            ("Maternal grandmother", "Sue Ashdown (58), 7 Fenton Road, Heskethby (ten minutes by car)"),
            ("Care coordinator", "Owen Pritchard, community psychiatric nurse"),
            ("Consultant perinatal psychiatrist", "Dr Asha Verma"),
            ("Social worker", "Rebecca Lyle (team manager: Graham Fenn)"),
            ("Health visitor", "Donna Kitchen, Heskethby 0-19 Service"),
            ("GP", "Dr Tom Adeyemi, Canal Street Practice"),
            ("Meeting", "Initial child protection conference and CPA review, 10/02/2026. Chair: Maxine Bell, IRO"),
            ("Category", "Neglect"),
        ]),
        ("h1", "Why Ivy has a plan"),
        ("p", "Laura was diagnosed with bipolar affective disorder in 2019 after a manic episode and an admission "
              "to hospital. She stopped her lithium when she found out she was pregnant. Ivy was born well at "
              "39 weeks. Twelve days later Laura had slept for only a few hours in four nights, was talking very "
              "fast and had spent her universal credit on baby clothes she did not need. On the night of "
              "18/01/2026, while Mark was at work, Laura left Ivy alone in the flat and walked barefoot to an "
              "all-night shop a mile away. A neighbour heard Ivy crying and called the police, who found her "
              "alone in her Moses basket, cold and in a soaked nappy."),
        ("p", "Laura and Ivy were admitted together to Kestrel Lodge Mother and Baby Unit from 20/01/2026 to "
              "04/02/2026. Laura restarted lithium there and was discharged home under the perinatal team. "
              "She has said she does not remember much about the night of 18/01/2026."),
        ("h1", "Laura's relapse signature (from her CPA care plan)"),
        ("bullets", [
            "Sleeping fewer than four hours a night for two nights running, and not feeling tired.",
            "Talking fast, jumping between subjects, and starting big projects late at night.",
            "Spending money she does not have, especially online at night.",
            "Not eating, and forgetting or refusing her lithium.",
            "What helps: Mark or Sue doing the night feeds so that Laura sleeps; a calm flat in the evenings; "
            "ringing Owen early, before things build up.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Laura has taken her lithium every day since 22/01/2026 and her last level was in range.",
            "The Mother and Baby Unit saw Laura feed, bathe and settle Ivy well once her sleep was back.",
            "Mark has changed his rota so that he works no more than two nights a week until April.",
            "Sue has stayed every night Mark has worked since the discharge.",
            "Laura and Mark both came to the conference and agreed to this plan.",
        ]),
        ("h1", "Ivy's day"),
        ("p", "Ivy is 5 weeks old and cannot tell us what her days are like, so this is what the Mother and Baby "
              "Unit, Donna and Rebecca have seen. Ivy feeds every three hours and takes 90-120ml. She is at her "
              "most settled on Mark's or Sue's chest, and she watches Laura's face closely when Laura sings to "
              "her. On Rebecca's visit on 06/02/2026 Laura was tired and flat; Ivy cried for ten minutes in her "
              "basket before Laura picked her up, and then fed well. Ivy was back to her birth weight by 14 "
              "days and is on the 25th centile."),
        ("h1", "What Laura and Mark say"),
        ("p", "Laura: \u201cI will never forgive myself for that night. I know now I can't stop the lithium and I "
              "need people to tell me when I'm going high.\u201d Mark: \u201cI'll do whatever keeps them both safe. "
              "I'd rather lose shifts than have that happen again.\u201d"),
        ("h1", "What we want"),
        ("numbers", [
            "Ivy is fed, changed, settled and kept warm by a parent who is well enough to do it, day and night, "
            "and she is never left alone.",
            "Ivy follows her centile on the red book chart and has all her checks and immunisations on time.",
            "Ivy always has a safe adult with her if Laura starts to become unwell.",
            "Laura stays well and out of hospital.",
        ]),
        ("h1", "The joint plan"),
        ("table", {
            "header": ["No.", "Need (CPA / CP)", "What will happen", "Responsible", "Review point", "Evidence"],
            "widths": [1.0, 3.4, 8.2, 4.5, 3.9, 4.7],
            "rows": _ASHDOWN_ROWS,
        }),
        ("h1", "Crisis and contingency plan"),
        ("bullets", [
            "If Laura shows any sign from her relapse signature, Laura or Mark rings Owen (weekdays 9-5) or the "
            "Heskethby Crisis and Home Treatment Team (24 hours) that day. The team will see Laura within four "
            "hours. Until she has been seen, Laura is not left alone with Ivy: Mark or Sue stays with them.",
            "If Laura is acutely unwell, talks about harming herself or Ivy, or cannot be woken, Mark or Sue "
            "rings 999. The team will arrange admission with Ivy to Kestrel Lodge Mother and Baby Unit if a bed "
            "is free and it is safe for Ivy to go with her; if not, Ivy stays at home with Mark, and Rebecca (or "
            "the Emergency Duty Team) holds a strategy discussion the same day.",
            "If Ivy is found alone, or alone with Laura while Laura is unwell, the police are called, Ivy goes to "
            "Sue's house with Mark that night, and Rebecca holds a strategy discussion the same day.",
            "If Sue cannot stay on a night Mark is working, or Mark and Sue cannot check Laura's lithium one "
            "evening, they will ring Owen that day: Mark will not work that shift (his employer has agreed this "
            "in writing) and the Home Treatment Team will check Laura's lithium that evening. If neither Mark "
            "nor Sue can be with Laura and Ivy overnight, Rebecca (or the Emergency Duty Team) will arrange for "
            "Ivy to stay with Heskethby foster carers that night.",
            "If Laura stops taking her lithium, or Ivy is left alone again, or Dr Verma's letter says Laura "
            "cannot stay well enough in the time Ivy needs, Rebecca will ask Graham Fenn for a legal planning "
            "meeting within five working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Heskethby Family Hub: 24/02/2026, 24/03/2026 "
            "and 21/04/2026. Owen or Dr Verma will attend every core group.",
            "Review child protection conference: to be arranged within three months of this conference.",
        ]),
        ("p", "Plan agreed on 10/02/2026; copies to Laura, Mark, Sue, the perinatal team, the GP and the health "
              "visitor on 12/02/2026."),
    ],
    "findings": [
        F("H001", "Care coordination visits at home to support Laura with her mood"),
        F("T002", "Assess Laura's mental state, insight and risk of relapse"),
        F("T002", "Weigh Ivy and plot her weight on the centile chart"),
        F("M002", "Mellow Babies parent-infant group for Laura and Ivy"),
        F("W002", "Make sure Laura has taken her lithium each evening"),
        F("F002", "Laura stays well and out of hospital."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Joint plan with the drug and alcohol service, written in the recovery
#    partnership's care plan layout: numbered items under recovery plan
#    domains, each with dot-leader Lead / When / Evidence lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_hobcastle_joint_recovery_care_plan_domains_lead_when_evidence_dunne.txt",
    "split": "heldout",
    "actions": 17,
    "template": "joint-recovery-and-icpc-plan-txt-drug-and-alcohol-service-care-plan-layout-lettered-sections-a-to-h-dot-leader-details-why-working-well-children-goals-then-numbered-items-under-recovery-domains-alcohol-liam-children-family-each-with-dot-leader-lead-when-evidence-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Joint plan written by the social worker and the drug and alcohol service's recovery worker "
        "after an initial conference, for an 8-year-old and a 2-year-old whose mother is alcohol "
        "dependent; the younger child's father uses cocaine and drinks at weekends; the maternal "
        "grandparents have the children twice a week and supervise the father's contact. Plain text in "
        "the recovery service's care plan layout: numbered items under recovery plan domains, each "
        "with dot-leader 'Lead', 'When' and 'Evidence' lines (breath test readings at every key work "
        "session, PEth blood tests every 4 weeks, ASQ-3 at the 27-30 month review, the nursery register). "
        "Most items are sound. Faults: the community detox has 'Start date to be discussed'; the "
        "father's oral fluid tests are 'PRN'; the mutual aid group is measured by 'Monitor engagement'; "
        "the school's young carers referral has '-' for evidence; 'Family network' owns reporting "
        "drinking; the contingency leans on the grandparents with nothing said if they cannot help; and "
        "nothing says legal planning follows insufficient progress."
    ),
    "text": """\
HOBCASTLE COUNCIL - CHILDREN'S SERVICES
HOBCASTLE RECOVERY PARTNERSHIP (DRUG AND ALCOHOL SERVICE)

JOINT RECOVERY AND CHILD PROTECTION PLAN
========================================

Written at the initial child protection conference on 03/03/2026 by Kieran Shaw (social worker) and Dev
Malik (recovery worker), in the recovery partnership's care plan layout: the plan (section F) is set out by
recovery plan domain, and every item has a Lead, a When and an Evidence line.


A. DETAILS
----------
Children ........... Harley DUNNE, born 14/06/2017 (8), Year 4, Hobcastle Moor Primary School
                     Skye CARVER, born 10/10/2023 (2), Little Owls Nursery (Mon, Wed, Fri mornings)
Address ............ 12 Tanner's Yard, Hobcastle HB4 1EL
Mother ............. Stacey DUNNE (31). Alcohol dependent; in treatment with Hobcastle Recovery
                     Partnership (HRP) since 04/02/2026
Skye's father ...... Liam CARVER (30), 5 Beck Row, Hobcastle. Uses cocaine and drinks at weekends.
                     Self-referred to HRP on 24/02/2026
Harley's father .... Not named; no contact
Grandparents ....... Pauline and Ray DUNNE (maternal), 40 Ouse Lane, Hobcastle
Category ........... Neglect (both children)
Chair .............. Hannah Greaves (IRO)
Social worker ...... Kieran Shaw (team manager: Helen Pryce)
HRP ................ Dev Malik, recovery worker (Stacey); Jay Okoro, recovery worker (Liam);
                     Dr Sarah Quinn, addiction doctor; Sam Rees, hidden harm worker (Families Team)


B. WHY THERE IS A PLAN
----------------------
Stacey has drunk every day for about three years, at worst a litre of vodka a day. Her AUDIT score at
assessment on 04/02/2026 was 32. On 09/02/2026 the nursery rang the police when Stacey came to collect
Skye unsteady on her feet and smelling of alcohol; Stacey's breath reading at the police station was
more than twice the drink-drive limit. Harley told his teacher the next day that he "does Skye's tea
when Mum's asleep on the settee". He has missed 11 days of school since September and is often late.
Liam has Skye every Saturday; twice in January he brought her back late and Stacey says he had been
drinking.


C. WHAT IS WORKING WELL
-----------------------
- Stacey asked her GP for help herself in January and has been to every HRP appointment since
  04/02/2026. She says she has cut down to half a bottle a day.
- Pauline and Ray see the children most days and have had them every Tuesday and Thursday since
  February.
- Liam self-referred to HRP and came to the conference.
- Skye is a bright, chatty toddler who loves the nursery sandpit. Harley is good at football and proud
  of his reading.


D. HARLEY AND SKYE
------------------
Harley (seen on his own at school by Kieran, 26/02/2026): "Mum's nice when she hasn't had her drink.
When she has, she falls asleep and I have to do everything." "I don't want her to go to hospital." He
put "Mum drinking" and "being late" in his worry house and "Nana's tea" and "football" in his good
house. He scored home 4 out of 10 and wants "Mum to stop the vodka and be awake when I get home".

Skye cannot tell us in words. At nursery she runs to her key worker, eats everything at snack time and
falls asleep most mornings by 11. On Kieran's visit on 27/02/2026 she was in a heavy, full nappy and
climbed onto the kitchen worktop while Stacey was asleep on the sofa; she laughed and chattered when
Pauline arrived.


E. WHAT MUST CHANGE FOR THE CHILDREN
------------------------------------
G1  Harley and Skye are looked after every day by a sober adult.
G2  Harley is in school every day and on time, and no longer looks after Skye or worries that Mum will
    not wake up.
G3  Skye goes to every nursery session clean and fed, and her speech and play are on track at her
    two-year review.
G4  Skye sees her dad only when he is sober, and her time with him is safe and happy.


F. THE PLAN, BY RECOVERY PLAN DOMAIN
------------------------------------

1  ALCOHOL - STACEY

1.1  Community alcohol detox at home with chlordiazepoxide, with a daily visit from the HRP nurse for
     the seven days of the detox.
     Lead ...... Dr Sarah Quinn, addiction doctor, HRP
     When ...... Start date to be discussed
     Evidence .. HRP's detox completion letter to the SW; a 0.00 breath test at every daily nurse visit

1.2  Key work sessions with Stacey on relapse prevention, cravings and triggers, and on what her
     drinking has meant for Harley and Skye; a written view before each core group on whether she is
     staying sober and can keep it up in the time the children need.
     Lead ...... Dev Malik, recovery worker, HRP
     When ...... Every Tuesday at 10am at HRP, from 10/03/2026 until the review conference
     Evidence .. Breath test (BrAC) reading at every session; Dev's report to the SW two working days
                 before each core group

1.3  Breath test Stacey at home visits, with her agreement, and check the cupboards, fridge and
     recycling bin for alcohol.
     Lead ...... Kieran Shaw, SW
     When ...... At every home visit (weekly, one in three unannounced), from 04/03/2026
     Evidence .. The BrAC reading and what was found written on the visit record; 0.00 at every visit

1.4  PEth blood test, to show how much Stacey has drunk over the previous two to four weeks.
     Lead ...... Dev Malik, with the HRP clinic nurse
     When ...... Every 4 weeks, first on 17/03/2026
     Evidence .. Laboratory result on the HRP record, copied to the SW within five working days

1.5  Go to the SMART Recovery mutual aid group at the HRP hub.
     Lead ...... Stacey Dunne (Mum)
     When ...... Every Thursday evening from 12/03/2026
     Evidence .. Monitor engagement


2  DRUGS AND ALCOHOL - LIAM

2.1  Key work sessions with Liam, with an oral fluid drug test for cocaine and a breath test.
     Lead ...... Jay Okoro, recovery worker, HRP
     When ...... PRN
     Evidence .. Test results e-mailed to the SW; Jay's letter to the SW before each core group

2.2  Stay off alcohol and drugs from Friday evening, so that he is sober for Skye's Saturday contact.
     Lead ...... Liam Carver (Skye's dad)
     When ...... Every week, from 6pm on Friday until contact ends at 1pm on Saturday
     Evidence .. A 0.00 breath test at Pauline's door at the start of each contact (HRP has given
                 Pauline a breathalyser), written on the contact record


3  HARLEY AND SKYE

3.1  Visit the children at home, see Harley on his own and Skye awake, and do three houses and scaling
     work with Harley.
     Lead ...... Kieran Shaw, SW
     When ...... Weekly until the review conference (27/05/2026)
     Evidence .. Visit records with Harley's own words and his "safe at home" score out of 10, and how
                 Skye looked and played

3.2  Hidden harm sessions with Harley about his mum's drinking, that it is not his fault, and who he
     can tell when he is worried.
     Lead ...... Sam Rees, hidden harm worker, HRP Families Team
     When ...... Six sessions at school, Wednesdays from 18/03/2026 to 22/04/2026
     Evidence .. Harley's worry scale at the first and last session; Sam's end-of-work report to the SW
                 by 29/04/2026

3.3  Refer Harley to Hobcastle Young Carers.
     Lead ...... Mrs Ann Cole, DSL, Hobcastle Moor Primary School
     When ...... By 20/03/2026
     Evidence .. -

3.4  Record Skye's attendance and how she arrives (clean, fed, dry nappy), and ring the SW the same
     day if the adult dropping her off or collecting her smells of alcohol.
     Lead ...... Becky Ward, key worker, Little Owls Nursery
     When ...... Every nursery session (Mon, Wed, Fri mornings)
     Evidence .. Nursery register and arrival notes e-mailed to the SW every Friday

3.5  Skye's two-year review, with an ASQ-3 and a talk with Stacey about Skye's speech.
     Lead ...... Lisa Grant, HV, Hobcastle 0-19 Service
     When ...... At the 27-30 month review, by 10/04/2026
     Evidence .. ASQ-3 scores and the review record shared with the SW; a speech and language referral
                 made if Skye scores below the cut-off

3.6  Keep no alcohol in the house, and ring Pauline to collect the children if she has had a drink or
     feels she is going to.
     Lead ...... Stacey Dunne (Mum)
     When ...... Every day from 03/03/2026
     Evidence .. No alcohol found at the SW's checks (item 1.3); 0.00 at every breath test

3.7  Get Harley to school by 8.50am.
     Lead ...... Stacey Dunne (Mum)
     When ...... Every school day
     Evidence .. School register e-mailed to the SW by Mrs Cole each Friday; 95% attendance by the Easter
                 holidays


4  FAMILY SUPPORT

4.1  Have Harley and Skye after school and nursery, give them their tea and bring them home at 7pm.
     Lead ...... Pauline and Ray Dunne (maternal grandparents)
     When ...... Tuesdays and Thursdays, 3.15pm to 7pm
     Evidence .. Pauline's text to the SW each Thursday night; the school's collection log

4.2  Supervise Liam's contact with Skye at her house, staying in the room throughout.
     Lead ...... Pauline Dunne (maternal grandmother)
     When ...... Every Saturday, 10am to 1pm
     Evidence .. Contact record filled in by Pauline after each contact, read by the SW every fortnight

4.3  Tell the SW the same day if they see Stacey drinking, or drunk, while she is looking after the
     children.
     Lead ...... Family network
     When ...... The same day
     Evidence .. Calls logged on the children's chronology


G. IF THINGS GO WRONG
---------------------
- If Stacey's breath reading is above 0.00 at any visit, or she is seen drunk while looking after the
  children, Kieran (or the Emergency Duty Team after 5pm) will ask Ray to collect the children that
  day. They will stay at 40 Ouse Lane until Stacey has had two clear breath tests, and Kieran will hold
  a strategy discussion with the police and HRP the same day.
- If Liam's breath test is not 0.00, or he seems under the influence, Pauline will not let contact
  start and will ring Kieran the same day. Contact will then take place only at Hobcastle Family Centre,
  supervised by centre staff, until the next core group.
- If Harley says he has had to look after Skye because Mum was drunk or asleep, the school will ring
  Kieran straight away and Kieran will visit that day.
- If Stacey shakes, sweats, becomes confused or has a fit while cutting down or during the detox, the
  adult with her rings 999, and the children go to Pauline and Ray's.
- If a PEth result shows heavy drinking, Dev will tell Kieran the same day and Kieran will make an
  unannounced visit that evening.


H. MEETINGS
-----------
Core group ......... every four weeks, Tuesdays at 1pm at the HRP hub, 7 Mill Street:
                     17/03/2026, 14/04/2026 and 12/05/2026. Dev or Jay will attend each one.
Review conference .. Wednesday 27/05/2026, 10am, Hobcastle Civic Centre

Plan typed by Kieran Shaw, 04/03/2026. Copies to Stacey, Liam (sections 2 and 4.2 only), Pauline and
Ray, HRP, the school, the nursery and the health visitor.
""",
    "findings": [
        F("T002", "Community alcohol detox at home with chlordiazepoxide"),
        F("M002", "Go to the SMART Recovery mutual aid group"),
        F("T002", "Key work sessions with Liam, with an oral fluid"),
        F("M001", "Refer Harley to Hobcastle Young Carers."),
        F("W002", "Tell the SW the same day if they see Stacey drinking"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child protection plan after domestic abuse folding the MARAC's actions
#    and the conference's into one table with a "Source" column, bail
#    conditions and markers, "Until / by" and "Checked by (record)" columns.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
_ROBERTS_ROWS = [
    ["M1", "MARAC 29/01/2026",
     "Keep a domestic abuse warning marker on 14 Cedar Grove and on Amy's mobile number, so that any 999 call "
     "from either is graded as an emergency",
     "PC Jodie Marsh, Hurstwick Police Domestic Abuse Safeguarding Unit",
     "Until Ryan's bail conditions end, and at least until the review conference",
     "Marker confirmed in writing to the SW on the first working day of each month; shown on the MARAC action "
     "log at the MARAC review"],
    ["M2", "MARAC 29/01/2026",
     "Doorstep bail checks at Ryan's bail address (his mother's, 3 Kiln Lane) during his 9pm to 6am curfew, "
     "and tell the SW and the IDVA within 24 hours of any breach",
     "PS Ian Croft, Hurstwick Police Integrated Offender Management",
     "At least twice a week, at random times, until bail conditions end (next hearing 11/05/2026)",
     "Bail check records sent to the SW every Monday; any breach on the police log and on the children's "
     "chronology within 24 hours"],
    ["M3", "MARAC 29/01/2026",
     "Safety planning with Amy, including the school run and the day of Ryan's hearing, and repeat the DASH "
     "risk checklist",
     "Gemma Khan, IDVA, Hurstwick Women's Aid",
     "Weekly until the MARAC review on 26/03/2026, then fortnightly until the review conference; DASH "
     "repeated before 26/03/2026",
     "Signed safety plan on the SW's file; the new DASH score reported to the MARAC review; Gemma's session "
     "notes to the SW after each session"],
    ["M4", "MARAC 29/01/2026",
     "Sanctuary scheme work at 14 Cedar Grove: door chain and London bar, window locks, a fireproof letterbox "
     "and a video doorbell",
     "Paul Reid, sanctuary officer, Hurstwick Homes",
     "By 20/02/2026",
     "Works completion certificate on the housing file, copied to the SW; Gemma checks with Amy that every "
     "item is fitted"],
    ["M5", "MARAC 29/01/2026",
     "Apply to the family court for a non-molestation order protecting Amy, Ellie and Noah",
     "Amy Roberts, with Gemma Khan (IDVA) and a duty solicitor from Hurstwick Law Centre",
     "Application made by 27/02/2026",
     "Copy of the application and of the order (or the hearing date) given to the SW and PC Marsh"],
    ["M6", "MARAC 29/01/2026",
     "Put a MARAC flag on Amy's, Ellie's and Noah's GP records, and ask Amy privately about her safety at "
     "each appointment",
     "Dr Leila Hussein, safeguarding lead GP, Hurstwick Green Surgery",
     "Flags by 13/02/2026, then at every appointment",
     "Flags confirmed on the MARAC action log before the MARAC review on 26/03/2026"],
    ["CP1", "ICPC 05/02/2026",
     "Visit Ellie and Noah at home, one visit in three unannounced, and see each child on their own",
     "Rhiannon Price, SW",
     "Every week until the review conference (29/04/2026)",
     "Visit records with each child's own words, Ellie's safe-at-home score out of 10 and Noah's drawings"],
    ["CP2", "ICPC 05/02/2026",
     "Check in with Ellie at registration, and tell the SW the same day if she says Ryan has been in touch or "
     "she has seen him",
     "Mrs Claire Dunn, DSL, Hurstwick St Mary's Primary School",
     "Every school day at registration",
     "Check-ins logged on CPOMS; a CPOMS summary e-mailed to the SW each Friday"],
    ["CP3", "ICPC 05/02/2026",
     "Keep an up-to-date list of who may collect Noah from Reception, with Ryan not on it, and ring 999 if he "
     "comes to the school",
     "Mrs Claire Dunn, DSL",
     "Every school day until bail conditions end",
     "Collection log signed at every home time; any attempt by Ryan on the police log the same day"],
    ["CP4", "ICPC 05/02/2026",
     "Ten-week Bright Sparks group for Ellie, for children who have lived with domestic abuse",
     "Kate Owusu, children's worker, Hurstwick Women's Aid",
     "Wednesdays after school, 25/02/2026 to 29/04/2026",
     "Group register; Ellie's feelings wheel at the first and last session; Kate's end report to the SW by "
     "06/05/2026"],
    ["CP5", "ICPC 05/02/2026",
     "Play sessions with Noah about feelings and home, and a Strengths and Difficulties Questionnaire (SDQ) "
     "with Amy and his Reception teacher",
     "Tom Byrne, family support worker, Hurstwick Family Hub",
     "Weekly, six sessions from 16/02/2026; SDQs at the first session and by 03/04/2026",
     "SDQ scores at the start and the end, and Tom's notes of Noah's play, sent to the SW"],
    ["CP6", "ICPC 05/02/2026",
     "Keep to her safety plan: no contact with Ryan, block any new number he uses, and ring 999 if he comes "
     "to the house or near the children",
     "Amy Roberts (Mum)",
     "Every day until bail conditions end",
     "No contact on the police log that Amy has not reported herself; blocked list checked with Gemma at each "
     "IDVA session"],
    ["CP7", "ICPC 05/02/2026",
     "Assess Ryan's drinking and write to the SW on what it was like at the time of the assault and what "
     "would have to change before any safe time with Noah could be thought about",
     "Dan Whitfield, recovery worker, Hurstwick Drug and Alcohol Service",
     "Assessment by 06/03/2026; written report by 22/04/2026",
     "The service's assessment letter and report on the children's file before the review conference"],
    ["CP8", "ICPC 05/02/2026",
     "Tell the SW and the IDVA within 24 hours of any change to Ryan's bail conditions or his court dates",
     "DC Sam Liddle, officer in the case, Hurstwick Police",
     "Within 24 hours of any change, until the criminal case ends",
     "E-mail to the SW and IDVA on file; the change on the children's chronology"],
    ["CP9", "ICPC 05/02/2026",
     "Collect Ellie and Noah from school and give them tea at her house while Amy is at work",
     "Janet Roberts (maternal grandmother)",
     "Mondays and Wednesdays, 3.15pm to 6pm, until the review conference",
     "The school's collection log; Janet's text to the SW each Wednesday evening"],
]

PLANS.append({
    "name": "b171_hurstwick_marac_and_conference_actions_one_table_source_column_roberts.pdf",
    "doc_title": "Child Protection Plan with MARAC actions - Ellie Roberts and Noah Hale",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · MARAC information: not to be shared with Ryan Hale · Hurstwick Children's Services",
    "footer": "Ellie Roberts and Noah Hale · Child protection plan with MARAC actions · ICPC 05/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-da-plan-paged-landscape-header-footer-details-kv-why-the-risk-in-the-partnerships-words-dash-markers-bail-conditions-list-going-well-what-ellie-and-noah-say-outcomes-then-one-table-ref-source-marac-or-icpc-action-agency-and-lead-until-or-by-checked-by-record-then-safety-and-contingency-core-group-marac-review-and-conference",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 4-year-old after the 4-year-old's "
        "father strangled their mother in front of the older child; he is charged, on conditional bail "
        "with no contact and an exclusion zone, and was drunk at the time. The plan folds the MARAC's six "
        "actions and the conference's nine into one landscape table with a 'Source' column (MARAC "
        "29/01/2026 or ICPC 05/02/2026), 'Until / by' and 'Checked by (record)' columns, in the police and "
        "domestic abuse partnership's words ('until bail conditions end (next hearing 11/05/2026)', 'weekly "
        "until the MARAC review on 26/03/2026', bail check records, the MARAC action log, the DASH score, "
        "a sanctuary completion certificate, SDQs). The drug and alcohol service assesses the father, the "
        "grandmother's help has a fallback, legal planning follows named triggers, core group, MARAC "
        "review and review conference dates are set, and both children's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan, with the MARAC's actions"),
        ("p", "Hurstwick Council Children's Services, with Hurstwick Police and the Hurstwick Domestic Abuse "
              "Partnership. The MARAC's actions of 29/01/2026 are written into this plan so that there is one "
              "list of who does what for Ellie and Noah."),
        ("kv", [
            ("Children", "Ellie Roberts, born 09/09/2015 (10), Year 5; Noah Hale, born 12/11/2021 (4), Reception; "
                         "both at Hurstwick St Mary's Primary School"),
            ("Home", "14 Cedar Grove, Hurstwick HW6 3PE, with their mum, Amy Roberts (30)"),
            ("Noah's father", "Ryan Hale (33), Ellie's stepfather; on bail at 3 Kiln Lane, Hurstwick"),
            ("Ellie's father", "Lives in Spain; video calls with Ellie on Sundays"),
            ("Maternal grandmother", "Janet Roberts, 2 Orchard Rise, Hurstwick"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, 05/02/2026. Chair: Delroy Grant, IRO"),
            ("Social worker", "Rhiannon Price (team manager: Lorna Fielding)"),
            ("IDVA", "Gemma Khan, Hurstwick Women's Aid"),
        ]),
        ("h1", "Why Ellie and Noah have a plan"),
        ("p", "On the evening of 18/01/2026 Ryan, who had been drinking all afternoon, held Amy against the "
              "kitchen wall by her throat until she could not breathe. Ellie saw it from the stairs and rang "
              "999. Noah was asleep upstairs. Ryan was arrested and charged with intentional strangulation and "
              "assault. Amy has since told the IDVA about two years of Ryan checking her phone, taking her "
              "wages and shouting at her in front of the children, and two earlier times he pushed her."),
        ("h1", "The risk, in the partnership's words"),
        ("bullets", [
            "DASH risk checklist completed by the police on 18/01/2026: 19 ticks, high risk. Heard at the "
            "Hurstwick MARAC on 29/01/2026.",
            "Markers: a domestic abuse warning marker on 14 Cedar Grove and on Amy's mobile number.",
            "Ryan's bail conditions until his next hearing at Hurstwick Crown Court on 11/05/2026: live and "
            "sleep at 3 Kiln Lane; curfew 9pm to 6am; not to contact Amy, Ellie or Noah directly or through "
            "anyone else; not to enter Cedar Grove or go within 200 metres of St Mary's Primary School.",
            "Ryan has one earlier caution, in 2019, for criminal damage at a former partner's home.",
        ]),
        ("h1", "What is working well"),
        ("bullets", [
            "Amy has kept to every part of her safety plan since 18/01/2026 and reported Ryan's one message, "
            "sent through a friend, the same day.",
            "Ellie rang 999 herself and knows she did the right thing.",
            "Janet lives five minutes away and has had the children every Monday and Wednesday after school "
            "since Amy went back to work.",
            "Both children are settled at St Mary's, and Noah loves his Reception class.",
        ]),
        ("h1", "What Ellie and Noah say"),
        ("p", "Ellie (seen on her own at school by Rhiannon, 03/02/2026): \u201cI thought Mum was going to die. I "
              "don't want Ryan to come back, ever.\u201d \u201cI check the door is locked every night.\u201d She "
              "scored feeling safe at home 6 out of 10 and said it would be 8 \u201cif I knew he couldn't get in\u201d."),
        ("p", "Noah (at home, 04/02/2026, playing with Rhiannon): \u201cDaddy shouted and the police came.\u201d He "
              "asked twice when his daddy was coming home, then made the toy police car \u201cguard the house\u201d."),
        ("h1", "What we want for Ellie and Noah"),
        ("numbers", [
            "Ellie and Noah live without violence or fear at home, and Ryan has no contact with them while the "
            "bail conditions and any order stand.",
            "Ellie and Noah understand that what happened was not their fault, and can say how they feel and "
            "who they would tell.",
            "Ellie feels safe enough at home to stop checking the doors at night (her own score 8 out of 10 or "
            "more).",
            "Noah is settled in Reception and his SDQ scores show no more worry or upset than other children his "
            "age.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row's Source says where it was agreed. M rows are the MARAC's actions; the MARAC will review "
              "them on 26/03/2026. CP rows were agreed at the conference."),
        ("table", {
            "header": ["Ref", "Source", "Action", "Agency and lead", "Until / by", "Checked by (record)"],
            "widths": [1.2, 2.5, 8.3, 4.5, 4.4, 4.8],
            "rows": _ROBERTS_ROWS,
        }),
        ("h1", "Safety and contingency"),
        ("bullets", [
            "If Ryan comes to the house, the school or near the children, or contacts Amy or the children in "
            "any way, Amy or the school rings 999; the police will treat it as an emergency because of the "
            "marker and arrest Ryan for breach of bail. Rhiannon (or the Emergency Duty Team) will hold a "
            "strategy discussion with the police and the IDVA the same day.",
            "If Ryan's bail conditions are lifted or changed, or he is released after the hearing, DC Liddle "
            "tells Rhiannon and Gemma within 24 hours; Gemma and Amy agree a new safety plan within two working "
            "days, and Rhiannon holds a strategy discussion within two working days.",
            "If Amy lets Ryan into the home, or the children see him outside a plan agreed by Rhiannon, "
            "Rhiannon will visit that day, and the children will stay with Janet at 2 Orchard Rise until a "
            "strategy discussion decides where they should live.",
            "If Janet cannot have the children on a Monday or Wednesday, she or Amy will tell Rhiannon that "
            "morning; the children will go to St Mary's after-school club (places are held for them) and Amy "
            "will collect them at 6pm.",
            "If Amy lets Ryan back into the home or agrees to see him, if Ryan breaches his bail and the "
            "children are at risk, or if the DASH is still high risk at the MARAC review on 26/03/2026, "
            "Rhiannon will ask Lorna Fielding for a legal planning meeting within five working days to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group, MARAC review and review conference"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.30pm at Hurstwick St Mary's Primary School: 19/02/2026, "
            "19/03/2026 and 16/04/2026.",
            "MARAC review of the M actions: 26/03/2026.",
            "Review child protection conference: Wednesday 29/04/2026, 10am, Hurstwick Town Hall.",
        ]),
        ("p", "Plan agreed at the conference on 05/02/2026 and sent to Amy, Janet and every agency on 06/02/2026. "
              "Ryan has been sent the parts of the plan about him only, without the MARAC information."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Joint plan for a 15-year-old with children's services, the youth justice
#    service and CAMHS: three lettered parts, each step a bold heading with
#    Who / When / How we'll know / Reece says lines; CAMHS crisis plan in the
#    contingency. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_hendlemoor_yjs_camhs_joint_plan_lettered_steps_reece_says_mallory.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-joint-plan-md-childrens-services-youth-justice-camhs-for-15-year-old-who-is-working-with-reece-table-why-what-reece-says-going-well-what-we-want-then-three-lettered-parts-s-safe-h-health-f-future-each-step-a-bold-heading-with-who-when-how-well-know-and-reece-says-lines-then-crisis-and-contingency-plan-meetings-and-panel",
    "description": (
        "Exemplary initial conference plan for a 15-year-old being criminally exploited on a county "
        "line, on a referral order for carrying a knife, who self-harms and took an overdose in "
        "January; written jointly by the social worker, the youth justice service case manager and "
        "CAMHS. Three lettered parts (S keeping Reece safe, H his health, F his future and staying out of "
        "trouble), each step a bold heading with Who / When / How we'll know lines in each service's own "
        "words ('within 72 hours of every return', 'twice a week until the referral order ends on "
        "13/07/2026', 'RCADS at the first and twelfth session', 'the CAMHS clinic letter after each "
        "review', 'the reparation log') and a 'Reece says' line. The CAMHS crisis plan sits in the "
        "contingency, the uncle's lifts have a fallback, legal planning follows named triggers, and core "
        "group, referral order panel and review conference dates are set."
    ),
    "text": """\
# Hendlemoor Council - Children's Services
## Joint plan for Reece Mallory: children's services, Hendlemoor Youth Justice Service and Hendlemoor CAMHS

**Child protection plan from the initial conference on 27/01/2026** · Category: physical abuse (risk of
serious harm through criminal exploitation) · Chair: Bernadette Quayle (IRO)

**Reece Mallory**, born 02/05/2010 (15), Year 10. On a reduced timetable at The Bridge (Hendlemoor's
alternative provision) since November. Lives at 31 Holme Terrace, Hendlemoor HL3 8WB, with his mum,
**Joanne Mallory** (41), his stepdad, **Paul Ingram** (44), and his sister **Kacey** (9). His uncle,
**Lee Mallory**, lives in Hendlemoor and takes him to boxing.

### Who is working with Reece

| Who | Service |
|---|---|
| Jordan Pike | Social worker, Adolescent Safeguarding Team (team manager: Rachel Ahmed) |
| Sam Okafor | Case manager, Hendlemoor Youth Justice Service (YJS) |
| Dr Imogen Clarke | Clinical psychologist, Hendlemoor CAMHS |
| Chloe Barnes | Missing and exploitation worker, Safer Futures |
| Mia Grant | Young people's drug worker, Insight |
| PC Nathan Shaw | Hendlemoor Police Child Exploitation Team |
| Mr Carl Dixon | Head of The Bridge |
| Laura Hanley | Speech and language therapist, YJS |
| Ben Sutton | Reparation worker, YJS |

### Why there is a plan

- On 12/12/2025 police found Reece in a flat in Saltford, 40 miles away, with 14 wraps of crack cocaine
  and £300 in cash. He had been missing for four days. A National Referral Mechanism referral was made
  and a positive reasonable grounds decision came back on 08/01/2026.
- Reece has been missing seven times since September. He owes money to an older man known as "Deano"
  (Dean Carrick, 24), and was beaten up on 20/12/2025.
- On 14/01/2026 the youth court gave Reece a six-month referral order for carrying a kitchen knife in
  the town centre in November. The order ends on 13/07/2026.
- On 03/01/2026 Reece took an overdose of paracetamol and went to A&E at Hendlemoor General. He has cut
  his arms since the summer, and smokes cannabis most days.

### What Reece says

"I carried the knife because of Deano's lot, not to hurt anyone." "I'm not a grass. If I stop, they'll
come for my mum's house." "The cutting is how I get to sleep." He scored how safe he feels **3 out of 10**
when he is out and **7 out of 10** at home. He wants to "do mechanics at college", "get back to boxing
properly" and "for Mum to stop crying about me".

### What is going well

- Joanne and Paul have reported Reece missing every time, and they came to the conference together.
- Reece has kept every YJS appointment since the order was made, and his referral order contract was
  signed at the panel on 21/01/2026.
- Reece met Dr Clarke on 16/01/2026 and says she "actually listens".
- When he goes, Reece is good at boxing; the coach at Hendlemoor ABC says he could compete.

### What we want for Reece

1. Reece is safe from the people who are exploiting him: he is not found in Saltford or with Dean
   Carrick, and he goes missing less and less (none at all by the review conference).
2. Reece is safe from himself: he has no more overdoses or A&E visits, and he has someone he trusts to
   talk to when he feels like cutting.
3. Reece is in education every day and has a college place for September 2026.
4. Reece finishes his referral order and is not charged with anything new.

### The plan

Every step has a lead worker, a time, and what we will see or count. The "Reece says" line is what Reece
said about that step when we wrote the plan with him on 30/01/2026.

#### Part S: keeping Reece safe

**S1. Visits and direct work on exploitation.**
- Who: Jordan Pike, SW
- When: every week until the review conference (21/04/2026), alternating home and The Bridge
- How we'll know: visit records with Reece's own words and his "safe when I'm out" score out of 10
- Reece says: "Fine, but not in front of my mates."

**S2. Return home interviews after every missing episode.**
- Who: Chloe Barnes, Safer Futures
- When: within 72 hours of every return home
- How we'll know: the return home interview form sent to Jordan and PC Shaw within 72 hours, and any
  new name or place added to Reece's exploitation risk assessment
- Reece says: "Chloe's alright. I'll talk to her, not the police."

**S3. Report Reece missing if he is not home by his curfew (10pm on school nights, 11pm on Fridays and
Saturdays) and not answering his phone.**
- Who: Joanne Mallory (Mum)
- When: every night from 28/01/2026
- How we'll know: police log numbers on Jordan's file for every report, and Joanne's curfew diary,
  which Jordan reads at each home visit
- Reece says: "10pm is too early at weekends." (So the weekend curfew was moved to 11pm.)

**S4. Serve a child abduction warning notice on Dean Carrick, and share what the police know about
his group with Safer Futures.**
- Who: PC Nathan Shaw, Hendlemoor Police Child Exploitation Team
- When: notice served by 10/02/2026; information shared at every core group
- How we'll know: a copy of the served notice on Jordan's file, and PC Shaw's written update at each
  core group
- Reece says: "Don't say it came from me."

**S5. Referral order appointments, including the exploitation and knife crime sessions in the
contract.**
- Who: Sam Okafor, YJS case manager, with Reece
- When: Tuesdays and Thursdays at 4pm until the referral order ends on 13/07/2026
- How we'll know: the YJS attendance record sent to Jordan every Friday; the AssetPlus review at the
  panel on 14/04/2026
- Reece says: "Sam's sound. Thursdays I've got boxing at six, so it has to be four."

#### Part H: Reece's health

**H1. CAMHS assessment, a written safety plan, then weekly sessions on self-harm and low mood.**
- Who: Dr Imogen Clarke, Hendlemoor CAMHS
- When: safety plan by 06/02/2026; sessions every Wednesday at 4.30pm for 12 weeks from 11/02/2026
- How we'll know: the written safety plan on file, with Reece's and Joanne's copies; RCADS scores at the
  first and twelfth session; the CAMHS clinic letter to Jordan and the GP after each review
- Reece says: "I don't want her telling Mum everything." (Dr Clarke will tell Joanne only about risk,
  and will say so to Reece first.)

**H2. One-to-one sessions about cannabis: how much, when, who from, and cutting down.**
- Who: Mia Grant, Insight (young people's drug and alcohol service)
- When: every Monday at The Bridge, from 02/02/2026 until the review conference
- How we'll know: Reece's own count of cannabis days each week, checked with Mia at every session, and
  Mia's monthly summary to Jordan
- Reece says: "I'll cut down. I'm not stopping."

**H3. Speech, language and communication screen, and a one-page communication profile for The Bridge
and the panel.**
- Who: Laura Hanley, YJS speech and language therapist
- When: by 27/02/2026
- How we'll know: the communication profile on file and shared with The Bridge and the panel members
- Reece says: "Whatever, if it stops people talking at me."

**H4. Keep all medicines, including paracetamol, and Paul's razors in the locked box in the kitchen.**
- Who: Joanne Mallory and Paul Ingram
- When: every day from 28/01/2026
- How we'll know: Jordan checks the locked box and the bathroom cabinet at each home visit and writes it
  on the visit record
- Reece says: "Embarrassing, but OK."

#### Part F: Reece's future and staying out of trouble

**F1. Build Reece's timetable at The Bridge from 15 to 25 hours a week.**
- Who: Mr Carl Dixon, head of The Bridge
- When: 25 hours a week by the February half term (13/02/2026), then every school day
- How we'll know: The Bridge's register e-mailed to Jordan every Friday; 90% attendance by the review
  conference
- Reece says: "More of the workshop and less of the English."

**F2. Reparation hours from the referral order contract.**
- Who: Ben Sutton, YJS reparation worker, with Reece
- When: Saturday mornings at Hendlemoor Community Garden, all 12 hours by 28/03/2026
- How we'll know: the reparation log signed by Ben at every session
- Reece says: "Better than picking litter."

**F3. Apply to Hendlemoor College for the motor vehicle course, and go to the open evening.**
- Who: Sam Okafor, YJS case manager, with Reece
- When: open evening 19/02/2026; application in by 27/02/2026
- How we'll know: the college's e-mail confirming the application and an interview date, on file
- Reece says: "That's the one thing I actually want."

**F4. Drive Reece to and from Hendlemoor ABC for boxing training.**
- Who: Lee Mallory (uncle)
- When: Tuesdays and Thursdays, 6pm to 8pm, until the review conference
- How we'll know: the club's register, which the coach sends to Sam each month
- Reece says: "Uncle Lee's the only one who gets it."

### Crisis and contingency plan

- **If Reece is not home by his curfew and not answering,** Joanne rings 101 (999 if she thinks he is in
  danger) and texts Jordan. The police treat him as high risk because of Saltford. Chloe does the return
  home interview within 72 hours. If Reece goes missing twice in one month, Jordan holds a strategy
  meeting within two working days.
- **If Reece is found in Saltford or with Dean Carrick,** the police take him home or to a place of
  safety, and Jordan (or the Emergency Duty Team) holds a strategy discussion the same day. If he cannot
  be kept safe at home that night, he will stay with his aunt, Tina Mallory, in Hebworth; if Tina cannot
  have him, Jordan will place him with foster carers outside Hendlemoor.
- **If Reece says he wants to end his life, takes an overdose or cuts badly,** the adult with him takes
  him to A&E at Hendlemoor General or rings 999, and rings the CAMHS crisis line (24 hours). The CAMHS
  crisis team will see him the same day or before he leaves A&E, and Dr Clarke will update his safety plan
  within two working days.
- **If Lee cannot take Reece to boxing,** he will tell Sam by 4pm that day and the YJS duty worker will
  drive Reece there and back.
- **If Reece goes missing three times in any month, is found again in Saltford, or is arrested for a
  drugs or weapons offence,** Jordan will ask Rachel Ahmed for a legal planning meeting within five
  working days, to decide whether Reece needs to be looked after or another legal step is needed to keep
  him safe.

### Meetings

- Core group every three weeks, Tuesdays at 5pm at the YJS office, 8 Bridge Street (Reece is invited to
  each): 10/02/2026, 03/03/2026, 24/03/2026 and 14/04/2026.
- Referral order panel review: 14/04/2026, 2pm.
- Review child protection conference: Tuesday 21/04/2026, 10am, Hendlemoor Civic Centre.

*Plan written with Reece on 30/01/2026 by Jordan Pike, Sam Okafor and Dr Imogen Clarke, and sent to
Reece, Joanne, Paul, Lee and every service on 02/02/2026.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Neonatal unit's discharge plan and child protection plan for a preterm
#    baby withdrawing from her mother's methadone: landscape Word table whose
#    "Discharge criterion" column is merged down over the actions that meet
#    it, "Signed off when" as the measure. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b171_hessingford_neonatal_discharge_criteria_merged_signed_off_when_kershaw.docx",
    "doc_title": "Neonatal Discharge Plan and Child Protection Plan - Bonnie Kershaw-Doyle",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 5,
    "template": "neonatal-discharge-plan-and-icpc-plan-docx-landscape-unit-and-conference-details-kv-bonnies-time-on-the-unit-why-going-well-parents-words-outcomes-then-discharge-criterion-merged-down-what-needs-to-happen-who-when-signed-off-when-table-then-if-things-go-wrong-discharge-core-group-and-review",
    "description": (
        "Neonatal discharge plan and initial conference plan, written on the neonatal unit, for a baby "
        "born at 34 weeks and withdrawing from her mother's methadone (the mother also used heroin in "
        "pregnancy; the father is on buprenorphine). Mother and baby are to live at the maternal "
        "grandmother's house for the first 12 weeks. A landscape Word table's 'Discharge criterion' "
        "column is merged down over the actions that meet it, with 'When' in the unit's words ('every 4 "
        "hours until discharge; off morphine for 72 hours before discharge', 'for 72 hours before "
        "discharge', 'within 24 hours of discharge', 'until Bonnie is 12 weeks old') and 'Signed off "
        "when' as the measure (Finnegan scores, the rooming-in observation record, the red book). Most "
        "rows are sound. Faults: the outreach nurses' weighing is 'PRN'; 'Family' supervises the "
        "mother's care overnight; hair strand tests are measured by 'To be discussed at core group'; the "
        "hearing screen and newborn examination have '-' for who; the follow-up clinic referral has an "
        "empty When cell; the parenting assessment has an empty measure; and the contingency leaves the "
        "baby with the grandmother with nothing said if the family's supervision fails."
    ),
    "blocks": [
        ("title", "Neonatal Discharge Plan and Child Protection Plan"),
        ("p", "Hessingford Royal Infirmary Neonatal Unit (Ward 22) and Hessingford Council Children's Services. "
              "Written at the initial child protection conference held on the unit, with the unit's discharge "
              "criteria as its headings."),
        ("kv", [
            ("Baby", "Bonnie Kershaw-Doyle, born 29/01/2026 at 34+2 weeks, 1.98kg; now 26 days old (37+6 "
                     "corrected), in special care on Ward 22"),
            ("Mother", "Kirsty Kershaw (27), on 60ml methadone a day prescribed by Pathways (Hessingford Drug "
                       "and Alcohol Service)"),
            ("Father", "Jamie Doyle (30), on 12mg buprenorphine a day, prescribed by his GP under shared care"),
            ("Where Bonnie will live", "8 Daisy Bank, Hessingford HS7 2LT, the home of Lorraine Kershaw "
                                       "(maternal grandmother), with Kirsty and Jamie, until she is 12 weeks old"),
            ("Maternal aunt", "Amber Kershaw (24), lives nearby"),
            ("Legal status", "Bonnie is not looked after. Kirsty and Jamie share parental responsibility and have "
                             "agreed to this plan."),
            ("Conference", "Initial child protection conference, 24/02/2026, on Ward 22. Chair: Fiona Mackie, IRO. "
                           "Category: Neglect"),
            ("Social worker", "Rachel Bloom (team manager: Simon Ure)"),
            ("Unit", "Dr Sunita Rao, consultant neonatologist; Helen Marsh, Bonnie's named nurse"),
        ]),
        ("h1", "Bonnie's time on the unit"),
        ("p", "Bonnie cannot tell us about her days, so this is what her nurses have written. For her first ten "
              "days she was jittery, sneezed a lot, had a high-pitched cry and fed poorly; her Finnegan scores "
              "reached 12 and she was started on oral morphine on day 2. She settles best swaddled, held skin "
              "to skin and rocked slowly, and the nurses say she calms quickly for Jamie. On 14/02/2026 and "
              "17/02/2026 Kirsty visited at night and fell asleep in the chair holding Bonnie; the nurse moved "
              "Bonnie to her cot. Bonnie is now on a small dose of morphine, feeds every three hours and is "
              "gaining weight."),
        ("h1", "Why Bonnie has a plan"),
        ("p", "Kirsty used heroin on top of her methadone for most of the pregnancy; her urine screens were "
              "positive for heroin at 30 weeks and at 33 weeks. Her two older children live with their father "
              "after care proceedings in 2021. Jamie has been stable on buprenorphine for two years and works "
              "part time, but he has told us he used heroin twice in December when he and Kirsty were "
              "arguing. Neither parent has a home of their own at the moment."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kirsty and Jamie have visited every day, and Jamie has done most of Bonnie's night feeds on the unit.",
            "Kirsty's last two screens (14/02/2026 and 21/02/2026) were clear of heroin.",
            "Lorraine has a spare room ready, with a cot, and has said Kirsty and Jamie can stay until the "
            "summer.",
            "Both parents came to the conference, listened, and asked what they need to do.",
        ]),
        ("h1", "What Kirsty and Jamie say"),
        ("p", "Kirsty: \u201cI know I let her down in the pregnancy. I'm off the gear and I'll do every test you "
              "want.\u201d Jamie: \u201cI'll do the nights. Bonnie's not going through what Kirsty's other two went "
              "through.\u201d"),
        ("h1", "What we want for Bonnie"),
        ("numbers", [
            "Bonnie goes home only when her withdrawal has settled, she feeds well and her parents have shown "
            "they can care for her safely day and night.",
            "Bonnie keeps gaining weight along her centile and has every check, follow-up appointment and "
            "immunisation on time.",
            "Bonnie is always cared for by an adult who is not under the influence of drugs or alcohol.",
            "Bonnie sleeps safely, on her back in her own cot, every time.",
        ]),
        ("h1", "Discharge plan and child protection plan"),
        ("table", {
            "header": ["Discharge criterion", "What needs to happen", "Who", "When", "Signed off when"],
            "widths": [3.4, 8.2, 4.5, 4.4, 5.2],
            "rows": [
                ["Withdrawal settled",
                 "Wean Bonnie off oral morphine and score her withdrawal (Finnegan) every four hours",
                 "Dr Sunita Rao, consultant neonatologist",
                 "Every 4 hours until discharge; off morphine for 72 hours before discharge",
                 "Every Finnegan score under 8 for the 72 hours off morphine, on the neonatal chart"],
                ["Feeding and growth",
                 "Give Bonnie every feed on the unit (formula, 3-hourly, by bottle), with a nurse watching the "
                 "first feed of each shift",
                 "Kirsty and Jamie, with Helen Marsh, named nurse",
                 "Every feed while they are on the unit",
                 "Feed chart on the neonatal record; Bonnie gaining at least 15g/kg a day on her weight chart"],
                [V,
                 "Home visits after discharge to weigh Bonnie, check her feeding and score any signs of "
                 "withdrawal",
                 "Hessingford Neonatal Outreach Team (nurse: Bev Oakes)",
                 "PRN",
                 "Weights plotted on the centile chart in the red book; Finnegan scores in the outreach notes"],
                ["Parents' care seen, and safe care at home",
                 "Room in with Bonnie in the parents' room on the unit and do all her care, day and night",
                 "Kirsty Kershaw (Mum), observed by the nurse in charge of each shift",
                 "For 72 hours before discharge (planned 09/03/2026 to 12/03/2026)",
                 "Rooming-in observation record (feeds, nappies, response to crying, safe sleep) signed by the "
                 "nurse each shift"],
                [V,
                 "Supervise Kirsty's care of Bonnie overnight at 8 Daisy Bank, and never leave Kirsty alone "
                 "with Bonnie at night",
                 "Family",
                 "Every night until Bonnie is 12 weeks old (23/04/2026)",
                 "Overnight log kept at the house, read by the SW and HV at each visit"],
                [V,
                 "Stay at 8 Daisy Bank and do the 2am feed so that Lorraine can sleep",
                 "Amber Kershaw (maternal aunt)",
                 "Every Friday and Saturday night until Bonnie is 12 weeks old",
                 "Overnight log, signed by Amber for each of her nights"],
                ["Parents' drug use",
                 "Supervised methadone at the pharmacy, key work and a urine drug screen; a letter to the SW "
                 "before each core group on whether Kirsty is stable on her script and free of heroin",
                 "Neil Carter, recovery worker, Pathways (Hessingford Drug and Alcohol Service)",
                 "Methadone daily; key work fortnightly; screens weekly; letter before each core group",
                 "Screen results (clear of heroin and other drugs not prescribed) and Neil's letters on "
                 "Bonnie's file"],
                [V,
                 "Review Jamie's buprenorphine, with a urine drug screen at each review",
                 "Dr Alan Pike, GP, Ferris Street Surgery (shared care prescriber)",
                 "Every 4 weeks from 03/03/2026",
                 "Review notes and screen results sent to the SW after each review"],
                [V,
                 "Arrange hair strand tests for Kirsty and Jamie covering the last three months",
                 "Rachel Bloom, SW",
                 "Samples taken by 06/03/2026",
                 "To be discussed at core group"],
                ["Health checks and follow-up",
                 "Newborn hearing screen and newborn and infant physical examination (NIPE)",
                 "-",
                 "Before discharge",
                 "Results in the red book and the neonatal discharge summary"],
                [V,
                 "Refer Bonnie to the neonatal follow-up clinic and to the community paediatrician for "
                 "follow-up of her withdrawal",
                 "Dr Sunita Rao",
                 "",
                 "Appointment letters in the red book, copied to the SW"],
                [V,
                 "Car seat test: Bonnie in her own car seat for 90 minutes, with a saturation probe on her "
                 "foot to check her breathing and oxygen levels",
                 "Helen Marsh, named nurse",
                 "Before discharge",
                 "Test passed and ticked on the discharge checklist"],
                ["Seeing Bonnie and her care",
                 "Visit 8 Daisy Bank to see where Bonnie will sleep, then new birth visit and weekly visits: "
                 "weigh Bonnie, watch a feed and check safe sleep",
                 "Gail Summers, HV, Hessingford 0-19 Service",
                 "Home visit before discharge; new birth visit within 24 hours of discharge; then weekly until "
                 "Bonnie is 12 weeks old",
                 "Safe sleep checklist on the HV record; weights plotted in the red book and e-mailed to the SW "
                 "each week"],
                [V,
                 "See Bonnie on the unit and then at home, one home visit in three unannounced, and read the "
                 "overnight log",
                 "Rachel Bloom, SW",
                 "Twice a week on the unit until discharge; within 24 hours of discharge; then weekly",
                 "Visit records with how Bonnie looked, fed and slept, and what the unit's notes or the log say"],
                [V,
                 "Parenting assessment of Kirsty and Jamie",
                 "Rachel Bloom, SW",
                 "Start 27/02/2026; complete by 10/04/2026",
                 ""],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If the 72 hours of rooming-in are not safe (a missed feed, Bonnie put to sleep unsafely, or a parent "
            "who seems under the influence), Bonnie will stay on the unit and Rachel will hold a strategy "
            "discussion within 24 hours.",
            "If at home Bonnie's Finnegan score reaches 8 or more, she feeds poorly or she loses weight, the "
            "outreach nurse or the HV will send her back to Ward 22 that day.",
            "If Kirsty or Jamie has a screen or hair strand result positive for heroin or another drug not "
            "prescribed, or is seen under the influence while caring for Bonnie, Rachel will visit that day. "
            "That parent will leave 8 Daisy Bank until a strategy discussion, held the same day, has decided "
            "what happens next, and Bonnie will stay in Lorraine's care.",
            "If Kirsty or Jamie takes Bonnie away from 8 Daisy Bank without Rachel's agreement, Lorraine will "
            "ring the police and Rachel (or the Emergency Duty Team) will hold a strategy discussion the same "
            "day.",
            "If either parent has two positive screens for heroin, or takes Bonnie away from 8 Daisy Bank, "
            "Rachel will ask Simon Ure for a legal planning meeting within five working days to decide whether "
            "to start the Public Law Outline.",
        ]),
        ("h1", "Discharge, core group and review"),
        ("bullets", [
            "Discharge planning meeting on Ward 22: 09/03/2026, 11am, before rooming-in starts.",
            "Core group every four weeks, Tuesdays at 2pm: 10/03/2026 on Ward 22, then 07/04/2026 and "
            "05/05/2026 at Hessingford Family Hub.",
            "Review child protection conference: Tuesday 19/05/2026, 10am, Hessingford Civic Centre.",
        ]),
        ("p", "Plan agreed at the conference on 24/02/2026 and sent to Kirsty, Jamie, Lorraine, Amber and every "
              "agency on 25/02/2026."),
    ],
    "findings": [
        F("T002", "Home visits after discharge to weigh Bonnie, check her feeding"),
        F("W002", "Supervise Kirsty's care of Bonnie overnight at 8 Daisy Bank"),
        F("M002", "Arrange hair strand tests for Kirsty and Jamie"),
        F("W001", "Newborn hearing screen and newborn and infant physical examination"),
        F("T001", "Refer Bonnie to the neonatal follow-up clinic"),
        F("M001", "Parenting assessment of Kirsty and Jamie"),
        F("C003"),
    ],
})
