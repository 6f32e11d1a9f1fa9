"""Batch 43, module 1: seven fictional plans (tuning material), places beginning with "j".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the range of plans a reviewing officer meets in a year, each in a
template of its own: an initial conference record whose outline plan is in
numbered paragraphs and whose actions are in a separate Ref / Lead / Task /
Timescale / Evidence grid; core group minutes in numbered minutes where only
the last minute is an action log of Lead / Due / Done when lines; a letter in
short sentences to parents with learning disabilities; a child's own plan of
promise cards; a Signs of Safety plan with danger statements, safety goals,
scaling and a Who / What / When next-steps table; a pre-birth plan with one
table per stage and a "who is who" contact table; and a review plan with a
"Progress at review" column beside a merged outcome column. Three are
exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference record: numbered Parts, outline plan in typed
#    numbered paragraphs (7.1 ...), then a separate action grid
#    Ref / Lead / Task / Timescale / Evidence (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_jarrowby_icpc_outline_paras_ref_lead_grid_brannigan.docx",
    "doc_title": "Initial Child Protection Conference Record - Corey and Lacey Brannigan",
    "split": "tune",
    "template": "icpc-record-docx-numbered-parts-attendance-table-agency-paragraphs-then-outline-plan-typed-7-1-paragraphs-outcomes-contingency-meetings-then-separate-action-grid-ref-lead-task-timescale-evidence",
    "description": (
        "Initial conference record for a 7-year-old and a 2-year-old (neglect; mother's depression, "
        "stepfather's daily cannabis use). The outline plan is in typed numbered paragraphs (outcomes, "
        "contingency, core group, review) and the actions are in a separate Ref / Lead / Task / Timescale "
        "/ Evidence grid. Most rows are sound, but the parenting assessment has no evidence, school "
        "attendance is led by 'Core group', the CMHT row only supports, two rows say 'ASAP' and "
        "'Ongoing', nursery's evidence is 'Monitored', the dental referral has no lead, one outcome is "
        "the mother's, and nothing says legal planning follows if the plan fails."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference – Record and Plan"),
        ("p", "Jarrowby Metropolitan Borough Council · Children's Social Care · Safeguarding and Reviewing Unit"),
        ("kv", [
            ("Children", "Corey Brannigan, born 12/09/2017 (7), Year 2, St Wilfrid's RC Primary; "
                         "Lacey Brannigan, born 03/04/2023 (2), Tadpoles Day Nursery"),
            ("Address", "27 Foundry Terrace, Jarrowby"),
            ("Household", "Shannon Brannigan (mother, 29); Dale Pritt (Lacey's father and Corey's stepfather, 33). "
                          "Corey's father, Liam Brannigan, lives in Spain and has had no contact since 2020."),
            ("Date and venue", "Tuesday 08/07/2025, 1.30pm, Room 2, Jarrowby Civic Centre"),
            ("Conference chair", "Anjali Mistry, Child Protection Chair"),
            ("Allocated social worker", "Tom Heywood, Assessment and Intervention Team 3"),
            ("Record taken by", "Paula Greaves, Business Support"),
        ]),
        ("h1", "Part 1 – Attendance"),
        ("table", {
            "header": ["Name", "Role and agency", "Attended / report"],
            "widths": [4.0, 9.0, 4.0],
            "rows": [
                ["Shannon Brannigan", "Mother", "Attended"],
                ["Dale Pritt", "Lacey's father, Corey's stepfather", "Attended"],
                ["Anjali Mistry", "Child Protection Chair", "Chaired"],
                ["Tom Heywood", "Social worker, Jarrowby Children's Social Care", "Attended, report"],
                ["Bernie Ogunleye", "Health visitor, Jarrowby 0-19 Service", "Attended, report"],
                ["Ruth Colley", "Designated safeguarding lead, St Wilfrid's RC Primary", "Attended, report"],
                ["Amy Leckie", "Key person, Tadpoles Day Nursery", "Attended"],
                ["Laura Finch", "Community psychiatric nurse, Jarrowby CMHT", "Report only"],
                ["Gary Twomey", "Recovery worker, Compass Point Drug and Alcohol Service", "Attended"],
                ["Dr Anwar Hussain", "GP, Foundry Lane Surgery", "Report only"],
            ],
        }),
        ("h1", "Part 2 – Why conference was called"),
        ("p", "On 13 June 2025 Tadpoles Day Nursery raised concerns that Lacey had arrived hungry on four "
              "Mondays running, in a nappy that had not been changed overnight, and that she had lost weight. "
              "A child and family assessment found the home cluttered and cold, with dog mess in the kitchen, "
              "Lacey sleeping on a bare mattress on the floor and little food in the house. Corey had been late "
              "to school 19 times since Easter. A strategy discussion on 20 June agreed to convene an initial "
              "child protection conference."),
        ("h1", "Part 3 – Information shared"),
        ("pi", "3.1 Children's Social Care (Tom Heywood). Tom has visited five times since 16 June. On three "
               "visits there was no fresh food in the house. Shannon told him she has felt low since Lacey was "
               "born and some days cannot face getting up. Dale smokes cannabis every evening, he says \"to "
               "sleep\", and on one visit the living room smelt strongly of it while both children were there."),
        ("pi", "3.2 Health visiting (Bernie Ogunleye). Lacey's weight has dropped from the 25th to below the "
               "9th centile since her 2-year review in April. Her speech is delayed: she uses around ten words. "
               "Corey has not seen a dentist since he was four."),
        ("pi", "3.3 St Wilfrid's RC Primary (Ruth Colley). Corey's attendance is 88% and he is often late and "
               "without a coat or packed lunch. He is a kind boy who is doing well in reading. He told his "
               "teacher he makes his own breakfast \"because Mum's asleep\"."),
        ("pi", "3.4 Tadpoles Day Nursery (Amy Leckie). Lacey eats two bowls of cereal when she arrives on "
               "Monday mornings. She clings to Amy at home time and has had three bad nappy rashes since May."),
        ("pi", "3.5 Jarrowby CMHT (report from Laura Finch). Shannon was referred by her GP in May with "
               "moderate depression and was seen for assessment on 2 June. She has been allocated to Laura "
               "for fortnightly visits."),
        ("pi", "3.6 Compass Point (Gary Twomey). Dale referred himself in June and has been to two "
               "appointments. He says he smokes about a gram of cannabis a day and would like to cut down."),
        ("pi", "3.7 GP (report from Dr Anwar Hussain). Shannon has taken sertraline since March 2025. She "
               "missed her medication review in June."),
        ("h1", "Part 4 – Corey and Lacey: what they have said and what we have seen"),
        ("p", "Corey (seen on his own at school by Tom on 1 July) said home is \"messy but OK\". He likes it "
              "when Dale plays Mario Kart with him and when Mum takes him to the park. He said he gets hungry "
              "at school \"when there's no cereal left\" and that he worries about Lacey crying in the night. "
              "When Tom asked for three wishes, Corey wished for \"a proper bed for Lacey, a dog that doesn't "
              "poo inside, and Mum to be happy\"."),
        ("p", "Lacey is too young to tell us what she thinks. At nursery she is smiley and busy once she has "
              "eaten, and loves the water tray. At home on 24 June she was in a wet nappy at 11am and was "
              "playing on the kitchen floor near the dog's mess. She went straight to Corey when she was upset."),
        ("h1", "Part 5 – Chair's analysis"),
        ("p", "Shannon and Dale love their children and were honest with conference about how hard things "
              "have become. Corey is doing well at school when he gets there, and Lacey thrives at nursery. "
              "But Lacey's weight loss, the state of the home and Corey having to look after himself in the "
              "mornings show that the children's basic needs are not being met consistently. Shannon's low "
              "mood and Dale's cannabis use both make it harder for them to keep a routine. Without change "
              "Lacey's growth and development will suffer further."),
        ("h1", "Part 6 – Decision"),
        ("p", "Conference agreed that Corey and Lacey are likely to suffer significant harm through neglect. "
              "Both children will be subject to a child protection plan. Shannon and Dale said they accepted "
              "the decision and want to work with the plan."),
        ("h1", "Part 7 – Outline child protection plan"),
        ("pi", "7.1 Category of plan: neglect (both children)."),
        ("pi", "7.2 Lead social worker: Tom Heywood, Assessment and Intervention Team 3."),
        ("pi", "7.3 Outcome 1: Corey and Lacey have regular meals, clean clothes and their own clean, warm "
               "beds every day."),
        ("pi", "7.4 Outcome 2: Lacey gains weight and is back on the 25th centile or above by the review, and "
               "Corey arrives at school on time with breakfast inside him."),
        ("pi", "7.5 Outcome 3: Shannon's mood lifts and she feels more able to cope day to day."),
        ("pi", "7.6 Contingency: if Lacey's weight falls below the 2nd centile, either child is found at home "
               "without an adult, or Dale is found under the influence of cannabis while he is caring for the "
               "children on his own, the social worker (or the Emergency Duty Team out of hours) will hold a "
               "strategy discussion the same day. Corey and Lacey will stay with their maternal aunt, Kerry "
               "Nolan, at 4 Bessemer Street while this happens; if Kerry cannot have them, they will be placed "
               "with approved foster carers that day."),
        ("pi", "7.7 Core group: first meeting on 22/07/2025 at 10am at Jarrowby Family Hub, then every four "
               "weeks (19/08/2025 and 16/09/2025)."),
        ("pi", "7.8 Review child protection conference: 07/10/2025 at 1.30pm, Jarrowby Civic Centre."),
        ("pi", "7.9 The action grid in Part 8 is part of this plan."),
        ("h1", "Part 8 – Action grid"),
        ("table", {
            "header": ["Ref", "Lead", "Task", "Timescale", "Evidence"],
            "widths": [1.0, 3.3, 5.9, 2.8, 4.0],
            "rows": [
                ["A1", "SW Tom Heywood",
                 "Visit the family home, see Corey on his own and Lacey awake, and check the kitchen, bedrooms "
                 "and bedding",
                 "Every 10 working days; at least one visit a month unannounced",
                 "Visit record notes the food in the house, the state of the beds and what Corey says, in his "
                 "own words"],
                ["A2", "HV Bernie Ogunleye",
                 "Weigh and measure Lacey at home, plot her growth and check she is having three meals a day",
                 "Fortnightly until the review conference",
                 "Weights plotted in the red book; Lacey back on the 25th centile or above by 07/10/2025"],
                ["A3", "SW Tom Heywood",
                 "Complete a parenting assessment of Shannon and Dale, covering routines, food, hygiene and "
                 "supervision",
                 "By 29/08/2025",
                 ""],
                ["A4", "Core group",
                 "Make sure Corey gets to school on time every day",
                 "Daily",
                 "St Wilfrid's register shows Corey in class by 8.50am"],
                ["A5", "Laura Finch, CPN, Jarrowby CMHT",
                 "Support Shannon with her low mood and help her to keep taking her medication",
                 "Fortnightly home visits",
                 "Shannon attends her appointments (CMHT record)"],
                ["A6", "Shannon and Dale",
                 "Clear the back bedroom and get Lacey a proper cot bed; keep the dog out of the kitchen",
                 "ASAP",
                 "Room seen by the SW with Lacey's bed made up"],
                ["A7", "Gary Twomey, recovery worker, Compass Point (with Dale)",
                 "Cannabis key-work with Dale, with a urine screen at each session and a written update on "
                 "whether he has cut down and what this means for his care of Corey and Lacey",
                 "Weekly; written update before each core group",
                 "Screen results and Gary's written update read at every core group"],
                ["A8", "Tadpoles Day Nursery (Amy Leckie)",
                 "Offer Lacey breakfast on arrival and note what she eats and how she presents",
                 "Every session",
                 "Monitored"],
                ["A9", "–",
                 "Refer Corey to the school nurse for a dental check-up and a health review",
                 "By 25/07/2025",
                 "Dental appointment made and the outcome sent to the SW"],
                ["A10", "Jess Tarrant, family support worker, Jarrowby Family Hub",
                 "Sessions at home on a meal and bedtime routine for Corey and Lacey, with a routine chart on "
                 "the kitchen wall",
                 "Ongoing",
                 "Routine chart seen at SW visits; bedtimes written in the family diary every night"],
                ["A11", "Mrs Ruth Colley, DSL, St Wilfrid's",
                 "Check in with Corey every Monday morning, ask about his weekend and whether he had breakfast, "
                 "and pass any worry to the SW",
                 "Every Monday in term time; worries passed on the same day",
                 "DSL log of each check-in, emailed to the SW monthly"],
                ["A12", "Dr Anwar Hussain, GP, Foundry Lane Surgery",
                 "Review Shannon's sertraline and write to the SW about how her mood is affecting her care of "
                 "the children",
                 "By 01/08/2025",
                 "GP letter on the children's file"],
            ],
        }),
        ("p", "Distribution: Shannon Brannigan; Dale Pritt; all agencies invited to conference. Record approved "
              "by the chair on 10/07/2025."),
    ],
    "findings": [
        F("F002", "Shannon's mood lifts and she feels more able to cope day to day."),
        F("M001", "Complete a parenting assessment of Shannon and Dale"),
        F("W002", "Make sure Corey gets to school on time every day"),
        F("H001", "Support Shannon with her low mood and help her"),
        F("T002", "Clear the back bedroom and get Lacey a proper cot bed"),
        F("M002", "Offer Lacey breakfast on arrival and note what she eats"),
        F("W001", "Refer Corey to the school nurse for a dental check-up"),
        F("T002", "Sessions at home on a meal and bedtime routine"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes typed as numbered minutes (1 ... 10); only minute 10
#    is the action log, each item with Lead / Due / Done when lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_jessford_core_group_numbered_minutes_lead_due_donewhen_whitlock.txt",
    "split": "tune",
    "template": "core-group-minutes-txt-numbered-minutes-1-to-10-attendance-initials-agency-update-subminutes-views-outcomes-scaling-move-contingency-dates-then-action-log-last-bracket-refs-lead-due-done-when-lines",
    "description": (
        "Fourth core group minutes for a 13-year-old and a 5-year-old (domestic abuse from the mother's "
        "ex-partner, mother's drinking), typed as numbered minutes; only minute 10 is the action log, "
        "each item with Lead / Due / Done when lines. The family is moving to another council. Visits "
        "carry on to the transfer-in conference, but Mason's referral is held until the transfer (TBC); "
        "the IDVA row is 'ongoing' with 'engagement'; one item is led by 'Family network'; the dental "
        "check has no due date, the school place no lead, the school nurse's only measure is review at "
        "core group; the review conference is left for the other council to confirm."
    ),
    "text": """\
