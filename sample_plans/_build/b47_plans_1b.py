"""Batch 47, module 1b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: timescales that sit away from the action they belong to. A date in a
group heading over several bullets, phase headings ("Before the baby is
born", "Weeks 1 to 6", "First month at home"), a When column merged down
several rows, a frequency written into the owner's cell, three date columns
(Start / Review / End), and actions timed by an event ("on discharge", "at
every home visit", "each time Kirsty has a drink"). Vague timescales
("ongoing", "asap", "tbc", "as needed") appear only in the three faulty
plans, beside precise ones.

How the labels read timing that is not in the action's own words:
- a timescale in a heading (a date, a phase, a frequency) is the timescale of
  every action under that heading; a vague heading ("Ongoing / as needed")
  gives the actions under it only a vague timescale, unless the action or its
  row names a real one of its own;
- a When cell merged down several rows is the timescale of every row it
  spans, in the same way as a merged Who cell is the owner of every row;
- "Name, weekly" in an owner cell is both the owner and the timescale;
- Start / Review / End: any real date or event in the three cells is a
  timescale (a start date alone counts); "tbc" or "as required" in all of
  them is vague, and "-" in all three is missing.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan whose actions are owner-first bullets grouped
#    under dated headings ("By Friday 5 December", "Every week from ...",
#    "By the core group on ...", "By the review conference on 3 March").
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_brindlecombe_dated_group_headings_ashby.docx",
    "doc_title": "Child Protection Plan - Mason and Poppy Ashby",
    "split": "tune",
    "template": "icpc-plan-docx-details-kv-then-owner-first-bullets-grouped-under-dated-h2-headings-by-friday-every-week-until-review-by-core-group-by-review-conference",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old (neglect, father's "
        "drinking). The actions are owner-first bullets with their measure in the sentence, grouped "
        "under headings that carry the timescale: 'By Friday 5 December 2025', 'Every week from "
        "8 December 2025 until the review conference', 'By the core group on 15 January 2026', 'By "
        "the review conference on 3 March 2026'. The alcohol service reports on capacity to change, "
        "Nan's school runs have a fallback, dates and the legal step are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Brindlecombe Metropolitan Borough Council – Children and Families Service – Locality Team North"),
        ("kv", [
            ("Children", "Mason Ashby, born 14/06/2018 (7), Year 3 at St Aldhelm's C of E Primary; "
                         "Poppy Ashby, born 30/09/2023 (2), at home"),
            ("Parents", "Leanne Ashby and Craig Ashby, 27 Furnace Row, Brindlecombe"),
            ("Also important", "Pat Dunmore, maternal grandmother, 6 Furnace Row"),
            ("Initial conference", "Tuesday 2 December 2025, Brindlecombe Town Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Rhiannon Tate (Locality Team North)"),
            ("Conference chair", "Gordon Ealing, Child Protection Chair"),
        ]),
        ("h1", "Why Mason and Poppy have a plan"),
        ("p", "Craig has been drinking heavily since he lost his job in the spring. Most afternoons he "
              "is asleep on the settee by the time Mason gets home, and on two visits in November he "
              "smelt strongly of lager at 11am while looking after Poppy on his own. Leanne works early "
              "shifts at the bakery and leaves the house at 5.30am. Mason's attendance this term is 71% "
              "and he has been late 19 times. Poppy has missed her 2-year review twice and has not seen "
              "a dentist; the back bedroom where her cot should be is full of bags and broken furniture, "
              "so she sleeps between her parents."),
        ("p", "Both parents love the children and want to keep them at home. Leanne agrees that the "
              "mornings have fallen apart; Craig accepts that he drinks too much and has asked for help "
              "for the first time."),
        ("h1", "What a day is like for Mason and Poppy"),
        ("p", "Mason (seen on his own at school, 24 November): \"Dad goes to sleep on the settee and we "
              "have to be quiet. I make my own cereal when there's milk. I like it when Nan takes me to "
              "school because we're not late.\" He put his house at 5 out of 10 and Nan's at 10, and said "
              "the one thing he would change is \"Dad not being tired all the time\"."),
        ("p", "Poppy is not yet putting words together. On visits she toddles after Mason, brings her "
              "beaker to whoever is nearest when she is thirsty and settles quickly on Leanne's lap. On "
              "the afternoon visit of 19 November she had been in the same nappy since the morning and "
              "ate two slices of toast very fast."),
        ("h1", "What needs to be true for Mason and Poppy"),
        ("bullets", [
            "Mason gets to school on time every day with breakfast inside him, and his attendance is "
            "95% or more by the review conference.",
            "Poppy sleeps in her own cot, has had her 2-year review and a dental check, and her weight "
            "stays on her centile.",
            "Mason and Poppy are looked after, day and night, by a parent who is sober.",
        ]),
        ("h1", "What will happen, and by when"),
        ("h2", "By Friday 5 December 2025"),
        ("bullets", [
            "Leanne and Craig will clear the bags and broken furniture out of the back bedroom so that "
            "Poppy's cot can go back up; Rhiannon Tate (SW) will see the cot made up and photograph the "
            "room for the file.",
            "Nell Garside (HV) will rebook Poppy's missed 2-year review and her first dental check, and "
            "email both booked dates to the SW.",
            "Dev Mistry, recovery worker at Brindlecombe Recovery Partnership, will see Craig for his "
            "first appointment and confirm in writing to the SW that it took place and what was agreed.",
        ]),
        ("h2", "Every week from 8 December 2025 until the review conference"),
        ("bullets", [
            "Rhiannon Tate (SW) will visit the family at home, at least every other visit unannounced; she "
            "will see Mason on his own and Poppy awake, and her notes will record what Mason tells her, "
            "what food is in the kitchen and where Poppy slept.",
            "Mrs Joanne Pike, DSL at St Aldhelm's, will ring Leanne by 9.30am on any day Mason has not "
            "arrived and email his attendance figure to the SW every Friday.",
            "Pat Dunmore (Nan) will walk Mason to school on Tuesdays and Thursdays and sign him in at the "
            "office, so that the school's arrival book shows who brought him.",
            "Dev Mistry will see Craig for key-work with a breath test each time, and email the readings "
            "to the SW every Friday.",
        ]),
        ("h2", "By the core group on 15 January 2026"),
        ("bullets", [
            "Nell Garside (HV) will see Poppy at her rebooked 2-year review and record her weight, height, "
            "ASQ-3 scores and dental plan in the red book, sending a copy to the SW.",
            "Tara Quinn, family support worker at Brindlecombe Family Hub, will finish six sessions at home "
            "with Leanne and Craig on mealtimes, bath and bedtime, scoring the home conditions checklist at "
            "the first and the last session and sharing both scores with the core group.",
            "Dev Mistry will write a report on Craig's drinking: whether he can stay sober on the days he "
            "looks after Mason and Poppy, what would have to change and how long that is likely to take. "
            "The report will be read at the core group.",
        ]),
        ("h2", "By the review conference on 3 March 2026"),
        ("bullets", [
            "Rhiannon Tate (SW) will complete the parenting assessment of Leanne and Craig, including how "
            "Craig's drinking affects the children's mornings and bedtimes, and give the written report to "
            "the parents and the core group two weeks before the conference.",
            "Craig will finish the eight-week Alcohol and the Family group at Brindlecombe Recovery "
            "Partnership, and his attendance certificate will be copied to the SW.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Craig is found drunk while he is looking after Mason or Poppy, or a breath test shows "
              "alcohol on a day he is caring for them alone, Leanne will come home from work or ask Pat to "
              "collect the children, and Craig will leave the house until he is sober. Rhiannon (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Pat is ill or cannot do a Tuesday or Thursday school run, Leanne will take Mason before "
              "her shift, and Mrs Pike will ring the SW by 9.30am if he has not arrived. If neither Leanne "
              "nor Pat can care for the children while Craig is unsafe, the SW will arrange for Mason and "
              "Poppy to stay together with approved foster carers that day."),
        ("p", "If Craig is drunk while caring for the children twice, or the back bedroom and Mason's "
              "attendance have not changed by the core group on 15 January 2026, Rhiannon will ask the "
              "team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at St Aldhelm's, 1.30pm: Thursday 18 December 2025, Thursday "
            "15 January 2026 and Thursday 12 February 2026.",
            "Review child protection conference: Tuesday 3 March 2026, 10am, Brindlecombe Town Hall.",
        ]),
        ("p", "Plan typed by Rhiannon Tate on 3 December 2025 and sent to Leanne, Craig and every member "
              "of the core group."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan in three phase tables ("Before the baby is born", "On the
#    ward", "First month at home"), the frequency written into the owner's
#    cell. PDF with header and page footer. Exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_bramwick_prebirth_phase_tables_owner_frequency_okonedo.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Shanice Okonedo",
    "split": "tune",
    "template": "prebirth-plan-paged-header-footer-babys-world-then-one-table-per-phase-before-birth-on-ward-first-month-at-home-who-and-how-often-cell-first-what-they-will-do-what-we-will-see",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 19-year-old care leaver (anxiety and past "
        "self-harm under the perinatal service, ex-partner's violence). One table per phase, headed "
        "'Before the baby is born', 'On the ward' and 'First month at home'; the first column holds the "
        "owner and how often ('Midwife Carys Bell, at every antenatal appointment', 'HV Priya Chana, "
        "weekly'); events ('on discharge') time the rest. The perinatal psychiatrist and nurse report on "
        "capacity to change, the former foster carer's support has a fallback, dates and legal step set."
    ),
    "header": "OFFICIAL – SENSITIVE: PERSONAL | Bramwick Council Children's Services | Pre-birth plan",
    "footer": "Baby Okonedo (unborn, due 20/02/2026) – ICPC 04/12/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Shanice Okonedo, expected 20/02/2026 (28 weeks at conference)"),
            ("Mother", "Shanice Okonedo (19), Flat 9, Tanners Court, Bramwick; care leaver, supported by "
                       "Bramwick Leaving Care Service"),
            ("Father", "Kyle Brennan (22); no longer in a relationship with Shanice; non-molestation "
                       "order in place until 10/2026"),
            ("Conference", "Initial child protection conference (pre-birth), Thursday 04/12/2025"),
            ("Category", "Risk of emotional abuse and neglect"),
            ("Social worker", "Tomás Reyes, Bramwick Children's Services (Pre-birth and Under Ones Team)"),
            ("Chair", "Mariam Castell, Independent Reviewing Officer"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Shanice was in care from the age of 11. She has lived on her own since March and is pleased "
              "and nervous about the baby. Kyle was violent to her three times in the summer, once when she "
              "was 14 weeks pregnant; he was arrested and a non-molestation order was made in October. He "
              "has sent her messages since then from other people's phones. Shanice has anxiety and "
              "self-harmed in 2023 and again in June this year; she is under the Bramwick Perinatal Mental "
              "Health Service and takes sertraline. She has no family she can call on, but her former "
              "foster carer, Gloria Asante, still sees her every week and has offered to stay with her "
              "after the birth."),
        ("h1", "The baby's world now"),
        ("p", "At the 28-week scan the baby was growing well and moving a lot. Shanice talks to the bump "
              "and plays it music at bedtime, and she has washed the first baby clothes Gloria bought. The "
              "flat is warm and smoke-free but on the second floor with no lift, and there is no cot, car "
              "seat or steriliser yet. Shanice says that when she gets a message from Kyle she cannot sleep "
              "and stops eating, and the midwife has noticed the baby's movements go quiet on those days."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely, with a midwife and the ward knowing the plan and Kyle kept away.",
            "The baby goes home to a warm flat with a cot, a car seat and a mum who knows how to feed and "
            "settle her baby and keep her safe when she sleeps.",
            "The baby is looked after by a mum whose mood is steady enough to notice and respond to her "
            "cries, day and night, and who has people around her to help.",
            "The baby grows well and is seen by a professional at least every week in the first month.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("h2", "Before the baby is born (now until 38 weeks, Friday 06/02/2026)"),
        ("table", {
            "header": ["Who, and how often", "What they will do", "What we will see"],
            "widths": [4.6, 6.6, 5.8],
            "rows": [
                ["Midwife Carys Bell, Bramwick Specialist Midwifery Team – at every antenatal appointment",
                 "See Shanice, check the baby's growth and movements, and ask about her mood and any contact "
                 "from Kyle",
                 "Antenatal notes shared with the SW monthly; any contact from Kyle passed to the SW and "
                 "police the same day"],
                ["SW Tomás Reyes – every 2 weeks",
                 "Visit Shanice at the flat; plan the birth with her, and help her get the baby's space "
                 "ready",
                 "Visit records; cot, steriliser and car seat seen in the flat by the 38-week visit"],
                ["Dr Ifeoma Lyle, perinatal psychiatrist, Bramwick Perinatal Mental Health Service – monthly "
                 "outpatient review",
                 "Review Shanice's anxiety and medication and write a report on how her mental health is "
                 "likely to affect her care of the baby, whether she can keep the progress going after the "
                 "birth, and the early warning signs to watch for",
                 "Written report to the SW and the core group by 22/01/2026"],
                ["PA Dionne Carver, Bramwick Leaving Care Service – weekly",
                 "Help Shanice claim the Sure Start Maternity Grant and budget for the baby's cot, car seat "
                 "and first clothes",
                 "Grant paid; receipts for the cot and car seat seen by the PA and copied to the SW"],
                ["IDVA Hollie Sands, Bramwick Domestic Abuse Service – fortnightly",
                 "Work through a safety plan with Shanice for the birth and the first weeks, including what "
                 "she and the ward do if Kyle comes to the hospital",
                 "Written safety plan given to the maternity ward and the SW by 34 weeks (09/01/2026)"],
            ],
        }),
        ("h2", "On the ward (from the birth until the day of discharge)"),
        ("table", {
            "header": ["Who, and how often", "What they will do", "What we will see"],
            "widths": [4.6, 6.6, 5.8],
            "rows": [
                ["Midwife in charge, Bramwick General maternity ward – every shift",
                 "Follow the birth alert: no information to Kyle and no visits from him; note how Shanice "
                 "feeds, holds and settles the baby",
                 "Shift notes on the maternity record, read by the SW before the discharge meeting"],
                ["SW Tomás Reyes – on the first working day after the birth, then every other day",
                 "See Shanice and the baby on the ward and chair the discharge planning meeting before the "
                 "baby goes home",
                 "Discharge meeting notes with the agreed discharge date and who visits in the first week"],
                ["Gloria Asante, former foster carer – on discharge",
                 "Collect Shanice and the baby from the ward and stay at the flat for the first three nights",
                 "SW sees Gloria, Shanice and the baby at home on day 2 and records how the nights went"],
            ],
        }),
        ("h2", "First month at home"),
        ("table", {
            "header": ["Who, and how often", "What they will do", "What we will see"],
            "widths": [4.6, 6.6, 5.8],
            "rows": [
                ["HV Priya Chana – weekly, the first visit within 48 hours of discharge",
                 "Weigh the baby, watch a feed, check where the baby sleeps and do a mood check (EPDS) with "
                 "Shanice",
                 "Weight plotted in the red book; baby seen asleep on her back in her own cot; EPDS score "
                 "sent to the SW"],
                ["SW Tomás Reyes – twice a week for two weeks, then weekly",
                 "Home visits, at least one a week unannounced; see the baby awake and talk with Shanice "
                 "about the nights",
                 "Visit records say where the baby slept and how Shanice responded when she cried"],
                ["Adele Fung, perinatal mental health nurse – weekly",
                 "Home visits to Shanice after the birth, checking for the warning signs in her relapse "
                 "plan, and a report to each core group on whether she is keeping the changes going and "
                 "what that means for the baby",
                 "Written report read at every core group; any warning sign passed to the SW the same day"],
                ["Shanice – every day",
                 "Keep the baby's feed and sleep diary that the midwife gave her",
                 "Diary seen by the HV and the SW at every visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kyle comes to the ward or the flat, or Shanice tells anyone she is thinking of hurting "
              "herself, or the baby is found sleeping in an unsafe place, the SW (or the out-of-hours team) "
              "will hold a strategy discussion the same day. If the baby cannot be kept safe with Shanice, "
              "the baby will be cared for by approved foster carers, with Shanice's agreement, and Shanice "
              "will be offered a same-day crisis assessment by the perinatal team."),
        ("p", "If Gloria cannot stay after the birth, the baby will not be discharged until the SW has "
              "arranged for the Bramwick Family Support Team to visit every day for the first week; if that "
              "cannot be arranged, Shanice and the baby will be offered a place at Larch House parent and "
              "baby unit."),
        ("p", "If Shanice is not working with the plan by 36 weeks, or she lets Kyle back into her life, the "
              "SW will ask the team manager for a legal planning meeting within 5 working days to consider "
              "the pre-proceedings (PLO) route before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks, 2pm at Bramwick Children's Centre: 18/12/2025, 15/01/2026 and "
            "12/02/2026 (moved to the ward if the baby has arrived).",
            "Review child protection conference: Thursday 12/03/2026, 10am, Bramwick Civic Centre.",
        ]),
        ("p", "Tomás Reyes, Social Worker – plan agreed at conference on 04/12/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan kept as markdown on the team drive: one table with
#    Start / Review / End columns. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_bexwater_rcpc_start_review_end_columns_ferreira.md",
    "split": "tune",
    "template": "rcpc-plan-md-team-drive-copy-progress-since-icpc-lucas-words-then-no-what-will-happen-lead-start-review-end-how-we-will-know-table-event-in-start-cell",
    "description": (
        "Exemplary review conference plan for a 13-year-old (stepfather's violence, self-harm, going "
        "missing; mother's anxiety seen by her GP). One table with three date columns, Start / Review / "
        "End, one row started by an event ('Each time Luca is reported missing', reviewed 'within 72 "
        "hours of his return'). Every row has a lead and a measure; contingency, core group dates, "
        "review conference date and the legal step are set."
    ),
    "text": """\
