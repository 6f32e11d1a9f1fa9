"""Batch 10, module 2: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group minutes: attendance table, narrative discussion, then an
#    Action | Lead | Date log with a merged Lead cell (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_ulverby_core_group_minutes_log_pennington.docx",
    "doc_title": "Core Group Minutes - Tyler and Skye Pennington",
    "split": "tune",
    "template": "core-group-minutes-narrative-action-lead-date",
    "description": (
        "Second core group minutes for two children (neglect; mother's drinking): attendance table, "
        "discussion in narrative paragraphs, then an Action | Lead | Date log with no measure column "
        "(measures sit in the action text) and merged Lead cells. 'Ongoing' and 'TBC', 'keep an eye "
        "on', a blank lead, 'All agencies'; the grandmother does pick-ups and overnights but the "
        "contingency sends the children to her with no fallback, and nothing about legal planning."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Ulverby Council Children's Services – Safeguarding and Family Support"),
        ("kv", [
            ("Children", "Tyler Pennington (11), DOB 02/02/2014; Skye Pennington (3), DOB 19/11/2021"),
            ("Address", "41 Coldharbour Road, Ulverby"),
            ("Meeting", "Second core group, Wednesday 14/05/2025, 10.00–11.30am, Ulverby Family Hub, Room 4"),
            ("Chair", "Nadia Shah, Social Worker"),
            ("Minutes", "Kerry Booth, business support"),
            ("Plan", "Child protection plan agreed at the ICPC on 24/04/2025 – category: Neglect"),
        ]),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Name", "Role / agency", "Attended"],
            "widths": [4.5, 8.5, 4.0],
            "rows": [
                ["Leanne Pennington", "Mum", "Yes"],
                ["Sandra Pennington", "Maternal grandmother (MGM)", "Yes"],
                ["Nadia Shah", "Social worker (SW), Ulverby Children's Services", "Yes – chair"],
                ["Dean Akers", "Family support worker (FSW), Ulverby Family Hub", "Yes"],
                ["Mr Paul Collins", "DSL, Ulverby Park Academy (Tyler's school)", "Yes"],
                ["Mel Grant", "Manager, Little Owls Nursery (Skye)", "Yes"],
                ["Jo Morley", "Recovery worker, Harbour Recovery (adult alcohol service)", "Yes"],
                ["Claire Idowu", "Health visitor (HV)", "Apologies – written update sent"],
                ["Dr R Bhatt", "GP, Castle Street Surgery", "Not present – no update"],
            ],
        }),
        ("h2", "1. Introductions and purpose of the meeting"),
        ("p", "Nadia welcomed everyone and reminded the group that the core group is there to put the child "
              "protection plan into practice and to check whether it is making a difference for Tyler and "
              "Skye. Leanne was reminded that she can bring a friend or supporter to these meetings."),
        ("h2", "2. Outcomes from the conference"),
        ("p", "Nadia read out the outcomes agreed at the ICPC. Everyone agreed they stay the same:"),
        ("bullets", [
            "Tyler and Skye are looked after by a sober adult every day and every night.",
            "Skye goes to nursery every session, clean, dressed and fed, and her speech catches up.",
            "Tyler gets to school on time, is not the one getting Skye ready in the mornings, and has time "
            "to just be 11.",
        ]),
        ("h2", "3. Update from Leanne and Sandra"),
        ("p", "Leanne said things have been \u201ca lot better\u201d since conference. She said she has cut down "
              "to drinking at weekends only and has not had a drink on a school night for three weeks. She "
              "has been to two appointments at Harbour Recovery but missed the third because Skye was poorly. "
              "Leanne said the damp in the children's bedroom is getting worse and the landlord has not "
              "answered her texts."),
        ("p", "Sandra said she has collected Skye from nursery every Tuesday and Thursday and given both "
              "children their tea, and Tyler and Skye have stayed at hers every Friday night since the "
              "conference. Sandra said she is happy to carry on but is finding Fridays tiring because she is "
              "waiting for a knee operation."),
        ("h2", "4. Updates from professionals"),
        ("p", "Jo (Harbour Recovery) said Leanne was assessed on 29/04 and has come to 2 of 3 appointments. Her "
              "breath test on 07/05 was clear. Jo is hoping to offer Leanne a place on the eight-week Making "
              "Changes group, which starts in June."),
        ("p", "Mr Collins said Tyler's attendance is 88% this half term with 7 lates, all of them on Mondays. "
              "Tyler has been tired in class and has twice told his form tutor that he \u201chad to sort Skye "
              "out\u201d before school. On a positive note he has joined the lunchtime chess club and is "
              "enjoying it."),
        ("p", "Mel said Skye has attended 14 of 18 sessions since the ICPC. She came in hungry on two Mondays and "
              "in the same clothes two days running once. Her speech is still well behind and nursery have "
              "referred her to speech and language therapy; she is on the waiting list."),
        ("p", "Dean has done three home visits. The kitchen was clean each time and there was food in the fridge. "
              "There is black mould on the outside wall of the children's bedroom and Skye's mattress was damp "
              "to the touch on 09/05."),
        ("p", "Claire (HV) sent a written update: Skye's health and development review, due at 3 years, was "
              "missed twice in March and has still not been done. Skye is not registered with a dentist."),
        ("h2", "5. What Tyler and Skye have said"),
        ("p", "Nadia saw Tyler on his own at school on 08/05/2025. He said home is \u201cbetter than before\u201d "
              "but that Mum \u201cstill has her wine on Fridays and Saturdays\u201d. He likes going to Nan's "
              "because \u201cshe does proper dinners and I don't have to do Skye's hair\u201d. He said his "
              "room smells of mould and he has been sleeping on the sofa. Asked what would make things better, "
              "he said \u201cMum not drinking, and my room fixed\u201d."),
        ("p", "Skye was seen at nursery on 12/05/2025. She was chatty, showed Nadia the sand tray and said "
              "\u201cNana got a doggy\u201d. Staff and Nadia saw her eat her snack very quickly and ask for more."),
        ("h2", "6. Is the plan working?"),
        ("p", "Everyone scaled from 0 (the children are not safe) to 10 (the children are safe enough for the "
              "plan to end): Leanne 7, Sandra 6, Jo 5, Dean 5, Mr Collins 5, Mel 4, Nadia 4. Nadia said there "
              "had been real progress with the kitchen and with Leanne's drinking on school nights, but Tyler is "
              "still getting Skye ready in the mornings and is late most Mondays, and Leanne's drinking at "
              "weekends, when Sandra does not have the children on Saturdays, is still the main worry."),
        ("h2", "7. Contingency plan"),
        ("p", "The contingency plan from the ICPC stays as it is. If Leanne is found under the influence of "
              "alcohol while she is caring for Tyler and Skye, or either child is not collected from school or "
              "nursery, school or nursery will ring the SW (or EDT out of hours). The SW will visit the same "
              "day, the children will go to stay with Sandra, and a strategy discussion will be held within "
              "24 hours."),
        ("h2", "8. Action log"),
        ("table", {
            "header": ["Action", "Lead", "Date"],
            "widths": [10.0, 4.0, 3.0],
            "rows": [
                ["Visit Tyler and Skye at home, at least one visit in three unannounced; see Tyler on his own "
                 "and write his views into the visit record",
                 "Nadia Shah (SW)", "Fortnightly – next by 28/05/2025"],
                ["Continue to attend Harbour Recovery appointments and take up the Making Changes group",
                 "Leanne", "Ongoing"],
                ["Send the SW a written update on Leanne's attendance and breath test results, saying whether "
                 "her drinking is reducing",
                 "Jo Morley, Harbour Recovery", "Before each core group"],
                ["Email Skye's attendance to the SW, noting any day she arrives hungry or in yesterday's clothes",
                 "Mel Grant, Little Owls Nursery", "Every Friday"],
                ["Collect Skye from nursery and give both children tea",
                 "Sandra (MGM)", "Every Tuesday and Thursday"],
                ["Tyler and Skye to stay at Nan's on Friday nights; Sandra to note each stay in the family "
                 "diary, which Dean checks at his visits",
                 V, "Every Friday"],
                ["Keep an eye on Tyler in school, especially on Mondays",
                 "Mr Collins (DSL)", "Ongoing"],
                ["Help Leanne set up a morning routine so Skye is ready for nursery without Tyler's help; "
                 "routine chart filled in each day and checked at every visit",
                 "Dean Akers (FSW)", "Weekly home visits until the next core group"],
                ["Chase the landlord about the damp in the children's bedroom and report it to Ulverby "
                 "environmental health if it is not repaired; copies of all letters to the SW",
                 V, "By 23/05/2025"],
                ["Skye's 3-year health and development review to be rebooked and the outcome sent to the SW",
                 "", "By 13/06/2025"],
                ["Register Skye with a dentist and take her for a check-up",
                 "Leanne", "TBC"],
                ["Share any concerns about the children with the SW the same day and record them on the "
                 "child's file",
                 "All agencies", "Same day"],
            ],
        }),
        ("h2", "9. Next meetings"),
        ("p", "Next core group: Wednesday 11/06/2025, 10am, Ulverby Family Hub. Core groups will continue every "
              "four weeks after that. Review child protection conference: Thursday 17/07/2025, 1.30pm, Ulverby "
              "Civic Centre (invitations to follow from the conference team)."),
        ("p", "Minutes to be circulated to all invited, including those who sent apologies."),
    ],
    "findings": [
        F("T002", "Continue to attend Harbour Recovery appointments and take up the"),
        F("M001", "Continue to attend Harbour Recovery appointments and take up the"),
        F("M001", "Collect Skye from nursery and give both children tea"),
        F("T002", "Keep an eye on Tyler in school, especially on Mondays"),
        F("M002", "Keep an eye on Tyler in school, especially on Mondays"),
        F("W001", "Skye's 3-year health and development review to be rebooked"),
        F("T002", "Register Skye with a dentist and take her for a check-up"),
        F("M001", "Register Skye with a dentist and take her for a check-up"),
        F("W002", "Share any concerns about the children with the SW the same day"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Letter to parents after an initial conference, first person for the SW;
#    PDF with a letterhead header and a page-number footer on every page
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_upperwick_letter_after_icpc_hargreaves.pdf",
    "doc_title": "Letter after initial child protection conference - Kayden and Ruby",
    "split": "tune",
    "template": "letter-to-parents-after-icpc-first-person-paged",
    "description": (
        "A social worker's letter to both parents after an ICPC (neglect; baby's faltering weight; "
        "mother's postnatal depression), written to 'you' with 'I' for the SW; letterhead header and "
        "'Page N of M' footer on every page. Passive referrals with no agent, 'when you feel ready', "
        "'when a place becomes available', 'over the coming weeks', 'keep an eye on', several sentences "
        "with no measure; the mother's depression has no adult service owning an action; the review "
        "conference date is left to be arranged."
    ),
    "header": "Upperwick Borough Council  |  Children's Services  |  Beacon House, Market Street, Upperwick UW1 4DS  |  01632 960 225",
    "footer": "Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Our ref: NC/CP/25/1187"),
        ("pr", "2 May 2025"),
        ("p", ""),
        ("pl", "Miss Chantelle Hargreaves and Mr Ryan Doyle"),
        ("pl", "Flat 3, 22 Kestrel Way"),
        ("pl", "Upperwick"),
        ("pl", "UW4 7PL"),
        ("p", ""),
        ("p", "Dear Chantelle and Ryan,"),
        ("boldp", "Kayden and Ruby's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Tuesday 29 April. I know it "
              "was a long meeting and that some of it was hard to hear. As I promised, I am writing to set out "
              "what was decided and what everyone, including me, has agreed to do. Please keep this letter "
              "somewhere safe and bring it with you to the core group meetings."),
        ("p", "The conference decided that Kayden and Ruby need a child protection plan under the category of "
              "neglect. The chair, Mrs Lorna Fielding, will send you the full minutes of the conference."),
        ("boldp", "Why the conference was worried"),
        ("p", "Ruby's weight has dropped from the 50th centile to below the 9th since February, and she missed "
              "three weigh-ins in March. When I visited on 15 April there was no formula in the flat and "
              "Ruby's bottle had old, curdled milk in it. Kayden has missed 21 school days since September and "
              "has come to school hungry."),
        ("p", "Chantelle, you told the conference that you have felt very low since Ruby was born, that some "
              "days you cannot get out of bed, and that you stopped taking your antidepressants in February "
              "because they made you feel sick. Ryan, you said you are working twelve-hour shifts at the "
              "distribution centre and are not home until after 8pm most days."),
        ("boldp", "What Kayden and Ruby have told us"),
        ("p", "When I saw Kayden on his own at school he told me that he makes his own breakfast \u201cwhen "
              "there's cereal\u201d and that he gives Ruby her dummy when she cries because \u201cMum's "
              "asleep\u201d. He said the best day of the week is Sunday, when his dad takes him to the park, and "
              "that he would like \u201ca tidy room so I can have friends round\u201d. Ruby is too young to "
              "tell us, but at my visits she was very quiet and stopped crying quickly when she was put down, "
              "and she brightened and fed hungrily when the health visitor gave her a bottle."),
        ("boldp", "What we want for Kayden and Ruby"),
        ("bullets", [
            "Ruby is fed regularly, puts on weight and gets back towards her own centile line.",
            "Kayden goes to school every day having had breakfast, and does not have to look after his sister.",
            "Both children live in a clean, warm flat with a safe place to sleep.",
        ]),
        ("boldp", "What we agreed will happen"),
        ("p", "I will visit you at home every two weeks, and at least one visit each month will be unannounced; "
              "my visit records will show that I saw Kayden on his own each time."),
        ("p", "Claire Dunn, your health visitor, will weigh Ruby every week at home or at the Upperwick clinic and "
              "plot her weight in her red book, which I will look at when I visit."),
        ("p", "You will take Ruby to see Dr Amin at Hollybank Surgery on 12 May about her feeding."),
        ("p", "Chantelle, you will go back to your GP about your low mood and your tablets when you feel ready."),
        ("p", "A referral will be made to Upperwick Home-Start so that a volunteer can help you with the mornings."),
        ("p", "Ryan, you will make sure Kayden is at school by 8.45am every day, and Mrs Shaw at Kestrel Primary "
              "will email me his attendance every Friday."),
        ("p", "Kayden's school will keep an eye on how he is over the coming weeks."),
        ("p", "Dawn Pritchard, the family support worker, will visit every Tuesday from 6 May to help you both "
              "sort out the kitchen and the children's bedroom, and she will fill in a home conditions checklist "
              "with you each time."),
        ("p", "You will both be offered places on the Upperwick Parenting Together course when a place becomes "
              "available."),
        ("p", "I will also contact Upperwick Homes about the damp in Kayden's room."),
        ("boldp", "If things get worse"),
        ("p", "If Ruby loses weight at two weigh-ins in a row or misses a weigh-in, or if Kayden or Ruby are found "
              "at home without an adult who is awake and able to look after them, I will visit the same day and "
              "my manager will hold a strategy discussion with the police and health. If the children cannot "
              "stay safely at home, they will go to stay with Ryan's mum, Gloria Doyle, who has said she can "
              "have them at short notice; if Gloria is not able to, they will be placed with foster carers."),
        ("p", "If the plan has not made enough difference by the review conference, my manager and I will ask "
              "for a legal planning meeting to decide whether we need to start the Public Law Outline (PLO) "
              "process. I would write to you first, and you would be able to get free legal advice."),
        ("boldp", "When we will meet"),
        ("p", "The first core group meeting will be on Thursday 15 May at 10am at Kestrel Primary School, and then "
              "every four weeks after that. The review child protection conference will be arranged by the "
              "conference team, and I will let you know the date as soon as I have it."),
        ("p", "I know this is a lot to take in. If anything in this letter is unclear, or you think something in "
              "it is wrong, please ring me on 01632 960 318 or my manager, Owen Lacey, on 01632 960 300."),
        ("p", "Yours sincerely,"),
        ("pl", "Natalie Crewe"),
        ("pl", "Social Worker, Safeguarding Team East"),
        ("p", "cc: Claire Dunn (HV); Mrs J Shaw (DSL, Kestrel Primary School); Dr A Amin (GP, Hollybank Surgery)"),
    ],
    "findings": [
        F("M001", "You will take Ruby to see Dr Amin at Hollybank Surgery"),
        F("T002", "you will go back to your GP about your low mood"),
        F("M001", "you will go back to your GP about your low mood"),
        F("W001", "A referral will be made to Upperwick Home-Start"),
        F("T001", "A referral will be made to Upperwick Home-Start"),
        F("M001", "A referral will be made to Upperwick Home-Start"),
        F("T002", "Kayden's school will keep an eye on how he is"),
        F("M002", "Kayden's school will keep an eye on how he is"),
        F("W001", "You will both be offered places on the Upperwick Parenting Together course"),
        F("T002", "You will both be offered places on the Upperwick Parenting Together course"),
        F("M001", "You will both be offered places on the Upperwick Parenting Together course"),
        F("T001", "I will also contact Upperwick Homes about the damp"),
        F("M001", "I will also contact Upperwick Homes about the damp"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Child-friendly "My Plan" for a 9-year-old (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_ushbrook_my_plan_child_friendly_lowther.md",
    "split": "tune",
    "template": "child-friendly-my-plan-who-will-help-md",
    "description": (
        "A 9-year-old's own version of her child protection plan (domestic abuse, mother's depression), "
        "short sentences and bold names under 'Who is going to help me'. Mum's mental health nurse only "
        "helps her 'feel better', Dad's supervised contact has no measure, 'when I need it', an "
        "'everyone' bullet to keep an eye on her, sessions with no stated output; nothing about legal "
        "planning. Grandmother's supervision has a fallback in the contingency."
    ),
    "text": """\
