"""Batch 56, module m: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
health boards, trusts and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plan documents as they are found across the four UK nations and across
agencies - a Scottish Child Protection Planning Meeting plan set out by
wellbeing indicator, a bilingual Welsh care and support protection plan, a
Northern Ireland trust case-system print for a looked-after baby on a neonatal
unit whose case is moving to another trust, an English secondary school's
safeguarding-record copy of the council's plan, an early help family plan
stepped up to child protection on the early help template, a child-friendly
plan written to a 12-year-old at risk of exploitation, and a long review
conference plan built around a mother's mental health. The faults are a
realistic mix across the rules rather than one rule. Three plans are
exemplary.
"""
from build_batch5 import F, V, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: Child Protection Planning Meeting plan laid out by wellbeing
#    indicator (SHANARRI), the indicator-and-outcome cell merged down over
#    its actions (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_muirhaugh_cppm_wellbeing_indicator_merged_kerr.docx",
    "doc_title": "Child Protection Plan - Kayden and Ellie Kerr",
    "split": "heldout",
    "actions": 12,
    "template": "scotland-icppm-plan-docx-kv-details-my-world-views-then-wellbeing-indicator-and-outcome-merged-down-action-lead-timescale-how-we-will-know-ird-and-reporter-contingency",
    "description": (
        "Scottish child protection plan from an initial Child Protection Planning Meeting for a 9-year-old "
        "and a 4-year-old (mother's street benzodiazepine and alcohol use, an overdose Kayden found). The "
        "table is laid out by wellbeing indicator (Safe, Healthy, Achieving, Nurtured, Respected): each "
        "indicator cell states the outcome for the children and is merged down over its actions (four real "
        "Word vertical merges). Lead Professional, Named Persons, the drug recovery service reporting on "
        "change, gran's teas covered in the contingency, an IRD the same day, legal advice and a referral to "
        "the Children's Reporter on named triggers, core group dates and the review CPPM. Exemplary."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Muirhaugh Council · Children and Families Social Work · East Locality Team"),
        ("p", "Agreed at the Initial Child Protection Planning Meeting (ICPPM). Kayden's and Ellie's names were "
              "placed on the Child Protection Register. Concerns: neglect; parental substance use."),
        ("kv", [
            ("Children", "Kayden Kerr (9), P5 at Glenbervie Primary; Ellie Kerr (4), Westfield Early Learning "
                         "Centre"),
            ("Mother", "Shona Kerr (31)"),
            ("Also in the household", "Darren Lyall (35), Shona's partner, stays four nights a week; works "
                                      "shifts at the Muirhaugh distribution park"),
            ("Maternal gran", "Agnes Kerr, 14 Kirkgate, Muirhaugh"),
            ("Address", "3/1, 22 Ravelston Street, Muirhaugh"),
            ("ICPPM", "Tuesday 25 February 2025, Muirhaugh Council HQ, Committee Room 2"),
            ("Lead Professional", "Fiona Baird, social worker, East Locality Team"),
            ("Named Persons", "Kayden: Mr Iain Duthie, Depute Head Teacher, Glenbervie Primary. Ellie: Morag "
                              "Sinclair, health visitor"),
            ("Chair", "Euan Kilbride, Child Protection Reviewing Officer"),
        ]),
        ("h1", "Why Kayden and Ellie need a child protection plan"),
        ("p", "On 2 January 2025 Kayden came home from his gran's and could not wake his mum. He phoned 999 "
              "and looked after Ellie until the ambulance came. Shona had taken street benzodiazepines with "
              "vodka and was kept in Muirhaugh Royal Infirmary for two nights. Since then the school and "
              "nursery have raised concerns on six occasions: Kayden late or absent on Mondays (81% "
              "attendance this term), Ellie collected by Kayden on two days, and Shona smelling of drink "
              "at pick-up. At the social worker's visit on 12 February there was little food in the flat "
              "and Shona's tablets were on the kitchen worktop."),
        ("p", "Shona told the ICPPM that she started using again after her dad died last summer, and that she "
              "wants help to stop. She is on the waiting list at the Muirhaugh Alcohol and Drug Recovery "
              "Service (MADRS) and has had one appointment."),
        ("h1", "Kayden's and Ellie's views and what we have seen"),
        ("p", "Kayden talked to Fiona at school on 18 February using the My World triangle. He said: \"I "
              "check on Mum in the night now. If she's snoring funny I shake her.\" He said the best thing "
              "about home is \"when Mum does pancakes\" and the worst is \"when she's sleepy in the day\". "
              "He would like to go to the football club on Saturdays and wants his gran to come round more. "
              "He scored home 5 out of 10 and Gran's house 10."),
        ("p", "Ellie is a chatty girl. At nursery she plays \"ambulances\" with the dolls and tells staff "
              "that \"Mummy had a sleep in the hospital\". Staff notice she eats two breakfasts on Mondays. "
              "At the home visit she stayed close to Kayden and showed Fiona her bed, which had no cover on "
              "the duvet."),
        ("h1", "Strengths"),
        ("bullets", [
            "Shona came to the ICPPM on time and sober and agreed to every part of this plan.",
            "Agnes sees the children three times a week and they love being at her house.",
            "Kayden is doing well in reading and has a good friendship group.",
            "Shona has kept her first MADRS appointment and has been registered with Dr Moffat at Ravelston "
            "Medical Practice.",
        ]),
        ("h1", "The plan"),
        ("p", "Each wellbeing indicator says what must be different for Kayden and Ellie. The actions beside "
              "it are how we will get there."),
        ("table", {
            "header": ["Wellbeing indicator and outcome for the children", "Action", "Lead",
                       "Timescale", "How we will know"],
            "widths": [3.6, 5.2, 3.0, 2.4, 3.4],
            "rows": [
                ["SAFE: Kayden and Ellie are cared for every day and every night by an adult who is not "
                 "under the influence of drugs or alcohol, and Kayden never again has to deal with his mum "
                 "being unwell on his own.",
                 "Visit the family home, at least one visit in three unannounced; see Kayden on his own and "
                 "Ellie awake; check the bedrooms, the fridge and that Shona's medicines are locked away",
                 "Fiona Baird, Lead Professional (social worker)",
                 "Weekly until the review CPPM",
                 "Visit record for each visit notes what Kayden said, where Ellie was and whether the box "
                 "was locked"],
                [V,
                 "Key work with Shona on her use of street benzodiazepines and alcohol, with an oral fluid "
                 "test at each session; write a report on whether her use is changing, what that means for "
                 "her care of the children and how long change is likely to take",
                 "Gary Lennox, recovery worker, MADRS",
                 "Sessions weekly from 3 March 2025; report 5 days before each core group",
                 "Test results and the written report received by the Lead Professional before each core "
                 "group"],
                [V,
                 "Keep every medicine in the flat in the locked box given to her by MADRS, with the key on "
                 "her own keyring",
                 "Shona Kerr",
                 "From 26 February 2025, checked at every home visit",
                 "Lead Professional and health visitor see the box locked at each visit and write it in "
                 "their record"],
                [V,
                 "Collect Ellie from nursery and give both children their tea at her house in Kirkgate",
                 "Agnes Kerr (maternal gran)",
                 "Every Tuesday and Thursday until the review CPPM",
                 "Nursery pick-up log shows Agnes collecting Ellie; the children tell the Lead Professional "
                 "about their teas at Gran's"],
                [V,
                 "Tell the Lead Professional about any police call-out or concern report involving the "
                 "address or any adult living there",
                 "Police Scotland, Muirhaugh Concern Hub (DS Alan Petrie)",
                 "By the next working day after any incident",
                 "Notification logged on the children's chronology within 1 working day"],
                ["HEALTHY: Ellie's teeth are treated, and both children have their health checks and keep "
                 "growing well.",
                 "Take Ellie to Muirhaugh Community Dental Service for the two fillings she needs",
                 "Shona Kerr, with a text reminder from the health visitor the day before",
                 "Tuesday 18 March 2025, 10.20am",
                 "Dental service confirms to the health visitor in writing that Ellie attended and was "
                 "treated"],
                [V,
                 "Complete Ellie's 4-5 year child health review at home, including her height, weight, "
                 "speech and how she plays",
                 "Morag Sinclair, health visitor (Ellie's Named Person)",
                 "By 31 March 2025",
                 "Review findings recorded, weight plotted on her centile chart and shared with the Lead "
                 "Professional"],
                ["ACHIEVING: Kayden is at school every day and on time, and Ellie goes to every nursery "
                 "session she has a place for.",
                 "Check Kayden's attendance and late-coming each morning, phone Shona by 9.30am if he is not "
                 "in, and send the weekly attendance printout to the Lead Professional",
                 "Mr Iain Duthie, Depute Head Teacher (Kayden's Named Person)",
                 "Each school day; printout every Friday",
                 "Weekly printout shows Kayden's attendance rising from 81% to 95% or more by the review "
                 "CPPM"],
                [V,
                 "Record Ellie's attendance at each nursery session and anything she says or shows about "
                 "home, and send the log to the Lead Professional",
                 "Lorna Quigley, manager, Westfield Early Learning Centre",
                 "Each session; log sent every second Friday",
                 "Register shows Ellie at 9 out of every 10 sessions; wellbeing log on the children's file"],
                ["NURTURED: Kayden can be a 9-year-old: he does not have to look after Ellie or his mum, "
                 "and he has an adult he trusts to talk to.",
                 "Complete a Young Carer Statement with Kayden and agree the support he wants, including a "
                 "place at the Saturday young carers' group",
                 "Donna Reid, young carers worker, Muirhaugh Carers Centre",
                 "By 11 April 2025",
                 "Young Carer Statement completed and shared with Kayden, Shona and the Lead Professional"],
                [V,
                 "Nurture session with Kayden in the school's Den, using the My World triangle to talk about "
                 "home and school",
                 "Mrs Ann Watt, pupil support assistant",
                 "Every Wednesday afternoon, 30 minutes",
                 "Session log with Kayden's own 1-10 score of how home feels, recorded each week"],
                ["RESPECTED: Kayden's and Ellie's views are heard and written into every review of this "
                 "plan.",
                 "Refer Kayden to the Muirhaugh Children's Rights and Advocacy Service so that an advocate "
                 "can help him give his views to the review CPPM",
                 "Fiona Baird, Lead Professional",
                 "Referral by 7 March 2025; advocate meets Kayden before the review CPPM",
                 "Kayden's views, in his own words, included in the review CPPM report"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Shona is found under the influence of drugs or alcohol while looking after the children, "
              "has an oral fluid test positive for benzodiazepines that are not prescribed to her, or either "
              "child says she has been \"sleepy\" in the day again, the Lead Professional (or the Standby "
              "Social Work Service out of hours) will hold an Inter-agency Referral Discussion (IRD) the same "
              "day. Kayden and Ellie will go to Agnes Kerr's house at 14 Kirkgate that day and stay there "
              "until the IRD has agreed what happens next."),
        ("p", "If Agnes cannot take the children (she has hospital treatment booked for April), Fiona Baird "
              "will arrange an emergency foster placement that day, with Shona's agreement under section 25 "
              "of the Children (Scotland) Act 1995, or will seek a Child Protection Order. If Agnes cannot "
              "do the Tuesday and Thursday teas, Ellie will stay at nursery's late session until 5.30pm and "
              "Kayden will go to the Glenbervie after-school club, paid for by Children and Families, and "
              "Darren will collect them both."),
        ("p", "If Shona has two positive tests for street benzodiazepines before the review CPPM, or there is "
              "another overdose, the Lead Professional will ask her team manager for legal advice from "
              "Muirhaugh Council Legal Services and will make a referral to the Children's Reporter within "
              "5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, 3.45pm at Glenbervie Primary: Thursday 6 March, 27 March, "
            "17 April and 8 May 2025.",
            "Review Child Protection Planning Meeting: Thursday 22 May 2025, 10am, Muirhaugh Council HQ.",
            "Shona, Darren and Agnes are invited to every core group. Kayden will be asked before each one "
            "what he wants said for him.",
        ]),
        ("p", "Plan written by Fiona Baird on 26 February 2025 and sent to Shona, Darren and every agency "
              "named above. Shona's comment: \"I know why this is happening. I want the kids to stay with "
              "me and I'll do it.\""),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Northern Ireland: trust case-system print of the plan for a baby
#    accommodated on a neonatal unit, parents moving to another trust's area
#    (txt, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_mossgarvan_trust_carepath_print_accommodated_nnu_oneill.txt",
    "split": "heldout",
    "actions": 10,
    "template": "ni-trust-case-system-print-txt-caps-section-banners-dot-leader-fields-then-numbered-action-records-action-responsible-timescale-measure-lines",
    "description": (
        "Northern Ireland HSC trust case-system print (CarePath NI) of the child protection plan from an "
        "initial case conference for a 4-week-old born at 34 weeks with neonatal abstinence syndrome, "
        "accommodated under Article 21 and still on the neonatal unit, whose parents are moving to another "
        "trust's area. Numbered action records with dot-leader fields. Faults: no one is set to visit the "
        "looked-after baby on the unit (L001); a parenting assessment and a family support referral are "
        "put off until the case transfers (X001 x2); parents to visit 'as often as they can' and the "
        "transfer papers 'ongoing' (T002 x2); a passive housing action with '-' as owner (W001); 'home "
        "conditions to be monitored' (M002); a police row with no measure (M001); 'Not applicable - "
        "infant' as the child's view (F003); a 'further concerns / reconvene' contingency (C002); the "
        "review conference left to the receiving trust to arrange (R001)."
    ),
    "text": """\
MOSSGARVAN HEALTH AND SOCIAL CARE TRUST
Children's Services - Family Intervention Service (FIT 2)
CarePath NI   Child Protection Plan   Printed 04/03/2025 14:12 by MCCARTANO
==========================================================================

CHILD DETAILS
Name .................: Caoimhe O'NEILL
DOB ..................: 02/02/2025 (born at 34+1 weeks)
Gender ...............: Female
CarePath ID ..........: 2025-004417
Legal status .........: Accommodated - Article 21 Children (NI) Order 1995, from 14/02/2025
Current placement ....: Neonatal Unit, Mossgarvan Area Hospital (Ward 7N)
CP Register ..........: Registered 28/02/2025 - Category: Neglect (potential)
Key worker ...........: Orla McCartan, Social Worker, FIT 2
Senior practitioner ..: Brendan Quinn
Chair ................: Maeve Corrigan, Principal Social Worker (Safeguarding)

HOUSEHOLD / SIGNIFICANT OTHERS
Mother ...............: Shannon O'NEILL (22), no fixed address (sofa-surfing, Mossgarvan)
Father ...............: Declan HUGHES (26), parental responsibility (named on birth registration)
Paternal grandmother .: Bernadette HUGHES, Ardcarn (parents intend to move in with her)

--------------------------------------------------------------------------
SECTION 1   REASON FOR REGISTRATION
--------------------------------------------------------------------------
Shannon used heroin and non-prescribed pregabalin throughout the pregnancy and
booked late at 28 weeks. She was started on methadone by the Community Addiction
Team (CAT) at 30 weeks. Caoimhe was born early and required morphine treatment
for neonatal abstinence syndrome; the morphine was weaned off on 20/02/2025. She
remains on the unit to establish oral feeds.

The parents have no home. They were asked to leave the hostel at Linenhall Street
in January following a drug-related incident. With the parents' agreement,
Caoimhe has been accommodated under Article 21 since 14/02/2025 so that
discharge planning can go ahead. Declan and Shannon intend to move to Ardcarn to
live with Bernadette Hughes, which is in the Ardcarn HSC Trust area. A transfer
request was sent to Ardcarn Gateway on 03/03/2025.

--------------------------------------------------------------------------
SECTION 2   VIEWS OF THE CHILD
--------------------------------------------------------------------------
Not applicable - infant.

--------------------------------------------------------------------------
SECTION 3   VIEWS OF PARENTS
--------------------------------------------------------------------------
Shannon and Declan both attended the ICPCC. Shannon said she has "been clean off
the gear" since starting methadone and wants Caoimhe home "as soon as we have a
place". Declan said his mother will "keep an eye" and that the move to Ardcarn
is "a fresh start away from the crowd here". Both parents agreed to Caoimhe
staying accommodated until discharge.

--------------------------------------------------------------------------
SECTION 4   DESIRED OUTCOMES FOR THE CHILD
--------------------------------------------------------------------------
1. Caoimhe is discharged from hospital to a safe, settled home with a cot of her
   own, and is cared for by adults who are not using drugs.
2. Caoimhe's health needs are met: she gains weight, and she attends all her
   neonatal follow-up, hearing and immunisation appointments.

--------------------------------------------------------------------------
SECTION 5   CHILD PROTECTION PLAN - ACTIONS
--------------------------------------------------------------------------
ACTION 01
  Action ..........: Key worker to liaise with Neonatal Unit staff re: discharge planning and attend the discharge planning meeting.
  Responsible .....: Orla McCartan (SW)
  Timescale .......: Discharge planning meeting w/c 17/03/2025
  Measure .........: Written discharge plan uploaded to CarePath

ACTION 02
  Action ..........: Parents to visit Caoimhe on the unit and take part in her feeds and care.
  Responsible .....: Shannon O'Neill and Declan Hughes
  Timescale .......: As often as they can
  Measure .........: Nursing notes record each visit and the cares done by parents

ACTION 03
  Action ..........: CAT to continue Shannon's methadone prescription and weekly keywork with oral fluid testing, and provide a written report on her progress and on any risk to Caoimhe for each core group.
  Responsible .....: Ciaran Devlin, Keyworker, Mossgarvan Community Addiction Team
  Timescale .......: Weekly; report 3 working days before each core group
  Measure .........: Test results and written report received by key worker

ACTION 04
  Action ..........: Parenting assessment (PAMS) to be undertaken by Ardcarn HSC Trust once the case has transferred.
  Responsible .....: Ardcarn HSC Trust Family Intervention Team
  Timescale .......: Within 6 weeks of transfer
  Measure .........: PAMS report presented to Review CPCC

ACTION 05
  Action ..........: Referral to Ardcarn Family Support Hub for practical and parenting support - on hold pending transfer of case.
  Responsible .....: Key worker
  Timescale .......: Following transfer-in conference
  Measure .........: Referral accepted by Family Support Hub

ACTION 06
  Action ..........: NIHE homeless application and temporary accommodation to be progressed for the family.
  Responsible .....: -
  Timescale .......: By 21/03/2025
  Measure .........: NIHE decision letter on file

ACTION 07
  Action ..........: Health visitor to complete a home visit to the parents' accommodation prior to discharge.
  Responsible .....: Aine Doherty, Health Visitor, Mossgarvan Health Visiting Team
  Timescale .......: Prior to discharge
  Measure .........: Home conditions to be monitored

ACTION 08
  Action ..........: PSNI Public Protection Branch to notify key worker of any incident involving either parent.
  Responsible .....: PSNI PPB Mossgarvan (DS Karen Lowry)
  Timescale .......: Within 24 hours of any incident
  Measure .........: -

ACTION 09
  Action ..........: Father to attend the Safe Sleep and Coping with Crying session on the unit.
  Responsible .....: Declan Hughes
  Timescale .......: Before discharge
  Measure .........: Signed attendance sheet on unit file

ACTION 10
  Action ..........: Key worker to forward transfer summary, chronology and ICPCC minutes to Ardcarn HSC Trust.
  Responsible .....: Orla McCartan (SW)
  Timescale .......: Ongoing
  Measure .........: Receipt confirmed in writing by Ardcarn Gateway

--------------------------------------------------------------------------
SECTION 6   CONTINGENCY PLAN
--------------------------------------------------------------------------
Should there be any further concerns regarding Caoimhe's safety or the parents'
compliance with the plan, the core group will reconvene to review the plan and
consider next steps. If insufficient progress is made by the time of the Review
CPCC, the Trust will convene a Legal Planning Meeting and seek legal advice from
the Directorate of Legal Services.

--------------------------------------------------------------------------
SECTION 7   CORE GROUP AND REVIEW
--------------------------------------------------------------------------
Core group .........: Fortnightly. First meeting 12/03/2025, 2pm, Family Room,
                      Neonatal Unit; then 26/03/2025.
Review CPCC ........: To be arranged by Ardcarn HSC Trust following transfer.
Distribution .......: Parents; Neonatal Unit; HV; CAT; PSNI PPB; GP (Dr R Keenan,
                      Castle Street Surgery); Ardcarn Gateway.

*** END OF PRINT ***
""",
    "findings": [
        F("T002", "Parents to visit Caoimhe on the unit and take part"),
        F("X001", "Parenting assessment (PAMS) to be undertaken by Ardcarn HSC Trust"),
        F("X001", "Referral to Ardcarn Family Support Hub for practical and parenting support"),
        F("W001", "NIHE homeless application and temporary accommodation to be progressed"),
        F("M002", "Health visitor to complete a home visit to the parents' accommodation"),
        F("M001", "PSNI Public Protection Branch to notify key worker of any incident"),
        F("T002", "Key worker to forward transfer summary, chronology and ICPCC minutes"),
        F("L001"),
        F("F003"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Wales: bilingual care and support protection plan for a 5-week-old and
#    a 3-year-old, outcome banner rows across the table, paged PDF with
#    header and footer (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_maescelyn_bilingual_care_support_protection_pritchard.pdf",
    "doc_title": "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan - Elis and Mali Pritchard",
    "split": "heldout",
    "actions": 11,
    "template": "wales-care-and-support-protection-plan-paged-bilingual-welsh-english-slash-headings-kv-details-then-outcome-banner-rows-across-rhif-what-will-happen-who-by-when-how-we-will-know-legal-gateway",
    "description": (
        "Welsh care and support protection plan (initial child protection conference) for a 5-week-old and "
        "a 3-year-old: mother's bipolar disorder with a manic episode after the birth, father's anger. "
        "Bilingual Welsh / English headings; three outcome banner rows run across the Rhif / No. | What "
        "will happen | Who | By when | How we will know table. The perinatal team and psychiatrist report "
        "on relapse risk and capacity, Nain's mornings and emergency care have a fallback, Flying Start "
        "childcare and speech therapy for Mali, a Legal Gateway Meeting on named triggers, core group "
        "dates and the review conference. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL - SENSITIVE / SWYDDOGOL - SENSITIF - Maescelyn County Council",
    "footer": "Elis and Mali Pritchard - Care and Support Protection Plan - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan"),
        ("p", "Cyngor Sir Maescelyn / Maescelyn County Council · Gwasanaethau Plant / Children's Services · "
              "Tîm Diogelu Plant / Child Protection Team (Gogledd / North)"),
        ("h2", "Manylion / Details"),
        ("kv", [
            ("Plant / Children", "Elis Pritchard, born 4 February 2025 (5 weeks); Mali Pritchard, 3, at Cylch "
                                 "Meithrin Bro Celyn"),
            ("Mam / Mother", "Lowri Pritchard (29)"),
            ("Tad / Father", "Rhodri Pritchard (31), on shared parental leave until 30 June 2025"),
            ("Nain / Maternal grandmother", "Glenys Williams, 8 Heol y Llan, Maescelyn"),
            ("Cartref / Home", "2 Bryn Teg, Maescelyn"),
            ("Iaith / Language", "Welsh is the family's first language. Every meeting is offered in Welsh and "
                                 "this plan is sent to the family in both languages."),
            ("Cynhadledd / Conference", "Initial child protection conference, Thursday 6 March 2025, Canolfan "
                                        "Ddinesig Maescelyn"),
            ("Categori / Category", "Neglect; emotional abuse. Both children's names are on the child "
                                    "protection register."),
            ("Gweithiwr cymdeithasol / Social worker", "Huw Beynon"),
            ("Cadeirydd / Chair", "Delyth Morgans, Independent Reviewing Officer"),
        ]),
        ("h2", "Pam mae gan Elis a Mali gynllun / Why Elis and Mali have a plan"),
        ("p", "Lowri has bipolar disorder. She stopped her mood stabiliser when she found out she was pregnant. "
              "Eleven days after Elis was born she became very high: she stopped sleeping, and at 2am on "
              "15 February she walked into town with Elis in his pram, leaving Mali asleep in the house on "
              "her own. Rhodri was on a night shift. Police found Lowri on the bridge and she was admitted "
              "with Elis to the mother and baby unit for twelve nights. She came home on 28 February on new "
              "medication and is under the Perinatal Mental Health Team of Maescelyn University Health Board."),
        ("p", "On 1 March a neighbour called the police after hearing shouting. Rhodri told officers he had "
              "punched the kitchen door \"out of pure stress\"; Mali was in the kitchen and was found hiding "
              "under the table. Rhodri has no previous police record. He and Lowri both say he has never hurt "
              "her, and Lowri wants him at home."),
        ("h2", "Diwrnod Elis a Mali / Elis's and Mali's days: what we have seen and heard"),
        ("p", "Elis is breastfed with a bottle of expressed milk at 2am. The health visitor saw him feed well "
              "and settle on Rhodri's shoulder; he startles and cries when voices are raised. On the mother "
              "and baby unit the nurses saw Lowri talk and sing to him in Welsh during feeds, and his eyes "
              "followed her face."),
        ("p", "Mali talks mostly in Welsh. She told Huw, using her feelings cards: \"Dadi'n gweiddi, dwi'n "
              "cuddio\" (\"Daddy shouts, I hide\"), and \"Mam yn sâl yn yr ysbyty\" (\"Mummy was poorly in "
              "the hospital\"). She said the best thing is \"bath with bybls\" with Mam and going to Nain's. "
              "At the Cylch staff say she has started wetting herself again and is clingy at drop-off. She "
              "uses about fifty words and is hard for adults outside the family to understand."),
        ("h2", "Beth sy'n gweithio'n dda / What is working well"),
        ("bullets", [
            "Lowri knows her early warning signs and wrote her own relapse plan with the unit before discharge.",
            "Rhodri took shared parental leave the day after the incident so he can be at home.",
            "Nain Glenys lives ten minutes away and sees the children every day.",
            "Both parents came to conference, asked questions and agreed to the plan.",
        ]),
        ("h2", "Y cynllun / The plan"),
        ("table", {
            "header": ["Rhif / No.", "Beth fydd yn digwydd / What will happen", "Pwy / Who",
                       "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [1.3, 5.5, 3.2, 3.0, 4.0],
            "band_fill": "E2EFDA",
            "rows": [
                ["Canlyniad 1 / Outcome 1: Elis and Mali are looked after, day and night, by a parent who is "
                 "well enough to notice what they need and keep them safe.", H, H, H, H],
                ["1.1",
                 "See Lowri at home, check her mood, sleep and early warning signs against her relapse plan, "
                 "and write a report for each core group on how well she is, what it means for her care of "
                 "Elis and Mali and how likely she is to stay well",
                 "Gareth Morgan, CPN, Perinatal Mental Health Team",
                 "Every week until the review conference; report 3 working days before each core group",
                 "Written report received by the social worker before each core group"],
                ["1.2",
                 "Medication review with Lowri, including whether her medicine is safe with breastfeeding, "
                 "and a written opinion on her risk of relapse over the next three months and what it means "
                 "for her capacity to care for the children",
                 "Dr Siân Howells, consultant perinatal psychiatrist",
                 "Clinic on 3 April 2025",
                 "Clinic letter with the relapse risk opinion sent to the GP, CPN and social worker by "
                 "11 April 2025"],
                ["1.3",
                 "Do the 2am feed and settle Elis every night so that Lowri can sleep from 10pm to 6am",
                 "Rhodri Pritchard",
                 "Every night until the review conference",
                 "Feed chart on the fridge signed each night and checked by the health visitor at each visit"],
                ["1.4",
                 "Be at the house in the mornings to help with Mali's breakfast and Elis's morning feeds, so "
                 "that Lowri is not alone with both children while she settles on her new medication",
                 "Glenys Williams (Nain)",
                 "Monday to Friday, 8am to 1pm, from 10 March 2025",
                 "Glenys writes her times in the family diary; the social worker checks it at each visit"],
                ["1.5",
                 "Weigh Elis, watch a feed and how Lowri and Rhodri respond to his cues, and check Mali's "
                 "play and toileting",
                 "Ffion Jenkins, health visitor",
                 "Weekly for 8 weeks from 10 March 2025, then every two weeks",
                 "Elis's weight plotted in his red book on or above the 25th centile; observations shared "
                 "at each core group"],
                ["1.6",
                 "Visit the home, see Mali on her own with her feelings cards, see Elis awake and being "
                 "cared for, and check where he sleeps",
                 "Huw Beynon, social worker",
                 "Weekly until the review conference, at least one visit in three unannounced",
                 "Visit record notes what Mali said and showed, where Elis slept and who was caring for him"],
                ["Canlyniad 2 / Outcome 2: Mali and Elis live in a home where nobody shouts at, threatens or "
                 "hurts anyone, and Mali is not frightened.", H, H, H, H],
                ["2.1",
                 "Start the Newid domestic abuse behaviour change programme and go to every weekly session",
                 "Rhodri Pritchard",
                 "Weekly for 24 weeks from 8 April 2025",
                 "Programme facilitator sends attendance and a progress report to the social worker every "
                 "6 weeks"],
                ["2.2",
                 "Flag the address and tell the social worker about any call to the address or any incident "
                 "involving Rhodri",
                 "Maescelyn Police Public Protection Unit (DS Rhian Lloyd)",
                 "The same day as any call or incident",
                 "Notification recorded on the children's file on the day it is received"],
                ["2.3",
                 "Complete a DASH risk assessment and a written safety plan with Lowri, including what she "
                 "will do with the children if Rhodri loses his temper",
                 "Bethan Rees, IDVA, Calon Maescelyn",
                 "By 21 March 2025",
                 "Copy of the safety plan given to Lowri and the social worker; DASH score recorded"],
                ["Canlyniad 3 / Outcome 3: Mali goes to nursery, gets help with her talking, and has time "
                 "to play with her mam and dad.", H, H, H, H],
                ["3.1",
                 "Take Mali to her Flying Start childcare place at Cylch Meithrin Bro Celyn",
                 "Rhodri Pritchard",
                 "Every weekday morning at 9.15am from 17 March 2025",
                 "Cylch register shows Mali at 9 out of every 10 sessions"],
                ["3.2",
                 "Assess Mali's speech and language, in Welsh, at the Cylch and give her parents a home play "
                 "plan",
                 "Alys Parry, Flying Start speech and language therapist",
                 "By 30 April 2025",
                 "Assessment report and home play plan shared with Lowri, Rhodri and the core group"],
            ],
        }),
        ("h2", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Lowri shows any of the early warning signs in her relapse plan (sleeping less than four "
              "hours a night, talking very fast, spending money she does not have, or going out at night), "
              "Rhodri or Glenys will phone the CPN the same day, or the crisis team out of hours. Lowri will "
              "not be left on her own with Elis or Mali until the CPN has seen her, and Rhodri will stay at "
              "home with the children."),
        ("p", "If Rhodri is violent or threatening, Lowri will ring 999. The children and Lowri will go to "
              "Glenys's house at 8 Heol y Llan that day, and Huw (or the emergency duty team) will hold a "
              "strategy discussion the same day."),
        ("p", "If Glenys cannot come in the mornings or cannot take the children in an emergency, Rhodri's "
              "sister Catrin Pritchard (Llys Gwyn, Maescelyn) will do so. If neither of them can, Huw will "
              "arrange an emergency foster placement the same day."),
        ("p", "If Lowri becomes unwell again and stops her treatment, or there is another incident of "
              "violence before the review conference, Huw will ask his team manager for a Legal Gateway "
              "Meeting within 5 working days to consider the Public Law Outline."),
        ("h2", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group: every 4 weeks at Canolfan Deulu Maescelyn, 10am: Wednesday 19 March, "
            "16 April and 14 May 2025.",
            "Cynhadledd adolygu / Review child protection conference: Thursday 5 June 2025, 10am, Canolfan "
            "Ddinesig Maescelyn.",
            "Lowri and Rhodri may bring Glenys or an advocate to every meeting, and can ask for a Welsh "
            "interpreter for any professional who does not speak Welsh.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. England: secondary school's safeguarding-record copy of the council's
#    plan (copied table of LA actions, then the school's own bullets); no
#    outcomes and no contingency copied across (md, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_mellingford_school_safeguarding_record_copy_nowak.md",
    "split": "heldout",
    "actions": 11,
    "template": "secondary-school-safeguarding-record-md-dsl-copy-bold-label-lines-pupil-voice-then-copied-la-actions-hash-action-lead-by-when-evidence-table-then-school-actions-bullets",
    "description": (
        "A secondary school DSL's copy of a Year 8 pupil's child protection plan (stepfather's domestic "
        "abuse of his mother; the pupil pushed into a door), typed into the school's safeguarding record: "
        "the council's actions copied into a # | Action | Lead | By when | Evidence table, then the school's "
        "own actions as bullets. Pupil voice and meeting dates are there, but no outcomes and no "
        "contingency were copied across. Faults: O001, C001, R002; a police row with no evidence (M001); "
        "'All staff' with 'improvement in Kacper's mood' (W002, M002); an IDVA referral 'ASAP' (T002); the "
        "primary school's row with no date (T001); the Head of Year checking 'as and when needed' (T002)."
    ),
    "text": """\
# Mellingford Academy – Safeguarding Record

**STRICTLY CONFIDENTIAL – DSL and deputies only. Do not print or forward.**

**Record type:** Child Protection Plan – school copy
**Pupil:** Kacper NOWAK (DOB 19/07/2012), Year 8, tutor group 8EL
**Sibling:** Zofia NOWAK (7), Year 2, St Anne's CE Primary (also subject to a CP plan)
**Address:** 31 Foundry Lane, Mellingford
**Lives with:** Agnieszka Nowak (mother). Lee Barlow (stepfather) not at the address – police bail.
**Plan made at:** Initial Child Protection Conference, 14/03/2025, Mellingford Town Hall
**Category:** Emotional abuse
**Social worker:** Jade Whitlock, Mellingford Borough Council, Safeguarding Team 2 (07700 900412)
**School staff who attended:** Mr R. Coates (DSL)
**Entered by:** R. Coates, 17/03/2025

## Summary of concerns (from the ICPC report)

On 22/02/2025 Lee Barlow assaulted Agnieszka in the kitchen. Kacper tried to pull
him away and was pushed into the door frame; PE staff saw a bruise on his upper
arm on 24/02 and Kacper disclosed to Ms Ellison (form tutor). Lee was arrested
and is on police bail not to attend Foundry Lane or contact Agnieszka. This is
the fourth police call-out to the address since 2023. Agnieszka speaks good
English; Polish interpreter used for conference at her request. Kacper's
attendance this year is 89%, with most absences on Mondays. No concerns about
his learning. Zofia's school report she has been quiet and tearful.

## Pupil voice

Kacper talked to Ms Ellison on 10/03/2025 and to the social worker at school on
12/03/2025. He said: "I'm not scared of him. I'm scared for Mum." He said he
doesn't sleep well "in case he comes back" and that he stays up until Mum goes
to bed. He wants to keep going to football club on Thursdays and does not want
his friends to know "any of this". He would like to talk to someone in school
but "not in the office where everyone sees you go in".

## Actions from the child protection plan (copied from the LA plan dated 14/03/2025)

| # | Action | Lead | By when | Evidence |
|---|---|---|---|---|
| 1 | SW to visit the family home and see Kacper and Zofia on their own each visit | Jade Whitlock (SW) | Fortnightly | Visit records with each child's views written down |
| 2 | Kacper to be offered weekly sessions with the school counsellor, in the Wellbeing Hub rather than the main office | Mrs S. Patel, pastoral lead | From w/c 24/03/2025 | Sessions logged on SafeRecord; Kacper's own rating each session |
| 3 | Agnieszka to complete the Freedom Programme at Mellingford Women's Centre | Agnieszka Nowak | 12-week course starting 02/04/2025 | Certificate of completion seen by SW |
| 4 | Police to check Lee Barlow's compliance with bail conditions and inform SW of any breach | Mellingford Police, DA Safeguarding Unit | Same day as any breach | |
| 5 | School to send Kacper's attendance to the SW and report any concerns the same day | Mr R. Coates (DSL) | Weekly – every Friday | Attendance printout emailed to SW |
| 6 | Staff to be aware of Kacper's circumstances and look out for changes in his presentation in lessons | All staff | Daily | Improvement in Kacper's mood |
| 7 | Referral to the IDVA service for Agnieszka | Jade Whitlock (SW) | ASAP | Referral accepted by Mellingford Domestic Abuse Service |
| 8 | Zofia's school to complete a "My Safe People" hand with Zofia and share it with the SW | St Anne's CE Primary (Mrs Hollis, DSL) | - | Completed hand scanned to the SW |

## School actions

- Mr Coates (DSL) will add a CP plan alert to Kacper's SafeRecord file and brief his form tutor and Head of Year by 21/03/2025; the alert and the briefing note will show on SafeRecord.
- Ms Ellison (form tutor) will check in with Kacper at registration every morning and log anything he says about home on SafeRecord the same day.
- Mr Dunne (Head of Year 8) will check Kacper's behaviour points and detentions as and when needed, and record any pattern on SafeRecord.

## Meetings

- Core group every 4 weeks at Mellingford Family Centre, 1.30pm: 03/04/2025, 01/05/2025, 29/05/2025. Mr Coates to attend and take the school's attendance and SafeRecord summary.
- Review Child Protection Conference: 12/06/2025, 10am, Mellingford Town Hall. School report due to SW by 05/06/2025.

## Notes

Full LA plan held in the locked DSL cabinet (paper copy only). SafeRecord alert
set on 17/03/2025. Next DSL file review: after core group 1.
""",
    "findings": [
        F("M001", "Police to check Lee Barlow's compliance with bail conditions"),
        F("W002", "look out for changes in his presentation in lessons"),
        F("M002", "look out for changes in his presentation in lessons"),
        F("T002", "Referral to the IDVA service for Agnieszka"),
        F("T001", "complete a \"My Safe People\" hand with Zofia"),
        F("T002", "check Kacper's behaviour points and detentions as and when needed"),
        F("O001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. England: early help family plan stepped up to child protection, still
#    on the early help "Team Around the Family" template, family-friendly
#    voice (docx, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_mickleshaw_early_help_taf_template_stepped_up_garside.docx",
    "doc_title": "Our Family Plan - the Garside family (child protection plan)",
    "split": "heldout",
    "actions": 12,
    "template": "early-help-taf-family-plan-docx-stepped-up-to-cp-family-friendly-voice-who-is-in-our-family-table-going-well-worried-grid-scaling-goals-then-what-needs-to-happen-who-by-when-how-well-know-table",
    "description": (
        "A family plan for a 10-year-old, a 6-year-old and an 18-month-old after eight months of early "
        "help (father's cocaine and cannabis use and drug debt, mother's anxiety, home conditions), "
        "stepped up to an initial child protection conference and still written on the early help Team "
        "Around the Family template in a family-friendly voice: who's in our family, a going well / worried "
        "grid, scaling, goals, then What needs to happen | Who will do it | By when | How we'll know. "
        "Faults: the school will 'keep an eye on him' (M002); Brooke's young carers row has '-' as owner "
        "(W001); 'Family' owns keeping the house drug-free (W002); the health visitor's row has no date "
        "(T001); Stacey's GP row has no measure (M001); no adult service owns an action although Liam's "
        "drug use and Stacey's anxiety are recorded (F004); Nan and Auntie carry part of the plan but the "
        "safety plan does not say what happens if they can't (C003); review conference 'date to be "
        "confirmed' (R001)."
    ),
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("title", "Our Family Plan"),
        ("p", "Mickleshaw Council · Early Help and Family Hubs · Team Around the Family (TAF) plan"),
        ("p", "This plan started as our early help plan in July 2024. At the initial child protection "
              "conference on 20 March 2025 Brooke, Harley and Lacey were made subject to child protection "
              "plans (category: neglect). We have kept the same plan so that the family recognise it, and "
              "added what the conference asked for. Lead professional from today: Dawn Ashby, social worker. "
              "Jo Fairclough (family support worker, Mickleshaw Family Hub) stays involved."),
        ("h1", "Who's in our family"),
        ("table", {
            "header": ["Name", "Who they are"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Stacey Garside (28)", "Mum"],
                ["Liam Garside (30)", "Dad"],
                ["Brooke (10)", "Year 5, Lane End Primary"],
                ["Harley (6)", "Year 1, Lane End Primary"],
                ["Lacey (18 months)", "At home with Mum"],
                ["Pauline Hirst", "Nan (Stacey's mum), lives on Sefton Walk, five minutes away"],
                ["Nicola Garside", "Auntie (Liam's sister), lives in Ollerton Road"],
            ],
        }),
        ("h1", "How things are"),
        ("table", {
            "header": ["What's going well", "What we're worried about"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Stacey and Liam love their children and the children are close to them and to Nan. "
                 "Brooke and Harley are nearly always in school. Stacey has kept every TAF meeting. Liam "
                 "has been honest about his drug use and says he wants to stop.",
                 "Liam uses cocaine at weekends and cannabis most days, and owes money to the people who "
                 "supply him. In February the front window was smashed at night and a man came to the door "
                 "asking for Liam while the children were in. The house is often cluttered and smells of "
                 "cannabis; Lacey has missed her 12-month jabs and two health visitor appointments. "
                 "Stacey says her anxiety has been bad since Lacey was born and some days she cannot go out. "
                 "Brooke does a lot of looking after Lacey."],
            ],
        }),
        ("p", "Where are we now? On a scale of 0 (the children are not safe at home) to 10 (things are good "
              "enough for the plan to end), Stacey said 5, Liam said 6, Jo said 4 and Dawn said 3."),
        ("h1", "What the children say"),
        ("p", "Brooke: \"I don't like it when Dad's friends come round late, they're loud and I have to get "
              "Lacey back to sleep.\" She said the window getting smashed \"was the scariest thing ever\" and "
              "that she likes it best at Nan's \"because it's calm\". She wants to go to Brownies."),
        ("p", "Harley drew his house with a big black window and said \"bad men did that\". He says his "
              "favourite thing is when Dad takes him to the park on his bike."),
        ("p", "Lacey is walking and says \"Mama\" and \"Nana\". When Dawn visited she was in a vest and "
              "nappy on a cold morning, crawled to Brooke when she cried, and ate a whole yoghurt quickly."),
        ("h1", "Our goals for Brooke, Harley and Lacey"),
        ("bullets", [
            "Brooke, Harley and Lacey live in a house that is safe, warm and free from drugs, where nobody "
            "comes to the door to threaten Dad.",
            "Lacey has all her jabs and health checks and is seen by her health visitor.",
            "Brooke gets to be a 10-year-old and doesn't have to look after Lacey at night.",
            "Harley and Lacey have a bedtime routine and get enough sleep.",
        ]),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Who will do it", "By when", "How we'll know it's working"],
            "widths": [6.2, 3.4, 2.8, 4.6],
            "rows": [
                ["Go to the Mickleshaw Recovery Hub drop-in and ask for a drug assessment",
                 "Liam",
                 "By Friday 28 March",
                 "Liam shows Dawn his appointment letter"],
                ["Visit the house and see Brooke, Harley and Lacey, and talk to Brooke and Harley on their "
                 "own",
                 "Dawn Ashby (social worker)",
                 "Every week, with one visit a month after 6pm",
                 "Dawn writes down what the children say and shares it at every core group"],
                ["Have Brooke and Harley for tea and a bath at Nan's on Wednesdays and Fridays",
                 "Nan (Pauline Hirst)",
                 "Every Wednesday and Friday",
                 "Brooke and Harley tell Dawn about their evenings at Nan's; Pauline texts Dawn if they "
                 "don't come"],
                ["Take Lacey to the surgery for her missed 12-month jabs",
                 "Auntie Nicola",
                 "Wednesday 26 March, 9.40am",
                 "Lacey's red book and the GP record show the jabs were given"],
                ["Fix the broken window and put a stair gate up for Lacey",
                 "Stacey and Liam",
                 "By 4 April",
                 "Dawn sees the window fixed and the gate up at her next visit"],
                ["Help Stacey and Liam set up a bedtime routine for Harley and Lacey",
                 "Jo Fairclough (family support worker)",
                 "Two evenings a week for 6 weeks from 24 March",
                 "Bedtime chart shows Lacey in bed by 7.30pm and Harley by 8pm on 5 nights out of 7"],
                ["Check on Harley each morning, including whether he has had breakfast",
                 "Lane End Primary (Mrs Shah, DSL)",
                 "Every school day",
                 "School will keep an eye on him"],
                ["Brooke to be offered a young carers assessment and a place at Brownies",
                 "-",
                 "By the end of April",
                 "Assessment done and talked through with Brooke"],
                ["Keep the house free of drugs and make sure nobody smokes cannabis around the children",
                 "Family",
                 "Every day from 20 March",
                 "No drugs or smell of cannabis found at Dawn's visits, announced or not"],
                ["Home visit to weigh Lacey and check how she is walking, talking and playing",
                 "Claire Mottershead (health visitor)",
                 "",
                 "ASQ scores and Lacey's weight in her red book, shared with Dawn"],
                ["Talk to her GP about her anxiety and what help there is",
                 "Stacey",
                 "By 28 March",
                 ""],
                ["Sort out a plan for the money Liam owes, with Mickleshaw Money Advice",
                 "Jo Fairclough (family support worker)",
                 "First appointment by 31 March",
                 "A written debt plan agreed with Liam and Stacey"],
            ],
        }),
        ("h1", "If things don't go to plan (our safety plan)"),
        ("p", "If Liam uses drugs in the house, if Dawn or Jo find drugs or smell cannabis at a visit, or if "
              "anyone comes to the house making threats, Stacey will ring 999 and take the children to Nan's "
              "on Sefton Walk, and Dawn (or the emergency duty team) will hold a strategy discussion the same "
              "day. Liam will not come back to the house until that discussion has agreed he can."),
        ("p", "If things have not changed by the review conference, Dawn will ask her manager for a legal "
              "planning meeting."),
        ("h1", "Our meetings"),
        ("p", "TAF meetings now become core group meetings, every 4 weeks at Mickleshaw Family Hub, 9.30am: "
              "Wednesday 2 April, 30 April and 28 May 2025. Review child protection conference: date to be "
              "confirmed."),
        ("p", "Signed by Stacey Garside and Liam Garside on 20 March 2025. \"We want the kids to be happy and "
              "we know we have to change.\""),
    ],
    "findings": [
        F("M002", "Check on Harley each morning, including whether he has had breakfast"),
        F("W001", "Brooke to be offered a young carers assessment"),
        F("W002", "Keep the house free of drugs and make sure nobody"),
        F("T001", "Home visit to weigh Lacey and check how she is walking"),
        F("M001", "Talk to her GP about her anxiety and what help"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. England: child-friendly plan written to a 12-year-old at risk of
#    exploitation, with police, youth work, school and school nurse
#    (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_mardenholt_my_plan_written_to_tia_bennett.md",
    "split": "heldout",
    "actions": 12,
    "template": "child-friendly-cp-plan-md-written-to-the-child-second-person-why-there-is-a-plan-what-you-told-us-what-we-want-for-you-then-whats-going-to-happen-who-when-how-well-know-table-if-something-goes-wrong-meetings",
    "description": (
        "A child protection plan written to a 12-year-old girl in her own words and second person after "
        "she went missing and was found with older men (risk of exploitation outside the family): why "
        "there is a plan, what Tia told us, what we want for you, then What's going to happen | Who | When "
        "| How we'll know it's working, with the police exploitation team, the return home interview, "
        "youth work, school, the school nurse, Mum and Aunty Joanne. The contingency names missing-episode "
        "triggers and responses, covers Aunty Joanne not being able to help, and names a legal planning "
        "meeting; core group dates and the review conference are set. Exemplary."
    ),
    "text": """\
# My Plan – Tia Bennett

*This is your child protection plan, Tia. It was agreed at the meeting (the child
protection conference) on Tuesday 25 March 2025. Kerry, your social worker, wrote
it for you the next day. If there is anything you don't understand, or anything you
think is wrong, tell Kerry and she will change it or explain it.*

**Mardenholt City Council – Children's Services – Adolescent Safeguarding Team**
Your social worker: Kerry Walsh (07700 900388). The person who chaired the meeting: Martin Oyelaran.

## Why there is a plan

Since Christmas you have been missing from home five times. The last time, on
8 March, the police found you at 1am in a car in Thornwick with two men who are
much older than you. The men have been giving you vapes, lifts and money for your
phone. Everyone at the meeting agreed that these men are trying to get you to
trust them so they can use you, and that you are not to blame for any of it. Mum
has been trying to keep you safe but she can't do it on her own, and that is why
there is a plan. You, Mum and Kai (8) live at 14 Larch Grove.

## What you told us

You told Kerry on 19 March: "Everyone's making a big deal. They're my mates, they
look out for me." You also said that the night in Thornwick "got a bit scary" when
they wouldn't drive you home, and that you "didn't know where I was". You said you
miss dance, that you hate it when Mum shouts, and that you feel safest at Aunty
Joanne's. You wanted the meeting to know that you are "not stupid" and that you
want your phone back. You scored how safe you feel at 6 out of 10.

Kai told Kerry he gets worried when you're not home at night and that he stays up
to wait for you.

## What we all want for you

- You are safe: you stop going missing, and the men from the red car are not in your life.
- You are in school every day and back doing things you enjoy, like dance.
- You know how to spot when someone is trying to use you, and you have adults you trust to tell.
- Mum and you get on better and you feel listened to at home.

## What's going to happen

| What's going to happen | Who | When | How we'll know it's working |
|---|---|---|---|
| Kerry will see you on your own, somewhere you choose, and ask how things are | Kerry Walsh, your social worker | Every week until the review meeting | Kerry writes down what you tell her and reads it back to you before she leaves |
| Sam will meet you for an activity and a chat about staying safe online and with older people | Sam Igwe, Reach Out youth worker | Every Tuesday after school, 4pm to 5.30pm | Sam's session notes; you and Sam fill in the "how safe do I feel" scale every month |
| The police will give each of the two men a warning notice that they must not be with you or contact you | DC Amir Shah, Mardenholt Police Missing and Exploitation Team | By Friday 11 April | Kerry sees a signed copy of each notice and tells you and Mum when they have been given |
| Mum will report you missing to the police if you are not home 30 minutes after your agreed time, and tell Kerry | Mum (Michelle Bennett) | Every time you are late home | The police log and Kerry's records show each report |
| Someone from Reach Out will talk to you after any time you go missing, to find out what happened and what would help | Sam Igwe, Reach Out (return home interviews) | Within 72 hours of you coming home | The return home interview is written up and sent to Kerry and DC Shah |
| Mrs Akhtar will check you are in school each morning and ring Mum and Kerry by 9.30am if you are not | Mrs Akhtar, Head of Year 7, Mardenholt High | Every school day | Your attendance goes back above 95% by the May half-term |
| The school nurse will see you for a health check and to talk about relationships and keeping your body safe | Fran Leigh, school nurse | By Friday 2 May, then once every half-term | Fran sends Kerry a note after each time she sees you |
| Mum and you will agree your phone and social media rules, and look at your phone together | Mum (Michelle Bennett), with Kerry's help | Rules agreed by 4 April; phone check together every Sunday | The signed phone agreement on the fridge and the Sunday chart ticked |
| You will stay at Aunty Joanne's on Friday nights and she will take you to dance on Saturday morning | Aunty Joanne Bennett | Every Friday night until the review meeting | Joanne texts Kerry each Saturday to say you were there and went to dance |
| Kerry will book you back into the Saturday street dance class you asked for | Kerry Walsh, your social worker | By Saturday 12 April | The dance register shows you going |
| Mum will go to the Parenting Teens group at the Family Hub to get ideas for keeping you safe and getting on | Mum (Michelle Bennett) | Thursday mornings for 8 weeks from 3 April | The group leader sends Kerry Mum's attendance and her end-of-course notes |
| Kerry will talk to Kai on his own about how things are at home for him | Kerry Walsh, your social worker | Every 2 weeks | Kai's words written in Kerry's notes and shared at the core group |

## If something goes wrong

- **If you go missing:** Mum will ring 999 straight away if she thinks you are in danger, or 101 if not, and then ring Kerry (or the out of hours team). The police will look for you and bring you home, and Kerry will hold a strategy meeting the same day.
- **If you are seen with the men from the red car, or get into a car with an adult we don't know:** the police will come and find you, and DC Shah will arrest anyone who breaks a warning notice.
- **If it is not safe for you to be at home for a night:** you will stay with Aunty Joanne at 6 Rowan Close. If Aunty Joanne can't have you on a Friday or in an emergency, you will stay at home with Mum and Kerry will arrange for Sam to take you to dance; in an emergency when Joanne can't have you, Kerry will find you a foster carer for that night.
- **If things are not getting safer:** if you go missing twice more before the review meeting, or you are found with the men again, Kerry will ask the council's lawyers for a meeting called a legal planning meeting, to decide whether the court needs to be involved to keep you safe.

## Meetings about your plan

- The core group (Mum, Kerry, Sam, Mrs Akhtar, Fran and DC Shah) meets every 3 weeks at Mardenholt High, 3.30pm: Tuesday 8 April, 29 April, 20 May and 10 June 2025. You can come to the first half of each one, or tell Kerry what you want said.
- The review meeting (review child protection conference) is on Tuesday 24 June 2025 at 10am at Mardenholt Civic Centre. You can come, write a letter, or have an advocate speak for you.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. England: long review conference plan written as one numbered Word list
#    under area headings, built around the mother's mental health (docx,
#    faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_millchester_rcpc_numbered_list_by_area_mottram.docx",
    "doc_title": "Review Child Protection Conference - Child Protection Plan - Riley and Ava Mottram",
    "split": "heldout",
    "actions": 18,
    "template": "rcpc-plan-docx-kv-details-progress-prose-childrens-views-outcomes-bullets-then-h2-area-headings-one-running-list-number-of-sentence-actions-owner-first-contingency-meetings",
    "description": (
        "Review conference plan for a 7-year-old and a 2-year-old (mother's recurrent depression and an "
        "overdose in January, domestic abuse by the children's father, who now has supervised contact). "
        "Eighteen sentence actions in one running Word numbered list under area headings, ten of them "
        "about Leanne's own health, money and support with no link to the children (F001). Faults: the "
        "CMHT care coordinator only supports and the psychiatrist only reviews medication (H001 x2); "
        "'mood is more stable', 'feels supported', 'engagement recorded' and 'presentation to be "
        "monitored' as measures (M002 x4); the IDVA 'as required', tenancy support 'ongoing' and a nursery "
        "place 'asap' (T002 x3); tenancy support and a young carer's assessment with no measure (M001 x2); "
        "a passive contact row (W001); 'All professionals' (W002); two outcomes only about Leanne (F002 x2); "
        "a specific contingency but nothing on legal planning (R002)."
    ),
    "font": "Times New Roman",
    "font_size": 11,
    "blocks": [
        ("title", "Review Child Protection Conference: Child Protection Plan"),
        ("p", "Millchester City Council · Children's Social Care · Safeguarding and Assessment Service, Team 4"),
        ("kv", [
            ("Children", "Riley Mottram (7), Year 2, St Bede's RC Primary; Ava Mottram (2), at home"),
            ("Mother", "Leanne Mottram (34), 27 Tanners Row, Millchester"),
            ("Father", "Jason Kirby (36), lives in Holcroft; non-molestation order in favour of Leanne until "
                       "September 2025"),
            ("Maternal grandmother", "Pat Mottram, 41 Weaver Close, Millchester"),
            ("Initial conference", "6 January 2025 (category: neglect)"),
            ("This conference", "First review child protection conference, 31 March 2025, Millchester Town "
                                "Hall, Room 12"),
            ("Decision", "Riley and Ava remain subject to child protection plans under the category of neglect"),
            ("Social worker", "Sharon Pike"),
            ("Chair", "Adrian Whitworth, Independent Conference Chair"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Leanne took an overdose of her medication on 9 January, three days after the initial "
              "conference, while Riley was at school and Ava was asleep upstairs. Pat found her and called an "
              "ambulance. Leanne spent four weeks on Ward 3 at Millchester General and was discharged to the "
              "Millchester Community Mental Health Team (CMHT), who see her fortnightly. The children stayed "
              "with Pat during the admission and came home on 10 February."),
        ("p", "Since then the house has been kept much cleaner, and Riley's attendance has risen from 84% to "
              "91%. Leanne is taking her medication but told conference that most days she only manages to "
              "get up for the school run. Jason breached the non-molestation order in February by turning up "
              "at the school gate; he was arrested and cautioned. Supervised contact between Jason and the "
              "children started on 1 March. Leanne has rent arrears of about £1,400 and is worried about "
              "losing the flat."),
        ("h1", "The children's views"),
        ("p", "Riley told Sharon at school on 24 March: \"I look after Mummy when she's sad. I make her a "
              "cup of tea and get Ava her milk.\" He said he was \"really scared\" when Mummy went to "
              "hospital and that he liked staying at Nana Pat's \"because she does proper dinners\". He wants "
              "to see his dad but \"not if he shouts\". He asked whether Mummy will be poorly again."),
        ("p", "Ava is a lively, smiley toddler who says a few single words. At visits she takes toys to Leanne "
              "and climbs onto her lap; on two visits Leanne was in bed at 11am and Ava was in the cot with a "
              "bottle. At contact she runs to her dad and plays happily."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Riley and Ava are cared for every day by a parent who is well enough to meet their needs, get "
            "them to school and nursery and keep them safe.",
            "Leanne's mental health will improve and she will engage with all services offered.",
            "Leanne will be free from domestic abuse and will feel safe in her own home.",
        ]),
        ("h1", "Child protection plan"),
        ("h2", "Leanne's mental health"),
        ("numbers", [
            "Paul Haskins (care coordinator, Millchester CMHT) to continue fortnightly home visits to support "
            "Leanne with her mood and medication, so that Leanne's mood is more stable.",
            "Dr Farida Qureshi (consultant psychiatrist, Millchester CMHT) to review Leanne's antidepressant "
            "and mood stabiliser in outpatient clinic by 30 May 2025 and send a clinic letter to the GP and "
            "the SW.",
            "Leanne to take her medication as prescribed every day and collect her prescription weekly from "
            "Boots on Market Street; the pharmacy collection record will be checked by the SW.",
            "Dr Imran Ansari (GP, Canal Street Surgery) to see Leanne monthly to review her sleep and physical "
            "health, recorded on the GP record and summarised in a letter for each core group.",
        ]),
        ("h2", "Domestic abuse"),
        ("numbers", [
            "Leanne to complete the 12-week Freedom Programme at Millchester Women's Centre from 1 May 2025, "
            "with a certificate of attendance sent to the SW.",
            "Tanya Briggs (IDVA, Millchester Domestic Abuse Service) to support Leanne through the family "
            "court hearing and the non-molestation order as required, so that Leanne feels supported.",
            "Contact between Riley and Ava and their father to take place at Millchester Contact Centre every "
            "other Saturday, with contact notes sent to the SW.",
        ]),
        ("h2", "Housing and money"),
        ("numbers", [
            "Leanne to be supported by the Millchester Homes tenancy support officer with her rent arrears "
            "and housing register bid, ongoing.",
            "Citizens Advice Millchester to complete a benefits check with Leanne by 16 May 2025 and give her "
            "a written summary of what she is entitled to.",
            "Leanne to tell her Jobcentre work coach about her health by 30 May 2025 so that her Universal "
            "Credit claim is reassessed, showing the SW the entry in her UC journal.",
            "SW (Sharon Pike) to support Leanne to attend her CMHT and GP appointments each week, with "
            "Leanne's engagement recorded.",
        ]),
        ("h2", "Riley and Ava"),
        ("numbers", [
            "Sharon Pike (SW) to visit the home fortnightly, seeing Riley on his own and Ava awake, and to "
            "write down what Riley says and what was seen of Ava's care.",
            "Amy Thornton (health visitor) to complete Ava's 2-year review (ASQ-3) at home by 13 May 2025 and "
            "share the scores with the SW.",
            "Mrs Dean (ELSA, St Bede's) to see Riley weekly for emotional literacy sessions, with Riley's "
            "presentation in class to be monitored.",
            "SW to apply for a funded 2-year-old nursery place for Ava at Little Owls asap, with the start "
            "date confirmed in writing by the nursery.",
            "All professionals to share any concern about Riley or Ava with the SW on the same day, logged on "
            "the children's file.",
            "Millchester Young Carers to complete a young carer's assessment with Riley by 30 June 2025.",
            "Leanne to get Riley to school by 8.45am every day, with St Bede's attendance officer sending his "
            "attendance figures to the SW every Friday.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Leanne tells anyone she is thinking of ending her life or has self-harmed while Riley and Ava "
              "are in her care, or if Jason comes to the flat or the school in breach of the non-molestation "
              "order, the professional who knows will call 999. Riley and Ava will be cared for by Pat "
              "Mottram at 41 Weaver Close until the SW has held a strategy discussion, which will be the same "
              "working day. Out of hours the Emergency Duty Team will take the lead."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every 4 weeks at St Bede's, 1.30pm: 14 April, 12 May, 9 June and 7 July "
              "2025. Second review child protection conference: 29 September 2025, 10am, Millchester Town "
              "Hall."),
        ("p", "Plan circulated by the Conference Administrator, Millchester Safeguarding Unit, 2 April 2025."),
    ],
    "findings": [
        F("H001", "to continue fortnightly home visits to support Leanne with her mood"),
        F("M002", "to continue fortnightly home visits to support Leanne with her mood"),
        F("H001", "to review Leanne's antidepressant and mood stabiliser in outpatient clinic"),
        F("T002", "to support Leanne through the family court hearing"),
        F("M002", "to support Leanne through the family court hearing"),
        F("W001", "Contact between Riley and Ava and their father to take place"),
        F("T002", "supported by the Millchester Homes tenancy support officer"),
        F("M001", "supported by the Millchester Homes tenancy support officer"),
        F("M002", "to support Leanne to attend her CMHT and GP appointments"),
        F("M002", "to see Riley weekly for emotional literacy sessions"),
        F("T002", "apply for a funded 2-year-old nursery place for Ava"),
        F("W002", "share any concern about Riley or Ava with the SW"),
        F("M001", "Millchester Young Carers to complete a young carer's assessment"),
        F("F001"),
        F("F002", "Leanne's mental health will improve and she will engage"),
        F("F002", "Leanne will be free from domestic abuse"),
        F("R002"),
    ],
})
