"""Batch 35, module 1: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services, trusts and
councils. Labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: plans from outside the usual English templates and from unusual hands: a
Northern Ireland family support plan in numbered "Need identified / Response / Lead /
Review date" blocks, a Scottish Child's Plan whose actions sit in a wellbeing-indicator
matrix with "no concerns" rows, a Welsh care and support protection plan with Welsh
then English headings, a three-column "Concern / What will happen / How we will check"
plan with concerns spanning two rows, a Signs of Safety safety plan written with the
family, a letter before proceedings with the plan attached as "What you need to do" and
"What the local authority will do", and an IRO's review conference record whose rows
are marked carried forward, ongoing or new. Three are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Northern Ireland family support plan (Article 18), numbered blocks of
#    Need identified / Response / Lead / Review date (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_clandoyle_ni_family_support_need_response_blocks_mcaleese.docx",
    "doc_title": "Family Support Plan - Orla and Cian McAleese",
    "split": "tune",
    "template": "ni-trust-family-support-plan-docx-unocini-summary-then-numbered-kv-blocks-need-identified-response-lead-review-date",
    "description": (
        "Northern Ireland Trust family support plan (child in need level) for a 7-year-old and a "
        "3-year-old: mother's depression, father's weekend drinking, poor attendance, home "
        "conditions. Each need is a numbered block with Need identified / Response / Lead / Review "
        "date; the measure, where there is one, sits in the Response. Gaps: a developmental review "
        "with no output, primary care mental health support that only supports, is 'monitored' and "
        "is reviewed 'Ongoing', an unallocated lead, a benefits referral 'as soon as possible' with "
        "no measure, a parenting course 'when a place comes up'. Reviewed at a family support "
        "review meeting only (no core group or conference) and no legal step."
    ),
    "header": "Clandoyle Health and Social Care Trust – Family Support Plan – IN CONFIDENCE",
    "blocks": [
        ("title", "Family Support Plan"),
        ("p", "Clandoyle Health and Social Care Trust · Children's Community Services · "
              "Family Intervention Team 3 (Clandoyle North)"),
        ("kv", [
            ("Children", "Orla McAleese, DOB 14/02/2018 (7), P3 at St Brigid's Primary School; "
                         "Cian McAleese, DOB 30/09/2021 (3), not yet at playgroup or nursery"),
            ("Address", "17 Corrakeel Gardens, Clandoyle"),
            ("Parents", "Bronagh McAleese (mother) and Padraig McAleese (father), both living at home"),
            ("Basis", "Family support under Article 18, Children (Northern Ireland) Order 1995, following "
                      "a UNOCINI assessment completed 22/05/2025"),
            ("Social worker", "Aoife Brennan"),
            ("Senior practitioner", "Conor Devlin"),
            ("Plan agreed", "Family support planning meeting, 19/06/2025, Clandoyle Family Centre"),
        ]),
        ("h1", "Summary of the UNOCINI assessment"),
        ("p", "The family were referred by St Brigid's in April because of Orla's attendance and because "
              "she told her teacher she was frightened at home at weekends. The assessment found that "
              "Bronagh has been low for most of the last year and is on sertraline from her GP, that "
              "Padraig drinks heavily from Friday to Sunday, and that the children hear a lot of shouting "
              "when he has been drinking. There has been no violence and no police involvement. Money is "
              "very tight and the house has been let go. Both parents were open with the social worker, "
              "agreed with most of the assessment and asked for help."),
        ("p", "Strengths: the children are warmly cared for when things are calm; Orla is doing well in "
              "reading; Bronagh's sister Niamh lives nearby and the children know her well; both parents "
              "came to every meeting and said they want the plan to work."),
        ("h1", "What Orla and Cian are telling us"),
        ("p", "Orla (seen on her own at school, 10/06/2025) said: \"When Daddy has his cans he shouts and "
              "Mammy cries, so I get into Cian's bed.\" She said the best day is Wednesday \"because Mammy "
              "does pancakes\" and she would like to go to Irish dancing like her friend Ciara. She worries "
              "about being late \"because everyone looks at me\"."),
        ("p", "Cian has few words for his age and points to what he wants. On visits he played with cars on "
              "the floor, brought his shoes to the social worker to go out, and went to Bronagh for a "
              "cuddle when the dog barked. He was in a wet nappy on two of four visits."),
        ("h1", "What we want for Orla and Cian"),
        ("bullets", [
            "Orla gets to school on time every day, having had breakfast, and her attendance is over 95%.",
            "Cian is using more words, goes to playgroup and is ready for nursery school next year.",
            "Orla and Cian live in a calm, clean home where they are not frightened by shouting or "
            "drinking, and Orla no longer feels she has to mind her brother.",
        ]),
        ("h1", "The plan"),
        ("p", "Each need below was agreed with Bronagh and Padraig at the planning meeting. The lead person "
              "is responsible for the response and will report on it at the review."),
        ("kv", [
            ("1. Need identified", "Orla has missed 23 half-day sessions since January and is late most "
                                   "Mondays. The school says she often arrives tired and without breakfast."),
            ("Response", "Bronagh will walk Orla to school every morning and Orla will go to the St Brigid's "
                         "breakfast club from 8.15am; the school will phone Bronagh if Orla is not in by "
                         "9.15am. Attendance will be taken from the school register and sent to the social "
                         "worker at the end of each month."),
            ("Lead", "Bronagh McAleese, with Mrs Una Feeney, Vice Principal and designated teacher"),
            ("Review date", "30/09/2025 (attendance figures sent monthly)"),
        ]),
        ("kv", [
            ("2. Need identified", "Cian has very few words for his age. He was not brought to his "
                                   "developmental check in March."),
            ("Response", "Health visitor to complete a developmental review of Cian's speech and play at home."),
            ("Lead", "Siobhan Doherty, health visitor"),
            ("Review date", "15/08/2025"),
        ]),
        ("kv", [
            ("3. Need identified", "Bronagh has depression, diagnosed by her GP, and takes sertraline. She "
                                   "told the social worker that on some days she cannot get up until the "
                                   "afternoon and that Orla gets Cian his breakfast."),
            ("Response", "Sessions at the Fernhill Wellbeing Hub to support Bronagh with her low mood; "
                         "progress will be monitored."),
            ("Lead", "Gráinne Lavery, Primary Care Mental Health Practitioner"),
            ("Review date", "Ongoing"),
        ]),
        ("kv", [
            ("4. Need identified", "Padraig drinks heavily from Friday to Sunday and the children hear the "
                                   "arguments that follow."),
            ("Response", "Alcohol assessment and weekly key-work with Padraig, with a breath test at each "
                         "session and a written update to the social worker every month on his drinking and "
                         "what it means for Orla and Cian."),
            ("Lead", "Eamon Rafferty, Clandoyle Community Addiction Team"),
            ("Review date", "Assessment by 18/07/2025; key-work weekly from then"),
        ]),
        ("kv", [
            ("5. Need identified", "The kitchen and bathroom were dirty on three visits, there is no working "
                                   "washing machine, and the children's clothes were unwashed."),
            ("Response", "Help Bronagh and Padraig set up a daily cleaning and laundry routine, and apply to "
                         "the Trust's discretionary fund for a washing machine. A home conditions checklist "
                         "completed at each social work visit should show the kitchen, bathroom and "
                         "children's bedroom clean."),
            ("Lead", "TBC – to be allocated at the next team allocation meeting"),
            ("Review date", "31/08/2025"),
        ]),
        ("kv", [
            ("6. Need identified", "Orla is anxious and has told her teacher she hides under her bed when her "
                                   "parents argue."),
            ("Response", "Weekly counselling for Orla at school with the Clandoyle Schools Counselling "
                         "Service, with a note to the social worker after every sixth session on what Orla "
                         "is saying about home and how she is managing."),
            ("Lead", "Ruth Gilmore, school counsellor"),
            ("Review date", "Weekly in term time; first note by 31/10/2025"),
        ]),
        ("kv", [
            ("7. Need identified", "The family has rent arrears of £1,840 and a court date about a gas debt. "
                                   "Bronagh and Padraig say money is behind most of their rows."),
            ("Response", "Referral to the Clandoyle Advice Centre for a full benefits check and help with "
                         "the rent arrears and gas debt."),
            ("Lead", "Aoife Brennan, social worker"),
            ("Review date", "As soon as possible"),
        ]),
        ("kv", [
            ("8. Need identified", "Bronagh and Padraig agree that they shout at the children when they are "
                                   "stressed and find bedtimes hard."),
            ("Response", "Bronagh and Padraig to complete the Parenting Together course at the Clandoyle "
                         "Family Centre, with the facilitator's attendance record and end-of-course report "
                         "sent to the social worker."),
            ("Lead", "Bronagh and Padraig McAleese"),
            ("Review date", "When a place comes up on the next course"),
        ]),
        ("kv", [
            ("9. Need identified", "Cian has no playgroup or nursery place and spends most days at home."),
            ("Response", "Apply for a funded place for Cian at Little Acorns Playgroup, three mornings a week "
                         "from September. The playgroup register will show Cian attending, and his key "
                         "worker will tell the social worker about his talking and play each month."),
            ("Lead", "Aoife Brennan, social worker"),
            ("Review date", "Application by 11/07/2025; Cian starting by 08/09/2025"),
        ]),
        ("kv", [
            ("10. Need identified", "Orla and Cian need to be seen regularly and Orla's views heard."),
            ("Response", "Visit the family home, see Orla on her own and Cian with his parents, and write "
                         "down what Orla says about home in the visit record."),
            ("Lead", "Aoife Brennan, social worker"),
            ("Review date", "Every two weeks until the review on 18/09/2025"),
        ]),
        ("h1", "If things get worse"),
        ("p", "If Padraig is drunk while he is the only adult looking after Orla and Cian, or an argument at "
              "home leaves anyone hurt or the police are called, Bronagh will take the children to her "
              "sister Niamh Kerr's house in Drumara Road that night. The social worker (or the Trust's "
              "out-of-hours social work service) will hold a strategy discussion under the joint protocol "
              "the same day, and the case will be referred for a child protection case conference."),
        ("h1", "Reviewing this plan"),
        ("p", "The plan will be reviewed at a family support review meeting on 18/09/2025 at 10am in "
              "Clandoyle Family Centre. Bronagh, Padraig, the school, the health visitor and the addiction "
              "team will be invited. Between visits the social worker will ring Bronagh every second "
              "Friday."),
        ("p", "Signed: Aoife Brennan, Social Worker, 20/06/2025. Countersigned: Conor Devlin, Senior "
              "Practitioner."),
    ],
    "findings": [
        F("M001", "complete a developmental review of Cian's speech and play"),
        F("H001", "Sessions at the Fernhill Wellbeing Hub to support Bronagh"),
        F("M002", "Sessions at the Fernhill Wellbeing Hub to support Bronagh"),
        F("T002", "Sessions at the Fernhill Wellbeing Hub to support Bronagh"),
        F("W002", "set up a daily cleaning and laundry routine"),
        F("T002", "Referral to the Clandoyle Advice Centre for a full benefits check"),
        F("M001", "Referral to the Clandoyle Advice Centre for a full benefits check"),
        F("T002", "complete the Parenting Together course at the Clandoyle Family Centre"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Scottish Child's Plan: actions in a wellbeing-indicator matrix (SHANARRI),
#    some indicators "no concerns". Landscape PDF, header and page footer.
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_craigbrannoch_girfec_wellbeing_matrix_strachan.pdf",
    "doc_title": "Child's Plan (Child Protection) - Eilidh and Ruaridh Strachan",
    "split": "tune",
    "template": "scottish-childs-plan-landscape-pdf-wellbeing-indicator-matrix-indicator-cell-merged-down-actions-no-concerns-rows-merged-across",
    "description": (
        "Exemplary Scottish Child's Plan from an initial child protection planning meeting for a "
        "9-year-old and a 3-year-old (mother's bipolar disorder and recent admission, father offshore "
        "two weeks in four, grandmother staying over). Actions sit in a matrix by wellbeing indicator "
        "(indicator merged down its rows); Active and Responsible say 'no concerns' across the row. "
        "Every action has a lead, a timescale and an observable check; the CPN reports on change and "
        "the psychiatrist assesses capacity to change; the GP owns an action; the contingency covers "
        "the grandmother being unable to stay; core group and review case conference dates; legal "
        "advice and a referral to the Reporter if the plan fails."
    ),
    "header": "OFFICIAL – SENSITIVE | Craigbrannoch Council Children and Families | Child's Plan",
    "footer": "Eilidh and Ruaridh Strachan – Child's Plan – Page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "check_vmerge": 6,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Getting it right for every child · Craigbrannoch Council Children and Families, "
              "Glenmorvie Locality Team"),
        ("kv", [
            ("Children", "Eilidh Strachan, DOB 02/04/2016 (9), P5 at Glenmorvie Primary; "
                         "Ruaridh Strachan, DOB 15/01/2022 (3), Wee Acorns Nursery"),
            ("Home", "4 Sandpiper Brae, Glenmorvie"),
            ("Parents", "Lorna Strachan (mum); Grant Strachan (dad), offshore two weeks on, two weeks off"),
            ("Child protection register", "Both children registered 24/07/2025 (concern: parental mental health "
                                          "affecting care – neglect)"),
            ("Lead Professional", "Fiona Laird, Social Worker"),
            ("Chair", "Iain Docherty, Child Protection Chair"),
            ("Plan agreed", "Initial child protection planning meeting, 24/07/2025"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Lorna has bipolar disorder. She stopped her lithium in April and on the night of 3 May, while "
              "Grant was offshore, she left the house at 2am to walk to the coast, leaving Eilidh and Ruaridh "
              "asleep. Eilidh woke, could not find her and phoned her gran. Lorna was admitted to Ardvane "
              "House, the adult mental health unit, from 4 to 27 May and is now back on her medication and "
              "under the Community Mental Health Team. Eilidh missed 14 days of school in May and June and has "
              "been getting Ruaridh up and fed on days her mum could not."),
        ("p", "What is going well: Lorna is taking her medication and going to every appointment; Granny "
              "Morag has stayed over every night Grant has been away since the admission; both children are "
              "close to their parents and to Morag; Grant has asked his employer about a shorter rotation."),
        ("h1", "Eilidh's views and Ruaridh's world"),
        ("p", "Eilidh (seen on her own at school, 17/07/2025): \"I was scared when Mum wasn't there. Now "
              "Granny stays and I don't have to listen for the door.\" She said nobody told her why her mum "
              "was in hospital and she would like to know \"what the illness is so I know if it's coming "
              "back\". She loves swimming and Brownies and wants to keep going. On the three houses she put "
              "\"Mum being ill again\" in her house of worries."),
        ("p", "Ruaridh chatters in short sentences and calls for \"Gran-gran\" at bedtime. At nursery he plays "
              "happily and eats well. On home visits he showed Fiona his dinosaur and climbed on his mum's knee "
              "for a story; he was clean, dressed and settled each time."),
        ("h1", "What we want to be different for Eilidh and Ruaridh"),
        ("bullets", [
            "Eilidh and Ruaridh have a well adult with them every night and are never left on their own.",
            "Eilidh is in school every day, is no longer looking after Ruaridh, and understands her mum's "
            "illness and what to do if she is worried.",
            "Ruaridh's health checks are up to date and he keeps going to nursery every morning.",
        ]),
        ("h1", "The plan, by wellbeing indicator"),
        ("table", {
            "header": ["Wellbeing indicator", "What needs to change", "What will be done", "Who",
                       "When", "How we will know"],
            "widths": [2.6, 4.3, 6.0, 3.8, 3.6, 5.4],
            "bold_first_col": True,
            "rows": [
                ["SAFE",
                 "Eilidh and Ruaridh were alone overnight when their mum became unwell",
                 "Visit at home, see Eilidh on her own and Ruaridh at home or nursery, and check who is "
                 "caring for the children overnight",
                 "Fiona Laird, Social Worker (Lead Professional)",
                 "Every week; at least two visits a month unannounced",
                 "Visit records show both children seen and Eilidh's own words written down at every visit"],
                [V, V,
                 "Stay overnight at the family home every night Grant is offshore, so that an adult other "
                 "than Lorna is in the house",
                 "Morag Sinclair (maternal grandmother)",
                 "Every night of each offshore rotation; next 18/08/2025 to 01/09/2025",
                 "Overnight diary signed by Morag each morning and read by the social worker at every visit"],
                ["HEALTHY",
                 "Lorna's illness left her unable to care for the children in May",
                 "See Lorna at home, check her mood and her lithium, and report on whether she is making and "
                 "keeping the changes Eilidh and Ruaridh need, including any early warning signs",
                 "Alasdair Munro, CPN, Craigbrannoch Community Mental Health Team",
                 "Every 2 weeks; written report before every core group",
                 "Written report at each core group covering missed doses, early warning signs seen and "
                 "how Lorna is managing the children's care"],
                [V, V,
                 "Assess Lorna's risk of relapse, her capacity to keep to her treatment and make lasting "
                 "changes, and how long that is likely to take",
                 "Dr Euan Laing, consultant psychiatrist, Craigbrannoch CMHT",
                 "By 30/09/2025",
                 "Written assessment shared with the core group and the review case conference"],
                [V, V,
                 "Check Lorna's lithium blood levels and issue her prescription in 28-day amounts",
                 "Dr Nadia Farquhar, GP, Kilbride Road Medical Practice",
                 "Every 4 weeks; next by 22/08/2025",
                 "Lithium level in the therapeutic range at each test; results sent to the CPN and social "
                 "worker"],
                [V,
                 "Ruaridh missed his 27–30 month review and has never seen a dentist",
                 "Complete Ruaridh's overdue child health review, including his speech, and book his first "
                 "dental check",
                 "Kirsty Rennie, Health Visitor",
                 "By 29/08/2025",
                 "Review recorded in the child health record and sent to the social worker; dental "
                 "appointment letter seen at a home visit"],
                ["ACHIEVING",
                 "Eilidh missed 14 days of school in May and June",
                 "Check Eilidh's attendance each morning and phone Morag or Grant by 9.30am if she is not in "
                 "school",
                 "Mrs Shona Paterson, Depute Head and Child Protection Co-ordinator, Glenmorvie Primary",
                 "Every school day from 19/08/2025",
                 "Attendance of 95% or more on the school register, sent to the social worker each month"],
                ["NURTURED",
                 "Eilidh has been getting Ruaridh up and fed and says she worries about her mum all the time",
                 "Complete a Young Carer Statement with Eilidh and agree what she no longer has to do at home",
                 "Jenna Bain, young carers worker, Craigbrannoch Carers Centre",
                 "By 12/09/2025",
                 "Young Carer Statement written with Eilidh and copied to the social worker and school; "
                 "Eilidh's attendance at the young carers group recorded"],
                [V, V,
                 "During each fortnight at home, do the children's mornings, meals and bedtimes and take "
                 "Ruaridh to nursery",
                 "Grant Strachan (dad)",
                 "Every day of each home rotation",
                 "Overnight diary kept by Grant; nursery register shows Ruaridh in every morning"],
                ["ACTIVE",
                 "No concerns. Eilidh swims on Tuesdays and goes to Brownies on Thursdays, and Ruaridh plays "
                 "outside every day at nursery. Nothing needs to change.",
                 H, H, H, H],
                ["RESPECTED",
                 "Eilidh was not told why her mum went into hospital and feels nobody asks what she thinks",
                 "Explain to Eilidh, in words she understands, what bipolar disorder is and what her mum's "
                 "relapse plan says, and gather her views before each core group",
                 "Fiona Laird, Social Worker, with Alasdair Munro, CPN",
                 "Joint session by 29/08/2025; views before every core group",
                 "Eilidh's 'My Views' sheet read out at each core group and recorded in the minutes"],
                ["RESPONSIBLE",
                 "No concerns. Eilidh is kind and helpful at school and has never been in trouble; this "
                 "does not yet apply to Ruaridh.",
                 H, H, H, H],
                ["INCLUDED",
                 "Ruaridh's nursery place lapsed while his mum was in hospital",
                 "Reinstate Ruaridh's funded place at Wee Acorns Nursery for five mornings a week",
                 "Fiona Laird, Social Worker",
                 "By 18/08/2025",
                 "Nursery confirms the place in writing; nursery register shows Ruaridh attending"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Lorna shows the early warning signs in her relapse plan (two nights without sleep, spending "
              "large sums, talking very fast, or leaving the house at night), or stops her lithium, whoever "
              "sees it (Morag, Grant, school or a professional) will phone the CMHT crisis line and Fiona, or "
              "the Standby Social Work Service out of hours, the same day. Fiona will hold an inter-agency "
              "referral discussion that day, and Eilidh and Ruaridh will go to Morag's home in Kilbride Road "
              "until Lorna has been seen by the crisis team."),
        ("p", "If Morag cannot stay on any night while Grant is offshore, she will phone Fiona (or Standby "
              "Social Work) before 5pm that day and the children will stay overnight with their aunt, "
              "Catriona Sinclair, in Ardlinnie. If Catriona cannot have them either, the social worker will "
              "arrange for Eilidh and Ruaridh to stay together with approved foster carers that night."),
        ("p", "If Lorna is unwell while alone with the children, or the overnight arrangements break down "
              "twice before the review, Fiona will seek legal advice from Craigbrannoch Council Legal Services "
              "and make a referral to the Children's Reporter within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Glenmorvie Primary, 3.30pm: 21/08/2025, 18/09/2025 and 16/10/2025.",
            "Review child protection planning meeting (review case conference): 06/11/2025, 10am, "
            "Craigbrannoch Council Headquarters, Committee Room 2.",
        ]),
        ("p", "Plan typed by Fiona Laird, Lead Professional, 25/07/2025, and shared with Lorna, Grant, Morag "
              "and everyone named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Welsh care and support protection plan, Welsh then English headings and
#    field labels, one labelled block per action (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_caerwenlli_bilingual_care_support_protection_llewelyn.txt",
    "split": "tune",
    "template": "welsh-care-and-support-protection-plan-txt-welsh-then-english-numbered-headings-cam-action-blocks-bilingual-field-labels",
    "description": (
        "Exemplary Welsh care and support protection plan for a 5-year-old and a 2-year-old (neglect; "
        "mother's daily cannabis use), with Welsh then English section headings and one block per "
        "action with bilingual labels (Beth / Pwy / Erbyn pryd / Sut byddwn ni'n gwybod). The drug "
        "and alcohol service tests and reports on capacity to change; Nain's two jobs are covered in "
        "the contingency if she cannot do them; core group and review conference dates; a legal "
        "gateway meeting if there is not enough progress."
    ),
    "text": """\
