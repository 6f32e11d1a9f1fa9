"""Batch 104, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans led or strongly shaped by agencies other than children's social
care, each in that agency's own voice, headings and order: a youth justice
intervention plan for a 15-year-old at risk of criminal exploitation; a
probation officer's risk management plan where the father is on licence; a
housing officer's personalised housing plan for a family in a B&B; a
police-led domestic abuse safety plan after MARAC; a children's hospital
complex discharge plan for a disabled child going home; a children's home
placement plan for a looked-after teenager who is on a hospital ward; and a
health visitor's safeguarding health action plan for premature twins. Each
still has outcomes, actions, a contingency, the child's voice and review
arrangements. The MARAC plan (docx) and the discharge plan (pdf) are
exemplary; the other five carry a realistic mix of faults among good rows.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Youth justice service's joint intervention plan and CP plan for a
#    15-year-old on a Referral Order, at risk of criminal exploitation.
#    AssetPlus domains merged down the first column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_kestlewade_yjs_intervention_plan_domains_maddox.docx",
    "doc_title": "Joint Intervention Plan and Child Protection Plan - Reece Maddox",
    "split": "heldout",
    "actions": 14,
    "template": "youth-justice-word-plan-details-list-assetplus-summary-childs-words-strengths-outcomes-then-domain-merged-down-what-will-happen-who-by-when-how-well-know-table-contingency-and-risk-management-reviewing",
    "description": (
        "Youth justice service's joint intervention and child protection plan for a 15-year-old on a "
        "Referral Order who is being drawn into a county line, written in the YJS's Child First voice "
        "with AssetPlus domains merged down the first column. Most rows are sound (twice-weekly "
        "sessions, fortnightly SW visits, warning notices, return home interviews, an alternative "
        "provision place). Faults: the NRM referral has no measure, 'All partner agencies' own the "
        "intelligence sharing, boxing mentoring is 'As and when' measured by 'Engagement', drug "
        "service sessions are 'Ongoing', one outcome is only about mum's confidence; mum's "
        "depression and cannabis use are recorded but no adult service has an action, and the "
        "contingency has no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE - Kestlewade Youth Justice Service",
    "footer": "Reece Maddox - Joint Intervention and Child Protection Plan - Page {PAGE} of {NUMPAGES}",
    "check_vmerge": 5,
    "blocks": [
        ("title", "Joint Intervention Plan and Child Protection Plan"),
        ("p", "Kestlewade Youth Justice Service, working with Kestlewade Children's Social Care · Child First"),
        ("kv", [
            ("Child", "Reece Maddox, 15, DOB 14/02/2010"),
            ("Lives with", "Donna Maddox (mum, 41) and Lily-Mae Maddox (sister, 9), 22 Tansy Court, Kestlewade KW4 6LP"),
            ("Father", "Scott Maddox, lives in Alicante; phones Reece on his birthday and at Christmas"),
            ("Court order", "Referral Order, 9 months, made at Kestlewade Youth Court on 12/08/2025 (possession of a "
                            "bladed article). Youth Offender Panel contract signed 02/09/2025"),
            ("Child protection", "Initial child protection conference 16/09/2025, chair Andrew Kettering. Category: "
                                 "physical abuse (risk of criminal exploitation)"),
            ("YJS case manager", "Kerry Ogundipe (lead for the YJS)"),
            ("Social worker", "Sam Petrakis, Kestlewade Adolescent Safeguarding Team"),
            ("Education", "Permanently excluded from Kestlewade Academy on 11/07/2025; no school place since"),
        ]),
        ("h1", "Assessment summary (AssetPlus, completed 05/09/2025)"),
        ("p", "On 27/07/2025 Reece was stopped by British Transport Police at Harmsworth station, forty miles from "
              "home, with a kitchen knife, £380 in cash and two phones. Donna had reported him missing two days "
              "earlier. He has been missing four times since May, each time for one or two nights, and twice came "
              "home in new trainers and clothes that Donna had not bought. Police intelligence links him to two "
              "adult men who run a drug line from Kestlewade to Harmsworth, and a grey Audi has been seen "
              "collecting him from the end of Tansy Court. Reece was excluded in July after bringing a knife into "
              "school. Donna has depression and smokes cannabis most evenings; she says she has 'given up' trying "
              "to keep Reece in and sometimes does not know where he is until the morning."),
        ("p", "Safety and wellbeing: high. Risk of serious harm: medium. Likelihood of reoffending: medium. The "
              "YJS sees Reece first as a child who is being exploited."),
        ("h1", "What Reece says"),
        ("p", "Reece met Kerry three times before this plan. In his words: “I'm not a drug dealer. I was doing a "
              "favour. They look after me, they buy me food.” “If I stop going they'll come to the house, so it's "
              "better I just go.” He misses boxing and his grandad's dog, and would like to be a mechanic. He "
              "scored how safe he feels out in Kestlewade at 3 out of 10 and at home at 8 out of 10. He does not "
              "want his sister to know what he has been doing."),
        ("p", "Lily-Mae (seen at home, 10/09/2025): “I stay awake until Reece gets in. Mum cries when he doesn't "
              "come home.”"),
        ("h1", "Strengths"),
        ("p", "Reece trained at Kestlewade Boxing Academy until last year and his coach still asks after him. He "
              "is close to his grandad, Terry, and protective of his sister. He kept every YJS appointment in "
              "August. Donna loves him, has called the police every time he has gone missing, and wants help."),
        ("h1", "Outcomes we are working towards"),
        ("bullets", [
            "Reece is home, safe, by 9.30pm every night and is no longer collected by the adults who are "
            "exploiting him.",
            "Reece is in full-time education by the October half-term and has a plan for a mechanics course "
            "next September.",
            "Reece and Lily-Mae can each name a trusted adult they would go to if they were frightened.",
            "Donna feels more confident and less stressed as a parent.",
        ]),
        ("h1", "Intervention plan"),
        ("p", "The domains follow the AssetPlus headings. Read each row across."),
        ("table", {
            "header": ["Domain", "What will happen", "Who", "By when", "How we'll know it has worked"],
            "widths": [2.6, 5.2, 3.2, 2.6, 3.4],
            "bold_first_col": True,
            "rows": [
                ["Safety and wellbeing",
                 "Meet Reece twice a week for his Referral Order sessions, one at home and one at the YJS office, "
                 "covering exploitation, his safety plan and money",
                 "Kerry Ogundipe, YJS case manager", "Twice a week from 17/09/2025",
                 "Contacts recorded on ChildView every week; Reece's written safety plan updated at the first "
                 "session of each month"],
                [V, "Visit Reece and Lily-Mae at home, at least one visit a month unannounced, and see Reece on his "
                    "own each time",
                 "Sam Petrakis, SW", "Every two weeks from 18/09/2025",
                 "Visit records show both children seen and Reece seen alone, with his words written down"],
                [V, "Complete and submit a National Referral Mechanism referral for Reece as first responder",
                 "Sam Petrakis, SW", "By 26/09/2025", ""],
                [V, "Pass on any sighting of the grey Audi or of the adults named in the police briefing",
                 "All partner agencies", "Same day",
                 "Partnership intelligence forms logged by Kestlewade Police with a reference number"],
                [V, "Serve Child Abduction Warning Notices on the two men known to collect Reece, and flag him as a "
                    "child at risk of exploitation on police systems",
                 "PC Gail Hendry, Kestlewade Police Exploitation Team", "By 03/10/2025",
                 "Copies of both notices and the flag reference sent to the case manager and the SW"],
                [V, "Hold a return home interview with Reece after every missing episode",
                 "Jordan Pike, Kestlewade Missing and Exploitation Hub", "Within 72 hours of each return",
                 "Interview report on ChildView within 5 days, saying where Reece was and who with"],
                ["Desistance (staying out of trouble)",
                 "Complete 12 hours of reparation at Kestlewade Community Garden, the project Reece chose at his "
                 "panel",
                 "Reece, supervised by Mick Dunne, YJS reparation officer", "By 28/11/2025",
                 "Hours signed off in the reparation log and reported at the panel review"],
                [V, "Mentoring with a Kestlewade Boxing Academy mentor, including training sessions at the gym",
                 "Dwayne Castle, mentor", "As and when Reece is available", "Engagement"],
                ["Education, training and employment",
                 "Secure Reece a full-time place at Ridgeway Alternative Provision, with a timetable that includes "
                 "the motor vehicle taster course",
                 "Helen Marr, Inclusion Officer, Kestlewade Education Service", "Start by 06/10/2025",
                 "Start letter and timetable on file; Reece on roll at Ridgeway from 06/10/2025"],
                [V, "Check Reece's attendance each morning and ring the case manager and the SW by 10am if he is "
                    "not in",
                 "Mr Tariq Bashir, DSL, Ridgeway Alternative Provision", "Every school day from Reece's start date",
                 "Attendance emailed to the YJS every Friday; every call logged on CPOMS"],
                ["Family",
                 "Eight-week 'Safer Together' parenting course for Donna on boundaries, curfews and the signs of "
                 "exploitation",
                 "Donna Maddox, with Amrit Gill, YJS parenting worker", "Weekly from 22/09/2025 to 10/11/2025",
                 "Attendance record and Amrit's end-of-course report to the core group"],
                [V, "Keep a written log of when Reece goes out and comes in, and report him missing to police on 101 "
                    "if he is not home by 9.30pm",
                 "Donna Maddox (mum)", "Every evening from 16/09/2025",
                 "Log seen by the case manager at each home session; missing reports match the police log"],
                ["Health",
                 "Health assessment with the YJS nurse, including sleep, cannabis use and a speech and language "
                 "screen",
                 "Claire Boyle, YJS nurse", "By 10/10/2025",
                 "Health summary shared with the case manager and the SW, listing any referrals with dates"],
                [V, "One-to-one sessions on Reece's cannabis use at Compass Young People's Drug Service",
                 "Ellie Marsh, Compass young people's worker", "Ongoing",
                 "Attendance record sent to the case manager monthly"],
            ],
        }),
        ("h1", "Contingency and risk management"),
        ("p", "If Reece is not home by 9.30pm, Donna will report him missing to police on 101, or on 999 if she "
              "knows he is with the men named in the police briefing. Police will treat him as a high-risk "
              "missing child and look for him that night."),
        ("p", "If Reece is found outside Kestlewade, is found carrying a weapon, or comes home injured, the SW (or "
              "the Emergency Duty Team out of hours) will hold a strategy discussion with police the same day, and "
              "Kerry will call a Risk and Vulnerability Management meeting within 2 working days to agree where "
              "Reece can safely stay away from Kestlewade."),
        ("h1", "Reviewing the plan"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 4pm, Kestlewade YJS: 30/09/2025, 28/10/2025 and 25/11/2025.",
            "Youth Offender Panel review: 02/12/2025.",
            "Review child protection conference: 09/12/2025, 10am, Kestlewade Civic Centre.",
            "Reece has asked to come to the first part of each core group; Kerry will meet him beforehand to "
            "write down what he wants to say.",
        ]),
    ],
    "findings": [
        F("F002", "Donna feels more confident and less stressed as a parent."),
        F("M001", "Complete and submit a National Referral Mechanism referral for Reece"),
        F("W002", "Pass on any sighting of the grey Audi"),
        F("T002", "Mentoring with a Kestlewade Boxing Academy mentor"),
        F("M002", "Mentoring with a Kestlewade Boxing Academy mentor"),
        F("T002", "One-to-one sessions on Reece's cannabis use at Compass"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Probation officer's risk management plan, father on licence after a
#    violent offence against the mother; contact at the grandmother's.
#    Plain-text print, OASys four-part RMP. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_kirkwhistle_probation_risk_management_plan_sowerby.txt",
    "split": "heldout",
    "actions": 13,
    "template": "probation-plain-text-print-field-lines-sections-details-offence-and-licence-conditions-risk-summary-childrens-words-outcomes-then-oasys-four-part-rmp-numbered-actions-owner-when-evidence-fields-contingency-meetings",
    "description": (
        "Probation officer's risk management plan, written as the probation contribution to the child "
        "protection plan for a 7-year-old and a 4-year-old whose father is on licence for a serious "
        "assault on their mother and lives at an approved premises. Plain-text print with the OASys "
        "four headings (supervision, monitoring and control, interventions, safety planning). The "
        "licence conditions are listed for information, not as actions. Most rows are sound, and the "
        "alcohol service tests and reports. Faults: police home visits measured only as 'Monitored', "
        "the primary care mental health team only supports the father, nobody owns telling the mother "
        "about the licence conditions, the school's talks with the boy have no timescale; the paternal "
        "grandmother and uncle carry contact with no fallback, and the review conference is 'to be "
        "confirmed'."
    ),
    "text": """\
