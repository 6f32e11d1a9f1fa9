"""Batch 59, module q: seven fictional plans (tuning material), places beginning with "q".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: narrative plans and letters - the plan's work written in paragraphs
and sentences rather than tables: a chair's letter to the parents after an
initial conference, a social worker's letter to a 14-year-old, a social
worker's report to a review conference with its proposed plan in prose, an
email after a core group, a social worker's letter about a looked-after baby
on the children's ward, core group notes with "what needs to happen next"
in paragraphs, and a transfer letter to a receiving authority. The sentences
include hedged and passive commitments ("I will try to ...", "It is hoped
that ...", "A referral will be made ...", "Mum will hopefully ...", "We
would like Dad to ..."), owners named only by first name after being
introduced with their role, measures and timescales embedded in the
sentence, and history and background sentences mixed in among the actions
(work already done and facts, which are not actions). One sentence of an
action section is one action (labelling convention 2). Three plans are
exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Independent chair's letter to both parents after an initial conference;
#    the plan is five paragraphs under "What will happen now" (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_quellowby_chairs_letter_after_icpc_fairweather.docx",
    "doc_title": "Letter from the Conference Chair - Maisie and Alfie",
    "split": "tune",
    "actions": 11,
    "template": "chairs-letter-to-parents-after-icpc-docx-address-block-bold-paragraph-headings-plan-in-five-prose-paragraphs-under-what-will-happen-now",
    "description": (
        "Independent chair's letter to a mother and father two days after the initial conference for a "
        "4-year-old and an 18-month-old (domestic abuse, father's cannabis and cocaine use, mother's "
        "anxiety). The plan is eleven sentences in five paragraphs under 'What will happen now', with a "
        "history sentence among them. Faults: an assessment with no output (M001), a passive referral "
        "with nobody, no time and no measure (W001, T001, M001), 'We would like Kyle to go to' the drug "
        "service with no time or measure (T001, M001), 'It is hoped that Kyle will' go on a perpetrator "
        "programme with no measure (M001), 'Shannon will hopefully ... when she feels able to' (T002), "
        "'his progress will be monitored' (M002), the paternal grandmother's teas with no measure (M001), "
        "'All of the professionals will keep an eye on ... throughout the plan' (W002, T002, M002), an "
        "outcome about the father's drug use (F002), no adult service owning anything (F004), a "
        "contingency that only calls a meeting (C002) with no family fallback (C003) and no legal step "
        "(R002)."
    ),
    "blocks": [
        ("pl", "Quellowby Borough Council"),
        ("pl", "Safeguarding and Quality Assurance Unit"),
        ("pl", "Civic Offices, Market Street, Quellowby QW1 4HT"),
        ("pr", "Thursday 6 March 2025"),
        ("p", ""),
        ("pl", "Ms Shannon Fairweather and Mr Kyle Denton"),
        ("pl", "14 Larkfield Close"),
        ("pl", "Quellowby QW3 9PL"),
        ("p", ""),
        ("p", "Dear Shannon and Kyle,"),
        ("boldp", "Maisie and Alfie's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Tuesday 4 March 2025 at "
              "the Civic Offices. I know it was a long and difficult morning, and I was glad that you both "
              "stayed to the end and said what you thought. I chaired the meeting, and I am writing, as I "
              "promised, to set out in ordinary words what the conference decided and what happens next. "
              "The full minutes will follow from our minute-taker within 20 working days."),
        ("p", "The conference decided that Maisie (4) and Alfie (18 months) should each have a child "
              "protection plan under the category of emotional abuse. Your social worker is Dionne Clarke "
              "from the Quellowby Children's Assessment and Safeguarding Team."),
        ("boldp", "Why the conference was worried"),
        ("p", "The police have been called to your home three times since November after neighbours heard "
              "shouting and things being thrown. On 9 February Kyle punched a hole in the living room door "
              "while Shannon was holding Alfie and Maisie was in the room. Kyle told the conference that he "
              "smokes cannabis most evenings and uses cocaine at weekends, and that the arguments are worse "
              "when he has been using. Shannon told us she has had anxiety since Alfie was born and that "
              "some days she cannot face leaving the house, which is why Alfie has missed his 18-month "
              "check. Maisie's nursery has noticed that she has become very clingy and has started wetting "
              "herself during the day again."),
        ("boldp", "What Maisie and Alfie are telling us"),
        ("p", "Dionne saw Maisie at nursery on 26 February. Maisie told her that \"Daddy shouts and bangs\" "
              "and that she hides behind the sofa \"with Alfie's blanket\". She said the best thing at home "
              "is \"bath time with Mummy\". Alfie is too young to tell us in words, but your health visitor "
              "has seen that he startles and goes still at loud noises, and that he settles best when "
              "Shannon sings to him."),
        ("boldp", "What we all want for Maisie and Alfie"),
        ("bullets", [
            "Maisie and Alfie live in a calm home where nobody shouts, throws things or hurts anyone.",
            "Maisie feels safe enough to stop hiding, and is dry in the day again at nursery.",
            "Alfie has his health checks and his development is on track.",
            "Kyle stops using cannabis and cocaine and his moods are more settled.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "Dionne Clarke, your social worker, will visit you at home every week, with at least every "
              "other visit unannounced, and she will see Maisie on her own each time and write down what "
              "Maisie says in her visit notes. Dionne has already spoken to Maisie's nursery and to your "
              "health visitor, Nadia Ahmed. Dionne will also complete the child and family assessment by "
              "Friday 18 April 2025."),
        ("p", "A referral will be made to the Quellowby Domestic Abuse Service for Shannon to be offered an "
              "independent domestic violence adviser. We would like Kyle to go to the Compass drug and "
              "alcohol service and be honest with them about how much he is using. It is hoped that Kyle "
              "will also go on the Change Ahead programme for men who have been abusive to a partner, which "
              "next starts in May."),
        ("p", "Shannon will hopefully take Alfie to his overdue 18-month check when she feels able to, and "
              "Nadia will record his weight and his speech in his red book. Nadia will visit every fortnight "
              "to see Alfie, and his progress will be monitored."),
        ("p", "Little Oaks Nursery will tell Dionne the same day if Maisie says anything worrying or arrives "
              "upset, and will write it in her daily log. Shannon's sister, Leanne Fairweather, will collect "
              "Maisie from nursery every Monday and Thursday, and the nursery collection book will show who "
              "picked her up. Kyle's mum, Sandra Denton, will have Maisie and Alfie for tea at her house every "
              "Wednesday and Sunday so that Shannon can have a break."),
        ("p", "All of the professionals will keep an eye on how Maisie and Alfie are getting on throughout "
              "the plan."),
        ("boldp", "If things go wrong"),
        ("p", "If things get worse at home, or the plan is not being followed, Dionne will arrange an early "
              "core group meeting so that everyone can look at what else needs to happen."),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting will be on Tuesday 18 March 2025 at 10am at Quellowby Family Hub, "
              "and after that the core group will meet every six weeks. The review child protection "
              "conference will be on Tuesday 3 June 2025 at 10am here at the Civic Offices. You are both "
              "invited to every meeting, and you can bring someone with you for support."),
        ("p", "If you disagree with anything in this letter, or you want to complain about the conference, "
              "please ring me on 01632 960418 and I will explain how. Dionne can also help you with this."),
        ("p", "Yours sincerely,"),
        ("pl", "Margaret Oyelaran"),
        ("pl", "Independent Child Protection Chair"),
        ("p", ""),
        ("pl", "cc: Dionne Clarke, social worker; Nadia Ahmed, health visitor; Little Oaks Nursery; "
               "Dr R. Hale, Larkfield Surgery"),
    ],
    "findings": [
        F("M001", "Dionne will also complete the child and family assessment"),
        F("W001", "A referral will be made to the Quellowby Domestic Abuse Service"),
        F("T001", "A referral will be made to the Quellowby Domestic Abuse Service"),
        F("M001", "A referral will be made to the Quellowby Domestic Abuse Service"),
        F("T001", "We would like Kyle to go to the Compass"),
        F("M001", "We would like Kyle to go to the Compass"),
        F("M001", "Kyle will also go on the Change Ahead programme"),
        F("T002", "Shannon will hopefully take Alfie to his overdue 18-month check"),
        F("M002", "Nadia will visit every fortnight to see Alfie"),
        F("M001", "will have Maisie and Alfie for tea at her house"),
        F("W002", "All of the professionals will keep an eye on"),
        F("T002", "All of the professionals will keep an eye on"),
        F("M002", "All of the professionals will keep an eye on"),
        F("F002", "Kyle stops using cannabis and cocaine and his moods are more settled."),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Social worker's letter to a 14-year-old, her plan in her own kind of
#    words, "I'll ..." sentences under "What will happen now" (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_quilsworth_sw_letter_to_kacey_plan_in_her_words_brennan.md",
    "split": "tune",
    "actions": 10,
    "template": "sw-letter-to-teenager-md-letterhead-then-h2-sections-plan-in-prose-paragraphs-first-person-owner-and-first-names-after-introduction-background-sentences-mixed-in",
    "description": (
        "Social worker's letter to a 14-year-old after her initial conference (neglect: mother's heavy "
        "drinking, young carer, missing school, older men and cars). The plan is ten sentences in six "
        "paragraphs under 'What will happen now', several in the first person ('I'll come and see you "
        "every week ...'), the others owned by people introduced once with their role and then called by "
        "first name; three background sentences sit among them. Each sentence carries its own time and "
        "what will show it. The alcohol service reports on change, the aunt's nights have a foster "
        "fallback, a legal planning meeting follows named triggers, core group dates and review date set. "
        "Exemplary."
    ),
    "text": """\
