"""Batch 161, module n: seven fictional plans (held-out material), places beginning with "n".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: ordinary plans from ordinary weeks, in seven councils' everyday
templates, with most of the craft in the words of the actions themselves:
owners said in passing, in the passive with an agent ("will be carried out
by the health visitor", "Sandra has agreed that she will ..."), by first name
after a who's-who or by role only, and jointly; times as events and rhythms
("every other Sunday", "on every day Ross is on shift", "before Alfie starts
nursery on 05/01/2026"); measures in a later sentence of the same cell,
bullet or paragraph ("We will know this is happening when ...", "Beth should
see ..."); cells of three or four sentences with reasons, negations and
conditions.

1. Narrowcliffe: an initial conference plan in the council's Word template,
   a front-sheet grid and a three-column table whose first cell holds both
   what needs to happen and how we will know (docx). Faults: a mother's
   key-work measured by "engagement with the service" (M002); nursery to
   "keep an eye on" the toddler (M002); a young carers referral nobody owns
   (W001); family support work "Ongoing" (T002); two actions owned by the
   maternal aunt and no fallback if she cannot help (C003); no legal
   planning (R002).
2. Nedderby: second core group minutes typed in Word and saved as plain
   text, ending in agreed actions written as numbered sentences (txt).
   Faults: eight of fourteen actions are about the mother's own support and
   name no child (F001); the CPN's weekly support measured by attendance
   (H001); a counselling referral with no time (T001); contact supervised
   "as and when" the father asks (T002); "All professionals" to report
   sightings (W002); an outcome about the mother only (F002).
3. Nesthorpe: the child protection chair's outcome letter to the parents
   after a review conference, the plan as numbered paragraphs spoken to
   them, printed to PDF with page header and footer (pdf). Faults: a
   developmental review with no stated output (M001); a window and stair
   gate "to be sorted" by no one (W001); a dental appointment "as soon as
   possible" (T002); the father's cocaine use recorded but no adult service
   owns an action (F004).
4. Nibbleswick: an initial conference bullet plan with an outcome heading
   over each group of multi-sentence bullets (md). Faults: the father to go
   to the alcohol service "regularly" (T002); CAMHS to "keep an eye on" the
   girl's mood (M002); "All professionals" to make sure she knows who to
   talk to (W002); a contingency of "further concerns" and a review (C002);
   no legal planning (R002).
5. Nolbarrow: an initial conference plan as a numbered narrative in the
   social worker's voice, two to four sentences a paragraph (md, exemplary).
6. Nyebourne: a landscape case-system print ("ChildView") with field
   grids, a six-column action grid, a trigger and response grid and review
   fields, printed to PDF with page header and footer (pdf, exemplary).
7. Nurthwaite: a plan after a review conference in the council's landscape
   Word template, a seven-column table with "What needs to change for
   Oscar" merged down over its rows and a Lead column beside "Others
   involved" (docx, exemplary).

Plans 5, 6 and 7 are exemplary: every action has an owner, a real timescale
and something someone will see or record; outcomes are about the children;
each contingency names triggers and protective responses and what happens
if a relative's help fails; each records the children's voice or observed
days, core group dates and a dated review conference, and a legal planning
meeting after named triggers; where a parent is ill an adult service owns
work, and every mental health service is asked for its view of the parent's
capacity to change and its likely timescale. 21 expected findings in all.

Counting convention used for "actions" (README convention 1): each row of
an action table, each numbered sentence or paragraph of an action section
and each bullet under the plan's outcome headings counts once, however many
sentences it holds. The contingency, meeting dates, outcomes, views, agency
updates and the minutes' review of earlier actions are not counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan in the council's Word template: a front-sheet
#    grid, numbered sections, then a three-column table whose first column
#    holds both what needs to happen and how we will know. Neglect, mother's
#    drinking, maternal aunt helping. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_narrowcliffe_icpc_three_column_what_who_when_okafor.docx",
    "doc_title": "Child Protection Plan - Tobi and Ada Okafor",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-word-template-docx-front-sheet-two-column-grid-numbered-sections-why-working-well-life-for-the-children-outcomes-then-three-column-table-what-needs-to-happen-and-how-we-will-know-one-cell-who-is-responsible-by-when-contingency-core-group-review",
    "description": (
        "Initial conference plan for a 6-year-old and a 2-year-old (neglect) whose mother drinks "
        "heavily at weekends since the parents separated; the maternal aunt has the children on "
        "Saturday nights and collects them twice a week. The council's Word template: a front-sheet "
        "grid, numbered sections, then a three-column table whose first cell holds what needs to "
        "happen and, in a later sentence, how we will know. Most rows are sound (weekly visits, "
        "breath tests, the recovery service's report, the GP, the health visitor, school, the "
        "father's contact, direct work). Faults: the mother's key-work measured by 'engagement with "
        "the service'; nursery to 'keep an eye on' the toddler; a young carers referral with no one "
        "named; family support work 'Ongoing'; no fallback if the aunt cannot help; no legal "
        "planning anywhere."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Narrowcliffe Borough Council · Children's Services · Initial Child Protection Conference"),
        ("table", {
            "widths": [4.2, 12.8],
            "bold_first_col": True,
            "rows": [
                ["Children", "Tobi Okafor, born 14/02/2019 (6) – Year 2, Harlow Lane Primary School\n"
                             "Ada Okafor, born 30/08/2023 (2) – Little Acorns Day Nursery (Mon, Wed, Fri mornings)"],
                ["Address", "27 Wensley Walk, Narrowcliffe NC4 8LP"],
                ["Parents", "Grace Okafor (31), mum, lives with the children\n"
                            "Emeka Okafor (34), dad, lives at 5 Mill Court, Dunsby"],
                ["Other family", "Ngozi Adeyinka (38), Grace's sister, 14 Tanner Street, Narrowcliffe"],
                ["Conference", "Initial child protection conference, 12/11/2025, Narrowcliffe Town Hall"],
                ["Chair", "Helen Marsh, Child Protection Chair"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Daniel Frost, Assessment and Intervention Team 2 (team manager: Priya Kaur)"],
            ],
        }),
        ("h1", "1. Why Tobi and Ada need a child protection plan"),
        ("p", "Grace and Emeka separated in June 2025. Since then Grace has been drinking heavily, mostly from "
              "Friday evening to Sunday. On 18/10/2025 police were called by a neighbour at 11.15pm after Tobi "
              "knocked on her door to say he could not wake his mum. Officers found Grace asleep on the settee "
              "with an empty litre bottle of wine beside her and Ada awake in the kitchen in a soaked nappy. "
              "On 03/10/2025 staff at Harlow Lane smelt alcohol on her at the "
              "3.15pm pick-up."),
        ("p", "Ada has had a bad nappy rash since September and missed her two-year review twice. Tobi's "
              "attendance this term is 86% and he has been late on 11 mornings. At home on 30/10/2025 there "
              "was little food in the cupboards and Ada's cot had no sheet on it."),
        ("h1", "2. What is working well"),
        ("bullets", [
            "Grace loves her children and they are close to her. She has told Daniel that the night of 18 "
            "October frightened her, and she has agreed to a referral to Narrowcliffe Recovery Service.",
            "Ngozi lives a ten-minute walk away and the children know her well. She has offered to have them "
            "every Saturday night and to help with school and nursery collections twice a week.",
            "Emeka has seen the children every other Sunday since July and has never missed a contact.",
            "When Tobi gets to school he works hard; his teacher describes him as kind and a good reader.",
        ]),
        ("h1", "3. What life is like for Tobi and Ada"),
        ("p", "Daniel saw Tobi on his own at school on 05/11/2025. Tobi said: “Mummy drinks the wine in the big "
              "bottle and then she goes to sleep on the settee. I do Ada's biscuits.” He said he likes going to "
              "Auntie Ngozi's “because she does jollof and we watch a film”. He gave home 5 out of 10 and said "
              "10 would be “Mummy stops the wine and Daddy comes more”."),
        ("p", "Ada is two and has a few words. At nursery she eats quickly and asks for more, and on Monday "
              "mornings she is often tired and clingy. Staff have seen her go straight to her key worker for a "
              "cuddle when she arrives. At home on 30/10/2025 she followed Tobi everywhere and held his hand when "
              "Daniel came in."),
        ("h1", "4. What needs to be different for Tobi and Ada"),
        ("numbers", [
            "Tobi and Ada are looked after by a sober adult every day and every night.",
            "Ada is clean, dry and fed, her nappy rash has gone, and she has had her two-year review.",
            "Tobi gets to school on time every day and his attendance is above 95% by the review conference.",
            "Tobi no longer looks after Ada, and he knows which adults he can go to if Mum has been drinking.",
        ]),
        ("h1", "5. The plan"),
        ("p", "Each row says what needs to happen and how we will know it has happened. Grace, Emeka and Ngozi "
              "have a copy."),
        ("table", {
            "header": ["What needs to happen, and how we will know it has happened", "Who is responsible",
                       "By when"],
            "widths": [10.4, 3.6, 3.0],
            "rows": [
                ["Daniel will visit Tobi and Ada at home, at least one visit in three unannounced and one at a "
                 "weekend, and will see Tobi on his own each time. Every visit will be written up on the case "
                 "file with what Tobi said, how Ada was, and what was in the fridge and in Ada's cot.",
                 "Daniel Frost, social worker",
                 "Every week until the review conference"],
                ["Grace will not drink any alcohol while she is the only adult caring for Tobi and Ada. She has "
                 "agreed to a breath test at every visit by Daniel or by her recovery worker, and each reading "
                 "will be written down on the visit record.",
                 "Grace Okafor (Mum)",
                 "Every day from 12/11/2025"],
                ["Grace will go to her key-work sessions at Narrowcliffe Recovery Service to look at what "
                 "triggers her drinking and how she can cut down safely. Progress will be shown by her "
                 "engagement with the service.",
                 "Grace Okafor (Mum)",
                 "Every other Tuesday from 18/11/2025"],
                ["Simone will complete a full alcohol assessment with Grace, including an AUDIT score, and send "
                 "Daniel a written report on how much Grace is drinking, what she has changed and whether she "
                 "can keep the children safe while she cuts down. An update report will be on file before each "
                 "core group.",
                 "Simone Tate, recovery worker, Narrowcliffe Recovery Service",
                 "Assessment by 28/11/2025, then before every core group"],
                ["Dr Mensah will see Grace about her drinking, take bloods for her liver function and write to "
                 "Daniel with the results and any treatment agreed.",
                 "Dr Ruth Mensah, GP, Castle Street Surgery",
                 "By 05/12/2025"],
                ["Ngozi will have Tobi and Ada to stay at her flat every Saturday night, because Saturday is "
                 "the night Grace has most often been drinking. She will text Daniel on Sunday morning to say "
                 "the children were with her and how they were.",
                 "Ngozi Adeyinka (maternal aunt)",
                 "Every Saturday night from 15/11/2025"],
                ["Ngozi will collect Tobi from school and Ada from nursery and give them their tea at her flat "
                 "until Grace finishes work at 6pm. The school office and the nursery will sign her out as the "
                 "collecting adult.",
                 "Ngozi Adeyinka (maternal aunt)",
                 "Every Wednesday and Friday from 14/11/2025"],
                ["Nursery staff will keep an eye on Ada's presentation when she is dropped off, as they do "
                 "now.",
                 "Little Acorns Day Nursery (Mrs Joyce Akers, manager)",
                 "Every nursery session"],
                ["The health visitor will do Ada's two-year development review at home and check her nappy rash "
                 "and her weight. The review scores and Ada's weight will be written in her red book and sent "
                 "to Daniel, and we will know things are better when the rash has cleared by the first core "
                 "group.",
                 "Sasha Lloyd, health visitor",
                 "By 05/12/2025"],
                ["Mrs Ibbotson will check each morning whether Tobi is in class by 8.50am and, if he is not, ring "
                 "Grace and then Daniel by 9.30am. Tobi's attendance and late marks will be emailed to Daniel "
                 "every Friday, and we want to see it above 95% by the review conference.",
                 "Mrs Karen Ibbotson, DSL, Harlow Lane Primary School",
                 "Every school day"],
                ["A referral will be made to the Narrowcliffe Young Carers Project for Tobi, so that he has "
                 "somewhere to talk about home and some time just for him. We will know this has happened when "
                 "Tobi has a named worker and has been to his first group.",
                 "",
                 "By 05/12/2025"],
                ["Daniel will do three sessions of direct work with Tobi at school using a “helping hand”, so "
                 "that Tobi knows which adults he can ring or go to if Mum has been drinking. Tobi's hand will "
                 "be kept on his file and he will be able to tell his teacher the names on it.",
                 "Daniel Frost, social worker",
                 "Three sessions by 19/12/2025"],
                ["Emeka will have Tobi and Ada from 10am to 4pm at his flat and bring them home on time. He will "
                 "not drink before or during his time with them. He will text Daniel when the children are back "
                 "home, and Daniel will ask Tobi at his visits how his Sundays with Dad went.",
                 "Emeka Okafor (Dad)",
                 "Every other Sunday from 16/11/2025"],
                ["Leanne will work with Grace at home on a routine for mornings, Ada's nappy changes, meals and "
                 "bedtimes. The routine will be made into a chart on the fridge, and Leanne will tick off each "
                 "part of it that she has seen done at her visits.",
                 "Leanne Pike, family support worker, Bright Futures Family Support",
                 "Ongoing"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Grace is found to have been drinking while she is caring for the children on her own, or "
              "a breath test is positive, Ngozi will be asked to come and look after Tobi and Ada, and Daniel "
              "(or the Emergency Duty Team out of hours) will hold a strategy discussion with Narrowcliffe "
              "Police the same day."),
        ("p", "If Tobi misses two days of school in one week without a reason given by 9.30am, Daniel will "
              "visit the home that day."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "The core group will meet at least every four weeks at Harlow Lane Primary School at 1.30pm: 26/11/2025, "
            "17/12/2025 and 14/01/2026.",
            "Members: Grace, Emeka, Ngozi, Daniel, Simone Tate, Sasha Lloyd, Mrs Ibbotson, Mrs Akers and "
            "Leanne Pike. Dr Mensah will send written updates.",
            "Review child protection conference: 11/02/2026 at 10am, Narrowcliffe Town Hall.",
        ]),
        ("p", "Plan typed by Daniel Frost, 13/11/2025, and sent to everyone on the core group."),
    ],
    "findings": [
        F("M002", "Progress will be shown by her engagement with the service."),
        F("M002", "keep an eye on Ada's presentation when she is dropped off"),
        F("W001", "A referral will be made to the Narrowcliffe Young Carers Project"),
        F("T002", "Leanne will work with Grace at home on a routine"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Second core group minutes, typed in Word and saved as plain text:
#    attendance, agency updates, the children's views, outcomes, then the
#    agreed actions as numbered sentences (7.1 to 7.14), contingency and
#    dates. Domestic abuse; the plan has drifted towards the mother's own
#    needs. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_nedderby_core_group_minutes_agreed_actions_brannan.txt",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-minutes-word-saved-as-text-caps-numbered-headings-present-apologies-previous-actions-prose-agency-updates-childrens-views-worries-outcomes-lettered-then-agreed-actions-numbered-7-1-sentences-owner-in-passing-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for three children (11, 8 and 4) after their father "
        "assaulted their mother; he has left under a non-molestation order and his contact is "
        "supervised by the paternal grandmother. The mother has anxiety and low mood and sees a "
        "CPN. Plain-text minutes ending in agreed actions written as numbered sentences with the "
        "owner in passing. Eight of the fourteen actions are about the mother's own support "
        "(IDVA, CPN, GP, housing, benefits, a women's group, her solicitor) and none of them names "
        "a child. Faults: the plan built around the mother's needs; the CPN only supports, measured "
        "by attendance; a counselling referral with no time; contact supervised 'as and when' the "
        "father asks; 'All professionals' to report sightings; an outcome about the mother only."
    ),
    "text": """\
