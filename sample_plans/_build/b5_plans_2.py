"""Batch 5, module 2: four fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 5. Letter to parents with hedged and passive commitments (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_tavistow_letter_to_parents_quigley.docx",
    "doc_title": "Letter to parents - child protection plan for Jayden and Mia Quigley",
    "split": "tune",
    "template": "letter-to-parents-hedged-passive",
    "description": (
        "A social worker's letter setting out the CP plan for two children (domestic abuse, father's "
        "drinking, mother's anxiety). Hedges keep their owners; passives with no agent, 'when she feels "
        "ready', 'as and when needed', 'over the next few weeks'; most actions are about the parents' own "
        "needs, no adult service owns one, an adult-only outcome, vague contingency and no legal step."
    ),
    "blocks": [
        ("pr", "Tavistow Borough Council"),
        ("pr", "Children's Social Care – Family Safeguarding Team 2"),
        ("pr", "Orchard House, 4 Mill Lane, Tavistow"),
        ("pr", "7 April 2025"),
        ("p", ""),
        ("pl", "Ms Shannon Quigley and Mr Liam Quigley"),
        ("pl", "27 Foxglove Walk"),
        ("pl", "Tavistow"),
        ("p", ""),
        ("p", "Dear Shannon and Liam,"),
        ("p", "Thank you both for coming to the initial child protection conference on 3 April. I know it "
              "was a hard meeting. This letter sets out in plain words what was agreed, so that you have "
              "it to hand. The full plan is also on the portal."),
        ("boldp", "Why Jayden and Mia have a plan"),
        ("p", "Jayden (9) and Mia (2) are on child protection plans under the category of emotional abuse. "
              "The police have been called to your home four times since November because of arguments, "
              "and on 14 March Liam had been drinking and pushed Shannon into the kitchen door while Mia was "
              "in the room. Shannon, you told me that your anxiety has been much worse this year and that "
              "some days you do not leave the house. Liam, you told conference that you drink most evenings "
              "and more at weekends."),
        ("boldp", "In Jayden's words"),
        ("p", "When I saw Jayden at school he told me: \"I put my headphones on when they shout, and I go in "
              "Mia's room so she isn't scared.\" He said he likes it best when the three of you watch films "
              "together on Sundays. He would like \"Dad to stop drinking beer and Mum to come to my football\". "
              "Mia was shy with me at first, then brought me her books; nursery say she startles at loud "
              "noises and has started hitting other children."),
        ("boldp", "What we want for Jayden and Mia"),
        ("bullets", [
            "Jayden and Mia live in a home where there is no shouting, pushing or hitting, and Jayden no "
            "longer feels he has to look after Mia.",
            "Jayden sleeps without his headphones and goes to school every day without worrying about home.",
            "Shannon and Liam will feel calmer and argue less.",
        ]),
        ("boldp", "What we agreed will happen"),
        ("p", "I will try to see Jayden and Mia at home every two weeks, and my visit notes will show that "
              "Jayden was seen on his own each time."),
        ("p", "A referral will be made to the Tavistow Domestic Abuse Service so that Shannon can have an IDVA."),
        ("p", "Liam will hopefully go to the Fresh Start alcohol group on Tuesday evenings and bring his "
              "signed attendance sheet to each core group."),
        ("p", "It is hoped that Shannon will speak to her GP about her anxiety when she feels ready. "
              "Mia's nursery place will be increased to three days a week from 28 April so that she has "
              "more time in a calm setting."),
        ("p", "Jayden's school will offer him sessions with the learning mentor, Mrs Dhillon, as and when needed."),
        ("p", "Liam will do the Safer Dads programme starting on 12 May, and the facilitator will send me "
              "a written report at the end of the 17 weeks."),
        ("p", "Shannon will be supported to look at moving to a two-bedroom flat nearer her mum. I will "
              "help Shannon with her Universal Credit claim and her debts over the next few weeks."),
        ("boldp", "If things don't get better"),
        ("p", "If things don't get better, or there are any more incidents, we will have to think again "
              "about the plan and may need to consider other options."),
        ("boldp", "When we will meet again"),
        ("p", "The core group (you both, me, school, nursery, the health visitor and Fresh Start) will "
              "meet on 17 April 2025 at 10am at Orchard House, and then every month. The review child "
              "protection conference will be on 26 June 2025 at 1.30pm."),
        ("p", "If anything in this letter is not clear, please ring me on 01632 960 418."),
        ("p", "Yours sincerely,"),
        ("pl", "Hollie Marchant"),
        ("pl", "Social Worker, Family Safeguarding Team 2"),
    ],
    "findings": [
        F("W001", "A referral will be made to the Tavistow Domestic Abuse Service"),
        F("T001", "A referral will be made to the Tavistow Domestic Abuse Service"),
        F("M001", "A referral will be made to the Tavistow Domestic Abuse Service"),
        F("T002", "It is hoped that Shannon will speak to her GP"),
        F("M001", "It is hoped that Shannon will speak to her GP"),
        F("W001", "Mia's nursery place will be increased to three days a week"),
        F("M001", "Mia's nursery place will be increased to three days a week"),
        F("T002", "Jayden's school will offer him sessions with the learning mentor"),
        F("M001", "Jayden's school will offer him sessions with the learning mentor"),
        F("W001", "Shannon will be supported to look at moving to a two-bedroom flat"),
        F("T001", "Shannon will be supported to look at moving to a two-bedroom flat"),
        F("M001", "Shannon will be supported to look at moving to a two-bedroom flat"),
        F("T002", "I will help Shannon with her Universal Credit claim"),
        F("M001", "I will help Shannon with her Universal Credit claim"),
        F("F002", "Shannon and Liam will feel calmer and argue less"),
        F("F001"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety: danger statements, safety goals, numbered next steps (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_wyncombe_sos_danger_goals_harlow.md",
    "split": "tune",
    "template": "signs-of-safety-danger-goals-next-steps",
    "description": (
        "Signs of Safety review plan for a 6-year-old and a baby (domestic abuse, father's cocaine use): "
        "danger statement, safety goals, scaling and numbered next steps with owners and dates inline. "
        "'Throughout the plan', 'ongoing', 'as and when'; the wider family as owner; 'keep an eye on'; a "
        "talking-therapy counsellor who only supports; grandparents supervise contact with no fallback."
    ),
    "text": """\
