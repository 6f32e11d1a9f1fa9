"""Batch 37, module 1: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
hospitals and councils. Labels were written by hand from docs/rules.md and
the conventions in sample_plans/README.md, without running planlint or
reading its code.

Brief: documents where much of the text is not the plan's actions but looks
like them. Initial conference minutes whose discussion paragraphs report what
people said they would try to do before the plan is set out; a conference
chair's letter to the parents recapping the reasons and the decision before
the plan; a social worker's review report with analysis in the future and
conditional tense, then a short action table; a strategy discussion record
(with its own decisions) followed by the protection plan; a hospital
discharge summary whose last section is the safeguarding plan; a transfer-in
summary that describes the previous authority's plan (history, including
work it put on hold for the move) before the new plan; and a family group
conference plan written by the family with the professionals' agreement
below it. Only the plan's own action section holds actions (convention 1):
the discussion, recap, analysis, strategy decisions, follow-up requests and
history are never labelled. Two are exemplary (the strategy record and plan,
and the transfer-in summary).
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC minutes: attendance table, agency discussion paragraphs full of
#    "said she would try to" commitments, chair's analysis and decision, then
#    the plan with a six-column table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_arkenshaw_icpc_minutes_discussion_then_plan_hurrell.docx",
    "doc_title": "ICPC Minutes - Kaycee Hurrell and Reggie Pickersgill",
    "split": "tune",
    "template": "icpc-minutes-docx-attendance-table-numbered-minute-sections-agency-discussion-paragraphs-with-said-she-would-try-commitments-chairs-analysis-decision-then-plan-table-no-action-lead-start-complete-by-evidence",
    "description": (
        "Minutes of an initial conference for an 8-year-old and a 2-year-old (domestic abuse by the "
        "younger child's father, who uses cocaine and has moved out). Long discussion paragraphs report "
        "what the HV, school, police and father said they would try to do; none of that is the plan. "
        "In the plan table the HV's measure is 'Reviewed at core group', the school row is 'Ongoing' and "
        "'Monitored', the DASH row is owned by 'TBC' and is 'ASAP', the Freedom Programme referral has no "
        "lead, the nursery application has no start or end, and 'All agencies' own the information "
        "sharing row. The father's cocaine use is recorded, and the conference heard he would 'try to' go "
        "back to the Recovery Partnership, but in the plan only he owns that action (no adult service)."
    ),
    "blocks": [
        ("title", "Minutes of Initial Child Protection Conference"),
        ("p", "Arkenshaw Metropolitan Borough Council – Safeguarding and Reviewing Service"),
        ("kv", [
            ("Children", "Kaycee Hurrell, born 14/09/2016 (8), Year 3 at St Bede's RC Primary; "
                         "Reggie Pickersgill, born 02/03/2023 (2), at home"),
            ("Address", "7 Foundry Close, Arkenshaw"),
            ("Date and time", "Thursday 19/06/2025, 10.00am – 12.40pm"),
            ("Venue", "Arkenshaw Town Hall, Committee Room 3"),
            ("Chair", "Bernadette Klein, Child Protection Chair"),
            ("Minutes", "Lorna Fitch, Business Support"),
            ("Allocated social worker", "Owen Mbatha, Assessment Team B"),
        ]),
        ("h2", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Attended"],
            "widths": [3.8, 3.6, 6.2, 3.4],
            "rows": [
                ["Shannon Hurrell", "Mother of both children", "–", "Yes"],
                ["Dale Pickersgill", "Father of Reggie", "–", "Yes (left at 11.15)"],
                ["Owen Mbatha", "Social worker", "Arkenshaw Children's Social Care", "Yes – report"],
                ["Gemma Tandy", "Health visitor", "Arkenshaw Community Health 0–19", "Yes – report"],
                ["Funmi Oyelaran", "DSL", "St Bede's RC Primary", "Yes – report"],
                ["DC Paul Rafferty", "Detective constable", "Arkenshaw Police Public Protection Unit", "Yes – report"],
                ["Dr Anil Batra", "GP", "Foundry Lane Medical Centre", "Apologies – report"],
                ["Bernadette Klein", "Chair", "Safeguarding and Reviewing Service", "Yes"],
            ],
        }),
        ("h2", "2. Introductions, purpose and confidentiality"),
        ("p", "The chair welcomed everyone, explained that the conference would decide whether Kaycee and Reggie "
              "are likely to suffer significant harm and, if so, agree a plan, and reminded those present that the "
              "information shared is confidential. Shannon and Dale confirmed they had read the social worker's "
              "report on 17/06/2025 with Owen."),
        ("h2", "3. Reason for conference"),
        ("p", "Police have been called to 7 Foundry Close three times since January 2025. On 27/05/2025 Dale pushed "
              "Shannon into the hall radiator while he was holding Reggie; Kaycee rang 999 from the upstairs landing. "
              "Dale was arrested and found with a small amount of cocaine. He told officers he had been using "
              "since the afternoon. He has been staying with his brother in Lowgate since 28/05/2025."),
        ("h2", "4. Information shared"),
        ("h3", "Social worker – Owen Mbatha"),
        ("p", "Owen summarised his assessment. Shannon has been honest about the incidents and wants Dale to stay "
              "away until he has dealt with his drug use. Owen said that if conference made a plan he would want to "
              "see the children at least weekly to begin with, and he would try to see Kaycee at school on her own "
              "as well as at home. He is hoping to start a parenting assessment in early July and said he would "
              "look into a nursery place for Reggie, who has no early years provision."),
        ("h3", "Health visitor – Gemma Tandy"),
        ("p", "Reggie had his 2-year review on 04/04/2025. His development is within the expected range apart "
              "from his speech (around 15 words). Gemma said she would be happy to increase her contact with the "
              "family, and would look at weighing Reggie more often if conference felt that was needed. She has "
              "offered Shannon a place at the Chatterbox group at Foundry Children's Centre."),
        ("h3", "School – Funmi Oyelaran"),
        ("p", "Kaycee's attendance is 91%. She is often tired on Mondays and has twice told her teacher she "
              "\"didn't sleep because of the shouting\". School will carry on with the Tuesday and Thursday "
              "nurture group, and Mrs Oyelaran said she would keep a close eye on Kaycee's attendance and mood "
              "and would let Owen know if anything changed."),
        ("h3", "Police – DC Paul Rafferty"),
        ("p", "Dale has been released under investigation for the assault on 27/05/2025 and for possession of a "
              "Class A drug. There are two earlier call-outs (January and March 2025) where no offence was "
              "recorded. DC Rafferty said police would look at putting a marker on the address and would try to "
              "let Owen know the outcome of the investigation when it is known. A MARAC referral was made on "
              "29/05/2025; Arkenshaw Women's Safety Service have received it but have not yet allocated an IDVA."),
        ("h3", "GP – Dr Anil Batra (written report)"),
        ("p", "Both children are registered and up to date with immunisations. Shannon has no history of mental "
              "health difficulties recorded. Dale is registered at another practice."),
        ("h3", "Parents"),
        ("p", "Shannon said she does not want Dale back \"until he's sorted himself out\" and that she is worried "
              "about money now that he has left. Dale told conference he uses cocaine \"most weekends, with "
              "drink\", that he used on 27 May and that he is ashamed of what Kaycee saw. He said he had been to "
              "the Arkenshaw Recovery Partnership in 2022 and would try to get back there, but that he thinks he "
              "can stop on his own. The chair noted that the Recovery Partnership had not been invited to "
              "conference and had not seen the reports."),
        ("h2", "5. Kaycee and Reggie"),
        ("p", "Kaycee (seen alone at school by Owen on 10/06/2025 and 16/06/2025) said: \"When Dale's in a bad mood "
              "I take Reggie in my room and put my music on.\" She said she rang the police \"because Mum was "
              "crying on the floor\" and that she likes it better now because \"it's quiet and Mum makes "
              "pancakes\". She would like to see her nan more and to go to Brownies. She said she would be scared "
              "if Dale came back \"in a bad mood\"."),
        ("p", "Reggie was seen at home on four visits. He is a chatty, busy little boy who brings his toy cars to "
              "visitors and climbs onto Shannon's knee when a door slams. Shannon says he wakes most nights and "
              "has started hitting out at Kaycee when he is cross."),
        ("h2", "6. Chair's analysis"),
        ("p", "The chair summarised the worries: Kaycee and Reggie have lived with repeated violence, Kaycee has "
              "taken on the job of protecting her brother, and Dale's cocaine use makes further incidents likely "
              "if he returns. Strengths are Shannon's honesty, her decision to ask Dale to leave, good school "
              "attendance and warm care of both children. What is not yet known is whether Dale will stay away "
              "and whether Shannon can keep to that if he asks to come back."),
        ("h2", "7. Decision"),
        ("p", "All agencies agreed that both children are likely to suffer significant harm. Kaycee and Reggie "
              "will each be the subject of a child protection plan under the category of emotional abuse. "
              "Shannon agreed with the decision; Dale had left the meeting."),
        ("h2", "8. Child protection plan"),
        ("h3", "What needs to change for Kaycee and Reggie"),
        ("bullets", [
            "Kaycee and Reggie live in a home with no shouting, pushing or violence, and Kaycee no longer has to "
            "look after her brother when adults argue.",
            "Reggie sleeps through most nights and his speech starts to catch up (50 words by his next review).",
            "Kaycee knows what to do and who to call if she feels unsafe, and gets to see her nan and go to "
            "Brownies.",
        ]),
        ("h3", "What will be done"),
        ("table", {
            "header": ["No.", "What will be done", "Lead", "Start", "Complete by / how often", "Evidence of progress"],
            "widths": [0.9, 4.6, 2.8, 1.9, 2.7, 4.1],
            "rows": [
                ["1", "See Kaycee on her own at school and at home, and see Reggie awake at home; at least one visit "
                      "a month unannounced",
                 "SW Owen Mbatha", "20/06/2025", "Every week until the first core group, then fortnightly",
                 "Visit records show Kaycee seen alone and her words written down each time"],
                ["2", "Parenting assessment of Shannon, looking at how she keeps Kaycee and Reggie safe from Dale's "
                      "behaviour",
                 "SW Owen Mbatha", "07/07/2025", "Report by 29/08/2025",
                 "Written assessment shared with Shannon and the core group before the review conference"],
                ["3", "Home visits to check Reggie's growth, speech and sleep, and to talk through a bedtime routine "
                      "with Shannon",
                 "HV Gemma Tandy", "24/06/2025", "Fortnightly", "Reviewed at core group"],
                ["4", "Watch how Kaycee presents in class and keep her place in the school nurture group",
                 "St Bede's RC Primary – Mrs Oyelaran (DSL)", "-", "Ongoing", "Monitored"],
                ["5", "DASH risk assessment with Shannon and a written safety plan that includes what Kaycee should "
                      "do if Dale comes to the house",
                 "TBC", "-", "ASAP",
                 "Safety plan on file; Kaycee's safety card kept in her school bag"],
                ["6", "Referral to the Freedom Programme, so that Shannon can understand how the abuse has affected "
                      "Kaycee and Reggie",
                 "", "30/06/2025", "12-week course",
                 "Attendance sheet from Arkenshaw Women's Centre sent to the SW monthly"],
                ["7", "Apply for a funded nursery place for Reggie at Little Wrens Nursery",
                 "SW Owen Mbatha", "-", "",
                 "Place confirmed in writing; nursery register shows Reggie attending"],
                ["8", "Attend the Arkenshaw Men's Change programme, including the sessions on children and abuse",
                 "Dale Pickersgill", "15/07/2025", "Weekly for 24 weeks",
                 "Facilitator's attendance and progress report sent to the SW monthly"],
                ["9", "Refer himself to the Arkenshaw Recovery Partnership and give written consent for his worker "
                      "to speak to the SW",
                 "Dale Pickersgill", "-", "By 04/07/2025",
                 "Letter confirming his first appointment, seen by the SW"],
                ["10", "Supervised time between Reggie and his dad at Arkenshaw Family Contact Centre",
                 "Jo Pryce, contact supervisor", "21/06/2025", "Every Saturday, 2 hours",
                 "Contact record sent to the SW after each session"],
                ["11", "Share any new information about incidents at the address with the SW",
                 "All agencies", "-", "Same day",
                 "Each item logged on both children's files with what was done"],
            ],
        }),
        ("h3", "Contingency"),
        ("p", "If Dale comes to 7 Foundry Close, contacts Shannon other than through the contact centre, or the "
              "police are called to any incident involving him, Shannon will ring 999 and the SW (or the "
              "Emergency Duty Team out of hours) will hold a strategy discussion the same day. Saturday contact "
              "will stop until a new risk assessment is done. If Shannon lets Dale back into the home, the SW "
              "will ask the team manager for a legal planning meeting within 5 working days."),
        ("h3", "Core group and review"),
        ("p", "First core group: 03/07/2025, 1.30pm, St Bede's RC Primary, then every 4 weeks (31/07/2025 and "
              "28/08/2025). Review child protection conference: 18/09/2025, 10am, Arkenshaw Town Hall."),
        ("p", "Minutes agreed by the chair, 24/06/2025. Distribution: all attendees and Dr Batra."),
    ],
    "findings": [
        F("M002", "Home visits to check Reggie's growth, speech and sleep"),
        F("T002", "Watch how Kaycee presents in class and keep her place"),
        F("M002", "Watch how Kaycee presents in class and keep her place"),
        F("W002", "DASH risk assessment with Shannon and a written safety plan"),
        F("T002", "DASH risk assessment with Shannon and a written safety plan"),
        F("W001", "Referral to the Freedom Programme, so that Shannon can understand"),
        F("T001", "Apply for a funded nursery place for Reggie at Little Wrens"),
        F("W002", "Share any new information about incidents at the address"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Conference chair's letter to the parents: why we met, what I heard
#    (everyone's "will try to"), what I decided and why, then the plan as a
#    table with question headers; header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_athelbury_chairs_letter_recap_then_plan_bellinger.pdf",
    "doc_title": "Letter from the conference chair - Poppy and Jude Bellinger",
    "split": "tune",
    "template": "icpc-chairs-letter-to-parents-paged-why-we-met-what-i-heard-what-poppy-told-us-what-i-decided-and-why-then-plan-table-question-headers-what-needs-to-happen-who-will-do-it-by-when-how-we-will-all-know",
    "description": (
        "An independent chair's letter to the parents after an initial conference for a 4-year-old and a "
        "7-month-old (neglect, faltering weight; mother's postnatal depression, father's drinking). The "
        "letter recaps what each professional said they would do or try before the plan table. In the "
        "plan the perinatal team only supports, the alcohol service row waits for a keyworker and "
        "measures 'engagement', the nursery row has no measure, the home conditions row has no owner and "
        "the family support row measures 'improvement'. One outcome is the mother's, the contingency only "
        "says the core group will consider next steps, and the review conference date is left to be "
        "confirmed."
    ),
    "header": "OFFICIAL-SENSITIVE | Athelbury Council | Safeguarding and Quality Assurance Unit",
    "footer": "Letter from the conference chair – Poppy and Jude Bellinger – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Safeguarding and Quality Assurance Unit"),
        ("pr", "Athelbury Council, Wool Exchange, Athelbury"),
        ("pr", "Direct line 01632 448 210"),
        ("pr", "2 July 2025"),
        ("p", ""),
        ("pl", "Kerry Bellinger and Liam Rowntree"),
        ("pl", "22 Saddler's Row"),
        ("pl", "Athelbury"),
        ("p", ""),
        ("p", "Dear Kerry and Liam,"),
        ("boldp", "Poppy and Jude – initial child protection conference, Thursday 26 June 2025"),
        ("p", "I chaired the conference about Poppy and Jude last Thursday. At the end of the meeting I said I "
              "would write to you myself, in plain words, to set down why we met, what I heard, what I decided "
              "and what happens next. The full minutes will follow from our business support team. This letter "
              "is yours to keep, and you can show it to anyone you want to help you."),
        ("boldp", "Why we met"),
        ("p", "In May your health visitor found that Jude's weight had dropped from the 25th centile to below "
              "the 2nd. When she and Tom Halloran, your social worker, visited, the house was cold, there was "
              "very little food in, and Poppy had not been to nursery since Easter. On 2 June a neighbour found "
              "Poppy outside on Saddler's Row in her pyjamas at 8 in the morning while you were both asleep."),
        ("p", "Kerry, you told us you have felt very low since Jude was born, that your GP diagnosed postnatal "
              "depression in February, and that you stopped your sertraline in April. Liam, you told us you "
              "drink around eight cans most evenings and that you were asleep on the sofa when the health "
              "visitor called one afternoon."),
        ("boldp", "What I heard at conference"),
        ("p", "Carla Voss from the perinatal mental health team told us she has been seeing Kerry since March and "
              "that she will keep visiting; she said she could try weekly visits for a while if that would help. "
              "Tom said he would want to see Poppy and Jude every week and that he hoped to find Poppy a nursery "
              "place for September. Sasha Bright, your health visitor, said she would carry on weighing Jude "
              "and would show you both again how to make up his bottles. Dr Okonkwo's report said he is happy "
              "to see Kerry about her medication whenever she books in."),
        ("p", "Liam, you said you had already cut down and that you would try to keep your drinking to the "
              "weekends. Kerry, you said you wanted help with getting the house straight. You both said, more "
              "than once, how much you love Poppy and Jude, and everyone at conference could see that."),
        ("p", "Everyone agreed there are real strengths: Poppy is a bright, chatty girl who is clearly attached "
              "to you both, Jude smiles and settles well when he is held, and you have let Tom and Sasha in every "
              "time they have called."),
        ("boldp", "What Poppy told us"),
        ("p", "Tom saw Poppy on her own twice. She told him \"Mummy is sad in bed a lot\" and \"Daddy's cans make "
              "him sleepy\". She said her favourite thing is the swings at Tanner's Park and that she wants to go "
              "back to nursery \"to see Ruby\". Jude is too young to tell us what he feels; Sasha and Tom have "
              "seen a baby who feeds hungrily, cries until he is picked up and has had cold hands on two visits."),
        ("boldp", "What I decided and why"),
        ("p", "I asked each person at conference for their view. Everyone, including you both, agreed that Poppy "
              "and Jude are not getting the food, warmth and supervision they need every day, and that this "
              "could seriously harm them. I decided that Poppy and Jude should each have a child protection plan "
              "under the category of neglect. This means a group of professionals will work with you to a plan "
              "with clear steps and dates, and we will look again at how things are at a review conference."),
        ("boldp", "What we want to be different"),
        ("bullets", [
            "Jude is fed enough every day and his weight climbs back towards the 25th centile.",
            "Poppy and Jude live in a warm, clean home with food in the cupboards, and are never left "
            "without an adult who is awake.",
            "Poppy is back at nursery and tells Tom she feels happy at home.",
            "Kerry will feel less low and be able to cope better with day-to-day life.",
        ]),
        ("boldp", "The plan"),
        ("p", "This is the plan everyone agreed at conference. Tom will go through it with you on his next visit."),
        ("table", {
            "header": ["What needs to happen", "Who will do it", "By when", "How we will all know"],
            "widths": [5.6, 3.8, 3.2, 4.4],
            "rows": [
                ["Visit Poppy and Jude at home, see Poppy on her own, and look at where Jude sleeps, what food is "
                 "in and how warm the house is",
                 "Tom Halloran, social worker", "Every week, at least one visit in four unannounced",
                 "Visit notes record Poppy's words, Jude's sleep space, and the food and heating seen"],
                ["Weigh Jude, check his feeds and make up his bottles with Kerry and Liam until they are confident",
                 "Sasha Bright, health visitor", "Weekly until Jude is back on the 9th centile, then fortnightly",
                 "Jude's weight plotted in his red book at every visit"],
                ["Home visits to support Kerry with her low mood",
                 "Carla Voss, Athelbury Perinatal Mental Health Team", "Fortnightly",
                 "Dates of visits sent to Tom each month"],
                ["See Kerry about restarting her sertraline and write to Tom with the plan agreed",
                 "Dr Okonkwo, GP, Millstone Medical Practice", "By 11 July 2025",
                 "GP letter to Tom; Kerry's prescription collections checked with the pharmacy"],
                ["Assessment of Liam's drinking and a place in the alcohol group",
                 "Athelbury Alcohol Service (Liam's keyworker)", "When a keyworker becomes available",
                 "Engagement"],
                ["Nursery place for Poppy, 15 hours a week",
                 "Mrs Anjali Patel, manager, Cherry Tree Nursery", "From 1 September 2025", ""],
                ["The home will be kept warm and clean, with the stair gate fitted and food in the cupboards",
                 "", "By 18 July 2025",
                 "Tom sees the stair gate fitted, the heating on and food in at each visit"],
                ["Weekly sessions with Kerry and Liam on routines, mealtimes and bedtimes",
                 "Family support worker, Athelbury Family Hub", "Weekly for 10 weeks from 7 July 2025",
                 "Improvement in the family's routines"],
            ],
        }),
        ("boldp", "If things do not get better"),
        ("p", "If things at home do not improve, or we become more worried about Poppy and Jude, the core group "
              "will meet to look at the plan again and consider next steps."),
        ("boldp", "Meetings"),
        ("p", "The core group – you both, Tom, Sasha, Carla and Mrs Patel – will meet every four weeks. The first "
              "meeting is on 10 July 2025 at 10am at Saddler's Row Children's Centre, and the next on 7 August "
              "2025. The review conference will be held within three months of the initial conference; the date "
              "will be confirmed to you in writing."),
        ("p", "If Jude's weight has not picked up, or the house is still cold and without food, by the core group "
              "on 7 August 2025, Tom's team manager will hold a legal planning meeting to decide whether the "
              "pre-proceedings process should start."),
        ("p", "If anything in this letter is not what you remember, or you want to complain about how the "
              "conference was run, please ring me on the number above."),
        ("p", "Yours sincerely,"),
        ("p", "Frances Adeyinka"),
        ("pl", "Independent Child Protection Chair"),
        ("pl", "cc: Tom Halloran (SW); Sasha Bright (HV); Carla Voss (Perinatal MHT); Dr Okonkwo (GP)"),
    ],
    "findings": [
        F("H001", "Home visits to support Kerry with her low mood"),
        F("T002", "Assessment of Liam's drinking and a place in the alcohol group"),
        F("M002", "Assessment of Liam's drinking and a place in the alcohol group"),
        F("M001", "Nursery place for Poppy, 15 hours a week"),
        F("W001", "The home will be kept warm and clean"),
        F("M002", "Weekly sessions with Kerry and Liam on routines, mealtimes and bedtimes"),
        F("F002", "Kerry will feel less low and be able to cope better with day-to-day life."),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Social worker's report to a review conference: progress, the children's
#    views, a long analysis in the future and conditional tense, the
#    recommendation, then a short proposed plan table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_aysgill_sw_review_report_conditional_analysis_then_table_garside.md",
    "split": "tune",
    "template": "rcpc-sw-report-md-details-table-progress-since-icpc-prose-childrens-views-parents-views-analysis-in-would-should-will-need-to-tense-recommendation-then-short-proposed-plan-hash-action-responsible-timescale-how-we-will-know-table",
    "description": (
        "A social worker's report to the first review conference for a 13-year-old who self-harms and "
        "her 9-year-old brother (father's schizophrenia relapse, emotional abuse). Most of the report is "
        "analysis in the future and conditional ('I would expect', 'Michelle will need to', 'a referral "
        "should be made'), none of which is the plan. The short proposed plan table has a CMHT row that "
        "only supports the father, a counselling row measured by 'feels happier', a CAMHS referral with "
        "no measure, a course 'when the next course runs', a young carers assessment with no owner and "
        "an 'All professionals' row; one outcome is the father's."
    ),
    "text": """\