NEDDERBY CITY COUNCIL
Children and Families Service - Safeguarding and Family Support (East)

CORE GROUP MEETING - MINUTES
====================================================================

Children:        Mia Brannan (11), Jack Brannan (8), Rosie Brannan (4)
Address:         Flat 6, Larkspur House, Eastfield Road, Nedderby NE9 2TW
Meeting:         Core group 2
Date and time:   Thursday 20 November 2025, 1.30pm to 3.05pm
Venue:           Moorside Family Centre, Nedderby
Chair / minutes: Sue Garvey, Social Worker
Plan:            Made at the initial child protection conference on 16/10/2025,
                 category emotional abuse (all three children)

PRESENT
  Sue Garvey          Social Worker, Nedderby Children and Families Service
  Kerry Brannan       Mum
  Eileen Dorsey       Community Psychiatric Nurse, Nedderby East CMHT
  Tanya Lowe          IDVA, Haven Nedderby (domestic abuse service)
  Mrs Angela Fox      Designated Safeguarding Lead, Holm Lane Primary (Jack)
  Mr Paul Rigby       Designated Safeguarding Lead, Westgate Academy (Mia)
  Bev Sutton          Manager, Sunflowers Pre-school (Rosie)
  Jas Uppal           Family Support Worker, Nedderby Family Support Team

APOLOGIES
  Dr Nadeem Haq       GP, Ravensworth Medical Practice (update by email)
  Carl Brannan        Dad - not invited to core group while the non-molestation
                      order is in force; Sue spoke to him by phone on 18/11/2025

1. WELCOME AND PURPOSE
Sue welcomed everyone and explained that the meeting would look at how the
plan is going for Mia, Jack and Rosie and agree what happens next. Kerry was
given a copy of the ICPC plan and the CG1 minutes before the meeting.

2. ACTIONS FROM CORE GROUP 1 (30/10/2025)
Most actions were done. Kerry's referral to the CMHT was accepted and Eileen
has seen her four times. Tanya met Kerry on 04/11/2025. The Place2Be referral
for Jack has not been made yet because the school counsellor was off sick.
Pat Brannan has supervised two contacts at her house.

3. UPDATES
Sue: Four visits since CG1, one unannounced (12/11/2025). The flat was warm
and tidy. Mia was seen alone on 12/11/2025 and Jack on 17/11/2025. Rosie was
playing with her dolls and talking about "Nanna Pat's".
Kerry: Says she is "getting there" but is not sleeping and has panic attacks
when she goes out. She is frightened Carl will come to the flat. She wants to
move away from the Eastfield estate.
Eileen: Kerry's anxiety and low mood are being treated with sertraline 50mg,
started by the GP in September. Eileen has been seeing her weekly for support.
Tanya: DASH score at the last MARAC was 16. Carl has not breached the order
since it was made on 03/09/2025. Kerry has a panic alarm from the police.
Mrs Fox: Jack's attendance is 97%. He has had three incidents of hitting out
at playtime, and told his teacher he has bad dreams about "the police night".
Mr Rigby: Mia is doing well in lessons. She has asked to see someone to talk
to. She has been late four times, all on days she walked Rosie to pre-school.
Bev: Rosie is attending every session. She has been tearful at drop-off and
plays "police" games in the home corner.
Jas: Has done two home visits. Kerry's Universal Credit has been stopped
since she moved Carl off the claim, and there are rent arrears of GBP 640.
Dr Haq (by email): Will review Kerry's sertraline at her appointment on
10/12/2025.

