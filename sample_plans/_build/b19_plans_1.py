"""Batch 19, module 1: seven fictional files (held-out evaluation material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

H = "<"

PLANS = []


# ---------------------------------------------------------------------------
# 1. Letter before proceedings (PLO) with the CP plan written out as a
#    numbered schedule (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_carrowdene_plo_letter_schedule_okafor.docx",
    "doc_title": "Letter before proceedings - Mason and Ruby Okafor",
    "split": "heldout",
    "template": "plo-letter-before-proceedings-numbered-schedule-table",
    "description": (
        "Exemplary letter before proceedings (PLO) to two parents after domestic abuse and the father's "
        "cocaine and alcohol use, with the child protection plan written out as a numbered schedule "
        "(No. / What needs to happen / Who / By when / How we will all know): named owners, dates, "
        "observable measures, the recovery service asked to assess capacity to change, the children's "
        "words, a contingency covering the aunt and grandmother failing, core group and review dates, "
        "and a return to the legal gateway if the schedule is not met."
    ),
    "blocks": [
        ("pr", "Carrowdene City Council"),
        ("pr", "Children's Services – Safeguarding Team East"),
        ("pr", "Wharfside House, Canal Street, Carrowdene"),
        ("pr", "Our ref: CCC/PLO/25/0193"),
        ("p", ""),
        ("pl", "Ms Leanne Tolley"),
        ("pl", "12 Foxglove Walk"),
        ("pl", "Carrowdene"),
        ("p", ""),
        ("pl", "Mr Jordan Okafor"),
        ("pl", "c/o 4 Sefton Mews"),
        ("pl", "Carrowdene"),
        ("p", ""),
        ("p", "16 May 2025"),
        ("boldp", "LETTER BEFORE PROCEEDINGS – PLEASE TAKE THIS LETTER TO A SOLICITOR STRAIGHT AWAY"),
        ("p", "Dear Leanne and Jordan,"),
        ("p", "I am writing because we are very worried about Mason and Ruby. They have been on child "
              "protection plans since the initial conference on 20 January 2025, under the category of "
              "emotional abuse, because of the violence between you and because Jordan has been using "
              "cocaine and alcohol. Some things have got better since then, and I know Leanne has worked hard "
              "with the IDVA. But on 3 May 2025 the police were called to Foxglove Walk again after Jordan "
              "came to the house drunk and pushed Leanne against the kitchen door while Ruby was in her "
              "highchair. Mason was upstairs and heard it."),
        ("p", "On 12 May 2025 our legal gateway meeting decided that we should start the pre-proceedings "
              "process (the Public Law Outline). This means we are thinking about asking the family court to "
              "make decisions about Mason and Ruby if things do not change. We do not want to do that. We "
              "want to work with you both so that the children can stay safely at home with Leanne and keep "
              "seeing their dad."),
        ("p", "You are invited to a pre-proceedings meeting on Thursday 29 May 2025 at 10am at Wharfside "
              "House. Please bring your solicitor. Because you have received this letter you are each "
              "entitled to free legal advice; a list of local family solicitors is enclosed."),
        ("p", "The child protection plan agreed at the review conference on 14 April 2025 is written out again "
              "below, with the changes the core group agreed on 13 May, as the schedule we will go through at "
              "the meeting. It says what needs to happen, who will do it, by when, and how we will all know it "
              "has happened."),
        ("h2", "How Mason and Ruby are"),
        ("p", "Mason (6) talked to Tunde, his social worker, on his own at school on 8 May. He called the night "
              "the police came \"the shouty night\" and said he put his headphones on \"so I didn't have to "
              "hear it\". He said he loves his dad and wants to see him \"on Saturdays at Auntie Sharon's, not "
              "at night time\". He drew his family with Ruby in the middle and said the best thing at home is "
              "\"when Mummy does pancakes\". His teacher says he has been falling asleep in class on Mondays."),
        ("p", "Ruby is 9 months old. At visits she crawls to Leanne, babbles, and holds her arms up to be picked "
              "up. In the week after 3 May she would not be put down, and Leanne's diary shows she woke three "
              "or four times every night."),
        ("h2", "What we need to see for Mason and Ruby"),
        ("bullets", [
            "Mason and Ruby live in a home with no shouting, pushing or violence, where they do not see or "
            "hear adults hurting each other.",
            "Mason and Ruby see their dad only when he is sober and when Sharon is there, and Mason can say "
            "he feels safe at those times.",
            "Ruby is settled at night, keeps growing along her centile and reaches her 12-month milestones.",
            "Mason gets to school every day on time (95% attendance or more by the end of the summer term) "
            "and is no longer falling asleep in class.",
        ]),
        ("h2", "The schedule: what needs to happen"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when", "How we will all know"],
            "widths": [1.0, 6.0, 3.1, 3.1, 3.8],
            "rows": [
                ["1", "Keep to the written safety plan: Jordan does not come to Foxglove Walk, and Leanne tells "
                      "the SW the same day if he comes to the house, phones or messages her",
                 "Leanne Tolley", "Every day, from 16/05/2025",
                 "No police call-outs to the address; every contact by Jordan logged on the case file with "
                 "the date and what Leanne did"],
                ["2", "Go to every Carrowdene Recovery Service appointment and give a hair-strand sample for "
                      "cocaine and alcohol",
                 "Jordan Okafor", "First appointment by 30/05/2025, then weekly; hair sample by 13/06/2025",
                 "Monthly attendance letter to the SW; hair-strand result sent to the SW and both solicitors"],
                ["3", "Assess Jordan's cocaine and alcohol use, his motivation and his capacity to change, "
                      "and say how long change is likely to take",
                 "Priya Nandra, keyworker, Carrowdene Recovery Service", "Written report by 08/08/2025",
                 "Report shared with the SW and the core group before the PLO review meeting"],
                ["4", "Complete the Safer Families domestic abuse perpetrator programme (assessment, then 24 "
                      "weekly group sessions)",
                 "Jordan Okafor", "Assessment by 20/06/2025, then weekly",
                 "Programme report to the SW every 6 weeks on attendance and what Jordan has put into "
                 "practice"],
                ["5", "Safety planning with Leanne, a panic alarm fitted, and help to apply for a "
                      "non-molestation order",
                 "Rhiannon Cole, IDVA, Carrowdene Domestic Abuse Service",
                 "First session by 23/05/2025, then fortnightly",
                 "Signed safety plan on file; alarm fitted; application lodged at court by 06/06/2025"],
                ["6", "Visit Mason and Ruby at home, at least one visit in four unannounced, and see Mason on "
                      "his own",
                 "SW Tunde Bakare", "Every 2 weeks",
                 "Visit records show both children seen, Mason seen alone and his words written down"],
                ["7", "Check Ruby's weight, development and where she sleeps, and complete her 1-year review",
                 "HV Nasreen Ali", "Monthly; 1-year review by 30/07/2025",
                 "Weights plotted in Ruby's red book; ASQ-3 at 1 year shared with the SW"],
                ["8", "Check Mason's attendance and how he presents each morning, and tell the SW the same day "
                      "about any worry",
                 "Mr Owen Pryce, DSL, Carrowdene Road Primary", "Daily; summary email every Friday",
                 "Friday email on file; attendance (84% in spring term) at 95% or more by 18/07/2025"],
                ["9", "Supervise Jordan's time with Mason and Ruby at her home",
                 "Sharon Tolley (maternal aunt)", "Every Saturday, 10am–12pm",
                 "Contact record signed by Sharon and sent to the SW each Monday"],
                ["10", "Collect Mason from school and give him tea on Leanne's college days",
                 "Carol Tolley (MGM)", "Every Tuesday and Thursday, 3.15pm",
                 "School sign-out sheet shows Carol collecting Mason"],
                ["11", "Go to the Freedom Programme and use the safety plan with the children",
                 "Leanne Tolley", "Weekly for 12 weeks from 02/06/2025",
                 "Facilitator's attendance note to the SW; Leanne can tell the SW what she will do if Jordan "
                 "comes to the house"],
                ["12", "Complete a parenting assessment of Leanne, focusing on how she keeps the children "
                       "safe from Jordan",
                 "SW Tunde Bakare", "By 25/07/2025",
                 "Assessment report shared with Leanne, her solicitor and the core group by 25/07/2025"],
            ],
        }),
        ("h2", "If something goes wrong"),
        ("p", "If Jordan comes to Foxglove Walk, contacts Leanne in breach of the safety plan, or is seen by "
              "anyone under the influence of drink or drugs while the children are with him, Leanne will call "
              "999 and then the SW (or, out of hours, the Emergency Duty Team). The SW will visit the children "
              "the same day and a strategy discussion will be held within 24 hours. Jordan's time with the "
              "children will stop, and will only start again at the Carrowdene Family Centre, supervised by "
              "centre staff."),
        ("p", "If Sharon cannot supervise on a Saturday (for example she is ill or away), there will be no "
              "contact at her home that week and the SW will arrange supervised contact at the Carrowdene "
              "Family Centre within 7 days. If Carol cannot collect Mason, he will go to the school's "
              "after-school club, which the SW has already booked for Tuesdays and Thursdays as a back-up, and "
              "Leanne will collect him at 5.30pm."),
        ("p", "If Leanne cannot keep the children safe from Jordan, Mason and Ruby will stay with Sharon, whose "
              "home was checked on 9 May 2025. If Sharon cannot care for them, the SW will arrange an "
              "emergency foster placement for both children together the same day, and the team manager will "
              "take the case straight back to the legal gateway meeting."),
        ("h2", "Meetings"),
        ("bullets", [
            "Pre-proceedings meeting: Thursday 29 May 2025, 10am, Wharfside House.",
            "Core group: every 4 weeks – 5 June, 3 July and 31 July 2025, 1.30pm at Carrowdene Road Primary.",
            "Review child protection conference: 14 August 2025, 10am, Wharfside House.",
            "PLO review meeting: 21 August 2025. If the changes in this schedule have not been made by then, "
            "or Jordan's hair-strand test shows he is still using cocaine, the team manager will take the case "
            "back to the legal gateway meeting to decide whether to apply to court for care proceedings.",
        ]),
        ("p", "I know this letter is hard to read. If you have any questions before the meeting please ring "
              "Tunde or me. Please do not ignore this letter."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Friel"),
        ("pl", "Team Manager, Safeguarding Team East"),
        ("p", ""),
        ("p", "cc: Tunde Bakare, Social Worker; Carrowdene City Council Legal Services"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Easy-read plan for a parent with a learning disability: picture cues,
#    one block per job with Who / What / When / How we will know (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_cindermoor_easy_read_parent_walsh.md",
    "split": "heldout",
    "template": "easy-read-plan-for-parent-picture-cues-who-what-when-know-blocks-md",
    "description": (
        "Easy-read ICPC plan for a 4-month-old (faltering weight, unsafe sleep, father's weekend drinking) "
        "written for a mother with a learning disability: picture cues and one Who / What / When / How we "
        "will know block per job. 'When Kayleigh is ready', a blank When, a blank measure, 'Dean says he "
        "feels better', 'Everyone who helps' with 'review it at the core group', one adult-only outcome, "
        "no adult service for the drinking, the grandmother's help not covered by the contingency, and no "
        "legal step."
    ),
    "text": """\
