"""Batch 17, module 2: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Looked-after toddler on a children's ward: a visiting rota table, then a
#    What / Who / When / How table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_yoxendale_lac_ward_visit_rota_brereton.docx",
    "doc_title": "Care Plan and Child Protection Plan - Jayce Brereton",
    "split": "tune",
    "template": "lac-hospital-visiting-rota-table-then-action-table",
    "description": (
        "Exemplary combined looked-after care plan and CP plan for a 22-month-old on an orthopaedic ward "
        "after an unexplained fracture (s20, PLO letter sent). A visiting rota table says who sees him on "
        "the ward and when, then a What / Who / When / How table: CMHT asked for a capacity-to-change "
        "report, GP and drug service own actions, grandmother's and foster carers' roles covered in a "
        "specific contingency, core group and review dates, legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE - Yoxendale Children's Services - Children in Care Team 1",
    "blocks": [
        ("title", "Looked After Child – Care Plan"),
        ("p", "Incorporating the child protection plan agreed at the initial child protection conference "
              "on 19/06/2025. Yoxendale Metropolitan Council, Children's Services."),
        ("kv", [
            ("Child", "Jayce Brereton, born 08/08/2023 (22 months)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 05/06/2025. "
                             "Pre-proceedings (PLO) letter sent to Tanisha on 20/06/2025"),
            ("Where Jayce is now", "Puffin Ward (children's orthopaedic ward), Yoxendale General Hospital"),
            ("Where Jayce will go on discharge", "Gail and Robert Tennant, approved foster carers, "
                                                 "Yoxendale Fostering Service"),
            ("Mother", "Tanisha Brereton (19)"),
            ("Mother's partner", "Connor Pyke (23), lived in the household; not Jayce's father"),
            ("Father", "Liam Duggan – no contact since early 2024; no parental responsibility"),
            ("CP category", "Physical abuse"),
            ("Social worker", "Priya Kaur (team manager Ruth Adeyinka)"),
            ("IRO", "Martin Ebo"),
        ]),
        ("h1", "Why Jayce is in hospital and looked after"),
        ("p", "On 3 June 2025 Tanisha brought Jayce to the emergency department with a swollen left thigh. "
              "An X-ray showed a spiral fracture of his left femur. Tanisha said he fell off the sofa; Connor "
              "said he slipped in the bath. In her child protection medical the consultant paediatrician, "
              "Dr Helen Okwu, said neither account explains a spiral fracture in a child of Jayce's age, and "
              "the skeletal survey found a healing fracture of his right forearm, about 3–4 weeks old, for "
              "which nobody had sought treatment. Jayce is in a hip spica cast and is expected to stay on "
              "Puffin Ward until about 11 July 2025 while the cast is checked and his carers are trained. "
              "Tanisha agreed to Jayce being accommodated on 5 June. Yoxendale CID (DC Amy Rourke) are "
              "investigating, and Connor is on police bail with a condition not to contact Jayce."),
        ("p", "Tanisha has had depression since she was 15 and is under the Yoxendale Community Mental "
              "Health Team (CMHT). She stopped her sertraline in April. Connor smokes cannabis every day and "
              "has said he uses cocaine at weekends."),
        ("h1", "What is going well"),
        ("p", "Tanisha has come to family time on the ward every day since 6 June and asked the nurses to "
              "show her how to change Jayce around the cast. She restarted her medication on 12 June. "
              "Jayce's nan, Sharon Brereton, visits four times a week and Jayce laughs and reaches for her "
              "when she comes in. The Tennants have looked after a child in a spica cast before and have met "
              "Jayce twice."),
        ("h1", "Jayce's day on the ward – what we have seen and heard"),
        ("p", "Jayce cannot tell us in words what has happened to him. He has a few words (\"mama\", \"nana\", "
              "\"dink\" for drink, \"no\"). The night nurses say he wakes crying at about 2am most nights and "
              "settles when he has his blue rabbit and is held. He flinches and cries \"no, no\" when adults "
              "he doesn't know reach towards his legs, but lets his named nurse, Bethany, lift him. In family "
              "time on 16 June the SW saw him feed himself toast, point at the ducks painted on the wall and "
              "say \"mama\" when Tanisha came back from the toilet. He watches the door after visitors leave. "
              "He eats well and loves the car garage in the ward playroom."),
        ("h1", "What we want for Jayce"),
        ("bullets", [
            "Jayce is kept safe from any further injury, on the ward and after he leaves hospital, and the "
            "injuries he has had are explained.",
            "Jayce's leg heals, his pain is well controlled and he is walking again by the end of September 2025.",
            "Jayce keeps his close bond with his mum and his nan through family time that he enjoys and that "
            "is safe.",
            "A decision about where Jayce will grow up is made in his timescale, without delay.",
        ]),
        ("h1", "Who will see Jayce on the ward"),
        ("p", "Jayce is a looked-after child in hospital. These visits continue until the day he is "
              "discharged, and Puffin Ward has a copy of this rota at the nurses' station."),
        ("table", {
            "header": ["When", "Who", "What they will do", "Where it is written down"],
            "widths": [3.6, 3.9, 5.3, 4.2],
            "rows": [
                ["Every Monday and Thursday, 3.30–4.30pm, until discharge",
                 "SW Priya Kaur (team manager Ruth Adeyinka covers Priya's leave)",
                 "See Jayce, talk to the nurse in charge, look at his pain and feeding charts and watch part "
                 "of family time",
                 "Statutory visit record on Jayce's file within 24 hours; visit noted in the nursing notes"],
                ["Every day, 2–3.30pm",
                 "Tanisha Brereton (mum), supervised by contact worker Leanne Moss",
                 "Family time in the ward playroom: Tanisha gives Jayce his snack, changes him with a nurse "
                 "and plays with him",
                 "Leanne's contact record, sent to the SW by 6pm the same day"],
                ["Tuesday, Friday and Sunday, 10–11am",
                 "Sharon Brereton (MGM), with a ward nurse present",
                 "Visit Jayce and help him with his breakfast",
                 "Ward visitor book signed; the nurse notes how Jayce responds to his nan"],
                ["Once, by 30/06/2025",
                 "IRO Martin Ebo",
                 "Meet Jayce and his named nurse before the first looked-after review",
                 "IRO's note of the visit on file before the review on 02/07/2025"],
                ["Every day from 23/06/2025 until discharge, at least 2 hours",
                 "Gail and Robert Tennant (foster carers)",
                 "Learn cast care, lifting and nappy changes from the ward nurses, and help with Jayce's bedtime",
                 "Ward competency sheet signed by the nurse in charge before discharge"],
            ],
        }),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.6, 4.2],
            "rows": [
                ["Hold a discharge planning meeting on the ward and agree the day Jayce moves to the Tennants",
                 "SW Priya Kaur, with ward sister Claire Dunn",
                 "By 04/07/2025, at least 5 days before discharge",
                 "Written discharge plan signed by the ward, the SW and the Tennants, on Jayce's file"],
                ["Check Jayce's cast and hip at fracture clinic and write to the SW after each check",
                 "Orthopaedic consultant Mr Sunil Varma",
                 "Weekly on the ward, then 2 and 6 weeks after discharge",
                 "Clinic letters on file; X-rays show the fracture healing"],
                ["Complete Jayce's initial health assessment and refer him for physiotherapy for when the "
                 "cast comes off",
                 "LAC nurse Hannah Yeo, with Dr Helen Okwu",
                 "By 03/07/2025 (20 working days after he became looked after)",
                 "Health assessment and physiotherapy referral sent to the SW and the Tennants"],
                ["Parenting assessment of Tanisha, including her care of Jayce in family time",
                 "SW Priya Kaur",
                 "Weekly sessions from 24/06/2025; report by 29/08/2025",
                 "Written assessment shared with Tanisha and the core group, and taken to the legal planning "
                 "meeting"],
                ["See Tanisha every 2 weeks, assess how her depression affects her care of Jayce, and report "
                 "on her capacity to change and how long that is likely to take",
                 "Care coordinator Deborah Frain, Yoxendale CMHT",
                 "Every 2 weeks; written report by 15/08/2025",
                 "Report on Tanisha's capacity to change, the steps needed and the likely timescale, sent to "
                 "the SW by 15/08/2025"],
                ["Review Tanisha's sertraline and tell the SW if she stops collecting her prescription",
                 "GP Dr Omar Shah, Larchmont Surgery",
                 "Review by 11/07/2025, then monthly",
                 "Prescription collection dates sent to the SW each month"],
                ["Assess Connor's cannabis and cocaine use and test him monthly",
                 "Recovery worker Sam Ireland, Yoxendale Recovery Partnership",
                 "Assessment by 04/07/2025; tests monthly",
                 "Assessment and test results sent to the SW before each core group"],
                ["Tell the SW about the police investigation and any change to Connor's bail conditions",
                 "DC Amy Rourke, Yoxendale CID",
                 "Within 24 hours of any change, and before each core group",
                 "Updates logged on Jayce's file; bail conditions copied to the ward and the Tennants"],
                ["Viability assessment of Sharon Brereton as a possible long-term carer for Jayce",
                 "Kinship assessor Mark Tobin, Yoxendale Fostering Service",
                 "By 25/07/2025",
                 "Written viability assessment with a recommendation, shared with the core group and the IRO"],
                ["Set up supervised family time for Tanisha at Elm Road Family Centre after discharge",
                 "Contact worker Leanne Moss",
                 "3 times a week from the first week after discharge",
                 "Contact record after each session showing Tanisha's care of Jayce and how he responds"],
                ["Visit Jayce at the Tennants' home and see how he is settling",
                 "SW Priya Kaur",
                 "Within 7 days of discharge, then every 2 weeks",
                 "Visit records show Jayce seen, his cast care checked and how he is settling"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Tanisha or Connor try to take Jayce off the ward, if Connor comes onto the ward, or if "
              "Tanisha arrives for family time under the influence of alcohol or drugs, ward staff will call "
              "hospital security and the police straight away and tell the SW (or the emergency duty team "
              "out of hours), who will come to the ward the same day. If Tanisha withdraws her consent to "
              "section 20, the SW will ask the team manager for an urgent legal planning meeting the same "
              "working day to apply for an interim care order, and Jayce will stay on the ward meanwhile."),
        ("p", "If Sharon cannot keep to her visits, or her viability assessment is negative, Jayce will see "
              "his nan once a week at Elm Road Family Centre, supervised by Leanne Moss. If the Tennants "
              "cannot take Jayce on discharge, the fostering duty team will find another approved carer and "
              "have them trained in cast care before discharge; Jayce will not leave the ward until a trained "
              "carer is ready."),
        ("h1", "Meetings and legal planning"),
        ("bullets", [
            "Core group: every 3 weeks – 26/06/2025 (on Puffin Ward), 17/07/2025, 07/08/2025 and 28/08/2025.",
            "First looked-after review, chaired by IRO Martin Ebo: 02/07/2025 on Puffin Ward.",
            "Review child protection conference: 11/09/2025, 10am, Yoxendale Civic Centre.",
            "A legal planning meeting on 17/06/2025 agreed pre-proceedings. If the parenting and CMHT "
            "assessments do not show by 29/08/2025 that Tanisha can keep Jayce safe, the SW will request a "
            "further legal planning meeting by 05/09/2025 to decide whether to issue care proceedings.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. GIRFEC Child's Plan set out under the four parts of the Resilience Matrix,
#    with Gaelic / English headings; PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
_tri_header = ["Na nì sinn / What we will do", "Cò / Who", "Cuin / When", "Ciamar a bhios fios againn / How we'll know"]
_tri_widths = [6.0, 3.6, 3.3, 4.1]

PLANS.append({
    "name": "b17_yelmstead_resilience_matrix_gaelic_macrae.pdf",
    "doc_title": "Plana an Leanaibh / Child's Plan - Mairi and Calum MacRae",
    "split": "tune",
    "template": "girfec-resilience-matrix-quadrant-tables-gaelic-english-paged",
    "description": (
        "Exemplary Scottish Child's Plan (child protection register, neglect; mother's alcohol dependency "
        "and depression) with Gaelic/English headings, SHANARRI outcomes and actions in four tables for "
        "the four parts of the Resilience Matrix; header and 'Duilleag N de M / Page N of M' footer on every "
        "page. CPN asked for a capacity-to-change report, recovery service owns an action, grandfather's "
        "and aunt's support covered in the contingency, core group and review CPPM dates, legal advice and "
        "a Reporter referral if drinking does not fall."
    ),
    "header": "OFFICIAL-SENSITIVE | Yelmstead and Ardvallin Council | Plana an Leanaibh / Child's Plan | Ref CPR-25-0192",
    "footer": "Duilleag {PAGE} de {NUMPAGES} / Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 9.5,
    "blocks": [
        ("title", "Plana an Leanaibh / Child's Plan"),
        ("p", "Child protection – Yelmstead and Ardvallin Council Social Work Services, with NHS Ardvallin and "
              "the police"),
        ("kv", [
            ("Clann / Children", "Mairi MacRae (11), P7, Ardvallin Primary Gaelic Medium; "
                                 "Calum MacRae (4), Ardvallin Primary Nursery"),
            ("Màthair / Mother", "Shona MacRae (36), 3 Cnoc an t-Sìthein, Ardvallin"),
            ("Athair / Father", "Donnie MacRae, lives in Glasgow; phones the children on Sundays"),
            ("Lead professional", "Seonag Campbell, Social Worker, Ardvallin Team"),
            ("Named person", "Mrs Ealasaid Munro, Head Teacher, Ardvallin Primary"),
            ("Child protection planning meeting", "03/06/2025 – names placed on the child protection register (neglect)"),
            ("Language", "Both children speak Gaelic and English. Mairi asked for her plan to have Gaelic headings."),
        ]),
        ("h1", "Carson a tha sinn draghail / Why we are worried"),
        ("p", "Shona has been dependent on alcohol for several years and has depression. Since February she "
              "has been taken to Ardvallin Hospital twice after being found drunk, once in the street with Calum "
              "in his buggy. On 14 May Mairi phoned her grandfather at 11pm because Shona would not wake up "
              "and Calum had been sick; Mairi had made his tea and put him to bed. The nursery has noticed "
              "that Calum often comes in hungry and in the same clothes, and his speech is behind for his "
              "age in both languages. Mairi has missed 19 days of school this year."),
        ("h1", "Na tha a' dol gu math / What is going well"),
        ("p", "Shona loves her children and they love her. She went to the Ardvallin Recovery Service for an "
              "assessment on her own before the meeting and says she wants to stop drinking. Mairi's "
              "grandfather, Iain Morrison, lives two miles away on his croft and has the children most "
              "afternoons; Shona's sister, Kirsty, lives in the village. Mairi is doing well at school when "
              "she is there and is proud of her Gaelic singing."),
        ("h1", "Na thuirt Mairi agus Calum / What Mairi and Calum told us"),
        ("p", "Mairi told Seonag, on her own at school on 28 May: \"I don't mind helping with Calum but I "
              "don't like it when I can't wake Mam up. I get scared she won't wake up at all.\" She said the "
              "best days are \"when Mam is just Mam and we go to Seanair's for tea\". She wants to go to "
              "shinty with her friends and doesn't want a new school. She asked that nobody tells her class. "
              "Calum said his favourite thing is \"Seanair's tractor\" and that he has \"cornflakes for tea\" "
              "sometimes. At nursery he plays at feeding the dolls and tells them \"shh, Mam's sleeping\"."),
        ("h1", "Na tha sinn ag iarraidh / What we want for Mairi and Calum"),
        ("bullets", [
            "Sàbhailte / Safe: Mairi and Calum are looked after every day and night by an adult who is sober "
            "and awake, and Mairi never has to look after Calum on her own.",
            "Fallain / Healthy: Calum eats three meals a day, his speech catches up and both children have "
            "their health and dental checks.",
            "A' coileanadh / Achieving: Mairi is at school every day (over 95%) and starts high school in "
            "August with her friends.",
            "Air an altramas / Nurtured: both children keep living with their mum if she can keep them safe, "
            "and keep seeing their grandfather, aunt and dad.",
            "Gnìomhach / Active: Mairi plays shinty and Calum goes to the nursery's outdoor sessions.",
        ]),
        ("h1", "Na nì sinn / What we will do"),
        ("p", "At the CPPM the Resilience Matrix was used to look at Mairi's and Calum's lives. The plan is "
              "set out under its four parts: building the children's own resilience, reducing what makes them "
              "vulnerable, making the protective environment around them stronger, and reducing the adversity "
              "they live with."),
        ("h2", "A' togail neart / Building resilience"),
        ("table", {
            "header": _tri_header,
            "widths": _tri_widths,
            "rows": [
                ["Talk with Mairi on her own about home and how she is feeling, using her \"three houses\"",
                 "Principal teacher Mrs Anna Gillies",
                 "Every Monday morning until the end of term, then her guidance teacher at high school",
                 "Note of each session; any worry passed to the lead professional the same day"],
                ["Sign Mairi up for the Ardvallin shinty club and pay her fees and kit",
                 "Lead professional Seonag Campbell (SW)",
                 "By 30/06/2025",
                 "Mairi is on the club register and at training on Tuesdays"],
                ["Young carers group and a young carer statement for Mairi",
                 "Young carers worker Lachie Ross, Ardvallin Young Carers",
                 "Group fortnightly on Thursdays from 19/06/2025; statement by 31/07/2025",
                 "Attendance record; young carer statement completed with Mairi and shared with her"],
            ],
        }),
        ("h2", "A' lùghdachadh cugallachd / Reducing vulnerability"),
        ("table", {
            "header": _tri_header,
            "widths": _tri_widths,
            "rows": [
                ["Assess Calum's speech and language in Gaelic and English and start a home programme with Shona",
                 "Speech and language therapist Morag Nicolson",
                 "Assessment by 27/06/2025, then home visits every 3 weeks",
                 "SLT report to the lead professional; Calum uses two-word phrases in both languages by the review"],
                ["Health reviews for both children, including Calum's overdue pre-school check, and register "
                 "them with a dentist",
                 "Health visitor Rhoda Matheson",
                 "By 11/07/2025",
                 "Reviews recorded in the child health record; dental registration letters copied to the lead "
                 "professional"],
            ],
        }),
        ("h2", "Àrainneachd dhìonach / A stronger protective environment"),
        ("table", {
            "header": _tri_header,
            "widths": _tri_widths,
            "rows": [
                ["Visit Mairi and Calum at home, at least one visit in three unannounced, and see Mairi on her own",
                 "Lead professional Seonag Campbell (SW)",
                 "Weekly until the review CPPM",
                 "Visit records show both children seen, Mairi seen alone, and food in the house"],
                ["Collect the children from school and nursery and give them their tea at the croft",
                 "Iain Morrison (grandfather / Seanair)",
                 "Monday, Wednesday and Friday each week from 09/06/2025",
                 "Collection log at the school office signed by Iain; the children tell the SW at visits"],
                ["Stay the night with the children if Shona has been drinking, and phone the social work duty "
                 "or out-of-hours team",
                 "Kirsty Morrison (maternal aunt)",
                 "The same evening, every time",
                 "Calls logged by the duty or out-of-hours team with the time and what was done"],
                ["Sessions at home on routines, meals and bedtimes with Shona and the children",
                 "Family support worker Peigi Mackay",
                 "Twice a week for 8 weeks from 16/06/2025",
                 "Routine chart in use; FSW checklist shows Calum in bed by 7.30pm on 5 nights a week or more"],
                ["Tell the lead professional about any worry about Mairi or Calum",
                 "Named person Mrs Ealasaid Munro",
                 "The same day",
                 "Worry recorded on the children's chronology with what was done"],
            ],
        }),
        ("h2", "A' lùghdachadh duilgheadas / Reducing adversity"),
        ("table", {
            "header": _tri_header,
            "widths": _tri_widths,
            "rows": [
                ["Agree a plan with Shona to cut down and stop drinking, and breath-test her at each appointment",
                 "Recovery worker Kenny MacLeod, Ardvallin Recovery Service",
                 "Weekly appointments from 10/06/2025",
                 "Attendance and breath test readings sent to the lead professional before each core group"],
                ["See Shona every 2 weeks, assess how her depression and drinking affect her care of the "
                 "children, and report on her capacity to change and the likely timescale",
                 "CPN Fiona Maclean, Ardvallin Community Mental Health Team",
                 "Every 2 weeks; written report by 08/08/2025",
                 "Written report on Shona's capacity to change shared with the core group by 08/08/2025"],
                ["Help Shona claim the benefits she is due and agree a plan for the rent arrears, so the "
                 "children keep their home",
                 "Welfare rights officer Donald Graham",
                 "First appointment by 20/06/2025",
                 "Claim made and repayment plan agreed with the housing association, copied to the lead "
                 "professional"],
            ],
        }),
        ("h1", "Ma thèid cùisean ceàrr / If things go wrong"),
        ("p", "If Shona is found drunk while she is looking after the children, if her breath test is above "
              "zero at two appointments in a row, or if Mairi says she has been left to look after Calum at "
              "night, the lead professional (or the out-of-hours social work team) will visit the same day. "
              "The children will stay with Iain at the croft, or with Kirsty, while an inter-agency referral "
              "discussion is held within 24 hours. If neither Iain nor Kirsty can have them – for example if "
              "Iain is unwell – Mairi and Calum will be placed together with council foster carers in Ardvallin "
              "the same day so that they stay at their school. The lead professional will seek legal advice "
              "from the council's solicitor the same working day and refer the children to the Children's "
              "Reporter."),
        ("h1", "Coinneamhan / Meetings"),
        ("bullets", [
            "Core group: every 3 weeks at Ardvallin Primary – 19/06/2025, 10/07/2025, 31/07/2025 and 21/08/2025.",
            "Review child protection planning meeting: 26/08/2025, 10am, Yelmstead council offices (video link "
            "for Donnie).",
            "If Shona's breath tests are not clear at 4 of her 5 appointments before the core group on "
            "31/07/2025, the lead professional will seek legal advice and refer the children to the "
            "Children's Reporter.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child-friendly plan: each adult's promise to the child, in quotes, with
#    what / when / how you'll know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_yorrington_grown_ups_promises_quinlan.md",
    "split": "tune",
    "template": "child-friendly-quoted-promise-from-each-adult-md",
    "description": (
        "Exemplary child protection plan written for a 9-year-old as a quoted promise from each adult "
        "(mum, SW, drug service worker, aunt, teacher, school nurse, FSW), each saying what, when and how "
        "she will know it was kept; drug service reports test results; a specific contingency with the "
        "aunt, a named fallback foster family and a legal planning meeting; core group and review dates."
    ),
    "text": """\
