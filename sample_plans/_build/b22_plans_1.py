"""Batch 22, module 1: seven fictional files (held-out evaluation material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Safe & Together style mapping (pattern / protective efforts / impact on
#    the children), then a steps table grouped under banner rows (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_eskbarrow_safe_together_mapping_banner_steps_oyelaran.docx",
    "doc_title": "Child Protection Plan - Kian and Ruby Oyelaran",
    "split": "heldout",
    "template": "safe-and-together-pattern-mapping-then-banner-grouped-steps-table",
    "description": (
        "Exemplary ICPC plan for two children (domestic abuse, father's drinking) written in a Safe & "
        "Together style: father's pattern of behaviour, mother's protective efforts and the impact on the "
        "children, then a steps table grouped under banner rows. Named leads, real timescales, observable "
        "evidence, the alcohol service owns an action, grandmother's supervision covered in a specific "
        "contingency with a family-centre fallback, core group and review dates, legal planning meeting."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eskbarrow Borough Council – Children's Services – Family Safety Team"),
        ("kv", [
            ("Children", "Kian Oyelaran (9), Year 4, St Wilfrid's Primary; Ruby Oyelaran (3), Bright Start Nursery"),
            ("Living with", "Chantelle Oyelaran (mum), 41 Larch Road, Eskbarrow"),
            ("Father", "Marcus Oyelaran – staying with his brother since 18/02/2025; police bail conditions "
                       "not to enter Larch Road or contact Chantelle except through a solicitor"),
            ("Conference", "Initial child protection conference, 27/03/2025 (chair: Graham Wexley, IRO)"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Priya Dhanjal, Family Safety Team"),
        ]),
        ("h1", "Marcus's pattern of behaviour"),
        ("p", "For at least three years Marcus has controlled the family's money, checked Chantelle's phone "
              "each night and stopped her seeing her friends. He drinks six to eight cans most evenings and "
              "told conference that drink \"makes me worse\". On 15/02/2025, after drinking, he held Chantelle "
              "against the fridge by her throat while Kian was standing in the kitchen doorway. Marcus has said "
              "that Chantelle \"winds him up\"; he has not yet accepted that the choice to be violent is his."),
        ("h1", "What Chantelle has done to protect Kian and Ruby"),
        ("p", "Chantelle rang the police on 15/02/2025 and took both children upstairs. She has kept to the bail "
              "conditions, agreed to work with an IDVA, and told school and nursery what happened so they could "
              "look out for the children. Her mother, Denise Walcott, lives two streets away and has offered to "
              "supervise the children's time with their dad. Chantelle's GP has told us there is no history of "
              "mental health difficulties."),
        ("h1", "How this has affected the children"),
        ("p", "I saw Kian on his own at school on 20/03/2025. He told me: \"When Dad shouts I take Ruby in my "
              "room and put Bluey on really loud.\" He misses his dad \"but not the shouting one\" and would like "
              "to see him \"at Nana's, with Nana there\". He said he sometimes can't sleep because he listens for "
              "the front door. Ruby has started biting other children at nursery (four times a week in March) "
              "and flinches when an adult raises their voice. At my home visit on 21/03/2025 she played "
              "\"daddy shouting\" with her dolls, then climbed onto Chantelle's lap and settled."),
        ("h1", "What needs to be different for Kian and Ruby"),
        ("bullets", [
            "Kian and Ruby live at home with no shouting, hitting or threats, and Kian no longer feels he has to "
            "protect Ruby or listen out for the door at night.",
            "Kian and Ruby see their dad only when he is sober and Nana Denise is with them, and they come back "
            "from family time calm.",
            "Ruby stops biting, settles at nursery and is not frightened by raised voices.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Step", "Who is responsible", "Starts / done by", "What we will see"],
            "widths": [5.6, 3.8, 3.4, 4.2],
            "rows": [
                ["Marcus taking responsibility for his behaviour", H, H, H],
                ["Complete the Eskbarrow Choices domestic abuse perpetrator programme (24 weekly group sessions)",
                 "Marcus Oyelaran; facilitator Lee Harman, Choices",
                 "Starts 15/04/2025; every Tuesday evening",
                 "Attendance sheet sent to the SW monthly; Choices mid-point report on Marcus's use of control "
                 "sent to the SW by 20/06/2025"],
                ["Alcohol assessment, with a breath test at every appointment, and a plan for Marcus to be sober "
                 "before each family time",
                 "Eskbarrow Alcohol and Drug Service (EADS), worker Nadia Frost",
                 "Assessment by 18/04/2025, then fortnightly",
                 "Assessment and breath test results sent to the SW fortnightly; zero readings before each "
                 "family time"],
                ["Kian and Ruby safe at home with Chantelle", H, H, H],
                ["Safety planning sessions with Chantelle, covering the bail conditions and what she will do with "
                 "the children if Marcus comes to the house",
                 "IDVA Sunita Rai, Eskbarrow Women's Aid",
                 "Weekly from 01/04/2025 for 12 weeks",
                 "Written safety plan signed by Chantelle by 15/04/2025 and copied to the SW"],
                ["Visit the children at home, see Kian on his own and check the new lock on the front door",
                 "SW Priya Dhanjal",
                 "Every 10 working days",
                 "Visit records show Kian seen alone, what he said, and the lock fitted by 11/04/2025"],
                ["Six sessions of direct work with Kian about what happened and who he can tell, using his worry "
                 "monster book",
                 "FSW Owen Blake",
                 "Weekly from 07/04/2025 to 12/05/2025",
                 "Kian's book names three safe adults; session notes sent to the SW after each session"],
                ["Record Ruby's biting, any flinching at noise, and how she separates from Chantelle in the morning",
                 "Key person Abi Thornton, Bright Start Nursery",
                 "Daily; summary emailed to the SW every Friday",
                 "Weekly summary shows the number of biting incidents falling from four a week"],
                ["Check in with Kian every Monday morning and pass anything he says about home to the SW",
                 "DSL Mr Imran Rahman, St Wilfrid's Primary",
                 "Every Monday; concerns the same day",
                 "Check-in notes kept; any disclosure logged and reported to the SW the same day"],
                ["Family time with Dad", H, H, H],
                ["Supervise all family time between Marcus and the children at her house and stop it if he has "
                 "been drinking",
                 "Denise Walcott (MGM)",
                 "Saturdays 10am–12pm, from 05/04/2025",
                 "Family time record signed by Denise and shown to the SW at each visit"],
                ["Read Denise's family time records and talk to Kian about how family time went",
                 "SW Priya Dhanjal",
                 "Fortnightly, on the Monday after family time",
                 "Kian's words recorded on file; records show no drinking and no visits to Larch Road"],
                ["Enforce Marcus's bail conditions and tell the SW of any breach or call-out to Larch Road",
                 "PC Jon Seddon, Eskbarrow Police Domestic Abuse Unit",
                 "Within 24 hours of any incident",
                 "Police notification on the children's file within 24 hours"],
            ],
        }),
        ("h1", "If the plan is not keeping Kian and Ruby safe"),
        ("p", "If Marcus comes to Larch Road, contacts Chantelle outside the bail conditions, or is found to have "
              "been drinking before family time, Chantelle will ring 999 and the police will arrest him for "
              "breach of bail. The SW (or the emergency duty team out of hours) will hold a strategy discussion "
              "the same working day, and family time will stop until a new risk assessment is done."),
        ("p", "If Denise cannot supervise on a Saturday, or tells the SW she cannot stop Marcus drinking before "
              "family time, that week's family time is cancelled and the SW will arrange supervised family time "
              "at the Eskbarrow Family Centre within 7 days."),
        ("p", "If Chantelle lets Marcus back into the house, the SW will request a legal planning meeting within "
              "5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 10/04/2025, 08/05/2025 and 05/06/2025, at St Wilfrid's Primary, 3.30pm.",
            "Review child protection conference: 26/06/2025, 10am, Eskbarrow Town Hall.",
            "If the Choices mid-point report or the EADS results show that Marcus is not changing, the team "
            "manager will request a legal planning meeting (legal gateway) before the review conference.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Six-week working plan: task / lead / one column per week with dots /
#    evidence (landscape PDF, header and page footer)
# ---------------------------------------------------------------------------
_DOT = "●"

PLANS.append({
    "name": "b22_embleworth_six_week_dot_grid_hallworth.pdf",
    "doc_title": "Child Protection Plan - six-week working plan - Tayla and Mason Hallworth",
    "split": "heldout",
    "template": "six-week-dot-grid-task-lead-week-columns-evidence-landscape-paged",
    "description": (
        "Neglect plan for two children (mother's low mood) laid out as a six-week working grid: task, lead, "
        "one column per week marked with dots or a due date, then evidence; landscape, header and page "
        "footer. One task has no dots and no date, 'Family' owns a task, a grandfather's task has no "
        "evidence, a mental health worker only supports with 'engagement', 'Reviewed at core group', an "
        "adult-only outcome, and the contingency leans on the grandparents with no fallback."
    ),
    "landscape": True,
    "header": "OFFICIAL – SENSITIVE   Embleworth County Council – Children's Social Care",
    "footer": "CP plan – Hallworth children – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – six-week working plan"),
        ("p", "Embleworth South Family Safeguarding Team · sheet 1 of the plan (w/c 07/04/2025 to w/c 12/05/2025), "
              "to be re-issued at each second core group"),
        ("kv", [
            ("Children", "Tayla Hallworth (6), Embleworth Primary; Mason Hallworth (2 years 1 month)"),
            ("Lives with", "Jodie Hallworth (mum, 27), 14 Fenwick Close, Embleworth"),
            ("Father", "Ryan Cole, lives in Dundee; phone contact with Tayla on Sundays"),
            ("Plan made at", "Initial child protection conference, 03/04/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Kerry Lomax"),
        ]),
        ("h2", "Why Tayla and Mason need a plan"),
        ("p", "Mason's weight has dropped from the 25th to below the 9th centile since October. On two of four "
              "visits there was no food in the house apart from cereal, and there was dog mess on the kitchen "
              "floor where Mason plays. Tayla has been late to school on 19 days this term and staff have "
              "washed her uniform twice. Jodie told her GP in February that she feels low, often does not get "
              "up until midday and \"can't face\" the housework; she started sertraline in February."),
        ("h2", "What Tayla and Mason are telling us"),
        ("p", "Tayla (seen alone at school, 01/04/2025): \"Mummy is always tired. I make Mason's breakfast – "
              "cereal but there's no milk.\" She said she loves going to Nana Sue's \"because there's always "
              "food and the bath is warm\". Mason was seen by the HV at the drop-in on 28/03/2025 eating two "
              "bowls of pasta very fast and taking food from other children's plates; he went happily to Sue "
              "when she arrived to collect him."),
        ("h2", "What we want to see by the review"),
        ("bullets", [
            "Mason is back on the 9th centile or above and has three meals and two snacks every day.",
            "Tayla gets to school on time, clean and having had breakfast, and no longer makes Mason's meals.",
            "The kitchen and living room are clean enough for Mason to play on the floor safely.",
            "Jodie will feel more motivated and keep on top of the house.",
        ]),
        ("pagebreak",),
        ("h2", "Six-week plan"),
        ("p", f"{_DOT} = due that week. A one-off task has its due date written in the week it falls due."),
        ("table", {
            "header": ["Task", "Lead", "w/c 07/04", "w/c 14/04", "w/c 21/04", "w/c 28/04", "w/c 05/05",
                       "w/c 12/05", "How we'll know"],
            "widths": [6.3, 3.8, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6, 6.0],
            "rows": [
                ["Unannounced home visit – see Tayla and Mason, their bedrooms, the fridge and the nappy supply",
                 "SW Kerry Lomax", _DOT, "", _DOT, "", _DOT, "",
                 "Visit notes: both children seen, home conditions score 3 or more, food in the fridge"],
                ["Weigh Mason at home and ask about what he has eaten that day",
                 "HV Bridget Oyelowo", _DOT, _DOT, _DOT, _DOT, _DOT, _DOT,
                 "Weight plotted in the red book; back on the 9th centile by 12/05"],
                ["Funded nursery place for Mason at Little Owls, three days a week",
                 "SW Kerry Lomax", "", "starts 14/04", "", "", "", "",
                 "Nursery register shows Mason in three days a week"],
                ["Take Tayla to school on Mondays, Wednesdays and Fridays",
                 "Sue Hallworth (MGM)", _DOT, _DOT, _DOT, _DOT, _DOT, _DOT,
                 "School register: Tayla in by 8.50am on those days"],
                ["Batch-cook and drop off tea for the children on Sundays",
                 "Derek Hallworth (MGF)", _DOT, _DOT, _DOT, _DOT, _DOT, _DOT,
                 ""],
                ["Weekly support sessions for Jodie around her low mood and motivation",
                 "Hamid Qureshi, Primary Care Mental Health Worker", _DOT, _DOT, _DOT, _DOT, _DOT, _DOT,
                 "Jodie's engagement"],
                ["Help Jodie clear the kitchen and the dog mess in the garden and set up a cleaning rota",
                 "Family", _DOT, _DOT, _DOT, _DOT, _DOT, _DOT,
                 "Home conditions score at SW visits reaches 3 by 12/05"],
                ["Referral to Embleworth Foodbank and help with a Healthy Start application",
                 "FSW Ayesha Tanvir", "", "", "", "", "", "",
                 "Foodbank voucher used and Healthy Start card received"],
                ["Check Tayla's lateness, her uniform and whether she has been to breakfast club",
                 "Mrs Gill Pickering, DSL, Embleworth Primary", _DOT, _DOT, _DOT, _DOT, _DOT, _DOT,
                 "Reviewed at core group"],
                ["Dental check-up for Tayla and Mason at Fenwick Dental",
                 "Jodie Hallworth (mum)", "", "", "", "due 02/05", "", "",
                 "Dentist's letter copied to the SW"],
            ],
        }),
        ("h2", "If things get worse"),
        ("p", "If Mason's weight drops below the 2nd centile, or the home conditions score falls back to 1 at any "
              "visit, the SW will hold a strategy discussion within 24 hours and Tayla and Mason will stay with "
              "Sue and Derek Hallworth while it takes place. The SW will request a legal planning meeting within "
              "5 working days."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group: every 2 weeks – 17/04/2025, 01/05/2025 and 15/05/2025, at Embleworth Primary, 9.15am.",
            "Review child protection conference: 03/07/2025, 10am, Embleworth County Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Batch-cook and drop off tea for the children on Sundays"),
        F("H001", "Weekly support sessions for Jodie around her low mood"),
        F("M002", "Weekly support sessions for Jodie around her low mood"),
        F("W002", "Help Jodie clear the kitchen and the dog mess"),
        F("T001", "Referral to Embleworth Foodbank and help with a Healthy Start"),
        F("M002", "Check Tayla's lateness, her uniform and whether she"),
        F("F002", "Jodie will feel more motivated and keep on top of the house."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Task-board export (buckets, task cards with Assigned to / Due / How
#    we'll know) for a looked-after baby on a children's ward (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_elvermoor_task_board_buckets_mbeki.md",
    "split": "heldout",
    "template": "task-board-export-buckets-task-cards-assigned-due-know-md",
    "description": (
        "Exemplary CP plan for a 6-week-old accommodated under section 20 and on a children's ward (mother's "
        "postnatal depression), exported from a team task board as buckets of task cards with Assigned to, "
        "Due and How we'll know. SW visits twice a week until discharge, the perinatal team assesses "
        "capacity to change, the GP owns an action, the great-aunt's family time has a fallback, specific "
        "contingency, core group, LAC review and review conference dates, legal planning meeting."
    ),
    "text": """\
