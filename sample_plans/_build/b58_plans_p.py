"""Batch 58, module p: seven fictional plans (held-out material), places beginning with "p".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: documents in unusual shapes, each a different one - a case-system
print with dotted field lines and one block per task, core group minutes
whose actions sit only in the closing action log, a letter to a mother with
numbered paragraphs, a review conference table with progress and RAG
columns, an outline with lettered themes and numbered actions, a
child-friendly "my plan" written to an 11-year-old, and a GIRFEC child's
plan with actions grouped under the SHANARRI wellbeing indicators. Faults are
mixed across the rules, in several voices and with each service's own
abbreviations. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system print: dotted field lines, one block per task; a baby
#    accommodated under s20 who is still on the children's ward (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_pellowmere_caseframe_print_task_blocks_ward_hartigan.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-case-system-print-txt-dotted-field-lines-bracketed-section-numbers-one-block-per-task-ref-task-responsible-target-date-success-measure-status",
    "description": (
        "Initial conference plan for a 5-week-old accommodated under section 20 and still on the "
        "children's ward (unexplained bruise, faltering growth; mother's postnatal depression, father's "
        "cannabis use), printed from a case system as dotted 'Field ....... value' lines with one block per "
        "task. The perinatal team and the drug service report on change, the contingency and legal step are "
        "specific and the meeting dates are set, but nobody is set to visit Ruby-Mae on the ward (L001). Faults: the police "
        "task is 'Ongoing' and the 'keep parents updated' task 'As and when' (T002), the parenting "
        "assessment has an empty success measure (M001), the hair strand task has no one responsible "
        "(W001), family time is only 'Monitored' (M002)."
    ),
    "text": """\
=====================================================================================
 CAREFRAME  |  Pellowmere Borough Council - Children's Services  |  PRINTED 03/06/2025
 Form: CHILD PROTECTION PLAN (ICPC)      Status: AUTHORISED      Version: 1.0
 Printed by: LCORBY (Lauren Corby, Social Worker, Hospital and Assessment Team)
=====================================================================================

