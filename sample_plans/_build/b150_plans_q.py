"""Batch 150, module q: seven fictional plans (held-out material), places beginning with "q".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress (how we will know the work is
working) and timing sit somewhere other than a column of the action table.
Each plan has its own invented template and voice:

- Quaddlesworth (docx, exemplary): an initial conference plan for a
  six-month-old whose mother relapsed into heroin use. The action table has
  Ref / What will happen / Who / By when and no measure column; a separate
  "Review criteria" table, one row per action ref, says what the review
  conference will look at and where the evidence comes from.
- Quelbury (pdf, exemplary): a first review plan for a 15-year-old and an
  8-year-old after domestic abuse, the mother with anxiety and low mood.
  Landscape, page header and footer. Each SMART outcome is a banner row
  across the table carrying its own "How we will know" evidence; the actions
  under it give only who, what and when.
- Quennerby (md, exemplary): a plan refined at the first core group for three
  children whose father drinks. Actions are bullets under phase headings that
  give the time once ("Weeks 1 to 4 - all to be done by ...", "Every week
  from ... until the review conference"); a "Signs of progress" list keyed by
  action number gives every measure, and each outcome has a scaling score now
  and a target for the review, agreed by the social worker.
- Quillerdale (txt, exemplary): a case-system print of a review plan for a
  non-verbal autistic 12-year-old with epilepsy whose mother has bipolar
  disorder. Each task's frequency is a row of tick boxes (only the ticked box
  is the plan's) and its measure is written into the task sentence; one
  finished one-off task is kept with its status box ticked "Complete".
- Quorneham (docx, faulty): an initial conference plan for a 5-year-old and a
  toddler after domestic abuse, the mother with depression. The action table
  has a Timescale column but no measure column; a "How we will know things
  are better" list after it is keyed by action number, gives a vague check for
  the CPN's support visits and leaves out two actions.
- Quistwell (pdf, faulty): a pre-birth plan, parents using cannabis, page
  header and footer. A timeline table with stage banner rows giving the time
  once per stage (a "Later on" stage gives none), and a separate "Evidence"
  table keyed by ref that leaves one action out and gives another only
  "Reviewed at core group".
- Quonsbury (md, faulty): a review plan for a 13-year-old who self-harms and
  her 10-year-old brother, their father with depression and drinking. Each
  outcome carries "How we will measure it" (scaling agreed by the social
  worker, registers, logs) and numbered actions with owners only; times are
  in a separate "Timeline" table by action number. One outcome is about the
  father alone and its measure is vague, one action is missing from the
  timeline, one is "Ongoing".

Four plans are exemplary (no findings): Quaddlesworth, Quelbury, Quennerby
and Quillerdale. Three carry a realistic mix of faults among mostly good
rows: Quorneham, Quistwell and Quonsbury.

Reading used for these layouts (conventions 12 and 13 of the README): a time
given once for a stage, phase or group heading is each action's time there
unless the action gives its own, and a stage heading with no time gives none
(T001); a row's own vague time ("when he is ready") is T002 whatever its
stage gives; a measure in a separate list or table counts for the action
whose number or ref it gives, and an action such a list leaves out, with no
measure of its own, is M001; the check written into an outcome counts for
the actions listed under that outcome, and when that check is vague it is
M002 on each of those actions that has no measure of its own; only a ticked
box gives a timescale; a timeline table keyed by action number gives the
times, so an action it leaves out, with no time in its own words, is T001.

Counting actions (convention 1, and "Files" in the README): every live row of
an action table and every bullet or numbered task of an action section
counts; stage and outcome banner rows, the review criteria, evidence, signs of
progress and timeline tables, the outcomes, the contingency and the meeting
dates are not actions. A one-off task marked complete (the CAMHS referral in
the Quillerdale print) is work already done and is not counted.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, baby of six months, mother's relapse into
#    heroin use on a methadone script, grandmother's day care. Action table
#    with no measure column, then a separate review criteria table keyed by
#    ref. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_quaddlesworth_icpc_separate_review_criteria_table_hollings.docx",
    "doc_title": "Initial Child Protection Plan - Rosie Hollings",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-word-plan-details-kv-why-a-plan-babys-day-outcomes-then-ref-what-will-happen-who-by-when-table-no-measure-column-then-separate-review-criteria-table-one-row-per-ref-expect-to-see-evidence-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a six-month-old whose mother, on a methadone "
        "script, used heroin again and was found drowsy with an uncapped needle in the house. "
        "The Word action table has Ref, What will happen, Who and By when columns and no "
        "measure column; a separate 'Review criteria' table after it gives, for every ref, what "
        "the review conference will look at and where the evidence comes from. The drug "
        "service reports on the mother's prospect of change, the grandmother's day care has a "
        "fallback, legal planning follows named triggers, the baby's day is described, and "
        "core group and review dates are set."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "Quaddlesworth Metropolitan Borough Council – Children's Social Care – Safeguarding and "
              "Assessment Team (East)"),
        ("kv", [
            ("Child", "Rosie Hollings, born 02/04/2025 (six months)"),
            ("Address", "14 Tanner's Row, Quaddlesworth QW3 5HT"),
            ("Mother", "Jade Hollings (24)"),
            ("Father", "Kyle Barton (27), lives with Jade and Rosie; works nights at the Quaddlesworth "
                       "distribution centre on Mondays, Wednesdays and Fridays"),
            ("Maternal grandmother", "Linda Hollings, 3 Weavers Court, Quaddlesworth (five minutes by car)"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 21/10/2025. Chair: Marcus Pell, independent "
                           "reviewing officer"),
            ("Social worker", "Nadia Okafor (team manager: Joanne Reece)"),
        ]),
        ("h1", "Why Rosie needs a plan"),
        ("p", "On 02/10/2025 the police went to Tanner's Row after a neighbour heard Rosie crying for more than "
              "an hour. Jade was drowsy and slurring her words, and an uncapped needle was lying on the bathroom "
              "floor. Rosie's nappy was soaked and she had not been fed since the morning. Jade told the officers "
              "she had used heroin that day, the first time in two years. She has had a methadone script from "
              "Quaddlesworth Drug and Alcohol Service (QDAS) since 2022."),
        ("p", "Rosie has dropped from the 50th to the 25th centile since July, and she has not had her 12-week or "
              "16-week immunisations."),
        ("p", "What is going well: Kyle came home from work as soon as the police rang him and has no history "
              "of drug use. Linda sees Rosie most days and has looked after her in the daytime since 02/10/2025. "
              "Jade has been to every QDAS appointment since then and says she wants to stay well for Rosie."),
        ("h1", "Rosie's day"),
        ("p", "Rosie is too young to tell us what her life is like, so this is what we have seen. At the social "
              "worker's visit on 15/10/2025 Rosie smiled and babbled when Linda picked her up, and reached for "
              "Linda's glasses. Later that afternoon Jade was tired and Rosie lay in her bouncer for over an hour; "
              "she did not cry or call out, and went back to staring at the ceiling when the social worker spoke "
              "to her. The health visitor has noticed a flat patch on the back of Rosie's head, which can happen "
              "when a baby spends long hours lying on her back. Rosie took her whole bottle from Kyle and fell "
              "asleep on his chest."),
        ("h1", "What needs to be different for Rosie"),
        ("bullets", [
            "Rosie is cared for every day and every night by an adult who is not under the influence of drugs "
            "or alcohol.",
            "Rosie is fed on time, kept clean and dry, and gains weight steadily, staying on or above the 25th "
            "centile.",
            "Rosie has her missed immunisations and goes to every health appointment she is due.",
            "Rosie's home is safe: no drugs, methadone or needles are ever where she could reach them.",
            "Rosie is held, played with and has time on her tummy every day, so that her development keeps up "
            "with her age.",
        ]),
        ("h1", "Action plan"),
        ("p", "Each action has a reference. What the review conference will look at for each one is set out in "
              "the next table, 'Review criteria', under the same reference."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when"],
            "widths": [1.1, 7.4, 4.3, 4.2],
            "rows": [
                ["A1",
                 "Visit Rosie at home, at least one visit in three unannounced; see her awake, check where she "
                 "sleeps and look at the food and milk in the house",
                 "Nadia Okafor, social worker",
                 "Every week from 24/10/2025 until the review conference"],
                ["A2",
                 "Weigh Rosie, check her development and her head shape, and show Jade and Kyle how to give her "
                 "tummy time",
                 "Gemma Fairlie, health visitor",
                 "Every two weeks at the Wednesday clinic, Quaddlesworth Health Centre, first on 29/10/2025"],
                ["A3",
                 "Give Rosie her missed 12-week and 16-week immunisations and book her one-year jabs",
                 "Dr Priya Venn, GP, Mill Lane Surgery",
                 "By 21/11/2025"],
                ["A4",
                 "Supervised methadone dosing, key-work and a urine screen with Jade, and a written report to "
                 "each core group on whether she is using on top of her script and how likely lasting change is, "
                 "and in what timescale",
                 "Tom Brierley, recovery worker, Quaddlesworth Drug and Alcohol Service",
                 "Key-work every Monday; report two working days before each core group"],
                ["A5",
                 "Go to every QDAS appointment, take methadone only as prescribed, and use no heroin or any other "
                 "drug that is not prescribed",
                 "Jade Hollings (Mum)",
                 "Every Monday from 27/10/2025, and every day"],
                ["A6",
                 "Fit the lockable box QDAS provides for Jade's methadone, and a sharps bin in a high cupboard, out "
                 "of Rosie's reach",
                 "Kyle Barton (Dad)",
                 "By 31/10/2025"],
                ["A7",
                 "Look after Rosie at Tanner's Row from 9am to 5pm on the days Kyle sleeps after a night shift",
                 "Linda Hollings (maternal grandmother)",
                 "Every Tuesday, Thursday and Saturday from 28/10/2025"],
                ["A8",
                 "Baby Steps programme at home with Jade and Kyle: feeds, routines, play and reading Rosie's cues",
                 "Shauna Dale, family support worker",
                 "Eight Thursday sessions from 30/10/2025, the last on 18/12/2025"],
                ["A9",
                 "Parenting assessment of Jade and Kyle, including how Rosie is cared for at night and on Kyle's "
                 "work nights",
                 "Nadia Okafor, social worker",
                 "By 05/01/2026"],
                ["A10",
                 "Do Rosie's bath, bottle and bedtime, putting her down on her back in her own cot",
                 "Kyle Barton (Dad)",
                 "Every night he is not at work (Tuesday, Thursday, Saturday and Sunday)"],
            ],
        }),
        ("h1", "Review criteria – what the review conference will look at"),
        ("p", "One row for each action above. Nadia will bring this table, with what has been seen against each "
              "row, to every core group and to the review conference."),
        ("table", {
            "header": ["Ref", "What we expect to see", "Evidence"],
            "widths": [1.1, 10.4, 5.5],
            "rows": [
                ["A1",
                 "A visit record for every week; Rosie seen awake at each visit and at least one visit in three "
                 "unannounced; no drugs, needles or unsafe sleeping seen",
                 "Social worker's visit records on Rosie's file"],
                ["A2",
                 "Rosie on or above the 25th centile at every weigh, and her head no flatter than it was on "
                 "15/10/2025",
                 "Red book and health visitor records, summarised for each core group"],
                ["A3",
                 "Both sets of immunisations given by 21/11/2025 and the one-year jabs booked",
                 "Letter from the GP to the social worker"],
                ["A4",
                 "A written report on file before every core group, with every urine screen result and Tom's view "
                 "of the likely timescale for change",
                 "QDAS reports"],
                ["A5",
                 "Every Monday appointment kept and every urine screen clear of heroin and of any drug not "
                 "prescribed",
                 "QDAS attendance list and screen results, in Tom's reports"],
                ["A6",
                 "Locked box and sharps bin seen in place, and locked, at the first home visit after 31/10/2025 and "
                 "at every visit after that",
                 "Social worker's visit records"],
                ["A7",
                 "Linda's signature in the diary in Rosie's folder for every day she looks after her",
                 "Diary, checked by the social worker at each visit"],
                ["A8",
                 "Jade and Kyle at 7 or more of the 8 sessions, and Shauna's end-of-programme report showing them "
                 "feeding Rosie on time and answering her cues",
                 "Session register, and Shauna's report to the core group on 06/01/2026"],
                ["A9",
                 "A written assessment with a clear recommendation, shared with Jade, Kyle and the core group by "
                 "05/01/2026",
                 "Assessment report"],
                ["A10",
                 "Kyle's entry on the bedtime chart for every night he is home, and Rosie asleep on her back in her "
                 "cot at the evening unannounced visits",
                 "Bedtime chart; social worker's visit records"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jade appears to be under the influence of drugs while caring for Rosie, a QDAS screen shows heroin "
              "or any drug that is not prescribed, a needle or methadone is found within Rosie's reach, or Rosie "
              "falls below the 25th centile at two weighs in a row: Rosie will go to Linda's home at 3 Weavers "
              "Court the same day, Jade will not care for Rosie on her own, and Nadia (or the duty social worker) "
              "will hold a strategy discussion with Quaddlesworth Police the same day."),
        ("p", "If Linda cannot look after Rosie on a Tuesday, Thursday or Saturday (she is ill or away, or the "
              "arrangement breaks down), Shauna Dale will be at Tanner's Row on those days until a funded place at "
              "Little Acorns Day Nursery starts, which Nadia will arrange within five working days. If no sober "
              "adult can care for Rosie on any day, she will be placed with Quaddlesworth foster carers that day."),
        ("p", "If Jade uses heroin again, or the parenting assessment finds that Jade and Kyle cannot keep Rosie "
              "safe, Nadia will ask Joanne Reece for a legal planning meeting within five working days to decide "
              "whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group, Tuesdays at 2pm, Tanner's Row Family Hub: 04/11/2025 (first meeting, within ten working "
            "days), then every four weeks, on 02/12/2025, and on 06/01/2026 after the Christmas break.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Quaddlesworth Town Hall.",
        ]),
        ("p", "Copies to Jade, Kyle, Linda and everyone named in the action plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, teenager and younger brother after
#    domestic abuse, mother's anxiety and low mood treated by the CMHT.
#    Landscape; each SMART outcome a banner row with its own evidence, the
#    actions under it who / what / when only. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_quelbury_rcpc_smart_outcome_banners_with_evidence_ferreira.pdf",
    "doc_title": "Review Child Protection Plan - Leah Ferreira and Mateo Stokes",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "template": "rcpc-word-plan-printed-to-pdf-landscape-page-header-footer-details-kv-since-icpc-childrens-words-then-one-table-smart-outcome-banner-rows-carrying-how-we-will-know-then-no-action-lead-when-rows-under-each-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 15-year-old and an 8-year-old after the "
        "younger child's father assaulted their mother; the mother has anxiety and low mood and "
        "is treated by the community mental health team. A landscape Word plan printed to PDF "
        "with a page header and footer. Each SMART outcome is a shaded banner row across the "
        "action table with its own 'How we will know' evidence, and the action rows under it "
        "give only the action, the lead and when. The psychologist reports on the mother's "
        "capacity to change and its timescale, the aunt's Friday nights have a fallback, legal "
        "planning follows named triggers, both children's words are recorded and meeting dates "
        "are set."
    ),
    "header": "OFFICIAL-SENSITIVE | Quelbury Borough Council | Children's Services",
    "footer": "Ferreira and Stokes – review child protection plan, 16/12/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Quelbury Borough Council · Children's Services · Family Safeguarding Team 3"),
        ("kv", [
            ("Children", "Leah Ferreira (15), DOB 09/05/2010; Mateo Stokes (8), DOB 22/01/2017"),
            ("Address", "9 Rowan Walk, Quelbury QB7 2NE"),
            ("Mother", "Ana Ferreira (38)"),
            ("Mateo's father", "Gary Stokes (41); moved out on 18/08/2025; non-molestation order in force until "
                               "30/06/2026; no contact with Ana or the children at present"),
            ("Maternal aunt", "Sofia Ferreira, 61 Linnet Road, Quelbury"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "23/09/2025"),
            ("This conference", "First review, 16/12/2025. Chair: Bernadette Quigley (IRO)"),
            ("Social worker", "Oliver Brennan (team manager: Asha Patel)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Gary has kept away from Rowan Walk except once: on 14/11/2025 he came to the door at night and "
              "shouted through the letterbox. Ana called 999 straight away, as her safety plan says, and Gary was "
              "arrested for breaching the order. There have been no other incidents."),
        ("p", "Ana's GP referred her to the Quelbury Community Mental Health Team in October for anxiety and low "
              "mood; she has started sertraline and has seen the team's psychologist three times. Mateo's "
              "attendance this term is 97%. Leah's is 71%, and she was reported missing twice in October: once "
              "found at a friend's house at 2am, and once in the town centre with two young men in their twenties."),
        ("h1", "What Leah and Mateo have told us"),
        ("p", "Leah (seen on her own at school, 02/12/2025): “I'm not scared of Gary any more, I'm scared of Mum "
              "being sad all the time. I go out because the house is depressing. I'd come home earlier if I had "
              "somewhere to go on Fridays.” She put how safe she feels at home at 6 out of 10; in September it "
              "was 3."),
        ("p", "Mateo (seen at home in his bedroom, 04/12/2025): “Dad banged on the door and I hid under my bed. "
              "Mum phoned the police like she said she would.” He drew the family with his dad outside the house, "
              "and said he would like to see his dad “but only at a place with a grown-up there”. He put his "
              "safety at home at 5 out of 10."),
        ("h1", "Outcomes, how we will know, and the actions for each"),
        ("p", "Each outcome is written so that it can be checked at the second review on 16/06/2026. The 'How we "
              "will know' in each shaded row is the evidence for every action listed under it; the action rows "
              "say who will do what, and when."),
        ("table", {
            "header": ["No.", "Action", "Lead", "When"],
            "widths": [1.2, 11.0, 7.0, 6.5],
            "rows": [
                ["Outcome 1 – Leah and Mateo live free from domestic abuse, and Gary has no contact with them "
                 "or with Ana outside what the order allows. How we will know: no police call-outs to 9 Rowan "
                 "Walk and no breach of the order (police address check sent before each core group); any "
                 "attempt by Gary to make contact is reported by Ana to the police and to Oliver within 24 "
                 "hours; both children, seen alone, put their safety at home at 7 or more at each visit, as "
                 "Oliver records it; Mateo can tell Oliver his safety plan in his own words by 30/01/2026; Ana's "
                 "Freedom Programme letter shows 10 or more of the 12 sessions attended.", H, H, H],
                ["1.1",
                 "Call 999 straight away if Gary comes to Rowan Walk or contacts Ana or the children, and tell "
                 "Oliver the same day",
                 "Ana Ferreira (Mum)",
                 "Every time, until the order ends on 30/06/2026"],
                ["1.2",
                 "Safety planning with Ana, and passing the actions from each MARAC to Oliver",
                 "Nicola Quayle, IDVA, Quelbury Domestic Abuse Service",
                 "Every two weeks until 16/06/2026; MARAC actions within two working days"],
                ["1.3",
                 "Keep the warning marker on the address and tell Oliver of any call-out or breach of the order",
                 "DC Ryan Hale, Public Protection Unit, Quelbury Police",
                 "Same day; address check sent before each core group"],
                ["1.4",
                 "Go to the 12-week Freedom Programme at Quelbury Women's Centre",
                 "Ana Ferreira; place booked by Nicola Quayle (IDVA)",
                 "Tuesday mornings, 13/01/2026 to 31/03/2026"],
                ["1.5",
                 "Direct work with Mateo on his own safety plan: who he tells, where he goes and how to ring 999",
                 "Oliver Brennan, social worker",
                 "Four sessions, all by 30/01/2026"],
                ["1.6",
                 "See Leah and Mateo each on their own, taking turns between home and school",
                 "Oliver Brennan, social worker",
                 "Every two weeks until 16/06/2026"],
                ["Outcome 2 – Leah goes to school, comes home at the times agreed with her, and is safe when she "
                 "is out. How we will know: Leah's attendance rises from 71% to 90% or more by 16/06/2026 "
                 "(register emailed to Oliver every other Friday); no missing episodes reported to the police in "
                 "the eight weeks before the review; a return home interview record on file within 72 hours of "
                 "any return; Jordan's session notes show Leah at 8 or more of her 10 sessions; Sofia's Friday "
                 "nights recorded in the family diary that Oliver reads at each home visit.", H, H, H],
                ["2.1",
                 "Meet Leah at the school gate and ring Ana if Leah has not arrived by 9.30am",
                 "Mrs Kirsty Dunmore, pastoral lead, Quelbury Academy",
                 "Every school day, 8.40am"],
                ["2.2",
                 "One-to-one sessions with Leah on healthy relationships and keeping safe online and in town",
                 "Jordan Pike, youth worker, Quelbury Youth Service",
                 "Ten Wednesday sessions after school, from 07/01/2026"],
                ["2.3",
                 "Agree Leah's home times with her (9pm on school nights, 10.30pm at weekends), text her if she is "
                 "late, and report her missing to the police if she is not home by 11pm",
                 "Ana Ferreira (Mum)",
                 "Every night from 17/12/2025"],
                ["2.4",
                 "Return home interview with Leah, passing on to Oliver and the police what she says about where "
                 "she went and who with",
                 "Jordan Pike, Quelbury Youth Service",
                 "Within 72 hours of every return"],
                ["2.5",
                 "Have Leah to stay, collecting her from Rowan Walk at 7pm",
                 "Sofia Ferreira (maternal aunt)",
                 "Every Friday night from 19/12/2025"],
                ["Outcome 3 – Leah and Mateo are looked after by a mother whose anxiety and low mood are treated, "
                 "so that she gets them up, fed and to school and keeps to the safety plan. How we will know: "
                 "Mateo's attendance stays at 95% or more and he arrives on time and fed or goes to breakfast "
                 "club (school log sent to Oliver each week); a written CMHT report before each core group on "
                 "Ana's progress and her capacity to make and keep the changes the children need, with a likely "
                 "timescale; Ana's attendance at her sessions and her repeat prescriptions collected on time "
                 "(GP and CMHT updates to each core group).", H, H, H],
                ["3.1",
                 "Psychological therapy and care coordination for Ana, with a written report on her capacity to "
                 "make and sustain the changes the children need and how long that is likely to take",
                 "Dr Helen Marr, clinical psychologist, Quelbury Community Mental Health Team",
                 "Sessions every two weeks; report three working days before each core group"],
                ["3.2",
                 "Review Ana's sertraline, and tell Oliver if a repeat prescription is not collected",
                 "Dr Sam Oduya, GP, Beacon Lane Medical Practice",
                 "Every four weeks; a missed prescription reported the same week"],
                ["3.3",
                 "Go to her CMHT sessions and take her medication as prescribed",
                 "Ana Ferreira (Mum)",
                 "Every session; medication daily"],
                ["3.4",
                 "Breakfast club place for Mateo and a check each morning that he is clean and has lunch, ringing "
                 "Oliver the same day with any worry",
                 "Mr Dev Lal, DSL, Quelbury Park Primary",
                 "Every school day from 05/01/2026"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Gary comes to the house, contacts either child or breaches the order: Ana calls 999 and the "
            "police attend; Oliver holds a strategy discussion with the police the same day. If Ana does not call "
            "the police, or lets Gary into the house, Leah and Mateo will stay with Sofia at 61 Linnet Road that "
            "night.",
            "If Leah is missing overnight, or is found with adults the police are worried about: Ana reports her "
            "missing at once, Jordan completes the return home interview within 72 hours, and Oliver holds a "
            "strategy discussion within one working day to agree a plan to protect her from exploitation.",
            "If Ana tells anyone she cannot cope or has thoughts of harming herself: the CMHT crisis team sees her "
            "the same day, and the children stay with Sofia until the crisis team and Oliver agree it is safe for "
            "them to go home.",
            "If Sofia cannot have Leah on a Friday or take the children in an emergency (she is ill or away, or "
            "the arrangement breaks down): on a Friday Jordan will book Leah into the Quelbury Youth Hub late "
            "session until 10pm and Ana will collect her; in an emergency Oliver or the out-of-hours team will "
            "place Leah and Mateo together with Quelbury foster carers the same day.",
            "If Ana lets Gary back into the home, there is any further incident of violence, or Leah is missing "
            "three or more times before the second review, Oliver will request a legal planning meeting with Asha "
            "Patel within five working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, 3.30pm at Quelbury Family Hub: 27/01/2026, 10/03/2026 and 21/04/2026.",
            "Second review child protection conference: 16/06/2026, 10am, Quelbury Civic Offices.",
        ]),
        ("p", "Plan agreed at the review conference on 16/12/2025 and sent to Ana, Leah, Sofia and every lead "
              "named above. Gary has been told in writing of the parts of the plan that concern him."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plan refined at the first core group, three children, father's drinking,
#    mother working nights, aunt staying over. Bullets under phase headings
#    that give the time once; a "Signs of progress" list keyed by action
#    number; scaling now and by the review for each outcome. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_quennerby_core_group_phase_headings_signs_of_progress_adeyemi.md",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-one-plan-markdown-family-bullets-why-worried-childrens-words-outcomes-with-scaling-now-and-by-review-then-phase-headings-giving-time-once-owner-first-numbered-bullets-then-signs-of-progress-list-keyed-by-action-number-contingency-meetings",
    "description": (
        "Exemplary plan written at the first core group for a 9-year-old, a 6-year-old and a "
        "3-year-old whose father drinks heavily while their mother works nights. Markdown: each "
        "outcome has a scaling score agreed with the social worker now and a target for the "
        "review; numbered bullets name who does what under phase headings that give the time "
        "once ('Weeks 1 to 4 - all to be done by ...', 'Every week from ... until the review "
        "conference', 'Weeks 5 to 10'); a 'Signs of progress' list after the actions gives the "
        "measure for every action by number. The alcohol service reports on change, the aunt's "
        "nights have a fallback, legal planning follows named triggers, the children's words are "
        "recorded, and core group and review dates are set."
    ),
    "text": """\
