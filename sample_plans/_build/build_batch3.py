#!/usr/bin/env python3
"""Build batch 3 of the planlint labelled evaluation corpus (files named b3_*).

All plans, people, places, services and local authorities are fictional.

Usage (from the repository root):

    /path/to/venv/bin/python sample_plans/_build/build_batch3.py          # build + check
    /path/to/venv/bin/python sample_plans/_build/build_batch3.py --check  # check only
    /path/to/venv/bin/python sample_plans/_build/build_batch3.py --only letter

Needs python-docx, and pdfplumber for the check. PDFs are made by writing a
.docx with python-docx and converting it with LibreOffice
(`soffice --headless --convert-to pdf`); only the PDF is kept.

It renders its own plans (it imports neither build.py nor build_batch2.py;
only the helpers every build shares come from corpus.py). Batch 3 adds layouts the earlier scripts cannot render: a
real multi-level Word numbered list (List Number / List Number 2 paragraphs
sharing one multi-level numbering definition), an action table whose header
is split over two rows (vertical and horizontal merges) with a vertically
merged "Who" cell, a letter with right-aligned address lines, and a landscape
table that breaks across two pages with its header row repeated.

All nine plans are held out. The plan texts and their expected findings are
written out below. The findings were labelled by hand from the rule
definitions and labelling conventions in sample_plans/README.md, without
running planlint or reading its code; nothing here computes a label. The
check only makes sure that every label is well formed and that every excerpt
occurs exactly once in the plan's extracted text (whitespace collapsed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent  # sample_plans/
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from corpus import ALL_RULES, DOC_RULES, build, expected_doc, extract_units, norm  # noqa: E402

U = "^"  # in a docx table: this cell is merged with the cell above
RAG_FILL = {"Red": "F4B6B6", "Amber": "FFD98A", "Green": "B8E0B0"}
L = "<"  # in a docx table: this cell is merged with the cell to its left


def F(rule, excerpt=None):
    return {"rule": rule, "excerpt": excerpt} if excerpt else {"rule": rule}


PLANS: list[dict] = []

# ===========================================================================
# 1. Multi-level Word numbered list, unusual Heading wording (docx)
# ===========================================================================
PLANS.append({
    "name": "b3_skelderby_numbered_list_hartigan.docx",
    "doc_title": "Child Protection Plan - Maddie Hartigan",
    "split": "heldout",
    "template": "numbered-list-sublevels",
    "font": "Calibri",
    "description": "ICPC plan for a nearly-3-year-old after her mother's overdose, with Heading 1 sections worded for the family ('Making sure Maddie is safe', 'If things go wrong', 'How we'll check the plan is working') and the actions in a real multi-level Word numbered list: level-1 items are group headings, level-2 items are the actions. The CMHT psychologist reports on capacity to change but the Wellbeing Service counsellor only supports ('feels better', H001); the GP row is never H001. A named grandfather owns two actions and the contingency has a fallback if he can't help, but 'Family ... keep an eye on ... as often as they can', an HV review 'when appropriate' with no output, and a passive referral with no owner or timescale. No legal step anywhere (R002).",
    "blocks": [
        ("title", "Skelderby Borough Council"),
        ("p", "Children and Families Service"),
        ("h1", "Maddie Hartigan: child protection plan"),
        ("kv", [
            ("Child", "Maddie Hartigan, born 02/06/2022"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "6 May 2025"),
            ("Social worker", "Bethan Mulroy"),
            ("Team manager", "Ines Carrow"),
            ("Conference chair", "Hugo Strand"),
        ]),
        ("h1", "Who is in Maddie's world"),
        ("p", "Maddie lives with her mum, Roisin Hartigan (26), and Roisin's partner, Dale Crisp (31), at 9 Fletcher's Yard, Skelderby. Dale is not Maddie's father; her father, Kit Orr, lives in Inverclyde and has not seen her since 2023. Roisin's dad, Frank Hartigan (MGF, 61), lives in a flat on Weir Street, a five-minute walk away."),
        ("h1", "What worries us"),
        ("p", "Roisin has had depression and anxiety since she was a teenager. On 14 April 2025 she took an overdose of her tablets in the afternoon while Dale was at work. Maddie was in the flat with her for about three hours before Dale came home and called an ambulance; Maddie was in a soaked nappy, she was hungry and the front door was unlocked. Roisin spent two nights in Skelderby General Hospital and is now under the Skelderby Community Mental Health Team (CMHT)."),
        ("p", "When Roisin is low the flat becomes very cluttered and there is little food in. Maddie has missed her 2-year review twice and went to only 40% of her funded nursery sessions last term. Dale works long shifts at a bakery and has said he \"didn't realise how bad things had got\"."),
        ("h1", "What's going well"),
        ("p", "Roisin and Dale both love Maddie, and Roisin asked her GP for help herself after she came out of hospital. Frank sees Maddie most weeks and she is close to him. Dale has changed to day shifts so that he is home by 6pm."),
        ("h1", "What Maddie shows us"),
        ("p", "Maddie is nearly three and talks in short sentences. When Bethan visited on 29 April 2025 Maddie showed her a teddy with a bandage and said \"Mummy sleepy, Maddie hungry\". She is shy with new adults but ran to Frank when he arrived, and she played happily with playdough with Dale. Nursery say she often has two helpings at lunch and sometimes hides bread in her bag. Since the overdose she has been waking in the night crying for Roisin."),
        ("h1", "What we want for Maddie"),
        ("bullets", [
            "Maddie is always looked after by an adult who is well enough, and awake enough, to care for her.",
            "Maddie goes to nursery for all her funded sessions, fed and ready to play and learn.",
            "Maddie's health and development are checked, and any delay is picked up early.",
            "Maddie lives in a flat that is clean and safe, with no medicines she can reach.",
        ]),
        ("h1", "Making sure Maddie is safe"),
        ("mlist", [
            (0, "Maddie's care every day"),
            (1, "Roisin to take Maddie to Bramble Patch Nursery on Monday, Wednesday and Friday mornings from 12 May 2025; the nursery will email Bethan her attendance every Friday."),
            (1, "Frank Hartigan (MGF) to collect Maddie from nursery every Wednesday and give her tea at his flat, writing in her home-nursery diary, which Bethan will read at each visit."),
            (1, "Frank Hartigan (MGF) to have Maddie to stay every other Saturday night from 17 May 2025 and text Bethan on the Sunday to say how the stay went."),
            (1, "Family to keep an eye on Maddie and Roisin, as often as they can."),
            (0, "Roisin's health"),
            (1, "Dr Imogen Bellweather (clinical psychologist, Skelderby CMHT) to assess Roisin's mental health and her capacity to make and keep changes for Maddie, and send a written report to Bethan and the core group by 27 June 2025."),
            (1, "Skelderby Wellbeing Service counsellor (Verity Turnock) to continue supporting Roisin with her anxiety, fortnightly, so that she feels better."),
            (1, "Roisin to take her prescribed medication every day and keep it in the locked cabinet, with Bethan checking the blister packs at each visit."),
            (1, "Roisin's GP (Dr Anand Sethi, Tenter Brow Surgery) to review her medication and write to Bethan with any changes by 30 May 2025."),
            (0, "Maddie's health and development"),
            (1, "HV to complete Maddie's 2-year development review when appropriate."),
            (0, "The flat and parenting"),
            (1, "Dale to fit a lock to the medicine cabinet and a safety catch to the kitchen window by 16 May 2025; Bethan will check both at her next visit."),
            (1, "Referral to be made to the Skelderby Family Hub for a parenting course."),
            (1, "Bethan Mulroy (SW) to visit Maddie at home every two weeks, with at least one visit in four unannounced, and write down what Maddie says and does at each visit."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Roisin says she wants to harm herself, takes more than her prescribed dose, or is found asleep or unwell and unable to care for Maddie, the adult with her (or the nursery, at drop-off or pick-up) will call 999 and then Bethan or the Emergency Duty Team. Maddie will stay with Frank that night; if Frank cannot have her, the Emergency Duty Team will arrange an emergency foster placement. A strategy discussion will be held the same day."),
        ("p", "If Frank cannot collect Maddie or have her to stay, he will tell Roisin and Bethan by 9am that day. Dale will collect Maddie from nursery instead, and if Dale cannot, the nursery will keep Maddie until Bethan has arranged for her to be collected."),
        ("h1", "How we'll check the plan is working"),
        ("p", "The core group (Roisin, Dale, Frank, Bethan, the health visitor, Bramble Patch Nursery, the CMHT and the Wellbeing Service) will meet every four weeks: 3 June, 1 July and 29 July 2025, at Skelderby Family Hub. The review child protection conference will be on 5 August 2025 at 10am at Skelderby Civic Centre."),
    ],
    "findings": [
        F("W002", "Family to keep an eye on Maddie and Roisin"),
        F("T002", "Family to keep an eye on Maddie and Roisin"),
        F("M002", "Family to keep an eye on Maddie and Roisin"),
        F("H001", "Skelderby Wellbeing Service counsellor (Verity Turnock) to continue supporting Roisin"),
        F("M002", "Skelderby Wellbeing Service counsellor (Verity Turnock) to continue supporting Roisin"),
        F("T002", "HV to complete Maddie's 2-year development review when appropriate"),
        F("M001", "HV to complete Maddie's 2-year development review when appropriate"),
        F("W001", "Referral to be made to the Skelderby Family Hub"),
        F("T001", "Referral to be made to the Skelderby Family Hub"),
        F("M001", "Referral to be made to the Skelderby Family Hub"),
        F("R002"),
    ],
})

# ===========================================================================
# 2. Who | When | What | How we'll know, header over two rows (docx)
# ===========================================================================
PLANS.append({
    "name": "b3_pellworth_who_first_table_tremlett.docx",
    "doc_title": "Child Protection Plan - Idris and Effie Tremlett",
    "split": "heldout",
    "template": "who-first-two-row-header",
    "font": "Arial",
    "description": "Nearly exemplary ICPC plan (domestic abuse linked to the father's drinking). The action table puts the columns in the order Who | When | What needs to happen | How we'll know, with the header split over two rows ('How we'll know it's working' spans 'What we'll see' and 'Who checks') and the social worker's 'Who' cell merged down three rows. 'Weekly, ongoing' is a real timescale; the alcohol service and the GP own actions (never H001, no F004); the mother's mental health and alcohol use are negated. The grandmother supervises contact and the contingency says what happens if she can't. One finding: a school row whose only measure is 'Effie's engagement' (M002).",
    "blocks": [
        ("title", "Pellworth County Council - Children's Services"),
        ("h1", "Child Protection Plan"),
        ("kv", [
            ("Children", "Idris Tremlett (9, DOB 11/10/2015) and Effie Tremlett (5, DOB 03/03/2020)"),
            ("Category", "Emotional abuse"),
            ("Initial child protection conference", "29 April 2025"),
            ("Conference chair", "Beatrix Lomond"),
            ("Social worker", "Philippa Brisco"),
            ("Team manager", "Anwen Probert"),
        ]),
        ("h1", "Family"),
        ("table", {"header_rows": [["Name", "Relationship", "Age", "Where they live"]], "widths": [4.2, 4.4, 1.6, 6.8], "rows": [
            ["Idris Tremlett", "Subject child", "9", "41 Rope Walk, Pellworth"],
            ["Effie Tremlett", "Subject child", "5", "41 Rope Walk, Pellworth"],
            ["Carys Tremlett", "Mother", "34", "41 Rope Walk, Pellworth"],
            ["Gethin Tremlett", "Father", "38", "Lodging at 7 Saltings Lane, Pellworth, since 3 April 2025"],
            ["Gwen Tremlett", "Paternal grandmother (PGM)", "63", "22 Brine Row, Pellworth"],
        ]}),
        ("h1", "Why there is a plan"),
        ("p", "On 2 April 2025 Gethin came home drunk and threw a chair at Carys in front of Idris and Effie; Idris rang 999. Police have been called to the house three times in 2025, each time after Gethin had been drinking. Gethin accepts that he drinks up to eight cans of strong lager a day, and he has agreed to live apart from the family while he gets help. He is on police bail until 20 May 2025 with a condition not to go to Rope Walk."),
        ("p", "There are no concerns about Carys's mental health or her use of alcohol, and she has acted to protect the children since the incident."),
        ("h1", "What Idris and Effie say"),
        ("p", "Idris told Philippa on 24 April 2025 that he \"hates it when Dad's been drinking because he goes loud\", that he wants to see his dad \"but not when he's drunk\", and that his stomach hurts on school mornings. Effie drew her family with Dad \"in the rain outside\". She said she likes going to Nanna Gwen's because \"she has a cat called Biscuit\"."),
        ("h1", "What we want for Idris and Effie"),
        ("numbered", [
            "Idris and Effie live in a home where no one is hurt or frightened, and they are never cared for by an adult who has been drinking.",
            "Idris and Effie see their dad safely, at times when he is sober.",
            "Idris understands that what happened was not his fault, and has an adult he trusts to talk to.",
        ]),
        ("h1", "What needs to happen"),
        ("table", {
            "header_rows": [
                ["Who", "When", "What needs to happen", "How we'll know it's working", L],
                [U, U, U, "What we'll see", "Who checks"],
            ],
            "widths": [3.4, 3.0, 4.6, 3.6, 2.4],
            "rows": [
                ["Philippa Brisco (SW)", "Every 2 weeks, with at least one visit in three unannounced", "Visit Idris and Effie at home and see each child on their own", "Visit records that include each child's words and what the SW saw", "Anwen Probert (team manager), in monthly supervision"],
                [U, "By 30 May 2025", "Do direct work with Idris about the night of 2 April, using a worry book", "Idris's worry book, and a summary shared with Carys and the core group", "Conference chair, at the review"],
                [U, "By 20 June 2025", "Complete a parenting assessment of Carys", "Written assessment with recommendations, shared with Carys and the core group", "Anwen Probert (team manager)"],
                ["Carys Tremlett (mother)", "Every Tuesday for 10 weeks from 13 May 2025", "Attend the Pellworth Freedom Programme", "Facilitator's attendance letter and end-of-course summary", "SW"],
                ["Gethin Tremlett (father)", "Weekly, ongoing", "Attend key work sessions at Pellworth Alcohol and Drug Service and give a breath test at each one", "Breath test results recorded by the service", "Keyworker, who reports to the SW"],
                ["Pellworth Alcohol and Drug Service (keyworker Yusuf Adeleke)", "Every 4 weeks from 6 June 2025", "Send the SW a written report on Gethin's attendance, breath tests and whether he is cutting down", "Report on the children's file", "SW"],
                ["Dr Hattie Lorne, GP, Harrow Hill Surgery", "By 23 May 2025", "See Gethin about his drinking, arrange liver function tests and confirm both to the SW in writing", "GP letter to the SW", "SW"],
                ["Gwen Tremlett (PGM)", "Every Saturday, 1pm to 3pm", "Supervise Gethin's contact with Idris and Effie at her home", "Contact record signed by Gwen and sent to the SW each week", "SW"],
                ["Gwen Tremlett (PGM)", "Before every contact", "Check that Gethin has not been drinking, and cancel the contact if she has any doubt", "Gwen texts the SW the same day if a contact is cancelled, and why", "SW"],
                ["Coldharbour Junior School (Mr Ivo Penrose, DSL)", "Every Friday", "Email the SW Idris's attendance, punctuality and any worries", "Attendance above 95%; weekly email on Idris's file", "SW"],
                ["Coldharbour Infant School (Miss Sunniva Galt, class teacher)", "Weekly", "Offer Effie a weekly session with the learning mentor", "Effie's engagement", "DSL"],
                ["Pellworth Police, Domestic Abuse Unit (DC Rowan Leckie)", "Within 24 hours of any call-out", "Tell the SW about any call-out to 41 Rope Walk or any breach of Gethin's bail", "Police notification logged on the children's file", "SW"],
            ]}),
        ("h1", "If things go wrong"),
        ("p", "If Gethin comes to 41 Rope Walk, or turns up at contact smelling of alcohol or drunk, Carys or Gwen will call 999 and the contact will end straight away. The police will attend, and Philippa (or the Emergency Duty Team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Gwen cannot supervise on a Saturday, that week's contact will not happen, and Gwen will tell Philippa and Carys by the Friday evening. No one else will supervise contact unless Philippa's manager has agreed it after an assessment."),
        ("p", "If Gethin's breath tests are positive in two reports in a row, or there is another incident of violence, Anwen Probert will request a legal planning meeting."),
        ("h1", "Meetings"),
        ("p", "Core group meetings every four weeks: 27 May, 24 June and 22 July 2025, at Pellworth Family Centre. Review child protection conference: 12 August 2025."),
    ],
    "findings": [
        F("M002", "Offer Effie a weekly session with the learning mentor"),
    ],
})

# ===========================================================================
# 3. ICPC decision letter to a parent, actions in the second person (docx)
# ===========================================================================
PLANS.append({
    "name": "b3_wendlecombe_decision_letter_pyke.docx",
    "doc_title": "Letter to Shelby Pyke - outcome of initial child protection conference",
    "split": "heldout",
    "template": "decision-letter",
    "font": "Cambria",
    "description": "Mostly narrative letter from the conference chair to a mother after the ICPC, with the actions written as 'We agreed that you will...' sentences under 'What we agreed will happen'. Six of eleven sentences are about the mother's own GP, drinking, confidence, isolation, rent and debts (F001), and two of the three hopes are for her alone (F002). Her drinking and depression are recorded but no adult service owns anything (F004). 'When you feel ready', a passive 'You will be supported', 'Professionals will keep in touch', several sentences with no measure, a contingency that only reviews on 'if things do not improve' (C002) and no legal step (R002).",
    "blocks": [
        ("title", "Wendlecombe Council"),
        ("pr", "Children's Social Care"),
        ("pr", "Civic Offices, Bellfounder Street, Wendlecombe"),
        ("pr", "15 May 2025"),
        ("pl", "Ms Shelby Pyke"),
        ("pl", "12 Kingfisher Walk"),
        ("p", "Wendlecombe"),
        ("p", "Our reference: CP/2025/0417"),
        ("boldp", "Lacey-Mae's initial child protection conference, 14 May 2025"),
        ("p", "Dear Shelby,"),
        ("p", "Thank you for coming to Lacey-Mae's conference yesterday. I know it was a hard meeting for you. I am writing, as I said I would, to set out what the conference decided and what we agreed with you. The conference decided that Lacey-Mae should have a child protection plan under the category of neglect. Sinead Ferrity will stay as Lacey-Mae's social worker."),
        ("h2", "Why we were worried"),
        ("p", "You told the conference that you have been drinking most days since January, often a bottle of vodka over an evening, and that your low mood has got worse since your mum died last year. Your GP has been treating you for depression since 2023. On 22 April 2025 a neighbour found Lacey-Mae outside on her own at 7am in her pyjamas; you were asleep and could not be woken for some time. Lacey-Mae's nursery have told us that she often arrives late, hungry and in the same clothes, and that she has missed half her sessions since Easter. Sinead has found very little food in the flat on three visits."),
        ("h2", "What Lacey-Mae told us"),
        ("p", "Lacey-Mae told Sinead that she likes \"Mummy cuddles\" and playing with her nursery friend Zuzanna. She said she sometimes has \"crisps for breakfast\" and that \"Mummy's drink makes her sleepy\". At nursery she plays happily in the home corner, and staff say she often asks them whether it is nearly lunch time."),
        ("h2", "What we hope will be different"),
        ("p", "By the review conference, we hope that:"),
        ("bullets", [
            "Lacey-Mae will be looked after every day by a sober adult who gets her up, dressed, fed and to nursery on time.",
            "You will be drinking less and feeling more in control of your life.",
            "You will feel less low and more able to cope.",
        ]),
        ("h2", "What we agreed will happen"),
        ("p", "We agreed that you will go to your GP, Dr Lomas at Quayside Surgery, about your low mood by 30 May 2025. We agreed that you will refer yourself to Wendlecombe Recovery Service for help with your drinking when you feel ready."),
        ("p", "We agreed that you will go on a Wendlecombe Wellbeing course to help with your confidence. We also agreed that you will go to the drop-in at the Wendlecombe Women's Centre every Thursday, so that you have people to talk to."),
        ("p", "You will be supported to sort out your rent arrears and your benefits. We agreed that you will see the debt adviser at Cordwainer Road Family Hub on 21 May 2025."),
        ("p", "We agreed that you will not drink any alcohol while you are looking after Lacey-Mae, and Sinead will ask you to take a breath test at every visit to check this. Sinead will visit you and Lacey-Mae at home every 10 working days, will see Lacey-Mae on her own each time and will write down what she says and how she is."),
        ("p", "Little Wrens Nursery will tell Sinead every Friday which sessions Lacey-Mae came to that week and whether she arrived fed and on time. Professionals will keep in touch with each other about Lacey-Mae."),
        ("p", "We agreed that you will go to the Steady Steps parenting course at Cordwainer Road Family Hub, which starts on 2 June 2025, and the course leader will send Sinead a summary of how you got on at the end of the course."),
        ("h2", "If things don't get better"),
        ("p", "If things do not improve, or if we have further worries about Lacey-Mae, we will meet with you to review the plan and talk about what should happen next."),
        ("h2", "Next meetings"),
        ("p", "The first core group meeting will be on 4 June 2025 at 10am at Cordwainer Road Family Hub, and the core group will then meet every six weeks. The review child protection conference will be on 13 August 2025 at 1.30pm at the Civic Offices."),
        ("p", "If anything in this letter is wrong, or you would like me to explain any of it, please ring Sinead on 01632 960418."),
        ("p", "Yours sincerely,"),
        ("p", "Ralph Ingleby"),
        ("p", "Independent Conference Chair, Wendlecombe Council"),
        ("p", "Copies to: Sinead Ferrity (social worker); Dr Lomas (GP); Little Wrens Nursery"),
    ],
    "findings": [
        F("M001", "you will go to your GP, Dr Lomas at Quayside Surgery"),
        F("T002", "refer yourself to Wendlecombe Recovery Service for help with your drinking"),
        F("M001", "refer yourself to Wendlecombe Recovery Service for help with your drinking"),
        F("T001", "go on a Wendlecombe Wellbeing course to help with your confidence"),
        F("M001", "go on a Wendlecombe Wellbeing course to help with your confidence"),
        F("M001", "go to the drop-in at the Wendlecombe Women's Centre"),
        F("W001", "You will be supported to sort out your rent arrears"),
        F("T001", "You will be supported to sort out your rent arrears"),
        F("M001", "You will be supported to sort out your rent arrears"),
        F("M001", "you will see the debt adviser at Cordwainer Road Family Hub"),
        F("W002", "Professionals will keep in touch with each other about Lacey-Mae"),
        F("T001", "Professionals will keep in touch with each other about Lacey-Mae"),
        F("M001", "Professionals will keep in touch with each other about Lacey-Mae"),
        F("F002", "You will be drinking less and feeling more in control"),
        F("F002", "You will feel less low and more able to cope"),
        F("F001"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})

# ===========================================================================
# 4. Looked-after baby on the ward, visited; landscape table over 2 pages (pdf)
# ===========================================================================
PLANS.append({
    "name": "b3_carnwick_lac_ward_landscape_quinlan.pdf",
    "doc_title": "Child Protection Plan - Bonnie Quinlan (looked after)",
    "split": "heldout",
    "template": "landscape-table-page-break",
    "font": "Arial",
    "landscape": True,
    "description": "Landscape PDF for a 6-week-old with non-accidental fractures, under an interim care order and still on the ward; the 17-row action table breaks across two pages and repeats its header row. The SW visits twice a week and the foster carers daily ('before discharge'), so no L001; the perinatal CPN reports on the mother's capacity (no H001, no F004). The grandmother and aunt supervise contact but the contingency never says what happens if they can't (C003), and the review conference is 'to be confirmed' (R001; the looked after review date doesn't count). Also an aunt-supervised contact row with no measure, mother's clinic appointments 'ongoing', an assessor 'TBC', an ownerless clinic booking and a ward 'keep an eye on ... As required ... Monitored' row.",
    "blocks": [
        ("title", "Carnwick City Council - Children's Services"),
        ("h1", "Child Protection Plan and Care Plan Actions - Bonnie Quinlan (looked after)"),
        ("kv", [
            ("Child", "Bonnie Quinlan, born 4 April 2025"),
            ("Legal status", "Interim care order made 16 May 2025 (Carnwick Family Court)"),
            ("Where Bonnie is", "Ward 21 (infants), Carnwick Royal Infirmary; on discharge, foster placement with Marian and Kofi Eshun"),
            ("Category and conference", "Physical abuse; initial child protection conference 20 May 2025"),
            ("Social worker and IRO", "Lowri Brandreth (SW); Ewan Tulloch (IRO)"),
        ]),
        ("h1", "Why Bonnie has a plan"),
        ("p", "On 9 May 2025 Tamsin Quinlan (22) took Bonnie to Carnwick Royal Infirmary because she cried whenever her left arm was moved. X-rays showed a fracture of her upper arm and two healing rib fractures. The doctors say the injuries were not accidental and happened on at least two occasions. Neither Tamsin nor Bonnie's father, Brandon Roke (26), has given an explanation. Tamsin was diagnosed with postnatal depression in April and is under the Carnwick Perinatal Mental Health Team. Tamsin's mother, Marguerite Quinlan (49), and Brandon's sister, Morwenna Roke (30), have offered to help. Bonnie is well, but she will stay on Ward 21 until her foster carers have learned her care; discharge is expected in the week of 2 June 2025."),
        ("h1", "Bonnie's lived experience"),
        ("p", "Bonnie is six weeks old. Nurses say she feeds well every three hours and gained 180g last week. She cries when her left side is touched and settles when she is swaddled and held against an adult's chest. She watches faces closely and has started to smile. She settles quickly when Tamsin holds her; Brandon is more hesitant and hands her back when she cries."),
        ("h1", "Outcomes for Bonnie"),
        ("numbered", [
            "Bonnie will be safe from any further injury, on the ward and after she leaves.",
            "Bonnie will be visited often on the ward, and will know her foster carers before she goes home with them.",
            "Bonnie will keep a bond with her mum and dad through safe, supervised time together.",
            "Bonnie's injuries will heal, and her health and development will be checked after discharge.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header_rows": [["No.", "Action", "Lead person", "How often / by when", "How we will know it has happened"]],
            "widths": [1.2, 8.2, 5.4, 4.8, 6.1],
            "rows": [
                ["1", "SW to visit Bonnie on Ward 21, see her awake and speak with the nurse caring for her", "Lowri Brandreth (SW)", "Twice a week (Mondays and Thursdays) until discharge", "Visit record describing Bonnie's care, feeding, weight and how she responds to adults"],
                ["2", "Foster carers to spend time with Bonnie on the ward and learn her feeding, handling and sleep routine", "Marian and Kofi Eshun (foster carers)", "Every day, at least 3 hours, before discharge", "Nursing notes record each visit; the ward sister signs off the handover checklist"],
                ["3", "Supervised contact for Tamsin with Bonnie on the ward", "Marguerite Quinlan (MGM)", "Daily, 10am to 12 noon", "Contact notes written by Marguerite and given to the SW every Monday"],
                ["4", "Supervised contact for Brandon with Bonnie on the ward", "Morwenna Roke (paternal aunt)", "Mondays, Wednesdays and Fridays, 3pm to 4pm", "-"],
                ["5", "Consultant paediatrician to complete the repeat skeletal survey and write the medical report for the court", "Dr Lucinda Agbaje, Consultant Paediatrician", "By 6 June 2025", "Report filed with the court and copied to the SW and the parents' solicitors"],
                ["6", "Ward nurses to tell the SW about any worries during contact or visits", "Ward 21 nursing team (Sister Gwynne Venn)", "Same day", "Phone call or email to the SW, logged on Bonnie's file"],
                ["7", "Tamsin to go to her perinatal mental health clinic appointments", "Tamsin Quinlan (mother)", "Ongoing", "-"],
                ["8", "Perinatal CPN to assess Tamsin's mental health and report on how it affects her ability to care for Bonnie, for the parenting assessment", "Jago Pendry, CPN, Carnwick Perinatal Mental Health Team", "By 20 June 2025", "Written report to the SW and the parenting assessor"],
                ["9", "Commission an independent parenting assessment of Tamsin and Brandon for the court", "TBC", "Report due 27 June 2025", "Assessment report filed with the court and shared with both parents"],
                ["10", "Bonnie's fracture clinic appointment to be booked", "", "Before discharge", ""],
                ["11", "IRO to chair Bonnie's first looked after review", "Ewan Tulloch (IRO)", "11 June 2025", "Review record sent to both parents within 15 working days"],
                ["12", "SW to complete viability assessments of Marguerite Quinlan and Morwenna Roke as possible carers for Bonnie", "Lowri Brandreth (SW)", "By 30 May 2025", "Viability reports with a recommendation filed with the court"],
                ["13", "Ward team to keep an eye on Bonnie's weight and feeding", "Ward 21 nursing team", "As required", "Monitored"],
                ["14", "Tamsin and Brandon to complete baby care sessions with the ward nursery nurse", "Tamsin Quinlan and Brandon Roke", "4 sessions by 30 May 2025", "Nursery nurse records whether each parent holds, feeds and changes Bonnie safely"],
                ["15", "HV to visit Bonnie at the foster home after discharge and weigh her", "Teresa Gwilt (HV)", "Within 5 days of discharge, then weekly for 4 weeks", "Weight and development recorded in Bonnie's red book and shared with the SW"],
                ["16", "Foster carers to take Bonnie to her fracture clinic and paediatric appointments after discharge", "Marian and Kofi Eshun (foster carers)", "Every appointment; the first within 2 weeks of discharge", "Clinic letters copied to the SW and the HV"],
                ["17", "SW to write to Tamsin and Brandon setting out contact arrangements after discharge", "Lowri Brandreth (SW)", "Before discharge", "Letter on Bonnie's file, copied to both parents' solicitors"],
            ]}),
        ("h1", "Contingency plan"),
        ("p", "If either parent tries to take Bonnie off the ward, arrives on the ward under the influence of drink or drugs, or is seen handling her roughly, ward staff will end the contact, call hospital security and the police, and tell the SW or the Emergency Duty Team straight away. Bonnie will stay on the ward until her foster carers take her home."),
        ("p", "If the placement with Marian and Kofi cannot go ahead, Bonnie will stay on Ward 21 until the Carnwick placements team has found another foster home, and Lowri will tell the ward and the IRO the same day."),
        ("p", "Care proceedings have started. If the parenting assessment or the viability assessments are negative, Lowri will take legal advice on the final care plan before the case management hearing on 24 June 2025."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks: 3 June and 1 July 2025, on Ward 21. Review child protection conference: to be confirmed once the court timetable is known. First looked after review: 11 June 2025."),
    ],
    "findings": [
        F("M001", "Supervised contact for Brandon with Bonnie on the ward"),
        F("T002", "Tamsin to go to her perinatal mental health clinic appointments"),
        F("M001", "Tamsin to go to her perinatal mental health clinic appointments"),
        F("W002", "Commission an independent parenting assessment of Tamsin and Brandon"),
        F("W001", "Bonnie's fracture clinic appointment to be booked"),
        F("M001", "Bonnie's fracture clinic appointment to be booked"),
        F("T002", "Ward team to keep an eye on Bonnie's weight"),
        F("M002", "Ward team to keep an eye on Bonnie's weight"),
        F("C003"),
        F("R001"),
    ],
})

# ===========================================================================
# 5. Core group review with a RAG column; no contingency, no views (pdf)
# ===========================================================================
PLANS.append({
    "name": "b3_brackwater_core_group_rag_lusk.pdf",
    "doc_title": "Core Group Review - Jenson and Nevaeh Lusk",
    "split": "heldout",
    "template": "core-group-review-rag",
    "font": "Arial",
    "description": "PDF of a third core group meeting that reviews the plan in a 7-column table with a RAG rating and an 'Update at core group 3' column (status notes, not measures). Mother's bipolar disorder: the CMHT CPN row only supports ('remains stable', H001), and one of four outcomes is about her alone (F002). No contingency anywhere (C001, with no family support so no C003), no words, wishes or feelings from the 12- and 8-year-old (F003), and no legal step (R002). Also a school counselling row with no measure, a 'Core group ... Regularly ... Reviewed at core group' row, an ownerless 'ASAP' young carers referral and a parenting assessment with no output.",
    "blocks": [
        ("title", "Brackwater District Council"),
        ("h1", "Core Group Review of the Child Protection Plan"),
        ("kv", [
            ("Children", "Jenson Lusk (12) and Nevaeh Lusk (8)"),
            ("Category", "Neglect"),
            ("Plan started", "Initial child protection conference, 11 March 2025"),
            ("This meeting", "Core group 3, 27 May 2025, Lanyon Primary School"),
            ("Chair", "Piers Mayhew (social worker)"),
            ("Present", "Roxanne Lusk (mother); Clive Frome (Roxanne's partner); Ailsa Frew (CPN); Mr Neville Trask (Ruddock Hill School); Mrs Opal Reddy (Lanyon Primary School); Rhoda Quayle (family support worker)"),
        ]),
        ("h1", "Summary of the concerns"),
        ("p", "Roxanne has bipolar disorder. In January 2025 she stopped her medication and became very unwell: she ran up debts on credit cards, went out at night leaving Jenson and Nevaeh alone, and was admitted to Aspen Ward at Brackwater Hospital for three weeks. Jenson, then 11, looked after Nevaeh while she was in hospital and missed 14 days of school. Clive moved in in February and works nights. Since the initial conference Roxanne has been back on her medication and is under the Brackwater Community Mental Health Team (CMHT)."),
        ("h1", "Outcomes"),
        ("numbered", [
            "Jenson and Nevaeh are cared for every day and night by an adult who is well enough to look after them.",
            "Jenson does not have to look after Nevaeh or his mum.",
            "Jenson and Nevaeh go to school every day.",
            "Roxanne stays well and out of hospital.",
        ]),
        ("h1", "Progress against the plan"),
        ("p", "RAG: Green = on track; Amber = started, but not enough progress yet; Red = not started or not happening."),
        ("table", {
            "header_rows": [["No.", "Action", "Lead", "Timescale", "How we'll know", "RAG", "Update at core group 3"]],
            "widths": [0.9, 3.6, 2.8, 2.2, 2.8, 1.3, 3.4],
            "font_size": 8.5,
            "rag_col": 5,
            "rows": [
                ["1", "CPN to continue to support Roxanne with her bipolar disorder", "Ailsa Frew, CPN, Brackwater CMHT", "Fortnightly", "Roxanne remains stable", "Green", "Roxanne says things are going well."],
                ["2", "Roxanne to take her lithium every day and go for her lithium blood tests", "Roxanne Lusk (mother)", "Daily; blood test every 3 months (next 17 June 2025)", "GP practice confirms the blood test results to the SW", "Green", "Last test in range (GP letter, 2 May 2025)."],
                ["3", "School counsellor to offer Jenson a weekly session", "Ruddock Hill School (Mr Neville Trask, pastoral lead)", "Weekly from 2 June 2025", "-", "Amber", "Delayed because the counsellor was off sick."],
                ["4", "School to send the SW Nevaeh's attendance every Friday", "Lanyon Primary School (Mrs Opal Reddy, DSL)", "Every Friday", "Attendance above 95%", "Green", "97% since the initial conference."],
                ["5", "SW to visit Jenson and Nevaeh at home", "Piers Mayhew (SW)", "Every 2 weeks", "Visit records on file", "Green", "All visits done."],
                ["6", "Family support worker to do morning and bedtime routine sessions with Roxanne, Clive and the children", "Rhoda Quayle, Brackwater Family Support", "Weekly, 8 sessions from 19 May 2025", "Routine chart checked at each session; the FSW sends the SW a summary after sessions 4 and 8", "Green", "2 of 8 sessions done."],
                ["7", "Core group to keep the plan and Roxanne's mental health under review", "Core group", "Regularly", "Reviewed at core group", "Amber", "Discussed today."],
                ["8", "Referral to Brackwater Young Carers for Jenson", "-", "ASAP", "-", "Red", "Not done."],
                ["9", "SW to complete a parenting assessment of Roxanne and Clive", "Piers Mayhew (SW)", "By 11 July 2025", "-", "Amber", "Started."],
                ["10", "Clive to arrange his shifts so that he is at home every night", "Clive Frome", "From 2 June 2025", "Clive shows the SW his rota each month", "Amber", "Rota agreed with his employer from June."],
            ]}),
        ("h1", "Other points discussed"),
        ("p", "Roxanne said she finds the core group meetings useful. Clive asked whether the plan could end at the review conference; Piers said the conference would decide this after the parenting assessment."),
        ("h1", "Next meetings"),
        ("p", "Next core group: 8 July 2025 at Lanyon Primary School, then every six weeks. Review child protection conference: 2 September 2025."),
    ],
    "findings": [
        F("H001", "CPN to continue to support Roxanne with her bipolar disorder"),
        F("M002", "CPN to continue to support Roxanne with her bipolar disorder"),
        F("M001", "School counsellor to offer Jenson a weekly session"),
        F("W002", "Core group to keep the plan and Roxanne's mental health"),
        F("T002", "Core group to keep the plan and Roxanne's mental health"),
        F("M002", "Core group to keep the plan and Roxanne's mental health"),
        F("W001", "Referral to Brackwater Young Carers for Jenson"),
        F("T002", "Referral to Brackwater Young Carers for Jenson"),
        F("M001", "Referral to Brackwater Young Carers for Jenson"),
        F("M001", "SW to complete a parenting assessment of Roxanne and Clive"),
        F("F002", "Roxanne stays well and out of hospital"),
        F("C001"),
        F("F003"),
        F("R002"),
    ],
})

# ===========================================================================
# 6. Health visitor's "Plan for baby" bullets with (by: ..., when: ...) (md)
# ===========================================================================
PLANS.append({
    "name": "b3_ainsleigh_hv_plan_for_baby_wicks.md",
    "doc_title": None,
    "split": "heldout",
    "template": "hv-inline-bullets",
    "description": "Markdown plan written by a health visitor for a 3-week-old with neonatal abstinence syndrome who is looked after (section 20) and still on the neonatal unit. Each 'Plan for baby' bullet ends with '(by: ..., when: ...)'. The foster carer visits 'as often as she can', the SW 'when she can' and the parents 'when they are able', so no one visits at a stated frequency (L001); the nurses caring for her are not visitors. The drug service reports 'weekly, ongoing' (never H001, no F004), 'before discharge' is a real timescale, the father's drug use is negated, and a named grandmother owns an action next to a 'family' bullet (W002); the contingency covers the family support failing and has a legal step.",
    "text": """# Child protection plan: health visitor's plan for baby

