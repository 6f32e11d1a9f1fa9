"""Batch 54, module m: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services, trusts
and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its
code.

Seven kinds of plan from the four UK nations, each in a template invented for
it: a Scottish review child protection planning meeting record (faulty), a
Welsh Part 6 care and support plan for a looked-after toddler on a children's
ward (exemplary), an English neglect plan laid out by area of care (faulty), a
Northern Ireland trust protection plan built on risk statements after domestic
abuse (exemplary), an English Hidden Harm joint plan written with the adult
drug and alcohol service (exemplary), an English transfer-in conference plan
(exemplary) and a family's own plan typed from flipchart sheets (faulty).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: review CPPM record and amended Child's Plan, owner-first table
#    with full-width child bands; PDF with header and page footer. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_muirfaulds_review_cppm_owner_first_child_bands_mccandless.pdf",
    "doc_title": "Review CPPM Record and Child's Plan - Kerr and Isla McCandless",
    "split": "heldout",
    "actions": 11,
    "template": "scottish-review-cppm-record-paged-numbered-sections-progress-views-risk-decision-then-owner-first-who-agency-action-agreed-frequency-or-end-date-evidence-lead-professional-looks-for-table-under-full-width-child-bands",
    "description": (
        "Scottish review Child Protection Planning Meeting record and amended Child's Plan for a "
        "10-year-old and a 3-year-old (mother's drinking and low mood, neglect). Owner-first table "
        "under child bands. The CPN only supports Shona and the measure is her 'engagement'; the "
        "parenting group has no timescale; 'Family' owns the dental row; the school check-in is "
        "'Ongoing'; the young carers referral has no evidence. Gran and uncle carry weekends and "
        "teatimes but the contingency only sends the children to Gran; nothing legal follows "
        "insufficient progress."
    ),
    "header": "OFFICIAL-SENSITIVE | Muirfaulds Council Children and Families Social Work | Review CPPM",
    "footer": "Kerr and Isla McCandless - Review CPPM 17/06/2025 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Planning Meeting"),
        ("p", "Record of the meeting and the Child's Plan as amended"),
        ("kv", [
            ("Children", "Kerr McCandless, born 02/11/2014 (10), P6 at Glenbrae Primary School; "
                         "Isla McCandless, born 21/01/2022 (3), Wee Acorns Nursery"),
            ("Address", "14 Loanhead Court, Muirfaulds"),
            ("Parent", "Shona McCandless (33), mother. The children's father, Jordan Reid, lives in "
                       "the north of England and has had no contact since 2023."),
            ("Meeting", "Tuesday 17/06/2025, 1.30pm, Muirfaulds Family Centre"),
            ("Chair", "Morag Fyfe, Child Protection Chair"),
            ("Lead Professional", "Fiona Baird, social worker, Muirfaulds North Children and Families Team"),
            ("Named Persons", "Mrs Elaine Tosh, Depute Head, Glenbrae Primary (Kerr); "
                              "Gillian Oyelaran, health visitor (Isla)"),
            ("Register", "Both children's names were placed on the Child Protection Register at the "
                         "initial CPPM on 18/03/2025. Concerns recorded: neglect; parental alcohol use."),
        ]),
        ("h2", "1. Present and apologies"),
        ("p", "Present: Shona McCandless (mother); Agnes Rennie (maternal grandmother); Fiona Baird "
              "(Lead Professional); Elaine Tosh (Glenbrae Primary); Gillian Oyelaran (HV); Dawn Salter "
              "(keyworker, Wee Acorns Nursery); Callum Dewar (recovery worker, Muirfaulds Alcohol and "
              "Drug Recovery Service); Ruth Imrie (CPN, Muirfaulds Community Mental Health Team); "
              "DC Kirsty Lamont (police Public Protection Unit); Morag Fyfe (Chair); Iain Gow (minutes)."),
        ("p", "Apologies: Dr Hamish Lindsay, GP, Loanhead Medical Practice (written report received)."),
        ("h2", "2. Progress since the initial CPPM"),
        ("p", "Shona began keywork with the recovery service in April. Eight of her eleven breath tests "
              "have been clear; the three that were not were all on a Sunday morning. On 24 May Kerr "
              "phoned his gran at 11pm because he could not wake his mum on the sofa and Isla was "
              "crying in her cot. Agnes came round, stayed the night and told the Lead Professional the "
              "next morning. There has been no repeat since."),
        ("p", "Kerr's attendance has gone up from 84% to 91%, and he has been late four times this term "
              "rather than most mornings. Wee Acorns report that Isla now comes in four days out of five, "
              "usually with breakfast, but her speech is well behind other three-year-olds and she has a "
              "broken front tooth that has not been seen by a dentist. The house was clean and stocked "
              "with food at all six of the Lead Professional's visits."),
        ("p", "Shona's GP reports that she has had depression since Isla's birth and takes sertraline. "
              "She was referred to the CMHT in April and has seen her CPN three times. The CPN told the "
              "meeting that Shona's mood has lifted a little since she cut down her drinking."),
        ("h2", "3. What Kerr and Isla have told us"),
        ("p", "Kerr (seen on his own at school on 10/06/2025): \"It's better now, Mum doesn't drink on "
              "school nights. I still check on Isla when I go to bed because she wakes up and shouts.\" "
              "He said the worst thing was the night he could not wake his mum: \"I thought she was "
              "dead.\" He likes weekends at Gran's because \"she does mince and tatties and I get to stay "
              "up for the football\". He would like to go back to football training on a Wednesday and "
              "to \"not have to do Isla's tea\"."),
        ("p", "Isla is not yet able to tell us in words. At nursery she runs to Dawn at the door and "
              "eats a second breakfast most Mondays. At home she takes her books to her mum and sits "
              "on her knee, and at the last visit she pointed to her mouth and said \"sore\"."),
        ("h2", "4. Shona's view"),
        ("p", "Shona said she is \"proud of the Sundays I haven't had a drink\" and that her mum and "
              "her brother have \"kept us going\". She does not think the children still need to be on "
              "the register but agreed with the plan and asked for help with Isla's speech."),
        ("h2", "5. Assessment of risk"),
        ("p", "The meeting agreed that the risk to Kerr and Isla has reduced but is still significant. "
              "The changes are recent, Shona still drinks at weekends, and the night of 24 May shows "
              "what can happen when she drinks while she is the only adult in the house. The strengths "
              "are Shona's honesty, her warmth with both children and a family who step in when asked."),
        ("h2", "6. Decision"),
        ("p", "Kerr and Isla's names remain on the Child Protection Register under the same concerns. "
              "The Child's Plan has been amended as set out below."),
        ("h2", "7. What we want for Kerr and Isla by the next review"),
        ("bullets", [
            "Kerr and Isla are looked after every evening and night by an adult who is sober.",
            "Kerr no longer makes the tea or puts Isla to bed, and has time for football and his friends.",
            "Isla's speech is assessed and she gets the help she needs; she is at nursery at least four "
            "days a week.",
            "Both children arrive at school and nursery fed, washed and on time.",
        ]),
        ("h2", "8. Child's Plan (as amended)"),
        ("table", {
            "header": ["Who (agency)", "Action agreed", "Frequency or end date",
                       "Evidence the Lead Professional will look for"],
            "widths": [3.6, 6.0, 2.8, 4.6],
            "rows": [
                ["Both children and the household", H, H, H],
                ["Fiona Baird, Lead Professional (social worker)",
                 "Visit at home with at least one visit a month unannounced and after 6pm; see Kerr on his "
                 "own and see Isla's bedtime routine",
                 "Fortnightly",
                 "Visit records note who was caring for the children, whether Shona was sober, and Kerr's "
                 "own words"],
                ["Callum Dewar, recovery worker, Muirfaulds Alcohol and Drug Recovery Service",
                 "Keywork and a breath test with Shona each week, and a written update before each core "
                 "group on her drinking and how it affects her care of Kerr and Isla",
                 "Weekly; update 2 days before each core group",
                 "Breath test results and the written update tabled at each core group"],
                ["Ruth Imrie, CPN, Muirfaulds Community Mental Health Team",
                 "Home appointments to support Shona with her low mood and anxiety and help her keep "
                 "taking her sertraline",
                 "Fortnightly",
                 "Shona's engagement with the CPN"],
                ["Shona McCandless, with Craigend Family Centre",
                 "Attend the Strong Roots parenting group, including the sessions on routines and "
                 "bedtimes",
                 "",
                 "Attendance sheet and the group leader's end-of-course report sent to the Lead "
                 "Professional"],
                ["Family",
                 "Book and attend dental check-ups for both children, and get Isla's broken front tooth "
                 "seen",
                 "By 29/08/2025",
                 "Letter from Loanhead Dental Practice confirming both children were seen, copied to the "
                 "Lead Professional"],
                ["Agnes Rennie (maternal gran)",
                 "Have Kerr and Isla to stay at her house from Friday after school until Saturday teatime",
                 "Every weekend",
                 "Agnes marks each stay on the calendar in her kitchen; the Lead Professional checks it "
                 "at visits"],
                ["Graeme Rennie (uncle)",
                 "Collect Isla from nursery and give both children their tea at his flat until Shona "
                 "collects them at 6pm",
                 "Every Tuesday and Thursday",
                 "Nursery sign-out sheet shows Graeme collecting Isla"],
                ["For Kerr", H, H, H],
                ["Mrs Elaine Tosh, Depute Head (Named Person), Glenbrae Primary",
                 "Check in with Kerr each morning and keep his place at breakfast club",
                 "Ongoing",
                 "Breakfast club register, and a weekly note of the check-ins emailed to the Lead "
                 "Professional"],
                ["Fiona Baird, Lead Professional (social worker)",
                 "Refer Kerr to Muirfaulds Young Carers so that he has time away from looking after Isla",
                 "By 04/07/2025",
                 ""],
                ["For Isla", H, H, H],
                ["Gillian Oyelaran, health visitor (Named Person)",
                 "Bring Isla's 27-30 month review forward and include a speech and language screen",
                 "By 31/07/2025",
                 "Review results in the child health record; speech and language therapy referral sent "
                 "if Isla scores below the expected range"],
                ["Dawn Salter, keyworker, Wee Acorns Nursery",
                 "Note what time Isla arrives, who brings her and whether she has had breakfast",
                 "Every session",
                 "Nursery arrival sheet emailed to the Lead Professional each Friday"],
            ],
        }),
        ("h2", "9. Contingency plan"),
        ("p", "If Shona is found to have been drinking while she is the only adult looking after Kerr "
              "and Isla, or Kerr has to phone for help in the night again, Agnes will collect both "
              "children and take them to her house. The Lead Professional, or the out-of-hours social "
              "work service, will hold an inter-agency referral discussion (IRD) with police and health "
              "the same day, and Kerr and Isla will stay with Agnes until the IRD agrees it is safe for "
              "them to go home."),
        ("h2", "10. Core group and next review"),
        ("p", "The core group will meet every four weeks at Glenbrae Primary, at 3.45pm on 15/07/2025, "
              "12/08/2025 and 09/09/2025. The next review Child Protection Planning Meeting will be held "
              "on 16/09/2025 at 10am at Muirfaulds Family Centre."),
        ("p", "Record approved by Morag Fyfe, Child Protection Chair, 19/06/2025. Copies to all present, "
              "to Dr Lindsay and to Shona."),
    ],
    "findings": [
        F("H001", "to support Shona with her low mood and anxiety"),
        F("M002", "to support Shona with her low mood and anxiety"),
        F("T001", "parenting group, including the sessions on routines and bedtimes"),
        F("W002", "Book and attend dental check-ups for both children"),
        F("T002", "Check in with Kerr each morning and keep his place"),
        F("M001", "Refer Kerr to Muirfaulds Young Carers so that he has"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Wales: Part 6 care and support plan for a looked-after toddler on a
#    children's ward, bilingual headings, numbered steps under each personal
#    outcome with owner, timing and check in the sentence (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_morfablaen_part6_ward_personal_outcome_steps_pritchard.docx",
    "doc_title": "Care and Support Plan (Looked After) - Osian Pritchard",
    "split": "heldout",
    "actions": 10,
    "template": "welsh-part6-looked-after-care-and-support-plan-docx-bilingual-welsh-slash-english-headings-legal-status-kv-what-matters-observed-on-ward-then-h2-per-personal-outcome-with-well-know-line-and-word-numbered-step-sentences-owner-timing-check-inside",
    "description": (
        "Exemplary Welsh care and support plan (Part 6) for a 2-year-old accommodated under section 76 "
        "and on the child protection register after an unexplained scald and fracture, still on a "
        "children's ward. Numbered steps under four personal outcomes, each naming who, when and how "
        "it will be checked; the social worker visits the ward twice a week until discharge and the "
        "foster carer three mornings a week; contingency covers parents' behaviour, withdrawn consent "
        "(legal planning meeting), the placement falling through and Nain being unable to visit; "
        "core group, LAC review and review conference dates."
    ),
    "blocks": [
        ("title", "Cynllun Gofal a Chymorth / Care and Support Plan"),
        ("p", "Plentyn sy'n Derbyn Gofal / Looked After Child - Part 6, Social Services and Well-being "
              "(Wales) Act 2014"),
        ("p", "Cyngor Bwrdeistref Sirol Morfablaen / Morfablaen County Borough Council - Gwasanaethau "
              "Plant / Children's Services"),
        ("kv", [
            ("Plentyn / Child", "Osian Pritchard, born 09/05/2023 (2 years 1 month)"),
            ("Ble mae Osian nawr / Where Osian is now", "Ward Gwennol (children's ward), Ysbyty Cyffredinol "
                                                        "Morfablaen, since 11/06/2025"),
            ("Statws cyfreithiol / Legal status", "Accommodated under section 76 with the written agreement "
                                                  "of both parents since 16/06/2025. On the Child "
                                                  "Protection Register (physical abuse and neglect) since "
                                                  "the initial conference on 24/06/2025."),
            ("Lleoliad / Placement on discharge", "Gwen and Huw Lloyd, approved foster carers, Morfablaen "
                                                  "Fostering Service"),
            ("Rhieni / Parents", "Lowri Pritchard (22), mother, and Dylan Hughes (25), father, who live "
                                 "together at 6 Heol y Felin, Morfablaen"),
            ("Iaith / Language", "Welsh is the language of the home. Osian hears Welsh and English; Lowri "
                                 "has asked for meetings to be held in Welsh."),
            ("Gweithiwr cymdeithasol / Social worker", "Elin Jenkins, Looked After Children Team"),
            ("Swyddog Adolygu Annibynnol / IRO", "Gareth Probert"),
            ("Dyddiad / Plan date", "30/06/2025 - first care and support plan, agreed at the care planning "
                                    "meeting held on the ward"),
        ]),
        ("h1", "Pam mae Osian yn derbyn gofal / Why Osian is looked after"),
        ("p", "On 11/06/2025 Lowri brought Osian to the emergency department with a scald to his right "
              "hand and forearm. Lowri and Dylan said it happened two days earlier when Osian turned on the "
              "hot tap in the bath. The burns team's view is that the shape of the scald fits his hand "
              "being held in hot water, and that treatment was delayed. A skeletal survey found a healing "
              "fracture of his left collarbone that nobody has explained. Both parents deny hurting Osian. "
              "The police investigation is continuing."),
        ("p", "Osian is almost medically fit but needs his dressings changed twice a week. Discharge is "
              "expected in the week beginning 14/07/2025. Lowri and Dylan agreed that when he leaves "
              "hospital Osian will live with Gwen and Huw while the assessments are done."),
        ("h1", "Beth sy'n bwysig i Osian / What matters to Osian"),
        ("p", "Osian cannot tell us in many words yet, so this is what the nurses, the play specialist and "
              "Elin have seen. He uses a handful of Welsh words: \"Mam\", \"Dad\", \"dŵr\" when he wants "
              "a drink and \"eto!\" when he wants a game again. He settles at night when Ffion, the night "
              "nurse, sings Si Hei Lwli to him, and he will not go to sleep without the blue blanket Lowri "
              "brought from home. He cries and holds his arm to his chest when his dressing is changed. "
              "At family time he reaches for Lowri first and goes stiff and quiet when voices are raised "
              "in the corridor. He loves the ball pit in the playroom and the ward's Sali Mali books."),
        ("p", "Lowri and Dylan want Osian home. They agree he should go to Gwen and Huw while the "
              "assessments are done, and they have asked that he keeps hearing Welsh, keeps his blanket "
              "and sees them as often as possible."),
        ("h1", "Canlyniadau personol / Personal outcomes for Osian"),
        ("h2", "1. Osian's injuries heal and he is kept safe from harm"),
        ("p", "We will know this has been achieved when his hand and arm have healed, he has no new "
              "injuries, and the doctors have given a clear opinion on how he was hurt."),
        ("numbers", [
            "Dr Rhodri Mathias, consultant paediatrician, will complete Osian's repeat skeletal survey by "
            "11/07/2025 and send Elin and the council's legal team a written opinion on how the scald and "
            "the collarbone fracture are likely to have happened.",
            "Nia Rowlands, burns clinical nurse specialist, will change Osian's dressings twice a week "
            "while he is on the ward and then every 2 weeks at the burns clinic, photographing and "
            "measuring the wound at every change so that his healing shows on his wound chart.",
            "Elin Jenkins will visit Osian on Ward Gwennol every Tuesday and Friday until he is "
            "discharged, see him awake, read his nursing notes and write up how he was and who had "
            "visited him within 24 hours of each visit.",
        ]),
        ("h2", "2. Osian moves to Gwen and Huw already knowing them, with his routines and his "
               "language kept"),
        ("p", "We will know this has been achieved when Osian goes to Gwen for comfort on the ward, and "
              "his first weeks in placement follow the routine he had in hospital."),
        ("numbers", [
            "Gwen Lloyd will spend Monday, Wednesday and Saturday mornings with Osian on the ward until he "
            "is discharged, helping with his lunch and his bath, and the nurses will write up each visit "
            "and how Osian responds to her in his nursing notes.",
            "Bethan Rowlands, play specialist, will keep Llyfr Osian, a diary of photos and notes about "
            "his day on the ward, adding to it every day until discharge and handing it to Gwen on the "
            "day he leaves.",
            "Elin will chair a discharge planning meeting on the ward with Gwen, Lowri, Dylan, Nia and "
            "the health visitor at least 3 days before the planned discharge, and send everyone the "
            "agreed discharge plan, with his routine and dressing plan, within 2 working days.",
            "Anwen Davies, health visitor, will see Osian at Gwen and Huw's home within 5 working days "
            "of discharge and then every 2 weeks, weighing him each time and completing his 2-year "
            "development check by 31/07/2025, with the results sent to Elin and the GP.",
        ]),
        ("h2", "3. Osian keeps his relationship with his mam, his dad and his nain, safely"),
        ("p", "We will know this has been achieved when family time records show Osian happy to see his "
              "parents and settled when they leave."),
        ("numbers", [
            "Sioned Evans, family time worker, will supervise Lowri and Dylan's family time with Osian on "
            "the ward every Monday, Wednesday and Friday from 2pm to 3.30pm, and send Elin a written "
            "record of each session within 2 working days noting how Osian responds to each parent.",
            "Eirlys Pritchard (Nain) will visit Osian on the ward every Sunday from 11am to 12 noon with a "
            "nurse present, and the ward will note each visit in his nursing record.",
        ]),
        ("h2", "4. Everyone understands what happened to Osian and what would need to change for him "
               "to go home"),
        ("p", "We will know this has been achieved when the parenting assessment has been completed and "
              "shared with Lowri and Dylan before the review conference."),
        ("numbers", [
            "Carys Morgan, Morfablaen Family Assessment Team, will start a parenting assessment of Lowri "
            "and Dylan by 07/07/2025, including what they say happened to Osian, and finish it by "
            "29/08/2025, sharing the written report with them and the core group before the review "
            "conference.",
        ]),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Lowri or Dylan try to take Osian off the ward, threaten staff, or handle him roughly "
              "during family time, ward staff will end the session, call hospital security and the police "
              "on 999, and tell Elin or the Emergency Duty Team straight away. Family time will then only "
              "take place at Tŷ Teulu family centre with two workers present."),
        ("p", "If Lowri or Dylan withdraw their agreement to Osian being accommodated under section 76, "
              "the team manager will hold a legal planning meeting that day and the council will apply to "
              "court so that Osian stays on the ward and then moves to Gwen and Huw as planned."),
        ("p", "If Gwen and Huw can no longer take Osian, he will stay on Ward Gwennol until another "
              "approved foster carer is found, and Elin's Tuesday and Friday visits will continue. If Nain "
              "cannot come on a Sunday, Sioned will offer her a visit on the Saturday afternoon instead."),
        ("h1", "Adolygu / Reviewing this plan"),
        ("bullets", [
            "Core group: every 4 weeks at 10am on 08/07/2025, 05/08/2025 and 02/09/2025 - on the ward "
            "while Osian is there, then at Morfablaen Civic Centre.",
            "First looked after child review, chaired by Gareth Probert: 14/07/2025, on the ward.",
            "Review child protection conference: 16/09/2025, 1.30pm, Morfablaen Civic Centre.",
            "If Dr Mathias's opinion is that Osian's injuries were inflicted, or the parenting assessment "
            "is not finished by 29/08/2025, Elin will ask the team manager for a legal planning meeting "
            "within 5 working days to decide whether care proceedings should be issued.",
        ]),
        ("p", "Elin Jenkins, Social Worker, 30/06/2025. Copy given to Lowri and Dylan in Welsh and in "
              "English."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. England: neglect plan laid out by area of care, each area with its
#    assessment score line and its own step / lead / date / what will show
#    table (md). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_medlingham_neglect_care_area_score_tables_wardle.md",
    "split": "heldout",
    "actions": 14,
    "template": "neglect-cp-plan-md-details-grid-worries-going-well-childrens-words-numbered-aims-then-one-h3-per-area-of-care-with-italic-score-now-and-aim-line-over-step-lead-date-what-will-show-its-done-table",
    "description": (
        "Initial conference neglect plan for three children (7, 4 and 14 months), organised by area of "
        "care from a graded care profile, each area with its score and a small Step / Lead / Date / "
        "What will show it's done table. Mother's depression is recorded but no adult service has an "
        "action; one aim is only about the mother; the dietitian appointment is 'as and when', the "
        "home-conditions measure is 'Improvement', the window repair has no lead, head lice belong to "
        "'Family', the audiology rebooking has no date and the attendance meeting no measure; the "
        "review conference date is 'to be confirmed'."
    ),
    "text": """\
