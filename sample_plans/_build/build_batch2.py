#!/usr/bin/env python3
"""Build batch 2 of the planlint labelled evaluation corpus (files named b2_*).

All plans, people, places and organisations are fictional.

Usage (from the repository root):

    /path/to/venv/bin/python sample_plans/_build/build_batch2.py          # build + check
    /path/to/venv/bin/python sample_plans/_build/build_batch2.py --check  # check only
    /path/to/venv/bin/python sample_plans/_build/build_batch2.py --only minutes

Needs python-docx, and pdfplumber for the check. PDFs are made by writing a
.docx with python-docx and converting it with LibreOffice
(`soffice --headless --convert-to pdf`); only the PDF is kept.

It renders its own plans (it does not import build.py; only the helpers
every build shares come from corpus.py), because batch 2 uses layouts that
build.py cannot render: custom paragraph styles with no Heading styles, bold
paragraphs used as headings, a landscape page, action "cards" (one small
table per action) and a separate table per outcome.

The plan texts and their expected findings are written out below. The
findings were labelled by hand from the rule definitions and labelling
conventions in sample_plans/README.md; nothing here computes a label. The
check only makes sure that every label is well formed and that every excerpt
occurs exactly once in the plan's extracted text (whitespace collapsed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent  # sample_plans/
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from corpus import ALL_RULES, DOC_RULES, build, extract_units, norm  # noqa: E402

U = "^"  # in a docx table row: this cell is merged with the cell above


def F(rule, excerpt=None):
    return {"rule": rule, "excerpt": excerpt} if excerpt else {"rule": rule}


PLANS: list[dict] = []

# ===========================================================================
# 1. Child in Need stepped up to child protection: 6-column table (docx)
# ===========================================================================
N1 = "Basic care and home conditions"
N2 = "Health"
N3 = "Tanya's alcohol use and mental health"
N4 = "Kayla's emotional wellbeing"
N5 = "Family network"
PLANS.append({
    "name": "b2_hollinvale_cin_stepup_brooks.docx",
    "doc_title": "Child Protection Plan (stepped up from CIN) - Kayla and Reece Brooks",
    "split": "tune",
    "template": "cin-stepup-six-column",
    "font": "Arial",
    "description": "Child in Need plan stepped up to child protection after six months, kept in the CIN 'Need | Outcome | Action | Lead agency | Start/review date | RAG/progress' layout with merged Need cells; each row's measure is read from its Outcome and RAG/progress cells. Mother's drinking and depression; the alcohol service reports, but the CPN row only supports (H001). Two adult-only outcome cells, 'ongoing' and 'ASAP' rows, an ownerless dentist row, an MGM row with no measure, and a contingency that uses the grandmother without saying what happens if the family support fails (C003).",
    "blocks": [
        ("title", "Hollinvale Borough Council - Children's Social Care"),
        ("h1", "Child Protection Plan (stepped up from Child in Need)"),
        ("kv", [
            ("Children", "Kayla Brooks (9, DOB 02/06/2015) and Reece Brooks (4, DOB 19/11/2020)"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "11 March 2025"),
            ("Previous plan", "Child in Need plan, 16 September 2024 to 11 March 2025"),
            ("Social worker", "Imran Aziz"),
            ("Team manager", "Carol Benn"),
            ("Conference chair", "Martin Okafor"),
        ]),
        ("h1", "Family and network"),
        ("p", "Kayla and Reece live with their mum, Tanya Brooks (33), at 28 Fennel Street, Hollinvale. Their father, Lee Walker, lives in Spain and phones on birthdays. Tanya's mum, Pat Brooks (MGM, 58), lives two streets away, and Tanya's sister, Leah Brooks (29), also lives in Hollinvale."),
        ("h1", "Why the plan has been stepped up"),
        ("p", "Kayla and Reece have been on a Child in Need plan since 16 September 2024 because of neglect. Over six months Tanya has attended some family support sessions, but her drinking has increased: she told her CPN in February that she drinks two bottles of wine most evenings. On 27 February 2025 police found Kayla putting Reece to bed at 10pm while Tanya was asleep on the sofa and could not be woken. Reece has missed his pre-school booster twice, Kayla has had toothache since Christmas, and there is often no food in the house. Tanya has been treated for depression by the Hollinvale Community Mental Health Team since 2023."),
        ("h1", "What Kayla and Reece say"),
        ("p", "Kayla said she 'does tea' for Reece when Mum is 'tired' and that she worries Mum won't wake up. She likes Brownies and going to Nanny Pat's, and she wants 'Mum not to drink the wine'. Reece is four; at nursery he talks about 'Kayla's fish fingers' and hides food in his pockets at snack time."),
        ("h1", "Plan"),
        ("table", {
            "header": ["Need", "Outcome (what will be different)", "Action", "Lead agency", "Start / review date", "RAG / progress"],
            "widths": [2.4, 3.4, 3.6, 3.0, 2.4, 2.2],
            "rows": [
                [N1, "Kayla and Reece have clean clothes and a cooked tea every day, and the SW sees food in the cupboards at every visit", "Family Support Worker to run evening routine sessions at home with Tanya, covering shopping, meal planning and laundry", "Hollinvale Family Support Service (FSW Dionne Clarke)", "Started 23/09/2024 under CIN; x2 weekly; review 22 April 2025", "Amber - 9 of 14 sessions attended since January"],
                [U, "Improvement in the home conditions for Kayla and Reece", "Tanya to keep the kitchen and bathroom clean and safe", "Tanya Brooks (mother)", "Ongoing", "Amber"],
                [U, "Reece has his own bed and bedding by 31 March 2025", "SW to apply to the Hollinvale Household Support Fund for a bed and bedding for Reece", "Hollinvale Children's Social Care (SW Imran Aziz)", "By 18 March 2025", "Green - application sent 12/03/2025"],
                [N2, "Reece is up to date with his immunisations", "Tanya to take Reece to the practice nurse for his pre-school booster", "Tanya Brooks (mother)", "By 4 April 2025", "Red - two appointments missed under CIN; practice to confirm attendance to the SW"],
                [U, "Kayla's dental treatment is completed and the dentist confirms this to the SW", "Kayla to be seen by a dentist about her toothache", "", "ASAP", "Red - not started"],
                [N3, "Tanya will drink less alcohol", "Tanya to attend key work sessions at Hollinvale Alcohol Service", "Tanya Brooks (mother)", "Fortnightly from 18 March 2025", "Amber - engagement variable"],
                [U, "Kayla and Reece are cared for by a sober adult every evening", "Hollinvale Alcohol Service to provide alcohol treatment and report to the SW on Tanya's breath tests and progress", "Hollinvale Alcohol Service (keyworker Paul Ames)", "Monthly reports from 30 April 2025", "New action"],
                [U, "Tanya's low mood will be better managed", "CPN to continue supporting Tanya with her low mood", "Hollinvale CMHT (CPN Grace Otieno)", "Fortnightly", "Amber"],
                [N4, "Kayla can name two adults in school she can go to, and her worries are written down at each check-in", "School DSL to meet Kayla for a weekly check-in", "Brindle Lane Primary (DSL Mrs Sue Hart)", "Every Monday from 17 March 2025", "Green - started"],
                [U, "Kayla's wishes and feelings are written up after every visit and shared at core group", "SW to see Kayla alone at each visit", "Hollinvale Children's Social Care (SW Imran Aziz)", "Every 10 working days", "Green"],
                [N5, "-", "MGM to have Kayla and Reece for tea on Wednesdays", "Pat Brooks (MGM)", "Every Wednesday", ""],
                [U, "Kayla keeps going to Brownies every week", "Aunt Leah to take Kayla to Brownies", "Leah Brooks (maternal aunt)", "Every Thursday, 6-7.30pm", "Green - 6 weeks running; Leah texts the SW if Kayla misses a week"],
            ]}),
        ("h1", "Contingency"),
        ("p", "If Tanya is found under the influence of alcohol while she is the only adult caring for Kayla and Reece, or if the children are found without an adult in the evening, the SW (or the Emergency Duty Team out of hours) will arrange for the children to stay with Pat that night and will hold a strategy discussion within 24 hours."),
        ("h1", "Escalation"),
        ("p", "The children have had six months of Child in Need support without enough change. If Tanya's breath tests are not consistently negative by the review conference, the team manager will refer the case to the Legal Gateway Panel to consider the Public Law Outline."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every three weeks: 25 March, 15 April, 6 May and 27 May 2025. Review child protection conference: 10 June 2025."),
    ],
    "findings": [
        F("T002", "Tanya to keep the kitchen and bathroom clean and safe"),
        F("M002", "Tanya to keep the kitchen and bathroom clean and safe"),
        F("W001", "Kayla to be seen by a dentist about her toothache"),
        F("T002", "Kayla to be seen by a dentist about her toothache"),
        F("M002", "Tanya to attend key work sessions at Hollinvale Alcohol Service"),
        F("F002", "Tanya will drink less alcohol"),
        F("H001", "CPN to continue supporting Tanya with her low mood"),
        F("M002", "CPN to continue supporting Tanya with her low mood"),
        F("F002", "Tanya's low mood will be better managed"),
        F("M001", "MGM to have Kayla and Reece for tea on Wednesdays"),
        F("C003"),
    ],
})

# ===========================================================================
# 2. Core group minutes, actions in prose; transfer to Northshire (docx)
# ===========================================================================
PLANS.append({
    "name": "b2_salterby_minutes_price.docx",
    "doc_title": "Core Group Minutes and Plan - Jayden and Amelia Price",
    "split": "heldout",
    "template": "core-group-minutes",
    "font": "Calibri",
    "description": "Core group minutes whose actions are prose sentences under 'Agreed actions' (the 'Discussion' section's commitments are not actions). The family has moved and the case is to be transferred to Northshire: the Edge of Care referral, the parenting assessment and the FGC are put on hold or handed on (X001). HV 'continue ... ongoing', grandmother-supervised contact with no measure, no review conference date (R001) and no legal step (R002). Father's cocaine use is owned by the drug service; the contingency covers the family support failing.",
    "blocks": [
        ("title", "Salterby Borough Council"),
        ("h1", "Core Group Meeting - Minutes and Child Protection Plan"),
        ("kv", [
            ("Children", "Jayden Price (8) and Amelia Price (14 months)"),
            ("Category", "Neglect"),
            ("Date of meeting", "17.3.25"),
            ("Venue", "Northshire Family Hub, Mill Lane (some attendees by Teams)"),
            ("Chair", "Kerry Lomax (SW)"),
            ("Minutes", "Anna Bright (business support)"),
        ]),
        ("h2", "Present"),
        ("p", "Leanne Price (mother); Kerry Lomax (SW, Salterby); Mrs Grace Okafor (DSL, St Barnabas Primary, Northshire); Bridget Moyo (HV, Northshire); Tom Reyes (keyworker, Step Forward, Salterby); Sandra Price (PGM); Gemma Hurst (maternal aunt)."),
        ("h2", "Apologies"),
        ("p", "Craig Price (father); DC Neil Ashton (Salterby Police)."),
        ("h2", "Background"),
        ("p", "Leanne moved with Jayden and Amelia from Salterby to her sister Gemma Hurst's house at 4 Mill Lane, Northshire, on 24.2.25, after a domestic abuse incident. A transfer-in request was sent to Northshire County Council on 3.3.25; Northshire have accepted the transfer in principle, but no transfer-in conference date has been set. Craig still lives in Salterby. He uses cocaine most weekends and was arrested on 20.2.25 after damaging the front door of the family home. He is on police bail not to contact Leanne."),
        ("h2", "Discussion"),
        ("p", "Mrs Okafor said Jayden has settled well at St Barnabas; his attendance since starting on 3.3.25 is 88% because of two days missed when Leanne overslept. Bridget said Amelia was weighed on 12.3.25 and is on the 25th centile, down from the 50th in December. Leanne said she wants to stay in Northshire near Gemma. Tom said Craig has attended four of six appointments at Step Forward and his last drug screen was positive for cocaine. Sandra said she is happy to keep supervising Craig's contact. Kerry said Northshire will be asked to pick up the assessment work once the case has moved."),
        ("h2", "Jayden's and Amelia's views and experiences"),
        ("p", "Kerry saw Jayden on his own at school on 14.3.25. He said he likes his new school and 'Auntie Gemma's dog', but misses his friends in Salterby and 'wants Dad to stop being angry'. He said he still has bad dreams about the night the door was broken. Amelia is 14 months old; at the visit on 14.3.25 she was walking around the furniture and babbling, and she went to Leanne and to Gemma for comfort. Her nappy was dry and she ate a full lunch."),
        ("h2", "Outcomes for Jayden and Amelia"),
        ("bullets", [
            "Jayden and Amelia will be safe from domestic abuse and will not see or hear violence.",
            "Amelia will be fed well and will be back on the 50th centile by the review conference.",
            "Jayden will go to school every day, on time, and will have someone at school he can talk to.",
        ]),
        ("h2", "Agreed actions"),
        ("p", "Kerry Lomax (SW) will visit Jayden and Amelia at Mill Lane every two weeks until the transfer-in conference, seeing Jayden on his own each time and recording his views on the visit record. Kerry will send the transfer summary and chronology to the Northshire Assessment Team by 28.3.25 and will ask them to confirm receipt in writing."),
        ("p", "The case is to be transferred to Northshire, so the referral to the Salterby Edge of Care Service is on hold until then and Northshire will decide whether to make a referral in due course."),
        ("p", "Kerry will pause the parenting assessment pending transfer and hand her observations to the allocated Northshire social worker within 5 working days of allocation, confirming the handover by email to Leanne and the core group."),
        ("p", "The Family Group Conference will be arranged by the network once the case has transferred to Northshire, date TBC."),
        ("p", "Mrs Okafor (DSL) will email Kerry Jayden's attendance and punctuality every Friday; the aim is attendance above 92% by the end of the summer term."),
        ("p", "Bridget (HV) will continue to see Amelia, ongoing."),
        ("p", "Craig will continue to attend Step Forward every week and has agreed that his drug screen results can be shared with Kerry. Tom Reyes (Step Forward) will send Kerry a report every four weeks on Craig's attendance, his drug screens and whether he is reducing his cocaine use."),
        ("p", "Sandra (PGM) will supervise Craig's contact with Jayden and Amelia every other Saturday at her home in Salterby."),
        ("p", "Gemma Hurst (maternal aunt) will take Jayden to school on the mornings Leanne starts work early, from 24.3.25, and the school will record whether he arrives on time on those days."),
        ("p", "Leanne will attend the Northshire Freedom Programme every Tuesday for 12 weeks from 25.3.25, and the facilitator will confirm her attendance to Kerry each month."),
        ("h2", "Contingency"),
        ("p", "If Craig comes to Mill Lane or contacts Leanne, Leanne will call 999 and Northshire Police will attend; Kerry (or the Salterby Emergency Duty Team out of hours) will hold a strategy discussion the same day. If Sandra cannot supervise a Saturday contact, the contact will not go ahead that week and Sandra will tell Kerry by the Friday. If Gemma cannot take Jayden to school, Leanne will take him and start work later."),
        ("h2", "Next meetings"),
        ("p", "Next core group: 15.4.25 (Teams). Review conference / transfer-in conference: to be arranged by Northshire once the transfer is accepted."),
    ],
    "findings": [
        F("X001", "the referral to the Salterby Edge of Care Service is on hold"),
        F("T002", "the referral to the Salterby Edge of Care Service is on hold"),
        F("M001", "the referral to the Salterby Edge of Care Service is on hold"),
        F("X001", "Kerry will pause the parenting assessment pending transfer"),
        F("X001", "The Family Group Conference will be arranged by the network"),
        F("W002", "The Family Group Conference will be arranged by the network"),
        F("T002", "The Family Group Conference will be arranged by the network"),
        F("M001", "The Family Group Conference will be arranged by the network"),
        F("T002", "Bridget (HV) will continue to see Amelia, ongoing."),
        F("M001", "Bridget (HV) will continue to see Amelia, ongoing."),
        F("M001", "Sandra (PGM) will supervise Craig's contact with Jayden and Amelia"),
        F("R001"),
        F("R002"),
    ],
})

# ===========================================================================
# 3. Looked-after baby in hospital WITH visits: Frequency + Completed? (pdf)
# ===========================================================================
PLANS.append({
    "name": "b2_wrayford_lac_hospital_finnegan.pdf",
    "doc_title": "Child Protection Plan - Orla Finnegan (looked after)",
    "split": "tune",
    "template": "frequency-completed-columns",
    "font": "Arial",
    "landscape": True,
    "description": "Landscape PDF for a 9-week-old under an interim care order who is still on the ward; the action table has separate 'Frequency', 'Deadline / review' and 'Completed?' columns. The SW visits twice weekly and the foster carers daily, so no L001. Faults: perinatal team row only supports, 'as required', 'Engagement' (H001); dietitian measured by 'Improvement'; mother's appointments with no evidence; assessor 'TBC'; ownerless equipment row with no evidence.",
    "blocks": [
        ("title", "Wrayford City Council - Children's Services"),
        ("h1", "Child Protection Plan and Care Plan Actions - Orla Finnegan (looked after)"),
        ("kv", [
            ("Child", "Orla Finnegan, born 30 January 2025"),
            ("Legal status", "Interim care order made 21 March 2025 (Wrayford Family Court)"),
            ("Where Orla is", "Ward 6 (infants), Wrayford Children's Hospital; on discharge, foster placement with Nadia and Sami Aziz"),
            ("Category", "Neglect"),
            ("Core group date", "1 April 2025"),
            ("Social worker", "Lisa Kendrick"),
            ("IRO", "Sunita Lal"),
        ]),
        ("h1", "Family"),
        ("table", {"header": ["Name", "Relationship", "Notes"], "widths": [7, 7, 11.7], "rows": [
            ["Orla Finnegan", "Subject child", "9 weeks; on Ward 6"],
            ["Shauna Finnegan", "Mother, 21", "Lives at 15 Kiln Row, Wrayford"],
            ["Liam Doyle", "Father, 25", "Lives with Shauna; works away on building sites Monday to Friday"],
            ["Bernie Finnegan", "Maternal grandmother (MGM), 50", "Lives in Wrayford; has asked to be assessed as a carer"],
        ]}),
        ("h1", "Why Orla has a plan"),
        ("p", "Orla was admitted to Wrayford Children's Hospital on 14 March 2025 with bronchiolitis, and doctors found she had dropped from the 50th to below the 2nd centile because she had not been fed enough. Shauna was diagnosed with postnatal depression in February and is under the Wrayford Perinatal Mental Health Team. Liam is away during the week and Shauna has had little help. The local authority applied for an interim care order, which was granted on 21 March 2025. Orla is expected to be well enough to leave hospital in about two weeks."),
        ("h1", "Orla's lived experience"),
        ("p", "Orla is nine weeks old. Nurses say she now feeds well from a bottle every three hours and has gained 210g in the last week. She settles when she is held and rocked, and she watches faces closely. In her first days on the ward she cried weakly and slept most of the day. When Shauna visits she holds Orla close but needs prompting to feed and wind her; Liam is confident with bottles and nappies."),
        ("h1", "Outcomes for Orla"),
        ("numbered", [
            "Orla will gain weight steadily and leave hospital well, straight to a foster home that knows her routine.",
            "Orla will be visited often in hospital, so she is not alone for long periods, and will get to know her foster carers before she leaves.",
            "Orla will keep a close bond with Shauna and Liam through safe, supervised contact.",
            "Shauna and Liam will understand Orla's feeding needs and show they can meet them.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Person responsible", "Frequency", "Deadline / review", "Evidence", "Completed?"],
            "widths": [1.1, 5.6, 4.2, 3.2, 3.6, 5.6, 2.4],
            "rows": [
                ["1", "SW to visit Orla on Ward 6 and speak with her named nurse", "Lisa Kendrick (SW)", "Twice weekly (Tues and Fri)", "Until discharge; then weekly in placement for 4 weeks", "Visit record on Orla's file describing her presentation and care", "In progress"],
                ["2", "Foster carers to visit Orla on the ward and learn her feeding and sleep routine before discharge", "Nadia and Sami Aziz (foster carers)", "Daily, at least 2 hours", "Before discharge", "Ward nursing notes record each visit and the feeding handover", "In progress"],
                ["3", "Supervised contact for Shauna and Liam on the ward", "Jo Carver, Wrayford Contact Service", "Mon, Wed and Fri, 2-4pm", "Review at first LAC review (17.4.25)", "Contact recordings sent to the SW within 48 hours", "In progress"],
                ["4", "Consultant paediatrician to write Orla's feeding plan and discharge summary", "Dr Nkem Obi, Consultant Paediatrician", "-", "Before discharge", "Feeding plan and discharge summary sent to the SW, the foster carers and the GP", "No"],
                ["5", "Ward dietitian to review Orla's feeds and weight gain", "Hannah Leigh, Ward Dietitian", "Weekly while on the ward", "-", "Improvement in weight", "In progress"],
                ["6", "Shauna to attend her appointments with the perinatal mental health team", "Shauna Finnegan (mother)", "Fortnightly", "-", "-", "No"],
                ["7", "Perinatal mental health team to support Shauna with her low mood", "Ellie Ward (CPN), Wrayford Perinatal Mental Health Team", "As required", "-", "Engagement", "-"],
                ["8", "Shauna and Liam to attend feeding sessions with the infant feeding team", "Shauna Finnegan and Liam Doyle", "3 sessions", "By 25.4.25", "Infant feeding lead sends the SW a note of each session, including whether both parents made up and gave feeds correctly", "No"],
                ["9", "IRO to chair Orla's first looked after review", "Sunita Lal (IRO)", "-", "17.4.25", "Review record circulated within 15 working days", "No"],
                ["10", "Parenting assessment of Shauna and Liam (PAMS) for the court", "TBC", "-", "Report due 30 May 2025", "Report filed with the court and shared with the parents' solicitors", "No"],
                ["11", "Orla's cot, car seat and steriliser to be ready at the foster home", "", "-", "Before discharge", "", "No"],
                ["12", "SW to complete a viability assessment of Bernie Finnegan (MGM) as a carer for Orla", "Lisa Kendrick (SW)", "-", "By 2 May 2025", "Viability report with a recommendation filed with the court and shared with Bernie", "No"],
            ]}),
        ("h1", "Contingency plan"),
        ("p", "If either parent tries to remove Orla from the ward, or arrives for contact under the influence of drink or drugs, ward staff will call hospital security and the police and tell the SW (or the Emergency Duty Team); the contact will end and Orla will stay on the ward. If contact is unsafe at any point, the contact worker will end it and future contact will move to the Wrayford Family Centre."),
        ("p", "If the placement with Nadia and Sami falls through before discharge, Orla will stay on the ward until the placements team has found another foster home; Lisa will tell the ward and the IRO the same day."),
        ("p", "If the parenting assessment is negative, or the parents do not keep to the contact agreement, the SW will take legal advice about the final care plan before the case management hearing on 12 June 2025."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks: w/c 28 April and w/c 26 May 2025. Review child protection conference: 5 June 2025. First looked after review: 17.4.25."),
    ],
    "findings": [
        F("M002", "Ward dietitian to review Orla's feeds and weight gain"),
        F("M001", "Shauna to attend her appointments with the perinatal mental health team"),
        F("H001", "Perinatal mental health team to support Shauna with her low mood"),
        F("T002", "Perinatal mental health team to support Shauna with her low mood"),
        F("M002", "Perinatal mental health team to support Shauna with her low mood"),
        F("W002", "Parenting assessment of Shauna and Liam (PAMS) for the court"),
        F("W001", "Orla's cot, car seat and steriliser to be ready"),
        F("M001", "Orla's cot, car seat and steriliser to be ready"),
    ],
})

# ===========================================================================
# 4. Psychiatric inpatient mother; custom styles, bold headings (pdf)
# ===========================================================================
PH_STYLES = {
    "PH Banner": {"size": 15, "bold": True, "color": "1F4E79", "space_after": 2},
    "PH Section": {"size": 11.5, "bold": True, "color": "1F4E79", "space_before": 10, "space_after": 3},
    "PH Body": {"size": 10, "space_after": 4},
}
PLANS.append({
    "name": "b2_penhallow_inpatient_hobbs.pdf",
    "doc_title": "Child Protection Plan - Ben and Lottie Hobbs",
    "split": "heldout",
    "template": "custom-styles-bold-headings",
    "font": "Verdana",
    "custom_styles": PH_STYLES,
    "description": "PDF converted from a docx that uses only custom paragraph styles and bold Normal paragraphs as headings (no Heading or List styles). Mother is a detained psychiatric inpatient; the care coordinator reports on her capacity but the ward psychiatrist's row is treatment only ('ongoing', 'mental state improves'). Plan leans on the paternal grandmother and aunt (one row with no measure, one 'Monitored'), home leave row with no owner and 'TBC', schools 'as required', an adult-only outcome, no record of the children's views (F003), a contingency that only discusses and reviews (C002) and says nothing about the family support failing (C003), and no legal step.",
    "blocks": [
        ("sp", "PH Banner", "PENHALLOW COUNCIL - Children, Young People and Families"),
        ("sp", "PH Section", "Child Protection Plan - Initial Child Protection Conference"),
        ("sp", "PH Body", "Children: Ben Hobbs (11, DOB 05/08/2013) and Lottie Hobbs (6, DOB 22/01/2019)"),
        ("sp", "PH Body", "Category: Emotional abuse"),
        ("sp", "PH Body", "Conference: 9 April 2025      Chair: Rosalind Tate      Social worker: Nina Ferreira"),
        ("boldp", "Family"),
        ("sp", "PH Body", "Ben and Lottie live with their father, Daniel Hobbs (37), at 3 Gull Terrace, Penhallow. Their mother, Claire Hobbs (35), has been an inpatient on Larch Ward at Kestrel House, Penhallow's adult psychiatric unit, since 14 March 2025 and is detained under section 3 of the Mental Health Act. Daniel's mother, Jean Hobbs (PGM, 64), lives nearby, and Daniel's sister, Sarah Hobbs (33), lives in Trevarrow."),
        ("boldp", "Why the children have a plan"),
        ("sp", "PH Body", "Claire has schizoaffective disorder. In early March she stopped taking her medication. She came to believe the children were being 'watched through the television', kept them off school for a week, covered the windows with foil and would not let Ben leave the house. On 13 March 2025 she took Lottie out in the night in her pyjamas to 'hide' her; police found them on the seafront at 2am. Claire was admitted the next day. The ward is now planning escorted and then overnight home leave. Daniel works shifts at the docks and has had to rely on Jean for childcare."),
        ("sp", "PH Section", "Outcomes"),
        ("sp", "PH Body", "1. Ben and Lottie will be cared for every day by an adult who is well and understands what they need."),
        ("sp", "PH Body", "2. Ben and Lottie will go to school every day and will not be kept at home."),
        ("sp", "PH Body", "3. Claire will be well enough to come home."),
        ("sp", "PH Section", "The plan"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "Evidence of progress"],
            "widths": [5.6, 4.4, 3.2, 3.8],
            "rows": [
                ["Ward consultant psychiatrist to provide treatment for Claire's psychosis", "Dr Ravi Menon, Consultant Psychiatrist, Larch Ward", "Ongoing", "Claire's mental state improves"],
                ["Care coordinator to report on Claire's relapse signs and her ability to care safely for Ben and Lottie before any overnight home leave", "Femi Adeyemi, Care Coordinator, Penhallow CMHT", "Before the first overnight leave, and by 16 May 2025", "Written report to the SW and core group"],
                ["Daniel to arrange his shifts so that he is at home with the children every night", "Daniel Hobbs (father)", "From 14 April 2025", "Daniel shows the SW his rota each month"],
                ["Jean to do the school run and look after the children after school", "Jean Hobbs (PGM)", "Monday to Friday", "-"],
                ["Sarah to have Ben and Lottie to stay every other weekend", "Sarah Hobbs (paternal aunt)", "Every other weekend", "Monitored"],
                ["SW to explain Claire's illness to Ben and Lottie using the 'When Mum is poorly' storybook", "Nina Ferreira (SW)", "By 30 April 2025", "Ben and Lottie can each say who to tell if Mum becomes unwell again"],
                ["Schools to support Ben and Lottie", "Mr Gary Rowe, DSL, Penhallow Primary; Ms Priya Kaur, DSL, Tremar Academy", "As required", "-"],
                ["Claire's home leave to be planned", "", "TBC", "-"],
                ["SW to visit the children at home and see each child alone", "Nina Ferreira (SW)", "Every 2 weeks", "Visit records show each child seen alone"],
                ["Ward to tell the SW before any leave is granted", "Larch Ward (Ward Manager Tessa Cole)", "At least 48 hours before any leave", "Email to the SW logged on the children's file"],
            ]}),
        ("boldp", "Contingency"),
        ("sp", "PH Body", "If there are any concerns about Claire's home leave, the SW will discuss them with the ward and the plan will be reviewed at the next core group."),
        ("boldp", "Core group and review"),
        ("sp", "PH Body", "Core group meetings every three weeks: 23/04/2025, 14/05/2025 and 04/06/2025. Review child protection conference: 3 July 2025."),
    ],
    "findings": [
        F("H001", "Ward consultant psychiatrist to provide treatment for Claire's psychosis"),
        F("T002", "Ward consultant psychiatrist to provide treatment for Claire's psychosis"),
        F("M002", "Ward consultant psychiatrist to provide treatment for Claire's psychosis"),
        F("M001", "Jean to do the school run and look after the children"),
        F("M002", "Sarah to have Ben and Lottie to stay every other weekend"),
        F("T002", "Schools to support Ben and Lottie"),
        F("M001", "Schools to support Ben and Lottie"),
        F("W001", "Claire's home leave to be planned"),
        F("T002", "Claire's home leave to be planned"),
        F("M001", "Claire's home leave to be planned"),
        F("F002", "Claire will be well enough to come home"),
        F("F003"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})

# ===========================================================================
# 5. Looked-after baby who will be in hospital WITHOUT visits;
#    numbered actions with lettered sub-bullets (txt)
# ===========================================================================
PLANS.append({
    "name": "b2_ravensmoor_lac_surgery_lowry.txt",
    "doc_title": None,
    "split": "heldout",
    "template": "numbered-sub-bullets",
    "description": "Plain-text plan with numbered action groups and lettered sub-bullets for a looked-after (s20) baby with a cleft palate who is in foster care and booked into hospital for surgery: the foster carer will stay 'as much as she can', the parents visit 'when they are able' and the SW only 'keeps in touch', so no one visits at a stated frequency (L001). Father's daily cannabis use with no drug service owning anything (F004); a collective 'professionals' bullet, drug service attendance with no timescale, and an assessment with no stated output.",
    "text": """RAVENSMOOR COUNCIL
