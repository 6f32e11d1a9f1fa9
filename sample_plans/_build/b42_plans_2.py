"""Batch 42, module 2: seven fictional plans (tuning material), places beginning with "w".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans written mostly as prose. A social worker's review conference
report whose "The plan" section is first-person paragraphs; a health
visitor's letter setting out what was agreed; a plain-text plan summary full
of hedged and passive commitments; a child's plan with his own words under
"What Kai told me" and every action a bullet with its owner in brackets at the
end; a Word plan with the same bracketed owners written loosely; a chair's
outcome record with an "If things do not get better" contingency written as
if/then sentences; and a pre-birth plan in paragraphs by stage. Review
arrangements are mostly a single sentence with dates. Three are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Social worker's report to a review conference; "The plan" is first-person
#    paragraphs grouped by agency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_wathermoor_rcpc_sw_report_plan_paragraphs_tiernan.docx",
    "doc_title": "Social Work Report to Review Child Protection Conference - Mason and Ruby-Jo Tiernan",
    "split": "tune",
    "template": "rcpc-sw-report-numbered-sections-progress-childs-words-analysis-then-the-plan-as-first-person-paragraphs-per-agency",
    "description": (
        "Social worker's report to a first review conference for a 7-year-old and a 2-year-old (neglect, "
        "stepfather's cocaine and cannabis use, mother's anxiety). Good history, Mason's words and "
        "Ruby-Jo's day. 'The plan' is paragraphs, one action per sentence: most are specific, but school "
        "'will monitor' attendance with no timescale, a speech therapy referral 'will be made' by nobody, "
        "Dale will 'cut down over the coming months', the family support sessions have no measure, and "
        "'all professionals' own the information sharing. One outcome is only Dale's; the contingency "
        "only 'considers' a strategy discussion. Dates and a legal planning step are set."
    ),
    "blocks": [
        ("title", "Report to Review Child Protection Conference"),
        ("p", "Wathermoor Metropolitan Borough Council – Children and Young People's Directorate – "
              "Locality Social Work Team (West)"),
        ("kv", [
            ("Children", "Mason Tiernan, born 19/01/2018 (7), Year 2 at Greenhill Primary; "
                         "Ruby-Jo Tiernan-Brookes, born 02/05/2023 (2)"),
            ("Address", "41 Cinder Lane, Wathermoor"),
            ("Mother", "Stacey Tiernan (29)"),
            ("Stepfather / Ruby-Jo's father", "Dale Brookes (33), lives at the address"),
            ("Mason's father", "Lee Carver – no contact since 2021, whereabouts not known"),
            ("Initial conference", "10/04/2025 – category: neglect"),
            ("This conference", "First review, 03/07/2025"),
            ("Report author", "Rhiannon Tate, Social Worker"),
            ("Team manager", "Peter Okonjo"),
            ("Shared with parents", "Read through with Stacey and Dale at home on 30/06/2025"),
        ]),
        ("h1", "1. Purpose of this report"),
        ("p", "This report tells conference what has changed for Mason and Ruby-Jo since the initial "
              "conference in April, what the children have told and shown me, and what I think needs to "
              "happen next. My recommendation and the plan I am proposing are in sections 6 and 8."),
        ("h1", "2. Progress since the initial conference"),
        ("p", "In April the house was very cluttered, the back yard was full of rubbish bags, and there was "
              "often little food in. Mason's attendance for the spring term was 78% and he was late on 19 "
              "mornings. Ruby-Jo had not been seen by a health visitor since she was 9 months old. Dale told "
              "the initial conference that he uses cannabis most evenings and cocaine \"at weekends, with "
              "mates\"."),
        ("p", "Since then there has been some real change. The kitchen and living room were clean on my last "
              "four visits and there has been food in the fridge each time. Mason's attendance for the summer "
              "term so far is 89%. Dale started at Compass in May and has been to 7 of 9 appointments; his "
              "tests show cannabis but no cocaine since 20 May. Stacey has told me that her anxiety is worse "
              "in the mornings and that on bad days she cannot face the school gate, which is when Mason is "
              "late or does not go."),
        ("p", "Some things have not changed. The bags in the back yard are still there, the stair gate has "
              "not been fitted, and Ruby-Jo has still not had her two-year review. Ruby-Jo says only a few "
              "words and the nursery place she was offered in May was not taken up."),
        ("h1", "3. Mason and Ruby-Jo's daily lives"),
        ("h2", "What Mason says"),
        ("p", "I saw Mason on his own at school on 12 June and at home, in his bedroom, on 26 June. He told "
              "me: \"It's better now 'cause there's cereal. Mummy gets sad in the mornings and I have to wait "
              "for her to be ready.\" He said he likes it when Dale plays football with him in the park and "
              "does not like it when Dale and his friends are in the kitchen \"and it smells funny and they "
              "laugh loud\". When I asked him his three wishes he said \"a dog, to be on time for Golden "
              "Time, and Ruby-Jo to talk to me properly\"."),
        ("h2", "Ruby-Jo"),
        ("p", "Ruby-Jo is a smiley little girl who follows Mason everywhere. She points and pulls adults by "
              "the hand to show them what she wants, and uses about six words (\"Mama\", \"Ma-son\", "
              "\"dog\", \"more\", \"no\" and \"bye\"). On two of my visits she was still in her night nappy at "
              "midday and it was full. She goes to her mum for comfort and settles quickly when she is held."),
        ("h1", "4. What Stacey and Dale say"),
        ("p", "Stacey and Dale both said they want the plan to end by Christmas. Stacey said, \"I know I "
              "need to get Mason in on time, I just need the mornings to be easier.\" Dale accepts that "
              "his drug use has affected the family; he says the cocaine has stopped and he wants to cut "
              "down the cannabis but \"not be told to stop overnight\"."),
        ("h1", "5. Analysis"),
        ("p", "The children are better fed and the main rooms are cleaner, and both parents have worked with "
              "me honestly. The risks that remain are Mason's lateness and missed days, Ruby-Jo's speech and "
              "her missed health checks, the hazards in the yard and on the stairs, and Dale's continued "
              "cannabis use in the home. Stacey's anxiety in the mornings sits underneath much of the "
              "difficulty getting Mason to school."),
        ("h1", "6. Recommendation"),
        ("p", "I recommend that Mason and Ruby-Jo remain subject to child protection plans under the "
              "category of neglect, and that the plan below replaces the plan of 10/04/2025."),
        ("h1", "7. What we want for Mason and Ruby-Jo"),
        ("bullets", [
            "Mason gets to school on time every day and his attendance is above 95% by the next review.",
            "Ruby-Jo has her two-year review, is seen by the health visitor, and gets help with her talking.",
            "Both children live in a home that is clean, warm and safe to play in, with food in the cupboards.",
            "Dale will stop using cocaine and cannabis.",
        ]),
        ("h1", "8. The plan"),
        ("p", "I will continue to visit Mason and Ruby-Jo at home every two weeks, with at least one visit a "
              "month unannounced; I will see Mason on his own each time and write down his words, and the "
              "state of the kitchen and the children's bedrooms, in my visit notes."),
        ("p", "Mason's attendance will be monitored by Greenhill Primary. Mrs Joanne Feld, the DSL at "
              "Greenhill, will see Mason every Monday morning, keep a note of what he says about his weekend "
              "and email me the same day if anything he says worries her."),
        ("p", "Anna Cole, health visitor, will complete Ruby-Jo's overdue two-year development review by 15 "
              "August 2025 and send me her ASQ-3 scores and weight. A referral will be made to speech and "
              "language therapy for Ruby-Jo."),
        ("p", "Jordan Pike, recovery worker at Compass (Wathermoor's drug and alcohol service), will see Dale "
              "every week, carry out a drug test at each session and send me a written update before every "
              "core group on his use and what it means for his care of the children. Dale will cut down his "
              "cannabis use over the coming months."),
        ("p", "Leah Brannon, family support worker at Hawthorn Family Hub, will do weekly sessions at home "
              "with Stacey and Dale for ten weeks from 7 July 2025 on the morning routine and getting Mason "
              "out of the door on time."),
        ("p", "Stacey and Dale will clear the rubbish bags from the back yard and fit the stair gate at the "
              "top of the stairs by 18 July 2025, and I will check both at my next visit after that date."),
        ("p", "Stacey will see Dr Okoye at Harefield Surgery by 25 July 2025 about her anxiety and poor "
              "sleep, and will show me the plan they agree at my next visit."),
        ("p", "All professionals will tell me the same day if they have any worry about Mason or Ruby-Jo, "
              "and each worry will be logged on the children's file."),
        ("h1", "9. Contingency plan"),
        ("p", "Should the situation at home deteriorate, a strategy discussion will be considered and the "
              "core group will review the plan."),
        ("h1", "10. Core group and review"),
        ("p", "The core group will carry on meeting every four weeks at Greenhill Primary, with the next "
              "meetings on 31 July and 28 August 2025 at 9.30am, and the second review child protection "
              "conference is booked for 25 September 2025 at 1pm at Wathermoor Civic Hall."),
        ("p", "If there has been no real improvement in Mason's attendance and in the state of the yard and "
              "stairs by the core group on 28 August 2025, I will ask my team manager to arrange a legal "
              "planning meeting."),
        ("p", "Rhiannon Tate, Social Worker – 30/06/2025"),
        ("p", "Countersigned: Peter Okonjo, Team Manager – 01/07/2025"),
    ],
    "findings": [
        F("F002", "Dale will stop using cocaine and cannabis."),
        F("T001", "Mason's attendance will be monitored by Greenhill Primary"),
        F("M002", "Mason's attendance will be monitored by Greenhill Primary"),
        F("W001", "A referral will be made to speech and language therapy"),
        F("T001", "A referral will be made to speech and language therapy"),
        F("M001", "A referral will be made to speech and language therapy"),
        F("T002", "Dale will cut down his cannabis use over the coming months"),
        F("M001", "Dale will cut down his cannabis use over the coming months"),
        F("M001", "weekly sessions at home with Stacey and Dale for ten weeks"),
        F("W002", "All professionals will tell me the same day"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Health visitor's letter to a mother after the first core group, setting
#    out what was agreed. Exemplary; PDF with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_wimbleholt_hv_letter_what_we_agreed_adjei.pdf",
    "doc_title": "Health visitor's letter after core group - Tobi Adjei",
    "split": "tune",
    "template": "hv-letter-to-mother-after-first-core-group-nhs-header-how-baby-is-doing-what-we-agreed-sentences-dates-for-your-diary-paged",
    "description": (
        "Exemplary letter from a health visitor to a mother after the first core group for a 4-month-old "
        "(postnatal depression, unsafe sleep). Tobi's day as the HV sees it, outcomes for Tobi, then what "
        "was agreed as one sentence per person, each with who, when and how it will be seen. The "
        "perinatal nurse reports on change, the perinatal psychiatrist assesses capacity to change, the "
        "GP reviews medication; the grandmother's nights have a fallback; core group and review dates "
        "in one sentence; legal planning follows unsafe sleep."
    ),
    "header": "Wimbleholt Community Health NHS Trust – 0-19 Health Visiting Service – OFFICIAL SENSITIVE",
    "footer": "Letter to Amara Adjei, 09/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Health Visiting Team (Northgate)"),
        ("pr", "Northgate Health Centre, Mill Street, Wimbleholt"),
        ("pr", "Tel: 01632 960 418"),
        ("pr", "9 July 2025"),
        ("p", ""),
        ("pl", "Ms Amara Adjei"),
        ("pl", "Flat 6, Rowan Court"),
        ("pl", "Wimbleholt"),
        ("p", ""),
        ("p", "Dear Amara,"),
        ("p", "Thank you for letting me and the others come to your flat yesterday for Tobi's first core "
              "group meeting. You asked me to write down what everyone agreed, because there was a lot to "
              "take in and Tobi was unsettled for the second half. Callum, Tobi's social worker, has read "
              "this letter and agrees it is right. If anything here is not how you remember it, please ring "
              "me and I will correct it."),
        ("boldp", "Why Tobi has a plan"),
        ("p", "Tobi has had a child protection plan since the conference on 26 June 2025, under the category "
              "of neglect. In May and June Tobi was twice found asleep on the sofa with you, once with a "
              "bottle propped on a cushion, and he missed his 8- and 12-week weighs. You have postnatal "
              "depression, which Dr Patel diagnosed in April, and you told conference that at night you are "
              "often too exhausted to get up and take him to his cot. Tobi's dad, Kwame Mensah, lives with you "
              "and works early shifts at the bus depot."),
        ("boldp", "How Tobi is doing"),
        ("p", "Tobi is 4 months old and too young to tell us how things are for him, so this is what I have "
              "seen. He is a bright, alert baby who watches your face and smiles and kicks when you talk to "
              "him. When I weighed him on 1 July he was 6.4kg, on the 25th centile, which is where he has "
              "been since birth. On my visit on 24 June he had slept in his cot, settled quickly after his "
              "feed and went back down easily. On 17 June, after a night on the sofa, he was grizzly all "
              "morning and his nappy rash had come back. He calms fastest when he is held against your "
              "shoulder or when Grace sings to him."),
        ("boldp", "What we all want for Tobi"),
        ("bullets", [
            "Tobi sleeps on his back in his own cot for every sleep, day and night.",
            "Tobi is fed regularly, keeps gaining weight on or above the 25th centile and has his "
            "immunisations on time.",
            "Tobi is looked after every day by an adult who is awake, calm and able to respond to him.",
        ]),
        ("boldp", "What we agreed"),
        ("p", "I will visit you and Tobi at home every Tuesday morning until the review conference, weigh "
              "Tobi each time and plot his weight in his red book, so that we can both see whether he stays "
              "on or above the 25th centile."),
        ("p", "Callum Reid, Tobi's social worker, will visit every two weeks, at least once a month without "
              "arranging it first, and will write in his visit record where Tobi slept the night before and "
              "how he was while Callum was there."),
        ("p", "You agreed to put Tobi down on his back in his own cot for every sleep, day and night, and to "
              "fill in the sleep diary every day so that I can go through it with you on my Tuesday visits."),
        ("p", "Your mum, Grace, will stay over every Friday and Saturday night and do Tobi's night feeds, "
              "writing each feed and where he went back to sleep on the chart on your fridge."),
        ("p", "Lorna Beck, your perinatal mental health nurse, will see you at home every fortnight and will "
              "write a short report for each core group on whether the changes in your mood are showing in "
              "how you are able to look after Tobi."),
        ("p", "Dr Hana Nwosu, perinatal psychiatrist, will see you on 22 July 2025 and will send the core "
              "group a written assessment by 1 August 2025 of how likely it is that you can make and keep "
              "the changes Tobi needs, and how long that is likely to take."),
        ("p", "Dr Sam Patel at Cedar Lane Surgery will review your sertraline by 18 July 2025 and write to me "
              "and Callum with any change to your dose."),
        ("p", "Jess Marlow, family support worker at Wimbleholt Family Hub, will come every Thursday for "
              "eight weeks from 10 July 2025 to help you set up a bath, feed and bed routine, and her session "
              "record will show how many nights that week Tobi was in his cot by 8pm."),
        ("p", "Kwame will go to the Dads' Group at the Family Hub every Wednesday evening from 16 July 2025, "
              "and the group leader will send Callum the attendance sheet at the end of each month."),
        ("boldp", "If things get harder"),
        ("p", "If Tobi is found asleep on the sofa or in your bed, misses two weighs in a row, or you tell any "
              "of us that you are having thoughts of harming yourself or Tobi, Callum (or the out-of-hours "
              "team) will hold a strategy discussion the same day. Tobi will stay with Grace while Lorna "
              "arranges for the perinatal crisis team to see you that day."),
        ("p", "If Grace cannot stay over or look after Tobi, Kwame will take leave from work to be at home at "
              "night, and if neither of them can, Callum will arrange that day for Tobi to be cared for by "
              "approved foster carers until a safe adult can be with him."),
        ("p", "If Tobi is found in an unsafe place to sleep a second time, or his weight drops below the 9th "
              "centile, Callum's manager will hold a legal planning meeting within five working days to "
              "decide whether to start the pre-proceedings process."),
        ("boldp", "Dates for your diary"),
        ("p", "The core group will meet every four weeks at Wimbleholt Family Hub, on 5 August and 2 "
              "September 2025 at 10am, and Tobi's review child protection conference is on Thursday 18 "
              "September 2025 at 1.30pm at Wimbleholt Civic Centre."),
        ("p", "You are doing a lot of things well for Tobi, and we want to help you with the rest. Please "
              "ring me on the number at the top of this letter, or Callum on 01632 960 733, if anything is "
              "worrying you before Tuesday."),
        ("p", "Yours sincerely,"),
        ("p", "Joanne Pryce"),
        ("pl", "Specialist Community Public Health Nurse (Health Visitor)"),
        ("pl", "cc: Callum Reid (SW); Lorna Beck (Perinatal Mental Health Team); Dr S Patel (GP)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plain-text plan summary after a review conference with hedged and
#    passive commitments; contact supervised by the paternal grandmother (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_wrensfield_hedged_plan_summary_pasco.txt",
    "split": "tune",
    "template": "rcpc-plan-summary-plain-text-underlined-headings-what-sienna-said-then-what-is-going-to-happen-hedged-and-passive-sentences-txt",
    "description": (
        "Plain-text plan summary after a review conference for a 9-year-old and a 5-year-old (mother's "
        "drinking and low mood, past domestic abuse by the younger child's father). Full of hedges and "
        "passives: 'it is hoped that' Jodie cuts down 'over the next few weeks', 'a referral will be made' "
        "to the alcohol service, Jodie 'will hopefully' book a GP appointment with no measure, Sienna "
        "'will be offered' counselling by nobody, the family support worker 'will try' when she has space "
        "in her diary. No adult service owns an action; Theo's contact is supervised by his grandmother "
        "and the contingency never says what happens if she cannot."
    ),
    "text": """\
