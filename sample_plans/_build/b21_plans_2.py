"""Batch 21, module 2: seven fictional plans written mostly in prose (tuning material).

Letters to parents and to a child after conference, a child's own storybook
plan, a social worker's signed statement of the plan and the plan section of
a social worker's report to a review conference. Commitments are made in
sentences, some hedged or passive, beside background paragraphs and a few
short lists.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V  # noqa: F401  (V unused: no merged cells in these plans)

PLANS = []


# ---------------------------------------------------------------------------
# 1. Conference chair's letter to a mother after an ICPC: numbered decisions,
#    then one-sentence commitment paragraphs, one per person (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_gildthorpe_chair_letter_commitments_oyelowo.docx",
    "doc_title": "Letter from the conference chair - Zara and Jonah Oyelowo",
    "split": "tune",
    "template": "icpc-chair-letter-to-mother-numbered-decisions-then-one-sentence-commitment-paragraphs",
    "description": (
        "Exemplary: the independent chair's letter to a mother after an initial conference (her "
        "depression and an overdose; neglect of a 7-year-old and a 3-year-old). Numbered decisions, "
        "then one paragraph per person, each a single sentence with owner, timescale and what will "
        "show it; CMHT psychologist and care coordinator report on capacity to change, GP owns an "
        "action, grandmother and uncle's support covered in a specific contingency, core group and "
        "review dates, legal planning meeting."
    ),
    "blocks": [
        ("pr", "Gildthorpe Metropolitan Borough Council"),
        ("pr", "Safeguarding and Review Unit"),
        ("pr", "Level 3, Carrick House, Wharf Street, Gildthorpe GT1 4PL"),
        ("pr", "Tel 01632 961 207"),
        ("p", ""),
        ("pr", "Our ref: SRU/ICPC/25/0391"),
        ("pr", "26 March 2025"),
        ("boldp", "PRIVATE AND CONFIDENTIAL"),
        ("pl", "Ms Naomi Oyelowo"),
        ("pl", "14 Larkspur Close"),
        ("pl", "Gildthorpe GT4 2RW"),
        ("p", ""),
        ("p", "Dear Naomi,"),
        ("boldp", "Initial child protection conference for Zara and Jonah – Monday 24 March 2025"),
        ("p", "Thank you for coming to the conference with your brother Femi, and for being so open about "
              "how things have been since January. I chaired the meeting, and I said I would write to you "
              "afterwards to set out, in plain words, what the conference decided and what everyone agreed "
              "to do. The full minutes will follow from the minute-taker within 15 working days. Helen "
              "Achebe, your social worker, has a copy of this letter and will go through it with you."),
        ("boldp", "What the conference decided"),
        ("numbers", [
            "Zara and Jonah should each have a child protection plan, under the category of neglect. "
            "Everyone at the conference agreed with this, and you told us you understood why.",
            "Helen Achebe is the lead social worker for both children.",
            "The plan will be looked at again at a review child protection conference on Thursday 19 June "
            "2025 at 10am, here at Carrick House.",
        ]),
        ("boldp", "Why the conference was worried"),
        ("p", "On 18 January you took an overdose of your tablets while Zara and Jonah were at home. Zara "
              "could not wake you and rang Nana Pat, who called an ambulance. You told the conference that "
              "you have had depression on and off since you were a teenager, that you stopped your "
              "sertraline before Christmas, and that on bad days you stay in bed until the afternoon. "
              "School told us that Zara has been late 19 times this term and twice came in having had no "
              "breakfast. Jonah, who is 3, has missed two health visitor appointments and has very few "
              "words for his age."),
        ("p", "The conference also heard a lot that is going well. Since you came home from hospital you "
              "have restarted your medication and seen the mental health team every week, and Nana Pat and "
              "Femi have been there every day. Both children are warmly attached to you, and nursery "
              "describe Jonah as a happy, affectionate little boy."),
        ("boldp", "What Zara told us, and what we know about Jonah's days"),
        ("p", "Helen saw Zara on her own at school on 19 March. Zara said: \"I rang Nana because Mummy "
              "wouldn't wake up and Jonah was crying.\" She said she sometimes makes Jonah's breakfast "
              "\"because Mummy's tired\" and that she worries about you when she is at school. The best days, "
              "she said, are \"when Mummy takes us to the park and we get chips\", and what she wants most is "
              "\"Mummy to be happy and not go to hospital again\". She asked whether she could still go to "
              "Nana Pat's on Fridays and was pleased when Helen said yes."),
        ("p", "Jonah is too young to tell us in words. Nursery say he is content once he has settled, but "
              "he often arrives in his pyjamas under his coat and is very hungry at snack time on Monday "
              "mornings. When Helen visited, Jonah brought her his toy bus and said \"bus\" and \"Zara\", and "
              "he went straight to you for a cuddle when the doorbell rang."),
        ("boldp", "What we want to be different for Zara and Jonah"),
        ("bullets", [
            "Zara and Jonah are got up, dressed, fed and taken to school and nursery on time every day by a "
            "grown-up who is well enough to look after them.",
            "Zara no longer feels she has to look after her mum or her brother, and she knows who to ring "
            "and what to do if Mum is unwell.",
            "Jonah's speech is checked, he gets the help he needs, and he is using more words by the summer.",
            "If Mum becomes unwell again, Zara and Jonah are kept safe straight away by people they know.",
        ]),
        ("boldp", "Who has agreed to do what"),
        ("p", "This is what each person agreed at the conference:"),
        ("p", "Helen Achebe (social worker) will visit Zara and Jonah at home every two weeks, with at least "
              "one visit in three unannounced, and her visit records will show that she saw Zara on her own, "
              "saw where both children sleep and checked there was food in the house."),
        ("p", "You will make sure Zara is at St Aidan's Primary by 8.50am and Jonah is at Little Owls Nursery "
              "by 9.15am every weekday from 31 March, and the school and nursery registers, sent to Helen "
              "every Friday, will show this."),
        ("p", "Dr Ruth Kearney, clinical psychologist with the Gildthorpe Community Mental Health Team, will "
              "meet you every fortnight from 7 April and send the core group a written report by 16 May 2025 "
              "on whether you can make and keep the changes Zara and Jonah need, what would help, and how "
              "long it is likely to take."),
        ("p", "Simon Tully, your care coordinator (CPN) in the same team, will see you every week and write a "
              "short report for each core group on your mood, whether you are taking your sertraline and "
              "whether, in his view, you are making the changes this plan asks for at home."),
        ("p", "Dr Imran Saleem, your GP, will prescribe your sertraline one week at a time until the review "
              "conference and write to Helen each month to say whether every week's prescription was "
              "collected."),
        ("p", "Patricia Oyelowo (Nana Pat) will collect Zara from school and Jonah from nursery every Monday, "
              "Wednesday and Friday and give them their tea at her house, signing the school and nursery "
              "collection books each time."),
        ("p", "Femi Oyelowo, the children's uncle, will stay overnight at your house every Friday and "
              "Saturday night until the review conference and write in the family diary each morning how "
              "the night went."),
        ("p", "Mrs Carol Heywood, designated safeguarding lead at St Aidan's Primary, will see Zara for a "
              "check-in every Monday morning and email Helen the same day with anything Zara says about "
              "home."),
        ("p", "Lisa Marr, health visitor, will do Jonah's speech and language screen at nursery by 11 April "
              "2025, refer him to speech and language therapy if he scores below the expected range, and "
              "send the results to Helen and to you."),
        ("p", "Amy Ridgeway, Jonah's key person at Little Owls Nursery, will write down each day whether "
              "Jonah arrives dressed, clean and fed, and send the record to Helen every Friday."),
        ("boldp", "If things go wrong"),
        ("p", "If you stop taking your medication, tell anyone you are thinking of harming yourself, or are "
              "found too unwell to look after the children, or if Zara or Jonah are not collected from school "
              "or nursery, the adult with the children will ring 999 if anyone is in danger and then ring "
              "Helen (or the emergency duty team on 01632 960 555 out of hours). Helen or the emergency duty "
              "team will visit the same day, and Zara and Jonah will go to stay with Nana Pat at 3 Heron Way, "
              "with Femi's help, while a strategy discussion is held within one working day."),
        ("p", "If Nana Pat or Femi cannot do their part – for example because of illness or a holiday – they "
              "will tell Helen the same day; you will collect the children yourself on those days, and Helen "
              "or a family support worker from the Carrick House team will visit that evening to check the "
              "children are settled. If the children need somewhere to stay and Nana Pat and Femi cannot have "
              "them, Helen will arrange for Zara and Jonah to stay together with approved foster carers that "
              "day and will tell you where they are. In any of these situations Helen's manager will request "
              "a legal planning meeting within 5 working days."),
        ("boldp", "Meetings"),
        ("p", "The core group – you, Helen, Nana Pat, Femi, Mrs Heywood, Lisa Marr, Amy Ridgeway, Simon Tully "
              "and Dr Kearney – will meet every four weeks at Carrick House at 10am: on 3 April, 1 May and "
              "29 May 2025. The review child protection conference will be on 19 June 2025 at 10am."),
        ("p", "If by the core group on 1 May the children are still often late or arriving without "
              "breakfast, or if Dr Kearney's report says the changes are unlikely to happen in time for Zara "
              "and Jonah, Helen's manager will request a legal planning meeting to decide whether the council "
              "should start the pre-proceedings (PLO) process."),
        ("p", "If you disagree with anything in this letter, please ring me on 01632 961 207. Helen can also "
              "put you in touch with the Gildthorpe Parent Advocacy Service, who can come to meetings with "
              "you."),
        ("p", "Yours sincerely,"),
        ("p", ""),
        ("pl", "Marguerite Vance"),
        ("pl", "Independent Chair, Safeguarding and Review Unit"),
        ("p", ""),
        ("pl", "cc: Helen Achebe (SW); Mrs C Heywood (DSL, St Aidan's Primary); Lisa Marr (HV); "
               "Little Owls Nursery; Dr R Kearney and S Tully (Gildthorpe CMHT); Dr I Saleem (GP)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Social worker's letter to a 10-year-old after the ICPC, chatty paragraphs,
#    hedged and passive commitments (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_gravelhythe_letter_to_child_hedged_tembo.md",
    "split": "tune",
    "template": "letter-to-child-after-icpc-chatty-paragraphs-hedged-passive-md",
    "description": (
        "A social worker's letter to a 10-year-old after his initial conference (mother's partner's "
        "violence, mother's drinking), one commitment per paragraph under 'What is going to happen now'. "
        "Passive referrals, 'it is hoped ... when a place comes up', 'soon', 'when Mum needs a break', "
        "'over the next few months', 'keep an eye on', 'everyone at the meeting'; nan and auntie carry "
        "care with no fallback, a vague contingency, no legal step, no adult service owns an action and "
        "one adult-only outcome."
    ),
    "text": """\
