"""Batch 27, module 2: seven fictional plans (held-out evaluation material).

Everything here is made up: children, families, professionals, services,
hospitals and councils. The focus is paperwork that arrives from elsewhere in
the system: core group records with action logs, letters to parents, a
case-recording system print, a child's own copy of her plan, a health-led
pre-birth plan, a review conference outcome sheet and a translated family
copy. Labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group record (docx): attendance grid with initials, agency update
#    two-column table, then a numbered action log with Owner / Due /
#    Closed when / Status columns. Faulty in some rows.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_kessingwold_core_group_record_action_log_mulcahy.docx",
    "doc_title": "Core Group Record - Tayla and Rio Mulcahy",
    "split": "heldout",
    "template": (
        "core-group-record-docx-attendance-initials-present-grid-agency-update-two-column-table-"
        "then-numbered-action-log-owner-due-closed-when-status"
    ),
    "description": (
        "Third core group record for a 7-year-old and a 3-year-old (mother's drinking and low mood, "
        "neglect): attendance grid, agency updates, children's words, outcomes, then a numbered action "
        "log with Owner / Due / Closed when / Status. Most rows are sound; a grandmother's overnight row "
        "with no measure, 'ASAP', 'Monitored', a talking-therapy row that only supports, 'All "
        "professionals', a passive housing row with no owner, 'when a place comes up', one adult-only "
        "outcome, and a contingency that sends the children to the grandmother with no fallback."
    ),
    "blocks": [
        ("p", "KESSINGWOLD BOROUGH COUNCIL – Children's Services – Safeguarding and Family Support (East)"),
        ("title", "Core Group Record"),
        ("kv", [
            ("Children", "Tayla Mulcahy (7, DOB 19/08/2017) and Rio Mulcahy (3, DOB 02/01/2022)"),
            ("Address", "12 Tanner's Row, Kessingwold"),
            ("Plan", "Child protection plan from the initial conference on 20/02/2025 – category: neglect"),
            ("Core group no.", "2 of this plan"),
            ("Date and venue", "01/04/2025, 10am, Kessingwold East Family Hub, Room 3"),
            ("Chair", "Niamh Corrigan, social worker"),
        ]),
        ("boldp", "Attendance"),
        ("table", {
            "header": ["Name", "Role / agency", "Initials", "Present?"],
            "widths": [4.0, 7.4, 2.0, 3.6],
            "rows": [
                ["Niamh Corrigan", "Social worker, Kessingwold Children's Services (chair)", "NC", "Present"],
                ["Shona Mulcahy", "Mum", "SM", "Present"],
                ["Irene Mulcahy", "Maternal grandmother", "IM", "Present"],
                ["Mrs Joanne Ferris", "DSL, St Anne's C of E Primary", "JF", "Present"],
                ["Carla Udeh", "Keyworker, Little Owls Nursery", "CU", "Present"],
                ["Dev Sandhu", "Recovery worker, Kelwater Alcohol Service", "DS", "Present"],
                ["Bernie Walsh", "Health visitor, Kessingwold 0–19 Team", "BW", "Apologies – update sent"],
                ["Anna Pike", "Counsellor, Kessingwold Talking Therapies", "AP", "Apologies"],
                ["Leanne Price", "Business support (minutes)", "LP", "Present"],
            ],
        }),
        ("h2", "1. Purpose of the meeting"),
        ("p", "NC reminded everyone that the core group is here to check whether the plan from the initial "
              "conference is making Tayla and Rio safer, to update the action log and to agree what happens "
              "next. SM was given a copy of the last record at the start of the meeting and said she had read it."),
        ("h2", "2. What Tayla and Rio are telling us"),
        ("p", "NC saw Tayla on her own in her bedroom on 26/03/2025. Tayla said home is \"better than before "
              "because Nana comes\" and that she likes Mondays to Thursdays best \"because we have proper tea "
              "at Nana's\". She said she still gets Rio's breakfast \"when Mum's tired\" and that she worries "
              "about Mum \"when she has her drinks in the kitchen\". She asked if she could go to a club "
              "\"like Jade's\" after school. Rio was seen at nursery by CU and at home by NC: he is chatty with "
              "adults he knows, mostly in single words, ate two bowls of cereal at nursery breakfast club and "
              "cried and held onto Tayla when she left him at the nursery door."),
        ("h2", "3. Updates"),
        ("table", {
            "header": ["Who", "Update since the last core group"],
            "widths": [4.0, 13.0],
            "rows": [
                ["SM (Mum)", "Shona said she has cut down to \"a couple of cans at the weekend\" and has been to "
                             "every Wednesday session at Kelwater. She said her mood is still low in the "
                             "mornings and that getting both children out of the house by 8.30am is the hardest "
                             "part of the day."],
                ["DS (Kelwater)", "Shona has attended 5 of 6 sessions. Breath tests were 0 on five Wednesdays; the "
                                  "reading on 12/03/2025 was positive (morning after a birthday). Dev will write a "
                                  "fuller report before the next meeting."],
                ["JF (school)", "Tayla's attendance is 91% this half term; she was late 7 times, always on days "
                                "Irene did not do the morning run. She has had school lunch every day. Staff "
                                "noticed she was in the same uniform three days running in the week of 17 March."],
                ["CU (nursery)", "Rio has been in for 19 of 22 sessions. He uses around 25 words. He was "
                                 "collected by Tayla with a neighbour on one occasion, which nursery reported to "
                                 "NC the same afternoon."],
                ["BW (HV, written)", "Rio's review did not go ahead on 18/03/2025 because no one was in. Bernie "
                                     "will rebook."],
                ["IM (Nana)", "Irene has done the Monday to Thursday collections every week and has had both "
                              "children on Friday nights. She said she is \"happy to, while my back holds out\"."],
                ["NC (SW)", "Four visits since the last meeting, one unannounced. Home conditions improved on the "
                            "last two visits; there is still black mould on the children's bedroom wall."],
            ],
        }),
        ("h2", "4. What we are working towards (outcomes from the initial conference)"),
        ("bullets", [
            "Tayla and Rio are collected on time, fed and in clean clothes every day, by an adult who is sober.",
            "Tayla does not have to look after Rio or her mum, and gets to school on time.",
            "Rio's speech and development catch up so that he is ready for nursery class in September.",
            "Shona will stop drinking and engage with services.",
        ]),
        ("h2", "5. Action log"),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "Closed when", "Status"],
            "widths": [1.0, 5.0, 3.0, 2.6, 3.6, 1.8],
            "rows": [
                ["1", "Home visits to Tayla and Rio, at least one in three unannounced; see Tayla on her own "
                      "and check the bedrooms and the food in the house",
                 "NC (SW)", "Fortnightly",
                 "Visit records show Tayla seen alone, beds made up and food in the fridge", "Open – c/f"],
                ["2", "Key-work session and breath test for Shona at Kelwater",
                 "SM (Mum)", "Every Wednesday",
                 "Breath test results sent to NC before each core group; every reading 0", "Open – c/f"],
                ["3", "Report to the core group on whether Shona is reducing her drinking and what this means "
                      "for her care of Tayla and Rio",
                 "DS, Kelwater Alcohol Service", "By 22/04/2025",
                 "Written report circulated to all core group members before the meeting", "New"],
                ["4", "Collect Tayla and Rio from school and nursery Monday to Thursday and give them tea at "
                      "her house",
                 "IM (MGM)", "Mon–Thu each week",
                 "Collection book signed at the school office and the nursery door", "Open – c/f"],
                ["5", "Have Tayla and Rio overnight on Friday nights",
                 "IM (MGM)", "Every Friday", "", "Open – c/f"],
                ["6", "Rio's 2½-year development review (missed in January and March)",
                 "BW (HV)", "ASAP", "ASQ-3 scores and weight shared with NC", "Carried forward"],
                ["7", "Keep an eye on Tayla's presentation, lateness and lunch",
                 "JF (DSL), St Anne's", "Daily", "Monitored", "Open – c/f"],
                ["8", "Weekly sessions to support Shona with her low mood",
                 "AP, Kessingwold Talking Therapies", "Weekly, 8 sessions from 10/03/2025",
                 "Attendance recorded", "Open – c/f"],
                ["9", "Pass on any worry about Tayla or Rio to the SW the same day",
                 "All professionals", "Same day",
                 "Worry logged on the children's file with what was done", "Open – c/f"],
                ["10", "Housing to be contacted about the mould in the children's bedroom",
                 "", "Before the next core group (29/04/2025)",
                 "Repair date confirmed in writing by Kessingwold Homes", "New"],
                ["11", "Refer Tayla to the Kessingwold Young Carers project",
                 "NC (SW)", "When a place comes up",
                 "Acceptance letter on file and Tayla's first session date known", "Carried forward"],
                ["12", "Small-group Chatterbox sessions for Rio's speech at nursery",
                 "CU, Little Owls Nursery", "Three mornings a week",
                 "Rio's new words logged on his speech tracker and shared at each core group", "New"],
            ],
        }),
        ("h2", "6. If things go wrong (contingency from the initial conference, confirmed today)"),
        ("p", "If Shona is found to have been drinking while caring for the children, or a Wednesday breath "
              "test is positive, NC (or the emergency duty team out of hours) will visit the same day and Tayla "
              "and Rio will stay with Irene at her house until a strategy discussion has been held, within "
              "24 hours. Shona and Irene both agreed to this again today."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Core group every 4 weeks – next on 29/04/2025, 10am, Kessingwold East Family Hub.",
            "Review child protection conference: 20/05/2025, 1.30pm, Kessingwold Civic Centre.",
            "If Shona's breath tests are not all clear by the review conference, NC will ask her team manager "
            "for a legal planning meeting.",
        ]),
        ("p", "Record agreed by NC 02/04/2025. Copies to everyone on the attendance list."),
    ],
    "findings": [
        F("M001", "Have Tayla and Rio overnight on Friday nights"),
        F("T002", "Rio's 2½-year development review (missed in January and March)"),
        F("M002", "Keep an eye on Tayla's presentation, lateness and lunch"),
        F("H001", "Weekly sessions to support Shona with her low mood"),
        F("W002", "Pass on any worry about Tayla or Rio to the SW"),
        F("W001", "Housing to be contacted about the mould in the children's bedroom"),
        F("T002", "Refer Tayla to the Kessingwold Young Carers project"),
        F("F002", "Shona will stop drinking and engage with services."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Letter to parents who live apart, after the review conference (pdf with
#    header and page footer): numbered "before the next conference"
#    sentences, then a "Dates for your diary" table. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_kembleforth_letter_parents_apart_diary_dates_pardoe.pdf",
    "doc_title": "Letter to Danielle and Kyle Pardoe after the review conference",
    "split": "heldout",
    "template": (
        "rcpc-sw-letter-to-parents-living-apart-numbered-before-next-conference-sentences-then-"
        "dates-for-your-diary-table-paged"
    ),
    "description": (
        "Social worker's letter to separated parents after a review conference (domestic abuse, father's "
        "drinking, mother's anxiety) for an 11-year-old and a 4-year-old, with an OFFICIAL-SENSITIVE header "
        "and page footer. Numbered sentences under 'Before the next conference': 'when you feel ready', a "
        "GP sentence with no measure, a grandmother's collection with no measure, a passive offer of "
        "counselling, 'the family will keep an eye on ... as and when'; no adult service owns an action, "
        "one adult-only outcome, the review conference date is to be confirmed and no legal step is named. "
        "The grandmother's supervision has a fallback."
    ),
    "header": "OFFICIAL-SENSITIVE – Kembleforth Council Children's Services – Ref KB/CP/22817",
    "footer": "Letter to Danielle and Kyle Pardoe, 9 May 2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Kembleforth Council"),
        ("pr", "Children's Services – Family Safeguarding Team West"),
        ("pr", "Ashgrove House, 2 Wharf Street, Kembleforth"),
        ("pr", "Telephone 01632 960 514"),
        ("pr", "9 May 2025"),
        ("p", ""),
        ("pl", "Ms Danielle Pardoe, 14 Heron Way, Kembleforth"),
        ("pl", "Mr Kyle Pardoe, Flat 3, 22 Market Row, Kembleforth"),
        ("p", ""),
        ("p", "Dear Danielle and Kyle,"),
        ("p", "Thank you both for coming to the review child protection conference on Tuesday 6 May. As you "
              "now live apart, I am sending the same letter to each of you so that you both have the same "
              "information. It sets out what the conference decided and what each person agreed to do before "
              "the next conference. The chair's minutes will follow in about three weeks."),
        ("boldp", "What the conference decided"),
        ("p", "The conference decided that Jack and Esme should stay on child protection plans under the "
              "category of emotional abuse. Things are calmer since Kyle moved out in February, and everyone "
              "said so. But there was another incident on 19 April, when Kyle came to Heron Way after "
              "drinking and shouted through the letterbox for twenty minutes while both children were in. "
              "Kyle, you told conference you drink most Friday and Saturday nights and that you stopped going "
              "to the Recovery Service in March. Danielle, you told conference that your panic attacks are "
              "less frequent since your GP increased your sertraline, but that you still have days when you "
              "cannot leave the house, and on those days Jack does the nursery run."),
        ("boldp", "What Jack and Esme have told us"),
        ("p", "Jack told me at school on 29 April: \"It's calmer now Dad's not living with us but I still "
              "listen out at night in case he comes.\" He said the best part of his week is football on "
              "Saturday mornings and seeing his dad at Nanny Sandra's \"when he's normal\". He would like his "
              "mum to \"not be scared to go to the shop\" and wants to be \"allowed to go to Kai's after "
              "school without checking on Esme\". Esme told me about Nanny Sandra's cat, Biscuit, and showed "
              "me the picture she drew of \"Daddy's house and Mummy's house\". Nursery say Esme is settled and "
              "chatty, but hides under the table when there is shouting in the playground."),
        ("boldp", "What needs to be different for Jack and Esme"),
        ("bullets", [
            "Jack and Esme live without shouting, threats or fighting between the adults around them, at "
            "either house.",
            "Jack can go to football and to his friends' houses instead of staying in to watch over his mum "
            "and Esme.",
            "Esme is settled at nursery and her speech is understood by adults outside the family by "
            "September.",
            "Danielle and Kyle will communicate better and co-parent without arguing.",
        ]),
        ("boldp", "What needs to happen before the next conference"),
        ("numbers", [
            "I will visit Jack and Esme at home every two weeks and see Jack on his own each time; my visit "
            "notes will record what he tells me.",
            "Kyle, you will carry on going to the Kembleforth Change domestic abuse programme every Thursday "
            "evening, and the facilitator, Gareth Lowe, will send me a written report at week 12 and at the end of the course.",
            "Kyle, you said you would go back to the Kembleforth Recovery Service about your drinking when "
            "you feel ready.",
            "Danielle, you will ask your GP to review your anxiety medication before the core group on 10 June.",
            "Sandra Pardoe (Kyle's mum) will supervise Kyle's time with the children every Saturday from 1pm "
            "to 4pm at her flat and write in the contact book after each visit.",
            "Sandra will also collect Esme from nursery on Tuesdays and Thursdays.",
            "Jack will be offered sessions with the school counsellor.",
            "Carol Beddow, Esme's health visitor, will do Esme's speech and language check by 30 June and "
            "send the written results to me and to nursery.",
            "The family will keep an eye on how Danielle is coping and let me know as and when they are worried.",
            "Little Wrens Nursery will tell me on the same day if Esme comes in with a mark or seems "
            "frightened, and record it on their safeguarding log.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Kyle comes to Heron Way, or phones or messages Danielle when he has been drinking, or there "
              "is any argument in front of the children, Danielle will ring 999 and the police will attend. I "
              "will see the children the same day, and Saturday time with their dad will stop until it can be "
              "supervised at the Kembleforth Family Centre. If Sandra cannot supervise a Saturday, that visit "
              "will not go ahead and I will book one at the Family Centre the following week. If Sandra cannot "
              "collect Esme, Danielle's friend Ayesha Rahman has agreed to collect her instead."),
        ("boldp", "Dates for your diary"),
        ("p", "The core group (both of you, Sandra, me, Jack's school, Little Wrens Nursery and Carol Beddow) "
              "will meet every four weeks."),
        ("table", {
            "header": ["Date", "What", "Where"],
            "widths": [5.0, 6.0, 6.0],
            "rows": [
                ["Tuesday 10 June 2025, 10am", "Core group meeting", "Kembleforth Family Centre, Lark Lane"],
                ["Tuesday 8 July 2025, 10am", "Core group meeting", "Kembleforth Family Centre, Lark Lane"],
                ["Tuesday 5 August 2025, 10am", "Core group meeting", "Ashgrove House"],
                ["To be confirmed (late August)", "Review child protection conference", "Kembleforth Civic Offices"],
            ],
        }),
        ("p", "If anything in this letter is wrong or not clear, please ring me. If you would like it in "
              "another format, let me know."),
        ("p", "Yours sincerely,"),
        ("pl", "Megan Holloway"),
        ("pl", "Social Worker, Family Safeguarding Team West"),
        ("pl", "cc: Jack's school (DSL); Little Wrens Nursery; Carol Beddow, HV; conference chair"),
    ],
    "findings": [
        F("T002", "you said you would go back to the Kembleforth Recovery Service"),
        F("M001", "you said you would go back to the Kembleforth Recovery Service"),
        F("M001", "ask your GP to review your anxiety medication"),
        F("M001", "Sandra will also collect Esme from nursery on Tuesdays"),
        F("W001", "Jack will be offered sessions with the school counsellor"),
        F("T001", "Jack will be offered sessions with the school counsellor"),
        F("M001", "Jack will be offered sessions with the school counsellor"),
        F("W002", "The family will keep an eye on how Danielle is coping"),
        F("T002", "The family will keep an eye on how Danielle is coping"),
        F("M002", "The family will keep an eye on how Danielle is coping"),
        F("F002", "Danielle and Kyle will communicate better and co-parent without arguing."),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Case-recording system print (txt): plan record with ACT-nn records,
#    dot-leader fields and a timestamped history trail under each action;
#    transfer out pending. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_kiddlestow_caretrack_history_trail_transfer_vance.txt",
    "split": "heldout",
    "template": (
        "transfer-pending-case-system-plan-record-print-act-nn-dot-leader-fields-with-timestamped-"
        "history-trail-txt"
    ),
    "description": (
        "Case-system print of a child protection plan for a 6-year-old and a baby (mother on methadone, "
        "neglect) while the family moves to another council: ACT-nn records with dot-leader fields "
        "(Description / Responsible / Target / Done looks like) and a timestamped history trail. The "
        "parenting assessment and a Home-Start referral are left for the receiving council; 'ongoing' and "
        "'engagement', a blank Responsible line, 'All agencies'; a contingency that only passes concerns "
        "on to be considered, no legal step and no review conference date."
    ),
    "text": """\
