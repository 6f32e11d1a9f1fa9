"""Batch 110, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans typed quickly by busy practitioners in layouts of their own:
lower-case headings or none, abbreviations (SW, HV, FSW, DSL, CGM, RCPC, PLO,
MW, IDVA, AMHT, CAMHS, w/c, fortn., asap, tbc), initials once a name has been
given, dates in many forms (27/11, 05.12.25, w/c 1/12, "wk 3", "before Xmas
hols", "end of term"), owners and times run together in one cell, tables with
odd or no header words, lists that mix tasks, notes and history, and a plan
pasted into an email. Four plans are exemplary despite the typing; three
carry real weaknesses among good rows. Each finding is labelled from the
rules, not from how rough the typing is.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, mother with severe depression (past psychosis) off her meds,
#    baby of 5 months and a 6-year-old. Word plan with lower-case headings and
#    a three-column table whose middle column runs owner and time together
#    ("HV Anita Shah (AS) - fortn. at home"). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_kibbleton_icpc_lowercase_who_when_one_cell_harker.docx",
    "doc_title": "cp plan - Jack and Ellie-Mae Harker",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-word-plan-lower-case-headings-details-list-worries-childrens-words-outcomes-then-what-who-when-in-one-cell-how-well-know-table-contingency-cgm-review",
    "description": (
        "Exemplary initial conference plan for a 5-month-old and her 6-year-old brother whose mother "
        "has severe depression, stopped her medication in September and was found in bed at 2pm with "
        "the baby crying. Typed quickly in Word with lower-case headings and a 'what / who / when / "
        "how we'll know' table whose middle column runs owner and time together ('HV Anita Shah (AS) "
        "- fortn. at home, 1st 27/11'). Every row has an owner, a timescale and something that will "
        "be seen; the AMHT CPN reports on capacity to change, the GP owns the medication review, the "
        "grandmother's after-school and night-feed help has a fallback, legal planning follows named "
        "triggers, CGM dates and the RCPC are set."
    ),
    "font": "Calibri",
    "blocks": [
        ("title", "cp plan - harker children"),
        ("kv", [
            ("kids", "Jack Harker (6), DOB 02/09/2019; Ellie-Mae Harker (5 mths), DOB 21/06/2025"),
            ("address", "31 Bracken Walk, Kibbleton KB6 2RN"),
            ("mum", "Stacey Harker (29)"),
            ("dad", "Liam Cole (32), lives with them, works nights at Kibbleton distribution centre"),
            ("MGM", "Pauline Harker, 12 Vetch Lane (5 mins walk)"),
            ("ICPC", "18/11/25, Kibbleton Civic Offices, chair Imran Sadiq. Category: neglect"),
            ("SW", "Kerry Rowntree (KR), TM Gail Ince"),
        ]),
        ("h1", "why we're worried"),
        ("p", "Stacey has severe depression and was in hospital with a psychotic episode in 2023. She stopped "
              "taking her sertraline in Sept and didn't go to her last two AMHT appointments. On 4/11 HV found "
              "her in bed at 2pm with the curtains shut; Ellie-Mae was crying in her cot in a soaked nappy and "
              "Jack (off school with a cold) had tried to make her a bottle with cold tap water. Liam is asleep "
              "most of the day after nights and says he didn't know how low Stacey had got. Jack's school has "
              "noted him late 9 times since Sept and says he worries about his mum."),
        ("h1", "what's going well"),
        ("p", "Stacey and Liam both came to conference and agreed the plan. Stacey has said she wants to go back "
              "on her meds. Pauline is retired, very close to both kids and has already been doing bathtime on "
              "some nights. The house is warm and there's food in."),
        ("h1", "what jack and ellie-mae are telling us"),
        ("p", "Jack (seen on his own at school 12/11): \"Mummy's sad and stays in bed. I help with the baby "
              "because I'm the big brother.\" He said he likes it best at Nana Pauline's \"because she does "
              "proper tea and reads to me\". He gave home 5 out of 10 and said it would be 10 \"if Mummy got "
              "up in the mornings\"."),
        ("p", "Ellie-Mae is 5 months. On the two home visits she was clean and dressed but had a red nappy rash; "
              "she smiled and reached for Pauline and for Jack, but went still and looked away when Stacey "
              "picked her up. She is on the 25th centile, down from the 50th at 8 weeks."),
        ("h1", "what needs to be different for the kids"),
        ("bullets", [
            "Ellie-Mae is fed on time day and night, is clean and settled, and keeps gaining weight on her "
            "centile.",
            "Jack gets to school on time every day and no longer feels he has to look after his mum or his "
            "sister.",
            "Jack and Ellie-Mae are cared for every day and night by an adult who is well enough to look "
            "after them.",
        ]),
        ("h1", "plan"),
        ("table", {
            "header": ["what", "who / when", "how we'll know"],
            "widths": [6.6, 4.6, 5.8],
            "header_fill": "E2EFDA",
            "rows": [
                ["Visit Jack and Ellie-Mae at home, see Jack on his own in his room, and see Ellie-Mae fed and "
                 "put down to sleep",
                 "Kerry Rowntree (KR), SW - weekly from w/c 24/11, at least 1 in 3 unannounced",
                 "KR's visit notes show both kids seen every week, Jack seen alone, and what he said written "
                 "down"],
                ["Weigh Ellie-Mae, check her feeds, nappy area and sleep space, and do Stacey's mood score "
                 "(EPDS) at each visit",
                 "HV Anita Shah (AS) - fortn. at home, 1st 27/11",
                 "weight plotted in red book, stays on or above the 25th centile; EPDS score and feed chart "
                 "emailed to KR the same day"],
                ["See Stacey weekly, go through her meds with her, and report in writing on whether she is "
                 "making the changes Jack and Ellie-Mae need, what still has to change and how long it is "
                 "likely to take",
                 "Martin Lyle (ML), CPN, Kibbleton AMHT - weekly from 20/11; report 2 working days before each "
                 "CGM",
                 "ML's written report on file before every CGM, with his view of Stacey's capacity to change "
                 "and the likely timescale"],
                ["Medication review with Stacey, and letter to KR on whether she is taking her meds and how her "
                 "mood affects her care of Ellie-Mae",
                 "Dr Pippa Fenby, GP, Brookside Surgery - asap and by 5/12 at the latest",
                 "GP letter on the children's file by 5/12"],
                ["Check Jack is in school, on time, fed and in clean uniform; ring KR the same day if he is "
                 "absent or upset about home",
                 "Mrs Jan Oakes, DSL Kibbleton Road Primary - every school day",
                 "attendance printout emailed to KR every Fri, attendance 95%+; same-day calls logged on "
                 "CPOMS"],
                ["Collect Jack from school, give both kids their tea and do bathtime so Stacey can rest",
                 "Pauline Harker (MGM) - every Tue + Thu from 25/11",
                 "school collection book signed by Pauline; KR reads Pauline's diary at each visit"],
                ["Stay over and do Ellie-Mae's night feeds on the nights Liam is at work",
                 "Pauline (MGM) - Mon, Wed + Fri nights, from 24/11",
                 "Ellie-Mae's feed chart filled in for each of those nights, seen by AS and KR"],
                ["Send KR his shift rota, and do Ellie-Mae's night feeds himself on the nights he is home",
                 "Liam Cole (dad) - rota by the 1st of each month; feeds every night off",
                 "rota on file; feed chart shows Liam's nights filled in"],
                ["Four sessions of direct work with Jack about his worries for his mum, using the three houses",
                 "Tash Bibby (TB), FSW - weekly from w/c 1/12, all done before Xmas hols (19/12)",
                 "Jack's three houses sheets on file; Jack scores home again at the last session and TB "
                 "tells KR"],
                ["Take Ellie-Mae to Little Steps baby group at Kibbleton family hub, so TB can see how Stacey "
                 "responds to her cues",
                 "Stacey Harker (mum), with TB - every Wed from 26/11",
                 "hub register; TB's note of each session on file, saying how Ellie-Mae was settled"],
            ],
        }),
        ("h1", "if it goes wrong"),
        ("p", "If Stacey is found in bed during the day with the kids on their own, says she can't cope or has "
              "thoughts of harming herself or the kids, or Ellie-Mae drops below the 9th centile: the kids go "
              "to Pauline's at 12 Vetch Lane that day and KR holds a strategy discussion with police and AMHT "
              "the same day. ML will arrange a same-day mental health assessment for Stacey."),
        ("p", "If Pauline can't have the kids or can't keep up the Tue/Thu or night-feed help (ill, away, or she "
              "says it's too much): Liam will take leave from work (his manager has agreed this in writing) and "
              "if he can't, KR will place Jack and Ellie-Mae together with Kibbleton foster carers the same day "
              "(EDT out of hours)."),
        ("p", "If Stacey has not restarted her meds by 5/12, misses two AMHT appointments in a row, or there is "
              "no real change for the kids by the RCPC, KR will ask Gail Ince (TM) for a legal planning meeting "
              "within 5 working days to decide whether to start PLO."),
        ("h1", "cgm / review"),
        ("bullets", [
            "CGM every 4 wks, Tues 1.30pm at Kibbleton family hub: 2/12/25, 30/12/25, 27/1/26.",
            "RCPC: 17/2/26, 10am, Kibbleton Civic Offices.",
            "KR to ask Jack what's changed at home before each CGM and bring his words to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan, father's alcohol misuse and domestic abuse, children of 12
#    and 9. Word plan printed to PDF; a table with no header row, owners as
#    initials given in a who's-involved list, dates typed 05.12.25. Exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_kintorrow_rcpc_headerless_table_dotted_dates_madigan.pdf",
    "doc_title": "RCPC plan - Callum and Ruby Madigan",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-whos-involved-initials-list-lower-case-headings-then-numbered-action-table-with-no-header-row-initials-in-action-text-dotted-dates-evidence-column-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 12-year-old and a 9-year-old whose father drinks "
        "heavily and assaulted their mother in November. A quickly typed Word plan printed to PDF with a "
        "page header and footer: people are given once with initials (NO, GT, BW, RH), and the action "
        "table has no header row, only a number, the action beginning with the owner's initials, a "
        "time with dotted dates (05.12.25) and what will be seen. The alcohol service reports on "
        "capacity to change, the GP owns an action, the aunt's after-school and night help has a "
        "fallback, legal planning follows named triggers, CGM dates and the next RCPC are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Kintorrow Council · Children's Services",
    "footer": "Madigan - CP plan (RCPC 14.11.25) - pg {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "cp plan - rcpc 14.11.25"),
        ("p", "Callum Madigan (12) and Ruby Madigan (9), 6 Harrier Close, Kintorrow KT3 9LB. Mum Joanne Madigan "
              "(38), dad Sean Madigan (41), both at the address. ICPC was 22.08.25 (category: emotional abuse). "
              "First review 14.11.25, chair Yvonne Threlkeld: plan to continue."),
        ("h2", "who's involved"),
        ("kv", [
            ("NO", "Nkem Okafor, SW, Kintorrow Children's Services (TM Hollie Brack)"),
            ("GT", "Gary Tolland, recovery worker, Kintorrow Alcohol Service (KAS)"),
            ("PA", "Precious Adeyemi, IDVA, Kintorrow Domestic Abuse Service"),
            ("BW", "Bernie Walsh, Sean's sister, 19 Lark Rise (10 mins away)"),
            ("RH", "Rob Haslam, DSL, Kintorrow Academy (Callum, Y8)"),
            ("LD", "Lorna Dunne, DSL, St Brannoc's Primary (Ruby, Y5)"),
            ("FG", "Fiona Garrity, school nurse"),
            ("Dr Moyo", "Dr Ama Moyo, GP, Castle Street Surgery (Sean's and the kids' GP)"),
        ]),
        ("h2", "what's happened since august"),
        ("p", "Sean went 6 weeks without drinking in Sept and Oct but started again after losing his job. On "
              "01.11.25 police were called at 11.40pm: Sean had been drinking since lunchtime and pushed Joanne "
              "into the kitchen door; Callum rang 999 from the bathroom and Ruby was found hiding under her bed. "
              "Sean was arrested and cautioned and stayed at his brother's for a week. Joanne wants him home and "
              "says he is not violent when sober. KAS say Sean came to 7 of 10 sessions but two breath tests "
              "since 01.11.25 have been positive. Ruby started wetting the bed again in Sept."),
        ("h2", "what callum and ruby say"),
        ("p", "Callum (seen alone at school 07.11.25): \"I rang the police because I thought he'd really hurt "
              "Mum. When Dad's been drinking I stay upstairs with Ruby and put music on. I want him to stop, "
              "not go away.\" He said he can't sleep till he hears his dad go to bed."),
        ("p", "Ruby (seen at home 10.11.25, Joanne in the kitchen): she drew her family with Dad \"a bit far "
              "away\" and said she feels safest \"at Auntie Bernie's because it's quiet\". She didn't want to talk "
              "about the bed and hid her face."),
        ("h2", "what we want"),
        ("bullets", [
            "Callum and Ruby live in a home where there is no violence and no adult is drunk while caring for "
            "them.",
            "Callum and Ruby know what to do and who to ring if their dad has been drinking, and feel safe to do "
            "it.",
            "Callum sleeps properly and his worries are being helped; Ruby's bedwetting is looked into and she "
            "is less anxious at home.",
            "Both kids keep going to school every day (95%+) with an adult in school they can talk to.",
        ]),
        ("h2", "plan"),
        ("table", {
            "widths": [0.9, 7.4, 3.9, 4.8],
            "rows": [
                ["1", "NO to see Callum and Ruby at home, each on their own, and check the fridge and their "
                      "bedrooms",
                 "wkly from 17.11.25; 1 in 3 unannounced", "visit notes show both seen alone each week and what "
                                                         "they said"],
                ["2", "GT to key-work Sean with a breath test at every session, and report to each CGM whether "
                      "Sean is making the changes Callum and Ruby need and how long that is likely to take",
                 "wkly (Tues); report 2 days before each CGM",
                 "breath test results to NO every Fri; GT's written report on file before each CGM"],
                ["3", "Sean not to drink while Callum and Ruby are in his care, and no alcohol kept in the "
                      "house",
                 "every day from 14.11.25",
                 "breath tests negative at every KAS session; no alcohol seen at any of NO's visits"],
                ["4", "Sean to go to the Kintorrow Men & Change programme (24 weeks); NO referred him on "
                      "12.11.25",
                 "starts Mon 08.12.25, wkly", "attendance sheet and end-of-course report from the programme "
                                              "to NO"],
                ["5", "PA to do a safety plan with Joanne and the kids covering what they do if Sean drinks or "
                      "gets angry",
                 "by 05.12.25, then fortn. calls", "written safety plan on file by 05.12.25; Joanne and Callum "
                                                   "can tell NO the plan"],
                ["6", "BW to collect Callum and Ruby after school and keep them at hers until Joanne is home at "
                      "6pm",
                 "Mon-Thu from 17.11.25", "St Brannoc's collection book signed by BW; BW's log seen by NO "
                                          "monthly"],
                ["7", "BW to be the adult the kids ring if their dad has been drinking, and have them at hers "
                      "that night",
                 "from 14.11.25; same night, every time", "both kids show NO BW's number in their phones; BW "
                                                         "texts NO by 9am the next day"],
                ["8", "RH to check in with Callum every Monday morning and ring NO the same day with any worry",
                 "every Mon from 17.11.25", "check-in notes emailed to NO every Fri; Callum's attendance stays "
                                            "above 95%"],
                ["9", "LD to check Ruby's attendance, lateness and how she presents each morning, and ring NO "
                      "the same day if worried",
                 "every school day", "attendance printout emailed to NO every Fri; calls logged on CPOMS"],
                ["10", "FG to see Ruby about the bedwetting since Sept and agree a health plan with Joanne",
                 "by 12.12.25", "health plan and letter sent to NO by 12.12.25"],
                ["11", "NO to refer Callum to Kintorrow CAMHS for his anxiety and not sleeping",
                 "by 28.11.25", "referral and CAMHS acceptance letter on Callum's file"],
                ["12", "Joanne to do the Freedom Programme, so she can keep Callum and Ruby safe if Sean starts "
                       "drinking again",
                 "Thurs from 04.12.25 (11 wks)", "attendance letter from the programme to NO; PA's note of "
                                                 "what Joanne has taken from it"],
                ["13", "Dr Moyo (GP) to do Sean's liver tests and write to NO about any alcohol-related "
                       "visits or prescriptions",
                 "by 19.12.25", "GP letter on file by 19.12.25"],
            ],
        }),
        ("h2", "if things go wrong"),
        ("p", "If Sean drinks while the kids are in his care, has a positive breath test, or the police are "
              "called to the house again: Sean leaves that night to stay at his brother Declan's (4 Ash Row), "
              "the kids stay with Joanne or go to BW's, and NO holds a strategy discussion with Kintorrow Police "
              "the same day. If Sean won't leave, Joanne rings 999 and PA helps her apply for a non-molestation "
              "order."),
        ("p", "If BW can't do the after-school pick-ups or can't take the kids at night (ill, away, or she says "
              "she can't keep it up): Joanne collects the kids herself (her manager has agreed 3pm finishes) and "
              "if they can't stay safely at home that night NO arranges an emergency foster placement the same "
              "day, through EDT out of hours."),
        ("p", "If Sean has two positive breath tests in any 6 wks, misses 3 KAS sessions in a row, or there is "
              "any further police call-out, NO will ask Hollie Brack (TM) for a legal planning meeting within 5 "
              "working days to decide on PLO."),
        ("h2", "meetings"),
        ("p", "CGM every 4 wks, Tues 3.30pm at Kintorrow Academy: 09.12.25, 06.01.26, 03.02.26, 03.03.26. "
              "Next RCPC: 14.05.26, 2pm, Kintorrow Council Offices."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth and toddler plan, mother's cannabis and ketamine use.
#    Markdown typed in lower case; timescales in plan weeks ("wk 3") with a
#    key; bullets carry notes from the first CGM; done items in their own
#    list. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_kessleford_prebirth_week_numbered_bullets_pryce.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-prebirth-markdown-lower-case-field-lines-week-number-key-why-alfies-day-baby-outcomes-already-done-list-then-bold-owner-bullets-with-wk-dates-and-cgm-notes-contingency-cgm-review",
    "description": (
        "Exemplary initial conference plan for a 2-year-old and his unborn sibling (due 6/2/26), whose "
        "mother uses cannabis daily and ketamine at weekends. Typed in Markdown in lower case, with "
        "timescales given in plan weeks ('by wk 3 (19/12)') explained in a key, and each bullet "
        "carrying its owner in bold, its time and what will be seen, plus notes added at the first "
        "core group; work already done sits in its own list. The drug service reports on capacity "
        "to change, the grandmother's care and supervision of the father's contact have a fallback, "
        "legal planning follows named triggers, CGM dates and the RCPC are set."
    ),
    "text": """\
