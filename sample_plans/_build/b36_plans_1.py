"""Batch 36, module 1: seven fictional plans (held out), places beginning with "y".

Everything here is made up: children, families, professionals, services,
hospitals, agencies and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Brief: core group notes whose action log comes last under "Actions agreed";
an unborn baby's plan written by a specialist midwifery team; a family and
friends (kinship) care plan with the grandparents' jobs; a plan for a
13-year-old young carer whose father has multiple sclerosis; a plan sent to
a mother in the body of an email; an independent fostering agency's
placement plan with the child's social worker's actions; and a plan made
jointly with the adult community mental health team for a mother with
bipolar disorder, setting out what her care coordinator will assess.
Three are exemplary (the midwifery plan, the young carer's plan and the
joint mental health plan).
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group meeting notes: attendance table with initials, numbered
#    agenda items, scaling, then the action log last under "Actions agreed"
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_yelverstoke_core_group_notes_actions_agreed_pickering.docx",
    "doc_title": "Core Group Meeting Notes - Jayden and Mollie Pickering",
    "split": "heldout",
    "template": "core-group-meeting-notes-attendance-initials-table-numbered-agenda-items-scaling-outcomes-contingency-then-actions-agreed-log-last-no-action-owner-by-when-evidence",
    "description": (
        "Notes of the second core group for a 7-year-old and a 3-year-old (neglect: damp flat, child "
        "sleeping on the sofa, toddler losing weight; father's cannabis and cocaine use, mother's anxiety). "
        "Agenda items with agency updates, the children's words and scaling come first; the action log is "
        "last under 'Actions agreed'. Talking Space only supports the mother and its measure is "
        "'engagement'; the bedroom row's measure is 'Improvement in home conditions'; the family support "
        "referral has no owner and is 'ASAP'; the optician is 'when she can'; 'Core group' owns one row; "
        "the nursery row has no measure; the housing letter is 'Ongoing'. The contingency only says the "
        "core group will 'reconvene and consider next steps', and no legal step is named."
    ),
    "blocks": [
        ("title", "Core Group Meeting Notes"),
        ("p", "Yelverstoke Metropolitan Borough Council – Children's Social Care – Locality Team West"),
        ("kv", [
            ("Children", "Jayden Pickering (7), DOB 02/06/2018, Year 3 at Fernlea Primary; "
                         "Mollie Pickering (3), DOB 21/04/2022, Little Acorns Nursery"),
            ("Address", "22 Calder Walk, Yelverstoke"),
            ("Plan", "Child protection plans since the initial conference on 07/08/2025 – category: neglect"),
            ("Meeting", "Core group 2"),
            ("Date, time, venue", "Tuesday 16/09/2025, 1.30pm to 3.05pm, Fernlea Primary (community room)"),
            ("Chair", "Rachel Ashdown, social worker"),
            ("Notes", "Priya Samra, business support – typed 18/09/2025"),
        ]),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Name", "Initials", "Role / agency", "Attended"],
            "widths": [4.0, 2.0, 7.5, 3.5],
            "rows": [
                ["Shannon Pickering", "SP", "Mum", "Yes"],
                ["Craig Dolan", "CD", "Dad (lives with Shannon and the children)", "Yes – left 2.40pm for work"],
                ["Rachel Ashdown", "RA", "Social worker, Locality Team West", "Yes – chair"],
                ["Kirsty Nuttall", "KN", "Health visitor, Yelverstoke 0–19 Service", "Yes"],
                ["Sean Fairhurst", "SF", "Recovery worker, Forward Yelverstoke (drug and alcohol service)", "Yes"],
                ["Mrs Dawn Oyelowo", "DO", "Designated safeguarding lead, Fernlea Primary", "Yes"],
                ["Leah Greaves", "LG", "Room leader, Little Acorns Nursery", "Yes"],
                ["Bryony Hale", "BH", "Practitioner, Talking Space (NHS talking therapies)", "Apologies – update by email"],
            ],
        }),
        ("h2", "1. Introductions and purpose of the meeting"),
        ("p", "RA reminded everyone that the core group's job is to put the child protection plan into action "
              "and to check whether it is making a difference for Jayden and Mollie. What is shared today stays "
              "within the core group. SP and CD had been sent the conference plan and the notes of core group 1 "
              "and said they had read them."),
        ("h2", "2. Actions from core group 1 (19/08/2025)"),
        ("p", "RA went through last time's actions. The HV home visit and Mollie's nursery start are done. "
              "Craig has been to Forward every week since 20/08; his last two screens were negative for cocaine "
              "and positive for cannabis. The family support referral has not gone in because the referral form "
              "changed, and RA apologised for this. The back bedroom has not been cleared. Jayden's eye test was "
              "done at school in September and he needs glasses."),
        ("h2", "3. Updates from the family and agencies"),
        ("p", "SP said things are \"getting there\". She is taking Mollie to nursery most days and has been to two "
              "Talking Space sessions. Mornings are still the hardest because she does not sleep well, and "
              "Jayden has been late four times since term started. She wants help with the damp in the back "
              "bedroom, which is why Jayden is still sleeping on the sofa."),
        ("p", "CD said he has cut down on cannabis and has not used cocaine since the conference. He smokes in "
              "the yard now, never in the flat. He works evenings at the car wash three nights a week."),
        ("p", "KN saw Mollie at home on 09/09. Her weight has dropped from the 25th to the 9th centile and she "
              "has about 20 words, which is behind for her age. Her teeth have not been checked by a dentist. "
              "There was food in the kitchen, but the living room floor was covered in clothes and there were "
              "cigarette ends in a saucer on the windowsill."),
        ("p", "SF confirmed Craig's weekly attendance and the screen results. Craig has set himself the goal of "
              "stopping cannabis by the end of October."),
        ("p", "DO: Jayden's attendance this term is 88%. He has been late four times and came in hungry twice. "
              "His reading is going well. He told his class teacher he sleeps \"on the settee with the telly "
              "on\"."),
        ("p", "LG: Mollie has come to 7 of her 9 sessions. She is settling better and eats everything at snack "
              "time."),
        ("p", "BH (by email, read out by RA): Shannon has been to 2 of 3 sessions for anxiety and low mood; she "
              "missed the third because Mollie was ill."),
        ("h2", "4. What Jayden and Mollie are saying and showing us"),
        ("p", "RA saw Jayden on his own at school on 11/09. He said: \"Home is OK. I don't like it when Dad and "
              "Mum shout about money.\" He wants his own bed back \"like before the black stuff came on the "
              "wall\" and he would like to go to football club with his friend Aaron. On his three houses he put "
              "\"Mum's cuddles\" in the house of good things and \"sleeping on the settee\" in the house of "
              "worries."),
        ("p", "Mollie is too young to tell us what she thinks. At nursery she heads straight for the home corner "
              "and \"makes tea\" for the staff. On RA's visit on 04/09 her nappy had not been changed for some "
              "time and she was hungry; she went to Craig for a cuddle when he came in from the yard."),
        ("h2", "5. How safe are Jayden and Mollie? (scaling)"),
        ("p", "0 means the children are not safe at home and 10 means everyone is confident they are safe enough "
              "for the plan to end. SP 7, CD 7, KN 4, DO 5, LG 6, SF 6, RA 4. Professionals scored lower because "
              "of Mollie's weight, where Jayden is sleeping and Jayden arriving late and hungry."),
        ("h2", "6. Outcomes for Jayden and Mollie (from the conference plan, unchanged)"),
        ("bullets", [
            "Jayden sleeps in his own bed in a dry bedroom every night and gets to school on time, having had "
            "breakfast.",
            "Mollie is fed, changed and kept clean, her weight gets back to the 25th centile and her speech is "
            "helped to catch up.",
            "Jayden and Mollie are cared for by adults who are not under the influence of drugs and who do not "
            "argue in front of them.",
        ]),
        ("h2", "7. Contingency plan"),
        ("p", "If things do not improve, or there are further concerns about the children's care, the core group "
              "will reconvene and consider next steps, including whether Jayden and Mollie's needs can be met at "
              "home."),
        ("h2", "8. Next meetings"),
        ("p", "Core group every 4 weeks: 14/10/2025 and 11/11/2025, both at 1.30pm at Fernlea Primary. Review "
              "child protection conference: Thursday 27/11/2025, 10am, Yelverstoke Civic Hall."),
        ("h2", "Actions agreed"),
        ("table", {
            "header": ["No.", "Action", "Owner", "By when", "Evidence it is done"],
            "widths": [1.0, 6.0, 2.6, 2.8, 4.6],
            "rows": [
                ["1", "Home visits, one unannounced each month: see Jayden on his own and Mollie awake, and check "
                      "where both children slept, Mollie's nappy and the food in the kitchen",
                 "RA (SW)", "Every 2 weeks",
                 "Visit record notes where each child slept, the state of Mollie's nappy and what Jayden says, "
                 "in his own words"],
                ["2", "Weigh Mollie and complete her developmental review with an ASQ-3, and refer her to the "
                      "community dentist",
                 "KN (HV)", "By 30/09/2025",
                 "Weight and ASQ-3 scores in the red book and emailed to RA; dentist's appointment letter seen"],
                ["3", "Key-work with Craig, with a urine screen at each session and a written update on his "
                      "cannabis and cocaine use and what it means for the children",
                 "SF (Forward)", "Weekly; update before each core group",
                 "Screen results and SF's written update read out at each core group"],
                ["4", "Talking Space sessions to support Shannon with her anxiety and low mood",
                 "BH (Talking Space)", "Weekly, 8 sessions from 02/09/2025",
                 "Shannon's engagement with sessions"],
                ["5", "Clear the back bedroom, throw out the mouldy mattress and set up Jayden's bed",
                 "SP and CD", "By 30/09/2025",
                 "Improvement in home conditions"],
                ["6", "Referral to Yelverstoke Family Support for a worker to help with the morning routine and "
                      "getting Jayden to school on time",
                 "–", "ASAP",
                 "Referral accepted and the worker's first session date given to RA"],
                ["7", "Take Jayden to the optician to choose his glasses and make sure he wears them at school",
                 "SP", "When she can",
                 "DO to confirm Jayden is wearing his glasses in class"],
                ["8", "Tell RA the same day about any worry about the children's care, Craig's drug use or "
                      "arguments at home",
                 "Core group", "Same day",
                 "Worries logged on the children's file with the date and what was done"],
                ["9", "Bring Mollie to nursery for all three funded mornings each week (Monday, Tuesday, "
                      "Wednesday)",
                 "SP", "Every week from 22/09/2025",
                 ""],
                ["10", "Write to Brookfold Homes about the damp in the back bedroom and the broken boiler, with a "
                       "supporting letter from the HV",
                 "RA with SP", "Ongoing",
                 "Copy of the letter and Brookfold's reply given to SP and shared with the core group"],
                ["11", "Find Jayden a place at the Thursday football club and pay the fee from the child in need "
                       "budget",
                 "DO (DSL), with RA", "By 03/10/2025",
                 "Jayden's name on the club register; DO reports his attendance at the next core group"],
            ],
        }),
        ("p", "Notes agreed by RA 18/09/2025 and sent to everyone who attended and to BH."),
    ],
    "findings": [
        F("H001", "Talking Space sessions to support Shannon with her anxiety"),
        F("M002", "Talking Space sessions to support Shannon with her anxiety"),
        F("M002", "Clear the back bedroom, throw out the mouldy mattress"),
        F("W001", "Referral to Yelverstoke Family Support for a worker"),
        F("T002", "Referral to Yelverstoke Family Support for a worker"),
        F("T002", "Take Jayden to the optician to choose his glasses"),
        F("W002", "Tell RA the same day about any worry"),
        F("M001", "Bring Mollie to nursery for all three funded mornings"),
        F("T002", "Write to Brookfold Homes about the damp in the back bedroom"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Unborn baby's plan written by a hospital specialist midwifery team:
#    timing-first table under pregnancy-stage banner rows, alert box, "Baby's
#    world now". Exemplary (pdf with header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_yarrowby_specialist_midwife_timing_first_banners_ferrie.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Unborn Baby Ferrie",
    "split": "heldout",
    "template": "specialist-midwifery-team-prebirth-plan-paged-alert-box-babys-world-now-then-timing-first-column-table-under-pregnancy-stage-banner-rows-contacts-list",
    "description": (
        "Exemplary pre-birth plan written by a hospital's specialist midwifery team with the local "
        "authority, for the unborn baby of a 20-year-old care leaver (father's violence in pregnancy, "
        "mother's cannabis use). Alert box, the baby's world now, parents' views, outcomes for the baby, "
        "then a table with the timing first (gestation or event) under banner rows for each stage. Every "
        "row has a named lead, a timing and a record that shows it is done; the drug service reports; the "
        "aunt's overnight stays have a fallback; core group and review dates are set and a legal planning "
        "meeting follows cannabis use at 36 weeks or further violence."
    ),
    "header": "Yarrowby and Dunsford Hospitals NHS Foundation Trust | Specialist Midwifery Team | RESTRICTED – SAFEGUARDING",
    "footer": "Unborn baby Ferrie – pre-birth child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan – Unborn Baby Ferrie"),
        ("p", "Written by the Specialist Midwifery Team (Safeguarding and Vulnerable Pregnancies) with Yarrowby "
              "Borough Council Children's Services after the initial pre-birth child protection conference. The "
              "plan is held on MatNotes with an active birth alert, and Kayleigh has a copy in her hand-held "
              "notes."),
        ("h2", "Alert summary"),
        ("kv", [
            ("Mother", "Kayleigh Ferrie, 20 (DOB 14/03/2005)"),
            ("Address", "Flat 6, Reedmace Court, Yarrowby"),
            ("Estimated date of delivery", "04/12/2025 – 31+0 weeks at conference"),
            ("Baby's father", "Dean Mottram, 24, lives separately on Orchard Road, Yarrowby"),
            ("Conference", "Initial pre-birth child protection conference, 02/10/2025 – category: emotional abuse"),
            ("Booked to deliver at", "Yarrowby Women's Unit, Delivery Suite, Level 2"),
            ("Lead for this plan", "Rhian Colley, specialist midwife (safeguarding)"),
            ("Community midwife", "Gemma Sayers, Riverside team"),
            ("Social worker", "Oona Heggarty, Pre-birth and Infant Team, Yarrowby Children's Services"),
            ("Health visitor", "Sadia Mir, Yarrowby 0–19 Service"),
        ]),
        ("h2", "1. Why Baby needs a plan"),
        ("p", "Kayleigh grew up in foster care and left care at 18. She booked late, at 19 weeks, and told the "
              "booking midwife she had been smoking cannabis every day to help her sleep. On 26/07/2025 police "
              "were called to her flat after neighbours heard shouting; Kayleigh had a bruise on her arm and "
              "said Dean had pushed her against the door. She was 20 weeks pregnant. She did not support a "
              "prosecution. Dean has a caution for assaulting a previous partner in 2022. Kayleigh and Dean say "
              "they are still together but Dean no longer stays overnight."),
        ("p", "Since August Kayleigh has come to every antenatal appointment. She has cut down to one joint on "
              "some evenings and says she wants to stop completely before Baby is born. She has bought clothes "
              "and a Moses basket but has no cot or pram yet, and her one-bedroom flat has damp on the outside "
              "wall."),
        ("h2", "2. Baby's world now"),
        ("p", "Baby is growing well: the 28-week scan put Baby's estimated weight on the 45th centile, and Baby "
              "moves most in the evenings. Kayleigh's carbon monoxide reading was 11 ppm at booking and 4 ppm at "
              "28 weeks. When Kayleigh smokes cannabis, Baby is exposed to it too. Baby has already been present, "
              "in the womb, during at least one incident of violence. Kayleigh talks to the bump and plays it "
              "music at night; she has chosen the names Ruby or Ezra. The Moses basket is ready at the side of "
              "her bed."),
        ("h2", "3. What Kayleigh and Dean told us"),
        ("p", "Kayleigh: \"I want to prove I can be a mum. I never had one who was there.\" She would like her "
              "aunt Lorraine with her when Baby comes home. Dean said he will do \"whatever it takes\" and has "
              "started the Choices programme; he does not agree that he pushed Kayleigh."),
        ("h2", "4. What we want for Baby"),
        ("bullets", [
            "Baby is born free of the effects of cannabis and comes home to a smoke-free flat.",
            "Baby is never in a room where adults are fighting, and Baby and Kayleigh are safe from violence.",
            "Baby is fed, kept warm and sleeps on their back in their own cot or Moses basket, and gains weight "
            "steadily in the first weeks.",
            "Baby has a mum who knows who to call for help, and someone from the network sees Baby every day for "
            "the first two weeks at home.",
        ]),
        ("h2", "5. The plan"),
        ("table", {
            "header": ["Timing (gestation or event)", "What will happen", "Named lead",
                       "How we will know / where it is recorded"],
            "widths": [3.2, 5.6, 3.4, 4.8],
            "rows": [
                ["From now until 36 weeks (06/11/2025)", H, H, H],
                ["31 weeks, then every 2 weeks to 36 weeks; growth scans at 32 and 36 weeks",
                 "Antenatal appointments at the Women's Unit, with Kayleigh seen on her own for part of each one: "
                 "carbon monoxide test, cannabis use and how things are with Dean",
                 "Rhian Colley, specialist midwife",
                 "Each appointment written up on MatNotes; CO reading and scan results emailed to the SW within 2 "
                 "working days"],
                ["Weekly from 07/10/2025",
                 "Key-work on cannabis with Kayleigh, a urine screen each week and a written update on her use "
                 "and what it means for Baby's safety",
                 "Marcus Bell, key worker, Compass Drug and Alcohol Service",
                 "Screen results and the written update sent to the SW and specialist midwife before each core "
                 "group"],
                ["By 24/10/2025",
                 "DASH risk checklist with Kayleigh on her own, and a written safety plan for the rest of the "
                 "pregnancy and after Baby is born",
                 "Jas Kaur, IDVA, Yarrowby Domestic Abuse Service",
                 "DASH score and a copy of the safety plan on MatNotes and sent to the SW; Kayleigh keeps her own "
                 "copy"],
                ["Every Wednesday, 6–8pm, for 14 weeks from 08/10/2025",
                 "Attend the Choices programme for men who use abuse in relationships",
                 "Dean Mottram; facilitator Neil Garvey reports to the SW",
                 "Attendance sheet sent to the SW each month; mid-programme report by 19/11/2025"],
                ["Antenatal contact at 34 weeks (by 23/10/2025)",
                 "HV home visit with Kayleigh, and Dean if he is there: safe sleep, coping with crying (ICON) "
                 "and feeding",
                 "Sadia Mir, health visitor",
                 "Cot or Moses basket seen set up; ICON sheet signed and recorded on the HV record"],
                ["Written report by 30/10/2025 (about 35 weeks)",
                 "Pre-birth assessment of Kayleigh and Dean as parents, including how they will keep Baby away "
                 "from arguments and violence",
                 "Oona Heggarty, SW",
                 "Assessment report shared with the core group on 06/11/2025"],
                ["By 31/10/2025",
                 "Help Kayleigh claim her setting-up-home grant and buy a cot, mattress and pram for Baby",
                 "Tom Reeve, personal adviser, Yarrowby Leaving Care Service",
                 "Receipts shown to the SW; cot and pram seen by the HV at the antenatal contact"],
                ["From 36 weeks to the birth", H, H, H],
                ["At 36 weeks (06/11/2025)",
                 "Safeguarding birth plan meeting with Kayleigh: go through this plan, the ward arrangements and "
                 "who may visit",
                 "Rhian Colley, with Oona Heggarty",
                 "Birth plan signed by Kayleigh, filed in the hand-held notes and scanned onto MatNotes the same "
                 "day"],
                ["At the 36-week appointment (06/11/2025)",
                 "Urine screen for cannabis",
                 "Rhian Colley, specialist midwife",
                 "Result on MatNotes and sent to the SW within 2 working days; a positive result starts the "
                 "contingency plan"],
                ["In hospital after the birth", H, H, H],
                ["On admission in labour, any time of day or night",
                 "Check the birth alert and ring the SW (or the emergency duty team out of hours) to say Kayleigh "
                 "has been admitted",
                 "Delivery suite coordinator on shift",
                 "Time of the call written on MatNotes and logged by the SW or the duty team"],
                ["Every shift from the birth until discharge",
                 "Observe and write down how Kayleigh feeds, holds and settles Baby, and who visits",
                 "Midwife caring for Kayleigh and Baby on the postnatal ward",
                 "Safeguarding observation sheet filled in each shift and sent to the SW with the discharge "
                 "summary"],
                ["Before discharge, and not before Baby is 48 hours old",
                 "Discharge planning meeting on the ward; Baby goes home only once the SW has agreed the "
                 "discharge in writing",
                 "Oona Heggarty, SW, with the postnatal ward manager",
                 "Signed discharge plan on MatNotes; copies to Kayleigh, the community midwife and the HV"],
                ["The first 28 days at home", H, H, H],
                ["Days 1, 2, 3, 5 and 10 after discharge, then days 14, 21 and 28",
                 "Postnatal visits at home: weigh Baby, check feeding and see where Baby slept",
                 "Gemma Sayers, community midwife",
                 "Weight, feeds and sleeping place recorded at each visit; summary emailed to the SW every "
                 "Friday"],
                ["Every night for the first 14 nights at home",
                 "Stay overnight at the flat to help with night feeds and make sure Baby sleeps in the Moses "
                 "basket",
                 "Lorraine Ferrie, Kayleigh's aunt",
                 "Night book signed by Lorraine each morning and read by the community midwife at each visit"],
                ["Weekly for the first 4 weeks, then every 2 weeks",
                 "Home visits to see Baby, at least one unannounced each fortnight",
                 "Oona Heggarty, SW",
                 "Visit record says where Baby slept, how Baby was fed and who was in the flat"],
                ["New birth visit by day 14, then weekly until Baby is 8 weeks old",
                 "Weigh Baby and check Kayleigh's mood and how she is managing at night",
                 "Sadia Mir, health visitor",
                 "Weight plotted in the red book; mood score recorded and shared with the SW each week"],
            ],
        }),
        ("h2", "6. Who to ring"),
        ("kv", [
            ("Specialist midwifery team", "Rhian Colley, weekdays 8am to 4pm, via the Women's Unit switchboard"),
            ("Delivery suite coordinator", "24 hours, via the Women's Unit switchboard"),
            ("Social worker", "Oona Heggarty, Pre-birth and Infant Team, weekdays"),
            ("Out of hours", "Yarrowby Emergency Duty Team, evenings, weekends and bank holidays"),
        ]),
        ("h2", "7. If things go wrong"),
        ("p", "If Kayleigh's 36-week screen or Baby's test at birth is positive for cannabis, Kayleigh is under "
              "the influence on the ward, Dean comes to the ward or the flat outside this plan, or there is any "
              "further violence: the midwife in charge will ring the SW (or the emergency duty team out of "
              "hours) straight away, and the police on 999 if anyone is in danger. The SW will hold a strategy "
              "discussion the same day. Baby will not go home with Kayleigh: Baby will stay on the ward until "
              "discharged to the approved foster carers the SW has identified, Sheila and Roy Benning, or with "
              "Kayleigh to a mother and baby foster placement if the strategy discussion agrees that."),
        ("p", "If Lorraine cannot stay at the flat on any of the first 14 nights, Kayleigh will ring Gemma Sayers "
              "or the postnatal ward that day, and Kayleigh and Baby will spend those nights at Carrick House "
              "residential family centre, where the SW has a place held for them."),
        ("p", "If Kayleigh is still using cannabis at 36 weeks, or there is any further violence before the birth, "
              "the SW will ask her team manager for a legal planning meeting within 5 working days to decide "
              "whether to start the pre-proceedings (PLO) process."),
        ("h2", "8. Meetings"),
        ("bullets", [
            "Core group every 3 weeks at the Yarrowby Women's Unit, Room 2.14, at 2pm: 16/10/2025, 06/11/2025 "
            "and 27/11/2025.",
            "Review child protection conference: 18/12/2025, 10am, Yarrowby Town Hall.",
        ]),
        ("p", "Plan written by Rhian Colley, specialist midwife (safeguarding), 03/10/2025, and agreed with Oona "
              "Heggarty, SW. Shared with Kayleigh and Dean on 03/10/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Family and friends (kinship) care plan: arrangement facts table, the
#    grandparents' jobs table, then everyone else's part (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_yonderleigh_kinship_care_plan_grandparents_jobs_hale.md",
    "split": "heldout",
    "template": "family-and-friends-kinship-care-plan-md-arrangement-facts-table-then-nan-and-grandads-jobs-table-then-everyone-elses-part-table",
    "description": (
        "Family and friends care plan for a 10-year-old and a 5-year-old living with their maternal "
        "grandparents by family arrangement while on child protection plans (mother's drinking). The "
        "grandparents' jobs are in their own table, then everyone else's part. The eczema job is 'As and "
        "when', ringing the SW has no measure, 'The family' keeps in touch with the father's side "
        "'Regularly', the mother's alcohol group is measured by 'Engagement', the kinship assessment has "
        "no output and the money row has no owner. The contingency covers the mother drinking or taking "
        "the children but never says what happens if the grandparents (grandad recently had heart "
        "surgery) cannot carry on."
    ),
    "text": """\
