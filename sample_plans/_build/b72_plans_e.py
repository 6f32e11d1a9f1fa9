"""Batch 72, module e: seven fictional files (held-out material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans typed in different councils' house styles - numbered themes with
lettered sub-actions, an Action | Comments table with the owner and date
inside the comment, a narrative plan of hedged and passive commitments ("will
be referred", "it is hoped that", "will try to"), core group minutes that hold
the plan, a mother with a learning disability, fathers and mothers who drink,
a looked-after baby on the neonatal unit, and a chronology that is not a plan.
Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan in numbered themes with lettered sub-actions
#    (a real Word outline list); mother with a mild learning disability (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_eskerby_numbered_themes_lettered_actions_ashdown.docx",
    "doc_title": "Child Protection Plan - Ruby and Tommy Ashdown",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-docx-kv-details-then-numbered-themes-with-lettered-sub-actions-real-outline-list-sentence-per-action",
    "description": (
        "Initial conference plan for a 2-year-old and a 4-month-old (neglect, faltering growth, unsafe "
        "sleep; mother has a mild learning disability and the adult learning disability team does a Care "
        "Act assessment). The plan is four numbered themes with lettered sub-actions in a real Word "
        "outline list. Faults: a passive 'home conditions to be checked regularly' (W001, T002, M001), "
        "an assessor 'TBC' (W002), 'everyone in the network' (W002), a referral with no date (T001), "
        "'keep an eye on' (M002), feeding sessions 'as and when she asks for them' (T002), an "
        "outcome about the mother only (F002), a contingency that leans on the grandmother with no fallback (C003) and no "
        "legal step (R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eskerby Borough Council · Children's Services · Eskerby South Family Safeguarding Team"),
        ("kv", [
            ("Children", "Ruby Ashdown (2 years 3 months) and Tommy Ashdown (4 months)"),
            ("Mother", "Kerry Ashdown (26). Kerry has a mild learning disability and is known to the Eskerby "
                       "Adult Learning Disability Team."),
            ("Father", "Liam Pryor (29). Liam lives at his mother's on Elmcroft Road, Eskerby, and visits "
                       "most days."),
            ("Maternal grandmother", "Sandra Ashdown (51), lives two streets away"),
            ("Address", "27 Ewecroft Walk, Eskerby"),
            ("Conference", "Initial child protection conference, Tuesday 04/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Bethan Cole"),
            ("Chair", "Richard Amankwah"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Tommy was born at term weighing 3.4 kg and has dropped from the 50th centile to below the 9th. "
              "At two home visits the health visitor saw Kerry making bottles with too much water because she "
              "was reading the scoop lines on the tin wrongly. Ruby has missed her 2-year review twice and her "
              "MMR booster. The flat has piles of washing and bags of rubbish in the hallway, and on 20 "
              "February Tommy was found asleep on the sofa propped up on a pillow."),
        ("p", "Kerry finds it hard to read letters and to remember appointments, and she relies on Sandra to "
              "tell her what is happening. There are no concerns about alcohol or drug use by either parent."),
        ("h1", "What is working well"),
        ("bullets", [
            "Kerry and Liam love the children, and both came to conference and stayed to the end.",
            "Sandra sees the children every day and has offered to help with night feeds at weekends.",
            "Since 24 February Kerry has used the picture card the health visitor gave her, and the two "
            "bottles the health visitor saw her make last week were made up correctly.",
        ]),
        ("h1", "Ruby and Tommy's daily life"),
        ("p", "Ruby is not yet putting words together. At home she brings her shoes to Sandra when she wants "
              "to go out and says \"Nana\" and \"bot-bot\". She is often still in her pyjamas in the afternoon "
              "and plays on her own with the television on. Tommy is a quiet baby: the health visitor saw him "
              "take his bottle quickly and root for more afterwards. He smiles when Liam talks to him and "
              "settles on Sandra's shoulder."),
        ("h1", "What needs to change for Ruby and Tommy"),
        ("bullets", [
            "Tommy is fed the right amount at the right times and grows along his centile line.",
            "Tommy sleeps on his back in his own cot for every sleep.",
            "Ruby has her health checks and immunisations and goes to nursery, where her speech is checked.",
            "Ruby and Tommy live in a clean flat with clear floors and a safe place to play.",
            "Kerry will understand her learning needs and feel more confident as a mum.",
        ]),
        ("h1", "The plan"),
        ("mlist", [(0, "Feeding and growth")]),
        ("mlist", [
            (2, "HV Gemma Rourke will weigh Tommy at home every Monday and plot his weight in the red book, "
                "which should show him back on or above the 9th centile by the review."),
            (2, "Kerry will make up every bottle using the picture card on the kettle, and Sandra (MGM) will "
                "check one feed a day and sign the feed chart on the fridge."),
            (2, "Nursery nurse Alison Brett (Eskerby 0-19 Service) will do feeding sessions with Kerry as and "
                "when she asks for them, and record whether Kerry made up a bottle on her own."),
        ]),
        ("mlist", [(0, "Safe sleep and the home")]),
        ("mlist", [
            (2, "SW Bethan Cole will visit every week, at least one visit in three unannounced, see Ruby and "
                "Tommy awake and look at where Tommy sleeps; her visit records will say where he was sleeping "
                "and what Ruby was doing."),
            (2, "Home conditions to be checked regularly and kept tidy."),
            (2, "Sandra will stay over every Friday and Saturday night from 7 March, do Tommy's night feeds "
                "and put him down in his cot each time, filling in the night feed chart that Bethan checks at "
                "her visits."),
            (2, "Liam will put up the cot he has bought in Kerry's bedroom and take the pillows off the sofa "
                "by Friday 14 March, and Bethan will see the cot in use at her next visit."),
        ]),
        ("mlist", [(0, "Kerry's learning needs and parenting")]),
        ("mlist", [
            (2, "Dawn Ferris, Eskerby Adult Learning Disability Team, will complete a Care Act assessment with "
                "Kerry by 11 April 2025 and send the SW her written recommendations on the support Kerry needs "
                "to care for Ruby and Tommy."),
            (2, "A PAMS parenting assessment, adapted to Kerry's learning needs, will be completed within 12 "
                "weeks of conference by an assessor TBC, and the report shared with Kerry, Liam and the core "
                "group."),
            (2, "Kerry will go to the 14-week Happy Days baby group at Eskerby Family Hub every Tuesday morning "
                "from 18 March, and the group leader will send Bethan the attendance sheet each month."),
        ]),
        ("mlist", [(0, "Ruby's health and development")]),
        ("mlist", [
            (2, "HV Gemma Rourke will do Ruby's 2-year review at home with Kerry by 4 April 2025 and share the "
                "ASQ-3 scores with Bethan and the nursery."),
            (2, "HV Gemma Rourke will refer Ruby to the speech and language therapy service, and the "
                "acceptance letter will go on file."),
            (2, "Liam will take Ruby to Little Puffins Nursery on Monday, Wednesday and Friday mornings from 7 "
                "April, and nursery staff will keep an eye on her."),
            (2, "Everyone in the network will tell Bethan the same day if Tommy misses a feed, is found asleep "
                "on the sofa or Ruby has an injury, and each call will be logged on the children's file."),
            (2, "Kerry will take Ruby to the practice nurse at Eskerby Health Centre for her MMR booster by 28 "
                "March, and the practice will send Bethan confirmation."),
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Tommy's weight drops at two weighings in a row, or he is found asleep anywhere other than his "
              "cot, Bethan (or the Emergency Duty Team out of hours) will hold a strategy discussion the same day "
              "and Tommy will be seen by the GP that day. If either child has an injury that is not explained, "
              "Kerry will take Ruby and Tommy to stay at Sandra's house that night while the strategy "
              "discussion agrees what happens next."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Eskerby Family Hub, 1.30pm: Tuesday 18/03/2025, Tuesday 15/04/2025 "
            "and Tuesday 13/05/2025.",
            "Review child protection conference: Tuesday 27/05/2025, 10am, Eskerby Civic Centre.",
        ]),
        ("p", "Kerry has been given an easy-read copy of this plan with pictures, and Bethan will go through it "
              "with her and Sandra on 6 March."),
    ],
    "findings": [
        F("T002", "will do feeding sessions with Kerry as and when"),
        F("W001", "Home conditions to be checked regularly and kept tidy"),
        F("T002", "Home conditions to be checked regularly and kept tidy"),
        F("M001", "Home conditions to be checked regularly and kept tidy"),
        F("W002", "A PAMS parenting assessment, adapted to Kerry's learning needs"),
        F("T001", "refer Ruby to the speech and language therapy service"),
        F("M002", "Liam will take Ruby to Little Puffins Nursery"),
        F("W002", "tell Bethan the same day if Tommy misses a feed"),
        F("F002", "Kerry will understand her learning needs and feel more confident as a mum."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan typed into the council's two-column
#    "Action | Comments" table: owner, date and evidence all sit inside the
#    comment; no outcomes, no child's voice, review date TBC (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_edrancombe_action_comments_table_threlfall.pdf",
    "doc_title": "Child Protection Plan - Jayden and Maisie Threlfall",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-paged-kv-details-two-column-action-comments-table-owner-date-evidence-inside-comment-then-also-agreed-bullets",
    "description": (
        "First review conference plan for an 8-year-old and a 5-year-old (neglect: home conditions, "
        "untreated tooth decay and head lice, school attendance). The council's template is a two-column "
        "Action | Comments table, and every comment names who, by when and what will show it, so the "
        "rows have no finding. Two 'also agreed' bullets under the table do: 'as and when they are "
        "offered' with no measure (T002, M001) and 'All professionals' (W002). The plan states no "
        "outcome for the children (O001) and records nothing they said or how they are (F003); the "
        "contingency is 'review and consider escalation' (C002) with no legal step (R002), and the "
        "review conference date is to be confirmed (R001). No health or substance concerns for either "
        "parent. Header and page footer on every page."
    ),
    "header": "OFFICIAL - SENSITIVE | Edrancombe Council | Children's Services",
    "footer": "Threlfall - Child Protection Plan - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Edrancombe Council · Safeguarding and Family Support Service · Team 2 (Edrancombe West)"),
        ("kv", [
            ("Children", "Jayden Threlfall (8), Year 3, Elderwood Primary School; Maisie Threlfall (5), "
                         "Reception, Elderwood Primary School"),
            ("Parents", "Nicola Threlfall (33) and Craig Threlfall (36)"),
            ("Address", "41 Eldermoss Crescent, Edrancombe"),
            ("Plan agreed at", "Review child protection conference, Wednesday 12/03/2025"),
            ("Initial conference", "11/12/2024"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Pickering"),
            ("Team manager", "Gareth Boyce"),
            ("Chair", "Yvonne Adeyemi, Child Protection Chair"),
        ]),
        ("h1", "Reason for the plan"),
        ("p", "Jayden and Maisie became subject to a child protection plan in December 2024 after repeated "
              "concerns from school and the school nurse about the state of the home, untreated tooth decay, "
              "head lice that had not been treated for several months, and school attendance (Jayden 84%, "
              "Maisie 81% in the autumn term). When the SW visited in November the kitchen floor was covered "
              "in dog mess, there was no working light in the bathroom and the bathroom ceiling was leaking."),
        ("p", "Neither parent has any known health difficulties and there are no concerns about alcohol or "
              "drug use."),
        ("h1", "Progress since the initial conference"),
        ("p", "Nicola and Craig have attended both core groups and have let the SW into the home at every "
              "visit. The kitchen is cleaner than in November but the bathroom ceiling is still leaking and "
              "dog mess was found in the garden and on the landing at the SW's last two visits. Maisie has "
              "been seen by the dentist once and needs four extractions under general anaesthetic; the "
              "follow-up appointment in February was missed. Both children were sent home from school with "
              "head lice in January. Attendance in the spring term so far is Jayden 88% and Maisie 86%."),
        ("p", "Conference agreed that Jayden and Maisie continue to be at risk of significant harm through "
              "neglect and that the child protection plan should continue."),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Social worker to visit the home and see Jayden and Maisie",
                 "SW Hannah Pickering - every two weeks until the next review, one visit in three unannounced. "
                 "Each visit record to note the state of the kitchen, bathroom, landing and both bedrooms, "
                 "and that each child was seen on their own."],
                ["Dental treatment for Maisie",
                 "Nicola to take Maisie to the Edrancombe Community Dental Service appointment on 26/03/2025. "
                 "The dental service will confirm in writing to the SW that Maisie attended and give the date "
                 "for her extractions."],
                ["Head lice treatment for both children",
                 "Craig to treat both children's hair every Sunday evening for 4 weeks from 16/03/2025. School "
                 "nurse Anita Dyer to check both children's hair in school on 14/04/2025 and email the result "
                 "to the SW."],
                ["School attendance",
                 "Mrs Helen Varley (DSL, Elderwood Primary) to email the SW the attendance and lateness "
                 "printout for both children every Friday from 14/03/2025, and to ring Nicola by 9.30am on any "
                 "day a child is absent without a reason."],
                ["Home conditions - kitchen, bathroom and landing",
                 "Family support worker Kieran Olowe to do a home session with Nicola and Craig every Tuesday "
                 "for 8 weeks from 18/03/2025, working through the Edrancombe home conditions checklist. "
                 "Checklist score sent to the SW after every session."],
                ["Keep the dog out of the children's bedrooms and clear the garden of mess",
                 "Craig to fit a stair gate and clear the garden by 21/03/2025. SW to check the gate is fitted "
                 "and the garden clear at her next visit and record it on the visit record."],
                ["Repair to the bathroom ceiling and light",
                 "SW to email Edrancombe Homes by 14/03/2025 asking for an urgent repair. Repair date "
                 "confirmed in writing by Edrancombe Homes and placed on file."],
                ["Parenting programme",
                 "Nicola and Craig to attend the 10-week Confident Parents group at Elderwood Family Centre on "
                 "Thursday mornings from 20/03/2025. The centre will send the SW the attendance sheet at the "
                 "end of each month."],
            ],
        }),
        ("boldp", "Also agreed at conference"),
        ("bullets", [
            "Nicola and Craig to attend all health appointments for the children as and when they are "
            "offered.",
            "All professionals to share any new concerns with the SW on the same day, each one to be logged "
            "on the children's file.",
        ]),
        ("h1", "Contingency"),
        ("p", "If the plan is not followed or there are any further concerns about the children's care, the "
              "core group will meet to review the plan and consider whether the case needs to be escalated."),
        ("h1", "Core group and review"),
        ("p", "Core groups will be held every 4 weeks at Elderwood Primary School. The next core group is on "
              "Wednesday 26/03/2025 at 3.15pm."),
        ("p", "Next review child protection conference: date to be confirmed."),
        ("h1", "Distribution"),
        ("p", "Nicola and Craig Threlfall; Elderwood Primary School (DSL); school nursing team; health "
              "visiting team; Edrancombe Community Dental Service; Elderwood Family Centre; family support "
              "worker; GP (Dr L. Norris, Eldermoss Medical Centre)."),
    ],
    "findings": [
        F("T002", "attend all health appointments for the children as and when"),
        F("M001", "attend all health appointments for the children as and when"),
        F("W002", "All professionals to share any new concerns with the SW"),
        F("O001"),
        F("F003"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Narrative plan in paragraphs: hedged and passive commitments about the
#    father's drinking, a transfer that stalls the parenting assessment (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_evenmoor_narrative_hedged_commitments_marsh.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-md-narrative-paragraphs-one-sentence-per-action-hedged-and-passive-commitments",
    "description": (
        "Initial conference plan for a 12-year-old and a 7-year-old whose father, their sole carer, drinks "
        "heavily. The plan is written as paragraphs, one commitment per sentence, many of them hedged or "
        "passive: 'Darren will be referred' (W001), 'It is hoped that Darren will cut down' (T001, M001), "
        "'will try to go ... when he feels able' (T002, M001), 'Support will be offered' (W001), 'Kai's "
        "school will keep an eye on him' (T001, M002), 'Professionals will encourage' (W002), and the "
        "parenting assessment left to the receiving authority once the case transfers (X001). Seven of the "
        "twelve sentences are about Darren's own needs (F001); the recovery service and the GP are only "
        "places Darren goes (F004); one outcome is about Darren only (F002). The children's words, a "
        "contingency with a fallback carer, a legal step and the meeting dates are all there."
    ),
    "text": """\
