#!/usr/bin/env python3
"""Build batch 4 of the planlint labelled evaluation corpus (files named b4_*).

All plans, people, places, services and local authorities are fictional.

Usage (from the repository root):

    /work/main/.venv/bin/python sample_plans/_build/build_batch4.py          # build + check
    /work/main/.venv/bin/python sample_plans/_build/build_batch4.py --check  # check only
    /work/main/.venv/bin/python sample_plans/_build/build_batch4.py --only letter

Needs python-docx, and pdfplumber for the check. PDFs are made by writing a
.docx with python-docx and converting it with LibreOffice through
corpus.convert_to_pdf; only the PDF is kept.

Batch 4 renders its own plans (only the helpers every build shares come from
corpus.py). Its layouts are new to the corpus: an owner-and-date column
("Who and when", "Lead / by when", "Responsible (date)"), an outcome column
in the family's words merged down several rows with real Word vertical
merges or repeated down the rows, headings in ordinary words, a case-system
export with one labelled line per field, letters and narratives with hedged
or passive commitments, two-column Action | Update / Comments tables, a real
Word "1 / 1.1 / a)" numbering and a typed one, bilingual Welsh/English
headings, a GIRFEC child's plan, and PDFs with a header and a "Page N of M"
footer on every page. Two files are not plans at all (`not_a_plan`).

All seventeen files are held out. The plan texts and their expected findings
are written out below. The findings were labelled by hand from the rule
definitions in docs/rules.md and the labelling conventions in
sample_plans/README.md, without running planlint or reading its code; nothing
here computes a label. The check makes sure that every label is well formed,
that every excerpt occurs exactly once in the file's extracted text
(whitespace collapsed), that merged cells really are merged, and that each
PDF header and page footer is on every page.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent  # sample_plans/
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from corpus import ALL_RULES, DOC_RULES, build, expected_doc, extract_units, norm  # noqa: E402

V = "^"  # in a docx table cell: merged with the cell above (vertical merge)
H = "<"  # in a docx table cell: merged with the cell to its left (horizontal merge)


def F(rule, excerpt=None):
    return {"rule": rule, "excerpt": excerpt} if excerpt else {"rule": rule}


PLANS: list[dict] = []

# ===========================================================================
# 1. Ludcombe: "Who and when" column, outcome column in the family's words,
#    vertically merged over several action rows (docx)
# ===========================================================================
PLANS.append({
    "name": "b4_ludcombe_who_and_when_ashdown.docx",
    "doc_title": "Child Protection Plan - Kian Ashdown",
    "split": "heldout",
    "template": "who-and-when-merged-family-outcome",
    "description": "ICPC plan for a 7-month-old (mother's depression, father's cannabis use). Four-column table: 'What we want for Kian' (outcomes in the family's words, each a real Word vertical merge over two or three rows) | 'What needs to happen' | 'Who and when' (owner and timescale in one cell, e.g. 'Joanne Sallis (HV) – every 2 weeks from 17/03/2025') | 'How we'll know it's working'. The measure comes from the last column only; every outcome cell over a row with a measure fault is itself unobservable, so the reading does not change the labels. The talking-therapy counsellor only treats (H001) and the drug service owns a row (no F004). Faults: an 'ASAP' nursery place, 'Shannon's mood improves', 'ongoing' key work with 'Lewis is engaging', 'keeps an eye on', a 'Family' row supervising the father's time with Kian, a merged outcome that is only the mother's wish for herself and her partner, and a contingency that sends Kian to his grandmother without saying what happens if the family's supervision fails (C003).",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ludcombe Borough Council · Children and Families Service"),
        ("kv", [
            ("Child", "Kian Ashdown, born 02/08/2024 (7 months)"),
            ("Mother", "Shannon Ashdown (22)"),
            ("Father", "Lewis Pryor (24), stays at the flat most nights"),
            ("Maternal grandmother", "Carol Ashdown, lives two streets away"),
            ("Initial child protection conference", "10/03/2025 (chair: Maxine Oduya)"),
            ("Category", "Neglect"),
            ("Social worker", "Dev Mistry, Ludcombe Locality Team 2"),
        ]),
        ("h1", "Why Kian has a plan"),
        ("p", "Shannon's GP diagnosed postnatal depression in October 2024. She stopped taking her sertraline in January and told the health visitor she 'can't be bothered with anything'. On two unannounced visits in February Kian was in a nappy that had not been changed for hours, and there were unwashed bottles with old milk in them on the side. Lewis smokes cannabis every day, and the flat smelled strongly of it on both visits. Kian has dropped from the 50th to the 25th centile for weight since Christmas."),
        ("h1", "What Kian's day is like"),
        ("p", "Kian is a smiley baby who babbles back when people talk to him. On visits he has spent long stretches in his bouncer facing the television. When Carol arrived during the visit on 26/02 he lifted his arms to her straight away and settled on her lap. He grizzles and rubs his eyes by early afternoon but there is no regular nap time, and the health visitor saw him fall asleep in his high chair. He feeds hungrily and finishes his bottles quickly."),
        ("h1", "Our plan for Kian"),
        ("table", {
            "widths": [3.9, 4.9, 3.8, 4.4],
            "header": ["What we want for Kian", "What needs to happen", "Who and when", "How we'll know it's working"],
            "rows": [
                ["\u201cKian has his bottles, clean nappies and naps at the right times, every day, and keeps growing.\u201d",
                 "HV to visit at home, weigh Kian and go through his feeds and sleep with Shannon",
                 "Joanne Sallis (HV) – every 2 weeks from 17/03/2025",
                 "Weight in the red book at each visit, staying on or above the 25th centile"],
                [V,
                 "Shannon to keep a simple diary of Kian's feeds, nappies and sleep",
                 "Shannon – every day; Joanne checks it at each visit",
                 "Diary shows a feed at least every 4 hours in the day and Kian in his cot by 8pm on 5 nights out of 7"],
                [V,
                 "Find Kian a nursery place for three mornings a week",
                 "Dev Mistry (SW) – ASAP",
                 "Nursery register shows Kian attending his three mornings"],
                ["\u201cI want to feel like myself again and for Lewis to pack in the weed.\u201d (Shannon)",
                 "Shannon to see her GP about restarting her medication",
                 "Shannon – appointment by 24/03/2025",
                 "GP writes to Dev confirming the appointment and the plan for her medication"],
                [V,
                 "Weekly counselling sessions at Talking Space for Shannon's low mood",
                 "Priya Noon, Ludcombe Talking Space – weekly",
                 "Shannon's mood improves"],
                [V,
                 "Lewis to go to key work sessions about his cannabis use",
                 "Sam Ogden, Ludcombe Drug and Alcohol Service – ongoing",
                 "Lewis is engaging"],
                ["\u201cKian feels safe and loved by everyone who looks after him.\u201d",
                 "Nan to have Kian on Tuesdays and Thursdays so Shannon can rest",
                 "Carol Ashdown (MGM) – every Tuesday and Thursday",
                 "Carol keeps an eye on how Kian is"],
                [V,
                 "Lewis's time with Kian to be supervised at all times",
                 "Family – from 10/03/2025",
                 "Monitored by SW at visits"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shannon tells anyone she can't cope, or Kian is found being looked after by someone who has been smoking cannabis, Dev (or the Emergency Duty Team out of hours) will hold a strategy discussion the same day and Kian will go to stay with Carol at her house."),
        ("p", "If nothing has really changed for Kian by the review conference, Dev's manager will ask for a legal planning meeting."),
        ("h1", "When we'll meet"),
        ("p", "Core group: every 4 weeks, first on Thursday 20/03/2025 at Ludcombe Family Hub. Review child protection conference: 02/06/2025."),
    ],
    "findings": [
        F("T002", "Find Kian a nursery place for three mornings a week"),
        F("H001", "Weekly counselling sessions at Talking Space for Shannon's low mood"),
        F("M002", "Weekly counselling sessions at Talking Space for Shannon's low mood"),
        F("T002", "Lewis to go to key work sessions about his cannabis use"),
        F("M002", "Lewis to go to key work sessions about his cannabis use"),
        F("M002", "Nan to have Kian on Tuesdays and Thursdays"),
        F("W002", "Lewis's time with Kian to be supervised at all times"),
        F("M002", "Lewis's time with Kian to be supervised at all times"),
        F("F002", "I want to feel like myself again and for Lewis"),
        F("C003"),
    ],
    "check_vmerge": 3,
})

# ===========================================================================
# 2. Caerwennol: bilingual Welsh / English headings, "Lead and by when" (docx)
# ===========================================================================
PLANS.append({
    "name": "b4_caerwennol_bilingual_prosser.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Prosser",
    "split": "heldout",
    "template": "bilingual-welsh-english",
    "description": "ICPC plan for two children living with domestic abuse, with bilingual Welsh/English headings ('Cynllun Amddiffyn Plant / Child Protection Plan', 'Llais y plant / What the children say', 'Beth fydd yn digwydd / What will happen', 'Cynllun wrth gefn / Contingency plan') and table headers ('Gweithred / Action', 'Arweinydd ac erbyn pryd / Lead and by when', 'Sut byddwn ni'n gwybod / How we will know'); owner and date share one cell. No parental ill health or substance misuse is recorded. Faults: an outcome about the mother only, a safety-planning row whose cell gives a date but no lead, a health visitor review with a lead but no date, father's contact 'SW – TBC' with no measure, 'All agencies' and 'Monitored', a contingency that only says the core group will meet to discuss (C002), and no legal step anywhere (R002).",
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Caerwennol / Caerwennol County Council – Gwasanaethau Plant / Children's Services"),
        ("h1", "Manylion / Details"),
        ("kv", [
            ("Plant / Children", "Efa Prosser (9) and Osian Prosser (4)"),
            ("Mam / Mother", "Ffion Prosser"),
            ("Partner", "Rhys Vaughan – has not lived at the house since 02/02/2025"),
            ("Gweithiwr cymdeithasol / Social worker", "Gethin Rowlands"),
            ("Cynhadledd / Conference", "Initial child protection conference, 11/03/2025"),
            ("Categori / Category", "Emotional abuse"),
            ("Iaith / Language", "Efa and Osian go to a Welsh-medium school; Ffion prefers to speak English at meetings"),
        ]),
        ("h1", "Beth sy'n ein poeni / What we are worried about"),
        ("p", "The police have been called to the house three times since October 2024 after arguments between Ffion and Rhys. On 01/02/2025 Rhys pushed Ffion into the kitchen door while Osian was in the room; Efa took Osian upstairs and hid with him in the wardrobe until the police arrived. Rhys moved out the next day but has come back to the house twice since, once late at night. Ffion says she still loves him and finds it hard to say no to him."),
        ("h1", "Llais y plant / What the children say"),
        ("p", "Efa told me (in Welsh, at school) that she 'listens at the stairs' when there is shouting and that she is the one who looks after Osian. She said she misses Rhys 'when he's nice' but does not want him to live at home again. Osian drew his family and put Rhys 'outside with the car'. He told his teacher the wardrobe was 'a good hiding place'."),
        ("h1", "Canlyniadau / Outcomes"),
        ("bullets", [
            "Efa and Osian live in a home where there is no shouting, hitting or threats, and they can sleep through the night.",
            "Ffion feels confident and able to stand up to Rhys.",
            "Efa goes to school every day without worrying about what is happening at home.",
        ]),
        ("h1", "Beth fydd yn digwydd / What will happen"),
        ("table", {
            "widths": [6.2, 5.2, 5.6],
            "header": ["Gweithred / Action", "Arweinydd ac erbyn pryd / Lead and by when", "Sut byddwn ni'n gwybod / How we will know"],
            "rows": [
                ["Ffion to go to the Camau Cryf (Strong Steps) women's programme at Canolfan Tŷ Seren",
                 "Ffion, with Catrin Bowen (IDVA) – starts 07/04/2025, 12 weekly sessions",
                 "Catrin reports attendance to each core group; certificate when finished"],
                ["Rhys to be referred to the Caerwennol Respect and Change programme and to complete it",
                 "Gethin Rowlands (SW) to refer by 21/03/2025; Rhys to start within 4 weeks of the referral",
                 "Programme worker's mid-point and end reports to the SW"],
                ["Weekly check-in for Efa with a trusted adult at school",
                 "Mrs Eleri Lloyd (DSL), Ysgol Pen y Bryn – every Monday",
                 "A note of what Efa says is sent to the SW before each core group"],
                ["Safety planning work with Efa about what to do if there is a row at home",
                 "erbyn / by 30/04/2025",
                 "Efa can tell the SW her own safety plan in her own words"],
                ["Police to share any call-out to the family home with children's services",
                 "Heddlu / Police, Public Protection Unit – within 24 hours of a call-out",
                 "Notification logged on each child's file"],
                ["Osian's pre-school development review by the health visitor",
                 "Sioned Parry (HV)",
                 "Review shared with the SW and the core group"],
                ["Contact between Rhys and the children to be arranged",
                 "SW – TBC",
                 ""],
                ["All agencies to share information about any new incident or disclosure",
                 "Pob asiantaeth / All agencies – within 24 hours",
                 "Monitored"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "Os na fydd pethau'n gwella / If things do not improve, or there are any more worries, the core group will meet to discuss what to do next."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("p", "Grŵp craidd / Core group: every 6 weeks, first meeting 27/03/2025 at Canolfan Deulu Caerwennol."),
        ("p", "Cynhadledd adolygu / Review child protection conference: 19/06/2025."),
    ],
    "findings": [
        F("F002", "Ffion feels confident and able to stand up to Rhys"),
        F("W001", "Safety planning work with Efa about what to do"),
        F("T001", "Osian's pre-school development review by the health visitor"),
        F("T002", "Contact between Rhys and the children to be arranged"),
        F("M001", "Contact between Rhys and the children to be arranged"),
        F("W002", "All agencies to share information about any new incident"),
        F("M002", "All agencies to share information about any new incident"),
        F("C002"),
        F("R002"),
    ],
})

# ===========================================================================
# 3. Hartsmere: looked-after baby's care plan, two-column Action | Update (docx)
# ===========================================================================
PLANS.append({
    "name": "b4_hartsmere_lac_action_update_delaney.docx",
    "doc_title": "Care Plan and Child Protection Plan - Ruby-Mae Delaney",
    "split": "heldout",
    "template": "lac-care-plan-action-update",
    "description": "Care plan (and child protection plan) for a 5-week-old accommodated under section 20 who is still on the neonatal unit being treated for withdrawal. Actions are in a two-column 'Action | Update' table: the owner, the timescale and any measure sit inside the Update cell with the progress note. Mother's contact has been stopped after an incident and the social worker visits only 'when his diary allows', so no one is set to visit at a stated frequency (L001); the nurses are not visitors. The recovery service owns the mother's methadone row (no F004); 'before discharge' is a real timescale. Faults: contact 'TBC' with no measure, SW visits with a vague timescale and no measure, a connected carer assessment with no stated output, a discharge meeting 'TBC', a passive 'to be passed to the health visiting team' with no owner or measure, and 'Review child protection conference: to be arranged' (R001; the looked after review date does not count). Contingency and legal step are specific.",
    "blocks": [
        ("title", "Care Plan and Child Protection Plan"),
        ("p", "Hartsmere City Council – Children in Care Service"),
        ("kv", [
            ("Child", "Ruby-Mae Delaney, born 06/02/2025 (5 weeks)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 14/02/2025"),
            ("Where Ruby-Mae is now", "Neonatal unit (Ward 7), Hartsmere General Hospital, being treated for withdrawal"),
            ("Mother", "Jade Delaney (29)"),
            ("Father", "Not named on the birth certificate"),
            ("Child protection plan", "Since 20/02/2025, category neglect"),
            ("Social worker", "Kofi Mensah"),
            ("Independent reviewing officer", "Angela Ferris"),
            ("Date of this plan", "10/03/2025"),
        ]),
        ("h1", "Why Ruby-Mae is looked after"),
        ("p", "Jade used heroin for most of her pregnancy and has been on a methadone script with Hartsmere Recovery Partnership since December. Ruby-Mae was born at 36 weeks and has needed morphine for neonatal abstinence syndrome. On 13/02/2025 Jade came onto the ward under the influence and was found asleep with Ruby-Mae on her chest. Jade agreed the next day that Ruby-Mae should be accommodated and that she would be placed with foster carers when she is ready for discharge."),
        ("h1", "Ruby-Mae's day on the ward"),
        ("p", "The nurses say Ruby-Mae is unsettled after most feeds and has a high-pitched cry when her withdrawal scores go up. She settles best when she is swaddled and held skin to skin, and she likes the white-noise machine the nurses use at night. Her morphine is being reduced every 3 days. She is taking 60ml a feed and has started to put weight back on."),
        ("h1", "What we want for Ruby-Mae"),
        ("bullets", [
            "Ruby-Mae is weaned off morphine safely and keeps putting on weight.",
            "Ruby-Mae leaves hospital to a safe home with carers who know her routine.",
            "Ruby-Mae keeps a relationship with her mum if it is safe for her.",
        ]),
        ("h1", "Permanence plan"),
        ("p", "Plan A: Ruby-Mae returns to Jade's care if the parenting assessment is positive and Jade stays off heroin. Plan B (parallel plan): Ruby-Mae lives with her maternal aunt, Kerry-Ann Delaney, if her assessment is positive."),
        ("h1", "Actions and updates"),
        ("table", {
            "widths": [6.5, 10.5],
            "header": ["Action", "Update"],
            "rows": [
                ["Find a foster placement ready for Ruby-Mae's discharge",
                 "Kofi Mensah (SW) with the placements team – before discharge. Update 07/03: two carers approached. We'll know it is done when the carers are named on the discharge plan."],
                ["Contact between Jade and Ruby-Mae on the neonatal unit",
                 "Stopped after the incident on 08/03. SW to talk to the ward manager about restarting – TBC."],
                ["SW to visit Ruby-Mae on the neonatal unit",
                 "Kofi – when his diary allows. Last seen 20/02/2025 at her looked after medical."],
                ["First looked after review",
                 "Angela Ferris (IRO) – 13/03/2025, within 20 working days of Ruby-Mae becoming looked after. Review record sent to Jade and the SW within 15 working days."],
                ["Jade to keep to her methadone script and weekly key work",
                 "Liam Boyce, Hartsmere Recovery Partnership – weekly. Update: Jade attended 3 of 4 sessions in February. Weekly urine screen results are sent to the SW."],
                ["Connected carer assessment of Kerry-Ann Delaney (maternal aunt)",
                 "Fostering team – by 18/04/2025."],
                ["Discharge planning meeting with the ward",
                 "Ward / SW – TBC."],
                ["Discharge address to be passed to the health visiting team",
                 "Before discharge."],
                ["Parenting assessment of Jade",
                 "Kofi Mensah (SW) – by 30/04/2025. Written assessment to the legal gateway panel and the IRO."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jade tries to take Ruby-Mae from the ward, or comes onto the ward under the influence, ward staff will call the police and the Emergency Duty Team straight away and the SW will ask for police protection or apply for an emergency protection order."),
        ("p", "If Jade withdraws her section 20 consent, or her screens show heroin again, the SW will take the case back to the legal gateway panel within 5 working days to ask for care proceedings to be issued."),
        ("h1", "Meetings"),
        ("p", "Core group: every 4 weeks, next on 19/03/2025 on the ward. Review child protection conference: to be arranged. First looked after review: 13/03/2025."),
    ],
    "findings": [
        F("T002", "Contact between Jade and Ruby-Mae on the neonatal unit"),
        F("M001", "Contact between Jade and Ruby-Mae on the neonatal unit"),
        F("T002", "SW to visit Ruby-Mae on the neonatal unit"),
        F("M001", "SW to visit Ruby-Mae on the neonatal unit"),
        F("M001", "Connected carer assessment of Kerry-Ann Delaney (maternal aunt)"),
        F("T002", "Discharge planning meeting with the ward"),
        F("M001", "Discharge planning meeting with the ward"),
        F("W001", "Discharge address to be passed to the health visiting team"),
        F("M001", "Discharge address to be passed to the health visiting team"),
        F("L001"),
        F("R001"),
    ],
})

# ===========================================================================
# 4. Fenbury: core group minutes with an action log, family moving away (docx)
# ===========================================================================
PLANS.append({
    "name": "b4_fenbury_core_group_action_log_okafor.docx",
    "doc_title": "Core Group Minutes - Okafor children",
    "split": "heldout",
    "template": "core-group-minutes-action-log",
    "description": "Core group minutes for two children on neglect plans whose family is about to move to another authority. Numbered minute headings; only the rows of the '5. Action log' table (No. | Action | Responsible (date) | Evidence of progress) are actions; what people say in '3. Updates' is not. The FSW and SW keep going 'until the transfer-in conference' and sending records to the new area is not a deferral. Faults: a young carers referral 'on hold until the transfer, then TBC' with no measure (X001), the parenting assessment left to the receiving authority (X001 only: real timescale and output), 'keep an eye on' with 'Reviewed at core group', dental checks 'ASAP', 'Family network – when needed' with no measure, the review conference 'date TBC' (R001), and no legal step (R002). No parental ill health or substance misuse is recorded.",
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Fenbury Council · Children's Social Care"),
        ("kv", [
            ("Children", "Chidinma Okafor (11) and Tobenna Okafor (6)"),
            ("Date and place", "27/03/2025, Fenbury Family Hub"),
            ("Chair", "Ben Whitcombe (SW)"),
            ("Present", "Grace Okafor (mother), Emeka Okafor (father), Marcia Dunne (FSW), Mrs Akers (DSL, Fenbury Primary), Mr Dean (DSL, Westgate Academy), Jo Farrell (school nurse)"),
            ("Apologies", "None"),
            ("Minutes taken by", "Ola Hart, business support"),
        ]),
        ("h1", "1. Why we are here"),
        ("p", "Chidinma and Tobenna have been on child protection plans under the category of neglect since the initial conference on 06/03/2025. The outcomes the conference agreed for them are:"),
        ("bullets", [
            "Chidinma and Tobenna are clean, fed and in school on time every day.",
            "They live in a safe, warm home with food in the cupboards.",
            "They are never left on their own in the evenings, and Chidinma is not the one getting Tobenna ready for school.",
        ]),
        ("h1", "2. The family's move"),
        ("p", "Grace and Emeka have been offered a three-bedroom tenancy in Grantmoor and plan to move on 25/04/2025. Ben explained that Fenbury stays responsible for the plan until Grantmoor City Council holds a transfer-in conference, and that he has already sent a transfer request. Grace said she is looking forward to having a bedroom for each child."),
        ("h1", "3. Updates"),
        ("p", "Marcia has done three sessions with Grace on morning routines. The kitchen was clean at the last visit and there was food in the fridge; the children's bedroom still has no curtains."),
        ("p", "Mrs Akers said Tobenna's attendance is 88% this term and he has come to school hungry twice. She will keep his breakfast club place open."),
        ("p", "Mr Dean said Chidinma is doing well in class but has been late eleven times, usually because she has taken Tobenna to school first."),
        ("p", "Jo Farrell said both children are overdue for a dental check and Tobenna's height and weight were normal at his school entry review."),
        ("h1", "4. What the children said"),
        ("p", "Chidinma told Ben she is 'fine' about moving but will miss her best friend Aaliyah. She said she still has to get Tobenna ready in the mornings because 'Mum sleeps in'. Tobenna said he likes the new breakfast club 'because there's pancakes on Friday' and that he gets scared when he is at home with only Chidinma."),
        ("h1", "5. Action log"),
        ("table", {
            "widths": [1.0, 5.8, 5.0, 5.2],
            "header": ["No.", "Action", "Responsible (date)", "Evidence of progress"],
            "rows": [
                ["1", "Family support sessions on morning routines, meals and budgeting",
                 "Marcia Dunne (FSW) – weekly until the transfer-in conference",
                 "Home conditions checklist at each session; a score of 7/10 or above by the next core group"],
                ["2", "Referral to Fenbury Young Carers for Chidinma",
                 "Ben Whitcombe (SW) – on hold until the transfer, then TBC",
                 "—"],
                ["3", "Parenting assessment of Grace and Emeka – to be done by Grantmoor instead",
                 "Grantmoor social worker – within 35 working days of the transfer",
                 "Written parenting assessment report"],
                ["4", "School to keep an eye on how the children present each day",
                 "Mrs Akers (Fenbury Primary) and Mr Dean (Westgate Academy) – daily",
                 "Reviewed at core group"],
                ["5", "Dental check-ups for both children",
                 "Grace and Emeka – ASAP",
                 "Dentist's appointment card seen by the SW"],
                ["6", "See Chidinma and Tobenna on their own at every visit",
                 "Ben Whitcombe (SW) – every 10 working days until the transfer-in conference",
                 "Visit records note what each child says"],
                ["7", "Help with the move and with furniture for the new flat",
                 "Family network – when needed",
                 ""],
                ["8", "Send the school nursing records to the Grantmoor school nursing team",
                 "Jo Farrell (school nurse) – by 11/04/2025",
                 "Grantmoor confirms in writing that the records arrived"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If the children are left at home on their own, or the house goes back to how it was in January (no food in the house and no working heating), Ben or the Emergency Duty Team will hold a strategy discussion the same day and the children will stay with their uncle, Chuka Okafor, who has agreed to this."),
        ("h1", "7. Next meetings"),
        ("p", "Core group every 4 weeks – next on 24/04/2025 at Fenbury Family Hub, the day before the move. Review child protection conference: to be set by Grantmoor after the transfer, date TBC."),
    ],
    "findings": [
        F("X001", "Referral to Fenbury Young Carers for Chidinma"),
        F("T002", "Referral to Fenbury Young Carers for Chidinma"),
        F("M001", "Referral to Fenbury Young Carers for Chidinma"),
        F("X001", "Parenting assessment of Grace and Emeka"),
        F("M002", "School to keep an eye on how the children present"),
        F("T002", "Dental check-ups for both children"),
        F("W002", "Help with the move and with furniture for the new flat"),
        F("T002", "Help with the move and with furniture for the new flat"),
        F("M001", "Help with the move and with furniture for the new flat"),
        F("R001"),
        F("R002"),
    ],
})

# ===========================================================================
# 5. Wexbury: real Word "1 / 1.1 / a)" numbering under theme headings (docx),
#    exemplary
# ===========================================================================
PLANS.append({
    "name": "b4_wexbury_multilevel_marsh.docx",
    "doc_title": "Review Child Protection Plan - Alfie Marsh",
    "split": "heldout",
    "template": "multilevel-numbered-themes",
    "description": "Exemplary review child protection plan for a 2-year-old whose mother has bipolar disorder. The action section is one real Word multi-level list numbered '1', '1.1', 'a)': level 1 is a theme heading, level 2 a sub-theme, and each level-3 'a)' item is one action with its owner, timescale and measure in the same item. Headings in ordinary words ('What Alfie's days are like', 'If Danielle becomes unwell', 'If things do not change'). The consultant psychiatrist reports on capacity to change and likely timescale, and the care coordinator reports to each core group on whether the changes are being made (no H001); the grandmother's overnight stays have a same-day fallback; legal planning meeting if no progress by the review; core group dates and review conference date. No findings.",
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Wexbury Council · Children's Services · Family Safeguarding Team"),
        ("kv", [
            ("Child", "Alfie Marsh, born 11/02/2023 (2 years)"),
            ("Mother", "Danielle Marsh (31)"),
            ("Father", "Craig Marsh (34), works nights at a distribution centre"),
            ("Paternal grandmother", "Pauline Marsh, 14 Elm Row, Wexbury"),
            ("Review conference", "07/04/2025; plan continues under the category of neglect"),
            ("Social worker", "Hannah Cole"),
        ]),
        ("h1", "About this plan"),
        ("p", "Danielle has bipolar disorder and is under the Wexbury Community Mental Health Team. In December she stopped her lithium and became high; Alfie was found by a neighbour at 2am in the communal stairwell in his pyjamas while Craig was at work. Since January Danielle has taken her medication and has been well. This plan makes sure Alfie is looked after every night by an adult who is well and awake, and that everyone would notice early if Danielle became unwell again."),
        ("h1", "What Alfie's days are like"),
        ("p", "Alfie is a busy, chatty little boy who loves diggers and the swings at Mill Park. At home he brings his books to Danielle to read and shouts 'Nanna!' when Pauline comes in. He has about 20 words. When Hannah visited on 21/03 he was calm and followed Danielle around the kitchen; on the evening visit on 02/04 Pauline had put him to bed at 7pm and he was asleep in his cot. Nursery staff say he clings to Craig at drop-off on Mondays after the weekend."),
        ("h1", "What we want for Alfie"),
        ("bullets", [
            "Alfie is looked after every night by an adult who is well and awake to him.",
            "Alfie's speech, play and growth keep developing, and any delay is picked up early.",
            "Alfie is safe from his mum's medication and from getting out of the flat on his own.",
            "Alfie has a settled routine at home and at nursery.",
        ]),
        ("h1", "What will happen"),
        ("mlist", [
            (0, "Alfie's health and development"),
            (1, "Health"),
            (2, "The health visitor (Naomi Price) will see Alfie at home every 2 weeks from 14/04/2025, record his weight, sleep and new words in his red book, and send the SW a written summary before each core group."),
            (2, "Danielle will take Alfie to his 2-year review at Wexbury Health Centre on 29/04/2025; the health visitor will send the results to the SW by 06/05/2025."),
            (1, "Nursery"),
            (2, "Little Acorns Nursery (Mrs Quinn, DSL) will give Alfie a funded place on Mondays, Wednesdays and Fridays from 22/04/2025 and send the SW a weekly note of his attendance and how he was."),
            (0, "Danielle's health and Alfie's care"),
            (1, "Mental health"),
            (2, "Dr Hale, consultant psychiatrist (Wexbury CMHT), will review Danielle's lithium and mental state every month and, by 30/05/2025, write to the core group on whether she can make the changes Alfie needs and how long that is likely to take."),
            (2, "Danielle's CMHT care coordinator, Tom Reyes, will see her every 2 weeks, agree a written relapse plan with her by 25/04/2025, and report to each core group on whether she is making the changes Alfie needs."),
            (1, "Night-time care"),
            (2, "Pauline Marsh will stay at the flat on the nights Craig works (Monday to Thursday) from 14/04/2025 and write in the home diary that Alfie was settled; the SW will read the diary at each visit."),
            (2, "Craig will move to day shifts by 31/05/2025 and send the SW a copy of his new rota; Pauline's overnight stays continue until then."),
            (0, "Keeping Alfie safe at home"),
            (1, "Medication and the front door"),
            (2, "From 11/04/2025 Danielle will keep all her medication in the locked box provided, and the SW will check the box at each visit and record what she sees."),
            (2, "Craig will fit a high bolt to the front door by 18/04/2025; the SW will check it is fitted and used at her next visit."),
            (1, "Social work"),
            (2, "The SW (Hannah Cole) will visit at least every 10 working days, with at least one unannounced evening visit each month, and will record on each visit note that Alfie was seen and what he said and did."),
            (2, "The SW will refer Danielle and Craig to the Wexbury Parenting Together course by 25/04/2025; the course leader will send their attendance and an end-of-course report to the core group."),
        ]),
        ("h1", "If Danielle becomes unwell"),
        ("p", "If Danielle shows any of the early warning signs in her relapse plan (not sleeping for two nights in a row, missing her lithium, or spending money she does not have), Craig or Pauline will call the CMHT crisis line and the SW the same day. Alfie will go to Pauline's home at 14 Elm Row and stay there until the CMHT says Danielle is well. If Pauline cannot look after him, the SW will place Alfie with emergency foster carers that day, with Danielle and Craig's agreement, or ask the police to use their powers of protection if they do not agree."),
        ("h1", "If things do not change"),
        ("p", "If by the review conference Alfie is still missing nursery or not being seen by the health visitor, or Danielle has a relapse while she is caring for him, the team manager will request a legal planning meeting within 5 working days."),
        ("h1", "Checking the plan is working"),
        ("p", "The core group will meet every 4 weeks: 24/04/2025, 22/05/2025 and 19/06/2025. The review child protection conference will be on 10/07/2025."),
    ],
    "findings": [],
})

# ===========================================================================
# 6. Strathmirren: GIRFEC child's plan with SHANARRI indicator rows (docx)
# ===========================================================================
PLANS.append({
    "name": "b4_strathmirren_girfec_mcallister.docx",
    "doc_title": "Child's Plan (Child Protection) - Callum and Ellie McAllister",
    "split": "heldout",
    "template": "girfec-shanarri-indicator-rows",
    "description": "Scottish-style child's plan (child protection) for an 8-year-old and a 2-year-old: named persons, a lead professional, a My World Triangle summary, and an action table (Action | Responsible (date) | How we'll measure it) grouped under full-width shaded wellbeing-indicator rows (SAFE, HEALTHY ... INCLUDED), which are headings, not actions. Mother's drinking and low mood are recorded but only she owns the rows about them, and the only GP mention is history (F004). Faults: 'Kirsty – ongoing' with 'Engagement', 'when she is ready' with 'Kirsty feels better', a 'Responsible' row with no measure, 'as required' with 'Improvement', a benefits check 'TBC' with no measure, an outcome that is only about the mother, and no legal step anywhere (R002; the plan never mentions legal advice or the Reporter). The contingency and the review arrangements are specific.",
    "blocks": [
        ("title", "Child's Plan (Child Protection)"),
        ("p", "Strathmirren Council – Getting it right for every child"),
        ("kv", [
            ("Children", "Callum McAllister (8) and Ellie McAllister (2)"),
            ("Mother", "Kirsty McAllister"),
            ("Mother's partner (Ellie's father)", "Darren Lyall"),
            ("Named person for Callum", "Mr Fraser, head teacher, Kilbraddan Primary School"),
            ("Named person for Ellie", "Gillian Reid, health visitor"),
            ("Lead professional", "Moira Kerr, social worker, Strathmirren Children and Families"),
            ("Child protection case conference", "17/04/2025 – both children's names placed on the child protection register (neglect)"),
        ]),
        ("h1", "My World Triangle – summary"),
        ("p", "How I grow and develop: Callum is bright and loves football, but has missed 19 days of school since August and is often tired. Ellie is behind with her immunisations and her speech is a little delayed."),
        ("p", "What I need from the people who look after me: Kirsty drinks most evenings and has been found by the police twice this year unable to look after the children. Kirsty told her GP in February that she has felt low since her mother died last summer. Darren works until 6pm and is not always home in the evenings."),
        ("p", "My wider world: the family are in rent arrears and have used the food bank three times since Christmas. Darren's mother, Agnes Lyall, lives in Kilbraddan and sees the children most weekends."),
        ("h1", "What Callum says"),
        ("p", "Callum told Moira, \u201cWhen Mum's had her wine I make Ellie's tea and put her to bed.\u201d He said he likes it best when Darren is home because \u201che does the dinner and we watch the football\u201d. He wants Mum \u201cto stop the wine\u201d and to go back to playing for the under-9s every Saturday. Ellie is too young to tell us; at visits she goes to Callum for comfort more than to Kirsty."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Callum and Ellie are looked after by a sober adult every day and night.",
            "Callum is in school every day and is not left in charge of Ellie.",
            "Ellie's health and speech are checked and she catches up with her immunisations.",
            "Kirsty will stop drinking and get her life back on track.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "widths": [6.6, 5.0, 5.4],
            "header": ["Action", "Responsible (date)", "How we'll measure it"],
            "band_fill": "DCE6F1",
            "rows": [
                ["SAFE", H, H],
                ["Kirsty not to drink when she is caring for Callum and Ellie",
                 "Kirsty McAllister – from 17/04/2025",
                 "Breath test at every home visit by the lead professional reads zero"],
                ["Darren to be the sober adult at home every evening after 6pm",
                 "Darren Lyall – every evening",
                 "Breath tests for both adults at unannounced evening visits read zero"],
                ["HEALTHY", H, H],
                ["Bring Ellie's immunisations up to date",
                 "Gillian Reid (HV, Ellie's named person) – by 30/05/2025",
                 "Immunisation record shows all due vaccines given"],
                ["Kirsty to attend the Strathmirren Alcohol Service for support",
                 "Kirsty – ongoing",
                 "Engagement"],
                ["ACHIEVING", H, H],
                ["Improve Callum's school attendance",
                 "Mr Fraser (head teacher, Callum's named person) – register checked daily",
                 "Attendance at 95% or above by 27/06/2025"],
                ["NURTURED", H, H],
                ["Weekly time with a trusted adult at school for Callum",
                 "Mrs Begg (pupil support assistant) – every Wednesday",
                 "Callum's views written on his My World sheet each week and sent to the lead professional"],
                ["Kirsty to get help with her low mood",
                 "Kirsty – when she is ready",
                 "Kirsty feels better"],
                ["ACTIVE", H, H],
                ["Callum to keep going to football on Saturday mornings",
                 "Darren – every Saturday",
                 "Club register shows Callum there"],
                ["RESPECTED", H, H],
                ["Gather Callum's views before every core group",
                 "Moira Kerr (lead professional) – before each core group",
                 "Callum's own words recorded in the core group minutes"],
                ["RESPONSIBLE", H, H],
                ["Callum not to be left in charge of Ellie",
                 "Kirsty and Darren – from 17/04/2025",
                 ""],
                ["INCLUDED", H, H],
                ["Help for the family with money and food",
                 "Family support worker (Anne Rennie) – as required",
                 "Improvement in home conditions"],
                ["Benefits check for Kirsty and Darren",
                 "Moira Kerr to refer to welfare rights – TBC",
                 "—"],
            ],
        }),
        ("h1", "If the plan breaks down"),
        ("p", "If Kirsty is found drunk while she is the only adult with the children, or Callum says he has been left to look after Ellie, the lead professional (or the out-of-hours social work service) will hold an inter-agency referral discussion the same day, and the children will stay with Agnes Lyall, who has agreed to this. If Agnes cannot take them, they will go to emergency foster carers that night."),
        ("h1", "Core group and review"),
        ("p", "Core group: every 4 weeks, first on 01/05/2025 at Kilbraddan Primary School. Review child protection case conference: 26/06/2025."),
    ],
    "findings": [
        F("T002", "Kirsty to attend the Strathmirren Alcohol Service for support"),
        F("M002", "Kirsty to attend the Strathmirren Alcohol Service for support"),
        F("T002", "Kirsty to get help with her low mood"),
        F("M002", "Kirsty to get help with her low mood"),
        F("M001", "Callum not to be left in charge of Ellie"),
        F("T002", "Help for the family with money and food"),
        F("M002", "Help for the family with money and food"),
        F("T002", "Benefits check for Kirsty and Darren"),
        F("M001", "Benefits check for Kirsty and Darren"),
        F("F002", "Kirsty will stop drinking and get her life back"),
        F("F004"),
        F("R002"),
    ],
})

# ===========================================================================
# 7. Kelsholt: narrative review plan with hedged and passive commitments,
#    family moving to another authority (docx)
# ===========================================================================
PLANS.append({
    "name": "b4_kelsholt_narrative_transfer_odell.docx",
    "doc_title": "Review Child Protection Plan - Kayden and Lily-Mae O'Dell",
    "split": "heldout",
    "template": "narrative-hedged-transfer",
    "description": "Narrative review plan in prose paragraphs; only the sentences under 'What will happen' are actions, one per sentence (several sentences share a paragraph). Written in a hedged, passive voice ('It is hoped that ...', 'will hopefully be offered', 'is to be rebooked') while the family moves to another authority. The SW and the HV carry on until the transfer-in conference or hand over in person, and the nursery reports the same day (all clean). Faults: 'hoped that Stacey will think about' a programme (no timescale, no measure); a family support referral not made and left to the receiving authority 'at some point after' the transfer (X001); a perpetrator programme 'left for Marlhampton to arrange at a later date' (X001); the parenting assessment 'paused until the transfer' but with a real timescale and a report (X001 only); grandmother's help 'when she can'; a dietitian appointment 'to be rebooked' with no owner, timescale or measure; and the review conference left for the receiving authority to arrange (R001).",
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Kelsholt District Council – Children's Services"),
        ("kv", [
            ("Children", "Kayden O'Dell (4) and Lily-Mae O'Dell (9 months)"),
            ("Mother", "Stacey O'Dell"),
            ("Father", "Jordan Price – lives separately; sees the children at Kelsholt Family Centre on Saturdays, with centre staff present"),
            ("Review conference", "06/03/2025 – plans continue, category neglect"),
            ("Social worker", "Aisha Begum"),
        ]),
        ("h1", "Background"),
        ("p", "Kayden and Lily-Mae have been on child protection plans since October 2024 because of neglect and domestic abuse between Stacey and Jordan. Home conditions have got a little better since Christmas, but Lily-Mae has missed two appointments with the paediatric dietitian and is still small for her age. Stacey has been given a tenancy in Marlhampton and the family will move on 28/04/2025. A transfer-in conference will be requested from Marlhampton Borough Council."),
        ("h1", "How Kayden and Lily-Mae are"),
        ("p", "Kayden told me that he gets scared when Daddy shouts and that he hides under the kitchen table. He said the best thing is going to the park with Nanny Tina and that he wants his own bed in the new house. Lily-Mae is crawling and babbling. At my last two visits she had a sore nappy rash and her sleepsuits were too small for her; she reached for Stacey and settled quickly when Stacey picked her up."),
        ("h1", "What needs to be different for the children"),
        ("bullets", [
            "Kayden and Lily-Mae live in a clean, warm home where they are fed on time.",
            "Lily-Mae grows well and gets to all her health appointments.",
            "Kayden and Lily-Mae never see or hear adults hurting each other.",
        ]),
        ("h1", "What will happen"),
        ("p", "Aisha Begum, the social worker, will continue to visit every two weeks until the transfer-in conference in Marlhampton, and at each visit will see both children and write down how Lily-Mae's nappy area and clothing look. It is hoped that Stacey will think about going on a women's recovery course."),
        ("p", "A referral to the Kelsholt Family Support Team will not be made now, as the family are moving; Marlhampton can decide whether to make one at some point after the case has transferred. Kerry Lamb, the health visitor, will weigh Lily-Mae every two weeks at baby clinic, plot her weight in the red book, and hand over in person to the Marlhampton health visitor before the family moves."),
        ("p", "Jordan will hopefully be offered a place on a domestic abuse perpetrator programme, but this has been left for Marlhampton to arrange at a later date. Kayden's nursery, Tiny Steps, will tell Aisha the same day if he is not brought in and will keep a daily attendance record. Stacey's mum will help out with the children when she can."),
        ("p", "Lily-Mae's appointment with the paediatric dietitian is to be rebooked. The parenting assessment has been paused until the transfer; Marlhampton will be asked to complete it within 35 working days of the transfer-in conference and to send a written report to the core group."),
        ("h1", "What happens if things go wrong"),
        ("p", "If there is another incident of domestic abuse, or the children are found without food or heating, the children will go to stay with Stacey's mum, Tina O'Dell, who has agreed to this, and Aisha (or the Emergency Duty Team) will hold a strategy discussion the same day. If things have not improved for the children by the time the case transfers, Kelsholt will hold a legal planning meeting before the transfer-in conference."),
        ("h1", "Meetings"),
        ("p", "The core group will meet in Kelsholt on 20/03/2025 and 17/04/2025. The review conference will be arranged by Marlhampton after the transfer."),
    ],
    "findings": [
        F("T001", "hoped that Stacey will think about going on a women's recovery course"),
        F("M001", "hoped that Stacey will think about going on a women's recovery course"),
        F("X001", "A referral to the Kelsholt Family Support Team will not"),
        F("T002", "A referral to the Kelsholt Family Support Team will not"),
        F("M001", "A referral to the Kelsholt Family Support Team will not"),
        F("X001", "Jordan will hopefully be offered a place on a domestic"),
        F("T002", "Jordan will hopefully be offered a place on a domestic"),
        F("M001", "Jordan will hopefully be offered a place on a domestic"),
        F("T002", "Stacey's mum will help out with the children when she can"),
        F("M001", "Stacey's mum will help out with the children when she can"),
        F("W001", "appointment with the paediatric dietitian is to be rebooked"),
        F("T001", "appointment with the paediatric dietitian is to be rebooked"),
        F("M001", "appointment with the paediatric dietitian is to be rebooked"),
        F("X001", "The parenting assessment has been paused until the transfer"),
        F("R001"),
    ],
})

# ===========================================================================
# 8. Thornhithe: Signs of Safety plan with danger statements and safety
#    goals, two-column Action | Comments, header and page footer (pdf)
# ===========================================================================
PLANS.append({
    "name": "b4_thornhithe_sos_danger_goals_bellamy.pdf",
    "doc_title": "Signs of Safety Child Protection Plan - Mason and Lacey Bellamy",
    "split": "heldout",
    "template": "signs-of-safety-danger-goals-action-comments",
    "header": "OFFICIAL-SENSITIVE    |    Thornhithe Council Children's Services    |    Case ref: TH-CP-25-0412",
    "footer": "Mason and Lacey Bellamy – ICPC 18/03/2025 – Page {PAGE} of {NUMPAGES}",
    "description": "Signs of Safety ICPC plan (domestic abuse linked to the father's drinking; the mother's depression) with danger statements, safety goals (the outcomes), scaling, a three-houses account from the 5-year-old, a safety network, and 'Next steps' as a two-column 'Action | Comments' table whose Comments cell holds the owner, the timescale and any measure. Made from a .docx with 'OFFICIAL-SENSITIVE' and the case reference in the header and 'Page N of M' in the footer of every page. The alcohol service owns the father's row and reports (no F004). Faults: an aunt's school runs 'as and when needed' with no measure, a perinatal mental health row that only keeps seeing the mother with no measure (H001), a words-and-pictures story 'ASAP', and 'Nursery to keep an eye on Lacey'. The grandmother and aunt supervise all of the father's time with the children and do the school runs, but the contingency never says what happens if they can't (C003). The contingency itself is specific and names a legal planning meeting.",
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("kv", [
            ("Children", "Mason Bellamy (5) and Lacey Bellamy (14 months)"),
            ("Parents", "Gemma Bellamy and Kyle Bellamy"),
            ("Initial child protection conference", "18/03/2025 – category: emotional abuse"),
            ("Social worker", "Rachel Ojo"),
        ]),
        ("h1", "Danger statements"),
        ("p", "Children's services, the health visitor and the police are worried that Kyle will get drunk and hit or strangle Gemma again while the children are in the house, as happened on 23/02/2025 when Mason was in the room and Lacey was in Gemma's arms. If this happens again Lacey could be dropped or hit, and Mason could be hurt trying to protect his mum. Mason may also grow up frightened, thinking that violence is a normal part of family life."),
        ("p", "We are also worried that Gemma's depression, which has been worse since Lacey was born, means there are days when she cannot get out of bed, and that on those days Mason misses school and Lacey is left in her cot for long periods."),
        ("h1", "Safety goals"),
        ("p", "Mason and Lacey will live in a home where nobody is hit, strangled or threatened, and everyone in their safety network will know what to do if Kyle has been drinking."),
        ("p", "Mason and Lacey will be looked after every day by a parent who is sober and well enough to notice what they need, get Mason to school and get Lacey up, fed and played with."),
        ("h1", "Scaling"),
        ("p", "On a scale where 10 means everyone is confident the children are safe enough for the plan to end and 0 means they are certain to be hurt: Rachel 3, Gemma 6, Kyle 7, health visitor 4, school 4."),
        ("h1", "What Mason says (three houses)"),
        ("p", "House of worries: 'Daddy shouting and Mummy crying. When the police came.' House of good things: 'Nanny's house, my bike, Lacey laughing.' House of dreams: 'Daddy not drinking the beer and we go to the seaside.' Mason drew himself standing in front of Lacey's cot."),
        ("h1", "Safety network"),
        ("p", "Brenda Hollis (Gemma's mum, 'Nanny'), Stacey Bellamy (Kyle's sister, 'Auntie Stacey') and Dean Bellamy (Kyle's brother). All three came to the conference and know about the danger statements."),
        ("h1", "Next steps"),
        ("table", {
            "widths": [7.0, 10.0],
            "header": ["Action", "Comments"],
            "rows": [
                ["Kyle to move out and stay at his brother Dean's flat while the assessment is done",
                 "Kyle – from 18/03/2025. Police to check the address within 7 days; Rachel to see Kyle's room at Dean's flat by 28/03/2025."],
                ["Safety network meeting to write the family safety plan with Nanny, Auntie Stacey and Dean",
                 "Rachel Ojo (SW) – by 04/04/2025. Written safety plan signed by everyone, and a copy for Mason in words and pictures."],
                ["Nanny and Auntie Stacey to supervise all of Kyle's time with the children",
                 "Brenda Hollis and Stacey Bellamy – every contact. Contact sheet filled in after each visit and sent to Rachel every week."],
                ["Auntie Stacey to take Mason to school on the days Gemma is struggling",
                 "Stacey – as and when needed."],
                ["Perinatal mental health team to keep seeing Gemma for her depression",
                 "Dr Anand, Thornhithe Perinatal Mental Health Team – fortnightly appointments."],
                ["Kyle to complete the alcohol programme at Tidewater Recovery",
                 "Jon Mays (key worker, Tidewater Recovery) – 12 weeks from 31/03/2025. Weekly breath tests; written report to Rachel at weeks 6 and 12."],
                ["Words and pictures story for Mason about why Dad is living at Uncle Dean's",
                 "Rachel Ojo (SW) – ASAP. We'll know it has worked when Mason can tell Rachel in his own words why Dad is staying at Uncle Dean's."],
                ["Nursery to keep an eye on Lacey",
                 "Sunflower Nursery – every session she attends."],
                ["Health visitor to check Lacey's weight, development and sleep at home",
                 "Lucy Penn (HV) – every 4 weeks. Weight and development recorded in the red book; summary sent to Rachel before each core group."],
            ],
        }),
        ("h1", "If the safety plan breaks down"),
        ("p", "If Kyle comes to the house when he has been drinking, or there is any violence, Gemma will call 999 and Rachel (or the Emergency Duty Team) will hold a strategy discussion the same day. The police will be asked to remove Kyle and to consider bail conditions keeping him away from the house. If this happens, or Kyle moves back in without the safety network agreeing, Rachel will ask for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("p", "Core group: every 4 weeks from 03/04/2025, at Thornhithe Children's Centre. Review child protection conference: 19/06/2025."),
    ],
    "findings": [
        F("T002", "Auntie Stacey to take Mason to school on the days"),
        F("M001", "Auntie Stacey to take Mason to school on the days"),
        F("H001", "Perinatal mental health team to keep seeing Gemma"),
        F("M001", "Perinatal mental health team to keep seeing Gemma"),
        F("T002", "Words and pictures story for Mason about why Dad"),
        F("M002", "Nursery to keep an eye on Lacey"),
        F("C003"),
    ],
    "min_pages": 2,
})

# ===========================================================================
# 9. Tarrowby: pre-birth plan, "Lead / by when" column, header and page
#    footer (pdf), exemplary
# ===========================================================================
PLANS.append({
    "name": "b4_tarrowby_prebirth_farrant.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Farrant",
    "split": "heldout",
    "template": "prebirth-lead-by-when",
    "header": "OFFICIAL-SENSITIVE          Tarrowby Borough Council          Ref: TB/PB/2025/031",
    "footer": "Pre-birth child protection plan – unborn baby of Leanne Farrant – Page {PAGE} of {NUMPAGES}",
    "description": "Exemplary pre-birth child protection plan (mother with emotionally unstable personality disorder and past self-harm; father with a domestic abuse conviction). Table 'What will happen | Lead / by when | How we'll know', owner and timescale sharing one cell. Made from a .docx with 'OFFICIAL-SENSITIVE' and a reference in the header and 'Page N of M' in the footer of every page. The unborn baby's lived experience (scans, movements) and the 7-year-old half-sister's views; outcomes for the baby; a CMHT psychologist's capacity-to-change assessment and a DBT group that reports on change (no H001); GP owns the medication row; perpetrator programme; grandmother's night-time help with a same-day foster fallback; specific contingency; legal planning already held and to be repeated if the assessments are negative; core group dates and review conference date. No findings.",
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby of", "Leanne Farrant (26), due 20/06/2025"),
            ("Father of the baby", "Marcus Holt (30)"),
            ("Half-sister", "Tayla Farrant (7), lives with her father, Nathan Reed, under a child arrangements order"),
            ("Maternal grandmother", "Denise Farrant, 3 Orchard Close, Tarrowby"),
            ("Conference", "Initial pre-birth child protection conference, 27/03/2025"),
            ("Category", "Physical abuse (likelihood of significant harm)"),
            ("Social worker", "Imran Qureshi"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Leanne has a diagnosis of emotionally unstable personality disorder and has self-harmed twice in the last year, once needing stitches. In 2023 she took an overdose while Tayla was in her care, and since then Tayla has lived with her dad. Marcus has a conviction from 2021 for assaulting a previous partner, and the police were called to an argument between Leanne and Marcus in January 2025; no one was hurt. We are worried that a newborn baby could be hurt if Leanne became overwhelmed or if there was violence at home."),
        ("h1", "What is going well"),
        ("p", "Leanne has kept every appointment with the CMHT since November and has not self-harmed since August 2024. She has stopped smoking. Marcus told the conference he wants to do a programme and has asked his probation officer for a place. Denise is close to Leanne and has offered to stay with her after the birth."),
        ("h1", "The baby's lived experience and Tayla's views"),
        ("p", "The baby is growing well on scans and is very active; Leanne says the baby kicks hardest when she plays music in the evening. The midwife has seen Leanne talking to the bump and she has bought a Moses basket and bottles. Tayla told Imran she is 'really excited' to be a big sister and wants to help with bath time, but she worries about 'Mummy being poorly again' and asked who would look after the baby if that happened."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and leaves hospital to a home, or to a carer, where they will be fed, held and kept safe.",
            "The baby is never hurt by, or near, adults fighting.",
            "The baby is cared for, day and night, by a parent who is well enough to notice and meet their needs.",
            "Tayla gets to spend safe time with her new brother or sister.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "widths": [6.6, 5.0, 5.4],
            "header": ["What will happen", "Lead / by when", "How we'll know"],
            "rows": [
                ["Antenatal care with the specialist midwife, including growth scans",
                 "Alison Kerr (specialist midwife) – every 2 weeks until 36 weeks, then weekly",
                 "Appointments and scan results recorded in the maternity notes; summary to the SW before each core group"],
                ["Written birth and discharge plan agreed with the maternity unit",
                 "Imran Qureshi (SW) with the labour ward manager – by 23/05/2025",
                 "Plan filed in Leanne's maternity notes and sent to the Emergency Duty Team"],
                ["Psychological assessment of Leanne's capacity to change, the steps needed and how long change is likely to take",
                 "Dr Ellen Voss, clinical psychologist, Tarrowby CMHT – by 16/05/2025",
                 "Written report to the SW and the core group"],
                ["Weekly DBT skills group for Leanne, with the therapist reporting whether she is using the skills to manage distress and what that means for caring for the baby",
                 "Sam Pryce, Tarrowby CMHT DBT team – weekly from 07/04/2025",
                 "Attendance register, and a written update to each core group"],
                ["Marcus to complete the Safer Families domestic abuse programme",
                 "Marcus, referred by Gail Horne (probation officer) – starts by 14/04/2025, 24 weekly sessions",
                 "Programme report at session 12 and at the end, shared with the SW"],
                ["Pre-birth parenting assessment of Leanne and Marcus",
                 "Imran Qureshi (SW) – by 30/05/2025",
                 "Assessment report with recommendations shared with the parents and the core group"],
                ["Antenatal visit by the health visitor and a written visiting plan for the first 8 weeks",
                 "Kate Doyle (HV) – by 06/06/2025",
                 "Visit recorded; visiting plan written into the discharge plan"],
                ["Check the baby's Moses basket, cot and sleeping space at home",
                 "Kate Doyle (HV) – by 13/06/2025, before the birth",
                 "Safe sleep checklist completed and signed"],
                ["Denise to stay with Leanne for the first 4 weeks after discharge and help with night feeds",
                 "Denise Farrant (MGM) – every night for 4 weeks from discharge",
                 "Denise fills in the feed chart every night; the HV checks it at each visit"],
                ["Review of Leanne's medication in pregnancy and after the birth, so that she can care for the baby safely",
                 "Dr Singh, GP, Tarrowby Medical Practice – by 25/04/2025",
                 "GP letter to the SW setting out the medication plan"],
                ["Gather Tayla's views about the baby and her time with Leanne",
                 "Imran Qureshi (SW) – before each core group",
                 "Tayla's words recorded in the core group notes"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Leanne self-harms, tells anyone she cannot keep herself safe, or Marcus is at the flat after the birth without the core group's agreement, the SW (or the Emergency Duty Team out of hours) will hold a strategy discussion the same day. Before discharge the baby will stay on the ward; after discharge the baby will go with Leanne to Denise's home at 3 Orchard Close. If Denise cannot have them, or cannot do the night-time help, the SW will place the baby with approved foster carers the same day."),
        ("h1", "Legal planning"),
        ("p", "A legal planning meeting was held on 14/03/2025 and agreed that the threshold for proceedings is not met at present. If the psychological or parenting assessment says Leanne or Marcus cannot keep the baby safe, or Marcus breaks the agreement, the SW will ask for a further legal planning meeting within 5 working days, before the birth if possible."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks: 10/04/2025, 08/05/2025 and 05/06/2025, then within 10 working days of the birth. Review child protection conference: 17/07/2025."),
    ],
    "findings": [],
    "min_pages": 2,
})

# ===========================================================================
# 10. Mardlow: child in need plan, goal column repeated down the rows (pdf)
# ===========================================================================
GOAL_A = "Zuzanna enjoys school and has time to be a 12-year-old again"
GOAL_B = "Zuzanna feels less worried and happier in herself"
GOAL_D = "Filip and Zuzanna feel looked after at home"
PLANS.append({
    "name": "b4_mardlow_cin_goal_rows_kowalski.pdf",
    "doc_title": "Child in Need Plan - Zuzanna and Filip",
    "split": "heldout",
    "template": "cin-repeated-goal-column",
    "description": "Section 17 child in need plan (mother's depression after a bereavement; a 12-year-old young carer who has cut herself). Table 'Our goal for Zuzanna and Filip | What will be done | By whom and by when | How we will know', with the goal written out again on every row it covers rather than merged. Every goal is a feeling, so whether or not a reader takes the goal cell as a measure, the labels are the same. Faults: a peer mentor 'School – TBC' with 'Improvement in her confidence', a CAMHS assessment whose only measure is 'Reviewed at the CIN meeting', the mother's GP visit 'as soon as she can' with 'Agnieszka feels better', 'Monitored by the SW', a goal that is only about the mother, no adult service owning anything about her depression (F004; CAMHS is a children's service), no contingency at all (C001), and, as a child in need plan, CIN reviews instead of a core group and a review conference (R001) and no legal step (R002).",
    "blocks": [
        ("title", "Child in Need Plan"),
        ("p", "Mardlow Metropolitan Borough Council – Children in Need Service"),
        ("kv", [
            ("Children", "Zuzanna Kowalska (12) and Filip Kowalski (9)"),
            ("Parents", "Agnieszka Kowalska and Tomasz Kowalski (Tomasz works offshore three weeks in four)"),
            ("Plan made", "03/04/2025, after the child and family assessment completed on 28/03/2025"),
            ("Social worker", "Hollie Barker"),
        ]),
        ("h1", "Why we are involved"),
        ("p", "Agnieszka's mother died in November 2024 and since then Agnieszka has been very low; her GP has diagnosed depression. Zuzanna has been doing most of the cooking and getting Filip to school, and has missed 21 days of school this year. In March a teacher saw marks on Zuzanna's arm and Zuzanna told the pastoral lead that she had been cutting herself when she felt overwhelmed."),
        ("h1", "What Zuzanna and Filip told me"),
        ("p", "Zuzanna said: 'I don't mind helping Mum, she's sad about Babcia. But I'm always tired and I've got no time for my friends.' She would like to go back to netball club. Filip said he likes it when Tata phones at night, and that he worries when Mum stays in her room all day. He wants 'proper dinners, not just toast'."),
        ("h1", "The plan"),
        ("table", {
            "widths": [3.6, 5.0, 4.4, 4.0],
            "header": ["Our goal for Zuzanna and Filip", "What will be done", "By whom and by when", "How we will know"],
            "rows": [
                [GOAL_A,
                 "Young carers assessment for Zuzanna and a place at the Thursday young carers club",
                 "Ola Nowak, Mardlow Young Carers – assessment by 16/05/2025",
                 "Assessment report shared at the CIN review; club register shows Zuzanna attending"],
                [GOAL_A,
                 "School to check Zuzanna's attendance every morning and ring home by 10am if she is not in",
                 "Mr Patel (attendance officer), Mardlow High – daily",
                 "Attendance at 90% or above by the CIN review on 26/06/2025"],
                [GOAL_A,
                 "A mentor for Zuzanna through the school's peer mentoring scheme",
                 "School – TBC",
                 "Improvement in her confidence"],
                [GOAL_B,
                 "CAMHS assessment for Zuzanna's low mood and cutting",
                 "Mardlow CAMHS (referral sent 02/04/2025) – first appointment within 12 weeks",
                 "Reviewed at the CIN meeting"],
                [GOAL_B,
                 "A named adult in school Zuzanna can go to when she feels like hurting herself",
                 "Miss Reeve (pastoral lead) – check-in every Monday",
                 "Zuzanna can name her safe adult; check-in notes sent to the SW every month"],
                ["Mum feels like herself again and is less sad",
                 "Agnieszka to see her GP about her depression and medication",
                 "Agnieszka – as soon as she can",
                 "Agnieszka feels better"],
                [GOAL_D,
                 "Family support worker to help with routines, shopping and cooking",
                 "Dawn Ellis (FSW) – weekly for 8 weeks from 07/04/2025",
                 "Weekly home checklist; food seen in the cupboards and fridge"],
                [GOAL_D,
                 "Dad to ring the children every evening while he is working away",
                 "Tomasz – every evening",
                 "Monitored by the SW"],
            ],
        }),
        ("h1", "Reviewing the plan"),
        ("p", "The plan will be reviewed at child in need meetings every 6 weeks, on 15/05/2025 and 26/06/2025, at Mardlow High School. Zuzanna will be invited to the part of each meeting about her."),
    ],
    "findings": [
        F("T002", "A mentor for Zuzanna through the school's peer mentoring scheme"),
        F("M002", "A mentor for Zuzanna through the school's peer mentoring scheme"),
        F("M002", "CAMHS assessment for Zuzanna's low mood and cutting"),
        F("F002", "Mum feels like herself again and is less sad"),
        F("T002", "Agnieszka to see her GP about her depression"),
        F("M002", "Agnieszka to see her GP about her depression"),
        F("M002", "Dad to ring the children every evening while he"),
        F("F004"),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})

# ===========================================================================
# 11. Penmorrow: letter to parents after conference, hedged and passive
#     commitments, header and page footer (pdf)
# ===========================================================================
PLANS.append({
    "name": "b4_penmorrow_letter_tranter.pdf",
    "doc_title": "Letter to parents - Tyler and Maisie Tranter",
    "split": "heldout",
    "template": "letter-to-parents-hedged",
    "header": "OFFICIAL-SENSITIVE – Penmorrow Council Children's Services – Our ref: PM/CP/25/0877",
    "footer": "Page {PAGE} of {NUMPAGES}",
    "description": "Social worker's letter to the parents after an initial conference (mother's severe anxiety; father's gambling debts), made from a .docx with 'OFFICIAL-SENSITIVE', the council and a reference in the header and 'Page N of M' in the footer of every page. Bold plain-words headings; only the sentences under 'What will happen next' are actions, one per sentence. 'I' is the social worker who signs the letter, so 'I will try to visit ... every two weeks' has an owner and a timescale but no measure. Hedged or passive sentences: 'It is hoped that Nicola will be able to get out of the house more', the CMHT that 'will continue to support Nicola' (H001), 'A referral will be made' with no agent, 'Wayne will hopefully stop gambling over the next few months', 'Nicola will be offered a place ... when one becomes available'. Five of the eight actions are about the parents' own needs (F001). Gambling is not substance misuse, and the CMHT owns an action (no F004). One outcome is only about the mother (F002); the contingency is 'If things don't get better ... think again' (C002), though it does send the case for legal advice (no R002).",
    "blocks": [
        ("pr", "Penmorrow Council"),
        ("pr", "Children's Services – Safeguarding East"),
        ("pr", "Harbour House, 2 Quay Street"),
        ("pr", "Penmorrow PN3 7QA"),
        ("pl", ""),
        ("pl", "Nicola and Wayne Tranter"),
        ("pl", "17 Gull Terrace"),
        ("pl", "Penmorrow"),
        ("pl", ""),
        ("p", "14 March 2025"),
        ("p", "Dear Nicola and Wayne,"),
        ("p", "I am writing, as I promised, to set out what was agreed at the initial child protection conference on 12 March 2025 for Tyler and Maisie. The conference decided that Tyler and Maisie should have child protection plans under the category of neglect. I know this was a hard meeting for you both, and I want you to have everything in writing so that you can look back at it."),
        ("boldp", "Why we are worried"),
        ("p", "Since Maisie was born, Nicola's anxiety has got much worse and she has not been able to leave the house on most days. Nicola is under the Penmorrow Community Mental Health Team. Tyler has missed most of his nursery sessions since January. Maisie missed her 8-month check, and when she was weighed at home her weight had dropped from the 50th to the 9th centile. Wayne works long shifts and has told me he owes money because of online gambling, and the electricity was cut off twice in February, once for three days."),
        ("boldp", "What Tyler and Maisie have shown us"),
        ("p", "When I visited on 5 March, Tyler showed me his toy tractor and told me, 'Mummy stays in bed and I watch telly.' He said he likes nursery because 'there's toast'. Maisie was quiet and did not reach for toys, but she smiled and kicked her legs when Wayne came in and picked her up."),
        ("boldp", "What we want for Tyler and Maisie"),
        ("bullets", [
            "Tyler goes to nursery every morning and has breakfast before he goes.",
            "Maisie is weighed every month and her weight goes back up towards the 50th centile.",
            "The children live in a warm home with the electricity on and food in the cupboards.",
            "Nicola feels less anxious and more like her old self.",
        ]),
        ("boldp", "What will happen next"),
        ("p", "I will try to visit you and the children every two weeks. It is hoped that Nicola will be able to get out of the house more. The Community Mental Health Team will continue to support Nicola with her anxiety, with appointments every fortnight."),
        ("p", "A referral will be made to the Penmorrow Money Advice service to help Wayne with his debts. Wayne will hopefully stop gambling over the next few months. Nicola will be offered a place on the Confidence Builders group at the family centre when one becomes available."),
        ("p", "Gwen Tate, your health visitor, will visit every month to weigh Maisie and check her development, and will write the results in Maisie's red book. Little Wrens Nursery will ring me on the same day if Tyler is not brought in, and will keep a record of his attendance."),
        ("boldp", "If things don't get better"),
        ("p", "If things don't get better for Tyler and Maisie, we will need to think again about what should happen, and my manager will ask our legal team for advice."),
        ("boldp", "When we will meet again"),
        ("p", "The core group will meet every month; the first meeting is on 26 March 2025 at Penmorrow Family Centre, and you are both invited. The review child protection conference will be on 11 June 2025."),
        ("p", "If anything in this letter is not clear, or you think something is wrong, please ring me on the number below. You can also ask for an advocate to help you at meetings."),
        ("p", "Yours sincerely,"),
        ("pl", "Lowri Chandler"),
        ("pl", "Social Worker, Safeguarding East"),
        ("pl", "Tel: 01632 960418"),
    ],
    "findings": [
        F("M001", "I will try to visit you and the children"),
        F("T001", "hoped that Nicola will be able to get out of the house"),
        F("M001", "hoped that Nicola will be able to get out of the house"),
        F("H001", "will continue to support Nicola with her anxiety"),
        F("M001", "will continue to support Nicola with her anxiety"),
        F("W001", "A referral will be made to the Penmorrow Money Advice service"),
        F("T001", "A referral will be made to the Penmorrow Money Advice service"),
        F("M001", "A referral will be made to the Penmorrow Money Advice service"),
        F("T002", "Wayne will hopefully stop gambling over the next few months"),
        F("M001", "Wayne will hopefully stop gambling over the next few months"),
        F("W001", "Nicola will be offered a place on the Confidence Builders group"),
        F("T002", "Nicola will be offered a place on the Confidence Builders group"),
        F("M001", "Nicola will be offered a place on the Confidence Builders group"),
        F("F002", "Nicola feels less anxious and more like her old self"),
        F("F001"),
        F("C002"),
    ],
    "min_pages": 2,
})

# ===========================================================================
# 12. Sandlow: child-friendly "my plan" version (md), exemplary
# ===========================================================================
PLANS.append({
    "name": "b4_sandlow_my_plan_brennan.md",
    "split": "heldout",
    "template": "child-friendly-my-plan",
    "description": "Exemplary child-friendly version of a child protection plan, written to a 9-year-old in the second person, with headings in ordinary words ('What Leah told me when we walked to the park', 'Who is going to do what', 'If things don't get better', 'When we will meet again') and a table 'What is going to happen | Who and when | How we'll know it's working' with owner and date in one cell. Mother's drinking: the drug and alcohol worker both works with her and reports on whether she is making the changes and how long it may take. Grandad's school runs have a fallback; a specific contingency with a named aunt and foster carers; a legal planning meeting if Mum is still drinking by the review; core group dates and the review conference date. No findings.",
    "text": """# Leah's plan