# Family and Friends Care Plan

**Yonderleigh County Council – Kinship Care and Family Network Service**
Linked to the child protection plans made at the initial conference on 28 August 2025 (category: neglect)

| | |
|---|---|
| Children | Reuben Hale (10), Year 6, and Isla Hale (5), Reception – both at St Wilfrid's CE Primary |
| Living with | Pauline and Trevor Sowden, their maternal grandparents, 4 Bramley Rise, Yonderleigh |
| Since | 22 August 2025, by agreement with their mum (a family arrangement, not a foster placement) |
| Mum | Becky Hale (31), 17b Station Parade, Yonderleigh |
| Dad | Lee Hale – no contact since 2021; his sister Nicola and her children live in Kirkhallam |
| Children's social worker | Anil Mistry, Safeguarding Team South |
| Kinship social worker | Gwen Tremlow, Kinship Care and Family Network Service |
| This plan agreed | Family network meeting at Bramley Rise, 11 September 2025 |

## Why Reuben and Isla are living with Nan and Grandad

Becky has been drinking heavily since the start of the year. On 19 August Reuben rang his Nan at
11pm because Becky was asleep on the kitchen floor and he could not wake her; Isla had been sick in
her bed and nobody had changed it. Paramedics came and Becky was taken to hospital. The next day
Becky agreed that the children would stay with her parents while she gets help. Becky's ex-partner,
Jordan Kemp, was violent to her in front of Reuben last year and has now moved away.