# Ruby's Plan – the grown-ups' promises

*Yorrington Council Children's Services. Written with Ruby on 1 July 2025, after the
child protection conference on 26 June 2025. This is the same plan the grown-ups
agreed at the conference, written so that Ruby can read it. Ruby chose the title.*

**Ruby Quinlan, age 9** · lives with Mum (Jade Quinlan) · Ruby's social worker is
Dev (Devinder Sohal)

## Why there is a plan

Twice in May, Mum took drugs and drank alcohol in the evening and went out, and
Ruby was on her own in the flat all night. The second time, Ruby rang Aunty Jo at
3 o'clock in the morning. Grown-ups have to make sure that never happens again.

## What Ruby told us

> "I love my mum and I want to live with her. I just don't want to be on my own
> at night. When it's dark I hear the door downstairs and I think it's a burglar."

> "I like going to Aunty Jo's because she does pancakes and her dog Biscuit sleeps
> on my feet."

> "My tummy hurts in the mornings at school. I don't know why."

Ruby wants the grown-ups to **tell her what is happening** and not talk about her
when she isn't there. She doesn't want her friends at school to know about the plan.

## What we all want for Ruby

- Ruby is never left on her own at night, and there is always a grown-up with her
  who is awake and has not taken drugs or drunk alcohol.