# Social Worker's Report to Review Child Protection Conference

**Aysgill Borough Council – Children and Families Service – Safeguarding Team 3**

| | |
|---|---|
| Children | Tilly-Mae Garside (13), DOB 08/11/2011, Year 8, Aysgill High School; Jenson Garside (9), DOB 17/05/2016, Year 4, Moorfield Primary |
| Address | 31 Heddon Street, Aysgill |
| Parents | Michelle Garside (41) and Stuart Garside (44), both at home |
| Plan since | Initial conference 13/03/2025 – category: emotional abuse |
| This conference | First review, 10/07/2025, 1.30pm, Aysgill Civic Centre |
| Author | Rebecca Hales, social worker – report dated 01/07/2025, shared with Michelle and Stuart on 03/07/2025 |

## 1. Purpose of this report

This report tells conference what has happened since March, what Tilly-Mae and Jenson
have said, how I understand the risks now, and what I recommend. The plan I am proposing
is in section 7.

## 2. Progress since the initial conference

At the initial conference Stuart had just come home from a three-week admission to the
Ashby Unit. In February, believing that the neighbours were putting poison through the
letterbox, he had kept the family inside the house for two days with the doors screwed
shut, and Tilly-Mae had climbed out of a window to get to school. He has paranoid
schizophrenia, diagnosed in 2019, and is under the Aysgill Community Mental Health Team.