**Quilsworth Council – Children's Services**
Southside Locality Team, Brook House, 22 Tanners Walk, Quilsworth QL2 6RB

Thursday 10 April 2025

# Your plan, Kacey – written down for you

Dear Kacey,

I'm Rhiannon Tate, your social worker. We've met three times now, the last time in the café
on Bridge Street the day before your conference. You asked me to write your plan down "in
normal words, not social worker words", so this is my go. Your mum has a copy of the official
plan, and you can have one too if you want it. If anything here is wrong, or you don't like
how I've put it, tell me and I'll change it.

## Why there's a plan

On Tuesday 8 April a child protection conference decided that you need a child protection
plan, under the heading of neglect. The main reasons were:

- Since Christmas your mum has been drinking heavily most days, and you've been the one
  looking after her – getting her to bed, cleaning up, and staying off school to be with her.
- You've missed 31 days of school since January.
- Twice in March you weren't home until after midnight, and on 22 March the police found you
  in a car in the Tesco car park with two men in their twenties you didn't know well.

The conference also heard a lot of good things: how much you and your mum love each other,
that your mum came to the conference and was honest about her drinking, and that your mum's
sister, Carol Brennan (your Auntie Carol), lives ten minutes away and wants to help.

## What you told me

You said the worst bit is "when Mum's drunk and crying and I have to sort her out, and then
I'm the one who gets shouted at by school". You said you don't want to be moved, and that
you'd feel safer if there was "someone else checking on her, not just me". You told me the
lads in the car buy you food and vapes and are "just mates", but you also said you felt "a
bit weird" when one of them wanted your location on Snapchat. Right now you'd give home a 5
out of 10, and Auntie Carol's a 9.

## What we all want for you

- You feel safe at home, and you're not the one looking after your mum when she's been drinking.
- You're in school at least 4 days out of every 5, and you get help to catch up in maths and English.
- You're not getting into cars or going places with older men you don't know, and you know who
  to ring if something doesn't feel right.
- You have an adult outside your family who you trust and can talk to.

## What will happen now

I'll come and see you every week, usually on a Wednesday after school, and at least once a
fortnight we'll talk on our own somewhere you choose; I'll write what you tell me in my visit
notes and read them back to you before I save them.

You already know Mr Ellis, your head of year at Quilsworth Academy. Mr Ellis will check your
attendance every Friday and email it to me, so we can both see whether you're in school at
least 4 days out of 5. Ms Adeyemi, who runs the catch-up club, will give you a place at the
Tuesday and Thursday lunchtime maths club from 22 April, and the club register will show
when you've been.

Bex Morgan from the Quilsworth Youth Team is the youth worker you met at conference. Bex will
meet you every Monday at 4pm for six weeks from 28 April to do the healthy relationships
sessions, and she'll write a short summary of each session that you and I both get a copy of.
PC Laura Hendry, from the police exploitation team, will look into the car and the two men
from 22 March and tell me in writing by Friday 25 April what she has found out.

Your mum started seeing Gareth Lowe at the Quilsworth Alcohol Service on 1 April. Gareth will
see your mum every week and breath test her each time, and by Friday 30 May he'll send me a
written report on whether she is cutting down and what that means for you. Your mum has
agreed not to drink at all from Sunday night to Friday morning, and she'll show me her breath
test results on the Alcohol Service app at every one of my visits.

Auntie Carol will have you to stay at her flat every Friday and Saturday night, and she'll
text me each Saturday morning to say you got there safely. I'll refer you to Quilsworth Young
Carers by Friday 18 April, and I'll show you the email when they confirm they've got it.

Dr Shah, your GP, will see you on Tuesday 22 April for the health check you missed in
February, and she'll send me a letter saying what was agreed.

## If things go wrong

