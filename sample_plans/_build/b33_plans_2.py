"""Batch 33, module 2: seven fictional files (tuning material), places beginning with "q".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans whose structure is unusual. Sections titled in ordinary words
instead of template labels; actions grouped under theme headings; a plan
written as a letter; core group notes where only the boxed paragraphs are
agreed actions; a plan that opens with "what we have already tried"; a
Scottish GIRFEC child's plan with Scots and English headings; and a school's
report to a review conference, which is not a plan at all. Three plans are
exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan with every section titled in ordinary words ("Whose plan is
#    this?", "What a good day looks like", "If this isn't working",
#    "Getting together to check"); What | Whose job | When by | What we'll
#    see table. Realistic faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_qualdwick_plain_words_sections_garvey.docx",
    "doc_title": "Reuben and Lottie's child protection plan",
    "split": "tune",
    "template": "icpc-plan-docx-every-section-in-plain-words-question-labels-good-day-outcomes-what-whose-job-when-by-what-well-see-table",
    "description": (
        "Initial conference plan for an 8-year-old and a 2-year-old (neglect; mother's anxiety, her "
        "partner's daily cannabis use), with every section titled in everyday words. Voice, outcomes, "
        "dates and a specific contingency are there, but the repairs are 'As soon as possible', the "
        "talking-therapy row only treats the mother, the GP's referral has no measure, the morning "
        "routine row is measured by 'engagement', the breakfast club row has no date, one row is owned "
        "by 'Everyone working with the family', the contingency sends the children to the nan who does "
        "the school runs with no fallback, and no legal step is named."
    ),
    "blocks": [
        ("title", "Reuben and Lottie's child protection plan"),
        ("p", "Qualdwick Borough Council – Children and Families Service – Safeguarding and Family Support (West)"),
        ("kv", [
            ("Whose plan is this?", "Reuben Garvey, 8 (born 14/09/2016), Year 3 at Hollinsend Primary; and "
                                    "Lottie Garvey, 2 (born 30/04/2023), at Little Acorns Nursery on Tuesdays "
                                    "and Thursdays"),
            ("Who do they live with?", "Their mum, Jodie Garvey, and her partner, Connor Lyle, at 27 Pitchford "
                                       "Road, Qualdwick"),
            ("Their dad", "Wayne Garvey, who sees them every other Sunday at his mum's flat"),
            ("Why is there a plan now?", "The initial child protection conference on 3 July 2025 decided both "
                                         "children need a plan. Category: neglect."),
            ("Who is the social worker?", "Amira Haddou, Safeguarding and Family Support (West)"),
            ("Who chaired the meeting?", "Peter Langdale, Child Protection Chair"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Reuben has missed 31 school sessions since September and often arrives after the register has "
              "closed, saying he has not had breakfast. Lottie's weight has dropped from the 50th centile to "
              "just below the 9th since her first birthday. The cooker has not worked for five weeks and the "
              "family have been living on crisps and takeaways. On the social worker's visit of 19 June "
              "there was dog mess on the landing, and Lottie was found on her own at the top of the stairs "
              "beside a window that was wide open."),
        ("p", "Jodie has anxiety and panic attacks and finds it very hard to leave the house, which is a big "
              "part of why Reuben misses school. Connor smokes cannabis in the house every day; he says it is "
              "for his back pain. Neither of them thought Lottie could reach the window."),
        ("h1", "What's going well"),
        ("p", "Jodie and Connor love the children and were honest with the conference about how hard things "
              "have got. Lottie has been at nursery for every session since May. Wayne's mum, Denise, and "
              "Jodie's sister, Kayleigh, both live close by, see the children every week and have offered "
              "to help. Reuben is kind, funny and good at reading, and his teacher says he is a different "
              "boy on the days he has eaten."),
        ("h1", "What Reuben tells us, and what we see for Lottie"),
        ("p", "Reuben (seen on his own at school, 26 June): \"Sometimes there's no tea so I have crisps. Mum "
              "gets the shakes when she has to go out, so we stay in. I like Nan Denise's because she does "
              "proper dinners and I get to walk the dog.\" He said the best thing would be \"a cooker that "
              "works\" and that he hates being late \"because everyone looks at me\"."),
        ("p", "Lottie is not yet talking in sentences. At nursery she eats everything she is given and "
              "asks for more; staff say she often arrives in the same clothes as the day before. At home she "
              "follows Jodie from room to room and went straight to the social worker for a cuddle."),
        ("h1", "What a good day looks like for Reuben and Lottie"),
        ("bullets", [
            "Reuben gets to school on time every day, having had breakfast.",
            "Lottie eats three meals a day and her weight climbs back towards the 25th centile.",
            "Both children live in a clean, smoke-free home where Lottie cannot reach the stairs or an "
            "open window.",
            "Reuben stops worrying about whether there will be any tea.",
        ]),
        ("h1", "Who is going to do what"),
        ("table", {
            "header": ["What", "Whose job", "When by", "What we'll see"],
            "widths": [5.4, 3.6, 3.0, 5.0],
            "rows": [
                ["See Reuben and Lottie at home, at least every other visit unannounced; see Reuben on his "
                 "own and look in the kitchen cupboards and the children's bedrooms",
                 "Amira Haddou, social worker", "Every 10 working days",
                 "Visit notes record what Reuben says in his own words, what food is in the house and "
                 "where Lottie sleeps"],
                ["Weigh and measure Lottie and go through her meals and snacks with Jodie",
                 "Bronwen Tate, health visitor", "Every 2 weeks until 30/09/2025",
                 "Lottie's weight plotted in her red book and back on or above the 25th centile by the review"],
                ["Walk Reuben to school on Mondays and Fridays, the days he most often misses",
                 "Denise Garvey (paternal nan)", "Every Monday and Friday in term",
                 "Hollinsend register shows Reuben in by 8.50am on those days"],
                ["Have Reuben and Lottie at her flat for tea and a bath",
                 "Kayleigh Moss (maternal aunt)", "Every Wednesday, 4pm to 7pm",
                 "Written on the family calendar in the kitchen; Amira asks Reuben about it at visits"],
                ["Get the cooker repaired or replaced and a stair gate and window restrictors fitted",
                 "Connor Lyle, with Qualdwick Homes", "As soon as possible",
                 "Cooker working, stair gate and restrictors seen in place by the social worker"],
                ["Six sessions of guided self-help and CBT for Jodie's anxiety and panic attacks",
                 "Nadia Frost, practitioner, Qualdwick Talking Wellbeing Service", "Weekly from 14/07/2025",
                 "Attendance at each session recorded and the dates sent to the social worker"],
                ["Referral for Connor to Qualdwick Recovery Partnership for his cannabis use",
                 "Dr Lena Moyo, GP, Pitchford Surgery", "By 18/07/2025",
                 ""],
                ["Support Jodie to get Reuben up and out in the mornings, with a routine chart on the fridge",
                 "Gemma Price, family support worker, Qualdwick Family Hub", "Twice a week for 8 weeks",
                 "Jodie's engagement with the sessions"],
                ["A breakfast club place for Reuben, and a check with him on how he is",
                 "Mrs Kiran Sandhu, DSL, Hollinsend Primary", "",
                 "Breakfast club register and the DSL's log"],
                ["Tell Amira straight away if Lottie or Reuben come in hungry, marked or not collected",
                 "Everyone working with the family", "Same day",
                 "Each worry logged on the child's file with what was done about it"],
            ],
        }),
        ("h1", "If this isn't working"),
        ("p", "If Reuben misses two school days in a row without a reason, or Lottie loses weight at two "
              "weigh-ins running, Amira will visit that day and hold a strategy discussion with the police and "
              "health within 24 hours."),
        ("p", "If either child is found on their own in the house, or Lottie is found near an open upstairs "
              "window again, Amira (or the emergency duty team out of hours) will ask Jodie to agree to the "
              "children going to stay with their nan, Denise, until the house has been made safe."),
        ("h1", "Getting together to check"),
        ("p", "The core group (Jodie, Connor, Denise, Kayleigh, Amira, Bronwen, Gemma, Mrs Sandhu and Little "
              "Acorns) will meet every four weeks at Hollinsend Primary at 9.30am: first on 17 July 2025, then "
              "on 14 August and 11 September 2025."),
        ("p", "The review child protection conference will be on Thursday 2 October 2025 at 10am at Qualdwick "
              "Town Hall."),
        ("p", "Written by Amira Haddou, social worker, 4 July 2025, and sent to everyone at the conference."),
    ],
    "findings": [
        F("T002", "Get the cooker repaired or replaced and a stair gate"),
        F("H001", "Six sessions of guided self-help and CBT for Jodie's anxiety"),
        F("M001", "Referral for Connor to Qualdwick Recovery Partnership for his cannabis use"),
        F("M002", "Support Jodie to get Reuben up and out in the mornings"),
        F("T001", "A breakfast club place for Reuben, and a check with him"),
        F("W002", "Tell Amira straight away if Lottie or Reuben come in hungry"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan in plain text with the actions grouped under theme headings;
#    each theme has a Worry: and a Goal: line, then dash lines that each give
#    who, what, when and how we'll know. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_quendlemoor_theme_groups_worry_goal_lindgren.txt",
    "split": "tune",
    "template": "icpc-plan-plain-text-actions-grouped-under-upper-case-theme-headings-worry-and-goal-lines-then-dash-sentences-with-who-when-how-well-know",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 4-year-old after their mother's manic "
        "episode (bipolar disorder, section 2 admission, drove the 4-year-old out at 2am). The actions "
        "are grouped under four themes, each with a worry and a goal line, and each dash line gives the "
        "owner, timescale and evidence. The psychiatrist reports on capacity to change, the CPN reports "
        "on change, the GP owns an action, grandad's night cover has a fallback, core group and review "
        "dates are set and legal planning follows a further episode."
    ),
    "text": """\