# pryce - cp plan (pre-birth + alfie)

plan from icpc 27/11/25, notes added at cgm 1 on 9/12/25

- **alfie:** Alfie Pryce, 2y 3m (DOB 28/08/2023)
- **unborn baby:** due 6/2/26, Kessleford General
- **mum:** Chloe Pryce (22), 4 Whinfell Court, Kessleford KF2 8PD
- **dad:** Ryan Doyle (24), lives at his mum's in Thornby Road, sees Alfie Sundays
- **mgm:** Lorraine Pryce (LP), 3 Sedge Row (2 streets away)
- **category:** neglect. chair: Denise Marr
- **sw:** Dee Hollins (DH), tm Rob Adair
- **week key:** wk 1 = w/c 1/12/25, wk 3 = w/c 15/12, wk 6 = w/c 5/1/26, wk 10 = w/c 2/2/26

## why we're here

Chloe smokes cannabis every day, in the flat, and uses ketamine at weekends with friends. On 8/11 police
found Alfie (then 2y 2m) alone in the flat at 1am while Chloe was at a neighbour's; he was in a wet nappy
and had pulled the kettle lead down. HV says Alfie hasn't had his 2-yr review and has very few words.
Chloe is 30 wks pregnant and missed 2 antenatal appointments in Oct. She was honest at conference about
her use and wants to stop before the baby comes.

