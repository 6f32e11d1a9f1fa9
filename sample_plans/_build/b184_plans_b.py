"""Batch 184, letter b, split tune: seven fictional plans, places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police teams and councils. Labels were written by hand
from docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: plans written to and with the family, in the voices real plans use
when they speak to the family or are owned by it: "you" in a letter to both
parents ("You both will ...", "You, Craig, will ..."), "I" for the social
worker who signs it, "we" for her team where the letter says so; a young
person's own plan ("I'll ...", "Me and Marcus will ..."); a child's "my plan"
with pictures described in words and "Who is helping me" / "When" / "How we
will know it is working" columns; a family group conference's "We, the ...
family, agree" plan before the professionals' plan; a disabled child's plan
where "we" is Mum and Dad and the services are named workers; a 17-year-old's
plan for getting to 18; and a family safety plan with "My part", "Nana
Jean's part" and "The workers' part". Where a "we" is really everyone (or no
one in particular), the owner is collective (W002).

1. the social worker's plan letter to both parents after an initial
   conference for an 8-year-old and a 2-year-old (neglect, the father's
   drinking, the mother's low mood), the plan in four parts: what you will
   do, what we (I and my team) will do, what other people will do, what we
   will all do (docx). Faults: the father's fathers' group "when you feel
   ready"; a young carers referral with no check; the health visitor's
   visits measured by "things are improving"; the CPN only supporting the
   mother with her mood and medication; "We will all" helping the boy find a
   club; and an outcome about the parents only (T002, M001, M002, H001,
   W002, F002).
2. a 15-year-old's own plan on a Referral Order after being exploited to
   carry drugs out of town: about me, who's who, why the grown-ups worry,
   what I think, then "My part" (I'll ...), "Me and Marcus", "Mum and
   Kwame" bullets each with when and we'll know, and the grown-ups' table
   (md, exemplary).
3. a child protection plan for an 8-year-old and a 4-year-old after their
   father's violence, Part 1 for the grown-ups and Part 2 "My plan" by the
   8-year-old, a table with a picture line, short words and a note for
   grown-ups in each row, printed to PDF with header and footer (pdf).
   Faults: Talking Therapies only helping the mother, measured by "Mum will
   feel better"; the teacher's "keep an eye on me" measured by "keeps an eye
   on how I am"; the father's programme "As soon as possible"; new locks
   that "Mum will be helped" to get, with "-" for who; the GP's help with
   bed-wetting with "-" for when; and a "What if" part that only says the
   grown-ups will meet and talk (H001, M002 x2, T002, W001, T001, C002).
4. a family group conference plan for three children whose mother uses
   cocaine and drinks: "We, the Oyelaran family, agree" items with Who /
   When / How we'll know lines, then the professionals' plan in Lead / Will
   / When / How we'll know blocks (txt). Faults: "We will all take turns"
   owned by "All of us"; the uncle's football "When he can"; the recovery
   worker's sessions measured by "engagement"; the health visitor's ASQ-3
   review with "-" for how we'll know; a contingency that leans on the
   grandmother with nothing said if the family's help fails; and a review
   conference "to be arranged" (W002, T002, M002, M001, C003, R001).
5. a plan for a 7-year-old with cerebral palsy, epilepsy and a gastrostomy
   who does not use words, where "we" is her mum and dad: how Mae tells us
   things, Mae's days, her brother's words, then "Our part", "Nanna Mo's
   part" and "What the services will do" tables, header and footer (pdf,
   exemplary).
6. a 17-year-old's plan for getting to 18 (sexual exploitation, going
   missing, leaving college, the plan ending at 18): "My part", "Me and
   Jade", "Mum and Auntie Lisa", the adults' table and "Getting ready for
   18" bullets (md). Faults: going back to college "when I feel ready"; the
   police's Sexual Risk Order application with "-" for how we'll know; the
   transitions worker's monthly meetings "monitored by the transitions
   team"; "We'll find me somewhere safe to live", where no one says who
   "we" is; the housing register with no time; and an outcome about the
   mother only (T002, M001, M002, W002, T001, F002).
7. a family safety plan after an initial conference for a 6-year-old and a
   5-month-old whose mother has bipolar disorder and left them alone when
   unwell: safety network, danger statement, safety goal, Ava's three houses,
   Noah's day, scaling, then "My part (Lauren)" in "I will", "Nana Jean's
   part", "Becca's part" and "The workers' part" tables, and early warning
   signs (docx, exemplary).

Three plans (2, 5 and 7) are exemplary: every action has an owner that the
voice makes clear (I, me and my worker, we the parents, a named relative or
worker), a real timescale and something that can be seen, counted or read;
every outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails; each
records the child's words or observed lived experience, core group dates and
a dated review conference, and legal planning after named triggers; adult
services own actions where a parent drinks or is mentally ill, and every
adult mental health service is asked for its view of the parent's capacity
to change and its likely timescale.

Counting convention used for "actions" (README convention 1): each numbered
paragraph of the letter's plan, each bullet of a young person's part, each
row of an action table (a child's "my plan" row counts once with its picture
and grown-ups' note), and each numbered item or block of the family's and
professionals' plans counts once, whatever number of sentences it holds.
Details, who's who and safety network tables, the communication passport,
worries, what is going well, the children's words, scaling, outcomes and
safety goals, the contingency, meeting dates and "Agreed by" lines are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The social worker's plan letter to both parents: what you will do, what
#    we (I and my team) will do, what other people will do, what we will all
#    do. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_bascotby_plan_letter_you_we_others_parts_penhale.docx",
    "doc_title": "Letter to Gemma and Craig Penhale - Riley and Darcy's child protection plan",
    "split": "tune",
    "actions": 16,
    "template": "sw-plan-letter-to-both-parents-docx-address-lines-dear-gemma-and-craig-who-you-i-and-we-mean-then-what-was-decided-why-worried-going-well-what-riley-told-me-and-darcys-days-what-we-all-want-then-plan-in-four-parts-what-you-will-do-what-we-i-and-my-team-will-do-what-other-people-will-do-what-we-will-all-do-typed-numbered-paragraphs-then-if-things-get-worse-when-we-will-meet-signed",
    "description": (
        "The social worker's plan letter to both parents after the initial conference for their "
        "8-year-old son and 2-year-old daughter (neglect: the girl's weight has fallen to the 2nd "
        "centile, the boy gets her up for nursery, the father drinks most days and the police have been "
        "called to arguments, the mother has depression and is under the community mental health "
        "team). The letter says 'you' is both parents unless it names one, 'I' the social worker and "
        "'we' her team, then sets the plan in four parts of typed numbered paragraphs, each with its "
        "time and check: what you will do, what we (I and my team) will do, what other people will do "
        "('Your health visitor, Ann Pugh, will ...'), and what we will all do. Faults: the father's "
        "fathers' group 'when you feel ready'; a young carers referral with a date and no check; the "
        "health visitor's visits measured by 'things are improving'; the CPN only supporting the mother "
        "with her mood and medication; 'We will all' helping the boy find a club; and an outcome about "
        "the parents only."
    ),
    "blocks": [
        ("pl", "Gemma and Craig Penhale"),
        ("pl", "22 Foundry Walk"),
        ("pl", "Bascotby BY4 7LN"),
        ("pr", "06/02/2026"),
        ("p", "Copy to: the agencies at the conference"),
        ("p", "Dear Gemma and Craig,"),
        ("p", "Thank you both for coming to Riley and Darcy's child protection conference on Tuesday "
              "03/02/2026. I know it was a long and hard morning. This letter is your copy of the plan we "
              "agreed. I have written it to you: \u201cyou\u201d means you both, unless I write \u201cyou, "
              "Gemma\u201d or \u201cyou, Craig\u201d. \u201cI\u201d means me, Hannah Whitlow, your social "
              "worker. In Part 2, \u201cwe\u201d means me and the Bascotby Family Safeguarding Team."),
        ("h2", "What the conference decided"),
        ("p", "The conference decided that Riley and Darcy both need a child protection plan, under the "
              "category of neglect. The conference was chaired by Anita Rowe, an independent reviewing "
              "officer. I will stay as your social worker, and my manager is Paul Okeke."),
        ("h2", "Why we are worried"),
        ("p", "Darcy was on the 25th centile for her weight at her 1-year check. When Ann weighed her on "
              "20/01/2026 she had dropped to the 2nd centile. On three of my visits in January there was "
              "very little food in the house, and on one there was no milk for Darcy."),
        ("p", "Riley was late for school 19 times in the autumn term and his attendance was 86%. He told "
              "his teacher that most mornings he gets Darcy up and gives her breakfast because you are both "
              "still asleep."),
        ("p", "The police were called to loud arguments at home on 18/11/2025 and 27/12/2025. Both times "
              "Craig had been drinking, and on 27/12/2025 Riley was on the stairs in his pyjamas at "
              "midnight. Craig, you told the conference you drink eight to ten cans most days. Gemma, you "
              "told us your depression has been bad since the autumn and that some days you cannot get "
              "out of bed. You see Lee Hartnell from the community mental health team and take "
              "antidepressants."),
        ("p", "The window in Darcy's bedroom has been boarded up since November, and the heating did not "
              "work for two weeks in January."),
        ("h2", "What is going well"),
        ("bullets", [
            "You both love Riley and Darcy, and they love you. Darcy runs to you, Gemma, when she is "
            "upset, and Riley is proud of his dad's football.",
            "You both came to the conference, listened, and agreed to the plan.",
            "Craig, you said for the first time that your drinking is a problem, and you have agreed to "
            "see the recovery service.",
            "Gemma, you have kept every appointment with Lee since December.",
            "Riley is doing well with his reading and his teacher says he is kind to younger children.",
        ]),
        ("h2", "What Riley told me, and what I have seen of Darcy"),
        ("p", "I saw Riley on his own at school on 29/01/2026. He said: \u201cI do Darcy's breakfast "
              "because I'm the big one. Sometimes I'm late because she won't put her shoes on.\u201d "
              "When I asked about the arguments, he said: \u201cI go on the stairs so I can hear if it "
              "gets bad.\u201d He gave home a 4 out of 10 for feeling safe, and said a 10 would be "
              "\u201cno shouting and Dad not drinking, and me not having to do Darcy.\u201d He wants to "
              "go to a football club after school like his friends."),
        ("p", "Darcy is too young to tell us, so I have written what I have seen. On my visit on "
              "22/01/2026 she was in a wet nappy at 11am and ate two slices of toast very fast. She "
              "smiled and babbled when Riley came home from school and followed him everywhere. At "
              "nursery she is quiet at first and then plays well, and she eats everything at snack "
              "time."),
        ("h2", "What we all want for Riley and Darcy"),
        ("bullets", [
            "Darcy eats well every day and her weight climbs back to the 9th centile by the review "
            "conference.",
            "Riley gets to school on time every day and does not have to look after Darcy.",
            "Riley and Darcy live in a warm, safe home where they do not hear shouting and no one "
            "caring for them has been drinking.",
            "You both get the help you need: Craig with his drinking and Gemma with her low mood.",
        ]),
        ("h2", "The plan"),
        ("p", "Each numbered paragraph says who will do something, when, and how we will know it has "
              "happened."),
        ("h3", "Part 1: What you will do"),
        ("pi", "1. You both will make sure Darcy goes to Little Acorns Nursery on Monday, Wednesday and "
               "Friday mornings, starting on 09/02/2026. The nursery's register will show she has been, and "
               "I will check it with the nursery manager, Jo Berry, every fortnight."),
        ("pi", "2. You, Gemma, will take Darcy to be weighed at the baby clinic at Bascotby Family Hub every "
               "other Tuesday from 10/02/2026. Her weight will be written in her red book, and Ann will plot "
               "it on her centile chart and send me a copy."),
        ("pi", "3. You, Craig, will go to the fathers' group at Bascotby Recovery Service when you feel ready "
               "to talk about your drinking with other dads. The group worker, Sam Ruddock, will send me the "
               "group's attendance list."),
        ("pi", "4. You, Craig, will not drink any alcohol on the days you look after Riley and Darcy on your "
               "own (Tuesdays and Thursdays, while Gemma is at work), starting on 05/02/2026. You have "
               "agreed to a breath test whenever I visit on those days, and I will write the reading on my "
               "visit record."),
        ("pi", "5. You both will go to the Calmer Homes course at Bascotby Family Hub on Thursday evenings "
               "from 19/02/2026 to 26/03/2026 (six sessions), about arguments and how they affect children. "
               "The course worker, Rosa Lind, will send me the register after each session and a short "
               "report at the end."),
        ("pi", "6. You, Gemma, will get Darcy up, dressed and fed before 8am every school day from "
               "09/02/2026, so that Riley only has to get himself ready. You will tick the morning chart on "
               "the fridge, which I will look at on every visit, and Mrs Grant will tell me if Riley is "
               "late."),
        ("h3", "Part 2: What we (I and my team) will do"),
        ("pi", "7. I will visit you at home every week until the review conference on 28/04/2026, with at "
               "least one visit in three unannounced, and I will see Riley on his own each time. My visit "
               "records will say what Riley told me, how Darcy looked and whether there was food in the "
               "cupboards."),
        ("pi", "8. I will refer Riley to Bascotby Young Carers by 20/02/2026."),
        ("pi", "9. Nikki Farrow, our family support worker, will come every Tuesday at 4pm for eight weeks "
               "from 10/02/2026 to help you with Darcy's tea, bath and bedtime. She will fill in a home "
               "routine checklist at each visit and send me the scores."),
        ("pi", "10. We will ask Bascotby Homes to mend the window in Darcy's bedroom and repair the boiler by "
               "27/02/2026. You will get a copy of the repair order, and I will check that the repairs have "
               "been done when I next visit."),
        ("h3", "Part 3: What other people will do"),
        ("pi", "11. Your health visitor, Ann Pugh, will visit every fortnight from 12/02/2026 to see how Darcy "
               "is getting on with her eating, so that we can all see things are improving."),
        ("pi", "12. Lee Hartnell, your community psychiatric nurse from the Bascotby Community Mental Health "
               "Team, will see you, Gemma, every two weeks to support you with your low mood and your "
               "medication. He will put the dates of his visits in the letter he sends me each month."),
        ("pi", "13. Sam Ruddock at Bascotby Recovery Service will offer you, Craig, a first one-to-one "
               "appointment by 13/02/2026 and then see you every week, with a breath test at each session. "
               "He will write to me each month with the test results and whether you are keeping to no "
               "drinking on care days."),
        ("pi", "14. Dr Priya Venkat, your GP at Hollins Road Surgery, will see Darcy on 17/02/2026 to check "
               "her weight and growth, and refer her to the children's dietitian if she is still below the "
               "9th centile. She will write to me and Ann with the result within a week."),
        ("pi", "15. Mrs Fiona Grant, the designated safeguarding lead at St Aidan's Primary School, will check "
               "Riley's attendance and punctuality every Friday and e-mail me the week's figures. We want "
               "Riley in school and on time every day, with his attendance at 95% or more by the review "
               "conference."),
        ("h3", "Part 4: What we will all do"),
        ("pi", "16. We will all help Riley find an after-school club he enjoys by the Easter holidays "
               "(27/03/2026), so that he has time to be a child. We will know it is working when the club "
               "leader tells me Riley is going every week."),
        ("h2", "If things get worse"),
        ("bullets", [
            "If Craig has been drinking on a day he is looking after the children on his own (a breath "
            "test above zero, or anyone smells alcohol on him), you, Gemma, will come home from work or "
            "ring me (or the Emergency Duty Team on 01632 960 700 out of hours). Riley and Darcy will go "
            "to Nana Sue's (Gemma's mum, 14 Lark Rise) for the night, and Craig will stay at his brother "
            "Mick's. If Sue cannot have them, I or the Emergency Duty Team will find a foster carer for "
            "them that night.",
            "If the police are called to an argument at home, I will hold a strategy discussion with the "
            "police the same day, and Craig will stay at Mick's until it has decided what happens next.",
            "If Darcy's weight falls below the 2nd centile, or she loses weight at two weighings in a "
            "row, Ann will ask Dr Venkat to see her that day, and I will visit within 24 hours.",
            "If Darcy is not gaining weight by the review conference, or Craig is still drinking on care "
            "days, I will ask Paul Okeke for a legal planning meeting within 5 working days, to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h2", "When we will meet"),
        ("p", "The core group (you both, me, Nikki, Ann, Lee, Sam, Jo Berry and Mrs Grant) will meet every "
              "four weeks at Bascotby Family Hub at 10am: on 17/02/2026, 17/03/2026 and 14/04/2026. The "
              "review child protection conference will be on Tuesday 28/04/2026 at 1.30pm at Bascotby "
              "Town Hall. You can bring someone with you to any of these meetings."),
        ("p", "If anything in this letter is not clear, please ring me on 01632 960 512."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Whitlow"),
        ("pl", "Social worker, Bascotby Family Safeguarding Team, Bascotby Borough Council"),
    ],
    "findings": [
        F("F002", "Craig with his drinking and Gemma with her low mood"),
        F("T002", "will go to the fathers' group at Bascotby Recovery Service"),
        F("M001", "I will refer Riley to Bascotby Young Carers"),
        F("M002", "will visit every fortnight from 12/02/2026 to see how Darcy"),
        F("H001", "will see you, Gemma, every two weeks to support you"),
        F("W002", "We will all help Riley find an after-school club"),
    ],
})


# ---------------------------------------------------------------------------
# 2. A 15-year-old's own plan on a Referral Order: My part (I'll ...), Me and
#    Marcus, Mum and Kwame, each bullet with when and we'll know, then the
#    grown-ups' table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_blakewold_young_persons_own_plan_me_and_marcus_danquah.md",
    "split": "tune",
    "actions": 18,
    "template": "young-persons-own-cp-plan-md-15-year-old-on-referral-order-i-is-kofi-about-me-whos-who-table-of-short-names-why-the-grown-ups-worry-what-i-think-going-ok-what-i-want-then-my-part-bold-ill-bullets-me-and-marcus-bullets-mum-and-kwame-bullets-each-with-when-and-italic-well-know-then-grown-ups-who-what-when-how-table-then-if-things-go-wrong-meetings-agreed-by",
    "description": (
        "Exemplary young person's own child protection plan for a 15-year-old boy on a 9-month Referral "
        "Order, permanently excluded and at a learning centre, who was found in a flat 40 miles away "
        "with adults and class A drugs packed for sale and has been seen with two older men. Written "
        "with him by his social worker and his youth justice worker in his words ('I' is Kofi): about "
        "me, a who's who of the short names used, why the grown-ups worry, what I think and my safety "
        "score, what I want. The plan is 'My part' (I'll be home by ..., I'll text Marcus the same day "
        "if ...), 'Me and Marcus', and 'Mum and Kwame' bullets, each with its time and an italic "
        "'We'll know', then the grown-ups' table (NRM referral, return home interviews, warning "
        "notices, a police marker, learning centre check-ins and reintegration, CAMHS). The brother's "
        "help has a fallback, legal planning follows named triggers, and core group and review dates "
        "are set."
    ),
    "text": """\