# Child Protection Plan – Neglect

**Medlingham Borough Council · Children's Social Care · Family Safeguarding Team 3**
Agreed at the initial child protection conference on 12 June 2025. Category: **neglect**.

| Detail | |
|---|---|
| Children | Mason Wardle (7), Year 2, Fernhill Infants · Lily Wardle (4), Little Robins Nursery · Ruby Wardle (14 months), at home |
| Address | 27 Cobbler's Walk, Medlingham |
| Mother | Tasha Wardle (29) |
| Father | Kyle Bramley (31), lives in his own flat on Tenter Street and has all three children on alternate Sundays |
| Maternal grandmother | Pauline Wardle, Hopwood estate |
| Social worker | Joel Ashworth |
| Conference chair | Bernadette Quayle |
| How the plan was built | Graded care profile completed with Tasha on 3 and 5 June 2025. Each area is scored 1 (best) to 5 (worst). |

## Why we are worried

When the social worker first visited in May there was dog mess on the landing and in the yard,
Lily had no bed and was sleeping on a mattress on the floor with no sheet, and the window in the
children's bedroom had been broken since the winter and was covered with cardboard. All three
children have had head lice since at least March. Ruby's weight has dropped from the 50th to the
9th centile since Christmas, she has missed her 12-month immunisations and two hospital
appointments, and she has not had the hearing test she was referred for. Mason's attendance is
79% and he is often late and hungry when he arrives.

