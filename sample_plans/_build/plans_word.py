"""Plans rendered to .docx (and, via LibreOffice, .pdf), with hand labels.

Every name, address, organisation and local authority here is fictional.
Blocks: ("title"|"h1"|"h2"|"p", text), ("kv", [(label, value)]),
("bullets"|"numbered", [items]), ("table", {"header": [...] or None,
"rows": [[...]], "widths": [cm...]}). In a table row "^" means the cell is
merged (vertically) with the cell above it.
"""

U = "^"  # merged with the cell above


def F(rule, excerpt=None):
    return {"rule": rule, "excerpt": excerpt} if excerpt else {"rule": rule}


CLASSIC = ["Outcome", "Action", "Who", "By when", "How we will know"]
W5 = [3.0, 4.6, 3.0, 2.6, 3.8]
W3FAM = [5.0, 5.0, 7.0]

PLANS = []

# ---------------------------------------------------------------------------
# 1. Exemplary ICPC plan, classic 5-column table
# ---------------------------------------------------------------------------
O1 = "1. Isla is fed regularly and gains weight"
O2 = "2. Isla lives in a warm, clean home and sleeps safely"
O3 = "3. Isla is cared for by a parent well enough to respond to her needs"
OALL = "All outcomes"
PLANS.append({
    "name": "westmere_icpc_isla.docx",
    "doc_title": "Child Protection Plan - Isla Brennan",
    "split": "tune",
    "template": "classic-table",
    "description": "Exemplary ICPC plan for an 8-week-old with a mother with postnatal depression: SMART actions, perinatal MH reports on capacity to change, lived experience, contingency with family fallback and legal step, review dates. No findings.",
    "blocks": [
        ("title", "Westmere County Council - Children's Services"),
        ("h1", "Child Protection Plan (Initial Child Protection Conference)"),
        ("kv", [
            ("Child", "Isla Brennan"),
            ("Date of birth", "14/01/2025"),
            ("Category of plan", "Neglect"),
            ("Date of ICPC", "11/03/2025"),
            ("Conference chair", "Ruth Okafor"),
            ("Allocated social worker", "Daniel Marsh, Westmere Locality Team South"),
        ]),
        ("h1", "Family composition"),
        ("table", {"header": ["Name", "Relationship to Isla", "Age / DOB", "Lives at"],
                   "widths": [4, 4.5, 3, 5.5],
                   "rows": [
                       ["Isla Brennan", "Subject child", "14/01/2025", "12 Larch Close, Westmere"],
                       ["Chloe Brennan", "Mother", "24", "12 Larch Close, Westmere"],
                       ["Ryan Tate", "Father", "27", "3 Mill Row, Westmere (separate address)"],
                       ["Margaret Brennan", "Maternal grandmother (MGM)", "52", "40 Orchard Way, Westmere"],
                   ]}),
        ("h1", "Reasons for the plan: what we are worried about"),
        ("p", "Chloe was diagnosed with postnatal depression by her GP in February 2025 and has been referred to the Westmere Perinatal Mental Health Team. Chloe says that on bad days she cannot get out of bed and has missed some of Isla's feeds. Isla's weight has dropped from the 25th to the 9th centile since birth. At the health visitor's visit on 04/03/2025 the flat was cold, there were dirty bottles in the kitchen and Isla was asleep on the sofa. Ryan visits most days but says he did not know how low Chloe had been."),
        ("p", "What is working well: Chloe and Ryan both love Isla and want to care for her. Chloe asked her GP for help herself. Margaret lives ten minutes away and has offered to help."),
        ("h1", "Isla's lived experience"),
        ("p", "Isla is eight weeks old and cannot tell us how she feels, so we have thought about her day from what professionals have seen. On 04/03/2025 the health visitor saw Isla left in her car seat for most of a two-hour visit, in a wet nappy, and she fed hungrily when she was offered a bottle. When Chloe is feeling better she holds Isla close and talks to her, and Isla turns towards her voice and settles. On a bad day Isla is likely to wait a long time to be fed and changed and to spend long periods without being held."),
        ("h1", "What we want for Isla (outcomes)"),
        ("numbered", [
            "Isla will be fed regularly and will be back on the 25th centile for her weight by 30/06/2025.",
            "Isla will live in a warm, clean home and will sleep safely in her own Moses basket every night.",
            "Isla will be cared for every day by a parent who is well enough to notice and respond to her needs.",
        ]),
        ("h1", "Child protection plan"),
        ("table", {"header": CLASSIC, "widths": W5, "rows": [
            [O1, "HV to visit Isla at home weekly, weigh her and check her feeding", "Sarah Quinn (HV)", "Weekly from 13/03/2025", "Weights plotted in the red book and emailed to the SW after each visit; Isla back on the 25th centile by 30/06/2025"],
            [O1, "Chloe to keep a feeding chart and show it at each HV visit", "Chloe Brennan (mother)", "Daily from 12/03/2025; checked weekly by HV", "Chart shows Isla fed at least every 4 hours, day and night"],
            [O1, "Margaret to stay overnight on Friday and Saturday nights and do Isla's night feeds with Chloe", "Margaret Brennan (MGM)", "Every Friday and Saturday night from 14/03/2025", "Night feeds recorded on the feeding chart; Margaret confirms to the SW by text each Monday"],
            [O2, "FSW to do home conditions sessions with Chloe using the Westmere Home Conditions Tool", "Priya Shah (FSW)", "Weekly for 8 weeks from 17/03/2025", "Home conditions score rises from 2/5 to at least 4/5 at re-scoring on 12/05/2025"],
            [O2, "SW to provide a Moses basket and go through safe sleep advice with Chloe and Ryan", "Daniel Marsh (SW)", "By 18/03/2025", "SW sees Isla asleep in her Moses basket on unannounced visits; both parents sign the safe sleep checklist"],
            [O3, "Perinatal Mental Health Team to treat Chloe's postnatal depression and assess her capacity to make and sustain changes", "Dr Anita Rao, Westmere Perinatal Mental Health Team", "Appointments every 2 weeks; written report by 30/04/2025", "Report to the SW says whether Chloe is making the changes Isla needs, what further steps are needed and how long they are likely to take"],
            [O3, "GP to review Chloe's antidepressant medication and share the outcome", "Dr Hugh Fenn (GP)", "By 25/03/2025", "Letter to the SW and perinatal team confirming the review and the medication plan"],
            [O3, "Ryan to attend the Baby Steps parenting course", "Ryan Tate (father)", "6 weekly sessions starting 02/04/2025", "Attendance certificate and facilitator's feedback sent to the SW"],
            [OALL, "SW to visit Isla at home, with at least one visit in four unannounced, and see Isla awake", "Daniel Marsh (SW)", "Every 2 weeks", "Visit records describe Isla's presentation, her care and the home conditions"],
            [OALL, "SW to complete a parenting assessment of Chloe and Ryan", "Daniel Marsh (SW)", "By 30/05/2025", "Written assessment with recommendations shared with Chloe, Ryan and the core group by 30/05/2025"],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If Isla's weight falls below the 9th centile, if Isla is found sleeping anywhere other than her Moses basket, or if Chloe tells any professional she cannot care for Isla that day, the SW (or the Emergency Duty Team out of hours) will arrange the same day for Isla to be cared for by Margaret at 40 Orchard Way under a written safety plan, and a strategy discussion will be held within 24 hours."),
        ("p", "If Margaret cannot provide this care, or cannot do the Friday and Saturday night feeds, she will tell the SW that day; the SW will arrange for Ryan to stay at Larch Close on those nights and, if no safe family carer is available, will arrange a foster placement for Isla through the Westmere placements duty team."),
        ("p", "If Isla has not returned to the 25th centile, or the home conditions score is still below 4/5, by the review conference, the team manager will request a legal planning meeting to consider entering the Public Law Outline (PLO)."),
        ("h1", "Core group and review arrangements"),
        ("p", "First core group meeting: 25/03/2025 at Westmere Family Hub. Core group meetings will then be held every four weeks (22/04/2025, 20/05/2025)."),
        ("p", "Review child protection conference: 03/06/2025."),
        ("p", "Core group members: Chloe Brennan, Ryan Tate, Margaret Brennan, Daniel Marsh (SW), Sarah Quinn (HV), Priya Shah (FSW), Dr Anita Rao (Perinatal Mental Health Team), Dr Hugh Fenn (GP)."),
    ],
    "findings": [],
})

# ---------------------------------------------------------------------------
# 2. Child Z-like core group plan: 3 columns, no outcomes, no measures
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "brackenridge_core_group_amelia.docx",
    "doc_title": "Core Group Plan - Amelia Kerr",
    "split": "tune",
    "template": "three-column-table",
    "description": "Child Z-like plan for a premature baby: built around the mother's mental health, relies on MGM/aunt support with no timescales or measures, MH team only supports, no outcomes, no lived experience, no contingency, no legal step.",
    "blocks": [
        ("title", "Brackenridge Council - Children and Families"),
        ("h1", "Core Group Meeting - Child Protection Plan"),
        ("kv", [
            ("Child", "Amelia Kerr"),
            ("DOB", "02/01/2025 (born at 29 weeks)"),
            ("Category", "Neglect"),
            ("Core group date", "18/03/2025"),
            ("Social worker", "Stephen Boyd"),
            ("Team manager", "Alison Crane"),
        ]),
        ("h1", "Family"),
        ("p", "Amelia lives with her mother Danielle Kerr (28) at 7 Canal Street, Brackenridge. Amelia's father is not named and has no involvement. Danielle's mother Janet Kerr (MGM) and her sister Leanne Kerr (maternal aunt) live nearby."),
        ("h1", "Reason for plan"),
        ("p", "Amelia was born at 29 weeks and spent seven weeks on the neonatal unit at Brackenridge General Hospital. Danielle has a long history of depression and anxiety and had a psychiatric admission in 2021. Since Amelia came home Danielle has been very low, is struggling to sleep and has said she feels she cannot cope. Danielle's anxiety means she finds it hard to leave the house. Danielle is open to the Perinatal Mental Health Team. Janet and Leanne have said they will help."),
        ("h1", "Plan"),
        ("table", {"header": ["Action", "Who", "When"], "widths": [9, 5, 3], "rows": [
            ["Danielle to attend all her appointments with the perinatal mental health team", "Danielle", "Ongoing"],
            ["Perinatal mental health team to continue to support Danielle with her anxiety and low mood", "Perinatal MH team (CPN Mark Hollis)", "Fortnightly"],
            ["Danielle to take her medication as prescribed", "Danielle", "Daily"],
            ["Janet and Leanne to support Danielle with Amelia's care", "Janet (MGM) and Leanne (maternal aunt)", "As and when needed"],
            ["Family to help with housework and shopping so Danielle can rest", "Family", "Ongoing"],
            ["Danielle to be supported to attend her GP appointments", "", ""],
            ["HV to visit Amelia and Danielle at home", "HV", "Regularly"],
            ["Janet to stay over with Danielle and Amelia when Danielle is struggling", "Janet (MGM)", "When appropriate"],
        ]}),
        ("h1", "Review"),
        ("p", "Core group to meet monthly. Review child protection conference: 10/06/2025."),
    ],
    "findings": [
        F("T002", "Danielle to attend all her appointments with the perinatal mental health team"),
        F("M001", "Danielle to attend all her appointments with the perinatal mental health team"),
        F("H001", "Perinatal mental health team to continue to support Danielle"),
        F("M001", "Perinatal mental health team to continue to support Danielle"),
        F("M001", "Danielle to take her medication as prescribed"),
        F("T002", "Janet and Leanne to support Danielle with Amelia's care"),
        F("M001", "Janet and Leanne to support Danielle with Amelia's care"),
        F("W002", "Family to help with housework and shopping so Danielle can rest"),
        F("T002", "Family to help with housework and shopping so Danielle can rest"),
        F("M001", "Family to help with housework and shopping so Danielle can rest"),
        F("W001", "Danielle to be supported to attend her GP appointments"),
        F("T001", "Danielle to be supported to attend her GP appointments"),
        F("M001", "Danielle to be supported to attend her GP appointments"),
        F("T002", "HV to visit Amelia and Danielle at home"),
        F("M001", "HV to visit Amelia and Danielle at home"),
        F("T002", "Janet to stay over with Danielle and Amelia when Danielle is struggling"),
        F("M001", "Janet to stay over with Danielle and Amelia when Danielle is struggling"),
        F("F001"), F("O001"), F("F003"), F("C001"), F("C003"), F("R002"),
    ],
})

# ---------------------------------------------------------------------------
# 3. Psychiatric mother-and-baby unit, merged outcome cells
# ---------------------------------------------------------------------------
OA = "A. Noah will be safely cared for on the unit, with his care supervised by MBU staff"
OB = "B. Noah will only go home when a safe discharge plan for him has been agreed"
OC = "C. Grace's mental health will be stable"
PLANS.append({
    "name": "kingsmoor_mbu_noah.docx",
    "doc_title": "Child Protection Plan - Noah Adeyemi",
    "split": "tune",
    "template": "merged-outcome-table",
    "description": "Baby and mother in a psychiatric mother-and-baby unit; merged outcome cells. Psychiatrist's treatment row and the community care coordinator row only treat/support (H001), one adult-only outcome, some vague timescales/measures and a collective owner; good contingency and legal step.",
    "blocks": [
        ("title", "Kingsmoor City Council - Children's Social Care"),
        ("h1", "Child Protection Plan - Core Group"),
        ("kv", [
            ("Child", "Noah Adeyemi"),
            ("Date of birth", "17/02/2025"),
            ("Category", "Neglect"),
            ("Plan agreed at ICPC on", "24/03/2025"),
            ("Where Noah is living", "Larkspur Mother and Baby Unit (psychiatric MBU), Kingsmoor, with his mother"),
            ("Social worker", "Amira Hussain"),
        ]),
        ("h1", "Who is in Noah's family"),
        ("table", {"header": ["Name", "Relationship", "Age"], "widths": W3FAM, "rows": [
            ["Noah Adeyemi", "Subject child", "5 weeks"],
            ["Grace Adeyemi", "Mother", "31"],
            ["Tobi Adeyemi", "Father", "33"],
        ]}),
        ("h1", "What we are worried about"),
        ("p", "Ten days after Noah's birth Grace developed postpartum psychosis. She believed Noah was being poisoned through his milk and stopped feeding him for most of a day. Grace was detained under section 2 of the Mental Health Act and admitted to the Larkspur Mother and Baby Unit with Noah on 03/03/2025. Tobi works long shifts as a bus driver and has no family nearby. Grace is now an informal patient and is responding to treatment, but there is not yet an agreed plan for when she leaves the unit."),
        ("h1", "Noah's lived experience"),
        ("p", "Noah is five weeks old. MBU nursing staff have observed that he feeds well from a bottle, settles quickly when he is held by Grace or Tobi, and startles and cries at loud noise on the ward at night. On 12/03/2025 nurses saw Grace become distressed and put Noah down in his cot crying for 20 minutes until staff stepped in. Noah needs an adult who can stay calm, feed him on time and comfort him when he cries."),
        ("h1", "Outcomes and actions"),
        ("table", {"header": CLASSIC, "widths": W5, "rows": [
            [OA, "MBU nursing team to supervise all of Grace's care of Noah, day and night", "Larkspur MBU nursing team (Ward Manager Helen Price)", "Daily, until discharge", "Weekly written summary to the SW on Grace's care of Noah and whether she is making the expected progress"],
            [U, "SW to visit Noah on the unit and see him with Grace", "Amira Hussain (SW)", "Weekly", "Visit records show Noah seen and his care discussed with his named nurse"],
            [U, "Tobi to visit Noah and Grace on the unit", "Tobi Adeyemi (father)", "As often as he can", "MBU visitors' log shows the dates and times of Tobi's visits"],
            [OB, "MBU consultant psychiatrist to provide treatment for Grace's postpartum psychosis", "Dr Colin Marr, Consultant Psychiatrist, Larkspur MBU", "Ongoing", "Grace's mental state improves"],
            [U, "Consultant psychiatrist to assess Grace's capacity to care for Noah safely after discharge, including the changes needed and the likely timescale", "Dr Colin Marr, Consultant Psychiatrist, Larkspur MBU", "By 28/04/2025", "Written report shared with the SW and the core group by 28/04/2025"],
            [U, "Discharge planning meeting to be held with Grace, Tobi and the community perinatal team", "All professionals", "Before discharge", "Written discharge plan agreed and copied to the core group"],
            [OC, "Grace to take part in the MBU occupational therapy programme", "Grace Adeyemi (mother)", "Daily, Monday to Friday", "Grace's engagement with OT"],
            [U, "Community perinatal care coordinator to support Grace after discharge", "Jo Whitlock, Care Coordinator, Kingsmoor Community Perinatal Team", "TBC", "-"],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If Grace tries to leave the unit with Noah without agreement, or staff see her handle Noah roughly or stop feeding him, MBU staff will take over Noah's care immediately and inform the SW (or the Emergency Duty Team out of hours); if Grace has left with Noah, staff will call the police. A strategy discussion will be held the same day."),
        ("p", "If Dr Marr's assessment concludes that Grace will not be able to care for Noah safely by the time she is ready for discharge, the team manager will arrange a legal planning meeting before discharge to decide whether Noah should be cared for by Tobi under a safety plan or whether care proceedings are needed."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every three weeks at Larkspur MBU: 07/04/2025, 28/04/2025, 19/05/2025. Review child protection conference: 19/06/2025."),
    ],
    "findings": [
        F("T002", "Tobi to visit Noah and Grace on the unit"),
        F("H001", "MBU consultant psychiatrist to provide treatment for Grace's postpartum psychosis"),
        F("T002", "MBU consultant psychiatrist to provide treatment for Grace's postpartum psychosis"),
        F("M002", "MBU consultant psychiatrist to provide treatment for Grace's postpartum psychosis"),
        F("W002", "Discharge planning meeting to be held with Grace, Tobi"),
        F("M002", "Grace to take part in the MBU occupational therapy programme"),
        F("H001", "Community perinatal care coordinator to support Grace after discharge"),
        F("T002", "Community perinatal care coordinator to support Grace after discharge"),
        F("M001", "Community perinatal care coordinator to support Grace after discharge"),
        F("F002", "Grace's mental health will be stable"),
    ],
})

# ---------------------------------------------------------------------------
# 4. Signs of Safety, heavy reliance on the family network
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "ashcombe_sos_doyle.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Kai and Rosie Doyle",
    "split": "heldout",
    "template": "signs-of-safety",
    "description": "Signs of Safety plan relying on grandparents and a friend to keep two young children safe from a drinking mother; a collective network action, a vague emergency-carer action, a contingency that only reviews/discusses and says nothing about the network failing, no legal step, review conference date TBC.",
    "blocks": [
        ("title", "Ashcombe Borough Council"),
        ("h1", "Signs of Safety Child Protection Plan"),
        ("kv", [
            ("Children", "Kai Doyle (4) and Rosie Doyle (18 months)"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "02/04/2025"),
            ("Social worker", "Hannah Clarke"),
            ("Plan written with", "Jade Doyle, Liam Foster, Sandra Doyle, Linda and Keith Foster, Mel Harris"),
        ]),
        ("h1", "Family and safety network"),
        ("p", "Kai and Rosie live with their mum Jade Doyle (26) and Rosie's dad Liam Foster (29) at 21 Heron Walk, Ashcombe. Kai's dad has not seen him since he was a baby. The safety network is Sandra Doyle (maternal grandmother), Linda and Keith Foster (Rosie's paternal grandparents) and Mel Harris (Jade's friend and neighbour)."),
        ("h1", "Danger statement"),
        ("p", "Children's services, the nursery and the health visitor are worried that when Jade drinks heavily, Kai and Rosie are left without an adult who is sober enough to look after them. On 02/02/2025 Rosie was found by a neighbour in the street in her nappy while Jade was asleep after drinking and Liam was at work. If nothing changes, we are worried that Rosie or Kai could be badly hurt or go missing."),
        ("h1", "Safety goal"),
        ("p", "Everyone, including Jade and Liam, will know that Kai and Rosie are always looked after by a sober adult, are kept safe inside the house, and that Kai gets to nursery every day. We will need to see this happening for at least six months before the child protection plan can end."),
        ("h2", "What are we worried about?"),
        ("bullets", [
            "Past harm: Rosie was found in the street on 02/02/2025 while Jade was asleep after drinking; police attended and Jade was breathalysed at three times the drink-drive limit.",
            "Kai has missed 30% of his nursery sessions since January and has arrived hungry.",
            "Complicating factors: Jade has been drinking every day since her father died in 2023; Liam works shifts and is often away at night.",
        ]),
        ("h2", "What's working well?"),
        ("bullets", [
            "Jade agreed to see Horizon, Ashcombe's drug and alcohol service, and went to her first appointment on 27/03/2025.",
            "Sandra, Linda and Keith all want to help and came to the network meeting.",
            "Kai is a chatty boy who does well at nursery when he is there.",
        ]),
        ("h2", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means the children are safe enough for the plan to close and 0 means things are so bad they cannot stay at home, Hannah (SW) scaled 3, Jade 7, Liam 5 and Sandra 4."),
        ("h2", "Kai and Rosie's views and experience"),
        ("p", "Kai did the three houses with Hannah on 25/03/2025. In his house of worries he drew 'Mummy sleeping on the sofa and not waking up' and 'Rosie crying'. In his house of good things he drew Nanny Sandra's dog. In his house of dreams he said 'Mummy and Rosie and me at the park and Mummy not poorly'. Rosie is 18 months old; nursery staff see her hold on to Kai and cry when he leaves the room, and she eats very quickly when food is offered."),
        ("h2", "What needs to happen?"),
        ("table", {"header": ["What needs to happen", "Who", "When", "How we will know"], "widths": [6, 3.6, 3, 4.4], "rows": [
            ["Sandra will stay at Heron Walk and look after the children if Jade has been drinking", "Sandra Doyle (MGM)", "Every Friday and Saturday night", "Sandra texts Hannah each Monday to say she stayed and whether Jade had been drinking"],
            ["Linda and Keith will collect Kai from nursery and have both children for tea", "Linda and Keith Foster (PGPs)", "Every Tuesday and Thursday", "Nursery sign-out sheet shows Linda or Keith collected Kai"],
            ["The family network will make sure a sober adult is always with the children", "Family network", "Ongoing", "Monitored at core group"],
            ["Jade will go to her Horizon appointments and do a breath test at each one", "Jade Doyle (mother)", "Weekly from 10/04/2025", "Horizon confirms attendance and breath test results to Hannah each month"],
            ["Horizon key worker will provide alcohol treatment and report on whether Jade is reducing her drinking", "Dan Whitby, Horizon key worker", "Monthly", "Monthly written report to Hannah with attendance, breath test results and progress"],
            ["Mel will be the emergency carer if no one else can come", "Mel Harris (family friend)", "As and when", "-"],
            ["Hannah will do a words and pictures explanation with Kai and the family", "Hannah Clarke (SW)", "By 30/04/2025", "Kai has his words and pictures book and can tell Hannah who keeps him safe"],
            ["Nursery will record Kai's attendance and how he arrives each day", "Beth Allen, Manager, Little Acorns Nursery", "Daily; shared weekly", "Weekly attendance and arrival log emailed to Hannah"],
            ["HV will check Rosie's growth and development", "Mandy Byrne (HV)", "Every 4 weeks", "Rosie's weight and ASQ-3 scores shared with Hannah after each visit"],
            ["Jade and Liam will agree a written safety plan with the network at a family meeting", "Jade, Liam and Hannah Clarke (SW)", "By 24/04/2025", "Safety plan signed by everyone in the network and given to the core group"],
        ]}),
        ("h1", "If the plan is not working"),
        ("p", "If the safety plan is not followed, Hannah will review the plan with Jade, Liam and the network and discuss next steps with her manager."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every six weeks; the first is on 16/04/2025. Review child protection conference: date to be confirmed."),
    ],
    "findings": [
        F("W002", "The family network will make sure a sober adult"),
        F("T002", "The family network will make sure a sober adult"),
        F("M002", "The family network will make sure a sober adult"),
        F("T002", "Mel will be the emergency carer if no one else can come"),
        F("M001", "Mel will be the emergency carer if no one else can come"),
        F("C002"), F("C003"), F("R001"), F("R002"),
    ],
})

# ---------------------------------------------------------------------------
# 5. Looked-after baby in hospital, no visiting schedule
# ---------------------------------------------------------------------------
FH = "Freya moves from hospital to a safe foster home"
FHEALTH = "Freya's health needs are met"
FMUM = "Freya has regular, safe time with her mum"
PLANS.append({
    "name": "northfold_lac_freya.docx",
    "doc_title": "Child Protection Plan - Freya Walsh (looked after)",
    "split": "tune",
    "template": "classic-table",
    "description": "Premature baby accommodated under s20 and still on the neonatal unit; SW visits 'as required' and mother 'when she is able', so nobody visits with a stated frequency (L001). Also vague timescales, a vague measure, an assessment with no output and an ownerless assessment.",
    "blocks": [
        ("title", "Northfold County Council - Children's Services"),
        ("h1", "Child Protection Plan - Core Group Review (child looked after)"),
        ("kv", [
            ("Child", "Freya Walsh"),
            ("Date of birth", "06/02/2025 (born at 31 weeks)"),
            ("Legal status", "Looked after under section 20 Children Act 1989 since 20/02/2025"),
            ("Where Freya is", "Neonatal Unit, Northfold General Hospital"),
            ("Category", "Neglect"),
            ("Core group date", "17/03/2025"),
            ("Social worker", "Ellie Grant"),
            ("IRO", "Jasmine Oduya"),
        ]),
        ("h1", "Family"),
        ("table", {"header": ["Name", "Relationship", "Notes"], "widths": W3FAM, "rows": [
            ["Freya Walsh", "Subject child", "On the neonatal unit"],
            ["Kayleigh Walsh", "Mother, 19", "Lives in supported accommodation in Northfold"],
            ["Jordan Pike", "Father, 22", "Whereabouts unknown since January 2025"],
        ]}),
        ("h1", "Why Freya has a plan"),
        ("p", "Freya was born early and was treated for withdrawal (neonatal abstinence syndrome) because Kayleigh used crack cocaine and cannabis throughout her pregnancy. Kayleigh agreed to Freya being accommodated under section 20 on 20/02/2025. Freya is still on the neonatal unit and is expected to be well enough to leave hospital in three to four weeks. Kayleigh was a looked-after child herself and has little support."),
        ("h1", "Freya's lived experience"),
        ("p", "Freya is six weeks old. Nursing staff say her withdrawal symptoms have settled, she now takes most feeds by bottle and she is calmer when she is held skin to skin. There are long periods when no family member is with her: nursing notes show Kayleigh visited on 3 of the last 14 days."),
        ("h1", "Outcomes for Freya"),
        ("numbered", [
            "Freya will move from hospital straight to a safe, stable foster home that is ready for her.",
            "Freya's health and development needs will be met and she will keep gaining weight.",
            "Freya will know her mum and have regular, safe time with her.",
        ]),
        ("h1", "Action plan"),
        ("table", {"header": CLASSIC, "widths": W5, "rows": [
            [FH, "Placements team to identify a foster carer with experience of premature babies", "Tom Hayes, Northfold Placements Team", "By 28/03/2025, before discharge", "Carer named, matched and introduced to Freya on the unit"],
            [FH, "SW to visit Freya on the neonatal unit", "Ellie Grant (SW)", "As required", "Visits recorded on Freya's file"],
            [FHEALTH, "Neonatal team to provide Freya's medical and nursing care", "Dr Sunita Bose, Consultant Neonatologist", "Ongoing", "Freya's progress monitored"],
            [FMUM, "Kayleigh to attend Pathways drug service and do drug tests", "Kayleigh Walsh (mother)", "Weekly", "Pathways confirms attendance and test results to the SW monthly"],
            [FMUM, "Pathways key worker to provide drug treatment and report on Kayleigh's progress and test results", "Gary Lowe, Pathways", "Monthly", "Monthly written report to the SW"],
            [FMUM, "Kayleigh to spend time with Freya on the ward, supervised by nursing staff", "Kayleigh Walsh / neonatal nursing staff", "When she is able", "Nursing notes record each visit and how Kayleigh cares for Freya"],
            [FH, "SW to find Jordan and complete a viability assessment of him", "Ellie Grant (SW)", "By 30/04/2025", "-"],
            [FH, "IRO to chair Freya's first looked after review", "Jasmine Oduya (IRO)", "By 20/03/2025", "Review record confirms Freya's care plan and is sent to Kayleigh"],
            [FMUM, "Parenting assessment of Kayleigh to be completed", "", "By 30/05/2025", "Assessment report with a recommendation shared with the core group"],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If Kayleigh withdraws her section 20 consent or tries to take Freya from the ward, nursing staff will call the police and the SW (or the Emergency Duty Team), and the SW will seek urgent legal advice the same day about applying for an emergency protection order."),
        ("p", "If no foster carer has been found by the time Freya is medically fit to leave hospital, Freya will stay on the unit and the team manager will ask the Head of Service to approve an agency placement that day."),
        ("p", "If Kayleigh's drug tests are still positive at the review conference, the case will be presented to the legal gateway panel to consider care proceedings."),
        ("h1", "Core group and review arrangements"),
        ("p", "Core group meetings every four weeks: next on 14/04/2025 and 12/05/2025. Review child protection conference: 22/05/2025. Freya's first looked after review will be chaired by the IRO by 20/03/2025."),
    ],
    "findings": [
        F("T002", "SW to visit Freya on the neonatal unit"),
        F("T002", "Neonatal team to provide Freya's medical and nursing care"),
        F("M002", "Neonatal team to provide Freya's medical and nursing care"),
        F("T002", "Kayleigh to spend time with Freya on the ward"),
        F("M001", "SW to find Jordan and complete a viability assessment"),
        F("W001", "Parenting assessment of Kayleigh to be completed"),
        F("L001"),
    ],
})

# ---------------------------------------------------------------------------
# 6. Looked-after baby in hospital WITH a visiting schedule (PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "eastbrook_lac_oliver.pdf",
    "doc_title": "Care Plan and Child Protection Plan - Oliver Mensah",
    "split": "tune",
    "template": "unusual-headers",
    "description": "Injured 3-month-old accommodated under s20 and still on the ward, with SW visits twice weekly and daily foster-carer visits (no L001); mostly strong, but one viability assessment has no stated output and one action has no lead person.",
    "blocks": [
        ("title", "Eastbrook Metropolitan Borough Council"),
        ("h1", "Care Plan and Child Protection Plan"),
        ("kv", [
            ("Child", "Oliver Mensah"),
            ("Date of birth", "09/12/2024"),
            ("Legal status", "Looked after, section 20 (accommodated 14/03/2025)"),
            ("Placement", "Ward 4, Eastbrook Children's Hospital; foster placement with Pauline Hext on discharge"),
            ("Category", "Physical abuse"),
            ("ICPC", "21/03/2025"),
            ("Social worker", "Kate Morrow"),
            ("IRO", "Martin Ellis"),
        ]),
        ("h1", "Family composition"),
        ("table", {"header": ["Name", "Relationship", "Age"], "widths": W3FAM, "rows": [
            ["Oliver Mensah", "Subject child", "3 months"],
            ["Abena Mensah", "Mother", "23"],
            ["Craig Lyle", "Father", "25"],
            ["Comfort Mensah", "Maternal grandmother (MGM)", "49"],
        ]}),
        ("h1", "Why Oliver needs this plan"),
        ("p", "On 12/03/2025 Abena and Craig took Oliver to Eastbrook Children's Hospital because he cried whenever his left leg was touched. X-rays showed a fracture of his left thigh bone (femur), and a skeletal survey found an older, healing rib fracture. Neither parent has given an explanation. Abena and Craig agreed to Oliver being accommodated under section 20 while the police and the local authority investigate. Abena has told her GP she has felt low since Oliver's birth."),
        ("h1", "Oliver's lived experience"),
        ("p", "Oliver is three months old and is in a Pavlik harness on Ward 4. Nurses say he is unsettled at night and settles with a dummy and being rocked. During contact he smiles and kicks his right leg when Abena sings to him. He is feeding well and gained 180g last week."),
        ("h1", "Outcomes for Oliver"),
        ("bullets", [
            "Oliver will be kept safe from further injury, in hospital and after discharge.",
            "Oliver's fractures will heal and his health and development will be checked.",
            "Oliver will keep a close relationship with his parents through safe, supervised contact while decisions are made about his future.",
        ]),
        ("h1", "Action plan"),
        ("table", {"header": ["Outcome", "Action", "Lead person", "Target date", "Evidence of progress"], "widths": W5, "rows": [
            ["Kept safe", "SW to visit Oliver on the ward, then in his foster home after discharge", "Kate Morrow (SW)", "Twice weekly while in hospital; weekly after discharge", "Visit records show Oliver seen, his presentation and his care discussed with his nurse"],
            ["Kept safe", "Foster carer to visit Oliver on the ward to get to know him before discharge", "Pauline Hext (foster carer)", "Daily until discharge", "Nursing notes record each visit and how Oliver responds to Pauline"],
            ["Relationship with parents", "Supervised contact for Abena and Craig on the ward", "Jenny Lister (contact worker)", "Three times a week, 90 minutes", "Contact records shared with the SW weekly"],
            ["Health", "Complete the child protection medical and the follow-up skeletal survey report", "Dr Ahmed Karim, Consultant Paediatrician", "By 28/03/2025", "Written medical opinion shared with the SW and police"],
            ["Kept safe", "Police to interview both parents about Oliver's injuries", "DC Rachel Booth, Eastbrook Police CAIT", "By 11/04/2025", "Police update on the interviews given to the SW and at the strategy meeting on 14/04/2025"],
            ["Health", "GP to review Abena's low mood and refer her to talking therapies if needed", "Dr Lina Porter (GP)", "By 04/04/2025", "GP letter to the SW confirming the review and any referral"],
            ["Kept safe", "SW to complete a viability assessment of Comfort Mensah (MGM) as a carer for Oliver", "Kate Morrow (SW)", "By 18/04/2025", "-"],
            ["Kept safe", "SW to complete parenting assessments of Abena and Craig", "Kate Morrow (SW)", "By 30/05/2025", "Written assessments with recommendations shared with the parents and core group"],
            ["All", "IRO to chair Oliver's first looked after review", "Martin Ellis (IRO)", "By 11/04/2025", "Review record sent to parents and professionals within 20 working days"],
            ["Health", "Health visitor to be told when Oliver is discharged", "", "Before discharge", "Discharge summary received by the HV"],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If either parent withdraws consent to section 20 or tries to remove Oliver from the ward, ward staff will call the police and the SW immediately, and the SW will take legal advice the same day about an application for an emergency protection order."),
        ("p", "If contact is unsafe (for example rough handling, or a parent arriving under the influence), the contact worker will end the contact straight away and future contact will move to Eastbrook Family Centre."),
        ("p", "If the medical evidence and the police investigation have not explained Oliver's injuries by the review conference, the team manager will refer Oliver's case to the legal gateway meeting for a decision about care proceedings."),
        ("h1", "Review arrangements"),
        ("p", "Core group meetings every four weeks: 04/04/2025, 02/05/2025, 30/05/2025. Review child protection conference: 13/06/2025. First looked after review: by 11/04/2025."),
    ],
    "findings": [
        F("M001", "SW to complete a viability assessment of Comfort Mensah"),
        F("W001", "Health visitor to be told when Oliver is discharged"),
    ],
})

# ---------------------------------------------------------------------------
# 12. Unusual column headers, perinatal MH + domestic abuse
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "oakhurst_plan_begum.docx",
    "doc_title": "Child Protection Plan - Zara and Ayaan Begum",
    "split": "tune",
    "template": "unusual-headers",
    "description": "Plan with 'What needs to happen / Lead person / Target date / Evidence of progress' columns; perinatal team's CBT row is support-only (H001) although a second row asks for a capacity report; one adult-only outcome; vague timescale, ownerless interpreter row and a collective information-sharing row.",
    "blocks": [
        ("title", "Oakhurst Borough Council - Children's Services"),
        ("h1", "Child Protection Plan"),
        ("kv", [
            ("Children", "Zara Begum (DOB 02/03/2023) and Ayaan Begum (DOB 18/03/2025)"),
            ("Category", "Emotional abuse"),
            ("ICPC", "07/04/2025"),
            ("Lead social worker", "Callum Reid"),
            ("Language", "Rukhsana's first language is Sylheti; an interpreter is needed"),
        ]),
        ("h1", "Family composition"),
        ("table", {"header": ["Name", "Relationship", "Age"], "widths": W3FAM, "rows": [
            ["Zara Begum", "Subject child", "2"],
            ["Ayaan Begum", "Subject child", "3 weeks"],
            ["Rukhsana Begum", "Mother", "29"],
            ["Imran Begum", "Father", "32"],
        ]}),
        ("h1", "What we are worried about"),
        ("p", "Rukhsana has severe anxiety and obsessive-compulsive disorder, diagnosed in 2022, which became much worse after Ayaan's birth. She is under the Oakhurst Perinatal Mental Health Team. Imran controls the family's money and Rukhsana's phone, and on 28/03/2025 the health visitor saw bruising on Rukhsana's arm, which she said Imran caused when he pulled her away from the front door. Neighbours have heard Zara screaming during arguments. Rukhsana has very little support in this country and speaks limited English."),
        ("h1", "Zara and Ayaan's lived experience"),
        ("p", "Zara is two. At the SW's visit on 02/04/2025 she played quietly in a corner and froze when Imran raised his voice on the phone, then went to her mother for comfort. Rukhsana's cleaning rituals mean Zara is often kept in her cot so that the floor stays clean. Ayaan is three weeks old, is breastfed and was seen feeding and settling well with Rukhsana."),
        ("h1", "Outcomes"),
        ("numbered", [
            "Zara and Ayaan will live in a home where there is no violence or controlling behaviour.",
            "Zara will have space to play every day and will go to nursery.",
            "Ayaan will be fed, grow well and have all his health checks.",
            "Rukhsana will feel less anxious.",
        ]),
        ("h1", "Plan"),
        ("table", {"header": ["What needs to happen", "Lead person", "Target date", "Evidence of progress"], "widths": [6.2, 3.8, 3, 4], "rows": [
            ["Perinatal mental health team to offer Rukhsana CBT for her anxiety and OCD, with an interpreter", "Dr Fiona Grieve, Oakhurst Perinatal Mental Health Team", "Weekly sessions from 14/04/2025", "Attendance confirmed to the SW each month"],
            ["Perinatal mental health team to report on Rukhsana's progress, her ability to meet the children's needs, the changes still needed and the likely timescale", "Dr Fiona Grieve, Oakhurst Perinatal Mental Health Team", "By 06/06/2025", "Written report shared with the SW and core group"],
            ["IDVA to meet Rukhsana alone with a Sylheti interpreter and complete a DASH risk assessment", "Halima Chowdhury (IDVA)", "By 18/04/2025", "DASH completed, MARAC referral made if high risk, and safety plan shared with the SW"],
            ["Imran to attend a domestic abuse perpetrator programme", "Imran Begum (father)", "As soon as possible", "Programme completion certificate and facilitator's report sent to the SW"],
            ["Interpreter to be booked for every meeting with Rukhsana", "", "Before every meeting", ""],
            ["HV to visit Ayaan at home and check his weight and feeding", "Lucy Barnes (HV)", "Weekly", "Ayaan's weight and feeding recorded and sent to the SW every 2 weeks"],
            ["Zara to start at Little Stars nursery using 2-year-old funding", "Rukhsana and Callum Reid (SW)", "From 28/04/2025, Mon/Wed/Fri mornings", "Nursery attendance register shared with the SW monthly"],
            ["Professionals to share information about any concerns", "All professionals", "Ongoing", "Reviewed at core group"],
            ["SW to see Zara and Ayaan at home and observe Zara's play and her time with each parent", "Callum Reid (SW)", "Every 2 weeks", "Visit records describe Zara's play, her interactions with each parent and Ayaan's care"],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If Imran is violent or threatening, or stops Rukhsana from seeing professionals, Rukhsana will call 999 (an interpreter can be requested) and police will attend; the IDVA and SW will arrange a refuge place for Rukhsana, Zara and Ayaan the same day."),
        ("p", "If there is insufficient progress by the review conference, the team manager will request a legal planning meeting to consider pre-proceedings under the PLO."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks: 22/04/2025, 20/05/2025, 17/06/2025. Review child protection conference: 07/07/2025."),
    ],
    "findings": [
        F("H001", "Perinatal mental health team to offer Rukhsana CBT"),
        F("T002", "Imran to attend a domestic abuse perpetrator programme"),
        F("W001", "Interpreter to be booked for every meeting with Rukhsana"),
        F("M001", "Interpreter to be booked for every meeting with Rukhsana"),
        F("W002", "Professionals to share information about any concerns"),
        F("T002", "Professionals to share information about any concerns"),
        F("M002", "Professionals to share information about any concerns"),
        F("F002", "Rukhsana will feel less anxious"),
    ],
})

# ---------------------------------------------------------------------------
# 13. Table with no header row; negated alcohol concern; no outcomes
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "elmsworth_plan_nolan.docx",
    "doc_title": "Child Protection Plan - Harvey and Lily Nolan",
    "split": "heldout",
    "template": "no-header-table",
    "description": "Physical abuse plan whose action table has no header row and whose document states no outcomes (O001); 'no concerns about alcohol' is a negation, not recorded misuse. Grandparent supervision measured only as 'Monitored', an aunt row and two assessments lack measures, an ownerless 'ongoing' row; the contingency covers the family support failing.",
    "blocks": [
        ("title", "Elmsworth County Council"),
        ("h1", "Child Protection Plan"),
        ("kv", [
            ("Children", "Harvey Nolan (6) and Lily Nolan (3)"),
            ("Category", "Physical abuse"),
            ("ICPC", "14/04/2025"),
            ("Social worker", "Hollie Parker"),
            ("Chair", "Simon Achebe"),
        ]),
        ("h1", "Family"),
        ("p", "Harvey and Lily live with their parents Tina Nolan (33) and Shaun Nolan (35) at 5 Beech Road, Elmsworth. Their paternal grandparents, Pat and Roy Nolan, live in the next street, and Tina's sister Claire Stone also lives in Elmsworth."),
        ("h1", "Reasons for the plan"),
        ("p", "On 31/03/2025 Harvey's teacher saw bruises on the back of his legs. Harvey said 'Dad smacked me with his belt because I wouldn't go to bed.' Shaun accepts that he smacks the children but says he 'doesn't hurt them'. There have been two previous referrals about marks on Harvey (2023 and 2024). Shaun says he drinks socially at weekends; there are no concerns about alcohol use and there have been no police call-outs to the address. Tina says she is frightened of how angry Shaun gets with the children, though not with her."),
        ("h1", "What Harvey and Lily have told us"),
        ("p", "Harvey said he is scared when Dad 'gets the belt out' and that he likes it when Grandad Roy takes him to football. Asked what would make things better, he said 'Dad being calm'. Lily is three and has limited speech; at nursery she plays happily, but staff saw her flinch when a male member of staff raised his hand to reach a shelf."),
        ("h1", "Action plan"),
        ("table", {"header": None, "widths": [6, 3.8, 3, 4.2], "rows": [
            ["Shaun and Tina to complete the Triple P parenting programme", "Shaun and Tina Nolan", "8 weekly sessions from 01/05/2025", "Facilitator's completion report to the SW; both parents can describe strategies that do not involve physical punishment"],
            ["SW to see Harvey alone and do direct work on his worries", "Hollie Parker (SW)", "Every 2 weeks", "Harvey's worries and wishes recorded on his three houses sheet at each visit"],
            ["DSL to check in with Harvey and look for any marks", "Mrs Janet Cole, DSL, Elmsworth Primary", "Every Monday", "Any marks recorded on a body map and reported to the SW the same day"],
            ["Nursery to report any injuries or worrying behaviour from Lily", "Kerry Vine, Manager, Tiny Steps Nursery", "Same day", "Body map and email to the SW"],
            ["Pat and Roy to supervise Shaun's time with the children at weekends", "Pat and Roy Nolan (PGPs)", "Every weekend", "Monitored"],
            ["Claire to have the children after school on Wednesdays", "Claire Stone (maternal aunt)", "Every Wednesday", "-"],
            ["Police to complete the investigation into Harvey's bruising", "DC Omar Khan, Elmsworth Police", "By 30/05/2025", "Outcome of the investigation shared with the SW"],
            ["Community paediatrician to review Harvey's growth and injury history", "Dr Helen Wells, Community Paediatrician", "By 23/05/2025", "Report to the SW and GP"],
            ["Shaun to be supported to manage his anger", "-", "Ongoing", "-"],
            ["SW to complete a parenting assessment", "Hollie Parker (SW)", "By 27/06/2025", "-"],
        ]}),
        ("h1", "Contingency"),
        ("p", "If Harvey or Lily has an unexplained mark or injury, or says they have been hit, the SW will hold a strategy discussion the same day and the children will stay with Claire while enquiries are made; if Claire cannot have them, they will be placed with foster carers."),
        ("p", "If Pat and Roy cannot supervise on a weekend, Shaun will not see the children that weekend and Pat will tell the SW by the Monday. If Claire cannot have the children on a Wednesday, Tina will collect them from school."),
        ("p", "If either child is hit again, or Shaun does not complete Triple P, the team manager will request a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks, the first on 28/04/2025. Review child protection conference: 14/07/2025."),
    ],
    "findings": [
        F("M002", "Pat and Roy to supervise Shaun's time with the children"),
        F("M001", "Claire to have the children after school on Wednesdays"),
        F("W001", "Shaun to be supported to manage his anger"),
        F("T002", "Shaun to be supported to manage his anger"),
        F("M001", "Shaun to be supported to manage his anger"),
        F("M001", "SW to complete a parenting assessment"),
        F("O001"),
    ],
})

# ---------------------------------------------------------------------------
# 15. Parental heroin use, merged outcome cells (PDF)
# ---------------------------------------------------------------------------
RA = "Jamie, Skye and Harper will be cared for by parents who are not under the influence of drugs or alcohol"
RB = "Jamie and Skye will go to school every day, on time and fed"
RC = "Harper will be fed, clean and safe, and will grow well"
RD = "All outcomes"
PLANS.append({
    "name": "corrick_plan_rowe.pdf",
    "doc_title": "Child Protection Plan - Rowe children",
    "split": "tune",
    "template": "merged-outcome-table",
    "description": "Parental heroin/methadone plan for three children with merged outcome cells; substance service owns and reports, 'Weekly, ongoing' HV row is fine. Faults: GP review TBC, 'Improvement' and 'engagement' as measures, breakfast club row with no measure, FSW row 'ongoing'.",
    "blocks": [
        ("title", "Corrick Borough Council - Children's Services"),
        ("h1", "Child Protection Plan"),
        ("kv", [
            ("Children", "Jamie Rowe (8), Skye Rowe (5), Harper Rowe (2 months)"),
            ("Category", "Neglect"),
            ("ICPC", "26/03/2025"),
            ("Social worker", "Marcus Webb"),
            ("Chair", "Anne Fairlie"),
        ]),
        ("h1", "Family composition"),
        ("table", {"header": ["Name", "Relationship", "Age"], "widths": W3FAM, "rows": [
            ["Jamie Rowe", "Subject child", "8"],
            ["Skye Rowe", "Subject child", "5"],
            ["Harper Rowe", "Subject child", "2 months"],
            ["Lisa Rowe", "Mother", "35"],
            ["Darren Rowe", "Father", "37"],
            ["Brenda Hollis", "Maternal grandmother (MGM), lives in Corrick", "61"],
        ]}),
        ("h1", "What we are worried about"),
        ("p", "Lisa and Darren both have a long history of heroin use and are prescribed methadone by Corrick Substance Misuse Service (CSMS). In February 2025 Darren relapsed and used heroin at home; Skye found a used needle on the bathroom floor. Jamie's and Skye's school attendance is 81% and 79%, and Jamie often arrives late and hungry. Harper was born with neonatal abstinence syndrome and needed treatment for 10 days."),
        ("h1", "The children's views and experiences"),
        ("p", "Jamie said he wants 'Mum and Dad to stop taking the medicine that makes them sleepy' and that he makes toast for Skye when they don't get up. Skye drew a picture of her family with 'Daddy poorly in bed'. Harper is two months old; the health visitor has seen him feeding well and turning to Lisa's voice, but at one visit his bottle had been propped on a pillow."),
        ("h1", "Action plan"),
        ("table", {"header": CLASSIC, "widths": W5, "rows": [
            [RA, "Lisa and Darren to attend CSMS for methadone and key work sessions", "Lisa and Darren Rowe", "Key work weekly; supervised consumption daily", "CSMS confirms attendance to the SW weekly"],
            [U, "CSMS to carry out random drug tests and report on Lisa's and Darren's progress", "Amy Fox, Recovery Worker, CSMS", "Monthly", "Monthly report to the SW with test results and whether each parent is making the changes needed"],
            [U, "Lisa and Darren to keep all methadone in a locked box out of the children's reach", "Lisa and Darren Rowe", "By 04/04/2025 and then at all times", "SW sees the locked box at every visit"],
            [U, "GP to complete a health review for both parents", "Dr Ben Osei (GP)", "TBC", "GP letter to the SW"],
            [RB, "DSL to send Jamie's and Skye's attendance and punctuality figures", "Mr Raj Patel, DSL, Corrick Primary", "Weekly", "Figures emailed to the SW every Friday; attendance above 95% by July 2025"],
            [U, "Lisa and Darren to make sure Jamie and Skye get to school on time", "Lisa and Darren Rowe", "Every school day", "Improvement"],
            [U, "School to offer Jamie and Skye a free breakfast club place", "Mr Raj Patel, DSL, Corrick Primary", "From 14/04/2025", "-"],
            [RC, "HV to visit Harper and check his weight, feeding and safe sleep", "Nadia Osman (HV)", "Weekly, ongoing", "Harper's weight and care recorded and shared with the SW after each visit"],
            [U, "FSW to work with Lisa and Darren on routines and feeding", "Leah Moss (FSW)", "Ongoing", "Engagement with the FSW"],
            [RD, "SW to visit and see Jamie and Skye alone", "Marcus Webb (SW)", "Every 2 weeks", "Visit records show the children seen alone and their views recorded"],
            [U, "SW to complete a parenting assessment of Lisa and Darren", "Marcus Webb (SW)", "By 20/06/2025", "Written assessment with recommendations shared with the parents and core group"],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If either parent is found under the influence while caring for the children, or drugs, needles or methadone are found within the children's reach, the SW will put a safety plan in place the same day so that the children are cared for by Brenda (MGM), and a strategy discussion will be held within 24 hours. If Brenda cannot care for the children, the SW will arrange foster care that day."),
        ("p", "If drug tests are still positive after three months, or at the review conference, the team manager will request a legal planning meeting to consider the PLO."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks: 09/04/2025, 07/05/2025, 04/06/2025. Review child protection conference: 25/06/2025."),
    ],
    "findings": [
        F("T002", "GP to complete a health review for both parents"),
        F("M002", "Lisa and Darren to make sure Jamie and Skye get to school"),
        F("M001", "School to offer Jamie and Skye a free breakfast club place"),
        F("T002", "FSW to work with Lisa and Darren on routines and feeding"),
        F("M002", "FSW to work with Lisa and Darren on routines and feeding"),
    ],
})

# ---------------------------------------------------------------------------
# 16. Domestic abuse with IDVA; father's cocaine use, no adult service (PDF)
# ---------------------------------------------------------------------------
NSAFE = "Noor and Sami are safe at home"
PLANS.append({
    "name": "redmarsh_plan_haddad.pdf",
    "doc_title": "Child Protection Plan - Noor and Sami Haddad",
    "split": "heldout",
    "template": "classic-table",
    "description": "Domestic abuse plan with IDVA, perpetrator programme and good direct work; father's recorded cocaine use has no adult service owning anything (F004), several rows lack timescale/measure or owner, and core group arrangements are 'to be arranged' (R001).",
    "blocks": [
        ("title", "Redmarsh Borough Council"),
        ("h1", "Child Protection Plan"),
        ("kv", [
            ("Children", "Noor Haddad (13) and Sami Haddad (9)"),
            ("Category", "Emotional abuse"),
            ("ICPC", "15/04/2025"),
            ("Social worker", "Ruth Akande"),
            ("Chair", "Gillian Hurst"),
        ]),
        ("h1", "Family composition"),
        ("table", {"header": ["Name", "Relationship", "Age / where living"], "widths": W3FAM, "rows": [
            ["Noor Haddad", "Subject child", "13, with mother"],
            ["Sami Haddad", "Subject child", "9, with mother"],
            ["Layla Haddad", "Mother", "38"],
            ["Karim Haddad", "Father", "41, living with his brother since 06/04/2025"],
            ["Rania Saleh", "Maternal aunt", "35, lives in Redmarsh"],
        ]}),
        ("h1", "Reasons for the plan"),
        ("p", "On 05/04/2025 police were called after Karim threw a mug at Layla and pushed her against a wall during an argument; Noor called 999. Noor told police this happens 'every weekend when Dad's been out'. Karim told police he uses cocaine most weekends and that it makes him 'short-tempered'. Karim is on police bail with a condition not to enter the family home. Layla has said she wants Karim to come home once he has had help."),
        ("h1", "What Noor and Sami have said"),
        ("p", "Noor (13) said she is 'always on edge' at weekends and stays awake listening for the front door. She does not want her dad to come back until he has 'sorted himself out', but she wants to see him. Sami (9) said he misses his dad and wants him home, and that he puts his headphones on when there is shouting."),
        ("h1", "Child protection plan"),
        ("table", {"header": ["Outcome for the children", "Action", "Responsible", "Timescale", "Measure"], "widths": W5, "rows": [
            [NSAFE, "IDVA to complete a DASH risk assessment with Layla and refer to MARAC if high risk", "Sophie Kerr (IDVA)", "By 02/05/2025", "DASH score and MARAC decision shared with the SW; Layla has a written safety plan"],
            [NSAFE, "Karim to attend the Redmarsh Respect perpetrator programme", "Karim Haddad (father)", "24 weekly sessions from 12/05/2025", "Programme reports to the SW every 6 weeks"],
            [NSAFE, "Karim to stop using cocaine", "Karim Haddad (father)", "-", "-"],
            ["Noor and Sami have a parent who can protect them", "Layla to attend counselling for the trauma she has experienced", "Layla Haddad (mother)", "When ready", "Layla feels better"],
            ["Noor can talk about her worries", "DSL to check in with Noor and refer her to the school counsellor", "Ms Tara Lyons, DSL, Redmarsh Academy", "Weekly check-ins from 28/04/2025; referral by 02/05/2025", "Check-in log and counsellor start date shared with the SW"],
            ["Sami can talk about his worries", "DSL to monitor Sami's presentation at school", "Mr Dave Hirst, DSL, Greenfield Primary", "Regularly", "Monitored"],
            ["Noor and Sami understand what has happened and how to keep safe", "SW to do direct work with Noor and Sami on domestic abuse and safety planning", "Ruth Akande (SW)", "4 sessions each by 30/06/2025", "Each child has a written safety plan and can say who they would call"],
            [NSAFE, "Police to notify the SW of any domestic abuse incident at the address", "Redmarsh Police DA Unit", "Within 24 hours of any incident", "Notification logged on the children's file"],
            ["Noor and Sami live somewhere safe and settled", "Housing Options to decide Layla's application to move to a different area", "Mark Ferris, Redmarsh Housing Options", "By 23/05/2025", "Housing decision letter copied to the SW"],
            [NSAFE, "Karim's contact with the children to be supervised", "", "", ""],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If Karim comes to the family home, breaches his bail or there is any further incident, Layla or the children will call 999 and police will attend as a priority. The SW will hold a strategy discussion within 24 hours, and Layla and the children will move to Rania's home or, if that is not possible, to a refuge place arranged by the IDVA the same day."),
        ("p", "If Layla allows Karim to return home before he has completed the Respect programme, the team manager will request a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings: to be arranged. Review child protection conference: 10/07/2025."),
    ],
    "findings": [
        F("T001", "Karim to stop using cocaine"),
        F("M001", "Karim to stop using cocaine"),
        F("T002", "Layla to attend counselling for the trauma she has experienced"),
        F("M002", "Layla to attend counselling for the trauma she has experienced"),
        F("T002", "DSL to monitor Sami's presentation at school"),
        F("M002", "DSL to monitor Sami's presentation at school"),
        F("W001", "Karim's contact with the children to be supervised"),
        F("T001", "Karim's contact with the children to be supervised"),
        F("M001", "Karim's contact with the children to be supervised"),
        F("F004"), F("R001"),
    ],
})

# ---------------------------------------------------------------------------
# 17. Neglect of school-age children, classic table
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "pennock_icpc_dunn.docx",
    "doc_title": "Child Protection Plan - Dunn children",
    "split": "heldout",
    "template": "classic-table",
    "description": "Neglect ICPC plan for three children with good child voice and several SMART rows; Talking Therapies row only treats (H001), one adult-only outcome, dentist 'as soon as possible', 'Improvement' as a measure, an ownerless 'ongoing' row, and a contingency that only says 'discuss' with no trigger and no legal step.",
    "blocks": [
        ("title", "Pennock Borough Council"),
        ("h1", "Child Protection Plan - Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Charlie Dunn (10), Evie Dunn (7), Alfie Dunn (4)"),
            ("Category", "Neglect"),
            ("ICPC", "10/04/2025"),
            ("Social worker", "Amy Lord"),
            ("Chair", "Paul Hendry"),
        ]),
        ("h1", "Family composition"),
        ("table", {"header": ["Name", "Relationship", "Age"], "widths": W3FAM, "rows": [
            ["Charlie Dunn", "Subject child", "10"],
            ["Evie Dunn", "Subject child", "7"],
            ["Alfie Dunn", "Subject child", "4"],
            ["Sharon Dunn", "Mother", "36"],
            ["Wayne Dunn", "Father", "39"],
        ]}),
        ("h1", "Reasons for the plan"),
        ("p", "The family has been known to Pennock Children's Services since 2019. School report that Charlie, Evie and Alfie often arrive hungry and in dirty clothes and have untreated head lice, and Evie has had toothache for several weeks. At the home visit on 27/03/2025 there was very little food, dog faeces on the kitchen floor, and the children's mattresses were damp and stained. Sharon has been treated for depression by her GP since 2021 and says she struggles to get up in the morning. Wayne has been out of work for three years."),
        ("h1", "The children's views"),
        ("p", "Charlie (10) said 'there's never anything for breakfast' and that he gets Evie and Alfie ready for school. Evie (7) said her tooth hurts and she wants her bedroom 'to not smell'. Alfie (4) is quiet at home; at the SW's visit he ate two packets of crisps quickly and said he was 'starving'."),
        ("h1", "Outcomes"),
        ("numbered", [
            "Charlie, Evie and Alfie will have breakfast every day and go to school clean and on time.",
            "The children will sleep in clean, dry beds in a home that is safe and hygienic.",
            "The children's health and dental needs will be met.",
            "Sharon's depression will be better managed.",
        ]),
        ("h1", "Action plan"),
        ("table", {"header": CLASSIC, "widths": [1.8, 5.4, 3.2, 2.8, 3.8], "rows": [
            ["2", "SW to visit the home, with at least every other visit unannounced", "Amy Lord (SW)", "Weekly", "Visit records include a home conditions score on the Graded Care Profile 2 scale"],
            ["2", "SW and FSW to complete a Graded Care Profile 2 assessment with the parents", "Amy Lord (SW) and Joanne Platt (FSW)", "By 16/05/2025", "GCP2 scores shared with the parents and core group"],
            ["1", "FSW to work with Sharon and Wayne on morning routines, meals and laundry", "Joanne Platt (FSW)", "Twice a week for 12 weeks", "School's daily log shows the children arriving clean and fed on at least 4 days a week"],
            ["1", "School to provide breakfast club and record each child's presentation", "Mrs Lorna Quick, DSL, Pennock Primary", "Daily", "Daily presentation log shared with the SW weekly"],
            ["4", "Talking Therapies to provide Sharon with CBT for her depression", "Ian Croft, Pennock Talking Therapies", "12 weekly sessions from 28/04/2025", "Attendance reported to the SW"],
            ["4", "Sharon to see her GP about her medication", "Sharon Dunn (mother)", "By 25/04/2025", "GP confirms the appointment to the SW"],
            ["1", "Alfie to take up his nursery place at Pennock Primary", "Sharon and Wayne Dunn", "From 06/05/2025, 15 hours a week", "Nursery register shared with the SW monthly"],
            ["3", "Parents to take all three children to the dentist", "Sharon and Wayne Dunn", "As soon as possible", "Dentist confirms the check-ups to the SW"],
            ["3", "Parents to check and treat the children's head lice", "Sharon and Wayne Dunn", "Weekly", "Improvement"],
            ["4", "Wayne to be supported into work", "", "Ongoing", "-"],
            ["2", "Pennock Homes to repair the damp in the children's bedroom", "Gail Snow, Repairs Officer, Pennock Homes", "By 30/05/2025", "Repairs completed; SW sees the bedroom dry at the next visit"],
        ]}),
        ("h1", "Contingency plan"),
        ("p", "If things do not improve, the SW will discuss the case with her manager."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks, the first on 24/04/2025. Review child protection conference: 03/07/2025."),
    ],
    "findings": [
        F("H001", "Talking Therapies to provide Sharon with CBT for her depression"),
        F("T002", "Parents to take all three children to the dentist"),
        F("M002", "Parents to check and treat the children's head lice"),
        F("W001", "Wayne to be supported into work"),
        F("T002", "Wayne to be supported into work"),
        F("M001", "Wayne to be supported into work"),
        F("F002", "Sharon's depression will be better managed"),
        F("C002"), F("R002"),
    ],
})

# ---------------------------------------------------------------------------
# 21. Bullet-list plan grouped under outcome headings (List Bullet style)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "fellside_bullets_ellis.docx",
    "doc_title": "Child Protection Plan - Kayden and Nia Ellis",
    "split": "tune",
    "template": "bullets",
    "description": "Parental-conflict plan written as bullets under outcome headings; strong child voice and some SMART bullets, but 'stop arguing', school nurse, 'keep an eye on', family network and 'professionals' bullets are weak, and the contingency only 'considers next steps' with no legal step. Negated health/substance concerns.",
    "blocks": [
        ("title", "Fellside County Council"),
        ("h1", "Child Protection Plan"),
        ("kv", [
            ("Children", "Kayden Ellis (12) and Nia Ellis (8)"),
            ("Category", "Emotional abuse"),
            ("ICPC", "22/04/2025"),
            ("Social worker", "Declan Moore"),
            ("Chair", "Anita Kapoor"),
        ]),
        ("h1", "Family composition"),
        ("p", "Kayden and Nia live with their mum, Natalie Ellis (37), at 18 Wharf Road, Fellside, and stay with their dad, Rob Ellis (40), every other weekend. Natalie and Rob separated in 2024 and there are ongoing family court proceedings about arrangements for the children."),
        ("h1", "What we are worried about"),
        ("p", "Kayden and Nia are caught in the middle of their parents' conflict. Handovers have ended in shouting matches in the street, and on 30/03/2025 police were called when Rob and Natalie argued at a handover and Rob slammed Natalie's car door on her arm in front of the children. Kayden passes on what each parent says about the other and has been cutting his arms since February. Nia has started wetting the bed. Neither parent has any health difficulties and there are no concerns about drug or alcohol use."),
        ("h1", "What Kayden and Nia say"),
        ("p", "Kayden said: 'I'm sick of being the messenger. They both make me pick.' He said cutting makes the 'noise in my head stop' and that he wants 'everyone to just be normal'. Nia said she likes both houses but 'hates Saturdays' because of the arguing at handover, and she wishes her mum and dad 'could just say hello'."),
        ("h1", "The plan"),
        ("h2", "Outcome 1: Kayden and Nia will not be caught up in their parents' arguments"),
        ("bullets", [
            "Natalie and Rob to each attend the Separated Parents Information Programme by 30/06/2025, with certificates of attendance sent to the SW.",
            "Handovers to take place at Fellside Family Centre every other Saturday at 10am, supervised by family centre staff who will record any arguments and send the record to the SW.",
            "Natalie and Rob to stop arguing in front of the children.",
            "From 28/04/2025 Natalie and Rob to communicate only through a co-parenting app, with the SW checking the messages each month and counting any hostile messages.",
        ]),
        ("h2", "Outcome 2: Kayden will be kept safe from self-harm"),
        ("bullets", [
            "CAMHS to assess Kayden's self-harm by 02/05/2025 and share a risk assessment and safety plan with the SW, school and both parents.",
            "School nurse to see Kayden every week.",
            "Natalie and Rob to lock away sharp objects and medicines in both homes by 29/04/2025, with the SW checking at the next visit to each home.",
        ]),
        ("h2", "Outcome 3: Nia will feel safe and her worries will be heard"),
        ("bullets", [
            "SW to do direct work with Nia every two weeks using 'My World' and record her wishes and feelings.",
            "Nia's school to keep an eye on her.",
            "Family network to support the children as required.",
            "Professionals to work together to reduce the conflict.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If there is another argument in front of the children or Kayden self-harms, the SW will consider next steps with the core group."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks, the first on 06/05/2025. Review child protection conference: 22/07/2025."),
    ],
    "findings": [
        F("T001", "Natalie and Rob to stop arguing in front of the children"),
        F("M001", "Natalie and Rob to stop arguing in front of the children"),
        F("M001", "School nurse to see Kayden every week"),
        F("T001", "Nia's school to keep an eye on her"),
        F("M002", "Nia's school to keep an eye on her"),
        F("W002", "Family network to support the children as required"),
        F("T002", "Family network to support the children as required"),
        F("M001", "Family network to support the children as required"),
        F("W002", "Professionals to work together to reduce the conflict"),
        F("T001", "Professionals to work together to reduce the conflict"),
        F("M001", "Professionals to work together to reduce the conflict"),
        F("C002"), F("R002"),
    ],
})

# ---------------------------------------------------------------------------
# 22. Signs of Safety newborn living with grandparents (PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "calderbrook_sos_willow.pdf",
    "doc_title": "Signs of Safety Child Protection Plan - Willow Pryce",
    "split": "tune",
    "template": "signs-of-safety",
    "description": "Signs of Safety plan for a newborn whose care is supervised by grandparents; the safety plan says what happens if the network cannot supervise, so no C003. Faults: perinatal CPN row only offers support with 'engagement' as measure (H001), aunt's Sunday care has no measure, SW visits 'as required'.",
    "blocks": [
        ("title", "Calderbrook Council - Children's Services"),
        ("h1", "Signs of Safety - Child Protection Plan"),
        ("kv", [
            ("Child", "Willow Pryce (DOB 28/03/2025)"),
            ("Mother", "Shannon Pryce (19)"),
            ("Father", "Kyle Dawson (20) - no contact"),
            ("Living with", "Shannon, Paula Pryce (maternal grandmother) and Mick Pryce (Paula's husband), 6 Ferry Lane, Calderbrook"),
            ("Category", "Physical abuse (risk of)"),
            ("ICPC", "08/04/2025"),
            ("Social worker", "Ola Bankole"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's services, the midwife, the health visitor and the perinatal mental health team are worried that when Shannon is very distressed she hurts herself and has in the past thrown things and lashed out, and that if she is looking after Willow on her own at those times, Willow could be dropped, shaken or left without care. Kyle was violent to Shannon during the pregnancy and we are worried Willow could be hurt if he comes to the house."),
        ("h1", "Safety goal"),
        ("p", "Willow will always be cared for by a calm adult, will never be alone with Shannon when Shannon is very distressed, and will have no contact with Kyle. Everyone in Willow's safety network will know the plan and will show, for at least six months, that they can keep to it."),
        ("h1", "Assessment"),
        ("table", {"header": ["What are we worried about?", "What's working well?"], "widths": [8.5, 8.5], "rows": [
            ["Shannon has a diagnosis of emotionally unstable personality disorder and has self-harmed six times in the last year, twice during the pregnancy. Kyle, who has a conviction for assault, was violent to Shannon. Shannon has said she sometimes 'can't stand' Willow crying.",
             "Shannon lives with Paula and Mick, who have a spare room and are at home most of the day. Shannon has kept all her perinatal mental health appointments since 20 weeks of pregnancy. Shannon feeds Willow well and asks for help when she is stressed."],
        ]}),
        ("h1", "Scaling"),
        ("p", "SW 4, Shannon 7, Paula 6, HV 5 (0 = Willow cannot stay in the family; 10 = safe enough to close the plan)."),
        ("h1", "Willow's experience"),
        ("p", "Willow is two weeks old. The health visitor has seen her feed well from a bottle and settle on Paula's and Shannon's chests. On 05/04/2025 Paula saw Shannon become overwhelmed when Willow would not settle at 3am and leave her crying in her basket while Shannon went outside; Paula picked Willow up."),
        ("h1", "What needs to happen"),
        ("table", {"header": ["Action", "Who", "When", "How we will know"], "widths": [6.2, 3.8, 3, 4], "rows": [
            ["Paula and Mick to make sure Shannon is never alone with Willow overnight, with Willow sleeping in Paula's room", "Paula Pryce (MGM) and Mick Pryce", "Every night", "Paula signs the night log; SW and HV see the sleeping arrangements at visits"],
            ["Paula to be with Shannon whenever Shannon is caring for Willow during the day", "Paula Pryce (MGM)", "Daily", "Paula's daily log, checked by the SW at each visit"],
            ["Perinatal mental health team to offer Shannon DBT-informed support sessions", "Ruth Mwangi (CPN), Calderbrook Perinatal Mental Health Team", "Weekly", "Shannon's engagement"],
            ["Perinatal clinical psychologist to assess how Shannon manages distress while caring for Willow, and the changes needed", "Dr Alex Kerr, Clinical Psychologist, Perinatal Mental Health Team", "By 30/05/2025", "Report to the SW with recommendations and the likely timescale for change"],
            ["HV to visit Willow at home and check her weight and feeding", "Zoe Finch (HV)", "Twice a week until 25/04/2025, then weekly", "Willow's weight and feeding recorded; any concerns sent to the SW the same day"],
            ["Police to tell the SW about any contact between Kyle and Shannon", "Sgt Dan Lewis, Calderbrook Police", "Within 24 hours", "Notification logged on Willow's file"],
            ["SW to hold a safety network meeting to agree the written safety plan", "Ola Bankole (SW)", "By 11/04/2025", "Safety plan signed by Shannon, Paula, Mick and Jodie and given to everyone"],
            ["Jodie to look after Shannon and Willow on Sundays to give Paula a break", "Jodie Pryce (maternal aunt)", "Every Sunday", "-"],
            ["SW to visit Willow at home and check the safety plan", "Ola Bankole (SW)", "As required", "Visit records show Willow seen and her care observed"],
        ]}),
        ("h1", "Safety plan if things go wrong"),
        ("bullets", [
            "If Paula or Mick cannot be at home to supervise (illness, work, or because they feel they cannot manage), they will tell the SW that day and Willow will stay with Jodie; if Jodie cannot have her, the SW will arrange a foster placement the same day.",
            "If Shannon self-harms, threatens to hurt Willow or leaves the house with Willow when distressed, Paula will call 999 and the SW (or the Emergency Duty Team), and a strategy discussion will be held the same day.",
            "If Kyle comes to the house, Paula will not let him in and will call the police.",
            "If the safety plan breaks down, or Dr Kerr's assessment shows Shannon cannot keep Willow safe, the team manager will request a legal planning meeting.",
        ]),
        ("h1", "Review"),
        ("p", "Core group meetings every four weeks: 22/04/2025, 20/05/2025, 17/06/2025. Review child protection conference: 01/07/2025."),
    ],
    "findings": [
        F("H001", "Perinatal mental health team to offer Shannon DBT-informed support sessions"),
        F("M002", "Perinatal mental health team to offer Shannon DBT-informed support sessions"),
        F("M001", "Jodie to look after Shannon and Willow on Sundays"),
        F("T002", "SW to visit Willow at home and check the safety plan"),
    ],
})