## alfie's day

On DH's visits Alfie was clean and fed and played happily with his cars; he took DH's hand to show her his
cot. He has about 10 words ("nana", "car", "bubba", "no"). He runs to the door when LP comes and gets upset
when she leaves. Nursery say he eats a lot at lunch and sometimes asks for more. At the weekend visit on
22/11 he was in the same clothes as Friday and the flat smelt of cannabis.

## for the baby

Growth scan at 28 wks was normal. Chloe and Ryan have a moses basket but it was full of washing on 22/11.

## what we want

- Alfie is cared for every day and night by a sober adult and is never left alone.
- Alfie's speech and development are checked and he gets the help he needs to catch up.
- The baby is born well, goes home to a safe sleep space and a sober carer, and is seen by MW and HV as
  planned.

## already done (not actions)

- 20/11: DH referred Chloe to Kessleford Drug & Alcohol Service (accepted 25/11)
- 27/11: Alfie's funded 2s nursery place confirmed at Little Acorns

## the plan

- **DH (SW)** - see Alfie at home every wk from wk 1, at least 1 in 2 unannounced; watch him eat and play and
  check his cot and room. Visit notes on LCS say what Alfie did, ate and said. *(cgm 1: seen 2/12 + 8/12,
  cot clear)*
- **Priya Nandra (PN), Kessleford Drug & Alcohol Service** - assess Chloe's drug use by wk 2 (12/12), then
  key-work and a urine test every Tue; written update to DH before every CGM saying whether Chloe is making the
  changes Alfie and the baby need and how long that is likely to take. *(cgm 1: assessment booked 11/12)*
