"""Batch 113, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures and timescales are not beside each action. The
measures sit in a separate "How we will know it is working" / "What good
looks like" section or table that refers to the actions by number, or inside
an outcome that the actions sit under ("By October half term Ruby will be in
school every day. The school register will show this."). The timescales are
set once for a whole table, stage or section ("All of the actions in the
table below are to be done within six weeks of this conference", stage
banners "Before Nia is discharged from SCBU" / "Weeks 1 to 4 at home", a
column headed "By 12/01/2026 we will see", a six-week grid with ticks in the
week columns, "NEW actions are due by the next core group"). Several plans
are for disabled or non-verbal children and a premature baby going home on
oxygen and tube feeds, where the child's voice is observation, objects of
reference, PECS, Talking Mats and an eye-gaze device.

Four plans are exemplary: a Word ICPC plan for a non-verbal autistic girl
with an action table under one six-week deadline and a separate numbered
"How we will know it is working" list (docx); a SCBU pre-discharge plan in
three stage banners with a "What good looks like" column (pdf); a core group
six-week tick grid with a "What good looks like" list by number (md); a
landscape plan for a 14-year-old with cerebral palsy who uses eye-gaze, with
a last column headed "By 12/01/2026 we will see" (pdf). Three carry a
realistic mix of faults among mostly good actions: core group minutes whose
action log mixes C/F and NEW lines, with a measures list that misses one
action (txt); a parent-centred term-by-term plan with measures inside the
goals (md); and a staged plan for a toddler with cystic fibrosis whose third
stage has no timescale and whose measures table misses two actions (docx).

How the layouts were read (labels): a timescale stated once for a table,
stage or section is the timescale of every action in it (a line that is
outside that statement, such as a carried-forward line in the minutes, has
none unless it gives its own); a measure given for an action by its number
in a separate measures section is that action's measure, and an action that
section leaves out has none (M001) unless its own text gives one; a measure
written inside a goal heading is the measure of the actions under that goal.

Counting actions (convention 1): each live row of an action table or grid
(not stage banner rows) and each numbered item of an action section or
action log. Not counted: the measures sections, the contingency, the meeting
dates, and a one-off action marked done and closed (one line in the minutes).
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 7-year-old autistic girl who does not
#    speak; mother's depression; found outside at dawn twice. One action
#    table under a single six-week deadline, then a separate numbered "How
#    we will know it is working" list. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_gammerwick_icpc_actions_then_how_we_will_know_brennan.docx",
    "doc_title": "Child Protection Plan - Zara Brennan",
    "split": "tune",
    "actions": 11,
    "template": "icpc-word-plan-numbered-sections-details-list-why-what-zara-has-shown-us-pecs-talking-mats-outcomes-then-three-column-no-what-who-table-under-one-six-week-deadline-then-separate-numbered-how-we-will-know-it-is-working-list-by-action-number-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 7-year-old autistic girl with a severe learning "
        "disability who does not use spoken words, whose mother has depression and stopped her "
        "medication; she was twice found in the road at dawn and her weight has fallen. The action "
        "table has only No. / What will happen / Who: one sentence above it sets a single deadline "
        "for the whole table (within six weeks, by 13/11/2025) unless a row says how often, and a "
        "separate 'How we will know it is working' list gives the measure for every action by its "
        "number. Her voice is what she has shown with PECS, Makaton, a Talking Mat and by leading "
        "adults by the hand. The CMHT psychiatrist assesses capacity to change, the GP owns an "
        "action, the grandmother's Saturdays have a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gammerwick Metropolitan Borough Council – Children's Services – Disabled Children's Team"),
        ("kv", [
            ("Child", "Zara Brennan, born 03/02/2018 (7 years)"),
            ("Address", "41 Tansley Road, Gammerwick GM3 9PL"),
            ("Mother", "Leanne Brennan (34)"),
            ("Father", "Dominic Hale; has not seen Zara since 2020 and was invited to conference but did not reply"),
            ("Maternal grandmother", "Pat Brennan, 17 Linnet Close, Gammerwick (two bus stops away)"),
            ("School", "Harebell Lane School (special school), Class 3. Class teacher: Mr Dale Pritchard"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "Thursday 02/10/2025. Chair: Anjali Mistry (IRO)"),
            ("Social worker", "Nadia Farouk, Disabled Children's Team (team manager: Robert Keane)"),
        ]),
        ("h1", "1. Why Zara has a child protection plan"),
        ("p", "Zara is autistic and has a severe learning disability. She does not use spoken words. She "
              "communicates with her PECS book, with about twenty Makaton signs and by taking an adult by the "
              "hand to what she wants. She needs an adult with her at all times because she has no sense of "
              "danger near roads or water."),
        ("p", "Leanne has been very low since Zara's father's contact stopped and her own father died last "
              "winter. She stopped taking her antidepressant in June and has told her GP that she sleeps for most "
              "of the morning. On 03/09/2025 and again on 19/09/2025 neighbours found Zara in Tansley Road at "
              "about 6am, barefoot and in her pyjamas; the front door had been left unlocked. Zara has missed her "
              "last two dietitian appointments and a special care dental appointment. She eats only a few foods, "
              "and her weight has fallen from the 9th centile in March to below the 2nd. School say she often "
              "arrives hungry and in the clothes she wore the day before."),
        ("p", "What is going well: Leanne knows Zara very well and can read her moods better than anyone. Pat has "
              "Zara every Saturday and Zara is happy there. Leanne went back to her GP on 22/09/2025 and agreed to "
              "be referred to the Community Mental Health Team. Harebell Lane School know Zara well and give her "
              "breakfast."),
        ("h1", "2. What Zara has shown us"),
        ("p", "At home on 26/09/2025 Zara took Nadia by the hand to the fridge and pointed to the yoghurts, then "
              "used the Makaton sign for “more” four times. She flapped her hands and hummed while Leanne sang to "
              "her, and sat close to Leanne on the settee for the rest of the visit."),
        ("p", "At school on 29/09/2025 Zara worked with her speech and language therapist on a Talking Mat with "
              "picture symbols. She put “Nana's house”, “swimming” and “yoghurt” under the thumbs-up symbol. She "
              "put “bedtime” and “morning” under the thumbs-down symbol, and pushed the “morning” card off the "
              "mat twice. Her teacher says she bites her wrist when she is hungry or upset, and that this has "
              "happened most mornings this term."),
        ("p", "From her PECS book, the card Zara hands over most often at school is “drink”; at Nana's house, Pat "
              "says, it is “swing”."),
        ("h1", "3. What we want for Zara"),
        ("bullets", [
            "Zara is safe at home at night and in the early morning and cannot get out on to the road on her own.",
            "Zara eats enough to grow, and her weight is back on the 9th centile by the review conference.",
            "Zara gets to every health and dental appointment she needs.",
            "Zara is cared for every day by an adult who is well enough to get her up, fed, dressed and to school.",
            "Everyone who looks after Zara understands how she communicates and uses her PECS book and signs.",
        ]),
        ("h1", "4. The plan"),
        ("p", "All of the actions in the table below are to be done within six weeks of this conference, that is "
              "by 13/11/2025, unless the action says how often it happens; those actions carry on until the "
              "review conference. Section 5 says how we will know that each action is working, using the same "
              "numbers."),
        ("table", {
            "header": ["No.", "What will happen", "Who will do it"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["1", "Visit Zara at home every week, at different times of day, with an early-morning visit "
                      "(before 8am) in every fortnight, and see her bedroom and the door locks",
                 "Nadia Farouk, social worker"],
                ["2", "Fit a door alarm and key-operated locks to the front and back doors of 41 Tansley Road, and "
                      "show Leanne how to set the alarm each night",
                 "Craig Allott, Gammerwick Home Safety Service (referral made by Nadia Farouk)"],
                ["3", "See Zara at school every Wednesday with her PECS book and a Talking Mat about home, bedtime, "
                      "food and Nana's house, and write down the choices she makes",
                 "Bethan Howells, speech and language therapist, Harebell Lane School"],
                ["4", "Weigh Zara at school every two weeks and agree a written food plan with Leanne and the school "
                      "kitchen, using the foods Zara will eat",
                 "Grace Obi, paediatric dietitian, Gammerwick Community Children's Services"],
                ["5", "Book Zara's special care dental appointment and take her to it",
                 "Leanne Brennan (Mum)"],
                ["6", "Write in Zara's home-school diary every school day what she ate, how she slept and how she "
                      "was, in the morning at home and during the day at school",
                 "Leanne Brennan (Mum), with Mr Dale Pritchard, class teacher"],
                ["7", "See Leanne, review her treatment for depression, and assess whether she can make the "
                      "changes Zara needs and how long that is likely to take",
                 "Dr Imran Sheikh, consultant psychiatrist, Gammerwick Community Mental Health Team (North)"],
                ["8", "Tell the social worker within two working days if Leanne misses a medication review or does "
                      "not collect a prescription",
                 "Dr Helen Marsh, GP, Quarry Hill Surgery"],
                ["9", "Have Zara every Saturday from 10am to 5pm so that Leanne can rest, and take her swimming",
                 "Pat Brennan (maternal grandmother)"],
                ["10", "Refer Zara to the Disabled Children's Team short breaks panel for an assessment for "
                       "overnight short breaks",
                 "Nadia Farouk, social worker"],
                ["11", "Check every morning that Zara arrives clean, fed and in clean clothes, and phone the social "
                       "worker the same day with any worry",
                 "Mrs Ruth Kennedy, designated safeguarding lead, Harebell Lane School"],
            ],
        }),
        ("h1", "5. How we will know it is working"),
        ("p", "The numbers are the action numbers in section 4. Nadia will bring this list to every core group and "
              "mark each line as seen, partly seen or not seen."),
        ("bullets", [
            "Action 1: visit records show Zara seen every week, one early-morning visit in each fortnight, the "
            "doors seen locked at the early visits and Zara's bedroom seen clean and safe.",
            "Action 2: the alarm and the locks are seen fitted and working by 13/11/2025, and the alarm's "
            "night log, read by Nadia at each visit, shows the doors opened at night only when Leanne was up.",
            "Action 3: Bethan's notes and photographs of Zara's Talking Mats are sent to Nadia after each "
            "session, and Zara's choices are read out at every core group.",
            "Action 4: Zara's weight is recorded every two weeks and is on the 2nd centile or above by "
            "13/11/2025; the food plan is on file by 23/10/2025.",
            "Action 5: the dental clinic confirms in writing that Zara was seen, by 13/11/2025.",
            "Action 6: the diary comes into school every school day with the morning filled in; Nadia reads it "
            "each week.",
            "Action 7: Dr Sheikh's written report is on file by 13/11/2025 and says whether Leanne can make the "
            "changes Zara needs, what help she needs to do it and how long it is likely to take.",
            "Action 8: Dr Marsh's e-mails are on file; Nadia checks with the surgery before each core group that "
            "no missed review has gone unreported.",
            "Action 9: Pat writes in the home-school diary after each Saturday; Nadia sees the entries at her "
            "Monday visit.",
            "Action 10: the panel's decision letter is on file and, if short breaks are agreed, the date of "
            "Zara's first overnight stay is known by 13/11/2025.",
            "Action 11: school sends Nadia a weekly sheet every Friday; any same-day call is logged on CPOMS.",
        ]),
        ("h1", "6. If things go wrong"),
        ("p", "If Zara is found outside on her own again, the door alarm is found switched off at a visit, Zara is "
              "not ready for the school bus on two days in one week, or Leanne tells anyone that she has thoughts "
              "of harming herself, Nadia (or the duty social worker) will hold a strategy discussion the same day. "
              "Zara will stay with Pat at 17 Linnet Close until it has taken place, and the Community Mental Health "
              "Team crisis line will be asked to see Leanne that day."),
        ("p", "If Pat cannot have Zara (she is ill, away, or cannot manage), Nadia will arrange the emergency bed "
              "at Oak Tree House short breaks unit the same day, or, if it is full, a foster carer from the "
              "Disabled Children's Team's link carer scheme."),
        ("p", "If Zara's weight has not risen by the review conference, or Dr Sheikh's report says Leanne cannot "
              "make the changes Zara needs within Zara's timescale, Nadia will ask Robert Keane for a legal "
              "planning meeting within five working days to decide whether to start the Public Law Outline."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm at Harebell Lane School: 16/10/2025, 13/11/2025 "
            "and 11/12/2025. Zara's Talking Mat choices will be the first item each time.",
            "Review child protection conference: Thursday 18/12/2025, 10am, Gammerwick Civic Centre.",
        ]),
        ("p", "Plan agreed at the initial child protection conference on 02/10/2025. Copies to Leanne, Pat and "
              "everyone named in section 4."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan for a premature baby on the special care baby unit, going home on
#    tube feeds and low-flow oxygen; mother's EUPD and self-harm, father's
#    cannabis. One table in three stage banners, each banner giving the
#    stage's timescale, with a "What good looks like" column. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_glossendale_scbu_discharge_stage_banners_mensah.pdf",
    "doc_title": "Child Protection Plan - Baby Nia Mensah",
    "split": "tune",
    "actions": 14,
    "template": "scbu-pre-discharge-cp-plan-paged-header-footer-details-list-why-going-well-nias-days-on-the-unit-outcomes-then-what-who-what-good-looks-like-table-three-stage-banner-rows-before-discharge-weeks-1-to-4-weeks-5-to-12-each-banner-the-timescale-contingency-by-stage-meetings",
    "description": (
        "Exemplary initial conference plan for a baby born at 31 weeks, still on the special care "
        "baby unit and going home on tube and bottle feeds, daily medicines and low-flow oxygen. "
        "Her mother has emotionally unstable personality disorder and has self-harmed; her father "
        "smokes cannabis every day. One table (What will happen / Who / What good looks like) is "
        "split by three merged stage banners, and each banner gives the timescale for every action "
        "in it: 'Before Nia is discharged from SCBU', 'Weeks 1 to 4 at home', 'Weeks 5 to 12 at "
        "home (to 02/02/2026)'; rows give a frequency where the action repeats. The baby's voice is "
        "what nurses and the SW see at her cares. The CMHT psychologist assesses capacity to change "
        "twice, the drug service reports on change, the GP owns an action, the grandmother's nights "
        "have a fallback, legal planning follows named triggers, meeting dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Glossendale City Council – Children's Services",
    "footer": "Nia Mensah – child protection plan agreed 21/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan: Nia, before and after she comes home"),
        ("kv", [
            ("Baby", "Nia Mensah, born 18/09/2025 at 31 weeks and 2 days; now on the Special Care Baby Unit "
                     "(Ward 21), Glossendale Royal Infirmary"),
            ("Mother", "Chantelle Mensah (20), Flat 6, Prior's Court, Glossendale GL5 2TE"),
            ("Father", "Jordan Clarke (23), same address; has parental responsibility"),
            ("Paternal grandmother", "Marcia Clarke, 88 Wellfield Road, Glossendale"),
            ("Legal status", "Nia is on the unit with her parents' agreement. She is not looked after."),
            ("Category", "Neglect"),
            ("Initial conference", "Tuesday 21/10/2025, held at the hospital. Chair: Stephen Oyelaran (IRO)"),
            ("Social worker", "Rhiannon Tait, Children's Safeguarding Team 2 (team manager: Gareth Pugh)"),
            ("Consultant", "Dr Miriam Ashby, consultant neonatologist"),
        ]),
        ("h1", "Why Nia has a plan"),
        ("p", "Chantelle has a diagnosis of emotionally unstable personality disorder. She took an overdose when "
              "she was 26 weeks pregnant and has cut herself twice since Nia was born, the last time in the "
              "parents' room on the unit on 09/10/2025. Jordan smokes cannabis every day and has twice come on to "
              "the unit smelling strongly of it. Nia will go home needing a feed every three hours, day and night, "
              "some by nasal tube at first; vitamins and iron every day; and oxygen through nasal cannulas from a "
              "cylinder, which must never be near a flame or smoke. Her parents will have to do all of this "
              "safely in a flat where nobody smokes."),
        ("h1", "What is going well"),
        ("p", "Chantelle and Jordan have visited Nia every day. Chantelle now gives most of the day-time tube "
              "feeds and is gentle and careful with the tube. Jordan has done four night feeds and changes Nia "
              "with confidence. Marcia has been to the unit twice a week and has done the oxygen training with "
              "the nurses. Chantelle agreed at conference to see the Community Mental Health Team, and Jordan "
              "has booked an appointment with the drug and alcohol service."),
        ("h1", "Nia's days on the unit"),
        ("p", "Nia weighs 1.68kg and is in a cot, not an incubator. The nurses' notes and the SW's visits "
              "(15/10/2025 and 18/10/2025) show that Nia settles within a minute to Jordan's voice, and that her "
              "oxygen needs go down while she is skin to skin with Chantelle. She startles, goes pale and her "
              "oxygen level drops when the bay is noisy or she is handled quickly. She has started to root and "
              "suck at the 9am and 3pm bottle feeds and tires after about 20ml. On the two days Chantelle did not "
              "come in before midday (after the incident on 09/10/2025), the nurses noted that Nia was unsettled "
              "and slow to feed until she was held."),
        ("h1", "What we want for Nia"),
        ("bullets", [
            "Nia goes home only when her parents can give every feed, medicine and oxygen check safely, day and "
            "night.",
            "Nia keeps gaining weight after she comes home, following the 9th centile line.",
            "Nia lives in a home where nobody smokes and her oxygen is stored and used safely.",
            "Nia is looked after at all times by an adult who is well enough and sober enough to notice and "
            "answer her.",
            "Nia's follow-up, eye screening and immunisation appointments are all kept.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("p", "The plan has three stages. The timescale for each stage is in its banner: every action in a stage "
              "is to be done within that stage, and actions that repeat say how often. The right-hand column "
              "says what good looks like, that is what the core group will see when the action is working."),
        ("table", {
            "header": ["What will happen", "Who", "What good looks like"],
            "widths": [7.0, 4.2, 5.8],
            "rows": [
                ["Stage 1 – Before Nia is discharged from SCBU (discharge expected in the week beginning "
                 "10/11/2025). Nia will not go home until every action in this stage is done.", H, H],
                ["Visit Nia on the unit twice a week, at different times of day, and see her with her parents at "
                 "a care time",
                 "Rhiannon Tait, SW",
                 "Visit notes record Nia seen twice a week and how each parent handled her cares and feed"],
                ["Teach Chantelle and Jordan tube and bottle feeding, Nia's medicines and the use and storage of "
                 "her home oxygen; then have them room in and do all of her cares for 48 hours",
                 "Sister Jo Kerridge, SCBU discharge co-ordinator",
                 "Competency checklist signed for each parent; the rooming-in record shows every feed and "
                 "medicine given on time and the oxygen checked at every care time"],
                ["Assess how Chantelle's personality disorder affects her care of Nia, whether she can make the "
                 "changes Nia needs and in what time, and agree a written crisis plan with her",
                 "Dr Lewis Harker, clinical psychologist, Glossendale Community Mental Health Team",
                 "Written assessment and crisis plan sent to the SW and the unit before the discharge planning "
                 "meeting on 04/11/2025"],
                ["Assess Jordan's cannabis use, start urine screens and report on what still needs to change "
                 "before Nia comes home",
                 "Sam Okoro, recovery worker, Glossendale Drug and Alcohol Service",
                 "Screen results and a written report to the SW before the discharge planning meeting"],
                ["Visit Prior's Court to check the cot, where the oxygen will be kept and that the flat is "
                 "smoke-free, and book a fire service home safety visit",
                 "Lorna Bell, health visitor",
                 "Home visit record on file; cot made up, no smell of smoke, cylinder store away from heat; fire "
                 "service visit certificate on file"],
                ["Stage 2 – Weeks 1 to 4 at home (from the day Nia is discharged)", H, H],
                ["Visit Nia at home every week, one visit in two unannounced, and see her awake",
                 "Rhiannon Tait, SW",
                 "Visit records show Nia seen awake every week, her home chart read and her oxygen in use"],
                ["Visit twice a week to check Nia's oxygen levels, feeding and weight",
                 "Kerry Lam, neonatal outreach nurse",
                 "Weight plotted at each visit and on or above the 9th centile; oxygen levels recorded within "
                 "the range Dr Ashby set"],
                ["Write every feed, medicine and oxygen check on Nia's home chart as it happens",
                 "Chantelle and Jordan",
                 "Chart read at every SW and outreach visit; no gap between feeds longer than three and a half "
                 "hours"],
                ["Stay at Prior's Court every Friday and Saturday night and do the 2am and 5am feeds so that "
                 "Chantelle can sleep",
                 "Marcia Clarke (paternal grandmother)",
                 "Marcia signs the home chart for each night feed she gives"],
                ["See Jordan for key-work and a urine screen every week, and report before each core group on "
                 "whether he has stopped using cannabis and what that means for Nia",
                 "Sam Okoro, recovery worker, Glossendale Drug and Alcohol Service",
                 "Screens negative; written report on file two working days before each core group"],
                ["Stage 3 – Weeks 5 to 12 at home (to 02/02/2026)", H, H],
                ["Visit Nia at home every two weeks and see her awake and being fed",
                 "Rhiannon Tait, SW",
                 "Visit records for every second week, with what Nia was doing and how her parents responded "
                 "to her"],
                ["Weigh Nia at Wellfield Road clinic every week and check her development at eight weeks "
                 "corrected age",
                 "Lorna Bell, health visitor",
                 "Weights in the red book on or above the 9th centile; development check record sent to the SW"],
                ["Give Nia her immunisations on time and tell the SW within two working days of any missed "
                 "appointment",
                 "Dr Farida Islam, GP, Prior's Lane Medical Centre",
                 "Immunisation record up to date at each core group; no missed appointment left unreported"],
                ["See Chantelle again and give a second view on whether she is making the changes Nia needs "
                 "within Nia's timescale",
                 "Dr Lewis Harker, clinical psychologist, Glossendale Community Mental Health Team",
                 "Second written report to the core group by 06/01/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "Before discharge: if either parent has not passed the competency checklist, Chantelle self-harms, "
              "or Jordan comes on to the unit under the influence of cannabis, Nia stays on the unit and discharge "
              "is put back. Rhiannon will hold a strategy discussion with the unit the same day."),
        ("p", "After discharge: if Nia loses weight at two weighs in a row, her chart shows a gap of more than four "
              "hours between feeds, her oxygen is found switched off or anyone is found smoking in the flat, "
              "Chantelle self-harms or says she has thoughts of harming Nia, or Jordan has a positive screen, "
              "Rhiannon will hold a strategy discussion the same day. Until it has taken place Nia will be cared "
              "for at the flat with Marcia staying there, and the outreach team will check Nia that day. If Nia "
              "is unwell she goes straight back to the children's ward."),
        ("p", "If Marcia cannot stay (she is ill, away, or it is too much for her), Rhiannon will arrange for Nia "
              "and Chantelle to go to a Glossendale parent and baby foster placement the same day or, if "
              "Chantelle cannot go, for Nia to go to a foster carer whom the outreach team has trained in her "
              "oxygen and feeds."),
        ("p", "If by the review conference Nia is below the 2nd centile, Jordan is still using cannabis, or Dr "
              "Harker's second report says Chantelle cannot make the changes within Nia's timescale, Rhiannon "
              "will ask Gareth Pugh for a legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meeting and first core group: Tuesday 04/11/2025, 2pm, Ward 21 seminar room.",
            "Core group after discharge every four weeks: 02/12/2025 and 06/01/2026, 2pm, Wellfield Road clinic.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Glossendale Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan for a 4-year-old with epilepsy who does not speak;
#    father drinks on the nights he cares for him alone. A six-week grid with
#    ticks in week columns, then "What good looks like" by action number.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_grimbleford_core_group_six_week_tick_grid_haworth.md",
    "split": "tune",
    "actions": 10,
    "template": "core-group-plan-md-details-bullets-why-leos-world-communication-passport-outcomes-numbered-then-six-week-grid-table-no-what-lead-and-six-week-beginning-columns-with-ticks-then-what-good-looks-like-numbered-list-matching-the-grid-contingency-bullets-meetings",
    "description": (
        "Exemplary core group plan for a 4-year-old with epilepsy and global developmental delay "
        "who does not speak; his father drank and did not wake for a long night-time seizure while "
        "his mother was at work. The core group wrote the next six weeks as a grid: each action has "
        "a lead and a tick in the week columns (headed by their Mondays) in which it happens, with "
        "no When or Measure column; a 'What good looks like' list below gives the measure for each "
        "action by its number. Leo's voice is his objects of reference, his communication passport "
        "and what the nursery and the SW have seen. The alcohol service reports on capacity to "
        "change, the GP owns an action, the grandmother's nights have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Leo Haworth – core group plan for the next six weeks

**Grimbleford Borough Council · Children's Services · Children with Disabilities Social Work Team**

- **Child:** Leo Haworth, 4 (born 22/05/2021). Global developmental delay and epilepsy; no spoken words.
- **Lives with:** Sophie Haworth (Mum, 31; night care assistant, Monday to Wednesday nights) and Craig Haworth
  (Dad, 36), 27 Sorrel Bank, Grimbleford GR6 3JT
- **Nana:** Janet Pickles (Sophie's mum), 3 Ferncliffe Row, Grimbleford
- **Nursery:** Bluebell Specialist Nursery, Rowan Street (Monday to Friday mornings)
- **Child protection plan since:** initial conference on 30/09/2025, category neglect
- **This grid:** agreed at the first core group on 14/10/2025, for the weeks beginning 20/10/2025 to 24/11/2025
- **Social worker:** Marcus Olatunji (team manager: Claire Hebden)

## Why Leo is on a plan

Leo has seizures most weeks. If a seizure lasts five minutes he must be given buccal midazolam, and an ambulance
called. On the night of 13/09/2025, while Sophie was at work, Leo had a long seizure in bed. Craig had drunk
most of a bottle of vodka and did not hear the seizure alarm, which was unplugged; Leo's cousin, staying the
night, woke him. When the paramedics came, Leo's midazolam was out of date. Leo was on the children's ward at
Grimbleford General for two nights. Leo has missed two of his last three epilepsy clinic appointments, and
Craig has told the GP that he drinks most nights.

## Leo's world

Leo does not use words. He uses objects of reference: he brings a cup when he wants a drink, a spoon for food
and his coat when he wants to go out. His communication passport says that he laughs and rocks when he is
happy, covers his ears and screams when a room is loud, and bangs his head on the floor when he is tired or in
pain.

At the home visit on 09/10/2025 Leo heard Nana's car, fetched his coat and stood at the door with it. He sat
on Janet's knee for most of the visit and pushed Craig's hand away when Craig tried to pick him up. At nursery
on 10/10/2025 he chose the bubbles and the swing from a choice of three objects. His key worker says Leo is
more unsettled and hungrier on Tuesday, Wednesday and Thursday mornings, after the nights Sophie works, and
that he falls asleep at the snack table on those days.

## What we want for Leo

1. Leo is cared for, day and night, by a sober adult who knows his seizure plan and can give his midazolam.
2. Leo's seizure alarm is on every night, and in-date midazolam goes everywhere he goes.
3. Leo gets to every epilepsy and development appointment.
4. Leo's objects of reference and his choice board are used at home, at nursery and at Nana's, so that he
   can tell the adults around him what he wants.

## The six-week grid

Each column is a week, headed by its Monday. A tick means the action happens in that week; a tick in every
column means every week until the core group on 24/11/2025, which will write the next grid. How we will know
each action is working is in the next section, under the same number.

| No. | What will happen | Lead | 20/10 | 27/10 | 03/11 | 10/11 | 17/11 | 24/11 |
|---|---|---|---|---|---|---|---|---|
| 1 | Home visit to see Leo, one visit in two unannounced, including one evening visit on a night Sophie works | Marcus Olatunji (SW) | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
| 2 | Go through Leo's seizure care plan with Sophie, Craig and Janet at home, and watch each of them give a practice dose with a training syringe | Ruth Anders (epilepsy nurse specialist, Grimbleford Children's Hospital) | ✓ | | | | ✓ | |
| 3 | Take Leo to his epilepsy clinic appointment on Wednesday 05/11/2025 | Sophie Haworth (Mum) | | | ✓ | | | |
| 4 | Key-work and a breath test with Craig every week, and a written report to the core group on whether he is making the changes Leo needs and how long that is likely to take | Aled Price (recovery worker, Grimbleford Alcohol Recovery Service) | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
| 5 | Drink no alcohol at all on the Monday, Tuesday and Wednesday nights when he cares for Leo, and give a breath test to Janet when she arrives | Craig Haworth (Dad) | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
| 6 | Stay at Sorrel Bank from 7pm on each night Sophie works, and sleep in the room next to Leo's | Janet Pickles (Nana) | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
| 7 | Keep Leo's seizure log at nursery, check every morning that his in-date midazolam is in his bag, and tell the SW the same day if it is not | Kirsty Doyle (key worker, Bluebell Specialist Nursery) | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
| 8 | Refer Leo to the Grimbleford short breaks service for a weekend short break assessment | Marcus Olatunji (SW) | ✓ | | | | | |
| 9 | Make Leo a picture choice board for home and show Sophie, Craig and Janet how to use it with him | Beth Sandhu (speech and language therapist, Rowan Street Children's Centre) | | ✓ | | ✓ | | |
| 10 | Send the SW and the alcohol service Craig's alcohol history and his liver blood test results (Craig has agreed) | Dr Tom Ferriday (GP, Ferncliffe Surgery) | | ✓ | | | | |

## What good looks like (numbers match the grid)

1. Visit records for all six weeks show Leo seen, three of the visits unannounced and one on a night Sophie
   was at work, with what Leo did and how each adult responded to him.
2. Ruth's training record is signed for Sophie, Craig and Janet in week 1 and again in week 5, each of them
   having given the practice dose correctly.
3. The clinic letter from 05/11/2025 is sent to Marcus and shows that Leo was seen.
4. Aled's written report is on file before the core group on 24/11/2025, with every breath test result and his
   view of how long further change will take.
5. Every breath test taken on a Monday, Tuesday or Wednesday evening reads zero (Janet writes the reading on the
   night sheet), and no sign of drink is seen at the evening visit.
6. Janet signs the night sheet in Leo's folder each night she stays; Marcus checks it every week.
7. The nursery seizure log and a "midazolam in bag" tick for every morning, seen by Marcus each Friday; any
   missing dose reported to him the same day.
8. The short breaks service's acceptance letter is on file and the date of Leo's assessment visit is known by
   the core group on 24/11/2025.
9. The choice board is seen in use at home at a visit in week 5 or week 6, and Beth's notes of both sessions are
   on file.
10. The GP letter with the blood test results is on file by the end of week 2 (31/10/2025).

## If things go wrong

- **If Craig has a positive breath test, is found to have been drinking on a night he is caring for Leo, or
  the seizure alarm is found unplugged:** Craig will not care for Leo alone again until the core group agrees
  it; Janet or Sophie stays with Leo that night, and Marcus holds a strategy discussion the same day.
- **If Leo has a seizure that needs midazolam and it is not with him or is out of date:** whoever finds this
  tells Marcus or the duty team the same day, a new supply is collected from the GP that day, and a strategy
  discussion is held within one working day.
- **If Janet cannot stay on a night Sophie works** (she is ill, away, or it is too much for her): Sophie does
  not go to work that night (her manager at Oakdene Care Home has agreed this in writing). If neither of them
  can be with Leo, Marcus arranges the emergency bed at Ash Lodge short breaks house, or a foster carer with
  epilepsy training, for that night.
- **If things do not change:** if Craig has two positive breath tests in the six weeks, or Aled's report says
  he cannot make the changes within Leo's timescale, Marcus will ask Claire Hebden for a legal planning meeting
  within five working days.

## Meetings

- Core group every four to six weeks at Bluebell Specialist Nursery, 1pm: 14/10/2025 (this grid), 24/11/2025
  (the next grid), then every four weeks.
- Review child protection conference: Tuesday 16/12/2025, 10am, Grimbleford Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan for a 14-year-old with cerebral palsy who uses an eye-gaze device;
#    father, his only carer, exhausted and depressed; bruising and a pressure
#    sore. Landscape table whose last column is headed "By 12/01/2026 we will
#    see", the review date being the timescale of every one-off row.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_grassingley_disabled_teen_by_review_date_column_novak.pdf",
    "doc_title": "Child Protection Plan - Kacper Novak",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "template": "icpc-disabled-teenager-plan-paged-landscape-header-footer-details-list-about-kacper-why-what-kacper-has-told-us-eye-gaze-outcomes-then-no-what-will-happen-and-how-often-who-leads-table-last-column-headed-by-12-01-2026-we-will-see-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old with quadriplegic cerebral palsy who "
        "does not speak and uses an eye-gaze device; his father, his only carer since his mother "
        "died, is exhausted and depressed, and school found fingertip bruising and a pressure sore. "
        "A landscape table with no When column: each row says how often where it repeats ('at each "
        "contact', 'every Thursday'), one sentence makes the review date the timescale of every "
        "other row, and the last column is headed 'By 12/01/2026 we will see'. Kacper's voice is "
        "his eye-gaze answers and what carers see. The CBT therapist reports on change, adult "
        "social care does a carer's assessment, the GP owns an action, the aunt's Sundays have a "
        "fallback, legal planning follows named triggers, meeting dates are set."
    ),
    "header": "Grassingley County Council – Children with Disabilities Service – OFFICIAL-SENSITIVE",
    "footer": "Kacper Novak – child protection plan from the conference on 14/10/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Young person", "Kacper Novak, 14 (born 11/06/2011)"),
            ("Address", "5 Kestrel Walk, Grassingley GS7 1QD"),
            ("Lives with", "his father, Pawel Novak (46), his only carer since Kacper's mother Agnieszka died in 2022"),
            ("Aunt", "Marta Zielinska (Pawel's sister), 30 Holt Lane, Grassingley"),
            ("School", "Grassingley Park School (special school), Year 9"),
            ("Short breaks", "Willowgarth House, one night a fortnight at present"),
            ("Category", "Physical abuse and neglect"),
            ("Initial conference", "Tuesday 14/10/2025. Chair: Deborah Laing (IRO). Polish interpreter: Jan Mroz"),
            ("Social worker", "Ifeoma Nwachukwu, Children with Disabilities Team (team manager: Alan Royle)"),
        ]),
        ("h1", "About Kacper"),
        ("p", "Kacper has quadriplegic cerebral palsy. He uses a wheelchair, is fed through a gastrostomy and needs "
              "a hoist to move. He does not speak. He communicates with an eye-gaze device that has a page of about "
              "sixty words and pictures, by looking up for “yes” and away for “no”, and with his face and voice. He "
              "loves Polish rap, football on television and the hydrotherapy pool at school."),
        ("h1", "Why there is a plan"),
        ("p", "On 23/09/2025 school staff found fingertip-shaped bruises on both of Kacper's upper arms and a grade 2 "
              "pressure sore at the base of his spine. Pawel said the hoist sling tore in July and that he has been "
              "lifting Kacper on his own. He sleeps about four hours a night because he gets up to turn Kacper. "
              "His GP started him on sertraline for depression in August, and he told the conference he “cannot "
              "go on like this”. Kacper has missed three gastrostomy clinic appointments and has lost 3kg since "
              "June. Willowgarth cut his short breaks from weekly to fortnightly in the summer because of staffing."),
        ("p", "What is going well: Pawel loves Kacper, knows his routines and his feeds, and asked for help himself "
              "at the conference. Marta helps on Sundays. School know Kacper well and noticed the marks at once."),
        ("h1", "What Kacper has told us"),
        ("p", "Seen on his own at school with his teacher and Ifeoma on 07/10/2025, using his eye-gaze device: asked "
              "about the marks on his arms, Kacper chose “arm” and “hurt”, then “Dad”, “tired” and “sorry”. Asked "
              "what he likes, he chose “Willowgarth”, “swimming” and “Dad”. He looked away, his “no”, when asked "
              "whether he wanted to sleep somewhere else, and looked up, his “yes”, when asked whether he wanted "
              "more nights at Willowgarth."),
        ("p", "Staff at Willowgarth say Kacper tenses and cries out when he is moved in a hurry, and relaxes and "
              "smiles when he is told what is going to happen first. He smiles and turns his head when he hears "
              "his father's voice in the corridor at school."),
        ("h1", "What we want for Kacper"),
        ("bullets", [
            "Kacper is moved safely, with the hoist, by people who know how, and has no more bruises.",
            "Kacper's pressure sore heals and his skin stays healthy.",
            "Kacper gets his feeds and goes to every clinic appointment, and gets back to his June weight.",
            "Kacper lives with a dad who has enough rest and help to look after him safely.",
            "Kacper can tell the adults around him when he is hurt, scared or wants them to stop.",
        ]),
        ("h1", "The plan"),
        ("p", "Where a row says how often, or by when, that is its timescale. Every other action is to be done by "
              "12/01/2026, the date of the review conference. The last column is what the core group expects to "
              "see by then."),
        ("table", {
            "header": ["No.", "What will happen, and how often", "Who leads", "By 12/01/2026 we will see"],
            "widths": [1.1, 9.4, 6.2, 9.0],
            "rows": [
                ["1", "Visit Kacper at home every week, once a fortnight at bath or bedtime, and see him on his own "
                      "at school with his eye-gaze device every two weeks",
                 "Ifeoma Nwachukwu, SW",
                 "Visit records for every week; Kacper's own eye-gaze answers written down after each school "
                 "session"],
                ["2", "Replace the torn hoist sling and check the ceiling hoist, within five working days of the "
                      "conference, then train Pawel and Marta to use it",
                 "Neil Patterson, occupational therapist, Grassingley Children's Therapy Service",
                 "New sling fitted; OT record shows Pawel and Marta both signed off as using the hoist safely"],
                ["3", "Check Kacper's skin and record any mark on a body map at each contact, and phone the SW the "
                      "same day about any new mark",
                 "Grassingley Park School nursing team (lead: Sister Anne Duffy)",
                 "Body maps on file from school and Willowgarth; every new mark phoned through to the SW the "
                 "same day"],
                ["4", "Dress the pressure sore twice a week until it heals, and show Pawel how to turn Kacper at "
                      "night with the new turning sheet",
                 "Joanne Fleet, community children's nurse",
                 "Wound chart shows the sore healing; sore healed; turning chart kept at home"],
                ["5", "Take Kacper to his gastrostomy clinic appointments (the next on 04/11/2025)",
                 "Pawel Novak (Dad)",
                 "Clinic letters show every appointment kept; Kacper back to 38kg or more"],
                ["6", "Give Kacper a short break every Thursday night, from 23/10/2025",
                 "Sue Mallinson, manager, Willowgarth House",
                 "Willowgarth register shows Kacper staying every Thursday"],
                ["7", "Carry out a carer's assessment for Pawel and agree a support plan that includes help at night "
                      "with turning Kacper",
                 "Rashida Begum, carers' assessor, Grassingley Adult Social Care",
                 "Assessment and support plan sent to the SW by 25/11/2025; night help started"],
                ["8", "Twelve weekly CBT sessions for Pawel's depression, in Polish, with a written report after "
                      "session six on whether he is making the changes he needs to care for Kacper safely and how "
                      "long further change is likely to take",
                 "Dr Ewa Lis, CBT therapist, Grassingley Talking Therapies",
                 "Attendance record; report to the core group on 16/12/2025"],
                ["9", "Review Pawel's sertraline every four weeks and tell the SW within two working days if he "
                      "misses a review",
                 "Dr Colin Reeve, GP, Kestrel Walk Surgery",
                 "GP letter to the SW after each review; any missed review reported"],
                ["10", "Help with Kacper's bath and bedtime every Sunday evening",
                 "Marta Zielinska (aunt)",
                 "Marta signs the care log every Sunday; the SW reads it at her visits"],
                ["11", "Add “pain”, “scared” and “stop” to Kacper's eye-gaze page and update his communication "
                       "passport for home, school and Willowgarth",
                 "Holly Barnes, speech and language therapist, Grassingley Park School",
                 "Updated passport copied to home, Willowgarth and the SW by 14/11/2025; Kacper seen using the "
                 "new words"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If a new bruise or mark is found that has no clear explanation, or Kacper chooses “hurt” or “scared” "
              "about home on his device, Ifeoma will hold a strategy discussion with the police the same day and "
              "arrange a child protection medical within 24 hours at Grassingley General Hospital. Kacper will stay "
              "at Willowgarth (Sue Mallinson has agreed an emergency bed) until the strategy discussion has decided "
              "what happens next."),
        ("p", "If Pawel tells anyone that he cannot cope, or that he has thoughts of ending his life, that person "
              "tells Ifeoma or the duty team at once; the GP or the crisis team is asked to see Pawel that day, "
              "and Kacper stays at Willowgarth or with Marta, who is trained on the hoist, that night."),
        ("p", "If Marta cannot help on a Sunday, Grassingley Home Support's sitting service covers Kacper's bath "
              "and bedtime from the next Sunday. If no Willowgarth bed is free when one is needed, Kacper goes to "
              "a link carer from the Children with Disabilities fostering scheme the same day."),
        ("p", "If Kacper has another injury, his pressure sore is not healing by the core group on 16/12/2025, or "
              "Dr Lis's report says Pawel cannot make the changes Kacper needs, Ifeoma will ask Alan Royle for a "
              "legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group at Grassingley Park School, 3.30pm, with a Polish interpreter: 28/10/2025, 25/11/2025 "
            "and 16/12/2025 (about every four weeks).",
            "Review child protection conference: Monday 12/01/2026, 10am, Grassingley County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Minutes of the second core group, mother's amphetamine and cannabis use
#    and anxiety, two children, the maternal aunt doing the school run. The
#    action log mixes [C/F] lines with [NEW] lines; one sentence gives every
#    NEW line the next core group as its deadline; a separate "What we will
#    look for" list gives measures by number but misses one action.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_gudderstow_core_group_minutes_cf_marker_log_harland.txt",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-txt-caps-numbered-items-present-list-updates-childrens-views-outcomes-then-action-log-c-f-and-new-bracket-markers-one-deadline-for-new-lines-done-line-closed-then-what-we-will-look-for-list-by-action-number-contingency-legal-note-next-meetings",
    "description": (
        "Minutes of the second core group for an 8-year-old and a 2-year-old whose mother uses "
        "amphetamine and cannabis and has anxiety; her sister does the school run and has the "
        "toddler two afternoons a week. The action log mixes [C/F] lines, which keep the date set "
        "at the first core group, with [NEW] lines, which one sentence makes due by the next core "
        "group; a done referral is closed. Measures are in a separate 'What we will look for at "
        "core group 3' list by action number. Most lines are sound. Faults: the CPN only carries on "
        "supporting the mother, measured by her 'engagement' being monitored; 'The network' owns "
        "the school-run action; the parenting assessment is left out of the measures list; the "
        "young carers referral is carried forward with no date; the mother's women's group is "
        "'when she feels ready'; the contingency has no trigger and sends the children to the aunt "
        "with no fallback if she cannot have them."
    ),
    "text": """\