Gravelhythe Council – Children's Services
Family Safeguarding Team (South)
The Old Library, Corn Street, Gravelhythe GR2 8DA

4 April 2025

# Dear Kaleb

My name is Priya Nandra and I'm your social worker. We met at school last
week – I'm the one who couldn't believe how fast you can do your times
tables. I said I would write to you after the big meeting about you and
Amara, so here is my letter. Mum has a copy too, and I'll read it with you
next time I see you if you want me to.

## Why there was a big meeting

On Tuesday lots of grown-ups who know your family met to talk about how
things are at home. It's called a child protection conference. Mum was
there, and so were your teacher Mr Okafor, Amara's nursery, the health
visitor and me.

The grown-ups are worried because Ryan and Mum have been shouting and
fighting, and once Ryan threw the remote and broke the telly while you and
Amara were in the room. They are also worried because Mum has been drinking
a lot of wine in the evenings, and some nights there hasn't been any tea.

The meeting decided that you and Amara will have a **child protection
plan**. That's a plan that says what everyone is going to do to help make
home safe and calm for you both.

## What you told me

You told me that when Mum and Ryan shout you go under your duvet with your
headphones on, and sometimes you take Amara in with you "so she doesn't get
scared". You said you get cross when Mum has had "her wine" because she
forgets about tea and you have to make toast for Amara. You said the best
bits of your week are football practice on Wednesdays and going to your
dad's, because "it's quiet there and we play on the console".

You said you want "Ryan not to come back" and "Mum to stop the wine". You
gave home 3 out of 10 and said it would be 8 "if it was just me, Mum and
Amara and no shouting".

Amara is only 4, so she didn't talk to me about home. At nursery she loves
the home corner and the sandpit, but her key worker has seen her cover her
ears and hide under the table when other children shout.

## What we all want for you and Amara

- You and Amara live in a house where nobody shouts, hits or throws things,
  and you can go to sleep without your headphones on.
- You and Amara have tea every evening, and a grown-up who hasn't been
  drinking puts Amara to bed – not you.
- You keep going to school every day and stay in the football team.
- Mum will drink less and feel better.

## What is going to happen now

I will come and see you at school every two weeks, on your own, and I will
write down what you tell me so that it goes into your plan for every
meeting.

Mr Okafor, your teacher, will let you spend five minutes with Miss Hale in
the nurture room every morning at 8.45, and Miss Hale will write down in her
book how you are feeling each day.

A referral will be made to the Lighthouse group at school, which is for
children who have seen grown-ups fighting at home.

Mum has said she will try to go to the Clearwater group at the Gravelhythe
Recovery Hub every Thursday morning, and she will show me her attendance
card when I visit.

It is hoped that Ryan will go on a course called Choices, for men who have
hurt the people they live with, when a place comes up.

