"""Batch 18, module 3: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus of this module: letters to parents and to a child, narrative plans
written as paragraphs, a child-friendly "my plan", a family version in the
family's own words and pre-birth plans, with commitments in the first person,
in the passive or hedged ("I will try to", "It is hoped that", "will be
referred", "we will hopefully"). Three plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth letter to an expectant mother, no headings at all: one
#    paragraph per commitment, first person, hedged and passive (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_pellingford_prebirth_letter_no_headings_lowry.docx",
    "doc_title": "Letter to Tamsin Lowry after the pre-birth child protection conference",
    "split": "tune",
    "template": "prebirth-letter-to-expectant-mother-no-headings-paragraph-per-commitment",
    "description": (
        "A social worker's letter to an expectant mother after a pre-birth conference (cannabis, low "
        "mood, arguments with an ex-partner; a 6-year-old at home), with no headings at all: one "
        "paragraph per commitment after a lead-in sentence. Passive referrals with no agent, 'It is "
        "hoped that ... when you feel able to', 'over the next few weeks', 'keep an eye on'; the "
        "grandmother and an aunt carry part of the plan with no fallback, an adult-only outcome and "
        "'think about what other options there are' instead of legal planning."
    ),
    "blocks": [
        ("pr", "Pellingford Borough Council"),
        ("pr", "Children's Services – Safeguarding and Family Support Team (East)"),
        ("pr", "Brook House, 21 Canal Street, Pellingford PG3 4LT"),
        ("pr", "16 May 2025"),
        ("p", ""),
        ("pl", "Ms Tamsin Lowry"),
        ("pl", "Flat 3, 18 Rendall Road"),
        ("pl", "Pellingford PG2 7HS"),
        ("p", ""),
        ("p", "Re: your baby (due 26 July 2025) and Maisie Lowry (born 02/03/2019)"),
        ("p", "Dear Tamsin,"),
        ("p", "Thank you for coming to the pre-birth child protection conference at Brook House on Monday "
              "12 May, and for bringing your mum with you. I know it was a long and difficult morning, and "
              "you said afterwards that you did not take much of it in, so I promised to write down what "
              "was agreed in plain words. The conference decided that your baby will have a child "
              "protection plan from birth, under the category of neglect. Maisie is not on a plan herself, "
              "but she is part of this one because she lives with you, and whatever happens at home "
              "happens to her too."),
        ("p", "The reasons were talked about at length, so I will only go over them briefly. You told "
              "conference that you have been smoking cannabis most evenings to help you sleep, that your "
              "low mood came back around Christmas and that you stopped taking your sertraline in "
              "February. The police were called to the flat twice this year, in January and in March, when "
              "you and Jordan were arguing, and the second time it was Maisie who rang 999. Your son Kian "
              "has lived with his dad's mother under a special guardianship order since 2022, and "
              "conference had to think about the reasons for that too."),
        ("p", "People also said a lot of good things. You have been to every antenatal appointment, Maisie "
              "is doing well at Rendall Road Primary and is hardly ever late, and your mum, Denise, lives "
              "five minutes away and has been a big help. Jordan has been living back at his own flat since "
              "March, and you both told conference that you want to stay apart until he has done the "
              "Choices programme."),
        ("p", "When I saw Maisie on her own at school on 8 May she told me she is \"really excited\" about "
              "the baby and wants to be the one who chooses the baby's first teddy. She said the worst thing "
              "this year was \"when Jordan was shouting and I had to ring the police\", and that she was "
              "scared the police would take you away. She likes going to Auntie Carol's because \"she has "
              "a trampoline and we make pizzas\". She asked me to tell you that she wants you to be "
              "\"happy like before\"."),
        ("p", "What everyone at conference wants is simple to say, even if it will be hard work to get there:"),
        ("bullets", [
            "Your baby is born into a calm, smoke-free home and is fed, held, kept warm and put down to "
            "sleep safely by an adult who is awake and well.",
            "Maisie goes to school every day, never again has to ring the police or look after you, and "
            "gets to be a big sister rather than a carer.",
            "You feel better in yourself and have stopped using cannabis.",
        ]),
        ("p", "These are the things that were agreed at conference. I have tried to put down who is doing "
              "each one."),
        ("p", "I will visit you and Maisie at home every two weeks until the baby is born and every week "
              "after that, and I will always spend some time with Maisie on her own; my visit records will "
              "show what she has told me each time."),
        ("p", "A referral will be made to the Pellingford perinatal mental health team so that someone can "
              "talk to you about your mood."),
        ("p", "Dr Fenwick, your GP, will see you by 30 May to talk about going back on your antidepressants, "
              "and will write to me and to the midwife saying what you have agreed together."),
        ("p", "It is hoped that you will cut down your cannabis and stop smoking it in the flat when you "
              "feel able to."),
        ("p", "Rhian Coles, your community midwife, will see you at every antenatal appointment and at home "
              "at 32 and 36 weeks, and will send me a short note after each home visit about how you are "
              "getting ready for the baby."),
        ("p", "Nia Harte, the health visitor, will do an antenatal visit by 20 June to go through safe sleep "
              "with you, and will leave a signed safe sleep checklist in your handheld notes."),
        ("p", "A Moses basket and a new cot mattress will be sorted out for the baby through the Little "
              "Steps baby bank before the baby arrives."),
        ("p", "Jordan has agreed to start the Choices programme on 9 June, and his Choices worker, Aled "
              "Price, will send me a written report at the end of the 20 weeks saying what Jordan has "
              "learned and whether the risk to you and the children has come down."),
        ("p", "Your mum, Denise, will stay with you for the first two weeks after you and the baby come home "
              "to help with the night feeds, and she will fill in the feeding chart that Rhian gives you."),
        ("p", "Your auntie Carol will have Maisie after school on Tuesdays and Thursdays so that you can "
              "rest."),
        ("p", "Maisie's school will keep an eye on her and give her some extra time with her teacher, "
              "Mrs Okoro, if she seems upset."),
        ("p", "I will try to help you with your housing application for a two-bedroom flat over the next "
              "few weeks."),
        ("p", "If you or Jordan use cannabis while you are looking after the baby, if Jordan comes to the "
              "flat, or if there is any more shouting or violence between you, I will hold a strategy "
              "discussion with the police and health the same day, and the baby and Maisie will go to stay "
              "with your mum at her house in Larch Grove while we work out what happens next. Out of hours, "
              "you or Denise should ring the emergency duty team on 01632 960 999."),
        ("p", "The core group, which is you, me, Rhian, Nia, Maisie's school and Denise if you want her "
              "there, will meet every three weeks, starting on Thursday 29 May at 10am at Rendall Road "
              "Children's Centre. The review child protection conference will be on Tuesday 5 August 2025 "
              "at 1.30pm at Brook House, after the baby is born."),
        ("p", "If things have not moved on by the review conference, my manager and I will need to think "
              "about what other options there are for the baby."),
        ("p", "I know this is a lot to take in. If anything here is wrong, or you do not understand it, "
              "please ring me on 01632 960 772 or text me on 07700 900 418."),
        ("p", "Yours sincerely,"),
        ("pl", "Bryony Kell"),
        ("pl", "Social Worker, Safeguarding and Family Support Team (East)"),
        ("p", ""),
        ("pl", "cc: Denise Lowry (with Tamsin's agreement); Rhian Coles, community midwife; Nia Harte, "
               "health visitor; Mrs Okoro, Rendall Road Primary; Dr Fenwick, Canalside Surgery"),
    ],
    "findings": [
        F("W001", "A referral will be made to the Pellingford perinatal mental health team"),
        F("T001", "A referral will be made to the Pellingford perinatal mental health team"),
        F("M001", "A referral will be made to the Pellingford perinatal mental health team"),
        F("T002", "cut down your cannabis and stop smoking it in the flat"),
        F("M001", "cut down your cannabis and stop smoking it in the flat"),
        F("W001", "A Moses basket and a new cot mattress will be sorted out"),
        F("M001", "A Moses basket and a new cot mattress will be sorted out"),
        F("M001", "Your auntie Carol will have Maisie after school on Tuesdays and Thursdays"),
        F("T001", "Maisie's school will keep an eye on her"),
        F("M002", "Maisie's school will keep an eye on her"),
        F("T002", "help you with your housing application for a two-bedroom flat"),
        F("M001", "help you with your housing application for a two-bedroom flat"),
        F("F002", "You feel better in yourself and have stopped using cannabis."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Child-friendly "my plan": the child's own questions as headings, each
#    answered with the grown-ups' promises (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_pentrellis_my_plan_your_questions_marwood.md",
    "split": "tune",
    "template": "child-friendly-my-plan-childs-own-questions-as-headings-md",
    "description": (
        "Exemplary child-friendly plan for a 9-year-old (mother's drinking), written with her: her own "
        "questions are the headings and each is answered with the grown-ups' promises in one sentence "
        "each (who, when, how you'll know). Recovery service reports on whether Mum can stay stopped; "
        "Nan's help is covered in the safety plan with Dad and foster carers as fallbacks; core group "
        "dates, review date and a legal planning meeting in child's words."
    ),
    "text": """\