# Child Protection Plan – Luca Ferreira

**Bexwater City Council · Children's Social Care · Safeguarding and Family Support (West)**

- **Young person:** Luca Ferreira, born 02/05/2012 (13), Year 9, Bexwater Academy
- **Lives with:** Joana Ferreira (mum), 4 Chandlers Yard, Bexwater
- **Stepfather:** Gary Holt – moved to his sister's flat on 12/09/2025 under a written agreement
- **Plan made at:** first review child protection conference, Thursday 16/10/2025 (initial conference 24/07/2025)
- **Category:** emotional abuse
- **Social worker:** Bruno Sealey · **Chair:** Wendy Osagie, IRO

## Where things are since July

Gary has not lived at the flat since September and there have been no police call-outs
since 29 August. Joana has started the Freedom Programme and has told Luca that Gary is
not moving back while the plan is in place. Luca went missing twice in August, once
overnight, and cut his arms in September after an argument on the phone with Gary; he
has had no new injuries since he started seeing the CAMHS nurse. Joana has anxiety and
has told her GP that she "freezes" when Luca is low and does not know what to say.

## What Luca says

Luca (seen on his own at school, 9 October): "It's way calmer without Gary. Mum's
trying. I still go out when I can't stand my own head, but I text her now." He said he
cuts "when it builds up and I can't shout", that the CAMHS sessions are "actually OK",
and that he wants the plan to end "so I'm not the kid with a social worker". He scaled
home at 7 out of 10 (it was 3 in July).