# My Plan

**My name:** Amara Lowther
**I am:** 9 years old (my birthday is 3 October)
**I live with:** Mum (Jodie) and my little brother Leo, who is 3
**My social worker:** Sam Achebe, Ushbrook Children's Services
**This plan is from:** the child protection conference on 7 May 2025

Sam wrote this plan with me at school on 12 May. The words in speech marks are mine.
The grown-ups have a longer plan with the same things in it.

---

## Why the grown-ups are worried

Mum and Dad used to argue a lot. Sometimes Dad shouted and threw things. In March
Dad broke the kitchen door and the police came. Dad does not live with us now.

Mum has depression. She has been feeling very sad and tired and sometimes stays in
bed, and then I look after Leo. The grown-ups are worried that I get scared and
that I have to do too many grown-up jobs.

## What I said

- "I don't like it when people shout. I go under my duvet with Leo."
- "I miss Dad but I don't want him to come back to our house yet."
- "I want to see Dad at Nana Pat's, because Nana makes sure he's nice."
- "When Mum's in bed I do Leo's breakfast. I can do toast."
- "The best things are swimming with Mum and drawing."
- "I want a grown-up at school I can talk to."

## What we want to happen

- I feel safe at home and nobody shouts or breaks things.
- I can be a kid. I don't have to look after Leo on my own.
- I see Dad in a safe way, with a grown-up there.
- I go to school every day and have someone to talk to there.