4. WHAT THE CHILDREN HAVE SAID
Mia (seen alone at school, 12/11/2025): "I'm glad Dad's not living with us,
but I miss him. I don't want to see him at Nanna's yet. I still hear the
shouting in my head when I go to bed." Mia scored feeling safe at home 7/10.
Jack (seen alone at school, 17/11/2025): "Dad pushed Mum into the door and she
was crying. I want to see Dad at Nanna's because he plays Mario with me."
Jack scored 6/10.
Rosie (seen at home, 12/11/2025): showed Sue her dolls "hiding from the bad
man". When asked who looks after her she said "Mummy and Mia".

5. WORRIES AND WHAT IS WORKING WELL
Worries: the children saw and heard the assault on 02/09/2025 and Mia rang
999. Kerry is frightened and anxious and is finding it hard to go out. Mia is
doing Rosie's pre-school run. Jack's behaviour at school shows he is still
upset. Money is very tight and the family could lose the flat.
Working well: Kerry has kept Carl away from the home and has worked with every
service. The children are going to school and pre-school every day. Pat has
supervised contact safely.
Scaling (0 = children not safe at home, 10 = plan can end): Sue 5, Kerry 7,
Tanya 6, Mrs Fox 5.

6. OUTCOMES (agreed at the ICPC)
 a) Mia, Jack and Rosie live in a home where they are safe from domestic abuse
    and know what to do if Dad comes to the flat.
 b) The children are helped to talk about what they saw and heard, and Jack's
    anger at school and Rosie's upset at drop-off lessen.
 c) Mia is not responsible for getting Rosie to pre-school.
 d) Kerry will feel less anxious and more in control of her life.

7. AGREED ACTIONS
7.1  Sue will visit Mia, Jack and Rosie at home every week until the review
     conference, making at least one visit a fortnight after school so she sees
     all three, and will see Mia and Jack on their own each time. Her visit
     notes will record what each child says about home and about seeing Dad.
7.2  Tanya will complete an updated DASH risk assessment with Kerry by
     05/12/2025 and refer back to MARAC if the score is 14 or more. The DASH,
     and the MARAC outcome if there is one, will be sent to Sue.
7.3  Tanya will also meet Kerry every fortnight to go through her personal
     safety plan and what to do if Carl breaches the order. Each meeting will
     be recorded on the Haven system and the updated safety plan copied to Sue.
7.4  Eileen will continue to see Kerry at home every Wednesday to support her
     with her anxiety and low mood and to check how she is getting on with the
     sertraline. Attendance will be recorded on the CMHT system, and Eileen
     will let Sue know if Kerry misses two sessions in a row.
7.5  Dr Haq will review Kerry's sertraline at her appointment on 10/12/2025
     (agreed by email) and write to Sue with the dose and any change to her
     treatment.
7.6  Kerry will go to her Housing Options appointment at Nedderby Civic Centre
     on 27/11/2025 to ask for a management transfer away from the Eastfield
     estate, where Carl's friends live. She will give Sue a copy of the letter
     confirming her housing band.
7.7  Jas will help Kerry sort out her Universal Credit claim and agree a
     payment plan for the rent arrears by 19/12/2025, so that Nedderby Homes
     withdraws its notice seeking possession. The letter withdrawing the
     notice will be copied to Sue.
7.8  Kerry has agreed that she will start the Women's Recovery Group at
     Nedderby Women's Centre on Monday 24/11/2025 and go every Monday for 12
     weeks. The centre will send Sue a note of her attendance each month.
7.9  Kerry will see Ms Bhatti at Hart and Co Solicitors by 12/12/2025 about
     extending the non-molestation order beyond 03/03/2026, and will give Sue a
     copy of the application once it is made.
7.10 Mrs Fox will see Jack in the nurture room every Monday and Thursday
     morning, log how he is on CPOMS, and ring Sue the same day if he talks
     about the assault or about Dad.
7.11 Jack's school will refer him to Place2Be for his nightmares and the anger
     he is showing at playtimes, and the counsellor's plan for Jack will be
     shared with Sue.
7.12 Pat will supervise Carl's contact with the children at her house on
     Thornfield Road as and when Carl asks for it, and will write a short note
     of each contact for Sue.
7.13 All professionals will tell Sue and Nedderby Police the same day if Carl
     is seen near the flat or the schools, and each report will be logged on
     the children's file.
7.14 Bev will record at each session whether Rosie arrives clean, fed and
     settled, and who brought her, and will email the record to Sue every
     Friday.

8. CONTINGENCY
If Carl comes to the flat or breaches the non-molestation order in any other
way, Kerry will ring 999 and then Sue, and Sue (or the Emergency Duty Team out
of hours) will hold a strategy discussion with Nedderby Police the same day.
If Pat cannot supervise a contact, or Carl arrives at her house having been
drinking, that contact will not go ahead and Sue will arrange supervised
contact at Moorside Family Centre within two weeks.
If Kerry lets Carl back into the flat, or the children are present at any
further incident, Sue will hold a strategy discussion that day and ask her
team manager, Gail Thornton, for a legal planning meeting within five working
days.

9. NEXT MEETINGS
Core group every four weeks. Next core group: Thursday 18/12/2025, 1.30pm,
Moorside Family Centre.
Review child protection conference: Tuesday 13/01/2026, 10am, Nedderby Civic
Centre, Room 3.

