"""Batch 185, module d: seven fictional plans (held-out material), places beginning with "d".

Batch 185, letter d, split heldout. Everything here is made up: children,
families, professionals, services, schools, hospitals, police forces and
councils. Labels were written by hand from docs/rules.md and the labelling
conventions in sample_plans/README.md (1 to 13), without running planlint,
importing it or reading its code.

Focus: plans written to and with the family, in the voices real plans use
when they speak to the family or are owned by them: "you" in a letter to the
parents, "I" in a young person's own plan, "we" for the parents or the
family, "Me and Marcus", a child's picture cards with "Who is helping me",
and a family group conference's "We, the ... family, agree". Each plan says
who its "you", "I" and "we" are, so that the owner of most actions is clear
from the voice; where a "we" or a "who" is a collective (all of us, the
whole family, all the grown-ups, everyone who works with me), that is a
W002 fault and labelled as such. Each plan is in a template of its own.

1. the social worker's plan letter to both parents after an initial
   conference for a 7-month-old and a 4-year-old (domestic abuse, the
   mother's depression): the letter says "you" is Kelly and Ross (or one of
   them by name), "I" is Dara the social worker and "we" the social work
   team, and the plan is one numbered list of "You will" / "I will" / "We
   will" paragraphs under bold headings naming who (docx): faults are
   Kelly's baby clinic visits with no time, Ross's men's programme "when
   you feel ready", the team's housing request with no check, the health
   visitor's "keep an eye on Mia's development", the Talking Therapies
   worker's guided self-help only, the "all of us" paragraph (where "we" is
   defined as everyone) with no single owner, and an outcome about the
   mother only (T001, T002, M001, M002, H001, W002, F002);
2. a 15-year-old's own plan after his review conference (criminal
   exploitation, going missing, a Referral Order, a part-time timetable):
   "I" is Jordan in "My part", then Mum's part, Uncle Kofi's part and the
   workers' part, each a numbered item with When and How we'll know lines
   (md, exemplary);
3. a review conference plan in two parts for a 7-year-old and a 2-year-old
   whose mother drinks: "My plan" for the 7-year-old in short lines with
   pictures described in words and eight picture cards (a small table per
   card: What will happen / Who is helping me / When / How we will know it
   is working), then the grown-ups' plan as a numbered table, page header
   and footer (pdf): faults are a card whose helper is "All the grown-ups
   who look after me", a swimming card "When Mummy feels up to it", the
   alcohol key work measured by "Engagement with the service", the GP's
   liver tests with "-" for when, the nursery's 2-year check with "-" for
   how we will know, and a contingency that sends the children to the
   grandmother, who also has two actions, with nothing said if she cannot
   have them (W002, T002, M002, T001, M001, C003);
4. a core group plan for three children whose parents drink at weekends,
   with the family's own plan from a family group conference first ("We,
   the Fairclough and Hurst family, agree ..."), each item with Who / What /
   When / How we'll know lines, then the agencies' plan in the same shape
   (txt): faults are the aunt's outings "when she can", the uncle's talk
   with the father with "-" for when and how we'll know, an item owned by
   "All of us (the whole family)", the alcohol service's key work measured
   by "Progress monitored by DAS", and a contingency that only says the
   family will meet again and the social worker will discuss it with her
   manager "if things are not going well", with no fallback if the
   relatives' help fails (T002, T001, M001, W002, M002, C002, C003);
5. a review conference plan for a baby born at 30 weeks who is on a
   neonatal unit (her father's violence in pregnancy and cannabis use),
   written with her parents: "we" is Chelsea and Ryan, and in three stages
   (on the unit, the week before going home, the first weeks at home) the
   plan gives "What we will do" and "What Harper's workers will do"
   bullets, each worker named (docx, exemplary; Harper is not looked after,
   and the social worker sees her on the unit twice a week);
6. an initial conference plan for an 11-year-old with cerebral palsy,
   epilepsy and a gastrostomy who does not speak, set out around his day and
   week: a landscape table with When / What Ellis needs / Who / How we will
   know, banded by every day, school days, every week and by a date, the
   parents' rows owned by "We (Mum and Dad)" and the services' by named
   workers; his signs and eye-gaze answers are his voice; page header and
   footer (pdf, exemplary);
7. a 17-year-old's "moving on" plan before she turns 18 (sexual
   exploitation, going missing, a learning disability, her mother's
   drinking, moving to adult services): "I" is Chantelle, the plan is in
   stages whose headings give the date, each with "What I will do", "What
   Mum will do" and "What my workers will do" bullets, then "Other things we
   agreed" with no time (md): faults are the youth worker's sessions
   measured by "I'll feel more confident about saying no", the Care Act
   assessment with no stated output, the names of the men "when I feel
   ready" (which overrides the stage's date), the bank account under "Other
   things we agreed" with no time, "Everyone who works with me" passing on
   sightings, and a review conference "to be arranged" (M002, M001, T002,
   T001, W002, R001).

Three plans (2, 5 and 6) are exemplary: every action has a named owner (by
name, by role, or by a voice the plan defines: "I" is the young person,
"we" the parents), a real timescale and something that can be seen,
counted or read; every outcome is about the child; each contingency has
specific triggers and concrete protective responses, and where relatives
help (plan 2's uncle) says what happens if that help fails; each records
the child's words or, for the baby and the boy who does not speak, their
observed lived experience and signs; each has core group dates and a dated
review conference, and legal planning after named triggers; where a parent
uses drugs (plan 5) the drug service owns actions and reports on change; no
parent in them has a mental illness, and no adult mental health service is
involved.

Counting convention used for "actions" (README convention 1): each
numbered paragraph of the letter's plan (plan 1), each numbered item of the
young person's plan and of the family and agencies' plans (plans 2 and 4),
each picture card and each row of the grown-ups' table (plan 3), each
bullet under "What we will do" and "What Harper's workers will do" (plan
5), each row of the day-and-week table, band rows excepted (plan 6), and
each bullet under a stage's or "Other things we agreed"'s headings (plan 7)
counts once, whatever number of sentences it holds. Details, worries, what
is going well, the children's words and signs, outcomes, the note on who
"we" means, the child's own "If things go wrong" lines, the contingency,
meeting dates and signatures are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The social worker's plan letter to both parents after an initial
#    conference: "you" is Kelly and Ross, "I" is the social worker who signs
#    it, "we" the social work team; the plan is numbered "you will" / "I
#    will" paragraphs under headings naming who. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_dellowmere_icpc_plan_letter_you_i_we_headings_marsh.docx",
    "doc_title": "Letter to Kelly Marsh and Ross Pennock - the plan for Mia and Tyler",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-plan-letter-to-both-parents-docx-address-lines-dear-kelly-and-ross-opening-says-who-you-i-and-we-mean-bold-paragraph-headings-why-going-well-tylers-words-mias-days-what-we-all-want-then-plan-as-one-numbered-list-of-you-will-i-will-we-will-paragraphs-under-bold-who-headings-you-both-kelly-ross-me-and-the-social-work-team-other-people-all-of-us-then-if-things-go-wrong-meetings-signed",
    "description": (
        "The social worker's letter to both parents after the initial conference for a 7-month-old "
        "and a 4-year-old: the father pushed the mother into a door while she held the baby, the "
        "4-year-old saw it, the mother has depression and the baby's weight has dropped from the 50th "
        "to the 25th centile. The letter says who 'you' (Kelly and Ross, or one of them by name), 'I' "
        "(the social worker who signs it) and 'we' (the social work team) are, and the plan is one "
        "numbered list of 'You will', 'I will' and 'We will' paragraphs under bold headings naming who, "
        "each with its time and a 'We'll know' sentence. Most paragraphs are sound. Faults: Kelly's "
        "baby clinic visits have no time; Ross goes to the men's programme 'when you feel ready'; the "
        "social work team's housing request has no check; the health visitor will 'keep an eye on' "
        "Mia's development; the Talking Therapies worker only gives Kelly guided self-help; the "
        "'all of us' paragraph, where 'we' is defined as everyone, has no single owner; and one "
        "outcome is about Kelly only."
    ),
    "blocks": [
        ("pr", "Dellowmere Borough Council"),
        ("pr", "Children's Services, Family Safeguarding Team North"),
        ("pr", "Ashgrove House, 12 Tannery Lane, Dellowmere DM4 2RF"),
        ("pr", "01632 961 270"),
        ("p", ""),
        ("pl", "Kelly Marsh and Ross Pennock"),
        ("pl", "41 Fenwick Road"),
        ("pl", "Dellowmere DM4 6QT"),
        ("p", ""),
        ("p", "23 January 2026"),
        ("p", "Dear Kelly and Ross,"),
        ("p", "Thank you both for coming to the child protection conference about Mia and Tyler on Wednesday "
              "21 January, and for staying to the end when I know some of it was hard to hear. The conference "
              "decided that Mia and Tyler need a child protection plan, under the category of emotional abuse. "
              "The chair was Helen Ashworth. I am the children's social worker. This letter is the plan. It "
              "uses the words we used in the meeting, and I have tried to keep them plain."),
        ("p", "A word about how the letter is written. When I say \"you\", I mean you both, Kelly and Ross. "
              "Where something is only for one of you, I have put your name first. \"I\" means me, Dara Quinn. "
              "\"We\" means the social work team at Family Safeguarding North: me, my manager Claire Okoro, and "
              "Liz Bamford, our family support worker. Other workers are named. There is one part near the end "
              "where \"we\" means all of us, and it says so."),
        ("boldp", "Why Mia and Tyler have a plan"),
        ("p", "On 28 December the police were called by a neighbour. Ross, you pushed Kelly into the kitchen "
              "door while she was holding Mia. Mia was not hurt, but Kelly's arm was bruised. Tyler saw it and "
              "hid under his bed. Ross was arrested and released with no further action because Kelly did not "
              "want to make a statement. The police had been called to shouting at your home twice before, in "
              "August and October 2025."),
        ("p", "Kelly, you have told us you have felt low most days since Mia was born. Dr Iqbal started you on "
              "sertraline in October and referred you to Dellowmere Talking Therapies. You said that on bad "
              "days you \"can't be bothered with anything\" and that Mia spends a lot of the day in her cot. "
              "Mia has dropped from the 50th to the 25th centile since her 8-week check. Tyler was late for "
              "school 14 times in the autumn term."),
        ("boldp", "What is going well"),
        ("bullets", [
            "You both love the children, and it shows: Tyler ran to Ross at the school gate when I met you "
            "there, and Mia smiles and reaches for Kelly.",
            "Kelly, you went to your GP yourself, and you have started your medication.",
            "Ross, you said at the conference that what happened on 28 December was your fault and that you "
            "want help to change.",
            "Nana Sandra sees the children most days and has offered to help on Mondays.",
            "Tyler's teacher says he is a kind boy who is learning to read quickly.",
        ]),
        ("boldp", "What Tyler told me, and what Mia's days are like"),
        ("p", "I saw Tyler at school on 16 January. He drew his house with everyone in it and said: \"Daddy "
              "shouted and pushed Mummy and Mia was crying. I went under my bed with Bun.\" (Bun is his toy "
              "rabbit.) He said the best thing at home is \"when Daddy does the voices at story time\" and the "
              "worst thing is \"the shouting\". He said he would like \"nobody to be cross\"."),
        ("p", "Mia is 7 months old and cannot tell us, so I have written what Ann and I have seen. When I "
              "visited on 14 January she had been in her cot since her morning bottle, about three hours, with "
              "nothing to look at. She brightened and babbled as soon as Kelly picked her up. She startles and "
              "cries when a door bangs. She is not yet sitting on her own, which Ann would expect by now."),
        ("boldp", "What we all want for Mia and Tyler"),
        ("bullets", [
            "Mia and Tyler live in a home where nobody is shouted at, pushed or hurt, and they are never in the "
            "room during an argument.",
            "Mia is fed, played with and gaining weight, back on the 50th centile by her first birthday.",
            "Tyler gets to school on time every day and can say he feels safe at home.",
            "Kelly feels less low and more able to cope day to day.",
        ]),
        ("boldp", "The plan"),
        ("p", "Each numbered paragraph says who will do it, when, and how we will all know it has happened."),
        ("boldp", "What you will both do"),
        ("numbers", [
            "You will both keep Mia and Tyler out of any argument. If you start to argue, one of you will leave "
            "the room, or the house, straight away, and neither of you will ever shout while holding Mia. This "
            "starts today and is for every day. We'll know because Tyler tells me at school whether there has "
            "been shouting at home, and there are no more police call-outs to your address.",
            "You will both be at home, and let me in, for my visits every week, including the ones I do not "
            "book. We'll know from my visit records, which say who was in and what I saw.",
            "You will both go to the Understanding Your Baby course at Dellowmere Family Hub, on Thursdays at "
            "10am from 5 February to 12 March 2026 (six sessions). We'll know from the Family Hub register, "
            "which Liz will send me after each session.",
        ]),
        ("boldp", "Kelly, what you have agreed to do"),
        ("numbers", [
            "Kelly, you will take Mia to the baby clinic at Hollin Lane Family Hub to be weighed. We'll know "
            "because the clinic nurse writes her weight in her red book, and Ann will look at it.",
            "Kelly, you will take your sertraline as Dr Iqbal has prescribed it, and see her for a medication "
            "review by 20 February 2026. We'll know from Dr Iqbal's letter to me after the review.",
            "Kelly, you will meet Sophie Kerr, your IDVA at Dellowmere Domestic Abuse Service, every fortnight "
            "from 29 January 2026, to make a safety plan for you, Mia and Tyler. We'll know because Sophie will "
            "send me a copy of the safety plan by 12 February 2026.",
        ]),
        ("boldp", "Ross, what you have agreed to do"),
        ("numbers", [
            "Ross, you will go to the Change Project, the group for men who have hurt their partners, when "
            "you feel ready. We'll know because Paul Drury, the group worker, will send me your attendance "
            "record.",
            "Ross, you will meet me on your own every two weeks, starting on 30 January 2026, to go through "
            "what happened on 28 December and what you will do instead when you feel angry. We'll know from my "
            "notes of each session, which I will read through with you.",
        ]),
        ("boldp", "What I, and the social work team, will do"),
        ("numbers", [
            "I will see Tyler on his own at school every two weeks, and Mia at home every week, and write down "
            "what Tyler says and how Mia is. You will get a copy of my notes of what I saw at home.",
            "I will do a parenting assessment with you both, together and on your own, and share the report "
            "with you and the core group by 13 March 2026.",
            "We will ask Dellowmere Homes to move you to a ground-floor flat with a garden by 27 February "
            "2026.",
            "Liz Bamford, our family support worker, will come on Tuesday and Friday mornings from 27 January "
            "2026 to help you get a morning routine going: Mia's feeds and play, and Tyler up and in school by "
            "8.50am. We'll know from Tyler's school register and Liz's routine chart, which she fills in with "
            "you at each visit.",
        ]),
        ("boldp", "What other people will do"),
        ("numbers", [
            "Your health visitor, Ann Pugh, will visit you at home every two weeks from 27 January 2026 and "
            "keep an eye on Mia's development.",
            "Gemma Lyons, your Talking Therapies worker, will see you, Kelly, every Wednesday for 12 weeks of "
            "guided self-help for your low mood, and will tell me if you miss a session.",
            "Mrs Joanne Reid, the safeguarding lead at Hollin Lane Primary School, will e-mail me Tyler's "
            "attendance and late marks every Friday, and will ring me the same day if Tyler says anything "
            "worrying about home. We'll know from her e-mails, which I keep on Tyler's file.",
            "Nana Sandra will have Mia every Monday from 9am to 3pm, so that Kelly can go to her appointments "
            "and rest, and will write in Mia's feeding book what Mia has eaten and drunk.",
        ]),
        ("boldp", "What all of us will do"),
        ("p", "In this part \"we\" means all of us: you both, Nana Sandra and every worker on the plan."),
        ("numbers", [
            "We will all ring me, or the Emergency Duty Team after 5pm, on the same day about anything that "
            "worries us about Mia or Tyler, so that it is written on the children's file with the date.",
        ]),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If the police are called to your home again, or either of you tells anyone that Ross has pushed, "
            "hit or threatened Kelly: Ross will leave the house that day and stay with his brother, Dean "
            "Pennock, at 7 Moorcroft Court; I will hold a strategy discussion with the police that day; and I "
            "will ask Claire Okoro for a legal planning meeting within 5 working days.",
            "If Kelly's mood is so low that she cannot get up to see to Mia, Kelly or Ross will ring me (or the "
            "Emergency Duty Team) and Nana Sandra will come and look after the children that day. If Sandra "
            "cannot come, Ross will stay home from work; if neither of them can, I or the Emergency Duty Team "
            "will visit that day and the children will stay with Sandra's sister, Aunt Maureen Marsh, until "
            "Kelly is well enough.",
            "If Mia's weight drops below the 9th centile, Ann will tell me that day and Mia will be seen by Dr "
            "Iqbal within 24 hours.",
            "If not enough has changed by the review conference, I will ask Claire for a legal planning meeting "
            "to decide whether the local authority should start the pre-proceedings part of the Public Law "
            "Outline.",
        ]),
        ("boldp", "Meetings"),
        ("p", "The core group (you both, Nana Sandra, me, Liz, Ann, Mrs Reid, Sophie and Gemma) will meet every "
              "four weeks at Hollin Lane Family Hub at 10am: on 4 February, 4 March and 1 April 2026. The review "
              "conference will be on Tuesday 21 April 2026 at 1.30pm at Dellowmere Town Hall."),
        ("p", "Please ring me on 01632 961 270 if anything in this letter is not clear. Out of hours, the "
              "Emergency Duty Team is on 01632 960 000."),
        ("p", "Yours sincerely,"),
        ("pl", "Dara Quinn"),
        ("pl", "Social worker, Family Safeguarding Team North"),
        ("pl", "Copy to: the agencies at the conference"),
    ],
    "findings": [
        F("F002", "Kelly feels less low and more able to cope day to day."),
        F("T001", "you will take Mia to the baby clinic at Hollin Lane"),
        F("T002", "Ross, you will go to the Change Project, the group"),
        F("M001", "We will ask Dellowmere Homes to move you to a ground-floor flat"),
        F("M002", "Your health visitor, Ann Pugh, will visit you at home"),
        F("H001", "Gemma Lyons, your Talking Therapies worker, will see you, Kelly"),
        F("W002", "We will all ring me, or the Emergency Duty Team after 5pm"),
    ],
})


# ---------------------------------------------------------------------------
# 2. A 15-year-old's own plan after his review conference (criminal
#    exploitation, going missing, a Referral Order): "I" is Jordan in his
#    part, then Mum's part, Uncle Kofi's part and the workers' part, each a
#    numbered line with When and How we'll know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_drakesholme_young_persons_own_plan_my_part_then_workers_osei.md",
    "split": "heldout",
    "actions": 17,
    "template": "young-persons-own-rcpc-plan-md-written-with-him-i-is-jordan-about-me-whos-who-list-why-theres-still-a-plan-whats-going-ok-what-i-think-what-we-want-then-my-part-first-person-numbered-lines-with-when-and-how-well-know-then-mums-part-uncle-kofis-part-my-workers-part-named-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan written with a 15-year-old boy who is being criminally "
        "exploited (found with drugs and cash in another town, going missing, a nine-month Referral "
        "Order, on a part-time timetable after an exclusion). The plan is his: 'I' is Jordan in 'My "
        "part' ('I'll text Mum and Marcus before 9pm...', 'Me and Marcus will go through my phone...'), "
        "then Mum's part, Uncle Kofi's part and the workers' part, each item naming who, with its own "
        "When and How we'll know. His uncle's weekend help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and his own words and safety scores are in it."
    ),
    "text": """\
