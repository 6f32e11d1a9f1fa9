"""Batch 221, module c: seven fictional plans (held-out material), places beginning with "c".

Batch: 221. Letter: c. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, refuges, adult services, streets, towns and councils.
Any resemblance to real people, places or cases is a coincidence. The
labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13 and the notes for later
batches), without running planlint or reading its code.

Focus: plans built on practice frameworks' own templates, so that the
parts of a plan are not under the usual labels. The outcomes are "safety
goals", "what we want for Kayden and Lily-Mae" or "what will be
different for the children"; the child's voice is "words and pictures", "what Mollie said
when we scaled", a children's advocate's notes or a baby's world; the
contingency is "if the safety network can't ...", the family's "Plan B",
"if Aaron breaks the rules" or "if Jade's mood starts to slip"; the review
is the "next network meeting", a review family group conference or a
"by the next review" line beside the core group and conference dates; the
owners, times and checks sit in a network member's job card, a family's
"Nan will" sentence, a perpetrator's accountability table, a score to
reach in a Graded Care Profile area, a pre-birth stage's heading or a
MARAC action sheet. Four of the seven plans are exemplary; the three faulty
plans hold their faults in the framework's own voice, as confidently as
the good parts beside them. Where a case was borderline under a rule it
was rewritten so that it is plainly on one side.

1. Coldermere (md, exemplary): Signs of Safety safety plan for a 9-year-old
   and a 3-year-old (the father's drinking while caring, the mother on night
   shifts): danger statement, safety goals, worries and what's working
   well, a scaling table, Mollie's words and what she said when she scaled,
   Theo's day, the words and pictures explanation, then "What needs to
   happen": a job card (Job / When / How the network will know) for each
   safety network member and the professionals' next steps; the recovery
   service reports on the father's capacity to change.
2. Crabthorne (docx): a family group conference family plan for a 7-year-old
   and a 3-year-old (neglect, the mother's low mood and cannabis use), in the
   family's words ("Nan will ...", "Our family will ..."), the children's
   advocate's notes, the family's Plan B, then the professionals' part
   agreed by the social worker. Faults: "Our family" owning the rule on
   cannabis in the flat (W002); Auntie Shell's overnight breaks "As and
   when Jodie needs a break" (T002); the family support worker's routines
   work with an empty check (M001); the community mental health team's CBT sessions that
   only treat the mother (H001); a Plan B that rests on Nan with nothing if
   Nan cannot (C003); and no legal planning anywhere (R002).
3. Cresbourne (pdf, header and footer, exemplary): a Safe and Together plan
   for a 9-year-old and a 5-year-old (the father's coercive control):
   Aaron's pattern of behaviour, Megan's protective efforts, the impact on
   the children, then three tables (Aaron's actions and accountability /
   partnering with Megan / the children) with Who / What / When / How we'll
   know columns, contact supervised by the paternal grandfather with a
   contact-centre fallback.
4. Chiddenholt (txt): a case-system print of a Graded Care Profile 2 plan,
   stepped up from a Team Around the Family plan, for three children aged
   11, 6 and 2 (neglect; the mother's depression); each GCP2 area has its
   score at step-up, its target for the review and Task / Lead / Due /
   Evidence / Source lines. Faults: beds, bedding and a washing machine
   that "will be provided", with "-" for the lead (W001); the dentist
   registration "ASAP" (T002); the nursery place with an empty Evidence
   line (M001); the family support worker's
   sessions evidenced by "Engagement" (M002); an area goal about the
   mother only (F002); the mother's depression with no adult service
   owning any work (F004); and a review conference "to be arranged" (R001).
5. Cowdenleigh (docx, exemplary): a pre-birth plan for an unborn baby (the
   mother's history of postpartum psychosis, the father working away)
   with three stage tables ("now to 37 weeks", "birth and on the ward",
   "going home, from discharge until the baby is 12 weeks old"), each with
   Who / What / When / How we'll know; the perinatal mental health nurse
   and psychiatrist report on the mother's capacity to change and its
   likely timescale.
6. Clatterdale (pdf, header and footer): a MARAC action sheet joined to a
   child protection plan for a 12-year-old and a 6-year-old after their
   mother and the children moved to a refuge in another authority. Faults:
   "All agencies" flagging the records (W002); the IDVA's support due
   "Ongoing" (T002); the refuge children's worker's play sessions
   evidenced by "Maisie's engagement with the sessions" (M002); Tyler's
   counselling handed on to the new authority once the transfer is
   complete (X001); a contingency whose
   trigger is "further incidents" and whose response is to review the plan
   (C002); and no legal planning (R002).
7. Callerdyke (md, exemplary): a Family Safeguarding plan for a 13-year-old
   and a 4-year-old (the mother's alcohol use, the father's depression),
   written by the team's social worker with its adult workers (a substance
   misuse worker, an adult mental health practitioner): the group
   supervision's hypotheses, the children's words, what will be different
   for the children, then a numbered outline of work with Lead / When /
   We'll know lines; the adult workers report on each parent's capacity to
   change and how long it will take.

Plans 1, 3, 5 and 7 are exemplary: every action has a named owner (a
network member's job card, a family member in the family's own words, a
named worker or a single agency), a real timescale and a check someone
can see, count or read; every outcome, safety goal and area goal is about
the children; each contingency has specific triggers and protective
responses, with a fallback wherever a relative helps; each records the
children's words or observed days, core group (network meeting) dates and
a dated review conference, and a legal planning meeting after insufficient
progress or a named trigger; where a parent is ill or drinks an adult
service owns work, and every adult mental health service is asked for its
view of the parent's capacity to change and how long it will take.
The three faulty plans hold 19 expected findings between them (6, 7 and
6), spread over thirteen rules.

Counting convention used for "actions" (README convention 1): each row of
a job card, family plan, professionals' part, accountability table or
stage table, each Task block of the case print, each row of the MARAC
action sheet and each numbered item of the outline counts once. Danger
statements, safety goals, worries, what's working well, scaling, the
children's words and days, the words and pictures explanation, hypotheses,
GCP2 scores and targets, outcomes, contingencies and Plan Bs, and meeting
dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety safety plan with job cards for each network member.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_coldermere_sos_network_job_cards_holt.md",
    "split": "heldout",
    "actions": 14,
    "template": "signs-of-safety-safety-plan-md-header-table-danger-statement-safety-goals-worried-about-working-well-scaling-table-mollies-words-and-what-she-said-when-she-scaled-theos-day-words-and-pictures-draft-then-what-needs-to-happen-job-card-per-network-member-job-when-how-the-network-will-know-then-professionals-next-steps-then-if-the-safety-network-cant-then-next-network-meetings",
    "description": (
        "Exemplary Signs of Safety safety plan for a 9-year-old girl and a 3-year-old boy, written at the "
        "first safety network meeting after the initial conference: their father drinks heavily, was "
        "found asleep drunk while the 3-year-old wandered into the road, and drove his daughter to school "
        "over the limit; their mother works three night shifts a week. A danger statement, safety goals "
        "about the children, worries and what's working well, a scaling table, Mollie's words and what "
        "she said when she scaled, Theo's observed day and the draft words and pictures explanation, then "
        "'What needs to happen': a job card for each safety network member (Job / When / How the network "
        "will know; the card's heading names whose jobs they are: the father, the mother, the paternal "
        "grandmother, the maternal aunt, a neighbour) and the professionals' next steps (Who / What / By "
        "when / How we'll know), with the recovery service reporting on the father's capacity to change "
        "and how long it will take. 'If the safety network can't ...' gives triggers, a fallback for each "
        "relative's nights and a legal planning meeting after named triggers; next network meetings and "
        "the review conference are dated."
    ),
    "text": """\
# Coldermere Council Children's Services

## Signs of Safety: Safety Plan for Mollie and Theo Holt

| | |
|---|---|
| **Children** | Mollie Holt, born 03/05/2016 (9), Year 5 at Colderbank Primary School; Theo Holt, born 18/09/2022 (3), Coldermere Little Acorns Nursery (mornings) |
| **Home** | 14 Lark Rise, Coldermere CD4 7JN |
| **Parents** | Samantha (Sam) Holt (35), night care assistant at Coldermere Court Care Home; Gary Holt (38), not working since he lost his licence |
| **Plan since** | Initial child protection conference, 12/01/2026 (category: neglect) |
| **Safety plan written** | At the first safety network meeting, 22/01/2026, by Hannah Okoye (social worker) with Sam, Gary and the network |
| **Social worker / team manager** | Hannah Okoye / Marcus Reid, Coldermere Safeguarding Team 2 |
| **Next network meeting** | 19/02/2026, 4pm, Colderbank Primary School |

### Danger statement

Children's services, the police and Colderbank Primary are worried that if Gary drinks while he is
looking after Mollie and Theo he will fall asleep or drive, and that Theo could get out of the house
on his own, be hurt on the road or in the kitchen, and that Mollie could be driven by a drunk adult
again or feel she has to look after Theo and her dad by herself.

### Safety goals

For the network to close the plan, everyone needs to see for at least six months that:

1. Mollie and Theo are looked after by a sober adult every hour of the day and night, including the
   nights Sam is at work.
2. Theo cannot get out of the house on his own and is never left with an adult who is asleep or drunk.
3. Mollie is never in a car with an adult who has been drinking, and knows exactly who she can go to
   if her dad seems "funny".
4. Mollie gets to school on time every day and can be a 9-year-old, not Theo's carer.

### What are we worried about?

**What has happened (harm):**

- 14/10/2025, about 8pm: a neighbour found Theo (then 2) in his pyjamas on Lark Rise, near the main
  road. Police found Gary asleep on the sofa with eight empty cans beside him; Mollie was upstairs
  with her headphones on.
- 21/11/2025: Gary drove Mollie to school after drinking through the night. He was breathalysed at
  the school gate, was twice the limit, and has since been banned from driving for 18 months.
- Mollie told her teacher in December that she "does Theo's tea when Dad's asleep".

**What makes it harder (complicating factors):**

- Gary says he drinks 6 to 8 cans most days, more since his father died in the spring.
- Sam works three night shifts a week (Tuesday, Wednesday and Friday, 7pm to 7am) and sleeps until
  about 2pm the next day, so Gary is the only adult awake on those mornings.
- Gary has tried to stop on his own twice and started again within a fortnight both times.

### What's working well?

- Sam acted quickly after October: she now locks the back gate and has stopped Gary having the car
  keys (he now has no licence).
- Nana Jean (Gary's mum) and Auntie Lou (Sam's sister) both came to the network meeting and offered
  nights straight away.
- Gary has been to the Coldermere Recovery Service's drop-in twice and has said, in front of the
  network, "I'm an alcoholic and I can't be in charge of the kids when I've had a drink."
- Mollie's attendance is 96% this term and she is doing well in reading.
- Theo is a healthy weight, his 2-year review was on time and nursery say he is "a chatterbox".

### Scaling

0 means Mollie and Theo cannot stay at home; 10 means everyone is confident enough that they are
safe to close the plan.

| Who | Score (22/01/2026) | Why |
|---|---|---|
| Hannah (social worker) | 3 | The network is strong, but Gary is still drinking most days |
| Sam | 6 | "I've put things in place. I just need Gary to stick to it." |
| Gary | 7 | "I know what I did. It won't happen again." |
| Nana Jean | 5 | "I'll do my bit, but he's said that before." |
| Mrs Clare Donnelly (DSL, Colderbank Primary) | 4 | Mollie is still worried about her dad every morning |