Pauline (64) works three mornings a week at Yonderleigh library. Trevor (67) had heart bypass
surgery in March; he still drives but has been told not to lift anything heavy.

## What Reuben and Isla say

Reuben (seen on his own at school, 9 September): "I like it at Nan's because it's calm and there's
always food. I miss my own room and my Xbox. I want Mum to get better but I don't want to go back
till she's stopped drinking properly." He worries about his Grandad: "He gets out of breath on the
stairs."

Isla (seen at Bramley Rise, 10 September) drew Nan, Grandad, Reuben and her cat Biscuit, and asked
when Biscuit can come to live at Nan's. She said, "Mummy was asleep on the floor and I was sick."
Pauline says Isla has wet the bed on some nights since she moved.

## What we want for Reuben and Isla

- They live somewhere calm, looked after by an adult who is sober, every day and every night.
- Reuben stops feeling he has to look after his mum and his sister, and gets ready for secondary school.
- Isla's eczema and bedwetting are looked after and she settles happily in Reception.
- They see their mum safely, at times they can count on, and they are told what is happening.

## Nan and Grandad's jobs

| Job | Who | When | How we will know |
|---|---|---|---|
| Look after Reuben and Isla day to day at Bramley Rise: meals, baths, bedtimes and getting ready for school | Pauline and Trevor Sowden | Every day | School register; the SW sees the children's rooms and routine at each visit |
| Be there the whole time Becky sees the children, at Bramley Rise only; Becky does not take them out on her own | Pauline Sowden (Nan) | Tuesdays and Thursdays 4–6pm, Sundays 1–4pm | Family time book signed by Pauline and Becky after each visit and read by the SW |
| Walk Isla to school in the morning and collect both children at 3.15pm | Trevor Sowden (Grandad) | Every school day | St Wilfrid's collection log |
| Keep up Isla's eczema creams and take her to the skin clinic at Yonderleigh General | Pauline Sowden (Nan) | As and when | Isla's skin seen by the school nurse at her check |
| Ring the SW if Becky rings or turns up after drinking | Pauline Sowden (Nan) | Same day | – |
| Keep Reuben and Isla in touch with their cousins on Lee's side in Kirkhallam | The family | Regularly | Visits and phone calls written on the kitchen calendar |
| Go to the kinship carers' group | Pauline and Trevor Sowden | First Wednesday of each month, 10am, The Old School House | Group attendance list sent to Gwen each month |