Tasha told conference that she has felt "flat and exhausted all the time" since Ruby was born. Her
GP diagnosed depression in February and prescribed fluoxetine, which she stopped taking in April.
She has not been back to the surgery since.

## What is going well

- Tasha is warm and gentle with the children, and they go to her for a cuddle when they are upset.
- Tasha has let the social worker see every room on every visit and has been honest about how hard
  things are.
- Kyle has the children every other Sunday without fail and brings them back fed and clean.
- Pauline has already started taking some of the washing home with her.

## What the children say and what we see

**Mason** (seen on his own at school, 9 June): "I like it when Nana Pauline comes because she makes
proper tea. Sometimes there's no cereal so I have crisps." He said his room is "cold and it smells".
Asked for three wishes he said "a bed for Lily, a PlayStation and for my mum to be happy".

**Lily** (seen at nursery, 10 June) showed the social worker her peg and said "I sleep on the floor
with Ruby's blanket". Nursery say she scratches her head all day and asks for toast when she arrives.

**Ruby** was seen at home on three visits. She is a smiley baby who pulls herself up on the sofa.
Twice she was in a wet, heavy nappy, and on one visit she had a bottle of cold milk propped on a
cushion in her cot.

## What we want to be different

1. Ruby's weight is back on or above the 25th centile and her immunisations are up to date.
2. Mason is in school every day, on time, having had breakfast.
3. Lily has her own bed with clean bedding, and none of the children have head lice.
4. Tasha will be more organised and will keep on top of the housework.