- **Chloe (mum)** - no cannabis or ketamine at all from 1/12, and nothing smoked in the flat. Tests clear at
  every Tue session with PN; no smell of cannabis at any DH visit.
- **Sasha Kemp (SK), MW** - antenatal appts fortn. until wk 6, then weekly to the birth, with growth scans at 32
  and 36 wks. Attendance and scan results emailed to DH after each appt.
- **Ben Ashcroft (BA), HV** - Alfie's overdue 2-yr review incl. his speech, by wk 3 (19/12). ASQ scores sent to
  DH by 19/12 and SALT referral letter on file if his speech is below the cut-off.
- **Little Acorns nursery (manager Jade Fell)** - Alfie in Mon-Thu 9-3 from wk 1; ring DH the same day if he
  isn't in by 9.30 or there's a worry. Register emailed to DH every Fri, attendance 90%+.
- **LP (MGM)** - has Alfie at hers every Fri 5pm to Sat 5pm. LP texts DH a note every Sun of what he ate, how he
  slept and anything he said.
- **LP (MGM)** - be the adult who takes Alfie (and the baby once born) the same day if Chloe has used, from wk 1.
  DH sees LP's spare cot and car seat set up by wk 3 (19/12).
- **Ryan (dad)** - sees Alfie every Sun 10-1 at LP's house, with LP there the whole time. LP's contact note to DH
  after each Sunday. *(cgm 1: both Sundays went well, Alfie cried when Ryan left)*
- **SK (MW) / BA (HV)** - joint safe sleep talk with Chloe and Ryan, HV/MW by 20/1. Moses basket seen set up and
  clear by BA at the same visit.
- **DH (SW)** - pre-birth assessment of Chloe and Ryan by wk 6 (9/1/26), then a discharge planning meeting in
  wk 7 (before 36 wks). Report sent to every CGM member by 9/1/26; birth plan agreed in writing at the meeting.

## if it goes wrong

- If Chloe has a positive test, is found under the influence while caring for Alfie, or Alfie is found on his
  own: Alfie goes to LP's that day and DH holds a strategy discussion with police the same day.