JESSFORD COUNTY COUNCIL
Children and Families Service - Child Protection Team (South)

CORE GROUP MEETING - MINUTES
==============================================================

Children:     Mason WHITLOCK, born 02/02/2012 (13) - Year 8, Jessford Academy
              Isla WHITLOCK, born 19/06/2020 (5) - Reception, Brookfield Infants
Plan:         Child protection plans since ICPC 22/04/2025 (emotional abuse)
Meeting:      Core group 4 - Thursday 10 July 2025, 9.30 to 11.00am
Venue:        Brookfield Infants, meeting room 1
Chair:        Priya Sandhu (PS), social worker
Minutes:      Dawn Keeling (DK), business support

Present:      Gemma Whitlock (GW), mother
              Priya Sandhu (PS), social worker
              Tom Ridley (TR), DSL, Jessford Academy
              Hannah Birch (HB), learning mentor, Brookfield Infants
              Sian Lowry (SL), IDVA, Jessford Domestic Abuse Service
              Nathan Pike (NP), recovery worker, Jessford Recovery Service
              Jo Fairley (JF), school nurse, Jessford 5-19 Team
Apologies:    PC Amir Hamid, Public Protection Unit (update sent by email)

1. WELCOME

1.1 PS welcomed everyone. This is likely to be the last core group held in
    Jessford, because Gemma, Mason and Isla are moving to Harnley in August.

2. LAST MONTH'S LOG (core group 3, 12 June 2025)

2.1 PS went through last month's log. Visits have happened every 10
    working days. Gemma started the Freedom Programme on 16 June. The
    children's dental appointments have still not been booked, and the
    school nurse has not yet seen Mason.

3. AGENCY UPDATES

