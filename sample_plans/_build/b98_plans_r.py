"""Batch 98, module r: seven fictional plans (held-out material), places beginning with "r".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good plans whose measures and timescales are written in ways a linter
rarely meets, each in a different layout. Five plans are exemplary: a Word
table whose action cell ends with the owner ("— Priya Nair, SW") and whose
last column says "what will be different for Kai", with event timescales
(before nursery, at every handover, the day after each contact); a PDF of
typed-numbered paragraphs whose owners are job titles only, each action
followed by a sentence saying what will be seen and each group closed by a
"We will know this is working because ..." line; a Markdown plan written to a
10-year-old, each bullet starting with when, saying "you will see ...", with
a shared success line under each goal; a plain-text print for a newborn whose
owners are initials explained in a key and whose timescales follow the health
calendar (the 6-8 week check) and the conference ("within 10 working days");
and a PDF with one table per goal, a "What will be seen" column and a success
line under each table. The other two (a Word review plan whose Owner column
is merged down over each owner's rows, and a Markdown task list updated at a
core group, owner written after each task) carry realistic faults among good
rows.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, a 3-year-old about to start nursery, mother's depression after
#    an overdose, handovers between separated parents. Action cell ends with
#    the owner; last column "What will be different for Kai". Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_redfallow_icpc_owner_after_action_different_for_kai_column_brennock.docx",
    "doc_title": "Child Protection Plan - Kai Brennock",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-word-plan-details-list-why-going-well-kais-world-outcomes-then-three-column-table-action-ending-with-dash-owner-event-timescales-what-will-be-different-for-kai-column-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 3-year-old who starts nursery in three weeks, "
        "whose mother took an overdose while caring for him and has depression and anxiety, and "
        "whose separated parents argued at handovers. A three-column Word table: each action cell "
        "ends with its owner after a dash ('— Priya Nair, SW'), timescales are events and "
        "frequencies ('Before Kai starts nursery on 08/09/2025', 'At every handover', 'The day "
        "after each contact', 'Twice a week, Tuesday and Friday'), and the last column says what "
        "will be different for Kai, in things that can be seen or counted. The psychiatrist and "
        "the care co-ordinator both report on change, the grandmother's handovers have a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Redfallow District Council — Children and Families Service — Initial Child Protection Conference"),
        ("kv", [
            ("Child", "Kai Brennock, 3 (DOB 14/03/2022)"),
            ("Address", "12 Wren Court, Redfallow RF2 6JD"),
            ("Mother", "Chloe Brennock (26)"),
            ("Father", "Ashley Teal (29), 40 Canal Side, Redfallow; has Kai every weekend, Saturday 10am to "
                       "Sunday 4pm"),
            ("Paternal grandmother", "Maureen Teal, 14 Quarry Rise, Redfallow (Kai calls her Nana Mo)"),
            ("Category", "Neglect"),
            ("Conference", "19/08/2025, Redfallow Council House. Chair: Gillian Sowerby (IRO)"),
            ("Social worker", "Priya Nair, Safeguarding Team West (team manager: Colin Ashworth)"),
        ]),
        ("h1", "Why Kai needs a plan"),
        ("p", "On 21/06/2025 Chloe took an overdose of her antidepressants at home while Kai was in the flat. "
              "Maureen found them at 6pm when she called round: Chloe was drowsy on the bathroom floor, Kai was "
              "in a soaked nappy and had eaten nothing since breakfast except a packet of crisps. Chloe spent a "
              "night at Redfallow General and has been under the Redfallow Community Mental Health Team since, "
              "with depression and anxiety. The health visitor has found that Kai has missed two development "
              "reviews, has very few words for his age and has decay in his front teeth. Chloe and Ashley "
              "separated in 2024. Their handovers of Kai, at the flat door, have often ended in shouting; on "
              "03/05/2025 the police were called by a neighbour, and Kai was crying in the stairwell."),
        ("h1", "What is going well"),
        ("p", "Chloe has taken her medication since she came home and has kept every CMHT appointment. She asked "
              "for help with Kai's routine herself. Kai is warm and affectionate with both parents. Ashley has "
              "not missed a weekend with Kai this year, and Maureen is close to Kai and has offered to do every "
              "handover at her house."),
        ("h1", "Kai's world: what we have seen and heard"),
        ("p", "Kai is 3 and uses about twenty words. On four visits he was dressed and clean, but twice he was "
              "still in pyjamas at 11am and said “hungry” and pointed to the fridge. He brought Priya his fire "
              "engine and made it go “nee-naw to Nana's”. When Chloe cried during one visit, Kai climbed onto "
              "her lap and patted her face. At Maureen's he runs to the toy box and settles quickly; at the end "
              "of a weekend with Ashley he holds on to his dad's leg and cries at the door. Ashley says Kai "
              "sleeps through at his flat; Chloe says he wakes two or three times on Sunday nights."),
        ("h1", "What we want for Kai"),
        ("bullets", [
            "Kai is up, fed and dressed every morning and always has an adult who is well enough to look after "
            "him.",
            "Kai starts nursery in September, goes every day he is booked, and his speech and teeth get the help "
            "they need.",
            "Kai goes between his mum and dad calmly, without hearing adults shout at each other.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row says what needs to happen and, after the dash, who will do it. The last column says what "
              "will be different for Kai when the action is working: something we will be able to see in his day, "
              "or find written down."),
        ("table", {
            "header": ["What needs to happen — and who will do it", "When", "What will be different for Kai"],
            "widths": [7.2, 3.8, 6.0],
            "rows": [
                ["Visit Kai at home, with at least one visit a month unannounced and one at teatime, and play "
                 "with him so that what he says and does is heard — Priya Nair, SW",
                 "Every week from 20/08/2025",
                 "Kai is seen every week: the visit notes say where he sleeps, what he has eaten and his own "
                 "words, and on every visit his bed has clean bedding"],
                ["Help Chloe build a morning routine for Kai: up by 7.30am, breakfast, dressed and out of the door "
                 "by 8.40am — Dawn Pryor, family support worker",
                 "Twice a week, Tuesday and Friday at 7.30am, from 26/08/2025 until Kai has been at nursery for four "
                 "weeks",
                 "Kai gets to nursery by 9am, fed and dressed for the weather, on at least 9 of every 10 days he "
                 "is booked (nursery arrival sheet)"],
                ["Book Kai's funded nursery place at Little Acorns and go with Chloe and Kai to a settling-in "
                 "visit — Priya Nair, SW",
                 "Before Kai starts nursery on 08/09/2025",
                 "Kai has met his key worker and found his own peg before his first day; the settling-in record "
                 "is on his file"],
                ["Give Kai a key worker who knows this plan, write down his arrival time, breakfast and mood each "
                 "day, and phone the SW the same day if he is absent without a call, hungry or upset about home — "
                 "Lorna Ekwueme, manager and DSL, Little Acorns Nursery",
                 "Every nursery day from 08/09/2025",
                 "Kai has one adult at nursery he goes to; the daily log is emailed to the SW each Friday and every "
                 "same-day call is on his file"],
                ["Do Kai's health and development review, including his speech, weight and teeth, and refer him "
                 "to speech and language therapy and the community dentist — Joanne Hale, HV",
                 "Before Kai starts nursery: by 05/09/2025",
                 "Kai's red book shows the review done and both referral letters are on his file; he has seen the "
                 "dentist by October half term (27/10/2025)"],
                ["Assess Chloe's depression and anxiety, review her medication, and give a written view on whether "
                 "she can give Kai safe daily care, what still has to change and how long it is likely to take — "
                 "Dr Femi Adebayo, consultant psychiatrist, Redfallow Community Mental Health Team",
                 "Within 15 working days of the conference (by 10/09/2025), then an update two working days "
                 "before each core group",
                 "Kai's file holds the psychiatrist's report by 10/09/2025 and an update before every core group, "
                 "so the core group can see whether his mum's care of him is getting better"],
                ["Visit Chloe at home, check her medication and her warning signs, write a crisis plan with her "
                 "that names who looks after Kai, and report to each core group on whether she is making and "
                 "keeping the changes Kai needs — Ruth Kale, care co-ordinator (CPN), Redfallow CMHT",
                 "Every other Wednesday from 27/08/2025; crisis plan by 05/09/2025",
                 "Kai always has a named adult to care for him if his mum becomes unwell: the crisis plan is on "
                 "the fridge and on his file, and Ruth's written update is read at every core group"],
                ["Do every handover of Kai between Chloe and Ashley at 14 Quarry Rise, stay with Kai throughout, "
                 "and end the handover if either parent starts to argue — Maureen Teal, paternal grandmother",
                 "At every handover: Saturday 10am and Sunday 4pm",
                 "Kai goes to and from his dad calmly and hears no shouting; Maureen's handover book, signed by "
                 "both parents, is read by the SW at her next visit"],
                ["Give Kai his tea, bath and bedtime at 40 Canal Side, and send him back with his bag packed and "
                 "clean clothes on — Ashley Teal, Dad",
                 "Every weekend, Saturday 10am to Sunday 4pm",
                 "Kai comes back to his mum clean, fed and with his bag packed, as Maureen notes in the handover "
                 "book"],
                ["Phone Priya and tell her how Kai ate, slept and played after his weekend at his dad's — Chloe "
                 "Brennock, Mum",
                 "The day after each contact (every Monday by 12 noon)",
                 "Each Monday call is written up on Kai's file, so the core group can see whether Kai is unsettled "
                 "after contact and what helps him"],
                ["Go to the 10-week “Understanding Your Child” course at Redfallow Family Hub and practise one "
                 "play idea from it with Kai every day — Chloe Brennock, Mum",
                 "Thursdays at 9.30am, 18/09/2025 to 20/11/2025",
                 "Kai is played with and praised at home: the family support worker sees Chloe use an idea from "
                 "the course at each Tuesday visit, and the course register shows 8 or more sessions"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chloe tells anyone she is thinking of harming herself, misses her medication for three days in a "
              "row (Ruth's count), or Kai is found alone, not collected from nursery or not fed, Kai will go to "
              "Maureen's home at 14 Quarry Rise that day. Priya will hold a strategy discussion the same day, and "
              "Ruth will ask the CMHT crisis team to see Chloe within four hours."),
        ("p", "If Maureen cannot have Kai or cannot do a handover (she is ill or away), that weekend's handovers "
              "will take place at Redfallow Family Centre with a family support worker present. If Kai needs "
              "somewhere to stay and Maureen cannot have him, Priya will place him with Redfallow foster carers "
              "that day and ask Ashley the next working day whether Kai can live with him while he is assessed."),
        ("p", "If Chloe has another crisis in which Kai is left without care, or by the review conference Kai's "
              "nursery attendance is below 85% or Dr Adebayo's report says Chloe cannot make the changes in Kai's "
              "timescale, Priya will ask Colin Ashworth for a legal planning meeting within 5 working days to "
              "decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Redfallow Family Hub: 02/09/2025, 30/09/2025 and "
            "28/10/2025.",
            "Review child protection conference: 11/11/2025 at 10am, Redfallow Council House.",
            "Priya will bring what Kai has said and shown at her visits to every core group.",
        ]),
        ("p", "Plan agreed at conference on 19/08/2025. Copies to Chloe, Ashley, Maureen and everyone named in the "
              "table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review, father's heroin relapse (methadone), two primary-age
#    children. Owners are job titles only; typed-numbered paragraphs, each an
#    action sentence then a "what we will see" sentence; each group closed by
#    a "We will know this is working because ..." line. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_rilminster_rcpc_job_titles_we_will_know_lines_corrigan.pdf",
    "doc_title": "Review Child Protection Plan - Mia and Alfie Corrigan",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-job-titles-only-note-since-june-childrens-words-outcomes-then-three-group-subheadings-typed-numbered-paragraphs-action-sentence-then-measure-sentence-we-will-know-this-is-working-because-line-under-each-group-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 5-year-old whose father "
        "relapsed into heroin use and was found unconscious by his daughter; he is back on "
        "methadone. A Word plan printed to PDF with a page header and footer. Every owner is a "
        "job title or a family role only ('The school's designated safeguarding lead', 'Dad's "
        "recovery worker', 'Nan'). Each typed-numbered paragraph gives the action and its "
        "timescale in its first sentence and what will be seen in the sentence after; each group "
        "ends with a 'We will know this is working because ...' line. The drug service reports on "
        "change, Nan's mornings have a fallback, legal planning follows named test results, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE — Rilminster Borough Council — Children's Services",
    "footer": "Mia and Alfie Corrigan — Review Child Protection Plan (16/09/2025) — Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Rilminster Borough Council · Children's Services · Safeguarding and Support Team (Central)"),
        ("kv", [
            ("Children", "Mia Corrigan (9), Year 5, and Alfie Corrigan (5), Reception; both at St Anne's C of E "
                         "Primary, Rilminster"),
            ("Address", "27 Tanner's Lane, Rilminster RL4 8HE"),
            ("Parents", "Kelly Corrigan (33) and Dean Corrigan (38)"),
            ("Maternal grandmother", "Linda Platt (Nan), Tanner's Court flats, three minutes' walk away"),
            ("Category", "Neglect"),
            ("Conference", "First review, 16/09/2025 (initial conference 17/06/2025)"),
        ]),
        ("p", "This plan names the workers by their job only. The family's copy has a separate sheet with the "
              "name and phone number of the person who holds each job; it is updated whenever a worker changes."),
        ("h1", "What has happened since June"),
        ("p", "Dean used heroin for ten years and had been stable on methadone since 2019. He relapsed this spring. "
              "On 02/06/2025 Mia came home from school and found him unconscious on the bathroom floor; she rang "
              "999 and the ambulance crew gave him naloxone. Since the initial conference Dean has gone back to "
              "daily supervised methadone. Four of his ten tests in July showed heroin; his last five tests have "
              "been clear. Kelly works early shifts at a care home on Mondays, Wednesdays and Fridays, so Dean does "
              "the school run on those days. In the summer term the children arrived late or without breakfast "
              "eleven times, all on those days; Mia's attendance was 89% and Alfie's 86%."),
        ("h1", "What Mia and Alfie say"),
        ("p", "Mia (seen on her own at school, 09/09/2025): “I still check on Dad when I get in. If he's asleep I "
              "shake him. He's been better since the summer. I like it when Nan does breakfast because she does "
              "toast with jam.” Her score for how safe home feels was 3 out of 10 in June and is 6 out of 10 now. "
              "She wants “Dad to stay better and Mum not to have to work so early”."),
        ("p", "Alfie (seen at home, 11/09/2025) showed the social worker his Lego garage and said, “Daddy was poorly "
              "on the floor and the ambulance came and Mia was brave.” He said the best thing is “Nan's toast”, "
              "and the worst thing is “being late, because the big door is shut”."),
        ("h1", "What needs to be true for Mia and Alfie"),
        ("numbers", [
            "Mia and Alfie get to school every day, on time and fed.",
            "Mia and Alfie are cared for by a dad who is not using heroin, and are never alone with an adult "
            "who is under the influence.",
            "Mia and Alfie feel safe at home, and know what to do and who to call if Dad is unwell.",
        ]),
        ("h1", "The plan"),
        ("p", "The actions are grouped under the three things that need to be true. Each numbered paragraph is one "
              "action: its first sentence says who will do what, and when; the sentence after it says what we "
              "will see. Under each group, the line “We will know this is working because …” says what the "
              "group of actions should add up to by the next review."),
        ("h2", "1. Mia and Alfie get to school every day, on time and fed"),
        ("pi", "1.1  The school's designated safeguarding lead will meet both children at the gate every school day "
               "and phone the social worker by 10am if either child is absent or arrives after 8.50am. The "
               "attendance register, emailed to the social worker every Friday, will show each child's arrival "
               "time."),
        ("pi", "1.2  Dad will walk Mia and Alfie to breakfast club for 8am every Monday, Wednesday and Friday, the "
               "days Mum is at work. The breakfast club register will show both children signed in by Dad on "
               "those mornings."),
        ("pi", "1.3  Nan will have Mia and Alfie at her flat for breakfast and walk them to school every Tuesday "
               "and Thursday. The school office's gate log will show Nan's name on those mornings, and Mia will "
               "tell the social worker at each visit what she had for breakfast."),
        ("pi", "1.4  The school nurse will see Mia and Alfie at school by October half term (24/10/2025) to check "
               "their height, weight, teeth and eyesight. Her letter to the social worker will give each child's "
               "weight centile and any referral she has made."),
        ("p", "We will know this is working because both children's attendance is 95% or more by October half term, "
              "and the breakfast club register and the gate log show no school morning without breakfast."),
        ("h2", "2. Mia and Alfie are cared for by a dad who is not using heroin"),
        ("pi", "2.1  Dad's recovery worker at Rilminster Drug and Alcohol Service will see him every Monday at 11am "
               "and take a supervised oral fluid test each time, before he collects Mia and Alfie from school that "
               "afternoon. Each result will be emailed to the social worker the same day; we are looking for "
               "three clear tests in a row, then every test clear."),
        ("pi", "2.2  Dad's recovery worker will write to the social worker two working days before each core group "
               "on whether Dad is making the changes Mia and Alfie need, and how long further change is likely to "
               "take. The letter will be on the children's file and read out at the core group."),
        ("pi", "2.3  Dad will take his methadone under supervision at Highgate Pharmacy every morning after the "
               "school run, so that he is well enough to collect Mia and Alfie at 3.15pm. The pharmacy's "
               "supervised consumption record, which the recovery worker checks each Monday, will show no missed "
               "doses."),
        ("pi", "2.4  From 16/09/2025 Dad will keep his methadone and all other medicines in the locked box on top "
               "of the kitchen cupboard, out of Alfie's and Mia's reach. The social worker will see the box "
               "locked, with the key on Dad's keyring, at every visit."),
        ("p", "We will know this is working because every test sent to the social worker is clear from the end of "
              "October, and Mia tells the social worker that Dad is awake and up when she gets home from school."),
        ("h2", "3. Mia and Alfie feel safe and know what to do if Dad is unwell"),
        ("pi", "3.1  The social worker will see Mia and Alfie every two weeks, alternating home and school, and will "
               "see Mia on her own each time. The visit notes will record each child's words and Mia's 0 to 10 "
               "score for how safe home feels."),
        ("pi", "3.2  The family support worker will do four sessions with Mia about Dad's illness and who she can "
               "call, every Thursday after school from 25/09/2025. By 16/10/2025 Mia will be able to show the "
               "social worker her “who I can call” card with three names and numbers on it."),
        ("pi", "3.3  Mum will go to the eight-week group for partners of people who use drugs at Rilminster Family "
               "Hub, on Wednesday evenings from 01/10/2025, so that she knows what to do if Dad uses while caring "
               "for Mia and Alfie. The group register will show at least six sessions, and by 26/11/2025 Mum will "
               "have gone through the family's naloxone and 999 plan with the family support worker."),
        ("pi", "3.4  The social worker will ask Mia and Alfie what they think of the plan before each core group "
               "and bring their views to the meeting. The core group notes will open with what each child said."),
        ("p", "We will know this is working because Mia's safety score is 7 or more at three visits in a row, and "
              "both children can tell the social worker who they would call if Dad could not be woken."),
        ("h1", "If things go wrong"),
        ("p", "If Dad has a positive test for heroin, is found under the influence while caring for Mia and Alfie, "
              "or either child says Dad was asleep and could not be woken, the children will stay with Nan at her "
              "flat that night and the social worker will hold a strategy discussion the same day. Dad will not "
              "care for the children on his own until the core group has met."),
        ("p", "If Nan cannot have the children or cannot do the Tuesday and Thursday mornings (she is ill or away), "
              "Mum will change her shifts that week, which her manager has agreed to. If neither Nan nor Mum can "
              "care for the children, the social worker will place Mia and Alfie together with Rilminster foster "
              "carers that day."),
        ("p", "If Dad has two positive tests in any four weeks, or there have not been three clear tests in a row "
              "by the second review conference, the social worker will ask the team manager for a legal planning "
              "meeting within five working days to decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm, St Anne's Primary: 30/09/2025, 28/10/2025 and "
            "25/11/2025.",
            "Second review child protection conference: 13/01/2026 at 10am, Rilminster Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan written to a 10-year-old: domestic abuse by mother's
#    ex-partner, mother's panic attacks and low mood. Each bullet starts with
#    when, says who and "you will see ..."; a shared success line closes each
#    goal. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_roskington_my_plan_time_first_goal_success_lines_haddow.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-markdown-plan-written-to-the-child-whos-in-this-plan-why-what-you-told-us-going-well-numbered-outcomes-then-goal-subheadings-bullets-bold-time-first-owner-action-you-will-see-shared-success-quote-line-under-each-goal-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and her 6-year-old brother after their "
        "mother's ex-partner assaulted her in front of them; their mother now has panic attacks and "
        "low mood. The markdown plan is written to the 10-year-old: every bullet starts with when "
        "in bold ('Twice a week, Tuesday and Friday', 'The day after each weekend at Dad's', "
        "'Within 5 working days of the conference'), then who does what and 'you will see ...'; "
        "each goal ends with a shared 'We'll know this goal is working when ...' line. The adult "
        "mental health psychologist writes on whether Mum is changing, Nana's afternoons have a "
        "fallback, a legal planning meeting follows if things have not changed, dates are set."
    ),
    "text": """\
