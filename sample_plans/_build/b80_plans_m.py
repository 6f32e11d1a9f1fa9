"""Batch 80, module m: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from different places and templates - a Welsh council's
bilingual plan, a Scottish GIRFEC child's plan with SHANARRI headings, a plan
whose actions are short paragraphs each opening with the owner's name in
bold, an initial conference decision sheet with the plan overleaf, a plan
written as a letter to a young person, a review conference plan with a
'progress since last conference' column, and a core group plan typed as
plain text. Outcomes, contingency, the child's voice and review arrangements
sit under headings a template would not use, or under no heading at all.
Hard negatives: sentences that look like a contingency but are not ('if you
need anything, call me'), quoted words that are a parent's and not the
child's, dates of past meetings, illness of a relative who is not a parent,
a transfer that has already happened, and a progress column that is neither
a measure nor an outcome. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Welsh council's bilingual initial conference plan: a 9-year-old at home
#    and her baby brother, looked after under section 76 and still on the
#    neonatal unit with no one set to visit him (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_melynfor_bilingual_icpc_plan_pryce.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cerys and Osian Pryce",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-plan-docx-welsh-english-bilingual-headings-kv-details-action-pwy-erbyn-pryd-sut-byddwn-ni-gwybod-table",
    "description": (
        "Welsh council's bilingual initial conference plan (Welsh first, then English) for a 9-year-old "
        "living with her mother, who drinks heavily, and her 5-week-old brother, born at 34 weeks, "
        "looked after under section 76 of the Social Services and Well-being (Wales) Act 2014 and still "
        "on the neonatal unit. Action | Who | By when | How we will know table with bilingual headers "
        "and cells ('Bob wythnos, parhaus / Weekly, ongoing' is a real timescale; 'Nain (Glenys Pryce)' "
        "is a named owner). Faults: nobody is set to visit the looked-after baby in hospital (L001), "
        "'engagement with the service' as the only measure (M002), a parenting assessment with no "
        "measure (M001), 'Yn ôl yr angen / As required' (T002), 'Pob gweithiwr proffesiynol / All "
        "professionals' (W002), a blank timescale (T001), an outcome about the mother only (F002), and "
        "two actions carried by the grandmother with no fallback if she cannot (C003). The drug and "
        "alcohol service owns an action, the contingency is specific and names the legal step."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Melynfor · Gwasanaethau Plant / Melynfor County Council · Children's Services"),
        ("p", "Mae'r ddogfen hon ar gael yn Gymraeg ac yn Saesneg. / This document is available in Welsh "
              "and in English."),
        ("kv", [
            ("Plant / Children", "Cerys Pryce (9), Blwyddyn 4 / Year 4, Ysgol Gymraeg Maes-y-Wern; Osian "
                                 "Pryce, born 02/06/2025 at 34 weeks, on the neonatal unit (Uned Gofal "
                                 "Arbennig Babanod), Ysbyty Maenwen"),
            ("Mam / Mother", "Sioned Pryce (28), 14 Maes Mirain, Melynfor"),
            ("Tad / Father", "Dylan Morgan (30), father of both children. He moved out in 2023, lives in "
                             "Morwenlli and sees Cerys every other Sunday."),
            ("Nain / Grandmother", "Glenys Pryce (61), Sioned's mother, 2 Min-y-Môr, Morwenlli"),
            ("Statws cyfreithiol / Legal status", "Osian has been looked after by Melynfor County Council "
                                                  "under section 76 of the Social Services and Well-being "
                                                  "(Wales) Act 2014, with Sioned's agreement, since "
                                                  "12/06/2025. Cerys lives at home with Sioned and is not "
                                                  "looked after."),
            ("Cynhadledd / Conference", "Cynhadledd amddiffyn plant gychwynnol / Initial child protection "
                                        "conference, Dydd Mawrth / Tuesday 08/07/2025"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Iaith / Language", "Cerys and Nain: Cymraeg. Sioned: Cymraeg and English. Conference was held "
                                 "in Welsh with simultaneous translation."),
            ("Gweithiwr cymdeithasol / Social worker", "Rhian Mathias, Tîm Diogelu Plant Melynfor / Melynfor "
                                                       "Child Protection Team"),
            ("Cadeirydd / Chair", "Huw Bevan, Swyddog Adolygu Annibynnol / Independent Reviewing Officer"),
        ]),
        ("h1", "Pam mae gan Cerys ac Osian gynllun / Why Cerys and Osian have a plan"),
        ("p", "Sioned has drunk heavily since Dylan left in 2023 and drank through her pregnancy with Osian. "
              "Osian was born at 34 weeks and was slow to feed; he is still on the unit because he tires "
              "at feeds and has not yet gained enough weight to go home. On 9 and 11 June Sioned arrived on "
              "the unit smelling of alcohol and was unsteady holding Osian, and on the night of 11 June "
              "Cerys was at home on her own until 11pm. On 12 June Sioned agreed that Osian should be looked "
              "after. He will go to foster carers, Mr and Mrs Hughes, when the unit discharges him."),
        ("p", "Cerys has missed 22 days of school this year and is late most Mondays. Her teachers say she "
              "often arrives hungry and in the same clothes as the day before."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("bullets", [
            "Sioned came to conference sober, spoke openly about her drinking and said she wants both "
            "children home with her.",
            "Nain sees Cerys every day and Cerys is very close to her.",
            "Cerys is doing well in Welsh and reading and has a good group of friends at Maes-y-Wern.",
        ]),
        ("h1", "Llais Cerys ac Osian / What Cerys and Osian tell us"),
        ("p", "Cerys (gyda Rhian yn yr ysgol, 3 Gorffennaf / with Rhian at school, 3 July): \"Dw i'n hoffi "
              "pan mae Mam yn hapus ac yn gwneud swper.\" (\"I like it when Mam is happy and makes tea.\") "
              "She said she gets scared when Mam \"sleeps on the sofa all evening\", and that then she walks "
              "round to Nain's on her own. She would like to see Osian every week and wants to stay living "
              "with Mam \"if Nain comes every day\"."),
        ("p", "Osian cannot tell us what he feels. The nurses say he is a sleepy baby who needs waking for "
              "feeds, takes 40 ml by bottle every three hours and settles quickly when he is held "
              "skin-to-skin. He has had few visitors since 12 June."),
        ("h1", "Beth rydyn ni eisiau ei weld / What we want to see"),
        ("bullets", [
            "Mae Cerys yn cyrraedd yr ysgol ar amser bob dydd, wedi cael brecwast. / Cerys gets to school "
            "on time every day, having had breakfast.",
            "Mae oedolyn sobr yn gofalu am Cerys bob nos. / A sober adult looks after Cerys every evening "
            "and every night.",
            "Mae Osian yn magu pwysau ac yn mynd o'r ysbyty i gartref diogel. / Osian gains weight and "
            "leaves hospital for a safe home.",
            "Bydd Sioned yn stopio yfed ac yn mynd i'w hapwyntiadau. / Sioned will stop drinking and keep "
            "her appointments.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Cam gweithredu / Action", "Pwy / Who", "Erbyn pryd / By when",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [6.0, 3.4, 3.4, 4.2],
            "rows": [
                ["Gweld Cerys ar ei phen ei hun. / See Cerys on her own at school and at home and write down "
                 "what she says, in Welsh",
                 "SW Rhian Mathias",
                 "Bob wythnos, parhaus / Weekly, ongoing",
                 "Visit records with Cerys's own words in Welsh and in English"],
                ["Take Cerys to school every morning and check she has had breakfast",
                 "Nain (Glenys Pryce)",
                 "Every school day from 09/07/2025, and from 02/09/2025 after the summer holidays",
                 "School register shows Cerys in by 8.50am"],
                ["Stay at 14 Maes Mirain every evening until Cerys is asleep, and ring the SW (or the "
                 "out-of-hours team) if Sioned has been drinking",
                 "Nain (Glenys Pryce)",
                 "Bob nos / Every evening, 5pm to 8.30pm",
                 "Nain's diary, seen by the SW at each visit"],
                ["Assessment of Sioned's drinking, key-work sessions and breath tests",
                 "Rhodri Evans, Gwasanaeth Alcohol a Chyffuriau Melynfor / Melynfor Drug and Alcohol Service",
                 "Pob pythefnos o 15/07/2025 / Fortnightly from 15/07/2025",
                 "Sioned's engagement with the service"],
                ["Agree Osian's discharge date and feeding plan with the ward and share them with the foster "
                 "carers",
                 "SW Rhian Mathias",
                 "Erbyn / By 18/07/2025",
                 "Discharge date and feeding plan confirmed in writing by the ward"],
                ["Parenting assessment of Sioned, including how she would care for a new baby and a "
                 "9-year-old together",
                 "SW Rhian Mathias",
                 "Erbyn / By 29/08/2025",
                 ""],
                ["Height, weight, eyesight and dental check for Cerys",
                 "Bethan Owen, nyrs ysgol / school nurse",
                 "Yn ôl yr angen / As required",
                 "Results sent to the SW and the GP"],
                ["Tell the SW the same day about any worry about Cerys (late, hungry, not collected, or "
                 "something she says)",
                 "Pob gweithiwr proffesiynol / All professionals",
                 "Yr un diwrnod / Same day",
                 "Each worry logged on Cerys's file by the SW"],
                ["Book Cerys a place at the Welsh-medium after-school club (Clwb ar ôl Ysgol) at Maes-y-Wern",
                 "Sioned Pryce",
                 "",
                 "Booking confirmation from the club, seen by the SW"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Sioned has been drinking while she is looking after Cerys (Nain smells alcohol on her, a "
              "breath test is positive, or Cerys tells us), Cerys will go to Nain's house at 2 Min-y-Môr, "
              "Morwenlli, that night, and the SW (or the Emergency Duty Team out of hours) will hold a "
              "strategy discussion the same day. If Sioned arrives at the neonatal unit under the influence "
              "of alcohol, the nurse in charge will ask her to leave and ring the SW straight away."),
        ("p", "If Sioned has not started working with the drug and alcohol service by the first core group, "
              "or drinks while caring for Cerys twice before the review conference, the SW will ask the team "
              "manager for a legal planning meeting under the Public Law Outline within 5 working days."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd cyntaf / First core group: Dydd Mawrth / Tuesday 22/07/2025, 2pm, Canolfan Deulu "
            "Melynfor / Melynfor Family Centre.",
            "Wedyn bob 4 wythnos / Then every 4 weeks: 19/08/2025 and 16/09/2025, same time and place.",
            "Cynhadledd adolygu / Review conference: Dydd Mawrth / Tuesday 30/09/2025, 10am, Neuadd y Sir, "
            "Melynfor.",
        ]),
        ("p", "Teipiwyd gan / Typed by Rhian Mathias (SW), 09/07/2025."),
    ],
    "findings": [
        F("F002", "Sioned will stop drinking and keep her appointments."),
        F("M002", "Assessment of Sioned's drinking, key-work sessions and breath tests"),
        F("M001", "Parenting assessment of Sioned, including how she would care"),
        F("T002", "Height, weight, eyesight and dental check for Cerys"),
        F("W002", "Tell the SW the same day about any worry"),
        F("T001", "Book Cerys a place at the Welsh-medium after-school club"),
        F("L001"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Scottish GIRFEC child's plan (child protection) set out under the eight
#    SHANARRI wellbeing indicators, each with its own "what we want" line and
#    a small action table; paged PDF with header and footer (exemplary)
# ---------------------------------------------------------------------------
_SH = ["What will be done", "By whom", "By when", "How we will know"]
_SW = [6.0, 3.7, 3.2, 4.1]

PLANS.append({
    "name": "b80_merrickshaw_girfec_shanarri_childs_plan_baird.pdf",
    "doc_title": "Child's Plan (Child Protection) - Kayla Baird",
    "split": "heldout",
    "actions": 11,
    "template": "girfec-childs-plan-cp-paged-shanarri-indicator-headings-each-with-what-we-want-line-and-own-what-whom-when-know-table",
    "description": (
        "Scottish GIRFEC child's plan after an initial child protection planning meeting, for a 4-year-old "
        "living with her mother, who has depression. The plan is set out under the eight SHANARRI wellbeing "
        "indicators (Safe, Healthy, Achieving, Nurtured, Active, Respected, Responsible, Included), each "
        "with a 'What we want for Kayla' line and a small What will be done | By whom | By when | How we "
        "will know table; 'Responsible' has no action. The CMHT is asked whether Shannon can make the "
        "changes Kayla needs and how long that would take; the gran's two evenings and Saturday class have "
        "a fallback; IRD, legal planning meeting, core group dates and review CPPM set. Hard negatives: the "
        "gran's own mother's dementia (not a parent), past meeting dates, and a closing 'phone me if you "
        "need anything'. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Merrickshaw Council · Children and Families Social Work",
    "footer": "Child's Plan – Kayla Baird – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child's Plan (Child Protection)"),
        ("p", "Getting it right for every child · Merrickshaw Council and Merrickshaw Health and Social Care "
              "Partnership"),
        ("kv", [
            ("Child", "Kayla Baird, born 11/03/2021 (4), Mirrenbank Early Learning Centre"),
            ("Lives with", "Shannon Baird (23), mum, Flat 2/1, 18 Muircroft Street, Merrickshaw"),
            ("Dad", "Connor Reid (25), lives in Mallochton; no contact since February 2025"),
            ("Gran", "Irene Baird (52), Shannon's mum, 7 Mirren Row, Merrickshaw"),
            ("Meeting", "Initial child protection planning meeting (CPPM), Tuesday 29/07/2025. Kayla's name "
                        "was placed on the child protection register (neglect)."),
            ("Lead professional", "Laura McInnes, social worker, Merrickshaw Children and Families (East)"),
            ("Named Person", "Gillian Moffat, health visitor, Merrickshaw Health Centre"),
            ("Chair", "Andrew Kerr, Child Protection Unit"),
        ]),
        ("h1", "Why Kayla has a plan"),
        ("p", "Shannon has had depression since Kayla's dad left in February. She is on medication from her GP "
              "and was referred to the Merrickshaw Community Mental Health Team (CMHT) in June. On 24 June a "
              "neighbour found Kayla outside the close at 7am in her pyjamas; Shannon was asleep and had not "
              "heard her go. On home visits the flat has been cold, with little food in the kitchen, and "
              "Kayla's ELC attendance from April to June was 52%. Kayla has missed her pre-school "
              "immunisations and a dental check, and the ELC are worried that her speech is well behind "
              "other children her age."),
        ("p", "Irene helps a great deal. She also looks after her own mother, Jean, who has dementia and "
              "lives with her, so she cannot be at Shannon's every day."),
        ("h1", "Kayla's world"),
        ("p", "Kayla talks in short phrases and is easier to understand when she can point or show you. When "
              "Laura visited on 22 July Kayla took her by the hand to her bedroom to show her the new duvet "
              "Gran bought. She said \"Mummy sleeps a lot\" and \"Gran makes pancakes\". Asked where she likes "
              "to be, she pointed to the picture of Gran's house and then to the ELC. At the ELC she goes "
              "straight to the snack table when she arrives, loves the sand tray, and is shy with adults she "
              "does not know. Her key worker says she is happiest on the days Gran drops her off, and that "
              "she has started to say \"bye Mummy\" at the door with a wave."),
        ("h1", "Kayla's wellbeing: what we want and what we will do"),
        ("h2", "Safe"),
        ("p", "What we want for Kayla: she is looked after by an adult who is awake and able to care for her "
              "at all times, and she is never outside the flat on her own."),
        ("table", {"header": _SH, "widths": _SW, "rows": [
            ["Visit Kayla at home, see her bedroom and the kitchen, and spend time with Kayla using her "
             "picture cards",
             "Laura McInnes, lead professional (SW)",
             "Weekly until the review CPPM; at least one visit in three unannounced",
             "Visit record notes where Kayla sleeps, the food in the flat and what Kayla said or showed"],
            ["Stay at the flat with Shannon and Kayla, give Kayla her tea and bath and put her to bed",
             "Irene Baird (gran)",
             "Every Tuesday and Thursday, 5pm to 7.30pm, until the review CPPM",
             "Irene's notebook (what Kayla ate, bedtime), read by the SW at each visit"],
        ]}),
        ("h2", "Healthy"),
        ("p", "What we want for Kayla: her immunisations and dental care are up to date and she eats three "
              "meals a day."),
        ("table", {"header": _SH, "widths": _SW, "rows": [
            ["Give Kayla her pre-school immunisations and book her first dental check at the Merrickshaw "
             "Dental Centre",
             "Gillian Moffat, HV (Named Person)",
             "By 29/08/2025",
             "Immunisations recorded in Kayla's health record; dental appointment letter copied to the SW"],
        ]}),
        ("h2", "Achieving"),
        ("p", "What we want for Kayla: she is at the ELC every day and her speech is assessed, with support in "
              "place before she starts school in August 2026."),
        ("table", {"header": _SH, "widths": _SW, "rows": [
            ["Assess Kayla's speech and language and set targets for the ELC and Shannon to work on at home",
             "Eilidh Ross, speech and language therapist, Merrickshaw Children's SLT",
             "First appointment by 12/09/2025",
             "Written assessment and targets sent to Shannon, the ELC and the SW"],
            ["Record each morning how Kayla arrives (who brought her, has she eaten, is she clean and dressed "
             "for the weather)",
             "Donna Sturrock, key worker, Mirrenbank ELC",
             "Every day Kayla attends, from Monday 18/08/2025",
             "Arrival sheet emailed to the SW every Friday; attendance 90% or more"],
        ]}),
        ("h2", "Nurtured"),
        ("p", "What we want for Kayla: she is cared for by a mum who is well enough to get her up, fed and to "
              "the ELC, and who plays and talks with her every day."),
        ("table", {"header": _SH, "widths": _SW, "rows": [
            ["Bring Kayla to the ELC, dressed and fed, by 9.15am",
             "Shannon Baird",
             "Every weekday from Monday 18/08/2025",
             "ELC register and arrival sheet"],
            ["Mellow Parenting group for Shannon, with Kayla in the crèche and joining for the shared lunch",
             "Shannon, with family support worker Amir Rashid",
             "Every Wednesday for 14 weeks from 20/08/2025",
             "Group attendance register and the worker's end-of-group report to the SW"],
            ["Review Shannon's depression and treatment, and report in writing on whether she is able to make "
             "the changes Kayla needs, what would help and how long it is likely to take",
             "Fiona Gallacher, community psychiatric nurse, Merrickshaw CMHT",
             "Appointments every two weeks; first report before the core group on 02/09/2025, then before "
             "each core group",
             "Written report to the lead professional, shared at each core group"],
        ]}),
        ("h2", "Active"),
        ("p", "What we want for Kayla: she gets out to play and run about every day, not just on nursery days."),
        ("table", {"header": _SH, "widths": _SW, "rows": [
            ["Take Kayla to the Saturday Wee Movers class at Merrickshaw Leisure Centre",
             "Irene Baird (gran)",
             "Every Saturday at 10am, from 16/08/2025",
             "Class register, checked by the SW once a month"],
        ]}),
        ("h2", "Respected"),
        ("p", "What we want for Kayla: her views are heard in a way that works for a 4-year-old, and are "
              "part of every meeting about her."),
        ("table", {"header": _SH, "widths": _SW, "rows": [
            ["Talking Mats session with Kayla about home, Gran's, the ELC and Mummy",
             "Donna Sturrock, key worker, Mirrenbank ELC",
             "In the week before each core group",
             "Photo of the finished mat and the key worker's notes, shared at the core group"],
        ]}),
        ("h2", "Responsible"),
        ("p", "Kayla is 4. For her, this means simple routines she can count on: getting dressed, breakfast "
              "and a bedtime story. These are part of the Nurtured and Safe actions above."),
        ("h2", "Included"),
        ("p", "What we want for Kayla: the flat is warm and there is enough money for food, heating and a "
              "bus pass to get her to the ELC and to Gran's."),
        ("table", {"header": _SH, "widths": _SW, "rows": [
            ["Check Shannon's benefits, apply for the Scottish Child Payment and a winter heating grant, and "
             "get her a bus pass",
             "Calum Reid, Merrickshaw Council Welfare Rights",
             "By 29/08/2025",
             "Award letters copied to the SW; the flat is warm at the SW's visits"],
        ]}),
        ("h1", "If things change for Kayla"),
        ("p", "If Kayla is found on her own outside the flat, if Shannon cannot be woken or is too unwell to "
              "look after her, or if Shannon tells any of us she cannot cope, Kayla will go to Irene's at 7 "
              "Mirren Row that day, and Laura (or Merrickshaw Standby Social Work out of hours) will hold an "
              "inter-agency referral discussion (IRD) with the police and health the same day."),
        ("p", "If Irene cannot do her Tuesday and Thursday evenings or the Saturday class (for example "
              "because Jean needs her), she will tell Laura the day before. Shannon's sister, Lorna Baird, "
              "will step in instead, and if neither Irene nor Lorna can have Kayla in an emergency, "
              "Laura will arrange a foster placement that day."),
        ("p", "If Kayla's ELC attendance falls below 80% over any four weeks, or Shannon misses three CMHT "
              "appointments in a row, Laura will ask for a legal planning meeting with Merrickshaw Council "
              "Legal Services within 5 working days, to decide whether to refer Kayla to the Children's "
              "Reporter."),
        ("h1", "Meetings"),
        ("p", "The Named Person's meeting on 3 July and the initial CPPM on 29 July have both taken place. "
              "Core group: every three weeks on Tuesdays at 2pm, Mirrenbank ELC – 12/08/2025, 02/09/2025, "
              "23/09/2025 and 14/10/2025. Review child protection planning meeting (review case conference): "
              "Tuesday 21/10/2025, 10am, Merrickshaw Council Offices."),
        ("p", "Shannon, if you need anything or have questions about this plan, phone me at the Mirrenbank "
              "office. – Laura McInnes, lead professional, 30/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan whose actions are short paragraphs, each opening
#    with the owner's name in bold (one opens with a bold task label instead);
#    the mother's quoted words beside the children's (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_mossingham_bold_owner_paragraphs_kowalski.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-md-actions-as-one-sentence-paragraphs-opening-with-bold-owner-unusual-headings-for-voice-outcomes-contingency-review",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old after their mother's manic episode "
        "and admission (bipolar disorder, now home on lithium). Each action is a one-sentence paragraph "
        "opening with the owner in bold; one opens with a bold task label ('Referral to Mossingham Young "
        "Carers') and has no owner (W001). Voice, outcomes, contingency and meetings sit under unusual "
        "headings. Faults: the CPN only supports Ewa (H001), 'when she is ready' (T002), 'The family "
        "network' (W002), a mentor with no timescale (T001), 'the school will keep an eye on it' (M002), "
        "review conference 'date to be confirmed' (R001) and no legal step (R002). The contingency is specific and covers "
        "the grandmother and the after-school rota failing. Hard negative: the mother's quoted words "
        "beside the children's."
    ),
    "text": """\