Minutes typed by Sue Garvey, 21/11/2025. Copies to all present, Dr Haq and
Carl Brannan (sections 4, 6 and 7 only).
""",
    "findings": [
        F("H001", "continue to see Kerry at home every Wednesday to support her"),
        F("T001", "Jack's school will refer him to Place2Be for his nightmares"),
        F("T002", "Pat will supervise Carl's contact with the children at her house"),
        F("W002", "All professionals will tell Sue and Nedderby Police the same day"),
        F("F002", "Kerry will feel less anxious and more in control of her life."),
        F("F001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Conference outcome letter from the child protection chair to the
#    parents after the first review conference, with the plan as numbered
#    paragraphs spoken to them ("Dean, you will ..."). Neglect; the father's
#    cocaine use. Printed to PDF with page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_nesthorpe_rcpc_outcome_letter_numbered_plan_whitcombe.pdf",
    "doc_title": "Review Child Protection Conference - outcome letter - Whitcombe",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "Nesthorpe Council – Safeguarding and Quality Assurance Unit – OFFICIAL-SENSITIVE",
    "footer": "Outcome of review conference 13/11/2025 – Lily and Harry Whitcombe – Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-outcome-letter-from-chair-to-parents-paged-header-footer-address-block-dear-amy-and-dean-decision-paragraph-plain-headings-worries-what-has-got-better-lily-and-harrys-days-what-the-plan-is-for-then-numbered-plan-paragraphs-second-person-if-things-go-wrong-meetings-complaints-signoff",
    "description": (
        "Letter from the child protection chair to a mother and her partner after the first "
        "review conference for a 9-year-old and a 7-month-old (neglect); the partner, the baby's "
        "father, uses cocaine at weekends. The plan is written as numbered paragraphs spoken to "
        "the parents ('Dean, you will ...', 'Kelly will ...'), each with its own time and how "
        "anyone will know. Most are sound. Faults: the baby's 9-month review 'will be carried out "
        "by the health visitor' with no stated output; the bedroom window and stair gate 'are to "
        "be sorted' by no one; a dental appointment 'as soon as possible'; and the father's "
        "cocaine use is recorded but no drug service or other adult service owns any action (he "
        "owns them all himself)."
    ),
    "blocks": [
        ("pr", "Safeguarding and Quality Assurance Unit"),
        ("pr", "Nesthorpe Council, Civic Centre, Bridge Street"),
        ("pr", "Nesthorpe NT1 3AA"),
        ("pr", "Tel: 01920 554 300"),
        ("p", ""),
        ("pl", "Ms Amy Whitcombe and Mr Dean Foster"),
        ("pl", "12 Cowley Gardens"),
        ("pl", "Nesthorpe NT6 2QE"),
        ("p", ""),
        ("pl", "Date: 17 November 2025"),
        ("pl", "Our ref: SQA/CP/25/1187"),
        ("p", ""),
        ("p", "Dear Amy and Dean,"),
        ("boldp", "Outcome of the review child protection conference held on 13 November 2025 for Lily "
                  "Whitcombe (born 21/06/2016) and Harry Foster-Whitcombe (born 02/04/2025)"),
        ("p", "Thank you both for coming to the conference on Thursday and for being so open with everyone, "
              "even when it was hard to hear. I am writing, as I said I would, to set out what the conference "
              "decided and what the plan is. Please keep this letter: it is the plan everyone has agreed to."),
        ("p", "The conference decided that Lily and Harry should stay on child protection plans under the "
              "category of neglect. Everyone at the meeting could see that things have started to improve, "
              "but there has not been enough time yet for anyone to be sure the changes will last."),
        ("h2", "What the conference was worried about"),
        ("p", "When the plan started in August, Harry was behind with his immunisations and had been "
              "admitted to hospital with a chest infection that had gone untreated for a week. Lily was late "
              "for school most mornings and had been left to look after Harry on her own after school. The "
              "house was cold, the window in Harry's bedroom was broken, and there was often no food for tea."),
        ("p", "Dean, you told the conference that you had been using cocaine most weekends since the spring, "
              "that you had spent money meant for bills on it, and that you and Amy had argued about it in "
              "front of the children. Your hair strand test in September was positive for cocaine."),
        ("h2", "What has got better"),
        ("bullets", [
            "Harry has had two of his three missed immunisations and his weight is back on the 25th centile.",
            "Lily's attendance has gone up from 84% to 93% since September.",
            "Dean, you have been going to Open Door every week since 02/10/2025, and you told us you have not "
            "used cocaine since 27/09/2025.",
            "Amy, you have kept every health visitor appointment since the last conference.",
        ]),
        ("h2", "What Lily told us, and what we know about Harry's day"),
        ("p", "Lily met Sarah at school on 06/11/2025 and wrote her own page for the conference. She wrote: "
              "“Home is better because there is tea every night now and Dean is not cross on Sundays. I don't "
              "like it when I have to mind Harry because he cries and I don't know what to do. I want my "
              "bedroom to have a lock so Harry doesn't wreck my things.” Lily gave home 7 out of 10."),
        ("p", "Harry is seven months old. Kelly, the health visitor, sees a smiley baby who reaches for Amy "
              "and settles quickly when she picks him up. On Sarah's visit on 30/10/2025 Harry was asleep in "
              "his cot in the front bedroom because his own room was too cold, with a towel pinned over the "
              "broken window pane."),
        ("h2", "What the plan is for"),
        ("bullets", [
            "Lily and Harry live in a warm, safe home with food in the cupboards every day.",
            "Harry is up to date with his immunisations and health checks and keeps growing along his "
            "centile.",
            "Lily gets to school on time every day and is never left in charge of Harry.",
            "Lily and Harry are cared for by adults who are not under the influence of drugs.",
        ]),
        ("h2", "The plan"),
        ("p", "This is what each person agreed at the conference. Where I say “you”, I mean the person named at "
              "the start of the paragraph."),
        ("numbers", [
            "Sarah Quinn, your social worker, will visit Lily and Harry at home every week until the next "
            "review, at least once a fortnight without telling you first, and will see Lily on her own each "
            "month at school or at home. She will write down what Lily tells her and how Harry is, and bring "
            "this to every core group.",
            "Dean, you have agreed not to use cocaine or any other drug, and not to have drugs in the house or "
            "the car. You will give a hair strand test on 20/02/2026, covering the three months before it, and "
            "the result will go to Sarah.",
            "Dean, you will go to your key-work sessions at Open Door every Thursday and bring your appointment "
            "card, stamped at each session, for Sarah to see at her visits.",
            "Amy, you will take Harry to the Riverside Clinic for his last missed immunisation by 12/12/2025. "
            "His red book will show it has been given, and Sarah will look at it on her next visit.",
            "Harry's nine-month developmental review will be carried out by the health visitor, Kelly "
            "Ashworth, by 27/02/2026.",
            "Kelly will also visit Harry at home every two weeks and weigh him each time. His weight will be "
            "plotted in his red book and should stay on or above the 25th centile, where it is now.",
            "The broken window in Harry's bedroom and the loose stair gate are to be sorted before the next "
            "core group on 11/12/2025. The repaired window and gate will be checked at the next home visit.",
            "Amy and Dean, you will make sure Lily gets to school by 8.45am every day. Mrs Hirst, the school's "
            "safeguarding lead, will send Sarah Lily's attendance and late marks every Friday, and we would "
            "expect Lily's attendance to be 96% or higher by the next review.",
            "From today, Amy and Dean, you will not leave Lily in charge of Harry, even for a few minutes. "
            "Sarah will ask Lily about this every time she sees her on her own and record what she says.",
            "Mr Dale, the learning mentor at Nesthorpe Road Primary, will meet Lily every Tuesday afternoon so "
            "that she has someone to talk to in school. He will keep a note of each session, including what "
            "Lily wants the adults to know, and send it to Sarah before each core group.",
            "Amy, you will book Lily in with the dentist about her toothache and take her as soon as "
            "possible. Please show Sarah the dentist's appointment letter or treatment plan.",
            "Jo Bennett, the family support worker, will meet you both at home every Monday for six weeks from "
            "24/11/2025 to draw up a weekly budget and a plan for the gas and electricity arrears, so that there "
            "is money for food and nappies every week. Jo will leave a copy of the budget with Sarah, and Sarah "
            "will look in the cupboards at her visits.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "Dean, if you use cocaine or any other drug in the house or while you are looking after the "
              "children, or your hair strand test is positive, you have agreed to leave the home that day and "
              "stay with your brother, Craig Foster, at 3 Sedge Close. Sarah (or the Emergency Duty Team out of "
              "hours) will hold a strategy discussion with the police the same day."),
        ("p", "If Harry's weight drops below the 9th centile, Kelly will refer him to the paediatric clinic at "
              "Nesthorpe General the same day."),
        ("p", "If Dean's hair strand test is positive, or the next review finds that things have not changed "
              "enough, Sarah's team manager, Mark Oduya, will hold a legal planning meeting within ten working "
              "days to decide whether to start the Public Law Outline."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, at 10am at Nesthorpe Road Primary: 11/12/2025, 08/01/2026 and "
            "05/02/2026.",
            "Next review child protection conference: 12/05/2026 at 1.30pm, Nesthorpe Civic Centre.",
        ]),
        ("h2", "If you are unhappy with the conference"),
        ("p", "If you disagree with the decision or with how the conference was run, you can write to me at the "
              "address above within 15 working days of this letter and I will arrange to talk it through with "
              "you. You can also use the council's complaints procedure."),
        ("p", "Yours sincerely,"),
        ("pl", "Rebecca Lyle"),
        ("pl", "Child Protection Chair, Nesthorpe Council"),
        ("pl", "Copies to: Sarah Quinn (social worker); Kelly Ashworth (health visitor); Mrs Hirst (Nesthorpe "
               "Road Primary); Dr Patel (GP)"),
    ],
    "findings": [
        F("M001", "nine-month developmental review will be carried out by the health visitor"),
        F("W001", "The broken window in Harry's bedroom and the loose stair gate"),
        F("T002", "book Lily in with the dentist about her toothache"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan as a bullet plan: details lines, worries,
#    strengths, the children's words, then "Our plan" with bullets under
#    each outcome heading, each bullet a few sentences with the owner and
#    the time in the words. Emotional abuse: parents' fighting, father's
#    drinking, a 14-year-old who self-harms. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_nibbleswick_bullets_under_outcome_headings_szymanski.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-md-bold-detail-lines-why-we-are-here-worries-strengths-kasia-and-tomasz-in-their-own-words-then-our-plan-h3-outcome-headings-with-multi-sentence-bullets-owner-and-time-in-the-words-then-if-things-get-worse-meeting-dates",
    "description": (
        "Initial conference plan for a 14-year-old girl who self-harms and her 9-year-old "
        "brother (emotional abuse): their parents argue and fight, the father drinks most "
        "evenings and broke a door in September. A bullet plan: each outcome is a heading and "
        "the bullets under it say in sentences who will do what, when and how anyone will know. "
        "Most bullets are sound (the alcohol service's assessment and reports, a parents' course "
        "with reports, the school nurse, the head of year, the social worker's visits and direct "
        "work). Faults: the father to go to the alcohol service 'regularly'; CAMHS to 'keep an eye "
        "on' the girl's mood; 'All professionals' to make sure she knows who to talk to; a "
        "contingency of 'further concerns' and a review; no legal planning."
    ),
    "text": """\
# Nibbleswick Metropolitan Borough Council
## Children's Social Care – Child Protection Plan

**Children:** Katarzyna (Kasia) Szymanski, 14, Year 10 at Nibbleswick Academy; Tomasz Szymanski, 9, Year 5 at
St Winifred's Catholic Primary
**Parents:** Agnieszka Szymanska (42) and Marek Szymanski (45), 88 Tannery Lane, Nibbleswick NB2 6FJ
**Conference:** Initial child protection conference, 04/11/2025. Chair: Alison Greaves
**Category:** Emotional abuse (both children)
**Social worker:** Hannah Rooke, Nibbleswick Children's Social Care (team manager: Joe Kimber)
**Language:** Kasia, Tomasz and Marek speak English; Agnieszka prefers Polish, and an interpreter (Polish)
will be booked for every meeting and visit she attends.

## Why we are here

On 28/09/2025 Kasia rang 999 from her bedroom because her parents were fighting in the kitchen. Police found
the kitchen door off its hinges and Marek had been drinking. Agnieszka had a red mark on her neck but did not
want to make a statement. Both children told officers that their parents argue "nearly every night" and that
Dad "gets loud after vodka".

In October Kasia's form tutor saw cuts on her forearm. Kasia told the school nurse she has been cutting since
the summer "when it gets bad at home". She was seen by CAMHS (Nibbleswick Child and Adolescent Mental Health
Service) on 16/10/2025 and is now on their caseload. Tomasz has started wetting the bed again and his teacher
says he is quiet and tired.

## What we are worried about

- Kasia and Tomasz hear shouting, swearing and things being broken most evenings, and have seen their dad push
  their mum.
- Marek drinks most evenings, usually half a bottle of vodka or more. He says he "could cut down" but does not
  think he has a problem.
- Kasia is cutting herself and says she feels responsible for keeping Tomasz out of the way when her parents
  fight.
- Tomasz is wetting the bed and is frightened to go downstairs at night.

## What is working well

- Both parents came to the conference, and both said they want the fighting to stop for the children's sake.
- Agnieszka works part-time at the bakery on Market Street and gets the children to school every day.
- Kasia has a good friend, Ellie, and a trusted teacher, Miss Carrow, her head of year.
- Marek has agreed to see the alcohol service and has not had a drink in the house for the past week.