# My Child Protection Plan – easy read

**For:** Kayleigh Walsh and Dean Walsh
**About:** Alfie Walsh, born 3 February 2025
**Made at:** the child protection conference on 5 June 2025
**From:** Cindermoor Council, Children's Services

> This plan is in easy words. Precious from Cindermoor Advocacy will go
> through it with you. If there is something you do not understand, ask
> Precious or Marcus. It is OK to ask more than once.

## Who is who

- **Marcus Deane** – Alfie's social worker (SW)
- **Jo Mallory** – health visitor (HV)
- **Bev Lomax** – family support worker (FSW)
- **Maureen Walsh** – Dean's mum, Alfie's Nana
- **Precious Adebayo** – Kayleigh's advocate

## Why we are worried

*[Picture: a worried face]*

- Alfie has not put on enough weight. In April he dropped from the 25th
  line to the 9th line on his weight chart.
- Some of Alfie's bottles were made with too much water.
- Alfie was found asleep on the sofa with Dean two times.
- Dean drinks a lot of beer at weekends. When he has been drinking he falls
  asleep and does not wake up when Alfie cries.
- Kayleigh has a learning disability. She finds it hard to remember lots of
  things at once. That is why this plan is in easy words.

## What Alfie is like

*[Picture: a baby smiling]*

Alfie is 4 months old. He cannot talk yet, so we write down what we see.

- Alfie smiles and kicks his legs when Kayleigh sings "Twinkle Twinkle" to
  him.
- He cries very loud when he is hungry, and stops as soon as he sees his
  bottle.
- He falls asleep quickly on Nana Maureen's chest after his bath.
- On 28 May Marcus saw Alfie in a wet nappy that had leaked onto his
  babygro. He was grizzly and rubbing his face.

## What Alfie needs

*[Picture: a baby in a cot, a bottle, a heart]*

1. Alfie is fed the right amount, on time, and his weight goes back up to
   the 25th line.
2. Alfie always sleeps on his back in his own cot.
3. Alfie is looked after by a grown-up who is sober and awake.
4. Kayleigh feels more confident and less stressed.

## Who will do what

### 1. Feeding Alfie

*[Picture: a baby bottle and a clock]*

- **Who:** Kayleigh
- **What:** Give Alfie his bottle every 3 to 4 hours, day and night, and
  write it on the feeding chart.
- **When:** Every day
- **How we will know:** The chart is filled in. Jo sees Alfie's weight
  going up.

### 2. Making bottles

*[Picture: a scoop and a jug of water]*

- **Who:** Bev (family support worker)
- **What:** Show Kayleigh how to make up Alfie's bottles with the right
  number of scoops.
- **When:** When Kayleigh is ready
- **How we will know:** Kayleigh makes 3 bottles the right way with Bev
  watching.

### 3. Weighing Alfie

*[Picture: baby scales]*

- **Who:** Jo (health visitor)
- **What:** Weigh Alfie and check he is growing well.
- **When:** Every 2 weeks at the Tuesday baby clinic
- **How we will know:** Alfie's weight is written in his red book and Jo
  tells Marcus the same week.

### 4. Safe sleep

*[Picture: a baby on his back in a cot]*

- **Who:** Kayleigh and Dean
- **What:** Put Alfie down on his back in his own cot for every sleep.
  Never sleep with him on the sofa.
- **When:** Every sleep, day and night
- **How we will know:** Marcus and Jo see the cot made up with no pillows
  or toys. Nobody finds Alfie asleep on the sofa.

### 5. Dean's drinking

*[Picture: a can of beer with a line through it]*

- **Who:** Dean
- **What:** Drink less at the weekend.
- **When:** Every weekend
- **How we will know:** Dean says he feels better.

### 6. Visits to see Alfie

*[Picture: a house with a door open]*

- **Who:** Marcus (social worker)
- **What:** Come to the flat to see Alfie, his cot and his feeding chart.
- **When:** Every week. Some visits will be a surprise.
- **How we will know:** Marcus writes down what he sees each time and
  shows it to Kayleigh and Dean.

### 7. Parenting group

*[Picture: people sitting in a circle]*

- **Who:** Marcus (social worker)
- **What:** Find a parenting group that is right for parents with a
  learning disability.
- **When:** –
- **How we will know:** Kayleigh has a place on a group and goes to the
  first session.

