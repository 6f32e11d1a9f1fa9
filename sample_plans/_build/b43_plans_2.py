"""Batch 43, module 2: seven fictional plans (tuning material), places beginning with "v".

Everything here is made up: children, families, professionals, services,
councils and health and social care trusts. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as different systems and nations keep them. A Scottish GIRFEC
child's plan with a small Who / Will do / When / How we'll see it table under
each wellbeing indicator; a Welsh plan with headings in Welsh then English and
a language-of-service column; a Northern Ireland Trust plan with numbered
actions under agency subheadings, each with When and Evidence lines; a
looked-after baby on a neonatal unit with a visiting grid and a legal steps
table; a child in need step-down plan with a criteria grid and a "From CP
plan?" column; a case-system PDF export where every field is a labelled line
and each action is an "Action n of m" block; a plain-text plan with a
fixed-width five-column table whose cells wrap over several lines. Three are
exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scottish GIRFEC child's plan (child protection): details, Rowan's views,
#    outcomes tagged by indicator, then a small Who / Will do / When / How
#    we'll see it table under each SHANARRI heading (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_vaddenmuir_girfec_shanarri_who_will_do_tables_mccrindle.docx",
    "doc_title": "Child's Plan (Child Protection) - Rowan McCrindle",
    "split": "tune",
    "template": "girfec-childs-plan-docx-named-person-lead-professional-kv-my-views-outcomes-tagged-by-indicator-then-small-who-will-do-when-how-well-see-it-table-under-each-shanarri-heading",
    "description": (
        "Scottish child's plan for an 8-year-old on the child protection register (mother's drinking "
        "and anxiety, partner's drinking, arguments with police call-outs, Rowan out alone at night). "
        "A small Who / Will do / When / How we'll see it table under each wellbeing indicator. Most "
        "rows are sound, but 'Everyone in Rowan's network' owns one row, the alcohol team's measure "
        "is 'Engagement with CADT', the primary care mental health row only treats Gemma, the Named "
        "Person's row has no measure, the football row has no owner and 'TBC', money advice is "
        "'ASAP', one outcome is Gemma's own, and nothing says what legal step follows if the plan "
        "fails (no Reporter referral or legal advice)."
    ),
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Vaddenmuir Council · Children and Families Social Work, East Locality · Getting it right "
              "for every child"),
        ("kv", [
            ("Child", "Rowan McCrindle"),
            ("Date of birth", "14/02/2017 (8 years)"),
            ("Address", "12 Craigielea Drive, Vaddenmuir"),
            ("School", "Vaddenmuir Primary School (P4, going into P5 in August)"),
            ("Lives with", "Gemma McCrindle (mum) and, most nights, Stevie Dunlop (mum's partner)"),
            ("Rowan's dad", "Ryan Tosh, lives in Inverness and phones Rowan once a month"),
            ("Plan status", "Name placed on the Child Protection Register on 24/06/2025 – neglect; "
                            "domestic abuse"),
            ("Named Person", "Mrs Lorna Gilmour, Depute Head Teacher, Vaddenmuir Primary"),
            ("Lead Professional", "Kirsty Ramage, Social Worker, East Locality Team"),
            ("Plan agreed at", "Child Protection Planning Meeting (CPPM), 24/06/2025, Vaddenmuir Council "
                               "Offices; chair Alan Buchanan, Service Manager"),
        ]),
        ("h1", "Why Rowan has a Child's Plan"),
        ("p", "Police Scotland have been called to 12 Craigielea Drive three times since February after "
              "arguments between Gemma and Stevie when both had been drinking. On 31 May a neighbour found "
              "Rowan at the Spar on Main Street at 11pm buying crisps; he told her, \"They're sleeping and I "
              "was hungry.\" An inter-agency referral discussion was held on 2 June and a joint "
              "investigation followed."),
        ("p", "Gemma has had anxiety for several years and is prescribed sertraline by her GP. She told "
              "the CPPM that she drinks wine most nights \"to calm my nerves\" and that it has got out of "
              "hand since the winter. Stevie drinks heavily at weekends; he does not accept that his "
              "drinking is a problem but agreed to stay at his brother's on nights he drinks. School say "
              "Rowan is often tired and late, sometimes has no lunch, and has started wetting the bed "
              "again. The house is warm and Rowan has his own room, and Gemma and Rowan are close."),
        ("h1", "My views"),
        ("p", "Rowan filled in his \"All about me\" sheet with Kirsty at school on 17/06/2025 and said she "
              "could share it:"),
        ("bullets", [
            "\"Mum's dead nice when it's just us. We watch Bake Off and she makes pancakes.\"",
            "\"When Stevie's been at the pub him and Mum shout and I put my headphones on and go under "
            "the covers.\"",
            "\"I went to the shop cos there was nothing for tea. I wasn't scared but it was dark.\"",
            "He would like to play football with his pal Jamie, and for Nana Jean \"to come round more\".",
            "On a scale of 1 to 10 he put weekends at home at 4 and weekends at Nana Jean's at 9.",
        ]),
        ("h2", "What Rowan's family say"),
        ("p", "Gemma said she wants help \"with my nerves and the drink\" and that Rowan \"shouldn't have "
              "to fend for himself\". Stevie said the police calls were \"just arguments\" but he will keep "
              "away on nights he drinks. Rowan's grandmother, Jean McCrindle, said she is glad to have "
              "Rowan at weekends and is \"fed up of worrying\"."),
        ("h1", "What we want for Rowan"),
        ("bullets", [
            "Safe – Rowan is looked after by a sober adult every evening and night, and he is never out on "
            "his own at night.",
            "Healthy – Rowan has his tea every evening, is in bed by 8.30pm on school nights and has more "
            "dry nights than wet ones.",
            "Achieving – Rowan is in school on time every day and his reading reaches the level expected "
            "for P5.",
            "Nurtured – Rowan has warm, predictable care at home and keeps his weekends with Nana Jean.",
            "Active – Rowan plays football every week with his friends.",
            "Gemma cuts down her drinking and feels less anxious day to day.",
        ]),
        ("h1", "The plan, by wellbeing indicator"),
        ("p", "Under each heading: who is doing it, what they will do, when, and how we will see that it "
              "has happened."),
        ("h2", "Safe"),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.4, 6.0, 3.1, 4.5],
            "rows": [
                ["Kirsty Ramage, Lead Professional (SW)",
                 "Visit Rowan at home and see him on his own in his room; at least one visit a month "
                 "unannounced and one at a weekend",
                 "Weekly",
                 "Visit notes record Rowan seen alone, what he said, whether there was food in the house "
                 "and any sign of drinking"],
                ["Stevie Dunlop",
                 "Stay at his brother's flat in Kirkton Road on any night he has had a drink, and not "
                 "come to the house until the next day",
                 "Every night he drinks; every Friday and Saturday as a minimum",
                 "Gemma texts Kirsty by 10pm on Fridays and Saturdays to say where Stevie is; no police "
                 "call-outs to the house"],
                ["Everyone in Rowan's network",
                 "Phone Kirsty, or the out-of-hours social work service, if Rowan is out alone after dark "
                 "or an adult looking after him is drunk",
                 "Same day",
                 "Every call logged on Rowan's social work record with what was done"],
                ["PC Ross Gallacher, Police Scotland Domestic Abuse Investigation Unit",
                 "Put a marker on 12 Craigielea Drive and share details of any call-out with social work",
                 "Marker by 04/07/2025; any call-out shared within 24 hours",
                 "Marker confirmed to Kirsty by email; iVPD concern report sent after every call-out"],
            ],
        }),
        ("h2", "Healthy"),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.4, 6.0, 3.1, 4.5],
            "rows": [
                ["Aileen Cowan, recovery worker, Vaddenmuir Community Alcohol and Drug Team (CADT)",
                 "Alcohol assessment and weekly key-work sessions with Gemma",
                 "Weekly from 01/07/2025",
                 "Engagement with CADT"],
                ["Jan Heggie, school nurse",
                 "See Rowan about his bedwetting and sleep, and set up a bedtime routine and star chart "
                 "with him and Gemma",
                 "First appointment by 29/08/2025, then every 4 weeks",
                 "Sleep and wet-night diary shared with Kirsty before each core group"],
                ["Dr Morag Hendry, GP, Kirkgate Medical Practice",
                 "Review Gemma's sertraline and her drinking, and tell Kirsty whether the two together are "
                 "affecting how she cares for Rowan",
                 "Appointment by 18/07/2025",
                 "Letter from Dr Hendry to Kirsty, read at the core group on 05/08/2025"],
                ["Lynne Fraser, mental health practitioner, Primary Care Mental Health Team",
                 "Six sessions of guided self-help for Gemma's anxiety",
                 "Weekly from 08/07/2025",
                 "Attendance letter to the GP and Kirsty after the sixth session"],
            ],
        }),
        ("h2", "Achieving"),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.4, 6.0, 3.1, 4.5],
            "rows": [
                ["Mrs Lorna Gilmour, Named Person",
                 "Daily soft-start check-in with Rowan, and extra reading support with the PSA three "
                 "mornings a week",
                 "Every school day from 20/08/2025",
                 ""],
                ["Gemma McCrindle",
                 "Get Rowan to school by 8.50am with a packed lunch or dinner money",
                 "Every school day",
                 "Attendance and lates from SEEMIS, sent to Kirsty by the school office every Friday"],
            ],
        }),
        ("h2", "Nurtured"),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.4, 6.0, 3.1, 4.5],
            "rows": [
                ["Gemma McCrindle and Stevie Dunlop",
                 "Go to the Incredible Years parenting group together at Vaddenmuir Family Centre",
                 "Thursdays 6–8pm for 12 weeks from 04/09/2025",
                 "Attendance register, and the group worker's end-of-course report to the core group"],
                ["Jean McCrindle (Nana Jean)",
                 "Have Rowan for his tea on Fridays and to stay over on Saturday nights",
                 "Every Friday and Saturday",
                 "Nana Jean's weekend notes in Rowan's home–school diary, read by Kirsty at her visits"],
            ],
        }),
        ("h2", "Active"),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.4, 6.0, 3.1, 4.5],
            "rows": [
                ["–",
                 "Rowan to get a place at Vaddenmuir Thistle under-9s football, with boots from the club "
                 "kit bank",
                 "TBC",
                 "Rowan's name on the team sheet"],
            ],
        }),
        ("h2", "Respected"),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.4, 6.0, 3.1, 4.5],
            "rows": [
                ["Iain Robb, Children's Rights Officer",
                 "Meet Rowan before each core group so that his \"Having my say\" sheet is filled in and "
                 "heard",
                 "Before every core group",
                 "Rowan's sheet read out at each core group and kept with the minutes"],
            ],
        }),
        ("h2", "Responsible"),
        ("p", "No separate actions. Rowan is 8 and this plan asks the adults to make the changes. Rowan "
              "said his job is \"to tell someone if I'm worried\"; he named Mrs Gilmour and Nana Jean."),
        ("h2", "Included"),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.4, 6.0, 3.1, 4.5],
            "rows": [
                ["Gemma McCrindle, with Vaddenmuir Money Advice",
                 "Get advice on the rent arrears and apply for Scottish Child Payment",
                 "ASAP",
                 "Award letter and a repayment agreement with the housing office, seen by Kirsty"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Police Scotland are called to the house, Rowan is found on his own outside at night, or "
              "Gemma or Stevie is drunk while Rowan is in their care, the Lead Professional (or the "
              "out-of-hours social work service) will hold an IRD the same day and Rowan will stay with "
              "Nana Jean at 4 Burnside Crescent until it is safe for him to go home. If Nana Jean cannot "
              "have him, he will be looked after by a Vaddenmuir foster carer that night."),
        ("p", "The CPPM agreed that compulsory measures are not needed at present, and no referral was made "
              "to the Children's Reporter."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Vaddenmuir Primary, 3.45pm: 08/07/2025, 05/08/2025 and 02/09/2025.",
            "Review Child Protection Planning Meeting (review case conference): 23/09/2025, 10am, "
            "Vaddenmuir Council Offices.",
        ]),
        ("p", "Typed by Kirsty Ramage, Lead Professional, 26/06/2025. Copies to Gemma, Stevie, Nana Jean "
              "(with Gemma's agreement) and everyone invited to the CPPM."),
    ],
    "findings": [
        F("W002", "if Rowan is out alone after dark or an adult"),
        F("M002", "Alcohol assessment and weekly key-work sessions with Gemma"),
        F("H001", "Six sessions of guided self-help for Gemma's anxiety"),
        F("M001", "Daily soft-start check-in with Rowan, and extra reading support"),
        F("W001", "Rowan to get a place at Vaddenmuir Thistle under-9s football"),
        F("T002", "Rowan to get a place at Vaddenmuir Thistle under-9s football"),
        F("T002", "Get advice on the rent arrears and apply for Scottish Child Payment"),
        F("F002", "Gemma cuts down her drinking and feels less anxious day to day."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Welsh child protection plan, headings in Welsh then English, bold field
#    lines, and a plan table with a language-of-service column. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_valeferwig_welsh_first_headings_iaith_column_rhydderch.md",
    "split": "tune",
    "template": "welsh-cp-plan-md-headings-welsh-then-english-bold-bilingual-field-lines-then-cam-pwy-erbyn-pryd-sut-byddwn-ni-gwybod-table-with-iaith-language-of-service-column",
    "description": (
        "Exemplary Welsh initial conference plan for a 9-year-old and a 3-year-old (father's drinking "
        "and domestic abuse; father on bail away from the home). Headings in Welsh then English and a "
        "language-of-service column (Cymraeg / English / Dwyieithog) in the plan table. Every step has "
        "an owner, a concrete timescale and an observable measure; the substance misuse service tests "
        "and reports on change; Nain's school pick-ups are covered in the contingency; core group and "
        "review dates are set and a legal gateway meeting follows insufficient progress."
    ),
    "text": """\