# Quennerby City Council — Child Protection Plan

## Tolu, Kemi and Femi Adeyemi — plan agreed at core group 1

*Children's Social Care, Eastfield Locality Team. Written by Rukayat Bello (social worker) at the first core group
on Thursday 06/11/2025, from the outline plan made at the initial child protection conference on 23/10/2025
(chair: Philippa Crane, IRO). Category: neglect.*

**The family**

- Tolu Adeyemi, 9 (DOB 14/06/2016), Year 5 at Hollybank Primary
- Kemi Adeyemi, 6 (DOB 02/03/2019), Year 2 at Hollybank Primary
- Femi Adeyemi, 3 (DOB 19/08/2022), mornings at Little Owls Nursery
- Grace Adeyemi, 37, Mum — works nights as a senior carer at Hillview Care Home
- Dayo Adeyemi, 41, Dad — at home, not working since March
- Abisola (Bisi) Adebayo, 34, Grace's sister, 22 Juniper Close — "Auntie Bisi"
- All at 5 Calder Terrace, Quennerby QN4 9DF, apart from Bisi

**Present at core group 1:** Grace, Dayo, Bisi, Rukayat Bello (SW), Chloe Marsh (Quennerby Alcohol Service), Mrs
Farah Aziz (DSL, Hollybank Primary), Jess Hall (Little Owls Nursery), Amina Rafiq (health visitor), Leon Grant
(family support worker).

