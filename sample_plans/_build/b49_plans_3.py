"""Batch 49, module 3: seven fictional plans (tuning material), places beginning with "l".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans written by hurried practitioners in their own habits:
abbreviations and initials everywhere, mixed tenses, half-filled templates
with prompts left in, actions wrapped over lines and pages, owners and dates
in odd places (a "who / when" margin column, brackets at the end of a bullet
or paragraph, initials explained in a separate key), and sections copied
from an earlier plan. Four are exemplary; three carry realistic faults.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 2 "plan update sheet": a council Word form with unfilled
#    prompts in the details box, a key to initials, a section copied from the
#    ICPC plan, and an action table whose Who column holds initials. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_lanterbrook_cg2_update_sheet_initials_key_pelham.docx",
    "doc_title": "CG2 Plan Update Sheet - Tia and Rocco Pelham",
    "split": "tune",
    "actions": 9,
    "template": "core-group-plan-update-sheet-docx-form-details-with-unfilled-choose-an-item-prompts-key-to-initials-table-copied-icpc-reason-then-who-initials-column-action-table",
    "description": (
        "Exemplary plan update sheet filled in at the second core group for a toddler and a 4-month-old "
        "(neglect: toddler found in the street, baby's weight dropping, mother's postnatal depression, "
        "father's daily cannabis). A council form with unfilled 'Choose an item.' prompts in the "
        "details, a key to initials, the reason for the plan pasted from the ICPC plan, and an action "
        "table whose Who column holds initials. Every row has an owner, a real timescale and an "
        "observable measure; the perinatal CPN reports on change and the drug service tests and "
        "reports; the grandmother's day has a fallback; dates and a legal step are set."
    ),
    "blocks": [
        ("title", "CORE GROUP – PLAN UPDATE SHEET"),
        ("p", "Lanterbrook Council · Children's Services · form CG/2 (rev 04/23) · complete at every core "
              "group and upload to the child's record within 2 working days"),
        ("kv", [
            ("Child(ren)", "Tia PELHAM, dob 19/08/2022 (2y 11m) · Rocco PELHAM, dob 02/03/2025 (4m)"),
            ("LCS ref", "448120 / 448121"),
            ("Address", "7 Quillet Row, Lanterbrook"),
            ("Plan since", "ICPC 22/05/2025 – category: Neglect"),
            ("This meeting", "Core group 2 – Thurs 10/07/2025, 10am, Brook Lane Family Hub"),
            ("Completed by", "RB"),
            ("Interpreter required", "Choose an item."),
            ("Ethnicity (child 1)", "Choose an item."),
            ("Other agencies not present", "Click or tap here to enter text."),
        ]),
        ("h2", "Key to initials"),
        ("table", {
            "header": ["Initials", "Name", "Role / agency"],
            "widths": [2.2, 5.0, 9.8],
            "rows": [
                ["JP", "Jade Pelham", "Mum"],
                ["CP", "Connor Pelham", "Dad"],
                ["SP", "Sandra Pelham", "Paternal grandmother (PGM), 3 Wren Court"],
                ["RB", "Rhiannon Bright", "Social worker, Lanterbrook CP Team B"],
                ["AK", "Anita Kowal", "Health visitor, Lanterbrook 0-19 Service"],
                ["NO", "Nell Orr", "CPN, Lanterbrook Perinatal Mental Health Team"],
                ["MO", "Marcus Ojo", "Recovery worker, Step Change (Lanterbrook drug and alcohol service)"],
                ["DN", "Dee Nash", "Family support worker, Brook Lane Family Hub"],
                ["LM", "Lorna Mace", "Manager, Hazelnut Corner Nursery"],
            ],
        }),
        ("p", "Present today: JP, CP, SP, RB, AK, NO, DN, LM. MO sent his update by email 09/07."),
        ("h2", "1. Reason for plan (copied from ICPC plan 22/05/25)"),
        ("p", "Referral 14/04/25 from HV – Rocco (6 wks) had dropped from 50th to 9th centile. SW visit "
              "17/04: Tia (2) brought back by a neighbour who found her in the street in her nappy at 8am, "
              "front door open, JP asleep on the sofa, CP at work. Flat cluttered, dog mess on the kitchen "
              "floor, no safe sleep space for Rocco (sleeping in the bouncer). JP dx PND Jan 25, stopped her "
              "sertraline in March. CP smokes cannabis daily \"to sleep\", incl. in the flat. Both parents "
              "love the children and say they want to work with us."),
        ("h2", "2. Update since CG1 (26/06)"),
        ("p", "Bolt fitted high on the front door 01/07, seen by RB. JP restarted sertraline 20/06 and says "
              "she is sleeping better. Rocco was 5.9kg on 08/07 – up to the 9th–25th centile space. CP had "
              "2 screens, both positive for cannabis but lower. Tia has started at Hazelnut Corner, 3 "
              "mornings a week, and has been every session. Kitchen still not clear on RB's visit 03/07."),
        ("h2", "3. What Tia and Rocco are telling us"),
        ("p", "Tia showed RB her \"big girl bed\" on 03/07 and said \"Rocco cry, Mummy sleepy\". LM says she "
              "runs into nursery happily, eats all her snack and will not let go of staff's hands at home "
              "time until she sees who has come for her. Rocco smiles at JP and CP, feeds hungrily from his "
              "bottle and settles on JP's chest; AK and RB both saw him startle and cry hard when the dog "
              "barked in the kitchen."),
        ("h2", "4. Outcomes (from ICPC – looked at today, still right)"),
        ("bullets", [
            "Rocco gains weight steadily and is on or above the 25th centile by the review conference.",
            "Tia is always supervised by an adult who is awake and cannot get out of the flat on her own.",
            "Tia and Rocco live in a clean flat, with a safe cot for Rocco and a routine for meals and bed.",
        ]),
        ("h2", "5. Actions"),
        ("table", {
            "header": ["#", "Action", "Who (see key)", "When", "How we'll know"],
            "widths": [0.8, 6.0, 2.2, 3.4, 4.6],
            "rows": [
                ["1", "Home visits – see Tia and Rocco awake, check the front door bolt is on, where Rocco "
                      "slept last night and the kitchen floor",
                 "RB", "Fortnightly; at least 1 in 4 unannounced",
                 "Visit record notes the door, the cot, the kitchen and what Tia says or does, every visit"],
                ["2", "Weigh Rocco at home, check the feed chart, carry on paced bottle feeding with JP",
                 "AK", "Wkly (Tues) until on the 25th centile, then fortnightly",
                 "Weight plotted in the red book; copy of the chart emailed to RB after each weigh"],
                ["3", "See JP at home about her mood and meds; tell each CG whether her mood is getting in "
                      "the way of night feeds and Tia's care, and how long her recovery is likely to take",
                 "NO", "Every 2 wks; written report 2 days before each CG",
                 "Written report to CG with JP's EPDS score and what she is now doing differently for Tia "
                 "and Rocco"],
                ["4", "Keywork with CP on his cannabis use, with a urine screen each week and a written "
                      "update on his use and what it means for him caring for Tia and Rocco",
                 "MO", "Wkly screens; update before each CG",
                 "Screen results and MO's written update sent to RB before every CG"],
                ["5", "No smoking cannabis in the flat or while in sole care of Tia or Rocco – CP smokes in "
                      "the yard only",
                 "CP", "From today, every day",
                 "No smell or ash seen on any SW or HV visit; MO's screen results show his use going down"],
                ["6", "Take Tia to Hazelnut Corner Mon, Tue, Wed mornings; nursery notes time in, who "
                      "brought her and how she is",
                 "JP", "Mon–Wed, 9am (nursery open all year)",
                 "Register and arrival notes emailed to RB by LM every Friday"],
                ["7", "Have Tia at hers every Thursday 9am–3pm so JP can take Rocco to clinic and rest",
                 "SP", "Every Thurs",
                 "SP writes each Thursday in the family diary; RB reads and signs it at each visit"],
                ["8", "Routine sessions at home: Tia in bed by 7.30pm, Rocco's cot in the parents' room, "
                      "meals at the table",
                 "DN", "Wkly for 8 wks from 14/07/25",
                 "Routine chart on the fridge ticked each day; DN's notes to RB each Friday say what she saw"],
                ["9", "Clear the kitchen floor and hall; dog kept behind the gate in the yard or kitchen and "
                      "mess cleared daily",
                 "JP and CP", "By 24/07/25, then daily",
                 "Kitchen and hall clear with no dog mess on RB's next unannounced visit (photo on file)"],
            ],
        }),
        ("h2", "6. Contingency (as ICPC – SP back-up added today)"),
        ("p", "If Tia is found outside on her own or the front door is found open, Rocco's weight drops below "
              "the 9th centile, or JP or CP is found asleep or under the influence of cannabis while in sole "
              "care of the children: RB (EDT out of hours) holds a strategy discussion the same day and Tia "
              "and Rocco go to stay with SP at 3 Wren Court while it is decided whether they can go home. If "
              "SP cannot have them, they go together to local authority foster carers that day under s20 "
              "with the parents' agreement."),
        ("p", "If SP cannot do a Thursday, DN will spend that morning at home with JP and Rocco, and Tia goes "
              "to an extra session at Hazelnut Corner (LM has agreed)."),
        ("p", "If Rocco is not back on the 25th centile, or the flat is not being kept safe, by CG4 on "
              "04/09/25, RB will ask the team manager for a legal planning meeting within 5 working days."),
        ("h2", "7. Next meetings"),
        ("p", "CG every 4 wks at Brook Lane Family Hub, 10am: 07/08/25 and 04/09/25. RCPC: 18/09/25, 2pm, "
              "Lanterbrook Civic Centre."),
        ("h2", "8. Distribution"),
        ("p", "Click or tap here to enter text."),
        ("p", "Signed (parent): ______________________   Date: ____________"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review plan, SW's working copy: a headerless two-column table with the
#    owner and the when in a narrow left "margin" cell and the action with an
#    arrow to its check on the right; header and footer on every page. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_lessingfold_rcpc_working_copy_margin_who_when_baptiste.pdf",
    "doc_title": "RCPC Plan (working copy) - Amari and Kye Baptiste",
    "split": "tune",
    "actions": 9,
    "template": "rcpc-sw-working-copy-paged-short-version-worries-then-headerless-two-column-plan-who-and-when-margin-cell-left-action-arrow-check-right",
    "description": (
        "Exemplary review-conference plan typed up by the social worker as a working copy for a "
        "13-year-old and an 8-year-old (mother's alcohol misuse with lapses, ex-partner's abuse, missed "
        "ADHD medication). The plan is a headerless two-column table: a narrow left cell holds who and "
        "when, the right cell the action with an arrow to how it is checked. Every row has an owner, a "
        "real timescale and an observable check; the recovery service tests and reports; the aunt's "
        "evening has a fallback; specific contingency, dates and a legal step."
    ),
    "header": "OFFICIAL-SENSITIVE | Lessingfold Children's Services | SW WORKING COPY",
    "footer": "RCPC plan – Amari & Kye Baptiste – p. {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – review (RCPC 1)"),
        ("p", "Lessingfold Borough Council · Family Safeguarding Team 3 · typed by GT 03/07/25 from my "
              "conference notes – check against the minutes when they come through"),
        ("kv", [
            ("Children", "Amari Baptiste, 13 (dob 04/02/2012), Y8 Ormsgill Academy · "
                         "Kye Baptiste, 8 (dob 30/11/2016), Y3 St Cuthbert's RC Primary"),
            ("Lives with", "Sheryl Baptiste (mum, 38), 22 Ormond Walk, Lessingfold"),
            ("Ex-partner", "Lee Strand (not the children's father) – non-molestation order to 01/2026"),
            ("Conference", "ICPC 20/03/25 · RCPC 1 02/07/25 – plan continues, category neglect "
                           "(emotional abuse removed)"),
            ("SW", "Grace Tennant (GT)"),
            ("IRO", "Owen Pryce"),
        ]),
        ("h2", "Why we are still worried (short version of the RCPC report)"),
        ("p", "Sheryl has had two lapses since April. On 14/06 Amari rang 999 when her mum fell in the "
              "kitchen and cut her head; Amari then got Kye to bed and went to school the next day without "
              "telling anyone. Kye missed his ADHD medication on 9 school days in May and June and was "
              "sent home twice for hitting out. Lee was seen outside St Cuthbert's twice in May, in breach "
              "of the order. Amari is late to school most Mondays and has said she \"keeps an eye on Mum\"."),
        ("h2", "What's better"),
        ("p", "Sheryl goes to every keywork session with LRP and tells GT about lapses herself. The house "
              "is clean and there is food in. Lee has not been seen since 29/05. Kye's teacher says the "
              "weeks he has his medication are \"a different boy\". Michelle (Sheryl's sister) has had the "
              "children for tea every Wednesday since April."),
        ("h2", "Amari and Kye – in their words"),
        ("p", "Amari (seen alone at school 24/06): \"It's better than before Christmas. When she's drinking I "
              "just know, she goes all smiley. I'd rather go to Auntie Michelle's than call anyone.\" She "
              "wants to go to netball after school and \"not have to check on Kye every night\"."),
        ("p", "Kye (seen at home 26/06) drew his house with a big sun and Mum in the kitchen, and a rain "
              "cloud \"for when Mum was on the floor\". He said his tablets \"make my head quiet\" and he "
              "likes Wednesdays \"because Auntie does chicken\"."),
        ("h2", "What needs to be true for Amari and Kye by RCPC 2"),
        ("bullets", [
            "Amari and Kye are always cared for by a sober adult, and Amari says she no longer checks on "
            "her mum or her brother at night.",
            "Kye has his medication every school day and is not sent home from school.",
            "Neither child sees or hears from Lee, and both know what to do if he turns up.",
        ]),
        ("h2", "The plan"),
        ("p", "(left = who, and when or how often · right = what happens → how we check it)"),
        ("table", {
            "widths": [4.0, 13.0],
            "rows": [
                ["GT (SW)\nevery 2 wks; 1 a month unannounced",
                 "See Amari and Kye on their own (Amari at school once a month, Kye at home), look in the "
                 "fridge and the recycling for empties, check Kye's tablet box → visit record with both "
                 "children's words and what was in the house, every visit"],
                ["Gail Turner, LRP\nwkly; report 2 days before each CG",
                 "Lessingfold Recovery Partnership: keywork with Sheryl and a breath test every session; "
                 "written report to each CG on whether her drinking is changing, what that means for Amari "
                 "and Kye, and how likely she is to stay sober over the next 6 months → breath test log and "
                 "report read at each CG"],
                ["Sheryl\nevery Thurs 6–8pm",
                 "Go to the Women in Recovery group at Tanner House, with a breath test on arrival → LRP "
                 "attendance sheet sent to GT monthly"],
                ["Sheryl\nevery school day, 7.45am",
                 "Give Kye his Elvanse before school and tick the chart on the fridge → chart seen by GT at "
                 "visits; school nurse counts the box at her monthly check and emails GT"],
                ["Dr Amal Reddy, community paediatrics\nby 29/08/25",
                 "Review Kye's ADHD medication, growth and sleep; clinic letter to the GP and GT → letter "
                 "on the children's file by 05/09/25"],
                ["Hayley Moss, IDVA\nby 18/07/25, then monthly",
                 "Update the safety plan with Sheryl and Amari, incl. what Amari does if Lee comes to the "
                 "door or to school; repeat the DASH → new safety plan on file, Amari's copy in her phone "
                 "case, DASH score sent to GT"],
                ["Mr P Adeyemi, DSL Ormsgill\nevery Mon in term",
                 "Check in with Amari: how was the weekend, has she had to look after Mum or Kye → DSL log "
                 "emailed to GT every Monday; same-day call if she says Mum has been drinking"],
                ["Ffion Rees, Lessingfold Young Carers\nby 15/08/25",
                 "Young carers assessment for Amari – what she does at home now and what she should stop "
                 "doing → written assessment and support offer sent to GT, Sheryl and Amari"],
                ["Michelle Baptiste (maternal aunt)\nevery Wed, 3.30–7pm",
                 "Have Amari and Kye for tea after school, and be the person Amari rings if Mum has been "
                 "drinking → Michelle writes each Wednesday in the network book; GT reads it at visits"],
            ],
        }),
        ("h2", "If it goes wrong"),
        ("p", "If Sheryl has been drinking while Amari and Kye are in her care (smell, slurring, a positive "
              "breath test or a call from Amari), or Lee comes to the house or either school: police on 999 "
              "if Lee is there; GT (EDT out of hours) holds a strategy discussion the same day and Amari and "
              "Kye stay at Michelle's, 14 Larch Road, that night. If Michelle cannot have them, they go "
              "together to local authority foster carers that day under s20, with Sheryl's agreement."),
        ("p", "If Michelle cannot do a Wednesday, Amari and Kye go to the St Cuthbert's after-school club "
              "until 6pm (booked and paid for by the team) and GT or the FSW visits that evening."),
        ("p", "If there are two more lapses before RCPC 2, or Sheryl misses 3 LRP sessions in a row, GT will "
              "ask the team manager for a legal planning meeting (PLO) within 5 working days."),
        ("h2", "Dates"),
        ("p", "Core group every 4 weeks at Tanner House, 10am: 24/07, 21/08 and 18/09/25. "
              "RCPC 2: 02/10/25, 1.30pm, Lessingfold Town Hall."),
        ("p", "GT – 03/07/25 (v2, dates checked with the IRO)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. SW's shared-drive notes after core group 3, typed fast in lower case:
#    initials, a left-in prompt under the children's section, bullets with the
#    measure after an arrow and the owner and timing in brackets at the end,
#    a contingency pasted from the ICPC plan. Exemplary (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_lockenby_cg3_shared_notes_bracket_owner_last_rahim.md",
    "split": "tune",
    "actions": 8,
    "template": "core-group-shared-drive-notes-md-lowercase-shorthand-present-initials-left-in-prompts-then-bullets-arrow-check-owner-and-timing-in-trailing-brackets-pasted-icpc-contingency",
    "description": (
        "Exemplary core group 3 notes typed by the social worker on the shared drive for a 9-year-old "
        "and a 15-month-old (physical abuse by the father, his low mood and temper). Lower-case "
        "shorthand, initials from the present list, a template prompt left above the children's "
        "words, bullets with the check after an arrow and the owner and timing in brackets at the "
        "end, and the contingency pasted from the ICPC plan. Every bullet has an owner, a real "
        "timescale and an observable check; Talking Therapies report on whether change will last; the "
        "GP owns an action; dates and a legal step are set."
    ),
    "text": """\
