"""Batch 25, module 1: seven fictional files (tuning material), places starting with "d".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Family Safeguarding team plan: who's-who table, goal banner rows, "Who
#    leads (who helps)" and "Starts / finishes" columns (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_daverbrook_family_safeguarding_team_plan_okeke.docx",
    "doc_title": "Family Plan (Child Protection) - Kayden and Isla-Rose Okeke-Marsh",
    "split": "tune",
    "template": "family-safeguarding-team-plan-whos-who-then-goal-banners-who-leads-who-helps-starts-finishes",
    "description": (
        "Exemplary ICPC plan from a Family Safeguarding team with adult workers in it (father's "
        "drinking, mother's depression; a 7-year-old and a toddler): a who's-who table, then one "
        "action table under goal banner rows with 'Who leads (who helps)' and 'Starts / finishes' "
        "columns. The team's substance misuse worker and psychologist own actions and report on "
        "change, the aunt's help is covered if it stops, dated core groups and review, legal step."
    ),
    "blocks": [
        ("pl", "Daverbrook County Council"),
        ("pl", "Family Safeguarding Service – Riverside Team"),
        ("p", "Fenner House, 2 Wharf Street, Daverbrook"),
        ("title", "Our Family Plan"),
        ("p", "This is a child protection plan. It was agreed at the initial child protection conference on "
              "22 May 2025 and written up with Leanne and Chidi afterwards, in their words where we could. "
              "Everyone named in it has a copy."),
        ("kv", [
            ("Children", "Kayden Okeke-Marsh (7, Year 2, St Mark's C of E Primary) and Isla-Rose Okeke-Marsh "
                         "(18 months)"),
            ("Parents", "Leanne Marsh (mum) and Chidi Okeke (dad), 41 Ferris Lane, Daverbrook"),
            ("Category", "Neglect"),
            ("Chair", "Jackie Prowse, Child Protection Chair"),
        ]),
        ("h2", "Who is in our team around the family"),
        ("table", {
            "header": ["Name", "Role", "How to reach them"],
            "widths": [4.2, 7.6, 5.2],
            "rows": [
                ["Ruth Pennington", "Social worker (lead), Family Safeguarding Riverside Team", "07700 900 314"],
                ["Marcus Reilly", "Substance misuse practitioner, Family Safeguarding Riverside Team", "07700 900 562"],
                ["Dr Priya Lal", "Clinical psychologist (adult mental health practitioner), Family Safeguarding "
                                 "Riverside Team", "07700 900 719"],
                ["Jodie Kaur", "Family support worker, Family Safeguarding Riverside Team", "07700 900 208"],
                ["Sinead Carrick", "Health visitor, Daverbrook 0–19 Service", "01632 960 551"],
                ["Owen Farrant", "Designated safeguarding lead, St Mark's C of E Primary", "01632 960 907"],
                ["Dr Helen Barraclough", "GP, Ferris Lane Surgery", "01632 960 140"],
                ["Tanya Marsh", "Leanne's sister (Kayden and Isla-Rose's aunt)", "07700 900 833"],
            ],
        }),
        ("h2", "What life is like for Kayden and Isla-Rose"),
        ("p", "Kayden talked to Ruth at school on 15 May with his learning mentor nearby. He said evenings are "
              "\"sometimes loud\" and that when Dad \"has his cans\" he takes Isla-Rose into his room and puts "
              "the iPad on for her. He said the best days are \"Tuesdays and Thursdays at Auntie Tanya's "
              "because we have fish fingers and I do my reading\". He would like Dad \"to not drink on school "
              "nights\" and Mum \"to get out of bed and take me to school\". On a scale of 1 to 10 for how safe "
              "home feels he chose 6."),
        ("p", "Isla-Rose was seen at home on 9 and 16 May. She was in the same nappy at both visits until the "
              "HV asked for it to be changed, and her nappy rash was sore. She crawled to Kayden rather than to "
              "either parent, followed him from room to room, and settled quickly when Tanya picked her up. "
              "She has a few words (\"Kay\", \"more\", \"no\")."),
        ("h2", "What we are worried about"),
        ("p", "Chidi drinks most evenings, often eight or more cans, and is sometimes the only adult awake with "
              "the children. Police were called to a loud argument on 3 May; Kayden was on the landing. Leanne "
              "has depression and has spent most days in bed since February; she stopped her sertraline in "
              "March. Kayden has been late 19 times this year and Isla-Rose's weight has dropped from the 50th "
              "to the 25th centile."),
        ("h2", "What we want to be different for Kayden and Isla-Rose"),
        ("bullets", [
            "Kayden and Isla-Rose have calm evenings with a sober adult awake and looking after them, and "
            "Kayden no longer puts his sister to bed.",
            "Isla-Rose is fed, changed and played with every day, her weight goes back up towards the 50th "
            "centile, and her nappy rash clears.",
            "Kayden gets to school on time every day and has someone at school he can tell if home is not OK.",
        ]),
        ("h2", "Our plan"),
        ("table", {
            "header": ["What will happen", "Who leads (who helps)", "Starts / finishes",
                       "We'll know it's working when…"],
            "widths": [5.4, 3.8, 3.2, 4.6],
            "rows": [
                ["Goal 1 – Calm, safe evenings at home", H, H, H],
                ["Alcohol assessment with Chidi, then a reduction plan agreed with him so that he is sober "
                 "whenever he is caring for Kayden and Isla-Rose",
                 "Marcus Reilly, substance misuse practitioner (Chidi)",
                 "Assessment by 06/06/2025; weekly sessions to 29/08/2025",
                 "Assessment and reduction plan shared with the core group by 12/06/2025; breath test at every "
                 "session, reading zero on any day Chidi is due to look after the children"],
                ["No alcohol in the house on school nights, and Chidi never left alone with the children after "
                 "he has had a drink",
                 "Chidi (Leanne to tell Ruth if this is broken)",
                 "Every day from 23/05/2025",
                 "No alcohol found at unannounced visits; Kayden tells Ruth at each visit whether Dad drank "
                 "on a school night"],
                ["Unannounced visits to see both children, including evenings, with Kayden seen on his own",
                 "Ruth Pennington, SW",
                 "Every 2 weeks from 27/05/2025, at least one in three after 6pm",
                 "Visit records show both children seen, Kayden spoken to alone and the bedtime routine "
                 "observed"],
                ["Goal 2 – Isla-Rose is fed, changed and growing", H, H, H],
                ["Weekly sessions with Leanne about her depression and how it affects her care of Isla-Rose; "
                 "assess whether she can make the changes the children need and how long that is likely to take",
                 "Dr Priya Lal, clinical psychologist",
                 "Weekly from 28/05/2025; written report by 18/07/2025",
                 "Written report to the core group on Leanne's capacity to change, the steps needed and the "
                 "likely timescale; mood scores shared each month"],
                ["Review Leanne's antidepressants with her so that she is well enough to get up and care for "
                 "Isla-Rose in the mornings",
                 "Dr Helen Barraclough, GP",
                 "By 13/06/2025, then every 3 months",
                 "Review letter copied to Ruth; pharmacy record shows the prescription collected each month"],
                ["Weigh Isla-Rose, check her development, and work out a feeding and nappy routine with Leanne",
                 "Sinead Carrick, HV",
                 "Every 2 weeks until the review conference; ASQ-3 by 27/06/2025",
                 "Weights in the red book on or above the 25th centile and rising; ASQ-3 scores sent to Ruth; "
                 "routine chart on the kitchen wall ticked each day"],
                ["Take Isla-Rose to her funded nursery place at Little Oaks on Mondays, Wednesdays and Fridays",
                 "Leanne (Jodie helps with the first two weeks)",
                 "From 02/06/2025",
                 "Nursery register shows 9 of every 10 sessions attended; nursery note each Friday says "
                 "whether she arrived fed and changed"],
                ["Goal 3 – Kayden at school on time, with someone to talk to", H, H, H],
                ["Take Kayden to school and give both children their tea on Tuesdays and Thursdays",
                 "Tanya Marsh, aunt",
                 "Every Tuesday and Thursday in term time",
                 "School register shows Kayden in by 8.50am on those days; Kayden tells Ruth how the days went"],
                ["Look after Kayden and Isla-Rose on Friday evenings while Chidi is at the recovery group",
                 "Tanya Marsh, aunt",
                 "Every Friday 5pm–9pm from 30/05/2025",
                 "Tanya's diary of Fridays, seen by Ruth at each visit; Chidi's group attendance sheet"],
                ["Monday check-in with Kayden using his worry scale, passing on anything he says about home",
                 "Owen Farrant, DSL, St Mark's",
                 "Every Monday in term time",
                 "Check-in notes with Kayden's worry score emailed to Ruth each Monday; any worry phoned "
                 "through the same day"],
                ["Six sessions of direct work with Kayden about home, feelings and who he can tell",
                 "Jodie Kaur, FSW",
                 "Weekly from 04/06/2025 (6 sessions)",
                 "Kayden's safety hand finished and copied into the plan; session notes to the core group"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Chidi drinks while he is looking after Kayden or Isla-Rose, a breath test is positive on a day "
              "he is due to look after them, or there is any shouting or violence at home: Leanne will ring 999 "
              "if anyone is in danger and ring Ruth (or the emergency duty team on 01632 960 000 out of hours). "
              "Chidi will leave and stay with his brother Emeka Okeke at 14 Canal Row that night; Emeka has "
              "agreed. If Emeka cannot have him or Chidi will not leave, Leanne will take the children to Tanya's. Ruth will visit the same day and hold a strategy discussion within 24 hours."),
        ("p", "If Leanne tells Dr Lal or Ruth that she cannot keep herself safe, or Isla-Rose's weight falls "
              "below the 9th centile: Ruth will visit the same day, Kayden and Isla-Rose will stay with Tanya at "
              "3 Juniper Close, and Dr Lal will ask the crisis team to see Leanne that day."),
        ("p", "If Tanya cannot have the children in an emergency, they will be placed together with Daverbrook "
              "foster carers the same day (the placements team knows the plan). If Tanya stops the Tuesday and "
              "Thursday school runs or the Friday evenings, Kayden will go to St Mark's breakfast club on those "
              "days (a place is held) and Chidi will not go to the Friday group until Ruth has agreed other care "
              "with the family, within 5 working days."),
        ("p", "If any of these things happens twice, or Marcus's or Dr Lal's reports say by the core group on "
              "28/08/2025 that the changes are not being made, Ruth will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Fenner House: 05/06/2025, 03/07/2025, 31/07/2025 and 28/08/2025, "
            "all at 10am.",
            "Review child protection conference: 18/08/2025 at 1.30pm, Daverbrook County Hall.",
        ]),
        ("p", "Signed: Leanne Marsh, Chidi Okeke, Ruth Pennington (SW) – 29/05/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Looked-after baby on a children's ward: visiting rota table, then the plan
#    in one table with stage banners; header and page footer (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_dellowmere_lac_ward_visiting_rota_then_stage_plan_penhale.pdf",
    "doc_title": "Care and Protection Plan while in Hospital - Teddy Penhale",
    "split": "tune",
    "template": "lac-childrens-ward-visiting-rota-table-then-stage-banner-plan-table-paged",
    "description": (
        "Exemplary plan for a 9-month-old looked-after baby on a children's ward (mother on methadone, "
        "using heroin and cocaine), agreed at a ward planning meeting: a visiting rota table (SW twice a "
        "week, foster carers daily, supervised contact), what was seen of Teddy on the ward, then one "
        "plan table with stage banners (on the ward / before discharge / after discharge). The drug "
        "service reports on change, a specific contingency with police, legal planning and dated "
        "meetings; OFFICIAL-SENSITIVE header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE | Dellowmere Borough Council – Children in Care Service | LCS 88213-T",
    "footer": "Teddy Penhale – care and protection plan while in hospital – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Care and protection plan while Teddy is in hospital"),
        ("p", "Agreed at the ward planning meeting on Puffin Ward, Dellowmere General Hospital, on "
              "18/06/2025. This sits alongside Teddy's child protection plan (neglect, from the conference on "
              "13/03/2025) and his care plan, and replaces the actions in them until he is discharged."),
        ("kv", [
            ("Child", "Teddy Penhale, born 14/09/2024 (9 months)"),
            ("Legal status", "Accommodated under section 20 since 03/04/2025, with Kerry-Ann's agreement"),
            ("Foster carers", "Janice and Rob Teague (Dellowmere in-house carers)"),
            ("Mother", "Kerry-Ann Penhale (23)"),
            ("Father", "Not named on the birth certificate; no contact"),
            ("In hospital", "Puffin Ward since 16/06/2025 – faltering weight and dehydration after a stomach bug; "
                            "NG tube feeds; expected stay 2–3 weeks"),
            ("Social worker", "Niamh Corrigan, Children in Care Team 2"),
            ("Present", "Niamh Corrigan (SW); Dr Amara Osei (consultant paediatrician); Sister Jo Pascoe "
                        "(Puffin Ward); Janice Teague (foster carer); Rachel Obi (HV); Sam Holloway (Dellowmere "
                        "Recovery Partnership); Kerry-Ann Penhale for the first half"),
        ]),
        ("h1", "Why Teddy has a plan"),
        ("p", "Kerry-Ann is prescribed methadone by Dellowmere Recovery Partnership. Her tests in April and May "
              "showed heroin and cocaine on top of her script. Before Teddy was accommodated he missed feeds, "
              "was left with people Kerry-Ann had only just met, and was not taken to his 8-month review. "
              "Kerry-Ann loves Teddy and has come to most contact since April, though she was late or missed "
              "5 of the last 12 sessions."),
        ("h1", "Who will visit Teddy on the ward"),
        ("table", {
            "header": ["Who", "How often", "What they will do", "Where it is written down"],
            "widths": [3.6, 3.8, 5.4, 4.2],
            "rows": [
                ["Niamh Corrigan, SW",
                 "Twice a week (Tuesday and Friday) until discharge",
                 "See Teddy, talk to the nurse in charge, check his feeding and weight charts",
                 "Visit record on LCS within 24 hours"],
                ["Janice and Rob Teague, foster carers",
                 "Every day, at least 10am–2pm, staying for the 2pm feed",
                 "Feed, bath and settle Teddy; join the ward round on weekdays",
                 "Ward visitors' book; a text to Niamh each evening"],
                ["Kerry-Ann Penhale, supervised by contact worker Lisa Ahmed",
                 "Monday, Wednesday and Friday, 1pm–2pm",
                 "Contact on the ward: feeding, nappy and play",
                 "Contact record to Niamh after each session"],
                ["Mark Lindqvist, IRO",
                 "Once before the looked after review on 17/07/2025",
                 "See Teddy and speak to the ward and the carers",
                 "IRO note on LCS"],
            ],
        }),
        ("h1", "What we have seen of Teddy on the ward"),
        ("p", "Teddy watches the door of his bay and smiles and kicks his legs when Janice comes in. He settles "
              "best lying on her chest. With Kerry-Ann he babbles and reaches for her hair, and he fed well from "
              "her on 17 June. He cries and arches his back when his NG tube is changed and calms with his dummy "
              "and a song. The nurses say he is sleeping 3–4 hours at a time at night and has started to hold "
              "his own bottle."),
        ("h1", "What we want for Teddy"),
        ("bullets", [
            "Teddy gains weight steadily, comes off the NG tube and goes home to Janice and Rob with a feeding "
            "plan they are confident with.",
            "Teddy is never alone on the ward for long: a familiar adult is with him every day.",
            "Teddy keeps his relationship with his mum through contact that is safe and happy for him.",
        ]),
        ("pagebreak",),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [5.6, 3.8, 3.4, 4.2],
            "rows": [
                ["While Teddy is on Puffin Ward", H, H, H],
                ["Feeding plan (NG tube and bottle), daily weights and a weekly written update to the SW",
                 "Dr Amara Osei, consultant paediatrician, with the Puffin Ward nurses",
                 "Weights daily; update every Friday",
                 "Weight chart shows Teddy gaining back towards the 25th centile; update emailed to Niamh "
                 "each Friday"],
                ["Tell the SW the same day about any worry during contact or any attempt to take Teddy off "
                 "the ward",
                 "Nurse in charge, Puffin Ward",
                 "Same day",
                 "Entry in the ward safeguarding log and on Teddy's LCS record"],
                ["Supervise Kerry-Ann's contact on the ward and record how she feeds, handles and responds "
                 "to Teddy",
                 "Lisa Ahmed, contact worker",
                 "Monday, Wednesday and Friday, 1pm–2pm",
                 "Contact record after every session saying whether Kerry-Ann arrived on time and sober"],
                ["Weekly drug tests and a methadone review with Kerry-Ann; report on her drug use and whether "
                 "she can make the changes needed in time for Teddy",
                 "Sam Holloway, keyworker, Dellowmere Recovery Partnership",
                 "Tests weekly; written report by 25/07/2025",
                 "Test results sent to Niamh every week; report shared with the core group by 25/07/2025"],
                ["Getting ready for discharge", H, H, H],
                ["Discharge planning meeting with the ward, the foster carers, the HV and the SW",
                 "Niamh Corrigan, SW (chairs), with Dr Osei",
                 "At least 2 days before discharge",
                 "Written discharge plan with the feeding regime and follow-up dates, copied to the carers, "
                 "the HV and the GP"],
                ["Train Janice and Rob in NG tube care in case Teddy goes home with the tube",
                 "Claire Maddox, nurse educator, Puffin Ward",
                 "Before discharge",
                 "Competency checklist signed off for both carers"],
                ["After discharge (first 4 weeks)", H, H, H],
                ["Home visits to the foster home to weigh Teddy and check his feeding",
                 "Rachel Obi, HV",
                 "Weekly for 4 weeks after discharge",
                 "Weights plotted in the red book and sent to Niamh and Dr Osei"],
                ["Outpatient review of Teddy's weight and feeding",
                 "Dr Amara Osei",
                 "2 weeks after discharge",
                 "Clinic letter to Niamh, the GP and the carers"],
                ["Visit Teddy at the foster home and see him with his carers",
                 "Niamh Corrigan, SW",
                 "Weekly for 4 weeks after discharge, then every 2 weeks",
                 "Visit record shows Teddy seen and the carers' feeding chart checked"],
                ["Parenting assessment of Kerry-Ann, including observed contact",
                 "Niamh Corrigan, SW, with FSW Omar Bashir",
                 "By 29/08/2025",
                 "Assessment report shared with Kerry-Ann and the core group by 29/08/2025"],
            ],
        }),
        ("h1", "If something goes wrong"),
        ("p", "If Kerry-Ann arrives for contact under the influence, or tries to take Teddy off the ward, Lisa "
              "will end the contact, the ward will call hospital security and the police (Puffin Ward has a "
              "copy of this plan and knows Teddy must not leave with his mum), and the nurse in charge will ring "
              "Niamh or the emergency duty team straight away. Niamh will hold a strategy discussion the same "
              "day and ask for an urgent legal planning meeting about applying for an order."),
        ("p", "If Kerry-Ann withdraws her agreement to section 20, Niamh will request a legal planning meeting "
              "the same day and Teddy will stay on the ward, with the ward told not to discharge him to anyone "
              "but Janice and Rob."),
        ("p", "If Janice or Rob are ill and cannot visit, the fostering supervising social worker, Paul Hendry, "
              "will arrange for a respite carer Teddy already knows, Beverley Stott, to visit every day instead, "
              "and Niamh will visit three times that week."),
        ("p", "If Teddy has not gained weight after 10 days, Dr Osei will arrange further tests and tell Niamh "
              "the same day. If Kerry-Ann's tests still show heroin or cocaine at the core group on 29/07/2025, "
              "Niamh will request a legal planning meeting (pre-proceedings)."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 01/07/2025 (on the ward), 29/07/2025 and 26/08/2025.",
            "Looked after review: 17/07/2025.",
            "Review child protection conference: 27/11/2025, 10am, Dellowmere Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group notebook export: markdown checkbox task list, themed, each task
#    with a bold owner, "due:" and "done when:" (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_drayscombe_teams_notebook_checkbox_tasks_achterberg.md",
    "split": "tune",
    "template": "core-group-teams-notebook-export-checkbox-tasks-bold-owner-due-done-when-md",
    "description": (
        "Exemplary working copy of a CP plan kept as a core group notebook page in Teams and exported to "
        "markdown (mother with a personality disorder after an overdose; an 11-year-old young carer and a "
        "4-year-old): '- [ ]' / '- [x]' tasks under themes, each with a bold owner, 'due:' and 'done when:'. "
        "CMHT care coordinator and DBT therapist report on capacity to change, grandad's help has a "
        "fallback, dated core groups and review, legal planning meeting."
    ),
    "text": """\
