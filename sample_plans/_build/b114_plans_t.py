"""Batch 114, module t: seven fictional plans (held-out material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures and timescales are not written beside each
action. Measures sit in a separate "How we will know it is working" (or
"Signs it is working") section keyed to the actions by number, or inside an
outcome ("By Christmas Kacey will be at school every day - the school
register will show this"). Timescales are set once for a whole stage or
table ("Weeks 1-4: all done by Friday 07/11/2025", "before Lyla leaves
SCBU", a column headed "By 15/01/2026"), by school terms ("by October half
term") or by events, and two plans use a week grid with ticks in the week
columns. Most children here are disabled, non-verbal or babies with medical
needs (gastrostomy feeds, NG tube and home oxygen, rescue medication for
epilepsy, cleft palate feeding, heart medicines), so their voice is what
adults observed and what they said with signs, symbols or an eye-gaze
device.

Four plans are exemplary: a Word plan for a non-verbal girl with cerebral
palsy whose action table has no measure column and whose measures follow in
a numbered table; a landscape PDF for a premature baby leaving SCBU with
three stage tables (before discharge, a week grid for weeks 1-4, a "By
15/01/2026" column); a Markdown plan for a 4-year-old with severe epilepsy
set out in blocks of weeks with measures by number and inside the outcomes;
and a plain-text plan for a 7-year-old with Down syndrome whose outcomes give
the school-term deadline and the measure for the actions under them.

Three carry a realistic mix of faults among mostly good rows: core group
minutes (Word) whose action log mixes carried-forward and new actions and
whose separate measures table leaves two of them out; a landscape PDF with a
Gantt-like week grid for a baby with a cleft palate followed by a stage of
work with no timescale at all; and a Markdown plan centred on a mother's
bipolar disorder with measures listed by number, one action left out.

Counting actions (README "Files", convention 1): each live row of an action
table or week grid, and each numbered or lettered action of an action
section, counts once. Entries of a "How we will know" / "Signs it is
working" section are the measures of numbered actions and are not counted;
nor are outcomes, the contingency or meeting dates, nor a one-off action
marked done and closed (CF8 in the core group minutes). A measure given in a
separate section under the action's number, or in the "How we will know"
line of the outcome an action sits under, is read as that action's measure;
a timescale stated once for a stage, block or column is read as the
timescale of every action in it.
"""
from build_batch5 import F, H

PLANS = []

TICK = "\u2713"