## Everyone else's part

| What | Who | When | How we will know |
|---|---|---|---|
| Go to the Steps Recovery group and key-work sessions | Becky Hale | Tuesdays and Fridays | Engagement with Steps |
| Breath test at every key-work session, and a written update on Becky's drinking and what it would mean for the children coming home | Dom Whiteley, key worker, Steps Recovery (Yonderleigh Alcohol Service) | Every Friday; update before each core group | Breath test results and the written update read at each core group |
| Visit Reuben and Isla at Bramley Rise and see each child on their own | Anil Mistry, SW | Every 2 weeks, one visit a month unannounced | Visit records with the children's own words |
| Complete a kinship assessment of Pauline and Trevor, including Trevor's health and how long they can keep caring | Gwen Tremlow, kinship SW | By 28/11/2025 |  |
| Sort out Child Benefit and the kinship allowance so the money for the children goes to Pauline and Trevor | – | By 17/10/2025 | Child Benefit in Pauline's name; allowance award letter seen by the SW |
| Weekly check-in with Reuben and a place in the Year 6 nurture group | Mrs Hina Qureshi, DSL, St Wilfrid's | Every Monday | DSL notes; anything Reuben says about home passed to the SW the same day |
| Check Isla's eczema and make a bedwetting plan with Pauline | Jo Fenwick, school nurse | By 24/10/2025 | Letter to Pauline and the SW setting out Isla's care plan |

## If things go wrong

If Becky comes to Bramley Rise having had a drink, or rings the children when she is drunk, Pauline
will not let her in (or will end the call) and will ring the SW the same day. If Becky will not
leave, Pauline will ring 999. Family time stops until the SW has seen Becky.

If Becky tries to take Reuben or Isla home without agreement, Pauline or Trevor will ring the police
on 999 and the SW (or the out-of-hours team, number on the fridge) straight away, and the SW will
hold a strategy discussion the same day.

If Becky drinks again after a month without alcohol, or misses two breath tests in a row, the SW will
ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks at St Wilfrid's, 3.45pm: 25 September, 23 October and 20 November 2025.
- Review child protection conference: 13 November 2025, 10am, Yonderleigh County Hall.