GUDDERSTOW BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CORE GROUP MEETING - MINUTES AND ACTION LOG

Children:   Tyler Harland (8), DOB 17/01/2017 - Year 4, Gudderstow Junior School
            Lacey Harland (2), DOB 02/08/2023
Address:    14 Ropewalk Lane, Gudderstow GD2 5RN
Category:   Neglect (both children)
ICPC:       09/09/2025
Meeting:    Core group 2, Tuesday 07/10/2025, 10am, Gudderstow Family Centre
Chair:      Dean Ashworth, social worker
Minutes:    Paula Keane, business support

PRESENT
Gemma Harland (Mum); Rita Shaw (maternal aunt); Dean Ashworth (SW); Sarah Whitlam (health
visitor); Mrs Anne Cole (DSL, Gudderstow Junior School); Kerry Moss (recovery worker,
Gudderstow Drug and Alcohol Service); Lee Gardner (CPN, Gudderstow Community Mental Health
Team)

APOLOGIES
Dr Priya Raman (GP, Ropewalk Surgery) - sent a written update

1. UPDATES SINCE CORE GROUP 1 (23/09/2025)

1.1 Gemma said she has cut down on "speed" and only smokes cannabis in the evening, in the
    garden. Her urine screen on 30/09/2025 was positive for amphetamine and cannabis. She has
    been to 3 of 4 Tuesday sessions with Kerry.