## Kasia and Tomasz in their own words

Kasia (seen alone at school, 29/10/2025): "I just want them to stop shouting. When it starts I put my music on
and take Tomasz into my room. I don't hate my dad but I hate him when he's drunk. I cut because it makes the
noise in my head go quiet." Kasia said she would like to talk to someone at school "who isn't going to tell
everyone", and that she wants her dad to "get help for the drinking".

Tomasz (seen alone at school, 30/10/2025, using the three houses): in his house of worries he drew "Mum and Dad
shouting and the door broken". In his house of good things he drew Kasia, his Xbox and "Babcia's soup". In his
house of dreams he wrote "no shouting ever". He said he hides under his duvet when his dad is loud.

## Our plan

### Outcome 1: Kasia and Tomasz live in a calm home where adults do not shout, fight or break things

- Marek and Agnieszka have agreed that they will not argue in front of Kasia and Tomasz from 04/11/2025. If an
  argument starts, Marek will leave the house and go to his brother Piotr's flat on Lister Road until the next
  day. Hannah will ask both children on their own at every visit whether there has been shouting at home, and
  write down what they say.
- Marek will go to the Nibbleswick Alcohol Service regularly to get help with his drinking. His recovery worker
  will tell Hannah how many sessions he has been to and his breath test readings.
- Rob Tennant, Marek's recovery worker at the Nibbleswick Alcohol Service, will complete a full alcohol
  assessment with Marek by 28/11/2025 and then write to Hannah before every core group about how much Marek is
  drinking, his breath test results, and whether he is able to make the changes the children need.
- Marek and Agnieszka will both go to the eight-week Calmer Homes course at Nibbleswick Family Hub on Tuesday
  evenings, starting 18/11/2025. The course worker will send Hannah a summary after weeks 4 and 8 saying what
  each parent has done differently at home.

### Outcome 2: Kasia stops hurting herself and has adults she trusts to talk to

- CAMHS will see Kasia every two weeks at the Nibbleswick CAMHS clinic and keep an eye on her mood and her
  self-harm.
- Mrs Dunn, the school nurse, will go through a written self-harm safety plan with Kasia by 21/11/2025, with the
  numbers she can ring and what to do with her blades. Kasia, her mum and the school will each keep a copy, and
  Hannah will check at her next visit that Kasia still has hers.
- Miss Carrow will meet Kasia in the pastoral base for fifteen minutes every Monday and Thursday morning and log
  each meeting on CPOMS. If Kasia tells her she has hurt herself, Miss Carrow will ring Hannah and Agnieszka
  that day.
- All professionals will make sure Kasia knows who she can talk to and how to reach them by the first core group
  on 18/11/2025. When Hannah asks her, Kasia will be able to name three adults she can go to, in and out of
  school.

### Outcome 3: Tomasz feels safe at home, sleeps well and is dry at night

- Hannah will see Tomasz on his own at school every two weeks and use the three houses again to hear what home is
  like for him. His drawings and words will be kept on his file and shared at each core group.
- Mrs Dunn will see Tomasz about his bedwetting by 28/11/2025 and start a wetting diary with him and his mum. If he
  is not dry on at least four nights out of seven by the end of January, she will refer him to the enuresis
  clinic, and the diary will show which.
- Mr Ali, Tomasz's class teacher, will email Hannah every Friday to say how Tomasz has been that week (tired,
  tearful, or settled) and whether he has said anything about home.

### Outcome 4: Kasia and Tomasz are looked after by parents who understand how the fighting and drinking have affected them

- Hannah will visit the family at home every week until the review conference, with at least one visit in three
  in the evening and unannounced. She will see both children on their own and look at the kitchen door and the
  children's rooms, and each visit will be recorded on the children's files.
- Hannah will meet Agnieszka on her own, with a Polish interpreter, by 12/12/2025 to talk about what she wants
  for herself and the children and how she will keep them safe if Marek drinks. Hannah will write this up as a
  safety plan that Agnieszka signs and keeps.

## If things get worse

If there are any further concerns about Kasia or Tomasz, or things do not improve, the core group will discuss
this and the plan will be reviewed.

## Meetings

- Core group every four weeks at Nibbleswick Academy, 3.30pm: 18/11/2025, 16/12/2025 and 13/01/2026.
- Review child protection conference: 27/01/2026 at 10am, Nibbleswick Town Hall, Committee Room 2.

Plan written by Hannah Rooke, 05/11/2025, and shared with Kasia in words she chose.
""",
    "findings": [
        F("T002", "go to the Nibbleswick Alcohol Service regularly to get help"),
        F("M002", "keep an eye on her mood and her self-harm"),
        F("W002", "All professionals will make sure Kasia knows who she can talk to"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan written as a numbered narrative: the social
#    worker's prose sections, then "What will happen" as numbered
#    paragraphs of two to four sentences, owners in passing ("Sandra has
#    agreed that she will ...", "will be done by Carys"), times as events and
#    rhythms, measures in a later sentence. Mother with postnatal depression
#    and intrusive thoughts, paternal grandmother helping. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_nolbarrow_icpc_numbered_narrative_paragraphs_hollins.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-md-narrative-social-worker-prose-sections-about-the-family-why-a-plan-what-is-going-well-alfie-and-freyas-days-what-we-want-then-what-will-happen-numbered-paragraphs-owner-in-passing-time-as-event-or-rhythm-measure-in-later-sentence-then-if-things-go-wrong-paragraphs-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and a 5-month-old baby whose mother "
        "has postnatal depression with intrusive thoughts about harming the baby; the father "
        "works shifts and the paternal grandmother is at the house while he is on days. Written "
        "as a numbered narrative in the social worker's voice: each paragraph says in its own "
        "words who will do it (in passing, in the passive with an agent, first names after the "
        "family section), when (rhythms and dated events) and, in a later sentence, what "
        "someone will see. The perinatal psychiatrist and nurse both give a view on capacity to "
        "change and its timescale, the GP owns an action, the grandmother's part has a fallback, "
        "legal planning follows named triggers, the children's days are described, and core "
        "group and review dates are set."
    ),
    "text": """\
Nolbarrow Borough Council
Children's Services – Safeguarding and Support Team 3

# Child protection plan: Alfie and Freya Hollins

Agreed at the initial child protection conference on 04/11/2025 (chair: Martin Oakes). Category: neglect.
Plan written by Beth Marlow, social worker, on 05/11/2025. Team manager: Mark Heaton.

## About the family

Alfie Hollins (3, born 19/07/2022) and Freya Hollins (5 months, born 11/06/2025) live with their mum, Jade
Hollins (24), and their dad, Ross Hollins (26), at 41 Fairfield Crescent, Nolbarrow NB5 1LR. Ross works
twelve-hour shifts at the Nolbarrow distribution centre, four days on and four days off. Ross's mum, Sandra
Hollins (52), lives ten minutes away in Cherry Tree Close and works mornings at the school canteen in term
time; she has taken unpaid leave to help. Alfie has a funded place at Ladybird Nursery from January.

## Why the children have a plan

After Freya was born Jade became very low. In September she told the health visitor that she was having
thoughts of hurting Freya, and that she had stopped going out. She was seen that week by the Nolbarrow
Perinatal Mental Health Team and diagnosed with postnatal depression with intrusive thoughts; she is taking
sertraline. On 02/10/2025 the health visitor found Freya had dropped from the 25th to below the 9th centile,
Alfie was in a nappy that had not been changed since the night before, and there was no food in the house
for him. Jade said she had been in bed for most of three days while Ross was on shift.

## What is going well

Jade told the health visitor about her thoughts herself, and she has kept every perinatal appointment since.
Ross has changed his shifts so that he is on days rather than nights, and Sandra has been at the house on
every day shift since 06/10/2025. Freya's weight has started to climb back. Jade and Ross are honest with
professionals and say they want the plan to help them.

## Alfie and Freya's days

Alfie is a chatty little boy. When Beth visited on 29/10/2025 he showed her his cars and said, "Mummy
sleeping. Nanna does my toast." He said he likes it "when Daddy does bath" and that he was "sad when Mummy
cries". He ran to Sandra when she came in from the kitchen.

Freya cannot tell us about her day, so we have watched it. On the two visits Beth made in October, and on the
visits of Carys Doyle, the health visitor, Freya fed well from her bottle and settled in Sandra's arms. On 02/10/2025 she was lying in
her Moses basket with a cold bottle beside her, and did not cry for attention. By 29/10/2025 she was smiling
and babbling at Jade during her feed, and Jade held her close and talked to her.

## What we want for Alfie and Freya

- Freya is fed, warm and changed on time, and her weight is back on the 25th centile.
- Alfie is washed, changed, fed three meals a day, and goes to nursery from January.
- Alfie and Freya always have an adult with them who is well enough to look after them.
- If Jade's thoughts about harming Freya come back, the adults around the children know and act the same day.

## What will happen

1. Beth will visit Alfie and Freya at home every week until the review conference, and at least one visit in
three will be unannounced. At each visit she will see Alfie play and see Freya fed or changed, and her visit
record will say what she saw and what Alfie told her.

2. Sandra has agreed that she will be at the house from 8am to 6pm on every day Ross is on shift until the
review conference, so that Jade is never on her own with both children all day. She will write the times she
was there in the family diary, which Beth will read at each visit.

3. Jade will take her sertraline every morning and go to all her perinatal appointments. We will know this is
happening when the perinatal team's reports show every appointment kept and the pharmacy shows each
prescription collected on time.