*This is the version of your child protection plan written for you, Leah. Tara wrote it after the meeting on 20 March 2025 and read it with you on 27 March. The grown-ups have a longer version with the same plan in it.*

**Your name:** Leah Brennan, age 9
**Your social worker:** Tara Quinn, Sandlow Council Children's Services
**Who lives at home:** you and Mum (Siobhan). Dad (Paul) lives at Grandad Des's flat.

## Why there is a plan

Mum has been drinking too much wine, and some nights she has fallen asleep on the sofa and not woken up when you needed her. Twice you had to make your own tea and get yourself to bed. In January Mum and Dad had a big argument when they had both been drinking and the police came. Mum is now getting help from the Sandlow Drug and Alcohol Team. Everyone at the meeting agreed that you need grown-ups who are awake and sober looking after you.

## What Leah told me when we walked to the park

You told me you love Mum "the most in the world" but that you don't like it when she is "sleepy from the wine". You said the worst bit is when you can't wake her up. You said the best bits of the week are swimming on Saturdays and Grandad's stories on the way to school. You told me you want to keep seeing Dad but not "when there's shouting". When I asked what would make things better, you said: "Mum not drinking, and someone to talk to at school."

## What everyone wants for you, Leah

- You feel safe at home, and Mum is sober whenever she is looking after you.
- You get to school on time every day and have fun with your friends.
- You see Dad every week, somewhere that feels safe and calm.
- You have grown-ups you can tell if something is wrong.