# Jess's plan

**Roskington County Council · Children's Social Care**

Written for Jess Haddow (10) after the child protection conference on Thursday 11/09/2025.
Tommy (6) has the same plan; his picture version is in his folder. Mum and the grown-ups who
help you have the long version, and it says the same things as this one.

## Who's in this plan

- **You** — Jess, 10, Year 6 at Roskington Junior School
- **Tommy** — your brother, 6, Year 2 at Roskington Infant School
- **Mum** — Kerry Haddow
- **Dad** — Ryan Haddow, who lives in Hallbridge; you and Tommy stay with him every other weekend
- **Nana Pat** — Pat Sellers, Mum's mum, who lives on Ashby Road
- **Gemma Lowe** — your social worker
- **Mrs Okoro** — learning mentor and designated safeguarding lead at your school
- **Siobhan Kerr** — Mum's IDVA (someone who helps people stay safe from domestic abuse), Roskington Women's Aid
- **Hana Iqbal** — children's worker at Roskington Women's Aid
- **Dr Anya Brandt** — a psychologist in the Roskington Adult Mental Health Team, who is helping Mum
- **PC Lee Oduya** — a police officer in the Roskington Police domestic abuse team

## Why there is a plan

In August, Carl (Mum's ex-boyfriend) hurt Mum at home, and you and Tommy saw it. A court has told
Carl he must not come near Mum, you or Tommy until 20/08/2026 (this is called a non-molestation
order), but he has sent Mum messages and on 30/08/2025 he came to the front door. Since then Mum
has had panic attacks, and on some days she has found it hard to get out of bed. On those days you
have been making Tommy's breakfast and walking him to school. The grown-ups at the meeting agreed
that you and Tommy need a plan, so that you are safe and so that looking after Tommy isn't your job.

## What you told us

> "I check the front door's locked loads of times at night. I don't sleep very well. I want Carl
> to leave us alone and I want Mum to be happy again. I like Nana Pat's because it's quiet."

You gave home 5 out of 10 for feeling safe, and Nana Pat's 10 out of 10. You asked Gemma to come
after school, not in the middle of lessons, and you said you don't want to miss netball.

Tommy showed Gemma with his toy cars that "the bad car" came to the house and "Jessie hid me in
the bedroom". He has wet the bed most nights since August. His favourite thing is Nana's sausages.

## What's going well

Mum rang the police herself when Carl hurt her, and she has asked for help. She loves you both and
wants things to get better. Nana Pat and Dad are both close by and want to help. Your school says
you are kind, work hard and are a great friend, and Tommy's teacher says he is doing well with
his reading.

## What we want for you and Tommy

1. You and Tommy are safe at home, and Carl doesn't come near you.
2. You sleep better and feel less worried, and you don't have to look after Tommy or Mum.
3. You and Tommy keep seeing Dad and Nana Pat, who you love.

## What will happen

Each bit starts with **when**. Then it says who will do it, and what you will see. At the end
of each goal there is one line that says how we will all know the whole goal is working.

### Goal 1: You and Tommy are safe at home

- **Twice a week, Tuesday and Friday after school, until October half term; then every Friday** —
  Gemma will come to see you and Tommy at home and talk to you on your own, in your room or on a
  walk. You will see Gemma write down what you tell her, and you can read what she wrote if you want to.
- **Within 5 working days of the conference (by 18/09/2025)** — PC Oduya will fit a video doorbell
  and a letterbox lock at your house and put a police warning marker on your address. You will see
  the new doorbell, and Mum will keep the police reference number on the fridge.
- **Every Wednesday at 10am** — Siobhan will meet Mum to go through Mum's safety plan and check for
  any messages from Carl. You will see the safety plan on the fridge with the numbers Mum would ring,
  and Gemma gets a copy after every meeting.

> **We'll know this goal is working when** Carl hasn't come to the house or messaged Mum for eight
> weeks in a row, and you give home 8 out of 10 for feeling safe.

### Goal 2: You sleep better and don't have to look after Tommy or Mum

- **Every Monday at 9am** — Mrs Okoro will meet you in the learning mentor room for a check-in, and
  you'll fill in your worry scale together. You will see your scores go on your chart, and Mrs Okoro
  will send a copy to Gemma each Monday.
- **Eight Thursday afternoons, from 18/09/2025, finishing before October half term** — Hana will run
  the Sunflowers group at school for you and three other children. You will get a Sunflowers book
  with all your work in it, and Hana will tell Gemma which sessions you came to.
- **Every school morning from 15/09/2025** — Mum will get up, give you and Tommy breakfast and walk
  Tommy to the infants' gate herself. You will see that breakfast is Mum's job now: the infants'
  office writes down who brings Tommy each day, and it should say "Mum".
- **Every Wednesday for 12 weeks, from 17/09/2025** — Dr Brandt will see Mum at the Adult Mental
  Health Team to help her with the panic attacks and low mood, and by 28/11/2025 she will write to
  Gemma saying whether Mum is making the changes she needs to look after you and Tommy, and how long
  it is likely to take. Gemma will tell you what the letter says, in a way that makes sense, before
  the review meeting.

> **We'll know this goal is working when** your worry scale is 3 or less on four Mondays in a row,
> Tommy is dry most nights, and you tell Gemma you haven't had to make Tommy's breakfast for a month.

### Goal 3: You and Tommy keep seeing Dad and Nana Pat

- **Every other weekend, Friday 5pm to Sunday 5pm** — Dad will have you and Tommy at his house in
  Hallbridge, picking you up from Nana Pat's and bringing you back there. You will see Nana write the
  times in her notebook, and Gemma will look at it at her next visit.
- **Every Wednesday and Thursday after school** — Nana Pat will collect you and Tommy from school and
  give you tea at her house until Mum picks you up at 6pm. You will see Nana at the gate, the school
  office book will have her name in it, and she will text Gemma if Mum is late.
- **The day after each weekend at Dad's** — Gemma will phone you after school for five minutes to ask
  how the weekend went. You'll tell Gemma how you and Tommy got on, and she will write it down and
  bring it to the core group.

> **We'll know this goal is working when** you and Tommy have had every weekend at Dad's and every
> Wednesday and Thursday at Nana's since the conference, and you both say you want them to carry on.

## If things go wrong

- If Carl comes to the house, the school or Nana's, or sends Mum a message, Mum (or whoever is with
  you) will ring 999. Gemma will hold a strategy meeting with the police the same day, and you and
  Tommy will stay at Nana Pat's that night.