Amara's nursery will keep an eye on her every day she is in and tell me if
they are worried.

The health visitor will check Amara's speech and her weight soon.

Your dad will keep having you every other weekend, from Friday after school
until Sunday teatime.

Your nan, Mrs Esther Tembo, will pick you and Amara up on Tuesdays and
Thursdays and give you your tea at her flat.

Auntie Rudo will have you both for a sleepover when Mum needs a break.

Everyone who was at the meeting will tell me on the same day if they are
worried about you or Amara, and I will write it on your file.

Mum will be helped to find a new flat, away from Ryan, over the next few
months.

## If things go wrong

Ryan is not allowed to live at your house or stay over while you have a
plan. If you are ever worried at home, you can ring me or tell Mr Okafor.
If things at home get worse, the grown-ups will have another meeting to
think about what to do next.

## When the grown-ups will meet again

The grown-ups who are helping your family (they're called the **core
group**) will meet every month. The first meeting is on 17 April at school,
then 15 May and 12 June.

The next big meeting, called a **review conference**, will be on 3 July
2025 at 10am. You can come to part of it if you want, or you can draw or
write something and I'll take it for you.

My phone number is 01632 963 118. If I'm not there, leave a message with
the duty team and say it's for Priya.

From

Priya Nandra
Social Worker, Gravelhythe Children's Services