# Child Protection Plan – Kai and Phoebe Marsh

**Evenmoor Council – Children and Young People's Service – Evenmoor North Safeguarding Team**

Agreed at the initial child protection conference on Thursday 6 March 2025.
Category: neglect. Social worker: Amira Begum. Chair: Howard Lindqvist.

## The family

Kai Marsh is 12 and in Year 7 at Evenmoor Academy. Phoebe Marsh is 7 and in Year 2
at Everdene Primary School. They live with their dad, Darren Marsh (43), at
16 Eyebright Lane, Evenmoor. Their mum, Leanne, moved to Ettingdale in 2023 and sees
them one weekend a month. Kai's godmother, Shona Briggs, lives four doors away.

## Why there is a plan

Darren told conference that he has been drinking "most days, a bottle of vodka
every two days" since Leanne left. On 9 February Kai could not wake him at 7pm
and rang Shona, who found Darren asleep on the kitchen floor and Phoebe in the
bath on her own. Phoebe has missed 18 days of school since September and is late
most Mondays. Kai often cooks tea and gets Phoebe ready for school. Darren has
rent arrears of about £1,400 and says he is not sleeping and feels low. He has
said he may move the family to Ettingdale in the summer to be nearer Leanne's
family; if he does, the case will transfer to Ettingdale Council.