# Wyncombe Council – Children's Services
## Child Protection Plan (Signs of Safety) – Review

**Children:** Lily-Mae Harlow (6), Alfie Harlow (11 months)
**Parents:** Kerry Harlow (mum); Dean Harlow (dad, not living at home since 02/02/2025)
**Review conference:** 08/04/2025 **Category:** Emotional abuse
**Social worker:** Sam Okereke

---

### Danger statement

Children's services, the police and Lily-Mae's school are worried that Lily-Mae and
Alfie could be hurt, and frightened again, if Dean comes back into the house and
he and Kerry fight when he has been using cocaine. In January Dean threw a
mug that hit the wall next to Alfie's high chair, and Lily-Mae hid under her bed
and wet herself.

### Safety goals

- Lily-Mae and Alfie live in a home where nobody hits, throws things or screams,
  and Lily-Mae can tell her teacher she feels safe at home.
- Lily-Mae and Alfie see their dad only when he is sober and another adult is
  with them, and come home from contact calm.

### What's working well

- Kerry has kept Dean out of the house since February and rang the police
  herself when he came to the door on 9 March.
- Dean's parents, Maureen and Tony, have supervised every Saturday contact
  since February, and the children enjoy going.

### How Lily-Mae sees things

We did "three houses" together at school on 1 April. In her **house of worries**
Lily-Mae drew "Daddy shouting at Mummy" and "the mug". In her **house of good
things** she drew Nanny Maureen's dog and "Mummy doing my hair". In her **house of
dreams** she wrote "Daddy comes for tea and is kind". She said she misses her dad
but "only the nice dad". Alfie was observed to crawl to Kerry and settle quickly
when picked up, and to babble and play with the SW.