- If Mum becomes too unwell to look after you (for example, she can't get up to get you to school
  two days running), you and Tommy will stay with Nana Pat, and Dr Brandt's team will see Mum the
  next day.
- If Nana Pat can't have you, because she is poorly or away, Dad will have you both at his house.
  If he can't either, Gemma will find a foster family for you and Tommy to stay with together until
  it's safe to go home.
- If by the review meeting Carl is still getting to Mum, or Mum still isn't well enough to look after
  you and Tommy, Gemma's manager will hold a legal planning meeting with the council's lawyers to
  decide what has to happen next to keep you safe.

## Meetings about your plan

- The grown-ups who help you (the **core group**) meet **every four weeks** at your school: on
  25/09/2025, 23/10/2025 and 20/11/2025. Gemma will ask what you think before each one.
- The next big meeting, the **review child protection conference**, is on **Thursday 04/12/2025**
  at 10am at Roskington County Hall. You can come for part of it, or write or draw something for
  Gemma to bring.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan for a 2-week-old: mother with bipolar disorder at high risk of
#    postpartum psychosis, father's alcohol misuse, grandmother living in.
#    Plain-text print; owners are initials explained in a key; timescales
#    follow the health calendar and the conference. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_rumblethorpe_icpc_initials_key_health_calendar_print_kowalczyk.txt",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plain-text-print-banner-field-lines-key-to-initials-upper-case-sections-why-avas-day-outcomes-then-numbered-items-initials-owner-then-action-with-health-calendar-timescale-and-evidence-line-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 2-week-old whose mother has bipolar disorder and a "
        "high risk of postpartum psychosis and whose father drinks heavily; the maternal "
        "grandmother has moved in to do the nights. A plain-text case-system print: a key explains "
        "the initials, and each numbered item gives the owner's initials, the action with its "
        "timescale (the 6-8 week check, the 8-week immunisations, within 10 working days of the "
        "conference, at every handover) and an 'Evidence:' line of things counted or written down "
        "(the HV's weight chart, three clear PEth tests in a row, the feed chart signed at each "
        "handover). The perinatal psychiatrist and CPN both report on change, the alcohol service "
        "assesses, the grandmother's nights have a fallback, legal planning follows named triggers."
    ),
    "text": """\
================================================================================
RUMBLETHORPE METROPOLITAN COUNCIL                  CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - INITIAL CONFERENCE         Printed 17/09/2025 14:06
================================================================================
CHILD ......... Ava KOWALCZYK, born 02/09/2025 at 39 weeks, Rumblethorpe General
ADDRESS ....... 5 Tansy Court, Millgate, Rumblethorpe RT6 3NW
MOTHER ........ Natalia Kowalczyk (23)
FATHER ........ Jamie Doyle (26), lives with Natalia and Ava
ALSO IN HOME .. Halina Kowalczyk (52), maternal grandmother, living with the
                family since Ava's birth
CATEGORY ...... Neglect (likelihood of significant harm)
CONFERENCE .... 16/09/2025, Rumblethorpe Civic Centre. Chair: Dev Chauhan
TEAM MANAGER .. Leanne Holt, Safeguarding and Assessment Team (Millgate)

KEY TO INITIALS (PART OF THIS PLAN)
--------------------------------------------------------------------------------
RB   Rhian Bell, social worker, Rumblethorpe Children's Social Care (lead
     professional)
LT   Lucy Tran, health visitor, Millgate clinic
OS   Dr Omar Siddiqui, GP, Millgate Surgery (Natalia's and Ava's GP)
PD   Dr Paul Danso, consultant perinatal psychiatrist, Rumblethorpe Perinatal
     Mental Health Team
SM   Sinead Marr, community psychiatric nurse, Rumblethorpe Perinatal Mental
     Health Team
KF   Kev Foster, recovery worker, Turning Tide (Rumblethorpe adult alcohol
     service)
AC   Abby Carr, family support worker, Millgate Family Hub
NK   Natalia Kowalczyk, mum
JD   Jamie Doyle, dad
HK   Halina Kowalczyk, maternal grandmother

1. WHY AVA HAS A PLAN
--------------------------------------------------------------------------------
Natalia has bipolar affective disorder. In 2023 she was admitted to hospital for
five weeks with a psychotic episode, and her perinatal psychiatrist puts her risk
of postpartum psychosis at about one in four in the first weeks after the birth.
She stopped her lithium in pregnancy and restarted it, with quetiapine, on
03/09/2025; Ava is bottle-fed. Jamie drinks six to eight cans of lager most
evenings and was convicted of drink-driving in 2024. On 09/09/2025 the midwife
found Jamie asleep and smelling of alcohol at 3pm with Ava crying in her Moses
basket, while Natalia was at the pharmacy. Halina moved in from Wolverhampton
when Ava was born and has been doing most of the night feeds.

2. AVA'S DAY
--------------------------------------------------------------------------------
Ava is two weeks old and cannot tell us what her days are like, so this is what
the midwife, LT and RB have seen on five visits. Ava takes 90ml every three to
four hours and settles best held upright against Halina's shoulder. Natalia feeds
her gently and talks to her, but on 12/09/2025 she was very tired and twice lost
track of when Ava had last fed. Jamie is proud of Ava and baths her, and she
quietens to his voice. Ava was back to her birth weight on day 12. She sleeps in
a Moses basket beside her parents' bed.

3. WHAT NEEDS TO BE TRUE FOR AVA
--------------------------------------------------------------------------------
(a) Ava is fed on time, day and night, and grows along her centile.
(b) Ava is always cared for by a sober adult who is well enough to care for her.
(c) Ava's mum gets help quickly if she becomes unwell, and Ava is never left
    alone with a parent who is unwell or has been drinking.
(d) Ava sleeps safely at every sleep, on her back in a clear Moses basket.

4. THE PLAN
--------------------------------------------------------------------------------
Each item begins with the initials of the person who will do it (see the key),
then what they will do and when. The EVIDENCE line under it is part of the item:
it says what will be counted or written down to show the action is working.

01  RB  Visit Ava at home twice a week (Monday and Thursday) until her 6-8 week
        check, then every week, with at least one visit a month unannounced.
        EVIDENCE: visit notes on LCS record Ava seen awake, where she sleeps, the
        feed chart, and how Natalia and Jamie respond when she cries.

02  LT  Weigh Ava at home every week until the 6-8 week check, then every
        fortnight at Millgate clinic until she is 16 weeks old.
        EVIDENCE: the HV's weight chart in the red book, copied to RB after each
        weigh; Ava on or above her birth centile (25th) at the 6-8 week check.

03  OS  Do Ava's 6-8 week check and Natalia's postnatal check at the same
        appointment (booked for 21/10/2025), including a mood screen for Natalia.
        EVIDENCE: GP letter with the results of both checks sent to RB and PD
        within 5 working days of the appointment.

04  PD  Assess Natalia's mental state and her risk of relapse, review her
        lithium and quetiapine, and give a written view on her capacity to care
        for Ava, what still needs to change and how long that is likely to take,
        within 10 working days of the conference (by 30/09/2025).
        EVIDENCE: assessment on Ava's file by 30/09/2025; a written update to
        every core group on whether Natalia can care for Ava safely.

05  SM  Visit Natalia at home every Tuesday: count her tablets, go through her
        relapse signature with her and Halina, and report to each core group on
        whether Natalia is keeping well enough to care for Ava and whether the
        changes needed are happening.
        EVIDENCE: tablet count and warning-signs check in SM's weekly email to
        RB; written report on change two working days before each core group.

06  NK  Take her lithium and quetiapine every evening at 8pm, as prescribed, so
        that she stays well enough to feed and settle Ava, from 16/09/2025.
        EVIDENCE: SM's weekly tablet count matches the prescription; lithium
        blood levels in range at each monthly test (PD's letter).

07  KF  Assess Jamie's drinking within 10 working days of the conference (by
        30/09/2025), then see him every Friday with a breath test, and take a
        PEth blood test every 4 weeks; report to each core group on whether Jamie
        is making the changes Ava needs and how long they are likely to take.
        EVIDENCE: breath test results emailed to RB each Friday; three clear PEth
        tests in a row before Jamie cares for Ava on his own.

08  JD  Drink no alcohol at home, or within 12 hours of caring for Ava, and keep
        no alcohol in the flat, from 16/09/2025.
        EVIDENCE: a breath test reading of 0 at every RB visit and every Friday
        session with KF; no alcohol seen in the flat on any visit.

09  JD  Do Ava's bath and her 6pm feed every evening from 16/09/2025, with Natalia
        or Halina in the room until Jamie has had three clear PEth tests.
        EVIDENCE: Jamie's initials against the 6pm feed on the feed chart; LT sees
        Jamie bath or feed Ava at one visit a month.

10  HK  Sleep at the flat every night until the review conference and be the
        adult who is awake for Ava's night feeds between 11pm and 7am.
        EVIDENCE: the feed chart on the fridge shows HK's initials against every
        night feed; LT checks the chart at each weigh.

11  HK  At every handover (11pm and 7am) go through the feed chart with Natalia,
        so that the next feed time is written down before either of them sleeps.
        EVIDENCE: the feed chart is signed by both at each handover, and shows no
        gap between feeds longer than four hours (RB checks it at every visit).

12  LT  Go through safe sleep with Natalia, Jamie and Halina at the first weigh
        after the conference, and check Ava's Moses basket at every visit after
        that until she is 6 months old.
        EVIDENCE: LT's notes record the basket checked at each visit; Ava seen
        asleep on her back, feet to foot, with nothing else in the basket.

13  LT  Give Natalia and Jamie Ava's immunisation dates and check before the
        8-week immunisations (due 28/10/2025) that the appointment is booked.
        EVIDENCE: Ava's red book shows the 8-week immunisations given by
        04/11/2025.

14  AC  Run six "Getting to know your baby" sessions at home with Natalia and
        Jamie, every Wednesday from 24/09/2025 to 29/10/2025.
        EVIDENCE: a short filmed feed at sessions 1 and 6, scored by AC and sent
        to RB, showing how often each parent answers Ava's cues.

15  RB  Complete a parenting assessment of Natalia and Jamie, including
        Halina's part in Ava's care, by 25/11/2025 (10 weeks after the
        conference).
        EVIDENCE: report shared with Natalia and Jamie and sent to every core
        group member before the review conference.

16  RB  Refer the family for a family group conference within 10 working days of
        the conference, so that other relatives can be asked to help care for Ava.
        EVIDENCE: referral accepted by the FGC service by 30/09/2025; the family
        plan from the FGC on Ava's file by the review conference.

5. CONTINGENCY
--------------------------------------------------------------------------------
5.1 If Natalia shows two of her early warning signs (not sleeping for two
    nights, racing thoughts, believing Ava is in danger from other people) or
    misses her medication, Halina or Jamie will ring SM (office hours) or the
    crisis team (out of hours) at once. Natalia will not be alone with Ava, RB
    will hold a strategy discussion the same day, and PD will arrange a mother
    and baby unit bed if Natalia needs to be admitted.
5.2 If Jamie has a positive breath test or is seen to have been drinking, he
    will leave the flat that night to stay with his brother at 18 Cobb Lane and
    will not care for Ava until RB and KF agree that he can.
5.3 If Halina cannot stay at night (she is ill or has to go home), RB will
    arrange the same day for Ava to go to a Rumblethorpe foster carer, with
    Natalia and Jamie offered family time every day, unless Natalia is well and
    Jamie has had three clear PEth tests and a clear breath test that day.
5.4 If by the review conference Natalia has relapsed, or Jamie has had two
    positive breath tests or a positive PEth test, RB will ask Leanne Holt for a
    legal planning meeting within 5 working days to decide whether to issue
    care proceedings or start the Public Law Outline.

6. MEETINGS
--------------------------------------------------------------------------------
CORE GROUP ..... EVERY 3 WEEKS, THURSDAYS 10AM, MILLGATE CHILDREN'S CENTRE:
                 25/09/2025, 16/10/2025, 06/11/2025, 27/11/2025
REVIEW CPC ..... 09/12/2025 AT 2PM, RUMBLETHORPE CIVIC CENTRE ROOM 3
================================================================================
END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan for a 14-year-old who self-harms and has gone missing, sole
#    carer father with depression and daily cannabis use. One table per goal
#    with a "What will be seen" column, and a shared success line under each
#    table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_rookspire_icpc_goal_tables_shared_success_line_marchbank.pdf",
    "doc_title": "Child Protection Plan - Leon Marchbank",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-why-leon-in-his-own-words-strengths-outcomes-then-one-four-column-table-per-goal-step-who-how-often-by-when-what-will-be-seen-success-line-under-each-table-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old who has cut himself, gone missing "
        "overnight twice and been found with older men at a flat, and whose father, his sole "
        "carer, has depression and smokes cannabis daily. A Word plan printed to PDF with a page "
        "header and footer. The plan has three goals; each has its own four-column table (Step / "
        "Who / How often or by when / What will be seen) and a 'Success for this goal' line "
        "beneath it. Timescales include 'Twice a week, Tuesday and Friday nights', 'Within 72 "
        "hours of Leon coming home after any missing episode' and 'by October half term'. The "
        "CMHT assesses change, the substance service tests, the aunt's nights have a fallback, "
        "legal planning follows named triggers, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Rookspire City Council – Children's Services",
    "footer": "Leon Marchbank – Child Protection Plan – ICPC 23/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rookspire City Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Leon Marchbank, 14 (DOB 30/05/2011), Year 10, Rookspire Academy"),
            ("Address", "61 Weaver Street, Rookspire RK1 4TS"),
            ("Father", "Martin Marchbank (47), Leon's sole carer since Leon's mum died in 2021"),
            ("Paternal aunt", "Bev Marchbank (49), 4 Fieldgate, Rookspire"),
            ("Category", "Neglect"),
            ("Conference", "Initial, 23/09/2025, Rookspire Civic Centre. Chair: Ifeoma Clarke"),
            ("Social worker", "Aisha Morrow (team manager: Graham Tully)"),
        ]),
        ("h1", "Why Leon has a plan"),
        ("p", "Leon went missing overnight on 09/08/2025 and again on 30/08/2025. The second time police found him "
              "at 3am in a flat on Corn Street with two men in their twenties who are known for supplying cannabis; "
              "Leon had £200 in cash and a second phone. On 04/09/2025 the school found fresh cuts on Leon's arm. "
              "Martin has had depression since his wife died. He smokes cannabis every day and says he sleeps most "
              "afternoons; he did not report Leon missing until the following morning either time. There is often "
              "no food in the house, and Leon's attendance last year was 62%."),
        ("h1", "Leon in his own words"),
        ("p", "Leon (seen on his own at a café he chose, 16/09/2025): “Dad's not bad, he's just sad all the time "
              "and he's always stoned. Nobody notices if I'm in or not. The lads on Corn Street feed me and give me "
              "stuff. I know what they want, I'm not stupid.” About the cuts: “It makes the noise in my head go "
              "quiet.” He scored home 4 out of 10 and Auntie Bev's 8 out of 10. He wants “Dad to get up in the "
              "morning like he used to” and to get back into the school football team."),
        ("h1", "What is going well"),
        ("p", "Leon and Martin love each other and Martin came to the conference and agreed to the plan. Bev already "
              "has Leon some nights and he trusts her. Leon told the school about the cuts himself. He is good at "
              "maths and his PE teacher says he is a natural leader."),
        ("h1", "What we want for Leon"),
        ("bullets", [
            "Leon is home every night, safe from the adults who have been exploiting him.",
            "Leon stops hurting himself and has adults he can talk to when he feels low.",
            "Leon is cared for by a dad who is well enough to notice where he is and how he is, and who makes sure "
            "there is food in the house.",
        ]),
        ("h1", "The plan"),
        ("p", "There is one table for each goal. Every step says who will do it, how often or by when, and what "
              "will be seen when it is done. The success line under each table says what the whole goal should "
              "look like by the review conference."),
        ("h2", "Goal 1: Leon is home every night and safe from exploitation"),
        ("table", {
            "header": ["Step", "Who", "How often / by when", "What will be seen"],
            "widths": [5.4, 3.4, 3.4, 4.8],
            "rows": [
                ["See Leon on his own, at home or somewhere he chooses, and do direct work with him on "
                 "exploitation, including a “who's who in my life” map",
                 "Aisha Morrow, social worker",
                 "Once a week, on a day Leon picks; map finished by 31/10/2025",
                 "Visit notes show Leon seen alone every week, with his own words; the finished map is on his "
                 "file"],
                ["Do a return home interview with Leon every time he has been missing",
                 "Jo Pike, Safer Futures (Rookspire missing children service)",
                 "Within 72 hours of Leon coming home after any missing episode",
                 "Interview notes sent to the SW within a day, saying where Leon was and who he was with"],
                ["Agree a curfew with Leon (10pm school nights, 11pm at weekends) and report him missing to the "
                 "police if he is not home an hour after it",
                 "Martin Marchbank, Dad",
                 "Every night from 23/09/2025",
                 "Martin's curfew log, checked by the SW each week, shows Leon home on time on at least 6 nights "
                 "in every 7; every missing report has a police reference"],
                ["Serve child abduction warning notices on the adults Leon was found with, and visit Leon at home "
                 "to talk about the risks",
                 "PC Dan Okri, Rookspire Police Child Exploitation Team",
                 "Notices by 30/09/2025; home visit by 10/10/2025",
                 "Notice reference numbers sent to the SW; Leon's exploitation screening tool updated and shared "
                 "at the first core group"],
            ],
        }),
        ("p", "Success for this goal: by the review conference Leon has had no missing episode for eight weeks in a "
              "row, and Dad's log shows him home by his curfew on at least 6 nights in every 7."),
        ("h2", "Goal 2: Leon stops hurting himself and has people to talk to"),
        ("table", {
            "header": ["Step", "Who", "How often / by when", "What will be seen"],
            "widths": [5.4, 3.4, 3.4, 4.8],
            "rows": [
                ["Assess Leon's self-harm and low mood, write a safety plan with him and offer him weekly sessions",
                 "Dr Nikhil Rao, clinical psychologist, Rookspire CAMHS",
                 "Assessment by 07/10/2025 (urgent referral made 12/09/2025), then every Thursday at 4pm",
                 "Assessment letter and Leon's safety plan sent to the SW and the school; a monthly letter with "
                 "the sessions Leon came to and his mood scores"],
                ["Meet Leon at the pastoral office at 8.35am to check in on how he slept and how he is, and let "
                 "him use the pastoral room at break and lunch",
                 "Mr Tariq Bello, head of Year 10 and DSL, Rookspire Academy",
                 "Every school day",
                 "The pastoral log shows each check-in; Leon's attendance is 90% or more by October half term "
                 "(24/10/2025) and 95% by the review"],
                ["Keep razors and kitchen knives in a locked drawer and all medicines in a locked box",
                 "Martin Marchbank, Dad",
                 "From 23/09/2025",
                 "The SW sees the drawer and the box locked at every visit, and Leon's CAMHS safety plan on the "
                 "fridge"],
                ["Have Leon to stay at 4 Fieldgate, give him his tea and take him to school or football the next "
                 "morning",
                 "Bev Marchbank, paternal aunt",
                 "Twice a week, Tuesday and Friday nights",
                 "Bev texts the SW the next morning each time; Leon tells the SW at each visit how the nights at "
                 "Bev's are going"],
            ],
        }),
        ("p", "Success for this goal: by the review conference Leon has gone four weeks with no new self-harm (what "
              "he tells Dr Rao and Mr Bello), and he can name two adults he talks to when he feels low."),
        ("h2", "Goal 3: Leon is cared for by a dad who is well enough to look after him"),
        ("table", {
            "header": ["Step", "Who", "How often / by when", "What will be seen"],
            "widths": [5.4, 3.4, 3.4, 4.8],
            "rows": [
                ["Assess Martin's depression and cannabis use together, review his medication, and report to each "
                 "core group on whether he is making the changes Leon needs and how long further change is likely "
                 "to take",
                 "Sam Achebe, community mental health nurse, with Dr Helen Voss, consultant psychiatrist, "
                 "Rookspire CMHT",
                 "Assessment by 10/10/2025; report two working days before each core group",
                 "Written assessment on Leon's file by 10/10/2025, and a written report on change before every "
                 "core group"],
                ["See Martin for key work on his cannabis use, with a urine test each time, so that he is awake "
                 "and able to look after Leon in the afternoons and evenings",
                 "Chantelle Hirst, recovery worker, Open Road (Rookspire substance misuse service)",
                 "Every Monday from 29/09/2025",
                 "Test results emailed to the SW each Monday; three clear tests in a row by the review "
                 "conference"],
            ],
        }),
        ("p", "Success for this goal: by the review conference Martin has had three clear tests in a row, the CMHT "
              "says in writing that he is making the changes Leon needs, and Leon scores “how well Dad looks after "
              "me” 7 out of 10 or more."),
        ("h1", "If things go wrong"),
        ("p", "If Leon is not home an hour after his curfew, Martin will report him missing to the police straight "
              "away. If Leon is missing overnight, or is found with any of the adults from Corn Street, the SW will "
              "hold a strategy discussion the same day and Leon will stay at Bev's until it has taken place."),
        ("p", "If Leon hurts himself and needs treatment, Martin or Bev will take him to Rookspire Royal A&E and the "
              "CAMHS crisis team will see him the same day. If Martin is found under the influence or too unwell to "
              "look after Leon, Leon will go to Bev's that night."),
        ("p", "If Bev cannot have Leon (she is ill or away), the SW will arrange an emergency foster placement in "
              "Rookspire that day, so that Leon does not spend a night without a safe adult."),
        ("p", "If Leon goes missing twice more before the review conference, or by the review Martin has not had "
              "three clear tests in a row, the SW will ask Graham Tully for a legal planning meeting within 5 "
              "working days to decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 4pm, Rookspire Academy: 01/10/2025, 29/10/2025 and "
            "26/11/2025. Leon can come to the first part of each one or send his views with Aisha.",
            "Review child protection conference: 16/12/2025 at 10am, Rookspire Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review plan, mother's alcohol misuse and low mood, a 4-year-old and
#    an 18-month-old; grandmother does after-school care and supervises
#    contact. Word table whose Owner column, on the right, is merged down over
#    each owner's rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_ryebarrow_rcpc_merged_owner_column_pilkington.docx",
    "doc_title": "Review Child Protection Plan - Harley and Rosie Pilkington",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-word-plan-details-list-progress-childrens-experience-outcomes-then-five-column-table-ref-action-when-how-well-know-owner-column-last-merged-down-over-each-owners-rows-contingency-core-group",
    "description": (
        "First review conference plan for a 4-year-old and an 18-month-old whose mother drinks "
        "most evenings and has low mood. The Word action table puts the Owner column last and "
        "merges it down over each owner's rows (social worker, health visitor, grandmother). Most "
        "rows are sound, including the alcohol service's tests and report on change. Faults: a "
        "speech therapy referral with an empty measure, talking therapy that only supports the "
        "mother and is measured by attendance, help to get to appointments 'As and when required' "
        "measured by 'Engagement', passive home-condition checks with no owner, 'All "
        "professionals' to share worries, 'Ongoing' as the only timescale for staying sober, an "
        "outcome about the mother only; the grandmother carries tea-times and contact with no "
        "fallback, and no legal step."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ryebarrow Borough Council · Children's Services · Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Harley Pilkington (4), DOB 22/01/2021, Reception at Mossgate Primary; Rosie Pilkington "
                         "(18 months), DOB 03/04/2024"),
            ("Address", "9 Sefton Walk, Ryebarrow RB3 7UL"),
            ("Mother", "Jodie Pilkington (24)"),
            ("Rosie's father", "Connor Webb (26), lives in Ryebarrow; sees Rosie on Sundays. Harley's father has "
                               "no contact."),
            ("Maternal grandmother", "Sharon Pilkington, 31 Ash Grove, Ryebarrow"),
            ("Category", "Neglect (both children)"),
            ("Conference", "First review, 09/10/2025 (initial conference 10/07/2025). Chair: Terence Oyelowo"),
            ("Social worker", "Nadia Fenwick"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Jodie drinks cider most evenings and has said she drinks “to get through the night” since her "
              "depression got worse last winter. In June Harley was found by a neighbour at 8pm outside the flats "
              "in his pyjamas, and Jodie was asleep on the sofa. Since July Jodie has been assessed by Ryebarrow "
              "Alcohol Service and eight of her last twelve breath tests have been clear. The flat is cleaner and "
              "there has been food in the cupboards on every visit since August. Harley's nursery and now his "
              "school have concerns about his speech, and Rosie missed her one-year review and has not yet had "
              "her 18-month check. Sharon has Harley and Rosie after school twice a week and supervises Connor's "
              "contact with Rosie at her house."),
        ("h1", "What Harley and Rosie have told us"),
        ("p", "Harley (seen at school with his teaching assistant, 02/10/2025) drew his mum “sleeping on the "
              "settee” and his nan “making chips”. He said, “Mummy drinks the apple juice for grown-ups and then "
              "she's sleepy. I get Rosie's biscuits.” Rosie was seen at home on four visits: she is walking, "
              "babbles and points, and went straight to Jodie for a cuddle when Nadia arrived. On one evening "
              "visit she was still in the nappy she had been wearing at lunchtime."),
        ("h1", "What we want to happen"),
        ("bullets", [
            "Harley and Rosie are cared for every evening and night by a sober adult.",
            "Harley goes to school every day, on time, and gets help with his speech.",
            "Rosie is growing well and all her health checks are up to date.",
            "Jodie's mental health and drinking improve.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Ref", "Action", "When", "How we'll know", "Owner"],
            "widths": [1.0, 5.6, 3.0, 4.4, 3.0],
            "rows": [
                ["1", "Visit Harley and Rosie at home, including one unannounced visit a month and one after 6pm, "
                      "and see Harley on his own",
                 "Every week", "Visit records show both children seen and Harley's own words written down",
                 "Nadia Fenwick, social worker"],
                ["2", "Complete an updated parenting assessment of Jodie, focused on evenings and bedtimes",
                 "By 21/11/2025", "Assessment report shared with Jodie and the core group before the next review",
                 V],
                ["3", "Refer Jodie to the Triple P parenting group at Ryebarrow Family Hub and check she is going",
                 "Referral by 17/10/2025; group starts 03/11/2025",
                 "Group register sent to the SW after each session", V],
                ["4", "Complete Rosie's overdue 18-month development review and weigh her",
                 "By 31/10/2025, then monthly at Mossgate clinic",
                 "Rosie's red book shows the review done and her weight plotted", "Claire Doughty, health visitor"],
                ["5", "Refer Harley to speech and language therapy following school's concerns",
                 "By 24/10/2025", "", V],
                ["6", "Check Harley's attendance and presentation each day and ring the SW the same day if he is "
                      "absent or arrives hungry",
                 "Every school day", "Attendance sent to the SW each Friday; concerns logged on CPOMS",
                 "Mrs Helen Brierley, DSL, Mossgate Primary"],
                ["7", "Assess Jodie's drinking, agree a treatment plan, breathalyse her at each appointment, and "
                      "report to each core group on whether she is making the changes the children need",
                 "Assessment updated by 24/10/2025, then weekly",
                 "Breath test results and a written update to the SW before each core group",
                 "Gary Naylor, recovery worker, Ryebarrow Alcohol Service"],
                ["8", "Weekly support sessions for Jodie's low mood",
                 "Weekly from 20/10/2025", "Attendance record", "Ryebarrow Talking Therapies"],
                ["9", "Support Jodie to get to her alcohol and mental health appointments",
                 "As and when required", "Engagement with services", "Leanne Ross, family support worker"],
                ["10", "Collect Harley from school and give both children their tea at Ash Grove",
                 "Every Tuesday and Thursday",
                 "Sharon signs the school collection book; the SW checks it each month",
                 "Sharon Pilkington, maternal grandmother"],
                ["11", "Supervise Connor's contact with Rosie at Ash Grove",
                 "Every Sunday, 1pm to 4pm", "Contact notes written by Sharon and read by the SW at each visit", V],
                ["12", "Home conditions to be checked, including the kitchen and the children's bedrooms",
                 "At every visit", "Visit records describe each room", "-"],
                ["13", "Share any worries about Harley and Rosie with the SW",
                 "The same day", "Concerns recorded on the children's files", "All professionals"],
                ["14", "Stay sober and keep no alcohol in the flat",
                 "Ongoing", "Negative breath tests at every Alcohol Service appointment", "Jodie Pilkington"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Jodie is found to have been drinking while caring for Harley and Rosie, or either child is found "
              "outside or alone, the children will go to Sharon's house at 31 Ash Grove and the SW will hold a "
              "strategy discussion with the police the same day."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1pm, Mossgate Children's Centre: 23/10/2025, 20/11/2025 and "
            "18/12/2025.",
            "Second review child protection conference: 15/01/2026 at 10am, Ryebarrow Town Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Refer Harley to speech and language therapy following"),
        F("H001", "Weekly support sessions for Jodie's low mood"),
        F("T002", "Support Jodie to get to her alcohol and mental health appointments"),
        F("M002", "Support Jodie to get to her alcohol and mental health appointments"),
        F("W001", "Home conditions to be checked, including the kitchen"),
        F("W002", "Share any worries about Harley and Rosie with the SW"),
        F("T002", "Stay sober and keep no alcohol in the flat"),
        F("F002", "Jodie's mental health and drinking improve."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan updated at the third core group: sole-carer father with depression,
#    a 7-year-old and an 11-year-old, family moving to another authority.
#    Markdown task list grouped by theme, owner written after each task.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_rennethwaite_cg_update_task_list_owner_after_dobson.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-updated-markdown-plan-family-line-why-childrens-words-outcomes-then-theme-subheadings-task-list-checkboxes-action-then-measure-sentence-owner-after-dash-contingency-meetings",
    "description": (
        "Child protection plan updated at the third core group for a 7-year-old and an 11-year-old "
        "whose father, their sole carer, has depression; the family moves to another authority in "
        "six weeks. A markdown task list grouped by theme, each task ending with its owner after a "
        "dash; most tasks are sound, including the psychiatrist's report on change and the "
        "transfer pack. Faults: the daughter's counselling referral held until the move, with no "
        "owner or measure; 'Family' to help with the school run when they can; bedding the SW "
        "will 'keep an eye on'; the CPN only supports the father; the GP appointment has no "
        "timescale; the contingency only says the core group will consider next steps, with no "
        "legal step."
    ),
    "text": """\