3.1 Social care (PS). Gemma has kept Craig Dunn away from the family since
    the non-molestation order was made on 30 April. Craig rang her twice
    from a withheld number in June and she reported both calls to the
    police. The house is calm and tidy on visits.
3.2 Jessford Academy (TR). Mason's attendance is 93%. He has had two late
    detentions and told his tutor he is tired and gets headaches. TR said
    he would try to find Mason a place on the summer football camp.
3.3 Brookfield Infants (HB). Isla has her session with HB every Thursday.
    She is chatty and settled. She drew "the shouting house" and said
    "it's quiet now".
3.4 IDVA (SL). Gemma's DASH score has come down from 16 to 9. Her own
    safety plan was updated on 20 June.
3.5 Recovery service (NP). Gemma goes to the group every Tuesday. Five of
    her six breath tests were clear. On 17 June she blew 0.2 after a
    night out; the children were staying with her sister Kelly that
    night.
3.6 School nurse (JF). The referral for Mason arrived on 3 July.
3.7 Police (by email). No call-outs to the address since 30 April. Both
    of Gemma's reports about Craig's calls are logged.

4. MASON AND ISLA - WHAT THEY SAY AND HOW THEY ARE

4.1 Mason (seen on his own by PS at school on 7 July): "I don't want to
    move, all my mates are here." He said home is better "because there's
    no one kicking off", but he still keeps his phone on at night in case
    Mum needs him. He wants to keep playing for Jessford Juniors FC.
4.2 Isla (seen at home on 3 July and in school by HB): "Mummy doesn't cry
    now." She is excited about "the new house with stairs" and asked if
    her bunny can come.

5. WHAT WE WANT FOR MASON AND ISLA (from the conference plan)

5.1 Mason and Isla live in a home free from violence, shouting and
    threats, and Craig has no contact with them.
5.2 Mason no longer feels he has to look after his mum at night, and he
    sleeps well.
5.3 Isla and Mason are cared for by a sober adult every day.

6. SCALING

6.1 0 = Mason and Isla are not safe at home; 10 = safe enough for the plan
    to end. GW 8, PS 5, SL 6, TR 5, NP 6, HB 6. The worries holding the
    scores down are the lapse on 17 June, Craig's calls and the move.

7. THE MOVE TO HARNLEY

7.1 Gemma has a tenancy with Harnley Housing Association from 18 August
    2025 (12 Orchard Rise, Harnley). PS sent the transfer-in request to
    Harnley District Council Children's Services on 4 July. Harnley
    should hold a transfer-in conference within 15 working days of
    accepting the transfer.

8. CONTINGENCY (agreed at conference and confirmed today)

8.1 If Craig comes to the house or to either school, or contacts Gemma or
    the children, Gemma or the school will ring 999 and tell PS (or the
    Emergency Duty Team out of hours) the same day. PS will hold a
    strategy discussion that day.