*Agreed at Bramley Rise by Pauline Sowden, Trevor Sowden and Becky Hale, with Anil Mistry (SW) and
Gwen Tremlow (kinship SW), 11 September 2025.*
""",
    "findings": [
        F("T002", "Keep up Isla's eczema creams and take her"),
        F("M001", "Ring the SW if Becky rings or turns up after drinking"),
        F("W002", "Keep Reuben and Isla in touch with their cousins"),
        F("T002", "Keep Reuben and Isla in touch with their cousins"),
        F("M002", "Go to the Steps Recovery group and key-work sessions"),
        F("M001", "Complete a kinship assessment of Pauline and Trevor"),
        F("W001", "Sort out Child Benefit and the kinship allowance"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Young carer (13) whose father has multiple sclerosis: a "caring jobs
#    handover" table (job Cerys does now | what happens instead | who | from
#    when | how we'll know she has stopped), then the other actions.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_yeldwick_young_carer_jobs_handover_holbrook.docx",
    "doc_title": "Child Protection Plan - Cerys Holbrook",
    "split": "heldout",
    "template": "young-carer-cp-plan-caring-jobs-handover-table-job-now-what-instead-who-from-when-how-well-know-then-other-actions-table",
    "description": (
        "Exemplary child protection plan for a 13-year-old who has been her father's main carer since "
        "his multiple sclerosis worsened (neglect: personal care at night, missed school). A 'caring jobs "
        "handover' table says, for each job she does now, what will happen instead, who does it, from "
        "when and how we'll know she has stopped; a second table holds the other actions. Adult social "
        "care and the MS nurse own actions, her own words and outcomes are recorded, the contingency "
        "covers her aunt being unable to have her, and core group, review and legal planning are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Yeldwick Council – Children and Families – Safeguarding and Young Carers Pathway"),
        ("kv", [
            ("Young person", "Cerys Holbrook, born 11/06/2012 (13), Year 9 at Yeldwick Academy"),
            ("Lives with", "Gareth Holbrook (46), her dad, at 31 Tanners Row, Yeldwick"),
            ("Mum", "Nia Holbrook, lives in Spain; video calls with Cerys most Sundays"),
            ("Initial conference", "09/10/2025 – category: neglect"),
            ("Social worker", "Megan Tulloch, Safeguarding Team North"),
            ("Conference chair", "David Okonkwo"),
        ]),
        ("h1", "Why Cerys has a plan"),
        ("p", "Gareth has multiple sclerosis. Since a relapse in the spring he has needed help to get out of "
              "bed, to wash and dress, and to get to the toilet at night, and he has fallen several times. His "
              "care package stopped in June after a missed financial assessment, and since then Cerys has done "
              "almost all of his care: she helps him wash and dress before school, gets up when he falls or "
              "needs the toilet in the night, sorts his tablets into the days of the week and cooks most "
              "evenings. Her attendance has fallen to 78% and she has fallen asleep in lessons. On 23/09/2025 "
              "she was found by a neighbour at 2am trying to lift her dad off the bathroom floor."),
        ("p", "Gareth loves Cerys very much and is ashamed that she has had to do so much. He has agreed to "
              "carers coming in, which he refused in the summer."),
        ("h1", "What Cerys told us"),
        ("p", "Cerys (seen on her own at school on 02/10 and at home on 07/10): \"I don't mind helping Dad, I "
              "just don't want to do the toilet stuff any more. It's embarrassing for both of us.\" She said the "
              "worst part is the nights: \"If I hear a bang I'm up, and then I can't get back to sleep.\" She "
              "misses drama and would like to go back to Yeldwick Youth Theatre. She worries that if carers come "
              "in \"they'll take me off Dad\". On a scale of 0 to 10, where 10 is \"I can just be a normal kid\", "
              "she put herself at 3."),
        ("h1", "What we want for Cerys"),
        ("bullets", [
            "Cerys does not wash, dress, lift or take her dad to the toilet, day or night, because trained "
            "carers do this.",
            "Cerys sleeps through the night and is at school every day and on time, with attendance of at least "
            "92% by February half-term.",
            "Cerys has time that is her own: sleep, friends, drama and the young carers' club.",
            "Cerys knows exactly who to call if her dad falls or is unwell, and never has to cope on her own.",
        ]),
        ("h1", "Caring jobs: who takes them over"),
        ("table", {
            "header": ["Job Cerys does now", "What will happen instead", "Who", "From when",
                       "How we'll know Cerys has stopped"],
            "widths": [3.0, 4.4, 3.2, 2.6, 3.8],
            "rows": [
                ["Helping Dad wash, dress and have breakfast before school",
                 "A care worker comes every morning to help Gareth wash, dress and have breakfast",
                 "Yeldwick Home Support, arranged by Sunita Rao (Adult Social Care)",
                 "Every day from 13/10/2025, 7.15am",
                 "Care call log signed by the carer each morning; the SW reads it at every visit and asks "
                 "Cerys who helped her dad that week"],
                ["Getting up in the night when Dad falls or needs the toilet",
                 "Fit a bed lever, a night-time commode and a falls pendant linked to the Careline responder "
                 "service",
                 "Mark Pallister, occupational therapist, Yeldwick Adult Social Care",
                 "Fitted by 17/10/2025",
                 "Equipment delivery note on Gareth's record; Careline's monthly call log, showing who answered "
                 "each call, sent to the SW"],
                ["Sorting Dad's tablets into the days of the week",
                 "Supply Gareth's tablets in weekly blister packs, delivered to the house",
                 "Ravi Anand, pharmacist, Castle Street Pharmacy",
                 "Every Monday from 13/10/2025",
                 "Delivery sheet signed by Gareth; the SW sees the blister pack in use at each visit"],
                ["Cooking tea most evenings",
                 "A tea-time care call to make Gareth's meal with him, and a weekly online food order",
                 "Yeldwick Home Support (5pm call); Gareth places the food order",
                 "Tea-time calls Monday to Friday from 13/10/2025; order delivered every Friday",
                 "Care call log shows each tea-time call; delivery confirmations kept on the fridge for the SW"],
                ["Staying off school when Dad has a bad day",
                 "Gareth rings the Adult Social Care duty line, not Cerys's school, and an extra care call is "
                 "sent",
                 "Gareth Holbrook, with the Adult Social Care duty team",
                 "The same morning, on any day Gareth needs extra help",
                 "Cerys's attendance on the school register rises to at least 92% by February half-term"],
            ],
        }),
        ("h1", "Everything else that will happen"),
        ("table", {
            "header": ["Action", "Who", "When", "How we'll know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Care Act assessment of Gareth's needs day and night, written so that Cerys gives no personal "
                 "care",
                 "Sunita Rao, social worker, Yeldwick Adult Social Care", "By 17/10/2025",
                 "Care and support plan, with the time of every care call, sent to Gareth and the children's SW"],
                ["MS clinic review of Gareth's falls, continence and treatment, with a letter setting out the "
                 "care he needs so that Cerys does not have to give it",
                 "Claire Ruddock, MS specialist nurse, Yeldwick General Hospital",
                 "Clinic on 14/10/2025; letter by 21/10/2025",
                 "Clinic letter sent to the GP, Adult Social Care and the children's SW"],
                ["Young carer's needs assessment with Cerys, and a place at the Thursday young carers' club",
                 "Holly Dunn, Yeldwick Young Carers",
                 "Assessment by 24/10/2025; club every Thursday 4–6pm",
                 "Assessment and support plan sent to Cerys, Gareth and the SW; club register"],
                ["Write an emergency plan with Cerys and Gareth: who to ring if he falls, is unwell or goes into "
                 "hospital, and where Cerys will stay",
                 "Holly Dunn, Yeldwick Young Carers", "By 24/10/2025",
                 "Plan on the fridge and saved in Cerys's phone; copies to the SW and the school"],
                ["Home visits: see Cerys on her own, ask what caring she has done since the last visit and read "
                 "the care call log",
                 "Megan Tulloch, SW",
                 "Every 2 weeks; one visit a month at 7.30am to see the morning call",
                 "Visit record lists, in Cerys's words, any caring she did that fortnight"],
                ["Weekly check-in with Cerys, a card to leave lessons to ring home once a day, and a catch-up plan "
                 "for missed maths and science",
                 "Mr Kieran Lowe, Head of Year 9 and DSL, Yeldwick Academy", "Every Monday, period 1",
                 "Check-in log; attendance figure sent to the SW every 2 weeks"],
                ["Book Cerys back into Yeldwick Youth Theatre and pay this term's fees",
                 "Megan Tulloch, SW", "Booked by 17/10/2025; sessions every Wednesday",
                 "Youth Theatre register; Cerys tells the SW how it is going at each visit"],
                ["Have Cerys for tea and a sleepover so that she has one night a week off",
                 "Bethan Pryce (Gareth's sister)", "Every Friday from 17/10/2025",
                 "Fridays written on the family calendar, which the SW checks at each visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Gareth falls and cannot get up, is admitted to hospital, or two care calls in a row are missed, "
              "Cerys will follow her emergency plan (Careline first, then the Adult Social Care duty line, then "
              "her SW) and will not try to lift him. Cerys will stay with her aunt, Bethan Pryce, at 9 Coppice "
              "Lane that night and for as long as Gareth is in hospital. If Bethan cannot have her, the SW (or "
              "the out-of-hours team) will arrange for Cerys to stay with approved foster carers that night, and "
              "she will be taken to visit her dad."),
        ("p", "If Gareth cancels the care calls and Cerys is found doing his personal care again, the SW will "
              "hold a strategy discussion within one working day. If that happens twice, or Cerys's attendance "
              "is still below 85% at the core group on 20/11/2025, the SW will ask her team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Yeldwick Academy, 4pm: 23/10/2025, 20/11/2025 and 18/12/2025. Review "
              "child protection conference: 08/01/2026, 10am, Yeldwick Council House."),
        ("p", "Plan agreed at conference on 09/10/2025 and read through with Cerys and Gareth at home by Megan "
              "Tulloch on 10/10/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. The plan sent to the mother in the body of an email after conference,
#    with capital-letter lead-ins and numbered "what happens next" items (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_yaxhollow_email_body_plan_to_mum_whittle.txt",
    "split": "heldout",
    "template": "sw-email-to-mum-plan-in-body-after-icpc-header-lines-caps-lead-in-sections-numbered-what-happens-next-sentences-signature-disclaimer-txt",
    "description": (
        "A social worker's email to a mother two days after the initial conference for a 9-year-old and a "
        "2-year-old (emotional abuse: arguments and police call-outs, partner's cocaine use, mother's "
        "depression), with the plan written out in the body. Voice, outcomes and a concrete contingency "
        "with legal planning are there, but the HV will pop in 'over the next few weeks' with no output, "
        "the Freedom Programme referral is passive, the school will 'keep an eye on' Lacey with no "
        "timescale, 'we'll all try to' help with the damp 'when we can', the family support referral is "
        "'ASAP', no adult service owns an action, and the review conference has not been booked."
    ),
    "text": """\
