"""Batch 23, module 1: seven fictional plans (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus of this module: plans whose actions are bullet or numbered lists in
many shapes (nested labelled and unlabelled who / when / how lines, lists
grouped under each person, lists under outcome and theme sub-headings, owner
and date in brackets or after a dash, wrapped continuation lines), mixed with
lists that are not actions (worries, strengths, the child's words, agency
updates, decisions already taken).
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. RCPC plan, numbered bold actions with nested labelled Who / When /
#    How we'll know bullets (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_bessingvale_rcpc_nested_who_when_know_carver.md",
    "split": "tune",
    "template": "rcpc-numbered-bold-actions-nested-labelled-who-when-how-we-know-bullets-md",
    "description": (
        "Exemplary review CP plan for a 9-year-old and a 2-year-old (mother's alcohol misuse and "
        "depression). Bulleted worries, strengths, the children's words and conference decisions, then "
        "numbered bold actions each with nested 'Who / When / How we'll know' bullets: named owners, real "
        "timescales, observable measures, the recovery service and an adult mental health psychologist "
        "owning actions (capacity to change reported), grandmother's support with a fallback, core group "
        "and review dates, legal planning meeting."
    ),
    "text": """\
# Bessingvale Borough Council – Children's Services

## Child protection plan – agreed at the review conference, 06/05/2025

**Children:** Tyler Carver (9, DOB 21/02/2016) and Skye Carver (2 years 4 months, DOB 11/01/2023)
**Living with:** Leanne Carver (mum), 14 Rushmoor Close, Bessingvale
**Dads:** Tyler's dad, Jason Pike, has had no contact for five years. Skye's dad, Ryan Doyle, sees Skye at her nan's on Sunday afternoons.
**Category:** Neglect
**Social worker:** Marcus Obi · **Team manager:** Helen Akers · **Chair (IRO):** Deborah Lyle

---

### What we're still worried about

- Between October and February Leanne was drinking heavily most evenings. Twice Tyler got himself and
  Skye dressed for school and nursery because he could not wake his mum.
- Leanne has had depression since 2021. She stopped her sertraline in the autumn and restarted it in March.
- Skye's 2-year review (April) found her speech is behind – she has about 10 words.
- Tyler was late to school on 11 days last term and his teacher says he is quiet and tired.

### What's going well

- Every breath test at the Recovery Service since 3 March has been clear.
- Pauline Carver (Leanne's mum) has collected the children every Tuesday and Thursday since January
  without missing one.
- Tyler has been late only twice this half term.
- Leanne went to all six sessions of the Step Up parenting group and talks about what she learned.

### What Tyler and Skye are telling us

- Tyler, seen on his own at school on 29/04/2025: "Mum's better now, she gets up and does breakfast."
- "I still check on her sometimes when she's in bed, just in case."
- He wants Nan to "keep doing Tuesdays" and wants to join the Saturday football club with his friend Kai.
- He scored how safe home feels as 7 out of 10. In January he said 3.
- Skye (seen at home on 24/04 and at nursery on 28/04) ran to Leanne for a cuddle, ate all her tea,
  babbled and pointed at the things she wanted. At nursery she plays next to other children but rarely
  uses words.

### What the conference decided

- Tyler and Skye stay on child protection plans under the category of neglect.
- Pauline stays the family's agreed safe carer if the children cannot stay at home.
- The plan below replaces the plan from the initial conference on 04/02/2025.

### What we want for Tyler and Skye

- Tyler and Skye wake up every day to a sober mum who gets them up, fed and to school and nursery on time.
- Tyler does not have to look after Skye or check on his mum, and has time for football and his friends.
- Skye's talking catches up and she is ready to start pre-school in September.

### Who is doing what

1. **See Tyler on his own and Skye at home, and check the bedrooms and the food in the kitchen**
   - Who: Marcus Obi (SW)
   - When: every 2 weeks, at least one visit a month unannounced; next visit 13/05/2025
   - How we'll know: visit notes record what Tyler said on his own, that Skye was seen awake, and what food was in
2. **Breath tests and key-work sessions for Leanne, with the results sent to the SW**
   - Who: Jade Kinsella, key worker, Bessingvale Recovery Service
   - When: weekly (Wednesdays) until the review conference
   - How we'll know: results emailed to Marcus every Friday; every reading is zero
3. **Fortnightly sessions with Leanne on her low mood, and a written view on whether she can keep the changes going for the children**
   - Who: Dr Sunil Varma, clinical psychologist, Bessingvale Adult Mental Health Team
   - When: sessions every 2 weeks; report by 20/06/2025, update before each core group after that
   - How we'll know: report to the core group on Leanne's capacity to sustain the changes, what still has to change and how long that is likely to take
4. **Check Leanne is collecting her sertraline and review her medication, so she stays well enough to get the children up each morning**
   - Who: Dr Amrit Gill (GP), Rushmoor Medical Practice
   - When: monthly; next review 16/05/2025
   - How we'll know: GP letter to Marcus each month confirming the prescription was collected and reviewed
5. **Get Tyler to school by 8.45am and Skye to nursery by 9.15am**
   - Who: Leanne
   - When: every school and nursery day
   - How we'll know: school and nursery registers, sent to Marcus every 2 weeks, show both children in on time on at least 9 days out of 10
6. **Collect the children after school on Tuesdays and Thursdays for tea at Nan's, and ring Marcus if Leanne seems to have been drinking**
   - Who: Pauline Carver (MGM)
   - When: every Tuesday and Thursday; any phone call the same day
   - How we'll know: school pick-up book signed by Pauline; Marcus logs every call on the children's file
7. **Refer Skye to speech and language therapy and show Leanne a home talking programme**
   - Who: Beth Sandle (HV)
   - When: referral by 16/05/2025; home visit to go through the programme by 30/05/2025
   - How we'll know: SALT acceptance letter on file; Skye's word count at her 30-month check (aiming for 50 words)
8. **Weekly check-in with Tyler at school, passing on anything he says about home**
   - Who: Mrs Nadia Fenwick (DSL), St Aidan's Primary
   - When: every Monday morning
   - How we'll know: check-in notes sent to Marcus every 2 weeks; any worry passed on the same day
9. **Sign Tyler up for Saturday football and sort out the fees and kit**
   - Who: Leanne, with Rhys Wynne (FSW)
   - When: by 31/05/2025
   - How we'll know: Tyler is on the club register and the coach's sign-in sheet shows him at most Saturday sessions

### If things go wrong

- **If** Leanne has a positive breath test, misses two Recovery Service appointments in a row, or is found
  drunk or unable to wake while she is looking after the children, **then** Marcus (or the emergency duty
  team out of hours) will visit the same day and hold a strategy discussion, and Tyler and Skye will go to
  stay with Pauline that day.
- **If** Pauline cannot have the children, or cannot keep up the Tuesday and Thursday pick-ups, **then**
  Marcus will arrange an emergency foster placement for Tyler and Skye together the same day, and
  St Aidan's after-school club (paid for by children's services) will take over the pick-up days from the
  next school day.
