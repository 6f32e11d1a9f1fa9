"""Batch 115, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures and timescales are not written beside each
action, in layouts the corpus rarely has. A month grid with X marks and a
separate "checks" table keyed by action codes (A1, A2 ...); core group
minutes whose action log mixes carried-forward (CF) and NEW rows under a lead
column headed with a date range, with a "What we will look for" list by row
number; tables whose deadline is given once in a merged title row; stage
tables before and after discharge from a special care baby unit with a
"What good looks like" list keyed 1.1, 1.2 ...; tables whose timescale is
written in a bold caption above them (October half term, the end of
November, every week to the review); week-stage headings ("Weeks 1-4",
"Weeks 5-12"); and plain-text minutes whose log is grouped under timescale
headings ("DUE BY CORE GROUP 3", "EVERY WEEK", "AT EVERY CONTACT") with a
CHECKS list by log reference and a closing note that also says something
else. The children include a baby going home from a neonatal unit on
oxygen, a non-verbal 8-year-old with Angelman syndrome and epilepsy, a baby
after gastroschisis repair on tube feeds, a 15-month-old with epilepsy, a
non-verbal autistic 6-year-old and a profoundly deaf 13-year-old who signs;
their voice is what they show with symbols, signs, eye-pointing and BSL, and
what is seen of their days.

Four plans are exemplary: the month grid with a checks table (docx); the
landscape plan with two title-row tables and a numbered "How we will know it
is working" part (pdf); the Markdown plan with captioned Tables A, B and C
and a checks table by code (md); and the plain-text core group minutes with
CF / NEW markers (txt). Three carry a realistic mix of faults among mostly
good rows: core group minutes whose measures list leaves one action out and
has one vague entry, with a collective owner, an "ASAP" row, a
support-only talking therapies row and no review date (docx); a pre-discharge
plan in stages whose last stage has no time, whose measures list leaves two
actions out, with a collective owner, family support and a contingency with
no trigger (pdf); and a plan built around the mother's own needs, with a
stage timed only "when Amber feels ready" (md).

Counting actions (sample_plans/README.md, convention 1, and "Files",
actions): every live row of an action table or log and every numbered item
of an action section counts once; the checks / measures sections, outcomes,
contingency and meeting dates are not actions; a one-off action shown in a
log as done and closed is work already done and is not counted. Following
convention 12, a time given once for a table, stage or caption (or an X in a
month column) is each of its actions' timescale; a stage with no time gives
none (T001) and one timed only "when Amber feels ready" gives a vague one
(T002); a measure listed under the action's number or code is its measure,
and an action the list leaves out has none (M001).
"""
from build_batch5 import F, H

PLANS = []

X = "X"  # an X in a month column of the grid