# Cynllun Amddiffyn Plant / Child Protection Plan

**Cyngor Bwrdeistref Sirol Bro Ferwig / Vale of Ferwig County Borough Council**
Gwasanaethau Plant, Tîm Diogelu (Gorllewin) / Children's Services, Safeguarding Team (West)

> Sioned asked for the plan in both languages. This copy has the headings in Welsh and English
> and the detail in English; the full Welsh version (fersiwn Gymraeg lawn) was posted to Sioned
> on 07/07/2025. Gareth asked for English only.

## Manylion / Details

**Plant / Children:** Elis Rhydderch, 9 (ganwyd / born 02/03/2016), Blwyddyn 4 / Year 4, Ysgol Gymraeg Bro Ferwig; Nel Rhydderch, 3 (ganwyd / born 21/05/2022), Cylch Meithrin Pant-y-Dŵr
**Cyfeiriad / Address:** 8 Heol y Bryn, Llanferwig
**Yn byw gyda / Lives with:** Sioned Rhydderch (Mam / Mum)
**Tad / Father:** Gareth Rhydderch, staying with his brother at 41 Stryd Fawr, Pontgarth, under police bail conditions not to come to Heol y Bryn
**Iaith y teulu / Family's language:** Cymraeg (Sioned, Elis, Nel); Saesneg / English (Gareth, who is learning Welsh)
**Cynhadledd / Conference:** Cynhadledd amddiffyn plant gychwynnol / Initial child protection conference, 03/07/2025, Tŷ Ferwig, Llanferwig
**Categori / Category:** Cam-drin emosiynol / Emotional abuse (both children)
**Gweithiwr cymdeithasol / Social worker:** Ffion Hughes (siaradwr Cymraeg / Welsh speaker)
**Cadeirydd / Chair:** Huw Elfed Jones, Cadeirydd Annibynnol / Independent Chair

## Pam mae angen cynllun / Why there is a plan

Heddlu Dyfed-Ferwig have been called to Heol y Bryn four times since January, each time after
Gareth had been drinking. On 14 May Gareth threw a mug that smashed against the wall beside
Nel's high chair, and Elis rang 999 from his tablet. Gareth was arrested and is on bail until
his court date on 12/08/2025. Sioned says Gareth drinks most evenings and "a bottle of vodka
at weekends", and that the shouting has been going on "since Nel was a baby". Gareth told
conference he knows his drinking "has got worse" and wants to see the children.

## Beth mae Elis a Nel yn ei ddweud / What Elis and Nel tell us