Children's Services - Child Protection Plan (child looked after)
Core Group 2 - 8.4.25

Child:            Kian Lowry, DOB 12.11.24 (almost 5 months)
Legal status:     Looked after under s20 Children Act 1989 since 3.3.25
Placement:        Foster carer Bev Tanner, Ravensmoor
Category:         Neglect
SW:               Rhiannon Kemp          Team manager: Stuart Bell
IRO:              Farah Iqbal

FAMILY
Kian Lowry        subject child           4 months (in foster care)
Chantelle Lowry   mother                  19 (care leaver; supported lodgings)
Jack Dunmore      father                  22 (lives with his mother)
Carol Dunmore     paternal grandmother    48

WHY KIAN HAS A PLAN
Kian was born with a cleft lip and palate. He needs a special squeeze bottle and careful feeding. By February 2025 he had dropped from the 25th centile to below the 0.4th, and he had missed three cleft clinic appointments. Chantelle and Jack agreed to him being accommodated on 3.3.25. Jack smokes cannabis every day and has said he was "too stoned" to do the night feeds. Kian's palate repair operation is booked for 12 May 2025 at Ravensmoor Children's Hospital; the cleft team expect him to be on the ward for 5 to 7 days, and longer if there are feeding problems.

WHAT LIFE IS LIKE FOR KIAN
Kian is a smiley baby who has gained 600g in five weeks with Bev. Bev says he now feeds in 20 minutes with the squeeze bottle and sleeps from 11pm to 5am. He gets upset and arches his back when he is handled by people he doesn't know, and he calms when Bev sings to him. At contact Chantelle holds him close but struggles with the bottle; Jack has come to 4 of 9 contacts.