QUENDLEMOOR COUNCIL - CHILDREN, YOUNG PEOPLE AND FAMILIES
CHILD PROTECTION PLAN - agreed at the initial conference on 10 July 2025

Children ...... Maya Lindgren, 11 (born 02/02/2014), starts Year 7 at
                Quendlemoor High School in September
                Sonny Lindgren, 4 (born 21/05/2021), starts Reception at
                St Bride's Infants in September
Parents ....... Hayley Lindgren (mum) and Nils Lindgren (dad),
                4 Chandler's Yard, Quendlemoor
Grandad ....... Graham Lindgren (Nils's dad), 15 Rook Lane, Quendlemoor
Category ...... Neglect
Social worker . Olu Bankole, Children's Safeguarding Team North
Chair ......... Linda Marsh, Conference and Review Service


WHY THERE IS A PLAN
-------------------
Hayley has bipolar disorder. In May she became very unwell (a manic
episode) after stopping her lithium. On 17 May she drove Sonny to the
coast at 2am without a car seat, and the police found them on the sea
front at Holm Point. Hayley was admitted to Ward 4 at Quendlemoor General
under section 2 and came home on 9 June. In the weeks before she went into
hospital Maya got Sonny up, dressed and fed on most mornings and missed
eight days of school. Nils works shifts at the port, including two night
shifts a week, and says he did not realise how unwell Hayley was until
that night.

Since coming home Hayley has been taking her lithium, her last two blood
levels were in range, and she sees her CPN every week. Everyone at the
conference agreed that Hayley is well at the moment and that she loves the
children very much. The worry is what happens to Maya and Sonny if she
becomes unwell again, especially at night and when Nils is at work.


WHAT MAYA AND SONNY SAY
----------------------
Maya (seen on her own at school, 1 July): "When Mum was poorly she didn't
sleep and she talked really fast and took Sonny in the car. I was scared
they'd crash." She likes that Mum is "back to normal" but still checks in
the mornings that Mum's tablet has gone from the pack. She wants to "just
be at big school and not worry about everything". She said Grandad is
"the calmest person in the whole world".

Sonny (seen at home, 3 July) showed Olu his bedroom and his dinosaur
torch. He said "Mummy went to hospital to get her brain better" and that
he likes Grandad's sleepovers "because we have pancakes". He was relaxed
with both parents and went to Hayley for a cuddle when he bumped his knee.


WHAT WE WANT FOR MAYA AND SONNY
-------------------------------
* Maya and Sonny are looked after day and night by an adult who is well,
  and are never driven or taken out at night by Hayley when she is unwell.
* Maya gets to be 11: she goes to school every day and does not have to
  look after Sonny or check on her mum.
* Sonny settles into Reception and is at school on time every day.
* Both children understand Mum's illness in words that fit their age, and
  know who to call if they are worried.


THE PLAN, THEME BY THEME
========================

THEME 1 - HAYLEY'S HEALTH, AND WHAT IT MEANS FOR MAYA AND SONNY
  Worry: if Hayley stops her lithium or becomes unwell again she may stop
         sleeping, take the children out at night, and Maya ends up caring.
  Goal:  Maya and Sonny are cared for by a mum who is well, and if she
         starts to become unwell the adults around them notice early.

  - Dr Anand Mistry, consultant psychiatrist, Quendlemoor Community Mental
    Health Team, will see Hayley every 4 weeks and write a report by
    29 August 2025 on her early warning signs, how well she keeps to her
    treatment, her capacity to sustain the changes, how long that is
    likely to take and what it means for Maya and Sonny, which will be
    shared with the core group and the review conference.
  - Rhiannon Vale, CPN, Quendlemoor CMHT, will visit Hayley at home every
    week, arrange her lithium blood test every 4 weeks, and send a written
    update before each core group on whether Hayley is making and keeping
    the changes Maya and Sonny need; we will know from her lithium levels
    staying in range and the updates read at each meeting.
  - Hayley will take her lithium at 8pm every evening so that she stays
    well enough to look after Maya and Sonny, and Nils will initial the
    tablet chart on the fridge each night, which Olu will look at on
    every visit.
  - Dr Sarah Quayle, GP, Chandler's Yard Surgery, will prescribe Hayley's
    lithium weekly instead of monthly from 14 July 2025 and tell the CPN
    and Olu the same day if a prescription is not collected; the CPN will
    check the pharmacy collection record every week.

THEME 2 - NIGHTS, MORNINGS AND THE CAR
  Worry: Sonny was taken out at 2am in the car, and Nils is out on two
         nights a week.
  Goal:  there is always a well adult in the house at night, and the
         children are only driven by Nils or Graham.

  - Nils will keep the car keys in the key safe by the back door, with
    the code known only to him and Graham, every day until the review
    conference, and Olu will check the key safe at each visit.
  - Graham Lindgren (grandad) will sleep over at Chandler's Yard on every
    night that Nils works a night shift (usually Tuesday and Wednesday)
    and sign the night book in the kitchen, and Nils will email Olu his
    shift rota on the first day of each month.
  - Olu Bankole, social worker, will visit every 10 working days, once a
    month before 8.30am and at least once a month unannounced, and see
    Maya and Sonny each on their own; his visit records will show both
    children seen alone and their words written down.

THEME 3 - MAYA GETTING TO BE 11
  Worry: Maya did Sonny's mornings while Mum was ill and still checks on
         her.
  Goal:  Maya goes to school every day and has someone of her own to talk
         to.

  - Priya Joshi, Quendlemoor Young Carers, will complete a young carer's
    assessment with Maya by 25 July 2025 and offer her a place at the
    fortnightly Tuesday group from 9 September 2025; the assessment will
    be sent to Olu and the group register will show when Maya goes.
  - Mr Callum Reid, head of Year 7 at Quendlemoor High School, will meet
    Maya in her first week of term and then every Monday, note what she
    says about home and pass any worry to Olu the same day; his log will
    be brought to each core group.
  - Olu will go through the "When a parent is unwell" workbook with Maya
    in four sessions finishing by 29 August 2025; Maya keeps the finished
    workbook, and a copy of her safety card (who to ring and when) goes
    on her file.

THEME 4 - SONNY STARTING SCHOOL
  Worry: Sonny starts school in the first months of Hayley's recovery.
  Goal:  Sonny arrives on time every day, fed and dressed, and settles in.

  - Mrs Ellen Fagan, Reception teacher and DSL at St Bride's Infants, will
    note each morning from 3 September 2025 what time Sonny arrives, who
    brings him and whether he has had breakfast, and email the notes to
    Olu every Friday.
  - Kath Ibbotson, school nurse, will complete Sonny's Reception health
    check (height, weight, hearing and vision) by 31 October 2025 and
    send the results to Olu and the GP.


IF HAYLEY BECOMES UNWELL AGAIN
------------------------------
Early warning signs (from Hayley's own relapse plan): sleeping less than
four hours two nights running, talking very fast, spending money she
does not have, or stopping her lithium.

If Nils, Graham or any professional sees any of these signs, they will
ring the CMHT (or the crisis team out of hours) and Olu the same day.
Nils will stay home from work, or Graham will move in, so that Hayley is
never the only adult with the children until the CMHT has seen her.

If Hayley takes either child out of the house at night, drives them, or
cannot be woken, Nils or Graham will ring 999, and Olu (or the emergency
duty team) will hold a strategy discussion the same day. Maya and Sonny
will stay with Graham at 15 Rook Lane until it is safe to go home. If
Graham cannot have them, Olu or the emergency duty team will arrange for
Maya and Sonny to stay together with approved foster carers that night.

If Hayley has a further episode in which the children are put at risk,
or she stops her treatment, Olu will ask his team manager for a legal
planning meeting within 5 working days.


WHEN WE MEET
------------
Core group: every 4 weeks at St Bride's Infants, 3.45pm - 24 July,
21 August and 18 September 2025.
Review child protection conference: Thursday 2 October 2025, 10am,
Quendlemoor Civic Hall.

Typed up by Olu Bankole, 11/07/2025, and sent to Hayley, Nils, Graham and
everyone invited to the conference.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. The plan as a letter to a mother after the first core group, with
#    ordinary headings, one sentence per commitment under "What is going to
#    happen now", a "Please bring" list, PDF with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_quethermouth_letter_after_core_group_moyo.pdf",
    "doc_title": "Letter to Precious Moyo - Tendai and Zion's plan",
    "split": "tune",
    "template": "sw-letter-to-mother-after-first-core-group-paged-ordinary-headings-one-sentence-commitments-please-bring-list",
    "description": (
        "Social worker's letter to a mother after the first core group for a 7-year-old and a "
        "3-month-old (domestic abuse by the baby's father, on bail; mother's postnatal depression). "
        "The letter sets out the plan one sentence per commitment. Most are clear, but a referral is "
        "passive, the perinatal nurse only supports, Grandma helps 'when she can', the holiday club is "
        "'over the summer', 'Everyone at the core group' owns the last sentence with no date and only a "
        "feeling as its measure, one outcome is the mother's, the contingency only promises another "
        "meeting and leaves out the family helpers, and no legal step is named."
    ),
    "header": "OFFICIAL-SENSITIVE · Quethermouth Council · Children's Social Care",
    "footer": "Letter to Precious Moyo, 11 July 2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Quethermouth Council"),
        ("pr", "Children's Social Care – Harbourside Safeguarding Team"),
        ("pr", "Customs House, Quay Street, Quethermouth QT2 4LR"),
        ("pr", "Telephone 01632 960418"),
        ("pr", "11 July 2025"),
        ("p", ""),
        ("pl", "Ms Precious Moyo"),
        ("pl", "Flat 6, Gull Court"),
        ("pl", "Quethermouth QT4 9SE"),
        ("p", ""),
        ("p", "Dear Precious,"),
        ("boldp", "Tendai and Zion – the plan we agreed on Wednesday"),
        ("p", "Thank you for coming to the first core group at Saltings Primary on 9 July, and for bringing "
              "Zion so that everyone could meet him. I promised I would write the plan down for you in plain "
              "words, so that you have it at home and can show it to your mum and to Tinashe. If anything is "
              "wrong or unclear, please ring me."),
        ("boldp", "Why there is a plan"),
        ("p", "On 2 June Kyle Barton, Zion's father, hit you while you were holding Zion. Tendai hid in the "
              "wardrobe and rang her uncle, who called the police. Kyle was arrested and is on bail not to "
              "come to Gull Court or to contact you. You told your health visitor that you have felt very "
              "low since Zion was born, and Dr Shah diagnosed postnatal depression in May. Zion has missed "
              "his 8-week immunisations, and Tendai missed nine days of school in June. The conference on "
              "26 June decided that both children need a child protection plan under the category of "
              "emotional abuse."),
        ("boldp", "What Tendai told me, and what I have seen of Zion"),
        ("p", "When I saw Tendai at school on 4 July she said: \"I don't like it when Kyle shouts. I put my "
              "hands on my ears and go in the wardrobe with Zion's teddy.\" She told me she likes it when "
              "Uncle Tinashe walks her to school \"because he does races\", and that she worries about you "
              "\"when you cry in the kitchen\". She would like to go to the holiday club with her friend Ama."),
        ("p", "Zion is a smiley baby who watches your face closely and calms quickly when you hold him. On "
              "my visits he was clean and warm and fed well from his bottle. He startles at loud noises and "
              "cried hard when a door slammed in the next flat."),
        ("boldp", "What we want for Tendai and Zion"),
        ("bullets", [
            "Tendai and Zion live at home without shouting, hitting or threats, and Tendai says she feels "
            "safe in the flat.",
            "Zion has all his immunisations and keeps growing along his centile.",
            "Tendai goes to school every day and does not have to look after Zion.",
            "You will feel less low and more able to cope.",
        ]),
        ("boldp", "What is going to happen now"),
        ("p", "I will visit you at home every week, at least once a month without an appointment, and each "
              "time I will see Tendai on her own and write down what she tells me."),
        ("p", "Mags Ferreira, your health visitor, will weigh Zion every two weeks at the Harbour Road clinic "
              "and write his weight in his red book."),
        ("p", "You will take Zion to Gull Lane Surgery for his 8- and 12-week immunisations by 8 August, and "
              "the practice nurse will record them in his red book."),
        ("p", "A referral will be made to the Freedom Programme at Quethermouth Women's Centre by 25 July, "
              "and the Centre will write to confirm your start date."),
        ("p", "Ruth Abara, the perinatal mental health nurse, will carry on visiting you every fortnight to "
              "support you with your low mood, and she will send me the dates of her visits."),
        ("p", "Dr Shah at Gull Lane Surgery will review your antidepressant by 25 July and write to me and to "
              "Ruth about the dose and how you are managing Zion's care."),
        ("p", "Mrs Dolan, the designated safeguarding lead at Saltings Primary, will see Tendai every Monday "
              "morning and write down anything she says about home in the school's safeguarding log."),
        ("p", "Your mum, Grace, has said she will come over to help with Zion's night feeds when she can, "
              "and she will fill in the feed chart on the fridge."),
        ("p", "Your brother Tinashe will walk Tendai to school on the mornings you have appointments, and "
              "the school will mark her in before 8.55am."),
        ("p", "I will try to find Tendai a place at the Saltings holiday club over the summer, and I will "
              "put the booking form on her file."),
        ("p", "Everyone at the core group will support you to keep Kyle away from the flat, and we will "
              "know this is working when you feel more confident."),
        ("boldp", "If things go wrong"),
        ("p", "If things do not get better for Tendai and Zion, we will hold another core group meeting and "
              "think again about what needs to happen. If you are worried, you can ring me, or the duty "
              "team on 01632 960400, at any time."),
        ("boldp", "When we will meet"),
        ("p", "The core group will meet every four weeks at Saltings Primary at 10am, on 6 August and "
              "3 September 2025. The review child protection conference will be on Thursday "
              "18 September 2025 at 1.30pm at Customs House, Quay Street."),
        ("boldp", "Please bring to the next core group"),
        ("bullets", [
            "Zion's red book",
            "the letter from Quethermouth Homes about your transfer request",
            "any letters you have had about Kyle's court date",
        ]),
        ("p", "I know this has been a very hard few weeks, and you have already done a lot to keep Tendai and "
              "Zion safe. I am looking forward to seeing you on Tuesday."),
        ("p", "Yours sincerely,"),
        ("p", ""),
        ("pl", "Freya Lund"),
        ("pl", "Social Worker, Harbourside Safeguarding Team"),
        ("pl", "cc: Mags Ferreira (HV); Ruth Abara (Perinatal Mental Health Team); Mrs Dolan (DSL, Saltings "
               "Primary); Dr Shah (Gull Lane Surgery)"),
    ],
    "findings": [
        F("F002", "You will feel less low and more able to cope."),
        F("W001", "A referral will be made to the Freedom Programme"),
        F("H001", "will carry on visiting you every fortnight to support you"),
        F("T002", "has said she will come over to help with Zion's night feeds"),
        F("T002", "I will try to find Tendai a place at the"),
        F("W002", "Everyone at the core group will support you to keep Kyle away"),
        F("T001", "Everyone at the core group will support you to keep Kyle away"),
        F("M002", "Everyone at the core group will support you to keep Kyle away"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group notes in markdown: agenda items with discussion paragraphs,
#    and only the ">"-boxed "AGREED n.n" paragraphs are actions; a family
#    moving to another authority (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_quorrelsham_core_group_notes_boxed_agreed_dacre.md",
    "split": "tune",
    "template": "core-group-notes-md-agenda-items-discussion-paragraphs-with-blockquote-agreed-n-n-action-paragraphs-family-moving-out",
    "description": (
        "Notes of a second core group for a 14-year-old and a 10-year-old (domestic abuse; the mother's "
        "ex-partner is on bail; the family plan to move to another council). Discussion paragraphs hold "
        "commitments that were not agreed; only the boxed 'AGREED' paragraphs are actions. The parenting "
        "group is measured by 'monitored', the worry box and the housing request have vague timescales, "
        "police update 'as and when' with no measure, the GP review has no measure, the parenting "
        "assessment is left to the receiving council, 'All professionals' own one action, the children "
        "have not been seen alone and nothing of their views is recorded, and the review conference "
        "date is to be confirmed."
    ),
    "text": """\
# Core group meeting – Riley and Kacey Dacre

**Quorrelsham City Council · Children's Services · Child Protection Team 3**

| | |
|---|---|
| Meeting | Second core group since the initial conference of 12 June 2025 |
| Date and time | Tuesday 8 July 2025, 2.00pm to 3.20pm |
| Place | Larkspur Academy, meeting room 2 (police and GP joined on Teams) |
| Chair | Bethan Cole (BC), social worker |
| Notes taken by | Dev Anand, business support |

**Present:** Lisa Dacre (LD), mum · Bethan Cole (BC), social worker · Tom Kavanagh (TK), DSL, Larkspur Academy (Riley's school) · Orla Finch (OF), class teacher, Meadowbank Primary (Kacey's school) · DC Farah Iqbal (FI), Quorrelsham Police Domestic Abuse Unit (Teams) · Hannah Pike (HP), school nurse · Janine Orr (JO), family support worker, Quorrelsham Family Hub

**Apologies:** Dr Neeta Shah, GP, Abbeyfield Surgery (sent an update by email and agreed an action by email)

*How to read these notes: the discussion under each item is a record of what was said. Only the boxed paragraphs headed AGREED are actions from today's meeting.*

---

## 1. The outcomes and contingency from the conference plan

BC read out the outcomes and the contingency agreed at the conference, so that everyone had them in front of them.

Outcomes for Riley (14) and Kacey (10):

- Riley and Kacey live in a home where nobody is hit, threatened or shouted down.
- Riley and Kacey go to school every day and each has an adult at school they trust.
- Kacey sleeps in her own bed and is not woken by arguments at night.

Contingency: if Darren Shore comes to the house, or contacts Lisa or the children in breach of his bail conditions, Lisa will ring 999 and BC (or the emergency duty team) will hold a strategy discussion the same day. If Lisa cannot keep Darren away, Riley and Kacey will stay with approved foster carers that night. If Darren is found to be living at the house, or Lisa lets him back, BC will ask her manager for a legal planning meeting within five working days.

## 2. Update from Lisa

LD said the house has been "quiet" since Darren was arrested and she has not seen him. She has been to three Women's Aid group sessions and found them helpful. She is sleeping badly and feels low most days, and saw Dr Shah on 1 July. She wants to move to Tarrenford to be near her sister and has been told a Tarrenford Homes tenancy may be offered in August. She said she would look into a parenting course.

> **AGREED 2.1** – LD to attend the Triple P Teen group at Quorrelsham Family Hub every Thursday from 17 July 2025; her progress will be monitored by JO.

> **AGREED 2.2** – LD to keep going to the Quorrelsham Women's Aid group every Wednesday morning until the move, with Women's Aid (Sam Reilly) confirming her attendance to BC each month.

## 3. Updates from agencies

### 3a. Larkspur Academy – Riley (TK)

Attendance this half term is 93%. TK said he would look into whether the school counsellor has space this term.

> **AGREED 3.1** – TK to offer Riley a weekly session with the school counsellor, Ms Priya Lal, from the week beginning 14 July 2025, with each session recorded on the pastoral log.

### 3b. Meadowbank Primary – Kacey (OF)

Attendance is 97%. OF has no new concerns to report from school.

> **AGREED 3.2** – OF to set up a worry box in class for Kacey and pass anything she posts in it to BC when appropriate, logging each note on CPOMS.

### 3c. Police (FI)

Darren Shore was charged with assault by beating on 4 June and is on bail with conditions not to go to the address or contact Lisa, Riley or Kacey. No court date has been set. There have been no calls to the address since 2 June.

> **AGREED 3.3** – FI to update BC on Darren Shore's bail conditions and his court date as and when there is news.

### 3d. Health (HP; GP update by email)

HP has not yet met Kacey and has sent the health review questionnaire home. The GP's email says Lisa was seen on 1 July with poor sleep and low mood and was given a short course of sleeping tablets.

> **AGREED 3.4** – HP to complete Kacey's school-age health review (height, weight, teeth and eyesight) by 31 July 2025 and send the summary to BC and the GP.

> **AGREED 3.5** – Dr Shah to review LD's sleep and low mood, and her sleeping tablets, by 25 July 2025.

## 4. Riley and Kacey's views

BC has not been able to see Riley or Kacey on their own since the conference: the visit on 24 June was cancelled because BC was off sick, and on 1 July nobody was at home at the agreed time. Their views will be gathered at the next visit.

> **AGREED 4.1** – BC to see Riley and Kacey separately, one at home and one at school, before the next core group on 5 August 2025, and record what each of them says in their own words on the case file.

## 5. The move to Tarrenford

LD expects to hear about the tenancy in August. BC explained that the plan stays with Quorrelsham until Tarrenford hold a transfer-in conference. BC said she would ring the Tarrenford duty team this week to let them know the family may be moving. JO asked whether the Triple P group could carry on in Tarrenford; nobody knew.

> **AGREED 5.1** – The parenting assessment of LD will be completed by the Tarrenford social worker within 6 weeks of the case transferring, with the report shared at the transfer-in conference.

> **AGREED 5.2** – BC to ask Quorrelsham Housing whether a management transfer is possible if the Tarrenford tenancy falls through, ongoing, with the housing reply kept on file.

## 6. Any other business

LD asked that nobody tells Darren's family where she is moving to. Everyone agreed this was important.

> **AGREED 6.1** – All professionals to keep the family's new address confidential from today, and to log and pass to BC any request for it.

## 7. Next meetings

Next core group: Tuesday 5 August 2025, 2pm, Larkspur Academy, then every four weeks while the case is open to Quorrelsham.

Review child protection conference: date to be confirmed – the conference team are waiting to hear whether Tarrenford will hold a transfer-in conference first.

*Notes checked by BC on 9 July 2025 and sent to everyone present and to Dr Shah.*
""",
    "findings": [
        F("M002", "attend the Triple P Teen group at Quorrelsham Family Hub"),
        F("T002", "set up a worry box in class for Kacey"),
        F("T002", "update BC on Darren Shore's bail conditions and his court date"),
        F("M001", "update BC on Darren Shore's bail conditions and his court date"),
        F("M001", "review LD's sleep and low mood, and her sleeping tablets"),
        F("X001", "The parenting assessment of LD will be completed by the Tarrenford"),
        F("T002", "ask Quorrelsham Housing whether a management transfer is possible"),
        F("W002", "All professionals to keep the family's new address confidential"),
        F("F003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan that opens with a "What we have already tried" history table
#    (early help, CIN, FGC, GP advice) before the new plan. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_quillersby_already_tried_history_tremain.docx",
    "doc_title": "Child Protection Plan - Milo and Evie Tremain",
    "split": "tune",
    "template": "icpc-plan-docx-what-we-have-already-tried-history-table-when-what-who-difference-then-what-happens-now-table",
    "description": (
        "Exemplary initial conference plan for a 4-year-old and an 18-month-old (neglect: faltering "
        "weight, dental decay, home conditions; father's weekend drinking), stepped up after early help, "
        "a child in need plan and a family group conference. A 'What we have already tried' table in the "
        "past tense (not actions) comes before the new plan, whose every row has an owner, timescale and "
        "observable measure. The alcohol service reports on change, the grandmother's Sundays have a "
        "fallback, dates are set and legal planning follows insufficient progress."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Milo and Evie"),
        ("p", "Quillersby Metropolitan Borough Council | Children's Social Care | Locality Team South"),
        ("kv", [
            ("Children", "Milo Tremain, born 02/03/2021 (4), Sunflowers Nursery; Evie Tremain, born 19/12/2023 "
                         "(18 months)"),
            ("Parents", "Stacey Tremain (mum) and Dale Cartwright (dad), 9 Foundry Walk, Quillersby"),
            ("Nana", "Jean Tremain (Stacey's mum), 31 Kiln Street, Quillersby"),
            ("Conference", "Initial child protection conference, 1 July 2025. Category: neglect"),
            ("Social worker", "Nicola Adeyemi"),
            ("Chair", "Graham Bell, Independent Chair"),
        ]),
        ("h1", "Why we are here"),
        ("p", "Evie's weight has fallen from the 25th centile to the 2nd since November. In May her front "
              "teeth were found to be badly decayed and she cries when she eats. The flat is often "
              "cluttered, with dirty nappies and food left on the floor, and Milo and Evie have slept on "
              "mattresses with no sheets. Milo's speech is well behind for his age. Dale drinks heavily at "
              "weekends; the police were called to a drunken argument at the flat on 7 June while both "
              "children were there."),
        ("h1", "What we have already tried"),
        ("p", "This family has had help for ten months before this conference. The table below is a record "
              "of that help, so that everyone can see what has and has not made a difference. It is not "
              "part of the new plan."),
        ("table", {
            "header": ["When", "What was tried", "Who offered it", "What difference it made"],
            "widths": [2.6, 5.4, 3.6, 5.4],
            "rows": [
                ["Sept 2024 – Jan 2025",
                 "Early Help plan: weekly family support visits on routines, and a place at the Little "
                 "Talkers group for Milo",
                 "Quillersby Family Hub (Colin Marsh, FSW)",
                 "The kitchen was cleared for a few weeks; Milo went to 3 of 10 Little Talkers sessions. "
                 "After Christmas most visits were not answered."],
                ["Nov 2024 – Apr 2025",
                 "Monthly weight checks for Evie and a referral to the community dietitian",
                 "Sarah Dunlop, health visitor",
                 "Evie's weight kept falling; the dietitian appointment was missed twice and the "
                 "referral closed."],
                ["Feb – June 2025",
                 "Child in need plan after the HV found Evie with a bleeding nappy rash and no food in "
                 "the flat",
                 "Nicola Adeyemi, social worker",
                 "Some weeks were better, but the flat scored 2 out of 5 on the home conditions tool at "
                 "6 of 9 visits."],
                ["March 2025",
                 "Family group conference",
                 "Quillersby FGC Service",
                 "The family agreed that Jean would have the children every Sunday. This has worked well "
                 "and is kept in the new plan."],
                ["April 2025",
                 "Advice about weekend drinking and the offer of a referral to the alcohol service",
                 "Dr Helen Voss, GP",
                 "Dale did not take up the referral until after this conference was called."],
            ],
        }),
        ("p", "What this tells us: things improve while someone is visiting often, and slip back when the "
              "visits stop or are missed. This plan therefore has more frequent checks, a clear measure for "
              "each step, and a clear point at which we will act if things slip."),
        ("h1", "What Milo and Evie tell us"),
        ("p", "Milo (seen at nursery on 24 June, with his key person): \"Daddy sleeps on the settee a lot. "
              "Nana Jean's got a bath with bubbles and she does fish fingers.\" He took the social worker to "
              "see his bed on a home visit and said \"it's got no sheet, it's scratchy\". He said he wants "
              "\"a Spider-Man bed\" and to go to nursery \"every day, not just some\"."),
        ("p", "Evie does not have many words yet. She is very quiet at home, eats quickly and reaches for "
              "food on other people's plates. With Jean she is noisier and more playful, and she settles to "
              "sleep on Jean's lap. She winces when she bites on anything hard."),
        ("h1", "What needs to be true for Milo and Evie"),
        ("bullets", [
            "Evie eats three meals and two snacks a day and her weight is back on at least the 9th centile "
            "by the review conference.",
            "Evie's teeth are treated and she is no longer in pain when she eats.",
            "Milo and Evie live in a home that is clean enough to be safe: a clear floor, a clean kitchen "
            "and their own beds with clean sheets.",
            "Milo's speech is assessed and helped, and he is at nursery for every session.",
            "Milo and Evie are always cared for by an adult who is sober.",
        ]),
        ("h1", "What happens now"),
        ("table", {
            "header": ["What needs to happen", "Who will do it", "When", "How we'll know it is working"],
            "widths": [5.6, 3.6, 3.0, 4.8],
            "rows": [
                ["Visit at home, see Milo on his own, see Evie awake and at a mealtime, and score the home "
                 "on the Quillersby home conditions tool",
                 "Nicola Adeyemi, social worker",
                 "Every 2 weeks, at least one visit a month unannounced",
                 "Visit records show Milo's own words, what Evie ate and the home conditions score at every "
                 "visit"],
                ["Key-work with Dale and a breath test at each session, with a written report before each "
                 "core group on whether his drinking has changed and what that means for Milo and Evie",
                 "Tom Reece, key worker, Quillersby Alcohol and Drug Service",
                 "Weekly; report before every core group",
                 "Breath test readings and the written report read at each core group"],
                ["No alcohol at all while caring for Milo and Evie; a breath test at 8pm on Friday and "
                 "Saturday nights, with the photo of the reading sent to the social worker",
                 "Dale Cartwright",
                 "Every Friday and Saturday night",
                 "Photos received by the social worker every weekend and checked at each visit"],
                ["Weigh Evie, look at what she eats over a day, and agree a weekly meal plan with Stacey",
                 "Sarah Dunlop, health visitor",
                 "Every 2 weeks until the review",
                 "Evie's weight plotted in her red book and on or above the 9th centile by 30/09/2025; meal "
                 "plan on the fridge at visits"],
                ["Take Evie for dental treatment at the community dental service",
                 "Stacey Tremain, with Quillersby Community Dental Service",
                 "First appointment by 01/08/2025; treatment finished by 31/10/2025",
                 "Letter from the dental service to the social worker and HV confirming each appointment "
                 "and when treatment is complete"],
                ["Speech and language assessment for Milo, then a six-week talking group",
                 "Leah Birch, speech and language therapist, Quillersby Children's Therapy",
                 "Assessment by 15/08/2025; group from 8 September 2025",
                 "Assessment report sent to the social worker and nursery; Milo's word count recorded at "
                 "the start and the end of the group"],
                ["Take Milo to nursery on Monday, Tuesday and Wednesday mornings; the key person notes his "
                 "arrival time, whether he has eaten and how he is dressed",
                 "Stacey Tremain; Amy Hale, key person, Sunflowers Nursery, keeps the record",
                 "Every Monday, Tuesday and Wednesday",
                 "Nursery attendance and arrival notes emailed to the social worker every Friday"],
                ["Work through a room-by-room plan with Stacey and Dale to clear and clean the kitchen and "
                 "the children's room, set up a laundry day and get sheets on both beds",
                 "Colin Marsh, family support worker, Quillersby Family Hub",
                 "Twice a week for 8 weeks from 14/07/2025",
                 "Home conditions score of 4 out of 5 or more at every social worker visit from "
                 "11/08/2025; both beds seen made up"],
                ["Have Milo and Evie for their tea and a bath every Sunday afternoon",
                 "Jean Tremain (Nana)",
                 "Every Sunday, 2pm to 7pm",
                 "Jean writes each visit in the family notebook, which the social worker reads at visits"],
            ],
        }),
        ("h1", "If it starts to slip"),
        ("p", "If Dale drinks while he is looking after Milo or Evie, does not send a breath test photo on a "
              "Friday or Saturday night, or the police are called to Foundry Walk, Stacey will ask Dale to "
              "leave for the night and ring Nicola (or the emergency duty team out of hours), who will visit "
              "the same day and hold a strategy discussion. If Stacey cannot look after the children safely "
              "on her own, Milo and Evie will go to Jean at 31 Kiln Street."),
        ("p", "If Jean cannot have them or cannot do a Sunday, Nicola or the emergency duty team will arrange "
              "for Milo and Evie to stay together with approved foster carers that night, and the Sunday tea "
              "will move to the Family Hub with Colin."),
        ("p", "If Evie's weight is not back on the 9th centile, or the home conditions score is still below 4, "
              "by the core group on 9 September 2025, or if the police are called again because of Dale's "
              "drinking, Nicola will ask her team manager for a legal planning meeting within 5 working days."),
        ("h1", "Checking the plan"),
        ("p", "Core group: every 4 weeks at Sunflowers Nursery at 1pm – 15 July, 12 August and 9 September 2025."),
        ("p", "Review child protection conference: Tuesday 30 September 2025, 10am, Quillersby Town Hall."),
        ("p", "Plan written by Nicola Adeyemi, social worker, on 2 July 2025 and agreed by the chair."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Scottish GIRFEC Child's Plan (child protection) with Scots and English
#    headings, one small table per wellbeing concern with a "Whit we want"
#    line above it; IRD, Lead Professional, Named Person, Children's
#    Reporter. PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_quinnachie_girfec_scots_concern_tables_strachan.pdf",
    "doc_title": "Child's Plan - Eilidh and Rory Strachan",
    "split": "tune",
    "template": "girfec-childs-plan-cp-scots-and-english-headings-one-table-per-wellbeing-concern-whit-we-want-line-paged",
    "description": (
        "Exemplary Scottish child's plan (child protection register) for a 9-year-old and a 3-year-old "
        "whose mother is on methadone and has been using street benzodiazepines. Headings are in Scots "
        "and English; each wellbeing concern has its own outcome line and small action table. The "
        "recovery service reports on capacity to change, the GP owns an action, Gran's part has a "
        "fallback, the contingency uses a same-day IRD, core group and review dates are set, and legal "
        "advice and a referral to the Children's Reporter follow a relapse."
    ),
    "header": "OFFICIAL-SENSITIVE | Quinnachie Council Children and Families Social Work | Child's Plan",
    "footer": "Child's Plan – Eilidh and Rory Strachan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Eilidh and Rory's Plan"),
        ("p", "Child's Plan (child protection) – Getting it right for every child"),
        ("kv", [
            ("Bairns / Children", "Eilidh Strachan, 9 (born 08/11/2015), P5 at Quinnachie Primary; "
                                  "Rory Strachan, 3 (born 27/02/2022)"),
            ("Hame / Home", "With their mum, Kirsty Strachan, 3 Tolbooth Wynd, Quinnachie"),
            ("Gran", "Morag Strachan (Kirsty's mum), 14 Whinrig Crescent, Quinnachie"),
            ("Register", "Both children's names were placed on the child protection register at the Child "
                         "Protection Planning Meeting on 19 June 2025 (concerns: parental substance use; "
                         "neglect). Plan confirmed at the first core group on 3 July 2025."),
            ("Lead Professional", "Gordon Mair, social worker, Quinnachie Children and Families"),
            ("Named Persons", "Mrs Anne Petrie, Head Teacher (Eilidh); Jean Ritchie, health visitor (Rory)"),
        ]),
        ("h1", "Whit's worryin us / What we are worried about"),
        ("p", "Kirsty has been on a methadone prescription for four years. Since March she has also been "
              "buying street benzodiazepines. On 29 May Eilidh could not wake her mum after school and ran "
              "to a neighbour, who phoned an ambulance; Rory was in the flat, in a wet nappy, with a bottle "
              "of methadone on the kitchen worktop. Eilidh has been late to school on 14 mornings this term "
              "and says she often makes Rory's breakfast. Rory has not had his 27–30 month review and is "
              "not yet at nursery."),
        ("h1", "Whit's gaun weel / What is going well"),
        ("p", "Kirsty is honest about her drug use and wants to stop the street tablets. She has collected "
              "her methadone every day since 30 May and her last two tests were clear of benzodiazepines. "
              "The flat is warm and tidy and both children are well dressed. Gran Morag sees them most days "
              "and the bairns love her."),
        ("h1", "Whit Eilidh an Rory say / What Eilidh and Rory say"),
        ("p", "Eilidh (seen on her own at school, 26 June): \"When Mum's sleepy in the day I've tae get Rory "
              "his piece and I'm late. I like it at Gran's, she makes mince an tatties and I get my ain "
              "room.\" She said she was \"awfy feart\" the day her mum would not wake up and that she wants "
              "her mum \"tae be better an no be sleepy\". She would like to go back to Brownies."),
        ("p", "Rory (seen at home, 30 June, and at Gran's, 2 July) is a busy, chatty wee boy who says about "
              "20 words. He ran to the door shouting \"Gan-gan!\" when Gran arrived and showed the social "
              "worker his tractors. He went quiet and sat on the floor beside Kirsty when she lay down on "
              "the couch during the visit."),
        ("h1", "Oor plan / Our plan"),
        ("p", "For each wellbeing concern there is what we want for Eilidh and Rory, and then who will do "
              "what, when, and how we will know."),
        ("h2", "Concern 1 – Keeping safe fae Mum's drug use (Safe, Nurtured)"),
        ("p", "Whit we want / What we want: Eilidh and Rory are always looked after by an adult who is not "
              "under the influence of drugs, and no drugs or methadone are ever within their reach."),
        ("table", {
            "header": ["Whit will happen\nWhat will happen", "Wha\nWho", "Whan\nWhen",
                       "Hoo we'll ken\nHow we'll know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Visit at home, see Eilidh on her own and Rory awake, and check the methadone lockbox is "
                 "locked and out of reach",
                 "Gordon Mair, social worker (Lead Professional)",
                 "Every week; at least two visits a month unannounced",
                 "Visit records note Eilidh's own words and the lockbox checked at every visit"],
                ["Key-work with Kirsty and a urine test at each session, and a written report to each core "
                 "group on whether she has stopped street benzodiazepines, her capacity to keep the change "
                 "going and what it means for Eilidh and Rory",
                 "Fiona Lennox, recovery worker, Quinnachie Alcohol and Drug Recovery Service",
                 "Weekly; report before every core group; full capacity report by 28/08/2025",
                 "Test results and written reports read at each core group and shared with the review "
                 "meeting"],
                ["Take methadone under supervision at the chemist, and keep any take-home dose in the "
                 "locked box on the top kitchen shelf so Eilidh and Rory can never reach it",
                 "Kirsty Strachan",
                 "Every day",
                 "Chemist's supervised-dose record sent to Fiona every Friday; lockbox seen locked at "
                 "every home visit"],
                ["Review Kirsty's medication and make sure nothing that adds to the risk is prescribed "
                 "alongside her methadone",
                 "Dr Ross Fairlie, GP, Quinnachie Health Centre",
                 "By 31/07/2025",
                 "GP letter to the social worker and Fiona confirming the review and Kirsty's current "
                 "prescriptions"],
            ],
        }),
        ("h2", "Concern 2 – Rory's health an how he's comin on (Healthy, Achieving)"),
        ("p", "Whit we want / What we want: Rory is growing well, his talking is coming on, and he is at "
              "nursery three days a week."),
        ("table", {
            "header": ["Whit will happen\nWhat will happen", "Wha\nWho", "Whan\nWhen",
                       "Hoo we'll ken\nHow we'll know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Rory's 27–30 month review (talking, weight and teeth), with a referral to speech and "
                 "language therapy if his talking needs it",
                 "Jean Ritchie, health visitor (Rory's Named Person)",
                 "Review by 31/07/2025, then a home visit every month",
                 "Review results and weight in Rory's health record and sent to the social worker; any "
                 "referral letter on file"],
                ["Funded early learning and childcare place for Rory at Brackenlea Nursery on Monday, "
                 "Wednesday and Friday",
                 "Kirsty takes Rory; Lynsey Bain, key worker, keeps the record",
                 "From 18/08/2025, every Monday, Wednesday and Friday",
                 "Attendance and arrival notes (time, fed, who brought him) emailed to the social worker "
                 "every Friday"],
            ],
        }),
        ("h2", "Concern 3 – Eilidh gettin tae be a bairn (Respected, Included, Achieving)"),
        ("p", "Whit we want / What we want: Eilidh gets to school on time every day, sees her pals and goes "
              "to Brownies, and is not looking after Rory or her mum."),
        ("table", {
            "header": ["Whit will happen\nWhat will happen", "Wha\nWho", "Whan\nWhen",
                       "Hoo we'll ken\nHow we'll know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Check in with Eilidh every Monday morning, note what she says about home and tell the Lead "
                 "Professional the same day about any worry",
                 "Mrs Anne Petrie, Head Teacher, Quinnachie Primary (Eilidh's Named Person)",
                 "Every Monday in term",
                 "Check-in log, read by the social worker at each core group; school register shows Eilidh "
                 "in by 8.55am"],
                ["Young Carer Statement with Eilidh, and a place at the Friday young carers group",
                 "Shona Kerr, Quinnachie Young Carers",
                 "Statement by 29/08/2025; group every Friday from 22/08/2025",
                 "Statement shared with Eilidh, Kirsty and the social worker; group register"],
                ["Take Eilidh to Brownies at the Tolbooth Hall and collect her",
                 "Morag Strachan (Gran)",
                 "Every Tuesday, 6pm to 7.30pm, from 19/08/2025",
                 "Brownies register; Gran writes it in the family diary"],
            ],
        }),
        ("h2", "Concern 4 – Time wi Gran (Nurtured)"),
        ("p", "Whit we want / What we want: Eilidh and Rory keep their time with Gran, who they love, and "
              "always have a safe place to go if Mum is unwell."),
        ("table", {
            "header": ["Whit will happen\nWhat will happen", "Wha\nWho", "Whan\nWhen",
                       "Hoo we'll ken\nHow we'll know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Collect Eilidh from school and have both children for their tea, and have them overnight "
                 "on Fridays",
                 "Morag Strachan (Gran)",
                 "Every Tuesday and Thursday after school; every Friday night",
                 "Family diary signed by Gran; school's collection log"],
            ],
        }),
        ("h1", "Whit if things go wrang / If things go wrong"),
        ("p", "If Kirsty is found under the influence of drugs or alcohol while she is looking after Eilidh "
              "or Rory, has a test showing street benzodiazepines or heroin, or the lockbox is found open, "
              "the adult who finds this will take the children to Gran's at 14 Whinrig Crescent and phone "
              "Gordon, or the Social Work Out of Hours Service. Gordon will hold an Inter-agency Referral "
              "Discussion (IRD) with police and health the same day."),
        ("p", "If Gran cannot have the children, Gordon or the Out of Hours Service will arrange for Eilidh "
              "and Rory to stay together with approved foster carers that night, and Shona Kerr will take "
              "Eilidh to Brownies on any Tuesday Gran cannot. If Gran cannot collect Eilidh on a Tuesday or "
              "Thursday, Eilidh will go to the Quinnachie Primary after-school club until 6pm, paid for by "
              "social work, and Gordon will visit the family that evening."),
        ("p", "If Kirsty has two tests positive for street drugs before the review, or the children are found "
              "alone with her while she is under the influence, Gordon will seek legal advice and make a "
              "referral to the Children's Reporter within five working days."),
        ("h1", "When we meet / Whan we'll meet"),
        ("p", "Core group: every three weeks at Quinnachie Primary, 10am – 24 July, 14 August and "
              "4 September 2025."),
        ("p", "Review Child Protection Planning Meeting (review case conference): Thursday 18 September 2025, "
              "1.30pm, Quinnachie Council Offices, Bridge Street."),
        ("p", "Plan typed by Gordon Mair, Lead Professional, 4 July 2025. A copy has been given to Kirsty, to "
              "Gran, and to Eilidh in her own words."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A school's written report to a review child protection conference:
#    attendance, what the child says, what school has done, school's view
#    and what school will keep doing. Not a plan (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_quorlaby_school_report_to_rcpc_hussain.txt",
    "split": "tune",
    "not_a_plan": True,
    "template": "not-a-plan-school-report-to-review-conference-attendance-grid-childs-words-what-school-has-done-view-and-what-school-will-keep-doing",
    "description": (
        "Not a plan: a primary school's written report to a review child protection conference for a "
        "9-year-old, with an attendance grid, presentation, learning, the child's words, what school has "
        "done since the initial conference, the school's view and what the school will keep doing. It "
        "has dates, named staff and commitments but is a report to the conference, not the child's plan."
    ),
    "text": """\
QUORLABY ST MICHAEL'S CE PRIMARY SCHOOL
Church Lane, Quorlaby QB7 2HT

REPORT TO REVIEW CHILD PROTECTION CONFERENCE
(Please read with the social worker's report. This report is the
school's contribution only.)

Pupil ................ Aisha Hussain
Date of birth ........ 14/01/2016 (9)
Year / class ......... Year 4, Kestrel Class
Conference ........... Review child protection conference,
                       Thursday 17 July 2025, 10am
Report written by .... Mrs Rebecca Yates, Designated Safeguarding Lead
Class teacher ........ Mr Owen Pryce
Date of report ....... 10/07/2025
Shared with parent ... Yes - read through with Mrs Nasreen Hussain in
                       school on 11/07/2025. Her comments are in
                       section 8.


1. ATTENDANCE AND PUNCTUALITY

   Period                        Attendance   Late marks
   Autumn term 2024              88.2%        11
   Spring term 2025              91.5%        6
   Summer term 2025 (to 9 July)  97.4%        1

   Attendance has improved every term since the initial conference
   in January. The one late mark this term was on the morning of a
   hospital appointment for Aisha's dad, and Mrs Hussain rang the
   office before 9am to let us know.


2. PRESENTATION AND HEALTH

   Aisha comes to school clean, in full uniform and with her PE kit on
   the right days. She brings a packed lunch most days, which is
   always well filled. She had nits twice in the spring term; both
   times they were treated within a day of our letter home. She wore
   her glasses every day this term after her new pair came in April.


3. LEARNING AND PROGRESS

   Aisha is working at the expected standard in reading and just below
   it in writing and maths. Mr Pryce says she is "a different child to
   September": she puts her hand up, finishes her work and has started
   to help younger children at reading buddies.


4. WHAT AISHA HAS TOLD US

   At her check-in on 30 June Aisha told Mrs Yates: "Home is calmer now.
   Dad doesn't shout at Mum any more because he lives at Uncle Tariq's.
   I see him on Saturdays at the park with Uncle Tariq there." She said
   she still gets "a tummy ache" on Sunday nights before school "but
   not every time". When asked what she would change, she said she
   would like her dad to come to sports day "but only if he's being
   nice".

   In her worry box in May she wrote: "I am worryed mum will be sad
   when I am at school." Mrs Yates talked to her about this the same
   day and told the social worker.


5. CONTACT WITH HOME

   Mrs Hussain has come to every parents' evening and to both core
   group meetings held at school. She rings the office if Aisha is
   going to be absent. Mr Hussain has not been in contact with school
   since February, in line with the arrangements the social worker
   told us about.


6. WHAT SCHOOL HAS DONE SINCE THE INITIAL CONFERENCE

   - Weekly check-ins with Mrs Yates every Monday since 20 January
     (23 held, 2 missed because of school trips).
   - A place in the Thursday lunchtime nurture group from February,
     which Aisha has attended every week.
   - Referral to the school nurse in March about Aisha's tummy aches;
     the school nurse saw her on 2 April and found no physical cause.
   - Attended all three core group meetings (February, March and May)
     and sent written updates to the social worker before each one.
   - Passed on to the social worker, on the same day, the worry box
     note in May and one occasion in March when Aisha said her dad had
     come to the house.


7. SCHOOL'S VIEW

   School has seen real and steady change for Aisha since January. She
   is happier, her attendance is much better and she is talking to
   adults about her worries. We have had no new safeguarding concerns
   since the end of March. Our view is that the changes at home are
   making a difference to Aisha, and we will support whatever the
   conference decides. If the plan continues, we would like the
   Monday check-ins to stay in it.


8. WHAT SCHOOL WILL KEEP DOING

   Mrs Yates will carry on seeing Aisha every Monday morning until the
   end of term and will offer her the same slot in September. Aisha
   will keep her place in nurture group in Year 5. School will
   continue to ring home on the first morning of any absence and will
   pass any worry to the social worker on the same day.

   Mrs Hussain's comments: "I am happy with this report. Aisha loves
   Mrs Yates and I want the Monday meetings to carry on."


Signed:  R. Yates (DSL)                  Date: 10/07/2025
Seen by: N. Hussain (parent)             Date: 11/07/2025
Copy to: Conference and Review Team, Quorlaby Borough Council;
         Imogen Blake, social worker
""",
    "findings": [],
})