## Who is going to do what

| What is going to happen | Who and when | How we'll know it's working |
|---|---|---|
| Tara will come to see you at home or at school and talk to you on your own. | Tara Quinn, your social worker – every 2 weeks | Tara writes down what you tell her and brings it to every meeting about your plan |
| Mum will go to the Sandlow Drug and Alcohol Team every week to get help to stop drinking, so she can look after you properly. | Mum, with her worker Gary – every Tuesday from 8 April 2025 | Gary does a breath test each week and sends the results to Tara |
| Gary will write a report saying whether Mum is making the changes she needs to make to look after you, and how long it might take. | Gary Nolan, Sandlow Drug and Alcohol Team – by 30 May 2025 | Tara gets the report and shares it at the core group |
| Mum will not drink when she is looking after you, and will do a breath test whenever Tara visits. | Mum – from today, at every visit | Every breath test reads zero |
| Grandad Des will take you to school on Mondays, Wednesdays and Fridays. | Grandad Des – every Monday, Wednesday and Friday from 7 April 2025 | The school register shows you arrived on time |
| Mrs Akhtar will meet you every Friday for check-in time, so you can talk about your week. | Mrs Akhtar, Sandlow Park Primary – every Friday | Your worry-jar notes are kept and shared with Tara before each meeting |
| Dad will see you every Saturday at the family centre, with the family centre staff there the whole time. | Dad and Sandlow Family Centre – every Saturday, 10am to 12 noon | Family centre staff write notes after every visit and send them to Tara |

