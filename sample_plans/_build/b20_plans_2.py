"""Batch 20, module 2: seven fictional plans (tuning material), all named b20_f*.

Focus: minutes and records. Core group minutes whose actions sit inside the
agency update paragraphs, review conference minutes with a numbered list of
decisions, a strategy meeting outcome record, a case note with an action list
at the end and a social worker's email that stands as the updated plan; in
several of them the owner, the date and the measure of an action are on the
lines (or in the cell) below the action itself.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group minutes: actions buried in the agency update paragraphs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_faldermoor_core_group_minutes_moss.docx",
    "doc_title": "Core group minutes - Kayden and Ruby Moss - 14/05/2025",
    "split": "tune",
    "template": "core-group-minutes-agency-update-paragraphs-actions-inside-prose",
    "description": (
        "Second core group minutes for a 3-year-old and a 5-month-old (neglect; mother's depression). "
        "Under 'Updates and actions agreed' each agency's paragraph mixes the update with the sentences "
        "that commit someone, one action per sentence. An HV review with no date or output, a nursery "
        "'keep an eye on', a CMHT care coordinator who only supports, grandmother's and aunt's help with "
        "no measure and 'when she can', the SW 'when she can', a passive repair chase, 'all "
        "professionals', an adult-only outcome; the contingency leans on the grandmother with no "
        "fallback and names no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Faldermoor Borough Council · Children's Services · Family Safeguarding Team (South)"),
        ("kv", [
            ("Children", "Kayden Moss (DOB 12/11/2021, 3 yrs) and Ruby Moss (DOB 04/12/2024, 5 months)"),
            ("Address", "14 Tanner's Row, Faldermoor"),
            ("Meeting", "Core group no. 2 – Wednesday 14/05/2025, 10.00–11.30, Faldermoor Family Hub"),
            ("Chair", "Nadia Kerr, Social Worker"),
            ("Minutes", "Tracy Wain, Business Support"),
            ("Plan", "Child protection plans since the ICPC on 10/04/2025 – Neglect"),
        ]),
        ("table", {
            "header": ["Name", "Role / agency", "Attended"],
            "widths": [4.0, 8.0, 5.0],
            "rows": [
                ["Nadia Kerr", "Social worker, Faldermoor Children's Services", "Yes (chair)"],
                ["Leanne Moss", "Mum", "Yes"],
                ["Carol Moss", "Maternal grandmother (MGM)", "Yes"],
                ["Joanne Pike", "Health visitor, Faldermoor 0-19 Service", "Yes"],
                ["Sam Bright", "Manager, Little Owls Nursery", "Yes"],
                ["Paul Ennis", "Care coordinator, Faldermoor Community Mental Health Team (CMHT)",
                 "Apologies – written update sent"],
                ["Jordan Price", "Ruby's dad; Kayden's stepdad", "Did not attend – invited by text and letter"],
            ],
        }),
        ("h2", "1. Introductions and confidentiality"),
        ("p", "Everyone introduced themselves. Nadia reminded the group that the minutes are confidential "
              "and that Leanne and Carol will be sent a copy. Leanne said she was nervous but wanted to be "
              "here."),
        ("h2", "2. Last meeting's actions"),
        ("p", "Nadia went through the actions from the first core group on 24/04/2025. Kayden's nursery "
              "hours have gone up to four days, the maternity grant form went in, and the fire service did "
              "a home safety check on 2 May. The actions still open were picked up again under item 4."),
        ("h2", "3. How Kayden and Ruby are doing"),
        ("p", "Nadia saw Kayden on his own at nursery on 9 May, in the book corner. He told her \"Nanny "
              "Carol's house has the big telly\" and that he has \"Coco Pops for tea\" at home. When asked "
              "what makes him sad he said \"when Mummy cries and Jordan shouts\". He likes his key worker "
              "Amy \"cos she does the funny voices\". Ruby was seen at home on 12 May: she was in the same "
              "sleepsuit as at the visit before, had a sore nappy rash, and stopped crying as soon as Carol "
              "picked her up. She was smiling and reaching for toys."),
        ("h2", "4. Updates and actions agreed"),
        ("boldp", "Health visiting – Joanne Pike"),
        ("p", "Ruby was weighed at clinic on 9 May and has dropped from the 25th centile in March to just "
              "under the 9th. Leanne had been giving her follow-on milk because it was on offer, and Joanne "
              "went through again why Ruby needs first infant milk until she is one; Leanne said she has "
              "switched back. It was agreed that Joanne will weigh Ruby at home every week until the next "
              "core group and email Nadia the weight and centile each Friday. Joanne will also do Kayden's "
              "two-and-a-half year developmental review, which was missed in February."),
        ("boldp", "Little Owls Nursery – Sam Bright"),
        ("p", "Kayden's attendance this half term is 71%. On 2 May he came in with a nappy that had not been "
              "changed overnight and ate three portions at snack time. Sam has spoken to Leanne at the door "
              "about this; she was upset but accepted it. Sam will email Nadia Kayden's attendance and "
              "arrival times every Friday. Nursery will keep an eye on Kayden's presentation."),
        ("boldp", "Adult mental health – update from Paul Ennis, read out by Nadia"),
        ("p", "Paul has seen Leanne twice since the conference. Her sertraline was increased to 100mg on "
              "28 April and she is on the waiting list for psychology, which is about five months at the "
              "moment. Paul will continue to see Leanne every two weeks to support her with her low mood. "
              "Leanne said the higher dose makes her sleepy in the afternoons, which is when Kayden gets "
              "back from nursery."),
        ("boldp", "Leanne"),
        ("p", "Leanne said the mornings are the hardest part of the day because Ruby is up in the night and "
              "she cannot get going. She has set an alarm and puts Kayden's nursery clothes out the night "
              "before, which she says has helped on some days. Leanne agreed she will get Kayden to nursery "
              "by 9.30am on each of his four days, and the nursery register will show whether this is "
              "happening."),
        ("boldp", "Carol (MGM) and the wider family"),
        ("p", "Carol has had both children at her house every Saturday night since the conference, and "
              "Leanne said it is the only night she sleeps through. Carol will carry on having Kayden and "
              "Ruby every Saturday night. Carol's partner works away, so there is nobody to cover if she is "
              "ill. It was agreed that Leanne's sister Gemma, who could not come today, will help with the "
              "nursery run when she can."),
        ("boldp", "Jordan"),
        ("p", "Jordan did not come and has not returned Nadia's calls since 30 April. Leanne said he still "
              "comes round most evenings and that he \"gets wound up\" when Ruby won't settle; on 19 April "
              "he shouted at Leanne while he was holding Ruby, and the conference agreed that he should not "
              "look after the children on his own. Nadia will try to meet Jordan to go through the plan with "
              "him when she can."),
        ("boldp", "Social worker – Nadia Kerr"),
        ("p", "Nadia has visited four times since the conference, twice unannounced. The children's bedroom "
              "has black mould on the outside wall and Ruby's cot is against it. Nadia emailed Faldermoor "
              "Homes on 25 April and has not had a reply. Nadia will visit every two weeks, at least one "
              "visit in four unannounced, and her visit records will show Kayden seen on his own and Ruby "
              "seen awake with her nappy and skin checked. The mould in the children's bedroom will be "
              "chased with Faldermoor Homes."),
        ("boldp", "Everyone"),
        ("p", "The group agreed that all professionals will tell Nadia the same day about any new worry, "
              "so that it is logged on the children's file."),
        ("h2", "5. Where are we? (0 = the children are not safe, 10 = the plan can end)"),
        ("p", "Leanne 7. Carol 6. Sam 5. Joanne 4 – because of Ruby's weight. Nadia 4 – the mould, Ruby's "
              "weight and not being able to reach Jordan."),
        ("h2", "6. What we are aiming for (from the ICPC plan)"),
        ("bullets", [
            "Ruby has the right milk, is fed on time and is back up to her 25th centile by the review "
            "conference.",
            "Kayden goes to nursery four days a week, clean, fed and on time, and can tell his key worker "
            "how he is feeling.",
            "Kayden and Ruby sleep in a warm, dry bedroom away from the mould.",
            "Leanne feels more able to cope in the mornings.",
        ]),
        ("h2", "7. If things get worse"),
        ("p", "If Ruby loses weight again or drops below the 2nd centile, or either child is found in "
              "Jordan's sole care, Nadia will hold a strategy discussion the same day and Kayden and Ruby "
              "will stay with Carol until it has taken place. If things have not changed by the review "
              "conference, the conference will decide whether the plans need to continue."),
        ("h2", "8. Next meetings"),
        ("p", "Core group: every four weeks. Next meeting Wednesday 11/06/2025, 10am, Faldermoor Family Hub."),
        ("p", "Review child protection conference: 03/07/2025, 1.30pm, Faldermoor Civic Offices."),
        ("p", "Minutes agreed by Nadia Kerr (chair) and circulated on 16/05/2025."),
    ],
    "findings": [
        F("T001", "Joanne will also do Kayden's two-and-a-half year developmental review"),
        F("M001", "Joanne will also do Kayden's two-and-a-half year developmental review"),
        F("T001", "Nursery will keep an eye on Kayden's presentation"),
        F("M002", "Nursery will keep an eye on Kayden's presentation"),
        F("H001", "Paul will continue to see Leanne every two weeks"),
        F("M001", "Paul will continue to see Leanne every two weeks"),
        F("M001", "Carol will carry on having Kayden and Ruby every Saturday night"),
        F("T002", "will help with the nursery run when she can"),
        F("M001", "will help with the nursery run when she can"),
        F("T002", "Nadia will try to meet Jordan to go through the plan"),
        F("M001", "Nadia will try to meet Jordan to go through the plan"),
        F("W001", "The mould in the children's bedroom will be chased"),
        F("T001", "The mould in the children's bedroom will be chased"),
        F("M001", "The mould in the children's bedroom will be chased"),
        F("W002", "all professionals will tell Nadia the same day about any new worry"),
        F("F002", "Leanne feels more able to cope in the mornings"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference minutes with a numbered decisions list; Lead / By /
#    How we'll know on the lines under each decision (pdf, header + footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_fendlecote_rcpc_decisions_clarke.pdf",
    "doc_title": "Review child protection conference minutes - Mason and Evie Clarke",
    "split": "tune",
    "template": "rcpc-minutes-numbered-decisions-lead-by-how-lines-paged",
    "description": (
        "Review conference minutes for a 9- and a 6-year-old (domestic abuse, father's drinking; family "
        "moving to another council): agency summaries, the children's views, the decision, then numbered "
        "recommendations with Lead / By / How we'll know on separate lines under each. 'Ongoing', "
        "'engagement', a CAMHS referral put on hold until the transfer, a parenting assessment left to the "
        "receiving council 'TBC – after the move', a '–' lead, a core group lead; the review conference "
        "is left for the receiving council to arrange."
    ),
    "header": "OFFICIAL – SENSITIVE · Fendlecote Council Safeguarding and Quality Unit",
    "footer": "RCPC minutes – 20/05/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference"),
        ("p", "Minutes and decisions"),
        ("kv", [
            ("Children", "Mason Clarke (DOB 08/02/2016, 9) and Evie Clarke (DOB 17/09/2018, 6)"),
            ("Address", "3 Wheelwright Close, Fendlecote"),
            ("Date and venue", "Tuesday 20/05/2025, 1.30pm, Room 4, Fendlecote Civic Centre"),
            ("Chair", "Marcus Bellamy, Independent Reviewing Officer"),
            ("Minute-taker", "Priya Sandhu, Conference Administrator"),
            ("Initial conference", "27/02/2025 – Emotional abuse"),
            ("Social worker", "Chloe Adams, Fendlecote Children's Services, Safeguarding Team 3"),
        ]),
        ("h1", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Report"],
            "widths": [4.5, 8.5, 4.0],
            "rows": [
                ["Marcus Bellamy", "IRO (chair)", "–"],
                ["Chloe Adams", "Social worker", "Shared 15/05"],
                ["Danielle Clarke", "Mum", "–"],
                ["Sarah Cope", "IDVA, Fendlecote Women's Aid", "Verbal"],
                ["Mrs Grace Okoro", "SENCo and DSL, Fendlecote Primary", "Shared 16/05"],
                ["Kirsty Hale", "School nurse", "Verbal"],
                ["PC Aaron Hart", "Fendlecote Police, Domestic Abuse Unit", "Shared 14/05"],
                ["Pauline Clarke", "Paternal grandmother", "–"],
                ["Lee Clarke", "Dad – did not attend; written views read out", "Written views"],
            ],
        }),
        ("h1", "2. Purpose of the conference"),
        ("p", "To review the progress of the child protection plans made at the initial conference on "
              "27/02/2025, and to decide whether Mason and Evie still need them."),
        ("h1", "3. Summary of reports and discussion"),
        ("p", "Social worker: Chloe said there have been no police call-outs since Lee moved out to his "
              "parents' house on 3 March. Danielle has kept to the safety plan and has changed the locks. "
              "Contact has taken place at the paternal grandparents' house every Sunday, and Pauline's notes "
              "show it has mostly gone well, although on 27 April Lee arrived smelling of alcohol and Pauline "
              "stopped the contact after half an hour. Danielle has been offered a two-bedroom tenancy in "
              "Brackleigh, in the Weyfield Council area, and hopes to move in July. The case will be "
              "transferred to Weyfield once the family has moved."),
        ("p", "School: Mrs Okoro said Mason's attendance is up to 94%, but he has been in trouble for "
              "fighting twice this term and told his teacher he \"can't turn his brain off at night\". Evie "
              "goes to the nurture group three mornings a week and is much more settled; she still gets "
              "upset at the end of the day if Danielle is late."),
        ("p", "Police: PC Hart said there have been no call-outs since March. Lee was interviewed about the "
              "January assault and the file is with the CPS. A non-molestation order is in place until "
              "30/08/2025."),
        ("p", "Women's Aid: Sarah said Danielle is halfway through the Freedom Programme and has not missed a "
              "session. Danielle told conference she feels \"a lot stronger\" but is worried about being on "
              "her own in a new area."),
        ("p", "Dad: Lee's written views were read out. He says he has stopped drinking in the week, wants to "
              "see the children more, and would go to the alcohol service if it was \"made easy\"."),
        ("p", "School nurse: Kirsty has seen Mason twice about his sleep and has given him a sleep diary. "
              "Both children are up to date with their immunisations and dental checks."),
        ("h1", "4. What Mason and Evie have said"),
        ("p", "Mason met the advocate, Josh Marriner, on 12 May. He said: \"It's calmer now Dad's at Nan's. "
              "I like Sundays but I don't like it when Dad's been drinking because he goes loud.\" He is "
              "worried about moving because he would have to leave his football team. Evie drew her family "
              "for Chloe: Mum, Mason, herself and the cat in the new house, and Dad and Nanny Pauline \"at "
              "Nanny's house\". She said the best thing now is \"nobody shouts at bedtime\"."),
        ("h1", "5. Chair's analysis"),
        ("p", "Mason and Evie are safer since Lee left the home, and Danielle has shown she can put the "
              "safety plan into action. What still worries conference is Lee's drinking and what happens at "
              "contact, Mason's anger and poor sleep, and the risk that the plan loses momentum when the "
              "family moves across the border. Lee has not yet had any help with his drinking."),
        ("h1", "6. Decision"),
        ("p", "Conference decided that Mason and Evie should remain subject to child protection plans under "
              "the category of emotional abuse. All agencies agreed. Danielle said she understood the "
              "decision."),
        ("h1", "7. What the plan is working towards"),
        ("bullets", [
            "Mason and Evie live without shouting, violence or fear at home, and say they feel safe at "
            "bedtime.",
            "Sunday contact with their dad is safe: he is sober, and the children come home calm.",
            "Mason sleeps through most nights and can manage his anger at school without fighting.",
            "Evie goes to school happy and is collected on time.",
        ]),
        ("h1", "8. Decisions and recommendations for the plan"),
        ("p", "Under each recommendation: who leads it, by when, and how conference will know it has been "
              "done."),
        ("boldp", "8.1 Chloe to visit Mason and Evie at home, seeing each child on their own."),
        ("pi", "Lead: Chloe Adams, SW"),
        ("pi", "By: every two weeks, from 27/05/2025"),
        ("pi", "How we'll know: visit records show each child seen alone and what they said"),
        ("boldp", "8.2 Sunday contact between Lee and the children to be supervised at the paternal "
                  "grandparents' home, and stopped if Lee has been drinking."),
        ("pi", "Lead: Pauline and Ray Clarke (PGPs)"),
        ("pi", "By: every Sunday, 2pm to 5pm"),
        ("pi", "How we'll know: contact notes signed by Pauline after each contact and sent to Chloe each "
               "Monday"),
        ("boldp", "8.3 Evie to carry on in the nurture group at school."),
        ("pi", "Lead: Mrs Okoro, SENCo, Fendlecote Primary"),
        ("pi", "By: ongoing"),
        ("pi", "How we'll know: Evie's Boxall profile scores, shared with the SW"),
        ("boldp", "8.4 Danielle to keep going to the Freedom Programme on Thursday mornings."),
        ("pi", "Lead: Danielle, with Sarah Cope (IDVA)"),
        ("pi", "By: weekly until the last session on 15/07/2025"),
        ("pi", "How we'll know: engagement with the programme"),
        ("boldp", "8.5 Lee to refer himself to Ashlar Recovery and go to its Thursday evening group."),
        ("pi", "Lead: Lee Clarke"),
        ("pi", "By: referral by 06/06/2025, then weekly"),
        ("pi", "How we'll know: attendance sheet signed by the group worker and copied to Chloe"),
        ("boldp", "8.6 Ashlar Recovery to assess Lee's drinking and say whether he can keep to the contact "
                  "rules."),
        ("pi", "Lead: Dean Foley, recovery worker, Ashlar Recovery"),
        ("pi", "By: assessment by 27/06/2025"),
        ("pi", "How we'll know: written assessment summary to Chloe and the core group"),
        ("boldp", "8.7 Mason's sleep and anger: referral to Fendlecote CAMHS to be put on hold until the case "
                  "transfers to Weyfield, who can decide whether to refer."),
        ("pi", "Lead: Chloe Adams, SW"),
        ("pi", "By: on transfer"),
        ("pi", "How we'll know: –"),
        ("boldp", "8.8 Parenting assessment of Danielle, looking at how she manages Mason's behaviour and the "
                  "move, to be completed by Weyfield Children's Services after the transfer."),
        ("pi", "Lead: Weyfield Children's Services"),
        ("pi", "By: TBC – after the move"),
        ("pi", "How we'll know: parenting assessment report"),
        ("boldp", "8.9 Help with the move: change of address for Universal Credit and child benefit, and "
                  "school places in Brackleigh."),
        ("pi", "Lead: –"),
        ("pi", "By: before the move"),
        ("pi", "How we'll know: school places confirmed in writing; benefit letters received at the new "
               "address"),
        ("boldp", "8.10 Any new incident, disclosure or sighting of Lee near the house to be passed to the SW."),
        ("pi", "Lead: Core group"),
        ("pi", "By: the same day"),
        ("pi", "How we'll know: logged on the children's file with what was done"),
        ("boldp", "8.11 School nurse to keep seeing Mason about his sleep."),
        ("pi", "Lead: Kirsty Hale, school nurse"),
        ("pi", "By: every 3 weeks until the end of term (18/07/2025)"),
        ("pi", "How we'll know: Mason's sleep diary shows him asleep by 10pm on most school nights"),
        ("boldp", "8.12 Police to keep the warning marker on the family's address."),
        ("pi", "Lead: PC Aaron Hart, Domestic Abuse Unit"),
        ("pi", "By: confirmed by 23/05/2025; marker stays until the order ends on 30/08/2025"),
        ("pi", "How we'll know: email to Chloe confirming the marker is on the police system"),
        ("h1", "9. Contingency plan"),
        ("p", "If Lee comes to the house, breaches the non-molestation order or turns up to contact having "
              "been drinking, Danielle will ring 999, the police will attend, and Chloe will hold a strategy "
              "discussion the same working day. If Pauline and Ray cannot supervise on a Sunday, contact will "
              "not take place that week and Chloe will book supervised contact at Fendlecote Family Centre "
              "for the following week. If Danielle lets Lee back into the home, or contact cannot be kept "
              "safe, Chloe will ask her team manager for a legal planning meeting within 5 working days."),
        ("h1", "10. Core group and next review"),
        ("p", "First core group: 03/06/2025, 10am, Fendlecote Primary; then every six weeks until the case "
              "transfers."),
        ("p", "Next review conference: to be arranged by Weyfield following the transfer."),
        ("p", "Minutes approved by the chair, Marcus Bellamy, on 22/05/2025."),
    ],
    "findings": [
        F("T002", "Evie to carry on in the nurture group at school"),
        F("M002", "Danielle to keep going to the Freedom Programme"),
        F("X001", "referral to Fendlecote CAMHS to be put on hold"),
        F("M001", "referral to Fendlecote CAMHS to be put on hold"),
        F("X001", "to be completed by Weyfield Children's Services after the transfer"),
        F("T002", "to be completed by Weyfield Children's Services after the transfer"),
        F("W001", "Help with the move: change of address for Universal Credit"),
        F("W002", "Any new incident, disclosure or sighting of Lee near the house"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Strategy meeting outcome record for children already on a plan; What /
#    Who / When / Evidence on separate lines (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_flaxmoor_strategy_outcomes_grant.txt",
    "split": "tune",
    "template": "strategy-meeting-outcome-record-what-who-when-evidence-lines-txt",
    "description": (
        "Exemplary strategy meeting record (s47) for a 7-month-old and a 5-year-old already on plans, "
        "after their mother was found out at night with the baby during a relapse of psychosis: the "
        "children's experience, the decision, outcomes, numbered agreed actions with What / Who / When / "
        "Evidence on separate lines, the perinatal team asked to assess capacity to change, the ward and "
        "GP owning actions, the grandmother's care backed by foster care if she cannot cope, a legal "
        "planning trigger, core group brought forward and the review conference date."
    ),
    "text": """\