## Who is going to help me

- **Mum** will get me and Leo up and give us breakfast every school day. Mrs Kaur
  will mark it in the register if I am late and tell Sam every Friday.
- **Sam (my social worker)** will see me every 2 weeks, sometimes at school and
  sometimes at home. We will talk on our own and Sam will write down what I say
  in my notes.
- **Karen** is Mum's nurse from the Ushbrook mental health team. Karen will see
  Mum every week to help her feel better.
- **Dad** will see me and Leo every Saturday from 10 till 12 at Nana Pat's house.
- **Nana Pat** will stay in the room the whole time when Dad sees us, and she will
  write in the contact book after every visit so Sam can read it.
- **Mrs Kaur (my teacher)** will let me have time in the Calm Room when I need it.
- **Jo from the Rainbow Project** will do 8 sessions with me about feelings and
  what happened at home, starting on 2 June.
- **Mum** will go to a group called Moving On at Ushbrook Women's Aid on Wednesday
  mornings from 21 May. The group worker will tell Sam each week if Mum has been.
- **Everyone who helps me** will keep an eye on how I am feeling.

## If things go wrong

- If Dad comes to our house, Mum will ring 999 and not let him in. The police will
  come, and Sam will come to see us the same day.
- If Mum is too poorly to look after me and Leo, we will stay with Auntie Gemma
  (Mum's sister), who lives near my school. Sam will come the same day.
- If Nana Pat can't be there on a Saturday, I won't see Dad that week. Sam will
  sort out a visit at the Ushbrook Family Centre instead, with a worker in the room.

## When the grown-ups will check my plan

- The grown-ups who help me (the core group) will meet every 4 weeks. The next
  meeting is on 4 June at my school. Sam will tell me what they said.
- The big meeting (the review conference) is on 6 August 2025. I can go to the
  start of it if I want, or Sam can take my drawings and my words.

## If I am worried

I can talk to Mrs Kaur, Sam or Nana Pat. I can ring Sam on 01632 960 511.
""",
    "findings": [
        F("H001", "Karen will see Mum every week to help her feel better"),
        F("M002", "Karen will see Mum every week to help her feel better"),
        F("M001", "will see me and Leo every Saturday from 10 till 12"),
        F("T002", "let me have time in the Calm Room when I need it"),
        F("M001", "let me have time in the Calm Room when I need it"),
        F("M001", "will do 8 sessions with me about feelings"),
        F("W002", "will keep an eye on how I am feeling"),
        F("T001", "will keep an eye on how I am feeling"),
        F("M002", "will keep an eye on how I am feeling"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan exported from a case system: labelled lines per
#    action (OUTCOME / ACTION / RESPONSIBLE / TIMESCALE / EVIDENCE OF
#    PROGRESS); PDF with a repeated header and footer on every page
# ---------------------------------------------------------------------------
_ACTIONS_4 = [
    ("CP-4.1",
     "Harley and Ivy are cared for at all times by an adult who is not under the influence of drugs.",
     "Jordan to continue on methadone script with supervised consumption at Brook Pharmacy. Pathways to "
     "complete random urine screens and share results with SW.",
     "Sean Tully, Recovery Worker, Pathways D&A Service; Jordan Pike",
     "Screens min. fortnightly; results to SW 3 working days before each CG",
     "All screens negative for illicit opiates and benzos; results on file and reported at CG"),
    ("CP-4.2",
     "Danielle's mental health will be stable and she will be able to manage her emotions.",
     "CMHT care co-ordinator to continue to see Danielle wkly and support her to attend the DBT skills group.",
     "Ruth Amos, CPN, Urlingford CMHT (South)",
     "Weekly",
     "Danielle reports feeling more settled"),
    ("CP-4.3",
     "Harley and Ivy are seen often and their day-to-day care is good enough.",
     "SW to undertake planned and unannounced home visits; see Harley on his own where possible, observe "
     "Ivy's care (feeding, nappy, sleep) and check sleeping arrangements.",
     "Priya Lal (SW)",
     "Every 10 working days (min.), 1 in 3 unannounced",
     "Visit records on file; both children seen at every visit; home conditions tool score 3 or above"),
    ("CP-4.4",
     "Ivy is healthy and meeting her milestones.",
     "Ivy's 9-12 month health and development review, incl. weight and ASQ-3.",
     "Leanne Firth, HV",
     "tbc",
     "ASQ-3 scores and weight shared with SW"),
    ("CP-4.5",
     "Ivy sleeps safely and the home is safe for a crawling baby.",
     "Safe sleep and home safety check (stair gate, cot, smoke alarm, methadone and medication locked away).",
     "Leanne Firth, HV",
     "By 20/06/2025",
     "Monitored at HV visits"),
    ("CP-4.6",
     "Harley's speech and language develops and he is ready for nursery.",
     "Referral to Urlingford Early Years for Harley's funded nursery place - on hold pending family's move to "
     "Wexcombe; new LA to refer once family settled.",
     "Priya Lal (SW)",
     "TBC - following transfer",
     ""),
    ("CP-4.7",
     "Harley's speech and language develops and he is ready for nursery.",
     "SALT referral for Harley (speech delay, approx. 20 words at 3y 4m).",
     "Leanne Firth, HV",
     "By 06/06/2025",
     "SALT acknowledgement letter on file; initial assessment report shared with SW"),
    ("CP-4.8",
     "Harley and Ivy's parents can give them safe, consistent care.",
     "Parenting assessment (PAMS) of Danielle and Jordan - paused; Wexcombe CSC to complete after transfer.",
     "Wexcombe Children's Services",
     "To be agreed by Wexcombe",
     "PAMS report"),
    ("CP-4.9",
     "Harley and Ivy have predictable routines at bedtime and mealtimes.",
     "1:1 Steady Steps sessions with Danielle and Jordan on routines, bedtime and boundaries for Harley.",
     "Tom Gilbey, FSW, Urlingford Family Hub",
     "Weekly x 8 from 02/06/2025",
     ""),
    ("CP-4.10",
     "Harley and Ivy's plan carries on without a gap if the family move.",
     "SW to continue visits and core groups until the Wexcombe transfer-in conference; send transfer pack to "
     "Wexcombe within 5 working days of a confirmed move date.",
     "Priya Lal (SW); G. Forsyth (TM)",
     "Until transfer-in conference; pack within 5 working days of move date",
     "Wexcombe confirm receipt of transfer pack in writing; transfer-in conference date on file"),
    ("CP-4.11",
     "Harley and Ivy are seen often and their day-to-day care is good enough.",
     "Written reports to the next RCPC and sharing of any new information with the SW.",
     "All agencies",
     "Reports 3 working days before RCPC; new information same day",
     "Reports received by IRO and on file"),
]

_blocks_4 = [
    ("h1", "CHILD PROTECTION PLAN – REVIEW CONFERENCE"),
    ("kv", [
        ("Subject(s)", "Harley KERSHAW (DOB 11/01/2022, 3y); Ivy KERSHAW (DOB 14/10/2024, 7m)"),
        ("Address", "9 Brindle Close, Urlingford UR3 2HN"),
        ("Household", "Danielle Kershaw (mother, 26); Jordan Pike (father of both children, 29)"),
        ("Plan status", "Active – continued at RCPC"),
        ("Conference", "Review CP Conference 20/05/2025 (1st review; ICPC 25/02/2025)"),
        ("Category", "Neglect"),
        ("Allocated SW", "Priya Lal, Safeguarding Team 3"),
        ("Team Manager", "G. Forsyth"),
        ("Chair (IRO)", "Martin Oyelaran"),
    ]),
    ("boldp", "SECTION 1 – SUMMARY OF CONCERNS"),
    ("p", "Jordan is on a methadone script (Pathways D&A service) following heroin use; he used on top of script "
          "in Jan 2025 and was found asleep on the sofa while sole carer for Harley and Ivy (police welfare check "
          "19/01/25). Danielle has a dx of emotionally unstable personality disorder and is open to CMHT; 2 "
          "episodes of self-harm since Nov 2024, one while the children were in the home. Home conditions "
          "variable. Harley's speech is delayed; Ivy's weight is on the 25th centile (stable). Family have "
          "applied for a council tenancy in Wexcombe (near Danielle's aunt) and are likely to move in the "
          "summer – date not confirmed."),
    ("boldp", "SECTION 2 – PROGRESS SINCE ICPC"),
    ("p", "Jordan's screens negative for illicit opiates since 03/03/25 (6 of 6). Danielle attending CMHT appts; "
          "no self-harm reported since Feb. SW visits completed 8 of 9, children seen at each. Home conditions "
          "improved – kitchen clean on 5 of last 6 visits. Harley's nursery place not yet taken up. Conference "
          "agreed to continue the plan under the category of Neglect."),
    ("boldp", "SECTION 3 – CHILD'S VIEWS / LIVED EXPERIENCE"),
    ("p", "Harley (3) – seen at home 14/05/25. Showed SW his new bed and said 'Daddy sleeps a lot' and 'Mummy "
          "cries'. Enjoys trains, chatty with SW, pointed to the stairs and said 'gate broken'. Ivy (7m) – "
          "observed to be alert and smiling, reaching for Danielle and settling quickly when picked up; no "
          "concerns re handling observed. Nappy rash noted 28/04, treated."),
    ("boldp", "SECTION 4 – PLAN"),
]
for ref, outcome, action, who, when, evidence in _ACTIONS_4:
    _blocks_4.append(("kv", [
        ("REF", ref),
        ("OUTCOME", outcome),
        ("ACTION", action),
        ("RESPONSIBLE", who),
        ("TIMESCALE", when),
        ("EVIDENCE OF PROGRESS", evidence),
    ]))
    _blocks_4.append(("p", ""))
_blocks_4 += [
    ("boldp", "SECTION 5 – CONTINGENCY PLAN"),
    ("p", "If Jordan has a positive screen for illicit drugs, either parent is found under the influence while "
          "caring for the children, or Danielle self-harms while the children are in her care: SW (EDT out of "
          "hours) to visit same day and convene strategy discussion within 24 hrs; children to stay with MGM "
          "Sharon Kershaw (17 Oak Row, Urlingford – DBS and home check completed 10/03/25) or, if she is not "
          "able to, in an emergency foster placement. If there is insufficient progress by the next RCPC, or a "
          "second positive screen, the case will be presented at the Legal Gateway Meeting for a decision on "
          "PLO."),
    ("boldp", "SECTION 6 – CORE GROUP / REVIEW"),
    ("kv", [
        ("Core group frequency", "4-weekly"),
        ("Next core group", "12/06/2025, 10:00, Urlingford Family Hub"),
        ("Next RCPC", "19/08/2025, 14:00, Room 3, Urlingford Town Hall (or Wexcombe transfer-in conference if "
                      "the family move before this date)"),
        ("Plan distributed to", "Parents, all core group members, GP (Dr K Hollis, Abbey Lane Surgery)"),
    ]),
]

PLANS.append({
    "name": "b10_urlingford_rcpc_labelled_export_kershaw.pdf",
    "doc_title": "Child Protection Plan (Review) - Harley and Ivy Kershaw",
    "split": "tune",
    "template": "rcpc-case-system-labelled-lines-export-paged",
    "description": (
        "Case-system print of a review CP plan for a toddler and a baby (father on methadone, mother with "
        "EUPD; family likely to move to another authority) with REF / OUTCOME / ACTION / RESPONSIBLE / "
        "TIMESCALE / EVIDENCE OF PROGRESS lines per action and a header and 'Page N of M' footer on every "
        "page. A CMHT row that only supports with a self-report measure and an adult-only outcome, 'tbc', "
        "'Monitored', two actions paused or handed to the receiving authority, blank evidence lines and "
        "'All agencies'; the SW's visits continue until the transfer-in conference."
    ),
    "header": "OFFICIAL-SENSITIVE  |  Urlingford Council Children's Social Care  |  CaseView 5  |  CP Plan – Review",
    "footer": "Printed 23/05/2025 09:14 by PLAL  |  Person ID 2290417  |  Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "font_size": 10,
    "blocks": _blocks_4,
    "findings": [
        F("H001", "to continue to see Danielle wkly and support her"),
        F("M002", "to continue to see Danielle wkly and support her"),
        F("F002", "Danielle's mental health will be stable and she will be able to manage her emotions"),
        F("T002", "Ivy's 9-12 month health and development review"),
        F("M002", "Safe sleep and home safety check (stair gate, cot"),
        F("X001", "Referral to Urlingford Early Years for Harley's funded nursery place"),
        F("T002", "Referral to Urlingford Early Years for Harley's funded nursery place"),
        F("M001", "Referral to Urlingford Early Years for Harley's funded nursery place"),
        F("X001", "Parenting assessment (PAMS) of Danielle and Jordan"),
        F("T002", "Parenting assessment (PAMS) of Danielle and Jordan"),
        F("M001", "1:1 Steady Steps sessions with Danielle and Jordan on routines"),
        F("W002", "Written reports to the next RCPC and sharing of any new information"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Two-column table plan: Action | Update / comments, owner and date inside
#    the second cell or the action text (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_ulsham_action_update_two_column_brannan.docx",
    "doc_title": "Child Protection Plan - Lacey and Tommy Brannan",
    "split": "tune",
    "template": "two-column-action-update-owner-in-text",
    "description": (
        "Working CP plan for a 13-year-old and an 8-year-old (domestic abuse by mother's partner; "
        "daughter's self-harm; mother's low mood) as an Action | Update / comments table, the owner and "
        "date written into either cell. No outcomes anywhere; 'Ongoing', 'when Lacey is ready', 'All "
        "professionals – as required', a passive row not started, a perpetrator referral with only a "
        "progress note, a talking-therapy row that only supports; vague contingency, no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ulsham Metropolitan Borough Council – Children and Young People's Service"),
        ("kv", [
            ("Children", "Lacey Brannan (13), DOB 08/12/2011; Tommy Brannan (8), DOB 30/06/2016"),
            ("Lives with", "Nikita Brannan (mum), 15 Lark Rise, Ulsham"),
            ("Mum's partner", "Gavin (Gav) Hirst – not living at the address, visits most days"),
            ("ICPC", "22/04/2025 – category: emotional abuse"),
            ("Social worker", "Hannah Reilly, Ulsham Safeguarding Team North"),
            ("Plan last updated", "Core group, 03/06/2025"),
        ]),
        ("h2", "Background"),
        ("p", "Police were called to the address on 28/03/2025 after Gav pushed Nikita against a wall during an "
              "argument; Lacey tried to pull him away and was pushed to the floor. Gav has two previous "
              "convictions for assaulting a former partner. Lacey has been cutting her arms since February and "
              "told her form tutor she \u201ccan't stand being at home\u201d. Nikita has been low in mood since "
              "last autumn and told conference that her GP has prescribed sertraline. Tommy is often late for "
              "school and has started wetting the bed again."),
        ("h2", "What Lacey and Tommy have said"),
        ("p", "Lacey (seen on her own at school 30/04 and 14/05) said she is \u201csick of Gav being round\u201d "
              "and wants him \u201cgone for good\u201d. She said cutting helps \u201cwhen it's too much\u201d "
              "and that she would talk to someone at school but \u201cnot a therapist\u201d. She wants to keep "
              "going to drama. Tommy (seen at home 07/05) said Gav is \u201csometimes fun\u201d but he does not "
              "like the shouting, and he puts his pillow over his head. He showed the SW his Lego and said his "
              "favourite thing is \u201cwhen Mum does pancakes on Saturdays\u201d."),
        ("h2", "Plan and progress"),
        ("table", {
            "header": ["Action", "Update / comments"],
            "widths": [7.0, 10.0],
            "rows": [
                ["SW to see Lacey on her own at school every 2 weeks and Tommy at home every 2 weeks (at least "
                 "one visit a month unannounced)",
                 "Hannah Reilly (SW). Lacey seen 30/04, 14/05, 28/05; Tommy seen 07/05, 21/05. Visit records "
                 "on file show both children seen alone each time."],
                ["Referral to CAMHS about Lacey's self-harm",
                 "GP Dr Femi Okoro – by 16/05/2025. Referral made 09/05 and accepted 19/05. CAMHS to send the "
                 "outcome of Lacey's assessment to the SW and GP."],
                ["Safety plan with Lacey about her self-harm, kept in her planner and on the school file",
                 "School nurse Fay Dunne with Lacey – by 30/05/2025. Done 27/05; copies in Lacey's planner, on "
                 "the school file and with the SW."],
                ["Send Tommy's attendance and punctuality to the SW",
                 "Mrs Angela Hale, DSL, Ulsham Primary – every Friday. Target: 95% attendance and no lates. "
                 "This half term 91%, 9 lates."],
                ["Tommy's bedwetting – check for a medical cause",
                 "School nurse Fay Dunne to see Tommy and Nikita – appointment booked for 10/06/2025. Outcome "
                 "and any referral to the enuresis clinic sent to the SW."],
                ["Nikita to attend the Moving On programme for women affected by domestic abuse (12 weeks)",
                 "Nikita – weekly sessions from 04/06/2025. Ulsham Women's Aid to confirm her attendance to the "
                 "SW each month."],
                ["Gav not to have any unsupervised contact with Lacey or Tommy",
                 "Nikita to make sure of this. Ongoing."],
                ["Gav to complete a domestic abuse perpetrator programme",
                 "Gav was referred to Choices (Ulsham's perpetrator programme) by the SW on 02/05. On the "
                 "waiting list."],
                ["Home conditions to be checked",
                 "Not started yet."],
                ["Lacey to be offered a place at the Ulsham Youth Hub drama group",
                 "Youth worker Marie Cole – when Lacey is ready. Lacey has said she might go."],
                ["Support for Nikita with her low mood",
                 "Counsellor Rob Tanner, Ulsham Talking Space – weekly sessions (started 29/04). Aim: Nikita "
                 "feeling less low."],
                ["Tell the SW about any police call-out to the address",
                 "Ulsham Police, Public Protection Unit – within 24 hours of any call-out; notifications logged "
                 "on both children's files."],
                ["Sharing of information between agencies about any worries",
                 "All professionals – as required."],
            ],
        }),
        ("h2", "If things don't improve"),
        ("p", "If there are further concerns, a strategy discussion will be considered and the plan will be "
              "reviewed at core group."),
        ("h2", "Core group and review"),
        ("p", "Core group meetings every 4 weeks: 01/07/2025 and 29/07/2025, 2pm, Ulsham Primary. Review child "
              "protection conference: 19/08/2025 at 10am, Ulsham Town Hall."),
    ],
    "findings": [
        F("T002", "Gav not to have any unsupervised contact with Lacey or Tommy"),
        F("M001", "Gav not to have any unsupervised contact with Lacey or Tommy"),
        F("T001", "Gav to complete a domestic abuse perpetrator programme"),
        F("M001", "Gav to complete a domestic abuse perpetrator programme"),
        F("W001", "Home conditions to be checked"),
        F("T001", "Home conditions to be checked"),
        F("M001", "Home conditions to be checked"),
        F("T002", "Lacey to be offered a place at the Ulsham Youth Hub"),
        F("M001", "Lacey to be offered a place at the Ulsham Youth Hub"),
        F("H001", "Support for Nikita with her low mood"),
        F("M002", "Support for Nikita with her low mood"),
        F("W002", "Sharing of information between agencies about any worries"),
        F("T002", "Sharing of information between agencies about any worries"),
        F("M001", "Sharing of information between agencies about any worries"),
        F("O001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Typed multi-level outline: themes 1, 2, 3 with 1.1, 1.2 and (a), (b)
#    items (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_umbercott_typed_outline_themes_dalby.txt",
    "split": "tune",
    "template": "typed-multilevel-outline-themes-txt",
    "description": (
        "ICPC plan for a 6-year-old and a baby (physical abuse; father's PTSD; mother's epilepsy) as a typed "
        "outline: numbered themes with an outcome line, 1.1 sub-headings and (a), (b) actions. Mostly sound "
        "(psychologist asked about capacity to change, epilepsy nurse, clear contingency and legal step); a "
        "veterans' counsellor who only treats, a school referral with no timescale, a passive immunisation "
        "row, a clinic row with no measure, 'keep an eye on', 'when a slot becomes available' and one "
        "'wider family' row 'as needed'."
    ),
    "text": """\
UMBERCOTT COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - INITIAL CONFERENCE 03/06/2025

Children:   Finley DALBY (6), DOB 21/04/2019 - Year 1, Umbercott Primary
            Isla DALBY (10 weeks), DOB 26/03/2025
Parents:    Amy Dalby (29) and Craig Dalby (34), 7 Heron Walk, Umbercott
Category:   Physical abuse
SW:         Gemma Tarrant, Umbercott Safeguarding Team 1
Chair:      Helen Marr (IRO)

WHY WE ARE WORRIED
On 12/05/2025 Finley's teacher saw three finger-shaped bruises on his upper
arm. Finley said "Daddy grabbed me when I wouldn't get in the bath". Craig told
the police he had "lost it" after a bad night. Craig left the army in 2023 and
has a diagnosis of PTSD; he has flashbacks and sleeps badly, and Amy says he can
"go from nought to sixty" with Finley. Amy has epilepsy and had two seizures in
April, one of them while she was bathing Isla. Craig has agreed that Amy will do
Finley's bath and bedtime while the plan is in place.

WHAT FINLEY SAYS AND WHAT WE SEE
Finley (seen on his own at school 15/05 and 28/05) said he loves his dad and
"Daddy plays Minecraft with me", but "when he's shouty I hide in my den". He
wants "Daddy to not be cross at bath time". He is proud of being a big brother
and showed the SW how he holds Isla's bottle. Isla was seen at home on 28/05:
clean, alert and feeding well; she settled quickly for Amy.

THE PLAN

1   FINLEY AND ISLA ARE SAFE FROM BEING HURT
    Outcome: Finley is not grabbed, smacked or hurt, and can tell his teacher
    and his SW that he feels safe at home. Isla has no marks or injuries.

    1.1  Seeing the children
         (a) SW Gemma Tarrant to see Finley on his own at school or at home
             every 2 weeks, and Isla at home at each visit; visit records to
             note what Finley says and any marks seen.
         (b) HV Sue Lang to visit Isla at home every 2 weeks until she is
             6 months old; weight, development and any marks recorded on the
             HV record and shared with the SW.
         (c) Umbercott Primary (DSL Mrs Joanne Pike) to refer Finley to the
             school nurse for a health check; outcome shared with the SW.

    1.2  Craig's anger and his PTSD
         (a) Dr Tom Reddy, clinical psychologist, Forward Steps Veterans'
             Service, to assess Craig's PTSD, his triggers, the risk to the
             children and his capacity to change; written report to the core
             group by 11/07/2025.
         (b) Forward Steps counsellor Nia Bevan to continue weekly
             trauma-focused sessions with Craig; attendance recorded.
         (c) Craig to complete the 12-week Calmer Dads course at Umbercott
             Family Hub, starting 09/06/2025; attendance register and the
             facilitator's end-of-course report sent to the SW.

2   ISLA IS FED, WARM AND SAFE
    Outcome: Isla is fed every 3-4 hours, gains weight along her centile and
    is bathed and carried safely by an adult who is well.

    2.1  Feeding and weight
         (a) Amy to take Isla to the Thursday baby clinic every week.
         (b) Isla's 8-week immunisations (missed on 21/05) to be rebooked;
             red book and GP record updated by 20/06/2025.

    2.2  Amy's epilepsy
         (a) Epilepsy specialist nurse Ros Hay (Umbercott General Hospital)
             to review Amy's seizure control and medication and give written
             advice on bathing and carrying Isla safely, by 30/06/2025;
             advice copied to the SW and HV.

3   FINLEY IS HAPPY AND SETTLED
    Outcome: Finley goes to school every day, has an adult at school he
    trusts, and is calmer at home and in class.

    3.1  In school
         (a) Class teacher Mr Osei to keep an eye on Finley's mood in class
             every day.
         (b) Umbercott Primary to offer Finley ELSA sessions when a slot
             becomes available.

    3.2  At home
         (a) Wider family to help with school runs and Finley's football on
             Saturdays, as needed.
         (b) Amy and Craig to use the reward chart agreed with FSW Kim Doyle
             every day; Kim to check the chart at her weekly visits.

CONTINGENCY PLAN
If Finley or Isla has any unexplained mark or injury, or Finley says he has been
hurt, school, the HV or the GP will ring the SW the same day (EDT out of hours)
and a strategy discussion will be held that day. Craig will leave the family home
and stay with his brother, Lee Dalby, while enquiries are made; if Amy cannot
keep Craig away from the house, the children will be placed with approved foster
carers. If Amy has a seizure while caring for Isla, she or Craig will call 999,
and Amy's mother, Pauline Grey, will come and care for Isla that day; if Pauline
cannot, the SW will arrange emergency care the same day.

LEGAL PLANNING
If Dr Reddy's report says Craig cannot make the changes needed within Finley's
and Isla's timescales, or there is any further injury, the SW will request a
legal planning meeting within 5 working days.

CORE GROUP AND REVIEW
Core group: first meeting 17/06/2025 (within 10 working days), then every
4 weeks - 15/07/2025 and 12/08/2025.
Review child protection conference: 26/08/2025, 10am, Umbercott Civic Centre.

Plan typed by: G Tarrant (SW)   Date: 04/06/2025
""",
    "findings": [
        F("T001", "to refer Finley to the school nurse for a health check"),
        F("H001", "Forward Steps counsellor Nia Bevan to continue weekly trauma-focused sessions"),
        F("M001", "Amy to take Isla to the Thursday baby clinic every week"),
        F("W001", "Isla's 8-week immunisations (missed on 21/05) to be rebooked"),
        F("M002", "Class teacher Mr Osei to keep an eye on Finley's mood"),
        F("T002", "Umbercott Primary to offer Finley ELSA sessions when a slot"),
        F("M001", "Umbercott Primary to offer Finley ELSA sessions when a slot"),
        F("W002", "Wider family to help with school runs and Finley's football"),
        F("T002", "Wider family to help with school runs and Finley's football"),
        F("M001", "Wider family to help with school runs and Finley's football"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Not a plan: a core group meeting agenda (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_uskerton_core_group_agenda_bramley.md",
    "split": "tune",
    "template": "not-a-plan-core-group-agenda",
    "description": (
        "Not a plan: the agenda for a core group meeting, with times, items, who leads each item and "
        "requests to send updates by a date, but no plan, outcomes or actions for the children."
    ),
    "not_a_plan": True,
    "text": """\
# Core Group Meeting – Agenda

**Children:** Ellis Bramley (7) and Poppy Bramley (2)
**Date:** Tuesday 10 June 2025, 1.30pm – 3.00pm
**Venue:** Uskerton Family Hub, Meeting Room 1 (ground floor, step-free). Parking at
the back; the machine takes cards only.
**Chair:** Rachel Ndlovu, Social Worker, Uskerton Children's Services
**Minutes:** Asha Malik, business support

**Invited:** Gemma Bramley (mum); Lee Bramley (dad); Rachel Ndlovu (SW); Jade Finch (HV);
Mr Tom Aldous (DSL, Uskerton Church Primary); Sarah Wynn (Ladybird Pre-school);
Karl Pemberton (FSW); Dr Helen Grice (GP) – written update requested.

## Agenda

| Time | Item | Led by |
|---|---|---|
| 1.30 | Welcome, introductions and apologies | Rachel |
| 1.35 | Ground rules and confidentiality | Rachel |
| 1.40 | Minutes and actions from the last core group (13 May) | Rachel |
| 1.55 | Update from Gemma and Lee | Gemma and Lee |
| 2.10 | Updates from each agency (5 minutes each, please) | All |
| 2.35 | What Ellis and Poppy have said and what we have seen | Rachel and Jade |
| 2.45 | Scaling – how safe are the children today? | Rachel |
| 2.50 | Updating the plan and agreeing actions | Rachel |
| 2.58 | Date of next meeting and AOB | Rachel |

## Before the meeting

- Written updates to Rachel by **Friday 6 June**, please, so they can go out with
  the papers on Monday.
- Jade – please bring Poppy's latest weight and the dates of any missed appointments.
- Mr Aldous – Ellis's attendance and lates since 13 May.
- Karl – copies of the home conditions checklists from your visits.
- If you can't come, please send a written update and let Asha know by Thursday 5 June.

## Please note

- Gemma has asked for the meeting to finish on time, as she collects Ellis from school.
- Lee will join by phone from work for the first half hour.
- The papers are confidential. Please don't forward them by unsecured email.
- No interpreter is needed for this meeting.
""",
    "findings": [],
})