## Why we are worried

Dayo has been drinking most days since he lost his job in March, often four or five cans by the afternoon and more
in the evening. Grace works four nights a week, so Dayo has been the only adult at home overnight. On 08/10/2025
Tolu rang Grace at work at 11pm because Dayo was asleep on the kitchen floor and Femi would not stop crying. Tolu
and Kemi were late to school 14 times in September and were often hungry. The boiler has been broken since August,
Kemi and Femi share a mattress on the floor, and the back door does not lock. Femi's developmental review at two
and a half was missed.

What is going well: Grace and Dayo both came to the conference and agreed the worries. Dayo says he wants to stop
drinking and has not driven after drinking. Bisi is close to the children and has offered to help. The children
are warm and affectionate with both parents.

## What the children say

- **Tolu:** "When Dad's had his cans he falls asleep and I do the toast and put Femi to bed. I don't tell Mum
  because she's tired." He wishes "Dad would be like before, when he took us to the park."
- **Kemi** drew the house with a big black cloud over the kitchen. She said the cloud is "when Dad is grumpy and
  smelly". Her favourite thing is "Auntie Bisi's jollof and sleeping in Mummy's bed".
- **Femi** is 3 and says only a few words. At the home visit on 30/10/2025 he followed Tolu everywhere, held his
  hand when Dayo raised his voice, and ate two bowls of cereal quickly. Jess at nursery says he is often the first
  to the snack table and goes quiet when he is collected.