## What we want for Luca

1. Luca lives at home without violence or threats, and tells us he feels safe there.
2. Luca has adults he trusts to talk to when his feelings build up, and he stops hurting himself.
3. Luca comes home at night, and when he does go missing he is found quickly and someone talks with him about why.

## The plan

| No. | What will happen | Lead | Start | Review | End | How we will know |
|---|---|---|---|---|---|---|
| 1 | Visit Luca every two weeks, at least one visit in three unannounced; see him on his own and talk about home, Gary and how he is feeling | Bruno Sealey, social worker | 20/10/2025 | At each core group | 16/04/2026 (second review conference) | Visit records with Luca's own words; Luca seen alone at every visit |
| 2 | Assess Luca's self-harm and low mood and agree a written safety plan with him and Joana | Dr Niamh Cordell, clinical psychologist, Bexwater CAMHS | 22/10/2025 | 04/12/2025 | 08/01/2026 | Assessment letter to the SW and GP; Luca's safety plan copied to school with his agreement |
| 3 | Check in with Luca in the Hub at the start of each school day and pass on anything he says about home | Mr Kwame Ashford, Head of Year 9, Bexwater Academy | 20/10/2025 | Each half term | 16/04/2026 | Check-in log kept by the Hub; anything Luca says about home logged on CPOMS and emailed to the SW the same day |
| 4 | Return home interview with Luca about where he went and why | Sophie Wren, Bexwater Missing Children Service | Each time Luca is reported missing | Within 72 hours of his return | – | Written interview report sent to the SW and the police, with Luca's reasons in his own words |
| 5 | Attend the Change Path domestic abuse programme, including the sessions on the effect of abuse on children, and stay away from the flat except for agreed visits | Gary Holt; facilitator Imran Baig reports to the SW | 04/11/2025 | 08/01/2026 | 21/04/2026 (end of 24-week course) | Attendance sheet to the SW monthly; mid-course report to the core group on 08/01/2026 |
| 6 | Freedom Programme for Joana, and a refreshed safety plan with the IDVA covering what Luca does if Gary comes to the flat | Joana Ferreira, with IDVA Martina Lowe | 28/10/2025 | 04/12/2025 | 03/02/2026 | Women's Centre attendance record; updated safety plan on file and a copy kept by Joana and by Luca |
| 7 | Review Joana's anxiety medication and write to the SW about how her anxiety affects her ability to notice and respond when Luca is low | Dr Yusuf Rahman, GP, Quayside Medical Centre | 23/10/2025 | – | 13/11/2025 | GP letter on the file by 13/11/2025 |
| 8 | Sessions at the Youth Hub on staying safe when Luca is out late, and who he can ring | Callum Grey, youth worker, Bexwater Youth Hub | 23/10/2025 (then every Thursday) | 08/01/2026 | 12/03/2026 | Session notes; Luca can name three safe adults and has their numbers in his phone, recorded in the notes |