## The plan, area by area

### Area A – Nutrition and feeding

*Score now: 4 · Aim by the review conference: 2*

| Step | Lead | Date | What will show it's done |
|---|---|---|---|
| Weigh Ruby at home and give Tasha a written plan for Ruby's meals and milk | Health visitor, Kerry Oduya | Every 2 weeks | Ruby's weight plotted in her red book and sent to the social worker after each weigh |
| Breakfast club place for Mason, and a call to the social worker if he arrives hungry | Fernhill Infants (Mrs Dawes, DSL) | Every school day | Breakfast club register; a weekly email to the social worker |
| Take Ruby to the paediatric dietitian appointment at Medlingham General | Tasha Wardle | As and when the appointment comes through | Dietitian's letter copied to the health visitor and social worker |

### Area B – Home conditions and safety

*Score now: 5 · Aim by the review conference: 2*

| Step | Lead | Date | What will show it's done |
|---|---|---|---|
| Clear the dog mess from the yard and the landing every day and keep the dog out of the children's bedrooms | Tasha Wardle | Daily, from 13/06/2025 | Improvement in home conditions |
| Repair the broken window in the children's bedroom and fit a window restrictor | - | By 27/06/2025 | Window seen repaired at the next social work visit |
| Get a bed, a mattress and bedding for Lily through the Medlingham Furniture Project | Social worker, Joel Ashworth | By 04/07/2025 | Bed seen made up in Lily's room |
| Home visits, one in three unannounced, seeing every room and each child, and Mason on his own | Social worker, Joel Ashworth | Weekly | Home conditions checklist completed and signed by Tasha at each visit; Mason's words recorded |

### Area C – Health

*Score now: 4 · Aim by the review conference: 2*

| Step | Lead | Date | What will show it's done |
|---|---|---|---|
| Bring Ruby's immunisations up to date, including her 12-month ones | Tasha Wardle, with the health visitor | By 31/07/2025 | Red book shows the immunisations given; health visitor confirms to the social worker |
| Treat the children's head lice and check their hair | Family | Every week | Nursery and school find no lice at their checks |
| Rebook Ruby's missed audiology appointment at the children's hearing clinic | Tasha Wardle | | New appointment letter shown to the health visitor |

### Area D – Education and stimulation

*Score now: 3 · Aim by the review conference: 2*

| Step | Lead | Date | What will show it's done |
|---|---|---|---|
| Meet Tasha to agree a plan to get Mason in on time, with an attendance target | Education welfare officer, Dean Whitlow | By 04/07/2025 | |
| Take up Lily's funded nursery hours and get her to Little Robins by 9am | Tasha Wardle | Every weekday from 16/06/2025 | Nursery register shows Lily in by 9am on at least 4 days a week |
| Read with Mason from his school reading book and sign his reading record | Kyle Bramley | Every contact Sunday | Reading record signed by Kyle and seen by Mason's class teacher on Mondays |

### Area E – Help from the family

*Score now: 3 · Aim by the review conference: 2*

| Step | Lead | Date | What will show it's done |
|---|---|---|---|
| Take the children's washing home, and bring back clean school uniform and bedding | Pauline Wardle (maternal grandmother) | Every Tuesday and Friday | School and nursery see Mason and Lily in clean uniform; clean bedding seen on visits |

## If things do not get better

If Ruby's weight drops below the 2nd centile, she misses another health appointment, or the social
worker finds a child with nowhere safe to sleep or dog mess in the children's bedrooms, the social
worker will hold a strategy discussion the same day. The children will go to stay with Kyle at his
flat while a safety plan is agreed, and if Kyle cannot have them they will go to foster carers that
day.

If Pauline can no longer do the washing, the social worker will book the Medlingham Family Hub
family support worker to do a weekly laundry session with Tasha, starting within 5 working days.

If the home conditions score has not come down by the core group on 21 August 2025, the social
worker will ask the team manager for a legal planning meeting.

## Meetings

- Core group: every 4 weeks at Medlingham Family Hub – 26 June, 24 July and 21 August 2025, 10am.
- Review child protection conference: date to be confirmed by the conference team.