### Scaling

Sam (SW) 4/10. Kerry 7/10. Maureen 6/10. School 5/10.

### Next steps

1. Sam Okereke (SW) will see Lily-Mae on her own at school every two weeks and do
   a three houses with her each month; her words will be written into the plan
   for each core group.
2. Kerry will not let Dean into the house and will ring 999 if he turns up,
   throughout the plan; police call logs and what Lily-Mae says at visits will
   show whether this is happening.
3. Maureen and Tony Harlow (paternal grandparents) will supervise Dean's contact
   with the children at their house every Saturday, 10am to 12pm, and keep a
   contact diary signed by them and Dean.
4. Maureen will have Lily-Mae and Alfie overnight on Friday nights so Kerry gets
   a break.
5. Dean will go to Horizons, the Wyncombe drug and alcohol service, for a cocaine
   assessment by 02/05/2025, and his Horizons worker, Pete Lucas, will send Sam
   the assessment and his monthly test results.
6. Kerry's counsellor at Wyncombe Talking Therapies will continue weekly
   sessions to support her with her anxiety, and success will be Kerry feeling
   more in control.
7. The wider family will keep an eye on things and let Sam know if they are
   worried, as and when.
8. Jenna Lowe (HV) will do Alfie's 12-month review at home by 30/05/2025 and send
   Sam the review, with his weight and development scores.
9. Lily-Mae's school will keep her in the Rainbow nurture group, ongoing.

### What happens if things go wrong

If Dean comes to the house, or there is any violence or threat of violence,
Kerry will ring 999 and take the children to her friend Jade Cross's flat
(Jade has agreed); the police will attend, and Sam will hold a strategy
discussion the next working day. If Kerry lets Dean back into the house, Sam
will ask the team manager for a legal planning meeting within 5 working days.

### When we will meet again