# Child protection plan — Noah and Evie Dobson

**Rennethwaite City Council · Children's Services · Safeguarding Team North**
Updated at the third core group, Tuesday 14/10/2025. Initial conference 19/08/2025 (chair: Marcia Boyd).
Social worker: Kirsty Lamb. Team manager: Owen Pryde.

Noah Dobson (7), Year 3, Rennethwaite Primary · Evie Dobson (11), Year 7, Castleview Academy ·
Gareth Dobson (41), Dad and sole carer · 22 Lark Rise, Rennethwaite RN2 5BD.
The family is moving to Hallam, in Hallamshire County Council's area, on 28/11/2025.

## Why Noah and Evie have a plan

Noah and Evie's mum left the family home in 2024 and now lives abroad. Gareth has had depression since
then and is under the Rennethwaite Community Mental Health Team. Over the summer there was often no
food in the house, Noah wet the bed most nights and slept on a bare mattress, and Evie did most of the
cooking and got Noah to school. Noah's attendance was 81% last year. Gareth has been taking his
medication since August and says he is getting up in the mornings, and the home is tidier.

## What Noah and Evie have said

Evie (seen on her own at Castleview, 07/10/2025): "It's better than it was. Dad gets up now. I still
do tea most nights because he forgets. I don't want to move to Hallam, all my friends are here." She
says she sometimes can't stop crying at night and would like to talk to someone.

