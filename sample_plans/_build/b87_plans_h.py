"""Batch 87, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans that are not tables. A social worker's letter to parents after
conference (PDF with a header and page footer), a child-friendly "my plan"
(markdown), core group minutes with a numbered action log at the end (.docx),
an independent chair's summary in paragraphs (plain text), a plan with
Welsh/English bilingual headings (.docx), a numbered outline 1 / 1.1 / a)
with actions under theme headings during a transfer between authorities
(PDF), and a "who will do what" plan whose owners are named once for a run
of actions (markdown). Commitments are often hedged or passive ("It is
hoped that...", "you will be referred to...", "Kasia will hopefully...");
timescales tied to events ("before discharge", "by the next core group",
"within 10 working days of the transfer conference", "each Friday") sit
beside actions with no timescale and vague ones. Two plans (the "my plan"
and the bilingual plan) are exemplary.

Labelling notes for this module:
- In a letter, a chair's summary or an action log, every sentence (or list
  item) under the action heading is one action (convention 1); introductions
  and sign-offs sit outside those headings.
- A lead-in such as "The health visitor, Priya Shah, will:" owns every bullet
  that completes it: those bullets are not W001. "Everyone in the network
  will:" is a collective owner, so each bullet under it is W002.
- In the letter, "I" is the social worker who signs it, a named owner.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Letter to both parents after an ICPC: alcohol misuse and domestic
#    abuse, two children. Actions are the sentences under "What will happen
#    now". PDF with header and page footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_hexworth_letter_to_parents_after_icpc_kellow.pdf",
    "doc_title": "Letter to Shelley and Craig Kellow after the child protection conference",
    "split": "tune",
    "template": "letter-to-parents-after-icpc-plain-words-bold-run-in-headings-one-sentence-per-action-paragraph-header-footer",
    "description": (
        "Social worker's letter to both parents after an initial conference for a 7-year-old and a "
        "3-year-old (mother drinking heavily, father pushed her during an argument). The plan is set "
        "out as one-sentence paragraphs under 'What will happen now'. The mother 'will be referred' "
        "with no one to refer her and nothing to show it happened; 'it is hoped' she will engage and "
        "cut down, with no time and only an unobservable measure; the health visitor will 'hopefully' "
        "do the missed check 'as soon as possible'; the school will 'keep an eye on' the boy with no "
        "time; 'everyone' will share worries 'as soon as possible'; one outcome is only about the "
        "mother; the review conference date is 'still to be arranged'. Contingency, legal step, the "
        "recovery service's own action and the children's voice are sound."
    ),
    "actions": 10,
    "header": "OFFICIAL-SENSITIVE | Hexworth Borough Council | Children's Services",
    "footer": "Letter to Shelley and Craig Kellow, 16 July 2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Hexworth Borough Council"),
        ("pr", "Children's Services – Safeguarding Team South"),
        ("pr", "Civic Offices, Albion Street, Hexworth HX2 4LD"),
        ("pr", "Telephone 01632 960 552"),
        ("pl", "Ms Shelley Kellow and Mr Craig Kellow"),
        ("pl", "22 Ferrier Walk"),
        ("pl", "Hexworth HX5 9RT"),
        ("p", "16 July 2025          Our reference: CP/0418/KA"),
        ("p", "Dear Shelley and Craig,"),
        ("boldp", "Ruby and Tyler-James's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference for Ruby and Tyler-James on "
              "Monday 14 July 2025. I know it was a long and difficult meeting. As I promised, I am writing to set "
              "out in plain words what was decided and what will happen now. The full minutes will come to you "
              "from the conference team within 20 working days; please keep this letter with them."),
        ("p", "The conference, chaired by Mr Alan Pryor, decided that Ruby and Tyler-James should each have a child "
              "protection plan under the category of neglect. Neither of you agreed with that decision, and Mr Pryor "
              "recorded what you said in the minutes."),
        ("boldp", "Why the children need a plan"),
        ("p", "The conference heard that Shelley has been drinking heavily most days since March, and that on two "
              "mornings Tyler-James, who is 7, could not wake her and got Ruby's breakfast himself. On 3 June 2025 "
              "the police were called after Craig pushed Shelley into the kitchen door during an argument while "
              "Ruby was in the room. There has often been very little food in the house, and Ruby has missed her "
              "two-year health check twice."),
        ("p", "The conference also heard about the good things in your family. You both love the children and they "
              "are close to you. Craig takes Tyler-James to football every Sunday, and Shelley's mum, Pat, sees the "
              "children most weeks."),
        ("boldp", "What Ruby and Tyler-James have told and shown us"),
        ("p", "When I saw Tyler-James at school on 9 July, he told me that he doesn't like it when \"Mummy is poorly "
              "on the sofa and won't wake up\", and that he makes Ruby toast \"because she cries\". His favourite "
              "thing is football with his dad. Ruby is 3. When I visited on 11 July she was chatty and showed me her "
              "dolls; when she fell over she went straight to Tyler-James for a cuddle rather than to either of you."),
        ("boldp", "What we all want for Ruby and Tyler-James"),
        ("bullets", [
            "Ruby and Tyler-James are looked after every day by a parent who is sober, and Tyler-James no longer has "
            "to get Ruby's breakfast or put himself to bed.",
            "The children no longer see or hear arguments or violence between you.",
            "Ruby has her two-year check and her development is on track.",
            "Shelley stops drinking and stays sober.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "I (Karen) will visit Ruby and Tyler-James at home every two weeks, at least once a month without an "
              "appointment, and I will see Tyler-James on his own each time and write down what he tells me."),
        ("p", "Shelley, you will be referred to Hexworth Recovery Service by 25 July 2025 for help with your "
              "drinking."),
        ("p", "Once the referral is accepted, Dean Marsh, the Recovery Service worker who came to the conference, "
              "will see Shelley every week, do a breath test at each appointment and send me the results at the "
              "end of each month."),
        ("p", "It is hoped that Shelley will engage with the Recovery Service and cut down her drinking."),
        ("p", "Craig, I will refer you to the Hexworth Choices domestic abuse programme by 1 August 2025, and the "
              "programme will tell me each week whether you went to your session."),
        ("p", "Jenna Morley, Ruby's health visitor, will hopefully complete Ruby's missed two-year check as soon as "
              "possible and send me the results."),
        ("p", "Tyler-James's school will keep an eye on how he is getting on."),
        ("p", "Everyone who works with your family will tell me as soon as possible about anything that worries "
              "them."),
        ("p", "Pat has offered to have Ruby and Tyler-James to stay every Friday night and to ring me on the Saturday "
              "morning to tell me how they were, and I will note each call on the children's record."),
        ("p", "From today you will both keep the house free of alcohol, and I will look in the fridge and cupboards "
              "at every visit and write down what I find."),
        ("boldp", "If things go wrong"),
        ("p", "If Shelley is found to be drunk while she is looking after the children, or the police are called to "
              "another incident between you, Ruby and Tyler-James will go to stay with Pat that same day and I will "
              "ask my manager for a legal planning meeting within 5 working days. If Pat cannot have them, the "
              "children will stay with foster carers until it is safe for them to come home."),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting will be on Tuesday 29 July 2025 at 10am at Hexworth Park Primary School, "
              "and the core group will then meet every four weeks. The date of the review conference is still to "
              "be arranged, and I will write to you when it has been set."),
        ("p", "If you do not agree with anything in this letter, or would like help to understand it, please ring me "
              "on 01632 960 552. You can also ask Hexworth Family Rights Service for an advocate to come to "
              "meetings with you."),
        ("p", "Yours sincerely,"),
        ("pl", "Karen Abbott"),
        ("pl", "Social Worker, Safeguarding Team South"),
        ("p", "Copies: Alan Pryor (conference chair); Jenna Morley (health visitor); Mrs Lorna Heap (DSL, Hexworth "
              "Park Primary School); Dean Marsh (Hexworth Recovery Service); Pat Kellow, with your agreement."),
    ],
    "findings": [
        F("W001", "you will be referred to Hexworth Recovery Service by 25 July"),
        F("M001", "you will be referred to Hexworth Recovery Service by 25 July"),
        F("T001", "It is hoped that Shelley will engage with the Recovery Service"),
        F("M002", "It is hoped that Shelley will engage with the Recovery Service"),
        F("T002", "will hopefully complete Ruby's missed two-year check as soon as"),
        F("T001", "school will keep an eye on how he is getting on"),
        F("M002", "school will keep an eye on how he is getting on"),
        F("W002", "Everyone who works with your family will tell me"),
        F("T002", "Everyone who works with your family will tell me"),
        F("M001", "Everyone who works with your family will tell me"),
        F("F002", "Shelley stops drinking and stays sober."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Child-friendly "My plan" written with an 11-year-old whose mother has
#    bipolar disorder. Exemplary (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_hallowmere_my_plan_child_friendly_okafor.md",
    "split": "tune",
    "template": "child-friendly-my-plan-first-person-headings-quotes-bold-name-bullets",
    "description": (
        "Exemplary child-friendly 'My plan' for an 11-year-old young carer whose mother was detained in "
        "hospital with bipolar disorder, written in the child's words. Every bullet names a person, a "
        "time and something that will be seen or written down; the mother's care coordinator reports "
        "to each core group on whether she can care for Kemi and how long change may take; the GP "
        "owns an action; the contingency names triggers, the aunt, a foster carer if the aunt cannot "
        "help, and a legal planning meeting; core group dates and the review date are set."
    ),
    "actions": 9,
    "text": """\