- Ruby gets to school every day, on time, with breakfast inside her.
- Ruby sleeps better, her tummy aches go away, and she can tell a grown-up when
  she is worried.
- Ruby keeps living with Mum if Mum can keep her safe, and sees Aunty Jo lots.

## The promises

Each grown-up wrote their own promise. Every promise says **what** they will do,
**when**, and **how Ruby and everyone else will know** they kept it.

1. **Mum (Jade):** "I won't take drugs or drink alcohol when I'm looking after
   you, and I'll go to my YoDAS appointment every Wednesday. You'll know because
   my drug tests will come back clear and Marcus will tell Dev the results every
   week."

2. **Dev (Devinder Sohal, social worker):** "I'll come to see you at home every
   other Tuesday after school, and at school in the weeks in between, and talk to
   you on your own. Each time we'll fill in your worry scale together, and it goes
   in your file so the grown-ups at the meetings can see how you're feeling."

3. **Marcus (Marcus Greene, drugs and alcohol worker at YoDAS, the Yorrington Drug
   and Alcohol Service):** "I'll see your mum every Wednesday and test her for
   drugs and alcohol every time, and I'll send Dev the results every Thursday. By
   15 August I'll write a report for Dev saying whether Mum is managing to stay
   off drugs and what else she needs."

4. **Aunty Jo (Joanne Quinlan):** "I'll pick you up from school every Monday and
   Thursday and you'll have tea at mine, and you can sleep over every Friday
   night. I'll write it all on the calendar in my kitchen, and Dev will look at it
   when she visits."