# CG3 – Rahim children – notes + plan as agreed (RB draft)

> Lockenby Children's Services · CSC/CP/Team2/Rahim/core groups
> Core group 3 · Tues 15/07/2025 · 4pm · Ferncliffe Primary (library)
> Plan since ICPC 08/05/2025 · category: physical abuse

**present:** Shazia Rahim (SR, mum) · Faisal Rahim (FR, dad) · Rob Baines (RB, SW) · Kath Lyle (KL, DSL Ferncliffe) · Pam Oyelaran (PO, HV) · Jon Wray (JW, Lockenby Talking Therapies – on Teams for item 2)
**apols:** Dr Leitch (GP, Grove Lane Surgery) – emailed update 14/07

## 1. since CG2

- no new marks on Mo, no police call-outs. FR back home since 01/06 (agreed at CG1).
- FR has done 6 of 6 CBT sessions. SR says he walks out to the garden when he's wound up "instead of going at Mo".
- one shouting incident 05/07 (over homework) – SR told RB herself the next day. Mo said Dad "went red but didn't hit".
- FR still not started Caring Dads – course moved to 23/07 by the family centre, not his fault.

## 2. kids

_[Record the child's wishes and feelings: who saw them, when, where. For a child who does not talk yet, what was seen.]_

**Mo (9)** – seen alone by RB at school 10/07. "It's better. Dad does the slipper thing less. Actually he doesn't do it at all now." Scaled home 7/10 (was 3 at ICPC). Wants Dad to come to his football on Saturdays. Worries "if Dad loses his job again he'll be cross all the time".

**Inaya (15m)** – seen at home by PO 08/07 and RB 11/07. Walking round the furniture, babbling, goes to both parents for a cuddle, no marks. Cried when Mo was told off loudly during RB's visit and crawled to SR.

## 3. still worried re:

- FR's temper when he's low – the April bruise was after he'd been in bed for 3 days
- Mo is the one who gets it, and he still says sorry to Dad for "making him angry"
- summer hols = 6 weeks with no school seeing Mo

## 4. what we want (same as ICPC – checked, still right)

- Mo lives at home without being hit, grabbed or frightened, and tells people he feels safe.
- Inaya is cared for calmly and is never hurt.
- Both kids see a dad who can walk away and calm down, and a mum who will act if he doesn't.

## 5. plan – agreed today

- see Mo on his own at school and at home, check for marks if he agrees, ask about bedtimes and being told off → visit recs with Mo's words every time (RB · every 2 wks, 1 in 3 unannounced)
- 1:1 with Mo using the worry jar, anything about home passed to RB the same day → DSL log, emailed to RB each Fri (KL · every Mon in term)
- book Mo into Ferncliffe holiday club Mon + Wed over the summer, club leader signs him in and out → register sent to RB weekly (SR · book by 18/07, club runs 23/07–27/08)
- CBT with FR on low mood + anger, then a written update on whether he's using what he's learned at home and how likely the change is to last → update read at CG4 and at RCPC (JW · weekly sessions, Thursdays 5pm; update by 28/08)
- review FR's sertraline and how he's sleeping; letter to RB → GP letter on file (Dr Leitch · by 01/08)
- Caring Dads group at Lockenby Family Centre, 17 wks → attendance sheet + mid-course report to RB (FR · every Wed from 23/07)
- time out on the stairs + talk after, no slipper, no grabbing; SR writes in the family diary any time FR loses his temper → diary read by RB at each visit and Mo asked (FR + SR · every day, from today)
- Inaya's 15-month review incl. development, sleep, any marks → ASQ scores + note of the body check sent to RB (PO · home visit by 08/08)

## 6. chronology update

_[add any new incidents since the last core group]_ 05/07 shouting incident – see 1.

## 7. contingency (pasted from ICPC plan – still stands)

If Mo or Inaya has an unexplained mark, Mo says he has been hit or grabbed, or FR is seen or heard threatening either child: whoever sees it rings RB (EDT out of hours) the same day and a strategy discussion is held that day. FR leaves the home the same day and stays at his brother Tariq's (12 Fell Street); police will be called if he won't go. If FR refuses to leave, SR takes the children to her sister Nadia's in Bramwell, and if that can't happen the children go to foster carers that night under s20. If there is any further physical incident, or FR won't leave when asked, RB asks the team manager for a legal planning meeting within 5 working days.

## 8. dates

- CG every 3 wks, Ferncliffe Primary library, 4pm: 05/08, 26/08, 16/09/25
- RCPC: Thurs 25/09/2025, 10am, Lockenby Town Hall
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan typed up from the SW's notebook in fixed-width plain text:
#    initials in the left margin explained in a key, timing at the right,
#    "chk:" lines under each action; one action runs over the page break.
#    Exemplary (txt).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_luddenmere_prebirth_notebook_margin_initials_dawes.txt",
    "split": "tune",
    "actions": 11,
    "template": "prebirth-plan-typed-from-sw-notebook-txt-fixed-width-key-to-margin-initials-then-who-margin-what-middle-when-right-chk-lines-action-running-over-page-break",
    "description": (
        "Exemplary pre-birth plan for a 19-year-old care leaver with epilepsy (missed medication, "
        "seizures in pregnancy) and a partner who pushed her while pregnant, typed up from the SW's "
        "notebook as fixed-width text: owners as initials in the left margin (explained in a key), "
        "timing at the right, a 'chk:' line for each, one action running over the page break. Every "
        "action has an owner, a real timescale and an observable check; the epilepsy nurse owns an "
        "action; the baby's world is recorded; specific contingency with legal planning before the "
        "birth; core group and review dates."
    ),
    "text": """\
LUDDENMERE CHILDREN'S SERVICES                           PRE-BIRTH CP PLAN
typed from SW notebook (MA) 24/07/2025 - v1                   page 1 of 2
==========================================================================
UNBORN BABY of Kerry-Leigh DAWES      EDD 09/10/2025 (today 29+3 wks)
Mum ......... Kerry-Leigh Dawes, 19, care leaver (PA Sam Hurst)
Dad ......... Liam Cole, 23 - living at his mum's, 9 Tay Street
Address ..... Flat 6, Beech Court, Luddenmere
ICPC ........ 23/07/2025 pre-birth - CP plan at birth, cat. neglect
SW .......... Mel Asante, Luddenmere CP Team 1
Chair ....... Carol Whitby

KEY - who is who in the left margin
  KD  Kerry-Leigh (mum)                 LC  Liam (dad)
  MA  Mel Asante, SW                    SH  Sam Hurst, PA, leaving care
  JO  Jess Oakes, community midwife     TP  Tanya Price, epilepsy
                                            specialist nurse, LGH
  RH  Ruth Hale, health visitor         KL  Kay Lund, IDVA
  DW  Dan Ward, facilitator, Turning the Tide (DA programme)

REASON FOR PLAN (copied from strategy discussion record 01/07/25)
KD has epilepsy. Two seizures this pregnancy (one in the bath, 12/06),
missing doses of lamotrigine, missed 3 antenatal appts. On 18/06 LC
pushed KD into a door frame at 24 wks - police attended, KD did not
support a charge. LC has a 2022 caution for assault on an ex-partner.
Flat is cold and damp, no cot or baby things. KD says she "wants to do
this properly" and has asked for help with the flat.

BABY'S WORLD NOW (what we've seen)
20 wk scan normal, baby growing on track. KD says baby kicks "like mad"
when she plays music at night. Flat was 14 degrees on MA's visit 15/07,
mould in the bedroom, KD sleeping on the sofa. No food in on 2 of 3
visits. KD has kept every appt since ICPC and brought the scan photo to
show MA.

WHAT WE WANT FOR BABY
- born safely, at LGH, with midwives who know the plan
- goes home to a warm flat with a cot, and a mum whose seizures are
  controlled and who has a plan for bathing and feeding safely
- never around shouting, pushing or hitting

PLAN  (chk = how we'll know)
--------------------------------------------------------------------------
WHO  WHAT                                                   WHEN
KD   go to every antenatal appt at LGH and community       every appt
     clinic                                                 (next 05/08)
     chk: hand-held notes signed by JO, seen by MA at each visit

KD   take lamotrigine twice a day from the pharmacy         daily, 8am
     dosette box                                            and 8pm
     chk: pharmacy collection record to MA weekly; TP's blood level

TP   epilepsy review with KD - meds level, seizure diary,   by 15/08/25
     and a written plan for bathing, feeding and            then monthly
     sleeping with baby safely after birth; update to MA
     chk: written epilepsy care plan + seizure diary copy sent to MA

JO   put the plan on the maternity alert system; ward to    by 34 wks
     ring MA when KD comes in to deliver                    (28/08/25)
     chk: email to MA confirming the alert is live

MA   home visits - see KD alone, look at the heating, the   every 2 wks,
     food in, and where baby will sleep; 1 in 3             1 in 3 un-
     unannounced                                            announced
------------------------------------------------------------------ p.1/2
LUDDENMERE CHILDREN'S SERVICES                           PRE-BIRTH CP PLAN
typed from SW notebook (MA) 24/07/2025 - v1                   page 2 of 2
==========================================================================
     (cont.) chk: visit notes give room temp, cot/moses basket, food
     in, and what KD says, every visit

SH   apply to the Household Support Fund + leaving care     apply by
     grant for cot, bedding and 2 oil heaters; chase damp   08/08/25
     repair with Luddenmere Homes
     chk: cot and heaters seen in the flat by MA by 05/09/25; repair
     job number sent to MA

KL   safety plan with KD incl. what she does if LC comes    by 08/08/25
     round; repeat DASH                                     then monthly
     chk: signed safety plan on file, DASH score to MA

LC   Turning the Tide DA programme, 12 wks                  every Mon
                                                            from 04/08
     chk: DW sends MA attendance fortnightly + end of course report

LC   see KD only at the family centre, supervised,          Tues 2-3pm
     until the core group agrees otherwise                  weekly
     chk: family centre contact notes to MA weekly

RH   antenatal contact, then new birth visit incl. safe     32 wks, then
     sleep and ICON                                         day 10-14
     chk: HV record + ICON sheet signed by KD, copy to MA

MA   pre-birth parenting assessment of KD (and LC           report by
     separately), incl. views of TP, JO and SH              19/09/25
     chk: report shared with the core group at CG3

--------------------------------------------------------------------------
IF THINGS GO WRONG
- before birth: if LC goes to KD's flat or contacts her outside the family
  centre, or is violent - KD rings 999, KL and MA told same day, strategy
  discussion same day, police asked to act on the breach.
- after birth: if KD has a seizure while alone with baby, stops her meds,
  or LC has unsupervised contact - strategy discussion same day and baby
  and KD go to the mother and baby foster placement (Luddenmere Fostering,
  agreed with KD); if that isn't possible baby goes to foster carers that
  day under s20.
- baby does not leave LGH until the discharge planning meeting on the
  ward has agreed who is at home with KD for the first 2 weeks.
- if KD is not taking her meds or keeping appts by 36 wks (11/09/25), MA
  asks the team manager for a legal planning meeting within 5 working
  days, so the legal plan is in place before the birth.

MEETINGS
Core group every 4 wks, Luddenmere Family Centre, 10am: 07/08, 04/09,
02/10/2025.  RCPC: 16/10/2025, 2pm, Luddenmere Civic Offices (chair may
bring it forward if baby is born early).

MA 24/07/25 - sent to KD (read through with her + SH), LC, all above
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review plan on a council Word form, half filled in: template prompts
#    left in some cells of the action table and in the review date, a
#    talking-therapy row that only supports, "ongoing", "All agencies",
#    "Monitored", and an adult-only outcome (docx).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_larchwade_rcp3_form_prompts_left_in_mensah.docx",
    "doc_title": "Review Child Protection Plan (RCP3) - Jayden and Efua Mensah",
    "split": "tune",
    "actions": 9,
    "template": "review-cp-plan-council-word-form-rcp3-lettered-sections-square-bracket-prompts-left-in-cells-and-fields-ref-what-by-whom-timescale-how-will-we-know-table",
    "description": (
        "Review plan for a 10-year-old and a 4-year-old (neglect; mother's anxiety and panic attacks "
        "keep her indoors) on a council form filled in in a hurry: square-bracket prompts left in "
        "table cells and in the review conference date. The visiting row has '[Timescale]', the "
        "housing row '[Name and role]' and '[Describe the evidence]', Talking Space only supports the "
        "mother with 'feeling less anxious' as the measure, the parenting course is 'Ongoing', one row "
        "is owned by 'All agencies', school attendance is 'Monitored', and one outcome is the mother's. "
        "Children's words, a specific contingency with a legal step and core group dates are there."
    ),
    "blocks": [
        ("title", "REVIEW CHILD PROTECTION PLAN"),
        ("p", "Larchwade Council – Children's Social Care – Form RCP3 v5. Complete every section. Delete "
              "the guidance in square brackets before sending."),
        ("h2", "Section A – Details"),
        ("kv", [
            ("Children", "Jayden Mensah (10), dob 17/03/2015, Y5 Larchwade St Peter's Primary; "
                         "Efua Mensah (4), dob 02/06/2021, Pipit Lane Nursery"),
            ("Address", "Flat 11, Osier House, Canal Street, Larchwade"),
            ("Parent(s)", "Abena Mensah (mum). Jayden and Efua's father lives in Ghana, phones monthly."),
            ("GP", "[Insert GP name and surgery]"),
            ("Review conference held", "08/07/2025 – plan continues, category neglect"),
            ("Social worker", "Colette Brand, Larchwade Safeguarding Team 1"),
            ("Chair", "Ian Fairlie"),
        ]),
        ("h2", "Section B – Progress since ICPC"),
        ("p", "Abena has kept the flat cleaner and there has been food in on most visits since April. Jayden's "
              "attendance is up from 78% to 86% but he is still late 2–3 days a week, usually when his nan "
              "cannot walk him in. Abena still has panic attacks when she goes out and has not left the "
              "flat alone since May; she says mornings are worst. Efua's nursery attendance is good on "
              "the days Marcia (MGM) takes her. Housing have agreed the flat is overcrowded and damp."),
        ("h2", "Section C – The children's views (REQUIRED)"),
        ("p", "Jayden (seen alone at school 01/07): \"I get Efua's breakfast because Mum's not good in the "
              "mornings. I don't mind but I'm always late and Mr Kenny has a go.\" He would like to go to "
              "cubs again. Efua (seen at nursery 03/07) showed Colette her peg and her painting of \"me and "
              "Nana at the park\"; staff say she is hungry on Mondays and asks for seconds at lunch."),
        ("h2", "Section D – Outcomes"),
        ("bullets", [
            "Jayden gets to school on time every day and no longer has to get Efua ready in the mornings.",
            "Efua has three meals a day and goes to nursery every session.",
            "Abena's anxiety is better managed and she feels more confident leaving the house.",
        ]),
        ("h2", "Section E – The plan"),
        ("p", "[For each action say what, who, by when and how we will know. Link to the outcome in "
              "Section D.]"),
        ("table", {
            "header": ["Ref", "What will be done", "By whom", "Timescale", "How will we know it is working?"],
            "widths": [1.0, 5.4, 3.4, 2.8, 4.4],
            "rows": [
                ["E1", "SW to visit, see Jayden and Efua on their own, check food in the cupboards and "
                       "that school uniform is clean",
                 "SW Colette Brand", "[Timescale]",
                 "Visit record shows both children seen alone and their words written down"],
                ["E2", "Talking Space to offer Abena weekly guided self-help sessions to support her with "
                       "panic attacks and going out",
                 "Larchwade Talking Space (Nia Oduya, PWP)", "Weekly, 8 sessions from 21/07/2025",
                 "Abena feeling less anxious"],
                ["E3", "Abena to attend the Triple P group at Larchwade Family Hub (Tuesday mornings)",
                 "Abena Mensah", "Ongoing",
                 "Certificate of completion copied to the SW"],
                ["E4", "Support with the housing transfer application (damp, 2nd floor, no lift)",
                 "[Name and role]", "by 31/08/2025",
                 "[Describe the evidence]"],
                ["E5", "Share any concern about Jayden or Efua with the SW the same day",
                 "All agencies", "Same day",
                 "Concern logged on the children's file with the time and action taken"],
                ["E6", "Keep track of Jayden's attendance and lateness",
                 "Mr Kenny, DSL, Larchwade St Peter's", "Weekly",
                 "Monitored"],
                ["E7", "Walk Jayden to school and Efua to nursery Monday to Friday while Abena cannot go "
                       "out in the mornings",
                 "Marcia Mensah (MGM)", "Every school day, 8.30am",
                 "School and nursery registers show both children in by 8.55am"],
                ["E8", "Efua's 4-year development check and registration with a dentist",
                 "HV Lisa Grant", "by 15/08/2025",
                 "Check results and dental registration letter sent to the SW"],
                ["E9", "Family support at home: meal planning, a shopping list and a morning routine "
                       "chart with Abena and Jayden",
                 "FSW Dan Hollis, Larchwade Family Hub", "Weekly, Thursdays",
                 "Routine chart on the fridge filled in; food in the cupboards at the SW's visits"],
            ],
        }),
        ("h2", "Section F – Contingency"),
        ("p", "If Jayden or Efua is not in school or nursery by 10am with no phone call, the SW or FSW will "
              "visit that day. If Marcia cannot do the morning walk, the FSW will do it that day. If the "
              "children are found without food, left on their own, or Abena is in crisis, a strategy "
              "discussion will be held the same day and Jayden and Efua will stay with Marcia at Flat 2, "
              "Osier Court; if Marcia cannot have them, the EDT will place them with foster carers that "
              "night."),
        ("p", "If Jayden's attendance is below 90% at the core group on 11/09/2025, or the children are "
              "found on their own again, the SW will ask for a legal planning meeting within 5 working days."),
        ("h2", "Section G – Core group and review"),
        ("kv", [
            ("Core group", "Every 4 weeks at Larchwade St Peter's, 9.15am – 14/08/2025 and 11/09/2025"),
            ("Next review conference", "[Click or tap to enter a date.]"),
        ]),
        ("h2", "Section H – Parent's comments"),
        ("p", "[Parent to complete]"),
    ],
    "findings": [
        F("T001", "SW to visit, see Jayden and Efua on their own"),
        F("H001", "Talking Space to offer Abena weekly guided self-help sessions"),
        F("M002", "Talking Space to offer Abena weekly guided self-help sessions"),
        F("T002", "Abena to attend the Triple P group at Larchwade"),
        F("W001", "Support with the housing transfer application (damp, 2nd floor"),
        F("M001", "Support with the housing transfer application (damp, 2nd floor"),
        F("W002", "Share any concern about Jayden or Efua with"),
        F("M002", "Keep track of Jayden's attendance and lateness"),
        F("F002", "Abena's anxiety is better managed and she feels more confident leaving the house."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group notes typed by the SW: agency updates, then numbered "agreed
#    actions" paragraphs with the owner in brackets at the end; one passive
#    referral, "keep an eye on", a CPN who only supports, "asap",
#    "Professionals", and a contingency that only reviews (pdf).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_lowmarrow_cg_notes_agreed_owner_in_brackets_dunn.pdf",
    "doc_title": "Core Group Notes 2 - Ellis Dunn",
    "split": "tune",
    "actions": 9,
    "template": "core-group-notes-paged-kv-header-numbered-items-agency-update-paragraphs-babys-day-then-typed-5-n-agreed-action-paragraphs-owner-in-brackets-at-end",
    "description": (
        "Second core group notes for a 5-month-old (neglect: bed-sharing, missed immunisations, "
        "mother's depression, partner's temper), typed by the SW with the owner in brackets at the end "
        "of each agreed action. A referral 'to be made' has no agent or measure, the HV is to 'keep an "
        "eye on' the weight, the CPN 'continues supporting' the mother with 'feels better' as the "
        "measure, the partner is to look into anger management 'asap' with no measure, one action "
        "belongs to 'Professionals', and the contingency only reviews and names no legal step."
    ),
    "header": "Lowmarrow Council – Children and Families – CONFIDENTIAL",
    "footer": "CG notes 2 – Ellis Dunn – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Notes"),
        ("kv", [
            ("Child", "Ellis Dunn, dob 11/02/2025 (5 months)"),
            ("Address", "31 Sorrel Walk, Lowmarrow"),
            ("Mum", "Kasey Dunn (20)"),
            ("Mum's partner", "Ryan Tate (24) – lives with Kasey and Ellis, not Ellis's father"),
            ("Plan", "ICPC 12/06/2025 – neglect"),
            ("Meeting", "Core group 2 – 24/07/2025, 1.30pm, Lowmarrow Children's Centre"),
            ("Present", "Kasey Dunn (KD); Ryan Tate (RT); Helen Wray (HW), SW; Jo Fenn (JF), HV; "
                        "Tom Haigh (TH), CPN, Lowmarrow CMHT; Priya Shah (PS), Children's Centre"),
            ("Notes by", "HW"),
        ]),
        ("h2", "1. Actions from CG1"),
        ("p", "Cot delivered 30/06 but still in the living room, not yet used at night – KD says Ellis "
              "\"only settles in with us\". 12-week immunisations given 03/07 (late). KD back on "
              "sertraline since 20/06. RT has not contacted any anger management course. Stair gate "
              "fitted by RT 05/07 (seen by HW)."),
        ("h2", "2. Agency updates"),
        ("p", "HV (JF): Ellis weighed 22/07 at 6.4kg, 25th centile, steady. Has not yet had his 16-week "
              "immunisations. JF saw Ellis in the parents' bed on her visit 15/07 at 11am with KD asleep. "
              "JF went through safe sleep again; KD said she would try the cot."),
        ("p", "CMHT (TH): TH has seen KD three times since CG1. KD says her mood is \"up and down\", she "
              "is taking her tablets most days and has no thoughts of harming herself or Ellis. TH said he "
              "would keep visiting."),
        ("p", "Children's Centre (PS): KD and Ellis came to Baby Chat on 10/07 and 17/07. PS said KD was "
              "quiet but fed and changed Ellis without prompting."),
        ("p", "SW (HW): two visits since CG1, one unannounced (18/07, 9.30am). Flat tidy, food in, Ellis "
              "clean. RT shouted at KD about money while HW was there on 18/07 and left the flat slamming "
              "the door; Ellis startled and cried. KD said RT \"never touches me, he just goes off\"."),
        ("p", "KD said she knows the cot is safer but is \"too tired to keep getting up\". RT said he gets "
              "\"wound up\" when he hasn't slept and would do a course if it was at night."),
        ("h2", "3. Ellis's day"),
        ("p", "Ellis is a smiley baby who watches faces and reaches for KD's hair. He feeds well, has 6–7 "
              "bottles a day, and naps in his bouncer in the living room. At night he sleeps in the parents' "
              "bed between KD and RT. On HW's visit he startled and cried when RT slammed the door and "
              "settled when KD held him against her shoulder and sang."),
        ("h2", "4. Outcomes (from ICPC plan)"),
        ("bullets", [
            "Ellis sleeps on his back in his own cot for every sleep, day and night.",
            "Ellis's immunisations are up to date and he keeps growing along his centile.",
            "Ellis lives in a calm home where he does not hear adults shouting or slamming doors.",
        ]),
        ("h2", "5. Agreed actions"),
        ("p", "5.1  SW to continue fortnightly home visits, at least one unannounced each month; see Ellis "
              "awake and check his bottles; visit record to say where he slept the night before, every visit. (HW)"),
        ("p", "5.2  HV to keep an eye on Ellis's weight at baby clinic every fortnight. (JF)"),
        ("p", "5.3  CPN to continue supporting Kasey with her mood and her medication at home visits "
              "fortnightly; Kasey to say whether she feels better. (TH)"),
        ("p", "5.4  Referral to be made to Lowmarrow Early Help for a family support worker by 08/08/25."),
        ("p", "5.5  Ryan to look into an anger management course asap. (RT)"),
        ("p", "5.6  Kasey to take Ellis for his 16-week immunisations at Lowmarrow Health Centre by "
              "15/08/25; red book to be shown to JF at the next clinic. (KD)"),
        ("p", "5.7  Professionals to let the SW know the same day of any worry about Ellis's care, and "
              "add it to the chronology."),
        ("p", "5.8  Kasey and Ryan to move the cot into their bedroom and stop bed-sharing with Ellis from "
              "tonight; SW and HV to see the cot made up and slept in at every visit. (KD/RT)"),
        ("p", "5.9  Safe sleep and ICON session at home with Kasey and Ryan together by 01/08/25; signed "
              "ICON sheet kept on the HV record. (JF)"),
        ("h2", "6. Contingency"),
        ("p", "If there are any further concerns about Ellis's care or the plan is not being followed, the "
              "core group will meet to review the plan and consider next steps."),
        ("h2", "7. Next meetings"),
        ("p", "Next core group 21/08/2025, 1.30pm, Lowmarrow Children's Centre, then every 4 weeks. Review "
              "child protection conference 04/09/2025, 10am, Lowmarrow Civic Centre."),
        ("p", "Notes typed by HW 25/07/25 – please tell me of any corrections by 01/08."),
    ],
    "findings": [
        F("M002", "HV to keep an eye on Ellis's weight"),
        F("H001", "CPN to continue supporting Kasey with her mood"),
        F("M002", "CPN to continue supporting Kasey with her mood"),
        F("W001", "Referral to be made to Lowmarrow Early Help"),
        F("M001", "Referral to be made to Lowmarrow Early Help"),
        F("T002", "Ryan to look into an anger management course asap"),
        F("M001", "Ryan to look into an anger management course asap"),
        F("W002", "Professionals to let the SW know the same day"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan copied forward and updated in capitals at core group 3 while
#    the family moves to another council: numbered actions with who / when /
#    know lines and CAPS update lines; work parked for the new council,
#    "as and when", "engagement", "monitored", "core group" with no date,
#    review conference left to the receiving council (txt).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_lirrington_icpc_plan_copied_caps_updates_move_hale.txt",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-copied-forward-txt-updates-typed-in-caps-at-core-group-numbered-actions-who-when-know-lines-update-lines-family-moving-council",
    "description": (
        "ICPC plan for a 7-year-old and a 3-year-old (mother on a methadone script with lapses to "
        "heroin) copied forward by the SW with updates typed in capitals at core group 3, while the "
        "family moves to another council. SW visits carry on to the transfer-in conference, but the "
        "parenting assessment is left to the new council 'date TBC' and the SALT referral is on hold "
        "for the new HV; the mother's group is 'as and when' with 'engagement' as the measure; the "
        "nursery 'monitors'; 'Core group' keeps the chronology with no timescale; and the review "
        "conference is left to the receiving council."
    ),
    "text": """\
LIRRINGTON CITY COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - Skye HALE (7) + Harley HALE (3)

*** COPIED FROM ICPC PLAN 10/04/2025 - UPDATES IN CAPS AT CORE GROUP 3,
*** 31/07/2025 (TR). OLD TEXT LEFT IN SO EVERYONE CAN SEE WHAT CHANGED.

Skye Hale ...... dob 22/01/2018, Y2 Millbank Primary
Harley Hale .... dob 09/05/2022, Pipit Lane Nursery (30 hrs)
Mum ............ Stella Hale (29), 40 Cooper Street, Lirrington
Nan ............ Pauline Hale (MGM), 6 Dyer's Row, Lirrington
SW ............. Tom Reyes (TR), Lirrington CP Team 3
Category ....... neglect
MOVE: FAMILY MOVING TO BRACKMOOR CITY COUNCIL AREA 25/08/2025 (HOUSING
ASSOCIATION TENANCY SIGNED 28/07). TRANSFER REQUEST SENT 30/07.

WHY THERE IS A PLAN (from ICPC)
Stella has used heroin on and off since 2019 and has been on a methadone
script since 2023. In March police found Harley (then 2) alone in the
flat for about an hour while Stella was out scoring; Skye was at school.
Needles were found in a kitchen drawer Harley could reach. Skye has been
late or absent 1 day in 4 and told school "Mum's always asleep".
STELLA HAS HAD 1 POSITIVE TEST FOR HEROIN SINCE ICPC (19/06). NO MORE
NEEDLES FOUND. SKYE'S ATTENDANCE UP TO 93%.

WHAT SKYE AND HARLEY SAY
Skye (ICPC): "I like it when Nan does my hair. Mum sleeps a lot."
SKYE SEEN ALONE 24/07: "MUM'S BETTER, SHE GETS UP NOW. I DON'T WANT TO
MOVE SCHOOLS, I'LL MISS AMELIA." SHE SCALED HOME 8/10.
Harley: too young to say much. Nursery say he arrives hungry some days
and clings to Nan at drop-off. HARLEY NOW CHATTY, SAYS "NANA" AND "MUMMY
HOME" - PLAYS HOUSES WITH THE DOLLS, PUTS THE MUMMY DOLL TO BED.

OUTCOMES (from ICPC - no change)
- Skye and Harley are always looked after by a sober adult who is awake.
- Harley is never left on his own and cannot get to needles or drugs.
- Skye gets to school on time every day.

ACTIONS
1. Home visits - see Skye alone, see Harley, check the drawers and bins
   who:  SW Tom Reyes
   when: fortnightly, 1 unannounced a month
   know: visit records with Skye's words and what was checked
   UPDATE: 6/6 DONE. CONTINUES UNTIL BRACKMOOR TRANSFER-IN CONFERENCE.

2. Keywork, urine screens, and a written report to each core group on
   Stella's use and what it means for her care of Skye and Harley
   who:  Jodie Marr, Lirrington Recovery Service
   when: weekly screens, report before each CG
   know: screen results + report read at CG
   UPDATE: REPORT FOR CG3 RECEIVED. ALL SCREENS CLEAR SINCE 19/06.

3. Methadone - supervised consumption at Boots, Mill Street
   who:  Stella
   when: daily
   know: pharmacy record sent to SW fortnightly
   UPDATE: NO MISSED DOSES SINCE 19/06.

4. Stella to engage with Lirrington Recovery's women's group
   who:  Stella
   when: as and when she feels able
   know: engagement
   UPDATE: HAS BEEN TWICE.

5. Parenting assessment of Stella (was SW, by 31/07)
   who:  Brackmoor Children's Services
   when: NOW AFTER THE MOVE - DATE TBC
   know: assessment report to conference
   UPDATE: NOT STARTED - CASE MOVING, SO TO BE DONE BY BRACKMOOR SW
   ONCE TRANSFERRED.

6. Speech and language referral for Harley (few words, ICPC)
   who:  HV Rachel Penn
   when: by 30/05/2025
   know: SALT acceptance letter on file
   UPDATE: ON HOLD - NEW HV IN BRACKMOOR TO RE-REFER ONCE FAMILY HAS
   MOVED.

7. Nursery to keep checking Harley's attendance and how he presents
   who:  Pipit Lane Nursery (Mrs Okafor)
   when: daily
   know: monitored
   UPDATE: AS BEFORE.

8. Weekly check-in with Skye, anything about home to SW same day
   who:  Mrs Dean, DSL, Millbank Primary
   when: every Monday in term
   know: DSL log emailed to SW each Monday
   UPDATE: SKYE TALKS TO MRS DEAN MOST WEEKS. MRS DEAN TO SEND THE DSL
   FILE TO THE NEW SCHOOL BY 29/08.

9. Have Skye and Harley every Saturday night, and pick Skye up from
   school Tue + Thu
   who:  Pauline Hale (Nan)
   when: every Sat night; Tue + Thu 3.15pm
   know: Nan's calendar seen by SW; school pick-up log
   UPDATE: GOING WELL. PAULINE WILL STILL HAVE THEM SAT NIGHTS AFTER
   THE MOVE (20 MINS BY BUS).

10. Keep the chronology up to date and send it to Brackmoor
   who:  Core group
   when: -
   know: chronology on the children's file and copy sent

CONTINGENCY (from ICPC, Pauline line added at CG2)
If Stella is found under the influence, misses her methadone 2 days in a
row, or either child is found alone: SW (EDT out of hours) holds a
strategy discussion the same day and the children go to Pauline's.
If Pauline can't have them, the children go together to foster carers
that day under s20. IF STELLA HAS ANOTHER POSITIVE TEST FOR HEROIN
BEFORE THE TRANSFER-IN CONFERENCE, TR ASKS THE TEAM MANAGER FOR A LEGAL
PLANNING MEETING WITHIN 5 WORKING DAYS.

MEETINGS
Core group every 4 weeks, Millbank Primary 9.30am: next 14/08/2025 (last
one in Lirrington).
RCPC: TO BE ARRANGED BY BRACKMOOR AFTER TRANSFER - DATE TBC.

TR 31/07/2025
""",
    "findings": [
        F("T002", "Stella to engage with Lirrington Recovery's women's group"),
        F("M002", "Stella to engage with Lirrington Recovery's women's group"),
        F("X001", "Parenting assessment of Stella (was SW, by 31/07)"),
        F("T002", "Parenting assessment of Stella (was SW, by 31/07)"),
        F("X001", "Speech and language referral for Harley (few words, ICPC)"),
        F("M002", "Nursery to keep checking Harley's attendance and how he presents"),
        F("W002", "Keep the chronology up to date and send it to Brackmoor"),
        F("T001", "Keep the chronology up to date and send it to Brackmoor"),
        F("R001"),
    ],
})