Noah (seen at home, 09/10/2025) showed Kirsty his new duvet cover and said "Dad washed it". He
said the best thing is "Dad's pancakes on Saturdays" and the worst is "when Dad stays in bed".

## What needs to be different

- Noah and Evie have a cooked tea every evening, clean bedding and clean clothes, made by their dad.
- Noah gets to school every day, on time.
- Evie stops having to look after Noah and her dad, and has someone to talk to about how she feels.
- Noah and Evie's care carries on without a gap when they move to Hallam.

## The plan

### Home and everyday care

- [ ] Visit Noah and Evie at home every week, with at least one visit a month unannounced, and see each
  child on their own. The visit notes will record what each child says and what food is in the house.
  — Kirsty Lamb, SW
- [ ] Give Noah and Evie a cooked tea every evening and get them to bed by 8pm (Noah) and 9pm (Evie) on
  school nights, from 14/10/2025. Both children will tell Kirsty at her visits what they had for tea,
  and the bedtime chart on the fridge will be filled in each night. — Gareth, Dad
- [ ] Work with Gareth at home on a weekly meal plan and shopping budget, every Thursday from 16/10/2025
  for six weeks. The meal plans and receipts will be in the family folder, and the fridge will have food
  for the children's tea at every SW visit. — Dale Moss, family support worker
