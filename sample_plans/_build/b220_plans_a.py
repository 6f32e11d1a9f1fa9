"""Batch 220, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 220. Letter: a. Split: tune (every plan).

Everything here is made up: children, parents, relatives, friends,
professionals, schools, nurseries, surgeries, hospitals, services, projects
and councils. Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without running
planlint or reading its code.

Focus: plans built on practice frameworks' own templates, so the parts of a
plan sit under the framework's headings and words, not the usual labels: a
Signs of Safety plan (danger statements, safety goals, scaling, the safety
network's rules, words and pictures, "If the safety network can't ..."), a
Family Group Conference family plan in the family's own words ("Nan will",
"Our family will") with the professionals' part below, a Safe and Together
plan (the perpetrator's pattern, the survivor's protective efforts, the
perpetrator's own actions and accountability), a Graded Care Profile 2 plan
scored by area and printed from the case system, a pre-birth plan in birth,
ward and discharge stages, a MARAC safety plan joined to the child's plan,
and a Family Safeguarding plan with the adult workers in the team and the
team's hypotheses. Outcomes are "safety goals", "what we want for ..." or
"what will be different"; the child's voice is words and pictures, three
houses, what a child said when scaling or the unborn baby's world; the
contingency is "If the safety network can't ..." or "If the plan isn't
working"; the review is "next network meeting" with core group and review
conference dates. Four of the seven are exemplary.

1. Aglethorpe (docx, exemplary): Signs of Safety child protection plan for
   a 6-year-old and a 3-year-old whose father drinks heavily at weekends
   while caring for them: danger statements, safety goals, a two-column
   worried / working well grid, scaling by everyone, Maisie's three houses,
   then the safety network's rules (rule / whose job / when / how the
   network will know) and the professionals' next steps, "If the safety
   network can't keep to the plan" with a fallback per network member, and
   the next network meetings; the alcohol service reports on the father's
   capacity to change.
2. Ackholme (md): Family Group Conference family plan for a 9-year-old and
   a 4-year-old whose mother has depression and anxiety, in the family's
   own words ("Nan will ...", "Our family will ..."), the bottom lines, the
   children's words through an advocate, then the professionals' part in a
   table. Faults: "Our family will" checking in every evening (W002);
   Uncle Marcus taking Kayden to football "when he can" (T002); Auntie
   Leanne's Sunday housework with no check (M001); the care coordinator's
   fortnightly support visits that only treat the mother (H001); a
   contingency that leans on Nan with no fallback if she cannot (C003); and
   the review conference "to be confirmed" (R001).
3. Annisford (pdf, header and footer, exemplary): Safe and Together
   child protection plan for a 7-year-old and a 2-year-old after their
   father pushed their mother into a door while she held the baby: his
   pattern of coercive control and the actions he took that harmed the
   children, the impact on each child, the mother's full spectrum of
   protective efforts, other factors (his drinking), Freya's words and
   Alfie's day, then three tables (his own actions and accountability,
   partnering with the mother, the children's part); the alcohol service
   reports on his capacity to change and the perpetrator programme on what
   he has changed.
4. Aysthorpe (txt): Graded Care Profile 2 neglect plan for a 5-year-old and
   an 18-month-old printed from the case system: parental health field
   (the mother's depression), lived experience, a GCP2 grid by sub-area
   (score at conference, target by review), outcomes, then numbered
   actions under each GCP2 area with Owner / Due / Evidence lines. Faults:
   baths and clean clothes due "Ongoing" (T002); a dental referral with
   "-" for its owner (W001); Stay and Play evidenced by "Engagement with
   sessions" (M002); the stair gate and medicine box with "N/A" for
   evidence (M001); the mother's depression with no adult service owning
   any action (F004); and a contingency of "home conditions deteriorate or
   further concerns" answered by a core group to discuss next steps (C002).
5. Abrenford (pdf, header and footer, exemplary): pre-birth plan for the
   baby of a mother with bipolar disorder, in three stage tables (before
   the birth to 36 weeks, the birth and the maternity ward, going home
   until the baby is 12 weeks old); the perinatal mental health team
   assesses and reports on her capacity to stay well and sustain change at
   every stage, the great-aunt's nights have a fallback, and the
   contingency gives her early warning signs, a mother and baby unit, a
   foster placement and legal planning.
6. Aylesmere (docx): MARAC safety plan joined to the child protection plan
   for a 10-year-old and a 6-year-old after their mother was strangled by
   her ex-partner: the MARAC's actions with a status column (two done, not
   counted), the plan's own table, the mother's safety steps and what
   happens if he comes; the family plans to move to another council.
   Faults: "All agencies at MARAC" reporting any contact from him (W002);
   Mason's one-to-one sessions with an empty When cell (T001); Evie's
   nurture group measured by "Monitored by school" (M002); the Freedom
   Programme handed on to the receiving council until after the transfer,
   with an owner, a time and a check (X001 only); an outcome only about the
   mother's confidence and money (F002); and no legal planning anywhere
   (R002).
7. Achenby (md, exemplary): Family Safeguarding plan for a 12-year-old and
   an 8-year-old whose father uses crack on top of methadone and whose
   mother has depression: the team around you (the substance misuse and
   adult mental health practitioners in the children's team), the team's
   hypotheses from group case supervision, the children's words, what the
   family is proud of, four goals, then a table under each goal; both adult
   practitioners report on the parent's capacity to change and the likely
   timescale, and Grandad's Saturdays have a fallback.

Four plans (1, 3, 5 and 7) are exemplary: every action has a named owner
(a network member, a parent, a named worker or a single agency), a real
timescale and something that can be seen, read or counted; every outcome
(safety goals, "what we want for ...", goals) is about the child; each
records the children's voice (three houses, scaling, words, a baby's world
or day); each contingency has specific triggers and concrete responses,
with a fallback for every relative whose help the plan uses, and a legal
planning meeting after named triggers; core group or network meeting
dates and a dated review conference are given; where a parent drinks,
uses drugs or is mentally ill, an adult service owns an action and reports
on the parent's capacity to change. The three faulty plans hold 18
expected findings, six each.

Counting convention used for "actions" (README convention 1): each row of
an action table (the safety network's rules and the next steps in plan 1;
the professionals' part in plan 2; each part's table in plans 3, 5, 6 and
7), each bullet of the family's part in plan 2 and each numbered action of
the case print in plan 4 counts once. The MARAC actions marked done are
closed one-off actions and are not counted. Family details, danger
statements, worried / working well grids, scaling tables, the children's
words, hypotheses, the perpetrator's pattern, the survivor's protective
efforts, the GCP2 score grid, outcomes and goals, bottom lines, the
mother's personal safety plan, contingencies, meetings and distribution
lists are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety child protection plan: danger statements, safety goals,
#    scaling, three houses, the safety network's rules and the professionals'
#    next steps. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_aglethorpe_sos_danger_goals_network_rules_scaling_thornton.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Maisie and Leo Thornton",
    "split": "tune",
    "actions": 12,
    "template": "signs-of-safety-cp-plan-docx-family-kv-table-then-danger-statements-safety-goals-two-column-worried-working-well-grid-complicating-factors-scaling-table-by-person-maisies-three-houses-leos-day-then-safety-network-rules-table-rule-whose-job-when-how-network-will-know-then-next-steps-who-what-by-when-how-well-know-then-if-the-safety-network-cant-next-network-meetings",
    "description": (
        "Exemplary Signs of Safety child protection plan for Maisie (6) and Leo (3), whose father drinks "
        "eight to ten cans a night at weekends while caring for them on their mother's evening shifts; "
        "police found Maisie on the front step at 11.40pm and Leo with a bruised forehead after his father "
        "fell on the stairs holding him. Danger statements, safety goals, a worried / working well grid, "
        "scaling by everyone, Maisie's three houses and Leo's day at nursery, then the safety network's "
        "rules (Nana's work-night cover, the uncle's phone checks, a friend Maisie can ring, breath tests "
        "at handover) and the professionals' next steps, each with whose job, when and how the network "
        "will know. The alcohol service reports on the father's capacity to change; the contingency names "
        "a fallback for each network member, an emergency placement and a legal planning meeting after "
        "named triggers; network meetings and the review conference are dated."
    ),
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("p", "Aglethorpe Metropolitan Borough Council, Children's Services. Safeguarding and Family "
              "Support Team 2."),
        ("p", "This is Maisie and Leo's safety plan. It was agreed at the initial child protection "
              "conference on 08/01/2026 and finished with Jodie, Ryan and the safety network at the first "
              "network meeting on 22/01/2026. It is written in the words we used with the family so that "
              "everyone in the network can read it and know what their job is."),
        ("table", {
            "rows": [
                ["Children", "Maisie Thornton, born 17/06/2019 (6), Year 2 at Alder Lane Primary School\n"
                             "Leo Thornton, born 02/10/2022 (3), mornings at Appletree Corner Nursery"],
                ["Parents", "Jodie Thornton (29), care assistant on evening shifts at Alcott House care home\n"
                            "Ryan Thornton (32), scaffolder"],
                ["Home", "14 Antler Road, Aglethorpe AG3 5RT"],
                ["Safety network", "Pauline Rigby (Nana, Jodie's mum), 3 Arbury Row, five minutes' walk away\n"
                                   "Dean Thornton (Uncle Dean, Ryan's brother)\n"
                                   "Mel Acheson (Jodie's friend and next-door-but-one neighbour)"],
                ["Category", "Neglect"],
                ["Social worker", "Gemma Lyall (team manager: Lorna Adey)"],
                ["Conference chair", "Peter Wainwright, independent chair"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Danger statements"),
        ("p", "Gemma (social worker), Alder Lane Primary School, Appletree Corner Nursery and the police are "
              "worried that when Ryan drinks a lot of alcohol while he is looking after Maisie and Leo, he "
              "may fall asleep or be too drunk to keep them safe. Leo could be badly hurt from a fall, as he "
              "was on 15/11/2025 when Ryan fell on the stairs carrying him, and Maisie could go out of the "
              "house at night on her own to find help, as she did that night."),
        ("p", "We are also worried that Maisie, who is six, is taking on the job of looking after Leo when "
              "Ryan has been drinking, and that she feels frightened and responsible at home. If this goes "
              "on, she may stop telling anyone what happens and stop asking for help."),
        ("h1", "Safety goals"),
        ("p", "Children's Services, the school and the nursery will be satisfied that Maisie and Leo are "
              "safe enough to close this plan when, for at least six months:"),
        ("bullets", [
            "Maisie and Leo are always looked after by an adult who has not been drinking, and the safety "
            "network knows who that adult is every evening and every weekend.",
            "Leo is not hurt through falls or being dropped, and has no unexplained marks at nursery.",
            "Maisie goes to bed knowing a grown-up is awake and in charge, and tells her teacher and Gemma "
            "that grown-ups look after Leo, not her.",
            "Maisie and Leo know who to ring if they are worried, and the person they ring comes.",
        ]),
        ("h1", "What are we worried about? What's working well?"),
        ("p", "This is the assessment from the conference, with what the family added on 22/01/2026."),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["On 15/11/2025 a neighbour rang the police at 11.40pm. Ryan had drunk most of a crate of "
                 "lager, was shouting, and had fallen on the stairs carrying Leo, who had a bruise and cut "
                 "on his forehead. Police found Maisie on the front step in her pyjamas.",
                 "Jodie came straight home from work that night, took Leo to A&E and has told everyone the "
                 "truth about what happened."],
                ["On 29/11/2025 Maisie told Miss Abbott, her teacher: \"Daddy was sick on the sofa and I "
                 "made Leo's Weetabix.\"",
                 "Maisie told her teacher herself. She trusts Miss Abbott and Nana."],
                ["Ryan says he drinks eight to ten cans a night from Friday to Sunday, and more \"if there's "
                 "a match on\". Jodie works Thursday to Saturday, 6pm to 10pm, and Ryan has had the "
                 "children on his own on those nights.",
                 "Ryan has not drunk during the week for a year, goes to work every day and has agreed to "
                 "see the alcohol service. He said at conference: \"I'm not having my kids scared of me.\""],
                ["Ryan has said he \"can handle a drink\" and that the fall was \"an accident, it could "
                 "happen to anyone\".",
                 "Pauline, Dean and Mel all came to the network meeting and want to help. Pauline has "
                 "looked after the children on Jodie's work nights since 16/11/2025."],
            ],
        }),
        ("h2", "Complicating factors"),
        ("p", "Money is tight and Jodie cannot easily give up her evening shifts. Dean works away some weeks. "
              "Pauline has angina and has been in hospital once in the last year."),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone knows Maisie and Leo are safe enough with Jodie "
              "and Ryan for the child protection plan to end, and 0 means things are so dangerous that the "
              "children cannot stay at home:"),
        ("table", {
            "header": ["Who", "Score on 22/01/2026", "What would make it one point higher"],
            "widths": [4.0, 3.5, 9.5],
            "rows": [
                ["Jodie", "7", "Ryan seeing the alcohol worker every week"],
                ["Ryan", "8", "\"Everyone seeing I'm sticking to it\""],
                ["Pauline (Nana)", "6", "A month of breath tests all at zero"],
                ["Gemma (social worker)", "4", "The network's rules kept for four weeks, and the alcohol service's first report"],
                ["Alder Lane Primary", "4", "Maisie saying her weekends were good, week after week"],
                ["Maisie", "\"Five, because Daddy says sorry\"", "\"If Daddy stops the silly juice\""],
            ],
        }),
        ("h1", "Words and pictures: what Maisie and Leo have told us"),
        ("p", "Gemma did the Three Houses with Maisie at school on 20/01/2026, on her own, with Miss Abbott "
              "waiting outside. Maisie drew and Gemma wrote her words down."),
        ("bullets", [
            "House of worries: \"When Daddy drinks the silly juice he shouts and falls asleep and I have to "
            "do Leo's Weetabix. I don't like the stairs.\" She drew Leo crying and herself \"being the mummy\".",
            "House of good things: \"Nana's house. Swimming. When Daddy does the voices at bedtime.\"",
            "House of dreams: \"Daddy doesn't drink the cans and Mummy is home at bedtime and I'm just a "
            "girl.\"",
        ]),
        ("p", "Leo is three and has few words. His key person at nursery, Donna Firth, says he arrives happy "
              "with Nana, runs to the sand tray and eats a big snack on Mondays. He flinched and said \"Daddy "
              "cross\" when another child shouted on 12/01/2026. Gemma saw him go to Pauline, not Ryan, when "
              "he hurt his knee at home on 16/01/2026."),
        ("h1", "The safety plan: the network's rules"),
        ("p", "These are the rules Jodie, Ryan and the safety network agreed on 22/01/2026. Each rule has a "
              "person whose job it is, when it happens and how the network will know it is being kept. The "
              "safety journal is the notebook kept in the kitchen drawer; Gemma reads it at every visit."),
        ("table", {
            "header": ["No.", "The rule", "Whose job", "When", "How the network will know"],
            "widths": [1.0, 6.0, 3.0, 3.0, 4.0],
            "rows": [
                ["1", "Ryan does not drink any alcohol while he is looking after Maisie and Leo, or in the "
                      "12 hours before",
                 "Ryan", "Every time he has the children, from 08/01/2026",
                 "Ryan blows into the breath tester in front of Pauline or Jodie at handover; the reading "
                 "is written in the safety journal"],
                ["2", "On Jodie's work nights Nana comes to the house at 5.45pm and stays until Jodie is "
                      "home at about 10.30pm, and puts the children to bed",
                 "Pauline (Nana)", "Every Thursday, Friday and Saturday from 08/01/2026",
                 "Pauline signs the safety journal when she arrives and when she leaves"],
                ["3", "Uncle Dean rings Ryan at 8pm on Friday and Saturday nights, and calls round if Ryan "
                      "does not answer or sounds drunk",
                 "Dean", "Every Friday and Saturday at 8pm",
                 "Dean texts Gemma \"done\" and what he found; Gemma keeps the texts on the file"],
                ["4", "If Maisie rings Mel from her safety card, Mel goes to the house, checks on both "
                      "children and rings Jodie",
                 "Mel", "Within 10 minutes of Maisie's call, any day or night",
                 "Mel writes in the safety journal what she found and rings Gemma the same day (EDT out of "
                 "hours)"],
                ["5", "Jodie tells Pauline and Gemma by text when her rota changes, so that the network "
                      "knows who has the children every night",
                 "Jodie", "By the Monday of each week, and the same day for any swapped shift",
                 "Rota texts on Gemma's file; the safety journal shows the right adult on each night"],
                ["6", "Read Maisie's words and pictures book and her safety card with her, so she knows "
                      "who to ring and that it is not her job to look after Leo",
                 "Jodie and Ryan together", "Every Sunday at bedtime from 08/02/2026",
                 "Miss Abbott asks Maisie once a month who she would ring and records her answer on the "
                 "safety card check sheet, shared with Gemma"],
            ],
        }),
        ("h1", "What needs to happen next: the professionals' part"),
        ("table", {
            "header": ["Who", "What needs to happen", "By when", "How we will know"],
            "widths": [3.3, 6.2, 3.2, 4.3],
            "rows": [
                ["Gemma Lyall, social worker",
                 "Home visits, seeing Maisie on her own each time and Leo with his parents; one visit in "
                 "four unannounced on a Friday or Saturday evening",
                 "Every week until the review conference",
                 "Visit records on the file within 48 hours, with Maisie's words and the safety journal "
                 "read and signed"],
                ["Gemma Lyall, social worker",
                 "Write the words and pictures explanation with Jodie and Ryan, in their words, and read it "
                 "with Maisie with both parents there",
                 "Written by 30/01/2026; read with Maisie by 06/02/2026",
                 "Book signed by Jodie and Ryan, copy on file, and Maisie's reaction recorded"],
                ["Aqeel Hassan, recovery worker, Aglethorpe Recovery Service (alcohol)",
                 "Alcohol assessment of Ryan (AUDIT and a CDT blood test), then weekly sessions; write to "
                 "the core group on whether Ryan is making the changes Maisie and Leo need, what has to "
                 "change and how long it is likely to take",
                 "Assessment by 23/01/2026; sessions every Tuesday at 6pm; report by 27/02/2026",
                 "CDT result and attendance sent to Gemma monthly; written report on Ryan's capacity to "
                 "change at the 19/02/2026 network meeting (draft) and by 27/02/2026 (final)"],
                ["Mrs Karen Aspinall, DSL, Alder Lane Primary School",
                 "Check in with Maisie first thing on Monday about her weekend, using her \"weekend "
                 "weather\" faces",
                 "Every Monday at 8.50am",
                 "Her weather face and words recorded on CPOMS; summary e-mailed to Gemma every second "
                 "Monday"],
                ["Donna Firth, key person, Appletree Corner Nursery",
                 "Record Leo's attendance, how he arrives, and any mark or injury on a body map, and tell "
                 "Gemma the same day about any injury",
                 "Every session Leo attends (Monday to Friday mornings)",
                 "Attendance and arrival notes sent to Gemma every Friday; attendance 90% or more"],
                ["Sadia Amin, health visitor",
                 "Leo's development review (ASQ-3) at home, and a home safety check of the stairs, with a "
                 "stair gate fitted at the top",
                 "By 13/02/2026",
                 "ASQ-3 scores and the fitted gate recorded and reported to the 19/02/2026 network meeting"],
            ],
        }),
        ("h1", "If the safety network can't keep to the plan"),
        ("bullets", [
            "If Pauline cannot come on a work night (she is ill, in hospital or away), she tells Jodie by "
            "12 noon that day. Jodie stays home from work that night; her manager at Alcott House agreed to "
            "this on 06/01/2026. If Jodie cannot get the shift covered, Mel has the children at her house "
            "until Jodie is home. Ryan does not care for the children on his own in either case.",
            "If Dean is working away and cannot make the 8pm call, Pauline makes it from the house that "
            "night and writes it in the safety journal.",
            "If Mel does not answer when Maisie rings, Maisie's safety card tells her to ring Nana next and "
            "999 if she is frightened or Leo is hurt; both numbers are on it.",
            "If Ryan is found to have been drinking while caring for the children, or the breath tester "
            "shows any alcohol at handover: Pauline or Jodie takes over the care that night, Ryan stays at "
            "Dean's for at least 48 hours, and whoever found it tells Gemma the same day (the Emergency Duty "
            "Team out of hours). If neither Pauline nor Jodie can care for the children that night, Gemma or "
            "the Emergency Duty Team arranges an emergency foster placement.",
            "If Maisie or Leo is hurt, or found alone at night, the police are called on 999 and Gemma (or "
            "the Emergency Duty Team) holds a strategy discussion with the police the same day.",
            "If Ryan has been drinking while caring for the children twice before the review conference, or "
            "the network cannot cover two of Jodie's work nights in a month, Lorna Adey (team manager) will "
            "hold a legal planning meeting within 5 working days to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "Next network meetings and review"),
        ("bullets", [
            "Network meetings (the core group, with Pauline, Dean and Mel): every four weeks at Aglethorpe "
            "Family Hub, Thursdays at 4pm: 22/01/2026, 19/02/2026 and 19/03/2026. Everyone scales again at "
            "each one.",
            "Review child protection conference: 02/04/2026 at 10am, Aglethorpe Civic Centre.",
        ]),
        ("p", "Plan sent to Jodie, Ryan, Pauline, Dean, Mel and every agency on 23/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family Group Conference family plan in the family's own words, with
#    the professionals' part below. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_ackholme_fgc_family_plan_nan_will_our_family_will_price.md",
    "split": "tune",
    "actions": 13,
    "template": "family-group-conference-family-plan-md-who-came-bottom-lines-childrens-words-through-advocate-worries-in-familys-words-what-we-want-for-the-children-then-our-plan-bullets-by-topic-nan-will-our-family-will-then-professionals-part-table-who-what-when-how-well-know-then-sw-agreement-if-the-plan-isnt-working-and-meeting-again",
    "description": (
        "Family Group Conference family plan for Kayden (9) and Ruby (4), whose mother has depression and "
        "anxiety and was in bed for days at a time last autumn (Ruby found outside alone at 8am in her "
        "nightie, the children late or absent from school, little food in the house), written in the "
        "family's own words in private family time and agreed by the social worker, then joined to the "
        "children's child protection plan with the professionals' part in a table. Faults: 'Our family "
        "will' checking in every evening (a collective owner); Uncle Marcus taking Kayden to football "
        "'when he can'; Auntie Leanne's Sunday housework with nothing to show it happened; the care "
        "coordinator's fortnightly visits that only support the mother's mood and medication; a "
        "contingency that sends the children to Nan with nothing said if Nan or the others cannot help; "
        "and the review conference 'to be confirmed'."
    ),
    "text": """\