# Child Protection Plan: Zofia and Kacper Kowalski

**Mossingham City Council · Children's Services · Safeguarding Team West**

Initial child protection conference: Wednesday 4 June 2025, Mossingham Civic Centre.
Category: neglect. Social worker: Hannah Greaves. Chair: Peter Lindqvist.

## Who is in the family

- **Zofia Kowalska**, 11, Year 6 at Marshcote Primary; starts at Mallowfield Academy in September.
- **Kacper Kowalski**, 6, Year 1 at Marshcote Primary.
- **Ewa Kowalska**, their mum (36), and **Marek Kowalski**, their dad (39), at 41 Mercer Road, Mossingham.
- **Krystyna Nowak** (Babcia), Ewa's mum, 3 Mulberry Close, Mossingham.

The family speak Polish at home. Zofia and Kacper are fluent in English; an interpreter was at
conference for Ewa.

## What happened

Ewa has bipolar disorder. In April she became very unwell: she had not slept for several
nights, spent the rent money, and on 14 April took Zofia and Kacper to Mercer Park at 2am in
their pyjamas. Police brought them home. Ewa was admitted to Marlowe Ward at Mossingham
Hospital and came home on 12 May. She now takes lithium and has a care coordinator at the
Mossingham Community Mental Health Team (CMHT). Marek drives for a delivery firm and works
long shifts. While Ewa was unwell Zofia was doing the cooking and getting Kacper to school,
and she missed nine days of school in April and May. The children stayed with Babcia while
Ewa was in hospital.