FLAXMOOR CITY COUNCIL - CHILDREN'S SERVICES
Family Safeguarding Service
STRATEGY MEETING RECORD (s47) - OUTCOMES AND AGREED ACTIONS
Children already subject to child protection plans
=======================================================================
Record no:        SM-25-1183
Meeting:          Strategy meeting (Teams), 10/06/2025, 14:00-15:10
Chair:            Helen Aske, Team Manager, Family Safeguarding Team 1
Recorded by:      Jamal Hussein, Social Worker (allocated SW)

Children:         Isla GRANT     DOB 02/11/2024  (7 months)
                  Harvey GRANT   DOB 19/03/2020  (5 years)
Mother:           Kelly Grant (26)
Isla's father:    Connor Bell (28), lives separately
Harvey's father:  not involved since 2021
Plan:             CP plans since ICPC 03/04/2025 - Neglect
Review CP conf:   24/07/2025 (already booked)

Present:          Helen Aske (TM, chair); Jamal Hussein (SW); DS Mark
                  Tolley (Flaxmoor Police Public Protection Unit); Siobhan
                  Reid (HV); Dr Ruth Amadi (consultant perinatal
                  psychiatrist, Flaxmoor Perinatal Mental Health Team);
                  Paula Greaves (ward manager, Heron Ward); Mrs Ann Whitby
                  (DSL, Flaxmoor Infant School); Dr Omar Siddiqui (GP)