*Plan typed by Joel Ashworth, Social Worker, 13 June 2025. Copies to Tasha, Kyle, Pauline and all agencies.*
""",
    "findings": [
        F("F002", "Tasha will be more organised and will keep on top of the housework."),
        F("T002", "Take Ruby to the paediatric dietitian appointment at Medlingham General"),
        F("M002", "Clear the dog mess from the yard and the landing"),
        F("W001", "Repair the broken window in the children's bedroom"),
        F("W002", "Treat the children's head lice and check their hair"),
        F("T001", "Rebook Ruby's missed audiology appointment at the children's hearing clinic"),
        F("M001", "Meet Tasha to agree a plan to get Mason in"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Northern Ireland: trust child protection plan after an initial case
#    conference (domestic abuse), numbered risk statements and safety goals,
#    then a protection plan whose first column is the risk statement merged
#    down its rows (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_moyraven_trust_risk_statements_merged_protection_plan_mcilwaine.docx",
    "doc_title": "Child Protection Plan - Caoimhe and Jack McIlwaine",
    "split": "heldout",
    "actions": 10,
    "check_vmerge": 3,
    "template": "ni-trust-iccc-protection-plan-docx-registration-kv-reason-for-registration-childrens-words-via-advocate-numbered-risk-statements-safety-goals-then-risk-statement-merged-down-action-responsible-person-timescale-making-a-difference-table-contingency-core-group",
    "description": (
        "Exemplary Northern Ireland trust child protection plan for an 8-year-old and a 5-year-old "
        "after their father's violence to their mother (emotional abuse). Three numbered risk "
        "statements and safety goals, then a protection plan with the risk statement merged down its "
        "rows. Every action has a named owner, a timescale and an observable sign of difference; the "
        "aunt's school collections have a fallback; contingency with refuge and strategy discussion; "
        "core group and review case conference dates; legal planning meeting if the father returns."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Moyraven Health and Social Care Trust - Children's Services - Family Intervention Team "
              "(Moyraven South)"),
        ("kv", [
            ("Children", "Caoimhe McIlwaine, born 14/02/2017 (8), P4; Jack McIlwaine, born 30/04/2020 (5), "
                         "P1 - both at Glenmoyle Integrated Primary School"),
            ("Home", "41 Drumkeel Park, Moyraven, with their mother"),
            ("Mother", "Leanne McIlwaine (31)"),
            ("Father", "Stephen McIlwaine (34), living with his mother on Carnbeg Road since 02/05/2025. "
                       "Non-molestation order made 20/05/2025, in force until 20/05/2026. Charged with "
                       "assault; bail conditions not to enter Drumkeel Park."),
            ("Conference", "Initial Child Protection Case Conference, 10/06/2025, Moyraven Trust "
                           "Headquarters"),
            ("Decision", "Both children's names placed on the Child Protection Register. Category: "
                         "emotional abuse (living with domestic abuse)."),
            ("Key worker", "Niamh Gallen, social worker"),
            ("Chair", "Declan Rafferty, Principal Social Worker"),
        ]),
        ("h1", "Reason for registration"),
        ("p", "Police have been called to the family home four times since November 2024. On 28/04/2025 "
              "Stephen held Leanne by the throat against the kitchen wall while Caoimhe and Jack were "
              "upstairs; Caoimhe heard her mum screaming, took Jack into the bathroom and phoned her aunt, "
              "Siobhan, who called the police. The case was heard at the multi-agency risk assessment "
              "conference on 14/05/2025 and Leanne's risk was assessed as high."),
        ("p", "Leanne has kept to every part of the safety plan she made with the Trust in May, has "
              "changed the locks and has not let Stephen back into the house. She told conference she "
              "wants the children \"to stop being scared of the front door\"."),
        ("h1", "What Caoimhe and Jack have told us"),
        ("p", "Caoimhe met Orla Breen, her advocate from Speak Up Moyraven, on 04/06/2025 and asked her to "
              "tell conference: \"I don't want Daddy to live with us again but I want to see him at the "
              "centre. I still sleep with my light on. When the doorbell goes I take Jack upstairs.\" She "
              "said she likes Auntie Siobhan's \"because it's loud in a good way\"."),
        ("p", "Jack drew his house with a big red door and said \"that's where the police come\". His "
              "teacher says he is wetting the bed again most nights, falls asleep in class on Mondays and "
              "plays at being a policeman in the yard."),
        ("h1", "Risk statements"),
        ("p", "RS1. The Trust and police are worried that Stephen may come back to the house and hurt "
              "Leanne again while Caoimhe and Jack are there, and that the children could be hurt or badly "
              "frightened."),
        ("p", "RS2. We are worried that Caoimhe has taken on the job of keeping her mum and brother safe, "
              "and that both children are carrying what they saw and heard without help."),
        ("p", "RS3. We are worried that Stephen could use contact to frighten Leanne or find out her "
              "movements, and that the children could hear him blame their mum."),
        ("h1", "Safety goals - what we want for Caoimhe and Jack"),
        ("bullets", [
            "Caoimhe and Jack live at home with their mum free from violence and threats, with no police "
            "call-outs to the house.",
            "Caoimhe can name three adults she would tell if she was worried, and says she no longer has "
            "to look after her mum and Jack.",
            "Jack sleeps in his own bed, is dry most nights and his teacher sees him settled in class.",
            "The children see their dad only in ways that are safe, and come home from contact calm.",
        ]),
        ("h1", "Protection plan"),
        ("table", {
            "header": ["Risk statement", "Action", "Responsible person", "Timescale",
                       "How will we know this is making a difference?"],
            "widths": [2.6, 5.2, 3.2, 2.8, 3.2],
            "rows": [
                ["RS1 - Stephen coming back to the house",
                 "Visit the children at home, see Caoimhe and Jack on their own, and check with Leanne "
                 "whether Stephen has made contact",
                 "Niamh Gallen, key worker",
                 "Every 2 weeks; one visit a month unannounced",
                 "Visit records include each child's own words and any contact from Stephen, shared at "
                 "each core group"],
                [V,
                 "Complete the DASH risk checklist with Leanne, update her safety plan, and go through with "
                 "Caoimhe what she does and who she phones if her dad comes to the door",
                 "Aisling Moore, IDVA, Moyraven Women's Safety Service",
                 "By 20/06/2025, then monthly",
                 "Signed safety plan on file and a copy at home; Caoimhe can tell Niamh the plan in her "
                 "own words"],
                [V,
                 "Flag 41 Drumkeel Park so that any 999 call is treated as urgent, and tell Niamh of any "
                 "incident or breach of the order or bail",
                 "Sgt Paul Crothers, police Public Protection Unit, Moyraven",
                 "Flag by 17/06/2025; incidents reported the same day",
                 "Email to Niamh confirming the flag; incident numbers recorded on the children's file"],
                [V,
                 "Tell Niamh and the police if Stephen phones, texts or comes near the house, and keep the "
                 "doorbell camera switched on",
                 "Leanne McIlwaine",
                 "Within 24 hours of any contact",
                 "Each contact logged on the children's file; doorbell footage kept for the police"],
                ["RS2 - What Caoimhe and Jack are carrying",
                 "Play-based sessions with Caoimhe about what happened at home and her worry about "
                 "her mum",
                 "Orla Kennedy, therapist, Moyraven Trust Child and Family Therapy Service",
                 "Weekly for 8 weeks from 24/06/2025",
                 "Caoimhe's worry scale recorded at the first and last sessions; summary to Niamh after "
                 "sessions 4 and 8"],
                [V,
                 "Meet Caoimhe and Jack each Monday morning, note anything they say about home, and pass "
                 "any worry to Niamh the same day",
                 "Mrs Karen Boyd, Designated Teacher, Glenmoyle Integrated PS",
                 "Every Monday in term time",
                 "Weekly note emailed to Niamh; any disclosure reported to her the same day"],
                [V,
                 "Assess Jack's bedwetting and sleep and agree a bedtime plan with Leanne",
                 "Roisin Magee, school nurse",
                 "By 18/07/2025",
                 "Written bedtime plan given to Leanne and Niamh; dry-night chart checked at Niamh's visits"],
                [V,
                 "Collect Caoimhe and Jack from school and take them home to Leanne",
                 "Siobhan Doherty (maternal aunt)",
                 "Every Wednesday and Friday in term time",
                 "School collection sheet signed by Siobhan"],
                ["RS3 - Contact with their dad",
                 "Supervise Stephen's contact with Caoimhe and Jack at Ardnagh Family Centre and write up "
                 "how each child was before, during and after",
                 "Colm Devlin, contact worker, Moyraven Trust",
                 "Every second Saturday, 10am to 12 noon, from 21/06/2025",
                 "Contact record to Niamh within 3 working days, including how the children were when "
                 "they got home"],
                [V,
                 "Attend the Changing Paths domestic abuse programme, including the sessions on how abuse "
                 "affects children",
                 "Stephen McIlwaine; facilitator Gerry Quinn reports to Niamh",
                 "Weekly for 26 weeks from 03/07/2025",
                 "Attendance sent to Niamh monthly; mid-point report shared with the core group by "
                 "30/09/2025"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Stephen comes to the house or the school, contacts Leanne or the children outside "
              "supervised contact, or breaches the order or his bail, Leanne will phone 999 and the police "
              "will attend. Niamh, or the Trust's out-of-hours social work service, will hold a strategy "
              "discussion the same day, contact will stop, and Aisling will arrange a refuge place for "
              "Leanne and the children that day if she does not feel safe at home."),
        ("p", "If Siobhan cannot collect the children, they will go to the school's after-school club "
              "until Leanne finishes work at 5.30pm; the Trust has agreed to pay for these places."),
        ("p", "If Leanne allows Stephen back into the home, or he comes to the house twice, Niamh will ask "
              "the senior practitioner to convene a Legal Planning Meeting with the Trust's solicitor "
              "within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "First core group on 24/06/2025, then every 4 weeks - 22/07/2025 and 19/08/2025 - at 10am, "
              "Moyraven South Family Centre."),
        ("p", "Review Child Protection Case Conference: 09/09/2025, 2pm, Moyraven Trust Headquarters."),
        ("p", "Plan agreed at conference. Copies to Leanne, to Stephen (with Leanne's work details "
              "removed) and to all agencies."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. England: Hidden Harm joint plan written by children's services and the
#    adult drug and alcohol service, Part A (children's side) and Part B
#    (treatment side, each row saying what the children's plan will be told);
#    PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_mawdesford_hidden_harm_joint_plan_two_halves_thwaite.pdf",
    "doc_title": "Hidden Harm Joint Plan - Summer and Harvey Thwaite",
    "split": "heldout",
    "actions": 11,
    "template": "hidden-harm-joint-cp-and-treatment-plan-paged-why-joint-consent-paragraph-then-part-a-childrens-side-ref-action-owner-when-what-will-tell-us-table-and-part-b-treatment-side-ref-treatment-step-recovery-worker-when-how-the-childrens-plan-will-know-table-warning-signs-contingency",
    "description": (
        "Exemplary review-conference plan for a 6-year-old and a 9-month-old whose mother is on "
        "supervised buprenorphine after a heroin relapse and whose father drinks heavily at weekends, "
        "written jointly with the adult drug and alcohol service. Part A covers the children's side, "
        "Part B the treatment service's steps, each saying what the children's plan will be told and "
        "naming the children; the service and an addiction psychiatrist report on capacity to "
        "sustain change; the GP owns a row; grandmother's Saturday nights have a fallback; legal "
        "planning follows repeated positive tests."
    ),
    "header": "OFFICIAL-SENSITIVE | Mawdesford City Council and Mawdesford Recovery Partnership | Hidden Harm joint plan",
    "footer": "Summer and Harvey Thwaite - joint child protection and treatment plan - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Hidden Harm Joint Plan"),
        ("p", "Child protection plan agreed at the review child protection conference on 02/07/2025, "
              "written jointly by Mawdesford Children's Services and Mawdesford Recovery Partnership "
              "(adult drug and alcohol treatment)."),
        ("kv", [
            ("Children", "Summer Thwaite, born 19/03/2019 (6), Year 1 at Hollins Lane Primary; "
                         "Harvey Thwaite, born 04/10/2024 (9 months)"),
            ("Parents", "Rachel Thwaite (30) and Danny Thwaite (33), 8 Tanner's Yard, Mawdesford"),
            ("Category", "Neglect - plan started at the initial conference on 03/04/2025, continued today"),
            ("Children's services lead", "Imogen Saleh, social worker, Safeguarding and Family Support "
                                         "Team 2"),
            ("Treatment service leads", "Marcus Kerrigan, senior recovery practitioner (Rachel); "
                                        "Leah Ibbotson, recovery practitioner (Danny)"),
            ("Conference chair", "Andrew Pell"),
        ]),
        ("h1", "Why this is a joint plan"),
        ("p", "Rachel has been prescribed buprenorphine since 2021. In February 2025 she relapsed on "
              "heroin, and on 11 March Summer told her teacher she \"couldn't wake Mummy up\" that "
              "morning and had given Harvey a bottle herself. Danny drinks eight to ten cans on Friday "
              "and Saturday nights and has said he sleeps through Harvey's crying when he has been "
              "drinking. Since April Rachel has taken her buprenorphine under supervision every day and "
              "one of her twelve drug tests has been positive for heroin, on 17 May. Danny began alcohol "
              "keywork in May and his breath tests at his last four sessions were clear."),
        ("p", "Both parents signed consent on 03/04/2025 for the Recovery Partnership and Children's "
              "Services to share information about their treatment and about the children. Marcus and "
              "Leah wrote Part B of this plan with Imogen, Rachel and Danny on 26/06/2025."),
        ("h1", "Summer and Harvey"),
        ("p", "Summer (seen on her own at school, 24/06/2025): \"Mummy gets up now and does my hair. "
              "Daddy doesn't do the cans on school nights any more.\" She said the thing she liked best "
              "was \"sleepovers at Nanna Carol's\" and the thing she still worries about is \"if Mummy "
              "goes back to sleepy\". She showed the social worker where she keeps Harvey's spare dummy "
              "\"in case\"."),
        ("p", "Harvey was seen at home on five visits. He is a solid, smiley baby who is crawling and "
              "pulling himself up. He was clean and dressed every time, and on the Saturday morning visit "
              "he was with Carol. His weight has gone from the 9th to the 25th centile since April."),
        ("h1", "What must be true for Summer and Harvey"),
        ("bullets", [
            "There is always one adult at home who has not used drugs or had a drink and can get up to "
            "Harvey in the night.",
            "Summer never has to wake her mum, or feed and change Harvey.",
            "Medicines, drugs and alcohol are locked away where neither child can reach them.",
            "Harvey keeps growing along his centile and his health checks are up to date.",
        ]),
        ("h1", "Part A - What the children's plan needs"),
        ("table", {
            "header": ["Ref", "Action", "Owner", "When", "What will tell us it's working"],
            "widths": [1.0, 5.6, 3.2, 3.0, 4.2],
            "rows": [
                ["A1", "Home visits to see Summer and Harvey, with one visit a month unannounced at the "
                       "weekend; see Summer on her own",
                 "Imogen Saleh, SW", "Every 2 weeks",
                 "Visit notes record who was caring for the children, how they were, and Summer's own "
                 "words"],
                ["A2", "Fit a lockable medicine box, agree with Rachel where it is kept, and check at each "
                       "visit that it is locked and in use",
                 "Imogen Saleh, SW, with Rachel Thwaite", "Fitted by 11/07/2025; checked at every visit",
                 "Box seen locked at each visit and recorded in the visit notes"],
                ["A3", "Weigh Harvey and check his development, sleep space and feeding; go through safe "
                       "sleep after drinking with Rachel and Danny",
                 "Jo Marsh, health visitor", "Monthly; 1-year review by 31/10/2025",
                 "Weight in the red book stays on or above the 25th centile; ASQ-3 results sent to the SW"],
                ["A4", "Check in with Summer at the start of each school day and note whether she has had "
                       "breakfast and who brought her",
                 "Mrs Hollie Grant, DSL, Hollins Lane Primary", "Every school day in term",
                 "Daily log summarised to the SW each Friday; any worry passed on the same day"],
                ["A5", "Have Summer and Harvey to stay overnight every Saturday, so that they are away from "
                       "home on the night Danny used to drink most",
                 "Carol Thwaite (paternal grandmother)", "Every Saturday, collected by 5pm and home by "
                                                          "11am Sunday",
                 "Carol's diary of each stay, read by the SW at visits"],
                ["A6", "Young carers assessment for Summer, with a plan for what she no longer does at home",
                 "Priya Lund, Mawdesford Young Carers", "By 25/07/2025",
                 "Assessment and support offer sent to the SW and to Rachel and Danny"],
            ],
        }),
        ("h1", "Part B - What the treatment service will do, and what it will tell the children's plan"),
        ("table", {
            "header": ["Ref", "Treatment step", "Who", "When", "How the children's plan will know"],
            "widths": [1.0, 5.6, 3.2, 3.0, 4.2],
            "rows": [
                ["B1", "Rachel takes her buprenorphine under supervision at Kirkgate Pharmacy; any missed "
                       "dose is followed up with her that day",
                 "Marcus Kerrigan, Mawdesford Recovery Partnership",
                 "Daily; a missed dose reported to the SW the same day",
                 "Pharmacy record checked by Marcus each week; any missed dose noted on Summer's and "
                 "Harvey's file the same day"],
                ["B2", "Random urine drug tests for Rachel",
                 "Marcus Kerrigan, Mawdesford Recovery Partnership",
                 "At least twice a month, on unannounced days",
                 "Results table sent to the SW before each core group, saying what each result means "
                 "for Rachel's care of Summer and Harvey"],
                ["B3", "Alcohol keywork for Danny with a breath test at every session, and the 12-week "
                       "Weekends Differently group",
                 "Leah Ibbotson, Mawdesford Recovery Partnership",
                 "Keywork weekly; group on Thursdays from 10/07/2025 to 25/09/2025",
                 "Breath test readings and group attendance in the update to each core group, with Leah's "
                 "view of whether Danny is safe to care for Harvey at night"],
                ["B4", "Written view of whether Rachel and Danny can keep up the changes, the steps still "
                       "needed and how long they are likely to take, for the children's next review "
                       "conference",
                 "Marcus Kerrigan and Leah Ibbotson, with Dr Saeed Anwar, addiction psychiatrist",
                 "By 19/09/2025",
                 "Joint report shared with Rachel, Danny and the conference two weeks before it meets"],
                ["B5", "Check Rachel's and Danny's physical health (liver function and blood pressure) and "
                       "tell Marcus and the SW of any early or lost prescription request",
                 "Dr Helen Cray, GP, Tanner's Yard Surgery",
                 "Health check by 31/07/2025; prescription requests reported the same day",
                 "GP letter to the SW and Marcus by 31/07/2025, including anything in the results that "
                 "affects how Rachel and Danny care for Summer and Harvey"],
            ],
        }),
        ("h1", "Warning signs and contingency"),
        ("p", "Warning signs agreed with Rachel and Danny: a missed dose or a positive test; Rachel still "
              "in bed after 10am; Danny drinking on a weeknight; Summer late for school or not brought in."),
        ("p", "If Rachel or Danny is found under the influence of drugs or alcohol while looking after "
              "Summer or Harvey, or either child is found with a parent who cannot be woken, the adult who "
              "finds this will ring 999 if anyone is unwell and tell Imogen, or the emergency duty team out "
              "of hours, straight away. Imogen will hold a strategy discussion the same day, and the "
              "children will go to Carol's house until a safety plan is agreed. If Carol cannot have them, "
              "they will be placed with approved foster carers that day."),
        ("p", "If Carol is ill or away on a Saturday, Rachel's sister Kirsty Hale will have the children "
              "that night instead, and if neither of them can, Imogen will make an unannounced visit on "
              "the Saturday evening and again before 10am on the Sunday."),
        ("p", "If there are two positive tests in a month, or either parent stops attending treatment for "
              "two weeks, Imogen will ask the team manager for a legal planning meeting within 5 working "
              "days to decide whether to start the pre-proceedings (PLO) process."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Hollins Lane Primary, 9.30am: 16/07/2025, 13/08/2025 and "
            "10/09/2025. Marcus or Leah attends every one.",
            "Next review child protection conference: 02/10/2025, 10am, Mawdesford Civic Hall.",
        ]),
        ("p", "Signed for Children's Services: Imogen Saleh. Signed for Mawdesford Recovery Partnership: "
              "Marcus Kerrigan. Seen and signed by Rachel and Danny Thwaite, 03/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. England: transfer-in conference plan from the receiving council, with a
#    ticked list of papers received from the sending council, then numbered
#    actions each with a bold short title and Lead / When / Evidence run on
#    one line (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_millhallow_transfer_in_papers_ticklist_titled_items_moyo.md",
    "split": "heldout",
    "actions": 9,
    "template": "transfer-in-conference-plan-md-bold-label-bullets-ticked-list-of-papers-received-from-sending-council-how-things-stood-at-the-move-then-numbered-items-bold-short-title-sentence-then-lead-when-evidence-run-on-one-line-with-middle-dots",
    "description": (
        "Exemplary transfer-in conference plan from the receiving council for an 11-year-old and a "
        "2-year-old (physical chastisement by their mother) who moved for a council tenancy. A ticked "
        "list of papers received, how things stood at the move, the children's words, then nine "
        "numbered items each with a lead, a when and an evidence line. Nothing waits for anyone else; "
        "the cousin's care in the contingency has a foster fallback; legal planning follows a further "
        "incident; core group and review dates."
    ),
    "text": """\