Elis met Ffion in Welsh at school on 24/06/2025. He said: "Dw i'n hoffi pan mae Dad yn hapus,
ond dw i ddim yn hoffi pan mae e'n gweiddi." (I like it when Dad is happy, but I don't like it
when he shouts.) He said "mae'n dawel yn y tŷ nawr" (it's quiet in the house now) and that he
would like to see Dad on Saturdays "os nad yw e wedi bod yn yfed" (if he hasn't been drinking).
He put home at 8 out of 10 now and said it was "2 neu 3" (2 or 3) before Dad left.

Nel is 3 and chatters in Welsh. At the Cylch on 26/06/2025 Ffion saw her singing, playing in
the sand tray and going happily to her key worker. Staff say she jumps and covers her ears
when a door slams, and at home she hides behind Sioned if a man raises his voice in the street.

## Beth sy'n mynd yn dda / What is going well

Sioned has kept Gareth away from the house since May and rang the police herself on 2 June
when he turned up at the gate. Both children are at school and the Cylch every day, clean,
fed and happy to go in. Nain (Mair Evans, Sioned's mother) lives two streets away and
helps every week.

## Beth sy'n ein poeni / What worries us

That Gareth's drinking and anger have not changed yet; that Elis has felt he has to keep
everyone safe; and that the bail conditions end after the court date on 12/08/2025.

## Canlyniadau i Elis a Nel / Outcomes for Elis and Nel

- Elis and Nel live at home without shouting, threats or violence, and Elis tells us (in Welsh or English, his choice) that he feels safe at home.
- Elis and Nel see their dad in a way that is safe and sober, and Elis knows that family time stops if Dad has been drinking.
- Nel's talking and play keep growing at the Cylch, and she no longer startles and hides at loud voices.
- Elis can be a 9-year-old: he does not ring 999 or watch over his mum and sister.

## Y cynllun / The plan

| # | Cam / Step | Pwy / Who | Erbyn pryd / By when | Sut byddwn ni'n gwybod / How we'll know | Iaith / Language |
|---|---|---|---|---|---|
| 1 | Visit at home; see Elis on his own and see Nel at the Cylch or at home; at least one visit a month unannounced | Ffion Hughes, social worker | Every 2 weeks | Visit record with Elis's words in Welsh and an English summary, after every visit | Cymraeg |
| 2 | Attend the Newid programme for men who have been abusive at home, including the sessions on children | Gareth Rhydderch; facilitator Tom Beddoe reports to the social worker | Every Wednesday evening for 26 weeks from 09/07/2025 | Attendance sent to Ffion monthly; mid-point report to the core group by 01/10/2025 | English |
| 3 | Alcohol assessment, weekly key-work and a breath test at every session; a written report on whether Gareth's drinking is changing and what that means for family time | Rhys Parry, key worker, Gwasanaeth Camddefnyddio Sylweddau Bro Ferwig / Vale of Ferwig Substance Misuse Service | Assessment by 18/07/2025; weekly after that; report before every core group | Breath test readings and the written report read at each core group | English |
| 4 | Supervise Gareth's family time with Elis and Nel at the family centre; end the session if Gareth smells of drink | Dafydd Lloyd, family support worker, Canolfan Deulu Llanferwig | Every Saturday, 10am to 12 noon | Family time record sent to Ffion after every session, with how the children were before and after | Dwyieithog / Bilingual |
| 5 | Safety planning with Sioned, including what Elis should do if Dad comes to the house (so he is not the one who has to ring 999), and a DASH review | Lowri Bevan, IDVA, Llwybrau Diogel | By 11/07/2025, then monthly | Updated safety plan on file and a copy at home; DASH score shared with Ffion | Cymraeg |
| 6 | Weekly check-in with Elis, and tell Ffion the same day about anything he says about home | Mrs Non Williams, DSL, Ysgol Gymraeg Bro Ferwig | Every Monday in term time | DSL log; email to Ffion on the day of any disclosure | Cymraeg |
| 7 | Nel's 3-year review, with a WellComm check of her speech and a look at how she reacts to noise | Bethan Jenkins, health visitor | By 25/07/2025 | WellComm score and review notes sent to Ffion and the GP | Cymraeg |
| 8 | Collect Elis and Nel from school and the Cylch and give them tea at hers | Mair Evans (Nain) | Every Tuesday and Thursday in term time | School and Cylch collection logs show Mair collected them | Cymraeg |
| 9 | Attend the Camu Ymlaen group for women who have lived with domestic abuse, so she can help Elis and Nel understand what happened | Sioned Rhydderch | Monday mornings for 11 weeks from 07/07/2025 | Attendance sheet sent to Ffion monthly | Cymraeg |
| 10 | Meet Elis before each core group so his views are written down in the words he chooses | Gwenno Rees, advocate, Llais Ifanc Bro Ferwig | Before every core group | Elis's "Fy Llais / My Voice" sheet read at each core group | Cymraeg |

## Cynllun wrth gefn / Contingency plan

If Gareth comes to Heol y Bryn or the school gate, contacts Sioned outside what his bail
allows, or arrives at family time smelling of alcohol, Sioned or the family centre will ring
999 and Ffion (or the emergency duty team out of hours) will hold a strategy discussion the
same day. Family time stops until Rhys Parry's next test is clear and a new risk assessment
has been done. If Sioned and the children cannot stay safely at home, Lowri Bevan will find a
refuge place through Llwybrau Diogel that day.

If Mair cannot collect the children on a Tuesday or Thursday, Sioned will collect them
herself; if neither can, the school will keep Elis and Nel at Clwb Ar Ôl Ysgol until 5.30pm
and Ffion will arrange collection by the family support worker.

## Grŵp craidd ac adolygu / Core group and review

- Grŵp craidd / Core group: every 4 weeks at Ysgol Gymraeg Bro Ferwig, 3.30pm – 17/07/2025, 14/08/2025 and 11/09/2025. Meetings in Welsh with English interpreting for Gareth.
- Cynhadledd adolygu / Review child protection conference: 02/10/2025, 10am, Tŷ Ferwig.
- If Gareth has missed two Newid sessions, two breath tests have been positive, or he has come to the house against his bail by the core group on 11/09/2025, Ffion's team manager will hold a legal gateway meeting within 5 working days to decide whether to start the Public Law Outline.

*Teipiwyd gan / Typed by Ffion Hughes, 04/07/2025. Copïau / Copies: Sioned, Gareth, all at conference.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland Trust child protection plan: numbered actions under
#    agency subheadings, each followed by "When:" and "Evidence:" lines;
#    header and page footer on every page (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_vallymoyle_trust_agency_subheadings_when_evidence_mcconville.pdf",
    "doc_title": "Child Protection Plan - Tiernan and Aoife McConville",
    "split": "tune",
    "template": "ni-hsc-trust-cp-plan-paged-registration-kv-unocini-summary-then-numbered-actions-under-agency-subheadings-each-with-when-and-evidence-lines-family-and-other-sections",
    "description": (
        "Northern Ireland Trust plan after an initial case conference for a 6-year-old and a 10-month-old "
        "(neglect; mother's depression and cannabis use; father of the baby abusive). Thirteen numbered "
        "actions under agency subheadings, each with When and Evidence lines. The CPN only supports "
        "Shauna and is 'kept under review', the health visitor visits 'as required', the PSNI evidence "
        "line is blank, the aunt's school runs are 'monitored', 'the wider family' owns an 'ongoing' "
        "action, Shauna goes to Women's Aid 'when she feels ready', and the Home-Start referral has no "
        "agent. The grandmother and aunt carry much of the plan and the contingency sends the children "
        "to the grandmother with nothing said if she cannot have them."
    ),
    "header": "Vallymoyle Health and Social Care Trust – Children's Services – OFFICIAL SENSITIVE",
    "footer": "CP Plan – McConville – Family Intervention Team (West) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the Initial Child Protection Case Conference, Thursday 19 June 2025"),
        ("kv", [
            ("Children", "Tiernan McConville, DOB 08/09/2018 (6), P2 at St Colman's Primary School; "
                         "Aoife McConville, DOB 17/08/2024 (10 months)"),
            ("Address", "14 Drumkeel Gardens, Vallymoyle"),
            ("Mother", "Shauna McConville (26)"),
            ("Fathers", "Tiernan: Martin Kerr, no contact since 2020. Aoife: Ciaran Devlin (29), no "
                        "longer living at the address"),
            ("Registered", "Both children placed on the Child Protection Register – category neglect"),
            ("Key worker", "Orla Keenan, Social Worker, Family Intervention Team (West)"),
            ("Chair", "Declan Mulholland, Principal Social Worker"),
            ("Assessment", "UNOCINI assessment completed 12/06/2025"),
        ]),
        ("h1", "Reasons for registration"),
        ("p", "Tiernan was late or absent on 31 days this school year and has come in hungry and in dirty "
              "clothes. On three home visits Aoife was found in a soiled nappy in a travel cot with a "
              "propped bottle, and the kitchen had no food for the children. Shauna has depression and is "
              "under the Trust's Community Mental Health Team; she told the social worker she smokes "
              "cannabis most evenings \"to get to sleep\". PSNI attended twice in May after Ciaran Devlin "
              "damaged the front door and threatened Shauna in front of Tiernan. Shauna's mother, "
              "Bernadette, and her sister, Roisin, have been helping with the children since May and both "
              "came to conference."),
        ("h1", "What Tiernan and Aoife are telling us"),
        ("p", "Tiernan (seen at school by Orla Keenan, 16/06/2025) drew his house with \"Mummy in bed\" "
              "and said, \"I make Aoife laugh when she cries. I like Granny's because she does fish "
              "fingers.\" He said he was scared \"when Ciaran kicked the door\" and wants \"Mummy to get up "
              "in the mornings\"."),
        ("p", "Aoife is 10 months old. The health visitor saw her crawling and babbling, reaching for "
              "Tiernan and settling quickly when Granny Bernie picked her up. She has bad nappy rash and "
              "has missed her 8-month development review."),
        ("h1", "Outcomes we want for Tiernan and Aoife"),
        ("bullets", [
            "Tiernan and Aoife are cared for every day by an adult who is sober and awake: they are fed, "
            "clean and dressed, and Aoife sleeps safely in her cot.",
            "The children live free from domestic abuse, and Ciaran does not come to the house.",
            "Tiernan is in school on time every day and Aoife's health and development checks are up to "
            "date.",
        ]),
        ("h1", "Child protection plan – actions by agency"),
        ("h2", "Social Work – Family Intervention Team (West)"),
        ("p", "1. Orla Keenan, social worker, will visit the children at home, seeing Tiernan on his own "
              "and Aoife awake, with at least one visit a month unannounced."),
        ("pi", "When: Weekly until the first core group, then every two weeks"),
        ("pi", "Evidence: Visit records note where Aoife sleeps, what food is in, and what Tiernan says"),
        ("p", "2. Orla Keenan will complete a parenting assessment of Shauna, including how her mood and "
              "cannabis use affect her care of Tiernan and Aoife."),
        ("pi", "When: By 29/08/2025"),
        ("pi", "Evidence: Assessment report shared with Shauna and the core group on 28/08/2025 and "
               "presented at the review conference"),
        ("h2", "Health Visiting"),
        ("p", "3. Grainne Fitzpatrick, health visitor, will weigh Aoife and check her development and "
              "sleeping arrangements, and complete her missed 8-month review."),
        ("pi", "When: As required"),
        ("pi", "Evidence: Weight plotted in the red book; sleep space seen at each visit; review outcome "
               "sent to the social worker"),
        ("h2", "Adult Mental Health – Vallymoyle Community Mental Health Team"),
        ("p", "4. Aine Rafferty, community psychiatric nurse, will continue to support Shauna with her low "
              "mood and her medication."),
        ("pi", "When: Fortnightly home visits"),
        ("pi", "Evidence: Kept under review"),
        ("h2", "Community Addiction Team"),
        ("p", "5. Conor Magee, addiction worker, will assess Shauna's cannabis use, carry out urine screens "
              "and report to the core group on her use and what it means for the children's care."),
        ("pi", "When: First appointment by 18/07/2025, then every two weeks"),
        ("pi", "Evidence: Screen results and a written report to each core group"),
        ("h2", "PSNI – Public Protection Branch"),
        ("p", "6. DC Niamh Toner will share any domestic incident at the address with the key worker and "
              "keep the address flagged."),
        ("pi", "When: Within 24 hours of any call"),
        ("pi", "Evidence:"),
        ("h2", "Education – St Colman's Primary School"),
        ("p", "7. Mrs Clodagh Quinn, Designated Teacher, will check Tiernan's attendance and punctuality "
              "each morning and phone the social worker by 10am if he is absent without a reason."),
        ("pi", "When: Every school day"),
        ("pi", "Evidence: Attendance figures given at each core group; social worker told on the day of any "
               "unexplained absence"),
        ("h2", "Family and friends"),
        ("p", "8. Bernadette McConville (maternal grandmother) will have Tiernan and Aoife at her house "
              "every Saturday night so that Shauna has a break."),
        ("pi", "When: Every Saturday, 12 noon to Sunday 5pm"),
        ("pi", "Evidence: Granny Bernie's diary of the weekend, seen by the social worker at visits"),
        ("p", "9. Roisin McConville (maternal aunt) will take Tiernan to school on Mondays, Wednesdays and "
              "Fridays."),
        ("pi", "When: Monday, Wednesday and Friday mornings in term time"),
        ("pi", "Evidence: Monitored"),
        ("p", "10. The wider family will make sure Ciaran does not call to the house or stay over."),
        ("pi", "When: Ongoing"),
        ("pi", "Evidence: Any visit by Ciaran reported to the key worker the same day and logged"),
        ("h2", "Parents"),
        ("p", "11. Shauna will attend the Women's Aid Pattern Changing group to understand the effect of "
              "domestic abuse on Tiernan and Aoife."),
        ("pi", "When: When she feels ready"),
        ("pi", "Evidence: Attendance sheet from Vallymoyle Women's Aid"),
        ("p", "12. Ciaran will complete the Trust's Caring Dads programme before any contact with Aoife is "
              "considered."),
        ("pi", "When: Tuesday evenings for 17 weeks from 15/07/2025"),
        ("pi", "Evidence: Attendance and the facilitator's final report to the key worker"),
        ("h2", "Other"),
        ("p", "13. A referral will be made to Home-Start Vallymoyle for a volunteer to help with Aoife's "
              "routines at home."),
        ("pi", "When: By 04/07/2025"),
        ("pi", "Evidence: Home-Start confirm a volunteer has been matched and the start date"),
        ("h1", "Contingency plan"),
        ("p", "If Shauna is found under the influence of cannabis or alcohol while the children are in her "
              "sole care, if Ciaran is found at the house, or if Aoife misses two health appointments in a "
              "row, Orla Keenan (or the Regional Emergency Social Work Service out of hours) will hold a "
              "strategy meeting with PSNI the same day. Tiernan and Aoife will go to stay with Granny "
              "Bernie at 22 Glenside Park until a further safety assessment has been completed."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every 4 weeks at Vallymoyle Family Centre – 03/07/2025, 31/07/2025 and "
            "28/08/2025, 10.30am.",
            "Review Child Protection Case Conference: 18/09/2025, 2pm, Trust Headquarters, Room 2.",
            "If Shauna's screens are not clear by the core group on 28/08/2025, or Ciaran is found at the "
            "house twice, the Principal Social Worker will convene a legal planning meeting with the "
            "Directorate of Legal Services within 10 working days.",
        ]),
        ("p", "Plan typed by Orla Keenan, key worker, 20/06/2025, and sent to all invited to the conference."),
    ],
    "findings": [
        F("T002", "will weigh Aoife and check her development and sleeping"),
        F("H001", "will continue to support Shauna with her low mood"),
        F("M002", "will continue to support Shauna with her low mood"),
        F("M001", "will share any domestic incident at the address"),
        F("M002", "will take Tiernan to school on Mondays, Wednesdays and Fridays"),
        F("W002", "The wider family will make sure Ciaran does not call"),
        F("T002", "The wider family will make sure Ciaran does not call"),
        F("T002", "will attend the Women's Aid Pattern Changing group"),
        F("W001", "A referral will be made to Home-Start Vallymoyle"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby on a neonatal unit: legal status fields, the baby's
#    days on the unit, a Monday-to-Sunday visiting grid, a legal steps table,
#    then the plan table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_vendersby_lac_neonatal_visiting_grid_legal_steps_fairhurst.docx",
    "doc_title": "Child Protection Plan - Maisie Fairhurst (neonatal unit)",
    "split": "tune",
    "template": "lac-baby-on-neonatal-unit-cp-plan-docx-legal-status-kv-babys-days-on-the-unit-then-monday-to-sunday-visiting-grid-by-visitor-then-legal-steps-table-then-what-who-when-evidence-table",
    "description": (
        "Exemplary plan, revised at core group, for a 4-week-old born at 33 weeks and treated for "
        "neonatal abstinence syndrome, accommodated under section 20 while on the neonatal unit "
        "(mother's heroin and crack use on top of methadone). A Monday-to-Sunday visiting grid shows "
        "the social worker twice a week, supervised family time and the foster carers daily; a legal "
        "steps table runs from the legal planning meeting to a decision on proceedings before "
        "discharge. Every action has an owner, timescale and observable measure; the drug service "
        "reports on capacity to change; contingency, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Baby on the Neonatal Unit"),
        ("p", "Vendersby Borough Council · Children's Social Care · Safeguarding and Assessment Team 2"),
        ("kv", [
            ("Child", "Maisie Fairhurst, born 05/06/2025 at 33+4 weeks (4 weeks old; 38 weeks corrected)"),
            ("Where Maisie is", "Neonatal Unit (Special Care, Bay 3), Vendersby Royal Infirmary"),
            ("Legal status", "Looked after – accommodated under section 20 of the Children Act 1989, with "
                             "Kayleigh's written agreement of 10/06/2025"),
            ("Child protection plan", "Made at the initial child protection conference on 12/06/2025 "
                                      "(category: neglect); this version agreed at the core group on "
                                      "03/07/2025"),
            ("Mother", "Kayleigh Fairhurst (24), Flat 6, Alder Court, Vendersby"),
            ("Father", "Not named on the birth registration. Kayleigh has named Liam Ashcroft (27), in "
                       "HMP Carnhope until October 2025; DNA testing requested"),
            ("Brother", "Kian Fairhurst (4), living with his paternal grandparents under a special "
                        "guardianship order (2023)"),
            ("Social worker", "Hollie Grant (team manager: Gareth Sowerby)"),
            ("Independent reviewing officer", "Anne Marie Costello"),
            ("Carers on discharge", "Sue and Martin Dobson, approved foster carers, Vendersby Fostering "
                                    "Service"),
        ]),
        ("h1", "Why Maisie has a plan"),
        ("p", "Kayleigh was prescribed methadone in pregnancy but used heroin and crack cocaine on top of "
              "it, and missed 9 of her 14 antenatal appointments. Maisie was born early and has been "
              "treated for withdrawal (neonatal abstinence syndrome). Kian was removed from Kayleigh's "
              "care in 2023 because of neglect linked to her drug use. Kayleigh agreed to Maisie being "
              "accommodated on 10/06/2025. Since the birth two of her four oral fluid tests have been "
              "positive for heroin; she has come to 11 of 15 family time sessions, was late to two, and on "
              "20/06/2025 a session was stopped because she was drowsy."),
        ("p", "Kayleigh loves Maisie and says she wants \"one more chance to do it properly\". She has asked "
              "to be assessed for residential rehab with Maisie."),
        ("h1", "Maisie's days on the unit"),
        ("p", "Maisie's morphine for withdrawal is being weaned, with the dose reduced every 48 hours, and "
              "most of her Finnegan scores are now under 8. She came off her nasogastric tube on 24/06 "
              "and takes 45ml by bottle every 3 hours. Nurses say she settles best swaddled and held skin "
              "to skin, and that she has a high-pitched cry and sneezes in the evenings. When Kayleigh "
              "holds her calmly and talks to her, Maisie watches her face and settles; on 20/06, when "
              "Kayleigh was drowsy, the nurse took Maisie back after ten minutes. Sue Dobson has been "
              "doing Maisie's 6pm feed since 1 July and Maisie settles with her too."),
        ("h1", "What we want for Maisie"),
        ("bullets", [
            "Maisie finishes her withdrawal treatment safely and leaves hospital feeding well and gaining "
            "weight, with a carer who has learned her care on the unit.",
            "While she is on the unit, Maisie is seen every week by her social worker and by people who "
            "love her, and nobody holds or feeds her while under the influence of drugs.",
            "A decision about where Maisie will grow up is made within her timescale, with Kayleigh and "
            "her family part of it.",
            "Maisie keeps a relationship with her mum and her brother Kian through safe, supervised "
            "family time.",
        ]),
        ("h1", "Visiting grid – who sees Maisie on the unit"),
        ("p", "Agreed with the nurse in charge, Sister Ruth Ogden, on 03/07/2025. The unit will ring the "
              "social worker on the day if any planned visit below does not happen."),
        ("table", {
            "header": ["Day", "Social worker", "Kayleigh – supervised family time",
                       "Foster carers (Sue and Martin Dobson)", "Others"],
            "widths": [1.8, 3.2, 4.0, 3.6, 4.4],
            "rows": [
                ["Monday", "Hollie Grant, 2pm", "10am–12 noon, with Amira Hussain", "6pm feed and bath", "–"],
                ["Tuesday", "–", "–", "6pm feed",
                 "Kian with his grandparents, 4pm, once a month (08/07 and 05/08)"],
                ["Wednesday", "–", "10am–12 noon, with Amira Hussain", "6pm feed",
                 "Health visitor Ruth Clegg, fortnightly from 09/07"],
                ["Thursday", "Hollie Grant, 2pm", "–", "6pm feed and bath", "–"],
                ["Friday", "–", "10am–12 noon, with Amira Hussain", "6pm feed",
                 "IRO Anne Marie Costello, 04/07/2025"],
                ["Saturday", "Duty social worker if the unit raises a concern",
                 "1pm–3pm, with the weekend family time worker", "6pm feed", "–"],
                ["Sunday", "–", "–", "10am and 6pm feeds",
                 "Aunt Danielle Fairhurst, 2pm–3pm, with a nurse present"],
            ],
        }),
        ("h1", "Legal steps"),
        ("table", {
            "header": ["Step", "Who", "Date", "Record and next step"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Legal planning meeting: threshold for care proceedings met; pre-proceedings (PLO) "
                 "agreed while Maisie is on the unit",
                 "Gareth Sowerby, team manager, with Vendersby Legal Services", "Held 11/06/2025",
                 "Minutes on Maisie's file"],
                ["Letter before proceedings to Kayleigh",
                 "Hollie Grant, SW", "Sent 16/06/2025",
                 "Copy on file; receipt confirmed by Kayleigh's solicitor, Ms Priya Shah of Alder Law"],
                ["Pre-proceedings meeting with Kayleigh and her solicitor",
                 "Gareth Sowerby and Hollie Grant", "Held 24/06/2025",
                 "Written agreement signed: clear tests, family time on time, rehab assessment"],
                ["Review legal planning meeting to decide whether to issue care proceedings before "
                 "Maisie is discharged",
                 "Gareth Sowerby with Vendersby Legal Services",
                 "By 25/07/2025, or within 2 working days of any trigger in the contingency plan",
                 "Decision in the meeting minutes, sent to Kayleigh's solicitor the same week"],
                ["If proceedings are issued: application for an interim care order, with the plan for "
                 "Maisie to go to Sue and Martin Dobson",
                 "Vendersby Legal Services", "Issued before Maisie's discharge date",
                 "Hearing date on file; Kayleigh and her solicitor served"],
            ],
        }),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "Evidence we'll look for"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Visit Maisie on the neonatal unit, see her awake and being fed or held, and speak to the "
                 "nurse in charge about her scores, weight and family time",
                 "Hollie Grant, SW", "Twice a week (Monday and Thursday) until discharge",
                 "Visit record on Maisie's file after each visit, with her weight and what the nurses "
                 "report"],
                ["Supervise Kayleigh's family time on the unit and record feeds, nappy changes, how "
                 "Kayleigh handles Maisie and whether she seems under the influence",
                 "Amira Hussain, Vendersby Family Time Service",
                 "Monday, Wednesday and Friday 10am–12 noon; Saturday 1–3pm",
                 "Family time record sent to Hollie the same day; a stopped session is reported by phone "
                 "at once"],
                ["Prescribe and supervise methadone, test at every key-work session, and report on "
                 "whether Kayleigh can stop using on top and keep it up within Maisie's timescale",
                 "Donna Pike, recovery co-ordinator, Horizons (Vendersby Drug and Alcohol Service)",
                 "Weekly key-work and oral fluid test; report by 18/07/2025",
                 "Results emailed to Hollie every Friday; report shared with the core group and the "
                 "review legal planning meeting"],
                ["Assess Kayleigh for a place with Maisie at Larkfield House residential family rehab",
                 "Donna Pike, Horizons, with the Larkfield House admissions team", "By 11/07/2025",
                 "Written assessment outcome sent to Hollie and to Kayleigh's solicitor"],
                ["Treat Maisie's withdrawal, wean her morphine, and tell the SW of any change in her care "
                 "or her expected discharge date",
                 "Dr Priya Raman, consultant neonatologist",
                 "Finnegan scores every 4 hours; written update to Hollie every Friday",
                 "NAS and weight charts; weekly written update on Maisie's file"],
                ["Learn Maisie's care on the unit: feeds, comfort care for withdrawal, safe sleep and "
                 "baby basic life support",
                 "Sue and Martin Dobson, foster carers", "Every evening from 01/07/2025 until discharge",
                 "Competency checklist signed by a neonatal nurse before discharge"],
                ["Viability assessment of Maisie's aunt, Danielle Fairhurst, as a possible long-term "
                 "carer",
                 "Paul Mercer, kinship assessor, Vendersby Fostering Service", "By 25/07/2025",
                 "Viability report shared with the review legal planning meeting and Kayleigh's solicitor"],
                ["Hold a discharge planning meeting on the unit to agree who Maisie goes home with, her "
                 "medicines and her follow-up",
                 "Sister Ruth Ogden, nurse in charge, with Hollie Grant",
                 "Within 2 days of Maisie's morphine stopping, and before discharge",
                 "Discharge plan signed by the unit, the SW and the foster carers; copy to the GP and HV"],
                ["Meet the foster carers on the unit, then do Maisie's first home visit at the foster home",
                 "Ruth Clegg, health visitor",
                 "On the unit by 16/07/2025; home visit within 5 days of discharge",
                 "Visit record and weight in Maisie's red book; copy to Hollie"],
                ["Keep a photo diary and memory box of Maisie's first weeks, with Kayleigh's photos and "
                 "Maisie's hand and foot prints",
                 "Hollie Grant, SW, with Kayleigh",
                 "Photos at each Monday visit; box goes with Maisie at discharge",
                 "Memory box handed to the foster carers at discharge; copies of the photos given to "
                 "Kayleigh"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kayleigh comes to family time appearing under the influence, the supervisor ends the "
            "session and tells the nurse in charge and Hollie (or the emergency duty team) at once; the "
            "next session goes ahead only after a clear test at Horizons.",
            "If Kayleigh tries to take Maisie from the unit or withdraws her section 20 agreement, the "
            "unit will call hospital security and Vendersby Police, and Hollie (or the emergency duty "
            "team) will apply for an emergency protection order the same day.",
            "If two tests in a row are positive, or Kayleigh misses two family time sessions in a row "
            "without a reason, Gareth Sowerby will hold the review legal planning meeting within 2 "
            "working days.",
            "If Sue and Martin Dobson cannot take Maisie when she is ready to leave, she will stay on the "
            "unit until another approved foster carer has completed the competency checklist; she will "
            "not be discharged to anyone else.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 3 weeks in the parents' room on the unit, 1.30pm: 24/07/2025 and 14/08/2025 "
            "(and every 3 weeks after discharge, at the foster home).",
            "Review child protection conference: 11/09/2025, 10am, Vendersby Civic Centre.",
            "Looked after review (IRO): 08/07/2025 on the unit.",
        ]),
        ("p", "Plan typed by Hollie Grant, 03/07/2025, and given to Kayleigh in person on the unit with a "
              "copy for her solicitor."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan stepping down from child protection: step-down
#    criteria grid (Met? / What shows it), then a plan table with a
#    "From CP plan?" column; CIN reviews only (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_vowlesby_cin_step_down_criteria_grid_from_cp_column_haddow.md",
    "split": "tune",
    "template": "cin-step-down-plan-md-details-table-step-down-criteria-met-grid-then-what-will-happen-from-cp-plan-column-lead-by-when-evidence-table-what-stops-now-cin-reviews",
    "description": (
        "Child in need plan for a 13-year-old and a 7-year-old after the review conference ended their "
        "child protection plans (neglect; mother's drinking, now abstinent, and low mood). A criteria "
        "grid shows which step-down criteria were met; the plan table marks each action 'From CP plan?'. "
        "School attendance checks are 'ongoing', the young carers row has no evidence, 'Family' keeps "
        "the house up, family support is measured by 'improvement', Mum sees the GP 'when she can', and "
        "the dental row has no date. Only Nicola owns the adult health actions, the contingency only "
        "brings a review forward and considers conference, there are CIN reviews but no core group or "
        "review conference, and no legal step."
    ),
    "text": """\
# Child in Need Plan – stepping down from Child Protection

**Vowlesby Council · Children's Services · Locality Team South**

| Detail | |
|---|---|
| Children | Demi Haddow, 13 (Year 8, Vowlesby Academy); Lewis Haddow, 7 (Year 2, Vowlesby Juniors) |
| Address | 27 Cherrytree Walk, Vowlesby |
| Parents | Nicola Haddow (38), mum to both; Carl Benson (41), Lewis's dad, lives with the family |
| Demi's dad | Lee Haddow, lives in Spain, no contact |
| CP plans | 14/01/2025 to 01/07/2025, category neglect |
| Decision | Review child protection conference 01/07/2025 (chair: Sandra Pilling): plans end; child in need plan for at least six months |
| Social worker | Zoe Marsh (stays with the family for the CIN plan) |

## Why the plan is stepping down

When the children went on plans in January Nicola was drinking every day, the cooker had not
worked for two months, there was dog mess on the floors and Demi was getting Lewis up, fed and
to school on her own. Since then Nicola has stopped drinking (she has been going to Vowlesby
Recovery since February), Carl has fixed up the kitchen, and the home has been clean at every
visit since May. Conference agreed that the children are no longer likely to suffer significant
harm, but that the changes are new and Nicola still has low mood and poor sleep.

## Step-down criteria (set at the first review conference, 08/04/2025)

| Criterion | Met? | What shows it |
|---|---|---|
| Home conditions score 2 or better at three visits running | Met | Scores 2, 2 and 1 on 05/05, 02/06 and 23/06 |
| Both children in school 95% or more since Easter | Partly | Demi 96%; Lewis 91%, with 8 late marks |
| Nicola not drinking, shown by tests | Met | 9 clear breath tests at Vowlesby Recovery since February |
| Demi no longer doing Lewis's personal care | Met | Demi and Lewis both say so; the young carers worker agrees |
| Lewis's dental treatment finished | Not met | Two fillings still to do; appointment on 17/06 missed |

## How Demi and Lewis see things

Demi (seen on her own at the Academy, 26/06/2025): "It's way better. Mum's not drinking and
she actually cooks now. I still do Lewis's packed lunch because he's fussy, but that's my
choice." She said she doesn't want "a social worker forever" but would want "someone to
check if Mum started again". She scored home 8 out of 10 (it was 3 in January).

Lewis (seen at home, 24/06/2025) showed Zoe his bedroom and his new Beavers necker. "Dad takes
me to Beavers on Wednesdays. Mum makes spaghetti." He said the best thing is "Mum isn't
asleep on the settee any more".

## Goals for the next six months

- Demi and Lewis keep living in a clean, warm home with food in, looked after by adults who are sober.
- Lewis gets to school on time every day and his teeth are fixed.
- Demi has time for herself (young carers group, netball) and nobody relies on her to look after Lewis.

## The CIN plan

| No. | What will happen | From CP plan? | Lead | By when | Evidence |
|---|---|---|---|---|---|
| 1 | Home visits, seeing Demi and Lewis on their own and checking the kitchen and bedrooms | Yes – now monthly (was fortnightly) | Zoe Marsh, SW | Every 4 weeks until the CIN review on 23/09/2025 | Visit notes with both children's views and the home conditions score |
| 2 | Keep going to the Tuesday recovery group at Vowlesby Recovery and give a breath test there | Yes – unchanged | Nicola Haddow | Every Tuesday, 10am | Attendance and test results on the letter Nicola brings to each CIN review |
| 3 | Check Lewis's attendance and meet Nicola and Carl if it drops below 95% | New | Mrs Joan Pybus, attendance officer, Vowlesby Juniors | Ongoing | Attendance printout sent to Zoe each half-term |
| 4 | Keep Demi's place at the Tuesday young carers group and her 1:1 check-ins | Yes – unchanged | Aisha Noor, Vowlesby Young Carers | Every Tuesday in term time | |
| 5 | Keep the house to the standard agreed at conference (kitchen, bathroom, both bedrooms) | Yes – unchanged | Family | Every week | Home conditions score at each SW visit |
| 6 | Four sessions on morning routines with Nicola and Carl, using a picture timetable for Lewis | New | Rachel Dunn, family support worker, Vowlesby Early Help | Weekly for 4 weeks from 14/07/2025 | Improvement in routines |
| 7 | See the GP about her low mood and sleep | New | Nicola Haddow | When she can | GP letter to Zoe |
| 8 | Take Lewis to the dentist to finish his two fillings | Yes – not done yet | Carl Benson | – | Dentist's letter saying the treatment is complete, seen by Zoe |

## What stops now

These ended with the CP plans on 01/07/2025: unannounced visits, core group meetings, and
Lewis's daily check-in at breakfast club. Lewis still goes to breakfast club on Mondays and
Fridays because he likes it.

## If things slip back

If things start to slip, Zoe will bring the CIN review forward and her team manager will
consider whether Demi and Lewis need to go back to a child protection conference. Nicola knows
she can ring Zoe, or the duty team, at any time.

## Reviews

- CIN review meetings every 6 weeks at Vowlesby Juniors, 4pm: 12/08/2025 and 23/09/2025.
- The team manager will decide at the six-month point (January 2026) whether the CIN plan can close.

*Plan written by Zoe Marsh, SW, 03/07/2025, and agreed with Nicola, Carl and Demi.*
""",
    "findings": [
        F("T002", "Check Lewis's attendance and meet Nicola and Carl"),
        F("M001", "Keep Demi's place at the Tuesday young carers group"),
        F("W002", "Keep the house to the standard agreed at conference"),
        F("M002", "Four sessions on morning routines with Nicola and Carl"),
        F("T002", "See the GP about her low mood and sleep"),
        F("T001", "Take Lewis to the dentist to finish his two fillings"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Case-system PDF export: every field a labelled line (plan details,
#    subjects, household, health, views, outcomes), each action an
#    "Action n of 8" block of labelled lines; contingency as trigger /
#    response fields. Header and page footer on every page. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _action(n, total, fields):
    return [("boldp", f"Action {n} of {total}"), ("kv", fields)]


PLANS.append({
    "name": "b43_vinstead_case_export_action_n_of_m_labelled_lines_ogunleye.pdf",
    "doc_title": "LiquidCase export - Child Protection Plan - Ogunleye",
    "split": "tune",
    "template": "cp-plan-case-system-pdf-export-paged-every-field-a-labelled-line-subjects-household-parental-health-views-outcomes-then-action-n-of-m-blocks-then-trigger-response-contingency-fields-and-review-fields",
    "description": (
        "Exemplary case-system export of an initial conference plan for a 5-year-old and a 2-year-old "
        "(physical abuse: father hit the 5-year-old with a belt while the mother was in hospital with a "
        "sickle cell crisis). Every field is a labelled line and each action is an 'Action n of 8' "
        "block (Linked outcome, Action, Responsible person, Agency, Start date, Target date / frequency, "
        "Success measure, Status). The sickle cell nurse specialist owns the crisis plan; the aunt who "
        "supervises contact is covered if she cannot; contingency triggers and responses, core group "
        "and review dates and a legal planning trigger are all set."
    ),
    "font": "Calibri",
    "font_size": 10,
    "header": "Vinstead MBC – LiquidCase Children – CP Plan export – OFFICIAL-SENSITIVE",
    "footer": "Exported 07/07/2025 16:02 by BOKAFOR – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("h2", "Plan details"),
        ("kv", [
            ("Plan ID", "CPP-2025-04417"),
            ("Plan type", "Child Protection – initial"),
            ("Plan status", "Active"),
            ("Plan start date", "30/06/2025"),
            ("Category of abuse", "Physical abuse"),
            ("Conference", "Initial Child Protection Conference, 30/06/2025, Vinstead Town Hall"),
            ("Conference chair", "Marcia Bellamy, Child Protection Chair"),
            ("Allocated worker", "Bola Okafor, Social Worker"),
            ("Team", "Safeguarding Team 3"),
            ("Team manager", "Dean Whitlock"),
            ("Last updated", "07/07/2025 by BOKAFOR"),
        ]),
        ("h2", "Subjects of plan"),
        ("kv", [
            ("Subject 1 – name", "Joshua Ogunleye"),
            ("Subject 1 – date of birth", "12/11/2019 (5 years)"),
            ("Subject 1 – person ID", "3318205"),
            ("Subject 1 – school", "Cranmore Infant School (Reception; Year 1 from September)"),
            ("Subject 2 – name", "Grace Ogunleye"),
            ("Subject 2 – date of birth", "03/05/2023 (2 years)"),
            ("Subject 2 – person ID", "3318206"),
            ("Subject 2 – setting", "Little Acorns Day Nursery, three days a week"),
        ]),
        ("h2", "Household"),
        ("kv", [
            ("Address", "18 Marlow Road, Vinstead"),
            ("Household member", "Funmilayo (Funmi) Ogunleye – mother – 30"),
            ("Not in household", "Tunde Ogunleye – father – 34 – staying with his cousin at 15 Linden "
                                 "Rise since 20/06/2025, by written agreement"),
            ("Family network", "Bisi Adeyemi – paternal aunt – 41 – lives at 6 Orchard Close, Vinstead"),
            ("Language", "English; the family also speak Yoruba at home"),
            ("Religion", "Christian (Redeemed Church, Vinstead)"),
        ]),
        ("h2", "Reason for plan"),
        ("kv", [
            ("Summary of concerns", "On 20/05/2025 Joshua came to school with loop-shaped bruises on the "
                                    "back of his thigh and told his teacher, \"Daddy hit me with his belt "
                                    "because I weed on the floor.\" Funmi was in hospital with a sickle "
                                    "cell crisis at the time and Tunde was caring for both children alone. "
                                    "Tunde told the police and the SW that he smacked Joshua with a belt "
                                    "\"the way I was raised\"; he now says it was wrong and wants help. A "
                                    "police investigation is ongoing."),
            ("Strengths", "Funmi acted at once to protect the children and agreed that Tunde should move "
                          "out. Both children are well cared for, on time for school and nursery, and "
                          "warm with both parents. Bisi has supervised every contact since 21/06/2025."),
        ]),
        ("h2", "Parental health"),
        ("kv", [
            ("Mother – health", "Sickle cell disease (HbSS). Three admissions to Vinstead General in the "
                                "past year with painful crises, of 4 to 6 days each. There was no plan for "
                                "who would look after the children during an admission."),
            ("Father – health", "No known health needs. Tunde says he was exhausted and under pressure at "
                                "work in May."),
            ("Substance use", "None known for either parent (checked with the GP and police)."),
        ]),
        ("h2", "Child's views and lived experience"),
        ("kv", [
            ("Joshua – in his words", "Seen alone at school on 24/06/2025 with his teacher nearby: \"I miss "
                                      "Daddy at bedtime. Daddy is not allowed to do belts any more. Auntie "
                                      "Bisi makes jollof.\" He said he felt \"a bit scared\" when Mummy was "
                                      "in hospital \"because Daddy was cross all the time\"."),
            ("Joshua – wishes", "To see Daddy \"lots\", and for Mummy \"not to go to hospital again\"."),
            ("Grace – observed", "Seen at home on 26/06/2025 and at nursery on 01/07/2025: chatty, climbs "
                                 "onto Funmi's lap and brings books to the SW; runs to Tunde at contact "
                                 "and settles when he sings to her. No marks seen."),
        ]),
        ("h2", "Outcomes"),
        ("kv", [
            ("Outcome 1", "Joshua and Grace are never hit, and are disciplined by adults who stay calm "
                          "and use other ways to help them behave."),
            ("Outcome 2", "Joshua and Grace are always looked after by a safe adult when their mum is in "
                          "hospital, and they know who that will be."),
            ("Outcome 3", "Joshua and Grace keep a warm relationship with their dad through safe, "
                          "supervised time together."),
        ]),
        ("h2", "Actions"),
        *_action(1, 8, [
            ("Linked outcome", "Outcome 1"),
            ("Action", "Visit Joshua and Grace at home, see Joshua on his own and talk with him about home, "
                       "and see Grace awake; at least one visit a month unannounced"),
            ("Responsible person", "Bola Okafor, Social Worker"),
            ("Agency", "Vinstead Children's Social Care"),
            ("Start date", "01/07/2025"),
            ("Target date / frequency", "Every 2 weeks"),
            ("Success measure", "Visit records show Joshua seen alone at every visit, his words written "
                                "down, and the children checked for marks"),
            ("Status", "Open – 1 visit completed"),
        ]),
        *_action(2, 8, [
            ("Linked outcome", "Outcome 1"),
            ("Action", "Complete the Safe Hands programme for fathers on discipline without physical "
                       "punishment, including the session on culture, faith and how children are raised"),
            ("Responsible person", "Tunde Ogunleye"),
            ("Agency", "Vinstead Family Hub (Dads Matter)"),
            ("Start date", "15/07/2025"),
            ("Target date / frequency", "Weekly for 10 weeks, ending 16/09/2025"),
            ("Success measure", "Attendance register, and the facilitator's end report to the core group "
                                "by 30/09/2025 describing what Tunde does now instead of hitting"),
            ("Status", "Open – place booked"),
        ]),
        *_action(3, 8, [
            ("Linked outcome", "Outcome 3"),
            ("Action", "Supervise all of Tunde's time with Joshua and Grace at her home; Tunde does not "
                       "stay at the family home"),
            ("Responsible person", "Bisi Adeyemi (paternal aunt)"),
            ("Agency", "Not applicable – family member"),
            ("Start date", "21/06/2025"),
            ("Target date / frequency", "Every Wednesday 4pm–6pm and Saturday 10am–2pm"),
            ("Success measure", "Contact book signed by Bisi and Tunde after each visit and read by the SW "
                                "at every visit; Joshua asked how contact went"),
            ("Status", "Open – 5 contacts, all supervised"),
        ]),
        *_action(4, 8, [
            ("Linked outcome", "Outcome 2"),
            ("Action", "Write a sickle cell crisis plan with Funmi naming who will care for Joshua and "
                       "Grace if she is admitted, and tell the SW on the day of any admission"),
            ("Responsible person", "Comfort Asante, haemoglobinopathy clinical nurse specialist"),
            ("Agency", "Vinstead Hospitals NHS Trust"),
            ("Start date", "07/07/2025"),
            ("Target date / frequency", "Crisis plan by 25/07/2025; any admission reported the same day"),
            ("Success measure", "Crisis plan on the hospital record and the children's file, with copies "
                                "at school and nursery; SW told on the day of every admission"),
            ("Status", "Open – appointment 14/07/2025"),
        ]),
        *_action(5, 8, [
            ("Linked outcome", "Outcome 1"),
            ("Action", "Check in with Joshua each Friday using his feelings chart, and report any mark or "
                       "worrying comment"),
            ("Responsible person", "Mrs Rachel Owusu, Designated Safeguarding Lead"),
            ("Agency", "Cranmore Infant School"),
            ("Start date", "04/07/2025"),
            ("Target date / frequency", "Every Friday in term time; any mark or comment reported the same "
                                        "day"),
            ("Success measure", "DSL log of each check-in; concern form to the SW on the day of any mark or "
                                "comment"),
            ("Status", "Open"),
        ]),
        *_action(6, 8, [
            ("Linked outcome", "Outcome 1"),
            ("Action", "Complete Grace's 2-year development review, including her speech and how she is "
                       "handled at home"),
            ("Responsible person", "Lisa Brennan, Health Visitor"),
            ("Agency", "Vinstead 0–19 Service"),
            ("Start date", "07/07/2025"),
            ("Target date / frequency", "By 31/07/2025"),
            ("Success measure", "ASQ-3 scores and review notes shared with the SW and Little Acorns"),
            ("Status", "Open"),
        ]),
        *_action(7, 8, [
            ("Linked outcome", "Outcome 2"),
            ("Action", "Do safety work with Joshua using a \"my safety hand\", in words he chooses, so he "
                       "knows five adults he can tell"),
            ("Responsible person", "Bola Okafor, Social Worker"),
            ("Agency", "Vinstead Children's Social Care"),
            ("Start date", "08/07/2025"),
            ("Target date / frequency", "Three sessions, finished by 15/08/2025"),
            ("Success measure", "Joshua's finished safety hand, with copies at home, at school and on file; "
                                "Joshua can name his five adults at the next SW visit"),
            ("Status", "Open"),
        ]),
        *_action(8, 8, [
            ("Linked outcome", "Outcome 1"),
            ("Action", "Complete the criminal investigation into Joshua's injuries and tell the SW and both "
                       "parents the outcome"),
            ("Responsible person", "DC Mark Ellison"),
            ("Agency", "Vinstead Police, Child Abuse Investigation Team"),
            ("Start date", "21/05/2025"),
            ("Target date / frequency", "By 31/07/2025"),
            ("Success measure", "Written outcome emailed to the SW and explained to Funmi and Tunde"),
            ("Status", "Open – file with the CPS"),
        ]),
        ("h2", "Contingency plan"),
        ("kv", [
            ("Trigger 1", "Joshua or Grace has a new unexplained mark, or tells anyone that an adult has "
                          "hit them"),
            ("Response 1", "School, nursery or the HV tells the SW (or the emergency duty team) at once; "
                           "strategy discussion the same day; Tunde has no contact until it has decided "
                           "what happens next"),
            ("Trigger 2", "Tunde comes to 18 Marlow Road or sees the children without Bisi there"),
            ("Response 2", "Funmi rings the SW or the police; contact is suspended and the SW visits the "
                           "same day"),
            ("Trigger 3", "Funmi is admitted to hospital"),
            ("Response 3", "The children go to Bisi's home under the crisis plan and Tunde does not care "
                           "for them alone. If Bisi cannot have them, the SW or emergency duty team "
                           "arranges approved foster carers the same day"),
            ("Trigger 4", "Bisi cannot supervise a contact"),
            ("Response 4", "That contact does not go ahead with anyone else; the SW books supervised "
                           "contact at Vinstead Family Centre within 7 days"),
        ]),
        ("h2", "Review arrangements"),
        ("kv", [
            ("Core group frequency", "Every 4 weeks"),
            ("Core group dates", "17/07/2025, 14/08/2025 and 11/09/2025, 10am, Cranmore Infant School"),
            ("Review conference date", "02/10/2025, 1.30pm, Vinstead Town Hall"),
            ("Legal planning", "If either child is hit again, or Tunde sees the children outside the "
                               "agreement twice, the SW will ask the team manager for a legal planning "
                               "meeting within 5 working days"),
        ]),
        ("h2", "Distribution"),
        ("kv", [
            ("Sent to", "Funmi Ogunleye; Tunde Ogunleye; Bisi Adeyemi; Cranmore Infant School; Little "
                        "Acorns Day Nursery; Lisa Brennan (HV); Comfort Asante (CNS); Dr Imran Qureshi "
                        "(GP); DC Mark Ellison"),
            ("Date sent", "07/07/2025"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Plain-text review plan with a fixed-width five-column table (REF /
#    ACTION / WHO / WHEN / HOW WE WILL KNOW) whose cells wrap over several
#    lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_vatchford_plain_text_fixed_width_wrapped_cells_quarmby.txt",
    "split": "tune",
    "template": "rcpc-plan-plain-text-fixed-width-five-column-ref-action-who-when-how-we-will-know-table-cells-wrapping-over-several-lines-equals-rules-caps-headings-txt",
    "description": (
        "Plain-text review conference plan for a 14-year-old at risk of criminal exploitation and his "
        "9-year-old sister (mother's bipolar disorder, stepfather's cannabis use and temper). The plan "
        "is a fixed-width five-column table whose cells wrap over several lines. The return home "
        "interview row has no owner, youth work is 'Ongoing', the CMHT care co-ordinator only supports "
        "Leanne and measures 'mood is stable', Jason's cannabis row has no measure, 'All professionals' "
        "own the information-sharing row and the parenting course is measured by 'improvement'. The "
        "contingency is a core group to 'review' and 'consider', core group dates and the next review "
        "conference are not set, and no legal step is named."
    ),
    "text": """\
VATCHFORD CITY COUNCIL - CHILDREN AND FAMILIES
CHILD PROTECTION PLAN (REVIEW)                                          Printed 10/07/2025
===========================================================================================

CHILDREN    Mason QUARMBY   DOB 21/01/2011 (14)   Vatchford Academy, Year 10 from Sept
            Lily QUARMBY    DOB 30/09/2015 (9)    St Mary's Primary, Year 5 from Sept
ADDRESS     64 Tenter Street, Vatchford
MOTHER      Leanne Quarmby (37)
STEPFATHER  Jason Wray (40), Lily's dad, lives at the address
MASON'S DAD Paul Quarmby, Leeds area, no contact for 3 years
CATEGORY    Neglect (both children) - continued
CONFERENCE  Review child protection conference 08/07/2025 (initial conf 10/04/2025)
CHAIR       Helen Ridgway, Independent Chair
SW          Kerry Nolan, Safeguarding Team East

===========================================================================================
WHAT WE ARE WORRIED ABOUT
===========================================================================================
Mason has been reported missing four times since March, twice overnight. On 14/06/2025 he
was found by police in Dunmoor with two older males and GBP 340 in cash he could not explain.
He has been excluded for 5 days this year and his attendance is 61%. Leanne has bipolar
disorder and is under the Vatchford CMHT; during a manic episode in April she did not sleep
for three nights and Lily, then 9, got herself to school and made her own meals. Jason smokes
cannabis every day, in the house and the car, and shouts and swears at Mason; Mason says
Jason "squared up" to him in May. Leanne and Jason both want Mason home and safe and have
rung the police each time he has gone missing.

===========================================================================================
WHAT MASON AND LILY SAY
===========================================================================================
Mason (seen alone, McDonald's, 02/07/2025): "I'm not being groomed, they're my mates. I go
out because it's better than being in with Jason." He said he would like to do a mechanics
course and that he would talk to Dev "cos he doesn't lecture me". He did not want to say
where the money came from.

Lily (seen alone at school, 03/07/2025): "When Mum's poorly she talks really fast and doesn't
go to bed. I'm good at making pasta." She worries about Mason "when he doesn't come home" and
said the house "smells of Jason's smoke". She would like to go back to Brownies.

===========================================================================================
WHAT WE WANT FOR MASON AND LILY
===========================================================================================
 * Mason is safe from people who want to use him to carry or sell drugs, sleeps at home every
   night and is in school or his alternative provision every day.
 * Lily is cared for by adults, does not have to look after herself or her mum, and gets back
   to Brownies.
 * Both children live in a home without cannabis smoke and without shouting.

===========================================================================================
THE PLAN
===========================================================================================
REF   ACTION                            WHO                WHEN           HOW WE WILL KNOW
----  --------------------------------  -----------------  -------------  ----------------------
1     Visit Mason and Lily at home;     SW Kerry Nolan     Every 2 weeks  Visit record shows
      see each child on their own,                                        both children seen
      with at least one visit a month                                     alone and their words
      after 6pm                                                           written down

2     Return home interview with Mason                     Within 72      RHI report on Mason's
      after every missing episode, and                     hours of his   file, sent to the SW
      share what he says about where                       return         and the police missing
      he went and who with                                                person co-ordinator

3     Youth work sessions with Mason    Dev Sharma,        Ongoing        Session notes to the
      on exploitation, keeping safe     Vatchford Youth                   SW monthly; missing
      and what he wants to do when he   Service                           episodes counted at
      leaves school                     (Exploitation                     each core group
                                        Team)

4     Care co-ordination and home       Gail Fenton, care  Fortnightly    Leanne's mood is
      visits to support Leanne with     co-ordinator,                     stable
      her mood and her lithium          Vatchford CMHT

5     Psychiatric review of Leanne's    Dr Omar Haddad,    By 29/08/2025  Report to the SW and
      relapse signs and her capacity    consultant                        GP, read at the core
      to keep well, with a written      psychiatrist,                     group in September
      report on what this means for     Vatchford CMHT
      Lily and Mason

6     Cannabis assessment and key-work  Pete Lowry,        First appt by  Written report with
      with Jason, with a report on his  Vatchford Drug     25/07/2025,    test results to each
      use and his temper at home        and Alcohol        then           core group
                                        Service            fortnightly

7     Jason to cut down his cannabis    Jason Wray         By next core
      and not smoke it in the house or                     group
      the car

8     Young carers assessment for       Mel Storey,        By 31/07/2025  Assessment and support
      Lily, and a place at the          Vatchford Young                   plan sent to the SW;
      Saturday club                     Carers                            Lily on the club
                                                                          register

9     Share any information about       All professionals  Same day       Logged on Mason's file
      Mason being missing, seen with                                      and passed to the
      older males or carrying cash                                        police exploitation
                                                                          team

10    Check in with Lily each week and  Mrs Anna Pike,     Every Monday   DSL log; email to the
      tell the SW about anything she    DSL, St Mary's     in term time   SW the same day
      says about home                   Primary

11    Move Mason onto the part-time     Mr Craig Bell,     From           Attendance and lates
      alternative provision timetable   Head of Year 10,   08/09/2025,    sent to the SW every
      and record his attendance each    Vatchford Academy  daily          Friday
      morning

12    Leanne and Jason to do the        Leanne Quarmby     Thursdays 7pm  Improvement in how
      Talking Teens parenting course    and Jason Wray     for 8 weeks    they manage Mason
                                                           from
                                                           10/07/2025

===========================================================================================
CONTINGENCY
===========================================================================================
If the situation at home deteriorates or there are further concerns about Mason, the core
group will meet to review the plan and consider next steps. Leanne has the emergency duty
team number.

===========================================================================================
CORE GROUP AND REVIEW
===========================================================================================
Core group      Monthly - dates to be confirmed by the SW
Next review     To be arranged by the conference team

-- Plan typed by Kerry Nolan, SW, 10/07/2025. Sent to the family and all at conference. --
""",
    "findings": [
        F("W001", "Return home interview with Mason"),
        F("T002", "Youth work sessions with Mason"),
        F("H001", "visits to support Leanne with"),
        F("M002", "visits to support Leanne with"),
        F("M001", "Jason to cut down his cannabis"),
        F("W002", "Mason being missing, seen with"),
        F("M002", "Leanne and Jason to do the"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