P.S. Good luck in the match against Thornbury on Saturday!
""",
    "findings": [
        F("W001", "A referral will be made to the Lighthouse group at school"),
        F("T001", "A referral will be made to the Lighthouse group at school"),
        F("M001", "A referral will be made to the Lighthouse group at school"),
        F("T002", "It is hoped that Ryan will go on a course called Choices"),
        F("M001", "It is hoped that Ryan will go on a course called Choices"),
        F("M002", "Amara's nursery will keep an eye on her every day"),
        F("T002", "The health visitor will check Amara's speech and her weight soon"),
        F("M001", "The health visitor will check Amara's speech and her weight soon"),
        F("M001", "Your dad will keep having you every other weekend"),
        F("M001", "Your nan, Mrs Esther Tembo, will pick you and Amara up"),
        F("T002", "Auntie Rudo will have you both for a sleepover"),
        F("M001", "Auntie Rudo will have you both for a sleepover"),
        F("W002", "Everyone who was at the meeting will tell me"),
        F("W001", "Mum will be helped to find a new flat"),
        F("T002", "Mum will be helped to find a new flat"),
        F("M001", "Mum will be helped to find a new flat"),
        F("F002", "Mum will drink less and feel better."),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Social worker's signed statement of the plan, numbered paragraphs
#    (1.1, 2.1 ...), PDF with header and footer on every page. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_goldcarrow_sw_statement_numbered_paragraphs_farrelly.pdf",
    "doc_title": "Social Work Statement - Child Protection Plan - Ruby Farrelly",
    "split": "tune",
    "template": "sw-signed-statement-of-cp-plan-numbered-paragraphs-paged",
    "description": (
        "Exemplary: a social worker's signed statement of the child protection plan for a 9-month-old "
        "(mother on methadone using street diazepam, depression; weight faltering), in numbered "
        "paragraphs with an OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page. Each "
        "paragraph of section 5 names the owner, when and what will show it; the recovery service, GP "
        "and a psychologist who reports on capacity to change own actions; the grandmother's care and "
        "weekend checks are covered by a specific contingency with foster care as the fallback; core "
        "group dates, review date and a legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE | Goldcarrow City Council Children's Services | Ref GCC/CP/25/1187",
    "footer": "Social work statement – Ruby Farrelly – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Social Work Statement: the Child Protection Plan for Ruby Farrelly"),
        ("kv", [
            ("Child", "Ruby Farrelly, born 02/07/2024 (9 months)"),
            ("Mother", "Siobhan Farrelly (22)"),
            ("Father", "Kieran Farrelly (26)"),
            ("Address", "Flat 2, 41 Quayside Terrace, Goldcarrow GC5 9HN"),
            ("Conference", "Initial child protection conference, 07/04/2025 – category: neglect"),
            ("Author", "Ayesha Qureshi, Social Worker, Safeguarding Team East"),
            ("Date of statement", "14/04/2025"),
        ]),
        ("h1", "1. Purpose of this statement"),
        ("p", "1.1 This statement sets out the child protection plan agreed at the initial child protection "
              "conference on 7 April 2025 for Ruby Farrelly, aged 9 months. I wrote it after the first core "
              "group on 11 April 2025, at which Siobhan and Kieran went through each part of it with me and "
              "agreed it. It is shared with both parents and with every agency named below."),
        ("p", "1.2 It replaces the outline plan in the conference report. Where the two differ, this "
              "statement is the plan."),
        ("h1", "2. Background and the worries"),
        ("p", "2.1 Siobhan has been prescribed methadone (60ml daily) by the Goldcarrow Recovery Partnership "
              "since 2023. On 22 March 2025 police attended the flat after a neighbour heard Ruby crying for "
              "over an hour. Siobhan was asleep and hard to rouse, and Kieran was out. Siobhan later told me "
              "she had taken diazepam bought on the street on top of her methadone \"to get through the "
              "night\". She has had depression since 2021."),
        ("p", "2.2 Ruby's weight has dropped from the 50th to the 9th centile since January, and she has not "
              "had her 12- and 16-week immunisations. On two health visitor contacts the steriliser was not "
              "in use and the bottles were unwashed."),
        ("p", "2.3 There are real strengths. Siobhan and Kieran are warm and attentive with Ruby when I see "
              "them, and both want her to stay at home. Siobhan has attended every methadone review for 18 "
              "months. Kieran's mother, Bernadette Farrelly, is a sober and reliable adult who has looked "
              "after Ruby two days a week since February."),
        ("p", "2.4 Siobhan told me: \"I know I messed up. I want to come off everything properly this time.\" "
              "Kieran said he had not realised how much Siobhan was struggling at night, and that he will "
              "do the night feeds."),
        ("h1", "3. Ruby's lived experience"),
        ("p", "3.1 Ruby cannot tell us in words, so this section records what I and others have seen. On my "
              "visits on 27 March and 9 April Ruby was alert and smiled at both parents; she reached for "
              "Kieran when he came into the room and settled quickly on his chest. On 27 March her nappy had "
              "not been changed for some hours and she had a sore red rash; she drank a full 7oz bottle "
              "quickly and cried for more."),
        ("p", "3.2 Bernadette describes Ruby at her house as \"a different baby – she eats everything and "
              "sleeps through\". The health visitor saw Ruby pull herself up on the sofa and babble, which is "
              "in line with her age."),
        ("p", "3.3 Ruby's days tell us that she is loved and responds to her parents, but that on days when "
              "Siobhan is sedated nobody reliably feeds, changes or comforts her."),
        ("h1", "4. What must be different for Ruby"),
        ("p", "4.1 Ruby is fed, changed and comforted every day and night by an adult who is awake, sober "
              "and not sedated."),
        ("p", "4.2 Ruby's weight climbs back to at least the 25th centile by the review conference, and her "
              "immunisations are up to date."),
        ("p", "4.3 Ruby sleeps safely on her back in her own cot, in a flat where no medication or drugs are "
              "within her reach."),
        ("h1", "5. The plan: who will do what, by when, and how we will know"),
        ("p", "5.1 I (Ayesha Qureshi, social worker) will visit Ruby at home every week, with at least one "
              "visit in two unannounced, and my visit records will show that Ruby was seen awake, how she "
              "was dressed and changed, and whether there was formula and clean bottles in the flat."),
        ("p", "5.2 Liam Bryce, Siobhan's recovery worker at the Goldcarrow Recovery Partnership, will see "
              "Siobhan every week, arrange for her methadone to be taken under daily supervision at Harbour "
              "Lane Pharmacy from 14 April 2025, and send me the result of each random urine test (at least "
              "two a month) within two working days of the test."),
        ("p", "5.3 Siobhan will keep her methadone and any other medication in the flat in the locked box "
              "supplied by the Recovery Partnership from 14 April 2025, and I will check at every visit that "
              "the box is locked and out of Ruby's reach and note it in my visit record."),
        ("p", "5.4 Dr Fiona Lennox, clinical psychologist with Goldcarrow Adult Psychological Therapies, will "
              "see Siobhan weekly from 22 April 2025 for up to 12 sessions and send the core group a written "
              "report by 4 July 2025 on Siobhan's depression, whether she can make and keep the changes Ruby "
              "needs without using street diazepam, and how long that is likely to take."),
        ("p", "5.5 Dr Martin Osei, Siobhan's GP at Harbour Lane Surgery, will review her antidepressant "
              "medication by 30 April 2025 and write to me with the outcome and any worries about "
              "prescribed or bought diazepam."),
        ("p", "5.6 Ruby's missed immunisations will be given by the practice nurse at Harbour Lane Surgery "
              "by 16 May 2025, and the practice will send me a copy of her updated record."),
        ("p", "5.7 Nicola Brady, health visitor, will weigh Ruby every two weeks at the Quayside clinic or at "
              "home, plot each weight in the red book and send it to me within two working days."),
        ("p", "5.8 Kieran will attend the Goldcarrow Dads parenting group every Tuesday evening for 8 weeks "
              "from 15 April 2025, and the group leader will send me a written summary of his attendance "
              "and what he has learned at the end of the course."),
        ("p", "5.9 Kieran will give Ruby her night feeds and fill in the feed and sleep chart on the fridge "
              "every day, and Nicola and I will check the chart at each of our visits."),
        ("p", "5.10 Bernadette Farrelly (paternal grandmother) will care for Ruby at her house every Tuesday "
              "and Thursday from 8.30am to 5pm and fill in Ruby's daily diary (feeds, nappies and sleep) for "
              "me to read at each visit."),
        ("p", "5.11 Bernadette will also call at the flat by 9am every Saturday and Sunday to see that Ruby "
              "has been fed and changed, and will write what she finds in Ruby's daily diary."),
        ("h1", "6. Contingency plan"),
        ("p", "6.1 If a urine test shows any drug other than methadone, if Siobhan misses her supervised "
              "methadone on two days running, if either parent is found under the influence of drugs or "
              "alcohol while caring for Ruby, or if Ruby misses two weigh-ins in a row, I (or the emergency "
              "duty team on 01632 960 880 out of hours) will visit the same day. Ruby will go to stay with "
              "Bernadette at 9 Rook Lane, Goldcarrow, and a strategy discussion will be held within one "
              "working day."),
        ("p", "6.2 If Bernadette cannot do a weekend check, she will tell me by the Friday and the emergency "
              "duty team will visit Ruby at the flat that morning instead. If Ruby needs to leave the flat "
              "and Bernadette cannot care for her – for example through illness or being away – Ruby will be "
              "placed with approved Goldcarrow foster carers the same day, under section 20 with her "
              "parents' agreement or, if they do not agree, through an application for an emergency "
              "protection order."),
        ("p", "6.3 In any of these situations my team manager, Graham Stokes, will request a legal planning "
              "meeting within 5 working days."),
        ("h1", "7. Core group, review and escalation"),
        ("p", "7.1 The core group (Siobhan, Kieran, Bernadette, Nicola Brady, Liam Bryce, Dr Lennox and me, "
              "with the GP by written report) will meet every four weeks at Quayside Family Centre: on 9 May, "
              "6 June and 4 July 2025, at 1.30pm."),
        ("p", "7.2 The review child protection conference will be held on 14 July 2025 at 2pm at Goldcarrow "
              "Civic Centre."),
        ("p", "7.3 If by the core group on 6 June Ruby's weight has not started to climb, or more than one "
              "urine test has shown a drug other than methadone, my team manager will request a legal "
              "planning meeting to decide whether to begin pre-proceedings under the Public Law Outline."),
        ("h1", "8. Signature"),
        ("p", "I confirm that this statement sets out the plan agreed by the core group on 11 April 2025."),
        ("pl", "Signed: A. Qureshi"),
        ("pl", "Ayesha Qureshi, Social Worker, Safeguarding Team East, Goldcarrow City Council"),
        ("pl", "Countersigned: G. Stokes, Team Manager"),
        ("pl", "Date: 14 April 2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A child's storybook "my plan" in numbered pages, the grown-ups' parts as
#    sentences with a bold name first (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_gorranby_my_plan_storybook_pages_brightwell.md",
    "split": "tune",
    "template": "child-friendly-my-plan-storybook-numbered-pages-bold-name-grown-up-sentences-md",
    "description": (
        "Exemplary: an 8-year-old's 'my plan' written with her social worker as a storybook of numbered "
        "pages (father's drinking and violence to her mother). Her words and her brother's observed days, "
        "outcomes in her words, each grown-up's part one sentence with when and how we'll know; the "
        "alcohol service owns an action, grandparents supervise contact with a fallback to the family "
        "centre, a specific contingency with a named aunt and foster care, core group and review dates, "
        "a legal planning meeting."
    ),
    "text": """\
# Lacey's Plan

*Made by Lacey Brightwell (age 8) with her social worker, Sophie Adair, at
Gorranby Primary School on 8 and 15 April 2025. Lacey chose the colours and
did the drawings. This is Lacey's version of the child protection plan
agreed at the conference on 3 April 2025 (Gorranby Council Children's
Services).*

---

## Page 1 – All about me

My name is Lacey. I am 8 and I'm in Year 3 at Gorranby Primary. I live with
my mum, Jodie, and my little brother Finn, who is 5. My favourite things are
gymnastics, our cat Biscuit and Grandma Jean's pancakes. I am good at
cartwheels and spellings.