=======================================================================

1. WHY THE MEETING WAS CALLED
   At 02:40 on 09/06/2025 police found Kelly walking along Cotton Lane in
   her dressing gown, pushing Isla in her pram. Isla was in a vest only;
   it was 9 degrees. Harvey had been left asleep at home on his own. Kelly
   told officers she had to "get the baby away from the voices in the
   flat". She was assessed at the Flaxmoor place of safety and agreed to
   an informal admission to Heron Ward, where she remains. Isla was
   checked at Flaxmoor General children's ED: mildly cold, no injuries,
   discharged at 06:30. Kelly agreed that both children should stay with
   their maternal grandmother, Denise Grant, and Connor agrees. The
   children are not looked after.

2. INFORMATION SHARED
   Police: first contact with police about Kelly's mental health. No
   crime identified. The neighbour who rang 101 at 02:15 said she had
   heard Kelly shouting "for about an hour".
   Perinatal MH: Kelly had postpartum psychosis after Harvey's birth in
   2020 and was well on olanzapine until she stopped it herself in May.
   She was discharged from the perinatal team in March 2025.
   GP: last olanzapine prescription collected 14/04/2025. Kelly told the
   GP on 29/05 she was "sleeping badly" but declined a review.
   HV: Isla weighed 04/06/2025 - 50th centile, well cared for. Kelly told
   the HV the same day that she was not sleeping.
   School: Harvey late four times last week. On 06/06 he told his
   teacher "Mummy's talking to the telly".
   Denise (spoken to by the SW before the meeting): will care for both
   children for as long as needed. She works mornings three days a week;
   her friend Pat Hollis, who has a DBS check through her job, can cover
   those mornings.