## If things don't get better

If Mum has had a drink when she is looking after you, or you tell someone that Mum has been drinking, Tara (or the out-of-hours social worker) will come that same day, and you will go to stay with Auntie Ciara, who has said yes to this. If Auntie Ciara can't have you, you will stay with foster carers for a little while, and Tara will tell you who they are.

If Grandad can't take you to school, Mrs Akhtar will arrange a seat for you on the school minibus that morning.

If Mum is still drinking by the next big meeting in July, Tara's manager will ask for a meeting with the council's lawyers (called a legal planning meeting) to decide what should happen next.

## When we will meet again

The core group (the grown-ups who help with your plan) will meet every 4 weeks: on 17 April, 15 May and 12 June 2025. The next big meeting, called a review child protection conference, is on 3 July 2025. You can come to part of it, or Tara can bring your drawings and words for you.
""",
    "findings": [],
})

# ===========================================================================
# 13. Rookhaven: a team's note on naming and filing plans (md) - not a plan
# ===========================================================================
PLANS.append({
    "name": "b4_rookhaven_naming_note_ashby.md",
    "split": "heldout",
    "template": "not-a-plan-filing-note",
    "not_a_plan": True,
    "description": "Not a plan: a README-style note from a safeguarding hub's business support lead about how child protection plans, minutes and letters are named and filed on the shared drive. It mentions plans, contingencies, core groups and review conferences and has a short to-do list with owners and vague dates, but it is about files, not a child. No findings.",
    "text": """# Rookhaven Safeguarding Hub – naming and filing plans on the shared drive