CYNGOR SIR CAERWENLLI  /  CAERWENLLI COUNTY COUNCIL
Gwasanaethau Plant  /  Children's Services  -  Tîm Diogelu'r Gorllewin / West Safeguarding Team

CYNLLUN GOFAL A CHYMORTH AC AMDDIFFYN
CARE AND SUPPORT PROTECTION PLAN

Categori / Category: Esgeulustod / Neglect
Dewis iaith / Language choice: Cymraeg. Sioned and the children speak Welsh at home.
This plan is printed in English for the core group; a Welsh copy has been given to Sioned.

========================================================================
1. MANYLION / DETAILS
========================================================================
Plant / Children ......... Nel Llewelyn, born 08/01/2020 (5), Blwyddyn 1,
                           Ysgol Gymraeg Bryn Eithin
                           Macsen Llewelyn, born 17/06/2023 (2), at home
Rhiant / Parent .......... Sioned Llewelyn (Mam), 6 Stryd y Felin, Caerwenlli
Tad / Father ............. Dion Llewelyn, lives in Aberhonddu, sees the
                           children every other Sunday; no concerns about
                           his care
Nain / Grandmother ....... Eirlys Pugh (Sioned's mother), Heol y Capel,
                           ten minutes' walk away
Gweithiwr cymdeithasol /
Social worker ............ Elin Morgan
Cadeirydd / Chair ........ Gareth Rowlands, Independent Chair
Cynhadledd gychwynnol /
Initial conference ....... 19/06/2025 - names placed on the child
                           protection register

========================================================================
2. BETH SY'N BWYSIG I NEL A MACSEN / WHAT MATTERS TO NEL AND MACSEN
========================================================================
Nel talked to Elin in Welsh at school on 13/06/2025. She said "Dw i'n
hoffi pan mae Mam yn chwarae Lego gyda fi" ("I like it when Mam plays
Lego with me"). She said the "smoky smell" in the living room makes her
cough, that some mornings "there's no breakfast so I have a biscuit",
and that she likes Tuesdays best because Nain makes cawl. She wants
Macsen to "come to my school when he's big".

Macsen is not talking much yet: he says "Mam", "Nain", "ci" and "na".
On visits he toddled between Sioned and Elin, brought his wellies to go
out, and was grizzly and hungry at 11am on two visits. In April the
health visitor found him sitting on the sofa holding a grinder with
cannabis in it.

========================================================================
3. PRYDERON / WHAT WE ARE WORRIED ABOUT
========================================================================
Sioned smokes cannabis every day, often in the house. Twice this spring
she was found asleep in the afternoon with Macsen awake and on his own.
Macsen has missed his 2-year check and two sets of immunisations. Nel
was late or absent on 18 days last term. There was little food in the
house on three visits.

========================================================================
4. CRYFDERAU / WHAT IS WORKING WELL
========================================================================
Sioned loves the children and they are affectionate with her. She went
to the Caerwenlli Drug and Alcohol Service herself on 02/06/2025. Nain
Eirlys sees the children most days and has offered to help. Nel is
reading well in Welsh and English.

========================================================================
5. CANLYNIADAU PERSONOL / PERSONAL OUTCOMES
========================================================================
C1  Nel and Macsen are always looked after by an adult who is not under
    the influence of cannabis or any other drug.
C2  Macsen's health checks and immunisations are up to date and he is
    using more words.
C3  Nel gets to school on time every day, having had breakfast.
C4  The house is free of cannabis smoke, and nothing harmful is within
    the children's reach.

========================================================================
6. CAMAU GWEITHREDU / ACTIONS
========================================================================
Cam 1 / Action 1
  Beth fydd yn digwydd / What will happen:
      Visit at home, see Nel on her own and Macsen awake, and check the
      house for cannabis, smoke and food in the cupboards
  Pwy / Who ............ Elin Morgan, gweithiwr cymdeithasol / social worker
  Erbyn pryd / By when . Bob wythnos / Every week, with at least two
                         unannounced visits a month
  Sut byddwn ni'n gwybod / How we will know:
      Visit records show Nel seen alone with her words written down, and
      what was seen of the house, at every visit
  Canlyniad / Outcome .. C1, C4

Cam 2 / Action 2
  Beth fydd yn digwydd / What will happen:
      Key-work with Sioned and an oral fluid test at every appointment,
      and a written report on her cannabis use, her capacity to keep the
      changes going and what this means for her care of Nel and Macsen
  Pwy / Who ............ Bethan Huws, keyworker, Gwasanaeth Cyffuriau ac
                         Alcohol Caerwenlli / Caerwenlli Drug and Alcohol
                         Service
  Erbyn pryd / By when . Weekly appointments; report before every core
                         group
  Sut byddwn ni'n gwybod / How we will know:
      Test results and Bethan's written report read at each core group
  Canlyniad / Outcome .. C1

Cam 3 / Action 3
  Beth fydd yn digwydd / What will happen:
      Keep the house and car free of cannabis, and keep anything to do
      with it locked in the lockbox Elin has provided
  Pwy / Who ............ Sioned Llewelyn (Mam)
  Erbyn pryd / By when . Every day from 23/06/2025
  Sut byddwn ni'n gwybod / How we will know:
      No cannabis smell or items found at any social work or health
      visit, and the lockbox seen locked
  Canlyniad / Outcome .. C1, C4

Cam 4 / Action 4
  Beth fydd yn digwydd / What will happen:
      Complete Macsen's overdue 2-year review (ASQ-3) and give him his
      missed immunisations
  Pwy / Who ............ Rhian Gwilym, ymwelydd iechyd / health visitor
  Erbyn pryd / By when . By 25/07/2025
  Sut byddwn ni'n gwybod / How we will know:
      ASQ-3 scores and immunisation dates written in the red book and
      sent to Elin
  Canlyniad / Outcome .. C2

Cam 5 / Action 5
  Beth fydd yn digwydd / What will happen:
      Walk Nel to school on Tuesday and Thursday mornings, and give both
      children their tea at Nain's house on those days
  Pwy / Who ............ Eirlys Pugh (Nain)
  Erbyn pryd / By when . Every Tuesday and Thursday in term time
  Sut byddwn ni'n gwybod / How we will know:
      School register shows Nel in by 8.50am on those days; Nain's diary
      signed and read by Elin at her visits
  Canlyniad / Outcome .. C3

Cam 6 / Action 6
  Beth fydd yn digwydd / What will happen:
      Have Nel and Macsen to stay overnight at Nain's house
  Pwy / Who ............ Eirlys Pugh (Nain)
  Erbyn pryd / By when . Every Friday night
  Sut byddwn ni'n gwybod / How we will know:
      Nain's diary records each Friday stay and is read by Elin
  Canlyniad / Outcome .. C1

Cam 7 / Action 7
  Beth fydd yn digwydd / What will happen:
      Give Nel a breakfast club place, check she is in school each
      morning, and phone Sioned and then Nain by 9.30am if she is not
  Pwy / Who ............ Mr Huw Jenkins, Person Diogelu Dynodedig /
                         Designated Safeguarding Person, Ysgol Gymraeg
                         Bryn Eithin
  Erbyn pryd / By when . Every school day
  Sut byddwn ni'n gwybod / How we will know:
      Breakfast club and class registers; attendance figure emailed to
      Elin every Friday
  Canlyniad / Outcome .. C3

Cam 8 / Action 8
  Beth fydd yn digwydd / What will happen:
      Arrange a place for Macsen at Cylch Meithrin Bryn Eithin, four
      mornings a week
  Pwy / Who ............ Elin Morgan, gweithiwr cymdeithasol / social worker
  Erbyn pryd / By when . Place starting by 01/09/2025
  Sut byddwn ni'n gwybod / How we will know:
      Cylch register shows Macsen attending; the leader, Mrs Ffion Ellis,
      tells Elin each month how his talking is coming on
  Canlyniad / Outcome .. C2

Cam 9 / Action 9
  Beth fydd yn digwydd / What will happen:
      Sessions at home with Sioned on a routine for mornings, meals and
      bedtime, using a picture routine chart with Nel
  Pwy / Who ............ Dafydd Roberts, gweithiwr cefnogi teulu / family
                         support worker, Tîm Teuluoedd Caerwenlli
  Erbyn pryd / By when . Weekly for 10 weeks from 30/06/2025
  Sut byddwn ni'n gwybod / How we will know:
      Routine chart filled in each day and seen at every session; school
      breakfast club register shows Nel eating before lessons
  Canlyniad / Outcome .. C3

========================================================================
7. CYNLLUN WRTH GEFN / CONTINGENCY PLAN
========================================================================
If Sioned is found under the influence of cannabis or any other drug
while she is the only adult with the children, or cannabis is found
within their reach, Elin (or Tîm Dyletswydd Brys / the Emergency Duty
Team out of hours) will hold a strategy discussion the same day, and
Nel and Macsen will go to stay with Nain until it is safe to go home.

If Nain is ill or cannot do the school run, Sioned will walk Nel to
school herself and Nel will go to breakfast club; Mr Jenkins will tell
Elin by 9.30am if Nel is not in. If Nain cannot have the children in an
emergency, they will go to their father, Dion, in Aberhonddu, and if he
cannot have them they will stay together with approved foster carers
that night.

If Sioned's tests show no fall in her cannabis use by the core group on
11/09/2025, or she is found under the influence while alone with the
children, Elin will ask for a legal gateway meeting (cyfarfod porth
cyfreithiol) within 5 working days.

========================================================================
8. GRŴP CRAIDD AC ADOLYGU / CORE GROUP AND REVIEW
========================================================================
Grŵp craidd / Core group: every 4 weeks at Ysgol Gymraeg Bryn Eithin,
    9.30am - 17/07/2025, 14/08/2025, 11/09/2025
Cynhadledd adolygu / Review conference: 18/09/2025, 10am, Canolfan
    Ddinesig Caerwenlli / Caerwenlli Civic Centre

========================================================================
9. LLOFNODION / SIGNATURES
========================================================================
Sioned Llewelyn ........ signed 20/06/2025
Eirlys Pugh ............ signed 20/06/2025
Elin Morgan (SW) ....... signed 20/06/2025
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Three-column "Concern / What will happen / How we will check" plan;
#    owner and timescale live in the "What will happen" sentence; two concern
#    cells merged down two rows, one cell holding two concerns (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_copperhythe_concern_happen_check_threecol_dacre.docx",
    "doc_title": "Child Protection Plan - Kayden and Poppy-Jo Dacre",
    "split": "tune",
    "template": "icpc-plan-docx-three-column-concern-what-will-happen-how-we-will-check-owner-and-when-in-sentence-concern-merged-down-two-rows",
    "description": (
        "Initial conference plan for a 13-year-old at risk of criminal exploitation and his 8-year-old "
        "sister (single father low after a bereavement). Three columns only: Concern / What will "
        "happen / How we will check, with the owner and timescale written into the 'What will happen' "
        "sentence; two concerns are merged down two rows and one cell holds two concerns. Gaps: the "
        "missing service's check is 'engagement', Talking Therapies only offers counselling with no "
        "timescale and a 'feels better' check, the GP row has no check, 'Professionals will work "
        "together... over the coming weeks' with 'improvement', a passive youth hub referral; the "
        "contingency is only 'review and consider' and there is no legal step."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("p", "COPPERHYTHE BOROUGH COUNCIL – CHILDREN'S SOCIAL CARE"),
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Kayden Dacre (13), Year 8 at Copperhythe Academy; Poppy-Jo Dacre (8), Year 3 at "
                         "Copperhythe Juniors"),
            ("Living with", "Lee Dacre (father), 31 Wharf Street, Copperhythe"),
            ("Mother", "Jodie Haines, lives in Spain; phones the children most weekends"),
            ("Conference", "Initial child protection conference, 26/06/2025"),
            ("Categories", "Kayden – neglect (risk of criminal exploitation); Poppy-Jo – neglect"),
            ("Social worker", "Dean Okoro, Adolescent Safeguarding Team"),
            ("Chair", "Rebecca Thorne"),
        ]),
        ("h2", "Why Kayden and Poppy-Jo need a plan"),
        ("p", "Since April Kayden has been reported missing overnight three times. On 2 June police found him "
              "in Northgate, forty miles away, with two older males and £200 in cash. Kayden will not say "
              "where the money came from. His attendance has fallen to 61% and he has had two suspensions. "
              "Lee's mother, who helped care for the children, died in January; Lee told the social worker "
              "he \"can't cope\" and is asleep on the sofa most evenings, and Poppy-Jo has been making her "
              "own tea and getting herself to school."),
        ("h2", "What Kayden and Poppy-Jo say"),
        ("p", "Kayden (seen at the youth centre, 20/06/2025): \"Nobody listens to me. Dad's always asleep. The "
              "lads I'm with look after me, they're not bad.\" He said he would like to do boxing again and "
              "that he misses his nan \"because she'd always be in\"."),
        ("p", "Poppy-Jo (seen at school, 23/06/2025): \"I do beans on toast. I don't like it when Kayden goes "
              "out at night because I hear the door and I can't sleep.\" She drew her dad on the sofa with "
              "\"Zzz\" and herself at the cooker."),
        ("h2", "What we want for Kayden and Poppy-Jo"),
        ("bullets", [
            "Kayden is home every night by 10pm, is not with people who exploit him, and is back in school "
            "full time.",
            "Poppy-Jo has breakfast and a hot tea every day made by an adult and gets to school on time.",
            "Both children have an adult at home who knows where they are and listens to them.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["Concern", "What will happen", "How we will check"],
            "widths": [4.6, 7.4, 5.0],
            "rows": [
                ["Kayden has been missing overnight three times since April and was found in Northgate with "
                 "older males and cash",
                 "Dean Okoro, social worker, will see Kayden on his own every week (at least every other week "
                 "away from home) and complete the exploitation screening tool with him by 25/07/2025.",
                 "Screening tool completed and shared with the core group; visit notes record Kayden's own "
                 "words"],
                [V,
                 "The Copperhythe Missing Service will complete a return home interview with Kayden within 72 "
                 "hours of every missing episode.",
                 "Kayden's engagement with the service"],
                ["Kayden is often out after 10pm on school nights.\n"
                 "Lee does not always know where Kayden is or who he is with.",
                 "Lee will report Kayden missing to the police on 101 (or 999 if he thinks Kayden is in "
                 "danger) whenever he is not home by 10pm, and text Dean the next morning.",
                 "Police missing reports match the dates Lee texts Dean; Dean keeps a log on Kayden's file"],
                ["Lee has been very low since his mother died in January and has said he cannot cope",
                 "Copperhythe Talking Therapies will offer Lee counselling sessions for his low mood and "
                 "grief.",
                 "Lee feels better in himself"],
                [V,
                 "Lee will see his GP, Dr Hollis, by 11/07/2025 about his sleep and whether his "
                 "antidepressant needs changing.",
                 "-"],
                ["Poppy-Jo is often late and hungry at school and says she makes her own tea",
                 "Mrs Farida Akhtar, DSL at Copperhythe Juniors, will give Poppy-Jo a free breakfast club "
                 "place every school day from 07/07/2025 and check in with her each Monday.",
                 "Breakfast club register; Mrs Akhtar emails Dean a note of each Monday check-in"],
                ["Kayden's attendance at Copperhythe Academy is 61% and he has had two suspensions",
                 "Professionals will work together to get Kayden back into school over the coming weeks.",
                 "Improvement in Kayden's attendance"],
                ["Police intelligence links Kayden to two older males believed to be supplying drugs in "
                 "Northgate",
                 "PC Sarah Vance, Copperhythe Police Exploitation Team, will serve child abduction warning "
                 "notices on both males by 18/07/2025 and bring police intelligence to each core group.",
                 "Notices served and recorded on the police system; intelligence update minuted at every "
                 "core group"],
                ["Kayden says nobody listens to him and he has no one to talk to",
                 "A referral will be made to the Copperhythe Youth Hub for a youth worker for Kayden by "
                 "18/07/2025.",
                 "Date of the first youth work session, and weekly sessions logged after that"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If things do not improve or there are any further concerns about Kayden or Poppy-Jo, the core "
              "group will meet to review the plan and consider what else can be done."),
        ("h2", "Core group and review"),
        ("p", "Core group: every four weeks, first on 10/07/2025 at Copperhythe Juniors, then 07/08/2025 and "
              "04/09/2025. Review child protection conference: 25/09/2025, 2pm, Copperhythe Town Hall."),
        ("p", "Plan written up by Dean Okoro, Social Worker, 27/06/2025."),
    ],
    "findings": [
        F("M002", "complete a return home interview with Kayden within 72"),
        F("T001", "will offer Lee counselling sessions for his low mood and grief"),
        F("M002", "will offer Lee counselling sessions for his low mood and grief"),
        F("H001", "will offer Lee counselling sessions for his low mood and grief"),
        F("M001", "see his GP, Dr Hollis, by 11/07/2025 about his sleep"),
        F("W002", "Professionals will work together to get Kayden back into school"),
        F("T002", "Professionals will work together to get Kayden back into school"),
        F("M002", "Professionals will work together to get Kayden back into school"),
        F("W001", "A referral will be made to the Copperhythe Youth Hub"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety safety plan written with the family at Nana's house:
#    network table, then a jobs table naming each network member (md).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_crowsmere_sos_family_safety_network_jobs_dyer.md",
    "split": "tune",
    "template": "signs-of-safety-safety-plan-md-written-with-family-danger-statement-safety-goal-network-table-then-job-who-when-how-network-will-know-table",
    "description": (
        "Exemplary Signs of Safety safety plan written with the family at a network meeting, for a "
        "10-month-old with grip bruising from his father and his 5-year-old brother. Danger statement, "
        "safety goal, scaling, Alfie's three houses, a table of network members, then each person's "
        "jobs with when and how the network will know. The contingency covers new marks, the night "
        "rule being broken and Nana or Uncle Craig being unable to do their jobs; network meetings, "
        "core group dates, review conference and a legal planning meeting if the plan fails."
    ),
    "text": """\
# Theo and Alfie's Safety Plan

**Crowsmere Council – Children's Services (Signs of Safety)**
Written together at Nana Gill's house on 1 July 2025 by Chloe, Jordan, Nana Gill,
Uncle Craig and Sam Achebe (social worker). Theo and Alfie have child protection plans
from the conference on 19 June 2025 (category: physical abuse).

## Danger statement

On 9 May 2025 nursery found fingertip bruises on both of Theo's upper arms. Jordan
later told Sam that he grabbed Theo hard at about 3am when Theo would not stop crying
and Jordan had not slept for two nights. Everyone in the network is worried that if
Jordan is tired, stressed and on his own with Theo at night, he could lose his temper
again and Theo could be badly hurt, even though Jordan loves him.

## Safety goal

- Theo and Alfie are looked after by calm adults every day and every night.
- Theo has no more bruises or injuries that nobody can explain.
- Alfie feels safe at home and knows who to tell if he is worried.

## What Alfie says and what we see of Theo

Alfie (5) did his three houses with Sam on 26 June. In his **house of worries** he put
"Daddy shouting at Theo in the night" and "Theo's arms had purple". In his **house of
good things** he put "Nana Gill's pancakes", "Uncle Craig's dog Biscuit" and "Mummy
reading the dinosaur book". In his **house of dreams** he put "Daddy being not cross"
and "going to the beach with everybody".

Theo is 10 months old. At nursery and at home he is smiley and crawls everywhere. He
reaches for Chloe and Nana Gill when he is tired, and on Sam's evening visit he settled
quickly in his cot after his bottle with Chloe. He still wakes two or three times a night.

## Where we are on the scale

0 means Theo is not safe at home; 10 means everyone is confident he is safe and the
plan can end. Chloe 6, Jordan 6, Nana Gill 5, Uncle Craig 6, Sam 4. Sam said what
would move her up is a month of the safety book showing every night covered.

## Our safety network

| Name | Who they are | Their part in the plan |
|---|---|---|
| Chloe Dyer | Mum | Looks after Theo at night |
| Jordan Dyer | Dad | Keeps the night rule and goes to Calm Dads |
| Gill Parry | Nana (Chloe's mum), lives on Lark Lane | Stays at weekends and helps with bathtime |
| Craig Dyer | Uncle (Jordan's brother), lives on Mill Street | Jordan's text buddy |
| Bev Kaur | Theo's key person, Little Larks Nursery | Checks Theo's skin |
| Hannah Lowe | Health visitor | Weighs Theo |
| Sam Achebe | Social worker | Visits, reads the safety book, runs network meetings |

## Everyone's jobs

| Job | Who | When | How the network will know |
|---|---|---|---|
| Do every night waking and feed for Theo; Theo sleeps in his cot in Mum and Dad's room | Chloe | Every night, 7pm to 7am | Safety book filled in each morning with the times Theo woke and who got up; Sam reads it at every visit |
| Never be on your own with Theo between 7pm and 7am; if the crying is getting to you, put Theo down in his cot, go into the garden and text Craig | Jordan | Every night | The safety book shows Chloe did every waking; Jordan shows Sam his texts with Craig at each visit |
| Go to the Calm Dads course at Crowsmere Family Centre | Jordan | Every Wednesday 6pm to 8pm for 10 weeks from 9 July 2025 | Attendance sheet sent to Sam every month by the course leader, Ade Bankole; end-of-course report to the core group |
| Stay over at Chloe and Jordan's and share the night wakings with Chloe | Nana Gill | Every Friday and Saturday night | Gill signs the safety book each morning after she stays |
| Do Theo's bath with Chloe and look together at his skin for any marks (top-to-toe check) | Nana Gill | Every Tuesday and Thursday teatime | Body check box ticked and signed by Gill and Chloe in the safety book; any mark photographed and sent to Sam the same day |
| Be Jordan's text buddy: answer his texts at any time of night and come round if he asks | Uncle Craig | Any night Jordan texts; at the house within 20 minutes if asked | Craig writes the time of each text and what he did in the safety book when he visits on Sundays |
| Check Theo's skin when he arrives and write down any mark, and ring Sam straight away about any mark | Bev Kaur, Little Larks Nursery | Every Monday, Wednesday and Friday session | Nursery arrival record; any mark reported to Sam by phone the same day |
| Weigh Theo and check how he is feeding and sleeping | Hannah Lowe, health visitor | Every 2 weeks | Weight plotted in the red book (staying around the 50th centile) and HV notes shared with Sam |
| Visit at home, see Alfie on his own and Theo awake, and read and sign the safety book | Sam Achebe, social worker | Every week; one visit a month in the evening and one unannounced | Visit records show Alfie seen alone with his words written down and the safety book signed |
| Write a words and pictures story with Chloe and Jordan explaining to Alfie why there is a safety plan, and read it with him | Sam Achebe, social worker | Draft by 18 July 2025; read with Alfie by 1 August 2025 | Story signed by Chloe and Jordan and a copy given to each network member; Sam writes down Alfie's questions |
| Hold a network meeting at Nana Gill's to check each job is being done | Sam Achebe, social worker | Every 2 weeks: 15 July, 29 July, 12 August 2025 | Written note of each meeting, listing any job missed, given to Chloe, Jordan, Gill and Craig |

## If the plan isn't working

- **A new mark on Theo.** If anyone sees a bruise or mark on Theo that nobody can explain,
  they ring Sam (or the Crowsmere out-of-hours team) straight away. Sam will hold a strategy
  discussion the same day and arrange for Theo to be checked by a paediatrician. Theo and
  Alfie will stay at Nana Gill's, and Jordan will stay at Craig's, while it is looked into.
- **The night rule is broken.** If Jordan is on his own with Theo at night, Chloe tells Sam
  the next morning and Jordan moves to Craig's flat until a network meeting is held within
  5 days.
- **Nana Gill or Uncle Craig can't do their jobs.** If Gill can't stay on a Friday or
  Saturday, Jordan sleeps at Craig's that night. If Craig is away or ill, Jordan sleeps at
  his dad Phil Dyer's on those nights. If Gill or Craig can't do their jobs for more than a
  week, Sam will hold a network meeting within 2 days to agree a new network member, and
  Jordan will not stay overnight at the house until then.
- **Legal planning.** If Theo has another injury that nobody can explain, or Jordan is found
  on his own with Theo at night twice, Sam will ask her team manager for a legal planning
  meeting within 5 working days.

## How we'll check the plan is working

- Network meetings every 2 weeks at Nana Gill's (dates in the jobs table).
- Core group every 4 weeks at Crowsmere Family Centre, 10am: 24 July, 21 August and
  18 September 2025.
- Review child protection conference: 2 October 2025, 1.30pm, Crowsmere Civic Offices.

*Agreed and signed: Chloe Dyer, Jordan Dyer, Gill Parry, Craig Dyer, Sam Achebe (SW), 1 July 2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Letter before proceedings (PLO) to the parents, with the plan attached as
#    "What you need to do" and "What the local authority will do" (PDF,
#    header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_chellowmere_plo_letter_attached_plan_royce.pdf",
    "doc_title": "Letter before proceedings - Harley Royce and Maisie Mills",
    "split": "tune",
    "template": "pre-proceedings-letter-before-proceedings-pdf-letter-then-attached-plan-what-you-need-to-do-numbered-and-what-the-local-authority-will-do-bullets",
    "description": (
        "Letter before proceedings (PLO) to a mother and her partner about a 6-year-old and a "
        "2-year-old (neglect, faltering weight, mother's drinking and anxiety), with the plan attached "
        "as a numbered 'What you need to do' list and a 'What the local authority will do' list. "
        "Gaps: keeping the house clean has no timescale or measure; the father's family support is "
        "'as and when they can see you' with no measure; the mother is to try her GP 'when you feel "
        "able'; the council will keep progress 'under review throughout' the period. No adult service "
        "owns an action, and the review conference is left to be arranged. The legal route is clear."
    ),
    "header": "PRIVATE AND CONFIDENTIAL – LETTER BEFORE PROCEEDINGS",
    "footer": "Chellowmere City Council – Harley and Maisie – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Chellowmere City Council"),
        ("pr", "Children's Social Care – Family Safeguarding Team West"),
        ("pr", "Meridian House, 4 Tanner Street, Chellowmere"),
        ("pr", "Our ref: CSC/PLO/25/0417"),
        ("pr", "3 July 2025"),
        ("p", ""),
        ("pl", "Ms Danielle Royce and Mr Aaron Mills"),
        ("pl", "22 Fennel Court"),
        ("pl", "Chellowmere"),
        ("p", ""),
        ("boldp", "LETTER BEFORE PROCEEDINGS – PLEASE TAKE THIS LETTER TO A SOLICITOR STRAIGHT AWAY"),
        ("p", "Dear Danielle and Aaron,"),
        ("boldp", "Harley Royce (born 11/03/2019) and Maisie Mills (born 02/05/2023)"),
        ("p", "I am writing because Chellowmere City Council is very worried about Harley and Maisie. Even "
              "though they have had child protection plans since 12 June 2025, we do not think things have "
              "changed enough, and we are thinking about asking the family court to make decisions about "
              "them. Before we do that we want to give you a proper chance to make the changes they need. "
              "This is called the pre-proceedings stage of the Public Law Outline."),
        ("p", "You are both invited to a meeting on 17 July 2025 at 10am at Meridian House to talk about this "
              "letter and the plan attached to it. Please bring your solicitor. Because of this letter you "
              "can get free legal advice whatever your income; a list of local solicitors who do this work "
              "is enclosed."),
        ("boldp", "Why we are worried"),
        ("p", "Maisie's weight has dropped from the 25th centile to below the 2nd since January. On four of "
              "our last six visits there was little or no food in the house, the kitchen floor was covered "
              "in dog mess and Maisie's cot had no clean bedding. Harley's attendance at Fenwick Road "
              "Primary is 72% and he has often been collected late. Danielle, you told us you drink most "
              "evenings to help with your anxiety and panic attacks, and on 21 May and 16 June our social "
              "worker found you drunk at 3pm with both children at home. The police were called to an "
              "argument between you both on 28 June while the children were in the house."),
        ("boldp", "What Harley and Maisie have told us"),
        ("p", "Harley told Grace, your social worker, on 25 June: \"Sometimes Mum sleeps on the settee in the "
              "day and I make Maisie a sandwich.\" He said he is hungry at school and that he gets picked on "
              "\"because my uniform smells\". He said what he would most like is \"my own bed with a "
              "Spider-Man cover\"."),
        ("p", "Maisie is two and says only a few words. Grace and the health visitor have seen her eat very "
              "quickly when given food, and she cries when she is put down in her cot. She lights up when "
              "Aaron comes into the room and follows Harley everywhere."),
        ("boldp", "What needs to change for Harley and Maisie"),
        ("bullets", [
            "Maisie is fed enough every day and her weight climbs back towards the 25th centile.",
            "Harley gets to school every day, on time, clean and fed, and is collected on time.",
            "Harley and Maisie are always looked after by a sober adult, in a home that is clean and safe "
            "for a toddler.",
        ]),
        ("boldp", "What happens next"),
        ("p", "The plan we want you to follow is attached. We will meet again on 2 September 2025 to review "
              "how things have gone. If not enough has changed for Harley and Maisie by then, our legal "
              "gateway panel will decide whether to apply to the court for a care order. If things get "
              "worse before then, we may have to go to court sooner (see the attached plan)."),
        ("p", "I know this letter is hard to read. Grace will ring you tomorrow to talk it through and to "
              "help you find a solicitor."),
        ("p", "Yours sincerely,"),
        ("p", "Paul Whitcombe"),
        ("pl", "Team Manager, Family Safeguarding Team West"),
        ("pl", "cc: Grace Adeyemi, Social Worker; Chellowmere City Council Legal Services"),
        ("pagebreak",),
        ("h1", "Pre-proceedings plan for Harley and Maisie"),
        ("p", "This plan is attached to the letter before proceedings dated 3 July 2025. It sits alongside "
              "Harley and Maisie's child protection plans (category: neglect)."),
        ("h2", "What you need to do"),
        ("numbers", [
            "Danielle, you need to go to every appointment with the Chellowmere Recovery Service and give a "
            "breath test each time, and show Grace your appointment card with the readings on it at her "
            "visits.",
            "You both need to keep the house clean and safe for the children.",
            "You both need to make sure Harley is at school by 8.45am every day; Fenwick Road Primary will "
            "send Grace his attendance at the end of each week.",
            "Danielle, you need to take Maisie to Larkfield Children's Centre every two weeks to be weighed, "
            "and the health visitor will send Grace each weight.",
            "Aaron, you need to work with the Family Support Service on routines for meals and bedtimes as "
            "and when they can see you.",
            "Danielle, you should try to go to your GP about your anxiety when you feel able.",
        ]),
        ("h2", "What the local authority will do"),
        ("bullets", [
            "Grace Adeyemi, your social worker, will visit at least once a week, sometimes without telling "
            "you first, see Harley and Maisie each time, and write down in her visit records what she sees "
            "of their care.",
            "We will ask an independent social worker to complete a parenting assessment of you both within "
            "8 weeks of the meeting on 17 July 2025, and you and your solicitor will get a copy of the report.",
            "We will pay for a hair strand test for Danielle, taken by 31 July 2025, and share the results "
            "with you, your solicitor and the review meeting.",
            "We will help you make a referral to Chellowmere Homes about the damp in Maisie's bedroom by 18 "
            "July 2025, and give you a copy of the referral letter.",
            "We will keep your progress under review throughout the pre-proceedings period.",
        ]),
        ("h2", "If things get worse"),
        ("p", "If Danielle is found drunk while she is looking after Harley or Maisie, or Maisie's weight falls "
              "below the 0.4th centile, Grace (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. We will ask you to agree to Harley and Maisie staying with Aaron's "
              "mother, Jean Mills, in Orchard Way while we ask the court for an urgent hearing."),
        ("h2", "Meetings"),
        ("bullets", [
            "Pre-proceedings review meeting: 2 September 2025, 10am, Meridian House.",
            "Core group meetings carry on every four weeks; the next is on 22 July 2025 at Larkfield "
            "Children's Centre.",
            "The review child protection conference will be arranged once the parenting assessment is "
            "finished.",
        ]),
    ],
    "findings": [
        F("T001", "keep the house clean and safe for the children"),
        F("M001", "keep the house clean and safe for the children"),
        F("T002", "work with the Family Support Service on routines for meals"),
        F("M001", "work with the Family Support Service on routines for meals"),
        F("T002", "try to go to your GP about your anxiety"),
        F("M001", "try to go to your GP about your anxiety"),
        F("T002", "We will keep your progress under review throughout the"),
        F("M002", "We will keep your progress under review throughout the"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. IRO's record of a first review conference: revised plan table with a
#    Status column (Carried forward / Ongoing / New) beside the timescale (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_culverleigh_iro_review_record_carried_forward_hollins.md",
    "split": "tune",
    "template": "iro-review-conference-record-md-attendance-iro-summary-views-decision-then-plan-table-lead-timescale-evidence-status-carried-forward-ongoing-new",
    "description": (
        "Independent reviewing officer's record of a first review conference for an 11-year-old and a "
        "3-year-old (father's belt assault on the older child, father now living apart; mother's low "
        "mood; paternal grandparents supervise contact and collect from nursery). The revised plan "
        "table has a Status column (Carried forward / Ongoing / New) beside a real Timescale column. "
        "Gaps: the father's programme timescale is 'Ongoing', the CPN only supports with a 'more "
        "stable' measure, the alcohol assessment has no stated output, 'All agencies' own the "
        "disclosure row, counselling is 'as and when', and the speech referral is 'TBC' with no "
        "measure; one outcome is the mother's; the contingency never says what happens if the "
        "grandparents cannot supervise."
    ),
    "text": """\
# Review Child Protection Conference – Record of the Independent Reviewing Officer

**Culverleigh Borough Council · Safeguarding and Quality Assurance Unit**

| | |
|---|---|
| Children | Tia Hollins (11), Year 6, Culverleigh Park Academy; Reggie Hollins (3), Little Owls Nursery |
| Address | 9 Brook Terrace, Culverleigh (with mother) |
| Mother | Kerry-Louise Hollins |
| Father | Shane Hollins, living at 40 Dyers Lane since 14/03/2025 |
| Conference | First review, 26/06/2025, 10am, Culverleigh Civic Centre (initial conference 10/03/2025) |
| Category | Physical abuse (both children) |
| IRO / chair | Bernadette Osei |
| Social worker | Callum Reid |

## Present and apologies

Kerry-Louise Hollins; Shane Hollins (for the first half, as agreed); Pauline Hollins
(paternal grandmother); Callum Reid (SW); Marcia Bell (CPN, Culverleigh CMHT); Anna Clarke
(HV); Mrs Jo Pike (school counsellor) and Mr Dev Anand (DSL), Culverleigh Park Academy;
Bernadette Osei (IRO). Apologies: Rachel Gunn, Culverleigh Alcohol Service (referral
only just received).

## Progress since the initial conference

At the initial conference Tia had a belt-shaped bruise on her thigh after Shane hit her
on 1 March. Shane accepted that he had done it and moved out on 14 March. He has been to
11 of 14 sessions of the Safer Families programme. Sunday contact at Pauline and Terry's
house has been supervised every week and the contact book is up to date. In May Shane was
arrested for drink-driving, which nobody knew until the police check for this review; he
has now been referred to the alcohol service. Kerry-Louise has been seeing the CPN for
her low mood since April and says she is "getting there". Reggie is not yet putting words
together and gets very frustrated.

In my view the children are safer than in March, but what has changed depends on Shane
living apart and on contact staying supervised, and the new information about his
drinking needs to be understood before contact can change.

## Tia and Reggie's views

Tia met me before the conference with Mrs Pike. She said: "It's calmer now Dad's at
his own place. I like Sundays at Nan's but I don't want to be on my own with Dad yet."
She asked for her counselling to carry on and said she wants "to know what's happening
before it happens, not after". She scaled herself 7 out of 10 for feeling safe at home.

Reggie was seen at nursery by Callum. He played with the water tray, pulled Callum's hand
to show him the fish, and shouted and threw a cup when he could not make himself
understood. Staff say he is happy to see his mum at home time.

## Decision

Both children remain subject to child protection plans under the category of physical
abuse. The plan below replaces the plan of 10/03/2025. Rows marked *Carried forward* or
*Ongoing* continue from the last plan; rows marked *New* were added today.

## Outcomes for the next review period

1. Tia and Reggie are never hit or hurt by an adult, and Tia tells us she feels safe at
   home and at contact.
2. Reggie's speech is assessed and he is using more words by the next review.
3. Kerry-Louise's mental health improves and she is able to cope with daily life.

## Revised plan

| No. | Action | Lead | Timescale | Evidence of progress | Status |
|---|---|---|---|---|---|
| 1 | Visit Tia and Reggie at home, see Tia on her own and Reggie awake, and ask Tia how Sunday contact went | SW Callum Reid | Every 2 weeks | Visit records show Tia seen alone and her words written down at each visit | Carried forward |
| 2 | Complete the Safer Families programme for fathers who have used violence, including the sessions on how children are affected | Shane Hollins | Ongoing | Programme worker's attendance report to each core group | Ongoing |
| 3 | Supervise Shane's contact with Tia and Reggie at the grandparents' house; Shane is never alone with the children | Pauline and Terry Hollins (PGPs) | Every Sunday, 1pm to 5pm | Contact book signed by Pauline at each contact and read by the SW | Carried forward |
| 4 | Collect Reggie from Little Owls Nursery and give him his tea | Pauline Hollins (PGM) | Every Tuesday and Thursday | Nursery collection log, checked by the SW each month | New |
| 5 | Home visits by the CPN to support Kerry-Louise with her low mood | CPN Marcia Bell, Culverleigh CMHT | Fortnightly | Kerry-Louise's mood is more stable | Carried forward |
| 6 | Alcohol assessment of Shane after his arrest for drink-driving in May | Rachel Gunn, Culverleigh Alcohol Service | By 25/07/2025 | | New |
| 7 | Pass on to Callum, on the day, anything Tia or Reggie says or shows about being hurt or scared | All agencies | Same day | Logged on the children's file with the time and what was done | Ongoing |
| 8 | Counselling sessions for Tia at school about what happened in March and her worries about her dad | Mrs Jo Pike, school counsellor | As and when Tia wants them | Session log kept by Mrs Pike; short summary to the SW each half term | Carried forward |
| 9 | Referral to speech and language therapy for Reggie, who uses few words and gets frustrated | HV Anna Clarke | TBC | - | New |
| 10 | Go to the Confident Parents course and use the calm bedtime routine with Reggie | Kerry-Louise Hollins | Every Thursday morning for 10 weeks from 10/07/2025 | Course attendance sheet; bedtime chart seen at SW visits | New |

## Contingency

If Shane is found alone with either child, comes to 9 Brook Terrace, or arrives at
contact smelling of alcohol, contact stops at once; Kerry-Louise or Pauline will ring
999 if anyone is at risk, and Callum (or the emergency duty team out of hours) will hold
a strategy discussion the same day. Contact will not restart until a new risk
assessment has been completed.

## Core group and next review

- Core group every 4 weeks at Culverleigh Park Academy, 3.45pm: 24/07/2025, 21/08/2025
  and 18/09/2025.
- Second review child protection conference: 16/10/2025, 10am, Culverleigh Civic Centre.
- If Shane has not finished the Safer Families programme, or the alcohol assessment shows
  he is drinking in a way that puts the children at risk, by the core group on
  18/09/2025, Callum will ask his team manager for a legal planning meeting.

*Bernadette Osei, Independent Reviewing Officer – record completed 27/06/2025 and sent to
all invitees.*
""",
    "findings": [
        F("T002", "Complete the Safer Families programme for fathers who have used violence"),
        F("H001", "Home visits by the CPN to support Kerry-Louise"),
        F("M002", "Home visits by the CPN to support Kerry-Louise"),
        F("M001", "Alcohol assessment of Shane after his arrest"),
        F("W002", "anything Tia or Reggie says or shows about being hurt"),
        F("T002", "Counselling sessions for Tia at school about what happened"),
        F("T002", "Referral to speech and language therapy for Reggie"),
        F("M001", "Referral to speech and language therapy for Reggie"),
        F("F002", "Kerry-Louise's mental health improves and she is able to cope with daily life."),
        F("C003"),
    ],
})