# My plan – Kofi Danquah

**Blakewold Council Children's Services and Blakewold Youth Justice Service**
**Child protection plan from my initial conference on 27/01/2026**

I wrote this plan with Leanne (my social worker) and Marcus (my YJS worker) on 30/01/2026. Where it says
"I" or "me", that's me, Kofi. The grown-ups wrote their part in the table at the end, and Leanne read it
to me before we finished.

## About me

- Kofi Danquah, 15 (born 22/07/2010).
- I live with my mum, Abena Danquah (42), at 9 Heron Walk, Blakewold BW6 2RT. Mum is a care assistant and
  works late shifts on Mondays and Wednesdays.
- My brother Kwame (20) has his own flat at 31 Station Road, ten minutes away.
- I was permanently excluded from Holmcroft Academy in November 2025. I go to Blakewold Learning Centre now.
- I'm on a 9-month Referral Order from Blakewold Youth Court (12/01/2026 to 11/10/2026).
- My plan is under the category of physical abuse, because of the risk of criminal exploitation.

## Who's who

| Name in this plan | Who they are |
|---|---|
| Mum | Abena Danquah |
| Kwame | my brother, Kwame Danquah |
| Leanne | Leanne Marsh, my social worker, Blakewold Exploitation and Missing Team |
| Marcus | Marcus Obi, my case manager, Blakewold Youth Justice Service (YJS) |
| Ms Adu | Efua Adu, my key worker at Blakewold Learning Centre |
| Tia | Tia Ross, Blakewold Missing Service (return home interviews) |
| PC Harvey | PC Ryan Harvey, Blakewold Police Exploitation Team |
| Sam | Sam Okoye, Blakewold CAMHS |
| Dwayne | Dwayne Pryce, coach at Blakewold Boxing Club |

## Why the grown-ups are worried (their words)

- Kofi has been missing from home five times since October 2025. On 04/12/2025 Coldmere police found him
  in a flat 40 miles away with two adult men and crack cocaine and heroin packed for sale.
- On 19/12/2025 he was arrested in Blakewold with 14 wraps of cannabis and £400 in cash, which led to his
  Referral Order.
- He has been seen getting into cars with two older men known to the police as "T" and "Bigz". He has a
  new phone and clothes nobody at home paid for.
- He was excluded after bringing a lock knife into school on 12/11/2025. He says he carried it because he
  was scared. On 03/01/2026 he came home with a cut hand that he would not explain.
- Mum works two late shifts a week, and on those evenings Kofi has been on his own until 10.30pm.

## What I think

- "I'm not a drug dealer. I did one favour and then I owed them."
- "I don't ever want to go back to Coldmere. I was scared the whole time. I didn't sleep."
- "If I block them they'll just find me. Someone needs to actually do something about T."
- "The Learning Centre is alright. Ms Adu doesn't shout."
- "I want to box properly and go to a proper school for Year 11."
- On Leanne's scale (0 is not safe at all, 10 is totally safe) I said I'm a 4. I want to be a 7 by the
  review.

## What's going OK

- I've been to every Referral Order session since 13/01/2026.
- I haven't been missing since 04/12/2025.
- I've been at the Learning Centre 89% of the time since January.
- Me and Mum talk more. She came to the conference and to my panel meeting.
- Kwame wants to help and has said I can go to his on Saturdays.

## What I want (and what the grown-ups want for me)

1. I'm safe from T, Bigz and anyone else who wants me to carry or sell drugs, and I don't go missing.
2. I'm home at night and Mum knows where I am.
3. I'm learning every day, and I start Year 11 at a mainstream school in September 2026.
4. I finish my Referral Order without breaking it and without getting into more trouble.
5. I've got things I like doing, people I trust to talk to, and I sleep better.

## My part

- **I'll be home** by 9pm on school nights and 10pm on Fridays and Saturdays, every night from 31/01/2026.
  *We'll know:* Mum writes the time I get in on the calendar in the kitchen, and Leanne looks at it on
  every visit.
- **I'll go to the Learning Centre** every weekday from 02/02/2026, 9.15am to 2.45pm.
  *We'll know:* the register. Ms Adu sends my attendance to Leanne and Marcus every Friday.
- **I'll text Marcus** the same day if anyone I don't know messages me, or if T, Bigz or anyone from
  Coldmere gets in touch. *We'll know:* Marcus writes each text down in his notes and we go through them
  at our Tuesday session.
- **I'll keep location sharing on** with Mum on my phone, every day from 31/01/2026 until the review
  conference. *We'll know:* Leanne checks with Mum at every visit that it's on.

## Me and Marcus