_Last updated 02/05/2025 by Kim Ashby, business support team leader. Please read this before you save anything to S:\\Hub\\Children._

## Why this note exists

Since the move to the new shared drive we have lost time hunting for the current version of plans before core groups and conferences. Two review conferences in April started late because the chair had last month's plan. The rules below are agreed with the hub managers and apply from 12/05/2025.

## Folder structure

```
S:\\Hub\\Children\\
    <Surname>_<FirstName>_<CaseRef>\\
        01_Referral_and_Strategy\\
        02_Assessments\\
        03_Plans\\
        04_Core_Group_Minutes\\
        05_Conference_Reports\\
        06_Letters\\
        99_Archive\\
```

One folder per child. Brothers and sisters each get their own folder; put a shortcut (not a copy) of a shared document in each sibling's folder.

## File names

Use: `<CaseRef>_<DocType>_<YYYY-MM-DD>_v<N>.docx`

| Document | DocType code | Example |
|---|---|---|
| Child protection plan (initial conference) | CPP-ICPC | `RH104552_CPP-ICPC_2025-04-03_v1.docx` |
| Child protection plan (review conference) | CPP-RCPC | `RH104552_CPP-RCPC_2025-06-26_v1.docx` |
| Core group minutes | CGM | `RH104552_CGM_2025-04-17_v2.docx` |
| Letter to parents | LTR | `RH104552_LTR_2025-04-04_v1.docx` |
| Child in need plan | CIN | `RH104552_CIN_2025-03-01_v1.docx` |