- If you go missing, or you're not home by 10pm and your mum can't get hold of you, your mum
  will ring the police straight away (999 if she thinks you're in danger) and then ring me or
  the out-of-hours team, and I'll hold a strategy discussion with the police the same day.
- If your mum has been drinking when you get home, you'll go to Auntie Carol's for the night.
  Carol has said yes to this, any night of the week.
- If Carol can't have you – say she's away or poorly – I (or the out-of-hours team) will find
  you a foster carer for that night, and your mum can ring you there.
- If your mum drinks on a weekday more than twice before your review, or you go missing again,
  my manager and I will hold a legal planning meeting to decide whether we need to ask a court
  to help keep you safe. I'd always tell you first.

## Meetings

Your core group – that's me, your mum, Auntie Carol, Mr Ellis, Bex and Gareth – will meet every
four weeks at school, at 3.45pm on Thursday 17 April, Thursday 15 May and Thursday 12 June.
You're welcome to come to all or part of them. Your review child protection conference is on
Tuesday 1 July 2025 at 10am at Brook House. You can come, or I can help you write down what
you want to say.

You can ring or text me on 07700 900316 in office hours. Out of hours, the emergency duty team
is on 01632 960777.

Take care,

Rhiannon

Rhiannon Tate, Social Worker, Quilsworth Council
(A copy of this letter goes to your mum, Michelle Brennan.)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Social worker's report to a review conference: numbered report sections,
#    then "Proposed plan" as prose paragraphs under five outcome sub-headings
#    (pdf, header and page footer, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_quarbeck_rcpc_sw_report_proposed_plan_in_prose_lindqvist.pdf",
    "doc_title": "Social Worker's Report to Review Child Protection Conference - Lindqvist children",
    "split": "tune",
    "actions": 16,
    "template": "sw-report-to-rcpc-paged-numbered-sections-professionals-table-progress-narrative-analysis-recommendation-then-proposed-plan-prose-paragraphs-under-outcome-subheadings",
    "description": (
        "Social worker's report to the first review conference for a 9-year-old, a 6-year-old and a "
        "2-year-old (mother's bipolar disorder with a relapse in which the children were left alone at "
        "night, father away driving). Ten numbered report sections: a table of professionals (not "
        "actions), progress since the initial conference written in the past tense, the children's "
        "words, analysis and recommendation, then a proposed plan of sixteen sentences in prose "
        "paragraphs under five outcome sub-headings, with two background sentences among them. Both "
        "mental health actions ask for a view on change, the GP owns an action, the grandmother's "
        "Monday nights have a foster fallback, legal planning follows named triggers, core group dates "
        "and next review set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Quarbeck Metropolitan Borough Council · Children's Social Care",
    "footer": "Social worker's report to review conference – Lindqvist children – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Report to Review Child Protection Conference"),
        ("kv", [
            ("Children", "Freya Lindqvist (9), Year 4, St Mary's Primary, Quarbeck; Oskar Lindqvist (6), Year 1, "
                         "St Mary's Primary; Elsie Lindqvist (2), Acorn Day Nursery"),
            ("Mother", "Katie Lindqvist (33)"),
            ("Father", "Jonas Lindqvist (36), HGV driver"),
            ("Maternal grandmother", "Pauline Shaw, 6 Orchard Way, Quarbeck"),
            ("Address", "41 Heron Drive, Quarbeck QB4 7SE"),
            ("Initial conference", "Wednesday 15 January 2025 (category: neglect)"),
            ("Review conference", "Wednesday 9 April 2025, 10am, Quarbeck Town Hall"),
            ("Report by", "Lucy Abernethy, Social Worker, Quarbeck North Safeguarding Team"),
            ("Date of report", "2 April 2025 (shared with Katie and Jonas on 3 April 2025)"),
        ]),
        ("h1", "1. Professionals involved"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.2, 5.6, 7.2],
            "rows": [
                ["Lucy Abernethy", "Social worker", "Quarbeck North Safeguarding Team"],
                ["Marcus Obi", "Community psychiatric nurse, Katie's care coordinator",
                 "Quarbeck North Community Mental Health Team (CMHT)"],
                ["Dr Imogen Farrow", "Consultant psychiatrist", "Quarbeck North CMHT"],
                ["Dr Peter Amos", "GP", "Quarbeck Health Centre"],
                ["Sian Morrow", "Health visitor", "Quarbeck 0-19 Service"],
                ["Gemma Ruddock", "School nurse", "Quarbeck 0-19 Service"],
                ["Mrs Jan Pickering", "Designated safeguarding lead", "St Mary's Primary"],
                ["Dawn Fitch", "Nursery manager", "Acorn Day Nursery"],
                ["Amira Hussain", "Young carers worker", "Quarbeck Young Carers"],
            ],
        }),
        ("h1", "2. Why the children are subject to a plan"),
        ("p", "Katie has bipolar affective disorder, diagnosed in 2016. In October 2024 she stopped taking her "
              "lithium because she felt it was dulling her. By November she was sleeping very little and "
              "spending heavily. At 1am on 28 November 2024 the police found Freya and Oskar alone and awake "
              "at home, with Elsie asleep upstairs; Katie had gone out on foot to a 24-hour supermarket and "
              "was found there, distressed. Jonas was driving in Germany that week. Katie was admitted "
              "informally to the Larchfield Unit for three weeks, and the children stayed with Pauline. The "
              "initial conference heard that Freya had been getting Oskar and Elsie up, dressed and fed on "
              "several mornings before the admission."),
        ("h1", "3. Progress since the initial conference"),
        ("p", "Katie was discharged from the Larchfield Unit on 18 December 2024. Her lithium levels have been "
              "in range at every monthly blood test since January. Marcus has seen her weekly at home and, "
              "together, they wrote a relapse signature in February that lists her early warning signs. "
              "Katie has been open with me about how hard the first weeks back at home were."),
        ("p", "Jonas asked his employer for UK-only routes and has been on them since 3 March 2025. Pauline has "
              "stayed at the house on every Monday night since the conference, and the family diary shows no "
              "night without an adult. Freya's attendance since January is 96% and Oskar's 93%. Elsie's "
              "two-year review was missed in February when Katie forgot the appointment; it has not yet been "
              "rebooked. Oskar has started wetting the bed again, most nights, since Christmas."),
        ("p", "I have visited eleven times since the conference, four times unannounced, and have seen the "
              "children on their own at every visit. The home has been warm and well stocked each time."),
        ("h1", "4. The children's wishes and feelings"),
        ("p", "Freya (seen at school on 20 March): \"When Mum was poorly I had to be the mum. I don't mind "
              "doing Oskar's breakfast but I don't want to do it every day.\" She said she wants Mum \"to "
              "take her tablets even when she feels fine\" and that she likes it when Nana Pauline sleeps "
              "over \"because she does pancakes\". On a scale of 0 to 10 for how safe she feels at home, "
              "she said 7, up from 4 in January."),
        ("p", "Oskar (seen at home on 27 March) drew his family holding hands in the garden. He said he is "
              "sad when his bed is wet \"because I have to tell Freya\". He said he wants Daddy to be home "
              "\"every single night\"."),
        ("p", "Elsie is not yet putting words together. At my visits she has gone straight to Katie for "
              "cuddles and to show her toys, and at nursery staff see her arrive happy and separate easily. "
              "She still has very few words for a two-year-old."),
        ("h1", "5. Analysis"),
        ("p", "There has been real progress. Katie is taking her medication and working with the CMHT, and "
              "Jonas's change of routes means there is almost always a second adult at night. The risk has "
              "not gone: Katie's illness can return quickly, and the last relapse was only noticed once "
              "the children had been left alone. Freya is still carrying too much, Oskar's wetting suggests "
              "he is anxious, and Elsie's development has not been checked. Katie and Jonas agree that "
              "another six months of the plan would give the new routines time to settle."),
        ("h1", "6. Recommendation"),
        ("p", "I recommend that Freya, Oskar and Elsie remain subject to child protection plans under the "
              "category of neglect, and that the plan below is agreed."),
        ("h1", "7. Proposed plan"),
        ("h2", "7.1 The children are never left without a safe adult, including when Katie is unwell"),
        ("p", "Lucy Abernethy (social worker) will visit the family home every two weeks until the next review, "
              "with at least one visit in three unannounced and some at bedtime, seeing Freya and Oskar each "
              "on their own and recording their words in her visit notes. Jonas's new routes mean he is home "
              "by 7pm on every night except Monday. Jonas will send Lucy his work rota on the first day of "
              "each month, so that the core group can see which nights he is away. Pauline will stay at the "
              "house every Monday night while Jonas is away and sign the family diary each time, which Lucy "
              "will check at her visits. Lucy will write a family plan for 'when Mum is poorly' with Katie, "
              "Jonas, Pauline and Freya by Friday 9 May 2025, and give a copy to every member of the core "
              "group."),
        ("h2", "7.2 The children are cared for by a mum who stays well, and any signs that she is becoming "
               "unwell are spotted early"),
        ("p", "Marcus will see Katie at home every week and go through her relapse signature with her, and "
              "before each core group he will send Lucy a written report on whether Katie is recognising her "
              "early warning signs and whether she is making the changes the children need. Dr Farrow will "
              "review Katie's lithium and mood at outpatients by Monday 30 June 2025 and write to Lucy and "
              "the GP with her view of how likely a relapse is and how long it would take Katie to be stable "
              "enough to care for the children on her own. Dr Amos will take Katie's lithium blood levels "
              "every month and send the results to Marcus and Lucy within a week of each test. Katie will "
              "take her lithium every evening from the pharmacy blister packs, and Jonas will tick the "
              "medication chart on the fridge when he sees her take it."),
        ("h2", "7.3 Freya can be a 9-year-old, not a carer"),
        ("p", "Amira will see Freya at school every other Thursday, starting on 24 April 2025, and write up "
              "each session for Lucy. Lucy will do four sessions of direct work with Freya and Oskar about "
              "Mum's illness, using the 'Mum's Moods' workbook, by Friday 27 June 2025, and write their words "
              "into her report for the next review. Katie and Jonas will make the packed lunches and get the "
              "school uniforms ready each evening, and Amira will ask Freya at each session who did these "
              "jobs that week and note her answer."),
        ("h2", "7.4 The children's health and development needs are met"),
        ("p", "Sian will do Elsie's two-year review at home by Friday 16 May 2025 and share the ASQ-3 scores "
              "with Lucy and the nursery. Gemma will see Oskar about his bedwetting by Friday 23 May 2025 and "
              "tell Lucy in writing what she advised and whether she has referred him to the enuresis clinic. "
              "Dawn will make sure Elsie has her funded place every Tuesday, Wednesday and Thursday and send "
              "Lucy the nursery register at the end of each month."),
        ("h2", "7.5 Freya and Oskar are in school every day and their parents understand what Katie's "
               "illness means for them"),
        ("p", "Mrs Pickering will check Freya's and Oskar's attendance every Friday and send Lucy the weekly "
              "figures, which the core group expects to stay above 95%. Katie and Jonas will go to the "
              "six-week 'Parenting with a Mental Illness' group at Quarbeck Family Hub on Wednesday mornings "
              "from 7 May 2025, and the group leader will send Lucy the attendance sheet and a short "
              "end-of-course report."),
        ("h1", "8. Contingency plan"),
        ("p", "If Katie shows two or more of the warning signs in her relapse signature (sleeping under four "
              "hours a night for two nights running, spending money she does not have, racing speech, or "
              "missing her lithium), Jonas or Pauline will ring Marcus, or the crisis line out of hours, the "
              "same day, and Marcus will arrange a same-day assessment by the Home Treatment Team."),
        ("p", "While Katie is unwell the children will be cared for by Jonas, whose employer has agreed he can "
              "come home at a day's notice; until he is home, Pauline will stay at the house. If neither Jonas "
              "nor Pauline can be there, Lucy (or the emergency duty team out of hours) will arrange for the "
              "three children to stay together with foster carers that night. If any of the children is "
              "found without a safe adult, a strategy discussion will be held the same day."),
        ("p", "If Katie stops taking her lithium, or the children are left without a safe adult again before "
              "the next review, Lucy will ask her team manager for a legal planning meeting within five "
              "working days."),
        ("h1", "9. Core group and review"),
        ("p", "The core group will meet every six weeks at 3.30pm at St Mary's Primary: Wednesday 23 April, "
              "Wednesday 4 June, Wednesday 16 July and Wednesday 27 August 2025. If the plan continues, the "
              "next review child protection conference will be on Wednesday 8 October 2025 at 10am at "
              "Quarbeck Town Hall."),
        ("h1", "10. Parents' views on this report"),
        ("p", "Katie and Jonas read this report with me on 3 April 2025. Katie said it was \"fair, even the "
              "hard bits\". Jonas asked that the report says how much Pauline has done, which I am glad to "
              "record."),
        ("p", "Lucy Abernethy, Social Worker. Countersigned: Andrea Kell, Team Manager, 2 April 2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's email to the core group the evening after core group 2;
#    "WHAT WE AGREED" is one block of sentences, hedged and passive (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_quossington_email_after_core_group_two_petrakis.txt",
    "split": "tune",
    "actions": 11,
    "template": "email-after-core-group-txt-header-lines-caps-headings-who-was-there-catch-up-children-then-what-we-agreed-prose-sentences-first-names-contingency-next-meetings",
    "description": (
        "Social worker's email to the family and professionals after the second core group for a "
        "6-year-old and a 14-month-old (mother's postnatal depression, damp flat, neglect). 'WHAT WE "
        "AGREED' is eleven sentences in four paragraphs with a history sentence among them, owners "
        "called by first name after the attendance list gives their roles; one 'We would like Dean to' "
        "sentence is complete. Faults: the perinatal nurse only supports, 'hopefully we'll see her mood "
        "improve' (H001, M002), 'Mum will hopefully ... as soon as she can' (T002, M001), a passive "
        "referral (W001), 'I will try to' with no measure (M001), two sessions with no time (T001), 'keep "
        "an eye on' with no time (T001, M002), the grandmother's Saturdays with no measure (M001), no "
        "outcomes at all (O001), a contingency that relies on the grandmother with no fallback (C003), "
        "review conference date still to be confirmed (R001), no legal step (R002)."
    ),
    "text": """\
From:     Nikki Shaw <nikki.shaw@quossington.gov.uk>
Sent:     Wednesday 14 May 2025 17:06
To:       Stacey Petrakis; Dean Petrakis; Carmel Byrne; Jo Kaminski; Amit Patel; Bernie Walsh; Wendy Aziz
Cc:       Irene Petrakis; Gemma Lowe
Subject:  Core group 2 - Lily-Mae and Harvey - what we agreed today
Classification: OFFICIAL-SENSITIVE

Hi all,

Thanks for coming this afternoon, and thanks to Stacey and Dean for having us at the
house - I know it's a squeeze with nine of us in the front room! As promised, here is a
quick write-up of what we agreed. The full core group record will go on the system, but
I wanted you all to have this tonight.

WHO WAS THERE
Stacey and Dean Petrakis (Mum and Dad); Irene Petrakis (Dean's mum); Gemma Lowe (Stacey's
sister); Carmel Byrne (health visitor); Jo Kaminski (perinatal mental health nurse,
Quossington Perinatal Mental Health Team); Amit Patel (DSL, Hollins Lane Primary); Bernie
Walsh (family support worker, Quossington Family Hub); and me, Nikki Shaw (social worker).
Apologies: Wendy Aziz (housing officer, Quossington Homes).

QUICK CATCH-UP
The children have been on child protection plans under neglect since the conference on 25
March. Stacey has had postnatal depression since Harvey was born and has been seeing Jo
since February; she says the new medication is helping her sleep. Lily-Mae's attendance
since Easter is 91%, up from 78% last term, but she is still late most Mondays and
Tuesdays. Carmel weighed Harvey last week and he has moved up to the 9th centile. The damp
in the children's bedroom is still bad and there is black mould behind Harvey's cot.

LILY-MAE AND HARVEY
Lily-Mae told me at school on Monday that she likes it when Nanny Irene does her hair on
Saturdays and that "Mummy is in bed less now". She still worries about Mummy "being sad
all the time". Harvey was crawling round the front room today and kept pulling himself up
on Dean's legs; when the room got noisy he went to Stacey for a cuddle and settled
quickly.

WHAT WE AGREED
Jo will carry on seeing Stacey every fortnight at home to support her with her low mood
and anxiety, and hopefully we'll see her mood improve. Carmel will visit every fortnight
and weigh Harvey, plotting his weight in his red book. Mum will hopefully take Lily-Mae to
the dentist as soon as she can. A referral will be made to speech and language therapy for
Harvey by Friday 30 May, and the acceptance letter will go on his file. I will try to get
Harvey's nursery funding application in before the next core group.

We would like Dean to go on the Triple P course at Quossington Family Hub starting on
Thursday 5 June, and Bernie will send me his attendance after each session. Dean has
already been to one stay-and-play at the Hub with Harvey, on 7 May. Bernie will also do two
sessions with Stacey and Dean on the morning routine, and the school late book will show
whether Lily-Mae is getting in by 8.50am.

Amit will keep an eye on Lily-Mae's attendance and let me know if there are any problems.
Wendy couldn't make it today, but she has told me she will get a surveyor out to look at
the damp by Friday 30 May and send me the repair date in writing.

Irene will keep having the children every Saturday from 10 till 4 so that Stacey and Dean
get a rest. Gemma will do the school run for Lily-Mae every Monday and Tuesday, signing her
in at the school office so there is a record of what time she arrived.

IF THINGS GET WORSE (same as at conference)
If Stacey tells anyone she is having thoughts of harming herself or the children, or she
cannot get out of bed to look after Harvey, Dean will come home from work and take the
children to Irene's that day, and I will ask the perinatal crisis team to see Stacey the
same day. If anyone sees a mark or bruise on either child, please ring me or the duty team
straight away and a strategy discussion will be held the same day.

NEXT MEETINGS
Next core group: Tuesday 24 June, 1pm, here at the house again unless anyone objects.
Review conference: date still to be confirmed - I've asked the conference team and will
let everyone know as soon as I hear.

Any problems, give me a ring.

Thanks again,
Nikki

Nikki Shaw | Social Worker | Quossington Children's Services | Westgate Team
01632 960552 | nikki.shaw@quossington.gov.uk
""",
    "findings": [
        F("H001", "Jo will carry on seeing Stacey every fortnight at home"),
        F("M002", "Jo will carry on seeing Stacey every fortnight at home"),
        F("T002", "Mum will hopefully take Lily-Mae to the dentist"),
        F("M001", "Mum will hopefully take Lily-Mae to the dentist"),
        F("W001", "A referral will be made to speech and language therapy"),
        F("M001", "I will try to get Harvey's nursery funding application in"),
        F("T001", "Bernie will also do two sessions with Stacey and Dean"),
        F("T001", "Amit will keep an eye on Lily-Mae's attendance"),
        F("M002", "Amit will keep an eye on Lily-Mae's attendance"),
        F("M001", "Irene will keep having the children every Saturday"),
        F("O001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Social worker's letter to the parents after a core group held on the
#    children's ward: a looked-after baby back in hospital, nobody set to
#    visit her at any stated frequency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_quedderley_letter_after_ward_core_group_lac_baby_walsh.docx",
    "doc_title": "Core Group Letter - Ruby Walsh",
    "split": "tune",
    "actions": 11,
    "template": "sw-letter-to-parents-after-core-group-on-ward-docx-title-kv-details-h2-sections-then-what-will-happen-next-three-prose-paragraphs",
    "description": (
        "Social worker's letter to the parents of a 5-month-old accommodated under section 20 with a "
        "foster carer and back on the children's ward with bronchiolitis (parents' heroin use, mother's "
        "depression). The plan is eleven sentences in three paragraphs; the history is in its own section. The "
        "only visits are 'I will try to pop in ... when I can' and the parents 'as and when the nurses "
        "agree' (T002, M001 each; L001), while the foster carer only rings. Six of the eleven sentences "
        "are the parents' own treatment and support with no mention of Ruby (F001): 'regular urine "
        "samples' (T002, M001), GP and drop-in with no measure (M001 each), the CMHT only supporting "
        "(H001, M001), 'Reece will book back in' (T001, M001), and a GP registration with no measure "
        "(M001). One outcome is about the parents (F002). Contingency, legal step and dates are set."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Letter to Parents"),
        ("p", "Quedderley City Council · Children's Services · Children in Care and Safeguarding Team (West)"),
        ("kv", [
            ("To", "Chelsea Walsh and Reece Carter, Flat 3, 88 Foundry Lane, Quedderley QD2 5NN"),
            ("Child", "Ruby Walsh, born 02/01/2025 (5 months)"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 14/04/2025; child "
                             "protection plan (neglect) since 18/02/2025"),
            ("Foster carer", "Mrs June Abbot, Quedderley approved foster carer"),
            ("Where Ruby is now", "Ward 12 (children's ward), Quedderley Royal Infirmary, since Monday "
                                  "02/06/2025"),
            ("Meeting", "Core group, Thursday 05/06/2025, 2pm, Ward 12 parents' room"),
            ("From", "Amy Stenhouse, Social Worker"),
        ]),
        ("p", "Dear Chelsea and Reece,"),
        ("p", "Thank you for coming to the core group on the ward on Thursday, and for staying to talk to "
              "the nurses afterwards. This letter sets out what we talked about and what was agreed. Please "
              "ring me if anything is not clear."),
        ("h2", "What has happened since the last core group"),
        ("p", "Ruby has lived with June since 14 April, when you both agreed to her being accommodated after "
              "she was admitted with weight faltering. She gained weight well with June and went from the "
              "0.4th to the 2nd centile. On Monday 2 June June took her to A&E with a cough and fast "
              "breathing, and she was admitted with bronchiolitis. She is on oxygen and the doctors think "
              "she may need to stay for a week or more."),
        ("p", "Chelsea has been going to Quedderley Recovery Service and is on a methadone script; her last "
              "two samples were positive for heroin. Chelsea has also been struggling with depression since "
              "the spring. Reece stopped going to the Recovery Service in April and told the core group he "
              "is still using heroin most days."),
        ("h2", "How Ruby is"),
        ("p", "The nurses say Ruby is a smiley baby who watches everyone who comes to her cot. She feeds "
              "better when June holds her and gets upset when she is laid flat. When Chelsea visited on "
              "Tuesday, Ruby smiled at her and went to sleep on her chest. She cries when the oxygen tubes "
              "are changed and settles quickly when she is cuddled and sung to."),
        ("h2", "What we want for Ruby"),
        ("bullets", [
            "Ruby gets better and leaves hospital to a home where she is safe, warm and fed on time.",
            "Ruby keeps gaining weight along the 2nd centile or above.",
            "Ruby sees the people who love her, and every visit is safe for her.",
            "Chelsea and Reece are drug free and living a settled life.",
        ]),
        ("h2", "What will happen next"),
        ("p", "I will try to pop in and see Ruby on the ward when I can, and I will keep in touch with the "
              "nurses by phone. June will ring the ward every morning and text me what the nurses say about "
              "Ruby's night. Chelsea and Reece will be able to visit Ruby on the ward as and when the nurses "
              "agree, with a nurse present. Sister Pat Kerr, the ward's discharge coordinator, will hold a "
              "discharge planning meeting with June and me before Ruby leaves hospital, and send everyone "
              "the written discharge plan. Rosa Ellery, the health visitor, will visit June's home within a "
              "week of Ruby going back there to weigh her, recording her weight in the red book."),
        ("p", "Chelsea will keep going to Quedderley Recovery Service and will give regular urine samples. "
              "Chelsea will see her GP, Dr Nwosu, about her antidepressants by Friday 27 June. The Community "
              "Mental Health Team will offer Chelsea fortnightly sessions with a community nurse, Deb Walsh, "
              "to support her with her low mood. Chelsea will also go to the women's drop-in at the Beacon "
              "Centre on Thursdays for support with her confidence."),
        ("p", "Reece will book back in with his worker at the Recovery Service. Reece will register with a "
              "GP in Quedderley by Monday 30 June so that he can get help with his sleep."),
        ("h2", "If things go wrong"),
        ("p", "If Chelsea or Reece come onto the ward under the influence of drugs or alcohol, the nurses will "
              "ask them to leave and call hospital security, ward visits will stop for 48 hours, and I will "
              "hold a strategy discussion the same day. If Ruby is ready to leave hospital while June is on "
              "leave (14 to 21 June), she will go straight from the ward to our other approved foster "
              "carers, Mr and Mrs Hinds, until June is home."),
        ("p", "Ruby is accommodated with your agreement. If either of you withdraws that agreement or tries "
              "to take Ruby from the ward, the ward will call the police and I will ask my manager for a "
              "legal planning meeting the same day."),
        ("h2", "Next meetings"),
        ("p", "The next core group will be on Thursday 3 July 2025 at 2pm, on the ward if Ruby is still there "
              "or at Quedderley Family Centre if not, and then every four weeks. Ruby's looked after review "
              "is on Tuesday 15 July 2025 and her review child protection conference is on Wednesday 23 July "
              "2025 at 10am at the Council House."),
        ("p", "Yours sincerely,"),
        ("pl", "Amy Stenhouse"),
        ("pl", "Social Worker, Children in Care and Safeguarding Team (West)"),
        ("pl", "Copies: June Abbot; Sister Pat Kerr, Ward 12; Rosa Ellery, HV; Dr Nwosu; Ruby's IRO"),
    ],
    "findings": [
        F("T002", "I will try to pop in and see Ruby on the ward"),
        F("M001", "I will try to pop in and see Ruby on the ward"),
        F("T002", "Chelsea and Reece will be able to visit Ruby"),
        F("M001", "Chelsea and Reece will be able to visit Ruby"),
        F("T002", "Chelsea will keep going to Quedderley Recovery Service"),
        F("M001", "Chelsea will keep going to Quedderley Recovery Service"),
        F("M001", "Chelsea will see her GP, Dr Nwosu, about her antidepressants"),
        F("H001", "Mental Health Team will offer Chelsea fortnightly sessions"),
        F("M001", "Mental Health Team will offer Chelsea fortnightly sessions"),
        F("M001", "go to the women's drop-in at the Beacon Centre"),
        F("T001", "Reece will book back in with his worker"),
        F("M001", "Reece will book back in with his worker"),
        F("M001", "Reece will register with a GP in Quedderley"),
        F("F002", "Chelsea and Reece are drug free and living a settled life."),
        F("F001"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group notes typed up as agenda items; "What needs to happen next"
#    is four prose paragraphs, owners by first name after the attendance
#    list, history sentences among them (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_quandermere_core_group_notes_next_steps_paragraphs_clough.docx",
    "doc_title": "Core Group Meeting Notes - Harrison and Evie Clough",
    "split": "tune",
    "actions": 9,
    "template": "core-group-notes-docx-agenda-item-headings-attendance-bullets-updates-by-agency-scaling-then-what-needs-to-happen-next-prose-paragraphs-first-names",
    "description": (
        "Notes of the second core group for a 9-year-old and a 4-year-old (domestic abuse by their "
        "father, who drinks and has moved out under a non-molestation order). Agenda items: attendance "
        "with roles, updates from each agency in the past tense, the children's views, a scaling round, "
        "outcomes, then 'What needs to happen next' as nine sentences in four paragraphs, each owner "
        "called by first name, with two history sentences among them. The alcohol service writes to "
        "the social worker about change before each core group, the grandmother's supervised contact has "
        "a contact-centre fallback, legal planning follows a breach or further abuse, dates set. "
        "Exemplary."
    ),
    "blocks": [
        ("title", "Core Group Meeting Notes"),
        ("kv", [
            ("Children", "Harrison Clough (9), Year 4, Fernside Primary; Evie Clough (4), Little Steps Nursery"),
            ("Plan", "Child protection plans since the initial conference on 22/04/2025 (emotional abuse)"),
            ("Meeting", "Core group 2, Tuesday 03/06/2025, 1.30pm, Fernside Primary (meeting room 2)"),
            ("Chair and notes", "Ben Achebe, Social Worker, Quandermere Children's Services"),
        ]),
        ("h2", "Item 1 – Who came"),
        ("bullets", [
            "Jodie Clough – Harrison and Evie's mum",
            "Brenda Wragg – the children's paternal grandmother",
            "Ben Achebe – social worker (chair)",
            "Shona McRae – IDVA, Quandermere Women's Aid",
            "Lindsay Crowther – Liam's keyworker, Quandermere Alcohol and Drug Service",
            "Mrs Harpreet Kaur – DSL, Fernside Primary",
            "Tess Ogden – manager, Little Steps Nursery",
        ]),
        ("p", "Apologies: Kevin Doherty (Respect Choices facilitator), who sent a written update. Liam Wragg "
              "(the children's dad) was not invited to this meeting because of the non-molestation order; "
              "Ben met him separately on 30 May and his views are at Item 3."),
        ("h2", "Item 2 – Updates since the last core group"),
        ("p", "Ben: visited on 13 May and 27 May. The house was calm and tidy on both visits. Harrison was seen "
              "on his own in his room both times; Evie was seen playing with Jodie."),
        ("p", "Shona: the non-molestation order was granted without notice on 9 May and the return hearing is "
              "on 8 July. Jodie has kept every weekly appointment."),
        ("p", "Lindsay: Liam has been to four of four appointments since 6 May. His breath tests have been "
              "clear at three of them; at the fourth he had drunk the night before. He says he is drinking "
              "\"a couple of cans, not every night\", down from most nights."),
        ("p", "Brenda: three Saturday contacts have taken place at her house. Liam was sober and on time for "
              "all three, and the contact sheets went to Ben."),
        ("p", "Mrs Kaur: Harrison's attendance is 98% this half-term. He has been calmer in class but still "
              "gets upset at home time on Fridays, before contact."),
        ("p", "Tess: Evie has settled well. Staff have noticed she often does not respond when called from "
              "behind and asks \"what?\" a lot."),
        ("p", "Kevin (written update): Liam's assessment for the Respect Choices programme is complete and he "
              "has been offered a place on the group starting on 10 June."),
        ("h2", "Item 3 – What Harrison, Evie and the grown-ups think"),
        ("p", "Harrison told Ben on 27 May that home is \"loads better because there's no shouting\". He "
              "likes seeing his dad at Nana Brenda's \"because Nana is there and Dad is nice there\". He "
              "still checks the front door is locked every night and said his worry score is 6 out of 10, "
              "down from 9 in April. He would like to go to football club on Thursdays."),
        ("p", "Evie drew a picture of \"me and Mummy and Harrison and the cat\". At nursery she talks about "
              "\"Daddy's Saturday\" with excitement, and Tess sees her at her happiest at messy play."),
        ("p", "Jodie said she feels safer since the locks were changed but jumps when the phone rings. Liam "
              "told Ben he wants to \"get back to being a proper dad\" and accepts he needs to stop drinking."),
        ("h2", "Item 4 – Scaling"),
        ("p", "On a scale where 0 means the children are not safe and 10 means they are safe enough for the "
              "plan to end: Jodie 7, Brenda 7, Shona 6, Mrs Kaur 6, Tess 7, Lindsay 5, Ben 5. Everyone agreed "
              "that things are moving in the right direction but that the court hearing and Liam's drinking "
              "are the big unknowns."),
        ("h2", "Item 5 – What we are working towards"),
        ("bullets", [
            "Harrison and Evie live at home free from fear and do not see or hear any more violence.",
            "Harrison and Evie see their dad safely, with a sober adult supervising every contact.",
            "Harrison can talk about what happened and his worry score comes down to 3 or below.",
            "Evie's hearing is checked and any problem is treated before she starts school in September.",
        ]),
        ("h2", "Item 6 – What needs to happen next"),
        ("p", "Ben will visit Jodie and the children at home every fortnight, seeing Harrison on his own each "
              "time, and record what Harrison says in his visit notes. Ben will also refer Harrison to the "
              "Bounce Back group for children who have lived with domestic abuse by Friday 13 June, and "
              "share the acceptance letter at the next core group."),
        ("p", "Jodie had the locks changed on 20 May with help from Shona, and the police have put a marker "
              "on the address. Shona will meet Jodie every week until the court hearing on 8 July and go "
              "through her safety plan with her, sending Ben a copy whenever the plan changes."),
        ("p", "Liam has moved to a flat on Canal Street and has not been to the house since 2 May. Brenda will "
              "supervise Liam's contact with Harrison and Evie every Saturday from 10am to 1pm at her house, "
              "and fill in the contact sheet that Ben collects at each visit. Liam will go to the Respect "
              "Choices programme every Tuesday evening for 24 weeks from 10 June, and Kevin will send Ben an "
              "attendance and progress report every month. Lindsay will see Liam every fortnight and breath "
              "test him, and before each core group she will write to Ben about whether Liam's drinking has "
              "changed and what that means for the children's safety at contact."),
        ("p", "Mrs Kaur will make sure Harrison has his session with the learning mentor, Mr Doyle, every "
              "Thursday, and send Ben Mr Doyle's session notes at the end of each half-term. Tess will write "
              "in Evie's nursery diary how she is on each day she attends, and email Ben a summary every "
              "Friday. Jodie will take Evie to her hearing test at Quandermere Hospital audiology on 17 June "
              "and show Ben the clinic letter at his next visit."),
        ("h2", "Item 7 – If things go wrong"),
        ("bullets", [
            "If Liam comes to the house, contacts Jodie, or turns up at school or nursery in breach of the "
            "order, Jodie or the school will ring 999 and the police will attend; Ben will hold a strategy "
            "discussion the same day.",
            "If Liam arrives at contact smelling of alcohol, or Brenda thinks he has been drinking, Brenda will "
            "not let the contact start and will ring Ben or the duty team straight away.",
            "If Brenda cannot supervise on a Saturday, that contact will not take place, and Ben will book a "
            "supervised session at Quandermere Family Contact Centre within seven days instead.",
            "If Liam breaches the order, or the children see or hear any further abuse before the review "
            "conference, Ben will ask his team manager for a legal planning meeting within five working days.",
        ]),
        ("h2", "Item 8 – Dates"),
        ("p", "The core group will meet every four weeks at Fernside Primary; the next meeting is on Tuesday "
              "1 July 2025 at 1.30pm. The review child protection conference is on Tuesday 15 July 2025 at "
              "10am at Quandermere Town Hall."),
        ("p", "Notes typed by Ben Achebe on 04/06/2025 and sent to everyone who came, to Kevin Doherty, and, "
              "in a version without Jodie's address, to Liam."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Transfer letter from the transferring social worker to the receiving
#    authority, typed as plain text; the work until transfer is a block of
#    sentences, several of them parked until the other council takes over
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_quintonbridge_transfer_letter_plan_until_transfer_morrish.txt",
    "split": "tune",
    "actions": 8,
    "template": "transfer-letter-to-receiving-authority-txt-letterhead-ref-line-caps-headings-background-outcomes-then-until-transfer-prose-sentences-contingency-meetings",
    "description": (
        "Transferring social worker's letter to the receiving authority's team manager, asking for a "
        "transfer-in conference for an 11-year-old and a 5-year-old whose mother moved them away from a "
        "violent ex-partner. The work until transfer is eight sentences in four paragraphs after a "
        "background sentence. Faults: the parenting assessment paused until the other council takes "
        "over, passive (W001, X001, M001), a school place left until after transfer (X001, M001), 'Kerry "
        "will hopefully ... when she is settled' (T002, M001), the CAMHS referral left for the new social "
        "worker (X001, M001), the school nurse keeping in touch 'ongoing' and keeping an eye (T002, M002), "
        "a passive police marker (W001); nothing the children have said or shown (F003), a contingency "
        "of 'further concerns' and the duty team (C002), no legal step (R002), and no core group or "
        "conference date (R001)."
    ),
    "text": """\
QUINTONBRIDGE CITY COUNCIL
Children and Families Directorate - Safeguarding East
Guildhall Annexe, Sheaf Street, Quintonbridge QN1 2DL

Our ref: CF/118842/TP                                              11 June 2025

Ms Funmi Okonkwo
Team Manager, Assessment and Intervention
Brackwater County Council Children's Services
County Buildings, Brackwater BW7 3AA

Dear Ms Okonkwo,

RE: TRANSFER OF CHILD PROTECTION PLANS - TAYLA MORRISH (11) AND JAYDEN MORRISH (5)
Mother: Kerry Morrish (30), now living at 7 Linnet Court, Brackwater BW9 4QT

I am writing, as we agreed on the telephone on 9 June, to ask Brackwater to hold a
transfer-in conference for Tayla and Jayden, who have been subject to child protection
plans in Quintonbridge under the category of emotional abuse since 4 February 2025.
Their plans were reviewed and continued at the review conference on 20 May 2025. The
conference minutes, the current plan and my chronology are enclosed.

BACKGROUND

Kerry and the children lived with Kerry's former partner, Craig Dolan, until January 2025.
The police attended the address six times in 2024 for domestic abuse, and in January Craig
was arrested after strangling Kerry in the kitchen while both children were at home. He is
on bail with a condition not to contact Kerry or go to Brackwater. Kerry moved with the
children to her cousin's flat in Brackwater on 23 May 2025 and has since been given her own
tenancy at Linnet Court. Kerry has worked with us throughout and has kept the children away
from Craig since his arrest.

OUTCOMES AGREED AT THE REVIEW CONFERENCE ON 20 MAY 2025

- Tayla and Jayden are kept safe from Craig Dolan and do not see or hear any further abuse.
- Jayden is in school full time.
- Tayla's emotional health needs are understood and met.
- Both children are registered with a GP and their health needs are met.

WHAT WILL HAPPEN UNTIL THE TRANSFER-IN CONFERENCE

I will continue to visit Tayla and Jayden at their new address every two weeks until the
transfer-in conference, and will record each visit on our system and send you the notes.
The parenting assessment that was started in April will be paused until Brackwater take
over the case.

Jayden has not had a school place since the family moved on 23 May. Once the case has
transferred, Brackwater children's services will arrange a school place for Jayden. Kerry
will hopefully register the children with a GP in Brackwater when she is settled.

Tayla's referral to CAMHS was agreed at the review conference but has not been sent, and it
will be left for the Brackwater social worker to make after transfer. Lorna Pitt, the
Quintonbridge school nurse who knows Jayden, will keep in touch with Kerry by phone on an
ongoing basis and keep an eye on how Jayden is.

Kerry will carry on with her Freedom Programme sessions online every Wednesday evening, and
the facilitator will send me the attendance record each month. The police will be asked to
put a domestic abuse marker on Kerry's new address by Friday 20 June, and confirmation will
be emailed to me.

CONTINGENCY

If there are any further concerns about the children before the transfer-in conference, the
duty team in whichever authority the family are living in will respond and the plan will be
reviewed.

MEETINGS

Brackwater will set the date of the transfer-in conference once the paperwork has been
received. The next core group will be held when a Brackwater social worker is allocated.

Please contact me if you need anything else. I am at work Monday to Thursday.

Yours sincerely,

Tom Parfitt
Social Worker, Safeguarding East
Quintonbridge City Council
Tel: 01632 960913

cc: Kerry Morrish; Angela Farr, Child Protection Chair, Quintonbridge
""",
    "findings": [
        F("W001", "The parenting assessment that was started in April will be paused"),
        F("X001", "The parenting assessment that was started in April will be paused"),
        F("M001", "The parenting assessment that was started in April will be paused"),
        F("X001", "Brackwater children's services will arrange a school place for Jayden"),
        F("M001", "Brackwater children's services will arrange a school place for Jayden"),
        F("T002", "will hopefully register the children with a GP in Brackwater"),
        F("M001", "will hopefully register the children with a GP in Brackwater"),
        F("X001", "will be left for the Brackwater social worker to make"),
        F("M001", "will be left for the Brackwater social worker to make"),
        F("T002", "will keep in touch with Kerry by phone"),
        F("M002", "will keep in touch with Kerry by phone"),
        F("W001", "The police will be asked to put a domestic abuse marker"),
        F("F003"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