## What we want for the children, and where we are now

Everyone at core group 1 agreed a score for each outcome, from 0 (the children are not safe at home) to 10 (we
are all confident they are safe enough for the plan to end). Rukayat will ask the same question at each core
group and write down the scores.

1. **Tolu, Kemi and Femi are looked after by a sober adult every day and every night.** Now 3. By the review: 7
   or more.
2. **The children get to school and nursery every day, on time, fed and in clean clothes.** Now 4. By the
   review: 8 or more.
3. **The children sleep in their own beds in a warm, safe home with food in the cupboard.** Now 2. By the
   review: 7 or more.
4. **Tolu gets to be a 9-year-old again, not the one who makes the toast and puts Femi to bed.** Now 3. By the
   review: 7 or more.

## Who will do what

The time for each action is given once, in the heading it sits under.

### Weeks 1 to 4 — all to be done by Thursday 04/12/2025 (core group 2)

1. **Dayo** will ring Quennerby Alcohol Service for an appointment and go to his first assessment.
2. **Rukayat Bello (SW)** will agree a written home conditions list with Dayo and Grace: beds and bedding for
   Kemi and Femi, working heating, and a food cupboard that is kept stocked.
3. **Mark Tillotson (repairs officer, Quennerby Homes)** will get the boiler repaired and the back-door lock
   replaced.
4. **Rukayat** will refer Tolu to Quennerby Young Carers.
5. **Dr Ellen Shaw (GP, Parkside Surgery)** will send Rukayat a summary of Dayo's alcohol-related health and his
   liver function results, with his consent.
6. **Grace** will change her rota at Hillview Care Home to no more than two nights a week, Tuesday and
   Wednesday.

### Every week from 06/11/2025 until the review conference on 22/01/2026

7. **Rukayat** will visit the children at home, see Tolu and Kemi on their own, and make at least one visit in
   three after 5pm without telling the family first.
8. **Chloe Marsh (recovery worker, Quennerby Alcohol Service)** will see Dayo for key-work with a breath test,
   and send a written report before each core group on whether he has stopped drinking and how long she thinks
   lasting change will take.
9. **Dayo** will go to his key-work session and breath test with Chloe.
10. **Mrs Farah Aziz (DSL, Hollybank Primary)** will check Tolu's and Kemi's attendance, punctuality, lunch and
    uniform, and ring Rukayat the same day about any worry.
11. **Jess Hall (key worker, Little Owls Nursery)** will note Femi's attendance and how he arrives, and ring
    Rukayat the same day about any worry.
12. **Auntie Bisi** will stay overnight at Calder Terrace on the two nights Grace is at work, and take the
    children to school and nursery the next morning.

### Weeks 5 to 10 — all to be done by Friday 09/01/2026

13. **Leon Grant (family support worker)** will do six sessions at home with Dayo and Grace on morning and
    bedtime routines, meals and the children's homework.
14. **Rukayat** will complete a parenting assessment of Dayo and Grace.
15. **Amina Rafiq (health visitor)** will do Femi's overdue developmental review and refer him for a hearing
    test if he needs one.

## Signs of progress — how we will know each action is working

- **1** — a letter from the Alcohol Service confirming that Dayo's assessment took place, on file by 04/12/2025.
- **2** — the signed list on file; at Rukayat's visits she sees beds made up for Kemi and Femi and food in the
  cupboard.
- **3** — the repairs job sheet signed off; the house is warm at every visit after that and the back door locks.
- **4** — the Young Carers acceptance letter and the date of Tolu's first group on file.
- **5** — the GP summary on the children's file.
- **6** — Grace's new rota, sent by Hillview, on file.
- **7** — a visit record for every week with each child seen, and Tolu's and Kemi's own words written down.
- **8 and 9** — Chloe's reports before each core group show every session kept and every breath test at zero,
  with her view on the timescale for change.
- **10** — Hollybank's Friday email shows Tolu and Kemi in school 95% or more of the time and late no more than
  once a fortnight.
- **11** — Little Owls' weekly note shows Femi at every session he is booked for, clean and fed.
- **12** — Bisi signs the overnight sheet on the fridge each morning and Rukayat checks it at every visit;
  Hollybank and Little Owls see Bisi bring the children on Wednesday and Thursday mornings.
- **13** — Leon's notes show all six sessions held; the routines chart on the fridge is filled in each day.
- **14** — the assessment report, with a recommendation, shared with Grace, Dayo and the core group by
  09/01/2026.
- **15** — Amina's written review, and the hearing referral letter if one is made, on the children's file.

## If things go wrong

- **If** Dayo is found drunk while caring for the children, a breath test is above zero, or the children are found
  at home without an adult: Grace (or Bisi, if Grace is at work) takes over the children's care that night, Dayo
  stays with his brother Tunde at 8 Cresswell Court until Rukayat agrees he can come home, and Rukayat holds a
  strategy discussion the same day.
- **If** Bisi cannot stay on one of Grace's work nights (she is ill or away, or the arrangement stops): Grace will
  not work that shift, which Hillview have agreed in writing. If neither Grace nor Bisi can be at home overnight,
  the emergency duty team will place the children together with Quennerby foster carers for the night.
- **If** Dayo's breath tests are not all at zero by core group 3 on 08/01/2026, or the children are found with him
  drunk again, Rukayat will request a legal planning meeting with her team manager, Colin Ashby, within five
  working days, to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks, Thursdays at 3.45pm at Hollybank Primary: 04/12/2025 and 08/01/2026.