### Mollie's words, and what she said when we scaled

Hannah saw Mollie on her own at school on 16/01/2026 and did the Three Houses with her.

- **House of worries:** "When Dad's asleep and Theo won't stop crying." "When Dad drove really
  weird and the police came." "I don't like the smell of the cans."
- **House of good things:** "Nana Jean's pancakes." "Auntie Lou lets me do her nails." "Mum lets me
  stay up on Saturdays to watch the dancing."
- **House of dreams:** "Dad not drinking any more and taking me swimming." "Theo being big enough
  to play football with me."

When Hannah asked her to scale how safe she feels at home, Mollie put herself at 5 out of 10: "It's a
5 when Mum's at work and a 9 when she's home." Asked what would make it a 6, she said: "If Nana
stays every time Mum's at work, not just sometimes."

### Theo's day

Theo is too young to tell us. At nursery he runs in to his key person, Kerry, and is settled within a
few minutes. On Hannah's visits he climbs on Sam and shows her his cars; on the morning visit after
Sam's night shift (21/01/2026) he was in a wet nappy at 10am and had not had breakfast, and Gary was
still in bed. He says "Nana" and "Lolly" (Lou) and runs to the door when he hears them.

### Words and pictures (draft, to be finished with Mollie)

"Mummy and Daddy love Mollie and Theo very much. Daddy has been drinking too much beer and it makes
him very sleepy and not safe to drive. One night Theo got out of the house and a lady found him near
the road. Another day Daddy drove Mollie to school when he had had too much beer, and the police
stopped him. Lots of people are now helping, so that there is always a grown-up in the house who has
not had any beer. Mollie can always go next door to Priya's if she is worried."

### What needs to happen

#### The safety network's job cards

Each card is one person's jobs, agreed at the network meeting on 22/01/2026. "The journal" is the
safety journal kept on the kitchen shelf, in which each job is signed off.

##### Gary's job card

| Job | When | How the network will know |
|---|---|---|
| Blow into the breath-test device on loan from the Coldermere Recovery Service before he gets Mollie and Theo up, so they are only cared for by a sober dad | 7.45am every Wednesday, Thursday and Saturday (the mornings after Sam's night shifts), from 28/01/2026 | Every reading 0.00; the device sends each reading to Sam's and Hannah's phones, and Hannah reads the weekly report every Monday |
| Fit a high bolt on the front door and keep a padlock on the back gate, so that Theo cannot get out on his own | By 30/01/2026 | Hannah sees the bolt and the padlock at her next visit |
| Go to the Recovery Service group and see his recovery worker, Carl, so that he can look after Mollie and Theo without drinking | Group every Thursday at 10am, and one-to-one with Carl every other Monday, from 29/01/2026 | Carl sends Hannah the attendance sheet on the last Friday of each month |

##### Sam's job card

| Job | When | How the network will know |
|---|---|---|
| Not leave for work until Nana Jean or Lou has arrived, and write in the journal who is staying | Every shift night (Tuesday, Wednesday and Friday) before 6.45pm | Journal entry for every shift night, read by Hannah at each visit |
| Ring Hannah (or the Emergency Duty Team after 5pm) if she smells drink on Gary or sees him drunk while the children are with him | The same day, every time | The call is on Mollie's and Theo's records, and Sam writes it in the journal |

##### Nana Jean's job card (Jean Holt, Gary's mum)

| Job | When | How the network will know |
|---|---|---|
| Sleep over at Lark Rise while Sam is at work, and stay in the morning until she has seen Gary's 0.00 reading on his phone | Every Tuesday and Wednesday night, from 6.45pm until at least 8am | Nana Jean signs the journal at night and in the morning with the reading she saw |

##### Auntie Lou's job card (Louise Barker, Sam's sister)

| Job | When | How the network will know |
|---|---|---|
| Sleep over at Lark Rise while Sam is at work, and stay in the morning until she has seen Gary's 0.00 reading | Every Friday night, from 6.45pm until at least 8am | Lou signs the journal at night and in the morning with the reading she saw |

##### Priya's job card (Priya Shah, next door at number 16)

| Job | When | How the network will know |
|---|---|---|
| Be Mollie's safe house: if Mollie comes round because her dad is asleep or "funny", take Mollie and Theo in, then ring Sam and Hannah (or the Emergency Duty Team) | Every time Mollie comes to her door | Priya writes what happened in the journal that day and Hannah records it |

#### The professionals' next steps

| Who | What | By when | How we'll know |
|---|---|---|---|
| Hannah Okoye, social worker | Visit Lark Rise, see Mollie on her own and Theo with his parents, and read the journal; at least one visit a month is unannounced and on a morning after Sam's night shift | Every week until the review conference | Visit record on the children's file within 2 working days, with Mollie's words and what the journal shows |
| Hannah Okoye, social worker | Finish the words and pictures explanation with Sam and Gary and read it with Mollie, so that she knows why there is a safety plan and who to go to | By 13/02/2026 | The finished story, signed by Sam and Gary, on file; Mollie can tell Hannah in her own words who she can go to |
| Carl Denby, recovery worker, Coldermere Recovery Service | Assess Gary's drinking (AUDIT score, liver blood test with his GP) and write a report on his capacity to change: what he has changed, the steps still needed, and how long they are likely to take, with what that means for his care of Mollie and Theo | Report by 06/03/2026 | Carl's report to Hannah by 06/03/2026, shared at the network meeting on 19/03/2026 |
| Mrs Clare Donnelly, DSL, Colderbank Primary School | Check in with Mollie at the start of each day, ask how her morning was, and record her "worry score" (0-10) | Every school day at 8.45am | Scores and Mollie's words on CPOMS; summary e-mailed to Hannah every Friday |
| Kerry Nolan, Theo's key person, Coldermere Little Acorns Nursery | Note who drops Theo off and collects him and how he seems; if that adult seems to have been drinking, keep Theo at nursery and ring Sam and Hannah | Every nursery session (Monday to Friday mornings) | Drop-off and collection log, sent to Hannah every Friday |
| Aisha Rahman, health visitor, Coldermere 0-19 Service | Theo's 3-year development review and a home safety check (stair gate, window locks, the new door bolt) | By 20/02/2026 | ASQ-3 scores and the signed home safety checklist sent to Hannah |

### If the safety network can't keep Mollie and Theo safe

- **If Gary's reading is above 0.00, or he misses a test,** on a morning after a night shift, Nana Jean
  or Lou stays and takes the children to school and nursery, and Sam or Hannah is told by 9am. If it
  happens twice before the next network meeting, Gary moves to Nana Jean's flat until the network
  meets, and Sam does not work nights until then.
- **If Nana Jean or Lou can't do a night,** she tells Sam by 12 noon that day and the other one covers
  it. If neither can, Sam does not go to work that night (her manager at Coldermere Court has agreed
  this in writing), or Mollie and Theo sleep at Lou's flat with Lou.
- **If Priya is out or doesn't answer,** Mollie rings Nana Jean from the phone in the hall (Nana Jean's
  number is on the card by the phone, and she lives five minutes away) or rings 999 if Theo is hurt
  or outside; Nana Jean comes straight round and rings Hannah or the Emergency Duty Team.
- **If nobody in the network can have the children** and Sam has to work, Sam rings Hannah, or the
  Emergency Duty Team after 5pm, who will find emergency foster carers for Mollie and Theo that night.
- **If Gary is found drunk while he is caring for Mollie and Theo, or drives with either of them,**
  the adult who finds it rings 999 if the children are in danger, and Hannah or the Emergency Duty
  Team holds a strategy discussion the same day; the children go to Nana Jean's that night, or to Lou's
  if Nana Jean cannot have them.
- **If the plan isn't enough:** if Gary is found drunk while caring for the children once more, or has
  three readings above 0.00 before the review conference, Marcus Reid (team manager) will hold a legal
  planning meeting within 5 working days to decide whether to start pre-proceedings under the Public
  Law Outline.

### Next network meetings and the review

- Safety network meetings (the core group) every four weeks at Colderbank Primary, Thursdays at 4pm:
  19/02/2026 and 19/03/2026. The family, the network and every professional above are invited.
- Review child protection conference: 09/04/2026 at 10am, Coldermere Civic Centre.
- Next scaling: at each network meeting. By the review the network is looking for every score at 6 or
  above.