THE PROBATION SERVICE - KIRKWHISTLE PROBATION DELIVERY UNIT            OFFICIAL-SENSITIVE
RISK MANAGEMENT PLAN: CONTRIBUTION TO THE CHILD PROTECTION PLAN
Prepared by Lauren Tate, Probation Officer, for the core group    Printed 15/09/2025 11:04

SECTION 1: DETAILS
Person on probation .......... Darren SOWERBY, DOB 19/06/1991, CRN K482913
Current address .............. Ramsgill House Approved Premises, 3 Wharf Lane,
                               Kirkwhistle KH2 5TN (resident since 04/08/2025)
Children ..................... Mason Sowerby (7), DOB 02/04/2018
                               Ava Sowerby (4), DOB 27/01/2021
                               Both live with their mother at 41 Heathfield Road,
                               Kirkwhistle KH6 1BE
Mother ....................... Chloe Hartley (30)
Paternal grandmother ......... Brenda Sowerby, 8 Clough Street, Kirkwhistle
Paternal uncle ............... Neil Sowerby, Kirkwhistle
Child protection ............. Initial conference 11/09/2025, chair Yvonne Pearce.
                               Category: emotional abuse. Social worker: Ollie
                               Grant, Kirkwhistle Children's Services
MAPPA ........................ Category 2, Level 1
ROSH (OASys 01/09/2025) ...... High to a known adult (Chloe); medium to children

SECTION 2: INDEX OFFENCE AND LICENCE
On 18/03/2023 Darren assaulted Chloe at the family home after a day's drinking,
breaking her cheekbone. Mason, then 4, saw it from the stairs; Ava was asleep in
the next room. On 09/06/2023 at Kirkwhistle Crown Court he was sentenced to 4
years 2 months for inflicting grievous bodily harm. He was released on licence
on 04/08/2025, at the halfway point. Licence expiry: 08/08/2027.

Licence conditions (for information; the probation officer enforces them):
  LC1  Reside at Ramsgill House and keep its curfew, 11pm to 7am.
  LC2  No contact, direct or indirect, with Chloe Hartley without the prior
       approval of the supervising officer.
  LC3  Not to enter the Heathfield Road exclusion zone shown on the licence map.
  LC4  No unsupervised contact with any child under 18 without the prior
       approval of the supervising officer, in consultation with Children's
       Services.
  LC5  Attend and complete the Building Better Relationships programme.
  LC6  Attend Horizon Kirkwhistle alcohol service and comply with alcohol testing.

SECTION 3: RISK SUMMARY
Every recorded incident against Chloe (three police call-outs from 2021 to 2023)
followed a day of drinking. Darren has depression and anxiety, diagnosed in
custody, and takes sertraline. He has not drunk since release (negative tests at
the approved premises). He says he wants to be "a proper dad" and has asked to
see the children; Chloe has agreed to contact at Brenda's house. Risk will rise
if Darren drinks again, if he and Chloe restart the relationship in secret, or if
he loses his place at the approved premises.

SECTION 4: WHAT MASON AND AVA SAY
Mason (seen on his own at school by the SW, 05/09/2025): "I want to see Dad at
Nana Brenda's. I don't want him to come to our house because of last time. If he
shouts I'll go in the garden with Nana's cat." He scored how safe he feels at
home 8 out of 10 and said he was "a bit scared and a bit excited" about seeing
his dad.
Ava (seen at home, 08/09/2025) said "Daddy lives in the big house with the
gate" and asked if he could push her on the swing at Nana's. She hid behind
Chloe's legs when the SW said Darren's name, then came out to show her drawing.

SECTION 5: OUTCOMES FOR MASON AND AVA
- Mason and Ava live free from violence and never again see or hear their dad
  hurt their mum.
- Mason and Ava see their dad only at Nana Brenda's, with Brenda in the room the
  whole time, and enjoy their time with him.
- Mason feels safe to tell an adult at school or at home if he is worried about
  his dad.

SECTION 6: RISK MANAGEMENT PLAN - ACTIONS
The four headings are those of the OASys risk management plan.

6A SUPERVISION
6.1  Darren to attend his supervision appointments at Kirkwhistle Probation
     Office, Bank Street
     OWNER ..... Darren Sowerby; appointments set by Lauren Tate (PO)
     WHEN ...... Weekly, Tuesdays at 10am, until 04/11/2025; then fortnightly
     EVIDENCE .. Every appointment kept, recorded on nDelius
6.2  Help Darren find move-on accommodation from Ramsgill House, outside the
     Heathfield Road exclusion zone
     OWNER ..... Lauren Tate (PO), with Kirkwhistle Council Housing Options
     WHEN ...... Move-on address agreed by 28/11/2025
     EVIDENCE .. Address checked by police and Children's Services before he
                 moves; tenancy agreement copied to the SW
6.3  Refer Darren to Working Futures for employment and training support
     OWNER ..... Lauren Tate (PO)
     WHEN ...... Referral by 19/09/2025
     EVIDENCE .. Referral accepted and first appointment date on nDelius