# ---------------------------------------------------------------------------
# 1. Initial conference plan on a neonatal unit: a baby born at 26 weeks
#    going home on oxygen; parents smoke, father uses cannabis, one incident
#    of violence. Month grid (Nov / Dec / Jan) with X marks, then a separate
#    checks table keyed by code A1-A14. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_fettisham_icpc_month_grid_x_marks_checks_by_code_quinlan.docx",
    "doc_title": "Child Protection Plan - Baby Ivy Quinlan",
    "split": "tune",
    "actions": 14,
    "font_size": 10,
    "template": "icpc-neonatal-home-oxygen-docx-numbered-parts-details-kv-why-going-well-ivys-days-on-the-unit-outcomes-how-to-read-then-month-grid-code-action-lead-nov-dec-jan-x-marks-then-separate-checks-table-by-code-contingency-meetings",
    "description": (
        "Exemplary initial conference plan, held on the neonatal unit, for a baby born at 26 "
        "weeks with chronic lung disease who is going home on low-flow oxygen and part tube "
        "feeds. Both parents smoke, the father smokes cannabis most nights and pushed the mother "
        "in pregnancy. The plan is a grid of three month columns with X marks (a one-off with a "
        "single X is due by the last working day of that month unless its words give an earlier "
        "event such as before Ivy goes home); every row has a lead, and a separate checks table "
        "gives what will be seen for each of the fourteen codes. Ivy's voice is what nurses and "
        "the SW saw of her breathing, feeding and settling. The drug service reports on change, "
        "the stop smoking and fire services own actions, the grandmother's nights have a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Fettisham Metropolitan Borough Council – Children's Social Care – Hospital and Under-Fives "
              "Safeguarding Team"),
        ("kv", [
            ("Baby", "Ivy Quinlan, born 11/08/2025 at 26 weeks and 5 days (12 weeks old; 38 weeks corrected)"),
            ("Where Ivy is", "Neonatal Unit (Ward 31), Fettisham General Hospital; she will go home on oxygen, "
                             "and discharge is planned for the week of 24/11/2025"),
            ("Mother", "Shannon Quinlan (20), Flat 9, 3 Larchfield Court, Fettisham FT4 8NU (second floor)"),
            ("Father", "Callum Mayhew (23), lives with Shannon"),
            ("Paternal grandmother", "Denise Mayhew, 41 Orchard Rise, Fettisham (ten minutes by bus)"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 03/11/2025, Ward 31 seminar room. Chair: "
                           "Rhiannon Gallagher (IRO)"),
            ("Social worker", "Marcus Edeh (team manager: Joanna Pike)"),
        ]),
        ("h1", "Part 1 – Why Ivy has a plan"),
        ("p", "Ivy was born fourteen weeks early and has chronic lung disease. She will go home breathing oxygen "
              "through a nasal cannula at 0.1 litres a minute, with a saturation monitor at night, and some of "
              "her feeds are still topped up through a nasogastric (NG) tube. Shannon and Callum each smoke "
              "about twenty cigarettes a day, and twice the nurses have had to move Ivy away from Callum "
              "because of the smell of smoke on his clothes. Callum told the SW he smokes cannabis “most nights "
              "to get to sleep”. In June 2025, while Shannon was pregnant, the police were called to the flat "
              "after Callum pushed her against a door in an argument; no charges were brought. Since Ivy's "
              "birth her parents have visited on about three days a week, and they missed two of the four "
              "oxygen teaching sessions booked for them."),
        ("h1", "Part 2 – What is going well"),
        ("p", "Shannon and Callum are proud of Ivy and talk about her all the time. Shannon has learned to give "
              "a tube feed and read Ivy's saturation monitor. Callum has asked for help to stop cannabis and has "
              "already met the drug service once. Denise has come to the unit twice a week since September and "
              "does skin-to-skin care with Ivy."),
        ("h1", "Part 3 – Ivy's days on the unit"),
        ("p", "Ivy cannot tell us in words what life is like for her, so this part records what the nurses, the "
              "SW and her parents have seen."),
        ("bullets", [
            "Ivy's oxygen levels drop and her heart rate goes up when she is handled quickly or left to cry for "
            "more than a few minutes. She settles fastest skin-to-skin on a parent's chest.",
            "On 28/10/2025 the SW watched Shannon notice Ivy's yawning and hiccups as tiredness cues, stop the "
            "bottle and wind her; Ivy stayed pink and calm throughout.",
            "On 30/10/2025 Callum held Ivy straight after a cigarette outside. She coughed and her saturations "
            "fell to 86%, and the nurse put her back in her cot.",
            "Ivy takes about half of each feed from a bottle and tires after fifteen minutes. She feeds best in "
            "a quiet, dim room.",
            "On days when nobody visits, the nurses find her harder to settle in the evening.",
        ]),
        ("h1", "Part 4 – What needs to be different for Ivy"),
        ("numbers", [
            "Ivy goes home only when both her parents can safely manage her oxygen, her monitor and her tube "
            "feeds, and from then on every room and car she is in is smoke-free.",
            "Ivy gets every feed, day and night, on time, and gains weight along her centile.",
            "Ivy is cared for only by adults who are sober and not under the influence of cannabis, in a "
            "home with no violence.",
            "Ivy goes to every clinic, oxygen review and health check she needs.",
        ]),
        ("h1", "Part 5 – How to read the plan"),
        ("p", "The plan is a grid of months. An X means the action happens in that month. An action with a "
              "single X is a one-off, to be finished by the last working day of that month (28/11/2025 or "
              "31/12/2025), unless its own words give an earlier point such as “before Ivy goes home”. Where an "
              "action says how often it happens (weekly, twice a week), it happens that often in every month "
              "with an X. The January column runs to the review conference on 29/01/2026. How we will check "
              "each action is in Part 7, under its code."),
        ("h1", "Part 6 – The plan"),
        ("table", {
            "header": ["Code", "What will happen", "Who leads it", "Nov\n2025", "Dec\n2025", "Jan\n2026"],
            "widths": [1.5, 7.8, 3.9, 1.25, 1.25, 1.3],
            "rows": [
                ["A1",
                 "Visit Ivy every week, on the unit until she goes home and then at home, with one home visit a "
                 "month unannounced; see a feed, a nappy change and the oxygen set-up at each visit",
                 "Marcus Edeh, social worker (SW)", X, X, X],
                ["A2",
                 "Teach Shannon and Callum to run Ivy's oxygen (cylinders, concentrator, cannula and saturation "
                 "monitor), pass and check her NG tube and give baby basic life support, and sign each of them "
                 "off before Ivy goes home",
                 "Sister Bethan Curle, Neonatal Unit", X, "", ""],
                ["A3",
                 "Room in with Ivy for two nights in the unit's parent flat before she goes home, doing all of "
                 "her feeds, oxygen and care themselves",
                 "Shannon Quinlan (Mum) and Callum Mayhew (Dad)", X, "", ""],
                ["A4",
                 "Carry out a home fire safety visit at Larchfield Court before Ivy goes home, fit a smoke alarm "
                 "in every room and go through the rules on smoking near oxygen with both parents",
                 "Watch Manager Carl Densley, Community Safety, Fettisham Fire and Rescue Service", X, "", ""],
                ["A5",
                 "Deliver and fit Ivy's concentrator, cylinders and night monitor at the flat before discharge, "
                 "then service the equipment once a month",
                 "Ellis Ward, installation lead, Brenwick Home Oxygen", X, X, X],
                ["A6",
                 "Twelve-week stop smoking programme for Shannon and Callum, with a carbon monoxide reading at "
                 "every weekly session, so that Ivy's home and the family car stay smoke-free",
                 "Priya Mistry, adviser, Fettisham Stop Smoking Service", X, X, X],
                ["A7",
                 "Key-work with Callum every week and a urine test every two weeks, with a written report before "
                 "each core group on whether he is cutting down and stopping cannabis, how it affects his care "
                 "of Ivy at night, and how long any change is likely to take",
                 "Jordan Bewley, recovery worker, Fettisham Drug and Alcohol Service", X, X, X],
                ["A8",
                 "Visit Ivy at home twice a week for her first four weeks at home and weekly after that, to check "
                 "her saturations, weight and feeds and that nobody smokes in the flat",
                 "Gail Harrop, children's community nurse, Fettisham Children's Community Nursing Team", X, X, X],
                ["A9",
                 "New birth visit within 14 days of Ivy going home, then a home visit every two weeks to weigh "
                 "her, check where she sleeps and ask Shannon how she is managing at night",
                 "Ruth Kennard, health visitor (HV)", "", X, X],
                ["A10",
                 "Stay at the flat every Friday and Saturday night for Ivy's first eight weeks at home, help with "
                 "her night feeds and be the adult Shannon rings if she is worried or Callum has been using",
                 "Denise Mayhew (paternal grandmother)", "", X, X],
                ["A11",
                 "Go to the Fettisham Respect Programme for men who have been abusive to a partner, 24 weekly "
                 "sessions from 04/12/2025",
                 "Callum Mayhew (Dad); programme worker Tom Greaves reports to the SW", "", X, X],
                ["A12",
                 "Safety planning with Shannon about what happened in June and what she will do, with Ivy, if "
                 "Callum is violent again",
                 "Michelle Addo, IDVA, Fettisham Domestic Abuse Service", X, "", ""],
                ["A13",
                 "See Ivy in the neonatal follow-up clinic four weeks after discharge and in the respiratory "
                 "clinic in January, and tell the SW the same day if she is not brought",
                 "Dr Vikram Anand, consultant neonatologist, Fettisham General Hospital", "", X, X],
                ["A14",
                 "Parenting assessment of Shannon and Callum on the unit and at home, finishing by 16/01/2026",
                 "Marcus Edeh, SW", X, X, X],
            ],
        }),
        ("h1", "Part 7 – Checks"),
        ("p", "What will be seen or counted for each action in Part 6, and who looks at it."),
        ("table", {
            "header": ["Code", "What we will see", "Who looks at it"],
            "widths": [1.3, 11.2, 4.5],
            "rows": [
                ["A1", "Visit records show a visit every week and one unannounced home visit each month, noting the "
                       "feed, nappy change and oxygen set-up seen", "Joanna Pike, team manager, at supervision"],
                ["A2", "A signed competency checklist for each parent (oxygen, NG tube, basic life support) in Ivy's "
                       "notes before discharge, copied to the SW", "Marcus Edeh, SW"],
                ["A3", "The nurses' rooming-in record shows both nights done with no nurse needed for Ivy's care",
                 "Sister Bethan Curle"],
                ["A4", "The fire service visit form, with the number of alarms fitted, emailed to the SW before "
                       "discharge", "Marcus Edeh, SW"],
                ["A5", "Installation sheet signed on delivery; a service sheet for each month copied to the "
                       "community nurse", "Gail Harrop, CCN"],
                ["A6", "Carbon monoxide readings under 7 ppm for both parents at each session, emailed to the SW "
                       "every month; a four-week quit confirmed by 31/12/2025", "Marcus Edeh, SW"],
                ["A7", "Urine results and Jordan's written report on the SW's file two days before each core group",
                 "Marcus Edeh, SW"],
                ["A8", "Visit notes with Ivy's saturations and weight emailed to the SW every Friday; no smell of "
                       "smoke recorded at any visit", "Marcus Edeh, SW"],
                ["A9", "Weights plotted in Ivy's red book on or above her centile line; safe sleep recorded at every "
                       "visit", "Ruth Kennard, HV"],
                ["A10", "Denise texts the SW each Sunday; her initials are on the night-feed chart that the nurse "
                        "and HV see", "Marcus Edeh, SW"],
                ["A11", "Attendance report from Tom Greaves after every fourth session", "Marcus Edeh, SW"],
                ["A12", "A written safety plan, with a copy kept by Shannon and one on the case file by 28/11/2025",
                 "Marcus Edeh, SW"],
                ["A13", "Clinic letters copied to the SW and GP; any call about a missed appointment logged the same "
                        "day", "Marcus Edeh, SW"],
                ["A14", "The written assessment report shared with Shannon, Callum and the core group by 16/01/2026",
                 "Joanna Pike, team manager"],
            ],
        }),
        ("h1", "Part 8 – If things go wrong"),
        ("bullets", [
            "If anyone smokes in the flat or the car with Ivy, or a cigarette is lit near her oxygen, the nurse "
            "or HV will ring Marcus the same day; Marcus will visit that day, and Ivy will stay with Denise at "
            "Orchard Rise until a strategy discussion has been held.",
            "If Callum is seen under the influence while caring for Ivy, or a urine test shows any drug other "
            "than cannabis, Callum will leave the flat that day and Denise will stay with Shannon and Ivy; "
            "Marcus will hold a strategy discussion the same day.",
            "If there is any violence or threat between Shannon and Callum, the police will be called, and "
            "Shannon and Ivy will go to Denise's or, if Shannon prefers, to the Fettisham refuge that night.",
            "If Shannon and Callum have not been signed off for Ivy's oxygen and tube care, Ivy will stay on the "
            "unit until they are, or until another carer has been trained.",
            "If Denise cannot stay on a Friday or Saturday night or cannot have Ivy, Marcus will arrange for "
            "Shannon and Ivy to go to a Fettisham parent and baby foster placement the same day; if Shannon "
            "does not agree, Ivy will be placed with Fettisham foster carers and Marcus will request an urgent "
            "legal planning meeting.",
            "If by the review conference Callum is still using cannabis every day, or the assessment finds Ivy "
            "cannot be safely cared for at home, Marcus will ask Joanna Pike for a legal planning meeting within "
            "five working days.",
        ]),
        ("h1", "Part 9 – Meetings"),
        ("bullets", [
            "Core group: 13/11/2025 on Ward 31, then every four weeks at Larchfield Children's Centre: 11/12/2025 "
            "and 08/01/2026.",
            "Review child protection conference: 29/01/2026, 10am, Fettisham Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 3 minutes, neglect: a non-verbal autistic girl of 6 and a
#    baby; mother's low mood, father's weekend drinking. Numbered minutes,
#    then an action log with a CF / NEW column, a lead column headed with a
#    date range, a timescale column, one closed row kept, and a separate
#    "What we will look for" list by row number. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_flindermere_core_group_minutes_cf_log_dated_lead_column_hargreaves.docx",
    "doc_title": "Core Group Minutes - Tia Hargreaves and Alfie Pollitt",
    "split": "tune",
    "actions": 13,
    "template": "core-group-minutes-docx-details-kv-numbered-minutes-attendance-table-childrens-voice-agency-updates-last-actions-outcomes-contingency-dates-then-action-log-no-action-cf-new-lead-column-headed-date-range-timescale-closed-row-kept-then-what-we-will-look-for-list-by-number",
    "description": (
        "Minutes of the third core group for a 6-year-old autistic girl who does not speak and "
        "her 8-month-old brother, after the girl was found in the street at night while her "
        "father slept after drinking; the mother has low mood. The action log has CF / NEW "
        "markers, a lead column headed with the dates it runs (20/11/2025 - 18/12/2025) and a "
        "timescale column; the door alarm row is done and closed and is not counted; measures "
        "are in a separate 'What we will look for' list by row number. Most rows are sound. "
        "Faults: the talking therapies row only treats the mother and its measure is her mood "
        "'improving'; the list leaves out the unfinished parenting assessment; the after-school "
        "rota is owned by 'The family network'; the new mould repair row is due 'ASAP'; the "
        "review conference date is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Flindermere City Council · Children and Families · Locality Team West"),
        ("kv", [
            ("Children", "Tia Hargreaves (6), DOB 02/03/2019; Alfie Pollitt (8 months), DOB 14/03/2025"),
            ("Address", "16 Tanner's Row, Flindermere FL3 9EW"),
            ("Parents", "Leanne Hargreaves (29), mother of both children; Jason Pollitt (33), Alfie's father, "
                        "who lives with them"),
            ("Maternal grandmother", "Carol Hargreaves, 2 Mill Yard, Flindermere"),
            ("Category", "Neglect (both children)"),
            ("Plan made", "Initial child protection conference, 15/09/2025"),
            ("This meeting", "Core group 3, 20/11/2025, Flindermere Park Primary School. Chair: Kirsty Anand (SW)"),
            ("Minutes", "Ellie Ramsden, business support"),
        ]),
        ("h1", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 5.0, 7.5],
            "rows": [
                ["Kirsty Anand", "Social worker (SW)", "Flindermere Children and Families"],
                ["Leanne Hargreaves", "Mum", "–"],
                ["Jason Pollitt", "Dad (Alfie)", "–"],
                ["Carol Hargreaves", "Maternal grandmother", "–"],
                ["Mrs Janet Okafor", "Designated safeguarding lead (DSL)", "Flindermere Park Primary School"],
                ["Sophie Linnell", "Health visitor (HV)", "Flindermere Community Health"],
                ["Dean Whitworth", "Recovery worker", "Flindermere Alcohol Service"],
            ],
        }),
        ("p", "Apologies: Gemma Stott, Flindermere Talking Therapies (written update sent); Dr Paul Mercer, GP."),
        ("h1", "2. What Tia and Alfie have shown and told us"),
        ("p", "Tia is autistic and does not use speech. She uses Makaton signs and a PECS book. When Kirsty visited "
              "on 13/11/2025, Tia brought her the “sad” and “dark” picture cards and pointed at her bedroom; "
              "Leanne explained that the bedroom bulb had gone a week before. At school on Monday 17/11/2025 Tia "
              "signed “Nana” and “happy” when her teacher asked about the weekend she had spent at Carol's. Her "
              "class teacher says Tia often arrives hungry on Mondays and eats two breakfasts."),
        ("p", "Alfie is crawling and babbling, and reaches for Leanne and Carol to be picked up. At the HV's visit "
              "on 06/11/2025 he pulled himself up on the settee and laughed when Tia signed “more” to him; he had "
              "a nappy rash, which had cleared by the following week."),
        ("h1", "3. Updates from the agencies"),
        ("bullets", [
            "School: Tia's attendance this half-term is 91% (four days missed, three of them Mondays) and she "
            "has been late six times.",
            "Health visitor: Alfie weighed 8.1kg on 05/11/2025, on the 25th centile and up from the 9th in "
            "September. His immunisations are up to date.",
            "Alcohol service: Jason has been to seven of eight Tuesday sessions and every breath test has been "
            "clear. He says he still drinks six to eight cans on a Saturday.",
            "Talking Therapies (written): Leanne has been to five of six CBT sessions for low mood.",
            "SW: the downstairs is much tidier. The children's bedroom has black mould on the outside wall and "
            "a window that will not shut; Flindermere Homes have been told but have given no date.",
        ]),
        ("h1", "4. Actions from core group 2 – what happened"),
        ("p", "Kirsty went through the log from 23/10/2025. The door alarm and the high bolt on the front door "
              "were fitted on 28/10/2025; that action is done and closed and is kept in the log below for the "
              "record. The other actions are carried forward (CF), some reworded. Four new actions were agreed "
              "today (NEW)."),
        ("h1", "5. Worries and what is working well"),
        ("p", "Worries: on 30/08/2025 Tia was found by a neighbour in the street at 10.20pm in her pyjamas while "
              "Jason was asleep after drinking and Leanne was out; Jason still drinks heavily on Saturdays; "
              "Leanne's low mood; the mould in the bedroom; Tia's Monday absences. Working well: the door alarm, "
              "Jason's clear breath tests, Alfie's weight gain and Carol's Saturday nights."),
        ("h1", "6. Outcomes (from the initial conference)"),
        ("bullets", [
            "Tia and Alfie are always looked after by a sober adult, and Tia cannot leave the house without an "
            "adult knowing.",
            "Tia gets to school every day, on time, with her PECS book, and is not hungry when she arrives.",
            "Alfie keeps gaining weight and reaching his milestones, and both children sleep in a warm, dry "
            "bedroom.",
        ]),
        ("h1", "7. Contingency"),
        ("p", "If Tia is found outside the house without an adult, or Jason is drunk when he is the only adult "
              "looking after the children, Kirsty will hold a strategy discussion with Flindermere Police the "
              "same day and the children will stay with Carol at Mill Yard until it has taken place. If Carol "
              "cannot have them or cannot do her Saturday nights, or nobody from the family comes to collect Tia, "
              "Kirsty will place the children together with Flindermere foster carers the same day. If either of "
              "the first two things happens again after that, or Jason's breath tests stop being clear, Kirsty "
              "will request a legal planning meeting within five working days."),
        ("h1", "8. Next meetings"),
        ("bullets", [
            "Core group 4: 18/12/2025, 1.30pm, Flindermere Park Primary School; then every four weeks.",
            "Review child protection conference: date to be confirmed by the conference team.",
        ]),
        ("h1", "9. Action log"),
        ("p", "CF = carried forward from core group 2; NEW = agreed today. What we will look for at core group 4 "
              "is listed under the log by row number."),
        ("table", {
            "header": ["No.", "Action", "CF / NEW", "Lead (20/11/2025 – 18/12/2025)", "Timescale"],
            "widths": [1.0, 7.0, 1.8, 4.0, 3.2],
            "rows": [
                ["1", "Visit Tia and Alfie at home, one visit in three unannounced; see the children's bedroom "
                      "and use Tia's PECS feelings board to ask her about home", "CF", "Kirsty Anand, SW",
                 "Weekly"],
                ["2", "Key-work with Jason and a breath test, and a written report to each core group on whether "
                      "his weekend drinking is changing and how quickly", "CF",
                 "Dean Whitworth, recovery worker, Flindermere Alcohol Service",
                 "Every Tuesday; report two days before each core group"],
                ["3", "Weekly CBT sessions with Leanne for her low mood", "CF",
                 "Gemma Stott, psychological wellbeing practitioner, Flindermere Talking Therapies",
                 "Sessions 7 to 12, by 18/12/2025"],
                ["4", "Finish the assessment of Leanne and Jason's parenting, including how the children are "
                      "cared for when Jason has been drinking", "CF", "Kirsty Anand, SW", "By 12/12/2025"],
                ["5", "Get Tia to school by 8.50am with her PECS book and spare clothes, having had breakfast",
                 "CF", "Leanne Hargreaves (Mum)", "Every school day"],
                ["6", "Check Tia when she arrives, offer her breakfast club, and email the SW her attendance and "
                      "lateness", "CF", "Mrs Janet Okafor, DSL, Flindermere Park Primary",
                 "Every school day; email each Friday"],
                ["7", "Weigh Alfie, check his development and do his 9-month review", "CF",
                 "Sophie Linnell, HV", "Every two weeks; review by 12/12/2025"],
                ["8", "Collect Tia from school on Wednesdays and Fridays and give both children their tea", "CF",
                 "The family network", "Every Wednesday and Friday"],
                ["9", "Have Tia and Alfie to stay every Saturday night, when Jason is most likely to drink", "CF",
                 "Carol Hargreaves (maternal grandmother)", "Every Saturday night"],
                ["10", "Fit a door alarm and a high bolt on the front door", "CF – done 28/10/2025, closed",
                 "Jason Pollitt (Dad)", "By 31/10/2025"],
                ["11", "Chase Flindermere Homes to treat the black mould in the children's bedroom and mend the "
                       "window", "NEW", "Kirsty Anand, SW", "ASAP"],
                ["12", "Refer Tia to the Flindermere Saturday Club short breaks scheme for disabled children",
                 "NEW", "Kirsty Anand, SW", "By 28/11/2025"],
                ["13", "Review Leanne's sertraline and write to the SW about how her mood affects her care of the "
                       "children", "NEW", "Dr Paul Mercer, GP, Tanner's Row Surgery", "By 05/12/2025"],
                ["14", "Take Alfie to the Stay and Play session at Westgate Family Hub", "NEW",
                 "Leanne Hargreaves (Mum)", "Every Tuesday from 25/11/2025"],
            ],
        }),
        ("h2", "What we will look for at core group 4"),
        ("bullets", [
            "1 – Visit records show each weekly visit, the unannounced ones marked, and the cards Tia chose "
            "written down.",
            "2 – Dean's report on file two days before the core group, with every breath test result.",
            "3 – Leanne's mood improving.",
            "5 – The school register shows Tia in by 8.50am on at least nine days in ten.",
            "6 – Friday emails on file; Tia's attendance at 95% or more by 18/12/2025.",
            "7 – Alfie's weights plotted in the red book on or above the 25th centile; the 9-month review "
            "recorded.",
            "8 – The tea rota on the fridge, checked by the SW at each visit.",
            "9 – Carol texts the SW every Sunday morning; Tia shows the SW with her cards where she slept.",
            "11 – A repair date from Flindermere Homes, in writing, on the case file.",
            "12 – The panel's decision letter on file with Tia's start date.",
            "13 – The GP's letter on the case file.",
            "14 – The Family Hub register shows Leanne and Alfie there each Tuesday.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly CBT sessions with Leanne for her low mood"),
        F("M002", "Weekly CBT sessions with Leanne for her low mood"),
        F("M001", "Finish the assessment of Leanne and Jason's parenting"),
        F("W002", "Collect Tia from school on Wednesdays and Fridays"),
        F("T002", "Chase Flindermere Homes to treat the black mould"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, a non-verbal 8-year-old with Angelman
#    syndrome and epilepsy; mother misusing prescribed codeine and
#    pregabalin; brother of 13 doing her care. Landscape, two tables whose
#    time is in a merged title row, lead column headed with a date range,
#    then a numbered "How we will know it is working" part. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_furlowby_cwd_title_row_deadlines_measures_by_number_marchbank.pdf",
    "doc_title": "Child Protection Plan - Elsie Marchbank",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "font_size": 10,
    "template": "icpc-disabled-child-word-plan-printed-to-pdf-landscape-header-footer-parts-details-kv-elsies-way-of-telling-us-outcomes-then-two-tables-with-merged-title-row-giving-the-deadline-no-what-lead-headed-with-date-range-then-how-we-will-know-numbered-by-action",
    "description": (
        "Exemplary initial conference plan for an 8-year-old girl with Angelman syndrome and "
        "epilepsy who does not speak, after late medicine collections, long seizures, a broken "
        "specialist bed, stopped short breaks and her 13-year-old brother getting her ready when "
        "their mother could not be woken; the mother takes more codeine and pregabalin than "
        "prescribed. Landscape Word plan printed to PDF with header and footer: two tables whose "
        "time is given once in a merged title row (everything by 05/12/2025; every week to the "
        "review unless the action says otherwise), a lead column headed with the dates the leads "
        "hold the actions, and a separate 'How we will know it is working' part numbered by "
        "action that covers all fourteen. Elsie's voice is her signs, photo book and "
        "eye-pointing; her brother's words are recorded. The GP and the drug service own "
        "actions (the service reports on change), the aunt's nights have a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL – SENSITIVE · Furlowby Borough Council · Disabled Children's Service",
    "footer": "Elsie Marchbank – Child protection plan, ICPC 06/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Elsie Marchbank"),
        ("kv", [
            ("Child", "Elsie Marchbank, born 19/06/2017 (8), Class 4, Furlowby Oaks School (special school)"),
            ("Brother", "Jake Dawson (13), Year 9, Furlowby High School"),
            ("Home", "27 Nettleford Road, Furlowby FW2 5JR"),
            ("Mother", "Natalie Marchbank (37), sole carer"),
            ("Jake's father", "Lee Dawson, 12 Ashby Close, Furlowby; has Jake every other weekend"),
            ("Elsie's father", "Not involved since 2019"),
            ("Maternal aunt", "Rachael Marchbank, 4 Poplar Walk, Furlowby"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 06/11/2025. Chair: Graham Mwale (IRO)"),
            ("Social worker", "Sian Petrakis, Children with Disabilities Team (team manager: Paul Entwistle)"),
        ]),
        ("h1", "Part 1 – What has happened"),
        ("p", "Elsie has Angelman syndrome, epilepsy and a severe learning disability. She takes levetiracetam "
              "and sodium valproate twice a day, and needs buccal midazolam if a seizure lasts five minutes. "
              "Since the summer the pharmacy has seen Elsie's medicines collected up to nine days late; her "
              "valproate level in September was below range, and she had two long seizures at school in "
              "October. On 14/10/2025 and 21/10/2025 the school transport escort could not wake Natalie at 8am, "
              "and Jake answered the door with Elsie dressed. Natalie has had back pain since a fall in 2022 and "
              "is prescribed codeine and pregabalin; she has told the SW she takes more than prescribed and buys "
              "extra codeine from chemists. Elsie's specialist bed broke in August and she has slept on a "
              "mattress on the floor since. Her overnight short breaks at Brambles stopped in June after Natalie "
              "cancelled three stays, and she has missed two neurology appointments this year."),
        ("h1", "Part 2 – What is going well"),
        ("p", "Natalie knows Elsie's signs and routines better than anyone and has been honest about her "
              "medication. Elsie's attendance at school is 96%. Jake loves his sister and is gentle and patient "
              "with her. Rachael has offered to help every week, and Elsie's school and the Brambles staff know "
              "her well."),
        ("h1", "Part 3 – Elsie's way of telling us, and what Jake says"),
        ("p", "Elsie does not speak. She uses about twenty signs, a photo communication book and eye-pointing, "
              "and she laughs and flaps her hands when she is happy. Her communication passport says she reaches "
              "both arms up when she wants to be with someone, pushes things away when she does not, and goes "
              "quiet and still when she is frightened or very tired."),
        ("bullets", [
            "At school on 29/10/2025 her teacher used the photo book to ask about home. Elsie pointed to the "
            "photo of Jake and to the photo of her bed, then pushed the bed photo off the table.",
            "On a home visit at 9pm on 31/10/2025 the SW found Elsie awake on the floor mattress. She reached up "
            "to Jake, not to Natalie, and calmed when he sang to her.",
            "When she was shown the photo of Brambles, Elsie laughed and flapped her hands. Brambles staff "
            "remember her sleeping through the night there and loving the sensory room.",
            "Jake, seen on his own at school on 30/10/2025: “I do her morning medicine when Mum's asleep. I don't "
            "mind but I'm scared I'll get it wrong. I want Mum to be OK, and I want Elsie to go back to Brambles "
            "so I can sleep.”",
        ]),
        ("h1", "Part 4 – What we want for Elsie"),
        ("numbers", [
            "Elsie gets every dose of her epilepsy medicine on time, and gets her rescue medicine within five "
            "minutes of any long seizure from an adult who is awake and able to give it.",
            "Elsie sleeps safely every night in a specialist bed and has regular overnight short breaks that she "
            "enjoys.",
            "Elsie is got up and put to bed by an adult who is not drowsy from medication, and Jake no longer has "
            "to get her ready or give her medicine.",
            "Elsie goes to every neurology and health appointment she needs.",
        ]),
        ("h1", "Part 5 – The plan"),
        ("p", "The plan is in two tables. Each table's title row gives the time for every action in it. Part 6 "
              "says how we will know each action is working, by its number. Each lead holds the action from this "
              "conference to the review conference."),
        ("table", {
            "header": ["TABLE 1 – SETTING THINGS UP: every action in this table is to be done by Friday "
                       "05/12/2025, four weeks after the conference", H, H],
            "widths": [1.6, 15.6, 8.5],
            "rows": [
                ["No.", "What will happen", "Lead (06/11/2025 to 05/02/2026)"],
                ["1", "Assess Elsie's sleep and order a replacement enclosed specialist bed, and see it fitted in "
                      "her room", "Hannah Greaves, occupational therapist, Furlowby Children's OT Service"],
                ["2", "Take Elsie's case back to the short breaks panel and ask for two overnight stays a month "
                      "at Brambles", "Sian Petrakis, social worker (SW)"],
                ["3", "Write an updated epilepsy and rescue medicine plan for home, school and Brambles, and train "
                      "Natalie and Rachael to give buccal midazolam",
                 "Lorna Fitzgerald, epilepsy nurse specialist, Furlowby Children's Hospital"],
                ["4", "Review Natalie's codeine and pregabalin, move both to weekly dispensing, and write to the SW "
                      "about what she is prescribed and any change", "Dr Kamal Haidari, GP, Nettleford Medical "
                                                                    "Practice"],
                ["5", "Set up Elsie's epilepsy medicines in a weekly blister pack, delivered to the house every "
                      "Monday", "Natalie Marchbank (Mum), with Arif Qureshi, pharmacist, Nettleford Road Pharmacy"],
                ["6", "Young carer's assessment with Jake, and a place at the Tuesday young carers' club",
                 "Mel Adair, Furlowby Young Carers"],
                ["7", "Agree a written morning and night plan with Natalie and Rachael: who gets Elsie up, who "
                      "gives her medicine and where the midazolam is kept", "Sian Petrakis, SW"],
                ["8", "Rebook Elsie's missed neurology appointment and see her in clinic",
                 "Dr Owen Salter, consultant paediatric neurologist, Furlowby Children's Hospital"],
            ],
        }),
        ("table", {
            "header": ["TABLE 2 – EVERY WEEK from Monday 10/11/2025 until the review conference on 05/02/2026, "
                       "unless the action gives another frequency", H, H],
            "widths": [1.6, 15.6, 8.5],
            "rows": [
                ["No.", "What will happen", "Lead (06/11/2025 to 05/02/2026)"],
                ["9", "Visit Elsie at home, one visit in three unannounced and one in three at 7.30am; see her "
                      "bed and her medicine chart, and see Jake on his own every other week", "Sian Petrakis, SW"],
                ["10", "Key-work with Natalie on her codeine and pregabalin, a urine screen every two weeks, and a "
                       "written report before each core group on whether she is cutting down safely, whether she "
                       "is awake and able to care for Elsie in the morning and at night, and how long change is "
                       "likely to take", "Nadine Ross, prescription drugs worker, Furlowby Drug and Alcohol "
                                         "Service"],
                ["11", "Give Elsie her medicines at 8am and 8pm every day and tick the chart each time",
                 "Natalie Marchbank (Mum)"],
                ["12", "Check that Elsie's morning medicine has been given, keep her seizure log, and email both to "
                       "the SW every Friday", "Mrs Farah Laing, DSL, Furlowby Oaks School"],
                ["13", "Sleep at the house every Friday night, then get Elsie up and give her medicines on Saturday "
                       "morning", "Rachael Marchbank (maternal aunt)"],
                ["14", "Have Elsie for two nights a month from the first stay the panel agrees, and send the SW a "
                       "note of how she slept and ate and what she showed staff",
                 "Donna Keys, manager, Brambles short breaks unit"],
            ],
        }),
        ("h1", "Part 6 – How we will know it is working"),
        ("pi", "1. The new bed is in Elsie's room by 05/12/2025, with the OT's delivery note on file, and the SW "
               "sees Elsie in it at the next early visit."),
        ("pi", "2. The panel's decision letter is on file with the dates of Elsie's first two stays."),
        ("pi", "3. The written epilepsy plan is held at home, school and Brambles; signed training records for "
               "Natalie and Rachael are on file."),
        ("pi", "4. The GP's letter listing Natalie's prescriptions and the weekly dispensing start date is on "
               "file."),
        ("pi", "5. The pharmacy confirms each Monday delivery to the SW; full packs are seen at visits."),
        ("pi", "6. Jake's young carer's plan is sent to the SW and the club register shows him there."),
        ("pi", "7. The signed morning and night plan is on the kitchen wall and on the case file."),
        ("pi", "8. The clinic letter, with the date Elsie was seen, is copied to the SW and GP."),
        ("pi", "9. Visit records show a visit every week, the early and unannounced ones marked, Jake seen alone "
               "every other week, and what Elsie showed with her photo book written down."),
        ("pi", "10. Nadine's report and the screen results are on the SW's file two days before each core group."),
        ("pi", "11. The medicine chart is fully ticked and matches the blister pack at each visit; Elsie's "
               "valproate level is back in range at her January blood test."),
        ("pi", "12. Friday emails are on file, with no morning dose missed and rescue medicine recorded as given "
               "within five minutes whenever it was needed."),
        ("pi", "13. Rachael texts the SW by 10am every Saturday, and her initials are on Saturday's chart."),
        ("pi", "14. A note from Brambles reaches the SW after every stay."),
        ("h1", "Part 7 – If things go wrong"),
        ("bullets", [
            "If Natalie cannot be woken, is drowsy or confused while caring for Elsie, or a screen shows opioids "
            "she is not prescribed, the school, Rachael or Jake rings the SW or the out-of-hours team; Rachael "
            "collects Elsie and Jake the same day and the SW holds a strategy discussion that day.",
            "If Elsie misses her epilepsy medicine on two days in one week, or has a long seizure at home without "
            "rescue medicine, the SW visits the same day and Elsie goes to the Brambles emergency bed that night.",
            "If Rachael cannot sleep over or cannot take the children, the Disabled Children's Service duty "
            "worker books the Brambles emergency bed for Elsie the same evening and Jake stays with his dad at "
            "Ashby Close.",
            "If by the review conference Natalie has not cut down safely, or Elsie has missed doses again, the SW "
            "will request a legal planning meeting within five working days.",
        ]),
        ("h1", "Part 8 – Meetings"),
        ("bullets", [
            "Core group: 20/11/2025 at Furlowby Oaks School, then every four weeks: 18/12/2025 and 15/01/2026.",
            "Review child protection conference: 05/02/2026, 2pm, Furlowby Civic Offices.",
            "Before each core group the SW will see Elsie with her photo book and Jake on his own, and bring "
            "what they show and say to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan on a special care baby unit: a baby after
#    gastroschisis repair on tube feeds; young mother who is a care leaver,
#    father with a conviction for violence to a former partner. Three stage
#    tables (before discharge / first six weeks / "work with Jodie and
#    Liam" with no time), then a "What good looks like" list keyed 1.1,
#    1.2 ... that leaves two actions out. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_fennickstowe_scbu_stage_tables_what_good_looks_like_keyed_tallantyre.pdf",
    "doc_title": "Child Protection Plan - Baby Kai Tallantyre",
    "split": "tune",
    "actions": 14,
    "template": "icpc-scbu-word-plan-printed-to-pdf-header-footer-details-kv-why-going-well-kais-days-on-the-unit-outcomes-then-three-stage-tables-ref-what-needs-to-happen-who-before-discharge-first-six-weeks-work-with-parents-untimed-then-what-good-looks-like-list-keyed-1-1-contingency-review",
    "description": (
        "Initial conference plan for a 6-week-old baby on a special care baby unit after "
        "gastroschisis repair and a bowel resection, fed partly by NG tube; his mother is 19 "
        "and a care leaver, his father has a conviction for assaulting a former partner and "
        "has shouted and kicked furniture on the ward. The actions sit in three stage tables "
        "(Ref / What needs to happen / Who): before Kai leaves SCBU, the first six weeks at home "
        "(to 09/01/2026), and 'Work with Jodie and Liam' with no time at all; measures are in a 'What good "
        "looks like' list keyed by reference. Most rows are sound. Faults: both rows of the third stage "
        "have no timescale and the parenting assessment there is missing from the list; the "
        "family support worker's mornings are missing from the list too; the HV's row is "
        "measured only by Kai's weight being 'monitored'; Thursday supervision of the father is "
        "owned by 'Family'; the contingency has no specific trigger and its only response is "
        "to discuss and consider, and says nothing of the grandmother's nights or the family's "
        "supervision failing."
    ),
    "header": "Fennickstowe Council – Children's Services – OFFICIAL SENSITIVE",
    "footer": "Kai Tallantyre – child protection plan – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – Baby Kai Tallantyre"),
        ("kv", [
            ("Baby", "Kai Tallantyre, born 29/09/2025 at 35 weeks and 1 day, Fennickstowe Royal Hospital"),
            ("Where Kai is now", "Special Care Baby Unit (SCBU), Fennickstowe Royal Hospital; going home expected "
                                 "around 21/11/2025"),
            ("Mother", "Jodie Tallantyre (19), care leaver; in supported lodgings at 8 Chapel Yard, moving to 19 "
                       "Kestrel Way, Fennickstowe FN5 2HB before Kai's discharge"),
            ("Father", "Liam Corrie (24), to live at 19 Kestrel Way with Jodie and Kai"),
            ("Paternal grandmother", "Sandra Corrie, 33 Beckside, Fennickstowe"),
            ("Category", "Physical abuse (risk of) and neglect (risk of)"),
            ("Conference", "Initial child protection conference, 10/11/2025, SCBU parents' room. Chair: Angela "
                           "Threlfall (IRO)"),
            ("Social worker", "Nadia Okonkwo, Hospital Social Work Team"),
            ("Jodie's personal adviser", "Becky Hinds, Fennickstowe Leaving Care Service"),
        ]),
        ("h1", "Why Kai has a plan"),
        ("p", "Kai was born with gastroschisis, with his bowel outside his tummy, and had it repaired on his "
              "second day; 20cm of his bowel was removed. He has a specialist hydrolysed formula every three "
              "hours, partly by nasogastric (NG) tube, and must be weighed twice a week at first. Vomiting green "
              "or a swollen tummy can mean a blockage and needs hospital the same day. Liam was convicted in 2022 "
              "of assaulting a former partner while she was holding their baby. On the unit in October Liam "
              "shouted at Jodie and kicked a chair twice, and security were called once. Jodie was in foster "
              "care from the age of 11 to 18 and has no contact with her own mother."),
        ("h1", "What is going well"),
        ("p", "Jodie has visited on most days, has learned to pass Kai's NG tube and is gentle and careful with "
              "him. Liam has said he wants to do a programme about his anger. Sandra visits twice a week and has "
              "offered to help at night."),
        ("h1", "Kai's days on the unit"),
        ("p", "Kai is alert and watches faces. He cries hard when his NG tube is passed and settles with a dummy "
              "and his hand held. The nurses record that he feeds best when Jodie feeds him slowly, with breaks. "
              "During the argument on the ward on 18/10/2025 he startled and brought up his whole feed. He has "
              "gained 420g in the last three weeks."),
        ("h1", "What we want for Kai"),
        ("numbers", [
            "Kai gets every feed, made up properly and on time, and keeps gaining weight at home.",
            "Kai is cared for by adults who spot the signs that he is poorly and get him to hospital the same "
            "day.",
            "Kai is never in the room when adults argue or are violent, and is not left alone with Liam until "
            "the core group agrees it is safe.",
            "Kai goes to every surgical, dietetic and health check he needs.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan has three stages. The references are used again in “What good looks like”."),
        ("h2", "Stage 1 – Before Kai leaves SCBU"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Who"],
            "widths": [1.3, 10.7, 5.0],
            "rows": [
                ["1.1", "Teach Jodie and Liam to make up Kai's formula, give his NG and bottle feeds and spot the "
                        "warning signs of a blockage, and sign each of them off", "Sister Ana Duarte, SCBU"],
                ["1.2", "Write Kai's home feeding plan with his volumes, times and the weight he should reach by "
                        "his first clinic appointment", "Laura Penhale, neonatal dietitian"],
                ["1.3", "Check 19 Kestrel Way is ready for Kai: a cot, a fridge, a steriliser and a safe place "
                        "for the feeding pump", "Nadia Okonkwo, social worker (SW)"],
                ["1.4", "Room in for three nights and do all of Kai's feeds with the nurses watching",
                 "Jodie Tallantyre (Mum)"],
                ["1.5", "Visit Kai on the unit twice a week and see Jodie and Liam feeding him",
                 "Nadia Okonkwo, SW"],
            ],
        }),
        ("h2", "Stage 2 – Kai's first six weeks at home (to 09/01/2026)"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Who"],
            "widths": [1.3, 10.7, 5.0],
            "rows": [
                ["2.1", "Visit Kai at home each week and see him fed, with one visit in three unannounced",
                 "Nadia Okonkwo, SW"],
                ["2.2", "Visit every week to weigh Kai and support Jodie with his feeds",
                 "Tamsin Wragg, health visitor (HV)"],
                ["2.3", "Come to Kestrel Way three mornings a week to help Jodie set up a routine for Kai's feeds, "
                        "baths and naps", "Owen Leckie, family support worker"],
                ["2.4", "Stay at Kestrel Way every Friday and Saturday night and help with Kai's night feeds",
                 "Sandra Corrie (paternal grandmother)"],
                ["2.5", "Supervise Liam's care of Kai on Thursdays while Jodie is at college", "Family"],
                ["2.6", "Meet Jodie every two weeks about her money, college and tenancy, and how they affect her "
                        "care of Kai", "Becky Hinds, personal adviser, Fennickstowe Leaving Care Service"],
                ["2.7", "See Kai in the surgical follow-up clinic four weeks after discharge, and tell the SW the "
                        "same day if he is not brought", "Mr James Arkwright, consultant paediatric surgeon"],
            ],
        }),
        ("h2", "Stage 3 – Work with Jodie and Liam"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Who"],
            "widths": [1.3, 10.7, 5.0],
            "rows": [
                ["3.1", "Liam to attend the Fennickstowe Choices programme for men who have used violence in a "
                        "relationship", "Liam Corrie (Dad); the Choices worker reports to the SW"],
                ["3.2", "Complete a parenting assessment of Jodie and Liam together", "Nadia Okonkwo, SW"],
            ],
        }),
        ("h1", "What good looks like"),
        ("bullets", [
            "1.1 – Signed competency sheets for Jodie and Liam in Kai's notes before he goes home.",
            "1.2 – The written feeding plan is given to Jodie, the HV and the SW before discharge.",
            "1.3 – Home check form and photos on file before discharge.",
            "1.4 – The nurses' rooming-in record shows Jodie did every feed over the three nights.",
            "1.5 – Visit notes show two visits a week on the unit.",
            "2.1 – Visit records show a weekly visit, the unannounced ones marked, and a feed seen each time.",
            "2.2 – Kai's weight is monitored.",
            "2.4 – Sandra signs Kai's night-feed chart each morning; the HV checks it weekly.",
            "2.5 – The Thursday sheet in Kai's red book shows who was there.",
            "2.6 – Becky's notes shared with the SW each month; tenancy signed before discharge.",
            "2.7 – Clinic letter copied to the SW and HV.",
            "3.1 – Attendance letter from the Choices worker after every fourth session.",
        ]),
        ("h1", "Contingency"),
        ("p", "If there are any concerns about Kai's care, or the plan is not being followed, Nadia will discuss "
              "this with her manager and the core group will consider whether Kai needs to be cared for "
              "somewhere else."),
        ("h1", "Review"),
        ("bullets", [
            "Core group: 20/11/2025 on SCBU, then every four weeks at Fennickstowe Family Hub: 18/12/2025 and "
            "15/01/2026.",
            "Review child protection conference: 03/02/2026, 10am, Fennickstowe Civic Centre.",
            "If Kai's plan has not made enough progress by the review conference, Nadia will ask for a legal "
            "planning meeting.",
        ]),
    ],
    "findings": [
        F("T001", "Liam to attend the Fennickstowe Choices programme for men"),
        F("T001", "Complete a parenting assessment of Jodie and Liam together"),
        F("M001", "Complete a parenting assessment of Jodie and Liam together"),
        F("M001", "help Jodie set up a routine for Kai's feeds"),
        F("M002", "Visit every week to weigh Kai and support Jodie"),
        F("W002", "Supervise Liam's care of Kai on Thursdays while Jodie"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, two primary school children; mother's
#    bipolar disorder and a manic episode over the summer while father was
#    offshore. Three Markdown tables whose timescale is in a bold caption
#    (October half term; end of November; every week to the review), then a
#    checks table keyed by code. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_fraddlecombe_icpc_captioned_tables_checks_by_code_brightwell.md",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-md-details-table-why-going-well-what-the-children-told-us-outcomes-o1-o4-then-three-code-what-lead-tables-with-bold-caption-timescale-october-half-term-end-of-november-every-week-then-checks-table-by-code-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 7-year-old whose mother has "
        "bipolar disorder and stopped her lithium, with a manic episode over the summer while "
        "their father worked offshore. Three tables hold only Code / What will happen / Lead; "
        "each table's timescale is written once in a bold caption (by October half term, "
        "24/10/2025; by 28/11/2025; every week to the review unless the action gives its own "
        "frequency), and a separate checks table gives what will be seen for each of the "
        "fifteen codes. The children's own words are recorded. The CMHT care co-ordinator and "
        "psychiatrist assess capacity to change, the GP owns the blood tests, the grandmother's "
        "part has a fallback, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "text": """\
# Child Protection Plan — Kacey and Finley Brightwell

**Fraddlecombe County Council · Children's Services · North Safeguarding Team**

| | |
|---|---|
| Children | Kacey Brightwell (10), Year 6, and Finley Brightwell (7), Year 3, both at St Anne's CofE Primary, Fraddlecombe |
| Address | 11 Quayside Terrace, Fraddlecombe FC3 7PL |
| Mother | Louise Brightwell (38) |
| Father | Darren Brightwell (41), offshore engineer: two weeks on the rig, then two weeks at home |
| Maternal grandmother | Pat Keeling (64), 2 Rope Walk, Fraddlecombe (a mile away) |
| Maternal uncle | Gareth Keeling (35), 17 Saltings Road, Fraddlecombe |
| Category | Neglect |
| Conference | Initial child protection conference, 22/09/2025. Chair: Ifeoma Clarke (IRO) |
| Social worker | Owen Tremlett (team manager: Sarah Kenning) |

## Why there is a plan

Louise has bipolar disorder. In June she stopped taking her lithium without
telling anyone. Over the summer holidays, while Darren was offshore, she
stopped sleeping, ran up £4,000 on a credit card, repainted the house through
the night and once took the children to the beach at 2am. For most of August
the children ate cereal and crisps. On 03/09/2025 Kacey told her teacher she
had not slept because her mum "kept waking us up to show us things" and that
there was no food in. Louise was admitted to the Harbour Unit as an informal
patient from 04/09/2025 to 17/09/2025, and the children stayed with Pat. She
is back on lithium and has been home since 17/09/2025. Darren did not know how
unwell Louise was until Pat rang him.

## What is going well

Louise is taking her lithium again and says she wants everyone to know her
warning signs. Pat looked after the children for two weeks at short notice and
they were settled and at school every day. Darren has asked his employer to
let him swap shifts when he needs to. Both children love school.

## What Kacey and Finley have told us

- **Kacey** (seen on her own at school, 10/09/2025): "When Mum's poorly she's
  really fun at first and then it gets scary, like she can't hear you. I had to
  make Finley's tea. Next time I want Dad to know straight away, not when it's
  really bad." She scored home 4 out of 10 in the summer and 7 out of 10 now. She
  wants to go on living with her mum and dad and "not be the one in charge".
- **Finley** (seen at Pat's, 12/09/2025) drew the house with every light on and
  himself in bed "awake, because of the music". He likes Nana's because "she
  makes proper tea and there's a bedtime".

## What needs to change for Kacey and Finley

- **O1** Kacey and Finley are looked after every day and night by an adult who
  is well, and never have to look after themselves or their mum.
- **O2** They have breakfast and a proper tea every day and enough sleep on
  school nights.
- **O3** They get to school every day, on time.
- **O4** Kacey and Finley know the signs that their mum is becoming unwell and
  who to tell, and the adults act on those signs straight away.

## The plan

Each table's timescale is in its caption and applies to every action in the
table. How each action will be checked is in the Checks table, under the same
code.

**Table A — Setting up. Every action in Table A is to be done by October half term (Friday 24/10/2025).**

| Code | What will happen | Lead |
|---|---|---|
| A1 | Write a relapse and crisis plan with Louise, Darren and Pat setting out Louise's early warning signs and who does what when they appear, and give a first written view of her capacity to stay well and make the changes the children need | Sadia Rahman, care co-ordinator, Fraddlecombe Community Mental Health Team (CMHT) |
| A2 | See Louise in clinic, check her lithium level and dose, and write to the SW assessing her insight, her risk of relapse, her capacity to change and the likely timescale | Dr Helen Oyelaran, consultant psychiatrist, Fraddlecombe CMHT |
| A3 | Book Louise's lithium blood tests at the surgery every four weeks until the review, and tell the SW the same day if one is missed | Dr Mark Penrose, GP, Quayside Surgery |
| A4 | Go through the crisis plan with Sadia, learn Louise's warning signs and sign the plan | Darren Brightwell (Dad) and Pat Keeling (maternal grandmother) |
| A5 | Give Kacey and Finley places at breakfast club and a named adult each to check in with every morning | Mrs Rachel Ostler, designated safeguarding lead (DSL), St Anne's CofE Primary |
| A6 | Young carer's assessment with Kacey, and a place at the Fraddlecombe Young Carers' Friday group if she wants one | Owen Tremlett, social worker (SW) |

**Table B — Before the end of November. Every action in Table B is to be done by Friday 28/11/2025.**

| Code | What will happen | Lead |
|---|---|---|
| B1 | Four sessions of direct work with Kacey and Finley, together and apart, to make their own "When Mum is poorly" booklets saying who they tell and how | Owen Tremlett, SW |
| B2 | Family network meeting with Louise, Darren, Pat and Gareth to agree in writing who moves in or has the children if Louise becomes unwell while Darren is offshore | Owen Tremlett, SW, with Yvonne Cale, Fraddlecombe Family Group Conference Service |
| B3 | Six sessions at home with Louise on a weekly budget and shopping plan, so that there is always food in for the children's breakfast and tea | Kelly Atwill, family support worker (FSW) |

**Table C — Every week, from Monday 29/09/2025 to the review conference on 11/12/2025. Where an action gives its own frequency, that frequency applies.**

| Code | What will happen | Lead |
|---|---|---|
| C1 | Visit Kacey and Finley at home, one visit in three after 6pm; see each child on their own every other week and check there is food in | Owen Tremlett, SW |
| C2 | Visit Louise at home, check her mood, sleep and lithium, and write a report before each core group on whether she is making and keeping the changes the children need and how long that is likely to take | Sadia Rahman, care co-ordinator, CMHT |
| C3 | Record each child's arrival time and whether they have eaten, email the SW every Friday, and ring the SW the same day if either child is tired or hungry or says Mum is up at night | Mrs Rachel Ostler, DSL |
| C4 | Have Kacey and Finley for tea every Tuesday and Thursday, and sleep at Quayside Terrace every night Darren is offshore | Pat Keeling (maternal grandmother) |
| C5 | While offshore, ring the children at 7pm every evening, and ring Pat the same night if Louise sounds unwell | Darren Brightwell (Dad) |
| C6 | Take her lithium every evening and go to each four-weekly blood test, so that she stays well enough to care for Kacey and Finley | Louise Brightwell (Mum) |

**Checks — how we will know each action is working**

| Code | What we will see | Who checks |
|---|---|---|
| A1 | The signed crisis plan on file, with copies at school and at Pat's, and Sadia's written view, by 24/10/2025 | Owen Tremlett |
| A2 | The clinic letter with the assessment on the SW's file by 24/10/2025 | Owen Tremlett |
| A3 | Blood test dates in a GP letter on file; any missed test rung through to the SW the same day | Owen Tremlett |
| A4 | Darren's and Pat's signatures on the crisis plan; both can name the warning signs when asked at the first core group | Sadia Rahman |
| A5 | The breakfast club register shows both children there on at least nine mornings in ten | Mrs Ostler |
| A6 | Kacey's young carer's plan on file and the Friday group register | Owen Tremlett |
| B1 | Each child's finished booklet, with copies for school and for Pat | Owen Tremlett |
| B2 | A written family plan signed by everyone at the meeting and shared with the core group | Yvonne Cale |
| B3 | The budget plan on the fridge, and food in the cupboards at every SW visit | Kelly Atwill |
| C1 | Visit records show every weekly visit, the evening visits marked, and each child seen alone every other week | Sarah Kenning, at supervision |
| C2 | Sadia's report on the SW's file two working days before each core group | Owen Tremlett |
| C3 | Friday emails on file; attendance of 96% or more and no more than two late marks a half-term | Owen Tremlett |
| C4 | Pat's diary of teas and overnight stays, seen by the SW at each visit | Owen Tremlett |
| C5 | Kacey and Finley tell the SW, when seen alone, whether Dad rang every night | Owen Tremlett |
| C6 | Lithium level in range at every blood test (GP letter), and the tablet box seen at each SW visit | Dr Penrose and Owen Tremlett |

## If things go wrong

- If Louise misses her lithium on two evenings, misses a blood test, or shows
  two of the warning signs in her crisis plan (sleeping less than four hours,
  spending sprees, very fast talk, waking the children at night), Sadia or the
  crisis team will see her the same day, and Pat will move into Quayside Terrace
  or take the children to Rope Walk that night.
- If Pat cannot do this because she is ill or away, Gareth will have the
  children; if neither of them can, Owen or the out-of-hours team will place
  Kacey and Finley together with Fraddlecombe foster carers that night, and
  Darren will be asked to come home on the next crew change.
- If either child arrives at school hungry or exhausted on two days in one week,
  Mrs Ostler will ring Owen the same day and Owen will visit that afternoon.
- If Louise becomes unwell again before the review or stops her lithium, Owen
  will hold a strategy discussion the same day and ask Sarah Kenning for a legal
  planning meeting within five working days.

## Meetings

- Core group: 06/10/2025 at St Anne's, then every four weeks: 03/11/2025 and
  01/12/2025.
- Review child protection conference: 11/12/2025, 10am, Fraddlecombe County Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, a 15-month-old with epilepsy and delayed
#    development; mother with anxiety and panic attacks who rarely leaves
#    the flat. Numbered actions under week-stage headings ("Weeks 1-4",
#    "Weeks 5-12", "When Amber feels ready", "Every week"), then a "How we
#    will know" list by number that leaves two out. Built around the
#    mother's own needs. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_foldringham_week_stages_mums_needs_measures_by_number_ashgrove.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-md-details-bullets-about-ruby-what-we-have-seen-of-rubys-world-numbered-outcomes-then-numbered-actions-under-h3-week-stages-weeks-1-4-weeks-5-12-when-amber-feels-ready-every-week-bold-owner-first-then-how-we-will-know-list-by-number",
    "description": (
        "Initial conference plan for a 15-month-old girl with epilepsy and delayed development "
        "after three ambulance admissions with long seizures, missed doses and missed clinics; "
        "her mother has anxiety and panic attacks and rarely leaves the flat. Numbered actions "
        "sit under week-stage headings (Weeks 1-4, by 05/12/2025; Weeks 5-12, by 30/01/2026; "
        "'When Amber feels ready'; every week to the review), with measures in a separate 'How "
        "we will know' list by number. Ruby's world is described and the contingency, meetings "
        "and legal step are sound. Faults: seven of the eleven actions are about the mother's own "
        "health, money, housing and confidence with no link to Ruby; one outcome is only about "
        "the mother; the primary care mental health team only supports her; the two actions "
        "timed 'when Amber feels ready' have only that; the counsellor search and the Portage "
        "visits are left out of the measures list."
    ),
    "text": """\
# Foldringham Borough Council — Child Protection Plan

- **Child:** Ruby Ashgrove, born 21/07/2024 (15 months)
- **Address:** Flat 4, 12 Cobbett Street, Foldringham FD6 3AW
- **Mother:** Amber Ashgrove (24)
- **Father:** Dale Ashgrove lives in Aberdeen and has had no contact since Ruby was born
- **Maternal aunt:** Leah Ashgrove, 5 Cobbler's Row, Foldringham (a twenty-minute walk)
- **Category:** Neglect
- **Initial conference:** 07/11/2025, Foldringham Town Hall. Chair: Derek Amadi (IRO)
- **Social worker:** Asha Ferris, Foldringham Children's Services (team manager: Colin Reade)

## About Ruby

Ruby has epilepsy, diagnosed when she was five months old, and global
developmental delay. She takes levetiracetam and clobazam twice a day and needs
buccal midazolam if a seizure goes on for five minutes. Since June she has been
taken to hospital by ambulance three times with long seizures; twice her blood
levels suggested she had missed doses. She has missed two of her three
neurology appointments and every physiotherapy session offered since the
summer.

Amber has severe anxiety and panic attacks and takes sertraline. She moved to
Foldringham in May to be near Leah and has hardly left the flat since; she says
buses and waiting rooms bring on her panic attacks.

## What we have seen of Ruby's world

- Ruby is a smiley baby who babbles and loves being sung to. At the SW's visit
  on 30/10/2025 she crawled to Amber and pulled herself up on her knee.
- She spends nearly all her days indoors. The HV found she had not been to a
  group or a park since the family moved.
- On 12/10/2025 the paramedics found Ruby had been fitting for about fifteen
  minutes. Amber said she froze and could not find the midazolam.
- With Leah, Ruby laughs and reaches out to be carried. Leah takes her to the
  park on Sundays, and Ruby watches the ducks for as long as she is allowed.

## Outcomes

1. Ruby gets every dose of her epilepsy medicine, and her rescue medicine within
   five minutes of any long seizure.
2. Ruby goes to all her hospital, therapy and health appointments.
3. Amber will feel calmer and more confident leaving the house.
4. Ruby plays, gets out of the flat and is helped to catch up with her
   development.

## The plan

### Weeks 1–4 (to be done by Friday 05/12/2025)

1. **Dr Sunil Varma, GP**, will review Amber's sertraline and her sleep and write
   to the SW.
2. **Jo Delamere, mental health practitioner, Foldringham Primary Care Mental
   Health Team**, will see Amber at home each week to help her with her panic
   attacks.
3. **Tanya Gilchrist, family support worker**, will help Amber claim Personal
   Independence Payment and set up a payment plan for her gas arrears.
4. **Kathryn Blake, epilepsy nurse specialist**, will train Amber and Leah to
   give Ruby's buccal midazolam and keep her seizure diary, and leave a written
   rescue plan in the flat.

### Weeks 5–12 (to be done by Friday 30/01/2026)

5. **Asha Ferris, SW**, will help Amber find a counsellor for her own childhood.
6. **Craig Yates, housing officer, Foldringham Homes**, will look at Amber's
   application for a transfer to a flat nearer Leah.
7. **Megan Tull, Portage home visitor**, will visit Ruby at home every week to
   play with her and show Amber games that help her development.

### When Amber feels ready

8. Amber will go to the six-week Calmer Minds anxiety group at Foldringham
   Family Hub.
9. Amber will start driving lessons, with the first five paid for by the Family
   Hub's small grants fund.

### Every week until the review conference

10. **Asha Ferris, SW**, will visit Ruby every week, see her awake and check her
    medicine chart against the bottles.
11. **Leah Ashgrove (maternal aunt)** will go with Amber and Ruby to every
    neurology and physiotherapy appointment.

## How we will know (by action number)

- **1** — The GP's letter is on the SW's file by 05/12/2025.
- **2** — Jo's visit notes show a visit every week; she sends a copy to the SW
  each month.
- **3** — The PIP claim reference and the gas payment plan letter are seen by
  the family support worker.
- **4** — A signed training record for Amber and for Leah; the rescue plan is on
  the fridge.
- **6** — The housing transfer decision letter is on file.
- **8** — The group register shows Amber at five of the six sessions.
- **9** — Amber's provisional licence and lesson receipts are seen by the family
  support worker.
- **10** — Visit records show Ruby seen every week and her chart matching the
  bottles.
- **11** — Clinic letters show Ruby was brought; Leah texts the SW after each
  appointment.

## If things go wrong

- If Ruby has a seizure lasting five minutes and her rescue medicine is not
  given, or she misses her medicine on two days in one week, Asha will visit the
  same day and hold a strategy discussion, and Ruby will stay with Leah at
  Cobbler's Row until a safe plan is agreed.
- If Ruby is not brought to a hospital appointment, the hospital will tell Asha
  the same day and Asha will visit within 24 hours.
- If Leah cannot help because she is ill, away or cannot cope, Asha will arrange
  for Amber and Ruby to go to a parent and child placement the same day, or for
  Ruby to be cared for by Foldringham foster carers who are trained in epilepsy
  care.
- If Ruby misses doses again after a strategy discussion, or is not brought to
  two appointments before the review, Asha will request a legal planning meeting
  within five working days.

## Meetings

- Core group: 18/11/2025, then every four weeks on 16/12/2025 and 13/01/2026, at
  Foldringham Family Hub or at Amber's flat.
- Review child protection conference: 03/02/2026, 1.30pm, Foldringham Town Hall.
""",
    "findings": [
        F("F001"),
        F("F002", "Amber will feel calmer and more confident leaving the house."),
        F("H001", "will see Amber at home each week to help her"),
        F("M001", "will help Amber find a counsellor for her own childhood"),
        F("M001", "will visit Ruby at home every week to play"),
        F("T002", "Amber will go to the six-week Calmer Minds anxiety group"),
        F("T002", "Amber will start driving lessons, with the first five"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group 2 minutes, physical abuse and neglect: a profoundly deaf
#    13-year-old who signs and his 4-year-old sister; mother's drinking.
#    Plain text: numbered minutes, then an action log grouped under
#    timescale headings with CF / NEW markers and a lead column headed with
#    a date range (one closed row kept), then CHECKS by log reference and a
#    note that also says something else. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b115_frettlewood_core_group_log_timescale_headings_checks_by_ref_feeney.txt",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-plain-text-dot-leader-details-numbered-caps-items-present-why-childrens-views-in-bsl-updates-outcomes-contingency-dates-then-action-log-grouped-under-timescale-headings-ref-cf-new-action-lead-headed-with-date-range-closed-row-then-checks-by-ref-and-notes",
    "description": (
        "Exemplary minutes of the second core group for a profoundly deaf 13-year-old who uses "
        "BSL and his 4-year-old sister, after the boy was hit with a hairbrush by their mother, "
        "who drinks most evenings. Plain text: the action log is grouped under timescale "
        "headings (due by core group 3 on 11/12/2025; every week to the review; at every school "
        "session or handover), each row has a CF or NEW marker and a lead in a column headed "
        "with the dates the leads hold the actions; the alcohol service referral is done and "
        "closed and not counted. A CHECKS list gives what will be seen for every live row by "
        "its reference, and a closing note also deals with the next meeting's room and the "
        "family's copies. The boy's views are taken in BSL and his sister's at school. The "
        "alcohol service reports on change and the GP owns an action, the grandfather's part has "
        "a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
FRETTLEWOOD COUNCIL
CHILDREN'S SOCIAL CARE - SAFEGUARDING AND FAMILY SUPPORT (EAST)
==============================================================================
CORE GROUP MEETING - MINUTES AND ACTION LOG
==============================================================================
Children ......... Jonah Feeney (13), DOB 04/04/2012, Year 9, Frettlewood
                   Academy (Hearing Support Base)
                   Maisie Feeney (4), DOB 17/08/2021, Reception, Elm Street
                   Primary School
Address .......... 58 Holloway Lane, Frettlewood FR8 1QT
Mother ........... Karen Feeney (39)
Grandfather ...... Frank Feeney (68), maternal grandfather, 3 Weaver's Court,
                   Frettlewood
Fathers .......... Jonah's father died in 2016. Maisie's father, Ryan Tierney,
                   has had no contact since 2022.
Category ......... Physical abuse and neglect
ICPC ............. 07/10/2025 (chair: Miriam Oduya, IRO)
This meeting ..... Core group 2, Thursday 13/11/2025, 4pm, Frettlewood Academy
Chair ............ Ben Hallworth, social worker (SW)
Interpreter ...... Clare Yates, registered BSL/English interpreter
Minutes .......... Aysha Bibi, business support

1. PRESENT
   Ben Hallworth (BH) ........ SW, Frettlewood Children's Social Care
   Karen Feeney (KF) ......... Mum
   Frank Feeney (FF) ......... maternal grandfather
   Jonah Feeney .............. for item 3 only, with Clare Yates (BSL)
   Lorraine Pask (LP) ........ Teacher of the Deaf, Frettlewood Sensory
                               Support Service
   Dev Sharma (DS) ........... DSL, Frettlewood Academy
   Helen Cray (HC) ........... DSL, Elm Street Primary School
   Tariq Nolan (TN) .......... recovery worker, Frettlewood Alcohol Service
   Apologies ................. Dr Ruth Amis, GP, Holloway Lane Surgery
                               (letter sent)

2. WHY THE CHILDREN HAVE A PLAN (FROM THE ICPC)
   On 26/09/2025 Jonah, who is profoundly deaf and uses British Sign Language,
   signed to his Teacher of the Deaf that his mum had hit him with a hairbrush
   the night before "because I didn't hear her shouting". He had a bruise on his
   forearm. Karen had been drinking. She drinks most evenings, usually a bottle
   of wine or more. Karen knows only a little BSL, so at home Jonah often cannot
   follow what is said and is left out of family decisions, and Maisie has
   started "interpreting" for him. Maisie was collected late from school four
   times in September, once by Jonah.

3. WHAT JONAH AND MAISIE HAVE TOLD US
   Jonah signed with Clare at the start of the meeting, before Karen joined.
   He said things are "a bit better": "Mum hasn't hit me. She still drinks on
   Fridays and Saturdays. Grandad's signing is rubbish but he tries. I want Mum
   to learn proper sign so I can tell her things." He scored home 5 out of 10
   (3 out of 10 at the ICPC). He asked the adults not to talk about him in front
   of him without an interpreter.
   Maisie (seen at school by BH on 10/11/2025) drew her family and showed Jonah
   "with his hands talking". She said: "Mummy is sleepy at tea time. Grandad
   does fish fingers."

4. UPDATES
   TN: Karen has been to 4 of 5 weekly sessions and every daytime breath test
   has been clear. She says she has cut down to weekends only.
   GP (letter): Karen's liver tests in October were raised; a repeat is booked.
   DS: Jonah's attendance is 97%; no marks seen.
   LP: has started a communication passport for home with Jonah.
   HC: Maisie collected on time every day since 20/10/2025; Frank collects her on
   Thursdays and Fridays.
   BH: five visits since core group 1, two of them unannounced in the evening.
   The house was calm and Karen was sober each time.

5. ACTIONS FROM CORE GROUP 1 (16/10/2025)
   Karen's referral to the Alcohol Service has been made and is closed; it stays
   in the log for this meeting only, marked DONE - CLOSED. All other actions from
   core group 1 are carried forward (CF). Actions agreed today are marked NEW.

6. OUTCOMES (UNCHANGED FROM THE ICPC)
   6.1 Jonah and Maisie are never hit or hurt, and are cared for every evening
       by an adult who is sober.
   6.2 Jonah can talk to the adults at home in BSL and is part of family
       conversations and decisions.
   6.3 Maisie is collected from school on time by a sober adult and no longer
       has to interpret for Jonah.
   6.4 Both children get to school every day.

7. CONTINGENCY (RESTATED - NO CHANGES)
   - If Karen hits either child, or either child has a mark that is not
     explained, school or Frank tells BH the same day; BH holds a strategy
     discussion with Frettlewood Police that day, and the children stay with
     Frank at Weaver's Court until it has taken place.
   - If Karen is drunk while she is the only adult with the children, Frank, or
     the out-of-hours team if Frank cannot be reached, takes them to Weaver's
     Court that night.
   - If Frank cannot have the children or do his part of the plan (he is ill,
     away or cannot cope), BH places Jonah and Maisie together the same day with
     Frettlewood foster carers who use BSL.
   - If there is another incident of violence, or Karen's breath tests or drink
     diary show she is drinking every day again before the review conference,
     BH requests a legal planning meeting within five working days.

8. DATES
   Core group 3 ...... Thursday 11/12/2025, 4pm, Frettlewood Academy
   Core group ........ every four weeks after that while the plan lasts
   Review CPC ........ Tuesday 06/01/2026, 10am, Frettlewood Civic Centre
                       (BSL interpreter booked for both)

9. ACTION LOG
   The heading over each group of actions is the timescale for every action
   in that group. CF = carried forward from core group 1; NEW = agreed today.
   The lead column shows the dates each lead holds the action. What will be
   checked is in item 10, under the same reference.

   REF  CF/NEW  ACTION                                   LEAD (13/11/25 - 06/01/26)
   ---  ------  ---------------------------------------  -------------------------

   == DUE BY CORE GROUP 3, THURSDAY 11/12/2025 ==

   L1   CF      Finish the parenting assessment of       Ben Hallworth, SW
                Karen, with Clare interpreting every
                session with Jonah, and share the
                written report with Karen and the
                core group
   L2   NEW     Write a one-page communication           Lorraine Pask, Teacher
                passport for home (how Jonah signs and   of the Deaf, Sensory
                what he needs from adults at home) and   Support Service
                go through it with Karen and Frank
   L3   NEW     Book Karen and Frank on the ten-week     Ben Hallworth, SW
                Family Sign BSL course at Frettlewood
                Deaf Centre starting in January
   L4   CF      Repeat Karen's liver function tests      Dr Ruth Amis, GP,
                and write to the SW with the results     Holloway Lane Surgery
                and what they say about her drinking
   L5   NEW     Refer Jonah to the Deaf CAMHS team for   Ben Hallworth, SW
                help with his anger and worry
   L6   CF      Refer Karen to Frettlewood Alcohol       DONE 20/10/2025 -
                Service                                  CLOSED

   == EVERY WEEK UNTIL THE REVIEW CONFERENCE ON 06/01/2026 ==

   L7   CF      Visit the children at home, one visit    Ben Hallworth, SW
                in three after 6pm and unannounced;
                see Jonah on his own with a BSL
                interpreter every other week
   L8   CF      Key-work with Karen and a breath test    Tariq Nolan, recovery
                every Tuesday, and a written report      worker, Frettlewood
                before each meeting on whether she is    Alcohol Service
                cutting down, how her drinking affects
                the children's evenings and how long
                change is likely to take
   L9   CF      Go to the Wednesday Triple P group at    Karen Feeney (Mum)
                Elm Street Family Hub (nine sessions,
                22/10/2025 to 17/12/2025)
   L10  CF      Collect Maisie from school on Thursdays  Frank Feeney (MGF)
                and Fridays and stay for tea until 7pm
   L11  CF      Check in with Jonah in BSL each Monday   Lorraine Pask, ToD
                and email the SW what he says and his
                attendance for the week

   == AT EVERY SCHOOL SESSION OR HANDOVER ==

   L12  NEW     Note who collects Maisie and when, and   Helen Cray, DSL, Elm
                anything she says about home; ring the   Street Primary School
                SW the same day if she is collected
                late or by Jonah
   L13  NEW     Text the SW if Karen has been drinking   Frank Feeney (MGF)
                when he arrives or leaves

10. CHECKS (BY LOG REFERENCE)
   L1 ...... written assessment shared with Karen, and presented at core group
             3 on 11/12/2025
   L2 ...... passport on the case file and on the fridge at home; BH sees it at
             the next visit
   L3 ...... course booking confirmation for Karen and Frank on the case file
   L4 ...... GP letter with the results on file by 11/12/2025
   L5 ...... Deaf CAMHS acceptance letter on file with Jonah's first
             appointment date
   L7 ...... visit records show every weekly visit, the evening ones marked,
             and what Jonah signed, in his words
   L8 ...... Tariq's report and breath test results on file before core group
             3 and before the review conference
   L9 ...... group register sent to the SW by the group leader; Karen at eight
             of the nine sessions
   L10 ..... school collection log shows Frank by 3.15pm every Thursday and
             Friday
   L11 ..... Monday emails on the case file; Jonah's attendance stays at 95% or
             more
   L12 ..... collection log emailed to the SW each Friday; any late or unsafe
             pick-up rung through the same day
   L13 ..... Frank's texts logged on the case file and gone through with him at
             each visit

   NOTES: L6 needs no check now it is closed. The room at the Academy is booked
   for core group 3 with Clare as interpreter. Aysha will send these minutes to
   Karen in plain English and Lorraine will give Jonah a BSL video summary.
==============================================================================
""",
    "findings": [],
})