1.2 Lee has seen Gemma twice. Gemma says the panic attacks are worse in the mornings, which is
    when Tyler needs getting to school.
1.3 School: Tyler's attendance since September is 88%; he was late 6 times, all before Rita
    started helping on 29/09/2025. He has not been late since.
1.4 Health visitor: Lacey was weighed on 02/10/2025 and is on the 25th centile. Her 2-year
    review was cancelled by Gemma on 30/09/2025 and has been rebooked.
1.5 Rita has taken Tyler to school every day since 29/09/2025 and is happy to keep doing it.
    She works mornings only.

2. THE CHILDREN'S VIEWS

2.1 Tyler (seen on his own at school by Dean, 03/10/2025): "Auntie Rita gets me a sausage roll
    on the way and I'm not late any more. I don't like it when Mum's friends come round at night
    because it's loud and smoky and I can't sleep." He put home at 5 out of 10 and school at 8.
    He wants his mum "to stop being poorly in the mornings".
2.2 Lacey was seen at home on 03/10/2025. She was dressed and had had breakfast. She brought
    her books to Dean and said "read", and went to Rita for a cuddle when the doorbell went. Her
    nappy was very full and her cot had no sheet on it.

3. WHAT WE WANT FOR TYLER AND LACEY (FROM THE ICPC)