**Ainsleigh Community Health Services, 0-19 Health Visiting Team (North)**
Written by Hazel Dunkerley (HV) with the core group after the initial child protection conference on 28 May 2025.

## About baby

- **Name:** Nell Wicks
- **Born:** 9 May 2025 at 36 weeks, 2.31kg
- **Where Nell is:** Neonatal Unit, Bay 2, Ainsleigh General Hospital
- **Legal status:** looked after under section 20 since 12 May 2025 (Kelsey and Jarrod agreed); pre-proceedings under the PLO started on 23 May 2025
- **Category:** Neglect
- **Social worker:** Ffion Rusk
- **Health visitor:** Hazel Dunkerley

## Mum, dad and family

- **Kelsey Wicks** (mum, 25) has been on a methadone script with Ainsleigh Recovery Partnership since 2023 and used heroin on top in the last months of her pregnancy.
- **Jarrod Fane** (dad, 28) works as a scaffolder. He says he has never used drugs, and his hair strand test in April 2025 was negative.
- **Noreen Wicks** (maternal grandmother, 51) lives in Ainsleigh and has offered to help.

## Why baby has a plan

Kelsey went to only two antenatal appointments. Nell was born early with neonatal abstinence syndrome and needed morphine for ten days. Kelsey's urine test at delivery was positive for heroin and cocaine. The flat Kelsey and Jarrod share has no cot, and the electricity meter is often empty. Kelsey and Jarrod agreed that Nell should go to a foster carer when she is ready to leave the unit.