## What Kai and Phoebe have told us

Kai (seen alone at school on 27 February): "When Dad's had a drink I do the
tea, usually pasta. I don't mind but I miss football on Tuesdays because I have
to get Phoebe." He said he wants his dad "to stop drinking, not go to prison or
anything", and that he would like to stay at Evenmoor Academy whatever happens.

Phoebe (seen at home on 3 March) drew her family and put Dad "in bed, sleepy"
in the middle of the day. She said she likes it "when Shona does my hair" and
that she gets "hungry at bedtime sometimes".

## What we would like to see

- Kai and Phoebe are looked after every evening and every night by an adult who is sober.
- Phoebe is in school every day and on time, with breakfast.
- Kai does not have to cook or look after Phoebe, and goes back to football on Tuesdays.
- Darren's drinking reduces and he is in control of it.

## What will happen

Amira Begum, the social worker, will visit the family home every week, and keep
doing so until the transfer-in conference if the family moves to Ettingdale,
seeing Kai and Phoebe on their own at least once a fortnight and writing down
what they say in her visit records.

Darren will be referred to the Evenmoor Recovery Service by 14 March 2025, and the
acceptance letter will be placed on file. It is hoped that Darren will cut down
his drinking. Darren will try to go to the recovery service's drop-in when he
feels able. Darren will see his GP about his sleep and low mood by 21 March and
bring Amira the GP's letter. Support will be offered to Darren with his rent
arrears and debts by the end of March, and a repayment plan agreed with Evenmoor
Homes. Darren will start the six-week Evenmoor Works course at the library on
Monday 17 March to help him back into work, and will show Amira his certificate
at the end. Darren will also go to the recovery service's peer support group
every Wednesday morning from 19 March and show Amira his attendance card each
fortnight.