# My Plan

**Kemi's child protection plan, in my own words**

Hallowmere City Council, Children's Services. This is the child-friendly copy of the plan agreed at my child protection conference on 10 July 2025. Lucy, my social worker, went through it with me on 15 July 2025 and I chose the headings.

## About me

My name is Kemi Okafor. I am 11 and I start Year 7 at Hallowmere Academy in September. I live with my mum, Grace. My Auntie Funmi lives ten minutes away on the number 14 bus.

## Why I have a plan

In May my mum became very unwell with her bipolar disorder and had to stay at the Larkfield Unit for three weeks. Before that I was looking after Mum on my own. I missed school to stay with her and sometimes there was no food in the house. The people at my conference want me to be safe and looked after, and not to be the grown-up at home.

## What I told the grown-ups

- "I love my mum and I want to stay living with her."
- "When Mum stops sleeping and talks really fast I get scared, and I don't know who to ring."
- "I don't want to miss school any more. I like science and netball."
- "I like going to Auntie Funmi's because she makes jollof and I can just be a kid."
- On my scale I said home is a 6 out of 10 now. In May it was a 2.

## What everyone wants for me

- I live at home with Mum and she is well enough to look after me: there is food in the house and Mum gets me up for school.
- I go to school every day and I am not the person who looks after Mum.
- I know exactly who to ring if Mum starts to get unwell, and their numbers are in my phone.
- I have time to just be 11: netball on Tuesdays and time at Auntie Funmi's.

## Who will help me and what they will do