# My plan - Jordan Osei

**Drakesholme City Council Children's Services - Adolescent Safeguarding Team**
**Child protection plan from my review conference on 20/01/2026. I wrote it with Naomi (my social worker) and Marcus (my youth worker) on 22/01/2026.**

In this plan "I" and "me" means me, Jordan. The parts about other people say who they are by name. If a
bit of it stops making sense I can ask Naomi to change the words (not the plan).

## About me

- Jordan Osei, 15 (born 09/03/2010). Year 10 at Drakesholme Academy.
- I live with my mum, Abena Osei, and my little sister Ama (9) at 22 Fernleigh Road, Drakesholme DK3 8PL.
- My plan is under the category of physical abuse, because of the risk of me being hurt by the people who
  had me moving drugs.
- I'm on a Referral Order for 9 months from Drakesholme Youth Court (08/12/2025 to 07/09/2026).

## Who's who

- **Mum** - Abena Osei. Works nights as a care assistant on Fridays and Saturdays.
- **Uncle Kofi** - Kofi Mensah, Mum's brother, 5 Tulip Walk, Drakesholme.
- **Naomi** - Naomi Fletcher, my social worker, Adolescent Safeguarding Team.
- **Marcus** - Marcus Hollis, my youth worker at Safer Futures (the exploitation service).
- **Priya** - Priya Chandra, my case manager at Drakesholme Youth Justice Service.
- **Mr Okoye** - Daniel Okoye, deputy head and safeguarding lead (DSL) at Drakesholme Academy.
- **PC Wren** - PC Amy Wren, Drakesholme Police Missing and Exploitation Team.

## Why there's still a plan

- On 11/11/2025 the police found me in a flat in Castlebridge with another boy, 14 wraps of crack and
  £420. I'd been missing for two days. I got a Referral Order for possession.
- I've been missing five times since September, three of them overnight.
- The people I was working for say I owe them for the drugs the police took. In December a car followed
  me home from school twice.