- If LP can't have Alfie or can't supervise Ryan's Sundays (ill, working, or says she can't manage): Ryan's
  contact moves to Kessleford Family Centre, supervised by the FSW, and if Alfie has to leave home that day DH
  places him with Kessleford foster carers the same day.
- If Chloe has 2 positive tests in any 4 wks, or isn't clear by wk 6, DH will ask Rob Adair (TM) for a legal
  planning meeting within 5 working days to decide on PLO (pre-birth) before the baby is born.

## cgm + review

- cgm every 3 wks at Little Acorns, 2pm: 9/12/25 (done), 30/12/25, 20/1/26
- rcpc: 24/2/26 at 10am, Kessleford Civic Centre (after the baby is born)
- DH to bring what Alfie has shown and said on visits to every cgm
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, mother on a methadone script who relapsed on heroin, children
#    of 10 and 7. The plan pasted into the body of an email to the core group,
#    sections as lower-case labels with colons and dash lines. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_knarrowby_icpc_plan_in_email_body_mcbride.txt",
    "split": "heldout",
    "actions": 8,
    "template": "icpc-plan-pasted-into-email-body-headers-greeting-lower-case-colon-labels-worries-kids-words-outcomes-then-dash-lines-owner-dash-task-dash-when-dash-how-contingency-dates-signature",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 7-year-old whose mother, on a "
        "methadone script, relapsed on heroin in October. The social worker has pasted the plan into "
        "an email to the core group: lower-case labels with colons, and each action one dash line "
        "typed 'owner - task - when - how we'll know' with initials after first naming. The recovery "
        "service reports on capacity to change, the grandfather's school runs and the aunt's nights "
        "have a fallback, legal planning follows named triggers, CGM dates and the RCPC are set."
    ),
    "text": """\
From: Aoife Kerrigan <aoife.kerrigan@knarrowby.gov.uk>
Sent: 26 November 2025 17:48
To: Sam Oduya; Jim McBride; Dionne Keane; Meena Patel; Wendy Flood; Liam Shore; Leanne McBride
Cc: Tariq Bellamy (TM)
Subject: McBride - CP plan from ICPC 25/11 - pls check your bits

Hi all,

Thanks for coming yesterday. As promised the plan we agreed at conference is below, typed up from my
notes - pls reply by Fri if I've got anything wrong about your part. Leanne has a copy.

kids: Kayden McBride (10), Lacey McBride (7), 18 Rook Street, Knarrowby KN1 4SX
mum: Leanne McBride (33)
category: neglect. chair: Paula Grisedale

worries:
Leanne has been on a methadone script with Knarrowby Recovery Service for 3 yrs. In Oct she started using
heroin again on top. On 3/11 Kayden rang Jim (grandad) at 7.30pm because he couldn't wake his mum; Jim found
her on the sofa and the kids hadn't eaten. A methadone bottle was on the kitchen side. Lacey has been late
to school 14 times this half term and Kayden has missed 3 asthma reviews.

what kayden and lacey said:
Kayden (seen alone 20/11): "I know how to do the recovery position. I check Mum's breathing when she's
asleep." He wants "Mum to be how she was in summer" and to keep going to Grandad's after school.
Lacey (seen alone 21/11): she drew herself and Kayden at Auntie Dionne's "having pizza". She said she gets
scared at night "when Mum is sleepy and won't talk".

what we want for the kids:
- Kayden and Lacey are looked after every day and night by an adult who isn't under the influence.
- Kayden no longer checks his mum's breathing or feels he has to look after her or Lacey.
- Both kids get to school on time every day and Kayden's asthma is under control.
- Kayden and Lacey have a bedtime and morning routine they can count on.

plan:
- AK (me, SW) - see Kayden and Lacey at home, each on their own - weekly from w/c 1/12, 1 in 2 unannounced - my visit notes on LCS with what they say
- Sam Oduya (SO), recovery worker, Knarrowby Recovery Service - script review, supervised daily methadone and a weekly urine test, with a written update before each CGM on whether Leanne is making the changes the kids need and how long it's likely to take - review by 2/12 then weekly - test results and update emailed to AK before every CGM
- Leanne - all meds and methadone in the lockbox I gave her on 26/11, and no heroin or other drugs at all while Kayden and Lacey are at home - every day from 26/11 - lockbox locked at every visit; tests clear at SO's weekly test
- Jim McBride (MGF) - take Kayden and Lacey to school and check Leanne is up and well at 8am - every school day from 1/12 - register shows both in on time; Jim texts AK the same morning if Leanne isn't up
- Dionne Keane (aunt) - kids at hers every Fri night, and a bed for them the same night if Jim rings - every Fri, and same night whenever needed - Dionne texts AK by 9am the next day each time
- Meena Patel (MP), DSL Knarrowby Juniors - check both kids' attendance, lateness and how they are each morning, ring AK the same day with any worry - every school day - attendance printout emailed to AK every Fri; calls logged on CPOMS
- Wendy Flood (WF), asthma nurse, Knarrowby Surgery - Kayden's overdue asthma review and a new inhaler plan - by 12/12 - inhaler plan copied to AK and to school by 12/12
- Liam Shore (LS), FSW - 6 sessions on a bedtime and morning routine with Leanne and the kids - weekly from w/c 1/12 - routine chart on the fridge signed at each session; MP tells AK if the kids are still late

if it goes wrong:
If Leanne uses heroin or anything not prescribed (a positive test, found under the influence, or either kid tells us), or her methadone isn't in the lockbox, the kids go to Dionne's that night and I'll hold a strategy discussion with police the same day.
If Jim or Dionne can't help (ill, away, or they tell us they can't keep it up) I will arrange an emergency foster placement for Kayden and Lacey together the same day (EDT out of hours).
If Leanne has 2 positive tests in any 4 wks, or nothing has changed for the kids by the RCPC, I'll ask Tariq for a legal planning meeting within 5 working days to decide about PLO.

dates:
CGM 3/12/25, then every 4 wks (31/12/25, 28/1/26), 4pm at Knarrowby Juniors
RCPC 17/2/26 at 10am, Knarrowby Civic Hall

Thanks all, any probs ring me on the duty line.

Aoife
Aoife Kerrigan | Social Worker | Children's Safeguarding Team 1 | Knarrowby Council
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. RCPC plan, mother with bipolar disorder, children of 8 and 4. Word plan
#    with bold lower-case labels and a table headed "job / whose / by when /
#    proof", owner and time run together in one cell. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_kyllandale_rcpc_job_whose_proof_table_tamblyn.docx",
    "doc_title": "rcpc plan - Harvey and Poppy Tamblyn",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-word-plan-bold-lower-case-labels-details-since-last-time-kids-words-outcomes-then-job-whose-by-when-proof-table-owner-and-time-in-one-cell-contingency-cgm-rcpc-line",
    "description": (
        "First review conference plan for an 8-year-old and a 4-year-old whose mother has bipolar "
        "disorder and was admitted to hospital in the summer. Typed in Word with bold lower-case labels "
        "and a 'job / whose / by when / proof' table that runs owner and time together in one cell. "
        "Most rows are sound, including the psychiatrist's report on whether the mother can stay well "
        "enough. Faults: CPN visits that only support, measured by 'mood is stable'; school runs owned "
        "by the 'family network' with time 'tbc'; the HV's nursery application 'asap'; the mother's "
        "medication with no proof; a passive young carers referral with no owner; the father's contact "
        "'reviewed at CGM'; an outcome about the mother only; a contingency that only reviews; no "
        "legal step and the RCPC date 'tbc'."
    ),
    "blocks": [
        ("boldp", "rcpc plan - tamblyn"),
        ("kv", [
            ("kids", "Harvey Tamblyn (8), Poppy Tamblyn (4)"),
            ("address", "Flat 2, 40 Penrose Street, Kyllandale KY7 3HW"),
            ("mum", "Jodie Tamblyn (27), bipolar disorder, under Kyllandale AMHT"),
            ("dad", "Shane Tamblyn (30), 11 Quay Flats, Kyllandale - separated, sees the kids"),
            ("rcpc", "20/11/25, chair Morwenna Pascoe, plan continues (neglect)"),
            ("SW", "Rhys Penhale, Kyllandale Children's Services"),
        ]),
        ("boldp", "since last time:"),
        ("p", "Jodie was in Trelawn Ward for 3 weeks in July after a manic episode; the kids stayed with Shane. "
              "Since she came home she has been taking her lithium most days and the house is calmer, but in "
              "Oct she stopped sleeping for a week and Harvey was getting Poppy up, dressed and to nursery on "
              "his own. Poppy has missed 30% of nursery sessions. Harvey's school say he is tired and anxious "
              "on Mondays."),
        ("boldp", "what the kids say:"),
        ("p", "Harvey (seen alone at school 13/11): \"When Mum's high she doesn't sleep and talks really fast. I "
              "do Poppy's breakfast. I don't want Mum to go back to hospital.\" He wants to do football club "
              "after school again."),
        ("p", "Poppy (seen at home 14/11): showed SW her bed (a cot she's too big for) and said \"Harvey does my "
              "Weetabix\". She said she likes Daddy's house \"because there's a dog\"."),
        ("boldp", "what needs to happen for harvey + poppy (outcomes):"),
        ("bullets", [
            "Harvey and Poppy are got up, fed and taken to school and nursery by an adult every day.",
            "Harvey no longer has to look after Poppy or his mum, and goes back to football club.",
            "Jodie's mental health is stable and she takes her meds every day.",
        ]),
        ("boldp", "plan:"),
        ("table", {
            "header": ["job", "whose / by when", "proof"],
            "widths": [7.0, 4.6, 5.4],
            "header_fill": "FFF2CC",
            "rows": [
                ["See Harvey and Poppy at home, Harvey on his own, and check Jodie is up and the kids have had "
                 "breakfast",
                 "SW (Rhys Penhale) - wkly, 1 in 2 before 8.30am",
                 "visit notes on LCS show both kids seen, Harvey alone, and what they said"],
                ["CPN visits to support Jodie with her mood and meds",
                 "AMHT (Jo Carne, CPN) - fortn.",
                 "mood is stable"],
                ["Review Jodie's lithium levels and report to the CGM on whether she can stay well enough to "
                 "look after Harvey and Poppy, and how long change is likely to take",
                 "Dr Anwen Venn, consultant psychiatrist, AMHT - by 9/1",
                 "letter to SW before the January CGM, on file"],
                ["Help get Harvey and Poppy to school and nursery on Jodie's bad days",
                 "family network - tbc",
                 "school and nursery registers show both in on time"],
                ["Apply for Poppy's 30 hrs funded place at Kyllandale Nursery",
                 "HV (Lowenna Day) - asap",
                 "place confirmed by letter, copy to SW"],
                ["Check in with Harvey every morning and tell the SW the same day about any worry",
                 "Mrs Rowe, DSL Kyllandale Juniors - every school day",
                 "check-in log emailed to SW every Fri"],
                ["Jodie to take her meds as prescribed",
                 "Jodie - daily",
                 ""],
                ["Young carers referral to be made for Harvey",
                 "by 5/12",
                 "referral accepted letter on Harvey's file"],
                ["Get Poppy her own bed (cot too small) through the FSW's charity fund",
                 "FSW (Tegan Hoskin) - by end of term",
                 "bed seen in Poppy's room by SW"],
                ["Lithium and all other meds kept in the lockbox so Poppy can't reach them",
                 "Jodie, SW to drop lockbox round - by 28/11",
                 "lockbox seen locked at every SW visit"],
                ["Shane to have Harvey and Poppy at his flat every other weekend",
                 "Shane Tamblyn (dad) - alt. w/e from 6/12",
                 "contact reviewed at CGM"],
            ],
        }),
        ("boldp", "if things go wrong:"),
        ("p", "If Jodie becomes unwell again or things at home get worse, the SW will call an early core group to "
              "review the plan and consider next steps."),
        ("boldp", "cgm / rcpc:"),
        ("p", "CGM every 4 wks, next 9/12/25 at Kyllandale Juniors. RCPC tbc."),
    ],
    "findings": [
        F("H001", "CPN visits to support Jodie with her mood and meds"),
        F("M002", "CPN visits to support Jodie with her mood and meds"),
        F("W002", "Help get Harvey and Poppy to school and nursery"),
        F("T002", "Help get Harvey and Poppy to school and nursery"),
        F("T002", "Apply for Poppy's 30 hrs funded place at Kyllandale Nursery"),
        F("M001", "Jodie to take her meds as prescribed"),
        F("W001", "Young carers referral to be made for Harvey"),
        F("M002", "Shane to have Harvey and Poppy at his flat"),
        F("F002", "Jodie's mental health is stable and she takes her meds every day."),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, neglect, mother with depression, children of 3 and 14 months.
#    Typed with no headings at all: run-on paragraphs and one bullet list,
#    printed to PDF with a page footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_kopperstow_icpc_headingless_quick_bullets_fenwick.pdf",
    "doc_title": "Fenwick - CP plan ICPC 20/11/25",
    "split": "heldout",
    "actions": 7,
    "template": "icpc-word-plan-printed-to-pdf-page-footer-no-headings-run-on-paragraphs-reasons-strengths-outcomes-line-then-actions-agreed-bullets-cgm-rcpc-line",
    "description": (
        "Initial conference plan for a 3-year-old and a 14-month-old living with dog mess, no food and "
        "missed health appointments; their mother has depression and has stopped going to talking "
        "therapy. Typed fast with no headings at all, printed to PDF with a page footer: paragraphs "
        "run on and the actions are one bullet list. Sound rows for the SW, the HV and the father's "
        "nursery runs. Faults: a passive nursery row with no owner, no time and only 'monitored'; "
        "FSW sessions measured by 'improvement'; the mother's return to her GP and therapy 'when she "
        "feels ready'; a beds application with no measure; nothing from or about the children's own "
        "views or daily experience; no adult service owns an action; no contingency and no legal step."
    ),
    "footer": "Fenwick CP plan - ICPC 20/11/25 - page {PAGE}",
    "blocks": [
        ("p", "Fenwick - Mason (3) + Isla (14 mths) - CP plan from ICPC 20/11/25 - Kopperstow Children's Services"),
        ("p", "Category neglect. Chair Aled Price. SW Nadia Brook (NB), TM Sue Rakes. Address 14 Gull Terrace, "
              "Kopperstow KP2 6NF. Mum Kirsty Fenwick (26), dad Gary Fenwick (29), both at the address, Gary "
              "works days at the bus depot."),
        ("p", "Reasons for plan: HV found dog mess on the kitchen floor and no food in except bread on 3 visits "
              "in Oct. Isla has missed her 12 mth immunisations and 2 HV appts. Mason's nursery attendance is "
              "61% this term and he often arrives in dirty clothes. Kirsty has depression, diagnosed after "
              "Isla's birth, and is on sertraline from her GP; she stopped going to Kopperstow Talking Therapies "
              "in Sept. No concerns about alcohol or drugs."),
        ("p", "Strengths: Gary has started doing more at home since conf. Both parents came to conference and "
              "agreed the plan. Gary's mum Val drops food round on Sundays."),
        ("p", "What we want (outcomes): Mason and Isla live in a clean, safe home with food in every day. Isla is "
              "up to date with her health checks and jabs. Mason goes to nursery every session, clean and fed."),
        ("p", "Actions agreed at conf:"),
        ("bullets", [
            "NB (SW) to visit wkly, 1 in 3 unannounced, check kitchen, food cupboards and beds, photos of the "
            "kids' rooms - visit notes + photos on LCS each week",
            "HV Carol Pym to do Isla's 12 mth review and catch up her immunisations by 19/12 - red book updated "
            "and jabs recorded on the child health system",
            "Mason's nursery attendance and presentation to be monitored",
            "FSW Jade Lowther to do 6 sessions on routines and a cleaning rota with Kirsty and Gary, wkly from "
            "w/c 1/12 - improvement in home conditions",
            "Kirsty to go back to her GP and restart Talking Therapies when she feels ready - GP letter to NB",
            "Gary to take Mason to nursery Mon, Tue + Wed from 1/12 - nursery register shows Mason in by 9.15",
            "NB to apply to Kopperstow Children's Fund for beds for Mason and Isla by 28/11",
        ]),
        ("p", "CGM every 4 wks, 1st one 4/12/25 at Kopperstow family hub. RCPC 12/2/26 at 10am, Kopperstow Civic "
              "Centre."),
        ("p", "Plan given to Kirsty + Gary at the end of conf. NB"),
    ],
    "findings": [
        F("W001", "Mason's nursery attendance and presentation to be monitored"),
        F("T001", "Mason's nursery attendance and presentation to be monitored"),
        F("M002", "Mason's nursery attendance and presentation to be monitored"),
        F("M002", "FSW Jade Lowther to do 6 sessions on routines"),
        F("T002", "Kirsty to go back to her GP and restart"),
        F("M001", "NB to apply to Kopperstow Children's Fund for beds"),
        F("C001"),
        F("F003"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan updated at the third core group, family about to move to another
#    authority; mother with postnatal depression, father drinking, domestic
#    abuse. Plain text typed up after the meeting, one dash list mixing tasks,
#    notes and done items. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_kelbeckham_cgm_update_mixed_done_list_ostrowski.txt",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-update-plain-text-lower-case-field-lines-why-kids-say-outcomes-then-one-dash-list-mixing-done-items-notes-and-owner-dash-task-dash-when-dash-how-actions-contingency-meetings",
    "description": (
        "Plan for an 11-year-old, a 6-year-old and a 7-week-old baby, typed up in plain text after the "
        "third core group; the mother has postnatal depression, the father drinks and there has been "
        "domestic abuse, and the family moves to another authority in January. One dash list mixes "
        "done items, notes from the meeting and 'owner - task - when - how' actions; most actions are "
        "sound, including weekly visits until the transfer-in conference. Faults: the perinatal team "
        "only keeps seeing the mother; the alcohol assessment is 'tbc' and measured by 'engagement'; "
        "a young carers referral left for the new authority with no owner or measure; 'all agencies' "
        "to share concerns; checks of the baby's sleep space only 'keep an eye on'; an outcome about "
        "the parents only; the uncle and aunt carry evenings and school runs with no fallback; the "
        "next review is 'to be arranged'."
    ),
    "text": """\