## If things go wrong

- If the police are called to the flat, if Gary comes to the flat outside an agreed visit, or if Luca
  is missing overnight or hurts himself badly enough to need treatment, Bruno (or the emergency duty
  team) will hold a strategy discussion the same day.
- If Luca cannot stay safely at home, he will stay with his aunt, Rosa Ferreira, in Northgate; if Rosa
  cannot have him, the SW will arrange an emergency foster placement that night.
- If Gary moves back in, or there is another incident of violence, Bruno will ask the team manager for
  a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks at Bexwater Academy, 3.45pm: 06/11/2025, 04/12/2025, 08/01/2026, 05/02/2026 and 05/03/2026.
- Second review child protection conference: Thursday 16/04/2026, 1.30pm, Bexwater Civic Offices.

*Saved to the Safeguarding West team drive by B. Sealey, 17/10/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Discharge plan for a baby treated for withdrawal on the neonatal unit,
#    typed as plain text; every action is timed by an event written first in
#    capitals ("ON DISCHARGE", "AT EVERY HOME VISIT", "EACH TIME KIRSTY HAS A
#    DRINK"). Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_balderstow_event_first_discharge_plan_nuttall.txt",
    "split": "tune",
    "template": "pre-discharge-icpc-plan-plain-text-hospital-sw-typed-equals-underlined-headings-numbered-actions-opening-with-the-event-in-capitals-then-owner-sentence-and-checked-by-clause",
    "description": (
        "Exemplary pre-discharge conference plan for a 3-week-old treated for neonatal withdrawal "
        "(mother on a methadone script who has been drinking), going home to his grandmother's house. "
        "Each numbered action opens with the event that times it in capitals (ON DISCHARGE, BEFORE "
        "DISCHARGE, AT EVERY HOME VISIT, EACH TIME KIRSTY HAS A DRINK, EVERY MORNING, BEFORE EVERY CORE "
        "GROUP) and ends with a 'Checked by' clause. The drug and alcohol service reports on capacity to "
        "change; the grandmother's overnight care has a fallback; dates and legal step are set."
    ),
    "text": """\
BALDERSTOW BOROUGH COUNCIL - CHILDREN'S SERVICES
Hospital Social Work Team, Balderstow General Hospital

CHILD PROTECTION PLAN - AGREED BEFORE DISCHARGE
===============================================

Baby:            Archie Nuttall, born 10/11/2025 at Balderstow General
                 (38 weeks), on the neonatal unit since day 2
Mother:          Kirsty Nuttall (26)
Father:          not named on the birth certificate; not involved
Going home to:   14 Mill Row, Balderstow - the home of Irene Nuttall
                 (Kirsty's mum), where Kirsty and Archie will live
Conference:      Initial child protection conference, Monday 01/12/2025,
                 held on the neonatal unit
Category:        Neglect
Social worker:   Sam Okoro, Hospital Social Work Team (stays the
                 allocated worker after discharge)
Discharge date:  planned for Friday 05/12/2025


WHY ARCHIE HAS A PLAN
=====================
Kirsty has been on a methadone script from Balderstow Drug and Alcohol
Service since 2022. She did not use heroin in the pregnancy (all tests
clear), but she told the midwife she was drinking four or five cans a
night until 30 weeks, and she was breathalysed over the limit at the
antenatal clinic on 02/10/2025. Archie needed treatment for withdrawal
on the unit for 12 days. Kirsty's two older children live with their
father in Wales after care proceedings in 2021, when she was using
heroin and drinking. Irene is in good health, does not drink, and has
cleared her front bedroom for Kirsty and Archie.


ARCHIE'S DAYS ON THE UNIT
=========================
The nurses say Archie's withdrawal scores have been settled since
27/11/2025. He feeds 90ml every three hours and was back to his birth
weight on day 14. He settles fastest with skin-to-skin on Kirsty's
chest; Kirsty has come in every day, usually from 10am to 7pm, and has
done most of his feeds and nappies herself since week 2. He startles at
loud noises and cries hard when he is passed between people, and he
calms when Irene sings to him. On two evenings in week 1 Kirsty left
the unit for an hour and nurses smelt alcohol when she came back; there
has been no sign of drink since 20/11/2025.


WHAT MUST BE TRUE FOR ARCHIE
============================
- Archie is cared for every hour of the day and night by an adult who
  has not had a drink or used drugs.
- Archie sleeps on his back in his own Moses basket, every sleep.
- Archie keeps gaining weight along his centile and his withdrawal signs
  stay settled at home.


WHAT WILL HAPPEN
================
 1. BEFORE DISCHARGE - Sam Okoro (SW) will visit 14 Mill Row and see the
    Moses basket set up beside Kirsty's bed, a working smoke alarm and
    no alcohol in the house. Checked by: a visit note and photographs on
    Archie's file; the unit will not discharge Archie until Sam has
    confirmed the visit.

 2. ON DISCHARGE - Gemma Sharrock, neonatal outreach nurse, will go
    through Archie's feeding plan, safe sleep and the signs of
    withdrawal to look out for with Kirsty and Irene together. Checked
    by: discharge checklist signed by Kirsty, Irene and Gemma, with
    copies to the SW and the health visitor.

 3. WITHIN 48 HOURS OF DISCHARGE - Maggie Flynn, health visitor, will do
    the first home visit, weigh Archie and check his feeds and sleep.
    Checked by: weight in the red book and the visit note emailed to
    the SW that day.

 4. AT EVERY HOME VISIT - Maggie Flynn (HV) will weigh Archie and watch
    a feed; she will visit weekly until Archie is 12 weeks old. Checked
    by: weights plotted in the red book and staying on or above the
    25th centile.

 5. AT EVERY HOME VISIT - Sam Okoro (SW) will see Archie awake, look at
    where he slept and read the home diary; visits are weekly, at least
    one in three unannounced. Checked by: visit notes recording where
    Archie slept, who did the night feeds and what the diary says.

 6. EVERY MORNING - Kirsty will take her methadone under supervision at
    Lister's Pharmacy, Church Street, and Irene will look after Archie
    while she is out. Checked by: the pharmacy's supervised consumption
    record, sent to the drug and alcohol service weekly and to the SW
    monthly.

 7. EACH TIME KIRSTY HAS A DRINK - Kirsty will tell Irene straight away
    and hand over Archie's care for the rest of that day and night:
    she will not feed, bath or carry him or sleep in the room with him.
    Irene will write it in the home diary. Checked by: diary entries
    read by the SW at every visit and by the recovery worker at each
    key-work session.

 8. EVERY NIGHT - Irene will be in the house from 8pm until 8am and,
    before she goes to bed, check that Archie is on his back in his
    Moses basket. Checked by: Irene writes the time of her check in the
    home diary each night.

 9. EVERY WEDNESDAY - Leon Matthews, recovery worker at Balderstow Drug
    and Alcohol Service, will see Kirsty for key-work with an oral fluid
    test and a breath test. Checked by: results emailed to the SW every
    Friday.

10. BEFORE EVERY CORE GROUP - Leon Matthews will write a report on
    whether Kirsty is stable on her script and not drinking, what this
    means for her care of Archie, and how likely she is to keep the
    changes going over the next six months. Checked by: the report read
    at every core group.

11. AT ARCHIE'S NEONATAL FOLLOW-UP (booked for 14/01/2026) - Dr Ruth
    Adeyemi, consultant paediatrician, will check Archie's growth,
    feeding and development. Checked by: clinic letter sent to the SW,
    the GP and the health visitor.


IF THINGS GO WRONG
==================
If Kirsty is found drunk or drowsy while she has Archie, tests positive
for heroin or any drug not prescribed to her, or takes Archie out of
Irene's house overnight, Irene will take over Archie's care and ring
the SW (or the emergency duty team on 01632 960 441). The SW will hold
a strategy discussion the same day, and Kirsty will stay elsewhere
until it is agreed she is safe to care for Archie.

If Irene is ill, away or cannot be in the house overnight, Archie will
stay with Kirsty's sister, Donna Nuttall, at 3 Weaver Street, with
Kirsty visiting during the day. If neither Irene nor Donna can care for
him, the SW will arrange an emergency foster placement that day.

If Kirsty drinks while caring for Archie, or has a positive test for
heroin, the SW will ask the team manager for a legal planning meeting
within 5 working days.


CORE GROUP AND REVIEW
=====================
Core group every 4 weeks at Balderstow Family Hub, 10am:
  Thursday 11/12/2025, Thursday 08/01/2026, Thursday 05/02/2026.
Review child protection conference: Thursday 26/02/2026, 10am,
  Balderstow Civic Centre.

Typed by S. Okoro, 01/12/2025. Copies to Kirsty, Irene and every
member of the core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, landscape table whose first column "When" is
#    merged down each group of rows ("By 16/12/2025", "Weekly from
#    08/12/2025", "Ongoing", "By the review conference"); faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_blanchmoor_when_column_merged_down_kovac.docx",
    "doc_title": "Child Protection Plan - Ella and Filip Kovac",
    "split": "tune",
    "template": "icpc-plan-docx-landscape-details-kv-then-when-first-column-merged-down-row-groups-action-lead-how-we-will-know-then-single-when-rows",
    "landscape": True,
    "check_vmerge": 4,
    "description": (
        "Initial conference plan for a 9-year-old and a 4-year-old (neglect, mother's depression under "
        "the CMHT). The landscape table's first column 'When' is merged down groups of rows: two groups "
        "are dated, one is 'Weekly from 08/12/2025', one is 'Ongoing' (two of its three rows have no "
        "other timing; the DSL's row says 'every morning'), and one row is 'ASAP'. Also: a blank measure, "
        "a CMHT row that only supports, 'Monitored by the SW', 'Improvement in home conditions', 'All "
        "professionals', a '–' lead, and one outcome about the mother only."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Blanchmoor District Council – Children's Services – Child Protection and Court Team"),
        ("kv", [
            ("Children", "Ella Kovač, born 21/03/2016 (9), Year 5, Blanchmoor Primary; "
                         "Filip Kovač, born 08/08/2021 (4), at home"),
            ("Parents", "Dana Kovač and Marek Kovač, 3 Sedge Walk, Blanchmoor"),
            ("Conference", "Initial child protection conference, Tuesday 25/11/2025"),
            ("Category", "Neglect"),
            ("Lead social worker", "Amira Haddad"),
            ("Chair", "Neil Pocklington"),
        ]),
        ("h1", "Summary of concerns"),
        ("p", "Ella has been late to school 23 times this term and twice came in without having eaten. "
              "Her eczema is cracked and bleeding and she has had head lice since September. Filip is not "
              "at nursery, is on the 2nd centile for weight and has visibly decayed front teeth. On two "
              "visits the children's bedroom had rubbish and dirty nappies on the floor and there was no "
              "food in the fridge. Dana has recurrent depression and is under Blanchmoor Community Mental "
              "Health Team; she says she has not been out of bed before midday for weeks. Marek works "
              "nights at the distribution centre and sleeps in the day."),
        ("h1", "What Ella and Filip have told us"),
        ("p", "Ella (seen alone at school, 18/11/2025): \"Mum's sad a lot. I get Filip his breakfast if "
              "there's bread. I'm late because I have to wait for Dad to get home.\" She said she hates the "
              "itching at night and that other children say her hair is dirty. Asked what would make "
              "things better she said \"a clean bedroom and Mum getting up\"."),
        ("p", "Filip (seen at home, 20/11/2025) was in pyjamas at 2pm, watching a tablet on the sofa. He "
              "was chatty with the SW, showed her his toy bus and ate a banana quickly when offered. He "
              "said \"Ella makes my toast\"."),
        ("h1", "What we want for Ella and Filip"),
        ("bullets", [
            "Ella gets to school on time every day, washed, fed and with her eczema cream on.",
            "Filip grows well, has had his teeth checked and is at nursery for his funded hours.",
            "Ella and Filip sleep in a clean room, each in a bed of their own, and there is food in the "
            "house every day.",
            "Dana will feel more in control of her mood and able to cope day to day.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["When", "Action", "Lead", "How we will know"],
            "widths": [3.6, 9.3, 5.0, 7.8],
            "rows": [
                ["By Tuesday 16/12/2025 (10 working days)",
                 "Go round the flat with Dana and agree a written list of what must be cleared from the "
                 "children's bedroom and the kitchen",
                 "SW Amira Haddad",
                 "Signed list on file; bedroom photographed at the next visit"],
                [V,
                 "Book Filip's first dental check and a weight and height check at the GP surgery",
                 "HV Lorna Beck",
                 "Appointment dates emailed to the SW; Filip's weight plotted in his red book"],
                [V,
                 "Health check for Ella with the school nurse about her eczema and head lice",
                 "School nurse Kath Imrie, Blanchmoor School Nursing",
                 ""],
                ["Weekly from 08/12/2025",
                 "Home visits to see Ella and Filip, one in four unannounced; look at the food in the "
                 "fridge and where the children sleep",
                 "SW Amira Haddad",
                 "Visit notes record the children's words and what food was in"],
                [V,
                 "Home visits to support Dana with her low mood and with getting up in the mornings",
                 "Sunil Varma, care co-ordinator, Blanchmoor CMHT",
                 "Date of each visit recorded on the CMHT record and shared with the SW monthly"],
                [V,
                 "Sessions at home with Dana on a morning routine and getting Ella to school for 8.50am",
                 "FSW Jade Ormerod, Blanchmoor Family Hub",
                 "Monitored by the SW"],
                ["Ongoing",
                 "Check Ella's attendance every morning and ring Dana by 9.30am if she has not arrived",
                 "Mrs Rachel Gwynne, DSL, Blanchmoor Primary",
                 "Attendance figure emailed to the SW each Friday; target 95% by the review conference"],
                [V,
                 "Share any worries about the children's care with the SW",
                 "All professionals",
                 "Each concern logged on the children's file"],
                [V,
                 "Keep the kitchen and the children's bedroom clean and clear of rubbish",
                 "Dana Kovač",
                 "Improvement in home conditions"],
                ["By the review conference on 17/02/2026",
                 "Complete a parenting assessment of Dana and Marek, including how Dana's low mood affects "
                 "the children's mornings and meals",
                 "SW Amira Haddad",
                 "Written report shared with the parents and the core group a week before the conference"],
                [V,
                 "Attend the six-week Calmer Parenting course at Blanchmoor Family Hub",
                 "Marek Kovač",
                 "Certificate of attendance copied to the SW"],
                ["ASAP",
                 "Apply to Blanchmoor Homes for a move to a three-bedroom house so that Ella and Filip each "
                 "have a room",
                 "Dana, with help from the SW",
                 "Housing application reference given to the SW"],
                ["By 12/01/2026",
                 "Enrol Filip at Little Acorns Nursery for his 15 funded hours",
                 "–",
                 "Place confirmed in writing; nursery register shared with the SW monthly"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If there is no food in the house when the SW or HV visits, or Filip is found alone or with "
              "only Ella to look after him while Dana is in bed, the SW will ring Marek to come home and "
              "will hold a strategy discussion the same day. If neither parent can care for the children "
              "safely that day, Ella and Filip will be placed together with approved foster carers."),
        ("p", "If Dana tells anyone she is thinking of ending her life, the professional she tells will "
              "ring the Blanchmoor crisis team and the SW straight away, and Marek will stay at home with "
              "the children until the crisis team has seen Dana."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Blanchmoor Primary: 09/12/2025, 06/01/2026 and 03/02/2026.",
            "Review child protection conference: 17/02/2026 at Blanchmoor Council Offices.",
            "If the children's bedroom and Ella's attendance have not improved by the core group on "
            "06/01/2026, the SW will request a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("M001", "Health check for Ella with the school nurse"),
        F("H001", "Home visits to support Dana with her low mood"),
        F("M002", "Sessions at home with Dana on a morning routine"),
        F("T002", "Share any worries about the children's care with the SW"),
        F("W002", "Share any worries about the children's care with the SW"),
        F("T002", "Keep the kitchen and the children's bedroom clean"),
        F("M002", "Keep the kitchen and the children's bedroom clean"),
        F("T002", "Apply to Blanchmoor Homes for a move to a three-bedroom house"),
        F("W001", "Enrol Filip at Little Acorns Nursery for his 15 funded hours"),
        F("F002", "Dana will feel more in control of her mood and able to cope day to day."),
    ],
})


# ---------------------------------------------------------------------------
# 6. First core group plan as markdown: small tables under phase headings
#    ("Weeks 1 to 6", "Weeks 7 to 12", "By the review conference", "Ongoing /
#    as needed"), owner and how often in one cell; faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_burnlow_phase_headings_owner_how_often_whitlock.md",
    "split": "tune",
    "template": "first-core-group-plan-md-phase-h3-headings-weeks-1-to-6-weeks-7-to-12-by-review-conference-ongoing-as-needed-then-who-and-how-often-what-sign-its-working-tables",
    "description": (
        "Plan from the first core group for a 5-year-old and a 6-month-old (neglect, faltering weight, "
        "mother's postnatal depression and cannabis use). Small tables under phase headings ('Weeks 1 to "
        "6', 'Weeks 7 to 12', 'By the review conference on 5 March 2026'), the owner and how often in one "
        "cell. The last heading is 'Ongoing / as needed': three rows there have no other timing (one "
        "'start date tbc'). Also a perinatal nurse who only supports with 'mood is more stable', "
        "'Engagement', a blank measure, 'Family' as owner, and a contingency that sends the children to "
        "their aunt with nothing said if she cannot."
    ),
    "text": """\
