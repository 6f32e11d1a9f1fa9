"""Batch 184, module a: seven fictional plans (tuning material, split "tune"),
places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans written to and with the family, in the voices real plans use
when they speak to the family or are owned by them: "you" in a letter to
the parents, "I" in a young person's own plan, "we" in a family group
conference's family plan and in parents' own parts, and a child's own
picture plan. Each plan says who "you", "I" and "we" are, and the owner of
each action is clear from the voice wherever a reader could tell it; in
the faulty plans a few "we" and "we all" lines leave the owner collective
(W002). Each plan is in a template of its own.

1. the social worker's letter to both parents after an initial conference
   for a 6-year-old and a 14-month-old living with neglect (the father's
   drinking), the plan set out as numbered paragraphs under "What you will
   both do", "What Kelly will do", "What Ryan will do", "What I and the
   social work team will do" and "What other people will do", printed to
   PDF with a letterhead header and page footer (pdf): faults are the
   father's call to the alcohol service "as soon as possible", the health
   visitor's visits measured by "we will look for an improvement", a
   passive speech and language referral with no one named, "We will all
   let each other know" about worries, and no legal planning anywhere
   (T002, M002, W001, W002, R002);
2. a 16-year-old's own plan (criminal exploitation, a referral order,
   permanent exclusion): "About me", the adults' worries, "In my own
   words", then "My part: what I will do" in the first person ("I'll ...",
   "Me and Jordan will ..."), "Mum's part" and "The adults' part" as a
   table (md, exemplary);
3. an 8-year-old's own picture plan inside the grown-ups' plan after
   domestic abuse: pictures described in brackets, short lines for Ellie
   with "For grown-ups:" detail in the same box, and a plan table headed
   "What is going to happen / Who is helping me / When / How we will know
   it is working", with an "If things go wrong" part for her and for the
   grown-ups (docx, exemplary);
4. a family group conference's family plan ("We, the Osei family, agree:"),
   adopted by the review conference as part one of the plan for an
   11-year-old and a 7-year-old (neglect, the mother's weekend drinking),
   then the professionals' plan as What / Who / When / How we'll know
   blocks (txt): faults are the uncle's time with Jaden with no time at
   all, "We, the family, will make sure" with no one named, play therapy
   "when Amara feels ready", the school mentor's sessions with "-" for how
   we'll know, and a contingency that uses the grandmother but says
   nothing of what happens if the family's help fails (T001, W002, T002,
   M001, C003);
5. a plan for a 6-year-old with cerebral palsy, epilepsy and a gastrostomy
   whose health needs were neglected, with "Part 1: What we, Marta and
   Piotr, will do" written by the parents, "Part 2: What the workers will
   do" with a named worker on every row, and Lena's non-verbal signs and
   eye-gaze answers as her voice, page header and footer (pdf, exemplary);
6. a Signs of Safety plan after domestic abuse for a 3-year-old and a
   5-month-old, whose rules the parents and network wrote in the first
   person under "I, Connor, will:", "I, Leah, will:", "We, Leah and
   Connor, will:" and "Our network will:", then the professionals' table
   (md): faults are the network's "We'll all keep an eye on" (a collective
   owner and an unobservable measure), Talking Therapies' CBT that only
   treats the mother, the family support worker's sessions "Ongoing", and
   a safety goal about the mother only (W002, M002, H001, T002, F002);
7. a plan for a premature baby on a neonatal unit after cocaine exposure in
   pregnancy, the family about to move to another authority: "What we,
   Jade and Kieran, will do" and a workers' table (docx): faults are the
   hair strand tests "TBC", the parents' "Going Home" session with an
   empty measure, a health visiting referral with "-" for who, the
   parenting assessment handed on to the receiving authority "once the
   case has transferred", and a review conference left to the receiving
   authority with no date (T002, M001, W001, X001, R001).

Three plans (2, 3 and 5) are exemplary: every action has a named owner
(or "I", "you" or "we" that the plan makes plain), a real timescale and
something that can be seen, counted or read; every outcome is about the
child; each contingency has specific triggers and protective responses and
says what happens if a relative's help fails; each records the child's
voice or observed lived experience, core group dates and a dated review
conference, and legal planning after named triggers. None of them records
a parent's ill health or substance use, and no adult mental health service
is involved in them.

Counting convention used for "actions" (README convention 1): each
numbered paragraph of the letter's plan, each bullet under the young
person's, Mum's, the parents' and the network's parts, each numbered item
of the family plan, each professionals' block and each row of an action
table counts once, whatever number of sentences it holds. The details,
worries, what is going well, the children's words, outcomes and safety
goals, the contingency, meeting dates and signatures are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The social worker's letter to both parents, the plan as numbered
#    paragraphs grouped by who: "you both", Kelly, Ryan, "I and the social
#    work team", other people. Letterhead header and page footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_annesgarth_letter_to_parents_you_we_numbered_paragraphs_draper.pdf",
    "doc_title": "Letter to Kelly and Ryan Draper - Tyler's and Poppy's child protection plan",
    "split": "tune",
    "actions": 18,
    "min_pages": 2,
    "header": "Annesgarth Borough Council · Children's Services · Moorgate House, Annesgarth AN2 4JR",
    "footer": "Letter to Kelly and Ryan Draper, 06/02/2026 · Tyler's and Poppy's plan · Page {PAGE} of {NUMPAGES}",
    "template": "sw-plan-letter-to-both-parents-after-icpc-pdf-letterhead-header-footer-how-this-letter-is-written-you-means-both-i-means-sw-we-the-social-work-team-then-worries-going-well-childrens-words-outcomes-then-plan-as-typed-numbered-paragraphs-under-who-headings-you-both-kelly-ryan-i-and-the-team-other-people-then-if-things-go-wrong-meetings-signed",
    "description": (
        "The social worker's letter to both parents after the initial conference for a 6-year-old and "
        "a 14-month-old living with neglect: the baby's weight has fallen to the 9th centile, the home "
        "is dirty and unsafe, the 6-year-old comes to school hungry and late, and the father drinks "
        "most days, sometimes while caring for the children alone. The letter says who 'you' (both "
        "parents), 'I' (the social worker) and 'we (the social work team)' are, and sets out the plan "
        "as numbered paragraphs under who-headings ('What you will both do', 'What Kelly will do', "
        "'What Ryan will do', 'What I and the social work team will do', 'What other people will do'), "
        "each with its time and check. Most paragraphs are sound, and the alcohol service reports on "
        "change. Faults: the father's call to the alcohol service 'as soon as possible'; the health "
        "visitor's visits measured only by 'we will look for an improvement'; a passive speech and "
        "language referral with no one named; 'We will all let each other know' about worries; and "
        "nothing anywhere about legal planning if things do not change."
    ),
    "blocks": [
        ("pl", "Kelly and Ryan Draper"),
        ("pl", "14 Heron Walk"),
        ("pl", "Annesgarth AN4 7TB"),
        ("pr", "06/02/2026"),
        ("p", "Copy to: the agencies at the conference"),
        ("p", "Dear Kelly and Ryan,"),
        ("p", "Thank you both for coming to the initial child protection conference for Tyler and Poppy on "
              "Tuesday 03/02/2026. I know it was a long morning and that some of what was said was hard to "
              "hear. This letter sets out what the conference decided and the plan we made together, written "
              "to you rather than about you. I will read it through with you at my visit on Monday; please "
              "tell me then if anything in it is wrong or unclear."),
        ("h2", "What the conference decided"),
        ("p", "The conference decided that Tyler and Poppy need a child protection plan, under the category of "
              "neglect. The chair was Graham Ellery, an independent reviewing officer. I am the children's "
              "social worker, and my manager is Helen Barker."),
        ("h2", "How this letter is written"),
        ("p", "When I write “you”, I mean both of you. When something is for one of you only, I start with "
              "your name. “I” means me, Sarah Whitlock. “We (the social work team)” means me and the Family "
              "Safeguarding Team at Moorgate House, and I say which of us will do each thing."),
        ("h2", "What we are worried about"),
        ("p", "Poppy is 14 months old. Since October her weight has dropped from the 25th centile to just under "
              "the 9th, and she missed her 12-month review and two clinic weigh-ins. When I visited on "
              "15/01/2026 and 22/01/2026 there were bottles of old milk in her cot, the kitchen bin was "
              "overflowing, and there was dog mess on the landing at the top of the stairs, which have no "
              "gate. Poppy's cot mattress is stained and has no cover."),
        ("p", "Tyler is 6 and in Year 1 at Annesgarth Primary School. His attendance this school year is 84%, "
              "and he has been late 19 times. His teacher says he often comes in hungry and in yesterday's "
              "clothes, and that he hides food from snack time in his tray. His speech is hard to understand, "
              "and he has not yet had the hearing test he was referred for last summer."),
        ("p", "Ryan, you told the conference that you drink most days, usually six or seven cans, and that on "
              "some days you start at lunchtime, when you are looking after the children while Kelly is at "
              "work. On 12/01/2026 Mrs Okoro smelled alcohol on you when you collected Tyler from school."),
        ("h2", "What is going well"),
        ("bullets", [
            "You both love Tyler and Poppy, and they are happy to see you: Poppy reaches for Kelly as soon as "
            "she comes in, and Tyler told me Ryan is “the best at Lego”.",
            "Kelly has kept her job at the bakery and does the family shopping every Friday.",
            "Ryan, you were honest with the conference about your drinking and said you want help with it.",
            "You have let me in on every visit, including the ones I did not arrange, and you started clearing "
            "the landing the day after my visit on 22/01/2026.",
            "Tyler's nan, Jean Draper, has him for Sunday dinner every week, and he loves it.",
        ]),
        ("h2", "What Tyler and Poppy have told and shown us"),
        ("p", "I saw Tyler on his own at school on 28/01/2026. He said: “Dad sleeps on the sofa a lot and I make "
              "my own cereal.” “Poppy cries and cries and I put the telly on loud.” He drew his house with a "
              "big bin and the dog, and said the best thing about home is “when Mum does pancakes”. He scored "
              "home 6 out of 10, and said it would be 10 “if the kitchen was clean and Dad played more”. He "
              "would like to go to the football club at school on Tuesdays."),
        ("p", "Poppy cannot tell us in words, so this is what Megan Ashworth, your health visitor, and I have "
              "seen. Poppy is a smiley girl who crawls fast and pulls herself up on the sofa. On 22/01/2026 she "
              "drank a whole bottle very quickly and cried when it was finished, and she had a sore nappy rash. "
              "She settles quickly when Kelly holds her, and she watches Tyler all the time."),
        ("h2", "What needs to be different for Tyler and Poppy"),
        ("bullets", [
            "Poppy gains weight and is back on the 25th centile by her 18-month check in August 2026.",
            "Tyler and Poppy live in a clean, safe home, with a clean cot, a gate at the top of the stairs and "
            "food in the cupboards.",
            "Tyler is in school every day and on time, fed and in clean clothes, and his hearing and speech "
            "needs are known and met.",
            "Tyler and Poppy are always looked after by a sober adult.",
        ]),
        ("h2", "The plan"),
        ("p", "Each numbered paragraph is one part of the plan. It says who will do it, when, and how we will "
              "all know it is happening."),
        ("h3", "What you will both do"),
        ("pi", "1. You will both make sure Tyler is in school by 8.45am every school day, and one of you will "
               "collect him at 3.15pm. Mrs Okoro will send me Tyler's attendance every Friday, and we want to "
               "see it at 95% or more by the Easter holidays."),
        ("pi", "2. You will both keep Poppy's bottles, the kitchen, the bathroom and the landing clean and clear "
               "every day. I will go through the home conditions checklist with you at each visit, and we "
               "agreed that a score of 8 out of 10 or more at every visit is what we are looking for."),
        ("pi", "3. You will both go to the Strong Start parenting group at Millbank Family Hub on Thursday "
               "mornings, ten sessions from 12/02/2026 to 16/04/2026. Jas Kaur, who runs the group, will send me "
               "the register each week and her end-of-course report."),
        ("pi", "4. You will both give Poppy her tea, a bath and her bedtime bottle and put her down in her cot "
               "by 7.30pm every night, and fill in the bedtime chart Dev gave you. Dev and I will read the chart "
               "at each visit."),
        ("h3", "What Kelly will do"),
        ("pi", "5. Kelly, you will take Poppy to the Millbank baby clinic to be weighed every Tuesday until the "
               "review conference. Her weight will be written in her red book, and Megan will tell me each week "
               "whether it is going up."),
        ("pi", "6. Kelly, you will take Tyler to his hearing test at Annesgarth General Hospital on 24/02/2026 "
               "and show me the letter with the result."),
        ("h3", "What Ryan will do"),
        ("pi", "7. Ryan, from 06/02/2026 you will not drink at all on days when you are looking after Tyler and "
               "Poppy on your own, and not before 6pm on any day. You agreed that Carl Dunmore will breath test "
               "you at every appointment and that I can ask you to use a breath tester when I visit without "
               "warning; every reading should be zero."),
        ("pi", "8. Ryan, you will ring the Annesgarth Recovery Service on 01632 960 771 to book your first "
               "appointment as soon as possible. Carl Dunmore there will e-mail me to confirm when you have "
               "been."),
        ("h3", "What I and the social work team will do"),
        ("pi", "9. I will visit Tyler and Poppy at home every week until the review conference, at least one "
               "visit in three without warning, and see Tyler on his own each time. My visit records will say "
               "what I saw, what Poppy was eating and what Tyler told me."),
        ("pi", "10. I will see Tyler at school every other Wednesday from 11/02/2026 to do his “three houses” "
               "work with him, and bring his drawings and words to each core group."),
        ("pi", "11. We (the social work team) will pay for a new cot mattress and a stair gate, and Dev Patel, "
               "our family support worker, will fit the gate with you by 13/02/2026. I will check that both are "
               "in place at my next visit after that."),
        ("pi", "12. Dev will come to your home every Monday and Thursday morning for eight weeks from 09/02/2026 "
               "to help you plan meals, shopping and a morning routine for the children. He will write each "
               "visit on the routine chart and send me his notes the same day."),
        ("h3", "What other people will do"),
        ("pi", "13. Your health visitor, Megan Ashworth, will visit you at home every two weeks to support you "
               "with Poppy's feeding and routine, and we will look for an improvement."),
        ("pi", "14. A referral will be made to the speech and language therapy service for Tyler by 20/02/2026, "
               "and the therapist's first assessment report will be shared with you and with me."),
        ("pi", "15. Mrs Grace Okoro, the designated safeguarding lead at Annesgarth Primary, will check in with "
               "Tyler every morning at the classroom door and ring me the same day if he is hungry, unwashed or "
               "upset. She will log each check on CPOMS, and I will read the log before each core group."),
        ("pi", "16. Carl Dunmore, recovery worker at the Annesgarth Recovery Service, will see Ryan every two "
               "weeks from his first appointment, breath test him at each session, and write to me before each "
               "core group with the results and his view on whether Ryan's drinking is changing enough for "
               "Tyler and Poppy to be safe with him."),
        ("pi", "17. Mr Dale Finch, the PE teacher, will give Tyler a free place at the Tuesday after-school "
               "football club from 10/02/2026, and tell me at the end of each month how many sessions Tyler has "
               "been to."),
        ("pi", "18. We will all let each other know the same day about any worry for Tyler or Poppy, and it "
               "will be written on the children's chronology."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Ryan has been drinking while looking after Tyler or Poppy on his own, or a breath test is over "
            "zero when he is caring for them, Kelly will come home from work, or the children will go to Nan "
            "Jean's (Jean Draper, 3 Mill Row) that day, and Ryan will stay with his brother Lee until I have "
            "held a strategy discussion, which I will do the same day. If Jean cannot have the children, they "
            "will stay with foster carers that night.",
            "If Poppy's weight goes down at two weigh-ins in a row, Megan will ask the GP, Dr Hale, to see "
            "Poppy that week, and I will visit you the same day.",
            "If Tyler is not in school by 9.30am and neither of you has rung the school, Mrs Okoro will ring "
            "me, and I (or the duty social worker) will visit that morning and see both children.",
            "If I find the children on their own, or with an adult who is drunk, I will ring the police and "
            "hold a strategy discussion the same day.",
            "If things have not changed by the review conference, the conference will decide what needs to "
            "happen next.",
        ]),
        ("h2", "When we will meet"),
        ("p", "The core group (both of you, me, Dev, Megan, Mrs Okoro, Carl and Jas) will meet every four weeks "
              "at Millbank Family Hub at 10am: on 17/02/2026, 17/03/2026 and 14/04/2026. The review child "
              "protection conference will be on Tuesday 28/04/2026 at 1.30pm at Moorgate House."),
        ("p", "You can bring someone with you to every meeting. My number is 01632 960 245; out of hours you "
              "can ring the Emergency Duty Team on 01632 960 000."),
        ("p", "Yours sincerely,"),
        ("pl", "Sarah Whitlock"),
        ("pl", "Social worker, Family Safeguarding Team, Annesgarth Children's Services"),
    ],
    "findings": [
        F("T002", "ring the Annesgarth Recovery Service on 01632 960 771"),
        F("M002", "Your health visitor, Megan Ashworth, will visit you at home"),
        F("W001", "A referral will be made to the speech and language"),
        F("W002", "We will all let each other know the same day"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. A 16-year-old's own plan: "About me", the adults' worries, "In my own
#    words", then "My part: what I will do" in the first person, "Mum's
#    part" and "The adults' part" as a table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_arkelby_young_persons_own_plan_i_will_mums_part_adults_table_walsh.md",
    "split": "tune",
    "actions": 16,
    "template": "young-persons-own-cp-plan-md-16-year-old-i-is-deon-about-me-bullets-why-the-adults-are-worried-written-by-sw-whats-going-ok-in-my-own-words-what-we-all-want-for-me-then-my-part-i-will-bullets-mums-part-bullets-adults-part-what-who-when-how-well-know-table-then-if-things-go-wrong-meetings-signed-by-young-person-and-sw",
    "description": (
        "Exemplary review conference plan written with and partly by a 16-year-old at risk of criminal "
        "exploitation (found in a flat 40 miles away with drugs and cash, a referral order, a 'debt' to "
        "older youths, a brick through the window), permanently excluded and now at a pupil referral "
        "unit; his mother works nights. The plan is his: 'I' is Deon throughout. After 'About me', the "
        "adults' worries, 'What's going OK' and 'In my own words', 'My part: what I will do' is in his "
        "first person ('I'll be home by 9pm ...', 'Me and Jordan will meet every Tuesday ...', 'I'll text "
        "Jordan or Lucy the same day if ...'), each bullet with its time and how it will be checked; "
        "'Mum's part' follows, then 'The adults' part' as a What / Who / When / How we'll know table "
        "(social worker, youth justice, police, missing service, the unit's head, a speech and language "
        "therapist, the MACE meeting). The contingency has specific triggers, a fallback if Mum or Nan "
        "cannot be there, and a legal planning meeting after named triggers; core group and review "
        "conference dates are set."
    ),
    "text": """\