CGM 3 - OSTROWSKI - updated plan (typed up by HL after the meeting on 02.12.25)

kids:      Zofia Ostrowska (11), Kuba Ostrowski (6), Lena Ostrowska (7 wks, b. 14/10/25)
mum:       Ewa Ostrowska (30)
dad:       Tomasz Ostrowski (34)
address:   22 Fulmar Way, Kelbeckham KB4 7TE
moving to: 9 Orchard Rise, Denholt (Harlowe County Council) on 12/1/26 - transfer notification sent 25/11
uncle:     Marek Ostrowski (Tomasz's brother), 5 Fulmar Way
aunt:      Kasia Ostrowska (Marek's wife), same address
sw:        Hannah Lisle (HL), tm Craig Dunmore
icpc 06/11/25, category emotional abuse + neglect
at cgm 3: HL, Ewa, Tomasz, Marek, GN (HV), Mr Judd (DSL), Rachel Fey (IDVA), Dean Rix (KAS)

why on plan
Police called 3 times since Aug, each time Tomasz had been drinking at the weekend and he and Ewa were
shouting; on 18/10 he threw a chair and Zofia was hit on the arm taking Lena out of the room. Ewa has
postnatal depression (GP started sertraline 4/11) and is under the perinatal mental health team. Zofia
has been doing a lot of Lena's night feeds and her school says she is falling asleep in class.

what the kids say
- Zofia (seen alone at school 27/11): "I do Lena's bottle at night because Mum cries. When Dad drinks I
  take Kuba and Lena upstairs." She's worried about starting a new school after the move.
- Kuba (seen at home 1/12): said he likes it when Uncle Marek comes "because Dad doesn't shout". He
  drew the new house with "my own room".
- Lena: clean, fed and settles well for Ewa at visits; cried and arched when the TV was loud.

what we want for them
- Zofia, Kuba and Lena live in a home with no shouting, violence or drunk adults.
- Zofia goes to bed on time and doesn't do Lena's feeds; her school sees her awake and settled.
- Lena sleeps safely in her own space and is fed and weighed on time.
- Ewa's mood improves and Tomasz stops drinking.

actions (updated at cgm 3)
- DONE 14/11 - CAMHS referral for Zofia sent by HL, accepted 24/11
- HL (SW) - home visits wkly until the transfer-in conf, see Zofia + Kuba alone and Lena awake - visit notes on LCS with what the kids said
- HV Gosia Nowak (GN) - weigh Lena at Kelbeckham clinic fortn., next 9/12 - weight in red book, on the 25th centile or above
- Perinatal team (Dr Ines Harrop) to keep seeing Ewa fortn. for her low mood - attendance letters to HL
- KAS (Dean Rix) - assess Tomasz's drinking and start key-work - tbc, on the waiting list - engagement with KAS
- Tomasz - no drinking at all when he's looking after Zofia, Kuba + Lena, incl. weekends - every day from 2/12 - no cans seen at any HL visit and Marek's Sunday text to HL (note from cgm: T says he's down to 4 cans on a Sat)
- Marek (uncle) - at the house Fri + Sat evenings till the kids are in bed - from 5/12 - Marek texts HL every Sun
- Kasia (aunt) - takes Kuba to school so Ewa can sleep after night feeds - every school day - register shows Kuba in by 8.50
- DSL Kelbeckham Primary (Mr Judd) - check-in with Zofia + Kuba every Thu - notes emailed to HL every Fri
- Young carers referral for Zofia to be picked up by Harlowe once the family has moved
- IDVA Rachel Fey (Kelbeckham DA Service) - DASH + safety plan with Ewa by 12/12 - copy of safety plan to HL
- HL - finish parenting assessment of Ewa + Tomasz by 9/1, before the move - report given to Harlowe at the transfer-in conf
- All agencies - tell HL same day of any DA incident or concern - logged on LCS
- DONE 28/11 - Lena's 6-8 wk check at GP, all fine
- GP Dr Sandhu - review Ewa's sertraline and tell HL how her mood is affecting her care of Lena - by 19/12 - GP letter on file
- CAMHS (Zofia) - 1st appt 16/12 - assessment letter to HL
- HL - check Lena's sleep space at every visit - keep an eye on the moses basket + no co-sleeping
- FSW Lucy Marr - help with the move (tenancy, school places in Denholt, GP registration) - before Xmas hols - school place letters + new tenancy copy to HL

if things go wrong
If Tomasz drinks while looking after the kids or the police are called again, Tomasz goes to Marek's
that night and HL holds a strategy discussion with police the same day. If Ewa can't cope with Lena,
Kasia will have the kids at hers.
If Tomasz is still drinking at the transfer-in conference, or there is any further police call-out, HL
will ask Craig Dunmore (TM) for a legal planning meeting within 5 working days.

meetings
cgm every 3 wks, next 23/12/25 at Kelbeckham Primary
transfer-in conf: Harlowe to set, tbc
rcpc: to be arranged by Harlowe after the transfer
""",
    "findings": [
        F("H001", "Perinatal team (Dr Ines Harrop) to keep seeing Ewa"),
        F("T002", "assess Tomasz's drinking and start key-work"),
        F("M002", "assess Tomasz's drinking and start key-work"),
        F("X001", "Young carers referral for Zofia to be picked up by Harlowe"),
        F("W001", "Young carers referral for Zofia to be picked up by Harlowe"),
        F("M001", "Young carers referral for Zofia to be picked up by Harlowe"),
        F("W002", "tell HL same day of any DA incident or concern"),
        F("M002", "check Lena's sleep space at every visit"),
        F("F002", "Ewa's mood improves and Tomasz stops drinking."),
        F("C003"),
        F("R001"),
    ],
})