- **Lucy Brennan (my social worker)** will come to see me at home every two weeks and see me on my own at school once a month, and she will write down what I tell her each time.
- **Lucy** will make a "who to ring" card with me by 25 July 2025, and at her next visit she will check that all the numbers on it are saved in my phone.
- **Gareth Price (Mum's care coordinator, Hallowmere Community Mental Health Team)** will see Mum every week and write a report for each core group meeting saying whether Mum is well enough to look after me, what still needs to change and how long that might take.
- **Dr Anand (Mum's GP at Northgate Surgery)** will check Mum's medication every month and write to Lucy after each check to say whether Mum has collected every prescription.
- **Mum** will take her tablets every evening, and Gareth will count the tablets in her box at each weekly visit and tell Lucy what he finds.
- **Mum** will make sure there is breakfast food in the house every day from now on, and Lucy will look in the cupboards at each visit and write down what she sees.
- **Auntie Funmi** will have me for tea every Wednesday after school and stay over with us on any night Mum can't sleep, and she will text Lucy the next morning each time she stays.
- **Mrs Cole (Head of Year 7, Hallowmere Academy)** will check I am in school every morning from 3 September 2025 and ring Mum and Lucy by 10am if I am not there, and the school will send Lucy my attendance every Friday.
- **Ruth Dale (Hallowmere Young Carers)** will meet me every two weeks from 1 August 2025 so I have someone to talk to, and after each meeting she will tell Lucy whether I have been doing jobs at home that a grown-up should do.

## If things start to go wrong

If Mum stops taking her tablets, doesn't sleep for two nights in a row or talks about hurting herself, I will ring Auntie Funmi or Lucy (or the duty team on 01632 960 418 after 5pm and at weekends), and I will go to stay with Auntie Funmi that same night. Gareth will ask the crisis team to see Mum the same day.

If Auntie Funmi can't have me, Lucy or the duty team will find me a foster carer for that night, so I am never left at home on my own with Mum when she is unwell.

If Mum becomes unwell again and I have to leave home, or if I miss school again because I am looking after Mum, Lucy will ask her manager for a legal planning meeting (a meeting with the council's lawyers about what should happen next) within 5 working days.

## When the grown-ups will meet

My core group (Mum, Lucy, Gareth, Mrs Cole, Ruth and Auntie Funmi) will meet every 4 weeks: on 5 August, 2 September and 30 September 2025. My review conference is on 9 October 2025 at 10am. I can go to the first part, or write down what I want to say and Lucy will read it out.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes for a premature baby at home: mother's postnatal
#    depression, father's cannabis use. Numbered action log at the end (docx).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_hendleby_core_group_minutes_action_log_quinlan.docx",
    "doc_title": "Core group minutes - Isla-Rose Quinlan - 12/08/2025",
    "split": "tune",
    "template": "core-group-minutes-attendees-agency-updates-actions-done-then-numbered-action-log",
    "description": (
        "Minutes of the second core group for a baby born at 31 weeks (mother with postnatal depression, "
        "father smoking cannabis), with agency updates, finished actions and a numbered action log at "
        "the end. The perinatal team only continues support (no capacity assessment, no measure) though "
        "another item asks it for a report; the father is to 'show an improvement' with no timescale; "
        "the paternal grandmother helps 'whenever Chantelle needs a rest' with no measure; a passive "
        "referral; 'All professionals'; immunisations 'as soon as possible'. The restated contingency "
        "only reviews on 'further concerns', leans on two grandmothers with no fallback and names no "
        "legal step."
    ),
    "actions": 12,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Hendleby Council – Children's Social Care – Safeguarding Team East"),
        ("kv", [
            ("Child", "Isla-Rose Quinlan, DOB 02/05/2025 (born at 31 weeks; corrected age 5 weeks)"),
            ("Plan", "Child protection plan, category neglect, since the ICPC on 03/07/2025"),
            ("Meeting", "Core group 2, Tuesday 12/08/2025, 10.00 to 11.30, Hendleby Family Hub, Room 3"),
            ("Chair", "Sophie Lanyon, social worker"),
            ("Minutes", "Dawn Ellery, business support"),
        ]),
        ("h2", "Present"),
        ("bullets", [
            "Chantelle Quinlan (mother)",
            "Ryan Price (father)",
            "Tina Quinlan (maternal grandmother)",
            "Sophie Lanyon (social worker, Hendleby Children's Social Care)",
            "Megan Tull (health visitor, Hendleby Community Health)",
            "Kelly Brookes (community psychiatric nurse, Hendleby Perinatal Mental Health Team)",
            "Liam Shaw (recovery worker, Hendleby Drug and Alcohol Service)",
        ]),
        ("h2", "Apologies"),
        ("p", "Dr Sarah Ng (GP, Castlegate Surgery), written update sent. Bev Price (paternal grandmother)."),
        ("h2", "1. Purpose of the meeting"),
        ("p", "Sophie reminded everyone that the core group's job is to put the child protection plan into action "
              "and to check whether it is making Isla-Rose safer. This is the second core group since the initial "
              "conference on 03/07/2025."),
        ("h2", "2. The outcomes we are working towards (from the ICPC plan)"),
        ("bullets", [
            "Isla-Rose is fed on time, gains weight steadily along her centile line and is taken to every hospital "
            "and clinic appointment.",
            "Isla-Rose sleeps safely on her back in her own cot, in a smoke-free home.",
            "Isla-Rose is cared for by parents who are sober and able to notice and respond when she cries.",
        ]),
        ("h2", "3. Updates from the family and agencies"),
        ("p", "Chantelle said the nights are the hardest. Isla-Rose still wakes every three hours and Chantelle "
              "sometimes cries with her. She said having her mum stay over twice a week makes a big difference."),
        ("p", "Ryan said he has cut down his cannabis and now only smokes in the evening, outside. He has been to "
              "two of his four appointments at the Drug and Alcohol Service and missed the others because of work."),
        ("p", "Megan (HV) weighed Isla-Rose at home on 07/08/2025: 3.62 kg, on the 9th centile for her corrected "
              "age, up from the 2nd centile at discharge. Feeds are 90 ml every three hours and the feeding chart is "
              "mostly filled in. On 29/07/2025 Megan found Isla-Rose asleep on the sofa next to Ryan and talked "
              "through safe sleep with both parents again."),
        ("p", "Kelly (perinatal CPN) has seen Chantelle four times since the conference. Chantelle started "
              "sertraline on 15/07/2025 and her PHQ-9 score has gone from 19 to 14. She has not self-harmed since "
              "April."),
        ("p", "Liam (DAS) confirmed Ryan's attendance. A saliva test on 05/08/2025 was positive for cannabis."),
        ("p", "Dr Ng's update says Isla-Rose had her 8-week immunisations late, on 04/07/2025, and her 12-week "
              "immunisations are now overdue."),
        ("p", "Sophie has visited five times since the conference, twice unannounced. The flat was warm and tidy "
              "each time, but there was a strong smell of cannabis in the hallway on 01/08/2025."),
        ("h2", "4. Isla-Rose's daily life"),
        ("p", "Isla-Rose is a small baby who tires quickly during feeds. On Sophie's visit on 05/08/2025 she fed "
              "well from Chantelle, who held her close and talked to her the whole time; Isla-Rose watched her "
              "mum's face and calmed. Tina says she settles best swaddled and held upright after a feed. She "
              "startles and cries at sudden loud noises, and she has a flat patch on the back of her head from "
              "lying in one position."),
        ("h2", "5. Actions from the last meeting"),
        ("bullets", [
            "Maternity grant application: done by Sophie on 18/07/2025, £500 awarded.",
            "Cot and mattress for Isla-Rose: delivered by Hendleby Baby Bank on 22/07/2025.",
            "Ryan's referral to the Drug and Alcohol Service: done, first appointment 24/07/2025.",
        ]),
        ("h2", "6. Contingency plan (from the ICPC, unchanged)"),
        ("p", "If there are further concerns about Isla-Rose's care, the core group will meet to review the plan and "
              "consider next steps. Tina and Bev have both said they will help out if things get difficult."),
        ("h2", "7. Next meetings"),
        ("p", "The core group meets every four weeks. Next core group: Tuesday 09/09/2025, 10.00, Hendleby Family "
              "Hub. Review child protection conference: Thursday 25/09/2025, 14.00, Hendleby Civic Centre."),
        ("h2", "8. Action log (agreed today)"),
        ("numbers", [
            "Sophie Lanyon (SW) to visit Isla-Rose at home every week until the review conference, with at least "
            "one unannounced visit each fortnight, and record where she sleeps and what she has been fed.",
            "Megan Tull (HV) to weigh Isla-Rose at home every Friday and send the weight and centile to Sophie the "
            "same day.",
            "Perinatal mental health team (Kelly Brookes) to continue fortnightly home visits to support Chantelle "
            "with her low mood.",
            "Kelly Brookes to write a report for the review conference by 18/09/2025 on whether Chantelle's "
            "depression is affecting her care of Isla-Rose and how long her recovery is likely to take.",
            "Ryan to attend the Drug and Alcohol Service and show an improvement in his cannabis use.",
            "Liam Shaw (DAS) to carry out a saliva drug test with Ryan every two weeks and send each result to "
            "Sophie.",
            "Tina Quinlan (MGM) to stay over every Tuesday and Thursday night to help Chantelle with night feeds and "
            "fill in the feeding chart.",
            "Bev Price (PGM) to look after Isla-Rose whenever Chantelle needs a rest.",
            "A referral to be made to Hendleby Family Hub for a place on the baby massage group by the next core "
            "group, with the start date sent to Sophie.",
            "Chantelle and Ryan to put Isla-Rose down on her back in her own cot for every sleep, with no smoking in "
            "the flat; Megan and Sophie to check the cot and sleeping area at each visit.",
            "All professionals to share any concerns about Isla-Rose with Sophie the same day and log them on her "
            "case file.",
            "Castlegate Surgery practice nurse to give Isla-Rose her overdue 12-week immunisations as soon as "
            "possible and update her red book.",
        ]),
        ("p", "Minutes circulated 14/08/2025 to everyone present and to Dr Ng and Bev Price."),
    ],
    "findings": [
        F("H001", "continue fortnightly home visits to support Chantelle with her low mood"),
        F("M001", "continue fortnightly home visits to support Chantelle with her low mood"),
        F("T001", "Ryan to attend the Drug and Alcohol Service and show an improvement"),
        F("M002", "Ryan to attend the Drug and Alcohol Service and show an improvement"),
        F("T002", "Bev Price (PGM) to look after Isla-Rose whenever Chantelle needs a rest"),
        F("M001", "Bev Price (PGM) to look after Isla-Rose whenever Chantelle needs a rest"),
        F("W001", "A referral to be made to Hendleby Family Hub"),
        F("W002", "All professionals to share any concerns about Isla-Rose with Sophie"),
        F("T002", "give Isla-Rose her overdue 12-week immunisations as soon as possible"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Independent chair's summary of a review conference, in paragraphs:
#    mother's depression and weekend drinking, a 14-year-old young carer and
#    her brother. Actions are the sentences under "The plan" (txt).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_heathwick_chair_summary_paragraphs_brannigan.txt",
    "split": "tune",
    "template": "independent-chairs-summary-rcpc-paragraphs-one-action-per-sentence-plain-text",
    "description": (
        "Independent chair's summary of a review conference for a 14-year-old young carer and her "
        "9-year-old brother (mother with depression who drinks at weekends), written as paragraphs. "
        "The care coordinator only 'continues to offer' support appointments with no measure; the "
        "young carers referral is 'as soon as possible'; 'it is hoped' the mother goes to the alcohol "
        "service 'when she feels ready' with 'an improvement' as the measure; the grandmother helps "
        "'whenever she can' with nothing to show it; 'the core group will keep an eye on' things. "
        "The contingency only meets to discuss on 'further concerns' and names no legal step."
    ),
    "actions": 9,
    "text": """\
HEATHWICK METROPOLITAN BOROUGH COUNCIL
Safeguarding Unit - Independent Reviewing Service

REVIEW CHILD PROTECTION CONFERENCE: CHAIR'S SUMMARY

Children:       Keira Brannigan (14), DOB 11/02/2011
                Alfie Brannigan (9), DOB 30/09/2015
Address:        14 Millstone Close, Heathwick HW7 2QP
Conference:     21 July 2025, 10.00, Heathwick Town Hall, Room 4
Chair:          Rosalind Teague, Independent Reviewing Officer
Social worker:  Mohammed Rafiq, Locality Team North
Present:        Leanne Brannigan (mother); Gary Brannigan (father); Mohammed Rafiq (SW); Anna Pryce (team manager);
                Simon Fairley (care coordinator, Heathwick Community Mental Health Team); Mrs Carol Dunmore (DSL,
                Heathwick Grange Academy); Mr Tom Ellis (class teacher, St Bede's Catholic Primary); Jean Walsh
                (maternal grandmother)
Apologies:      Dr Helen Amos (GP, Brookside Medical Practice), report sent


SUMMARY OF DISCUSSION

Keira and Alfie have had child protection plans under the category of neglect since the initial conference on 24 April 2025. The worries then were that Leanne's depression had left her in bed for most of the day, that she was drinking heavily at weekends, and that Keira had missed 31 days of school looking after her mum and her brother. Alfie was coming to school hungry and without PE kit, and the house had very little food in it.

There has been some progress. Leanne has been seen by the Community Mental Health Team since May and she told the conference that her new medication is helping her to get up in the mornings. Keira's attendance this half term is 88%, up from 71%. Gary has had the children every other weekend without a break since April and both children say they enjoy it. The home was clean and there was food in the cupboards on the last three visits.

The worries that remain are Leanne's drinking at weekends, which she says is "the only thing that helps me sleep", and the fact that Keira still gets Alfie up and ready for school on most days. Leanne was found asleep at 3pm on a visit on 4 July 2025 with a bottle of vodka on the floor, and Alfie let the social worker in.

KEIRA'S AND ALFIE'S VIEWS

Keira met the chair before the conference. She said she is "sick of everyone going on about Mum" and that she stays home sometimes "because someone has to make sure she's OK". She wants to go to college to do hair and beauty. She did not want to come into the conference.

Alfie wrote his Three Houses with Mohammed. In his house of worries he put "Mum crying" and "no clean PE kit". In his house of good things he put "Dad's at weekends" and "my Xbox". In his house of dreams he put "Mum happy and going to the park".

DECISION

The conference agreed that Keira and Alfie should stay on child protection plans under the category of neglect. Leanne and Gary agreed with the decision.

WHAT NEEDS TO BE DIFFERENT FOR KEIRA AND ALFIE

Keira goes to school every day and is no longer the person who looks after her mum and her brother. Alfie comes to school clean, fed and with his PE kit, and there is food in the house every day. Both children are cared for by an adult who is sober and well enough to notice how they are feeling, and they know who to ring if Mum is unwell.

THE PLAN

Mohammed Rafiq (SW) will visit Keira and Alfie at home every three weeks, seeing each of them on their own at every visit, and will record their views on the Three Houses tool each time. Mohammed will also make a referral for Keira to Heathwick Young Carers as soon as possible and will tell the core group when a worker has been allocated.

Simon Fairley, Leanne's care coordinator at Heathwick CMHT, will continue to offer Leanne fortnightly appointments to support her with her mood. It is hoped that Leanne will go to Heathwick Alcohol Service when she feels ready, and we will look for an improvement in her drinking.

Mrs Dunmore (DSL, Heathwick Grange Academy) will check Keira's attendance every day and email Mohammed her weekly attendance figure each Friday. St Bede's Catholic Primary will give Alfie a breakfast club place from 3 September 2025 and record on the club register whether he attends each day.

Gary will have Keira and Alfie to stay every other weekend, from Friday teatime to 5pm on Sunday, and will tell Mohammed after each weekend how the children were, which Mohammed will note on the children's file. Jean Walsh (maternal grandmother) will help out with the children whenever she can. The core group will keep an eye on how things are going at home.

CONTINGENCY

If things do not improve for Keira and Alfie, or if there are any further concerns, the core group will meet to discuss what should happen next and Mohammed will talk to his team manager.

REVIEW ARRANGEMENTS

The core group will meet every four weeks, the first meeting on 4 August 2025 at 4pm at Heathwick Grange Academy. The next review conference will be held on 20 October 2025 at 2pm at Heathwick Town Hall.

Rosalind Teague, Independent Reviewing Officer, 22 July 2025
This summary goes to everyone invited to the conference. Full minutes will follow within 20 working days.
""",
    "findings": [
        F("T002", "referral for Keira to Heathwick Young Carers as soon as possible"),
        F("H001", "will continue to offer Leanne fortnightly appointments to support her"),
        F("M001", "will continue to offer Leanne fortnightly appointments to support her"),
        F("T002", "It is hoped that Leanne will go to Heathwick Alcohol Service"),
        F("M002", "It is hoped that Leanne will go to Heathwick Alcohol Service"),
        F("T002", "Jean Walsh (maternal grandmother) will help out with the children whenever"),
        F("M001", "Jean Walsh (maternal grandmother) will help out with the children whenever"),
        F("W002", "The core group will keep an eye on how things are going"),
        F("T001", "The core group will keep an eye on how things are going"),
        F("M002", "The core group will keep an eye on how things are going"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan with Welsh/English bilingual headings after domestic abuse, two
#    children, actions as bullets under bilingual theme sub-headings.
#    Exemplary (docx).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_hafodwen_bilingual_welsh_english_headings_pritchard.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Elis a Cadi Pritchard",
    "split": "tune",
    "template": "bilingual-welsh-english-headings-kv-details-worries-going-well-voice-outcomes-themed-subheadings-bullets",
    "description": (
        "Exemplary initial conference plan from a Welsh council, English text under Welsh/English "
        "headings, for a 6-year-old and a 14-month-old after their father assaulted their mother (he "
        "is on bail and has supervised contact). Actions are bullets under bilingual theme "
        "sub-headings; each names its owner, a date or frequency and what will be seen or sent. The "
        "children's words (partly in Welsh) and the baby's observed experience are recorded, outcomes "
        "are the children's, the contingency has triggers, police, grandmother, a foster placement "
        "if she cannot help and a legal planning meeting, and the dates are fixed. No parental ill "
        "health or substance misuse (stated as a negation)."
    ),
    "actions": 10,
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Hafodwen – Gwasanaethau Plant / Hafodwen County Council – Children's Services"),
        ("h1", "1. Manylion / Details"),
        ("kv", [
            ("Plant / Children", "Elis Pritchard (6), DOB 04/03/2019, and Cadi Pritchard (14 months), DOB 27/05/2024"),
            ("Mam / Mother", "Nia Pritchard (29), 7 Heol y Felin, Hafodwen"),
            ("Tad / Father", "Dylan Morgan (31), living at his mother's address on Llanfair Road since 20/05/2025"),
            ("Categori / Category", "Emotional abuse"),
            ("Cynhadledd / Conference", "Initial child protection conference, 24/07/2025"),
            ("Cadeirydd / Chair", "Ffion Jenkins, Independent Reviewing Officer"),
            ("Gweithiwr cymdeithasol / Social worker", "Rhian Hughes, Hafodwen Safeguarding Team"),
            ("Iaith / Language", "The family speak Welsh and English at home and Elis is taught through Welsh. "
                                 "Nia asked for this copy in English with Welsh headings; a full Welsh copy is "
                                 "available."),
        ]),
        ("h1", "2. Beth sy'n peri pryder i ni? / What are we worried about?"),
        ("p", "On 19/05/2025 Dylan assaulted Nia at home while Elis and Cadi were in the house. Elis saw Dylan push "
              "Nia to the floor and hid under the stairs with Cadi until a neighbour called the police. This was "
              "the third police call to the address since October 2024. Dylan has been charged with assault and is "
              "on bail not to contact Nia or go to the address; the trial is listed for 14/10/2025 at Hafodwen "
              "Magistrates' Court. Since May, Elis has been wetting the bed and will not sleep apart from Nia."),
        ("p", "Nia has no history of mental health difficulties, and there are no concerns about alcohol or drug "
              "use by either parent."),
        ("h1", "3. Beth sy'n mynd yn dda? / What is going well?"),
        ("p", "Nia contacted the domestic abuse service herself in June and has kept every appointment with her "
              "IDVA. The children are warm, fed and well dressed, Elis's school attendance is 97% and Cadi's "
              "immunisations are up to date. Dylan has kept to his bail conditions and has asked to see the "
              "children."),
        ("h1", "4. Llais y plant / The children's voice"),
        ("p", "Elis spoke to Rhian at school on 15/07/2025, in Welsh and English. He said: \"Dwi'n caru Dad ond dwi "
              "ddim yn hoffi pan mae o'n gweiddi\" (I love Dad but I don't like it when he shouts). He said he is "
              "scared Dad will come back \"and be angry again\" and that he wants to see Dad \"at the place with "
              "the toys\". He put himself at 5 on his safety scale at home and at 9 at school."),
        ("p", "Cadi is 14 months old. She pulls herself up on the furniture, babbles and says \"Mam\" and \"ta\". "
              "Rhian saw her startle and cry when a door banged, and cling to Nia for several minutes before she "
              "would play again."),
        ("h1", "5. Canlyniadau i'r plant / Outcomes for the children"),
        ("bullets", [
            "Elis and Cadi live in a home where they are safe from violence and do not see or hear adults hurting "
            "each other.",
            "Elis feels safe enough to sleep in his own bed, and can tell a trusted adult at school how he is feeling.",
            "Cadi reaches her developmental milestones and is brought to all her health appointments.",
            "Elis and Cadi keep a safe relationship with their dad through supervised contact.",
        ]),
        ("h1", "6. Y cynllun gweithredu / The action plan"),
        ("h2", "6.1 Diogelwch gartref / Safety at home"),
        ("bullets", [
            "Rhian Hughes (social worker) will visit Elis and Cadi at home every 10 working days, see Elis on his own "
            "at each visit and record what he says and how Cadi is in the visit notes shared at each core group.",
            "Nia will keep the doors locked and the video doorbell switched on from 25/07/2025, and Rhian will look "
            "through the doorbell log with Nia at each visit.",
            "PC Gethin Lloyd (Hafodwen Police, Domestic Abuse Unit) will fit a panic alarm and extra door locks by "
            "08/08/2025 and confirm to Rhian in writing that they work.",
            "Siân Evans (IDVA, Hafodwen Domestic Abuse Service) will see Nia every week until the trial, complete a "
            "new DASH risk assessment by 29/08/2025 and send the score and Nia's safety plan to Rhian.",
        ]),
        ("h2", "6.2 Iechyd a datblygiad / Health and development"),
        ("bullets", [
            "Mererid Owen (health visitor) will visit Cadi at home every month and complete her 15-month "
            "developmental review by 29/08/2025, sending the ASQ-3 scores to Rhian.",
            "Mrs Bethan Rowlands (DSL, Ysgol Gynradd Bryn Celyn) will check in with Elis every Monday morning and "
            "email Rhian a short note of what he has said each Friday.",
        ]),
        ("h2", "6.3 Cyswllt gyda Dad / Contact with Dad"),
        ("bullets", [
            "Gareth Bowen (contact worker, Hafodwen Family Centre) will supervise Dylan's contact with Elis and Cadi "
            "every Saturday from 10am to 12pm and send Rhian a written record of each contact within 2 working days.",
            "Dylan will attend the Newid domestic abuse perpetrator programme every Wednesday evening from "
            "06/08/2025, and the programme facilitator will email Rhian each week to say whether he attended.",
        ]),
        ("h2", "6.4 Lles Elis / Elis's wellbeing"),
        ("bullets", [
            "Mrs Rowlands will arrange six ELSA (emotional literacy support) sessions for Elis starting by "
            "15/09/2025, and share the ELSA's end-of-sessions summary with Rhian and Nia.",
            "Rhian will do Three Houses direct work with Elis by 29/08/2025 and bring his drawings and words to the "
            "next core group.",
        ]),
        ("h1", "7. Cynllun wrth gefn / Contingency plan"),
        ("p", "If Dylan comes to the house, contacts Nia or goes near Ysgol Bryn Celyn in breach of his bail, Nia will "
              "ring 999; the address is flagged with Hafodwen Police for an emergency response, and Rhian (or the "
              "out-of-hours team on 01632 960 733) will hold a strategy discussion the same day."),
        ("p", "If Nia lets Dylan back into the home, or contact happens anywhere other than the Family Centre, Elis "
              "and Cadi will go to stay with their Nain, Eirlys Pritchard (maternal grandmother), that day, and Rhian "
              "will request a legal planning meeting within 5 working days. If Nain is not able to care for them, "
              "Rhian will arrange a foster placement the same day."),
        ("h1", "8. Grŵp craidd ac adolygu / Core group and review"),
        ("p", "Bydd y grŵp craidd yn cwrdd bob pedair wythnos. The core group will meet every four weeks at Ysgol "
              "Gynradd Bryn Celyn at 9.30am: 07/08/2025, 04/09/2025 and 02/10/2025."),
        ("p", "Cynhadledd adolygu / Review conference: 23/10/2025 at 10am, Canolfan Ddinesig Hafodwen (Hafodwen "
              "Civic Centre)."),
        ("h1", "9. Dosbarthu / Distribution"),
        ("p", "Nia Pritchard; Dylan Morgan (sections 1, 4 to 8); Rhian Hughes; Ffion Jenkins; Siân Evans; Mererid "
              "Owen; Mrs Bethan Rowlands; PC Gethin Lloyd; Gareth Bowen."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Interim plan while the family moves to another authority: numbered
#    outline 1 / 1.1 / a) with an outcome under each theme and the actions
#    lettered beneath it. Mother on methadone after a relapse, baby treated
#    for withdrawal. PDF with header and page footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_hollincross_numbered_outline_themes_transfer_varga.pdf",
    "doc_title": "Interim child protection plan pending transfer - Leo and Zofia Varga",
    "split": "tune",
    "template": "numbered-outline-1-1.1-a-theme-outcome-lettered-actions-transfer-header-footer",
    "description": (
        "Interim plan for a 4-year-old and a 4-week-old (mother on methadone after a heroin relapse, baby "
        "treated for withdrawal) after the family moved to another authority, as a Word outline: theme, "
        "outcome (1.1), lettered actions. The social worker and health visitor keep going until the "
        "transfer-in conference, but the parenting assessment, the mother's new drug service referral "
        "(passive, no measure) and the nursery and speech referral (no measure) wait for the transfer; "
        "Narcotics Anonymous 'as often as she can'; 'All agencies' send chronologies; one outcome is "
        "only the mother's. The aunt carries care and supervises contact but the contingency has no "
        "fallback; the review date is 'to be confirmed'."
    ),
    "actions": 14,
    "header": "OFFICIAL-SENSITIVE | Hollincross City Council | Children's Social Care",
    "footer": "Leo and Zofia Varga – interim child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan (interim, pending transfer)"),
        ("p", "Hollincross City Council – Children's Social Care – Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Leo Varga, DOB 14/03/2021 (4); Zofia Varga, DOB 28/06/2025 (4 weeks)"),
            ("Mother", "Kasia Varga (27)"),
            ("Father", "Adam Nowak (30), lives in Hollincross, not in a relationship with Kasia"),
            ("Category", "Neglect"),
            ("Initial conference", "08/07/2025, Hollincross"),
            ("Plan updated", "24/07/2025, after the family moved to Saltmarsh on 21/07/2025"),
            ("Social worker", "Joanne Pike, Hollincross (holds the case until the transfer-in conference)"),
            ("Receiving authority", "Saltmarsh Borough Council Children's Services; transfer request sent 22/07/2025"),
        ]),
        ("h1", "Background"),
        ("p", "Kasia has used heroin since she was 19. She has had a methadone script from Hollincross Drug and "
              "Alcohol Service (HDAS) since 2023 and was stable until May 2025, when she relapsed; a urine test on "
              "16/06/2025 was positive for heroin. Zofia was born at Hollincross Royal Infirmary at 37 weeks and "
              "spent 12 days on the special care baby unit being treated for neonatal abstinence syndrome. She went "
              "home with Kasia on 10/07/2025. On 21/07/2025 Kasia moved with both children to a one-bedroom flat at "
              "6 Quayside Court, Saltmarsh, to be near her sister Marta."),
        ("p", "Leo was out of nursery for most of the spring term and his speech is behind for his age. Adam sees "
              "the children on Sundays; he has convictions for supplying drugs and the conference agreed his "
              "contact must be supervised."),
        ("h1", "What Leo and Zofia have shown and told us"),
        ("p", "Leo told Joanne: \"Zofia cries and cries and I give her the dummy.\" He likes the new flat because "
              "\"Auntie Marta lives by the big boats\", and he asked whether he will have a new nursery. On the visit "
              "on 23/07/2025 he was hungry and ate two bowls of cereal while Joanne was there. Zofia is jittery after "
              "feeds and has a high-pitched cry, but she settles when Kasia swaddles her and holds her skin to skin."),
        ("h1", "About this plan"),
        ("p", "Each theme below gives the outcome we want for the children and then the lettered actions. Hollincross "
              "keeps full responsibility for the plan until Saltmarsh holds its transfer-in conference."),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Safe care at home"),
            (1, "Outcome: Leo and Zofia are cared for every day by an adult who is not under the influence of drugs, "
                "and Zofia sleeps safely."),
            (2, "Joanne Pike (SW) will keep visiting Leo and Zofia every week at the Saltmarsh flat until the "
                "transfer-in conference, see where Zofia sleeps and record each visit on the case file."),
            (2, "The parenting assessment will be completed by Saltmarsh Children's Services once the case has "
                "transferred, and the report shared with the core group."),
            (2, "Kasia will put Zofia down on her back in her Moses basket for every sleep, and Joanne will check the "
                "basket and bedding at each visit."),
            (2, "Marta Varga (maternal aunt) will look after Leo and Zofia on any day that Kasia misses a methadone "
                "dose or has a positive test, and will text Joanne that day to confirm the children are with her."),
            (2, "Marta will supervise Adam's contact with Leo and Zofia at her home every Sunday from 2pm to 4pm and "
                "give Joanne a short written note of each visit."),
            (0, "Kasia's recovery"),
            (1, "Outcome: Kasia stays on her methadone script and stops using heroin."),
            (2, "HDAS (key worker Paul Dunne) will carry out a urine drug screen with Kasia every Monday until her "
                "treatment transfers, and send each result to Joanne the same day."),
            (2, "Kasia will be referred to Saltmarsh Recovery Partnership for key work after the case has transferred "
                "to Saltmarsh."),
            (2, "Kasia will hopefully go to a Narcotics Anonymous group as often as she can and tell Joanne which "
                "meetings she went to."),
            (0, "Health and development"),
            (1, "Outcome: Zofia's withdrawal symptoms settle and she gains weight; Leo's speech and health needs are "
                "met."),
            (2, "Amanda Cole (HV, Hollincross) will visit Zofia every week until the transfer-in conference, weigh her "
                "and score any withdrawal signs, and pass her records to the Saltmarsh health visiting team within "
                "10 working days of the transfer conference."),
            (2, "Kasia will register Leo and Zofia with a GP near the new flat by 08/08/2025 and show Joanne the "
                "registration letter."),
            (2, "A nursery place for Leo and his speech and language referral will be looked at by the new Saltmarsh "
                "social worker after the transfer."),
            (0, "Handing the case over safely"),
            (1, "Outcome: Leo and Zofia's plan carries on without a gap while their case moves to Saltmarsh."),
            (2, "Joanne will send the full case file, chronology and this plan to Saltmarsh Children's Services by "
                "28/07/2025 and confirm by email that it has been received."),
            (2, "Chris Alder (team manager) will ask Saltmarsh to hold the transfer-in conference within 15 working "
                "days of receiving the file, and record the agreed date on the case file."),
            (2, "All agencies will send their chronologies to Saltmarsh Children's Services by 08/08/2025, copying "
                "Joanne into each email."),
        ]),
        ("h1", "Contingency"),
        ("p", "If Kasia has a positive test for heroin, misses two methadone doses in a row, or is found under the "
              "influence while caring for the children, Leo and Zofia will go to stay with Marta that day and Joanne "
              "will request a legal planning meeting within 5 working days. These arrangements stay in place until "
              "Saltmarsh has held its transfer-in conference."),
        ("h1", "Meetings"),
        ("p", "The core group met on 17/07/2025. It will next meet on 31/07/2025, by video because the family has "
              "moved, and then every two weeks until the transfer-in conference. The transfer-in conference will "
              "also act as the review conference; its date is to be confirmed by Saltmarsh."),
        ("p", "Plan updated by Joanne Pike, social worker, and agreed by Chris Alder, team manager, 24/07/2025."),
    ],
    "findings": [
        F("X001", "The parenting assessment will be completed by Saltmarsh Children's Services"),
        F("F002", "Outcome: Kasia stays on her methadone script and stops using heroin."),
        F("X001", "Kasia will be referred to Saltmarsh Recovery Partnership for key work"),
        F("W001", "Kasia will be referred to Saltmarsh Recovery Partnership for key work"),
        F("M001", "Kasia will be referred to Saltmarsh Recovery Partnership for key work"),
        F("T002", "Kasia will hopefully go to a Narcotics Anonymous group"),
        F("X001", "A nursery place for Leo and his speech and language referral"),
        F("M001", "A nursery place for Leo and his speech and language referral"),
        F("W002", "All agencies will send their chronologies to Saltmarsh Children's Services"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. "Who will do what" plan for a looked-after premature baby still on the
#    neonatal unit: each owner named once above a run of bullets, and a
#    collective "Everyone in the network will:" (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_halbury_who_does_what_owner_lead_ins_nnu_ferreira.md",
    "split": "tune",
    "template": "who-will-do-what-bold-owner-lead-in-then-bullets-collective-lead-in-markdown",
    "description": (
        "ICPC plan for a baby born at 29 weeks, accommodated under section 20 and still on the neonatal "
        "unit; the mother is a 19-year-old care leaver with depression. Owners are named once in bold "
        "lead-ins ('The health visitor, Priya Shah, will:') over runs of bullets. Nobody is set to visit "
        "the looked-after baby on the unit (the social worker only liaises, with no measure; the mother "
        "'as often as she can'); the health visitor 'hopefully' contacts outreach 'when appropriate'; "
        "the perinatal team only supports and reviews medication; 'Everyone in the network' owns two "
        "bullets, one measured only by 'confidence'; one outcome is only the mother's."
    ),
    "actions": 11,
    "text": """\
# Child protection plan: who will do what

**Halbury Borough Council – Children's Services (Children in Care and Safeguarding)**

- **Child:** Amara Ferreira, born 18/06/2025 at 29 weeks, Halbury Royal Infirmary
- **Mother:** Jade Ferreira (19)
- **Father:** Kyle Dunn (23), not in contact; a non-molestation order protects Jade
- **Legal status:** accommodated under section 20 of the Children Act 1989 since 03/07/2025, with Jade's agreement. Amara is still on the Neonatal Unit (Ward 21) at Halbury Royal Infirmary.
- **Conference:** initial child protection conference, 10/07/2025; chair Denise Oyelaran (IRO)
- **Social worker:** Amy Reed, Halbury Children in Care Team
- **Category:** neglect

## Why Amara has a plan

Jade was in care herself until she was 18. She has depression and anxiety and is under the Halbury Perinatal Mental Health Team. During the pregnancy she missed most of her antenatal appointments and was living in a hostel, and Kyle assaulted her when she was 24 weeks pregnant. After Amara was born Jade did not come to the unit for nine days in a row and did not answer calls. On 03/07/2025 Jade agreed to Amara being accommodated while a plan is made for them to go to a mother and baby foster placement together.

## Amara's day

Amara is in an incubator in Nursery 2. She weighs 1.48 kg and is fed by nasogastric tube every three hours. The nurses say she settles quickly when Jade holds her skin to skin and that she turns towards Jade's voice. On 11 of the 22 days since her birth nobody from her family came to see her, and on those days the nurses were the only people who held her.

## What we want for Amara

- Amara is fed, warm and gaining weight, and is held and cuddled by people who know her while she is on the unit.
- When she leaves hospital Amara lives somewhere safe with a carer who can look after her day and night, ideally with Jade in a mother and baby placement.
- Amara is kept safe from Kyle.
- Jade's mood improves and she feels less anxious.

## Who will do what

**The social worker, Amy Reed, will:**

- liaise with the neonatal unit about Amara's discharge plans by the next core group;
- find a mother and baby foster placement for Jade and Amara before discharge and give the carers' names to the core group;
- complete a parenting assessment of Jade by 29/08/2025 and share the report with Jade and the core group.

**The neonatal unit (Sister Maggie Doyle, family care sister) will:**

- ring Amy each Friday with an update on Amara's weight, feeds and who has visited, and record the call in Amara's notes.

**The health visitor, Priya Shah, will:**

- visit Amara in the mother and baby placement within 48 hours of discharge and then every week, weighing her and writing the weight in her red book;
- hopefully make contact with the neonatal outreach team when appropriate.

**Halbury Perinatal Mental Health Team (Dr Owen Lacey, consultant psychiatrist) will:**

- continue to see Jade every two weeks for support and to review her medication.

**Jade will:**

- try to visit Amara on the unit as often as she can, with each visit written in the unit's parents' log;
- learn to tube-feed, bath and change Amara with the nurses before discharge, signed off on the unit's parent competency checklist.

**Everyone in the network will:**

- share any worry about Amara or Jade with Amy the same day and log it on Amara's case record;
- support Jade to build her confidence with Amara at every contact.

## If things go wrong

- If Jade tries to take Amara off the unit without agreement, or is too distressed to care for her safely, the nurse in charge will call hospital security and the police, and Amy (or the emergency duty team on 01632 960 215 out of hours) will hold a strategy discussion the same day.
- If Jade leaves the mother and baby placement with Amara, or the foster carers report that she cannot meet Amara's needs safely at night, Amara will move to a foster carer the same day and Amy will request a legal planning meeting within 2 working days.

## Core group and review

The core group will meet every three weeks in the family room on Ward 21: 24/07/2025, 14/08/2025 and 04/09/2025. The review child protection conference is on 02/10/2025 at 10am at Halbury Civic Centre.
""",
    "findings": [
        F("M001", "liaise with the neonatal unit about Amara's discharge plans"),
        F("T002", "hopefully make contact with the neonatal outreach team when appropriate"),
        F("M001", "hopefully make contact with the neonatal outreach team when appropriate"),
        F("H001", "continue to see Jade every two weeks for support"),
        F("M001", "continue to see Jade every two weeks for support"),
        F("T002", "try to visit Amara on the unit as often as she can"),
        F("W002", "share any worry about Amara or Jade with Amy the same day"),
        F("W002", "support Jade to build her confidence with Amara at every contact"),
        F("M002", "support Jade to build her confidence with Amara at every contact"),
        F("F002", "Jade's mood improves and she feels less anxious."),
        F("L001"),
    ],
})