- Review child protection conference: Thursday 22/01/2026, 10am, Quennerby Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan printed from a case system, non-verbal autistic
#    12-year-old with epilepsy, mother with bipolar disorder, grandfather
#    meeting the school bus. Tick boxes for frequency and status; the
#    measure written into each task. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_quillerdale_case_print_tick_box_frequency_pritchard.txt",
    "split": "heldout",
    "actions": 10,
    "template": "case-system-plain-text-print-dot-leader-fields-stage-tick-boxes-communication-passport-views-outcomes-then-task-n-of-m-blocks-frequency-tick-box-row-status-tick-box-measure-inside-task-sentence-complete-task-kept-then-trigger-response-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a non-verbal autistic 12-year-old with "
        "epilepsy, printed from an invented case system as plain text; his mother has bipolar "
        "disorder and stopped her lithium in September. Each task block has an owner, a row of "
        "frequency tick boxes ('[X] Fortnightly  [ ] Monthly ...', only one ticked, or 'Other' "
        "ticked with a date), a status box and the measure written into the task sentence; one "
        "finished one-off referral is kept with 'Complete' ticked (not counted). The CPN and "
        "the psychiatrist both report on the mother's capacity to change, the grandfather's "
        "part has a fallback, legal planning follows named triggers, the boy's communication is "
        "recorded, and core group and review dates are set."
    ),
    "text": """\
QUILLERDALE COUNCIL - CHILDREN AND FAMILIES
CareTrak 7  |  CHILD PROTECTION PLAN  |  Printed 05/12/2025 14:22 by MTATE
========================================================================

PLAN DETAILS
Child ................ Ethan Pritchard   DOB 11/07/2013 (12)   ID 4471092
Address .............. 27 Foxglove Way, Quillerdale QL2 8RB
Mother ............... Kerry Pritchard (44)
Grandfather .......... Ron Pritchard (71), Kerry's father, 5 Mill Cottages, Quillerdale
Category ............. Neglect
Plan stage ........... [ ] ICPC   [X] RCPC   [ ] Core group
Initial conference ... 11/09/2025
This conference ...... 04/12/2025 (first review)   Chair: Jasmine Lowry (IRO)
Lead social worker ... Michelle Tate, Children with Disabilities Team
Team manager ......... Graham Solt

------------------------------------------------------------------------
REASON FOR PLAN
Ethan is autistic and non-verbal, and has epilepsy controlled by sodium
valproate twice a day. Kerry has bipolar disorder. In August she stopped
taking her lithium and became unwell: she was hardly sleeping, spent her
rent money and stopped giving Ethan his medication. Ethan missed four days
of doses and had two seizures, one in class. On 28/08/2025 a neighbour
found him in the street at 11pm in his pyjamas. Kerry was an inpatient on
Ashgrove Ward, Quillerdale Hospital, from 30/08/2025 to 09/09/2025, and
Ethan stayed with Ron and at Willowbank short break unit. Kerry has been
home and taking her lithium since then.

CHANGES SINCE THE INITIAL CONFERENCE
- Ethan has had no seizures since 02/09/2025; the medication chart has
  been signed for every dose since 15/09/2025.
- Kerry's lithium levels were in range on 07/10/2025 and 18/11/2025.
- Ron meets the school bus every day and has learnt to give rescue
  medication.
- Ethan has not left the house alone again. The door alarm the family
  asked for has not yet been fitted.

------------------------------------------------------------------------
ETHAN'S VIEWS AND EXPERIENCE
Ethan uses PECS picture cards and about twenty Makaton signs. His
communication passport says: when he is happy he hums and rocks gently;
when he is worried he bites the side of his hand and covers his ears.
- On 27/11/2025 Michelle used his PECS board at home. Asked what he likes,
  he chose the "Grandad" and "trampoline" cards. He pushed the "bus" card
  away twice; school think the afternoon bus is noisy for him.
- Willowbank staff say he sleeps through the night there and hums at
  breakfast. At home in October he was up most nights; in November he has
  slept through on most nights, Kerry says.
- Quillerdale Brook School say he is more unsettled on Mondays and bites
  his hand more when his routine changes.
- Ron: "He's at the window waiting for me at half three. If I'm late he
  covers his ears."

------------------------------------------------------------------------
OUTCOMES FOR ETHAN
O1  Ethan takes every dose of his epilepsy medication and has no seizures
    caused by missed doses.
O2  Ethan is supervised safely at home, day and night, and cannot leave
    the house on his own without an adult knowing.
O3  Ethan is cared for by a mum whose bipolar disorder is stable enough for
    her to keep to his routines and medication.
O4  Ethan has regular short breaks he enjoys and adults who understand his
    signs and choices.

------------------------------------------------------------------------
TASKS                                                  (11 tasks on plan)
Key: [X] = selected   [ ] = not selected

TASK 1 of 11                          Status: [X] Open   [ ] Complete
Task ....... Michelle Tate (SW) to see Ethan at home, with one visit a
             month after 6pm, and use his PECS board to ask about home
             and Willowbank; his choices and how he seems are written up
             in each visit record, so the core group can see that he has
             been seen and heard.
Owner ...... Michelle Tate, social worker, Children with Disabilities Team
Frequency .. [ ] Daily  [ ] Weekly  [X] Fortnightly  [ ] Monthly
             [ ] Other: ______________
Start ...... 05/12/2025       End ...... next review conference

TASK 2 of 11                          Status: [X] Open   [ ] Complete
Task ....... Kerry to give Ethan his sodium valproate at 8am and 8pm and
             sign the medication chart each time, so that no dose is
             missed - shown by a fully signed chart whenever the epilepsy
             nurse or the SW checks it.
Owner ...... Kerry Pritchard (mother)
Frequency .. [X] Daily  [ ] Weekly  [ ] Fortnightly  [ ] Monthly
             [ ] Other: ______________
Start ...... 04/12/2025       End ...... next review conference

TASK 3 of 11                          Status: [X] Open   [ ] Complete
Task ....... Rachel Yeo (epilepsy nurse specialist) to check the
             medication chart and seizure diary at home and refresh
             Kerry's and Ron's training in buccal midazolam; she sends the
             SW a signed training record and a note of what she found
             after each visit.
Owner ...... Rachel Yeo, Children's Epilepsy Service, Quillerdale
             Children's Hospital
Frequency .. [ ] Daily  [ ] Weekly  [ ] Fortnightly  [X] Monthly
             [ ] Other: ______________
Start ...... 11/12/2025       End ...... next review conference

TASK 4 of 11                          Status: [X] Open   [ ] Complete
Task ....... Paul Enwright (CPN, care coordinator) to see Kerry at home,
             check she is taking her lithium and keeping to her relapse
             prevention plan, and write to each core group on whether she
             is making and keeping the changes Ethan needs and how long
             that is likely to take; his written report is on file before
             every core group.
Owner ...... Paul Enwright, Quillerdale Community Mental Health Team
Frequency .. [ ] Daily  [X] Weekly  [ ] Fortnightly  [ ] Monthly
             [ ] Other: ______________
Start ...... 08/12/2025       End ...... next review conference

TASK 5 of 11                          Status: [X] Open   [ ] Complete
Task ....... Dr Nadia Farooq (consultant psychiatrist) to review Kerry
             and give the core group a written assessment of her capacity
             to stay well and care for Ethan, the steps still needed and
             the likely timescale; the report is shared with the core
             group and Kerry.
Owner ...... Dr Nadia Farooq, Quillerdale Community Mental Health Team
Frequency .. [ ] Daily  [ ] Weekly  [ ] Fortnightly  [ ] Monthly
             [X] Other: by 30/01/2026
Start ...... 04/12/2025       End ...... 30/01/2026

TASK 6 of 11                          Status: [X] Open   [ ] Complete
Task ....... Kerry to take her lithium every day and have her lithium
             blood test every twelve weeks, so that her levels stay in
             range; the CMHT sends the results to the SW.
Owner ...... Kerry Pritchard (mother)
Frequency .. [X] Daily  [ ] Weekly  [ ] Fortnightly  [ ] Monthly
             [ ] Other: ______________
Start ...... 04/12/2025       End ...... next review conference

TASK 7 of 11                          Status: [X] Open   [ ] Complete
Task ....... Willowbank to have Ethan to stay on Friday and Saturday
             nights every other weekend, in the same room with his visual
             timetable; the stay log and his sleep chart are emailed to
             the SW after each stay.
Owner ...... Dee Harlow, manager, Willowbank Short Break Unit
Frequency .. [ ] Daily  [ ] Weekly  [X] Fortnightly  [ ] Monthly
             [ ] Other: ______________
Start ...... 12/12/2025       End ...... next review conference

TASK 8 of 11                          Status: [X] Open   [ ] Complete
Task ....... Ron to meet Ethan off the school bus at 3.45pm and stay with
             him until 6pm, so Kerry has a rest; Ron writes in the
             home-school book each day and school read it the next
             morning.
Owner ...... Ron Pritchard (grandfather)
Frequency .. [ ] Daily  [ ] Weekly  [ ] Fortnightly  [ ] Monthly
             [X] Other: Monday to Friday in term time
Start ...... 04/12/2025       End ...... next review conference

TASK 9 of 11                          Status: [X] Open   [ ] Complete
Task ....... Quillerdale Brook School to write Ethan's seizures, mood and
             any injury in the home-school book and ring the SW the same
             day if he arrives without his morning dose signed for,
             hungry or with a mark; a summary is emailed to the SW each
             Friday.
Owner ...... Mr Aled Price, DSL, Quillerdale Brook School
Frequency .. [X] Daily  [ ] Weekly  [ ] Fortnightly  [ ] Monthly
             [ ] Other: ______________
Start ...... 04/12/2025       End ...... next review conference

TASK 10 of 11                         Status: [X] Open   [ ] Complete
Task ....... Lucy Brandon (OT) to assess the house and arrange a door
             alarm, window restrictors and a safe sleep space, so that
             Ethan cannot leave the house at night without Kerry knowing;
             done when the SW sees them fitted and working at her next
             visit.
Owner ...... Lucy Brandon, occupational therapist, Children with
             Disabilities Team
Frequency .. [ ] Daily  [ ] Weekly  [ ] Fortnightly  [ ] Monthly
             [X] Other: by 16/01/2026
Start ...... 04/12/2025       End ...... 16/01/2026

TASK 11 of 11                         Status: [ ] Open   [X] Complete
Task ....... SW to refer Ethan to the CAMHS learning disability team for
             help with his sleep and hand-biting; acceptance letter on
             file.
Owner ...... Michelle Tate, social worker
Frequency .. [ ] Daily  [ ] Weekly  [ ] Fortnightly  [ ] Monthly
             [X] Other: by 31/10/2025
Completed .. 24/10/2025 - accepted; first appointment 15/12/2025

------------------------------------------------------------------------
CONTINGENCY (TRIGGER / RESPONSE)
Trigger 1 .. Kerry misses two doses of lithium in a week, or Paul sees
             the early warning signs in her relapse plan (sleeping under
             four hours a night for two nights running, spending sprees,
             not answering the door to him).
Response ... Paul arranges a same-day review by the CMHT crisis team.
             Ethan goes to Ron's, or to the Willowbank emergency bed,
             that night, and the SW holds a strategy discussion the same
             day if Ethan is not safe at home.
Trigger 2 .. Ethan misses two doses of his epilepsy medication in a week,
             or is found outside the house without an adult.
Response ... The SW visits the same day and holds a strategy discussion
             the same day; Ethan stays at the Willowbank emergency bed
             until it has agreed he is safe at home.
Trigger 3 .. Ron cannot meet the bus or look after Ethan (he is ill or
             away, or can no longer manage).
Response ... School keep Ethan at the after-school club until 5.30pm and
             Kerry collects him; the SW books extra Willowbank after-school
             sessions within one week. If no adult can look after Ethan
             safely, he goes to the Willowbank emergency bed that night.
Legal ...... If Kerry stops her lithium again, or Ethan has another
             seizure after missed doses, before the next review, the SW
             will request a legal planning meeting with Graham Solt
             within five working days to decide whether to start the
             Public Law Outline.

------------------------------------------------------------------------
MEETINGS
Core group ........... [ ] Every 4 weeks  [X] Every 6 weeks  [ ] Other
Core group dates ..... 15/01/2026, 26/02/2026, 09/04/2026 (Thursdays,
                       1.30pm, Quillerdale Brook School)
Next RCPC ............ 14/05/2026, 10am, Quillerdale Town Hall
------------------------------------------------------------------------
END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, 5-year-old and toddler, father's violence,
#    mother's depression, grandmother supervising contact. Action table with
#    a Timescale column and no measure column, then a "How we will know
#    things are better" list keyed by action number that leaves two actions
#    out. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_quorneham_icpc_keyed_how_we_will_know_list_dobson.docx",
    "doc_title": "Child Protection Plan - Ruby and Alfie Dobson",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-word-plan-details-kv-worries-strengths-childrens-views-outcomes-then-no-what-needs-to-happen-who-timescale-table-no-measure-column-then-how-we-will-know-things-are-better-bullets-keyed-by-action-number-contingency-meetings",
    "description": (
        "Initial conference plan for a 5-year-old and a 22-month-old after their father's "
        "violence to their mother, who has depression; the maternal grandmother supervises the "
        "father's contact and collects the older child twice a week. The Word action table has a "
        "Timescale column but no measure column; a 'How we will know things are better' list "
        "after it gives measures by action number. Most rows are sound. Faults: the CPN's "
        "visits only support the mother and the list measures them only by her engagement and "
        "mood improving; the Freedom Programme is 'When she feels ready'; 'All professionals' "
        "share worries; the nursery place has no owner, and it and the parenting assessment are "
        "left out of the list with no measure of their own; one outcome is about the mother "
        "only; the contingency places the children with the grandmother but says nothing of "
        "what happens if she cannot supervise or care."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Quorneham District Council – Children and Young People's Services – Safeguarding Team North"),
        ("kv", [
            ("Children", "Ruby Dobson (5), DOB 03/03/2020; Alfie Dobson (22 months), DOB 12/01/2024"),
            ("Address", "31 Coppice Road, Quorneham QR5 1JA"),
            ("Mother", "Stacey Dobson (27)"),
            ("Father", "Lee Marsh (30), Flat 2, 9 Station Parade, Quorneham; left the family home on "
                       "28/10/2025"),
            ("Maternal grandmother", "Pat Dobson, 12 Damson Close, Quorneham"),
            ("Category", "Emotional abuse"),
            ("Conference", "Initial child protection conference, 13/11/2025. Chair: Rebecca Sowerby, IRO"),
            ("Social worker", "Emma Clarke (team manager: Imran Siddiqui)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "On 26/10/2025 Lee pushed Stacey against the kitchen door and broke her phone while Ruby and Alfie "
              "were in the room. It was the third time the police had been called to Coppice Road this year. "
              "Ruby told her teacher the next day that “Daddy broke Mummy's phone and Mummy cried on the floor”."),
        ("p", "Stacey has had depression since Alfie was born and has stopped taking her antidepressant. She told "
              "the conference she spends most afternoons in bed, and Ruby has been collected late from school "
              "eight times this term. Alfie's speech is behind and he has not had his two-year review."),
        ("h1", "What is working well"),
        ("p", "Stacey asked Lee to leave and he has done so. Pat lives ten minutes away and sees the children "
              "nearly every day. Lee has said he wants to go on a programme so that he can still see the children. "
              "Ruby is doing well with her reading and her teacher describes her as kind and funny."),
        ("h1", "What Ruby and Alfie tell us"),
        ("p", "Ruby (seen at school with her teacher, 07/11/2025): “Daddy shouted and Mummy cried. I went under the "
              "table with Alfie.” She likes Saturdays at Nana's “because we make cakes and Daddy comes and he is "
              "nice there”. She said she wants Mummy “to get up and play”."),
        ("p", "Alfie is 22 months old. At the home visit on 05/11/2025 he stayed close to Ruby, pointed and made "
              "sounds rather than using words, and flinched when the front door banged. He went happily to Pat and "
              "settled on her knee with a book."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Ruby and Alfie live in a home where they do not see or hear violence or shouting between adults.",
            "Alfie's speech and development are checked, and he gets help if he needs it.",
            "Ruby goes to school every day, is collected on time and feels safe to talk about home.",
            "Stacey's mood will improve and she will feel more able to cope.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "Timescale"],
            "widths": [1.0, 8.0, 4.4, 3.6],
            "rows": [
                ["1",
                 "Visit Ruby and Alfie at home and see Ruby on her own, at home or at school",
                 "Emma Clarke, social worker",
                 "Weekly from 17/11/2025"],
                ["2",
                 "Weigh Alfie, check his speech and do his two-year review",
                 "Sian Morgan, health visitor",
                 "Every three weeks; two-year review by 19/12/2025"],
                ["3",
                 "Home visits to support Stacey with her low mood and anxiety",
                 "Darren Price, CPN, Quorneham Community Mental Health Team",
                 "Fortnightly from 20/11/2025"],
                ["4",
                 "Review Stacey's antidepressant and send Emma a summary of her mental health history",
                 "Dr Rehana Qureshi, GP, Orchard Street Surgery",
                 "By 28/11/2025"],
                ["5",
                 "Supervise Lee's contact with Ruby and Alfie at her home, staying in the room throughout",
                 "Pat Dobson (maternal grandmother)",
                 "Every Saturday, 10am to 12 noon"],
                ["6",
                 "Collect Ruby from school and give both children their tea at her house",
                 "Pat Dobson (maternal grandmother)",
                 "Every Wednesday and Friday"],
                ["7",
                 "Attend the Quorneham Respect domestic abuse perpetrator programme",
                 "Lee Marsh (Dad)",
                 "Weekly for 24 weeks from 08/01/2026"],
                ["8",
                 "Attend the Freedom Programme at Quorneham Women's Centre",
                 "Stacey Dobson (Mum)",
                 "When she feels ready"],
                ["9",
                 "Check Ruby's attendance, collection times and presentation, and ring Emma the same day with "
                 "any worry",
                 "Mrs Joanne Hurst, DSL, St Barnabas Infant School",
                 "Every school day"],
                ["10",
                 "Keep the warning marker on the address and tell Emma of any call-out",
                 "Quorneham Police, Domestic Abuse Unit",
                 "Same day"],
                ["11",
                 "Share any worry about Ruby or Alfie with Emma on the day it arises",
                 "All professionals",
                 "Same day"],
                ["12",
                 "A nursery place to be found for Alfie for two mornings a week",
                 "-",
                 "By 09/01/2026"],
                ["13",
                 "Parenting assessment of Stacey and of Lee",
                 "Emma Clarke, social worker",
                 "By 16/01/2026"],
                ["14",
                 "Sessions at home with Stacey on routines, mealtimes and bedtimes for the children",
                 "Kelly Ward, family support worker",
                 "Weekly for eight weeks from 24/11/2025"],
            ],
        }),
        ("h1", "How we will know things are better"),
        ("p", "The numbers are the action numbers in the table above. Emma will bring this list to each core group."),
        ("bullets", [
            "Action 1: a visit record for each week, with both children seen and Ruby's own words written down.",
            "Action 2: Alfie's weights in the red book; the two-year review scores sent to Emma by 19/12/2025.",
            "Action 3: Stacey engages well with Darren and her mood improves.",
            "Action 4: the GP's summary letter is on the children's file by 28/11/2025.",
            "Action 5: Pat fills in the contact sheet after each Saturday and Emma reads it at her next visit.",
            "Action 6: the school's collection book shows Pat collecting Ruby on time every Wednesday and Friday.",
            "Action 7: the Respect programme worker's attendance report to each core group shows Lee at every "
            "session.",
            "Action 8: the Women's Centre letter shows Stacey at 10 or more of the 12 sessions.",
            "Action 9: the school's attendance and collection times emailed to Emma every Friday; same-day calls "
            "logged on the school's safeguarding system.",
            "Action 10: the police address check sent to Emma before each core group.",
            "Action 11: each worry written on the children's file on the day it is shared.",
            "Action 14: Kelly's session notes, and a routines chart on the kitchen wall filled in each day, seen at "
            "Emma's visits.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Lee comes to Coppice Road or contacts Stacey outside the Saturday contact, or there is any further "
              "violence, Stacey will ring 999 and Emma will hold a strategy discussion with the police the same day. "
              "Ruby and Alfie will stay with Pat at 12 Damson Close until the strategy discussion has taken place, "
              "and Lee's contact will stop until it has been reviewed."),
        ("p", "If Stacey tells anyone she is thinking of harming herself, the CMHT crisis team will see her the same "
              "day and the children will stay with Pat."),
        ("p", "If there is a further incident of violence, or Stacey lets Lee move back in before the review "
              "conference, Emma will request a legal planning meeting with Imran Siddiqui within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group meetings at Coppice Road Children's Centre, 1pm: 27/11/2025, 18/12/2025 and 22/01/2026 "
            "(every four weeks, moved for Christmas).",
            "Review child protection conference: 05/02/2026, 10am, Quorneham Council Offices.",
        ]),
    ],
    "findings": [
        F("F002", "Stacey's mood will improve and she will feel more able to cope."),
        F("H001", "Home visits to support Stacey with her low mood and anxiety"),
        F("M002", "Home visits to support Stacey with her low mood and anxiety"),
        F("T002", "Attend the Freedom Programme at Quorneham Women's Centre"),
        F("W002", "Share any worry about Ruby or Alfie with Emma"),
        F("W001", "A nursery place to be found for Alfie"),
        F("M001", "A nursery place to be found for Alfie"),
        F("M001", "Parenting assessment of Stacey and of Lee"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan, both parents using cannabis, mother also drinking at
#    weekends, paternal grandmother and aunt to help after the birth.
#    Timeline table with stage banner rows giving the time once per stage,
#    then a separate evidence table keyed by ref. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_quistwell_prebirth_stage_timeline_keyed_evidence_hargreaves.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Chantelle Hargreaves",
    "split": "heldout",
    "actions": 16,
    "template": "prebirth-icpc-word-plan-printed-to-pdf-page-header-footer-details-kv-worries-going-well-babys-world-outcomes-then-ref-what-will-happen-who-timeline-table-with-stage-banner-rows-then-separate-evidence-table-keyed-by-ref-contingency-meetings",
    "description": (
        "Pre-birth initial conference plan at 28 weeks for a baby girl whose mother (19, a care "
        "leaver) and father both smoke cannabis daily; the mother also drinks at weekends. A Word "
        "plan printed to PDF with a page header and footer. The timeline table has Ref, What "
        "will happen and Who, under shaded stage banner rows that give the time once per stage "
        "(by 36 weeks, before discharge, until the baby is six weeks old); a separate 'Evidence' "
        "table keyed by ref gives the measures. Most rows are sound, and the substance misuse "
        "service reports on change. Faults: the pre-birth assessment is left out of the evidence "
        "table and states no output; the father's referral is 'when he is ready'; the social "
        "worker's visits are evidenced only by 'Reviewed at core group'; 'Family' owns keeping "
        "the house smoke-free; the 'Later on' stage gives no time to its two rows; the plan "
        "leans on the grandmother and aunt with no fallback if they cannot help; the review "
        "conference is to be arranged after the birth."
    ),
    "header": "OFFICIAL-SENSITIVE | Quistwell City Council | Children's Services",
    "footer": "Baby Hargreaves (unborn) – pre-birth child protection plan, 02/12/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Quistwell City Council · Children's Services · Early Help and Safeguarding, West Hub"),
        ("kv", [
            ("Unborn baby", "Baby girl, due 24/02/2026. Chantelle plans to call her Lily-Mae"),
            ("Mother", "Chantelle Hargreaves (19), care leaver; 6C Brook House, Quistwell QT1 4PS"),
            ("Father", "Reece Doyle (21), lives with Chantelle at Brook House"),
            ("Paternal grandmother", "Janet Doyle, 44 Heron Street, Quistwell QT3 8AA"),
            ("Paternal aunt", "Kayleigh Doyle (26), Reece's sister, lives with Janet"),
            ("Category", "Neglect (unborn)"),
            ("Conference", "Pre-birth initial child protection conference, 02/12/2025, at 28 weeks' "
                           "pregnancy. Chair: Martin Hallworth, IRO"),
            ("Social worker", "Aisha Malik (team manager: Siobhan Kerr)"),
            ("Personal adviser", "Dean Hollis, Quistwell Leaving Care Team"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Chantelle and Reece both smoke cannabis every day, mostly in the flat, and Chantelle drinks heavily "
              "at weekends; she was taken to A&E drunk at 22 weeks. She has missed three of her seven antenatal "
              "appointments. The flat is one room above a takeaway, with damp in the bedroom. Chantelle grew up in "
              "foster care from the age of nine and has little family of her own. Reece has been arrested twice "
              "this year for possession of cannabis."),
        ("h1", "What is going well"),
        ("p", "Chantelle came to the conference and said she wants to stop using before the birth. She has been to "
              "her last two antenatal appointments. Janet has offered for Chantelle, Reece and the baby to live at "
              "Heron Street after the birth, and Janet and Kayleigh neither smoke nor drink. Chantelle has a good "
              "relationship with her personal adviser."),
        ("h1", "The baby's world"),
        ("p", "Chantelle is 28 weeks pregnant. The 20-week scan showed the baby growing on the 10th centile, a little "
              "small. Chantelle says she kicks hardest when Reece talks to the bump and at night when Chantelle "
              "lies down. At the moment the baby is around cannabis smoke every day and alcohol at weekends; the "
              "midwife has explained to Chantelle what this can mean for the baby's growth and how she may be "
              "unsettled after birth. Chantelle said at the conference: “I want her to have what I never had — her "
              "mum.”"),
        ("h1", "What we want for Lily-Mae"),
        ("bullets", [
            "Lily-Mae is born into a home where nobody smokes cannabis or drinks while caring for her.",
            "Lily-Mae is fed, kept warm and gains weight steadily in her first weeks.",
            "Lily-Mae always sleeps on her back in her own Moses basket, in a smoke-free room.",
            "Lily-Mae has a safe, settled home to go to when she leaves hospital.",
        ]),
        ("h1", "The plan – timeline"),
        ("p", "The shaded rows give the time for every action in that stage, unless an action gives its own. What "
              "we will see for each action is in the Evidence table below, by the same reference."),
        ("table", {
            "header": ["Ref", "What will happen", "Who"],
            "widths": [1.2, 10.0, 5.8],
            "rows": [
                ["Stage 1 – Before the birth: everything in this stage is to be done by 36 weeks (27/01/2026) "
                 "unless the row says otherwise", H, H],
                ["1a",
                 "Antenatal appointments every two weeks, with an alcohol and cannabis check at each one",
                 "Lorna Best, safeguarding midwife, Quistwell General Hospital"],
                ["1b",
                 "Key-work sessions and urine screens with Chantelle, and a written report to each core group on "
                 "whether she has stopped using and how likely that is to last",
                 "Ben Sayers, recovery worker, Quistwell Substance Misuse Service (Young Adults)"],
                ["1c",
                 "Chantelle to go to her key-work session and give a urine screen every Thursday",
                 "Chantelle Hargreaves (Mum)"],
                ["1d",
                 "Pre-birth parenting assessment of Chantelle and Reece",
                 "Aisha Malik, social worker"],
                ["1e",
                 "Reece to go to the Substance Misuse Service about his cannabis use when he is ready",
                 "Reece Doyle (Dad)"],
                ["1f",
                 "Antenatal home visit, covering safe sleep and where the baby will sleep at Heron Street",
                 "Priya Kaur, health visitor"],
                ["Stage 2 – On the maternity ward: from the birth until Lily-Mae is discharged", H, H],
                ["2a",
                 "Watch and write down how Chantelle and Reece feed, change and settle Lily-Mae, and tell Aisha the "
                 "same day of any worry",
                 "Ward midwives, Quistwell General Hospital (lead: Lorna Best)"],
                ["2b",
                 "Discharge planning meeting on the ward with Chantelle, Reece, Janet and the health visitor",
                 "Aisha Malik, social worker"],
                ["2c",
                 "Set up the Moses basket in Janet's front bedroom and show it to the health visitor",
                 "Janet Doyle (paternal grandmother)"],
                ["Stage 3 – The first six weeks at home: until Lily-Mae is six weeks old", H, H],
                ["3a",
                 "Be in the house and awake for Lily-Mae's night feeds, and look after her if Chantelle or Reece has "
                 "been drinking or using",
                 "Janet Doyle (paternal grandmother)"],
                ["3b",
                 "Stay at Heron Street on Saturday nights, when Janet works, as the sober adult in the house",
                 "Kayleigh Doyle (paternal aunt)"],
                ["3c",
                 "Visit each week, weigh Lily-Mae and check her feeding and safe sleep",
                 "Priya Kaur, health visitor"],
                ["3d",
                 "Visit Lily-Mae at Heron Street each week, one visit in three unannounced",
                 "Aisha Malik, social worker"],
                ["3e",
                 "Make sure nobody smokes cannabis or tobacco in the house or near the baby",
                 "Family"],
                ["Stage 4 – Later on", H, H],
                ["4a",
                 "Go to the Baby and Me group at Quistwell Children's Centre",
                 "Chantelle Hargreaves (Mum), with Reece when he can"],
                ["4b",
                 "Put Chantelle and Reece on the housing register for a flat of their own",
                 "Dean Hollis, personal adviser, Quistwell Leaving Care Team"],
            ],
        }),
        ("h1", "Evidence – what we will see"),
        ("table", {
            "header": ["Ref", "What we will see"],
            "widths": [1.2, 15.8],
            "rows": [
                ["1a", "Antenatal notes show every appointment kept and each check result, copied to Aisha"],
                ["1b", "Ben's report on file before each core group, with every screen result and his view on whether "
                       "the change will last"],
                ["1c", "Every Thursday session kept and screens clear of cannabis by 34 weeks, in Ben's reports"],
                ["1e", "A letter from the Substance Misuse Service confirming Reece's first appointment, and his "
                       "screen results sent to Aisha"],
                ["1f", "The health visitor's note of the visit, with the safe sleep checklist signed by Chantelle"],
                ["2a", "Ward feeding and care charts, and a summary to Aisha before discharge"],
                ["2b", "Minutes of the discharge meeting, with the agreed plan for the first night at Heron Street"],
                ["2c", "The health visitor sees the Moses basket set up in a smoke-free room before Lily-Mae comes home"],
                ["3a", "Janet's night feed log kept in Lily-Mae's folder and read by Aisha at each visit"],
                ["3b", "Kayleigh signs the Saturday sheet in Lily-Mae's folder"],
                ["3c", "Lily-Mae back to her birth weight by two weeks old and following her centile; weights in the "
                       "red book"],
                ["3d", "Reviewed at core group"],
                ["3e", "No smell of smoke in the house at any visit, and the smoke alarm and no-smoking sign in "
                       "place"],
                ["4a", "Children's Centre register shows Chantelle at the group at least three weeks in four"],
                ["4b", "Housing register reference number and banding letter on file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chantelle or Reece is under the influence of cannabis or alcohol while caring for Lily-Mae, or a "
              "screen after the birth is positive, Lily-Mae will be cared for by Janet at Heron Street, the parent "
              "will not care for her on their own, and Aisha will hold a strategy discussion the same day."),
        ("p", "If Chantelle leaves Heron Street with Lily-Mae without telling anyone, Aisha or the emergency duty "
              "team will ask the police for a safe and well check that day."),
        ("p", "If Chantelle is still using cannabis at 36 weeks, or the pre-birth assessment recommends it, Aisha "
              "will request a legal planning meeting within five working days, to decide whether to start the "
              "Public Law Outline before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm, West Hub: 16/12/2025, 13/01/2026 and 10/02/2026.",
            "Review child protection conference: to be arranged once the baby is born.",
        ]),
    ],
    "findings": [
        F("M001", "Pre-birth parenting assessment of Chantelle and Reece"),
        F("T002", "Reece to go to the Substance Misuse Service about his"),
        F("M002", "Visit Lily-Mae at Heron Street each week, one visit"),
        F("W002", "Make sure nobody smokes cannabis or tobacco in the house"),
        F("T001", "Go to the Baby and Me group at Quistwell"),
        F("T001", "Put Chantelle and Reece on the housing register for a flat"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan, 13-year-old who self-harms and her 10-year-old
#    brother with ADHD, father's depression and drinking, aunt helping.
#    Outcomes each with "How we will measure it" and numbered actions naming
#    owners only; times in a separate timeline table by action number.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b150_quonsbury_rcpc_outcome_measures_timeline_table_gallagher.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-markdown-details-bullets-since-icpc-childrens-words-then-outcome-h3-sections-what-will-be-different-how-we-will-measure-it-scaling-then-numbered-owner-first-actions-no-times-then-separate-timeline-table-by-action-number-contingency-meetings",
    "description": (
        "First review conference plan for a 13-year-old girl who self-harms and her 10-year-old "
        "brother with ADHD, living with their father, who has depression and drinks most evenings "
        "since the parents separated; the father's sister helps. Markdown: each outcome has 'What "
        "will be different' and 'How we will measure it' (scaling agreed and recorded by the "
        "social worker, registers, a medication card, breath tests) with numbered actions under it "
        "that name only who does what; a separate timeline table gives each action's time by "
        "number. Most actions are sound: CAMHS, the school nurse, the school, the alcohol service "
        "reporting on change. Faults: one outcome is about the father alone and its measure is "
        "only his feeling positive and services reporting good engagement, so the counselling "
        "under it (which only treats him) has a vague measure; the locked cupboard has no one to "
        "do it; the aunt's homework help is missing from the timeline; the paediatrician's review "
        "is 'Ongoing'; the aunt is the fallback in the contingency with nothing said about her "
        "being unable to help."
    ),
    "text": """\