Mrs Joanne Hollis, the DSL at Everdene Primary, will check Phoebe's attendance
every morning, ring Darren by 9.30am if she is not in, and send Amira the
attendance printout every Friday. Kai's school will keep an eye on him.
Professionals will encourage Kai to go to the Thursday young carers group at
Evenmoor Youth Hub from 13 March, and the register will be sent to Amira each
month.

The parenting assessment will be started by Ettingdale Council once the family
has moved and the case has transferred, and the report will be shared with the
core group.

## If things go wrong

If Darren is drunk while he is looking after Kai and Phoebe, or Kai cannot wake
him, Kai will ring Shona, who will take both children to her house for the night,
and Amira (or the Emergency Duty Team out of hours) will hold a strategy
discussion the same day. If Shona cannot have them, Amira or the Emergency Duty
Team will arrange an emergency foster placement that night.

If Darren is found drunk while caring for the children twice before the review
conference, or Phoebe's attendance is still below 90% at the Easter holidays,
Amira will ask her team manager for a legal planning meeting.

## Meetings

The core group will meet every four weeks at Everdene Primary School, first on
Thursday 20 March 2025 and then on 17 April and 15 May. The review child
protection conference will be on Thursday 29 May 2025 at Evenmoor Civic Offices.
""",
    "findings": [
        F("F002", "Darren's drinking reduces and he is in control of it."),
        F("W001", "Darren will be referred to the Evenmoor Recovery Service"),
        F("T001", "It is hoped that Darren will cut down his drinking."),
        F("M001", "It is hoped that Darren will cut down his drinking."),
        F("T002", "will try to go to the recovery service's drop-in"),
        F("M001", "will try to go to the recovery service's drop-in"),
        F("W001", "Support will be offered to Darren with his rent arrears"),
        F("T001", "Kai's school will keep an eye on him."),
        F("M002", "Kai's school will keep an eye on him."),
        F("W002", "Professionals will encourage Kai to go to the Thursday"),
        F("X001", "The parenting assessment will be started by Ettingdale Council"),
        F("F001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes with the plan as a table inside them; a looked-after
#    baby on the neonatal unit whom nobody is set to visit; mother on an adult
#    mental health ward; no contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_elvercott_core_group_minutes_nnu_holloway.docx",
    "doc_title": "Core Group Minutes - Baby Ava Holloway",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-2-minutes-docx-kv-present-apologies-agency-updates-then-plan-table-no-action-by-whom-by-when-how-we-will-know",
    "description": (
        "Minutes of the second core group for a 5-week-old born at 30 weeks, still on the neonatal unit and "
        "accommodated under section 20 while her mother is an inpatient with postpartum psychosis. The plan "
        "sits in the minutes as a No | Action | By whom | By when | How we will know table. The SW only "
        "phones the unit weekly and the foster carer visits 'as often as she can', so nobody is set to "
        "visit Ava at a stated frequency (L001; the foster carer's and the father's 'when his shifts "
        "allow' rows are T002). The perinatal CPN only continues treatment and support (H001) while the "
        "psychiatrist's report row asks about prognosis (no finding). Also a row with no one named "
        "(W001), a request with no date (T001), 'Monitored' (M002), an outcome about the mother only "
        "(F002), no contingency at all (C001) and no legal step (R002). Ava's observed days are recorded "
        "and the next dates are set."
    ),
    "blocks": [
        ("title", "Core Group Meeting - Minutes"),
        ("p", "Elvercott City Council · Children's Social Care · Children in Care and Hospital Team"),
        ("kv", [
            ("Child", "Ava Holloway, born 03/02/2025 at 30+4 weeks; Neonatal Unit, Elvercott General "
                      "Hospital (high dependency, cot 4)"),
            ("Legal status", "Looked after: accommodated under section 20 since 17/02/2025, with Jade's and "
                             "Connor's agreement"),
            ("Child protection plan", "Since the pre-birth initial conference on 24/01/2025; category: "
                                      "neglect"),
            ("Mother", "Jade Holloway (22), inpatient on Elm Ward, Elvercott Mental Health Unit, since "
                       "14/02/2025"),
            ("Father", "Connor Price (24), lives at 8 Emmott Street, Elvercott; has parental responsibility"),
            ("Meeting", "Core group 2, Monday 10/03/2025, 2pm, Neonatal Unit seminar room"),
            ("Chair and minutes", "Oliver Strand, social worker"),
        ]),
        ("h2", "Present"),
        ("p", "Oliver Strand (SW); Connor Price (father); Sister Megan Tully (Neonatal Unit); Erin Booth (CPN, "
              "Elvercott Perinatal Mental Health Team); Sian Morley (HV); Dee Arkwright (foster carer); "
              "Faye Lowe (supervising social worker, Elvercott Fostering Service)."),
        ("h2", "Apologies"),
        ("p", "Dr Priya Nandra (consultant perinatal psychiatrist) - sent an update by email. Jade Holloway "
              "- not yet well enough to attend; Erin will go through these minutes with her."),
        ("h2", "1. Updates"),
        ("p", "Neonatal Unit (MT): Ava now weighs 1.62 kg. She is on two-hourly tube feeds and has started "
              "trying a bottle once a day. She came off oxygen on 2 March. The unit expects her to move to "
              "special care next week and to be ready for discharge around the week of 24 March, depending "
              "on her feeding."),
        ("p", "Perinatal Mental Health (EB, with Dr Nandra's email): Jade was admitted on 14/02/2025 with "
              "postpartum psychosis. She is settling on medication and sleeping better, and she asks about "
              "Ava every day. She has not yet been well enough for escorted leave to visit the unit."),
        ("p", "Father (CP): Connor has visited Ava three times since she was born. He works shifts at "
              "Elvercott distribution centre and said it is hard to get there in visiting hours. He wants "
              "Ava to come home to him and Jade when Jade is better."),
        ("p", "Social worker (OS): Oliver last saw Ava on the unit on 18/02/2025; he has been off sick for "
              "two weeks since then. The pre-birth assessment is complete. Dee Arkwright has been matched "
              "as Ava's foster carer for discharge and has visited the unit once."),
        ("p", "Foster carer (DA): Dee has the cot and car seat ready. She has not yet been shown how to do "
              "Ava's tube feeds."),
        ("h2", "2. How Ava is"),
        ("p", "Sister Tully described Ava's days. She is awake for short spells after feeds and turns her "
              "head towards voices. She settles quickly when held skin-to-skin, and Connor held her like "
              "this for an hour on his last visit; she slept the whole time. She becomes unsettled and her "
              "oxygen levels dip when she is handled a lot or the unit is noisy. The nurses sing to her at "
              "cares and she has started to open her eyes when they do."),
        ("h2", "3. What we want for Ava"),
        ("bullets", [
            "Ava leaves the unit to a safe, settled home, feeding well from a bottle and gaining weight.",
            "Ava gets to know her mum and dad through regular, safe time with them.",
            "Jade will be well enough to leave hospital.",
        ]),
        ("h2", "4. Plan agreed"),
        ("table", {
            "header": ["No", "Action", "By whom", "By when", "How we will know"],
            "widths": [0.9, 6.2, 3.6, 2.9, 3.4],
            "rows": [
                ["1", "Give the ward an up-to-date note of Ava's legal status and who may visit her",
                 "SW Oliver Strand", "By 12/03/2025", "Visitor list signed by the ward sister"],
                ["2", "Phone the unit for an update on Ava's weight, feeding and any worries",
                 "SW Oliver Strand", "Weekly, every Friday", "Update recorded on Ava's file"],
                ["3", "Visit Ava on the unit and learn her cares from the nurses, including tube feeds",
                 "Foster carer Dee Arkwright", "As often as she can",
                 "Visits and cares recorded in the ward notes"],
                ["4", "Continue Jade's treatment on Elm Ward and support her with her mood and sleep",
                 "Erin Booth, CPN, Elvercott Perinatal Mental Health Team", "Weekly",
                 "Sessions recorded in Jade's ward notes"],
                ["5", "Written report on Jade's recovery and prognosis, what she would need to care for Ava "
                      "safely and how long that is likely to take",
                 "Dr Priya Nandra, consultant perinatal psychiatrist", "By 14/04/2025",
                 "Report sent to the SW and read at core group 3"],
                ["6", "Arrange a discharge planning meeting with the unit, the foster carer and both parents",
                 "", "Before Ava's expected discharge (w/c 24/03/2025)",
                 "Discharge plan circulated to everyone at the meeting"],
                ["7", "Request Ava's initial health assessment from the looked-after children's health team",
                 "SW Oliver Strand", "", "Initial health assessment report on Ava's file"],
                ["8", "Liaise with the neonatal unit about Ava's progress before she goes home to Dee",
                 "HV Sian Morley", "Fortnightly", "Monitored"],
                ["9", "Visit Ava on the unit and ring the ward beforehand so the nurses can plan her cares "
                      "around him",
                 "Connor Price", "When his shifts allow", "Ward visitor book"],
                ["10", "Letter to Jade explaining this plan in plain language, handed to her by the ward staff",
                 "SW Oliver Strand", "By 14/03/2025", "Copy on file; Erin confirms Jade has received it"],
            ],
        }),
        ("h2", "5. Any other business"),
        ("p", "Connor asked whether Jade can be moved to the mother and baby unit in Eastwold when she is "
              "better. Erin will raise this with Dr Nandra. Faye asked for the foster carer to be sent the "
              "minutes."),
        ("h2", "6. Next meetings"),
        ("p", "Core group 3: Monday 07/04/2025, 2pm, Neonatal Unit seminar room, and then every 4 weeks. "
              "Review child protection conference: Thursday 24/04/2025, 10am, Elvercott Civic Centre."),
        ("p", "Minutes taken by Oliver Strand and circulated on 11/03/2025."),
    ],
    "findings": [
        F("F002", "Jade will be well enough to leave hospital."),
        F("T002", "learn her cares from the nurses, including tube feeds"),
        F("H001", "Continue Jade's treatment on Elm Ward and support her"),
        F("W001", "Arrange a discharge planning meeting with the unit"),
        F("T001", "Request Ava's initial health assessment from the looked-after"),
        F("M002", "Liaise with the neonatal unit about Ava's progress"),
        F("T002", "ring the ward beforehand so the nurses can plan"),
        F("L001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan, outcome column merged down over each outcome's
#    actions; mother with bipolar disorder, the CMHT reports on change, the
#    grandmother's part has a fallback (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_eyrwick_rcpc_merged_outcome_table_calder.pdf",
    "doc_title": "Child Protection Plan - Finn and Rosie Calder",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-paged-landscape-outcome-column-merged-down-what-who-when-how-we-will-know-table",
    "description": (
        "First review conference plan for a 9-year-old and a 3-year-old whose mother has bipolar disorder "
        "and relapsed in December (children left alone at night). Outcome | What will happen | Who | When "
        "| How we will know table with the outcome cell merged down over its actions (three real Word "
        "vertical merges before conversion). The care coordinator's visits come with a report on whether "
        "Claire is making the changes needed and how long that will take; the GP and Claire's own rows "
        "are tied to the children; the grandmother's school runs have a fallback through the father and "
        "then a foster placement; legal step, core group dates and review date set; Finn's words and "
        "Rosie's days are recorded. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE - Eyrwick Metropolitan Borough Council - Children's Social Care",
    "footer": "Finn and Rosie Calder - child protection plan - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Finn Calder (9), Year 4, Eyrwick Vale Primary School; Rosie Calder (3), Little "
                         "Acorns Nursery, Monday to Friday mornings"),
            ("Mother", "Claire Calder (34). The children live with her at 5 Elmgarth Rise, Eyrwick."),
            ("Father", "Tom Calder (37), lives at 22 Edgebrook Road, Eyrwick; has the children every other "
                       "weekend"),
            ("Maternal grandmother", "Pauline Hartley (61), lives in Eyrwick, ten minutes' walk away"),
            ("Conference", "First review child protection conference, Wednesday 09/04/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Dominic Lyle, Eyrwick Family Safeguarding Team 1"),
            ("Chair", "Fiona MacAskill"),
        ]),
        ("h1", "Why Finn and Rosie have a plan"),
        ("p", "Claire has bipolar disorder. In December 2024 she became unwell: she stopped sleeping and "
              "stopped taking her lithium, and on 14 December she left the flat at 11pm and was found by the "
              "police in the town centre. Finn, then 8, was at home alone with Rosie until his dad arrived at "
              "2am. Claire was admitted to hospital for three weeks. Since she came home in January she has "
              "taken her lithium every day, her blood levels have been in range, and the care coordinator "
              "sees her every fortnight."),
        ("h1", "What has changed since January"),
        ("bullets", [
            "Claire has kept every appointment with her care coordinator and her GP and has written a relapse "
            "plan with the Community Mental Health Team.",
            "Pauline has taken Rosie to nursery and collected Finn from school every Monday and Friday since "
            "20 January.",
            "Finn's attendance this term is 97%. He has started going to the young carers group.",
            "Finn still worries at night that his mum will go out, and he checks the front door before bed.",
        ]),
        ("h1", "What Finn and Rosie tell us"),
        ("p", "Finn (seen on his own at school on 1 April): \"When Mum was poorly she didn't sleep and she was "
              "laughing at weird stuff. I had to do Rosie's breakfast. Now she's back to normal and she makes "
              "pancakes on Saturdays.\" He would like to stay living with his mum, to keep going to his nan's "
              "after school on Fridays, and for someone to tell him \"if Mum is getting poorly again\". He "
              "scored home as 7 out of 10, up from 3 in January."),
        ("p", "Rosie is talking in short sentences. At nursery she runs in happily, goes straight to the home "
              "corner and tells staff about \"Nana's dog\". At home the SW saw her climb on to Claire's lap "
              "for a story and fall asleep there. She gets upset if Claire goes out of sight in a shop."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for Finn and Rosie", "What will happen", "Who", "When", "How we will know"],
            "widths": [4.4, 7.4, 4.2, 4.4, 5.3],
            "rows": [
                ["1. Finn and Rosie are always cared for by an adult who is well enough to look after them, "
                 "day and night.",
                 "Home visits to Claire to check her mood, sleep and lithium, and a written report for each "
                 "core group on whether Claire is staying well, what still needs to change for her to care "
                 "for Finn and Rosie on her own, and how long that is likely to take",
                 "Sam Whitely, CPN and care coordinator, Eyrwick Community Mental Health Team",
                 "Visits fortnightly; report a week before each core group",
                 "Report received by the SW before each core group; relapse plan updated and copied to the "
                 "SW"],
                [V,
                 "Lithium level and thyroid blood tests, so that Claire stays well enough to care for the "
                 "children; write to the SW and CPN if a level is out of range",
                 "Dr Ruth Osei, Eyrwick Health Centre",
                 "Every 3 months; next test by 30/04/2025",
                 "Results on the GP record and sent to the CPN; GP letter to the SW the same week if out of "
                 "range"],
                [V,
                 "Keep the relapse plan on the fridge, and if she sleeps under 4 hours two nights running, "
                 "ring the crisis line and Pauline so that the children are never left without a well adult",
                 "Claire Calder",
                 "Every day until the next review",
                 "Relapse plan seen on the fridge at each SW visit; calls logged by the crisis line and by "
                 "Pauline"],
                ["2. Rosie is at nursery and Finn at school every day, on time, and they are picked up by an "
                 "adult they know.",
                 "Take Rosie to nursery, collect Finn from school and give both children their tea",
                 "Pauline Hartley (MGM)",
                 "Every Monday and Friday in term time",
                 "Nursery and school sign-out sheets, checked by the SW once a month"],
                [V,
                 "Check Finn's attendance and ring Claire, then Pauline, by 9.30am if he is not in school",
                 "Mrs Anjali Rao, DSL, Eyrwick Vale Primary School",
                 "Every school day",
                 "Attendance printout emailed to the SW every Friday"],
                ["3. Finn can talk to someone about his mum's illness and knows he is not the one who has to "
                 "look after Rosie.",
                 "See Finn on his own at school and Rosie at home, using the three houses and the worry scale "
                 "with Finn",
                 "SW Dominic Lyle",
                 "Every two weeks until the next review conference",
                 "Visit records with Finn's own words written down and what was seen of Rosie"],
                [V,
                 "Young carer's assessment with Finn, and a place in the Thursday young carers group",
                 "Jess Malley, Eyrwick Young Carers",
                 "Assessment by 16/05/2025; group weekly, ongoing",
                 "Written assessment sent to the SW; group register"],
                [V,
                 "Make a \"when Mum is poorly\" book with Finn and Claire: who to ring, where Finn and Rosie "
                 "will go, and that it is not Finn's job to look after Rosie",
                 "Nadia Quinn, family support worker",
                 "Three sessions, finished by 30/05/2025",
                 "Finn keeps a copy of the book and can tell the SW what is in it; session notes to the SW"],
                [V,
                 "Go through this plan with Claire and, in words Finn understands, with Finn",
                 "SW Dominic Lyle",
                 "By 17/04/2025",
                 "Claire and Finn each have a copy; Finn's version signed by him"],
                ["4. Rosie's speech, play and health keep on track.",
                 "Rosie's 3-year check: speech, play, toileting, height and weight",
                 "HV Carla Nunes",
                 "By 30/04/2025",
                 "ASQ-3 scores shared with the SW and the nursery"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Claire sleeps less than 4 hours on two nights running, misses her lithium, or shows any of the "
              "early warning signs in her relapse plan (talking very fast, spending, going out at night), she "
              "or Pauline will ring the crisis line, Pauline will come to the flat and stay, and the CPN will "
              "see Claire within 24 hours. If Finn or Rosie are left without an adult, even for a short time, "
              "the police will be called and the SW (or the Emergency Duty Team out of hours) will hold a "
              "strategy discussion the same day, and the children will stay with Pauline until it has met."),
        ("p", "If Pauline cannot come or cannot have the children (she works Tuesday to Thursday and has "
              "asthma), Tom will collect Finn and Rosie and keep them at his house. If neither Pauline nor "
              "Tom can, the SW or the Emergency Duty Team will arrange an emergency foster placement that "
              "day."),
        ("p", "If Claire stops taking her lithium, or the children are left without an adult again, before the "
              "next review conference, the SW will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 6 weeks at Eyrwick Vale Primary School, 3.30pm: Wednesday 21/05/2025, "
              "02/07/2025, 13/08/2025 and 24/09/2025. Next review child protection conference: Wednesday "
              "01/10/2025, 10am, Eyrwick Town Hall."),
        ("p", "Plan typed by Dominic Lyle (SW) on 10/04/2025 and sent to Claire, Tom, Pauline and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan saved as plain text: assessment sections, scaling,
#    safety goals, then "next steps" bullets; mother's drinking, the alcohol
#    service reports on change, grandmother's evenings have a fallback
#    (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_esselby_signs_of_safety_text_export_reeve.txt",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-signs-of-safety-plain-text-upper-case-headings-worries-working-well-scaling-goals-then-next-steps-bullets-who-what-when-how-we-will-know",
    "description": (
        "Initial conference plan in Signs of Safety form, saved as plain text, for a 4-year-old and a "
        "7-month-old whose mother drinks. The worries, what's working well and scaling sections commit "
        "people to nothing and are not actions; the 'next steps' bullets each name who, when and what "
        "will show it. The alcohol service sees Amber weekly and reports before every core group on "
        "whether her drinking is changing and what it means for the children; the GP and the breath-test "
        "bullets are tied to the children; the grandmother's Friday and Saturday evenings have a "
        "fallback through Leo's father and then a foster placement; legal step and dates set; Skye's "
        "words and Leo's days are recorded. Exemplary."
    ),
    "text": """\
