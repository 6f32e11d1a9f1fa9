"""Batch 20, module 4: seven fictional files (tuning material).

Plans written for and with the family: an easy-read plan for a mother, a
Signs of Safety words-and-pictures plan, a safety agreement, a plan a child
co-wrote, an emailed letter to parents, a family network meeting safety plan
and a pre-birth plan the mother wrote herself.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Easy-read plan for a mother with a learning disability and epilepsy,
#    picture-prompt first column, big print (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_rookhallow_easy_read_picture_column_pennick.docx",
    "doc_title": "Ruby's plan - easy read",
    "split": "tune",
    "template": "easy-read-parent-plan-picture-prompt-first-column-five-column-table",
    "description": (
        "Exemplary easy-read child protection plan for a 14-month-old (neglect; mother has a learning "
        "disability and epilepsy), written in short sentences in big print for the mother and her "
        "advocate, with a picture-prompt first column. Named owners, real timescales, observable "
        "measures, epilepsy nurse and GP own actions, PAMS assessment reports on capacity to learn, "
        "nan's bath-time support with a named fallback and foster care, core group and review dates, "
        "legal planning meeting."
    ),
    "font_size": 12,
    "blocks": [
        ("title", "Ruby's plan"),
        ("p", "Easy read. This is the child protection plan for Ruby. It was made at the meeting on "
              "29 April 2025. Amira Shah (social worker) wrote it in easy words with Kelly and her "
              "advocate, Pat Lowe."),
        ("h1", "About this plan"),
        ("kv", [
            ("Child", "Ruby Pennick, 14 months old"),
            ("Mum", "Kelly Pennick"),
            ("Ruby's Nan", "Denise Pennick"),
            ("Social worker", "Amira Shah, Rookhallow Children's Services, phone 01632 960 214"),
            ("Meeting", "Child protection conference, 29 April 2025"),
            ("Why", "Neglect"),
        ]),
        ("h1", "Why Ruby has a plan"),
        ("bullets", [
            "Ruby has missed meals and milk. Her weight has dropped from the 25th line to the 9th line "
            "on her chart.",
            "Two times, Ruby was in her cot with a very wet nappy at 11 o'clock in the morning.",
            "Kelly has epilepsy. In March Kelly had a seizure when she was on her own with Ruby. Ruby "
            "was in the bath. A neighbour heard Ruby crying and came in to help.",
            "Kelly's seizures have happened more often since her tablets ran out in February.",
        ]),
        ("h1", "What we have seen of Ruby"),
        ("p", "Ruby cannot talk yet, so we watch what she does. When Amira visited on 15 and 24 April, "
              "Ruby crawled to Kelly and laughed when Kelly sang to her. She ate a whole bowl of pasta "
              "very fast and reached for more. At Nan's house she points at the bath and splashes. At "
              "nursery she cries when she is put down, and she settles when her keyworker Becky holds her."),
        ("h1", "What we want for Ruby"),
        ("bullets", [
            "Ruby has breakfast, lunch, tea and her milk every day, and her weight goes back up towards "
            "the 25th line by the review meeting.",
            "Ruby is never in the bath, or on her own, with only Kelly if Kelly might have a seizure. "
            "There is always an adult who can keep her safe.",
            "Ruby has clean nappies, and is got up, dressed and played with every morning.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["Picture", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.9, 5.0, 3.0, 3.3, 3.8],
            "rows": [
                ["(picture: a front door)",
                 "Amira will come to your home to see Ruby. She will look at Ruby's cot, her nappies and "
                 "the food in the kitchen.",
                 "Amira Shah, social worker",
                 "Every week. At least one visit every 2 weeks will be a surprise visit.",
                 "Amira writes down what she sees each time. Her notes will show Ruby was seen every week."],
                ["(picture: baby on scales)",
                 "The health visitor will weigh Ruby and check how she is growing.",
                 "Lorna Kemp, health visitor",
                 "Every 2 weeks, at home",
                 "Ruby's weight is written in her red book. It should go up towards the 25th line."],
                ["(picture: plate, cup and bottle)",
                 "Kelly will give Ruby breakfast, lunch, tea and milk, and tick the food chart after each one.",
                 "Kelly",
                 "Every day, starting 1 May 2025",
                 "The food chart is on the fridge. Jade and Amira look at it every week."],
                ["(picture: clock and picture timetable)",
                 "Jade will teach Kelly a morning routine with a picture timetable: nappy, breakfast, "
                 "dressed, play.",
                 "Jade Morrow, family support worker",
                 "Mondays and Wednesdays at 9am, for 8 weeks from 12 May 2025",
                 "The timetable is on the wall. Jade's notes say which steps Kelly did without help each week."],
                ["(picture: bath with a grown-up)",
                 "Nan will be there at bath time, so Ruby is never in the bath with only Kelly.",
                 "Denise Pennick (Ruby's Nan)",
                 "Every evening at bath time, about 6pm",
                 "Denise signs the bath-time sheet each night. Amira checks it at her visits."],
                ["(picture: nurse and tablets)",
                 "The epilepsy nurse will check Kelly's tablets and write a seizure safety plan. It will "
                 "say how to keep Ruby safe if Kelly has a seizure.",
                 "Carl Dobbs, epilepsy nurse, Rookhallow General Hospital",
                 "Seizure plan by 23 May 2025. Then he sees Kelly every 3 months.",
                 "A copy of the seizure plan is on the fridge and a copy is sent to Amira by 23 May 2025."],
                ["(picture: doctor)",
                 "The doctor will give Kelly her tablets in weekly boxes, and check if her seizures are "
                 "under control so she can look after Ruby safely.",
                 "Dr Sima Rao, GP, Hillside Surgery",
                 "Weekly boxes from 2 May 2025. Check-up by 30 May 2025.",
                 "The chemist's record shows Kelly collects her box every week. Dr Rao writes to Amira "
                 "after the check-up."],
                ["(picture: two people at a table)",
                 "Tina will do a parenting assessment with Kelly, with pictures and short sessions. It "
                 "will say what help Kelly needs to look after Ruby, and if Kelly can learn it in time "
                 "for Ruby.",
                 "Tina Hollis, parenting assessor (PAMS)",
                 "Starts 13 May 2025. Report by 4 July 2025.",
                 "Tina's report is given to Kelly and the core group by 4 July 2025. Pat goes through it "
                 "with Kelly."],
                ["(picture: nursery toys)",
                 "Nursery will tell Amira the same day if Ruby comes in hungry, with a very wet nappy, "
                 "or with a mark on her.",
                 "Becky Shore, Ruby's keyworker, Little Wrens Nursery",
                 "Every nursery day (Tuesday and Thursday)",
                 "Nursery writes it on Ruby's daily sheet and rings Amira. Amira writes each call on "
                 "Ruby's file."],
                ["(picture: someone helping to read a letter)",
                 "Pat will help Kelly read the plan and come with her to every meeting, so Kelly can say "
                 "what she thinks about Ruby's plan.",
                 "Pat Lowe, advocate, Rookhallow Advocacy",
                 "Every meeting, and a visit in the week before each core group",
                 "Pat writes down what Kelly thinks. It is read out at each meeting and written in the notes."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kelly has a seizure when she is on her own with Ruby, Kelly (or the person who finds her) "
            "rings 999. Nan Denise comes and takes Ruby to her house. Amira visits the same day and holds "
            "a meeting with the police and health (a strategy discussion) that day.",
            "If Ruby is found hungry or in a very wet nappy again, or her weight drops below the 9th "
            "line, Amira visits the same day. Ruby stays at Nan Denise's house until the core group has met.",
            "If Nan Denise cannot help (she is ill, away, or says she can't do it any more), Kelly or "
            "Denise ring Amira that day. Kelly's aunt, Sharon Pennick, will come for bath time instead. "
            "Amira checked Sharon on 2 May 2025 and she has agreed. If Sharon can't come either, Ruby has "
            "a wash on the changing mat, not a bath, and Jade visits the next morning.",
            "If neither Denise nor Sharon can have Ruby when she needs somewhere safe to stay, Ruby will "
            "stay with foster carers until it is safe for her to come home. Amira will tell Kelly straight "
            "away where Ruby is, and Kelly will see her every day.",
            "If things are not better by the review meeting on 14 August 2025, or Ruby has to leave home "
            "in an emergency, Amira's manager will ask for a legal planning meeting. This is a meeting "
            "with the council's lawyers to decide if a court needs to help keep Ruby safe. Kelly would "
            "get a letter first and can have a free solicitor.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks, on 27 May, 24 June and 22 July 2025, at 10am at Rookhallow "
            "Family Centre. Kelly, Pat, Nan Denise and all the workers come.",
            "Review child protection conference: 14 August 2025 at 1.30pm, Rookhallow Civic Offices.",
        ]),
        ("h1", "What Kelly said about the plan"),
        ("p", "Kelly said: \"I want Ruby to stay with me. I didn't know my tablets had run out. The "
              "timetable with pictures will help me.\" Kelly is happy for Nan to be there at bath time "
              "and for Jade to come to the flat."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Signs of Safety words-and-pictures story for the children, danger
#    statement, safety goals, hedged numbered next steps (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_ravensby_words_pictures_hedged_steps_achebe.md",
    "split": "tune",
    "template": "sos-words-and-pictures-story-danger-goals-hedged-numbered-next-steps-md",
    "description": (
        "Signs of Safety plan written up with a mother (depression, drinking in the evenings; 9- and "
        "6-year-old boys): a words-and-pictures story for the children, the boys' views, danger "
        "statement, safety goals, scaling and hedged numbered next steps. 'It is hoped', 'will be asked "
        "to', 'will be looked into', 'when he can', the family network keeping an eye on things as and "
        "when, a counsellor who only supports, an assessment with no output, an adult-only goal; the "
        "contingency sends the boys to their grandmother with no fallback and names no legal step."
    ),
    "text": """\