5. **Mrs Okoro (your class teacher, Yorrington Park Primary):** "I'll say hello to
   you at the classroom door every morning and ask if you've had breakfast. If you
   haven't, or you seem worried, I'll ring Dev that day. I'll keep a note of every
   morning and send it to Dev every Friday."

6. **Gemma (Gemma Fox, school nurse):** "I'll see you at school by 18 July to talk
   about your tummy aches and your sleep. I'll write down what we agree in a
   letter to you, Mum and Dev."

7. **Sophie (Sophie Carr, family support worker):** "I'll come on Monday and
   Wednesday evenings for 8 weeks from 7 July to help Mum with tea, bath and
   bedtime. We'll tick off your bedtime chart together, and I'll send Dev my notes
   every week."

## If things go wrong

If Mum takes drugs or drinks alcohol when she is looking after you, or leaves you
on your own, you can ring Aunty Jo or 999 – your number card is in the zip pocket
of your school bag. You will go to Aunty Jo's that same day and stay there while
Dev and the police make sure everything is safe.

If Aunty Jo can't have you (like if she is working nights or is poorly), you will
stay with Pam and Steve Dobson, foster carers Dev has already spoken to, that same
night, and you will still go to your school.

If this happens, Dev will also ask her manager for a **legal planning meeting**
with the council's lawyers that week. That is a meeting to decide what needs to
happen next to keep you safe.

## When the grown-ups will meet

- The grown-ups who made these promises (the core group) will meet every 4 weeks:
  on 10 July, 7 August and 4 September 2025. You can come to the first 15 minutes
  of any of them if you want to.
- The next big meeting, the review child protection conference, is on
  **18 September 2025** at the Yorrington Family Hub. Dev will help you write down
  what you want to say before then.
- If Mum's tests are not clear by the meeting on 4 September, Dev will ask for a
  legal planning meeting straight after it.