# My plan – Deon Walsh

**Arkelby Council · Children's Services · Adolescent Safeguarding Team**
**Child protection plan from my review conference on 09/03/2026**

This is my plan. I wrote "My part" with Jordan at the Youth Hub on 10/03/2026, in my own words. Lucy,
my social worker, wrote the other parts after the conference, and I read them and changed two things.
When it says "I" or "me", that's me, Deon.

## About me

- **Me:** Deon Walsh, 16 (born 22/05/2009). I live with my mum, Sharon Walsh (44), at 27 Larch Road,
  Arkelby AK3 6PN.
- **School:** Arkelby Learning Centre, Year 11. I was permanently excluded from Thornfield Academy in
  October 2025.
- **My dad:** Andre Walsh. He lives in Portugal and we FaceTime most Sundays.
- **My nan:** Pat Walsh, 9 Holly Court, Arkelby.
- **My social worker:** Lucy Adair, Adolescent Safeguarding Team (her manager is Dawn Reid).
- **My YJS officer:** Jordan Mensah, Arkelby Youth Justice Service. I'm on a nine-month referral order
  from 04/12/2025.
- **My plan:** I've been on a child protection plan since my first conference on 15/12/2025, under the
  category of neglect, because of the risk of being criminally exploited.

## Why the adults are worried (Lucy wrote this part)

- In November the police found you in a flat in Kelby, 40 miles away, with £380 and 14 wraps of crack
  cocaine you had been told to sell. In December you got a referral order for possession with intent to
  supply.
- You went missing from home nine times between September and December, four times overnight.
- Older lads from the Gorse Road estate gave you a phone and trainers, then said you owed them £600 when
  the police took the drugs. On 18/01/2026 someone threw a brick through your mum's front window.
- Your mum works nights at Sunnyfield Care Home, so you are on your own most evenings.
- Since you were excluded you have only been at the Learning Centre 61% of the time.

## What's going OK

- I haven't been back to Kelby since the first conference.
- I've been to 10 of my 12 referral order sessions with Jordan.
- Me and Mum get on better. We had a proper talk with Lucy about a curfew and we both signed it.
- I got a merit at the Learning Centre for my work in the motor vehicle workshop.
- I blocked the Gorse Road numbers in January.

## In my own words

- "I'm not a snitch, but I don't want to go back to Kelby. It was long. I didn't sleep for three days."
- "The debt thing stresses me out. I don't walk past the shops on Gorse Road any more."
- "When Mum's at work the house is dead, so I go out."
- "I want to be a mechanic and get my own car."
- I scored how safe I feel 6 out of 10 (in December it was 3). I'd be an 8 "if the debt was sorted and
  Mum was home at night".

## What we all want for me

1. I'm safe from the Gorse Road lads and the people who sent me to Kelby, and I'm not carrying or
   selling for anyone.
2. I'm home every night, and if I do go missing I'm found quickly and someone talks with me after.
3. I'm at the Learning Centre every day and I get a college place for motor vehicle in September 2026.
4. I've got an adult at home in the evenings, and people I trust to tell if I'm being pressured.

## My part: what I will do

- I'll be home by 9pm on weeknights and by 10pm on Fridays and Saturdays, from 10/03/2026. Mum writes
  the time I get in on the calendar in the kitchen, and Lucy looks at it when she visits.