*(Drawing: Lacey doing a cartwheel, Biscuit watching.)*

---

## Page 2 – Why the grown-ups are worried

When Dad drank too much beer he shouted at Mum, and once he pushed her into
the cupboard and she hurt her arm. Finn and I saw it. The police came. Dad
doesn't live with us now – he lives at his flat on Mill Road.

The grown-ups are worried that if Dad drinks and comes to our house, Mum
could get hurt again, and Finn and I could get hurt or be really scared.

Finn has started wetting the bed again and he hides under the table when
people shout.

---

## Page 3 – What I think and how I feel

- "I miss Dad but I don't miss the shouting."
- "I feel safe at Grandma's and at school."
- "When I hear a car at night I think it might be Dad."
- I want to see Dad at Grandma and Grandad's on Saturdays, "but only if he
  hasn't had beer".
- I want Mum to be happy and Finn to stop being scared.
- I gave my worries a 6 out of 10 (10 means no worries at all). Mum gave a
  5. Sophie gave a 4.

Finn didn't want to do a page, but he drew Biscuit asleep on Grandma's sofa.
When Sophie visited, Finn stayed close to Mum and went very quiet when Sophie
said Dad's name. He laughed a lot when Biscuit chased the string.

---

## Page 4 – What we want to be different

- Me, Finn and Mum are safe at home and nobody gets hurt or shouted at.
- Finn and I only see Dad when he hasn't been drinking and Grandma or
  Grandad is with us the whole time.
- I can go to sleep without listening for cars, and Finn stops wetting the
  bed because he isn't scared any more.

---

## Page 5 – What the grown-ups are going to do

Each grown-up said what they will do, when, and how we will all know it is
happening.

**Sophie (my social worker)** will see me at school on my own every two
weeks, and she will write down what I tell her in my plan for every
grown-ups' meeting.

**Mum** will go to the Moving On group at Gorranby Family Hub every Wednesday
morning for 12 weeks from 16 April, and the group leader, Angela, will send
Sophie a letter every month saying Mum has been.

**Dad** will go to the Calmer Dads course at the Mill Road Centre every
Monday evening for 20 weeks from 12 May, and the course leader will send
Sophie a report every month.

**Tom Hewitt, Dad's worker at the Gorranby Alcohol Service,** will see Dad
every Thursday, do a breath test each time, and send Sophie the results and
a letter about how Dad is doing before every grown-ups' meeting.

**Grandma Jean and Grandad Ray** will stay with me, Finn and Dad the whole
time when we see Dad at their house every Saturday from 10 o'clock till
1 o'clock, and they will fill in the contact book every time and send Sophie
a photo of the page.

**Grandma Jean** will pick Finn and me up from school every Thursday and give
us tea at her house, and she will sign the school's pick-up book.

**Mrs Khan (my teacher)** will check in with me every Monday morning and
write anything I tell her in the school's worry log, which Mr Burrows (the
DSL) will send to Sophie the same day.

**Nurse Abi (the school nurse)** will see Finn by 23 May to help with the
bedwetting and will give Mum a dry-nights chart, which Abi and Sophie will
look at every 4 weeks.

---

## Page 6 – If something goes wrong

- If Dad comes to our house, Mum will ring 999 and the police will come.
  Mum will tell Sophie the same day.
- If Dad has been drinking on a Saturday, Grandma Jean or Grandad Ray will
  stop the visit and Dad will go home. Finn and I stay with Grandma and
  Grandad. They will tell Sophie the same day.
- If Grandma Jean and Grandad Ray can't be there for a Saturday, we won't
  see Dad that week unless Sophie can arrange it at the Gorranby Family
  Centre with a family time worker.
- If Grandma Jean can't pick us up on a Thursday, we will go to after-school
  club and Mum will collect us at 5 o'clock.