3. THE CHILDREN'S EXPERIENCE
   Harvey (seen on his own by the SW in Denise's garden, 09/06, 10:30):
   "I woke up and nobody was there and I shouted for Mummy." He went back
   to bed with his torch. He likes being at Nanny Denise's "because she
   does pancakes", asked if Mummy is "poorly in her head again", and said
   he wants to see Mummy and "Isla's got to come too".
   Isla (observed at Denise's on 09/06 and 10/06): took 180ml at the 11am
   feed, settled on Denise's shoulder, babbled and smiled at Harvey, and
   startled and cried when the door buzzer went.

4. DECISION
   - Threshold for section 47 enquiries met; joint enquiry by Children's
     Services and police.
   - Isla and Harvey to stay with Denise under the safety plan in
     section 7 while Kelly is on Heron Ward.
   - Child protection plans continue; core group brought forward.

5. WHAT WE WANT FOR ISLA AND HARVEY
   - Isla and Harvey are looked after day and night by an adult who is
     well and awake, and are never left on their own.
   - Isla is warmly dressed, fed and settled, and keeps growing along
     the 50th centile.
   - Harvey gets to school on time from Denise's, sees his mum in a safe
     way, and knows who he can tell if he is worried.
   - The children go home only when Kelly is well, taking her treatment,
     and her mental health team say it is safe.

6. AGREED ACTIONS

   6.1 What:     See Harvey on his own and Isla at Denise's; check where
                 they sleep and how Harvey is
       Who:      Jamal Hussein (SW)
       When:     twice a week until the core group on 19/06/2025, then
                 weekly
       Evidence: visit records with Harvey's words and Isla's feeds and
                 sleep written down

   6.2 What:     Complete the section 47 enquiry jointly with police
       Who:      Jamal Hussein (SW), with DS Mark Tolley
       When:     by 24/06/2025
       Evidence: s47 outcome recorded and sent to all agencies present
                 by 24/06/2025

   6.3 What:     Assess Kelly on Heron Ward and report on her treatment
                 plan, her early warning signs, and whether she can make
                 and keep the changes needed to care for Isla and Harvey
                 safely, and over what timescale
       Who:      Dr Ruth Amadi (perinatal psychiatrist), with the Heron
                 Ward consultant
       When:     verbal update at core group 19/06/2025; written report
                 by 01/07/2025
       Evidence: written capacity-to-change report sent to the SW and the
                 core group

   6.4 What:     Hold a discharge planning meeting with the SW before any
                 overnight leave or discharge, and share the ward's risk
                 assessment of Kelly's readiness to care for the children
       Who:      Paula Greaves (ward manager, Heron Ward)
       When:     before any overnight leave or discharge
       Evidence: discharge planning minutes and risk assessment on the
                 children's file; SW recorded as present

   6.5 What:     Bring the children to see Kelly on the ward and stay
                 with them for the whole visit
       Who:      Denise Grant (MGM)
       When:     up to three visits a week, on days agreed with the ward
       Evidence: visit sheet signed by Denise and the nurse in charge,
                 given to the SW at each home visit

   6.6 What:     Issue Kelly's medication in 7-day prescriptions after
                 discharge and tell the SW and perinatal team about any
                 prescription not collected
       Who:      Dr Omar Siddiqui (GP)
       When:     every week from discharge
       Evidence: uncollected prescriptions reported to the SW and the
                 perinatal team within 1 working day

   6.7 What:     Weigh Isla and check her feeding and development at
                 Denise's
       Who:      Siobhan Reid (HV)
       When:     weekly, first visit 12/06/2025
       Evidence: weights plotted in the red book and emailed to the SW
                 after each visit

   6.8 What:     Morning check-in with Harvey
       Who:      Mrs Ann Whitby (DSL)
       When:     every school day
       Evidence: check-in log sent to the SW every Friday; anything
                 Harvey says about home passed on the same day

   6.9 What:     Take Harvey to school and collect him
       Who:      Denise Grant (MGM); Pat Hollis on Denise's work mornings
       When:     every school day from 11/06/2025
       Evidence: school register shows Harvey in by 8:50am; collection
                 book signed at the office

   6.10 What:    Send the SW the police log and officers' account of 09/06
       Who:      DS Mark Tolley
       When:     by 13/06/2025
       Evidence: police summary saved on the children's file

   6.11 What:    Speak to Connor about caring for Isla and complete a
                 viability assessment of him as a carer
       Who:      Jamal Hussein (SW)
       When:     by 20/06/2025
       Evidence: viability assessment shared with the TM and core group

7. SAFETY PLAN / CONTINGENCY
   - If Kelly leaves Heron Ward without agreement or comes to Denise's
     unwell, Denise will not let her take the children, will ring 999
     and then Jamal (or the EDT out of hours). Police will attend and
     Jamal will hold a strategy discussion the same day.
   - If Denise cannot carry on caring for both children (illness, work,
     or she cannot keep Kelly away), Jamal will place Isla and Harvey
     together with approved foster carers the same day, while Connor's
     viability assessment is completed.
   - If Kelly is discharged before the perinatal report says it is safe
     for her to care for the children, the children stay with Denise and
     Jamal will ask Helen for a legal planning meeting within 5 working
     days.

8. LEGAL PLANNING
   If the perinatal report (by 01/07/2025) says Kelly cannot make the
   changes needed within Isla's timescale, or Kelly withdraws her
   agreement to the children staying with Denise, Helen Aske will convene
   a legal planning meeting within 5 working days (PLO or an application
   to court).

9. CORE GROUP AND REVIEW
   Core group brought forward to 19/06/2025, 10:00, Flaxmoor Infant
   School, then every 3 weeks (10/07/2025) until the review conference.
   Review child protection conference: 24/07/2025, 13:30 (unchanged).

Record agreed by: Helen Aske (chair), 10/06/2025 16:20
Circulated to:    all present; Heron Ward; Denise Grant (summary)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's email after a core group, standing as the updated plan;
#    owner, when and measure on dash lines under each action (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_frayholme_email_actions_hurrell.md",
    "split": "tune",
    "template": "email-after-core-group-numbered-actions-dash-lines-md",
    "description": (
        "A social worker's email after a core group for an 8-year-old and a 2-year-old (neglect; "
        "mother's drinking), standing in for minutes: numbered actions with who, when and how we'll know "
        "on dash lines under each. The grandmother's collections have no measure, the uncle stays over "
        "'as often as he can', alcohol key work measured by 'engagement', a 'TBC' owner, a parenting group "
        "'when a place comes up'; the children's words and experience are not recorded, and the "
        "contingency sends the children to the grandmother with no fallback."
    ),
    "text": """\
**From:** Kat Lyle <kat.lyle@frayholme.gov.uk>
**Sent:** 06 May 2025 16:48
**To:** Lisa Shaw (HV); Dan Penrose (DSL, St Aidan's Primary); Mo Ashraf (FDAS); Toni Hurrell; Sheila Hurrell
**Cc:** Gary Benton (Team Manager)
**Subject:** Core group today – actions for Jayden & Mia

Hi all,

Thanks for coming today, and thanks Toni for staying even though it was a
hard one. I haven't had time to do formal minutes so this email is the
updated plan – please reply by Friday if I've missed anything or got
anything wrong and I'll put it on the system.

**Where we're at**

- Jayden (8): attendance 88% (was 79%). Mia (2): had her 2-year check on
  29/04, speech a bit behind.
- Toni told us she is drinking "most nights, but less". Mo (FDAS) says
  she has been to 3 of 4 key work sessions.
- Craig (dad) isn't living there and only sees the kids supervised at
  Sheila's. He didn't come today.
- Home: kitchen much better, but there was no food in the fridge on my
  visit on 30/04.

**What we're aiming for (from the ICPC plan, 20/03)**

- Jayden and Mia are looked after by a sober adult every day and night.
- Mia is clean, fed and changed, and her speech catches up.
- Jayden gets to school on time every day.

**Actions** (who / when / how we'll know on the lines under each one)

1. Unannounced visits to see Jayden and Mia, incl. their rooms and the fridge
   - me (Kat, SW)
   - weekly
   - visit notes show both kids seen, Jayden on his own
2. Jayden's attendance and lateness sent to me
   - Mr Penrose (DSL)
   - every Friday by email
   - weekly attendance % – we want 95%+
3. Collect Jayden and Mia from school/nursery Mon–Wed and give them their tea
   - Sheila (Nan)
   - Mon, Tue, Wed each week
4. Stay over at Toni's so there's a sober adult in the house overnight
   - Rob (Toni's brother)
   - as often as he can
5. Alcohol key work sessions with Toni
   - Mo (FDAS)
   - fortnightly
   - engagement
6. Check home conditions and that there's food in
   - TBC
   - at every visit
   - home conditions checklist filled in
7. Go on the Triple P group at the Family Hub
   - Toni
   - when a place comes up
   - certificate / attendance list from the Hub
8. SALT referral for Mia
   - Lisa (HV)
   - by 16/05
   - SALT acceptance letter forwarded to me
9. Caring Dads referral for Craig
   - me
   - before the next core group
   - referral form sent and Craig's answer recorded on the system

**If things go wrong**

If I find the kids on their own again, or Toni has been drinking when
she's looking after them, I'll do a strategy discussion the same day and
Jayden and Mia will go to Sheila's. Gary has agreed that if that happens
we go to legal gateway straight away.

**Dates**

- Next core group: Tue 03/06/2025, 10am, Frayholme Family Hub – then every 4 weeks.
- Review conference: Thu 24/07/2025, 1.30pm, Frayholme Town Hall.

Thanks all,
Kat

Kat Lyle | Social Worker | Family Safeguarding Team B | Frayholme Council Children's Services | 01632 961 774
""",
    "findings": [
        F("M001", "Collect Jayden and Mia from school/nursery Mon–Wed"),
        F("T002", "Stay over at Toni's so there's a sober adult in the house"),
        F("M001", "Stay over at Toni's so there's a sober adult in the house"),
        F("M002", "Alcohol key work sessions with Toni"),
        F("W002", "Check home conditions and that there's food in"),
        F("T002", "Go on the Triple P group at the Family Hub"),
        F("C003"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case note of a visit held instead of a cancelled core group, with the
#    updated actions at the end (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_fellingrove_case_note_birtles.txt",
    "split": "tune",
    "template": "case-note-visit-narrative-then-updated-actions-list-txt",
    "description": (
        "A case-system case note: the core group was cancelled, so the SW visited and recorded the "
        "updated plan for a 13-year-old young carer and her 8-year-old brother (mother's codeine "
        "dependence) as a numbered action list at the end, some items wrapping onto a second line. "
        "'Asap' with no measure, a passive rebooking with no owner, date or measure, a school 'keep an "
        "eye on' with no date; no outcome, no contingency, no adult service owns an action, no legal step."
    ),
    "text": """\
FELLINGROVE COUNCIL  -  CHILDREN'S SOCIAL CARE
CareLink v4  |  CASE NOTE
--------------------------------------------------------------------
Case note ID:   CN-0091827
Case:           BIRTLES household (person IDs 558120, 558121)
Children:       Tegan BIRTLES  (13y, DOB 21/01/2012)
                Alfie BIRTLES  (8y,  DOB 30/06/2016)
Note type:      Home visit - CP plan update (core group cancelled)
Date of event:  28/05/2025  15:45-17:05
Recorded:       29/05/2025 09:12  by Ben Armitage (SW)
Visibility:     Restricted - CP
--------------------------------------------------------------------

PURPOSE OF VISIT
Core group due today at 10am was cancelled - the DSL at Fellingrove
Academy is off sick and the Recovery Service could not send anyone, so
it was not quorate. Rebooked for 17/06/2025. I did the statutory visit
instead with Michelle and both children and went through the plan with
Michelle so that the actions did not drift. Updated actions are at the
end of this note; Michelle agreed this note stands as the plan update
until the core group meets.

OBSERVATIONS
Front room tidy. Kitchen: no fresh food - bread, cereal, milk and some
yoghurts in the fridge. Michelle in pyjamas at 15:45; said she had been
asleep since lunchtime. She told me she is taking "a few more" co-codamol
than prescribed for her back (she said 10-12 a day, prescribed max 8)
and buys extra from two chemists. She said she knows it is a problem and
that Tegan "does everything" after school.
Tegan came in from school at 16:10 and went straight to the kitchen to
make pasta for Alfie. Alfie was in a stained school shirt; he said he
had not had a school dinner because "the card had no money on".

SEEN ALONE
Tegan (in her bedroom, 16:30): said she is "fine" but tired. She makes
Alfie's tea most nights and gets him up for school because Mum "can't get
up in the mornings". She has not been to netball club since Easter as she
has to be home for Alfie. She does not want to get Mum in trouble and
said "I just want her to be like she used to be". Asked what would help,
she said "someone to sort the dinner money so Alfie gets fed at school"
and "going to netball again".
Alfie (in the front room, 16:45): said Mum "sleeps a lot" and that Tegan
makes the best pasta. He likes school "except when I'm hungry". He would
like to see his dad in Cottersby more often.

ANALYSIS
Michelle's codeine use has gone up and is affecting whether she can get
up, supervise and feed the children. Tegan is carrying a caring role that
is stopping her having a life of her own. Most of the actions from
30/04 are not done: Michelle has not contacted the Recovery Service, the
young carers referral has not been made (my action - overdue) and the
dinner account is in arrears. No immediate safety concern today: both
children had a meal this evening and Michelle was awake and coherent by
17:00.

Discussed with Rachel Fenn (Team Manager) 29/05 09:00 - plan continues,
actions updated as below.

ACTIONS (updated 29/05/2025)
 1. SW to see Tegan alone at school fortnightly, next on 05/06/2025,
    and record her views and what she is doing at home each time.
 2. SW to make a Young Carers referral for Tegan by 06/06/2025 -
    referral acceptance email on file.
 3. Help Michelle sort out the arrears on Alfie's school dinner account
    - FSW (Carly Dunn) - asap.
 4. Michelle to self-refer to Fellingrove Recovery Service by
    13/06/2025 and show SW her appointment letter at the next visit.
 5. Michelle's pain clinic appointment to be rebooked.
 6. Fellingrove Primary to keep an eye on Alfie's attendance and
    whether he is hungry.
 7. Fellingrove Academy PE dept to get Tegan back to netball club on
    Tuesdays from 10/06/2025 and email SW each week to say whether she
    went.
 8. School nurse (Jan Oakes) to see Tegan for a health review by
    27/06/2025 and send the summary to SW.

NEXT MEETINGS
Core group: 17/06/2025, 10:00, Fellingrove Academy, then every 4 weeks
as agreed at the ICPC.
RCPC: 10/07/2025.

Ben Armitage, Social Worker, Safeguarding Team North
""",
    "findings": [
        F("T002", "Help Michelle sort out the arrears on Alfie's school dinner account"),
        F("M001", "Help Michelle sort out the arrears on Alfie's school dinner account"),
        F("W001", "Michelle's pain clinic appointment to be rebooked"),
        F("T001", "Michelle's pain clinic appointment to be rebooked"),
        F("M001", "Michelle's pain clinic appointment to be rebooked"),
        F("T001", "Fellingrove Primary to keep an eye on Alfie's attendance"),
        F("M002", "Fellingrove Primary to keep an eye on Alfie's attendance"),
        F("O001"),
        F("C001"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC record: numbered conference decisions, then a plan table with the
#    outcome merged down rows and owner and date on two lines of one cell
#    (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_fernacre_icpc_decisions_lennard.docx",
    "doc_title": "ICPC record of decisions and plan - Maisie and Ellis Lennard",
    "split": "tune",
    "template": "icpc-record-numbered-decisions-then-merged-outcome-who-over-when-cell-table",
    "description": (
        "Exemplary initial conference record for a 10-year-old and a 4-year-old (father, the sole carer, "
        "drinking and depressed): the children's words, a numbered list of conference decisions, then a "
        "plan table with what will be different for the children merged down rows and owner and date on "
        "two lines of one cell. The alcohol team and a CBT therapist report on capacity to change, the GP "
        "owns an action, the aunt's weekend care is backed by foster care, legal planning on a named "
        "trigger, core group dates and the review conference date."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Initial Child Protection Conference"),
        ("p", "Record of decisions and child protection plan – Fernacre Council Children's Services"),
        ("kv", [
            ("Children", "Maisie Lennard (DOB 14/03/2015, 10) and Ellis Lennard (DOB 02/01/2021, 4)"),
            ("Lives with", "Gareth Lennard (dad), 22 Quarry Bank, Fernacre"),
            ("Mum", "Kerry Lennard – lives in Spain; speaks to the children by video every Sunday"),
            ("Conference", "29/05/2025, 10am, Fernacre Civic Centre"),
            ("Chair", "Yasmin Qureshi, Child Protection Chair"),
            ("Social worker", "Owen Pritchard, Safeguarding Team 2"),
        ]),
        ("table", {
            "header": ["Present", "Role"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Gareth Lennard", "Dad"],
                ["Jo Lennard", "Paternal aunt"],
                ["Owen Pritchard", "Social worker"],
                ["Tom Evans", "DSL, Fernacre Juniors"],
                ["Bev Hurst", "Manager, Sunflower Day Nursery"],
                ["Hannah Cole", "Health visitor"],
                ["Lucy Marsh", "Key worker, Fernacre Alcohol Team"],
                ["Dr Neil Haworth", "CBT therapist, Fernacre Talking Therapies (report sent, left at 11am)"],
                ["Dr Priya Shah", "GP – report sent, did not attend"],
            ],
        }),
        ("h1", "Why we met"),
        ("p", "Gareth has looked after Maisie and Ellis on his own since their mum moved to Spain in 2023. "
              "Since he lost his job in January his drinking has gone up sharply, and in March his GP "
              "diagnosed depression. On 08/05/2025 Maisie rang 999 at 7pm because she could not wake him; "
              "he had drunk most of a litre of vodka. Ellis had not eaten since lunch at nursery. School "
              "have noticed Maisie arriving late and tired, and nursery say Ellis has come in hungry on "
              "Mondays. Gareth told conference he is ashamed of what happened and wants help."),
        ("h1", "What Maisie and Ellis have told us"),
        ("p", "Maisie (seen on her own at school by Owen, 20/05): \"I had to be the grown-up that night. I "
              "didn't know if Dad was dead.\" She said she makes Ellis's breakfast most days and checks on "
              "her dad before school. She loves Guides but has stopped going because \"someone has to be "
              "with Ellis\". She wants \"Dad to stop drinking and Auntie Jo to be around more\"."),
        ("p", "Ellis (seen at nursery and at home): chatty and busy with the train set; he told Owen \"Daddy "
              "sleeps on the sofa\" and \"Maisie does my toast\". Nursery see him eat quickly at snack time "
              "on Mondays and ask when home time is."),
        ("h1", "Conference decisions"),
        ("numbers", [
            "Maisie and Ellis will be subject to child protection plans under the category of neglect.",
            "The core group is Gareth, Jo Lennard, the SW, the DSL at Fernacre Juniors, Sunflower Day "
            "Nursery, the health visitor, Fernacre Alcohol Team, Fernacre Talking Therapies and the GP.",
            "The first core group will be on 10/06/2025 at 4pm at Fernacre Family Hub, and then every four "
            "weeks.",
            "The review child protection conference will be on 21/08/2025 at 10am.",
            "If Gareth's drinking has not reduced as set out below by the second core group, or the "
            "children are again found without a sober adult, the SW will request a legal planning meeting "
            "(PLO) within 5 working days.",
            "The plan below was agreed by everyone present, including Gareth and Jo.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will be different for Maisie and Ellis", "What needs to happen",
                       "Who\nBy when", "How we will know"],
            "widths": [3.8, 5.2, 3.6, 4.4],
            "rows": [
                ["Maisie and Ellis are looked after every day and night by a sober adult, and Maisie no "
                 "longer has to look after her dad or Ellis.",
                 "Go to Fernacre Alcohol Team for an assessment and weekly key work, and agree a plan to cut "
                 "down and stop drinking while caring for the children",
                 "Gareth, with Lucy Marsh (key worker)\nassessment by 06/06/2025, then weekly",
                 "Attendance record and weekly breath test results sent to the SW; no positive test while "
                 "the children are in Gareth's care"],
                [V,
                 "Assess Gareth's drinking and tell the core group whether he can make and keep the changes "
                 "the children need, and how long that is likely to take",
                 "Lucy Marsh, Fernacre Alcohol Team\nwritten report by 03/07/2025",
                 "Written report shared at the core group on 08/07/2025"],
                [V,
                 "Have Maisie and Ellis at her house every Friday and Saturday night, and be the adult "
                 "Maisie rings if she cannot wake her dad",
                 "Jo Lennard (paternal aunt)\nevery Friday and Saturday night from 30/05/2025",
                 "Jo's diary of weekend nights, seen by the SW at visits; Maisie shows the SW Jo's number "
                 "saved on her phone"],
                ["Maisie and Ellis have a dad whose mood is well enough for him to get up, feed them and get "
                 "them to school and nursery on time.",
                 "Weekly CBT sessions for Gareth's depression; report on whether he is making and keeping "
                 "the changes needed and the likely timescale",
                 "Dr Neil Haworth, Fernacre Talking Therapies\nweekly for 12 weeks from 11/06/2025",
                 "Written report to each core group with Gareth's mood scores and the therapist's view of "
                 "his capacity to change"],
                [V,
                 "Review Gareth's antidepressant and see him while the plan is in place",
                 "Dr Priya Shah (GP)\nfirst review by 13/06/2025, then monthly",
                 "GP letter to the SW after each review"],
                ["Maisie and Ellis get to school and nursery every day, on time, fed and in clean clothes.",
                 "Get both children up, give them breakfast and take them to school and nursery",
                 "Gareth\nevery school day, in by 8.50am",
                 "Registers show both children in by 8.50am on at least 9 of every 10 days"],
                [V,
                 "Check in with Maisie each week and pass on attendance and anything she says about home",
                 "Tom Evans (DSL)\nevery Monday; email to SW every Friday",
                 "Check-in log and weekly attendance email on Maisie's file"],
                ["Maisie has time to be a child, goes back to Guides, and both children feel listened to.",
                 "See Maisie and Ellis at home, Maisie on her own, and check the food in the house and the "
                 "children's rooms",
                 "Owen Pritchard (SW)\nevery 2 weeks, one visit in three unannounced",
                 "Visit records show each child seen, what they said, and food in the cupboards"],
                [V,
                 "Young carers assessment for Maisie, including getting her back to Guides on Wednesdays",
                 "Becky Lowe, Fernacre Young Carers\nassessment by 27/06/2025",
                 "Assessment shared with the SW; Guides attendance register shows Maisie there each Wednesday "
                 "from July"],
                ["Ellis is healthy and his speech and play are where they should be for his age.",
                 "Ellis's developmental review and speech screen",
                 "Hannah Cole (HV)\nby 20/06/2025",
                 "ASQ-3 and speech screen results shared with the SW and the nursery"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Gareth is found drunk while caring for the children, or Maisie cannot wake him, Maisie will "
              "ring Jo (or 999 if Jo does not answer); Jo will collect both children and keep them overnight, "
              "and the SW (or the emergency duty team out of hours) will hold a strategy discussion the same "
              "day. If Jo cannot be reached or cannot have the children, the SW or EDT will place Maisie and "
              "Ellis together with foster carers that night. A second incident, or a positive breath test "
              "while the children are in Gareth's care, means the SW will request a legal planning meeting "
              "within 5 working days."),
        ("h1", "Review arrangements"),
        ("p", "Core group: every four weeks – 10/06/2025, 08/07/2025 and 05/08/2025, 4pm, Fernacre Family Hub."),
        ("p", "Review child protection conference: 21/08/2025, 10am, Fernacre Civic Centre."),
        ("p", "Record agreed by the chair, Yasmin Qureshi, and circulated on 03/06/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes, numbered agency paragraphs each ending with
#    "Agreed:" sentences (pdf, header + footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_fulbrae_core_group_paragraphs_okoye.pdf",
    "doc_title": "Core group minutes - Lacey and Rio Okoye - 01/07/2025",
    "split": "tune",
    "template": "core-group-minutes-numbered-agency-paragraphs-agreed-sentences-paged",
    "description": (
        "Exemplary third core group minutes for an 11-year-old and a 3-year-old (mother's emotionally "
        "unstable personality disorder and an overdose at home): numbered agency paragraphs, each an "
        "update followed by 'Agreed:' sentences with owner, timescale and measure, the CMHT care "
        "coordinator reporting on capacity to change, the children's words and play, outcomes, a "
        "contingency with the grandfather and aunt backed by foster care, a legal trigger, and the next "
        "core group and review conference dates."
    ),
    "header": "RESTRICTED · Fulbrae Council Children's Services · Family Safeguarding",
    "footer": "Core group minutes – 01/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting"),
        ("p", "Minutes – third core group of the child protection plan"),
        ("kv", [
            ("Children", "Lacey Okoye (11, Year 6 at St Luke's Primary) and Rio Okoye (3, Bumblebees Nursery "
                         "three days a week)"),
            ("Mum", "Shona Okoye"),
            ("Rio's dad", "Marcus Doyle – lives separately, has Rio on Saturdays"),
            ("Plan", "Initial conference 07/05/2025 – Emotional abuse"),
            ("Meeting", "Tuesday 01/07/2025, 9.30am, Fulbrae Family Hub"),
            ("Chair and minutes", "Eilidh Grant, Social Worker"),
            ("Present", "Shona Okoye; Des Okoye (maternal grandfather); Dionne Okoye (maternal aunt); Kerry "
                        "Walsh (care coordinator, Fulbrae CMHT); Mrs Farah Ahmed (DSL, St Luke's); Gemma "
                        "Rowntree (manager, Bumblebees Nursery); Claire Dunmore (HV); Eilidh Grant (SW)"),
            ("Apologies", "Marcus Doyle (sent his agreement to item 3.8 by text)"),
        ]),
        ("h1", "1. Why there is a plan"),
        ("p", "Shona has a diagnosis of emotionally unstable personality disorder. On 12 April she took an "
              "overdose of her medication while the children were at home, and Lacey found her and rang 999. "
              "Lacey has since told school she checks on her mum at night. The plan is about making sure "
              "Lacey and Rio are safe and cared for every day, and that Lacey does not carry this on her own."),
        ("h1", "2. How Lacey and Rio are"),
        ("p", "Lacey (seen on her own by Eilidh at school, 24/06): she said home is \"better than before\" "
              "and she likes that Grandad Des does the school run on Tuesdays and Thursdays \"because he "
              "plays his old music\". She still checks on Mum at night \"but only sometimes now\". She is "
              "nervous about starting at Fulbrae High and wants to be in a form with her friend Aaliyah. "
              "Rio (seen at home, 27/06): he showed Eilidh his dinosaur game, chatted about \"Daddy's "
              "house\" and went to Shona for a cuddle when he bumped his head. Nursery say he has started "
              "joining in at circle time."),
        ("h1", "3. Updates and what was agreed"),
        ("boldp", "3.1 Shona"),
        ("p", "Shona said the last two weeks had been hard because of a letter about her benefits, but she "
              "had used the skills from her group and rung Dionne rather than \"doing something stupid\". "
              "Her medication has been kept in the locked box since the last core group. Agreed: Shona will "
              "keep her medication in the locked box with Dionne holding the key, Dionne will give her one "
              "day's tablets each morning and tick the chart, and Eilidh will check the chart at every visit."),
        ("boldp", "3.2 Adult mental health – Kerry Walsh, Fulbrae CMHT"),
        ("p", "Kerry said Shona has been to four of the five DBT skills group sessions since 4 June and has "
              "used her crisis plan twice. Agreed: Kerry will see Shona every two weeks and, with the DBT "
              "therapist, will write a report for the review conference on whether Shona is using the skills "
              "to keep herself and the children safe, what still needs to change and how long that is likely "
              "to take; the report will be with Eilidh by 25/07/2025."),
        ("boldp", "3.3 St Luke's Primary – Mrs Ahmed"),
        ("p", "Lacey's attendance this term is 97% and she has joined the lunchtime art club. She had one "
              "upset morning after a bad night at home, which she talked about with Mrs Ahmed. Agreed: "
              "Mrs Ahmed will meet Lacey every Monday morning and email Eilidh each Friday with her "
              "attendance and anything Lacey has said about home. Agreed: before 18/07/2025 Mrs Ahmed will "
              "hold a transition meeting with the DSL at Fulbrae High and send Eilidh the notes, so that "
              "Lacey's weekly check-ins carry on from September."),
        ("boldp", "3.4 Bumblebees Nursery – Gemma Rowntree"),
        ("p", "Rio has been in on all his days since the last core group. His speech is still behind, and "
              "staff have noticed him getting cross when he cannot make himself understood. Agreed: Gemma "
              "will record Rio's arrival time, who brings and collects him and how he presents on each "
              "nursery day, and send Eilidh the record every Friday."),
        ("boldp", "3.5 Health visiting – Claire Dunmore"),
        ("p", "Rio's weight and height are on the 50th centile. Agreed: Claire will complete Rio's speech "
              "and language screen at nursery by 11/07/2025 and share the result with Eilidh and the nursery."),
        ("boldp", "3.6 Family – Des and Dionne"),
        ("p", "Des has done every Tuesday and Thursday school and nursery run since May, when Shona has her "
              "DBT group. Dionne has stayed over twice when Shona rang her. Agreed: Des will do the school "
              "and nursery run every Tuesday and Thursday, and the school and nursery registers will show who "
              "brought the children. Agreed: Dionne will stay overnight on any night Shona tells her or Eilidh "
              "that she is having thoughts of harming herself, and will text Eilidh or the EDT the next "
              "morning to say she stayed."),
        ("boldp", "3.7 Social worker – Eilidh Grant"),
        ("p", "Eilidh has visited weekly, including two unannounced visits. Agreed: Eilidh will visit every "
              "week, at least one visit in three unannounced, see Lacey on her own and Rio at play, and write "
              "in her visit notes what each child says and shows. Agreed: Eilidh will refer Lacey to Fulbrae "
              "Young Carers by 04/07/2025 and bring the acceptance letter to the next core group."),
        ("boldp", "3.8 Rio's time with his dad"),
        ("p", "Saturdays with Marcus have gone well and Rio comes back happy. Agreed: Marcus will have Rio "
              "every Saturday from 10am to 4pm and he and Shona will sign the contact book at each handover."),
        ("h1", "4. What we are working towards (from the plan)"),
        ("bullets", [
            "Lacey and Rio are cared for every day by an adult who is safe and well, and are never the "
            "ones who find Mum unwell.",
            "Lacey no longer checks on her mum at night, goes to art club and starts Fulbrae High with a "
            "trusted adult to talk to.",
            "Rio's speech comes on, and he goes to nursery on all his days, clean, fed and settled.",
        ]),
        ("h1", "5. Scaling (0 = not safe, 10 = safe enough to end the plan)"),
        ("p", "Shona 7, Des 7, Dionne 6, Kerry 6, Mrs Ahmed 6, Gemma 6, Claire 7, Eilidh 5."),
        ("h1", "6. Safety and contingency plan (re-agreed today)"),
        ("p", "If Shona tells anyone she is thinking of harming herself, or is found to have taken extra "
              "medication, the adult with her will ring 999, and Dionne (or Des if Dionne cannot come) will "
              "come and care for the children; Eilidh or the EDT will hold a strategy discussion the same "
              "day. If neither Dionne nor Des can come, Eilidh or the EDT will place Lacey and Rio together "
              "with emergency foster carers that day. If Shona stops going to the DBT group, or Kerry's report "
              "says she is not making the changes needed, Eilidh will ask her team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "7. Next meetings"),
        ("p", "Core group: every three weeks – next on 22/07/2025, 9.30am, Fulbrae Family Hub."),
        ("p", "Review child protection conference: 06/08/2025, 2pm, Fulbrae Council Offices."),
        ("p", "Minutes written by Eilidh Grant and sent to everyone present on 03/07/2025."),
    ],
    "findings": [],
})