# Child Protection Plan — Maisie and Jack Gallagher

**Quonsbury Council, Children's Services (Central Safeguarding Team)**
**Agreed at the first review child protection conference, Tuesday 09/12/2025**

- **Children:** Maisie Gallagher, 13 (DOB 30/04/2012), Year 9 at Quonsbury High School; Jack Gallagher, 10
  (DOB 15/10/2015), Year 6 at Castle Road Primary. Jack has ADHD.
- **Living with:** their dad, Martin Gallagher (45), at 3 Ferrybridge Road, Quonsbury QY2 6TL
- **Mum:** Louise Gallagher lives in Leeds with her new partner; the children speak to her on FaceTime on
  Sundays and stay with her in the school holidays.
- **Aunt:** Claire Gallagher, Martin's sister, 17 Harbour View, Quonsbury
- **Category:** neglect (both children)
- **Initial conference:** 16/09/2025 | **Chair:** Deepa Mistry (IRO)
- **Social worker:** Hannah Ojo | **Team manager:** Robert Fenwick

## Since the initial conference

Martin's GP diagnosed depression in July, after Louise left. He was drinking a bottle of wine or more most
evenings and was often asleep by 8pm, leaving Maisie to get Jack to bed. Since the conference Martin has started
seeing the alcohol service and says he is drinking on "three or four nights, not every night". Jack's attendance
has gone from 76% to 82%. Maisie cut her arms again in November and needed steri-strips at Quonsbury General on
21/11/2025; she has been seen by CAMHS once, for an initial appointment. Claire has been round two evenings a
week since October and the children say those are the best nights.