OUTCOMES FOR KIAN
- Kian will keep gaining weight and will be back on the 25th centile by the autumn.
- Kian will have his palate repair and recover well, with familiar adults with him in hospital.
- Kian will have safe, regular time with his mum and dad.

ACTIONS
1. Health visiting and health
   a) HV (Mo Ahmed) to visit Kian at the foster home fortnightly and weigh him, sending his weight chart to the SW after each visit.
   b) Cleft nurse specialist (Lyn Forde) to see Kian at home before the operation, by 2.5.25, and send the SW and Bev a written pre-op feeding plan.
   c) Professionals to share information about Kian's operation.
2. Hospital stay
   a) Bev (foster carer) to stay with Kian on the ward as much as she can.
   b) Chantelle and Jack to visit Kian in hospital when they are able.
   c) SW to keep in touch with the ward during Kian's admission.
3. Social work and contact
   a) SW (Rhiannon Kemp) to visit Kian in placement every 4 weeks and see him awake, recording his care and presentation.
   b) Ravensmoor Family Centre (contact worker Ami Shah) to supervise contact for Chantelle and Jack x2 weekly (Tues and Thurs, 10-11.30am), sending contact notes to the SW weekly.
   c) IRO (Farah Iqbal) to chair Kian's second looked after review on 29.5.25 and send the record to both parents within 20 working days.
