"""Batch 53, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
police forces, health bodies, schools and councils. Labels were written by
hand from docs/rules.md and the conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: plans from Scotland, Wales and Northern Ireland, and English plans led
by agencies other than children's social care: a GIRFEC Child's Plan with
SHANARRI indicators, a named person and a lead professional; a Welsh care and
support protection plan with bilingual headings and bracketed bilingual field
labels; a Northern Ireland HSC Trust plan with UNOCINI domain banner rows; a
police-led exploitation safety plan printed from a case system; a neonatal
unit's safeguarding discharge plan laid out as a timeline; a school-led early
help plan at the point of stepping up; and a foster placement plan for a
looked-after child who is still on a protection plan. Four are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scottish Child's Plan (child protection): named person's five questions,
#    SHANARRI assessment grid, outcomes tagged by indicator, then an action
#    table keyed to the outcomes. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_fiddaburn_girfec_five_questions_outcome_keyed_rennie.docx",
    "doc_title": "Child's Plan (Child Protection) - Eilidh Rennie",
    "split": "tune",
    "actions": 10,
    "template": "girfec-childs-plan-cp-docx-named-person-lead-professional-kv-my-views-named-persons-five-questions-shanarri-strengths-worries-grid-outcomes-tagged-by-indicator-then-ref-indicator-provided-by-when-evidence-of-change-table",
    "description": (
        "Exemplary Scottish Child's Plan for a 9-year-old on the child protection register after her "
        "mother's partner assaulted her mother in front of her (mother's depression, missed school, "
        "untreated tooth decay). Named person's five questions, a SHANARRI strengths and worries grid "
        "(assessment, not actions), outcomes tagged by indicator and a ten-row action table keyed to "
        "them. Every row has a named provider, a date or frequency and observable evidence; the CPN "
        "reports on capacity to change and the GP owns a row; the contingency names its triggers, a "
        "same-day IRD and a fallback if the aunt cannot take Eilidh; core group dates, review meeting "
        "date, and legal advice with a referral to the Reporter if progress stalls."
    ),
    "header": "OFFICIAL – SENSITIVE: contains personal information",
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Fiddaburn Council · Children and Families Social Work · Getting it right for every child"),
        ("kv", [
            ("Child", "Eilidh Rennie, born 12/02/2016 (9), Primary 5 at Glenmarnoch Primary School"),
            ("Lives with", "Lorna Rennie (mum), 18 Kirkhill Crescent, Fiddaburn"),
            ("Eilidh's dad", "Scott Rennie, lives in Inverbrae; sees Eilidh one weekend a month"),
            ("Named Person", "Mrs Fiona Gilmour, Head Teacher, Glenmarnoch Primary School"),
            ("Lead Professional", "Morven Tait, Social Worker, Fiddaburn Children and Families (South)"),
            ("Child Protection Register", "Registered 06/08/2025. Areas of concern: domestic abuse; neglect"),
            ("Meeting", "Initial Child Protection Planning Meeting, 06/08/2025, Fiddaburn Council Offices. "
                        "Chair: Douglas Reid, Child Protection Chair"),
            ("Plan reviewed", "At every core group, and at the review meeting (dates in section 8)"),
        ]),
        ("h1", "1. My views – Eilidh"),
        ("p", "Written with Eilidh by her named person at school on 04/08/2025, in Eilidh's words."),
        ("p", "\"I was in my room when Darren was shouting and then there was a bang and Mum was crying. I "
              "phoned my Auntie Shona because I didn't know what to do. I don't want Darren to come back. I "
              "like it when it's just me and Mum and we watch Bake Off.\""),
        ("p", "\"Sometimes Mum stays in bed and I make my own toast and I'm late. I don't like being late "
              "because everybody looks at you. My tooth is sore when I eat ice lollies.\""),
        ("p", "\"I'd like to go back to swimming. I was on the yellow badge.\" Asked what would help her feel "
              "safe, Eilidh said \"if the police make sure Darren stays away and if I can phone Auntie Shona "
              "any time\"."),
        ("h1", "2. Parent's views – Lorna"),
        ("p", "Lorna said she has ended the relationship with Darren and does not want him back. She said "
              "her depression \"got on top of me again\" over the summer and that she had stopped taking "
              "her tablets in June. She wants help to get Eilidh to school on time and agreed to every part "
              "of this plan. She asked that Eilidh's dad is kept up to date, and he has been sent a copy."),
        ("h1", "3. The named person's five questions"),
        ("boldp", "What is getting in the way of Eilidh's wellbeing?"),
        ("p", "Eilidh saw and heard her mum being assaulted on 19/07/2025. Darren Kerr was arrested and is on "
              "bail with a special condition not to enter Kirkhill Crescent. Lorna's depression means some "
              "mornings she cannot get up; Eilidh's attendance last session was 84% with 31 late marks. Two "
              "of Eilidh's back teeth are decayed and she has not seen a dentist since 2022."),
        ("boldp", "Do I have all the information I need to help?"),
        ("p", "An IRD was held on 21/07/2025 and a joint investigation completed. Reports were received from "
              "the school, the GP, the community mental health team and the police."),
        ("boldp", "What can I do now to help?"),
        ("p", "School will make sure Eilidh is seen every morning and has a trusted adult to go to."),
        ("boldp", "What can my agency do to help?"),
        ("p", "Pupil support time, breakfast club and a daily attendance check (see the plan below)."),
        ("boldp", "What additional help, if any, may be needed from others?"),
        ("p", "Social work as lead professional, police, the community mental health team, the GP, "
              "Fiddaburn Women's Aid, justice social work and the dental service."),
        ("h1", "4. Wellbeing assessment"),
        ("table", {
            "header": ["Indicator", "What is going well", "What is getting in the way"],
            "widths": [2.6, 7.2, 7.2],
            "rows": [
                ["Safe", "Darren has left; bail conditions in place; Eilidh knows to phone 999",
                 "Eilidh witnessed a serious assault; Darren has texted Lorna twice since"],
                ["Healthy", "Growing well; eats a good tea",
                 "Two decayed molars and toothache; no dentist since 2022"],
                ["Achieving", "Reading at the expected level; loves art",
                 "84% attendance and 31 lates; missing the start of numeracy"],
                ["Nurtured", "Warm, close relationship with Lorna and with Auntie Shona",
                 "Some mornings makes her own breakfast while Lorna stays in bed"],
                ["Active", "Enjoyed swimming lessons until last year", "Stopped when money got tight"],
                ["Respected", "Her views were sought and are in this plan", "—"],
                ["Responsible", "Helps at home; kind to younger pupils", "Takes on worry about her mum"],
                ["Included", "Good friends in her class", "Misses out when late or absent"],
            ],
        }),
        ("h1", "5. Outcomes we are working to"),
        ("bullets", [
            "O1 (Safe): Eilidh lives free from violence and threats at home and tells her named person and "
            "lead professional that she feels safe.",
            "O2 (Healthy): Eilidh's teeth are treated and she is free from toothache.",
            "O3 (Achieving, Included): Eilidh is in school on time every day, with attendance above 95% this "
            "term.",
            "O4 (Nurtured, Responsible): Eilidh's mum is well enough to get her up, give her breakfast and "
            "get her to school, so that Eilidh no longer carries that job herself.",
            "O5 (Active, Respected): Eilidh is back at swimming every week and her views shape each review of "
            "this plan.",
        ]),
        ("h1", "6. Plan"),
        ("table", {
            "header": ["Ref", "Indicator", "What will be done", "Provided by", "When / how often",
                       "Evidence of change"],
            "widths": [1.0, 1.9, 4.6, 3.2, 2.8, 3.5],
            "rows": [
                ["O1.1", "Safe", "Visit Eilidh at home and at school, seeing her on her own each time, and go "
                 "over her safety plan and the numbers she can ring",
                 "Morven Tait, Lead Professional", "Weekly until the review meeting",
                 "Visit records show Eilidh seen alone each week, with her own words about home written down"],
                ["O1.2", "Safe", "Put a warning marker on 18 Kirkhill Crescent and tell the lead professional "
                 "of any breach of Darren Kerr's bail conditions",
                 "DC Iain Buchanan, Carse Division Domestic Abuse Unit",
                 "Marker by 08/08/2025; any breach reported the same day",
                 "Marker confirmed by email; each breach logged with date, time and action taken"],
                ["O1.3", "Safe, Nurtured", "Safety planning with Lorna, including what she and Eilidh do if "
                 "Darren comes to the door or keeps texting",
                 "Kirsty Baird, advocacy worker, Fiddaburn Women's Aid",
                 "First session by 15/08/2025, then every 2 weeks",
                 "Written safety plan on file and a copy with Lorna; Eilidh's card with Auntie Shona's number "
                 "seen by the lead professional"],
                ["O1.4", "Safe", "Assess Darren's suitability for the Fiddaburn Men's Programme and report on "
                 "the risk he poses to Lorna and Eilidh",
                 "Alan Reid, Fiddaburn Justice Social Work", "Report by 19/09/2025",
                 "Written assessment sent to the lead professional and shared with every core group member"],
                ["O2.1", "Healthy", "Register Eilidh with a dentist and take her to every appointment until "
                 "both decayed teeth are treated",
                 "Lorna Rennie", "First appointment by 29/08/2025; treatment finished by 24/10/2025",
                 "Dental practice confirms attendance to the named person; Eilidh says at visits that her tooth "
                 "no longer hurts"],
                ["O3.1", "Achieving, Included", "Check Eilidh is in by 8.50am and phone Lorna by 9.30am on any "
                 "day she is not; keep her breakfast club place free of charge",
                 "Mrs Fiona Gilmour, Named Person", "Every school day",
                 "Attendance and late marks sent to each core group; target above 95% and no more than 2 lates "
                 "a month"],
                ["O4.1", "Nurtured", "Visit Lorna at home, check her mood and her medication, and report on "
                 "whether she is making the changes Eilidh needs and how long that is likely to take",
                 "Graeme Lowrie, CPN, Fiddaburn Community Mental Health Team",
                 "Every 2 weeks; written report before each core group",
                 "Report gives Lorna's PHQ-9 score, her morning routine with Eilidh and the CPN's view of her "
                 "capacity to change"],
                ["O4.2", "Nurtured", "Review Lorna's antidepressant and write to the CPN and lead professional "
                 "with the outcome",
                 "Dr Ruth Maclean, GP, Carse Road Medical Practice", "By 22/08/2025",
                 "GP letter on Eilidh's file; repeat prescriptions collected each month, checked by the CPN"],
                ["O4.3", "Responsible, Nurtured", "Weekly one-to-one time with Eilidh to talk about her "
                 "worries, using the worry scale she chose",
                 "Kenny Fraser, Pupil Support Worker, Glenmarnoch Primary", "Every Thursday in term time",
                 "Eilidh's worry score (0–10) logged at each session and shared with each core group"],
                ["O5.1", "Active", "Book Eilidh back into Saturday swimming lessons (fees paid from the "
                 "Fiddaburn Active Bairns fund) and take her each week",
                 "Lorna Rennie, with Morven Tait arranging the fee",
                 "Booked by 22/08/2025; every Saturday after that",
                 "Pool register shows Eilidh at 8 of the 10 lessons before the review"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("p", "If Darren comes to Kirkhill Crescent, contacts Lorna or Eilidh in breach of his bail, or Lorna "
              "lets him back into the house, Lorna (or any professional who learns of it) will call 999 and the "
              "lead professional or the out-of-hours social work service will hold an IRD the same day. Eilidh "
              "will stay with her aunt, Shona Rennie, at 4 Birch Loan, until the IRD agrees it is safe for her "
              "to go home. If Shona cannot take her, Eilidh will be looked after by Fiddaburn Council foster "
              "carers that night."),
        ("p", "If Lorna is too unwell to get out of bed on two school mornings in one week, or tells anyone she "
              "has thoughts of harming herself, the CPN will arrange a same-day crisis assessment and Eilidh "
              "will stay with Shona (or foster carers if Shona cannot) until Lorna has been seen."),
        ("h1", "8. Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Glenmarnoch Primary School, 3.45pm: 20/08/2025, 17/09/2025 and "
            "15/10/2025.",
            "Review Child Protection Planning Meeting (review conference): 29/10/2025, 10am, Fiddaburn Council "
            "Offices.",
            "If Darren returns to the house, or Eilidh's attendance is still below 90% at the core group on "
            "15/10/2025, the lead professional will seek legal advice and refer Eilidh to the Children's "
            "Reporter within 5 working days.",
        ]),
        ("p", "Plan agreed by: Lorna Rennie; Morven Tait (Lead Professional); Fiona Gilmour (Named Person). "
              "Copies to Scott Rennie and to all core group members, 07/08/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Welsh care and support protection plan, bilingual headings and
#    bracketed bilingual field labels after each numbered step (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_ffosybedw_bilingual_bracket_labels_steps_howells.md",
    "split": "tune",
    "actions": 10,
    "template": "welsh-care-and-support-protection-plan-md-bilingual-headings-bold-bilingual-field-lines-active-offer-then-numbered-steps-each-ending-in-bracketed-pwy-who-erbyn-pryd-by-when-tystiolaeth-evidence-labels",
    "description": (
        "Welsh care and support protection plan for a 6-year-old and a 2-year-old (neglect, mother's "
        "postnatal depression, father's weekend drinking) with Welsh/English headings and each step "
        "ending in bracketed bilingual Who / By when / Evidence labels. The HV's step is only 'reviewed "
        "at core group', the CPN only supports Carys, Taid helps 'when he can', 'the family' owns the "
        "home conditions step, the childcare referral is 'as soon as possible', the ALNCo's step has no "
        "evidence, one outcome is the mother's, the contingency sends the children to Nain with nothing "
        "if she cannot, and no legal step is named."
    ),
    "text": """\