# Sienna's plan

**For:** Sienna Marwood, age 9
**Written by:** Abi Tregunna (my social worker) and me, at school on Wednesday 14 May 2025
**After:** the big meeting (the child protection conference) on Thursday 8 May 2025

Sienna, this is your copy of the plan. We wrote it together on the big paper in
Mrs Kaur's room and I typed it up afterwards. You chose the questions - they are
the things you said you wanted to know. Everything the grown-ups promised is in
here, with when they will do it and how you (and everyone else) will be able to
tell if they have.

Mum has her own copy, which says the same things in grown-up words.

## What you told me

- "I like it when Mum does my hair in plaits and we watch Bake Off together."
- "I don't like it when Mum falls asleep on the sofa in the afternoon and won't
  wake up. Then I have to make my own tea and I only know how to do toast."
- "When I'm at school I worry that Mum is on her own and she'll be sad."
- "Nan's house is my favourite because she has Biscuit (the dog) and she always
  has fish fingers."
- "I want Dad to still come every other Saturday."
- On the worry scale you put yourself at 6 out of 10 (10 is really, really
  worried). You said it would be a 2 "if Mum stopped drinking the wine".

## What the grown-ups are worried about

Mum has been drinking a lot of wine, most days, since last summer. When she
drinks she falls asleep and can't look after you. Some days you have got to
school late or not at all, and you have had to make your own tea. The grown-ups
are worried that one day something could go wrong while Mum is asleep and
nobody would be there to help you.

The meeting heard good things too. Mum loves you very much, came to the meeting
and listened to everyone. She has already been to see the Recovery Service
twice. Nan and Dad both want to help, and school say you are kind, funny and
brilliant at reading.

## What everyone wants for you

- You get to school on time every day, with breakfast inside you.
- There is always a grown-up at home who is awake and sober and can make your
  tea and put you to bed.
- You don't have to worry about Mum when you are at school.
- You still see Dad every other Saturday and Nan every week.

## Your questions, and what the grown-ups have promised

### "Who is going to check I'm OK?"

Abi (social worker) will see you every week, at home or at school, and will
always talk to you on your own; she will write down what you tell her and read
it back to you before she leaves, so you know it is right.

Mrs Kaur (the safeguarding lead at Pentrellis Juniors) will check in with you
every Monday morning before registration, write down in her notes what you say,
and phone Abi the same day if you are worried about home.

### "Will Mum get help with the drinking?"

Darren Lowe, Mum's worker at the Pentrellis Recovery Service, will see Mum every
Tuesday and breath-test her each time, and will email Abi the results every week
so everyone can see whether Mum is sober when she is looking after you.

Mum has promised to go to every Tuesday appointment with Darren so she can get
well enough to look after you, and Darren's signing-in sheet, which he will send
to Abi at the end of each month, will show whether she went.

Darren will also write a report by 10 July 2025 saying whether Mum is able to
stop drinking and stay stopped while she looks after you, and how long that
might take, and Abi will share it at the grown-ups' meeting on 17 July.

### "What about the mornings, when Mum is tired?"

Carly Nance (family support worker) will come to your house at 7.45am every
Monday, Wednesday and Friday for six weeks from 19 May 2025 to help Mum get the
morning routine going, and school will send Abi the time you arrived every
Friday so everyone can see if you are getting in by 8.50am.

### "Can I still go to Nan's?"

Nan (Sheila Curnow) will pick you up from school every Tuesday and Thursday and
give you your tea at her house, and she will text Abi by 6pm on each of those
days to say you are with her; Abi will check the texts at each visit.

### "Will Dad still come?"

Dad will have you every other Saturday from 10am to 4pm, like he does now, and
will write in the blue contact book what you did together; Abi will read the
book each time she visits.