6B MONITORING AND CONTROL
6.4  Tell the SW of any change in Darren's address, relationship, licence
     compliance or recall
     OWNER ..... Lauren Tate (PO)
     WHEN ...... Within 1 working day of any change
     EVIDENCE .. Email on the children's file at Kirkwhistle Children's Services
6.5  Home visits to Darren's address to check he is keeping to his licence
     conditions
     OWNER ..... PC Adam Rourke, Kirkwhistle Integrated Offender Management
     WHEN ...... Monthly, unannounced
     EVIDENCE .. Monitored

6C INTERVENTIONS AND TREATMENT
6.6  Building Better Relationships programme, 24 sessions
     OWNER ..... Darren Sowerby, with the Kirkwhistle Interventions Team
     WHEN ...... Starts 06/10/2025; two sessions a week
     EVIDENCE .. Attendance register and the post-programme report sent to the
                 SW and the core group
6.7  Alcohol assessment and key-work at Horizon Kirkwhistle, with a breath test
     at every session and a blood test each month
     OWNER ..... Nadia Rahman, recovery worker, Horizon Kirkwhistle
     WHEN ...... Assessment by 26/09/2025, then weekly key-work
     EVIDENCE .. Test results emailed to the PO and the SW each month, and any
                 positive result the same day
6.8  Monthly support appointments for Darren's low mood and anxiety
     OWNER ..... Gary Lowe, mental health practitioner, Kirkwhistle Primary
                 Care Mental Health Team
     WHEN ...... Monthly from 01/10/2025
     EVIDENCE .. Attendance confirmed to the PO after each appointment

6D SAFETY PLANNING FOR CHLOE, MASON AND AVA
6.9  Supervise Darren's contact with Mason and Ava at her home, staying in the
     room for the whole of each visit
     OWNER ..... Brenda Sowerby (paternal grandmother)
     WHEN ...... Saturdays, 10am to 12 noon, from 20/09/2025
     EVIDENCE .. Contact record signed by Brenda after each visit and shown to
                 the SW every month
6.10 Collect Mason and Ava from Chloe's home and take them back after contact,
     so that Darren and Chloe do not meet
     OWNER ..... Neil Sowerby (paternal uncle)
     WHEN ...... Every contact Saturday
     EVIDENCE .. Chloe texts the SW when the children are home; the SW checks
                 the texts at each visit
6.11 Chloe to be told of Darren's licence conditions, including the no-contact
     condition and the exclusion zone map
     OWNER ..... -
     WHEN ...... By 19/09/2025
     EVIDENCE .. Chloe signs a copy of the conditions, kept on the children's
                 file
6.12 Visit Mason and Ava at home and see Mason on his own
     OWNER ..... Ollie Grant (SW)
     WHEN ...... Every two weeks from 16/09/2025
     EVIDENCE .. Visit records with what Mason says about contact
6.13 Talk with Mason about how he feels about seeing his dad
     OWNER ..... Mrs Ruth Ellery, DSL, St Oswald's Primary School
     WHEN ...... -
     EVIDENCE .. Mason's words logged on CPOMS and passed to the SW

SECTION 7: CONTINGENCY
If Darren breaches any licence condition (contact with Chloe, entering the
exclusion zone, drinking, or missing the approved premises curfew), Lauren will
request his recall to custody the same day and tell the police. Contact with
Mason and Ava stops at once and the SW is told the same day.
If Darren comes to Heathfield Road, Chloe will ring 999; the address carries a
police warning marker.
If Darren is recalled, or Chloe lets him into the house, the SW will request a
legal planning meeting within 5 working days.

SECTION 8: MEETINGS
Core group ............ every 4 weeks, Thursdays 1.30pm, Kirkwhistle Children's
                        Services: 25/09/2025, 23/10/2025, 20/11/2025
MAPPA level 1 review .. every 12 weeks, next on 04/11/2025 (PO and police)
Review conference ..... date to be confirmed by the conference team
""",
    "findings": [
        F("M002", "Home visits to Darren's address to check he is keeping"),
        F("H001", "Monthly support appointments for Darren's low mood and anxiety"),
        F("W001", "Chloe to be told of Darren's licence conditions"),
        F("T001", "Talk with Mason about how he feels about seeing"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Housing officer's personalised housing plan for a family in a B&B room,
#    moving to temporary accommodation in another council's area.
#    Markdown, "steps we will take" / "steps you will take". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_knollbury_housing_personalised_plan_steps_nwosu.md",
    "split": "heldout",
    "actions": 13,
    "template": "housing-markdown-personalised-housing-plan-household-list-housing-situation-childrens-words-numbered-outcomes-then-action-plan-steps-we-will-take-steps-you-will-take-bullets-bold-owner-if-things-go-wrong-reviewing",
    "description": (
        "Housing officer's personalised housing plan, agreed as the child protection plan for three "
        "children (8, 5 and 7 months) living in one room of a bed and breakfast after fleeing "
        "domestic abuse, and about to move to temporary accommodation in another council's area. "
        "Markdown in the housing team's 'steps we will take / steps you will take' form; every "
        "bullet has an owner, a date and evidence. Faults: most of the actions are the mother's own "
        "benefits, money, support and appointments with no link to the children, the boy's play "
        "sessions are held back until the case transfers, with nothing to measure, the furniture "
        "grant is 'as soon as possible'; the contingency is 'if things get worse we will review' "
        "and has no legal step."
    ),
    "text": """\
# Personalised Housing Plan and Child Protection Plan