Ewa told conference: "I am well now. I know the signs, I just need people to stop watching
me." Marek said: "I did not see how bad it got. I want to do better for them."

## In their own words

Zofia (with Hannah at school, 28 May): "When Mama was ill I had to do everything. I don't
want to go back to that." She wants to go on the Year 6 residential in July and wants her
dad "to be home for tea sometimes". She said Babcia's is "calm".

Kacper (at home, 30 May): "Mama was dancing in the park in the night. It was cold." He
drew his family with Babcia holding his hand. He said he likes it when Tata picks him up.

## Where we want Zofia and Kacper to be by the review

- Zofia can be a child: she is not cooking for the family or getting Kacper ready, and she goes to school every day.
- Kacper is picked up from school by an adult he knows, every day, and is never out at night.
- Both children have an adult at home who knows the early signs of their mum becoming unwell, and what to do.
- Zofia starts at Mallowfield Academy in September with an adult there she trusts.

## Who will do what

**Hannah Greaves (social worker)** will see Zofia and Kacper on their own every two weeks, at school or at home, and write down what each of them says in her visit notes.

**Jo Pardew, community psychiatric nurse, Mossingham CMHT,** will visit Ewa every two weeks to support her with her mood and her medication, and record each visit in the CMHT notes.

**Ewa** will take her lithium every day and have her blood level checked at Marshcote Surgery every three months, with the results sent to Hannah.

