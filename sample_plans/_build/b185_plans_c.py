"""Batch 185, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Any likeness to real people
or places is a coincidence. Labels were written by hand from docs/rules.md
and the conventions in sample_plans/README.md, without running planlint or
reading its code. Every file is "split": "heldout".

Focus: plans written to and with the family, in the voices real plans use
when they speak to the family or are owned by them: a social worker's plan
letter to both parents ("Shannon, you will", "Liam, you will", "Both of you
will", "I (Hollie) will", "We (the social work team) will", "Your health
visitor, Ann Pugh, will"); a 15-year-old's own plan ("I'll", "Me and
Marcus will", "Mum will"); a grown-ups' plan with the child's own "Ellie's
plan" column beside each action, pictures described in words; a family's
plan from a family group conference ("We, the Okwuosa and Eze family,
agree") with the professionals' plan after it; a disabled boy's plan whose
first part is his parents' own ("We will ...") and whose other parts name
the workers; a 17-year-old's plan for getting to 18 ("I will", "Me and
Dionne will", "Mum will"); and a looked-after baby's plan on a neonatal
unit with her mother's own part ("What I, Kelly, will do"). Each plan says
who "I", "you" and "we" are; where a "we" is the whole network or the whole
family it is a collective owner (W002).

1. b185_corrowby_plan_letter_you_we_your_workers_hesketh.pdf - the social
   worker's letter to two parents after an initial conference for a
   3-year-old and a 7-month-old (neglect; the father's drinking and a
   push while the mother held the baby; the mother's postnatal depression;
   a move to another council area coming), the plan as bullets under
   lead-ins for each person, letterhead header and page footer (pdf).
   Faults: the health visitor's hearing test "as soon as possible" (T002);
   the recovery worker's weekly sessions measured only by "keep an eye on"
   (M002); a passive Baby Steps referral with no one named (W001); the
   parenting course put "on hold until your case has transferred" (X001);
   "All of us at the conference" passing on worries (W002); a specific
   contingency with no legal planning anywhere (R002).
2. b185_cradleigh_young_persons_own_plan_tick_lines_me_and_marcus_halloran.md -
   a 15-year-old's own plan (criminal exploitation, going missing, a debt,
   permanent exclusion), written by him with his key worker: "I'll" lines,
   "Me and Marcus", "Mum's part", "The workers' part" and "Stuff to sort
   out", each a tick line with When and How we'll know (md). Faults: his
   boxing "when I feel like it" (T002); police patrols measured by "keep an
   eye on" (M002); the detached youth worker's football with no How we'll
   know (M001); "We'll sort out" a college taster day under a note that
   says these are things "we all" said we'd help with (W002); the review
   conference "date to be confirmed" (R001).
3. b185_chapelmoor_grown_ups_plan_with_ellies_plan_picture_column_fenwick.docx -
   an initial conference plan for a 7-year-old and a 4-year-old after
   their father strangled their mother, a landscape Word table whose last
   column says each action in Ellie's words with the pictures she chose
   ("[picture of a red car] Sophie comes to see me every week"); the
   grandmother's two actions have a fallback (docx, exemplary).
4. b185_crennock_fgc_family_plan_we_agree_then_professionals_okwuosa.txt -
   a family group conference plan ("We, the Okwuosa and Eze family, agree
   to do these things") with the professionals' plan after it, for a
   12-year-old and a 6-year-old whose mother drinks (txt). Faults: the
   aunt's clear-out with no time (T001); "We will all make sure" Grace is
   never alone with Favour after a drink (W002); the young carers'
   assessment "as soon as a worker is free" (T002); the nurture group place
   with "-" for how we will know (M001); the mother's drinking recorded but
   only she owns the recovery service work, so no adult service owns any
   action (F004); a contingency that sends the children to the grandmother
   every time and never says what happens if she cannot help (C003).
5. b185_colsterby_disabled_child_ward_our_part_we_named_workers_carrick.docx -
   an initial conference plan, held on the children's ward, for a
   9-year-old with quadriplegic cerebral palsy who lost weight and has a
   pressure sore; Part 1 is his parents' own part ("We will ..."), Parts 2
   and 3 name the ward and community workers (docx). Faults: the parents'
   wheelchair review "when things have settled down at home" (T002); their
   night turns measured by "We will keep an eye on his skin" (M002); the
   CMHT's medication reviews and support for the father, measured by
   attendance only (H001); the short breaks panel request with "-" for how
   we will know (M001); an outcome about the parents only (F002); a
   contingency whose triggers are "more worries" and "things do not get
   better" and whose response is to review and consider (C002), though
   legal planning follows insufficient progress.
6. b185_cullerton_getting_to_18_i_will_me_and_dionne_workers_part_boateng.pdf -
   a 17-year-old's plan after his review conference (criminal
   exploitation, a Youth Rehabilitation Order, a debt, turning 18 in
   June): a who's who, then tables for "What I'll do", "Me and Dionne",
   "Mum's part", "What the workers will do" and "Getting ready for 18"
   (adult social care, housing, probation, adult ADHD services), page
   header and footer (pdf, exemplary).
7. b185_crowhithe_lac_baby_neonatal_unit_kellys_i_part_tarrant.md - a
   child protection plan for a premature baby withdrawing from opiates,
   looked after under section 20 on a neonatal unit: her days on the unit,
   then "What I, Kelly, will do", the unit's part, her social worker's part
   (twice-weekly visits) and the other workers' and her grandmother's part
   (md, exemplary).

Three plans (3, 6 and 7) are exemplary: every action has a named owner
(a named person, a parent, a single role, a joint "Me and Dionne", or the
"I" the plan defines), a real timescale and something that can be seen,
counted or read; every outcome is about the child; each contingency has
specific triggers and protective responses and says what happens if a
relative's help fails; each records the child's words or, for the baby,
her observed days; each has core group dates and a dated review
conference, and legal planning after named triggers; adult services own
actions where a parent is ill or uses drugs (a GP in 3, the drug and
alcohol service in 7); the looked-after baby in hospital is visited twice a
week by her social worker. No adult mental health service works in them.

Total expected findings: 23 (plan 1: 6, plan 2: 5, plan 4: 6, plan 5: 6).

Counting convention used for "actions" (README convention 1): each bullet
under a lead-in of the letter's "What will happen now" part, each tick line
of the young person's plan, each row of an action table (the child's words
in the "Ellie's plan" column are part of their row), each numbered item of
the family's plan and of the professionals' plan counts once, whatever
number of sentences it holds. The details, who's who, worries, what is
going well, the children's words, outcomes, the contingency, meetings,
"Agreed by" lines and copy lists are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The social worker's plan letter to both parents: "Shannon, you will",
#    "Liam, you will", "Both of you will", "I (Hollie) will", "We (the social
#    work team) will", "Your health visitor, Ann Pugh, will", other people,
#    "What everyone will do". Letterhead header and page footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_corrowby_plan_letter_you_we_your_workers_hesketh.pdf",
    "doc_title": "Letter to Shannon and Liam Hesketh - Poppy and Jack's child protection plan",
    "split": "heldout",
    "actions": 19,
    "min_pages": 3,
    "header": "Corrowby Council · Children's Services · Family Safeguarding Team East",
    "footer": "Letter to Shannon and Liam Hesketh about Poppy and Jack's plan · Page {PAGE} of {NUMPAGES}",
    "template": "sw-plan-letter-to-both-parents-paged-letterhead-header-footer-second-person-says-who-i-you-we-are-then-why-going-well-what-the-children-are-telling-us-outcomes-then-what-will-happen-now-bullets-under-bold-lead-ins-shannon-you-will-liam-you-will-both-of-you-will-i-will-we-the-social-work-team-will-your-health-visitor-will-other-people-what-everyone-will-do-then-if-things-go-wrong-meetings-and-move-signed-letter",
    "description": (
        "The social worker's letter to both parents after an initial conference for a 3-year-old and a "
        "7-month-old living with neglect: the father drinks most evenings and pushed the mother while she "
        "held the baby, the mother has postnatal depression, the home is full of rubbish, and the family "
        "are moving to another council's area in March. The letter says who 'I', 'you' and 'we' are, then "
        "gives the plan as bullets under bold lead-ins ('Shannon, you will:', 'Liam, you will:', 'Both of "
        "you will:', 'I (Hollie) will:', 'We (the social work team) will:', 'Your health visitor, Ann "
        "Pugh, will:', other people, 'What everyone will do:'). The perinatal team reports on capacity to "
        "change. Faults: the hearing test 'as soon as possible'; the recovery worker's sessions measured "
        "by 'keep an eye on'; a passive Baby Steps referral; the parenting course on hold until the case "
        "transfers; 'All of us at the conference' passing on worries; and no legal planning anywhere."
    ),
    "blocks": [
        ("pr", "Family Safeguarding Team East"),
        ("pr", "Corrowby Council, Market Street, Corrowby CR1 2AB"),
        ("pr", "Telephone 01632 960 481"),
        ("pr", "Monday 12 January 2026"),
        ("p", ""),
        ("pl", "Shannon Hesketh and Liam Hesketh"),
        ("pl", "41 Beck Lane"),
        ("pl", "Corrowby CR4 7JN"),
        ("p", ""),
        ("p", "Dear Shannon and Liam,"),
        ("h2", "Poppy and Jack's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Thursday 8 January 2026. "
              "As you know, the conference decided that Poppy and Jack need a child protection plan, under the "
              "category of neglect. I said I would write the plan down for you in plain words, so this letter is "
              "the plan. The chair, Mrs Anita Rowe, will also send you the minutes of the conference."),
        ("p", "In this letter, \"I\" means me, Hollie Garside, your social worker. \"You\" means both of you, "
              "unless I write \"Shannon, you will\" or \"Liam, you will\". When I write \"we\", I mean the social "
              "work team here at Corrowby: me, my manager Tom Pryor, and the duty social workers who cover when "
              "I am away."),
        ("h2", "Why Poppy and Jack have a plan"),
        ("p", "On 14 December 2025 the police were called to your home after a neighbour heard shouting. Liam "
              "had been drinking and pushed Shannon against the kitchen door while she was holding Jack. When I "
              "visited on 16 December, the back bedroom and the hallway were full of bin bags, Poppy was "
              "sleeping on a mattress on the floor, and there was very little food in the house. Poppy has been "
              "to nursery on only 11 of her 30 funded days since October."),
        ("p", "Shannon, you told the conference that you have felt very low since Jack was born, that some days "
              "you cannot get out of bed until lunchtime, and that Poppy watches television on her own for most "
              "of the morning. You have postnatal depression, you take sertraline, and you see the Corrowby "
              "Perinatal Mental Health Team. Liam, you told us that you drink most evenings, usually six to "
              "eight cans and more at weekends, and that you do not remember everything about 14 December."),
        ("p", "You have been offered a council house in Hallamby and expect to move in March. Hallamby is in a "
              "different council's area, so after you move your case will pass to Hallamby Borough Council's "
              "children's services. I explain below what happens until then."),
        ("h2", "What is going well"),
        ("bullets", [
            "You both came to the conference, listened to everyone, and said you want things to change for "
            "Poppy and Jack.",
            "Jack is a healthy weight. Ann weighed him on 5 January and he is following the 50th centile.",
            "Shannon, you have kept every appointment with the perinatal team since November.",
            "Liam, you rang Corrowby Recovery Service yourself on 9 January and have a first appointment "
            "booked.",
            "Shannon's mum, Carol Ward, lives ten minutes away and has said she will help in an emergency.",
        ]),
        ("h2", "What Poppy and Jack are telling us"),
        ("p", "Poppy is 3 and has only a few words. When I saw her at nursery on 6 January she played with the "
              "doll's house. She put the daddy doll in the kitchen and said \"Daddy shouty. Me hide.\", then put "
              "the little girl doll under the bed. Her key person at nursery, Lisa, says Poppy is often very "
              "hungry when she arrives and eats two breakfasts, and that she flinches when a man raises his "
              "voice."),
        ("p", "Jack is 7 months old. Ann and I have both seen him smile and reach for Shannon, and settle "
              "quickly when she holds him. On my visit on 16 December he was left in his car seat for most of "
              "the hour and his nappy was very full. He is not yet rolling over."),
        ("h2", "What we want for Poppy and Jack"),
        ("numbers", [
            "Poppy and Jack live in a home where no one is hurt, shouted at or frightened.",
            "Jack is fed, changed and put down to sleep safely, and keeps growing along his centile line.",
            "Poppy goes to nursery on every day she has a place, and her speech is checked and helped so that "
            "she has more words by the summer.",
            "Poppy and Jack are cared for by parents who are sober and well enough to get up with them every "
            "morning, in a clean home with a safe bed each.",
        ]),
        ("h2", "What will happen now"),
        ("p", "These are the things everyone agreed at the conference. Each one says who will do it, by when, "
              "and how we will all know it has happened."),
        ("boldp", "Shannon, you will:"),
        ("bullets", [
            "Take Poppy to Little Acorns Nursery on her three funded days (Monday to Wednesday, 9am to 3pm) "
            "from 19/01/2026, on time and with her lunch. The nursery register, which Joanne Kirk sends me "
            "every Friday, will show she was there.",
            "Take your sertraline every morning and keep every appointment with Kerry Dale from the perinatal "
            "team, so that you are well enough to get up with Poppy and Jack. You will show me your blister "
            "pack and your appointment card at each of my visits.",
        ]),
        ("boldp", "Liam, you will:"),
        ("bullets", [
            "Go to your first appointment at Corrowby Recovery Service by 23/01/2026, and then to every weekly "
            "session they offer you. You will show me your appointment card at each of my visits.",
            "Not drink any alcohol at all when you are looking after Poppy or Jack, from 09/01/2026. You have "
            "agreed to blow into a breathalyser at any of my visits, and every reading should be zero.",
            "Go to the assessment for the Changing Paths programme (for men who have hurt a partner) on "
            "27/01/2026 and, if you are offered a place, to every Thursday evening session after that. The "
            "programme will send me the register each month.",
        ]),
        ("boldp", "Both of you will:"),
        ("bullets", [
            "Clear the bags and rubbish from the back bedroom and the hallway by 31/01/2026, so that Poppy has "
            "a safe room to sleep and play in. I will go through the home conditions checklist with you at my "
            "first visit after that date, and it should score 8 out of 10 or more.",
            "Put Jack down on his back in his own cot for every sleep, day and night, with nothing else in the "
            "cot. Ann will see where and how he sleeps at every visit and write it in her record.",
        ]),
        ("boldp", "I (Hollie) will:"),
        ("bullets", [
            "See Poppy and Jack at home every week until the review conference, with at least one visit in "
            "three unannounced. I will write up what I saw of their day, and anything Poppy said, within 2 "
            "working days of each visit.",
            "Start a parenting assessment with you both on 20/01/2026 (six sessions at home). My written report "
            "will be ready by 13/03/2026, and I will go through it with you before the core group reads it.",
            "See Poppy at nursery on her own every two weeks from 21/01/2026, and use her \"three houses\" "
            "drawings to hear about home. Her drawings and her words will go on her file the same day.",
        ]),
        ("boldp", "We (the social work team) will:"),
        ("bullets", [
            "Buy a cot bed and a stair gate for Poppy from our section 17 budget by 23/01/2026. I will see both "
            "put up at my next visit after they arrive.",
        ]),
        ("boldp", "Your health visitor, Ann Pugh, will:"),
        ("bullets", [
            "Visit you every two weeks until Jack is 12 months old (22/06/2026), weigh Jack, and check Poppy's "
            "development with the ASQ-3 at her next visit. She will e-mail me her notes after each visit.",
            "Arrange a hearing test for Poppy, because she has very few words for her age, as soon as "
            "possible. The result will go in Poppy's red book and to me.",
        ]),
        ("boldp", "Other people who are helping:"),
        ("bullets", [
            "Kerry Dale (community psychiatric nurse) and Dr Ruth Marsh, Corrowby Perinatal Mental Health "
            "Team, will see Shannon every two weeks. Before each core group they will send me a written view "
            "on how Shannon's depression affects her care of Poppy and Jack, whether she is making the changes "
            "the children need, and how long any further change is likely to take.",
            "Joanne Kirk, manager of Little Acorns Nursery, will ring me the same day if Poppy is not in by "
            "10am on one of her days, or arrives hungry, unwashed or with a mark, and will send me Poppy's "
            "attendance every Friday.",
            "Gary Booth, Liam's key worker at Corrowby Recovery Service, will meet Liam every week from his "
            "first appointment and keep an eye on how he is getting on with his drinking.",
            "A referral for Shannon and Jack to the Baby Steps group at Corrowby Family Hub will be made by "
            "30/01/2026, and the group's register will show when they start.",
            "The Triple P parenting course for you both is on hold until your case has transferred to "
            "Hallamby. Your new social worker at Hallamby Borough Council will book you onto a course there "
            "within four weeks of the transfer-in conference, and send you the dates in writing.",
        ]),
        ("boldp", "What everyone will do:"),
        ("bullets", [
            "All of us at the conference (both of you, Shannon's mum Carol, and every worker) will pass on "
            "any worry about Poppy or Jack to me the same day, and each worry will be written on the "
            "children's records.",
        ]),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Liam has been drinking while he is looking after the children, or a breath test at my visit "
            "is over zero: Liam leaves the house that day and stays at his brother Mark's (14 Fell Road) until "
            "I have held a strategy discussion with the police and health, which I will do the same day.",
            "If the police are called to an argument or any violence at your home: Liam leaves the house that "
            "night and I hold a strategy discussion the same day. If Shannon feels unsafe, Corrowby Women's "
            "Aid will find her and the children a refuge place that night (01632 960 210, 24 hours).",
            "If Shannon tells anyone she is thinking of harming herself, or cannot get up to care for the "
            "children: the perinatal crisis team is rung the same day, and Poppy and Jack stay with Carol at "
            "3 Elm Row until Shannon is well enough. If Carol cannot have them, they stay with foster carers, "
            "which I (or the Emergency Duty Team) will arrange that day.",
            "If Poppy misses two nursery days in one week with no reason given, I will visit that day and see "
            "both children.",
        ]),
        ("h2", "Meetings, and your move"),
        ("bullets", [
            "Core group meetings every four weeks at Corrowby Family Hub, Thursdays at 10am: 22/01/2026, "
            "19/02/2026 and 19/03/2026. You are both part of the core group.",
            "Review child protection conference: Thursday 02/04/2026 at 2pm, Corrowby Civic Centre.",
            "When you have the date for your keys in Hallamby, please tell me straight away. I will tell "
            "Hallamby Borough Council the same day and ask them to hold a transfer-in conference within 15 "
            "working days of your move. Until that conference everything else in this letter carries on, and "
            "I stay your social worker.",
        ]),
        ("p", "If there is anything in this letter you do not understand, or do not agree with, please ring me "
              "and we will go through it together."),
        ("p", "Yours sincerely,"),
        ("pl", "Hollie Garside"),
        ("pl", "Social Worker, Family Safeguarding Team East"),
        ("pl", "Mobile 07700 900 482 · Emergency Duty Team (evenings and weekends) 01632 960 999"),
        ("p", ""),
        ("p", "Copies to: Mrs Anita Rowe (conference chair); Ann Pugh (health visitor); Kerry Dale (Corrowby "
              "Perinatal Mental Health Team); Gary Booth (Corrowby Recovery Service); Joanne Kirk (Little Acorns "
              "Nursery); Dr Sam Iqbal (GP, Beck Lane Surgery)."),
    ],
    "findings": [
        F("T002", "Arrange a hearing test for Poppy, because she has very few"),
        F("M002", "will meet Liam every week from his first appointment"),
        F("W001", "A referral for Shannon and Jack to the Baby Steps group"),
        F("X001", "The Triple P parenting course for you both is on hold"),
        F("W002", "All of us at the conference (both of you,"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. A 15-year-old's own plan, written by him with his key worker: tick
#    lines under "My part", "Me and Marcus", "Mum's part", "The workers'
#    part" and "Stuff to sort out", each with When and How we'll know.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_cradleigh_young_persons_own_plan_tick_lines_me_and_marcus_halloran.md",
    "split": "heldout",
    "actions": 19,
    "template": "young-persons-own-cp-plan-md-written-by-15-year-old-with-key-worker-i-means-me-about-me-table-worries-in-sws-words-what-i-think-whats-good-what-i-want-and-what-everyone-wants-then-tick-lines-my-part-me-and-marcus-mums-part-the-workers-part-stuff-to-sort-out-each-with-bold-when-and-how-well-know-then-my-safety-plan-meetings",
    "description": (
        "A 15-year-old's own child protection plan after his initial conference: he is criminally "
        "exploited by older lads from another town, has been missing seven times, says he owes them "
        "£600 and was permanently excluded for carrying a knife. Written by him with his key worker, "
        "'I' is Jordan; the plan is tick lines under 'My part', 'Me and Marcus', 'Mum's part', 'The "
        "workers' part' and 'Stuff to sort out', each with a bold When and How we'll know. Most lines "
        "are sound. Faults: his boxing 'when I feel like it'; the police patrols measured only by 'keep "
        "an eye on'; the detached youth worker's Friday football with no How we'll know; 'We'll sort "
        "out' a college taster day under a note saying these are things 'we all' said we'd help with; "
        "and the review conference date 'to be confirmed'."
    ),
    "text": """\