8.2 If Gemma has been drinking while she has the children, or a breath
    test at the Recovery Service shows alcohol, Mason and Isla will stay
    with Kelly Marsh (Gemma's sister) in Gatley Road. If Kelly cannot have
    them, PS will arrange foster carers that day.
8.3 If Gemma lets Craig back into the home, or drinks while caring for the
    children again, PS will ask the team manager for a legal planning
    meeting within 5 working days.

9. NEXT MEETINGS

9.1 Next core group: Thursday 7 August 2025, 9.30am, Jessford Academy
    (every 4 weeks until the transfer-in conference).
9.2 Review child protection conference: not booked - to be confirmed by
    Harnley once they accept the transfer.

10. ACTION LOG

[10.1] Visit Mason and Isla at home and see each of them on their own
       Lead:       Priya Sandhu (SW)
       Due:        every 10 working days until Harnley's transfer-in conference
       Done when:  visit notes record what each child says, in their own words

[10.2] Isla's Thursday sessions with her learning mentor; log anything
       she says about home
       Lead:       Hannah Birch, Brookfield Infants
       Due:        every Thursday to the end of term (18 July 2025)
       Done when:  session log emailed to PS every fortnight

[10.3] Referral for Mason to a healthy relationships worker at the
       Jessford Young People's Service - held until the case transfers,
       Harnley to pick up
       Lead:       Priya Sandhu (SW)
       Due:        TBC after transfer
       Done when:  acceptance letter from the service on file

[10.4] Support Gemma to stay safe and to keep to her safety plan with
       the children
       Lead:       Sian Lowry (IDVA)
       Due:        ongoing
       Done when:  engagement with the service

[10.5] Breath test at each group and a written update for every core
       group on Gemma's drinking and what it means for Mason and Isla
       Lead:       Nathan Pike, Jessford Recovery Service
       Due:        weekly; update before each core group
       Done when:  test results and NP's written update read at core group

[10.6] Make sure Craig does not come to the house or near the children
       Lead:       Family network
       Due:        same day if he is seen
       Done when:  every sighting reported to PS and logged on the file

[10.7] Dental check-ups for Isla and Mason at Wellgate Dental Practice
       Lead:       Gemma Whitlock
       Due:
       Done when:  dentist's letter seen by PS

[10.8] Sort out Mason's Year 9 school place in Harnley for September
       Lead:
       Due:        by 29 August 2025
       Done when:  written offer from the Harnley school, copy to PS

[10.9] See Mason about his sleep and his headaches
       Lead:       Jo Fairley (school nurse)
       Due:        by 25 July 2025
       Done when:  reviewed at next core group

[10.10] Send Harnley the transfer pack (plan, chronology, agency reports)
        Lead:       Priya Sandhu (SW)
        Due:        by 1 August 2025
        Done when:  Harnley confirm by email that the pack has arrived

Minutes typed 11/07/2025 (DK) and checked by PS. Copies to all present and
to PC Amir Hamid.
""",
    "findings": [
        F("X001", "Referral for Mason to a healthy relationships worker"),
        F("T002", "Referral for Mason to a healthy relationships worker"),
        F("T002", "Support Gemma to stay safe and to keep to"),
        F("M002", "Support Gemma to stay safe and to keep to"),
        F("W002", "Make sure Craig does not come to the house"),
        F("T001", "Dental check-ups for Isla and Mason at Wellgate Dental"),
        F("W001", "Sort out Mason's Year 9 school place in Harnley"),
        F("M002", "See Mason about his sleep and his headaches"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Letter after conference to parents with learning disabilities, short
#    sentences, second person; "What the plan asks you to do" and "What we
#    will do" bullets (each bullet of short sentences is one action). PDF
#    with a header and a page footer on every page.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_jolbrook_easy_words_letter_you_we_hendry.pdf",
    "doc_title": "Your plan for Kayden - letter to Kayleigh and Dean",
    "split": "tune",
    "template": "sw-letter-to-parents-with-learning-disabilities-paged-short-sentences-second-person-plain-question-headings-what-the-plan-asks-you-to-do-and-what-we-will-do-bullets-of-short-sentences",
    "description": (
        "A social worker's letter in short sentences to parents with learning disabilities after the "
        "initial conference for their 4-month-old son (neglect: weak feeds, weight loss, a cold room). "
        "Each bullet under 'What the plan asks you to do' and 'What we will do' is one action. Most are "
        "clear, but the clinic visit is 'when you can', the baby group has no measure, 'everyone who "
        "works with you will keep an eye on' his weight, and an adult social care worker 'will be asked' "
        "to help 'when one is free'. The contingency only promises another meeting; a separate "
        "paragraph names the legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE | Jolbrook Council Children's Services | Family Safeguarding Team",
    "footer": "Your plan for Kayden – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 12,
    "blocks": [
        ("pr", "Jolbrook Council"),
        ("pr", "Children's Services – Family Safeguarding Team"),
        ("pr", "Beacon House, 3 Tanner Street, Jolbrook"),
        ("pr", "15 July 2025"),
        ("p", ""),
        ("pl", "Kayleigh Hendry and Dean Pollard"),
        ("pl", "Flat 6, Juniper Court"),
        ("pl", "Jolbrook"),
        ("p", ""),
        ("p", "Dear Kayleigh and Dean,"),
        ("p", "This letter is about the meeting on 10 July. The meeting was about Kayden."),
        ("p", "I have used short sentences. Rhiannon, your learning disability nurse, helped me write it. "
              "I will read it with you when I visit on Friday."),
        ("h2", "What the meeting decided"),
        ("p", "Kayden now has a child protection plan."),
        ("p", "This is because we are worried Kayden is not getting all the care a baby needs. The word for "
              "this is neglect."),
        ("p", "The plan is a list of jobs. Some jobs are for you. Some jobs are for us."),
        ("h2", "Why we are worried"),
        ("bullets", [
            "Kayden has lost weight. In June he dropped from the 25th line to the 9th line on his growth "
            "chart.",
            "His bottles were made too weak. There was too much water and not enough milk powder.",
            "He had a very sore nappy rash when Amy visited on 30 June.",
            "Kayden's bedroom is cold. The heater does not work.",
        ]),
        ("h2", "What is going well"),
        ("bullets", [
            "You both love Kayden very much. We can see that.",
            "You have come to every appointment.",
            "You asked Amy for help with the bottles. That was the right thing to do.",
            "Kayleigh's mum, Sue, comes round most days. She is kind and gentle with Kayden.",
        ]),
        ("h2", "What Kayden shows us"),
        ("p", "Kayden is 4 months old. He cannot tell us what he thinks. So we watch him."),
        ("p", "He smiles when Dean sings to him. He follows Kayleigh with his eyes. When he is hungry he "
              "cries hard and sucks his fists. On 30 June he cried when his nappy was changed, because his "
              "skin was sore. He sleeps best on his back in his Moses basket."),
        ("h2", "What we want for Kayden"),
        ("bullets", [
            "Kayden has the right amount of milk at every feed and grows well.",
            "Kayden's skin is clean and not sore.",
            "Kayden sleeps safely in a warm room.",
            "Kayden has parents who know what to do, and who to ask when they are not sure.",
        ]),
        ("h2", "What the plan asks you to do"),
        ("bullets", [
            "Make Kayden's bottles the way Amy showed you. Use one scoop of milk powder for every 30ml of "
            "water. Do this at every feed, day and night. Write every feed on the feed chart on your fridge.",
            "Take Kayden to the baby clinic at Jolbrook Health Centre to be weighed when you can. The nurse "
            "will write his weight in his red book.",
            "Change Kayden's nappy at every feed. Use the cream from the chemist. Amy will look at his skin "
            "at each visit and write down if it is sore.",
            "Go to the Little Acorns baby group on Tuesday mornings. It is at the Family Hub on Kirk Lane. "
            "You can meet other parents there.",
            "Dean, please go to the Dads' Group at the Family Hub. It is on Thursdays at 6pm, for 8 weeks, "
            "from 17 July. Karl runs the group. He will tell me each week if you went.",
        ]),
        ("h2", "What we will do"),
        ("bullets", [
            "I will visit you at home every week. One visit each month will be a surprise visit. I will see "
            "Kayden awake, look at his feed chart and see where he sleeps. I will write down what I see in "
            "my visit notes.",
            "Amy Rudd, your health visitor, will visit every week until Kayden is back on his growth line. "
            "She will weigh him each time. She will write his weight in the red book.",
            "Everyone who works with you will keep an eye on Kayden's weight.",
            "A support worker from Adult Social Care will be asked to help you with money and bills when "
            "one is free.",
            "Rhiannon Shaw, your learning disability nurse, will meet you and me by 1 August. She will tell "
            "me the best way to explain things to you. She will write this down and send it to everyone in "
            "the plan.",
            "Jolbrook Homes will mend the heater in Kayden's room by 25 July. I will check it is working at "
            "my next visit and write it in my notes.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If things get worse for Kayden, we will have another meeting. We will talk about what to do "
              "next."),
        ("h2", "Meetings"),
        ("p", "The core group is a smaller meeting. You, me, Amy and Rhiannon go to it. It will meet every 4 "
              "weeks. The dates are 29 July, 26 August and 23 September 2025. The meetings are at the Family "
              "Hub on Kirk Lane at 10am."),
        ("p", "The next big meeting is the review child protection conference. It is on 7 October 2025 at "
              "1.30pm at Beacon House."),
        ("h2", "If things do not change"),
        ("p", "If Kayden is not putting on weight by the core group on 26 August, I will ask my manager for a "
              "legal planning meeting. This is a meeting with the council's lawyers. It helps us decide what "
              "to do next. I will tell you if this happens."),
        ("p", "Please ring me if you do not understand something. My number is 01632 960418."),
        ("p", "Yours sincerely,"),
        ("p", "Sam Whitfield"),
        ("pl", "Social Worker, Family Safeguarding Team"),
        ("pl", "Copy to: Amy Rudd (health visitor); Rhiannon Shaw (Jolbrook Community Learning Disability Team)"),
    ],
    "findings": [
        F("T002", "Take Kayden to the baby clinic at Jolbrook Health Centre"),
        F("M001", "Go to the Little Acorns baby group on Tuesday mornings"),
        F("W002", "Everyone who works with you will keep an eye on"),
        F("T001", "Everyone who works with you will keep an eye on"),
        F("M002", "Everyone who works with you will keep an eye on"),
        F("W001", "A support worker from Adult Social Care will be asked"),
        F("T002", "A support worker from Adult Social Care will be asked"),
        F("M001", "A support worker from Adult Social Care will be asked"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A child's own plan of "promise cards" (Promise from / What / When /
#    How you'll know), written to a 9-year-old. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_juxley_childs_promise_cards_farrant.md",
    "split": "tune",
    "template": "child-own-plan-md-promise-cards-one-h3-card-per-grown-up-promise-from-what-when-how-youll-know-lines-in-one-paragraph-then-what-if-and-grown-ups-meetings",
    "description": (
        "Exemplary child's own version of the child protection plan for a 9-year-old (mother's drinking, "
        "neglect), set out as promise cards from each grown-up with What / When / How you'll know lines. "
        "Every card has an owner, a timescale and something Niamh or the grown-ups can see; the recovery "
        "service reports on whether change will last and the GP owns a card; the 'what if' has specific "
        "triggers, Grandad, a back-up if Grandad can't, and foster carers; core group and review dates "
        "and the legal planning meeting are given in her words."
    ),
    "text": """\
# Niamh's promise cards

**This is Niamh's own copy of her child protection plan.** Ollie (Niamh's social worker at
Juxley Borough Council) made it with Niamh at school on 3 July 2025, after the child protection
conference on 24 June 2025. Niamh chose the card colours and checked every word. The grown-ups'
copy says the same things in longer words.

## About me

My name is Niamh Farrant and I am 9. I am in Year 4 at Juxley Juniors. I live with my mum, Louise,
at 18 Cobbler's Walk. My grandad Len lives round the corner on Tanyard Row. I like gymnastics,
drawing horses and my cat, Biscuit.

## Why there is a plan

The grown-ups are worried because Mum has been drinking too much wine, mostly in the evenings.
Some nights she fell asleep on the sofa and I made my own tea and put myself to bed. One night in
May I couldn't wake her up and I rang Grandad. Sometimes there wasn't food for my packed lunch and
I was late for school. The grown-ups want to make sure there is always a grown-up who is awake and
sober looking after me.

## What I told Ollie

"I love Mum loads. When she drinks she goes all floppy and doesn't listen and I get scared she
won't wake up. I don't like making my own tea because I'm only allowed to use the toaster. I like
Mondays and Wednesdays best because I go to Grandad's and we do the crossword." I said home was a
4 out of 10 in May and a 6 now, "because Mum's trying really hard". I want to go back to
gymnastics on Saturdays.

## What I want

- I want Mum to be awake and not drunk every evening, so she can do tea and bedtime.
- I want to have my packed lunch and get to school on time every day.
- I want to go back to gymnastics and still see Grandad every week.
- I want to stop worrying about Mum when I'm in bed.

## My promise cards

### Card 1 - from Mum

**Promise from:** Mum (Louise Farrant)
**What:** I won't drink any alcohol on the days I look after you. I'll blow into the breath tester
that Jen gave me while you watch, so you can see it's a zero.
**When:** Every evening at 6 o'clock, starting from 24 June 2025.
**How you'll know:** You'll see the zero on the screen. The tester saves every reading and Jen
checks them every Friday.