WRENSFIELD COUNCIL - CHILDREN'S SERVICES
Safeguarding and Family Support Team 3

CHILD PROTECTION PLAN - SUMMARY FOR FAMILY AND PROFESSIONALS
============================================================

Children:     Sienna Pasco, 9 (Rookwood Primary, Year 4)
              Theo Pasco-Lynch, 5 (Rookwood Primary, Reception)
Mum:          Jodie Pasco
Theo's dad:   Kyle Lynch (lives with his mother, Pauline Lynch, Alder Street)
Conference:   Review child protection conference, 15 July 2025
Category:     Neglect (no change)
Written by:   Ben Aldous, Social Worker, 16 July 2025


Why the plan is carrying on
---------------------------
Conference heard that things are a bit better than in April. Jodie has had
fewer days when she is drinking in the daytime and the children have been to
school more. But Jodie told conference she still drinks most evenings, "a
bottle of wine, sometimes more", and that her mood has been very low since her
mum died in February. On two of the social worker's visits in June Jodie was
asleep on the sofa at 4pm and Sienna had made tea for Theo. Kyle was violent
to Jodie in 2023 and there is a non-molestation order until January 2026; he
now sees Theo at his mum's house.


What Sienna said
----------------
Sienna talked to Ben in the library at school on 8 July. She said: "Mum's
nicer now but she still has her wine and then she goes to sleep. I do Theo's
beans and his bath." She said the best thing in her week is netball on
Wednesdays and the worst thing is "when Mum cries and I don't know what to
do". She wants "Mum to be happy and to not have to do Theo's bath".


