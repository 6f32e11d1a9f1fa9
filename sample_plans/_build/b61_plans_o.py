"""Batch 61, module o: seven fictional plans (tuning material), places beginning with "o".

Everything here is made up: children, families, professionals, services, hospitals,
schools and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its code.

Focus: less common plan types and situations - a pre-birth plan, a looked-after
baby on a special care baby unit whom nobody is set to visit, a looked-after
teenager on a children's ward who is visited twice a week, a child in hospital
who is not looked after, a family moving to another council (one plan waits for
the other council, one carries on, one transfer already complete), pre-proceedings
(PLO) after insufficient progress, contingencies as prose and as if/then lines,
review dates in unusual places (the details box, a footer line) and the child's
voice in unusual places (a quote table, a drawing, three houses, a letter).
Two plans are exemplary.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan for an unborn baby and a 4-year-old brother; mother has
#    bipolar disorder (postpartum psychosis after her first birth), father
#    smokes cannabis. Action table in three stage bands (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_oxlington_prebirth_stage_banded_table_brannigan.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Brannigan-Hale and Tayo Brannigan",
    "split": "tune",
    "actions": 14,
    "template": "prebirth-icpc-docx-kv-details-prose-sections-then-what-who-when-how-we-will-know-table-with-three-merged-stage-band-rows",
    "description": (
        "Pre-birth initial conference plan for an unborn baby (due February 2026) and her 4-year-old "
        "half-brother. Mother has bipolar disorder and had postpartum psychosis after her first birth; "
        "the baby's father smokes cannabis. The action table is split by stage with merged band rows "
        "('Now until baby is born', 'On the ward after the birth', 'The first six weeks at home') and "
        "uses event timescales ('within 24 hours of the birth', 'before baby is discharged', 'every "
        "night for the first 14 nights after discharge'). The perinatal team is asked whether the "
        "mother is making the changes needed; the drug service reports on change; the unborn baby's "
        "observed experience and the brother's words are recorded; the prose contingency covers the "
        "grandmother not being able to help, a mother-and-baby unit, and a legal planning meeting "
        "before the birth if the relapse plan or the screens are not in place. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Oxlington Borough Council · Children's Services · Riverside Safeguarding Team"),
        ("kv", [
            ("Unborn baby", "Baby Brannigan-Hale, due 14/02/2026. Jade is booked to have the baby at "
                            "Oxlington Royal Infirmary. The 20-week scan showed a girl."),
            ("Brother", "Tayo Brannigan, 4 (DOB 22/06/2021), Little Owls Nursery, mornings Monday to Friday"),
            ("Mother", "Jade Brannigan (26)"),
            ("Baby's father", "Connor Hale (29). Jade and Connor live together. Tayo's father lives abroad "
                              "and has not seen him since 2022."),
            ("Home", "Flat 3, 17 Wherry Lane, Oxlington"),
            ("Grandmother", "Sandra Brannigan (Jade's mum), 4 Mill Row, five minutes' walk away"),
            ("Conference", "Pre-birth initial child protection conference, Monday 08/12/2025"),
            ("Category", "Neglect (the unborn baby and Tayo)"),
            ("Social worker", "Hannah Osei, Riverside Safeguarding Team"),
            ("Chair", "Martin Fairclough"),
        ]),
        ("h1", "Why we are making a plan before the baby is born"),
        ("p", "Jade has bipolar affective disorder. After Tayo was born in June 2021 she became very unwell "
              "with postpartum psychosis and spent seven weeks at the Fenwold Mother and Baby Unit; Tayo lived "
              "with Sandra for the first month. Jade stopped her lithium in June when she found out she was "
              "pregnant and did not tell anyone until she was 20 weeks. She is now under the Oxlington "
              "Perinatal Mental Health Team and takes the medication they prescribe."),
        ("p", "On 19 October the police found Jade on the ring road at 3am with Tayo in his pushchair. She "
              "had not slept for three nights and was talking very fast. She was seen by the crisis team that "
              "night and Tayo stayed with Sandra for four days. Connor smokes cannabis most evenings, usually "
              "on the balcony but sometimes in the flat; he told conference he will stop before the baby "
              "comes."),
        ("h1", "What is working well"),
        ("p", "Jade has been to every perinatal appointment since October and is open about her warning "
              "signs: she called them \"my red flags\" at conference. Tayo's nursery attendance is 96% and he "
              "arrives clean, fed and ready to play. Connor is in steady work and does most of the cooking. "
              "Sandra helped in 2021 and again in October, and has offered to stay at the flat after the birth."),
        ("h1", "Tayo and the baby"),
        ("p", "Tayo (seen by Hannah at nursery on 27/11 and at home on 02/12): \"Baby's in Mummy's tummy and "
              "I'm going to show her my dinosaurs.\" When Hannah asked about the night on the big road he said "
              "\"Mummy was talking fast and I was cold.\" He likes Nanny Sandra's house \"because she does "
              "pancakes\". Nursery say he has been clingier at drop-off since October and asks staff \"Is "
              "Mummy picking me up?\" most mornings."),
        ("p", "The baby: the midwife has seen Jade at every antenatal check since 20 weeks. The baby is growing "
              "along the 40th centile with a strong heartbeat. Jade says she is \"most wriggly after tea and "
              "when Tayo sings to my tummy\". In the week in October when Jade was not sleeping she missed a "
              "scan and hardly ate, so what this baby lives through before and after she is born depends on "
              "Jade staying well. After the birth, everyone who visits will write down how the baby feeds, "
              "sleeps and settles, and how she responds to the adults looking after her."),
        ("h1", "What we want for Tayo and the baby"),
        ("bullets", [
            "The baby is born safely and comes home to a calm, smoke-free flat, with a Moses basket next to "
            "Jade and Connor's bed.",
            "The baby is fed, changed and settled day and night by an adult who is well and awake enough to "
            "do it.",
            "If Jade starts to become unwell after the birth, it is noticed within a day or two, and the baby "
            "and Tayo are looked after by someone safe while she gets help.",
            "Tayo keeps going to nursery every morning, is collected on time, and is never out at night or "
            "frightened by what he sees at home.",
            "Nobody smokes cannabis in the flat or near Tayo and the baby.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Now until the baby is born", H, H, H],
                ["See Jade in the perinatal clinic; write a relapse-prevention plan with her (her red flags, "
                 "who she tells, the medication plan for after the birth); and give a written view on whether "
                 "she is making the changes she needs to care safely for the baby and Tayo",
                 "Dr Anita Rees, consultant perinatal psychiatrist, with CPN Lisa Mowbray, Oxlington Perinatal "
                 "Mental Health Team",
                 "Fortnightly from 15/12/2025; relapse plan written by 09/01/2026",
                 "Signed relapse plan copied to Jade, the SW, midwife, HV and GP; written report to the SW "
                 "before each core group"],
                ["Key-work with Connor about his cannabis use, with urine screens, and a written update on "
                 "whether he has stopped and what that means for the baby and Tayo",
                 "Priya Nair, keyworker, Oxlington Drug and Alcohol Service",
                 "Weekly from w/c 15/12/2025 until the review conference",
                 "Screen results and the keyworker's update sent to the SW before each core group"],
                ["Pre-birth assessment of how Jade and Connor care for Tayo and how they will care for the "
                 "baby, including the help Sandra can realistically give",
                 "SW Hannah Osei",
                 "By 23/01/2026",
                 "Assessment report shared with Jade, Connor and the core group on 26/01/2026"],
                ["Write a birth and postnatal plan with Jade: Jade and the baby stay at least 72 hours after the "
                 "birth, the baby is not discharged until the discharge planning meeting has been held, and the "
                 "ward rings the SW (or the emergency duty team) if Jade leaves with the baby before then",
                 "Gill Haworth, safeguarding midwife, Oxlington Royal Infirmary",
                 "By 36 weeks (16/01/2026)",
                 "Plan on the maternity record with a ward alert; copies to the SW and the perinatal team"],
                ["Antenatal home visit with Jade and Connor about safe sleep, the feeding plan and where the "
                 "Moses basket will go",
                 "HV Ruth Okoye, Oxlington 0-19 Service",
                 "By 30/01/2026",
                 "Safe-sleep checklist signed by both parents; Moses basket seen in place"],
                ["See Tayo on his own at nursery and at home, ask him about home, and look round the flat",
                 "SW Hannah Osei",
                 "Every two weeks until the birth; at least one visit in three unannounced",
                 "Visit notes with Tayo's words written down and what was seen in the flat"],
                ["Note Tayo's arrival and collection times, how he seems, and anything he says about home or "
                 "the baby",
                 "Bex Tolland, Tayo's keyworker, Little Owls Nursery",
                 "Each session he attends (mornings, Monday to Friday)",
                 "Weekly summary emailed to the SW every Friday; anything worrying rung through the same day"],
                ["On the ward after the birth", H, H, H],
                ["Review Jade on the postnatal ward against her relapse plan, restart her medication as "
                 "agreed, and give the SW a view on whether she is well enough to care for the baby on the ward",
                 "Oxlington Perinatal Mental Health Team (duty psychiatrist if Dr Rees is away)",
                 "Within 24 hours of the birth",
                 "Review written in the maternity notes; the SW told by phone the same day"],
                ["Record each feed, who gave it and how the baby settled, and how long Jade slept each night",
                 "Dee Lamb, ward manager, Ward 14 (postnatal)",
                 "Every shift while Jade and the baby are on the ward",
                 "Observation chart in the notes, summarised at the discharge planning meeting"],
                ["Discharge planning meeting with Jade, Connor, Sandra, the ward, the perinatal team, the HV and "
                 "the drug service, to agree the day the baby goes home and who does the night feeds",
                 "SW Hannah Osei (chairs)",
                 "Before the baby is discharged",
                 "Written discharge plan sent to the family and every agency on the day of the meeting"],
                ["The first six weeks at home", H, H, H],
                ["Stay at the flat overnight and do the 2am feed so that Jade gets at least six hours' sleep",
                 "Sandra Brannigan (maternal grandmother)",
                 "Every night for the first 14 nights after discharge",
                 "Sandra fills in the night chart on the fridge; the SW checks it at each visit"],
                ["Home visits: see the baby awake and being cared for, see Tayo, check where the baby sleeps "
                 "and ask Jade how she is sleeping",
                 "SW Hannah Osei",
                 "Weekly for 6 weeks after discharge, then fortnightly until the review conference",
                 "Visit notes record where the baby slept, how each parent handled her, and Tayo's words"],
                ["New birth visit, then weigh the baby and check feeding, safe sleep and Jade's mood (EPDS)",
                 "HV Ruth Okoye",
                 "New birth visit 10-14 days after the birth, then weekly for 6 weeks",
                 "Weights in the red book on or above the birth centile; EPDS scores shared with the "
                 "perinatal team and the SW"],
                ["Home visits to check Jade's sleep, mood and medication against her relapse plan, and report "
                 "on whether she is well enough to care for the baby overnight",
                 "CPN Lisa Mowbray, Oxlington Perinatal Mental Health Team",
                 "Twice a week for the first 4 weeks after the birth, then weekly",
                 "Written update to the SW every Friday; any red flag phoned through the same day"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jade shows any of the red flags in her relapse plan (two nights with little or no sleep, "
              "talking fast, saying she does not need her medication, or going out at night with the "
              "children), Connor or Sandra will ring the perinatal team, or the crisis team out of hours, the "
              "same day, and Jade will be seen within 24 hours. Until she has been seen Jade will not look "
              "after the baby or Tayo on her own; Connor or Sandra will be with them. If Jade needs to go into "
              "hospital, the perinatal team will ask for a bed at the Fenwold Mother and Baby Unit so that the "
              "baby can stay with her, as Jade has asked; if there is no bed, the baby and Tayo will stay with "
              "Sandra."),
        ("p", "If Connor smokes cannabis in the flat or is under the influence while looking after the "
              "children, or Jade leaves the ward with the baby before the discharge planning meeting, the SW "
              "(or the emergency duty team) will hold a strategy discussion the same day, and the baby and "
              "Tayo will go to Sandra's at 4 Mill Row until it has met."),
        ("p", "If Sandra cannot stay at night or look after the children because she is ill or away, the baby "
              "will not be discharged until Connor has started his two weeks' paternity leave, and the SW will "
              "ask Oxlington Family Support for a night-time support worker. If neither Connor nor Sandra can "
              "care for the children while Jade is unwell, the SW will arrange a foster placement that day."),
        ("p", "If there is no signed relapse plan by 36 weeks (16/01/2026), or Connor's screens are still "
              "positive at the core group on 26/01/2026, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days to decide whether to start pre-proceedings (PLO) before the baby "
              "is born."),
        ("h1", "Core group and review"),
        ("p", "Core group on Mondays at 1.30pm at Riverside Family Hub: 22/12/2025, then every four weeks after "
              "the Christmas break, on 26/01/2026 and 23/02/2026, with an extra core group within 10 working "
              "days of the birth. Review child "
              "protection conference: Thursday 05/03/2026, 10am, Oxlington Civic Centre."),
        ("p", "Plan written by Hannah Osei (SW) with Jade and Connor on 09/12/2025. Jade asked for the plan to "
              "say that she wants the baby with her if she has to go into hospital, and it does."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan for a 3-year-old on a children's ward (NOT looked
#    after) and her 7-year-old brother; transfer from another council already
#    complete; the brother's drawing; review dates only in the footer line
#    (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_orrisdene_rcpc_who_what_when_know_blocks_fairhurst.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-txt-typed-sections-numbered-who-what-when-know-blocks-review-dates-only-in-closing-footer-line",
    "description": (
        "First review conference plan for a 3-year-old with epilepsy, admitted to a children's ward after "
        "a prolonged seizure caused by missed doses, and her 7-year-old brother. Hard negatives: the child "
        "in hospital is not looked after (both parents stay with her and hold PR); the case came from "
        "another council and the transfer-in conference has already been held, so nothing waits on a "
        "transfer; the core group dates and the next review conference appear only in the closing footer "
        "line. Each action is a numbered WHO / WHAT / WHEN / KNOW block. The brother's drawing and words "
        "and the ward's and nursery's observations of the 3-year-old are recorded; the contingency has "
        "specific triggers, a named carer with a foster fallback, and a legal planning meeting. Exemplary."
    ),
    "text": """\