### Card 2 - from Jen at the Recovery Service

**Promise from:** Jen Asante, recovery worker, Juxley Recovery Service
**What:** I'll see your mum every week, do a breath test with her, and help her stay off drink. Before
every grown-ups' meeting I'll write a letter saying whether Mum is keeping off drink, whether I think
she can keep it up, and what that means for looking after you.
**When:** Every Friday morning, and a letter before every core group meeting.
**How you'll know:** My letter is read out at every core group, and Ollie will tell you what it said.

### Card 3 - from Grandad Len

**Promise from:** Grandad Len (Leonard Farrant)
**What:** I'll pick you up from school, give you your tea at mine and walk you home to Mum at 6.30pm.
**When:** Every Monday and Wednesday, 3.15pm to 6.30pm.
**How you'll know:** I'll sign the pick-up book in the school office, and you'll have had your tea
before you go home.

### Card 4 - from Mum and Ollie

**Promise from:** Mum, with Ollie's help
**What:** Mum will book you back into Saturday gymnastics at the Juxley Leisure Centre, and Ollie will
sort out the money for the term from the council's family support fund.
**When:** Booked by 19 July 2025, so you start on the first Saturday of September.
**How you'll know:** You'll have your new leotard, and your name will be on the club's register on
6 September.

### Card 5 - from Ollie, your social worker

**Promise from:** Ollie Grant, social worker
**What:** I'll come and see you, sometimes at home and sometimes at school, and talk to you on your own.
I'll look in the fridge and the cupboards and check your bedroom.
**When:** Every 2 weeks. At least one visit a month will be a surprise.
**How you'll know:** I'll write down what you tell me in your own words, and read it back to you so you
can check I got it right.

### Card 6 - from Mr Patel at school

**Promise from:** Mr Dev Patel, learning mentor, Juxley Juniors
**What:** I'll have "worry time" with you, check you've got your packed lunch, and tell Ollie straight
away if you're worried about home.
**When:** Every Tuesday at 10.30am in term time, and the same day if you tell me something.
**How you'll know:** I write in my worry-time book each week, and I'll tell you when I've rung Ollie.

### Card 7 - from Dr Shah

**Promise from:** Dr Amira Shah, GP, Tanyard Surgery
**What:** I'll do a blood test to check how Mum's liver is after the drinking, and talk to her about
staying off alcohol so she is well enough to look after you.
**When:** By 31 July 2025.
**How you'll know:** I'll send a letter with the results to Ollie and Jen, and Ollie will tell you
that it came.

## What if...

**...Mum has been drinking?** If Mum smells of drink, falls asleep and you can't wake her, or the
breath tester shows anything that isn't zero, you (or whoever notices) ring Grandad Len. He will
come and get you straight away and you'll stay at his house. Ollie (or the out-of-hours social
worker) will be told that night and will hold a safety meeting with the police and school the same
day, called a strategy discussion.

**...Grandad can't come?** If Grandad is poorly, away or can't get there, you'll go to the Owl Club
after school until 5.30pm, and Ollie will arrange for you to stay that night with Pam and Rob, the
foster carers you met in June. You won't be left at home with Mum if she's been drinking.

**...Grandad can't do Monday or Wednesday?** He'll ring the school office by 12 o'clock. You'll go to
the Owl Club until Mum collects you at 5.30pm, and Ollie checks the Owl Club register.

## When the grown-ups meet

- The core group (the smaller meeting) meets every 4 weeks at Juxley Juniors: 22 July, 19 August and
  16 September 2025, at 3.30pm.
- The big meeting (the review child protection conference) is on 30 September 2025 at 10am at Juxley
  Town Hall. You can come for part of it, or tell Ollie what to say for you.
- If Mum is still drinking when she looks after you by the core group on 19 August, Ollie will ask his
  manager for a legal planning meeting. That is a meeting with the council's lawyers, who help decide
  whether you need to stay somewhere else while Mum gets better.