# Transfer-in Child Protection Conference – Plan

**Millhallow City Council · Children and Families Service · Conference and Review Unit**

- **Children:** Precious Moyo (11), starting Year 7 at Ashgrove Academy in September 2025; Tinashe Moyo (2)
- **Mother:** Rutendo Moyo (36). The children's father lives in Zimbabwe and phones on Sundays.
- **Address:** 12 Weaver's Rise, Millhallow (council tenancy from 23 May 2025)
- **Sending council:** Sandworth Borough Council – initial conference 20 February 2025, review conference 15 May 2025
- **Transfer-in conference:** 26 June 2025, Millhallow Civic Centre, chaired by Helen Sturridge
- **Category:** physical abuse (continued)
- **Millhallow social worker:** Amira Choudhury (case held by Millhallow from today)
- **Sandworth social worker:** Ben Fairlie, who attended and has visited weekly since the move

## Papers received from Sandworth

- [x] Initial and review conference minutes and plans
- [x] Parenting assessment of Rutendo (completed 30 April 2025)
- [x] Chronology to 20 June 2025
- [x] Health visiting record for Tinashe
- [x] Fenby Primary School's attendance and safeguarding summary for Precious

## How things stood when the family moved

In January 2025 Precious's teacher in Sandworth saw loop-shaped bruises on the backs of her legs.
Precious said her mum had hit her with a belt for answering back. Rutendo accepted this, said it
was how she had been brought up, and agreed that it must stop. Sandworth's parenting assessment
found that Rutendo is loving and ambitious for both children, has no support network nearby and
reacts harshly when she is tired and stressed. She went to five of the six sessions of a parenting
course in Sandworth before the move. No new marks have been seen since January.