**Marek** will collect Zofia and Kacper from school every Tuesday and Thursday and give them their tea, and the school's collection log will show who picked them up.

**Ewa** will go to the benefits and debt drop-in at Mossingham Library when she is ready, and bring the decision letter on her Universal Credit claim to Hannah.

**The family network** will make sure an adult is at home with Zofia and Kacper after school on Mondays, Wednesdays and Fridays until Marek gets in from work, with a rota on the fridge that Hannah checks at each visit.

**Referral to Mossingham Young Carers** for Zofia, to be made by 27 June 2025; the acceptance letter will go on her school file.

**Mr Farid Ahmed, head of Year 7 at Mallowfield Academy,** will arrange a school mentor for Zofia and give the mentor's name to Zofia and her parents in writing.

**Marek** will make sure the children have breakfast and get to school on time every school day, and the school will keep an eye on it.

**Amy Thorne, school nurse,** will check Kacper's height, weight and teeth by 18 July 2025 and send the results to Hannah and the GP.

**Marek** will go to the "Living with bipolar" sessions for families at Mossingham Family Hub every Thursday evening for six weeks from 19 June, so he can spot the early signs of Ewa becoming unwell before they affect the children; the attendance sheet will go to Hannah.

**Mrs Carol Dunmore, DSL at Marshcote Primary,** will check both children's attendance each morning and email Hannah the week's figures every Friday.

## If Mum becomes unwell again

If Ewa shows the early signs of a relapse that she, Marek and the CMHT have agreed (sleeping less
than four hours two nights running, spending large amounts of money, or stopping her lithium),
Marek will ring the CMHT crisis line and Hannah the same day, and Zofia and Kacper will stay
with Babcia at 3 Mulberry Close until the crisis team has seen Ewa. If Babcia cannot have them,
Hannah (or the emergency duty team out of hours) will arrange a foster placement that day.

If nobody from the family can be at home after school on a Monday, Wednesday or Friday, Marek
will leave work early that day, and Hannah will arrange a place at Marshcote Primary's
after-school club within a week.

## Keeping the plan on track

The core group will meet every four weeks at Marshcote Primary at 3.30pm; the first meeting is on
Tuesday 17 June 2025. The review conference will be booked by the conference service: date to
be confirmed.