# Achterberg children – core group tasks

*Drayscombe Children's Social Care · Core group notebook (Teams) · page exported 22/07/2025 by Sophie Grant*

> This page is the working copy of the actions in Mila and Jonah's child protection plan (initial
> conference 12/06/2025, category emotional abuse). It is updated after every core group. The full
> plan and minutes are on Lifeline, case 60-1147.

**Children:** Mila Achterberg (11, Year 6 at Coppergate Primary, starts Drayscombe Academy in September) · Jonah Achterberg (4, Little Wrens Nursery)
**Mum:** Claire Achterberg · **Dad:** Pieter Achterberg (lives separately, Harbour Street) · **Grandad:** Graham Lowe (Claire's dad, Linnet Close)

## Why there is a plan

On 19 April Claire took an overdose at home in the evening. Mila found her, rang 999 and looked after
Jonah until Graham arrived. Claire has a diagnosis of emotionally unstable personality disorder and has
self-harmed before, but the children had not seen it until this year. Mila has been doing most of the
cooking and getting Jonah ready for nursery, and her teacher says she is tired and tearful on Mondays.

## What Mila and Jonah have told us

- **Mila** (seen on her own at school, 10/07): "I check on Mum when I get in, before I take my coat off."
  She said she is scared of "it happening again and me not waking up". She likes being at Grandad's
  because "I don't have to listen out". She wants Mum "to get proper help, not just tablets", to go to
  her new school's open evening, and to be "a normal kid sometimes".
- **Jonah** (seen at home, 15/07): chatty and busy with his cars; he told Sophie "Mila does my Weetabix".
  When Claire went upstairs he followed her and sat outside the bathroom door until she came out.
  Nursery say he asks every afternoon "is Mummy at home?"

## What we are working towards

- Mila and Jonah always have a well adult in charge of them, and Mila knows exactly what to do and who
  to ring if Mum becomes unwell.
- Mila stops being the one who cooks, gets Jonah ready and checks on Mum, and has time for her own
  friends and clubs.
- Jonah goes to nursery every day he is booked in, and is settled and playing rather than worrying
  about where Mum is.

## Tasks

### Keeping Mila and Jonah safe at home

- [ ] See Mila and Jonah at home, Mila on her own each time, at least one visit in three unannounced · **Sophie Grant (SW)** · due: every 2 weeks, next 24/07/2025 · done when: visit notes record what Mila says and show both children seen
- [ ] Go through Mila's "if Mum is unwell" card with her and check she knows who to ring and in what order · **Sophie Grant (SW)** · due: by 31/07/2025, then at every visit · done when: Mila can tell Sophie the three numbers on her card (written on the visit record)
- [x] Lockable medicine box in the kitchen with all of Claire's tablets in it; Graham keeps the spare key · **Claire Achterberg**, with Graham · due: by 15/07/2025 · done when: box seen locked at the visit on 15/07 and checked at each visit after that

### Claire's health, and what it means for the children

- [ ] Weekly care coordination with Claire and a review of her crisis plan; report to each core group on her risk, her progress, whether she can make the changes Mila and Jonah need, and how long that is likely to take · **Tom Arkwright, care coordinator, Drayscombe CMHT** · due: weekly; written update 2 days before each core group · done when: update posted on this page before each core group
- [ ] DBT skills group (24 weeks) plus individual sessions; at 12 weeks, a written view on whether Claire is using her skills at home when she is distressed and on her capacity to change · **Dr Leah Moran, DBT therapist, Drayscombe CMHT** · due: starts 05/08/2025; 12-week report by 28/10/2025 · done when: attendance sent monthly to Sophie and the 12-week report shared with the core group
- [ ] Prescribe Claire's medication a week at a time so there are never large amounts in the house where the children live · **Dr Farid Haq, GP, Stoneleigh Surgery** · due: every week from 14/07/2025 · done when: pharmacy record shows weekly collections; copy sent to Sophie each month

### School and nursery

- [ ] Monday check-in with Mila using her worry thermometer; anything about home passed to Sophie the same day · **Mrs Ana Rees, DSL, Coppergate Primary** until the end of term, then **Mr Kofi Mensah, DSL, Drayscombe Academy** · due: every Monday in term time · done when: check-in sheet with Mila's score emailed to Sophie each Monday
- [x] Transition plan to Drayscombe Academy with a named adult for Mila from her first day · **Mrs Ana Rees (DSL)** with Mr Mensah · due: by 18/07/2025 · done when: plan copied to Sophie and Mila has met her named adult, Miss Cole (confirmed by school 17/07)
- [ ] Record Jonah's attendance and how he arrives, and text Sophie if he is not in by 9.30am · **Becky Hart, keyworker, Little Wrens Nursery** · due: every nursery day · done when: attendance sheet emailed to Sophie each Friday; Jonah in for 9 of every 10 sessions
- [ ] Young carers assessment for Mila, with a place at the Tuesday club if she wants it · **Hollie Bryant, Drayscombe Young Carers** · due: by 29/08/2025 · done when: assessment shared with Mila, Claire and Sophie, and Mila's club attendance recorded

### Grandad and Dad

- [ ] Collect Jonah from nursery on Tuesdays and Thursdays and give both children their tea at Linnet Close · **Graham Lowe (grandad)** · due: every Tuesday and Thursday · done when: nursery sign-out book shows Graham collected; Mila tells Sophie how the evenings went
- [ ] Have Mila and Jonah to stay at Linnet Close whenever Claire's crisis plan is used or she goes into hospital · **Graham Lowe (grandad)** · due: the same day, each time · done when: Graham rings Sophie or the duty team that day; school and nursery registers show the children still attending
- [ ] Alternate weekends with Dad, Friday 5pm to Sunday 5pm, collecting Mila and Jonah from school and nursery on his Fridays · **Pieter Achterberg** · due: every other weekend from 25/07/2025 · done when: contact calendar kept by Pieter and seen by Sophie; children home to Claire on time on Sundays

## If things go wrong

**If** Claire self-harms, talks about ending her life, or misses two CMHT appointments in a row: Claire
(or Mila, using her card) rings 999 or the crisis line; Graham comes to the house and takes Mila and Jonah
to Linnet Close; the CMHT crisis team sees Claire the same day; Sophie (or the emergency duty team) visits
the same day and holds a strategy discussion within 24 hours.

**If Graham can't** (he is ill, away, or doesn't answer within 30 minutes): Pieter collects the children.
If neither of them can, the emergency duty team places Mila and Jonah together with foster carers that
night. If Graham stops the Tuesday and Thursday collections, Jonah moves to the nursery's long day on
those days (a place is held) and Sophie agrees the evenings with Claire and Pieter within 5 working days.