ESSELBY COUNCIL - CHILDREN'S SERVICES
SIGNS OF SAFETY CHILD PROTECTION PLAN

Children:      Skye Reeve (4), Honeypot Nursery, Esselby
               Leo Tandy-Reeve (7 months)
Mother:        Amber Reeve (29), 12 Eskwood Gardens, Esselby
Leo's father:  Josh Tandy (31), lives in Esselby, sees Leo on Sundays
Skye's father: not involved; lives abroad, no contact since 2022
Grandmother:   Carol Reeve (56), Amber's mum, lives on the next estate
Conference:    Initial child protection conference, Wednesday 16/04/2025
Category:      Neglect
Social worker: Priya Chandran, Esselby Safeguarding Team B
Chair:         Martin Oyelaran

----------------------------------------------------------------------
WHAT ARE WE WORRIED ABOUT?
----------------------------------------------------------------------
Past harm: On 29/03/2025 police found Amber asleep and unrousable at
10pm after drinking most of a bottle of wine and several cans. Leo was
in his cot with a dirty nappy and had not been fed since the afternoon;
Skye had let the officers in. In February the nursery smelt alcohol on
Amber at collection twice. Amber told conference she drinks "most
nights once they're in bed, and sometimes before".

Danger statement: Everyone is worried that if Amber drinks while she is
looking after Skye and Leo she will not wake to feed or settle Leo, or
notice if either child is ill or hurt, and Skye will be left trying to
look after her brother.