- Dates in the file name are the date of the meeting, not the date you typed it.
- Never put a child's name, a diagnosis or an address in a file name. The case reference is enough.
- When a plan is updated at a core group (new actions, a changed contingency, new review dates) save it as the next version: `_v2`, `_v3`. Don't overwrite.
- Only the current version stays in `03_Plans`. Move older versions to `99_Archive` the same day.
- PDFs sent to families keep the same name with `.pdf`.

## Things that keep going wrong

1. "FINAL", "FINAL2" and "use this one" in file names. Please stop.
2. Plans saved in personal OneDrive folders. The chair and the IRO can't see them.
3. Minutes saved under the parent's surname when the child has a different surname. Always use the child's case reference.
4. Scanned signature pages saved as separate files. Add them to the end of the PDF instead.

## To do

- Business support to rename the 2024 files in `03_Plans` – ongoing, a few folders a week.
- Everyone to check their own open cases against this note when they can.
- Kim to ask IT about a template that fills in the file name automatically – date TBC.

Questions to Kim Ashby (ext. 4471) or the business support inbox.
""",
    "findings": [],
})

# ===========================================================================
# 14. Winterslade: review plan, two-column Action | progress table (md)
# ===========================================================================
PLANS.append({
    "name": "b4_winterslade_action_progress_ferreira.md",
    "split": "heldout",
    "template": "two-column-action-progress",
    "description": "Review child protection plan for a 13-year-old at risk of exploitation who goes missing and his 8-year-old sister (physical chastisement). Markdown, with a two-column table 'Action | Who, when and progress since the last conference': the second cell holds the owner, the timescale, any measure and a progress note. The GP owns the mother's anxiety row (no F004; a GP is never H001). Faults: a youth worker row that is 'ongoing' with 'engagement has been patchy', parenting sessions 'FSW – TBC' and not started with no measure, the mother's anxiety 'when Luana is ready' with no measure, 'All agencies – as soon as they know', and 'Review conference: to be arranged' (R001). Contingency and legal step are specific; the children's words are recorded.",
    "text": """# Review Child Protection Plan

**Winterslade City Council – Children's Social Work Service**

**Children:** Thiago Ferreira (13), Bianca Ferreira (8)  
**Mother:** Luana Ferreira  
**Stepfather:** Gary Pike  
**Review conference:** 22/04/2025 (plans continue – physical abuse)  
**Social worker:** Dan Whitfield

## Why the children still need a plan

Thiago has been reported missing six times since the initial conference in January, twice overnight. He was found once in a car with two older men in Hale Street and once with cash and a new phone he could not explain. Luana and Gary say they have stopped hitting the children, and there have been no new marks, but Bianca told her teacher in March that Gary "grabbed Thiago by the neck" during an argument about him going out. Luana has told the GP that she has panic attacks and has not slept properly since Thiago started going missing.

## What Thiago and Bianca have said

Thiago said he goes out because "home is boring and Gary's always on at me". He said the older boys are "just mates" and that he can look after himself. He would like to do boxing again and wants his own room. Bianca said she hides in her room when there is shouting and that she is scared something will happen to Thiago when he doesn't come home. She likes her sessions with Mrs Lowe because "we do the worry jar".

## Outcomes we're working towards

- Thiago is home every night by 9pm and is not being used by older people to carry drugs or money.
- Bianca and Thiago are never hit, grabbed or hurt at home.
- Bianca feels less worried and sleeps through the night.

## The plan