- **Me and Marcus will meet** every Tuesday at 4pm at the YJS office on Abbey Street until my order ends on
  11/10/2026, and work through my Referral Order contract. *We'll know:* the YJS attendance record, and my
  contract review at the panel meeting on 14/04/2026.
- **Me and Marcus will draw a map** of the people I know in Blakewold and Coldmere and who is safe, by
  24/02/2026. *We'll know:* the map goes on my YJS file, and Marcus shares it with PC Harvey and Leanne by
  27/02/2026.
- **Me and Marcus will go to Blakewold Boxing Club** together every Thursday at 6pm for six weeks from
  05/02/2026; after that I go on my own every Thursday. *We'll know:* the club register, which Dwayne
  signs and Marcus checks at the end of each month.

## Mum and Kwame

- **Mum will ring the police** on 101 (or 999 if she thinks I'm in danger) and text Leanne every time I'm
  more than 30 minutes past my curfew and not answering my phone. *We'll know:* a police reference
  number on Leanne's file each time.
- **Kwame will have me at his flat** every Saturday from 12 noon to 6pm, from 07/02/2026, so I'm not
  hanging around town. *We'll know:* Kwame texts Mum when I get there and when I leave, and Mum shows
  Leanne the texts on her visits.
- **Kwame will stay at ours** on the evenings Mum works a late shift (Mondays and Wednesdays) until she
  gets home at 10.30pm, from 02/02/2026. *We'll know:* Mum writes Kwame's name on the kitchen calendar for
  those nights, and Leanne sees it on her visits.

## The grown-ups' part

| Who | What they will do | When | How we'll know |
|---|---|---|---|
| Leanne Marsh, social worker | See Kofi on his own, one week at home and the next at the Learning Centre, and talk about where he has been, who with and how safe he feels | Every week until the review conference on 05/05/2026 | Visit notes with Kofi's own words and his safety score, on his file within 2 working days |
| Leanne Marsh, social worker | Make a National Referral Mechanism referral, because Kofi was made to carry and sell drugs | By 10/02/2026 | The Home Office acknowledgement, and the decision when it comes, on Kofi's file |
| Tia Ross, Blakewold Missing Service | Return home interview with Kofi after any time he goes missing | Within 72 hours of every return | Return home interview form sent to Leanne and PC Harvey within 72 hours |
| PC Ryan Harvey, Blakewold Police Exploitation Team | Serve child abduction warning notices on the men known as T and Bigz | By 17/02/2026 | Copies of the served notices on Kofi's file |
| PC Ryan Harvey | Put a marker on 9 Heron Walk so that any call from Mum about Kofi gets an urgent response | By 06/02/2026 | The marker reference number e-mailed to Leanne and Mum |
| Efua Adu, key worker, Blakewold Learning Centre | Check in with Kofi at 9.15am about his evening and night, and ring Leanne the same morning if he is not in by 10am | Every school day | The Learning Centre check-in sheet, e-mailed to Leanne every Friday |
| Efua Adu | Plan Kofi's move to Kingsgate School for Year 11 with Kofi, Mum and Kingsgate's SENCO | Reintegration meeting by 20/03/2026 | The reintegration plan, signed by Kofi, Mum and Kingsgate, on his file by 27/03/2026 |
| Sam Okoye, Blakewold CAMHS | Assess Kofi's sleep and how he is feeling since Coldmere, then see him every two weeks if he wants | First appointment by 24/02/2026, then fortnightly | A letter to Kofi and Leanne after the assessment saying what help he will get; Sam's monthly update to Leanne with the dates Kofi came |

## If things go wrong

- **If I go missing:** Mum rings 101 (or 999) straight away, and the police treat it as high risk because
  of Coldmere. Tia does my return home interview within 72 hours. If I was in Coldmere or with T or Bigz,
  Leanne holds a strategy discussion with the police within 24 hours of my return.
- **If I'm found with drugs, a lot of cash or a knife, or I come home hurt:** the police are called and
  Leanne holds a strategy discussion the same day. Leanne will ask her manager, Carl Whitby, for a legal
  planning meeting within 5 working days, to decide whether I need to live somewhere safer, away from
  Blakewold, for a while.
- **If Kwame can't have me on a Saturday or can't stay on a late-shift night** (he's working, he's ill,
  or it isn't working out), he or Mum texts Leanne that day. On a Saturday I go to the YJS Saturday
  project at Abbey Street, 12 noon to 4pm, with Marcus or the duty YJS worker. On a late-shift night Mum
  will ask her friend Grace Mensah (4 Heron Walk, checked by Leanne on 29/01/2026) to have me until she
  gets home; if Grace can't, Mum will swap her shift, and if she can't do that, Leanne or the Emergency
  Duty Team will arrange for me to stay with a foster carer that night.
- **If I go missing three times in a month, or I'm found with T or Bigz after the warning notices,**
  Leanne will ask for a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks, Tuesdays at 5pm at the YJS office, straight after my session with Marcus:
  24/02/2026, 24/03/2026 and 21/04/2026. I'll come to the first part of each one.
- Referral Order panel review: 14/04/2026.
- Review child protection conference: Tuesday 05/05/2026 at 2pm, Blakewold Civic Centre. I want to go,
  with Marcus.

Agreed by: Kofi Danquah · Abena Danquah · Kwame Danquah · Leanne Marsh · Marcus Obi · 30/01/2026

Leanne Marsh, social worker · 07700 900 318 · Emergency Duty Team (after 5pm and weekends) 01632 960 999
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Part 1 for the grown-ups, Part 2 "My plan" by an 8-year-old: a table
#    with a picture line, short words and a grown-ups' note in each row, and
#    Who is helping me / When / How we will know it is working. Faulty (pdf)
# ---------------------------------------------------------------------------
_TAMSETT_ROWS = [
    ["[picture of a house with a smiley face]\nLisa will come to my house every week and talk to me on my "
     "own.\n(For grown-ups: home visits, at least one in three unannounced, seeing Harley and Isla on "
     "their own.)",
     "Lisa (my social worker)",
     "Every week until the big meeting on 30/04/2026",
     "Lisa writes down what I tell her and reads it back to me. (Visit records on file within 2 working "
     "days.)"],
    ["[picture of a police car]\nThe police will put a special note on our house so they come fast if Mum "
     "rings.\n(For grown-ups: a domestic abuse marker on 5 Wren Close.)",
     "PC Amy Clarke (Bowdenmere Police)",
     "By 13/02/2026",
     "Lisa gets the marker number and tells Mum."],
    ["[picture of two people talking]\nNadia will meet Mum every week and help her make a safety plan, so "
     "Mum knows what to do if Dad comes.\n(For grown-ups: IDVA support and a written safety plan.)",
     "Nadia Rahman (Safe Haven domestic abuse service)",
     "Every week for 12 weeks from 12/02/2026; safety plan written by 26/02/2026",
     "Mum has her safety plan written down and Lisa has a copy."],
    ["[picture of the sun coming out from behind a cloud]\nMum will get help from Talking Therapies with "
     "her worried feelings and her panic attacks.\n(For grown-ups: CBT for Rachel's anxiety.)",
     "Gareth Lyle (Bowdenmere Talking Therapies)",
     "Every Tuesday for 12 weeks from 17/02/2026",
     "Mum will feel better."],
    ["[picture of a teacher with glasses]\nMrs Begum will keep an eye on me at school and let me go to the "
     "calm corner when I feel cross.",
     "Mrs Begum (my teacher)",
     "Every school day",
     "Mrs Begum keeps an eye on how I am."],
    ["[picture of a feelings thermometer]\nMrs Hollis will do ELSA sessions with me about my feelings and my "
     "worries.",
     "Mrs Hollis (the ELSA at my school)",
     "Every Thursday for 8 weeks from 12/02/2026",
     "I fill in my feelings thermometer every week, and Mrs Hollis sends it to Lisa."],
    ["[picture of me, Isla and Dad playing a board game]\nMe and Isla will see Dad at the contact centre, "
     "with Kerry there.\n(For grown-ups: supervised contact with Jason.)",
     "Kerry Lomas (contact worker, Bowdenmere Family Contact Centre)",
     "Every other Saturday, 10am to 11am, from 14/02/2026",
     "Kerry writes a contact record and Lisa reads it. I tell Lisa how it went."],
    ["[picture of a man at a table with a book]\nDad will go on a course called Choosing Change, to learn to "
     "be safe and kind at home.\n(For grown-ups: a domestic abuse perpetrator programme.)",
     "Dad (Jason), with Adam from Choosing Change",
     "As soon as possible",
     "Adam tells Lisa every week that Dad has been."],
    ["[picture of a group of mums round a table]\nMum will go to the Freedom Programme to learn about "
     "keeping safe.",
     "Mum",
     "Wednesday mornings for 11 weeks from 18/02/2026",
     "The Freedom Programme sends Lisa the register."],
    ["[picture of a key and a door chain]\nMum will be helped to get new locks and a chain on our front "
     "door.",
     "-",
     "By 20/02/2026",
     "Lisa sees the new locks."],
    ["[picture of a new house]\nLisa will help Mum ask the council for a move to a house away from our "
     "road.\n(For grown-ups: a housing transfer application on safety grounds.)",
     "Lisa",
     "By 06/03/2026",
     "A letter from the council saying we are on the list."],
    ["[picture of a bed with a star]\nDr Shah will help me to stop wetting the bed.\n(For grown-ups: GP "
     "review, and a referral to the enuresis clinic if needed.)",
     "Dr Shah (my doctor)",
     "-",
     "Dr Shah writes to Mum and Lisa about what will help."],
    ["[picture of Isla with her teddy]\nMiss Dee at nursery will help Isla to talk and play again, and tell "
     "Lisa if Isla is upset.",
     "Miss Dee (Isla's key person at Bumblebees Nursery)",
     "Every day Isla is at nursery; a note to Lisa every Friday",
     "Miss Dee's note says how many words Isla used that week and who she played with."],
    ["[picture of a card with phone numbers on it]\nMum and Lisa will help me make my own safety card: who I "
     "can tell, where I can go, and how to ring 999.",
     "Mum and Lisa",
     "By 19/02/2026",
     "My safety card is in my school bag, and I can tell Lisa what it says."],
]

PLANS.append({
    "name": "b184_bowdenmere_my_plan_pictures_who_is_helping_me_tamsett.pdf",
    "doc_title": "Harley and Isla's child protection plan",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "Bowdenmere Council · Children's Services · Child protection plan for Harley and Isla Tamsett",
    "footer": "Initial conference 05/02/2026 · Harley's plan · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-part-1-for-the-grown-ups-kv-details-what-happened-going-well-what-harley-and-isla-told-us-outcomes-then-part-2-my-plan-by-harley-age-8-table-picture-line-short-words-and-for-grown-ups-note-in-each-row-who-is-helping-me-when-how-we-will-know-it-is-working-then-what-if-and-part-3-meetings",
    "description": (
        "Initial conference plan for an 8-year-old boy and his 4-year-old sister after their father "
        "pushed their mother into a door (the fourth police call-out); the father is on bail and the "
        "mother has anxiety and panic attacks. Part 1 is for the grown-ups (details, what happened, what "
        "is going well, the children's words, outcomes); Part 2 is 'My plan', written by the social "
        "worker with the boy in his words: one table whose rows each hold a picture described in words, "
        "a short line and a note for grown-ups, with 'Who is helping me', 'When' and 'How we will know "
        "it is working' columns. Faults: Talking Therapies only helping the mother, measured by 'Mum "
        "will feel better'; the teacher's 'keep an eye on me' measured only by 'keeps an eye on how I "
        "am'; the father's programme 'As soon as possible'; new locks that 'Mum will be helped' to get, "
        "with '-' for who; the GP's help with bed-wetting with '-' for when; and a 'What if' part that "
        "only says the grown-ups will meet and talk if things do not get better."
    ),
    "blocks": [
        ("title", "Harley and Isla's child protection plan"),
        ("p", "Part 1 is for the grown-ups. Part 2 is Harley's own plan, which Lisa wrote with Harley on "
              "10/02/2026 in his words. Part 2 is the plan everyone is working to."),
        ("h1", "Part 1: For the grown-ups"),
        ("kv", [
            ("Children", "Harley Tamsett, 8 (born 11/05/2017), Year 3 at Bowdenmere Church Primary School; "
                         "Isla Tamsett, 4 (born 30/09/2021), at Bumblebees Nursery"),
            ("Mum", "Rachel Tamsett (33), 5 Wren Close, Bowdenmere BD2 9QS"),
            ("Dad", "Jason Pike (35), the children's father, now living with his mother in Hatfield Lane. "
                    "On police bail until 10/03/2026, with conditions not to go to Wren Close or contact "
                    "Rachel"),
            ("Nana", "Carol Tamsett, Rachel's mum, 40 Hawthorn Road"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Lisa Farrant, Bowdenmere Family Safeguarding Team (team manager: Deepa Shah)"),
            ("Chair", "Martin Oakes, independent reviewing officer"),
        ]),
        ("h2", "What happened"),
        ("p", "On 11/01/2026 a neighbour called the police because of screaming at 5 Wren Close. Jason had "
              "pushed Rachel into the kitchen door and broken her phone. Harley took Isla into his wardrobe "
              "and put his headphones on her. This was the fourth time the police had been called to the "
              "house since May 2025. Rachel has had anxiety and panic attacks for two years, and her GP "
              "referred her to Bowdenmere Talking Therapies in December 2025."),
        ("p", "Since Christmas Harley has started wetting the bed again, and he has hit other children in "
              "the playground three times. Isla has become clingy and has stopped talking at nursery."),
        ("h2", "What is going well"),
        ("bullets", [
            "Rachel has ended the relationship and supports the bail conditions.",
            "Rachel has met Nadia, the IDVA, twice and wants to do the Freedom Programme.",
            "Harley told his teacher what happened, and he trusts her.",
            "Nana Carol lives close by and sees the children most weekends.",
            "Jason has said he wants to see the children and accepts he needs help.",
        ]),
        ("h2", "What Harley and Isla have told us"),
        ("p", "Harley, talking to Lisa at school on 22/01/2026: \u201cWhen Dad shouts I take Isla in my "
              "wardrobe and put my headphones on her.\u201d \u201cI want to see Dad, but not at our "
              "house.\u201d \u201cI want Mum to stop crying.\u201d In his house of dreams he drew Mum, Isla, "
              "his dog Biscuit and a new front door \u201cwith a big lock\u201d."),
        ("p", "Isla told her key person, with a doll, \u201cDaddy broke Mummy's phone\u201d, and hid the "
              "doll under a blanket. At home she follows Rachel from room to room and cries if Rachel goes "
              "upstairs without her."),
        ("h2", "What we want for Harley and Isla"),
        ("numbers", [
            "Harley and Isla live in a home where no one is hurt or frightened, and where their dad only "
            "comes when everyone has agreed it is safe.",
            "Harley and Isla see their dad in a way that is safe and that they enjoy.",
            "Harley's worries are heard: he stops wetting the bed and is not in trouble at school for "
            "hitting.",
            "Isla talks and plays at nursery again.",
        ]),
        ("h1", "Part 2: My plan (by Harley, age 8)"),
        ("p", "[picture: Harley and his dog Biscuit, drawn by Harley]"),
        ("p", "Hello. This is my plan. It says what the grown-ups are going to do to help me and Isla feel "
              "safe, who is helping me, when, and how we will know it is working. Lisa helped me write it. "
              "The bits in brackets are for grown-ups."),
        ("table", {
            "header": ["What is going to happen", "Who is helping me", "When", "How we will know it is working"],
            "widths": [6.8, 3.4, 3.2, 3.6],
            "rows": _TAMSETT_ROWS,
        }),
        ("h2", "What if things don't get better?"),
        ("p", "[picture of grown-ups sitting round a table]"),
        ("p", "If things don't get better, or the plan isn't followed, the grown-ups will have a meeting to "
              "talk about what to do next to keep me and Isla safe."),
        ("p", "(For grown-ups: if there are further concerns, Lisa will call an early core group to review "
              "the plan.)"),
        ("h1", "Part 3: Meetings (for the grown-ups)"),
        ("bullets", [
            "Core group every four weeks at Bowdenmere Family Hub, Thursdays at 9.30am: 19/02/2026, "
            "19/03/2026 and 16/04/2026.",
            "Review child protection conference: Thursday 30/04/2026 at 10am, Bowdenmere Civic Centre. "
            "Harley would like to draw a picture for it.",
            "If Harley and Isla are not safer by the review conference, Lisa will ask Deepa Shah (team "
            "manager) for a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("H001", "Mum will get help from Talking Therapies with her worried feelings"),
        F("M002", "Mum will get help from Talking Therapies with her worried feelings"),
        F("M002", "Mrs Begum will keep an eye on me at school"),
        F("T002", "Dad will go on a course called Choosing Change"),
        F("W001", "Mum will be helped to get new locks and a chain"),
        F("T001", "Dr Shah will help me to stop wetting the bed"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Family group conference plan: "We, the Oyelaran family, agree" items
#    with Who / When / How we'll know lines, then the professionals' plan in
#    Lead / Will / When / How we'll know blocks. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_byrestone_fgc_we_the_family_agree_then_professionals_oyelaran.txt",
    "split": "tune",
    "actions": 16,
    "template": "fgc-and-cp-plan-txt-caps-headings-equals-rules-conference-lines-who-came-about-the-children-why-called-going-well-what-the-children-said-outcomes-then-part-one-our-family-plan-we-the-family-agree-numbered-items-with-who-when-how-well-know-lines-signed-then-part-two-professionals-plan-p-numbered-blocks-lead-will-when-how-well-know-then-if-the-plan-is-not-working-meetings",
    "description": (
        "A family group conference plan that is also the child protection plan for an 11-year-old, a "
        "7-year-old and a 14-month-old whose mother uses cocaine and drinks at weekends and left them "
        "alone at night. Part One is the family's own plan, written in private family time ('We, the "
        "Oyelaran family, agree'), numbered items each with Who / When / How we'll know lines (the "
        "grandmother's weekend nights, the aunt's school runs, the mother's 'I, Funmi, will' items); Part "
        "Two is the professionals' plan in P-numbered Lead / Will / When / How we'll know blocks. "
        "Faults: 'We will all take turns' to ring the mother, owned by 'All of us'; the uncle's football "
        "'When he can'; the recovery worker's key work measured by 'Funmi's engagement with the "
        "service'; the health visitor's ASQ-3 review with '-' for how we'll know; a contingency that "
        "sends the children to the grandmother and says nothing of what happens if the family's help "
        "fails; and a review conference 'to be arranged'."
    ),
    "text": """\
BYRESTONE COUNCIL - CHILDREN'S SERVICES
FAMILY GROUP CONFERENCE PLAN AND CHILD PROTECTION PLAN
KEMI, TOBI AND DEJI OYELARAN
=====================================================================

Family group conference:  Saturday 14/02/2026, 10am to 3.30pm, Byrestone Community Centre
FGC coordinator:          Ruth Kilbride, Byrestone Family Group Conference Service
Initial conference:       20/01/2026 (category: neglect, all three children)
Social worker:            Chioma Eze, Byrestone Safeguarding Team North
Team manager:             Graham Pollard

This plan has two parts. Part One is the family's own plan, written by the family in private family
time and typed up by Ruth in the family's words. Part Two is the professionals' plan, agreed with the
family when the professionals came back into the room. Chioma and the family agreed that the two parts
together are the children's child protection plan.


WHO CAME
---------------------------------------------------------------------
Funmi Oyelaran (Mum); Grandma Bisi (Bisi Oyelaran, Funmi's mum); Auntie Yemi (Yemi Adeyemi, Funmi's
sister); Uncle Segun (Segun Oyelaran, Funmi's brother); Pastor Daniel Ajayi (family friend, Byrestone
Grace Chapel); Kemi, for the first hour, with her advocate Sade Bello. Tobi and Deji were with a
childminder. The children's father, Dele Martins, was invited and did not come.


ABOUT THE CHILDREN
---------------------------------------------------------------------
Kemi Oyelaran, 11 (born 03/03/2014), Year 6, St Luke's CE Primary School
Tobi Oyelaran, 7 (born 19/08/2018), Year 3, St Luke's CE Primary School
Deji Oyelaran, 14 months (born 02/12/2024)
All three live with Funmi at 27 Kestrel Road, Byrestone BY3 8JD.


WHY THE FAMILY GROUP CONFERENCE WAS CALLED
---------------------------------------------------------------------
Funmi has been using cocaine and drinking at weekends since the summer of 2025. On 27/12/2025 the
police found Kemi (11) looking after Tobi and Deji at 1am; Funmi had gone out and came home drunk at
3am. Kemi has told her teacher that she often puts Deji to bed and gives him his milk. Deji has missed
his 12-month review and two immunisations, and his weight has dropped from the 50th to the 25th
centile. There is often no food in the house at the end of the week. Funmi's hair strand test in
January 2026 was positive for cocaine. Kemi's attendance is 88% and she is tired in class.


WHAT IS GOING WELL
---------------------------------------------------------------------
- Funmi has been honest with Chioma about the cocaine and the drinking, and went to her first
  appointment at Byrestone Recovery on 03/02/2026.
- The family came together quickly. Grandma Bisi had all three children for two weeks after
  27/12/2025.
- Kemi and Tobi are loved and proud of their family. Tobi is doing well at school.
- Deji is a smiley baby who crawls to his mum and to Grandma.


WHAT THE CHILDREN SAID
---------------------------------------------------------------------
Kemi told Sade before the conference, and Sade read it out: "I want Mum to stop going out. I don't mind
helping with Deji but I don't want to be the mum." "I like going to Grandma's. She makes jollof and we
watch films." "I want to do football again."

Tobi told Chioma on 10/02/2026: "Mum is fun but sometimes she sleeps all day Sunday." He drew his
family with Grandma in the middle.

Deji is too young to tell us. At Chioma's visits he babbles and crawls to Funmi, but on 06/02/2026 he
had a full nappy and a sore rash, and there was no milk in the fridge.


WHAT WE WANT FOR THE CHILDREN
---------------------------------------------------------------------
1. Kemi, Tobi and Deji are always looked after by a sober adult, day and night.
2. Kemi can be a child: she does not care for Tobi or Deji, and she goes to football and sees her
   friends.
3. Deji has all his health checks and immunisations, and his weight gets back to the 50th centile.
4. There is food in the house every day, and Kemi and Tobi get to school on time.


=====================================================================
PART ONE: OUR FAMILY PLAN
Written by the family in private family time, 14/02/2026
=====================================================================

We, the Oyelaran family, agree to do these things so that Kemi, Tobi and Deji are safe and
looked after:

1.  Deji and Tobi will sleep at Grandma Bisi's house (12 Elm Grove) every Friday and Saturday night,
    and Kemi too if she wants, so there is always a sober adult with them at the weekend.
    Who:             Grandma Bisi
    When:            Every Friday and Saturday night from 20/02/2026 until the review conference
    How we'll know:  Grandma writes in her diary who stayed each night and shows Chioma at her visits.

2.  Auntie Yemi will pick Kemi and Tobi up from school on Mondays and Wednesdays, give them their tea
    at her flat and take them home at 6pm.
    Who:             Auntie Yemi
    When:            Every Monday and Wednesday from 16/02/2026
    How we'll know:  St Luke's writes down who collects the children, and Yemi texts Funmi when she
                     drops them home.

3.  We will all take turns to ring Funmi at 7pm every evening, to check she is at home and sober with
    the children.
    Who:             All of us
    When:            Every evening at 7pm from 14/02/2026
    How we'll know:  We write each call in the family WhatsApp group, and Grandma shows the messages
                     to Chioma at her visits.

4.  Uncle Segun will take Kemi and Tobi to football at Byrestone Juniors.
    Who:             Uncle Segun
    When:            When he can
    How we'll know:  The club's register, and Kemi and Tobi tell Chioma how it went.

5.  I, Funmi, will not use cocaine or drink alcohol at any time the children are with me, and I will
    let Chioma book a hair strand test for April.
    Who:             Funmi
    When:            Every day from 14/02/2026; hair strand test by 30/04/2026
    How we'll know:  The saliva tests at Byrestone Recovery and the hair strand result, which Chioma
                     will share with the family and the core group.

6.  I, Funmi, will take Deji for his missed immunisations and then to the baby clinic at Byrestone
    Family Hub to be weighed every month.
    Who:             Funmi
    When:            Immunisations on 24/02/2026; weighing on the first Tuesday of every month from
                     03/03/2026
    How we'll know:  Deji's weights and immunisations written in his red book, which Funmi shows
                     Chioma.

7.  Grandma Bisi will give Kemi a mobile phone with all our numbers in it, so that Kemi can ring one
    of us any time she is worried or Mum is not home.
    Who:             Grandma Bisi
    When:            By 21/02/2026
    How we'll know:  Kemi shows Chioma the phone and the numbers at her next visit.

8.  Funmi and Grandma Bisi will go food shopping together every Thursday, after Funmi's money goes in,
    and put a list of the week's meals on the fridge.
    Who:             Funmi and Grandma Bisi
    When:            Every Thursday from 19/02/2026
    How we'll know:  Chioma sees food in the cupboards and the meal list on the fridge at her visits.

Signed by the family: Funmi Oyelaran, Bisi Oyelaran, Yemi Adeyemi, Segun Oyelaran, Daniel Ajayi


=====================================================================
PART TWO: THE PROFESSIONALS' PLAN
Agreed with the family at the family group conference, 14/02/2026
=====================================================================

P1. Lead:            Chioma Eze, social worker
    Will:            Visit the children at home, with at least one visit in three unannounced, and
                     see Kemi and Tobi on their own each time.
    When:            Every week until the review conference
    How we'll know:  Visit records with what the children say, whether there is food in the house
                     and how Deji looks, on file within 2 working days.

P2. Lead:            Jo Whitcombe, recovery worker, Byrestone Recovery (drug and alcohol service)
    Will:            Key-work sessions with Funmi about her cocaine and alcohol use, and a plan
                     with her to stop.
    When:            Every Tuesday at 11am from 17/02/2026
    How we'll know:  Funmi's engagement with the service.

P3. Lead:            Hayley Dunn, health visitor, Byrestone 0-19 Service
    Will:            A developmental review of Deji (ASQ-3), the review he missed at 12 months.
    When:            By 13/03/2026
    How we'll know:  -

P4. Lead:            Mr Dev Patel, designated safeguarding lead, St Luke's CE Primary School
    Will:            Check Kemi's and Tobi's attendance and punctuality, and ask Kemi each Monday
                     how her weekend was.
    When:            Every week from 16/02/2026
    How we'll know:  A weekly e-mail to Chioma with both children's attendance and what Kemi said.

P5. Lead:            Chioma Eze, social worker
    Will:            Book Funmi's hair strand test (three months, cocaine and alcohol) and share the
                     result with Funmi, the family and the core group.
    When:            Test by 30/04/2026; result shared within 5 working days of it coming back
    How we'll know:  The laboratory report on file, and the result written in the core group notes.

P6. Lead:            Sade Bello, independent advocate, Byrestone Children's Advocacy
    Will:            Meet Kemi before each core group and take her views to the meeting in writing.
    When:            In the week before every core group
    How we'll know:  Kemi's written views read out at each core group and kept with the notes.

P7. Lead:            Martin Cole, family support worker, Byrestone Early Help
    Will:            Eight weekly sessions at home with Funmi on routines, bedtimes and meals for the
                     three children.
    When:            Thursdays at 2pm, 19/02/2026 to 09/04/2026
    How we'll know:  A home conditions and routines checklist scored at the first and last sessions,
                     with both scores sent to Chioma.

P8. Lead:            Dr Anand Mistry, GP, Kestrel Road Medical Centre
    Will:            See Funmi about her drinking (AUDIT) and cocaine use, check her physical health,
                     and write to Chioma and Jo with what he finds and whether she needs a detox
                     referral.
    When:            By 06/03/2026
    How we'll know:  The GP's letter on Chioma's file by 13/03/2026.


IF THE PLAN IS NOT WORKING
---------------------------------------------------------------------
- If Funmi has used cocaine or been drinking while she is looking after the children (a positive
  saliva test, or the family or the school sees her drunk or high), the children will go to Grandma
  Bisi's that day and stay there until Chioma and the family agree it is safe for them to go home.
  Chioma will hold a strategy discussion with the police the same day.
- If Funmi goes out and leaves the children on their own, or leaves Kemi in charge, Kemi rings
  Grandma or 999. The police will be called, and Chioma will hold a strategy discussion the same day.
- If Deji misses another immunisation or clinic weighing, Hayley will visit that week and weigh him
  at home.
- If the children are not safer by the review conference, or Funmi has a positive test after
  14/02/2026, Chioma will ask Graham Pollard for a legal planning meeting within 5 working days.


MEETINGS
---------------------------------------------------------------------
Core group:                  every four weeks at Byrestone Family Hub, Wednesdays at 10am:
                             25/02/2026, 25/03/2026 and 22/04/2026
Review of the family plan:   25/03/2026, with Ruth, after the core group
Review conference:           date to be arranged by the conference team

Typed by Ruth Kilbride, 16/02/2026, and sent to everyone who came.
""",
    "findings": [
        F("W002", "We will all take turns to ring Funmi at 7pm"),
        F("T002", "Uncle Segun will take Kemi and Tobi to football"),
        F("M002", "Key-work sessions with Funmi about her cocaine and alcohol use"),
        F("M001", "A developmental review of Deji (ASQ-3), the review he missed"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A disabled child's plan where "we" is Mum and Dad: how Mae tells us
#    things, Mae's days, her brother's words, then "Our part", "Nanna Mo's
#    part" and "What the services will do" tables. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_bellacre_disabled_child_our_part_we_services_named_hartigan.pdf",
    "doc_title": "Mae's plan - child protection plan for Mae Hartigan",
    "split": "tune",
    "actions": 16,
    "min_pages": 3,
    "header": "Bellacre City Council · Disabled Children's Team · Child protection plan: Mae Hartigan",
    "footer": "Written with Siobhan and Ryan Hartigan, 13/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "disabled-child-cp-plan-paged-header-footer-we-means-mum-and-dad-note-details-table-how-mae-tells-us-things-communication-table-why-going-well-maes-days-what-callum-says-outcomes-then-our-part-we-will-when-how-everyone-will-know-table-nanna-mos-part-table-what-the-services-will-do-no-who-what-when-how-table-then-if-things-go-wrong-meeting-again-agreed-by",
    "description": (
        "Exemplary initial conference plan for a 7-year-old girl with four-limb cerebral palsy, "
        "epilepsy and a gastrostomy, who does not use words: her weight has fallen to the 2nd centile, "
        "overnight feeds and epilepsy medicines have been missed, she has a pressure sore and has missed "
        "five hospital appointments; her father, her main carer in the day, drinks most evenings and "
        "her mother works nights. Written with the parents: 'we' means Mum and Dad, and says so. A "
        "communication table (how Mae tells us things), Mae's days and her 12-year-old brother's words "
        "give her voice; the plan is an 'Our part' table (We will / When / How everyone will know), a "
        "'Nanna Mo's part' table and a 'What the services will do' table naming each worker. The "
        "alcohol service reports on change, the grandmother's help has fallbacks, legal planning "
        "follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Mae's plan"),
        ("p", "This is Mae's child protection plan from her initial child protection conference on "
              "10/02/2026. In this plan, \u201cwe\u201d means us, Mae's mum and dad, Siobhan and Ryan "
              "Hartigan. We wrote our part with Dionne, Mae's social worker, on 13/02/2026. The services' "
              "part names the worker who will do each thing."),
        ("table", {
            "rows": [
                ["Mae", "Mae Hartigan, 7 (born 08/06/2018). Four-limb cerebral palsy and epilepsy; fed by "
                        "gastrostomy; does not use words. Class 3, Oakfield Special School."],
                ["Brother", "Callum Hartigan, 12, Year 8 at Bellacre Park Academy"],
                ["Mum", "Siobhan Hartigan (36). Works nights as a care assistant, four nights a week"],
                ["Dad", "Ryan Hartigan (38). Mae's main carer in the day"],
                ["Home", "41 Tansy Road, Bellacre BL7 3WE"],
                ["Nanna Mo", "Maureen Doyle (63), Siobhan's mum, 2 Sorrel Close, Bellacre"],
                ["Category", "Neglect"],
                ["Social worker", "Dionne Akers, Disabled Children's Team (team manager: Louise Hart)"],
                ["Chair", "Robert Fenn, independent reviewing officer"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h2", "How Mae tells us things"),
        ("p", "Mae doesn't use words. She talks with her eyes, her face, her sounds and her body. This is "
              "what we, her school and her nurse have seen:"),
        ("table", {
            "header": ["When Mae ...", "It usually means ..."],
            "widths": [8.0, 9.0],
            "rows": [
                ["looks at something, then back at you, and smiles", "\u201cI want that\u201d or \u201cyes\u201d"],
                ["turns her head away and closes her eyes", "\u201cno\u201d, or \u201cI've had enough\u201d"],
                ["makes a low moaning sound and arches her back",
                 "\u201cI'm in pain or uncomfortable\u201d: often her hip, or her tummy if a feed runs too fast"],
                ["kicks her legs and squeals", "\u201cI'm happy\u201d: she does this for Callum, for Nanna Mo "
                                              "and for music"],
                ["goes very still and stares", "she may be having an absence seizure: time it and write it in "
                                               "her seizure diary"],
            ],
        }),
        ("h2", "Why Mae has a plan"),
        ("p", "Since September 2025 Mae has lost 1.4kg, and her weight has fallen from the 25th to the 2nd "
              "centile. On several nights in January her overnight feed was not set up, and she came to "
              "school hungry. On 14/01/2026 the school nurse found a grade 2 pressure sore on her left hip. "
              "The returned blister packs show that her epilepsy medicines were missed on at least four "
              "days in January. She has missed five hospital appointments since the summer (dietitian, "
              "orthopaedic clinic, two epilepsy clinics and the wheelchair service)."),
        ("p", "Ryan told Dionne that he drinks six to eight cans most evenings to cope, and on 22/01/2026 "
              "the school transport escort smelled alcohol on him at 8am. Siobhan works nights and sleeps "
              "in the day. We have both said we are exhausted: Mae's short breaks stopped in 2024 and have "
              "not started again. Callum has been setting up Mae's feeds when Ryan is asleep."),
        ("h2", "What is going well"),
        ("bullets", [
            "Mae is loved. She squeals when Callum comes in, and she settles best in Siobhan's arms.",
            "We asked for short breaks ourselves, and we came to the conference together.",
            "Ryan went to his first appointment at Bellacre Alcohol and Drug Service on 09/02/2026.",
            "Nanna Mo is close by and wants to help more.",
            "Oakfield School knows Mae well, and her feeds and medicine at school are always on time.",
        ]),
        ("h2", "Mae's days"),
        ("p", "Mae's school transport comes at 8.10am. At school she has her 11am feed, physio twice a "
              "week and music every afternoon, which she loves: she kicks and squeals when the guitar "
              "comes out. Her teacher says she is more tired and floppy than last year, and that on "
              "Mondays she often arrives hungry. When Dionne visited on 05/02/2026, Mae had been in her "
              "wheelchair for over four hours. She moaned and arched her back, and relaxed and smiled when "
              "Ryan lifted her onto her side-lying cushion. Her overnight feed had not been set up the "
              "night before."),
        ("h2", "What Callum says"),
        ("p", "Callum told Dionne on his own on 06/02/2026: \u201cI do Mae's feed sometimes when Dad's "
              "asleep on the sofa. I don't mind, but I don't always know if I've done it right.\u201d "
              "\u201cI just want Mae not to be in pain.\u201d \u201cI want to go to football on "
              "Saturdays again.\u201d"),
        ("h2", "What we want for Mae"),
        ("numbers", [
            "Mae gets every feed and every dose of her medicine on time, every day, and her weight climbs "
            "back to the 9th centile by the review conference and the 25th by the summer.",
            "Mae's skin is healthy: her pressure sore heals and no new sores appear.",
            "Mae goes to every hospital and therapy appointment she needs, and has the equipment she needs "
            "to be comfortable day and night.",
            "Mae is cared for by a sober adult, every day and every night.",
            "Callum can be Mae's brother, not her carer: he does not set up her feeds or give her medicine.",
        ]),
        ("h2", "Our part: what we, Siobhan and Ryan, will do"),
        ("table", {
            "header": ["No.", "We will", "When", "How everyone will know"],
            "widths": [1.0, 6.8, 3.9, 5.3],
            "rows": [
                ["1", "Give Mae all five of her feeds through her pump at the times on her feeding plan (7am, "
                      "11am at school, 3pm, 7pm, and overnight from 10pm to 6am), and never ask Callum to set "
                      "up a feed",
                 "Every day from 11/02/2026",
                 "We tick each feed on the feed chart by the pump. Joanne checks the chart at every visit, "
                 "and school writes the 11am feed in Mae's home diary."],
                ["2", "Give Mae her epilepsy medicines at 8am and 8pm from the blister packs Hale's Pharmacy "
                      "makes up",
                 "Every day, at 8am and 8pm",
                 "We sign the medicine chart each time. Hale's Pharmacy checks the returned blister packs "
                 "every Friday and tells Dionne if any dose is left in them."],
                ["3", "Turn Mae every three hours at night, and check her skin all over at bath time",
                 "Every night, and every bath time",
                 "We fill in the turning and skin chart. Joanne looks at the chart and at Mae's hip at every "
                 "visit and writes down the grade of the sore."],
                ["4", "Take Mae to every hospital and therapy appointment on the calendar Dionne gave us",
                 "Every appointment as booked (next: dietitian 24/02/2026, orthopaedic clinic 10/03/2026)",
                 "Clinic letters are copied to Dionne, and the hospital's record shows no missed "
                 "appointments."],
                ["5", "Ryan will not drink alcohol on the days he looks after Mae on his own (Monday to "
                      "Thursday) or the evening before, and will take a breath test whenever Dionne or "
                      "Joanne visits on those days",
                 "Every Monday to Thursday from 11/02/2026",
                 "Breath test readings written on the visit record; every reading should be zero."],
                ["6", "Use Mae's short-break nights at Larkfield House, so that we can sleep and have time "
                      "with Callum",
                 "Friday 27/02/2026, then the second and fourth Friday of every month",
                 "Larkfield House's record of each stay, sent to Dionne at the end of every month."],
            ],
        }),
        ("h2", "Nanna Mo's part"),
        ("p", "Nanna Mo (Maureen Doyle) agreed to this at the conference."),
        ("table", {
            "header": ["No.", "Nanna Mo will", "When", "How everyone will know"],
            "widths": [1.0, 6.8, 3.9, 5.3],
            "rows": [
                ["7", "Come to help with Mae's 7pm feed, her bath, her skin check and bedtime, so that Ryan "
                      "is not on his own at the end of the day",
                 "Every Tuesday and Thursday, 5pm to 8.30pm, from 12/02/2026",
                 "Mo signs the feed chart and the skin chart on those evenings."],
                ["8", "Have Callum to stay, so that he has time for himself and can go to his Saturday "
                      "football club",
                 "Every Friday night to Saturday teatime, from 13/02/2026",
                 "The club's register shows Callum goes, and Callum tells Dionne about his weekends when "
                 "she sees him on his own."],
            ],
        }),
        ("h2", "What the services will do"),
        ("table", {
            "header": ["No.", "Who", "What they will do", "When", "How we will know"],
            "widths": [1.0, 3.4, 5.2, 3.2, 4.2],
            "rows": [
                ["9", "Dionne Akers, social worker",
                 "Visit at home, with at least one visit in three unannounced; see Mae, look at her feed, "
                 "medicine and skin charts, and see Callum on his own every other visit",
                 "Every week until the review conference on 12/05/2026",
                 "Visit records saying how Mae looked and responded, what the charts showed and what Callum "
                 "said, on file within 2 working days"],
                ["10", "Joanne Pell, community children's nurse",
                 "Home visits to check Mae's gastrostomy, feeds and skin; weigh Mae at every other visit",
                 "Twice a week (Mondays and Thursdays) until the review conference",
                 "Mae's weight plotted on her growth chart and sent to Dionne every fortnight; the grade of "
                 "the sore written in the nursing record at each visit"],
                ["11", "Priya Shah, paediatric dietitian, Bellacre Children's Hospital",
                 "Review Mae's feeding plan and change the volumes so that she gains weight",
                 "24/02/2026, then every month until she is back on the 9th centile",
                 "A new written feeding plan to us, Joanne and school within 2 days of each review"],
                ["12", "Dr Aisha Karim, community paediatrician",
                 "Check Mae's growth, hips, pressure sore and epilepsy medicines",
                 "By 03/03/2026, and again in the week before the review conference",
                 "Clinic letter to us and Dionne after each appointment, saying what she found"],
                ["13", "Mrs Lorna Bright, class teacher and DSL, Oakfield Special School",
                 "Give Mae her 11am feed, keep her seizure log and check her skin at changing times; ring "
                 "Dionne the same day if Mae arrives hungry, has missed her morning medicine or has sore "
                 "skin",
                 "Every school day",
                 "The school health care log, e-mailed to Dionne every Friday"],
                ["14", "Tom Reilly, recovery worker, Bellacre Alcohol and Drug Service",
                 "Key-work sessions with Ryan about his drinking, with a breath test at each session, and a "
                 "written report on whether Ryan is keeping to no drinking on care days and can keep it up",
                 "Every week from 16/02/2026; report by 20/04/2026",
                 "Breath test results e-mailed to Dionne monthly; the report shared with the core group by "
                 "20/04/2026"],
                ["15", "Kieran Lowe, occupational therapist, Disabled Children's Team",
                 "Assess Mae for a pressure-relieving mattress and a night-time positioning system, and "
                 "order them",
                 "Assessment by 20/02/2026; equipment delivered by 13/03/2026",
                 "The delivery note on file; Joanne checks at her next visit that the mattress is in use"],
                ["16", "Sue Whitely, carers' support worker, Bellacre Carers Centre",
                 "Carers' assessment for us, and a young carer's assessment for Callum, each with a written "
                 "support plan",
                 "By 13/03/2026",
                 "The written support plans copied to Dionne and shared at the core group on 24/03/2026"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Mae misses two feeds in a day or any dose of her epilepsy medicine, or she loses weight at "
            "two weighings in a row: Joanne or school rings Dionne the same day, Dionne visits that day, "
            "and Dr Karim sees Mae within 2 working days. If it happens again within a month, Dionne will "
            "ask Louise Hart for a legal planning meeting within 5 working days.",
            "If Ryan has been drinking on a day he is caring for Mae (a breath test above zero, or anyone "
            "smells alcohol): Ryan stops caring for Mae straight away. Siobhan or Nanna Mo takes over, and "
            "Ryan stays at his brother Declan's (17 Fennel Street) until Dionne has held a strategy "
            "discussion with the police and health that day. If neither Siobhan nor Mo can take over, Mae "
            "goes to Larkfield House for an emergency stay that night (agreed with Larkfield's manager, "
            "Pam Green, on 12/02/2026).",
            "If Nanna Mo cannot come on a Tuesday or Thursday (she is ill, away, or it is too much), she "
            "or Siobhan rings Dionne that morning. Larkfield House's outreach carer, Jade Kirk, will come "
            "from 5pm to 8.30pm instead (agreed on 12/02/2026); if Jade cannot, Siobhan will take that "
            "night off work, which her manager has agreed to.",
            "If Mo cannot have Callum at the weekend, he stays with his Uncle Declan, and Sue Whitely will "
            "find him a place at the Bellacre Young Carers Saturday club.",
            "If Mae is not back on the 9th centile by the review conference, or her pressure sore is not "
            "healing, Dionne will ask for a legal planning meeting before the review conference, to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h2", "Meeting again"),
        ("bullets", [
            "Core group every four weeks at Oakfield Special School, Tuesdays at 3.45pm: 24/02/2026, "
            "24/03/2026 and 21/04/2026.",
            "Review child protection conference: Tuesday 12/05/2026 at 10am, Bellacre Civic Centre.",
        ]),
        ("p", "Agreed by: Siobhan Hartigan · Ryan Hartigan · Maureen Doyle · Dionne Akers · 13/02/2026"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A 17-year-old's plan for getting to 18: My part, Me and Jade, Mum and
#    Auntie Lisa, the adults' table, and Getting ready for 18. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_bessingham_getting_to_eighteen_my_part_me_and_jade_fairclough.md",
    "split": "tune",
    "actions": 20,
    "template": "young-persons-transition-to-18-cp-plan-md-i-is-maddie-about-me-people-in-my-life-bold-short-names-why-the-adults-worry-what-i-think-going-ok-what-we-want-by-my-18th-then-my-part-me-and-jade-mum-and-auntie-lisa-bullets-with-well-know-then-adults-who-what-when-how-table-then-getting-ready-for-18-bullets-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 17-year-old at risk of sexual exploitation by a 24-year-old man, "
        "who went missing seven times, left college and turns 18 in August, when the plan ends; her "
        "mother works nights and her aunt has her on those nights. Written with her in her words ('I' "
        "is Maddie): about me, people in my life, why the adults worry, what I think, what we want by "
        "my 18th birthday. The plan is 'My part' (I'll ...), 'Me and Jade' (her exploitation worker), "
        "'Mum and Auntie Lisa' bullets with 'We'll know', the adults' table, and 'Getting ready for 18' "
        "bullets (adult social care transitions, CAMHS to adult mental health, housing). Faults: going "
        "back to college 'when I feel ready'; the police's Sexual Risk Order application with '-' for "
        "how we'll know; the transitions worker's monthly meetings 'monitored by the transitions team'; "
        "'We'll find me somewhere safe to live', where no one says who 'we' is; the housing register "
        "with no time; and an outcome about the mother only."
    ),
    "text": """\
# Getting to 18 – my plan

**Maddie Fairclough · Child protection plan · Bessingham Council Children's Services, Adolescent Safeguarding Team**

*Written with me on 12/02/2026, after my review conference on 10/02/2026. "I" and "me" mean me, Maddie.
The adults wrote their part in the table, and Sian went through it with me.*

## About me

- Maddie Fairclough, 17 (born 14/08/2008). My 18th birthday is on 14/08/2026, and the child protection
  plan stops then.
- I live with my mum, Donna Fairclough (44), at 12 Marlow Court, Bessingham BS9 4TA. Mum works nights as
  a care worker, usually Wednesday to Saturday.
- My auntie Lisa (Lisa Fairclough, Mum's sister) lives at 3 Quarry Lane.
- I left Bessingham College in October 2025. I was doing Level 1 hair and beauty.
- I've been on a child protection plan since 18/11/2025, under the category of sexual abuse, because of
  the risk of sexual exploitation.

## People in my life

- **Jade** – Jade Bramwell, my worker at Safer Futures (the exploitation service)
- **Sian** – Sian Lacey, my social worker
- **PC Ellery** – PC Dawn Ellery, Bessingham Police Child Exploitation Team
- **Nina** – Nina Grant, CAMHS 16-18 team
- **Tom** – Tom Price, Bessingham Missing Service
- **Kerry** – Kerry Dunn, Bessingham Adult Social Care, Transitions Team
- **Claire** – Claire Hughes, Housing Options, Bessingham Council
- **Mr Cole** – Nathan Cole, student support, Bessingham College

## Why the adults are worried (their words)

- Maddie has been in a relationship with Reece Holt (24) since the summer of 2025. Reece has convictions
  for supplying drugs. Maddie has been seen at a flat on Canal Street where older men go, and twice came
  home with money and new clothes she could not explain.
- Maddie was missing seven times between September and the start of January, three times overnight. On
  02/01/2026 she was found at 4am in a car with Reece and two other men, with a cut lip.
- Maddie left college in October and has no plans yet for what happens next.
- Mum works nights, so before this plan Maddie was on her own most nights. Mum loves Maddie but finds it
  hard to say no to her.
- In August Maddie turns 18. The plan will end, and she may need adult safeguarding support, somewhere
  to live and an adult mental health service.

## What I think

- "Reece isn't what they say. But I know the Canal Street lot are bad news. I don't go there any more."
- "I'm sick of everyone checking on me. But I like Jade. She doesn't judge."
- "I want my own place when I'm 18, not a hostel."
- "I do want to go back to college, but not yet. Everyone there knows."
- My safe score with Jade was 5 out of 10 in January. It's 6 out of 10 now.

## What's going OK

- I haven't been missing since 02/01/2026.
- I've been to every session with Jade since November.
- I blocked the Canal Street numbers myself.
- Mum came to the review conference and said what she's scared of. We're talking more.

## What we want by my 18th birthday

1. I'm safe from Reece and anyone else who wants to use me, and I'm not going missing.
2. I've got somewhere safe to live after I'm 18, with support if I need it.
3. I'm back in college or training, or I've got a place agreed for September 2026.
4. I've got people to turn to after the plan stops: an adult service if I need one, and Jade until the
   end of September.
5. Mum feels more confident setting rules and knows the signs of exploitation.

## My part

- **I'll be home by 11pm**, or text Mum and Jade where I am and who I'm with if I'm staying out, every
  night from 12/02/2026. *We'll know:* Jade and I go through my texts every Thursday, and she writes down
  how many nights I was in by 11pm.
- **I'll keep Reece and the Canal Street numbers blocked** and not go to the Canal Street flat, every day
  from 12/02/2026. *We'll know:* Jade and I check my blocked list every Thursday, and PC Ellery tells Sian
  if I'm seen there.
- **I'll tell Jade or Sian** the same day if Reece or anyone from Canal Street gets in touch or turns up.
  *We'll know:* Jade writes it down each time and passes it to PC Ellery within 24 hours.
- **I'll go back to Bessingham College to finish my Level 1** when I feel ready. *We'll know:* the college
  register, which Mr Cole sends to Jade.

## Me and Jade

- **Me and Jade will meet** every Thursday at 3pm at the Safer Futures office on Lime Street until my 18th
  birthday, then every other Thursday until 30/09/2026. *We'll know:* Jade's session notes, and my safe
  score, which Jade writes down every week.
- **Me and Jade will go to the sexual health clinic** at Bessingham Health Centre for a check-up and to
  talk about contraception, by 27/02/2026. *We'll know:* the clinic's appointment card, and Jade writes in
  her notes that we went.
- **Me and Jade will do my "life after 18" plan** (money, a bank account, my provisional licence, a CV), a
  bit at each session, finished by 29/05/2026. *We'll know:* I'll have a bank account, and a copy of my CV
  will be on my file.

## Mum and Auntie Lisa

- **Mum will ring the police** on 101 (or 999 if she thinks I'm in danger) and text Sian, every time I'm
  not home by 11pm without texting, or not answering my phone by 1am. *We'll know:* a police reference
  number on Sian's file each time.
- **Mum will go to the Safer Futures parents' group** on Tuesday evenings for six weeks from 17/02/2026,
  to learn about exploitation and how to set rules with me. *We'll know:* the group's register, sent to
  Sian.
- **Auntie Lisa will have me to stay** at her house on the nights Mum works, every week from 12/02/2026.
  *We'll know:* Lisa texts Mum and Jade when I'm in for the night, and Jade checks the texts with me every
  Thursday.

## The adults' part

| Who | What they'll do | When | How we'll know |
|---|---|---|---|
| Sian Lacey, social worker | See Maddie on her own, at home or at Safer Futures, and talk about where she has been, who with, and what she wants after 18 | Every week until the review conference on 12/05/2026, then every fortnight until her 18th birthday | Sian's visit notes with Maddie's own words, on her file within 2 working days |
| PC Dawn Ellery, Bessingham Police Child Exploitation Team | Apply to the magistrates' court for a Sexual Risk Order against Reece Holt | By 13/03/2026 | - |
| Tom Price, Bessingham Missing Service | Return home interview with Maddie after any time she goes missing | Within 72 hours of every return | Return home interview form sent to Sian and PC Ellery within 72 hours |
| Nathan Cole, student support, Bessingham College | Hold a place for Maddie on the Level 1 hair and beauty course and arrange a taster day | Taster day by 06/03/2026 | An e-mail to Jade and Maddie with the taster day date, and a written offer of a place |
| Nina Grant, CAMHS 16-18 team | Sessions with Maddie for her anxiety and sleep | Every other Monday at 4pm until her 18th birthday | Nina's monthly letter to Sian and Maddie, with Maddie's GAD-7 anxiety score each month |

## Getting ready for 18

- Sian will ask Bessingham Adult Social Care for a transitions assessment of whether I'll need adult
  safeguarding or care and support after 18, by 13/03/2026. *We'll know:* the referral on my file, and
  Kerry's first visit date sent to me in writing.
- Kerry Dunn (Transitions Team) will meet me and Sian every month from April 2026 to plan the adult
  support I'll get after 18. *We'll know:* monitored by the transitions team.
- Nina will write to Sian and me by 30/06/2026 saying whether I need the adult community mental health
  team after 18, and refer me if I do. *We'll know:* Nina's letter, and a referral letter if I need one,
  on my file.
- We'll find me somewhere safe to live for after I'm 18, by 30/06/2026. *We'll know:* a written offer of
  a supported housing place or a tenancy.
- Claire Hughes (Housing Options) will put me on the housing register and assess me for the young
  people's supported housing pathway. *We'll know:* a letter confirming my housing band.

## If things go wrong

- **If I go missing,** Mum or Lisa rings 101 (or 999) straight away, and the police treat it as high risk.
  Tom does my return home interview within 72 hours, and Sian holds a strategy discussion within 24 hours
  if I was with Reece or at Canal Street.
- **If I'm hurt, or I'm found with Reece or at the Canal Street flat,** the police are called and Sian
  holds a strategy discussion the same day. If it happens again, Sian will ask her manager, Owen Pryor,
  for a legal planning meeting within 5 working days, to decide whether I need to be looked after before
  I'm 18.
- **If Lisa can't have me on one of Mum's work nights** (she's ill or away, or we've fallen out), Lisa or
  Mum rings Sian that day (or the Emergency Duty Team after 5pm). Mum will swap her shift if she can; if
  she can't, Sian or the Emergency Duty Team will find me a bed at the Bessingham Young People's Foyer for
  that night.
- **If I'm not safer by the review conference on 12/05/2026,** Sian will ask for a legal planning meeting
  before it.

## Meetings

- Core group every four weeks, Thursdays at 4pm at Safer Futures, straight after my session with Jade:
  26/02/2026, 26/03/2026 and 23/04/2026.
- Review child protection conference: Tuesday 12/05/2026 at 10am, Bessingham Civic Centre.
- Transition planning meeting with Kerry, Sian, Nina, Jade and Claire: 09/06/2026.

Agreed by: Maddie Fairclough · Donna Fairclough · Lisa Fairclough · Sian Lacey · Jade Bramwell · 12/02/2026
""",
    "findings": [
        F("F002", "Mum feels more confident setting rules and knows the signs of exploitation."),
        F("T002", "I'll go back to Bessingham College to finish my Level 1"),
        F("M001", "Apply to the magistrates' court for a Sexual Risk Order"),
        F("M002", "will meet me and Sian every month from April 2026"),
        F("W002", "We'll find me somewhere safe to live for after I'm 18"),
        F("T001", "will put me on the housing register and assess me"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A family safety plan: safety network, danger statement, safety goal,
#    Ava's three houses, Noah's day, scaling, then "My part (Lauren)" in "I
#    will", Nana Jean's, Becca's and the workers' parts. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_barrowdene_family_safety_plan_my_part_nana_jeans_part_mather.docx",
    "doc_title": "Our family's safety plan - Ava and Noah Mather",
    "split": "tune",
    "actions": 15,
    "template": "family-safety-plan-docx-kv-details-safety-network-who-relationship-what-they-bring-table-what-happened-and-danger-statement-safety-goal-with-we-will-know-list-working-well-avas-three-houses-table-noahs-day-scaling-line-then-my-part-lauren-i-will-when-how-everyone-will-know-table-nana-jeans-part-beccas-part-workers-part-who-will-when-how-tables-then-early-warning-signs-and-what-happens-then-keeping-checking-agreed-by",
    "description": (
        "Exemplary family safety plan (the child protection plan) after the initial conference for a "
        "6-year-old girl and a 5-month-old boy whose mother has bipolar disorder, stopped her lithium "
        "and, while unwell, left them alone at night for two hours; the girl was found trying to feed "
        "the baby. Written with the mother and her network: a safety network table, a danger statement "
        "and safety goal in plain words, what's working well, the girl's three houses, the baby's day "
        "and scaling. The plan is 'My part (Lauren)' as an 'I will / When / How everyone will know' "
        "table, 'Nana Jean's part', 'Becca's part' and 'The workers' part', then the early warning signs "
        "and what happens then. The care coordinator and the psychiatrist both report on the mother's "
        "capacity to keep well and its likely timescale, the GP does the lithium tests, the "
        "grandmother's and the friend's help have fallbacks, legal planning follows named triggers, and "
        "core group and review dates are set."
    ),
    "blocks": [
        ("title", "Our family's safety plan"),
        ("p", "Child protection plan for Ava and Noah Mather, from the initial child protection conference "
              "on 29/01/2026. Lauren wrote her part with Sophie (social worker) and Nana Jean on 02/02/2026, "
              "and the safety network agreed the rest at Barrowdene Family Hub on 04/02/2026."),
        ("kv", [
            ("Children", "Ava Mather, 6 (born 17/04/2019), Year 2 at Barrowdene St Mary's Primary School; "
                         "Noah Mather, 5 months (born 01/09/2025)"),
            ("Mum", "Lauren Mather (27), 8 Linnet Court, Barrowdene BR5 6DF"),
            ("Fathers", "Ava's father lives in Spain and phones her on Sundays. Noah's father, Kyle Benn, "
                        "has had no contact since before Noah was born"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Sophie Brennan, Barrowdene Family Safeguarding Team (practice manager: Amir "
                              "Haddad)"),
            ("Chair", "Gill Sutton, independent reviewing officer"),
        ]),
        ("h2", "Our safety network"),
        ("table", {
            "header": ["Who", "Who they are to Ava and Noah", "What they bring"],
            "widths": [4.0, 6.0, 7.0],
            "rows": [
                ["Nana Jean (Jean Mather, 58)", "Lauren's mum; lives ten minutes' walk away at 14 Orchard Way",
                 "Looked after Ava and Noah for five weeks in December and January. Ava calls her house "
                 "\u201cmy other home\u201d."],
                ["Becca (Rebecca Sandhu, 29)", "Lauren's friend; lives across the landing at 9 Linnet Court",
                 "Takes her own son to St Mary's every day. Knows Lauren's early warning signs."],
                ["Mark Ellison", "Lauren's care coordinator, Barrowdene Community Mental Health Team",
                 "Knows Lauren's illness and wrote her wellness plan with her."],
                ["Dr Farah Qureshi", "Consultant psychiatrist, Barrowdene Community Mental Health Team",
                 "Prescribes Lauren's lithium and saw her on Redwood Ward."],
                ["Claire Toft", "Health visitor, Barrowdene 0-19 Service", "Noah's health visitor since he "
                                                                         "was born."],
                ["Pete Walsh", "Designated safeguarding lead, Barrowdene St Mary's Primary School",
                 "Knows Ava well; her teaching assistant is Mrs Kaur."],
                ["Dr Sam Whitfield", "GP, Linnet Road Surgery", "GP for Lauren and both children."],
                ["Sophie Brennan", "Social worker", "Holds the plan together and sees the children."],
            ],
        }),
        ("h2", "What happened, and what we are worried about"),
        ("p", "Lauren has bipolar disorder. In November 2025 she stopped taking her lithium, because she felt "
              "well and it made her tired. By December she was sleeping two or three hours a night. On "
              "14/12/2025, at about 11pm, she left Ava and Noah (then 3 months old) alone in the flat for "
              "over two hours to go into town. A neighbour heard Noah screaming and called the police, who "
              "found Ava trying to give Noah a bottle of cold milk. Lauren was in hospital on Redwood Ward "
              "for three weeks, and the children stayed with Nana Jean. Lauren came home on 06/01/2026, and "
              "Ava and Noah went home to her on 20/01/2026."),
        ("p", "Danger statement (agreed with Lauren): Sophie, Nana Jean and the conference are worried that "
              "if Lauren stops her medication again and becomes unwell, she could leave Ava and Noah on "
              "their own, or be too unwell to feed and watch Noah. Noah could be badly hurt, and Ava could "
              "be frightened and left in charge of her brother again."),
        ("h2", "What we want: our safety goal"),
        ("p", "Everyone in the network will be sure that Ava and Noah are always looked after by a well, "
              "awake adult, day and night, and that if Lauren starts to become unwell the network spots it "
              "early and the children are looked after safely straight away. We will know this when:"),
        ("numbers", [
            "Noah is fed, changed and watched by an adult all the time, and keeps following his centile "
            "line (the 50th).",
            "Ava is never left in charge of Noah, goes to school every day, and tells Sophie she feels safe "
            "at home.",
            "Ava understands, in words she can use, what happened and who she can tell if she is worried.",
            "Ava and Noah are cared for every day by a mum whose medication is taken and seen, so that any "
            "early sign of illness is spotted before it affects them.",
        ]),
        ("h2", "What's working well"),
        ("bullets", [
            "Lauren has taken her lithium every evening since she came home, with Nana Jean watching.",
            "Lauren knows her early warning signs and wrote them down with Mark.",
            "Nana Jean and Becca know the signs too, and both said they will ring for help.",
            "Noah is gaining weight well and smiles and babbles at Lauren.",
            "Ava is happy at school and has a good friend, Maisie.",
        ]),
        ("h2", "Ava's three houses"),
        ("p", "Ava drew her houses with Sophie at school on 27/01/2026. These are her words."),
        ("table", {
            "header": ["House of worries", "House of good things", "House of dreams"],
            "widths": [5.7, 5.7, 5.6],
            "rows": [
                ["\u201cWhen Mummy went out in the dark and Noah was crying and I couldn't make the milk "
                 "warm.\u201d \u201cWhen Mummy talks really fast and doesn't go to bed.\u201d",
                 "\u201cNana's house. Nana does pancakes.\u201d \u201cMummy reads me Gruffalo.\u201d "
                 "\u201cNoah laughs when I do peekaboo.\u201d",
                 "\u201cMummy stays better forever.\u201d \u201cA grown-up is always there at night.\u201d "
                 "\u201cI want to go to Spain to see Daddy.\u201d"],
            ],
        }),
        ("h2", "Noah's day"),
        ("p", "Noah is five months old and cannot tell us what his days are like, so Claire and Sophie have "
              "written what they have seen. He wakes at about 6am and has a bottle with Lauren on the sofa, "
              "looking up at her face. He naps in his cot in the morning and goes to baby group on "
              "Tuesdays, where he watches the other babies and grabs at the bubbles. When Claire visited on "
              "28/01/2026 he was clean, warm and content, and he turned his head towards Lauren's voice. "
              "He has his last bottle at 10pm, usually with Nana Jean or Lauren, and sleeps in his cot in "
              "Lauren's room."),
        ("h2", "Where we are now"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is sure Ava and Noah are safe enough for the "
              "plan to end and 0 means they cannot live with Lauren: Lauren 8, Nana Jean 7, Mark 6, Claire "
              "6, Sophie 5."),
        ("h2", "The plan"),
        ("p", "Each part says whose part it is. In Lauren's part, \u201cI\u201d is Lauren."),
        ("h3", "My part (Lauren)"),
        ("table", {
            "header": ["I will", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Take my lithium every evening at 9pm, with Nana Jean watching or on a video call with her",
                 "Every evening from 29/01/2026",
                 "Nana Jean ticks the medication chart on my fridge, and my lithium blood level is in the "
                 "right range at every test (see Dr Whitfield's part)"],
                ["Go to every appointment with Mark, and tell him honestly about my sleep, my mood and my "
                 "spending",
                 "Every other Wednesday at 11am, from 04/02/2026",
                 "Mark's letter to Sophie each month lists the dates I came"],
                ["Fill in my mood and sleep chart every night, and show it to Nana Jean every Sunday",
                 "Every night, and with Nana Jean on Sundays",
                 "The chart, with my hours of sleep and my mood score for each night, which Mark reads at "
                 "every appointment"],
                ["Never leave Ava and Noah on their own, not even for a minute; if I need to go out in the "
                 "evening, Nana Jean or Becca comes to sit with them",
                 "Every day and every night",
                 "Ava tells Sophie, on her own, who looks after her and Noah when I go out; Nana Jean writes "
                 "every sit on the calendar"],
                ["Take Noah to the Bright Beginnings baby group at Barrowdene Family Hub",
                 "Every Tuesday, 10am to 11.30am, from 03/02/2026",
                 "The group's register, sent to Sophie at the end of each month"],
            ],
        }),
        ("h3", "Nana Jean's part"),
        ("table", {
            "header": ["Nana Jean will", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Come round at 8.30pm, see Lauren take her lithium, and stay until after Noah's 10pm bottle",
                 "Every evening from 29/01/2026 until the review conference",
                 "Jean signs the medication chart each evening, and Sophie looks at it at every visit"],
                ["Have Ava and Noah to sleep at her house, so that Lauren gets a full night's sleep",
                 "Every Saturday night from 31/01/2026",
                 "Jean texts Sophie on Sunday morning to say the children stayed and how they slept; Sophie "
                 "reads the texts at her next visit"],
            ],
        }),
        ("h3", "Becca's part"),
        ("table", {
            "header": ["Becca will", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Walk Ava to school with her own son, so that Lauren can stay with Noah in the mornings",
                 "Every Monday, Wednesday and Friday from 02/02/2026",
                 "St Mary's office writes down who brings Ava each day, and Mr Walsh tells Sophie the same "
                 "morning if Ava is late or not brought"],
            ],
        }),
        ("h3", "The workers' part"),
        ("table", {
            "header": ["Who", "Will", "When", "How we will know"],
            "widths": [3.5, 6.0, 3.5, 4.0],
            "rows": [
                ["Sophie Brennan, social worker",
                 "Visit at home, with at least one visit in three unannounced; see Ava on her own and Noah "
                 "awake, and look at the medication and mood charts",
                 "Every week until the review conference on 23/04/2026",
                 "Visit records with what Ava said, how Noah looked and what the charts showed, on file "
                 "within 2 working days"],
                ["Mark Ellison, care coordinator, Barrowdene CMHT",
                 "See Lauren, check her early warning signs, sleep and medication, and report on how well "
                 "she is, whether she is keeping to her wellness plan and can keep it up, and how long that "
                 "is likely to take",
                 "Every other Wednesday; a report before each core group",
                 "Written report to Sophie two working days before each core group"],
                ["Dr Farah Qureshi, consultant psychiatrist, Barrowdene CMHT",
                 "Review Lauren's medication and her risk of relapse, and assess her capacity to keep well "
                 "and care for Ava and Noah, with the likely timescale",
                 "Review by 27/02/2026; report by 16/03/2026",
                 "Written report to Sophie and the core group by 16/03/2026"],
                ["Claire Toft, health visitor",
                 "Home visits to weigh Noah, see him fed and settled, and see how Lauren is with him; ASQ-3 "
                 "at 6 months",
                 "Every fortnight from 05/02/2026; ASQ-3 by 13/03/2026",
                 "Noah's weights plotted in his red book; ASQ-3 scores sent to Sophie by 20/03/2026"],
                ["Pete Walsh, DSL, St Mary's Primary",
                 "A check-in with Ava, with Mrs Kaur, about her weekend and any worries",
                 "Every Monday morning from 02/02/2026",
                 "A weekly note to Sophie with Ava's attendance and what she said"],
                ["Dr Sam Whitfield, GP",
                 "Lithium blood tests for Lauren, with her kidney and thyroid checks",
                 "Every 3 months; the next one by 10/03/2026",
                 "Results sent to Mark and Sophie within a week of each test"],
                ["Sophie Brennan, with Lauren and Nana Jean",
                 "Write Ava's words and pictures story about what happened and who looks after her now, and "
                 "read it with Ava",
                 "By 27/02/2026",
                 "Ava keeps her own copy, and Sophie writes down what Ava says about it"],
            ],
        }),
        ("h2", "Early warning signs, and what happens then"),
        ("p", "Lauren's early warning signs, from her wellness plan: sleeping less than five hours two nights "
              "running; talking very fast or about big plans; spending a lot of money; missing two doses of "
              "lithium."),
        ("bullets", [
            "If Nana Jean or Becca sees any of these signs, or Lauren misses two doses of lithium, Jean "
            "rings Mark the same day (or the Barrowdene Crisis Team on 01632 960 480 out of hours) and "
            "tells Sophie. Ava and Noah go to Jean's house that day and stay there until Mark and Sophie "
            "agree that Lauren is well enough to care for them.",
            "If Lauren leaves the children on their own, or is found too unwell to care for them, whoever "
            "finds out rings 999. The children go to Nana Jean's, and Sophie holds a strategy discussion "
            "with the police the same day and asks Amir Haddad for a legal planning meeting within 5 "
            "working days.",
            "If Nana Jean cannot do her evening visit or the Saturday sleepover (she is ill, away, or it is "
            "too much for her), she tells Lauren and Sophie that day. Becca will do the evening medication "
            "check instead; if Becca cannot, Mark will ask the Home Treatment Team to visit that evening. "
            "If no one in the network can have the children when Lauren is unwell, Sophie will find them "
            "a foster placement that day.",
            "If Becca cannot walk Ava to school, Nana Jean will take her; if neither can, Lauren takes Ava "
            "with Noah in his pram and rings the school office by 8.45am.",
            "If Lauren is admitted to hospital again, or Dr Qureshi's report says she is unlikely to keep "
            "well within a timescale that is right for Ava and Noah, Sophie will ask for a legal planning "
            "meeting within 5 working days.",
        ]),
        ("h2", "How we'll keep checking"),
        ("bullets", [
            "Core group (Lauren, Nana Jean, Becca, Sophie, Mark, Claire and Mr Walsh) every three weeks, "
            "Thursdays at 1.30pm at Barrowdene Family Hub: 12/02/2026, 05/03/2026, 26/03/2026 and "
            "16/04/2026.",
            "Review child protection conference: Thursday 23/04/2026 at 10am, Barrowdene Town Hall.",
        ]),
        ("p", "Agreed by: Lauren Mather · Jean Mather · Rebecca Sandhu · Sophie Brennan · 04/02/2026"),
    ],
    "findings": [],
})