*Plan written by Hannah Greaves and sent to Ewa, Marek and every agency on 5 June 2025, with a
Polish translation for Ewa.*
""",
    "findings": [
        F("H001", "will visit Ewa every two weeks to support her"),
        F("T002", "will go to the benefits and debt drop-in"),
        F("W002", "will make sure an adult is at home with Zofia"),
        F("W001", "for Zofia, to be made by 27 June 2025"),
        F("T001", "will arrange a school mentor for Zofia"),
        F("M002", "will make sure the children have breakfast and get to school"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference decision sheet on page 1 (with a banded decision
#    table), the plan itself overleaf; no contingency, parents' words but not
#    the children's; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_marrowfield_icpc_decision_sheet_plan_overleaf_hendry.pdf",
    "doc_title": "ICPC Decision Sheet and Child Protection Plan - Harley and Mia Hendry",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-decision-sheet-paged-banded-decision-table-page-one-then-plan-overleaf-what-needs-to-happen-who-when-how-we-will-know",
    "description": (
        "Initial conference decision sheet for a 7-year-old and a 2-year-old (father's cocaine and "
        "alcohol use; he has moved to his parents' house). Page 1 is the decision sheet: a children "
        "table and a banded decision table with the category, core group and review dates, the "
        "parents' views in their own words, and 'Children's views: see social worker's report'. The "
        "plan is on page 2. Faults: no contingency at all - the closing 'if you have any questions or "
        "need anything, please call' is not one (C001) - while the paternal grandparents supervise "
        "contact and look after the children (C003); no record of the children's wishes or daily life, "
        "only the parents' quoted words (F003); the father's drug and alcohol use is owned only by "
        "himself (F004); no legal step (R002); 'Monitored by the SW' (M002), 'As soon as possible' "
        "and 'Next available course' (T002), 'Everyone in the network' (W002), a blank measure "
        "(M001) and a blank timescale (T001). Header and page footer on every page."
    ),
    "header": "Marrowfield Borough Council – Child Protection Conference Service – OFFICIAL-SENSITIVE",
    "footer": "ICPC decision sheet and plan – Hendry – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("title", "Initial Child Protection Conference – Decision Sheet"),
        ("kv", [
            ("Date of conference", "Wednesday 30/07/2025, 10am"),
            ("Venue", "Marrowfield Town Hall, Meeting Room 4"),
            ("Chair", "Martin Osei, Child Protection Chair"),
        ]),
        ("table", {
            "header": ["Child", "Date of birth", "School / nursery", "Category"],
            "widths": [3.8, 3.0, 6.4, 3.8],
            "rows": [
                ["Harley Hendry", "14/02/2018", "Medwynne Junior School, Year 2", "Neglect"],
                ["Mia Hendry", "03/05/2023", "At home", "Neglect"],
            ],
        }),
        ("kv", [
            ("Parents", "Leanne Hendry (27), 22 Medlar Walk, Marrowfield; Jason Hendry (30), staying with "
                        "his parents at 9 Mistle Grove, Marrowfield, since 14/07/2025"),
            ("Paternal grandparents", "Pat Hendry (58) and Derek Hendry (61), 9 Mistle Grove"),
            ("Present", "Leanne Hendry; Jason Hendry; Kirsty Amos (SW); Anita Banerjee (HV); Mrs Joy Okoye "
                        "(DSL, Medwynne Junior School); PC Rob Dale (Marrowfield Police); Pat Hendry (for the "
                        "parents' part of the meeting)"),
            ("Apologies", "Dr Helen Price (GP), report received"),
        ]),
        ("h2", "Reasons for the decision"),
        ("p", "On 11/07/2025 Leanne took Mia to the emergency department at Marrowfield General Hospital "
              "after finding her chewing a small plastic bag on the living room floor; the bag had held "
              "cocaine. Mia was observed for six hours and was not harmed. Jason told police the bag was his. "
              "He uses cocaine most weekends and drinks most evenings, and police have been called to Medlar "
              "Walk twice this year after arguments when he had been drinking. The HV found the house "
              "cluttered with no stair gate, and medicines on a low shelf. Harley's attendance last year was "
              "86% and he was late 31 times. Jason agreed to move to his parents' house while the plan is "
              "in place."),
        ("table", {
            "header": ["Conference decision", "<"],
            "widths": [5.5, 11.5],
            "rows": [
                ["Are Harley and Mia likely to suffer significant harm?", "Yes – both children"],
                ["Child protection plan", "Yes, under the category of neglect"],
                ["Lead social worker", "Kirsty Amos, Marrowfield Children's Assessment and Safeguarding Team"],
                ["First core group", "Tuesday 12/08/2025, 1.30pm, Marrowfield Family Hub"],
                ["Core group frequency", "Monthly after the first meeting"],
                ["Review conference", "Wednesday 29/10/2025, 10am, Marrowfield Town Hall"],
                ["Parents' views", "Leanne: \"I know I've let them down, but I'm not a bad mum. The kids are "
                                   "everything to me.\" Jason: \"It's only at weekends. I've never used in "
                                   "front of them and I never will again.\""],
                ["Children's views", "See the social worker's report to conference."],
                ["Dissent", "None"],
            ],
        }),
        ("p", "Decision sheet signed by the chair, Martin Osei, on 30/07/2025. The child protection plan is "
              "overleaf."),
        ("pagebreak",),
        ("h1", "Child Protection Plan – Harley and Mia Hendry"),
        ("h2", "What needs to change for Harley and Mia"),
        ("bullets", [
            "Harley and Mia live in a home where no drugs are used or kept.",
            "Mia is supervised all the time and cannot reach anything that could hurt her.",
            "Harley gets to school every day and on time.",
        ]),
        ("h2", "Actions"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know it's done"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Visit Harley and Mia at home, see Harley on his own, and check the living room and "
                 "kitchen for drugs and alcohol",
                 "SW Kirsty Amos",
                 "Every 10 working days until the review conference",
                 "Visit record for each visit, noting what was found in each room"],
                ["Supervise all of Jason's time with Harley and Mia",
                 "Pat and Derek Hendry (paternal grandparents)",
                 "Every time Jason sees the children",
                 "Contact diary kept by Pat and signed by Jason"],
                ["Look after Harley and Mia at Medlar Walk while Leanne is at work",
                 "Pat Hendry (paternal grandmother)",
                 "Every Monday, Tuesday and Wednesday, 8am to 4pm",
                 "Monitored by the SW"],
                ["Refer himself to Marrowfield Recovery Service for his cocaine and alcohol use",
                 "Jason Hendry",
                 "As soon as possible",
                 "Recovery Service confirms his first appointment to the SW"],
                ["Triple P parenting course at Marrowfield Family Hub",
                 "Leanne Hendry",
                 "Next available course",
                 "Certificate of completion copied to the SW"],
                ["Share any worry about Harley or Mia with the SW",
                 "Everyone in the network",
                 "The same day",
                 "Each worry logged on the children's file by the SW"],
                ["Mia's 2-year review with a language screen",
                 "HV Anita Banerjee",
                 "By 30/09/2025",
                 ""],
                ["Check Harley's attendance and ring Leanne and the SW by 10am if he is not in",
                 "Mrs Joy Okoye, DSL, Medwynne Junior School",
                 "Every school day from 03/09/2025",
                 "Attendance printout emailed to the SW every Friday"],
                ["Fit a stair gate and move medicines and cleaning products out of Mia's reach",
                 "Leanne Hendry",
                 "",
                 "Checked by the HV and noted in her record"],
                ["Arrange a hair strand test for Jason (cocaine and alcohol)",
                 "SW Kirsty Amos",
                 "By 29/08/2025",
                 "Results shared with Jason, Leanne and the core group"],
            ],
        }),
        ("h2", "Who gets this plan"),
        ("p", "Leanne Hendry, Jason Hendry, Pat and Derek Hendry, and every professional who was at the "
              "conference or sent a report."),
        ("p", "If you have any questions about this plan, or need anything, please call Kirsty Amos on "
              "01632 960418."),
    ],
    "findings": [
        F("M002", "Look after Harley and Mia at Medlar Walk"),
        F("T002", "Refer himself to Marrowfield Recovery Service for his cocaine"),
        F("T002", "Triple P parenting course at Marrowfield Family Hub"),
        F("W002", "Share any worry about Harley or Mia with the SW"),
        F("M001", "Mia's 2-year review with a language screen"),
        F("T001", "Fit a stair gate and move medicines and cleaning products"),
        F("C001"),
        F("C003"),
        F("F003"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The plan written as a letter to a 14-year-old at risk of criminal
#    exploitation: bold-paragraph headings, actions as bullets naming each
#    person (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_maddercombe_letter_to_young_person_plan_oyelaran.docx",
    "doc_title": "Your child protection plan - a letter to Nathan Oyelaran",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-as-letter-to-young-person-docx-right-aligned-address-bold-paragraph-headings-second-person-bullets-naming-each-owner",
    "description": (
        "Initial conference plan written by the social worker as a letter to a 14-year-old going missing "
        "and being criminally exploited by a group in a nearby town. Right-aligned address, 'Dear "
        "Nathan', bold-paragraph headings in his language ('What you told us', 'What we all want for you "
        "by the review in December', 'What everyone has agreed to do', 'If things go wrong'), and one "
        "bullet per action, each naming its owner, when and how it will be known. The uncle's two "
        "actions have a fallback, the legal step is explained, meeting dates set. Hard negatives: the "
        "grandmother's dementia (not a parent; adult social care owns an action anyway), 'If you need "
        "anything before then, call me', the conference date already past. Exemplary."
    ),
    "blocks": [
        ("pr", "Maddercombe Council"),
        ("pr", "Children's Services – Adolescent Safeguarding Team"),
        ("pr", "Maddercombe Civic Centre, Market Street, Maddercombe"),
        ("pr", "12 September 2025"),
        ("p", ""),
        ("pl", "Nathan Oyelaran"),
        ("pl", "31 Marigold Close"),
        ("pl", "Maddercombe"),
        ("p", ""),
        ("p", "Dear Nathan,"),
        ("p", "You asked me to put your child protection plan in a letter instead of sending you the long "
              "version, so here it is. It is the same plan everyone agreed at the conference on Wednesday, "
              "10 September, and your mum has a copy of this letter too. You came to the first half of the "
              "conference and said what you thought in front of a room full of adults, which took guts."),
        ("boldp", "Why there is a plan"),
        ("p", "Since May you have been missing from home five times, twice overnight, and the police found "
              "you in Mirrowdale both times with older boys and men. In July your mum found a knife and £400 "
              "in your school bag. The police believe the Mirrowdale group use young people to carry drugs "
              "and money for them. Your mum works late shifts at the care home and looks after Grandma "
              "Comfort, who has vascular dementia, so evenings at home are hard and you are often out. The "
              "conference agreed you need a child protection plan, under the category of physical abuse, "
              "because of the harm the Mirrowdale group could do to you."),
        ("boldp", "What you told us"),
        ("p", "When we met at the football ground you said: \"I'm not stupid, I know what they're doing. But "
              "they're the only ones who ever have money.\" You said you don't want your mum \"to get a phone "
              "call that I'm dead\", and that the worst part is when they ring you late at night and you "
              "feel you have to go. You want to get into the Maddercombe Town under-16s, you want your room "
              "back (Grandma's hoist is in there at the moment), and you said you would meet Kwame \"as long "
              "as it's not in school in front of everyone\"."),
        ("boldp", "What we all want for you by the review in December"),
        ("bullets", [
            "You are home every night, and nobody is making you carry drugs or money.",
            "You are in school every day and playing football on Wednesdays and Fridays.",
            "You have at least two adults you trust and can call if you are scared or in trouble.",
            "You are not the one looking after Grandma in the evenings, and you have your own room again.",
        ]),
        ("boldp", "What everyone has agreed to do"),
        ("bullets", [
            "Ruth (me, your social worker) will see you on your own every week until the review conference, "
            "somewhere you choose, and write down what you tell me in your own words in my visit notes.",
            "Kwame Boateng from the Maddercombe Exploitation Team will meet you every Tuesday after school "
            "for 12 weeks from 16 September, and send me a short note after each session about what you "
            "talked about and anything that worries him.",
            "Your mum will ring the police every time you are not home by 9pm and not answering your phone, "
            "and give me the police reference number the next working day.",
            "Jade Morrison from the Maddercombe Missing Service will do a return home interview with you "
            "within 72 hours every time you come back after being missing, and send her notes to me and "
            "the police.",
            "Mr Liam Doyle, your head of year at Maddercombe Academy, will meet you at the gate at 8.40am "
            "every school day and check you in at lunchtime, and email me your attendance every Friday (we "
            "want to see it above 90%).",
            "PC Hannah Price from the Maddercombe Police Exploitation Unit will tell me the same day about "
            "any sighting of you with the Mirrowdale group, and I will log each one on your file.",
            "Your uncle Femi will pick you up from football training at Maddercombe Town at 7pm every "
            "Wednesday and Friday and drive you home, and he will text me each time you are home.",
            "Femi will also have you at his flat every Saturday from 10am to 6pm until the review "
            "conference, and keep a note of what you did together that I will read when I visit.",
            "Ellie Shaw from the Maddercombe Young People's Drug and Alcohol Service will see you at school "
            "every other Monday from 22 September, and tell me how many sessions you have been to and what "
            "you have agreed together.",
            "Lucy Pike from Maddercombe Young Carers will do a young carer's assessment with you by 3 "
            "October, because you do a lot for Grandma, and send a copy to you and to me.",
            "Asha Kaur from Maddercombe Adult Social Care will review Grandma's care and do a carer's "
            "assessment with your mum by 10 October, so that your mum has more time at home with you in "
            "the evenings, and send me the outcome in writing.",
            "Your mum will go to the \"Parenting teenagers\" group at Maddercombe Family Hub every Thursday "
            "evening for 8 weeks from 18 September, and the group leader will send me her attendance.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If you go missing overnight, if the police find you with the Mirrowdale group, or if you are "
              "found with a knife or with drugs, the police will be called straight away and I (or the "
              "out-of-hours team) will hold a strategy discussion with the police and the Exploitation Team "
              "the same day, to agree where you will stay safely that night."),
        ("p", "If Femi can't pick you up or have you on a Saturday (he sometimes works weekends), he will "
              "tell me and your mum by the day before. Your mum will collect you herself, and if she can't "
              "because she is at work or with Grandma, Kwame or another youth worker from the Exploitation "
              "Team will bring you home or spend the Saturday with you."),
        ("p", "If you go missing overnight three times before the review conference, or you are found with a "
              "knife again, I will ask my manager for a legal planning meeting. That is a meeting where we "
              "get legal advice about whether you need to be looked after by the council, somewhere safer "
              "and away from Mirrowdale."),
        ("p", "Whatever happens, if you are ever in danger, ring 999."),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting is on Wednesday 24 September at 3.30pm at Maddercombe Academy, "
              "and after that every four weeks, on 22 October and 19 November. You are welcome at any of "
              "them. The review conference is on Wednesday 3 December 2025 at 10am at Maddercombe Civic "
              "Centre."),
        ("p", "If you need anything before then, call me on 07700 900481 – a text is fine too."),
        ("p", "Take care, and good luck at training on Wednesday."),
        ("p", "Ruth Anand"),
        ("pl", "Social worker, Adolescent Safeguarding Team, Maddercombe Council"),
        ("p", "Copy to: Grace Oyelaran (your mum), and everyone named in this letter."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference record after a completed transfer-in; the updated plan
#    has a "Progress since last conference (RAG)" column beside the measure
#    column (one progress cell merged over two CMHT rows); no outcomes (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_moltonbury_rcpc_progress_since_last_column_farrow.docx",
    "doc_title": "Review Child Protection Conference - Record and Updated Plan - Alfie and Lily Farrow",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc-record-docx-landscape-updated-plan-no-action-lead-timescale-progress-since-last-rag-how-we-will-know-progress-merged-over-two-rows",
    "description": (
        "First review conference record for a 9-year-old and a 6-year-old (father's depression, "
        "neglect), held in the receiving authority after a transfer-in conference that has already "
        "happened (not X001). The updated plan table has a 'Progress since last conference (RAG)' column "
        "beside 'How we will know it's working'; the progress text (attendance counts, 'Lily in bed by "
        "7.30 most nights', a missed appointment date) is neither a measure, a timescale nor an outcome. "
        "Faults: no outcome for the children anywhere (O001); a CPN row that only supports (H001) beside "
        "a psychology row asked to report on capacity to change; an empty measure where the progress cell "
        "is full (M001); 'Alfie's engagement with the sessions' (M002); 'When a place is available' "
        "(T002); a blank lead (W001); a blank timescale (T001); a contingency of 'further concerns ... "
        "review the plan and consider next steps' (C002) with no legal step (R002); past core group dates "
        "only, future dates 'to be arranged' and the next review 'to be confirmed' (R001)."
    ),
    "landscape": True,
    "check_vmerge": 1,
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Updated Plan"),
        ("p", "Moltonbury Borough Council · Children's Social Care · Independent Reviewing Service"),
        ("kv", [
            ("Children", "Alfie Farrow (9), Year 4, and Lily Farrow (6), Year 1, both at Mardle Lane Primary"),
            ("Parents", "Kerry Farrow (34) and Scott Farrow (37), 17 Maltings Way, Moltonbury"),
            ("Plan history", "Initial conference in Mapplefold, 05/12/2024; family moved to Moltonbury in "
                             "January 2025; transfer-in conference, Moltonbury, 11/03/2025"),
            ("This conference", "First review in Moltonbury, Tuesday 10/06/2025, 1.30pm, Moltonbury "
                                "Civic Offices"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Lal, Moltonbury Safeguarding Team 2"),
            ("Chair", "Stephen Marsh, Independent Reviewing Officer"),
        ]),
        ("h2", "Attendance"),
        ("p", "Kerry Farrow; Scott Farrow; Priya Lal (SW); Carl Benning (CPN, Moltonbury Community Mental "
              "Health Team); Gemma Hollis (family support worker); Mrs Ann Wedge (ELSA and DSL, Mardle Lane "
              "Primary); Ruth Kaye (school nurse). Apologies: Moltonbury Police Public Protection Unit "
              "(report received)."),
        ("h2", "Background"),
        ("p", "Alfie and Lily have been on a plan since December 2024, first in Mapplefold. The family moved "
              "to Moltonbury in January to be nearer Kerry's work, and Moltonbury took over the plan at the "
              "transfer-in conference on 11/03/2025; Mapplefold closed the case the same week. Scott has had "
              "depression for several years and is under the Moltonbury Community Mental Health Team. On bad "
              "days he stays in bed, and when Kerry is at work Alfie has been getting Lily's tea. The house "
              "was dirty and the children were going to bed after 10pm. Police were called to an argument "
              "between Kerry and Scott in Mapplefold in November 2024 and once in Moltonbury, on 14/03/2025."),
        ("h2", "What Alfie and Lily say"),
        ("p", "Alfie (with Priya at school, 3 June): \"It's better since we moved. Dad still stays in bed a "
              "lot but Mum makes our tea now.\" He said he likes his ELSA sessions \"because Mrs Wedge "
              "doesn't rush me\" and that he still worries when his parents argue. Lily (at home, 4 June) "
              "drew her family in the garden and said her favourite thing is \"when Daddy reads the dinosaur "
              "book\". She told Priya she can't always hear the teacher when the class is noisy."),
        ("h2", "Progress since the last conference"),
        ("p", "Home conditions are better: the kitchen and the children's bedroom were clean at the last "
              "three visits. Kerry says both children are usually in bed by 7.30pm. Scott has gone to most "
              "of his CMHT sessions and has been referred for psychology. Alfie's attendance is 94% this "
              "term. There has been one police call-out since the transfer. Lily's hearing follow-up has not "
              "happened and the couples course has not started."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Alfie and Lily are still likely to suffer significant harm and that "
              "the child protection plan continues under the category of neglect."),
        ("h2", "Updated plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "Progress since last conference (RAG)",
                       "How we will know it's working"],
            "widths": [1.0, 6.4, 4.0, 3.3, 6.0, 5.0],
            "rows": [
                ["1",
                 "Visit Alfie and Lily at home and see each child on their own",
                 "SW Priya Lal",
                 "Every 2 weeks",
                 "Visits on 18/03, 01/04, 15/04, 29/04, 13/05 and 27/05; both children seen alone each time "
                 "(G)",
                 "Visit records with each child's own words"],
                ["2",
                 "Weekly support sessions with Scott for his low mood",
                 "Carl Benning, CPN, Moltonbury CMHT",
                 "Weekly",
                 "CMHT: Scott attended 9 of 12 support sessions; psychology referral accepted 12/05/2025 "
                 "(A)",
                 "Attendance record sent to the SW monthly"],
                ["3",
                 "Psychological assessment of Scott, with a written report on whether he can make the "
                 "changes Alfie and Lily need and how long that is likely to take",
                 "Dr Nadia Sorensen, clinical psychologist, Moltonbury CMHT",
                 "By 31/07/2025",
                 V,
                 "Report shared with the core group"],
                ["4",
                 "Family support sessions at home on bedtimes, mealtimes and keeping the house clean",
                 "FSW Gemma Hollis",
                 "Weekly for 8 weeks",
                 "6 of 8 sessions done; Kerry says Lily is in bed by 7.30pm on most nights and the kitchen "
                 "was clean at the last three visits (G)",
                 ""],
                ["5",
                 "Parents as Partners couples course for Kerry and Scott",
                 "Kerry and Scott Farrow",
                 "When a place is available",
                 "On the waiting list since April (R)",
                 "Certificate of completion copied to the SW"],
                ["6",
                 "ELSA sessions with Alfie about his worries at home",
                 "Mrs Ann Wedge (ELSA), Mardle Lane Primary",
                 "Every Tuesday afternoon in term time",
                 "Alfie has been to every session and says they help (G)",
                 "Alfie's engagement with the sessions"],
                ["7",
                 "Referral to Moltonbury Young Carers for Alfie",
                 "",
                 "By 20/06/2025",
                 "Not yet made (R)",
                 "Acceptance letter on Alfie's file"],
                ["8",
                 "Follow-up hearing test for Lily at Moltonbury Children's Audiology",
                 "Ruth Kaye, school nurse",
                 "",
                 "Lily missed the appointment on 06/05/2025 (R)",
                 "Audiology letter to the SW and the GP"],
                ["9",
                 "Tell the SW about any police call-out to 17 Maltings Way",
                 "Moltonbury Police, Public Protection Unit",
                 "Within 24 hours",
                 "One call-out, 14/03/2025; none since (G)",
                 "Each call-out logged on both children's files"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns, or the plan is not being followed, the core group will meet to "
              "review the plan and consider next steps."),
        ("h2", "Meetings"),
        ("p", "Core groups since the transfer-in conference were held on 25/03/2025, 22/04/2025 and "
              "20/05/2025. Core group meetings will continue; dates to be arranged by the SW. Next review "
              "conference: in six months, date to be confirmed."),
        ("p", "Record approved by the chair, Stephen Marsh, on 13/06/2025."),
    ],
    "findings": [
        F("H001", "Weekly support sessions with Scott for his low mood"),
        F("M001", "Family support sessions at home on bedtimes, mealtimes"),
        F("T002", "Parents as Partners couples course for Kerry and Scott"),
        F("M002", "ELSA sessions with Alfie about his worries at home"),
        F("W001", "Referral to Moltonbury Young Carers for Alfie"),
        F("T001", "Follow-up hearing test for Lily at Moltonbury Children's Audiology"),
        F("O001"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First core group notes typed as plain text: outcomes, contingency and
#    meeting dates sit in the running notes with no heading; the actions are
#    mostly about the mother's own needs and one waits for a transfer (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_merestead_core_group_notes_plain_text_tait.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-1-notes-txt-plain-typed-numbered-actions-who-when-how-inline-outcomes-contingency-and-dates-in-running-notes-without-headings",
    "description": (
        "First core group notes for a 5-month-old whose 19-year-old mother has postnatal depression and "
        "plans to move to another council's area. Typed as plain text: the outcomes ('The group agreed "
        "these are the things that need to be different'), the contingency and the meeting dates sit in "
        "the running notes with no heading; the actions are numbered items with Who / When / How we'll "
        "know inline. The baby's day is recorded by the HV. Faults: six of eleven actions are about the "
        "mother's own needs with no link to the baby (F001); an outcome about the mother only (F002); "
        "the parenting assessment waits for the new authority after the transfer (X001); the perinatal "
        "nurse only gives CBT (H001); 'Chloe's mood improves' (M002); the grandmother's night feeds 'as "
        "and when' (T002); a dash for when (T001); a passive weighing action (W001); 'all professionals' "
        "to keep an eye on him, 'reviewed at core group' (W002, M002); the grandmother carries two "
        "actions and the vague contingency ('if things get worse the core group will meet again sooner and look at the plan') has no "
        "fallback and no legal step (C002, C003, R002). The GP and the perinatal team own actions, so "
        "not F004."
    ),
    "text": """\