Since March Stuart has taken his tablets and there has been no repeat of February. His
care coordinator, Lewis Achebe, has seen him every two weeks. Michelle has reduced her
hours at Kwikmart so that she is home when the children come back from school. The
"Understanding Dad's illness" sessions the CMHT offered the family in April did not go
ahead because Stuart did not want the children told his diagnosis.

Tilly-Mae's self-harm has continued. School saw new cuts on her wrist on 02/05/2025 and
again on 12/06/2025. Jenson's attendance has risen from 84% to 95%, but his teacher says
he is tired and "on edge", and Michelle told me that he counts out his dad's tablets
every morning "to make sure".

## 3. What Tilly-Mae and Jenson say

Tilly-Mae (seen alone at school, 22/05 and 19/06): "Dad's OK at the moment but you never
know when it's going to go again. I cut when I can't stop thinking about it." She said
she does not want her friends to know about her dad and that she would like "someone to
talk to who isn't a teacher or you". She scored her worry about home at 7 out of 10
(10 = very worried), down from 9 in March.

Jenson (seen alone at home, 05/06 and 26/06): "I do Dad's tablets because Mum's at work
and I don't want him to go to hospital again." He likes Minecraft and his football team
on Saturdays. He said he feels safe at home "when Dad's normal" and that he keeps his
mum's phone number in his school bag.

## 4. What Michelle and Stuart say

Michelle says things are "much calmer" and that she wants the plan to end at this
conference. Stuart says he is well, that he will never stop his tablets again and that
the children's worries are "being blown up by school". He does not agree that Tilly-Mae's
self-harm has anything to do with him.

## 5. Analysis

The family is in a better place than in March, but I do not think the risk has reduced
enough for the plan to end. The improvement rests almost entirely on Stuart staying well.
If Stuart continues to take his medication and see his care coordinator, I would expect
the risk of another episode like February's to reduce over the coming months. Should his
mental state deteriorate, the children would again be exposed to frightening beliefs and
behaviour, and Michelle would need to act quickly to protect them.

