"""Batch 107, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good plans whose owners and timescales are given in ways a linter
rarely meets, each in a layout of its own. Five plans are exemplary: a Word
plan whose bullets are grouped under stage sub-headings that carry the
timescale ("From now until the baby is born") and whose owners are job
titles alone ("the ward sister"); a PDF letter from a named team that says
"we", with each numbered paragraph's timescale in the sentence after the
action; a Markdown plan split into whose-part sections ("Mum's part", "What
the school will do") whose lines never repeat the owner and whose timescales
are the children's ages and the school calendar; a plain-text email of the
plan as updated at core group, owners as initials explained in the
signature block and timescales as counts ("at the next three visits") and
standing rules ("never", "at all times", "every night"); and a PDF in a
passive house style with the agent at the end of each sentence and shared
tasks that say who does which half. The other two (a Word table with
shared-task rows among faulty ones, and a Signs of Safety Markdown plan)
carry a realistic mix of findings among good rows.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan for a 3-year-old and her unborn sibling, mother with bipolar
#    disorder. Word plan: bullets grouped under stage sub-headings that give
#    the timescale; owners are job titles alone. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_eglinsworth_icpc_unborn_stage_subheadings_job_titles_farrow.docx",
    "doc_title": "Child Protection Plan - Ava Farrow and unborn baby",
    "split": "tune",
    "actions": 13,
    "template": "icpc-word-plan-details-list-whos-involved-by-job-title-worries-childs-experience-outcomes-then-bullets-under-stage-subheadings-as-timescales-job-title-owners-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and her unborn sibling (mother 32 weeks "
        "pregnant) whose mother has bipolar disorder and stopped her lithium in pregnancy. The "
        "action bullets sit under stage sub-headings that carry the timescale ('From now until the "
        "baby is born', 'On Rowan Ward, from the birth until the baby goes home', 'The first six "
        "weeks at home'), some adding a day or date, and every owner is a job title alone ('the "
        "ward sister', 'the community midwife', 'the nursery manager'), with names in a who's "
        "involved list. Both perinatal mental health practitioners report on capacity to change, "
        "the GP owns the medication review, the grandmother's nights have a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eglinsworth Borough Council · Children's Services · Safeguarding and Assessment Team (South)"),
        ("kv", [
            ("Children", "Ava Farrow (3), DOB 02/03/2022; unborn baby, due 15/09/2025"),
            ("Address", "Flat 6, Sorrel Court, Eglinsworth EG4 7LN"),
            ("Mother", "Nicole Farrow (26), 32 weeks pregnant at conference"),
            ("Mother's partner", "Dale Simms (29), the unborn baby's father; lives at the flat"),
            ("Ava's father", "Not named on her birth certificate; no contact"),
            ("Maternal grandmother", "Carol Farrow, 12 Tansy Lane, Eglinsworth (five minutes' drive)"),
            ("Category", "Neglect (Ava); risk of neglect (unborn baby)"),
            ("Conference", "Initial child protection conference, Thursday 24/07/2025. Chair: Martin Oduya"),
        ]),
        ("h1", "Who is involved"),
        ("p", "The plan names people by their job. This list says who holds each job for this family."),
        ("table", {
            "header": ["Job title used in the plan", "Name", "Service"],
            "widths": [5.0, 4.0, 8.0],
            "bold_first_col": True,
            "rows": [
                ["The SW", "Priya Raman", "Social worker, Eglinsworth Children's Services"],
                ["The team manager", "Stephen Lyle", "Safeguarding and Assessment Team (South)"],
                ["The community midwife", "Helen Carr", "Eglinsworth Birth Centre"],
                ["The perinatal psychiatrist", "Dr Anjali Mistry", "Willow Perinatal Mental Health Service"],
                ["The perinatal mental health nurse", "Gavin Doyle", "Willow Perinatal Mental Health Service"],
                ["The ward sister", "Sister Joanne Pell", "Rowan Ward (maternity), Eglinsworth General Hospital"],
                ["The hospital social worker", "Bola Adewale", "Eglinsworth General Hospital social work team"],
                ["The health visitor", "Rachel Unwin", "Eglinsworth Community Health, Quarry Street clinic"],
                ["The GP", "Dr Simon Achebe", "Maple Street Surgery"],
                ["The nursery manager", "Lisa Brennan", "Little Acorns Nursery (Ava's nursery)"],
                ["The maternal grandmother", "Carol Farrow", "Nicole's mum"],
            ],
        }),
        ("h1", "Why Ava and the baby need a plan"),
        ("p", "Nicole has bipolar disorder. After Ava was born she became very unwell and was admitted to a mother "
              "and baby unit for seven weeks in 2022. She stopped her lithium in January 2025 when she found out "
              "she was pregnant and did not tell her GP. On 28/06/2025 police found Nicole and Ava outside a "
              "closed supermarket at 2am; Ava was in her buggy in pyjamas and Nicole said they were being "
              "followed. Since then Nicole has been seen by the perinatal mental health service and has agreed to "
              "restart treatment. Ava's nursery says that in June she was often collected late and arrived "
              "hungry. The risk of Nicole becoming unwell is highest in the weeks after the birth."),
        ("h1", "What is going well"),
        ("p", "Nicole recognises the warning signs from 2022 and asked for help herself this time. Dale is calm "
              "and practical, does the nursery run and wants to learn what to do if Nicole becomes unwell. Carol "
              "is close to Ava and has offered to stay at the flat after the birth. The flat is clean and warm, "
              "and a cot and Moses basket are already bought."),
        ("h1", "Ava's day, and the baby"),
        ("p", "Ava (seen at home on 17/07/2025 and at nursery on 21/07/2025) talks in short sentences. She said "
              "“Mummy sad. Mummy sleep” and pointed at the bedroom door, then “Nana's house fun, Nana's house "
              "chips.” She put a doll to bed in the nursery home corner and said “Shh, baby coming.” At home she "
              "climbed onto Dale's knee for a story and fetched her own cup of milk from the fridge. Nursery "
              "staff say she is a happy, busy girl on the days Dale brings her, and quiet and clingy on the "
              "days she arrives late."),
        ("p", "The baby is due on 15/09/2025. Once born, the baby will depend on an adult who is awake, well and "
              "able to feed every three hours, day and night."),
        ("h1", "What we want for Ava and the baby"),
        ("bullets", [
            "Ava is cared for every day by an adult who is well, gets to nursery on time three days a week, "
            "fed and dressed, and is never out of the house with her mum at night.",
            "The baby is born safely, is fed on time and sleeps safely on their back, and is always cared for "
            "by an adult who is well enough to look after a newborn.",
            "Ava and the baby are seen every week by a professional, and the adults around them act the same "
            "day if Nicole starts to become unwell.",
        ]),
        ("h1", "The plan"),
        ("p", "Each line starts with the job title of the person who does it (see the list above). The "
              "heading above each group of lines says when those lines apply; some lines add a day or a date. "
              "The end of each line says what we will see."),
        ("h2", "From now until the baby is born (due 15/09/2025)"),
        ("bullets", [
            "The community midwife will see Nicole at the Birth Centre every two weeks, and every week from 36 "
            "weeks, and will email the SW her notes on Nicole's mood, sleep and the baby's growth after each "
            "appointment.",
            "The perinatal psychiatrist will see Nicole every three weeks at the Willow clinic and will write to "
            "the SW by 29/08/2025 with her assessment of whether Nicole can stay well enough to care for a "
            "newborn and for Ava, what still needs to change and how long that is likely to take.",
            "The perinatal mental health nurse will write a relapse plan with Nicole and Dale by 15/08/2025, "
            "share it with the midwife, the ward and the SW, and report at each core group on whether Nicole "
            "is making the changes needed to keep Ava and the baby safe.",
            "The health visitor will make an antenatal visit to the flat, check that the Moses basket and a "
            "safe sleep space are ready, and record what she saw in the health visiting notes shared with the "
            "SW.",
            "The SW will complete a pre-birth assessment with Nicole and Dale and share the written report with "
            "them and with the core group by 22/08/2025.",
        ]),
        ("h2", "On Rowan Ward, from the birth until the baby goes home"),
        ("bullets", [
            "The ward sister will make sure a midwife is with Nicole at every night feed, with each night's "
            "care and Nicole's sleep written on the baby's chart, which the SW reads before discharge.",
            "The hospital social worker will hold a discharge planning meeting with the SW, the health visitor "
            "and the community midwife, and send each of them the written discharge plan before the baby goes "
            "home.",
        ]),
        ("h2", "The first six weeks at home"),
        ("bullets", [
            "The health visitor will visit every Monday, weigh the baby and plot the weight in the red book, "
            "and email the weight to the SW the same day.",
            "The maternal grandmother will stay at the flat from 8pm to 8am every night and do the 2am feed, "
            "writing each feed on the feed chart that the SW checks at every visit.",
            "The SW will visit twice a week, at least once unannounced, see Ava and the baby awake, and record "
            "how Nicole and Dale respond when the baby cries and what Ava says and does.",
        ]),
        ("h2", "From the birth until the review conference (21/10/2025)"),
        ("bullets", [
            "The GP will review Nicole's lithium dose and blood levels at Maple Street Surgery on 22/09/2025 "
            "and send the SW the agreed medication plan within a week.",
            "The nursery manager will check every nursery morning that Ava arrives by 9am, fed and dressed, "
            "and phone the SW the same day if she is absent without a reason, with each call logged on the "
            "nursery's safeguarding record.",
            "The SW will see Ava at nursery every other week, on her own with her key person, and write down "
            "what Ava says and plays about home in her visit record.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Nicole sleeps less than four hours on two nights running, misses her medication for two days, "
              "or says she is being followed or watched, Dale will phone the perinatal crisis line and the SW "
              "that day; the SW will hold a strategy discussion the same day, and Ava (and the baby, once born) "
              "will stay with Carol at 12 Tansy Lane until Nicole has had a mental health assessment."),
        ("p", "If Carol cannot stay overnight or cannot have the children (for example she is ill or away), the "
              "SW will arrange for Ava and the baby to be placed together with an Eglinsworth foster carer the "
              "same day, with Nicole and Dale offered family time every day."),
        ("p", "If the perinatal psychiatrist's report says Nicole cannot stay well within the baby's timescale, "
              "or Nicole stops her medication again before the birth, the SW will ask the team manager for a "
              "legal planning meeting within 5 working days, to decide whether to start the Public Law Outline "
              "before the baby is born."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Thursdays at 1.30pm at Eglinsworth Family Hub: 07/08/2025, 04/09/2025 "
            "and 02/10/2025. An extra core group will meet within 10 working days of the birth.",
            "Review child protection conference: Tuesday 21/10/2025, 10am, Eglinsworth Civic Centre.",
            "Nicole and Dale can bring Carol or an advocate to every meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review plan, domestic abuse and father's drinking, two primary-age
#    children. A letter from a named team that says "we"; each numbered
#    paragraph gives its timescale in the sentence after the action.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_elmbrackton_rcpc_team_letter_we_numbered_paragraphs_haldane.pdf",
    "doc_title": "Letter to Kerry and Sean Haldane - the plan for Jayden and Tia",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-letter-to-parents-printed-to-pdf-page-header-footer-we-means-named-team-why-still-needed-childrens-words-outcomes-then-numbered-paragraphs-action-sentence-then-when-sentence-contingency-meetings-signature",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 6-year-old, written as a "
        "letter to their parents from a named social work team, printed to PDF with a page header "
        "and footer. The father drinks heavily and was violent to the mother; he now lives with his "
        "brother and sees the children on Saturdays at his mother's. The letter says 'we' for the "
        "team (defined at the start) and 'you' to each parent by name; each numbered paragraph is "
        "one action, and the timescale often comes in the sentence after the action ('This will "
        "be every Tuesday...'). The alcohol service reports on change, the grandmother's "
        "supervision has a fallback, legal planning follows named triggers, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Elmbrackton Council – Family Safeguarding Team 4",
    "footer": "Jayden and Tia Haldane – plan agreed at review conference 29/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Family Safeguarding Team 4"),
        ("pr", "Elmbrackton Council Children's Services"),
        ("pr", "Wickham House, 2 Tanner Street, Elmbrackton EB1 4HQ"),
        ("pr", "31 July 2025"),
        ("pl", "Kerry Haldane, 17 Osprey Way, Elmbrackton EB6 2NU"),
        ("pl", "Sean Haldane, c/o 40 Rook Lane, Elmbrackton EB3 9DS"),
        ("p", ""),
        ("p", "Dear Kerry and Sean,"),
        ("boldp", "The plan for Jayden and Tia"),
        ("p", "Thank you both for coming to the review child protection conference on Tuesday 29/07/2025. "
              "Everyone at the conference agreed that Jayden and Tia should stay on a child protection plan, "
              "under the category of emotional abuse, for three more months. This letter is the plan. Please "
              "keep it, and ring us if anything in it is not clear."),
        ("p", "In this letter “we” means Family Safeguarding Team 4 at Elmbrackton Children's Services: Ruth "
              "Adeyemi, Jayden and Tia's social worker, and Owen Blake, the family support worker who works "
              "with her. Our team manager is Liz Carter. When someone else is doing something, we say who."),
        ("boldp", "Why the plan is still needed"),
        ("p", "On 14/03/2025 Sean came home drunk and pushed Kerry into the kitchen door, breaking her wrist, "
              "while Jayden watched from the stairs and Tia hid in her bedroom. There had been other arguments "
              "when Sean had been drinking. Sean moved to his brother Gary's house in April, and he has started "
              "the Turning Point programme and goes to the Elmbrackton Alcohol Service. His breath tests have "
              "been clear since the end of May, but he has been drinking for many years and it is early days. "
              "Jayden still has nightmares, and Tia has started wetting the bed again."),
        ("boldp", "What Jayden and Tia told us"),
        ("p", "Jayden (seen on his own at school on 22/07/2025) said: “I still think about Mum's arm. I like "
              "Saturdays at Nana's because Dad is normal there. I don't want Dad back in our house yet.” He put "
              "“home with Mum” at 8 out of 10 for feeling safe, up from 4 in April."),
        ("p", "Tia (seen at home on 24/07/2025) drew her family with Dad “at Nana Maureen's house, not our "
              "house”. She said: “I wet the bed when I have the shouting dream.” She said the best thing was "
              "Nana's dog and baking with Dad on Saturdays."),
        ("boldp", "What we all want for Jayden and Tia"),
        ("bullets", [
            "Jayden and Tia live in a home where nobody shouts at, hurts or frightens them or their mum.",
            "Jayden and Tia see their dad every Saturday, and he is always sober and safe with them.",
            "Jayden and Tia sleep well, and can tell a grown-up when they are worried and know who to ring in "
            "an emergency.",
        ]),
        ("boldp", "What will happen"),
        ("p", "Each numbered paragraph is one part of the plan. It says who will do it, when, and how we will all "
              "know it has happened."),
        ("numbers", [
            "We will visit Jayden and Tia at home and see each of them on their own. This will be every Tuesday "
            "until the next review, after school in term time, and what each child tells us will be written in "
            "the visit record we read back to them before we leave.",
            "We will finish the work with Jayden about the night of 14 March, using the “Jayden's story” book "
            "he started in June. The last three sessions will be in the summer holidays, by 29/08/2025, and "
            "Jayden will keep the finished book and show it to you both if he wants to.",
            "We will refer Tia to the school nurse about her bedwetting and her bad dreams. The referral will "
            "go by 08/08/2025, and the school nurse's plan for Tia will be shared with Kerry and with us.",
            "We will write a new safety plan with Kerry, Jayden and Tia, saying who each child rings if they "
            "are frightened. We will do it at our visit on 05/08/2025, each of them will keep a copy, and at "
            "later visits we will ask Jayden and Tia to tell us the plan.",
            "Sean, you will keep going to the Elmbrackton Alcohol Service for key-work and breath tests so that "
            "your Saturdays with Jayden and Tia stay sober. Your appointments are every Monday at 10am at "
            "Crane Street, and the service will send us your test results each week.",
            "Elmbrackton Alcohol Service (your recovery worker, Dean Kowalski) will write to us about whether "
            "you are still not drinking and whether the changes you have made are lasting, and what that means "
            "for the children. The first report is due on 08/08/2025 and then one before each core group.",
            "Sean, you will finish the Turning Point domestic abuse programme that you started in May. The "
            "course ends on 30/10/2025, and the programme worker will send us an attendance report every four "
            "weeks and an end-of-course report.",
            "Kerry, you will go to the Freedom Programme at Elmbrackton Children's Centre, so that you can help "
            "Jayden and Tia understand what happened at home. The group meets on Thursday mornings for 12 weeks "
            "from 04/09/2025, and the group leader will let us know which sessions you attended.",
            "Maureen (Sean's mum) will be in the room for the whole of every Saturday visit between Sean and the "
            "children at her house, and will not leave them alone with him. This applies every Saturday from "
            "10am to 4pm, and Maureen will text us by 6pm each Saturday to say how the day went.",
            "Mrs Anita Hollis, the designated safeguarding lead at St Aldhelm's Primary, will check on Jayden "
            "and Tia each morning and phone us the same day if either seems upset, tired or talks about home. "
            "This starts on the first day of term, 03/09/2025, and she will also email us their attendance "
            "every Friday.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Sean comes to Kerry's home, or is found to have been drinking before or during a Saturday "
              "visit, the visit will stop at once, Maureen or Kerry will ring the police if anyone is at risk, "
              "and we will hold a strategy discussion with Elmbrackton Police the same day. From then on, "
              "Saturday visits will happen only at Elmbrackton Family Centre, supervised by Owen."),
        ("p", "If Maureen cannot supervise a Saturday visit (for example she is ill or away), there will be no "
              "visit at her house that week; Owen will supervise the visit at Elmbrackton Family Centre instead, "
              "within seven days."),
        ("p", "If Sean has a positive breath test, leaves the Turning Point programme, or there is any further "
              "incident of abuse, Ruth will ask Liz Carter for a legal planning meeting within five working days."),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group: every four weeks, Tuesdays at 3.30pm at St Aldhelm's Primary: 12/08/2025, "
            "09/09/2025 and 07/10/2025.",
            "Next review child protection conference: Tuesday 28/10/2025 at 2pm, Elmbrackton Civic Centre.",
        ]),
        ("p", "You can bring a friend or an advocate to any meeting. If you disagree with any part of this plan, "
              "please tell us or write to the conference chair, Janice Morley."),
        ("p", "Yours sincerely,"),
        ("pl", "Ruth Adeyemi, Social Worker"),
        ("pl", "on behalf of Family Safeguarding Team 4, Elmbrackton Council Children's Services"),
        ("pl", "Telephone 01632 960 274 · Out of hours: Emergency Duty Team 01632 960 999"),
        ("p", ""),
        ("p", "Copies to: Maureen Haldane; Mrs Anita Hollis (St Aldhelm's Primary); Dean Kowalski (Elmbrackton "
              "Alcohol Service); Turning Point programme; Janice Morley (conference chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, mother's drinking, a Year 6 young carer and her baby brother.
#    Markdown plan split into whose-part sections; the lines never repeat the
#    owner; timescales are the children's ages and the school calendar.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_esklethorpe_icpc_whose_part_sections_school_calendar_quigley.md",
    "split": "tune",
    "actions": 15,
    "template": "icpc-markdown-family-details-why-childrens-words-outcomes-then-whose-part-subheadings-mums-part-nanas-part-what-the-school-will-do-bullets-never-repeat-owner-timescales-as-child-age-and-school-calendar-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old young carer in Year 6 and her "
        "10-month-old brother, whose mother drinks most evenings. A Markdown plan whose action "
        "section is split into whose-part sections ('Mum's part', 'Nana Jean's part', 'What "
        "Brackenside Primary will do', 'What Esklethorpe Recovery Service will do'); the bullets "
        "under each never name the owner again. Timescales are given as the children's ages and "
        "the school calendar ('by Finn's first birthday', 'each school holiday', 'before Year 7 "
        "starts', 'every school morning'). The recovery service reports on change, Nana's part has "
        "a fallback, legal planning follows named triggers, dates set."
    ),
    "text": """\