4. Dr Nadia Farooq, the consultant perinatal psychiatrist, will review Jade by 05/12/2025 and write to Beth
about her diagnosis, her medication and the risk of her thoughts about Freya returning. Her letter will also
give her view of whether Jade can make and keep the changes the children need, and how long that is likely to
take, and it will be read at the core group on 09/12/2025.

5. Lorna Pike, Jade's perinatal mental health nurse, will visit her at home every Tuesday for her CBT-based
sessions. Before every core group Lorna will write a short report on Jade's mood and intrusive thoughts,
whether she is making the changes Freya and Alfie need, and how long that is likely to take.

6. Freya will be weighed at home every two weeks by Carys, until she is nine months
old, and each weight plotted in her red book. We will know Freya is thriving when her weight is back on the
25th centile, where she was born.

7. Safe sleep will be gone through with Jade and Ross by Carys by 05/12/2025, before Freya moves from her Moses
basket to her cot. Carys will see the cot set up in her parents' room and note in the red book that this was
done.

8. Ross will do bath, bottle and bedtime for both children every evening he is not on shift, and give Freya
her 2am feed on his nights off so that Jade can sleep. The family diary will show which nights he did this,
and Jade will be able to tell Lorna how many nights she slept through.

9. Dr Simon Ketteridge, the family's GP at Alder Street Surgery, will review Jade's medication every month and
prescribe her sertraline two weeks at a time. He will send Beth a note after each review, and ring her the same
day if a prescription is not collected.

10. Jess Alden, family support worker from Nolbarrow Family Hub, is going to do six weekly sessions with Jade
and Ross from 18/11/2025 on a routine for Alfie: meals, nappies, nap and bedtime. After the first session Jess
will put the routine on the fridge as a picture chart, and by the last session Beth should see Alfie changed
and fed at the times on the chart when she visits.

11. Mrs Pat Orme, manager of Ladybird Nursery, will record each morning from Alfie's first day on 05/01/2026
whether he arrives clean, dressed and fed, and anything he says about home. She will email the record to Beth
every Friday.

12. Before Alfie starts nursery on 05/01/2026, Beth and Mrs Orme will do a joint settling-in visit with Jade so
that nursery knows about the plan and Alfie's routine. Mrs Orme will add Alfie's routine and who can collect
him to his nursery file, and Beth will check it is there at the first core group in January.

13. Beth will do two play sessions with Alfie at home before the review conference, using small-world toys
and his favourite cars, to find out what home is like for him. What he shows and says will be written up and
shared at the review conference.

## If things go wrong

If Jade tells anyone she is having thoughts of harming Freya or herself, or she cannot get out of bed to care
for the children, whoever hears will ring Lorna, or the Nolbarrow Crisis Team out of hours, the same day. Jade
will not be left alone with the children until she has been seen, and Ross or Sandra will be with them.

If Sandra cannot be at the house on a shift day (she is ill, or feels she cannot carry on), she will ring
Beth that morning. Ross's manager has agreed that he can take carer's leave at a day's notice. If neither Ross
nor Sandra can be there, Beth (or the Emergency Duty Team) will arrange for Alfie and Freya to stay together
with Nolbarrow foster carers until a safe adult is back.

If Freya's weight falls below the 9th centile again, Carys will refer her to the paediatric team the same
day.

If Jade's thoughts about harming Freya return and she cannot work with the perinatal team, if Freya's weight
falls below the 9th centile again, or if the review conference finds that not enough has changed, Beth will ask
Mark Heaton for a legal planning meeting within five working days.

## Meetings