- **If** either of these happens, or the psychologist's report says Leanne is unlikely to sustain the
  changes, Marcus will ask Helen Akers (TM) for a legal planning meeting within 5 working days.

### When we'll meet

- Core group: every 4 weeks – 20/05/2025, 17/06/2025 and 15/07/2025, 4pm at St Aidan's Primary.
- Review child protection conference: 04/08/2025, 10am, Bessingvale Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. HV-typed plan, numbered items "what - who - when - how we will know"
#    run together with dashes and wrapped continuation lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_brackleholt_hv_wrapped_dash_list_ansah.txt",
    "split": "tune",
    "template": "hv-typed-plan-numbered-what-who-when-know-dash-runs-wrapped-lines-txt",
    "description": (
        "ICPC plan for a 9-week-old preterm baby (neglect; mother's postnatal depression, father's "
        "cannabis use), typed by the health visitor: numbered worries, good things, what was seen of "
        "Ruby's day and decisions, then twelve numbered actions with what - who - when - how run together "
        "with dashes and wrapped lines. Perinatal nurse only supports ('feels better'), 'asap' and "
        "'engagement', a family friend's row with no measure, a passive repair row, 'when a place comes "
        "up', 'All professionals'; one adult outcome; great-aunt's nights with no fallback; review "
        "conference date to be confirmed."
    ),
    "text": """\
BRACKLEHOLT COUNCIL                                 CHILDREN'S SERVICES
CHILD PROTECTION PLAN - agreed at initial conference 08/05/2025
----------------------------------------------------------------------
Baby:      Ruby ANSAH   born 02/03/2025 at 32 weeks (9 weeks old,
           about 1 month corrected)
Mum:       Abena Ansah (19) - care leaver, PA Joe Tully
Dad:       Kofi Mensah (21) - stays at the flat most nights
Address:   Flat 3, 28 Kestrel Walk, Brackleholt
Category:  Neglect
SW:        Daniel Frimpong     HV: Grace Lamptey (lead health prof)
Typed up by G Lamptey (HV) from the conference notes, 09/05/2025
----------------------------------------------------------------------

WHY RUBY HAS A PLAN
Ruby came home from the special care baby unit at Brackleholt General
on 14/04/2025. Since then she has lost weight at two weighs, and on
29/04 I found her asleep on the sofa between two cushions while Abena
and Kofi were asleep in the bedroom. The flat smelt strongly of
cannabis on three of my visits. Abena was diagnosed with postnatal
depression by her GP on 22/04/2025 and has started sertraline.

WORRIES RAISED AT CONFERENCE
  1. Ruby's weight dropped from the 9th centile to below the 2nd in
     three weeks.
  2. Unsafe sleep - on the sofa with cushions, and in the big bed
     with both parents.
  3. Kofi smokes cannabis in the flat and has been "too out of it"
     to wake for night feeds (Abena's words).
  4. Abena told her GP that on some days she "can't feel anything"
     for Ruby.
  5. Damp and black mould on the wall by Ruby's cot.

GOOD THINGS
  1. Abena has kept every SCBU follow-up appointment.
  2. Both parents want to learn and asked me to show them how to make
     up feeds properly.
  3. Abena's aunt Efua lives two streets away and has offered to help
     with nights.
  4. Abena's former foster carer, Pat Lowe, still sees her every week.

WHAT WE HAVE SEEN OF RUBY'S DAY
  - At my visit on 06/05 Ruby took 90ml in 20 minutes, then settled on
    Abena's chest and slept.
  - She startles and cries when the TV is loud; Kofi turned it down
    when asked.
  - She was in the same sleepsuit on two visits three days apart and
    had nappy rash.
  - Efua says Ruby "sleeps like an angel" in the Moses basket at her
    house.

DECISIONS MADE AT CONFERENCE
  - Ruby is to have a child protection plan under the category of
    neglect.
  - Grace Lamptey (HV) is the lead health professional.
  - The first core group is set for 22/05/2025.

WHAT WE WANT FOR RUBY
  a. Ruby gains weight steadily and is back on the 9th centile by the
     review conference.
  b. Ruby sleeps safely, on her back in her own Moses basket, for
     every sleep.
  c. Ruby is cared for by parents who are awake, sober and able to
     respond when she cries.
  d. Abena's mood improves and she feels able to cope.
  e. Ruby's bedroom is dry and free of mould.

WHAT EVERYONE IS GOING TO DO
(what - who - when - how we will know)

 1. Weigh Ruby at home and plot her weight on her chart - HV Grace
    Lamptey - weekly until 16 weeks corrected, then fortnightly -
    weight plotted in the red book and emailed to SW, on or above
    the 2nd centile and rising.
 2. Feed Ruby every 3 hours day and night and fill in the feed
    chart - Abena and Kofi - every feed - feed chart on the fridge
    checked by the HV and SW at each visit.
 3. Put Ruby down on her back in her Moses basket for every sleep,
    never on the sofa or in the big bed - Abena and Kofi - every
    sleep, day and night - HV and SW see the Moses basket in use and
    sign the safe sleep checklist at each visit.
 4. Support visits to Abena for her low mood - perinatal mental
    health nurse Sandra Kerr - fortnightly - Abena feels better in
    herself.
 5. Stop smoking cannabis in the flat and get help from Bridgeway
    drug service - Kofi - asap - engagement.
 6. Unannounced home visits, seeing Ruby awake and undressed for a
    skin check - SW Daniel Frimpong - weekly - visit records show
    Ruby seen, handled and checked at every visit.
 7. Stay over on Tuesday and Friday nights and do the night feeds so
    Abena can sleep - Efua Ansah (great-aunt) - every Tuesday and
    Friday night - feeds written on the feed chart in Efua's name.
 8. Have Ruby at her house on Saturday afternoons to give Abena and
    Kofi a rest - Pat Lowe (Abena's former foster carer) - every
    Saturday, 1pm to 5pm.
 9. Damp and mould in Ruby's bedroom to be reported to Brackleholt
    Homes and chased until fixed - by 30/05/2025 - repair job number
    and a photo of the finished wall sent to SW.
10. Ruby's 8-week immunisations (missed) and 12-week immunisations -
    practice nurse, Larkside Surgery - 8-week by 23/05/2025, 12-week
    by 20/06/2025 - red book and GP record updated.
11. Go to the Baby Steps course at Hazelmere Children's Centre -
    Abena and Kofi - when a place comes up - certificate of
    completion.
12. Share any worry about Ruby's care with the SW straight away -
    All professionals - same day - worry logged on Ruby's file with
    what was done.

IF THINGS GO WRONG
If Ruby loses weight at two weighs in a row, is found asleep on the
sofa or in the big bed again, or either parent is found under the
influence of cannabis while looking after her alone, the SW (or EDT
out of hours) will visit the same day and hold a strategy discussion.
Ruby and Abena will go to stay with Efua at 12 Linnet Road while this
happens. If there is no real improvement in Ruby's weight and sleep
by the review conference, the SW will ask the team manager for a
legal planning meeting.

MEETINGS
Core group: every 4 weeks - 22/05/2025, 19/06/2025, 17/07/2025
            (Hazelmere Children's Centre, 10am)
Review child protection conference: date to be confirmed by the
            conference team (within 3 months)

cc: Abena Ansah, Kofi Mensah, Dr P Wood (GP), S Kerr (PMHT),
    J Tully (leaving care PA), Hazelmere CC
""",
    "findings": [
        F("H001", "Support visits to Abena for her low mood"),
        F("M002", "Support visits to Abena for her low mood"),
        F("T002", "Stop smoking cannabis in the flat and get help from Bridgeway"),
        F("M002", "Stop smoking cannabis in the flat and get help from Bridgeway"),
        F("M001", "Have Ruby at her house on Saturday afternoons"),
        F("W001", "Damp and mould in Ruby's bedroom to be reported to Brackleholt Homes"),
        F("T002", "Go to the Baby Steps course at Hazelmere Children's Centre"),
        F("W002", "Share any worry about Ruby's care with the SW straight away"),
        F("F002", "Abena's mood improves and she feels able to cope."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes: updates, children's words and decisions as bullets,
#    then actions as bullets grouped under "Samina will:", "School will:" ...
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_bunnerworth_core_group_will_lists_hussain.docx",
    "doc_title": "Core Group Meeting - Hussain children",
    "split": "tune",
    "template": "core-group-minutes-updates-decisions-then-action-bullets-grouped-under-person-will-lines",
    "description": (
        "Core group minutes for three children on a domestic abuse plan (mother's anxiety): agency "
        "updates, the children's words and today's decisions as bullets, then actions as bullets under "
        "bold 'Samina will:', 'Nani will:', 'School will:', 'Everyone will:' lines. Grandmother's two rows "
        "with no measure (one 'as and when'), an assessment with no output, 'keep an eye on' with no "
        "timescale, a counsellor who only supports, 'ongoing', 'Everyone'; contingency sends the children "
        "to Nani with no fallback; no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting"),
        ("p", "Bunnerworth Children's Services – Safeguarding and Family Support Team"),
        ("kv", [
            ("Children", "Aisha Hussain (11), Bilal Hussain (7), Zara Hussain (3)"),
            ("Date and place", "Tuesday 03/06/2025, 1.30pm, Bunnerworth Family Hub, Room 4"),
            ("Plan", "Child protection plan from the initial conference on 11/03/2025 – category: emotional abuse"),
            ("Present", "Samina Hussain (mum); Sophie Grant (SW, chair); Mrs Denise Lyons (DSL, Bunnerworth Park "
                        "Primary); Yasmin Aziz (HV); Claire Dunmore (counsellor, Bunnerworth Wellbeing Service); "
                        "DC Rob Hollins (Police DA Unit); Rukhsana Qureshi (Nani, maternal grandmother)"),
            ("Not present", "Tariq Hussain (dad) – not invited, by agreement, because of his bail conditions; "
                            "Sophie met him separately on 30/05/2025"),
            ("Notes", "Kelly Barr, business support"),
        ]),
        ("h2", "1. What the plan is for (outcomes from the initial conference)"),
        ("bullets", [
            "Aisha, Bilal and Zara live at home without shouting, threats or violence, and feel safe there.",
            "The children only see their dad when it is safe and supervised, and come back from contact settled.",
            "Aisha stops worrying about keeping her mum and the little ones safe and gets back to her after-school clubs.",
        ]),
        ("h2", "2. Updates from everyone"),
        ("bullets", [
            "Samina: the house has been calm. Tariq has not come to the house since his bail conditions were set "
            "on 14/03. She finds the evenings hard on her own and says her anxiety is \"up and down\".",
            "School (DL): attendance this term is 96% for Aisha and 91% for Bilal. Bilal has hit out at other "
            "children twice at lunchtime. Aisha has stopped going to netball club.",
            "Health (YA): Zara's 3-year check is due. She has had three ear infections since Christmas and her "
            "speech is hard to understand.",
            "Wellbeing Service (CD): Samina has come to 7 of 8 counselling sessions.",
            "Police (RH): Tariq's bail has been extended to 15/07/2025. There have been no call-outs to the "
            "address since March.",
            "Nani: has collected Bilal and Zara every Monday and Wednesday and is happy to carry on.",
            "Social work (SG): Tariq started the Choices programme on 21/05 and has been to both sessions so far. "
            "Supervised contact has gone ahead on 4 of 6 Saturdays; Tariq cancelled the other two on the morning.",
        ]),
        ("h2", "3. What the children have said"),
        ("bullets", [
            "Aisha (seen on her own at school, 27/05): \"It's quieter now. I still listen at night in case Dad "
            "comes.\" She wants to go back to netball \"when I'm not so tired\".",
            "Bilal (at home, 27/05) drew his family with Dad \"far away in a car\". He said he gets \"angry in my "
            "tummy\" at lunchtimes and doesn't know why.",
            "Zara (seen at nursery and at home): chatty with Nani, clings to Samina at drop-off, and points at "
            "what she wants rather than asking.",
        ]),
        ("h2", "4. Decisions today"),
        ("bullets", [
            "The core group agreed the plan is helping, but the children should stay on child protection plans "
            "until the review conference.",
            "The category stays as emotional abuse.",
            "Contact with Tariq stays supervised at the contact centre on Saturdays; no change was agreed.",
        ]),
        ("h2", "5. Actions – who will do what"),
        ("boldp", "Samina will:"),
        ("bullets", [
            "Ring 999 straight away if Tariq comes to the house or contacts her, and tell Sophie the same day "
            "(the police log and Sophie's case notes will show it).",
            "Take Zara to her hearing test at Bunnerworth Hospital on 17/06/2025 and give Yasmin a copy of the letter.",
            "Start the Freedom Programme at the Family Hub on Thursday 12/06/2025 and go to all 12 sessions "
            "(attendance sheet sent to Sophie).",
        ]),
        ("boldp", "Tariq will (agreed with Sophie on 30/05/2025):"),
        ("bullets", [
            "Go to every Wednesday session of the Choices programme until it ends on 27/08/2025; the programme "
            "worker will send a written progress report to each core group.",
            "Arrive on time for each Saturday contact at the Family Contact Centre, or cancel at least 24 hours "
            "ahead (contact centre attendance record).",
        ]),
        ("boldp", "Nani (Rukhsana Qureshi) will:"),
        ("bullets", [
            "Collect Bilal and Zara from school and nursery on Mondays and Wednesdays.",
            "Have the children to stay over as and when Samina needs a break.",
        ]),
        ("boldp", "Sophie Grant (SW) will:"),
        ("bullets", [
            "Visit the children at home every 2 weeks, seeing Aisha and Bilal on their own, and write down what "
            "each child says in the visit notes.",
            "Update the assessment of Samina's parenting and the children's needs before the review conference.",
            "Refer Aisha to the Your Space group for young people by 20/06/2025 (place confirmed in writing).",
        ]),
        ("boldp", "School (Mrs Lyons) will:"),
        ("bullets", [
            "Keep an eye on Aisha and Bilal in school and pass anything on to Sophie.",
            "Give Bilal a place in the lunchtime nurture group every day from 09/06/2025 and log any hitting "
            "incidents, sent to Sophie every Friday.",
        ]),
        ("boldp", "Yasmin Aziz (HV) will:"),
        ("bullets", [
            "Do Zara's 3-year development check at home by 30/06/2025 and send Sophie the scores.",
        ]),
        ("boldp", "Claire Dunmore (Wellbeing Service) will:"),
        ("bullets", [
            "Carry on weekly counselling sessions with Samina for her anxiety.",
        ]),
        ("boldp", "Police (DC Hollins) will:"),
        ("bullets", [
            "Keep the domestic abuse warning marker on the address, ongoing, and confirm this to Sophie in writing.",
        ]),
        ("boldp", "Everyone will:"),
        ("bullets", [
            "Tell Sophie the same day about any worry about the children, so it is logged on their file.",
        ]),
        ("h2", "6. If things go wrong"),
        ("p", "If Tariq comes to the house, breaks his bail conditions or contacts Samina or the children, Samina "
              "will ring 999 and the police will attend. Sophie (or the emergency duty team out of hours) will "
              "hold a strategy discussion the same day, and the children will go to stay with Nani at 6 Orchard "
              "Row until it is safe for them to go home."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Core group: every 6 weeks – next on 15/07/2025, 1.30pm, Bunnerworth Family Hub.",
            "Review child protection conference: 09/09/2025, 10am, Bunnerworth Town Hall.",
        ]),
        ("p", "Minutes to be circulated to all present within 5 working days."),
    ],
    "findings": [
        F("M001", "Collect Bilal and Zara from school and nursery on Mondays"),
        F("T002", "Have the children to stay over as and when"),
        F("M001", "Have the children to stay over as and when"),
        F("M001", "Update the assessment of Samina's parenting and the children's needs"),
        F("T001", "Keep an eye on Aisha and Bilal in school"),
        F("M002", "Keep an eye on Aisha and Bilal in school"),
        F("H001", "Carry on weekly counselling sessions with Samina for her anxiety"),
        F("M001", "Carry on weekly counselling sessions with Samina for her anxiety"),
        F("T002", "Keep the domestic abuse warning marker on the address, ongoing"),
        F("W002", "Tell Sophie the same day about any worry about the children"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan, numbered steps under outcome sub-headings with lead and
#    timescale in brackets and the measure after a dash; PDF with header and
#    page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_bilstowe_prebirth_outcome_steps_brackets_kowal.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Marta Kowal",
    "split": "tune",
    "template": "prebirth-outcome-subheadings-numbered-steps-lead-and-date-in-brackets-know-after-dash-paged",
    "description": (
        "Exemplary pre-birth plan (father on a methadone script after a heroin lapse; 6-year-old sister) "
        "with a header and page footer: bulleted decisions, strengths and Lena's words, then numbered steps "
        "under three outcome sub-headings with lead and timescale in brackets and the measure after a dash. "
        "Drug service owns testing and a prognosis report, grandmother's nights with a foster-care "
        "fallback, specific triggers, core group and review dates, legal planning meeting and PLO."
    ),
    "header": "OFFICIAL – SENSITIVE | Bilstowe Council Children's Services | Ref BCS/PB/25/0612",
    "footer": "Pre-birth plan – Baby of Marta Kowal – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Marta Kowal, due 18/08/2025 (28 weeks at conference)"),
            ("Sister", "Lena Kowal, born 02/02/2019 (6 years), Year 1 at Greystones Primary"),
            ("Mother", "Marta Kowal (26)"),
            ("Baby's father", "Dean Hollis (30), lives with Marta and Lena at 9 Weir Street, Bilstowe"),
            ("Conference", "Pre-birth initial child protection conference, 27/05/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Sandhu · Team manager: Gareth Lund"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Dean used heroin for eight years. He has had a methadone prescription from Bilstowe Drug and "
              "Alcohol Service (BDAS) since October 2024, but he used heroin again in February 2025 and Lena "
              "found a used needle in the bathroom bin. Marta did not tell anyone about the lapse until school "
              "asked about something Lena had said. A newborn in this home could be exposed to drugs, needles "
              "or methadone left within reach, and could be cared for by an adult too sedated to respond."),
        ("h1", "What the conference decided"),
        ("bullets", [
            "Lena and the unborn baby will both be subject to child protection plans under the category of "
            "neglect; the baby's plan starts at birth.",
            "Dean and Marta agreed the plan and signed the written agreement at the end of the conference.",
            "Carol Hollis (Dean's mother) was agreed as the family's safe carer after her viability assessment "
            "on 16/05/2025.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Every drug test since 10/03/2025 has been clear of heroin, and Dean takes his methadone at Hale "
            "Pharmacy every day under supervision.",
            "Marta has gone to every antenatal appointment and has stopped smoking.",
            "Lena's attendance is 99% and her teacher says she is happy and doing well.",
            "Carol lives on the same road and has looked after Lena every Friday for two years.",
        ]),
        ("h1", "What Lena says, and what we know of the baby's world"),
        ("bullets", [
            "Lena, seen on her own at school on 20/05/2025: \"I'm going to be the big sister. I will do the "
            "bottle.\" She said she \"didn't like\" the needle in the bin and \"told Mrs Patel\".",
            "She said she feels safe at home and at Nanna Carol's, and that Daddy \"sometimes goes sleepy on the "
            "sofa\". She would like Nanna Carol to \"come for sleepovers when the baby comes\".",
            "The baby: the 20-week scan was normal. The flat is warm and clean and there is a cot, but Dean's "
            "methadone is kept in a kitchen cupboard at Lena's height with no lock.",
        ]),
        ("pagebreak",),
        ("h1", "The plan"),
        ("p", "The steps are grouped under what we want for the baby and Lena. The lead person and the timescale "
              "are in brackets; how we will know comes after the dash."),
        ("h2", "Outcome A: the baby and Lena live in a home free of heroin and street drugs, with methadone locked away"),
        ("numbers", [
            "Give a urine sample at every key-work appointment and keep to supervised methadone (Dean, with BDAS "
            "key worker Tom Reilly; weekly until the baby is 6 months old) – results sent to Priya before each "
            "core group; every test clear of heroin and other opiates.",
            "Report to the core group on Dean's treatment, whether he can stay off heroin once the baby is born "
            "and the early signs that he is slipping (Tom Reilly, BDAS; report by 25/07/2025, then an update "
            "before each core group) – written report on the baby's file.",
            "Fit a lockable medicine box high up in the kitchen and keep the methadone in it (Dean; by "
            "13/06/2025) – Priya sees the box locked, with Dean holding the key, at every visit.",
            "Visit the flat, check the bathroom and bedrooms for drug-taking equipment and see Lena on her own "
            "(Priya Sandhu, SW; every 2 weeks until the birth, then weekly, at least one visit a month "
            "unannounced) – visit records note what was seen and what Lena said.",
        ]),
        ("h2", "Outcome B: the baby is born safely and only goes home when a safe plan is in place"),
        ("numbers", [
            "Write a birth and discharge plan, including observation for withdrawal and who stays with Marta on "
            "the ward (Gemma Tate, safeguarding midwife; by 25/07/2025, 36 weeks) – signed plan on the "
            "maternity record, copied to Priya and the emergency duty team.",
            "Score the baby for signs of withdrawal every 4 hours for at least 72 hours after the birth "
            "(Bilstowe General neonatal team; from birth until discharge) – scores on the baby's chart and "
            "shared at the discharge meeting.",
            "Hold a discharge planning meeting on the ward (Priya Sandhu; before the baby leaves hospital) – "
            "discharge plan signed by the ward, both parents and the SW.",
        ]),
        ("h2", "Outcome C: the baby and Lena are cared for by an adult who is awake and able to respond, day and night"),
        ("numbers", [
            "Antenatal visit on safe sleep and caring for an unsettled baby, then the new birth visit (Ellie "
            "Nash, HV; antenatal visit by 11/07/2025, new birth visit on day 10 to 14) – safe sleep checklist "
            "signed; baby weighed and the weight plotted at the new birth visit.",
            "Weekly check-in with Lena, passing on anything she says about home (Mrs Anjali Patel, DSL, "
            "Greystones Primary; every Monday) – notes sent to Priya every 2 weeks; any worry passed on the "
            "same day.",
            "Stay at the flat overnight for the first 10 nights after discharge and do the night feeds, so "
            "Dean is never the only adult awake with the baby (Carol Hollis, paternal grandmother; the first "
            "10 nights after discharge) – night-feed chart signed by Carol, checked by the HV and SW.",
            "Ring Priya, or EDT out of hours, if Dean seems drowsy or slurred or she thinks he has used on top "
            "of his methadone (Marta; the same day) – every call logged on the baby's file.",
            "Go to the Bilstowe Family Drug Support group for partners, six sessions, so Marta knows the signs "
            "to look for when caring for the baby (Marta; fortnightly Thursdays from 19/06/2025) – attendance "
            "record from the group sent to Priya.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Dean tests positive for heroin or another street drug, misses two BDAS appointments or two "
            "methadone pick-ups, is found drowsy while looking after Lena or the baby, or drug equipment is "
            "found in the flat: Priya (or EDT out of hours) will visit the same day and hold a strategy "
            "discussion, and Dean will move out to his brother Gary's flat in Penwood that day.",
            "If Marta cannot keep Dean away from the home, Lena and the baby will go to stay with Carol Hollis "
            "the same day.",
            "If Carol cannot do the first 10 nights, or cannot take the children, Lena and the baby will be "
            "placed together with approved foster carers the same day.",
            "If any of the above happens, or the BDAS report says Dean is unlikely to stay off heroin, Gareth "
            "Lund (TM) will hold a legal planning meeting within 5 working days, which may start pre-proceedings "
            "(PLO) before the birth.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 10/06/2025, 08/07/2025 and 05/08/2025 – then within 10 working days "
            "of the birth.",
            "Review child protection conference: 02/10/2025, 2pm, Bilstowe Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. CP plan for a 14-year-old at risk of exploitation, family moving to
#    another council: bullets under theme sub-headings, owner and date after
#    a dash or in brackets, measure after an arrow (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_boddingmere_theme_bullets_moving_lacey.md",
    "split": "tune",
    "template": "cp-plan-theme-subheading-bullets-owner-date-after-dash-or-in-brackets-arrow-measure-transfer-md",
    "description": (
        "ICPC plan for a 14-year-old at risk of criminal exploitation whose family is moving to another "
        "council: bulleted worries, strengths, his own words and strategy decisions, then bullets under "
        "theme sub-headings with owner and date after a dash or in brackets and the measure after an arrow. "
        "A referral on hold for the new council (TBC, no measure), CAMHS paused 'at some point after the "
        "move', parenting left to the new council, 'keep an eye on' with no timescale, 'ongoing', "
        "'Everyone in the network ... as and when'; an adult outcome; review conference left to the new "
        "council; no legal step."
    ),
    "text": """\
# Child Protection Plan – Jayden Lacey

**Boddingmere Council · Children's Social Care · Adolescent Safeguarding Team**

**Young person:** Jayden Lacey, 14 (DOB 19/01/2011), Year 9 at Boddingmere Academy
**Lives with:** Kerry-Ann Lacey (mum) and his brother Mason (8), 22 Fairfield Crescent, Boddingmere
**Dad:** Andre Lacey – lives in Wolverley, rings Jayden most weekends
**Conference:** initial child protection conference, 12/06/2025 · **Category:** Neglect (harm outside the home)
**Social worker:** Nathan Osei · **Team manager:** Claire Whitlock
**Moving:** the family have a council house swap to Halverton (Halverton Borough Council) and expect to move on 28/07/2025.

---

## Why we're worried

- Jayden has been reported missing 7 times since March, twice overnight. Twice he was found in the flats
  on Nuttall Street with older males known to the police.
- On 02/06/2025 police stopped him with £340 in cash and two phones. He would not say where they came from.
- He has had two fixed-term exclusions this year and is on a reduced timetable (mornings only).
- Kerry-Ann works nights at a care home three nights a week, and those are the nights Jayden stays out.
- He has started smoking cannabis and is hardly sleeping.

## What's going well

- Jayden is close to his uncle Dwayne and goes boxing with him.
- Kerry-Ann has reported every missing episode to the police, usually within the hour.
- Jayden gets on with Mr Adebayo (learning mentor) and has gone to every session with him.
- Jayden has said himself that he wants to "get out of it".

## What Jayden said (seen on his own, 09/06/2025, in the car and then at McDonald's)

- "Everyone thinks I'm a drug dealer. I'm not. I just hold stuff sometimes."
- "I owe someone money, that's why I can't just stop."
- "Halverton will be better, no one knows me there."
- "I don't want Mason seeing police at our door."
- How safe he feels out on the estate, 0 to 10: "3, maybe 4 in the day".

## Already decided at the strategy meeting (05/06/2025)

- Boddingmere Police have referred Jayden to the National Referral Mechanism.
- A MACE (multi-agency child exploitation) referral was made; Jayden is listed for the June panel.
- Nuttall Street flats were added to the neighbourhood team's patrol plan.

## What we want for Jayden

- Jayden is home and safe every night, and nobody is using him to carry drugs or money.
- Jayden is back in school full time and choosing his GCSE options.
- Jayden's "debt" is dealt with safely and he is not threatened or hurt.
- Kerry-Ann feels more confident as a parent and less stressed.

## The plan

### Keeping Jayden safe in the community

- Nathan Osei (SW) to see Jayden on his own every week, somewhere Jayden picks, until the Halverton
  transfer-in conference → Nathan writes up what Jayden says and where he has been, for each core group.
- Return home interview after every missing episode (Callum Reeve, Boddingmere Missing Team – within
  72 hours of Jayden coming home) → interview notes to Nathan; patterns shared at each core group.
- Report Jayden missing to police if he is not home by 10pm (Kerry-Ann – every night) → police log
  number texted to Nathan the next morning.
- PC Gemma Rudd (Exploitation Team) to keep an eye on the Nuttall Street flats where Jayden has been found.
- Referral to Next Steps (exploitation youth work) – on hold until the family have moved, then for
  Halverton to pick up (date TBC).
- Everyone in the network to pass on any sighting of Jayden or information about who he is with – as and
  when → MACE intelligence forms logged by the MACE coordinator.

### School

- Mentoring sessions with Jayden (Mr Tunde Adebayo, learning mentor – twice a week until the end of term,
  18/07/2025) → session notes emailed to Nathan every Friday.
- Build Jayden's timetable back up to full days – Mrs Kate Ellison, DSL – ongoing → weekly attendance
  figures sent to Nathan.
- Send Jayden's school file and a handover note to his new school in Halverton – Mrs Ellison – by
  25/07/2025 → new school confirms in writing that it has them.

### Health

- Sexual health and drugs session with Jayden at the school drop-in (Rosie Khan, school nurse – by
  04/07/2025) → Rosie's note to Nathan saying it happened and what Jayden wants next.
- CAMHS referral for Jayden's sleep and anger – paused pending the transfer; his new GP in Halverton to
  re-refer at some point after the move (copy of the referral to the SW).

### Home and family

- Parenting support for Kerry-Ann on boundaries and keeping Jayden safe – Halverton Family Support to
  start after the transfer (within 20 working days of it) → attendance record for the 8 sessions.
- Take Jayden to boxing on Tuesdays and Thursdays, 6 to 8pm – Dwayne Lacey (uncle) → coach's register
  at Boddingmere ABC.
- Send the transfer request to Halverton and ask for a transfer-in conference date (Nathan Osei and
  Claire Whitlock – by 30/06/2025) → Halverton confirms a transfer-in conference date in writing.

## If things go wrong

If Jayden goes missing overnight, is found at Nuttall Street or with older males known to police, or is
found with cash, phones or drugs, Nathan (or EDT out of hours) and the police will hold a strategy
discussion the same day. Police will bring Jayden home or to a place of safety, and if he cannot safely
stay at home Nathan will ask the placements team for an emergency placement outside Boddingmere that day.

## Meetings

- Core group: every 2 weeks until the move – 26/06/2025, 10/07/2025 and 24/07/2025.
- After the move Halverton will arrange the transfer-in conference; the review conference is to be
  arranged by Halverton.
""",
    "findings": [
        F("T001", "to keep an eye on the Nuttall Street flats"),
        F("M002", "to keep an eye on the Nuttall Street flats"),
        F("X001", "Referral to Next Steps (exploitation youth work) – on hold"),
        F("T002", "Referral to Next Steps (exploitation youth work) – on hold"),
        F("M001", "Referral to Next Steps (exploitation youth work) – on hold"),
        F("W002", "Everyone in the network to pass on any sighting of Jayden"),
        F("T002", "Everyone in the network to pass on any sighting of Jayden"),
        F("T002", "Build Jayden's timetable back up to full days"),
        F("X001", "CAMHS referral for Jayden's sleep and anger – paused pending the transfer"),
        F("T002", "CAMHS referral for Jayden's sleep and anger – paused pending the transfer"),
        F("X001", "Parenting support for Kerry-Ann on boundaries and keeping Jayden safe"),
        F("F002", "Kerry-Ann feels more confident as a parent and less stressed."),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, numbered steps each followed by unlabelled arrow lines
#    (who / when / how we'll know) (docx). Exemplary.
# ---------------------------------------------------------------------------
_STEPS_6 = [
    ("See Mia on her own at school and at home, and see Finn awake at home",
     "Ashok Mehta (SW)",
     "every 2 weeks, alternating school and home; next visit 05/06/2025",
     "visit notes record what Mia says, that both children were seen, and any marks checked"),
    ("Check Mia for new marks each morning and write down anything she says about home",
     "Mrs Hannah Cole, Mia's class teacher (Mr Neil Barraclough, DSL, when she is off)",
     "every school day from 02/06/2025",
     "any mark body-mapped and reported to Ashok the same day; a \"no concerns\" email to Ashok every Friday"),
    ("Review Jodie's seizure control and medication, and write a seizure safety plan for caring for Finn "
     "(bathing, stairs, feeding)",
     "Lorna Pike, epilepsy specialist nurse, Brellingham General",
     "review by 13/06/2025; written safety plan by 20/06/2025",
     "safety plan shared with Jodie, Ashok and the HV, and a copy on the fridge at home"),
    ("Bath Finn only when another adult is in the house, using the bath seat, and carry him up and down "
     "stairs in the sling",
     "Jodie",
     "every bath time, and every day from 30/05/2025",
     "the HV and SW see the bath seat and sling in use; bath-time diary checked at each visit"),
    ("Be the second adult at Finn's bath time on weekday evenings",
     "Irene Rowntree (paternal grandmother)",
     "Monday to Friday, 6.30pm",
     "bath-time diary signed by Irene each evening"),
    ("Take Mia to school on Tuesday and Thursday mornings",
     "Irene Rowntree",
     "every Tuesday and Thursday in term time",
     "school register shows Mia in by 8.50am on those days"),
    ("Home visit to check Finn's development and go through the seizure safety plan with Jodie",
     "Sadia Rahman (HV)",
     "by 27/06/2025, then every 6 weeks",
     "ASQ-3 scores and the home safety checklist sent to Ashok after each visit"),
    ("Go to the Calmer Dads programme and do the work it sets on what happened to Mia",
     "Craig",
     "12 weekly sessions, every Wednesday from 11/06/2025 to 27/08/2025",
     "attendance record and the facilitator's end-of-course report to the core group"),
    ("Supervised family time for Craig with Mia and Finn at Brellingham Family Centre",
     "Leon Grady, contact worker, Brellingham Family Centre",
     "every Saturday, 10am to 12pm",
     "contact recordings, noting how Mia is with her dad, sent to Ashok within 2 working days"),
    ("Direct work with Mia on her feelings about what happened and who she can tell if she is scared",
     "Ashok Mehta (SW), with Mrs Cole",
     "4 sessions by 18/07/2025",
     "Mia's worries and wishes written up after each session and shared at the next core group"),
    ("Assess Jodie's and Craig's parenting and whether it would be safe for Craig to come home",
     "Ashok Mehta (SW)",
     "report by 15/08/2025",
     "written assessment with a clear recommendation, shared with the parents and the core group before "
     "the review conference"),
]

_blocks_6 = [
    ("title", "Child Protection Plan – Mia and Finn Rowntree"),
    ("p", "Brellingham City Council – Children and Young People's Service"),
    ("kv", [
        ("Children", "Mia Rowntree (6), Finn Rowntree (10 months)"),
        ("Mum", "Jodie Rowntree (27), 3 Tanner's Court, Brellingham"),
        ("Dad", "Craig Rowntree (31), staying with his brother at 41 Cobb Lane since 14/05/2025"),
        ("Conference", "Initial child protection conference, 29/05/2025"),
        ("Category", "Physical abuse"),
        ("Social worker", "Ashok Mehta · Chair: Rosalind Hart (IRO)"),
    ]),
    ("h1", "What happened"),
    ("p", "On 13/05/2025 Mia's teacher saw three straight-line bruises on the backs of her legs. Mia said "
          "\"Daddy did it with his belt because I was naughty at bedtime.\" At the joint visit Craig said he "
          "had \"lost it\" after a long shift and hit Mia with his belt. He agreed to move out while the "
          "assessment is done. Jodie has epilepsy; she had two tonic-clonic seizures in April, one while she "
          "was alone with Finn, and she has been relying on Craig for bath time and for carrying Finn on the "
          "stairs."),
    ("h1", "What we are worried could happen"),
    ("bullets", [
        "Mia could be hurt again if Craig comes home before he has learned other ways of handling his temper "
        "and Mia's behaviour.",
        "Finn could be badly hurt if Jodie has a seizure while she is bathing him, carrying him on the stairs "
        "or alone with him.",
        "Mia is learning that being hit is what happens when you are \"naughty\", and she has started hitting Finn.",
    ]),
    ("h1", "What is working well"),
    ("bullets", [
        "Craig told the truth about what happened and moved out the same day.",
        "Jodie rang the school herself to check Mia was all right, and has kept to the agreement that Craig "
        "only sees the children at the family centre.",
        "Craig's mother, Irene, lives five minutes away, takes Mia to school twice a week and is a calm, "
        "safe adult in Mia's life.",
    ]),
    ("h1", "What Mia says and what we see of Finn"),
    ("bullets", [
        "Mia, talking to Ashok in her classroom on 22/05/2025: \"I miss Daddy but I don't want the belt.\" "
        "\"Mummy shakes sometimes and I get scared.\"",
        "She gave home 6 out of 10 \"because Daddy's not there and Mummy is sad\".",
        "She wants to see Daddy \"at the place with the big doll's house\" and wants Nanna Irene to keep "
        "doing school mornings.",
        "Finn (seen at home on 22/05 and at clinic on 27/05) crawls, pulls himself up to stand, babbles, "
        "reaches for Jodie and settles quickly with her. His weight is on the 50th centile.",
    ]),
    ("h1", "Our goals for Mia and Finn"),
    ("bullets", [
        "Mia is never hit, and the adults who look after her use calm ways to manage her behaviour.",
        "Finn is bathed, carried and looked after safely, with a second adult there at bath time, and Mia "
        "never has to cope with her mum's seizures on her own.",
        "Mia only sees her dad where it is safe, and knows what is happening with Daddy.",
    ]),
    ("h1", "What happens next"),
    ("p", "Each step is followed by three lines: who is doing it, when, and how we will know it has happened."),
]
for action, who, when, know in _STEPS_6:
    _blocks_6 += [
        ("numbers", [action]),
        ("pi", "→ " + who),
        ("pi", "→ " + when),
        ("pi", "→ " + know),
    ]
_blocks_6 += [
    ("h1", "If things go wrong"),
    ("p", "If Mia has a new mark that is not explained, says she has been hit, or Craig comes to the house or "
          "has contact outside the family centre, Ashok (or the emergency duty team out of hours) will hold a "
          "strategy discussion the same day, and Craig will have no contact until it has been held."),
    ("p", "If Irene is not there at bath time, Jodie will not bath Finn that evening. If Irene can no longer "
          "help, Ashok will arrange for family support worker Tina Olsen to be the second adult at bath time "
          "each weekday from the next day. If Jodie has a seizure while alone with the children, Mia and Finn "
          "will stay with Jodie's sister, Kerry Walsh, at 7 Beech Grove that day, and if Kerry cannot take "
          "them they will be placed together with foster carers the same day."),
    ("h1", "If the plan isn't working"),
    ("p", "If Mia is hurt again, Craig stops going to Calmer Dads, or Craig moves back home before the "
          "assessment says it is safe, Ashok will ask the team manager, Neil Oduya, for a legal planning "
          "meeting within 5 working days."),
    ("h1", "When we will meet"),
    ("bullets", [
        "Core group: every 4 weeks – 10/06/2025, 08/07/2025 and 05/08/2025, 2pm at Brellingham Family Centre.",
        "Review child protection conference: 28/08/2025, 10am, Brellingham Civic Hall.",
    ]),
]

PLANS.append({
    "name": "b23_brellingham_icpc_arrow_lines_rowntree.docx",
    "doc_title": "Child Protection Plan - Mia and Finn Rowntree",
    "split": "tune",
    "template": "icpc-numbered-steps-each-followed-by-unlabelled-arrow-lines-who-when-know",
    "description": (
        "Exemplary ICPC plan for a 6-year-old and a baby (physical abuse by father, mother's epilepsy): "
        "bulleted worries, strengths, Mia's words and goals, then numbered steps each followed by three "
        "unlabelled arrow lines (who, when, how we'll know). Epilepsy nurse owns the seizure safety plan, "
        "grandmother's bath-time and school-run help with a family support worker and foster-care "
        "fallback, specific triggers, core group and review dates, legal planning meeting."
    ),
    "blocks": _blocks_6,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Looked-after toddler on a children's ward: bullets grouped by stage of
#    the stay, "action – owner – when – evidence" runs; PDF with header and
#    page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_burlcombe_ward_stage_bullets_pearce.pdf",
    "doc_title": "Child Protection Plan - Archie Pearce",
    "split": "tune",
    "template": "lac-ward-cp-plan-bullets-by-stage-of-stay-action-owner-when-evidence-dash-runs-paged",
    "description": (
        "ICPC plan for a 20-month-old accommodated under s20 on a children's ward with an unexplained "
        "femur fracture, with a header and page footer: bulleted worries, strengths and what is seen of "
        "Archie, then bullets grouped by stage of the stay ('While on the ward', 'Before he leaves', "
        "'After') as action – owner – when – evidence runs. SW visits 'when her diary allows' and ward "
        "contact 'as the ward allows' (no visiting frequency), a police row with no measure, a passive "
        "row, 'TBC', mother's low mood with no adult service; core group not set."
    ),
    "header": "OFFICIAL-SENSITIVE | Burlcombe Children's Services | Looked after child in hospital",
    "footer": "Archie Pearce – plan agreed 02/06/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – child in hospital"),
        ("kv", [
            ("Child", "Archie Pearce, born 14/09/2023 (20 months)"),
            ("Where", "Puffin Ward (children's ward), Burlcombe General Hospital, since 27/05/2025"),
            ("Legal status", "Accommodated under section 20 since 29/05/2025, with Chloe's and Liam's agreement"),
            ("Mother", "Chloe Pearce (22)"),
            ("Father", "Liam Tate (24)"),
            ("Conference", "Initial child protection conference, 02/06/2025 (held on the ward)"),
            ("Category", "Physical abuse"),
            ("Social worker", "Danielle Maddox · Team manager: Ross Kennedy"),
        ]),
        ("h1", "Why Archie is in hospital"),
        ("p", "Chloe and Liam brought Archie to A&E on 27/05/2025 with a swollen left thigh. An x-ray showed a "
              "spiral fracture of the left femur. His parents said he fell off the sofa. The consultant "
              "paediatrician's view is that the injury does not fit that account. A skeletal survey on 28/05 "
              "found no other fractures; a repeat survey is needed. Archie is in a hip spica cast and is "
              "expected to be fit for discharge in about two weeks."),
        ("h1", "Other things we know"),
        ("bullets", [
            "Chloe has depression and is prescribed fluoxetine by her GP; she says she has not taken it "
            "regularly since Archie was born.",
            "Police were called to the family's flat twice in March because of arguments; no one was arrested.",
            "Archie missed his 12-month and 18-month health reviews.",
        ]),
        ("h1", "What's going well"),
        ("bullets", [
            "Chloe and Liam agreed to Archie being accommodated and have kept to the ward's supervised "
            "visiting rules.",
            "Archie is eating and drinking well and no longer needs morphine.",
        ]),
        ("h1", "Archie on the ward"),
        ("bullets", [
            "Archie is too young to tell us what he wants. The play specialist says he is quiet in the "
            "mornings, loves the toy garage and bubbles, and reaches out for Chloe when she arrives.",
            "He cries when men in uniform come onto the bay and takes a long time to settle afterwards "
            "(nursing notes, 30/05 and 01/06).",
        ]),
        ("h1", "What we want for Archie"),
        ("bullets", [
            "Archie is safe, out of pain, and his leg heals well.",
            "Archie goes straight from hospital to a safe placement with carers who know how to look after "
            "his cast.",
            "We find out how Archie was hurt, and he only goes home if it is safe.",
        ]),
        ("h1", "The plan"),
        ("p", "Each line reads: what will happen – who – when – how we will know."),
        ("h2", "While Archie is on Puffin Ward"),
        ("bullets", [
            "Visit Archie on the ward and check how he is being cared for – Danielle Maddox (SW) – when her "
            "diary allows – visit noted on Archie's file.",
            "Supervised contact for Chloe and Liam on the ward – Puffin Ward staff – as the ward allows – "
            "contact sheet kept at the nurses' station.",
            "Update call to the SW on Archie's pain, feeding and sleep – Puffin Ward nurse in charge – every "
            "day by 3pm – call noted on Archie's file.",
            "Repeat skeletal survey and bone health bloods – Dr Omar Shah, consultant paediatrician – by "
            "10/06/2025 – written medical opinion to the SW and police.",
            "Interview Chloe and Liam about how Archie was injured – DC Hannah Greer, Burlcombe Child Abuse "
            "Investigation Team – by 13/06/2025.",
            "Chloe and Liam to be kept up to date with how Archie is doing – each day.",
        ]),
        ("h2", "Before Archie leaves hospital"),
        ("bullets", [
            "Find foster carers near the hospital who can manage a child in a spica cast – Burlcombe "
            "Placements Team (Wendy Cole) – by 09/06/2025 – placement confirmed in writing and the carers' "
            "names given to the ward.",
            "Teach the foster carers to care for the cast and lift Archie safely – Puffin Ward orthopaedic "
            "nurse – before discharge – training checklist signed by both carers.",
            "Discharge planning meeting on the ward – Danielle Maddox (SW) – before discharge – discharge "
            "plan signed by the ward and the SW, copied to the foster carers and the GP.",
            "Fracture clinic and physio follow-up for Archie – Puffin Ward discharge nurse – TBC.",
        ]),
        ("h2", "After Archie leaves hospital"),
        ("bullets", [
            "Take Archie to every fracture clinic and physio appointment – foster carers – every appointment "
            "– clinic letters copied to the SW.",
            "Supervised family time at Burlcombe Family Time Centre – Family Time Service (Joe Barnes) – "
            "three times a week from the day after discharge – recordings sent to the SW within 2 working days.",
            "Catch up Archie's missed 12- and 18-month health reviews – HV Lucy Brand – within 4 weeks of "
            "discharge – ASQ-3 scores and weight sent to the SW.",
            "Parenting assessment of Chloe and Liam – Danielle Maddox (SW) – by 25/07/2025 – written "
            "assessment to the legal planning meeting.",
            "Chloe to get help with her low mood – Chloe – ongoing – mood improves.",
        ]),
        ("h1", "If something goes wrong"),
        ("p", "If Chloe or Liam try to take Archie off the ward, come onto the ward outside supervised "
              "contact, or are aggressive to staff, ward staff will call hospital security and the police "
              "straight away, and the SW will ask the police to use their police protection powers. If the "
              "medical opinion confirms an inflicted injury, or either parent withdraws their agreement to "
              "section 20, Ross Kennedy (TM) will hold a legal planning meeting that week to decide on an "
              "application for an interim care order."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: first meeting to be arranged once Archie has left hospital.",
            "Looked after review: 26/06/2025 (IRO Martin Keane).",
            "Review child protection conference: 01/09/2025, Burlcombe Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Archie on the ward and check how he"),
        F("T002", "Supervised contact for Chloe and Liam on the ward"),
        F("M001", "Interview Chloe and Liam about how Archie was injured"),
        F("W001", "Chloe and Liam to be kept up to date"),
        F("M001", "Chloe and Liam to be kept up to date"),
        F("T002", "Fracture clinic and physio follow-up for Archie"),
        F("M001", "Fracture clinic and physio follow-up for Archie"),
        F("T002", "Chloe to get help with her low mood"),
        F("M002", "Chloe to get help with her low mood"),
        F("L001"),
        F("F004"),
        F("R001"),
    ],
})