- I'll go to the Learning Centre every day from 9.15am to 2.45pm and get the 41 bus there and back.
  Mr Boateng sends my attendance to Lucy every Friday, and I'm aiming for 90% by the Easter holidays
  (27/03/2026).
- Me and Jordan will meet every Tuesday at 4pm at the Youth Hub for my referral order sessions, until
  26/05/2026. Jordan signs my session sheet each week and I keep a copy.
- I'll text Jordan or Lucy the same day if anyone asks me to hold or carry anything, or to go out of
  Arkelby for them. They write it down and pass it to PC Hart, and we go through it at my next session.
- I'll keep my phone on and charged, and answer Mum or Lucy within half an hour whenever I'm out after
  6pm. Mum writes on the kitchen calendar any time I don't answer.
- I'll go to my two taster days at Arkelby College (motor vehicle) on 24/03/2026 and 31/03/2026, and
  send in my application with Mr Boateng by 30/04/2026. The college e-mails Lucy when it has my
  application.

## Mum's part

Mum read this part with Lucy and agreed it.

- Mum will swap to day shifts at Sunnyfield Care Home from 16/03/2026, so that she is home every
  evening from 6pm. She will show Lucy her new rota by 20/03/2026.
- Mum will ring 101 (or 999 if she thinks I'm in danger) and text Lucy every time I'm not home and not
  answering 30 minutes after my curfew. Lucy puts the police log number on my file.
- Mum will go to the "Parents Together" group for parents of young people being exploited, at the Youth
  Hub every other Thursday at 6pm, six sessions from 19/03/2026. Tina Fox from the Missing and
  Exploitation Service sends Lucy the register.

## The adults' part

| What | Who | When | How we'll know |
|---|---|---|---|
| See me on my own, at home one week and at the Learning Centre the next, and talk about where I've been and who with | Lucy Adair, social worker | Every week until the review conference on 08/06/2026 | My words and my safety score written in Lucy's visit record within 2 working days |
| Referral order sessions on consequences, peer pressure and "debts", and my referral order panel review | Jordan Mensah, Arkelby Youth Justice Service | Sessions every Tuesday until 26/05/2026; panel review on 19/05/2026 | Session sheets signed by me and Jordan; panel review report sent to Lucy by 22/05/2026 |
| Put a marker on our address because of the brick, and serve child abduction warning notices on the two men I was with in Kelby | PC Ellie Hart, Arkelby Police Exploitation Team | Marker by 13/03/2026; notices by 27/03/2026 | Marker reference and copies of the served notices on Lucy's file |
| A return home interview every time I've been missing | Tina Fox, Arkelby Missing and Exploitation Service | Within 72 hours of every return | Return home interview form sent to Lucy and the police within 72 hours |
| Check in with me at 9.15am and 2.45pm, and ring Mum and Lucy if I'm not in by 10am | Mr Kwame Boateng, head of centre and DSL, Arkelby Learning Centre | Every school day | First-day call log; my attendance e-mailed to Lucy every Friday |
| A speech and language assessment (I find it hard to follow when people talk fast), with ideas for my teachers and for my referral order sessions | Freya Lin, speech and language therapist, Arkelby Youth Justice Service | Assessment by 17/04/2026 | Written report with recommendations, sent to Mr Boateng, Jordan and Lucy by 24/04/2026 |
| Take what we know about the Gorse Road lads and the "debt" to the Multi-Agency Child Exploitation (MACE) meeting and ask for a plan to disrupt them | Lucy Adair, social worker | At the MACE meeting on 26/03/2026 | The MACE action log on my file, and shared with the core group on 21/04/2026 |

## If things go wrong

- **If I go missing,** Mum rings 101 (or 999) straight away, and the police treat it as high risk because
  of Kelby. Tina does my return home interview within 72 hours, and Lucy sees me the next working day.
- **If I'm found out of Arkelby, or with the Gorse Road lads, or I'm arrested again,** Lucy holds a
  strategy discussion with the police and the Youth Justice Service the same day.
- **If anyone threatens me or Mum about the debt, or something else happens to the house,** we ring 999.
  Me and Mum stay at Nan's (Pat Walsh, 9 Holly Court) that night. If Nan can't have us, Lucy or the
  Emergency Duty Team gets us emergency housing through Arkelby Housing Options that night.
- **If Mum can't get day shifts, or has to go back on nights,** she rings Lucy that week, and I stay at
  Nan's on the nights Mum works. If Nan can't have me, Lucy finds a foster carer for me for those nights.
- **If I go missing three times in a month, or I'm found out of Arkelby again, or I'm charged with
  another offence,** Lucy will ask Dawn Reid (her manager) for a legal planning meeting within 5 working
  days, to decide whether I need to be looked after.

## Meetings

- Core group every four weeks, Tuesdays at 4.45pm at the Youth Hub, straight after my session with
  Jordan: 24/03/2026, 21/04/2026 and 19/05/2026. I go to the first part of each one.
- My review conference: Monday 08/06/2026 at 10am, Arkelby Civic Centre. I can go to all of it or part
  of it, or tell Jordan or Lucy what I want said.

Agreed by: Deon Walsh · Sharon Walsh · Lucy Adair (social worker), 10/03/2026
Lucy Adair · 07700 900 318 · Emergency Duty Team (evenings and weekends) 01632 960 900
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. An 8-year-old's own picture plan inside the grown-ups' plan: pictures
#    described in brackets, short lines for Ellie, "For grown-ups:" detail
#    in the same box, a "Who is helping me / When / How we will know it is
#    working" plan table. Exemplary (docx)
# ---------------------------------------------------------------------------
_FENWICK_ROWS = [
    ["[picture of a house with a heart on the door]\n"
     "Mum keeps our home calm and safe. Dad does not come to our house.\n"
     "For grown-ups: Donna will not let Gary into the house or tell him where she and Ellie are going, and "
     "will ring 999 straight away if he comes near the house, as his bail conditions and the "
     "non-molestation order say.",
     "Mum (Donna)",
     "Every day, from 12/02/2026",
     "Any 999 call is on the police log, and PC Reeve tells Priya the next working day. Priya asks Mum and "
     "me about it at every visit."],
    ["[picture of Priya with a notebook and a pen]\n"
     "Priya comes to see me at home and at school. I can talk to her on my own.\n"
     "For grown-ups: Priya sees Ellie on her own at every visit, with one visit in three unannounced, and "
     "looks round the house.",
     "Priya (my social worker)",
     "Every week until the review conference on 14/05/2026",
     "Priya writes down what I say and reads it back to me. Her visit records are on my file within 2 "
     "working days."],
    ["[picture of a hand with a face on each finger]\n"
     "Priya and I make my safety hand: five grown-ups I can tell. We practise ringing 999.\n"
     "For grown-ups: direct work on Ellie's own safety plan, in words she chooses.",
     "Priya, with me",
     "By 06/03/2026",
     "My safety hand is on our fridge, and a copy is on my file. I can tell Priya my five grown-ups."],
    ["[picture of a furry worry monster eating a piece of paper]\n"
     "Worry Monster time with Mrs Cole, to talk about my feelings.\n"
     "For grown-ups: six ELSA sessions on feelings, worries and being brave.",
     "Mrs Cole (ELSA, Alderquay Primary School)",
     "Fridays after lunch, 20/02/2026 to 27/03/2026",
     "My feelings ladder score at the first and the sixth session, sent to Priya."],
    ["[picture of a school door with a smile]\n"
     "Mr Hussain says hello to me every morning, and I can tell him if I am worried.\n"
     "For grown-ups: the DSL checks in with Ellie at the classroom door, logs anything she says about home "
     "on CPOMS, and rings Priya the same day about anything she says about her dad or about fighting.",
     "Mr Hussain (he keeps children safe at school)",
     "Every school day at 8.50am",
     "CPOMS notes e-mailed to Priya every Friday."],
    ["[picture of a bed with a moon and stars over it]\n"
     "Lisa helps me and Mum with a bedtime plan, a night light and dry nights.\n"
     "For grown-ups: a sleep and bedwetting plan with Donna and Ellie, at home.",
     "Lisa Grant (school nurse)",
     "First home visit by 27/02/2026, then every 4 weeks until 14/05/2026",
     "My star chart of dry nights and calm nights; Lisa's notes sent to Priya after each visit."],
    ["[picture of Nana holding a cake]\n"
     "Nana picks me up from school on Tuesdays and Thursdays and I have tea at hers.\n"
     "For grown-ups: Maureen collects Ellie at 3.15pm and brings her home by 6pm.",
     "Nana (Maureen Bell)",
     "Every Tuesday and Thursday",
     "The school's signing-out book; Nana texts Priya each Thursday evening."],
    ["[picture of a woman with a badge and a shield]\n"
     "Kerry helps Mum to stay safe.\n"
     "For grown-ups: Kerry Dunn, IDVA at Alderquay Domestic Abuse Service, makes a safety plan with Donna, "
     "supports her with the court, and keeps her told about Gary's bail and the criminal case.",
     "Kerry (she helps Mum)",
     "Every week until 31/03/2026, then every two weeks until the review conference",
     "Mum's safety plan on my file by 27/02/2026; Kerry tells Priya before each core group what has been "
     "done; a new DASH score by 31/03/2026."],
    ["[picture of a police car outside a house]\n"
     "The police know our house, so they will come fast if Mum rings.\n"
     "For grown-ups: PC Adam Reeve, Alderquay Police Domestic Abuse Unit, puts an urgent-response marker on "
     "5 Gannet Close and tells Priya about any breach of Gary's bail.",
     "PC Reeve (police)",
     "Marker by 19/02/2026; any breach told to Priya the same day",
     "The marker reference on my file; any breach on the police log sent to Priya."],
    ["[picture of a table with toys and a clock on the wall]\n"
     "I can see Dad at the family centre, with a grown-up there, if I want to.\n"
     "For grown-ups: supervised contact at Kingfisher Contact Centre, 10am to 11.30am, only if Ellie says "
     "yes that week.",
     "Sam Ortiz (contact supervisor, Kingfisher Contact Centre)",
     "Every other Saturday from 21/02/2026",
     "Sam's contact record after every visit, sent to Priya; my thumbs-up or thumbs-down card after each "
     "visit."],
    ["[picture of a man in a group, writing in a notebook]\n"
     "Dad goes to a course about not hurting people.\n"
     "For grown-ups: Gary goes to the assessment for the Changing Paths domestic abuse perpetrator "
     "programme and, if he is offered a place, to every weekly session.",
     "Dad (Gary)",
     "Assessment on 10/03/2026, then every Wednesday evening for 26 weeks",
     "Changing Paths sends Priya the assessment letter and a monthly attendance and progress report."],
    ["[picture of Mum sitting in a circle with other mums]\n"
     "Mum goes to a group about safe and unsafe relationships.\n"
     "For grown-ups: Donna goes to the Freedom Programme at Alderquay Family Hub, 12 weekly sessions while "
     "Ellie is at school.",
     "Mum (Donna)",
     "Tuesdays at 10am, 24/02/2026 to 12/05/2026",
     "The group register, sent to Priya by the group leader at the end of each month."],
]

PLANS.append({
    "name": "b184_alderquay_childs_my_plan_pictures_who_is_helping_me_fenwick.docx",
    "doc_title": "Ellie's Plan - child protection plan for Ellie Fenwick",
    "split": "tune",
    "actions": 12,
    "template": "childs-own-picture-plan-inside-grown-ups-plan-docx-8-year-old-about-me-table-with-pictures-then-why-there-is-a-plan-for-ellie-and-for-grown-ups-good-things-what-i-think-what-everyone-wants-for-me-then-my-plan-table-what-is-going-to-happen-picture-short-lines-and-for-grown-ups-detail-who-is-helping-me-when-how-we-will-know-it-is-working-then-if-things-go-wrong-for-me-and-for-grown-ups-when-the-grown-ups-meet",
    "description": (
        "Exemplary initial conference plan for an 8-year-old after her father strangled her mother in "
        "the kitchen while she was in the next room (emotional abuse), written as Ellie's own picture "
        "plan inside the grown-ups' plan: pictures described in square brackets, short lines for Ellie, "
        "and 'For grown-ups:' detail in the same box. After 'About me', why there is a plan (for Ellie "
        "and for grown-ups), good things, 'What I think' and 'What everyone wants for me', the plan is a "
        "table headed 'What is going to happen / Who is helping me / When / How we will know it is "
        "working', with owners as Ellie names them ('Mum (Donna)', 'Priya, with me', 'Nana (Maureen "
        "Bell)') and checks she can see (her safety hand on the fridge, her star chart, her thumbs-up "
        "card) beside records. The contingency has a part for Ellie and one for the grown-ups, with "
        "specific triggers, a fallback if Nana cannot help, and a legal planning meeting after named "
        "triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Ellie's Plan"),
        ("p", "Child protection plan for Ellie Fenwick · Alderquay City Council Children's Services · from the "
              "initial child protection conference on 12/02/2026"),
        ("p", "This plan is for Ellie and for the grown-ups who help her. Ellie and her social worker, Priya "
              "Shah, chose the pictures together on 16/02/2026. In Ellie's paper copy they are drawn; here "
              "they are described in square brackets. The big words in each box are for Ellie. Underneath, "
              "“For grown-ups” says exactly what each person has agreed to do."),
        ("h1", "About me"),
        ("table", {
            "rows": [
                ["[picture of a girl with two plaits]\nMy name",
                 "Ellie Fenwick. I am 8 (born 30/06/2017). I am in Year 3 at Alderquay Primary School."],
                ["[picture of a house]\nWho I live with",
                 "My mum, Donna Fenwick (33), at 5 Gannet Close, Alderquay AQ2 9LS."],
                ["My dad",
                 "Gary Fenwick (36). He lives in Kirkby Lane. He is not allowed to come to our house or to "
                 "talk to Mum."],
                ["My nana", "Maureen Bell, Mum's mum. She lives at 14 Puffin Way, two streets away."],
                ["[picture of lots of smiling faces]\nWho is helping me",
                 "Priya Shah (my social worker), Mrs Cole (ELSA at school), Mr Hussain (he keeps children "
                 "safe at school), Lisa Grant (school nurse), Kerry Dunn (she helps Mum stay safe), PC Adam "
                 "Reeve, and Sam Ortiz at the family centre."],
                ["For grown-ups",
                 "Category: emotional abuse. Social worker: Priya Shah, Alderquay Family Safeguarding Team "
                 "(team manager: Marcia Lowe). Conference chair: Bernard Quayle (IRO). GP: Dr Farah Nolan, "
                 "Harbour Street Surgery."],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Why there is a plan"),
        ("p", "For Ellie: Mum and Dad had lots of big fights. Dad hurt Mum, and you heard it and saw it. That "
              "is not OK, and it is not your fault. The grown-ups want to make sure home is calm and safe "
              "for you, and that you can still see Dad in a safe way if you want to."),
        ("p", "For grown-ups: On 18/01/2026 the police were called to 5 Gannet Close after Gary punched Donna "
              "and held her by the throat in the kitchen while Ellie was in the next room. Ellie rang her nana "
              "from the landline. It was the fifth police call-out since 2023. The DASH risk assessment was "
              "high, and the case went to MARAC on 29/01/2026. Gary was charged with assault and is on bail "
              "not to contact Donna or go to Gannet Close, and Donna has a non-molestation order until "
              "20/01/2027. Since January Ellie has been wetting the bed and having bad dreams, and she hides "
              "under her table at school when voices are raised. Gary has asked to see Ellie."),
        ("h1", "Good things"),
        ("bullets", [
            "[picture of a sun] Mum got help straight away: she rang the police and went to court for the "
            "order.",
            "[picture of a pile of books] Ellie loves reading. She has read 40 books this year for the school "
            "reading challenge.",
            "Nana Maureen lives close, and she picks Ellie up from school twice a week.",
            "Ellie has good friends, Amira and Jess, and goes to Brownies on Mondays.",
            "Gary has said he wants help to change, and has asked to go on a programme.",
        ]),
        ("h1", "What I think"),
        ("p", "Ellie told Priya this at school on 16/02/2026, and helped to write it down:"),
        ("bullets", [
            "[picture of a worried face] “I don't like it when the shouting starts. I go under my covers and "
            "put my hands on my ears.”",
            "[picture of a heart] “I love my dad but I don't want him to hurt Mum ever again.”",
            "“I want to see Dad, but only somewhere with other people there.”",
            "[picture of a star] “My best things are reading with Mum and Nana's cakes.”",
            "“I get scared at night when it's dark. I want a night light.”",
            "On her feelings ladder Ellie put home at 5 out of 10 (in January it was 2). She said it would be "
            "10 “when I stop having the bad dreams”.",
        ]),
        ("h1", "What everyone wants for me"),
        ("bullets", [
            "[picture of a house with a smiling sun] I live in a calm, safe home where nobody hurts anybody.",
            "[picture of a girl asleep] I sleep well, with fewer bad dreams and more dry nights.",
            "[picture of Dad and Ellie at a table] I see my dad only in a safe way that I am happy with.",
            "[picture of a school] I feel safe at school, and I can tell a grown-up when I am worried.",
        ]),
        ("h1", "My plan"),
        ("p", "Each row is one part of my plan."),
        ("table", {
            "header": ["What is going to happen", "Who is helping me", "When", "How we will know it is working"],
            "widths": [7.0, 3.2, 3.0, 3.8],
            "rows": _FENWICK_ROWS,
        }),
        ("h1", "If things go wrong"),
        ("h3", "For me"),
        ("bullets", [
            "[picture of a phone] If I feel scared at home, or Dad comes to the house, I can ring 999 on the "
            "landline or go next door to Mrs Ahmed at number 7.",
            "[picture of my safety hand] I can tell any of the five grown-ups on my safety hand.",
        ]),
        ("h3", "For grown-ups"),
        ("bullets", [
            "If Gary comes to 5 Gannet Close, or contacts Donna or Ellie outside the contact centre: Donna "
            "rings 999, and the police attend as urgent because of the marker; Priya (or the Emergency Duty "
            "Team) holds a strategy discussion with the police the same day; and contact at Kingfisher stops "
            "until that strategy discussion decides whether it can start again.",
            "If Donna lets Gary into the home, or there is any further violence between them, Ellie goes to "
            "stay with Nana Maureen at 14 Puffin Way that night, and Priya asks Marcia Lowe (team manager) "
            "for a legal planning meeting within 5 working days.",
            "If Nana cannot collect Ellie on a Tuesday or a Thursday, Donna collects her; if neither can, "
            "Ellie stays at the school's after-school club until 6pm (paid for by Children's Services) and "
            "the school tells Priya that day. If Nana cannot have Ellie to stay in an emergency, Ellie stays "
            "with an Alderquay foster carer that night.",
            "If Ellie says she does not want to see her dad, or comes back from contact upset twice in a row, "
            "that Saturday's contact does not go ahead, and Priya talks with Ellie within 2 working days.",
            "If Ellie's bedwetting or bad dreams are worse at two of Lisa's visits in a row, Lisa asks "
            "Dr Nolan to see Ellie within two weeks, and Priya makes a referral to Alderquay CAMHS the same "
            "week.",
        ]),
        ("h1", "When the grown-ups meet"),
        ("bullets", [
            "Core group: every four weeks at Alderquay Primary School at 3.30pm, on 26/02/2026, 26/03/2026 "
            "and 23/04/2026. Mum comes to all of them. Ellie can come for the first 10 minutes, or send a "
            "drawing.",
            "Review child protection conference: Thursday 14/05/2026 at 10am, Alderquay Civic Offices. Priya "
            "will see Ellie the week before, to hear what she wants the conference to know.",
        ]),
        ("p", "Plan written on 16/02/2026 and sent to Donna, Maureen and every agency on 17/02/2026. Gary has "
              "been sent the parts of the plan that are about him."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A family group conference's family plan ("We, the Osei family,
#    agree:"), adopted as part one of the child protection plan, then the
#    professionals' plan as What / Who / When / How we'll know blocks.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_auldhaven_fgc_we_the_family_agree_then_professionals_blocks_osei.txt",
    "split": "tune",
    "actions": 15,
    "template": "rcpc-plan-txt-caps-headings-fgc-family-plan-adopted-as-part-one-who-came-list-why-we-are-here-going-well-what-jaden-and-amara-said-what-we-all-want-then-we-the-family-agree-numbered-items-in-the-familys-words-signed-then-part-two-professionals-p1-p8-blocks-what-who-when-how-well-know-then-if-the-plan-is-not-working-meetings",
    "description": (
        "Review conference plan for an 11-year-old and a 7-year-old living with neglect: their mother "
        "drinks heavily at weekends, twice they were found at home with her asleep and drunk, and the "
        "11-year-old has been getting his sister up and to school. Part one is the family plan made in "
        "private time at a family group conference ('We, the Osei family, agree:'), in the family's "
        "words, with the grandmother, an aunt and an uncle each taking on a part; the review conference "
        "adopted it. Part two is the professionals' plan as What / Who / When / How we'll know blocks, "
        "with the alcohol service reporting on change. Faults: the uncle's time with Jaden has no time "
        "at all; 'We, the family, will make sure' names no one; play therapy is 'when Amara feels "
        "ready'; the school mentor's sessions have '-' for how we'll know; and the contingency sends the "
        "children to their grandmother but says nothing of what happens if the family's help fails."
    ),
    "text": """\
AULDHAVEN COUNCIL - CHILDREN'S SERVICES
FAMILY PLAN AND CHILD PROTECTION PLAN
Jaden Osei (11) and Amara Osei (7)
=======================================================================

Family group conference:            24/01/2026, Auldhaven Family Hub
Review child protection conference: 03/02/2026, Auldhaven Town Hall
Category:                           Neglect (both children), on a plan
                                    since 21/10/2025
FGC coordinator:   Ruth Mallory, Auldhaven FGC Service (independent)
Social worker:     Tom Bakari, Safeguarding Team East
                   (team manager: Lorna Fitch)
Conference chair:  Imogen Pryce (IRO)

HOW THIS PLAN WORKS
The family plan in part one was made by the family in their private
time at the family group conference, in their own words, and agreed by
the professionals there. The review conference on 03/02/2026 adopted it
as part one of Jaden's and Amara's child protection plan. Part two is
what the professionals will do. Both parts are the plan, and the core
group checks both.

WHO CAME TO THE FAMILY GROUP CONFERENCE
  Abena Osei (36) ............ Mum
  Grace Osei (63) ............ Nana Grace, Abena's mother
  Efua Mensah (33) ........... Auntie Efua, Abena's sister
  Kofi Osei (39) ............. Uncle Kofi, Abena's brother
  Jaden Osei (11) ............ with his advocate, Sam Ridley
                               (Auldhaven Advocacy)
  Amara Osei (7) ............. for the first part, with Nana Grace
  Tom Bakari (SW), Mrs Joyce Lamptey (DSL, St Barnabas Primary) and
  Nadia Frost (Drinkwise Auldhaven) came for the information part.
  The children's father, Kwame Appiah, lives in Greystowe. He did not
  come, and sent a message that he supports the family plan.

WHY WE ARE HERE (what the professionals told the family)
- Since Abena's partner left in the summer of 2025 she has been
  drinking heavily at weekends, usually a bottle of vodka between Friday
  night and Sunday. She told the conference she drinks "to switch off".
- On 08/11/2025 and 22/11/2025 the police found Jaden and Amara at home
  on a Saturday evening with Abena asleep and drunk on the sofa. There
  was no food in the house on the first night.
- Jaden has been getting Amara up, giving her breakfast and taking her
  to school on Mondays. Amara's attendance this year is 79% and she had
  head lice for most of the autumn term.
- The children's room has one broken bed, which they share, and no
  clean bedding.

WHAT IS GOING WELL
- Abena has been to Drinkwise every week since December and has had no
  drink on school nights since then.
- Nana Grace has had the children for tea on Mondays since November.
- Amara has not been late to school since Christmas.
- The whole family came to the FGC and made a plan together.

WHAT JADEN AND AMARA SAID
Jaden (at the FGC, with Sam): "I want Mum to stop drinking at weekends.
I don't mind doing Amara's breakfast but I don't want to do it every
day." "I like being at Nana's. She makes proper food." "I want to play
for Auldhaven Rovers under-12s."
Amara (to Tom at school on 20/01/2026, with her drawing): she drew Mum
on the sofa with a bottle, and herself and Jaden at the table. "Jaden
makes toast. Mummy is sleepy at the weekend." "I like Auntie Efua's
because we have a sleepover and watch films." Her wish: "Mummy to take
me to school and come to my assembly."

WHAT WE ALL WANT FOR JADEN AND AMARA
1. Jaden and Amara are looked after every day, including at weekends,
   by an adult who is sober.
2. They are in school every day, on time, fed and clean.
3. Jaden can be a child and is no longer Amara's carer.
4. Jaden and Amara each have their own bed, with clean bedding, in a
   clean room.

=======================================================================
PART ONE: THE FAMILY PLAN (written by the family at the FGC)
=======================================================================

We, the Osei family, agree:

1. Nana Grace will collect Jaden and Amara from school every Monday,
   Wednesday and Friday and give them their tea at her flat until
   6.30pm. The school signing-out book will show it, and Nana will tell
   Tom at his visits.

2. Auntie Efua will have Jaden and Amara to stay at her house every
   Friday and Saturday night until the next review conference, so they
   are not at home if Abena has been drinking. Efua will mark the
   nights on the family calendar, and Tom will see it at his visits.

3. Abena will not drink any alcohol on the days she is looking after
   the children, from 24/01/2026. She will do a breath test with Nadia
   every week and show Tom the results.

4. Uncle Kofi will spend time with Jaden on his own, doing something
   Jaden chooses, and talk with him about how things are at home. Kofi
   will text Tom about it so that it goes on Jaden's file.

5. We, the family, will make sure Jaden and Amara always have someone
   to go to. We will take turns to ring them after school every day,
   and we will write each call on the family calendar.

6. Abena will get Jaden and Amara up, dressed, fed and to school by
   8.50am every school day. Both schools will send Tom the registers
   every Friday.

7. Nana Grace and Abena will sort out the children's room together by
   28/02/2026: new bunk beds (Kofi is paying), clean bedding and a
   drawer each for school things. Tom will see the room at his first
   visit in March.

Signed at the FGC: Abena Osei, Grace Osei, Efua Mensah, Kofi Osei,
Jaden Osei (with Sam Ridley)

=======================================================================
PART TWO: WHAT THE PROFESSIONALS WILL DO
=======================================================================

P1  What:  Visit Jaden and Amara at home, one visit in three
           unannounced, and see each child on their own
    Who:   Tom Bakari (SW)
    When:  Every two weeks until the review conference (12/05/2026)
    How we'll know: Visit records within 48 hours, with each child's
           words and what food was in the house

P2  What:  Family network meeting with Ruth Mallory to check how the
           family plan is working and change it if needed
    Who:   Tom Bakari (SW)
    When:  By 24/03/2026 (eight weeks after the FGC)
    How we'll know: Updated family plan, signed by each family member,
           sent to the core group

P3  What:  Key work with Abena on her drinking, with a breath test at
           every session, and a written report on whether she has cut
           down and is likely to stay sober on the days she cares for
           the children
    Who:   Nadia Frost, recovery worker, Drinkwise Auldhaven
    When:  Every Thursday from 29/01/2026; report by 28/04/2026
    How we'll know: Breath test results e-mailed to Tom each week;
           Nadia's report on Tom's file by 28/04/2026

P4  What:  Play therapy with Amara about her worries at home
    Who:   Hazel Innes, play therapist, Auldhaven Children's
           Wellbeing Service
    When:  When Amara feels ready
    How we'll know: Hazel's end-of-therapy letter to Tom, with Amara's
           own drawings of what has changed

P5  What:  Check in with Amara every morning, log anything she says
           about home on CPOMS, and ring Tom the same day if she is
           hungry, unwashed or worried
    Who:   Mrs Joyce Lamptey, DSL, St Barnabas Primary School
    When:  Every school day
    How we'll know: CPOMS log e-mailed to Tom each Friday

P6  What:  Mentoring sessions with Jaden about home, school and
           looking after himself
    Who:   Mr Paul Fairley, head of Year 7, Auldhaven Academy
    When:  Every Monday, period 5, from 02/02/2026
    How we'll know: -

P7  What:  Six sessions with Abena at home on routines, budgeting and
           cooking simple meals for the children
    Who:   Leah Ward, family support worker, Auldhaven Family Hub
    When:  Weekly, 05/02/2026 to 12/03/2026
    How we'll know: Routine chart and weekly meal plan on file; Tom
           sees food in the cupboards at his visits

P8  What:  Direct work with Jaden and Amara using "three houses", so
           that their views are heard at the review conference
    Who:   Tom Bakari (SW)
    When:  By 30/04/2026
    How we'll know: The children's three houses drawings on file and
           shared at the review conference

=======================================================================
IF THE PLAN IS NOT WORKING
=======================================================================
- If Abena is found drunk while she is caring for the children, or a
  breath test is positive on a day she is caring for them, Tom (or the
  Emergency Duty Team) visits that day, and the children stay with Nana
  Grace until a strategy discussion, held the same day, decides what
  happens next.
- If either child is not in school by 9.30am and Abena has not rung,
  the school rings Tom, who visits that morning.
- If Jaden or Amara says that Mum has been drinking while caring for
  them, the school rings Tom that day and Tom sees both children the
  same day.
- If the children are found at home without an adult, Tom rings the
  police and holds a strategy discussion the same day.
- If Abena has a positive breath test on two days when she was caring
  for the children, or the children are found alone again, Tom will ask
  Lorna Fitch for a legal planning meeting within 5 working days.

=======================================================================
MEETINGS
=======================================================================
Core group: every four weeks at Auldhaven Family Hub at 4pm, on
17/02/2026, 17/03/2026 and 14/04/2026. The family members who made the
family plan are invited to every core group.
Family network meeting: by 24/03/2026 (see P2).
Next review child protection conference: 12/05/2026 at 10am, Auldhaven
Town Hall.

Plan typed by Tom Bakari on 05/02/2026 and sent to Abena, Grace, Efua,
Kofi, Kwame and every agency.
""",
    "findings": [
        F("T001", "Uncle Kofi will spend time with Jaden on his own"),
        F("W002", "We, the family, will make sure Jaden and Amara"),
        F("T002", "Play therapy with Amara about her worries at home"),
        F("M001", "Mentoring sessions with Jaden about home, school and"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A disabled child's plan: "Part 1: What we, Marta and Piotr, will do"
#    written by the parents, "Part 2: What the workers will do" with a named
#    worker on every row. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_aspinbeck_disabled_child_we_marta_and_piotr_named_workers_nowak.pdf",
    "doc_title": "Lena Nowak - child protection plan written with Marta and Piotr",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "header": "Aspinbeck Council · Children with Disabilities Team · Child protection plan",
    "footer": "Lena Nowak · CP plan (ICPC 24/02/2026) · written with Marta and Piotr · Page {PAGE} of {NUMPAGES}",
    "template": "disabled-child-cp-plan-pdf-header-footer-kv-about-lena-and-her-family-worries-going-well-lenas-days-and-how-she-tells-us-non-verbal-signs-and-eye-gaze-answers-sisters-words-outcomes-then-part-1-what-we-marta-and-piotr-will-do-table-in-the-parents-words-part-2-what-the-workers-will-do-table-named-worker-column-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 6-year-old with quadriplegic cerebral palsy, epilepsy "
        "and a gastrostomy whose health needs were neglected: 9 of 14 appointments missed, her weight "
        "below the 2nd centile, a grade 3 pressure sore, out-of-date rescue medicine during a long "
        "seizure, and her 10-year-old sister turning her at night. The parents wrote 'Part 1: What we, "
        "Marta and Piotr, will do' with the social worker and an interpreter ('we' is both of them "
        "unless a row names one), and 'Part 2: What the workers will do' has a named worker column. "
        "Lena's voice is her signs and sounds as her family and school read them and her answers on her "
        "eye-gaze board; her sister's words are recorded. The contingency has specific triggers, an "
        "emergency short-break fallback and named foster carers if the parents cannot manage the "
        "nights, and a legal planning meeting after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Lena's Child Protection Plan"),
        ("p", "Aspinbeck Council Children's Services, Children with Disabilities Team, with Marta and Piotr "
              "Nowak. Written after the initial child protection conference on 24/02/2026, at a planning "
              "meeting at home on 26/02/2026 with Marta, Piotr, Ola and a Polish interpreter, Ewa Sadowska. "
              "Marta and Piotr wrote Part 1 in their own words; where it says “we”, it means both of them, "
              "unless a row names one of them."),
        ("h1", "About Lena and her family"),
        ("kv", [
            ("Lena", "Lena Nowak, born 08/09/2019 (6). Brookfield Special School, Class 2."),
            ("Lena's health", "Quadriplegic cerebral palsy (GMFCS level V), epilepsy, and cortical visual "
                              "impairment. Lena is fed through a gastrostomy and uses a wheelchair. She "
                              "communicates with her face, her sounds, and an eye-gaze board at home and at "
                              "school."),
            ("Sister", "Ola Nowak (10), Year 5 at Aspinbeck Park Primary School"),
            ("Mum", "Marta Nowak (35), Lena's main carer"),
            ("Dad", "Piotr Nowak (38), HGV driver, until March away from Monday to Thursday each week"),
            ("Address", "11 Fern Bank, Aspinbeck AB5 3DR"),
            ("Category", "Neglect (Lena's medical and physical care)"),
            ("Social worker", "Claire Doherty, Children with Disabilities Team (team manager: Rob Hanley)"),
            ("Interpreter", "A Polish interpreter at every meeting and at any visit Piotr asks for"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Between September 2025 and January 2026 Lena missed 9 of her 14 hospital and clinic "
              "appointments, including two dietitian clinics and her orthopaedic review. Her weight fell from "
              "the 25th centile to below the 2nd, and her feed chart was not being kept. On 02/02/2026 the "
              "community nurse found a grade 3 pressure sore on her left hip; Lena's pressure-relieving "
              "mattress was still in its box."),
        ("p", "On 09/01/2026 Lena had a 12-minute seizure at home. Her buccal midazolam had run out of date in "
              "August 2025, and Marta had to wait for the ambulance. Marta told the conference that she is "
              "“so tired I cannot think”, that she does every night alone when Piotr is away, and that Ola "
              "has been helping to turn Lena in the night and do her morning feed before school."),
        ("h1", "What is going well"),
        ("bullets", [
            "Marta and Piotr love Lena and know her very well: they can tell her happy, tired and pain "
            "sounds apart, and Lena calms when Marta sings to her.",
            "Lena has not missed a day at Brookfield since the conference, and the school says she arrives "
            "clean and in clean clothes.",
            "Piotr has asked his employer for a new rota so he can be at home at weekends.",
            "Marta and Piotr agreed to every part of this plan and wrote their own part.",
            "Ola is doing well at school and has a best friend, Zara, whose family she visits on Saturdays.",
        ]),
        ("h1", "Lena's days, and how she tells us"),
        ("p", "Lena does not speak, but she tells us a lot. Marta and her teacher, Mrs Penn, say she smiles "
              "and makes a “hah” sound when she is happy, goes still and looks away when she is uncomfortable, "
              "and cries with a high, sharp sound when she is in pain. At school she brightens when she hears "
              "music and when Ola's name is said."),
        ("p", "With her eye-gaze board at school on 19/02/2026, Mrs Penn asked Lena some questions. Lena looked "
              "at “yes” for “Do you like school?”, chose “music” and “Mama” for what makes her happy, and "
              "looked at “no” and then “hurt” when asked about lying in her bed. On Claire's visit on "
              "20/02/2026 Lena cried when she was moved onto her left side and settled when she was turned "
              "back."),
        ("p", "Ola told Claire on 20/02/2026: “I help Mama turn Lena in the night because Mama cries "
              "sometimes.” “I'm scared Lena will have a fit when I'm at school.” “I wish we could go to the "
              "park together like before.”"),
        ("h1", "What we want for Lena"),
        ("numbers", [
            "Lena gets all her feeds, gains weight and is back on the 9th centile by 30/04/2026.",
            "Lena's skin is healed and stays healthy, and she is comfortable in bed and in her chair.",
            "Lena has her epilepsy medicine every day, and in-date rescue medicine is always with her.",
            "Lena goes to every health appointment she needs.",
            "Lena is cared for by rested adults, and Ola can be her sister rather than her carer.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part 1: What we, Marta and Piotr, will do"),
        ("p", "We wrote this part ourselves, with Claire and Ewa. “We” means both of us unless the row names "
              "one of us."),
        ("table", {
            "header": ["What we will do", "When", "How everyone will know"],
            "widths": [7.5, 4.2, 5.3],
            "rows": [
                ["Give Lena all her feeds through her gastrostomy as her feeding plan says (four bolus feeds in "
                 "the day and the overnight pump feed), and write each one on the feed chart",
                 "Every feed, every day, from 27/02/2026",
                 "Feed chart checked by Jenny at each visit; Lena's weight back on the 9th centile on the "
                 "dietitian's chart by 30/04/2026"],
                ["Give Lena her levetiracetam morning and evening, keep her buccal midazolam in date and in her "
                 "bag with her rescue plan, and tick the medicine chart",
                 "Twice a day, every day; midazolam dates checked on the 1st of every month",
                 "Medicine chart ticked; Sunita checks the midazolam date and the chart at each visit"],
                ["Turn Lena every 3 hours in the night, check her skin morning and night, and use the "
                 "pressure-relieving mattress",
                 "Every night, from 27/02/2026",
                 "Turning chart and skin chart seen by Jenny at each visit; the hip sore healed by 31/03/2026"],
                ["Take Lena to every hospital and clinic appointment on her list, or ring to rebook the same "
                 "day if we cannot go and tell Claire",
                 "Every appointment on the list (next: dietitian 10/03/2026, orthopaedics 17/03/2026, "
                 "wheelchair service 24/03/2026)",
                 "Dr Meeks's appointment list, updated before each core group, shows no missed "
                 "appointments"],
                ["Piotr will be at home from Friday evening to Monday morning and do the night turns and the "
                 "night feed checks on those nights, so that Marta can sleep",
                 "Every weekend from 06/03/2026 (his new rota)",
                 "Piotr signs the turning chart on his nights; his new work rota shown to Claire by "
                 "06/03/2026"],
                ["Use Lena's eye-gaze board with her at tea time, asking her about her day and giving her "
                 "choices",
                 "Every day at tea time, from 02/03/2026",
                 "The device's use log, downloaded by Hana every 4 weeks and shared with the core group"],
            ],
        }),
        ("h2", "Part 2: What the workers will do"),
        ("table", {
            "header": ["What", "Named worker", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.5, 4.3],
            "rows": [
                ["Visit Lena at home, see her in her room and in her chair, check the feed, medicine and "
                 "turning charts, and talk with Ola on her own",
                 "Claire Doherty, social worker",
                 "Every week until the review conference (19/05/2026), one visit in three unannounced",
                 "Visit records within 2 working days, with what Lena showed us and Ola's words"],
                ["Nursing visits: check the gastrostomy site and the pressure sore, weigh Lena, and check the "
                 "feed and turning charts",
                 "Jenny Hollis, community children's nurse",
                 "Twice a week until the hip sore has healed, then every week",
                 "Weight, skin and wound records e-mailed to Claire each Friday; the sore healed by "
                 "31/03/2026"],
                ["Review Lena's feeding plan and weight, and change her feeds if she is not gaining",
                 "Ruth Evans, paediatric dietitian, Aspinbeck Children's Hospital",
                 "Clinic on 10/03/2026, then every 4 weeks",
                 "Clinic letter with Lena's weight and centile to the GP, Claire and the family after each "
                 "clinic"],
                ["Write a new seizure rescue plan, and train Marta, Piotr and Lena's school staff to give "
                 "buccal midazolam",
                 "Sunita Rao, epilepsy nurse specialist",
                 "By 13/03/2026, then a check visit every 4 weeks",
                 "Signed rescue plan on Lena's file and in her bag; training record signed by each person "
                 "trained"],
                ["Keep one list of all Lena's appointments, share it with the family, the school and Claire, "
                 "and report any missed appointment",
                 "Dr Alan Meeks, community paediatrician (lead health professional)",
                 "List by 06/03/2026, then updated before each core group",
                 "The list on file, with the number of appointments missed since the last core group "
                 "(target: none)"],
                ["Overnight short breaks for Lena at Willow House, so that Marta and Piotr can rest and Ola "
                 "can have time with her parents",
                 "Tom Keane, short breaks coordinator, Children with Disabilities Team",
                 "Two nights a month from 13/03/2026",
                 "Willow House booking record and care notes sent to Claire after each stay"],
                ["Check Lena's skin at each change, give her midday feed, and check that her rescue medicine "
                 "is in her bag; ring Claire the same day if anything is missing",
                 "Mrs Gail Penn, class teacher and DSL, Brookfield Special School",
                 "Every school day",
                 "School health log e-mailed to Claire every Friday"],
                ["Young carers assessment for Ola, and a place at the Thursday young carers' club if she "
                 "wants one",
                 "Beth Lowry, Aspinbeck Young Carers",
                 "Assessment by 20/03/2026",
                 "Written assessment shared with Claire and the family; Ola's attendance on the club "
                 "register"],
                ["Assess Lena for a profiling bed and a ceiling hoist, and have them fitted",
                 "Daniel Frost, children's occupational therapist",
                 "Assessment by 06/03/2026; fitted by 27/03/2026",
                 "OT report and signed delivery note on file; Claire sees the bed and hoist in use"],
                ["Set up new home pages on Lena's eye-gaze board (food, music, pain, “I'm tired”) and show "
                 "Marta, Piotr and Ola how to use them",
                 "Hana Kowalczyk, speech and language therapist, Brookfield Special School",
                 "Home visit by 13/03/2026, then every 4 weeks",
                 "New home pages on the device; use log downloaded every 4 weeks and shared with the core "
                 "group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Lena's weight falls at two weighings in a row, or the feed chart shows two or more missed "
            "feeds in a day, Jenny rings Claire that day, Claire visits the same day, and Dr Meeks sees Lena "
            "within 2 working days.",
            "If Lena has a seizure lasting more than 5 minutes, whoever is with her gives buccal midazolam and "
            "rings 999, as her rescue plan says. If her rescue medicine is out of date or missing, Claire "
            "holds a strategy discussion with health and the police the same day.",
            "If Lena misses two appointments in a row, or a new pressure sore is found, Claire visits that day "
            "and holds a strategy discussion with Dr Meeks and Jenny within 24 hours.",
            "If Marta or Piotr tell us they cannot manage the nights, or Piotr's weekend rota stops, Lena "
            "goes to Willow House for emergency short-break nights (Tom Keane keeps two emergency beds a "
            "week). If Willow House is full, Lena stays with Jim and Sue Barr, Aspinbeck's specialist foster "
            "carers, who already know her.",
            "If Lena's weight is still below the 2nd centile at the core group on 07/04/2026, or she comes to "
            "harm because a feed, medicine or turn was missed, Claire will ask Rob Hanley for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Brookfield Special School at 2pm, with an interpreter: 10/03/2026, "
            "07/04/2026 and 05/05/2026.",
            "Review child protection conference: Tuesday 19/05/2026 at 10am, Aspinbeck Town Hall.",
        ]),
        ("p", "Plan agreed on 26/02/2026 and sent, in English and Polish, to Marta, Piotr and every agency on "
              "02/03/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A Signs of Safety plan whose rules the parents and network wrote in the
#    first person ("I, Connor, will:", "I, Leah, will:", "We, Leah and
#    Connor, will:", "Our network will:"), then the professionals' table.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_arrowthwaite_safety_plan_rules_i_connor_i_leah_network_maddox.md",
    "split": "tune",
    "actions": 20,
    "template": "signs-of-safety-icpc-safety-plan-md-whos-who-table-danger-statement-going-well-mia-three-houses-and-masons-day-safety-goals-then-safety-plan-rules-in-first-person-under-i-connor-will-i-leah-will-we-leah-and-connor-will-our-network-will-headings-then-what-the-professionals-will-do-who-what-when-how-well-know-table-then-if-things-go-wrong-meetings",
    "description": (
        "Signs of Safety initial conference plan for a 3-year-old and a 5-month-old after their father "
        "punched a door and pushed their mother against the fridge while she held the baby; the mother "
        "has postnatal depression and anxiety. The safety plan rules were written by the parents and "
        "their network in the first person, under 'I, Connor, will:', 'I, Leah, will:', 'We, Leah and "
        "Connor, will:' and 'Our network will:' (each rule with its time and how it is checked), "
        "followed by a Who / What / When / How we'll know table for the professionals. Most rules and "
        "rows are sound, the GP and a perpetrator programme are in, and the contingency has a fallback "
        "for the grandmother and uncle. Faults: the network's 'We'll all keep an eye on how things are' "
        "has no one named and only 'keep an eye on' as its check; Talking Therapies' CBT only treats the "
        "mother; the family support worker's sessions are 'Ongoing'; and one safety goal is about the "
        "mother only."
    ),
    "text": """\
# Our safety plan – Mia and Mason

**Arrowthwaite Council Children's Services · Signs of Safety child protection plan**
**Initial child protection conference: 22/01/2026**

Leah and Connor wrote the safety plan rules below with their network and Rhiannon, their social worker,
at the safety planning meeting at home on 20/01/2026, in their own words. The initial child protection
conference on 22/01/2026 agreed them and added what the professionals will do. In Arrowthwaite the whole
of this document is called the safety plan; the rules and the professionals' table are its actions.

## Who's who

| Name | Who they are |
|---|---|
| Mia Maddox-Reilly (3, born 14/08/2022) | Goes to Little Acorns Nursery, 9am to 3pm every weekday |
| Mason Reilly (5 months, born 19/08/2025) | At home with Leah |
| Leah Maddox (24) | Mum |
| Connor Reilly (27) | Dad; lives at home, 6 Wharf Street, Arrowthwaite AR7 2LD |
| Julie Maddox | Nan, Leah's mum, 3 Poplar Row (five minutes' walk) |
| Dean Reilly | Connor's brother, 22 Canal Street |
| Rhiannon Price | Social worker, Arrowthwaite Family Safeguarding Team (manager: Gareth Lyle) |
| Sam Ellis | Health visitor, Arrowthwaite 0-19 Service |
| Kim Marsh | Leah's IDVA, Arrowthwaite Women's Aid |
| Category | Emotional abuse (both children) |

## What happened, and what the professionals are worried about

On 02/01/2026 Connor punched the kitchen door and pushed Leah against the fridge while she was holding
Mason. Mia saw it and hid behind the sofa. A neighbour called the police; Connor was arrested and
cautioned for common assault. The police had been called to two arguments before, in June and October
2025. Leah has postnatal depression and anxiety: her GP prescribed sertraline in November, and she says
some days she "can't get off the sofa".

**Danger statement:** Children's Services and the police are worried that if nothing changes, Mia and
Mason could be hurt when Connor loses his temper (Mason could be dropped or crushed if Leah is pushed
while holding him), and that Mia will keep living with fear and seeing her mum hurt.

## What's going well

- Since 02/01/2026 Connor has walked away to Dean's twice when he felt angry, and texted Leah both times.
- Connor referred himself to the Choices programme, and his assessment is booked.
- Leah has taken Mason to every baby clinic, and he is growing well on the 50th centile.
- Nan Julie and Dean came to the safety planning meeting and signed up to help.
- Mia goes to nursery every day and loves it.

## Mia and Mason

**Mia** (with Rhiannon at nursery on 15/01/2026, using the three houses):
- House of worries: "Daddy banged the door and Mummy cried. I hided behind the sofa."
- House of good things: "Nanny Julie's and the park and Mason."
- House of dreams: "No shouting, and Daddy plays dinosaurs."

**Mason** (seen by Sam at home on 13/01/2026 and 20/01/2026): Mason startles and cries at loud noises,
and at the second visit he jumped when the door closed. He settles when Leah holds him close and hums.
He feeds well, smiles at Mia, and follows her round the room with his eyes.

## Our safety goals

1. Mia and Mason live in a home where nobody shouts at, pushes or hits anybody, and they are never in
   the middle of a fight.
2. Mia feels safe at home, and can tell Nan, nursery or Rhiannon if she is scared.
3. Mason is fed, settled and cared for by calm adults, and keeps growing well.
4. Leah's anxiety and low mood get better and she feels able to cope again.

## Our safety plan rules

### I, Connor, will:

- Every time I feel my temper going, I'll walk away, go to my brother Dean's, and text Leah and
  Rhiannon to say I've gone. Rhiannon will read the texts with us at each visit.
- From 22/01/2026 I'll never shout, swear, throw things or put my hands on anyone when Mia and Mason are
  in the house. Leah will tell Rhiannon and Kim at every visit if I have, and the nursery will tell
  Rhiannon anything Mia says.
- I'll do Mason's bath and bedtime every night I'm at home, from 22/01/2026, and Sam will watch one bath
  time every two weeks and write it up.

### I, Leah, will:

- I'll take my sertraline every morning and go to my GP review on 06/02/2026. Dr Shah will write to
  Rhiannon after it.
- I'll ring 999 every time Connor is violent or I'm scared for me or the kids, and then ring Rhiannon.
  The police log will show every call.
- I'll take Mia to Little Acorns by 9am every weekday, and the nursery will send Rhiannon her attendance
  every Friday.

### We, Leah and Connor, will:

- Every Sunday evening we'll sit down together with this safety plan and score how the week went out of
  10. Rhiannon will write our scores in her visit record.
- We'll go to the Mellow Parenting group at Arrowthwaite Family Hub every Wednesday for 14 weeks from
  04/02/2026, and the group leader will send Rhiannon the register.

### Our network will:

- Nan Julie will have Mason every Tuesday and Thursday from 9am to 3pm, so Leah can go to her
  appointments, and will write the days on the family calendar, which Rhiannon sees at her visits.
- Dean will let Connor stay at his flat any night Connor leaves home to calm down, and will text
  Rhiannon the same night.
- We'll all keep an eye on how things are between Leah and Connor every Sunday at family dinner at
  Julie's.

## What the professionals will do

| Who | What | When | How we'll know |
|---|---|---|---|
| Rhiannon Price, social worker | Visit at home, one visit in three unannounced; see Mia on her own and Mason awake; go through the week's safety plan score | Every week until the review conference (16/04/2026) | Visit records within 2 working days, with Mia's words and the week's score |
| Sam Ellis, health visitor | Weigh Mason, watch a feed and a bath time, and do the EPDS with Leah | Every two weeks until the review conference | Weights on the red book chart; EPDS scores and the bath-time observation e-mailed to Rhiannon after each visit |
| Jo Kirk, CBT therapist, Arrowthwaite Talking Therapies | CBT sessions with Leah for her anxiety and low mood | Weekly, 12 sessions from 03/02/2026 | Attendance letter to Rhiannon after sessions 6 and 12 |
| Dr Amir Shah, GP, Canal Street Surgery | Review Leah's sertraline and her mood, and tell Rhiannon if she is not taking it | 06/02/2026, then every 4 weeks | GP letter to Rhiannon after each review |
| Ged Holloway, Choices domestic abuse perpetrator programme | Assess Connor and, if he is suitable, run his weekly group sessions; report on whether he is using what he learns at home | Assessment 29/01/2026; sessions every Monday evening for 24 weeks | Assessment letter by 05/02/2026; monthly attendance and progress report to Rhiannon |
| Kim Marsh, IDVA, Arrowthwaite Women's Aid | Safety planning with Leah, and a new DASH risk assessment | Every week until 27/02/2026, then every two weeks | Leah's own safety plan on file by 06/02/2026; DASH score shared with Rhiannon by 27/02/2026 |
| PC Lee Warren, Arrowthwaite Police Domestic Abuse Unit | Put a marker on 6 Wharf Street so that any 999 call gets an urgent response | By 29/01/2026 | Marker reference on Rhiannon's file |
| Bev Nolan, family support worker, Arrowthwaite Family Hub | Sessions with Leah and Connor on play, routines and calm bedtimes for Mia | Ongoing | Play observation record after each session, shared with Rhiannon |
| Mrs Sonia Patel, Mia's key person, Little Acorns Nursery | Check in with Mia each morning, and write down anything she says or shows about home | Every day Mia is at nursery | Notes on the nursery's safeguarding log, e-mailed to Rhiannon each Friday |

## If things go wrong

- **If Connor is violent, threatens Leah or breaks things in the house:** Leah rings 999; Connor leaves
  and stays at Dean's that night; Rhiannon (or the Emergency Duty Team) holds a strategy discussion with
  the police the same day.
- **If Nan Julie or Dean can't help** (they are ill or away, or it isn't working), Leah or Connor rings
  Rhiannon that day. Leah takes Mason with her to her appointments, or Rhiannon books him a crèche place
  at the Family Hub. If Connor can't go to Dean's, he goes to his mum, Tracey Reilly, at 8 Kirk Street,
  and if she can't have him he still leaves, and Rhiannon finds him a bed at the Arrowthwaite YMCA that
  night.
- **If Leah's EPDS score goes up by 5 or more, or she tells anyone she can't cope,** Sam rings Dr Shah
  and Rhiannon that day, Dr Shah sees Leah within 24 hours, and Nan Julie stays with Leah and the
  children until Leah has been seen.
- **If there is another incident of violence, or Connor stops going to Choices,** Rhiannon will ask
  Gareth Lyle for a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks at Arrowthwaite Family Hub, Thursdays at 1pm: 05/02/2026, 05/03/2026 and
  02/04/2026.
- Review child protection conference: Thursday 16/04/2026 at 10am, Arrowthwaite Civic Hall.

Agreed by: Leah Maddox · Connor Reilly · Julie Maddox · Dean Reilly · Rhiannon Price (social worker)
""",
    "findings": [
        F("W002", "We'll all keep an eye on how things are between"),
        F("M002", "We'll all keep an eye on how things are between"),
        F("H001", "CBT sessions with Leah for her anxiety and low mood"),
        F("T002", "Sessions with Leah and Connor on play, routines and calm"),
        F("F002", "Leah's anxiety and low mood get better and she feels able to cope again."),
    ],
})


# ---------------------------------------------------------------------------
# 7. A premature baby on a neonatal unit, the family about to move to
#    another authority: "What we, Jade and Kieran, will do" and a workers'
#    table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b184_almondgate_neonatal_we_jade_and_kieran_workers_table_carter.docx",
    "doc_title": "Ruby Carter-Lowe - child protection plan on the neonatal unit and for going home",
    "split": "tune",
    "actions": 16,
    "template": "neonatal-icpc-plan-docx-kv-details-why-ruby-has-a-plan-going-well-rubys-days-on-the-unit-what-we-all-want-then-what-we-jade-and-kieran-will-do-table-what-we-will-do-when-how-everyone-will-know-then-what-the-workers-will-do-table-who-what-when-how-we-will-know-then-if-things-go-wrong-meetings-with-a-transfer-to-another-authority",
    "description": (
        "Initial conference plan, held on the neonatal unit, for a 3-week-old born at 32 weeks after a "
        "placental abruption, whose mother used cocaine and cannabis in pregnancy and whose father "
        "smokes cannabis daily; the baby is not looked after, and the parents plan to move to another "
        "authority in late April. The parents' part is written as 'What we, Jade and Kieran, will do' "
        "(with single rows naming Jade or Kieran), and the workers' part has a Who column with named "
        "workers; the drug service reports on change, the social worker visits the unit twice a week, "
        "and a transfer meeting and joint visit are set. Faults: the hair strand tests are 'TBC'; the "
        "parents' 'Going Home' session has an empty measure; the referral to the new area's health "
        "visitors has '-' for who; the parenting assessment is handed to the receiving authority 'once "
        "the case has transferred'; and the review conference is left to the receiving authority, date "
        "to be confirmed."
    ),
    "blocks": [
        ("title", "Ruby's plan: on the neonatal unit and going home"),
        ("p", "Almondgate Borough Council Children's Services, with Almondgate Royal Infirmary Neonatal Unit "
              "(Ward 32). Child protection plan from the initial child protection conference held on the unit "
              "on 17/03/2026."),
        ("p", "Jade and Kieran wrote their part of the plan on 18/03/2026 with Sophie Grant (social worker) and "
              "Gemma Royle (Ruby's named nurse). In their part, “we” means Jade and Kieran, and a row that is "
              "for one of them says so."),
        ("kv", [
            ("Baby", "Ruby Carter-Lowe, born 24/02/2026 at 32+2 weeks, weighing 1.72kg; 35+2 weeks corrected "
                     "at the conference. Expected to be ready to go home at about 37 weeks corrected."),
            ("Mother", "Jade Carter (22)"),
            ("Father", "Kieran Lowe (25)"),
            ("Address", "Flat 9, Brook House, Almondgate AM4 2RT. Jade and Kieran have a council house "
                        "exchange to 41 Linnet Road, Kestrelford, in Kestrelford County Council's area, and "
                        "expect to move in late April 2026."),
            ("Paternal grandmother", "Denise Lowe, 12 Sparrow Lane, Kestrelford"),
            ("Category", "Neglect"),
            ("Social worker", "Sophie Grant, Almondgate Safeguarding Team (team manager: Neil Barton)"),
            ("Named nurse", "Gemma Royle, Ward 32"),
            ("Drug service", "Leon Price, recovery worker, Pathways Almondgate"),
            ("Health visitor", "Nia Osei, Almondgate 0-19 Service"),
        ]),
        ("h1", "Why Ruby has a plan"),
        ("p", "Jade booked late, at 24 weeks, and told the midwife she had been using cocaine at weekends and "
              "smoking cannabis every day. At 32 weeks she had a placental abruption and Ruby was born by "
              "emergency caesarean section. Ruby's meconium was positive for cocaine and cannabis. Kieran "
              "smokes cannabis every day, and in January the police found cocaine in his car. The flat has "
              "no cot and is cold, and on two of Sophie's visits it smelled strongly of cannabis. Jade was in "
              "care herself from the age of 12."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade and Kieran have visited Ruby on the unit almost every day since she was born, and the "
            "nurses say they are gentle and careful with her.",
            "Jade's urine tests on 04/03/2026 and 11/03/2026 were clear of cocaine.",
            "Both of them came to the conference, listened, and agreed to every part of their plan.",
            "Kieran's mum, Denise, lives near the new house in Kestrelford and has offered to help.",
        ]),
        ("h1", "Ruby's days on the unit"),
        ("p", "Ruby cannot tell us how she feels, so this is what the nurses and Sophie have seen. In her first "
              "week Ruby was jittery, sneezed a lot and was hard to settle, and she needed a nasogastric tube "
              "for her feeds. She is now in an open cot, takes most of her feeds from a bottle, and has gained "
              "weight every week. She settles best skin to skin with Jade, and she turns her head towards "
              "Kieran's voice. She startles at the monitor alarms and at loud voices at the cot side. On "
              "13/03/2026 Sophie watched Jade change and feed her: Jade held her close, talked to her, and "
              "stopped to wind her when she pulled away."),
        ("h1", "What we all want for Ruby"),
        ("bullets", [
            "Ruby goes home only when she is feeding well and the discharge planning meeting has agreed who "
            "will care for her and how.",
            "Ruby is cared for by parents who are free of drugs, in a warm home with no smoke in it.",
            "Ruby is fed when she is hungry, sleeps safely on her back in her own cot, and keeps gaining "
            "weight.",
            "Ruby's care and her plan carry on without a gap when the family moves to Kestrelford.",
        ]),
        ("h1", "The plan"),
        ("h2", "What we, Jade and Kieran, will do"),
        ("table", {
            "header": ["What we will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Visit Ruby on the unit and do her cares with the nurses (nappy, temperature, mouth care and "
                 "her feeds), staying at least three hours",
                 "Every day until Ruby is discharged",
                 "The unit's visiting book and the cares record in Ruby's notes, copied to Sophie every "
                 "Monday"],
                ["Learn to make up Ruby's bottles safely, give her all her feeds, and practise safe sleep and "
                 "bathing, until the nurses sign off each skill",
                 "Every skill signed off before discharge",
                 "Parent skills checklist signed by Gemma and copied to Sophie"],
                ["Jade will go to Pathways every Tuesday and give a urine sample at each appointment",
                 "Every Tuesday from 24/03/2026",
                 "Leon e-mails Jade's results to Sophie the same week"],
                ["Kieran will go to Pathways every Wednesday about his cannabis use and give a urine sample at "
                 "each appointment",
                 "Every Wednesday from 25/03/2026",
                 "Leon e-mails Kieran's results to Sophie the same week"],
                ["Go to the unit's “Going Home” session on safe sleep, feeding and coping with a crying baby",
                 "Thursday 02/04/2026 at 2pm",
                 ""],
                ["Get the flat ready for Ruby: a cot and mattress, a car seat, a working smoke alarm, and no "
                 "smoking of anything indoors",
                 "By 03/04/2026",
                 "Nia's home safety checklist, and Sophie sees the flat at her home visit"],
                ["Tell Sophie and Gemma the date we move to Kestrelford and our new address, and give Sophie "
                 "a copy of the tenancy",
                 "At least two weeks before we move",
                 "Copy of the tenancy on Sophie's file"],
            ],
        }),
        ("h2", "What the workers will do"),
        ("table", {
            "header": ["Who", "What", "When", "How we will know"],
            "widths": [3.6, 6.0, 3.3, 4.1],
            "rows": [
                ["Sophie Grant, social worker",
                 "Visit Ruby on the unit and see Jade and Kieran doing her cares; see each of them on their "
                 "own as well as together",
                 "Twice a week until Ruby is discharged, then every week at home",
                 "Visit records within 2 working days, saying what Sophie saw of Ruby's care"],
                ["Gemma Royle, named nurse, with the nurse in charge of each shift",
                 "Write down every visit, the cares Jade and Kieran did, and anything worrying, such as either "
                 "parent seeming under the influence",
                 "Every shift until discharge",
                 "Visiting and cares record copied to Sophie every Monday; anything worrying phoned to Sophie "
                 "the same day"],
                ["Leon Price, recovery worker, Pathways Almondgate (drug and alcohol service)",
                 "Key work with Jade and Kieran with a urine test at each appointment, and a written report on "
                 "their drug use and whether they are likely to stay drug-free once Ruby is home",
                 "Weekly; report by 07/04/2026",
                 "Urine results to Sophie every week; Leon's report on Sophie's file by 07/04/2026"],
                ["Sophie Grant, social worker",
                 "Hair strand tests for Jade and Kieran (3 months)",
                 "TBC",
                 "Results shared with the core group"],
                ["Lorraine Hinds, neonatal discharge coordinator",
                 "Chair the discharge planning meeting and write the discharge plan: who cares for Ruby, "
                 "where, and which visits happen in her first two weeks at home",
                 "At least 5 working days before discharge",
                 "Written discharge plan, signed by Jade and Kieran, sent to the core group within 2 working "
                 "days of the meeting"],
                ["Nia Osei, health visitor, Almondgate 0-19 Service",
                 "Check the flat is ready for Ruby, then do the new birth visit and weekly visits at home "
                 "until the family moves",
                 "Home check by 03/04/2026; new birth visit within 2 days of discharge, then weekly",
                 "Home safety checklist, and Ruby's weights in her red book, e-mailed to Sophie after each "
                 "visit"],
                ["-",
                 "Referral to Kestrelford's 0-19 health visiting service, and Ruby's health visiting record "
                 "sent to them",
                 "By 24/04/2026, before the family moves",
                 "Transfer-in letter from the Kestrelford health visitor on file"],
                ["Kestrelford Children's Services (receiving authority)",
                 "Parenting assessment of Jade and Kieran, once the case has transferred to Kestrelford",
                 "Within 6 weeks of the transfer-in conference",
                 "Parenting assessment report shared with the core group"],
                ["Sophie Grant, social worker",
                 "Send Ruby's file and this plan to Kestrelford, hold a transfer planning meeting with them, "
                 "and do a joint home visit with the Kestrelford social worker",
                 "Transfer meeting by 17/04/2026; joint visit in the week of the move",
                 "Transfer meeting notes and the joint visit record on Ruby's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jade or Kieran come onto the unit under the influence of drugs or alcohol, the nurse in charge "
            "asks them to leave, calls security if needed, and rings Sophie (or the Emergency Duty Team) "
            "straight away; Sophie holds a strategy discussion the same day.",
            "If either parent's urine test is positive for cocaine, or they miss two days' visits in a row "
            "without ringing the unit, Sophie tells Lorraine the same day, Ruby is not discharged home until a "
            "new plan is agreed at a reconvened discharge planning meeting, and Sophie asks Neil Barton for a "
            "legal planning meeting within 5 working days.",
            "If Jade or Kieran try to take Ruby off the unit before the discharge planning meeting, the nurse "
            "in charge rings the police and Sophie straight away.",
            "If, once Ruby is home, either parent is seen under the influence while caring for her, Sophie (or "
            "the Emergency Duty Team) visits that day and holds a strategy discussion; Ruby goes to an "
            "Almondgate foster carer that day unless the other parent is sober and able to care for her "
            "alone.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every two weeks on Ward 32 at 2pm while Ruby is on the unit: 31/03/2026 and "
            "14/04/2026; then every four weeks at home until the transfer.",
            "Review child protection conference: to be arranged by Kestrelford Children's Services as a "
            "transfer-in conference after the move; date to be confirmed.",
        ]),
        ("p", "Plan sent to Jade, Kieran and every agency on 19/03/2026."),
    ],
    "findings": [
        F("T002", "Hair strand tests for Jade and Kieran (3 months)"),
        F("M001", "Go to the unit's “Going Home” session on safe sleep"),
        F("W001", "Referral to Kestrelford's 0-19 health visiting service"),
        F("X001", "Parenting assessment of Jade and Kieran, once the case"),
        F("R001"),
    ],
})
