"""Batch 5, module 4: five fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 13. Not a plan: team meeting notes (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_pelstead_team_meeting_notes_ortiz.txt",
    "split": "tune",
    "template": "not-a-plan-team-meeting-notes",
    "description": (
        "Not a plan: notes of a safeguarding team's monthly meeting (caseloads, a new recording system, "
        "training, audit themes) with an action list of owners and dates, but no child and no child's plan."
    ),
    "not_a_plan": True,
    "text": """\
PELSTEAD COUNCIL - CHILD PROTECTION & COURT TEAM
Team meeting notes - Thursday 3 April 2025, 9.30-11.00, Room 4.12

Present: Marisol Ortiz (TM, chair), Dev Kapoor (ATM), Grace Whitlam, Tom Riordan,
Anya Sokolova, Ben Adair, Kemi Bankole (SWs), Liz Fairley (BSO, notes)
Apologies: Rhys Harper (leave)

1. Caseloads
   Average caseload is 19 (target 16). Two ASYE workers start on 22 April and
   will take protected caseloads of 10. Marisol will rebalance allocations
   once they start. Tom raised that court work is not being weighted fairly.

2. New recording system (go-live 12 May)
   Dev demonstrated the new plan template. Plans will have separate fields for
   who, by when and how we will know. Old plans migrate automatically but the
   contingency box will come across blank, so workers need to check every plan
   at its next review.

3. Training
   - Graded Care Profile 2 refresher: 29 April, full day. Five places left.
   - Court skills with Legal: 14 May, pm.
   - Everyone to complete the data protection e-learning before go-live.

4. Audit themes (March practice week)
   Of the 12 plans audited, 5 had actions without a timescale and 4 had no
   contingency. Three did not record what the child had said. Good examples
   of direct work were shared from Anya's and Kemi's cases.

5. AOB
   Office move to the 5th floor is now 9 June. Please clear your pedestals.
   Kemi is running the Pelstead 10k for the children's hospice - sponsor form
   on the fridge.

ACTIONS
- Marisol: send revised allocation list to the team by 25/04/2025.
- Dev: circulate the new template user guide by 11/04/2025.
- Liz: book the training room for the court skills session by Friday.
- All SWs: check contingency boxes on their migrated plans by 30/05/2025.
- Tom: draft a proposal for weighting court work for the May meeting.