## What life is like for Nell

Nell is nearly three weeks old. The nurses say she is jittery and has a high-pitched cry in the early evening, and she settles best when she is swaddled and held skin to skin. Her withdrawal scores have come down since her last dose of morphine on 22 May. She takes 45ml every three hours and has just got back to her birth weight. Kelsey and Jarrod have visited on 9 of the 19 days; on the other days Nell has had no visitors and has only been held by the nurses at feed times.

## What we want for Nell

- Nell comes off all withdrawal treatment, feeds well and keeps gaining weight.
- Nell is held, fed and comforted by familiar adults while she is on the unit, and gets to know her foster carer before she leaves.
- Nell goes home from hospital to a carer who can keep her safe and meet her needs.
- Nell keeps a safe bond with her mum and dad.

## Plan for baby

- Score Nell's withdrawal symptoms and record every feed and her weight on her chart (by: neonatal nursing team, when: every 4 hours, weighed daily)
- Write Nell's discharge summary and feeding plan and send it to the foster carer, GP and HV (by: Dr Saoirse Halloran, consultant neonatologist, when: before discharge)
- Visit Nell on the unit and learn her feeding and settling routine (by: Ros Attwater, foster carer, when: as often as she can)
- Go and see Nell on the unit and speak to the nurse in charge (by: SW, when: when she can)
- Visit Nell for contact, with a nurse present (by: Kelsey and Jarrod, when: when they are able)
- Help Kelsey and Jarrod get to the unit (by: family, when: ongoing)
- Go to the Ainsleigh kinship carers information evening and tell the SW whether she wants to be assessed as a carer for Nell (by: Noreen Wicks (MGM), when: by 6 June 2025)
- Send the SW Kelsey's toxicology results and a short report on her progress with her script (by: Ainsleigh Recovery Partnership, keyworker Ruben Ashcroft, when: weekly, ongoing)
- Go to her script reviews at Ainsleigh Recovery Partnership (by: Kelsey, when: fortnightly)
- Complete a parenting assessment of Kelsey and Jarrod and share the written report with them and the core group (by: Ffion Rusk, SW, when: by 18 July 2025)
- Refer Kelsey and Nell to the Ainsleigh Parent-Infant Partnership and tell the SW the date of the first session (by: HV, when: before discharge)
- Visit Nell at the foster home, weigh her and send her growth chart to the SW (by: HV, when: within 10 days of discharge, then fortnightly)