**Knollbury District Council · Housing Options and Homelessness · Family Team**
Written by Joanne Pettifer (Housing Officer) with Ben Oduya (Social Worker, Knollbury Children's Services).
Agreed at the initial child protection conference on Wednesday 17/09/2025 · Chair: Marion Yates · Category: neglect

## 1. Your household

- **Precious Nwosu**, 29: the applicant
- **Chidi Nwosu**, 8: Year 4 at Brookmead Primary
- **Amara Nwosu**, 5: Reception at Brookmead Primary
- **Tobi Nwosu**, 7 months
- Homelessness reference HO/25/1184. Main housing duty accepted on 02/09/2025 (Housing Act 1996, Part 7).

## 2. Your housing situation

Precious and the children left their home in Stanwick on 12/07/2025 after Tobi's father, Kelvin, assaulted
her. Since 15/07/2025 the family has lived in one room (room 14) at Larkspur Lodge, a bed and breakfast on
Station Road, Knollbury. That is now nine weeks, well past the six-week limit for families with children in
bed and breakfast. The room has a double bed, a travel cot and a kettle; the family share a bathroom and a
small kitchen with six other households. There is black mould around the window and the window catch is
broken. On 29/08/2025 the health visitor found Tobi asleep in the double bed between Precious and Amara, under
the duvet, with a rash on his face. Chidi and Amara have missed 6 of the first 11 school days this term
because Precious cannot afford the bus fare to Brookmead; her Universal Credit stopped when she moved.

The council has offered a self-contained two-bedroom flat at 6 Orchard Mews, Wexhall, from 13/10/2025. It is
six miles away, in Wexhall Borough Council's area, so Knollbury Children's Services will transfer the
children's case to Wexhall Children's Services. No transfer-in conference has been booked yet.

## 3. What Chidi, Amara and Tobi have told us

Chidi (seen on his own at school, 11/09/2025): *"I hate the bathroom, a man shouted at me in there. I do my
reading sitting on the bed. I want a room with a door so Tobi doesn't wake me up."* He wants to stay at
Brookmead because his best friend Marcus is there.

Amara (seen at Larkspur Lodge, 12/09/2025) said she likes the hotel breakfast and asked Ben when they will
"have our own kitchen again". She drew the room with everyone in the big bed.

Tobi is 7 months old. The health visitor saw him pull himself up on the bed frame and babble at Chidi. There is
no floor space for him to crawl, so he spends much of the day in his buggy. His eczema is worse on the side
of his face he sleeps on.

## 4. What we want for Chidi, Amara and Tobi

1. Tobi sleeps on his back in his own cot every night, in a room free of damp and mould.
2. Chidi and Amara get to school every day and have a quiet place to do homework and play.
3. The children live in a safe, self-contained home with a kitchen, where Kelvin cannot find them.

## 5. Action plan

### Steps we will take

- **Joanne Pettifer (Housing Officer)** will move the family into the flat at 6 Orchard Mews by 13/10/2025
  and arrange bus passes so that Chidi and Amara can stay at Brookmead Primary; the signed licence agreement
  and copies of the passes will be on the housing file.
- **Femi Lawal (Knollbury Money Advice)** will meet Precious by 26/09/2025 to restart her Universal Credit
  claim and apply for a budgeting advance, and will copy the DWP decision letter to Joanne.
- **Sian Pryor (Knollbury Women's Aid outreach worker)** will give Precious one-to-one support every Tuesday
  from 23/09/2025 after the abuse she suffered, and will send Joanne a monthly attendance note.
- **Maria Costa (Health Visitor)** will visit Tobi at Larkspur Lodge every two weeks, weigh him, look at his
  rash and see where he is sleeping, and will email the SW her notes of each visit.
- **Ben Oduya (SW)** will visit the children every week and see Chidi and Amara on their own, recording what
  they say on the case file.
- **Ben Oduya (SW)** will hold back Chidi's referral to the Knollbury Family Hub play sessions until the case
  transfers to Wexhall Children's Services.
- **Joanne Pettifer (Housing Officer)** will apply to the Knollbury Local Welfare Scheme for a furniture grant
  for Precious as soon as possible, and keep the grant decision letter on the housing file.

### Steps you will take (Precious)

- **Precious** will bid every week on Knollbury HomeChoice for a permanent home and show Joanne her bidding
  history at their fortnightly meeting.
- **Precious** will take her ID and bank details to her appointment with the Knollbury Jobcentre work coach
  on 24/09/2025, and show Joanne her claim statement afterwards.
- **Precious** will go to the 12-week Freedom Programme at Knollbury Women's Centre on Thursday mornings from
  25/09/2025, and give Joanne a copy of her attendance certificate.
- **Precious** will register herself with a GP near Orchard Mews by 24/10/2025 and show Joanne the
  registration letter.
- **Precious** will keep her appointment at Knollbury Credit Union on 01/10/2025 to open a budgeting account
  and agree to repay her £240 arrears from Stanwick in instalments; the repayment letter will go to Joanne.
- **Precious** will go to the six-week Money Matters course at Knollbury Adult Learning on Mondays from
  29/09/2025, and bring Joanne her certificate.

## 6. If things go wrong

If the family's situation gets worse, or Precious is not able to keep to this plan, Joanne and Ben will talk
it through with Precious and review the plan together at the next core group.

## 7. Reviewing this plan

- Joanne and Precious meet every two weeks at Knollbury Civic Offices to go through the housing steps.
- Core group every 3 weeks, Wednesdays at 10am, Knollbury Family Hub: 08/10/2025, 29/10/2025 and 19/11/2025.
- Review child protection conference: Wednesday 10/12/2025, 10am, Knollbury Civic Offices.
""",
    "findings": [
        F("X001", "hold back Chidi's referral to the Knollbury Family Hub play sessions"),
        F("M001", "hold back Chidi's referral to the Knollbury Family Hub play sessions"),
        F("T002", "apply to the Knollbury Local Welfare Scheme for a furniture grant"),
        F("F001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Police-led domestic abuse safety plan after MARAC, adopted as the CP
#    plan. Landscape Word table: Ref / Risk identified (merged down) /
#    Action / Lead agency / Deadline / Evidence. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_korrenbeck_marac_police_risk_action_log_drummond.docx",
    "doc_title": "Domestic Abuse Safety and Child Protection Plan - Harvey Drummond and Isla Lennox",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "template": "police-led-marac-landscape-word-plan-page-header-footer-reference-field-list-what-happened-childrens-words-working-well-outcomes-then-ref-risk-identified-merged-down-action-lead-agency-deadline-evidence-of-completion-table-contingency-meetings",
    "description": (
        "Exemplary police-led domestic abuse safety plan, agreed at MARAC after a non-fatal "
        "strangulation that a 10-year-old reported to 999, and adopted by the initial conference as "
        "the child protection plan for him and his 6-year-old sister. A landscape Word table in the "
        "police public protection unit's format: each risk is stated once, merged down beside the "
        "actions that answer it, with a lead officer, a deadline and the evidence of completion. The "
        "CMHT nurse reports on the mother's capacity to change, the GP and the alcohol service own "
        "actions, the grandmother's part has a fallback, legal planning follows named triggers, and "
        "core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE - Korrenbeck Police - Public Protection Unit",
    "footer": "MARAC KOR-25-0917 - Drummond / Lennox - Safety and Child Protection Plan - Page {PAGE} of {NUMPAGES}",
    "check_vmerge": 3,
    "blocks": [
        ("title", "Domestic Abuse Safety and Child Protection Plan"),
        ("p", "Lead agency: Korrenbeck Police Public Protection Unit. Agreed at MARAC on 04/09/2025 and adopted by "
              "the initial child protection conference on 11/09/2025."),
        ("kv", [
            ("MARAC reference", "KOR-25-0917"),
            ("Police occurrence", "KP/25/081173, non-fatal strangulation, 23/08/2025"),
            ("Victim", "Nicola Drummond (33), 12 Rowan Drive, Korrenbeck KB7 3HD"),
            ("Children", "Harvey Drummond (10), DOB 06/05/2015; Isla Lennox (6), DOB 30/11/2018"),
            ("Suspect", "Craig Lennox (36), Isla's father. Charged 24/08/2025; on conditional bail at 14 Mill Street, "
                        "Korrenbeck, until his hearing at Korrenbeck Magistrates' Court on 03/10/2025"),
            ("Bail conditions", "No contact, direct or indirect, with Nicola, Harvey or Isla; not to enter Rowan Drive "
                                "or go within 100 metres of either child's school"),
            ("DASH risk", "19 of 24 (high risk). Any further incident within 12 months is a repeat MARAC referral"),
            ("MARAC chair / coordinator", "DI Lorna Beattie / PS Hannah Lowe"),
            ("Social worker", "Amina Qureshi, Korrenbeck Children's Services (team manager: Pete Walsh)"),
            ("Child protection category", "Emotional abuse (both children)"),
        ]),
        ("h1", "1. What happened and what we are worried about"),
        ("p", "On the night of 23/08/2025 Craig, who had been drinking since the afternoon, held Nicola against the "
              "kitchen wall by the throat until she nearly passed out. Harvey came downstairs, shouted at Craig to "
              "stop and rang 999 on his mum's phone. Isla was asleep upstairs. Officers found marks on Nicola's "
              "neck and arrested Craig at the scene. It was the fourth police call-out to Rowan Drive since January "
              "2024; Nicola had not supported a prosecution before. Craig drinks heavily most weekends and every "
              "recorded incident has followed drinking. Nicola has been treated by her GP for depression since "
              "2022, and since the assault she has had flashbacks, panic attacks and very little sleep."),
        ("p", "The risks now are that Craig breaks his bail to come back to the house, especially around the court "
              "date; that Nicola, who still loves him, lets him back; and that Harvey goes on trying to protect "
              "his mum and his sister."),
        ("h1", "2. What Harvey and Isla have told us"),
        ("p", "Harvey (seen on his own at school, 01/09/2025): “I knew I had to ring 999, Mum told me before. I "
              "don't sleep properly because I listen for the door. I want Craig to go to prison but Isla misses "
              "him.” He scored how safe he feels at home 6 out of 10 and at school 9 out of 10. He wants new locks "
              "and a phone in his bedroom."),
        ("p", "Isla (seen at home, 03/09/2025) said “Daddy is on a holiday” and “Mummy's neck got a poorly”. She "
              "drew a house with everyone in it and asked whether Daddy could come to her birthday. Since the "
              "assault she has wet the bed most nights, and her teacher says she clings to Nicola at drop-off."),
        ("h1", "3. What is working well"),
        ("p", "Nicola made a full statement and is supporting the prosecution, and she agreed to every safety "
              "measure at MARAC. Her mother, Pauline Drummond, lives five minutes away at 3 Alder Close and the "
              "children often stay with her. Both schools know the children well; Harvey's attendance is 98%."),
        ("h1", "4. What must be true for Harvey and Isla"),
        ("bullets", [
            "Harvey and Isla are safe from Craig at home, at school and on the way between, and Craig keeps away.",
            "Harvey sleeps at night and no longer feels he has to protect his mum and his sister.",
            "Isla is always collected from school by an adult on her safe list and is settled at bedtime.",
            "Harvey and Isla live with a mum who is well enough, and supported enough, to keep them safe if Craig "
            "tries to come back.",
        ]),
        ("h1", "5. Action plan"),
        ("p", "Each risk is written once, beside the actions that answer it. Every action has one lead, a deadline "
              "and the evidence that the MARAC coordinator and the core group will see."),
        ("table", {
            "header": ["Ref", "Risk identified", "Action", "Lead agency / officer", "Deadline",
                       "Evidence of completion"],
            "widths": [1.2, 3.8, 7.2, 4.5, 3.6, 5.4],
            "header_fill": "DDD9C4",
            "rows": [
                ["A1", "Craig comes back to Rowan Drive or contacts Nicola or the children",
                 "Put a high-risk warning marker on 12 Rowan Drive and on Nicola's mobile number, so that any 999 "
                 "call gets an immediate response",
                 "PS Hannah Lowe, Korrenbeck Police PPU (MARAC coordinator)", "By 12/09/2025",
                 "Marker reference numbers emailed to the IDVA and the SW"],
                ["A2", V,
                 "Check Craig is keeping to his bail conditions, oppose any change to them, and tell Nicola about "
                 "any change to his bail and the court outcome",
                 "DC Ravi Sandhu, officer in the case",
                 "A call to Nicola every Friday until 03/10/2025; within 24 hours of any change",
                 "Each call and bail check logged on the crime report; Nicola confirms the calls to the IDVA"],
                ["A3", V,
                 "Send an Operation Encompass notice to both schools after any police call-out involving the family",
                 "Korrenbeck Police Operation Encompass desk", "By 9am on the next school day",
                 "Notice logged on CPOMS by each school's DSL and copied to the SW"],
                ["A4", V,
                 "Fit Sanctuary scheme measures: new door and window locks, a door chain, a spy-hole and a "
                 "fire-safe letterbox",
                 "Tom Reilly, tenancy officer, Korrenbeck Homes", "By 19/09/2025",
                 "Works sheet signed by Nicola; photos of the fitted locks sent to the IDVA"],
                ["A5", V,
                 "Visit the family at home to check the locks and alarm work, and introduce Harvey to a "
                 "neighbourhood officer he can go to",
                 "PCSO Leanne Marsh, Korrenbeck North Neighbourhood Team",
                 "Every two weeks from 15/09/2025 to 03/12/2025",
                 "Visit log on the police system; Harvey can name the officer when the SW asks him"],
                ["A6", "Nicola lets Craig back, or is too unwell or frightened to keep the children safe",
                 "Meet Nicola for safety planning, including the days around the court hearing, and complete a new "
                 "DASH after any further incident",
                 "Rachel Okonedo, IDVA, Korrenbeck Domestic Abuse Service", "Every Wednesday from 17/09/2025",
                 "Updated safety plan and risk score sent to the MARAC coordinator and the SW after each meeting"],
                ["A7", V,
                 "Assess Nicola's trauma symptoms and depression, offer treatment, and report on her capacity to "
                 "change, the steps still needed and how long they are likely to take, including how her health "
                 "affects her care of Harvey and Isla",
                 "Steve Mahon, community psychiatric nurse, Korrenbeck Community Mental Health Team",
                 "Assessment by 26/09/2025, then every two weeks",
                 "Written assessment to the SW by 03/10/2025; written update to each core group"],
                ["A8", V,
                 "Review Nicola's antidepressant and her sleep, and write to the SW with her mental health history",
                 "Dr Farah Iqbal, GP, Rowan Medical Practice", "By 19/09/2025",
                 "GP letter on both children's files"],
                ["A9", V,
                 "Keep to her safety plan: keep the doors locked, do not let Craig in or answer his messages, and "
                 "ring 999 if he comes near the house",
                 "Nicola Drummond (mum)", "Every day from 11/09/2025",
                 "IDVA's weekly record shows no contact with Craig; any 999 call appears on the police log"],
                ["A10", V,
                 "Offer Craig an alcohol assessment and key-work, and tell the SW in writing whether he attends and "
                 "what the assessment shows",
                 "Dom Price, recovery worker, Forward Korrenbeck drug and alcohol service",
                 "Appointment offered by 26/09/2025",
                 "Letter to the SW with his attendance and the assessment result by 10/10/2025"],
                ["A11", "Harvey and Isla are frightened, unsettled and need protecting every day",
                 "Visit Harvey and Isla at home, see each child on their own, and complete a child and family "
                 "assessment",
                 "Amina Qureshi, SW", "Weekly from 12/09/2025; assessment by 23/10/2025",
                 "Visit records with each child's own words; assessment shared with Nicola and the core group"],
                ["A12", V,
                 "Check in with Harvey every morning through his key adult, Mr Dale, and phone the SW the same day "
                 "with any worry",
                 "Mrs Janet Coyle, DSL, Korrenbeck Junior School", "Every school day",
                 "Check-in log on CPOMS; summary emailed to the SW each Friday"],
                ["A13", V,
                 "Hand Isla over at home time only to an adult on her safe list (Nicola or Pauline), and ring 999 "
                 "if Craig comes to the school",
                 "Mr Owen Price, DSL, St Anne's Infant School", "Every school day",
                 "Collection book signed each day; any call logged on CPOMS and sent to the SW"],
                ["A14", V,
                 "Run the ten-week Safe Steps recovery group with Harvey, and play sessions with Isla at home",
                 "Leah Morton, children's worker, Korrenbeck Domestic Abuse Service", "Weekly from 30/09/2025",
                 "Harvey's and Isla's feelings scores after sessions 1, 5 and 10 sent to the SW"],
                ["A15", V,
                 "Collect Isla from school on Tuesdays and Thursdays, and have Harvey and Isla to stay whenever "
                 "Nicola asks",
                 "Pauline Drummond (maternal grandmother)",
                 "Tuesdays and Thursdays from 16/09/2025; the same night when asked",
                 "St Anne's collection book; Pauline texts the SW after every overnight stay"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Craig comes to Rowan Drive or either school, or contacts Nicola, Harvey or Isla in any way, Nicola "
              "or the school will ring 999. The warning marker means an immediate response: officers will arrest "
              "Craig for breach of bail and DC Sandhu will ask the court to remand him in custody. The SW will hold "
              "a strategy discussion with police the same day."),
        ("p", "If Nicola lets Craig back into the house or is seen with him, Harvey and Isla will go to Pauline's "
              "home at 3 Alder Close that night and the SW will hold a strategy discussion the same day."),
        ("p", "If Pauline cannot have the children (she is ill, away, or Craig turns up at her house), the SW will "
              "place Harvey and Isla together with Korrenbeck foster carers the same day, and the IDVA will offer "
              "Nicola and the children a refuge place."),
        ("p", "If there is any further incident, if Nicola lets Craig back, or if Harvey and Isla are no safer by "
              "the review conference, the SW will ask Pete Walsh for a legal planning meeting within 5 working days "
              "to decide whether to start the Public Law Outline."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, Korrenbeck Family Hub: 25/09/2025, 23/10/2025 and "
            "20/11/2025.",
            "Review child protection conference: Thursday 04/12/2025, 10am, Korrenbeck Civic Centre.",
            "The MARAC coordinator sends the outcome of each core group to MARAC partners; any new incident goes "
            "straight back to MARAC as a repeat referral.",
            "Before each core group the SW will ask Harvey and Isla what has changed and bring their views.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Children's hospital complex discharge plan for a disabled 4-year-old,
#    gastrostomy-fed with epilepsy, going home; also the CP plan. Three
#    stage tables. Exemplary (pdf with page header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_kymberhythe_hospital_complex_discharge_stages_ferreira.pdf",
    "doc_title": "Complex Discharge Plan - Mateus Ferreira",
    "split": "heldout",
    "actions": 17,
    "template": "hospital-complex-discharge-word-plan-printed-to-pdf-page-header-footer-patient-details-list-why-a-plan-observed-day-and-siblings-words-goals-then-three-stage-tables-before-discharge-first-two-weeks-weeks-3-to-12-action-responsible-timescale-how-we-will-know-if-things-go-wrong-meetings",
    "description": (
        "Exemplary complex discharge plan from a children's hospital ward for a 4-year-old with "
        "cerebral palsy and epilepsy, fed by gastrostomy, going home after an admission for "
        "aspiration pneumonia and weight loss with missed feeds and medicines; it is also his "
        "child protection plan. A Word plan printed to PDF with a page header and footer, its "
        "actions in three tables by stage of the return home ('before discharge', 'the first two "
        "weeks', 'weeks 3 to 12'). The boy's observed day and his sister's words are recorded, the "
        "CMHT nurse assesses the mother's capacity to change, the GP owns her medication and his "
        "repeat prescriptions, the grandmother's nights have a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Kymberhythe Children's Hospital NHS Trust · Heron Ward",
    "footer": "Mateus Ferreira – Complex Discharge and Child Protection Plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Complex Discharge Plan"),
        ("p", "Kymberhythe Children's Hospital · Heron Ward (paediatric medicine) · written with Kymberhythe "
              "Children's Services as Mateus's child protection plan"),
        ("kv", [
            ("Patient", "Mateus Ferreira, DOB 21/03/2021 (4 years). Hospital number KCH-2207431"),
            ("Diagnoses", "Bilateral spastic cerebral palsy (GMFCS level V); epilepsy; gastrostomy-fed since 2023; "
                          "oxygen at night"),
            ("Admitted", "14/07/2025 with aspiration pneumonia and weight loss (weight below the 0.4th centile)"),
            ("Planned discharge", "Friday 10/10/2025, home to 5 Brackenridge Court, Kymberhythe KY3 9WS"),
            ("Family", "Sofia Ferreira (mum, 31), Rui Ferreira (dad, 34) and Beatriz Ferreira (sister, 8)"),
            ("Maternal grandmother", "Lurdes Costa, lives two streets away"),
            ("Discharge lead", "Dr Helen Grace, consultant paediatrician"),
            ("Social worker", "Gareth Munro, Kymberhythe Children with Disabilities Team (team manager: Ruth Ansell)"),
            ("Child protection", "Initial conference 29/08/2025, chair Simone Adler. Category: neglect"),
        ]),
        ("h1", "Why Mateus has a child protection plan"),
        ("p", "In the four months before this admission Mateus lost 1.4kg. The community children's nurses found "
              "feeds written on his chart that had not been given, and on 09/07/2025 his levetiracetam had run out "
              "five days earlier. He was not brought to four of his six clinic appointments this year. Sofia has "
              "depression: she told the ward sister that some days she cannot get out of bed, and she had stopped "
              "answering the door to the nurses. Rui works twelve-hour shifts. On the ward, trained and rested, "
              "both parents have cared for Mateus well. The worry is whether that care will last at home."),
        ("h1", "Mateus's day: what we have seen"),
        ("p", "Mateus does not speak. He uses eye-pointing, smiles and a yes/no switch. Nurses have seen him smile "
              "and turn his head when Beatriz comes onto the ward, and kick his legs when she sings the songs from "
              "his school. He settles to Brazilian music on his mum's phone. When a feed is late he grimaces, pulls "
              "at his tube and cries, and his seizures come more often when he is tired. He sleeps best on his left "
              "side in his sleep system. When Lurdes feeds him she talks to him the whole time and he watches her "
              "face."),
        ("p", "Beatriz (8), seen on her own on the ward on 22/09/2025: “I want Mateus home but I don't want him to "
              "get poorly again. Sometimes Mum is too sad to do his milk and I have to tell Dad. I want to help but "
              "I don't want to do it on my own.”"),
        ("h1", "Goals for Mateus at home"),
        ("bullets", [
            "Mateus gets every feed and every dose of his medicines on time, day and night.",
            "Mateus gains weight steadily, reaching the 2nd centile by the review conference and moving towards "
            "the 9th.",
            "Mateus goes to Kymberhythe Oaks School four days a week and is brought to every clinic appointment.",
            "Mateus is cared for by adults who are well, trained and rested, and Beatriz is never left to do his "
            "care.",
        ]),
        ("h1", "The discharge plan"),
        ("p", "Actions are grouped by the stage of Mateus's return home. Each has one person responsible, a "
              "timescale and what we will see."),
        ("h2", "Stage 1: before discharge (by Friday 10/10/2025)"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "How we will know"],
            "widths": [6.4, 3.8, 3.0, 3.8],
            "header_fill": "E2EFD9",
            "rows": [
                ["Train Sofia and Rui to give gastrostomy feeds, flushes and medicines through the tube, and sign "
                 "off each skill",
                 "Joanne Ashby, clinical nurse educator, Heron Ward", "Before discharge",
                 "Competency checklist signed for both parents and copied to the community nurses and the SW"],
                ["Train Lurdes Costa in gastrostomy feeds and in giving buccal midazolam for a long seizure",
                 "Joanne Ashby, clinical nurse educator", "Before discharge",
                 "Lurdes's competency checklist signed and copied to the SW"],
                ["Write Mateus's home feeding regime, with feed times, volumes and a target weight",
                 "Amir Haddad, paediatric dietitian", "By 03/10/2025",
                 "Regime in the home folder and copied to the community nurses, the school and the SW"],
                ["Update Mateus's seizure care plan and train Kymberhythe Oaks School staff in rescue medicine",
                 "Claire Nuttall, epilepsy nurse specialist", "Before Mateus goes back to school on 20/10/2025",
                 "Signed care plan at school and at home; school training register shows at least two staff "
                 "trained"],
                ["Deliver and set up the feeding pump, night oxygen concentrator and profiling bed at home, and show "
                 "the parents how to use them",
                 "Dean Holt, technician, Kymberhythe Community Equipment Service", "By 08/10/2025",
                 "Delivery note signed by a parent; equipment checked at the first community nurse visit"],
            ],
        }),
        ("h2", "Stage 2: the day of discharge and the first two weeks at home"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "How we will know"],
            "widths": [6.4, 3.8, 3.0, 3.8],
            "header_fill": "E2EFD9",
            "rows": [
                ["Give a 28-day supply of every medicine with a medicines chart, and go through the chart with "
                 "Sofia and Rui before they leave the ward",
                 "Priya Lal, ward pharmacist", "On the day of discharge",
                 "Discharge medicines checklist signed by the pharmacist and a parent"],
                ["Visit Mateus at home to check his feeds, weight, medicines chart and gastrostomy site",
                 "Marie Dolan, community children's nursing team lead",
                 "Daily for the first 7 days, then Monday, Wednesday and Friday until 02/01/2026",
                 "Weight and chart checks written in the home folder; visit summary emailed to the SW every "
                 "Friday"],
                ["Write every feed and every dose on the feed and medicines chart",
                 "Sofia and Rui Ferreira (parents)", "Every feed and dose from discharge",
                 "Chart checked by the community nurse at each visit shows no missed feeds or doses"],
                ["Stay overnight and do Mateus's 10pm and 2am feeds so that Sofia and Rui can sleep",
                 "Lurdes Costa (maternal grandmother)", "Tuesday and Friday nights from 14/10/2025",
                 "Lurdes signs the night entries on the chart; the community nurse checks them at the next visit"],
                ["Visit Mateus and Beatriz at home, including one unannounced visit a month, and see Beatriz on "
                 "her own",
                 "Gareth Munro, SW", "Weekly from 13/10/2025",
                 "Visit records show Mateus seen and handled, Beatriz seen alone, and what she says"],
                ["Assess Sofia's depression, start treatment, and report on her capacity to change, the steps still "
                 "needed and the likely timescale, including how her mood affects Mateus's care",
                 "Lisa Trent, community psychiatric nurse, Kymberhythe Community Mental Health Team",
                 "Assessment by 17/10/2025, then home visits every two weeks",
                 "Written assessment to the SW by 24/10/2025 and a written update before each core group"],
                ["Review Sofia's antidepressant, and put all of Mateus's medicines on repeat prescription so that "
                 "they cannot run out",
                 "Dr Paul Okeke, GP, Brackenridge Surgery", "By 17/10/2025",
                 "Repeat prescriptions confirmed by Brackenridge Pharmacy to the community nurse; GP letter to "
                 "the SW"],
            ],
        }),
        ("h2", "Stage 3: weeks 3 to 12 at home"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "How we will know"],
            "widths": [6.4, 3.8, 3.0, 3.8],
            "header_fill": "E2EFD9",
            "rows": [
                ["Take Mateus back at school four days a week, with a trained nurse to give his lunchtime feed and "
                 "medicines",
                 "Mrs Fiona Gale, DSL, Kymberhythe Oaks School", "Monday to Thursday from 20/10/2025",
                 "Attendance and feed log emailed to the SW every Friday"],
                ["Book Mateus's neurology and gastroenterology clinics, and phone the SW the same day if he is not "
                 "brought",
                 "Debbie Hale, outpatient coordinator", "Neurology 12/11/2025; gastroenterology 19/11/2025",
                 "Clinic letters copied to the SW; any missed appointment reported the same day"],
                ["Weigh Mateus and adjust his feeding regime",
                 "Amir Haddad, paediatric dietitian", "Every 4 weeks, first on 07/11/2025",
                 "Weight plotted on his growth chart and sent to the SW; on the 2nd centile by 27/11/2025"],
                ["Set up a 24-hour postural care programme and teach the parents and Lurdes to use it",
                 "Nia Roberts, community paediatric physiotherapist", "By 31/10/2025, then a home visit each month",
                 "Programme in the home folder; physiotherapist's monthly note on his positioning sent to the SW"],
                ["Carry out a young carer's assessment with Beatriz and offer her a place at the Saturday young "
                 "carers' club",
                 "Tasha Bell, Kymberhythe Young Carers", "By 14/11/2025",
                 "Beatriz's young carer plan sent to the SW; club register shows her attending"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Mateus misses two feeds, or any dose of his epilepsy medicine, in a week (on the chart or found by "
              "the nurse), loses weight at two weighs in a row, or is not brought to a clinic, the community nurse "
              "will tell the SW the same day and the SW will hold a strategy discussion that day. Mateus will be "
              "readmitted to Heron Ward the same day if he has lost weight or missed medicine."),
        ("p", "If Mateus has a seizure lasting more than 5 minutes, the adult with him will give buccal midazolam and "
              "ring 999, as his seizure care plan says."),
        ("p", "If Lurdes cannot do a Tuesday or Friday night (she is ill or away), she will tell the community nurses "
              "by noon that day, and Marie Dolan will send a night carer from the Kymberhythe Children's Hospice at "
              "Home team that night; if no night carer is free, Mateus will be readmitted to Heron Ward that "
              "evening."),
        ("p", "If by the review conference Mateus is not on the 2nd centile, or two strategy discussions have been "
              "needed, or Lisa Trent's assessment says Sofia cannot make the changes in Mateus's timescale, the SW "
              "will ask Ruth Ansell for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 2pm: 02/10/2025 on Heron Ward, then 23/10/2025 and "
            "13/11/2025 at Kymberhythe Oaks School.",
            "Review child protection conference: Thursday 27/11/2025, 10am, Kymberhythe Civic Centre.",
            "Sofia and Rui can bring Lurdes or an advocate to every meeting; Beatriz's views will be brought by "
            "the SW.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Children's home placement plan update for a looked-after 15-year-old
#    at risk of sexual exploitation, now on a hospital ward after an
#    overdose. Area merged down the first column. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_kelshanger_childrens_home_placement_plan_halloran.pdf",
    "doc_title": "Placement Plan Update - Jade Halloran",
    "split": "heldout",
    "actions": 14,
    "template": "childrens-home-placement-plan-update-word-printed-to-pdf-page-header-footer-details-list-why-this-update-young-persons-views-placement-objectives-delegated-authority-then-area-merged-down-what-we-will-do-who-when-how-well-know-table-missing-and-contingency-reviews",
    "description": (
        "Placement plan update from a private children's home for a looked-after 15-year-old, "
        "accommodated under section 20 and still on a child protection plan for sexual "
        "exploitation, written while she is on an adolescent hospital ward after an overdose. A "
        "Word plan printed to PDF with header and footer; the placement areas are merged down the "
        "first column. Most rows are sound (daily calls to the ward, a CAMHS safety plan before "
        "discharge, locked medicines, return home interviews, a warning notice). Faults: staff will "
        "visit her on the ward only 'when staffing allows' and nobody else visits her in hospital, "
        "her school return is measured by 'improvement', the healthy relationships work has no "
        "measure, nobody owns keeping her mum updated, and one objective is only about her mum."
    ),
    "header": "OFFICIAL-SENSITIVE – Ashgrove House, Brightpath Care Ltd (URN SC731145) – placing authority Kelshanger County Council",
    "footer": "Jade Halloran – Placement Plan update 08/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Placement Plan: Update after Hospital Admission"),
        ("p", "Ashgrove House children's home · written by the registered manager with Jade's social worker and "
              "key worker, 08/10/2025"),
        ("kv", [
            ("Young person", "Jade Halloran, 15, DOB 02/03/2010"),
            ("Legal status", "Looked after under section 20, Children Act 1989, since 14/07/2025; her mum, Tracey "
                             "Halloran, agrees to the placement"),
            ("Child protection", "Also subject to a child protection plan (category: sexual abuse, risk of sexual "
                                 "exploitation), continued at the review conference on 22/09/2025"),
            ("Placement", "Ashgrove House, a four-bed children's home at 19 Quarry Hill, Kelshanger KS2 8JE"),
            ("Where Jade is now", "Ward 12 (adolescent ward), Kelshanger General Hospital, since 06/10/2025; "
                                  "expected back at Ashgrove House when medically fit, probably 10/10/2025"),
            ("Registered manager", "Wendy Clarke"),
            ("Key worker", "Liam Foster, residential support worker"),
            ("Social worker", "Kirsty Doyle, Kelshanger Children in Care Team (team manager: Mark Ellison)"),
            ("Independent reviewing officer", "Pauline Asante"),
        ]),
        ("h1", "Why this update"),
        ("p", "Jade went missing from Ashgrove House at 7pm on Saturday 04/10/2025 and was found by police at 2am in "
              "a flat on Denholme Street with two adult men, one of them the man she calls “T”. On Monday "
              "06/10/2025 she told night staff she had taken 24 paracetamol. She was taken to Kelshanger General by "
              "ambulance and treated, and is on Ward 12 until her liver tests are normal and CAMHS have seen her. "
              "This was Jade's fifth missing episode since July. Police believe “T” and his friends give her "
              "cannabis, vapes and lifts, and have asked her to bring other girls."),
        ("h1", "Jade's views"),
        ("p", "Jade talked to Liam on the ward on 07/10/2025: “I didn't want to die, I wanted everything to stop for "
              "a bit. Everyone keeps saying T's using me but he's the only one who listens.” She wants to go back to "
              "Ashgrove House rather than a new home, she wants her phone back, and she wants her mum to visit "
              "“without arguing”. She likes the art room at school and said she would go back “if it was just "
              "mornings”. She asked for her hoodie and her straighteners."),
        ("h1", "What we want for Jade (placement objectives)"),
        ("bullets", [
            "Jade is safe from adults who exploit her and is back at Ashgrove House by her agreed time every "
            "evening.",
            "Jade is physically well, self-harms less, and has someone she trusts to talk to when she feels "
            "overwhelmed.",
            "Jade is back at school, mornings first, and in full-time education by the end of the autumn term.",
            "Tracey works well with the Ashgrove House team and keeps to the family time arrangements.",
        ]),
        ("h1", "Delegated authority"),
        ("p", "Wendy Clarke can agree sleepovers at friends' homes that the SW has checked, haircuts and school "
              "trips. Overnight stays with family can only be agreed by the SW, with Tracey."),
        ("h1", "Placement plan actions"),
        ("table", {
            "header": ["Area", "What we will do", "Who", "When", "How we'll know"],
            "widths": [2.4, 5.8, 3.2, 2.8, 2.8],
            "bold_first_col": True,
            "header_fill": "FBE4D5",
            "rows": [
                ["Health",
                 "Phone Ward 12 each morning for an update on Jade's tests and her discharge date",
                 "Liam Foster, key worker", "Daily while Jade is in hospital",
                 "Call log on the home's records system, copied to the SW each day"],
                [V, "Visit Jade on the ward and take her clothes, hoodie and straighteners",
                 "Ashgrove House shift leader", "When staffing allows",
                 "Visit written in the home's daily log"],
                [V, "Assess Jade before she leaves hospital and agree a written safety plan with her, the home and "
                    "the SW",
                 "Kelshanger CAMHS Crisis Team", "Before discharge",
                 "Safety plan signed by Jade and copied to Ashgrove House and the SW"],
                [V, "See Jade at Ashgrove House about self-harm and how she copes when she feels overwhelmed",
                 "Dr Sana Mirza, CAMHS clinical psychologist", "Weekly from 14/10/2025",
                 "Session dates and Jade's own coping score sent to the SW each month"],
                [V, "Lock away all medicines at Ashgrove House and give Jade hers one dose at a time",
                 "Wendy Clarke, registered manager", "From Jade's return",
                 "Medication record signed at every dose; stock counted every Sunday"],
                ["Education",
                 "Support Jade back into Kelshanger Academy on a mornings-only timetable, rising to full time",
                 "Ann Bright, Virtual School caseworker", "Mornings from 13/10/2025; full time by 19/12/2025",
                 "Improvement in attendance"],
                [V, "Drive Jade to school and collect her at 12.30pm",
                 "Liam Foster, key worker (shift leader on his days off)", "Every school day from 13/10/2025",
                 "Drop-off and pick-up times written in the daily log"],
                ["Keeping safe",
                 "Hold a return home interview with Jade after every missing episode",
                 "Becky Nolan, Kelshanger Missing Children Service", "Within 72 hours of her return",
                 "Interview report sent to the SW and the home within 5 days"],
                [V, "Pass the names, addresses and car registrations of adults seen with Jade to Kelshanger Police",
                 "Ashgrove House shift leader", "The same shift",
                 "Intelligence forms logged with a police reference number"],
                [V, "Serve a Child Abduction Warning Notice on the man known as “T”",
                 "DC Martin Shaw, Kelshanger Police Child Exploitation Team", "By 24/10/2025",
                 "Copy of the served notice sent to the SW"],
                [V, "Direct work with Jade on healthy relationships, grooming and staying safe online",
                 "Niamh Curran, Safe Choices project worker", "Weekly from 15/10/2025", ""],
                ["Family time",
                 "Supervise Jade's family time with Tracey in the Ashgrove House family room",
                 "Liam Foster, key worker", "Saturdays, 2pm to 4pm",
                 "Family time record written after each visit and sent to the SW"],
                [V, "Tracey to be kept up to date about Jade's health while she is in hospital",
                 "-", "Daily", "Calls logged on the home's records system"],
                ["Social work",
                 "See Jade at Ashgrove House, on her own, for her statutory visits",
                 "Kirsty Doyle, SW", "Within 5 working days of her return, then every two weeks",
                 "Visit record with Jade's own words on her file"],
            ],
        }),
        ("h1", "Missing from care and contingency"),
        ("p", "Jade's agreed time back is 9pm (8pm on school nights). If she is not back 30 minutes after that time, "
              "or staff know she is with “T” or on Denholme Street, the shift leader will report her missing to "
              "police on 999 as a high-risk missing child and ring the SW (the Emergency Duty Team out of hours)."),
        ("p", "If Jade self-harms, staff will give first aid and call 999 or take her to A&E, and the SW will hold a "
              "strategy discussion the same day."),
        ("p", "If Jade goes missing three times in any four weeks, or is found with “T” again, the SW will ask Mark "
              "Ellison for a legal planning meeting within 5 working days, to consider a care order and whether she "
              "needs a secure placement."),
        ("h1", "Reviews"),
        ("bullets", [
            "Core group every four weeks, Mondays at 3pm, Ashgrove House: 20/10/2025 and 17/11/2025.",
            "Looked-after review with Pauline Asante (IRO): 23/10/2025 at Ashgrove House.",
            "Child protection review conference: 15/12/2025, 10am, Kelshanger County Hall.",
            "Wendy Clarke and Kirsty Doyle will go through this placement plan with Jade within 5 days of her "
            "return.",
        ]),
    ],
    "findings": [
        F("L001"),
        F("T002", "Visit Jade on the ward and take her clothes"),
        F("M002", "Support Jade back into Kelshanger Academy on a mornings-only timetable"),
        F("M001", "Direct work with Jade on healthy relationships, grooming"),
        F("W001", "Tracey to be kept up to date about Jade's health"),
        F("F002", "Tracey works well with the Ashgrove House team and keeps to the family time arrangements."),
    ],
})


# ---------------------------------------------------------------------------
# 7. Health visitor's safeguarding health action plan for premature twins,
#    mother with postnatal depression. Clinical-system print with numbered
#    actions and LEAD / FREQUENCY / EVIDENCE fields. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b104_kindrowan_health_visiting_twins_print_begum.txt",
    "split": "heldout",
    "actions": 9,
    "template": "health-visiting-clinical-system-print-clients-block-health-needs-twins-day-planned-outcomes-then-numbered-actions-lead-frequency-evidence-fields-if-things-get-worse-core-group-and-review",
    "description": (
        "Health visitor's safeguarding health action plan, printed from the community health record "
        "as her service's part of the child protection plan for twins born at 33 weeks who are "
        "losing weight, whose mother has postnatal depression. Numbered actions with LEAD, "
        "FREQUENCY and EVIDENCE fields; weekly weighs, the GP checks, the SW's visits and a second "
        "cot are sound. Faults: the perinatal team only supports the mother and is measured by her "
        "mood improving, the nursery nurse's feeding sessions are 'as required', 'Family' are to help "
        "with night feeds 'as often as they can'; the grandmother and aunt carry daily care and the "
        "contingency with no fallback, and the review conference date is 'TBC'."
    ),
    "text": """\
KINDROWAN COMMUNITY HEALTH NHS TRUST
0-19 Public Health Nursing Service (Health Visiting) - Riverside Team
SAFEGUARDING HEALTH ACTION PLAN - contribution to the child protection plan
Printed from CHIS by R.NYAMBURA on 24/09/2025 at 16:42                    Page 1 of 1
==================================================================================

CLIENTS
  Twin 1 .... Ayaan HUSSAIN    DOB 04/08/2025   born at 33+2 weeks
  Twin 2 .... Inaya HUSSAIN    DOB 04/08/2025   born at 33+2 weeks
  Mother .... Shazia BEGUM (24)
  Father .... Imran HUSSAIN (27), private hire driver, works 6pm to 4am
  MGM ....... Rukhsana BEGUM, lives two streets away
  Aunt ...... Nasreen BEGUM (20), student, lives with Rukhsana
  Address ... Flat 3, 28 Tannery Row, Kindrowan KD4 7NS (first floor, one bedroom)
Service level ..... Universal Partnership Plus
CP plan ........... Initial conference 23/09/2025, category neglect
Social worker ..... Owen Pritchard, Kindrowan Children's Services
Named HV .......... Rachel Nyambura (lead for the health actions)

HEALTH NEEDS AND CONCERNS
The twins came home from the Kindrowan Royal neonatal unit on 28/08/2025. Both
have dropped centiles since: on 17/09/2025 Ayaan was on the 0.4th and Inaya on the
2nd centile of their corrected-age charts. Shazia was diagnosed with postnatal
depression by her GP on 10/09/2025 and started sertraline. She says she cannot
remember which twin she has fed. On 15/09/2025 the HV found both twins in soaked
nappies and Inaya feeding from a bottle propped on a cushion; the feed chart had
gaps of up to six hours. Imran sleeps in the day after his night shifts. The flat
is cold and both twins share one Moses basket.

THE TWINS' DAY (OBSERVED)
Ayaan feeds slowly and falls asleep after 30ml; he is quiet and rarely cries, so
he is easily missed. Inaya cries loudly and is usually fed first. Both settle
quickly when Rukhsana holds them skin to skin. Inaya turns towards Shazia's voice.
On 17/09/2025 Shazia held Ayaan facing away from her while she looked at her
phone; when the HV asked her to talk to him, he opened his eyes and watched her.

PLANNED OUTCOMES FOR AYAAN AND INAYA
1. Both twins are fed at least every 3 hours, day and night, and gain weight back
   towards the 9th centile on their corrected-age charts.
2. Ayaan, the quieter twin, gets the same attention and the same feeds as Inaya.
3. Both twins sleep safely on their backs in their own cots, in a warm room.

HEALTH ACTION PLAN
1.  Home visit to weigh both twins and plot their weights on the corrected-age
    charts
    LEAD ........ Rachel Nyambura, HV
    FREQUENCY ... Every Wednesday until 12/12/2025
    EVIDENCE .... Weights in both red books and on CHIS; both twins on or above
                  the 2nd centile by 05/11/2025
2.  Fortnightly support visits from the Kindrowan Perinatal Mental Health Team
    for Shazia's low mood
    LEAD ........ Jo Farrell, perinatal CPN, Kindrowan Perinatal Mental Health Team
    FREQUENCY ... From 01/10/2025
    EVIDENCE .... Shazia's mood improves
3.  Feeding and responsive-care sessions at home, focused on Ayaan's slow
    feeding and on noticing his hunger cues
    LEAD ........ Debbie Lomax, community nursery nurse
    FREQUENCY ... As required
    EVIDENCE .... Feed chart shows no gap longer than 3 hours; session notes on
                  CHIS
4.  Help with night feeds so Shazia can sleep
    LEAD ........ Family
    FREQUENCY ... As often as they can
    EVIDENCE .... Night feeds written on the chart by whoever gives them
5.  Come to the flat each weekday morning to help Shazia with the twins' feeds
    and baths
    LEAD ........ Rukhsana Begum (MGM)
    FREQUENCY ... Monday to Friday, 9am to 1pm, from 24/09/2025
    EVIDENCE .... Rukhsana initials the feed chart; the HV sees her at the
                  Wednesday visits
6.  Look after the twins on Saturday afternoons so Shazia can rest
    LEAD ........ Nasreen Begum (maternal aunt)
    FREQUENCY ... Saturdays, 12 noon to 5pm
    EVIDENCE .... Nasreen writes the feeds on the chart; the SW checks the chart
                  at his Monday visit
7.  6-to-8-week checks for both twins, with Shazia's postnatal check and a
    review of her sertraline
    LEAD ........ Dr Leona Fitch, GP, Tannery Row Surgery
    FREQUENCY ... By 03/10/2025
    EVIDENCE .... Checks recorded in both red books; GP letter to the HV and the
                  SW
8.  Provide a second cot from the Kindrowan Baby Bank and go through safe sleep
    with Shazia and Imran
    LEAD ........ Rachel Nyambura, HV
    FREQUENCY ... By 01/10/2025
    EVIDENCE .... Both cots seen in use, each twin on their back, at every
                  visit after 01/10/2025
9.  Visit the twins at home, including unannounced visits, and see how Shazia
    and Imran feed and settle them
    LEAD ........ Owen Pritchard, SW
    FREQUENCY ... Every Monday, with at least one unannounced visit a month
    EVIDENCE .... Visit records note where each twin sleeps and the longest
                  gap on the feed chart

IF THINGS GET WORSE
If either twin loses weight at two weighs in a row, the feed chart shows a gap of
more than 4 hours twice in one week, or Shazia says she has thoughts of harming
herself or the babies, the HV will ring the SW the same day and the SW will hold a
strategy discussion that day. Until then the twins will be cared for at the flat
by Imran, with Rukhsana staying over.
If the twins are not back on the 2nd centile by 05/11/2025, the SW will request a
legal planning meeting within 5 working days.

CORE GROUP AND REVIEW
Core group ........ every 4 weeks, Tuesdays 10am, Riverside Children's Centre:
                    07/10/2025, 04/11/2025, 02/12/2025
Review conference . TBC (conference office to send the date)
==================================================================================
END OF PRINT
""",
    "findings": [
        F("H001", "Fortnightly support visits from the Kindrowan Perinatal Mental Health Team"),
        F("M002", "Fortnightly support visits from the Kindrowan Perinatal Mental Health Team"),
        F("T002", "Feeding and responsive-care sessions at home, focused on Ayaan's slow"),
        F("W002", "Help with night feeds so Shazia can sleep"),
        F("T002", "Help with night feeds so Shazia can sleep"),
        F("C003"),
        F("R001"),
    ],
})