- I was excluded for five days in October for bringing a knife into school. I'm on mornings only now.
- A National Referral Mechanism (NRM) referral was made on 13/11/2025. We're waiting for the decision.

## What's going OK

- I haven't been missing since 19/12/2025.
- I've been to every Referral Order session and every session with Marcus.
- I blocked the numbers of the people I was running for, with Marcus, on 08/01/2026.
- Mum and me are talking more. She came to the conference and so did I.
- I've been back at football with Uncle Kofi on Sundays.

## What I think

- "I'm not a snake. If I grass I'm dead. But I don't want to go back to Castlebridge."
- "I owe them money, that's the problem. They say I owe £800."
- "School's alright in the mornings. I don't want to be in the unit though."
- "Marcus gets it. He doesn't chat to me like I'm a criminal."
- Today I scored how safe I feel 4 out of 10 (it was 2 in November). I want to get to 7.
- What I want: "To do my GCSEs, play football for a proper team and for Mum not to be stressing."

## What we want for me

1. I am not used by anyone to move drugs or money, and nobody follows me or threatens me.
2. I am home every night, and if I do go missing I'm found quickly and someone talks to me after.
3. I am back in school full-time, with no more exclusions, and sit my GCSEs in 2027.
4. I feel safe enough to score 7 out of 10 by my next review conference.
5. Ama is not frightened at home and knows what to do if people come to the door.

## My part

1. I'll be home by 9pm on school nights and 10pm on Fridays and Saturdays.
   When: every night, starting 21/01/2026.
   How we'll know: Mum (or Uncle Kofi at weekends) writes my time in on the calendar, and Naomi looks at
   it every week.
2. I'll text Mum and Marcus before 9pm if I'm going to be late, saying where I am and who I'm with.
   When: every time I'm going to be late.
   How we'll know: Marcus keeps my texts in his log and goes through it with Naomi each Friday.
3. I'll go to every Referral Order session with Priya and do the reparation work the panel agreed.
   When: every Tuesday at 4pm at the YJS office until the order ends on 07/09/2026.
   How we'll know: Priya's attendance record, and her report to the panel every three months.
4. Me and Marcus will go through my phone together and block anyone new who messages me about work.
   When: at every Thursday session with Marcus.
   How we'll know: Marcus writes down how many new numbers tried to contact me, and passes any names to
   PC Wren the same day.
5. I'll go to school every day on my timetable (mornings now, full days from 23/02/2026) and go straight
   home or to football after.
   When: every school day.
   How we'll know: the school register, which Mr Okoye e-mails to Naomi every Friday.

## Mum's part

6. Mum will ring 101 and report me missing if I'm not home and not answering my phone 30 minutes after my
   curfew, then text Naomi (or ring the Emergency Duty Team at night).
   When: every time.
   How we'll know: the police log number, which Naomi puts on my file.
7. Mum will go to the Parents Against Exploitation group at Drakesholme Family Hub.
   When: Wednesdays at 6pm, six weeks, 28/01/2026 to 04/03/2026.
   How we'll know: the group's register, sent to Naomi after each session.

## Uncle Kofi's part

8. Uncle Kofi will have me to stay at his flat on the nights Mum is at work.
   When: every Friday and Saturday night Mum works (her rota goes to Naomi each month).
   How we'll know: Uncle Kofi texts Naomi by 10.30pm on those nights to say I'm in, and Naomi keeps the
   texts on my file.
9. Uncle Kofi will take me to Drakesholme Rovers under-16s training and bring me home after.
   When: every Sunday at 10am.
   How we'll know: the coach's attendance sheet, which Marcus checks with the coach each month.

## My workers' part

10. Naomi will see me on my own every week, one week at school and the next at home, and talk about where
    I've been, who with, and how safe I feel.
    When: every week until the review conference.
    How we'll know: Naomi's visit notes, with my own words and my safety score each time.
11. Naomi will see Ama on her own and help her make a plan for what to do if anyone comes to the door.
    When: once a month; Ama's plan done by 20/02/2026.
    How we'll know: Ama's plan (a copy on her bedroom door) and Naomi's notes of what Ama says.
12. Marcus will do one-to-one sessions with me on exploitation, debt bondage and how to get out safely.
    When: every Thursday after school, 3.30pm, until the review conference.
    How we'll know: Marcus's session notes to Naomi, with my "safe or not safe" score each week.
13. Marcus will do my return home interview every time I go missing.
    When: within 72 hours of every return.
    How we'll know: the return home interview form sent to Naomi and PC Wren within 72 hours.
14. Priya will write my Referral Order intervention plan with me, and report to the panel on how I'm
    doing.
    When: plan by 30/01/2026; panel reviews on 07/03/2026 and 06/06/2026.
    How we'll know: the intervention plan and Priya's panel reports, copied to Naomi.
15. Mr Okoye will hold a meeting with me and Mum to plan my return to full days, with a mentor I can go to
    at lunch and break.
    When: meeting by 13/02/2026; full days from 23/02/2026.
    How we'll know: my written return-to-school plan, and the register showing full days.
16. PC Wren will put a marker on our address and my phone number, and tell Naomi about any sightings of
    the car that followed me or of me in Castlebridge.
    When: markers by 23/01/2026; sightings passed on within 24 hours.
    How we'll know: PC Wren's e-mail to Naomi confirming the markers, and any sightings logged on my file.
17. Naomi will chase the NRM decision and tell me and Mum what it means.
    When: by 06/02/2026; then within 2 working days of the decision arriving.
    How we'll know: the decision letter on my file, and Naomi's note of when she told us.

## If things go wrong

- **If I go missing:** Mum rings 101 straight away and the police treat it as high risk because of
  Castlebridge. If I'm missing overnight or found outside Drakesholme, Naomi holds a strategy discussion
  with the police the same day.
- **If I'm found with drugs or money again, or someone threatens me or Ama about the debt:** Naomi holds a
  strategy discussion the same day. If it isn't safe for me at home, I stay with Uncle Kofi that night;
  if he can't have me, the Emergency Duty Team finds me a foster placement that night. Naomi then asks her
  manager, Gary Leung, for a legal planning meeting within 5 working days, to decide whether to go to court
  for a care order.