## If things go wrong

- If Kelsey or Jarrod come to the unit under the influence of drugs or alcohol, or try to take Nell, the nurse in charge will ask them to leave, call hospital security and the police, and ring the SW (or the Emergency Duty Team out of hours). Nell will stay on the unit until she goes to Ros.
- If the family cannot get Kelsey and Jarrod to the unit, the SW will book transport through the Ainsleigh Family Support Team. If Noreen decides not to be assessed, or is not approved, Ros will stay Nell's carer after discharge.
- If Kelsey's toxicology is positive for heroin or cocaine twice in a row, or she stops collecting her script, Ffion's manager will ask for a legal planning meeting to decide whether to issue care proceedings.

## Meetings

- Core group: every 4 weeks, on 25 June and 23 July 2025, at Ainsleigh Family Hub
- Review child protection conference: 20 August 2025
- Nell's first looked after review: 9 June 2025
""",
    "findings": [
        F("T002", "Visit Nell on the unit and learn her feeding and settling routine"),
        F("M001", "Visit Nell on the unit and learn her feeding and settling routine"),
        F("T002", "Go and see Nell on the unit and speak"),
        F("M001", "Go and see Nell on the unit and speak"),
        F("T002", "Visit Nell for contact, with a nurse present"),
        F("M001", "Visit Nell for contact, with a nurse present"),
        F("W002", "Help Kelsey and Jarrod get to the unit"),
        F("T002", "Help Kelsey and Jarrod get to the unit"),
        F("M001", "Help Kelsey and Jarrod get to the unit"),
        F("M001", "Go to her script reviews at Ainsleigh Recovery Partnership"),
        F("L001"),
    ],
})

# ===========================================================================
# 7. Signs of Safety with "Next steps" as a numbered list (md)
# ===========================================================================
PLANS.append({
    "name": "b3_yarlingham_sos_next_steps_mcbride.md",
    "doc_title": None,
    "split": "heldout",
    "template": "signs-of-safety-numbered-next-steps",
    "description": "Signs of Safety plan (physical abuse by the father) with danger statement, safety goal, scaling, three houses and 'Next steps' written as a numbered list of full sentences. No adult ill health or substance misuse is recorded: alcohol and drugs are negated, the mother is pregnant, and 'If Nicole's mood drops after the baby is born' is a hypothetical, so no F004. The paternal grandparents supervise contact and do school pick-ups, but the safety plan never says what happens if they can't (C003). Also a grandparents' step with no measure, 'Everyone in the network ... throughout the plan', and a course 'when they can'.",
    "text": """# Yarlingham Council, Children's Services