## What Maisie and Jack tell us

- **Maisie** (seen on her own at Quonsbury High, 01/12/2025): "I cut when the house is quiet and Dad's asleep
  and there's no one to talk to. I'm not trying to die. I just want things to go back to normal." She put how safe
  she feels at home at 4 out of 10. She wants "Auntie Claire to come more" and to see CAMHS "but not with Dad in
  the room".
- **Jack** (seen on his own at home, 03/12/2025): "Dad's sad since Mum went. Sometimes I have cereal for tea. I
  like it when Auntie Claire makes spag bol and checks my reading." He put home at 6 out of 10 and said the worst
  bit is "when Maisie's in her room and won't come out".

## Outcomes, how we will measure them, and who will do what

The numbers of the actions carry on through the outcomes. When each one happens is in the timeline table
after the outcomes.

### Outcome A — Maisie is safe and has adults she can talk to

**What will be different:** Maisie stops needing hospital treatment for self-harm, knows who she can go to when
she feels like cutting, and feels safer at home.

**How we will measure it:** no A&E attendances for self-harm between now and the next review (school nurse and GP
tell Hannah the same day of any); Maisie's own score for how safe she feels at home goes from 4 to 7 or more by
the next review, asked and written down by Hannah at each visit; CAMHS send a written update to each core group;
Hannah sees the locked cupboard at every home visit.