Michelle will need to show that she can recognise Stuart's early warning signs and act on
them, rather than waiting until things reach a crisis. At present she says she would
"know", but in February she did not call anyone for two days. I would want the core group
to see her use the relapse plan with the care coordinator before conference considers
ending the plan.

Tilly-Mae needs specialist help with her self-harm, and I would hope that CAMHS can see
her over the summer. Jenson should not be managing his father's medication; a young
carers assessment would help the family find another way of doing this. Both children
would benefit from an honest, age-appropriate explanation of their dad's illness, and
the local authority would want Stuart and Michelle to agree to this.

If the CMHT were able to give the core group its view of Stuart's risk of relapse and the
early signs to watch for, the plan would be on firmer ground. I will be asking for this
at the next core group.

## 6. Recommendation

I recommend that Tilly-Mae and Jenson remain subject to child protection plans under the
category of emotional abuse, and that conference agrees the plan below.

## 7. Proposed plan

### What we want for Tilly-Mae and Jenson

- Tilly-Mae has someone she trusts to talk to, her self-harm reduces and she tells us her worry about home is 4 out of 10 or lower.
- Jenson no longer has to manage his dad's tablets and can be a 9-year-old.
- Both children understand their dad's illness in words that make sense to them, and know who to call if he becomes unwell.
- Stuart will accept that he is unwell and take his medication as prescribed.

### Actions

| # | Action | Responsible | Timescale | How we will know |
|---|---|---|---|---|
| 1 | Visit Tilly-Mae and Jenson at home and see each of them alone; one visit a month after 6pm when Stuart is home | SW Rebecca Hales | Every 2 weeks | Visit records with each child's words and the seen-alone box completed |
| 2 | Continue to support Stuart with taking his medication and go with him to his outpatient appointments | Lewis Achebe, care coordinator, Aysgill CMHT | Fortnightly | Prescription collections confirmed by the pharmacy and copied to the SW monthly |
| 3 | Weekly session with the school counsellor for Tilly-Mae | Aysgill High School (Mrs Dawn Keller, counsellor) | Weekly in term time | Tilly-Mae feels happier in herself |
| 4 | Referral to CAMHS for Tilly-Mae about her self-harm | Dr Nasreen Malik, GP, Heddon Lane Surgery | By 18/07/2025 |  |
| 5 | Go on the Talking to Children about Mental Illness course run by Aysgill Carers' Centre | Stuart and Michelle | When the next course runs | Certificate of attendance sent to the SW |
| 6 | Young carers assessment for Jenson, who helps with Dad's tablets |  | By 29/08/2025 | Assessment and support offer sent to the SW and to Michelle |
| 7 | Tell the SW the same day if Stuart says anything about the neighbours or poison, or stops his tablets | All professionals | Same day | Logged on both children's files with what was done |

### If things go wrong

If Stuart stops his tablets, misses two collections in a row, or talks again about the
neighbours or poison, Michelle will ring the CMHT crisis line and the SW (or the
Emergency Duty Team) the same day. The SW will hold a strategy discussion that day. If
Stuart will not agree to go to his brother Gary's while he is assessed, Tilly-Mae and
Jenson will stay with their maternal grandmother, Irene Walsh, in Hindley Road, and if
she cannot have them they will go to approved foster carers that night.

### Meetings

- Core group every 6 weeks at Aysgill High School: 24/07/2025, 04/09/2025 and 16/10/2025.
- Second review conference: 06/11/2025, 10am, Aysgill Civic Centre.
- If Stuart relapses, or Tilly-Mae's self-harm has not lessened by the core group on 16/10/2025, I will ask my team manager for a legal planning meeting within 10 working days.

*Rebecca Hales, Social Worker, Safeguarding Team 3 – 01/07/2025*
*Countersigned: Martin Oyelowo, Team Manager – 02/07/2025*
""",
    "findings": [
        F("H001", "Continue to support Stuart with taking his medication"),
        F("M002", "Weekly session with the school counsellor for Tilly-Mae"),
        F("M001", "Referral to CAMHS for Tilly-Mae about her self-harm"),
        F("T002", "Go on the Talking to Children about Mental Illness course"),
        F("W001", "Young carers assessment for Jenson, who helps with Dad's tablets"),
        F("W002", "Tell the SW the same day if Stuart says anything"),
        F("F002", "Stuart will accept that he is unwell and take his medication as prescribed."),
    ],
})


# ---------------------------------------------------------------------------
# 4. Strategy discussion record (with its own numbered decisions, owners and
#    deadlines, now history) followed by the plan made at the initial
#    conference in Lead / Do / When / Proof lines. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_amblethorpe_strategy_record_then_cp_plan_holroyd.txt",
    "split": "tune",
    "template": "strategy-discussion-record-txt-form-fields-information-by-agency-numbered-decisions-with-owner-and-deadline-then-part-b-icpc-plan-numbered-items-lead-do-when-proof-lines",
    "description": (
        "Exemplary. A case file print that starts with the record of the strategy discussion held the "
        "day a 6-year-old disclosed being grabbed and shaken by her mother's partner (her baby sister "
        "also at home): information by agency and nine numbered decisions with owners and deadlines, "
        "all of them history. Part B is the plan agreed at the initial conference three weeks later: "
        "every item has a lead, a real timescale and evidence; the grandmother's school pick-ups have a "
        "fallback; contingency, dates and the legal step are set; no parent's illness or substance "
        "misuse is recorded."
    ),
    "text": """\
AMBLETHORPE CITY COUNCIL - CHILDREN'S SOCIAL CARE
Case file print: STRATEGY DISCUSSION RECORD AND CHILD PROTECTION PLAN
Children: Darcey HOLROYD (AC-509311) and Isla-Rose HOLROYD (AC-509312)
Printed 25/06/2025 by R.AMOS
========================================================================

PART A - STRATEGY DISCUSSION RECORD
(as recorded on 02/06/2025; kept with the plan for the core group)
------------------------------------------------------------------------

Date/time of discussion : 02/06/2025, 14:30-15:20 (Teams)
Chaired by              : Helen Varley, Team Manager, Assessment Team North
Taking part             : Rachel Amos (SW); DC Ian Thorne (Amblethorpe
                          Police CAIT); Mrs Sandra Okafor (DSL, Priory
                          Lane Primary); Nia Rhodes (HV); Dr Helen Marsh
                          (consultant community paediatrician)
Subject children        : Darcey Holroyd, DOB 11/02/2019 (6)
                          Isla-Rose Holroyd, DOB 19/07/2024 (10 months)
Address                 : 4 Coppice Row, Amblethorpe
Household               : Jodie Holroyd (24), mother
                          Craig Beddows (27), mother's partner,
                          father of Isla-Rose

Reason for discussion
At 09:10 today Darcey's teacher saw four oval bruises on Darcey's left
upper arm and a red mark on her cheek. Darcey told her teacher: "Craig
grabbed me because I spilt my juice on his phone and he shook me and I
banged my face on the door." The DSL rang the front door at 09:40.

Information shared
  Police  : No previous convictions for Craig Beddows. One call-out to
            4 Coppice Row on 14/03/2025 (argument, no offence recorded).
  Health  : Isla-Rose seen by HV at home on 28/05/2025 - no marks, good
            weight gain, all checks up to date. Darcey's GP record shows
            no previous injuries.
  School  : Attendance 97%. Darcey has been quieter since Easter and has
            asked twice if she can stay for after-school club "so I don't
            have to go home yet".
  CSC     : Not previously known. No concerns recorded about Jodie's
            mental health or her use of alcohol or drugs.

Decisions recorded
  D1  Threshold for a section 47 enquiry met. Joint enquiry, CSC and
      police. Lead: SW Rachel Amos / DC Ian Thorne. Start today.
  D2  Child protection medical for Darcey today at Amblethorpe Children's
      Hospital. Dr Helen Marsh to examine and send her opinion to SW
      and police by 10:00 tomorrow.
  D3  Isla-Rose to be seen by Dr Marsh at the same appointment for a
      skin check.
  D4  Achieving Best Evidence interview for Darcey within 48 hours.
      DC Thorne to arrange with the SW.
  D5  Craig Beddows to be asked to leave 4 Coppice Row tonight; police to
      arrest and interview him about the injuries.
  D6  Jodie to be seen by the SW today to agree an interim safety plan;
      Darcey and Isla-Rose can stay overnight with their grandmother
      Pauline Holroyd at 17 Birch Grove if Jodie agrees.
  D7  HV to share Isla-Rose's records with the SW by tomorrow.
  D8  School to send the SW the body map and the teacher's note today.
  D9  Outcome of the enquiry to be reviewed by the team manager within
      15 working days, and an initial conference to be booked if the
      concerns are substantiated.

Update (added by SW 23/06/2025): D1-D8 completed on 02/06 and 03/06/2025.
Dr Marsh found the bruises consistent with forceful gripping. Craig was
arrested on 02/06/2025 and released on bail with conditions not to
contact Darcey or go to 4 Coppice Row. The enquiry substantiated physical
abuse and an initial conference was held on 23/06/2025.