# Cynllun Gofal a Chymorth i'w Amddiffyn / Care and Support Protection Plan

**Cyngor Sir Ffos-y-Bedw / Ffos-y-Bedw County Council** – Gwasanaethau Plant / Children's Services, Tîm Diogelu Dyffryn / Dyffryn Safeguarding Team

**Plentyn / Child:** Tomos Howells, born 02/03/2019 (6), Year 2, Ysgol Gymraeg Bryn Ffos
**Plentyn / Child:** Mali Howells, born 14/06/2023 (2), not yet in childcare
**Rhieni / Parents:** Carys Howells (mam) and Rhodri Howells (tad), 7 Heol y Bont, Ffos-y-Bedw
**Cynhadledd / Conference:** Initial child protection conference, 08/09/2025 – both children's names placed on the child protection register (category: neglect)
**Gweithiwr cymdeithasol / Social worker:** Lowri Vaughan
**Cadeirydd / Chair:** Huw Parry, Independent Conference Chair
**Iaith / Language:** The active offer (cynnig rhagweithiol) was made. Carys asked for meetings and paperwork in English; Rhodri and the children speak Welsh at home, and Tomos was seen in Welsh.

## 1. Beth sy'n bwysig i Tomos a Mali / What matters to Tomos and Mali

Tomos (seen on his own at school, in Welsh, 03/09/2025) said his favourite things are "Nain's cawl and playing rygbi with Taid". He said Mam "is always sleeping" and that he gets his own cereal, "but sometimes there's no milk". He doesn't like it "when Dad has his cans on Saturday and gets shouty". He would like his friends to come round but "the house is too messy".

Mali was seen at home on 01/09/2025 and 05/09/2025. She was in the same vest on both visits and had a sore nappy rash. She babbled and pointed at the biscuit tin, and cried when Carys went upstairs. She climbed straight onto Nain Gwen's lap when Gwen came in, and settled.

## 2. Pam mae angen cynllun / Why a plan is needed

Carys has had postnatal depression since Mali was born and has been under the Community Mental Health Team since February 2025. Most days she stays in bed until the afternoon. Rhodri drives lorries and is away Monday to Thursday; he told the social worker he drinks "eight or ten cans" on Friday and Saturday nights while he looks after the children. On the two home visits there was dog mess in the kitchen and the back garden, the fridge was nearly empty and the children's beds had no sheets. Tomos has come to school hungry on 6 days since June. Mali has missed her one-year immunisations and has not been seen by the health visitor since February.

## 3. Cryfderau / Strengths

Carys and Rhodri both love the children and came to the conference. Tomos's school says he is bright and kind. Nain Gwen and Taid Emyr (Rhodri's parents) live two streets away and see the children most days.