The family moved to Millhallow for a larger council tenancy close to Rutendo's cousin, Tendai
Marufu. Ben Fairlie continued to visit weekly until today, and Sandworth closes the case after this
conference.

## What Precious and Tinashe tell us

Precious (seen on her own at home by Amira on 19 June): "Mum hasn't hit me since Easter. When she
shouts I go to my room and put my headphones on. I'm scared about big school because I won't know
anyone." She misses her best friend Kezia and wants to "still be able to video call her". She said
she would tell her new teacher or Auntie Tendai if anything happened at home.

Tinashe is not yet talking in sentences. He babbles in English and Shona, follows his sister around
the flat and hands visitors his toy bus. He runs to Rutendo when he falls, and she picks him up and
comforts him.

## Conference decision

Precious and Tinashe remain subject to child protection plans under the category of physical
abuse. Millhallow holds case responsibility from today.

## What we want for Precious and Tinashe

- Precious is never hit or hurt at home, and tells her social worker that she feels safe.
- Precious settles at Ashgrove Academy with a trusted adult and keeps in touch with Kezia.
- Tinashe's speech is checked and he starts nursery three days a week in September.
- Both children are disciplined calmly, without physical punishment, using the plan Rutendo began in Sandworth.

## The Millhallow plan

1. **Visits.** Amira Choudhury will visit Precious and Tinashe at home to see them both and talk to Precious on her own. Lead: Amira Choudhury, SW · When: every week for the first six weeks, then every two weeks · Evidence: visit notes record any marks, what Precious says in her own words and how Tinashe is.
2. **Starting secondary school.** Mr Karl Benning will meet Precious and Rutendo to plan her start, name her key adult and set up a weekly check-in from 3 September. Lead: Mr Karl Benning, DSL, Ashgrove Academy · When: meeting by 18 July 2025; check-ins weekly from 3 September · Evidence: start plan sent to Amira; check-in notes emailed to her every Friday.
3. **School records.** Mrs Ruth Olsen will send Precious's safeguarding file securely to Ashgrove Academy. Lead: Mrs Ruth Olsen, DSL, Fenby Primary School (Sandworth) · When: by 11 July 2025 · Evidence: Mr Benning confirms to Amira in writing that the file has arrived.
4. **Tinashe's health and speech.** Sadia Rehman will see Tinashe at home for his 2-year review, including a speech and language screen, and refer him to speech and language therapy if he scores below the cut-off. Lead: Sadia Rehman, health visitor · When: by 11 July 2025 · Evidence: review results sent to Amira and the GP; referral letter on file if one is needed.
5. **GP.** Rutendo will register Precious and Tinashe with Weaver's Rise Medical Practice. Lead: Rutendo Moyo · When: by 4 July 2025 · Evidence: registration letter shown to Amira at her next visit.
6. **Nursery place.** Amira will apply for Tinashe's funded two-year-old place at Brambles Nursery so that he can start three days a week in September. Lead: Amira Choudhury, SW · When: application by 11 July 2025 · Evidence: nursery offer letter on file and start date confirmed to Rutendo.
7. **Parenting.** Rutendo will finish the parenting work she began in Sandworth by going to the Calmer Homes group at Millhallow Family Hub. Lead: Rutendo Moyo, with group leader Gail Pryce · When: every Wednesday morning for 8 weeks from 9 July 2025 · Evidence: attendance record and Gail's end-of-course report sent to Amira.
8. **Family safety plan.** Amira will write a family safety plan with Rutendo and Precious, saying what Rutendo will do instead of hitting when she is angry and who Precious can ring. Lead: Amira Choudhury, SW · When: by 11 July 2025 · Evidence: signed plan on the fridge at home, with copies given to Ashgrove Academy and to Tendai.
9. **Direct work with Precious.** Amira will do four sessions with Precious on the move and on home, using the three houses tool. Lead: Amira Choudhury, SW · When: all four sessions by 29 August 2025 · Evidence: what Precious says written up after each session, and her three houses drawings shared at the core group with her agreement.