# Ackholme City Council - Family Group Conference Service

## Our Family Plan: Kayden and Ruby Price

This is the Price family's plan. We wrote it ourselves in private family time at our family group
conference on 13/01/2026 at Ackholme Family Hub. Shanice Obi, our independent coordinator, typed it up
in our words. Ben Corrigan, the children's social worker, came back in after family time and agreed the
plan with his manager. It is now part of Kayden and Ruby's child protection plan (initial child
protection conference 27/11/2025, category: neglect).

### Who came

- Danielle Price (Mum, 31)
- Carol Price (Nan, Danielle's mum, 58)
- Marcus Price (Uncle Marcus, Danielle's brother, 27)
- Leanne Price-Holt (Auntie Leanne, Danielle's sister, 34)
- Kayden Price (9), for the first part and the end, with his advocate Priya Sandhu (Ackholme Children's
  Advocacy Service)
- Shanice Obi (FGC coordinator) and Ben Corrigan (social worker), for the information giving and the
  agreement only

Ruby (4) stayed at nursery; Priya went to see her there the day before.

### What Ben told us has to be in our plan (the bottom lines)

1. Kayden and Ruby must never be left without an adult who is up and able to look after them.
2. They must be at school and nursery, on time, every day.
3. There must be food in the house and the children must have breakfast and tea every day.
4. Danielle must keep getting help for her mental health.

### What Kayden and Ruby told us

Priya read out what Kayden wanted us to hear:

> "I don't like it when Mum's in bed all day and the curtains are shut. I have to do Ruby's cereal and
> sometimes there's no milk. I want to go to football again. I like it at Nan's because there's always
> tea. I don't want to live somewhere else, I want to live with Mum and Ruby."

Kayden said he is "a six out of ten" happy at home, and "a nine at Nan's". He wants to be picked up from
school "by someone who's on time".

Ruby drew a picture for Priya of "me and Mummy and the big bed". She told Priya "Mummy is sleepy a lot"
and "Nanny does my hair". Her nursery key person says she is often hungry when she arrives and asks
when it is snack time.

### What we are worried about (in our words)

Danielle's depression came back badly after she split up with her partner in September. Some weeks she
could not get out of bed. The kids were late for school or did not go, there wasn't much food in, and on
18/11/2025 a neighbour found Ruby outside on her own at 8am in her nightie looking for Kayden, who had gone
to school without waking anyone. Danielle says: "I love them more than anything. When it's bad I can't
even lift my head off the pillow." We are worried it will happen again if nobody notices.

### What we want for Kayden and Ruby

- Kayden and Ruby wake up to a grown-up who is up and ready for them every morning.
- They get to school and nursery on time every day and have breakfast first.
- There is always food in the house, and they have a hot tea every night.
- Kayden gets back to football and has time to be a kid, not looking after Ruby.
- They stay living with their mum, with our family around them.

### Our plan (what the family will do)

**Mornings and getting to school**

- Nan will come to the house at 7.30am every weekday, get Kayden and Ruby up, dressed and fed, and walk
  them to Abbeystow Primary; Mrs Akhtar will see them arrive by 8.50am and mark it on the late book.
- Danielle will set her alarm for 7am and be up and dressed when Nan arrives; from 02/02/2026 she will
  do the school run on Tuesdays and Thursdays with Nan walking alongside. Nan will tick each morning
  Danielle was up on the calendar on the fridge, and Ben will look at it when he visits.

**After school and evenings**

- Auntie Leanne will pick Kayden and Ruby up from school on Mondays and Wednesdays at 3.15pm and give them
  tea at hers until 6pm; the school office signs them out to her on the collection sheet.
- Uncle Marcus will take Kayden to football training at Ackholme Rovers juniors when he can, and
  the coach will tick Kayden's name on the training register.
- Our family will check in on Danielle and the kids every evening, by popping round or a video call, and
  put a tick in the family WhatsApp group so everyone can see it has been done.

**The house and food**

- Auntie Leanne will come round on Sunday afternoons to help Danielle with the housework and the washing.
- Nan and Danielle will do a food shop together every Saturday morning with Danielle's Universal Credit,
  and keep the receipts on the fridge for Ben to see.

**Danielle's health**

- Danielle will go to every appointment with her care coordinator and take her tablets every morning;
  Nan will remind her at 7.30am, and the care coordinator will tell Ben within a week if an appointment is
  missed.

### What the professionals will do (their part)

| Who | What | When | How we'll know |
|---|---|---|---|
| Ben Corrigan, social worker | Visit the family at home and see Kayden on his own every time, and Ruby with Mum | Every week until the review conference | Visit records on the file within 48 hours, with Kayden's words and the fridge calendar seen |
| Mrs Nadia Akhtar, DSL, Abbeystow Primary | Record Kayden's and Ruby's attendance and punctuality; ring Nan and then Ben if either child is not in by 9.15am | Every school day | Attendance and late figures e-mailed to Ben each Friday; 95% attendance by the Easter holidays |
| Tasha Green, care coordinator, Ackholme Community Mental Health Team | Fortnightly home visits to Danielle to support her with her low mood and anxiety and help her manage her medication | Every two weeks | Visits recorded on Danielle's CPA record; any missed visit reported to Ben |
| Kirsty Allen, school nurse, Ackholme 0-19 Health Team | Health review for Kayden and Ruby: height, weight, teeth and whether they are registered with a dentist | By 20/02/2026 | Heights and weights on their centile charts and a dentist registration letter, both sent to Ben |
| Gail Mason, family support worker, Ackholme Family Hub | Six home sessions with Danielle on morning and bedtime routines for the children, using a routine chart Kayden helps to make | Thursdays at 10am, 22/01/2026 to 26/02/2026 | Routine chart filled in each week and Gail's session notes to Ben after each session |

### Ben's agreement

Ben agreed this plan with his manager, Gareth Allsop, on 13/01/2026 because it meets the four bottom lines.
He said the plan will only keep the children safe if everyone does what they have said.

### If the plan isn't working

- If Danielle cannot get up and look after the children when Nan arrives on two mornings in one week,
  Nan will take Kayden and Ruby to stay at hers that night and ring Ben the same day. Ben will visit
  within 24 hours and ask Tasha to see Danielle that week.
- If Kayden or Ruby is found at home with no adult up and able to care for them, or Ruby is found
  outside on her own again, whoever finds them rings 999 and then Ben (or the Emergency Duty Team out of
  hours), and Ben holds a strategy discussion with the police the same day.
- If the children miss three or more days of school in a fortnight, or are found alone again, Gareth
  Allsop (team manager) will hold a legal planning meeting within 10 working days.

### Meeting again

- We will meet again as a family, with Shanice, on 10/03/2026 at Ackholme Family Hub to see how our plan
  is going.
- Core group: every four weeks at Abbeystow Primary, Tuesdays at 3.45pm: 27/01/2026, 24/02/2026 and
  24/03/2026. Nan, Auntie Leanne and Uncle Marcus are invited.
- Review child protection conference: date to be confirmed by the Ackholme Conference and Review Service.

Copies to Danielle, Carol, Marcus, Leanne, Kayden (read with Priya) and every agency, 15/01/2026.
""",
    "findings": [
        F("W002", "Our family will check in on Danielle and the kids every evening"),
        F("T002", "take Kayden to football training at Ackholme Rovers juniors when he can"),
        F("M001", "come round on Sunday afternoons to help Danielle with the housework"),
        F("H001", "Fortnightly home visits to Danielle to support her with her low mood"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Safe and Together child protection plan: the perpetrator's pattern,
#    the survivor's protective efforts, impact on the children, then the
#    perpetrator's own actions, partnering with the survivor and the
#    children's part. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_annisford_safe_together_pattern_protective_efforts_accountability_mercer.pdf",
    "doc_title": "Safe and Together Child Protection Plan - Freya and Alfie Mercer",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Annisford Council Children's Services · Freya and Alfie Mercer",
    "footer": "Safe and Together child protection plan agreed 21/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "safe-and-together-cp-plan-paged-header-footer-details-table-then-perpetrators-pattern-of-coercive-control-and-actions-taken-to-harm-children-impact-on-children-full-spectrum-of-survivors-protective-efforts-other-factors-what-freya-says-and-alfies-day-what-we-want-then-three-tables-perpetrators-actions-and-accountability-partnering-with-chloe-for-freya-and-alfie-who-what-when-how-well-know-then-if-jason-then-core-group-review",
    "description": (
        "Exemplary child protection plan in the Safe and Together model for Freya (7) and Alfie (2), after "
        "their father pushed their mother into a door while she held Alfie and was charged with assault "
        "(bail conditions, court date set). It maps the father's pattern of coercive control and the "
        "actions he took that harmed the children, their mother's full spectrum of protective efforts, "
        "the impact on each child and the role of his drinking, then holds the plan in three tables: the "
        "father's own actions and accountability (bail and order, a perpetrator programme that reports "
        "on change, an accountability session, an alcohol assessment with a view on capacity to change, "
        "supervised contact with conditions), partnering with the mother (IDVA, order, sanctuary scheme, "
        "debt advice for economic abuse) and the children's part. The contingency names triggers for the "
        "father's behaviour, the police, a refuge if the aunt cannot have them, contact suspended, and a "
        "legal planning meeting; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Safe and Together"),
        ("p", "Annisford Council Children's Services, Assessment and Safeguarding Team 4. This plan uses the "
              "Safe and Together model: it keeps Freya and Alfie safe and well with their mother, holds their "
              "father accountable for the harm his choices have caused, and partners with their mother as "
              "the parent who has protected them."),
        ("table", {
            "rows": [
                ["Children", "Freya Mercer, born 09/04/2018 (7), Year 3, Abbots Lea Primary School\n"
                             "Alfie Mercer, born 30/08/2023 (2)"],
                ["Mother (survivor)", "Chloe Bennett (28), 41 Ashlar Way, Annisford AN5 8QE, with both children"],
                ["Father (person using harm)", "Jason Mercer (33), staying at his mother's address in "
                                               "Annisford since 03/12/2025"],
                ["Criminal justice", "Jason charged with assault by beating on 03/12/2025. Bail conditions: "
                                     "not to contact Chloe directly or indirectly, not to enter Ashlar Way. "
                                     "Trial at Annisford Magistrates' Court on 19/02/2026."],
                ["Category", "Emotional abuse"],
                ["Initial conference", "21/01/2026, chaired by Helen Marsh"],
                ["Social worker", "Tobi Adeyemi, Safe and Together certified (team manager: Claire Ibbotson)"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Jason's pattern of coercive control and the actions he took that harmed the children"),
        ("bullets", [
            "Control of money: Jason took Chloe's wages into his account from 2022, gave her £40 a week for "
            "food, and took out two loans in her name. She has about £3,800 of debt she did not choose.",
            "Isolation and monitoring: he checked her phone every night, made her share her location, and "
            "stopped her seeing her sister Amy, saying Amy \"turns her against him\".",
            "Undermining her as a mother: he told Freya in front of Chloe that \"your mum's useless, she "
            "can't even cook\", and overruled Chloe's bedtimes and rules so that Freya would argue with her.",
            "Violence and intimidation: on 14/10/2025 he smashed the television while Freya was watching it. "
            "On 02/12/2025 he pushed Chloe into the kitchen door while she was holding Alfie; Alfie hit his "
            "head on the frame and had a bump the size of an egg. Freya rang her aunt from Chloe's phone.",
            "Threats about the children: he has told Chloe that if she leaves him he will \"take the kids and "
            "she'll never see them\", and that social services will take them because of her.",
        ]),
        ("h1", "The impact on Freya and Alfie"),
        ("p", "Freya has started wetting the bed again since October. Her teacher says she is quiet, jumps at "
              "loud noises and hides under the table at wet play. She has told her mum she is worried Daddy "
              "will \"come and smash things\". Alfie's talking has stalled (about ten words at 2 years 4 "
              "months); he startles and cries when a door bangs and has been clingy with Chloe since "
              "December. Chloe's time and energy went into managing Jason's moods, so the children lost "
              "bedtimes, park trips and time with their aunt."),
        ("h1", "Chloe's protective efforts"),
        ("p", "Chloe has protected the children all through, often at cost to herself:"),
        ("bullets", [
            "She sent Freya to her room with headphones when Jason was drinking and kept Alfie with her.",
            "She kept the children's routines, nursery visits and health appointments going while Jason "
            "controlled the money, going without food herself so the children were fed.",
            "On 02/12/2025 she rang the police, took Alfie to A&E and went with both children to Amy's.",
            "She has kept to Jason's bail conditions, given a statement to the police, and works with the "
            "IDVA. She told us: \"I just want them to stop being frightened in their own house.\"",
        ]),
        ("h1", "Other factors"),
        ("p", "Jason drinks most nights (he says four to six cans and \"a few shots at weekends\"), and the two "
              "worst incidents happened after he had been drinking. We do not accept that alcohol causes his "
              "abuse: he has been controlling when sober, for example over money and Chloe's phone. His "
              "drinking does make him more dangerous, so the plan asks the alcohol service to assess it. "
              "Chloe has no mental health or substance use needs; her debts are part of the economic abuse "
              "Jason carried out."),
        ("h1", "What Freya says, and Alfie's day"),
        ("p", "Tobi saw Freya on her own at school on 13/01/2026 and 19/01/2026. Freya said: \"It's calmer "
              "now. Mummy laughs more.\" \"I want to see Daddy but only if he's not shouting. Not at our "
              "house.\" \"I don't want to go to court.\" When Tobi asked her to scale how safe she feels at "
              "home, from 0 to 10, she said \"eight, since Daddy's not here. It would be ten if I knew he "
              "won't come back angry.\" She wants her bedroom light left on and to see Auntie Amy \"every "
              "weekend\"."),
        ("p", "Alfie's day: Tobi and the health visitor saw Alfie at home on 15/01/2026. He played with his "
              "garage with Chloe, brought her books and settled for his nap in her arms. When a car door "
              "slammed outside he froze and then crawled onto her lap."),
        ("h1", "What we want for Freya and Alfie"),
        ("numbers", [
            "Freya and Alfie live safely with their mum, free from Jason's abuse, and do not see or hear "
            "violence again.",
            "They see their dad only when it is safe and good for them, and he is not abusive to their mum "
            "through them.",
            "Freya stops being frightened at home: she sleeps through, stops wetting the bed, and joins in at "
            "school and at play.",
            "Alfie's talking catches up, and he is calm and settled at home and at nursery.",
            "Freya and Alfie's home is secure, and there is enough money for their food, clothes and "
            "outings, without Jason controlling it.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three parts. In every row the person named is the one responsible, and \"How we "
              "will know\" says what will be seen, read or counted."),
        ("h2", "Part A: Jason's own actions and accountability as a father"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we will know"],
            "widths": [3.6, 6.4, 3.0, 4.0],
            "rows": [
                ["Jason Mercer",
                 "Keep to his bail conditions and to any order the court makes: no contact with Chloe, "
                 "direct or through anyone else, and not going to Ashlar Way or Freya's school",
                 "From 03/12/2025, until the trial on 19/02/2026 and for as long as any order lasts",
                 "Police confirm to Tobi before each core group that no breach has been reported; Chloe's "
                 "call log shared with the IDVA"],
                ["Kwame Boateng, group facilitator, Annisford Men's Project (Respect accredited)",
                 "Assess Jason for the domestic abuse perpetrator programme; if he is suitable, run his "
                 "weekly group and one-to-one sessions, with partner contact support offered to Chloe",
                 "Assessment by 06/02/2026; weekly group on Wednesdays at 7pm for 26 weeks from 11/02/2026",
                 "Suitability report to Tobi by 13/02/2026; attendance each week; mid-programme report on "
                 "what Jason has changed in his behaviour towards Chloe and the children by 29/04/2026"],
                ["Tobi Adeyemi, social worker",
                 "Two sessions with Jason as a father: his pattern, how it harmed Freya and Alfie, and what "
                 "he will do differently; Jason writes an account in his own words of what he did",
                 "By 13/02/2026",
                 "Jason's written account on file, and Tobi's assessment of how far he takes responsibility, "
                 "shared at the 17/02/2026 core group"],
                ["Lena Moss, recovery worker, Annisford Drug and Alcohol Service",
                 "Assess Jason's drinking (AUDIT and a CDT blood test) and report on whether he can cut "
                 "down or stop, the steps needed, how long it is likely to take, and what it means for his "
                 "time with Freya and Alfie",
                 "Assessment by 06/02/2026; report by 06/03/2026",
                 "CDT result and a written report on Jason's capacity to change sent to Tobi by 06/03/2026"],
                ["Jason Mercer",
                 "Supervised contact with Freya and Alfie at Annisford Family Contact Centre; arrive sober "
                 "and on time, and do not talk to the children about Chloe, the court case or where they "
                 "live",
                 "Saturdays 10am to 11.30am, fortnightly from 31/01/2026",
                 "Contact supervisor's notes to Tobi within 2 working days of each session, including how the "
                 "children were before and after"],
            ],
        }),
        ("h2", "Part B: Partnering with Chloe"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we will know"],
            "widths": [3.6, 6.4, 3.0, 4.0],
            "rows": [
                ["Nadia Farah, IDVA, Annisford Domestic Abuse Service",
                 "Safety planning with Chloe for herself and the children, reviewing the DASH risk "
                 "assessment, and supporting her at the trial",
                 "Weekly until the trial on 19/02/2026, then fortnightly until the review conference",
                 "Updated DASH and a copy of the safety plan sent to Tobi after each review; IDVA report to "
                 "each core group"],
                ["Chloe Bennett, with her solicitor at Arden Moss Family Law",
                 "Apply for a non-molestation order protecting Chloe, Freya and Alfie",
                 "Application made by 06/02/2026",
                 "Sealed order, or the hearing date, given to Tobi and to Abbots Lea Primary"],
                ["Gary Stubbs, sanctuary scheme officer, Annisford Council Housing Options",
                 "Fit extra locks, a door chain, window alarms and a spyhole at 41 Ashlar Way so that Chloe "
                 "and the children are safer at home",
                 "By 30/01/2026",
                 "Works completion sheet signed by Chloe; Tobi sees the fittings at her next visit"],
                ["Annisford Citizens Advice (debt adviser Ruth Kellow)",
                 "Debt advice with Chloe about the loans Jason took in her name, including the coerced debt "
                 "process, so that the children's home and food are not put at risk",
                 "First appointment by 13/02/2026",
                 "Written debt plan, and letters to the lenders, copied to Tobi with Chloe's agreement"],
            ],
        }),
        ("h2", "Part C: For Freya and Alfie"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we will know"],
            "widths": [3.6, 6.4, 3.0, 4.0],
            "rows": [
                ["Tobi Adeyemi, social worker",
                 "Visit the family at home, seeing Freya on her own each time, and ask her to scale how safe "
                 "she feels",
                 "Every two weeks until the review conference, and within 2 working days of any incident",
                 "Visit records on the file with Freya's words and her score"],
                ["Mrs Jo Pennington, DSL, Abbots Lea Primary School",
                 "Weekly worry-time sessions for Freya with the learning mentor, and a check-in with her the "
                 "morning after any Operation Encompass notification",
                 "Weekly on Mondays, and by 9.30am after any notification",
                 "Session log and Freya's worry scale on CPOMS; summary to Tobi before each core group"],
                ["Harriet Lowe, health visitor",
                 "Alfie's development review (ASQ-3), and a referral to speech and language therapy if his "
                 "communication score is in the grey or black zone",
                 "Review by 13/02/2026; referral within 5 working days of the review",
                 "ASQ-3 scores and a copy of the referral sent to Tobi"],
                ["Zara Quinn, children's worker, Annisford Domestic Abuse Service",
                 "Ten-week group for Freya for children who have lived with domestic abuse, after a "
                 "one-to-one assessment",
                 "Assessment by 20/02/2026; group on Thursdays after school from 26/02/2026",
                 "Attendance, and Freya's before-and-after feelings scale, in a report to Tobi at the end of "
                 "the group"],
            ],
        }),
        ("h1", "If Jason breaches the plan, or things get worse"),
        ("bullets", [
            "If Jason comes to Ashlar Way, contacts Chloe or the children outside the contact centre, or "
            "turns up at Abbots Lea Primary, Chloe or the school rings 999. The police will treat it as a "
            "breach of bail (or of the order) and arrest him, and Tobi (or the Emergency Duty Team) holds a "
            "strategy discussion with the police the same day.",
            "If Chloe and the children need to leave home for their safety, they go to Amy Bennett (Chloe's "
            "sister) at 9 Argent Street. If Amy cannot have them, Nadia (IDVA) or the Emergency Duty Team finds "
            "a refuge space the same day.",
            "If Jason arrives at contact smelling of alcohol, is late twice, or talks to the children about "
            "Chloe or the case, the supervisor ends that session, and contact is suspended until Tobi and "
            "Claire Ibbotson have reviewed it with the contact centre within 5 working days.",
            "If Jason is found to have been abusive again, breaches his bail or any order, or leaves the "
            "Men's Project programme, Claire Ibbotson (team manager) will hold a legal planning meeting within "
            "5 working days to decide what legal steps are needed to protect Freya and Alfie, including an "
            "application about Jason's contact.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group at Abbots Lea Primary, Tuesdays at 1.30pm: 03/02/2026 and 17/02/2026 (before the "
            "trial), then every four weeks: 17/03/2026 and 14/04/2026. Jason's parts of the plan are "
            "reviewed with him separately by Tobi after each core group.",
            "Review child protection conference: 21/04/2026 at 10am, Annisford Civic Offices.",
        ]),
        ("p", "Chloe has her own copy. Jason has a copy of Part A and the contact arrangements only, with no "
              "address or school details."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Graded Care Profile 2 neglect plan scored by area, printed from the
#    case system: GCP2 summary grid, then actions under each area with
#    Owner / Due / Evidence fields. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_aysthorpe_gcp2_scored_areas_case_print_lowther.txt",
    "split": "tune",
    "actions": 14,
    "template": "gcp2-neglect-cp-plan-case-system-print-txt-caps-fields-subjects-household-parental-health-childrens-lived-experience-then-gcp2-score-grid-area-sub-area-score-at-icpc-target-by-rcpc-then-outcomes-then-actions-grouped-by-gcp2-area-numbered-with-owner-due-evidence-dot-leader-lines-then-contingency-review-legal-fields",
    "description": (
        "Neglect child protection plan for Kai (5) and Lily-Mae (18 months) built on a Graded Care Profile "
        "2 done with their mother, printed from the council's case system: household and parental health "
        "fields (the mother's depression, on sertraline from her GP), the children's lived experience, a "
        "GCP2 grid with each sub-area's score at conference and the target by the review, outcomes, then "
        "numbered actions under each GCP2 area with Owner / Due / Evidence lines. Faults: bath and clean "
        "clothes due 'Ongoing'; a dental referral with '-' for its owner; Stay and Play evidenced by "
        "'Engagement with sessions'; the stair gate and medicine box with 'N/A' for evidence; the mother's "
        "depression recorded with no adult service owning any action (she books her own GP review and the "
        "social worker helps her self-refer); and a contingency whose trigger is 'home conditions "
        "deteriorate or there are further concerns' and whose response is a core group to discuss next "
        "steps."
    ),
    "text": """\
AMBIT CHILDREN'S RECORD                                    Printed: 23/01/2026 09:14  User: KPARR
Aysthorpe Council - Children's Services                                         Page 1 of 1
==============================================================================================
CHILD PROTECTION PLAN - NEGLECT (GRADED CARE PROFILE 2 AREA PLAN)
Plan version ........ 1 (agreed at ICPC 14/01/2026)
Category ............ Neglect
Conference chair .... Angela Fenwick
Social worker ....... Kirsty Parr, Safeguarding Team 1 (team manager: Tom Haughey)
==============================================================================================

SUBJECTS
  Kai LOWTHER ......... DOB 11/07/2020 (5) - Reception, Amsbeck Infant School
  Lily-Mae LOWTHER .... DOB 19/07/2024 (18 months) - at home

HOUSEHOLD
  Stacey LOWTHER ...... Mother, 26
  Dale PICKERING ...... Lily-Mae's father, Stacey's partner, 30; lives in the home; night shifts at
                        a distribution warehouse (Sunday to Thursday, 10pm to 6am)
  Address ............. 6 Alnside Terrace, Aysthorpe AY4 9DW (Aysthorpe Homes tenancy)

PARENTAL HEALTH
  Stacey .............. Depression, diagnosed by her GP in 2024. Takes sertraline 100mg. Says her mood
                        has been "rock bottom" since the autumn and she sleeps in the day when Dale is
                        home. Not under any mental health team.
  Dale ................ No health needs recorded.

WHY THERE IS A PLAN
  Referral from Amsbeck Infant School on 02/12/2025: Kai often arrives late, hungry and in the same
  clothes for a week, smelling of urine, with untreated tooth decay. The health visitor found
  Lily-Mae's weight had dropped from the 50th to below the 9th centile since her one-year check.
  On the home visit of 18/12/2025 the social worker found the house cold (boiler broken since
  November), black mould in the children's bedroom, no food but dry cereal, the stair gate missing
  and Stacey's sertraline and paracetamol on the coffee table within Lily-Mae's reach. Kai has
  twice been left with his cousin, aged 12, while Stacey and Dale went out.

CHILDREN'S LIVED EXPERIENCE
  Kai (seen alone at school, 09/01/2026, with Mrs Denby) ...
    "My bed is wet and it's cold." "I have cereal for tea when Mummy's asleep." "I like Nana's house
    because she does fish fingers." Asked for three wishes: "a warm bed, a Spiderman bike, and
    Mummy to play with me." He scored home a 4 out of 10 ("because it's cold").
  Lily-Mae (observed at home, 18/12/2025 and 09/01/2026) ...
    Spends much of the day strapped in her pushchair in front of the television. Has few toys in
    reach. Reaches for Stacey and smiles when Stacey talks to her; eats quickly and cries when the
    food runs out. Her nappy was soaked through at both visits.

GCP2 SCORES (completed with Stacey by Kirsty Parr, 05/01/2026; 1 = best care, 5 = worst)
  ----------------------------------------------------------------------------------
  AREA / SUB-AREA                         SCORE AT ICPC     TARGET BY RCPC
  ----------------------------------------------------------------------------------
  1 Physical care: Nutrition              4                 2
  1 Physical care: Housing                4                 2
  1 Physical care: Clothing               3                 2
  1 Physical care: Hygiene                4                 2
  1 Physical care: Health                 4                 2
  2 Care of safety: In presence           3                 2
  2 Care of safety: In absence            4                 1
  3 Love and care                         3                 2
  4 Stimulation and education             4                 2
  ----------------------------------------------------------------------------------
  GCP2 will be re-scored with Stacey and Dale by Kirsty Parr by 20/03/2026 and the scores shared
  at the core group on 24/03/2026.

OUTCOMES (WHAT WILL BE DIFFERENT FOR KAI AND LILY-MAE)
  O1  Kai and Lily-Mae eat three meals a day and Lily-Mae's weight is back on the 25th centile.
  O2  The children sleep in a warm, dry bedroom in clean, dry bedding and go out in clean clothes.
  O3  Kai and Lily-Mae are safe at home: no medicines in reach, a stair gate fitted, and never left
      with anyone under 16.
  O4  Lily-Mae has toys, play and talk every day, and Kai is in school on time every day.
  O5  Kai says home is warm and that Mummy plays with him.

ACTIONS BY GCP2 AREA
----------------------------------------------------------------------------------------------
AREA 1 - PHYSICAL CARE (area score 4, target 2)

  1.1 Weigh Lily-Mae at the clinic or at home and check Kai's height and weight at school
      Owner ......... Nicola Blake, health visitor
      Due ........... Fortnightly from 21/01/2026 until the review conference
      Evidence ...... Weights plotted on the centile chart and sent to Kirsty after each weigh;
                      Lily-Mae on the 25th centile by the RCPC

  1.2 Plan a week of meals for Kai and Lily-Mae and do the food shop together, with a food
      diary kept on the fridge
      Owner ......... Joanne Ward, family support worker, Amsbeck Family Hub, with Stacey
      Due ........... Tuesdays at 10am for 8 weeks from 20/01/2026
      Evidence ...... Food diary and receipts seen weekly; food in the cupboards at every SW visit

  1.3 Bath Kai and Lily-Mae and put them in clean clothes, and wash and dry Kai's bedding
      Owner ......... Stacey and Dale
      Due ........... Ongoing
      Evidence ...... School and the HV note the children clean and in clean clothes; Kirsty sees
                      Kai's bed dry and made at each visit

  1.4 Referral to Amsbeck Community Dental Service for Kai's tooth decay, and both children
      registered with a dentist
      Owner ......... -
      Due ........... By 13/02/2026
      Evidence ...... Dental registration letters for both children on file

  1.5 Repair the boiler and treat the black mould in the children's bedroom
      Owner ......... Mark Dent, housing officer, Aysthorpe Homes
      Due ........... Boiler by 30/01/2026; mould treatment by 13/02/2026
      Evidence ...... Completed repair job sheets on file; Kirsty sees the heating working and the
                      bedroom wall clean

AREA 2 - CARE OF SAFETY (area score 4, target 1 for "in absence")

  2.1 Fit a stair gate at the top of the stairs and keep all medicines in a locked box
      Owner ......... Dale
      Due ........... By 30/01/2026
      Evidence ...... N/A

  2.2 Never leave Kai or Lily-Mae with anyone under 16, and tell Kirsty in advance who will
      babysit and when
      Owner ......... Stacey and Dale
      Due ........... Every time they go out, from 14/01/2026
      Evidence ...... Babysitter named by text to Kirsty before each time; Kai asked at school by
                      Mrs Denby each Monday who looked after him, and his answer recorded on CPOMS

AREA 3 - LOVE AND CARE (area score 3, target 2)

  3.1 Six Video Interaction Guidance sessions with Stacey and Lily-Mae at play and at mealtimes
      Owner ......... Sian Perry, VIG practitioner, Amsbeck Family Hub
      Due ........... Fortnightly from 27/01/2026
      Evidence ...... Shared review of the clips with Stacey; Sian's report to Kirsty after the
                      sixth session on what Stacey now does to respond to Lily-Mae's cues

  3.2 See Kai on his own at every visit and use his three wishes and scaling with him
      Owner ......... Kirsty Parr, social worker
      Due ........... Weekly until the review conference
      Evidence ...... Visit record within 48 hours with Kai's own words and his score

AREA 4 - STIMULATION AND EDUCATION (area score 4, target 2)

  4.1 Stacey and Lily-Mae to go to Stay and Play at Amsbeck Family Hub
      Owner ......... Stacey, with Joanne Ward (FSW)
      Due ........... Wednesday mornings from 28/01/2026
      Evidence ...... Engagement with sessions

  4.2 First-day calling if Kai is not in school by 9am; a call to Kirsty if he has not arrived by
      10am
      Owner ......... Mrs Helen Denby, DSL, Amsbeck Infant School
      Due ........... Every school day
      Evidence ...... Attendance and late figures e-mailed to Kirsty each Friday; 90% attendance by
                      the Easter holidays

  4.3 Read a bedtime story with Kai from his school reading book
      Owner ......... Stacey
      Due ........... Every night, from 14/01/2026
      Evidence ...... Reading record signed at home and checked by Kai's teacher each Friday

PARENT'S HEALTH (LINKED TO AREAS 1 AND 3)

  5.1 Book a GP appointment to review her sertraline and how she is sleeping in the day
      Owner ......... Stacey
      Due ........... By 30/01/2026
      Evidence ...... Appointment letter shown to Kirsty

  5.2 Help Stacey complete the self-referral form for Aysthorpe Talking Therapies
      Owner ......... Kirsty Parr, social worker
      Due ........... By 06/02/2026
      Evidence ...... Referral acknowledgement letter on file

----------------------------------------------------------------------------------------------
CONTINGENCY
  If home conditions deteriorate or there are further concerns about the children's care, the
  social worker will convene a core group meeting to discuss next steps.

CORE GROUP
  Every four weeks at Amsbeck Infant School, Tuesdays at 2pm: 27/01/2026, 24/02/2026, 24/03/2026.

REVIEW CONFERENCE
  RCPC booked for 09/04/2026 at 1.30pm, Aysthorpe Town Hall, Committee Room 2. The conference will
  look at the re-scored GCP2: if Area 1 (Nutrition or Hygiene) or Area 2 (In absence) still scores
  4 or 5 at the re-score, Tom Haughey (team manager) will request a legal gateway meeting before the
  review conference.

DISTRIBUTION
  Stacey Lowther, Dale Pickering, Amsbeck Infant School, health visitor, Amsbeck Family Hub,
  Aysthorpe Homes, GP (Abbotsgrove Surgery). Sent 23/01/2026.
==============================================================================================
END OF PRINT
""",
    "findings": [
        F("T002", "Bath Kai and Lily-Mae and put them in clean clothes"),
        F("W001", "Referral to Amsbeck Community Dental Service for Kai's tooth decay"),
        F("M002", "Stacey and Lily-Mae to go to Stay and Play"),
        F("M001", "Fit a stair gate at the top of the stairs"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth child protection plan in three stages (before the birth, the
#    birth and the ward, going home to 12 weeks), mother with bipolar
#    disorder under the perinatal mental health team. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_abrenford_prebirth_stages_birth_ward_discharge_fairbairn.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Fairbairn-Craddock",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Abrenford Council · Pre-birth plan: Baby Fairbairn-Craddock",
    "footer": "Agreed at the pre-birth conference on 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-cp-plan-paged-header-footer-details-table-why-holly-and-nathans-story-babys-world-now-what-we-want-for-the-baby-then-three-stage-tables-before-the-birth-birth-and-ward-going-home-to-12-weeks-each-with-stage-time-line-who-what-when-how-well-know-then-early-warning-signs-and-what-happens-meetings",
    "description": (
        "Exemplary pre-birth child protection plan for the unborn baby of a 23-year-old mother with bipolar "
        "affective disorder (an admission under the Mental Health Act in 2023 after stopping medication, "
        "late booking at 24 weeks) and her partner, an apprentice electrician. The baby's world now, what "
        "we want for the baby, then one table per stage: before the birth (to 36 weeks), the birth and the "
        "maternity ward, and going home until the baby is 12 weeks old; the perinatal mental health team "
        "assesses and reports on the mother's capacity to stay well and sustain change at each stage, the "
        "great-aunt does nights after discharge with a fallback, and the contingency gives the mother's "
        "early warning signs, a mother and baby unit, a foster placement if needed and a legal planning "
        "meeting after named triggers; core groups and the review conference are dated."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Abrenford Council Children's Services, Pre-birth and Infant Team, with Abrenford Royal "
              "Infirmary Maternity Services and the Abrenford Perinatal Mental Health Team."),
        ("table", {
            "rows": [
                ["Unborn baby", "Baby Fairbairn-Craddock, due 20/03/2026 (31 weeks at the conference)"],
                ["Mother", "Holly Fairbairn (23), 22 Aspenfold Close, Abrenford AB7 3LN"],
                ["Father", "Nathan Craddock (25), apprentice electrician, lives with Holly"],
                ["Family support", "Bev Fairbairn (48), Holly's aunt, who brought Holly up from the age of 12"],
                ["Category", "Neglect (likely significant harm)"],
                ["Social worker", "Laura Mensah (team manager: Owen Pritchard)"],
                ["Perinatal mental health", "Dr Ruth Amadi, consultant perinatal psychiatrist; Sean Whitley, "
                                            "perinatal mental health nurse and Holly's care coordinator"],
                ["Midwifery", "Anita Rowe, specialist safeguarding midwife"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Why the baby needs a plan"),
        ("p", "Holly has bipolar affective disorder. In 2023 she stopped her lithium, became manic and then "
              "psychotic, left home for three days and was admitted to hospital under section 2 of the Mental "
              "Health Act for five weeks. Women with bipolar disorder have a high risk of a serious illness "
              "in the first weeks after birth, and Holly's illness came on quickly last time. She did not "
              "book with a midwife until 24 weeks because she was frightened her baby would be taken. Since "
              "then she has been to every appointment and is taking quetiapine as Dr Amadi advised."),
        ("p", "If Holly became unwell after the birth, the baby could be left without feeds, warmth or sleep, "
              "or be handled roughly or unsafely while Holly was not in touch with what is real. Nathan works "
              "long days and has not yet seen Holly unwell; he said at conference: \"I didn't know her then. "
              "I don't know what it looks like.\""),
        ("h1", "The baby's world now"),
        ("p", "At the 28-week scan on 02/01/2026 the baby was growing on the 50th centile and the midwife noted "
              "good movements. Holly says the baby \"goes wild\" when Nathan plays music and calms when she "
              "lies on her left side. Laura saw the Moses basket, clothes and bottles ready in the bedroom on "
              "09/01/2026. Holly has stopped smoking (carbon monoxide reading 1 ppm at the 30-week "
              "appointment). Holly said: \"I want this baby to have what I didn't, a mum who's there every "
              "day.\""),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home from the ward with Holly and Nathan.",
            "The baby is fed, warm and settled, gains weight along the centiles and is seen by a professional "
            "every week until 12 weeks old.",
            "The baby is cared for by a mother who is well, or by another safe adult straight away if Holly "
            "shows early warning signs, and is never left alone with Holly if she is unwell.",
            "The baby has a routine of feeds and sleep, and a home where the adults know what to do if things "
            "change.",
        ]),
        ("h1", "Stage 1: before the birth (now until 36 weeks, 19/02/2026)"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we'll know"],
            "widths": [3.6, 6.4, 3.0, 4.0],
            "rows": [
                ["Dr Ruth Amadi, consultant perinatal psychiatrist",
                 "Pre-birth psychiatric review and a written perinatal mental health care plan (medication in "
                 "labour and after, sleep protection, early warning signs), with an assessment of Holly's "
                 "capacity to stay well and to sustain the changes the baby needs, and the likely timescale",
                 "Review by 32 weeks (22/01/2026); written plan by 34 weeks (05/02/2026)",
                 "Care plan and assessment letter sent to Laura, Anita and the GP by 05/02/2026"],
                ["Sean Whitley, perinatal mental health nurse",
                 "Home visits to Holly, checking her mood and sleep against her relapse signature; report to "
                 "each core group on the changes Holly has made, her capacity to keep them up after the birth "
                 "and how likely a relapse is",
                 "Weekly until the birth; twice a week from discharge until the baby is 12 weeks old",
                 "Visit notes on Holly's record; written report to each core group"],
                ["Anita Rowe, specialist safeguarding midwife",
                 "Antenatal care, a birth plan agreed with Holly and the perinatal team, and an alert on the "
                 "maternity system so that the ward knows the plan",
                 "Birth plan by 34 weeks (05/02/2026); antenatal checks fortnightly until 36 weeks, then weekly",
                 "Birth plan and alert copied to Laura; attendance at antenatal appointments recorded"],
                ["Laura Mensah, social worker",
                 "Pre-birth parenting assessment of Holly and Nathan, including whether Nathan can spot Holly's "
                 "early warning signs and act on them",
                 "Completed by 36 weeks (19/02/2026)",
                 "Assessment report shared with Holly, Nathan and the core group on 24/02/2026"],
                ["Nathan Craddock",
                 "Go to the perinatal team's \"recognising relapse\" session with Holly, and arrange two weeks' "
                 "paternity leave from the birth and day shifts only until the baby is 12 weeks old",
                 "Session by 34 weeks (05/02/2026); leave agreed by 36 weeks (19/02/2026)",
                 "Sean records Nathan's attendance; his employer's letter confirming leave and shifts shown to "
                 "Laura"],
                ["Georgia Platt, health visitor",
                 "Antenatal home visit to talk about feeding, safe sleep and the baby's first weeks with Holly "
                 "and Nathan",
                 "By 34 weeks (05/02/2026)",
                 "Antenatal contact recorded; safe sleep checklist signed by both parents and copied to Laura"],
            ],
        }),
        ("h1", "Stage 2: the birth and the maternity ward (Aster Ward, Abrenford Royal Infirmary)"),
        ("p", "Holly and the baby will stay on the ward for at least 72 hours after the birth so that the "
              "perinatal team can see how Holly is. Nobody will take the baby home until the discharge "
              "planning meeting has agreed it."),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we'll know"],
            "widths": [3.6, 6.4, 3.0, 4.0],
            "rows": [
                ["Sister Kate Oduya, ward manager, Aster Ward",
                 "Midwives support Holly with feeds and record each feed, how Holly responds to the baby's cues "
                 "and how much she sleeps",
                 "Every shift from the birth until discharge",
                 "Feeding and observation chart; a summary phoned to Laura each weekday"],
                ["Abrenford Perinatal Mental Health Team (Sean Whitley or the duty perinatal nurse)",
                 "See Holly on the ward every day after the birth to look for early signs of postpartum "
                 "psychosis, and assess and report in writing on her progress, her capacity to sustain the "
                 "changes and how likely a relapse is",
                 "Daily from the birth until discharge; written view before the discharge planning meeting",
                 "Ward notes; written opinion given to Laura before the discharge planning meeting"],
                ["Nathan Craddock",
                 "Be on the ward every day and learn to feed, change, bathe and settle the baby, taking the "
                 "night feed before he leaves",
                 "Every day from the birth until discharge",
                 "Midwives record on the chart which feeds and baths Nathan did"],
                ["Laura Mensah, social worker",
                 "Hold a discharge planning meeting on the ward with Holly, Nathan, Bev, the ward, the perinatal "
                 "team and the health visitor, and write down who is at home for the first two weeks",
                 "Within 72 hours of the birth, and before discharge",
                 "Minutes with the agreed discharge date and the first two weeks' rota, sent to everyone the "
                 "same day"],
            ],
        }),
        ("h1", "Stage 3: going home (from discharge until the baby is 12 weeks old)"),
        ("table", {
            "header": ["Who", "What will happen", "When", "How we'll know"],
            "widths": [3.6, 6.4, 3.0, 4.0],
            "rows": [
                ["Bev Fairbairn (great-aunt)",
                 "Stay overnight and do the night feeds so that Holly sleeps for at least six hours, which is "
                 "part of Holly's perinatal care plan",
                 "The first 14 nights after discharge",
                 "Night feed chart signed by Bev each morning; Laura reads it at every visit"],
                ["Nathan Craddock",
                 "Take over the night feeds from Bev so that Holly's sleep is still protected",
                 "From the 15th night after discharge until the baby is 12 weeks old",
                 "The same night feed chart, signed by Nathan each morning and read by Laura and Sean"],
                ["Georgia Platt, health visitor",
                 "New birth visit, then weigh the baby and see how feeding and sleep are going",
                 "New birth visit 10 to 14 days after the birth; then weekly until 12 weeks old",
                 "Weights plotted in the red book and on the HV record, shared with Laura after each visit"],
                ["Laura Mensah, social worker",
                 "Home visits, seeing the baby awake and being fed or changed, and talking with Holly and "
                 "Nathan about how the nights are going",
                 "Twice a week for the first 4 weeks after discharge, then weekly until the review conference",
                 "Visit records on the file within 48 hours, with what Laura saw of the baby's care"],
            ],
        }),
        ("h1", "Early warning signs, and what happens then"),
        ("p", "Holly's early warning signs, in her own words and Dr Amadi's care plan: sleeping less than four "
              "hours two nights running, talking fast and not finishing sentences, spending money she does not "
              "have, saying the baby is special or in danger, or stopping her tablets."),
        ("bullets", [
            "If Nathan, Bev or any professional sees one of these signs, they ring the perinatal team (or the "
            "crisis team out of hours) and Laura the same day. The perinatal team will see Holly that day. "
            "Holly will not care for the baby on her own until she has been seen; Nathan or Bev stays with "
            "them.",
            "If the perinatal team find Holly is becoming unwell, she and the baby will be admitted together "
            "to the Ardsall Mother and Baby Unit, which Holly visited on 13/01/2026 and has agreed to.",
            "If Bev cannot stay on any of the first 14 nights, she tells Nathan and Laura by midday, and "
            "Nathan starts his leave from that night; if neither Bev nor Nathan can be there overnight, "
            "Holly and the baby go to the Ardsall Mother and Baby Unit, and if no bed is free the baby stays "
            "in an emergency foster placement arranged by Laura or the Emergency Duty Team that night.",
            "If Holly stops her medication, or becomes unwell and will not go to the unit, or the baby is "
            "harmed, Laura (or the Emergency Duty Team) holds a strategy discussion with the police and the "
            "perinatal team the same day, and Owen Pritchard (team manager) holds a legal planning meeting "
            "within 5 working days to decide whether to issue care proceedings.",
            "If the parenting assessment concludes that the baby cannot safely go home, Owen Pritchard will "
            "hold a legal planning meeting before 37 weeks to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 29/01/2026 and 24/02/2026 at Abrenford Family Hub, 2pm; then within 10 working days "
            "of the baby going home, and every four weeks after that.",
            "Discharge planning meeting: on Aster Ward, within 72 hours of the birth (see Stage 2).",
            "Review child protection conference: 15/04/2026 at 10am, Abrenford Town Hall.",
        ]),
        ("p", "Copies to Holly, Nathan, Bev, the GP (Abbeymead Surgery) and every agency named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A MARAC safety plan joined to the children's child protection plan:
#    the MARAC's action table with a status column, then the plan's own
#    actions, the mother's safety plan and what happens if Liam comes.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_aylesmere_marac_actions_joined_cp_plan_safety_steps_kearns.docx",
    "doc_title": "MARAC Safety Plan and Child Protection Plan - Mason and Evie Kearns",
    "split": "tune",
    "actions": 12,
    "template": "marac-and-cp-plan-joined-docx-kv-details-marac-risk-summary-dash-then-what-mason-and-evie-told-us-what-we-want-then-marac-actions-table-ref-action-agency-owner-by-evidence-status-at-icpc-two-done-then-cp-plan-table-no-what-who-when-how-well-know-then-sophies-safety-plan-bullets-if-liam-comes-moving-to-another-council-meetings",
    "description": (
        "Child protection plan for Mason (10) and Evie (6) joined to the MARAC safety plan for their mother, "
        "after her ex-partner (Evie's father) strangled her in front of Mason, stalked her and breached a "
        "non-molestation order (DASH 17, MARAC on 08/01/2026); the family plans to move to the mother's "
        "sister in another council in March. The MARAC's actions sit in a table with a status column (two "
        "done), then the plan's own actions, the mother's safety steps and what happens if he comes. "
        "Faults: 'All agencies at MARAC' reporting any contact from him; Mason's one-to-one sessions with "
        "no time at all; Evie's nurture group measured by 'Monitored by school'; the Freedom Programme "
        "handed on to the receiving council until after the transfer; an outcome only about the mother's "
        "confidence and money; and nothing about legal planning if the children are not safer."
    ),
    "blocks": [
        ("title", "MARAC Safety Plan and Child Protection Plan"),
        ("p", "Aylesmere Borough Council Children's Services, with the Aylesmere MARAC and the Aylesmere "
              "Domestic Abuse Partnership. This document joins the MARAC actions for Sophie Kearns to Mason "
              "and Evie's child protection plan, so that everyone works to one plan."),
        ("kv", [
            ("Children", "Mason Kearns, born 21/05/2015 (10), Year 6, Aynholt Primary School; Evie Kearns, "
                         "born 04/11/2019 (6), Year 2, Aynholt Primary School"),
            ("Mother", "Sophie Kearns (30), 5 Ambrose Terrace, Aylesmere AY9 1PD"),
            ("Evie's father", "Liam Carter (34). Not living with the family since 2024. Subject to a "
                              "non-molestation order (to 30/06/2026) and a suspended sentence order with a "
                              "Building Better Relationships requirement"),
            ("Mason's father", "Darren Kearns, in Scotland, no contact for six years"),
            ("MARAC", "08/01/2026 (DASH 17 of 24, high risk). MARAC review: 09/04/2026"),
            ("Initial child protection conference", "20/01/2026, category emotional abuse"),
            ("Social worker", "Rhian Tudor, Aylesmere Safeguarding Team 3 (team manager: Neil Farrow)"),
            ("IDVA", "Megan Clarke, Aylesmere Domestic Abuse Partnership"),
        ]),
        ("h1", "Why there is a MARAC and a child protection plan"),
        ("p", "On 29/12/2025 Liam came to the house at 10pm, forced the back door and put his hands round "
              "Sophie's neck until she nearly passed out. Mason, who is ten, came downstairs, saw it and ran "
              "to a neighbour. Liam had breached the non-molestation order eleven times by text and had "
              "been waiting outside the school. Sophie's DASH risk assessment scored 17, with strangulation, "
              "stalking and threats to kill, and the IDVA referred her to MARAC. Liam was arrested, charged "
              "and is remanded in custody until a hearing on 12/02/2026; he may be released then."),
        ("h1", "What Mason and Evie told us"),
        ("p", "Rhian saw both children on their own at school on 14/01/2026. Mason said: \"I heard Mum making "
              "a choking noise. I thought she was dying. I want Liam to go to prison forever.\" He checks the "
              "locks every night and sleeps with his school shoes by the bed \"in case we have to run\". He "
              "does not want to move to Anvermouth because \"all my mates are here\", but says he would go "
              "\"if it means he can't find us\"."),
        ("p", "Evie said: \"The shouty man is Daddy but I don't want him to come.\" She has nightmares most "
              "nights and wants to sleep in Sophie's bed. She drew her family as Mummy, Mason, Evie and "
              "\"Auntie Jen's dog\"."),
        ("h1", "What we want"),
        ("bullets", [
            "Mason and Evie live safely with their mum, and Liam cannot get to them at home, at school or on "
            "the way.",
            "Mason stops feeling he has to guard the house, and sleeps in his bed without his shoes ready.",
            "Evie's nightmares ease and she can sleep in her own bed.",
            "Sophie feels confident, safe and in control of her own life and money again.",
            "Mason and Evie carry on at school without gaps if the family moves.",
        ]),
        ("h1", "MARAC actions (from the meeting on 08/01/2026)"),
        ("p", "The status column shows where each action stood at the conference on 20/01/2026. Done actions "
              "are kept here for the record."),
        ("table", {
            "header": ["Ref", "MARAC action", "Agency / owner", "By", "Evidence", "Status at ICPC"],
            "widths": [1.1, 5.0, 3.2, 2.4, 3.3, 2.0],
            "rows": [
                ["MA1", "Put an urgent response marker on 5 Ambrose Terrace and on Sophie's mobile number",
                 "Aylesmere Police, DA Unit (DS Craig Hollins)", "09/01/2026",
                 "Marker reference sent to the MARAC coordinator", "Done 09/01/2026"],
                ["MA2", "Share Liam's custody and release dates with the MARAC coordinator",
                 "HMP Aldgrove, offender management unit", "10/01/2026",
                 "Release date notice on the MARAC record", "Done 10/01/2026"],
                ["MA3", "Safety planning with Sophie and a review of her DASH risk assessment, with support "
                        "at Liam's hearing",
                 "Megan Clarke, IDVA", "Weekly until the MARAC review on 09/04/2026",
                 "Updated DASH and safety plan sent to Rhian after each review", "Ongoing"],
                ["MA4", "Sanctuary scheme: reinforced back door, window locks, a video doorbell and a "
                        "fire-proof letterbox",
                 "Aylesmere Homes, sanctuary officer (Paul Reid)", "By 30/01/2026",
                 "Works completion certificate signed by Sophie", "Booked 27/01/2026"],
                ["MA5", "Check Liam keeps to his suspended sentence order and the Building Better "
                        "Relationships programme if he is released",
                 "Aylesmere Probation Delivery Unit (Jo Brannan, probation officer)",
                 "Monthly from his release",
                 "Compliance report to Rhian and the MARAC coordinator each month", "Not started (in custody)"],
                ["MA6", "Tell the police and the IDVA about any sighting of Liam, or any contact from him, "
                        "near the family",
                 "All agencies at MARAC", "The same day",
                 "Logged with the MARAC coordinator and passed to the DA Unit", "Ongoing"],
                ["MA7", "Operation Encompass: speak with Mason and Evie the morning after any police call to "
                        "the home",
                 "Mrs Sarah Yeo, DSL, Aynholt Primary School",
                 "By 9.30am the morning after any notification",
                 "Conversation recorded on CPOMS and sent to Rhian the same day", "Ongoing"],
            ],
        }),
        ("h1", "Child protection plan: what needs to happen"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 6.2, 3.4, 2.8, 3.6],
            "rows": [
                ["1", "Home visits, seeing Mason and Evie on their own, and checking the safety measures at "
                      "the house",
                 "Rhian Tudor, social worker", "Weekly until the review conference",
                 "Visit records within 48 hours with each child's words"],
                ["2", "Make a safety plan with Mason in his own words: what he does if Liam comes, the code "
                      "word with Mum, and who he tells at school",
                 "Rhian Tudor, social worker, with Sophie", "By 06/02/2026",
                 "Mason's safety card, signed by him and Sophie, copy on file and with Mrs Yeo"],
                ["3", "One-to-one sessions for Mason about what he saw and heard the night Liam hurt his mum, "
                      "and help with his night-time checking",
                 "Jade Morrow, children's worker, Aylesmere Domestic Abuse Partnership", "",
                 "Mason's own worry scale at the first and last session, recorded in a report to Rhian"],
                ["4", "Nurture group for Evie to help with her nightmares and clinginess",
                 "Mrs Sarah Yeo, DSL, Aynholt Primary School", "Tuesdays and Thursdays at lunchtime",
                 "Monitored by school"],
                ["5", "Freedom Programme for Sophie: not started in Aylesmere; handed on to Anvermouth's "
                      "domestic abuse service to arrange after the case has transferred",
                 "Anvermouth City Council Children's Services (receiving social worker)",
                 "Within four weeks of the transfer-in conference",
                 "Place on the programme confirmed to Sophie in writing"],
                ["6", "Apply to extend the non-molestation order beyond 30/06/2026 and to add the "
                      "children's school",
                 "Sophie, with her solicitor (Alder & Bright LLP)", "Application by 13/02/2026",
                 "Sealed order, or the hearing date, given to Rhian and the school"],
                ["7", "Send the transfer request and records to Anvermouth, and do a joint visit with the "
                      "Anvermouth social worker before the family moves",
                 "Rhian Tudor, social worker", "Request by 27/02/2026; joint visit before the move",
                 "Anvermouth's written acceptance on file; joint visit recorded"],
            ],
        }),
        ("h1", "Sophie's safety plan (agreed with Megan, IDVA, on 15/01/2026)"),
        ("bullets", [
            "Sophie keeps her phone charged and on her; if Liam comes she dials 999 (and presses 55 if she "
            "cannot speak). The urgent response marker means the police will come straight away.",
            "Mason and Sophie have a code word (\"pineapple\"); if Sophie says it, Mason takes Evie to the "
            "upstairs bathroom, locks the door and rings 999.",
            "Only Sophie or her friend Kim Rowlands can collect the children from school; the school has their "
            "photographs and the password.",
            "Sophie varies her route to school and does not post where she is on social media.",
        ]),
        ("h1", "If Liam comes, or contacts the family"),
        ("bullets", [
            "If Liam comes to the house, the school or anywhere near the children, Sophie or the school rings "
            "999. The police will arrest him for breach of the order (or of his bail, if he is released), and "
            "Rhian (or the Emergency Duty Team) holds a strategy discussion with the police the same day.",
            "If Liam is released on 12/02/2026, the prison tells the DA Unit and Megan the same day, Megan "
            "tells Sophie, and the police visit Sophie that evening to go through the safety plan.",
            "If Sophie and the children have to leave home for their safety, they go to Sophie's sister, Jen "
            "Walsh, in Anvermouth; if Jen cannot have them, Megan finds a refuge space the same day.",
        ]),
        ("h1", "Moving to Anvermouth"),
        ("p", "Sophie wants to move to Anvermouth, near Jen, in March. Aylesmere stays responsible for the plan "
              "until Anvermouth City Council has held its transfer-in conference, and every part of this plan "
              "carries on until then."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Aynholt Primary School, Tuesdays at 3.30pm: 03/02/2026, "
            "03/03/2026 and 31/03/2026.",
            "MARAC review: 09/04/2026.",
            "Review child protection conference: 14/04/2026 at 2pm, Aylesmere Civic Centre (or Anvermouth's "
            "transfer-in conference, if the family has moved by then).",
        ]),
    ],
    "findings": [
        F("W002", "Tell the police and the IDVA about any sighting of Liam"),
        F("T001", "One-to-one sessions for Mason about what he saw and heard"),
        F("M002", "Nurture group for Evie to help with her nightmares and clinginess"),
        F("X001", "handed on to Anvermouth's domestic abuse service to arrange after"),
        F("F002", "Sophie feels confident, safe and in control of her own life and money again."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Family Safeguarding plan: the team's hypotheses from group case
#    supervision, the children's words, goals, then a table under each goal
#    with the team's own adult workers (substance misuse, adult mental
#    health) beside the social worker. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b220_achenby_family_safeguarding_hypotheses_adult_workers_goal_tables_nowak.md",
    "split": "tune",
    "actions": 13,
    "template": "family-safeguarding-cp-plan-md-details-table-team-around-you-whos-who-with-adult-practitioners-then-hypotheses-from-group-case-supervision-what-ellis-and-nova-say-what-the-family-is-proud-of-what-needs-to-change-goals-then-one-who-what-how-often-by-when-how-well-know-table-per-goal-then-if-things-get-harder-and-meetings",
    "description": (
        "Exemplary Family Safeguarding child protection plan for Ellis (12) and Nova (8), whose father "
        "relapsed into crack cocaine use on top of his methadone after losing his job and his mother, and "
        "whose mother's depression deepened as she hid it (Nova found a needle in the bathroom bin). The "
        "team's hypotheses from group case supervision, the children's words and scaling, what the family "
        "is proud of, four goals for the children, then a table under each goal with the team's substance "
        "misuse practitioner and adult mental health practitioner beside the social worker and family "
        "support practitioner; both adult practitioners report on each parent's capacity to change and "
        "the likely timescale. The contingency names test results, finds and a crisis, a fallback if "
        "Grandad cannot help, a foster placement and a legal planning meeting; core groups and the review "
        "conference are dated."
    ),
    "text": """\
# Achenby Borough Council - Family Safeguarding Service

## Family Safeguarding Plan: Ellis and Nova Nowak

Child protection plan agreed at the initial child protection conference on 07/01/2026 (category:
neglect) and written up with Kerry and Gary at the first core group on 20/01/2026. In Family
Safeguarding the adult workers are part of the children's team, so Gary's and Kerry's own workers sit
in this plan beside the social worker.

| | |
|---|---|
| **Children** | Ellis Nowak, born 02/03/2013 (12), Year 7 at Ardsall Academy; Nova Nowak, born 15/09/2017 (8), Year 4 at Ayrbeck Primary School |
| **Parents** | Kerry Nowak (35) and Gary Nowak (38), 17 Astwell Crescent, Achenby AC2 8HF |
| **Grandad** | Stan Hughes (66), Kerry's dad, 10 minutes' walk away |
| **Parental health** | Gary: heroin dependence, on a methadone script since 2023 (60ml daily, supervised); used crack cocaine on top from October 2025. Kerry: depression since Nova's birth, on sertraline; self-harmed in 2019, none since |

### The team around you

| Name | Role in the Family Safeguarding team |
|---|---|
| Dan Whitfield | Social worker and lead for the plan |
| Aoife Brennan | Substance misuse practitioner (works with Gary) |
| Hassan Idris | Adult mental health practitioner (works with Kerry) |
| Lucy Brook | Family support practitioner |
| Sarah Okon | Team manager |

### Our hypotheses (group case supervision, 12/01/2026)

These are the team's best ideas about what is going on. We will test them with the family and change
them if they are wrong.

1. Gary's relapse into crack in October followed losing his job at the depot and his mum dying within
   a month. Using is how he copes with grief. When he uses he is asleep or out, and the children are
   left to look after themselves.
2. Kerry's depression got worse as she tried to hide Gary's use from the children, the school and her
   dad. The secret keeps the children from asking anyone for help.
3. Ellis has become Nova's parent when neither adult is available. He is proud of it and angry about
   it, and his falling attendance is part of the same pattern.

### What Ellis and Nova say

Dan saw both children on their own at home and at school on 09/01/2026 and 16/01/2026.

Ellis: "I don't need a social worker. I can do it, I do Nova's breakfast and I get her to school." "Dad
goes weird and sleepy and Mum just stays in bed." "I want to go to footie on Saturdays like I used to."
He scored how safe home feels at 5 out of 10: "It'd be ten if Dad stopped the other stuff."

Nova: "Daddy's medicine is green and it lives in a box. I found a pointy thing in the bin and Ellis said
don't touch it." In her three houses she put "Daddy asleep on the floor" in the house of worries, "Grandad's
and baking" in the house of good things, and "Mummy taking me to school" in the house of dreams.

### What the family is proud of

- Gary has kept to his methadone script for two years and collected it every day since the conference.
- Kerry has told Hassan the truth about how low she is, and wants help.
- Grandad Stan is close to both children and has them most Saturdays.
- Ellis and Nova are loving, funny and look out for each other.

### What needs to change

Nova found a used needle in the bathroom bin on 21/11/2025 and took it to Ellis. On 03/12/2025 Ellis, who
is 12, was on his own with Nova until 11pm because Gary was out using and Kerry was asleep. Nova was late
to school 14 times last term and Ellis's attendance fell to 81%.

### What will be different for Ellis and Nova (goals)

- **Goal 1:** There are no drugs, needles or methadone anywhere Ellis and Nova can reach, and a parent who
  is not under the influence is in charge of them every day.
- **Goal 2:** Ellis and Nova are got up, fed and to school on time by a parent, every school day.
- **Goal 3:** Ellis gets to be 12: he is not Nova's carer, and goes to things he enjoys.
- **Goal 4:** Ellis and Nova know what is happening in their family and who they can talk to.

### The plan

#### Goal 1: no drugs or needles in reach, and a sober parent in charge

| Who | What | How often / by when | How we'll know |
|---|---|---|---|
| Aoife Brennan, substance misuse practitioner | Motivational interviewing sessions with Gary using the Family Safeguarding workbook, with an oral fluid drug test at each session; report to each core group on whether Gary is making the changes Ellis and Nova need, his capacity to change and how long it is likely to take | Weekly, Tuesdays at 10am, from 13/01/2026 | Test results and attendance sent to Dan every Friday; written report to each core group |
| Gary | Take his methadone under supervision at Amberway Pharmacy, and use nothing on top | Every day | Pharmacy's daily consumption record sent to Aoife weekly; oral fluid tests negative for crack and heroin |
| Gary and Kerry | Keep the methadone and all medicines in the locked box in the kitchen cupboard, and have no needles or drugs in the house | Every day, from 07/01/2026 | Dan checks the box is locked at every visit, and asks Nova if she has found anything |

#### Goal 2: a parent gets Ellis and Nova up, fed and to school

| Who | What | How often / by when | How we'll know |
|---|---|---|---|
| Hassan Idris, adult mental health practitioner | Assess Kerry's depression and how it affects her care of Ellis and Nova, then behavioural activation sessions; report on Kerry's capacity to change, the steps she needs to take and the likely timescale | Assessment by 23/01/2026; sessions every Thursday; report by 06/03/2026 | PHQ-9 scores every four weeks and the written report to Dan and the core group by 06/03/2026 |
| Dr Eleanor Voss, GP, Ashwell Lane Surgery | Review Kerry's sertraline and write to Hassan with her medication plan | By 30/01/2026 | GP letter on Hassan's file, copy to Dan |
| Lucy Brook, family support practitioner | Morning routine support at home with Kerry: alarms, breakfast and the walk to Ayrbeck Primary | Monday, Wednesday and Friday, 7.30am to 9am, for 6 weeks from 19/01/2026 | Nova's arrival times on the school register, sent to Dan every Friday |
| Kerry | Get Nova up, give her breakfast and walk her to school herself | Tuesdays and Thursdays from 20/01/2026; every school day from 02/03/2026 | Nova in by 8.45am on the register on those days; 9 mornings in 10 by the review conference |

#### Goal 3: Ellis gets to be 12

| Who | What | How often / by when | How we'll know |
|---|---|---|---|
| Tom Nash, Achenby Young Carers | Young carer's assessment with Ellis, then a place at the young carers' club | Assessment by 13/02/2026; club every Thursday, 5pm to 7pm, from 19/02/2026 | Assessment with Ellis's own words on file; club register sent to Dan monthly |
| Grandad Stan | Have Ellis and Nova on Saturdays and take Ellis to Achenby Juniors football | Every Saturday, 10am to 4pm, from 24/01/2026 | Stan texts Dan each Saturday when the children are home; the coach's team sheet shows Ellis played |
| Mr Carl Bedford, head of Year 7, Ardsall Academy | Pastoral check-ins with Ellis about school and home, and first-day calling if he is absent | Monday and Thursday mornings; first-day call by 10am on any absence | Check-in notes and attendance sent to Dan fortnightly; Ellis's attendance back to 95% by Easter |

#### Goal 4: Ellis and Nova know what is happening and who to talk to

| Who | What | How often / by when | How we'll know |
|---|---|---|---|
| Dan Whitfield, social worker | Visits, seeing Ellis and Nova on their own, and scaling with each child how safe home feels | Every week until the review conference | Visit records within 48 hours with each child's words and score |
| Dan Whitfield, with Aoife Brennan | Help Gary and Kerry write a words-and-pictures story telling Ellis and Nova about Dad's medicine and Mum's low days, and who the children can talk to | Written by 13/02/2026; read with the children by 20/02/2026 | The story, signed by Gary and Kerry, on file; the children's questions recorded by Dan |
| Mrs Paula Greene, DSL, Ayrbeck Primary School | Weekly check-in for Nova with her learning mentor, using her feelings fan | Every Monday at 9am | Nova's feelings and anything she says recorded on CPOMS and summarised for Dan fortnightly |

### If things get harder

- If Gary's drug test shows crack or heroin on top of his methadone, or drugs or a needle are found in the
  house, Gary leaves home that day to stay with his brother Rob (or in emergency accommodation Aoife
  finds with him if Rob cannot have him) and sees the children only with Kerry there. Aoife sees Gary within 2 working days and Dan visits the children within 24 hours.
- If Kerry tells anyone she cannot keep herself safe, or harms herself, Hassan (or the Achenby Crisis
  Resolution Team out of hours) sees her the same day, and Ellis and Nova go to Grandad Stan's. If
  Stan cannot have them, Dan or the Emergency Duty Team arranges an emergency foster placement that day.
- If Grandad Stan cannot do a Saturday, he tells Kerry and Dan by Friday; Kerry takes the children to
  the Saturday session at Achenby Family Hub, and Lucy takes Ellis to football.
- If the children are found without a sober adult in charge, or are hurt, Dan (or the Emergency Duty
  Team) holds a strategy discussion with the police the same day.
- If Gary has two tests positive for crack or heroin before the review conference, or the children are
  found without a sober adult again, Sarah Okon (team manager) will hold a legal planning meeting within
  5 working days to decide whether to start the Public Law Outline.

### Meetings

- Core group (with Aoife, Hassan and Lucy): every four weeks at the Family Safeguarding base, Achenby
  Family Hub, Tuesdays at 4pm: 20/01/2026, 17/02/2026 and 17/03/2026.
- Group case supervision looks at the hypotheses again every month, and what changes is fed back to the
  family at the next core group.
- Review child protection conference: 07/04/2026 at 10am, Achenby Town Hall.

Plan shared with Kerry, Gary, Stan and every agency on 21/01/2026. Ellis and Nova have their own
words-and-pictures copy.
""",
    "findings": [],
})
