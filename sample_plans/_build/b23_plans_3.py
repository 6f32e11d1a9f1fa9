"""Batch 23, module 3: seven fictional plans written in sentences and short
paragraphs (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
Each file's place starts with "v", so `--only b23_v` selects exactly these.
"""
from build_batch5 import F, V  # noqa: F401  (V kept for the shared format)

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC social work report extract: the plan as theme paragraphs, each
#    opening with history and ending with what will happen (docx). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_vallowby_sw_report_plan_paragraphs_okonkwo.docx",
    "doc_title": "ICPC social work report (extract) - Precious and Daniel Okonkwo",
    "split": "tune",
    "template": "icpc-sw-report-extract-plan-as-unheaded-paragraphs-history-then-commitment-sentences",
    "description": (
        "Extract from a social worker's ICPC report for a 7-year-old and a 5-month-old (mother's "
        "drinking, neglect). The plan is a run of paragraphs that each start with history or "
        "observation and end with one or two commitments. Mother refers herself 'when she feels "
        "ready', a hoped-for group with no date measured by 'engagement', a passive money-advice "
        "referral, an aunt 'when she can', 'the wider family', contact 'when appropriate', an "
        "assessment with no output; grandmother relied on with no fallback, no adult service owns "
        "an action, no legal step, one adult-only outcome."
    ),
    "blocks": [
        ("pr", "Vallowby Borough Council"),
        ("pr", "Children's Services – Safeguarding and Assessment (North)"),
        ("title", "Report to Initial Child Protection Conference"),
        ("p", "Extract: sections 1 to 6 (the chronology and agency checks are in the full report)."),
        ("kv", [
            ("Children", "Precious Okonkwo, born 04/06/2017 (7); Daniel Okonkwo, born 12/10/2024 (5 months)"),
            ("Address", "14 Saddler's Row, Vallowby"),
            ("Mother", "Kerry-Ann Okonkwo (29)"),
            ("Father", "Emeka Okonkwo (33), lives in Dunmarrow, no contact since October 2024"),
            ("Conference", "11/03/2025, Vallowby Civic Centre, Room 4"),
            ("Social worker", "Lydia Farrant"),
            ("Team manager", "Colin Usher"),
        ]),
        ("h1", "1. Why this conference was called"),
        ("p", "On 13 February 2025 Precious told her teaching assistant that she had made Daniel's bottles "
              "the night before because \"Mum was asleep on the settee and wouldn't wake up\". A strategy "
              "discussion was held on 14 February and a section 47 enquiry started. When I visited that "
              "afternoon Kerry-Ann smelled strongly of alcohol, Daniel was in a soiled nappy in his car seat "
              "and there were two empty bottles of wine in the kitchen. Kerry-Ann accepted that she had been "
              "drinking and said it was \"the first time in ages\". Vallowby Police have attended the address "
              "once before, in August 2024, after a neighbour reported a child crying for a long time."),
        ("h1", "2. What life is like for Precious and Daniel"),
        ("p", "I saw Precious on her own at school on 18 February and again on 4 March. She told me that "
              "she likes it \"when Nana Gloria does the school run because we get to stop at the shop\". "
              "She said that sometimes at night Daniel cries and Mum doesn't hear, so she picks him up and "
              "sings to him. When I asked what she would change she said \"I want Mum to stop having her "
              "wine and not be tired all the time\". She drew her house with a big bed for Daniel and a "
              "small one for herself."),
        ("p", "Daniel is a smiley baby who babbles and reaches for faces. He was born at 36 weeks and is "
              "on the 9th centile for weight. On my visits he settled quickly when Precious talked to him, "
              "and he was unsettled and grizzly on the two occasions he had not been fed for over four hours."),
        ("h1", "3. What needs to be different for the children"),
        ("bullets", [
            "Precious and Daniel are fed, clean and cared for by a sober adult every day and every night.",
            "Daniel is seen by his health visitor, has his immunisations and gains weight along his centile.",
            "Precious gets to school on time every day and no longer has to care for her brother.",
            "Kerry-Ann stops drinking and keeps her tenancy.",
        ]),
        ("h1", "4. The plan"),
        ("p", "Since the strategy discussion I have visited the home four times, twice unannounced. On 3 "
              "March the fridge held only milk and there were empty cider cans in the kitchen bin. I will "
              "continue to visit every 10 working days, with at least one visit in three unannounced, and "
              "my visit records will show that Precious was seen on her own and where Daniel was sleeping."),
        ("p", "Kerry-Ann has told me that she drinks \"a bottle of wine or a few cans\" most evenings and "
              "that it helps her sleep. She has also said she does not think she needs a service. Kerry-Ann "
              "has agreed to refer herself to the Vallowby Recovery Partnership when she feels ready. It is "
              "hoped she will also go to their women's group, and her engagement will be looked at by the "
              "core group."),
        ("p", "Daniel missed his 8-week and 12-week immunisations. Health visitor Mandy Rowe will visit "
              "Daniel at home every week until the review conference, weigh him at each visit and plot his "
              "weight in the red book; she will also book his missed immunisations by 28 March 2025 and "
              "confirm to me in writing when they have been given."),
        ("p", "Precious's attendance is 81% this year and she has been late 19 times, often without having "
              "had breakfast. Her class teacher says she talks about \"doing Daniel's bottle\". Vallowby St "
              "Anne's Primary will give Precious a place at breakfast club every morning from 17 March 2025, "
              "and the DSL, Mr Farid Ibrahim, will email me her attendance and lateness every Friday."),
        ("p", "Kerry-Ann's mother, Gloria Bentley, lives two streets away and has done the school run since "
              "January. Gloria has agreed to take Precious to school every morning and to call in each "
              "evening at bath time to check that Kerry-Ann is sober, writing the time of each visit in the "
              "diary I have left in the kitchen. Kerry-Ann's sister Joy will have the children for a day "
              "when she can. The wider family have said they will have the children for Sunday tea every "
              "week so that Kerry-Ann gets a break."),
        ("p", "The house was untidy but not unsafe on my last visit, and there was no routine for meals or "
              "bedtimes. Hannah Pike, family support worker, is to do six sessions of routines work with "
              "Kerry-Ann on Tuesday mornings from 18 March 2025, scoring the home conditions scale at the "
              "first and the last session."),
        ("p", "Kerry-Ann is £1,400 behind with her rent, and Vallowby Homes served a notice seeking "
              "possession on 20 February. A referral will be made to the Vallowby Money Advice Service for "
              "help with her debts. I will write to Vallowby Homes by 21 March 2025 asking them to hold off "
              "while the plan is in place, and I will copy the letter to the core group."),
        ("p", "Emeka has not seen the children since October and now lives in Dunmarrow. He told me on the "
              "phone that he would like to see Precious. Contact between Emeka and Precious will be "
              "arranged by me when appropriate."),
        ("p", "I will complete a parenting assessment of Kerry-Ann by 25 April 2025."),
        ("h1", "5. If things go wrong"),
        ("p", "If Kerry-Ann is found drunk while she is caring for the children, or Precious tells anyone "
              "that she has been left to look after Daniel, I (or the emergency duty team out of hours) will "
              "visit that day, and the children will go to stay with Gloria while a strategy discussion is "
              "held within 24 hours."),
        ("h1", "6. Core group and review"),
        ("p", "The first core group will be on 25 March 2025 at Vallowby St Anne's Primary, and then every "
              "four weeks. The review child protection conference is booked for 3 June 2025 at 10am."),
        ("p", "Lydia Farrant, Social Worker, 6 March 2025"),
    ],
    "findings": [
        F("T002", "has agreed to refer herself to the Vallowby Recovery Partnership"),
        F("M001", "has agreed to refer herself to the Vallowby Recovery Partnership"),
        F("T001", "hoped she will also go to their women's group"),
        F("M002", "hoped she will also go to their women's group"),
        F("T002", "sister Joy will have the children for a day when she can"),
        F("M001", "sister Joy will have the children for a day when she can"),
        F("W002", "The wider family have said they will have the children"),
        F("M001", "The wider family have said they will have the children"),
        F("W001", "A referral will be made to the Vallowby Money Advice Service"),
        F("T001", "A referral will be made to the Vallowby Money Advice Service"),
        F("M001", "A referral will be made to the Vallowby Money Advice Service"),
        F("T002", "Contact between Emeka and Precious will be arranged by me"),
        F("M001", "Contact between Emeka and Precious will be arranged by me"),
        F("M001", "I will complete a parenting assessment of Kerry-Ann"),
        F("F002", "Kerry-Ann stops drinking and keeps her tenancy"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Letter to parents after a review conference, one paragraph for each
#    person, with bold lead-ins (pdf with header and footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_vesselcombe_letter_paragraph_per_person_szymanska.pdf",
    "doc_title": "Letter to parents after review conference - Oskar and Lena",
    "split": "tune",
    "template": "rcpc-letter-to-separated-parents-one-paragraph-per-person-bold-name-lead-ins-paged",
    "description": (
        "Exemplary social worker's letter to separated parents after a review conference (domestic "
        "abuse, mother's depression), one paragraph for each person or agency, each mixing what has "
        "happened with what they will now do. Every commitment has an owner, a timescale and an "
        "observable measure; the CMHT reports on capacity to change; both grandmothers' help is "
        "covered in a specific contingency; core group dates, review date and a legal planning step."
    ),
    "header": "OFFICIAL-SENSITIVE | Vesselcombe Borough Council | Children's Services",
    "footer": "Letter to Marta Szymańska and Ryan Coldwell – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Family Safeguarding Team (East)"),
        ("pr", "Harbour House, 2 Quay Street, Vesselcombe"),
        ("pr", "Tel 01632 960 733"),
        ("pr", "28 March 2025"),
        ("p", ""),
        ("pl", "Ms Marta Szymańska, Flat 3, 19 Linnet Road, Vesselcombe"),
        ("pl", "Mr Ryan Coldwell, 8 Ferris Court, Vesselcombe"),
        ("p", ""),
        ("p", "Dear Marta and Ryan,"),
        ("p", "Thank you both for coming to Oskar and Lena's review child protection conference on 25 March. "
              "The conference decided that Oskar and Lena will stay on child protection plans for another "
              "three months, under the category of emotional abuse. I said I would write down who will be "
              "doing what. I have written one paragraph for each person, so that you can see what each of us "
              "has promised, when, and how we will all know it is happening."),
        ("boldp", "Why the plan is still needed"),
        ("p", "In November 2024 Ryan hit Marta in the kitchen while Lena was in her high chair, and Oskar "
              "rang 999. Ryan moved out to Ferris Court the same week. In December Marta took an overdose "
              "and Oskar found her; she was in Vesselcombe General for three days and has been under the "
              "community mental health team since then. Things are better than they were: there have been "
              "no incidents since November, Ryan has been going to his Safer Together group, and Marta says "
              "her mood is \"mostly OK, except evenings\". Conference felt that these changes are recent and "
              "need to last before the plan can end."),
        ("boldp", "What Oskar and Lena have told us"),
        ("p", "Oskar (9) told me at school that he likes it \"that it's quiet at home now\" and that "
              "Saturdays at Grandma Sue's are \"the best bit\". He said he still worries that \"Mum will go to "
              "hospital again\" and he checks on her before he goes to sleep. He would like to see his dad "
              "more but \"only if there's no shouting\". Lena (3) cannot tell us in words, but nursery see her "
              "playing at dolls shouting \"stop it\", and she settles quickly with her key worker Ellie. At "
              "home she runs to the door when Grandma Basia arrives."),
        ("boldp", "What we all want for Oskar and Lena"),
        ("bullets", [
            "Oskar and Lena live without shouting, hitting or fear at home, and see their dad safely.",
            "Oskar does not have to check on his mum at night and knows who he can talk to if he is worried.",
            "Lena's speech and play catch up, and she is not re-enacting violence at nursery.",
        ]),
        ("boldp", "Who will do what"),
        ("boldp", "Me – Leon Marchetti, social worker"),
        ("p", "I have been your social worker since December. I will visit Marta and the children at home "
              "every two weeks, at least one visit in three unannounced, and I will see Oskar on his own at "
              "school once a month; my visit records will show what Oskar and Lena said and where they were "
              "seen. I will complete the updated assessment of Ryan as a safe parent by 30 May 2025 and share "
              "the written report with you both and with the core group before the review conference."),
        ("boldp", "Marta"),
        ("p", "Marta, you have told me that you now take your sertraline every day and that the evenings are "
              "the hardest time. You will keep Lena at nursery every Monday, Tuesday and Thursday, and the "
              "nursery register will show it. You will go to the Freedom Programme at Harbour Family Centre "
              "every Thursday from 10 April for 12 weeks, and Sandra Kemp, who runs it, will send me the "
              "attendance register every month."),
        ("boldp", "Ryan"),
        ("p", "Ryan, you have been to 9 of the 10 Safer Together sessions so far, and your group worker says "
              "you have started to talk about the effect on the children. You will keep going every Wednesday "
              "evening until the course ends on 25 June 2025, and Dev Sharma, your group worker, will send me "
              "the register every month and a written report on what has changed by 20 June 2025. You will see "
              "Oskar and Lena every Saturday from 10am to 2pm at your mum's house and nowhere else, and the "
              "contact book will show each visit."),
        ("boldp", "Grandma Sue (Sue Coldwell, Ryan's mum)"),
        ("p", "Sue has supervised every Saturday since January and the contact book shows no problems. Sue "
              "will stay in the room for the whole of each Saturday visit and will sign and date the contact "
              "book every week, and I will read it at my next visit."),
        ("boldp", "Grandma Basia (Barbara Szymańska, Marta's mum)"),
        ("p", "Basia lives on Linnet Road and has helped since the children were small. Basia will collect "
              "Oskar from school every Tuesday and Thursday and give him his tea, and the school's sign-out "
              "book will show who collected him."),
        ("boldp", "Lena's health visitor – Amira Nasser"),
        ("p", "Amira saw Lena for her 3-year review in February and was concerned about her speech. Amira "
              "will visit Lena at home every six weeks, starting w/c 7 April 2025, and will repeat the "
              "WellComm speech screen, sharing the score with the core group by 30 May 2025."),
        ("boldp", "Lena's nursery – Little Puffins"),
        ("p", "Ellie Dunn, Lena's key worker, will write down anything Lena says or plays out about home at "
              "each session, and the nursery manager, Gail Fenton, will email me a summary every Friday."),
        ("boldp", "Oskar's school – St Brannock's Primary"),
        ("p", "Oskar's attendance is 96% and his teacher says he is doing well in maths. Mr Tom Harrow, the "
              "DSL, will meet Oskar every Monday morning for a check-in and will email me a note of what Oskar "
              "says about home by the end of that day."),
        ("boldp", "Marta's care coordinator – Vesselcombe Community Mental Health Team"),
        ("p", "Paul Igwe has been Marta's care coordinator since January. Paul will see Marta every two weeks, "
              "and by 16 May 2025 he and Marta's psychiatrist, Dr Clare Lindo, will write a report for the core "
              "group on how Marta is managing her depression, whether she can make and keep the changes Oskar "
              "and Lena need, and how long that is likely to take."),
        ("boldp", "Marta's GP – Dr Omar Riaz"),
        ("p", "Dr Riaz will review Marta's sertraline every month and send me a short letter after each review."),
        ("boldp", "Marta's IDVA – Vesselcombe Women's Aid"),
        ("p", "Kerry Lawson will meet Marta every two weeks to go through her safety plan, and will send me "
              "an updated risk assessment before each core group."),
        ("boldp", "If things go wrong"),
        ("p", "If Ryan comes to Marta's flat, contacts Marta outside Saturday visits, or there is any violence, "
              "Marta will ring 999 and I (or the emergency duty team after 5pm) will hold a strategy "
              "discussion the same day; Saturday visits will stop until the strategy discussion has decided "
              "how the children will be kept safe."),
        ("p", "If Marta stops taking her sertraline, misses two appointments with Paul in a row, or tells "
              "anyone she is thinking of harming herself, Oskar and Lena will stay with Grandma Basia and the "
              "CMHT crisis team will see Marta the same day."),
        ("p", "If Grandma Sue cannot be there for a Saturday, that visit will not go ahead, and I will arrange "
              "a supervised visit at Harbour Family Centre within a week. If Grandma Basia cannot have the "
              "children or collect Oskar, I will arrange for Oskar and Lena to stay together with approved "
              "foster carers the same day."),
        ("p", "If Ryan does not finish Safer Together, if Saturday arrangements are broken again, or if Paul's "
              "report says Marta cannot make the changes within Oskar and Lena's timescale, I will ask my team "
              "manager for a legal planning meeting within 5 working days."),
        ("boldp", "When we will meet"),
        ("p", "The core group will meet every four weeks at Harbour House at 10am: on 15 April, 13 May and "
              "10 June 2025. The review child protection conference will be on 24 June 2025 at 1.30pm, also "
              "at Harbour House."),
        ("p", "If anything here is not clear, or you think I have got something wrong, please ring me."),
        ("p", "Yours sincerely,"),
        ("pl", "Leon Marchetti"),
        ("pl", "Social Worker, Family Safeguarding Team (East)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child-friendly plan written to a 10-year-old, in sentences, set out as
#    a week in his life (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_velderwick_plan_as_your_week_amadi.md",
    "split": "tune",
    "template": "child-friendly-plan-as-a-week-in-your-life-day-headings-sentences-md",
    "description": (
        "Exemplary child-friendly plan written to a 10-year-old (mother's ex-partner's violence, "
        "mother's depression) in plain sentences under day-of-the-week headings, with things that "
        "have happened mixed in. Every grown-up's promise has a name, a when and a way of knowing; "
        "the mental health nurse reports on whether Mum can make the changes; the grandmother's "
        "supervision has a fallback; dates for both meetings and a legal planning meeting."
    ),
    "text": """\
# Tayo's plan

**For:** Tayo Amadi (10), who lives with Mum (Bola) and his sister Remi (4)
**Written by:** Ruth Ellery, your social worker, Velderwick Children's Services
**After the meeting on:** 2 April 2025 (your child protection conference)

Hi Tayo. This is your plan, written so that you can read it. The same plan
is in grown-up words on the council's computer, but this one says the same
things. If anything doesn't make sense, ask me or Mr Dube.

## Why there is a plan

In February, Lee shouted at Mum and pushed her into the hallway door while
you and Remi were upstairs. You rang Granny Pat, which was a brave and
sensible thing to do. Lee does not live with you any more and there is a
court order that says he must not come to the house. Mum has also been
feeling very sad for a long time, and some mornings she has found it hard
to get up. The grown-ups at the meeting agreed that you and Remi need a
plan to help everyone at home feel safe and looked after.

## What you told me

When we met at school on 27 March you said:

- "I liked it better when it was just us." You said the house is calmer now.
- "I check Mum's door in the night." You said you worry she is too sad.
- "I want to still see Lee but not at our house." You like playing FIFA with him.
- You gave your worry level a 6 out of 10, and said it was a 9 in February.

Remi is too little to write a plan, but Mrs Osei at nursery says she has
started to sleep at nap time again and she likes the sand tray best.

## What we all want for you

- You and Remi live at home without shouting, pushing or being scared.
- You sleep through the night without needing to check on Mum.
- You get to school on time every day and have time to be 10 - football,
  friends and FIFA.
- You know five grown-ups you can tell if something is wrong.

## What the grown-ups will do, and when

### Every day

Mum has been getting you both to school late about once a week. Mum will
walk you and Remi to school and nursery by 8.45am every day, and the school
and nursery registers will show that you got there on time.

### Mondays

You told me Mondays are the hardest because you are tired after the
weekend. Mr Dube, your learning mentor, will see you every Monday at 9.15am
in the Rainbow Room for a check-in, and he will write down what you tell
him and send it to me the same day.

### Tuesdays

Lee started a course called Respect in March, about being a safe grown-up.
The group meets on Tuesday evenings. Jack Holm, who runs the course, will
tell me every month whether Lee has been to every session, and he will
write a report by 27 June 2025 about what Lee has changed.

### Every two weeks

I will come to see you at home every two weeks, and at school on your own
once a month, and I will write down what you tell me in my notes.

Carol Nuttall is Mum's nurse from the Velderwick community mental health
team. Carol will visit Mum every two weeks, and by 30 May 2025 she will
write to me to say whether Mum is managing to make the changes that you and
Remi need, what still needs to change, and how long it might take.

### Every month

Dr Shah, Mum's doctor, will check Mum's medicine every month and send me a
letter each time to say how she is.

### Saturdays

You and Remi will see Lee every Saturday from 2pm to 4pm at Granny Pat's
house, and Granny Pat will stay in the room the whole time and write each
visit in the contact book.

### Before the Easter holidays

I will help you make a "safe hand" by 11 April 2025, with the names of
five grown-ups you can tell if you are worried, and you will keep a copy in
your school bag and another on the fridge.

## If things go wrong

- If Lee comes to the house, or shouts at or hurts Mum, Mum will ring 999
  and you and Remi will go to Granny Pat's. I (or the out-of-hours social
  worker) will see you the same day.
- If Mum stops taking her medicine, or tells Carol she is not safe, you and
  Remi will stay with Granny Pat and Carol's team will see Mum that day.
- If Granny Pat can't look after you, you will stay with Auntie Funmi. If
  Auntie Funmi can't either, I will find a safe foster family for you and
  Remi to stay with together, that same day.
- If Granny Pat can't be there on a Saturday, the visit with Lee won't
  happen that week, and I will set up a visit at the Velderwick Family
  Centre instead, with a family worker in the room.
- If Lee comes to the house again, or things have not got better by your
  next big meeting, my manager and I will hold a meeting with the council's
  lawyers (a legal planning meeting) within 5 working days to decide what
  else needs to happen to keep you safe.

## When the grown-ups will check the plan

- The grown-ups who help you (the core group) will meet every 4 weeks, on
  16 April, 14 May and 11 June 2025, at school after home time.
- The next big meeting (the review child protection conference) is on
  2 July 2025 at 10am. You can come to the first part, or Mr Dube can
  bring your drawing and tell everyone what you want them to know.

Ruth Ellery, social worker - 01632 960 155
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby on a neonatal unit: the social worker's plan in prose
#    paragraphs under plain questions (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_venmarsh_nnu_plan_in_prose_trelawney.docx",
    "doc_title": "Child protection plan - Baby Nova Trelawney",
    "split": "tune",
    "template": "lac-nnu-sw-plan-in-prose-paragraphs-under-plain-question-headings",
    "description": (
        "Exemplary plan for a newborn accommodated under section 20 and on a neonatal unit (mother's "
        "heroin use, low mood), written by the social worker as paragraphs under plain questions, "
        "with what has happened on the unit mixed in. Visits on the unit at stated frequencies, "
        "drug service and perinatal team own actions and report on change, viability of the "
        "grandmother, a contingency with a fallback, core group and review dates, legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Venmarsh Council – Children's Social Care, Children in Care Team 1"),
        ("kv", [
            ("Child", "Nova Trelawney, born 02/03/2025 at 35 weeks"),
            ("Where Nova is", "Neonatal Unit, Venmarsh General Hospital (cot 7)"),
            ("Legal status", "Accommodated under section 20 since 05/03/2025, with Kayleigh's agreement"),
            ("Mother", "Kayleigh Trelawney (19)"),
            ("Father", "Not named by Kayleigh"),
            ("Conference", "Initial child protection conference, 14/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Tamsin Roach (written 17/03/2025)"),
        ]),
        ("h1", "Why is there a plan for Nova?"),
        ("p", "Kayleigh has used heroin since she was 16. She has been on a methadone script of 60ml a day "
              "from the Venmarsh Drug and Alcohol Service since December 2024, but a test on 27 February was "
              "positive for heroin as well as methadone. Nova was born early and has neonatal abstinence "
              "syndrome; she is on oral morphine, which is being reduced slowly. Kayleigh agreed to Nova being "
              "accommodated when she was told that there was nowhere safe for them both to go on discharge. "
              "Kayleigh has also told the midwife that she has felt very low since the birth."),
        ("h1", "What is Nova's life like on the unit?"),
        ("p", "The nurses describe Nova as \"jittery but brave\". She feeds 45ml every three hours from a "
              "bottle, but tires and sometimes needs the rest by tube. She startles at loud noises and settles "
              "best when she is swaddled and held skin to skin. When I visited on 11 and 14 March she calmed "
              "to Kayleigh's voice and turned her head towards her. On 10 March Kayleigh did not come, and the "
              "nurses noted that Nova was unsettled for most of the day."),
        ("h1", "What do we want for Nova?"),
        ("bullets", [
            "Nova comes off morphine safely, feeds well and gains weight along her centile.",
            "Nova is visited and held every day while she is on the unit, so she does not spend long periods "
            "without someone who knows her.",
            "When she leaves hospital Nova goes to a carer who is always sober and can meet her needs day "
            "and night.",
            "A decision about where Nova will grow up is made within her timescale, not put off.",
        ]),
        ("h1", "What will happen?"),
        ("p", "Nova is likely to stay on the unit for another two to three weeks while her morphine is "
              "reduced. Because she is looked after, I will visit Nova on the unit every Tuesday and Friday "
              "until she is discharged, and my visit record will note her weight, how she fed and who had "
              "visited her since my last visit."),
        ("p", "Mrs Lorraine Bassett, an approved foster carer, has been matched with Nova. Lorraine will "
              "visit Nova on the unit every day from 18 March 2025 to learn her cares from the nurses, and the "
              "nursing notes will record each visit and which cares she did."),
        ("p", "Kayleigh came to the unit on 9 of Nova's first 12 days. Kayleigh will come for the 12 noon and "
              "3pm feeds every day, supervised by the nursing staff, and the nurse in charge will write in the "
              "contact log whether she came, whether she appeared under the influence and how she handled "
              "Nova."),
        ("p", "Kayleigh's mum, Tracey Trelawney, has a car and has offered to help. Tracey will drive "
              "Kayleigh to the unit for the noon feed every weekday, and the contact log will show whether "
              "Kayleigh arrived on time. Tracey has also asked to be assessed as a carer for Nova. I will "
              "start a viability assessment of Tracey by 21 March 2025 and give the written outcome to the "
              "core group by 11 April 2025."),
        ("p", "Kayleigh's key worker at the Venmarsh Drug and Alcohol Service is Dean Fowler. Dean will see "
              "Kayleigh every week and carry out an oral fluid test at each appointment, sending the results "
              "to me every Friday; by 25 April 2025 he will write a report for the core group on whether "
              "Kayleigh has stopped using on top of her script, what that means for her care of Nova, and "
              "what is likely over the next six months."),
        ("p", "Dr Ruth Achebe from the Venmarsh perinatal mental health team will assess Kayleigh by 28 March "
              "2025 and send a written report to the core group on her mood, how it affects her care of "
              "Nova, whether she is likely to make and keep the changes Nova needs, and in what timescale."),
        ("p", "I will complete a parenting assessment of Kayleigh by 9 May 2025, drawing on the contact log, "
              "Dean's test results and Dr Achebe's report, and I will share the written report with Kayleigh "
              "and the core group before the review conference."),
        ("p", "Nova's discharge date is not yet known. Sister Alison Greaves, the neonatal discharge "
              "coordinator, will hold a discharge planning meeting at least 5 working days before Nova's "
              "expected discharge, and the written discharge plan, signed by Lorraine, will be copied to me "
              "and to the health visitor."),
        ("p", "Health visitor Beth Kamara will visit Nova at the foster home within 3 days of discharge and "
              "then every week for six weeks, weighing her at each visit and recording it in the red book."),
        ("h1", "What if things go wrong?"),
        ("p", "If Kayleigh comes onto the unit appearing under the influence, or a test shows she has used "
              "heroin, the nurse in charge will ask her to leave and ring me (or the emergency duty team out "
              "of hours) the same day, and Kayleigh's time with Nova will move to the family room with a "
              "nurse present throughout."),
        ("p", "If Tracey cannot drive Kayleigh to the unit, I will book a taxi paid for by Children's Social "
              "Care so that Kayleigh still gets to the noon feed. If Lorraine's placement cannot go ahead, the "
              "placements team will find another approved foster carer before Nova is fit for discharge, so "
              "that she does not stay on the unit longer than she needs to."),
        ("p", "If Kayleigh tries to take Nova from the unit, the nurse in charge will call the police "
              "straight away. If Kayleigh withdraws her agreement under section 20, I will request a legal "
              "planning meeting the same day."),
        ("h1", "When will we check the plan?"),
        ("p", "The core group will meet every three weeks on the unit: 27 March, 17 April and 8 May 2025, at "
              "2pm. Nova's first looked after review is on 1 April 2025 with her IRO, Sunita Mehra. The review "
              "child protection conference will be on 13 June 2025 at 10am at Venmarsh Civic Offices."),
        ("p", "If by the core group on 8 May Kayleigh has not had three weeks of clear tests, or the parenting "
              "assessment shows she cannot care for Nova safely, I will request a legal planning meeting so "
              "that the long-term plan for Nova is decided without delay."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. IRO's summary after a review conference, the plan written in unheaded
#    paragraphs (pdf with header and footer). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_vorrowdale_iro_summary_plan_in_paragraphs_quaye.pdf",
    "doc_title": "Review conference - chair's summary - Kwame and Esi Quaye",
    "split": "tune",
    "template": "rcpc-iro-chairs-summary-decision-then-plan-as-agreed-paragraphs-paged",
    "description": (
        "IRO's summary after a review conference for two children (mother's bipolar disorder after an "
        "admission), with the plan as paragraphs of 'the conference agreed' sentences among history. "
        "Most commitments are the mother's own needs; a CMHT care coordinator who only supports, a "
        "passive housing referral, schools 'keeping an eye' 'as and when', family help with no "
        "measures, 'all professionals ... as appropriate'; children's views not gathered, an "
        "adult-only outcome, a 'further concerns' contingency and no review conference date."
    ),
    "header": "Vorrowdale City Council – Safeguarding and Quality Assurance Unit",
    "footer": "RCPC chair's summary – Quaye – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Chair's Summary"),
        ("kv", [
            ("Children", "Kwame Quaye (11), Kestrel Academy; Esi Quaye (8), Vorrowdale Park Primary"),
            ("Mother", "Abena Quaye"),
            ("Father", "Kofi Quaye (lives separately, in Vorrowdale)"),
            ("Date of conference", "18 March 2025"),
            ("Chair (IRO)", "Graham Oduya"),
            ("Social worker", "Nadia Brook"),
            ("Present", "Ms Quaye, Mr Quaye, Nadia Brook (SW), Sean Malley (CMHT), Mrs P Hart (Kestrel "
                        "Academy), Mr D Lowe (Vorrowdale Park Primary), Efua Mensah (maternal aunt)"),
            ("Apologies", "Dr A Rana (GP) – report submitted"),
        ]),
        ("h1", "Summary of discussion"),
        ("p", "The children have been subject to child protection plans since the initial conference on "
              "10 December 2024, under the category of neglect. Ms Quaye has bipolar affective disorder. She "
              "stopped taking her lithium in November 2024, became unwell and was admitted to Ashgrove Ward "
              "under section 2 of the Mental Health Act on 2 December; Kwame and Esi went to stay with their "
              "father. Ms Quaye was discharged on 17 January 2025 and the children returned to her care on 1 "
              "February. Agencies reported that Ms Quaye has kept most appointments since discharge. The GP's "
              "report confirms that her lithium levels have been in range on both tests since January. School "
              "attendance is 91% for Kwame and 89% for Esi. Ms Quaye told conference that she is \"doing much "
              "better\" and wants the plan to end. Mr Quaye said he is worried about what would happen if "
              "Ms Quaye became unwell again without anyone noticing."),
        ("h1", "Decision"),
        ("p", "Kwame and Esi will remain subject to child protection plans under the category of neglect. "
              "The conference felt that Ms Quaye's recovery is recent and that the plan to keep the children "
              "safe if she became unwell again is not yet tested."),
        ("h1", "The children's views"),
        ("p", "Kwame and Esi were not seen before conference and their views were not available. Ms Brook "
              "apologised for this and explained that her last two visits had been during school hours."),
        ("h1", "What the plan should achieve"),
        ("bullets", [
            "Kwame and Esi are cared for every day by an adult who is well enough to feed them, get them to "
            "school and notice how they are.",
            "Ms Quaye's mental health is stable and she takes her medication.",
        ]),
        ("h1", "The plan agreed"),
        ("p", "The conference agreed the following. Ms Quaye is now under the Vorrowdale Community Mental "
              "Health Team, and her care coordinator, Sean Malley, will continue to visit her weekly to "
              "support her with her medication and mood. Her GP, Dr Rana, will check her lithium levels "
              "every month and send the results to the social worker."),
        ("p", "Ms Quaye is in rent arrears of around £900 and has had a warning letter from her landlord. "
              "She will be supported to apply for a discretionary housing payment. The social worker will "
              "help Ms Quaye to sort out her PIP claim by the end of April 2025. An adviser at Vorrowdale "
              "Citizens Advice will go through Ms Quaye's debts with her at her appointment on 2 April 2025. "
              "Ms Quaye said she had enjoyed a course at the Recovery College while on the ward, and she will "
              "attend the Vorrowdale Recovery College wellbeing course on Thursday mornings."),
        ("p", "Ms Brook, the social worker, will visit the family every two weeks and see both children "
              "alone, recording what each child says. Kestrel Academy and Vorrowdale Park Primary will keep "
              "an eye on Kwame and Esi and let the social worker know of any worries as and when they arise."),
        ("p", "Ms Quaye's sister, Efua Mensah, has helped with the school run since February. Efua will "
              "continue to take the children to school on Mondays, Wednesdays and Fridays. Mr Quaye will have "
              "the children every other weekend as before. All professionals will share information as "
              "appropriate."),
        ("h1", "Contingency"),
        ("p", "If there are further concerns about Ms Quaye's mental health, the social worker will convene "
              "a strategy discussion and the plan will be reviewed."),
        ("h1", "Next meetings"),
        ("p", "The core group will meet every four weeks; the first meeting is on 27 March 2025 at 3.30pm at "
              "Vorrowdale Park Primary. The review conference date is to be confirmed. If progress has not "
              "been made by the review conference, the local authority will seek legal advice."),
        ("p", "Graham Oduya, Independent Reviewing Officer, 19 March 2025"),
    ],
    "findings": [
        F("H001", "will continue to visit her weekly to support her with her medication"),
        F("M001", "will continue to visit her weekly to support her with her medication"),
        F("W001", "She will be supported to apply for a discretionary housing payment"),
        F("T001", "She will be supported to apply for a discretionary housing payment"),
        F("M001", "She will be supported to apply for a discretionary housing payment"),
        F("M001", "help Ms Quaye to sort out her PIP claim"),
        F("M001", "will go through Ms Quaye's debts with her"),
        F("M001", "attend the Vorrowdale Recovery College wellbeing course on Thursday mornings"),
        F("T002", "will keep an eye on Kwame and Esi"),
        F("M002", "will keep an eye on Kwame and Esi"),
        F("M001", "will continue to take the children to school on Mondays"),
        F("M001", "Mr Quaye will have the children every other weekend"),
        F("W002", "All professionals will share information as appropriate"),
        F("T002", "All professionals will share information as appropriate"),
        F("M001", "All professionals will share information as appropriate"),
        F("F002", "Ms Quaye's mental health is stable and she takes her medication"),
        F("F001"),
        F("F003"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A family's own safety plan in their words: a paragraph from each person,
#    then the professionals' part typed by the SW (md). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_varnestead_family_plan_in_our_words_kilbane.md",
    "split": "tune",
    "template": "family-written-safety-plan-paragraph-from-each-adult-then-professionals-sentences-md",
    "description": (
        "A family's own plan (father's drinking and violence when drunk; three children) written at a "
        "network meeting in their words: a paragraph from each adult mixing stories with 'I will' and "
        "'we will try' sentences, then the professionals' part. Nan 'as and when Shauna needs a break', "
        "an uncle who will 'keep an eye on' dad, 'we'll all try', a health visitor 'when she can', a "
        "course place 'found' by nobody; the contingency sends the children to the same nan with no "
        "fallback, no legal step, one adult-only goal."
    ),
    "text": """\
# Our family's plan for Callum, Ruby and Maisie

Written by Shauna, Darren, Nan Bernie and Uncle Kieran with Ade Bakare
(social worker) at Nan's house on 19 March 2025. Ade typed it up in our
words and we have all read it.

Kids: Callum (8), Ruby (5), Maisie (18 months)
Mum: Shauna Kilbane. Dad: Darren Kilbane.
Varnestead Council Children's Services - child protection plan (physical
abuse), first conference 6 March 2025.

## Why we need a plan

Darren: "When I've had a drink I get loud and I smash things. In January I
put my fist through the kitchen door and Callum saw it. On 22 February I
pushed Shauna and she fell against the cot with Maisie in it. The police
came and I was arrested."

Shauna: "He's not like that sober. But it's been getting worse since he
lost his job at the depot last summer, and I've been covering for him."

## What the kids have said

Callum told Ade at school: "I don't like it when Dad shouts. I take Ruby and
Maisie upstairs and put the telly on loud." He said his happiest time is
"when Dad takes me to the park on Sunday and he's not had any beer".

Ruby drew a picture of the house with a sad face on the kitchen door and
said "that's where Daddy broke it".

Maisie is too little to say, but Jen the health visitor saw her flinch and
cry when a door banged shut, and she clings to Shauna when Darren comes in.

## What we want for the kids

- The kids never see Dad drunk and never see anyone get hurt again.
- Callum doesn't have to look after his sisters or hide upstairs.
- Maisie is calm and settled and stops flinching at noises.
- Darren to get off the drink and get his job back.

## What we are going to do

**Darren:** I know I've let the kids down. From today (19 March) I won't
drink in the house or come home drunk; I'll blow into the breathalyser Ade
gave us when I come in, and Shauna will write the reading in the book on
the fridge. I've been going to Step Up since the start of March. I will go
to Step Up every Tuesday at 11am and bring the signed sheet to every core
group. I will also do the Caring Dads course at the Family Centre, which
starts on 29 April, and the course leader will send Ade a report at the end.

**Shauna:** I've stopped covering for him now. I will take Maisie to all
her health visitor checks. I'll ring Ade the same day if Darren comes home
drunk or breaks the no-drinking rule, and Ade will write it on the file.

**Nan Bernie:** I've always been close to the kids and they love coming to
mine. I'll have the kids as and when Shauna needs a break.

**Uncle Kieran:** On any night Darren has had a drink he can stay at mine
in Elm Street, and I'll keep an eye on him.

**All of us:** We'll all try to keep the noise down and not argue in front
of the kids.

## What the professionals will do

Ade (social worker) will visit every two weeks and see the kids on their
own, writing down what they say in the visit notes.

Ali Rehman, Darren's key worker at Step Up (Varnestead Alcohol Team), will
see Darren every Tuesday, do a breath test and email Ade the results each
week.

Mrs Okoro at Hollybank Primary will check in with Callum every Monday
morning and email Ade what he says the same day.

Maisie's health visitor, Jen Marley, will visit when she can.

A place on the Safe Families course will be found for Shauna.

## If something goes wrong

If Darren comes home drunk, Shauna will take the kids straight to Nan
Bernie's and ring Ade (or the emergency duty team after 5pm). If Darren
gets violent, Shauna will ring 999 and the kids will stay at Nan's until
Ade has seen them, the same day or the next morning.

## Meetings

Core group (us and the professionals) every 4 weeks - next one 16 April
2025 at 10am, Varnestead Family Centre.
Review child protection conference: 5 June 2025 at 1pm.

Signed: Shauna Kilbane, Darren Kilbane, Bernie Walsh, Kieran Kilbane,
Ade Bakare (SW)
""",
    "findings": [
        F("M001", "I will take Maisie to all her health visitor checks"),
        F("T002", "I'll have the kids as and when Shauna needs a break"),
        F("M001", "I'll have the kids as and when Shauna needs a break"),
        F("M002", "stay at mine in Elm Street, and I'll keep an eye"),
        F("W002", "We'll all try to keep the noise down"),
        F("T001", "We'll all try to keep the noise down"),
        F("M001", "We'll all try to keep the noise down"),
        F("T002", "Maisie's health visitor, Jen Marley, will visit when she can"),
        F("M001", "Maisie's health visitor, Jen Marley, will visit when she can"),
        F("W001", "A place on the Safe Families course will be found for Shauna"),
        F("T001", "A place on the Safe Families course will be found for Shauna"),
        F("M001", "A place on the Safe Families course will be found for Shauna"),
        F("F002", "Darren to get off the drink and get his job back"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Social worker's email after a core group, what was agreed written as
#    paragraphs; the family is moving to another council (txt). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_virlingham_core_group_email_paragraphs_whitlam.txt",
    "split": "tune",
    "template": "core-group-follow-up-email-agreed-as-paragraphs-family-moving-council-txt",
    "description": (
        "Social worker's email to the core group after the second core group for a 4-month-old "
        "(domestic abuse, mother's postnatal depression), the family moving to another council in "
        "three weeks. What was agreed is written as paragraphs mixing updates and commitments: a "
        "perinatal nurse who only supports, a parenting assessment and a perpetrator referral "
        "left for the new council 'at some point' / 'at a later date', housing left to them, "
        "relatives 'as much as they can', 'the family' supervising, medication 'ongoing'; relatives "
        "relied on with no fallback and the review conference date left to the new council."
    ),
    "text": """\
From:    Priya Lal (Social Worker, Virlingham Children's Services)
To:      Alfie Whitlam core group
Cc:      Jonah Reeve (Team Manager)
Date:    19 March 2025 14:52
Subject: Alfie Whitlam - core group 2 - notes and what we agreed (family
         moving to Hexley)

Hi all,

Thanks for coming this morning, and thank you Courtney for having us at
your flat. Below is a short write-up so we're all working from the same
page. Please let me know by Friday if I've got anything wrong.

Alfie Whitlam, born 14/11/2024 (4 months). CP plan since ICPC on
19/02/2025, category emotional abuse. Mum Courtney Whitlam (22). Alfie's
dad, Jordan Pryce, is not allowed at the flat under the bail conditions.

Where things are

Courtney told us she has a tenancy starting with Hexley Homes on 10 April
and will be moving to Hexley, near her mum, in about three weeks. I rang
Hexley's transfer team on 17 March and sent them the plan and the ICPC
minutes. Jordan was charged on 3 March with assault after the incident on
8 February (he pushed Courtney against the wall while she held Alfie) and
he is on bail until his court date in May. Courtney says she has not seen
him since. She told us her mood is "up and down" and that nights are
hard.

Alfie was smiley and settled on Courtney's lap throughout, and he is now
rolling over and grabbing at toys. He cried hard when the door buzzer
went and took a while to settle. He is on the 25th centile for weight
and feeding well.

What we want for Alfie

Alfie lives somewhere calm, with no shouting or violence around him, and
is handled gently and fed on time day and night. Alfie carries on gaining
weight along his centile. Alfie's care and plan carry on without a gap
when he moves to Hexley.

What we agreed

I will keep visiting Alfie every week until the transfer-in conference in
Hexley, and my notes will say where he was sleeping and how Courtney
handled him. I will send Hexley the up-to-date chronology by 26 March and copy
you all in.

Courtney had her first appointment with the perinatal mental health team
on 12 March. Tanya Burke (perinatal CPN) will carry on her support visits
every fortnight until the move. Dr Aziz (GP) will review Courtney's
sertraline at her medication review on 2 April and write to me about how
she is. Courtney will keep taking her sertraline (ongoing).

The parenting assessment had been booked to start on 24 March. The
parenting assessment will be put on hold and picked up by Hexley at some
point after the case has transferred. Jordan's referral to the Change Up
programme won't go ahead now because he says he is moving too; Hexley can
decide whether to re-refer him at a later date. The housing support
referral will be left to Hexley as they will be the ones holding the case.

Gemma Ward (HV) weighed Alfie today. Gemma will weigh Alfie every
fortnight at Virlingham clinic and plot his weight in the red book, and
she will ring the Hexley health visiting team to hand over before the
move.

Courtney's nan and her mum (Sharon) have said they will help with Alfie
as much as they can. The family will supervise any time Jordan has with
Alfie from now until the move.

If anything goes wrong

If Jordan turns up at the flat, or there is another incident between
Courtney and Jordan, Courtney will ring 999 and take Alfie to her mum's,
and I will hold a strategy discussion the same day. If Courtney lets
Jordan back into the flat, my manager has agreed we will hold a legal
planning meeting straight away.

Next meetings

Next core group: Wednesday 9 April 2025, 10am, Virlingham Family Hub (the
last one before the move). Hexley will hold the transfer-in conference
within 15 working days of the move. The review conference date will be
set by Hexley.

Thanks all,
Priya

Priya Lal | Social Worker | Virlingham Children's Services
01632 960 512
""",
    "findings": [
        F("H001", "will carry on her support visits every fortnight until the move"),
        F("M001", "will carry on her support visits every fortnight until the move"),
        F("T002", "Courtney will keep taking her sertraline (ongoing)"),
        F("M001", "Courtney will keep taking her sertraline (ongoing)"),
        F("X001", "parenting assessment will be put on hold and picked up by Hexley"),
        F("T002", "parenting assessment will be put on hold and picked up by Hexley"),
        F("M001", "parenting assessment will be put on hold and picked up by Hexley"),
        F("X001", "Jordan's referral to the Change Up programme won't go ahead"),
        F("T002", "Jordan's referral to the Change Up programme won't go ahead"),
        F("M001", "Jordan's referral to the Change Up programme won't go ahead"),
        F("X001", "The housing support referral will be left to Hexley"),
        F("T001", "The housing support referral will be left to Hexley"),
        F("M001", "The housing support referral will be left to Hexley"),
        F("T002", "have said they will help with Alfie as much as they can"),
        F("M001", "have said they will help with Alfie as much as they can"),
        F("W002", "The family will supervise any time Jordan has with Alfie"),
        F("M001", "The family will supervise any time Jordan has with Alfie"),
        F("C003"),
        F("R001"),
    ],
})