## 4. Canlyniadau personol / Personal outcomes

1. Tomos and Mali have three meals a day, clean clothes and a clean, safe home, and Tomos gets to school on time and not hungry.
2. Mali's immunisations are up to date, her nappy rash clears and she is seen by the health visitor regularly.
3. Tomos and Mali are always looked after by a sober adult, including on Friday and Saturday nights.
4. Carys will feel better in herself and more able to cope with day-to-day life.

## 5. Camau / Steps – what will happen

1. Visit Tomos and Mali at home, see Tomos on his own in Welsh, and look at the fridge, the children's beds and Mali's nappy area. [Pwy / Who: Lowri Vaughan, SW] [Erbyn pryd / By when: every 10 working days, at least one visit a month unannounced] [Tystiolaeth / Evidence: visit records note Tomos's words and what was seen in the kitchen and bedrooms each visit]
2. Weigh Mali, check her nappy area and development, and give her missed immunisations at the Heol y Bont clinic. [Pwy / Who: Nia Roberts, Health Visitor] [Erbyn pryd / By when: fortnightly; immunisations by 10/10/2025] [Tystiolaeth / Evidence: reviewed at core group]
3. Continue support visits to Carys for her low mood and check she is taking her sertraline. [Pwy / Who: Eleri Morgan, CPN, Ffos-y-Bedw Community Mental Health Team] [Erbyn pryd / By when: fortnightly] [Tystiolaeth / Evidence: dates of visits sent to the SW each month]
4. Review Carys's sertraline dose and write to the CPN and social worker with any change. [Pwy / Who: Dr Alun Rees, GP, Meddygfa'r Bont] [Erbyn pryd / By when: by 19/09/2025] [Tystiolaeth / Evidence: GP letter on the children's file]
5. Assess Rhodri's drinking, offer weekly key-work with a breath test, and report on whether he is sober on the nights he looks after Tomos and Mali. [Pwy / Who: Dewi Jenkins, Ffos-y-Bedw Substance Misuse Service] [Erbyn pryd / By when: assessment by 26/09/2025, then weekly; report before each core group] [Tystiolaeth / Evidence: breath test readings and the written report read at each core group]
6. Collect Tomos from school and give both children their tea at her house. [Pwy / Who: Nain – Gwen Howells] [Erbyn pryd / By when: every Monday, Wednesday and Friday in term time] [Tystiolaeth / Evidence: school collection book signed by Gwen; Tomos tells the SW what he had for tea]
7. Help Carys clear the garden, sort the bins and walk the dog. [Pwy / Who: Taid – Emyr Howells] [Erbyn pryd / By when: when he can] [Tystiolaeth / Evidence: garden clear and bins emptied at the SW's visits]
8. Keep the house clear of dog mess and rubbish, wash the children's clothes and bedding, and keep milk, bread and fruit in the kitchen. [Pwy / Who: Y teulu / The family] [Erbyn pryd / By when: every day] [Tystiolaeth / Evidence: kitchen, bathroom and bedrooms seen clean at each SW visit; sheets on both beds]
9. Refer Mali to Dechrau Da funded childcare for two mornings a week. [Pwy / Who: Lowri Vaughan, SW] [Erbyn pryd / By when: cyn gynted â phosibl / as soon as possible] [Tystiolaeth / Evidence: Mali's start date confirmed in writing by the setting]
10. Weekly "amser sgwrs" (talk time) with Tomos about his worries at home. [Pwy / Who: Mrs Ffion Lloyd, ALNCo, Ysgol Gymraeg Bryn Ffos] [Erbyn pryd / By when: every Wednesday in term time] [Tystiolaeth / Evidence: –]

## 6. Cynllun wrth gefn / Contingency plan

If Tomos arrives at school hungry or in dirty clothes on two days in the same week, or Rhodri is found to have been drinking while he is in charge of the children, the social worker (or the out-of-hours team) will visit the same day and hold a strategy discussion that day. Tomos and Mali will go to stay with Nain Gwen until the strategy discussion agrees it is safe for them to go home.

## 7. Grŵp craidd ac adolygu / Core group and review

- Grŵp craidd / Core group: every 4 weeks at Ysgol Gymraeg Bryn Ffos, 3.30pm – 22/09/2025, 20/10/2025 and 17/11/2025.
- Cynhadledd adolygu / Review child protection conference: 04/12/2025, 10am, Canolfan Dyffryn.

*Typed by Lowri Vaughan, SW, 09/09/2025. A copy has been given to Carys and Rhodri in English, and a Welsh copy is available on request.*
""",
    "findings": [
        F("M002", "Weigh Mali, check her nappy area and development"),
        F("H001", "Continue support visits to Carys for her low mood"),
        F("T002", "Help Carys clear the garden, sort the bins"),
        F("W002", "Keep the house clear of dog mess and rubbish"),
        F("T002", "Refer Mali to Dechrau Da funded childcare"),
        F("M001", "(talk time) with Tomos about his worries at home"),
        F("F002", "Carys will feel better in herself and more able to cope with day-to-day life."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland HSC Trust child protection plan: registration fields,
#    UNOCINI three-domain analysis, then interventions under domain banner
#    rows. Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_finvarragh_trust_unocini_domain_banners_devlin.pdf",
    "doc_title": "Child Protection Plan - Cormac and Niamh Devlin",
    "split": "tune",
    "actions": 9,
    "template": "ni-hsc-trust-cp-plan-paged-registration-kv-reason-for-registration-childrens-views-unocini-three-domain-analysis-then-interventions-table-under-domain-banner-rows-named-worker-frequency-indicator-of-progress",
    "description": (
        "Exemplary Northern Ireland Trust child protection plan for a 7-year-old and a 4-year-old "
        "(physical abuse by their father when drinking; father moved to his mother's). UNOCINI "
        "analysis by domain, then nine interventions under domain banner rows, each with a named "
        "worker, frequency or date and an indicator of progress. The addiction team reports on "
        "change, the grandmother's supervision of contact has a family centre fallback, the "
        "contingency names triggers and same-day responses, core group and review case conference "
        "dates are set and a legal planning meeting follows insufficient progress."
    ),
    "header": "Finvarragh Health and Social Care Trust | Family and Childcare Services | CONFIDENTIAL",
    "footer": "Child Protection Plan – Cormac and Niamh Devlin – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the Initial Child Protection Case Conference held at Finvarragh Trust Headquarters, "
              "Drumbeg Road, on 02/09/2025."),
        ("kv", [
            ("Children", "Cormac Devlin, born 11/05/2018 (7), P4, Glenfarne Primary School; "
                         "Niamh Devlin, born 23/02/2021 (4), Rathmoy Nursery School"),
            ("Living with", "Siobhan Devlin (mother), 31 Drumbeg Park, Finvarragh"),
            ("Father", "Declan Devlin, staying with his mother, Bernie Devlin, at 9 Knockane Road since "
                       "16/08/2025"),
            ("Registration", "Both children's names placed on the Child Protection Register, category: "
                             "physical abuse"),
            ("Key worker", "Aoife Brennan, Social Worker, Family Intervention Team (West)"),
            ("Chair", "Patrick Lavery, Principal Social Worker"),
            ("UNOCINI", "Pathway assessment completed 29/08/2025"),
        ]),
        ("h1", "1. Reason for registration"),
        ("p", "On 15/08/2025 Cormac told a leader at the Glenfarne summer scheme that \"Daddy hit me with his "
              "belt because I wouldn't go to bed\". A joint protocol investigation with police followed; "
              "bruising to the back of Cormac's thigh was seen at a paediatric medical on 15/08/2025. Declan "
              "told police that he had \"lost it\" after drinking at a christening. Siobhan told the social "
              "worker that Declan drinks most weekends, that he shouts at both children when he has been "
              "drinking and that he has slapped Cormac before. Declan agreed to leave the family home."),
        ("h1", "2. What Cormac and Niamh have told us"),
        ("p", "Cormac (seen alone at home, 27/08/2025) drew three houses: in his \"house of worries\" he "
              "drew Daddy's belt and a can. In his \"house of good things\" he drew Granny Bernie's dog, his "
              "bike and Niamh. He said \"I want to see Daddy but only at Granny's, not when he's had drink\". "
              "He said he still has a bad dream \"about the belt\" some nights."),
        ("p", "Niamh has few words yet. At nursery she hides under the table when a man raises his voice, and "
              "staff say she is slow to settle on Mondays. At home she follows Siobhan from room to room and "
              "brought the social worker her doll \"for a cuddle\"."),
        ("h1", "3. UNOCINI analysis"),
        ("h2", "Child's needs"),
        ("p", "Cormac has been physically hurt and is frightened of his father when he drinks. Niamh's speech "
              "is behind what would be expected for her age and she is anxious around raised voices."),
        ("h2", "Parents' capacity to respond"),
        ("p", "Siobhan is warm and protective and acted on the social worker's advice straight away, but she "
              "has not been able to stop Declan's drinking or his temper in the past. Declan accepts he hurt "
              "Cormac and wants help; his drinking is the main risk."),
        ("h2", "Family and environmental factors"),
        ("p", "Bernie Devlin is close to the children and has agreed to supervise contact. Declan is released "
              "on police bail with conditions not to attend Drumbeg Park and to have no unsupervised contact "
              "with the children."),
        ("h1", "4. What this plan is to achieve"),
        ("bullets", [
            "Cormac and Niamh are not hit or hurt, and are not frightened of being hurt, at home or when "
            "they see their dad.",
            "Cormac can name three adults he would tell if anyone hurt him, and tells us he feels safe.",
            "The children see their dad only when it is safe: supervised, and when he is sober.",
            "Niamh is at nursery every session and her speech is assessed and helped.",
        ]),
        ("h1", "5. Interventions"),
        ("table", {
            "header": ["Intervention", "Named worker (agency)", "Frequency / by when", "Indicator of progress"],
            "widths": [5.4, 3.6, 3.4, 4.6],
            "rows": [
                ["Domain 1 – Cormac and Niamh's needs", H, H, H],
                ["Home visits to see Cormac and Niamh together and each on their own; use the three houses "
                 "with Cormac to ask about his week",
                 "Aoife Brennan, Social Worker, Family Intervention Team (West)",
                 "Every 2 weeks; one visit in four unannounced",
                 "Visit records show each child seen alone and what they said; any mark recorded on a body "
                 "map and discussed with the senior social worker the same day"],
                ["Six Keeping Safe sessions with Cormac at school, ending with his own safety plan naming the "
                 "adults he can tell",
                 "Orla McGuigan, Family Support Worker, Finvarragh Trust",
                 "Weekly from 15/09/2025; finished by 24/10/2025",
                 "Cormac's safety plan completed, with one copy in his school bag and one held by the "
                 "designated teacher"],
                ["Check in with Cormac each Monday morning and note anything he says about the weekend; report "
                 "any mark or disclosure to the social worker",
                 "Mrs Deirdre Quinn, Designated Teacher, Glenfarne Primary School",
                 "Every Monday in term; marks or disclosures reported the same day",
                 "Designated teacher's log; same-day calls recorded on the Trust record"],
                ["Record Niamh's attendance and how she presents on arrival, and refer her to community speech "
                 "and language therapy",
                 "Ms Ciara Doherty, Nursery Teacher, Rathmoy Nursery School",
                 "Each session; referral made by 19/09/2025",
                 "Attendance and arrival sheet emailed to the social worker every second Friday; referral "
                 "acknowledgement on the children's file"],
                ["Domain 2 – Parents' capacity to respond", H, H, H],
                ["Attend the Steady Dads programme, including the sessions on physical punishment and on how "
                 "children feel when adults are angry",
                 "Declan Devlin; facilitator Rory Kane, Finvarragh Family Centre, reports to the social worker",
                 "Weekly for 10 weeks from 09/09/2025",
                 "Attendance confirmed monthly; end-of-programme report shared with the core group by "
                 "18/11/2025"],
                ["Assess Declan's drinking, provide weekly key-work with a breath test, and report on whether "
                 "his drinking is changing and what that means for his contact with the children",
                 "Sean Gallagher, Addiction Worker, Finvarragh Community Addiction Team",
                 "Assessment by 19/09/2025; weekly after that; written report before each core group",
                 "Breath test results and the written report read at each core group"],
                ["Protective parenting sessions with Siobhan: what she will do if Declan comes to the house "
                 "drunk or angry, and how she will keep Cormac and Niamh away from him",
                 "Siobhan Devlin, with Orla McGuigan (FSW)",
                 "Four sessions, completed by 17/10/2025",
                 "Siobhan's written safety plan seen by the social worker and copied to the school; Siobhan "
                 "talks it through at the core group on 11/11/2025"],
                ["Domain 3 – Family and environmental factors", H, H, H],
                ["Supervise every contact between Declan and the children at her home; Declan is never alone "
                 "with either child and does not take them out",
                 "Bernie Devlin (paternal grandmother)",
                 "Saturdays 11am–3pm",
                 "Contact book signed by Bernie and Declan after each contact and read by the social worker at "
                 "each visit"],
                ["Confirm Declan's bail conditions in writing and tell the social worker of any breach",
                 "DC Niall Breen, Public Protection Unit, Finvarragh District Police",
                 "Conditions confirmed by 12/09/2025; any breach reported the same day",
                 "Written confirmation on the Trust file; each breach logged with the date and the action "
                 "taken"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Declan goes to Drumbeg Park, contacts the children outside supervised contact, or arrives at "
              "contact smelling of drink, Bernie will end the contact and phone the social worker (or the "
              "Trust's out-of-hours social work service). The social worker will hold a joint protocol "
              "strategy discussion with police the same day."),
        ("p", "If either child has an unexplained mark or says they have been hurt, the social worker will "
              "arrange a paediatric medical that day. If Siobhan lets Declan back into the home, Cormac and "
              "Niamh will be placed with Trust foster carers that day, with her agreement, while it is decided "
              "whether they can return."),
        ("p", "If Bernie is ill, away or not able to supervise, contact will not go ahead at her house: it will "
              "move to Finvarragh Family Centre, supervised by a Trust family support worker, within 7 days."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group meetings every 4 weeks at Glenfarne Primary School, 2pm: 16/09/2025, 14/10/2025 and "
            "11/11/2025.",
            "Review Child Protection Case Conference: 02/12/2025, 10am, Finvarragh Trust Headquarters.",
            "If Declan breaches his bail, misses two Steady Dads sessions, or is still drinking to excess at "
            "the core group on 11/11/2025, the social worker will request a Legal Planning Meeting with the "
            "Trust's legal services within 5 working days.",
        ]),
        ("p", "Signed on behalf of the Trust: Patrick Lavery, Chair. Copies to Siobhan Devlin, Declan Devlin "
              "and all core group members, 03/09/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Police-led child exploitation safety plan adopted as the CP plan,
#    printed from the force's case system with SM codes and dot-leader field
#    lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_frayhurst_police_mash_exploitation_sm_codes_mullins.txt",
    "split": "tune",
    "actions": 12,
    "template": "police-missing-and-exploitation-team-safety-plan-case-system-print-txt-subject-block-risk-summary-voice-outcomes-then-sm-coded-safety-measures-with-lead-target-evidence-dot-leader-lines-contingency-review",
    "description": (
        "Police-led safety plan for a 14-year-old at risk of criminal exploitation (county lines), "
        "written by the MASH police team and adopted at conference as the child protection plan, "
        "printed from the force's case system. The disruption visits have no lead, intelligence sharing "
        "is owned by 'All partner agencies' 'As and when', the social media check is only 'Monitored', "
        "the mentoring is measured by 'engagement', the cadet place is 'ASAP', the school's measure and "
        "the NRM action's target are blank, the mother's drinking is recorded but only she owns the "
        "referral, and no legal step follows."
    ),
    "text": """\
FRAYHURST CONSTABULARY  |  FRAYHURST MASH                    SENTRY CMS 3.1
CHILD EXPLOITATION SAFETY PLAN                       Ref SP/25/04417
Printed 19/09/2025 11:02 by 7721 DS K HOLLIS (MASH Police Team)
=========================================================================

SUBJECT ....... Tyrese MULLINS   DOB 03/01/2011 (14)
ADDRESS ....... 12 Sandpiper Walk, Frayhurst
PARENT ........ Donna MULLINS (mother, 39)
SCHOOL ........ Frayhurst Community College, Year 10
LEAD AGENCY ... Frayhurst Constabulary, Missing and Exploitation Team
SW ............ Ravi Chaudhry, Frayhurst Adolescent Safeguarding Team
STRATEGY ...... MASH strategy discussion 28/08/2025; s47 enquiry completed
                08/09/2025
CONFERENCE .... ICPC 17/09/2025 - child protection plan, category neglect
                (extra-familial harm). Conference adopted this safety plan
                as the plan's actions.

-------------------------------------------------------------------------
1. RISK SUMMARY
-------------------------------------------------------------------------
Tyrese has been reported missing 6 times since 14/06/2025. He was found
twice in Hardwell at 44 Pelham Court, a known drug address, once with
GBP 400 in cash and two phones. Older males have been seen dropping him
home in a grey Audi. On 30/08/2025 a Snapchat video was posted
threatening to "shank" him over a debt. Tyrese smokes cannabis daily.

Donna works nights at a care home. Since her partner died in March she
has been drinking heavily - she told the SW "a bottle of vodka most
nights I'm not working" - and on 2 of the missing episodes she was
asleep and did not know Tyrese had gone out.

-------------------------------------------------------------------------
2. TYRESE'S VOICE
-------------------------------------------------------------------------
Seen alone by SW 10/09/2025 and by PC Fenton 12/09/2025:
"I'm not a snitch. They're my mates, they look after me. I only go
Hardwell for a bit of money for trainers." Later in the same visit he
said "I don't want to end up like the lad that got stabbed" and that he
sometimes can't sleep "because of the messages". He said he liked
boxing when he was younger and would go back "if it's not with kids".
Tyrese said he worries about his mum "when she's on the vodka".

-------------------------------------------------------------------------
3. WHAT WE WANT FOR TYRESE
-------------------------------------------------------------------------
O1  Tyrese is not going missing and is home by 10pm every night.
O2  Tyrese is not being used to carry or sell drugs, and the adults
    exploiting him are kept away from him.
O3  Tyrese is in school full time and has something he enjoys doing
    in the evenings.
O4  Tyrese is cared for at night by a sober adult who knows where he
    is.

-------------------------------------------------------------------------
4. SAFETY MEASURES
-------------------------------------------------------------------------
SM01  Return home interview after every missing episode, with push and
      pull factors recorded
      Lead ......... Jade Oyelaran, Frayhurst Missing Children Service
      Target ....... within 72 hours of Tyrese being found
      Evidence ..... RHI record on SENTRY, shared with SW and MET

SM02  Disruption visits to 44 Pelham Court, Hardwell and to any other
      address Tyrese is found at
      Lead .........
      Target ....... weekly
      Evidence ..... visit log on SENTRY with names of adults present

SM03  Serve Child Abduction Warning Notices on the two adult males
      identified (Marlon Reece and Kieran Doyle)
      Lead ......... DC Simon Platt, MET
      Target ....... by 26/09/2025
      Evidence ..... copies of served notices on SENTRY; SW told the
                     same day

SM04  Share intelligence on Tyrese's associates, vehicles and any new
      phone numbers
      Lead ......... All partner agencies
      Target ....... As and when
      Evidence ..... intelligence submissions logged on SENTRY

SM05  Check Tyrese's Snapchat and Instagram for threats and contact
      from known nominals
      Lead ......... PC Amy Fenton, MET
      Target ....... weekly
      Evidence ..... Monitored

SM06  Detached youth work mentoring in town, and link Tyrese to the
      adult boxing session at Frayhurst ABC
      Lead ......... Carl Whitehouse, Frayhurst Youth Service
      Target ....... Tuesdays and Saturdays
      Evidence ..... Tyrese's engagement with the youth worker

SM07  Place on the Fire Service cadet scheme on Thursday evenings
      Lead ......... Ravi Chaudhry, SW
      Target ....... ASAP
      Evidence ..... place confirmed in writing and first session
                     attended

SM08  Full timetable from the start of term with a mentor at break and
      lunch; call Donna and MET if Tyrese leaves site after registration
      Lead ......... Mr Dean Archer, DSL, Frayhurst Community College
      Target ....... daily from 22/09/2025
      Evidence .....

SM09  Home visits - see Tyrese alone, ask about new clothes, phones and
      cash, and check who is dropping him home
      Lead ......... Ravi Chaudhry, SW
      Target ....... weekly, with at least one visit after 6pm each
                     fortnight
      Evidence ..... visit records with Tyrese's words and any new items
                     noted

SM10  Chase the NRM decision and share it with the core group
      Lead ......... DS Karen Hollis, MET
      Target .......
      Evidence ..... decision letter on SENTRY and emailed to the SW

SM11  Donna to self-refer to Frayhurst Recovery Partnership about her
      drinking and tell the SW her first appointment date
      Lead ......... Donna Mullins
      Target ....... by 03/10/2025
      Evidence ..... appointment letter shown to the SW

SM12  Report Tyrese missing to police if he is not home by 10pm, and
      keep the front door keys on her at night
      Lead ......... Donna Mullins
      Target ....... by 10pm on any night Tyrese is not home
      Evidence ..... missing reports on SENTRY show the time of each call

-------------------------------------------------------------------------
5. CONTINGENCY
-------------------------------------------------------------------------
If Tyrese goes missing, Donna will ring 999 by 10pm and MET will grade
the report high risk; officers will attend 44 Pelham Court and the other
known addresses the same night. If Tyrese is found at a drug address,
or is arrested with drugs, cash or a weapon, MET and the SW (EDT out of
hours) will hold a strategy discussion the next working day at the
latest. If Donna is drunk or not at home when Tyrese is returned, he
will be placed in an emergency foster placement that night.

-------------------------------------------------------------------------
6. REVIEW
-------------------------------------------------------------------------
Core group ...... every 3 weeks at Frayhurst Community College, 4pm:
                  08/10/2025, 29/10/2025, 19/11/2025
RCPC ............ 10/12/2025, 10am, Frayhurst Civic Centre
MACE panel ...... monthly (next 02/10/2025)

-- END OF PRINT --
""",
    "findings": [
        F("W001", "Disruption visits to 44 Pelham Court, Hardwell"),
        F("W002", "Share intelligence on Tyrese's associates, vehicles and any new"),
        F("T002", "Share intelligence on Tyrese's associates, vehicles and any new"),
        F("M002", "Check Tyrese's Snapchat and Instagram for threats"),
        F("M002", "Detached youth work mentoring in town, and link Tyrese"),
        F("T002", "Place on the Fire Service cadet scheme"),
        F("M001", "Full timetable from the start of term with a mentor"),
        F("T001", "Chase the NRM decision and share it with the core group"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Neonatal unit safeguarding discharge plan for a baby on a CP plan,
#    laid out as a "When" first timeline table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_fellhollow_nnu_discharge_when_first_timeline_whitworth.md",
    "split": "tune",
    "actions": 11,
    "template": "nnu-safeguarding-discharge-plan-md-baby-details-initials-present-why-a-plan-baby-on-the-unit-observations-outcomes-then-when-first-timeline-table-before-discharge-to-week-six-who-done-when",
    "description": (
        "Exemplary safeguarding discharge plan written at a neonatal unit discharge planning meeting "
        "for a 3-week-old with neonatal abstinence syndrome (mother on methadone) on a child protection "
        "plan from a pre-birth conference, going home with both parents. A 'When' first timeline table "
        "runs from rooming-in to the six-week check; every row has an owner, a time and a sign of it "
        "being done. The drug service reports on stability and capacity to sustain change, the "
        "grandmother's night cover has a fallback, the contingency names triggers and responses, "
        "core group and review conference dates are set and a legal planning meeting follows relapse."
    ),
    "text": """\
# Safeguarding Discharge Plan – Baby Isla-Rae Whitworth

**Fellhollow Hospitals NHS Trust – Neonatal Unit, Ward 31**
**Fellhollow City Council – Children's Services, Child Protection Team (North)**

Written at the discharge planning meeting on 15/08/2025, Family Room, Ward 31. This plan sits with Isla-Rae's child protection plan (pre-birth conference 17/07/2025, category: neglect) and sets out what happens before she goes home and in her first weeks at home.

## About Isla-Rae

- **Born:** 26/07/2025 at 37+2 weeks, Fellhollow General Hospital, 2.85 kg
- **Going home to:** 14 Larch Grove, Fellhollow, with Kayleigh Whitworth (mum) and Liam Dyer (dad)
- **Expected discharge:** 20/08/2025, if the rooming-in and the home check below are signed off
- **Social worker:** Tom Rafferty · **Health visitor:** Priya Sandhu · **Named nurse on the unit:** Sister Janet Okafor

**Present:** Kayleigh Whitworth (mum); Liam Dyer (dad); Sandra Whitworth (maternal grandmother); Tom Rafferty (social worker); Priya Sandhu (health visitor); Sister Janet Okafor (NNU); Dr Helen Achebe (consultant neonatologist); Mark Ellery (recovery worker, Fellhollow Drug and Alcohol Service); Bernadette Shaw (community midwife).

## Why Isla-Rae has a plan

Kayleigh used heroin for six years and has been on a methadone script (60 ml daily, supervised) since October 2024. Her tests have been clear of heroin since January 2025, but she used on two occasions in the second trimester. Isla-Rae was born with neonatal abstinence syndrome and needed oral morphine for 14 days. Liam does not use drugs; his hair strand test in June was clear. The concern is that a relapse would leave Isla-Rae without safe care, and that methadone could be kept where a baby can reach it.

## Isla-Rae on the unit

The nurses' notes over three weeks describe a baby who was jittery and hard to settle in her first ten days, with a high-pitched cry and loose stools. Since coming off morphine she has fed well, taking 60–70 ml every three hours, and settles best skin-to-skin on Liam's chest. Kayleigh has been on the unit every day from 10am to 6pm; she is gentle with Isla-Rae, reads her cues and has learned to swaddle her. On two evenings Kayleigh left early and looked very tired, and staff gave the late feed. Isla-Rae's withdrawal scores have been below 8 since 11/08/2025.

## What we want for Isla-Rae

- Isla-Rae is fed on time, sleeps on her back in her own Moses basket and keeps gaining weight.
- Isla-Rae is always cared for by an adult who is not under the influence of drugs or alcohol.
- Methadone is never within Isla-Rae's reach: it is kept in the locked box, every day.
- Isla-Rae is seen by a professional at least twice a week in her first six weeks at home.

## The plan: from the unit to six weeks at home

| When | What | Who | We'll know it's done when |
|---|---|---|---|
| 48 hours of rooming-in from 18/08/2025 | Room in with Isla-Rae in the parents' flat on the unit and do all her feeds, nappies and settling, putting her down on her back in the cot | Kayleigh and Liam, with the nurse in charge observing each shift | Rooming-in sheet signed every shift shows each feed given within 3½ hours and Isla-Rae in her cot for every sleep |
| Before discharge, by 19/08/2025 | Visit 14 Larch Grove to see the Moses basket set up in the parents' room, check the home is smoke-free and see the locked methadone box | HV Priya Sandhu | Home check form completed and sent to the ward and the SW before Isla-Rae leaves |
| Before discharge | Confirm Isla-Rae's withdrawal scores have stayed below 8 for 72 hours off morphine, and write the discharge summary with her follow-up plan | Dr Helen Achebe, consultant neonatologist | Discharge summary received by the GP, HV and SW on the day Isla-Rae goes home |
| Before discharge | Move Kayleigh's supervised methadone to Larch Grove Pharmacy and confirm her dose | Mark Ellery, recovery worker, Fellhollow Drug and Alcohol Service | Pharmacy confirms by email to the SW that supervised doses start the day after discharge |
| Discharge day, afternoon | Visit at home when Isla-Rae arrives, see where she will sleep, and go through this plan with Kayleigh, Liam and Sandra | SW Tom Rafferty | Visit record on Isla-Rae's file the same day; signed copy of this plan left at the house |
| Daily for 10 days after discharge | Weigh Isla-Rae, watch a feed and check her cord, skin and any signs of withdrawal | Bernadette Shaw, community midwife | Weights in the red book; Isla-Rae back to her birth weight of 2.85 kg by day 14 |
| Weekly from day 11 to week 6 | Weigh Isla-Rae, check where and how she sleeps, and how she is feeding and settling | HV Priya Sandhu | Weight on or above the 9th centile at each visit; every visit written in the red book and the HV record |
| Weekly from discharge until the review conference | Visit at home, one visit in two unannounced; see Isla-Rae awake and being fed or changed, and check the methadone box is locked | SW Tom Rafferty | Visit records describe Isla-Rae's care, where she slept last night and the box seen locked |
| Weekly from discharge; report before each core group | Key-work with Kayleigh and an oral fluid test; written report on whether she is stable on her script and what that means for her care of Isla-Rae, and an assessment of how likely the change is to last | Mark Ellery, recovery worker | Test results and reports read at each core group; capacity assessment shared with the core group by 10/10/2025 |
| Friday and Saturday nights, first 4 weeks at home | Stay overnight at Larch Grove and do the 2am feed so Kayleigh and Liam get a full night's sleep twice a week | Sandra Whitworth (maternal grandmother) | Night feed chart on the fridge signed by Sandra, checked by the SW at visits |
| By 26/09/2025 | Six-to-eight-week baby check and first immunisations | Dr Imran Qureshi, GP, Larch Grove Surgery | Check and immunisations recorded in the red book and on the GP record; letter to the HV |

## If things go wrong

If Kayleigh misses her methadone two days running, has a test positive for heroin or any drug not prescribed, or anyone finds her or Liam asleep with Isla-Rae on the sofa or in their bed, or the methadone out of its box, whoever sees it will ring the SW (or the out-of-hours team) straight away. The SW will hold a strategy discussion the same day. Isla-Rae will go to Sandra's at 3 Rowan Close with Liam, and Kayleigh will only see her there with Sandra present until the strategy discussion decides what happens next. If Sandra cannot have her, Isla-Rae will be placed with approved foster carers that day.

If Sandra cannot stay on a Friday or Saturday night, Liam will do the night feeds and the HV will visit on the Monday to check how the weekend went.

If Kayleigh uses heroin or has two positive tests before the review conference, the SW will ask the team manager for a legal planning meeting within 5 working days.

## Core group and review

- Core group every 3 weeks at Larch Grove Children's Centre, 11am: 27/08/2025 (within 10 working days of discharge), 17/09/2025 and 08/10/2025.
- Review child protection conference: 16/10/2025, 2pm, Fellhollow Civic Centre.

*Plan typed by Sister Janet Okafor and Tom Rafferty, 15/08/2025. Copies to Kayleigh, Liam, Sandra, the GP, HV, midwife and Fellhollow Drug and Alcohol Service.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. School-led early help (TAF) plan at the point of stepping up, with a
#    "what we have tried" history table and a new action table (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_foxmarden_school_taf_step_up_success_looks_like_pendlebury.pdf",
    "doc_title": "Early Help Plan - Step-Up Review - Zac and Lottie Pendlebury",
    "split": "tune",
    "actions": 10,
    "template": "school-led-early-help-taf-plan-paged-step-up-review-lead-practitioner-kv-why-stepping-up-childrens-words-what-we-have-tried-history-table-family-goals-then-no-what-lead-by-when-success-looks-like-table",
    "description": (
        "A primary school's early help (TAF) plan at the review where it was stepped up to children's "
        "social care, for a 9-year-old and a 6-year-old (neglect, mother's anxiety). A history table of "
        "what was tried is not actions. In the new plan the continence support is 'ongoing', nurture "
        "group is measured by 'improvement', the counselling service only treats mum, 'All staff' own "
        "the reporting row, the grant row has no measure and the GP row no date; one family goal is "
        "mum's. The contingency only says the TAF will discuss and consider, there is no core group or "
        "review conference and no legal step."
    ),
    "header": "Foxmarden Early Help Partnership – Team Around the Family – school-led plan",
    "footer": "TAF plan – Zac and Lottie Pendlebury – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Early Help Plan – Step-Up Review"),
        ("kv", [
            ("Children", "Zac Pendlebury, born 19/10/2015 (9), Year 5; Lottie Pendlebury, born 02/05/2019 "
                         "(6), Year 2 – both at St Brannoc's C of E Primary, Foxmarden"),
            ("Parent", "Sophie Pendlebury (mum), 27 Mill Leat, Foxmarden"),
            ("Lead practitioner", "Mrs Hannah Greave, Family Support Lead and Deputy DSL, St Brannoc's"),
            ("Early help plan started", "12/02/2025 (TAF reviews 26/03/2025 and 02/06/2025)"),
            ("This review", "09/09/2025 at school. Present: Sophie, Hannah Greave, Mr Paul Oduya (DSL), "
                            "Kath Morley (school nurse), Alex Brennan (social worker, Foxmarden Children's "
                            "Services)"),
            ("Decision", "Stepped up: referral to the Foxmarden Front Door accepted 28/08/2025 for a child and "
                         "family assessment. School stays lead for the TAF actions below while the "
                         "assessment is done."),
        ]),
        ("h1", "Why we are stepping up"),
        ("p", "Since February the children have come to school hungry on most Mondays, and Lottie has soiled "
              "herself at school 14 times since Easter. Zac has hit other children five times this year and "
              "told his teacher \"nobody cares at home anyway\". Sophie has severe anxiety and has not left "
              "the house on her own since May; the children walk themselves to school, crossing the main "
              "road. Over the summer holidays the family were seen twice by the community police officer "
              "collecting food from neighbours. The early help plan has not brought enough change."),
        ("h1", "What Zac and Lottie have told us"),
        ("p", "Zac (with Mr Oduya, 05/09/2025): \"Mum's always on the sofa with the curtains shut. I do Lottie's "
              "breakfast if there is any. I get angry at school 'cause everyone's got packed lunches with "
              "proper stuff.\" He wants to go to football club but \"Mum can't take me\"."),
        ("p", "Lottie (with her class teacher, 08/09/2025) drew herself in the bath \"because I smell and Jack "
              "said so\". She said she likes breakfast club \"because of the toast\" and that she holds Zac's "
              "hand on the big road."),
        ("h1", "What we have tried since February"),
        ("table", {
            "header": ["What we tried", "Who", "What happened"],
            "widths": [6.0, 4.0, 7.0],
            "rows": [
                ["Breakfast club place for both children on Mondays", "School",
                 "Used about half the time; children often arrive after it closes"],
                ["Referral to the continence service for Lottie", "School nurse",
                 "Seen once in April; the May and July appointments were missed"],
                ["Foodbank vouchers and a uniform swap", "Family Support Lead",
                 "Helpful in the short term; food still short at weekends"],
                ["Encouraging Sophie to see her GP about her anxiety", "Family Support Lead",
                 "Sophie was referred to Foxmarden Talking Therapies in July and is on the waiting list"],
            ],
        }),
        ("h1", "What we want to be different"),
        ("numbers", [
            "Zac and Lottie arrive at school fed, clean and on time every day, and walk to school with an "
            "adult.",
            "Lottie is clean and dry during the school day and is not teased about it.",
            "Zac can tell an adult when he is angry instead of hitting out.",
            "Sophie will feel less anxious and more in control of her life.",
        ]),
        ("h1", "Our plan from today"),
        ("table", {
            "header": ["No.", "What we will do", "Lead", "By when / how often", "Success looks like"],
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["1", "Free breakfast club place for both children every school day, with a member of staff "
                      "looking out for them at the gate at 8am",
                 "Mrs Hannah Greave, Family Support Lead", "From 10/09/2025, every school day",
                 "Breakfast club register shows both children in on at least 4 mornings a week"],
                ["2", "Check both children on arrival (clothes, hunger, any marks) and write it on the arrival "
                      "log",
                 "Mr Leon Hartley (Zac's teacher) and Miss Amy Penrose (Lottie's teacher)",
                 "Every morning by 9am",
                 "Arrival log kept in the DSL folder; any concern passed to the DSL by 9.15am"],
                ["3", "Continence support for Lottie, with a toileting plan in class and spare clothes kept "
                      "at school",
                 "Kath Morley, school nurse", "Ongoing",
                 "Class log of wet or soiled days shows none in a week by half term"],
                ["4", "Nurture group for Zac (Calm Cubs) on managing anger and friendships",
                 "Mrs Jo Tilsley, Learning Mentor", "Tuesday and Thursday afternoons",
                 "Improvement in Zac's behaviour"],
                ["5", "Counselling sessions for Sophie's anxiety",
                 "Jenna Pryce, counsellor, Foxmarden Talking Therapies",
                 "Weekly for 8 weeks from 15/09/2025",
                 "Counsellor confirms attendance to Hannah each fortnight"],
                ["6", "Tell the DSL and the social worker the same day about anything the children say or "
                      "show that worries us about home",
                 "All staff", "Same day",
                 "Written on a school concern form and passed on within the day"],
                ["7", "Help Sophie apply to the Household Support Fund and for the school uniform grant",
                 "Mrs Hannah Greave, Family Support Lead", "By 26/09/2025", ""],
                ["8", "Child and family assessment, seeing Zac and Lottie on their own at home and at school",
                 "Alex Brennan, social worker, Foxmarden Children's Services",
                 "Within 45 working days, by 07/11/2025",
                 "Assessment shared with Sophie and the TAF, with the children's words in it"],
                ["9", "Walk Zac and Lottie to school together, with Hannah meeting them at the corner of Mill "
                      "Leat for the first two weeks",
                 "Sophie Pendlebury, with Mrs Hannah Greave", "Mondays and Wednesdays from 15/09/2025",
                 "Register shows the children in by 8.50am on those days, and Hannah's note of each walk"],
                ["10", "Book a GP appointment to review the medication for her anxiety",
                 "Sophie Pendlebury", "",
                 "GP's letter or a note of the appointment shown to Hannah"],
            ],
        }),
        ("h1", "What happens if things don't get better"),
        ("p", "If things do not improve for Zac and Lottie, the TAF will meet to discuss next steps and consider "
              "whether a further referral is needed."),
        ("h1", "Next review"),
        ("p", "The next TAF review will be arranged once the social worker has finished the assessment – date "
              "to be confirmed."),
        ("p", "Signed: Hannah Greave (lead practitioner), Sophie Pendlebury (parent), 09/09/2025."),
    ],
    "findings": [
        F("T002", "Continence support for Lottie, with a toileting plan in class"),
        F("M002", "Nurture group for Zac (Calm Cubs) on managing anger"),
        F("H001", "Counselling sessions for Sophie's anxiety"),
        F("W002", "Tell the DSL and the social worker the same day"),
        F("M001", "Help Sophie apply to the Household Support Fund"),
        F("T001", "Book a GP appointment to review the medication for her anxiety"),
        F("F002", "Sophie will feel less anxious and more in control of her life."),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Foster placement plan for a child accommodated under section 20 who is
#    still on a child protection plan: delegated authority grid, then a
#    merged-area agreements table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_fothercombe_placement_plan_area_merged_agreements_thornbury.docx",
    "doc_title": "Placement Plan - Maisie Thornbury",
    "split": "tune",
    "actions": 11,
    "template": "foster-placement-plan-docx-numbered-parts-placement-kv-all-about-me-outcomes-delegated-authority-grid-then-area-merged-down-agreement-who-when-how-well-know-table-cp-links-contingency-reviews",
    "description": (
        "Exemplary foster placement plan for an 8-year-old accommodated under section 20 who remains "
        "on a child protection plan while her mother's drinking and parenting are assessed for a "
        "return home. A delegated authority grid (not actions), then eleven agreements grouped under "
        "merged area cells, each with a named owner, a date or frequency and how it will be seen to "
        "work. The alcohol service reports on change for the return home, visits are set, the "
        "contingency covers drink at family time, a request to remove Maisie and placement strain, and "
        "core group, looked after review and review conference dates are given with a legal planning "
        "meeting if the mother is still drinking."
    ),
    "check_vmerge": 5,
    "blocks": [
        ("title", "Placement Plan – Foster Care"),
        ("p", "Fothercombe Council · Children in Care Service and Fothercombe Fostering Service"),
        ("h1", "Part 1 – About the placement"),
        ("kv", [
            ("Child", "Maisie Thornbury, born 04/04/2017 (8), Year 4 at St Luke's Primary School, Fothercombe"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 18/07/2025, with her "
                             "mother's agreement"),
            ("Child protection", "Subject of a child protection plan since the initial conference on "
                                 "22/05/2025 (category: neglect); continued at the review conference on "
                                 "21/08/2025"),
            ("Foster carers", "Jo and Martin Adeyemi, Fothercombe Council foster carers (placement address "
                              "not shared with the birth family)"),
            ("Child's social worker", "Rachel Ennis, Children in Care Team"),
            ("Supervising social worker", "Dev Malhotra, Fothercombe Fostering Service"),
            ("IRO", "Gillian Shore"),
            ("Mother", "Kerry Thornbury, 6 Alder Court, Fothercombe"),
            ("Plan for Maisie", "Assessment of whether Maisie can safely return home to Kerry; no decision "
                                "before the looked after review on 14/10/2025"),
            ("This plan", "Revised at the placement planning meeting on 02/09/2025, before the new school "
                          "year"),
        ]),
        ("h1", "Part 2 – All about me (Maisie)"),
        ("p", "Maisie wrote this with Jo and Rachel on 30/08/2025."),
        ("p", "\"I like Jo's house because there's always dinner and Martin does funny voices when he reads. "
              "I miss Mum and my own bed and my cat Biscuit. I don't like it when Mum's drinking because she "
              "falls asleep and doesn't wake up when I shake her. I want to go home when Mum has stopped.\""),
        ("p", "\"I get scared in the night and I want the landing light on. I want to see Mum more than two "
              "times a week. I want Nanna Pat to ring me on Sundays.\""),
        ("p", "Jo says Maisie wakes four or five times most nights, asks every evening whether Mum will come to "
              "family time, and has started to bring her reading book to Martin without being asked."),
        ("h1", "Part 3 – What we want for Maisie"),
        ("bullets", [
            "Maisie feels settled and safe in her placement and sleeps through most nights.",
            "Maisie is at school every day and her reading catches up with her class.",
            "Maisie sees her mum regularly, in a way that is safe, and is never with her when Kerry has been "
            "drinking.",
            "A clear decision is made by the looked after review on 14/10/2025 about whether Maisie can go home, "
            "based on whether Kerry has stopped drinking and can care for her.",
        ]),
        ("h1", "Part 4 – Delegated authority"),
        ("table", {
            "header": ["Decision", "Jo and Martin can decide", "Rachel (SW) decides", "Kerry to be asked"],
            "widths": [6.2, 3.6, 3.6, 3.6],
            "rows": [
                ["Haircuts", "No", "No", "Yes – Kerry has asked to be asked"],
                ["School trips within the county", "Yes", "—", "Told afterwards"],
                ["Sleepovers with school friends (checked household)", "Yes", "—", "Told afterwards"],
                ["Routine dental and GP appointments", "Yes", "—", "Told afterwards"],
                ["Holidays away overnight", "No", "Yes", "Yes"],
                ["Photos on social media", "No", "No", "No photos at all"],
            ],
        }),
        ("h1", "Part 5 – Agreements for Maisie's care"),
        ("table", {
            "header": ["Area", "What will happen", "Who", "When", "How we will know it is working"],
            "widths": [2.2, 5.0, 3.2, 2.8, 3.8],
            "rows": [
                ["Education", "Take Maisie to school and collect her, hear her read every evening and sign "
                 "her reading record",
                 "Jo Adeyemi (foster carer)", "Every school day",
                 "School register shows Maisie in by 8.45am; reading record signed at least 5 nights a week"],
                [V, "Hold Maisie's Personal Education Plan meeting and set a reading target and a plan for her "
                 "gaps in Year 3 maths",
                 "Mrs Leanne Cooke, designated teacher, St Luke's Primary", "PEP meeting by 26/09/2025",
                 "PEP on file with Maisie's reading age recorded; reading age retested before the review "
                 "conference"],
                ["Health", "Take Maisie to the dentist for the two fillings set out in her health plan",
                 "Martin Adeyemi (foster carer)",
                 "First appointment by 19/09/2025; treatment finished by 31/10/2025",
                 "Dental practice letter on Maisie's file confirming both fillings done"],
                [V, "Keep a sleep diary: bedtime, how many times Maisie wakes and what helps her settle",
                 "Jo Adeyemi (foster carer)", "Every night; sent to Rachel every 2 weeks",
                 "Night wakings each week counted in the diary, compared with 4–5 a night in July"],
                ["Feelings", "Play sessions with Maisie about coming into care and her worries about Mum",
                 "Hannah Ogunleye, therapeutic social worker, Children in Care Team",
                 "Every Wednesday after school for 10 weeks from 10/09/2025",
                 "Strengths and Difficulties Questionnaire completed by Jo at the first and last session; "
                 "Maisie's worry-jar score written up each week"],
                ["Family time", "Supervised family time with Kerry at Fothercombe Family Centre; Jo brings and "
                 "collects Maisie",
                 "Tanya Bell, family time worker, Fothercombe Family Centre", "Tuesdays and Thursdays, 4pm to "
                 "5.30pm",
                 "Written record of each session: whether Kerry arrived on time and sober, and how Maisie was "
                 "before and after"],
                [V, "Phone call with Nanna Pat on speaker, with Jo in the room",
                 "Jo Adeyemi (foster carer)", "Every Sunday at 6pm",
                 "Each call written in the daily log with how Maisie was afterwards"],
                ["Keeping Maisie safe", "Visit Maisie at the placement and see her on her own; read the daily "
                 "log; see Kerry at home in the same week",
                 "Rachel Ennis, child's social worker", "Every 2 weeks",
                 "Visit records with Maisie's own words; daily log signed at each visit"],
                [V, "Supervision visits to Jo and Martin, checking the daily log and that the safer caring plan "
                 "is followed",
                 "Dev Malhotra, supervising social worker", "Monthly; first visit by 12/09/2025",
                 "Supervision record on the carers' file; any worry in the log passed to Rachel the same day"],
                ["Going home", "Key-work with Kerry on her drinking, a breath test at each session, and a "
                 "written view on whether her drinking has changed enough for Maisie to come home",
                 "Lisa Crane, recovery worker, Fothercombe Alcohol Service",
                 "Weekly; report before each core group and a full report by 03/10/2025",
                 "Breath test results and the report read at each core group and at the looked after review"],
                [V, "Parenting assessment of Kerry: can she keep Maisie safe, fed and at school if Maisie goes "
                 "home",
                 "Rachel Ennis, child's social worker", "Completed by 10/10/2025",
                 "Written assessment with a recommendation, shared with Kerry, the core group and the IRO"],
            ],
        }),
        ("h1", "Part 6 – If something goes wrong"),
        ("p", "If Kerry arrives at family time smelling of alcohol or seems under the influence, Tanya will end "
              "the session before Maisie is brought in and tell Rachel the same day. The next session will "
              "only go ahead after a breath test at the family centre."),
        ("p", "If Kerry asks for Maisie to come home before the plan says it is safe, or comes to the school or "
              "tries to find the placement, the school or Jo will phone Rachel (or the out-of-hours team) "
              "straight away. Rachel will hold a strategy discussion the same day and ask for an urgent legal "
              "planning meeting to consider applying for an interim care order. If Kerry is drunk when she "
              "asks, the police will be called."),
        ("p", "If Jo or Martin cannot care for Maisie for a time, Dev will arrange for her to stay with the "
              "agency's named respite carers, Anne and Stuart Hollis, whom she met on 30/08/2025, rather than "
              "with carers she does not know."),
        ("h1", "Part 7 – Reviews and meetings"),
        ("bullets", [
            "Core group every 4 weeks at St Luke's Primary, 4pm: 16/09/2025, 14/10/2025 and 11/11/2025.",
            "Looked after review: 14/10/2025, chaired by Gillian Shore (IRO).",
            "Second review child protection conference: 19/02/2026, 10am, Fothercombe Civic Offices.",
            "If the alcohol service's report by 03/10/2025 shows Kerry is still drinking, or the parenting "
            "assessment does not support a return home, Rachel will request a legal planning meeting within "
            "5 working days to decide whether to start pre-proceedings under the PLO.",
        ]),
        ("p", "Signed: Jo Adeyemi, Martin Adeyemi (foster carers); Rachel Ennis (SW); Dev Malhotra (SSW); "
              "Kerry Thornbury (mother), 02/09/2025."),
    ],
    "findings": [],
})