# My plan - Jordan Halloran

**Cradleigh Borough Council · Children's Services · Adolescent Safeguarding Team**

This is my child protection plan from my initial child protection conference on 15/01/2026. I wrote it
with Marcus (my key worker) on 20/01/2026 and Amy (my social worker) typed it up. Where it says "I" or
"me", that's me, Jordan. The grown-ups' bits have their names on them.

## About me

| | |
|---|---|
| **Me** | Jordan Halloran, 15 (born 04/09/2010) |
| **Where I live** | 9 Sefton Walk, Cradleigh CR7 3LT, with Mum (Nicola Halloran, 38) and my brother Kai (9) |
| **School** | The Bridge Centre (Cradleigh's pupil referral unit) since 01/12/2025. I was permanently excluded from Cradleigh Academy in November. |
| **Category** | Physical abuse (because of the risk from the people exploiting me) |
| **My social worker** | Amy Whitlow, Adolescent Safeguarding Team (her manager is Dave Ikeda) |
| **My key worker** | Marcus Reid, youth worker, Cradleigh Safer Streets (the exploitation team) |
| **Police** | PC Sam Dowd, Cradleigh Police Exploitation Team |
| **At the Bridge Centre** | Mr Lewis Oduya (my key adult) and Ravi Sandhu (careers adviser) |

## What the grown-ups are worried about

Amy wrote this bit.

- Since September Jordan has been missing from home seven times, three times overnight. On 02/01/2026
  the police found him in a flat on Denton Street in Wexley, 20 miles away, with £340 in cash, two
  phones and wraps of crack cocaine. He was arrested and released, and the police now treat him as a
  victim of criminal exploitation.
- Jordan says he owes £600 to older lads after he was "robbed" of drugs he was holding for them. On
  08/01/2026 he came home with a cut lip and would not say who did it.
- Jordan was permanently excluded from Cradleigh Academy after he brought a knife into school in
  November. He said it was "for protection".
- He smokes cannabis most days.
- Mum works nights at Larchfield Care Home three nights a week. On those nights Kai sleeps at his nan's
  and Jordan is at home on his own.

## What I think about that

- "I'm not a drug dealer. I was doing a favour and then it all went wrong."
- "The debt's real. If I don't pay, they'll come for me or Mum."
- "I only had the knife 'cause I was scared. I haven't got one now."
- "The Bridge is alright. Mr Oduya doesn't shout."
- "Marcus is sound. He doesn't preach."
- I'd score how safe I feel at 4 out of 10 right now. It'd be a 7 if the debt was sorted and I wasn't
  looking over my shoulder all the time.

## What's good right now

- I've been in the Bridge Centre 14 days out of 15 since Christmas.
- I haven't been missing since 02/01/2026.
- Me and Marcus have met four times and I've turned up every time.
- Mum came to the conference, and so did I for the second half.
- I want to do bricklaying at Cradleigh College in September.

## What I want

- Not to owe anyone anything, and for them to leave me and Mum alone.
- To get on the bricklaying course at college in September 2026.
- For Mum to stop worrying all the time.

## What everyone wants for me

1. Jordan is safe from the people who are exploiting him, and has no contact with the Wexley lads.
2. Jordan is home every night, and if he does go missing he is found quickly and someone talks with him
   after.
3. Jordan is at the Bridge Centre every day and gets a college place for September 2026.
4. Jordan has adults he trusts and can tell when someone tries to pull him back in.

## My plan

Tick each line when it's done or going well. Amy checks the ticks with me at every visit.

### My part

- [ ] I'll be home by 9pm on school nights and by 10.30pm on Fridays and Saturdays. **When:** every
  night from 16/01/2026. **How we'll know:** Mum writes the time I get in on the sheet on the fridge,
  and Amy checks it at every visit.
- [ ] I'll keep my phone charged and switched on, and pick up if Mum or Marcus rings after curfew.
  **When:** every night. **How we'll know:** Mum's and Marcus's call logs show I answered.
- [ ] I'll text Marcus if anyone asks me to go country, hold a package or pay back the debt.
  **When:** the same day it happens. **How we'll know:** Marcus logs every text and passes it to PC
  Dowd within 24 hours.
- [ ] I'll go to the Bridge Centre every day and stay until 2.45pm. **When:** every school day from
  19/01/2026. **How we'll know:** the Bridge Centre register, which Mr Oduya e-mails to Amy every
  Friday.
- [ ] I'll go to the boxing sessions at Cradleigh Community Centre with Marcus. **When:** when I feel
  like it. **How we'll know:** Marcus signs my gym card each time I go.

### Me and Marcus

- [ ] Me and Marcus will meet after the Bridge Centre for eight sessions about grooming, debt bondage
  and who is safe to be around. **When:** every Tuesday, 20/01/2026 to 10/03/2026. **How we'll know:**
  Marcus's session notes go to Amy after each session, with my safety score out of 10.
- [ ] Me and Marcus will go through my phone and block the Wexley numbers and the Snapchat accounts.
  **When:** by 23/01/2026, then at every Tuesday session. **How we'll know:** Marcus checks the blocked
  list with me each week and writes it in his notes.

### Mum's part

- [ ] Mum will ring 101 (or 999 if she thinks I'm in danger) and text Amy if I'm not home 30 minutes
  after curfew and not answering. **When:** every time. **How we'll know:** a police log number on
  Amy's file for each time.
- [ ] Mum will go to the Parents Against Exploitation group at the Safer Streets office. **When:** every
  other Thursday at 6pm, from 29/01/2026. **How we'll know:** the group register, which Marcus sends
  Amy each month.
- [ ] Mum will swap her night shifts at Larchfield Care Home for day shifts, so she's home at night.
  **When:** from 02/02/2026 until the review conference. **How we'll know:** Mum shows Amy her rota
  every month.

### The workers' part

- [ ] **Amy Whitlow** (my social worker) will see me on my own, one week at the Bridge Centre and the
  next at home. **When:** every week until the review conference. **How we'll know:** Amy's visit
  notes, with what I said, written up within 2 working days.
- [ ] **Amy** will make a National Referral Mechanism referral for me, so I'm treated as a victim.
  **When:** by 23/01/2026. **How we'll know:** the Home Office reference number on my file, then the
  reasonable grounds decision letter.
- [ ] **Marcus Reid** will do a return home talk with me every time I've been missing. **When:** within
  72 hours of me coming back. **How we'll know:** the return home interview form goes to Amy and PC
  Dowd within 72 hours.
- [ ] **Mr Lewis Oduya** (my key adult at the Bridge Centre) will ring Mum and Amy if I'm not in by
  9.30am. **When:** every school day. **How we'll know:** the Bridge Centre's first-day call log.
- [ ] **PC Sam Dowd** will do disruption patrols round the Denton Street flat in Wexley, with the
  Wexley neighbourhood team. **When:** every Friday and Saturday night. **How we'll know:** PC Dowd
  will keep an eye on who goes in and out.
- [ ] **Jas Kaur** from Compass (the young people's drug service) will see me about the weed.
  **When:** every other Wednesday from 28/01/2026. **How we'll know:** my smoking diary and Compass's
  session record, which Jas sends Amy every month.
- [ ] **Reggie Mensah** (detached youth worker) will run Friday night football at the community centre
  for me and my mates, so I've got somewhere to be on a Friday. **When:** every Friday, 7pm to 9pm,
  from 23/01/2026.

### Stuff to sort out

These are things we all said at the conference we'd help with.

- [ ] We'll sort out a taster day at Cradleigh College on the bricklaying course. **When:** before the
  Easter holidays. **How we'll know:** the taster day date on the college's letter.
- [ ] **Ravi Sandhu** (careers adviser at the Bridge Centre) will help me fill in my college
  application for September. **When:** by 27/02/2026. **How we'll know:** the college's e-mail saying
  they've got my application.

## If it goes wrong (my safety plan)

- **If I go missing:** Mum rings 101 straight away, and the police treat it as high risk because of
  Wexley. Marcus does my return home talk within 72 hours.
- **If I'm found at the Denton Street flat or with the Wexley lads:** Amy and the police hold a
  strategy discussion the same day.
- **If someone threatens me or Mum about the debt:** I ring 999, then Marcus. That night I go to Aunty
  Leanne's (Leanne Halloran, 22 Ashby Road, Thornleigh) and Mum and Kai go to Nan's. If Leanne can't
  have me, Amy (or the Emergency Duty Team after 5pm) finds me a foster placement for that night, and
  Amy asks the housing team about a move the next working day.
- **If I go missing three times in a month, or I'm found in Wexley again:** Amy will ask Dave Ikeda
  (her manager) for a legal planning meeting within 5 working days.

## Meetings

- Core group every three weeks, Tuesdays at 4pm at the Bridge Centre: 03/02/2026, 24/02/2026,
  17/03/2026 and 07/04/2026. I can come to all of them.
- Review conference: in April 2026, date to be confirmed by the conference team.

Amy Whitlow, social worker · 07700 900 733 · Emergency Duty Team (after 5pm and weekends) 01632 960 999
""",
    "findings": [
        F("T002", "I'll go to the boxing sessions at Cradleigh Community Centre"),
        F("M002", "will do disruption patrols round the Denton Street flat"),
        F("M001", "will run Friday night football at the community centre"),
        F("W002", "We'll sort out a taster day at Cradleigh College"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. The grown-ups' plan with Ellie's own plan beside it: a landscape Word
#    table whose last column says each action in Ellie's words, with the
#    pictures she chose described in square brackets. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_chapelmoor_grown_ups_plan_with_ellies_plan_picture_column_fenwick.docx",
    "doc_title": "Child Protection Plan - Ellie and Noah Fenwick (with Ellie's plan)",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-for-grown-ups-and-child-details-table-why-worried-going-well-what-ellie-told-us-noahs-days-ellies-page-outcomes-each-with-a-picture-line-then-no-what-the-grown-ups-will-do-who-when-how-we-will-know-table-with-last-column-ellies-plan-in-her-words-pictures-in-square-brackets-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 4-year-old after their father "
        "strangled their mother in front of them; he is on bail not to come to the house, and their "
        "mother has low mood and poor sleep. The plan is written for the grown-ups and for Ellie: each "
        "outcome has a line in Ellie's words, and the landscape plan table (No. / What the grown-ups "
        "will do / Who / When / How we will know) has a last column, 'Ellie's plan', saying each action "
        "her way with the pictures she chose described in square brackets ('[picture of a red car] "
        "Sophie comes to see me every week'). Every row has a named owner, a real time and a check; "
        "the GP reports on how the mother's mood affects her care; the grandmother's two actions have "
        "a fallback; legal planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Ellie and Noah's Child Protection Plan"),
        ("p", "Chapelmoor City Council · Children's Social Care · Safeguarding Team 2. Plan from the initial "
              "child protection conference on Wednesday 04/02/2026 (chair: Michael Adair)."),
        ("p", "This plan is written for the grown-ups and for Ellie. The last column of the plan, \"Ellie's "
              "plan\", says each part in Ellie's own way, with the pictures she chose when Sophie read the "
              "plan with her on 06/02/2026. The pictures are described in square brackets. Ellie keeps her "
              "own copy, with the pictures stuck in, in her worry monster book."),
        ("table", {
            "rows": [
                ["Children", "Ellie Fenwick, born 22/05/2018 (7), Year 2, Hawthorn Primary School. Noah "
                             "Fenwick, born 09/11/2021 (4), Tiny Steps Pre-school, Monday to Thursday mornings."],
                ["Home", "12 Wren Close, Chapelmoor CM5 8DL, with their mum"],
                ["Mum", "Gemma Fenwick (31)"],
                ["Dad", "Craig Fenwick (34). Left the home on 20/12/2025. On police bail not to contact Gemma "
                        "or the children or go to Wren Close; charged with intentional strangulation; trial "
                        "listed at Chapelmoor Crown Court on 14/05/2026."],
                ["Nana Jean", "Jean Pollard, Gemma's mum, 40 Linnet Way, Chapelmoor (five minutes' walk)"],
                ["Category", "Emotional abuse (both children)"],
                ["Social worker", "Sophie Marsh, Safeguarding Team 2 (team manager: Lorna Briggs)"],
            ],
            "widths": [4.0, 21.7],
            "bold_first_col": True,
        }),
        ("h1", "Why we are worried"),
        ("p", "On 20/12/2025 Craig came home drunk, argued with Gemma and held her by the throat against the "
              "living room wall until she could not breathe. Ellie and Noah were on the stairs. Ellie ran to "
              "the kitchen and rang Nana Jean, who rang the police. The police had been called to the house "
              "three times before in 2025, after shouting and broken things."),
        ("p", "Since December Ellie has wet the bed most nights, and at school she hides under her table "
              "when there is a loud noise. Noah has started hitting other children at pre-school and plays "
              "\"police coming\" games. Gemma told the conference that she is not sleeping, that she feels "
              "low and on edge all the time, and that she has seen her GP once. She said she is frightened of "
              "what Craig will do when his bail ends, and that part of her still misses him."),
        ("h1", "What is going well"),
        ("bullets", [
            "Gemma rang the police and supported Craig's prosecution, and has not had any contact with him "
            "since 20/12/2025.",
            "Ellie knew what to do on 20/12/2025: she rang Nana Jean.",
            "Nana Jean is close by, sees the children most days and has offered to help every week.",
            "The children's school and pre-school know them well, and Ellie trusts Mrs Okoye.",
            "Gemma has kept Ellie's and Noah's routines going: they are clean, fed and at school every day.",
        ]),
        ("h1", "What Ellie told us, and Noah's days"),
        ("p", "Ellie (seen on her own at school by Sophie on 29/01/2026, with her worry monster book): \"Daddy "
              "squeezed Mummy's neck and she went a funny colour. I rang Nana.\" \"I wet the bed because I have "
              "bad dreams about the shouting.\" \"I miss Daddy when he was nice. I don't want him to come back "
              "if he's shouty.\" She put three worries in the worry monster: \"Daddy coming back\", \"Mummy "
              "crying\" and \"people knowing I wet the bed\". She scored home 6 out of 10: \"it's quieter "
              "now\"."),
        ("p", "Noah is 4. At pre-school his key person, Mrs Ellery, sees him play happily with the train set "
              "but hit out when another child takes his toy, and he has twice played a game where \"the police "
              "take the daddy away\". At home Sophie saw him cuddle into Gemma when the doorbell rang, and he "
              "told Sophie: \"Daddy's in trouble. I got a dinosaur.\""),
        ("h1", "Ellie's page"),
        ("p", "[picture of Ellie, Mummy and Noah holding hands] \"This is my plan. It is so me and Mummy and "
              "Noah are safe and happy and there is no shouting.\""),
        ("h1", "What we want to be different"),
        ("numbers", [
            "Ellie and Noah live at home without violence, shouting or being frightened, and have no contact "
            "with their dad unless it is agreed as safe. [picture of a house with a smiley face] \"My house is "
            "calm.\"",
            "Ellie sleeps through the night without bad dreams and has more dry nights. [picture of a bed with "
            "a moon] \"I sleep all night.\"",
            "Ellie is happy at school and can tell a grown-up when she is worried. [picture of a rainbow] \"I "
            "can tell Mrs Okoye.\"",
            "Noah plays without hitting, and his speech and play are where they should be for a 4-year-old "
            "when he starts school in September 2026. [picture of building blocks] \"Noah is kind at "
            "pre-school.\"",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What the grown-ups will do", "Who", "When", "How we will know",
                       "Ellie's plan (my words)"],
            "widths": [1.0, 6.2, 3.6, 3.6, 5.3, 6.0],
            "rows": [
                ["1",
                 "Visit Ellie and Noah at home, one visit in three unannounced; see Ellie on her own and use "
                 "her worry monster book with her",
                 "Sophie Marsh, social worker",
                 "Every week until the review conference (29/04/2026)",
                 "Visit records within 2 working days, with Ellie's words; her worry monster pages scanned to "
                 "her file",
                 "[picture of a red car] Sophie comes to see me every week. I can put my worries in the worry "
                 "monster book."],
                ["2",
                 "Ask Chapelmoor Homes for the Sanctuary Scheme at 12 Wren Close: stronger locks, a door chain "
                 "and a video doorbell",
                 "Sophie Marsh, social worker",
                 "Request by 09/02/2026; fitted by 27/02/2026",
                 "Sophie sees the locks and doorbell working at her first visit after 27/02/2026",
                 "[picture of a door with a big lock] Our front door gets strong new locks and a doorbell "
                 "with a camera."],
                ["3",
                 "Ring 999 if Craig comes to the house, to school or to pre-school, or contacts her or the "
                 "children in any way, and tell Sophie the same day",
                 "Gemma Fenwick (Mum)",
                 "Every time it happens, from 04/02/2026",
                 "A police incident number on Sophie's file for each call",
                 "[picture of a phone] If Daddy comes to our house, Mummy rings the police straight away."],
                ["4",
                 "Go to the Freedom Programme at Chapelmoor Women's Centre",
                 "Gemma Fenwick (Mum)",
                 "Wednesdays, 10am to 12 noon, 12 weeks from 11/02/2026",
                 "Attendance register sent to Sophie each month; certificate at week 12",
                 "[picture of a book] Mummy goes to a group on Wednesdays to learn about keeping us safe."],
                ["5",
                 "Keep Ellie's dry-night star chart and her bedtime routine: no drinks after 6pm, the toilet "
                 "before bed, the night light on",
                 "Gemma Fenwick (Mum)",
                 "Every night from 05/02/2026",
                 "Star chart seen by Sophie at each visit; the number of wet nights each week counted by Kate "
                 "at her review",
                 "[picture of a star] I get a star for every dry night. Mummy helps me at bedtime."],
                ["6",
                 "Make a written safety plan with Gemma, and help her apply for a non-molestation order",
                 "Rachel Yeo, IDVA, Chapelmoor Domestic Abuse Service",
                 "Safety plan by 13/02/2026; application made by 27/02/2026",
                 "The safety plan and a copy of the court's sealed application on Sophie's file",
                 "[picture of a shield] Rachel helps Mummy make a plan to keep us safe."],
                ["7",
                 "Check Craig keeps to his bail conditions, and tell Sophie of any breach and of any change to "
                 "his bail or to the trial date",
                 "PC Jon Hartley, Chapelmoor Police Domestic Abuse Team",
                 "Within 24 hours of any breach or change, until the trial (14/05/2026)",
                 "Breach reports and bail updates e-mailed to Sophie and logged on the children's file",
                 "[picture of a police hat] Jon the police officer makes sure Daddy keeps to the rules."],
                ["8",
                 "Check in with Ellie in the Rainbow Room and use her feelings thermometer; log anything she "
                 "says or does on CPOMS",
                 "Mrs Funmi Okoye, DSL, Hawthorn Primary School",
                 "Every school day at 8.45am",
                 "Feelings thermometer scores on CPOMS, sent to Sophie every Friday",
                 "[picture of a rainbow] Mrs Okoye sees me every morning in the Rainbow Room. I show her my "
                 "feelings thermometer."],
                ["9",
                 "Bedwetting assessment for Ellie, and a dry-night plan agreed with Gemma",
                 "Kate Morley, school nurse, Chapelmoor 0-19 Service",
                 "Assessment by 27/02/2026; review by 24/04/2026",
                 "Assessment letter and dry-night plan on file; wet nights on the star chart counted at the "
                 "review",
                 "[picture of a glass of water] Kate the nurse helps me have dry nights."],
                ["10",
                 "Ten Safe and Strong sessions with Ellie about what happened at home, her feelings and "
                 "staying safe",
                 "Ben Ashworth, children's worker, Chapelmoor Domestic Abuse Service",
                 "Thursdays at school, 19/02/2026 to 30/04/2026",
                 "Ellie's \"How I feel\" scores at sessions 1, 5 and 10; Ben's end report to Sophie by "
                 "08/05/2026",
                 "[picture of a tree with strong roots] Ben and me do 10 special sessions about feelings. It "
                 "is working if my scores go up."],
                ["11",
                 "Watch Noah's play, speech and behaviour, and tell Sophie the same day if he says or plays "
                 "out anything worrying",
                 "Mrs Dawn Ellery, Noah's key person, Tiny Steps Pre-school",
                 "Every session Noah attends (Monday to Thursday mornings)",
                 "Noah's learning journal, and a summary e-mailed to Sophie on the first Monday of each month",
                 "[picture of a train set] Noah's pre-school helps him to play kindly."],
                ["12",
                 "See Gemma about her low mood and sleep, agree treatment with her, and write to Sophie about "
                 "how her mood is affecting her care of Ellie and Noah",
                 "Dr Nadia Ahmed, GP, Chapelmoor Medical Practice",
                 "Appointment by 20/02/2026; letter by 06/03/2026",
                 "GP letter on Sophie's file by 06/03/2026",
                 "[picture of a doctor's bag] Mummy sees the doctor so she can sleep better."],
                ["13",
                 "Collect Ellie and Noah from school and pre-school and give them tea at her house until Gemma "
                 "collects them at 6pm",
                 "Jean Pollard (Nana Jean)",
                 "Every Wednesday and Friday from 11/02/2026",
                 "School and pre-school signing-out sheets; Nana Jean texts Sophie each Friday evening",
                 "[picture of a teapot] Nana Jean picks us up on Wednesdays and Fridays and we have tea at "
                 "hers."],
                ["14",
                 "Take Ellie to Rainbows at St Anne's church hall",
                 "Jean Pollard (Nana Jean)",
                 "Every Monday in term time, 5.30pm to 6.30pm",
                 "Rainbows attendance sheet, which Nana Jean shows Sophie each month",
                 "[picture of a badge] Nana Jean takes me to Rainbows on Mondays. I am going to get my first "
                 "badge."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Craig comes to 12 Wren Close, to Hawthorn Primary or to Tiny Steps, or contacts Gemma or the "
            "children in any way: Gemma (or the school or pre-school) rings 999, the police arrest him for "
            "breaching his bail, and Sophie holds a strategy discussion with the police the same day.",
            "If Gemma lets Craig back into the house or takes the children to see him: Sophie holds a strategy "
            "discussion the same day; Ellie and Noah stay with Nana Jean at 40 Linnet Way that night; and "
            "Sophie asks Lorna Briggs (team manager) for a legal planning meeting within 5 working days to "
            "decide whether to start the Public Law Outline.",
            "If Ellie or Noah tells anyone they have been hurt, or they see another incident of violence: the "
            "adult they tell rings Sophie (or the Emergency Duty Team) at once, and Sophie holds a strategy "
            "discussion the same day. If it happens again after 04/02/2026, Sophie also asks for a legal "
            "planning meeting within 5 working days.",
            "If Nana Jean cannot collect the children on a Wednesday or Friday, she texts Gemma and Sophie by "
            "12 noon and Gemma collects them herself at 3.15pm. If Nana Jean cannot help at all for more than "
            "a week, Sophie books places at Hawthorn's after-school club within 5 working days, and Gemma "
            "takes Ellie to Rainbows. If the children need somewhere safe in an emergency and Nana Jean "
            "cannot have them, they stay with foster carers that night, arranged by Sophie or the Emergency "
            "Duty Team.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Hawthorn Primary School, Tuesdays at 3.30pm: 17/02/2026, "
            "17/03/2026 and 14/04/2026.",
            "Review child protection conference: Wednesday 29/04/2026 at 10am, Chapelmoor Civic Centre.",
            "Ellie can come to part of the review conference with Mrs Okoye, or send her pictures and words "
            "with Sophie.",
        ]),
        ("p", "Plan sent to Gemma, Nana Jean and every agency on 06/02/2026. Ellie's copy given to her by "
              "Sophie on 06/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A family group conference plan in the family's words ("We, the
#    Okwuosa and Eze family, agree ..."), each item naming the relative who
#    will do it, then the professionals' plan with Who / When / How we will
#    know lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_crennock_fgc_family_plan_we_agree_then_professionals_okwuosa.txt",
    "split": "heldout",
    "actions": 17,
    "template": "fgc-family-plan-and-cp-plan-txt-caps-headings-underlined-family-dot-table-why-going-well-what-daniel-and-favour-say-outcomes-then-part-1-our-familys-plan-we-the-family-agree-numbered-items-each-naming-a-relative-with-well-know-it-is-working-because-then-part-2-professionals-plan-numbered-items-who-when-how-we-will-know-lines-then-if-things-go-wrong-family-words-and-professionals-meetings-agreed-by",
    "description": (
        "A family's plan from a family group conference, put together with the professionals' plan "
        "from the initial conference, for a 12-year-old and a 6-year-old whose mother drinks heavily "
        "(she collected the 6-year-old drunk and fell on the stairs; the 12-year-old does his sister's "
        "tea). Part 1 is in the family's words ('We, the Okwuosa and Eze family, agree to do these "
        "things'), each item naming the relative who will do it with 'We'll know it is working because "
        "...'; Part 2 gives the professionals' items with Who / When / How we will know lines. Most "
        "items are sound. Faults: the aunt's clear-out of the house has no time; 'We will all make "
        "sure' Grace is never alone with Favour after a drink; the young carers' assessment 'as soon as "
        "a worker is free'; the nurture group place with '-' for how we will know; the mother's drinking "
        "is recorded but only she owns the recovery service work, so no adult service owns any action; "
        "and the contingency sends the children to the grandmother every time with nothing said if she "
        "cannot help."
    ),
    "text": """\
CRENNOCK CITY COUNCIL - CHILDREN AND FAMILIES
=============================================

OUR FAMILY'S PLAN AND THE CHILD PROTECTION PLAN
Daniel and Favour Okwuosa

This plan puts two plans together:
  Part 1 is the family's plan, written by the family at their family group
  conference on 20/01/2026, in their own words. Each item says which of us
  will do it.
  Part 2 is the professionals' plan from the initial child protection
  conference on 08/01/2026.
The first core group on 22/01/2026 agreed them as one child protection plan.


THE FAMILY
----------
Daniel Okwuosa ........ 12 (born 17/03/2013), Year 7, Crennock High School
Favour Okwuosa ........ 6 (born 29/06/2019), Year 1, St Luke's C of E
                        Primary School
Grace Okwuosa ......... Mum, 36. 27 Marlowe Road, Crennock CN3 9PD
Emeka Okwuosa ......... Dad, 41. Lives in Hollins Vale; has the children
                        every other weekend
Ngozi Eze ............. Grandma (Grace's mum), 64. 5 Kestrel Close, Crennock
Blessing Eze-Mills .... Aunty Blessing (Grace's sister), 39. Staff nurse.
                        14 Quarry Hill, Crennock
Chidi Eze ............. Uncle Chidi (Grace's brother), 33. 8 Dock Street,
                        Crennock
Category .............. Neglect (both children)
Social worker ......... Sue Parfitt, Safeguarding Team 3 (team manager:
                        Rachel Fenn)
FGC coordinator ....... Martin Ogden, Crennock Family Group Conference
                        Service


WHY THERE IS A PLAN
-------------------
Grace has been drinking heavily since Emeka left in the spring of 2025. She
told the conference that she drinks a bottle of vodka over two days, and
more at weekends. On 04/12/2025 she came to collect Favour from St Luke's
smelling strongly of alcohol and unsteady on her feet; the school kept
Favour and rang children's services. On 19/12/2025 Grace fell on the stairs
at home and was taken to A&E. Daniel rang the ambulance and looked after
Favour until Grandma Ngozi came. Daniel has been late to school 19 times
this term, is often tired, and told his form tutor he "does Favour's tea
most nights". When Sue visited on 22/12/2025 there were empty bottles in
the kitchen and the bedrooms, and very little food in the fridge.


WHAT IS GOING WELL
------------------
- The family came together quickly: eleven relatives and friends came to
  the family group conference.
- Grandma Ngozi has had Favour for tea most days since Grace's fall.
- Grace says she wants to stop drinking, and she rang Crennock Recovery
  Service herself on 12/01/2026.
- Daniel and Favour are loved, close to each other, and both doing well
  with their reading.
- Emeka has had the children every other weekend without missing one.


WHAT DANIEL AND FAVOUR SAY
--------------------------
Daniel came to the family group conference with his advocate, Priya Lal
(Crennock Children's Rights Service), and read out what he had written:
"I love my mum but I don't like it when she drinks. She falls asleep and I
have to do everything. I want to go to football again. I want Grandma to be
around more. I don't want to move out." He scored home 4 out of 10, and
said it would be 8 "if Mum stopped and I didn't have to do Favour's tea".

Favour drew her family for Sue on 15/01/2026. She drew Grandma big "because
she makes jollof", and Mummy lying on the sofa. She said: "Mummy is sleepy
a lot. Daniel does my toast. I like Sundays at Aunty Blessing's because
there's cousins."


WHAT WE WANT FOR DANIEL AND FAVOUR
----------------------------------
1. Daniel and Favour are cared for every day by an adult who is sober.
2. Daniel is a 12-year-old boy, not Favour's carer: he gets to school on
   time, plays football and has time with his friends.
3. Favour is collected from school on time by a sober adult, and eats a
   proper meal every day.
4. Daniel and Favour keep living with their mum, with their family close by.


PART 1: OUR FAMILY'S PLAN
=========================
We, the Okwuosa and Eze family, agree to do these things to keep Daniel and
Favour safe. We wrote this at our family group conference on 20/01/2026.

1.1  Grandma Ngozi will collect Favour from St Luke's and have her at her
     house for tea every Monday to Thursday until 6pm, starting on
     21/01/2026. We'll know it is working because the school's signing-out
     book shows Grandma collecting her, and Favour tells Sue what she had
     for tea.

1.2  Grandma Ngozi will sleep at 27 Marlowe Road every Friday and Saturday
     night until the review conference, so there is a sober adult in the
     house at weekends. We'll know it is working because Grandma signs the
     family diary each morning and Sue reads it when she visits.

1.3  Aunty Blessing will take Daniel and Favour to church and then for
     Sunday lunch at her house every Sunday, 10am to 4pm, when they are not
     at Dad's. We'll know it is working because Blessing texts Sue each
     Sunday evening, and the children tell Sue about their Sundays.

1.4  Aunty Blessing will help Grace clear the kitchen and the bedrooms and
     take every bottle out of the house. We'll know it is working because
     Sue sees clean bedrooms and no bottles in the house.

1.5  Uncle Chidi will take Daniel to Crennock Juniors football training
     every Tuesday at 6pm, and to his match every Saturday morning when he
     is not at Dad's. We'll know it is working because the coach's team
     sheet shows Daniel there.

1.6  Grace will not drink any alcohol when she is looking after Daniel or
     Favour, from 21/01/2026. We'll know it is working because Grace agrees
     to blow into a breathalyser at any of Sue's visits, and every reading
     is zero.

1.7  Grace will go to her key work appointments at Crennock Recovery
     Service every Wednesday from 28/01/2026. We'll know it is working
     because Grace shows Sue her appointment card at each visit.

1.8  Dad (Emeka) will have Daniel and Favour every other weekend, from
     Friday at 6pm to Sunday at 6pm, and bring them back to Grandma
     Ngozi's. We'll know it is working because Emeka texts Sue when he
     collects them and when he drops them off.

1.9  We will all make sure that Grace is never left on her own with Favour
     after she has had a drink, and whoever is there will ring Grandma
     Ngozi to come round. This starts on 21/01/2026 and is for every day.
     We'll know it is working because the person who rang writes it in the
     family diary.


PART 2: THE PROFESSIONALS' PLAN
===============================
2.1  Visit Daniel and Favour at home, one visit in three unannounced; see
     each child on their own, look in the fridge and the bedrooms, and read
     the family diary.
     Who:  Sue Parfitt, social worker
     When: Every week until the review conference
     How we will know: Visit records on the children's file within 2
           working days, with each child's words and what Sue saw.

2.2  Direct work with Daniel about being a young carer and about Mum's
     drinking, using his "My Family Map" book (six sessions).
     Who:  Sue Parfitt, social worker
     When: Fortnightly, 27/01/2026 to 07/04/2026
     How we will know: Daniel's book on file, and his home score at the
           first and the last session.

2.3  Parenting assessment of Grace, including how her drinking affects
     Daniel and Favour.
     Who:  Sue Parfitt, social worker
     When: Weekly sessions from 29/01/2026; report by 13/03/2026
     How we will know: Written report with a recommendation, shared with
           Grace and the core group by 13/03/2026.

2.4  Young carer's assessment for Daniel, and a place at the Friday young
     carers' group.
     Who:  Jo Wainwright, Crennock Young Carers
     When: As soon as a worker is free
     How we will know: Assessment on Daniel's file; the group register
           shows him there.

2.5  Check in with Daniel each week, and e-mail his attendance and
     punctuality to Sue.
     Who:  Mr Gareth Hughes, Head of Year 7, Crennock High School
     When: Every Monday morning; e-mail every Friday
     How we will know: Check-ins logged on CPOMS; Daniel late no more than
           once a fortnight by the February half term.

2.6  Ring Sue the same day if Favour is collected late, or by any adult who
     smells of alcohol or seems unsteady, and keep Favour at school until a
     safe adult comes.
     Who:  Mrs Joy Ellison, DSL, St Luke's C of E Primary School
     When: Every school day
     How we will know: Each call logged on CPOMS and on Sue's file the same
           day.

2.7  Place for Favour in the Sunshine nurture group.
     Who:  Mrs Anita Patel, SENCO, St Luke's C of E Primary School
     When: Tuesday and Thursday afternoons from 03/02/2026
     How we will know: -

2.8  Health review for Daniel and Favour (height, weight, teeth, sleep and
     any worries), and help Grace register them with a dentist.
     Who:  Tessa Rowe, school nurse, Crennock 0-19 Service
     When: By 27/02/2026
     How we will know: Health review letter on Sue's file; both children
           registered with a dentist by the date of the letter.


IF THINGS GO WRONG
------------------
In our family's words:
- If Grace has been drinking and is looking after the children, Daniel (or
  whoever is with them) rings Grandma Ngozi. Grandma comes and takes Daniel
  and Favour to her house at 5 Kestrel Close for the night.
- If Grace has another fall or is taken to hospital, the children go to
  Grandma Ngozi's until Grace is home and well.

From the professionals:
- If Grace is found drunk while she is caring for the children, or the
  school or the police report her under the influence, Sue holds a strategy
  discussion the same day, and Daniel and Favour stay with Grandma Ngozi
  until the strategy discussion has decided what happens next.
- If Daniel or Favour is found at home without a sober adult, Sue (or the
  Emergency Duty Team out of hours) visits that day and the children go to
  Grandma Ngozi's.
- If Grace has a breath test over zero at two of Sue's visits, or the
  children are found at home without a sober adult twice, Sue will ask
  Rachel Fenn (team manager) for a legal planning meeting within 5 working
  days, to decide whether to start the Public Law Outline.


MEETINGS
--------
Core group ......................... Every four weeks at St Luke's,
                                     Thursdays at 3.45pm: 22/01/2026,
                                     19/02/2026 and 19/03/2026
Review family group conference ..... 03/03/2026, 6pm, St Luke's church
                                     hall (Martin Ogden)
Review child protection conference . 02/04/2026, 10am, Crennock Civic
                                     Centre


Family plan agreed by: Grace Okwuosa, Emeka Okwuosa, Ngozi Eze, Blessing
Eze-Mills and Chidi Eze (20/01/2026).
Professionals' plan agreed at the first core group, 22/01/2026.
Typed by Sue Parfitt, social worker, 23/01/2026.
""",
    "findings": [
        F("T001", "Aunty Blessing will help Grace clear the kitchen and the bedrooms"),
        F("W002", "We will all make sure that Grace is never left"),
        F("T002", "Young carer's assessment for Daniel, and a place at the"),
        F("M001", "Place for Favour in the Sunshine nurture group."),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A disabled boy's plan written on the children's ward: Part 1 is his
#    parents' own part ("We will ..."), Parts 2 and 3 name the ward and the
#    community workers. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_colsterby_disabled_child_ward_our_part_we_named_workers_carrick.docx",
    "doc_title": "Child Protection Plan - Ollie Carrick",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-disabled-child-on-childrens-ward-plan-docx-details-table-why-going-well-ollies-world-how-he-tells-us-and-his-sisters-words-outcomes-then-part-1-our-part-we-steph-and-dan-will-table-we-will-when-how-everyone-will-know-then-part-2-on-the-ward-and-part-3-at-home-and-school-tables-what-named-worker-when-how-we-will-know-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan, held on the children's ward, for a 9-year-old with quadriplegic "
        "cerebral palsy and epilepsy who is fed by gastrostomy and does not use speech: his weight fell "
        "below the 2nd centile, he missed his dietitian and orthopaedic appointments, came to school in "
        "soiled pads and was admitted with a chest infection and a pressure sore. His father has "
        "depression and his 13-year-old sister has been doing his feeds. Part 1 is the parents' own "
        "part in their words ('We will ...'), Parts 2 and 3 name the ward and community workers, and "
        "the boy's signs and eye-gaze choices are recorded. Faults: the parents' wheelchair review "
        "'when things have settled down at home'; their night turns measured by 'We will keep an eye "
        "on his skin'; the CMHT's medication reviews and support for the father, measured by attendance "
        "only; the short breaks panel request with '-' for how we will know; an outcome about the "
        "parents only; and a contingency whose triggers are 'more worries' and 'things do not get "
        "better' with a response to review and consider."
    ),
    "blocks": [
        ("title", "Ollie's Child Protection Plan"),
        ("p", "Colsterby Council Children's Services, with Colsterby Children's Hospital. Initial child "
              "protection conference held on Puffin Ward on Thursday 29/01/2026 (chair: Helen Frome)."),
        ("p", "This plan was written with Steph and Dan on the ward on 30/01/2026. Part 1 is their part, in "
              "their own words, so \"we\" there means Steph and Dan. Parts 2 and 3 name the worker who will do "
              "each thing."),
        ("table", {
            "rows": [
                ["Child", "Oliver (Ollie) Carrick, born 11/07/2016 (9)"],
                ["Home", "3 Heron Court, Colsterby CY2 6TW"],
                ["Mum and Dad", "Steph Carrick (38), works three days a week; Dan Carrick (40), off work since "
                                "September 2025"],
                ["Sister", "Millie Carrick (13), Year 8, Colsterby Academy"],
                ["School", "Brookfield Special School (class teacher: Mr Owen Cole)"],
                ["Ollie's health", "Quadriplegic cerebral palsy (GMFCS level V) and epilepsy. Fed by "
                                   "gastrostomy. Ollie does not use speech: he uses an eye-gaze board, his "
                                   "own sounds and his face."],
                ["In hospital", "Puffin Ward, Colsterby Children's Hospital, since 12/01/2026 (chest "
                                "infection, weight loss, grade 3 pressure sore on his lower back). Expected "
                                "home: 06/02/2026."],
                ["Category", "Neglect"],
                ["Social worker", "Nadia Rahman, Children with Disabilities Team (team manager: Karen Wilde)"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Why Ollie has a plan"),
        ("p", "Between April and December 2025 Ollie's weight fell from the 25th centile to below the 2nd. He "
              "missed four dietitian appointments and both of his orthopaedic appointments. On 9 school days in "
              "the autumn term he arrived at Brookfield in a soiled pad from the night before, and his school "
              "feeds were often not packed. When he was admitted on 12/01/2026 the ward found a grade 3 "
              "pressure sore on his lower back, which the tissue viability nurse thinks had been there for "
              "several weeks."),
        ("p", "Steph and Dan told the conference they are exhausted. Ollie wakes three or four times a night. "
              "Dan has depression and has been off work since September; he is seeing the Colsterby Community "
              "Mental Health Team. Steph works three days a week. Millie has been doing some of Ollie's feeds "
              "and his night changes, and her school says she is often tired."),
        ("h1", "What is going well"),
        ("bullets", [
            "Steph or Dan has been on the ward with Ollie every day, and they love him very much.",
            "They learned the new feed plan quickly, and Ollie has gained 600g on the ward.",
            "Dan told the conference about his depression and wants help.",
            "Brookfield's staff know Ollie well and noticed the changes early.",
            "Steph and Dan have asked for short breaks and a carer's assessment themselves.",
        ]),
        ("h1", "Ollie's world"),
        ("p", "Ollie cannot tell us in words, so this is what the people who know him best have seen. When he "
              "is happy he smiles widely, kicks his legs and looks at the \"yes\" square on his eye-gaze "
              "board. When he is in pain he arches his back, goes red and cries with a high sound. On Puffin "
              "Ward the nurses saw him arch and cry each time he was turned onto his back, until his sore was "
              "dressed. At school Mr Cole says he loves music and the sensory room and laughs when Millie's "
              "name is said. On 27/01/2026, with his eye-gaze board and Mr Cole's help, Nadia asked Ollie what "
              "he wanted when he goes home: he looked at \"Millie\", then \"Mum\", then \"music\"."),
        ("p", "Millie (seen on her own by Nadia on 26/01/2026): \"I don't mind helping Ollie but sometimes I'm "
              "so tired at school. I worry when Dad's in bed all day.\" \"I want to go back to netball.\""),
        ("h1", "What we want for Ollie and Millie"),
        ("numbers", [
            "Ollie gets enough food every day, and his weight goes back up towards his old line (the 25th "
            "centile).",
            "Ollie's pressure sore heals and he gets no new sores.",
            "Ollie goes to every health appointment he needs, and has the right wheelchair and seating.",
            "Millie is Ollie's sister, not his carer, and has time for school, netball and her friends.",
            "Dan's depression is better and Steph and Dan are less tired and stressed.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part 1: Our part - what we, Steph and Dan, will do"),
        ("table", {
            "header": ["We will ...", "When", "How everyone will know"],
            "widths": [8.0, 3.8, 5.2],
            "rows": [
                ["We will give Ollie his five bolus feeds a day through his gastrostomy, exactly as Sian's new "
                 "feed plan says, and write every feed on the feed chart",
                 "Every day from the day Ollie comes home",
                 "Feed chart checked by Lucy at every visit; Ollie's weight above the 2nd centile and rising "
                 "on his chart by the review conference"],
                ["We will turn Ollie every three hours through the night, check his skin whenever we change "
                 "him, and put his barrier cream on any red areas",
                 "Every night, and at every change",
                 "We will keep an eye on his skin"],
                ["We will give Ollie his sodium valproate and clobazam at 8am and 8pm, and write every seizure "
                 "in his seizure diary",
                 "Every day",
                 "Medicine chart and seizure diary checked by Hannah each month; no missed doses on the chart"],
                ["We will take Ollie to every hospital, dietitian and physiotherapy appointment, and ring "
                 "Nadia the same day if we have to cancel one",
                 "Every appointment from discharge until the review conference",
                 "The children's outpatients list, which Nadia asks for each month, shows no missed "
                 "appointments"],
                ["We will take Ollie to the Colsterby Wheelchair Service for his seating review and a new "
                 "pressure-relief cushion",
                 "When things have settled down at home",
                 "Seating review letter on Nadia's file; Ollie sitting on the new cushion at school"],
                ["We will make sure Millie does not do Ollie's feeds, changes or medicines, and that she can go "
                 "to Young Carers and netball",
                 "Every day; Young Carers every Thursday from 05/02/2026",
                 "Millie tells Nadia, when she sees her on her own, who did Ollie's care; the Young Carers "
                 "register"],
            ],
        }),
        ("h2", "Part 2: On Puffin Ward, before Ollie comes home"),
        ("table", {
            "header": ["What will happen", "Named worker", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Teach Steph and Dan the new feed plan, and watch each of them give three feeds on their own",
                 "Sian Lloyd, paediatric dietitian",
                 "Before discharge (planned for 06/02/2026)",
                 "Feeding competency sheet signed for Steph and for Dan, copied to Nadia and Lucy"],
                ["Weigh Ollie and measure his pressure sore, and record both",
                 "Puffin Ward nurse in charge",
                 "Every Monday and Thursday until discharge",
                 "Weight on his centile chart and measurements on the wound chart, sent to Nadia before the "
                 "discharge meeting"],
                ["Chair the discharge planning meeting with Steph, Dan, Nadia, Lucy and Sian, and agree the "
                 "home care plan",
                 "Dr Rachel Ibbotson, consultant paediatrician",
                 "By 05/02/2026, before discharge",
                 "Written discharge plan sent to the core group within 2 working days of the meeting"],
            ],
        }),
        ("h2", "Part 3: At home and at school"),
        ("table", {
            "header": ["What will happen", "Named worker", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Visit Ollie at home, one visit in three unannounced: see Ollie's skin, his feed chart and "
                 "where he sleeps, and see Millie on her own",
                 "Nadia Rahman, social worker",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with how Ollie responded and what Millie said"],
                ["Weigh Ollie, check his pressure areas and his gastrostomy site, and go through the feed "
                 "chart with Steph and Dan",
                 "Lucy Fairburn, community children's nurse",
                 "Twice a week for 4 weeks after discharge, then every week",
                 "Weights plotted on Ollie's centile chart; skin check record copied to Nadia every week"],
                ["Review Ollie's seizure diary and his rescue medicine plan with Steph and Dan",
                 "Hannah Moss, paediatric epilepsy nurse",
                 "Monthly, first on 18/02/2026",
                 "Updated rescue plan and clinic letter sent to Nadia and to Brookfield"],
                ["Tell Nadia the same day if Ollie comes to school in a wet or soiled pad, with sore skin, "
                 "without his feeds, or with a mark no one can explain; send a summary of the home-school "
                 "book",
                 "Mrs Gill Dawson, head teacher, Brookfield Special School",
                 "Every school day; summary every Friday",
                 "Same-day calls logged on CPOMS; Friday summary e-mail on Nadia's file"],
                ["Medication reviews and support for Dan with his depression",
                 "Colin Shaw, CPN, Colsterby Community Mental Health Team",
                 "Monthly from 05/02/2026",
                 "Colin confirms to Nadia each month that Dan attended"],
                ["Ask the short breaks panel for two overnight stays a month for Ollie at Willow House",
                 "Jade Kemp, short breaks coordinator, Children with Disabilities Team",
                 "At the panel on 19/02/2026",
                 "-"],
                ["Carer's assessment for Steph and Dan, including help with Ollie's night care",
                 "Tom Ellery, carers' assessor, Colsterby Adult Social Care",
                 "By 27/02/2026",
                 "Written carer's assessment on file, saying what help they will get and from when"],
                ["Young carer's assessment for Millie, and a place at the Thursday group",
                 "Aimee Shah, Colsterby Young Carers",
                 "By 20/02/2026",
                 "Assessment on Millie's file; Millie on the Thursday group register"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If there are any more worries about Ollie's care at home, or things do not get better, Nadia will "
            "call the core group together to review the plan and consider what to do next.",
            "If we (Steph and Dan) are struggling, we will tell Nadia or Lucy, and the core group will talk "
            "about what more help can be given.",
            "If there has still not been enough progress by the review conference, Nadia will ask Karen Wilde, "
            "her manager, for a legal planning meeting.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm at Brookfield Special School: 12/02/2026, "
            "12/03/2026 and 09/04/2026.",
            "Review child protection conference: Thursday 23/04/2026 at 10am, Colsterby Civic Centre.",
        ]),
        ("p", "Plan agreed with Steph and Dan on 30/01/2026 and sent to every agency on 02/02/2026."),
    ],
    "findings": [
        F("T002", "We will take Ollie to the Colsterby Wheelchair Service"),
        F("M002", "We will turn Ollie every three hours through the night"),
        F("H001", "Medication reviews and support for Dan with his depression"),
        F("M001", "Ask the short breaks panel for two overnight stays"),
        F("F002", "Dan's depression is better and Steph and Dan are less tired and stressed."),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A 17-year-old's plan for getting to 18: who's who, then tables for
#    "What I'll do", "Me and Dionne", "Mum's part", "What the workers will
#    do" and "Getting ready for 18". Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_cullerton_getting_to_18_i_will_me_and_dionne_workers_part_boateng.pdf",
    "doc_title": "My plan: getting to 18 safely - Kwame Boateng",
    "split": "heldout",
    "actions": 17,
    "min_pages": 3,
    "header": "Cullerton Council Children's Services and Cullerton Youth Justice Service · My plan",
    "footer": "Kwame Boateng · Child protection plan from the review conference on 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "young-persons-plan-to-18-paged-header-footer-i-means-kwame-about-me-kv-whos-who-table-worries-what-i-think-whats-going-ok-what-i-want-by-18-then-tables-part-1-what-ill-do-part-2-me-and-dionne-part-3-mums-part-i-will-when-how-well-know-part-4-what-the-workers-will-do-part-5-getting-ready-for-18-who-what-when-how-well-know-then-if-things-go-wrong-meetings-agreed-by",
    "description": (
        "Exemplary review conference plan for a 17-year-old who is criminally exploited by an older "
        "group, is on a Youth Rehabilitation Order for a robbery they pushed him into, says he owes "
        "them £900, and turns 18 in June. Written with him: 'I' is Kwame. After a who's who, his "
        "words and what he wants by 18, the plan is five tables: 'What I'll do', 'Me and Dionne' (his "
        "YJS case manager), 'Mum's part', 'What the workers will do' and 'Getting ready for 18' (adult "
        "social care transitions, housing, probation handover, adult ADHD service, careers). Every row "
        "has a named or joint owner, a real time ('every night until my curfew ends on 30/04/2026', "
        "'within 24 hours of the police getting it', 'by 31/05/2026') and a check; the contingency has "
        "specific triggers, a named aunt and a fallback, and legal planning after named triggers; core "
        "group and review dates are set."
    ),
    "blocks": [
        ("title", "My plan: getting to 18 safely"),
        ("p", "Cullerton Council Children's Services and Cullerton Youth Justice Service. Child protection "
              "plan from my review child protection conference on Tuesday 10/02/2026 (chair: Gail Whitby)."),
        ("p", "I wrote this plan with Hannah (my social worker) and Dionne (my YJS case manager) on 12/02/2026. "
              "Where it says \"I\", \"me\" or \"my\", that's me, Kwame. The workers' parts have their names "
              "on them. I'm 18 on 14/06/2026, so Part 5 is about getting ready for that."),
        ("h1", "About me"),
        ("kv", [
            ("Name", "Kwame Boateng, 17 (born 14/06/2008)"),
            ("Home", "62 Linacre Road, Cullerton CU4 8NE, with my mum, Abena Boateng (44), and my sister "
                     "Ama (10)"),
            ("College", "Cullerton College, Level 1 Motor Vehicle, Tuesdays, Wednesdays and Fridays"),
            ("Court order", "12-month Youth Rehabilitation Order from 11/11/2025 (robbery): supervision, a "
                            "curfew with an electronic tag until 30/04/2026, and 12 hours of reparation"),
            ("On a plan since", "13/11/2025. Category: physical abuse (because of the risk from the people "
                                "exploiting me)"),
            ("National Referral Mechanism", "Positive reasonable grounds decision, 05/12/2025"),
        ]),
        ("h1", "Who's who"),
        ("table", {
            "rows": [
                ["Hannah Quigley", "My social worker, Adolescent Safeguarding Team (her manager is Simon Ashe)"],
                ["Dionne Carter", "My case manager, Cullerton Youth Justice Service (YJS)"],
                ["Jerome Baptiste", "My mentor, Cullerton Safer Futures (the exploitation service)"],
                ["PC Naomi Ellis", "Cullerton Police Exploitation Team"],
                ["Dr Priya Menon", "My CAMHS doctor (ADHD and anxiety)"],
                ["Mrs Salma Khan", "My tutor at Cullerton College"],
                ["Bronwen Hale", "Transitions worker, Cullerton Adult Social Care"],
                ["Sam Hurst", "Cullerton Youth Housing Pathway"],
                ["Ruth Ngata", "Careers adviser, Cullerton College"],
                ["Aunty Efua", "Efua Owusu, Mum's sister, 7 Poplar Grove, Cullerton"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "What the workers are worried about"),
        ("p", "Hannah wrote this part."),
        ("bullets", [
            "In the summer of 2025 an older group from the Eastfield estate (Kwame calls them \"the Eastfield "
            "lot\") got Kwame selling cannabis and then crack cocaine, and used him to carry money. In "
            "October he took part in robbing a younger boy of his phone and bike, which is what his order "
            "is for. He says he was told to do it \"or else\".",
            "He was missing four times in September and October, once for three days.",
            "The Eastfield lot say he owes them £900. His mum's car was damaged outside the house on "
            "19/01/2026.",
            "Kwame turns 18 on 14/06/2026. His child protection plan, and most of the help he gets from "
            "children's services, stops then, and his order moves to the Probation Service. The people "
            "exploiting him will not stop because he turns 18.",
        ]),
        ("h1", "What I think"),
        ("bullets", [
            "\"I know I messed up with the robbery. I didn't want to do it.\"",
            "\"The tag's annoying but it gives me an excuse. I can say I can't go out.\"",
            "\"I want to do a proper apprenticeship and get my own flat one day. Not in Eastfield.\"",
            "\"I'm worried about what happens when I'm 18 and everyone just stops.\"",
            "\"How safe do I feel? 6 out of 10. It was 2 in October.\"",
        ]),
        ("h1", "What's going OK"),
        ("bullets", [
            "I haven't been missing since 28/10/2025.",
            "I've kept every YJS appointment since my order started.",
            "My college attendance this term is 91%.",
            "Me and Jerome get on, and I've started boxing at Old Mill ABC.",
            "Mum has changed her phone number and reported the car damage to the police.",
        ]),
        ("h1", "What I want by the time I'm 18"),
        ("numbers", [
            "I'm safe from the Eastfield lot, and they stop contacting me.",
            "I'm home every night, and if I do go missing someone finds me quickly and talks to me after.",
            "I finish my Level 1 course and I've got an apprenticeship or a Level 2 place for September "
            "2026.",
            "I know who will help me after I'm 18: a worker, somewhere safe to live if home isn't safe, and my "
            "ADHD medicine with no gap.",
        ]),
        ("h1", "Part 1: What I'll do"),
        ("table", {
            "header": ["I will ...", "When", "How we'll know"],
            "widths": [8.0, 4.2, 4.8],
            "rows": [
                ["Go to every YRO supervision appointment with Dionne at the YJS office",
                 "Every Monday and Thursday at 4pm until 14/06/2026",
                 "YJS attendance record, which Dionne sends Hannah at the end of each month"],
                ["Stay in at home between 9pm and 6am with my tag on",
                 "Every night until my curfew ends on 30/04/2026",
                 "The tag company's curfew reports to Dionne; any breach reported to Dionne by 9am the next "
                 "day"],
                ["Text Jerome if anyone from the Eastfield lot messages me, asks me to do a shift or says I "
                 "owe them, and show him the message",
                 "The same day, every time it happens",
                 "Jerome's log of my texts, passed to PC Ellis within 24 hours"],
                ["Go to college for my Level 1 Motor Vehicle course",
                 "Tuesdays, Wednesdays and Fridays, 9am to 3.30pm, until the course ends on 26/06/2026",
                 "College register on Mrs Khan's weekly e-mail to Dionne and Hannah; 90% attendance or more "
                 "at Easter"],
            ],
        }),
        ("h1", "Part 2: Me and Dionne"),
        ("table", {
            "header": ["Me and Dionne will ...", "When", "How we'll know"],
            "widths": [8.0, 4.2, 4.8],
            "rows": [
                ["Do the eight victim awareness sessions in my YRO plan, and I'll write a letter to the boy I "
                 "robbed",
                 "Every Thursday after supervision, 12/02/2026 to 02/04/2026",
                 "Dionne's session records; my letter kept on my YJS file and only sent if he wants it"],
                ["Do my 12 hours of reparation at Cullerton Community Food Bank",
                 "Saturday mornings, 10am to 1pm, all done by 30/04/2026",
                 "Reparation log signed by the food bank manager: 12 of 12 hours"],
            ],
        }),
        ("h1", "Part 3: Mum's part"),
        ("table", {
            "header": ["Mum (Abena) will ...", "When", "How we'll know"],
            "widths": [8.0, 4.2, 4.8],
            "rows": [
                ["Ring 101 and text Hannah if I'm not in by 9.30pm and not answering my phone",
                 "Every time it happens",
                 "A police log number on Hannah's file for each call"],
                ["Go to the Safer Families parents' group at Cullerton Safer Futures",
                 "Every other Tuesday at 6pm, from 17/02/2026",
                 "The group register, which Jerome sends Hannah each month"],
            ],
        }),
        ("h1", "Part 4: What the workers will do"),
        ("table", {
            "header": ["Who", "What they'll do", "When", "How we'll know"],
            "widths": [3.6, 5.6, 3.6, 4.2],
            "rows": [
                ["Hannah Quigley, social worker",
                 "See me on my own, one week at college and the next at home, and talk about where I've been, "
                 "who with, and how safe I feel",
                 "Every week until my 18th birthday (14/06/2026)",
                 "Visit notes within 2 working days, with my words and my safety score out of 10"],
                ["Jerome Baptiste, mentor, Cullerton Safer Futures",
                 "Boxing at Old Mill ABC, then a catch-up about the week and anything the Eastfield lot have "
                 "tried",
                 "Every Wednesday, 5pm to 7pm",
                 "Jerome's notes to Hannah each month, with my safety score from each session"],
                ["PC Naomi Ellis, Police Exploitation Team",
                 "Go through the police Stay Safe plan with me and Mum at home, with Dionne, and give us her "
                 "direct number",
                 "By 27/02/2026",
                 "Signed Stay Safe plan on Hannah's and Dionne's files"],
                ["PC Naomi Ellis, Police Exploitation Team",
                 "Tell Hannah and Dionne about any intelligence that the Eastfield lot are looking for me, or "
                 "that I've been seen with them",
                 "Within 24 hours of the police getting it",
                 "Intelligence e-mails logged on my children's services file"],
                ["Dr Priya Menon, CAMHS",
                 "Review my ADHD medicine and my anxiety, and refer me to the adult ADHD service so my "
                 "medicine carries on after 18",
                 "Review by 06/03/2026; referral sent by 31/03/2026",
                 "CAMHS clinic letter to Hannah; the adult ADHD service's letter confirming my referral"],
            ],
        }),
        ("h1", "Part 5: Getting ready for 18"),
        ("table", {
            "header": ["Who", "What they'll do", "When", "How we'll know"],
            "widths": [3.6, 5.6, 3.6, 4.2],
            "rows": [
                ["Bronwen Hale, transitions worker, Cullerton Adult Social Care",
                 "Meet me and Hannah to work out what help I can get from adult services after 18, with a Care "
                 "Act needs assessment if I want one",
                 "First meeting by 13/03/2026; transition plan written by 30/04/2026",
                 "My transition plan, signed by me, on Hannah's file by 30/04/2026"],
                ["Sam Hurst, Cullerton Youth Housing Pathway",
                 "Assess me for a supported flat for after I'm 18, or sooner if home isn't safe",
                 "By 31/03/2026",
                 "Housing assessment letter saying which list I'm on and my priority band"],
                ["Dionne Carter, YJS case manager",
                 "Hold a handover meeting with me and my probation officer, so my order carries on with no "
                 "gap when I turn 18",
                 "By 31/05/2026",
                 "Handover meeting notes, and my probation officer's name and first appointment date given to "
                 "me in writing"],
                ["Ruth Ngata, careers adviser, Cullerton College",
                 "Help me apply for a Level 2 motor vehicle apprenticeship or college place for September "
                 "2026",
                 "Applications in by 31/03/2026",
                 "Confirmation e-mail for each application, copied to Hannah"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If I'm not home by 9.30pm and not answering: Mum rings 101 and Hannah (or the Emergency Duty Team "
            "after 5pm). The police treat it as high risk because of the debt. Jerome does my return home talk "
            "within 72 hours of me coming back.",
            "If I'm found with the Eastfield lot, or in Eastfield after my curfew: Hannah and PC Ellis hold a "
            "strategy discussion the same day.",
            "If anyone threatens me, Mum or Ama, or comes to the house: we ring 999. That night I stay at "
            "Aunty Efua's, 7 Poplar Grove. If Aunty Efua can't have me, Hannah (or the Emergency Duty Team) "
            "finds me an emergency foster placement or supported lodgings that night, and Sam Hurst looks at "
            "an urgent housing move the next working day.",
            "If I break my curfew or miss two YJS appointments: Dionne follows the YJS breach process, tells "
            "Hannah the same day, and meets me within 5 working days to work out what went wrong.",
            "If I'm missing more than once in a month, or found with the Eastfield lot twice: Hannah will ask "
            "Simon Ashe for a legal planning meeting within 5 working days, to get legal advice on a Slavery "
            "and Trafficking Prevention Order against the men exploiting me, and on whether I should be "
            "accommodated somewhere safer.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Cullerton YJS, Tuesdays at 4.30pm: 24/02/2026, 24/03/2026 and "
            "21/04/2026. I go to all of them.",
            "Review child protection conference: Tuesday 05/05/2026 at 2pm, Cullerton Civic Centre. It is my "
            "last one before I'm 18, and it will decide whether I still need a plan and what help carries on "
            "after 14/06/2026.",
        ]),
        ("h1", "Agreed by"),
        ("p", "Kwame Boateng (12/02/2026) · Abena Boateng (12/02/2026) · Hannah Quigley, social worker · "
              "Dionne Carter, YJS case manager"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A looked-after baby on a neonatal unit: her days on the unit, then
#    "What I, Kelly, will do" (her mother's own part), the unit's part, her
#    social worker's part and the other workers' and her grandmother's part.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b185_crowhithe_lac_baby_neonatal_unit_kellys_i_part_tarrant.md",
    "split": "heldout",
    "actions": 15,
    "template": "cp-plan-looked-after-baby-on-neonatal-unit-md-details-table-why-rosies-days-on-the-unit-going-well-what-kelly-says-outcomes-then-what-i-kelly-will-do-table-i-will-when-how-well-know-then-unit-part-who-what-when-table-then-social-workers-part-table-under-her-name-then-other-workers-and-family-table-then-if-things-go-wrong-meetings-with-lac-review-agreed-by",
    "description": (
        "Exemplary child protection plan for a baby born at 32 weeks who is withdrawing from opiates on "
        "a neonatal unit and has been looked after under section 20 since her mother, who uses heroin "
        "on top of her methadone, fell asleep holding her on the unit. After the baby's days on the unit "
        "(Finnegan scores, how she settles, how she turns to her mother's voice), the plan is four "
        "tables: 'What I, Kelly, will do' in the mother's own words, the unit's part, the social "
        "worker's part under her name (visits to the baby twice a week until discharge), and the other "
        "workers' and the grandmother's part. The drug and alcohol service reports on capacity to "
        "change; the grandmother's weekend visits have a fallback; legal planning follows named "
        "triggers; core group, looked-after review and review conference dates are set."
    ),
    "text": """\
# Rosie's plan

**Crowhithe Council · Children's Services · Children in Care Team**

**Child protection plan for a looked-after baby on the neonatal unit: Rosie Tarrant**

Initial child protection conference: Friday 16/01/2026, held at Crowhithe General Hospital (chair: Mark
Evans, independent reviewing officer). The plan was finished with Kelly on 19/01/2026.

Rosie has been looked after since 10/01/2026 (accommodated under section 20 of the Children Act 1989,
with Kelly's agreement). She is still on Kestrel Neonatal Unit.

The part headed "What I, Kelly, will do" is Kelly's own part, in her words: "I" there means Kelly. Every
other part names the person who will do each thing.

## About Rosie

| | |
|---|---|
| **Baby** | Rosie Tarrant, born 03/01/2026 at 32+2 weeks, 1.64kg. Corrected age at the conference: 34+2 weeks. |
| **Where Rosie is** | Kestrel Neonatal Unit (special care nursery, cot 6), Crowhithe General Hospital |
| **Legal status** | Looked after, section 20, since 10/01/2026 |
| **Mum** | Kelly Tarrant (22), Flat 4, 18 Harbour Road, Crowhithe CW2 1QE |
| **Dad** | Not named on the birth certificate; Kelly has not said who he is |
| **Nana** | Denise Tarrant (47), Kelly's mum, 31 Gannet Street, Crowhithe |
| **Category** | Neglect |
| **Social worker** | Leah Dunn, Children in Care Team (team manager: Claire Moss) |
| **Independent reviewing officer** | Mark Evans, who chairs Rosie's looked-after reviews and her conferences |
| **Named nurse on the unit** | Sister Amira Hassan |
| **Parent and child foster carer** | Sandra Okoro (approved by Crowhithe Fostering Service) |

## Why Rosie has a plan

Kelly has used heroin since she was 17. She was on a methadone script through her pregnancy, but told
the midwives she was also using heroin "now and then", and her tests at 24 and 28 weeks were positive
for heroin and cocaine. She missed six antenatal appointments. Rosie was born early, at 32 weeks, and on
her second day she began to show signs of withdrawal: a high-pitched cry, tremors, poor feeding and
loose stools. She has been on oral morphine for withdrawal since 05/01/2026.

On the night of 09/01/2026 Kelly came to the unit at 11pm, very drowsy, and fell asleep in the chair
holding Rosie; a nurse took Rosie from her. The next day Kelly agreed for Rosie to be looked after under
section 20 while she gets her treatment back on track. The plan is for Kelly and Rosie to move together
to Sandra's parent and child foster placement when Rosie is ready to leave the unit, if the work below
shows this is safe.

## Rosie's days on Kestrel Unit

Rosie cannot tell us what she feels, so the nurses and Leah have written down what they see.

- Rosie moved from an incubator to a cot on 14/01/2026. She is fed by a tube every three hours, and
  since 13/01/2026 she has been trying a bottle at two feeds a day.
- Her Finnegan scores were 10 to 12 in her first week. Since 12/01/2026 they have mostly been 5 to 7,
  and her morphine is being brought down slowly.
- She settles best swaddled and held close in a quiet, dim room. She startles and cries at loud noises
  and bright light.
- When Kelly holds her skin-to-skin, Rosie's breathing and heart rate settle, and she often sleeps for
  two hours afterwards. On Leah's visit on 13/01/2026 Rosie turned her head towards Kelly's voice.
- On 11 and 12 January, when Kelly did not visit, the nurses wrote that Rosie was harder to settle and
  took less of her bottle.
- On 15/01/2026 she weighed 1.71kg, back above her birth weight.

## What's going well

- Kelly has visited on 7 of the 9 days since 10/01/2026, and has learned to do Rosie's tube feeds and
  nappy changes.
- Kelly went back to her key worker at the drug and alcohol service on 12/01/2026 and is collecting her
  methadone every day.
- Kelly's oral fluid test on 13/01/2026 was positive only for methadone.
- Denise has visited Rosie with Kelly twice and wants to help.
- Kelly is open with the nurses about how she is feeling.

## What Kelly says

"I know I messed up that night. I'd taken something and I shouldn't have come. I want to be Rosie's mum
properly, and I'll do whatever the plan says." "When I hold her she goes quiet. That's the best bit of
my day."

## What we want for Rosie

1. Rosie comes safely through her withdrawal, feeds by mouth and grows along her centile line.
2. Rosie is held, fed and comforted every day by people who know her while she is on the unit.
3. Rosie leaves the unit to a safe, planned home (with Kelly in Sandra's parent and child placement, if
   the assessment says this is safe) and is never cared for by an adult who is under the influence.
4. Rosie has a settled permanent home by the time she is 6 months old (03/07/2026).

## The plan

### What I, Kelly, will do

| I will ... | When | How we'll know |
|---|---|---|
| Visit Rosie on Kestrel Unit and do her cares with the nurses: nappy, temperature, tube or bottle feed, and skin-to-skin | Every day until Rosie leaves the unit, for at least 3 hours between 10am and 8pm | Each visit and care written on the unit's parent log and on Rosie's BadgerNet record |
| Take my methadone every morning at Harbour Road Pharmacy, where they watch me take it | Every day | The pharmacy's supervised consumption record, which Ryan checks every week; no missed doses |
| Go to my key work with Ryan and give an oral fluid test each time | Every Tuesday at 11am, from 20/01/2026 | Test results e-mailed by Ryan to Leah every two weeks; every result negative for heroin and cocaine |
| Only come to the unit when I haven't used anything except my methadone, and give an oral fluid test there if the nurse in charge asks me to | Every visit | The nurse in charge's note on the parent log; any test result sent to Leah the same day |
| Finish the unit's "Ready for Home" booklet: feeding, bathing, safe sleep, settling a baby who is withdrawing, and what to do if she is unwell | Before Rosie leaves the unit (not expected before 09/02/2026) | Every page signed off by a Kestrel nurse; a copy to Leah and to Sandra |

### Kestrel Neonatal Unit's part

| Who | What | When | How we'll know |
|---|---|---|---|
| Sister Amira Hassan, named nurse | Score Rosie's withdrawal on the Finnegan chart, and bring her morphine down with the neonatal doctors | Every 4 hours until she has scored under 8 for 72 hours off morphine | Finnegan chart on BadgerNet; a weekly summary e-mailed to Leah every Friday |
| Nurse in charge, each shift | Write in the parent log who visited Rosie, how long for, which cares they did and how they seemed | At every visit | The parent log, which Leah reads at each of her visits |
| Dr Ben Whitaker, consultant neonatologist | Chair the discharge planning meeting with Kelly, Leah, Sandra, Ryan and Laura, and agree the day Rosie leaves and where she goes | Before discharge, once Rosie is off morphine and feeding by mouth | Written discharge plan sent to the core group within 2 working days of the meeting |

### Leah Dunn, Rosie's social worker

| What | When | How we'll know |
|---|---|---|
| Visit Rosie on the unit: see her (awake if she is), hold her if she is settled, and talk to the nurse in charge about how she is and who has visited | Twice a week, on Tuesdays and Fridays, until Rosie leaves the unit | Visit records within 48 hours, saying how Rosie was and what the parent log shows |
| Parenting assessment of Kelly, on the unit and then in Sandra's placement | Weekly sessions from 21/01/2026; report by 20/03/2026 | Written report with a recommendation, shared with Kelly and the core group by 20/03/2026 |
| Viability assessment of Denise as a carer for Rosie, in case Rosie cannot live with Kelly | By 13/02/2026 | Viability assessment on file and shared with Kelly and Denise |

### Other workers and Rosie's family

| Who | What | When | How we'll know |
|---|---|---|---|
| Ryan Hollis, recovery worker, Crowhithe Drug and Alcohol Service | Key work with Kelly, with an oral fluid test at each session, and a written report to each core group on whether Kelly is stable on her methadone, whether she is likely to stay stable once she is caring for Rosie, and how long any further change is likely to take | Every Tuesday; report 2 working days before each core group | Ryan's written report on Leah's file before each core group |
| Laura Quinn, family nurse, Family Nurse Partnership | Visit Kelly with Rosie, on the unit and then in the placement, helping Kelly to read Rosie's cues and settle her (Newborn Behavioural Observations) | Every week from 22/01/2026 | FNP contact record e-mailed to Leah after each visit |
| Sandra Okoro, parent and child foster carer | Visit the unit to meet Kelly and learn Rosie's routine, feeds and withdrawal care before Rosie and Kelly come to her | Twice before discharge, the first by 30/01/2026 | Her visits on the parent log; Sandra's notes to Leah after each visit |
| Denise Tarrant (Nana) | Visit Rosie with Kelly, give her a cuddle and a bottle, and help Kelly with her cares | Every Saturday and Sunday, 2pm to 5pm, until Rosie leaves the unit | Her visits and the cares she did written on the parent log |

## If things go wrong

- **If Kelly comes to the unit under the influence of anything other than her methadone, or will not
  give a test when asked:** the nurse in charge asks her to leave Rosie's cot side and rings Leah (or
  the Emergency Duty Team out of hours) the same day, and Kelly's visits are supervised by a nurse until
  Leah has met her. If it happens twice, Leah asks Claire Moss for a legal planning meeting within 5
  working days.
- **If Kelly takes back her section 20 agreement, or tries to take Rosie off the unit:** the nurse in
  charge rings hospital security and the police at once, and then Leah or the Emergency Duty Team.
  Claire Moss holds an urgent legal planning meeting that day to decide whether to apply for an
  emergency protection order or an interim care order.
- **If any of Kelly's tests shows heroin or cocaine, or she misses her methadone two days running:**
  Leah asks for a legal planning meeting within 5 working days to decide whether to start
  pre-proceedings under the Public Law Outline, and Rosie's discharge plan changes to foster care with
  Sandra without Kelly living there, until that meeting has decided.
- **If Denise cannot visit at a weekend:** she texts Kelly and the unit by 10am. Kelly visits as usual,
  and if Kelly cannot come either, Rosie's nurse gives her an extra cuddle and skin-to-skin time that
  afternoon, and Leah visits Rosie on the Monday as well as on her usual days.
- **If Sandra cannot take Rosie and Kelly when Rosie is ready to leave:** Rosie stays on the unit until
  Leah has found another parent and child placement, and Leah keeps visiting her twice a week.

## Meetings

- Rosie's first looked-after review: Friday 06/02/2026 at 11am on Kestrel Unit (chair: Mark Evans).
- Core group every three weeks, Tuesdays at 2pm in the Kestrel Unit parents' room: 27/01/2026,
  17/02/2026, 10/03/2026 and 31/03/2026.
- Review child protection conference: Tuesday 14/04/2026 at 10am, Crowhithe Civic Centre.

Agreed by: Kelly Tarrant (19/01/2026) · Leah Dunn, social worker (19/01/2026) · Sister Amira Hassan,
Kestrel Unit (19/01/2026)
""",
    "findings": [],
})