[1] SUBJECT DETAILS
Child name ............... Ruby-Mae HARTIGAN
CareFrame ID ............. 7741203
Date of birth ............ 26/04/2025 (5 weeks)
Legal status ............. Looked after - accommodated under s20 Children Act 1989 from 16/05/2025
Current location ......... Ward 9 (Children's Ward), Pellowmere Royal Infirmary, bay 3
Mother ................... Shannon HARTIGAN (20), 14 Kestrel Walk, Pellowmere
Father ................... Liam FROST (23), same address, named on the birth certificate
Category ................. Physical abuse
Conference date .......... 02/06/2025 (initial child protection conference)
Conference chair ......... Moira Lindqvist, Independent Reviewing Officer / CP Chair
Allocated worker ......... Lauren Corby, Social Worker

[2] REASON FOR PLAN
Ruby-Mae was brought to the Emergency Department on 14/05/2025 by Shannon because she
was "floppy and not feeding". She weighed 3.02 kg, below her birth weight of 3.31 kg,
and the ED nurse saw a 1.5 cm bruise on her left upper arm. Neither parent could say
how the bruise happened. A skeletal survey on 15/05/2025 found no fractures. The
paediatrician's opinion is that a bruise on a non-mobile baby is a concern and the
weight loss is consistent with Ruby-Mae not being fed enough at home.
Shannon has postnatal depression. She was referred to the Pellowmere Perinatal Mental
Health Service by her midwife in April and has been seen twice. Liam told the ward
staff he smokes cannabis "most nights to sleep". Shannon and Liam agreed to Ruby-Mae
being accommodated under section 20 on 16/05/2025. She will go to a foster placement
when she is medically fit. A police investigation into the bruise is open.

[3] CHILD'S LIVED EXPERIENCE (observed)
The ward nurses describe Ruby-Mae as a "sleepy baby who wakes hungry". She now takes
90 ml every three hours and has gained 280 g in 18 days. She settles best when held
upright against a shoulder and cries sharply when her left arm is handled for nappy
changes, though this is getting less. When Shannon holds her she is calm, but Shannon
often hands her back to the nurse after a few minutes. Liam has fed her twice and
talked to her throughout the feed.

[4] STRENGTHS
Both parents attended the conference and have been honest about Liam's cannabis use.
Shannon has kept both of her perinatal appointments. Ruby-Mae is gaining weight on the
ward.

[5] OUTCOMES FOR THE CHILD
OUT-1  Ruby-Mae is fed enough, regains her birth weight and keeps growing along her
       centile.
OUT-2  Ruby-Mae has no further unexplained injuries and the cause of the bruise is
       understood.
OUT-3  Ruby-Mae leaves hospital to a safe, warm placement with a carer who knows her
       feeding plan.
OUT-4  Ruby-Mae keeps a strong bond with her parents through regular family time.

[6] PLAN TASKS
-------------------------------------------------------------------------------------
Task ref ............. PT-01
Task ................. Find a foster placement for Ruby-Mae with a carer who can take
                       her straight from the ward and follow the ward feeding plan
Responsible .......... Lauren Corby (SW), with the Pellowmere Placements Team
Target date .......... Before medical discharge (expected w/c 09/06/2025)
Success measure ...... Placement confirmed in writing; placement plan meeting held on the
                       day of discharge and the plan signed by the carer and parents
Status ............... OPEN
-------------------------------------------------------------------------------------
Task ref ............. PT-02
Task ................. Repeat skeletal survey and eye examination, and give a written
                       medical opinion on the bruise
Responsible .......... Dr Imran Qadir, Consultant Paediatrician
Target date .......... 11/06/2025
Success measure ...... Written report sent to the SW and to DC Marsh within 2 working days
                       of the results
Status ............... OPEN
-------------------------------------------------------------------------------------
Task ref ............. PT-03
Task ................. Complete the criminal investigation into the bruise, including
                       interviews with Shannon and Liam
Responsible .......... DC Helen Marsh, Pellowmere Police Child Abuse Investigation Team
Target date .......... Ongoing
Success measure ...... Outcome of the investigation shared with the SW at a strategy
                       meeting
Status ............... OPEN
-------------------------------------------------------------------------------------
Task ref ............. PT-04
Task ................. Parenting assessment of Shannon and Liam together, to include
                       feeding, handling and safe care of a young baby
Responsible .......... Lauren Corby (SW) and Tasha Penrose (Family Assessment Worker)
Target date .......... 25/07/2025
Success measure ......
Status ............... OPEN
-------------------------------------------------------------------------------------
Task ref ............. PT-05
Task ................. Assess Shannon's postnatal depression and report on how it affects
                       her care of Ruby-Mae, what needs to change and whether that change
                       is likely within Ruby-Mae's timescales
Responsible .......... Dr Ama Boateng, Pellowmere Perinatal Mental Health Service
Target date .......... Report by 04/07/2025, before the second core group
Success measure ...... Written report to the SW, shared at the core group on 07/07/2025
Status ............... OPEN
-------------------------------------------------------------------------------------
Task ref ............. PT-06
Task ................. Hair strand tests for both parents (cannabis, cocaine and alcohol,
                       three-month window) to be requested and paid for
Responsible ..........
Target date .......... By 20/06/2025
Success measure ...... Laboratory results received and shared with both parents and the
                       core group
Status ............... OPEN
-------------------------------------------------------------------------------------
Task ref ............. PT-07
Task ................. Supervised family time for Shannon and Liam with Ruby-Mae at the
                       Orchard Family Centre once she is in her placement
Responsible .......... Pellowmere Family Time Service (Kerry Ashdown, contact supervisor)
Target date .......... Three times a week (Mon, Wed, Fri) from the first week in placement
Success measure ...... Monitored
Status ............... NOT STARTED
-------------------------------------------------------------------------------------
Task ref ............. PT-08
Task ................. Keep Shannon and Liam updated about Ruby-Mae's health, her
                       placement and any change to the plan
Responsible .......... Lauren Corby (SW)
Target date .......... As and when
Success measure ...... Both parents confirm at each core group that they have had the
                       updates; update letters copied to the file
Status ............... OPEN
-------------------------------------------------------------------------------------
Task ref ............. PT-09
Task ................. Take over Ruby-Mae's health visiting in the foster carer's area,
                       with a first home visit to weigh her and check her feeding
Responsible .......... Sinead O'Rourke, Health Visitor (Pellowmere 0-19 Service)
Target date .......... Within 5 working days of discharge, then every 2 weeks
Success measure ...... Weight plotted in the red book at each visit; HV record shared with
                       the SW before each core group
Status ............... NOT STARTED
-------------------------------------------------------------------------------------
Task ref ............. PT-10
Task ................. Assess Liam's cannabis use and give a written view on whether he
                       can stop, and what his use means for his care of Ruby-Mae
Responsible .......... Marcus Fell, Recovery Worker, Pellowmere Drug and Alcohol Service
Target date .......... First appointment by 20/06/2025; report by 18/07/2025
Success measure ...... Report sent to the SW and used in the parenting assessment
Status ............... OPEN
-------------------------------------------------------------------------------------

[7] CONTINGENCY
If either parent arrives on the ward under the influence of drugs or alcohol, or is
aggressive to staff, ward security will be called, the parent will be asked to leave
and Lauren Corby (or the Emergency Duty Team out of hours) will hold a strategy
discussion the same day. If Shannon or Liam withdraws consent to section 20 and tries
to take Ruby-Mae from the ward, the nurse in charge will call the police and ask for
police protection, and the SW will apply for an Emergency Protection Order that day.
If no foster placement has been found when Ruby-Mae is medically fit, she will stay on
Ward 9 until a placement is confirmed and will not be discharged to her parents.

[8] LEGAL PLANNING
If the medical opinion remains that the bruise was inflicted, or the parenting
assessment finds the parents cannot meet Ruby-Mae's needs, Lauren Corby will ask her
team manager for a Legal Gateway Meeting within 5 working days of the report.

[9] CORE GROUP AND REVIEW
First core group ......... 16/06/2025, 10:00, Ward 9 seminar room
Frequency ................ Every 3 weeks (07/07/2025, 28/07/2025, 18/08/2025)
Review conference ........ 01/09/2025, 14:00, Pellowmere Civic Offices, Room 4

[10] DISTRIBUTION
Shannon Hartigan; Liam Frost; Dr Qadir; DC Marsh; Dr Boateng; S O'Rourke (HV);
Ward 9 Sister; GP (Dr Nnamdi, Kestrel Medical Practice); IRO.

*** END OF PRINT - OFFICIAL SENSITIVE ***
""",
    "findings": [
        F("T002", "Complete the criminal investigation into the bruise"),
        F("M001", "Parenting assessment of Shannon and Liam together"),
        F("W001", "Hair strand tests for both parents"),
        F("M002", "Supervised family time for Shannon and Liam with Ruby-Mae"),
        F("T002", "Keep Shannon and Liam updated about Ruby-Mae's health"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes: numbered agenda items with agency updates, and the
#    actions only in the closing action log table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_pennardine_core_group_minutes_action_log_doherty.docx",
    "doc_title": "Core Group Minutes - Ellie and Jack Doherty-Quinn",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-2-minutes-docx-attendance-table-initials-numbered-agenda-items-agency-updates-childrens-views-contingency-then-action-log-no-action-owner-deadline-done-when-table",
    "description": (
        "Second core group minutes for a 9-year-old and a 4-year-old (mother's bipolar disorder, a "
        "relapse in the spring). Attendance table with initials, numbered agenda items with each "
        "agency's update and the children's views, and the plan only as the action log at the end "
        "(No | Action | Owner | Deadline | Done when). The minutes never say what should be different "
        "for the children (O001); the maternal grandparents do the school run and Saturday nights but "
        "the contingency sends the children to them without a fallback (C003); the next core group is "
        "'about 6 weeks, date TBC' and the review conference 'to be arranged' (R001). Faults in the log: "
        "the CPN only supports (H001), 'All professionals' (W002), direct work 'Ongoing' (T002), the "
        "SALT referral with no 'done when' (M001), bedtime support measured by 'Improvement' (M002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Pennardine Metropolitan Borough Council · Children's Social Care · Family Safeguarding Team West"),
        ("kv", [
            ("Children", "Ellie Doherty-Quinn (9), Year 5, St Bride's RC Primary; Jack Doherty-Quinn (4), "
                         "Bluebell Nursery (mornings)"),
            ("Parent", "Jade Doherty (32). The children's father, Sean Quinn, lives in Ireland and has "
                       "phone contact on Sundays."),
            ("Address", "41 Lanyard Street, Pennardine"),
            ("Meeting", "Core group 2, Thursday 10/07/2025, 9.30am, Pennardine Family Hub, Room 2"),
            ("Plan start", "Initial child protection conference 29/05/2025 – category: neglect"),
            ("Chair / minutes", "Tom Achterberg, social worker (chair); minutes by Bev Lomas, business support"),
        ]),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Name", "Role / agency", "Initials"],
            "widths": [4.5, 9.5, 3.0],
            "rows": [
                ["Jade Doherty", "Mum", "JD"],
                ["Pat Doherty", "Maternal grandmother", "PD"],
                ["Tom Achterberg", "Social worker, Family Safeguarding Team West", "TA"],
                ["Kieran Walsh", "Community psychiatric nurse, Pennardine CMHT (North)", "KW"],
                ["Ola Bankole", "Learning mentor, St Bride's RC Primary (for the DSL)", "OB"],
                ["Niamh Kerr", "Health visitor, Pennardine 0-19 Service", "NK"],
                ["Dionne Clarke", "Family support worker, Pennardine Family Hub", "DC"],
                ["Apologies: Dr Farah Siddiqui", "Consultant psychiatrist (report sent); Roy Doherty, "
                 "maternal grandfather", "–"],
            ],
        }),
        ("h2", "1. Introductions and purpose"),
        ("p", "TA welcomed everyone and reminded the group that the purpose of the core group is to put the "
              "child protection plan into practice and check how it is going. JD said she was nervous but "
              "glad her mum had come with her."),
        ("h2", "2. Updates from agencies"),
        ("p", "2.1 Social care (TA). Four visits since the conference, two unannounced. The house was tidy "
              "on every visit and there was food in. On 24/06 Jade had not slept for two nights and the "
              "children had been to school late; Pat took them for the weekend. Jade says she has taken her "
              "lithium every day since."),
        ("p", "2.2 CMHT (KW). Jade was discharged from Ashgrove ward on 02/05/2025 after a manic episode in "
              "April and is on lithium. KW has seen her every two weeks. Her last lithium level was in range. "
              "Dr Siddiqui's letter says Jade's early warning signs are not sleeping, spending and talking "
              "fast, and that she has had three admissions since 2018."),
        ("p", "2.3 School (OB). Ellie's attendance this half-term is 93%, up from 84%. She was late on five "
              "mornings, all on days when Jade did the school run. Ellie has told her teacher she worries "
              "about \"Mum going back to the hospital\"."),
        ("p", "2.4 Health visiting (NK). Jack's 3-year check was missed in the spring. When NK saw him at "
              "nursery on 01/07 he was using two-word phrases only and was hard to understand."),
        ("p", "2.5 Family support (DC). Two sessions at home so far on bedtimes. Jack is still going to bed "
              "after 10pm most nights and Ellie puts him to bed when Jade is tired."),
        ("p", "2.6 Family (PD). Pat and Roy have been doing the school run on Mondays, Wednesdays and Fridays "
              "and having the children on Saturday nights since June. Pat said they are happy to keep going "
              "\"as long as our health holds\"; Roy is waiting for a knee operation."),
        ("h2", "3. The children's views"),
        ("p", "TA saw Ellie alone at school on 03/07. She said: \"When Mum's poorly she talks really fast and "
              "doesn't go to bed, and then I have to do Jack.\" She likes Saturday nights at Nanna's "
              "\"because it's quiet and Grandad makes pancakes\". She wants Mum to \"stay well and not go "
              "away again\". Jack was seen at home on 07/07: he ran to show TA his dinosaur, chattered "
              "happily but was hard to follow, and went to Jade for a cuddle when his sister left the room."),
        ("h2", "4. Contingency"),
        ("p", "If Jade shows her early warning signs (not sleeping for two nights, spending she cannot afford, "
              "talking fast), or stops taking her lithium, she will ring KW or the crisis line the same day "
              "and Ellie and Jack will go to stay with Pat and Roy at 7 Ferrier Close until the crisis team "
              "says Jade is well enough. TA (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. If Jade has another relapse while the children are in her care "
              "before the review conference, TA will ask the team manager for a legal planning meeting."),
        ("h2", "5. Any other business"),
        ("p", "JD asked whether Sean could have video calls with the children as well as phone calls. TA to "
              "discuss with Sean and let Jade know."),
        ("h2", "6. Next meetings"),
        ("p", "Next core group: in about 6 weeks, date TBC once the school holidays are known. Review child "
              "protection conference: to be arranged by the conference team."),
        ("h2", "7. Action log"),
        ("table", {
            "header": ["No.", "Action", "Owner", "Deadline", "Done when"],
            "widths": [1.0, 6.4, 3.6, 2.8, 3.2],
            "rows": [
                ["1", "Continue fortnightly home visits to support Jade with her mood and her medication",
                 "Kieran Walsh, CPN, Pennardine CMHT", "Every 2 weeks", "Visits recorded in the CMHT notes"],
                ["2", "Outpatient review of Jade's lithium, and a letter to the core group on her relapse "
                      "signs and whether she can keep Ellie and Jack safe if her mood rises",
                 "Dr Farah Siddiqui, consultant psychiatrist", "Clinic on 14/08/2025",
                 "Letter received by TA before the next core group"],
                ["3", "School run for Ellie and Jack on Mondays, Wednesdays and Fridays",
                 "Pat and Roy Doherty (MGPs)", "Each M/W/F in term time",
                 "School and nursery signing-in books show the children in on time"],
                ["4", "Have Ellie and Jack to stay every Saturday night so Jade gets a full night's sleep",
                 "Pat Doherty (MGM)", "Every Saturday", "Weekend diary seen by TA at visits"],
                ["5", "Share any change in Jade's presentation or any concern about the children",
                 "All professionals", "Same day", "Logged on the children's file by TA"],
                ["6", "Weekly check-in for Ellie with the learning mentor, using her worry scale",
                 "Ola Bankole, learning mentor", "Tuesdays, weekly",
                 "Ellie's worry scale scores passed to the DSL and TA each half-term"],
                ["7", "Direct work with Ellie about Mum's illness using the \"When Mum is poorly\" workbook",
                 "TA (SW)", "Ongoing", "Ellie can tell TA who to ring and where to go if Mum becomes unwell"],
                ["8", "Referral to speech and language therapy for Jack",
                 "Niamh Kerr (HV)", "By 25/07/2025", ""],
                ["9", "Bedtime routine sessions at home with Jade for both children",
                 "Dionne Clarke (FSW)", "Tues and Thurs 6–8pm for 6 weeks", "Improvement"],
                ["10", "See Ellie and Jack at home, at least one visit in three unannounced, and see Ellie on "
                       "her own", "TA (SW)", "Every 10 working days",
                 "Visit records show the children seen and Ellie's words written down"],
            ],
        }),
        ("p", "Minutes agreed by TA on 11/07/2025 and sent to all attendees and to Dr Siddiqui and Roy "
              "Doherty."),
    ],
    "findings": [
        F("H001", "Continue fortnightly home visits to support Jade with her mood"),
        F("W002", "Share any change in Jade's presentation or any concern"),
        F("T002", "Direct work with Ellie about Mum's illness"),
        F("M001", "Referral to speech and language therapy for Jack"),
        F("M002", "Bedtime routine sessions at home with Jade for both children"),
        F("O001"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Letter to the mother after conference, setting out the plan in
#    numbered paragraphs in plain words; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_pickhallow_letter_to_mum_numbered_paragraphs_asante.pdf",
    "doc_title": "Letter to Kayleigh Asante - Harvey and Lola's child protection plan",
    "split": "heldout",
    "actions": 13,
    "template": "plan-as-letter-to-parent-paged-address-block-right-aligned-date-dear-bold-run-in-headings-then-numbered-paragraphs-each-who-when-how-we-know-yours-sincerely",
    "description": (
        "The social worker's letter to a mother after the initial conference for her 7-year-old and "
        "2-year-old (mother's drinking, neglect), written in the second person: address block, "
        "right-aligned date, 'Dear Kayleigh', bold run-in headings and thirteen numbered paragraphs, "
        "each saying who will do what, when and how everyone will know. The alcohol service reports on "
        "change and what it means for the children, the GP owns an action, the aunt's collections and "
        "Friday nights have a fallback in the contingency, core group dates, the review conference "
        "and the legal planning step are all in the letter. Header and page footer on every page. "
        "Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Pickhallow City Council · Children's Services",
    "footer": "Letter to Kayleigh Asante about Harvey and Lola's plan · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("pr", "Children's Services – Locality Team South"),
        ("pr", "Pickhallow City Council, Civic Quarter, Pickhallow PK1 4RT"),
        ("pr", "Telephone 01632 960 441"),
        ("pr", "Friday 12 September 2025"),
        ("p", ""),
        ("pl", "Ms Kayleigh Asante"),
        ("pl", "22 Hawthorn Gardens"),
        ("pl", "Pickhallow PK4 9LS"),
        ("p", ""),
        ("p", "Dear Kayleigh,"),
        ("boldp", "Harvey and Lola's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Wednesday 10 September. I "
              "know it was a long and hard morning. As you heard, the chair, Mrs Adeyemi, decided that Harvey "
              "and Lola should have a child protection plan under the category of neglect. I said I would "
              "write the plan down for you in plain words, so this letter is the plan. Everyone at the "
              "conference is getting a copy."),
        ("boldp", "Why Harvey and Lola have a plan"),
        ("p", "On the evening of 16 August your neighbour heard Lola crying for more than an hour and called "
              "the police. The officers found you asleep on the sofa and could not wake you at first; there "
              "were two empty vodka bottles in the kitchen. Harvey had given Lola dry cereal for her tea and "
              "was trying to get her into her cot. You told me afterwards that you have been drinking most "
              "evenings since your mum died last year, and that some days you start at lunchtime. Harvey has "
              "been late for school 14 times since Easter, and Lola has missed her 2-year health review."),
        ("boldp", "What Harvey and Lola have told and shown us"),
        ("p", "When I saw Harvey at school on 2 September he said: \"Mummy has her special drink and then she "
              "goes to sleep and I have to look after Lola.\" He told me he is scared \"when Mummy won't wake "
              "up\". He likes going to Aunty Gemma's \"because she does fish fingers and I can watch the "
              "football\". He wants you to \"stop the special drink and take me to school on time\"."),
        ("p", "Lola cannot tell us in words yet. When I have visited she has followed Harvey everywhere and "
              "gone to him, not to you, when she fell over. At the nursery taster session she ate two "
              "helpings of lunch and fell asleep straight after. She lights up and claps when you sing to "
              "her."),
        ("boldp", "What we all want for Harvey and Lola"),
        ("bullets", [
            "Harvey and Lola are looked after every day and every night by an adult who has not been "
            "drinking.",
            "Harvey gets to school on time every day, and he does not have to look after his sister.",
            "Lola is fed, clean and has her health and development checks, and starts nursery.",
            "Both children feel safe at home and can tell someone they trust when they are worried.",
        ]),
        ("boldp", "What will happen next"),
        ("p", "Each numbered point says who will do it, when, and how we will all know it has happened. "
              "Please keep this letter somewhere safe so you can check it."),
        ("numbers", [
            "I (Beth Trelawney, social worker) will visit you at home every week until the review "
            "conference, at least one visit a month without telling you first, and I will see Harvey on his "
            "own each time; my visit notes will say what Harvey tells me and how Lola is.",
            "You will go to your first appointment at Pickhallow Recovery Partnership on Orchard Street by "
            "Friday 19 September, and your recovery worker, Dale Hughes, will email me to confirm that you "
            "went.",
            "Dale Hughes (Pickhallow Recovery Partnership) will see you every week for key-work and a breath "
            "test, and by Friday 31 October will write a report for the core group on whether you are "
            "cutting down, what that means for Harvey and Lola, and how long any further change is likely "
            "to take.",
            "Dr Ruth Kaye, your GP at Lindley Road Surgery, will see you by Friday 26 September to check "
            "your liver function and talk about medication to help you stop drinking, so that you are well "
            "enough to look after Harvey and Lola, and will write to me and to Dale with the results.",
            "You will not drink on any day you are looking after Harvey and Lola, and at 6pm each evening "
            "you will blow into the breathalyser Dale gives you and text me a photo of the reading.",
            "Gemma (your sister) will collect Harvey from school every Tuesday and Thursday and give both "
            "children their tea at her house until 7pm, and will mark each day on the calendar that I check "
            "when I visit.",
            "Gemma will also have Harvey and Lola to stay every other Friday night, starting on 19 September, "
            "so that you can go to the Friday evening recovery group; she will text me on the Saturday "
            "morning to say how the night went.",
            "Mr Hollis, the designated safeguarding lead at Brook Lane Primary, will check Harvey's "
            "attendance every morning and ring you by 9.30am if he is not in school, and will email me "
            "the attendance printout every Friday.",
            "Sara Lindqvist, Lola's health visitor, will see Lola at home every two weeks until the review "
            "conference, weigh her and check her sleep, eating and development, and will write her "
            "findings in Lola's red book and send me a copy.",
            "Sara will also do Lola's 2-year review, with the ASQ questionnaire, by Friday 24 October, and "
            "go through the scores with you and send them to me.",
            "Jo Pascoe, family support worker at Hawthorn Family Hub, will come on Monday and Wednesday "
            "evenings from 5pm to 7pm for eight weeks from 15 September to help you with tea, bath and "
            "bedtime, and her session sheets will record what time each child was in bed.",
            "Little Owls Nursery (manager Anita Frey) will give Lola a funded place on three mornings a "
            "week from Monday 6 October, and the nursery register will show the days she attends and who "
            "brought and collected her.",
            "I will finish the child and family assessment by Friday 24 October, go through it with you "
            "first, and then send it to everyone in the core group.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If you have been drinking while you are looking after Harvey and Lola – a breath test shows "
              "any alcohol, someone smells alcohol on you, or Harvey tells us – the children will go to "
              "Gemma's that day and stay with her, and I (or the emergency duty team at night or at the "
              "weekend) will hold a strategy discussion the same day."),
        ("p", "If Gemma cannot do a Tuesday or Thursday collection or a Friday night – for example if she is "
              "ill or away – Harvey will go to Brook Lane's after-school club until 5.30pm and the Friday "
              "night will be moved to the next week. If the children need somewhere to stay and Gemma cannot "
              "have them, I will arrange for Harvey and Lola to stay together with foster carers that night."),
        ("boldp", "If things do not change"),
        ("p", "If you drink while you are caring for the children twice before the review conference, or "
              "Dale's report says you are not cutting down, I will ask my team manager for a legal planning "
              "meeting. That is a meeting with the council's solicitor to decide whether to start the Public "
              "Law Outline (PLO). If that happens you will get a letter first and you can take it to a "
              "solicitor, free of charge."),
        ("boldp", "Meetings"),
        ("p", "The core group (you, Gemma, me, Dale, Sara, Jo, Mr Hollis and the nursery) will meet every "
              "four weeks at Hawthorn Family Hub at 10am: Tuesday 23 September, Tuesday 21 October and "
              "Tuesday 18 November 2025."),
        ("p", "The review child protection conference will be on Wednesday 3 December 2025 at 2pm at the "
              "Civic Quarter. I will share my report with you at least three working days before."),
        ("p", "If anything in this letter is wrong, or is not what you remember agreeing, please ring me on "
              "01632 960 441 and I will put it right."),
        ("p", "Yours sincerely,"),
        ("pl", "Beth Trelawney"),
        ("pl", "Social Worker, Locality Team South"),
        ("p", "Copies to: Mrs Funmi Adeyemi (conference chair); Gemma Asante; Dale Hughes (PRP); Dr Ruth Kaye; "
              "Sara Lindqvist (HV); Jo Pascoe (FSW); Mr Hollis (Brook Lane Primary); Anita Frey (Little Owls "
              "Nursery)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference: the ICPC plan re-used as a progress table with
#    "Progress since ICPC" and RAG columns; landscape (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_porrendale_rcpc_progress_rag_table_transfer_whitlock.docx",
    "doc_title": "Review Child Protection Conference - Plan and Progress - Mia and Theo Whitlock",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-1-plan-docx-landscape-details-grid-progress-summary-childrens-views-outcomes-then-ref-action-lead-due-progress-since-icpc-rag-evidence-of-impact-table-transfer-note",
    "description": (
        "First review conference plan for an 8-year-old and a 3-year-old (domestic abuse; father moved "
        "out under a non-molestation order; family about to move to another authority). The initial "
        "plan is carried forward as a landscape table with 'Progress since ICPC' and RAG columns. "
        "Faults: the Caring Dads referral and the CAMHS work are deferred or handed on until the case "
        "transfers (X001 x2), supervised contact has no lead (W001), the SALT assessment is 'TBC' "
        "(T002), the grant application has no due date (T001), the Freedom Programme is measured by "
        "'engagement' (M002), one outcome is only about the mother's confidence (F002), and nothing says legal planning follows "
        "if things do not change (R002)."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan and Progress"),
        ("p", "Porrendale Council · Children and Young People's Service · Safeguarding Unit"),
        ("table", {
            "widths": [4.0, 8.85, 4.0, 8.85],
            "bold_first_col": True,
            "rows": [
                ["Children", "Mia Whitlock (3), Tiny Steps Nursery; Theo Whitlock (8), Year 3, Porrendale "
                             "Junior School", "Mother", "Stacey Whitlock (30)"],
                ["Address", "6 Gorse Mews, Porrendale (until the move)", "Father",
                 "Carl Whitlock (33), lives at 51 Ferry Lane, Porrendale; a non-molestation order protects "
                 "Stacey and the children until 14/02/2026"],
                ["ICPC", "20/03/2025 – emotional abuse", "This review", "Thursday 05/06/2025 (RCPC 1)"],
                ["Social worker", "Amira Ghani", "Chair", "Rupert Oyelowo, Child Protection Chair"],
            ],
        }),
        ("h1", "Summary of progress since the initial conference"),
        ("p", "There have been no police call-outs to Gorse Mews since Carl moved out in March, and the "
              "marker on the address is in place. Stacey has kept to the non-molestation order and told "
              "the SW when Carl messaged her in April. Theo's attendance has risen to 95% and he is in the "
              "nurture group three afternoons a week. Mia's speech is still behind for her age. Contact "
              "between the children and Carl has gone ahead, but Carl was late to one session and Theo was "
              "upset afterwards. In May Porrendale Homes offered Stacey a tenancy in Wexcombe, which is in "
              "Thornleigh Borough; she expects to move in August."),
        ("h1", "What Mia and Theo have told and shown us"),
        ("p", "Theo (seen alone at school on 22/05/2025): \"It's better now Dad's not there because there's "
              "no shouting at bedtime. I still want to see him but not when he's cross.\" He is worried about "
              "moving school and said he wants to \"take my nurture group with me\". On his scaling he put "
              "home at 7 out of 10, up from 3 at the initial conference."),
        ("p", "Mia chatters to her key worker at nursery and has started to play alongside other children. "
              "She still hides behind Stacey when a man comes to the door, and she wet the bed for a week "
              "after the contact that Carl was late to."),
        ("h1", "Outcomes we are working towards"),
        ("numbers", [
            "Mia and Theo live free from shouting, threats and violence, and Theo tells us he feels safe at "
            "home.",
            "Theo and Mia see their dad in a way that is safe and predictable, and they are not upset or "
            "frightened afterwards.",
            "Mia's speech is assessed and she gets the help she needs before she starts school.",
            "Stacey feels more confident as a parent and less isolated in the community.",
        ]),
        ("h1", "Plan and progress"),
        ("p", "RAG: Green – on track; Amber – started but behind; Red – not started or at risk."),
        ("table", {
            "header": ["Ref", "Action (as revised at this review)", "Lead", "Due", "Progress since ICPC",
                       "RAG", "Evidence of impact"],
            "widths": [1.0, 6.5, 3.6, 3.0, 5.2, 1.6, 4.8],
            "rows": [
                ["1", "Visit Mia and Theo at home, see Theo on his own and talk with Mia using play",
                 "SW Amira Ghani", "Every 2 weeks until the move, then until the transfer-in conference",
                 "Seven visits; Theo seen alone at six of them.", "Green",
                 "Visit records with Theo's words and what Mia did and said"],
                ["2", "Safety planning with Stacey for herself and the children, including what to do if "
                      "Carl comes to the house",
                 "Rhian Powell, IDVA, Porrendale Domestic Abuse Service", "Updated by 30/06/2025",
                 "First plan written in April; needs updating for the new address.", "Amber",
                 "Written safety plan on file, copy with Stacey and the school"],
                ["3", "Referral of Carl to the Caring Dads programme – deferred, to be made by Thornleigh "
                      "Children's Services once the case has transferred",
                 "SW Amira Ghani", "After transfer", "Not started. Carl says he will go.", "Red",
                 "Programme start date confirmed in writing"],
                ["4", "Nurture group sessions for Theo in school",
                 "Mrs Jan Heald, SENCo, Porrendale Junior School", "Three afternoons a week until the end of "
                 "the summer term", "Started in April.", "Green",
                 "Boxall profile repeated in July and compared with April's"],
                ["5", "Speech and language assessment for Mia",
                 "HV Grace Obi", "TBC", "Referral accepted by Porrendale SALT; Mia is on the waiting list.",
                 "Amber", "SALT report shared with nursery and the SW"],
                ["6", "Stacey to complete the Freedom Programme at Porrendale Women's Centre",
                 "Stacey Whitlock", "Tuesdays, 12 weeks from 06/05/2025",
                 "Stacey has started the course and says it is helping.", "Green",
                 "Engagement with the programme"],
                ["7", "Respond to any breach of the non-molestation order as an emergency and share every "
                      "call-out with the SW",
                 "PC Ian Dunmore, Porrendale Police DA Unit", "Each call; shared by the next working day",
                 "Marker on the address confirmed 24/03.", "Green",
                 "Call logs sent to the SW; any breach recorded on the police system"],
                ["8", "Complete the tenancy sign-up for the new home in Wexcombe and agree the moving date "
                      "with Stacey",
                 "Dev Patel, Housing Officer, Porrendale Homes", "By 31/07/2025",
                 "Offer accepted 28/05.", "Amber", "Signed tenancy agreement and moving date in writing"],
                ["9", "CAMHS choice appointment for Theo; the follow-on work is paused until the family has "
                      "moved and will be handed to Thornleigh CAMHS",
                 "Dr Lena Fischer, Porrendale CAMHS", "Choice appointment by 20/06/2025",
                 "Referral accepted 15/04.", "Amber", "CAMHS letter to the SW and GP after the appointment"],
                ["10", "Supervised contact for Mia and Theo with Carl at the Lantern Family Centre",
                 "", "Fortnightly, Saturdays 10–11.30am", "Five sessions held; Carl late to one.", "Amber",
                 "Contact records sent to the SW within 2 days of each session"],
                ["11", "Apply for free school meals and the school uniform grant for Theo",
                 "Stacey Whitlock", "", "Not started – Stacey did not know she could apply.", "Red",
                 "Confirmation letters seen by the SW"],
                ["12", "Routines and bedtime work at home with Stacey, Mia and Theo",
                 "FSW Kirsty Lane", "Weekly, Thursdays",
                 "Four sessions; bedtime now 7.30pm for Mia.", "Green",
                 "Bedtime chart kept; school reports Theo arrives on time and rested"],
            ],
        }),
        ("h1", "Transfer to Thornleigh"),
        ("p", "When the family moves, Porrendale will send a transfer-in request to Thornleigh Borough Council "
              "within 5 working days of the move. Porrendale stays responsible for the plan until Thornleigh "
              "holds its transfer-in conference."),
        ("h1", "Contingency"),
        ("bullets", [
            "If Carl comes to the house, contacts Stacey or the children, or waits outside school or "
            "nursery, Stacey or the school will call 999, police will attend under the marker, and the SW "
            "will hold a strategy discussion the same day.",
            "If Stacey lets Carl back into the home, Mia and Theo will go to stay with their maternal "
            "grandmother, June Harker, at 3 Dunlin Way, while the SW holds a strategy discussion that day.",
            "If contact goes ahead and Carl arrives under the influence or is abusive, the contact supervisor "
            "will end the session at once and contact will stop until the core group agrees a new plan.",
        ]),
        ("h1", "Core group and next review"),
        ("p", "The core group will meet every 6 weeks at Porrendale Junior School: 17/07/2025 and "
              "28/08/2025. The second review conference is booked for Thursday 18/09/2025, unless "
              "Thornleigh's transfer-in conference has been held first."),
    ],
    "findings": [
        F("X001", "Referral of Carl to the Caring Dads programme"),
        F("T002", "Speech and language assessment for Mia"),
        F("M002", "Stacey to complete the Freedom Programme"),
        F("X001", "the follow-on work is paused until the family has moved"),
        F("W001", "Supervised contact for Mia and Theo with Carl"),
        F("T001", "Apply for free school meals and the school uniform grant"),
        F("F002", "Stacey feels more confident as a parent and less isolated"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Outline: numbered sections, the plan set out as lettered themes with
#    numbered actions (A1, A2 ...), each one line with Who / When / How
#    we'll know run in (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_pendlecross_outline_lettered_themes_exploitation_kowalski.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-md-outline-numbered-sections-then-lettered-themes-a-to-e-with-numbered-actions-a1-run-in-who-when-how-well-know-labels",
    "description": (
        "Initial conference plan for a 14-year-old at risk of criminal exploitation (missing episodes, "
        "found out of area with cash) and his 9-year-old sister; mother's depression. Written as an "
        "outline: numbered sections, then the plan as five lettered themes (safe outside home, learning, "
        "home and family, Mum's health, Kai's health) with fifteen numbered actions, each a single bullet "
        "with 'Who / When / How we'll know' run in. The CMHT reports on change and what it means for "
        "supervising the children, the GP owns an action, the contingency and legal step are specific "
        "and the meetings are dated. Exemplary."
    ),
    "text": """\
# Pendlecross Borough Council – Children's Services

## Child Protection Plan (outline) – Kai and Zofia Kowalski

Agreed at the initial child protection conference on Tuesday 16 September 2025.
Chair: Denise Harrow. Social worker: Callum Reddy, Adolescent Safeguarding Team.
Category: neglect (Kai, Zofia). Plan written up by CR on 17/09/2025.

## 1. Who this plan is for

- **Kai Kowalski**, 14, Year 10 at Pendlecross Academy
- **Zofia Kowalski**, 9, Year 5 at Holm Lane Primary
- **Agnieszka Kowalska**, their mum (38). The children live with her at 12 Tern Court, Pendlecross.
- **Tomasz Kowalski**, their dad (41), works on oil rigs and is home two weeks in every six.
  He speaks to the children most evenings on video.

Agnieszka's first language is Polish. An interpreter was at conference and this plan has been
translated; Agnieszka asked for the English copy as well.

## 2. What Kai and Zofia say

Kai met CR at the Phoenix boxing gym on 11/09/2025. He said: "I'm not stupid, I know what
they're doing. But they give me money and Mum hasn't got any." He said the older boys "look
after me" and that he does not feel safe walking home past the flats at night. He wants "to
do my GCSEs and get a job on the rigs like Dad". On a scale of 0 to 10 for feeling safe he
gave home 8 and the town centre 2.

Zofia told her teacher she "can't sleep when Kai's not home" and that she sits up with Mum
"when Mum is sad". She drew her family with Tata on a phone screen and Kai "outside". She
wants "Kai to stay in and play Mario with me".

## 3. What we are worried about

Kai has been reported missing seven times since June, twice overnight. On 28 August he was
found by police in Marlowe, 40 miles away, with £340 in cash and a second phone. Two adults
known to police for supplying drugs have been seen collecting him from school. His school
attendance has fallen to 71%. He says he smokes cannabis "a few times a week".

Agnieszka has had depression since 2023 and is under the Pendlecross Community Mental Health
Team. She told conference there are days she cannot get out of bed, and on those days she
does not know where Kai is. Zofia is often late for school and has been seen by staff making
her own breakfast and packed lunch.

## 4. What will be different for Kai and Zofia (outcomes)

1. Kai is home by his curfew every night and is not missing; when he does go missing he is
   found quickly and talks to someone he trusts about it.
2. The adults who are exploiting Kai no longer have contact with him.
3. Kai goes to school and gets the help he needs with his reading, so that he can sit his GCSEs.
4. Zofia gets to school on time, fed, and is not the one looking after her mum.
5. Both children are cared for by a mum whose depression is treated and who knows where Kai is.

## 5. The plan, theme by theme

### Theme A – Keeping Kai safe outside the home

- **A1** – A return home interview after every missing episode. **Who:** Jordan Pike, Pendlecross Exploitation Hub. **When:** within 72 hours of Kai coming home. **How we'll know:** interview record on Kai's file and sent to CR the next working day.
- **A2** – A National Referral Mechanism referral for Kai as a possible victim of criminal exploitation. **Who:** PC Shauna Reeve, Pendlecross Police Missing and Exploited Team. **When:** by 26/09/2025. **How we'll know:** NRM reference number emailed to CR.
- **A3** – Child abduction warning notices served on the two adults seen collecting Kai. **Who:** PC Shauna Reeve. **When:** by 03/10/2025. **How we'll know:** copies of the served notices on the police file; CR told the same day.
- **A4** – Boxing sessions at the Phoenix gym with a detached youth worker Kai already knows. **Who:** Marlon Hayes, Pendlecross Youth Service. **When:** twice a week (Tuesday after school, Saturday 2–4pm) until the review conference. **How we'll know:** session log of Kai's attendance and what he talks about, sent to CR every month.
- **A5** – Report Kai missing on 101 if he is not home by his 9pm curfew, and text CR. **Who:** Agnieszka. **When:** every time, at 9pm. **How we'll know:** police missing log matches Agnieszka's texts, checked by CR at each core group.

### Theme B – Learning

- **B1** – Check Kai is in every lesson and ring Agnieszka if he is not. **Who:** Mr Craig Osei, DSL, Pendlecross Academy. **When:** every school day, call by 10am. **How we'll know:** weekly attendance printout to CR; attendance back above 90% by Christmas.
- **B2** – Assessment of Kai's reading and learning needs. **Who:** Ms Rukhsana Mir, SENCo, Pendlecross Academy. **When:** by October half-term (24/10/2025). **How we'll know:** written report with recommendations, gone through with Kai and Agnieszka and shared at the core group.

### Theme C – Home and family

- **C1** – Home visits to see Kai and Zofia, each on their own, and check who is in the home. **Who:** CR (SW). **When:** weekly until the review conference, at least one in three unannounced. **How we'll know:** visit records with each child's words.
- **C2** – Six sessions of direct work with Kai on exploitation, using "Kai's map" of people and places. **Who:** CR (SW). **When:** six sessions by 14/11/2025. **How we'll know:** Kai's map completed and, with his agreement, shared at the core group.
- **C3** – A written home agreement between Kai and Agnieszka on curfew, phones and money. **Who:** Ewa Nowak, Polish-speaking family support worker, Pendlecross Family Hub. **When:** weekly from 22/09/2025 for six weeks. **How we'll know:** agreement signed by both and on the fridge; curfew log kept by Agnieszka and seen by Ewa each week.
- **C4** – ELSA sessions for Zofia about her worries at home. **Who:** Mrs Anna Bell, ELSA, Holm Lane Primary. **When:** every Thursday afternoon for 8 weeks. **How we'll know:** ELSA log; Zofia's late marks counted each half-term and sent to CR.

### Theme D – Mum's health

- **D1** – Care coordination for Agnieszka's depression, with a written report on how it affects her supervising Kai and Zofia, whether she is making the changes needed, and how long further change is likely to take. **Who:** Lydia Grant, care coordinator, Pendlecross CMHT. **When:** seen fortnightly; report before each core group. **How we'll know:** report received by CR and read at each core group.
- **D2** – Review of Agnieszka's antidepressant. **Who:** Dr Pawel Zielinski, Holm Lane Surgery. **When:** by 30/09/2025. **How we'll know:** letter to Lydia Grant and CR with any change of medication.

### Theme E – Kai's health

- **E1** – Health assessment for Kai, including sleep, sexual health and substance use. **Who:** Beth Fairley, school nurse. **When:** by 17/10/2025. **How we'll know:** assessment written up and, with Kai's agreement, shared with CR and the GP.
- **E2** – Sessions about Kai's cannabis use. **Who:** Aaron Blake, Zest young people's substance misuse service. **When:** weekly from 29/09/2025 for 8 weeks. **How we'll know:** attendance record, and a short update to each core group on what Kai says he is using.

## 6. If something goes wrong

- If Kai is missing overnight, is found out of Pendlecross, or is found with cash, drugs or a phone
  he cannot explain, the police will treat him as high-risk missing and CR (or the emergency duty
  team) will hold a strategy discussion the same day. If it is not safe for Kai to go home, CR will
  arrange an emergency foster placement outside Pendlecross that night.
- If Agnieszka's mood drops so that she cannot get up or does not know where the children are, she
  or the school will ring the CMHT crisis line, the crisis team will see her the same day, and CR
  will visit that day to agree who is caring for Kai and Zofia; if no safe adult is available, the
  children will go to an emergency foster placement together.

## 7. If things do not get better

If Kai is missing three or more times in any four weeks, or is arrested for a drugs offence,
before the review conference, CR will request a legal planning meeting within 5 working days to
decide whether Kai needs to be looked after.

## 8. Meetings

- Core group every three weeks at Pendlecross Academy, 4pm: 30/09/2025, 21/10/2025, 11/11/2025
  and 02/12/2025.
- Review child protection conference: Tuesday 16/12/2025, 10am, Pendlecross Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Child-friendly "my plan" written to an 11-year-old, in the second
#    person, with a numbered "what's going to happen" list (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_puckworth_my_plan_child_friendly_second_person_rowntree.md",
    "split": "heldout",
    "actions": 10,
    "template": "child-friendly-plan-md-letter-style-to-the-child-hi-amber-why-we-met-what-you-told-us-what-we-want-for-you-numbered-whats-going-to-happen-people-you-can-talk-to-meetings",
    "description": (
        "The child's own version of an initial conference plan for an 11-year-old young carer (mother's "
        "drinking), written to her in the second person by her social worker. Faults: 'your family' "
        "must keep a sober adult at home with nothing to show it (W002, M001), 'everyone who works with "
        "you will keep an eye on' her with no time (W002, M002, T001), young carers 'when you feel "
        "ready' (T002), one outcome is only about Mum (F002), Mum's drinking is recorded but only Mum "
        "owns the recovery action (F004), the grandmother and uncle carry the plan but 'if things get "
        "worse the grown-ups will meet and talk' is the only contingency (C002, C003), and nothing says "
        "legal planning follows (R002)."
    ),
    "text": """\
# Amber's Plan

*Puckworth District Council – Children's Services*

Hi Amber,

This is your plan. I've written it for you after the big meeting on Wednesday 8 October
2025 (it's called a child protection conference). The grown-ups at the meeting agreed a
longer plan, and this is the same plan in words that I hope make sense. If anything is
confusing, ask me and I'll explain it.

From Lucy (Lucy Marchetti, your social worker)

## Why we had the meeting

We had the meeting because we are worried about you. Mum has been drinking a lot of
alcohol, most days, for a long time. When Mum drinks she falls asleep and doesn't wake up
properly, and you have been doing the cooking, the shopping and looking after Mum on your
own. Twice this term you didn't come to school because you were looking after her.

It is not your fault, and it is not your job to look after Mum.

## What you told us

You told me that you love Mum "more than anything" and that "she's the best when she's not
drinking". You said the worst bit is "when I can't wake her up and I don't know if she's
OK". You like dance on Saturdays and going to Nana Sue's because "she makes proper dinners
and I can just be me". You said you would like Mum to stop drinking and for "someone to
check on her so it's not always me". You gave home a 4 out of 10 and Nana's a 10.

## What we want for you

- You are safe at home and there is always a grown-up looking after you, not you looking
  after them.
- You go to school every day and have time for dance and your friends.
- You know who to talk to when you are worried, and they listen.
- Mum gets help with her drinking and feels better.

## What's going to happen

1. Lucy (your social worker) will come and see you every two weeks, at home and sometimes at school, and will write down what you tell her so the grown-ups at the meetings hear it.
2. Mum will go to her group at the Puckworth Recovery Hub every Wednesday morning and show Lucy her attendance card.
3. Nana Sue will have you for tea every Tuesday and Thursday after school, and tick it off on the calendar on her fridge.
4. Uncle Dan will pick you up from dance every Saturday and take you to Nana's for the afternoon, and Nana will text Lucy to say you got there.
5. Your family will make sure there is always a grown-up at home every evening who hasn't been drinking.
6. Mrs Patel at school will have a catch-up with you every Monday morning in the Rainbow Room, so you can tell her how the weekend went, and she will write it in her notebook.
7. Lucy will find you a place at the Puckworth Young Carers club when you feel ready, and you'll get a welcome pack with the dates in it.
8. Lucy and Mum will make a safety plan with you by Friday 31 October, and you will keep a copy in your school bag.
9. Jenny, the school nurse, will see you about your headaches and your sleep before the Christmas holidays and write to your doctor with what she finds.
10. Everyone who works with you will keep an eye on how you're doing.

## If things get worse

If things at home get worse, the grown-ups will meet and talk about what to do next.

## People you can talk to

- Lucy (social worker): 01632 960 718
- Mrs Patel (at school): in the Rainbow Room every lunchtime
- Nana Sue
- Childline: 0800 1111 – free, and it won't show on the phone bill

## Meetings

The grown-ups working with you and Mum (we call it the core group) will meet every four
weeks: on 22 October, 19 November and 17 December. You can come to part of it if you want
to, or tell me what you want me to say.

The next big meeting (the review conference) will be on Wednesday 7 January 2026. I'll come
and see you before then to ask what you think.
""",
    "findings": [
        F("W002", "Your family will make sure there is always a grown-up"),
        F("M001", "Your family will make sure there is always a grown-up"),
        F("T002", "Lucy will find you a place at the Puckworth Young Carers club"),
        F("W002", "Everyone who works with you will keep an eye"),
        F("M002", "Everyone who works with you will keep an eye"),
        F("T001", "Everyone who works with you will keep an eye"),
        F("F002", "Mum gets help with her drinking and feels better."),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. GIRFEC child's plan (Scotland): wellbeing assessment summary, then
#    actions grouped under the SHANARRI indicators as pipe-separated lines
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_pressingford_girfec_shanarri_childs_plan_mcintyre.txt",
    "split": "heldout",
    "actions": 10,
    "template": "girfec-childs-plan-child-protection-txt-caps-headings-named-person-lead-professional-my-world-triangle-summary-then-shanarri-indicator-headings-with-pipe-separated-ref-action-who-when-measure-lines",
    "description": (
        "Scottish child's plan for a 2-year-old on the child protection register after a child "
        "protection planning meeting (mother's anxiety and depression, father's drinking), set out the "
        "GIRFEC way: Named Person and Lead Professional, a My World Triangle summary, outcomes, then "
        "actions as pipe-separated lines under the SHANARRI wellbeing indicators. Six of the ten actions "
        "are about the parents' own treatment, support and money with no link to Lewis (F001); two of "
        "the three outcomes are about the parents (F002 x2); 'too young to give his views' with nothing "
        "observed of his day (F003); no contingency at all (C001) and no legal step (R002). In the "
        "actions: the CPN only delivers CBT (H001), 'All agencies' (W002), counselling 'when a place "
        "becomes available' (T002), FSW support measured by Shona feeling less anxious (M002)."
    ),
    "text": """\
PRESSINGFORD COUNCIL - SOCIAL WORK SERVICES (CHILDREN AND FAMILIES)
CHILD'S PLAN - CHILD PROTECTION
Getting it right for every child (GIRFEC)
==========================================================================

CHILD ............................ Lewis McIntyre
DATE OF BIRTH .................... 03/04/2023 (2 years)
ADDRESS .......................... 17 Birkhill Crescent, Pressingford
MOTHER ........................... Shona McIntyre (27)
FATHER ........................... Gary McIntyre (31)
REGISTERED ....................... Child Protection Register, 12/06/2025
CONCERNS ......................... Neglect; parental mental health; parental alcohol use
NAMED PERSON ..................... Morag Lennox, Health Visitor
LEAD PROFESSIONAL ................ Fiona Drummond, Social Worker, Pressingford North
CHILD PROTECTION PLANNING MEETING  12/06/2025, chaired by Alan Baxter, CP Reviewing Officer

--------------------------------------------------------------------------
1. REASON FOR THE PLAN
--------------------------------------------------------------------------
The family were referred by the Named Person in April 2025 after Shona disclosed
that she was "struggling to cope". Shona has a long history of anxiety and
depression and was prescribed sertraline in January. Gary drinks most evenings
and at weekends; police attended the home on 19/05/2025 after a neighbour heard
shouting and found Gary intoxicated. The house was cold and there was little food
in the cupboards. There are rent arrears of about £1,900 and a notice of
proceedings from the landlord.

--------------------------------------------------------------------------
2. MY WORLD TRIANGLE - SUMMARY OF ASSESSMENT
--------------------------------------------------------------------------
How I grow and develop: Lewis is up to date with his immunisations. He missed his
27-30 month review. His speech is behind what would be expected.

What I need from the people who look after me: Shona finds it hard to leave the
house because of her anxiety and has missed health appointments. Gary's drinking
affects his ability to provide consistent care. Routines are inconsistent.

My wider world: the family has little support locally. Shona's mother lives in
Aberdeen. Gary's family are not in contact. The family is in debt and the
tenancy is at risk.

--------------------------------------------------------------------------
3. CHILD'S VIEWS
--------------------------------------------------------------------------
Lewis is 2 and is too young to give his views.

--------------------------------------------------------------------------
4. PARENTS' VIEWS
--------------------------------------------------------------------------
Shona and Gary agree that they need help. Shona said she would like "some time
for me and someone to talk to". Gary said he drinks "to unwind" and does not
think it is a problem but will go to the recovery service.

--------------------------------------------------------------------------
5. DESIRED OUTCOMES
--------------------------------------------------------------------------
(a) Shona's mental health will improve and she will feel less anxious.
(b) Gary will reduce his alcohol use to safe levels.
(c) Lewis will be safe and well cared for and will meet his developmental
    milestones.

--------------------------------------------------------------------------
6. ACTIONS BY WELLBEING INDICATOR
--------------------------------------------------------------------------
Ref | What will happen | Who | When | How we will know

SAFE
S1 | Visit the family home and see Lewis | Fiona Drummond, Lead Professional (SW) | Fortnightly | Lewis seen at every visit; visit recorded on SWIS
S2 | Share any child protection concerns with the Lead Professional | All agencies | Within 24 hours | Concern entered in Lewis's chronology

HEALTHY
H1 | Attend the GP for a review of antidepressant medication | Shona McIntyre | Monthly | GP confirms attendance to the Lead Professional
H2 | CBT sessions for Shona to manage her anxiety and low mood | Rhona Baird, CPN, Adult Community Mental Health Team | Weekly for 12 weeks from 23/06/2025 | Attendance at sessions recorded by CMHT
H3 | Complete Lewis's 27-30 month child health review | Morag Lennox, Health Visitor (Named Person) | By 31/07/2025 | ASQ scores shared with the Lead Professional and GP
H4 | Attend alcohol keywork at Pressingford Recovery Service | Gary McIntyre | Weekly | Attends 4 of 4 keywork sessions each month (attendance record)

ACHIEVING
A1 | Funded early learning and childcare place at Wee Acorns Nursery | Elaine Kerr, Early Years Officer | From 18/08/2025 | Lewis attends 3 sessions a week (nursery register)

NURTURED
N1 | Support Shona with her anxiety when going out to the shops and to groups | Kirsty Fleming, Family Support Worker | Weekly for 8 weeks | Shona feels less anxious
N2 | Shona and Gary to attend relationship counselling at Pressingford Wellbeing Hub | Shona and Gary McIntyre | When a place becomes available | Counsellor confirms attendance

ACTIVE
No actions at this time.

RESPECTED
No actions at this time.

RESPONSIBLE / INCLUDED
I1 | Money advice and a repayment plan for the rent arrears | Iain Ross, Money Advice Service, Pressingford Council | By 31/07/2025 | Repayment agreement signed with the landlord

--------------------------------------------------------------------------
7. REVIEW
--------------------------------------------------------------------------
The core group will meet every 4 weeks. First core group: 26/06/2025 at
Birkhill Family Centre.
Review child protection planning meeting (review case conference): 04/09/2025.

Plan prepared by: Fiona Drummond, Lead Professional          Date: 13/06/2025
Copies to: Shona and Gary McIntyre; Named Person; GP; CMHT; Recovery Service;
Wee Acorns Nursery; CP Reviewing Officer.
""",
    "findings": [
        F("W002", "Share any child protection concerns with the Lead Professional"),
        F("H001", "CBT sessions for Shona to manage her anxiety and low mood"),
        F("M002", "Support Shona with her anxiety when going out to the shops"),
        F("T002", "Shona and Gary to attend relationship counselling"),
        F("F002", "Shona's mental health will improve and she will feel less anxious."),
        F("F002", "Gary will reduce his alcohol use to safe levels."),
        F("F001"),
        F("F003"),
        F("C001"),
        F("R002"),
    ],
})