========================================================================
PART B - CHILD PROTECTION PLAN
Agreed at the initial child protection conference, 23/06/2025
Chair: Gareth Lowe, Independent Reviewing Officer
Category: physical abuse (both children)
------------------------------------------------------------------------

B1  WHY THERE IS A PLAN
Darcey was grabbed and shaken by Craig and hit her face on a door. She
was frightened of going home and had not told anyone. Isla-Rose is a
baby in the same home and could not protect herself or tell anyone if
she were hurt. Craig denies the assault. Jodie has asked him to stay
away and has kept to the bail conditions so far, but she says she
misses him and that Isla-Rose "needs her dad".

B2  DARCEY AND ISLA-ROSE
Darcey (seen alone at school on 10/06 and 20/06/2025): "I like it now
because it's just me and Mum and Isla-Rose. I don't want Craig to come
back unless he says sorry and doesn't grab." She said she feels safest
at Nana Pauline's "because she has a dog and she does my hair". She
wants to keep going to after-school club on Tuesdays because her best
friend Amani goes.
Isla-Rose (seen at home on 06/06, 13/06 and 20/06/2025) is crawling,
babbles "mama" and "nana", and reaches for Darcey when she comes into
the room. She feeds well and naps in her cot. She stiffened and cried
when a man's voice was raised on the stairs outside the flat.

B3  WHAT WE WANT FOR DARCEY AND ISLA-ROSE
  - Darcey and Isla-Rose are not hurt, grabbed or shaken by anyone.
  - Darcey tells her teacher and her social worker that she feels safe at
    home, and has an adult she trusts to tell if she is worried.
  - Isla-Rose keeps developing well and only sees her dad where it has
    been agreed to be safe.

B4  WHAT WILL HAPPEN
Each item: LEAD / DO / WHEN / PROOF (how the core group will know)

 1  LEAD  Rachel Amos, social worker
    DO    Visit Darcey and Isla-Rose at home, see Darcey on her own,
          and see Isla-Rose awake; at least one visit a month
          unannounced
    WHEN  Weekly until the review conference
    PROOF Visit records with Darcey's words and a note of how
          Isla-Rose was seen, read at each core group

 2  LEAD  Mrs Sandra Okafor, DSL, Priory Lane Primary
    DO    Check in with Darcey before registration and write down how
          she is; body map any mark and tell the SW straight away
    WHEN  Every Monday and Friday in term; any mark the same day
    PROOF DSL log, with a copy of any body map emailed to the SW that
          day

 3  LEAD  Nia Rhodes, health visitor
    DO    Full 12-month development review for Isla-Rose, including a
          skin check and her weight and height
    WHEN  By 18/07/2025, then home visits every 4 weeks
    PROOF ASQ-3 scores and growth recorded in the red book and sent to
          the SW and GP

 4  LEAD  Jodie Holroyd
    DO    Go to the Protective Parents group at Coppice Family Hub,
          including the sessions on keeping children safe from a
          partner's anger
    WHEN  Every Wednesday, 10am-12pm, for 10 weeks from 02/07/2025
    PROOF Attendance sheet sent to the SW each month; facilitator's
          end-of-course report shared with the core group

 5  LEAD  Jodie Holroyd
    DO    Keep Craig away from 4 Coppice Row and from Darcey; tell the
          SW the same day if he comes to the flat, phones or messages
    WHEN  Every day, until the review conference decides otherwise
    PROOF Darcey tells the SW at each visit who has been to the flat;
          police confirm no reported bail breach at each core group

 6  LEAD  Mo Ghani, contact supervisor, Amblethorpe Family Centre
    DO    Supervise Craig's time with Isla-Rose (Darcey does not
          attend)
    WHEN  Every Saturday, 10-11.30am, from 28/06/2025
    PROOF Written contact record sent to the SW after each session

 7  LEAD  DC Ian Thorne, Amblethorpe Police CAIT
    DO    Tell the SW of any change to Craig's bail and of the charging
          decision
    WHEN  Within 24 hours of any change; charging decision expected by
          31/07/2025
    PROOF Email to the SW, logged on both children's files

 8  LEAD  Rachel Amos, social worker
    DO    Assess the risk Craig poses to the children, with his
          agreement, before any plan for him to return or have
          unsupervised time with Isla-Rose
    WHEN  Written assessment by 15/08/2025
    PROOF Assessment report shared with Jodie and the core group
          before the review conference

 9  LEAD  Rachel Amos, social worker
    DO    Refer Darcey to Amblethorpe Children's Therapy Service for
          help with what happened and her worries about home
    WHEN  Referral by 04/07/2025
    PROOF Acceptance letter on file; start date reported to the core
          group

10  LEAD  Pauline Holroyd, maternal grandmother
    DO    Collect Darcey from after-school club and give her tea while
          Jodie is at college
    WHEN  Every Tuesday and Thursday in term, 5.30pm
    PROOF School's collection log signed by Pauline; Darcey asked at
          SW visits how the days went

11  LEAD  Dr Helen Marsh, consultant community paediatrician
    DO    Review Darcey at clinic (healing of the bruising, growth and
          any new marks) and write to the SW and GP
    WHEN  Clinic appointment 14/07/2025
    PROOF Clinic letter on the children's files

B5  CONTINGENCY
If Craig comes to 4 Coppice Row, has any contact with Darcey, or either
child has a mark that is not explained, the adult who knows will ring
the SW (or the Emergency Duty Team out of hours) and, if Craig is
there, 999. The SW will hold a strategy discussion with the police the
same day. Darcey and Isla-Rose will stay with Pauline at 17 Birch Grove
while it is decided what happens next, and Saturday contact will stop
until the strategy discussion has met.

If Pauline cannot collect Darcey on a Tuesday or Thursday, Darcey will
stay at after-school club until 6pm and Jodie will miss college to
collect her; if neither can, the SW will collect Darcey and take her
home. If Pauline is ill or away when the children need somewhere safe,
the SW or the Emergency Duty Team will arrange approved foster carers
for Darcey and Isla-Rose together that night.

If Jodie allows Craig back into the home, or there is a second
unexplained injury to either child, the SW will ask the team manager
for a legal planning meeting within 5 working days.

B6  CORE GROUP AND REVIEW
Core group every 4 weeks at Priory Lane Primary, 3.45pm: 03/07/2025,
31/07/2025 and 28/08/2025.
Review child protection conference: 15/09/2025, 10am, Amblethorpe
Civic Centre, Room 2.