## Signs of Safety child protection plan: Aoife and Ruairi McBride

**Initial child protection conference:** 20 May 2025
**Category:** Physical abuse
**Social worker:** Niamh Kincaid | **Team manager:** Dev Sankaran
**Parents:** Nicole McBride (33) and Fergal McBride (36)
**Safety network:** Maeve and Des McBride (paternal grandparents), Ciara Flynn (Nicole's sister)

### Danger statement

Niamh, St Brendan's Primary School and Yarlingham Police are worried that when Fergal loses his temper he hits the children, and that Aoife and Ruairi are frightened at home. On 30 April 2025 Aoife (10) went to school with belt marks on the backs of her legs and told her teacher that her dad had hit her because she "answered back". Ruairi (6) told the school nurse that Daddy "smacks hard". The police have been called twice this year to arguments between Fergal and Nicole. If nothing changes, we are worried that Aoife or Ruairi could be badly hurt and will keep growing up scared of their dad.

### Safety goal

Aoife and Ruairi will live where no adult hits or frightens them, and they will see their dad only when it is safe. Nicole, Fergal and the safety network will show Niamh and the children, for at least six months, that the safety plan is working every day.

### What are we worried about?

- The belt marks on 30/04/2025, and a bruise on Ruairi's cheek in January that Fergal said came from a fall.
- Fergal says he was "brought up the same way" and that smacking is "part of being a dad".
- Shouting and slammed doors between Nicole and Fergal, in front of the children.

### Complicating factors

- Nicole is 24 weeks pregnant and says she is tired and finding the school run hard.
- There are no concerns about either parent's use of alcohol or drugs.

### What's working well?

- Fergal moved out to his brother's flat on 1 May 2025 when he was asked to, and has kept to the agreement not to come to the house.
- Nicole believed Aoife and took her to the school nurse herself.
- Maeve and Des see the children every week and want to help.

### Scaling

0 means the children cannot live safely at home; 10 means everyone is confident they are safe enough for the plan to end. Niamh 3, Nicole 6, Fergal 7, Maeve 5, school 4. Aoife said "a 4, because Dad still gets cross on the phone".

### Aoife's and Ruairi's words

Niamh did "three houses" with each child on 15 May 2025. In Aoife's house of worries she wrote "Dad's belt" and "Mum crying"; in her house of good things, "Nanny Maeve's" and "my gymnastics"; in her house of dreams, "Dad says sorry and we go to the beach". Ruairi drew himself hiding under the table when "Daddy shouts", and said his house of dreams had "a puppy and Daddy being kind".

### Next steps

1. Fergal will see Aoife and Ruairi only at Maeve and Des's house, with Maeve there the whole time, every Saturday from 10am to 1pm, and Maeve will send Niamh a short note after each visit.
2. Maeve and Des will collect Aoife and Ruairi from school on Tuesdays and Thursdays while Nicole is at work or at her antenatal appointments.
3. Fergal will start the Yarlingham Respect programme on 3 June 2025, and the facilitator will send Niamh a written progress report every six weeks.
4. Niamh will see Aoife and Ruairi on their own every three weeks, do three houses with them and share their words with the network at each core group.
5. Bryony Tarrant (IDVA, Yarlingham Women's Aid) will complete a DASH risk assessment with Nicole by 30 May 2025 and tell Niamh the score and whether a MARAC referral has been made.
6. St Brendan's Primary School (Ms Delia Frost, DSL) will phone Niamh the same day if either child comes in with a mark or talks about being hit, and will record it on the school's safeguarding log.
7. Everyone in the network will keep to the safety plan throughout the plan.
8. Nicole and Fergal will go to the Parenting Apart course at Yarlingham Family Hub when they can.
9. Niamh will write a words and pictures explanation with Nicole and Fergal by 13 June 2025 and read it with Aoife and Ruairi, who will each keep a copy.

### Safety plan: if things go wrong

- If Fergal comes to the house without it being agreed, or there is hitting, shouting or pushing in front of the children, Nicole will call 999 and take the children to Ciara's house on Lowther Road. Niamh (or the Emergency Duty Team out of hours) will hold a strategy discussion the same day.
- If Nicole's mood drops after the baby is born, she will tell her midwife and Niamh, and Maeve will help with the school run.
- If Fergal hits either child again, or does not finish the Respect programme, Dev Sankaran will request a legal planning meeting.

### Core group and review

Core group meetings every four weeks: 10 June, 8 July and 5 August 2025. Review child protection conference: 19 August 2025.
""",
    "findings": [
        F("M001", "Maeve and Des will collect Aoife and Ruairi from school"),
        F("W002", "Everyone in the network will keep to the safety plan"),
        F("T002", "Everyone in the network will keep to the safety plan"),
        F("M001", "Everyone in the network will keep to the safety plan"),
        F("T002", "Nicole and Fergal will go to the Parenting Apart course"),
        F("M001", "Nicole and Fergal will go to the Parenting Apart course"),
        F("C003"),
    ],
})

# ===========================================================================
# 8. Case system export: Task / Assigned to / Due / Success measure (txt)
# ===========================================================================
RULE = "-" * 78


def task(task_text, assigned, due, measure, linked, status):
    def line(label, value):
        return f"{label:<19}{value}".rstrip()
    return "\n".join([
        RULE,
        line("Task:", task_text),
        line("Assigned to:", assigned),
        line("Due:", due),
        line("Success measure:", measure),
        line("Linked outcome:", linked),
        line("Status:", status),
    ])


TASKS = [
    task("SW to see Ezra and Tegan at home, and Ezra on his own", "Marisa Keogh (SW)", "Every 10 working days", "Visit records show both children seen and Ezra's views written down", "O1, O2, O3", "Open"),
    task("Attend TDAS for alcohol key work sessions", "Gavin Holloway (father)", "Weekly from 19/05/2025", "Engagement", "O4", "Open"),
    task("TDAS to send the SW a monthly update on Gavin's attendance and breath tests, and to report whether his drinking is reducing", "TDAS (recovery worker Sadie Quirke)", "Monthly, first update by 16/06/2025", "Written update on file; breath tests negative at every session by 30/07/2025", "O1, O4", "Open"),
    task("GP to review Kimberley's sertraline and write to the SW about her anxiety and any change in treatment", "Dr Petra Lindqvist, Heathcot Surgery", "By 30/05/2025", "GP letter on file", "O4", "Open"),
    task("Attend Tollingford Talking Therapies sessions for her anxiety", "Kimberley Holloway (mother)", "Ongoing", "", "O4", "Waiting list"),
    task("Nursery to send the SW Tegan's attendance and call the SW the same day about any marks or worries", "Tadpoles Nursery (key worker Shona Muir)", "Weekly, ongoing", "Tegan attends at least 90% of her sessions; same-day calls logged on Tegan's file", "O2", "Open"),
    task("Young carer assessment for Ezra", "", "ASAP", "", "O2", "Not started"),
    task("Monitor home conditions and the children's presentation at home", "Core Group", "", "Improvement", "O3", "Open"),
    task("FSW to do routines sessions with Kimberley and Gavin covering bedtimes, school mornings and cleaning", "Emrys Blythe (FSW), Tollingford Family Support", "Weekly for 8 weeks from 20/05/2025", "Home conditions checklist score of at least 8/10 at weeks 4 and 8; Ezra on time at school on at least 9 of 10 days", "O2, O3", "Open"),
    task("School to give Ezra a weekly session with the learning mentor", "Holm Lane Primary (Mrs Edwina Scholes, DSL)", "Weekly from 19/05/2025", "Ezra's worries written down after each session and shared with the SW", "O2", "Open"),
    task("Complete a parenting assessment of Kimberley and Gavin", "Marisa Keogh (SW)", "04/07/2025", "Written assessment with recommendations shared with both parents and the core group", "O1, O2, O3", "Open"),
]

PLANS.append({
    "name": "b3_tollingford_task_export_holloway.txt",
    "doc_title": None,
    "split": "heldout",
    "template": "task-blocks-export",
    "description": "Plain-text export from a case recording system: header fields, then one block per task with 'Task:', 'Assigned to:', 'Due:', 'Success measure:', 'Linked outcome:' and 'Status:' lines, blocks separated by rules of dashes. Father's drinking is owned by the drug and alcohol service and the mother's anxiety by her GP (neither is ever H001; no F004); 'Weekly, ongoing' is a real timescale. Faults: father 'Engagement', mother's Talking Therapies 'Ongoing' with a blank measure, a young carer assessment with a blank owner, 'ASAP' and no measure, 'Core Group ... Monitor ... Improvement' with no due date, an adult-only outcome, and 'Review conference: TBC' (R001).",
    "text": """TOLLINGFORD BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CareTrack case record: Child Protection Plan (export)
Exported by: MKEOGH      Exported on: 22/05/2025 14:07
==============================================================================

Case ref:          CR-0048213
Children:          Ezra HOLLOWAY (M), DOB 03/09/2017, 7y
                   Tegan HOLLOWAY (F), DOB 18/01/2022, 3y
Plan type:         Child Protection - Neglect
Plan start:        ICPC 13/05/2025
Allocated SW:      Marisa Keogh
Team manager:      Wilf Arkwright
Chair:             Hedda Saltmarsh

HOUSEHOLD
Kimberley Holloway    Mother    31
Gavin Holloway        Father    35
Ezra Holloway         Child      7
Tegan Holloway        Child      3

PLAN SUMMARY
Gavin drinks heavily (he says 10 to 12 cans most nights). On 02/04/2025 police found him asleep and drunk while he was caring for Tegan on his own. Kimberley has generalised anxiety disorder with panic attacks, and on some days she does not leave the house, so Ezra has missed 18 days of school this year and Tegan rarely goes to nursery. The house was dirty, with dog mess on the floor, at 3 visits. Kimberley is prescribed sertraline by her GP and is on the waiting list for Tollingford Talking Therapies. Gavin has agreed to a referral to Tollingford Drug and Alcohol Service (TDAS).

CHILD'S VOICE
Ezra (seen alone at school, 08/05/2025): said he gets "a tummy ache when Dad's been on the cans" and wants "Mum to come to my assembly". He likes Minecraft and the dog, Pudding. He would like "the house to be tidy so my friends can come round".
Tegan (observed at home, 08/05/2025): chatted about "doggy" and played with the SW's lanyard. She was in a dirty vest and ate two yoghurts very quickly when Kimberley gave them to her.

OUTCOMES
O1  Ezra and Tegan are always cared for by a sober adult.
O2  Ezra goes to school and Tegan goes to nursery every day, on time, fed and clean.
O3  Ezra and Tegan live in a clean house with no dog mess on the floors.
O4  Gavin will be sober and Kimberley will feel less anxious.

TASKS (11)
""" + "\n".join(TASKS) + "\n" + RULE + """

CONTINGENCY
If Gavin is found drunk while he is the only adult caring for Ezra or Tegan, or Kimberley has a panic attack and cannot care for them, the adult who finds this (or the school or nursery) will call the SW or the Emergency Duty Team. The children will go that night to Kimberley's cousin, Wendy Pickersgill, who has been checked and agreed as an emergency carer, and a strategy discussion will be held the same day. If the police are called to a drunken or violent incident, Gavin will be asked to leave the house that night.

ESCALATION
If Gavin's breath tests are not negative by the review conference, or the children are again found without a sober adult, the team manager will request a legal planning meeting.

REVIEW ARRANGEMENTS
Core group:          every 4 weeks (next 10/06/2025, Holm Lane Primary)
Review conference:   TBC
""",
    "findings": [
        F("M002", "Attend TDAS for alcohol key work sessions"),
        F("T002", "Attend Tollingford Talking Therapies sessions for her anxiety"),
        F("M001", "Attend Tollingford Talking Therapies sessions for her anxiety"),
        F("W001", "Young carer assessment for Ezra"),
        F("T002", "Young carer assessment for Ezra"),
        F("M001", "Young carer assessment for Ezra"),
        F("W002", "Monitor home conditions and the children's presentation at home"),
        F("T001", "Monitor home conditions and the children's presentation at home"),
        F("M002", "Monitor home conditions and the children's presentation at home"),
        F("F002", "Gavin will be sober and Kimberley will feel less anxious"),
        F("R001"),
    ],
})

# ===========================================================================
# 9. Meeting summary, actions as sentences in a paragraph; transfer (txt)
# ===========================================================================
PLANS.append({
    "name": "b3_sallowfield_meeting_summary_tasker.txt",
    "doc_title": None,
    "split": "heldout",
    "template": "prose-meeting-summary",
    "description": "Plain-text core group summary whose 'Actions agreed' are full sentences run together in one paragraph (one action per sentence). The family has fled domestic abuse to the grandmother's house in another authority and the case is waiting to transfer to Pendlecote: a recovery group referral is on hold, the parenting assessment is left for Pendlecote and a speech and language referral is handed to the Pendlecote HV (X001); 'within 35 working days of transfer' and 'weekly, ongoing' are real timescales. No expected outcome for the children anywhere (O001) and no review conference date (R001). Also a grandmother's after-school care with no measure, a passive nursery place 'as soon as possible', and 'Everyone involved will keep an eye on'. The contingency is concrete, covers the grandmother being unable to help and has a legal step.",
    "text": """SALLOWFIELD METROPOLITAN BOROUGH COUNCIL
Children's Services - Safeguarding and Family Support

SUMMARY OF CORE GROUP MEETING

Children:      Corey Tasker (11) and Lily-Rose Tasker (4)
Plan:          Child protection (emotional abuse) since 25/03/2025
Meeting:       Core group 2, 20/05/2025, 2pm, by Teams
Chair:         Nadine Coles, social worker
Present:       Kirsteen Tasker (mother); Irene Tasker (maternal grandmother); Nadine Coles (SW); Bernadette Iveson (Pendlecote Women's Aid); Mr Osian Pryde (head of Year 7, Pendlecote Hill School); DC Jonah Pettifer (Sallowfield Police)
Apologies:     Tabitha Renshaw (HV, Sallowfield)

Summary of discussion

Kirsteen, Corey and Lily-Rose moved on 28/04/2025 from Sallowfield to Irene's house at 6 Tithe Barn Close, Pendlecote, after Troy Tulk (Lily-Rose's father) broke into the family home on 19/04/2025 and threatened Kirsteen with a knife. Troy has been charged and is on bail with conditions not to contact Kirsteen or the children and not to enter Pendlecote. Sallowfield sent a transfer-in request to Pendlecote County Council on 09/05/2025; Pendlecote have not yet given a date for the transfer-in conference.

Corey started at Pendlecote Hill School on 06/05/2025. Mr Pryde said he has settled in well, but he was upset in a science lesson last week and told his teacher that he "keeps seeing the knife". Corey told Nadine on 16/05/2025 that he likes living with his nan, misses his football team and wants "Troy to go to prison". Irene said Lily-Rose has started wetting the bed again and asks every night whether "Daddy Troy is coming". When Nadine visited on 16/05/2025 Lily-Rose played shops with her and kept going to the window to look out.

Kirsteen has been going to the Women's Aid drop-in and said she feels safer at her mum's. She has not yet found a nursery place for Lily-Rose in Pendlecote. DC Pettifer said Troy's trial is listed for September.

Actions agreed

Nadine Coles (SW) will visit Corey and Lily-Rose at Irene's house every two weeks until the transfer-in conference and will write up both children's views after each visit. Nadine will send the transfer pack and chronology to Pendlecote Children's Services by 06/06/2025 and ask them to confirm in writing that they have received it. The referral to the Sallowfield children's domestic abuse recovery group for Corey is on hold until the case transfers, and Pendlecote can decide whether to re-refer him at a later date. Nadine will not start the parenting assessment and will leave it for the Pendlecote social worker, who should complete it within 35 working days of transfer and send a written report to the core group. Lily-Rose's referral to speech and language therapy will be made by the Pendlecote health visitor after the transfer, date TBC. Kirsteen will go to the Pendlecote Women's Aid drop-in weekly, ongoing, and Bernadette Iveson will confirm her attendance to Nadine each month. Pendlecote Hill School will email Nadine Corey's attendance every Friday and phone her the same day if he is upset or talks about Troy. Irene will look after the children every weekday after school until Kirsteen finishes work. Lily-Rose's nursery place in Pendlecote is to be sorted out as soon as possible. Everyone involved will keep an eye on Lily-Rose and Corey. DC Pettifer will tell Nadine by email within 24 hours of any breach of Troy's bail conditions.

Contingency (unchanged from the initial conference)

If Troy comes to Tithe Barn Close or contacts Kirsteen or the children, Kirsteen or Irene will call 999 and the police will respond urgently; the children will stay that night with Irene's sister, Sheila Marlow, in Pendlecote, and Nadine (or the Emergency Duty Team) will hold a strategy discussion the same day. If Irene cannot look after the children after school, Kirsteen will collect them herself and Nadine will ask Pendlecote Early Help about an after-school club. If Kirsteen lets Troy back into the children's lives, or Troy breaks his bail conditions, Nadine's manager, Greer Halliwell, will request a legal planning meeting.

Next meetings

Next core group: 17/06/2025 by Teams, with Pendlecote invited. Review conference or transfer-in conference: to be set by Pendlecote once they accept the transfer.

Summary written by Nadine Coles, 21/05/2025. Please tell Nadine within a week if anything is wrong.
""",
    "findings": [
        F("X001", "referral to the Sallowfield children's domestic abuse recovery group"),
        F("T002", "referral to the Sallowfield children's domestic abuse recovery group"),
        F("M001", "referral to the Sallowfield children's domestic abuse recovery group"),
        F("X001", "Nadine will not start the parenting assessment"),
        F("X001", "referral to speech and language therapy will be made"),
        F("T002", "referral to speech and language therapy will be made"),
        F("M001", "referral to speech and language therapy will be made"),
        F("M001", "Irene will look after the children every weekday after school"),
        F("W001", "nursery place in Pendlecote is to be sorted out"),
        F("T002", "nursery place in Pendlecote is to be sorted out"),
        F("M001", "nursery place in Pendlecote is to be sorted out"),
        F("W002", "Everyone involved will keep an eye on Lily-Rose and Corey"),
        F("T001", "Everyone involved will keep an eye on Lily-Rose and Corey"),
        F("M002", "Everyone involved will keep an eye on Lily-Rose and Corey"),
        F("O001"),
        F("R001"),
    ],
})


# ===========================================================================
# .docx rendering
# ===========================================================================
def _add_multilevel_numbering(doc) -> int:
    """Add a real multi-level numbering definition (1. / a) / i.) and return its numId."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id = max(abs_ids + [0]) + 1
    num_id = max(num_ids + [0]) + 1

    def el(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(f"w:{k}"), str(v))
        return e

    absn = el("w:abstractNum", abstractNumId=abs_id)
    absn.append(el("w:multiLevelType", val="multilevel"))
    levels = [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")]
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = el("w:lvl", ilvl=ilvl)
        lvl.append(el("w:start", val=1))
        lvl.append(el("w:numFmt", val=fmt))
        lvl.append(el("w:lvlText", val=text))
        lvl.append(el("w:lvlJc", val="left"))
        ppr = el("w:pPr")
        ppr.append(el("w:ind", left=360 + 360 * ilvl + 360, hanging=360))
        lvl.append(ppr)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = el("w:num", numId=num_id)
    num.append(el("w:abstractNumId", val=abs_id))
    numbering.append(num)
    return num_id


def render_docx(plan: dict, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    font = plan.get("font", "Arial")
    landscape = plan.get("landscape", False)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(9.5 if landscape else 10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.3 if landscape else 1.8)
    usable = (29.7 if landscape else 21.0) - 4.0
    cp = doc.core_properties
    cp.author = "planlint sample corpus (fictional)"
    cp.title = plan["doc_title"]
    cp.created = cp.modified = dt.datetime(2025, 6, 2, 12, 0, 0)
    cp.last_modified_by = "planlint sample corpus"
    cp.revision = 1

    def shade(cell, fill):
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)

    def set_cell(cell, text, bold=False, size=None):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)

    num_id = None
    for block in plan["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "pl":  # address line with no space after it
            para = doc.add_paragraph(block[1])
            para.paragraph_format.space_after = Pt(0)
        elif kind == "pr":  # right-aligned line (letter heading)
            para = doc.add_paragraph(block[1])
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para.paragraph_format.space_after = Pt(0)
        elif kind == "boldp":
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(8)
            para.add_run(block[1]).bold = True
        elif kind == "kv":
            for key, value in block[1]:
                para = doc.add_paragraph()
                para.paragraph_format.space_after = Pt(1)
                para.add_run(f"{key}: ").bold = True
                para.add_run(value)
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "mlist":  # one real multi-level numbered list
            if num_id is None:
                num_id = _add_multilevel_numbering(doc)
            for level, text in block[1]:
                style = "List Number" if level == 0 else f"List Number {level + 1}"
                para = doc.add_paragraph(text, style=style)
                if level == 0:
                    para.paragraph_format.space_before = Pt(6)
                    para.runs[0].bold = True
                num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = level
                num_pr.get_or_add_numId().val = num_id
        elif kind == "table":
            spec = block[1]
            hrows = spec.get("header_rows", [])
            rows = spec["rows"]
            grid = hrows + rows
            ncols = len(grid[0])
            size = spec.get("font_size")
            table = doc.add_table(rows=len(grid), cols=ncols)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = spec.get("widths") or [usable / ncols] * ncols
            table.autofit = False
            for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(Cm(w).twips)))
            for ri, r in enumerate(table.rows):
                tr_pr = r._tr.get_or_add_trPr()
                tr_pr.append(OxmlElement("w:cantSplit"))
                if ri < len(hrows):
                    hdr = OxmlElement("w:tblHeader")
                    hdr.set(qn("w:val"), "true")
                    tr_pr.append(hdr)
                for i, c in enumerate(r.cells):
                    c.width = Cm(widths[i])
            for ri, row in enumerate(grid):
                assert len(row) == ncols, (plan["name"], row)
                is_hdr = ri < len(hrows)
                for ci, text in enumerate(row):
                    if text in (U, L):
                        continue
                    cell = table.cell(ri, ci)
                    set_cell(cell, text, bold=is_hdr, size=size)
                    if is_hdr:
                        shade(cell, "E2EFD9")
                    elif ci == spec.get("rag_col") and text in RAG_FILL:
                        shade(cell, RAG_FILL[text])
            # horizontal merges first (header only), then vertical merges
            for ri, row in enumerate(grid):
                ci = 0
                while ci < ncols:
                    end = ci
                    while end + 1 < ncols and row[end + 1] == L:
                        end += 1
                    if end > ci:
                        merged = table.cell(ri, ci).merge(table.cell(ri, end))
                        set_cell(merged, row[ci], bold=ri < len(hrows), size=size)
                    ci = end + 1
            for ci in range(ncols):
                ri = 0
                while ri < len(grid):
                    end = ri
                    while end + 1 < len(grid) and grid[end + 1][ci] == U:
                        end += 1
                    if end > ri and grid[ri][ci] not in (U, L):
                        merged = table.cell(ri, ci).merge(table.cell(end, ci))
                        set_cell(merged, grid[ri][ci], bold=ri < len(hrows), size=size)
                    ri = end + 1
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))