1. **Quonsbury CAMHS (Dr Leila Nasser, clinical psychologist)** — assess Maisie and then see her for one-to-one
   sessions on her self-harm and low mood, without Martin in the room.
2. **Becky Shore (school nurse)** — a check-in with Maisie at Quonsbury High, using her safety plan card.
3. **Hannah Ojo (social worker)** — see Maisie on her own, away from the house.
4. Medicines, razors and the sharp kitchen knives to be kept in a locked cupboard.

### Outcome B — Jack gets to school every day, on time, fed and with his medication

**What will be different:** Jack's days start the same way each morning: up, breakfast, his tablet and off to
school on time.

**How we will measure it:** Jack's attendance goes from 82% to 95% or more by the next review (school register
emailed to Hannah every Friday); late no more than once a fortnight; his medication card signed for every school
day and checked by the SENCO; his reading record signed at least four times a week, checked by his class teacher.

5. **Martin** — get Jack up, give him breakfast and his methylphenidate, and sign the card in his bag.
6. **Auntie Claire** — help Jack with his reading and homework at her house.
7. **Mr Gareth Lowe (SENCO, Castle Road Primary)** — meet Jack at the door, check the medication card, and ring
   Hannah the same day if Jack arrives hungry or without his tablet.
8. **Dr Anil Sethi (community paediatrician)** — review Jack's ADHD medication and dose, and write to Martin,
   the school and Hannah after each review.

### Outcome C — Martin's mood lifts and he cuts down his drinking

**What will be different:** Martin is less low and is drinking less.

**How we will measure it:** Martin will feel more positive, and services will report good engagement.

9. **Quonsbury Talking Therapies (counsellor: Sam Reid)** — counselling sessions for Martin to help with his low
   mood since the separation.
10. **Quonsbury Alcohol Service (recovery worker: Leanne Fox)** — key-work with Martin, with a breath test at
    every session; Leanne sends Hannah the results and her view on whether Martin is cutting down before each
    core group.

### Outcome D — Maisie and Jack have a sober adult at home every evening

**What will be different:** there is an adult awake and sober at home every evening until both children are in
bed.

**How we will measure it:** Martin's breath test reads zero at every evening visit Hannah makes; Claire writes
each evening she is there in the diary on the kitchen noticeboard, which Hannah reads; both children tell Hannah,
when seen alone, that there has been a sober adult at home every night since the last visit.

11. **Martin** — not drink on any evening he is caring for Maisie and Jack, and take a breath test when Hannah
    asks at her evening visits.
12. **Auntie Claire** — come round for tea and stay until the children are in bed.

## Timeline

| Action | When |
|---|---|
| 1 | Assessment by 19/12/2025, then sessions every week from 06/01/2026 |
| 2 | Every Tuesday lunchtime in term time |
| 3 | Every two weeks until the next review, one visit in three in the evening |
| 4 | By 12/12/2025, and kept locked from then on |
| 5 | Every school day |
| 7 | Every school day |
| 8 | Ongoing |
| 9 | Weekly from 15/12/2025, twelve sessions |
| 10 | Every Wednesday from 10/12/2025; results two working days before each core group |
| 11 | Every evening, starting tonight |
| 12 | Every Tuesday and Friday, from 5pm until bedtime |

## If things go wrong

- If Maisie self-harms and needs treatment, or tells anyone she plans to end her life, school or Martin will take
  her to Quonsbury General A&E or call the CAMHS crisis line, CAMHS will see her the same day, and Hannah will
  hold a strategy discussion that day.
- If Martin is drunk while caring for the children (a breath test above zero at a visit, or the children or school
  tell us), Maisie and Jack will stay with Claire at 17 Harbour View that night, and Hannah will hold a strategy
  discussion the same day.
- If Martin is drunk while caring for the children again before the next review, or Maisie is seriously hurt,
  Hannah will request a legal planning meeting with Robert Fenwick within five working days.

## Meetings

- Core group every six weeks, Tuesdays at 4pm at Quonsbury High School: 20/01/2026, 03/03/2026 and 14/04/2026.
- Next review child protection conference: Tuesday 09/06/2026, 10am, Quonsbury Town Hall.
""",
    "findings": [
        F("F002", "Martin's mood lifts and he cuts down his drinking"),
        F("H001", "counselling sessions for Martin to help with his low"),
        F("M002", "counselling sessions for Martin to help with his low"),
        F("W001", "Medicines, razors and the sharp kitchen knives to be kept"),
        F("T001", "help Jack with his reading and homework at her house"),
        F("T002", "review Jack's ADHD medication and dose, and write to Martin"),
        F("C003"),
    ],
})