## If something happens

If Precious has a mark, says she has been hit, or Rutendo tells anyone she has hit either child,
whoever hears it will tell Amira, or Millhallow's emergency duty team out of hours, straight away.
Amira will hold a strategy discussion the same day with police and health. Precious and Tinashe will
stay with Tendai Marufu while it is looked into, and if Tendai cannot have them they will go to
approved foster carers that day.

If there is any further physical punishment, or Rutendo has not started the Calmer Homes group by the
core group on 7 August 2025, Amira will ask her team manager for a legal planning meeting within 5
working days.

## Meetings

- Core group: every 4 weeks, 4pm at Millhallow Family Hub – 10 July, 7 August and 4 September 2025.
- Review child protection conference: 18 September 2025, 10am, Millhallow Civic Centre.

*Plan written by Amira Choudhury, Social Worker, 27 June 2025, and sent to Rutendo, Ben Fairlie and all agencies.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. England: a family's own plan typed from the flipchart sheets of a family
#    network meeting, sheet by sheet, with the social worker's notes in square
#    brackets and the professionals' part added at the end (txt). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b54_mossthwaite_family_meeting_flipchart_sheets_costigan.txt",
    "split": "heldout",
    "actions": 12,
    "template": "family-network-meeting-plan-txt-typed-from-numbered-flipchart-sheets-family-tree-worries-going-well-childrens-words-then-our-plan-sheet-dash-lines-under-each-upper-case-family-member-and-a-professionals-bit-with-sw-bracket-notes",
    "description": (
        "Plan written by a bereaved father, grandad and aunt at a family network meeting for a "
        "9-year-old and a 6-year-old (neglect, father's depression), typed sheet by sheet from the "
        "flipchart. Father's depression is recorded but only he 'keeps seeing' the GP (no date, no "
        "check, no adult service action); grandad's boxing has no check; the aunt's teas are 'when I "
        "can'; 'The family' owns the eye test. Grandad and aunt carry the plan and the 'if it goes "
        "wrong' sheet sends the children to Grandad with nothing if he can't; no legal step."
    ),
    "text": """\
MOSSTHWAITE COUNCIL - CHILDREN'S SERVICES
FAMILY NETWORK MEETING: OUR PLAN FOR FINN AND GRACE

Meeting held at Grandad Tommy's house, 14 Harrow Lane, on Wednesday 2 July 2025.
Typed up by Jo Pemberton (social worker) from the flipchart sheets on 4 July 2025.
I have typed the family's words as they wrote them. My notes are in [square brackets].
Finn and Grace have had child protection plans since the conference on 19 June 2025
(category: neglect).

======================================================================
SHEET 1 - WHO IS IN OUR FAMILY           [drawn as a family tree]
======================================================================

  Sean (Dad), 41
  Finn, 9 - Year 4 at St Wilfrid's
  Grace, 6 - Year 1 at St Wilfrid's
  Claire (Mum) - died March 2023          [a heart drawn next to her name]
  Grandad Tommy - Dad's dad, 2 streets away on Harrow Lane
  Auntie Bernie - Mum's sister, Netherby, 20 mins on the bus
  Nana Pat - Mum's mum, in Elmfield care home, can't help but the kids visit

======================================================================
SHEET 2 - WHY JO IS WORRIED              [Jo wrote this sheet]
======================================================================

  - Dad has been very down since Mum died. The GP said it was depression
    last year. [Sean told conference he stopped his tablets in the spring.]
  - Some days Dad doesn't get up. Finn gets Grace ready and they have been
    late 23 times since Easter.
  - No food in the house on 3 of Jo's visits. Grace wore the same clothes
    for a week and the school washed them.
  - Finn does the tea. He burnt his hand on the cooker in May.
  - The gas ran out twice and the house was cold.

======================================================================
SHEET 3 - WHAT'S GOING WELL
======================================================================

  - Dad loves the kids and the kids love him. He is honest with Jo.
  - Grandad and Bernie are always there for them.
  - Finn and Grace do well at school when they get there.

======================================================================
SHEET 4 - WHAT FINN AND GRACE SAID       [Jo saw them at school on 27/06]
======================================================================

  Finn: "I don't mind doing the tea, I'm good at beans on toast. But I
  don't like it when Dad stays in bed and Grace cries for Mum."
  He wants to go back to boxing and "have Grandad watch me".

  Grace: "I want Daddy to get up and do my bunches like Mummy did."
  She said she likes Auntie Bernie's "because there's bubble bath".
  [Grace drew her and Dad at the park. It is stuck on this sheet.]

======================================================================
SHEET 5 - WHAT WE WANT FOR FINN AND GRACE
======================================================================

  * Finn doesn't have to cook or get Grace ready. He just gets to be 9.
  * They have breakfast and a hot tea every day, and a warm house.
  * They get to school on time every day.
  * They can talk about Mum whenever they want to.

======================================================================
SHEET 6 - OUR PLAN                       [each person wrote their own bit]
======================================================================

  DAD (SEAN)
  - I'll be up with breakfast on the table by 7.45 every school morning,
    and school will ring Jo if Finn or Grace are late.
  - I'll keep seeing Dr Anand about my depression and start my tablets again.
  - I'll top up the gas and electric every Friday when I get paid, and show
    Jo the meter when she visits.

  GRANDAD (TOMMY)
  - I'll come round at 7.30 on Monday, Tuesday and Wednesday mornings and
    walk the kids to school, and the school register will show them in on time.
  - I'll take Finn to boxing at Mossthwaite ABC every Saturday morning.

  AUNTIE BERNIE
  - I'll have Finn and Grace round for their tea when I can and make sure
    they've had a bath.
  - I'll do a big shop with Sean every other Sunday, and Jo can look in the
    cupboards when she visits.

  ALL OF US
  - The family will sort out Grace's eye test at the optician before school
    goes back in September, and show Jo her new glasses.

  [PROFESSIONALS - I added these at the end of the meeting and everyone agreed them]
  - Jo Pemberton (social worker) will visit every 2 weeks, with one visit a
    month at 8am before school, and see Finn and Grace on their own; her
    visit notes will say what they tell her.
  - Mrs Kaur (DSL, St Wilfrid's) will see Finn every Monday and ring Jo the
    same day if either child comes in late, hungry or in dirty clothes,
    keeping a log of each call.
  - Jo will refer Finn and Grace to Little Lanterns children's bereavement
    service by 11/07/2025, and the acceptance letter will go on their file.
  - Debbie Marsh (school nurse) will see Finn about the burn on his hand and
    go through cooker safety with him and Sean by 18/07/2025, then write to Jo.

======================================================================
SHEET 7 - IF IT GOES WRONG
======================================================================

  - If Dad doesn't get up, or the kids turn up at school with no breakfast,
    Finn will ring Grandad and Grandad will come round and take them back to
    his house. [Jo: school or Grandad will tell me the same day and I will
    visit that day. The children stay at Grandad's until Sean is up and
    managing again.]

======================================================================
SHEET 8 - WHEN WE CHECK HOW IT'S GOING   [Jo added this sheet]
======================================================================

  - Core group every 4 weeks at St Wilfrid's, 3.30pm: 17/07/2025,
    14/08/2025 and 11/09/2025. The family meets at Grandad's after each one.
  - Review child protection conference: 18/09/2025, 1pm, Mossthwaite Town Hall.

Written by: Sean Costigan, Tommy Costigan, Bernie Walsh
Typed by: Jo Pemberton, Social Worker, Mossthwaite Children's Services
""",
    "findings": [
        F("T001", "I'll keep seeing Dr Anand about my depression"),
        F("M001", "I'll keep seeing Dr Anand about my depression"),
        F("M001", "I'll take Finn to boxing at Mossthwaite ABC"),
        F("T002", "I'll have Finn and Grace round for their tea"),
        F("M001", "I'll have Finn and Grace round for their tea"),
        F("W002", "The family will sort out Grace's eye test"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})