Theo
----
Theo is a chatty little boy. He showed Ben his Lego garage and said "Sienna
does my beans, and Nanny Pauline does fish fingers on Saturday." His teacher
says he is tired on Monday mornings and sometimes comes in without breakfast.


What we want for Sienna and Theo
--------------------------------
- Sienna and Theo are looked after every evening by a grown-up who is sober and
  awake, and Sienna is not the one making tea or doing Theo's bath.
- Both children get to school on time, with breakfast, every day.
- Sienna has someone to talk to about how she feels, and keeps going to
  netball.
- Theo sees his dad safely, with no contact between Kyle and Jodie.


What is going to happen
-----------------------
Mum will try to get Sienna and Theo to school by 8.45am every day, and Rookwood
Primary will email the social worker every Friday with any late marks.

It is hoped that Jodie will cut down her drinking over the next few weeks.

A referral will be made to the Wrensfield Alcohol Service.

Jodie will hopefully book an appointment with her GP about her low mood by the
end of July.

Sienna will be offered weekly sessions with a school counsellor from the start
of the autumn term, and her attendance will be recorded.

The social worker, Ben Aldous, will visit every three weeks and see Sienna and
Theo on their own each time, writing down what they say in his visit record.

Mel Dyer, the family support worker, will try to do some work with Jodie on the
children's bedtime routine when she has space in her diary.