- **If Uncle Kofi can't have me on a night Mum is working** (he's ill, away, or it isn't working out):
  Uncle Kofi or Mum rings Naomi that day. Mum's manager has agreed she can swap her shift at short notice,
  so Mum stays at home that night. If she can't swap, Naomi or the Emergency Duty Team arranges for me to
  stay that night with Mrs Grace Boateng (Mum's friend, 9 Fernleigh Road, who has been checked and agreed).
- **If I've been missing three times in a month by the review conference, or I'm excluded again:** Naomi
  will ask Gary Leung for a legal planning meeting.

## Meetings

- Core group every four weeks at 4pm at Drakesholme Youth Hub: 17/02/2026, 17/03/2026 and 14/04/2026. I go
  to the first half.
- Referral Order panel reviews: 07/03/2026 and 06/06/2026.
- Review conference: 14/07/2026 at 10am, Drakesholme Civic Centre. I can go to all of it or some of it.

Naomi Fletcher, social worker - 01632 960 711 - Emergency Duty Team (after 5pm and weekends) 01632 960 999
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan in two parts: "My plan" for a 7-year-old, short
#    lines and picture cards (a small table per card: What will happen / Who
#    is helping me / When / How we will know it is working), then "The
#    grown-ups' plan" with the rest of the work in a table. Faulty (pdf)
# ---------------------------------------------------------------------------
def _card(picture, what, who, when, how):
    return ("table", {
        "rows": [
            [picture, H],
            ["What will happen", what],
            ["Who is helping me", who],
            ["When", when],
            ["How we will know it is working", how],
        ],
        "widths": [5.0, 12.0],
        "bold_first_col": True,
        "band_fill": "FFF2CC",
    })


PLANS.append({
    "name": "b185_dunnockfield_rcpc_my_plan_picture_cards_then_grown_ups_table_hartnell.pdf",
    "doc_title": "Poppy's plan and the grown-ups' plan - Poppy and Leo Hartnell",
    "split": "heldout",
    "actions": 19,
    "min_pages": 3,
    "header": "Dunnockfield Council · Children's Services · Poppy and Leo's child protection plan",
    "footer": "Poppy and Leo Hartnell · Review conference 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-part-1-my-plan-for-a-7-year-old-short-lines-pictures-described-in-brackets-this-is-me-what-i-told-sian-what-we-want-then-picture-cards-one-small-table-each-what-will-happen-who-is-helping-me-when-how-we-will-know-it-is-working-then-part-2-grown-ups-plan-details-worries-going-well-leos-day-outcomes-no-what-needs-to-happen-lead-by-when-how-we-will-know-table-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 7-year-old and a 2-year-old living with neglect: their mother "
        "drinks most evenings and was found drunk with the toddler alone downstairs; their grandmother "
        "helps with teas and evening checks. Part 1 is 'My plan', written with the 7-year-old in short "
        "lines with pictures described in words, and picture cards, one small table per card ('What will "
        "happen', 'Who is helping me', 'When', 'How we will know it is working'). Part 2 is the grown-ups' "
        "plan with the rest of the work in a numbered table. Faults: one card's helper is 'All the "
        "grown-ups who look after me'; a swimming card's time is 'When Mummy feels up to it'; the "
        "alcohol key work is measured by 'engagement with the service'; the GP's liver tests have '-' for "
        "when; the nursery's 2-year progress check has '-' for how we will know; and the contingency sends "
        "the children to the grandmother with nothing said if she cannot have them."
    ),
    "blocks": [
        ("title", "Poppy's plan"),
        ("p", "Part 1 of the child protection plan for Poppy and Leo Hartnell, from the review conference on "
              "10/02/2026. Sian wrote this part with Poppy at school on 12/02/2026, using Poppy's words and her "
              "drawings. The grown-ups' plan is Part 2."),
        ("h2", "This is me"),
        ("p", "[picture of Poppy and Leo holding hands outside a blue front door]"),
        ("p", "My name is Poppy. I am 7. I live with Mummy and my little brother Leo. Leo is 2. I go to St "
              "Mary's School and I am in Mrs Dean's class. I like drawing cats and doing cartwheels."),
        ("h2", "What I told Sian"),
        ("bullets", [
            "\"When Mummy has her drink she goes to sleep on the settee and I can't wake her up.\"",
            "\"I make Leo's bottle with cold milk because I'm not allowed the kettle.\"",
            "\"I like it at Nana Val's. She does fish fingers and we watch the dancing programme.\"",
            "\"I get worried at school that Leo is on his own.\"",
            "My worry scale: at home 4 out of 10 (10 is really happy). At Nana's 9 out of 10.",
        ]),
        ("h2", "What we want for me and Leo"),
        ("p", "[picture of a sun and a smiley face]"),
        ("bullets", [
            "Me and Leo always have a grown-up awake and not drunk looking after us.",
            "I get to school on time with breakfast in my tummy, and Leo goes to nursery.",
            "We have baths, clean clothes and a bedtime.",
            "I don't have to look after Leo. That is a grown-up's job.",
        ]),
        ("h2", "What will happen: my cards"),
        ("p", "Each card is one thing that will happen. Sian will bring the cards to every visit and we will "
              "colour in the ones that are working."),
        _card("Card 1  [picture of a cereal bowl and a lunchbox]",
              "Mummy will get me up, give me breakfast and get me to school by 8.45.",
              "Mummy",
              "Every school day",
              "Mrs Dean ticks my breakfast and on-time chart, and Sian looks at it every week."),
        _card("Card 2  [picture of a bath with bubbles and a pair of pyjamas]",
              "Mummy will give me and Leo a bath and clean pyjamas, and we go to bed at 7.30.",
              "Mummy",
              "Every night. Bath night is Sunday, Tuesday and Thursday.",
              "Jamie sees our bedtime sticker chart when he comes on Wednesdays, and I tell Sian about it."),
        _card("Card 3  [picture of a nursery with a big sandpit]",
              "Mummy will take Leo to Little Acorns Nursery and pick him up.",
              "Mummy",
              "Monday, Wednesday and Friday mornings, 9 o'clock to 12 o'clock",
              "The nursery register. Kerry at nursery rings Sian if Leo is not there by 9.30."),
        _card("Card 4  [picture of Nana's house with a red door]",
              "Nana Val will pick me and Leo up and give us our tea at her house.",
              "Nana Val",
              "Every Tuesday and Thursday after school, until 6 o'clock",
              "Nana Val writes it in the family diary, and Mrs Dean sees Nana at the gate."),
        _card("Card 5  [picture of Sian with a notebook and a pencil]",
              "Sian will come and see me at school on my own, and I can tell her anything.",
              "Sian (my social worker)",
              "Every two weeks, on a Wednesday morning",
              "Sian writes down what I say and reads it back to me. I do my worry scale each time."),
        _card("Card 6  [picture of a box with a lid and stars on it]",
              "Jamie will make a worry box with me and help me say what I am worried about.",
              "Jamie (family support worker)",
              "Thursdays at lunchtime at school, six times, 19/02/2026 to 26/03/2026",
              "I fill in my worry scale each time and Jamie shows Sian."),
        _card("Card 7  [picture of lots of grown-ups standing in a line]",
              "The grown-ups will tell Sian if I say something is wrong at home.",
              "All the grown-ups who look after me",
              "The same day",
              "Sian writes it in my file."),
        _card("Card 8  [picture of a swimming pool with a slide]",
              "Mummy will take me swimming at the leisure centre, just me and her.",
              "Mummy",
              "When Mummy feels up to it",
              "I tell Sian about it and show her my swimming badge."),
        ("h2", "If things go wrong (for Poppy)"),
        ("p", "[picture of a telephone]"),
        ("p", "If Mummy has had her drink and I can't wake her up, I ring 999 on the phone in the kitchen and "
              "tell them my address (it is on the fridge). I don't have to look after Leo on my own. It is "
              "never my fault."),
        ("pagebreak",),
        ("title", "The grown-ups' plan"),
        ("p", "Part 2 of the plan, from the review conference on 10/02/2026 (chair: Mark Penrose, independent "
              "reviewing officer). It holds the work that is not on Poppy's cards."),
        ("kv", [
            ("Children", "Poppy Hartnell, born 30/06/2018 (7), Year 3, St Mary's CE Primary School; Leo "
                         "Hartnell, born 11/01/2024 (2), Little Acorns Nursery"),
            ("Address", "14 Wren Close, Dunnockfield DF2 7HS"),
            ("Mother", "Stacey Hartnell (31)"),
            ("Maternal grandmother", "Val Hartnell, 3 Sparrow Lane, Dunnockfield (Nana Val)"),
            ("Category", "Neglect (both children); initial conference 14/10/2025"),
            ("Social worker", "Sian Adair, Dunnockfield Children's Services, Family Safeguarding East "
                              "(team manager: Louise Grant)"),
            ("Family support worker", "Jamie Clarke"),
        ]),
        ("h2", "Why there is still a plan"),
        ("p", "Stacey drinks vodka most evenings. On 02/10/2025 the police found her asleep and unrousable on "
              "the settee at 9pm with Leo, then 20 months, alone downstairs and the front door open. Poppy told "
              "her teacher she makes Leo's bottles and gets herself to school. Since October Stacey has started "
              "at the Recovery Hub and says she drinks less, but her breath tests at three of the last eight "
              "visits were over zero, and Poppy was late for school 11 times in January. Leo's speech is behind "
              "what the health visitor would expect for his age."),
        ("h2", "What is going well"),
        ("bullets", [
            "Stacey has been to nine of her twelve Recovery Hub appointments since October.",
            "Nana Val has had the children for tea every Tuesday and Thursday since November.",
            "Leo started at Little Acorns in January and has been every morning he was booked.",
            "Poppy has been happier at school and has made a friend, Isla.",
        ]),
        ("h2", "Leo's day"),
        ("p", "Leo is 2 and says about ten words. At nursery he is cheerful once he has had his snack, and he "
              "eats quickly, as if he is hungry. On Sian's visit on 03/02/2026 he was in a dry nappy and clean "
              "clothes, and he brought Stacey a book and sat on her knee. He follows Poppy everywhere and "
              "cries when she goes to school."),
        ("h2", "What we want for Poppy and Leo"),
        ("numbers", [
            "Poppy and Leo are always looked after by a sober adult who is awake and able to care for them.",
            "Poppy gets to school on time every day and no longer looks after Leo.",
            "Leo's speech and development catch up, so that he is at the expected level by his 3rd birthday.",
            "Poppy and Leo are clean, fed and have a bedtime routine.",
        ]),
        ("h2", "The grown-ups' plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By when", "How we will know"],
            "widths": [1.0, 6.0, 3.4, 3.0, 3.6],
            "rows": [
                ["1", "No drinking at all while looking after Poppy and Leo, and a breath test at every visit "
                      "by Sian or Jamie",
                 "Stacey Hartnell", "Every day, from 10/02/2026",
                 "Breath test readings written on each visit record; every reading zero"],
                ["2", "Key work sessions with Stacey on cutting down and then stopping her drinking",
                 "Tom Baines, Dunnockfield Recovery Hub", "Every Monday at 11am from 16/02/2026",
                 "Engagement with the service"],
                ["3", "An alcohol assessment (AUDIT) and a written report for the core group on whether "
                      "Stacey is likely to stop drinking and how long it will take",
                 "Tom Baines, Dunnockfield Recovery Hub", "By 20/03/2026",
                 "Report shared with the core group by 20/03/2026"],
                ["4", "Check Stacey's liver function and talk with her about medication to help her stop "
                      "drinking",
                 "Dr Kofi Mensah, GP, Wren Close Surgery", "-",
                 "Results and plan in a letter to Sian"],
                ["5", "Pop in at Stacey's each evening to check she is sober and the children are fed and in "
                      "bed",
                 "Nana Val", "Mondays, Wednesdays and Fridays at 6.30pm",
                 "Val texts Sian \"all fine\" or rings if not; texts kept on the file"],
                ["6", "Home visits, at least one in three unannounced, seeing the children's rooms and "
                      "Stacey's breath test",
                 "Sian Adair, social worker", "Every week until the review conference",
                 "Visit records within 2 working days, with what Poppy and Leo were doing"],
                ["7", "Visits at teatime to help Stacey with meals, baths and the bedtime sticker chart",
                 "Jamie Clarke, family support worker", "Every Wednesday, 4.30pm to 7pm",
                 "Bedtime chart and Jamie's visit notes, shared with Sian each week"],
                ["8", "Leo's 2-year progress check, done with Stacey and Leo's key person",
                 "Kerry Walsh, manager, Little Acorns Nursery", "By 27/03/2026", "-"],
                ["9", "Home visit to check Leo's weight, speech and development (ASQ-3), and refer him to "
                      "speech and language therapy if needed",
                 "Rachel Yates, health visitor", "By 06/03/2026, then every 6 weeks",
                 "ASQ-3 scores and weight shared with Sian; referral letter on file"],
                ["10", "Send Sian Poppy's attendance and late marks, and anything Poppy says about home",
                 "Mr Owen Harris, DSL, St Mary's CE Primary School", "Every Friday",
                 "Weekly e-mail on Poppy's file"],
                ["11", "Parenting assessment with Stacey, looking at whether she can keep the children safe "
                       "from her drinking",
                 "Sian Adair, social worker", "By 27/03/2026",
                 "Report shared with Stacey and the core group by 27/03/2026"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Stacey's breath test is over zero while she is looking after the children, or anyone sees her "
            "drunk with them: Nana Val will take Poppy and Leo to her house that night, Sian (or the Emergency "
            "Duty Team) visits that day, and Sian asks Louise Grant for a legal planning meeting within 5 "
            "working days.",
            "If Poppy or Leo are found alone at home, or the police are called to the house: Sian holds a "
            "strategy discussion with the police that day, and the children go to Nana Val's.",
            "If the parenting assessment says the children cannot be kept safe at home, Sian asks for a legal "
            "planning meeting before the next core group.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every six weeks at 10am at St Mary's: 03/03/2026, 14/04/2026 and 26/05/2026.",
            "Review conference: 04/08/2026 at 2pm, Dunnockfield Civic Offices.",
        ]),
    ],
    "findings": [
        F("W002", "The grown-ups will tell Sian if I say something"),
        F("T002", "Mummy will take me swimming at the leisure centre"),
        F("M002", "Key work sessions with Stacey on cutting down and then"),
        F("T001", "Check Stacey's liver function and talk with her about medication"),
        F("M001", "Leo's 2-year progress check, done with Stacey and Leo's key person"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group plan that puts the family's own plan from a family group
#    conference first ("We, the Fairclough and Hurst family, agree ..."),
#    item by item in the family's words with Who / What / When / How we'll
#    know lines, then the agencies' plan in the same shape. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_dimbleworth_fgc_family_plan_we_agree_then_agencies_fairclough.txt",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-plan-txt-caps-headings-family-details-why-worried-going-well-what-the-children-said-what-we-want-then-part-one-family-group-conference-plan-in-the-familys-words-we-the-family-agree-numbered-items-who-what-when-how-well-know-lines-then-part-two-agencies-plan-same-lines-then-if-the-plan-isnt-working-meetings",
    "description": (
        "Core group plan for a 10-year-old, a 6-year-old and an 18-month-old whose parents drink at "
        "weekends and argue; the 10-year-old was left in charge at night. The family's own plan from a "
        "family group conference comes first, in their words ('We, the Fairclough and Hurst family, "
        "agree to this plan'), each numbered item with Who / What / When / How we'll know lines naming "
        "the grandparents, aunt, uncle or parents, then the agencies' plan in the same shape. Faults: "
        "the aunt's outings with the children are 'when she can'; the uncle's talk with the father has '-' for "
        "when and how we'll know; one family item is owned by 'All of us (the whole family)'; the "
        "alcohol service's key work is measured by 'progress monitored by DAS'; and the only "
        "contingency is that the family will meet again and the social worker will discuss it with her "
        "manager if things are not going well, with nothing said if the relatives' help fails."
    ),
    "text": """\
DIMBLEWORTH COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN WITH THE FAMILY'S PLAN
Kayden Fairclough, Skye Hurst and Rio Hurst

Agreed at the first core group on 17/02/2026, after the initial child protection conference on
13/01/2026 and the family group conference on 10/02/2026.

------------------------------------------------------------------------
THE FAMILY
------------------------------------------------------------------------
Kayden Fairclough, born 04/05/2015 (10), Year 6, Dimbleworth Park Primary School
Skye Hurst, born 19/09/2019 (6), Year 1, Dimbleworth Park Primary School
Rio Hurst, born 22/08/2024 (18 months)
Mum: Jade Fairclough (30). Dad (Skye and Rio): Lee Hurst (33). Kayden's dad is not in touch.
Home: 27 Cartwright Street, Dimbleworth DB6 1EW
Nana Carol and Grandad Mick Fairclough (Jade's mum and dad), 12 Beech Road
Auntie Shannon Fairclough (Jade's sister), 40 Cartwright Street
Uncle Gary Hurst (Lee's brother), Flat 3, Mill House, Dimbleworth
Category: Neglect (all three children)
Social worker: Natalie Barker, Family Safeguarding Team (manager: Sunil Rai)
FGC coordinator: Bev Thornley, Dimbleworth Family Group Conference Service

------------------------------------------------------------------------
WHY WE ARE WORRIED
------------------------------------------------------------------------
Jade and Lee drink heavily most weekends, often from Friday afternoon to Sunday. On 22/11/2025 the
police found Kayden, then 9, looking after Skye and Rio at 11pm while Jade and Lee were at the Black
Horse. Rio's nappy had not been changed for hours and there was no food in the fridge. There have been
four police call-outs for arguments since June 2025; on 14/12/2025 Lee kicked the kitchen door off its
hinges while drunk. Skye missed 19 days of school in the autumn term, mostly Mondays. Rio has missed
his 1-year immunisations.

------------------------------------------------------------------------
WHAT IS GOING WELL
------------------------------------------------------------------------
- Fourteen family members came to the family group conference and made their own plan.
- Nana Carol and Grandad Mick have had the children every weekend since the conference.
- Jade and Lee both went to their first appointments at the alcohol service in January.
- Kayden is doing well in Year 6 and wants to go to Dimbleworth High with his friends.

------------------------------------------------------------------------
WHAT THE CHILDREN SAID
------------------------------------------------------------------------
Kayden (to Natalie, 04/02/2026): "I don't like it when they go the pub. I have to do Rio's bottle and
Skye cries for Mum. At Nana's I can just play my Xbox."
Kayden at the family group conference (read out by his advocate, Tom): "I want Mum and Lee to stop
drinking at weekends and for me not to be in charge."
Skye drew her three houses with Natalie. House of worries: "shouting and the door broke". House of good
things: "Nana's, and my bed with Lulu (her doll)". House of dreams: "Mummy and Daddy take us to the
seaside".
Rio is 18 months. At Natalie's visits he has been clean and cheerful, and he toddles to Kayden for a
cuddle rather than to Jade. At nursery taster sessions he ate two breakfasts.

------------------------------------------------------------------------
WHAT WE WANT FOR THE CHILDREN
------------------------------------------------------------------------
1. Kayden, Skye and Rio are always looked after by a sober adult, and Kayden is never left in charge.
2. The children live in a home without shouting, fighting or broken doors.
3. Skye is at school every day, including Mondays, and Rio has caught up with his immunisations.
4. Kayden has time to be a 10-year-old and starts at Dimbleworth High in September feeling settled.

========================================================================
PART ONE: OUR FAMILY PLAN
========================================================================
(Written by the family in private family time at the family group conference on 10/02/2026 and typed
up by Bev Thornley in the family's own words. The core group agreed it on 17/02/2026.)

We, the Fairclough and Hurst family, agree to this plan to keep Kayden, Skye and Rio safe. Each of us
has put our name to what we will do.

1.  Who:  Nana Carol
    What: Have Kayden, Skye and Rio to stay at ours on Friday and Saturday nights, so there are never
          kids in the house if Jade and Lee have a drink.
    When: Every Friday and Saturday night, from 13/02/2026.
    How we'll know: Carol texts Natalie on Saturday and Sunday mornings to say the kids stayed, and
          the kids tell Natalie.

2.  Who:  Grandad Mick
    What: Walk Kayden and Skye to school on Monday, Wednesday and Friday mornings.
    When: Every Monday, Wednesday and Friday, at the school gate by 8.45am.
    How we'll know: The school register shows Skye in on time, and no Monday absences.

3.  Who:  Auntie Shannon
    What: Take the kids out to the park or swimming, so Jade and Lee get a break and the kids have
          some fun.
    When: When she can.
    How we'll know: Shannon sends Natalie a photo of where they went.

4.  Who:  Uncle Gary
    What: Talk to Lee about his drinking, man to man, and be someone Lee can ring when he wants a
          drink.
    When: -
    How we'll know: -

5.  Who:  Jade and Lee
    What: No drinking at all when we are looking after the kids, and never both of us drinking at the
          same time.
    When: Every day, from 10/02/2026.
    How we'll know: Breath tests at Natalie's visits all read zero, and the kids tell Natalie.

6.  Who:  Jade
    What: Take Rio to catch up his immunisations at the surgery and to his 2-year review.
    When: Immunisations by 13/03/2026; 2-year review with Hannah on 05/03/2026.
    How we'll know: Rio's red book, which Natalie and Hannah see.

7.  Who:  All of us (the whole family)
    What: Make sure the kids are never left with anyone who has been drinking, and ring Natalie or the
          duty number if we see it happen.
    When: Every day.
    How we'll know: Any call is written on the kids' file with the date.

========================================================================
PART TWO: THE AGENCIES' PLAN
========================================================================

8.  Who:  Natalie Barker, social worker
    What: Visit the home, see each child on their own (Kayden and Skye at school or at home), and do
          a breath test with Jade and Lee.
    When: Every week, at least one visit in three on a Friday or Saturday evening, unannounced.
    How we'll know: Visit records within 2 working days, with what each child said and the breath
          test readings.

9.  Who:  Craig Lister, Dimbleworth Alcohol Service (DAS)
    What: Key work sessions with Jade and with Lee on their drinking.
    When: Weekly, from 19/02/2026.
    How we'll know: Progress monitored by DAS.

10. Who:  Craig Lister, DAS
    What: Full alcohol assessment for Jade and for Lee (AUDIT scores and a blood test), and a written
          report for the core group on whether each of them can stop drinking at weekends and how long
          it is likely to take.
    When: By 20/03/2026.
    How we'll know: Report shared with the core group by 20/03/2026.

11. Who:  Lee
    What: Go to the Dimbleworth Choices group for men who have been abusive or violent at home.
    When: Assessment on 24/02/2026, then Tuesday evenings for 16 weeks.
    How we'll know: The group worker sends Natalie Lee's attendance each month.

12. Who:  Mrs Sue Lomas, DSL, Dimbleworth Park Primary School
    What: Send Natalie Kayden's and Skye's attendance and late marks, and anything the children say
          about the weekend.
    When: Every Monday by 4pm.
    How we'll know: Weekly e-mail on the children's file.

13. Who:  Jess Fenton, Dimbleworth Young Carers
    What: Young carer's assessment with Kayden, and a place at Thursday club if he wants it.
    When: Assessment by 06/03/2026; club from 12/03/2026.
    How we'll know: Assessment shared with Natalie; the club register.

14. Who:  Hannah Cole, health visitor
    What: Rio's 2-year review (ASQ-3) at home, then home visits to check his health and development.
    When: Review on 05/03/2026, then every four weeks.
    How we'll know: ASQ-3 scores and visit notes shared with Natalie.

15. Who:  Bev Thornley, FGC coordinator
    What: Bring the family back together for a review family group conference to check how the
          family plan is going.
    When: On 12/05/2026.
    How we'll know: The updated family plan, typed up and sent to everyone within a week.

------------------------------------------------------------------------
IF THE PLAN ISN'T WORKING
------------------------------------------------------------------------
If things are not going well, or the family plan is not being kept to, the family will get back together
with Bev to talk about what needs to change, and Natalie will discuss the children's plan with her
manager.

------------------------------------------------------------------------
MEETINGS
------------------------------------------------------------------------
Core group: every four weeks at 10am at Dimbleworth Park Primary School - 17/03/2026, 14/04/2026 and
12/05/2026 (after the review family group conference).
Review child protection conference: 09/04/2026 at 1.30pm, Dimbleworth Town Hall.
If the children's plan has not made enough progress by the review conference, Sunil Rai will hold a
legal planning meeting to decide whether to start pre-proceedings under the Public Law Outline.

Natalie Barker, social worker - 01632 960 415 - out of hours: Emergency Duty Team 01632 960 000
""",
    "findings": [
        F("T002", "Take the kids out to the park or swimming"),
        F("T001", "Talk to Lee about his drinking, man to man"),
        F("M001", "Talk to Lee about his drinking, man to man"),
        F("W002", "Make sure the kids are never left with anyone who"),
        F("M002", "Key work sessions with Jade and with Lee on their drinking"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan for a premature baby on a neonatal unit, written
#    with her parents: "we" is Chelsea and Ryan in "What we will do", the
#    services' work is under "What Harper's workers will do" with each worker
#    named, in three stages (on the unit, going home, the first weeks at
#    home). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_daverley_nnu_baby_plan_we_parents_stages_named_workers_lomax.docx",
    "doc_title": "Harper's plan - child protection plan for Harper Lomax",
    "split": "heldout",
    "actions": 20,
    "template": "rcpc-baby-on-neonatal-unit-plan-docx-written-with-parents-we-is-chelsea-and-ryan-kv-details-why-still-a-plan-going-well-harpers-days-on-the-unit-what-we-want-then-three-h2-stages-on-the-unit-going-home-first-weeks-at-home-each-with-what-we-will-do-and-what-harpers-workers-will-do-bullets-named-worker-time-and-how-well-know-in-each-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a baby born at 30 weeks who is on a neonatal unit, written "
        "with her parents: her father assaulted her mother in pregnancy and uses cannabis daily, her "
        "mother is a care leaver. The plan says 'we' is Chelsea and Ryan (the parents), and in three "
        "stages (on the unit, the week before going home, the first weeks at home) gives 'What we will "
        "do' bullets and 'What Harper's workers will do' bullets, each naming the worker, with its own "
        "time ('every day until discharge', 'the two nights before discharge', 'within 48 hours of "
        "discharge') and how we'll know (the parents' cares chart, the discharge competency booklet, the "
        "rooming-in record, the red book, urine results). The drug service reports on change, the "
        "baby is not looked after and the social worker visits her on the unit twice a week, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Harper's plan"),
        ("p", "Child protection plan for Harper Lomax, agreed at the review child protection conference on "
              "03/02/2026 on Wren Neonatal Unit, Daverley Royal Infirmary. We wrote the \"What we will do\" "
              "parts with Laura, Harper's social worker, on 04/02/2026."),
        ("p", "In this plan \"we\" and \"us\" mean Chelsea and Ryan, Harper's mum and dad. Where something is "
              "for only one of us, it says which. Every worker is named in the part that says what they will "
              "do."),
        ("h1", "About Harper"),
        ("kv", [
            ("Baby", "Harper Lomax, born 05/01/2026 at 30+0 weeks, weighing 1.41kg; 34+1 weeks' corrected "
                     "age at the conference"),
            ("Where Harper is", "Wren Neonatal Unit (special care nursery), Daverley Royal Infirmary. Harper "
                                "is not looked after: Chelsea and Ryan share parental responsibility and "
                                "agree to this plan."),
            ("Mum", "Chelsea Lomax (20), 16 Harrier Court, Daverley DV5 3LN. Care leaver; personal adviser "
                    "Amy Harding, Daverley Leaving Care Team."),
            ("Dad", "Ryan Atherley (23), living with his mother, Denise Atherley, at 8 Linnet Way, Daverley"),
            ("Category", "Physical abuse (pre-birth plan from 10/11/2025, continued at this review)"),
            ("Social worker", "Laura Kenning, Daverley Children's Services, Safeguarding Team 2 (team "
                              "manager: Peter Vance)"),
            ("On the unit", "Sister Joy Mensah, discharge coordinator; Dr Sunil Mehta, consultant "
                            "neonatologist"),
            ("Expected home", "In the week of 23/02/2026 (about 37 weeks' corrected age), when Harper feeds "
                              "fully by mouth and gains weight for five days in a row"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "When Chelsea was 24 weeks pregnant, Ryan pushed her against a wall and slapped her during an "
              "argument about money. He accepted a conditional caution. Ryan has smoked cannabis every day "
              "since he was 15; his urine tests in December were positive. Since Harper was born Ryan has been "
              "staying at his mum's. We both want to care for Harper together one day, but the conference "
              "agreed that, for now, Harper will go home to Chelsea's flat and Ryan will see her at the family "
              "centre until the parenting assessment and his tests show it is safe for him to be at the flat."),
        ("h1", "What is going well"),
        ("bullets", [
            "We have both visited Harper every day since she was born, and we do her cares with the nurses.",
            "Chelsea has expressed milk for Harper since day one, and Harper now has some feeds from a bottle.",
            "Ryan's last two urine tests (20/01/2026 and 27/01/2026) were clear, and he has started the Respect "
            "assessment.",
            "Chelsea's flat is warm and clean, and she has kept her tenancy for two years.",
        ]),
        ("h1", "Harper's days on Wren Unit"),
        ("p", "Harper cannot tell us how she is, so the nurses and Laura have written down what they see. "
              "Harper is in an open cot now and no longer needs oxygen. She has her feeds every three hours, "
              "partly by bottle and partly through her nasal tube. She settles quickly when Chelsea holds her "
              "skin to skin, and her heart rate drops and her breathing slows. When voices are raised on the "
              "ward she startles, stiffens and cries. She turns her head towards Ryan's voice, and she feeds "
              "best at her 6pm feed, when we are both there and the ward is quiet."),
        ("h1", "What we all want for Harper"),
        ("numbers", [
            "Harper feeds well, gains weight and follows her centile line on her preterm growth chart.",
            "Harper goes home only when the discharge planning meeting agrees that her home is safe and ready.",
            "Harper lives somewhere calm, where nobody shouts, pushes or hits, and nobody smokes cannabis.",
            "Harper goes to every follow-up appointment and has her immunisations on time.",
        ]),
        ("h1", "Stage 1: while Harper is on Wren Unit"),
        ("h2", "What we will do"),
        ("bullets", [
            "We will visit Harper on the unit every day until she goes home, and do her 12 noon and 6pm cares "
            "(nappy, temperature and her feed, with the nurses). The nurses sign each care on the parents' "
            "chart at Harper's cot, and the nurse in charge rings Laura on any day we have not come.",
            "Chelsea will express milk every three hours in the day and once at night, and bring it in every "
            "morning. The unit logs each bottle on Harper's milk chart.",
            "We will both go to the unit's Going Home sessions (safe sleep, bathing, feeding, baby CPR) on "
            "Thursdays at 2pm, from 05/02/2026 to 19/02/2026. Sister Mensah signs each one off in our "
            "discharge competency booklet.",
            "Ryan will go to his key-work session at Daverley Recovery Partnership every Tuesday and give a "
            "urine sample each time. His results are e-mailed to Laura.",
            "Ryan will go to the Daverley Respect programme for men who have been abusive to a partner: the "
            "assessment on 09/02/2026, then every Monday evening from 16/02/2026. The group worker sends "
            "Laura his attendance at the end of each month.",
        ]),
        ("h2", "What Harper's workers will do"),
        ("bullets", [
            "Laura Kenning, social worker, will see Harper on the unit twice a week, on Mondays and "
            "Thursdays, and talk to the nurse in charge. Her visit records say how Harper was, who was with "
            "her and what the nurses have seen.",
            "Laura will do the parenting assessment with us both, together and on our own, and share the "
            "report with us and the core group by 20/02/2026.",
            "Shona Briggs, Ryan's key worker at Daverley Recovery Partnership, will see Ryan every Tuesday, "
            "test his urine at each session, and write a report for the core group by 17/02/2026 on whether "
            "Ryan has stopped using cannabis and is likely to stay stopped.",
            "Sister Joy Mensah will fill in the parenting observation sheet with the nurses every Friday "
            "until discharge (how we feed, hold, settle and change Harper) and e-mail it to Laura.",
            "Kerry Osei, IDVA at Daverley Domestic Abuse Service, will meet Chelsea on the unit every other "
            "Wednesday from 04/02/2026 and write a safety plan with her by 18/02/2026. A copy goes to Laura "
            "and to the discharge planning meeting.",
        ]),
        ("h1", "Stage 2: the week before Harper goes home"),
        ("h2", "What we will do"),
        ("bullets", [
            "We will room in with Harper in the parents' room on Wren Unit for the two nights before she goes "
            "home, and do all her feeds and cares ourselves. The night nurse writes what she saw on the "
            "rooming-in record.",
        ]),
        ("h2", "What Harper's workers will do"),
        ("bullets", [
            "Sister Joy Mensah will chair the discharge planning meeting, with us, Laura, Ellen and Amy, at "
            "least 3 working days before Harper goes home. The written discharge plan, signed by us, goes to "
            "the core group the same day.",
            "Ellen Barraclough, health visitor, will visit Chelsea's flat before discharge to check the Moses "
            "basket, smoke alarm and room thermometer, and go through safe sleep and the ICON crying plan "
            "with us. She e-mails her home safety checklist to Laura after the visit.",
            "Amy Harding, Chelsea's personal adviser, will get the setting-up-home grant paid and the cot, "
            "Moses basket and pram delivered by 16/02/2026. Ellen checks they are there at her visit.",
            "Dr Sunil Mehta will write Harper's discharge summary, with her follow-up appointments and eye and "
            "hearing checks, and send it to the GP, Ellen and Laura on the day of discharge, with a copy on "
            "Harper's file.",
        ]),
        ("h1", "Stage 3: the first weeks at home (from discharge to the review conference)"),
        ("h2", "What we will do"),
        ("bullets", [
            "Chelsea will give Harper her feeds every three hours, day and night, and write each feed and how "
            "much Harper took on her feed chart, which Ellen and Laura read at every visit.",
            "Ryan will see Harper at Daverley Family Centre on Tuesday and Saturday afternoons, 1pm to 4pm. "
            "The family centre sends Laura a contact record after each time.",
        ]),
        ("h2", "What Harper's workers will do"),
        ("bullets", [
            "Paula Greaves, community children's nurse, will visit Harper at home within 48 hours of "
            "discharge and then every week for four weeks to check her feeding and breathing. Her visit notes "
            "are copied to Ellen and Laura.",
            "Ellen will visit every week until the review conference, weigh Harper and plot her weight on the "
            "preterm chart in her red book. Harper should follow her centile line.",
            "Laura will visit twice a week for the first four weeks after discharge, then every week until "
            "the review conference, at least one visit in three unannounced, and see Harper awake and "
            "undressed. Visit records are on the file within 2 working days.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If we miss two days in a row on the unit, or miss our cares on three days in a week: the nurse in "
            "charge rings Laura that day, Laura sees Chelsea that day, and Sister Mensah and Laura put back "
            "the discharge planning meeting until we have done seven days of cares in a row.",
            "If any of Ryan's urine tests is positive for cannabis, or Ryan is seen under the influence on the "
            "unit or at the family centre: the nurse in charge or the family centre ends that visit, Laura "
            "is told that day, and Laura asks Peter Vance for a legal planning meeting within 5 working days.",
            "If there is any shouting, pushing or violence between us, or Ryan comes to Chelsea's flat: "
            "Chelsea rings 999 if she or Harper is in danger; Laura holds a strategy discussion with the "
            "police that day; and Laura asks for a legal planning meeting within 5 working days.",
            "If the parenting assessment says Harper could not be safely cared for at home, Laura asks Peter "
            "Vance for a legal planning meeting before discharge, and Harper stays on Wren Unit until the "
            "local authority has agreed a plan for her (which may mean a foster placement with Chelsea "
            "visiting, or an application to court).",
            "If Harper loses weight for two weighs in a row at home, Ellen tells Laura that day and Harper is "
            "seen on the unit's open-access clinic within 24 hours.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every two weeks while Harper is on Wren Unit, in the parents' room at 2pm: 10/02/2026 "
            "and 24/02/2026. After discharge, every four weeks at Daverley Family Centre: 24/03/2026 and "
            "21/04/2026.",
            "Review child protection conference: 12/05/2026 at 10am, Daverley Civic Centre.",
        ]),
        ("p", "Agreed by Chelsea Lomax, Ryan Atherley and Laura Kenning, 04/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for an 11-year-old with cerebral palsy,
#    epilepsy and a gastrostomy who does not speak, set out around his day
#    and week: a table with When / What Ellis needs / Who / How we will know,
#    banded by every day, school days, every week and by a date; the parents'
#    rows say "We (Mum and Dad)", the services' rows name the worker.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_drimstone_disabled_child_plan_around_his_day_we_mum_and_dad_thackeray.pdf",
    "doc_title": "Ellis's plan - child protection plan for Ellis Thackeray",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "min_pages": 2,
    "header": "Drimstone Council · Disabled Children's Team · Child protection plan",
    "footer": "Ellis Thackeray · Child protection plan (ICPC 09/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-disabled-child-plan-paged-landscape-header-footer-written-with-parents-we-is-mum-and-dad-kv-details-why-going-well-how-ellis-tells-us-things-communication-signs-and-eye-gaze-answers-sisters-words-outcomes-then-plan-around-his-day-and-week-table-when-first-what-ellis-needs-who-how-we-will-know-banded-every-day-school-days-every-week-by-a-date-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-year-old boy with cerebral palsy, epilepsy and a "
        "gastrostomy, who does not speak and uses an eye-gaze board: missed seizure medicines, weight "
        "loss, a pressure sore and missed hospital appointments while his exhausted parents lost their "
        "short breaks. Written with the parents, it is set out around Ellis's day and week: a table "
        "whose first column is when ('7am and 7pm', 'every two hours in the day, and at 11pm and 3am', "
        "'every school day', 'every Monday', 'by 27/02/2026') and whose rows say 'We (Mum and Dad)' for "
        "the parents' care and name the worker for the services', banded by every day, school days, "
        "every week and by a date. Ellis's signs and eye-gaze answers and his sister's words are "
        "recorded, adult social care does a carer's assessment, the contingency names an emergency short "
        "break bed with a fallback, legal planning follows named triggers, and core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Ellis's plan"),
        ("p", "Child protection plan from the initial child protection conference on 09/01/2026 (chair: Anne "
              "Whitaker, independent reviewing officer). Hannah Morris, Ellis's social worker, wrote the plan "
              "with us on 13/01/2026. In this plan \"we\" means us, Dawn and Carl, Ellis's mum and dad. Every "
              "worker is named in the row that says what they will do."),
        ("h1", "About Ellis"),
        ("kv", [
            ("Child", "Ellis Thackeray, born 17/08/2014 (11), Drimstone Oaks School (special school), Class 6"),
            ("Address", "52 Quarry Bank, Drimstone DR4 9TS"),
            ("Parents", "Dawn Thackeray (42) and Carl Thackeray (46)"),
            ("Sister", "Millie Thackeray (15), Drimstone Hill Academy"),
            ("Ellis's health", "Quadriplegic cerebral palsy; epilepsy (rescue medicine: buccal midazolam); "
                               "fed by gastrostomy; uses a wheelchair and a sleep system; does not speak, "
                               "uses an eye-gaze board, signs and sounds"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Morris, Drimstone Disabled Children's Team (team manager: Rob Ellery)"),
        ]),
        ("h1", "Why Ellis has a plan"),
        ("p", "Ellis's short breaks stopped in July 2025 when his short break house closed, and since then we "
              "have cared for him on our own, day and night. Carl works long shifts. Between July and December "
              "Ellis missed four of his last six hospital appointments (neurology, orthopaedics and two with "
              "the dietitian). His weight dropped from the 25th centile to below the 2nd. In November the "
              "school found four days of his epilepsy medicines still in the blister pack, and he had two long "
              "seizures at school. On 24/11/2025 the school nurse found a grade 2 pressure sore at the base of "
              "his back. His wheelchair is too small and he slumps in it. Several mornings he came to school in "
              "the same clothes with his stoma site not cleaned. We told the conference we are exhausted and "
              "had stopped coping. Neither of us has any health problem of our own."),
        ("h1", "What is going well"),
        ("bullets", [
            "Ellis is loved. He lights up when Carl comes in from work, and Dawn knows every one of his sounds.",
            "Since the conference we have given every dose of his medicines and kept the chart.",
            "We asked for help ourselves, and we have agreed to everything in this plan.",
            "Drimstone Oaks knows Ellis well, and his teacher says he has started to use 12 pages on his "
            "eye-gaze board.",
            "Millie is close to Ellis and reads to him at bedtime.",
        ]),
        ("h1", "How Ellis tells us things"),
        ("p", "Ellis does not speak, so his signs matter. From his communication passport, his teacher and us: "
              "he smiles and says \"ahh\" when he is happy; he turns his head away and screws up his eyes when "
              "he does not want something; he cries with a high, sharp cry when he is in pain, and a low "
              "grizzle when he is hungry or wet. Since the sore was found he cries when he is laid on his back."),
        ("p", "On 08/01/2026 Hannah and his teacher, Mrs Lorna Price, asked Ellis questions with his eye-gaze "
              "board. Asked \"How do you feel at home?\" he looked at \"tired\" and then \"sore\". Asked \"How "
              "do you feel at school?\" he looked at \"happy\". Asked who he likes to be with, he looked at "
              "\"Dad\", \"Millie\" and \"swimming\"."),
        ("p", "Millie (15) told Hannah on 07/01/2026: \"Mum and Dad are knackered all the time. I do his "
              "meds sometimes when they forget. I don't mind, but I don't want him to be poorly because of "
              "it.\""),
        ("h1", "What we all want for Ellis"),
        ("numbers", [
            "Ellis has every dose of his medicines and no seizures caused by missed doses.",
            "Ellis gains weight, back on the 2nd centile by the review conference and the 9th by the summer.",
            "Ellis's skin is healed, he has no new sores, and he sits comfortably in a chair that fits him.",
            "Ellis goes to every hospital appointment and has short breaks that he enjoys.",
            "Ellis can tell us, with his eye-gaze board, that he feels happy and not sore at home.",
        ]),
        ("h1", "The plan: Ellis's day and week"),
        ("p", "Read across each row: when it happens, what Ellis needs, who does it and how we will know. "
              "\"We (Mum and Dad)\" means us, Dawn and Carl."),
        ("table", {
            "header": ["When", "What Ellis needs", "Who", "How we will know"],
            "widths": [4.6, 8.6, 4.6, 7.9],
            "rows": [
                ["Every day", H, H, H],
                ["7am and 7pm",
                 "His epilepsy medicines (levetiracetam and sodium valproate) through his tube, ticked off on "
                 "the home medicines chart",
                 "We (Mum and Dad): Carl in the morning, Dawn at night",
                 "The medicines chart, and the blister packs counted by Ann Royle every Monday; no dose missed"],
                ["Feeds at 7am, 12 noon (not on school days), 4pm and 8pm; overnight pump 10pm to 6am",
                 "His gastrostomy feeds as the dietitian's plan says, each one written on his feed chart",
                 "We (Mum and Dad)",
                 "The feed chart, read at every visit; Ellis weighed every two weeks by Ann Royle and his "
                 "weight plotted on his growth chart"],
                ["Every two hours in the day, and at 11pm and 3am",
                 "Turning him, checking his skin, and using his pressure cushion and sleep system",
                 "We (Mum and Dad): Carl does 11pm and 3am",
                 "The turns chart; Ann checks his skin every Monday and records the sore healing by "
                 "20/02/2026"],
                ["Before school and at bedtime",
                 "A wash, his teeth cleaned, his stoma site cleaned and clean clothes",
                 "We (Mum and Dad)",
                 "Bethan Lloyd records each school morning that Ellis arrived clean, in clean clothes, with a "
                 "clean stoma site"],
                ["School days", H, H, H],
                ["Every school day",
                 "His 12 noon feed and lunchtime checks, his skin checked when he is changed, and a call to "
                 "Dawn the same day if anything is wrong",
                 "Bethan Lloyd, school nurse, Drimstone Oaks School",
                 "The school health log, copied to Hannah every Friday"],
                ["Every Friday",
                 "His attendance, the arrival checklist and anything Ellis has said on his eye-gaze board "
                 "about home, sent to Hannah",
                 "Mr Graham Pike, deputy head and DSL, Drimstone Oaks School",
                 "Weekly e-mail on Ellis's file"],
                ["Every week", H, H, H],
                ["Every Monday",
                 "A home visit: count his medicines, weigh him every other week, check his skin and go "
                 "through his feed chart",
                 "Ann Royle, community children's nurse",
                 "Visit record, weight on his growth chart and the medicines count, e-mailed to Hannah the "
                 "same day"],
                ["Every week, at least one visit in three unannounced; Ellis seen at school once a month",
                 "A visit to see Ellis, his room and his equipment, asking him with his eye-gaze board how he "
                 "feels; Millie seen on her own once a month",
                 "Hannah Morris, social worker",
                 "Visit records within 2 working days, with Ellis's eye-gaze answers and what was seen"],
                ["Every Saturday 10am to 4pm from 17/01/2026, and one night a month from February",
                 "Short breaks at Hollybank Short Breaks House: swimming, time with other children, and his "
                 "feeds, medicines and turns done by the staff",
                 "Linda Ferguson, manager, Hollybank Short Breaks House",
                 "Hollybank's record of each stay (feeds, medicines, skin, what Ellis enjoyed), sent to "
                 "Hannah"],
                ["Tuesday and Thursday evenings, 6pm to 9pm, from 20/01/2026",
                 "Two carers to help with his evening feed, wash, turns and bedtime",
                 "Kim Agnew, team leader, Drimstone Care at Home",
                 "The carers' daily log, which Ann and Hannah read at their visits"],
                ["By a date", H, H, H],
                ["Neurology 20/02/2026; orthopaedics 06/03/2026; dietitian every 4 weeks from 29/01/2026",
                 "Going to all his hospital appointments, each one on the kitchen calendar the day the letter "
                 "comes",
                 "We (Mum and Dad)",
                 "Clinic letters copied to Hannah; Ann checks the hospital attendance list each month"],
                ["By 29/01/2026, then every 4 weeks",
                 "His feed plan and weight reviewed, and a new feed plan written if he has not gained",
                 "Ruth Ogden, paediatric dietitian, Drimstone Children's Hospital",
                 "Dietetic letter with his weight and plan, copied to Hannah"],
                ["Measured by 13/02/2026; new chair by 31/03/2026",
                 "A new wheelchair and seating that fit him",
                 "Owen Fraser, Drimstone Wheelchair Service",
                 "Fitting record on file, and the school OT's note that Ellis sits upright in the new chair"],
                ["By 20/02/2026",
                 "New pages on his eye-gaze board about home, pain and feelings, and his communication "
                 "passport brought up to date",
                 "Nadia Rahman, speech and language therapist",
                 "The new pages on his board, and the passport copied to Hannah and Hollybank"],
                ["By 27/02/2026",
                 "A carer's assessment for Dawn and Carl under the Care Act, and a written support plan for "
                 "them as Ellis's carers",
                 "Kate Morley, Drimstone Adult Social Care Carers' Team",
                 "The assessment and support plan copied to Hannah by 27/02/2026"],
                ["By 13/03/2026",
                 "A parenting assessment of how we can meet Ellis's care needs with the help in this plan",
                 "Hannah Morris, social worker",
                 "Report shared with us and the core group by 13/03/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ellis has a seizure lasting more than 5 minutes, we give his buccal midazolam and ring 999, as "
            "his epilepsy care plan says.",
            "If Ellis misses two or more doses of his medicines in a week, loses weight at two weighs in a "
            "row, or a new sore is found: Ann or the school rings Hannah that day, and Hannah visits that day. "
            "If a new sore or injury is found, Hannah holds a strategy discussion with the police and health "
            "the same day.",
            "If we cannot manage Ellis's care on any day (one of us is ill, or we are too tired to do the "
            "night turns safely): we ring Hannah, or the Emergency Duty Team after 5pm, and Ellis goes to "
            "Hollybank's emergency bed that night (agreed by Linda Ferguson). If the emergency bed is full, "
            "Ellis goes to Mr and Mrs Bolton, the Disabled Children's Team's trained short break foster carers, "
            "that night.",
            "If two of the things above happen in one month, or Ellis misses another hospital appointment "
            "without a new date being booked the same week, Hannah asks Rob Ellery for a legal planning "
            "meeting within 5 working days.",
            "If the parenting assessment on 13/03/2026 says Ellis's needs cannot be met safely at home even "
            "with this help, Hannah asks for a legal planning meeting before the review conference.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Drimstone Oaks School at 3.30pm: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review child protection conference: 02/04/2026 at 10am, Drimstone Council House.",
        ]),
        ("p", "Agreed by Dawn Thackeray, Carl Thackeray and Hannah Morris, 13/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A 17-year-old's "moving on" plan before she turns 18 (sexual
#    exploitation, going missing, a learning disability, moving to adult
#    services): "I" is Chantelle; the plan is in stages with a date in each
#    stage heading, and under each stage "What I will do", "What Mum will do"
#    and "What my workers will do" bullets, then "Other things we agreed".
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_duckenby_moving_on_plan_before_eighteen_stages_i_will_quigley.md",
    "split": "heldout",
    "actions": 18,
    "template": "young-persons-moving-on-rcpc-plan-md-i-is-chantelle-about-me-whos-who-why-theres-a-plan-whats-going-ok-in-my-words-what-we-want-then-stages-with-dates-in-the-headings-now-until-easter-before-my-18th-birthday-each-with-what-i-will-do-what-mum-will-do-what-my-workers-will-do-bullets-how-well-know-lines-then-other-things-we-agreed-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan written with a 17-year-old with a mild learning disability who is being "
        "sexually exploited by older men she meets online and goes missing, whose mother drinks, and who "
        "turns 18 in May: a 'moving on' plan in stages with a date in each heading ('Now until the Easter "
        "holidays (by 02/04/2026)', 'Before my 18th birthday (by 22/05/2026)'), each with 'What I will "
        "do' ('I' is Chantelle), 'What Mum will do' and 'What my workers will do' bullets, then 'Other "
        "things we agreed'. The recovery service reports on the mother's drinking and adult social "
        "care's transitions worker is part of the plan. Faults: the youth worker's sessions are measured "
        "by 'I'll feel more confident about saying no'; the Care Act assessment has no stated output; "
        "Chantelle tells the names of the men 'when I feel ready', which overrides the stage's date; the "
        "bank account under 'Other things we agreed' has no time; 'Everyone who works with me' passes "
        "on sightings; and the review conference is 'to be arranged'."
    ),
    "text": """\
# My moving on plan - Chantelle Quigley

**Duckenby Council Children's Services, Adolescent Safeguarding Team**
**My child protection plan from my review conference on 04/02/2026. I made it with Jo (my social worker) and Amira (my youth worker) on 06/02/2026.**

This is my plan. When it says "I" or "me" it means me, Chantelle. Everyone else is named. I turn 18 on
22/05/2026, so this plan is also about moving on to adult services and what happens after that.

## About me

- Chantelle Quigley, 17 (born 22/05/2008).
- I live with my mum, Tina Quigley, and her partner Gav (Gavin Hume) at 9 Saxon Rise, Duckenby DY2 4RN.
- I'm at Duckenby College doing Foundation Learning (Monday to Thursday).
- I have a learning disability and an EHC plan.
- My plan is under the category of sexual abuse, because men have been using me for sex.

## Who's who

- **Jo** - Jo Sampson, my social worker.
- **Amira** - Amira Khan, my youth worker at Reach (the Duckenby exploitation service).
- **Rebecca** - Rebecca Shaw, Transitions social worker, Duckenby Adult Social Care.
- **Leanne** - Leanne Cole, safeguarding lead at Duckenby College.
- **PC Webb** - PC Dan Webb, Duckenby Police Child Exploitation Team.
- **Priya** - Priya Gill, nurse at Duckenby Sexual Health Service.
- **Sam** - Sam Price, Mum's recovery worker at Duckenby Recovery Service.

## Why there's a plan

- Since September I've been missing five times. On 09/01/2026 the police found me at a flat in Kirkgate
  with a man who is 34. I'd met him on Snapchat.
- Men I meet online give me vapes and money and then want things back. One took my bank card.
- I had an infection in December that the clinic treated.
- Mum drinks most days, usually cider from the afternoon, and some nights she doesn't notice I'm out.
- Because I have a learning disability, the grown-ups worry I don't always see when someone is using me.

## What's going OK

- I haven't been missing since 09/01/2026.
- I've been to college every day since Christmas.
- I like Amira and I've been to every session.
- Mum has started going to Duckenby Recovery Service and has been three times.

## What I think (in my words)

- "He said he loved me. I know now that's what they say."
- "I don't like being told I'm at risk. I'm nearly 18."
- "I want my own flat one day, with a cat, near college."
- "When Mum's drinking it's boring at home so I go on my phone."
- I scored how safe I feel 5 out of 10. Jo agreed it was 3 in January.

## What we want for me

1. I'm safe from men who want to use me, and I don't meet people from online on my own.
2. I'm home every night, and if I go missing I'm found quickly and someone talks with me after.
3. I know who will help me keep safe after I'm 18, and I've got somewhere I want to live.
4. I keep going to college and finish my course in July.
5. I live with a mum who is sober in the evenings.

## My plan, stage by stage

### Stage 1: Now until the Easter holidays (everything here by 02/04/2026)

**What I will do**

- I will be home by 10pm every night, and text Mum and Amira if I'm going to be late.
  How we'll know: Mum writes down what time I get in, and Jo looks at it every week.
- I will go to college every day I'm timetabled (Monday to Thursday), and tell Leanne if anyone is
  waiting for me outside. How we'll know: the college register, which Leanne e-mails to Jo every Friday.
- Me and Amira will go through my Snapchat and Instagram together so only people I know in real life can
  see me, and check them again at every session. How we'll know: Amira writes down who has tried to add me
  and passes anything worrying to PC Webb.

**What Mum will do**

- Mum will ring 101 and report me missing if I'm not home and not answering my phone by 10.30pm, then text
  Jo. How we'll know: a police log number on my file each time.
- Mum will go to her key-work appointments at Duckenby Recovery Service every Thursday at 2pm.
  How we'll know: the service tells Jo if Mum misses one.

**What my workers will do**

- Jo will see me on my own every week, at home or at college, and talk about where I've been and who with.
  How we'll know: Jo's visit notes, with my own words and my safety score each time.
- Amira will meet me every Wednesday after college to talk about relationships, consent and staying safe.
  How we'll know: I'll feel more confident about saying no.
- PC Webb will put a warning marker on our address and my phone number, and make sure the man at the
  Kirkgate flat keeps to his bail conditions. How we'll know: PC Webb's e-mail to Jo confirming the markers
  by 13/02/2026, and any breach of bail logged and sent to Jo.
- Rebecca will do my Care Act assessment with me and Mum by 20/03/2026.
- Priya will see me at the young people's clinic on 17/02/2026 and 17/03/2026 for my follow-up tests and
  contraception. How we'll know: the clinic tells Jo I've been (not what it was about).
- Sam will do a breath test with Mum at each session and write to Jo about whether Mum can stay sober in
  the evenings and how long that is likely to take. How we'll know: Sam's letter on my file by 20/03/2026.

### Stage 2: Before my 18th birthday (everything here by 22/05/2026)

**What I will do**

- I will go with Rebecca to look round the supported flats at Linden Court and say if I'd like to live
  there. How we'll know: Rebecca writes down what I thought, and it goes in my transition plan.
- I will go to the Moving On money and cooking course at college on Tuesdays, 21/04/2026 to 19/05/2026.
  How we'll know: my course certificate.
- I will tell Amira or Jo the names of the men at Kirkgate when I feel ready. How we'll know: Amira writes
  down what I say and passes it to PC Webb.

**What my workers will do**

- Jo will hold a transition planning meeting with me, Mum, Rebecca, Amira and Leanne by 24/04/2026, to
  agree who will help keep me safe after I'm 18 (adult safeguarding, my support plan, where I'll live).
  How we'll know: the written transition plan, given to me in easy words, by 01/05/2026.
- Leanne will make sure my EHC plan review on 12/05/2026 plans my course for September and who I go to
  at college when I'm 18. How we'll know: the EHC plan review paperwork, copied to Jo.

### Other things we agreed

- Amira will help me open my own bank account so nobody else can use my money. How we'll know: I'll have
  my own bank card in my purse.
- Everyone who works with me will tell Jo the same day if they see me with an older man or hear I've been
  to Kirkgate. How we'll know: it is written on my file with the date.

## If things go wrong

- **If I go missing:** Mum rings 101 straight away. If I'm missing overnight, or found with an adult man,
  Jo holds a strategy discussion with the police the same day, and Amira does my return home talk within
  72 hours.
- **If Mum is drunk when I get in and I don't feel safe:** I ring Jo, or the Emergency Duty Team after 5pm,
  and I stay that night with my Auntie Lorraine Quigley at 31 Mercia Way. If Lorraine can't have me, the
  Emergency Duty Team finds me a supported lodgings bed that night.
- **If I'm found with the man from Kirkgate again, or go missing three times in a month:** Jo asks her
  manager, Mark Daley, for a legal planning meeting within 5 working days, to decide whether to ask the
  High Court to use its inherent jurisdiction to keep me safe.
- **If I'm still being exploited when I turn 18:** Jo makes an adult safeguarding referral to Duckenby
  Adult Social Care before my birthday, so there is no gap.

## Meetings

- Core group every three weeks at Duckenby College at 1pm: 25/02/2026, 18/03/2026, 15/04/2026 and
  06/05/2026.
- Review conference: to be arranged, before my 18th birthday.

Jo Sampson, social worker - 01632 960 388 - Emergency Duty Team (after 5pm and weekends) 01632 960 999
""",
    "findings": [
        F("M002", "Amira will meet me every Wednesday after college to talk"),
        F("M001", "Rebecca will do my Care Act assessment with me and Mum"),
        F("T002", "I will tell Amira or Jo the names of the men"),
        F("T001", "Amira will help me open my own bank account"),
        F("W002", "Everyone who works with me will tell Jo the same day"),
        F("R001"),
    ],
})