From:        Dominic Farrant (Yaxhollow Council - Children's Services)
Sent:        Thursday, 9 October 2025 17:48
To:          Leanne Whittle
Cc:          Ryan Coyle; Adele Brookes (Team Manager)
Subject:     Lacey and Mason - the plan from Tuesday's conference, in plain words
Importance:  High
Attachments: ICPC decision sheet 07-10-2025.pdf

Hi Leanne,

Thanks for staying to the end on Tuesday - I know it was a long morning
and a hard one to sit through. As promised, here is the plan written out
so you don't have to wade through the full minutes when they arrive
(they usually take about 15 working days). Ryan, I've copied you in as
we agreed.

WHY THERE IS A PLAN
The conference decided that Lacey and Mason should have child protection
plans under the category of emotional abuse. The main worries are the
arguments between you and Ryan, including the one on 14 September when
the police were called and Mason was in the room; Ryan's cocaine use;
and how low you have been feeling since the summer. You told conference
you've started back on the sertraline Dr Hussain prescribed, and that
some days you can't face getting up.

WHAT LACEY AND MASON TOLD US
Lacey told me at school on 1 October: "I put my headphones on when they
shout but I can still hear it." She said the best thing at home is
"when Mum does my hair and we watch Bake Off", and she'd like Ryan to
"stop being grumpy in the mornings". Mason's nursery say he hides under
the table when a door bangs. When I visited he brought me his fire
engine and then wanted you to read him a story.

WHAT WE ALL WANT FOR THEM
- Lacey and Mason live in a calm home where the grown-ups don't shout,
  fight or throw things.
- Mason is never in the room when there's an argument, and he settles
  at nursery.
- Lacey can stop listening out for trouble and gets a good night's
  sleep.

WHAT HAPPENS NEXT
1. I'll visit every week, at least once a month without ringing first,
   and I'll see Lacey and Mason on their own and write down what they
   tell me.
2. Nadia Ashraf, your health visitor, will pop in to see you and Mason
   over the next few weeks.
3. A referral will be made to the Freedom Programme for you by
   24 October, and the group leader will send me a note of the sessions
   you go to.
4. Ryan has said he'll go back to Horizon (the drug and alcohol service)
   and do whatever testing they ask, and I'll ask Horizon for his
   results every month.
5. Lacey's school will keep an eye on her and let me know if anything
   worries them.
6. Little Owls nursery will email me Mason's attendance, and a line on
   how he's been, every Friday.
7. You've agreed Ryan won't stay overnight at the flat on any night,
   and I'll check this with Lacey, on her own, at every visit.
8. We'll all try to help you get the damp and the broken window sorted
   with Oakmere Housing when we can.
9. I'll refer you to the Family Support Team for help with Mason's
   bedtimes ASAP, and I'll send you a copy of the referral.
10. Mrs Kent, the school counsellor, will start weekly sessions with
    Lacey from 3 November and will send me a short note after every
    third session.

IF THINGS GET WORSE
If the police are called to the flat again, or Ryan stays over, or he
comes to the flat when he's been using, I (or the out-of-hours team if
it's an evening or a weekend) will come out the same day and hold a
strategy discussion with the police. Lacey and Mason would go to stay
with your sister Kerry on Oakmere Road, and if Kerry couldn't have them,
with foster carers that night. If any of that happens, Adele will also
hold a legal planning meeting to decide whether we need to go to court.
I know that's hard to read, but I'd rather you heard it from me now.

MEETINGS
The first core group is on Tuesday 21 October at 10am at Little Owls
nursery, and after that every 4 weeks (18 November and 16 December).
The review conference hasn't been booked yet - the conference team will
write to you with the date.

Any questions at all, ring or text me. If I'm out on a visit, leave a
message and I'll get back to you the same day.

Dom

Dominic Farrant
Social Worker | Child Protection Team 3
Yaxhollow Council - Children's Services
Thornbury House, 2 Quayside, Yaxhollow
Mobile: 07700 900412

This email and any attachments are confidential and intended only for
the people it is addressed to. If you have received it in error please
tell the sender and delete it. Yaxhollow Council may monitor emails.
""",
    "findings": [
        F("T002", "will pop in to see you and Mason"),
        F("M001", "will pop in to see you and Mason"),
        F("W001", "A referral will be made to the Freedom Programme for you"),
        F("T001", "Lacey's school will keep an eye on her"),
        F("M002", "Lacey's school will keep an eye on her"),
        F("W002", "We'll all try to help you get the damp"),
        F("T002", "We'll all try to help you get the damp"),
        F("M001", "We'll all try to help you get the damp"),
        F("T002", "I'll refer you to the Family Support Team for help"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Independent fostering agency's placement plan: numbered parts,
#    delegated authority grid, then action tables for the child's social
#    worker, the foster carers and the agency; a planned hospital stay with
#    visiting left "to be agreed" (pdf with header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_yarmlow_ifa_placement_plan_role_action_tables_dunwell.pdf",
    "doc_title": "Placement Plan - Kacey Dunwell",
    "split": "heldout",
    "template": "ifa-placement-plan-paged-numbered-parts-delegated-authority-grid-then-action-tables-by-role-childs-sw-foster-carers-agency",
    "description": (
        "An independent fostering agency's placement plan for an 11-year-old accommodated under section 20 "
        "while still on a child protection plan (physical abuse by her mother's partner). Numbered parts, "
        "a delegated authority grid, then action tables for the child's social worker, the foster carers "
        "and the agency. She has surgery booked with a 3 to 5 night stay, but visiting on the ward is 'to "
        "be agreed nearer the time' and the SW's only ward action is 'Kept under review'. The health "
        "assessment request has no measure, school transport is 'ASAP', explaining care to her is 'over "
        "the coming weeks', therapy is 'when a slot becomes available' measured by 'Engagement', and the "
        "review conference date is 'to be confirmed'."
    ),
    "header": "Lanternfield Fostering Ltd | Placement Plan | CONFIDENTIAL",
    "footer": "Kacey Dunwell – placement plan version 1 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Placement Plan"),
        ("p", "Lanternfield Fostering Ltd, independent fostering agency – Yarmlow office – placement made for "
              "Yarmlow City Council"),
        ("h2", "Part 1 – Placement details"),
        ("kv", [
            ("Child", "Kacey Dunwell, born 08/02/2014 (11), Year 7 at Yarmlow Park Academy"),
            ("Legal status", "Accommodated under section 20, Children Act 1989 (agreement signed by her mum "
                             "15/09/2025). Subject to a child protection plan (physical abuse) since 21/08/2025."),
            ("Placing authority", "Yarmlow City Council, Child Protection and Court Team"),
            ("Child's social worker", "Harriet Cole (team manager: Oliver Ngata)"),
            ("Foster carers", "Sue and Martin Bickerstaff, Lanternfield approved carers"),
            ("Supervising social worker", "Anita Boateng, Lanternfield Fostering"),
            ("Date of placement", "15/09/2025, 6.40pm (emergency placement)"),
            ("Placement planning meeting", "19/09/2025 at the foster home"),
            ("Type of placement", "Short-term, while assessments are completed"),
            ("This version", "Version 1, typed by the supervising social worker on 22/09/2025"),
        ]),
        ("h2", "Part 2 – Why Kacey is in foster care"),
        ("p", "On 18/08/2025 Kacey's mum's partner, Shane Kettle, hit Kacey across the face with a phone "
              "charger lead. Kacey has been on a child protection plan since the initial conference on "
              "21/08/2025, and Shane agreed to move out. On 14/09/2025 Shane came back to the house; Kacey was "
              "found at 10pm at a friend's house with a bruised arm and said she would not go home while Shane "
              "was there. Her mum, Donna Dunwell, agreed that Kacey should be looked after. Shane was arrested "
              "on 15/09/2025 and is on police bail not to contact Kacey or go to Donna's address."),
        ("h2", "Part 3 – Kacey in her own words"),
        ("p", "\"Sue and Martin are nice but their house is really quiet, I'm not used to it. I want to see Mum "
              "but not at home, not if he's there. I miss my dog Pickle. I'm scared about my operation because "
              "I've never been put to sleep.\" Kacey asked for her bedroom to be painted purple and for her "
              "swimming to carry on. She told her SW she does not want to change school."),
        ("h2", "Part 4 – What this placement should achieve for Kacey"),
        ("bullets", [
            "Kacey is safe from Shane and from any further physical harm, and knows who to tell if she is "
            "frightened.",
            "Kacey keeps her school place at Yarmlow Park Academy and her swimming club, and gets to school on "
            "time every day.",
            "Kacey sees her mum every week in a way that is safe, and understands why she is in foster care and "
            "what will happen next.",
            "Kacey's health needs are met, including her operation and her asthma.",
        ]),
        ("h2", "Part 5 – Health"),
        ("p", "GP: Dr Amir Haddad, Hollins Lane Medical Centre. Kacey has mild asthma and uses a blue inhaler "
              "when she needs it. Her dental check is overdue."),
        ("p", "Kacey has a bone cyst in her left thigh bone, found after a fall in June. She is booked for surgery "
              "(curettage and bone graft) at Yarmlow Children's Hospital: pre-operative assessment on "
              "04/11/2025, admission to Kestrel Ward on 18/11/2025, expected stay 3 to 5 nights, then crutches "
              "for about six weeks. Visiting on the ward: to be agreed nearer the time."),
        ("h2", "Part 6 – Delegated authority"),
        ("table", {
            "header": ["Decision", "Who can make it", "Notes"],
            "widths": [5.0, 4.0, 8.0],
            "rows": [
                ["Haircuts and everyday clothes", "Foster carers", "Kacey to choose"],
                ["Sleepovers at friends' houses", "Foster carers", "After the carers have spoken to the "
                 "friend's parent; not at any address linked to Shane"],
                ["School trips in the UK", "Foster carers", "Day trips and residential trips"],
                ["Routine medical and dental treatment", "Foster carers", "Including the overdue dental check"],
                ["Consent to surgery and anaesthetic", "Donna Dunwell (mum)", "The child's SW gets her written "
                 "consent"],
                ["Photographs on social media", "No one", "Kacey's location must not be shared"],
            ],
        }),
        ("h2", "Part 7 – School and family time"),
        ("p", "Kacey stays at Yarmlow Park Academy, 25 minutes by car from the foster home. She sees her mum, "
              "supervised, once a week at the contact centre. She talks to her Nana Pat on the phone on Sunday "
              "evenings. She is to have no contact with Shane Kettle."),
        ("h2", "Part 8 – Actions"),
        ("h3", "8a. Child's social worker (Yarmlow City Council)"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [6.4, 3.0, 3.2, 4.4],
            "rows": [
                ["Visit Kacey at Sue and Martin's home and see her on her own for part of each visit",
                 "Harriet Cole, child's SW", "Every 2 weeks",
                 "Visit record with Kacey's own words, sent to the supervising social worker within 5 working "
                 "days"],
                ["Arrange supervised family time for Kacey and Donna at Yarmlow Family Contact Centre",
                 "Harriet Cole, child's SW", "Every Wednesday, 4.30–6pm, from 24/09/2025",
                 "Contact centre record of each session sent to the carers and the supervising social worker "
                 "within 3 days"],
                ["Request Kacey's initial health assessment from the looked after children's health team",
                 "Harriet Cole, child's SW", "By 03/10/2025", ""],
                ["Apply for school transport from the foster home to Yarmlow Park Academy",
                 "Harriet Cole, child's SW", "ASAP",
                 "Transport confirmed in writing to Sue and Martin"],
                ["Send the carers the child protection plan, Kacey's chronology and her health history",
                 "Harriet Cole, child's SW", "By 26/09/2025",
                 "Documents logged on Lanternfield's case system by the supervising social worker"],
                ["Get Donna's written consent for Kacey's operation and anaesthetic",
                 "Harriet Cole, child's SW", "Before the pre-operative assessment on 04/11/2025",
                 "Signed consent form on the hospital record; a copy given to the carers"],
                ["Liaise with Kestrel Ward about Kacey's admission and her care after the operation",
                 "Harriet Cole, child's SW", "Before admission on 18/11/2025",
                 "Kept under review"],
                ["Explain to Kacey, in words she understands, why she is in foster care and what happens next",
                 "Harriet Cole, child's SW", "Over the coming weeks",
                 "Kacey can say in her own words why she is in care; the carers write down what she says"],
            ],
        }),
        ("h3", "8b. Foster carers"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [6.4, 3.0, 3.2, 4.4],
            "rows": [
                ["Keep a daily log of Kacey's mood, sleep and eating and anything she says about home or Shane",
                 "Sue Bickerstaff", "Every day",
                 "Log sent to the supervising social worker every Monday and to the child's SW every 2 weeks"],
                ["Drive Kacey to and from school until her transport starts",
                 "Martin Bickerstaff", "Every school day",
                 "School register; the carers' mileage log"],
                ["Take Kacey to her pre-operative assessment and stay with her on the day she is admitted",
                 "Sue Bickerstaff", "04/11/2025 and 18/11/2025",
                 "Hospital appointment letters kept; what the surgeon said written in the daily log"],
                ["Take Kacey to swimming club and make sure her inhaler goes with her",
                 "Martin Bickerstaff", "Every Tuesday, 6–7pm",
                 "Club attendance card; any inhaler use written in the daily log"],
            ],
        }),
        ("h3", "8c. Supervising social worker and Lanternfield"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [6.4, 3.0, 3.2, 4.4],
            "rows": [
                ["Supervise Sue and Martin and read Kacey's daily log",
                 "Anita Boateng, supervising social worker",
                 "Formal supervision every 4 weeks; phone call every week",
                 "Supervision record on the carers' file"],
                ["Book Sue and Martin onto the course on caring for children who have lived with violence",
                 "Anita Boateng, supervising social worker", "By 31/12/2025",
                 "Course certificates on the carers' file"],
                ["Therapeutic sessions for Kacey with Lanternfield's in-house therapist",
                 "Lanternfield Therapeutic Team", "When a slot becomes available",
                 "Engagement"],
            ],
        }),
        ("h2", "Part 9 – If things go wrong"),
        ("p", "If Donna or Shane tries to take Kacey from school or from the foster home, or Shane contacts Kacey "
              "in any way, the carers or the school will ring 999 and then the child's SW (or Yarmlow Emergency "
              "Duty Team out of hours), and the SW will hold a strategy discussion with the police the same day. "
              "If Donna withdraws her section 20 agreement while Kacey cannot safely go home, the SW's manager "
              "will hold a legal planning meeting that day to decide whether to apply to court."),
        ("p", "If the placement is at risk of ending, Anita will arrange a stability meeting within 5 working "
              "days, and Kacey will not move without a planned introduction to new carers unless she is at "
              "risk where she is."),
        ("h2", "Part 10 – Meetings and reviews"),
        ("bullets", [
            "Child protection core group: every 4 weeks, next on 14/10/2025 at Yarmlow Park Academy.",
            "First looked after review (IRO Gemma Shah): 13/10/2025 at the foster home.",
            "Review child protection conference: date to be confirmed by the conference team.",
            "This placement plan is reviewed at each looked after review.",
        ]),
        ("h2", "Signatures"),
        ("table", {
            "header": ["Name", "Role", "Date"],
            "widths": [5.0, 7.0, 5.0],
            "rows": [
                ["Harriet Cole", "Child's social worker, Yarmlow City Council", "22/09/2025"],
                ["Anita Boateng", "Supervising social worker, Lanternfield Fostering", "22/09/2025"],
                ["Sue and Martin Bickerstaff", "Foster carers", "23/09/2025"],
                ["Donna Dunwell", "Mum", "Not yet signed – copy posted 23/09/2025"],
            ],
        }),
    ],
    "findings": [
        F("M001", "Request Kacey's initial health assessment from the looked after"),
        F("T002", "Apply for school transport from the foster home"),
        F("M002", "Liaise with Kestrel Ward about Kacey's admission"),
        F("T002", "Explain to Kacey, in words she understands, why she"),
        F("T002", "Therapeutic sessions for Kacey with Lanternfield's in-house therapist"),
        F("M002", "Therapeutic sessions for Kacey with Lanternfield's in-house therapist"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Joint child protection and CPA plan made with the adult community mental
#    health team for a mother with bipolar disorder: relapse signature, what
#    the care coordinator will assess, everyone else's part, staged amber /
#    red contingency. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b36_yorlton_joint_cmht_bipolar_assess_table_ansell.md",
    "split": "heldout",
    "template": "joint-cp-and-cpa-plan-md-how-made-relapse-signature-bullets-then-what-the-care-coordinator-will-assess-table-then-everyone-elses-part-table-staged-amber-red-contingency",
    "description": (
        "Exemplary plan made jointly by children's services and the adult community mental health team "
        "for an 11-year-old and a 4-year-old whose mother has bipolar disorder (stopped lithium, manic "
        "episode with the children in the car at night, hospital admission). It is both the children's "
        "plan and the family section of the mother's CPA care plan. A table sets out what the care "
        "coordinator and psychiatrist will assess and report (mental state against the relapse signature, "
        "insight and capacity to change with a timescale, prognosis); GP lithium monitoring, the children's "
        "actions and the family network follow. Staged amber / red contingency with a fallback beyond "
        "grandmother and aunt, core group, CPA and review dates, and legal planning on relapse."
    ),
    "text": """\
# Joint Child Protection and CPA Plan

## Maya and Theo Ansell, and their mum Rebecca

**Yorlton Borough Council Children's Services** with **Yorlton North Community Mental Health Team
(Yorlton and Wendle Minds NHS Trust)**

This plan was made at a joint planning meeting on 18 September 2025, which was also the first core
group after the initial child protection conference of 4 September 2025 (category: neglect). It is
both Maya and Theo's child protection plan and the "children and family" section of Rebecca's Care
Programme Approach (CPA) care plan, so the two plans say the same thing and are reviewed together.

- **Maya Ansell**, 11, Year 7 at Yorlton High School
- **Theo Ansell**, 4, Bluebell Nursery (mornings)
- **Rebecca Ansell**, 34, their mum
- **Stuart Ansell**, 37, their dad – works offshore, two weeks away then two weeks at home
- **Margaret Ansell**, 66, their nana (Stuart's mum), 12 Ferris Lane, Yorlton
- **Lucy Brennan**, 31, their aunt (Rebecca's sister), Kingfisher Drive, Yorlton
- Social worker: **Jonah Pickford**, Safeguarding Team 2
- Care coordinator: **Fiona Macready**, community psychiatric nurse, Yorlton North CMHT
- Consultant psychiatrist: **Dr Imran Shah**, Yorlton North CMHT
- GP: **Dr Helen Varley**, Cresswell Road Surgery

## 1. Why there is a plan

Rebecca was diagnosed with bipolar disorder at 23 and was well for six years on lithium. In May 2025
she stopped taking it, without telling anyone, because of weight gain. By July she was hardly
sleeping, had spent more than £4,000 on credit cards, and on 19 July she drove Maya and Theo to the
coast at 2am while Stuart was offshore. She left Theo asleep in the car while she walked on the
beach with Maya; police found them at 4.30am. Rebecca was admitted to the Lakeside Unit from 22 July
to 12 August. She is back on lithium, her levels have been in range since 2 September, and she says
she feels "flat, but safe".

When Stuart is offshore, Rebecca is the only adult in the house. Her relapses come on quickly, over
two or three nights.

## 2. What Maya and Theo tell us and show us

Maya (seen on her own at school on 12 September): "When Mum's high she's fun at first and then it's
scary. On the beach I didn't know if we were going to get home." She said she checks every morning
that Mum's tablet has gone from the box. She wants "to know what's happening instead of everyone
whispering", and she wants to go back to gymnastics on Thursdays.

Theo (seen at home on 15 September and at nursery): he asks his key person every morning whether
Mummy is coming back at home time. At home he showed Jonah his bed and said "Nana sleeps here when
Daddy's on the big boat." He plays "hospitals" with his teddies and puts them to bed "so they get
better".

## 3. What we want for Maya and Theo

- Maya and Theo always have an adult at home who is well enough to keep them safe, day and night, including when their dad is away.
- Maya stops checking her mum's tablets, knows who to tell if she is worried, and trusts the adults to act.
- Theo settles at nursery and at bedtime because he knows who will be there.
- If Rebecca starts to become unwell, the adults around the children notice early and act the same day, so the children are never alone with her when she is high.

## 4. Rebecca's relapse signature

Rebecca wrote this with Fiona. These are the signs, in the order they usually come:

- Sleeping less than 5 hours a night, and not feeling tired.
- Talking fast, starting big projects late at night, making plans for trips.
- Spending money she doesn't have, or ordering things online at night.
- Missing a dose of lithium or saying she "doesn't need it".
- Getting irritable with Maya and snapping at her for small things.
- Later: not sleeping at all, driving at night, going out and leaving the children.

## 5. What the CMHT will assess and report

At the joint planning meeting children's services asked the CMHT what the plan most needs from them:
whether Rebecca is staying well, whether she can spot a relapse coming and act on it herself, and
how long that is likely to take. These are the CMHT's actions; Fiona also joins the family session
in section 6.

| What will be assessed | Who | When | How it will be reported |
|---|---|---|---|
| Assess Rebecca's mental state against her relapse signature at each visit, and what it means for her care of Maya and Theo that week | Fiona Macready, care coordinator | Weekly home visits until 31/10/2025, then every 2 weeks | Written update to each core group: signs seen, what Rebecca did about them and whether she is making the changes Maya and Theo need |
| Assess Rebecca's insight and her capacity to change: whether she can spot her own early signs and ask for help in time, and how long it is likely to take before she can do this reliably for Maya and Theo | Fiona Macready, with Dr Imran Shah | Written assessment by 20/11/2025 | Capacity-to-change report shared with the core group and the review child protection conference |
| Review Rebecca's medication and risk in clinic, and give a written view on her prognosis and the signs that would show she cannot safely care for the children alone | Dr Imran Shah, consultant psychiatrist | Clinic on 16/10/2025, then every 8 weeks | Clinic letter to the GP, Fiona and the SW within 5 working days of each clinic |

## 6. Everyone else's part

| What | Who | When | How we'll know |
|---|---|---|---|
| Lithium level, kidney and thyroid blood tests, so that Rebecca stays well enough to care for Maya and Theo | Dr Helen Varley, GP (shared care with the CMHT) | Every 4 weeks until 31/12/2025, then every 3 months | Results sent to Fiona and the SW; lithium level between 0.6 and 0.8 mmol/L |
| Go through Rebecca's relapse signature and the crisis numbers with Stuart, Margaret and Lucy at a family session, with Fiona there | Jonah Pickford, SW | By 02/10/2025, during Stuart's fortnight at home | Relapse signature sheet signed by Stuart, Margaret and Lucy; copy on the children's file and the CPA record |
| Home visits: see Maya on her own and Theo at home, with one visit each month during Stuart's offshore fortnight | Jonah Pickford, SW | Every 2 weeks | Visit records with Maya's words and what Theo showed or said |
| Three sessions of direct work with Maya about her mum's illness, ending with her own "if Mum's getting poorly" card of who to ring | Jonah Pickford, SW | All three sessions by 14/11/2025 | Maya has the card in her school bag and can tell Jonah who she would ring |
| Young carer's assessment for Maya and a place in the Orbit group for children whose parents have a mental illness | Amira Lewis, Yorlton Young Carers | Assessment by 31/10/2025; group every other Tuesday | Assessment sent to the SW and to Rebecca and Stuart; Orbit register |
| Check in with Maya every Monday morning and tell the SW the same day about anything she says about home | Mrs Joanne Field, DSL, Yorlton High School | Every Monday in term | DSL log; email to the SW each Monday |
| Write down each morning who brought Theo, how he arrived and anything he says about home | Tasha Lyle, key person, Bluebell Nursery | Every session | Arrival sheet emailed to the SW every Friday |
| Stay at the house every night Stuart is offshore and do the morning routine with Theo | Margaret Ansell (Nana) | Every night of Stuart's offshore fortnights | Network diary signed by Margaret each morning; read by the SW at each visit |
| Collect Maya and Theo and give them their tea at hers | Lucy Brennan (aunt) | Every Wednesday, 3.15 to 6.30pm | Network diary; school and nursery collection records |
| Send his offshore rota to the SW, Fiona and Margaret, and ring home at 7pm every evening he is away | Stuart Ansell | Rota by the 1st of each month; calls every evening offshore | Rota on the children's file; any missed call written in the network diary |
| Keep a daily mood and sleep chart, with a line on how Maya's and Theo's day went, and go through it with Fiona | Rebecca Ansell | Daily; gone through at each of Fiona's visits | Chart seen and signed by Fiona at each visit |
| Book Maya back into Thursday gymnastics and pay this term's fees | Jonah Pickford, SW | Booked by 09/10/2025; club every Thursday | Club register; Maya tells Jonah how it is going |

## 7. If Rebecca starts to become unwell

**Amber – two or more early signs** (for example, under 5 hours' sleep two nights running, a missed
lithium dose, spending she can't explain): whoever notices – Rebecca, Stuart, Margaret, Lucy, Maya's
school or Theo's nursery – rings Fiona or the CMHT duty line that day. Fiona or the duty worker will
see Rebecca at home within 24 hours and tell the SW the same day. Until Fiona says Rebecca is well
again, Margaret will stay at the house every night (Lucy if Margaret cannot), and Rebecca will not
drive the children anywhere. If neither Margaret nor Lucy can stay, the SW will arrange that day for
Maya and Theo to stay with approved foster carers until Fiona says Rebecca is well again.

**Red – relapse** (not sleeping at all, driving at night, going out and leaving the children, or
talking about harming herself): the adult who is there rings the Yorlton Crisis Team, or 999 if
anyone is in danger. Maya and Theo go to Margaret's house that day; if neither Margaret nor Lucy can
have them, the SW or the emergency duty team will place them together with approved foster carers
that night. The SW will hold a strategy discussion the same day.

If Rebecca stops her lithium again, or has a second relapse before the review conference, the SW will
ask the team manager for a legal planning meeting within 5 working days.

## 8. Meetings and reviews

- Core group every 4 weeks at Yorlton Family Centre, 10am, with Fiona at each one: 16 October and 13 November 2025.
- Rebecca's CPA review, held jointly with the SW: 20 November 2025.
- Review child protection conference: 27 November 2025, 1.30pm, Yorlton Civic Centre.

*Agreed by Rebecca and Stuart Ansell, Jonah Pickford (SW) and Fiona Macready (care coordinator),
18 September 2025.*
""",
    "findings": [],
})