*Made by Niamh and Ollie, 3 July 2025. Niamh has a copy in her school bag and Mum has one on the fridge.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety plan: danger statements, safety goals, three houses,
#    scaling table, then a Who / What / When next-steps table with the
#    measure (if any) inside the What cell (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_jennerton_sos_danger_goals_scaling_who_what_when_merriman.md",
    "split": "tune",
    "template": "signs-of-safety-md-danger-statements-safety-goals-working-well-three-houses-wizard-scaling-table-then-who-what-when-next-steps-table-measure-inside-what-cell-then-if-kyle-comes-back",
    "description": (
        "Signs of Safety child protection plan for an 11-year-old and a 6-year-old (domestic abuse from "
        "the mother's ex-partner; mother's anxiety keeps her in bed), mapped with the family network. "
        "Danger statements, safety goals, the children's three houses, a scaling table, then a Who / "
        "What / When table with no measure column: most rows carry their check in the What cell. One "
        "row is owned by 'Family network' 'as and when' with no check, the talking-therapies counselling "
        "only treats Becky and has no measure, school will 'keep an eye on' the children, and the "
        "contingency sends the children to Nan with nothing said if Nan can't."
    ),
    "text": """\
# Signs of Safety Child Protection Plan

**Jennerton City Council - Children's Social Work Service**

| About the family | |
|---|---|
| Children | Poppy Merriman (11), Year 6, Jennerton Primary; Jack Merriman (6), Year 1, Jennerton Primary |
| Home | 31 Larch Avenue, Jennerton |
| Mum | Becky Merriman (34) |
| Becky's ex-partner | Kyle Dawson (not the children's father); non-molestation order to 24/06/2026 |
| Children's dad | Lee Merriman, lives in Cornwall, no contact since 2021 |
| Network | Pat Merriman (Nan, Becky's mum), Louise Carter (Auntie Lou, Becky's friend) |
| Plan agreed | Initial child protection conference 01/07/2025 (emotional abuse); mapped with Becky, Nan Pat and Auntie Lou on 08/07/2025 |
| Social worker | Chloe Adeyemi, Jennerton Safeguarding Team 2 |

## Danger statements

Chloe (social worker), Jennerton Primary and Jennerton Police are worried that Poppy and Jack could
be badly hurt, and will go on being frightened at home, if Kyle comes back to the house and becomes
violent to Becky again, like on 21 June 2025 when he pushed Becky through the glass in the back
door while Jack was in the kitchen and Poppy rang 999.

We are also worried that when Becky's anxiety is very bad she stays in bed all day, and Poppy has to
get Jack up, give him breakfast and take him to school, and misses her own lessons and her friends.

## Safety goals

Children's Services will be confident enough to close the child protection plan when, for at least
three months:

- Poppy and Jack live in a home that Kyle does not come to, where no one shouts, hits or smashes things.
- Poppy and Jack are got up, fed and taken to school every day by an adult, not by Poppy.
- Poppy and Jack each know who to ring if Kyle comes, and have a safe adult to go to.

## What's working well

- Becky called the police herself when Kyle rang from a new number on 3 July, and took out the order.
- Nan Pat has had the children after school twice a week since June, and they love going.
- Poppy knows how to ring 999 and gave the operator her address clearly on 21 June.
- Both children are well cared for when Becky is well: clean, fed, and Jack's reading has come on.

## What Poppy and Jack say

Poppy (three houses, with Chloe at school, 4 July 2025). **House of worries:** "Kyle smashing the
door. Mum crying in bed and not getting up. Having to do Jack's breakfast and being late." **House
of good things:** "Nan's house, Guides, my cat Pickle, when Mum does pancakes." **House of dreams:**
"Mum happy and Kyle in prison, and me not having to be the mum."

Jack (wizard and fairy, at home, 7 July 2025) asked the wizard to "make the door not broken" and
"make Kyle go away forever". He told Chloe he hides behind the sofa "when it's shouty" and that Nan
makes "the best fish fingers".

## Scaling

0 means the children are not safe at home and Children's Services need to act now; 10 means they are
safe enough for the plan to end.

| Person | Score | Why |
|---|---|---|
| Becky | 7 | "Kyle's gone and I've got the order. It's my anxiety that's the problem now." |
| Nan Pat | 5 | Worried Becky will let Kyle back "if he turns on the charm". |
| Chloe (SW) | 3 | Kyle has broken the order by phone once; Poppy is still caring for Jack on bad days. |
| Mr Ince (school) | 4 | Poppy late 6 times in June; both children calmer since Kyle left. |

## Next steps: who will do what, and when

| Who | What | When |
|---|---|---|
| Chloe Adeyemi, social worker | Visit at home and see Poppy and Jack on their own; go over their words for what to do if Kyle comes, and write what they say in the visit record | Every 2 weeks, one visit a month unannounced |
| Becky | Do not let Kyle into the house or meet him with the children, and ring 999 if he comes; the police call logs are shared with Chloe | Every day, from 1 July 2025 |
| Nan Pat | Have Poppy and Jack after school and give them their tea; write each visit in the network book, which Chloe reads at every visit | Every Tuesday and Thursday, 3.15pm to 7pm |
| Auntie Lou | Take Poppy to Guides and bring her home; write it in the network book | Every Wednesday, 6pm to 8pm |
| Family network | Make sure Becky is never on her own with Kyle when the children are around | As and when |
| Sam Lowe, counsellor, Jennerton Talking Therapies | Eight sessions of counselling for Becky's anxiety | Weekly from 14 July 2025 |
| Mel Hart, IDVA, Jennerton Domestic Abuse Service | Go through Becky's own safety plan with her and repeat the DASH risk checklist; send the DASH score to Chloe | By 18 July 2025, then monthly |
| Mr Rob Ince, DSL, Jennerton Primary | Keep an eye on Poppy and Jack in school | Daily |
| PC Dev Anand, Jennerton Police DA Unit | Put a flag on the address so any 999 call from it gets an urgent response, and confirm the flag to Chloe in writing | By 11 July 2025 |
| Dr Eleri Price, GP, Millgate Surgery | See Becky about her anxiety and her medication, and write to Chloe about how her mood is affecting her care of Poppy and Jack | By 25 July 2025 |
| Becky | Go to the Freedom Programme at Jennerton Women's Centre; the centre sends Chloe the attendance sheet each month | Every Monday morning for 12 weeks from 14 July 2025 |

## If Kyle comes back, or things go wrong

If Kyle comes to the house, contacts Becky or the children, or Becky lets him in, Becky (or Poppy)
will ring 999. Becky will take Poppy and Jack to Nan Pat's house at 14 Aldgate Close and they will
stay there until Chloe says it is safe to go home. Chloe (or the emergency duty team out of hours)
will hold a strategy discussion the same day.

If Becky cannot get out of bed in the morning, Poppy will ring Nan Pat, who will come round, get Jack
ready and take both children to school. Nan will tell Chloe the same day.

## Meetings and review

- Core group every 4 weeks at Jennerton Primary, 3.30pm: 22 July, 19 August and 16 September 2025.
- Review child protection conference: 30 September 2025, 10am, Jennerton Civic Centre.
- If Becky lets Kyle back into the home, or Poppy is still getting Jack to school on her own by the
  core group on 19 August, Chloe will ask her team manager for a legal planning meeting within 5
  working days.

*Mapped with the family on 08/07/2025 and typed up by Chloe Adeyemi, 09/07/2025.*
""",
    "findings": [
        F("W002", "Make sure Becky is never on her own with Kyle"),
        F("T002", "Make sure Becky is never on her own with Kyle"),
        F("M001", "Make sure Becky is never on her own with Kyle"),
        F("H001", "Eight sessions of counselling for Becky's anxiety"),
        F("M001", "Eight sessions of counselling for Becky's anxiety"),
        F("M002", "Keep an eye on Poppy and Jack in school"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan: one Who / What will happen / When / How we'll know
#    table per stage (now to 36 weeks, 36 weeks to birth, on the ward, first
#    eight weeks at home), then a "Who is who" contact table. PDF with a
#    header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_jedmoor_prebirth_stage_tables_who_is_who_barraclough.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Barraclough-Steele",
    "split": "tune",
    "template": "prebirth-plan-paged-why-going-well-babys-world-outcomes-then-one-who-what-when-how-well-know-table-per-stage-36-weeks-ward-first-eight-weeks-then-if-things-go-wrong-meetings-and-who-is-who-contact-table",
    "description": (
        "Exemplary pre-birth plan for the first baby of a mother with bipolar disorder who stopped her "
        "lithium in pregnancy (cold flat, nothing ready, father away two nights a week). One table per "
        "stage, each row with who, what, when and how we'll know; the perinatal psychiatrist assesses "
        "relapse risk and capacity, the CPN reports change to every core group and the GP owns checks; "
        "the great-aunt's nights after discharge have a fallback; core group and review dates, a legal "
        "planning meeting, and a 'who is who' contact table at the end."
    ),
    "header": "Jedmoor City Council and Jedmoor Teaching Hospitals NHS Trust – Pre-birth Plan – OFFICIAL-SENSITIVE",
    "footer": "Baby Barraclough-Steele (due 02/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Agreed at the pre-birth initial child protection conference on 30 July 2025. The plan is set "
              "out stage by stage, from now until the baby is eight weeks old. Everyone's contact details are "
              "in the 'Who is who' table at the end."),
        ("kv", [
            ("Unborn baby", "Due 02/10/2025. Jodie was 31 weeks pregnant at conference."),
            ("Mother", "Jodie Barraclough (24)"),
            ("Father", "Aaron Steele (27), lives with Jodie"),
            ("Address", "9 Wharf Mill Apartments, Canal Street, Jedmoor"),
            ("Category", "Neglect (likely significant harm after birth)"),
            ("Social worker", "Farah Qureshi, Jedmoor Pre-birth and Infant Team"),
            ("Conference chair", "Martin Cole, Independent Reviewing and Conference Service"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Jodie has bipolar affective disorder. In March 2023 she spent five weeks on Larkfield Ward "
              "after a manic episode in which she did not sleep for several days. When she found out she was "
              "pregnant in February 2025 she stopped her lithium on her own. The perinatal psychiatrist "
              "started her on a different mood stabiliser in May, which Jodie says she takes \"most days\". "
              "The risk of Jodie becoming unwell in the first weeks after the birth is high."),
        ("p", "Aaron drives long-distance lorries and is away two nights most weeks. The flat's boiler has been "
              "broken since June and there is nothing ready for the baby: no cot, car seat or clothes. Jodie "
              "has little contact with her own family apart from her great-aunt, Carol Barraclough."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jodie has been to every antenatal appointment since 16 weeks and every perinatal clinic.",
            "Jodie and Aaron both talk about the baby with excitement and want to learn how to care for them.",
            "Jodie can describe her own early warning signs: sleeping less, talking fast and spending money.",
            "Carol is a retired nursery nurse who has offered to stay for the first two weeks.",
        ]),
        ("h1", "The baby's world now"),
        ("p", "The baby cannot tell us anything yet, so we have written down what we know of the baby's world. "
              "The 28-week scan showed a baby growing well, on the 50th centile. Jodie says the baby kicks most "
              "at night \"when I'm lying awake\"; she has had some nights with only two or three hours' sleep. "
              "Jodie talks to her bump and Aaron plays it music in the evenings. When Farah visited on 22 July "
              "the flat was 14°C and there was nowhere yet for a baby to sleep."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home with parents who can feed, settle and keep them safe, day "
            "and night.",
            "The baby comes home to a warm flat, with a cot in the parents' bedroom and everything needed from "
            "the first day.",
            "The baby is always cared for by an adult who is well, awake and able to respond, including if "
            "Jodie becomes unwell after the birth.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("h2", "Stage 1 – Now until 36 weeks (to 4 September 2025)"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.0, 4.2],
            "rows": [
                ["Hannah Roe, safeguarding midwife",
                 "Antenatal checks, including blood pressure, the baby's growth and how Jodie is sleeping",
                 "Every 2 weeks until 36 weeks",
                 "Each appointment recorded in the maternity notes and a summary emailed to Farah"],
                ["Dr Kwame Boateng, perinatal psychiatrist, Jedmoor Perinatal Mental Health Service",
                 "See Jodie, agree her medication for late pregnancy and after the birth, and assess her risk "
                 "of relapse and her capacity to stay well and care for the baby",
                 "Clinic on 12/08/2025; written assessment by 29/08/2025",
                 "Written assessment shared with the core group and used at the 36-week planning meeting"],
                ["Gail Harrop, CPN, Jedmoor Perinatal Mental Health Service",
                 "Home visits to check Jodie's mood, sleep and medication, and report on whether she is making "
                 "the changes needed to care safely for the baby",
                 "Weekly; written update before each core group",
                 "Written update at every core group with her mood score, medication taken and any early "
                 "warning signs"],
                ["Farah Qureshi, social worker",
                 "Pre-birth parenting assessment of Jodie and Aaron, including night-time care, Aaron's time "
                 "away and who will help",
                 "Report by 19/09/2025",
                 "Assessment report shared with Jodie, Aaron and the core group before the birth"],
                ["Sean Walsh, repairs officer, Jedmoor Homes",
                 "Repair or replace the boiler at 9 Wharf Mill Apartments",
                 "By 29/08/2025",
                 "Gas engineer's job sheet sent to Farah; flat at 18°C or warmer at her next visit"],
                ["Jodie and Aaron",
                 "Get a cot, mattress, car seat and baby clothes (Farah has applied to the Jedmoor Baby Bank), "
                 "and set the cot up in their bedroom",
                 "By 12/09/2025",
                 "Cot, mattress and car seat seen set up by Farah at a home visit"],
            ],
        }),
        ("h2", "Stage 2 – 36 weeks until the birth"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.0, 4.2],
            "rows": [
                ["Farah Qureshi, social worker",
                 "Hold a birth planning meeting with Jodie, Aaron, Carol, Hannah and Gail to agree who does "
                 "the night feeds and what happens if Jodie becomes unwell",
                 "By 11/09/2025",
                 "Written birth and discharge agreement signed by Jodie, Aaron and Carol and copied to the "
                 "maternity ward"],
                ["Hannah Roe, safeguarding midwife",
                 "Put the birth plan and this child protection plan on the maternity record so the labour "
                 "ward and postnatal ward know what is agreed",
                 "By 36 weeks (04/09/2025)",
                 "Alert visible on the maternity record; Hannah confirms this to Farah by email"],
                ["Carol Barraclough (great-aunt)",
                 "Meet Farah to go through the plan and agree to stay at the flat for the first 14 nights "
                 "after discharge",
                 "By 11/09/2025",
                 "Signed network agreement on the baby's file"],
                ["Aaron Steele",
                 "Book two weeks' paternity leave from the day of discharge and tell his employer he cannot "
                 "work nights in that time",
                 "By 12/09/2025",
                 "Letter from Aaron's employer confirming the leave, copied to Farah"],
            ],
        }),
        ("h2", "Stage 3 – On the maternity ward"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.0, 4.2],
            "rows": [
                ["Ellen Price, ward manager, Jedmoor General postnatal ward, with her midwives",
                 "Watch and record how Jodie and Aaron feed, handle and settle the baby, and how Jodie is "
                 "sleeping",
                 "Every shift until discharge",
                 "Observations in the maternity notes; written summary to Farah before discharge"],
                ["Gail Harrop, CPN",
                 "See Jodie on the ward, check her mood, sleep and medication, and advise the discharge "
                 "meeting whether she is well enough to go home",
                 "Within 48 hours of the birth",
                 "Written note to Farah and the ward before the discharge meeting"],
                ["Farah Qureshi, social worker",
                 "Visit Jodie, Aaron and the baby on the ward, then chair the discharge planning meeting",
                 "Visit within 1 working day of the birth; meeting before discharge",
                 "Discharge plan written and sent to everyone in the 'Who is who' table on the day"],
            ],
        }),
        ("h2", "Stage 4 – The first eight weeks at home"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.0, 4.2],
            "rows": [
                ["Carol Barraclough (great-aunt)",
                 "Stay at the flat every night and do the 2am feed so that Jodie can sleep",
                 "The first 14 nights after discharge",
                 "Feed and sleep chart signed by Carol each morning and seen by the HV and SW"],
                ["Aaron Steele",
                 "Do the evening and early-morning feeds and bath the baby",
                 "Every day during his two weeks' leave, then on every night he is at home",
                 "Feed chart shows Aaron's feeds; HV sees him bath the baby at one visit"],
                ["Nadia Brook, health visitor",
                 "New birth visit, then weigh the baby and check feeding, sleep position and Jodie's mood",
                 "New birth visit by day 14; then weekly until 8 weeks",
                 "Weights in the red book on or above the birth centile; visit summary emailed to Farah"],
                ["Farah Qureshi, social worker",
                 "Home visits to see the baby awake, where the baby sleeps and how the parents are managing",
                 "Weekly, one visit each fortnight unannounced",
                 "Visit records note the baby's care, sleep space and the feed chart"],
                ["Gail Harrop, CPN",
                 "Home visits to Jodie, checking her early warning signs, and reporting whether she is "
                 "keeping well enough to care for the baby",
                 "Weekly until 8 weeks; update before each core group",
                 "Written update at every core group, with her mood score and any warning signs"],
                ["Dr Helen Marsh, GP, Canal Street Medical Centre",
                 "Jodie's 6-week postnatal check, including her mood and medication, and the baby's "
                 "6-to-8-week check",
                 "By 8 weeks after the birth",
                 "GP letter to Farah and Gail with the results of both checks"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jodie shows her early warning signs (two nights in a row with little or no sleep, talking very "
              "fast, or stopping her medication), anyone who notices will ring Gail or the perinatal crisis "
              "line the same day and tell Farah (or the emergency duty team out of hours). Gail will arrange a "
              "crisis assessment that day, and Farah will hold a strategy discussion the same day. The baby "
              "will not be left alone with Jodie until she has been assessed: Aaron or Carol will care for "
              "the baby."),
        ("p", "If Carol cannot stay for any night in the first two weeks, or Aaron is called away, and there is "
              "no well adult to care for the baby overnight, Farah (or the emergency duty team) will arrange "
              "that same day for Jodie and the baby to stay at Meadowbank parent and baby foster placement, or "
              "for the baby to stay with approved foster carers if Jodie is too unwell."),
        ("h1", "Meetings and review"),
        ("bullets", [
            "Core group every 4 weeks, first on 13/08/2025, then 10/09/2025 and 08/10/2025, 10am at Jedmoor "
            "Family Hub. An extra core group will be held within 5 working days of discharge.",
            "Review child protection conference: 23/10/2025, 1.30pm, Jedmoor Civic Offices.",
            "If Jodie stops her medication and will not see the perinatal team before 36 weeks, or the "
            "discharge plan cannot be agreed, Farah will ask the team manager for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("h1", "Who is who"),
        ("table", {
            "header": ["Name", "Who they are", "How to contact them"],
            "widths": [4.0, 7.5, 5.5],
            "rows": [
                ["Jodie Barraclough", "Mum", "07700 900214"],
                ["Aaron Steele", "Dad", "07700 900387"],
                ["Carol Barraclough", "Jodie's great-aunt, staying the first 14 nights", "07700 900652"],
                ["Farah Qureshi", "Social worker, Jedmoor Pre-birth and Infant Team", "01632 960127"],
                ["Hannah Roe", "Safeguarding midwife, Jedmoor Teaching Hospitals", "01632 960803"],
                ["Dr Kwame Boateng", "Perinatal psychiatrist, Jedmoor Perinatal Mental Health Service",
                 "via clinic: 01632 960550"],
                ["Gail Harrop", "CPN, Jedmoor Perinatal Mental Health Service", "01632 960551"],
                ["Nadia Brook", "Health visitor, Canal Street 0-19 Team", "01632 960292"],
                ["Dr Helen Marsh", "GP, Canal Street Medical Centre", "01632 960745"],
                ["Perinatal crisis line", "24 hours", "01632 960999"],
                ["Emergency duty team", "Out of hours social work", "01632 960000"],
            ],
        }),
        ("p", "Plan agreed by the conference chair, Martin Cole, on 31/07/2025 and sent to everyone in the "
              "'Who is who' table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan, landscape: outcome column merged down its rows,
#    then "Progress at review" before the next step, who, by when and how
#    we'll know. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b43_juniperton_rcpc_progress_at_review_merged_outcome_lindqvist.docx",
    "doc_title": "Review Child Protection Plan - Leo and Sofia Lindqvist",
    "split": "tune",
    "template": "rcpc-plan-docx-landscape-outcome-merged-down-then-progress-at-review-column-before-what-happens-next-who-by-when-how-well-know",
    "description": (
        "Exemplary plan from a first review conference for a 9-year-old hit with a belt by his father "
        "and his 14-year-old sister who self-harms. Landscape table: each outcome merged down its rows, "
        "then 'Progress at review' beside the next step, who, by when and how we'll know. No parental "
        "illness or substance misuse (stated as a negation); CAMHS reviews the girl's risk; specific "
        "contingency with a named relative and a foster fallback; core group and review dates; legal "
        "planning meeting if the father does not complete his programme or the boy is hurt."
    ),
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Juniperton District Council · Children and Families · Conference and Review Service"),
        ("kv", [
            ("Children", "Leo Lindqvist, born 29/01/2016 (9), Year 4, Juniperton Primary; "
                         "Sofia Lindqvist, born 10/11/2010 (14), Year 10 from September, Juniperton Academy"),
            ("Parents", "Hanna Lindqvist and Marcus Lindqvist, 6 Weaver's Yard, Juniperton"),
            ("Initial conference", "10/04/2025 – category physical abuse (Leo) and emotional abuse (Sofia)"),
            ("This review", "First review child protection conference, 03/07/2025"),
            ("Decision", "Both children remain subject to child protection plans"),
            ("Conference chair", "Gwen Adair"),
            ("Social worker", "Beatriz Santos, Juniperton Safeguarding Team 1"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "On 24 March 2025 Leo came to school with two red marks across the backs of his legs. He told his "
              "teacher that his dad had hit him with a belt because he would not turn off his tablet. Marcus "
              "accepted this in the police interview and received a caution. At the same time Sofia told her "
              "form tutor that she had been cutting her arms \"when the shouting gets too much\". Hanna and "
              "Marcus told the initial conference that they argue a lot and that Marcus \"was brought up with "
              "the belt\". There are no concerns about either parent's use of alcohol or drugs, and neither "
              "parent has any mental health difficulty."),
        ("h1", "What has changed since April"),
        ("p", "Marcus started the Caring Dads programme in May and has missed only one session, when he was ill. "
              "There have been no new marks on Leo and no police call-outs. Hanna says the house is \"calmer, "
              "but we still row about money\". Sofia began seeing CAMHS in May and says she has not self-harmed "
              "since 14 May. Her attendance has risen from 78% to 91%. The family have been open with the "
              "social worker, and the core group met on 29/04, 27/05 and 24/06/2025 as planned."),
        ("h1", "What Leo and Sofia have told us"),
        ("p", "Leo (seen alone at school, 26 June): \"Dad doesn't use the belt any more. He put it in the bin "
              "and I watched.\" He said he still feels \"wobbly\" when Dad raises his voice and goes to his "
              "room. He put home at 7 out of 10 (in April it was 4) and said it would be a 10 \"if Mum and Dad "
              "stopped arguing about the shopping\"."),
        ("p", "Sofia (seen alone at home, 30 June) said that CAMHS is \"actually OK\" and that she has someone "
              "to talk to now. She wants the plan to carry on \"for a bit, so Dad doesn't slip back\". She "
              "asked that her school are told as little as possible about her arms."),
        ("h1", "The plan as revised at review"),
        ("table", {
            "header": ["Outcome for Leo and Sofia", "Progress at review", "What happens next", "Who",
                       "By when", "How we'll know"],
            "widths": [4.2, 4.6, 5.4, 3.6, 3.3, 4.6],
            "rows": [
                ["Leo is not hit or hurt at home, and tells us he feels safe with his dad.",
                 "Marcus has been to 10 of the 12 Caring Dads sessions. No new marks seen on Leo at any visit "
                 "or at school. Leo scored home 7/10 in June (4/10 in April).",
                 "Finish the Caring Dads programme, including the final one-to-one session on how Leo felt "
                 "about being hit",
                 "Marcus Lindqvist; facilitator Owen Price sends the end-of-course report",
                 "By 12/09/2025",
                 "End-of-course report to the SW and core group, with Owen's view of whether Marcus now uses "
                 "praise and time-out instead of physical punishment"],
                [V,
                 "8 visits since conference, 3 unannounced; both children seen alone every time.",
                 "Visit at home, see Leo and Sofia on their own, check Leo for marks and ask how home has been",
                 "SW Beatriz Santos",
                 "Every 3 weeks, at least one visit a month unannounced",
                 "Visit record with each child's words and any marks noted"],
                [V,
                 "Leo has used the worry box every week: two notes about Dad shouting, none about hitting.",
                 "Worry-box session with Leo; record anything he says about home and pass it to the SW",
                 "Mrs Kath Dunmore, pastoral lead, Juniperton Primary",
                 "Every Friday in term; in the holiday at Juniperton Family Hub on 08/08 and 22/08/2025",
                 "Pastoral log of each session; anything about home emailed to the SW the same day"],
                ["Sofia goes to school every day and has someone she trusts to talk to, so she no longer needs "
                 "to hurt herself when she feels overwhelmed.",
                 "Sofia has had 4 of her 6 CAMHS sessions and says she has not cut herself since 14 May.",
                 "Continue CAMHS sessions with Sofia and write a review of her self-harm risk and what helps her",
                 "Dr Rhea Banerjee, clinical psychologist, Juniperton CAMHS",
                 "Fortnightly; written review by 05/09/2025",
                 "Risk review letter shared with the SW, the GP and Sofia's head of year"],
                [V,
                 "Attendance up from 78% in the spring term to 91% this term.",
                 "Check Sofia's attendance and meet Sofia and Hanna if it falls below 95% in any fortnight",
                 "Mr Ade Okafor, Head of Year 10, Juniperton Academy",
                 "Every fortnight from the first day of term, 03/09/2025",
                 "Attendance printout emailed to the SW every fortnight"],
                ["Leo and Sofia live with parents who handle stress and arguments without shouting or hitting, "
                 "and both children know who to call if they are worried.",
                 "Leo and Sofia made safety cards in June, but Leo has lost his.",
                 "Make new safety cards with Leo and Sofia, each listing three people they can call",
                 "SW Beatriz Santos",
                 "By 25/07/2025",
                 "Leo shows his card in his book bag and Sofia hers in her phone case, and each names their "
                 "three people at the next visit"],
                [V,
                 "New – agreed at this review.",
                 "Sessions at home for Hanna and Marcus on handling arguments and stress in front of the children",
                 "Liam Crowe, family practitioner, Juniperton Family Hub",
                 "Weekly for 8 weeks from 21/07/2025",
                 "Attendance record and Liam's closing summary, including what Leo and Sofia say has changed "
                 "at home"],
                [V,
                 "No police call-outs since the initial conference.",
                 "Tell the SW of any police call-out to 6 Weaver's Yard",
                 "PC Rhian Jelf, Public Protection Unit, Juniperton Police",
                 "Within 24 hours of any call-out",
                 "Police notification on the children's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Leo has an unexplained mark, tells anyone that he has been hit, or the police are called to an "
              "incident of violence at home, the social worker (or the emergency duty team out of hours) will "
              "hold a strategy discussion the same day, and Marcus will be asked to leave the house while it "
              "is looked into. If he will not leave, Hanna will take Leo and Sofia to her sister, Ingrid "
              "Berg, at 40 Ferrier Street; if that is not possible, the children will stay with approved "
              "foster carers that night."),
        ("p", "If Sofia self-harms in a way that needs medical treatment, Hanna or the school will take her to "
              "Juniperton General A&E, and the SW will ask CAMHS for an urgent assessment within 24 hours."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 6 weeks at Juniperton Family Hub, 4pm: 14/08/2025 and 25/09/2025. Second review "
              "child protection conference: 06/11/2025, 10am, Juniperton Council Offices."),
        ("p", "If Marcus has not completed Caring Dads by 12/09/2025, or Leo is hit or hurt by either parent, "
              "the social worker will ask the team manager for a legal planning meeting within 5 working days."),
        ("p", "Plan confirmed by Gwen Adair, conference chair, 04/07/2025. Copies to Hanna and Marcus, Sofia (her "
              "own copy, at her request), and every agency in the plan."),
    ],
    "findings": [],
})