KIDDLESTOW METROPOLITAN COUNCIL                        CHILDREN'S SERVICES
CareTrack v4.2 :: Plan record print :: CP PLAN - REVISION 2 (CORE GROUP)
Printed 21/05/2025 11:48 by HPRYCE            OFFICIAL-SENSITIVE - do not forward
==========================================================================
Subject(s) ...... Kaiden VANCE  (M)  DOB 14/09/2018 (6y)   ID 0092217
                  Bella VANCE   (F)  DOB 22/08/2024 (9m)   ID 0101186
Household ....... Jodie Vance (mother, 27); Marc Doyle (mother's partner,
                  Bella's father, 30); 4 Clough Terrace, Kiddlestow
Plan status ..... ACTIVE - Child Protection (Neglect) from ICPC 25/03/2025
Plan owner ...... H Pryce, SW, Kiddlestow East Family Safeguarding
Team manager .... R Okonkwo
Flags ........... ** TRANSFER OUT PENDING ** Receiving LA: Ostlebury Council
                  Family moving 02/06/2025 (housing association tenancy
                  signed 16/05/2025)
==========================================================================

[1] SUMMARY OF CONCERNS
    Jodie has used heroin on and off since 2016 and has been on a methadone
    script with KDAS since Oct 2024. Two illicit-opiate positive screens in
    Feb 2025. Methadone bottle found on the kitchen worktop at a home visit
    on 11/03/2025 with Bella crawling on the floor. Kaiden late to school
    most days in the spring term, often without breakfast. Bella's 9-month
    review not done - two missed appointments. Marc works nights and sleeps
    in the day, so Jodie is the main carer until 6pm.

[2] CHILD'S VIEWS / LIVED EXPERIENCE
    Kaiden (seen alone at school 12/05/2025): said he is "excited and a bit
    scared" about moving to Ostlebury and asked if he can take his bike. He
    said Mum "is sleepy in the mornings" so he gets his own cereal, and that
    Marc "does the best tea". He wants his new school to have a football team.
    Bella (observed at home 19/05/2025): pulling to stand on the sofa, smiled
    and babbled at the SW; nappy very wet at a 2pm visit; settled quickly
    when Marc picked her up.

[3] OUTCOMES (CHILD)
    O1  Kaiden gets to school on time, fed and in clean uniform, and is not
        left to look after Bella.
    O2  Bella is fed, changed and sleeps safely on her back in her own cot,
        and reaches her milestones.
    O3  No methadone, drugs or drug equipment are ever within the
        children's reach.

[4] ACTIONS
--------------------------------------------------------------------------
ACT-01  [OPEN]                                     created 25/03/25 HPRYCE
  Description ....... Home visits to Kaiden and Bella; see Kaiden on his
                      own and check Bella's cot and sleeping position
  Responsible ....... H Pryce (SW)
  Target ............ Weekly until the Ostlebury transfer-in conference
  Done looks like ... Visit records: Kaiden seen alone; Bella's cot clear
                      and used; what Kaiden says written up
  History
    25/03/25 14:10  HPRYCE    record created at ICPC
    19/05/25 16:32  HPRYCE    note: visit done, Kaiden seen alone
--------------------------------------------------------------------------
ACT-02  [OPEN]                                     created 25/03/25 HPRYCE
  Description ....... Supervised methadone consumption and urine screens
                      for Jodie; results and the worker's view of how
                      stable she is shared with the SW
  Responsible ....... KDAS - recovery worker Liam Foy
  Target ............ Screens fortnightly; results before each core group
  Done looks like ... Screen results on file; no illicit opiates in any
                      screen since 01/04/2025
  History
    25/03/25 14:12  HPRYCE    record created at ICPC
    14/05/25 09:05  LFOY(ext) note: 3 screens since April, all clear
--------------------------------------------------------------------------
ACT-03  [PAUSED]                                   created 25/03/25 HPRYCE
  Description ....... Parenting assessment of Jodie and Marc - to be
                      completed by Ostlebury once the case transfers
  Responsible ....... Ostlebury Children's Services
  Target ............ after transfer - TBC
  Done looks like ...
  History
    25/03/25 14:15  HPRYCE    record created at ICPC (SW to complete)
    14/05/25 10:41  ROKONKWO  status changed OPEN -> PAUSED; responsible
                              changed to receiving LA
--------------------------------------------------------------------------
ACT-04  [OPEN]                                     created 25/03/25 HPRYCE
  Description ....... Bella's 9-12 month development review and weight
                      check at home
  Responsible ....... HV Sarah Marsh, Kiddlestow 0-19 Service
  Target ............ by 30/05/2025 (before the move)
  Done looks like ... ASQ-3 and weight shared with the SW and sent on to
                      the Ostlebury health visiting team
  History
    25/03/25 14:16  HPRYCE    record created at ICPC
    07/05/25 12:20  SMARSH    note: review rebooked for 28/05, home visit
--------------------------------------------------------------------------
ACT-05  [PAUSED]                                   created 08/04/25 HPRYCE
  Description ....... Referral to Home-Start for a volunteer to help Jodie
                      with Bella's morning routine - on hold until the
                      family are settled in Ostlebury
  Responsible ....... H Pryce (SW)
  Target ............ on hold - after move
  Done looks like ... Home-Start confirm a volunteer and a first visit date
  History
    08/04/25 11:02  HPRYCE    record created (core group 1)
    14/05/25 10:44  ROKONKWO  status changed OPEN -> PAUSED
--------------------------------------------------------------------------
ACT-06  [OPEN]                                     created 25/03/25 HPRYCE
  Description ....... Check in with Kaiden every Monday and log his
                      attendance, lateness and whether he has had breakfast
  Responsible ....... Mrs P Adair, DSL, Kiddlestow Church Primary
  Target ............ Weekly (Mondays) until his last day, 30/05/2025
  Done looks like ... Attendance and check-in notes emailed to the SW each
                      Monday
  History
    25/03/25 14:18  HPRYCE    record created at ICPC
--------------------------------------------------------------------------
ACT-07  [OPEN]                                     created 08/04/25 HPRYCE
  Description ....... Marc to attend the Dads Matter group at Kiddlestow
                      East family hub
  Responsible ....... Marc Doyle
  Target ............ ongoing
  Done looks like ... engagement
  History
    08/04/25 11:05  HPRYCE    record created (core group 1)
--------------------------------------------------------------------------
ACT-08  [OPEN]                                     created 25/03/25 HPRYCE
  Description ....... Check the methadone lockbox is locked and out of
                      Bella's reach at every home visit
  Responsible .......
  Target ............ Every home visit
  Done looks like ... Lockbox seen locked on the high kitchen shelf at each
                      visit and recorded in the visit note
  History
    25/03/25 14:20  HPRYCE    record created at ICPC
--------------------------------------------------------------------------
ACT-09  [OPEN]                                     created 14/05/25 ROKONKWO
  Description ....... Send the transfer-in request, case summary and
                      chronology to Ostlebury and hold a handover meeting
                      with the receiving SW
  Responsible ....... H Pryce (SW) and R Okonkwo (TM)
  Target ............ by 30/05/2025
  Done looks like ... Ostlebury confirm receipt in writing and give a date
                      for their transfer-in conference
  History
    14/05/25 10:50  ROKONKWO  record created
--------------------------------------------------------------------------
ACT-10  [OPEN]                                     created 25/03/25 HPRYCE
  Description ....... Any worry about Kaiden or Bella shared with the
                      allocated SW (EDT out of hours)
  Responsible ....... All agencies
  Target ............ Same day
  Done looks like ... Worry logged as a case note with the action taken
  History
    25/03/25 14:22  HPRYCE    record created at ICPC
--------------------------------------------------------------------------

[5] CONTINGENCY
    If there are further concerns these will be passed to Ostlebury and
    considered at the transfer-in conference.

[6] REVIEW ARRANGEMENTS
    Core group ....... fortnightly - last one in Kiddlestow 28/05/2025
    Review CP conf ... not set - Ostlebury to hold a transfer-in conference
                       within 15 working days of the move, date TBC

*** END OF PRINT ***  CareTrack v4.2  page 1 of 1
""",
    "findings": [
        F("X001", "Parenting assessment of Jodie and Marc - to be completed by Ostlebury"),
        F("T002", "Parenting assessment of Jodie and Marc - to be completed by Ostlebury"),
        F("M001", "Parenting assessment of Jodie and Marc - to be completed by Ostlebury"),
        F("X001", "Referral to Home-Start for a volunteer to help Jodie"),
        F("T002", "Referral to Home-Start for a volunteer to help Jodie"),
        F("T002", "Marc to attend the Dads Matter group"),
        F("M002", "Marc to attend the Dads Matter group"),
        F("W001", "Check the methadone lockbox is locked and out of"),
        F("W002", "Any worry about Kaiden or Bella shared with the"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A child's own copy of her plan (md), set out as a bus route: one "stop"
#    per grown-up, each promise one sentence with when and how she'll know,
#    an "emergency stop" contingency. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_kelmarden_my_plan_bus_route_thornbury.md",
    "split": "heldout",
    "template": (
        "child-friendly-my-plan-bus-route-md-stop-per-grown-up-one-sentence-promises-with-how-youll-know-"
        "emergency-stop-contingency"
    ),
    "description": (
        "Exemplary child-friendly copy of an ICPC plan for a 9-year-old whose mother has bipolar disorder, "
        "written by her social worker as a bus route with a stop for each grown-up. Every promise names who, "
        "when and how she will know; the CMHT care coordinator reports on her mother's capacity to change "
        "and the timescale, the GP owns the lithium checks, grandmother's and uncle's help have fallbacks, "
        "core group dates, review conference date and a legal planning meeting if her mother is not managing."
    ),
    "text": """\
# 🚌 My plan – Maisie's bus route

**This plan is for:** Maisie Thornbury, age 9
**Written with me by:** Sam Whitlow, my social worker, on Wednesday 18 June 2025
**What it is:** the child protection plan the grown-ups agreed at the big meeting on 12 June 2025
(the initial child protection conference), written for me. The grown-ups have the long version. It
says the same things.

---

## Why there is a plan

Mum has an illness called bipolar disorder. Most of the time she is well and looks after you really
well. But when she gets very poorly she stops sleeping, sometimes stops taking her medicine, and then
she can't look after you properly. In May you were on your own in the house for a whole evening when
Mum went out, and you made your own tea and put yourself to bed. The grown-ups at the big meeting
agreed that is not OK for a 9-year-old. **None of this is your fault.**

## What you told me

- "I like it at Nan's because she does pancakes and I don't have to worry."
- "When Mum's poorly she stays in bed and the curtains are shut all day and I'm not allowed to open them."
- "I don't want to go and live somewhere else. I want Mum to get better and me to stay at home."
- "I want someone to tell me what's happening, not just whisper in the kitchen."

You also drew me a picture of you and Mum at the beach, and you said the best thing about home is
watching Bake Off on Fridays with Mum "when she's normal".

## Where the bus is going (what we want for you)

- You live at home with Mum and you are never left on your own in the house in the evening or at night.
- You get to school on time every day, with breakfast, and your teachers see that you are happy and
  settled.
- When Mum is poorly, you are looked after straight away by Nan or another grown-up you know, and you
  know who to ring.
- You have time to be a kid: Young Carers club, your friends, and swimming on Saturdays.

## The stops on the route – who will do what

### 🚏 Stop 1 – Sam, your social worker

- Sam will visit you at home every two weeks and spend time with you on your own in your room – you'll
  know it's working because Sam writes down what you tell her and reads it back to you before she goes.
- Sam will make a "When Mum's poorly" card with you by Wednesday 16 July, with Nan's, Uncle Dean's and
  Sam's phone numbers on it – at her next visit Sam will check that one copy is in your school bag and
  one is on Nan's fridge.

### 🚏 Stop 2 – Mum

- Mum will take her medicine every morning from her dosette box, so that she stays well enough to get
  you up and ready for school – Jo counts the box at every visit and writes it down in Mum's notes.
- Mum will ring Nan or Sam the same day if she hasn't slept for two nights in a row, so that you can go
  to Nan's that night – Nan and Sam will write down every call and Sam will read them out at each
  small meeting.

### 🚏 Stop 3 – Jo, Mum's nurse from the mental health team

- Jo Baptiste, Mum's care coordinator at the Kelmarden Community Mental Health Team, will see Mum every
  week and write a report by Monday 18 August saying whether Mum is able to keep herself well and look
  after you, what still needs to change and how long that is likely to take – the report will be read at
  the small meeting on 21 August.

### 🚏 Stop 4 – Dr Okafor, Mum's doctor

- Dr Okafor, Mum's GP at Riverside Surgery, will check the lithium level in Mum's blood every month and
  send the result to Jo and Sam within a week – the results will be in Mum's notes and shared at every
  small meeting.

### 🚏 Stop 5 – Nan

- Nan (Pauline Thornbury) will have you to stay every Friday night, and on any night Mum rings to say she
  is poorly – Nan writes the dates in the blue notebook and Sam looks at it at every visit.

### 🚏 Stop 6 – Uncle Dean

- Uncle Dean will take you to school every Monday morning, because Monday is Mum's clinic day – the
  school register will show you in by 8.50.

### 🚏 Stop 7 – Mrs Kaur at school

- Mrs Kaur, the safeguarding lead at Kelmarden Juniors, will check in with you every Monday in the Hive
  and ring Sam the same day if you tell her something worrying – she writes a short note of each check-in
  and sends them to Sam before every small meeting.

### 🚏 Stop 8 – Priya at Young Carers

- Priya from Kelmarden Young Carers will take you to the Young Carers club every other Wednesday from
  9 July – Priya keeps a register, and you'll fill in a "my fortnight" sheet so we can see how things are
  for you.

## 🛑 The emergency stop – if Mum gets poorly

If Mum stops taking her medicine, doesn't sleep for two nights, or you can't wake her up or she isn't
home in the evening, you (or Mum) ring Nan, and you go to Nan's straight away, that same day. Sam (or
the out-of-hours social worker on 01632 960 250) will come and see you the same day, and will get the
grown-ups together for a strategy meeting within a day.