MERESTEAD COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING 1 - NOTES AND PLAN

Child: Reuben Tait, DOB 14/04/2025 (nearly 5 months)
Mother: Chloe Tait (19), Flat 6, Moorhen House, Merestead
Maternal grandmother: Tracy Tait (44), 12 Millpond Terrace, Merestead
Father: Kyle Benson (21), no contact since Reuben was born
Plan since: initial child protection conference, 26/08/2025 (category: neglect)
Meeting: Monday 08/09/2025, 10am, Merestead Family Hub
Social worker: Nicola Brandon

Present: Chloe Tait, Tracy Tait, Nicola Brandon (SW), Jas Bains (HV), Helen Marr (perinatal
mental health nurse), Sadia Khan (family support worker). Apologies: Dr Omar Rashid (GP).

Notes

Chloe was diagnosed with postnatal depression in June and is on sertraline from her GP. She
is seen by the Merestead perinatal mental health team. She told the group: "I love him to bits
but I'm so tired. Some days I can't get off the sofa." On the HV's visit on 18/08/2025 Reuben
was in a soaked nappy with a bad nappy rash, there were no clean bottles, and his weight had
dropped from the 50th to the 25th centile. Chloe has been offered a one-bedroom flat by
Mardenholt Council, near her friends, and hopes to move in October.