# Burnlow Council – Children's Social Care

## Child protection plan: Maisie and Rio Whitlock

*Agreed at the first core group, Tuesday 9 December 2025, Holybrook Children's Centre.
Replaces the outline plan from the initial conference of 25 November 2025.*

| | |
|---|---|
| Children | Maisie Whitlock (5), Reception at Holybrook Infants; Rio Whitlock (6 months) |
| Mum | Jade Whitlock (23), 11 Alder Close, Burnlow |
| Rio's dad | Connor Lyle (25) – lives in Farnby, visits most days |
| Maisie's dad | Not in touch |
| Category | Neglect |
| Social worker | Farah Naseem, Burnlow Children's Social Care |
| Present | Jade, Connor, Farah Naseem (SW), Hannah Stroud (HV), Lorraine Dobbs (perinatal MH nurse), Mrs Tina Ruddock (Holybrook Infants), Gemma Rigby (FSW), Becky Whitlock (Jade's sister, for item 4) |

### What worries us

Rio's weight has dropped from the 50th centile at birth to just under the 9th. He has had a
bad nappy rash twice and has been found asleep on the sofa with Jade. Jade was diagnosed with
postnatal depression in August and takes sertraline; she smokes cannabis most evenings and says
it "takes the edge off". Maisie has been late or not brought to school on 14 days this term
and has told her teacher she "makes the baby's bottle".

### What Maisie tells us, and what we see of Rio

Maisie (seen at school, 2 December): "I help Mummy with Rio because she's tired. I like it
when Auntie Becky takes me to school, she has the radio on." She drew her house with Rio in a
big cot and said she wants "Mummy to play". Rio smiles and babbles at whoever holds him, but
the HV has noticed he is slow to cry when he is hungry and feeds hungrily when he is offered a
bottle.

### What we are aiming for

- Rio's weight climbs back towards his birth centile and he sleeps on his back in his own cot.
- Maisie is at school on time every day and is not making Rio's bottles.
- Maisie and Rio are cared for by a parent who is awake, sober and not under the influence of cannabis.

### Weeks 1 to 6 – 10 December 2025 to 20 January 2026

| Who, and how often | What they will do | What will tell us it's working |
|---|---|---|
| Hannah Stroud, health visitor – weekly | Weigh Rio, watch a feed and check his nappy area and where he sleeps | Rio's weight plotted in his red book each week; Moses basket seen made up at every visit |
| Farah Naseem, social worker – weekly, every other visit unannounced | See Rio and Maisie at home and talk with Maisie on her own about her days | Visit notes with Maisie's words and where Rio slept the night before |
| Becky Whitlock (Jade's sister) – Monday to Friday | Walk Maisie to Holybrook Infants for 8.45am and collect her at 3.15pm | School's drop-off and collection log, checked by Mrs Ruddock |
| Lorraine Dobbs, perinatal mental health nurse – fortnightly | Home visits to support Jade with her low mood and with taking her sertraline | Jade's mood is more stable |

### Weeks 7 to 12 – 21 January to 3 March 2026

| Who, and how often | What they will do | What will tell us it's working |
|---|---|---|
| Gemma Rigby, family support worker – weekly, six sessions | Sessions at home with Jade and Connor on a bath, bottle and bed routine for Rio and a set bedtime for Maisie | Engagement with the sessions |
| Hannah Stroud, health visitor – every 2 weeks | Weigh Rio and start weaning with Jade, using the Burnlow first foods sheet | Weight plotted in the red book; weaning diary seen at each visit |

### By the review conference on 5 March 2026

| Who, and how often | What they will do | What will tell us it's working |
|---|---|---|
| Farah Naseem, social worker | Complete the parenting assessment of Jade and Connor | |
| Family | Have Rio one afternoon a week at Nana June's so Jade can catch up on sleep | Afternoons written in the family diary |

### Ongoing / as needed

| Who, and how often | What they will do | What will tell us it's working |
|---|---|---|
| Jade | Take Rio to Baby Bounce at Holybrook Children's Centre to play with other babies | Children's centre sign-in sheet |
| Burnlow Drug and Alcohol Service – start date tbc | Key-work with Jade on her cannabis use, with urine tests and a written update on how her use affects Rio and Maisie | Test results and the written update sent to the SW |
| Dr Hamid Anand, GP, Burnlow Health Centre | Review Jade's sertraline dose and any side effects | GP letter to the SW with the dose agreed |

### If things go wrong

If Jade is found under the influence of cannabis while she is alone with Rio, Rio is found
asleep on the sofa again, or his weight drops for two weeks in a row, Farah (or the emergency
duty team) will hold a strategy discussion the same day and Maisie and Rio will go to stay with
Becky at 4 Alder Close until it is safe for them to come home.

If there is no change in Rio's weight or in the home by the core group on 20 January 2026,
Farah will ask her manager for a legal planning meeting.

### Next meetings

- Core group every 6 weeks at Holybrook Children's Centre: 20 January 2026 and 3 March 2026, 10am.
- Review child protection conference: Thursday 5 March 2026, Burnlow Town Hall.
""",
    "findings": [
        F("H001", "Home visits to support Jade with her low mood"),
        F("M002", "Home visits to support Jade with her low mood"),
        F("M002", "Sessions at home with Jade and Connor on a bath, bottle"),
        F("M001", "Complete the parenting assessment of Jade and Connor"),
        F("W002", "Have Rio one afternoon a week at Nana June's"),
        F("T002", "Take Rio to Baby Bounce at Holybrook Children's Centre"),
        F("T002", "Key-work with Jade on her cannabis use, with urine tests"),
        F("T002", "Review Jade's sertraline dose and any side effects"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system print: tasks numbered under outcome headings, each with a
#    Lead line, one Start / Review / End line and an Evidence line; faulty
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_bellhaugh_task_print_start_review_end_quayle.txt",
    "split": "tune",
    "template": "icpc-plan-case-system-print-txt-pipe-ruled-header-then-tasks-numbered-under-outcome-headings-lead-line-start-review-end-on-one-line-evidence-line",
    "description": (
        "Case-system print of an initial conference plan for an 11-year-old and an 8-year-old "
        "(stepfather's physical chastisement; mother's epilepsy with seizures at home). Tasks sit under "
        "the outcome they serve, each with a Lead line, one 'Start | Review | End' line and an Evidence "
        "line. Most are sound (a start date with 'End: ongoing' is a real timescale; one task starts "
        "'Each time Jayden comes in with a mark'), but one task is tbc/tbc/tbc, one 'as required', one "
        "has '-' in all three; a blank lead, 'Core group' as lead, a blank evidence line and 'Reviewed at "
        "core group'. No adult service owns a task about the mother's epilepsy, and the review "
        "conference is 'to be arranged'."
    ),
    "text": """\
+----------------------------------------------------------------------+
| BELLHAUGH COUNCIL  |  FamilyView  |  CHILD PROTECTION PLAN           |
| Printed 28/11/2025 10:12 by KMCGILL            Status: CURRENT (v1) |
+----------------------------------------------------------------------+

Subject(s)     Amber QUAYLE   dob 07/01/2014  (11)  FV-558102
               Jayden QUAYLE  dob 15/09/2017  (8)   FV-558103
Household      Nicola QUAYLE (mother, 34)
               Darren PIKE (stepfather, 38) - living at his brother's,
               12 Tay Street, since 06/11/2025 under a written agreement
Address        27 Corbie Lane, Bellhaugh
Conference     ICPC 27/11/2025 - both children subject to a plan
Category       Physical abuse
Key worker     Owen Pritchard, Safeguarding Team 3
Chair          Linda Ramsay


[A] REASON FOR THE PLAN
On 04/11/2025 Jayden came into school with a bruise on his left cheek
and said Darren "slapped me for answering back". Police and social care
carried out a joint section 47 enquiry. Darren accepts he slapped Jayden
and says it is "how I was brought up"; he has also smacked Amber in the
past. Amber says Darren shouts, throws things and calls her names.

Nicola has epilepsy. Her seizures have become more frequent since the
summer (four since August) and she has missed neurology appointments.
On 02/10/2025 she had a seizure while cooking tea and Amber rang 999;
Amber has been staying off school on days her mum "feels funny".


[B] CHILDREN'S VIEWS
Amber (seen alone, 20/11/2025): "I'm not scared of Darren when he's
not here. I'm scared when Mum has a fit and it's just me and Jayden."
She wants Darren to "learn to talk not shout" before he comes back,
and she wants to go to school without worrying about her mum.
Jayden (seen alone, 20/11/2025): "Darren's nice sometimes but he hits
when he's cross. I don't want him to be cross with me." He likes
football and his gran's dog, and said his safe person is Mrs Fox.


[C] OUTCOMES AND TASKS

OUTCOME 1 - Amber and Jayden are not hit, shouted at or frightened at
home.

  Task 1.1  Home visits every two weeks to see Amber and Jayden, each on
            their own, with at least one visit in three unannounced
            Lead ...... Owen Pritchard (SW)
            Start 01/12/2025 | Review 08/01/2026 | End 19/02/2026
            Evidence .. Visit records with each child's words

  Task 1.2  Darren to attend the Choices for Dads course on parenting
            without physical punishment
            Lead ...... Darren Pike; facilitator to report to the SW
            Start tbc | Review tbc | End tbc
            Evidence .. Attendance sheets and end-of-course report to
                        the SW

  Task 1.3  Check Jayden for marks and ask how things are at home,
            telling the SW about any mark or anything he says
            Lead ...... Mrs Elaine Fox, DSL, Moss Lane Primary
            Start: Each time Jayden comes in with a mark or says he has
            been hurt | Review - | End -
            Evidence .. Body map and note on CPOMS, emailed to the SW the
                        same day

  Task 1.4  Tell the SW at once about any incident at the house or any
            time Darren is seen there outside agreed contact
            Lead ...... Core group
            Start 27/11/2025 | Review - | End ongoing
            Evidence .. Each report logged on the children's file

OUTCOME 2 - Amber and Jayden know what to do when their mum has a
seizure, and are never left to cope alone.

  Task 2.1  Write a seizure safety plan for the home with Nicola, Amber
            and Jayden, saying who the children ring and what they do
            Lead ......
            Start 01/12/2025 | Review 08/01/2026 | End 15/01/2026
            Evidence .. Copy of the safety plan on the fridge and on file

  Task 2.2  Nicola to see her GP and rebook her neurology appointment
            about her seizure control
            Lead ...... Nicola Quayle
            Start as required | Review - | End -
            Evidence .. Reviewed at core group

  Task 2.3  Young carers assessment for Amber so that she is not left in
            charge of her brother and her mum
            Lead ...... Kelly Marsh, Bellhaugh Young Carers Service
            Start 08/12/2025 | Review 08/01/2026 | End 05/02/2026
            Evidence ..

OUTCOME 3 - Amber and Jayden are in school every day and have someone
to talk to.

  Task 3.1  Mentoring sessions for Amber with the pastoral mentor about
            her worries and her attendance
            Lead ...... Ms Hana Iqbal, pastoral mentor, Bellhaugh High
            Start - | Review - | End -
            Evidence .. Mentoring log, with Amber's own score out of 10
                        for how worried she feels

  Task 3.2  Six ELSA sessions for Jayden on feelings and keeping safe
            Lead ...... Mrs Elaine Fox, Moss Lane Primary
            Start 05/01/2026 | Review 02/02/2026 | End 13/02/2026
            Evidence .. ELSA notes; Jayden's "safety hand" of five people
                        kept on his file

  Task 3.3  Check Amber's attendance daily and ring Nicola by 9.30am if
            Amber has not arrived
            Lead ...... Mr Gordon Baird, attendance officer, Bellhaugh High
            Start 01/12/2025 | Review 08/01/2026 | End ongoing
            Evidence .. Weekly attendance figure emailed to the SW;
                        target 95%


[D] CONTINGENCY
If Darren comes to 27 Corbie Lane outside agreed contact, or either
child has a mark that is not explained, the SW (or out-of-hours team)
will hold a strategy discussion with the police the same day. Amber and
Jayden will stay with their gran, Sylvia Quayle, at 5 Larch Road, or
with approved foster carers if Sylvia cannot have them. If Darren moves
back in before he has finished Choices for Dads, the SW will ask for a
legal planning meeting within 5 working days.


[E] REVIEW ARRANGEMENTS
Core group .... every 4 weeks: 11/12/2025, 08/01/2026, 05/02/2026
                (Moss Lane Primary, 9.30am)
RCPC .......... to be arranged by the conference team

+----------------------------------------------------------------------+
| END OF PRINT  |  FV-558102 / FV-558103  |  OFFICIAL-SENSITIVE        |
+----------------------------------------------------------------------+
""",
    "findings": [
        F("T002", "Darren to attend the Choices for Dads course"),
        F("W002", "Tell the SW at once about any incident at the house"),
        F("W001", "Write a seizure safety plan for the home with Nicola"),
        F("T002", "Nicola to see her GP and rebook her neurology appointment"),
        F("M002", "Nicola to see her GP and rebook her neurology appointment"),
        F("M001", "Young carers assessment for Amber so that she is not"),
        F("T001", "Mentoring sessions for Amber with the pastoral mentor"),
        F("F004"),
        F("R001"),
    ],
})