Theo's speech will be checked by the school nurse, Kath Lomas, before the
October half-term, and she will send a short written report to Ben.

Kyle will see Theo every Saturday from 10am to 2pm at his mum Pauline's house,
with Pauline supervising and signing the contact book each week.

Mrs Gail Hendry, the DSL at Rookwood, will check in with Sienna every Monday
morning, keep a note of each chat and tell Ben the same day if Sienna says
anything worrying about home.


If things go wrong
------------------
If Jodie is found to have been drinking while she is looking after Sienna and
Theo, or Kyle comes to the house, Ben (or the emergency duty team out of hours)
will hold a strategy discussion the same day and the children will go to stay
with their aunt, Carly Pasco, at 4 Mallow Road until it is safe for them to go
home. If this happens twice before the next review conference, the team
manager will hold a legal planning meeting within five working days.


Meetings
--------
The core group will meet every four weeks at Rookwood Primary, on 5 August, 2
September and 30 September 2025 at 3.30pm, and the next review child
protection conference will be on 14 October 2025 at 10am at Wrensfield Town
Hall.

Copies to: Jodie Pasco; Kyle Lynch (contact section only); Rookwood Primary
(DSL); Kath Lomas, school nurse; Mel Dyer, Wrensfield Family Support.
""",
    "findings": [
        F("T002", "It is hoped that Jodie will cut down her drinking"),
        F("M001", "It is hoped that Jodie will cut down her drinking"),
        F("W001", "A referral will be made to the Wrensfield Alcohol Service"),
        F("T001", "A referral will be made to the Wrensfield Alcohol Service"),
        F("M001", "A referral will be made to the Wrensfield Alcohol Service"),
        F("M001", "book an appointment with her GP about her low mood"),
        F("W001", "Sienna will be offered weekly sessions with a school counsellor"),
        F("T002", "do some work with Jodie on the children's bedtime routine"),
        F("M001", "do some work with Jodie on the children's bedtime routine"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Kai's plan: his own words under "What Kai told me", then every action a
#    bullet with the owner in brackets at the end. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_wychcombe_what_kai_told_me_bracket_owners_rennard.md",
    "split": "tune",
    "template": "icpc-plan-md-what-kai-told-me-first-person-sw-then-bullets-under-plain-subheadings-owner-in-brackets-at-end-if-dad-becomes-unwell-review-sentence",
    "description": (
        "Exemplary initial-conference plan for an 11-year-old young carer whose father has bipolar "
        "disorder and was recently an inpatient after stopping his lithium. Kai's words under 'What Kai "
        "told me', outcomes for Kai, then every action a bullet ending with the owner in brackets, each "
        "with a timescale and how it will be seen. The care coordinator reports on change, the "
        "psychiatrist assesses how likely Martin is to stay well, the aunt's part has a fallback, core "
        "group and review dates are one sentence, and legal planning follows a relapse."
    ),
    "text": """\
# Kai's child protection plan

Wychcombe Borough Council · Children's Services · Safeguarding Team South
Agreed at the initial child protection conference on 12 June 2025 (category: neglect).
Written up by Hana Price, social worker, and read through with Kai and his dad on 16 June 2025.

## Who's who

- **Kai Rennard**, 11, Year 7 at Wychcombe Academy
- **Martin Rennard**, Kai's dad, who Kai lives with at 9 Weaver's Walk
- **Becky Rennard**, Kai's aunt (Martin's sister), lives in Church Lane, a mile away
- Kai's mum, Claire, lives in Spain and video-calls him most Sundays

## What happened

Martin has bipolar disorder and has been well on lithium for several years. In March he
stopped taking it. Over the next four weeks he hardly slept, spent his savings, and on two
nights in April he went out and did not come home, leaving Kai on his own in the house. On
the second night Kai rang Becky at 2am. Martin was admitted to Larchfield Unit on 19 April
and was there for three and a half weeks while Kai stayed with Becky. Martin came home on
13 May, is back on lithium and is seeing the community mental health team.

## What Kai told me

I met Kai at school on 3 June and again at home on 9 June, when he showed me his room and
his football cards. This is what he told me, in his words:

- "When Dad's high he's fun at first, then he's scary fast. He talks and talks and doesn't go to bed."
- "The worst was when I woke up and the house was dark and he wasn't there. I didn't know if I should ring the police because I didn't want him to get in trouble."
- "I check his tablets are gone from the box every night. I don't mind, but I'd rather not have to."
- "Auntie Becky's is good. She makes me go to bed at nine though."
- "I want to go back to football on Saturdays. I stopped when Dad was poorly."

When I asked what would help, Kai said he would like to know "what the signs are, so I know
before it gets bad", and to have a number he can ring that isn't 999.

## What's going well

Martin has taken his lithium every day since he came home and his last blood level was in
range. He has been honest with Kai about being in hospital. Becky has been there for Kai
every time she was needed. Kai has been at school every day this term.

## What we want for Kai

- Kai is looked after every day and night by an adult who is well, and is never left on his own overnight.
- Kai does not have to look after his dad: he gets to school on time, goes back to football and goes to sleep without checking Dad's tablets.
- Kai knows Dad's early warning signs and exactly who to ring if he sees them.

## Who's doing what

### At home

- See Kai on his own every two weeks, at home or at school, with at least one unannounced home visit a month after 6pm; what Kai says and what food is in the house written in the visit record (Hana Price, social worker)
- Take lithium every evening so that he stays well enough to look after Kai, and have a blood test every 4 weeks at Wychcombe Health Centre; lithium level kept in the therapeutic range and each result sent to Dev and read out at core group (Martin)
- Have Kai to stay every Friday night and collect him from school on Tuesdays and Thursdays; each stay and pick-up written on the calendar on Martin's fridge, which Hana checks at every visit (Becky Rennard, Kai's aunt)
- Take Kai to Wychcombe Rovers under-12s training every Saturday at 10am from 21 June 2025; the coach's register shows him there each week (Martin)

### Dad's health

- Visit Martin at home every week to go through his mood, sleep and medication, and write to each core group on whether he is making and keeping the changes Kai needs and what his early warning signs are (Dev Anand, care coordinator, Wychcombe CMHT)
- Assess how likely Martin is to stay well over the next year and how long his recovery is likely to take, and send a written report to the core group by 31 July 2025 (Dr Ruth Akers, consultant psychiatrist, Wychcombe CMHT)
- Sit down with Kai and Martin together by 10 July 2025 to go through Dad's warning signs and who Kai can ring; Kai's card with the numbers seen in his school bag at the next visit (Hana Price, social worker)

### School and Kai's own time

- Check in with Kai every Monday morning and tell Hana the same day if he is late, tired or worried about his dad; each check-in noted on the school's safeguarding log (Mr Tom Baines, head of Year 7 and DSL, Wychcombe Academy)
- Young carers assessment for Kai, with a place at the Thursday club if he wants one, by 18 July 2025; assessment sent to Hana and Martin (Sophie Kerr, Wychcombe Young Carers)

## If Dad starts to become unwell again

If Martin misses his lithium two days running, his blood level is out of range, he has not
slept for two nights, or he leaves Kai on his own overnight, Becky will collect Kai that day
and Kai will stay with her. Dev will arrange for the crisis team to see Martin the same day,
and Hana (or the out-of-hours team) will hold a strategy discussion the same day.

If Becky cannot have Kai, Hana or the out-of-hours team will arrange for Kai to stay with
approved foster carers that night, near enough for him to get to school.

If Martin stops his lithium again, or Kai is left on his own overnight again, Hana will ask
her manager for a legal planning meeting within 5 working days.

## When we'll check how it's going