Jas (HV) saw Reuben at home on 03/09/2025. He was smiling and babbling, followed Chloe round
the room with his eyes and reached for her when she came back in. He cried hard when he was
put in his bouncer and settled straight away when Tracy picked him up. Tracy says he has his
last feed at about 11pm and wakes around 3am and 6am.

The group agreed these are the things that need to be different by the review:
  - Reuben is fed on time, day and night, and his weight gets back towards the 50th centile.
  - Reuben sleeps in his own cot, on his back, every night.
  - Chloe feels less low and gets out of the house most days.

Actions agreed

1. Chloe to attend her perinatal mental health appointments.
   Who: Chloe. When: fortnightly. How we'll know: Chloe's mood improves.

2. GP to review Chloe's antidepressant dose and write to the SW.
   Who: Dr Omar Rashid, Merestead Medical Centre. When: by 30/09/2025. How we'll know: GP letter on file.

3. Perinatal mental health team to give Chloe CBT sessions for her low mood.
   Who: Helen Marr, perinatal mental health nurse. When: weekly from 15/09/2025. How we'll know: sessions recorded in the perinatal notes.

4. Chloe to go to the Merestead Women's Wellbeing Cafe for peer support.
   Who: Chloe. When: every Friday morning. How we'll know: cafe sign-in sheet, seen by the FSW.