| Action | Who, when and progress since the last conference |
|---|---|
| Return home interview every time Thiago goes missing | Priya Shah, Winterslade Missing Team – within 72 hours of each return. Three done since January; the notes go to Dan and to the exploitation panel. |
| Complete the child exploitation screening tool again and take it to the exploitation panel | Dan Whitfield (SW) – by 30/04/2025. The first one (04/02/2025) scored medium risk. We'll know from the risk level recorded in the panel minutes. |
| Keep Thiago busy with positive activities after school and at weekends | Kelvin Ashe (youth worker) – ongoing. Thiago's engagement has been patchy. |
| No physical chastisement of either child | Luana and Gary – from the initial conference (14/01/2025). No marks seen at 6 visits; both children say at each visit that there has been no hitting. |
| Parenting sessions for Luana and Gary on boundaries for teenagers | FSW – TBC. Not started yet; on the waiting list. |
| Weekly sessions with the school counsellor for Bianca | Mrs Lowe (counsellor, St Aldhelm's Primary) – every Thursday. Bianca scores her worries from 0 to 10 each session: 4 sessions so far, down from 8 to 5. |
| Luana's anxiety and sleep to be looked at | GP (Dr Carver) – when Luana is ready. No update. |
| Share anything known about where Thiago is or who he is with | All agencies – as soon as they know. Logged on the missing tracker. |

## Contingency

If Thiago has not come home by 10pm, Luana will ring the police straight away and tell Dan by 9am the next day. If he is found with older men, with drugs or with cash he can't explain, Dan (or the Emergency Duty Team) will hold a strategy discussion the same day, and Thiago will be offered an emergency place at Larch House while a safety plan is made. If either child has a mark or says they have been hit or grabbed, Gary will be asked to leave the house that day and the children will stay with Luana's sister, Renata Costa, if Luana cannot keep Gary away.

If Thiago goes missing three or more times in a month, or either child is hurt again, Dan will ask for a legal planning meeting within 5 working days.

## Core group and review

Core group: monthly – next on 06/05/2025 at Winterslade Civic Centre.
Review conference: to be arranged by the conference team.
""",
    "findings": [
        F("T002", "Keep Thiago busy with positive activities after school"),
        F("M002", "Keep Thiago busy with positive activities after school"),
        F("T002", "Parenting sessions for Luana and Gary on boundaries"),
        F("M001", "Parenting sessions for Luana and Gary on boundaries"),
        F("T002", "Luana's anxiety and sleep to be looked at"),
        F("M001", "Luana's anxiety and sleep to be looked at"),
        F("W002", "Share anything known about where Thiago is"),
        F("T002", "Share anything known about where Thiago is"),
        F("R001"),
    ],
})

# ===========================================================================
# 15. Hallowmere: case-system export, one labelled line per field (txt)
# ===========================================================================
PLANS.append({
    "name": "b4_hallowmere_case_export_doherty.txt",
    "split": "heldout",
    "template": "labelled-line-export",
    "description": "Plain-text export of an initial child protection plan from a case management system: fixed header fields, then numbered action blocks with one labelled line per field (ACTION: / WHO: / BY WHEN: / HOW WILL WE KNOW:), abbreviations (SW, HV, DSL, PGM, wkly, w/c 03/03/2025, esp., incl.) and long values hard-wrapped onto indented continuation lines. Father's cocaine use is recorded but the substance misuse service owns no action (the father owns one, the SW owns the referral: F004). 'OUTCOMES FOR CHILD: [no entry]' and nothing else states one (O001); 'CHILD'S VIEWS / LIVED EXPERIENCE: To be gathered at next visit' (F003); 'CONTINGENCY PLAN: [no entry]' while the family network and the paternal grandmother carry childcare and supervised contact (C001 and C003); no legal step (R002). Action faults: 'ongoing'/'engagement', a DSL who will 'keep an eye on' with 'monitored', a blank WHO, a blank HOW WILL WE KNOW, a family network 'as and when' row with no measure, and a referral 'ASAP'.",
    "text": """HALLOWMERE CITY COUNCIL - CHILDREN'S SOCIAL CARE
CASE MANAGEMENT SYSTEM :: FORM EXPORT
Form       : Child Protection Plan (Initial)
Case ref   : HCC-2025-118734
Exported   : 04/03/2025 16:42 by kbrannigan
==========================================================================
CHILD 1    : Jayden DOHERTY     DOB 11/06/2018   Male
CHILD 2    : Ava-Rose DOHERTY   DOB 30/01/2023   Female
MOTHER     : Chantelle DOHERTY
FATHER     : Ryan DOHERTY
PGM        : Maureen DOHERTY (lives at 9 Fern Walk)
ICPC DATE  : 28/02/2025         CATEGORY : Neglect
SW         : K. Brannigan       TM       : S. Oyelaran
==========================================================================
REASON FOR PLAN:
  Ryan's cocaine use (daily by his own account). Police found cocaine and
  a grinder on the kitchen worktop within reach of Ava-Rose on 12/02/25.
  Home conditions poor - dog mess in the hallway, no food in the fridge
  at the unannounced visit 19/02/25. Chantelle says she cannot stop Ryan
  using in the house and is "exhausted".

OUTCOMES FOR CHILD:
  [no entry]

CHILD'S VIEWS / LIVED EXPERIENCE:
  To be gathered at next visit.

==========================================================================
ACTIONS
==========================================================================
[1]
ACTION: SW to visit wkly, see Jayden & Ava-Rose alone and record their
        wishes/feelings on the case file
WHO: SW (K. Brannigan)
BY WHEN: wkly from w/c 03/03/2025
HOW WILL WE KNOW: visit records on file showing children seen alone at
        each visit
--------------------------------------------------------------------------
[2]
ACTION: HV to complete ASQ developmental review for Ava-Rose and share
        the outcome with core group
WHO: HV (T. Akintola)
BY WHEN: w/c 17/03/2025
HOW WILL WE KNOW: ASQ scores shared at the core group
--------------------------------------------------------------------------
[3]
ACTION: Ryan to engage with Hallowmere Substance Misuse Service re his
        cocaine use
WHO: Ryan
BY WHEN: ongoing
HOW WILL WE KNOW: engagement
--------------------------------------------------------------------------
[4]
ACTION: School DSL to keep an eye on Jayden and share any concerns
        with SW
WHO: DSL, Hallowmere Park Primary
BY WHEN: daily
HOW WILL WE KNOW: monitored
--------------------------------------------------------------------------
[5]
ACTION: Hair strand test for Ryan covering the last 3 months (cocaine,
        cannabis, alcohol)
WHO:
BY WHEN: by 31/03/2025
HOW WILL WE KNOW: results shared with core group
--------------------------------------------------------------------------
[6]
ACTION: Chantelle to make sure Ryan is never the sole carer for the
        children when he has used
WHO: Chantelle
BY WHEN: from 04/03/2025
HOW WILL WE KNOW:
--------------------------------------------------------------------------
[7]
ACTION: Family to provide help with childcare, esp. school run and
        evenings
WHO: family network
BY WHEN: as and when
HOW WILL WE KNOW:
--------------------------------------------------------------------------
[8]
ACTION: PGM to supervise Ryan's time with the children at weekends
WHO: PGM (Maureen Doherty)
BY WHEN: every weekend from 08/03/2025
HOW WILL WE KNOW: PGM keeps a contact log, SW checks it at each visit
--------------------------------------------------------------------------
[9]
ACTION: Referral to Hallowmere Substance Misuse Service for Ryan
WHO: SW
BY WHEN: ASAP
HOW WILL WE KNOW: referral accepted (letter on file)
--------------------------------------------------------------------------
[10]
ACTION: Check home conditions at each visit, incl. kitchen, bedrooms and
        where drugs could be stored
WHO: SW
BY WHEN: each visit
HOW WILL WE KNOW: home conditions checklist completed and on file
==========================================================================
CONTINGENCY PLAN:
  [no entry]

CORE GROUP: 4 wkly - 1st meeting 13/03/2025 10:00, Hallowmere Family Hub
REVIEW CP CONFERENCE: 27/05/2025 14:00
==========================================================================
*** END OF FORM ***
""",
    "findings": [
        F("T002", "Ryan to engage with Hallowmere Substance Misuse Service re"),
        F("M002", "Ryan to engage with Hallowmere Substance Misuse Service re"),
        F("M002", "School DSL to keep an eye on Jayden and share"),
        F("W001", "Hair strand test for Ryan covering the last 3 months"),
        F("M001", "Chantelle to make sure Ryan is never the sole carer"),
        F("W002", "Family to provide help with childcare, esp. school run"),
        F("T002", "Family to provide help with childcare, esp. school run"),
        F("M001", "Family to provide help with childcare, esp. school run"),
        F("T002", "Referral to Hallowmere Substance Misuse Service for Ryan"),
        F("O001"),
        F("F003"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})

# ===========================================================================
# 16. Brantwick: minutes of a team meeting (txt) - not a plan
# ===========================================================================
PLANS.append({
    "name": "b4_brantwick_team_minutes_lindqvist.txt",
    "split": "heldout",
    "template": "not-a-plan-team-minutes",
    "not_a_plan": True,
    "description": "Not a plan: minutes of a social work team's monthly meeting (caseloads, duty rota, an audit of child protection plans, training, a new case system, wellbeing) with an action list owned by 'All SWs' and 'ongoing'. It discusses contingency plans, core groups and legal planning in general, but there is no child and no child's plan. No findings.",
    "text": """BRANTWICK COUNCIL - CHILDREN'S SERVICES
Assessment and Intervention Team 2 - Team Meeting

Date:      Thursday 08/05/2025, 9.30-11.00, Room 3, Brantwick House (and Teams)
Chair:     Nadia Lindqvist (team manager)
Present:   Nadia Lindqvist, Ross Kinnaird (ATM), Shabana Ali, Tom Everett,
           Grace Nwosu, Lorna Beattie (team admin), Ewan Harper (ASYE)
Apologies: Claire Munro (annual leave), Paul Dyer (court)
Minutes:   Lorna Beattie

1. MINUTES OF LAST MEETING (10/04/2025)
   Agreed as accurate. Action about parking permits carried forward.

2. CASELOADS AND ALLOCATION
   Team total 118 children (up from 109). Average caseload 19.6; Ewan
   protected at 12 while in ASYE year. Three new child protection cases
   came through the front door this week and will be allocated at
   Friday's allocation meeting. Nadia reminded everyone to flag straight
   away if they cannot see a child within timescales.

3. DUTY ROTA
   June rota circulated. Shabana and Tom have swapped 16/06 and 23/06.
   Duty worker to make sure the duty log is updated before 5pm handover.

4. AUDIT OF CHILD PROTECTION PLANS (APRIL)
   Ross fed back on the April audit of 12 child protection plans from
   the team:
   - 5 had no contingency, or a contingency that only said "the core group
     will review";
   - 4 had actions with "ongoing" or "ASAP" as the only timescale;
   - 3 did not record what the child had said or, for babies, what was
     seen of their day;
   - 2 had no review conference date written in the plan.
   Good practice: two plans had clear "if this happens, then this happens"
   contingencies and named a legal planning meeting if there was no
   progress. Ross will share these (anonymised) as examples.
   Discussion: people find the plan template too long, and actions get
   copied from the conference report without being rewritten. Nadia
   asked that plans are checked against the audit points before they go
   to the chair.

5. TRAINING
   Signs of Safety refresher (2 days) on 03-04/06/2025 - four places left.
   Court skills training for Ewan and Grace in July.

6. NEW CASE RECORDING SYSTEM
   Go-live moved to 30/06/2025. Super-users: Tom and Lorna. Practice
   sessions on Tuesday afternoons in June. Old system read-only from
   27/06/2025.

7. WELLBEING
   Team away afternoon agreed for 18/07/2025. Reminder about the employee
   assistance line and the reflective group on alternate Wednesdays.

8. AOB
   Parking permits: still waiting for facilities.
   Leaving do for Paul Dyer on 23/05/2025.

ACTIONS
-------
ACTION: Update contingency sections on open CP plans before the next
        core group for each child
WHO: All SWs
BY WHEN: ongoing

ACTION: Circulate the two anonymised example plans
WHO: Ross Kinnaird
BY WHEN: 15/05/2025

ACTION: Book Signs of Safety refresher places for Ewan, Grace and Tom
WHO: Lorna Beattie
BY WHEN: 16/05/2025

ACTION: Chase facilities about parking permits
WHO: Nadia Lindqvist
BY WHEN: ASAP

Next team meeting: Thursday 12/06/2025, 9.30, Room 3.
""",
    "findings": [],
})

# ===========================================================================
# 17. Amberholt: typed "1 / 1.1 / a)" numbering under theme headings (txt)
# ===========================================================================
PLANS.append({
    "name": "b4_amberholt_numbered_themes_whitlock.txt",
    "split": "heldout",
    "template": "typed-multilevel-numbering",
    "description": "Review child protection plan for a 10-year-old and a 6-year-old whose mother has paranoid schizophrenia, as plain text with typed multi-level numbering: '1' is a theme heading, '1.1' a sub-theme, and each 'a)'/'b)' item is one action with its owner, timescale and measure in the item. The CMHT owns actions (no F004); four of the nine actions are about the mother's own needs, so not most (no F001). Faults: a CPN who gives the depot and supports her 'to stay well' with 'Mum remains stable' (H001, M002), a psychiatrist's medication review 'date TBC' with no measure (H001), help with bills by a date but with no measure, a Hearing Voices group 'ongoing' with no measure, the grandmother's weekends with no measure, an outcome that is only about the mother, a contingency that sends the children to the grandmother with no fallback although the grandmother and uncle carry weekends and school pick-ups (C003), and no legal step (R002).",
    "text": """AMBERHOLT COUNCIL
Children's Services - Child Protection Plan
Review Child Protection Conference: 09/04/2025

Children:               Harvey Whitlock (10), Nell Whitlock (6)
Mother:                 Joanne Whitlock
Maternal grandmother:   Pat Whitlock
Maternal uncle:         Rob Whitlock
Social worker:          Helen Brook
Category:               Emotional abuse

WHY THE PLAN IS STILL NEEDED
Joanne has paranoid schizophrenia and is under Amberholt Community Mental
Health Team. In January she stopped having her depot injection and became
unwell. She believed the neighbours were trying to poison the children,
kept Harvey and Nell off school for four days and barricaded the front
door. Harvey rang 999. Joanne has been back on her depot since February
and is much better, but Harvey still checks on her at night and does a
lot of the cooking.

WHAT HARVEY AND NELL SAY
Harvey: "I'm the man of the house when Mum's poorly. I don't mind but I
get tired." He said he likes football at lunchtime and wishes he could go
to the after-school club like his friends.
Nell: "Mummy was scared and it made me scared." She said she sleeps in
Mum's bed because of "the noises", and she wants to go to Nan's more.

WHAT WE WANT FOR HARVEY AND NELL
- Harvey and Nell are cared for every day by an adult who is well.
- Harvey goes to school without worrying about Mum and has time to be a
  child.
- Nell sleeps in her own bed and is not frightened at night.
- Mum stays well and keeps taking her medication.

THE PLAN
1    KEEPING HARVEY AND NELL SAFE
1.1  At home
     a) SW (Helen Brook) to visit every 2 weeks and see Harvey and Nell on
        their own; visit notes to record what each child says.