- If Mum gets hurt or can't keep us safe at home, Finn and I will stay with
  Auntie Beth (Mum's sister) at her house on Carver Street, and Sophie will
  have a meeting with the police and the other grown-ups (a strategy
  discussion) that day. If Auntie Beth can't have us, Sophie will find
  foster carers where Finn and I can stay together.
- If Dad comes to our house again, or Mum lets him back in, Sophie's manager
  will ask for a legal planning meeting with the council's lawyers within
  5 working days.

---

## Page 7 – When the grown-ups meet

- The core group (Mum, Dad, Sophie, Mrs Khan, Mr Burrows, Nurse Abi, Tom,
  Grandma Jean and Grandad Ray) meet every 4 weeks at school: on 24 April,
  22 May and 19 June 2025.
- The big meeting (the review child protection conference) is on 10 July
  2025 at 1.30pm at Gorranby Town Hall. I'm going to do a drawing for it.
- If things haven't got better by the big meeting, Sophie's manager will
  ask for a legal planning meeting.

---

Signed: **Lacey** ⭐  |  Jodie Brightwell (Mum)  |  Sophie Adair (social worker)  |  15/04/2025
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Social worker's letter to a father who is now the main carer, the
#    mother on a psychiatric ward; plain-text letter with underlined headings
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_gullestone_letter_to_dad_main_carer_mallender.txt",
    "split": "tune",
    "template": "letter-to-father-as-main-carer-after-rcpc-mother-on-ward-underlined-headings-txt",
    "description": (
        "Plain-text letter to a father caring for a 6-year-old and a 2-year-old while their mother is on "
        "a psychiatric ward, after the review conference. One commitment per paragraph under 'What "
        "happens now': a care coordinator who only supports 'for as long as she needs it', hedged ward "
        "notice with no measure, aunt and grandmother carrying care with no fallback, passive referral "
        "and 'You will be supported', 'when the ward feels she is well enough'; one adult-only outcome, "
        "and no core group frequency or review date."
    ),
    "text": """\
GULLESTONE COUNCIL
Children and Families - Locality Team West
Brook House, 2 Tanners Row, Gullestone GL7 3QE
Tel: 01632 962 440

Our ref: LTW/RM/0412
Date:    30 April 2025

Mr Dominic Mallender
22 Sandpiper Road
Gullestone GL7 5NB

Dear Dominic

RE: REUBEN AND TILLY MALLENDER - REVIEW CHILD PROTECTION CONFERENCE,
    MONDAY 28 APRIL 2025

Thank you for coming to Monday's review conference, especially as you had
come straight from a night shift. As promised, this letter sets out what was
agreed. Please keep it somewhere safe and bring it to the next core group.

About the conference
--------------------
The conference agreed that Reuben and Tilly will stay on child protection
plans under the category of emotional abuse for now. Everyone said how well
you have done since Natasha went into hospital on 6 March: the children are
clean, fed and settled, and you have rearranged your shifts so you are home
most evenings. The reason the plans are continuing is that Natasha's
discharge from Ashgrove Ward is now being planned, and there are still
questions about how the family will manage when she comes home, given what
happened in February when she became unwell and told Reuben the neighbours
were poisoning the water.

How Reuben and Tilly are doing
------------------------------
I saw Reuben on his own at school on 15 April. He told me "Mummy is in
hospital because her brain is poorly" and that he misses her cuddles at
bedtime. He said he likes Sundays best "because Dad does pancakes", but that
you are "tired all the time". He asked me whether Mummy will still think the
water is bad when she comes home. Reuben has been late to school 9 times
this half term, mostly on the days you are on early shifts.

Tilly is settled and chatty at Puddleducks Nursery. When I visited on
22 April she showed me her doll, put it to bed in a shoebox and said
"Mummy gone hospital". She ran to you when you came in from work.

What we are hoping for
----------------------
- Reuben and Tilly are looked after every day by a grown-up who is well and
  awake, and they get to school and nursery on time.
- Reuben understands, in words that make sense to a 6-year-old, why Mummy
  has been in hospital, and is not frightened by the things she says.
- Tilly's speech and development stay on track.
- Natasha gets well and comes home.

What happens now
----------------
I will keep visiting Reuben and Tilly at home every three weeks, and will
see Reuben on his own at school in the weeks in between; my visit notes
will show both children seen each time.

Natasha's care coordinator, Gethin Pryce from the Gullestone Community
Mental Health Team, will continue to support her with her recovery for as
long as she needs it.

It is hoped that the staff on Ashgrove Ward will let us know before Natasha
has any home leave.

Your sister Leanne has kindly agreed to have Tilly on the days you are on
early shifts.

Your mum, Sandra, will help with the school run as much as she can.

A referral will be made to Family Friends Gullestone for a volunteer to
help you at home.

Mrs Oduya, the learning mentor at Reuben's school, will see him for Time to
Talk sessions every Tuesday afternoon and share her notes with me after each
session.

Anna Kowal, Tilly's health visitor, will do Tilly's two-year review by
16 May and send me the ASQ scores.

You will be supported to explain Mum's illness to the children in a way
they can understand.

I will try to arrange some family time for the children with Natasha on the
ward when the ward feels she is well enough.

You have agreed to ring me the same day if Natasha comes home without the
ward telling us, and I will record each call on the children's file.

If things do not go to plan
---------------------------
If Natasha leaves the ward without agreement, or comes home before her
discharge has been planned, you will ring me (or the out-of-hours team on
01632 960 700). I will visit the same day, and Natasha will not stay
overnight at the house until the ward and I have agreed a plan; if she is
unwell and will not leave, you will ring 999. If this happens, or if
Reuben and Tilly are not being got to school and nursery, my manager will
ask for a legal planning meeting within 10 working days.

Next meetings
-------------
The core group will keep meeting to look at how things are going. The date
of the next review conference will be set once we know when Natasha is
coming home.

If anything in this letter is wrong or unclear, please ring me on the number
above. You are welcome to bring Leanne or Sandra to any meeting.

Yours sincerely

Rachel Moorcroft
Social Worker, Locality Team West

cc  Mrs J Oduya, Brookfield Infants (learning mentor / DSL)
    Anna Kowal, HV, Gullestone Health Visiting Service
    Puddleducks Nursery
    Gethin Pryce, Gullestone CMHT
    Ashgrove Ward, Gullestone General Hospital (ward manager)
""",
    "findings": [
        F("H001", "will continue to support her with her recovery"),
        F("T002", "will continue to support her with her recovery"),
        F("M001", "will continue to support her with her recovery"),
        F("M001", "the staff on Ashgrove Ward will let us know"),
        F("M001", "Your sister Leanne has kindly agreed to have Tilly"),
        F("T002", "Your mum, Sandra, will help with the school run"),
        F("M001", "Your mum, Sandra, will help with the school run"),
        F("W001", "A referral will be made to Family Friends Gullestone"),
        F("T001", "A referral will be made to Family Friends Gullestone"),
        F("M001", "A referral will be made to Family Friends Gullestone"),
        F("W001", "You will be supported to explain Mum's illness"),
        F("T001", "You will be supported to explain Mum's illness"),
        F("M001", "You will be supported to explain Mum's illness"),
        F("T002", "I will try to arrange some family time"),
        F("M001", "I will try to arrange some family time"),
        F("F002", "Natasha gets well and comes home."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Letter to expectant parents after a pre-birth conference, the family
#    about to move to another council; bold topic headings, PDF with header
#    and footer on every page
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_greyfallow_prebirth_letter_moving_thursby.pdf",
    "doc_title": "Letter after pre-birth conference - Baby of Chloe Thursby",
    "split": "tune",
    "template": "letter-to-expectant-parents-after-prebirth-icpc-moving-council-bold-topic-headings-paged",
    "description": (
        "Social worker's letter to expectant parents after a pre-birth conference (father's violence to "
        "a previous partner and daily cannabis; mother's anxiety and self-harm), with the family about to "
        "move to another council; OFFICIAL-SENSITIVE header and 'Page N of M' footer. The parenting "
        "assessment, a perpetrator programme referral and the family network meeting are left for the "
        "receiving council; a perinatal nurse only supports; 'when they can'; one adult outcome, a vague "
        "contingency, no legal step and the review conference left to the other council."
    ),
    "header": "OFFICIAL-SENSITIVE – Greyfallow District Council Children's Services",
    "footer": "Letter to Chloe Thursby and Jordan Amis, 11/04/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Greyfallow District Council"),
        ("pr", "Children's Services – Assessment and Safeguarding Team"),
        ("pr", "Wellgate House, Market Row, Greyfallow GF1 2AB"),
        ("pr", "11 April 2025"),
        ("p", ""),
        ("pl", "Miss Chloe Thursby and Mr Jordan Amis"),
        ("pl", "Flat 9, Cressy House"),
        ("pl", "Wellgate, Greyfallow GF3 1TT"),
        ("p", ""),
        ("p", "Dear Chloe and Jordan,"),
        ("boldp", "Your baby's pre-birth child protection conference – 9 April 2025"),
        ("p", "Thank you both for coming to the conference on Wednesday. I know it was difficult to hear some "
              "of what was said, and I appreciated how honest you both were. The conference decided that "
              "your baby will have a child protection plan from birth, under the category of physical "
              "abuse. This letter explains why, and sets out what was agreed."),
        ("boldp", "Why the conference was worried"),
        ("p", "Jordan, in 2022 you were convicted of assaulting your previous partner while she was pregnant. "
              "You told the conference you smoke cannabis every day, usually from the afternoon. On 16 "
              "February police were called by a neighbour who heard shouting, and Chloe had a bruise on her "
              "cheek which she said was from a fall. Chloe, you have had anxiety since you were in care, and "
              "you self-harmed last summer; you are seen by the perinatal mental health team."),
        ("p", "The conference also heard about strengths. Chloe has been to every antenatal appointment, "
              "Jordan came to the conference and talked openly about his cannabis use, and you have both "
              "bought a pram and a car seat and talk about the baby with real excitement."),
        ("boldp", "What we know about your baby so far"),
        ("p", "Chloe is 28 weeks pregnant and the baby is due on 9 July. The 20-week scan showed the baby "
              "growing well. Chloe feels the baby kicking most evenings, especially when Jordan plays music "
              "to the bump. Chloe smokes about ten cigarettes a day. The flat has damp in the bedroom and "
              "there is no cot yet, so at the moment the baby would sleep in the living room, which smelled "
              "strongly of cannabis when I visited on 2 April."),
        ("boldp", "Your move to Marlowdene"),
        ("p", "You told the conference you plan to move in with Jordan's mum, Denise Amis, in Marlowdene "
              "around 23 May, when Chloe will be about 34 weeks pregnant. Marlowdene is a different council "
              "area. Greyfallow keeps responsibility for your baby's plan until Marlowdene Borough Council "
              "hold a transfer-in conference."),
        ("boldp", "What we want for your baby"),
        ("bullets", [
            "Your baby is born safely and goes home to a warm, smoke-free home with a cot of their own, "
            "where there is no shouting or violence.",
            "Your baby is fed, changed and comforted by parents who are not under the influence of cannabis.",
            "Chloe's anxiety will be better managed and Jordan will stop using cannabis.",
        ]),
        ("boldp", "What is going to happen"),
        ("p", "I will visit you both at home every two weeks until the Marlowdene transfer-in conference, and "
              "my visit notes will record where the baby will sleep and whether the flat is smoke-free."),
        ("p", "Chloe, your perinatal mental health nurse, Bethan Rowlands, will keep seeing you every "
              "fortnight to support you with your anxiety."),
        ("p", "Your midwife, Sarah Quinn, will write a birth plan with you at your 32-week appointment, and "
              "it will be shared with the safeguarding team at Greyfallow General Hospital."),
        ("p", "Chloe has said she will stop smoking by 32 weeks, and Sarah will check her carbon monoxide "
              "reading at every antenatal appointment."),
        ("p", "Gorse Lane Drug and Alcohol Service will see Jordan for an assessment of his cannabis use "
              "before you move, and his worker will write to me with the outcome."),
        ("p", "The pre-birth parenting assessment will be completed by your new social worker in "
              "Marlowdene, within 30 working days of the case transferring."),
        ("p", "Jordan's referral to the Steady Ground programme for men who have been abusive to a partner "
              "will be picked up by Marlowdene at some point after the transfer."),
        ("p", "The Greyfallow health visiting team will try to do an antenatal visit when they can."),
        ("p", "The family network meeting with Denise and Chloe's aunt, Tina Thursby, will be put on hold "
              "and rearranged by Marlowdene at a later date."),
        ("p", "I will send your file to Marlowdene Children's Services by 9 May and ask them to hold a "
              "transfer-in conference within 15 working days of your move; their written acceptance, with "
              "the conference date, will be copied to you."),
        ("boldp", "If things go wrong"),
        ("p", "If there are any further concerns before or after the baby is born, we will hold a meeting "
              "with everyone involved to discuss what needs to happen next."),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every four weeks, on 24 April and 22 May 2025, at Wellgate Family "
              "Centre at 2pm. The review conference, or a transfer-in conference, will be arranged by "
              "Marlowdene after you move."),
        ("p", "If you have any questions about this letter, please ring me on 01632 964 230. If you would "
              "like an advocate to help you at meetings, I can refer you to the Greyfallow Family Advocacy "
              "Project."),
        ("p", "Yours sincerely,"),
        ("p", ""),
        ("pl", "Marcia Fennimore"),
        ("pl", "Social Worker, Assessment and Safeguarding Team"),
        ("p", ""),
        ("pl", "cc: Sarah Quinn (community midwife); Bethan Rowlands (perinatal mental health team); "
               "Greyfallow Health Visiting Team; Gorse Lane Drug and Alcohol Service"),
    ],
    "findings": [
        F("H001", "your perinatal mental health nurse, Bethan Rowlands, will keep seeing you"),
        F("M001", "your perinatal mental health nurse, Bethan Rowlands, will keep seeing you"),
        F("X001", "The pre-birth parenting assessment will be completed by your new social worker"),
        F("M001", "The pre-birth parenting assessment will be completed by your new social worker"),
        F("X001", "Jordan's referral to the Steady Ground programme for men"),
        F("T002", "Jordan's referral to the Steady Ground programme for men"),
        F("M001", "Jordan's referral to the Steady Ground programme for men"),
        F("T002", "The Greyfallow health visiting team will try to do an antenatal visit"),
        F("M001", "The Greyfallow health visiting team will try to do an antenatal visit"),
        F("X001", "The family network meeting with Denise and Chloe's aunt"),
        F("T002", "The family network meeting with Denise and Chloe's aunt"),
        F("M001", "The family network meeting with Denise and Chloe's aunt"),
        F("F002", "Chloe's anxiety will be better managed and Jordan will stop using cannabis."),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. The plan section of a social worker's report to a review conference:
#    themes, each with "Where things are now" background and "What will
#    happen" sentences (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_glinsford_rcpc_report_plan_section_tullett.docx",
    "doc_title": "Report to Review Child Protection Conference - Brooke and Riley Tullett",
    "split": "tune",
    "template": "rcpc-sw-report-plan-section-themes-where-things-are-now-then-what-will-happen-prose",
    "description": (
        "Sections 6-11 of a social worker's report to a review conference for a 13-year-old young carer "
        "and her 9-year-old brother (mother's self-harm and drinking). Under each theme a 'Where things "
        "are now' paragraph, then 'What will happen' sentences: visits with no measure, a hedged "
        "referral, a primary care mental health worker who only supports and 'keeps an eye on', 'the "
        "family', passives ('will be rebooked', 'will be offered', 'will be explored'), 'if needed', "
        "'whenever Stacey is unwell'; the aunt carries care with no fallback, no legal step, and one "
        "adult-only outcome."
    ),
    "blocks": [
        ("title", "Report to Review Child Protection Conference"),
        ("p", "Glinsford County Council – Children's Social Care, Glinsford South Safeguarding Team"),
        ("kv", [
            ("Children", "Brooke Tullett (13), Riley Tullett (9)"),
            ("Address", "7 Orchard Rise, Glinsford GS4 6PD"),
            ("Mother", "Stacey Tullett (37)"),
            ("Father", "Lee Tullett (39), lives in Glinsford; no regular contact since 2023"),
            ("Initial conference", "10/06/2025 – category: neglect"),
            ("This review", "09/09/2025"),
            ("Report by", "Joel Maddox, Social Worker (report date 02/09/2025)"),
        ]),
        ("p", "Sections 1 to 5 (family composition, agency involvement and chronology) are unchanged from "
              "the initial conference report and are not repeated here."),
        ("h1", "6. Progress since the initial conference"),
        ("p", "Brooke and Riley have had child protection plans since 10 June 2025. Since then Stacey has "
              "been seen twice by the crisis team after cutting her arms, and she told me she drinks two or "
              "three glasses of wine most nights \"to help me sleep\". Brooke's attendance for the summer term "
              "was 71%, and twice in July she came home after 10pm; on one of these nights she was seen with "
              "older young men at the Kingsway shops. Riley's dental extractions have not happened. There "
              "has been progress too: the house is much tidier, Stacey has kept every appointment with her "
              "GP, and Stacey's sister Michelle has become a steady presence for both children."),
        ("h1", "7. What Brooke and Riley say"),
        ("p", "Brooke (seen alone at school, 28/08/2025): \"I don't mind helping Mum but sometimes I'm too "
              "tired for school.\" She said that when Mum is having a bad night she sleeps on her floor \"so I "
              "know she's OK\". She would like to go to Auntie Michelle's more, and wants \"a normal mum who "
              "doesn't cry all the time\". She does not want to see her dad at the moment."),
        ("p", "Riley (seen at home, 21/08/2025): \"My teeth hurt when I eat ice pops.\" He likes football "
              "and would like his dad to take him to a Glinsford Town match. He said his favourite person is "
              "Brooke \"because she makes my packed lunch\"."),
        ("h1", "8. The proposed plan"),
        ("h2", "What needs to change for Brooke and Riley"),
        ("bullets", [
            "Brooke goes to school at least 90% of the time and is not the one who looks after her mum or "
            "her brother at night.",
            "Riley's teeth are treated so that he is not in pain, and he is helped to be a healthier weight.",
            "Both children have a safe adult to go to whenever their mum is unwell.",
            "Stacey's mental health will be more stable and she will drink less.",
        ]),
        ("h2", "Safety at home"),
        ("boldp", "Where things are now"),
        ("p", "Stacey was seen by the crisis team on 14 June and 29 July. On both occasions it was Brooke who "
              "found her and rang Michelle. Stacey has a diagnosis of emotionally unstable personality "
              "disorder and is seen by the primary care mental health service."),
        ("boldp", "What will happen"),
        ("p", "I will continue to visit the family every four weeks, seeing Brooke and Riley together."),
        ("p", "It is hoped that Stacey will agree to a referral to the Glinsford Community Mental Health Team "
              "for a reassessment of her needs."),
        ("p", "Stacey's primary care mental health worker, Marcus Dunn, will keep offering fortnightly "
              "support sessions and keep an eye on how she is coping."),
        ("p", "Dr Hollis, Stacey's GP, will review her medication and her drinking by 3 October 2025 and "
              "write to me with the outcome."),
        ("p", "The family will make sure Brooke is not the one looking after her mum and brother."),
        ("h2", "Health"),
        ("boldp", "Where things are now"),
        ("p", "Riley needs four teeth out under general anaesthetic; the appointments on 3 July and 14 August "
              "were missed. At the school health check in June his weight was above the 98th centile."),
        ("boldp", "What will happen"),
        ("p", "Riley's dental appointment will be rebooked."),
        ("p", "Joanne Price, school nurse, will see Riley at school by the October half term to check his "
              "weight and talk with him about food and exercise, and will send his measurements to me and "
              "to Stacey."),
        ("h2", "Education"),
        ("boldp", "Where things are now"),
        ("p", "Most of Brooke's absences were on Mondays or the morning after Stacey had been unwell. "
              "Riley's attendance was 94%."),
        ("boldp", "What will happen"),
        ("p", "Mrs Asha Patel, education welfare officer, will meet Stacey and Brooke by 26 September 2025 "
              "to agree an attendance plan, and Glinsford Academy will email me Brooke's attendance every "
              "Friday."),
        ("p", "Brooke's school will look at a reduced timetable for her if needed."),
        ("p", "Brooke will be offered a place with Glinsford Young Carers."),
        ("h2", "Family and relationships"),
        ("boldp", "Where things are now"),
        ("p", "Lee has asked to see the children. Riley would like this; Brooke does not. Michelle Tullett "
              "lives five minutes away and is the person the children go to when Stacey is unwell."),
        ("boldp", "What will happen"),
        ("p", "Contact between Riley and his dad will be explored."),
        ("p", "Michelle will have Brooke and Riley for tea every Wednesday after school."),
        ("p", "Michelle has also agreed to have the children to stay whenever Stacey is unwell."),
        ("h1", "9. Contingency"),
        ("p", "If Stacey self-harms, is found by the children to be drunk, or is admitted to hospital, Brooke "
              "and Riley will go to stay with Michelle, and I will visit them there the next working day."),
        ("h1", "10. Core group and review"),
        ("p", "The core group will continue to meet every six weeks; the next meetings are on 23 September, "
              "4 November and 16 December 2025. The next review child protection conference will be on "
              "6 January 2026."),
        ("h1", "11. Recommendation"),
        ("p", "I recommend that Brooke and Riley remain subject to child protection plans under the category "
              "of neglect."),
        ("pl", "Joel Maddox, Social Worker"),
        ("pl", "Countersigned: Lorna Fairley, Team Manager, 03/09/2025"),
    ],
    "findings": [
        F("M001", "I will continue to visit the family every four weeks"),
        F("T001", "It is hoped that Stacey will agree to a referral"),
        F("M001", "It is hoped that Stacey will agree to a referral"),
        F("H001", "Stacey's primary care mental health worker, Marcus Dunn, will keep offering"),
        F("M002", "Stacey's primary care mental health worker, Marcus Dunn, will keep offering"),
        F("W002", "The family will make sure Brooke is not the one"),
        F("T001", "The family will make sure Brooke is not the one"),
        F("M001", "The family will make sure Brooke is not the one"),
        F("W001", "Riley's dental appointment will be rebooked"),
        F("T001", "Riley's dental appointment will be rebooked"),
        F("M001", "Riley's dental appointment will be rebooked"),
        F("T002", "Brooke's school will look at a reduced timetable"),
        F("M001", "Brooke's school will look at a reduced timetable"),
        F("W001", "Brooke will be offered a place with Glinsford Young Carers"),
        F("T001", "Brooke will be offered a place with Glinsford Young Carers"),
        F("M001", "Brooke will be offered a place with Glinsford Young Carers"),
        F("W001", "Contact between Riley and his dad will be explored"),
        F("T001", "Contact between Riley and his dad will be explored"),
        F("M001", "Contact between Riley and his dad will be explored"),
        F("M001", "Michelle will have Brooke and Riley for tea every Wednesday"),
        F("T002", "Michelle has also agreed to have the children to stay"),
        F("M001", "Michelle has also agreed to have the children to stay"),
        F("F002", "Stacey's mental health will be more stable and she will drink less."),
        F("C003"),
        F("R002"),
    ],
})