Complicating factors: Amber's own dad drank when she was growing up.
She is on her own with the children most evenings and finds bedtimes
hard.

----------------------------------------------------------------------
WHAT'S WORKING WELL?
----------------------------------------------------------------------
Amber called the nursery herself the morning after 29 March and told
them what had happened. She has not missed any of Leo's health visitor
appointments. Carol has Skye for tea every Wednesday and is close to
both children. Josh has seen Leo every Sunday since he was born and is
sober and reliable.

----------------------------------------------------------------------
SCALING (0 = the children will be harmed again, 10 = everyone is
confident the children are safe enough to close the plan)
----------------------------------------------------------------------
Amber 6. Carol 5. Josh 4. Health visitor 4. Nursery 5. Social worker 3.

----------------------------------------------------------------------
WHAT SKYE SAYS AND HOW LEO IS
----------------------------------------------------------------------
Skye (with Priya at nursery, 10/04/2025, using the three houses): in
her house of worries she drew "Mummy sleeping on the settee and Leo
crying". She said, "I gave him his dummy but he still cried." In her
house of good things she put "Nana's house and the park". In her house
of dreams she put "Mummy reading me a story every night".

Leo is a smiley baby who is sitting on his own. He is on the 25th
centile for weight. The health visitor saw him reach for Amber and settle
quickly on her hip. Nursery say Skye often asks whether Leo is "all right"
when Amber drops her off.