- Tyler and Lacey are cared for every day by an adult who is not under the influence of drugs.
- Tyler gets to school every day, on time, having had breakfast.
- Lacey has her health and development checks and a nursery place, and her speech keeps
  coming on.
- The children's home is free of smoke and of adults using drugs, and they sleep well at night.

4. ACTION LOG

   C/F = carried forward from core group 1, with the timing set then.
   NEW = agreed today. Unless the line says otherwise, every NEW action is to be done by the
   next core group on 04/11/2025.

   1. [C/F] Dean Ashworth (SW) to visit Tyler and Lacey at home every week, at least one visit
      in three unannounced, and to see Tyler on his own. Weekly (set 09/09/2025).
   2. [C/F] Sarah Whitlam (HV) to weigh Lacey every two weeks and complete her 2-year
      development review. Review by 31/10/2025 (first set for 30/09/2025).
   3. [C/F - DONE 24/09/2025] Gemma to register with Gudderstow Drug and Alcohol Service.
      Registration letter seen by Dean. CLOSED.
   4. [C/F] Kerry Moss (recovery worker, Gudderstow Drug and Alcohol Service) to see Gemma every
      Tuesday for key-work and a urine screen, to take a hair strand test by 24/10/2025, and to
      report to each core group on whether Gemma has stopped using and what that means for the
      children.
   5. [C/F] Lee Gardner (CPN) to carry on fortnightly visits to support Gemma with her anxiety
      and panic attacks.
   6. [C/F] The network to make sure Tyler gets to school on time every day. Every school day
      from 10/09/2025.
   7. [C/F] Dean Ashworth (SW) to complete a parenting assessment of Gemma. Due 24/10/2025 (set
      23/09/2025).
   8. [C/F] Dean Ashworth (SW) to refer Tyler to Gudderstow Young Carers.
   9. [NEW] Rita Shaw (maternal aunt) to take Tyler to school and pick him up every school day.
  10. [NEW] Rita Shaw to have Lacey at her house every Tuesday and Thursday, 1pm to 5pm.
  11. [NEW] Mrs Anne Cole (DSL) to check Tyler's attendance every morning and phone Dean the same
      day if he is absent or more than ten minutes late.
  12. [C/F] Gemma to go to the Tuesday women's group at the Gudderstow Women's Centre when she
      feels ready.
  13. [NEW] Dean Ashworth (SW) to apply for a funded two-year-old nursery place for Lacey at
      Little Owls Nursery.