### "Is anyone checking I'm healthy?"

Pat Gill (school nurse) will see you at school by 6 June 2025 to check your
height, weight and eyes, and will send the results to Abi and to your doctor.

## Your safety plan - if Mum has been drinking

If Mum has been drinking and you can't wake her up, or she is too drunk to look
after you:

1. Ring Nan on 07700 900 233 (she is in your phone under NAN, and the number is
   on the fridge).
2. If Nan doesn't answer, ring 999.

If this happens you will go to Nan's house that same day, and Abi will have a
meeting with the police and school (it is called a strategy discussion) the same
day to decide how to keep you safe. If Nan can't have you, because she is poorly
or away, you will stay with Dad at his flat. If Dad can't have you either, you
would stay with a foster family that Abi's team knows, just until it is safe, and
you would still see Mum, Nan and Dad.

## If things don't get better

If Mum is still drinking when the next big meeting comes round, or the breath
tests show she has been drinking while she is looking after you, Abi's manager
will ask for a meeting with the council's lawyers (a legal planning meeting) to
decide what needs to happen to keep you safe. Abi promised she will tell you
first if that happens.

## When the grown-ups will meet

- The grown-ups' meeting (the core group: Mum, Abi, Mrs Kaur, Darren, Carly and
  Pat) is every 4 weeks, at school: Thursday 22 May, Thursday 19 June and
  Thursday 17 July 2025.
- The next big meeting (the review child protection conference) is on Thursday
  31 July 2025 at 10am at Pentrellis Civic Offices. You can come to part of it,
  or write or draw something for Abi to take with her.