----------------------------------------------------------------------
SAFETY GOALS
----------------------------------------------------------------------
- Skye and Leo are always looked after by a sober adult, day and night.
- Leo is fed, changed and settled on time, and keeps growing along his
  centile.
- Skye does not have to look after Leo, and has a story at bedtime.

----------------------------------------------------------------------
NEXT STEPS - WHO WILL DO WHAT
----------------------------------------------------------------------
* Priya Chandran (SW) will visit every week until the review
  conference, at least one visit in three unannounced, see Skye on her
  own and Leo awake, and look at where Leo sleeps; her visit records
  will write down what Skye says.
* Gavin Moss, Esselby Alcohol and Drug Service, will see Amber every
  week for key-work and a breath test, arrange a PEth blood test each
  month, and send Priya a written report before every core group on
  whether Amber's drinking is changing and what that means for her care
  of Skye and Leo.
* Amber will take a breath test on the breathalyser from the alcohol
  service at 6pm every evening she is caring for the children, from
  17/04/2025, and send the photo of the reading to Carol, who keeps the
  photos for Priya to see at each visit.
* Carol Reeve (maternal grandmother) will be at Amber's for the
  children's tea and bedtime every Friday and Saturday evening from
  18/04/2025, and sign the bedtime sheet that Priya checks at her
  visits.
* Lauren Pike (HV) will weigh Leo at home every two weeks, check his
  sleep space, and do his 8-month review by 30/05/2025; weights go in
  the red book and the review scores are shared with Priya.
* Mrs Hannah Ekwueme, Skye's key person at Honeypot Nursery, will
  record how Skye arrives and who brings her each session, and email
  Priya a summary every Friday.