5. WHAT WE WILL LOOK FOR AT CORE GROUP 3
   (The numbers are the action numbers in the log above.)

   1  - Dean's visit records: both children seen every week, Tyler seen alone at least every
        other visit, and what he said written down.
   2  - Lacey's weights in the red book, on the 25th centile or above, and the 2-year review
        scores sent to Dean by 31/10/2025.
   4  - Kerry's written report and the hair strand result on file before the meeting; urine
        screens negative.
   5  - Gemma's engagement with Lee monitored.
   6  - School register: Tyler in school and on time every day, 95% attendance or more.
   8  - Young Carers acceptance letter on file.
   9, 10 - Rita writes the days and times in the contact diary, which Dean reads at his visits.
   11 - Attendance e-mailed to Dean every Friday; same-day calls logged on CPOMS.
   12 - Women's Centre sign-in sheet.
   13 - Offer letter from Little Owls with Lacey's start date.

6. CONTINGENCY

   Should the plan need to change, Tyler and Lacey will go and stay with Rita at 22 Coalpit
   Lane, and Dean will let his team manager know.

7. LEGAL PLANNING (CHAIR'S NOTE)

   If Gemma's hair strand test shows she is still using amphetamine, or either child is found
   in Gemma's sole care while she is under the influence, Dean will ask his team manager,
   Sandra Okafor, for a legal planning meeting within ten working days.

8. NEXT MEETINGS

   Core group 3: Tuesday 04/11/2025, 10am, Gudderstow Family Centre; then every four weeks.
   Review child protection conference: Tuesday 02/12/2025, 1.30pm, Gudderstow Town Hall.

Minutes agreed by Dean Ashworth, 09/10/2025. Copies to everyone present and to Dr Raman.
""",
    "findings": [
        F("H001", "to carry on fortnightly visits to support Gemma with her anxiety"),
        F("M002", "to carry on fortnightly visits to support Gemma with her anxiety"),
        F("W002", "The network to make sure Tyler gets to school"),
        F("M001", "to complete a parenting assessment of Gemma"),
        F("T001", "to refer Tyler to Gudderstow Young Carers"),
        F("T002", "Gemma to go to the Tuesday women's group"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 9-year-old young carer, mother's
#    depression after a bereavement. Goals as headings, each with its term
#    deadline and its measure written into it; the actions sit under the
#    goals. Most actions are about the mother. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_gavelcombe_term_goals_measure_in_outcome_pryor.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-md-details-two-column-table-why-going-well-what-ruby-says-then-goal-h3-headings-with-school-term-deadline-and-measure-inside-the-goal-numbered-actions-under-each-goal-then-also-agreed-contingency-meetings",
    "description": (
        "Initial conference plan for a 9-year-old who gets herself up and looks after her mother, "
        "whose depression worsened after her own mother died. Goals are headings that carry the "
        "timescale and the measure for the actions under them ('By October half term (24/10/2025) "
        "Ruby will be in school every day and on time. The school register will show this.'). Faults: "
        "six of the eleven actions are about Donna's own mood, GP, housing, debts, coffee morning "
        "and bereavement group, under a goal that is only about Donna; the talking therapy worker "
        "only treats; the coffee morning is 'when she feels ready'; the debt referral is a passive "
        "with no agent; the parenting assessment has no stated output; the review conference date "
        "is 'to be confirmed'."
    ),
    "text": """\
# Ruby's child protection plan

### Gavelcombe Council · Children and Families · Safeguarding Team (West)

Agreed at the initial child protection conference on Tuesday 23/09/2025.

| | |
|---|---|
| Child | Ruby Pryor, 9 (born 14/04/2016), Year 5, St Anne's C of E Primary, Gavelcombe |
| Lives with | Mum, Donna Pryor (38), 12 Ashgrove Terrace, Gavelcombe GV2 4HN |
| Dad | Gary Pryor, 6 Mill Row, Gavelcombe. Ruby stays with him every other weekend |
| Category | Neglect |
| Social worker | Owen Thackeray (team manager: Lorraine Beck) |
| Conference chair | Felicity Amadi (IRO) |

## Why we are worried

Donna has had depression for several years, and it became much worse after her mum died in March. Since then
she has been staying in bed until the afternoon, and Ruby has been getting herself up and to school when she
can. Ruby's attendance last school year was 71% and she was late 38 times. When Owen visited on 11/09/2025
there was no food in the fridge, Ruby's bed had no sheet and the duvet smelt of urine, and Ruby's school shoes
were too small for her. Ruby told her teacher that she makes toast for her mum in the mornings and "checks
she's breathing" before she goes out.

Donna also has rent arrears and catalogue debts, and says she has had nobody to talk to since her mum died.

## What's going well

- Donna loves Ruby and is proud of her reading. She came to the conference and agreed to the plan.
- Gary has Ruby every other weekend and she comes back to school on Monday clean and rested.
- Ruby goes to breakfast club when she gets to school early, and she is doing well in class.

## What Ruby says

Ruby talked to Owen on her own at school on 16/09/2025. "I'm the one who gets up. Mum's sad about Nana and
she's tired all the time." She said the worst bit of the day is "the morning, when I can't wake her up". She
scored home 4 out of 10 and school 9. She would like "a new duvet with stars on", for her mum "to come to my
class assembly", and to go to school "without worrying about Mum all day".

## Our goals, and what will happen

Each goal says when it should be reached and how we will know. The actions under a goal are what people will
do to get there.

### Goal 1 – By October half term (24/10/2025) Ruby will be in school every day and on time. The school register will show this.

1. Mrs Jas Kaur, family support worker at St Anne's, will phone Donna by 9.15am on any day Ruby is not in
   school, and go round to the house if nobody answers.
2. Owen will visit Ruby at home every week, one visit in three before school, and see her on her own,
   writing in his visit notes what she tells him.

### Goal 2 – Donna will feel more confident and less on her own.

3. Priya Nair, psychological wellbeing practitioner at Gavelcombe Talking Therapies, will see Donna weekly for
   six sessions of guided self-help for her low mood, starting by 07/10/2025; the service will send Owen a
   letter confirming which sessions Donna attended.
4. Dr Martin Greaves (GP, Ashgrove Health Centre) will review Donna's antidepressant by 10/10/2025 and write to
   Owen with what was agreed.
5. Owen will help Donna fill in her housing transfer form by 31/10/2025, and a copy will go on file.
6. A referral will be made to Gavelcombe Citizens Advice for help with Donna's debts and rent arrears by
   17/10/2025, and the appointment letter will be kept on file.
7. Donna will go to the Tuesday coffee morning at Gavelcombe Family Hub when she feels ready, and sign the
   hub's visitor book each time.
8. Donna will go to the Gavelcombe Bereavement Circle every Thursday from 02/10/2025; the group leader, Anne
   Toller, will let Owen know each month which weeks she came.

### Goal 3 – By Christmas Ruby will have a clean bed, clothes and shoes that fit, and a packed lunch or dinner money every day. Owen will see this at his visits and school will note it in Ruby's morning check.

9. Donna will wash and change Ruby's bedding every Sunday, and buy her new school shoes and a winter coat
   with the clothing grant Owen applied for at the conference.
10. Mrs Kaur will check with Ruby at breakfast club every morning that she has a packed lunch or dinner money,
    and give her a school dinner if not.

### Also agreed

11. Leah Simms (family support worker, Gavelcombe Family Hub) will complete a parenting assessment of Donna by
    05/12/2025.

## If things go wrong

- If Ruby misses two days of school in one week with no reason given, is found at home alone before school
  with Donna not answering, or Donna tells anyone that she has thoughts of ending her life, Owen (or the duty
  social worker) will visit that day. Ruby will stay with Gary at 6 Mill Row, and Donna's GP or the crisis
  team will be asked to see her the same day.
- If Gary cannot have Ruby (he works away some weeks), Owen will arrange an emergency foster placement for Ruby
  that day, near enough for her to stay at St Anne's.
- If Ruby's attendance is still below 90% at the review conference, or her bed and food are not there at two
  visits in a row, Owen will ask Lorraine Beck for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Tuesdays at 3.30pm at St Anne's: 07/10/2025, 04/11/2025 and 02/12/2025.
- Review child protection conference: date to be confirmed by the Safeguarding Unit.
""",
    "findings": [
        F("F001"),
        F("F002", "Donna will feel more confident and less on her own."),
        F("H001", "will see Donna weekly for six sessions of guided self-help"),
        F("T002", "Donna will go to the Tuesday coffee morning at Gavelcombe Family Hub"),
        F("W001", "A referral will be made to Gavelcombe Citizens Advice"),
        F("M001", "will complete a parenting assessment of Donna by"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 2-year-old with cystic fibrosis, missed
#    enzymes and physio, father's drinking, paternal grandparents helping.
#    One action table in three stage banners (the third with no timescale),
#    then a separate "How we will know it is working" table by action number
#    that misses two actions. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_gorlanby_cf_toddler_stages_separate_measures_whitfield.docx",
    "doc_title": "Child Protection Plan - Ollie Whitfield",
    "split": "tune",
    "actions": 13,
    "template": "icpc-word-plan-details-list-why-ollies-day-outcomes-then-no-what-who-action-table-split-by-three-merged-stage-banners-weeks-1-to-4-weeks-5-to-8-third-stage-with-no-timescale-then-separate-action-no-what-we-will-see-measures-table-contingency-core-group",
    "description": (
        "Initial conference plan for a 2-year-old with cystic fibrosis whose weight has fallen "
        "because his enzymes and chest physio have been missed; his father drinks and his "
        "paternal grandparents help with physio and Saturdays. The action table has only No. / "
        "What will happen / Who, split by merged stage banners that give the timescale ('Weeks 1 to "
        "4 (all to be done by 11/11/2025)'), and a separate 'How we will know it is working' table "
        "gives measures by action number. Most rows are sound (CF nurse, alcohol service reporting "
        "on change, GP). Faults: the third stage banner has no timescale, so its two actions have "
        "none; the measures table leaves out the parenting assessment and the nursery's enzyme "
        "row; the clinic action is measured only by 'engagement ... monitored'; 'The family' owns "
        "the twice-daily physio; the grandparents carry two actions and the contingency sends "
        "Ollie to them with no fallback."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gorlanby Borough Council | Children's Services | Locality Safeguarding Team (East)"),
        ("kv", [
            ("Child", "Ollie Whitfield, 2 years 3 months (born 07/07/2023)"),
            ("Address", "19 Brackenfold Road, Gorlanby GB4 8SE"),
            ("Mother", "Kayleigh Whitfield (24)"),
            ("Father", "Sean Whitfield (27)"),
            ("Paternal grandparents", "Lynn and Brian Whitfield, 4 Orchard Way, Gorlanby"),
            ("Nursery", "Little Wrens Nursery, Monday, Wednesday and Friday"),
            ("Health", "Cystic fibrosis; under the CF team at Gorlanby Children's Hospital"),
            ("Category", "Neglect"),
            ("Initial conference", "Tuesday 14/10/2025. Chair: Simon Achebe (IRO)"),
            ("Social worker", "Hannah Lowther (team manager: Joe Maitland)"),
        ]),
        ("h1", "Why Ollie has a plan"),
        ("p", "Ollie has cystic fibrosis. He needs Creon (enzyme capsules) with every meal, snack and milk drink, "
              "and chest physiotherapy twice a day, every day, to keep his lungs clear. Since the summer his "
              "weight has fallen from the 25th centile to below the 2nd, and he has had two chest infections. "
              "Ollie has missed three CF clinic appointments. The CF nurse has found Creon capsules unopened in "
              "the cupboard, and Kayleigh has said that physio “doesn't always get done” on the days Sean is "
              "looking after him. Sean drinks heavily most weekends and has been drinking on some days he has "
              "looked after Ollie on his own. Kayleigh has anxiety and finds clinic visits very hard."),
        ("p", "What is going well: Lynn and Brian do Ollie's physio well and have had him most Saturdays this "
              "year. Kayleigh gives Ollie his Creon at breakfast and tea when she is at home. Sean agreed at the "
              "conference to see the alcohol service."),
        ("h1", "Ollie's day"),
        ("p", "At the home visit on 08/10/2025 Ollie was coughing and pale. He climbed on to Kayleigh's knee, "
              "pointed at the biscuit tin and said “bikkit”; Kayleigh gave him a biscuit without his Creon. "
              "When Sean came in Ollie went quiet and stayed next to Kayleigh. At his grandparents' house on "
              "11/10/2025 Ollie lay on the physio wedge for Lynn while Brian sang to him, and laughed and "
              "clapped when it was over. Nursery say he is hungry, tires quickly in the garden and asks for "
              "“Nanna Lynn” when he is upset."),
        ("h1", "Outcomes for Ollie"),
        ("bullets", [
            "Ollie has his Creon with every meal and snack and his physio twice every day, wherever he is.",
            "Ollie gains weight and is back on the 9th centile by the review conference.",
            "Ollie goes to every CF clinic appointment.",
            "Ollie is never looked after by an adult who has been drinking.",
        ]),
        ("h1", "Action plan"),
        ("p", "The actions are set out in three stages. The banner rows give each stage's timescale. The "
              "measures for each action are in the table 'How we will know it is working', by action number."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["Stage 1 – Weeks 1 to 4 (all to be done by 11/11/2025)", H, H],
                ["1", "Visit Ollie at home every week, one visit in two unannounced, and see a mealtime with his "
                      "Creon and one of his physio sessions",
                 "Hannah Lowther, SW"],
                ["2", "Visit Ollie at home every week to weigh him, check that his Creon is given with every meal "
                      "and snack, and watch his physio being done",
                 "Anita Rowe, CF nurse specialist, Gorlanby Children's Hospital"],
                ["3", "Go to an assessment at Gorlanby Alcohol Service and then to key-work every Wednesday",
                 "Sean Whitfield (Dad)"],
                ["4", "Breath test Sean at every key-work session and send a written report to each core group on "
                      "whether he is making the changes Ollie needs and how long that is likely to take",
                 "Gary Dunn, recovery worker, Gorlanby Alcohol Service"],
                ["5", "Complete a parenting assessment of Kayleigh and Sean",
                 "Hannah Lowther, SW"],
                ["Stage 2 – Weeks 5 to 8 (all to be done by 09/12/2025)", H, H],
                ["6", "Take Ollie to his CF clinic appointments on 18/11/2025 and 02/12/2025",
                 "Kayleigh Whitfield (Mum)"],
                ["7", "Review Kayleigh's anxiety and her medication, and write to the SW with the plan agreed",
                 "Dr Ama Boateng, GP, Brackenfold Medical Practice"],
                ["8", "Make sure Ollie has his chest physio twice a day, every day",
                 "The family"],
                ["9", "Give Ollie his Creon with his snack and lunch on each nursery day",
                 "Little Wrens Nursery (key worker: Jade Horsfall)"],
                ["10", "Do Ollie's evening physio at Orchard Way every Tuesday and Thursday",
                 "Lynn Whitfield (paternal grandmother)"],
                ["11", "Have Ollie every Saturday from 9am to 5pm and give him his Creon and his morning physio",
                 "Brian Whitfield (paternal grandfather)"],
                ["Stage 3 – Settling into a routine", H, H],
                ["12", "Keep Ollie's Creon and physio chart on the fridge so that everyone who looks after him can "
                       "see what he has had",
                 "Kayleigh Whitfield (Mum)"],
                ["13", "Help the family agree who does Ollie's physio when Lynn and Brian are away",
                 "Hannah Lowther, SW"],
            ],
        }),
        ("h1", "How we will know it is working"),
        ("table", {
            "header": ["Action no.", "What we will see"],
            "widths": [2.5, 14.5],
            "rows": [
                ["1", "Visit records show Ollie seen every week, with a meal and a physio session seen and written up"],
                ["2", "Ollie's weight plotted at each visit and back on the 9th centile by 09/12/2025; Creon and physio "
                      "charts seen complete"],
                ["3 and 4", "Gary's report on file before each core group, showing the assessment done, key-work "
                            "attended and every breath test reading zero"],
                ["6", "Kayleigh's engagement with the CF clinic is monitored"],
                ["7", "GP letter on file by 09/12/2025"],
                ["8", "The fridge chart shows two physio sessions ticked for every day"],
                ["10 and 11", "Lynn and Brian sign the fridge chart after each session and each Saturday"],
                ["12", "Chart filled in for every meal and physio session, checked by Anita at each visit"],
                ["13", "A written cover plan shared with the core group"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Sean is found to have been drinking while he is looking after Ollie, or Ollie's weight falls at "
              "two weekly weighs in a row, Ollie will stay with Lynn and Brian at 4 Orchard Way and Hannah will "
              "hold a strategy discussion the same day."),
        ("p", "If Sean has two positive breath tests in four weeks, or Ollie is admitted to hospital because his "
              "Creon or physio has been missed, Hannah will ask Joe Maitland for a legal planning meeting within "
              "five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Brackenfold Children's Centre: 28/10/2025, "
            "25/11/2025 and 16/12/2025.",
            "Review child protection conference: Tuesday 13/01/2026, 2pm, Gorlanby Town Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a parenting assessment of Kayleigh and Sean"),
        F("M002", "Take Ollie to his CF clinic appointments on 18/11/2025"),
        F("W002", "Make sure Ollie has his chest physio twice a day"),
        F("M001", "Give Ollie his Creon with his snack and lunch"),
        F("T001", "Keep Ollie's Creon and physio chart on the fridge"),
        F("T001", "Help the family agree who does Ollie's physio when"),
        F("C003"),
    ],
})