# TeamTasks – board export

**Board:** CP plan – Amara MBEKI (LCS 7781204)
**Board owner:** Lucia Ferreira, Social Worker, Elvermoor Children in Care Team
**Exported:** 14/04/2025 09:12 · 3 buckets · 12 tasks · 0 complete
**Plan agreed at:** initial child protection conference, 10/04/2025 (chair: Dawn Pereira, IRO)

---

## Board description

Amara Mbeki was born on 02/03/2025 and is 6 weeks old. She has been on Ward 4
(children's ward) at Elvermoor General Hospital since 04/04/2025, when the HV
found she had dropped from the 50th to below the 2nd centile. Amara has been
accommodated under section 20, with her mum's agreement, since 08/04/2025 and
will go to foster carer Jean Halloran when she is discharged. She is also on a
child protection plan (neglect).

Nomvula Mbeki (22), Amara's mum, was diagnosed with postnatal depression in
March and is under the Elvermoor Perinatal Mental Health Team. She has found it
hard to wake for night feeds and had been giving Amara two or three bottles a
day. Amara's father is not named on the birth certificate and has no role in
her care. Nomvula's aunt, Thandi Mbeki, lives in Elvermoor and has offered to
help.

## Amara's day on the ward (what we see)

- Amara feeds best held upright. She takes 60–70ml and falls asleep, and the
  nurses wake her gently to finish.
- She calms quickly when Nomvula sings to her in isiZulu and turns her head
  towards Nomvula's voice.
- She cried for long spells on her first two days; she now settles within a
  few minutes of being picked up.
- Ward staff say Nomvula has come in every day, but has sometimes sat on her
  phone while Amara cried.

## What we want for Amara

- Amara gains 20–30g a day and leaves hospital at a weight back on her birth
  centile.
- Amara is fed on time, day and night, by an adult who is awake and goes to
  her when she cries.
- Amara keeps her bond with her mum through daily family time, and only goes
  home to Nomvula's care once Nomvula is well enough to meet her needs.

## Bucket: On the ward (5)

- [ ] **Visit Amara on Ward 4, see her fed and held, and talk to the nurse in charge**
  - Assigned to: Lucia Ferreira (SW)
  - Due: every Tuesday and Friday until discharge (first visit 15/04/2025)
  - How we'll know: visit note on LCS within 24 hours, with Amara's weight
    and how she fed
- [ ] **Visit Amara on the ward as her IRO and meet the ward sister**
  - Assigned to: Dawn Pereira (IRO)
  - Due: by 25/04/2025
  - How we'll know: IRO visit record on LCS
- [ ] **Three-hourly feeds, daily weights and a feed chart at the cot**
  - Assigned to: Sister Grace Kamau, Ward 4
  - Due: daily until discharge
  - How we'll know: feed chart and daily weights emailed to the SW every
    Monday and Thursday
- [ ] **Come in every day and give at least two of Amara's feeds, with a nurse present**
  - Assigned to: Nomvula Mbeki (mum)
  - Due: daily until discharge
  - How we'll know: feed chart shows which feeds Nomvula gave and how Amara
    settled afterwards
- [ ] **See Nomvula weekly; assess how her depression affects her care of Amara, whether she can make the changes needed and how long that is likely to take**
  - Assigned to: Dr Imogen Rusk, Elvermoor Perinatal Mental Health Team
  - Due: weekly; written assessment by 09/05/2025
  - How we'll know: report on Nomvula's capacity to change and the likely
    timescale, sent to the core group by 09/05/2025

## Bucket: Getting ready for discharge (4)

- [ ] **Discharge planning meeting on the ward**
  - Assigned to: Lucia Ferreira (SW), with Sister Kamau
  - Due: at least 2 working days before discharge
  - How we'll know: written discharge plan signed and sent to the foster
    carer, HV, GP and EDT
- [ ] **Learn Amara's feeding plan on the ward before she comes home**
  - Assigned to: Jean Halloran (foster carer), with her supervising SW Peter Osei
  - Due: at least three ward visits before discharge
  - How we'll know: ward nurse signs the feeding competency sheet
- [ ] **Visit Amara at the foster home and weigh her**
  - Assigned to: Michelle Doyle (HV)
  - Due: within 2 working days of discharge, then weekly
  - How we'll know: weights plotted in the red book and sent to the SW
- [ ] **Review Nomvula's antidepressant and tell the perinatal team and the SW of any change**
  - Assigned to: Dr Femi Okafor (GP), Riverside Surgery
  - Due: by 25/04/2025
  - How we'll know: GP letter to the perinatal team and the SW

## Bucket: Family time (3)

- [ ] **Family time at Thandi's home after discharge, with Thandi there throughout**
  - Assigned to: Thandi Mbeki (great-aunt)
  - Due: Monday, Wednesday and Friday, 1–4pm, from discharge
  - How we'll know: family time record signed by Thandi and checked by the
    SW every week
- [ ] **See Amara at the foster home and go through the family time records**
  - Assigned to: Lucia Ferreira (SW)
  - Due: weekly after discharge
  - How we'll know: visit note records Amara's weight and how she was after
    family time
- [ ] **Book Amara's 8-week check and first immunisations**
  - Assigned to: Jean Halloran (foster carer)
  - Due: by 09/05/2025
  - How we'll know: red book and GP record show the check and immunisations
    done

---

## If things go wrong (contingency)

- If Amara loses weight on two days in a row, Sister Kamau will ring the SW
  (EDT out of hours) the same day and the SW will hold a strategy discussion
  within 24 hours.
- If Nomvula tries to take Amara off the ward or is seen to handle her
  roughly, ward staff will call hospital security and the police, Nomvula's
  visits will be supervised by a nurse from then on, and the SW will hold a
  strategy discussion the same day.
- If Nomvula withdraws her agreement to section 20, the SW will get legal
  advice the same day and the team manager will hold a legal planning meeting
  to decide on an application to court.
- If Thandi cannot be there for a family time session, that session moves to
  the Elvermoor Family Centre within 2 working days, supervised by FSW Carla
  Benn. If Thandi cannot carry on at all, all family time moves to the Family
  Centre three times a week.

## Meetings

- Core group: every 3 weeks – 24/04/2025 (on Ward 4), 15/05/2025, 05/06/2025.
- First looked-after child review: 06/05/2025.
- Review child protection conference: 03/07/2025, 1.30pm, Elvermoor Civic
  Centre.
- If the perinatal assessment says Nomvula cannot make the changes Amara needs
  in Amara's timescale, or Amara is not back on her centile by the 15/05/2025
  core group, the team manager will request a legal planning meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Chair's end-of-conference decision sheet, lead : action : by when lines
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_eddringfold_chair_decision_sheet_pryor.txt",
    "split": "heldout",
    "template": "icpc-chair-decision-sheet-handout-lead-colon-action-colon-when-lines-txt",
    "description": (
        "An IRO's decision sheet handed out at the end of an ICPC for two children (mother's drinking), "
        "with numbered 'lead : action : by when' lines and no outcomes. An assessment with no output, "
        "'asap' and 'ongoing', 'keep an eye on', a grandmother and an uncle with no fallback, two passive "
        "lines with no owner, 'All agencies', the recovery service owns nothing, a vague contingency, core "
        "group and review dates left TBC and no legal step."
    ),
    "text": """\
EDDRINGFOLD METROPOLITAN BOROUGH COUNCIL
Safeguarding and Quality Assurance Unit

CHAIR'S DECISION SHEET - INITIAL CHILD PROTECTION CONFERENCE
(Handed out at the end of the meeting. Full minutes to follow within
20 working days. Please read with the plan on the case system.)

Date of conference : 11/04/2025  10:00 - 12:10
Venue              : Room 3, Eddringfold Town Hall
Chair (IRO)        : Yvonne Castell
Children           : Skye PRYOR    DOB 19/08/2017 (7)   Eddringfold Juniors
                     Logan PRYOR   DOB 06/02/2024 (14 months)
Parents            : Becky Pryor (mum) - attended with advocate
                     Wayne Pryor (dad) - not in the household; invited,
                     did not attend
Present            : Mel Garside (SW), Ruth Akers (HV), Mr T Okon (DSL,
                     Eddringfold Juniors), DC Faye Lund (Police), Becky
                     Pryor, Sandra Kaye (advocate, Voices Advocacy)
Apologies          : GP (report received); Eddringfold Recovery Service
                     (no report)

DECISION
--------
Skye and Logan to be made subject to child protection plans under the
category of NEGLECT. All agencies agreed.

KEY CONCERNS (summary)
 - Becky's drinking. Police found Becky drunk and asleep on 22/03/2025
   at 9pm with Logan in his cot and Skye (7) answering the door. Becky
   told conference she drinks "a bottle of wine most nights, more at
   weekends". The Recovery Service say she was referred in 2023 and
   stopped going after two appointments.
 - Skye is late to school 3 days in 5 and has had no packed lunch on 11
   days this term. She has told staff she "does Logan's bottles".
 - Logan's 12-month check was missed. The HV saw him on 04/04/2025 with
   a bad nappy rash that had not been treated.

SKYE'S VIEWS (from Mr Okon's report)
 Skye told Mr Okon she likes it when Nan has them on Saturdays "because
 we have a roast and Nan does my hair". She gets "a bit scared when Mum
 won't wake up" and she knows how to ring Nan. She would like "Mum to
 stop the wine and pick me up from school like she used to".

PLAN - KEY ACTIONS AGREED   (lead : action : by when)
-----------------------------------------------------
 1. SW (Mel Garside) : unannounced visits - see Skye alone and Logan
    awake, check food, bottles and where Logan sleeps : fortnightly.
    Visit notes to record home conditions and what Skye says.
 2. SW : parenting assessment of Becky : by 30/05/2025.
 3. Becky : self-refer to Eddringfold Recovery Service and attend all
    appointments offered : asap.
 4. HV (Ruth Akers) : 15-month review for Logan, incl. weight and
    treatment of the nappy rash : by 09/05/2025. ASQ-3 scores and
    weight sent to SW.
 5. School (Mr Okon) : keep an eye on Skye's lateness and lunches and
    let SW know : ongoing.
 6. Carol Pryor (PGM) : have Skye and Logan overnight every Saturday and
    be the adult Skye rings if Mum will not wake.
 7. Dean Pryor (uncle) : take Skye to school Mon, Tue and Wed : from
    14/04/2025. School register to show Skye in by 8.50am.
 8. No alcohol to be kept in the flat and no drinking while Becky is
    the only adult looking after the children : from today.
 9. All agencies : share any new concern with the SW the same day.
    Concerns to be logged on the children's file with the date.
10. Referral to Home-Start for a volunteer to help with Logan's
    routines : by 25/04/2025.

CONTINGENCY
-----------
If things do not improve or there are further concerns, the SW will
discuss the case with the team manager and the plan will be reviewed.

CORE GROUP / REVIEW
-------------------
First core group within 10 working days - date TBC (SW to arrange).
Review conference within 3 months - date to be confirmed by the
Safeguarding Unit.

Distribution: Becky Pryor; Wayne Pryor (by post); all agencies present;
GP; Eddringfold Recovery Service.
Y Castell, Child Protection Chair, 11/04/2025
""",
    "findings": [
        F("M001", "SW : parenting assessment of Becky : by 30/05/2025"),
        F("T002", "self-refer to Eddringfold Recovery Service and attend all"),
        F("M001", "self-refer to Eddringfold Recovery Service and attend all"),
        F("T002", "keep an eye on Skye's lateness and lunches"),
        F("M002", "keep an eye on Skye's lateness and lunches"),
        F("M001", "have Skye and Logan overnight every Saturday"),
        F("W001", "No alcohol to be kept in the flat"),
        F("M001", "No alcohol to be kept in the flat"),
        F("W002", "share any new concern with the SW the same day"),
        F("W001", "Referral to Home-Start for a volunteer to help"),
        F("M001", "Referral to Home-Start for a volunteer to help"),
        F("O001"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Joint children's and adult social care plan: one table, first column
#    merged down by "track" (mother's Care Act support plan / baby's CP plan)
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_emmerside_joint_adult_care_track_column_quinlan.docx",
    "doc_title": "Joint Family Plan - Leah and Summer Quinlan",
    "split": "heldout",
    "template": "joint-childrens-and-adult-social-care-plan-merged-track-first-column",
    "description": (
        "Review CP plan for a 4-month-old (neglect; young mother with a mild learning disability and "
        "anxiety) written jointly with adult social care: one table whose first column is merged down by "
        "track (mother's Care Act support plan, baby's CP plan). Most rows are about the mother's own needs "
        "with no link to the baby; a CPN who only supports with 'feels less anxious', 'As needed' with no "
        "evidence, a 'TBC' lead and an adult-only outcome. Specific contingency and review dates."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("title", "Joint Family Plan"),
        ("p", "Emmerside Council – Children's Services and Adult Social Care (Learning Disability Team). "
              "This plan puts Summer's child protection plan and Leah's Care Act support plan in one place so "
              "that both teams work from the same document."),
        ("kv", [
            ("Child", "Summer Quinlan, born 12/12/2024 (4 months)"),
            ("Mother", "Leah Quinlan (19) – mild learning disability; anxiety"),
            ("Father", "Jordan Pike (20) – no contact with Leah or Summer since January"),
            ("Meeting", "First review child protection conference, 08/04/2025"),
            ("Category", "Neglect"),
            ("Children's SW", "Nadia Osei, Emmerside Children's Services"),
            ("Adult social care worker", "Sean Devlin, Learning Disability Team"),
        ]),
        ("h1", "Why Summer has a plan"),
        ("p", "Summer's weight fell from the 50th to the 9th centile between her 6-week and 12-week checks "
              "because her feeds were being made up with too few scoops. On two visits she was lying on the "
              "sofa with her bottle propped on a cushion. Leah has a mild learning disability and learns best "
              "when she is shown things rather than told. Her anxiety is much worse when letters about bills "
              "arrive, and the flat has been cold because the meter has run out. Leah loves Summer and has "
              "agreed to every visit."),
        ("h1", "What we know about Summer's day"),
        ("p", "The HV saw Summer on 02/04/2025. She smiled and kicked when Leah talked to her, fed eagerly and "
              "settled when Leah sang. She became distressed when laid down with the bottle propped and calmed "
              "when Leah picked her up. She was wearing two vests and a hat indoors because the flat was cold."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Summer is fed the right amount at the right times and grows along the 25th centile.",
            "Summer sleeps on her back in her own cot, in a warm room, every night.",
            "Leah will be more independent and confident in managing her flat.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Plan", "What will be done", "Lead worker", "By when", "How we will see progress"],
            "widths": [2.6, 4.6, 3.3, 2.8, 3.7],
            "rows": [
                ["Leah's support plan (Adult Social Care, Care Act 2014)",
                 "Complete a Care Act assessment of Leah's eligible needs and agree her personal budget",
                 "Sean Devlin, Adult Social Care LD Team",
                 "By 25/04/2025",
                 "Assessment and eligibility letter given to Leah in easy read"],
                [V,
                 "Weekly visits to help Leah budget, pay her bills and top up her meter",
                 "Gail Morrow, Emmerside Supported Living",
                 "Weekly, Mondays",
                 "Rent and energy arrears go down each month (statements checked by Gail)"],
                [V,
                 "Weekly sessions with Leah to help her manage her anxiety",
                 "CPN Tom Yardley, Emmerside Community Mental Health Team",
                 "Weekly",
                 "Leah says she feels less anxious"],
                [V,
                 "Help Leah apply for the Entry Level 'Cooking on a budget' course at Emmerside College",
                 "Gail Morrow, Emmerside Supported Living",
                 "Application by 30/06/2025 for the September intake",
                 "Enrolment letter on file"],
                [V,
                 "Leah to go to her own GP and asthma clinic appointments",
                 "Leah Quinlan",
                 "As needed",
                 ""],
                ["Summer's child protection plan (Children's Services and Health)",
                 "Home visits to see Summer, her cot and how her bottles are made up",
                 "SW Nadia Osei",
                 "Weekly; unannounced at least every other week",
                 "Visit notes show the feed chart filled in and Summer asleep on her back in her cot"],
                [V,
                 "Weigh Summer and show Leah how to make up feeds step by step with the picture card",
                 "HV Bethan Carr",
                 "Weekly until 12/05/2025, then fortnightly",
                 "Weight plotted in the red book; Summer back on the 25th centile by the next review"],
                [V,
                 "Book Summer and Leah into the Little Learners parent and baby group",
                 "TBC",
                 "From 06/05/2025 (Tuesdays)",
                 "Group register shows them at 4 of every 5 sessions"],
            ],
        }),
        ("h1", "If Summer is not safe"),
        ("p", "If Summer's weight drops below the 9th centile again, or she is found with her bottle propped or "
              "asleep on the sofa, the SW will visit that day and hold a strategy discussion within 24 hours. "
              "Summer and Leah will move in with Leah's mum, Tracey Quinlan, who has a spare room and has agreed "
              "to this; if Tracey cannot have them, Summer and Leah will go to a parent and child foster "
              "placement the same day. The SW will request a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("p", "Core group: every 4 weeks – 17/04/2025, 15/05/2025 and 12/06/2025, at Leah's flat. "
              "Review child protection conference: 08/07/2025, 2pm, Emmerside Civic Offices. "
              "Leah's Care Act support plan will be reviewed by Sean Devlin on 25/07/2025."),
    ],
    "findings": [
        F("H001", "Weekly sessions with Leah to help her manage her anxiety"),
        F("M002", "Weekly sessions with Leah to help her manage her anxiety"),
        F("T002", "Leah to go to her own GP and asthma clinic appointments"),
        F("M001", "Leah to go to her own GP and asthma clinic appointments"),
        F("W002", "Book Summer and Leah into the Little Learners parent and baby group"),
        F("F002", "Leah will be more independent and confident in managing her flat."),
        F("F001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Perplexing presentation / FII plan led by a single named paediatrician,
#    small tables per area (PDF, header and page footer). Exemplary.
# ---------------------------------------------------------------------------
_HDR6 = ["What will happen", "Who", "When", "How we will know"]
_W6 = [5.6, 3.8, 3.4, 4.2]

PLANS.append({
    "name": "b22_esterhulme_fii_named_paediatrician_area_tables_delacroix.pdf",
    "doc_title": "Child Protection Plan - Maisie Delacroix",
    "split": "heldout",
    "template": "perplexing-presentation-fii-plan-named-paediatrician-small-table-per-area-paged",
    "description": (
        "Exemplary ICPC plan for an 8-year-old (perplexing presentation / fabricated or induced illness; "
        "mother's health anxiety) led by a single named paediatrician, with a small table for each area "
        "(health, school, home); header and page footer. Named leads, real timescales, observable evidence, "
        "adult psychology assesses the mother's capacity to change, specific contingency with the father "
        "and a foster fallback, core group and review dates, legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE – Esterhulme Safeguarding Children Partnership",
    "footer": "Child protection plan – Maisie Delacroix – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Esterhulme Council Children's Services, with Esterhulme Hospitals NHS Trust (single named "
              "paediatrician)"),
        ("kv", [
            ("Child", "Maisie Delacroix, born 30/06/2016 (8), Year 4, Esterhulme Park Primary"),
            ("Lives with", "Anita Delacroix (mum, 41)"),
            ("Father", "Paul Delacroix (44), lives four miles away; Maisie stays every other weekend"),
            ("Conference", "Initial child protection conference, 02/04/2025"),
            ("Category", "Physical abuse (perplexing presentation / fabricated or induced illness)"),
            ("Social worker", "Tom Achebe, Esterhulme Children's Services"),
            ("Named paediatrician", "Dr Fiona Hale, consultant community paediatrician"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "In the last 18 months Maisie has been seen 31 times at four hospitals. Anita has described "
              "seizures, fainting and food intolerances that no doctor, nurse or teacher has seen. Maisie has had "
              "two MRI scans and an EEG under sedation, is on a restricted diet, and uses a wheelchair outside "
              "school although she walks and runs normally in the playground. In February Anita asked Wyndham "
              "Children's Hospital to fit a feeding tube. Anita was diagnosed with health anxiety in 2019 and "
              "stopped her therapy in 2023. Paul was not told about most of the appointments."),
        ("h1", "What Maisie says"),
        ("p", "I saw Maisie on her own at school on 27/03/2025 and at her dad's on 29/03/2025. She said: \"I'm "
              "not really poorly, I just get tired from all the hospitals.\" She wants to go to swimming club "
              "\"like Lily\" and hates the wheelchair \"because people stare\". She worries that Mum will be sad "
              "if the doctors say she is well. She would like to eat pizza at parties like her friends."),
        ("h1", "What we want for Maisie"),
        ("bullets", [
            "Maisie goes to school every day and joins in PE, swimming and playtimes like the rest of her class.",
            "Maisie only has the tests, medicines and diet her doctors agree she needs, and no unnecessary "
            "procedures.",
            "Maisie walks everywhere without the wheelchair and eats a normal diet by the review conference.",
            "Maisie can say how she feels and is believed when she says she is well.",
        ]),
        ("h1", "The plan"),
        ("h2", "Maisie's health"),
        ("table", {
            "header": _HDR6, "widths": _W6,
            "rows": [
                ["All of Maisie's health care to go through one named paediatrician; no new tests, referrals or "
                 "prescriptions unless Dr Hale agrees",
                 "Dr Fiona Hale, consultant paediatrician",
                 "From 02/04/2025; clinic every 6 weeks (next 15/04/2025)",
                 "Clinic letter to the GP, SW and both parents after each clinic; health chronology kept up to date"],
                ["Put a safeguarding alert on Maisie's records at Esterhulme General, Wyndham Children's Hospital "
                 "and the out-of-hours GP service, asking staff to call Dr Hale before any test",
                 "Named nurse for safeguarding children, Sarah Kitson",
                 "By 18/04/2025",
                 "Email to the SW confirming each alert is live"],
                ["Bring normal foods back one at a time, with a written diet plan for both parents and school",
                 "Paediatric dietitian Joanne Price",
                 "Diet plan by 30/04/2025; checked at each clinic",
                 "Maisie's weight and food diary at each clinic; school confirms she eats school dinners"],
                ["Assess Maisie's walking and stamina and write a plan to stop the wheelchair",
                 "Paediatric physiotherapist Ravi Dutta",
                 "Assessment by 02/05/2025, then monthly",
                 "Physio report to Dr Hale and the SW; wheelchair handed back by 30/06/2025"],
                ["See Anita for her health anxiety and assess how it shapes what she reports about Maisie, "
                 "whether she can change, and how long that would take",
                 "Dr Claire Mundy, clinical psychologist, Esterhulme Adult Psychological Services",
                 "Fortnightly from 14/04/2025; written assessment by 30/05/2025",
                 "Report to the core group on Anita's capacity to change and the likely timescale, by 30/05/2025"],
            ],
        }),
        ("h2", "School"),
        ("table", {
            "header": _HDR6, "widths": _W6,
            "rows": [
                ["Keep a daily log of Maisie's attendance, any symptoms Anita reports and what staff actually see",
                 "Mrs Jo Lowe, DSL, Esterhulme Park Primary",
                 "Daily; log sent to the SW and Dr Hale every Friday",
                 "Attendance at 95% or above; log shows reported and observed symptoms side by side"],
                ["Weekly session with Maisie using her feelings fan; pass on anything she says about being ill or "
                 "about hospitals",
                 "ELSA Kim Bassey",
                 "Every Wednesday",
                 "Session notes kept; anything worrying passed to the SW the same day"],
                ["Maisie takes part in PE and the Year 4 swimming block with her class",
                 "Class teacher Mr Dan Oduya",
                 "Every PE lesson from 14/04/2025",
                 "PE and swimming registers show Maisie taking part"],
            ],
        }),
        ("h2", "Home"),
        ("table", {
            "header": _HDR6, "widths": _W6,
            "rows": [
                ["Visit Maisie at her mum's and at her dad's, and see her alone each time",
                 "SW Tom Achebe",
                 "Every 2 weeks, alternating homes",
                 "Visit notes record Maisie seen alone and what she said"],
                ["Keep Maisie's health diary on Dr Hale's template and bring it to every clinic",
                 "Anita Delacroix (mum)",
                 "Daily; brought to every clinic",
                 "Diary checked against the school log by Dr Hale at each clinic"],
                ["Have Maisie every other weekend and take her to Saturday swimming club",
                 "Paul Delacroix (dad)",
                 "Every other weekend from 12/04/2025",
                 "Swimming club register; Paul emails the SW a short note after each weekend"],
                ["Tell Paul about every health appointment for Maisie and send him copies of the letters",
                 "Lorraine Webb, Dr Hale's medical secretary",
                 "Within 2 working days of each appointment",
                 "Paul confirms at each SW visit that he has had every letter"],
            ],
        }),
        ("h1", "If Maisie is not safe"),
        ("p", "If Maisie is taken to any hospital, walk-in centre or GP without Dr Hale being told, if anyone "
              "finds she has been given medicine or food outside her plan, or if she misses more than 2 days of "
              "school in a fortnight for an illness no doctor has seen, the SW will be told the same day and will "
              "hold a strategy discussion within 24 hours. Maisie will stay with her dad, Paul, while it takes "
              "place; Paul has agreed to this. If Paul cannot have her, the SW will place Maisie with Esterhulme "
              "foster carers the same day. The team manager will request a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 16/04/2025, 14/05/2025 and 11/06/2025, at Esterhulme Park Primary.",
            "Review child protection conference: 02/07/2025, 10am, Esterhulme Civic Hall.",
            "If Dr Mundy's report says Anita is unlikely to change in Maisie's timescale, or Maisie is still "
            "using the wheelchair on 30/06/2025, the team manager will request a legal planning meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Pre-proceedings (PLO) meeting record with a schedule of expectations
#    grouped by person, family about to move to another authority (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_ellardyke_pre_proceedings_record_moving_hesketh.md",
    "split": "heldout",
    "template": "pre-proceedings-meeting-record-expectations-grouped-by-person-move-pending-md",
    "description": (
        "Record of a pre-proceedings (PLO) meeting for two children (father's cocaine use, neglect) whose "
        "family is about to move to another authority, with a schedule of expectations grouped by person. "
        "Three pieces of work are put off or paused until the receiving authority takes over, 'as soon as "
        "possible', a funding line with no evidence, 'the wider family ... when they can', and the "
        "grandmother's and aunt's help has no fallback in the contingency."
    ),
    "text": """\
# Pre-proceedings meeting – record and schedule of expectations

**Ellardyke Borough Council – Children's Services (Public Law Outline)**

**Children:** Jayden Hesketh-Birch (5), Poppy Hesketh-Birch (7 months)
**Parents:** Shona Hesketh (mum), Craig Birch (dad) – both live with the children
**Meeting:** 14/04/2025, 10am, Ellardyke Civic Offices, Room 2
**Present:** Dionne Marsh (SW); Alan Keswick (team manager, chair); Shona and
her solicitor, Ms R Dunne; Craig and his solicitor, Mr P Oduya; Wendy Ahmed
(FSW, notes)
**Child protection plan:** since 19/09/2024 (neglect); review conference on
06/03/2025 found progress insufficient and the legal gateway agreed PLO.

---

## Why we are meeting

The local authority is worried that Jayden and Poppy are not safe because of
Craig's cocaine use and the state of the home. Craig tested positive for
cocaine in November and January. Police were called on 02/02/2025 when Craig
smashed a door while Poppy was in her bouncer in the same room. Poppy missed
her 6-month review and her weight has dropped to the 9th centile. Jayden's
school attendance this year is 78%.

## The move

Shona and Craig have accepted a tenancy in Harrowfold (Harrowfold City
Council) and plan to move on 09/05/2025. The SW will send a transfer-in
request to Harrowfold Children's Services this week. Harrowfold should hold a
transfer-in conference within 15 working days of the move.

## What the parents and their solicitors said

Shona said the move is "a fresh start" and away from Craig's friends. Craig
accepts he used cocaine over Christmas but says he has stopped. Both
solicitors asked that the expectations are clear and that the parenting
assessment starts as soon as possible.

## Jayden's wishes and feelings, and Poppy's day

Jayden told the SW on 08/04/2025 that he wants "Daddy to stop being cross"
and that he is scared of the new school "because I won't know anyone". He
said he likes Nana Linda's house best "because she has a trampoline". Poppy
was seen at home on 08/04/2025: she was in the same nappy as at the morning
visit by the HV, and she reached for Shona and settled when picked up.

## What must change for Jayden and Poppy

- Jayden and Poppy live in a home free of drugs and violence, with an adult
  who is sober and awake to look after them.
- Poppy is seen at every health appointment and her weight goes back up to
  the 25th centile.
- Jayden goes to school every day and settles into his new school after the
  move.

## Schedule of expectations (what needs to happen)

### Shona

1. Shona will take Poppy to every health appointment, starting with her
   overdue review on 24/04/2025; the HV will confirm attendance to the SW.
2. Shona will get Jayden to school by 8.50am every day; Mrs Doyle (school
   attendance officer) will email his attendance to the SW every Friday.

### Craig

3. Craig will give a hair strand sample at his Ellardyke Drug and Alcohol
   Service appointment on 22/04/2025 and sign consent for the result to be
   sent to the SW; the result will show whether he has used cocaine since
   January.
4. Craig will start the Respect Choices domestic abuse programme as soon as
   possible; the facilitator will send the SW an attendance report each
   month.

### Ellardyke Children's Services and other professionals

5. Gemma Hartley (EDAS) will complete a full assessment of Craig's cocaine
   use by 02/05/2025 and send a written report, with the hair strand result,
   to the SW and both solicitors.
6. The SW (Dionne Marsh) will visit fortnightly until the Harrowfold
   transfer-in conference and see Jayden on his own each time; visit records
   will be sent to Harrowfold before that conference.
7. The parenting assessment (ParentAssess) will be started by Harrowfold
   Children's Services after the transfer-in conference, and the report
   filed for the PLO review.
8. A referral to the Family Group Conference service will be made by
   Harrowfold once the case has transferred, and the family plan sent to
   both solicitors.
9. Family support work with Shona on routines and budgeting (Wendy Ahmed,
   FSW) will pause from the move date, 09/05/2025, until Harrowfold allocate
   a family support worker; session notes to date will go to Harrowfold.
10. Ellardyke will pay for Poppy's nursery place at Tiny Steps, three days a
    week, from 22/04/2025.

### Family

11. Linda Hesketh (MGM) will supervise all of Craig's time with the
    children at her home, Tuesdays and Thursdays 4–6pm, and keep a signed
    contact diary for the SW.
12. Kayleigh Hesketh (Shona's sister) will take Jayden to school on Mondays
    and Wednesdays while Shona is at college; the school register will show
    him in by 8.50am.
13. The wider family will help Shona keep the house clean and tidy when
    they can.

## If things go wrong

If Craig is found to have used cocaine while caring for the children, or
there is any further violence in the home, Shona will ask Craig to leave and
Jayden and Poppy will go to stay with Linda the same day while a strategy
discussion is held. The local authority will then issue care proceedings.

## Next steps

- The child protection plan stays in place. Core group: every 4 weeks, next
  on 24/04/2025 and then 22/05/2025.
- Review child protection conference: 05/06/2025, unless Harrowfold's
  transfer-in conference has been held by then.
- PLO review meeting: 14/07/2025. If the expectations above have not been
  met by then, the local authority will issue care proceedings.

*Copies: Shona Hesketh, Craig Birch, Ms R Dunne, Mr P Oduya, Harrowfold
Children's Services (with the transfer-in request).*
""",
    "findings": [
        F("T002", "Craig will start the Respect Choices domestic abuse programme"),
        F("X001", "The parenting assessment (ParentAssess) will be started by Harrowfold"),
        F("X001", "A referral to the Family Group Conference service will be made"),
        F("X001", "Family support work with Shona on routines and budgeting"),
        F("M001", "Ellardyke will pay for Poppy's nursery place at Tiny Steps"),
        F("W002", "The wider family will help Shona keep the house"),
        F("T002", "The wider family will help Shona keep the house"),
        F("M001", "The wider family will help Shona keep the house"),
        F("C003"),
    ],
})