# ---------------------------------------------------------------------------
# 1. Initial conference plan, non-verbal 9-year-old with cerebral palsy and a
#    gastrostomy, mother's depression. Word plan: numbered action table with
#    What / Who / When only; measures in a separate numbered table.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_tallowmere_cwd_icpc_measures_by_number_pengelly.docx",
    "doc_title": "Child Protection Plan - Tegan Pengelly",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-children-with-disabilities-word-plan-details-about-the-child-communication-why-eye-gaze-voice-numbered-outcomes-then-no-what-who-when-table-without-measure-column-then-separate-how-we-will-know-it-is-working-table-keyed-by-action-number-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 9-year-old with quadriplegic cerebral palsy who "
        "does not speak, is fed by gastrostomy and needs a hoist; missed feeds and appointments, a "
        "pressure sore and a broken hoist, a brother doing night feeds, and a mother with depression. "
        "The action table has only No. / What will happen / Who / When columns; the measure for "
        "every numbered action is in a separate 'How we will know it is working' table keyed by "
        "number. Tegan's voice comes from her eye-gaze device and observation. The GP, Talking "
        "Therapies (asked to report on change and its timescale) and adult social care own actions, "
        "short breaks are arranged, the contingency has triggers and responses, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Tallowmere Borough Council · Children's Services · Children with Disabilities Team"),
        ("kv", [
            ("Child", "Tegan Pengelly, DOB 02/03/2016 (9), Year 5 at Harbour View Special School"),
            ("Address", "14 Ropewalk Gardens, Tallowmere TW3 5QJ"),
            ("Lives with", "Leanne Pengelly (Mum, 38) and Jack Pengelly (brother, 14)"),
            ("Father", "Craig Pengelly, lives in Dundee; phones Tegan on Sundays and has no part in her day-to-day care"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "09/10/2025, Tallowmere Civic Centre. Chair: Ruth Okello (IRO)"),
            ("Social worker", "Hannah Rowe, Children with Disabilities Team (team manager: Gareth Sim)"),
        ]),
        ("h1", "About Tegan"),
        ("p", "Tegan has quadriplegic cerebral palsy and epilepsy that is well controlled on medication. She does "
              "not use speech. She is fed through a gastrostomy (five feeds and four water flushes a day), uses a "
              "wheelchair and needs two people and a hoist for every transfer. At school she talks with an "
              "eye-gaze device and a communication book of symbols. At home she looks up for “yes” and away for "
              "“no”, and uses her smile and her voice to show what she likes and does not like."),
        ("h1", "Why Tegan has a child protection plan"),
        ("p", "Between June and September 2025 Tegan missed four appointments at Tallowmere General Hospital, "
              "among them her hip X-ray and two dietetic reviews. Her weight fell from the 25th centile to below "
              "the 9th. On 22/09/2025 school staff found a grade 2 pressure sore on her right hip; Leanne said the "
              "home hoist had been broken since August and that she had been lifting Tegan on her own. Tegan's "
              "eye-gaze device went home for the summer holidays and came back uncharged, with a cracked screen. "
              "Jack has been doing Tegan's late evening feed on most nights and told his form tutor he is “always "
              "tired”. Leanne has depression. She stopped taking her antidepressant in July and told the "
              "conference she has been “running on empty” since Tegan's night-time care increased."),
        ("h1", "What Tegan is telling us"),
        ("p", "Hannah saw Tegan at school on 03/10/2025 with Amira Hassan, the school's speech and language "
              "therapist, and at home on 06/10/2025. Asked about home on her eye-gaze device, Tegan chose "
              "“happy” and “Jack”, then “hurt”, and looked down at her right hip. Asked about bedtime she chose "
              "“no” and “cold”. At home, when Leanne bent to move her, Tegan smiled and reached for her mum's "
              "face. School staff say she laughs when she is hoisted into her chair and watches the classroom door "
              "at home time."),
        ("p", "Jack (seen on his own at home, 06/10/2025): “I don't mind helping with Tegan, but I do the ten "
              "o'clock feed and then I can't get up. Mum's really tired.” He would like to go back to football on "
              "Tuesday nights."),
        ("h1", "What we want for Tegan"),
        ("numbers", [
            "Tegan gets every feed and water flush on her feeding plan, and her weight is back on the 9th centile "
            "or above by the review conference.",
            "Tegan's skin heals and stays healthy, and two trained adults move her with a working hoist every "
            "time.",
            "Tegan has her eye-gaze device with her, charged, every day at home and at school, so that she can say "
            "what she wants and how she feels.",
            "Tegan gets to every hospital and therapy appointment, including her hip X-ray.",
            "Tegan has short breaks she enjoys, and Jack is her brother again rather than one of her carers.",
        ]),
        ("h1", "The plan"),
        ("p", "The table says what will happen, who will do it and when. It does not repeat how we will check "
              "each action: that is in the next section, “How we will know it is working”, under the same number."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 8.1, 4.4, 3.4],
            "rows": [
                ["1",
                 "Visit Tegan at home, see her with her eye-gaze device or communication book, and watch a feed "
                 "and a hoist transfer; one visit a month unannounced",
                 "Hannah Rowe, social worker",
                 "Every week from 13/10/2025 until the review conference"],
                ["2",
                 "Give Tegan's five feeds and four water flushes at the times on her feeding plan, and fill in "
                 "the feed chart after each one",
                 "Leanne Pengelly (Mum)",
                 "Every day from 10/10/2025"],
                ["3",
                 "Check the feed chart, weigh Tegan, look at her stoma and her hip, and show Leanne how to turn "
                 "her during the night",
                 "Bethan Lloyd, community children's nurse, Tallowmere Children's Community Nursing",
                 "Mondays and Thursdays for six weeks from 13/10/2025, then weekly"],
                ["4",
                 "Review Tegan's feed volumes and calories, and set a new weight target",
                 "Nadia Stringer, paediatric dietitian, Tallowmere General Hospital",
                 "By 24/10/2025, then every four weeks"],
                ["5",
                 "Repair or replace the home hoist and assess moving and handling at home",
                 "Tom Alder, occupational therapist, Tallowmere Children's Therapy Service",
                 "Hoist by 13/10/2025; assessment by 31/10/2025"],
                ["6",
                 "Set up a morning and evening care package so that a trained carer does every hoist transfer "
                 "with Leanne",
                 "Hannah Rowe, social worker",
                 "In place by 31/10/2025, then every morning and evening"],
                ["7",
                 "Check Tegan's skin, change her position every two hours in the school day, and send her "
                 "device home charged",
                 "Mrs Carol Fenn, class teacher, Harbour View Special School",
                 "Every school day"],
                ["8",
                 "Do a session with Tegan on her device about home, feelings and bedtime, and pass on what she "
                 "says to Hannah",
                 "Amira Hassan, speech and language therapist, Harbour View Special School",
                 "Every two weeks from 16/10/2025"],
                ["9",
                 "Rebook Tegan's hip X-ray and orthotics appointment, and send the appointment letters to Leanne "
                 "and Hannah",
                 "Dr Olu Badmus, consultant community paediatrician",
                 "Letters by 24/10/2025; X-ray before 28/11/2025"],
                ["10",
                 "Arrange overnight short breaks for Tegan at Seabright House",
                 "Hannah Rowe, social worker",
                 "First stay by 14/11/2025, then two nights every month"],
                ["11",
                 "Review Leanne's antidepressant and her sleep, and write to Hannah about how her health affects "
                 "her care of Tegan",
                 "Dr Priya Desai, GP, Ropewalk Medical Practice",
                 "By 24/10/2025, then every eight weeks"],
                ["12",
                 "Weekly sessions with Leanne for her low mood, with a written report on whether she is making "
                 "the changes Tegan's care needs and how long that is likely to take",
                 "Sian Morgan, psychological wellbeing practitioner, Tallowmere Talking Therapies",
                 "Weekly from 20/10/2025; report two working days before each core group"],
                ["13",
                 "Carry out a carer's assessment with Leanne and agree a carer's support plan",
                 "Kerry Dawe, carers' assessor, Tallowmere Adult Social Care",
                 "By 14/11/2025"],
                ["14",
                 "Young carer's assessment with Jack, and a place at the Tallowmere Young Carers Tuesday group",
                 "Liam Fry, Tallowmere Young Carers",
                 "By 14/11/2025; group every Tuesday after that"],
            ],
        }),
        ("h1", "How we will know it is working"),
        ("p", "Each line goes with the action of the same number above. The core group will go through every line "
              "at each meeting."),
        ("table", {
            "header": ["Action", "We will know it is working when…"],
            "widths": [1.8, 15.2],
            "rows": [
                ["1", "Visit records show Tegan seen every week, with what she said on her device or book written "
                      "down, and a feed and a transfer watched at least every other visit."],
                ["2", "Every feed and flush on the chart is signed for, with no gap of more than five hours in the "
                      "day; Bethan counts any missed entries at each check."],
                ["3", "Bethan's weights and skin-check notes reach Hannah each Friday, and Tegan's weight goes up at "
                      "four checks in a row."],
                ["4", "The dietitian's letter with the new feed plan and weight target is on file by 24/10/2025 and "
                      "copied to Leanne, school and the community nurses."],
                ["5", "Tom confirms in writing that the hoist works and is safe, and his moving and handling plan is "
                      "on file by 31/10/2025."],
                ["6", "The care agency's rota and signed visit sheets show two adults at every transfer; Hannah checks "
                      "the sheets at her visits."],
                ["7", "School's daily skin and position chart goes to Hannah every week, and the device log shows it "
                      "went home charged on every school day."],
                ["8", "Amira's notes, with the words and symbols Tegan chose, reach Hannah after each session and are "
                      "read out at core group."],
                ["9", "Both appointment letters are on file by 24/10/2025, and the X-ray report is sent to the GP "
                      "and to Hannah."],
                ["10", "Seabright House's booking letter is on file by 14/11/2025, and their notes say how Tegan "
                       "settled on each stay."],
                ["11", "Dr Desai's letter is on file by 24/10/2025 and a new one after each review."],
                ["12", "Sian's written report is on file before every core group, giving her view of the changes "
                       "Leanne is making and how long more change is likely to take."],
                ["13", "The carer's assessment and support plan are on file by 14/11/2025, with the help Leanne will "
                       "get written in."],
                ["14", "Jack's young carer's plan reaches Hannah by 14/11/2025, the group register shows him there, "
                       "and the feed chart shows that Jack no longer does any of Tegan's feeds."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If the feed chart shows two or more missed feeds in one day, or Tegan's weight falls at two checks in "
              "a row, Bethan will tell Hannah the same day. Hannah will visit that day, and if Tegan's feeds cannot "
              "be made safe at home she will have an emergency stay at Seabright House while a strategy discussion "
              "is held within 24 hours."),
        ("p", "If a new pressure sore is found, or anyone learns that Tegan was lifted without the hoist or by one "
              "person, school or the nurse will tell Hannah the same day; the care agency will put a second carer "
              "on every transfer from the next day and Hannah will hold a strategy discussion the same day."),
        ("p", "If Leanne tells anyone she cannot cope, or Dr Desai or Sian are worried about her mood, Hannah will "
              "visit the same day and book an emergency short break at Seabright House so that Tegan is cared for "
              "while Leanne gets help."),
        ("p", "If Tegan's weight is still below the 9th centile at the review conference, or she misses her "
              "rebooked X-ray, Hannah will ask Gareth Sim for a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.30pm at Harbour View Special School: 22/10/2025, "
            "19/11/2025 and 17/12/2025.",
            "Review child protection conference: 08/01/2026, 10am, Tallowmere Civic Centre.",
            "Before each core group Amira and Hannah will ask Tegan about home on her device and bring her "
            "answers to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-discharge plan for a premature baby on SCBU (NG top-ups, home
#    oxygen), father's drug use, a shouting incident on the unit. Landscape
#    PDF with header and footer: three stage tables, the time set once in
#    each stage heading, a week grid for weeks 1-4 and a "By 15/01/2026"
#    column. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_trevannick_scbu_discharge_stage_week_grid_chenoweth.pdf",
    "doc_title": "Child Protection Plan - Lyla Chenoweth",
    "split": "heldout",
    "actions": 18,
    "landscape": True,
    "template": "pre-discharge-scbu-cp-plan-word-printed-to-pdf-landscape-header-footer-details-why-babys-days-on-the-unit-outcomes-how-set-out-then-three-stage-tables-time-in-stage-heading-before-discharge-week-grid-ticks-weeks-1-4-by-date-column-then-contingency-meetings",
    "description": (
        "Exemplary pre-discharge plan for a baby born at 31 weeks, going home from SCBU on NG tube "
        "top-ups and home oxygen; her older brother is subject to a care order, her father uses "
        "cannabis and cocaine and shouted at her mother beside the incubator. The time is set once "
        "for each of three stages: a table whose heading says every action happens before discharge, "
        "a week grid for weeks 1-4 at home with ticks and '2x' in the week columns, and a table with a "
        "column headed 'By 15/01/2026'. Every row has a lead and a 'How we will know' cell. The drug "
        "service reports on change, the grandmother's nights have a fallback, legal planning follows "
        "named triggers, discharge meeting, core group and review dates are set; the baby's days on "
        "the unit are described."
    ),
    "header": "OFFICIAL-SENSITIVE – Trevannick Council – Children's Social Care",
    "footer": "Lyla Chenoweth – pre-discharge child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan: coming home from the Special Care Baby Unit"),
        ("kv", [
            ("Baby", "Lyla Chenoweth, born 12/09/2025 at 31 weeks; 36 weeks corrected at this conference"),
            ("Where Lyla is now", "Special Care Baby Unit (SCBU), Trevannick Royal Infirmary; expected home in "
                                  "the week of 03/11/2025"),
            ("Mother", "Kayleigh Chenoweth (20)"),
            ("Father", "Dean Pascoe (24)"),
            ("Home", "Flat 3, 17 Quay Street, Trevannick TV9 4BE (parents live together)"),
            ("Maternal grandmother", "Tracy Chenoweth, 2 Gull Lane, Trevannick"),
            ("Legal status", "Lyla is not looked after; she will go home with both parents"),
            ("Category", "Neglect"),
            ("Initial conference", "16/10/2025, held at the hospital. Chair: Martin Kessell (IRO)"),
            ("Social worker", "Jodie Tamblyn, Family Safeguarding Team (team manager: Ayesha Quinn)"),
        ]),
        ("h1", "Why Lyla has a plan"),
        ("p", "Kayleigh and Dean's first child, Kai, has been subject to a care order since 2023, after he was "
              "found with a broken arm and drug paraphernalia within his reach. Dean has smoked cannabis daily and "
              "used cocaine at weekends; he says he has used only cannabis since the pregnancy was confirmed. On "
              "04/10/2025 ward staff called security after Dean shouted at Kayleigh beside Lyla's incubator. Lyla "
              "will go home on nasogastric (NG) tube top-ups and low-flow oxygen, and needs feeding every three "
              "hours, day and night."),
        ("h1", "Lyla's days on the unit"),
        ("p", "Lyla weighed 1.92kg on 14/10/2025 and sleeps most of the time between feeds. Nurses have seen her "
              "settle within a minute when Kayleigh holds her skin to skin, and her oxygen levels stay steady when "
              "she is held. When Dean shouted on 04/10/2025 her heart rate rose and she needed extra oxygen for "
              "twenty minutes. Dean has done six of her cares: he is gentle with her tube and talks to her in a low "
              "voice, and she turns her head towards him. Kayleigh has been on the unit every day; Dean has missed "
              "four days since 01/10/2025."),
        ("h1", "What we want for Lyla"),
        ("bullets", [
            "Lyla comes home only when both her parents can tube-feed her, manage her oxygen and know what to do "
            "if she stops breathing.",
            "Lyla is fed every three hours, day and night, and grows along her centile (the 9th, corrected for "
            "her prematurity).",
            "Lyla lives in a home free of drugs, smoke and shouting, where her oxygen is kept safely.",
            "Lyla is seen by a professional at least twice every week in her first month at home.",
        ]),
        ("h1", "How this plan is set out"),
        ("p", "There are three stages. The time for each stage is given once, in its heading, and applies to every "
              "action in that stage. Stage 2 is a week grid: a tick means the action happens that week and “2×” "
              "means twice that week; week 1 starts on the day Lyla comes home. Stage 3 has a column headed with "
              "its end date. Every action has a lead and says how we will know it has happened and is working."),
        ("h2", "Stage 1 – before Lyla leaves SCBU (every action in this table is done before discharge; "
               "discharge planning meeting 30/10/2025)"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "How we will know"],
            "widths": [1.0, 9.5, 5.2, 10.0],
            "rows": [
                ["1.1",
                 "Teach Kayleigh and Dean to pass and check an NG tube, give top-ups, use the oxygen and give "
                 "baby life support, and sign off each skill",
                 "Sister Gwen Hocking, SCBU",
                 "Competency booklet signed off for each parent and copied to the SW before the discharge "
                 "planning meeting"],
                ["1.2",
                 "Room in at the unit's parent flat for two nights, doing all of Lyla's cares and night feeds",
                 "Kayleigh Chenoweth and Dean Pascoe",
                 "Nursing notes show every feed given within 30 minutes of its time on both nights"],
                ["1.3",
                 "Visit Lyla on the unit twice a week and see her with each parent",
                 "Jodie Tamblyn, social worker",
                 "Visit notes record who was with Lyla and what the nurses and Jodie saw of her care"],
                ["1.4",
                 "Weekly key-work with Dean with a urine screen each time, and a written view on whether he has "
                 "stopped using and can stay drug-free for Lyla",
                 "Ross Penhale, recovery worker, Trevannick Drug and Alcohol Service",
                 "Screen results and the written report with the SW two days before the discharge planning "
                 "meeting"],
                ["1.5",
                 "Fit the home oxygen and check that the flat is safe for it, including no smoking indoors",
                 "Trevannick Home Oxygen Service, with a fire service safe and well visit",
                 "Installation and risk assessment form, and the fire service visit record, on Lyla's file"],
                ["1.6",
                 "Visit the flat to check Lyla's cot, the heating, where the feed equipment is kept and the "
                 "sleeping arrangements",
                 "Morwenna Rowe, health visitor",
                 "Health visitor's home check form on file and shared at the discharge planning meeting"],
            ],
        }),
        ("h2", "Stage 2 – weeks 1 to 4 at home (week grid)"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "Wk 1", "Wk 2", "Wk 3", "Wk 4", "How we will know"],
            "widths": [1.0, 7.3, 4.6, 1.3, 1.3, 1.3, 1.3, 7.6],
            "rows": [
                ["2.1",
                 "Home visit to weigh Lyla and check her tube, her oxygen levels and the feed chart",
                 "Becca Trewin, neonatal outreach nurse",
                 "2×", "2×", "2×", "2×",
                 "Weights and chart checks sent to the SW after each visit; Lyla gains weight at every weigh"],
                ["2.2",
                 "Visit Lyla at home, one visit in two unannounced, and see who is caring for her",
                 "Jodie Tamblyn, social worker",
                 TICK, TICK, TICK, TICK,
                 "Visit notes record Lyla seen, the feed chart checked and any visitors named"],
                ["2.3",
                 "Stay overnight at the flat every night and do alternate night feeds with the parents",
                 "Tracy Chenoweth (maternal grandmother)",
                 TICK, TICK, "", "",
                 "Tracy signs the night section of the feed chart; the outreach nurse checks it at each visit"],
                ["2.4",
                 "Key-work and a urine screen with Dean, and a written report for the first core group after "
                 "discharge",
                 "Ross Penhale, Trevannick Drug and Alcohol Service",
                 TICK, TICK, TICK, TICK,
                 "Screen results to the SW each week; report on file before that core group"],
                ["2.5",
                 "New birth visit, then a check of safe sleep and how Kayleigh is feeling",
                 "Morwenna Rowe, health visitor",
                 TICK, "", TICK, "",
                 "Visits written up in Lyla's red book; Kayleigh's mood screening score shared with the SW"],
                ["2.6",
                 "Write up every feed, day and night, on the feed chart",
                 "Kayleigh Chenoweth and Dean Pascoe",
                 TICK, TICK, TICK, TICK,
                 "Chart shows no gap of more than three and a half hours between feeds"],
            ],
        }),
        ("h2", "Stage 3 – weeks 5 to 12 at home, up to the review conference"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By 15/01/2026", "How we will know"],
            "widths": [1.0, 8.0, 5.0, 3.2, 8.5],
            "rows": [
                ["3.1",
                 "Move Lyla from tube top-ups to full bottle feeds, following a written weaning plan agreed with "
                 "Kayleigh and Dean",
                 "Becca Trewin, neonatal outreach nurse, with the neonatal dietitian",
                 TICK,
                 "Weaning plan on file; NG tube out and Lyla on her centile at two weighs in a row"],
                ["3.2",
                 "Weigh Lyla at the baby clinic and check her development",
                 "Morwenna Rowe, health visitor",
                 TICK + " every week",
                 "Weights plotted in the red book and sent to the SW each month"],
                ["3.3",
                 "Go to the Little Steps group at Trevannick Family Hub for parents of premature babies",
                 "Kayleigh and Dean; place booked by Ellie Hosken, family support worker",
                 TICK + " every Thursday from 13/11/2025",
                 "Group register shows each parent at 6 or more of the 8 sessions"],
                ["3.4",
                 "Work with Dean on the shouting on the unit and what it did to Lyla",
                 "Pete Rowse, Trevannick Change Programme",
                 TICK + " six weekly sessions",
                 "Attendance after each session and an end-of-work report to the SW"],
                ["3.5",
                 "Neonatal follow-up clinic, oxygen review and eye check",
                 "Dr Lowena Pryor, consultant neonatologist",
                 TICK + " clinic on 09/12/2025",
                 "Clinic letter with the oxygen plan sent to the GP and SW"],
                ["3.6",
                 "Visit Lyla at home, seeing Kayleigh and Dean together and each on their own",
                 "Jodie Tamblyn, social worker",
                 TICK + " every two weeks",
                 "Visit notes show each visit and what was seen of Lyla's care"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Lyla misses a feed, her oxygen tubing is found disconnected, or she loses weight at two weighs in "
              "a row, the outreach nurse will tell Jodie the same day and take Lyla back to the children's ward at "
              "Trevannick Royal Infirmary to be checked; Jodie will hold a strategy discussion the same day."),
        ("p", "If Dean has a screen positive for cocaine, or anyone sees or smells drugs in the flat, Dean will "
              "leave the flat that day and stay with his mother at 40 Harbour Road; his time with Lyla will be at "
              "Trevannick Family Hub, and Jodie will hold a strategy discussion the same day."),
        ("p", "If there is any shouting or violence between Kayleigh and Dean, Kayleigh will ring 999, Dean will "
              "leave the flat, and Kayleigh and Lyla will stay at Tracy's house that night."),
        ("p", "If Tracy cannot do her nights in weeks 1 and 2 (she is ill or cannot manage), Jodie will arrange a "
              "night-time family support worker at the flat from the next night; if none can be found, Kayleigh "
              "and Lyla will go back to the unit's parent flat until one is."),
        ("p", "If Dean has two positive screens in Lyla's first eight weeks at home, or either parent cannot give "
              "a feed safely after the training, Jodie will ask Ayesha Quinn for a legal planning meeting within "
              "five working days to decide whether to start pre-proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meeting: 30/10/2025, 2pm, SCBU seminar room.",
            "Core group every two weeks for Lyla's first month at home, then every four weeks, at Trevannick "
            "Family Hub: 28/10/2025 (on the unit), 11/11/2025, 25/11/2025 and 23/12/2025.",
            "Review child protection conference: 15/01/2026, 2pm, Trevannick Guildhall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plan for a non-verbal 4-year-old with severe epilepsy and rescue
#    medication, mother's drinking. Markdown: actions in blocks of weeks
#    with the time in the block heading; measures inside the outcomes and
#    in a table keyed by action number. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_thrushwold_epilepsy_weeks_blocks_measures_table_mcardle.md",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-markdown-about-family-bullets-worries-childs-world-observed-makaton-outcomes-with-measure-after-a-dash-then-numbered-actions-in-blocks-of-weeks-time-in-block-heading-then-how-we-will-know-table-by-action-number-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-year-old with a severe epilepsy syndrome who "
        "does not speak, after a 25-minute seizure at home when his mother had been drinking and "
        "did not give his rescue medicine. A Markdown plan: each outcome carries its own measure "
        "after a dash ('- his medicine chart and the pharmacy's collection record will show this'); "
        "the numbered actions sit in blocks of weeks whose heading gives the time for every action "
        "in it ('Weeks 1-4: all done by Friday 07/11/2025'); the measures are in a 'How we will "
        "know it is working' table by action number. The alcohol service reports on change, the "
        "GP and nursery own actions, the grandfather's and father's parts have a fallback, a short "
        "break is arranged, legal planning follows named triggers, dates are set; Reuben's world "
        "is what adults saw and what he signed."
    ),
    "text": """\
# Child Protection Plan: Reuben McArdle

**Thrushwold District Council — Children's Social Work Service, Disabled Children and Families Team**

Agreed at the initial child protection conference on 10/10/2025 · Chair: Yvonne Castle (IRO)

## Reuben and his family

- **Reuben McArdle**, born 21/01/2021 (4). Reuben has a severe epilepsy syndrome and global developmental
  delay. He does not use words; he has four Makaton signs (more, drink, finished, Mummy) and leads adults by
  the hand to what he wants. He goes to Little Otters Nursery at Thrushwold Child Development Centre,
  Monday to Thursday.
- **Shauna McArdle** (Mum, 29), 6 Mill Race Court, Thrushwold TH2 7PF. Reuben lives with her.
- **Liam Doherty** (Dad, 31), Kelbrook Road, Thrushwold. Reuben is with him every Saturday.
- **Des McArdle** (Grandad, Shauna's father, 58), 9 Heron Walk, Thrushwold.
- **Category:** neglect.
- **Social worker:** Megan Varley (team manager: Colin Adebayo).

## What we are worried about

Reuben takes anti-seizure medicine three times a day and has buccal midazolam for any seizure that lasts
more than five minutes. On 14/09/2025 he had a seizure at home that lasted about 25 minutes. Shauna had been
drinking wine since the afternoon and did not give his rescue medicine; a neighbour heard her shouting for
help and rang 999, and Reuben spent two nights in intensive care at Thrushwold Children's Hospital. Barley
Lane Pharmacy says three of his last six prescriptions were collected more than a week late. Nursery counted
11 seizures in September, against two in July. Shauna told the conference that she drinks most nights to get
to sleep, and that things have been "too much" since Reuben's seizures got worse in the summer.

## Reuben's world

Megan saw Reuben at home on 03/10/2025 and 07/10/2025 and at nursery on 06/10/2025.

- At home he took Megan's hand, walked her to the kitchen and tapped his cup, then signed "more" when she
  filled it. When Grandad came in he ran to the door and signed "Mummy" until Shauna came too, then pulled
  them both to the sofa.
- He covered his ears and rocked when the television was loud, and settled when Shauna turned it down and
  sang to him.
- Nursery say he has been frightened of the bath since the seizure in September: he arches and cries when he
  is carried to the bathroom, and Shauna now washes him on a towel on the floor.
- At nursery he laughs at bubbles, signs "more" again and again, and signs "finished" at the end of snack.
  After a seizure he sleeps for up to two hours and wakes looking for his blue blanket.
- Liam says Saturdays are "his best day", and Reuben stands at Liam's window waiting for the bus he likes to
  watch.

## What we want for Reuben, and how we will know

1. By Christmas Reuben gets every dose of his medicine on time — his medicine chart and the pharmacy's
   collection record will show this.
2. By the end of week 4 every adult who looks after Reuben can give his rescue medicine and knows his
   seizure care plan — each of them will have a signed training record.
3. Reuben is always looked after by a sober adult — Shauna's breath tests will all be zero and no
   professional will see or smell alcohol at a visit.
4. Reuben can show the people around him what he wants and how he feels — by the review conference he will
   use 10 signs or symbols at home, up from 4.

## The plan

The actions are in three blocks of time. The time in each block's heading applies to every action in it;
where an action happens more often than that, it says so. We have not repeated under each action how we
will check it: that is in the next section, "How we will know it is working", under the action's number.

### Weeks 1–4: all done by Friday 07/11/2025

1. **Shauna** gives Reuben his medicine at 7am, 1pm and 7pm every day (nursery gives the 1pm dose on
   nursery days) and ticks the medicine chart each time.
2. **Kirsty Bell, children's epilepsy nurse specialist**, trains Shauna, Liam and Des to give buccal
   midazolam and to follow Reuben's seizure care plan, and signs each of them off.
3. **Megan Varley, social worker**, visits Reuben at home every week until the review conference, at least
   one visit in four unannounced, and sees him at nursery once in these four weeks.
4. **Gary Lund, recovery worker, Thrushwold Alcohol Service**, assesses Shauna's drinking, starts weekly
   key-work with a breath test at each session, and reports to the first core group on what needs to change
   for Reuben and how long it is likely to take.
5. **Dr Emma Kowalski, GP, Millbeck Surgery**, sets up a repeat-prescription reminder with Barley Lane
   Pharmacy and tells Megan about any prescription not collected within three days of being ready.
6. **Jade Ince, key worker, Little Otters Nursery**, keeps Reuben's seizure diary at every session, gives
   his 1pm dose on nursery days and sends the diary home with him.
7. **Des McArdle (Grandad)** does Reuben's bedtime — his 7pm dose, his wash and settling him — every
   Monday, Wednesday and Friday from 13/10/2025.
8. **Liam Doherty (Dad)** has Reuben every Saturday from 10am to 4pm, gives his 1pm dose and fills in the
   medicine chart and the seizure diary.

### Weeks 5–10: 10/11/2025 to 19/12/2025

9. **Shauna** goes to key-work with a breath test every Tuesday, and does not drink on any day she is looking
   after Reuben on her own.
10. **Kirsty Bell** goes through the seizure diary and the medicine chart with Shauna every two weeks.
11. **Amy Chen, Thrushwold Portage Service**, visits Reuben at home every two weeks to build his signs and to
    set up a "first – then" picture board with Shauna.
12. **Megan Varley** arranges a first overnight short break for Reuben at Willowdene, whose staff are
    trained in his rescue medicine, by 19/12/2025, and then one night every month.

### By the review conference on 08/01/2026

13. **Dr Helen Ogle, consultant paediatric neurologist, Thrushwold Children's Hospital**, reviews Reuben's
    medicines and his seizure care plan in clinic.
14. **Megan Varley** completes a parenting assessment of Shauna, looking at how she meets Reuben's medical
    and everyday care needs.

## How we will know it is working

| Action | What we will see |
|---|---|
| 1 | The medicine chart, checked by Megan at each visit and by Kirsty every two weeks, has all three doses ticked on at least 27 of every 28 days; the pharmacy confirms each prescription collected on time. |
| 2 | A signed training record for each of Shauna, Liam and Des is on Reuben's file by 07/11/2025. |
| 3 | Visit notes show Reuben seen every week, with what he signed or showed Megan and what she saw of his care. |
| 4 | Gary's written report, with the breath test results, is on file before the first core group. |
| 5 | The pharmacy's letter confirming the reminder is on file by 24/10/2025, and any late collection reaches Megan by email within a day. |
| 6 | The seizure diary comes home every nursery day and a copy reaches Megan each Friday; nursery's medicine record shows every 1pm dose given. |
| 7 | Des signs the 7pm dose on the medicine chart on his nights; Megan checks the chart at her visits. |
| 8 | Liam signs the 1pm dose on Saturdays and the Saturday page of the seizure diary is filled in. |
| 9 | The alcohol service sends Megan each Tuesday's breath test result; every one reads zero. |
| 10 | Kirsty's notes after each check reach Megan, with the number of seizures and of missed doses. |
| 11 | Amy's visit notes count the signs and symbols Reuben uses; the board is seen in use at Megan's visits. |
| 12 | Willowdene's booking letter is on file by 19/12/2025, and their notes say how Reuben settled each night. |
| 13 | The clinic letter, with any change to Reuben's medicines and his updated seizure care plan, is sent to the GP, nursery and Megan. |
| 14 | The parenting assessment report is shared with Shauna and the core group before the review conference. |

## If things go wrong

- **If** Reuben has a seizure lasting more than five minutes and nobody gives his rescue medicine, or the
  medicine chart shows two missed doses in any week: nursery or Kirsty will tell Megan the same day, Megan
  will hold a strategy discussion the same day, and Reuben will stay with Des at 9 Heron Walk until it has
  taken place.
- **If** Shauna has a breath test above zero, or is found to have been drinking while looking after Reuben
  on her own: Reuben will go to Des that day (or to Liam if Des cannot have him), and Megan will visit the
  same day.
- **If Des or Liam cannot do their part** (illness, work or anything else): the other will cover it; if
  neither can, Megan will book an emergency night at Willowdene, or with Thrushwold foster carers trained in
  rescue medicine, the same day.
- **If** there are two or more weeks with missed doses or drinking before the review, or the parenting
  assessment finds Shauna cannot keep Reuben safe with his medicines, Megan will ask Colin Adebayo for a legal
  planning meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 1.30pm at Little Otters Nursery: 23/10/2025, 20/11/2025 and
  18/12/2025.
- Review child protection conference: 08/01/2026, 10am, Thrushwold Council Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan for a 7-year-old with Down syndrome and hearing loss, neglect
#    (attendance, lost hearing aids, teeth, home conditions). Plain text:
#    each outcome gives a school-term deadline and "how we will know"; the
#    lettered actions under it are measured by it. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_tidderley_school_term_outcomes_faulkner.txt",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-plain-text-caps-headings-details-lines-why-what-kacey-has-told-us-makaton-talking-mat-how-this-plan-works-then-outcome-blocks-with-school-term-deadline-and-how-we-will-know-line-lettered-action-sentences-under-each-contingency-meetings-txt",
    "description": (
        "Exemplary initial conference plan for a 7-year-old with Down syndrome and hearing loss and "
        "her 2-year-old brother: poor attendance, hearing aids lost for months, untreated tooth decay "
        "and dog mess on the floors. A plain-text plan in ordinary prose: five outcomes, each with a "
        "school-term deadline ('By Christmas', 'By February half term', 'By Easter') and a 'HOW WE "
        "WILL KNOW' line, and lettered action sentences under each with an owner and a time by term, "
        "date or frequency, measured by their outcome's line unless they add their own. Kacey's "
        "views come from Makaton and a talking mat; the grandmother's school runs have a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
TIDDERLEY CITY COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN
Agreed at the initial child protection conference on 16/10/2025
-------------------------------------------------------------------------------

Child:          Kacey Faulkner, born 11/04/2018 (7), Year 3, St Aidan's C of E
                Primary School, Tidderley
Brother:        Toby Keane, born 30/06/2023 (2)
Home:           41 Larch Crescent, Tidderley TD6 2NP
Mum:            Gemma Faulkner (33)
Stepdad:        Rob Keane (40), Toby's dad; works nights at the Brindle Park
                distribution centre
Nan:            Pat Faulkner, 8 Cedar Row, Tidderley (two streets away)
Kacey's dad:    Lee Gibson, no contact since 2021
Category:       Neglect (both children)
Social worker:  Joy Mensah (team manager: Alan Pickering)
Chair:          Fiona Daley (IRO)


WHY KACEY AND TOBY HAVE A PLAN

Kacey has Down syndrome and a moderate hearing loss in both ears. Her
attendance last school year was 71% and she was late 38 times. Her hearing aids
were lost in June and she has missed three audiology appointments since, so she
has been in class all term without them. The school dentist found decay in six
of her teeth in July and a letter asking Gemma to book treatment was not
answered. On a home visit on 18/09/2025 there was dog mess on the kitchen and
landing floors and Toby's cot mattress was soaked through; Toby's two-year
review was missed in August. Gemma says mornings have fallen apart since Rob
started nights and she is on her own with both children until he gets home.
Gemma and Rob both agree that things have slipped and say they want help.


WHAT KACEY HAS TOLD US

Kacey talks in two- and three-word sentences and uses Makaton signs. Joy saw
her at school on 26/09/2025 with Mrs Kaur, her teaching assistant. She signed
and said "school good" and "Ruby friend". Shown a photo of her bedroom, she
said "smelly", held her nose and pointed at the dog. She touched her ears and
said "broke" and "no hear". On a talking mat she put "breakfast" and "bath"
under "not happy", and "school", "Nan" and "Toby" under "happy". She would like
"pink ears" - pink hearing aids, like a girl in her class.

Toby was seen at home on 18/09/2025 and 29/09/2025. He is a busy, smiley
little boy who climbs onto the sofa to show visitors his cars. He has few words
yet and points and shouts for what he wants. He went straight to Gemma when the
dog knocked him over and calmed quickly in her arms.


HOW THIS PLAN WORKS

Each outcome below says what we want for Kacey and Toby, by when, and how we
will know. The actions that get us there are listed under it. An action is
checked by its outcome's HOW WE WILL KNOW line unless it says something more.
The dates are school terms: October half term is 27-31 October 2025; "by
Christmas" means by the end of the autumn term on 19/12/2025; February half
term is 16-20 February 2026; "by Easter" means by the end of the spring term on
27/03/2026. The review conference in January will check how far each outcome
has got.


THE PLAN - OUTCOMES AND WHAT WILL HAPPEN
-------------------------------------------------------------------------------

OUTCOME 1 - SCHOOL
By Christmas Kacey will be at school every day and in class by 8.50am.
HOW WE WILL KNOW: the school register will show this - 95% attendance or more
for the autumn term, and no more than one late mark a half term.

  1a. Gemma will get Kacey up, dressed, fed and to the school gate by 8.45am
      every Monday, Wednesday and Friday, starting on 20/10/2025.
  1b. Pat (Nan) will take Kacey to school every Tuesday and Thursday, starting
      on 21/10/2025.
  1c. Mr Dev Sharma, family support lead at St Aidan's, will phone Gemma by
      9.30am on any day Kacey is not in, and tell Joy the same day.
  1d. Joy Mensah (social worker) will get Kacey a free breakfast club place by
      October half term, so that she can be dropped at 8am; the breakfast club
      register will also show whether she goes.


OUTCOME 2 - HEARING
By February half term Kacey will wear working hearing aids all day at school
and at home.
HOW WE WILL KNOW: Mrs Kaur's daily hearing aid log and the audiology fitting
letter will show this.

  2a. Lucy Dunne, paediatric audiologist at Tidderley Children's Hearing
      Service, will test Kacey's hearing and fit new aids by October half
      term, and send the fitting letter to Gemma, school and Joy.
  2b. Gemma will take Kacey to her audiology appointment on 21/10/2025 and to
      every follow-up, put her aids in each morning, and put them in their box
      on Kacey's bedside table every night.
  2c. Mrs Harpreet Kaur, Kacey's teaching assistant, will check the aids at
      9am every school day and change the batteries every Monday, writing
      both in the log.
  2d. Mr Owen Pryce, teacher of the deaf at Tidderley Sensory Support Service,
      will visit school and home once every half term to check the aids and
      show Gemma and Kacey's class staff how to care for them; his visit notes
      go to Joy.


OUTCOME 3 - TEETH
By Easter Kacey's decayed teeth will have been treated, and her teeth will be
brushed twice every day.
HOW WE WILL KNOW: the dentist's letters and Kacey's brushing chart will show
this.

  3a. Gemma will take Kacey to Tidderley Community Dental Service for her
      assessment by Christmas, and to every treatment appointment it books.
  3b. Dr Ana Ruiz, specialist children's dentist at Tidderley Community Dental
      Service, will assess Kacey by Christmas and complete her treatment by
      Easter, writing to Joy after each appointment.
  3c. Gemma and Rob will brush Kacey's teeth every morning and every night and
      tick her brushing chart; Joy will look at the chart on each visit.


OUTCOME 4 - HOME
By February half term Kacey and Toby will live in a clean, warm home with
clear floors, no dog mess indoors, and a clean, dry bed each.
HOW WE WILL KNOW: Joy's home conditions checklist will show this, with a score
of 4 or 5 on every line at three visits in a row.

  4a. Chloe Marsh, family support worker at Tidderley Family Support, will do
      a cleaning and laundry routine with Gemma and Rob every Wednesday
      morning until February half term, and send her session notes to Joy.
  4b. Rob will walk the dog and clear the yard every morning when he gets home
      from work, and keep the dog out of the children's bedrooms.
  4c. Joy Mensah (social worker) will visit every week, at least one visit in
      three unannounced, see Kacey and Toby and their bedrooms, and fill in
      the home conditions checklist.
  4d. Beth Nolan, health visitor, will do Toby's two-year review by October
      half term and send his development scores to Joy.


OUTCOME 5 - KACEY'S VOICE
By Easter Kacey will have her own "All about me" book, with a page for every
month, showing what she thinks about home and school.
HOW WE WILL KNOW: Joy will bring the book to each core group; every page will
have Kacey's own signs, pictures or words.

  5a. Joy Mensah (social worker, lead) and Mrs Kaur will do an "All about me"
      session with Kacey at school once every month, using Makaton, photos and
      her talking mat.


IF THINGS GO WRONG

If Kacey misses two days of school in one week without a reason the school
has accepted, Mr Sharma will tell Joy that day and Joy will visit the same
day. If Joy finds dog mess where the children play or sleep, or either child
without a clean, dry bed, Kacey and Toby will stay with Pat at 8 Cedar Row
that night and Joy will hold a strategy discussion the next working day.

If Pat cannot do her school runs (she is ill or away), Mr Sharma will collect
Kacey in the school's walking bus from the end of Larch Crescent at 8.30am on
those days, and Joy will arrange a family support worker to help Gemma with
the morning routine that week.

If Kacey misses two audiology or dental appointments, Joy will take Gemma and
Kacey to the next one herself and tell the GP.

If by the review conference Kacey's attendance is below 90%, her new hearing
aids have not been fitted because appointments were missed, or the home
conditions checklist has not reached 4 on every line, Joy will ask Alan
Pickering for a legal planning meeting within five working days to decide
whether to start the Public Law Outline.


MEETINGS

Core group:          every four weeks, Tuesdays at 2pm at St Aidan's -
                     28/10/2025, 25/11/2025 and 06/01/2026 (the December
                     meeting moved past the Christmas holiday)
Review conference:   15/01/2026, 10am, Tidderley Civic Centre
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group 2 minutes, non-verbal 11-year-old autistic boy held down by
#    his father; father's low mood, mother's drinking. Word minutes: action
#    log with CF (carried forward) and NEW rows and a closed CF row, then a
#    separate "What will tell us it is working" table keyed by ref that
#    leaves two actions out. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_tarnwick_core_group_cf_new_log_separate_measures_dabrowski.docx",
    "doc_title": "Core Group Minutes - Szymon Dabrowski",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-word-details-list-agency-updates-child-aac-and-sibling-views-outcomes-from-plan-then-action-log-ref-lead-due-status-carried-forward-and-new-rows-closed-row-kept-then-separate-what-will-tell-us-table-by-ref-missing-two-refs-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for an 11-year-old autistic boy who does not speak and was "
        "bruised when his father held him down in meltdowns; his father has low mood and his mother "
        "drinks in the evenings. The action log mixes carried-forward (CF) and NEW rows with a Lead "
        "and a Due column and keeps one closed row (not counted); the measures are in a separate 'What "
        "will tell us it is working' table keyed by ref. Most rows are sound (weekly visits, body maps, "
        "the PBS plan, the alcohol service's reports, the GP). Faults: Talking Therapies only treats "
        "the father and is measured by his 'engagement'; 'The network' owns the communication aids; "
        "the measures table leaves out the parenting assessment and the new action for the sister, "
        "whose due date is 'Ongoing'; the contingency has no specific trigger and nothing says legal "
        "planning follows."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Tarnwick Borough Council · Children's Services · Disabled Children's Team"),
        ("kv", [
            ("Child", "Szymon Dąbrowski, DOB 19/02/2014 (11), Tarnwick Oaks School"),
            ("Sister", "Zofia Dąbrowska (15), Tarnwick High School"),
            ("Parents", "Agnieszka Dąbrowska (38) and Tomasz Dąbrowski (41), 27 Kestrel Rise, Tarnwick TK4 8RD"),
            ("Category", "Physical abuse"),
            ("Plan made", "Initial child protection conference, 23/10/2025 (chair: Helen Yates, IRO)"),
            ("Meeting", "Core group 2, Tuesday 18/11/2025, 4pm, Tarnwick Oaks School"),
            ("Chair and minutes", "Rhian Bevan, social worker"),
            ("Present", "Agnieszka and Tomasz; Mrs Ffion Price (DSL, Tarnwick Oaks School); Dr Imogen Tate "
                        "(clinical psychologist, Tarnwick Learning Disability CAMHS); Jo Hale (Tarnwick Alcohol "
                        "and Drug Service); Marek Nowak (Polish interpreter)"),
            ("Apologies", "Dr Gethin Rees (GP); Tarnwick Talking Therapies (no reply to the invitation)"),
        ]),
        ("h1", "1. What has happened since core group 1 (04/11/2025)"),
        ("p", "Rhian (SW): two home visits and one school visit since the last meeting. Szymon was calm at home on "
              "both visits and showed Rhian his trampoline. His communication app and PECS book did not come to "
              "school on 10/11 or 12/11, and he was distressed both mornings because he could not ask for his "
              "timetable. The short breaks panel agreed overnight stays at Brynmor House on 14/11/2025."),
        ("p", "Mrs Price (school): no new marks since 28/10/2025. Szymon has needed the calm room three times in "
              "the last fortnight, down from most days in October."),
        ("p", "Dr Tate (LD CAMHS): two observations at home done. The written positive behaviour support plan is "
              "two weeks late because the family asked for Saturday mornings to be added; most of Szymon's "
              "meltdowns happen then."),
        ("p", "Jo Hale (alcohol service): Agnieszka came to both of her fortnightly sessions and both breath "
              "tests were zero. She says she now drinks only at weekends, after the children are in bed."),
        ("p", "Tomasz said he has been to two Talking Therapies sessions and finds them useful. He has not held "
              "Szymon down since the conference; when Szymon hits out he now steps away and lets Agnieszka take "
              "over. Agnieszka said this leaves her “doing it all” on Saturdays."),
        ("h1", "2. Szymon and Zofia"),
        ("p", "Szymon does not speak. He uses about 40 PECS cards and a symbol app on his iPad. At school on "
              "13/11/2025 Rhian used the app with him and his class teacher, Ms Ceri Lloyd. He pressed “home” and "
              "then “happy”, and “Tata” and then “car” (his dad takes him for drives). When Rhian showed him a photo "
              "of the kitchen at home he pressed “stop” and covered his ears. Staff say he brings his trampoline "
              "card to the door at home time and flaps and smiles when he sees his mum at the gate."),
        ("p", "Zofia (seen on her own at school, 11/11/2025): “Dad's calmer. I still take Szymon upstairs when it "
              "starts. I don't want anyone at school to know.” She scored home 6 out of 10, up from 3 in October."),
        ("h1", "3. Outcomes (from the plan made at conference)"),
        ("bullets", [
            "Szymon is never held down or hurt at home, and the adults caring for him know other ways to keep him "
            "and themselves safe during a meltdown.",
            "Szymon has his communication app and PECS book with him every day, at home, at school and at Brynmor "
            "House.",
            "Zofia no longer has to be the one who looks after Szymon when he is distressed.",
        ]),
        ("h1", "4. Action log"),
        ("p", "CF = carried forward from the plan made at conference. NEW = agreed at this meeting. Closed actions "
              "stay in the log for one meeting and then come off."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Due", "Status"],
            "widths": [1.4, 7.0, 3.8, 2.9, 1.9],
            "rows": [
                ["CF1",
                 "Visit Szymon at home and at school and see him with his communication app; one home visit in "
                 "three unannounced",
                 "Rhian Bevan, SW",
                 "Weekly until the review conference",
                 "CF – on track"],
                ["CF2",
                 "Write a positive behaviour support plan for home with the family and school, including an "
                 "agreement that nobody holds Szymon down",
                 "Dr Imogen Tate, clinical psychologist, Tarnwick LD CAMHS",
                 "By 02/12/2025 (first due 18/11/2025)",
                 "CF – new date"],
                ["CF3",
                 "Weekly sessions for Tomasz at Tarnwick Talking Therapies for his low mood and anger",
                 "Tarnwick Talking Therapies",
                 "Weekly from 04/11/2025",
                 "CF"],
                ["CF4",
                 "Fortnightly key-work and breath tests for Agnieszka, with a written report to each core group "
                 "on her drinking and how it affects her care of the children",
                 "Jo Hale, Tarnwick Alcohol and Drug Service",
                 "Fortnightly; report two days before each core group",
                 "CF – report received"],
                ["CF5",
                 "Check Szymon's arms and body at the start of each school day and record any mark on a body "
                 "map",
                 "Mrs Ffion Price, DSL, Tarnwick Oaks School",
                 "Every school day",
                 "CF – no new marks"],
                ["CF6",
                 "Make sure Szymon's PECS book and iPad go with him between home, school and Brynmor House",
                 "The network",
                 "Every day",
                 "CF – missed twice"],
                ["CF7",
                 "Complete the parenting assessment of Agnieszka and Tomasz",
                 "Rhian Bevan, SW",
                 "By 19/12/2025",
                 "CF – started"],
                ["CF8",
                 "Refer Szymon to the short breaks panel",
                 "Rhian Bevan, SW",
                 "By 14/11/2025",
                 "Done 14/11/2025 – closed"],
                ["NEW1",
                 "Book Szymon's first overnight stays at Brynmor House and give their staff his communication "
                 "passport",
                 "Rhian Bevan, SW",
                 "First stay by 12/12/2025, then one weekend a month",
                 "NEW"],
                ["NEW2",
                 "Talk to Zofia on her own about home and offer her a place at the young carers' group",
                 "Rhian Bevan, SW",
                 "Ongoing",
                 "NEW"],
                ["NEW3",
                 "Review Tomasz's antidepressant and send Rhian a summary of his mental health history",
                 "Dr Gethin Rees, GP, Tarnwick Health Centre",
                 "By 02/12/2025",
                 "NEW"],
                ["NEW4",
                 "Show Agnieszka and Tomasz at home how to guide Szymon away and calm him without holding him",
                 "Sam Hughes, PBS practitioner, Tarnwick LD CAMHS",
                 "Four home sessions by 19/12/2025",
                 "NEW"],
            ],
        }),
        ("h1", "5. What will tell us it is working"),
        ("p", "Taken from the plan made at conference, with lines added today for the new actions. Read it with the "
              "action log, by ref."),
        ("table", {
            "header": ["Ref", "What we will see"],
            "widths": [1.4, 15.6],
            "rows": [
                ["CF1", "Visit notes show Szymon seen every week, with what he said on his app written down."],
                ["CF2", "A written PBS plan signed by both parents and the school is on file by 02/12/2025."],
                ["CF3", "Tomasz's engagement with the sessions."],
                ["CF4", "Breath test results and Jo's written report on file before each core group."],
                ["CF5", "Body maps sent to Rhian every Friday, and any mark reported to her the same day."],
                ["CF6", "The school's morning log shows the PECS book and iPad arrived with Szymon every day."],
                ["NEW1", "Brynmor House's booking letter on file, and their notes from each stay sent to Rhian."],
                ["NEW3", "The GP's summary is on file by 02/12/2025."],
                ["NEW4", "Sam's notes from each session, and both parents able to show the core group the calming "
                         "steps in the PBS plan."],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "As agreed at conference: if there are any further concerns about Szymon's safety, Rhian will arrange a "
              "strategy discussion and Szymon will stay with his aunt, Ewa Kowalczyk, until things settle."),
        ("p", "If the plan is not working, the core group will discuss it at its next meeting."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group 3: Tuesday 16/12/2025, 4pm, Tarnwick Oaks School; then every four weeks.",
            "Review child protection conference: Thursday 15/01/2026, 10am, Tarnwick Civic Centre.",
        ]),
        ("p", "Minutes typed by Rhian Bevan on 19/11/2025 and sent to everyone present, with a Polish copy for "
              "Agnieszka and Tomasz."),
    ],
    "findings": [
        F("H001", "Weekly sessions for Tomasz at Tarnwick Talking Therapies"),
        F("M002", "Weekly sessions for Tomasz at Tarnwick Talking Therapies"),
        F("W002", "Make sure Szymon's PECS book and iPad go with him"),
        F("M001", "Complete the parenting assessment of Agnieszka and Tomasz"),
        F("T002", "Talk to Zofia on her own about home"),
        F("M001", "Talk to Zofia on her own about home"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan for a 4-month-old with a cleft palate and faltering growth, living
#    with her young parents at the paternal grandparents'. Landscape PDF with
#    header and footer: a Gantt-like week grid with ticks under week-
#    beginning dates, then a stage of further work with no timescale at all.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_torrowby_gantt_week_grid_cleft_feeding_haworth.pdf",
    "doc_title": "Child Protection Plan - Rosie Haworth",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-baby-feeding-plan-word-printed-to-pdf-landscape-header-footer-details-why-worried-rosies-day-outcomes-then-gantt-week-grid-ticks-under-week-beginning-dates-one-row-merged-across-weeks-then-other-things-bullets-with-no-timescale-contingency-meetings",
    "description": (
        "Initial conference plan for a 4-month-old with a cleft palate awaiting repair whose weight "
        "has fallen below the 2nd centile; her parents, 19 and 21, live in an overcrowded house with "
        "his parents and missed two cleft clinic appointments. A landscape Word plan printed to PDF "
        "with header and footer: a Gantt-like week grid for eight weeks (ticks under week-beginning "
        "dates) with a lead and a 'How we will know' column, then 'Other things that need to happen' "
        "bullets. Most grid rows are sound. Faults: 'Family' owns the weekend night feeds; the "
        "dietitian's review is 'Monitored by the HV'; the family support row has 'As and when needed' "
        "merged across the weeks; the three further actions have no timescale at all; one outcome is "
        "only the parents' confidence; the plan leans on the grandparents but the contingency never "
        "says what happens if they cannot help; the review conference is 'to be arranged'."
    ),
    "header": "OFFICIAL-SENSITIVE – Torrowby Metropolitan Borough Council – Children's Services",
    "footer": "Rosie Haworth – child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Torrowby Children's Services · Early Years Safeguarding Team"),
        ("kv", [
            ("Child", "Rosie Haworth, born 08/06/2025 (4 months)"),
            ("Lives with", "Chelsea Haworth (Mum, 19) and Jordan Kerr (Dad, 21), at the home of Jordan's parents, "
                           "Sandra and Mick Kerr, 55 Pit Lane, Torrowby TW8 3HU"),
            ("Rosie's health", "Cleft lip and palate. Lip repaired on 12/09/2025; palate repair planned for "
                               "March 2026 at the Northern Cleft Centre, Torrowby General Hospital"),
            ("Category", "Neglect"),
            ("Initial conference", "23/10/2025. Chair: Bernard Oyelaran (IRO)"),
            ("Social worker", "Lewis Mbeki (team manager: Carol Stainton)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Rosie feeds from a special squeezy bottle and her feeds can take 40 minutes. Her weight has fallen "
              "from the 25th centile at birth to just below the 2nd. She missed cleft clinic appointments on "
              "19/08/2025 and 16/09/2025. On 08/10/2025 the health visitor found nothing written on Rosie's feed "
              "chart between 10pm and 7am; Chelsea said Rosie had “slept through”. Six adults and two dogs live in "
              "the three-bedroom house, and Rosie sleeps in a travel cot in the corner of her parents' room, next "
              "to a fan heater."),
        ("h1", "Rosie's day"),
        ("p", "Rosie is a quiet baby who watches faces and smiles when Jordan sings to her. She tires during feeds "
              "and falls asleep with the bottle in her mouth, and milk comes down her nose when the teat flows too "
              "fast. She takes more when Sandra feeds her sitting upright on her knee. On the visit of 15/10/2025 "
              "she cried hard when the dogs barked and only settled when Chelsea held her close and walked with "
              "her."),
        ("h1", "What we want for Rosie"),
        ("bullets", [
            "Rosie gains weight steadily and is back on the 9th centile before her palate repair.",
            "Rosie is fed every three hours, day and night, by someone who knows her feeding plan.",
            "Rosie gets to every cleft clinic and hospital appointment.",
            "Chelsea and Jordan feel more confident as parents.",
        ]),
        ("h1", "Week grid: the first eight weeks"),
        ("p", "A tick means the action happens in the week beginning on the date at the top of the column."),
        ("table", {
            "header": ["No.", "Action", "Lead", "03/11", "10/11", "17/11", "24/11", "01/12", "08/12", "15/12",
                       "22/12", "How we will know"],
            "widths": [1.0, 5.4, 3.5, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 5.4],
            "rows": [
                ["1",
                 "Weigh Rosie at home and check her feed chart",
                 "Amy Clough, health visitor",
                 TICK, TICK, TICK, TICK, TICK, TICK, TICK, TICK,
                 "Weight plotted in the red book and emailed to the SW each Friday; Rosie gains at least 150g "
                 "a week"],
                ["2",
                 "Watch a whole feed and adjust Rosie's bottle, teat and feeding position",
                 "Gemma Lowry, cleft nurse specialist, Northern Cleft Centre",
                 TICK, "", TICK, "", TICK, "", TICK, "",
                 "Written feeding plan updated after each visit and copied to the HV and SW"],
                ["3",
                 "Feed Rosie every three hours, day and night, and write every feed on the chart",
                 "Chelsea Haworth and Jordan Kerr",
                 TICK, TICK, TICK, TICK, TICK, TICK, TICK, TICK,
                 "Chart shows at least eight feeds a day with the amounts, checked by the HV each week"],
                ["4",
                 "Visit Rosie at home, see where she sleeps and watch who feeds her",
                 "Lewis Mbeki, social worker",
                 TICK, TICK, TICK, TICK, TICK, TICK, TICK, TICK,
                 "Visit notes show Rosie seen every week and a feed watched at least every other visit"],
                ["5",
                 "Do Rosie's 2am feed on Friday and Saturday nights so that Chelsea and Jordan can sleep",
                 "Family",
                 TICK, TICK, TICK, TICK, TICK, TICK, TICK, TICK,
                 "The 2am feed written on the chart on those nights"],
                ["6",
                 "Review Rosie's calories and decide whether she needs a high-energy formula",
                 "Paediatric dietitian, Torrowby General Hospital",
                 "", TICK, "", "", "", TICK, "", "",
                 "Monitored by the HV"],
                ["7",
                 "Take Chelsea, Jordan and Rosie to the cleft clinic on 18/11/2025",
                 "Sandra Kerr (paternal grandmother)",
                 "", "", TICK, "", "", "", "", "",
                 "Clinic letter sent to the SW"],
                ["8",
                 "Help Chelsea and Jordan set up a bedtime routine and a safe sleep space away from the heater",
                 "Kayla Prentice, family support worker, Torrowby Family Support",
                 "As and when needed", H, H, H, H, H, H, H,
                 "Routine chart on the wall and the cot away from the heater, seen at SW visits"],
            ],
        }),
        ("h1", "Other things that need to happen"),
        ("bullets", [
            "Chelsea and Jordan will go to the cleft team's parents' group and learn to feed Rosie with a cup "
            "and spoon, and the cleft nurse will sign their training record.",
            "Lewis Mbeki (SW) will complete a parenting assessment of Chelsea and Jordan and share the written "
            "report with the core group.",
            "Dale Frost, housing officer at Torrowby Homes, will assess the family for a home of their own with "
            "a bedroom for Rosie, and write to the SW with the outcome.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Rosie loses weight at a weekly weigh, or her feed chart has a gap of more than four hours at night, "
              "Amy will tell Lewis the same day and Rosie will be seen at the children's assessment unit at "
              "Torrowby General Hospital that day; Lewis will hold a strategy discussion the same day."),
        ("p", "If Rosie misses another cleft clinic appointment, Lewis will visit the same day and Amy will rebook "
              "it within a week."),
        ("p", "If Rosie's weight falls below the 0.4th centile, or she is admitted to hospital because of her "
              "feeding, Lewis will ask Carol Stainton for a legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 1pm at Torrowby Family Hub: 05/11/2025, 03/12/2025 and "
            "07/01/2026.",
            "Review child protection conference: to be arranged by the conference team.",
        ]),
    ],
    "findings": [
        F("F002", "Chelsea and Jordan feel more confident as parents."),
        F("W002", "Do Rosie's 2am feed on Friday and Saturday nights"),
        F("M002", "Review Rosie's calories and decide whether she needs"),
        F("T002", "Help Chelsea and Jordan set up a bedtime routine"),
        F("T001", "go to the cleft team's parents' group and learn"),
        F("T001", "will complete a parenting assessment of Chelsea and Jordan"),
        F("T001", "will assess the family for a home of their own"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan for a 7-month-old with a heart defect awaiting surgery, mother's
#    bipolar disorder. Markdown: actions grouped "For Siobhan" and "For
#    Mason", measures in a numbered "Signs it is working" list that skips
#    the last action. Parent-centred. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_tennacott_for_mum_for_baby_signs_list_rafferty.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-markdown-details-bullets-why-masons-day-outcomes-then-numbered-actions-under-for-siobhan-and-for-mason-subheadings-then-separate-signs-it-is-working-numbered-list-by-action-number-contingency-meetings",
    "description": (
        "Initial conference plan for a 7-month-old with a ventricular septal defect awaiting surgery, "
        "on heart medicines and high-calorie feeds, whose mother has bipolar disorder and stopped her "
        "lithium. A Markdown plan whose numbered actions sit under 'For Siobhan' and 'For Mason' and "
        "whose measures are a separate 'Signs it is working' list by number. Six of the ten actions "
        "are about the mother's own treatment, money, group and housing with no link to Mason; the "
        "CPN only supports her and the psychiatrist only reviews medication; the housing move is "
        "passive; the aunt's evening care is 'when she can'; the signs list stops before the cardiac "
        "nurse's action; one outcome is only about the mother; and nothing says legal planning "
        "follows if things do not change."
    ),
    "text": """\
# Child protection plan — Mason Rafferty

Tennacott County Council · Children's Services · Safeguarding and Family Support Team (North)

- **Child:** Mason Rafferty, born 04/03/2025 (7 months)
- **Mother:** Siobhan Rafferty (27), Flat 9, Dunmore House, Tennacott TN4 1QS
- **Father:** not named; no contact
- **Maternal aunt:** Clare Rafferty (31), 12 Brook Street, Tennacott
- **Category:** neglect
- **Initial child protection conference:** 07/10/2025 (chair: Grace Nwosu, IRO)
- **Social worker:** Alex Moyo (team manager: Hugh Lambert)

## Why there is a plan

Mason was born with a ventricular septal defect (a hole in his heart). He takes two heart medicines twice a
day, at 6am and 6pm, and has high-calorie feeds every three hours; his operation at Tennacott Children's
Heart Unit is expected in the new year. Siobhan has bipolar disorder. She was in the Tennacott Mother and
Baby Unit for six weeks after Mason's birth. In September she stopped taking her lithium, was awake most
nights and spent her rent money online. On 19/09/2025 Mason's 6pm medicines and two feeds were missed, and
the next day he was admitted to Tennacott General Hospital for two nights, breathless and dehydrated. Since
he came home Clare has been coming round most evenings.

## Mason's day

Mason is a smiley baby who follows faces and loves being sung to. He tires quickly when feeding and gets
sweaty; a feed can take 40 minutes. In September the health visitor found him left in his bouncer for long
periods, quiet and pale, and he had stopped smiling. Since Clare started coming he has fed better, laughs
when she sings to him and reaches for Siobhan when she comes into the room, settling on her chest.

## Outcomes

- Siobhan's mental health is stable and she feels able to cope with day-to-day life.
- Mason gets both of his heart medicines and every feed on time, and stays well enough for his operation.
- Mason is looked after by an adult who is well enough to notice when he is tired, hungry or unwell.

## The plan

The actions are grouped under Siobhan and Mason. How we will check each one is in the next section,
"Signs it is working", under the same number.

### For Siobhan

1. Marie Dolan, community psychiatric nurse at Tennacott Community Mental Health Team, will visit Siobhan
   at home every week to support her with her mood and her medication.
2. Siobhan will take her lithium every evening and have her lithium level checked each month at Tennacott
   Road Surgery.
3. Dr Kamal Farrow, consultant psychiatrist at Tennacott CMHT, will review Siobhan's medication in his
   outpatient clinic every six weeks.
4. Alex Moyo (SW) will help Siobhan apply for Personal Independence Payment and a council tax reduction by
   31/10/2025.
5. Siobhan will go to the Tennacott Women's Wellbeing Group every Thursday morning.
6. A move to a ground-floor flat nearer to Clare will be looked into by 19/12/2025.

### For Mason

7. Naomi Fenwick, health visitor, will weigh Mason at home every week and check his feed and medicine charts.
8. Clare will come to the flat to give Mason his 6pm medicines and feed when she can.
9. Alex Moyo (SW) will visit Mason and Siobhan at home every two weeks and see Mason awake.
10. Gail Ives, cardiac liaison nurse at Tennacott Children's Heart Unit, will visit before Mason's operation
    to go through his care before and after surgery with Siobhan and Clare.

## Signs it is working

1. Marie's visit record shows a visit every week.
2. Siobhan's lithium level is in range at every monthly test; the surgery sends the results to Alex.
3. Dr Farrow's clinic letter after each appointment is copied to Alex.
4. The PIP and council tax award letters are on file.
5. The group register shows Siobhan there on at least six Thursdays out of eight.
6. A housing register letter is on file.
7. Mason's weights in his red book are emailed to Alex each week, he stays on the 2nd centile or above, and
   his medicine chart shows no missed dose.
8. Clare initials each 6pm dose on Mason's medicine chart.
9. Visit notes record Mason seen awake at each visit, with what was seen of his feeds and his care.

## If things go wrong

If Siobhan stops taking her lithium, goes two nights without sleep, or Mason misses a dose of either heart
medicine, Marie or Naomi will tell Alex the same day and Mason will stay with Clare at 12 Brook Street until
Siobhan has been seen by the crisis team. If Clare cannot have him, Alex will place Mason with Tennacott
foster carers who have been trained in his feeds and medicines, the same day.

## Meetings

- Core group every four weeks, Tuesdays at 10am at Tennacott Family Hub: 21/10/2025, 18/11/2025 and
  16/12/2025.
- Review child protection conference: 06/01/2026, 1.30pm, Tennacott County Hall.
""",
    "findings": [
        F("F001"),
        F("F002", "Siobhan's mental health is stable and she feels able to cope with day-to-day life."),
        F("H001", "will visit Siobhan at home every week to support her"),
        F("H001", "will review Siobhan's medication in his outpatient clinic"),
        F("W001", "A move to a ground-floor flat nearer to Clare"),
        F("T002", "Clare will come to the flat to give Mason"),
        F("M001", "will visit before Mason's operation to go through his care"),
        F("R002"),
    ],
})