The core group will meet every three weeks (with a longer gap over Christmas) at 11am at Fairfield Children's Centre: 18/11/2025, 09/12/2025 and
13/01/2026. Lorna and Dr Farooq's letters will be on file before the meeting they are for. The review child
protection conference will be on 03/02/2026 at 10am at Nolbarrow Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Case-system print of an initial conference plan (an invented system,
#    "ChildView"): field grids, then a six-column action grid (Ref | Action
#    | Responsible | Start | End / frequency | Success measure), a trigger
#    and response grid, and review fields. Disabled 10-year-old with a
#    gastrostomy; neglect of his health needs; mother with depression;
#    uncle helping at weekends. Printed to PDF with page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_nyebourne_case_system_print_six_column_grid_rahman.pdf",
    "doc_title": "ChildView - Child Protection Plan - Yusuf Rahman",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "landscape": True,
    "font": "Calibri",
    "font_size": 9.5,
    "header": "Nyebourne Council – ChildView – Child Protection Plan – printed 03/12/2025 by G.Stott",
    "footer": "OFFICIAL-SENSITIVE – Yusuf Rahman (ChildView ID 2231874) – Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-childview-landscape-paged-header-footer-field-grids-plan-details-household-table-reason-for-plan-childs-views-recorded-by-worker-outcomes-numbered-then-six-column-action-grid-ref-action-responsible-start-end-frequency-success-measure-then-trigger-response-grid-review-fields",
    "description": (
        "Exemplary initial conference plan for a 10-year-old with cerebral palsy, epilepsy and a "
        "gastrostomy, printed landscape from an invented case system with a page header and "
        "footer: field grids, a household table, the reason for the plan, his views gathered with his eye-gaze "
        "board and his siblings' words, numbered outcomes, then a six-column action grid (Ref, "
        "Action, Responsible, Start, End / frequency, Success measure), a trigger and response "
        "grid and review fields. The mother has depression and her CPN reports on capacity to "
        "change and its timescale; the paternal uncle's weekend help has a fallback; a legal "
        "planning meeting follows named triggers; core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Record type: Child Protection Plan (Initial)   ·   Status: Live   ·   Version 1"),
        ("boldp", "Plan details"),
        ("table", {
            "widths": [5.0, 20.7],
            "bold_first_col": True,
            "rows": [
                ["Subject", "Yusuf Rahman, born 09/05/2015 (10), male"],
                ["Plan start date", "25/11/2025"],
                ["Conference", "Initial child protection conference, 25/11/2025"],
                ["Conference chair", "Linda Farrow"],
                ["Category", "Neglect"],
                ["Allocated worker", "Gemma Stott, Social Worker, Children with Disabilities Team"],
                ["Team manager", "Owen Blake"],
                ["Disability / health", "Cerebral palsy (spastic quadriplegia); epilepsy; gastrostomy (all "
                                        "nutrition by tube); non-verbal, uses an eye-gaze board"],
                ["School", "Nyebourne Park School (special school), Class 5"],
            ],
        }),
        ("boldp", "Household"),
        ("table", {
            "header": ["Name", "Relationship to subject", "Date of birth", "Address"],
            "widths": [5.0, 5.0, 3.5, 12.2],
            "rows": [
                ["Shazia Rahman", "Mother", "14/01/1987", "22 Kestrel Road, Nyebourne NY3 9DS"],
                ["Imran Rahman", "Father", "30/09/1984", "22 Kestrel Road, Nyebourne NY3 9DS"],
                ["Aisha Rahman", "Sister", "02/03/2012", "22 Kestrel Road, Nyebourne NY3 9DS"],
                ["Zain Rahman", "Brother", "17/10/2019", "22 Kestrel Road, Nyebourne NY3 9DS"],
                ["Tariq Rahman", "Paternal uncle", "11/06/1989", "5 Heron Walk, Nyebourne (not in household)"],
            ],
        }),
        ("boldp", "Reason for plan"),
        ("p", "Yusuf needs everything done for him: feeding through his tube, changing, lifting, turning at "
              "night and his medicines. Since the summer he has missed six health appointments (dietetics, "
              "orthotics and the epilepsy clinic) and lost 2.1kg. On 10/11/2025 school staff found a grade 3 "
              "pressure sore on his lower back that had not been treated, and his feed chart had not been "
              "filled in for a week. Shazia has depression and has been under the Community Mental Health Team "
              "since 2023; she told the social worker she has been “going through the motions” and lifting "
              "Yusuf on her own while Imran works nights as a taxi driver. Aisha (13) has been doing some of "
              "Yusuf's night feeds."),
        ("boldp", "Strengths"),
        ("p", "Shazia and Imran love Yusuf and know his signs well. Imran has changed to day shifts from "
              "01/12/2025. Tariq has offered to help every weekend. Yusuf's school attendance is 96%, and school "
              "know him very well. Both parents agreed with the plan at conference."),
        ("boldp", "Child's views (recorded by worker)"),
        ("p", "Yusuf uses an eye-gaze board with about 60 symbols. With his speech and language therapist, Faye "
              "Linton, on 20/11/2025 he looked at “happy” for school, the bus and “Dad singing”, and at “sad” "
              "and “hurt” when shown a picture of his bed. When Gemma visited on 18/11/2025 he grimaced and "
              "cried when Shazia lifted him on her own, and smiled and kicked his legs when Imran came home. "
              "School say he is brighter on days he has had his morning feed on time."),
        ("p", "Aisha (seen alone, 19/11/2025): “I love Yusuf but I'm tired at school because of the night feeds. "
              "Mum is sad a lot.” Zain (6) said he likes “when Yusuf laughs at my jokes”."),
        ("boldp", "Outcomes"),
        ("numbers", [
            "Yusuf gets all his feeds and medicines on time every day and his weight is back to 24.5kg (his "
            "weight in May 2025) by the review conference.",
            "Yusuf's pressure sore heals, and he has no new sores because he is turned and moved safely.",
            "Yusuf goes to every health appointment he needs.",
            "Yusuf is cared for by adults who are well enough to do it and have the equipment they need, and "
            "Aisha no longer does his night feeds.",
        ]),
        ("boldp", "Actions"),
        ("table", {
            "header": ["Ref", "Action", "Responsible", "Start", "End / frequency", "Success measure"],
            "widths": [1.2, 8.0, 4.5, 2.6, 3.9, 5.5],
            "rows": [
                ["N1", "Visit Yusuf at home, at least one visit in three unannounced and one at a feed time, and "
                       "see him at school once a month. Look at his feed chart and, with Shazia or Imran, at his "
                       "skin where the sore was.",
                 "Gemma Stott, SW", "25/11/2025", "Weekly until the review conference",
                 "Visit record each week noting the feed chart seen, skin seen and Yusuf's responses on his "
                 "board"],
                ["N2", "Give Yusuf his tube feeds as set out in the dietitian's regime (four bolus feeds in the "
                       "day and the overnight pump) and fill in the feed chart after each feed.",
                 "Shazia and Imran Rahman (parents)", "25/11/2025", "Every day",
                 "Feed chart complete every day when checked by SW, nurse and school"],
                ["N3", "Weigh Yusuf and review his feed regime with his parents, changing it if he is not "
                       "gaining.",
                 "Ruth Abbot, paediatric dietitian, Nyebourne Community Children's Health", "01/12/2025",
                 "Every four weeks until the review conference",
                 "Weight sent to SW after each review; 24.5kg by 24/02/2026"],
                ["N4", "Review Yusuf's overall health, his epilepsy medicine and the missed appointments, and "
                       "write a health summary saying what care he needs each day.",
                 "Dr Chidi Okeke, consultant community paediatrician", "25/11/2025", "By 12/12/2025",
                 "Health summary on ChildView and read at the core group on 17/12/2025"],
                ["N5", "Dress the pressure sore and check Yusuf's skin all over, and show Shazia and Imran how to "
                       "reposition him every two hours at night.",
                 "Lisa Grant, children's community nurse", "26/11/2025",
                 "Twice a week until healed, then fortnightly",
                 "Wound chart shows the sore healed by 31/01/2026; no new sores on the body map"],
                ["N6", "Take Yusuf to every hospital, therapy and clinic appointment, and keep the appointment "
                       "list on the fridge up to date.",
                 "Imran Rahman (father)", "25/11/2025",
                 "Every appointment (next: dietetics 01/12/2025, orthotics 09/12/2025)",
                 "No appointment missed; SW checks the list against the hospital attendance record monthly"],
                ["N7", "See Shazia at home, review her mood and medication, and report on how her depression "
                       "affects Yusuf's care, whether she can make and keep the changes he needs, and how long "
                       "that is likely to take.",
                 "Anjali Sood, CPN and care coordinator, Nyebourne East CMHT", "25/11/2025",
                 "Fortnightly; report three working days before each core group",
                 "Written report on ChildView before every core group, with Anjali's view on change and its "
                 "timescale"],
                ["N8", "Take her antidepressant every day and keep her appointments with Anjali and her GP.",
                 "Shazia Rahman (mother)", "25/11/2025", "Daily, and every appointment",
                 "CMHT report shows every appointment kept"],
                ["N9", "Assess moving and handling at home, and order a ceiling-track hoist and a shower chair so "
                       "that no one lifts Yusuf on their own.",
                 "Neil Hurst, occupational therapist, Children with Disabilities Team", "01/12/2025",
                 "Assessment by 19/12/2025; hoist fitted by 13/02/2026",
                 "OT report on ChildView; hoist seen fitted and in use at a SW visit"],
                ["N10", "Help with Yusuf's morning wash, change and lifting, and sign the weekend care sheet.",
                 "Tariq Rahman (paternal uncle)", "29/11/2025",
                 "Saturdays and Sundays, 8am to 10am, until the hoist is fitted",
                 "Weekend care sheet signed by Tariq and seen by SW each week"],
                ["N11", "Check Yusuf's skin at each pad change at school, weigh him each Monday, and ring the SW "
                        "the same day about any mark, sore or missed morning feed.",
                 "Mrs Lorraine Baines, DSL, Nyebourne Park School", "26/11/2025",
                 "Every school day; weighed each Monday",
                 "Skin check log and weights emailed to SW every Friday; same-day calls logged on ChildView"],
                ["N12", "Give Yusuf an overnight short break, with his feeds and medicines given by trained staff, "
                        "and record his weight, his skin and what he enjoyed.",
                 "Rainbow House short breaks unit (manager: Derek Pounder)", "12/12/2025",
                 "Every other Friday night",
                 "Short break record sent to SW after each stay"],
                ["N13", "Complete a young carer's assessment with Aisha, so that she no longer does Yusuf's "
                        "night feeds or lifts him.",
                 "Kelly Ross, Nyebourne Young Carers", "01/12/2025", "By 23/01/2026",
                 "Aisha's young carer's plan on file; feed chart shows night feeds signed by a parent"],
                ["N14", "Use Yusuf's eye-gaze board in two sessions to find out what he likes and does not like "
                        "about home, school and Rainbow House.",
                 "Gemma Stott, SW, with Faye Linton, SALT", "01/12/2025", "Both sessions by 16/01/2026",
                 "Yusuf's choices recorded on ChildView and shared at the core group on 11/02/2026"],
            ],
        }),
        ("boldp", "Contingency"),
        ("table", {
            "header": ["Trigger", "Response"],
            "widths": [8.0, 17.7],
            "rows": [
                ["Yusuf misses two feeds in a day, or loses more than 0.5kg between weighs",
                 "Whoever finds it rings the SW and the dietitian the same day; Yusuf is seen by the paediatric "
                 "team at Nyebourne General that day; the SW visits the home the same day."],
                ["A new pressure sore, or any unexplained mark or bruise",
                 "School or the nurse tells the SW the same day; the SW holds a strategy discussion the same day "
                 "and a child protection medical takes place within 24 hours."],
                ["Shazia says she cannot cope, or Anjali is worried about her safety",
                 "The Nyebourne Crisis Team sees Shazia the same day; Imran stays home from work to care for "
                 "Yusuf; if neither parent can care for him safely, the SW arranges an emergency stay at Rainbow "
                 "House that night."],
                ["Tariq cannot help at the weekend (ill, away, or no longer able)",
                 "Tariq tells the SW by the Friday; Imran does the weekend mornings himself, and if he cannot, "
                 "the SW books two carers from the Disabled Children's Team's home care provider within 24 "
                 "hours."],
                ["Two or more health appointments missed, no weight gain by 14/01/2026, or a new pressure sore",
                 "The SW asks Owen Blake for a legal planning meeting within five working days to decide whether "
                 "the threshold for the Public Law Outline is met."],
            ],
        }),
        ("boldp", "Review"),
        ("table", {
            "widths": [5.0, 20.7],
            "bold_first_col": True,
            "rows": [
                ["Core group frequency", "Every four weeks"],
                ["Core group dates", "17/12/2025, 14/01/2026 and 11/02/2026, 2pm, Nyebourne Park School"],
                ["Review conference", "24/02/2026, 10.00, Nyebourne Civic Centre, Room 4"],
                ["Plan shared with", "Shazia and Imran Rahman (Urdu translation given), Tariq Rahman, all core "
                                     "group members"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Plan after a first review conference in the council's landscape Word
#    template: a two-by-four front grid, short sections, then a
#    seven-column table (No. | What needs to change for Oscar | What will
#    be done | Lead | Others involved | When | How we will know) with the
#    change merged down over its rows. Physical abuse by the father, who has
#    returned home; paternal grandmother helping. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_nurthwaite_rcpc_seven_column_change_merged_pryor.docx",
    "doc_title": "Child Protection Plan (review) - Oscar and Maisie Pryor",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "check_vmerge": 4,
    "template": "rcpc-plan-word-template-landscape-docx-four-column-front-grid-decision-progress-since-icpc-oscars-words-maisies-day-then-seven-column-table-no-what-needs-to-change-merged-down-what-will-be-done-lead-others-involved-when-how-we-will-know-contingency-bullets-meetings",
    "description": (
        "Exemplary plan after the first review conference for a 5-year-old whose father grabbed "
        "and slapped him over toileting accidents, and his 14-month-old sister; the father has "
        "come home after six weeks at his parents' and is doing Caring Dads, and the paternal "
        "grandmother collects the boy twice a week. The council's landscape Word template: a "
        "four-column front grid, progress since the initial conference, the boy's words and his "
        "sister's day, then a seven-column table whose 'What needs to change for Oscar' cell is "
        "merged down over the rows that serve it, with a Lead column beside an Others involved "
        "column. Every row has a lead, a time and something to see; the grandmother's help has a "
        "fallback; legal planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nurthwaite Council · Children's Services · Plan following the review child protection conference"),
        ("table", {
            "widths": [4.0, 8.85, 4.0, 8.85],
            "rows": [
                ["Children", "Oscar Pryor, born 03/03/2020 (5), Year 1, Nurthwaite Infant School\n"
                             "Maisie Pryor, born 20/09/2024 (14 months)",
                 "Address", "19 Peel Street, Nurthwaite NW2 4HB"],
                ["Parents", "Chloe Pryor (29) and Liam Pryor (32), both living at home",
                 "Wider family", "Sue and Dave Pryor (paternal grandparents), 4 Ashgrove, Nurthwaite"],
                ["Review conference", "27/11/2025 (first review; initial conference 28/08/2025)",
                 "Chair", "Graham Whitely, Independent Child Protection Chair"],
                ["Category", "Physical abuse (Oscar); neglect (Maisie)",
                 "Social worker", "Tom Ashby, Family Safeguarding Team 1 (team manager: Farah Naseem)"],
            ],
        }),
        ("h1", "Decision of the review conference"),
        ("p", "Oscar and Maisie will remain subject to child protection plans. Everyone agreed that Liam and "
              "Chloe have worked hard since August, but Liam has only been back at home for five weeks, he is "
              "half way through Caring Dads, and Oscar is still having accidents that were the trigger for "
              "Liam's anger. The conference wants to see the changes hold before the plans can end."),
        ("h1", "Why there is a plan"),
        ("p", "On 05/08/2025 staff at the Nurthwaite summer holiday club saw four finger-tip bruises on Oscar's "
              "upper arm and a red mark on his cheek. Oscar told them: “Daddy grabbed me because I had an accident "
              "in my pants, and he smacked my face.” Liam admitted this to police, accepted a conditional caution, "
              "and moved to his parents' home while the assessment was done. Maisie's one-year health review had "
              "been missed and she was behind with her immunisations."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "No new marks or injuries have been seen on either child at school, at nursery or on 14 visits.",
            "Liam has been to 8 of 8 Caring Dads sessions so far, and the facilitator says he talks openly "
            "about what he did.",
            "Maisie's immunisations are up to date, but her one-year review has still not been done.",
            "Oscar still has three or four accidents a week at school, and nobody has yet looked at why.",
        ]),
        ("h1", "What Oscar says, and Maisie's day"),
        ("p", "Oscar talked to Tom at school on 20/11/2025, using his worry monster. He posted a drawing of "
              "“Daddy's cross face” and said: “Daddy doesn't smack now. He says time out and goes in the "
              "kitchen.” He said he still gets “a tummy worry” when he has an accident at home, and he likes "
              "going to Nana Sue's “because she does fish fingers and doesn't mind about my pants”. He gave home "
              "8 out of 10."),
        ("p", "Maisie is walking and says “Mama”, “Dada” and “Ossie”. On Tom's unannounced visit on 13/11/2025 "
              "she was having her tea in her high chair and reached for Liam to pick her up when he came in. "
              "She follows Oscar around the house and laughs when he plays peek-a-boo with her."),
        ("h1", "The plan"),
        ("p", "The Lead is the person responsible for the row. Others involved help, but the Lead makes sure it "
              "happens."),
        ("table", {
            "header": ["No.", "What needs to change for Oscar", "What will be done", "Lead", "Others involved",
                       "When", "How we will know"],
            "widths": [1.0, 4.0, 6.8, 3.1, 3.0, 3.4, 4.4],
            "rows": [
                ["1",
                 "Oscar is never hurt by an adult, and is spoken to calmly when he has an accident or is upset.",
                 "Visit Oscar and Maisie at home, at least one visit in three unannounced and one at teatime or "
                 "bedtime. See Oscar on his own at school, using his worry monster.",
                 "Tom Ashby, social worker",
                 "Mrs Kaur (for the visits at school)",
                 "Home visits weekly; Oscar seen alone every two weeks; until 21/05/2026",
                 "Visit records on the case file, with what Oscar posted in his worry monster and what was seen "
                 "at home"],
                ["2", V,
                 "Finish the Caring Dads programme on Wednesday evenings and do the home task set each week, so "
                 "that Liam understands how his anger affected Oscar and what to do instead.",
                 "Liam Pryor (Dad)",
                 "Caring Dads facilitator, Nurthwaite Family Safeguarding Service",
                 "Every Wednesday until the last session on 04/02/2026",
                 "Attendance record with no more than one session missed; the facilitator's end-of-programme "
                 "report to Tom by 18/02/2026 saying what Liam has shown he can do differently"],
                ["3", V,
                 "Liam will not smack, grab or shout at Oscar. If he feels himself getting angry, most often over "
                 "an accident, he will say “time out”, leave the room and let Chloe take over.",
                 "Liam Pryor (Dad)",
                 "Chloe Pryor (Mum)",
                 "Every day",
                 "No marks seen by school or at visits; Chloe writes in the family diary each time “time out” is "
                 "used, and Tom reads it at each visit"],
                ["4", V,
                 "Greet Oscar at the classroom door each morning and notice whether he seems upset, hurt or "
                 "frightened. If a mark is seen, record it on a body map and ring Tom before Oscar goes home.",
                 "Mrs Jaspreet Kaur, DSL, Nurthwaite Infant School",
                 "Miss Lane, Oscar's class teacher",
                 "Every school day",
                 "Morning check logged on CPOMS; any body map and call logged the same day; summary emailed to "
                 "Tom each Friday"],
                ["5", V,
                 "Talk with Tom on her own about how Liam is managing his temper, and tell Tom the same day if "
                 "Liam hurts or frightens either child.",
                 "Chloe Pryor (Mum)",
                 "Tom Ashby",
                 "At every third home visit; the same day for any incident",
                 "Tom's record of each conversation with Chloe; any call from Chloe logged the same day"],
                ["6",
                 "Oscar's toileting accidents are understood and handled kindly, and he is dry in the day at "
                 "school and at home.",
                 "Do a continence assessment with Oscar and his parents, and write one toileting plan for home "
                 "and school.",
                 "Hayley Brook, school nurse, Nurthwaite 0-19 Service",
                 "Mrs Kaur; Chloe and Liam",
                 "Assessment by 12/12/2025; plan in place by 19/12/2025",
                 "Written toileting plan on Oscar's school file and with Tom; accidents counted in the school and "
                 "home diaries"],
                ["7", V,
                 "Follow the toileting plan at home: take Oscar to the toilet at the times it gives, use his "
                 "sticker chart, and never tell him off for an accident.",
                 "Chloe and Liam Pryor (parents)",
                 "Hayley Brook",
                 "Every day from 19/12/2025",
                 "Home diary and sticker chart seen by Tom at each visit; one accident a week or fewer by "
                 "27/02/2026"],
                ["8", V,
                 "See Oscar to check for constipation or any other physical cause of his accidents, and treat it "
                 "if one is found.",
                 "Dr Amir Rashid, GP, Beckside Surgery",
                 "Chloe Pryor",
                 "By 12/12/2025",
                 "GP letter to Tom and Hayley saying what was found and any treatment started"],
                ["9",
                 "Oscar and Maisie have calm, predictable days, with parents who know how to respond to them.",
                 "Do Maisie's overdue one-year development review at home with both parents, and watch how Chloe "
                 "and Liam play with and respond to her.",
                 "Nicola Firth, health visitor",
                 "Chloe and Liam",
                 "By 16/01/2026",
                 "Review scores in Maisie's red book, and a written note of what was seen sent to Tom"],
                ["10", V,
                 "Eight sessions with Chloe and Liam at home on routines, praise and calm ways of handling "
                 "Oscar's behaviour, using the Calm Parenting pack.",
                 "Kirsty Lamb, family support worker, Nurthwaite Early Help",
                 "Chloe and Liam",
                 "Weekly from 02/12/2025 to 27/01/2026",
                 "Morning and bedtime routine charts up at home; Tom sees the bedtime routine followed on a "
                 "bedtime visit; Kirsty's closing summary at the core group on 12/02/2026"],
                ["11", V,
                 "Collect Oscar from school and give him his tea at 4 Ashgrove until Chloe collects him after "
                 "work at 5.30pm.",
                 "Sue Pryor (paternal grandmother)",
                 "Dave Pryor",
                 "Every Tuesday and Thursday in term time",
                 "School signs Oscar out to Sue; Sue texts Tom each Friday with how the teas went"],
                ["12",
                 "Oscar can say how he feels and knows who to tell if he is frightened.",
                 "Run a small-group “Feelings Friends” session with Oscar in class, using the feelings fan.",
                 "Miss Rachel Lane, class teacher",
                 "Mrs Kaur",
                 "Every Friday morning from 09/01/2026",
                 "Session notes on CPOMS; by the review Oscar can point to how he feels on the fan and say it to "
                 "Miss Lane"],
                ["13", V,
                 "Make a “my safe people” hand with Oscar, and practise with him who he can tell at home, at "
                 "school and at Nana's.",
                 "Tom Ashby, social worker",
                 "Miss Lane",
                 "By 19/12/2025",
                 "Oscar's hand kept in his classroom tray with a copy on file; Oscar can name his safe people "
                 "when Tom asks"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Oscar or Maisie has a mark that is not explained, or Oscar says he has been hurt, whoever sees or "
            "hears it rings Tom (or the Emergency Duty Team) the same day. Tom will hold a strategy discussion "
            "with Nurthwaite Police that day, Oscar will have a child protection medical, and Liam will leave the "
            "home that day until the strategy discussion decides what happens next.",
            "If Liam misses two Caring Dads sessions in a row, the facilitator tells Tom that week and Tom visits "
            "within two working days to agree with Liam and Chloe how he will finish the course.",
            "If Sue cannot collect Oscar (she is ill, away, or can no longer do it), she rings Chloe and Tom "
            "that morning. Chloe's manager has agreed she can leave work at 3pm on those days, and if she cannot, "
            "Oscar will go to the school's after-school club, which Tom has arranged to pay for.",
            "If Oscar is hurt again by either parent, if Liam does not complete Caring Dads, or if the next "
            "review conference finds that not enough has changed, Tom will ask Farah Naseem for a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks (five over Easter), Thursdays at 3.45pm at Nurthwaite Infant School: 18/12/2025, "
            "15/01/2026, 12/02/2026, 12/03/2026, 16/04/2026 and 07/05/2026.",
            "Next review child protection conference: 21/05/2026, 10am, Nurthwaite Council House.",
        ]),
        ("p", "Plan typed by Tom Ashby on 28/11/2025 from the conference decision. Copies to Chloe and Liam, Sue "
              "and Dave Pryor, and every member of the core group."),
    ],
    "findings": [],
})