# Ravensby City Council – Children's Services
## Our safety plan – Tayo and Femi Achebe

*Signs of Safety plan agreed at the initial child protection conference on 1 May 2025
and written up with Ngozi at home on 6 May 2025.*

**Children:** Tayo Achebe (9) and Femi Achebe (6), both at St Brannoc's Primary
**Mum:** Ngozi Achebe
**Dad:** Emeka Achebe – lives in Harrowfield, sees the boys every other Sunday
**Category:** Neglect
**Social worker:** Dami Okonkwo, Ravensby Children's Services (01632 960 731)

---

### Words and pictures – for Tayo and Femi

This is the story of why lots of grown-ups are helping your family.

Mum loves you both very much. Since Christmas Mum has been feeling very sad a lot
of the time. When some grown-ups feel sad they drink wine to try to feel better,
but the wine makes them sleepy and makes it hard to look after children.

Some nights Mum drank wine and fell asleep on the sofa. Tayo, you made Femi's tea
and put him to bed. One morning in April you both got yourselves to school, and
Femi had no coat and no breakfast. Your teacher, Mrs Idris, was worried and told
Dami, the social worker.

On 1 May lots of people met: Mum, Grandma Comfort, Uncle Chidi, Mrs Idris, the
school nurse and Dami. Everyone agreed that Mum needs help to stop drinking and to
feel less sad, and that grown-ups, not Tayo, should look after Femi. This plan says
who is going to help.

### What Tayo and Femi told us

Tayo (seen on his own at school, 29 April): "I do Femi's tea when Mum's sleeping. I
can do beans on toast." He said he worries that "Mum won't wake up", and that the
best thing in his week is football with Uncle Chidi. When asked how safe he feels at
home, from 0 to 10, he said 6.

Femi (seen with Tayo): he drew Mum lying on the sofa with "ZZZ" over her head. He
said he wants "Mum to play Uno" and "Grandma's jollof". He wets the bed most nights
and said he doesn't like telling anyone.

### Danger statement

Children's services and St Brannoc's Primary are worried that if Ngozi keeps
drinking in the evenings until she falls asleep, Tayo and Femi could be hurt – for
example Tayo burning himself on the cooker, or Femi leaving the house at night – and
that Tayo will keep carrying the job of looking after his brother and his mum, which
is making him tired and anxious at school.

### Safety goals

- Every evening Tayo and Femi are looked after by a grown-up who is sober and awake
  until they are both in bed.
- Tayo does not cook or put Femi to bed; he gets to be a 9-year-old and goes to
  football.
- Femi gets to school on time every day with breakfast and the right clothes.
- Ngozi stops drinking and feels happier.

### What's working well

- Ngozi told the conference herself that she has been drinking and that she wants help.
- Grandma Comfort lives two streets away and the boys love going to her house.
- Both boys have been in school every day (attendance 96%), even on the bad days.

### Scaling

0 = the boys are not safe at home; 10 = everyone is confident the boys are safe and
the plan can end. Ngozi 6, Grandma Comfort 5, Mrs Idris 4, Dami 3.

### Next steps

1. Dami Okonkwo (SW) will try to see Tayo and Femi at home every week, and Tayo on
   his own at least every two weeks, and will write what the boys say in her visit
   records.
2. It is hoped that Ngozi will cut down her drinking when she feels able.
3. Ngozi's GP will be asked to review her antidepressants.
4. Ravensby Talking Therapies will carry on with Ngozi's weekly counselling sessions
   to help with her low mood, and we will know it is working when Ngozi feels better.
5. Turning Tides (the Ravensby alcohol service) will assess Ngozi's drinking by
   16 May 2025, and her worker, Bisi Lawal, will send Dami the assessment and a
   monthly update on her drinking.