# Rosie and Finn's child protection plan

**Esklethorpe City Council — Children's Services — Family Safeguarding (West)**
Initial child protection conference: Tuesday 01/07/2025 · Chair: Alison Whitcombe · Category: neglect

## Rosie and Finn's family

| Who | Age / date of birth | Notes |
|---|---|---|
| Rosie Quigley | 10, DOB 14/11/2014 | Year 6 at Brackenside Primary; starts Year 7 at Esklethorpe Academy on 03/09/2025 |
| Finn Quigley | 10 months, DOB 02/09/2024 | At home with mum; first birthday 02/09/2025 |
| Donna Quigley | 31 | Mum |
| Lee Barker | 33 | Finn's dad; lives with the family, works away Monday to Thursday |
| Jean Quigley | 58 | Nana Jean (Donna's mum), 4 Brackenside Road, Esklethorpe |

Rosie's dad, Martin Hale, lives in Scotland and phones her most Sundays.

Social worker: Hannah Oyelowo (team manager: Colin Reyes). Brackenside Primary breaks up on 18/07/2025.
Esklethorpe Academy's autumn term runs from 03/09/2025 to 19/12/2025, with half-term 27/10/2025 to 31/10/2025.

## Why there is a plan

Donna has been drinking most evenings since Lee started working away in January. On 12/06/2025 Rosie phoned
Nana Jean at 11pm because Finn was crying and she could not wake her mum; Jean found Donna asleep on the
kitchen floor and an empty bottle of wine and half a bottle of vodka on the side. Rosie has been late to school
32 times this year and told her teacher that she gives Finn his bottle in the night "when Mum is too tired".
Finn has missed his 12-week and 16-week immunisations and his 9-month health review.

## What is going well

Donna loves her children and has been honest about her drinking; she went to the Recovery Service's drop-in on
20/06/2025. Lee is home every weekend and does most of Finn's care then. Nana Jean is close to both children
and lives two streets away. Rosie is doing well at school when she is there and has a good group of friends.

## What Rosie says, and what Finn shows us

**Rosie** (seen on her own at school on 24/06/2025): "I do Finn's bottle because he cries and Mum doesn't hear.
I don't want to get Mum in trouble. I'm worried about big school because it starts earlier and I won't be
there for Finn." She scored home 5 out of 10 and Nana Jean's 10 out of 10. She wants her mum "to stop the
wine" and to go to the Year 6 leavers' disco.

**Finn** cannot tell us in words. On three visits he was clean and smiley, crawled to Rosie as soon as she came
in and held his arms up to her, not to Donna. He sat well and babbled, but his nappy was soaked through on the
visit at 11am on 26/06/2025 and he drank a whole bottle very quickly.

## What we want for Rosie and Finn

1. Rosie and Finn are cared for every evening and every night by an adult who is sober and awake enough to
   look after them.
2. Rosie gets to school on time every day, goes to bed on time and no longer looks after Finn at night.
3. Finn's immunisations and health checks are up to date, and he keeps growing and developing well.
4. Rosie starts Year 7 settled, with a key adult who knows her story.

## The plan

Each part below belongs to the person or service named in its heading. The lines under a heading are that
person's or service's jobs, even though the lines do not repeat the name. Each line says when, and what we
will see.

### Mum's part (Donna)

- Drink no alcohol at any time while Rosie or Finn are in her care, for as long as the plan lasts; a breath test at every Recovery Service session and every social work visit will be clear.
- Take Finn to Kestrel Lane Surgery for all his missed immunisations and his one-year jabs, all done by his first birthday, and show the health visitor the dates in his red book.
- Get Finn up, changed and fed every school morning so that Rosie can leave the house by 8.20am; Brackenside's register will show Rosie in before the bell.

### Lee's part (Finn's dad)

- Do all of Finn's night feeds from Friday night to Sunday night every weekend he is home, and write them in the red book diary page that the health visitor looks at on her visits.

### Nana Jean's part

- Have Rosie and Finn to stay at 4 Brackenside Road every Friday night, and for one week in each school holiday, and keep a diary of each stay that the social worker reads at her next visit.
- Be the adult Rosie rings if her mum has been drinking, and come to the house within 20 minutes, the same night, whenever Rosie rings; text the social worker about every call by 9am the next morning.

### What Brackenside Primary will do (DSL: Mrs Nasreen Iqbal)

- Check every school morning until Rosie leaves on 18/07/2025 that she is in by 8.50am and how she seems, and phone the social worker the same day if she is absent, late or upset, logging each call on CPOMS.
- Send Rosie's safeguarding file and a transition note about her caring role to the DSL at Esklethorpe Academy before the summer holidays, and send the social worker the Academy's reply naming Rosie's key adult.

### What Esklethorpe Academy will do (DSL: Mr Tomasz Nowak)

- Meet Rosie and Nana Jean with Rosie's key adult before Year 7 starts, on the Year 7 welcome afternoon, and give the social worker a copy of Rosie's pastoral plan.

### What the health visitor will do (Gemma Shaw, Kestrel Lane clinic)

- Visit Finn every fortnight until his first birthday, then monthly, weigh him and do his one-year development review, and send the weights and review scores to the social worker after each visit.

### What Esklethorpe Recovery Service will do (adult alcohol service; worker: Kieran Doyle)

- Assess Donna's drinking and agree a treatment plan with her before Brackenside breaks up for the summer, then see her for key-work with a breath test every Wednesday; results go to the social worker each Friday.
- Write to the social worker two days before each core group saying whether Donna is making the changes Rosie and Finn need, and how long further change is likely to take.

### The social worker's part (Hannah Oyelowo)

- Visit Rosie and Finn at home every week, with at least one visit a month unannounced and one visit at Nana Jean's in each school holiday; see Rosie on her own and write down what she says in the visit record.
- Do three sessions with Rosie about being a young carer during the summer holidays, and refer her to Esklethorpe Young Carers before Year 7 starts; Rosie's worksheets and the referral acceptance go on her file.
- Complete a parenting assessment of Donna and Lee by 05/09/2025, and share the written report with them and the core group.

## If things go wrong

- **If Donna drinks while caring for Rosie or Finn** (a positive breath test, a call from Rosie, or a report from
  school or a neighbour): Nana Jean takes both children to 4 Brackenside Road that night, and the social worker
  holds a strategy discussion with Esklethorpe Police the same day.
- **If Nana Jean can't have the children** (she is ill or away): the social worker places Rosie and Finn
  together with Esklethorpe foster carers that day, and Lee is asked the same day whether he can come home and
  care for them while he is assessed.
- **If Donna has two positive breath tests in any four weeks, or Finn's immunisations are not done by his first
  birthday**: the social worker asks Colin Reyes for a legal planning meeting within 5 working days, to decide
  whether to start the Public Law Outline.

## Meetings

- Core group every four weeks, Tuesdays at 3.30pm at Brackenside Primary (Esklethorpe Family Hub in the
  holidays): 15/07/2025, 12/08/2025 and 09/09/2025.
- Review child protection conference: Tuesday 23/09/2025, 10am, Esklethorpe Town Hall.
- Rosie can come to the first part of any core group, or send her views with the social worker.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan as updated at core group, father's depression and overdose, a
#    13-year-old and a 5-year-old. Plain-text email; owners are initials
#    explained in the signature block; timescales are counts and standing
#    rules. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_elverhithe_core_group_email_initials_signature_counts_maddox.txt",
    "split": "tune",
    "actions": 12,
    "template": "core-group-email-plain-text-updated-plan-upper-case-sections-why-childrens-words-outcomes-then-numbered-actions-initials-owners-explained-in-signature-block-timescales-as-counts-and-standing-rules-contingency-meetings",
    "description": (
        "Exemplary child protection plan as updated at the second core group, sent by email as "
        "plain text, for a 13-year-old and a 5-year-old whose father, their sole carer, has "
        "depression and took an overdose in July. Owners are initials (SO, GH, CM, BM...) "
        "explained only in the key under the social worker's signature. Timescales are counts "
        "('at each of the next three visits', 'for the next six Fridays') and standing rules "
        "('at all times', 'never', 'every night'). The CMHT care co-ordinator and psychiatrist "
        "both report on capacity to change, the grandmother's part has a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
From:    Sophie Okonkwo <sophie.okonkwo@elverhithe.gov.example>
To:      Kacey and Alfie Maddox - core group
Date:    Wed 01/10/2025 17:05
Subject: Kacey and Alfie Maddox - child protection plan as updated at core group 30/09/2025

Hi all,

Below is Kacey and Alfie's plan as we updated it at yesterday's core group (the
second since the initial conference on 26/08/2025). Changes from the conference
version are actions 1, 6 and 11. Initials are explained under my signature.
Craig has read this version and agrees with it.

WHY THERE IS A PLAN
-------------------
CM has had depression since the children's mum, Leanne, moved to Cornwall in
2023; she has not seen the children since. On 19/07/2025 Kacey came home from a
friend's and found CM unconscious on the sofa after taking an overdose of his
tablets, with Alfie watching television beside him. Kacey rang 999. CM spent two
nights in hospital and has been under the Elverhithe Community Mental Health
Team since. Before the overdose Kacey was doing most of the cooking and Alfie's
bedtimes, and missing school to look after him. Category: neglect.

WHAT KACEY AND ALFIE HAVE TOLD US
---------------------------------
Kacey (seen on her own at school, 23/09/2025): "I still check on Dad in the night
to see he's breathing. It's better now Nana comes. I want to go back to
swimming club on Thursdays." She scored home 6 out of 10 for feeling safe (it
was 3 at the conference).

Alfie (seen at home, 25/09/2025) showed me his "bedtime chart" on the fridge
and said "Daddy does my story now, not Kacey". He drew his dad in bed and said
"Daddy was poorly sleeping". He held CM's hand the whole visit.

WHAT WE WANT FOR KACEY AND ALFIE
--------------------------------
- Kacey and Alfie are cared for every day and every night by an adult who is
  well enough to look after them, and are never left to find their dad unwell.
- Kacey goes to school every day, goes back to swimming and no longer does
  Alfie's care.
- Alfie gets to school on time, fed and clean, and goes to bed at the same time
  every night.

ACTIONS
-------
1.  SO will see Kacey on her own, away from the house (at school or in the car),
    at each of the next three visits, and will write Kacey's own words about
    home and her "feeling safe" score in the visit record.
2.  SO will visit the home every week, at least one visit in four unannounced,
    and will record where Alfie sleeps, what food is in and whether the
    medication box is locked.
3.  GH will visit CM at home every week and will report in writing before each
    core group on whether CM is making the changes Kacey and Alfie need, and
    how long any further change is likely to take.
4.  RP will review CM's medication and risk at clinic and will send SO and GH,
    by 17/10/2025, a written view of CM's capacity to change and whether he can
    safely be the children's only carer.
5.  CM will keep all his tablets, and any paracetamol in the house, in the
    locked box in his bedroom at all times, so that Kacey and Alfie never find
    medicine lying around; SO holds the spare key and will check that the box
    is locked at every visit.
6.  CM will never leave Alfie in Kacey's care overnight, or for more than an
    hour in the day; Kacey will tell SO at her time alone whether it has
    happened, and SO will write her answer in the visit record.
7.  CM will bath Alfie and have him in bed by 7.30pm every night, with a story,
    and will tick the bedtime chart on the fridge, which SO looks at on each
    visit.
8.  BM will have Kacey and Alfie for tea at 22 Wherry Lane every Tuesday and
    Thursday after school, and will text SO the same evening if either child
    is not collected by 7pm.
9.  LR will email SO Kacey's attendance and lateness for the next six Fridays,
    and will ring SO the same day if Kacey is absent without a reason.
10. JP will tell SO by email each Friday, for the rest of the first half of the
    autumn term (to 24/10/2025), who brought and collected Alfie each day and
    whether he came in fed and clean.
11. KW will do a young carer's assessment with Kacey over her next two
    sessions at Elverhithe Young Carers and will send SO Kacey's young carer's
    plan, including her swimming, by the end of the second session.
12. SO will book Kacey back into swimming club on Thursdays and will check at
    the next three visits that she has been, using the club's register.

IF THINGS GO WRONG
------------------
- If CM says he has thoughts of ending his life, is found to have stockpiled
  tablets, or is drunk while caring for the children, GH will arrange a crisis
  assessment the same day, BM will take Kacey and Alfie to 22 Wherry Lane that
  day, and SO will hold a strategy discussion the same day.
- If BM can't have the children or can't do her Tuesdays and Thursdays (she is
  ill or away), SO will place Kacey and Alfie together with an Elverhithe
  foster carer the same day, with daily phone contact with CM.
- If CM is admitted to hospital, or RP's view is that he cannot safely be the
  children's only carer within the next three months, SO will ask TM for a
  legal planning meeting within five working days.

MEETINGS
--------
Core group .............. every 3 weeks, Tuesdays 4pm, Elverhithe Family Hub:
                          21/10/2025 and 11/11/2025
Review CP conference .... Tuesday 25/11/2025, 10am, Elverhithe Civic Centre

Please reply by Friday if anything above is wrong.

Thanks,

Sophie Okonkwo (SO)
Social Worker, Family Safeguarding Team 2
Elverhithe Borough Council Children's Services
Tel 01632 960 418 · Out of hours: Emergency Duty Team 01632 960 777

Initials used in the plan
SO  Sophie Okonkwo, social worker (lead professional), Elverhithe Children's Services
TM  Tariq Mahmood, team manager, Family Safeguarding Team 2
GH  Gareth Hume, care co-ordinator (CPN), Elverhithe Community Mental Health Team
RP  Dr Ruth Pennington, consultant psychiatrist, Elverhithe Community Mental Health Team
CM  Craig Maddox, Kacey and Alfie's dad
BM  Brenda Maddox, paternal grandmother (Nana), 22 Wherry Lane, Elverhithe
LR  Lorna Reid, designated safeguarding lead, Elverhithe Academy (Kacey, Year 9)
JP  Jamie Price, designated safeguarding lead, Wherry Lane Primary (Alfie, Year 1)
KW  Kezia Ward, young carers worker, Elverhithe Young Carers
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, unexplained bruise on a 3-month-old, father's cannabis use;
#    family living with the maternal grandparents. Passive house style: what
#    will happen first, then when, then the agent at the end; shared tasks
#    say who does which half. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_erthingley_icpc_passive_agent_last_shared_halves_brightwell.pdf",
    "doc_title": "Child Protection Plan - Mia Brightwell",
    "split": "tune",
    "actions": 10,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-concerns-mias-day-outcomes-then-numbered-passive-sentences-agent-at-end-shared-tasks-who-does-which-half-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-month-old with an unexplained bruise to her "
        "cheek, living with her young parents at her maternal grandparents' house; her father "
        "smokes cannabis daily. A Word plan printed to PDF with header and footer, written in a "
        "passive house style: each numbered sentence says what will happen to Mia, then when, "
        "then the agent at the end ('...every week by the social worker'). Shared tasks say who "
        "does which half (night feeds split between the grandparents; the health visitor weighs "
        "and the SW reads the red book). Standing rules ('at all times', 'never', 'every "
        "night') and counts ('at the next two visits') are the timescales. The drug service "
        "reports on change, the grandparents' supervision has a fallback, legal planning "
        "follows a new injury or a negative assessment, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE · Erthingley County Council · Children's Social Care",
    "footer": "Mia Brightwell – Child Protection Plan (ICPC 29/07/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Erthingley County Council · Children's Social Care · Assessment and Child Protection Team 3"),
        ("kv", [
            ("Child", "Mia Brightwell, DOB 10/04/2025 (3 months old at conference)"),
            ("Living at", "31 Larch Road, Erthingley ER2 5TY, the home of her maternal grandparents"),
            ("Mother", "Chloe Brightwell (19)"),
            ("Father", "Jordan Pike (22); lives at 31 Larch Road with Chloe and Mia since 03/07/2025"),
            ("Maternal grandparents", "Sue Brightwell (47) and Martin Brightwell (50), the householders"),
            ("Category", "Physical abuse"),
            ("Conference", "Initial child protection conference, Tuesday 29/07/2025, Erthingley County Hall. "
                           "Chair: Dawn Okereke"),
            ("Social worker", "Hollie Grant (team manager: Marcus Tennant)"),
            ("Health visitor", "Amina Yusuf, Erthingley Community Health, Larch Road clinic"),
        ]),
        ("h1", "Why Mia has a plan"),
        ("p", "On 01/07/2025 the health visitor saw a 2cm bruise on Mia's left cheek at a routine visit to "
              "Chloe and Jordan's flat at 9 Crest Walk. Mia was not yet rolling. Chloe said Mia must have "
              "knocked it on the side of her bouncer; Jordan said he had not noticed it. The child protection "
              "medical at Erthingley General on 01/07/2025 found the bruise consistent with a grip or a slap and "
              "not with the explanation given; the skeletal survey and blood tests were clear. Jordan smokes "
              "cannabis every day and had been looking after Mia alone the evening before. Since 03/07/2025 "
              "Chloe, Jordan and Mia have lived with Sue and Martin, who supervise Mia's care under a written "
              "safety plan. Police have closed their investigation with no further action."),
        ("h1", "What is working well"),
        ("p", "Chloe and Jordan agreed to the safety plan straight away and have kept to it for four weeks. Sue "
              "and Martin have a spare room, are both at home (Martin works from home) and have given up their "
              "holiday to make the plan work. Mia has been to every health appointment and has gained weight "
              "steadily."),
        ("h1", "Mia's day"),
        ("p", "Mia cannot tell us what her days are like, so this is what the SW and health visitor have seen on "
              "seven visits since 03/07/2025. Mia wakes at about 6am and feeds well from a bottle. She cries "
              "hard when she is put down and settles quickly on Sue's shoulder. She smiles and kicks when Chloe "
              "talks to her and follows Chloe's face. When Jordan held her on 22/07/2025 he jiggled her fast "
              "when she cried and she cried harder; when Sue showed him how to hold her against his chest and "
              "walk slowly, Mia went quiet. No new marks have been seen on any visit."),
        ("h1", "What needs to be true for Mia"),
        ("bullets", [
            "Mia is never hurt again, and any mark on her is seen, explained and acted on the same day.",
            "Mia is fed, comforted and settled calmly by adults who know what to do when she cries.",
            "Mia keeps growing along her centile and goes to every health check.",
            "Mia lives in a home with no cannabis smoke and no drugs in it.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is written in our health partners' style: each numbered sentence says what will happen "
              "for Mia, then when, and the person who does it comes at the end. Where two people share a task, "
              "the sentence says who does which part. Each sentence ends with what we will be able to see."),
        ("numbers", [
            "Mia will be seen at home every week, with at least one visit a month unannounced, by the social "
            "worker, Hollie Grant, and how Mia looks, feeds and is handled will be written in the visit record.",
            "Mia will be weighed and checked all over for marks every Monday until she is six months old by the "
            "health visitor, who will plot the weight in the red book and send a body map after each visit; "
            "the red book will be read at her next visit by the SW.",
            "Mia's care will be supervised at all times, day and night, by her grandparents Sue and Martin "
            "Brightwell, so that she is never left alone with Chloe or Jordan, and a daily log of who did each "
            "feed, bath and nappy will be kept for the SW to read at each visit.",
            "Mia's night feeds will be shared every night in the grandparents' room, where her cot is: the "
            "11pm feed will be done by Chloe with Sue, and the 3am feed by Jordan with Martin, each feed being "
            "written on the night chart that is checked at every visit by the health visitor.",
            "Coping with a crying baby (the ICON programme) will be gone through with Chloe and Jordan at the "
            "next two visits by the health visitor, and each parent will be asked to tell her their own plan "
            "for when Mia won't settle, which she will write in the health visiting record.",
            "A written plan for outings, so that Mia is never out alone with either parent, will be agreed "
            "with the family by 08/08/2025 by the social worker, and the signed plan will be sent to the core "
            "group.",
            "Mia's growth and the bruise history will be reviewed at the paediatric clinic at Erthingley "
            "General on 12/08/2025 by Dr Adaeze Nwosu, consultant paediatrician, who will send the SW a clinic "
            "letter within two working days.",
            "Jordan's cannabis use will be assessed and a treatment plan agreed with him by 15/08/2025 by "
            "Erthingley Drug and Alcohol Service (worker: Ravi Chauhan), who will then test Jordan every "
            "fortnight and report to the SW before each core group on whether he is stopping and whether he "
            "is ever under the influence when he is with Mia.",
            "Cannabis will never be brought into 31 Larch Road or the car, or smoked anywhere near Mia, by "
            "Jordan, and whether the house smells of cannabis will be noted at every visit by the SW and the "
            "health visitor.",
            "A parenting assessment of Chloe and Jordan, looking at how each of them responds when Mia cries, "
            "will be completed by 26/09/2025 by the social worker, and the report will be shared with them and "
            "the core group.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If any new bruise or mark is seen on Mia, whoever sees it will phone the SW (out of hours, the "
              "Emergency Duty Team) straight away; the SW will hold a strategy discussion and arrange a child "
              "protection medical the same day, and Mia will stay in Sue and Martin's sole care until then."),
        ("p", "If Sue and Martin can no longer supervise every feed and every night (because of illness, a "
              "falling-out, or Chloe and Jordan moving out with Mia), the SW will place Mia with an Erthingley "
              "foster carer the same day, with family time for Chloe and Jordan every day."),
        ("p", "If Mia has a new injury that is not explained, or the parenting assessment finds that neither "
              "parent can care for her safely without supervision, the SW will request a legal planning meeting "
              "within 5 working days to consider starting care proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 10am at Larch Road clinic: 12/08/2025, 09/09/2025 and "
            "07/10/2025.",
            "Review child protection conference: Tuesday 21/10/2025, 2pm, Erthingley County Hall.",
            "Sue and Martin are invited to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, mother's postnatal depression, her partner's weekend drinking,
#    a 7-week-old and a 5-year-old. Word table with a "Who (and which part)"
#    column; shared-task rows and job-title owners are sound; some rows are
#    not. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_evershallow_icpc_word_table_who_which_part_kettlewell.docx",
    "doc_title": "Child Protection Plan - Reggie Rees and Skye Kettlewell",
    "split": "tune",
    "actions": 14,
    "template": "icpc-word-plan-details-list-worries-childrens-experience-outcomes-then-five-column-table-no-action-who-and-which-part-by-when-how-we-will-know-contingency-core-group",
    "description": (
        "Initial conference plan for a 7-week-old and his 5-year-old sister whose mother has "
        "postnatal depression and whose mother's partner drinks heavily at weekends. A Word table "
        "with a 'Who (and which part)' column: rows shared between two people say who does which "
        "half (HV weighs, SW reads the red book; Callum the 10pm and 2am feeds, Jade the 6am), "
        "job titles alone ('The DSL') and counts ('At the next three visits') are sound. Faults: "
        "perinatal support sessions that only support, Callum to cut down 'Ongoing' measured by "
        "'Improvement', a 'Family' row, the school to be kept informed with no one named and 'As "
        "required', a parenting assessment with no measure, an outcome about the mother's mood, "
        "and no legal step in the contingency."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Evershallow District Council · Children's Services · Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Reggie Rees, DOB 02/06/2025 (7 weeks); Skye Kettlewell (5), DOB 11/01/2020"),
            ("Address", "22 Heron Walk, Evershallow EV3 1PB"),
            ("Mother", "Jade Kettlewell (26)"),
            ("Mother's partner", "Callum Rees (29), Reggie's father; lives at the address"),
            ("Paternal grandmother", "Lorraine Rees, 8 Cobb Street, Evershallow"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Tuesday 22/07/2025, Evershallow Council Offices. Chair: Patrick Venn"),
            ("Social worker", "Amira Haddad, Safeguarding Team 2"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Jade was diagnosed with postnatal depression and anxiety on 30/06/2025. She told the health "
              "visitor she sometimes thinks Reggie would be better off without her, though she has no plan to "
              "hurt herself or him. Callum drinks heavily on Friday and Saturday nights. On Saturday 05/07/2025 "
              "police were called by a neighbour who heard Reggie crying for over an hour: Callum was drunk and "
              "asleep, Jade had gone out walking because she “couldn't stand the noise”, and Skye was trying to "
              "give Reggie a bottle of cold milk. Reggie's weight has dropped from the 50th to the 25th centile."),
        ("h1", "What is working well"),
        ("p", "Jade has started antidepressants and has seen the perinatal team twice. Callum is sober during "
              "the week and is a confident carer for Reggie in the evenings. Lorraine sees the children most "
              "days and wants to help. Skye's school reports that she is happy and well looked after."),
        ("h1", "Skye and Reggie's experience"),
        ("p", "Skye (seen on her own at home, 15/07/2025) said: “Mummy cries a lot and Daddy Callum sleeps on "
              "Saturdays. I help with Reggie. I'm a big sister.” She drew Reggie in a big cot with a smiley "
              "face and herself holding a bottle. She wants “Nanny Lorraine to come every day”."),
        ("p", "Reggie is 7 weeks old. On visits he was clean and warm but his cry was weak and he fed hungrily. "
              "He settled quickly when Callum held him against his chest, and fixed his eyes on Skye's face when "
              "she talked to him."),
        ("h1", "What we want for Reggie and Skye"),
        ("bullets", [
            "Reggie is fed on time every day and every night and grows back towards the 50th centile.",
            "Skye goes to school every day, is not asked to look after Reggie and is cared for by a sober "
            "adult every evening and weekend.",
            "Jade's mood improves and she feels less anxious.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who (and which part)", "By when", "How we will know"],
            "widths": [1.0, 5.2, 3.8, 3.0, 4.0],
            "rows": [
                ["1", "Visit Reggie and Skye at home, see Skye on her own and see Reggie awake and being fed",
                 "Social worker (Amira Haddad)", "Every week, one visit a month unannounced",
                 "Visit records show both children seen, Skye's words written down and how Reggie is handled"],
                ["2", "Weigh Reggie and make sure every weight is in the red book",
                 "HV (Bethan Lloyd) weighs him at the clinic; SW checks the red book at her next visit",
                 "Every Monday until Reggie's 8-week check, then fortnightly",
                 "Weight plotted in the red book and emailed to the SW; Reggie back above the 25th centile"],
                ["3", "Share Reggie's night feeds so that Jade can sleep",
                 "Callum: the 10pm and 2am feeds. Jade: the 6am feed", "Every night",
                 "Each feed written on the feed chart on the fridge, checked by the HV at each visit"],
                ["4", "Go through safe sleep and coping with crying (ICON) with Jade and Callum",
                 "HV (Bethan Lloyd)", "At the next three visits",
                 "Both parents show the HV Reggie's clear Moses basket and tell her their plan for when he "
                 "won't settle"],
                ["5", "Weekly support sessions with Jade at home",
                 "Evershallow Perinatal Mental Health Team", "Weekly", "Attendance recorded"],
                ["6", "Assess how Jade's mood affects her care of Reggie and Skye, and report to each core group "
                      "on whether she is making the changes needed and how long that may take",
                 "Dr Helen Stroud, perinatal psychiatrist", "Assessment by 15/08/2025, then before each core "
                 "group", "Written reports on file before each meeting"],
                ["7", "Review Jade's antidepressant and tell the SW about any change",
                 "GP, Mill Lane Surgery", "By 01/08/2025", "GP letter with the medication plan sent to the SW"],
                ["8", "Assess Callum's drinking, agree a treatment plan and breath test him at each session, and "
                      "tell the SW at once if he has been drinking while caring for Reggie or Skye",
                 "Evershallow Alcohol Service (Marc Devlin)", "Assessment by 08/08/2025, then fortnightly",
                 "Breath test results sent to the SW after each session"],
                ["9", "Callum to cut down his drinking at weekends", "Callum", "Ongoing", "Improvement"],
                ["10", "Help Jade with Reggie's feeds, baths and bedtimes",
                 "Family", "Daily", "Feed chart filled in"],
                ["11", "Look after Skye and give her tea so that Jade can rest",
                 "Lorraine Rees (PGM)", "Weekdays 12pm to 5pm in the summer holidays; after school from "
                 "03/09/2025", "Lorraine's diary of each day, seen by the SW at each visit"],
                ["12", "Skye's school to be kept informed of any changes at home", "-", "As required",
                 "Emails to the school DSL kept on Skye's file"],
                ["13", "Check Skye's attendance and how she presents each morning from the start of Year 1, and "
                       "phone the SW the same day about any concern",
                 "The DSL, Evershallow Primary", "Every school day from 03/09/2025",
                 "Attendance sent to the SW each Friday; calls logged on CPOMS"],
                ["14", "Complete a parenting assessment of Jade and Callum", "SW", "By 19/09/2025", ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jade tells anyone she has thoughts of harming herself or Reggie, or Callum is found drunk "
              "while caring for the children, the SW will hold a strategy discussion the same day and Reggie and "
              "Skye will stay with Lorraine at 8 Cobb Street until it is safe for them to go home."),
        ("p", "If Lorraine or the wider family cannot help (for example Lorraine is ill), the SW will arrange a "
              "foster placement for Reggie and Skye together the same day."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 1pm, Evershallow Children's Centre: 05/08/2025, 02/09/2025 "
            "and 30/09/2025.",
            "Review child protection conference: Tuesday 14/10/2025, 10am, Evershallow Council Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly support sessions with Jade at home"),
        F("T002", "Callum to cut down his drinking at weekends"),
        F("M002", "Callum to cut down his drinking at weekends"),
        F("W002", "Help Jade with Reggie's feeds, baths and bedtimes"),
        F("W001", "Skye's school to be kept informed of any changes"),
        F("T002", "Skye's school to be kept informed of any changes"),
        F("M001", "Complete a parenting assessment of Jade and Callum"),
        F("F002", "Jade's mood improves and she feels less anxious."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan, both parents on methadone, father's heroin relapse, an
#    11-year-old and a 7-year-old. Signs of Safety plan in Markdown with the
#    owner in bold brackets at the end of each next step. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_embsleigh_sos_next_steps_owner_last_fairclough.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-signs-of-safety-markdown-worried-working-well-grid-three-houses-danger-statement-safety-goals-scaling-then-next-steps-bullets-owner-in-bold-at-end-safety-network-contingency-meetings",
    "description": (
        "Initial conference Signs of Safety plan for an 11-year-old and a 7-year-old whose parents "
        "are both on methadone; their father relapsed to heroin and needles were found in the "
        "bathroom. Markdown with a worries / working well grid, three houses, danger statement, "
        "safety goals and scaling, then next steps as bullets with the owner in bold at the end. "
        "Most steps are sound (standing rules such as 'at all times' and 'never', the recovery "
        "service reporting, grandad's school run). Faults: home conditions checked with no one "
        "named, 'The network' to keep the children away from drug users with no measure, Shane to "
        "'keep engaging' with no timescale, the DSL to 'keep an eye on' attendance; Kim and Ray "
        "carry weekends and the school run with no fallback, and no legal step."
    ),
    "text": """\
# Embsleigh Children's Services — Signs of Safety child protection plan

**Children:** Tayla Fairclough (11, Year 7 at Embsleigh High from 03/09/2025) and Mason Fairclough (7, Year 3 at
Embsleigh Primary)
**Parents:** Kelly Fairclough (35) and Shane Fairclough (38), 14 Chapel Row, Embsleigh EM8 3QA
**Initial child protection conference:** Thursday 28/08/2025 · **Chair:** Rachel Stanforth · **Category:** neglect
**Social worker:** Ellie Dunmore (team manager: Graham Pugh)

## What are we worried about? / What's working well?

| What are we worried about? | What's working well? |
|---|---|
| Shane and Kelly have both been prescribed methadone for six years. In May 2025 Shane started using heroin again. On 09/06/2025 Mason found a used needle on the bathroom windowsill and showed it to his teacher. | Kelly has not used heroin for six years and her tests are clear. Shane told his recovery worker about his relapse himself and has had clear tests since 04/08/2025. |
| In July police found Shane asleep in the car outside the house with Mason in the back seat. | The children are well fed, clean and warmly dressed, and both love school. |
| Tayla has been getting Mason ready for school and making tea on days her dad is "poorly". | Kim (Kelly's sister) and Ray (Shane's dad) see the children every week and want to help. |

## Tayla's and Mason's three houses

**Tayla** (seen on her own at school, 21/08/2025). *House of worries:* "When Dad goes quiet and falls asleep in
the day. Finding things in the bathroom." *House of good things:* "Auntie Kim's on Fridays, my phone, netball."
*House of dreams:* "Dad well and no more hospital bottles. Going to big school without worrying about Mason."

**Mason** (seen at home, 22/08/2025) drew a needle in his house of worries and a big X through it. His house of
good things has Grandad Ray's dog and "Mum's pancakes". In his house of dreams "Daddy doesn't sleep in the car".

## Danger statement

Everyone is worried that if Shane uses heroin again, Tayla and Mason could be left with no adult awake to look
after them, could find needles or drugs and be hurt, or could be driven by a parent who is under the influence.

## Safety goals (what we want for Tayla and Mason)

1. Tayla and Mason are always looked after by an adult who is not under the influence of drugs or alcohol.
2. Tayla and Mason never find needles, drugs or methadone anywhere in their home.
3. Tayla starts Year 7 without looking after Mason, and both children get to school every day.

## Scaling

On a scale of 0 (the children must leave home now) to 10 (the children are safe enough to close the plan):
Ellie 4, Kelly 7, Shane 6, Kim 5, Embsleigh Recovery 5.

## Next steps

- Visit every Tuesday after school, see Tayla and Mason on their own, and ask each of them to score how safe home feels, writing the scores in the visit record — **Ellie Dunmore (SW)**
- Keep all methadone in the locked box in the kitchen cupboard at all times, and never bring needles or other drugs into the house; the box and the bathroom will be checked at every visit — **Shane and Kelly**, with Ellie checking
- Test Shane and Kelly every week and send the results to Ellie each Friday, with a written view before each core group on whether Shane is staying off heroin and what that means for Tayla and Mason — **Embsleigh Recovery (Lee Tasker, recovery worker)**
- Home conditions to be checked at unannounced visits every fortnight, with photos of the bathroom and kitchen kept on file
- Have Tayla and Mason to stay every Friday night and text Ellie each Saturday to say how the stay went — **Kim Naylor (maternal aunt)**
- Take Tayla and Mason to school and collect them every school day, signing them in and out at each school office — **Ray Fairclough (paternal grandad)**
- Make sure Tayla and Mason are never around anyone who is using drugs — **The network**
- Keep engaging with Embsleigh Recovery and his methadone script — **Shane**
- Keep an eye on Tayla's and Mason's attendance and presentation every school day — **Mrs Farah Jilani (DSL, Embsleigh Primary)**
- Do a health check for Mason, including his hearing, by 26/09/2025 and send the results to Ellie — **Alex Mensah (school nurse)**
- Refer Tayla to Embsleigh Young Carers by 05/09/2025; the young carers' plan for Tayla will be copied to her file — **Ellie Dunmore (SW)**
- Complete a parenting assessment of Kelly and Shane by 10/10/2025 and share the report with them and the core group — **Ellie Dunmore (SW)**

## Safety network

Kim Naylor (maternal aunt), Ray Fairclough (paternal grandad), Kelly and Shane. Every member of the network has
the safety goals and Ellie's number, and has agreed to tell Ellie the same day if they are worried.

## Contingency

If Shane or Kelly use heroin, or are found under the influence while caring for Tayla and Mason, the children
will go to Kim's house at 6 Mill Brow that night and Ellie will hold a strategy discussion with Embsleigh Police
the next working day.

## Meetings

- Core group every four weeks, Thursdays at 3.45pm at Embsleigh Primary: 11/09/2025, 09/10/2025 and 06/11/2025.
- Review child protection conference: Thursday 20/11/2025, 10am, Embsleigh Town Hall.
""",
    "findings": [
        F("W001", "Home conditions to be checked at unannounced visits every fortnight"),
        F("W002", "Make sure Tayla and Mason are never around anyone"),
        F("M001", "Make sure Tayla and Mason are never around anyone"),
        F("T001", "Keep engaging with Embsleigh Recovery and his methadone script"),
        F("M002", "Keep engaging with Embsleigh Recovery and his methadone script"),
        F("M002", "Keep an eye on Tayla's and Mason's attendance"),
        F("C003"),
        F("R002"),
    ],
})