*Signed: Jade Quinlan · Devinder Sohal · Marcus Greene · Joanne Quinlan · Adaeze Okoro
· Gemma Fox · Sophie Carr*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Written agreement with the parents: numbered "we agree" clauses by party,
#    then a signature table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_yattersby_written_agreement_fairbrother.docx",
    "doc_title": "Written Agreement - Maisie and Harley Fairbrother",
    "split": "tune",
    "template": "written-agreement-numbered-clauses-by-party-signature-table",
    "description": (
        "Written agreement attached to a CP plan (domestic abuse, father's drinking, mother's depression): "
        "numbered clauses under 'Kelly and Jordan agree', 'Family members agree', 'Children's Services "
        "agree' and 'Other people helping', then a signature table. No outcome for the children; clauses "
        "with no timescale or measure, 'as soon as possible' with 'monitored', 'regularly', the wider "
        "family 'as and when', a passive referral, a CPN who only supports; grandmothers' help with no "
        "fallback, a vague contingency with no legal step, core group 'regularly'."
    ),
    "blocks": [
        ("title", "Written Agreement"),
        ("p", "Yattersby Borough Council – Children's Services, Safeguarding and Support Team (East)"),
        ("kv", [
            ("Children", "Maisie Fairbrother (7) and Harley Fairbrother (3)"),
            ("Parents", "Kelly Fairbrother (mum); Jordan Platt (Harley's dad, Maisie's stepdad)"),
            ("Address", "14 Tansy Close, Yattersby"),
            ("Child protection plan", "From the initial child protection conference on 12/05/2025 (emotional abuse)"),
            ("Social worker", "Nadia Brookes"),
            ("Date of this agreement", "03/06/2025"),
        ]),
        ("p", "This agreement sits alongside Maisie and Harley's child protection plan. It is not a legal "
              "document. Please read it carefully and ask Nadia if there is anything you do not understand."),
        ("h1", "Why we need this agreement"),
        ("p", "The police have been called to the house three times since February after Kelly and Jordan "
              "argued. On 27 April Jordan punched a hole in the kitchen door while he was holding Harley. "
              "Jordan has told us he drinks 6 to 8 cans most nights. Kelly has depression and sees a CPN from "
              "the Yattersby Community Mental Health Team; she says that on some days she cannot get out of "
              "bed and Maisie gets Harley his breakfast."),
        ("h1", "What Maisie has told us"),
        ("p", "Maisie told Nadia at school on 22 May that she \"hides in the wardrobe with Harley\" when Mummy "
              "and Jordan shout, and that she holds his ears. She said she likes Nana Denise's house \"because "
              "it's quiet and we have fish fingers\". She would like \"no more shouting and no more cans\". "
              "Harley's nursery say he covers his ears when other children are noisy and has started biting."),
        ("h1", "Kelly and Jordan agree:"),
        ("numbers", [
            "Jordan will not stay overnight at 14 Tansy Close from the date of this agreement; Nadia will check "
            "who is in the house at her unannounced visits and write it in her visit notes.",
            "Kelly and Jordan will not argue or shout in front of Maisie and Harley.",
            "Jordan will go to the Yattersby Alcohol Service drop-in as soon as possible and his engagement will "
            "be monitored.",
            "Kelly will keep taking her medication and will see her CPN regularly.",
            "Kelly will make sure Maisie gets to school by 8.50am every day and Harley goes to nursery on his "
            "three days; the school and nursery will send Nadia the attendance figures every Friday.",
            "Jordan will start the 24-week Respect at Home programme on 16/06/2025, and the facilitator will "
            "send Nadia a written report at weeks 12 and 24.",
            "Kelly and Jordan will let Nadia into the house at every visit, planned or not, and let her see "
            "the children on their own.",
        ]),
        ("h1", "Family members agree:"),
        ("numbers", [
            "Denise Fairbrother (maternal grandmother) will collect Maisie and Harley from school and nursery "
            "every Tuesday and Thursday and give them their tea.",
            "Sandra Platt (Jordan's mum) will supervise all the time Jordan spends with the children, at her "
            "house, and keep a contact diary that she and Jordan sign after each visit.",
            "The wider family will keep an eye on the children and let Nadia know if they are worried, as "
            "and when.",
        ]),
        ("h1", "Children's Services agree:"),
        ("numbers", [
            "Nadia Brookes (SW) will visit Maisie and Harley at home every 2 weeks and see Maisie on her own, "
            "and her visit notes will record what Maisie says.",
            "A referral will be made to the Family Support Service for help with routines at home.",
            "Nadia will refer Kelly to the Yattersby Domestic Abuse Service by 10/06/2025; the IDVA will "
            "complete a DASH risk assessment with Kelly and send it to Nadia.",
            "Nadia will help Kelly with her housing transfer application.",
        ]),
        ("h1", "Other people helping"),
        ("numbers", [
            "CPN Gareth Lowe, Yattersby Community Mental Health Team, will continue to see Kelly every 2 weeks "
            "to support her with her depression.",
            "Yattersby Alcohol Service (recovery worker Dean Hollis) will assess Jordan's drinking by 20/06/2025 "
            "and send Nadia the assessment and his attendance every month.",
            "Maisie's school (DSL Mrs Harriet Quayle) will give Maisie time with the learning mentor every "
            "week and send Nadia a note of each session.",
            "Health visitor Yvonne Clegg will do Harley's overdue 2-year review by 30/06/2025 and send Nadia "
            "his development scores.",
        ]),
        ("h1", "If this agreement is not kept"),
        ("p", "If Kelly or Jordan do not keep to this agreement, or there are further concerns about the "
              "children, Nadia will talk to her manager and the plan will be reviewed."),
        ("h1", "Looking at the agreement again"),
        ("p", "This agreement will be looked at again at each core group meeting. The core group will meet "
              "regularly to see how things are going. The review child protection conference is on "
              "04/08/2025 at 2pm at Yattersby Town Hall."),
        ("h1", "Signatures"),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.2, 5.0, 4.8, 3.0],
            "rows": [
                ["Kelly Fairbrother", "Mum", "", ""],
                ["Jordan Platt", "Harley's dad", "", ""],
                ["Denise Fairbrother", "Maternal grandmother", "", ""],
                ["Sandra Platt", "Paternal grandmother", "", ""],
                ["Nadia Brookes", "Social worker", "", "03/06/2025"],
                ["Owen Gately", "Team manager", "", "03/06/2025"],
            ],
        }),
    ],
    "findings": [
        F("T001", "Kelly and Jordan will not argue or shout in front"),
        F("M001", "Kelly and Jordan will not argue or shout in front"),
        F("T002", "Jordan will go to the Yattersby Alcohol Service drop-in"),
        F("M002", "Jordan will go to the Yattersby Alcohol Service drop-in"),
        F("T002", "Kelly will keep taking her medication and will see her CPN regularly"),
        F("M001", "Kelly will keep taking her medication and will see her CPN regularly"),
        F("M001", "Kelly and Jordan will let Nadia into the house at every visit"),
        F("M001", "Denise Fairbrother (maternal grandmother) will collect Maisie and Harley"),
        F("W002", "The wider family will keep an eye on the children"),
        F("T002", "The wider family will keep an eye on the children"),
        F("M002", "The wider family will keep an eye on the children"),
        F("W001", "A referral will be made to the Family Support Service"),
        F("T001", "A referral will be made to the Family Support Service"),
        F("M001", "A referral will be made to the Family Support Service"),
        F("T001", "Nadia will help Kelly with her housing transfer application"),
        F("M001", "Nadia will help Kelly with her housing transfer application"),
        F("H001", "will continue to see Kelly every 2 weeks to support her"),
        F("M001", "will continue to see Kelly every 2 weeks to support her"),
        F("O001"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Typed core group minutes: attendees keyed by initials, discussion by item,
#    then a fixed-width action summary owned by initials; family moving to
#    another authority (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_yarncott_core_group_initials_log_oyelaran.txt",
    "split": "tune",
    "template": "core-group-minutes-attendee-initials-fixed-width-action-summary-txt",
    "description": (
        "Typed core group minutes (neglect; mother's bipolar disorder; family moving to another council) "
        "with attendees keyed by initials, numbered items and a fixed-width action summary whose owners "
        "are initials. Three actions paused or passed to the receiving council, a CPN who only supports, "
        "'All' monitoring 'ongoing', a passive GP update with no owner, blank measures; the children's "
        "views were not sought, and the next core group and review conference are left 'TBC'."
    ),
    "text": """\
YARNCOTT COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - MINUTES

Children:   Tayo OYELARAN   (12)  DOB 02/03/2013
            Kemi OYELARAN   (6)   DOB 19/11/2018
Plan:       Child Protection - Neglect (ICPC 08/04/2025)
Meeting:    Core group no. 4 - Tue 24/06/2025, 10.00am, Ashgrove Family Hub
Chair:      Lorna Mitchell (SW)          Minutes: Pat Evans (business support)

PRESENT
  BO   Bisola Oyelaran        Mum
  LM   Lorna Mitchell         SW, Yarncott Children's Services (chair)
  RW   Rachel Wood            DSL, Yarncott Academy (Tayo)
  SD   Sunita Dhar            Deputy Head / DSL, St Anne's Primary (Kemi)
  JH   Josh Hale              CPN, Yarncott CMHT (North)
  KF   Karen Fry              School Nurse
  AM   Aisha Malik            Family Support Worker

APOLOGIES
  Dr T Ling (GP) - no report received

------------------------------------------------------------------------------
1. MINUTES OF LAST MEETING (03/06/2025)
   Agreed as accurate. Actions from last time are carried into the summary
   below where not yet done.

2. PLAN OUTCOMES (from ICPC, for reference)
   - Tayo and Kemi are cared for by a parent who is well enough to get them up,
     fed and to school on time every day.
   - Tayo is not responsible for getting Kemi up, dressed or to school.
   - Kemi's health needs (wetting, dental) are seen to.

3. UPDATES
   BO  - Said things are "much better". She has restarted her medication
         (lithium) and is sleeping. She is pleased about the new flat (item 4).
   JH  - Has seen BO fortnightly since the last meeting, 3 appts, all kept.
         Mood "more settled" but BO still sleeps until midday on some days.
         BO's diagnosis is bipolar affective disorder.
   RW  - Tayo late 9 times since last CG, mostly Mon/Tue. Attendance 91%.
   SD  - Kemi attendance 88% this half term. 4 lates. Concerns about
         presentation continue, see school's written report (attached).
   KF  - Continence clinic referral for Kemi not yet made - KF waiting for
         consent form from BO, now signed in the meeting.
   AM  - 5 of 8 routine sessions done. Morning routine chart started,
         not yet used consistently.

4. HOUSING MOVE / TRANSFER
   BO has accepted a council flat in Hollinsford (Kestrel Court) and the
   family move on 14/07/2025. LM explained that Yarncott keeps the CP plan
   until Hollinsford hold a transfer-in conference. LM's manager has spoken
   to the Hollinsford duty manager. It was agreed some pieces of work are
   better started once the family are settled (see actions).

5. CHILDREN'S VIEWS
   Not discussed. LM has not seen the children since 03/06/2025 (visit on
   17/06 - no answer).

6. CONTINGENCY
   The ICPC contingency still stands. If BO stops her lithium, goes 2 nights
   without sleep, or Kemi is brought to school late and unwashed on 2 days in
   one week, LM (or EDT) will visit the same day. Tayo and Kemi will be placed
   together with Yarncott foster carers that day while a strategy discussion
   is held within 24 hrs, and LM will request a legal planning meeting.

7. AOB
   None.

------------------------------------------------------------------------------
ACTION SUMMARY

No.   Action                                                     Who          By when
----  ---------------------------------------------------------  -----------  ----------------
4.1   See Tayo and Kemi at home, each on their own, and write    LM           01/07/2025
      up their views for the transfer-in conference
4.2   Continue fortnightly appts with BO and support her with    JH           Ongoing
      her medication
4.3   Send Tayo's lateness and attendance figures to LM          RW           Every Fri
      (target 95%+, no lates) - c/f from 03/06
4.4   Continence clinic referral for Kemi - pass to Hollinsford  KF           After move
      school nursing to make once family moved
4.5   Young carers assessment for Tayo - hold until family       LM           TBC
      settled in Hollinsford
4.6   Finish remaining 3 routine sessions with BO and share      AM           11/07/2025
      the routine chart with LM
4.7   Parenting assessment of BO (started 20/05) - paused,       Hollinsford  -
      to be completed by Hollinsford
4.8   Get Kemi to school by 8.50am each day with a packed        BO           From 25/06/2025
      lunch or dinner money
4.9   Notify Hollinsford of the move and send transfer papers;   LM           07/07/2025
      Hollinsford to confirm transfer-in conference date in
      writing
4.10  Monitor Kemi's presentation and share concerns             All          Ongoing
4.11  GP to be updated about the move and BO's lithium           -            Before 14/07/2025
      prescription

NEXT CORE GROUP:        TBC - to be arranged by Hollinsford after the move
REVIEW CONFERENCE:      To be arranged by Hollinsford (transfer-in)

Minutes circulated 26/06/2025 by P Evans. Please send any corrections to LM.
""",
    "findings": [
        F("H001", "Continue fortnightly appts with BO and support her with"),
        F("M001", "Continue fortnightly appts with BO and support her with"),
        F("X001", "Continence clinic referral for Kemi - pass to Hollinsford"),
        F("M001", "Continence clinic referral for Kemi - pass to Hollinsford"),
        F("X001", "Young carers assessment for Tayo - hold until family"),
        F("T002", "Young carers assessment for Tayo - hold until family"),
        F("M001", "Young carers assessment for Tayo - hold until family"),
        F("X001", "Parenting assessment of BO (started 20/05) - paused,"),
        F("T001", "Parenting assessment of BO (started 20/05) - paused,"),
        F("M001", "Parenting assessment of BO (started 20/05) - paused,"),
        F("M001", "Get Kemi to school by 8.50am each day with a packed"),
        F("W002", "Monitor Kemi's presentation and share concerns"),
        F("T002", "Monitor Kemi's presentation and share concerns"),
        F("M002", "Monitor Kemi's presentation and share concerns"),
        F("W001", "GP to be updated about the move and BO's lithium"),
        F("M001", "GP to be updated about the move and BO's lithium"),
        F("F003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth Signs of Safety plan printed from a case system: danger
#    statements and safety goals as labelled field rows, then steps linked to
#    a goal (merged Goal column); landscape PDF with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_yondercombe_prebirth_goal_linked_steps_haverley.pdf",
    "doc_title": "Pre-birth Child Protection Plan (Signs of Safety) - Baby Haverley",
    "split": "tune",
    "template": "prebirth-sos-field-rows-then-goal-linked-steps-merged-goal-export-landscape-paged",
    "description": (
        "Case-system print of a pre-birth Signs of Safety plan (mother's personality disorder and "
        "self-harm, father's cannabis use and past violence, older child adopted): danger statements "
        "and safety goals as labelled form fields, then next steps linked to a goal in a merged 'Goal' column; "
        "landscape, system header and 'Printed ... Page N of M' footer on every page. A perinatal team "
        "that only supports, 'ongoing'/'engagement', 'as and when' from the paternal family, a blank "
        "measure for the grandmother's overnight stays, 'start date TBC', a blank owner, an adult-only "
        "safety goal, and nothing if the grandmother cannot stay."
    ),
    "landscape": True,
    "check_vmerge": 3,
    "header": "CASEBOOK 4 | Yondercombe Council Children's Services | OFFICIAL-SENSITIVE | Person ID 7730415",
    "footer": "Printed 26/06/2025 14:22 by HPARR | Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan (Signs of Safety)"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Subject", "Unborn baby HAVERLEY, EDD 28/08/2025"],
                ["Mother", "Chloe HAVERLEY (20), 5 Linnet Walk, Yondercombe"],
                ["Father", "Reece MADDOX (24), lives with Chloe"],
                ["Plan status", "Pre-birth ICPC 12/06/2025 – child protection plan, category: Neglect (risk of)"],
                ["Allocated worker", "Hannah Parr (SW), Yondercombe Assessment and Intervention Team 3"],
                ["Form", "CP Plan – Signs of Safety v2 | Version 1 | Status: Authorised 24/06/2025 (K Morley, TM)"],
            ],
        }),
        ("h1", "Background"),
        ("p", "Chloe's first child, Ava, was removed in 2023 when she was 6 weeks old after she was found with "
              "bruising, and was adopted in 2024. At that time Chloe was self-harming, misusing alcohol and in "
              "a violent relationship with Ava's father. Chloe has a diagnosis of emotionally unstable "
              "personality disorder; she cut herself in March 2025 when she found out she was pregnant and "
              "is under the Yondercombe Perinatal Mental Health Team. Reece smokes cannabis daily and has a "
              "2022 conviction for assaulting a former partner. Chloe and Reece say there has been no violence "
              "between them. Chloe's mum, Tracey Haverley, has offered to stay with them after the birth."),
        ("h1", "Danger statements and safety goals"),
        ("p", "Section 3 of form CPP-SOS-2. Each next step below is linked to the safety goal it works towards."),
        ("table", {
            "widths": [5.0, 20.7],
            "bold_first_col": True,
            "rows": [
                ["Danger statement DS1",
                 "Children's services, the midwife and the perinatal team are worried that if Chloe becomes "
                 "very distressed and self-harms while she is caring for the baby, the baby could be left "
                 "unfed, dropped or hurt, as happened to Ava."],
                ["Danger statement DS2",
                 "We are worried that if Reece and Chloe argue, Reece could become violent as he was with his "
                 "former partner, and the baby could be hurt or frightened."],
                ["Danger statement DS3",
                 "We are worried that if Reece is stoned while caring for the baby at night, he will not wake "
                 "to the baby or could fall asleep holding the baby."],
                ["Safety goal SG1",
                 "The baby is cared for by adults who are awake, calm and sober, who feed and settle the "
                 "baby and keep the baby safe day and night, and Chloe has someone with her when she is "
                 "distressed."],
                ["Safety goal SG2",
                 "The baby lives in a home with no shouting, hitting or frightening behaviour, and Chloe and "
                 "Reece can show the safety network how they will keep the baby safe if they argue."],
                ["Safety goal SG3",
                 "Chloe's mental health is stable and she keeps going to her perinatal appointments."],
            ],
        }),
        ("h1", "What's working well"),
        ("bullets", [
            "Chloe has been to every antenatal appointment and the 20-week scan, and tells the midwife how "
            "she is feeling.",
            "Chloe has not self-harmed since March and rings the perinatal crisis line when she feels unsafe.",
            "Tracey has a good relationship with Chloe and cared for Chloe's younger brothers for many years.",
        ]),
        ("h1", "The baby's voice"),
        ("p", "If the baby could tell us, we think they would say: \"I need someone to feed me every three "
              "hours, even at night, and to pick me up gently when I cry. I need the grown-ups around me to "
              "be calm and not shouting, and to put me down on my back in my own crib.\" At the 24-week "
              "appointment the midwife saw the baby move when Reece talked to the bump; Chloe has started "
              "reading to the bump at bedtime."),
        ("pagebreak",),
        ("h1", "Next steps (safety plan actions)"),
        ("table", {
            "header": ["Step", "What will happen", "Owner", "Target date", "Evidence of completion", "Goal"],
            "widths": [1.5, 8.0, 4.6, 3.6, 6.2, 1.8],
            "rows": [
                ["1", "Pre-birth assessment of Chloe and Reece, including what has changed since Ava was removed",
                 "Hannah Parr (SW)", "01/08/2025",
                 "Written assessment shared with Chloe, Reece and the core group by 01/08/2025", "SG1"],
                ["2", "Perinatal mental health team to continue to see Chloe and support her with her mood "
                      "and self-harm",
                 "Yondercombe Perinatal Mental Health Team (CPN Lynne Shaw)", "Fortnightly",
                 "Chloe's mood is stable", V],
                ["3", "Birth plan and discharge plan, with an alert that the baby is not discharged without "
                      "the SW's agreement",
                 "Safeguarding midwife Carol Bright", "By 24/07/2025 (36 weeks)",
                 "Birth plan on the maternity record and copied to the SW and EDT", V],
                ["4", "Tracey to stay at the flat for the first 4 weeks after the baby comes home and do the "
                      "night feeds with Chloe",
                 "Tracey Haverley (MGM)", "First 4 weeks after discharge", "", V],
                ["5", "Ring the SW the same day if Chloe self-harms or says she wants to hurt herself or the baby",
                 "Reece Maddox; Tracey Haverley", "Same day",
                 "Call logged on CASEBOOK with the time and what was done", V],
                ["6", "Reece to attend Yondercombe Drug and Alcohol Service (YDAS) and cut down his cannabis use",
                 "Reece Maddox", "Ongoing", "Engagement with YDAS", "SG2"],
                ["7", "Reece to complete the Yondercombe Domestic Abuse Perpetrator Programme",
                 "Reece Maddox", "Start date TBC",
                 "Facilitator's mid-point and end reports to the SW", V],
                ["8", "Reece's mum and sister to help out with the baby when needed",
                 "Maddox family", "As and when", "Monitored by SW", V],
                ["9", "Little Steps antenatal parenting group for Chloe and Reece",
                 "", "September 2025 group", "", "SG3"],
                ["10", "Antenatal visit on safe sleep, crying and feeding, then the new birth visit",
                 "HV Dionne Carter", "Antenatal visit by 31/07/2025; new birth visit day 10–14",
                 "Safe sleep checklist signed; baby's weight recorded at the new birth visit", V],
                ["11", "Home visits to see Chloe and Reece and check the baby's sleeping space is ready",
                 "Hannah Parr (SW)", "Every 2 weeks until the birth, then weekly",
                 "Visit notes; crib and baby items in place by 36 weeks", V],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Chloe self-harms, or there is any incident of violence between Chloe and Reece, or Reece is "
              "found under the influence of cannabis while caring for the baby, the SW (or EDT out of hours) "
              "will hold a strategy discussion the same day. If the baby has been born, the baby will stay on "
              "the ward or be placed with approved foster carers that day, and the SW will request a legal "
              "planning meeting (PLO) within 5 working days."),
        ("h1", "Review arrangements"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Core group", "Every 4 weeks: 10/07/2025, 07/08/2025, then within 10 working days of the birth"],
                ["Review CP conference", "11/09/2025, 1.30pm, Yondercombe House"],
                ["Legal planning", "If the pre-birth assessment on 01/08/2025 shows no change since Ava's "
                                   "removal, the SW will request a legal planning meeting before the birth."],
            ],
        }),
        ("p", "End of printout. Generated from CASEBOOK 4 – form CPP-SOS-2."),
    ],
    "findings": [
        F("H001", "Perinatal mental health team to continue to see Chloe"),
        F("M002", "Perinatal mental health team to continue to see Chloe"),
        F("M001", "Tracey to stay at the flat for the first 4 weeks"),
        F("T002", "Reece to attend Yondercombe Drug and Alcohol Service (YDAS)"),
        F("M002", "Reece to attend Yondercombe Drug and Alcohol Service (YDAS)"),
        F("T002", "Reece to complete the Yondercombe Domestic Abuse Perpetrator Programme"),
        F("W002", "Reece's mum and sister to help out with the baby"),
        F("T002", "Reece's mum and sister to help out with the baby"),
        F("M002", "Reece's mum and sister to help out with the baby"),
        F("W001", "Little Steps antenatal parenting group for Chloe and Reece"),
        F("M001", "Little Steps antenatal parenting group for Chloe and Reece"),
        F("F002", "Chloe's mental health is stable and she keeps going to her perinatal appointments"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Step-up from a child in need plan to a CP plan: one markdown table with
#    "CIN plan said / what happened / what happens now (who, when) / how
#    we'll know" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_yellowmere_cin_step_up_then_now_farrant.md",
    "split": "tune",
    "template": "cin-to-cp-step-up-then-and-now-rows-md",
    "description": (
        "ICPC plan stepping up from a child in need plan (mother's drinking and low mood) in one table "
        "that sets each old CIN action beside what happened and what happens now (who and when in one "
        "cell). Most new actions are about the mother's own needs, no adult service owns an action, an "
        "adult-only outcome, 'improvement', a passive row with nothing else, 'when he can', 'ongoing' with "
        "a blank measure; vague contingency and no legal step."
    ),
    "text": """\
# Yellowmere City Council – Children's Services

## Child Protection Plan – stepped up from Child in Need

| | |
|---|---|
| **Children** | Leo Farrant (8), Year 3, Brookside Juniors; Poppy Farrant (14 months) |
| **Mum** | Stacey Farrant (31) |
| **Mum's partner** | Dale Hibbert (34), moved in April 2025 |
| **ICPC** | 02/07/2025 – child protection plan, category Neglect |
| **Before this** | Child in Need plan from 14/01/2025 (stepped up from Early Help) |
| **Social worker** | Marcus Bell, Yellowmere Family Safeguarding Team B |

### Why the plan has stepped up

The CIN plan has not made enough difference. Stacey told the CIN review on 10 June
that she drinks "a bottle of wine most nights, more at weekends", and she has been
seen by the GP for low mood and poor sleep. On 19 June a neighbour found Poppy
crying alone in her cot at 4pm; Stacey was asleep on the sofa and Leo was still at
school waiting to be collected. Leo's attendance fell to 84% in the spring term.
Dale says he does not drink but works long shifts and is out most of the day.

### What Leo says

Leo talked to Marcus on his own at school on 25 June. He said: "Mum's always tired.
Sometimes I do Poppy's bottle." He said he gets "a bit scared" waiting at the
school gate when nobody comes, and he would like "Mum to come to sports day". Leo
likes Minecraft and his best friend Jayden. Poppy was seen on 19 June: she was
wet through and hungry, and settled quickly once she was fed and held.

### What needs to be different for Leo and Poppy

1. Leo and Poppy are looked after by a sober adult who is awake, every day and night.
2. Leo gets to school on time, is collected every day, and doesn't worry about
   looking after Poppy.
3. Poppy is fed, changed and has her health checks on time.
4. Stacey's drinking reduces and she feels more confident.

### The plan – what the CIN plan said, and what happens now

| The CIN plan said (Jan 2025) | What happened | What happens now (who, when) | How we'll know |
|---|---|---|---|
| Stacey to go to Horizons alcohol service | Went to 2 of 9 appointments | Stacey to go to every Horizons appointment, weekly on Tuesdays from 08/07/2025 | Stacey brings her Horizons appointment card to each SW visit |
| Family support worker for routines | FSW left in March; not replaced | Stacey to have support with budgeting and her debts from Yellowmere Money Advice Service – appointment by 18/07/2025 | |
| GP appointment for Stacey's low mood | Not booked | Stacey to see her GP about her low mood and sleep | |
| SW visits every 4 weeks | 6 visits; Leo seen alone twice | SW Marcus Bell to visit every week, at least one visit in two unannounced, and see Leo on his own | Visit notes show Leo seen alone and Poppy seen awake at each visit |
| Leo's attendance to be checked | 84% spring term | Stacey to get Leo to school on time every day | Improvement in attendance |
| – | – | Stacey to be supported to access a women's group to build her confidence | |
| Dale to do a parenting course | Dale moved in; did not start | Dale to complete the Yellowmere Parenting Together course, starting when he can | Course certificate given to the SW |
| – | – | Poppy's 1-year health review (overdue) – HV Sian Rowe by 25/07/2025 | Review done; weight and development scores sent to the SW |
| Stacey to bid for a 3-bed house | Still bidding | Housing officer to help Stacey with her housing bids – ongoing | |
| – | – | Stacey to keep a drink diary every day and bring it to each core group | Drink diary shared at each core group |
| Leo to go to breakfast club | Went 3 days a week | Brookside Juniors (DSL Mrs Parveen Ahmed) to keep Leo's breakfast club place every school day | Breakfast club register sent to the SW every 2 weeks |

### If things don't get better

If things get worse, or there are more worries about Stacey's drinking, Marcus will
talk to the team manager and the plan will be looked at again at the core group.

### Meetings

- Core group: every 4 weeks – 16/07/2025, 13/08/2025 and 10/09/2025, 10am at
  Brookside Juniors.
- Review child protection conference: 01/10/2025, 2pm, Yellowmere Civic Offices.
""",
    "findings": [
        F("M001", "Stacey to have support with budgeting and her debts"),
        F("T001", "Stacey to see her GP about her low mood and sleep"),
        F("M001", "Stacey to see her GP about her low mood and sleep"),
        F("M002", "Stacey to get Leo to school on time every day"),
        F("W001", "Stacey to be supported to access a women's group"),
        F("T001", "Stacey to be supported to access a women's group"),
        F("M001", "Stacey to be supported to access a women's group"),
        F("T002", "Dale to complete the Yellowmere Parenting Together course"),
        F("T002", "Housing officer to help Stacey with her housing bids"),
        F("M001", "Housing officer to help Stacey with her housing bids"),
        F("F002", "Stacey's drinking reduces and she feels more confident"),
        F("F001"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})