Signed: Sienna (she drew a star)    Abi Tregunna, Social Worker, Pentrellis Council
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. IRO's written plan after a review conference: narrative paragraphs, one
#    per agency with an upper-case lead-in; a planned move to another
#    authority (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_penhallow_iro_narrative_agency_paragraphs_quayle.txt",
    "split": "tune",
    "template": "iro-written-plan-narrative-caps-agency-lead-in-paragraphs-txt",
    "description": (
        "An IRO's written plan after a second review conference for two children (mother's bipolar "
        "disorder; family moving to another authority), set out as narrative paragraphs with an "
        "upper-case agency lead-in. A speech therapy referral held back until the move, a CMHT care "
        "coordinator who only supports, an assessment with no output, 'reviewed at core group', the "
        "aunt 'as and when needed', 'All agencies', an adult-only outcome, no fallback if the aunt "
        "cannot help and a review conference 'to be arranged'."
    ),
    "text": """\
PENHALLOW COUNCIL
Safeguarding and Quality Assurance Unit - Independent Reviewing Service

REVIEW CHILD PROTECTION CONFERENCE: THE CHAIR'S WRITTEN PLAN

Children:      Tyler QUAYLE    DOB 14/02/2014 (11)   Penhallow Primary, Year 6
               Bella QUAYLE    DOB 03/10/2020 (4)    Little Gulls Nursery
Mother:        Stacey QUAYLE, 9 Gwel Teg, Penhallow
Conference:    Second review, 05/06/2025, Penhallow One Stop Centre
Category:      Neglect (unchanged)
Social worker: Hannah Pryce, Penhallow Children's Social Care
Chair:         Sarah Vosper, Independent Reviewing Officer

The conference agreed that Tyler and Bella should stay on child protection
plans under the category of neglect. Stacey has bipolar disorder. She stopped
her lithium before Christmas and was admitted to the Trenoweth Unit for four
weeks in February, when the children went to stay with her sister, Kerensa.
Since she came home Stacey has taken her medication and there has been real
progress: the house is much cleaner, there is food in the cupboards, and
Bella's nursery attendance has gone from 60% to 84%. However, Tyler is still
late to school two or three times a week, Stacey has missed 3 of her last 7
appointments with the community mental health team, and Bella's speech is well
behind for her age. Stacey told conference that she has been offered a housing
association tenancy in Kernmouth, near her father, and expects to move on 21
July 2025. The case will then transfer to Kernmouth Council. Penhallow stays
responsible for the plan until Kernmouth hold their transfer-in conference.

Tyler spoke to me on his own before the meeting. He said things are "loads
better" since Mum came home and that he likes going to Grandad's on Saturdays
for football. He said he is late because he walks Bella to nursery first, and
that he is worried about starting secondary school in Kernmouth, where he won't
know anyone. He said he still checks on Mum at night "just in case". Bella's
keyworker has seen her talk in single words and point, get cross when she is
not understood, and run to Stacey at home time.

What we want to see by the next review:
 - Tyler gets to school on time every day and does not feel he has to check on
   his mum at night.
 - Bella is at nursery for every session, and her speech is assessed and helped
   before she starts school in September.
 - Stacey's mood is stable and she is engaging with the mental health team.

THE PLAN

Each agency's part in the plan is set out below, with the lead person named.

SOCIAL CARE. Hannah Pryce (SW) will visit at least fortnightly, one visit in
three unannounced, and will see Tyler and Bella on their own each time,
recording what they say on the visit record. The SW will complete an updated
parenting assessment of Stacey by 30 June 2025. The SW will send the full case
file and a transfer summary to Kernmouth by 14 July 2025, and Kernmouth's
written confirmation of a transfer-in conference date will be kept on file.

ADULT MENTAL HEALTH. Stacey's care coordinator at the Penhallow Community
Mental Health Team, Owen Tregear, will continue to see her fortnightly to
support her with her mood and medication.

MOTHER. Stacey will take her lithium every day and collect her prescription
from Penhallow Pharmacy each month, and the pharmacy's collection record will
be shared with the SW before each core group. Stacey will take Bella to
nursery herself every morning from 9 June 2025 so that Tyler can go straight
to school, and the school register will show Tyler in by 8.45am.

HEALTH. Lowenna Hicks (HV) will see Bella at home by 20 June 2025 for a
development check and send the SW her ASQ-3 scores. A referral for Bella to
speech and language therapy will be held back until the family have moved to
Kernmouth on 21 July, and will then be made there.

EDUCATION. Mr Jory, Tyler's Year 6 teacher at Penhallow Primary, will meet
Tyler every Friday to support him with his worries about secondary school; this
will be reviewed at core group. Little Gulls Nursery will send the SW Bella's
attendance every Friday; the target is 90% of sessions or more.

FAMILY. Stacey's sister, Kerensa Quayle, will help out with the children when
Stacey is unwell, as and when needed. Michael Quayle (MGF) will have Tyler
every Saturday for football and tea, and will write in the contact book what
Tyler did and how he seemed.

ALL AGENCIES. All agencies will share information with the SW as and when
concerns arise.

CONTINGENCY. If Stacey stops taking her lithium, misses two CMHT appointments
in a row, or Owen sees the early warning signs of relapse in her crisis plan
(not sleeping, overspending, racing thoughts), the SW will visit the same day
and hold a strategy discussion within 24 hours. Tyler and Bella will go to
stay with Kerensa at her home in Trevaskis Road while Stacey gets treatment, as
they did in February.

If there has been no real progress by the next review, in particular if Tyler
is still late most weeks or Stacey is not attending the CMHT, the SW's team
manager will request a legal planning meeting.

REVIEW. The core group will meet monthly, next on 19/06/2025 at Penhallow
Primary and then on 17/07/2025. Review conference: to be arranged - by
Kernmouth if the family have moved by then, otherwise by this service.

Sarah Vosper
Independent Reviewing Officer, 06/06/2025

Copies: Stacey Quayle; Hannah Pryce (SW); Owen Tregear (CMHT); Lowenna Hicks
(HV); Penhallow Primary (DSL); Little Gulls Nursery; Dr A. Rowe (GP)
""",
    "findings": [
        F("M001", "The SW will complete an updated parenting assessment of Stacey"),
        F("H001", "will continue to see her fortnightly to support her with her mood"),
        F("M001", "will continue to see her fortnightly to support her with her mood"),
        F("W001", "speech and language therapy will be held back until the family"),
        F("M001", "speech and language therapy will be held back until the family"),
        F("X001", "speech and language therapy will be held back until the family"),
        F("M002", "will meet Tyler every Friday to support him with his worries"),
        F("T002", "will help out with the children when Stacey is unwell"),
        F("M001", "will help out with the children when Stacey is unwell"),
        F("W002", "All agencies will share information with the SW as and when"),
        F("T002", "All agencies will share information with the SW as and when"),
        F("M001", "All agencies will share information with the SW as and when"),
        F("F002", "Stacey's mood is stable and she is engaging with the mental health team."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Letter to a non-resident father after the ICPC: "your part", "Laura's
#    part", "what everyone else will do"; header and page footer (pdf).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_porthallan_letter_to_father_dunmore.pdf",
    "doc_title": "Letter to Connor Dunmore - child protection plan for Evie and Jack",
    "split": "tune",
    "template": "letter-to-non-resident-father-your-part-her-part-everyone-else-paged",
    "description": (
        "Exemplary letter from the social worker to a non-resident father after an initial conference "
        "(mother's depression and overdose), with OFFICIAL-SENSITIVE header and 'Page N of M' footer. "
        "Bold ordinary-words headings; his part, the mother's part and everyone else's, each sentence "
        "with who, when and how we'll know (some hedged: 'I'll try to'). Psychiatrist and care "
        "coordinator report on change; father and grandmother covered by a foster-care fallback; "
        "core group and review dates; legal planning meeting if the report says change is too slow."
    ),
    "header": "OFFICIAL-SENSITIVE | Porthallan Council Children's Services | Ref PTH/CP/25/1182",
    "footer": "Letter to Connor Dunmore, 21 May 2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Porthallan Council – Children's Services"),
        ("pr", "Family Safeguarding Team West, Chy an Mor, Quay Road, Porthallan"),
        ("pr", "21 May 2025"),
        ("p", ""),
        ("pl", "Mr Connor Dunmore"),
        ("pl", "14 Harbour View"),
        ("pl", "Porthallan"),
        ("p", ""),
        ("p", "Dear Connor,"),
        ("boldp", "Why I am writing"),
        ("p", "Thank you for coming to the initial child protection conference on Monday 19 May, and for "
              "what you said about wanting to be more involved in Evie's and Jack's lives. Conference agreed "
              "that both children should have a child protection plan under the category of neglect. You "
              "asked for the plan in writing so that you know exactly what your part is and what everyone "
              "else has agreed to do. Laura has a letter too, and the full plan will be sent to you both by "
              "the conference administrator."),
        ("p", "As you know, on 2 May Laura took an overdose of her tablets while Evie (7) and Jack (2) were "
              "in the house, and Evie rang 999 when she could not wake her. Laura has had depression for "
              "several years, and since the start of the year she has often stayed in bed until the "
              "afternoon. Evie has missed 14 days of school since January, and Jack has been at nursery for "
              "just over half of his sessions. Laura is now under the Porthallan Adult Mental Health Team "
              "and has told everyone she wants to get well for the children."),
        ("boldp", "How Evie and Jack are getting on"),
        ("p", "I saw Evie on her own at school on 15 May. She told me \"I had to be the grown-up when Mummy "
              "was asleep\" and that she was \"really scared\" when the ambulance came. She loves her "
              "weekends at yours and said the best bit is \"pancakes and the skate park\". She wants to "
              "stay living with Mummy but wants \"someone to check she's OK\". She asked whether she could "
              "have her own phone so that she can ring you. Jack was chatty and busy when I visited on 16 "
              "May; he brought me his trains, went to Laura for a cuddle when he bumped his head and "
              "settled quickly with her. His nursery say he is often tired and hungry on Monday mornings."),
        ("boldp", "What we all want for Evie and Jack"),
        ("bullets", [
            "Evie and Jack are always looked after by an adult who is well enough to get up, feed them and "
            "keep them safe, day and night.",
            "Evie never again has to look after her mum or Jack, or ring for an ambulance on her own.",
            "Evie is at school every day and Jack is at nursery for all of his sessions, rested and fed.",
            "Both children keep their time with you, and know who to ring if they are worried.",
        ]),
        ("boldp", "Your part in the plan"),
        ("bullets", [
            "You will have Evie and Jack at your flat every weekend, from Friday at 4pm until Sunday at 5pm, "
            "and you will write in the contact book how the weekend went; I will read it at each home visit.",
            "You will collect Evie from school every Wednesday and take her to Beavers, and the school "
            "office's collection log will show who picked her up.",
            "You and I have agreed that I'll try to ring you every Monday to hear how the weekend went, and "
            "I'll note each call on the children's record.",
        ]),
        ("boldp", "Laura's part in the plan"),
        ("p", "Laura has agreed to take her medication every day from the weekly blister packs the pharmacy "
              "makes up, and the packs, which I will look at on each home visit, will show whether any doses "
              "have been missed."),
        ("p", "Laura will see her care coordinator, Mel Trethewey, every Thursday, and Mel will record her "
              "attendance in the update she sends to each core group."),
        ("p", "It is hoped that Laura will keep the children's bedtime routine (bath, story and bed by "
              "7.30pm) every night they are with her, and Sophie Carne, the family support worker, will "
              "check the routine chart with her at each visit."),
        ("boldp", "What everyone else will do"),
        ("bullets", [
            "Dr Gwen Pascoe, consultant psychiatrist with the Porthallan Adult Mental Health Team, will see "
            "Laura every four weeks and write a report by 1 August 2025 for the review conference, setting "
            "out whether Laura is making the changes she needs to care for Evie and Jack safely and how long "
            "any further change is likely to take.",
            "Mel Trethewey, Laura's care coordinator at the Adult Mental Health Team, will see Laura every "
            "week and send each core group a written update on whether the warning signs in Laura's relapse "
            "plan are reducing and whether she is making the changes agreed for the children.",
            "I (Tamara Polglase, SW) will visit Evie and Jack at Laura's home every week, at least one visit "
            "in three unannounced, and see Evie on her own each time; my visit records will show where and "
            "how the children were seen.",
            "Sophie Carne, family support worker, will go to Laura's on Monday and Thursday teatimes for "
            "eight weeks from 2 June to help with tea, bath and bedtime, and will fill in the routine chart "
            "with Laura each time.",
            "Ruth Angove, Jack's health visitor, will see Jack at home by 20 June for his two-year review and "
            "send me his development scores.",
            "Mrs Hendra, the designated safeguarding lead at Porthallan Primary, will see Evie every Friday "
            "for a \"worry time\" chat, tell me the same day about anything that worries her, and share her "
            "notes at each core group.",
            "Little Puffins Nursery will send me Jack's attendance every Friday; we are looking for him to be "
            "there for at least 9 of his 10 sessions each fortnight.",
            "Your mum, Pat Dunmore, has kindly agreed to have the children after school every Tuesday, and "
            "she will text me when she has collected them so there is a record of each pick-up.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Laura tells anyone she is thinking of harming herself, if she is found too unwell or drowsy "
              "to look after the children, or if Evie rings you or Pat because she cannot wake her mum, the "
              "children will come to you that day, and I (or the emergency duty team out of hours, 01632 "
              "960 140) will hold a strategy discussion the same day. Laura's crisis team will be asked to "
              "see her the same day. If you cannot have the children, for example because of your shifts, "
              "your mum will have them at her house. If neither of you can, Evie and Jack will be placed "
              "together with approved foster carers the same day, and I will make sure they still see you "
              "both."),
        ("boldp", "If things don't improve"),
        ("p", "If Dr Pascoe's report in August says that Laura is not able to make the changes in the time "
              "the children need, or the children have had to leave Laura's care twice, my manager will "
              "request a legal planning meeting within five working days to decide whether to start the "
              "pre-proceedings process."),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every four weeks at Porthallan Family Centre, on Tuesday 3 June, "
              "Tuesday 1 July and Tuesday 29 July 2025, all at 2pm. You are invited to all of them. The "
              "review child protection conference will be on Monday 18 August 2025 at 10am at the Council "
              "Offices, Quay Road."),
        ("p", "Please ring me on 01632 960 233 if anything here is not right or not clear."),
        ("p", "Yours sincerely,"),
        ("pl", "Tamara Polglase"),
        ("pl", "Social Worker, Family Safeguarding Team West"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan written as paragraphs under stage-of-pregnancy headings,
#    hedged ("will hopefully", "It is hoped that"); header and footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_pollardine_prebirth_stage_paragraphs_fairlie.pdf",
    "doc_title": "Pre-birth child protection plan - Baby Fairlie",
    "split": "tune",
    "template": "prebirth-narrative-paragraphs-under-pregnancy-stage-headings-hedged-paged",
    "description": (
        "Pre-birth plan (mother's depression and self-harm, father's cocaine use, 4-year-old brother) "
        "written as paragraphs under stage headings (now to 30 weeks, to the birth, in hospital, coming "
        "home), with RESTRICTED header and page footer. A perinatal nurse who only supports, a passive "
        "drug-service referral, 'as a core group we will hopefully keep a close eye', an HV visit with "
        "no date, a passive discharge meeting, relatives 'as long as she can' and 'when needed'; the "
        "brother's experience is never recorded, an adult-only outcome, a 'further concerns' "
        "contingency with no fallback for the relatives."
    ),
    "header": "RESTRICTED – Pollardine City Council Children's Social Care – Pre-birth plan",
    "footer": "Baby Fairlie (unborn) – pre-birth child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth plan for Baby Fairlie"),
        ("kv", [
            ("Unborn baby", "Baby Fairlie, due 02/09/2025"),
            ("Mother", "Kirsty Fairlie (22), 41 Mossgiel Crescent, Pollardine"),
            ("Father", "Ross Baird (25), lives with Kirsty"),
            ("Brother", "Logan Fairlie (4), Little Wrens Nursery"),
            ("Pre-birth conference", "20/05/2025 – child protection plan from birth"),
            ("Category", "Neglect (likelihood of)"),
            ("Social worker", "Niamh Garvey, Pollardine East Family Support Team"),
        ]),
        ("h1", "About this plan"),
        ("p", "This plan was agreed at the pre-birth child protection conference. It is written as a "
              "story of the pregnancy, so that Kirsty and Ross can see what will happen at each stage "
              "and who will be involved. Niamh will go through it with them at home."),
        ("h1", "Why we are worried"),
        ("p", "Kirsty has had depression since she was a teenager and self-harmed by cutting in 2023, when "
              "she spent a week on Ward 4 at Pollardine Royal. She came off her medication when she found "
              "out she was pregnant. Ross told the conference that he uses cocaine \"most weekends\" with "
              "friends. The police attended the flat in February after a neighbour heard shouting and a "
              "door being slammed; Logan was in the flat at the time. Professionals are worried that a "
              "newborn could be left without a sober, well adult to feed and settle them, particularly at "
              "night and at weekends."),
        ("h1", "What is going well"),
        ("p", "Kirsty has been to every antenatal appointment and has told her midwife herself when her mood "
              "has been low. Logan goes to nursery four days a week. Kirsty's mum, Joyce, lives on the same "
              "estate and sees the family most days. Ross has said he wants to stop using cocaine before the "
              "baby is born."),
        ("h1", "What we hope for the baby"),
        ("bullets", [
            "The baby is born safely and goes home with a parent who is well enough to feed, settle and "
            "respond to them day and night.",
            "The baby sleeps safely in their own Moses basket, is fed on time and gains weight along their "
            "centile.",
            "Kirsty's mental health remains stable throughout the pregnancy and after the birth.",
            "Logan keeps going to nursery and is never cared for by anyone who has used drugs.",
        ]),
        ("h1", "What will happen, and who will do it"),
        ("h2", "Now until 30 weeks (end of June)"),
        ("p", "Niamh Garvey (SW) will visit Kirsty and Ross at home every two weeks, with one visit in three "
              "unannounced, and will complete the pre-birth assessment by 4 July 2025, with a written report "
              "for the core group."),
        ("p", "Ailsa Gunn, perinatal mental health nurse, will continue to visit Kirsty every two weeks to "
              "support her with her mood and to help her plan for the birth."),
        ("p", "Dr Priya Rao, perinatal psychiatrist, will see Kirsty at 30 weeks and write a report for the "
              "core group on the changes Kirsty has made, whether she can keep them up once the baby is "
              "born, and how long any further change is likely to take."),
        ("p", "Ross will be referred to Pollardine Drug and Alcohol Service for his cocaine use."),
        ("p", "As a core group we will hopefully keep a close eye on how Kirsty and Ross are managing "
              "throughout the pregnancy."),
        ("p", "Little Wrens Nursery will send Niamh Logan's attendance every Friday; the target is at least "
              "90% of his sessions."),
        ("h2", "From 30 weeks until the birth"),
        ("p", "Fiona Leckie, community midwife, will see Kirsty at every antenatal appointment and complete "
              "the birth plan by 34 weeks, sending copies to Niamh and to Rowan Ward."),
        ("p", "The health visitor, Shona Gair, will hopefully do an antenatal home visit to talk about safe "
              "sleep and feeding."),
        ("p", "It is hoped that Kirsty and Ross will go to the four Bump to Baby sessions at Pollardine "
              "East Children's Centre starting on 3 July, and the centre will give them a certificate of "
              "attendance at the end."),
        ("h2", "At the hospital"),
        ("p", "Karen Boyd, safeguarding midwife, will make sure that staff on Rowan Ward observe Kirsty's "
              "care of the baby for at least 72 hours after the birth and record each feed and nappy change "
              "on the care chart."),
        ("p", "A discharge planning meeting will be held before the baby goes home."),
        ("h2", "Coming home and the first six weeks"),
        ("p", "Shona Gair (HV) will do the new birth visit between day 10 and day 14 and then visit weekly "
              "until the baby is six weeks old, weighing the baby each time and plotting the weight in the "
              "red book."),
        ("p", "Niamh will visit at least weekly after the birth, seeing the baby awake and being handled, "
              "and will write up what she sees on each visit record."),
        ("p", "Kirsty's mum, Joyce Fairlie, will hopefully stay with Kirsty as long as she can after the "
              "birth to help out."),
        ("p", "Ross's brother, Callum Baird, will drive Kirsty and the baby to appointments when needed."),
        ("h1", "If things go wrong"),
        ("p", "If there are any further concerns about Kirsty's mental health or Ross's drug use after the "
              "birth, a strategy meeting will be held and the plan will be looked at again."),
        ("p", "If Niamh's pre-birth assessment concludes by 4 July that the baby could not safely go home "
              "with Kirsty and Ross, the team manager will request a legal planning meeting to be held "
              "before 36 weeks (5 August 2025)."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Pollardine East Children's Centre – 5 June, 3 July and 31 July "
            "2025 – then within 10 working days of the birth.",
            "Review child protection conference: 30 September 2025, 1pm, Pollardine City Chambers.",
        ]),
    ],
    "findings": [
        F("H001", "will continue to visit Kirsty every two weeks to support her"),
        F("M001", "will continue to visit Kirsty every two weeks to support her"),
        F("W001", "Ross will be referred to Pollardine Drug and Alcohol Service"),
        F("T001", "Ross will be referred to Pollardine Drug and Alcohol Service"),
        F("M001", "Ross will be referred to Pollardine Drug and Alcohol Service"),
        F("W002", "we will hopefully keep a close eye on how Kirsty"),
        F("T002", "we will hopefully keep a close eye on how Kirsty"),
        F("M002", "we will hopefully keep a close eye on how Kirsty"),
        F("T001", "will hopefully do an antenatal home visit to talk about safe"),
        F("M001", "will hopefully do an antenatal home visit to talk about safe"),
        F("W001", "A discharge planning meeting will be held before the baby goes home"),
        F("M001", "A discharge planning meeting will be held before the baby goes home"),
        F("T002", "will hopefully stay with Kirsty as long as she can"),
        F("M001", "will hopefully stay with Kirsty as long as she can"),
        F("T002", "will drive Kirsty and the baby to appointments when needed"),
        F("M001", "will drive Kirsty and the baby to appointments when needed"),
        F("F002", "Kirsty's mental health remains stable throughout the pregnancy and after the birth."),
        F("F003"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. IRO's letter to a 10-year-old with a table of each adult's promise in
#    their own words; "Who" merged where one adult makes two promises (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_polwithick_iro_letter_to_child_promises_nowicka.docx",
    "doc_title": "Letter to Oliwia Nowicka from the conference chair",
    "split": "tune",
    "template": "iro-letter-to-child-quoted-promise-table-merged-who",
    "description": (
        "Exemplary letter from the conference chair to a 10-year-old after an initial conference "
        "(mother's depression and overdose; 6-year-old brother; Polish family), with a table of each "
        "adult's promise in their own words (Who / What I promise / When / How you will know), the "
        "'Who' cell merged down where one adult makes two promises. CPN and psychiatrist report on "
        "change; aunt's help covered by named foster carers; core group and review dates; legal "
        "planning meeting in child's words."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("pr", "Polwithick Council – Independent Reviewing Service"),
        ("pr", "Trelawney House, Polwithick"),
        ("pr", "30 May 2025"),
        ("p", ""),
        ("p", "Dear Oliwia,"),
        ("h1", "Why I am writing to you"),
        ("p", "My name is Helen Roskilly. I was the person in charge of the meeting about you and Szymon on "
              "Wednesday 28 May (it is called a child protection conference). You didn't want to come, which "
              "was fine, but you asked Jo to make sure someone wrote to you to tell you what was decided. So "
              "here it is. Jo will bring you a copy in Polish too, and Mum has her own letter."),
        ("p", "Everyone at the meeting agreed that you and Szymon need a child protection plan for now. That "
              "means lots of grown-ups will be working together to make sure you are both safe and looked "
              "after while Mum gets better. It does not mean you have done anything wrong. You were very "
              "brave on the day Mum was poorly."),
        ("h1", "What you told us"),
        ("p", "Jo read out what you told her on 22 May. You said: \"I found Mum on the bathroom floor and I "
              "thought she was dead.\" You said you don't like leaving Mum in the mornings because \"what if "
              "it happens again when I'm at school\", and that you get a tummy ache on Sundays. You said the "
              "best things are Ciocia Marta's pierogi, swimming on Saturdays and Mum when she is \"normal "
              "Mum\". You want to stay living with Mum and Szymon, and you want \"a doctor to make Mum's "
              "sadness go away\"."),
        ("p", "Szymon drew a picture for the meeting of him, you, Mum and Ciocia Marta holding hands, with an "
              "ambulance in the corner. His teacher says he has started wetting the bed and asks every "
              "afternoon whether Mum is coming to get him."),
        ("h1", "What everyone wants for you and Szymon"),
        ("bullets", [
            "You and Szymon always have a grown-up at home who is well enough to look after you, day and night.",
            "You never again have to find Mum poorly or call an ambulance on your own.",
            "You both go to school every day and can think about your lessons instead of worrying about Mum.",
            "You both know who to ring if you are worried, and that someone will listen.",
        ]),
        ("h1", "Who is going to do what"),
        ("p", "Each grown-up told the meeting what they promise to do. I have written their promises down in "
              "their own words."),
        ("table", {
            "header": ["Who", "What I promise", "When", "How you will know"],
            "widths": [3.2, 6.2, 3.1, 4.5],
            "rows": [
                ["Jo Penrose (your social worker)",
                 "I will come and see you and Szymon at home and I will always talk to you on your own, in "
                 "your room or in the garden.",
                 "Every week, from the week of 2 June",
                 "I will write down what you tell me and read it back to you so you can check it is right."],
                [V,
                 "I will help Mum and Ciocia Marta write a safety plan for the house, with all the phone "
                 "numbers on it, and put it on the fridge.",
                 "By Friday 13 June 2025",
                 "You will see the safety plan on the fridge, and I will check it is still there at every "
                 "visit."],
                ["Mum (Agnieszka Nowicka)",
                 "I will take my tablets every morning and keep them in the locked box Becky gave me, so "
                 "that I can get well and look after you.",
                 "Every day",
                 "The pharmacy will send Becky my weekly tablet record, and Jo will see the locked box at "
                 "each visit."],
                [V,
                 "I will walk you and Szymon to school every morning and be at the gate at 3.15 to collect "
                 "you.",
                 "Every school day",
                 "School will send Jo a record of when you arrived and who collected you, every Friday."],
                ["Becky Treloar (Mum's community psychiatric nurse)",
                 "I will see your mum at home and check how she is feeling and whether she is keeping to "
                 "her safety plan.",
                 "Every Tuesday",
                 "Before every grown-ups' meeting I will write a short report saying whether Mum's warning "
                 "signs are getting better and whether she is making the changes we agreed."],
                ["Dr Tom Hollis (Mum's doctor at the Polwithick Adult Mental Health Team)",
                 "I will see your mum and write a report about how well she is getting, whether she can keep "
                 "you both safe, and how long it might take for her to be well.",
                 "Once a month; report by 8 August 2025",
                 "Jo will get my report and share it at the big meeting on 21 August."],
                ["Ciocia Marta (Marta Zielińska, Mum's sister)",
                 "I will stay over at your house so Mum can rest and you don't have to look after her.",
                 "Every Friday and Saturday night",
                 "I will sign the diary on the fridge each time, and Jo will look at it when she visits."],
                ["Mrs Bray (safeguarding lead at Polwithick Primary)",
                 "I will see you in the Rainbow Room for a worry-time chat, and tell Jo the same day if you "
                 "are worried about anything.",
                 "Every Monday lunchtime",
                 "I will keep notes of our chats and share them at each grown-ups' meeting."],
                ["Gemma Rowe (school nurse)",
                 "I will see you and Szymon to talk about what happened in April and help you find ways to "
                 "manage scary feelings and the bedwetting.",
                 "Six sessions each, the first by 20 June 2025",
                 "You will fill in a feelings chart with me each time, and I will send Jo a note after "
                 "each session."],
            ],
        }),
        ("h1", "If something goes wrong"),
        ("p", "If Mum says she wants to hurt herself, or you can't wake her up, ring 999 first and then "
              "Ciocia Marta (her number is on the fridge and in your phone). You and Szymon will go to "
              "Ciocia Marta's flat that same night, and Jo will have a meeting with the police and Mum's "
              "doctors (it is called a strategy discussion) the same day. Mum's crisis team will see her the "
              "same day. If Ciocia Marta can't have you, you will both stay together with Sue and Dave, "
              "foster carers Jo has already asked, until Mum is safe, and you will still see Mum and Marta."),
        ("h1", "If things don't get better"),
        ("p", "If Dr Hollis's report says Mum can't get well enough in time, or you and Szymon have to go to "
              "Ciocia Marta's twice because Mum is poorly, Jo's manager will ask for a meeting with the "
              "council's lawyers (a legal planning meeting) within a week to decide what happens next. Jo "
              "will tell you if that happens."),
        ("h1", "When the grown-ups will meet"),
        ("p", "The grown-ups (the core group) will meet every four weeks at your school: on Thursday 5 June, "
              "Thursday 3 July and Thursday 31 July 2025. The next big meeting (the review child protection "
              "conference) is on Thursday 21 August 2025 at 10am. You can come to the start of it if you "
              "want to, or give Jo a letter or a drawing to bring."),
        ("p", "If you have any questions about this letter, you can ask Jo, or ask her to ring me."),
        ("p", "With best wishes,"),
        ("pl", "Helen Roskilly"),
        ("pl", "Independent Reviewing Officer (the chair of your meeting)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Family version of the plan "in our words": each person's commitments as
#    first-person bullets with their name as a lead-in (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_priddington_family_version_in_our_words_hendry.md",
    "split": "tune",
    "template": "family-version-in-our-words-named-first-person-bullets-md",
    "description": (
        "Family version of an ICPC plan (physical abuse of a 3-year-old; mother's postnatal depression, "
        "father's cannabis use; 5-month-old sister) written by the parents with the SW, each person's "
        "commitments as first-person bullets led by their name. 'I will try to ... when I can', SW "
        "visits and GP reviews with no measure, a perinatal practitioner who only provides therapy, a "
        "passive housing request; grandparents' supervision is covered in the contingency, but "
        "'think about what happens next' instead of legal planning."
    ),
    "text": """\
# Our family plan - Rio and Skye

*This is the family version of the child protection plan agreed at the initial
child protection conference on Monday 2 June 2025. Abbie and Lewis wrote the
first parts with their social worker, Femi Adeyinka, at the family centre on
6 June. Each worker wrote their own bit. The full plan is on the Priddington
Children's Services family portal.*

**Rio Hendry** - 3 (born 11/01/2022)
**Skye Hendry** - 5 months (born 03/01/2025)
**Mum** - Abbie Hendry (23)
**Dad** - Lewis Hendry (25), staying at his mum and dad's for now
**Category** - physical abuse
**Social worker** - Femi Adeyinka, Priddington Children's Services, 01632 961 305

## What happened, in our words

On 19 May Rio's nursery saw bruises on his left ear and cheek. Lewis told the
nursery and then the police that he smacked Rio when Rio bit Skye, and that he
"lost it" because he hadn't slept. We know that hitting Rio was wrong and that a
smack to the head could have really hurt him.

We have been under a lot of stress. The four of us are in a one-bedroom flat,
Skye wakes three or four times a night, Abbie has postnatal depression and is on
sertraline, and Lewis has been smoking cannabis most nights to get to sleep.
Lewis moved to his parents' house the day after and has only seen the children
with his mum or dad there.

## What's going OK

- Abbie takes Skye to every clinic and Skye is growing well (50th centile).
- Rio loves nursery and goes to every session.
- Lewis's mum and dad, Pauline and Graham, have been there every time Lewis has
  seen the children since 20 May.
- We both came to every meeting and we want to get this right.

## What Rio and Skye would say

Femi saw Rio at nursery on 28 May with his keyworker, Amy. He showed Femi his
ear and said "Daddy smacked. Daddy shouty." He said he misses "Daddy bath time".
He played happily with the cars but kept going back to Amy for cuddles. Femi saw
Skye at home on 30 May: she smiled and babbled at Abbie, settled quickly on her
shoulder and reached out for Rio when he came into the room.

## What we want for Rio and Skye

- Rio and Skye are never hit, and are looked after by calm grown-ups who can
  cope when Rio has a tantrum.
- Rio can tell his nursery that he feels safe at home, and he enjoys his time
  with Daddy.
- Skye is fed, settled and kept safe at night, and keeps growing well.
- Rio and Skye have enough room at home to sleep and play.

## What we will do

- **Abbie:** I will take Skye to the baby clinic every two weeks and ask the HV
  to write her weight in the red book.
- **Abbie and Lewis:** We will both go to the Triple P group at Priddington
  Family Centre every Wednesday for 8 weeks from 11 June, and bring our signed
  attendance sheet to each core group.
- **Abbie and Lewis:** We will each use the calm-down plan from Triple P instead
  of shouting or smacking every time Rio has a tantrum, and write down what
  happened in the behaviour diary Femi gave us.
- **Lewis:** I will only see Rio and Skye when Mum or Dad (Pauline or Graham) is
  there, until the review conference, and they will sign the contact log each
  time.
- **Lewis:** I will do the 10-week Calm Dads course at the family centre,
  starting on Tuesday 17 June, and the course worker will send Femi a report at
  the end.
- **Lewis:** I will try to cut down on my cannabis when I can.

## What Lewis's mum and dad will do

- **Pauline and Graham Hendry:** We will be there every time Lewis is with Rio
  and Skye, at our house or at the flat, and one of us will sign the contact log
  each time.
- **Pauline:** I will have Rio for a sleepover every Saturday night so Abbie can
  get some sleep, and I will text Femi on the Sunday morning to say how it went.

## What the workers will do

- **Femi Adeyinka (SW):** I will visit every week and see Rio on his own where I
  can.
- **Femi Adeyinka (SW):** I will complete a parenting assessment of Abbie and
  Lewis by 25 July 2025 and share the written report with the core group before
  the review.
- **Dr Sana Akhtar (GP):** I will see Abbie every two weeks at the surgery to
  review her antidepressants.
- **Jess Mabey (perinatal mental health practitioner, Priddington Perinatal
  Service):** I will keep seeing Abbie for talking therapy every week until Skye
  is one, and send Femi her attendance and PHQ-9 scores each month.
- **Kerry Lusk (HV):** I will see Rio and Skye at home every two weeks, weigh
  Skye and check Rio's development, and write it all in their red books.
- **Amy Dell (Rio's keyworker, Busy Bees Nursery):** I will check Rio for marks
  when he arrives each morning, write down anything I see on a body map and ring
  Femi the same day.

## Other things that need to happen

- Housing will be asked to look at moving us to a bigger flat.

## If things go wrong

If Lewis is ever alone with the children, or Rio or Skye has a new mark that
nobody can explain, Femi (or the emergency duty team out of hours, 01632 961
000) will hold a strategy discussion with the police the same day, and the
children will stay with Abbie's sister, Jade Cowling, at her house in Elm Close
until it is safe.

If Pauline and Graham can't be there for Lewis's time with the children, Lewis
won't see them until Femi has set up supervised contact at Priddington Family
Centre, within 3 working days. If Pauline can't have Rio on a Saturday, Jade has
said she will have him instead.

## If things don't get better

If things haven't changed by the review, Femi's manager will think about what
happens next.

## Meetings

- Core group: every 4 weeks at the family centre - Thursday 12 June, Thursday
  10 July and Thursday 7 August 2025, 10am.
- Review child protection conference: Tuesday 26 August 2025, 10am,
  Priddington Civic Centre.
""",
    "findings": [
        F("T002", "I will try to cut down on my cannabis"),
        F("M001", "I will try to cut down on my cannabis"),
        F("M001", "I will visit every week and see Rio on his own"),
        F("M001", "I will see Abbie every two weeks at the surgery"),
        F("H001", "I will keep seeing Abbie for talking therapy every week"),
        F("W001", "Housing will be asked to look at moving us"),
        F("T001", "Housing will be asked to look at moving us"),
        F("M001", "Housing will be asked to look at moving us"),
        F("R002"),
    ],
})