### 8. Money and bills

*[Picture: a pound coin and a light bulb]*

- **Who:** Bev (family support worker)
- **What:** Help Kayleigh and Dean sort out the gas and electric bills.
- **When:** Every Thursday morning
- **How we will know:**

### 9. Help from Nana Maureen

*[Picture: a grandma holding a baby]*

- **Who:** Maureen (Dean's mum)
- **What:** Come round every evening to help with Alfie's bath, last
  bottle and bedtime.
- **When:** Every evening, 5pm to 7pm
- **How we will know:** Maureen signs the feeding chart at bath time.

### 10. Saturday nights

*[Picture: a moon and stars]*

- **Who:** Maureen
- **What:** Have Alfie to stay at her house on Saturday nights, so
  Kayleigh can rest and Dean is not looking after him after drinking.
- **When:** Every Saturday night
- **How we will know:** Maureen texts Marcus on Sunday morning to say how
  Alfie's night was.

### 11. Keeping an eye

*[Picture: an eye]*

- **Who:** Everyone who helps the family
- **What:** Keep an eye on how Alfie is doing.
- **When:** Every visit
- **How we will know:** We will review it at the core group.

## What happens if things go wrong

*[Picture: a warning sign]*

If Alfie is found asleep on the sofa again, or he misses feeds and loses
weight, Marcus will come to the flat the same day. Alfie will go and stay
with Nana Maureen until the next meeting.

## Meetings

*[Picture: a calendar]*

- The core group (the people helping you) will meet every 4 weeks: 19 June,
  17 July and 14 August 2025, at 10am at Cindermoor Family Hub.
- The next big meeting (the review child protection conference) is on
  28 August 2025.
- Precious will come to every meeting with Kayleigh.
""",
    "findings": [
        F("T002", "Show Kayleigh how to make up Alfie's bottles"),
        F("M002", "Drink less at the weekend."),
        F("T001", "Find a parenting group that is right for parents"),
        F("M001", "Help Kayleigh and Dean sort out the gas and electric bills"),
        F("W002", "Keep an eye on how Alfie is doing."),
        F("M002", "Keep an eye on how Alfie is doing."),
        F("F002", "Kayleigh feels more confident and less stressed."),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review CP plan laid out as one task sheet per agency, each with its own
#    small table, OFFICIAL-SENSITIVE header and page footer (pdf). Exemplary.
# ---------------------------------------------------------------------------
_TASK_HDR = ["Task", "Lead worker", "When", "How we'll know"]
_TASK_W = [6.6, 3.4, 3.0, 4.0]

PLANS.append({
    "name": "b19_copperlea_agency_task_sheets_idowu.pdf",
    "doc_title": "Child Protection Plan - Zara and Kian Idowu",
    "split": "heldout",
    "template": "rcpc-plan-one-task-sheet-per-agency-small-tables-paged",
    "description": (
        "Exemplary review CP plan for a 13- and an 8-year-old (mother's personality disorder, overdose "
        "found by her daughter) laid out as one task sheet per agency, each with a Task / Lead worker / "
        "When / How we'll know table; OFFICIAL-SENSITIVE header and 'Page N of M' footer. Every CMHT task "
        "asks for an assessment of change, the GP owns an action, both children's words are recorded, the "
        "grandfather's care is covered if he cannot help, core group and review dates are set, and a legal "
        "planning meeting follows a further overdose or a poor CMHT prognosis."
    ),
    "header": "OFFICIAL-SENSITIVE | Copperlea Children's Services | Ref CPL-RC-4471",
    "footer": "Review CP plan, Zara and Kian Idowu, 02/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – agency task sheets"),
        ("p", "Agreed at the review child protection conference on 2 June 2025. The plan is set out as one "
              "sheet for each agency so that each service can find its own tasks quickly. Every sheet is sent "
              "to every member of the core group and to Andrea and Clive."),
        ("kv", [
            ("Children", "Zara Idowu, 13 (Year 8, Copperlea Academy); Kian Idowu, 8 (Year 3, Marlpit Lane Primary)"),
            ("Mother", "Andrea Idowu, 36"),
            ("Maternal grandfather", "Clive Barnes, 67, lives in Orchard Close, two streets away"),
            ("Category", "Neglect (continued from ICPC on 10/03/2025)"),
            ("Chair", "Sunita Mahal, Independent Reviewing Officer"),
            ("Lead social worker", "Rob Kettering, Copperlea Children's Services, Family Safeguarding Team 2"),
        ]),
        ("h1", "Why Zara and Kian still need a plan"),
        ("p", "Andrea has a diagnosis of emotionally unstable personality disorder. On 22 February 2025 she took "
              "an overdose at home and Zara found her on the bathroom floor and called 999 while Kian was "
              "asleep. Since the first conference Andrea has started DBT with the Copperlea Community Mental "
              "Health Team and there has been no further overdose, but she has cut herself twice (April and "
              "May), once in the kitchen while Kian was in the next room. Zara is doing most of the cooking "
              "and gets Kian to school, and her attendance has dropped to 88%. Clive is a steady presence for "
              "both children."),
        ("h1", "What Zara and Kian say"),
        ("p", "Zara (seen alone at school on 27 May): \"I'm always listening out for her. I can't relax at "
              "school in case something happens.\" She said things are \"a bit better\" since Mum started "
              "her group, that she likes going to Grandad's because \"he does the tea and I don't have to\", "
              "and that she wants \"someone else to be in charge of Mum's tablets, not me\". She wants to go "
              "back to netball on Thursdays."),
        ("p", "Kian (seen alone at home on 29 May) drew his house with a \"sad cloud\" over the kitchen. He "
              "said \"Mummy has a poorly brain sometimes\" and that when it happens \"Zara looks after me\". "
              "He said he would like to \"go to Grandad's for sleepovers and not worry\". His teacher says he "
              "is often tearful on Monday mornings."),
        ("h1", "What needs to be different for Zara and Kian"),
        ("numbers", [
            "Zara and Kian never have to find or care for their mum after she has hurt herself; an adult "
            "other than Zara is always the person who responds.",
            "Zara is not the main carer for Kian or her mum: she goes to school every day (95% attendance by "
            "the end of the autumn half term) and back to netball on Thursdays.",
            "Kian understands in words he can use why Mum is sometimes unwell, knows who to call, and is no "
            "longer tearful on Monday mornings.",
            "Both children know the crisis plan and Clive's house is their safe place, day or night.",
        ]),
        ("h1", "Sheet 1 – Copperlea Children's Services"),
        ("table", {
            "header": _TASK_HDR, "widths": _TASK_W,
            "rows": [
                ["Visit Zara and Kian at home, seeing each child on their own, with at least one visit a month "
                 "unannounced", "SW Rob Kettering", "Every 2 weeks",
                 "Visit records show each child seen alone, with what they said written in their own words"],
                ["Direct work with Zara about being a young carer and what to do if Mum is unwell (4 sessions)",
                 "SW Rob Kettering", "4 sessions by 18/07/2025",
                 "Zara's own 'what I do if' card made, with a copy for school and Clive"],
                ["Help Kian understand Mum's illness using the 'Mum's Poorly Brain' story book (3 sessions)",
                 "Dee Osman, family support worker", "3 sessions by 11/07/2025",
                 "Kian can tell Dee who he would call if Mum is poorly; session notes on file"],
                ["Update the assessment of how Andrea cares for the children when she is distressed, using "
                 "the CMHT report", "SW Rob Kettering", "By 15/08/2025",
                 "Assessment report shared with Andrea, then with the core group by 22/08/2025"],
            ],
        }),
        ("h1", "Sheet 2 – Copperlea Community Mental Health Team"),
        ("table", {
            "header": _TASK_HDR, "widths": _TASK_W,
            "rows": [
                ["Weekly DBT individual sessions and skills group for Andrea; report on whether she is using "
                 "the skills at home, her capacity to keep Zara and Kian safe when distressed, and the likely "
                 "timescale for change", "Dr Lena Morris, clinical psychologist",
                 "Weekly; written report by 08/08/2025",
                 "Written report sent to the SW and the core group by 08/08/2025"],
                ["Care coordinator visits: agree Andrea's written crisis plan, saying who looks after Zara and "
                 "Kian; assess at each visit whether her risk to herself is reducing; tell the SW the same day "
                 "about any crisis contact, self-harm or admission",
                 "Jamal Reid, CPN and care coordinator",
                 "Fortnightly; crisis plan by 20/06/2025; calls same day",
                 "Signed crisis plan copied to the SW, Clive and the GP; number of crisis contacts each month "
                 "given to each core group (6 in March); calls logged on the children's file"],
            ],
        }),
        ("h1", "Sheet 3 – GP"),
        ("table", {
            "header": _TASK_HDR, "widths": _TASK_W,
            "rows": [
                ["Prescribe Andrea's medication in 7-day amounts and tell the CMHT and the SW if a "
                 "prescription is not collected", "Dr Owen Parfitt, Copperlea Health Centre",
                 "Weekly prescriptions; uncollected ones reported within 2 working days",
                 "Pharmacy collection record sent to the SW each month"],
            ],
        }),
        ("h1", "Sheet 4 – Schools"),
        ("table", {
            "header": _TASK_HDR, "widths": _TASK_W,
            "rows": [
                ["Weekly check-in with Zara and a time-out card she can use in lessons",
                 "Mrs Fay Okoro, DSL, Copperlea Academy", "Every Monday, period 1",
                 "Check-in notes; attendance (88% this term) at 95% by 24/10/2025"],
                ["Place Kian in the nurture group and tell the SW the same day if he says Mum is poorly",
                 "Mr Idris Khan, DSL, Marlpit Lane Primary", "Nurture group Tue and Thu; calls same day",
                 "Boxall profile repeated by 18/07/2025 and sent to the SW; calls logged"],
            ],
        }),
        ("h1", "Sheet 5 – Copperlea Young Carers"),
        ("table", {
            "header": _TASK_HDR, "widths": _TASK_W,
            "rows": [
                ["Young carer's assessment for Zara and a place at the Thursday evening group, after netball",
                 "Beth Quayle, Copperlea Young Carers",
                 "Assessment by 27/06/2025; group weekly from 03/07/2025",
                 "Assessment shared with the SW; Zara's group attendance sent to each core group"],
            ],
        }),
        ("h1", "Sheet 6 – Andrea and Clive"),
        ("table", {
            "header": _TASK_HDR, "widths": _TASK_W,
            "rows": [
                ["Keep all medication in the locked box Clive has fitted, with Clive holding the spare key",
                 "Andrea Idowu", "Every day, from 03/06/2025",
                 "SW and care coordinator check the box at each visit"],
                ["Collect Kian from school on Andrea's DBT group day and give both children their tea",
                 "Clive Barnes (MGF)", "Every Wednesday, 3.15pm",
                 "School sign-out sheet; Zara and Kian tell the SW at visits"],
                ["Have Zara and Kian to stay overnight if Andrea says she is in crisis or is admitted",
                 "Clive Barnes (MGF)", "The same night as any crisis",
                 "Overnight stays logged by the SW with the date and reason"],
            ],
        }),
        ("h1", "If Andrea becomes unwell again"),
        ("p", "If Andrea self-harms, takes an overdose, tells anyone she is thinking of ending her life, or the "
              "CMHT tell the SW she is in crisis, Zara and Kian will go to Clive's house that night (or Clive "
              "will come to stay with them), and the SW, or the Emergency Duty Team out of hours, will see the "
              "children by the next day. A strategy discussion will be held within 24 hours of any overdose or "
              "any self-harm the children see."),
        ("p", "If Clive is unwell, away or cannot have the children, the SW or EDT will place Zara and Kian "
              "together with Copperlea foster carers that night. Zara should never be asked to look after Kian "
              "overnight on her own."),
        ("p", "If there is a further overdose while the children are at home, or the CMHT report of 8 August "
              "says Andrea is unlikely to be able to keep the children safe within their timescales, the SW "
              "will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Copperlea Academy, 4pm: 16/06/2025, 14/07/2025, 11/08/2025, "
            "08/09/2025 and 06/10/2025.",
            "Review child protection conference: 27/11/2025, 10am, Copperlea Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Six-week intensive plan after an unexplained bruise: dated lines in
#    week blocks with [know:] tags, plus undated extras (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_colthwaite_six_week_intensive_harker.txt",
    "split": "heldout",
    "template": "six-week-intensive-plan-dated-lines-in-week-blocks-know-tags-txt",
    "description": (
        "Typed six-week intensive plan after ICPC (unexplained bruise on a 2-year-old; mother's low mood; "
        "4-month-old brother): dated 'day - who - what' lines in week blocks with [know:] tags, then "
        "undated extras. One line with no [know:], an 'asap' GP line, a passive Home-Start referral, a "
        "support-only primary care mental health line, a 'further concerns ... considered' contingency "
        "that leaves out the grandmother's overnight stays, and no legal step."
    ),
    "text": """\
COLTHWAITE BOROUGH COUNCIL - CHILDREN'S SERVICES
Safeguarding Team North, Ingram House, Colthwaite
=======================================================================
SIX-WEEK INTENSIVE PLAN
first six weeks of the child protection plan - agreed at ICPC 28/05/2025
=======================================================================
Children   Tegan HARKER     dob 14/01/2023  (2y 4m)
           Harvey HARKER    dob 02/01/2025  (4m)
Mum        Jade HARKER (22)
Address    Flat 3, 41 Tanyard Row, Colthwaite
Category   Physical abuse
SW         Ellie Marsh             TM   Gareth Pugh
Chair      Rosalind Achebe (IRO)
-----------------------------------------------------------------------

1. WHY THERE IS A PLAN

On 19/05/2025 nursery staff saw a bruise on Tegan's left cheek, about the
size of a 50p, with two finger-shaped marks above it. Jade said Tegan fell
against the coffee table. At the CP medical on 20/05 Dr K Osei said the
bruise was more likely caused by a slap than a fall, and found an older,
healing bruise on Tegan's upper arm. Jade has been low since Harvey was
born and takes sertraline prescribed by her GP. Jade's ex-partner, Connor
Blake, has been coming to the flat some evenings and Jade has said he
"loses his temper with Tegan". No professional has met Connor. Harvey is
gaining weight and had no marks.

2. HOW TEGAN AND HARVEY ARE

Tegan talks in short sentences. At nursery on 22/05 she played with the
dolls' house and made the "daddy" doll hit the "baby" doll, saying
"naughty - bang". She goes quiet and stands very still when a man she does
not know comes into the room. She runs to her key worker Shona for
cuddles and eats her tea very fast. When I visited on 27/05 she hid behind
the sofa when I knocked, and came out when she heard Nana Debbie's voice.

Harvey smiles and babbles at Jade and settles when she holds him against
her shoulder. The HV has noticed he spends long spells in his bouncer; he
has a flat patch on the back of his head.

3. WHAT WE WANT BY THE END OF WEEK 6 (Fri 11/07/2025)

 a) Tegan has no new bruises or marks, and any injury is explained and
    seen by a doctor the same day.
 b) Tegan and Harvey are never left with Connor, and Connor does not come
    to the flat.
 c) Tegan is at nursery every day and is happy to go home at the end of
    the day.
 d) Harvey has time out of his bouncer, on his tummy and on a play mat,
    every day, and his head shape is being checked.