**Legal planning:** if Claire has another overdose or self-harms while looking after the children, or
the CMHT updates before the review conference say she is not able to make the changes needed, Sophie
will ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks, Thursdays 10am at Coppergate Primary: 17/07/2025 (held), 14/08/2025, 11/09/2025.
- Review child protection conference: 04/09/2025, 2pm, Drayscombe Town Hall.

*Last edited by Sophie Grant (SW), 22/07/2025, after the core group on 17/07/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Transfer-out memo to the receiving authority: numbered outstanding actions
#    with Owner / By / Evidence lines (txt). Faults, incl. transfer stalling.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_dranwick_transfer_out_memo_owner_by_evidence_hollins.txt",
    "split": "tune",
    "template": "transfer-out-memo-to-receiving-council-numbered-actions-owner-by-evidence-lines-txt",
    "description": (
        "A social worker's typed memo notifying another council that a family on a CP plan is moving "
        "(mother's alcohol dependence; a 13-year-old young carer and a 6-year-old), with lettered "
        "outcomes and numbered actions each followed by Owner / By / Evidence lines. Three actions are "
        "paused or handed on until the transfer, 'TBC', 'asap', 'ongoing', 'engagement', a blank owner, "
        "'All professionals' to keep an eye with 'Monitored'; nan's help with no fallback, a vague "
        "contingency, no legal step, no adult service owning an action, an adult-only outcome and no "
        "review conference date."
    ),
    "text": """\
DRANWICK COUNCIL
Children and Families Service - Locality Team East
Civic Annexe, Tanner Street, Dranwick
=======================================================================
MEMO: TRANSFER OUT OF CHILD PROTECTION PLAN
=======================================================================
To:      Duty Team Manager, Safeguarding Hub, Kettlesham Borough
         Council Children's Services
From:    Carys Prentice, Social Worker, Locality Team East
cc:      Gareth Lund (Team Manager); Ann Whitlow (CP Chair)
Date:    10/06/2025
Re:      Jayden HOLLINS (dob 02/02/2012) and Macy HOLLINS
         (dob 21/08/2018) - child protection plans, category Neglect
=======================================================================

1. PURPOSE

Mum, Dawn Hollins, has accepted a housing association tenancy at
7 Orchard Rise, Kettlesham, and the family move on 30/06/2025. This memo
is our formal notification of the transfer of both children's child
protection plans. It sets out the current plan and what is outstanding.
Dranwick keeps case responsibility until Kettlesham hold the transfer-in
conference.

2. BACKGROUND (BRIEF)

Dawn has been dependent on alcohol for about four years. She had a
community detox in January and relapsed in April. Both children were
made subject to plans at the ICPC on 06/03/2025 and the RCPC on
29/05/2025 kept them on plans. Jayden has been doing much of the
looking after of Macy and of his mum; his attendance is 81%. Macy's
dental check is overdue and she was not taken to two eye appointments.
Brenda Hollins (Dawn's mum, MGM) lives in Dranwick and has been doing
the school pick-ups; she says she will drive over to Kettlesham twice a
week after the move.

3. WHAT THE CHILDREN SAY

Jayden (seen alone at school 03/06/2025) does not want to change
schools in Year 9 - "all my mates are here". He said Mum is "better
than at Christmas" but still drinks "when she's stressed, like about
the move". He wants Nan to keep coming round and would like to carry on
at football on Saturdays.

Macy (seen at school 03/06/2025) is excited about "a garden with a
swing" and drew her new bedroom with a bunk bed. She said she doesn't
like it "when Mummy is sleepy in the day" and that Jayden makes her
tea "when Nan's not there".

4. OUTCOMES (AS AGREED AT THE RCPC 29/05/2025)

  a) Jayden and Macy are looked after by a sober adult every day and
     every night.
  b) Jayden goes to school every day and is no longer caring for Macy
     or for his mum.
  c) Macy's teeth and eyes are checked and treated and she is a
     healthy weight.
  d) Dawn will stay sober and keep on top of the house.

5. ACTIONS - CURRENT POSITION

5.1  SW to visit Jayden and Macy at home, seeing each of them on
     their own, until the transfer-in conference
     Owner:     Carys Prentice (SW)
     By:        fortnightly until the Kettlesham transfer-in conference
     Evidence:  visit records show both children seen, each seen alone

5.2  Parenting assessment of Dawn (started 20/05/2025) paused
     pending transfer, for Kettlesham to complete
     Owner:     Kettlesham Children's Services
     By:        TBC
     Evidence:  -

5.3  Referral of Jayden to Dranwick Young Carers on hold now that
     the family are moving; Kettlesham young carers service to be
     approached instead
     Owner:     Carys Prentice (SW)
     By:        TBC - after the move
     Evidence:

5.4  Dawn to keep going to her Recovery Hub group
     Owner:     Dawn Hollins
     By:        ongoing
     Evidence:  engagement

5.5  Jayden's school records and safeguarding file to go to his new
     school in Kettlesham
     Owner:     Dranwick Academy (DSL Mr Pearce)
     By:        asap
     Evidence:  new school confirms by email that the file has arrived

5.6  Health check for Macy - teeth, eyes, height and weight
     Owner:
     By:        20/06/2025
     Evidence:  results sent to the SW and passed on to Kettlesham
                school nursing

5.7  Collect Macy from school Monday to Wednesday and stay with the
     children until Dawn is home
     Owner:     Brenda Hollins (MGM)
     By:        Mon, Tue and Wed until the move, then Tue and Thu
     Evidence:  school collection book signed by Brenda

5.8  Ring the SW the same day if Dawn has been drinking when the
     children are handed back to her
     Owner:     Brenda Hollins (MGM)
     By:        same day, each time
     Evidence:  calls logged on the case record with what was done

5.9  Keep an eye on Macy's presentation and weight
     Owner:     All professionals
     By:        ongoing
     Evidence:  Monitored

5.10 Transfer meeting with the Kettlesham social worker and send the
     case file and chronology
     Owner:     Carys Prentice (SW) and Gareth Lund (TM)
     By:        27/06/2025
     Evidence:  Kettlesham accept the transfer in writing and give a
                date for their transfer-in conference

5.11 Referral to the Kettlesham family hub for after-school provision
     for Macy, to be picked up by Kettlesham when they take case
     responsibility
     Owner:     Kettlesham Children's Services
     By:        on transfer
     Evidence:  -

6. CONTINGENCY

If there are further concerns before the move the SW will discuss them
with the team manager and a strategy discussion will be considered.
After the move, any concerns should go to the Kettlesham front door.

7. MEETINGS

Core group: has met monthly since March. Last Dranwick core group
19/06/2025, 10am, Dranwick Academy.
Transfer-in conference: date to be confirmed by Kettlesham.

Please contact me on 01632 961 224 or c.prentice@dranwick.example if
you need anything further.

Carys Prentice
Social Worker, Locality Team East
""",
    "findings": [
        F("X001", "Parenting assessment of Dawn (started 20/05/2025) paused"),
        F("T002", "Parenting assessment of Dawn (started 20/05/2025) paused"),
        F("M001", "Parenting assessment of Dawn (started 20/05/2025) paused"),
        F("X001", "Referral of Jayden to Dranwick Young Carers on hold"),
        F("T002", "Referral of Jayden to Dranwick Young Carers on hold"),
        F("M001", "Referral of Jayden to Dranwick Young Carers on hold"),
        F("T002", "Dawn to keep going to her Recovery Hub group"),
        F("M002", "Dawn to keep going to her Recovery Hub group"),
        F("T002", "Jayden's school records and safeguarding file to go"),
        F("W001", "Health check for Macy - teeth, eyes, height and weight"),
        F("W002", "Keep an eye on Macy's presentation and weight"),
        F("T002", "Keep an eye on Macy's presentation and weight"),
        F("M002", "Keep an eye on Macy's presentation and weight"),
        F("X001", "Referral to the Kettlesham family hub for after-school provision"),
        F("M001", "Referral to the Kettlesham family hub for after-school provision"),
        F("F002", "Dawn will stay sober and keep on top of the house"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Neglect plan set out by Graded Care Profile areas: a scores table, then a
#    small action table under each area heading; header and footer (pdf).
# ---------------------------------------------------------------------------
def _gcp_table(rows):
    return ("table", {
        "header": ["What will happen", "Who", "When", "How we'll check"],
        "widths": [5.6, 3.8, 3.4, 4.2],
        "rows": rows,
    })


PLANS.append({
    "name": "b25_delvesby_gcp2_area_headings_small_tables_mcardle.pdf",
    "doc_title": "Child Protection Plan (Neglect Pathway) - Tyler-James and Lacey McArdle",
    "split": "tune",
    "template": "neglect-pathway-gcp2-scores-table-then-small-action-table-per-care-area-paged",
    "description": (
        "ICPC neglect plan for a 5-year-old and a 3-year-old (mother's depression) laid out by Graded "
        "Care Profile areas: a scores table, then a small What / Who / When / How we'll check table under "
        "each area and one for the grandmother's help; header and page footer on every page. 'ASAP', "
        "'TBC', a blank measure, 'Family' as owner, 'Improvement' and 'Monitored', a talking-therapy row "
        "that only treats, an adult-only outcome; grandmother's care with no fallback."
    ),
    "header": "OFFICIAL-SENSITIVE · Delvesby City Council · Neglect Pathway · Ref DCC/NP/20417",
    "footer": "McArdle children – child protection plan (ICPC 05/06/2025) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Neglect Pathway"),
        ("p", "Delvesby City Council, Children's Social Work Service. Plan agreed at the initial child "
              "protection conference on 05/06/2025 and set out by the Graded Care Profile 2 areas used in the "
              "assessment."),
        ("kv", [
            ("Children", "Tyler-James McArdle (5, Reception at Delvesby Road Infants); Lacey McArdle (3, Little "
                         "Acorns Nursery)"),
            ("Parents", "Chantelle McArdle (mum, 26); Ryan McArdle (dad, works offshore two weeks on, two off)"),
            ("Address", "22 Thornbury Walk, Delvesby"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Riordan, Safeguarding Team 3"),
            ("GCP2", "Completed 28/05/2025 by the SW and HV with Chantelle"),
        ]),
        ("h1", "What the children have shown and told us"),
        ("p", "Tyler-James told Hannah at school that \"Mummy stays in bed and I get the crisps\" and that he "
              "likes Nan's house \"because there's a bath with bubbles\". He said he wants \"a bed of my own, not "
              "the sofa\". Lacey was seen at home twice; both times she was in a wet nappy and went straight to "
              "the kitchen asking for \"nana\" (banana). At nursery she eats two breakfasts and cries at "
              "home time."),
        ("h1", "What we are worried about"),
        ("p", "Chantelle has depression and has been on sertraline since Lacey was born. When Ryan is away she "
              "struggles to get up. The house has been cold and dirty on three visits, the children sleep on the "
              "sofa, and medicines have been left within Lacey's reach. Tyler-James's attendance is 79% and he is "
              "often collected late."),
        ("h1", "What we want for Tyler-James and Lacey"),
        ("bullets", [
            "Tyler-James and Lacey have their own beds, clean clothes and three meals a day.",
            "Lacey is changed and fed on time and the house is safe for a 3-year-old.",
            "Tyler-James gets to school every day and on time.",
            "Chantelle's mood lifts and she feels more able to cope day to day.",
        ]),
        ("h1", "GCP2 scores"),
        ("table", {
            "header": ["Area", "Score at assessment (1 best – 5 worst)", "Where we want it by the review"],
            "widths": [5.0, 6.0, 6.0],
            "rows": [
                ["Physical care", "4", "2"],
                ["Safety", "3", "2"],
                ["Love and care", "4", "2"],
                ["Esteem", "3", "2"],
            ],
        }),
        ("pagebreak",),
        ("h1", "The plan, area by area"),
        ("h2", "Physical care (score 4)"),
        ("p", "No beds for the children, little food in the cupboards on two visits, Lacey's nappies not "
              "changed, Tyler-James in the same clothes all week."),
        _gcp_table([
            ["Set up a daily chart for meals, baths and bedtimes with Chantelle and check it at each visit",
             "FSW Kyle Norbury", "Weekly visits for 8 weeks from 09/06/2025",
             "Chart on the fridge filled in on at least 5 of 7 days; children in clean clothes at visits"],
            ["Dental check-ups for both children at the Thornbury Walk practice",
             "Chantelle", "ASAP",
             "Dentist's letter seen by the SW"],
            ["Apply to the Delvesby Welfare Fund for beds and bedding for both children",
             "FSW Kyle Norbury", "By 20/06/2025",
             ""],
        ]),
        ("h2", "Safety (score 3)"),
        ("p", "Tablets on the coffee table, no stair gate, the back gate left open onto the car park."),
        _gcp_table([
            ["Home safety check: stair gate, fire guard, medicines and cleaning products out of reach",
             "HV Amy Tolland", "By 13/06/2025",
             "Safety checklist signed; stair gate and cupboard locks seen fitted"],
            ["Watch the children at bath time and in the garden on Chantelle's bad days",
             "Family", "Whenever Chantelle texts that it is a bad day",
             "Who came and when written in the family diary"],
            ["Visit the children at home, see their bedroom and the kitchen, and talk to Tyler-James on his own",
             "SW Hannah Riordan", "Every 2 weeks, one in three unannounced",
             "Visit records show both children seen and Tyler-James spoken to alone"],
        ]),
        ("h2", "Love and care (score 4)"),
        ("p", "Chantelle rarely plays with the children; Lacey goes to the SW or the HV for comfort rather than "
              "to her mum."),
        _gcp_table([
            ["Talking therapy sessions for Chantelle's low mood",
             "Delvesby Talking Therapies, psychological wellbeing practitioner",
             "Weekly for 8 weeks from 16/06/2025",
             "Attendance recorded by the service and sent to the SW"],
            ["Incredible Years group – play, praise and routines",
             "Chantelle", "Tuesdays 10am–12pm for 12 weeks from 10/06/2025",
             "Improvement in interaction with the children"],
            ["Keep an eye on how Lacey is when she is collected from nursery",
             "Little Acorns Nursery, keyworker Bev Mann", "Every nursery day",
             "Monitored"],
        ]),
        ("h2", "Esteem (score 3)"),
        ("p", "Tyler-James is called \"naughty\" in front of him and has started hitting other children at school."),
        _gcp_table([
            ["Nurture group place for Tyler-James",
             "Mrs Pryce, SENCo, Delvesby Road Infants", "TBC",
             "Place offered and attendance on the nurture group register"],
            ["Sticker chart for Tyler-James at home for getting dressed and going to bed",
             "Chantelle, with FSW Kyle Norbury", "From 09/06/2025, checked weekly",
             "Chart seen at each FSW visit with stickers on most days"],
        ]),
        ("h2", "Help from Nan"),
        _gcp_table([
            ["Tea, bath and bed for both children at Nan's on Wednesdays and Fridays",
             "Sandra Hoyle (MGM)", "Every Wednesday and Friday",
             "Sandra fills in the family diary; SW checks it at visits"],
            ["Have Tyler-James and Lacey to stay overnight at Nan's on Saturdays",
             "Sandra Hoyle (MGM)", "Every Saturday",
             "Family diary; Tyler-James tells the SW about his weekends"],
        ]),
        ("h1", "If things get worse"),
        ("p", "If Chantelle tells anyone she cannot cope, if the children are found alone or with no food in the "
              "house, or if Lacey arrives at nursery hungry on two days in a week: the SW will visit the same day, "
              "Tyler-James and Lacey will go to stay with Sandra at 9 Marlpit Road until Chantelle is well enough, "
              "and the SW will hold a strategy discussion within 24 hours. If this happens twice, the SW will "
              "request a legal planning meeting."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks: 19/06/2025, 17/07/2025 and 14/08/2025, 1.30pm at Little Acorns Nursery. "
              "Review child protection conference: 28/08/2025, 10am, Delvesby Council House."),
    ],
    "findings": [
        F("T002", "Dental check-ups for both children at the Thornbury Walk practice"),
        F("M001", "Apply to the Delvesby Welfare Fund for beds and bedding"),
        F("W002", "Watch the children at bath time and in the garden"),
        F("H001", "Talking therapy sessions for Chantelle's low mood"),
        F("M002", "Incredible Years group – play, praise and routines"),
        F("M002", "Keep an eye on how Lacey is when she is collected"),
        F("T002", "Nurture group place for Tyler-James"),
        F("F002", "Chantelle's mood lifts and she feels more able to cope day to day."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Children with disabilities team plan for a non-verbal child: landscape
#    table with an "Area" column merged down its rows (docx). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_dornhaugh_cwd_landscape_area_merged_adebayo.docx",
    "doc_title": "Child Protection Plan - Tayo Adebayo (Children with Disabilities Team)",
    "split": "tune",
    "template": "children-with-disabilities-team-plan-landscape-area-column-merged-lead-target-date",
    "description": (
        "Children with Disabilities team ICPC plan for a 9-year-old autistic boy who does not speak "
        "(missed health appointments, weight loss; mother dependent on prescribed opioids), landscape, "
        "with an Area column merged down its rows. His views are 'to be gathered' and nothing of his "
        "daily life is recorded; a blank lead, 'TBC', 'when a place becomes available', 'when she feels "
        "ready', 'Family network', 'Improvement', blank measures; no adult service owns an action, an "
        "adult-only outcome, review conference date to be confirmed."
    ),
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dornhaugh Council · Children with Disabilities Team · Initial child protection conference "
              "held 05/06/2025"),
        ("kv", [
            ("Child", "Tayo Adebayo, born 11/03/2016 (9 years), Brookvale School (special school)"),
            ("Needs", "Autism and severe learning disability; Tayo does not use speech and uses PECS at school"),
            ("Parents", "Femi Adebayo (dad, main carer) and Bisola Adebayo (mum), 5 Kestrel Way, Dornhaugh"),
            ("Category", "Neglect"),
            ("Social worker", "Daniel Ferris, Children with Disabilities Team"),
        ]),
        ("h2", "Reasons for the plan"),
        ("p", "Tayo has missed 4 of his last 6 appointments at the child development centre, including two "
              "dietitian appointments, and his weight has dropped from the 25th to the 9th centile since "
              "October. He was not ready for school transport on 11 mornings this term. His melatonin was not "
              "collected from the pharmacy for five weeks. Femi does almost all of Tayo's care and says he is "
              "exhausted. Bisola has had back pain since a car accident in 2021; she is dependent on prescribed "
              "tramadol and buys codeine online, and she is asleep for most of the day."),
        ("h2", "Tayo's views"),
        ("p", "Tayo does not use speech and was not able to give his views for the conference. The SW will "
              "try to gather his views at the next visit, with help from school."),
        ("h2", "What we want for Tayo"),
        ("bullets", [
            "Tayo gets to all his health appointments and his weight goes back up to the 25th centile.",
            "Tayo has his medication every night and is in school every day.",
            "Tayo can show the adults at home what he needs, using the same pictures as at school.",
            "Femi and Bisola feel less stressed and better able to cope.",
        ]),
        ("h2", "Plan"),
        ("table", {
            "header": ["Area", "What needs to happen", "Lead person", "Target date", "How will we know?"],
            "widths": [3.0, 8.2, 4.6, 4.0, 5.9],
            "rows": [
                ["Health",
                 "Book and take Tayo to his community paediatric review (weight, sleep and medication)",
                 "Femi Adebayo", "By 30/06/2025",
                 "Clinic letter to the SW with Tayo's weight recorded"],
                [V,
                 "Give Tayo his melatonin every night and keep the medication chart",
                 "Femi Adebayo", "Every night",
                 "Chart checked by the SW at each visit; pharmacy record shows monthly collection"],
                [V,
                 "Re-refer Tayo to the dietitian for his restricted eating",
                 "", "By 20/06/2025",
                 "Letter accepting the referral on file"],
                [V,
                 "Weigh Tayo at school and send the weights to the SW and paediatrician",
                 "School nurse Carol Yeung", "Monthly",
                 "Weights plotted on Tayo's growth chart and emailed to the SW"],
                ["Education and communication",
                 "Make sure Tayo is ready for school transport; school to ring the SW if he is not on the bus",
                 "Femi Adebayo; Brookvale School attendance officer", "Every school day",
                 "Attendance register; calls to the SW logged with the date"],
                [V,
                 "Communication passport and PECS set up at home the same as at school",
                 "Megan Rowe, speech and language therapist", "TBC",
                 ""],
                ["Home and care",
                 "Visit Tayo at home and see his bedroom and the kitchen",
                 "SW Daniel Ferris", "Fortnightly",
                 "Visit records on file, with the fridge and Tayo's medication chart checked"],
                [V,
                 "Short breaks: overnight stays at Maple House one weekend a month",
                 "CWD short breaks team (Maple House)", "When a place becomes available",
                 "Improvement in family coping"],
                [V,
                 "Help with Tayo's care on Saturdays so that Femi can rest",
                 "Family network", "Every Saturday",
                 "Rota of who has Tayo each Saturday, kept by Femi and seen by the SW"],
                ["Parents",
                 "Bisola to speak to her GP about cutting down the tramadol and codeine",
                 "Bisola Adebayo", "When she feels ready",
                 ""],
                [V,
                 "Femi to go to the carers' group at Dornhaugh Carers Centre",
                 "Femi Adebayo", "Monthly, first Tuesday",
                 "Attendance recorded by the carers centre and passed to the SW"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Tayo misses another paediatric or dietitian appointment, his weight falls below the 2nd "
              "centile, or he comes into school with an injury nobody can explain, the SW will hold a strategy "
              "discussion within 24 hours. If Femi cannot care for Tayo safely that night, Tayo will have an "
              "emergency overnight stay at Maple House (agreed with the short breaks manager, Jean Tolley). If "
              "either of these happens, the SW will also request a legal planning meeting. If nobody in the family "
              "can have Tayo on a Saturday, the SW will book him into the Maple House Saturday play scheme that week."),
        ("h2", "Core group and review"),
        ("p", "Core group meetings every 6 weeks, the first on 19/06/2025 at Brookvale School. "
              "Review child protection conference: date to be confirmed."),
    ],
    "findings": [
        F("W001", "Re-refer Tayo to the dietitian for his restricted eating"),
        F("T002", "Communication passport and PECS set up at home"),
        F("M001", "Communication passport and PECS set up at home"),
        F("T002", "Short breaks: overnight stays at Maple House one weekend"),
        F("M002", "Short breaks: overnight stays at Maple House one weekend"),
        F("W002", "Help with Tayo's care on Saturdays so that Femi can rest"),
        F("T002", "Bisola to speak to her GP about cutting down"),
        F("M001", "Bisola to speak to her GP about cutting down"),
        F("F002", "Femi and Bisola feel less stressed and better able to cope."),
        F("F003"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. CP chair's midway (quality assurance) check with the plan pasted from the
#    case system, including an "Update at core group" column (md). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_dimmerton_chair_midway_check_pasted_plan_fairclough.md",
    "split": "tune",
    "template": "cp-chair-midway-quality-check-note-then-pasted-plan-table-with-update-column-md",
    "description": (
        "A CP chair's midway quality-assurance note on a plan for a 15-year-old and a 10-year-old "
        "(domestic abuse by mother's ex-partner, mother's anxiety and drinking), with the plan pasted "
        "from the case system: an action table with an 'Update at core group' column. A CAMHS "
        "assessment with no output, a counselling row that only supports, 'ongoing', 'engagement', "
        "'when a place is available', 'Professionals', a blank owner, 'TBC'; an adult-only outcome, no "
        "contingency and no legal step."
    ),
    "text": """\
# Child protection chair – midway review of the plan

**Dimmerton Metropolitan Borough Council · Safeguarding and Quality Assurance Unit**

| | |
|---|---|
| Children | Ruby Fairclough (15, Year 10, Dimmerton High) · Leo Fairclough (10, Year 5, Hollin Lane Primary) |
| Mother | Gemma Fairclough (39), 18 Sefton Row, Dimmerton |
| Plan since | Initial child protection conference 28/05/2025 – emotional abuse |
| Social worker | Nadia Price, Assessment and Safeguarding Team B |
| Chair | Helen Marsh, Child Protection Chair |
| Midway check done | 16/07/2025 |

## What I looked at

The plan on Liquidlogic, the core group minutes of 12/06/2025 and 03/07/2025, and a phone call with
Nadia on 15/07/2025. I have not spoken to the family for this check; Ruby has asked to speak to me
before the review conference and that is booked for 13/08/2025.

## My view

The children are being seen regularly and the police marker and school check-ins are in place, which
is good. Ruby has been seen by her head of year every week and has told him about two times she cut
herself in June; both were passed to Nadia the same day.

I am worried that several actions still have no real date or no way of telling whether they have
worked, and that Gemma's counselling is not being asked to tell us anything about whether things are
changing at home. The safety planning work about Dean has not started. There is still no contingency
plan on the file, and the plan says nothing about what happens if things do not improve before the
review conference.

## What I have asked for

1. Nadia Price (SW) to add a written contingency plan, share it with Gemma, Ruby and the core group,
   and put it on Liquidlogic by 25/07/2025. I will check it is there on 28/07/2025.
2. Nadia Price (SW) to bring every action to the core group on 24/07/2025 with a date or frequency
   and a "how we'll know" agreed for each; I will read the minutes by 31/07/2025.

---

## The plan (copied from Liquidlogic, 16/07/2025)

### Ruby and Leo's views

Ruby (seen alone 01/07/2025) said she "can't relax" in case Dean turns up and that she cuts herself when
"it all gets too loud in my head". She wants her mum "to stop drinking in the week" and to move "somewhere
he doesn't know". She said she would talk to someone at CAMHS "if it's not a man".

Leo (seen alone 01/07/2025) said he sleeps with the landing light on and listens for the door. He likes
his football club on Thursdays and wants "Dean to go to jail". He said home is "OK when it's just us".

### Outcomes

- Ruby and Leo live in a home where Dean does not come, and they feel safe enough to sleep.
- Ruby stops hurting herself and has an adult she trusts to talk to.
- Leo goes to school every day and keeps going to his football club.
- Gemma keeps Dean away and cuts down her drinking.

### Actions

| No. | Action | Who | When | How we'll know | Update at core group 03/07 |
|---|---|---|---|---|---|
| 1 | Visit Ruby and Leo at home and see each of them on their own | Nadia Price (SW) | Every 2 weeks | Visit records show both children seen alone | Done – 20/06 and 01/07 |
| 2 | CAMHS assessment of Ruby's self-harm and low mood | Dimmerton CAMHS, Young Minds Team | By 31/07/2025 | | Referral accepted 10/06; first appt 24/07 |
| 3 | Counselling sessions for Gemma's anxiety | Dimmerton Wellbeing Service (counsellor) | Weekly | Gemma feels less anxious | Started 25/06 |
| 4 | Gemma to go to the Dimmerton Alcohol Service drop-in | Gemma Fairclough | Ongoing | Engagement | Went once (18/06) |
| 5 | Gemma to do the Freedom Programme on domestic abuse | Gemma Fairclough | When a place is available | Certificate of completion | On waiting list |
| 6 | Police marker on the address, and Dean's bail conditions shared with the SW | Dimmerton Police (DA Unit), DC Sarah Obi | By 20/06/2025 | Marker confirmed by email; bail conditions on the case file | Done 16/06 |
| 7 | Pass on any sighting of Dean near the house or the schools | Professionals | Ongoing | Logged on both children's files the same day, with what was done | No sightings |
| 8 | Weekly check-in with Ruby; any self-harm reported to the SW the same day | Mr Idris Khan, head of year, Dimmerton High | Every Wednesday | Check-in notes emailed to the SW each week | In place |
| 9 | Safety planning with Gemma, Ruby and Leo about what to do if Dean comes | | By the next core group | Written safety plan signed by Gemma; copy on file | Not started |
| 10 | Leo's attendance and any change in how he presents sent to the SW | Mrs Beverley Keane (DSL), Hollin Lane Primary | Every Friday | Attendance figures and a short note emailed each Friday | In place |
| 11 | Young carers support for Ruby | Nadia Price (SW) | TBC | | |

### Meetings

- Core group every 3 weeks: 12/06/2025 (held), 03/07/2025 (held), 24/07/2025, 14/08/2025.
- Review child protection conference: 21/08/2025, 2pm, Dimmerton Civic Centre.

*Midway check by Helen Marsh, CP Chair, 16/07/2025. Copy to Nadia Price (SW) and Tom Ashe (Team Manager).*
""",
    "findings": [
        F("M001", "CAMHS assessment of Ruby's self-harm and low mood"),
        F("H001", "Counselling sessions for Gemma's anxiety"),
        F("M002", "Counselling sessions for Gemma's anxiety"),
        F("T002", "Gemma to go to the Dimmerton Alcohol Service drop-in"),
        F("M002", "Gemma to go to the Dimmerton Alcohol Service drop-in"),
        F("T002", "Gemma to do the Freedom Programme on domestic abuse"),
        F("W002", "Pass on any sighting of Dean near the house"),
        F("T002", "Pass on any sighting of Dean near the house"),
        F("W001", "Safety planning with Gemma, Ruby and Leo about"),
        F("T002", "Young carers support for Ruby"),
        F("M001", "Young carers support for Ruby"),
        F("F002", "Gemma keeps Dean away and cuts down her drinking."),
        F("C001"),
        F("R002"),
    ],
})