1.2  At school
     a) DSL at Amberholt Primary (Mr Okoro) to check in with both children
        every Monday and send the SW a written note every 2 weeks.

2    MUM'S HEALTH
2.1  Mental health
     a) CPN (Lorraine Dyer, Amberholt CMHT) to give Mum her depot
        injection every 2 weeks and support her to stay well. How we'll
        know: Mum remains stable.
     b) Psychiatrist (Dr Feld, CMHT) to review Mum's medication - date
        TBC.
2.2  Practical help
     a) FSW (Donna Platt) to help Mum sort out her bills and her PIP claim
        by 30/06/2025.
     b) Mum to go to the Hearing Voices group at the Wellbeing Hub -
        ongoing.

3    HARVEY AS A YOUNG CARER
3.1  Support for Harvey
     a) Amberholt Young Carers (Kath Moss) to complete a young carer's
        assessment for Harvey by 16/05/2025 and share the outcome at the
        core group.

4    FAMILY HELP
4.1  Nan and Uncle Rob
     a) Nan (Pat Whitlock) to have the children every other weekend so
        Mum can rest.
     b) Uncle Rob to collect Harvey and Nell from school on Tuesdays and
        Thursdays; the school will note who collects them in the
        signing-out book.

IF MUM BECOMES UNWELL
If Mum misses her depot injection, or Harvey or Nell tell anyone that Mum
is hearing voices or is frightened again, the SW (or the Emergency Duty
Team out of hours) will hold a strategy discussion the same day, and the
children will go to stay with Nan (Pat Whitlock) until the CMHT says Mum
is well enough.

MEETINGS
Core group every 4 weeks: 01/05/2025, 29/05/2025, 26/06/2025.
Review child protection conference: 24/07/2025.
""",
    "findings": [
        F("H001", "to give Mum her depot injection every 2 weeks"),
        F("M002", "to give Mum her depot injection every 2 weeks"),
        F("H001", "Psychiatrist (Dr Feld, CMHT) to review Mum's medication"),
        F("T002", "Psychiatrist (Dr Feld, CMHT) to review Mum's medication"),
        F("M001", "Psychiatrist (Dr Feld, CMHT) to review Mum's medication"),
        F("M001", "to help Mum sort out her bills and her PIP claim"),
        F("T002", "Mum to go to the Hearing Voices group"),
        F("M001", "Mum to go to the Hearing Voices group"),
        F("M001", "Nan (Pat Whitlock) to have the children every other weekend"),
        F("F002", "Mum stays well and keeps taking her medication"),
        F("C003"),
        F("R002"),
    ],
})


# ===========================================================================
# .docx rendering
# ===========================================================================
def _w(tag, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


def _add_field(paragraph, instr: str) -> None:
    """Append a complex field (PAGE, NUMPAGES) to a paragraph."""
    from docx.oxml.ns import qn

    def run_with(child):
        r = paragraph.add_run()
        r._r.append(child)
        return r

    run_with(_w("w:fldChar", fldCharType="begin"))
    instr_el = _w("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run_with(instr_el)
    run_with(_w("w:fldChar", fldCharType="separate"))
    paragraph.add_run("1")
    run_with(_w("w:fldChar", fldCharType="end"))


def _add_text_with_fields(paragraph, text: str, size=None) -> None:
    from docx.shared import Pt

    for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
        if part == "{PAGE}":
            _add_field(paragraph, "PAGE")
        elif part == "{NUMPAGES}":
            _add_field(paragraph, "NUMPAGES")
        elif part:
            run = paragraph.add_run(part)
            if size:
                run.font.size = Pt(size)


def _add_outline_numbering(doc) -> int:
    """A multi-level numbering definition printing 1 / 1.1 / a); returns its numId."""
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id, num_id = max(abs_ids + [0]) + 10, max(num_ids + [0]) + 1
    absn = _w("w:abstractNum", abstractNumId=abs_id)
    absn.append(_w("w:multiLevelType", val="multilevel"))
    levels = [("decimal", "%1", 0), ("decimal", "%1.%2", 567), ("lowerLetter", "%3)", 1134)]
    for ilvl, (fmt, text, left) in enumerate(levels):
        lvl = _w("w:lvl", ilvl=ilvl)
        lvl.append(_w("w:start", val=1))
        lvl.append(_w("w:numFmt", val=fmt))
        lvl.append(_w("w:lvlText", val=text))
        lvl.append(_w("w:lvlJc", val="left"))
        ppr = _w("w:pPr")
        ppr.append(_w("w:ind", left=left + 567, hanging=567))
        lvl.append(ppr)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = _w("w:num", numId=num_id)
    num.append(_w("w:abstractNumId", val=abs_id))
    numbering.append(num)
    return num_id


def render_docx(plan: dict, path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    font = plan.get("font", "Calibri")
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    usable = 17.0
    cp = doc.core_properties
    cp.author = "planlint sample corpus (fictional)"
    cp.title = plan["doc_title"]
    cp.created = cp.modified = dt.datetime(2025, 6, 9, 12, 0, 0)
    cp.last_modified_by = "planlint sample corpus"
    cp.revision = 1

    if plan.get("header"):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = hp.add_run(plan["header"])
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x80, 0x00, 0x00)
    if plan.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_text_with_fields(fp, plan["footer"], size=9)

    def shade(cell, fill):
        tc_pr = cell._tc.get_or_add_tcPr()
        tc_pr.append(_w("w:shd", val="clear", color="auto", fill=fill))

    def set_cell(cell, text, bold=False):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold

    num_id = None
    for block in plan["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind in ("h1", "h2"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "pl":  # letter address line, no space after
            para = doc.add_paragraph(block[1])
            para.paragraph_format.space_after = Pt(0)
        elif kind == "pr":  # right-aligned sender line
            para = doc.add_paragraph(block[1])
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para.paragraph_format.space_after = Pt(0)
        elif kind == "boldp":  # a bold paragraph used as a heading in a letter
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(10)
            para.paragraph_format.keep_with_next = True
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
        elif kind == "mlist":  # one real Word list numbered 1 / 1.1 / a)
            if num_id is None:
                num_id = _add_outline_numbering(doc)
            for level, text in block[1]:
                para = doc.add_paragraph(text, style="List Paragraph")
                if level < 2:
                    para.paragraph_format.space_before = Pt(6 if level == 0 else 3)
                    para.paragraph_format.keep_with_next = True
                    para.runs[0].bold = True
                num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = level
                num_pr.get_or_add_numId().val = num_id
        elif kind == "table":
            spec = block[1]
            grid = [spec["header"]] + spec["rows"]
            ncols = len(grid[0])
            table = doc.add_table(rows=len(grid), cols=ncols)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            table.autofit = False
            widths = spec.get("widths") or [usable / ncols] * ncols
            for gc, wd in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(Cm(wd).twips)))
            for ri, r in enumerate(table.rows):
                tr_pr = r._tr.get_or_add_trPr()
                tr_pr.append(_w("w:cantSplit"))
                if ri == 0:
                    tr_pr.append(_w("w:tblHeader", val="true"))
                for i, c in enumerate(r.cells):
                    c.width = Cm(widths[i])
            for ri, row in enumerate(grid):
                assert len(row) == ncols, (plan["name"], row)
                for ci, text in enumerate(row):
                    if text in (V, H):
                        continue
                    cell = table.cell(ri, ci)
                    band = ci + 1 < ncols and row[ci + 1] == H
                    set_cell(cell, text, bold=(ri == 0 or band))
                    if ri == 0:
                        shade(cell, spec.get("header_fill", "D9E2F3"))
                    elif band:
                        shade(cell, spec.get("band_fill", "EDEDED"))
            # horizontal merges (full-width band rows), then vertical merges
            for ri, row in enumerate(grid):
                ci = 0
                while ci < ncols:
                    end = ci
                    while end + 1 < ncols and row[end + 1] == H:
                        end += 1
                    if end > ci:
                        merged = table.cell(ri, ci).merge(table.cell(ri, end))
                        set_cell(merged, row[ci], bold=True)
                    ci = end + 1
            for ci in range(ncols):
                ri = 0
                while ri < len(grid):
                    end = ri
                    while end + 1 < len(grid) and grid[end + 1][ci] == V:
                        end += 1
                    if end > ri and grid[ri][ci] not in (V, H):
                        merged = table.cell(ri, ci).merge(table.cell(end, ci))
                        set_cell(merged, grid[ri][ci], bold=ri == 0)
                    ri = end + 1
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))


# ===========================================================================
# checks
# ===========================================================================
def _count_vmerge_starts(path: Path) -> int:
    from docx import Document
    from docx.oxml.ns import qn

    d = Document(str(path))
    n = 0
    for t in d.tables:
        for tc in t._tbl.iter(qn("w:tc")):
            vm = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            if vm is not None and vm.get(qn("w:val")) == "restart":
                n += 1
    return n


def _check_pdf_pages(plan: dict, path: Path) -> list[str]:
    import pdfplumber

    errors = []
    name = plan["name"]
    with pdfplumber.open(str(path)) as pdf:
        pages = [norm(pg.extract_text() or "") for pg in pdf.pages]
    total = len(pages)
    if total < plan.get("min_pages", 1):
        errors.append(f"{name}: {total} page(s), want at least {plan['min_pages']}")
    head = norm(plan.get("header", ""))
    for i, text in enumerate(pages, start=1):
        if head and head.split("|")[0].strip() not in text:
            errors.append(f"{name}: page {i} has no header")
        if plan.get("footer"):
            foot = norm(plan["footer"].replace("{PAGE}", str(i)).replace("{NUMPAGES}", str(total)))
            if foot not in text:
                errors.append(f"{name}: page {i} footer should read {foot!r}")
    return errors


def check_plan(plan: dict) -> list[str]:
    errors = []
    name = plan["name"]
    path = OUT / name
    if not name.startswith("b4_"):
        errors.append(f"{name}: batch 4 file names start with b4_")
    if plan["split"] != "heldout":
        errors.append(f"{name}: every batch 4 file is held out")
    if plan.get("not_a_plan") and plan["findings"]:
        errors.append(f"{name}: a file that is not a plan has no findings")
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
            hits = [u for u in units if norm(exc) in u]
            n = sum(u.count(norm(exc)) for u in units)
            if n != 1 or len(hits) != 1:
                errors.append(f"{name}: {rule} excerpt occurs {n} times (want exactly 1): {exc!r}")
        key = (rule, exc)
        if key in seen:
            errors.append(f"{name}: duplicate finding {key}")
        seen.add(key)
    if path.suffix == ".docx" and plan.get("check_vmerge"):
        got = _count_vmerge_starts(path)
        if got != plan["check_vmerge"]:
            errors.append(f"{name}: {got} vertically merged cells, want {plan['check_vmerge']}")
    if path.suffix == ".pdf" and (plan.get("header") or plan.get("footer") or plan.get("min_pages")):
        errors.extend(_check_pdf_pages(plan, path))
    return errors






def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the built files against the labels")
    ap.add_argument("--only", help="build and check only files whose name contains this string")
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
        want = sorted([".docx"] * 7 + [".pdf"] * 4 + [".md"] * 3 + [".txt"] * 3)
        if exts != want:
            errors.append(f"format mix is {exts}, want 7 docx, 4 pdf, 3 md, 3 txt")
        covered = {f["rule"] for p in PLANS for f in p["findings"]}
        if covered != ALL_RULES:
            errors.append(f"rules with no expected finding: {sorted(ALL_RULES - covered)}")
        if sum(1 for p in PLANS if p.get("not_a_plan")) < 2:
            errors.append("want at least 2 files that are not plans")
        if sum(1 for p in PLANS if not p.get("not_a_plan") and not p["findings"]) < 3:
            errors.append("want at least 3 exemplary plans")
        if sum(1 for p in PLANS if p["name"].endswith(".pdf") and p.get("header") and p.get("footer")) < 2:
            errors.append("want at least 2 PDFs with a header and a page footer")
    for e in errors:
        print("ERROR:", e)
    total = sum(len(p["findings"]) for p in plans)
    print(f"{len(plans)} files checked, {total} expected findings, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