# ===========================================================================
# text extraction and the self-check
# ===========================================================================
def check_plan(plan: dict) -> list[str]:
    errors = []
    name = plan["name"]
    path = OUT / name
    if not name.startswith("b3_"):
        errors.append(f"{name}: batch 3 file names start with b3_")
    if plan["split"] != "heldout":
        errors.append(f"{name}: every batch 3 plan is held out")
    if not path.exists():
        return errors + [f"{name}: file missing"]
    exp_path = OUT / (Path(name).stem + ".expected.json")
    if not exp_path.exists() or json.loads(exp_path.read_text(encoding="utf-8")) != expected_doc(plan):
        errors.append(f"{name}: {exp_path.name} is missing or out of date")
    units = extract_units(path)
    seen = set()
    for f in plan["findings"]:
        rule = f["rule"]
        if rule not in ALL_RULES:
            errors.append(f"{name}: unknown rule {rule}")
            continue
        exc = f.get("excerpt")
        if rule in DOC_RULES:
            if exc is not None:
                errors.append(f"{name}: {rule} is doc-level but has an excerpt")
        else:
            if not exc:
                errors.append(f"{name}: {rule} needs an excerpt")
                continue
            words = len(exc.split())
            if not 5 <= words <= 12:
                errors.append(f"{name}: {rule} excerpt has {words} words: {exc!r}")
            n = sum(u.count(norm(exc)) for u in units)
            if n != 1:
                errors.append(f"{name}: {rule} excerpt occurs {n} times (want exactly 1): {exc!r}")
        key = (rule, exc)
        if key in seen:
            errors.append(f"{name}: duplicate finding {key}")
        seen.add(key)
    if path.suffix == ".pdf" and plan.get("landscape"):
        # the landscape action table is meant to break across two pages
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            pages_with_header = sum(
                1 for pg in pdf.pages
                if any(row and row[0] == "No." for t in pg.extract_tables() for row in t)
            )
        if pages_with_header < 2:
            errors.append(f"{name}: the action table should break across two pages with a repeated header")
    return errors






def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the built files against the labels")
    ap.add_argument("--only", help="build and check only plans whose name contains this string")
    args = ap.parse_args(argv)
    names = [p["name"] for p in PLANS]
    assert len(names) == len(set(names)), "duplicate plan names"
    plans = [p for p in PLANS if not args.only or args.only in p["name"]]
    if not args.check:
        build(plans, OUT, render_docx)
    errors = []
    for plan in plans:
        errors.extend(check_plan(plan))
    if not args.only:
        exts = sorted(Path(p["name"]).suffix for p in PLANS)
        want = sorted([".docx"] * 3 + [".pdf"] * 2 + [".md"] * 2 + [".txt"] * 2)
        if exts != want:
            errors.append(f"format mix is {exts}, want 3 docx, 2 pdf, 2 md, 2 txt")
        covered = {f["rule"] for p in PLANS for f in p["findings"]}
        if covered != ALL_RULES:
            errors.append(f"rules with no expected finding: {sorted(ALL_RULES - covered)}")
    for e in errors:
        print("ERROR:", e)
    total = sum(len(p["findings"]) for p in plans)
    print(f"{len(plans)} plans checked, {total} expected findings, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