* Dr Imran Shah (GP, Esselby Health Centre) will see Amber by
  02/05/2025 about her drinking, take liver function tests, and write
  to Priya and Gavin with the results and what they mean for Amber's
  care of the children.
* Amber will go to the 10-week Hidden Harm parents' group at Esselby
  Family Hub every Monday morning from 28/04/2025, and the group leader
  will send Priya the attendance sheet each month.
* Priya Chandran (SW) will complete the child and family assessment,
  including Skye's views and Leo's routine, by 30/05/2025 and share it
  with Amber, Josh and the core group.

----------------------------------------------------------------------
IF THINGS GO WRONG
----------------------------------------------------------------------
If Amber's breath test shows any alcohol while she is caring for the
children, if she has not sent the 6pm photo by 7pm, or if anyone smells
alcohol on her while the children are with her, Carol will go to the
house and take Skye and Leo to her home for the night, and Priya (or the
Emergency Duty Team out of hours) will hold a strategy discussion the
same day.

If Carol cannot get there within half an hour, or is ill or away, Josh
will collect both children and keep them at his flat until the strategy
discussion has agreed what happens next. If neither Carol nor Josh can
have them, the Emergency Duty Team will arrange an emergency foster
placement that night.

If Amber drinks while caring for the children twice before the review
conference, or her PEth test at the end of May still shows heavy
drinking, Priya will ask her team manager for a legal planning meeting
within 5 working days.

----------------------------------------------------------------------
MEETINGS
----------------------------------------------------------------------
Core group every 4 weeks, 1pm, Esselby Family Hub: Wednesday 30/04/2025,
28/05/2025 and 25/06/2025.
Review child protection conference: Wednesday 09/07/2025, 10am,
Esselby Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Not a plan: a chronology of significant events prepared for a legal
#    planning meeting, Date | Event | Source | Impact on the child (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_emberleigh_chronology_not_a_plan_lund.docx",
    "doc_title": "Chronology of Significant Events - Harvey Lund",
    "split": "heldout",
    "actions": 0,
    "not_a_plan": True,
    "template": "not-a-plan-chronology-docx-kv-details-then-date-event-source-impact-table",
    "description": (
        "Not a plan: a social worker's chronology of significant events for a 5-year-old, written for a "
        "legal planning meeting. A Date | Event | Source | Impact on Harvey table whose entries mention "
        "conferences, plans, visits, referrals and a contingency that was used, all in the past. No "
        "findings."
    ),
    "blocks": [
        ("title", "Chronology of Significant Events"),
        ("p", "Emberleigh County Council · Children's Services · Emberleigh East Safeguarding Team"),
        ("kv", [
            ("Child", "Harvey Lund, born 11/09/2019 (5), Reception, Eskdene Infant School"),
            ("Mother", "Stacey Lund (27)"),
            ("Mother's partner", "Ryan Cottam (30), lived at the address from June 2024 to January 2025"),
            ("Address", "3 Emberfold Mews, Emberleigh"),
            ("Prepared by", "Lucy Haworth, social worker, for the legal planning meeting on 19/06/2025"),
            ("Period covered", "September 2019 to June 2025"),
        ]),
        ("h2", "Purpose"),
        ("p", "This chronology sets out the significant events in Harvey's life that are known to Children's "
              "Services. It is taken from the case file, agency reports and police notifications, and is not "
              "a full record of every contact. It should be read with the child and family assessment dated "
              "02/05/2025 and the review conference report dated 28/05/2025."),
        ("h2", "Chronology"),
        ("table", {
            "header": ["Date", "Event", "Source", "Impact on Harvey"],
            "widths": [2.3, 7.2, 3.0, 4.5],
            "rows": [
                ["11/09/2019", "Harvey born at Emberleigh Royal Infirmary, 39 weeks, 3.2 kg. No concerns noted "
                 "at birth.", "Maternity record", "None known."],
                ["14/03/2021", "Police called to the home after a neighbour heard shouting between Stacey and "
                 "her then partner. No offences recorded. Harvey asleep upstairs.", "Police notification",
                 "Harvey was in the home during the incident."],
                ["02/11/2022", "HV home visit: Harvey's 2-year review. Speech slightly delayed; referred to "
                 "speech and language therapy.", "HV record", "Early speech delay identified."],
                ["June 2024", "Ryan Cottam moved into the home.", "Stacey, at assessment",
                 "New adult in the household."],
                ["18/09/2024", "School reported Harvey arriving with a bruise to his left cheek. Stacey said "
                 "he fell off the sofa. Section 47 enquiry started.", "School referral",
                 "Harvey said \"Ryan was cross\" when asked about the bruise."],
                ["20/09/2024", "Strategy discussion. Child protection medical: bruising consistent with a "
                 "slap; explanation not accepted.", "Strategy minutes; paediatric report",
                 "Physical injury."],
                ["10/10/2024", "Initial child protection conference. Harvey made subject to a child "
                 "protection plan (physical abuse). Plan included weekly SW visits and Ryan not to be alone "
                 "with Harvey.", "Conference minutes", "Harvey on a child protection plan."],
                ["Nov 2024 - Jan 2025", "SW visited weekly. Ryan seen at the home alone with Harvey on "
                 "12/12/2024, against the plan.", "SW case notes", "Plan not followed."],
                ["09/01/2025", "Review conference. Plan continued. Ryan moved out on 20/01/2025 and Stacey "
                 "said the relationship had ended.", "Conference minutes", "Harvey said he was \"happy Ryan "
                 "has gone\"."],
                ["14/03/2025", "Police found Ryan at the home at 11pm. Contingency used: Harvey stayed with his "
                 "maternal grandmother that night; strategy discussion held the next day.",
                 "Police notification; EDT record", "Harvey moved to his grandmother's overnight."],
                ["28/05/2025", "Second review conference. Ryan had been seen at the home twice more in April. "
                 "Conference recommended a legal planning meeting.", "Conference minutes",
                 "Continued risk from Ryan; Harvey says he is scared when Ryan comes round."],
            ],
        }),
        ("h2", "Summary"),
        ("p", "Since Ryan Cottam moved into the home in June 2024 Harvey has suffered one injury that was not "
              "accidental, and Ryan has been found at the home on at least four occasions when he had agreed "
              "to stay away. Stacey has been honest about some but not all of these visits."),
        ("p", "Chronology checked by Rob Ellery, team manager, on 12/06/2025."),
    ],
    "findings": [],
})