5. SW to help Chloe sort out her Universal Credit and get debt advice.
   Who: SW Nicola Brandon. When: by 26/09/2025. How we'll know: UC statement and debt plan on file.

6. Chloe to see the practice nurse about her own sleep and diet.
   Who: Chloe. When: -. How we'll know: appointment confirmed to the SW.

7. Parenting assessment of Chloe to be started by Mardenholt Children's Services once the transfer is complete.
   Who: Mardenholt Children's Services. When: after the transfer. How we'll know: assessment report shared with the core group.

8. Tracy to help with Reuben's night feeds.
   Who: Tracy Tait (MGM). When: as and when. How we'll know: feed chart on the fridge, signed by Tracy.

9. Tracy to have Reuben at her house every Wednesday so Chloe can rest.
   Who: Tracy Tait (MGM). When: every Wednesday, 9am to 5pm. How we'll know: Tracy's diary, seen by the SW.

10. Reuben to be weighed at the Merestead baby clinic, with his weight plotted in the red book.
    Who: -. When: monthly. How we'll know: weight plotted in the red book and shared with the SW.

11. Keep an eye on Reuben's care and presentation.
    Who: all professionals. When: at every contact. How we'll know: reviewed at core group.

If things get worse the core group will meet again sooner and look at the plan.

Next core group Monday 06/10/2025, 10am, Merestead Family Hub, then every four weeks. Review
conference booked for Tuesday 18/11/2025, 1.30pm, Merestead Town Hall.

Notes typed by Sadia Khan (FSW) and checked by Nicola Brandon (SW), 09/09/2025.
""",
    "findings": [
        F("M002", "Chloe to attend her perinatal mental health appointments"),
        F("H001", "Perinatal mental health team to give Chloe CBT sessions"),
        F("T001", "Chloe to see the practice nurse about her own sleep"),
        F("X001", "Parenting assessment of Chloe to be started by Mardenholt"),
        F("T002", "Tracy to help with Reuben's night feeds"),
        F("W001", "Reuben to be weighed at the Merestead baby clinic"),
        F("W002", "Keep an eye on Reuben's care and presentation"),
        F("M002", "Keep an eye on Reuben's care and presentation"),
        F("F002", "Chloe feels less low and gets out of the house most days."),
        F("F001"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