If Nan can't have you – for example if she is ill or away – you will stay with Mr and Mrs Adeyemi, the
foster carers you met at the summer fun day, until Mum is well or Nan is back, and Sam will tell you
where you are going before you go. If Uncle Dean can't do the Monday school run, Nan will take you, and
if neither of them can, Sam will book the school taxi.

## If things don't get better

If Mum isn't managing to stay well by the small meeting on 21 August, Sam and her manager will ask for a
**legal planning meeting** with the council's lawyers, to decide what needs to happen to keep you safe.
Sam will tell you about it herself – you won't find out by overhearing.

## When the grown-ups meet

- **The small meeting (the core group):** every 4 weeks – Thursday 26 June, Thursday 24 July and
  Thursday 21 August 2025. Mum, Nan, Sam, Jo, Mrs Kaur and Priya go to it.
- **The big meeting (the review conference):** Thursday 4 September 2025 at 10am at Kelmarden Town Hall.
  You can come for part of it, or write or draw what you want the grown-ups to know, and Sam will take it.

*If anything in this plan worries you, or you think something is wrong, tell Sam, Mrs Kaur or Nan.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Health-led pre-birth plan (pdf with header and page footer): a maternity
#    safeguarding plan in lettered parts, written by the named midwife, with
#    a When / Who / What / Recorded table. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_kerrowby_maternity_safeguarding_prebirth_haverstock.pdf",
    "doc_title": "Maternity Safeguarding Plan - Baby of Rebecca Haverstock",
    "split": "heldout",
    "template": (
        "health-led-prebirth-maternity-safeguarding-plan-lettered-parts-alert-details-babys-world-then-"
        "when-first-who-what-recorded-table-paged"
    ),
    "description": (
        "Exemplary pre-birth plan written by a hospital's named midwife for safeguarding after a pre-birth "
        "ICPC (19-year-old care leaver with self-harm and emotional dysregulation, father's daily cannabis "
        "use): lettered parts, a When / Who / What / Recorded table, NHS header and page footer on every "
        "page. Perinatal team asked to assess capacity to change and timescale, drug service and GP own "
        "actions, the grandmother's nights have a fallback, core group and review dates and a legal "
        "planning meeting before 36 weeks if change is not happening."
    ),
    "header": "Kerrowby Hospitals NHS Foundation Trust – Maternity Safeguarding Team – RESTRICTED",
    "footer": "Pre-birth safeguarding plan – R. Haverstock – MRN K4471093 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Maternity Safeguarding Plan"),
        ("p", "Pre-birth child protection plan, completed by Helen Brack, Named Midwife for Safeguarding, with "
              "Tom Ashby, Kerrowby Children's Services, after the pre-birth initial child protection "
              "conference on 08/04/2025. Do not file in the hand-held notes."),
        ("h2", "Part A – Booking and alert details"),
        ("kv", [
            ("Mother", "Rebecca Haverstock, 19 (care leaver, Kerrowby Leaving Care Team)"),
            ("Gestation at conference", "28+2 weeks; EDD 30/06/2025; booked at Kerrowby General"),
            ("Baby's father", "Tyler Moss, 22 – lives with Rebecca at 7 Sandpiper Close, Kerrowby"),
            ("Conference outcome", "Pre-birth child protection plan – category: neglect (risk of)"),
            ("Social worker", "Tom Ashby, Kerrowby Children's Services, 01632 960 733"),
            ("Maternity alert", "Active on the maternity system from 09/04/2025"),
            ("Out of hours", "Kerrowby Emergency Duty Team, 01632 960 250"),
        ]),
        ("h2", "Part B – Why there is a plan"),
        ("p", "Rebecca was looked after from the age of 11. She has a history of self-harm (cutting) when "
              "distressed, and has been under adult mental health services since she was 17; the last "
              "self-harm was in January 2025 after an argument with Tyler. She has a diagnosis of "
              "emotionally unstable personality disorder and takes no regular medication. Tyler smokes "
              "cannabis every day, including in the flat, and the police were called to an argument between "
              "them in January 2025. Neither has cared for a baby before. The worry is that, when distressed "
              "or under the influence, neither parent would be able to feed, settle and keep a newborn safe, "
              "particularly at night."),
        ("h2", "Part C – What is going well"),
        ("p", "Rebecca has come to 7 of 7 antenatal appointments and has seen the perinatal mental health team "
              "since 20 weeks. She stopped smoking tobacco at 16 weeks. The flat is warm and clean and a cot "
              "and Moses basket are set up. Tyler's mother, Gail Moss, lives ten minutes away, has visited "
              "weekly and has offered to stay for the first fortnight after the birth."),
        ("h2", "Part D – The baby's world"),
        ("p", "At the 20-week scan Rebecca cried when the baby moved and asked for two copies of the picture, "
              "one for Gail. At the home visit on 02/04/2025 the community midwife saw the Moses basket made "
              "up beside the bed, and also smelt cannabis in the living room and saw a full ashtray on the "
              "floor where a baby would later crawl. Rebecca talks to the bump and has chosen the name Ivy. "
              "Tyler told the SW he wants the baby \"to have a better start than we had\". The baby's world "
              "at the moment is a warm flat, a mother who is attached to the pregnancy, and a home where "
              "cannabis smoke and arguments are still present."),
        ("h2", "Part E – What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home only when the discharge plan is signed.",
            "The baby is fed every 3–4 hours, sleeps on their back in the Moses basket, and gains weight along "
            "their centile.",
            "The baby is always cared for by a sober, calm adult, day and night, and lives in a smoke-free home.",
            "The baby is never present when an adult self-harms or when there is shouting or violence.",
        ]),
        ("h2", "Part F – Who does what and when"),
        ("table", {
            "header": ["When", "Who (name, service)", "What they will do", "How it will be recorded / what we will see"],
            "widths": [3.4, 3.8, 5.0, 4.8],
            "rows": [
                ["Every antenatal contact from 28 weeks until the birth",
                 "Community midwife Lorna Gaskell",
                 "Antenatal care; see Rebecca on her own and ask about her mood, self-harm and any arguments at home",
                 "Routine enquiry and mood recorded in the maternity record at every contact; any concern phoned "
                 "to the SW the same day"],
                ["Fortnightly from 28 weeks; written assessment by 19/05/2025 (34 weeks)",
                 "Perinatal mental health team – Fola Adeyemi (CPN) with Dr Ruth Kemble, perinatal psychiatrist",
                 "See Rebecca fortnightly and assess how she manages distress, and whether she can make and keep "
                 "the changes needed to care safely for the baby, and in what timescale",
                 "Written assessment of Rebecca's capacity to change, early warning signs and likely timescale, "
                 "sent to the SW and shared at the core group on 20/05/2025"],
                ["Weekly from 10/04/2025 until the birth, then fortnightly",
                 "Jamie Rourke, recovery worker, Kerrowby Drug and Alcohol Service",
                 "Key work with Tyler on stopping cannabis so that he is sober whenever he cares for the baby; "
                 "urine screens",
                 "Screen results sent to the SW before each core group; clear screens from 34 weeks"],
                ["By 06/05/2025 (32 weeks)",
                 "Helen Brack, Named Midwife for Safeguarding",
                 "Write the birth and postnatal ward plan: who may visit, who stays with Rebecca, and the "
                 "conditions for discharge",
                 "Signed plan on the maternity record, copied to the SW, the labour ward coordinator and EDT"],
                ["Every 2 weeks until the birth, then weekly for 8 weeks",
                 "SW Tom Ashby, Kerrowby Children's Services",
                 "Home visits to Rebecca and Tyler; see each parent on their own; check the baby's sleeping "
                 "space and that no cannabis is kept or smoked in the flat",
                 "Visit records show both parents seen alone and the sleeping space checked at each visit"],
                ["Antenatal visit by 30/05/2025; new birth visit day 10–14; then weekly to 8 weeks",
                 "HV Jen Carlow, Kerrowby 0–19 Service",
                 "Safe sleep and feeding talk before the birth; after the birth weigh the baby and watch a "
                 "feed at each visit",
                 "Safe sleep checklist signed; weight plotted in the red book and staying on or near the birth "
                 "centile"],
                ["Every shift on the postnatal ward",
                 "Ward 9 midwives, led by ward manager Sue Farrow",
                 "Observe and record how Rebecca and Tyler handle and feed the baby and respond to crying",
                 "Entries on the baby's observation chart every shift, sent to the SW before the discharge "
                 "planning meeting"],
                ["Day 2 after the birth, before discharge",
                 "Helen Brack (midwife) and Tom Ashby (SW)",
                 "Discharge planning meeting on the ward with Rebecca, Tyler and Gail",
                 "Signed discharge plan on the maternity record; the baby is not discharged until it is signed"],
                ["Every night for the first 14 nights after discharge",
                 "Gail Moss (paternal grandmother)",
                 "Stay overnight at the flat and help with night feeds",
                 "Night-feed chart on the fridge, checked by the HV and SW at each visit"],
                ["6 weeks after the birth",
                 "GP Dr Imran Shah, Sandpiper Medical Centre",
                 "Postnatal check of Rebecca and the baby, including Rebecca's EPDS mood score",
                 "Check and EPDS score sent to the HV, SW and perinatal team within a week"],
            ],
        }),
        ("h2", "Part G – If things go wrong"),
        ("p", "Before the birth: if Rebecca self-harms, if the perinatal team see signs that she cannot keep "
              "herself safe, or if there is any violence between Rebecca and Tyler, the SW (EDT out of hours) "
              "will hold a strategy discussion the same day, and the police will be called to any violence."),
        ("p", "After the birth: if the baby is not fed, is handled roughly, or either parent is found under the "
              "influence of cannabis while caring for the baby, the ward will not discharge the baby and the SW "
              "will hold a strategy discussion the same day; Rebecca and the baby will then go to the "
              "parent-and-baby foster placement identified by Kerrowby Fostering, not home."),
        ("p", "If Gail cannot stay overnight on any of the first 14 nights, Tyler will not be the only adult "
              "at night: Rebecca and the baby will go to the parent-and-baby foster placement the same day "
              "until Gail is back, and the SW will arrange it."),
        ("h2", "Part H – Meetings and legal planning"),
        ("bullets", [
            "Core group: every 3 weeks – 29/04/2025, 20/05/2025 and 10/06/2025 – then within 10 working "
            "days of the birth.",
            "Review child protection conference: 08/07/2025, 10am, Kerrowby Civic Centre.",
            "If the perinatal assessment says Rebecca cannot make the changes needed in the baby's timescale, "
            "or Tyler's screens are not clear by 34 weeks, the SW will request a legal planning meeting "
            "(pre-proceedings) before 36 weeks (03/06/2025).",
        ]),
        ("p", "Plan agreed by Rebecca and Tyler on 10/04/2025. Copies: GP, perinatal mental health team, "
              "KDAS, HV, labour ward, postnatal ward, EDT, SW."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference outcome sheet (docx): tick-box decision lines, then a
#    two-column table "Agreed by conference" | one cell holding "Named
#    person / From - until / Core group will see" lines. Exemplary.
# ---------------------------------------------------------------------------
_F_CELL = "Named person: {who}\nFrom – until: {when}\nCore group will see: {see}"

PLANS.append({
    "name": "b27_kinvarrow_rcpc_outcome_sheet_drummond.docx",
    "doc_title": "Review Child Protection Conference - Outcome Sheet - Owen and Lacey Drummond",
    "split": "heldout",
    "template": (
        "rcpc-outcome-sheet-tickbox-decision-lines-then-two-column-agreed-by-conference-with-named-person-"
        "from-until-core-group-will-see-lines-in-one-cell"
    ),
    "description": (
        "Exemplary review conference outcome sheet handed out at the end of the meeting for a 13-year-old "
        "and a 2-year-old (mother's epilepsy, father's weekend drinking, neglect): tick-box decision lines, "
        "reasons, the children's words, outcomes, then a two-column table whose second cell carries the "
        "named person, from-until and what the core group will see. Epilepsy nurse and alcohol service own "
        "actions, the aunt's evenings have a fallback, specific contingency, core group dates, next review "
        "date and a legal planning meeting if the weekend drinking has not changed."
    ),
    "blocks": [
        ("pr", "Kinvarrow Council – Safeguarding and Quality Assurance Unit"),
        ("title", "Review Child Protection Conference – Outcome Sheet"),
        ("p", "This sheet is given to the family and to every professional at the end of the conference. "
              "The full minutes will follow within 15 working days."),
        ("kv", [
            ("Children", "Owen Drummond (13, DOB 03/03/2012); Lacey Drummond (2, DOB 27/05/2023)"),
            ("Parents", "Kirsty Drummond (mum) and Gavin Drummond (dad), 41 Lorne Crescent, Kinvarrow"),
            ("Conference", "First review child protection conference, 15/07/2025, Kinvarrow House"),
            ("Chair", "Priya Ramsden, independent reviewing officer"),
            ("Social worker", "Callum Fenwick, Kinvarrow Children's Services, 01632 960 412"),
        ]),
        ("h2", "1. Decision"),
        ("pl", "☐  Child protection plans end"),
        ("pl", "☒  Child protection plans continue – Owen and Lacey"),
        ("pl", "Category:  ☒ Neglect   ☐ Physical abuse   ☐ Emotional abuse   ☐ Sexual abuse"),
        ("p", ""),
        ("p", "Decision unanimous. Kirsty and Gavin said they understood the reasons but did not agree that "
              "Owen has been \"a carer\"; their view is recorded in the minutes."),
        ("h2", "2. Why the plans continue"),
        ("p", "Kirsty has epilepsy and had four tonic-clonic seizures between April and June, two while she "
              "was alone with Lacey. On 2 June Owen came home from school and found his mum on the bathroom "
              "floor with Lacey still in the bath. Gavin drinks heavily at weekends and was out on both "
              "occasions. Since the initial conference Gavin has started at Kinvarrow Recovery and has been to "
              "every session, and Kirsty's epilepsy medication was changed in June, but it is too early to "
              "know if either change will last. Owen has missed 11 Mondays this school year."),
        ("h2", "3. What Owen and Lacey said and showed us"),
        ("p", "Owen met his advocate, Rhiannon Dale, on 9 July and asked her to read this out: \"I don't mind "
              "helping Mum but I don't want to be the one who finds her. I keep an ear out every night. I want "
              "Dad to be home at weekends and not drunk. I want to go to the summer football camp.\" Lacey was "
              "seen at home by the SW on 10 July: she was chatty, called for \"Mama\" and \"Owie\", and went "
              "straight to Owen for comfort when she bumped her head, not to her parents."),
        ("h2", "4. What must be true for Owen and Lacey by the next review"),
        ("bullets", [
            "Lacey is never bathed, carried on the stairs or left alone with an adult who might have a seizure "
            "without another adult in the house.",
            "Owen is not the person who finds or looks after his mum in a seizure, and goes to school every day.",
            "There is a sober adult at home with the children every weekend evening.",
            "Owen has time for football and friends, and says he no longer \"keeps an ear out\" at night.",
        ]),
        ("h2", "5. The plan agreed by conference"),
        ("table", {
            "header": ["Agreed by conference", "Named person / from – until / what the core group will see"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Home visits to Owen and Lacey, including one at Lacey's bath time each month; see Owen on his "
                 "own at every visit",
                 _F_CELL.format(who="Callum Fenwick (SW)", when="every 2 weeks until the next review",
                                see="visit records, Owen seen alone, a bath-time visit note each month")],
                ["Review Kirsty's seizure control since the medication change and write safe-care advice for "
                 "bathing, carrying and feeding Lacey",
                 _F_CELL.format(who="Bev Aldous, epilepsy specialist nurse, Kinvarrow Neurology",
                                when="clinic by 31/07/2025, then a monthly phone review",
                                see="written advice copied to the SW, Kirsty and Morag; seizure count at each "
                                    "core group")],
                ["Keep a seizure diary and never bath Lacey when she is the only adult in the house",
                 _F_CELL.format(who="Kirsty Drummond", when="every day, from today",
                                see="the diary brought to each core group; the monthly bath-time visit")],
                ["Key work and breath tests for Gavin, with a report on whether his weekend drinking is "
                 "changing in a way that keeps Owen and Lacey safe",
                 _F_CELL.format(who="Sunil Varma, Kinvarrow Recovery",
                                when="fortnightly key work; a report before each core group",
                                see="written report with the breath test results; zero readings on the "
                                    "Saturday and Sunday tests")],
                ["Be the sober adult at home every Friday, Saturday and Sunday evening, so that Kirsty is never "
                 "alone with Lacey at weekends",
                 _F_CELL.format(who="Gavin Drummond", when="every weekend, from 18/07/2025",
                                see="weekend breath tests at Kinvarrow Recovery; what Owen tells the SW when "
                                    "seen alone")],
                ["Do Lacey's bath and bedtime on Monday and Tuesday evenings, when Gavin is on late shift",
                 _F_CELL.format(who="Morag Lennox (maternal aunt)", when="every Monday and Tuesday",
                                see="Morag's diary, checked by the SW at the monthly bath-time visit")],
                ["Young carers assessment for Owen and a place on the summer activity programme, including the "
                 "football camp",
                 _F_CELL.format(who="Holly Garside, Kinvarrow Young Carers",
                                when="assessment by 08/08/2025; programme Tuesdays in August",
                                see="assessment shared with Owen and the SW; attendance register")],
                ["Check in with Owen each Monday morning and follow up any absence the same day",
                 _F_CELL.format(who="Mr Alan Petrie, Head of Year 9 and DSL, Kinvarrow Academy",
                                when="weekly from 03/09/2025 (start of term)",
                                see="attendance of 95% or more this term; check-in log sent to the SW "
                                    "fortnightly")],
                ["Lacey's 2-year review and a start date for her funded nursery place",
                 _F_CELL.format(who="Fiona Beck (HV)", when="review by 31/08/2025; nursery from September",
                                see="ASQ-3 scores and the nursery start date shared with the SW")],
            ],
        }),
        ("h2", "6. If something goes wrong"),
        ("p", "If Kirsty has a seizure while she is the only adult with Lacey, if Gavin is drunk while caring "
              "for the children, or if Owen misses more than two days of school in a week, the SW (the "
              "emergency duty team out of hours) will visit the same day and Owen and Lacey will stay with "
              "Morag Lennox while a strategy discussion is held within 24 hours."),
        ("p", "If Morag cannot look after the children, or cannot cover a Monday or Tuesday evening, Gavin will "
              "swap to an early shift (his employer has agreed this); if that is not possible, the children "
              "will stay with Kinvarrow's emergency foster carers the same day."),
        ("p", "If Gavin's Saturday and Sunday breath tests are not all zero by the core group on 23/09/2025, "
              "the SW will request a legal planning meeting."),
        ("h2", "7. Core group and next review"),
        ("bullets", [
            "Core group: first on 29/07/2025 (within 10 working days), then every 4 weeks – 26/08/2025 and "
            "23/09/2025, 10am, Kinvarrow House.",
            "Next review child protection conference: 11/11/2025, 10am, Kinvarrow House.",
        ]),
        ("h2", "8. Copies to"),
        ("pl", "Kirsty and Gavin Drummond; Owen (his own copy, via Rhiannon Dale, advocate); Callum Fenwick, SW; "
               "Bev Aldous, epilepsy nurse; Sunil Varma, Kinvarrow Recovery; Morag Lennox; Holly Garside, "
               "Young Carers; Alan Petrie, Kinvarrow Academy; Fiona Beck, HV; Dr N Lau, GP."),
        ("p", ""),
        ("pl", "Priya Ramsden, Chair – 15/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Translated family copy with Lithuanian / English headings and field
#    labels (txt): numbered actions with Veiksmas / Kas / Iki kada /
#    Kaip žinosime lines. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_kelthorne_lithuanian_family_copy_petrauskas.txt",
    "split": "heldout",
    "template": (
        "bilingual-lithuanian-english-family-copy-caps-slash-headings-numbered-actions-veiksmas-kas-iki-kada-"
        "kaip-zinosime-field-lines-txt"
    ),
    "description": (
        "Family copy of an ICPC plan for an 8-year-old and a 5-year-old (domestic abuse, father's drinking, "
        "mother's depression) with Lithuanian / English headings and field labels. Numbered actions with "
        "Veiksmas / Kas / Iki kada / Kaip žinosime lines: 'when he is ready' with 'engagement', a blank owner "
        "for interpreter bookings, a school check-in and a GP visit with no measure, 'Family and friends' "
        "'as needed'; no adult service owns an action, one adult-only outcome, a contingency that only "
        "reviews the plan and no legal step."
    ),
    "text": """\
KELTHORNE BOROUGH COUNCIL - CHILDREN'S SERVICES
Šeimos kopija / Family copy
Headings and fixed phrases translated by Kelthorne Interpreting Service (ref INT-5521).
The interpreter read the whole plan to Rūta in Lithuanian on 26/06/2025.
==========================================================================
VAIKO APSAUGOS PLANAS / CHILD PROTECTION PLAN
Pirminė vaiko apsaugos konferencija / Initial child protection conference:
    24/06/2025, Kelthorne Civic Centre
Kategorija / Category: Emocinė prievarta / Emotional abuse
--------------------------------------------------------------------------
Vaikai / Children ........ Jonas Petrauskas (8), Emilija Petrauskaitė (5)
Mama / Mother ............ Rūta Petrauskienė
Tėtis / Father ........... Tomas Petrauskas
Adresas / Address ........ 9 Linden Court, Kelthorne
Socialinė darbuotoja /
Social worker ............ Hannah Briar, tel. 01632 960 377
--------------------------------------------------------------------------

1. KODĖL MES NERIMAUJAME / WHY WE ARE WORRIED

Police have been called to the family home three times since February 2025.
On 7 June Tomas had been drinking and pushed Rūta against the kitchen
cupboards while Jonas and Emilija were in the next room; Jonas rang 999. Tomas
told the conference he drinks "a few beers" most nights and vodka at weekends.
He has moved to his brother's flat and is on police bail not to contact Rūta
until 20/07/2025. Rūta's GP diagnosed depression in March 2025 and she takes
sertraline. She told the conference she sleeps badly and some mornings cannot
get the children ready for school. The family speak Lithuanian at home;
Rūta's English is limited and Jonas often interprets for her.

2. KĄ SAKO VAIKAI / WHAT THE CHILDREN SAY

Jonas (seen alone at school with an interpreter, 19/06/2025):
  "Aš bijau, kai tėtis šaukia." - "I am scared when Dad shouts."
  "Man patinka, kai mama juokiasi." - "I like it when Mum laughs."
  He said he misses his dad "when he is not drinking" and does not want to
  translate for his mum at the doctor's any more.
Emilija (seen at home, 20/06/2025): showed the SW her drawings and her
  bedroom. She hid behind Rūta when the door buzzer went and said "tėtis?"
  ("Dad?"). School say she is quiet in class and speaks very little English.

3. KO NORIME VAIKAMS / WHAT WE WANT FOR THE CHILDREN

  - Jonas ir Emilija gyvena namuose, kur nėra smurto ir šauksmų.
    Jonas and Emilija live at home without violence or shouting.
  - Jonas nebevertėja suaugusiems.
    Jonas no longer has to interpret for the adults.
  - Vaikai kasdien laiku ateina į mokyklą.
    The children get to school on time every day.
  - Tomas nustos gerti ir suvaldys savo pyktį.
    Tomas will stop drinking and control his temper.

4. VEIKSMŲ PLANAS / ACTION PLAN

 (1) Veiksmas / Action ......... Visit Jonas and Emilija at home with a
                                 Lithuanian interpreter and see each child
                                 on their own
     Kas / Who ................. Hannah Briar (SW)
     Iki kada / By when ........ Kas dvi savaites / every two weeks
     Kaip žinosime / How we
     will know ................. Visit notes record what each child said,
                                 in their own words

 (2) Veiksmas / Action ......... Go to Kelthorne Recovery Service for an
                                 alcohol assessment and follow the plan
                                 they make with him
     Kas / Who ................. Tomas Petrauskas
     Iki kada / By when ........ Kai bus pasiruošęs / when he is ready
     Kaip žinosime / How we
     will know ................. Įsitraukimas / engagement

 (3) Veiksmas / Action ......... Safety planning with Rūta for herself and
                                 the children, and support through the
                                 criminal case
     Kas / Who ................. Daiva Kerr, IDVA, Kelthorne Domestic Abuse
                                 Service (Lithuanian speaker)
     Iki kada / By when ........ First meeting by 04/07/2025, then weekly
     Kaip žinosime / How we
     will know ................. Written safety plan, copy to the SW; Rūta
                                 and Jonas can say what they will do if
                                 Tomas comes to the flat

 (4) Veiksmas / Action ......... Book a Lithuanian interpreter for every
                                 home visit, core group and conference
     Kas / Who ................. -
     Iki kada / By when ........ Prieš kiekvieną susitikimą / before every
                                 meeting
     Kaip žinosime / How we
     will know ................. Interpreter's name recorded in each visit
                                 note and set of minutes

 (5) Veiksmas / Action ......... Check in with Jonas every week and pass on
                                 anything he says about home to the SW
     Kas / Who ................. Mrs Claire Dunmore, DSL, St Peter's Primary
     Iki kada / By when ........ Kas savaitę (pirmadieniais) / weekly
                                 (Mondays)
     Kaip žinosime / How we
     will know ................. -

 (6) Veiksmas / Action ......... English classes (ESOL) for Rūta at
                                 Kelthorne Adult College
     Kas / Who ................. Rūta Petrauskienė
     Iki kada / By when ........ Nuo rugsėjo / from September 2025
     Kaip žinosime / How we
     will know ................. College attendance record sent to the SW
                                 each term

 (7) Veiksmas / Action ......... See the GP about sleep problems and low
                                 mood
     Kas / Who ................. Rūta Petrauskienė
     Iki kada / By when ........ Iki / by 18/07/2025
     Kaip žinosime / How we
     will know ................. -

 (8) Veiksmas / Action ......... Help Rūta with the school run and the
                                 children's evenings on days she is not
                                 coping
     Kas / Who ................. Šeima ir draugai / Family and friends
     Iki kada / By when ........ Pagal poreikį / as needed
     Kaip žinosime / How we
     will know ................. Both children in school by 8.55 on the
                                 school register

 (9) Veiksmas / Action ......... Put an urgent-response marker on the
                                 family's address
     Kas / Who ................. Kelthorne Police, Domestic Abuse Unit
                                 (PC Ryan Hale)
     Iki kada / By when ........ Iki / by 27/06/2025
     Kaip žinosime / How we
     will know ................. Marker confirmed to the SW in writing

(10) Veiksmas / Action ......... Caring Dads course for Tomas
     Kas / Who ................. Tomas Petrauskas
     Iki kada / By when ........ Next course starts 15/09/2025 (14 weeks)
     Kaip žinosime / How we
     will know ................. Facilitator's end-of-course report to the
                                 SW

(11) Veiksmas / Action ......... Speech and language screen for Emilija in
                                 Lithuanian and English
     Kas / Who ................. Ana Rowe, Kelthorne Speech and Language
                                 Therapy
     Iki kada / By when ........ Iki / by 31/07/2025
     Kaip žinosime / How we
     will know ................. Report shared with the SW and the school

5. JEI PLANAS NEVEIKIA / IF THE PLAN IS NOT WORKING

Jei padėtis negerės, planas bus peržiūrėtas pagrindinės grupės susitikime.
If things do not get better, the plan will be reviewed at the core group.

6. SUSITIKIMAI / MEETINGS

Pagrindinė grupė / Core group: kas 4 savaites / every 4 weeks -
    08/07/2025, 05/08/2025, 02/09/2025 (10am, Kelthorne Family Hub)
Peržiūros konferencija / Review conference: 16/09/2025, 2pm,
    Kelthorne Civic Centre

Parašai / Signatures: ______________ (Rūta)   ______________ (SW)
""",
    "findings": [
        F("T002", "Go to Kelthorne Recovery Service for an alcohol assessment"),
        F("M002", "Go to Kelthorne Recovery Service for an alcohol assessment"),
        F("W001", "Book a Lithuanian interpreter for every home visit"),
        F("M001", "Check in with Jonas every week and pass on"),
        F("M001", "See the GP about sleep problems and low mood"),
        F("W002", "Help Rūta with the school run and the children's evenings"),
        F("T002", "Help Rūta with the school run and the children's evenings"),
        F("F002", "Tomas will stop drinking and control his temper."),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})