Plan typed by Rachel Amos (SW) 24/06/2025; agreed by Gareth Lowe (IRO).
Copies: Jodie Holroyd, Pauline Holroyd, Priory Lane Primary, HV, GP,
Amblethorpe Police CAIT, Amblethorpe Family Centre, Dr Marsh.
========================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Hospital paediatric discharge summary: clinical sections, follow-up
#    requests to the GP, then "Safeguarding plan on discharge" as the last
#    section; header and page footer on every page (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_askwell_discharge_summary_safeguarding_plan_last_maddox.pdf",
    "doc_title": "Paediatric Discharge Summary - Cerys Maddox",
    "split": "tune",
    "template": "paediatric-ward-discharge-summary-paged-patient-and-admission-fields-diagnoses-history-investigations-weight-table-nursing-observations-discharge-medicines-gp-requests-follow-up-then-safeguarding-plan-on-discharge-last-section-action-responsible-when-how-progress-shown-table",
    "description": (
        "A children's ward discharge summary for a 5-month-old admitted with faltering growth (neglect; "
        "mother's postnatal depression), with a child protection plan made at a conference held during "
        "the admission. Most of the document is clinical: diagnoses, history, investigations, weights, "
        "discharge medicines and requests to the GP and follow-up, which look like tasks but are not "
        "the plan. The safeguarding plan is the last section: the practice nurse's weights are only "
        "'monitored', the dietitian's review is 'TBC', the perinatal team only supports Leah 'as "
        "required' with no measure, and 'Family' owns the feeding row. The grandmother and aunt carry "
        "the first weeks at home but the contingency never says what happens if they cannot, and the "
        "core group is 'to be arranged'."
    ),
    "header": "Askwell and Derrington Hospitals NHS Trust – Children's Services – Paediatric Discharge Summary",
    "footer": "Cerys MADDOX – Hosp. No. AK4471203 – CONFIDENTIAL – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Discharge Summary"),
        ("p", "Askwell General Hospital · Kingfisher Ward (Paediatrics) · Consultant: Dr Sian Fenn"),
        ("h2", "Patient"),
        ("kv", [
            ("Name", "Cerys Maddox"),
            ("Date of birth", "14/01/2025 (5 months)"),
            ("Hospital number", "AK4471203"),
            ("Address", "Flat 6, Linden House, Carver Street, Askwell"),
            ("Parent / carer", "Leah Maddox (mother, 20); father Kieran Doyle (23) works offshore, two weeks on, "
                               "two weeks off"),
            ("GP", "Dr Hollis Obi, Bellfield Surgery, Askwell"),
            ("Health visitor", "Amanda Kirk, Askwell 0–19 Service (North)"),
            ("Social worker", "Daniel Ruddock, Askwell Children's Services, Safeguarding Team 1"),
        ]),
        ("h2", "Admission"),
        ("kv", [
            ("Admitted", "30/05/2025 via HV referral to the paediatric assessment unit"),
            ("Discharged", "16/06/2025"),
            ("Discharged to", "Home, with mother; maternal grandmother staying for the first two weeks"),
            ("Summary completed by", "Dr Tom Ashe, ST4 Paediatrics, for Dr Sian Fenn"),
        ]),
        ("h2", "Diagnoses"),
        ("numbers", [
            "Faltering growth – non-organic, due to inadequate intake at home (weight fell from the 50th to "
            "below the 0.4th centile between 8 weeks and 19 weeks).",
            "Irritant nappy dermatitis, resolved.",
            "Safeguarding: subject of a child protection plan (category neglect) from 12/06/2025.",
        ]),
        ("h2", "Presenting history"),
        ("p", "Amanda Kirk (HV) weighed Cerys at home on 29/05/2025 at 5.31 kg, below the 0.4th centile. Leah "
              "reported feeding 4 oz \"about four or five times a day\" and said Cerys \"sleeps through\". Formula "
              "tins at home were being made up with fewer scoops than advised. Leah was diagnosed with postnatal "
              "depression by her GP in March 2025 and was started on sertraline; she told the ward that she "
              "stopped it in May. Kieran had been offshore for the fortnight before admission."),
        ("h2", "Investigations"),
        ("p", "Full blood count, U&E, LFT, bone profile, TFT, coeliac screen and urine dipstick and culture "
              "all normal. Skeletal survey not indicated. Hearing screen passed at birth."),
        ("h2", "Progress on the ward"),
        ("p", "Cerys was fed standard formula at 150 ml/kg/day, 3-hourly, by nursing staff and then by Leah "
              "under supervision. She took every feed well and gained weight steadily with no other treatment, "
              "which confirms that the cause was not enough milk at home."),
        ("table", {
            "header": ["Date", "Weight", "Centile"],
            "widths": [4.0, 4.0, 9.0],
            "rows": [
                ["30/05/2025", "5.28 kg", "Below 0.4th"],
                ["05/06/2025", "5.52 kg", "0.4th"],
                ["10/06/2025", "5.71 kg", "0.4th–2nd"],
                ["15/06/2025", "5.76 kg", "2nd"],
            ],
        }),
        ("p", "Leah was on the ward for most of each day and stayed overnight three times. Nursing notes record "
              "that she needed prompting to wake for the 3am feed and twice left Cerys in her cot crying for "
              "over 20 minutes while she was on her phone in the parents' room. Her mood was low and she cried "
              "in the ward round on 04/06/2025. The perinatal mental health team saw her on the ward on "
              "06/06/2025."),
        ("h2", "What the nurses and play specialist saw of Cerys"),
        ("p", "Cerys is a smiley, alert baby who watches faces closely. On admission she was quiet, sucked her "
              "fists and fell asleep during feeds; by the second week she was crying for her feeds, kicking on "
              "the playmat and laughing when the play specialist sang to her. She settles quickly when held "
              "against the shoulder and likes the light-up mobile. She reaches for Leah and for her nan, Tracey, "
              "when they come onto the ward."),
        ("h2", "Medicines on discharge"),
        ("bullets", [
            "First infant formula: 150 ml/kg/day, 110 ml every 3 hours (8 feeds a day). Feed chart provided.",
            "Zinc and castor oil cream to the nappy area at each change.",
        ]),
        ("h2", "Information and requests for the GP"),
        ("bullets", [
            "Please see Leah to restart her sertraline; she has agreed to book in.",
            "Please add Cerys to the practice's child protection register and flag both records.",
            "We would be grateful if the practice could offer weekly weights at the baby clinic.",
        ]),
        ("h2", "Follow-up arranged by the ward"),
        ("bullets", [
            "Paediatric outpatients, Dr Fenn: clinic on 14/07/2025 at 10.20am (letter sent to Leah).",
            "Dietetics: outpatient appointment requested on 13/06/2025 – awaiting date.",
            "Open access to Kingfisher Ward for 6 weeks: Leah may ring the ward at any time.",
        ]),
        ("h2", "Safeguarding plan on discharge"),
        ("p", "An initial child protection conference was held on Kingfisher Ward on 12/06/2025 (chair: Ruth "
              "Beecham, IRO). Cerys is subject to a child protection plan under the category of neglect. The "
              "actions below were agreed at the discharge planning meeting on 13/06/2025 with Leah, Tracey "
              "Maddox, the SW, HV, ward sister and Dr Ashe, and form the first part of the plan."),
        ("h3", "Why Cerys has a plan"),
        ("p", "Cerys was not given enough milk at home for several weeks and lost weight to a dangerous level. "
              "Leah's depression, and being on her own with Cerys for two weeks at a time, made it hard for her "
              "to wake for feeds, make them up properly and notice Cerys's hunger."),
        ("h3", "What Cerys needs"),
        ("bullets", [
            "Cerys gets eight full feeds a day and keeps gaining weight, reaching the 9th centile by the review "
            "conference.",
            "Cerys is picked up and comforted when she cries, by an adult who is awake and paying attention.",
            "Cerys is seen and weighed by a professional every week.",
        ]),
        ("h3", "Safeguarding actions"),
        ("table", {
            "header": ["Action", "Responsible", "When", "How progress will be shown"],
            "widths": [5.6, 3.8, 3.2, 4.4],
            "rows": [
                ["Home visit to see Cerys awake and fed, check the feed chart and count the formula in the "
                 "cupboard",
                 "SW Daniel Ruddock", "Within 24 hours of discharge, then twice weekly for 4 weeks",
                 "Visit notes record the feed chart totals and Cerys seen awake"],
                ["Health visitor visits to check feeding, Cerys's development and Leah's mood (EPDS)",
                 "HV Amanda Kirk", "Weekly for 6 weeks, then fortnightly",
                 "Weight plotted in the red book; EPDS score shared with the SW and GP"],
                ["Weigh Cerys at Bellfield Surgery baby clinic",
                 "Practice nurse, Bellfield Surgery", "Every Thursday", "Weights monitored"],
                ["Outpatient review with the paediatric dietitian",
                 "Paediatric dietitian, Askwell General", "TBC",
                 "Written feeding plan copied to the HV and SW"],
                ["Continue to support Leah with her mood after discharge",
                 "Askwell Perinatal Mental Health Team", "As required", ""],
                ["Review Leah's sertraline and check she is collecting it",
                 "Dr Hollis Obi, GP, Bellfield Surgery", "By 27/06/2025",
                 "GP letter to the SW and HV; pharmacy collections checked"],
                ["Feed Cerys every 3 hours, day and night, and write each feed on the chart",
                 "Family", "Every 3 hours",
                 "Chart totals at least 850 ml a day, checked by the HV and SW"],
                ["Stay at Leah's flat and do the night feeds",
                 "Tracey Maddox (maternal grandmother)", "Every night, 16/06/2025 to 30/06/2025",
                 "Night feeds written on the chart in Tracey's hand"],
                ["Call in to help with the teatime feeds and Cerys's bath",
                 "Jade Maddox (maternal aunt)", "Daily, 4–7pm, for 4 weeks",
                 "Jade signs the feed chart at each visit"],
                ["Review Cerys's growth in clinic and write to the GP, HV and SW",
                 "Dr Sian Fenn, consultant paediatrician", "14/07/2025",
                 "Clinic letter with weight and centile"],
            ],
        }),
        ("h3", "If there are concerns"),
        ("p", "If Cerys's weight drops at any weigh-in, the feed chart shows fewer than 7 feeds in a day, or "
              "Cerys is found left crying unattended, the professional who sees it will tell the SW the same "
              "day. The SW will hold a strategy discussion that day and Cerys will be readmitted to Kingfisher "
              "Ward for assessment while a safe place for her to live is agreed."),
        ("h3", "Meetings"),
        ("p", "Core group: to be arranged by the social worker. Review child protection conference: 04/09/2025, "
              "2pm, Askwell Civic Offices. If Cerys's weight falls back below the 2nd centile after discharge, "
              "or she is readmitted, the SW will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("p", "Dr Tom Ashe, ST4 Paediatrics, for Dr Sian Fenn, Consultant Paediatrician – 16/06/2025. "
              "Copies: GP, HV, SW, Leah Maddox."),
    ],
    "findings": [
        F("M002", "Weigh Cerys at Bellfield Surgery baby clinic"),
        F("T002", "Outpatient review with the paediatric dietitian"),
        F("H001", "Continue to support Leah with her mood after discharge"),
        F("T002", "Continue to support Leah with her mood after discharge"),
        F("M001", "Continue to support Leah with her mood after discharge"),
        F("W002", "Feed Cerys every 3 hours, day and night"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Transfer-in conference summary: how the family came, the previous
#    authority's plan and where each part had got to (including work it put
#    on hold for the move), then the new plan with a "Carried over?" column.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_aldbrecken_transfer_in_history_then_new_plan_ketteridge.docx",
    "doc_title": "Transfer-in Conference Summary and Plan - Rhys and Lacey Ketteridge",
    "split": "tune",
    "template": "transfer-in-conference-summary-docx-how-the-family-came-here-previous-authority-plan-prose-and-what-it-said-where-it-got-to-table-then-new-plan-ref-what-will-happen-lead-when-how-well-know-carried-over-column",
    "description": (
        "Exemplary. Summary and plan from a transfer-in conference for a 10-year-old and a 5-year-old "
        "who moved with their mother (alcohol dependence, relapse in February) to be near her sister. "
        "The first half is history: the previous council's plan and where each part had got to, "
        "including a parenting assessment and a CAMHS referral that council put on hold because of "
        "the move. The new plan picks those up with dates; every row has a lead, a real timescale and "
        "evidence; the alcohol service reports on capacity to sustain change; the aunt's part has a "
        "fallback; contingency, meetings and the legal step are set."
    ),
    "blocks": [
        ("title", "Transfer-in Child Protection Conference"),
        ("p", "Aldbrecken Borough Council – Children's Services – Conference and Review Team"),
        ("p", "Summary and plan (the full minutes will follow)"),
        ("kv", [
            ("Children", "Rhys Ketteridge, born 30/04/2015 (10), Year 5; Lacey Ketteridge, born 21/12/2019 (5), "
                         "Reception – both at Heathcote Primary since 02/06/2025"),
            ("Address", "12 Tannery Lane, Aldbrecken (from 12/05/2025)"),
            ("Mother", "Gemma Ketteridge (33)"),
            ("Previous authority", "Hollinfirth Borough Council – child protection plan since 10/01/2025 "
                                   "(neglect), reviewed 10/04/2025"),
            ("Conference", "Transfer-in conference, 23/06/2025, Aldbrecken Civic Centre"),
            ("Chair", "Owen Pritchard, Independent Reviewing Officer"),
            ("Social worker", "Imogen Reyes, Aldbrecken Safeguarding Team 2 (allocated 16/05/2025)"),
            ("Attended from Hollinfirth", "Sadie Marsh, outgoing social worker (by video)"),
        ]),
        ("h1", "How Rhys and Lacey came to Aldbrecken"),
        ("p", "Gemma moved with Rhys and Lacey from Hollinfirth on 12 May 2025 to be near her sister, Nicola "
              "Sharples, after her tenancy ended. Hollinfirth told us of the move on 07/05/2025 and sent the "
              "transfer pack on 14/05/2025. Sadie Marsh kept visiting fortnightly until the last week of May, "
              "and Imogen and Sadie made a joint visit on 28/05/2025."),
        ("p", "Gemma has been dependent on alcohol for several years. She had been sober for eight months when "
              "she relapsed in February 2025; on 14/02/2025 Rhys rang his aunt because Gemma was asleep on the "
              "kitchen floor and Lacey had not had any tea. Since March she has been testing clear."),
        ("h1", "The Hollinfirth plan and where it had got to"),
        ("p", "This section records the previous plan so that nothing is lost in the move. It is history: "
              "the actions that apply from today are in the Aldbrecken plan below."),
        ("table", {
            "header": ["What the Hollinfirth plan said", "Where it had got to by the transfer"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Weekly alcohol keywork and breath tests with Hollinfirth Recovery Service",
                 "12 of 14 sessions attended, all tests clear since 03/03/2025. Discharged on moving (09/05/2025); "
                 "Gemma registered with Aldbrecken Drug and Alcohol Service on 20/05/2025."],
                ["Parenting assessment by the Hollinfirth SW",
                 "Three sessions done in March and April. Put on hold by Hollinfirth in May pending the transfer, "
                 "and not completed. Session notes are in the transfer pack."],
                ["GP referral of Rhys to Hollinfirth CAMHS for his sleep and worries",
                 "Held back in April because of the move; never sent."],
                ["Family support sessions on routines, Hollinfirth Early Help",
                 "Six of eight sessions done; closed when the family left."],
                ["Fortnightly SW visits, seeing the children alone",
                 "Done throughout, the last on 22/05/2025."],
            ],
        }),
        ("p", "Conference noted that two pieces of work had stalled because of the move, and agreed that both "
              "are picked up in the Aldbrecken plan with their own dates."),
        ("h1", "Decision"),
        ("p", "Conference agreed that Rhys and Lacey continue to be likely to suffer significant harm through "
              "neglect if Gemma drinks while caring for them, and that the plan continues under Aldbrecken "
              "Borough Council from today, under the category of neglect. Hollinfirth's responsibility ends "
              "with this conference."),
        ("h1", "What Rhys and Lacey say"),
        ("p", "Rhys (seen alone at school by Imogen on 05/06 and 19/06/2025): \"I like it here because Auntie "
              "Nic is round the corner. When Mum drinks I get scared she'll fall over again.\" He said he "
              "still checks the recycling bin for cans \"to see\". He finds it hard to get to sleep and would "
              "like \"someone to talk to about the worrying\". He has joined the school football team."),
        ("p", "Lacey (seen at home on 05/06 and 19/06/2025) drew her new bedroom with \"stars on the ceiling\" and "
              "said her favourite person is \"Auntie Nic because she does sleepovers\". She told Imogen \"Mummy "
              "doesn't have the smelly drink now\". Her teacher says she is settling well and eats everything at "
              "lunch."),
        ("h1", "What we want for Rhys and Lacey"),
        ("bullets", [
            "Rhys and Lacey are always cared for by a sober adult, get to school on time and have regular meals.",
            "Rhys can stop checking on his mum and gets help with his worries and his sleep.",
            "Lacey keeps settling at school and keeps seeing her aunt every week.",
        ]),
        ("h1", "The Aldbrecken plan"),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "When", "How we'll know", "Carried over?"],
            "widths": [0.9, 4.6, 2.9, 2.7, 3.9, 2.0],
            "rows": [
                ["A1", "Visit Rhys and Lacey at home, see each of them on their own, and check the kitchen and "
                       "recycling; one visit in three unannounced",
                 "SW Imogen Reyes", "Weekly for 6 weeks, then fortnightly",
                 "Visit records with each child's words, read at every core group", "Yes – more often"],
                ["A2", "Complete the parenting assessment started in Hollinfirth, using their session notes and "
                       "adding observations of Gemma's care at home",
                 "SW Imogen Reyes", "Written report by 15/08/2025",
                 "Report shared with Gemma and the core group before the review conference", "Yes – restarted"],
                ["A3", "Alcohol keywork with Gemma, a breath test at every session, and a written report on "
                       "whether she is sustaining change and what that means for Rhys and Lacey",
                 "Dev Anand, recovery worker, Aldbrecken Drug and Alcohol Service",
                 "Weekly; report before every core group",
                 "Breath test results and the written report read at each core group", "Yes"],
                ["A4", "Refer Rhys to Aldbrecken CAMHS about his sleep and his worries about his mum",
                 "Dr Ruth Gallagher, GP, Foxton Road Surgery", "Referral by 04/07/2025",
                 "CAMHS acceptance letter copied to the SW; first appointment date reported to the core group",
                 "Yes – never sent"],
                ["A5", "Check both children's attendance and punctuality, and tell the SW of any unexplained "
                       "absence",
                 "Mr Tom Bryce, DSL, Heathcote Primary", "Every school day; absence reported by 10am",
                 "Registers and a same-day email to the SW", "New"],
                ["A6", "Have Rhys and Lacey for tea on Wednesdays and Fridays and overnight on Saturdays, and "
                       "write each visit in the family diary",
                 "Nicola Sharples (maternal aunt)", "Every Wednesday, Friday and Saturday",
                 "Family diary signed by Nicola, read by the SW at each visit", "New"],
                ["A7", "Sessions at home on morning and bedtime routines, with a weekly routine chart for each "
                       "child",
                 "FSW Dionne Walsh, Aldbrecken Family Hub", "Weekly for 10 weeks from 30/06/2025",
                 "Routine charts completed; school registers show both children in by 8.50am", "Yes – restarted"],
                ["A8", "Health review for Lacey: height, weight, vision and registration with a dentist",
                 "Lisa Tran, school nurse", "By 18/07/2025",
                 "Health review record and dentist registration shared with the SW", "New"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Gemma smells of alcohol or appears drunk while caring for the children, has a positive breath "
              "test, or Rhys tells anyone his mum has been drinking, the adult who knows will ring Imogen (or "
              "the Emergency Duty Team) straight away. The children will go to Nicola's that day and Imogen "
              "will hold a strategy discussion the same day."),
        ("p", "If Nicola is ill, away or cannot have the children, Imogen or the Emergency Duty Team will "
              "arrange for Rhys and Lacey to stay together with approved foster carers that night, and on "
              "Wednesdays and Fridays the children will go to Heathcote after-school club until 6pm "
              "(paid for by Children's Services) so that Gemma is not alone with them at teatime."),
        ("p", "If Gemma has two positive breath tests, or drinks while caring for the children, before the "
              "review conference, Imogen will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Heathcote Primary, 9.30am: 07/07/2025, 04/08/2025 and 01/09/2025.",
            "Review child protection conference: 22/09/2025, 1.30pm, Aldbrecken Civic Centre.",
        ]),
        ("p", "Summary agreed by Owen Pritchard (IRO), 24/06/2025. Copies to all attendees and to Hollinfirth "
              "Borough Council for closure."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Family group conference: the coordinator's notes of the information
#    stage and of what the family talked about in private time, the family's
#    own plan in their words, then the professionals' agreement (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_alderthwaite_fgc_family_plan_then_professionals_agreement_lowther.md",
    "split": "tune",
    "template": "fgc-record-md-coordinator-notes-information-giving-and-private-family-time-discussion-then-family-plan-in-own-words-bold-person-bullets-then-professionals-agreement-paragraph-and-service-what-who-when-how-table-then-review-bullets",
    "description": (
        "A family group conference record for a 7-year-old and a 3-year-old on child protection plans "
        "(neglect; mother's daily cannabis use, children left alone). The coordinator's notes of what the "
        "professionals told the family and of the family's private discussion are full of 'said she "
        "would' and 'could do' offers that are not the plan. In the family's own plan Uncle Marcus helps "
        "'whenever he's not on shift' with no measure, Mum's clean-up has no timescale, and 'everyone in "
        "the family' looks out for the children with no timescale or measure. In the professionals' part "
        "the health visitor row is 'Ongoing' and the recovery service row is 'Reviewed at core group'. "
        "Nana, Grandad and Marcus carry much of the plan, and the family's 'what if' sends the children "
        "to Nana with nothing said about what happens if she can't."
    ),
    "text": """\
# Family Group Conference – Record and Family Plan

**Alderthwaite Council – Family Group Conference Service**

| | |
|---|---|
| Children | Frankie Lowther (7), Year 2, Alderthwaite Primary; Skye Lowther (3), at home |
| Held | Wednesday 25/06/2025, 5pm – 8.40pm, Alderthwaite Community Centre (Garden Room) |
| Coordinator | Ruth Fairweather, independent FGC coordinator |
| Referred by | Sarah Ndiaye, social worker, Alderthwaite Children's Services |
| Why referred | Frankie and Skye have been on child protection plans (neglect) since 22/05/2025; the plan asks the family to make their own plan for the children's care |
| Family present | Dani Lowther (Mum); Jean Lowther (Nana, Dani's mum); Pete Lowther (Grandad); Marcus Lowther (Uncle, Dani's brother); Shona Bell (Dani's best friend, Skye's godmother) |
| Professionals for the information stage | Sarah Ndiaye (SW); Priya Dass (health visitor); Mrs Carol Innes (DSL, Alderthwaite Primary); Lee Carver (recovery worker, Open Door) |

## 1. Information stage (coordinator's notes)

Sarah explained the worries. On 28/04/2025 Frankie, then 6, was found by a neighbour
walking Skye to the shop at 9pm because "Mum was asleep and we were hungry". Dani smokes
cannabis every day, usually from late afternoon; on four of Sarah's visits the flat
smelled strongly of it and there was no food for tea. The kitchen has piles of rubbish
and the children share a mattress on the floor. Frankie has been late to school 14 times
this term.

Priya said Skye's speech is behind and that she would like to keep calling in; she said
she could try to get Skye a place at the Chatterbox speech group. Mrs Innes said the
school will carry on giving Frankie breakfast when he arrives hungry and that she would
be happy to look at a free breakfast club place. Lee said Dani has been to Open Door
twice and that he would keep offering her appointments; he said it usually helps if
someone in the family comes along the first few times.

The family asked questions about what happens if things don't change. Sarah explained
that if the children are still being left alone, or nothing has changed by the autumn,
the local authority could start legal proceedings.

## 2. Private family time (what the family told the coordinator they talked about)

Nana said she'd be happy to have the kids at weekends and that she'd "always" be there
for them. Grandad said he could do some of the school runs but not Tuesdays or
Thursdays because of his allotment committee. Marcus said he wanted to help but works
shifts at the distribution centre. Shona said she could babysit now and then so Dani
could go to her appointments. Dani said she was embarrassed about the flat and wanted
to "get clean for the kids".

## 3. Our family plan (written by the family)

### What we want for Frankie and Skye

- Frankie and Skye always have a grown-up looking after them who isn't stoned.
- They have tea every night, a proper bed each and get to school and nursery on time.
- Skye's talking gets better and Frankie isn't worrying about looking after his sister.

### What Frankie and Skye told us

Frankie (told Nana and Sarah before the meeting): "I don't like it when Mum smokes the
funny-smelling stuff because she goes sleepy. I like Nana's because she does chips and
I've got my own bed." He said he wants to go to football club on Saturdays "like Kai".

Skye is only 3 and doesn't say much yet. Nana says she runs to the door every time
someone knocks and eats everything she's given at Nana's. She likes bubbles, Peppa Pig
and being carried on Grandad's shoulders.

### Who will do what

**Dani (Mum)**

- I'll go to Open Door every Tuesday at 11 and do the tests they ask for, and Lee will tell Sarah whether I've been and what the tests say.
- I won't smoke weed in the flat or when I've got the kids with me, from today, and I'll do a saliva test at every one of Sarah's visits.
- I'll get the kitchen and the kids' bedroom clean and tidy, and Sarah can see it for herself.

**Nana (Jean)**

- I'll have Frankie and Skye at mine every Friday after school until Sunday teatime, and I'll write it on the calendar in the kitchen so Sarah can see.
- I'll buy the kids a bunk bed with the money I've put aside, by the end of July, and Sarah can see it when she visits.

**Grandad (Pete)**

- I'll take Frankie to school every Monday, Wednesday and Friday morning, and Mrs Innes will tick him in at the gate.

**Uncle Marcus**

- Uncle Marcus will come round to help Dani tidy up whenever he's not on shift.

**Shona**

- I'll babysit Skye every Tuesday morning while Dani's at Open Door, and I'll text Sarah when I've got her.

**All of us**

- Everyone in the family will look out for Frankie and Skye and tell each other if we're worried.

### What if things go wrong?

If Dani has been smoking when she's got the kids, Nana will come round and take Frankie
and Skye back to hers, and they'll stay at Nana's until Dani's straight. Nana will ring
Sarah (or the emergency number on her fridge) the same night.

### How we'll check it's working

We'll meet at Nana's on the first Sunday of every month and go through the calendar and
the plan together.

## 4. Professionals' agreement

The plan was taken to Sarah Ndiaye and her team manager, Graham Oduya, at the end of the
meeting. Children's Services agree the family plan as part of Frankie and Skye's child
protection plan, with the services below added.

| What we will do | Who | When | How we'll know |
|---|---|---|---|
| Visit Frankie and Skye at home and see Frankie on his own, checking the food, the beds and the calendar | Sarah Ndiaye, social worker | Every 2 weeks, one visit in four unannounced | Visit records with Frankie's words and what was seen in the kitchen and bedroom |
| Carry on home visits to Skye, checking her weight and her speech | Priya Dass, health visitor | Ongoing | Weight and speech checks recorded in the red book and shared with the SW |
| Keywork sessions with Dani about her cannabis use | Lee Carver, Open Door (Alderthwaite Drug and Alcohol Service) | Weekly | Reviewed at core group |
| Free breakfast club place for Frankie | Mrs Carol Innes, DSL, Alderthwaite Primary | From 01/07/2025, every school day | Breakfast club register shows Frankie in by 8.15am |
| Two-year-old funded nursery place for Skye at Bluebell Nursery | Sarah Ndiaye, social worker | Application by 11/07/2025; place from September | Written offer on file; nursery register shows Skye attending |

## 5. Reviewing the plan

- Core group every 4 weeks at Alderthwaite Primary, 3.30pm: 10/07/2025, 07/08/2025 and 04/09/2025.
- Review child protection conference: 18/09/2025, 10am, Alderthwaite Civic Hall.
- Review FGC: 06/10/2025 at the Community Centre, if the family want one.
- If the children are found alone again, or Dani's tests are still positive for cannabis at the core group on 04/09/2025, Sarah will ask her team manager for a legal planning meeting within 5 working days.

*Record typed by Ruth Fairweather, FGC coordinator, 26/06/2025. Agreed by Dani, Jean, Pete, Marcus and Shona.*
""",
    "findings": [
        F("T002", "Uncle Marcus will come round to help Dani tidy up"),
        F("M001", "Uncle Marcus will come round to help Dani tidy up"),
        F("T001", "I'll get the kitchen and the kids' bedroom clean and tidy"),
        F("W002", "Everyone in the family will look out for Frankie and Skye"),
        F("T001", "Everyone in the family will look out for Frankie and Skye"),
        F("M001", "Everyone in the family will look out for Frankie and Skye"),
        F("T002", "Carry on home visits to Skye, checking her weight"),
        F("M002", "Keywork sessions with Dani about her cannabis use"),
        F("C003"),
    ],
})