- [ ] Keep Noah's bedding clean and change it every Saturday; Kirsty will keep an eye on this.
  — Gareth, Dad

### School

- [ ] Check Noah's attendance every school day and ring Kirsty by 10am if he is absent without a reason.
  The attendance printout will be emailed to Kirsty every Friday. — Mrs Sandra Okeke, DSL, Rennethwaite
  Primary
- [ ] Help Gareth with the school run when they can. — Family
- [ ] Evie's referral to the Rennethwaite school counselling service will be held until the family has
  moved to Hallam.

### Dad's health

- [ ] Visit Gareth at home every fortnight to support him with his mood; each visit will be recorded on
  the CMHT's system. — Leah Grant, CPN, Rennethwaite CMHT
- [ ] Review Gareth's medication and write to Kirsty and the core group by 31/10/2025 on whether he is
  making the changes Noah and Evie need, and how long more change is likely to take. The letter will be
  on the children's files before the review conference. — Dr Ruth Amadi, consultant psychiatrist,
  Rennethwaite CMHT
- [ ] See his GP about his sleeping tablets and bring the GP's letter to Kirsty. — Gareth, Dad

### Moving to Hallam

- [ ] Send Hallamshire the transfer pack (chronology, assessments and this plan) by 31/10/2025, and ask
  for the transfer-in conference to be held within 15 working days of the move. Hallamshire's written
  receipt will be kept on the children's files. — Kirsty Lamb, SW

## If things get worse

If things do not improve, or there are further concerns about the children's care, the core group will
meet to review the plan and consider next steps.

## Meetings

- Core group every four weeks, Tuesdays at 4pm, Rennethwaite Primary: next on 11/11/2025.
- Review child protection conference: 18/11/2025 at 10am, Rennethwaite Civic Centre.
- Transfer-in conference: to be booked by Hallamshire County Council after the move.
""",
    "findings": [
        F("X001", "Evie's referral to the Rennethwaite school counselling service"),
        F("W001", "Evie's referral to the Rennethwaite school counselling service"),
        F("M001", "Evie's referral to the Rennethwaite school counselling service"),
        F("W002", "Help Gareth with the school run when they can"),
        F("T002", "Help Gareth with the school run when they can"),
        F("M001", "Help Gareth with the school run when they can"),
        F("M002", "Keep Noah's bedding clean and change it every Saturday"),
        F("H001", "Visit Gareth at home every fortnight to support him"),
        F("T001", "See his GP about his sleeping tablets"),
        F("C002"),
        F("R002"),
    ],
})