ORRISDENE COUNCIL  -  CHILDREN AND FAMILIES  -  CHILD PROTECTION PLAN
=====================================================================

Children   Jack Fairhurst (7), Year 3, Castlegate Primary School
           Lily-Mae Fairhurst (3), Sunbeams Nursery (Mon, Wed, Fri)
Parents    Kerry Fairhurst (30) and Dean Fairhurst (33)
Address    22 Foundry Close, Orrisdene
Plan from  First review child protection conference, Tue 09/12/2025
Category   Neglect (Lily-Mae's medical care)
SW         Aaron Mensah, Family Safeguarding Team 2
Chair      Rosalind Kaye


WHERE THINGS ARE
----------------
The family moved here from Hexworth in August 2025. Hexworth's plan
transferred to us at our transfer-in conference on 16/10/2025 and
Hexworth closed the case the same week; everything below is
Orrisdene's work, and we have Hexworth's records and chronology.

Lily-Mae has epilepsy and takes levetiracetam twice a day. Since the
move her prescriptions have run out three times. On 04/12/2025 she had
a seizure at home lasting over 20 minutes: her rescue medicine could
not be found and Kerry rang 999. She was admitted to Rowan Ward
(children's ward), Orrisdene General Hospital, and is still there. The
ward expect her home in the week of 15/12/2025.

Lily-Mae is NOT looked after. She is on the ward as a patient; Kerry
and Dean both have parental responsibility, take turns to stay with
her, and make decisions about her care with the doctors.

Kerry and Dean have not hidden anything. They told conference that the
move, new jobs and a new GP "all came at once" and that they kept
meaning to ring the surgery.


WHAT JACK AND LILY-MAE HAVE SHOWN US
-----------------------------------
Jack drew a picture for conference (Aaron has the original). Lily-Mae
is in a hospital bed "with the beeping machine", Mum and Dad are next
to her, and Jack is at the door holding a box labelled "medsin". He
said: "That's me. I know where her medicine lives. I'm not allowed to
give it but I tell Mum when it's time." He told his teacher he was
scared when "Lily went stiff and her lips went blue", and that he
wants to go back to Beavers, which he stopped when they moved.

Lily-Mae (seen on Rowan Ward on 05/12 and 08/12) chats to the nurses,
calls her medicine "the strawberry one" and holds her arms up for Dad
when he comes in. Before she went into hospital nursery noticed she
was tired and grizzly most Mondays, and they wrote down two short
"staring" episodes in November.


WHAT WILL BE DIFFERENT
----------------------
- Lily-Mae has every dose of her medicine, on time, and has no more
  seizures caused by missed doses.
- If Lily-Mae has a seizure, the adult with her knows what to do and
  has her rescue medicine to hand.
- Jack is her big brother, not the one who remembers the medicine; he
  is back at Beavers and is not worrying about her while he is at
  school.
- Both children are seen often by people who know them, at home, at
  school and at nursery.


THE PLAN
--------
 1  WHO   Sister Claire Boyd, Rowan Ward
    WHAT  Kerry and Dean give each of Lily-Mae's doses on the ward
          themselves, with a nurse checking, and the nurse records
          whether it was given on time without a prompt
    WHEN  every dose (8am and 8pm) until discharge
    KNOW  drug chart signed by parent and nurse; Lily-Mae goes home
          only after 3 days of every dose given on time unprompted

 2  WHO   Jo Pettifer, children's epilepsy nurse specialist
    WHAT  Train Kerry, Dean and Lily-Mae's nan (Pauline Fairhurst) to
          give the rescue medicine, and rewrite Lily-Mae's seizure care
          plan with them
    WHEN  before discharge
    KNOW  competency sheet signed for each adult; care plan copied to
          nursery, the GP and Aaron

 3  WHO   Aaron Mensah (SW)
    WHAT  Discharge planning meeting on the ward with the parents, the
          ward, the epilepsy nurse, nursery and the pharmacy
    WHEN  before Lily-Mae leaves Rowan Ward
    KNOW  written discharge plan sent to the family and every agency
          the same day

 4  WHO   Chris Adebayo, pharmacist, Castlegate Pharmacy (with Dr
          Leanne Shaw, Castlegate Surgery, for the prescriptions)
    WHAT  Set up repeat prescriptions so Lily-Mae's medicine comes in
          weekly packs, delivered to the house
    WHEN  first delivery on the day of discharge, then every Friday
    KNOW  delivery log; the pharmacy rings Aaron the same day if a
          delivery is not taken in

 5  WHO   Kerry and Dean
    WHAT  Keep the medicine chart on the fridge and tick each dose
          when it is given; keep the rescue medicine in the red bag
          that goes everywhere Lily-Mae goes
    WHEN  every dose, morning and evening, from discharge
    KNOW  Aaron and the family support worker check the chart and the
          red bag at each visit; no gaps on the chart

 6  WHO   Aaron Mensah (SW)
    WHAT  See Jack and Lily-Mae at home, check the chart and the red
          bag, and see Jack on his own at school once a month
    WHEN  weekly from discharge to 13/03/2026, then fortnightly until
          the next review conference; one visit in three unannounced
    KNOW  visit notes with the children's words and what the chart
          showed

 7  WHO   Amira Saleh, Lily-Mae's keyworker, Sunbeams Nursery
    WHAT  Keep a seizure log and note how Lily-Mae is when she arrives
          (well, tired, unwell)
    WHEN  every session she attends
    KNOW  log emailed to Aaron and the epilepsy nurse every Friday;
          any seizure rung through to Kerry or Dean and Aaron that day

 8  WHO   Dr Tom Varga, consultant paediatrician (epilepsy), Orrisdene
          General Hospital
    WHAT  Clinic review of Lily-Mae's epilepsy and her doses after the
          admission
    WHEN  within 6 weeks of discharge (by 30/01/2026)
    KNOW  clinic letter to the GP, the parents and Aaron

 9  WHO   Sadie Holt, family support worker, Orrisdene Family Hub
    WHAT  Set up the medicine routine with Kerry and Dean: alarms on
          both phones at 7.45am and 7.45pm, and the reorder reminder
          in the pharmacy app
    WHEN  weekly home sessions for 6 weeks from 18/12/2025
    KNOW  alarms seen on both phones; chart checked at each session

10  WHO   Dean
    WHAT  Take Jack back to Beavers at St Luke's hall
    WHEN  every Thursday from 08/01/2026
    KNOW  Beavers leader signs Jack's attendance card

11  WHO   Mrs Lorna Pike, learning mentor, Castlegate Primary
    WHAT  Weekly check-in with Jack about home and how Lily-Mae is
    WHEN  every Tuesday in term time until the next review conference
    KNOW  check-in notes sent to Aaron at the end of each month


IF THINGS GO WRONG
------------------
- If a dose is missed and not given within 2 hours, Kerry or Dean will
  ring the epilepsy nurse (or NHS 111 out of hours) that day and tell
  Aaron the next working day.
- If two doses are missed in any week, or Lily-Mae has a seizure at
  home and her rescue medicine is not given or cannot be found, Aaron
  (or the emergency duty team) will hold a strategy discussion the
  same day. Jack and Lily-Mae will stay with their nan, Pauline
  Fairhurst, at 5 Alder Way until it has met; Pauline has been trained
  to give the medicines. If Pauline cannot have them, Aaron will
  arrange a foster placement that day.
- If doses are still being missed when the family support sessions
  finish at the end of January, Aaron will ask his manager for a legal
  planning meeting within 5 working days.

Plan sent to Kerry and Dean on 10/12/2025, and to every agency named.

=====================================================================
Orrisdene CSC | Fairhurst CP plan v2 | core group every 4 weeks: Tue
06/01, 03/02, 03/03/2026, 2pm, Castlegate Primary | next RCPC: Tue
09/06/2026, 10am, Orrisdene Civic Offices | page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a looked-after (s20) newborn still on the
#    special care baby unit: the SW only phones the unit, nobody is set to
#    visit him; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ottersby_icpc_lac_scbu_task_lead_target_evidence_cassidy.pdf",
    "doc_title": "Initial Child Protection Conference - Outcome and Plan - Alfie Cassidy",
    "split": "tune",
    "actions": 11,
    "template": "icpc-outcome-and-plan-paged-kv-then-no-task-lead-agency-target-date-evidence-of-progress-table-header-and-page-footer",
    "description": (
        "Initial conference plan for a 3-week-old boy accommodated under section 20 who is still on the "
        "special care baby unit; his mother drank heavily in pregnancy and has not been to the unit since "
        "12 November. The social worker only phones the unit weekly, contact is planned from discharge, "
        "and nobody is set to visit Alfie while he is in hospital (L001). Nothing records Alfie's own "
        "experience (F003); the contingency (police and a same-day strategy discussion) is concrete but "
        "names no legal step (R002). Action faults: 'TBC' and 'ASAP' timescales (T002), a contact row "
        "with no lead and no evidence (W001, M001), a parenting assessment with no output (M001), "
        "'Engagement with the service' (M002). Header and page footer on every page."
    ),
    "header": "OFFICIAL - SENSITIVE | Ottersby Metropolitan Borough Council | Children's Social Care",
    "footer": "ICPC plan - Alfie Cassidy - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Conference: Outcome and Plan"),
        ("kv", [
            ("Child", "Alfie Cassidy, born 28/10/2025 at 35 weeks, Ottersby General Hospital"),
            ("Where Alfie is now", "Special Care Baby Unit (SCBU), Ottersby General Hospital. The unit expect "
                                   "him to be ready for discharge in mid-December."),
            ("Legal status", "Looked after: accommodated under section 20, Children Act 1989, since "
                             "07/11/2025, with his mother's agreement"),
            ("Mother", "Chantelle Cassidy (20), staying with her aunt, Denise Cassidy, 41 Holloway Road, "
                       "Ottersby"),
            ("Father", "Not named by Chantelle. Chantelle is the only person with parental responsibility."),
            ("Conference", "Initial child protection conference, Thursday 20/11/2025, held on Teams"),
            ("Category", "Neglect"),
            ("Social worker", "Rachel Dunmore, Ottersby Children in Care Team"),
            ("Chair", "Imran Qureshi, Child Protection Chair"),
        ]),
        ("h2", "Reason for conference"),
        ("p", "Chantelle booked late, at 26 weeks, and missed four of her six antenatal appointments. She told "
              "the midwife she was drinking \"a bottle of vodka over a couple of days\" for most of the "
              "pregnancy. Two days after the birth she left the postnatal ward and was brought back by police "
              "at 2am, heavily intoxicated. On 06/11/2025 a midwife found her asleep on the ward, smelling of "
              "alcohol, when she was meant to be caring for Alfie. Chantelle agreed to Alfie being accommodated on 07/11/2025 and "
              "was discharged home the same day. She has not been to the unit since 12/11/2025. Ottersby "
              "Recovery Service closed her case in 2024 after she stopped attending."),
        ("p", "Chantelle joined the conference by phone for the first half hour. She said she wants Alfie home "
              "with her \"when I've sorted myself out\" and would agree to a parent-and-baby foster placement. "
              "Her aunt Denise has asked to be assessed as a carer for Alfie."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Alfie is at continuing risk of significant harm and should be subject to "
              "a child protection plan under the category of neglect."),
        ("h2", "Outcomes we want for Alfie"),
        ("bullets", [
            "Alfie leaves hospital to a safe, settled home with a carer who can meet all of his needs.",
            "Alfie is only ever cared for by adults who are sober when they look after him.",
            "Alfie is fed, warm and gaining weight, and his health checks and immunisations are done on time.",
            "Alfie keeps a relationship with his mum, if it is safe for him.",
        ]),
        ("h2", "Child protection plan"),
        ("table", {
            "header": ["No.", "Task", "Lead agency / worker", "Target date", "Evidence of progress"],
            "widths": [1.0, 6.0, 3.4, 3.0, 3.6],
            "rows": [
                ["1", "Liaise with SCBU by telephone for updates on Alfie's feeding, weight and likely discharge "
                      "date, and record them on Alfie's file",
                 "SW Rachel Dunmore", "Weekly until discharge", "Case notes updated after each call"],
                ["2", "Identify a foster placement for Alfie for when he is discharged (a parent-and-baby "
                      "placement to be considered)",
                 "Ottersby Placements Team", "TBC", "Placement confirmed in writing to the SW"],
                ["3", "Viability assessment of Denise Cassidy (maternal great-aunt) as a possible carer for "
                      "Alfie",
                 "SW Rachel Dunmore", "By 12/12/2025",
                 "Viability report to the team manager, shared with Chantelle and Denise"],
                ["4", "Discharge planning meeting on Teams with SCBU, the foster carer, the HV and Chantelle",
                 "SW Rachel Dunmore", "Before Alfie is discharged from SCBU",
                 "Discharge plan circulated to everyone who attended"],
                ["5", "Chantelle to refer herself to Ottersby Recovery Service for support with her alcohol use",
                 "Chantelle Cassidy", "ASAP", "Engagement with the service"],
                ["6", "Alcohol assessment of Chantelle, with breath tests, and a report on her drinking and "
                      "whether she can change in a timescale that meets Alfie's needs",
                 "Gary Lister, recovery worker, Ottersby Recovery Service",
                 "Assessment by 19/12/2025; update before each core group",
                 "Written report to the SW; breath test results"],
                ["7", "Contact between Chantelle and Alfie to be arranged once he has left hospital, "
                      "supervised at Ottersby Family Centre",
                 "", "From discharge, three times a week", ""],
                ["8", "Parenting assessment of Chantelle, including her understanding of what Alfie needs", "SW Rachel Dunmore", "By 30/01/2026", ""],
                ["9", "New birth visit to Alfie at his placement; weigh him and check feeding and safe sleep",
                 "HV Sue Marriott, Ottersby 0-19 Service",
                 "Within 14 days of discharge, then every 2 weeks until he is 3 months old",
                 "Weights plotted in the red book; safe-sleep checklist signed by the carer"],
                ["10", "Neonatal follow-up of Alfie's development (born at 35 weeks, exposed to alcohol in "
                       "pregnancy)",
                 "Dr Farah Siddiqui, consultant neonatologist", "Clinic w/c 12/01/2026",
                 "Clinic letter to the GP, HV and SW"],
                ["11", "Tell the SW about any police call-out to 41 Holloway Road or involving Chantelle",
                 "Ottersby Police Safeguarding Hub", "Within 24 hours of any call-out",
                 "Each call-out logged on Alfie's file"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Chantelle comes to SCBU under the influence of alcohol, or tries to take Alfie from the unit, "
              "SCBU staff will ask her to leave and call the police on 999, and the SW (or the emergency duty "
              "team out of hours) will hold a strategy discussion the same day."),
        ("h2", "Core group and review"),
        ("p", "First core group: Thursday 04/12/2025, 2pm, on Teams; then every 4 weeks. Review child "
              "protection conference: Thursday 12/02/2026, 10am, Ottersby Civic Centre."),
        ("p", "Minutes and plan approved by the chair on 24/11/2025 and sent to Chantelle and all agencies."),
    ],
    "findings": [
        F("T002", "Identify a foster placement for Alfie for when he"),
        F("T002", "Chantelle to refer herself to Ottersby Recovery Service"),
        F("M002", "Chantelle to refer herself to Ottersby Recovery Service"),
        F("W001", "Contact between Chantelle and Alfie to be arranged"),
        F("M001", "Contact between Chantelle and Alfie to be arranged"),
        F("M001", "Parenting assessment of Chantelle, including her understanding"),
        F("L001"),
        F("F003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan for a family about to move to another council:
#    three actions paused or handed on until the other council's transfer-in
#    conference; a letter from the 9-year-old (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ouselmere_rcpc_move_pending_transfer_rennie.md",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-md-sections-childs-letter-blockquote-then-number-action-who-when-how-we-know-table",
    "description": (
        "First review conference plan for a 9-year-old and a 5-year-old (domestic abuse and neglect) whose "
        "family move to another council's area in January. The 9-year-old's letter to conference is "
        "quoted in full. Three rows wait for the receiving council: the SW's visits pause from the move "
        "until the transfer-in conference, the parenting assessment is handed to the receiving council, "
        "and the CAMHS referral is on hold (X001 x3); the transfer paperwork row itself is fine. Also "
        "'Ongoing' and 'Engagement with the programme' for the partner (T002, M002), 'All agencies' "
        "(W002), a contingency that only has the core group meet if there are further concerns (C002) "
        "with no legal step (R002), and the review conference left 'to be arranged' by the receiving "
        "council (R001)."
    ),
    "text": """\
# Ouselmere Borough Council – Children's Services

## Review Child Protection Conference: Plan for Skye and Harley Rennie

| | |
|---|---|
| **Children** | Skye Rennie (9), Year 5, Fernside Primary; Harley Rennie (5), Reception, Fernside Primary |
| **Mum** | Danielle Rennie (31) |
| **Mum's partner** | Marcus Doyle (34), Harley's dad, lives with the family |
| **Address** | 56 Tanners Walk, Ouselmere, until 12/01/2026; then 9 Cobden Close, Brindleford |
| **Conference** | First review child protection conference, Tuesday 02/12/2025 |
| **Category** | Emotional abuse |
| **Social worker** | Toby Adair, Ouselmere Assessment and Safeguarding Team |
| **Chair** | Yvonne Pascoe |

## What has happened since the initial conference

Police have been called to Tanners Walk once since September (27 October), when
neighbours heard shouting and a door being kicked; Marcus had left before they
arrived. Danielle has finished four of the eleven online Freedom Programme
sessions. Marcus was referred to the Ouselmere Change programme in October and has
been to two of six sessions. Skye's attendance is 97%; Harley's is 88% and he is
often late on Mondays.

Danielle has been offered a housing association tenancy in Brindleford, near her
sister, and the family move on **12 January 2026**. Toby sent the transfer request
to Brindleford City Council on 27/11/2025. Brindleford have not yet set a date for
their transfer-in conference.

## Skye's letter to the conference

Skye wrote this with her learning mentor and asked for it to be read out:

> Dear conference people,
>
> I am in year 5. Things are a bit better since the summer because Marcus doesnt
> shout as much but sometimes he still does on Fridays. I dont like it when Mum
> cries in the bathroom. I am scared about moving to Brindleford because I wont
> know anyone and I wont have Miss Ward. I want to take my rabbit Biscuit. Please
> can someone tell my new school that I get worried at night and sometimes I cant
> sleep.
>
> From Skye (age 9)

Harley (seen at school and at home): he talks all the time about trains and his
dad's van. His teacher says he goes quiet and sucks his sleeve when other children
raise their voices, and he arrives without breakfast on most Mondays.

## What we want for Skye and Harley

- Skye and Harley live in a home with no shouting, kicking of doors, hitting or police coming.
- Skye sleeps through most nights and has an adult at school she can tell when she is worried.
- Harley is at school every day, on time and with breakfast inside him.
- Skye and Harley move house and school with people who already know their story, so
  nothing about their safety is lost in the move.

## The plan

| # | Action | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Home visits to see Skye and Harley, with Skye seen on her own at school | SW Toby Adair | Every two weeks until the move on 12/01/2026, then paused until Brindleford's transfer-in conference | Visit records with what each child says |
| 2 | Parenting assessment of Danielle and Marcus, looking at routines, Monday mornings and how they manage arguments in front of the children | Brindleford City Council Children's Services, once the case has transferred | After Brindleford's transfer-in conference (expected February 2026) | Assessment report shared with the parents and the core group |
| 3 | Referral to CAMHS for Skye's sleep and night-time worries | SW Toby Adair | On hold until Brindleford's transfer-in conference (expected w/c 09/02/2026), so Skye joins Brindleford's CAMHS list instead of Ouselmere's | CAMHS acceptance letter on file |
| 4 | Finish the remaining seven online Freedom Programme sessions | Danielle Rennie, supported by IDVA Nadia Haq | Weekly, all done by 16/01/2026 | Session certificates seen by the IDVA |
| 5 | Update the safety plan with Danielle, Skye and Harley for the new address, including who Skye rings and which neighbour the children go to | IDVA Nadia Haq, Ouselmere Domestic Abuse Service | Before the move on 12/01/2026 | Written safety plan given to Danielle and the SW; Skye can say her part of it |
| 6 | Attend the Ouselmere Change programme for men who use abuse in relationships | Marcus Doyle | Ongoing | Engagement with the programme |
| 7 | Pass any incident of shouting, violence or a police call-out to the SW the same day | All agencies | Same day | Each incident logged on the children's file |
| 8 | Check Skye's and Harley's attendance each morning, ring Danielle by 9.30am if either is not in, and a Monday chat for Skye with Miss Ward | Mrs Ellen Ward, DSL, Fernside Primary | Daily, and every Monday until the end of term (19/12/2025) | Attendance sent to the SW every Friday; notes of Skye's Monday chats |
| 9 | Send Brindleford the chronology and case summary, and do a joint handover visit with the new Brindleford social worker | SW Toby Adair | Chronology by 12/12/2025; handover visit before the transfer-in conference | Brindleford confirm receipt in writing; handover visit recorded |
| 10 | Hearing test and speech check for Harley | Mel Jarvis, school nurse | By 19/12/2025 | Results sent to the GP and the SW |
| 11 | Apply for school places in Brindleford and a removals grant, and give Skye's new school her letter and her worries at night | FSW Kim Osborne, Ouselmere Family Hub | By 09/01/2026 | School places confirmed in writing; grant letter on file |

## If things get worse

If there are further concerns before the family moves, the core group will meet and
consider next steps with Brindleford.

## Meetings

- Core group every 4 weeks: Tuesday 16/12/2025 at Fernside Primary, 3.30pm, and
  Tuesday 13/01/2026 on Teams (after the move).
- Review child protection conference: to be arranged by Brindleford as part of their
  transfer-in conference.
""",
    "findings": [
        F("X001", "Home visits to see Skye and Harley, with Skye"),
        F("X001", "Parenting assessment of Danielle and Marcus, looking at routines"),
        F("X001", "Referral to CAMHS for Skye's sleep and night-time worries"),
        F("T002", "Attend the Ouselmere Change programme for men who use abuse"),
        F("M002", "Attend the Ouselmere Change programme for men who use abuse"),
        F("W002", "Pass any incident of shouting, violence or a police call-out"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Second review conference: progress insufficient, the case is in
#    pre-proceedings (PLO). Review dates in the details box, the children's
#    words in a quote table, contingency as IF / THEN lines (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ormwick_rcpc_plo_quote_table_if_then_pritchard.docx",
    "doc_title": "Review Child Protection Conference Plan - Leon, Maisie and Dylan Pritchard",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-docx-kv-box-with-core-group-and-review-dates-childrens-words-quote-table-then-what-who-by-when-how-we-will-know-table-if-then-contingency-lines",
    "description": (
        "Second review conference plan for an 11-, 6- and 2-year-old (mother's drinking, anxiety and "
        "depression; neglect) after insufficient progress: a legal planning meeting has been held and the "
        "case is in pre-proceedings (PLO), with the PLO meeting in the plan. Core group and review dates sit "
        "in the details box at the top; the children's words are quoted in a table (child / what they "
        "said / who heard it); the contingency is written as IF ... THEN lines with concrete responses and a "
        "return to the legal gateway. Faults: the CMHT only supports (H001), a passive nursery row with no "
        "owner (W001), 'As and when a worker is free' (T002), an empty measure (M001), 'Improvement in home "
        "conditions' (M002), and an outcome about the mother only (F002)."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("p", "Ormwick City Council · Children's Services · Safeguarding Team East"),
        ("kv", [
            ("Children", "Leon Pritchard (11), Year 7, Ormwick Vale Academy; Maisie Pritchard (6), Year 2, "
                         "St Bede's Primary; Dylan Pritchard (2), at home"),
            ("Parents", "Stacey Pritchard (33) and Wayne Pritchard (36), 8 Copperfield Walk, Ormwick. Leon's "
                        "dad, Ryan Moss, has him every other weekend."),
            ("Conference", "Second review child protection conference, Tuesday 09/12/2025"),
            ("On a plan since", "04/06/2025 (neglect)"),
            ("Legal status", "Pre-proceedings (Public Law Outline): letter before proceedings sent 01/12/2025"),
            ("Social worker", "Gemma Thornley"),
            ("Chair", "Paul Ndlovu, Independent Reviewing Officer"),
            ("Core group", "Every 4 weeks, Wednesdays 3.30pm at St Bede's Primary: 07/01/2026, 04/02/2026, "
                           "04/03/2026"),
            ("Next review conference", "Tuesday 17/03/2026, 10am, Ormwick Guildhall"),
        ]),
        ("h1", "Progress since the last review"),
        ("p", "Progress has not been enough. Stacey has been to 5 of 12 appointments with Ormwick Alcohol "
              "Service and two of her breath tests were over the limit. On 14/10/2025 a neighbour found Dylan "
              "in the front garden on his own at 6.30pm and brought him back; Stacey was asleep on the sofa. "
              "On 21/11/2025 Leon told school he had bathed Dylan and put him to bed \"because Mum was poorly "
              "again\". Stacey has anxiety and depression and has been open to the Ormwick Community Mental "
              "Health Team since August. Wayne works long shifts as a delivery driver and is often not home "
              "until after 8pm."),
        ("p", "A legal planning meeting on 25/11/2025 agreed that the threshold for care proceedings is met "
              "and that the family should be offered pre-proceedings first. The letter before proceedings was "
              "sent on 01/12/2025 and the PLO meeting is on 16/12/2025. Stacey and Wayne both have solicitors."),
        ("h1", "What the children told us"),
        ("table", {
            "header": ["Child", "What they said or showed us", "Who heard it, and when"],
            "widths": [2.6, 10.0, 4.4],
            "rows": [
                ["Leon (11)",
                 "\"Mum's alright in the day. After tea she goes to bed early and I do Dylan's bath.\" "
                 "\"I don't want to go and live anywhere else. I just want it to stop.\"",
                 "Gemma (SW), at school, 26/11/2025"],
                ["Maisie (6)",
                 "\"Mummy's medicine makes her sleepy.\" She drew her family with Mummy lying on the sofa and "
                 "\"Leon being the mummy\" at the sink.",
                 "Gemma (SW), at home, 01/12/2025"],
                ["Dylan (2)",
                 "Not yet talking in sentences. When he bumped his head he went to Leon, not Stacey, for a "
                 "cuddle. He ate two lunches at his nursery taster session and asked for more.",
                 "HV Lorraine Gibb, home visit 18/11/2025; Little Steps Nursery, 28/11/2025"],
            ],
        }),
        ("h1", "Outcomes"),
        ("bullets", [
            "Leon, Maisie and Dylan are cared for every evening and every night by a sober adult.",
            "Leon is not the one who bathes Dylan and puts him to bed.",
            "Dylan is never left outside or on his own, and he starts his funded nursery place in January.",
            "Stacey will be sober and her anxiety will be better managed.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know"],
            "widths": [6.6, 3.6, 3.0, 3.8],
            "rows": [
                ["See all three children at home (one visit in two unannounced, at least one after 6pm), and "
                 "Leon and Maisie on their own at school",
                 "SW Gemma Thornley", "Weekly until the review conference",
                 "Visit records with each child's words and who was caring for them"],
                ["Alcohol key-work with Stacey, with a breath test at each session and a written report on "
                 "whether she is cutting down and how quickly",
                 "Marcus Bell, Ormwick Alcohol Service",
                 "Twice weekly; report before each core group and the PLO review meeting",
                 "Breath test results and the written report sent to the SW"],
                ["Support Stacey with her anxiety and low mood through appointments with her care "
                 "coordinator",
                 "Anjali Rao, care coordinator, Ormwick Community Mental Health Team",
                 "Fortnightly", "Stacey attends her appointments (CMHT diary)"],
                ["Finish work by 5.30pm on weekdays so that Wayne is home for tea, bath and bedtime",
                 "Wayne Pritchard", "From 05/01/2026",
                 "Wayne's work rota sent to the SW each month; the children asked at visits who put them to bed"],
                ["Parenting assessment of Stacey and Wayne as part of pre-proceedings, focused on the evenings "
                 "and on Dylan's supervision",
                 "Helen Crane, independent social worker", "By 13/02/2026",
                 "Report filed for the PLO review meeting and shared with the parents' solicitors"],
                ["A funded 15-hour nursery place for Dylan will be arranged at Little Steps Nursery",
                 "", "To start 06/01/2026", "Nursery register shows Dylan attending"],
                ["Young carers assessment for Leon", "Sam Price, Ormwick Young Carers",
                 "As and when a worker is free", "Assessment shared with the SW and the school"],
                ["Weekly check-in with Leon about home and his sleep",
                 "Mr Dev Malik, head of Year 7, Ormwick Vale Academy", "Every Monday in term time", ""],
                ["Keep the back gate locked and cleaning products out of Dylan's reach, and clear the "
                 "kitchen each night",
                 "Stacey and Wayne Pritchard", "Every day; checked at each SW visit",
                 "Improvement in home conditions"],
                ["Dylan's 2-year review with an ASQ-3 and a speech screen",
                 "HV Lorraine Gibb", "By 30/01/2026",
                 "ASQ-3 and speech screen results shared with the SW and the nursery"],
                ["PLO meeting with Stacey, Wayne and their solicitors to agree in writing what must change, "
                 "then a PLO review meeting",
                 "SW Gemma Thornley, with Ormwick Legal Services",
                 "PLO meeting 16/12/2025; review meeting by 03/03/2026",
                 "Written agreement and minutes sent to both parents and their solicitors"],
                ["Review Stacey's medication and whether it is safe with her drinking, and write to the SW",
                 "Dr Susan Vale, GP, Copperfield Medical Centre", "By 09/01/2026",
                 "GP letter on the children's file"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "IF Stacey is under the influence of alcohol while caring for any of the children (seen by a "
              "professional, a breath test over the limit, or a child telling us) THEN Wayne will be called "
              "home, the SW (or the emergency duty team) will hold a strategy discussion the same day, and "
              "the children will not be left in Stacey's care on her own until it has met."),
        ("p", "IF Wayne cannot get home THEN the children will go to their aunt, Kelly Price, at 3 Ashby Road; "
              "IF Kelly cannot have them THEN the SW will arrange a foster placement that evening."),
        ("p", "IF Dylan is found outside or on his own again THEN the police will be called and the same "
              "steps will follow."),
        ("p", "IF Stacey's breath tests are still over the limit at the PLO review meeting, or a child is left "
              "unsupervised again, THEN the SW will ask for the case to go back to the legal gateway panel to "
              "decide whether to issue care proceedings."),
        ("p", "Plan agreed at conference on 09/12/2025 and sent to Stacey, Wayne, their solicitors and every "
              "agency on 11/12/2025."),
    ],
    "findings": [
        F("F002", "Stacey will be sober and her anxiety will be better managed."),
        F("H001", "Support Stacey with her anxiety and low mood through appointments"),
        F("W001", "A funded 15-hour nursery place for Dylan will be arranged"),
        F("T002", "Young carers assessment for Leon"),
        F("M001", "Weekly check-in with Leon about home and his sleep"),
        F("M002", "Keep the back gate locked and cleaning products out"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First core group record, typed as plain text: the grandparents carry the
#    overnight care, there is no contingency at all, no child's view, no next
#    core group date; the family's move to another council does NOT stall the
#    plan (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ovenholme_core_group_numbered_minutes_brooks.txt",
    "split": "tune",
    "actions": 11,
    "template": "core-group-1-record-txt-numbered-minute-sections-actions-as-numbered-paragraphs-with-by-whom-by-when-evidence",
    "description": (
        "First core group record for a 13-year-old and a 10-year-old left alone overnight while their "
        "mother works night shifts. The maternal grandparents have the children overnight and do the school "
        "run after night shifts, but there is no contingency at all (C001, C003) and so no legal step "
        "(R002). Nothing records either child's views or daily life (F003), and the next core group is "
        "'to be arranged' (R001). The family's planned move to another council does not stall anything: "
        "the SW keeps visiting until the receiving council's transfer-in conference. Action faults: "
        "'monitored' (M002), an FSW row and an assessment update with no evidence (M001 x2), a health "
        "check with no date (T001), 'All agencies' (W002), 'ASAP' (T002)."
    ),
    "text": """\
OVENHOLME COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING 1: RECORD AND PLAN

Date/time:   Tuesday 02/12/2025, 4pm
Venue:       Ovenholme Family Centre, Room 2
Children:    Tyler BROOKS (13), Year 9, Ovenholme High School
             Kacey BROOKS (10), Year 6, Greenacre Primary School
Mother:      Lauren BROOKS (35), 14 Sefton Rise, Ovenholme
Plan:        Child protection plan from ICPC 18/11/2025, category neglect
Chair:       Kelly Orme, social worker

1. PRESENT
Lauren Brooks; Pat and Ray Wilcox (maternal grandparents); Kelly Orme
(SW); Amy Clegg (FSW); Mrs Jan Pryce (attendance officer, Ovenholme
High); Mr Rob Dean (DSL, Greenacre Primary); Dawn Hill (school nurse).
Apologies: none.

2. UPDATES
2.1 SW: The plan was made after a police referral in October about the
children being left without an adult overnight while Lauren worked
night shifts at the Ovenholme distribution centre. Lauren now works
three nights a week on a fixed rota. Kelly has visited twice since
conference. The fridge had food in it on both visits; the boiler is
still broken and the house is cold.
2.2 Ovenholme High: Tyler's attendance this term is 82%. He has been
late 11 times, mostly on the mornings after Lauren's night shifts.
2.3 Greenacre Primary: Kacey's attendance is 94%. School have nothing
new to add since conference.
2.4 Pat and Ray have had the children to stay at their house on every
night shift since conference and are willing to carry on.
2.5 Lauren said she is grateful for her parents' help and is looking
for day work.

3. MOVE TO LYMFORD
Lauren has accepted a day job with a new employer in Lymford and the
family expect to move there at the end of February 2026. Ovenholme
keeps the child protection plan, and all the actions below carry on,
until Lymford Borough Council hold their transfer-in conference. Kelly
will send the transfer request once the family have a tenancy date.

4. WHAT WE WANT FOR TYLER AND KACEY
4.1 Tyler and Kacey always have an adult with them overnight.
4.2 Tyler gets to school on time every day and his attendance is
    above 95% by the review conference.
4.3 Kacey's health checks are up to date and both children have a
    dentist.
4.4 Both children live in a warm house with working heating.

5. ACTIONS
5.1 Kelly Orme (SW) to visit the home every two weeks, see Tyler and
    Kacey, and check the food in the house, the heating and the
    bedrooms, until Lymford's transfer-in conference. Visit records
    shared at each core group.
5.2 Pat and Ray Wilcox to have Tyler and Kacey to sleep at their house
    on every night Lauren works. Each night shift. Pat signs the
    overnight diary, checked by Kelly at each visit.
5.3 Ray Wilcox to take both children to school on the morning after
    each night shift. Each morning after a night shift. School late
    books and registers.
5.4 Lauren to send Kelly her shift rota for the following week every
    Friday. Rota kept on the children's file.
5.5 Mrs Jan Pryce (attendance officer) to check Tyler's attendance
    and punctuality daily. Attendance to be monitored.
5.6 Amy Clegg (FSW) to do weekly sessions with Lauren on morning
    routines, shopping and budgeting, for 8 weeks from 08/12/2025.
5.7 Kelly Orme to update the child and family assessment, including
    Pat and Ray's views, by 09/01/2026.
5.8 Dawn Hill (school nurse) to do a health check for Kacey: height,
    weight and eyesight. Results shared with Kelly and Lauren.
5.9 All agencies to tell Kelly the same day if the children are found
    without an adult overnight or miss school after a night shift.
    Logged on the children's file.
5.10 Lauren to register Tyler and Kacey with a dentist ASAP.
    Registration letters seen by Kelly.
5.11 Kelly Orme to chase Ovenholme Homes to repair the boiler by
    12/12/2025. Repair job sheet on file.

6. NEXT MEETINGS
Next core group: date to be arranged.
Review child protection conference: Tuesday 10/02/2026, 10am,
Ovenholme Town Hall.

Record typed by Kelly Orme, 03/12/2025. Corrections to Kelly within
5 working days please.
""",
    "findings": [
        F("M002", "to check Tyler's attendance and punctuality daily"),
        F("M001", "to do weekly sessions with Lauren on morning routines"),
        F("M001", "Kelly Orme to update the child and family assessment"),
        F("T001", "to do a health check for Kacey: height"),
        F("W002", "All agencies to tell Kelly the same day"),
        F("T002", "Lauren to register Tyler and Kacey with a dentist"),
        F("C001"),
        F("C003"),
        F("F003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Revised core group plan for a looked-after 14-year-old on a children's
#    ward after an overdose: the SW and foster carer are set to visit (no
#    L001); three houses summary; numbered action sentences; vague IF lines;
#    dates in a diary box; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_oldenbrook_core_group_lac_ward_three_houses_morgan.pdf",
    "doc_title": "Core Group - Revised Child Protection Plan - Kayla Morgan",
    "split": "tune",
    "actions": 11,
    "template": "core-group-revised-plan-paged-kv-three-houses-table-numbered-action-sentences-if-lines-dates-for-your-diary-box",
    "description": (
        "Core group record and revised plan for a 14-year-old, accommodated under section 20, who is on a "
        "children's ward after an overdose. Visits are set (SW every Tuesday and Friday, foster carer every "
        "day), so no L001. Her views are a three houses summary in a table; actions are numbered sentences; "
        "the core group and review conference dates sit in a 'Dates for your diary' box at the end. "
        "Faults: contact 'when Kayla feels ready' and a school return 'on an ongoing basis' (T002), "
        "'Professionals' as owner (W002), 'her mood will be monitored' (M002), a viability assessment with "
        "no output (M001), mother's heavy drinking recorded with no adult service action (F004), and IF "
        "lines with vague triggers or only 'discuss' (C002) and no legal step (R002). Header and page "
        "footer on every page."
    ),
    "header": "Oldenbrook Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Kayla Morgan – revised CP plan 01/12/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group: Revised Child Protection Plan"),
        ("kv", [
            ("Young person", "Kayla Morgan (14), Year 9, Oldenbrook Academy"),
            ("Where Kayla is", "Bluebell Ward (children's ward), Oldenbrook Royal Infirmary, since 24/11/2025"),
            ("Legal status", "Looked after, accommodated under section 20 since 31/10/2025; placed with "
                             "foster carers Jan and Pete Horsfall, 7 Larch Grove, Oldenbrook"),
            ("Mother", "Lisa Morgan (38), 29 Quarry Bank, Oldenbrook"),
            ("Plan", "Child protection plan since the initial conference on 28/10/2025 (physical abuse)"),
            ("Meeting", "Core group, Monday 01/12/2025, Bluebell Ward family room"),
            ("Social worker", "Dan Whitley, Oldenbrook Children in Care Team"),
        ]),
        ("h2", "Why the plan has changed"),
        ("p", "On 24/11/2025 Kayla took an overdose of paracetamol at her foster home and told Jan straight "
              "away; Jan rang 999. Kayla is medically recovering but the CAMHS crisis team want her to stay on "
              "the ward while they decide whether she needs an inpatient bed, so she is likely to be in "
              "hospital for at least another week. Kayla said the overdose came after her mum texted that she "
              "was \"not leaving Shane for anyone\"."),
        ("p", "Lisa's partner, Shane Dolan, hit Kayla in the face on 09/10/2025 and Lisa said Shane would stay. "
              "Kayla went to her nan's, and was accommodated on 31/10/2025 when her nan went into hospital for "
              "a hip operation. The police investigation is ongoing and Shane is on bail not to "
              "contact Kayla. Lisa told Dan she has been drinking heavily at weekends since Shane moved in. "
              "The conference kept Kayla on a plan because she is accommodated by agreement and her mum could "
              "ask for her to come home at any time."),
        ("h2", "Kayla's three houses"),
        ("p", "Kayla did her three houses with Dan on the ward on 27/11/2025 and agreed that this summary can "
              "be shared with everyone at the core group."),
        ("table", {
            "header": ["House of worries", "House of good things", "House of dreams"],
            "widths": [5.7, 5.6, 5.7],
            "rows": [
                ["\"Mum picking Shane over me.\" Going back to school \"now everyone knows\". Being sent to a "
                 "hospital \"miles away where nobody visits\".",
                 "Jan and Pete's dog, Bramble. Miss Cole, her art teacher. Nan's Sunday dinners. \"Jan came "
                 "in the ambulance.\"",
                 "Living with Nan. Mum leaving Shane. Going to art college and having her own flat with a "
                 "studio."],
            ],
        }),
        ("h2", "What we are working towards"),
        ("bullets", [
            "Kayla is safe from Shane and from anyone who would hurt her, in hospital and when she leaves.",
            "Kayla leaves hospital with a safety plan she helped to write, and knows who to tell when she "
            "feels like hurting herself.",
            "Kayla goes back to school with a plan she agrees with and keeps doing her art.",
            "Kayla sees her mum and her nan in a way that feels safe to her.",
        ]),
        ("h2", "Revised plan"),
        ("numbers", [
            "SW Dan Whitley will visit Kayla on Bluebell Ward every Tuesday and Friday while she is in hospital, "
            "see her on her own each time, and write down what she says in his visit notes.",
            "Jan Horsfall (foster carer) will visit Kayla on the ward every day, take in her sketchbook and "
            "clean clothes, and log each visit in the foster carer diary.",
            "Dr Owen Lacey (CAMHS crisis team) will complete a risk assessment with Kayla before she is "
            "discharged and send the written safety plan to the SW, the foster carers and school.",
            "Bluebell Ward staff will keep a log of everyone who visits Kayla and ring the SW the same day if "
            "Lisa or Shane Dolan come onto the ward.",
            "Oldenbrook Family Centre will supervise contact between Kayla and her mum when Kayla feels ready, "
            "and send notes to the SW after each contact.",
            "Professionals will make sure Kayla gets her school work every week while she is off school, with "
            "the work sent and handed in listed on her school file.",
            "Mrs Hanley (DSL, Oldenbrook Academy) will plan a phased return to school with Kayla, Jan and Miss "
            "Cole on an ongoing basis, and give Kayla a written return timetable.",
            "Dr Lacey will see Kayla at the CAMHS clinic every week after she leaves hospital, and her mood "
            "will be monitored.",
            "The SW will complete a viability assessment of Kayla's nan, Maureen Morgan, as a possible "
            "long-term carer by 19/12/2025.",
            "DC Amy Hart (Oldenbrook Public Protection Unit) will update the SW on the investigation into "
            "Shane Dolan every two weeks, and the SW will log each update on Kayla's file.",
            "Jan and Pete Horsfall will lock away all medicines at home, including paracetamol, before Kayla is "
            "discharged, and the SW will check the locked box on his first visit after discharge.",
        ]),
        ("h2", "If things change"),
        ("bullets", [
            "If Kayla's risk increases, professionals will meet to discuss next steps.",
            "If Lisa withdraws her agreement to Kayla being accommodated, the SW will discuss this with his "
            "manager.",
            "If there are further concerns about Shane, the police will be informed.",
        ]),
        ("h2", "Dates for your diary"),
        ("table", {
            "header": ["Meeting", "When and where"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Core group (every 3 weeks)", "Mondays at 3pm: 01/12/2025 (this meeting), 22/12/2025 and "
                                               "12/01/2026, at the foster home or on the ward"],
                ["Kayla's looked-after review", "Thursday 11/12/2025, 4pm, with the IRO, Sheila Grant"],
                ["Review child protection conference", "Tuesday 27/01/2026, 10am, Oldenbrook Civic Centre"],
            ],
        }),
        ("p", "Record typed by Dan Whitley on 02/12/2025 and shared with Kayla, Lisa, Jan and Pete, and every "
              "agency at the core group."),
    ],
    "findings": [
        F("T002", "supervise contact between Kayla and her mum when Kayla feels ready"),
        F("W002", "Professionals will make sure Kayla gets her school work"),
        F("T002", "will plan a phased return to school with Kayla"),
        F("M002", "Dr Lacey will see Kayla at the CAMHS clinic"),
        F("M001", "will complete a viability assessment of Kayla's nan"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})