6. Mrs Idris (DSL, St Brannoc's Primary) will check in with Tayo every Monday
   morning and ring Dami the same day if he says anything worrying; each check-in
   will be logged on the school's safeguarding system.
7. Grandma Comfort will have the boys for tea on Wednesdays and Fridays and stay
   over on Friday nights, and will mark each visit on the calendar in Ngozi's kitchen.
8. Uncle Chidi will take the boys to football on Saturdays when he can.
9. A place at Ravensby Young Carers will be looked into for Tayo.
10. The school nurse, Beth Omari, will see Femi about his bedwetting by half term
    (23 May 2025) and send Dami a copy of his continence plan.
11. The family and friends network will keep an eye on things and let Dami know as
    and when they are worried.
12. Dami will complete a parenting assessment of Ngozi by 27 June 2025.

### If things go wrong

- If Ngozi has been drinking and is looking after the boys on her own, Tayo knows to
  ring Grandma Comfort (her number is on the fridge), and Grandma Comfort will come
  and take the boys to her house for the night. Dami will visit the next working day.
- If things are still not getting better, the next steps will be talked about at
  the core group.

### Meetings

- Core group: every 4 weeks – 22 May, 19 June and 17 July 2025, 9.30am at
  St Brannoc's Primary.
- Review child protection conference: 14 August 2025, 10am, Ravensby Civic Centre.

*Read through and agreed by Ngozi Achebe and Dami Okonkwo, 6 May 2025.*
""",
    "findings": [
        F("T002", "It is hoped that Ngozi will cut down her drinking"),
        F("M001", "It is hoped that Ngozi will cut down her drinking"),
        F("W001", "Ngozi's GP will be asked to review her antidepressants"),
        F("T001", "Ngozi's GP will be asked to review her antidepressants"),
        F("M001", "Ngozi's GP will be asked to review her antidepressants"),
        F("H001", "Ravensby Talking Therapies will carry on with Ngozi's weekly counselling"),
        F("M002", "Ravensby Talking Therapies will carry on with Ngozi's weekly counselling"),
        F("T002", "Uncle Chidi will take the boys to football on Saturdays"),
        F("M001", "Uncle Chidi will take the boys to football on Saturdays"),
        F("W001", "A place at Ravensby Young Carers will be looked into"),
        F("T001", "A place at Ravensby Young Carers will be looked into"),
        F("M001", "A place at Ravensby Young Carers will be looked into"),
        F("W002", "The family and friends network will keep an eye on things"),
        F("T002", "The family and friends network will keep an eye on things"),
        F("M002", "The family and friends network will keep an eye on things"),
        F("M001", "Dami will complete a parenting assessment of Ngozi"),
        F("F002", "Ngozi stops drinking and feels happier"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Safety agreement: family's promises and professionals' promises in two
#    tables (Promise | Made by | When | Why it matters | How we will check),
#    signatures; landscape PDF with header and footer on every page
# ---------------------------------------------------------------------------
_AGREE_HEAD = ["Promise", "Made by", "When", "Why it matters for Kayden and Mylo", "How we will check"]
_AGREE_W = [7.0, 3.6, 4.0, 5.3, 5.8]

PLANS.append({
    "name": "b20_redlinch_safety_agreement_made_by_doherty.pdf",
    "doc_title": "Our Safety Agreement - Kayden and Mylo Doherty",
    "split": "tune",
    "template": "family-safety-agreement-promise-made-by-why-it-matters-two-tables-signatures-landscape-paged",
    "description": (
        "Safety agreement signed by a mother, her partner, the nan and the social worker for a 4-year-old "
        "and a baby (domestic abuse, partner's cannabis, mother's postnatal low mood), with the family's "
        "and the professionals' promises in two tables and a signature table; OFFICIAL-SENSITIVE header "
        "and 'Page N of M' footer on every page. 'When I can' / 'Improvement', 'Ongoing' / 'Monitored', "
        "a blank check cell, a blank owner, 'All professionals' / 'TBC', a perinatal nurse who only "
        "supports, an adult-only goal, nan's support with no fallback, review conference 'will be arranged'."
    ),
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE | Redlinch Council Family Safeguarding Service",
    "footer": "Safety agreement – Kayden and Mylo Doherty – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Our Safety Agreement"),
        ("p", "For Kayden and Mylo Doherty. This agreement is part of the children's child protection plan "
              "(initial child protection conference, 24 April 2025). We talked it through and signed it at "
              "Shona's flat on 1 May 2025. It is not a court order, but everyone who signs it is agreeing to "
              "do what it says."),
        ("kv", [
            ("Children", "Kayden Doherty (4) and Mylo Doherty (5 months)"),
            ("Mum", "Shona Doherty, 9 Linnet Court, Redlinch"),
            ("Mylo's dad and Shona's partner", "Ryan Fitch"),
            ("Nana", "Jean Doherty (Shona's mum)"),
            ("Social worker", "Nadia Okafor, Redlinch Family Safeguarding Service, 01632 960 845"),
            ("Category", "Emotional abuse"),
        ]),
        ("h1", "Why we need this agreement"),
        ("p", "On 9 March and 27 March 2025 the police were called to Shona's flat after Ryan and Shona had "
              "been arguing. On 27 March Ryan had been smoking cannabis, punched a hole in the bedroom door "
              "and pushed Shona while she was holding Mylo. Kayden was in the room both times. Shona has "
              "told her health visitor that she has felt low and anxious since Mylo was born, and she is "
              "seeing the perinatal mental health team."),
        ("h1", "What Kayden told us"),
        ("p", "When Nadia saw Kayden at nursery on 17 April he drew his family and left Ryan out. He said "
              "\"Ryan shouts at Mummy and Mylo cries and I hide under the covers.\" He likes going to "
              "Nana's \"because she has a trampoline and she doesn't shout\". Mylo was seen at home on "
              "22 April: he smiled at Shona and fed well, and he startled and cried when a door banged."),
        ("h1", "What we all want for Kayden and Mylo"),
        ("bullets", [
            "Kayden and Mylo live in a home where nobody shouts, pushes or breaks things, and Kayden "
            "stops hiding under his covers.",
            "Mylo keeps growing well and is never held by an adult who is angry or under the influence "
            "of cannabis.",
            "Shona and Ryan will get on better and stop arguing.",
        ]),
        ("h1", "Our promises"),
        ("p", "Each person has agreed to do what is written next to their name."),
        ("h2", "What the family promise"),
        ("table", {
            "header": _AGREE_HEAD,
            "widths": _AGREE_W,
            "rows": [
                ["I will not let Ryan stay overnight or come into the flat when Kayden and Mylo are "
                 "there, until Nadia agrees a change in writing",
                 "Shona", "From today, 1 May 2025",
                 "The boys will not see or hear fighting at home",
                 "Nadia's unannounced visits; Kayden asked on his own who has been at the flat"],
                ["I will go to the Freedom Programme at Redlinch Women's Aid",
                 "Shona", "Thursday mornings for 12 weeks from 8 May 2025",
                 "So I can spot controlling behaviour and keep the boys away from it",
                 "Attendance sheet sent to Nadia by Women's Aid each month"],
                ["I will take Mylo to the baby clinic to be weighed",
                 "Shona", "Every 2 weeks (Wednesday clinic)",
                 "Mylo keeps growing well",
                 "Weights written in Mylo's red book and checked by the health visitor"],
                ["I will only see Kayden and Mylo at Jean's house with Jean in the room, and never "
                 "after smoking cannabis",
                 "Ryan", "Saturdays, 2pm to 4pm",
                 "The boys can see Ryan safely",
                 "Contact book signed by Jean and Ryan each Saturday"],
                ["I will try to cut down my cannabis",
                 "Ryan", "When I can",
                 "",
                 "Improvement in Ryan's cannabis use"],
                ["I will supervise Ryan's time with the boys at my house and not leave them alone with "
                 "him, even for a minute",
                 "Jean Doherty (Nana)", "Every Saturday contact",
                 "The boys are safe when they see Ryan",
                 "Contact book signed by Jean after each contact; Nadia reads it at her visits"],
                ["I will pick Kayden up from nursery and give him his tea",
                 "Jean Doherty (Nana)", "Tuesdays and Thursdays",
                 "Shona gets a break and Kayden has time with Nana",
                 ""],
                ["We will try not to argue in front of the children",
                 "Shona and Ryan", "Ongoing",
                 "The boys feel safe",
                 "Monitored by social worker"],
            ],
        }),
        ("h2", "What the professionals promise"),
        ("table", {
            "header": _AGREE_HEAD,
            "widths": _AGREE_W,
            "rows": [
                ["Visit Kayden and Mylo at home, with at least one unannounced visit a fortnight, and "
                 "see Kayden on his own",
                 "Nadia Okafor, social worker", "Every week",
                 "To check the boys are safe and hear from Kayden",
                 "Visit records show Kayden seen on his own and Mylo seen awake"],
                ["Support visits for Shona's low mood and anxiety",
                 "Ellen Cross, perinatal mental health nurse", "Every 2 weeks",
                 "",
                 "Attendance recorded"],
                ["Assess Ryan's cannabis use, do monthly drug tests and report on whether he is cutting down",
                 "Dev Anand, Pathways (Redlinch drug and alcohol service)",
                 "Assessment by 23 May 2025, then monthly",
                 "Ryan can only see the boys safely if he is not using",
                 "Test results and a written update sent to Nadia before each core group"],
                ["Check Mylo's sleeping space and go through safe sleep with Shona",
                 "Gill Parr, health visitor", "By 16 May 2025",
                 "Mylo sleeps safely",
                 "Safe sleep checklist signed and copied to Nadia"],
                ["Tell Nadia the same day if Kayden says anything about shouting or about Ryan at home",
                 "Kayden's nursery (Puddleducks Nursery, DSL Mrs Farida Begum)",
                 "Every nursery day; same-day call",
                 "So worries about Kayden are not missed",
                 "Calls logged on Kayden's file with the date and what was done"],
                ["Refer Shona to Redlinch Women's Aid for an IDVA",
                 "", "By 9 May 2025",
                 "",
                 "IDVA allocated and Shona given her name"],
                ["Help Shona with her request for a housing transfer away from Ryan's family",
                 "All professionals", "TBC",
                 "",
                 ""],
            ],
        }),
        ("h1", "If the agreement is broken"),
        ("p", "If Ryan is found at the flat, or there is any more shouting, pushing or damage, Shona will "
              "ring 999 and Nadia (or the emergency duty team out of hours) will hold a strategy discussion "
              "with the police the same day. Kayden and Mylo will go to stay with Nana Jean while this "
              "happens. Nadia will also ask her manager for a legal planning meeting."),
        ("h1", "Checking the agreement"),
        ("p", "The core group will go through this agreement at every meeting. The core group meets "
              "monthly, first on 20 May 2025 at 10am at Redlinch Children's Centre. The review child "
              "protection conference will be arranged by the conference team."),
        ("h1", "Signatures"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [8.0, 10.0, 7.7],
            "rows": [
                ["Shona Doherty", "(signed)", "01/05/2025"],
                ["Ryan Fitch", "(signed)", "01/05/2025"],
                ["Jean Doherty", "(signed)", "01/05/2025"],
                ["Nadia Okafor, social worker", "(signed)", "01/05/2025"],
            ],
        }),
    ],
    "findings": [
        F("T002", "I will try to cut down my cannabis"),
        F("M002", "I will try to cut down my cannabis"),
        F("M001", "I will pick Kayden up from nursery and give him his tea"),
        F("T002", "We will try not to argue in front of the children"),
        F("M002", "We will try not to argue in front of the children"),
        F("H001", "Support visits for Shona's low mood and anxiety"),
        F("W001", "Refer Shona to Redlinch Women's Aid for an IDVA"),
        F("W002", "Help Shona with her request for a housing transfer"),
        F("T002", "Help Shona with her request for a housing transfer"),
        F("M001", "Help Shona with her request for a housing transfer"),
        F("F002", "Shona and Ryan will get on better and stop arguing"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Safety plan co-written by an 11-year-old: "Grace says" / "Ollie wrote"
#    paragraphs, her safety hand, then a Who | What | When | How table (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_rushmere_safety_hand_grace_says_ilunga.docx",
    "doc_title": "My Safety Plan - Grace Ilunga",
    "split": "tune",
    "template": "child-co-written-safety-plan-grace-says-ollie-wrote-safety-hand-grown-ups-table",
    "description": (
        "Exemplary child protection plan co-written by an 11-year-old and her social worker (mother's "
        "bipolar disorder; 3-year-old brother): 'Grace says' and 'Ollie wrote' paragraphs, her safety hand "
        "and warning signs, then a Who / What / When / How table in her words. Named owners, real "
        "timescales, observable measures, psychiatrist and care coordinator report on capacity to change, "
        "aunt's and grandfather's support with a foster-care fallback, core group and review dates, legal "
        "planning meeting; one hedge ('will try to') with every field filled."
    ),
    "blocks": [
        ("title", "My Safety Plan"),
        ("p", "By Grace Ilunga (age 11), with Ollie Brennan, my social worker – Rushmere Children's Services"),
        ("p", "I wrote this plan with Ollie on 28 April 2025, after the big meeting (the child protection "
              "conference) on 22 April 2025. The parts called \"Grace says\" are my words. Ollie wrote the "
              "grown-up parts and read them to me, and I said if they were right."),
        ("h1", "About me"),
        ("p", "My name is Grace Ilunga. I'm 11 and I'm in Year 6 at Rushmere Park Primary. I live with my "
              "mum, Esther, and my little brother Noah, who is 3. I like netball, drawing manga and Guides "
              "on Wednesdays. My dad lives in Belgium and rings on Sundays."),
        ("h1", "What happened and why there is a plan"),
        ("boldp", "Grace says:"),
        ("p", "In February Mum didn't sleep for ages. She talked really fast and was buying loads of stuff "
              "online. One night she woke me and Noah up at 2 o'clock and drove us to the seaside in our "
              "pyjamas. I was scared because she was driving really fast and I had to look after Noah."),
        ("boldp", "Ollie wrote:"),
        ("p", "Esther has bipolar disorder. In February she stopped taking her lithium and became very "
              "unwell (a manic episode). She was in Rushmere Lodge hospital for three weeks in March, and "
              "Grace and Noah stayed with their Aunty Mireille. Esther is home now and taking her medicine. "
              "The conference decided that Grace and Noah need a child protection plan (category: neglect) "
              "so that everyone knows what will happen if Esther becomes unwell again."),
        ("h1", "Noah"),
        ("p", "Noah is 3, so Ollie and his nursery watched what he does. He plays trains with Grace and runs "
              "to her, not to Mum, when he falls over. Nursery said that in February he came in very tired "
              "and hungry most days, and that since March he has been eating well and sleeping. At home on "
              "24 April he showed Ollie his bed and his dinosaur and said \"Mummy poorly, now better\"."),
        ("h1", "What I want"),
        ("bullets", [
            "I want to stay living with Mum and Noah.",
            "When Mum gets poorly I want a grown-up to look after us, so it isn't me.",
            "I want to go to Guides and netball and not be tired at school.",
            "I want someone to tell me what is happening, not just whisper.",
        ]),
        ("boldp", "What the grown-ups want for Grace and Noah:"),
        ("bullets", [
            "Grace and Noah are looked after every day and night by an adult who is well enough to keep "
            "them safe.",
            "Grace is not the one looking after Noah or Mum; she goes to school every day and keeps "
            "going to her clubs.",
            "Grace and Noah know what will happen if Mum becomes unwell, and who will look after them.",
        ]),
        ("h1", "My safety hand"),
        ("p", "These are the five people I can tell if I'm worried or if Mum is getting poorly:"),
        ("bullets", [
            "Thumb – Aunty Mireille (07700 900 311)",
            "Pointer finger – Grandpa Joseph",
            "Middle finger – Mrs Kaur at school",
            "Ring finger – Ollie (01632 960 552)",
            "Little finger – the out-of-hours social worker (01632 960 999)",
        ]),
        ("h1", "Signs that Mum is getting poorly"),
        ("p", "Mum helped me write these and she agrees with them:"),
        ("bullets", [
            "She doesn't go to bed.",
            "She talks really fast and doesn't let you finish.",
            "She buys loads of things.",
            "She wants to go out in the car at night.",
            "She stops her tablets (the blister pack isn't empty).",
        ]),
        ("h1", "What the grown-ups will do"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will know it's happening"],
            "widths": [3.8, 5.6, 3.4, 4.2],
            "rows": [
                ["Ollie Brennan (my social worker)",
                 "Come and see me and Noah at home and talk to me on my own. Ollie will try to come after "
                 "5 on Tuesdays so I don't miss netball.",
                 "Every 2 weeks at home, and once a month at school",
                 "Ollie writes down what I say and reads it back to me. His notes show I was seen on my "
                 "own each time."],
                ["Dr Farah Siddiqui (Mum's psychiatrist, Rushmere Community Mental Health Team)",
                 "See Mum, check her lithium plan, and write a report on whether Mum can spot her warning "
                 "signs and keep herself well, what needs to change and how long that is likely to take.",
                 "Sees Mum every month; report by 13 June 2025",
                 "Report shared with Mum and the core group by 13 June 2025. Ollie tells me what it says "
                 "in words I understand."],
                ["Wendy Hale (Mum's care coordinator, Community Mental Health Team)",
                 "Visit Mum, check her blister pack and her relapse plan, and tell the core group whether "
                 "Mum is making the changes in her relapse plan. Ring Ollie the same day if she sees any "
                 "warning signs.",
                 "Every week",
                 "Written update to each core group on the changes Mum has made; any warning sign phoned "
                 "to Ollie the same day and written on our file."],
                ["Mum (Esther)",
                 "Take her lithium every day from the blister pack, keep her relapse plan on the fridge, "
                 "and give the spare car keys to Aunty Mireille, so she stays well enough to look after "
                 "me and Noah.",
                 "Every day; car keys to Mireille by 1 May 2025",
                 "Wendy finds the blister pack right each week; lithium blood level in the safe range at "
                 "every test; Mireille has the keys."],
                ["Dr Neil Boateng (our GP, Carver Street Surgery)",
                 "Do Mum's lithium blood tests and send the results to Dr Siddiqui and Ollie.",
                 "Every 3 months; next test by 30 May 2025",
                 "Results on Mum's file and sent to Ollie within a week of each test."],
                ["Aunty Mireille Kasongo (Mum's sister)",
                 "Stay over at our house if Mum hasn't slept, and keep the spare car keys at her flat.",
                 "Any night Mum has not slept; keys kept from 1 May 2025",
                 "Mireille texts Ollie the next morning after any night she stays; Ollie has seen the "
                 "keys at her flat."],
                ["Grandpa Joseph Ilunga",
                 "Take me to Guides and give me and Noah our tea at his house.",
                 "Every Wednesday, 4pm to 7pm",
                 "The Guides register shows I was there; Grandpa writes it on the calendar in our kitchen."],
                ["Mrs Harjit Kaur (my teacher and the school's safeguarding lead)",
                 "Check in with me at the start of the day and pass on anything I say about home.",
                 "Every Monday and Friday",
                 "Check-in notes kept at school; any worry passed to Ollie the same day."],
                ["Abi Dunn (Noah's keyworker, Bright Stars Nursery)",
                 "Tell Ollie if Noah comes in tired or hungry, or talks about going out at night.",
                 "Every nursery day, Monday to Thursday; call the same day",
                 "Nursery log for Noah; calls to Ollie written on Noah's file."],
                ["Jess Tan (Rushmere Young Carers)",
                 "Meet me on my own to talk about looking after Noah and Mum, and help me have time just "
                 "for me.",
                 "Every 2 weeks for 12 weeks, from 12 May 2025",
                 "Jess writes down what I say at each session and shares it with Ollie before each core "
                 "group."],
            ],
        }),
        ("h1", "If Mum gets poorly"),
        ("boldp", "Grace says:"),
        ("p", "If I see the signs, I will ring Aunty Mireille. If she doesn't answer I ring Grandpa Joseph, "
              "then Ollie, or the out-of-hours number."),
        ("boldp", "What the grown-ups will do:"),
        ("bullets", [
            "If Esther hasn't slept for two nights, stops her lithium, or talks about driving at night, "
            "Mireille will come and stay at the house that day and keep the car keys. Wendy (or the "
            "Rushmere crisis team out of hours) will see Esther the same day, and Ollie will visit Grace "
            "and Noah the same day.",
            "If Esther needs to go into hospital, Grace and Noah will stay with Aunty Mireille at her flat "
            "on Carver Street, and Grandpa Joseph will take Grace to school.",
            "If Mireille and Grandpa Joseph can't come, or can't keep looking after them, Ollie (or the "
            "emergency duty team, 01632 960 999) will arrange for Grace and Noah to stay together with "
            "foster carers that night, and Grace will still go to her own school.",
            "If Esther becomes unwell again and needs hospital, or Dr Siddiqui's report says she is not "
            "able to keep to her relapse plan, Ollie's manager will ask for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("h1", "When the grown-ups meet"),
        ("bullets", [
            "Core group: every 4 weeks – 15 May, 12 June and 10 July 2025, 3.30pm at Rushmere Park "
            "Primary. Grace comes for the first 15 minutes.",
            "Review child protection conference: 31 July 2025, 10am, Rushmere Town Hall.",
        ]),
        ("p", "Signed: Grace Ilunga, Esther Ilunga, Ollie Brennan – 28 April 2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Social worker's plain-text email to parents after the review
#    conference, capitals headings, the actions as one hedged paragraph (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_rathmoor_email_what_happens_next_garvey.txt",
    "split": "tune",
    "template": "email-to-parents-after-rcpc-caps-headings-hedged-paragraph-of-actions-txt",
    "description": (
        "A social worker's plain-text email to parents after a review conference for three children "
        "(neglect; father's cocaine and drinking, mother's anxiety), with the plan's actions as one "
        "hedged paragraph under 'WHAT HAPPENS NEXT'. 'Will be chased', 'it is hoped ... when you feel "
        "ready', 'as often as she can' / 'keep an eye on', 'will be asked to', an aunt helping 'when she "
        "can', 'Everyone', a wellbeing service offering support only; the contingency is 'if things "
        "don't improve' and never covers the grandmother's and aunt's help failing."
    ),
    "text": """\
From:        Natalie Crewe <natalie.crewe@rathmoor-council.example>
To:          Kirsty Garvey; Dean Garvey
Cc:          Rathmoor CP Unit (conference admin)
Sent:        Wednesday, 14 May 2025 16:47
Subject:     Ellie-Mae, Jack and Bonnie - what happens now (after Monday's review)
Attachments: RCPC_Garvey_plan_DRAFT.pdf (212 KB)

OFFICIAL-SENSITIVE

Hi Kirsty and Dean,

Thank you for coming on Monday (review child protection conference,
12 May 2025). I know it was a long morning and Bonnie was getting tired
by the end. As promised, here is the plan in plain words so you have it
on your phones. The chair's full plan and the minutes will come in the
post in about two weeks - if anything below doesn't match what you
remember, please tell me.

WHY THE PLAN IS STAYING IN PLACE

The conference agreed that Ellie-Mae (7), Jack (4) and Bonnie (18
months) will stay on child protection plans under the category of
neglect. Things have got better since February - the kitchen is cleaner
and Ellie-Mae's attendance has gone up from 78% to 86% - but there are
still days when the children go to school hungry, Bonnie's nappy rash
has come back, and Jack still has no speech therapy. Dean, you told the
conference that you have used cocaine twice since March and are
drinking at weekends. Kirsty, you said your anxiety means that some
days you can't face the school run.

WHAT THE CHILDREN TOLD ME

I saw Ellie-Mae on her own at school on 6 May. She said "it's better now
the kitchen's clean" and that she likes it when Nana Carol does her hair
on Monday mornings. She said she still worries when "Dad goes out and
comes back loud". Jack showed me his new bike and said "Daddy sleeps in
the day". When I visited on 9 May Bonnie was in a clean nappy and
toddled between you both, and she went straight to Kirsty when the dog
barked.

WHAT WE ARE ALL AIMING FOR

 - Ellie-Mae, Jack and Bonnie have breakfast every day and get to school
   and nursery on time, clean and in clean clothes.
 - Jack's speech is assessed and he starts getting help with it.
 - The children are never looked after by an adult who has been drinking
   or using drugs.
 - Ellie-Mae stops worrying about her dad coming home "loud".

WHAT HAPPENS NEXT

I will keep visiting every two weeks and will always try to see
Ellie-Mae on her own, and my visit notes will say what she tells me.
Jack's speech therapy referral will be chased. Dean's Rathmoor Recovery
worker, Gaz Price, will see Dean every Tuesday, do a hair strand test
by 13 June 2025 and send me the results. Kirsty, it is hoped that you
will go back to your GP about your anxiety when you feel ready. Your
health visitor, Sue Ambler, will try to pop in as often as she can to
keep an eye on Bonnie's development. The school will be asked to let me
know Ellie-Mae's attendance every Friday, and we want to see it go above
90% by the summer holidays. Dean's mum, Carol, has kindly agreed to have
the children on Saturday nights and do the school run on Mondays, and
she will write it in the contact diary each time. Your sister Amy will
help with tidying and washing when she can. The family support worker,
Hayley Moss, will start weekly home routines sessions with you from 19
May 2025, and her checklist will show whether the kitchen and bedrooms
are clean and safe. Everyone will work together to make sure the
children are safe. Rathmoor Wellbeing Service will offer Kirsty six
sessions of support for her anxiety, starting on 2 June 2025. I will
complete a parenting assessment with you both by 30 June 2025 and share
the written report with you and the core group.

IF THINGS DON'T GET BETTER

If things don't improve, we will need to look at the plan again at core
group and think about what else could help. If things have not changed
enough by the next review conference, my manager will hold a legal
planning meeting. If that happens you will get a letter first, and you
can get free legal advice from a solicitor.

MEETINGS

Core group: every 4 weeks. Next one 5 June 2025, 10am, Rathmoor Family
Hub (Kirsty - I can pick you up if the bus is a problem).
Review child protection conference: 11 August 2025, 1.30pm, Rathmoor
Civic Centre.

Any questions, ring or text me on 07700 900 482 (Mon-Fri, 9-5). Out of
hours it's the emergency duty team on 01632 960 300.

Thanks both,
Natalie

--
Natalie Crewe | Social Worker | Family Safeguarding Team (East)
Rathmoor Council Children's Services | Brook House, 2 Tanner Row, Rathmoor
This email and any attachments are confidential and intended only for
the people it is addressed to. If you have received it in error, please
tell the sender and delete it.
""",
    "findings": [
        F("W001", "Jack's speech therapy referral will be chased"),
        F("T001", "Jack's speech therapy referral will be chased"),
        F("M001", "Jack's speech therapy referral will be chased"),
        F("T002", "it is hoped that you will go back to your GP"),
        F("M001", "it is hoped that you will go back to your GP"),
        F("T002", "will try to pop in as often as she can"),
        F("M002", "will try to pop in as often as she can"),
        F("W001", "The school will be asked to let me know"),
        F("T002", "Your sister Amy will help with tidying and washing"),
        F("M001", "Your sister Amy will help with tidying and washing"),
        F("W002", "Everyone will work together to make sure the children are safe"),
        F("T001", "Everyone will work together to make sure the children are safe"),
        F("M001", "Everyone will work together to make sure the children are safe"),
        F("H001", "Wellbeing Service will offer Kirsty six sessions of support"),
        F("M001", "Wellbeing Service will offer Kirsty six sessions of support"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Family network meeting record: danger statements, safety goals, bottom
#    lines, Kofi's day, scaling, Next step | Who | By when | How we will check;
#    PDF with header and footer on every page. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_rillbeck_network_meeting_bottom_lines_mensah.pdf",
    "doc_title": "Family Network Meeting - Safety Plan for Kofi",
    "split": "tune",
    "template": "family-network-meeting-record-danger-goals-bottom-lines-next-step-who-when-check-paged",
    "description": (
        "Exemplary safety plan from a family network meeting for a 3-month-old (father's drinking and a "
        "domestic abuse incident; mother's postnatal depression): who came, danger statements, safety "
        "goals, bottom lines, Kofi's day, scaling, a Next step / Who / By when / How we will check table; "
        "OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page. Perinatal psychologist and "
        "alcohol team report on change, GP owns an action, grandmother's and aunt's support with a "
        "family-centre and parent-and-child foster fallback, core group and review dates, legal planning "
        "meeting; one hedge ('will try to') with every field filled."
    ),
    "header": "OFFICIAL-SENSITIVE | Rillbeck Borough Council Children's Services | Ref RIL-FNM-25-118",
    "footer": "Kofi's safety plan (family network meeting 06/05/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Family Network Meeting – Safety Plan for Kofi"),
        ("kv", [
            ("Child", "Kofi Mensah-Reid, born 02/02/2025 (3 months)"),
            ("Mum", "Abena Mensah (23), 4 Quarry Row, Rillbeck"),
            ("Dad", "Marcus Reid (24), lives in his own flat on Eastgate Road"),
            ("Meeting", "Family network meeting, 6 May 2025, 10am–12.30pm, Rillbeck Family Hub"),
            ("Plan", "Child protection plan from the initial conference on 29 April 2025 (physical abuse – risk of)"),
            ("Facilitated by", "Helen Darko (social worker) and Tom Ashby (family network coordinator)"),
        ]),
        ("h1", "Who came"),
        ("bullets", [
            "Abena Mensah (Mum) and Marcus Reid (Dad)",
            "Yaa Mensah (Abena's mum, Kofi's grandma)",
            "Efua Mensah (Abena's sister, Kofi's auntie)",
            "Lucy Fenn (health visitor), Helen Darko (SW), Tom Ashby (family network coordinator)",
        ]),
        ("h1", "What we are worried about"),
        ("p", "Children's services, the health visitor and the police are worried that Kofi could be "
              "seriously hurt – dropped, shaken or hit – if Marcus drinks and becomes angry when Kofi is "
              "near, as happened on 22 March 2025 when Marcus had been drinking and grabbed Abena while "
              "she was holding Kofi, and Kofi's head hit the door frame."),
        ("p", "We are also worried that if Abena's low mood comes back, as it did in the weeks after Kofi "
              "was born, Kofi could miss feeds and be left to cry for long periods, without the cuddles "
              "and attention a baby needs to grow."),
        ("h1", "What we want for Kofi (safety goals)"),
        ("bullets", [
            "Kofi is only ever cared for by adults who are sober, and is never in the room when adults "
            "are fighting.",
            "Kofi is fed every 3 to 4 hours, sleeps on his back in his own cot, and keeps gaining weight "
            "along his centile line.",
            "Kofi has a mum who notices when her mood is dropping and gets help before it affects his "
            "care, with his family ready to step in.",
        ]),
        ("h1", "Bottom lines"),
        ("bullets", [
            "Marcus does not look after Kofi on his own, and does not see him if he has had a drink in "
            "the last 24 hours.",
            "All of Marcus's time with Kofi happens at Yaa's house with Yaa in the room, until the review "
            "conference.",
            "Kofi sleeps in his own cot in Abena's room, never on the sofa or in an adult bed.",
        ]),
        ("h1", "Kofi's day"),
        ("p", "At the home visit on 30 April Kofi was awake and alert; he followed Abena's face and smiled "
              "when she talked to him. He fed well from his bottle and fell asleep on Abena's chest. Lucy "
              "(HV) has seen that he startles at loud noises and is slow to settle when the TV is loud. At "
              "Yaa's house he is calm and sleeps well in the travel cot. His weight is on the 50th centile."),
        ("h1", "Scaling"),
        ("p", "0 means Kofi is not safe and must be cared for somewhere else; 10 means everyone is "
              "confident Kofi is safe and the plan can end. Abena 7, Marcus 6, Yaa 5, Efua 6, Lucy 5, "
              "Helen 4. Helen said she needs to see Marcus's breath tests come back clear and his time "
              "with Kofi at Yaa's going well for a few weeks before her number goes up."),
        ("pagebreak",),
        ("h1", "Next steps"),
        ("table", {
            "header": ["Next step", "Who", "By when / how often", "How we will check"],
            "widths": [5.6, 3.8, 3.4, 4.2],
            "rows": [
                ["Visit Kofi at home, with at least one unannounced visit a fortnight; see where he sleeps "
                 "and speak to Abena on her own",
                 "Helen Darko, social worker", "Every week",
                 "Visit records show Kofi seen awake, his cot checked and Abena seen on her own"],
                ["Supervise all of Marcus's time with Kofi at her house, staying in the room the whole time",
                 "Yaa Mensah (Kofi's grandma)",
                 "Every contact – Tuesdays and Saturdays, 11am to 1pm",
                 "Contact book signed by Yaa and Marcus after each contact; Helen reads it every week"],
                ["Be Abena's back-up at night: answer the phone and come round if Abena asks for help "
                 "with Kofi",
                 "Efua Mensah (Kofi's auntie)",
                 "Any night Abena rings, 7pm to 7am, from 6 May 2025",
                 "Efua texts Helen the next morning after any call-out; call-outs written in the safety "
                 "plan book at Abena's flat"],
                ["See Abena and assess how her mood and her care of Kofi are changing, what still needs "
                 "to change and how long it is likely to take",
                 "Dr Ruth Okon, clinical psychologist, Rillbeck Perinatal Mental Health Team",
                 "Every 2 weeks; written report by 27 June 2025",
                 "Written report to the core group by 27 June 2025"],
                ["Review Abena's sertraline and write to the perinatal team and Helen about her dose and "
                 "how she is",
                 "Dr Arjun Pillai, GP, Millbrook Surgery", "By 30 May 2025",
                 "GP letter on Kofi's file"],
                ["Assess Marcus's drinking, breath test him at each appointment and report on whether he "
                 "is making and keeping changes",
                 "Sam Whitlow, Rillbeck Community Alcohol Team",
                 "Assessment by 23 May 2025, then weekly appointments",
                 "Breath test results and a written update sent to Helen before each core group"],
                ["Go to the Caring Dads programme and talk there about what happened on 22 March",
                 "Marcus Reid", "Weekly for 17 weeks from 4 June 2025",
                 "Attendance sheets and the facilitator's end-of-programme report sent to Helen"],
                ["Weigh Kofi, check his development and watch how he and Abena are together at feeds",
                 "Lucy Fenn, health visitor", "Every 2 weeks until Kofi is 6 months old",
                 "Weight plotted in the red book; HV notes on feeds and how Kofi responds to Abena shared "
                 "with Helen monthly"],
                ["Keep a feeds and sleep diary for Kofi",
                 "Abena Mensah", "Every day",
                 "Diary shows feeds every 3 to 4 hours; Lucy and Helen read it at each visit"],
                ["Put a marker on Abena's address so that any 999 call is treated as urgent",
                 "PC Dawn Hurst, Rillbeck Police Domestic Abuse Safeguarding Unit", "By 16 May 2025",
                 "Marker confirmed to Helen by email"],
                ["Tom will try to find Abena and Kofi a place at the Bumps and Beyond group, so they are "
                 "out of the flat and with other parents",
                 "Tom Ashby, family network coordinator",
                 "Place found by 30 May 2025; the group meets every Thursday",
                 "Group register shows Abena and Kofi there on at least 3 Thursdays in every 4"],
            ],
        }),
        ("h1", "If the plan isn't working"),
        ("bullets", [
            "If Marcus comes to Abena's flat, or turns up to contact having been drinking, Abena or Yaa "
            "will ring 999, contact will stop that day, and Helen (or the emergency duty team out of "
            "hours) will hold a strategy discussion the same day.",
            "If Abena feels her mood dropping or can't cope at night, she rings Efua, and Efua comes and "
            "stays the night. If Efua can't come, Abena rings Yaa, who will take Kofi to her house.",
            "If Yaa or Efua are not able to help (they are ill, away, or say they can't carry on), "
            "Marcus's contact will move to Rillbeck Family Centre, supervised by centre staff, and if "
            "Abena cannot care for Kofi safely on her own Helen will arrange for Abena and Kofi to stay "
            "together with a parent and child foster carer that day.",
            "If there is any further incident, or Marcus's breath tests are not clear by the core group "
            "on 10 June 2025, Helen's manager will request a legal planning meeting within 5 working days.",
        ]),
        ("h1", "How we will keep checking"),
        ("bullets", [
            "Core group: every 3 weeks – 20 May, 10 June, 1 July and 22 July 2025, 10am, Rillbeck Family Hub.",
            "Family network meeting again: 24 June 2025.",
            "Review child protection conference: 5 August 2025, 2pm, Rillbeck Council Offices.",
        ]),
        ("h1", "What the family said"),
        ("p", "Abena: \"I want Kofi to grow up with both of us, but I know Marcus has to sort his drinking "
              "first.\" Marcus: \"I'm not going to lose my son over drink.\" Yaa said she is happy to have "
              "contact at her house \"for as long as it takes\", and Efua said Abena can ring her any time."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan the mother wrote in her own words, with the social
#    worker's quoted notes and a "What the workers will do" list (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_roxcombe_mum_written_prebirth_tranter.md",
    "split": "tune",
    "template": "parent-written-prebirth-plan-own-words-sw-quoted-notes-grouped-by-person-md",
    "description": (
        "Pre-birth plan a 19-year-old care leaver wrote in her own words with her social worker's quoted "
        "notes (anxiety and past self-harm, partner's daily cannabis), actions grouped under Leanne, "
        "Callum, the family and the workers. 'I will try to', 'when I can', 'as much as she can', a "
        "counsellor who only supports, a passive referral, an antenatal visit with no measure, an "
        "adult-only wish; the contingency only talks and looks at the plan again, the nan's and aunt's "
        "help has no fallback, no review conference date and no legal step."
    ),
    "text": """\
# My plan for me and my baby

**Written by Leanne Tranter with Becky Lund (social worker), 27 May 2025**
Roxcombe Borough Council – Children's Services | Pre-birth child protection plan

> **Becky:** Leanne asked to write her plan in her own words. I have added the parts
> that came from the pre-birth conference on 20 May 2025 under "What the workers will
> do". Leanne has read all of it and is happy for it to go to everyone in the core group.

## About us

I'm Leanne and I'm 19. My baby is due on 15 August 2025. I don't know if it's a boy or
a girl, I want it to be a surprise. My boyfriend is Callum Shaw, he's 20 and he's
baby's dad. We live in a one-bedroom flat at 14 Kestrel House, Roxcombe. I was in
care from when I was 12 and my PA from the leaving care team is Marcus Obi. My nan
Pauline and my auntie Sam live in Lanfield, 10 minutes on the bus.

## Why there is a plan

> **Becky:** The conference is worried that the baby could be neglected or harmed
> because Leanne has struggled with anxiety and has self-harmed when stressed, most
> recently in January 2025; Callum smokes cannabis every day, often in the flat;
> Leanne missed 3 of her first 6 antenatal appointments; and neighbours called the
> police about an argument between Leanne and Callum in December 2024. Leanne has had
> very little chance to learn how to look after a baby, and she knows this herself.

## What we know about baby's world right now

> **Becky:** At the 20-week scan on 4 April the baby was growing well. The flat is
> small and there is no cot yet; the baby would sleep in the bedroom, which smelled
> strongly of cannabis at my visits on 6 and 15 May. Leanne smokes about 10
> cigarettes a day. She talks to her bump and played me the playlist she has made
> for the baby.

## What I want for my baby

- My baby to be safe and healthy and have a nice home.
- Baby to sleep in a cot next to my bed, be fed on time and get loads of cuddles.
- Baby never to be around smoke or people shouting.
- I want to get my own place and be less stressed.

## What's going well

- I've been to every midwife appointment since the conference.
- I told Becky when I was feeling low instead of keeping it to myself.
- Nan Pauline has said she will help after the birth.

## The plan

### What I will do (Leanne)

- I will go to all my midwife appointments so they can check baby is growing, and
  Jan will tell Becky if I miss one.
- I will try to stop smoking before baby comes.
- I will keep going to my counselling at Roxcombe Minds Matter when I can.
- I will buy a cot and set it up next to our bed by 20 June 2025 (32 weeks) and show
  Becky when she visits.
- I will look for a bigger flat with help from Marcus.

### What Callum will do

- Callum will try to smoke outside and not in the flat, so the baby isn't around smoke.
- Callum will do the Dads-to-be course at Roxcombe Family Hub on Tuesday evenings for
  6 weeks from 3 June 2025, and the hub will send Becky his attendance.

### What our family will do

- Nan Pauline will stay with us for the first week after baby and me come home from
  hospital, and fill in baby's feeding chart.
- Auntie Sam will help with night feeds as much as she can.

### What the workers will do (added by Becky)

- Becky Lund (SW) will visit Leanne and Callum at home every two weeks until the birth
  and then weekly, and her visit notes will record the baby's sleeping space and the
  state of the flat.
- Jan Pike (specialist midwife) will write a birth and discharge plan with Leanne by
  34 weeks (4 July 2025) and send it to Becky and the maternity safeguarding team.
- Compass (Roxcombe young people's drug service) will assess Callum's cannabis use by
  20 June 2025 and send Becky his drug test results each month.
- Leanne's counsellor at Roxcombe Minds Matter will continue weekly support sessions
  for her anxiety.
- A referral will be made to the Family Nurse Partnership so Leanne has a nurse
  visiting her and the baby.
- Marcus Obi (leaving care PA) will help Leanne with her housing application by
  30 June 2025 and send Becky a copy of the housing register letter.
- The health visitor will do an antenatal visit at 32 weeks to talk about safe sleep.
- Becky will complete a pre-birth parenting assessment with Leanne and Callum by
  25 July 2025 and share the written report with them and the core group.

## If things go wrong

If I start to feel really low again, or if there are any more worries about the baby,
Becky will talk to me and we will look at the plan again with everyone at the next
core group.

## Meetings

- Core group: every 4 weeks, first on 3 June 2025, then 1 July and 29 July 2025.
- Review child protection conference: after baby is born, date to be arranged.
- Discharge planning meeting: on the maternity ward before baby and I go home.
""",
    "findings": [
        F("M001", "I will try to stop smoking before baby comes"),
        F("T002", "I will keep going to my counselling at Roxcombe Minds Matter"),
        F("M001", "I will keep going to my counselling at Roxcombe Minds Matter"),
        F("T001", "I will look for a bigger flat with help from Marcus"),
        F("M001", "I will look for a bigger flat with help from Marcus"),
        F("T001", "Callum will try to smoke outside and not in the flat"),
        F("M001", "Callum will try to smoke outside and not in the flat"),
        F("T002", "Auntie Sam will help with night feeds as much as she can"),
        F("M001", "Auntie Sam will help with night feeds as much as she can"),
        F("H001", "counsellor at Roxcombe Minds Matter will continue weekly support sessions"),
        F("M001", "counsellor at Roxcombe Minds Matter will continue weekly support sessions"),
        F("W001", "A referral will be made to the Family Nurse Partnership"),
        F("T001", "A referral will be made to the Family Nurse Partnership"),
        F("M001", "A referral will be made to the Family Nurse Partnership"),
        F("M001", "The health visitor will do an antenatal visit at 32 weeks"),
        F("F002", "I want to get my own place and be less stressed"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})