- Core group: every two weeks until 13/05/2025 (15/04, 29/04, 13/05), then monthly.
- Review child protection conference: 10/07/2025.
""",
    "findings": [
        F("T002", "Kerry will not let Dean into the house and will ring 999"),
        F("M001", "Maureen will have Lily-Mae and Alfie overnight on Friday nights"),
        F("H001", "Kerry's counsellor at Wyncombe Talking Therapies will continue weekly sessions"),
        F("M002", "Kerry's counsellor at Wyncombe Talking Therapies will continue weekly sessions"),
        F("W002", "The wider family will keep an eye on things"),
        F("T002", "The wider family will keep an eye on things"),
        F("M002", "The wider family will keep an eye on things"),
        F("T002", "Lily-Mae's school will keep her in the Rainbow nurture group"),
        F("M001", "Lily-Mae's school will keep her in the Rainbow nurture group"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes with an ACTION / WHO / BY WHEN / HOW WILL WE KNOW log,
#    transfer to another authority; PDF with header and footer on every page
# ---------------------------------------------------------------------------
_ACTIONS_7 = [
    ("1", "SW to continue fortnightly visits to Hana and Kai, seeing Hana on her own, until the "
          "transfer-in conference in Northcott",
     "SW Lauren Whitby", "Fortnightly until the Northcott transfer-in conference",
     "Visit records show both children seen and Hana seen alone at every visit"),
    ("2", "Referral to Ebbersley Young Carers for Hana on hold until the family have moved",
     "SW Lauren Whitby", "TBC – once the family have moved", ""),
    ("3", "Parenting assessment of Emma – Northcott to complete after the case transfers",
     "Northcott Children's Services", "To be agreed by Northcott", ""),
    ("4", "Send Kai's nursery attendance and any worries about his care to the SW",
     "Little Stars Nursery, keyworker Jess Ahmed", "Weekly, every Friday",
     "Attendance figures emailed to the SW; Kai attends 80% or more of his sessions"),
    ("5", "Emma to keep going to her alcohol service appointments",
     "Emma Nakamura", "Ongoing", "Engagement"),
    ("6", "Breath tests at each Oakwood appointment and results sent to the SW before each core group",
     "Oakwood Recovery Service, recovery worker Neil Briggs", "Before each core group",
     "Results on the case file; every reading zero"),
    ("7", "Kai's 2-year development review (overdue since January)",
     "", "By 09/05/2025", "ASQ-3 scores shared with the SW"),
    ("8", "Share any concern about Hana or Kai with the SW on the same day",
     "All agencies", "Same day", "Concerns logged on the children's file with the action taken"),
    ("9", "Handover meeting with the Northcott social worker and send the case file",
     "SW Lauren Whitby and Team Manager Gwen Ashcroft", "By 12/05/2025",
     "Northcott accept the transfer in writing and give a date for the transfer-in conference"),
    ("10", "Kai's speech and language referral to be passed to Northcott for them to pick up",
     "HV Priti Shah", "On transfer", "Northcott SALT confirm in writing that the referral is received"),
]

_blocks_7 = [
    ("title", "Core Group Meeting – Minutes"),
    ("kv", [
        ("Children", "Hana Nakamura (13), Kai Nakamura (3)"),
        ("Date", "29/04/2025, 2pm, Ebbersley Family Centre, Room 2"),
        ("Chair / minutes", "SW Lauren Whitby (chair); Amira Saleh, business support (minutes)"),
        ("Present", "Emma Nakamura (mum); Lauren Whitby (SW); Jess Ahmed (Little Stars Nursery); "
                    "Mr Owen Pryor (DSL, Ebbersley High); Priti Shah (HV); Neil Briggs (Oakwood Recovery Service)"),
        ("Apologies", "Dr Lena Kovac (GP)"),
        ("Plan", "Child protection plan from the review conference on 27/02/2025 (neglect)"),
    ]),
    ("h1", "1. Outcomes we are working towards (from the review conference)"),
    ("bullets", [
        "Hana goes to school every day and is not the one looking after Kai or her mum.",
        "Kai is cared for by a sober adult every day and night, and his speech and development catch up.",
    ]),
    ("h1", "2. Update from each person"),
    ("p", "Emma said the family will move to her sister's area in Northcott on 19 May because the tenancy "
          "there has come through. She said she has not had a drink for three weeks. Neil (Oakwood) said Emma "
          "has come to 5 of 6 appointments and her breath tests have been clear since 8 April, but she had a "
          "lapse on 4 April. Jess (nursery) said Kai has been in on 9 of 12 sessions and was collected by Hana, "
          "not Emma, twice. Mr Pryor said Hana has been late 6 times this half term and fell asleep in "
          "a maths lesson. Priti (HV) said Kai's 2-year review has been rebooked twice."),
    ("h1", "3. What the children have said"),
    ("p", "Hana told the SW on 22/04/2025, when seen alone, that she is \"fed up of doing everything\" and that "
          "she gets Kai up and dressed most mornings. She said she is worried about starting a new school in "
          "Year 9 and leaving her friends. Kai was observed at nursery to be chatty with his keyworker, "
          "to eat two breakfasts, and to cry when Hana left him at the door."),
    ("h1", "4. Transfer"),
    ("p", "The SW explained that Ebbersley keeps responsibility for the plan until Northcott hold their "
          "transfer-in conference, which should be within 15 working days of the move. The team manager "
          "has spoken to Northcott's duty manager."),
    ("pagebreak",),
    ("h1", "5. Action log"),
]
for num, action, who, when, how in _ACTIONS_7:
    _blocks_7.append(("kv", [
        (f"ACTION {num}", action),
        ("WHO", who),
        ("BY WHEN", when),
        ("HOW WILL WE KNOW", how),
    ]))
    _blocks_7.append(("p", ""))
_blocks_7 += [
    ("h1", "6. Contingency (agreed at the review conference, still in place)"),
    ("p", "If Emma is found under the influence of alcohol while caring for Kai, or Kai is collected from "
          "nursery by Hana again, the SW will visit the same day. Hana and Kai will stay with their "
          "grandfather, Hiro Nakamura, in Ebbersley while a strategy discussion is held within 24 hours, and "
          "the SW will request a legal planning meeting."),
    ("h1", "7. Next meetings"),
    ("p", "Core group: monthly; next (and last in Ebbersley) on 13/05/2025 at 2pm. "
          "Transfer-in / review conference: to be arranged by Northcott."),
]

PLANS.append({
    "name": "b5_ebbersley_core_group_action_log_nakamura.pdf",
    "doc_title": "Core Group Minutes - Hana and Kai Nakamura",
    "split": "tune",
    "template": "core-group-minutes-labelled-action-log",
    "description": (
        "Core group minutes for two children whose family is moving to another authority, with an "
        "ACTION / WHO / BY WHEN / HOW WILL WE KNOW action log; OFFICIAL-SENSITIVE header and 'Page N of M' "
        "footer on every page. Three actions are paused or handed on until the transfer; a blank WHO, "
        "'Ongoing'/'Engagement', 'All agencies', and the review conference is left to the other authority."
    ),
    "header": "OFFICIAL-SENSITIVE – Ebbersley Council Children's Services – Ref EBB/CG/3381",
    "footer": "Core group minutes 29/04/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _blocks_7,
    "findings": [
        F("X001", "Referral to Ebbersley Young Carers for Hana on hold"),
        F("T002", "Referral to Ebbersley Young Carers for Hana on hold"),
        F("M001", "Referral to Ebbersley Young Carers for Hana on hold"),
        F("X001", "Parenting assessment of Emma – Northcott to complete"),
        F("T002", "Parenting assessment of Emma – Northcott to complete"),
        F("M001", "Parenting assessment of Emma – Northcott to complete"),
        F("T002", "Emma to keep going to her alcohol service appointments"),
        F("M002", "Emma to keep going to her alcohol service appointments"),
        F("W001", "Kai's 2-year development review (overdue since January)"),
        F("W002", "Share any concern about Hana or Kai with the SW"),
        F("X001", "Kai's speech and language referral to be passed to Northcott"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 8. GIRFEC child's plan with SHANARRI bands, "Responsible (date)" and a merged
#    "What needs to be different" column (docx, Scotland)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_glenmorvan_girfec_shanarri_mackinnon.docx",
    "doc_title": "Child's Plan (Child Protection) - Rory and Eilidh MacKinnon",
    "split": "tune",
    "template": "girfec-shanarri-responsible-date-merged",
    "description": (
        "Scottish child's plan (child protection) for two children whose father has psychosis, with "
        "SHANARRI bands, a 'Responsible (date)' column and a 'What needs to be different' column merged "
        "down rows. The whole family as owner 'as and when', a CPN who only supports with 'mental state "
        "is stable', an adult-only outcome, a blank measure, 'ongoing' with 'improvement'."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Glenmorvan Council Social Work Services, in partnership with NHS Glenmorvan and Police Scotland"),
        ("kv", [
            ("Children", "Rory MacKinnon (10), Eilidh MacKinnon (5)"),
            ("Parents", "Donna MacKinnon and Stuart MacKinnon, 12 Braeside Road, Kelsay"),
            ("Lead professional", "Catriona Bain, Social Worker"),
            ("Child protection planning meeting", "11/03/2025 – names placed on the child protection register"),
            ("Area of concern", "Neglect; parental mental ill health"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Stuart has a diagnosis of paranoid schizophrenia. He stopped his depot injection in December "
              "and by February believed the neighbours were filming the house; he kept the children indoors "
              "with the curtains shut over a weekend and Rory missed four days of school. Donna works night "
              "shifts at the care home three nights a week, when Stuart is the only adult in the house."),
        ("h1", "What Rory and Eilidh have told us"),
        ("p", "Rory said his dad \"gets scared of things that aren't there\" and that he tries to keep Eilidh "
              "quiet so Dad doesn't get cross. He wants \"Dad to get better and Mum not to work nights\". He "
              "would like to go back to football on Saturdays. Eilidh said she likes \"when Daddy does silly "
              "voices\" and that the dark house was \"a bit scary\"."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Responsible (date)", "How we'll know", "What needs to be different"],
            "widths": [5.0, 4.0, 4.0, 4.0],
            "rows": [
                ["SAFE", H, H, H],
                ["Visit Rory and Eilidh at home, at least one visit in three unannounced, and see Rory on his own",
                 "Lead professional, SW Catriona Bain (fortnightly from 24/03/2025)",
                 "Visit notes show both children seen and Rory spoken to alone",
                 "Rory and Eilidh feel safe at home and are never left alone with Dad when he is unwell."],
                ["Let the SW know about any worries about Stuart's health",
                 "Whole family (as and when)",
                 "Calls logged by the SW with the date and what was done",
                 V],
                ["Keep the children's safety plan on the fridge and go through it with Rory",
                 "Donna MacKinnon (by 31/03/2025, then each month)",
                 "Rory can tell the SW who to call and what to do",
                 V],
                ["HEALTHY", H, H, H],
                ["Give Stuart his depot injection and support him with his mental health",
                 "CPN Gordon Mair, Glenmorvan Community Mental Health Team (every 2 weeks)",
                 "Stuart's mental state is stable",
                 "Stuart takes his medication and stays well."],
                ["Take Eilidh to her eye clinic appointments and make sure she wears her glasses at school",
                 "Donna MacKinnon (next appointment 15/04/2025)",
                 "",
                 "Eilidh can see the board at school and Rory sleeps through the night."],
                ["Talk to Rory about his sleep and nightmares, and refer him to CAMHS if they carry on",
                 "School nurse Alison Reid (by 30/04/2025)",
                 "Sleep diary kept for 4 weeks and shared with the SW; CAMHS referral letter on file if made",
                 V],
                ["ACHIEVING", H, H, H],
                ["Support Rory with homework club and catch-up reading",
                 "Class teacher Mr Ewan Baird (ongoing)",
                 "Improvement in his reading",
                 "Rory is in school every day and catching up with his reading."],
                ["Make sure both children get to school on time",
                 "Donna MacKinnon (every school day)",
                 "Attendance of 95% or above on the school register",
                 V],
                ["RESPECTED AND INCLUDED", H, H, H],
                ["Find out what Rory and Eilidh want and make sure their views are heard at every meeting",
                 "Advocacy worker Kirsty Lamb, Who Cares? Glenmorvan (before each core group)",
                 "Rory's and Eilidh's views written down and read out at each meeting",
                 "Rory and Eilidh know their views are listened to."],
            ],
        }),
        ("h1", "What happens if things don't get better"),
        ("p", "If Stuart stops his depot, the CPN sees signs that he is relapsing, or the children are found "
              "alone with him when he is unwell, the lead professional will arrange an inter-agency referral "
              "discussion the same day. Rory and Eilidh will stay with Donna's sister, Morag Ross, in Kelsay "
              "(agreed by Morag and checked by the SW on 10/03/2025) until Stuart is well. If this happens "
              "twice, or Donna cannot keep the safety plan, the lead professional will seek legal advice and "
              "refer the children to the Children's Reporter."),
        ("h1", "When we will meet again"),
        ("bullets", [
            "Core group: every 4 weeks – 03/04/2025, 01/05/2025 and 29/05/2025.",
            "Review child protection planning meeting (review case conference): 19/06/2025.",
        ]),
    ],
    "findings": [
        F("W002", "Let the SW know about any worries about Stuart's health"),
        F("T002", "Let the SW know about any worries about Stuart's health"),
        F("H001", "Give Stuart his depot injection and support him with his mental health"),
        F("M002", "Give Stuart his depot injection and support him with his mental health"),
        F("F002", "Stuart takes his medication and stays well"),
        F("M001", "Take Eilidh to her eye clinic appointments"),
        F("T002", "Support Rory with homework club and catch-up reading"),
        F("M002", "Support Rory with homework club and catch-up reading"),
    ],
})