The core group will meet every four weeks at Wychcombe Academy, on 3 July, 31 July and 28
August 2025 at 3.45pm, and Kai's review child protection conference is on 4 September 2025
at 10am at Wychcombe Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Word plan updated at core group: bullets under bold themes, owner in
#    brackets at the end, loosely written (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_warrenby_bullets_owner_in_brackets_mulvihill.docx",
    "doc_title": "Child Protection Plan updated at core group - Ellis, Harper and Jax Mulvihill",
    "split": "tune",
    "template": "cp-plan-updated-at-core-group-word-bullets-under-bold-themes-owner-in-brackets-at-end",
    "description": (
        "Plan for three children aged 8, 5 and 18 months (physical abuse by the stepfather; his weekend "
        "drinking; mother's anxiety), updated at the second core group. Every action is a Word bullet "
        "with the owner in brackets at the end, written quickly: the men's programme and Kerry's "
        "counselling have no measure (and the counselling only supports), the alcohol assessment is "
        "'asap', the Freedom Programme 'ongoing', school 'monitors' Ellis, one bullet has no owner at all "
        "and one is '(all agencies)'. The grandmother supervises contact but the contingency does not "
        "cover her, and the review conference date is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Warrenby District Council – Children's Social Care – updated at the core group on 01/07/2025"),
        ("kv", [
            ("Children", "Ellis Mulvihill (8), Harper Mulvihill (5), Jax Mulvihill-Pitt (18 months)"),
            ("Address", "63 Cobden Street, Warrenby"),
            ("Mum", "Kerry Mulvihill"),
            ("Stepdad", "Wayne Pitt (Jax's dad) – staying at his brother's, 8 Kiln Row, since 20/05/2025"),
            ("Plan started", "Initial conference 14/05/2025, category physical abuse"),
            ("SW", "Sarah Quill, Warrenby Safeguarding Team 1"),
        ]),
        ("h2", "Why the children have a plan"),
        ("p", "On 2 May Ellis told his teacher that Wayne had \"grabbed me and chucked me on the bed\" "
              "because he would not stop crying. He had four fingertip bruises on his upper arm. Wayne "
              "accepts he grabbed Ellis and says it was after a day drinking at the football. Kerry says "
              "Wayne has a short fuse when he has been drinking and she has felt anxious and on edge "
              "for a long time; she had counselling in 2022. Wayne agreed to move out while the risk is "
              "assessed."),
        ("h2", "What the children have told us"),
        ("p", "Ellis (at school, 24/06): \"I like it better now it's quiet. I miss Wayne a bit because he "
              "does the best voices at bedtime, but I don't want him to get angry.\" Harper (at home, "
              "24/06) said she \"doesn't like shouting\" and that Nanny Linda's house has \"the best "
              "biscuits\". Jax is walking and into everything; he goes happily to Kerry and to Wayne at "
              "contact and was clean and well on every visit."),
        ("h2", "What needs to be different for the children"),
        ("bullets", [
            "Ellis, Harper and Jax are not hurt, grabbed or frightened by any adult at home.",
            "The children only see Wayne when it is safe, at contact that is supervised.",
            "Ellis can tell someone he trusts at school how things are at home, and is believed.",
        ]),
        ("h2", "What will happen"),
        ("boldp", "Safety at home"),
        ("bullets", [
            "Home visits every two weeks, at least one unannounced a month; see Ellis and Harper on their "
            "own and Jax awake, and record each child's words and any marks in the visit notes (Sarah "
            "Quill, SW)",
            "Risk assessment of Wayne covering his anger and his drinking, report shared with the core "
            "group by 08/08/2025 (Sarah Quill, SW)",
            "Supervise Wayne's contact with the children at her house every Sunday 11am–3pm and sign the "
            "contact sheet each week (Linda Mulvihill, Kerry's mum)",
            "Share any new information with the SW straight away, logged on each child's file (all "
            "agencies)",
        ]),
        ("boldp", "Wayne"),
        ("bullets", [
            "Attend the Warrenby Respect Men's Programme every Wednesday evening (Wayne)",
            "Alcohol assessment for Wayne at Horizon Recovery asap (Horizon Recovery)",
        ]),
        ("boldp", "Kerry"),
        ("bullets", [
            "Weekly counselling sessions for Kerry's anxiety (Talking Space)",
            "Kerry to do the Freedom Programme at the Warrenby Women's Centre, ongoing – certificate at "
            "the end (Kerry)",
            "Make sure the children are in bed by 7.30pm on school nights and fill in the bedtime chart "
            "from the family support worker (Kerry)",
        ]),
        ("boldp", "School, nursery and health"),
        ("bullets", [
            "Ellis's attendance and wellbeing to be monitored daily (school)",
            "Harper's hearing test to be rebooked by the end of July, result copied to the SW",
            "Jax's missed 15-month review and his immunisations caught up by 31/07/2025, red book updated "
            "(HV Lorraine Pike)",
        ]),
        ("h2", "Contingency"),
        ("p", "If Wayne comes to the house, sees the children outside supervised contact, or any of the "
              "children has a mark or injury that is not explained, Kerry will ring 999 and the SW (or EDT "
              "out of hours) will hold a strategy discussion the same day. If Kerry cannot keep Wayne away, "
              "the children will stay with Kerry's sister, Dawn Mulvihill, at 12 Orchard Rise while the "
              "risk is assessed, and the SW will ask for a legal planning meeting within 5 working days."),
        ("h2", "Core group and review"),
        ("p", "Core group every 4 weeks at Warrenby Family Centre, 1pm: 29/07/2025 and 26/08/2025. Review "
              "child protection conference: date to be confirmed by the conference team."),
    ],
    "findings": [
        F("W002", "Share any new information with the SW straight away"),
        F("M001", "Attend the Warrenby Respect Men's Programme every Wednesday evening"),
        F("T002", "Alcohol assessment for Wayne at Horizon Recovery asap"),
        F("M001", "Alcohol assessment for Wayne at Horizon Recovery asap"),
        F("H001", "Weekly counselling sessions for Kerry's anxiety"),
        F("M001", "Weekly counselling sessions for Kerry's anxiety"),
        F("T002", "Kerry to do the Freedom Programme at the Warrenby Women's Centre"),
        F("M002", "Ellis's attendance and wellbeing to be monitored daily"),
        F("W001", "Harper's hearing test to be rebooked by the end of July"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Chair's outcome record of an initial conference: plan as paragraphs
#    under theme subheadings, "If things do not get better" as if/then
#    sentences, review arrangements as one sentence. PDF, header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_westholme_icpc_outcome_if_then_contingency_kendrick.pdf",
    "doc_title": "Initial Child Protection Conference - Outcome and Plan - Lola and Rio Kendrick",
    "split": "tune",
    "template": "icpc-chair-outcome-record-paged-what-lola-showed-and-told-us-plan-paragraphs-under-theme-subheadings-if-things-do-not-get-better-if-then-sentences-review-sentence",
    "description": (
        "Chair's outcome record of an initial conference for a 4-year-old with type 1 diabetes and her "
        "10-month-old brother (medical neglect: missed insulin and clinics, two admissions in DKA; mother "
        "works nights). The plan is paragraphs under theme subheadings. The grandfather has the children "
        "three nights a week and takes Lola to nursery, but the diabetes team will train him 'when it "
        "suits him', the hypo box is kept stocked 'on an ongoing basis' and 'monitored', "
        "nursery 'keep an eye on' attendance, Danielle 'will be supported' by nobody, and 'all "
        "professionals' own the reminders. 'If things do not get better' is if/then sentences whose "
        "responses are only meetings and discussion, with nothing about the grandfather and no legal step."
    ),
    "header": "Westholme Borough Council | Children's Social Care | OFFICIAL – SENSITIVE",
    "footer": "ICPC outcome and plan – Lola and Rio Kendrick – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Conference – Outcome and Plan"),
        ("kv", [
            ("Children", "Lola Kendrick, born 02/03/2021 (4), Little Acorns Nursery; "
                         "Rio Kendrick, born 15/09/2024 (10 months)"),
            ("Address", "27 Fennel Court, Westholme"),
            ("Mother", "Danielle Kendrick (26), night care assistant at Birchfield Care Home"),
            ("Grandfather", "Frank Kendrick (Danielle's dad), 3 Sorrel House, Westholme"),
            ("Fathers", "Lola's father is not involved; Rio's father, Jordan Ames, lives in Leicester and "
                        "was sent the conference report"),
            ("Conference", "24/07/2025, 10am, Westholme Civic Centre"),
            ("Chair", "Gwen Aldridge, Independent Conference Chair"),
            ("Social worker", "Owen Tranter, Children's Social Care (Assessment)"),
        ]),
        ("h1", "Who came"),
        ("p", "Danielle Kendrick (mother); Frank Kendrick (grandfather); Owen Tranter (SW); Carol Imrie "
              "(Paediatric Diabetes Specialist Nurse, Westholme General Hospital); Priya Marr (HV); Shona "
              "Pike (manager, Little Acorns Nursery); Dr Abel Fenn (GP, Fennel Court Surgery, for the first "
              "hour); Gwen Aldridge (Chair); Tom Hesketh (minutes)."),
        ("h1", "Why we met"),
        ("p", "Lola was diagnosed with type 1 diabetes in November 2024. She has been admitted to Westholme "
              "General twice in diabetic ketoacidosis, on 9 March and 21 June 2025, and on both occasions "
              "the ward found that she had missed several insulin doses. Lola has been to 2 of her last 6 "
              "diabetes clinic appointments, and her blood sugar app shows days at a time with no readings. "
              "Danielle works three nights a week; on those nights Lola and Rio have been looked after by a "
              "neighbour who had not been shown how to give insulin. Rio missed his 1-year immunisations."),
        ("p", "Danielle told conference that she loves her children and is \"on my knees\" trying to "
              "work nights and look after them, and that she had not understood how quickly Lola could "
              "become ill. Frank said he would do \"whatever it takes\" and has already had the children on "
              "two of Danielle's work nights since the June admission."),
        ("h1", "What Lola showed and told us"),
        ("p", "Lola calls her blood tests \"finger pokes\". She told Owen at nursery, \"I'm brave with my "
              "finger pokes but Mummy's too sleepy in the morning,\" and that she does not like hospital "
              "\"because the bed beeps\". She drew Grandad with a big smile and said he makes \"the best "
              "toast\". Nursery staff have seen Lola point to her tummy and say she feels \"wobbly\" when her "
              "sugar is low. Rio is crawling and pulling up on the furniture; he was clean and content on "
              "both of Owen's visits and went happily to his mum and his grandad."),
        ("h1", "Decision"),
        ("p", "Conference agreed that Lola and Rio are likely to suffer significant harm through neglect of "
              "their health needs, and both children will be subject to child protection plans under the "
              "category of neglect. Danielle and Frank said they understood and agreed with the plan."),
        ("h1", "What we want for Lola and Rio"),
        ("bullets", [
            "Lola gets every insulin dose on time, her blood sugar is checked and recorded every day, and "
            "she has no more hospital admissions with DKA.",
            "Lola goes to every diabetes clinic appointment and nursery every day she is booked in.",
            "Rio is up to date with his immunisations and keeps growing and developing well.",
            "Both children are looked after every night by an adult who knows how to care for Lola's "
            "diabetes.",
        ]),
        ("h1", "What needs to happen"),
        ("h2", "Lola's diabetes"),
        ("p", "Danielle will check Lola's blood sugar before every meal and at bedtime and record each "
              "reading in the diabetes app, which Carol Imrie will look at every Monday, calling Danielle "
              "about any gaps. Carol Imrie will see Lola at the children's diabetes clinic every month and "
              "send Owen Lola's HbA1c result after each appointment. The children's diabetes team at "
              "Westholme General will train Lola's grandad, Frank Kendrick, to give her insulin when it "
              "suits him."),
        ("h2", "Home and night-times"),
        ("p", "Frank will have Lola and Rio to stay at his flat on the nights Danielle works, Tuesday to "
              "Thursday, and will log Lola's bedtime and morning readings in the app. Frank will take Lola "
              "to nursery on Wednesday and Thursday mornings, and nursery will note on the sign-in sheet "
              "who brought her. Danielle will keep Lola's hypo box in the kitchen stocked on an ongoing "
              "basis, and this will be monitored."),
        ("h2", "Nursery"),
        ("p", "Little Acorns Nursery will give Lola her lunchtime insulin on every day she attends and "
              "record each dose and reading on her care plan sheet, which is emailed to Carol every Friday. "
              "Little Acorns Nursery will keep an eye on Lola's attendance every day."),
        ("h2", "Rio's health"),
        ("p", "Priya Marr, health visitor, will see Rio at home every month and weigh him, plotting his "
              "weight in his red book, and will book his missed immunisations at Fennel Court Surgery by 15 "
              "August 2025, checking the red book to confirm they were given."),
        ("h2", "Support for Danielle"),
        ("p", "Danielle will be supported to apply for help with childcare costs by the end of August."),
        ("h2", "Social worker and all agencies"),
        ("p", "Owen Tranter will visit every two weeks, seeing Lola on her own at nursery or at home each "
              "time and checking the app readings with Danielle, and will record what he sees in his visit "
              "notes. All professionals will remind Danielle of Lola's clinic appointments the week before "
              "each one and note the reminder on the case file."),
        ("h1", "If things do not get better"),
        ("p", "If Lola's readings are not being recorded, then the core group will look at the plan again."),
        ("p", "If Lola is admitted to hospital again, then the professionals involved will meet to discuss "
              "what should happen next."),
        ("p", "If Danielle does not work with the plan, then a further conference may need to be "
              "considered."),
        ("h1", "Checking the plan"),
        ("p", "The core group will meet every four weeks, on 12 August, 9 September and 7 October 2025 at "
              "Westholme Family Hub, and the review child protection conference will be held on 23 October "
              "2025 at 10am at Westholme Civic Centre."),
        ("p", "Gwen Aldridge, Independent Conference Chair – record agreed 25/07/2025 and sent to all who "
              "came, and to Jordan Ames."),
    ],
    "findings": [
        F("T002", "train Lola's grandad, Frank Kendrick, to give her insulin"),
        F("M001", "train Lola's grandad, Frank Kendrick, to give her insulin"),
        F("T002", "keep Lola's hypo box in the kitchen stocked"),
        F("M002", "keep Lola's hypo box in the kitchen stocked"),
        F("M002", "Little Acorns Nursery will keep an eye on Lola's attendance"),
        F("W001", "Danielle will be supported to apply for help with childcare costs"),
        F("M001", "Danielle will be supported to apply for help with childcare costs"),
        F("W002", "All professionals will remind Danielle of Lola's clinic appointments"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan written as paragraphs by stage (before the birth, on the
#    ward, at home), if/then contingency, review as one sentence. Exemplary
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b42_whinmoor_prebirth_prose_stages_thursfield.txt",
    "split": "tune",
    "template": "prebirth-plan-plain-text-sw-prose-baby-s-world-so-far-then-plan-paragraphs-by-stage-if-then-contingency-review-sentence-txt",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 19-year-old care leaver (past self-harm, "
        "cannabis use until 20 weeks, a violent ex-partner on bail). The baby's world so far, Mia's "
        "view, outcomes for the baby, then the plan in paragraphs by stage, one commitment per sentence, "
        "each with who, when and how it will be seen. A perinatal psychologist assesses capacity to "
        "change, the drug service tests, the former foster carer's weekend visits have a fallback, "
        "if/then contingency with legal planning, and core group and review dates in one sentence."
    ),
    "text": """\
WHINMOOR CITY COUNCIL
Children's Social Care - Pre-Birth and Infants Team

PRE-BIRTH CHILD PROTECTION PLAN

Unborn baby of:    Mia Thursfield (19), Linden House supported flats, Flat 4
Expected date:     20 September 2025 (30 weeks on 12 July)
Baby's father:     Connor Hale (22) - on bail, condition of no contact with Mia
Conference:        Initial (pre-birth) child protection conference, 10 July 2025
Category:          Neglect and emotional abuse (likely)
Social worker:     Lucy Crane
Personal adviser:  Ali Shah, Whinmoor Leaving Care Service


WHY THERE IS A PLAN

Mia was in foster care from the age of 12 to 18, most of that time with Jan
Ellery, who is still close to her. Mia has a history of self-harm when she is
overwhelmed, most recently in January 2025, and she used cannabis every day
until she was about 20 weeks pregnant. Connor was violent to Mia twice during
the pregnancy; he was charged with assault in April and is on bail with a
condition not to contact her. Mia has no experience of caring for a baby and
told conference she is "terrified of getting it wrong".


WHAT WE KNOW ABOUT THE BABY'S WORLD SO FAR

The 28-week scan on 2 July showed a baby growing well, on the 40th centile.
Mia has been to 5 of her 6 antenatal appointments. Her last three urine tests
at Pathfinder were clear of cannabis. She has stopped smoking cigarettes in the
flat and now smokes outside on the balcony. The flat is small but warm; Mia has
a Moses basket and a pram from the Baby Bank, and a cot is on order. At Lucy's
visits Mia talks to the bump and has chosen a name if it is a girl.


WHAT MIA SAYS

"I want to be the mum I didn't have. I know people are worried and I'd rather
they were than not. Jan's the one person I trust and I want her there after the
baby comes. I don't want Connor anywhere near us."


WHAT WE WANT FOR THE BABY

- The baby is born safely and is cared for every day and night by an adult who
  is calm, sober and awake.
- The baby is fed, keeps gaining weight and is seen by a professional every
  week for the first 12 weeks.
- The baby never has contact with Connor Hale while the risk from him is
  unchanged.
- The baby grows up in a home with a safe place to sleep, free of smoke.


THE PLAN

Before the baby is born

Lucy Crane will visit Mia at Linden House every week until the birth and will
record in each visit note what Mia has got ready for the baby and anything she
says about her mood or about Connor.

Dr Fiona Grant, clinical psychologist in the Whinmoor Perinatal Mental Health
Team, will see Mia every fortnight from 14 July 2025 and will send the core
group a written assessment by 29 August 2025 of Mia's capacity to manage her
feelings safely with a newborn, what still needs to change and how long that
is likely to take.

Mia will give a urine test at Pathfinder, the Whinmoor drug and alcohol
service, every Monday until the birth, and her recovery worker, Sam Ojo, will
email the results to Lucy every Friday.

Rachel Haigh, specialist safeguarding midwife, will see Mia at every antenatal
appointment, at least every two weeks from 32 weeks, and will send Lucy a note
of the baby's growth and of Mia's attendance after each one.

Lucy will complete a parenting assessment of Mia by 29 August 2025 and share
the written report with Mia and the core group before the review conference.

Jan Ellery will go with Mia to the antenatal class at Whinmoor Children's
Centre every Thursday in August, and the class leader will sign Mia's
attendance card each week.

Ali Shah will apply to Whinmoor Homes by 31 July 2025 for a one-bedroom flat for
Mia and the baby, and will send Lucy the letter confirming Mia's banding.

PC Jo Lister of the Whinmoor Domestic Abuse Unit will check with Connor's
officer every month that his bail condition of no contact with Mia is still in
place, and will email Lucy the outcome of each check.

On the ward

Staff on Harebell Ward will care for Mia and the baby for at least 72 hours
after the birth and will record every feed, and every time Mia cares for the
baby on her own, on the baby's observation chart.

Lucy will hold a discharge planning meeting on the ward before Mia and the baby
leave hospital, and will send the agreed discharge plan to every core group
member the same day.

When Mia and the baby go home

Nadia Bell, health visitor, will visit within 24 hours of Mia and the baby
getting home and then every week until the baby is 12 weeks old, weighing the
baby each time and recording the weight in the red book.

Lucy will visit every week for the first 8 weeks after the birth, at least once
a fortnight without warning, and will see the baby awake and record in her
visit note where the baby sleeps.

Jan will visit Mia and the baby every Saturday and Sunday afternoon for the
first 8 weeks and write what she has seen in the diary kept at Mia's flat, which
Lucy will read at each visit.


IF THINGS DO NOT GO TO PLAN

If Mia self-harms, has two positive tests for cannabis in a row, or has any
contact with Connor, then Lucy will hold a strategy discussion the same day
and ask her manager for a legal planning meeting within 5 working days.

If Mia leaves the baby alone on the ward, or becomes so distressed that she
cannot care for the baby safely, then ward staff will ring Lucy (or the
emergency duty team) straight away, the baby will stay on the ward, and a
strategy discussion that day will decide where the baby goes on discharge,
which will be to approved foster carers if no one in Mia's network has been
assessed as safe.

If Jan cannot visit at a weekend, then Lucy will arrange for the Family Hub's
weekend outreach worker to visit Mia and the baby on those days instead.

If the parenting assessment or Dr Grant's report finds that Mia cannot keep
the baby safe, then Lucy's manager will hold a legal planning meeting before
the review conference to decide whether to start care proceedings at birth.


MEETINGS

The core group will meet every four weeks at Linden House, on 22 July, 19
August and 16 September 2025 at 11am, and the review child protection
conference will be held on 2 October 2025 at 2pm at Whinmoor Civic Offices.

Lucy Crane, Social Worker - 11 July 2025
""",
    "findings": [],
})