4. Parents
   a) Chantelle to attend three cleft feeding sessions with Bev by 30.4.25; Bev and the cleft nurse to record whether Chantelle can feed Kian safely with the squeeze bottle.
   b) Jack to attend Ravensmoor Drug Service about his cannabis use.
   c) Chantelle's personal adviser (Ruth Bayliss) to meet her every other Tuesday and help her find a training course by 30.6.25, confirming to the SW when she has enrolled.
   d) SW to complete a parenting assessment of Chantelle and Jack by 27.6.25.
5. Legal and planning
   a) SW to present Kian's case to the Legal Gateway Meeting by 25.4.25 for a decision on whether to start the PLO, and to tell both parents the decision in writing.

CONTINGENCY
If Chantelle or Jack withdraw their section 20 consent, or try to take Kian from the foster home or the ward, Bev or ward staff will call the police and the SW (or the Emergency Duty Team), and the SW will seek legal advice the same day about an emergency protection order.
If Kian loses weight after the operation or cannot feed, he will stay on the ward until the cleft team are satisfied, and the Ravensmoor fostering team will arrange extra support for Bev.
If Chantelle and Jack have not made the changes set out in the parenting assessment by the review conference, the team manager will request a legal planning meeting.

MEETINGS
Core group every 4 weeks: 6.5.25, 3.6.25.
Review child protection conference: 24.6.25.
Looked after review: 29.5.25.
""",
    "findings": [
        F("W002", "Professionals to share information about Kian's operation"),
        F("T001", "Professionals to share information about Kian's operation"),
        F("M001", "Professionals to share information about Kian's operation"),
        F("T002", "Bev (foster carer) to stay with Kian on the ward"),
        F("M001", "Bev (foster carer) to stay with Kian on the ward"),
        F("T002", "Chantelle and Jack to visit Kian in hospital when they are able"),
        F("M001", "Chantelle and Jack to visit Kian in hospital when they are able"),
        F("M001", "SW to keep in touch with the ward during Kian's admission"),
        F("T001", "Jack to attend Ravensmoor Drug Service about his cannabis use"),
        F("M001", "Jack to attend Ravensmoor Drug Service about his cannabis use"),
        F("M001", "SW to complete a parenting assessment of Chantelle and Jack"),
        F("L001"),
        F("F004"),
    ],
})

# ===========================================================================
# 6. Email-style export: "ACTIONS AGREED:" dash lines (txt)
# ===========================================================================
PLANS.append({
    "name": "b2_quarrington_email_tennant.txt",
    "doc_title": None,
    "split": "tune",
    "template": "email-export",
    "description": "Social worker's post-core-group email pasted as plain text, with 'ACTIONS AGREED:' lines in the form 'who - what - when'. Domestic abuse and father's cocaine use (the drug service owns an update). No expected outcome for the children anywhere (O001). Weak lines: HV 'weekly home visits - ongoing' (a real timescale) with no measure, father 'asap' and 'engage', DSL 'keep an eye on', grandparent-supervised contact with no measure, 'All agencies ... as and when', housing 'TBC', assessment with no output. The contingency covers the grandparents being unable to supervise and has a legal step.",
    "text": """From:     Desai, Priya (Children's Services)
Sent:     19 March 2025 16:42
To:       Core group - Tennant children
Subject:  Tennant - core group 1 - actions and next dates

Hi all,

Thanks for coming today. Notes of the main points and the actions we agreed are below - please tell me by Friday if anything is wrong.

Children: Ava Tennant (6) and Finn Tennant (2)
Plan: child protection, emotional abuse (ICPC 05/03/2025)
SW: Priya Desai    TM: Neil Harcourt

WHERE WE ARE
- Jason (Dad) is still on bail not to go to 22 Copse Road; bail runs to 23/04/2025.
- Kayleigh (Mum) says the relationship is over, but Jason is still texting her.
- Jason told Anchor he uses cocaine "most weekends"; his first drug screen (12/03) was positive.
- Ava told me on 17/03 that she "doesn't want Daddy to shout at Mummy any more", but she misses him and wants to see him at Nanny Pauline's. She sleeps in Mum's bed because she is scared of "the banging".
- Finn (2): nursery say he is clingy at drop-off and has started hitting other children. At home on 17/03 he was playing happily with his cars and went to Mum for a cuddle when the doorbell rang.

ACTIONS AGREED:
- HV (Sam) — weekly home visits — ongoing
- SW (Priya) — see Ava alone at school and record her views on the 3 houses sheet — every 2 weeks
- IDVA (Roz Kaye) — DASH with Kayleigh, MARAC referral if she scores 14+, email me the outcome — by 21/03/2025
- Dad (Jason) — attend Anchor Drug & Alcohol Service and engage with key work — asap
- Anchor (Jo Pike) — 4-weekly written update to me on Jason's drug screens and progress — from 16/04/2025
- Mum (Kayleigh) — Freedom Programme, Weds x 12 wks from 26/03 — facilitator to confirm attendance to me monthly
- DSL (Mr Byrne) — keep an eye on Ava in class
- Nursery (Lucy, Finn's key worker) — body map and email to me about any marks or worries — same day
- MGM (Pauline) + PGF (Ray) — supervise Jason's contact at Pauline's — every other Sat, 2-4pm
- All agencies — share info re any DA incidents — as and when
- Housing (Sue Tate, Quarrington Homes) — sanctuary scheme assessment at Copse Road — TBC
- Police (DC Amy Lowe) — email me Jason's bail conditions, and any breach within 24 hrs — by 28/03/2025
- SW (Priya) — parenting assessment — by 16/05/2025

CONTINGENCY (agreed at ICPC, unchanged)
- If Jason comes to Copse Road or breaks his bail: Kayleigh to call 999 and police will attend as a priority; strategy discussion (me or EDT) within 24 hrs; Kayleigh and the children to stay at Pauline's that night.
- If Pauline or Ray can't supervise a contact, that contact is cancelled and they will text me by the Friday. No unsupervised contact in any circumstances.
- If Jason's screens are still positive at the RCPC, or there is another incident, Neil will request a legal planning meeting.

NEXT DATES
CG2: 10/04/2025, 10am, Quarrington Family Hub - then every 4 weeks.
RCPC: 12/06/2025.

Thanks,
Priya

Priya Desai | Social Worker | Quarrington Children's Services, Locality Team East
""",
    "findings": [
        F("M001", "HV (Sam) — weekly home visits — ongoing"),
        F("T002", "attend Anchor Drug & Alcohol Service and engage with key work"),
        F("M002", "attend Anchor Drug & Alcohol Service and engage with key work"),
        F("T001", "DSL (Mr Byrne) — keep an eye on Ava in class"),
        F("M002", "DSL (Mr Byrne) — keep an eye on Ava in class"),
        F("M001", "MGM (Pauline) + PGF (Ray) — supervise Jason's contact"),
        F("W002", "All agencies — share info re any DA incidents"),
        F("T002", "All agencies — share info re any DA incidents"),
        F("M001", "All agencies — share info re any DA incidents"),
        F("T002", "Housing (Sue Tate, Quarrington Homes) — sanctuary scheme assessment"),
        F("M001", "Housing (Sue Tate, Quarrington Homes) — sanctuary scheme assessment"),
        F("M001", "SW (Priya) — parenting assessment — by 16/05/2025"),
        F("O001"),
    ],
})

# ===========================================================================
# 7. Signs of Safety "Next steps": Who | What | By when, with scaling (md)
# ===========================================================================
PLANS.append({
    "name": "b2_stanway_sos_barker.md",
    "doc_title": None,
    "split": "tune",
    "template": "signs-of-safety-next-steps",
    "description": "Signs of Safety plan whose 'Next steps' table has only Who | What | By when, so any measure has to be in the What cell. Physical abuse of a 3-year-old by his father; good danger statement, safety goal, scaling, child's words and a safety plan that covers the network failing, with a legal step. Faults: father's daily cannabis use with no adult service owning anything (F004) and an 'ongoing' cut-down row, grandmother and uncle rows and a school row with no measure, HV 'TBC', and a 'safety network ... keep an eye on ... throughout the plan' row.",
    "text": """# Stanway District Council — Signs of Safety Child Protection Plan

**Children:** Ellie Barker (13) and Sonny Barker (3)  
**Parents:** Demi Barker (31), mother of both children; Wes Carver (30), Sonny's father and Ellie's stepfather  
**Safety network:** Jackie Barker (MGM), Jordan Barker (maternal uncle)  
**Category:** Physical abuse  
**ICPC:** 3 April 2025  
**Social worker:** Lucy Wren

## Danger statement

Stanway Children's Services, Sonny's nursery and Ellie's school are worried that Wes loses his temper with Sonny and hurts him when he is left in charge of him. On 21 March 2025 nursery saw finger-mark bruises on Sonny's upper arm and a bruise on his ear, and a child protection medical found they were likely caused by gripping and hitting. Ellie told her teacher that Wes "grabs Sonny when he won't stop crying". If nothing changes, Sonny could be seriously hurt, and Ellie will go on feeling she has to protect him.

## Safety goal

Sonny will never be left alone with Wes, and Ellie and Sonny will live in a home where the adults stay calm and no one is hurt. Demi, Wes and the safety network will show everyone, for at least six months, that the safety plan is working.

## What are we worried about?

- Past harm: the bruising seen on 21/03/2025, and a referral in October 2024 for a bruise on Sonny's cheek that Demi said came from a fall.
- Wes smokes cannabis most evenings and says it "keeps him calm"; Demi says he is "snappy" when he has run out.
- Ellie has been late to school 14 times this term because she has been getting Sonny ready.

## What's working well?

- Demi believed Ellie and agreed straight away that Wes would not look after Sonny on his own.
- Jackie and Jordan came to the network meeting on 28/03/2025 and want to help.
- Sonny is doing well at Little Owls Nursery and is meeting his milestones.

## Scaling

On a scale of 0 to 10, where 10 means everyone is confident Ellie and Sonny are safe enough for the plan to end and 0 means things are so bad they cannot live at home: Lucy (SW) 3, Demi 6, Wes 7, Jackie 5, nursery 4, Ellie "about a 5".

## Ellie's and Sonny's words and experience

Ellie did a "two houses" with Lucy on 1 April 2025. In her house of worries she wrote "Wes shouting at Sonny" and "me getting a late mark". In her house of good things she wrote "Nan Jackie's Sunday dinners" and "my netball team". She said she wants Wes "to go on a course to stop being angry" and that she feels safer when Nan is there. Sonny is three: nursery staff see him flinch when an adult raises their voice, and he now asks to stay at nursery at home time.

## Next steps

| Who | What | By when |
|---|---|---|
| Demi | Make sure Sonny is never alone with Wes: Demi or Jackie will always be there, and Lucy will check this with Demi, Jackie and Ellie at every visit | Every day from 3 April 2025 |
| Wes | Go to the Caring Dads programme and agree that the facilitator can send Lucy a report after every fourth session | 17 weekly sessions starting w/c 14 April 2025 |
| Wes | Cut down his cannabis use | Ongoing |
| Jackie (MGM) | Have Sonny and Ellie for tea every Tuesday and Thursday until Demi finishes work | Every Tue and Thu |
| Jordan (maternal uncle) | Collect Ellie from netball and bring her home on Fridays | Every Friday |
| Lucy Wren (SW) | Do a words and pictures explanation with Ellie, Sonny and the network, and get it signed by everyone in the network | By 2 May 2025 |
| Little Owls Nursery (key worker Gemma Lyle) | Tell Lucy the same day about any marks, with a body map and an email | Same day |
| Alison Reid (HV) | Check Sonny's development and speech at home | TBC |
| The safety network | Keep an eye on how Wes is with Sonny | Throughout the plan |
| Dr Faye Lin (community paediatrician) | Send Lucy the written report of the child protection medical | By 11 April 2025 |
| Ellie's school (Mr Tom Avery, DSL) | Offer Ellie a weekly place in the school's young carers group | Weekly from 7 April 2025 |
| Lucy Wren (SW) | See Ellie on her own and do scaling with her, writing up her scores and her words after each visit | Every 2 weeks |

## Safety plan: if things go wrong

- If Sonny has a mark or bruise that is not explained, or Ellie or Sonny say Wes has hurt them, nursery or school will phone Lucy (or the Emergency Duty Team) straight away; a strategy discussion will be held the same day and Wes will leave the house that night to stay with his brother. If Wes will not leave, Demi and the children will go to Jackie's.
- If Jackie or Jordan cannot do their day, they will text Lucy and Demi that morning; Demi will leave work early to collect the children, and Wes will not look after Sonny instead.
- If Sonny has another injury, or Wes stops going to Caring Dads, the team manager will request a legal planning meeting.

## Core group and review

Core group meetings every four weeks: 17 April, 15 May and 12 June 2025. Review child protection conference: 10 July 2025.
""",
    "findings": [
        F("T002", "Cut down his cannabis use"),
        F("M001", "Cut down his cannabis use"),
        F("M001", "Have Sonny and Ellie for tea every Tuesday and Thursday"),
        F("M001", "Collect Ellie from netball and bring her home on Fridays"),
        F("T002", "Check Sonny's development and speech at home"),
        F("M001", "Check Sonny's development and speech at home"),
        F("W002", "Keep an eye on how Wes is with Sonny"),
        F("T002", "Keep an eye on how Wes is with Sonny"),
        F("M002", "Keep an eye on how Wes is with Sonny"),
        F("M001", "Offer Ellie a weekly place in the school's young carers group"),
        F("F004"),
    ],
})

# ===========================================================================
# 8. Nested bullets + table with merged-looking blank cells (md)
# ===========================================================================
PLANS.append({
    "name": "b2_harbourne_rcpc_cole.md",
    "doc_title": None,
    "split": "heldout",
    "template": "nested-bullets-blank-cells",
    "description": "Review conference plan in Markdown with nested bullets in the narrative sections and an action table whose Outcome cells are left blank under the first row of each outcome (a Word merge flattened). Seven of eleven rows are about the mother's own anxiety, pain and isolation (F001), two adult-only outcomes, Talking Therapies only treats (H001), vague measures, an ownerless 'ASAP' benefits row, MGM 'as and when'. No contingency at all (C001) and no legal step (R002).",
    "text": """# Harbourne City Council

## Child Protection Plan — Review Child Protection Conference 1

- **Children:** Millie Cole (7) and Leo Cole (2)
- **Category:** Neglect
- **Review conference:** 29/04/2025 (plan started 04/02/2025)
- **Social worker:** Aaron Blackwood
- **Chair:** Yvonne Ekwueme

### Family

- Natasha Cole, mother, 29
  - lives with Millie and Leo at 11 Pier View, Harbourne
  - has severe anxiety and agoraphobia, and chronic back pain since a car accident in 2022
- Millie Cole, 7, Year 2 at Seagate Primary
- Leo Cole, 2
- Linda Cole, maternal grandmother (MGM), 55
  - lives ten minutes away and works part time
- The children's father, Ryan Hale, has no contact.

### What we are worried about

- Millie's school attendance
  - 74% this year, with 19 late marks
  - she misses school when Natasha cannot face the school run
- Leo
  - has not had his 2-year review
  - was in a wet nappy with a sore rash at two visits
- The home
  - curtains closed all day; very little food in the fridge at 3 of 5 visits
- Natasha
  - takes co-codamol for her back and says she sometimes "takes extra" on bad days
  - does not leave the house on most days

### What has changed since the initial conference

- Natasha started with Harbourne Talking Therapies in March.
- Leo's nappy rash has cleared.
- Millie's attendance has not improved.

### What Millie says and what life is like for Leo

- Millie (seen alone at school on 22/04/2025)
  - "I like school but sometimes Mummy's too scared to go outside."
  - She wants to go to Rainbows "like my friend Isla" and would like Nanny Linda to take her to school every day.
  - She said she makes Leo's breakfast "with the cereal".
- Leo (observed at home on 15/04/2025)
  - spent most of the visit in front of the TV in a wet nappy
  - brightened and babbled when the SW got his toy cars out
  - went to Natasha for a cuddle when the SW's phone rang

### Plan

| Outcome | Action | Who | When | Evidence |
|---|---|---|---|---|
| Natasha's anxiety will be better managed | Natasha to attend her Talking Therapies sessions | Natasha Cole | Weekly | Attendance letters shown to the SW |
|  | Talking Therapies to provide Natasha with CBT for anxiety | Harbourne Talking Therapies (PWP Ana Silva) | 8 sessions from 14/04/2025 | Natasha's engagement |
|  | Natasha to see her GP about her pain medication | Natasha Cole | By 30/04/2025 | GP confirms the appointment to the SW |
|  | GP to review Natasha's co-codamol prescription | Dr Sam Ellis (GP) | By 09/05/2025 | GP letter to the SW |
| Natasha feels less isolated and more confident | Natasha to attend a women's peer support group | Natasha Cole | Fortnightly | - |
|  | FSW to support Natasha to leave the house | Kerry-Ann Mills (FSW) | x2 weekly | Natasha's confidence improves |
|  | Natasha to be supported with her benefits claim | - | ASAP | - |
| Millie goes to school every day and on time | DSL to send Millie's attendance and punctuality to the SW | Mrs Joy Pemberton, DSL, Seagate Primary | Every Friday | Weekly figures; attendance above 90% by July 2025 |
|  | Linda to take Millie to school when Natasha can't leave the house | Linda Cole (MGM) | As and when | - |
| Leo's health and development are checked | HV to complete Leo's 2-year review | Anya Novak (HV) | By 16/05/2025 | ASQ-3 scores shared with the SW |
|  | SW to visit Millie and Leo at home | Aaron Blackwood (SW) | Every 3 weeks | Visit records describe Leo's care and Millie's views |

### Core group and review

- Core group meetings: monthly
  - next on 20/05/2025, then 17/06/2025
- Next review conference: 22/07/2025
""",
    "findings": [
        F("H001", "Talking Therapies to provide Natasha with CBT for anxiety"),
        F("M002", "Talking Therapies to provide Natasha with CBT for anxiety"),
        F("M001", "Natasha to attend a women's peer support group"),
        F("M002", "FSW to support Natasha to leave the house"),
        F("W001", "Natasha to be supported with her benefits claim"),
        F("T002", "Natasha to be supported with her benefits claim"),
        F("M001", "Natasha to be supported with her benefits claim"),
        F("T002", "Linda to take Millie to school when Natasha can't"),
        F("M001", "Linda to take Millie to school when Natasha can't"),
        F("F002", "Natasha's anxiety will be better managed"),
        F("F002", "Natasha feels less isolated and more confident"),
        F("F001"),
        F("C001"),
        F("R002"),
    ],
})

# ===========================================================================
# 9. Exemplary plan, one table per outcome; negations and hypotheticals (docx)
# ===========================================================================
OUT_HDR = ["What will happen", "Who", "When", "How we will know"]
OUT_W = [6.0, 3.6, 3.2, 4.2]
PLANS.append({
    "name": "b2_ottersham_icpc_fairbrother.docx",
    "doc_title": "Child Protection Plan - Harley and Maisie Fairbrother",
    "split": "tune",
    "template": "table-per-outcome",
    "font": "Arial",
    "description": "Exemplary ICPC neglect plan with a separate action table under each outcome heading. Mental ill health is negated ('no known mental health difficulties'), the father's alcohol use is negated ('no current concerns', negative hair strand test) and a relapse appears only as a hypothetical in the contingency ('Should Lee relapse'), so no F004. SMART rows, child's words and baby's observed experience, a contingency with triggers, a named carer, a fallback if the grandmother cannot help and a legal step, and dated review arrangements. No findings.",
    "blocks": [
        ("title", "Ottersham County Council - Children's Services"),
        ("h1", "Child Protection Plan - Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Harley Fairbrother (DOB 14/03/2019) and Maisie Fairbrother (DOB 02/05/2024)"),
            ("Category", "Neglect"),
            ("Date of ICPC", "14 April 2025"),
            ("Chair", "Bridget O'Neill"),
            ("Social worker", "Tom Castellano"),
            ("Plan agreed with", "Kerry Shaw and Lee Fairbrother"),
        ]),
        ("h1", "Family composition"),
        ("table", {"header": ["Name", "Relationship", "Age", "Lives at"], "widths": [4.2, 4.6, 2.2, 6.0], "rows": [
            ["Harley Fairbrother", "Subject child", "6", "19 Tern Close, Ottersham"],
            ["Maisie Fairbrother", "Subject child", "11 months", "19 Tern Close, Ottersham"],
            ["Kerry Shaw", "Mother", "26", "19 Tern Close, Ottersham"],
            ["Lee Fairbrother", "Father", "31", "19 Tern Close, Ottersham"],
            ["Sue Shaw", "Maternal grandmother (MGM)", "52", "4 Quay Road, Ottersham"],
        ]}),
        ("h1", "What we are worried about"),
        ("p", "Harley's attendance at Ottersham Infants is 78% this year and he has been late 23 times; he often arrives without breakfast and with head lice. Maisie has missed her 8- and 12-month immunisations. On 28 March 2025 Maisie fell down the stairs at home because there was no stair gate; she was checked at A&E and was not seriously hurt. The health visitor found the house cluttered, with bin bags in the hallway and a mouldy bottle in Maisie's cot. Lee works long shifts at a distribution centre and Kerry has found it hard to manage both children on her own."),
        ("h1", "The adults' health"),
        ("p", "Neither parent has any known mental health difficulties, and Kerry's GP has confirmed there are no health concerns. There are no current concerns about Lee's alcohol use: he has not drunk since 2018 and his hair strand test in March 2025 was negative. Kerry and Lee have asked for help with routines and with the house."),
        ("h1", "What is working well"),
        ("p", "Kerry and Lee both love the children, and Harley has a warm relationship with both of them. Kerry rang the health visitor herself after Maisie's fall. Sue lives nearby and already has Maisie one day a week."),
        ("h1", "What Harley says and what life is like for Maisie"),
        ("p", "Harley (6) told Tom on 9 April 2025 that he likes school 'when I'm not late' and that other children call him 'nitty'. He wants 'Mummy to do my hair in the morning' and 'a tidy bedroom with my dinosaurs'. Maisie is 11 months old and is crawling and pulling herself up. At the visit on 9 April she crawled towards the open stairs twice before Kerry noticed, and she spent much of the visit in a wet nappy; she laughed and clapped when Lee played peekaboo with her."),
        ("h1", "What we want for Harley and Maisie, and how we will get there"),
        ("h2", "Outcome 1: Harley will go to school every day, on time, clean and having had breakfast"),
        ("table", {"header": OUT_HDR, "widths": OUT_W, "rows": [
            ["Kerry and Lee to get Harley to school by 8.50am with breakfast eaten", "Kerry Shaw (mother) and Lee Fairbrother (father)", "Every school day from 22 April 2025", "Attendance above 95% and no more than 2 late marks each half term, from the school's weekly figures"],
            ["DSL to send Harley's attendance, punctuality and presentation to the SW", "Mrs Amina Bello, DSL, Ottersham Infants", "Every Friday", "Weekly email to the SW, logged on Harley's file"],
            ["Kerry to check and treat Harley's hair for head lice, using the school nurse's treatment pack", "Kerry Shaw (mother)", "Every Sunday from 20 April 2025", "School nurse checks Harley's hair on 19 May 2025 and tells the SW whether it is clear"],
        ]}),
        ("h2", "Outcome 2: Maisie will be safe at home and her health needs will be met"),
        ("table", {"header": OUT_HDR, "widths": OUT_W, "rows": [
            ["Lee to fit stair gates at the top and bottom of the stairs", "Lee Fairbrother (father)", "By 18 April 2025", "SW sees both gates fitted and closed at the next visit"],
            ["HV to complete Maisie's 1-year review and arrange her missed immunisations with the practice nurse", "Jane Ogundipe (HV)", "By 23 May 2025", "ASQ-3 scores and the immunisation record shared with the SW"],
            ["Sue to look after Maisie on Mondays while Kerry goes to her college course", "Sue Shaw (MGM)", "Every Monday from 21 April 2025", "Sue signs the family diary each Monday; the SW checks it at each visit"],
        ]}),
        ("h2", "Outcome 3: Harley and Maisie will live in a home that is clean, safe and uncluttered"),
        ("table", {"header": OUT_HDR, "widths": OUT_W, "rows": [
            ["FSW to do home conditions sessions with Kerry and Lee using the Ottersham Home Conditions Scale", "Paul Drummond (FSW)", "Weekly for 8 weeks from 24 April 2025", "Home conditions score rises from 2/5 to at least 4/5 when re-scored on 19 June 2025"],
            ["SW to visit, with at least every other visit unannounced, and see Harley alone", "Tom Castellano (SW)", "Every 2 weeks", "Visit records describe the home, Maisie's care and Harley's views in his own words"],
            ["SW to complete a parenting assessment of Kerry and Lee", "Tom Castellano (SW)", "By 27 June 2025", "Written assessment with recommendations shared with Kerry, Lee and the core group by 27 June 2025"],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If Harley's attendance falls below 85% in any two-week period, if Maisie is found near the stairs with no gate closed, or if the home is found to be unsafe for Maisie, the SW will visit the same day and agree a written safety plan with Kerry and Lee; if the home cannot be made safe that day, the children will stay with Sue at 4 Quay Road until it is, and a strategy discussion will be held within 24 hours."),
        ("p", "Should Lee relapse into drinking, or should any professional smell alcohol on him while he is caring for the children, Lee will leave the home that day and stay with his brother, and Kerry will care for the children with Sue's help; the SW will visit within 24 hours."),
        ("p", "If Sue cannot look after Maisie on a Monday, she will tell Kerry and the SW by the Sunday evening and Kerry will miss college that day; if Sue cannot have the children in an emergency, the SW will arrange a foster placement."),
        ("p", "If the home conditions score is still below 4/5, or Harley's attendance is below 90%, at the review conference, the team manager will request a legal planning meeting to consider the Public Law Outline."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks: 6 May, 3 June and 1 July 2025, at Ottersham Family Hub. Review child protection conference: 15 July 2025."),
    ],
    "findings": [],
})

# ===========================================================================
# 10. Action cards: one small two-column table per action (docx)
# ===========================================================================
def card(action, lead, timescale, measure, outcome):
    return ("table", {"header": None, "widths": [3.6, 13.4], "label_col": True, "rows": [
        ["Action", action],
        ["Lead", lead],
        ["Timescale", timescale],
        ["How we will know", measure],
        ["Outcome", outcome],
    ]})


PLANS.append({
    "name": "b2_brindleford_cards_pritchard.docx",
    "doc_title": "Child Protection Plan - Logan and Bella Pritchard",
    "split": "tune",
    "template": "action-cards",
    "font": "Calibri",
    "description": "Each action is a separate two-column 'card' table (Action / Lead / Timescale / How we will know / Outcome). Widowed father with alcohol dependence and alcohol-related liver disease; hepatology and the alcohol team appear only as places he should go (F004). The plan leans on the paternal grandmother and aunt and has no contingency at all (C001 and C003), records no views from the 10- and 7-year-old (F003), has no review conference date (R001) and no legal step (R002). Weak cards: 'stop drinking ... ongoing', grandmother with no measure, 'Family ... as required ... Monitored', ownerless young carers assessment.",
    "blocks": [
        ("title", "Brindleford Metropolitan Council"),
        ("h1", "Child Protection Plan"),
        ("kv", [
            ("Children", "Logan Pritchard (10) and Bella Pritchard (7)"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "2 April 2025"),
            ("Social worker", "Owain Jenkins"),
            ("Chair", "Farida Malik"),
        ]),
        ("h1", "Family"),
        ("p", "Logan and Bella live with their dad, Gareth Pritchard (44), at 7 Canal Side, Brindleford. Their mum, Helen Pritchard, died in 2022. Gareth's mother, Maureen Pritchard (70), lives in the next road, and Gareth's sister, Dawn Lewis (39), lives in Brindleford."),
        ("h1", "What we are worried about"),
        ("p", "Since Helen died, Gareth has been drinking heavily. In January 2025 he was diagnosed with alcohol-related liver disease and spent five days in Brindleford General; the children stayed with Maureen. School say Logan and Bella often arrive hungry and in the same clothes, and Logan has fallen asleep in class. On 18 March 2025 Gareth was found asleep in his car outside school, smelling of alcohol, when he came to collect the children. Gareth is under the hepatology clinic at Brindleford General and his consultant has referred him to the Brindleford Alcohol Team, but he has not yet been."),
        ("h1", "What we want to achieve"),
        ("numbered", [
            "Logan and Bella will be collected and cared for by a sober adult every day.",
            "Logan and Bella will go to school fed, clean and rested.",
            "Logan will not have to look after Bella or his dad.",
        ]),
        ("h1", "Actions"),
        card("Gareth to stop drinking alcohol completely", "Gareth Pritchard (father)", "Ongoing", "-", "1"),
        card("Gareth to go to his hepatology appointments at Brindleford General", "Gareth Pritchard (father)", "Next appointment 29 April 2025, then as booked by the clinic", "Gareth shows the SW his appointment letters", "1"),
        card("Maureen to make sure the children have tea and a bath every evening", "Maureen Pritchard (PGM)", "Daily", "", "2"),
        card("Dawn to have Logan and Bella to stay every weekend", "Dawn Lewis (paternal aunt)", "Every Friday to Sunday", "Dawn texts the SW each Monday to say the children stayed", "1"),
        card("Family to make sure Gareth is sober when he collects the children from school", "Family", "As required", "Monitored", "1"),
        card("St Luke's CE Primary to offer Logan and Bella free breakfast club places", "Mr Daniel Obi, DSL, St Luke's CE Primary", "Daily from 22 April 2025", "Breakfast club register shared with the SW monthly", "2"),
        card("SW to visit and see Logan and Bella together and on their own", "Owain Jenkins (SW)", "Fortnightly", "Visit records show both children seen, together and alone", "1, 2, 3"),
        card("Young carers assessment for Logan", "", "By 16 May 2025", "", "3"),
        card("Maureen and Dawn to take turns to collect the children from school on Gareth's clinic days", "Maureen Pritchard (PGM) and Dawn Lewis (paternal aunt)", "On each clinic day", "School's collection log shared with the SW", "1"),
        ("h1", "Core group and review"),
        ("p", "Core group meetings: monthly. Review child protection conference: to be arranged."),
    ],
    "findings": [
        F("T002", "Gareth to stop drinking alcohol completely"),
        F("M001", "Gareth to stop drinking alcohol completely"),
        F("M001", "Maureen to make sure the children have tea and a bath"),
        F("W002", "Family to make sure Gareth is sober when he collects"),
        F("T002", "Family to make sure Gareth is sober when he collects"),
        F("M002", "Family to make sure Gareth is sober when he collects"),
        F("W001", "Young carers assessment for Logan"),
        F("M001", "Young carers assessment for Logan"),
        F("F003"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})

# ===========================================================================
# 11. Review conference with a progress column; move to Kestrelmoor (md)
# ===========================================================================
PLANS.append({
    "name": "b2_stanmoor_rcpc_osei.md",
    "doc_title": None,
    "split": "tune",
    "template": "review-progress-table",
    "description": "First review conference plan with a 6-column table that adds 'What good progress looks like' and 'Update at this review'. Mother's sickle cell disease is owned by the haematology team (no F004); father's gambling is not substance misuse. The family are about to move and three actions are handed on or put on hold for Kestrelmoor (X001), one of them otherwise complete. Also a school row 'ongoing' with 'Improvement' and an adult-only outcome.",
    "text": """# Stanmoor Metropolitan Borough Council

## Child Protection Plan — First Review Child Protection Conference, 08/05/2025

**Children:** Marcus Osei (8) and Jayla Osei (15 months) · **Category:** Neglect · **Social worker:** Ruth Fairweather · **Chair:** Colin Bright

**Decision:** Marcus and Jayla remain subject to child protection plans.

**Move:** The family have accepted a housing association tenancy at 9 Heron Court, Kestrelmoor, from 02/06/2025. Stanmoor will request a transfer-in conference from Kestrelmoor City Council once the family have moved.

### Family

| Name | Relationship | Age |
|---|---|---|
| Marcus Osei | Subject child | 8 |
| Jayla Osei | Subject child | 15 months |
| Precious Osei | Mother | 27 |
| Nathan Boateng | Father | 30 |

### Progress since the initial conference (12/02/2025)

Precious has sickle cell disease and was admitted to Stanmoor General three times between December and February with pain crises. On two of those occasions Nathan was out, and Marcus (then 7) looked after Jayla overnight on his own. Since the initial conference Nathan has been at home for both of Precious's admissions (March and April), and the haematology team have started telling the SW about admissions. Nathan has a gambling problem and owes about £4,000; the electricity was cut off for three days in January. He has been to 6 of 8 sessions with the Stanmoor Gambling Harm Service. Marcus's school attendance is 89%.

### What Marcus says and what life is like for Jayla

Marcus said "I don't have to look after Jayla now, Dad does it" and that he liked it when his dad took him to football. He worries that Mum "will die in hospital" and wants someone to explain her illness to him. Jayla is walking and says a few words; when the SW visited on 29/04/2025 she went to Nathan for a cuddle and a biscuit, her clothes were clean and she ate her breakfast while the SW was there.

### Outcomes

1. Marcus will never again be left to care for Jayla when Precious is in hospital.
2. Marcus and Jayla will live in a warm home with the electricity and gas on.
3. Marcus will go to school every day and will understand his mum's illness.
4. Nathan will stop gambling and clear his debts.

### Plan

| # | Action | Who | When | What good progress looks like | Update at this review |
|---|---|---|---|---|---|
| 1 | Haematology clinical nurse specialist to tell the SW of any admission and share Precious's crisis plan | Sister Ruth Addo, Stanmoor Haematology | Within 1 working day of each admission; crisis plan by 23/05/2025 | Crisis plan on file; SW told of every admission | Green – told of both admissions |
| 2 | Nathan to care for the children whenever Precious is admitted, taking carer's leave from work | Nathan Boateng (father) | Every admission | Marcus tells the SW he has not had to look after Jayla | Green |
| 3 | Nathan to attend the Stanmoor Gambling Harm Service and agree a debt plan | Nathan Boateng (father) | Weekly sessions; debt plan by 30/05/2025 | Debt plan on file and the service confirms attendance monthly | Amber – 6 of 8 sessions |
| 4 | Young carers assessment for Marcus to be picked up by Kestrelmoor once the family move | Kestrelmoor Young Carers Service | TBC – after transfer | - | Not started – waiting for the move |
| 5 | Referral to Early Help for energy and debt advice on hold until the case transfers | Kestrelmoor Early Help | TBC | Debt and energy plan agreed with the family | On hold |
| 6 | HV to complete Jayla's 15-month check, including her speech | Nicola Byrne (HV) | By 30/05/2025 | ASQ-3 scores shared with the SW | Booked for 20/05/2025 |
| 7 | School to support Marcus with his attendance and worries | Marcus's school (Ms Lena Cho, DSL, Stanmoor Park Primary) | Ongoing | Improvement in attendance | Amber |
| 8 | SW to see Marcus alone and record his views | Ruth Fairweather (SW) | Every 2 weeks until transfer | Visit records include Marcus's views in his own words | Green |
| 9 | SW to send the full transfer pack and chronology to Kestrelmoor | Ruth Fairweather (SW) | By 06/06/2025 | Kestrelmoor confirm receipt in writing | Not yet due |
| 10 | Direct work with Marcus about Mum's illness deferred to the Kestrelmoor SW | Kestrelmoor allocated SW | Within 20 working days of transfer | Marcus can explain what happens when Mum goes into hospital | Not started |
| 11 | Nathan and Precious to set up a payment plan with the energy supplier | Nathan Boateng and Precious Osei | By 23/05/2025 | Payment plan letter shown to the SW; no further disconnections | Amber |

### Contingency plan

If Precious is admitted to hospital and Nathan cannot be at home, Nathan will phone the SW (or the Emergency Duty Team) before he leaves the children, and the children will be looked after that night by Precious's cousin Akosua Darko, who has agreed to be the emergency carer; if Akosua cannot come, the SW will arrange an emergency foster placement. If the electricity or gas is cut off again, the SW will visit the same day and arrange emergency credit.

If Marcus is found to have been left caring for Jayla again, or Nathan's debts rise further, the team manager of whichever authority then holds the case will request a legal planning meeting.

### Core group and review

Core group meetings every six weeks; next on 19/06/2025 (joint meeting with Kestrelmoor). Kestrelmoor will hold a transfer-in conference within 15 working days of accepting the transfer; if the family have not moved, the next Stanmoor review conference is on 07/08/2025.
""",
    "findings": [
        F("X001", "Young carers assessment for Marcus to be picked up by Kestrelmoor"),
        F("T002", "Young carers assessment for Marcus to be picked up by Kestrelmoor"),
        F("M001", "Young carers assessment for Marcus to be picked up by Kestrelmoor"),
        F("X001", "Referral to Early Help for energy and debt advice on hold"),
        F("T002", "Referral to Early Help for energy and debt advice on hold"),
        F("T002", "School to support Marcus with his attendance and worries"),
        F("M002", "School to support Marcus with his attendance and worries"),
        F("X001", "Direct work with Marcus about Mum's illness deferred"),
        F("F002", "Nathan will stop gambling and clear his debts"),
    ],
})

# ===========================================================================
# 12. Fixed-width column print-out from a case record system (txt)
# ===========================================================================
def fixed_width(rows, widths):
    lines = []
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


QW = [3, 98, 55, 30, 10]
Q_ROWS = [
    ["No", "Action", "Lead", "Due", "Evidence"],
    ["--", "-" * 98, "-" * 55, "-" * 30, "-" * 8],
    ["1", "Epilepsy nurse to give Michelle a written seizure plan and train her to give rescue medication", "Karen Yeo, Paediatric Epilepsy Nurse", "By 02/05/2025", "Signed seizure plan on file; Michelle shows the SW where the rescue medication is kept"],
    ["2", "Michelle to give Reggie his medication morning and evening and fill in the MAR chart", "Michelle Dunstan (mother)", "Twice daily from 23/04/2025", "MAR chart checked by the SW at every visit"],
    ["3", "CPN to see Michelle for her depression", "Tom Harker, CPN, Quillham CMHT", "Fortnightly", "Michelle's mood"],
    ["4", "CMHT psychiatrist to report on Michelle's ability to meet the children's needs and the likely timescale", "Dr Usha Rao, Consultant Psychiatrist, Quillham CMHT", "By 13/06/2025", "Written report to the SW and core group"],
    ["5", "Overnight short breaks for Reggie at Larkfield House", "Quillham Disabled Children's Team (SW Amy Cross)", "2 nights a month from 09/05/2025", "Short break records shared with the SW monthly"],
    ["6", "Young carers assessment for Sienna", "Quillham Young Carers (Kath Bright)", "By 16/05/2025", "-"],
    ["7", "Reggie's school to monitor his seizures and presentation", "Brookfield Special School (Ms Ade Oyelaran, class teacher)", "Daily", "Monitored"],
    ["8", "Support for Sienna at school", "-", "-", "-"],
    ["9", "SW to visit, see Sienna alone and check Reggie's medication", "Joel Mbeki (SW)", "Every 2 weeks", "Visit records include a medication count and Sienna's views"],
    ["10", "Michelle to take Reggie to all his neurology appointments", "Michelle Dunstan (mother)", "As and when", "Hospital confirms attendance to the SW"],
    ["11", "Pharmacy to deliver Reggie's medication to the house", "Hartley's Pharmacy, Quillham", "Every 28 days", "Delivery log shared with the SW monthly"],
]
PLANS.append({
    "name": "b2_quillham_fixed_width_dunstan.txt",
    "doc_title": None,
    "split": "tune",
    "template": "fixed-width-columns",
    "description": "Case-record print-out with a space-aligned fixed-width action table (one row per line). Autistic, non-verbal 9-year-old with epilepsy whose observed experience is recorded, and a 13-year-old young carer; mother's depression is owned by the CMHT, whose psychiatrist reports on capacity but whose CPN row only sees her ('Michelle's mood', H001). Also a young carers assessment with no output, school 'Monitored', an empty support row, neurology appointments 'as and when', and a contingency with a specific trigger but only review/discuss as the response (C002); the legal step sits in a separate 'Escalation' section.",
    "text": """QUILLHAM COUNTY COUNCIL                                            CHILD PROTECTION PLAN
Printed from the Quillham case record system on 24/04/2025 10:12

Children:   Sienna Dunstan (13), DOB 30/06/2011; Reggie Dunstan (9), DOB 14/02/2016
Category:   Neglect          ICPC: 22/04/2025
SW:         Joel Mbeki       Chair: Sian Pryor

HOUSEHOLD
Michelle Dunstan     Mother           41
Sienna Dunstan       Subject child    13
Reggie Dunstan       Subject child     9   (autistic, non-verbal, epilepsy)

CONCERNS
Reggie has epilepsy and needs sodium valproate twice a day. Since January 2025 his medication has run out twice and he has had four seizures, one lasting 12 minutes, when no rescue medication was given because Michelle could not find it. Reggie has missed three appointments at the paediatric neurology clinic. Michelle has severe depression and is under the Quillham Community Mental Health Team; she spends most days in bed. Sienna has been giving Reggie his medication and has missed 31 sessions of school this year.

CHILDREN'S VIEWS AND EXPERIENCES
Sienna said she is "always worried about Reggie having a fit" and that she gets told off at school for being tired. She wants "Mum to get better" and to be able to go to drama club again.
Reggie does not use words; he communicates with PECS cards and by leading adults by the hand. At school he is settled and uses his "home" and "drink" cards. On 16/04/2025 the SW saw him at home pacing and flapping in a dark room; he calmed when Sienna put his music on and gave him his weighted blanket.

OUTCOMES
1. Reggie will get his medication on time every day and his seizures will be managed safely.
2. Sienna will not be responsible for Reggie's medication or care and will be in school every day.
3. Reggie and Sienna will be cared for by a parent who is well enough to meet their needs.

ACTION PLAN
""" + fixed_width(Q_ROWS, QW) + """

CONTINGENCY
If Reggie misses a dose of his medication or has a seizure lasting more than five minutes, the SW will review the plan with his manager and discuss it at the next core group.

ESCALATION
If Reggie's medication is still being missed, or Sienna's attendance is below 90%, at the review conference, the team manager will request a legal planning meeting to consider the PLO.

REVIEW
Core group: every 4 weeks - 20/05/2025, 17/06/2025.
Review conference: 15/07/2025.
""",
    "findings": [
        F("H001", "CPN to see Michelle for her depression"),
        F("M002", "CPN to see Michelle for her depression"),
        F("M001", "Young carers assessment for Sienna"),
        F("M002", "Reggie's school to monitor his seizures and presentation"),
        F("W001", "Support for Sienna at school"),
        F("T001", "Support for Sienna at school"),
        F("M001", "Support for Sienna at school"),
        F("T002", "Michelle to take Reggie to all his neurology appointments"),
        F("C002"),
    ],
})


# ===========================================================================
# .docx rendering
# ===========================================================================
def render_docx(plan: dict, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    font = plan.get("font", "Arial")
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(10 if not plan.get("landscape") else 9.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    if plan.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    usable = (29.7 if plan.get("landscape") else 21.0) - 4.0
    cp = doc.core_properties
    cp.author = "planlint sample corpus (fictional)"
    cp.title = plan["doc_title"]
    cp.created = cp.modified = dt.datetime(2025, 5, 12, 12, 0, 0)
    cp.last_modified_by = "planlint sample corpus"
    cp.revision = 1

    for name, spec in plan.get("custom_styles", {}).items():
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.name = font
        st.font.size = Pt(spec.get("size", 10))
        st.font.bold = spec.get("bold", False)
        if spec.get("color"):
            st.font.color.rgb = RGBColor.from_string(spec["color"])
        pf = st.paragraph_format
        pf.space_before = Pt(spec.get("space_before", 0))
        pf.space_after = Pt(spec.get("space_after", 4))

    def shade(cell, fill):
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)

    for block in plan["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind in ("h1", "h2"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "sp":  # paragraph in a custom style
            doc.add_paragraph(block[2], style=block[1])
        elif kind == "boldp":  # a Normal paragraph whose only run is bold, used as a heading
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(8)
            para.paragraph_format.space_after = Pt(3)
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
        elif kind == "table":
            spec = block[1]
            header = spec.get("header")
            rows = spec["rows"]
            ncols = len(header) if header else len(rows[0])
            nrows = len(rows) + (1 if header else 0)
            table = doc.add_table(rows=nrows, cols=ncols)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = spec.get("widths") or [usable / ncols] * ncols
            table.autofit = False
            for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(Cm(w).twips)))
            for r in table.rows:
                r._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
                for i, c in enumerate(r.cells):
                    c.width = Cm(widths[i])
            off = 0
            if header:
                hdr = table.rows[0]
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                hdr._tr.get_or_add_trPr().append(el)
                for i, text in enumerate(header):
                    cell = hdr.cells[i]
                    cell.text = ""
                    cell.paragraphs[0].add_run(text).bold = True
                    shade(cell, "DCE6F1")
                off = 1
            for ri, row in enumerate(rows):
                assert len(row) == ncols, (plan["name"], row)
                for ci, text in enumerate(row):
                    if text == U:
                        continue
                    cell = table.cell(ri + off, ci)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(text)
                    if spec.get("label_col") and ci == 0:
                        run.bold = True
                        shade(cell, "EDEDED")
            for ci in range(ncols):  # vertical merges
                ri = 0
                while ri < len(rows):
                    end = ri
                    while end + 1 < len(rows) and rows[end + 1][ci] == U:
                        end += 1
                    if end > ri:
                        text = rows[ri][ci]
                        merged = table.cell(ri + off, ci).merge(table.cell(end + off, ci))
                        merged.text = text
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
    if not name.startswith("b2_"):
        errors.append(f"{name}: batch 2 file names start with b2_")
    if not path.exists():
        return errors + [f"{name}: file missing"]
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
    return errors






def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the built files against the labels")
    ap.add_argument("--only", help="build only plans whose name contains this string")
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
        splits = [p["split"] for p in PLANS]
        if splits.count("heldout") * 3 != len(splits):
            errors.append(f"heldout must be exactly a third: {splits.count('heldout')} of {len(splits)}")
        exts = sorted(Path(p["name"]).suffix for p in PLANS)
        want = sorted([".docx"] * 4 + [".pdf"] * 2 + [".md"] * 3 + [".txt"] * 3)
        if exts != want:
            errors.append(f"format mix is {exts}, want 4 docx, 2 pdf, 3 md, 3 txt")
    for e in errors:
        print("ERROR:", e)
    total = sum(len(p["findings"]) for p in plans)
    print(f"{len(plans)} plans checked, {total} expected findings, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