Safety plan agreed by Sam, Gary, Jean Holt, Louise Barker and Priya Shah on 22/01/2026. Copies to the
family and every agency named above; Mollie's own copy is her words and pictures story.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family group conference family plan in the family's words, with the
#    professionals' part agreed below. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_crabthorne_fgc_family_plan_nan_will_keane.docx",
    "doc_title": "Family Group Conference: Our Family Plan - Kayden and Lily-Mae Keane",
    "split": "heldout",
    "actions": 13,
    "template": "family-group-conference-family-plan-docx-fgc-service-front-kv-the-question-we-were-asked-who-came-table-what-kayden-told-his-advocate-what-we-want-for-kayden-and-lily-mae-then-our-family-plan-table-what-we-will-do-who-when-how-everyone-will-know-in-the-familys-words-then-plan-b-then-social-workers-agreement-and-professionals-part-table-then-meetings",
    "description": (
        "A family group conference family plan for a 7-year-old boy and a 3-year-old girl on child "
        "protection plans for neglect (late to school, little food in the house, cannabis smoked in the "
        "flat, the children unwashed); their mother has low mood and smokes cannabis daily. Written in the "
        "family's own words after private family time ('Nan will ...', 'Our family will ...'), with the "
        "question the family was asked, who came, what Kayden told his advocate, what the family wants "
        "for the children, the family's Plan B, then the social worker's agreement and the professionals' "
        "part. Faults: 'Our family' owns the rule on cannabis in the house (W002); Auntie Shell has the "
        "children 'as and when Jodie needs a break' (T002); the family support worker's routines work "
        "has an empty check cell (M001); the community mental health team's CBT only treats the mother's "
        "low mood, checked by attendance (H001); Plan B rests on Nan with nothing if Nan cannot have the "
        "children (C003); and nothing anywhere says legal planning follows if the plan does not work "
        "(R002)."
    ),
    "blocks": [
        ("title", "Our Family Plan"),
        ("p", "Crabthorne Family Group Conference Service, with Crabthorne Borough Council Children's "
              "Services. This is the plan the Keane family made in private family time at their family group "
              "conference on 15/01/2026. The family wrote it in their own words; Gemma Walsh (independent "
              "coordinator) typed it up without changing them. The social worker's agreement and the "
              "professionals' part are at the end."),
        ("kv", [
            ("Children", "Kayden Keane, born 14/10/2018 (7), Year 2, Crabthorne Meadow Primary School; "
                         "Lily-Mae Keane, born 27/10/2022 (3), Crabthorne Meadow Nursery"),
            ("Mum", "Jodie Keane (26), 3 Heron Court, Crabthorne CB2 8LT"),
            ("Child protection plan", "Since the initial conference on 18/12/2025 (category: neglect)"),
            ("Social worker", "Amy Fletcher, Crabthorne Children's Services, Safeguarding Team 1 "
                              "(team manager: Paul Hendry)"),
            ("FGC coordinator", "Gemma Walsh, Crabthorne Family Group Conference Service"),
            ("Children's advocate", "Tom Birch, Crabthorne Children's Advocacy"),
        ]),
        ("h1", "The question we were asked"),
        ("p", "\"How can your family make sure Kayden and Lily-Mae are fed, clean, in school and nursery on "
              "time and living in a home with no cannabis smoke, every day?\""),
        ("p", "Amy told the family at the start what children's services are worried about: Kayden has been "
              "late 31 times this school year and missed 14 days; there has often been no food in the flat "
              "when Amy has visited; the flat smells strongly of cannabis; Kayden has come to school in the "
              "same clothes for a week, and Lily-Mae has had nappy rash so bad the nursery took photos. Jodie "
              "told the conference she has been \"really low since Christmas\" and smokes cannabis every day "
              "\"to get through it\"."),
        ("h1", "Who came"),
        ("table", {
            "header": ["Name", "Who they are to the children"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Jodie Keane", "Mum"],
                ["Denise Keane", "Nan (Jodie's mum), lives 10 minutes' walk away at 22 Mallard Way"],
                ["Tony Keane", "Grandad (Jodie's dad)"],
                ["Ryan Keane", "Uncle (Jodie's brother)"],
                ["Michelle (Shell) Doyle", "Great-auntie (Denise's sister)"],
                ["Tom Birch", "Kayden's advocate, who brought Kayden's words"],
            ],
        }),
        ("h1", "What Kayden told his advocate"),
        ("p", "Tom saw Kayden twice at school (08/01/2026 and 13/01/2026). Kayden said: \"I like it when Nan "
              "does my packed lunch, she puts a KitKat in.\" \"Mum sleeps a lot. I do Lily-Mae's cereal.\" "
              "\"The flat smells like the funny smoke and my coat smells of it at school and Jayden said I "
              "stink.\" \"I want to be on time so I can do the register job.\" He drew his family with Nan "
              "holding his hand and Lily-Mae on Grandad's shoulders. He wants to stay living with his mum."),
        ("p", "Lily-Mae is 3. Nursery say she eats everything at snack time and asks for more, and that she "
              "cries when it is time to go home some days. She calls Nan \"Nanny Dee\"."),
        ("h1", "What we want for Kayden and Lily-Mae"),
        ("bullets", [
            "Kayden and Lily-Mae have breakfast, lunch and tea every day and there is always food in the "
            "cupboards.",
            "Kayden gets to school on time every day so he can do the register job, and Lily-Mae gets to "
            "nursery every morning.",
            "The kids are clean, in clean clothes, and Lily-Mae's sore skin gets better.",
            "The kids live in a flat with no cannabis smoke, and Kayden's coat doesn't smell.",
        ]),
        ("h1", "Our family plan"),
        ("table", {
            "header": ["What we will do", "Who", "When", "How everyone will know"],
            "widths": [6.2, 3.2, 3.6, 4.0],
            "rows": [
                ["Nan will walk Kayden to school and Lily-Mae to nursery, and give them breakfast at hers "
                 "first if they haven't had any",
                 "Nan (Denise)",
                 "Every weekday, 8.15am, from 19/01/2026",
                 "School and nursery registers show the kids in on time; Mrs Akhtar sends them to Amy every "
                 "Friday"],
                ["Jodie will have the kids up, dressed and in clean clothes when Nan comes",
                 "Jodie",
                 "Every weekday by 8.15am",
                 "Nan ticks the morning chart on the fridge; Amy looks at it when she visits"],
                ["Uncle Ryan will take Jodie for the big shop and cook a pan of tea for the week with her",
                 "Ryan",
                 "Every Sunday afternoon, from 18/01/2026",
                 "Food in the fridge and cupboards when Amy visits; the week's meals written on the fridge"],
                ["Auntie Shell will have Kayden and Lily-Mae at hers overnight to give Jodie a break",
                 "Shell",
                 "As and when Jodie needs a break",
                 "Shell writes the nights in the family diary"],
                ["Our family will make sure nobody smokes cannabis in the flat or near the kids",
                 "Our family",
                 "Every day",
                 "No smell of cannabis in the flat or on the kids' clothes at Amy's visits or at school"],
                ["Jodie will stop smoking cannabis in the flat and go to Crabthorne Drug and Alcohol Service "
                 "every week to cut down",
                 "Jodie",
                 "Every Tuesday at 11am, from 20/01/2026",
                 "Her key worker's letter each month to Amy with attendance and test results"],
                ["Grandad will wash the kids' school and nursery clothes and bring them back ironed",
                 "Grandad (Tony)",
                 "Every Monday and Thursday",
                 "Kayden and Lily-Mae in clean clothes every day (school and nursery tell Amy if not)"],
            ],
        }),
        ("h1", "Plan B: what we'll do if things go wrong"),
        ("p", "If Jodie is too low to get up in the morning, or she has been smoking cannabis while she has the "
              "kids, she will ring Nan, and Kayden and Lily-Mae will go and stay at Nan's until Jodie is OK "
              "again. Nan will tell Amy the same day. If Jodie doesn't answer the door at 8.15am, Nan will use "
              "her key and take the kids."),
        ("h1", "The social worker's agreement"),
        ("p", "I agree this plan as safe enough for Kayden and Lily-Mae to stay at home with Jodie, with the "
              "family's help and the professionals' part below. It becomes part of the children's child "
              "protection plan from 19/01/2026. Amy Fletcher, social worker, 16/01/2026. Agreed by Paul "
              "Hendry, team manager."),
        ("h1", "What the professionals will do"),
        ("table", {
            "header": ["What", "Who", "When", "How we'll know"],
            "widths": [6.4, 3.6, 3.4, 3.6],
            "rows": [
                ["Visit the flat, see Kayden on his own and Lily-Mae with Jodie, check the food and the "
                 "morning chart",
                 "Amy Fletcher, social worker",
                 "Every week until the review conference; one visit in four unannounced",
                 "Visit records within 2 working days, with Kayden's words and what Amy saw in the flat"],
                ["Help Jodie set up a morning and bedtime routine for the kids: bath, tea, clothes out for "
                 "the next day",
                 "Lorraine Bell, family support worker, Crabthorne Family Hub",
                 "Tuesday and Friday mornings for 8 weeks from 20/01/2026",
                 ""],
                ["Six sessions of CBT for Jodie's low mood",
                 "Crabthorne Community Mental Health Team (Dr Sian Pryce, psychologist)",
                 "Fortnightly from 27/01/2026",
                 "Letters to Amy confirming each session Jodie attended"],
                ["Breakfast club place for Kayden, and a check that he has eaten and is in clean clothes",
                 "Mrs Nadia Akhtar, DSL, Crabthorne Meadow Primary School",
                 "Every school day from 19/01/2026",
                 "Breakfast club register and CPOMS notes e-mailed to Amy every Friday"],
                ["Lily-Mae's overdue development review, and treatment for her nappy rash",
                 "Becky Lowe, health visitor, Crabthorne 0-19 Service",
                 "By 06/02/2026",
                 "ASQ-3 scores and a skin check written in the red book, shared with Amy"],
                ["Talk with Kayden about what the plan means for him and bring his views to the review family "
                 "group conference",
                 "Tom Birch, Kayden's advocate",
                 "Two sessions before 16/04/2026",
                 "Kayden's words written up by Tom and sent to Gemma and Amy before the review FGC"],
            ],
        }),
        ("h1", "When we will meet again"),
        ("bullets", [
            "Core group every four weeks at Crabthorne Meadow Primary School, Wednesdays at 3.30pm: "
            "04/02/2026, 04/03/2026 and 01/04/2026. Nan and Jodie will come to every one.",
            "Review child protection conference: 08/04/2026 at 1.30pm, Crabthorne Town Hall.",
            "Review family group conference: 16/04/2026 at 5pm, Crabthorne Family Centre, with Gemma.",
        ]),
        ("p", "Agreed by Jodie, Denise, Tony, Ryan and Michelle on 15/01/2026. Copies to everyone who came, to "
              "Amy, and to the school, nursery, health visitor, Family Hub and mental health team."),
    ],
    "findings": [
        F("W002", "Our family will make sure nobody smokes cannabis"),
        F("T002", "Auntie Shell will have Kayden and Lily-Mae at hers"),
        F("M001", "Help Jodie set up a morning and bedtime routine"),
        F("H001", "Six sessions of CBT for Jodie's low mood"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Safe and Together plan: the perpetrator's pattern, the protective
#    parent's efforts, the children, then three Who / What / When / How
#    we'll know tables. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_cresbourne_safe_and_together_accountability_tables_lowther.pdf",
    "doc_title": "Child Protection Plan (Safe and Together) - Isaac and Poppy Lowther",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE | Cresbourne City Council Children's Services | Isaac and Poppy Lowther",
    "footer": "Safe and Together child protection plan, agreed 14/01/2026 | Page {PAGE} of {NUMPAGES}",
    "template": "safe-and-together-cp-plan-paged-header-footer-kv-then-aarons-pattern-of-coercive-control-megans-protective-efforts-impact-on-isaac-and-poppy-what-the-children-said-what-will-be-different-for-the-children-then-three-tables-aarons-actions-and-accountability-partnering-with-megan-isaac-and-poppy-who-what-when-how-well-know-then-if-aaron-breaks-the-rules-legal-planning-meetings",
    "description": (
        "Exemplary child protection plan written in the Safe and Together model for a 9-year-old boy and "
        "a 5-year-old girl after their father's coercive control of their mother (control of money and "
        "her phone, cutting her off from her family, running her down in front of the children, pushing "
        "her into a door frame while Poppy watched, smashing Isaac's console when he stood up for her). "
        "The father is on bail and subject to a non-molestation order; he lives with his brother and "
        "wants to see the children. The plan sets out Aaron's pattern of behaviour, Megan's protective "
        "efforts, the impact on the children, what the children said and what will be different for "
        "them, then three tables (Aaron's actions and accountability / Partnering with Megan / Isaac and "
        "Poppy) with Who / What / When / How we'll know: the perpetrator programme reports on his "
        "readiness to change, contact is supervised by the paternal grandfather with the contact centre "
        "as the fallback, and the contingency and a legal planning meeting follow named triggers; core "
        "group and review dates are set; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Safe and Together"),
        ("p", "Cresbourne City Council Children's Services works to the Safe and Together model. This plan "
              "keeps the focus on Aaron's choices and his pattern of behaviour, partners with Megan as the "
              "children's protective parent, and is clear about how Aaron's behaviour has affected Isaac and "
              "Poppy. It was agreed at the initial child protection conference on 14/01/2026."),
        ("kv", [
            ("Children", "Isaac Lowther, born 21/02/2016 (9), Year 5, Cresbourne Abbey Primary School; "
                         "Poppy Lowther, born 30/07/2020 (5), Year 1, Cresbourne Abbey Primary School"),
            ("Home", "6 Orchard Grove, Cresbourne CR3 5TD, with their mother, Megan Lowther (33)"),
            ("Father", "Aaron Lowther (36), living with his brother at 41 Quarry Lane, Cresbourne, since "
                       "28/12/2025"),
            ("Category", "Emotional abuse"),
            ("Orders", "Aaron is on police bail (no contact with Megan, not to go to Orchard Grove) until "
                       "his trial on 23/03/2026. Megan has a non-molestation order against Aaron, made on "
                       "09/01/2026, until 09/01/2027. It allows contact with the children that Keith "
                       "Lowther arranges and supervises."),
            ("Social worker", "Rachel Osei, Cresbourne Children's Services, Safeguarding and Family Support "
                              "Team 3 (team manager: Denise Carr)"),
        ]),
        ("h1", "Aaron's pattern of coercive control"),
        ("p", "Over at least four years Aaron has controlled the family's money (Megan's wages were paid into "
              "an account only he could use, and he kept her bank card), checked Megan's phone every evening "
              "and stopped her seeing her mother and her friends. He told Megan, often in front of the "
              "children, that she was \"a useless mother\" and \"nothing without him\". On 02/11/2025 he "
              "pushed Megan into the kitchen door frame while Poppy watched; on 27/12/2025 he smashed "
              "Isaac's games console when Isaac shouted at him to leave his mum alone. Aaron was arrested on "
              "28/12/2025 and charged with controlling or coercive behaviour and assault. He says Megan "
              "\"winds him up\" and that he has \"never laid a finger on the kids\"."),
        ("h1", "Megan's protective efforts"),
        ("bullets", [
            "Megan has kept Isaac and Poppy in school and fed, clean and loved throughout, and kept their "
            "bedtime routine going while Aaron was shouting downstairs.",
            "She sent the children upstairs to play when Aaron started, and taught Isaac to take Poppy to "
            "his room and put his headphones on her.",
            "After the console was smashed she rang 999 herself, gave a statement and applied for the "
            "non-molestation order.",
            "She has made contact again with her mother, Carol, and told Isaac's teacher what had happened so "
            "that school could look out for him.",
        ]),
        ("h1", "How Aaron's behaviour has affected Isaac and Poppy"),
        ("p", "Isaac has become protective of his mum and angry at school: two fights in the playground since "
              "November, and he will not go on the Year 5 residential because \"someone has to stay with "
              "Mum\". He wakes in the night and checks the front door is locked. Poppy has started wetting the "
              "bed again, and copies Aaron's words: she told Megan she was \"useless\" when Megan burnt the "
              "toast. Aaron's control of the money meant there were weeks with no school trips and no new "
              "shoes for the children."),
        ("h1", "What Isaac and Poppy said"),
        ("p", "Rachel saw each child on their own at school on 09/01/2026. Isaac said: \"Dad's always angry "
              "with Mum for nothing. I'm not scared of him, I just don't want him in the house.\" \"I want to "
              "see him, but only at Grandad Keith's.\" \"I want Mum to stop crying.\" Poppy drew her house with "
              "Mum, Isaac and their cat, and Daddy \"outside, because he shouts\". She said she misses Daddy "
              "reading her the dinosaur book and wants to see him \"with Grandad watching\"."),
        ("h1", "What will be different for Isaac and Poppy"),
        ("numbers", [
            "Isaac and Poppy live at home with their mum without shouting, put-downs or violence, and no "
            "longer feel they have to watch the door.",
            "Isaac and Poppy see their dad only in contact that is safe and supervised, and are never used by "
            "him to get at their mum or to carry messages.",
            "Isaac can be a 9-year-old again: no fights at school, sleeping through, and going on trips, "
            "including the Year 5 residential in June 2026.",
            "Poppy is dry at night again, and she and Isaac have the things they need for school.",
        ]),
        ("h1", "Aaron's actions and accountability"),
        ("p", "Aaron's part of the plan is about what he does, not what Megan does. He was sent this plan "
              "through his solicitor and went through it with Rachel on 16/01/2026."),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.3, 3.9],
            "rows": [
                ["Aaron Lowther",
                 "Keep to his bail conditions and the non-molestation order: no contact with Megan in any way "
                 "or through anyone, and not going to Orchard Grove or the school",
                 "Every day until the trial on 23/03/2026, then for as long as the order runs (to 09/01/2027)",
                 "No breach reported to Cresbourne Police; DC Laura Finch confirms this to Rachel before "
                 "each core group"],
                ["Aaron Lowther",
                 "Go to the assessment for the Cresbourne Change Programme (a 26-week group for men who have "
                 "been abusive), and then to every group session",
                 "Assessment by 06/02/2026; group every Wednesday, 6.30pm to 8.30pm, from 18/02/2026",
                 "The programme's attendance register and its monthly progress report to Rachel"],
                ["Simon Hale, facilitator, Cresbourne Change Programme",
                 "Assess Aaron's risk and his readiness to change, and report on what he accepts about his "
                 "behaviour and its effect on Isaac and Poppy",
                 "Assessment report by 13/02/2026; progress report at week 12 (by 13/05/2026)",
                 "Written reports to Rachel, shared at the next core group"],
                ["Rachel Osei, social worker",
                 "Three sessions with Aaron on how his behaviour has affected Isaac and Poppy, using their own "
                 "words, and ask him to write what he did and how it hurt them",
                 "Fortnightly from 28/01/2026, all three by 11/03/2026",
                 "Session records with Aaron's own words; his written statement on file by 11/03/2026"],
                ["Aaron Lowther, through his solicitor",
                 "Give back Megan's bank card and passport, and write to the bank to end his control of the "
                 "account her wages are paid into",
                 "By 30/01/2026",
                 "Megan tells Rachel she has both; a copy of the bank's letter seen by Rachel"],
                ["DC Laura Finch, Cresbourne Police Domestic Abuse Safeguarding Unit",
                 "Put a domestic abuse marker on 6 Orchard Grove so that any 999 call from the address gets an "
                 "immediate response, and tell Aaron's bail officer about any breach the same day",
                 "Marker by 21/01/2026; breaches the same day",
                 "Marker reference given to Megan and Rachel; breaches on the police record, sent to Rachel"],
            ],
        }),
        ("h1", "Partnering with Megan"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.3, 3.9],
            "rows": [
                ["Jas Kaur, IDVA, Cresbourne Domestic Abuse Service",
                 "Write a safety plan with Megan for her and the children, and support her through the "
                 "criminal trial and any family court hearing",
                 "Safety plan by 30/01/2026; a phone call every Monday and a meeting every four weeks until "
                 "the trial",
                 "Megan's written safety plan on file; Jas's monthly contact note to Rachel"],
                ["Tom Bright, Cresbourne Council Sanctuary Scheme",
                 "Fit new locks, a door viewer, a video doorbell and a letterbox guard at Orchard Grove",
                 "By 06/02/2026",
                 "Fitting record sent to Rachel, who sees the locks and doorbell at her next visit"],
                ["Megan Lowther",
                 "Keep a log of any contact from Aaron or from people on his behalf, and report it to the "
                 "police (999 if she or the children are in danger)",
                 "Every time it happens",
                 "Police log numbers written in the log; Rachel reads it at each visit"],
            ],
        }),
        ("h1", "Isaac and Poppy"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.3, 3.9],
            "rows": [
                ["Rachel Osei, social worker",
                 "Visit Orchard Grove and see Isaac and Poppy, each on their own for part of the visit",
                 "Every two weeks until the review conference",
                 "Visit records within 2 working days, with the children's own words"],
                ["Keith Lowther (paternal grandfather)",
                 "Collect the children from Megan's, supervise all of Aaron's contact at his house, and bring "
                 "the children home; Aaron is never alone with them and does not talk about Megan or the court "
                 "case",
                 "Every Saturday, 10am to 12 noon, from 24/01/2026",
                 "Keith's contact book, signed after each contact and read by Rachel; the children tell Rachel "
                 "how contact was at her visits"],
                ["Mrs Helen Marsh, DSL, Cresbourne Abbey Primary School",
                 "A check-in for Isaac with the learning mentor every morning, and a note of Poppy's and "
                 "Isaac's mood, any wet clothes and anything they say about home",
                 "Every school day",
                 "CPOMS entries, summarised and e-mailed to Rachel every Friday"],
                ["Lucy Grant, children's worker, Cresbourne Domestic Abuse Service",
                 "Eight one-to-one sessions with Isaac on feelings, anger and his own safety plan",
                 "Weekly from 02/02/2026",
                 "Session records and Isaac's own safety plan, shared with Rachel after session 8"],
                ["Dr Priya Menon, Cresbourne CAMHS",
                 "Assess Isaac's sleep, night-time checking and anger, and recommend what would help",
                 "First appointment by 27/02/2026; letter by 27/03/2026",
                 "Assessment letter with recommendations to Rachel and the GP"],
            ],
        }),
        ("h1", "If Aaron breaks the rules, or the children are not safe"),
        ("bullets", [
            "If Aaron comes to Orchard Grove or the school, or contacts Megan in any way: Megan or the school "
            "rings 999; the police treat it as a breach of bail and of the order; Rachel (or the Emergency "
            "Duty Team) holds a strategy discussion the same day, and contact stops until it is held.",
            "If Aaron breaks the contact rules (talks about Megan or the court case, is left alone with the "
            "children or shouts at them): Keith ends the contact there and then, brings the children "
            "home and rings Rachel that day; contact stops until the next core group.",
            "If Keith cannot supervise a Saturday, or no longer wants to: there is no contact that week, and "
            "Rachel arranges supervised contact at the Cresbourne Family Contact Centre, with its staff "
            "supervising, within 7 days.",
            "If Megan and the children are threatened or need to leave: Jas finds a refuge space the same day, "
            "and Rachel tells the children's schools.",
            "If Aaron breaches the order or bail twice, or if either child is hurt or frightened at contact: "
            "Denise Carr (team manager) will hold a legal planning meeting within 5 working days to decide on "
            "legal steps to protect Isaac and Poppy, including an application for a prohibited steps order "
            "against Aaron.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Cresbourne Abbey Primary School, Wednesdays at 3.45pm: "
            "28/01/2026, 25/02/2026 and 25/03/2026. Megan and Aaron are invited to separate core groups; "
            "they are never in the same room.",
            "Review child protection conference: 08/04/2026 at 10am, Cresbourne Civic Centre.",
        ]),
        ("p", "Copies to Megan; to Aaron through his solicitor; to the school, Cresbourne Police, the IDVA "
              "service, the Change Programme, CAMHS and Keith Lowther (his part only)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Case-system print of a Graded Care Profile 2 plan stepped up from a
#    Team Around the Family plan, tasks under each GCP2 area. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_chiddenholt_gcp2_areas_step_up_task_print_vickers.txt",
    "split": "heldout",
    "actions": 12,
    "template": "case-system-print-txt-caretrack-dot-leader-header-then-how-we-got-here-taf-step-up-what-the-taf-plan-did-gcp2-summary-table-children-in-their-own-words-parents-then-one-section-per-gcp2-area-level-at-step-up-target-by-review-goal-for-the-children-then-task-blocks-lead-due-evidence-source-lines-then-contingency-and-meetings",
    "description": (
        "A case-system print (CareTrack) of the child protection plan for three children aged 11, 6 and "
        "2, stepped up from a Team Around the Family plan when neglect did not improve (little food, no "
        "beds for two children, head lice, a missed 2-year review, the toddler left with the 11-year-old); "
        "their mother has depression and takes medication from her GP. After how the plan came about, what "
        "the TAF plan did, a GCP2 summary and the children's words, each Graded Care Profile 2 area has its "
        "level at step-up, its target for the review conference, a goal, and Task / Lead / Due / Evidence / "
        "Source blocks. Faults: beds and a washing machine 'will be provided' with '-' for the lead "
        "(W001); the dentist registration due 'ASAP' (T002); the nursery place with an empty Evidence line "
        "(M001); the family support worker's sessions evidenced by 'Engagement' (M002); the Love and care "
        "goal about the mother only (F002); the mother's depression recorded with no adult service owning "
        "any work (F004); and the review conference 'To be arranged' (R001)."
    ),
    "text": """\
CARETRACK  |  Chiddenholt Borough Council Children's Services  |  PRINT
==========================================================================
Document ............ Child Protection Plan (GCP2 format)
Children ............ Liam VICKERS, born 14/03/2014 (11), Year 7, Chiddenholt Academy
                      Skye VICKERS, born 02/08/2019 (6), Year 2, Chiddenholt Park Infant School
                      Archie VICKERS, born 11/11/2023 (2), at home
Address ............. 27 Fern Close, Chiddenholt CH6 2RB
Parent .............. Kerry Vickers (31), mother of all three children
Other ............... Dean Hollis (Archie's father) left in 08/2025; no contact. Liam's and Skye's
                      father, Mark Vickers, lives abroad; phone calls at Christmas.
Plan type ........... Child protection (category: neglect) from the initial conference on 13/01/2026
Step-up from ........ Team Around the Family (early help) plan, 06/2025 to 12/2025
Social worker ....... Nadia Ellis, Chiddenholt Safeguarding Team West (team manager: Chris Lamb)
Printed ............. 15/01/2026 by N.ELLIS
==========================================================================

HOW WE GOT HERE
---------------
The family had a Team Around the Family plan from June 2025, led by Karen Doyle (family support
worker, Chiddenholt Family Hub), after Skye's school raised head lice, hunger and lateness. After
Dean left in August things got worse: Archie's 2-year review was missed twice, Liam was seen
carrying Archie to the shop at 9pm, and on 04/12/2025 Skye told her teacher she had "slept on the
floor because my bed's broke". The TAF review on 10/12/2025 agreed the plan was not enough, and the
case was stepped up to a strategy discussion on 11/12/2025 and a section 47 enquiry.

WHAT THE TAF PLAN DID (closed at step-up)
-----------------------------------------
- Karen made 14 home visits between June and December and got the family three food bank
  vouchers.
- Skye's attendance went up from 81% to 90% in the autumn half term, then fell to 84%.
- A referral for Archie's speech was made by the nursery nurse in October; he is on the waiting
  list.

PARENT'S HEALTH
---------------
Kerry has depression, first diagnosed after Archie's birth, and takes sertraline prescribed by her
GP. She says her mood has been "rock bottom" since Dean left and that some days she cannot face
getting up.

GRADED CARE PROFILE 2 SUMMARY (completed with Kerry by Nadia Ellis, 05/01/2026)
---------------------------------------------------------------------------
Levels run from 1 (all the child's needs met, child first) to 5 (needs not met, child not
considered).

  Area                              Level at step-up    Target by review conference
  1 Physical care                   4                   2
  2 Care of safety                  3                   2
  3 Love and care                   2                   1
  4 Stimulation and education       4                   2

THE CHILDREN IN THEIR OWN WORDS
-------------------------------
Liam (seen on his own at school, 07/01/2026): "I do Archie's tea a lot because Mum's tired. I don't
mind, he's my brother." "I want my own bed back, the one Archie's got is mine." "I'd like to go to
football club but I have to get home for Skye." He scored home 5 out of 10.

Skye (seen on her own at school, 07/01/2026): "Mum cries in the bath." "I like school dinners best
because there's pudding." "My nits make my head itchy and Mia won't sit by me." She drew her
family with everyone holding hands and the dog "that lives next door".

Archie (seen at home 06/01/2026 and 12/01/2026): Archie says about ten words. He followed Liam
everywhere and went to Liam, not Kerry, when he fell over. He ate two slices of toast very quickly
when Nadia brought breakfast on 12/01/2026, and his nappy was soaked through at 11am.

AREA 1: PHYSICAL CARE (nutrition, housing, clothing, hygiene, health)
---------------------------------------------------------------------
Level at step-up .... 4
Target by review .... 2
Goal for the
children ............ Liam, Skye and Archie have three meals a day, a clean bed each and clean
                      clothes, and their health and teeth are looked after.

Task 1.1  Unannounced home visits: see each child, their beds and the kitchen cupboards, and
          re-score Area 1 with Kerry.
  Lead ........ Nadia Ellis, social worker
  Due ......... Weekly until the review conference
  Evidence .... Visit record and Area 1 level on CareTrack after each visit
  Source ...... New at step-up

Task 1.2  Beds, bedding and a washing machine will be provided so that each child has their own
          clean bed.
  Lead ........ -
  Due ......... By 13/02/2026
  Evidence .... Beds, bedding and washing machine seen in place at a home visit
  Source ...... New at step-up

Task 1.3  Register Skye and Archie with a dentist and take them for a check-up (Skye has two
          decayed teeth).
  Lead ........ Kerry Vickers (mum)
  Due ......... ASAP
  Evidence .... Dental registration letters and appointment cards seen by Nadia
  Source ...... From the TAF plan

Task 1.4  Archie's 2-year development review and a weight check.
  Lead ........ Sue Whitaker, health visitor, Chiddenholt 0-19 Health Service
  Due ......... Review by 30/01/2026, then weighed every month until the review conference
  Evidence .... Weight plotted on his centile chart in the red book; ASQ-3 scores sent to Nadia
  Source ...... From the TAF plan

Task 1.5  Treat Liam's and Skye's head lice, show Kerry how to comb them out, and check the
          children's general health.
  Lead ........ Amy Rowntree, school nurse, Chiddenholt 0-19 Health Service
  Due ......... By 23/01/2026, then a head check every two weeks until the review conference
  Evidence .... School nurse's health check letter to Nadia and Kerry; head checks recorded
  Source ...... New at step-up

AREA 2: CARE OF SAFETY
----------------------
Level at step-up .... 3
Target by review .... 2
Goal for the
children ............ Archie and Skye are always looked after by an adult, and the house is safe
                      for a toddler.

Task 2.1  Home fire safety visit: fit smoke alarms, a fireguard for the gas fire and a stair
          gate.
  Lead ........ Watch Manager Dave Kent, Chiddenholt Fire and Rescue Service
  Due ......... By 06/02/2026
  Evidence .... Home fire safety visit record copied to Nadia; fireguard and gate seen at a visit
  Source ...... New at step-up

Task 2.2  Kerry will not leave Archie or Skye in Liam's care on his own, even for "five minutes to
          the shop".
  Lead ........ Kerry Vickers (mum)
  Due ......... Every day from 13/01/2026
  Evidence .... What Liam tells Nadia when she sees him on his own; Liam's check-ins with school
                (CPOMS), sent to Nadia every Friday
  Source ...... New at step-up

AREA 3: LOVE AND CARE
---------------------
Level at step-up .... 2
Target by review .... 1
Goal ................ Kerry feels better in herself and more confident as a mum.

Task 3.1  Sessions with Kerry on routines, mealtimes and bedtimes, and on playing with Archie.
  Lead ........ Karen Doyle, family support worker, Chiddenholt Family Hub
  Due ......... Every Thursday at 10am, for 10 weeks from 15/01/2026
  Evidence .... Engagement
  Source ...... From the TAF plan

Task 3.2  Young carers assessment for Liam, and a place at the young carers' Tuesday group.
  Lead ........ Jo Pearce, Chiddenholt Young Carers
  Due ......... Assessment by 13/02/2026; group every Tuesday from 17/02/2026
  Evidence .... Assessment report to Nadia; young carers' group register
  Source ...... New at step-up

AREA 4: STIMULATION AND EDUCATION
---------------------------------
Level at step-up .... 4
Target by review .... 2
Goal for the
children ............ Liam and Skye are in school every day and on time, and Archie is at nursery
                      and using more words.

Task 4.1  Funded 2-year-old nursery place for Archie, 15 hours a week.
  Lead ........ Marie Cole, Chiddenholt Early Years Team
  Due ......... Place to start by 27/02/2026
  Evidence ....
  Source ...... New at step-up

Task 4.2  First-day calling for Skye: ring Kerry if Skye is not in by 9am, and Nadia if there is
          no answer.
  Lead ........ Mrs Janet Ross, attendance officer, Chiddenholt Park Infant School
  Due ......... Every school day by 9.30am
  Evidence .... Register and call log e-mailed to Nadia every Friday; attendance 95% or more by
                the Easter holidays
  Source ...... From the TAF plan

Task 4.3  Homework club for Liam and a check-in with his mentor about how things are at home.
  Lead ........ Mr Sam Reilly, learning mentor, Chiddenholt Academy
  Due ......... Tuesdays and Thursdays, 3pm to 4pm
  Evidence .... Homework club register and mentor's notes, sent to Nadia every two weeks
  Source ...... New at step-up

CONTINGENCY
-----------
If Archie or Skye is found at home without an adult, or left with Liam, or a visit finds no food
in the house, Nadia (or the Emergency Duty Team) will hold a strategy discussion the same day, and
the children will stay with Kerry's sister, Tina Vickers, at 8 Chestnut Row, Chiddenholt, who has
agreed to this. If Tina cannot have them, Nadia or the Emergency Duty Team will find foster carers
that day. If Archie's weight falls below the 2nd centile (he is on the 9th), the health visitor
will refer him to the paediatrician within 2 working days.

If by the review conference any area is still at level 4 or 5, or the contingency has been used
twice, Chris Lamb (team manager) will hold a legal planning meeting within 10 working days to
decide whether to start pre-proceedings under the Public Law Outline.

MEETINGS
--------
Core group ............ Every four weeks, Tuesdays at 1.30pm, Chiddenholt Family Hub:
                        27/01/2026, 24/02/2026, 24/03/2026
Review conference ..... To be arranged
GCP2 re-score ......... With Kerry before the review conference

==========================================================================
END OF PRINT  |  CareTrack  |  Page 1 of 1
""",
    "findings": [
        F("W001", "Beds, bedding and a washing machine will be provided"),
        F("T002", "Register Skye and Archie with a dentist and take them"),
        F("M001", "Funded 2-year-old nursery place for Archie, 15 hours a week"),
        F("M002", "Sessions with Kerry on routines, mealtimes and bedtimes"),
        F("F002", "Kerry feels better in herself and more confident as a mum."),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan with three stage tables: now to 37 weeks, birth and on
#    the ward, going home. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_cowdenleigh_prebirth_birth_ward_discharge_stages_morley.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Jade Morley",
    "split": "heldout",
    "actions": 17,
    "template": "prebirth-cp-plan-docx-kv-why-there-is-a-plan-going-well-babys-world-what-ellie-said-what-we-want-for-the-baby-jades-relapse-signature-then-stage-tables-now-to-37-weeks-birth-and-on-the-ward-going-home-first-12-weeks-each-who-what-when-how-well-know-then-if-jades-mood-starts-to-slip-legal-planning-meetings",
    "description": (
        "Exemplary pre-birth child protection plan for an unborn baby due on 20/03/2026. The mother had "
        "postpartum psychosis after her first child was born in 2019 and was later diagnosed with bipolar "
        "disorder; her daughter (6) lives with the maternal grandparents under a special guardianship "
        "order. She has been well for three years; the father works away Monday to Thursday and will take "
        "eight weeks at home, and the mother's aunt will cover nights after that. After the history, what "
        "is going well, the baby's world, the older sister's words, the outcomes for the baby and the "
        "mother's relapse signature, the plan is three stage tables ('Now to 37 weeks', 'Birth and on the "
        "ward', 'Going home: from discharge until the baby is 12 weeks old') with Who / What / When / How "
        "we'll know. The perinatal mental health nurse and the perinatal psychiatrist assess and report on "
        "the mother's capacity to change and how long change is likely to take; the contingency gives "
        "relapse triggers, a fallback if the aunt cannot cover nights, a foster placement and a legal "
        "planning meeting; core groups and the review conference are dated."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Cowdenleigh Council Children's Services, with Cowdenleigh General Hospital Maternity Services "
              "and the Cowdenleigh Perinatal Mental Health Service. Agreed at the pre-birth child protection "
              "conference on 08/01/2026, when Jade was 29 weeks pregnant."),
        ("kv", [
            ("Unborn baby", "Baby Morley-Price, due 20/03/2026 (a boy); to be born at Cowdenleigh General "
                            "Hospital"),
            ("Parents", "Jade Morley (29) and Nathan Price (31), 9 Saxon Mews, Cowdenleigh CW2 4HS"),
            ("Sister", "Ellie Morley (6), Jade's daughter, who lives with Jade's parents, Pam and Steve "
                       "Morley, under a special guardianship order made in 2021"),
            ("Category", "Neglect (risk to an unborn baby)"),
            ("Social worker", "Louise Tan, Cowdenleigh Children's Services, Early Years Safeguarding Team "
                              "(team manager: Joanne Pike)"),
            ("Perinatal team", "Rachel Gray (community psychiatric nurse) and Dr Omar Siddiqui (consultant "
                               "perinatal psychiatrist), Cowdenleigh Perinatal Mental Health Service"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Ten days after Ellie was born in 2019 Jade became very unwell with postpartum psychosis: she "
              "stopped sleeping, believed Ellie was being poisoned and would not feed her, and was admitted "
              "with Ellie to a mother and baby unit for six weeks. She was later diagnosed with bipolar "
              "disorder. In 2021, after a second episode when she stopped her medication, Ellie went to live "
              "with Jade's parents. Jade has been well for three years and takes her medication; she and "
              "Nathan have been together for two years. The risk of postpartum psychosis coming back after "
              "this birth is high, and when Jade was last unwell it came on within days."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade has been well since 2022, has kept every appointment with the perinatal team this "
            "pregnancy, and told the midwife about her history at her booking appointment.",
            "Jade and Nathan wrote Jade's relapse signature with Rachel and both can say what the first "
            "signs are.",
            "Nathan has arranged to be at home for the first eight weeks, and Jade's aunt Lorraine has "
            "offered to stay on the nights he works away after that.",
            "Jade sees Ellie every Saturday at her parents' house, and Pam says Jade is \"a lovely mum to "
            "her now\".",
        ]),
        ("h1", "Baby's world"),
        ("p", "From the day he is born, the baby will need to be fed every two to four hours day and night, "
              "held and talked to, kept warm and clean, and put down to sleep on his back in his own Moses "
              "basket in his parents' room. He will need the adults caring for him at night to be awake "
              "enough to feed and settle him, and a mum who is well enough to notice what he needs. If Jade "
              "becomes unwell, he will need another adult he knows to be there straight away. Once he is "
              "born, Louise and the health visitor will write at every visit what they see of his day: how "
              "he feeds, sleeps and settles and who he turns to."),
        ("h1", "What Ellie said"),
        ("p", "Louise saw Ellie at her grandparents' house on 05/01/2026. Ellie said: \"I'm going to be a big "
              "sister! I'm going to teach him to dance.\" \"When Mummy was poorly I had to come to Nanna's. "
              "Is Mummy going to be poorly again?\" She wants to visit the baby in hospital \"on the first "
              "day\" and to hold him \"sitting on the big chair\"."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely and is fed, warm, clean and gaining weight, on his centile line, at every "
            "weigh.",
            "There is always an adult who is well and awake enough to care for the baby, day and night, "
            "including the nights when Nathan works away.",
            "If Jade's mood starts to slip, the baby is safe with Nathan or Lorraine straight away, and is "
            "never left alone with Jade while she is unwell.",
            "The baby has a warm, close relationship with his mum and dad, and knows his sister Ellie.",
        ]),
        ("h1", "Jade's relapse signature"),
        ("p", "Written by Jade and Nathan with Rachel on 18/12/2025. The first signs that Jade is becoming "
              "unwell are: sleeping less than four hours a night for two nights even when the baby is "
              "settled; talking very fast and jumping between ideas; cleaning through the night; stopping or "
              "missing her medication; and any belief that the baby is in danger, is ill or \"isn't "
              "mine\"."),
        ("h1", "Stage 1: now to 37 weeks (by 27/02/2026)"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.4, 6.6, 3.2, 3.8],
            "rows": [
                ["Rachel Gray, CPN, Cowdenleigh Perinatal Mental Health Service",
                 "Visit Jade at home to check her mood and sleep against her relapse signature, and assess her "
                 "capacity to keep well and care for the baby: what she has changed since 2019, what still "
                 "needs to change, and how long that is likely to take",
                 "Every two weeks until 37 weeks; written assessment by 36 weeks (20/02/2026)",
                 "Written assessment to Louise by 20/02/2026; a short update at each core group"],
                ["Dr Omar Siddiqui, consultant perinatal psychiatrist",
                 "Review Jade and write her perinatal care plan (medication late in pregnancy and after the "
                 "birth, protected sleep, what happens at the first sign of relapse), with his view of how "
                 "likely a relapse is and of her capacity to change",
                 "By 34 weeks (06/02/2026)",
                 "Perinatal care plan and letter to Louise, the midwife and the GP by 06/02/2026"],
                ["Helen Ashby, specialist safeguarding midwife, Cowdenleigh General Hospital",
                 "Put a safeguarding alert and the birth plan on Jade's maternity record, so that the ward "
                 "knows this plan when Jade is admitted",
                 "Alert by 16/01/2026; birth plan by 36 weeks (20/02/2026)",
                 "Copies of the alert and the birth plan sent to Louise"],
                ["Louise Tan, social worker",
                 "Pre-birth parenting assessment with Jade and Nathan, including their plan for nights and "
                 "for when Nathan goes back to work",
                 "Complete by 37 weeks (27/02/2026)",
                 "Assessment report sent to Jade, Nathan and the core group by 27/02/2026"],
                ["Nathan Price",
                 "Arrange eight weeks at home after the birth (paternity leave, annual leave and unpaid "
                 "leave), and confirm it in writing",
                 "By 06/02/2026",
                 "Letter from his employer seen by Louise"],
                ["Kirsty Shaw, health visitor, Cowdenleigh 0-19 Service",
                 "Antenatal visit: safe sleep, feeding and the night rota, with Jade and Nathan",
                 "By 36 weeks (20/02/2026)",
                 "Antenatal contact record and a safe sleep checklist signed by Jade and Nathan, copied to "
                 "Louise"],
            ],
        }),
        ("h1", "Stage 2: birth and on the ward (Cowdenleigh General Hospital, Larkspur Ward)"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.4, 6.6, 3.2, 3.8],
            "rows": [
                ["Midwife in charge of each shift, Larkspur Ward",
                 "Observe Jade's care of the baby (feeding, handling, settling) and her sleep, and write it on "
                 "the ward observation chart",
                 "Every shift from the birth until discharge",
                 "Observation chart, copied to Louise before the discharge planning meeting"],
                ["Rachel Gray, CPN, Cowdenleigh Perinatal Mental Health Service",
                 "See Jade on the ward, check her mental state against her relapse signature, and give a "
                 "written view on her capacity to change and to care for the baby safely at home",
                 "Within 24 hours of the birth, then every day until discharge",
                 "Written view to the discharge planning meeting"],
                ["Louise Tan, social worker",
                 "See the baby and both parents on the ward",
                 "Within one working day of the birth, and again on the day of discharge",
                 "Visit records, with what Louise saw of the baby's feeding and care"],
                ["Louise Tan, social worker",
                 "Hold the discharge planning meeting with the ward, Rachel, the health visitor, Jade, Nathan "
                 "and Lorraine, and agree the plan for the first week at home",
                 "Before discharge, and no sooner than 72 hours after the birth",
                 "Discharge plan, signed by everyone at the meeting, on the baby's file and given to the "
                 "family"],
            ],
        }),
        ("h1", "Stage 3: going home, from discharge until the baby is 12 weeks old"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.4, 6.6, 3.2, 3.8],
            "rows": [
                ["Nathan Price",
                 "Do the night feeds from 10pm to 6am (expressed milk or formula) so that Jade gets at least "
                 "six hours' sleep",
                 "Every night for the first eight weeks at home",
                 "Feed chart on the fridge and Jade's sleep diary, read by Rachel and Louise at their visits"],
                ["Lorraine Morley (Jade's aunt)",
                 "Stay over and do the night feeds on the nights Nathan works away",
                 "Monday to Thursday nights, from week 9 until the baby is 12 weeks old",
                 "Feed chart signed by Lorraine each morning; Louise reads it every week"],
                ["Jade Morley",
                 "Take her medication as prescribed and keep her sleep and mood diary, so that she stays well "
                 "enough to care for the baby",
                 "Every day from discharge",
                 "Diary read by Rachel at each visit; medication reviewed by Dr Siddiqui at the 6-week review"],
                ["Rachel Gray, CPN, Cowdenleigh Perinatal Mental Health Service",
                 "Home visits to check Jade's mood and sleep against her relapse signature, and report on her "
                 "capacity to change and how long any further change is likely to take",
                 "Weekly until the baby is 6 weeks old, then every two weeks until 12 weeks",
                 "Written update to each core group; capacity report to Louise when the baby is 12 weeks old"],
                ["Dr Omar Siddiqui, consultant perinatal psychiatrist",
                 "Postnatal review of Jade, with his view on the risk of relapse and her capacity to change",
                 "When the baby is 6 weeks old",
                 "Clinic letter to Louise and the GP within 5 working days of the review"],
                ["Kirsty Shaw, health visitor, Cowdenleigh 0-19 Service",
                 "New birth visit, then visits to weigh the baby and see how he and Jade are together",
                 "New birth visit by day 14, then weekly until 12 weeks",
                 "Weights on the centile chart in the red book; visit notes sent to Louise every two weeks"],
                ["Louise Tan, social worker",
                 "Home visits to see the baby awake and asleep (safe sleep in his Moses basket) and both "
                 "parents; one visit in three unannounced",
                 "Weekly until the review conference",
                 "Visit records within 2 working days, with what Louise saw of the baby's day"],
            ],
        }),
        ("h1", "If Jade's mood starts to slip, or the plan isn't keeping the baby safe"),
        ("bullets", [
            "If Nathan, Lorraine or any professional sees any sign from Jade's relapse signature, they ring "
            "Rachel (or the Cowdenleigh Crisis Team out of hours) that day for a same-day review, and tell "
            "Louise (or the Emergency Duty Team). Until the review, Jade is not left alone with the baby: "
            "Nathan stays home from work, or Lorraine comes and stays.",
            "If Jade needs to go into hospital, Dr Siddiqui will ask for a bed at the Cowdenleigh Mother and "
            "Baby Unit so that the baby can stay with her if it is safe; if not, the baby stays at home with "
            "Nathan, with Lorraine helping.",
            "If Lorraine cannot do a night, she tells Nathan and Louise by 12 noon that day, and Nathan "
            "stays home that night. If neither Nathan nor Lorraine can care for the baby, Louise (or the "
            "Emergency Duty Team) will find a foster placement for him the same day and hold a strategy "
            "discussion that day.",
            "If Jade becomes unwell and neither Nathan nor Lorraine can care for the baby, or Jade or Nathan "
            "withdraw their agreement to this plan, or the perinatal team's reports show that Jade is not "
            "keeping well by the review conference, Joanne Pike (team manager) will hold a legal planning "
            "meeting within 2 working days to decide whether to issue care proceedings or start "
            "pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks before the birth, Thursdays at 2pm, 9 Saxon Mews: 22/01/2026 and "
            "19/02/2026. After the birth, a core group within 10 working days of discharge and then every "
            "four weeks.",
            "Review child protection conference: 16/04/2026 at 10am, Cowdenleigh Council Offices (about four "
            "weeks after the baby is due).",
        ]),
        ("p", "Agreed with Jade and Nathan on 08/01/2026; Lorraine agreed her part on 12/01/2026. Copies to "
              "the family, the maternity unit, the perinatal team, the health visitor and the GP."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. MARAC action sheet joined to the child protection plan, the family in a
#    refuge in another authority. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_clatterdale_marac_action_sheet_joined_cp_plan_dunmore.pdf",
    "doc_title": "MARAC action sheet and child protection plan - Tyler and Maisie Dunmore",
    "split": "heldout",
    "actions": 10,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE: contains MARAC information | Clatterdale Borough Council | Do not disclose the refuge address",
    "footer": "Tyler and Maisie Dunmore | MARAC ref CM-26-0142 | Child protection plan of 20/01/2026 | Page {PAGE} of {NUMPAGES}",
    "template": "marac-action-sheet-joined-to-cp-plan-paged-landscape-header-footer-case-kv-dash-summary-what-happened-children-in-their-own-words-what-we-want-for-the-children-then-part-a-marac-action-sheet-ref-agency-action-owner-due-evidence-then-part-b-cp-plan-actions-no-what-who-when-how-well-know-then-contingency-transfer-note-meetings",
    "description": (
        "A MARAC action sheet joined to the child protection plan for a 12-year-old boy and a 6-year-old "
        "girl after their mother's partner strangled her in front of them (DASH 19, high risk); the "
        "mother and children went to a refuge in another authority three days later, and the family "
        "want to settle there. After the case details, the DASH summary, what happened, the children's "
        "words and what the plan wants for them, Part A is the MARAC's action sheet (Ref / Agency / Action "
        "/ Owner / Due / Evidence) and Part B the child protection plan's actions (No. / What / Who / When "
        "/ How we'll know). Faults: 'All agencies' flagging the records (W002); the IDVA's support due "
        "'Ongoing' (T002); the refuge children's worker's sessions evidenced by 'Maisie's engagement with "
        "the sessions' (M002); Tyler's counselling handed to the receiving authority once the transfer is "
        "complete (X001); a contingency whose trigger is 'further incidents or concerns' and whose "
        "response is to meet and review (C002); and nothing on legal planning (R002)."
    ),
    "blocks": [
        ("title", "MARAC Action Sheet and Child Protection Plan"),
        ("p", "Clatterdale MARAC (Multi-Agency Risk Assessment Conference) met on 15/01/2026 and agreed the "
              "actions in Part A. The initial child protection conference on 20/01/2026 joined them to Tyler's "
              "and Maisie's child protection plan and added the actions in Part B. Clatterdale Borough "
              "Council stays responsible for the plan until Corringdean City Council holds its transfer-in "
              "conference."),
        ("kv", [
            ("Children", "Tyler Dunmore, born 19/06/2013 (12), and Maisie Dunmore, born 04/04/2019 (6)"),
            ("Living", "With their mother, Leah Dunmore (34), at Corringdean Women's Refuge since 06/01/2026 "
                       "(address withheld)"),
            ("Person causing harm", "Craig Fenton (37), Leah's partner and Maisie's father; remanded in "
                                    "custody, then bailed on 16/01/2026 with conditions not to contact Leah "
                                    "or the children or enter Corringdean"),
            ("Category", "Emotional abuse"),
            ("MARAC", "Clatterdale MARAC, 15/01/2026, case ref CM-26-0142; chair DI Mark Oyelaran"),
            ("Social worker", "Owen Blake, Clatterdale Children's Services, Assessment and Child Protection "
                              "Team (team manager: Ruth Akers)"),
        ]),
        ("h1", "DASH summary"),
        ("p", "Assessed by PC Jo Kershaw on 03/01/2026: 19 ticks (high risk). Non-fatal strangulation; "
              "threats to kill; Craig's jealousy and checking of Leah's phone; an escalation in the last "
              "six months; Leah is frightened of what Craig will do next; Craig has hurt a previous "
              "partner."),
        ("h1", "What happened"),
        ("p", "On 03/01/2026 Craig strangled Leah against the kitchen wall at their home, 12 Mill Lane, "
              "Clatterdale, after accusing her of messaging another man. Tyler pulled at Craig's arm and was "
              "pushed to the floor; Maisie was in the doorway. Tyler rang 999. Leah had marks on her neck "
              "and was seen at Clatterdale Royal Infirmary. Craig was arrested that night. Leah and the "
              "children went to Corringdean Women's Refuge on 06/01/2026, and Leah has said they will not "
              "go back to Clatterdale."),
        ("h1", "Tyler and Maisie in their own words"),
        ("p", "Owen saw each child on their own at the refuge on 13/01/2026. Tyler said: \"I thought he was "
              "going to kill her. I had to do something.\" \"I'm not going back to that house.\" \"I miss my "
              "mates and football but I'm not scared here.\" Maisie said: \"Daddy squeezed Mummy's neck.\" "
              "\"I've got a bunk bed here and Tyler's on the top.\" She asked Owen whether Daddy would know "
              "where they live."),
        ("h1", "What we want for Tyler and Maisie"),
        ("numbers", [
            "Tyler and Maisie are safe from Craig and never see or hear violence at home again.",
            "Tyler and Maisie are in school near the refuge by the end of January, and Tyler is back "
            "playing football.",
            "Tyler understands that what happened was not his job to stop, and both children can talk about "
            "it with someone they trust.",
        ]),
        ("h1", "Part A: MARAC action sheet (15/01/2026)"),
        ("table", {
            "header": ["Ref", "Agency", "Action", "Owner", "Due", "Evidence"],
            "widths": [1.3, 3.6, 8.2, 4.4, 3.4, 4.8],
            "rows": [
                ["A1", "Clatterdale Police",
                 "Seek a charging decision on the strangulation, and tell Leah and the IDVA at once if "
                 "Craig's bail conditions change or he breaks them",
                 "DS Anna Reeve, Domestic Abuse Investigation Unit",
                 "By 23/01/2026",
                 "Charging decision on the police file; Leah and the IDVA told of it, and of any bail "
                 "change, the same day"],
                ["A2", "Clatterdale Domestic Abuse Service",
                 "Support Leah with her personal safety plan, her application for a non-molestation order and "
                 "the criminal case against Craig",
                 "Gemma Hurst, IDVA",
                 "Ongoing",
                 "Contact notes shared with Owen each week"],
                ["A3", "All agencies",
                 "Flag Leah's, Tyler's and Maisie's records so that the refuge address is never disclosed, and "
                 "report any contact from Craig to the police",
                 "All agencies",
                 "By 22/01/2026",
                 "Each agency confirms its flag by e-mail to the MARAC coordinator"],
                ["A4", "Clatterdale Housing Options",
                 "Take a homeless application from Leah and agree a move-on plan from the refuge for her and "
                 "the children",
                 "Sunita Rao, housing options officer",
                 "By 13/02/2026",
                 "Decision letter and move-on plan copied to Owen and the IDVA"],
                ["A5", "Clatterdale MARAC",
                 "Send the referral and this action sheet to Corringdean MARAC so that the case is heard "
                 "there",
                 "Lisa Coombes, MARAC coordinator",
                 "By 22/01/2026",
                 "Corringdean MARAC coordinator's e-mail confirming receipt and the date of the hearing"],
            ],
        }),
        ("h1", "Part B: child protection plan actions (20/01/2026)"),
        ("table", {
            "header": ["No.", "What", "Who", "When", "How we'll know"],
            "widths": [1.3, 9.6, 5.0, 4.4, 5.4],
            "rows": [
                ["B1",
                 "Visit Tyler and Maisie at the refuge and see each of them on their own",
                 "Owen Blake, social worker",
                 "Every 10 working days until the transfer-in conference",
                 "Visit records with each child's words, on file within 2 working days"],
                ["B2",
                 "Play sessions with Maisie on feelings and what happened on 03/01/2026",
                 "Kayleigh Moss, children's worker, Corringdean Women's Refuge",
                 "Every Tuesday from 27/01/2026",
                 "Maisie's engagement with the sessions"],
                ["B3",
                 "Counselling for Tyler about what he saw on 03/01/2026, to be arranged by Corringdean "
                 "Children's Services once the transfer is complete",
                 "Corringdean Children's Services",
                 "Within four weeks of the transfer-in conference",
                 "Counselling referral letter copied to Owen and Leah"],
                ["B4",
                 "Apply for school places for Tyler and Maisie near the refuge, and ask the new schools to "
                 "keep the address off any letters home",
                 "Owen Blake, social worker, with Corringdean School Admissions",
                 "By 30/01/2026",
                 "Start dates confirmed in writing by the schools"],
                ["B5",
                 "Register herself and the children with a GP near the refuge",
                 "Leah Dunmore (Mum)",
                 "By 30/01/2026",
                 "GP registration letters seen by Owen"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are further incidents or concerns about the children's safety, the core group will "
              "meet to review the plan and consider what further action is needed."),
        ("h1", "Transfer"),
        ("p", "Owen sent the transfer request to Corringdean City Council on 21/01/2026. Clatterdale keeps "
              "the plan, and Owen keeps visiting, until Corringdean's transfer-in conference, which must be "
              "held within 15 working days of Corringdean accepting the transfer."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 11am by video (Leah joins from the refuge): 03/02/2026, "
            "03/03/2026 and 31/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Clatterdale Civic Centre, unless "
            "Corringdean's transfer-in conference is held before then.",
        ]),
        ("p", "Distribution: Leah Dunmore; Clatterdale MARAC members; Corringdean Women's Refuge; Corringdean "
              "City Council Children's Services. Do not send to Craig Fenton or his solicitor."),
    ],
    "findings": [
        F("T002", "Support Leah with her personal safety plan, her application"),
        F("W002", "Flag Leah's, Tyler's and Maisie's records so that the refuge"),
        F("M002", "Play sessions with Maisie on feelings and what happened"),
        F("X001", "Counselling for Tyler about what he saw on 03/01/2026"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Family Safeguarding plan written with the team's adult workers, the
#    group supervision's hypotheses, then a numbered outline of work with
#    Lead / When / We'll know lines. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b221_callerdyke_family_safeguarding_hypotheses_outline_grant.md",
    "split": "heldout",
    "actions": 13,
    "template": "family-safeguarding-cp-plan-md-whos-who-table-with-adult-workers-in-the-team-why-we-are-involved-working-well-our-hypotheses-from-group-supervision-supported-if-not-supported-if-what-evie-and-noah-told-us-what-nicola-and-paul-want-what-will-be-different-for-the-children-then-numbered-outline-of-work-lead-when-well-know-sub-bullets-then-if-things-go-wrong-if-things-dont-change-enough-meetings",
    "description": (
        "Exemplary child protection plan from a Family Safeguarding team for a 13-year-old girl and a "
        "4-year-old boy: their mother drinks heavily and hides it (the nursery would not let her take the "
        "boy home because she smelt of alcohol), and their father has depression and spends days in bed, "
        "so the 13-year-old has been caring for her brother. Written by the social worker with the "
        "team's own adult workers (a substance misuse worker and an adult mental health practitioner): "
        "who's who, why the team is involved, what's working well, the hypotheses from group supervision "
        "with what would support or not support each, the children's words, what the parents want and "
        "what will be different for the children, then a numbered outline of work under five headings "
        "with Lead / When / We'll know sub-bullets. The substance misuse worker and the adult mental "
        "health practitioner report on each parent's capacity to change and how long it is likely to "
        "take; the contingency covers a positive breath test, the father too low to care, the paternal "
        "grandmother unable to help and drink-driving, and a legal planning meeting follows named "
        "triggers; core group and review dates are set."
    ),
    "text": """\
# Callerdyke Council: Family Safeguarding

## Child protection plan for Evie and Noah Grant

Agreed at the initial child protection conference on 15/01/2026 (category: neglect) and written up
after the team's group supervision on 21/01/2026. In Family Safeguarding the social worker and the
adult workers are one team: each adult worker below is part of the children's plan, not a service
the parents are sent to.

| Who | Role |
|---|---|
| Sian Maddox | Social worker and lead for the plan, Callerdyke Family Safeguarding Team East |
| Zoe Hartley | Substance misuse worker in the team (from Callerdyke Recovery Hub) |
| Dev Mistry | Adult mental health practitioner in the team (from Callerdyke Adult Mental Health Services) |
| Amanda Price | Family support worker in the team |
| Richard Holloway | Team manager |
| Nicola Grant (38) and Paul Grant (41) | Evie's and Noah's parents, 5 Ridgeway Close, Callerdyke CL8 3PW |
| Margaret Grant | Paul's mum, 2 miles away at 31 Weaver Street |
| Evie Grant, born 12/10/2012 (13) | Year 8, Callerdyke High School |
| Noah Grant, born 14/11/2021 (4) | Pre-school, Callerdyke Little Owls Nursery |

### Why we are involved

On 09/12/2025 the nursery would not let Nicola take Noah home because she smelt strongly of
alcohol and was unsteady; she had driven there. Nicola has since told Sian she drinks most of a
bottle of vodka on bad days and hides bottles in the garage. Paul has depression; since losing his
job in the summer he has spent most days in bed, and he is prescribed antidepressants by his GP.
Evie told her head of year in December that she gets Noah up, gives him his tea and puts him to
bed "most days", and that she is "scared when Mum's drunk and Dad won't get up".

### What's working well

- Nicola told Zoe the truth about how much she drinks at their first meeting, and has not driven
  since 09/12/2025 (Paul has the car keys).
- Paul came to the conference and said, "I've left Evie to do my job."
- Margaret sees the children every week and has offered Fridays.
- Evie is doing well at school and loves netball; Noah is chatty and well cared for at nursery.

### Our hypotheses (from group supervision, 21/01/2026)

These are the team's best ideas about what is going on. They are tested, not assumed.

1. **Nicola drinks most when Paul's mood is at its lowest and she is carrying everything on her
   own.** Supported if her drinking diary shows her heaviest days follow Paul's worst days; not
   supported if her drinking is the same whatever Paul's mood.
2. **Evie has taken on the parent's role because nobody else did, and it now feels normal to
   her.** Supported if Evie steps back once an adult is reliably there at teatime and bedtime; not
   supported if she keeps caring even when adults are there.
3. **Paul's low mood keeps him from noticing how much Nicola drinks.** Supported if Paul starts to
   notice and name her drinking as his mood lifts; not supported if he names it now.

### What Evie and Noah told us

Evie (seen on her own at school, 12/01/2026): "I don't mind doing Noah, I just want someone to
notice." "When Mum's drunk she cries and says sorry and I have to look after her too." "I want Dad
to get up and be normal." She scored how things are at home at 3 out of 10, and said it would be a
5 "if Mum stopped and Dad came to netball".

Noah (seen at home 12/01/2026 and at nursery 14/01/2026): Noah showed Sian his Lego garage and said
"Evie does my tea" and "Mummy's poorly juice is in the garage". At nursery he plays happily, runs to
Evie when she collects him, and his key person says he talks about Evie more than his parents.

### What Nicola and Paul want

Nicola: "I want to stop before I lose them." Paul: "I want to be their dad again, not a lump on the
sofa." Both want Evie "to be a kid".

### What will be different for Evie and Noah

- Evie and Noah are looked after every day by an adult who is sober and up, and Evie no longer has
  to get Noah up, feed him or put him to bed.
- Noah is only ever collected from nursery, or driven anywhere, by an adult who has not been
  drinking.
- Evie has time for herself: netball, friends and homework, and an adult she can tell when things
  are hard.
- Evie and Noah have a mum whose drinking no longer stops her caring for them, and a dad who is up
  and doing things with them.

### The plan

#### 1. Keeping Evie and Noah safe every day

**1.1** Paul takes Noah to nursery and collects him every weekday, so that Noah is never collected by
an adult who has been drinking.
- Lead: Paul Grant (Dad)
- When: Every weekday at 8.45am and 3pm, from 26/01/2026
- We'll know: The nursery's drop-off and collection log, sent to Sian every Friday

**1.2** Random breath tests of Nicola at home, so that Evie and Noah are only cared for by a sober mum.
- Lead: Zoe Hartley, substance misuse worker
- When: At least twice a week, one at teatime, from 26/01/2026 until the review conference
- We'll know: Every reading recorded by Zoe on the family's file and read out at each core group;
  the aim is every reading at 0.00

**1.3** Margaret has Evie and Noah for tea and overnight at her house, so that Evie has a night off.
- Lead: Margaret Grant (Nan)
- When: Every Friday, 4pm to Saturday 11am
- We'll know: Margaret texts Sian each Saturday when the children are home, and Evie tells Sian
  about her Fridays at each visit

**1.4** Home visits, seeing Evie on her own and Noah with his parents; one visit in three is
unannounced and after 5pm.
- Lead: Sian Maddox, social worker
- When: Every week until the review conference
- We'll know: Visit records within 2 working days, with Evie's words and what Sian saw at teatime

#### 2. Nicola's drinking and what it means for Evie and Noah

**2.1** Weekly motivational sessions with Nicola using the Family Safeguarding workbook's alcohol
module, looking at how her drinking affects Evie and Noah, and a written report on her capacity to
change: what she has changed, the steps still needed and how long they are likely to take.
- Lead: Zoe Hartley, substance misuse worker
- When: Every Wednesday at 10am from 28/01/2026; report by 13/03/2026
- We'll know: Nicola's drinking diary checked at each session; Zoe's report to Sian by 13/03/2026,
  shared at the core group on 26/03/2026

**2.2** Nicola goes to a detox assessment at Callerdyke Recovery Hub and follows the plan it makes,
so that she is sober when she is caring for Evie and Noah.
- Lead: Nicola Grant (Mum)
- When: Assessment by 13/02/2026
- We'll know: The Hub's assessment letter, with its recommended plan, sent to Zoe and Sian

#### 3. Paul's mood and what it means for Evie and Noah

**3.1** Fortnightly sessions with Paul (behavioural activation: getting up, the school and nursery
runs, doing things with the children), and a written assessment of his capacity to change, the
steps still needed and how long they are likely to take, including how his mood affects his care
of Evie and Noah.
- Lead: Dev Mistry, adult mental health practitioner
- When: Every other Thursday from 29/01/2026; written assessment by 13/03/2026
- We'll know: Paul's PHQ-9 score recorded at each session; Dev's written assessment to Sian by
  13/03/2026, shared at the core group on 26/03/2026

**3.2** Review Paul's antidepressant medication and tell Dev and Sian of any change.
- Lead: Dr Anil Kapoor, GP, Callerdyke Medical Centre
- When: By 06/02/2026
- We'll know: GP's letter to Dev and Sian within a week of the review

#### 4. Evie

**4.1** Four sessions with Evie using the children's pages of the workbook, about what has been
happening at home and what she wants to change.
- Lead: Sian Maddox, social worker
- When: Every two weeks from 30/01/2026
- We'll know: Evie's own workbook pages and her scaling at each session, kept on her file

**4.2** A check-in with Evie every Monday morning, and a place in the lunchtime netball club.
- Lead: Mrs Karen Oduya, head of year 8, Callerdyke High School
- When: Every Monday at 8.40am, from 26/01/2026
- We'll know: CPOMS notes of each check-in and the netball register, sent to Sian every two weeks

**4.3** A young carers assessment for Evie, and a place in the young carers' Wednesday group if she
wants one.
- Lead: Beth Collins, Callerdyke Young Carers
- When: Assessment by 20/02/2026
- We'll know: Assessment report sent to Sian; group register if Evie goes

#### 5. Noah

**5.1** Note Noah's wellbeing and speech at each session, and never hand Noah to an adult who smells
of alcohol: keep him at nursery and ring Sian (or the Emergency Duty Team).
- Lead: Lucy Ward, Noah's key person, Callerdyke Little Owls Nursery
- When: Every nursery session (Monday to Friday)
- We'll know: Key person's log, sent to Sian every Friday

**5.2** Bedtime routine sessions with Nicola and Paul, so that a parent, not Evie, puts Noah to bed.
- Lead: Amanda Price, family support worker
- When: Every Tuesday at 6.30pm, for 8 weeks from 27/01/2026
- We'll know: Noah's bedtime chart shows a parent put him to bed by 7.30pm, checked by Amanda at
  each session

### If things go wrong

- **If Nicola's breath test is above 0.00, or any adult sees she has been drinking, while she has
  the children:** Paul takes over their care and Sian is told that day. If Paul is out, or too low
  to look after them, Margaret comes round and the children stay with her that night.
- **If Margaret can't have the children** (she is away, ill or says no), Sian, or the Emergency
  Duty Team after 5pm, finds emergency foster carers for Evie and Noah that day.
- **If Paul says he is thinking of harming himself,** Dev (or the Callerdyke Crisis Team out of
  hours) sees him that day, and the children go to Margaret's.
- **If Nicola drives after drinking, or tries to collect Noah after drinking,** the nursery or the
  adult who sees it rings 999, and Sian holds a strategy discussion with the police the same day.

### If things don't change enough

If by the review conference Nicola has had three or more readings above 0.00, or the plan under "If
things go wrong" has been used twice, Richard Holloway (team manager) will hold a legal planning
meeting within 5 working days to decide whether to start pre-proceedings under the Public Law
Outline.

### Meetings

- Core group every four weeks, Thursdays at 3.30pm at Callerdyke High School: 29/01/2026,
  26/02/2026 and 26/03/2026. Evie can come to the first half hour.
- Review child protection conference: 14/04/2026 at 10am, Callerdyke Civic Centre.
- Group supervision on the hypotheses: 18/02/2026 and 25/03/2026 (Sian, Zoe, Dev and Richard).

Plan agreed with Nicola, Paul and Margaret on 22/01/2026; Evie has her own copy of sections 1 and 4.
""",
    "findings": [],
})