Next team meeting: Thursday 1 May 2025, 9.30, Room 4.12.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 14. Child in need plan written as a narrative with hedged and passive
#     commitments (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_ravelstone_cin_narrative_hedged_wilde.txt",
    "split": "tune",
    "template": "cin-narrative-hedged",
    "description": (
        "Child in need plan for a 12-year-old young carer and his sister, written as a narrative with "
        "hedged and passive commitments. Passives with no agent, no timescales or measures, relatives "
        "helping 'when she can' and 'as and when needed' with no fallback, a vague contingency, an "
        "adult-only outcome, CIN reviews only and no legal step."
    ),
    "text": """\
RAVELSTONE COUNCIL - EARLY HELP AND CHILDREN IN NEED SERVICE

CHILD IN NEED PLAN

Children: Mason Wilde (12), Ava Wilde (7)
Mum: Leanne Wilde
Address: 41 Gorse Road, Ravelstone
Social worker: Kirsty Amwell
Date: 31 March 2025


Why we are involved

Leanne has fibromyalgia and depression and spends much of the day in bed. Since
January Mason has been doing most of the shopping, cooking and getting Ava ready
for school, and his attendance has dropped to 78%. Ava has been late on 14
mornings this term. There are no concerns about either child being hurt at home,
and Leanne asked for help herself.


What Mason told me

I saw Mason on his own at school on 24 March. He said, "I don't mind helping Mum,
she can't help being poorly," but that he is tired and "hasn't been to football
since Christmas". He said he worries about Mum when he is at school and sometimes
texts her in lessons. Ava told me she likes it when Mason does her hair, and that
"Mummy is always in bed".


What needs to be different

- Mason goes to school every day and has time to be a 12-year-old, including
  football on Saturdays.
- Ava gets to school on time, fed and ready to learn.
- Leanne's pain is better managed.


What we will do

I will try to see Mason and Ava at home every three weeks, and I will see Mason
on his own at school at least once a month. It is hoped that Leanne's GP will
review her pain medication, as she feels it makes her very drowsy in the
afternoons. A young carers assessment will be completed for Mason by the
Ravelstone Young Carers Project by the end of May. Mason will hopefully be able
to go to the young carers group on Thursday evenings, and the project will let
me know each month whether he has been.

School will be asked to put Mason on the attendance support programme. Leanne
will try to get Ava to school on time each day, with help from a family support
worker when one is allocated. Support will be offered to Leanne around her low
mood.

Leanne's sister Dawn has kindly said she will help with shopping and the school
run when she can. Mason's nan will have the children at weekends as and when
needed to give Mason a break from caring. I will refer Leanne to adult social
care for a care and support needs assessment by 9 May 2025, and the outcome will
be shared at the next CIN review.


What we will do if things don't improve

If things do not improve, we will consider stepping the case up to an initial
child protection conference.


Checking how it's going

We will hold a child in need review every 6 weeks. The first review will be on
12 May 2025 at Ravelstone Family Hub.

Kirsty Amwell, Social Worker
""",
    "findings": [
        F("M001", "I will try to see Mason and Ava at home"),
        F("T001", "It is hoped that Leanne's GP will review her pain medication"),
        F("M001", "It is hoped that Leanne's GP will review her pain medication"),
        F("M001", "A young carers assessment will be completed for Mason"),
        F("W001", "School will be asked to put Mason on the attendance support programme"),
        F("T001", "School will be asked to put Mason on the attendance support programme"),
        F("M001", "School will be asked to put Mason on the attendance support programme"),
        F("M001", "will try to get Ava to school on time each day"),
        F("W001", "Support will be offered to Leanne around her low mood"),
        F("T001", "Support will be offered to Leanne around her low mood"),
        F("M001", "Support will be offered to Leanne around her low mood"),
        F("T002", "Leanne's sister Dawn has kindly said she will help with shopping"),
        F("M001", "Leanne's sister Dawn has kindly said she will help with shopping"),
        F("T002", "Mason's nan will have the children at weekends as and when"),
        F("M001", "Mason's nan will have the children at weekends as and when"),
        F("F002", "Leanne's pain is better managed"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 15. Two-column Action | Comments table, owner and date inside the comment
#     (docx), baby on a review plan
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_saxmere_action_comments_brook.docx",
    "doc_title": "Review Child Protection Plan - Harvey Brook",
    "split": "tune",
    "template": "two-column-action-comments",
    "description": (
        "Review plan for a 4-month-old (young mother with postnatal depression) whose action table has "
        "only Action | Comments columns, with the owner, date and measure written into the comment. A "
        "perinatal nurse who only supports ('Chloe's mood improving'), a progress note instead of a "
        "measure, 'as and when', a grant with nobody named, 'All professionals'."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Saxmere District Council – Children's Safeguarding Service"),
        ("kv", [
            ("Child", "Harvey Brook, born 02/12/2024 (4 months)"),
            ("Parents", "Chloe Brook (19) and Jordan Kemp (21)"),
            ("Review conference", "27/03/2025 – plan continues, category neglect"),
            ("Social worker", "Abi Lowther"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Chloe was diagnosed with postnatal depression in January. At the initial conference Harvey had "
              "dropped from the 25th to the 9th centile and was sleeping on the sofa with Chloe. Things are "
              "better: Harvey is back on the 25th centile and has slept in his Moses basket at every visit in "
              "March, but Chloe still finds the evenings hard when Jordan is at work."),
        ("h1", "Harvey's day"),
        ("p", "Harvey is a smiley, alert baby. At visits he follows Chloe with his eyes and quietens when she "
              "sings to him. Chloe says he cries for long spells between 6pm and 9pm, and on the unannounced "
              "visit on 19/03/2025 he was crying in his bouncer while Chloe was in the bathroom in tears. He "
              "settles quickly on Jordan's chest."),
        ("h1", "What we want for Harvey"),
        ("bullets", [
            "Harvey is fed on time, gains weight along the 25th centile and sleeps safely in his own cot.",
            "Harvey is comforted quickly when he cries, by a parent who is well enough to respond to him.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Home visits to see Harvey, where he sleeps and how he is fed",
                 "SW Abi Lowther – weekly, one unannounced each fortnight. Visit notes record where Harvey "
                 "slept and what he was fed."],
                ["Weigh Harvey and check his development",
                 "HV Paula Ruane – fortnightly at Saxmere clinic. Weight plotted in the red book and stays on "
                 "or above the 25th centile."],
                ["Perinatal mental health team to support Chloe with her low mood",
                 "Nurse Ellen Frost, Saxmere Perinatal Mental Health Team – fortnightly home visits; success "
                 "will be Chloe's mood improving."],
                ["Chloe to go to baby massage and the Little Steps group at the children's centre",
                 "Chloe – Tuesdays from 08/04/2025. No update yet."],
                ["Help Chloe set up an evening routine for Harvey (bath, feed, bed)",
                 "FSW Nadia Bishop – as and when. Routine chart on the fridge, filled in each evening."],
                ["Apply for a grant for a cot and a fireguard",
                 "To be done by 18/04/2025. Cot and fireguard in place by the following home visit."],
                ["Jordan to do the night feeds on Friday and Saturday so Chloe can sleep",
                 "Jordan – every Friday and Saturday night. Feed times written on the chart and checked by "
                 "the HV."],
                ["Share any worry about Harvey with the SW the same day",
                 "All professionals. Any worry logged on Harvey's file with what was done."],
                ["Parenting assessment of Chloe and Jordan",
                 "SW Abi Lowther – start by 14/04/2025; written report shared with the core group by "
                 "30/05/2025."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Harvey's weight falls below the 9th centile, or Chloe tells anyone she has thoughts of harming "
              "herself or Harvey, the SW will visit the same day and Harvey will be cared for by his paternal "
              "grandmother, Sue Kemp, while a strategy discussion is held. If Sue cannot have him, Harvey will "
              "be placed with foster carers, and the SW will request a legal planning meeting."),
        ("h1", "When we will meet again"),
        ("p", "Core group: monthly, on 24/04/2025, 22/05/2025 and 19/06/2025. Review child protection "
              "conference: 26/06/2025."),
    ],
    "findings": [
        F("H001", "Perinatal mental health team to support Chloe with her low mood"),
        F("M002", "Perinatal mental health team to support Chloe with her low mood"),
        F("M001", "Chloe to go to baby massage and the Little Steps group"),
        F("T002", "Help Chloe set up an evening routine for Harvey"),
        F("W001", "Apply for a grant for a cot and a fireguard"),
        F("W002", "Share any worry about Harvey with the SW the same day"),
    ],
})


# ---------------------------------------------------------------------------
# 16. Real Word multi-level numbering 1 / 1.1 / a) under theme headings (docx).
#     Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_cresswold_multilevel_themes_pearce.docx",
    "doc_title": "Child Protection Plan - Ruby and Finn Pearce",
    "split": "tune",
    "template": "word-multilevel-themes",
    "description": (
        "Exemplary plan for two children (father's PTSD and angry outbursts) written as a real Word "
        "1 / 1.1 / a) list under theme headings: every item names who, when and what will be seen; the "
        "veterans' psychologist reports on capacity to change; specific contingency; core group and review "
        "dates; legal planning meeting if no progress."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cresswold Borough Council – Children's Services, Safeguarding Team West"),
        ("kv", [
            ("Children", "Ruby Pearce (11), Finn Pearce (6)"),
            ("Parents", "Lisa Pearce and Mark Pearce, 9 Chandler Close, Cresswold"),
            ("Initial child protection conference", "02/04/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Helen Carver"),
        ]),
        ("h1", "What we're worried about"),
        ("p", "Mark served in the army for 12 years and has post-traumatic stress disorder. Since last autumn "
              "he has had angry outbursts at home: he has smashed a television and a door, and on 15 March he "
              "shouted in Ruby's face and held her by the arm when she tried to stop him leaving in the car. "
              "Finn has started hiding under his desk at school when there are loud noises."),
        ("h1", "In Ruby's and Finn's words"),
        ("p", "Ruby said: \"Dad's not a bad person, the army broke his head a bit.\" She said she is scared "
              "when his face \"goes blank\" and that she takes Finn upstairs and puts a film on. She wants Dad "
              "to get help and to still live with them. Finn drew his family with Dad very big and black, and "
              "said \"Daddy is loud\". He said his favourite thing is Saturday swimming with Dad."),
        ("h1", "What will be different for Ruby and Finn"),
        ("bullets", [
            "Ruby and Finn live at home without shouting, smashing or anyone being grabbed or hurt.",
            "Ruby no longer feels she has to protect Finn, and can tell an adult she trusts if she is scared.",
            "Finn feels calm at school and home, and spends less time in the red zone in class.",
        ]),
        ("h1", "What we will do"),
        ("mlist", [
            (0, "Safety at home"),
            (1, "Mark's health"),
            (2, "Dr Kate Morley, psychologist at the Cresswold Veterans' Mental Health Service, will see Mark "
                "weekly for trauma therapy and write to the core group every 6 weeks on whether he is making "
                "and keeping the changes needed and how long this is likely to take."),
            (2, "Mark's GP, Dr Ian Fulford, will review his medication by 30/04/2025 and send the SW a copy "
                "of the review."),
            (1, "When Mark is struggling"),
            (2, "From 08/04/2025, every time Mark feels his anger rising he will leave the house for at least "
                "an hour and text Lisa; the SW will check the text log with Lisa at each visit and ask the "
                "children whether Dad has shouted."),
            (0, "Ruby and Finn"),
            (1, "Seeing the children"),
            (2, "SW Helen Carver will visit every two weeks, see Ruby and Finn on their own each time; her "
                "visit notes will show both children seen alone and what they said."),
            (1, "School"),
            (2, "Mr Tariq Aziz, DSL at Cresswold Academy, will meet Ruby every Wednesday and tell the SW the "
                "same day about anything she says about home; meeting notes kept on the school's safeguarding "
                "record."),
            (2, "Miss Jo Rennie, Finn's class teacher, will keep his Zones of Regulation chart and send it to "
                "the SW every Friday, showing how often Finn was in the red zone."),
            (1, "Help for the children"),
            (2, "Amy Hollis, Cresswold Young Minds practitioner, will run six weekly sessions with Ruby from "
                "15/04/2025 and share Ruby's RCADS scores from the first and last sessions with the core group."),
            (0, "Lisa's safety"),
            (1, "Domestic abuse support"),
            (2, "Sophie Lang, outreach worker at the Cresswold Domestic Abuse Service, will meet Lisa "
                "fortnightly from 10/04/2025 and share a completed safety plan and DASH risk assessment with "
                "the SW by 24/04/2025."),
        ]),
        ("h1", "If Mark's anger puts the children at risk"),
        ("p", "If Mark shouts at, threatens or hurts anyone in the house, or does not leave when his time-out "
              "plan says he should, Lisa will ring 999 and the SW will hold a strategy discussion the same day. "
              "Mark will stay with his brother, Paul Pearce, in Hexton and not come home until the strategy "
              "discussion agrees it is safe. If this happens twice, or Dr Morley reports that Mark is not making "
              "the changes needed by the review conference, the SW will request a legal planning meeting."),
        ("h1", "When we will meet again"),
        ("bullets", [
            "Core group: every 4 weeks – 16/04/2025, 14/05/2025 and 11/06/2025, at Cresswold Academy.",
            "Review child protection conference: 02/07/2025, 10am, Cresswold Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 17. Case-system export, ACTION: / WHO: / BY WHEN: / HOW WILL WE KNOW: lines
#     with abbreviations and wrapped lines (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_oxendale_labelled_export_kaur.txt",
    "split": "tune",
    "template": "labelled-line-export-exemplary",
    "description": (
        "Exemplary case-system export for a 15-year-old at risk of exploitation (mother's depression): one "
        "ACTION / WHO / BY WHEN / HOW WILL WE KNOW group per action with abbreviations (SW, DSL, wkly, "
        "w/c) and wrapped lines; the talking-therapy service reports on capacity to change; specific "
        "contingency with a legal planning meeting; core group and RCPC dates."
    ),
    "text": """\
OXENDALE BOROUGH COUNCIL        OxCase 4 - Child Protection Plan (print)
Printed 09/04/2025 11:47 by DOKOYE                                   Page 1
----------------------------------------------------------------------------
CHILD:       Jasmine (Jas) KAUR    DOB 21/06/2009 (15)    OxCase ID 880314
ADDRESS:     14 Larch Rise, Oxendale
LIVES WITH:  Harpreet Kaur (mum)
CONFERENCE:  ICPC 03/04/2025    CATEGORY: Sexual abuse (risk of exploitation)
ALLOCATED:   Daniel Okoye (SW), Adolescent Safeguarding Team
----------------------------------------------------------------------------

WORRIES:
  Jas has been missing overnight 4 times since January and was found twice in
  a flat on Canal St with men in their 20s. She has had unexplained money, a new
  phone and vapes. Harpreet has depression, diagnosed 2023, and says she is "too
  flat" to go out looking for Jas or to set rules at home.

JAS'S VIEWS:
  Seen alone 01/04/2025 at McDonald's (her choice). Jas said the men are "just
  mates" and that she goes there "because it's not boring like home". She said
  she does not want to be "treated like a kid" but later said she didn't like it
  when one of them "took my phone off me and wouldn't give it back". She wants
  to stay at home and to do a hair and beauty course at college.

OUTCOMES:
  1. Jas is safe from adults who exploit her, is home by 9pm every night and
     tells an adult she trusts if she is scared or pressured.
  2. Jas is in school for at least 90% of sessions and has a college place
     agreed for September.
  3. Jas lives with a mum who knows where she is, sets clear rules and reports
     her missing the same evening if she does not come home.

ACTIONS:
ACTION:  See Jas alone wkly, incl. one visit a month away from home
         (e.g. cafe) so she can talk freely
WHO:     SW Daniel Okoye
BY WHEN: wkly from w/c 07/04/2025
HOW WILL WE KNOW: Visit recs show Jas seen alone each week and record
         what she said about who she spends time with

ACTION:  Return home interview after every missing episode
WHO:     Chris Adebayo, Oxendale Exploitation Hub
BY WHEN: within 72 hrs of Jas coming home
HOW WILL WE KNOW: RHI record on OxCase and shared with SW within 24 hrs
         of the interview

ACTION:  Report Jas missing to police if she is not home by 9pm and
         cannot be reached
WHO:     Harpreet Kaur (mum)
BY WHEN: by 10pm on any night Jas is not home
HOW WILL WE KNOW: Police log numbers passed to SW next morning; SW
         checks them against Jas's account

ACTION:  Track Jas's attendance and lateness and share it with the SW
WHO:     DSL Mrs Sarah Lin, Oxendale High
BY WHEN: every Fri
HOW WILL WE KNOW: Attendance % emailed to SW wkly; 90% or above by RCPC

ACTION:  Assess Harpreet's depression, treat it, and report on how it
         affects her supervision of Jas and whether she can make the
         changes needed, with likely timescale
WHO:     Rob Kinsella, CBT therapist, Oxendale Talking Therapies
BY WHEN: assessment by 25/04/2025; report before each core group
HOW WILL WE KNOW: Written report to core group incl. PHQ-9 scores and
         view on capacity to change

ACTION:  Visit the Canal St address and issue child abduction warning
         notices to the adults named in the strategy minutes
WHO:     PC Imran Sheikh, Oxendale Police Exploitation Team
BY WHEN: by 18/04/2025
HOW WILL WE KNOW: Notices issued; copies on Jas's file

ACTION:  Healthy relationships and consent sessions with Jas
WHO:     School nurse Faye Ho
BY WHEN: 4 fortnightly sessions from 14/04/2025
HOW WILL WE KNOW: Session notes shared with SW; Jas can name 3 safe adults
         and say what she would do if pressured

CONTINGENCY:
  If Jas goes missing for more than 2 hrs after 9pm, or is found with any of
  the adults named in the strategy minutes, Harpreet will report her missing
  to police straight away, police will search the Canal St address, and the
  SW (or EDT) will hold a strategy discussion the same day. Jas will stay with
  her aunt Manjit Sandhu in Brayford for at least 72 hrs. If Manjit cannot
  have her, the SW will arrange an emergency foster placement the same day.
  If Jas goes missing twice in any 4 weeks, or there is no progress by the
  RCPC, the TM will request a legal planning meeting.

REVIEW:
  Core group: fortnightly - 10/04, 24/04, 08/05, 22/05, 05/06/2025
  RCPC:       03/07/2025

--- end of print ---
""",
    "findings": [],
})