4. THE SIX WEEKS

Each line: date - who - what.  [know: ...] = how we will know it's done.

WEEK 1  (w/c 02/06/2025)
 Mon 02/06  SW Ellie Marsh - unannounced home visit; see Tegan and
            Harvey undressed to vest/nappy and see where each child
            sleeps.
            [know: body map and visit record on file]
 Tue 03/06  Jade - sign the written agreement that Connor does not come
            to the flat or see the children.
            [know: signed agreement on file; no sightings of Connor
            reported by nursery, HV or neighbours' calls]
 Wed 04/06  Nursery DSL Mrs Anita Farr - start a daily check of Tegan on
            arrival, with a body map for any mark, emailed to the SW the
            same day.
            [know: daily arrival sheet; any mark reported within 1 hour]
 Thu 05/06  HV Rachel Cole - home visit to weigh Harvey, look at the flat
            patch on his head and show Jade tummy-time positions.
 Fri 06/06  PC Imran Bashir, Colthwaite CAIU - police and intelligence
            checks on Connor Blake, shared with the SW.
            [know: checks emailed to the SW by 5pm Fri 06/06]

WEEK 2  (w/c 09/06/2025)
 Mon 09/06  Nana Debbie Harker (MGM) - stay at the flat every night, Mon
            to Sun, so Jade is never alone with the children overnight,
            until the end of week 6.
            [know: Debbie's sign-in sheet; SW/HV see her at evening
            visits]
 Tue 10/06  SW Ellie Marsh - first of 4 weekly direct-work sessions with
            Tegan at nursery (feelings faces, "my house" play).
            [know: session notes with Tegan's words and play recorded]
 Wed 11/06  Jade - start the Colthwaite "Safe Steps" parenting group (8
            weeks, Wednesdays 10-12, creche for both children).
            [know: facilitator's attendance sheet to SW fortnightly]
 Fri 13/06  SW Ellie Marsh - evening visit after 6pm to see who is at
            the flat and check Harvey's sleep space.
            [know: visit record names every adult present]

WEEK 3  (w/c 16/06/2025)
 Mon 16/06  Dr K Osei (community paediatrician) - follow-up appointment
            for Tegan: re-examine the arm, growth and development.
            [know: clinic letter to SW and GP within 5 working days]
 Wed 18/06  HV Rachel Cole - repeat visit to check Harvey's head shape
            and weight; refer to physio if the flat patch is no better.
            [know: weight and head measurements in the red book]

WEEK 4  (w/c 23/06/2025)
 Mon 23/06  SW Ellie Marsh - see Tegan at home, then talk with Jade on
            her own about Connor and what the written agreement means.
            [know: visit record; Jade's account written down]

WEEK 5  (w/c 30/06/2025)
 Mon 30/06  SW Ellie Marsh - start the parenting assessment of Jade (6
            sessions, finished by 08/08/2025).
            [know: report shared with the core group by 15/08/2025]
 Wed 02/07  Nursery DSL Mrs Anita Farr - five-week summary of Tegan's
            attendance, any marks and her mood at drop-off and pick-up.
            [know: written summary sent to the SW and core group]

WEEK 6  (w/c 07/07/2025)
 Fri 11/07  SW Ellie Marsh with TM Gareth Pugh - six-week check of this
            plan against a) to d) and write the plan for week 7 on.
            [know: written six-week summary on file and sent to Jade]

ALSO IN THE SIX WEEKS (not tied to a day)
 asap       GP Dr Amir Yusuf - see Jade about her sertraline dose and
            her low mood since Harvey was born, and write to the SW.
            [know: GP letter to the SW on Jade's mood and medication]
 by wk 3    Referral to Colthwaite Home-Start for a volunteer to help
            Jade with trips out with both children.
            [know: volunteer matched and first visit done]
 weekly     Talking Space (primary care mental health), practitioner
            Corinne Adey - weekly sessions to support Jade with her low
            mood.
            [know: attendance]

5. IF THINGS GO WRONG

If there are further concerns about the children's safety, a strategy
discussion will be considered and this plan will be reviewed with Jade.

6. MEETINGS

Core group - weekly for the six weeks, Tuesdays 10am at Little Wrens
Nursery: 03/06, 10/06, 17/06, 24/06, 01/07 and 08/07/2025; every 4 weeks
after that.
Review child protection conference - Wed 20/08/2025, 2pm, Ingram House.

Typed by: E Marsh 29/05/2025     Checked: G Pugh 30/05/2025
""",
    "findings": [
        F("M001", "home visit to weigh Harvey, look at the flat"),
        F("T002", "see Jade about her sertraline dose and her low mood"),
        F("W001", "Referral to Colthwaite Home-Start for a volunteer to help"),
        F("H001", "weekly sessions to support Jade with her low mood"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. IRO midway review form: Y/N checklist, then the updated plan with the
#    agency merged down the first column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_caskwell_iro_midway_review_form_brennan.docx",
    "doc_title": "IRO Midway Review - Ellis and Sophie Brennan",
    "split": "heldout",
    "template": "iro-midway-review-form-yn-checklist-then-agency-merged-first-column-plan",
    "description": (
        "IRO midway review form for a 9- and a 5-year-old (father's schizophrenia; family moving to another "
        "authority): a Question / Y-N-Part / IRO comment checklist, then the updated plan with the agency "
        "merged down the first column (Agency / Named worker / Action / Target date / Evidence). A "
        "parenting assessment paused pending transfer, a support-only CPN row, 'Monitored', 'All agencies', "
        "'Ongoing', a blank evidence cell, one adult-only outcome, and a contingency that leaves out the "
        "grandparents' supervision."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Midway Review of Child Protection Plan"),
        ("p", "Caskwell Metropolitan Borough Council – Safeguarding and Quality Assurance Unit"),
        ("kv", [
            ("Children", "Ellis Brennan (9), Sophie Brennan (5)"),
            ("Parents", "Nicola Brennan and Martin Brennan, 22 Kestrel Rise, Caskwell"),
            ("ICPC", "28/04/2025 – category: emotional abuse"),
            ("Midway review", "09/06/2025 (Teams), with the SW, team manager and family"),
            ("Independent Reviewing Officer", "Dawn Ferriday"),
            ("Social worker", "Chloe Adams, Caskwell Children's Social Care, Locality Team West"),
        ]),
        ("h2", "Part A – IRO checklist"),
        ("table", {
            "header": ["Question", "Y / N / Part", "IRO comment"],
            "widths": [6.0, 2.2, 8.8],
            "rows": [
                ["First core group within 10 working days of the ICPC?", "Y", "Held 09/05/2025."],
                ["Children seen alone at every statutory visit?", "Part",
                 "Ellis seen alone each time. Sophie not seen alone on 22/05 (asleep); seen alone at nursery "
                 "on 27/05."],
                ["Plan has SMART actions?", "Part",
                 "Most actions are clear. Some rows still need a date or a way of knowing they are done – "
                 "discussed with the SW."],
                ["Adult mental health services part of the plan?", "Y",
                 "Dr Anand attended the core group on 06/06. CPN visits continue."],
                ["Family understand the contingency plan?", "Part",
                 "Nicola knows to ring the crisis line and the SW. Not yet agreed what happens at weekends if "
                 "Ray and Lynn cannot help."],
                ["Plan for transfer to Hollinsford agreed?", "N",
                 "Hollinsford Council told of the move on 02/06/2025. The family expect to move on 01/08/2025."],
                ["Child's views recorded?", "Y", "See Part B."],
            ],
        }),
        ("h2", "Part B – What the children have said"),
        ("p", "Ellis (seen alone by the SW at home on 30/05/2025) said Dad was \"back to normal mostly\" but "
              "that he still checks Dad's face when he comes home from school \"to see if it's a good day or "
              "a bad day\". He said the scariest time was in March when Dad \"covered the windows with foil "
              "and said people were watching\". He wants to stay at Caskwell Park Primary until the end of "
              "Year 4 and is worried about moving and \"leaving Nan and Grandad\"."),
        ("p", "Sophie (seen alone at nursery on 27/05/2025) drew her family holding hands and said \"Daddy "
              "sleeps a lot\". She said she likes weekends \"because Nana does pancakes\". Nursery say she "
              "has been wetting at night again since March."),
        ("h2", "Part C – Outcomes and updated plan"),
        ("boldp", "Outcomes (from the ICPC)"),
        ("numbers", [
            "Ellis and Sophie are not frightened by Dad's behaviour at home, and are never alone with him when "
            "he is unwell.",
            "Martin stays well and takes his medication every day.",
            "Ellis has help with his worries and sleeps through most nights; Sophie is dry at night more "
            "often than not.",
        ]),
        ("boldp", "Updated plan – agreed at the midway review"),
        ("table", {
            "header": ["Agency", "Named worker", "Action", "Target date", "Evidence of completion"],
            "widths": [3.0, 2.8, 5.2, 2.8, 3.2],
            "rows": [
                ["Caskwell Children's Social Care", "Chloe Adams (SW)",
                 "Home visits to see Ellis and Sophie, each seen alone, including Sophie's bedroom",
                 "Every 2 weeks until the transfer-in conference",
                 "Visit records with the children's words written down"],
                [V, "Chloe Adams (SW)",
                 "Parenting assessment of Nicola and Martin paused pending transfer; Hollinsford to complete",
                 "Within 6 weeks of transfer",
                 "Assessment report to the Hollinsford core group"],
                [V, "Chloe Adams (SW)",
                 "Direct work with Ellis on his worries about Dad (three houses, worry jar)",
                 "4 sessions by 18/07/2025",
                 "Ellis's three houses on file; his words shared at the RCPC"],
                ["Caskwell Community Mental Health Team", "Gary Fenwick (CPN)",
                 "Continue fortnightly visits to support Martin with his depot medication",
                 "Fortnightly",
                 "Depot given and recorded in CMHT notes"],
                [V, "Dr Ruth Anand (consultant psychiatrist)",
                 "Report on Martin's early warning signs, insight and capacity to change, and what this means "
                 "for the safe care of Ellis and Sophie",
                 "By 11/07/2025",
                 "Written report sent to the SW before the RCPC"],
                ["Caskwell Park Primary", "Mrs Jan Tulley (DSL)",
                 "Keep an eye on Ellis and Sophie in school and note any changes",
                 "Daily",
                 "Monitored"],
                ["All agencies", "–",
                 "Share any concern about Martin's mental state with the SW the same day",
                 "Same day",
                 "Concern logged on the children's file"],
                ["Family", "Ray and Lynn Brennan (PGPs)",
                 "Supervise Martin's time with the children at weekends while Nicola is at work",
                 "Every Sat and Sun, 9am–5pm",
                 "Weekend log sheet signed and given to the SW each Monday"],
                [V, "Karen Doyle (maternal aunt)",
                 "School run Monday to Friday when Nicola is on early shifts",
                 "Each early shift (rota sent to the SW weekly)",
                 "School register shows both children in by 8.45am"],
                [V, "Nicola Brennan (mum)",
                 "Keep Martin's evening tablets in the locked box and tell the CPN about missed doses",
                 "Ongoing",
                 "Dosette box checked by the CPN at each visit"],
                ["School nursing", "Ameena Shah (school nurse)",
                 "Health assessment for Sophie, including her wetting at night",
                 "By 30/06/2025",
                 ""],
            ],
        }),
        ("h2", "Part D – Contingency"),
        ("p", "If Martin shows early signs of relapse (not sleeping, talking about being followed or watched, or "
              "stopping his tablets), Nicola will ring the CMHT crisis line and the SW the same day. Martin will "
              "not be left alone with the children. If he will not leave the house, Nicola will take Ellis and "
              "Sophie to her sister Karen's. The SW will hold a strategy discussion within 24 hours and, if "
              "Martin refuses treatment, will request a legal planning meeting."),
        ("h2", "Part E – Review arrangements"),
        ("bullets", [
            "Core group every 4 weeks: 09/05/2025 (held), 06/06/2025 (held), 04/07/2025, 10am, Caskwell Park "
            "Primary.",
            "Review child protection conference: 21/07/2025, 1.30pm, Caskwell Town Hall.",
            "Transfer-in conference: Hollinsford to hold within 15 working days of the family's move.",
        ]),
        ("h2", "Part F – IRO overall view"),
        ("p", "The plan is mostly on track and Martin has been well since his depot was restarted in April. I "
              "am not happy that the parenting assessment has been paused because of the move, as it leaves a "
              "gap of at least three months. I will raise this with the team manager under the informal "
              "resolution stage by 13/06/2025 and record the outcome on the children's files."),
        ("p", "Dawn Ferriday, IRO – 09/06/2025"),
    ],
    "findings": [
        F("X001", "Parenting assessment of Nicola and Martin paused pending transfer"),
        F("H001", "Continue fortnightly visits to support Martin with his depot medication"),
        F("M002", "Keep an eye on Ellis and Sophie in school"),
        F("W002", "Share any concern about Martin's mental state with the SW"),
        F("T002", "Keep Martin's evening tablets in the locked box"),
        F("M001", "Health assessment for Sophie, including her wetting at night"),
        F("F002", "Martin stays well and takes his medication every day."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. SCBU discharge planning meeting notes for an accommodated newborn, with
#    numbered action blocks at the end (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_corvanby_scbu_discharge_meeting_notes_szabo.txt",
    "split": "heldout",
    "template": "scbu-discharge-planning-meeting-notes-numbered-action-blocks-txt",
    "description": (
        "Exemplary discharge planning meeting notes for an accommodated (s20) newborn on SCBU with "
        "neonatal abstinence syndrome, subject to a CP plan (mother on methadone): numbered action blocks "
        "with Owner / When / Evidence lines, SW visits on the ward twice a week until discharge, the drug "
        "service asked for a capacity-to-change report, the baby's observed experience and the mother's "
        "views, a contingency covering the aunt and the foster carers, core group, LAC review and RCPC "
        "dates, and legal planning if tests stay positive or consent is withdrawn."
    ),
    "text": """\
CORVANBY COUNCIL CHILDREN'S SERVICES  /  CORVANBY GENERAL HOSPITAL
DISCHARGE PLANNING MEETING - NOTES AND ACTIONS

Baby:          Leo SZABO, born 19/05/2025 at 36+2 weeks
Where:         Ward 22 (Special Care Baby Unit), Corvanby General, cot 4
Legal status:  Accommodated under s20 (Reka's agreement signed 23/05/2025)
CP plan:       ICPC 30/05/2025, category neglect
Mother:        Reka Szabo (27)
Father:        not named on the birth certificate; Reka says she does not
               know where he is

Meeting:       Tuesday 03/06/2025, 2pm, Ward 22 seminar room
Chair:         Dominika Kerr, SW, Corvanby Children in Care Team
Notes:         Abbie Bell, business support

Present:       Dominika Kerr (SW); Reka Szabo (mum); Timea Szabo (maternal
               aunt); Sr Kath Lowry (SCBU ward manager); Amy Kaur (neonatal
               discharge coordinator); Sian Price (keyworker, Corvanby Drug
               and Alcohol Service, CDAS); Jenny Ainsworth (foster carer);
               Helen Grady (supervising SW, fostering); Nadia Yates
               (health visitor, Brookside team)
Apologies:     Dr P Venn (consultant neonatologist) - written update sent
               Marcus Hale (kinship assessments) - joined by phone 2.30pm

-----------------------------------------------------------------------
1. UPDATE FROM THE WARD (Sr Lowry, Dr Venn's written update)

Leo was admitted to SCBU on day 2 with signs of neonatal abstinence
syndrome (tremors, high-pitched cry, poor feeding). He started oral
morphine on 21/05 and is being weaned by 10% every 48 hours if his NAS
scores stay under 8. Current dose is 0.02mg/kg 4-hourly. He is taking
60ml every 3 hours by bottle and has regained his birth weight (2.48kg).
If the weaning goes to plan he should be off morphine by about 11/06 and
will then need 72 hours off morphine on the ward before discharge, so the
earliest discharge date is about 14/06/2025.

2. HOW LEO IS (what the nurses and Reka have seen)

- Leo settles best swaddled and held skin to skin. He calms quickly to
  Reka's voice - nurses have seen him stop crying when she starts
  talking to him in Hungarian.
- He is most unsettled between 8pm and midnight, with a high-pitched cry
  and sneezing; he needs to be held and rocked for up to an hour.
- He feeds better with a slow-flow teat and in a quiet, dim room; he
  startles at loud noises on the ward and needs breaks during feeds.
- He has a mild nappy rash which is improving with barrier cream.

3. REKA'S VIEWS

Reka said she knows why Leo cannot come home with her yet and that she
agreed to him being looked after "because I want him to be safe while I
get clean properly". She wants as much time with him as possible and
asked to do his feeds and baths on the ward. She would like Leo to live
with Timea if she cannot care for him herself. She said she is scared of
the court. She wants to be told straight away if Leo becomes unwell.

4. WHAT WE WANT FOR LEO

- Leo is weaned off morphine safely, feeds well and keeps gaining weight.
- Leo goes from the ward to a foster home where his carers know his
  feeding and settling routine from the first night.
- Leo keeps a close relationship with Reka through frequent family time,
  and with Timea.
- A decision about where Leo will grow up is made within his timescales,
  with Timea assessed as a possible carer.

5. DISCHARGE PLAN

Leo will be discharged to Jenny and Paul Ainsworth, approved Corvanby
foster carers, once he has been 72 hours off morphine (expected from
14/06/2025). Reka agrees with this plan.

6. ACTIONS AGREED

A1  Visit Leo on SCBU, see him handled and fed, and speak to the nurse in
    charge about his NAS scores and feeding.
    Owner:    Dominika Kerr (SW)
    When:     Tuesday and Friday each week until discharge
    Evidence: Visit notes on Leo's file with his weight, scores and
              what the SW saw

A2  Visit Leo at the Ainsworths' home after discharge and see him awake.
    Owner:    Dominika Kerr (SW)
    When:     Day 1 after discharge, then weekly for the first 4 weeks
    Evidence: Visit notes on Leo's file; placement plan signed by day 5

A3  Keep the NAS scoring chart, wean morphine by the unit protocol and
    ring the SW with each weaning step and the date Leo comes off
    morphine.
    Owner:    Sr Kath Lowry (SCBU ward manager)
    When:     NAS scores 4-hourly; call to SW at each weaning step
    Evidence: NAS chart in Leo's notes; calls logged by the SW

A4  Come onto the ward to learn Leo's feeding, settling and bath routine
    from the nurses before he is discharged.
    Owner:    Jenny Ainsworth (foster carer)
    When:     At least 4 ward visits before discharge, from 05/06/2025
    Evidence: Ward parent-teaching checklist signed off by nursing staff

A5  Family time with Leo on the ward, doing his feeds, nappies and bath
    with a nurse present.
    Owner:    Reka Szabo
    When:     Daily, 2pm to 4pm, until discharge
    Evidence: Ward family time record (times, care given, how Leo
              responded), copied to the SW each Friday

A6  Methadone prescribing with supervised consumption, random urine
    tests, and a written assessment of Reka's drug use, her capacity to
    change and the likely timescale.
    Owner:    Sian Price (keyworker, CDAS)
    When:     Tests twice a week; written assessment by 27/06/2025
    Evidence: Test results sent to the SW weekly; assessment report to
              the core group by 27/06/2025

A7  Arrange supervised family time at Corvanby Family Centre after
    discharge, with Reka doing a feed and bath each session.
    Owner:    Dominika Kerr (SW)
    When:     Timetable agreed by 12/06/2025; sessions 3 times a week
              from the first week after discharge
    Evidence: Timetable sent to Reka and the Ainsworths; session records

A8  Bring Reka to the Sunday family time session and stay for it.
    Owner:    Timea Szabo (maternal aunt)
    When:     Every Sunday from the first Sunday after discharge
    Evidence: Family centre session record names Timea as present

A9  Viability assessment of Timea as a connected person carer for Leo.
    Owner:    Marcus Hale (SW, kinship assessments)
    When:     By 20/06/2025
    Evidence: Viability report shared with Reka, Timea and the core group

A10 Initial health assessment for Leo as a looked-after child.
    Owner:    Dr P Venn (consultant neonatologist), with LAC nurse
    When:     Before discharge, and by 20/06/2025 at the latest
    Evidence: IHA report on Leo's file; copy to the Ainsworths and GP

A11 Send the neonatal discharge summary and feeding and settling plan to
    the foster carers, GP and health visitor.
    Owner:    Amy Kaur (neonatal discharge coordinator)
    When:     On the day of discharge
    Evidence: Copy in Leo's file and in the carers' folder

A12 Health visitor first visit at the foster home: weigh Leo, check safe
    sleep and feeding.
    Owner:    Nadia Yates (HV)
    When:     Within 5 days of discharge, then every 2 weeks to 8 weeks
    Evidence: Weights plotted in the red book; safe sleep checklist
              signed

7. CONTINGENCY

- If Reka comes to the ward under the influence (as judged by the nurse
  in charge) or is aggressive, the nurse in charge will end the visit,
  call hospital security if needed and ring the SW (EDT out of hours)
  the same day. Leo stays on the ward and the next visit goes ahead only
  with the SW present.
- If anyone tries to take Leo from the ward, staff will call the police
  on 999 at once. Leo's cot is in the secure part of the unit.
- If Reka withdraws her s20 consent, the SW will ask for an urgent legal
  planning meeting the same day to consider an application for an
  interim care order; Leo stays on the ward in the meantime.
- If the Ainsworths can no longer take Leo, the placements team will find
  another approved foster placement before discharge and Leo will stay on
  SCBU until it is ready. He will not be discharged to Reka.
- If Timea cannot bring Reka on a Sunday, the SW will give Reka a taxi
  voucher and the session goes ahead with a contact worker.

8. NEXT MEETINGS AND LEGAL PLANNING

- Core group: every 3 weeks - 13/06/2025, 04/07/2025, 25/07/2025, 11am,
  Corvanby Family Centre.
- First LAC review (IRO Wendy Ash): 19/06/2025.
- Review child protection conference: 22/08/2025, 10am, Corvanby Civic
  Centre.
- If Reka's tests stay positive for heroin, or she misses more than one in
  four family time sessions in any fortnight, by the core group on
  25/07/2025, the SW will request a legal planning meeting to decide on
  starting pre-proceedings (PLO) or an application to court.

Notes agreed by Dominika Kerr 04/06/2025. Copies: all present, Dr Venn,
IRO Wendy Ash.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Neglect plan built on a Graded Care Profile 2 scoring: a score grid,
#    then actions grouped under area banner rows, landscape (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_chelmsgarth_gcp2_area_banners_pryce.pdf",
    "doc_title": "Child Protection Plan - Ava and Jayden Pryce",
    "split": "heldout",
    "template": "neglect-gcp2-score-grid-then-actions-under-area-banner-rows-landscape-paged",
    "description": (
        "Landscape ICPC neglect plan for a 4-year-old and a 14-month-old (mother's drinking) built on a "
        "Graded Care Profile 2 scoring: an area / score / what we saw grid, then the action table split by "
        "merged area banner rows; OFFICIAL-SENSITIVE header and page footer. A blank 'By when', 'Family "
        "network' as owner, an 'Improvement' measure, a screening with no output, 'As and when', a "
        "contingency that only discusses and considers, and no fallback for the family's overnight cover."
    ),
    "header": "OFFICIAL-SENSITIVE – Chelmsgarth Council Children's Services – CP plan, Pryce children",
    "footer": "ICPC 04/06/2025 – Page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Chelmsgarth Council – Children's Services – Neglect Pathway"),
        ("kv", [
            ("Children", "Jayden Pryce, born 11/03/2021 (4), Little Oaks Nursery; Ava Pryce, born 02/04/2024 (14 months)"),
            ("Parents", "Stacey Pryce (26) and Lee Pryce (29), 7 Rowan Terrace, Chelmsgarth"),
            ("Conference", "Initial child protection conference, 04/06/2025 – category: neglect"),
            ("Social worker", "Tom Ashdown, Neglect Pathway Team"),
            ("GCP2 completed", "21/05/2025 and 28/05/2025 by Tom Ashdown with Stacey and Lee"),
        ]),
        ("h1", "Graded Care Profile 2 – what we found"),
        ("p", "Scores run from 1 (all the child's needs met) to 5 (needs not met at all)."),
        ("table", {
            "header": ["GCP2 area", "Score", "What we saw"],
            "widths": [5.0, 2.0, 18.7],
            "rows": [
                ["1. Physical care (food, housing, clothing, hygiene, health)", "4",
                 "Little food in the cupboards on both visits; no working cooker since March. Rubbish bags on "
                 "the stairs and in the back bedroom. Ava in a soaked nappy on both visits. Ava's 12-month "
                 "immunisations are overdue and Jayden has not seen a dentist."],
                ["2. Care of safety", "4",
                 "No stair gates; Ava was climbing the stairs alone on 21/05. No window restrictor in Ava's "
                 "room. Stacey drinks cider during the day and was asleep on the sofa at 2pm on 28/05 with both "
                 "children at home and Lee at work."],
                ["3. Love and care", "3",
                 "Stacey and Lee clearly love the children and Lee is warm and playful with them. Stacey "
                 "responds slowly to Ava's cries and rarely picks her up to comfort her."],
                ["4. Stimulation and education", "3",
                 "Jayden attends nursery on about half of his sessions and is often late. Few toys for Ava; "
                 "Jayden's speech is behind for his age."],
            ],
        }),
        ("h1", "What Jayden and Ava tell us"),
        ("p", "Jayden (seen at nursery on 29/05/2025 with his key worker) said his favourite things are "
              "\"Daddy's chips\" and \"the big slide\". When asked about home he said \"Mummy is tired on the "
              "sofa\" and \"I get Ava a biscuit\". He asked if he could have his tea at nursery. He goes "
              "quiet when the session ends and is often the last child collected."),
        ("p", "Ava is 14 months old. On both visits she was grizzly until she was fed, then smiled and "
              "crawled to Lee. She reaches for Jayden and follows him from room to room. She has a flat, sore "
              "nappy rash."),
        ("h1", "What we want for Jayden and Ava"),
        ("bullets", [
            "Jayden and Ava have three meals a day, clean clothes and clean nappies, and live in a home "
            "that is safe and free of rubbish.",
            "Ava is always looked after by a sober adult who is awake and notices when she needs comfort.",
            "Jayden goes to nursery every morning on time and his speech is checked and helped.",
            "Both children are up to date with their immunisations and health checks.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "By when", "How we'll know"],
            "widths": [9.2, 5.0, 4.5, 7.0],
            "rows": [
                ["Area 1 – Physical care (scored 4): Jayden and Ava have food, clean clothes and nappies, a "
                 "clean home and their health checks", H, H, H],
                ["Daily routine chart for meals, baths and bedtimes, made with Stacey and Lee",
                 "FSW Kirsty Holt, Chelmsgarth Family Hub", "By 20/06/2025, then checked weekly",
                 "Chart on the kitchen wall; FSW sees a meal ready at 3 of 4 tea-time visits"],
                ["Clear the stairs and the back bedroom of rubbish bags and broken furniture",
                 "Lee Pryce", "By 13/06/2025",
                 "SW sees the stairs and back bedroom clear at the next visit"],
                ["Ava's overdue 12-month immunisations and Jayden's dental check",
                 "Stacey Pryce", "",
                 "Ava's red book updated; dental letter copied to the SW"],
                ["Help with the electric meter debt and a referral for a second-hand cooker",
                 "FSW Kirsty Holt", "By 27/06/2025",
                 "Debt repayment plan agreed; cooker fitted and seen working"],
                ["Area 2 – Care of safety (scored 4): Jayden and Ava are cared for by a sober adult in a "
                 "safe home", H, H, H],
                ["Fit stair gates at the top and bottom of the stairs and a window restrictor in Ava's room",
                 "Dan Roper, Chelmsgarth Home Safety Scheme", "By 13/06/2025",
                 "Gates and restrictor fitted; SW sees them in use"],
                ["Stacey does not drink while she is the only adult looking after Jayden and Ava",
                 "Stacey Pryce", "Every day",
                 "No smell of alcohol and Stacey alert at every unannounced visit (SW and FSW records)"],
                ["Assess Stacey's drinking, take a PEth blood test each month, and report on whether she can "
                 "stop and how long it is likely to take",
                 "Matt Grieve, keyworker, Turning Tide Alcohol Service",
                 "Assessment by 20/06/2025; PEth monthly; report by 29/08/2025",
                 "PEth results sent to the SW each month; written report to the core group"],
                ["Make sure a sober adult is always at home with the children when Lee is on nights",
                 "Family network", "Every night shift Lee works",
                 "Rota of who is staying given to the SW each Monday"],
                ["Area 3 – Love and care (scored 3): Ava is picked up, comforted and played with", H, H, H],
                ["Video Interaction Guidance sessions with Stacey and Ava",
                 "HV Priya Desai", "6 sessions, fortnightly from 16/06/2025",
                 "Improvement in Stacey's responses to Ava"],
                ["See Jayden on his own at nursery and at home, see Ava at home, and write down what each "
                 "child shows and says",
                 "SW Tom Ashdown", "Every 2 weeks",
                 "Visit records with Jayden's words and how Ava presents"],
                ["Area 4 – Stimulation and education (scored 3): Jayden is at nursery every day and Ava has "
                 "play and toys at home", H, H, H],
                ["Take Jayden to nursery every morning session, on time",
                 "Stacey and Lee Pryce", "Mon–Fri from 09/06/2025",
                 "Nursery register shows Jayden in by 9am for 9 of every 10 sessions"],
                ["Speech and language screening for Jayden at nursery",
                 "Mrs Olu Bankole, SENCO, Little Oaks Nursery", "By 18/07/2025", ""],
                ["Stay and play sessions with Ava at the family hub",
                 "Stacey Pryce", "As and when",
                 "Family hub attendance register"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If home conditions deteriorate or the children's needs are not being met, the SW will discuss "
              "this with the team manager and consider next steps. If not enough progress has been made by "
              "the review conference, the SW will request a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "Core group: every 4 weeks at Little Oaks Nursery, 1.30pm – 17/06/2025, 15/07/2025, "
              "12/08/2025. The SW will re-score the GCP2 with Stacey and Lee by 29/08/2025 and bring the "
              "scores to the review conference."),
        ("p", "Review child protection conference: 03/09/2025, 10am, Chelmsgarth Civic Centre."),
    ],
    "findings": [
        F("T001", "Ava's overdue 12-month immunisations and Jayden's dental check"),
        F("W002", "Make sure a sober adult is always at home"),
        F("M002", "Video Interaction Guidance sessions with Stacey and Ava"),
        F("M001", "Speech and language screening for Jayden at nursery"),
        F("T002", "Stay and play sessions with Ava at the family hub"),
        F("C002"),
        F("C003"),
    ],
})
