"""Batch 129, module s: seven fictional plans (tuning material), places beginning with "s".

Everything here is made up: children, families, relatives, friends,
professionals, services, schools, hospitals and councils. Labels were written
by hand from docs/rules.md and the conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: ordinary good wording, by experienced practitioners in their own local
templates, for families where RELATIVES HELP and a PARENT HAS MENTAL ILL
HEALTH OR USES SUBSTANCES (Child Z review, Findings One and Four). Relatives
and friends carry real parts of each plan (grandparents staying over or
supervising a father's Saturdays, an aunt doing the school run, a
grandfather who drives lorries and is away some nights, a friend or
neighbour as the emergency carer), and each exemplary contingency says in
the author's own words what happens if that help fails: per person in a
table ("Should Pat or Derek be unable ..."), "If Marion is poorly ...",
"When Grandad is away ...", "If the arrangement with Jo breaks down ...",
"Where Pat cannot ...". Mental health practitioners (CMHT care
co-ordinators, consultant and perinatal psychiatrists, a perinatal nurse, a
clinical psychologist, a Talking Therapies CBT therapist) are asked in
exemplary plans, in different words, for their view of the parent's
potential to change, the steps left and the likely timescale (a written
opinion, a view at each core group, a prognosis, an estimate of how long,
whether the parent can sustain it); GPs and drug and alcohol services own
actions too.

Five plans are exemplary: a landscape Word initial conference plan with the
outcome merged down the table and a per-person "If ... / Then ..."
contingency table (mother with bipolar disorder); a pre-birth plan in stage
tables printed to PDF (bipolar disorder and postpartum psychosis, father's
cannabis); core group plan printed to PDF (mother's depression, father's
alcohol dependence); a Markdown letter to a mother on methadone with PTSD;
and a plain-text case-system print of a review plan (father with
schizophrenia). Two carry a realistic mix of faults among mostly good rows: a
Word review plan where the aunt's and grandfather's help has no fallback,
Talking Therapies only treats and is measured by a feeling, a school row is
'Ongoing', one row is owned by 'Family' and one outcome is only the
mother's; and a Markdown table plan where the CMHT only supports, a health
visitor's row is 'As and when needed', the father's measure is his
'engagement' and the review conference date is still to be arranged.

Counting convention for "actions" (README convention 1): every row of an
action table, every bullet of an action section and every ACTION block of a
print is one action; the contingency, the child's views, outcomes and the
meeting dates are not actions. None of these plans keeps completed one-off
work in its action section.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother with bipolar disorder after a manic
#    episode and a short admission; maternal grandparents and a family friend
#    help. Landscape Word table with the outcome merged down; contingency as
#    a per-person "If ... / Then ..." table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_sallowmere_icpc_merged_outcome_landscape_hollis.docx",
    "doc_title": "Child Protection Plan - Maisie and Theo Hollis",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "font": "Calibri",
    "check_vmerge": 3,
    "template": "icpc-landscape-word-plan-details-list-worries-family-network-table-childrens-words-then-outcome-merged-down-action-who-when-how-we-will-know-then-if-then-who-acts-contingency-table-per-person-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 2-year-old whose mother has "
        "bipolar disorder, stopped her lithium and had a manic episode and a nine-day admission. "
        "A landscape Word table with the outcome for the children merged down each group of "
        "rows; every row has a named owner, a date or frequency and something that will be seen. "
        "The CMHT care co-ordinator gives a written view at each core group on whether the mother "
        "is keeping to her relapse plan and how long change will take, the consultant "
        "psychiatrist writes a prognosis, the GP reports lithium results. The grandparents' "
        "overnights and nursery runs and a friend's visits are covered by a per-person "
        "'If ... / Then ...' contingency table ('Should Pat or Derek be unable'), ending in "
        "legal planning; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Sallowmere Metropolitan Borough Council – Children's Services – Safeguarding and Assessment Team 3"),
        ("kv", [
            ("Children", "Maisie Hollis (6), DOB 03/02/2019; Theo Hollis (2), DOB 28/11/2022"),
            ("Address", "41 Gullrock Terrace, Sallowmere SW7 3DN"),
            ("Mother", "Leanne Hollis (28)"),
            ("Father", "Not named on either birth certificate; no contact since 2023"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, 16/09/2025. Chair: Sandra Gilchrist (IRO)"),
            ("Social worker", "Hannah Pryce (team manager: Rob Akinola)"),
        ]),
        ("h1", "Why Maisie and Theo need a plan"),
        ("p", "Leanne has had bipolar affective disorder since she was 19 and has been well on lithium for most "
              "of the last five years. She stopped taking it in July. In August she became high: she was awake for "
              "several nights, spent her rent money and on 19/08/2025 the police found her with Maisie and Theo on "
              "Gullrock beach at 2am, both children in their pyjamas. Leanne agreed to go into Larchfield Ward at "
              "Sallowmere Mental Health Unit for nine days. Maisie and Theo stayed with their grandparents and "
              "went home with Leanne on 02/09/2025. Leanne restarted lithium on the ward and says she understands "
              "now that stopping it was the start of her becoming ill."),
        ("p", "What is going well: Leanne asks for help when she recognises she is struggling, the children are "
              "warm and close to her, and her parents live five minutes' walk away and have cared for the "
              "children before without any concern."),
        ("h1", "Who helps the family"),
        ("table", {
            "header": ["Name", "Who they are", "What they have offered"],
            "widths": [4.5, 6.0, 15.2],
            "rows": [
                ["Pat Hollis", "Maternal grandmother, 9 Ferry Row (5 minutes' walk)",
                 "Two nights a week at Gullrock Terrace, and any night Leanne's warning signs show"],
                ["Derek Hollis", "Maternal grandfather, 9 Ferry Row",
                 "Takes Theo to nursery three mornings a week. Derek has heart checks at Sallowmere General "
                 "every few weeks and cannot drive on those days"],
                ["Shona Baird", "Leanne's friend since school, 14 Keel Street",
                 "Has offered to have both children at short notice if Pat and Derek cannot"],
            ],
        }),
        ("h1", "What Maisie and Theo tell us"),
        ("p", "Maisie (seen on her own at school, 11/09/2025): “Mummy was talking really fast and we went to the "
              "sea in our pyjamas and I was freezing. Theo was crying. I like it when Mummy is normal. I want to "
              "live with Mummy and see Nanna Pat every day.” When asked what would help, she said “Nanna sleeping "
              "over” and “someone to tell if Mummy goes fast again”."),
        ("p", "Theo is 2 and has a few words. His nursery say that after the summer he clung to staff at drop-off "
              "and would not eat lunch for a week; he is now settling within a few minutes. At home on 12/09/2025 "
              "he brought his cars to the social worker, ran to Derek when he came in and called him “Gandad”, and "
              "went to Leanne for a cuddle when he bumped his head."),
        ("h1", "The plan"),
        ("p", "Each outcome runs down the left of the rows that work towards it."),
        ("table", {
            "header": ["Outcome for Maisie and Theo", "Action", "Who", "When", "How we will know"],
            "widths": [4.6, 7.2, 4.0, 4.2, 5.7],
            "rows": [
                ["A. Maisie and Theo are looked after every day by a mum who is well enough to keep them safe, "
                 "fed and on time for school and nursery.",
                 "Visit Maisie and Theo at home, with at least one visit a month unannounced, and see Maisie on "
                 "her own",
                 "Hannah Pryce, SW",
                 "Weekly from 17/09/2025 until the review conference",
                 "Visit records show both children seen each week, Maisie seen alone at least fortnightly and "
                 "her words written down"],
                [V,
                 "Take lithium every evening so that she stays well enough to care for Maisie and Theo, and keep "
                 "every lithium blood test",
                 "Leanne Hollis (Mum)",
                 "Every evening from 16/09/2025; next blood test 07/10/2025",
                 "Dosette box seen at each SW visit with no missed evenings; GP confirms each blood test was "
                 "taken"],
                [V,
                 "Check Leanne's lithium levels and tell the SW in writing of any result out of range or any test "
                 "she misses",
                 "Dr Farida Nwachukwu, GP, Gullrock Medical Practice",
                 "Within 2 working days of each result; summary by 30/09/2025",
                 "GP letter with Leanne's results on the children's file before every core group"],
                [V,
                 "See Leanne at home, agree her relapse signature and crisis plan with her and Pat, and give a "
                 "written view at each core group on whether she is keeping to it, what still needs to change "
                 "for the children and how long that is likely to take",
                 "Ravi Mehta, care co-ordinator (CPN), Sallowmere West CMHT",
                 "Every two weeks from 18/09/2025; crisis plan by 03/10/2025",
                 "Crisis plan signed by Leanne and copied to the SW; written update on file two working days "
                 "before each core group"],
                [V,
                 "Outpatient review of Leanne, then a written opinion on her prognosis: how likely another "
                 "episode is, what she must do to stay well and whether she can sustain it within the time "
                 "Maisie and Theo need",
                 "Dr Imogen Clarke, consultant psychiatrist, Sallowmere West CMHT",
                 "Review by 17/10/2025; opinion to the SW by 31/10/2025",
                 "Opinion letter on file and shared at the core group on 11/11/2025"],
                ["B. Maisie goes to school on time every day and has an adult there she trusts; Theo goes to "
                 "every nursery session.",
                 "Check Maisie's attendance each morning, give her a weekly time with her key adult, and ring the "
                 "SW the same day with any worry",
                 "Mrs Alison Tremayne, DSL, Gullrock Primary School",
                 "Every school day; key adult time every Thursday",
                 "Attendance sent to the SW each Friday; key adult sessions and calls logged on CPOMS; Maisie on "
                 "time at least 95% of days"],
                [V,
                 "Record Theo's attendance, how he arrives and how he settles, and ring the SW the same day with "
                 "any worry",
                 "Kayleigh Ross, key worker, Starfish Day Nursery",
                 "Every session (Monday, Wednesday and Friday)",
                 "Weekly attendance email to the SW; settling notes show Theo settled within 10 minutes"],
                [V,
                 "Take Theo to nursery by 8.45am",
                 "Derek Hollis (maternal grandfather)",
                 "Monday, Wednesday and Friday from 17/09/2025",
                 "Nursery signing-in sheet shows Derek's name and the time on each of the three days"],
                ["C. If Leanne starts to become unwell, Maisie and Theo are with a safe adult straight away and "
                 "Maisie understands what is happening and who to tell.",
                 "Stay overnight at Gullrock Terrace, and on any evening Leanne's warning signs show",
                 "Pat Hollis (maternal grandmother)",
                 "Every Tuesday and Thursday night from 16/09/2025; the same evening if signs show",
                 "Pat writes each stay and anything she noticed in the family diary, which the SW reads at each "
                 "visit"],
                [V,
                 "Spend time with Maisie and Theo at home so that they know her well if they ever need to stay "
                 "with her",
                 "Shona Baird (family friend)",
                 "Every other Saturday morning from 20/09/2025",
                 "Visits noted in the family diary; Maisie can tell the SW who Shona is and where she lives"],
                [V,
                 "Complete a viability check of Shona's home and a written emergency care agreement with her and "
                 "Leanne",
                 "Hannah Pryce, SW",
                 "By 10/10/2025",
                 "Viability report and the agreement, signed by Shona and Leanne, on the children's file"],
                [V,
                 "Four sessions with Maisie using the 'When Mummy's Mood Changes' workbook, so she knows what "
                 "Leanne's illness is, that it is not her fault, and who to ring",
                 "Hannah Pryce, SW",
                 "Four sessions by 28/11/2025",
                 "Maisie's workbook on file; at the last session she can name two adults she would tell"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "Everyone named below has a copy of this table, and Pat keeps one in the kitchen drawer at "
              "Gullrock Terrace."),
        ("table", {
            "header": ["If ...", "Then ...", "Who acts"],
            "widths": [8.0, 12.7, 5.0],
            "rows": [
                ["Leanne shows a warning sign from her relapse signature (sleeping under four hours two nights "
                 "running, talking very fast, spending money she does not have, or missing lithium for two days)",
                 "Pat stays at Gullrock Terrace that night. Leanne or Pat rings Ravi, or the Sallowmere crisis "
                 "line out of hours, the same day. Hannah visits the next working day.",
                 "Leanne, Pat, Ravi Mehta, Hannah Pryce"],
                ["Leanne is too unwell to look after the children, or is admitted to hospital",
                 "Maisie and Theo go to Pat and Derek's home at 9 Ferry Row that day and stay until Leanne is "
                 "well and Hannah has visited.",
                 "Pat and Derek; Hannah Pryce"],
                ["Should Pat or Derek be unable to help (either is unwell, Derek is at a hospital appointment, or "
                 "they are away), or tell us it has become too much",
                 "Shona has the children at 14 Keel Street, for up to a week, under the signed agreement. Pat or "
                 "Leanne tells Hannah the same day, and Hannah calls a family meeting within 5 working days to "
                 "agree who else can help.",
                 "Shona Baird; Hannah Pryce"],
                ["Nobody in the family network can be reached or can have the children",
                 "Hannah, or the emergency duty team out of hours, places Maisie and Theo together with Sallowmere "
                 "foster carers that day.",
                 "Hannah Pryce / emergency duty team"],
                ["Leanne stops her lithium for more than a week, misses two CMHT visits running, or Dr Clarke's "
                 "opinion is that she is unlikely to stay well within the children's timescale",
                 "Hannah asks Rob Akinola for a legal planning meeting within 5 working days to decide whether "
                 "to start the Public Law Outline.",
                 "Hannah Pryce; Rob Akinola"],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks on Tuesdays at 3.30pm at Gullrock Family Hub – 30/09/2025, 28/10/2025, "
            "25/11/2025.",
            "Review child protection conference: 09/12/2025 at 10am, Sallowmere Civic Offices.",
            "Hannah will bring Maisie's words and what she has seen of Theo to every core group.",
        ]),
        ("p", "Plan agreed at the initial conference on 16/09/2025. Copies to Leanne, Pat, Derek, Shona and every "
              "professional named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, father's cocaine and weekend drinking,
#    mother's anxiety; the paternal aunt does the school run and the paternal
#    grandfather supervises the father's Saturdays. Numbered Word table.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_scarrowdale_rcpc_numbered_table_brannock.docx",
    "doc_title": "Review Child Protection Plan - Jayden and Ruby Brannock",
    "split": "tune",
    "actions": 11,
    "font": "Arial",
    "template": "rcpc-word-plan-portrait-summary-box-progress-since-icpc-what-jayden-and-ruby-say-outcomes-bullets-then-numbered-table-what-needs-to-happen-who-by-when-how-we-will-know-then-contingency-paragraphs-review-dates",
    "description": (
        "First review conference plan for an 11-year-old and a 7-year-old. The father uses "
        "cocaine and drinks heavily at weekends and now lives with his own father, who "
        "supervises his Saturdays with the children; the mother has anxiety and panic attacks and "
        "her sister-in-law does the school run. Most rows are sound (weekly visits, drug tests "
        "and the recovery worker's report on change, a GP letter, the aunt's and grandfather's "
        "parts with signed books). Faults: Talking Therapies only treats the mother and is "
        "measured by her feeling calmer, the school's check-ins are 'Ongoing', keeping the "
        "children away from the father when he has used is owned by 'Family', and one outcome is "
        "only about the mother; the contingency deals with the father using but never with the "
        "aunt or grandfather being unable to help."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Scarrowdale County Council · Children and Families · Safeguarding Team (Moorside)"),
        ("table", {
            "header": ["Children", "Jayden Brannock (11), DOB 09/05/2014\nRuby Brannock (7), DOB 22/01/2018"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Home", "17 Colliery Road, Scarrowdale SC4 8PF (Stacey and the children)"],
                ["Parents", "Stacey Brannock (34), mother\nCarl Brannock (37), father, living with his father "
                            "Alan Brannock at 3 Millstone Way, Scarrowdale, since July"],
                ["Wider family", "Nicola Farrar, Carl's sister (school run)\nAlan Brannock, paternal "
                                 "grandfather (Carl's Saturdays)"],
                ["Category", "Neglect and emotional abuse"],
                ["Conferences", "Initial 15/07/2025; first review 14/10/2025. Chair: Michael Osterley (IRO)"],
                ["Social worker", "Lauren Baptiste (team manager: Steve Kettlewell)"],
            ],
        }),
        ("h1", "1. Progress since the initial conference"),
        ("p", "In June Carl came home after a night out and broke the kitchen door while Jayden and Ruby were in "
              "bed; he told the police he had taken cocaine and drunk most of a bottle of vodka. Stacey has "
              "anxiety and panic attacks and on bad days cannot leave the house, so the children had missed 31 "
              "sessions of school in the summer term."),
        ("p", "Carl moved in with Alan the week of the initial conference. He has kept 11 of 13 key-work sessions "
              "at Scarrowdale Recovery Hub; his August hair strand test showed cocaine use in June and early "
              "July, and his September urine tests have been clear. Nicola has done the school run every weekday "
              "since 01/09/2025 and attendance this term is 98% for both children. Stacey has been put on the "
              "Talking Therapies waiting list and started sertraline in August."),
        ("h1", "2. What Jayden and Ruby say"),
        ("p", "Jayden (seen on his own at school, 07/10/2025): “It's calmer at home now. I don't want Dad staying "
              "over on Saturdays till he's properly stopped, but Grandad's is alright because Grandad's there. I "
              "still check Mum's okay before I go to sleep.”"),
        ("p", "Ruby (seen at home, 09/10/2025) drew her family with Auntie Nic's car outside and said “Auntie Nic "
              "plays the radio really loud. I like school now because I'm not late.” She said she gets scared when "
              "Mum “can't breathe properly”."),
        ("h1", "3. Outcomes we want"),
        ("bullets", [
            "Jayden and Ruby are never cared for by an adult who has taken drugs or is drunk.",
            "Jayden and Ruby get to school on time every day and Jayden stops worrying about looking after his mum.",
            "Stacey feels less anxious and more confident in herself.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when", "How we will know"],
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["1",
                 "Visit Jayden and Ruby at home and see each of them on their own",
                 "Lauren Baptiste, SW",
                 "Every two weeks until the next review",
                 "Visit records show both children seen alone and their words recorded"],
                ["2",
                 "Go to key-work and drug and alcohol testing at Scarrowdale Recovery Hub so that he is sober "
                 "whenever he is with Jayden and Ruby",
                 "Carl Brannock (Dad)",
                 "Every Wednesday from 15/10/2025",
                 "Attendance sheet; urine tests clear; hair strand test clear of cocaine in January 2026"],
                ["3",
                 "Key-work with Carl and a written report on whether his drug and alcohol use is changing and "
                 "what that means for the children",
                 "Josh Eccleston, recovery worker, Scarrowdale Recovery Hub",
                 "Report two working days before each core group",
                 "Report with test results on the children's file before every core group"],
                ["4",
                 "Six sessions of guided self-help for Stacey's panic attacks",
                 "Scarrowdale Talking Therapies practitioner",
                 "Weekly from 03/11/2025",
                 "Stacey feels calmer"],
                ["5",
                 "Review Stacey's sertraline and write to the SW about her treatment and any missed reviews",
                 "Dr Priya Lall, GP, Colliery Road Surgery",
                 "By 07/11/2025",
                 "GP letter on the children's file"],
                ["6",
                 "Take Jayden and Ruby to school and bring them home",
                 "Nicola Farrar (paternal aunt)",
                 "Every school day, 8.20am and 3.15pm",
                 "Nicola signs the school gate book morning and afternoon; the SW checks it each fortnight"],
                ["7",
                 "Supervise Carl's time with Jayden and Ruby at 3 Millstone Way and make sure he is sober",
                 "Alan Brannock (paternal grandfather)",
                 "Every Saturday, 10am to 4pm",
                 "Alan fills in the contact record each Saturday, which the SW reads at her visits"],
                ["8",
                 "Check in with Jayden about how things are at home and how his mum has been",
                 "Mr Dean Hollings, DSL, Scarrowdale Academy",
                 "Ongoing",
                 "Check-ins logged on CPOMS and a written summary sent to the SW"],
                ["9",
                 "Make sure the children are never left with Carl if he has been drinking or using",
                 "Family",
                 "Every weekend",
                 "Jayden and Ruby tell the SW at each visit who looked after them at the weekend"],
                ["10",
                 "Three direct work sessions with Jayden about his dad's drug use and who he can talk to",
                 "Lauren Baptiste, SW",
                 "By 12/12/2025",
                 "Jayden's work and his own words on file, brought to the next core group"],
                ["11",
                 "Complete the Scarrowdale Steady Steps parenting course together",
                 "Stacey and Carl Brannock",
                 "Ten Thursdays from 06/11/2025",
                 "Course register shows 8 of 10 sessions attended by each parent; end-of-course report to the SW"],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("p", "If Carl turns up at Colliery Road after taking drugs or drinking, Stacey will not let him in and will "
              "ring 999 if he will not leave, and Lauren will hold a strategy discussion with Scarrowdale Police "
              "the same day. Carl's Saturday time will stop from that day until the strategy discussion has "
              "agreed that it is safe for it to start again."),
        ("p", "If Carl has a positive test for cocaine, misses three key-work sessions, or the police are called to "
              "either house before the next review, Lauren will ask Steve Kettlewell for a legal planning meeting "
              "within 5 working days."),
        ("h1", "6. Core group and review"),
        ("bullets", [
            "Core group every six weeks at Moorside Children's Centre, 4pm: 25/11/2025, 06/01/2026, 17/02/2026.",
            "Second review child protection conference: 14/04/2026, 10am, Scarrowdale County Hall.",
        ]),
    ],
    "findings": [
        F("F002", "Stacey feels less anxious and more confident in herself."),
        F("H001", "Six sessions of guided self-help for Stacey's panic attacks"),
        F("M002", "Six sessions of guided self-help for Stacey's panic attacks"),
        F("T002", "Check in with Jayden about how things are at home"),
        F("W002", "Make sure the children are never left with Carl"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan: mother with bipolar disorder and postpartum psychosis
#    after her first baby, father smoking cannabis; the paternal grandmother
#    stays for the first fortnight and a friend is the emergency carer for the
#    3-year-old. Stage tables, printed to PDF with a header and page footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_stelbury_prebirth_stage_tables_tolland.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Tolland and Lily Tolland",
    "split": "tune",
    "actions": 13,
    "font": "Arial",
    "font_size": 10,
    "header": "OFFICIAL-SENSITIVE – Stelbury City Council – Pre-birth Child Protection Plan",
    "footer": "Unborn baby of Amy Tolland (EDD 18/01/2026) and Lily Tolland – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "prebirth-icpc-plan-paged-header-footer-details-list-why-worried-lily-and-the-babys-world-outcomes-for-each-child-then-three-stage-tables-before-birth-ward-first-eight-weeks-what-who-when-how-we-will-know-then-if-things-go-wrong-paragraphs-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 3-year-old. The mother has bipolar "
        "disorder and had postpartum psychosis after her first child; the baby's father smokes "
        "cannabis. Three stage tables (before the birth, on the ward, the first eight weeks at "
        "home), each row with a named owner, a date, a week of pregnancy or an event, and what "
        "will be seen. The perinatal psychiatrist writes an opinion on the likelihood of relapse "
        "and how soon the team can say whether the mother can care safely; the perinatal nurse "
        "gives a view at each core group on whether she can sustain her wellness plan; the drug "
        "service reports on the father's change. The paternal grandmother's nights and the "
        "friend's emergency care have fallbacks ('If Marion is poorly ...', 'If Kelly cannot be "
        "reached'), legal planning before 36 weeks follows named triggers, and the dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Stelbury City Council · Children's Social Care · Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Tolland, due 18/01/2026"),
            ("Sibling", "Lily Tolland (3), DOB 30/06/2022"),
            ("Mother", "Amy Tolland (25), Flat 4, 22 Brewery Lane, Stelbury ST2 9RW"),
            ("Baby's father", "Josh Reddin (27), lives with Amy and Lily. Lily's father has no contact"),
            ("Paternal grandmother", "Marion Reddin, 61 Sorrel Avenue, Stelbury"),
            ("Family friend", "Kelly Duggan, 5 Cooper's Walk, Stelbury"),
            ("Category", "Neglect (Lily and the unborn baby)"),
            ("Conference", "Pre-birth initial child protection conference, 07/10/2025 (Amy 25 weeks "
                           "pregnant). Chair: Rashida Kaur (IRO)"),
            ("Social worker", "Owen Brackley (team manager: Fiona Lindqvist)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Amy has bipolar disorder. Eleven days after Lily was born she became psychotic: she believed Lily "
              "had been swapped at the hospital and stopped feeding her. She spent six weeks with Lily at "
              "Hartmoor Mother and Baby Unit and has been well since, on quetiapine. The perinatal team say the "
              "risk of her becoming ill again after this birth is high without a plan in place. Josh smokes "
              "cannabis most evenings; on the first visit on 24/09/2025 the flat smelled strongly of it and there "
              "was a grinder on the kitchen table within Lily's reach."),
        ("p", "What is going well: Amy noticed her own early signs in 2022 once she knew what they were, she has "
              "taken her medication every day since, she keeps every antenatal appointment, and Lily is a happy, "
              "talkative little girl who is doing well at nursery."),
        ("h1", "Lily's world and the baby's world"),
        ("p", "Lily (seen at home on 24/09/2025 and at Brewery Lane Nursery on 01/10/2025) showed the social worker "
              "her bedroom and the space where “baby's bed is going”. She said: “Baby's in Mummy's tummy. I'm "
              "going to be the big sister and do the bottles.” Asked who looks after her, she said “Mummy, Josh "
              "and Nanna Marion – Nanna Marion reads me the tiger book.” Her key worker says she arrives clean, "
              "fed and ready to play, and talks a lot about the baby."),
        ("p", "For the baby: the 20-week scan on 03/09/2025 was normal. Amy has stopped smoking cigarettes and has "
              "bought a Moses basket, which is in the bedroom. Nobody has smelt cannabis in the flat on the three "
              "visits since 01/10/2025."),
        ("h1", "What we want for Lily and the baby"),
        ("bullets", [
            "The baby is born into a smoke-free home and is cared for by a mum who is well enough to feed, "
            "settle and keep the baby safe, with another adult there at night in the first weeks.",
            "The baby sleeps on their back in the Moses basket at every sleep and gains weight steadily.",
            "Lily keeps her routine, goes to every nursery session, and is never left alone with a parent who "
            "is becoming unwell.",
        ]),
        ("h1", "The plan"),
        ("h2", "Stage 1 – Before the birth (now to 36 weeks, 21/12/2025)"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.4, 3.2, 4.2],
            "rows": [
                ["Visit Amy, Josh and Lily at home, with one visit a month unannounced, and see Lily at nursery",
                 "Owen Brackley, SW",
                 "Weekly from 08/10/2025; nursery monthly",
                 "Visit records show Lily seen every week, what she said and did, and that the flat is "
                 "smoke-free"],
                ["Pre-birth review of Amy, then a written opinion on how likely a relapse after the birth is, "
                 "what Amy needs to do to stay well, and how soon after the birth the team can say whether she "
                 "can care safely for the baby and Lily",
                 "Dr Kwame Okon, perinatal psychiatrist, Stelbury Perinatal Mental Health Service",
                 "Review by 32 weeks (23/11/2025); opinion by 28/11/2025",
                 "Letter to the SW and the specialist midwife, discussed at the core group on 16/12/2025"],
                ["Write a wellness and relapse plan with Amy and Josh, visit Amy every two weeks, and give a "
                 "written view to each core group on whether Amy is keeping to the plan and is likely to sustain "
                 "it once the baby is born",
                 "Bethan Lowry, perinatal community nurse, Stelbury Perinatal Mental Health Service",
                 "Every two weeks from 14/10/2025; plan by 07/11/2025",
                 "Signed wellness plan copied to the SW, midwife and GP; written update on file before every core "
                 "group"],
                ["Antenatal care and a birth plan that includes the safeguarding alert and who may visit the ward",
                 "Hazel Crewe, specialist midwife, Stelbury Maternity Unit",
                 "Birth plan by 34 weeks (07/12/2025)",
                 "Birth plan in the maternity notes and copied to the SW; antenatal clinic record shows every "
                 "appointment kept"],
                ["Tell the SW if Amy does not collect her quetiapine or misses a medication review",
                 "Dr Martin Quayle, GP, Eastgate Surgery",
                 "Within 2 working days of any missed collection; summary by 31/10/2025",
                 "GP summary and any notes of missed collections on the children's file"],
                ["Go to key-work at Northgate Recovery and stop smoking cannabis in the flat and anywhere near "
                 "Lily, so the home is smoke-free before the baby comes",
                 "Josh Reddin (baby's father)",
                 "Key-work every Monday from 13/10/2025; cannabis-free by 36 weeks",
                 "Urine screens negative from 36 weeks; no smell of cannabis noted at any SW, HV or midwife "
                 "visit"],
                ["Urine screens for Josh and a written report to each core group on whether he has stopped using "
                 "cannabis and what still has to change before the baby arrives",
                 "Dean Fowler, recovery worker, Northgate Recovery (Stelbury drug and alcohol service)",
                 "Screens every two weeks; report two working days before each core group",
                 "Report and screen results on the children's file before every core group"],
                ["Sign an emergency care agreement for Lily, and have Lily at her home twice before the birth so "
                 "that Lily knows it",
                 "Kelly Duggan (family friend); agreement drawn up by Owen Brackley, SW",
                 "Agreement by 21/11/2025; two visits by 21/12/2025",
                 "Signed agreement on file; Lily's two visits noted by the SW, with what Lily said about them"],
            ],
        }),
        ("h2", "Stage 2 – The birth and the postnatal ward"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.4, 3.2, 4.2],
            "rows": [
                ["Note how Amy feeds and settles the baby, how much she sleeps and any early warning sign from "
                 "her wellness plan, and send the notes to the SW",
                 "Sister Grace Adeyemi, ward manager, Stelbury Maternity Unit (postnatal ward)",
                 "Every day from the birth until discharge",
                 "Ward observation sheet e-mailed to the SW each day; any warning sign phoned through the same "
                 "day"],
                ["Hold a discharge planning meeting on the ward with Amy, Josh, Marion, Bethan Lowry and the "
                 "health visitor; the baby does not go home before it is held",
                 "Owen Brackley, SW",
                 "Before discharge",
                 "Written discharge plan signed by Amy and Josh and copied to everyone who attended"],
            ],
        }),
        ("h2", "Stage 3 – The first eight weeks at home"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.4, 3.2, 4.2],
            "rows": [
                ["Stay at the flat overnight and do the night feeds so that Amy gets unbroken sleep",
                 "Marion Reddin (paternal grandmother)",
                 "Every night for the first 14 nights after discharge",
                 "Marion signs the feed and sleep chart each night; the HV and SW check it at every visit"],
                ["Visit at home, weigh the baby, look at where the baby sleeps and see how Lily is",
                 "Carys Bellamy, health visitor, Stelbury Community Health",
                 "Weekly for the first 8 weeks, then every two weeks until the review conference",
                 "Weights plotted in the red book, the baby back at birth weight by 14 days and gaining; sleep "
                 "position recorded at each visit"],
                ["Visit Amy at home and give a written view to each core group on her recovery, any early sign of "
                 "relapse, and whether she can sustain caring for both children",
                 "Bethan Lowry, perinatal community nurse, Stelbury Perinatal Mental Health Service",
                 "Twice a week for the first 6 weeks after the birth",
                 "Visit notes copied to the SW each week; written view on file before every core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Amy shows any early warning sign from her wellness plan (sleeping less than four hours, "
              "believing people are talking about her or watching her, or stopping her quetiapine): before the "
              "birth, Bethan or the perinatal duty worker sees her the same day and Lily goes to Marion's; after "
              "the birth, Amy is not left on her own with the baby, Marion or Josh stays awake with the baby, "
              "and Dr Okon's team sees Amy the same day. If they advise it, Amy and the baby are admitted to "
              "Hartmoor Mother and Baby Unit and Lily stays with Marion."),
        ("p", "If Marion is poorly, has to go home early or finds the nights too much, Josh will take the nights "
              "himself for the rest of the fortnight. If neither of them can be at the flat overnight, Owen (or "
              "the emergency duty team) will arrange that day for Amy and the baby to go to Hartmoor Mother and "
              "Baby Unit or a parent and child foster placement, and Lily will go to Kelly."),
        ("p", "If Kelly cannot be reached or cannot have Lily, Lily will stay with Marion; if Marion cannot have her "
              "either, Owen will place Lily with an emergency foster carer that day and she will keep going to "
              "Brewery Lane Nursery."),
        ("p", "If Josh smokes cannabis in the flat or is under the influence while caring for Lily or the baby, he "
              "will leave that day to stay with Marion at Sorrel Avenue, and Owen will hold a strategy discussion "
              "within 24 hours."),
        ("p", "If Dr Okon's opinion is that Amy is likely to become unwell after the birth and the plan above "
              "cannot keep the baby safe, or Josh's screens are still positive at 34 weeks, Owen will ask Fiona "
              "Lindqvist for a legal planning meeting before 36 weeks so that a decision about the Public Law "
              "Outline can be made before the baby is born."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Brewery Lane Children's Centre, 2pm: 21/10/2025, 18/11/2025, "
            "16/12/2025, and then within 10 working days of the birth.",
            "Review child protection conference: 03/02/2026, 10am, Stelbury Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group plan after the second core group: mother's depression,
#    father's alcohol dependence and planned community detox, three
#    children; the maternal grandfather (a lorry driver, away some nights)
#    and the maternal aunt cover evenings and weekends. Printed to PDF with a
#    header and page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_sheddingfold_core_group_plan_evidence_yelland.pdf",
    "doc_title": "Core Group Plan - Harvey, Evie and Freddie Yelland",
    "split": "tune",
    "actions": 11,
    "font": "Verdana",
    "font_size": 9.5,
    "header": "Sheddingfold Council – Children's Services – OFFICIAL SENSITIVE",
    "footer": "Yelland children – core group plan after core group 2 (04/11/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "core-group-plan-word-printed-to-pdf-header-footer-attendance-what-has-changed-childrens-views-goals-then-ref-action-lead-when-evidence-table-then-if-the-plan-is-not-holding-bullets-dates",
    "description": (
        "Exemplary core group plan after the second core group for a 9-year-old, a 5-year-old and an "
        "18-month-old. The mother has depression and the father is alcohol dependent and starting a "
        "community detox. A Ref / Action / Lead / When / Evidence table: every row names a person, "
        "a date or frequency and something that can be seen. The Talking Therapies CBT therapist "
        "writes twice on the mother's recovery, whether she is likely to sustain it and how long "
        "further progress will take; the GP and the alcohol service own rows. The grandfather's "
        "weekday evenings and the aunt's Saturdays are covered ('When Grandad is away', 'If Bev "
        "can't either'), legal planning follows named triggers, core group and review dates are "
        "set, and the children's views are recorded."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("kv", [
            ("Children", "Harvey Yelland (9), Evie Yelland (5), Freddie Yelland (18 months)"),
            ("Home", "6 Lantern Close, Sheddingfold SH3 2JT"),
            ("Parents", "Ceri Yelland (33) and Mark Yelland (36)"),
            ("Initial conference", "07/10/2025 – category: neglect"),
            ("This meeting", "Core group 2, 04/11/2025, Sheddingfold Family Centre"),
            ("Present", "Ceri and Mark Yelland; Tony Price (Ceri's dad); Bev Sutton (Ceri's sister); Zoe Hartley "
                        "(SW, chair); Ffion Rees (HV); Mr Kwabena Asante (DSL, Sheddingfold Primary); Lee Gorman "
                        "(Sheddingfold Alcohol Service); Nadia Rahman (Sheddingfold Talking Therapies)"),
            ("Apologies", "Dr Hugh Pennant (GP) – written update received"),
        ]),
        ("h1", "What has changed since the conference"),
        ("p", "Mark has been assessed by Sheddingfold Alcohol Service and his community detox starts on "
              "17/11/2025. He says he is drinking about half of what he was in September, and his breath tests at "
              "the last three key-work sessions were under the drink-drive limit but not zero. Ceri has had two "
              "CBT sessions with Nadia and her citalopram was increased on 20/10/2025. She is getting up with the "
              "children most mornings, but on 28/10/2025 Harvey found her crying on the landing and rang Tony."),
        ("p", "Tony has been at Lantern Close from teatime to bedtime on every evening he was not away with work. "
              "He drives for a haulage firm and is away two or three nights most weeks; Bev covered four of those "
              "evenings in October."),
        ("h1", "What Harvey, Evie and Freddie say"),
        ("p", "Harvey (seen on his own at school, 30/10/2025) put home at 6 out of 10, up from 3 at conference. He "
              "said: “It's better when Grandad's there because Dad doesn't drink when Grandad's watching. I rang "
              "Grandad when Mum was sad and he came in ten minutes.” He wants “Dad to stop drinking for good and "
              "Mum to come to my football”."),
        ("p", "Evie (seen at home, 03/11/2025) said she likes “Auntie Bev's pancakes on Saturday” and drew the "
              "family with Grandad's lorry. Freddie was seen at home on 03/11/2025: he was walking, pointing at "
              "the cupboard for his beaker and went to Ceri to be picked up; his nappy was clean and he was "
              "dressed for the weather."),
        ("h1", "Our goals for the children"),
        ("bullets", [
            "Harvey, Evie and Freddie always have a sober adult looking after them, at home and when they are out.",
            "Freddie is fed, clean and kept safe at home, and his speech and play keep developing for his age.",
            "Harvey and Evie get to school on time every day and Harvey no longer feels he has to look after his mum.",
        ]),
        ("h1", "Agreed actions"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "Evidence"],
            "widths": [1.3, 5.5, 3.2, 3.0, 4.0],
            "rows": [
                ["1",
                 "Home visits, one a month unannounced; see Harvey on his own and see Evie and Freddie at home",
                 "Zoe Hartley, SW",
                 "Every two weeks; next visit 11/11/2025",
                 "Visit records show all three children seen, Harvey seen alone, and their words and play noted"],
                ["2",
                 "Complete the community detox, then stay alcohol-free at home and whenever he is with the "
                 "children",
                 "Mark Yelland (Dad)",
                 "Detox 17/11/2025 to 28/11/2025, then every day",
                 "Every breath test at the Alcohol Service reads zero from 28/11/2025; no alcohol seen at home "
                 "visits"],
                ["3",
                 "Breath tests during and after the detox, key-work with Mark, and a written update to each "
                 "core group on whether he is staying off alcohol and what that means for the children",
                 "Lee Gorman, recovery worker, Sheddingfold Alcohol Service",
                 "Tests twice weekly during the detox, then weekly; update before each core group",
                 "Written update with the test results on the children's file before every core group"],
                ["4",
                 "Sixteen weekly CBT sessions with Ceri; after sessions 6 and 12, a written update on her "
                 "recovery, what it means for her care of the children, whether she is likely to sustain it and "
                 "how long further progress is likely to take",
                 "Nadia Rahman, CBT therapist, Sheddingfold Talking Therapies",
                 "Weekly from 28/10/2025; updates by 09/12/2025 and 20/01/2026",
                 "Two written updates with Ceri's PHQ-9 scores on file by the dates given"],
                ["5",
                 "Review Ceri's citalopram and write to the SW about her treatment and any missed appointments, "
                 "so the core group knows if her care of the children may be affected",
                 "Dr Hugh Pennant, GP, Lantern Lane Surgery",
                 "Every four weeks; first letter by 25/11/2025",
                 "GP letter on the children's file before each core group"],
                ["6",
                 "Be at Lantern Close from 5pm to the children's bedtime so there is a sober adult at tea, "
                 "bath and bed, and text his work rota to the SW every Sunday",
                 "Tony Price (maternal grandfather)",
                 "Monday to Thursday, every evening he is not away with work",
                 "Tony's initials in the family diary each evening; rota texts kept on the SW's file"],
                ["7",
                 "Have Harvey and Evie every Saturday, and stay at Lantern Close on any weekday evening Tony's "
                 "rota shows him away",
                 "Bev Sutton (maternal aunt)",
                 "Every Saturday 10am to 5pm; each evening Tony is away",
                 "Bev's initials in the family diary; the SW checks the diary against Tony's rota at each visit"],
                ["8",
                 "Home visits to Freddie, and his 18-month development check with Ceri and Mark",
                 "Ffion Rees, HV",
                 "Every two weeks; development check by 28/11/2025",
                 "ASQ-3 scores and weight in the red book, shared with the SW by 05/12/2025"],
                ["9",
                 "Check Harvey's and Evie's attendance each morning, and give Harvey a weekly session with "
                 "his learning mentor",
                 "Mr Kwabena Asante, DSL, Sheddingfold Primary",
                 "Every school day; mentor session every Tuesday",
                 "Weekly attendance to the SW; both children on time at least 95% of days; sessions logged"],
                ["10",
                 "Hold a family network meeting to name at least one more adult who can step in when Tony and "
                 "Bev cannot",
                 "Zoe Hartley, SW",
                 "By 28/11/2025",
                 "Written family network plan shared with the core group on 02/12/2025"],
                ["11",
                 "Go to the Sheddingfold Strengthening Families course together",
                 "Ceri and Mark Yelland",
                 "Ten Tuesdays from 13/01/2026",
                 "Course register shows 8 of 10 sessions attended by each parent; tutor's report to the SW"],
            ],
        }),
        ("h1", "If the plan is not holding"),
        ("bullets", [
            "If Mark drinks (a breath test above zero after 28/11/2025, alcohol found in the house, or the "
            "children, school or Tony tell us), Mark leaves that day to stay with his brother Rob at 8 Tanner's "
            "Yard, and Zoe holds a strategy discussion within 24 hours. The children stay with Ceri only while "
            "Tony or Bev is in the house.",
            "If Ceri tells anyone she is thinking of ending her life, or cannot get up to look after Freddie, "
            "Tony or Bev comes to the house that day, Ceri's GP or the Sheddingfold crisis team is called the "
            "same day, and Freddie stays with Bev until Zoe has visited.",
            "When Grandad is away on a run, Bev covers the evening. If Bev can't come to Lantern Close (she has "
            "her own two children at home), Harvey, Evie and Freddie sleep at her house at 31 Mill Rise that "
            "night; if neither Tony nor Bev can have them at all, Zoe (or the emergency duty team) arranges "
            "emergency foster carers for the three children together that day.",
            "If Tony or Bev tell us the arrangement has become too much, Zoe holds a family network meeting "
            "within 5 working days. Until then, on any evening neither of them can cover, the children stay "
            "with the extra adult named at the family network meeting (action 10) or, if no one has been named "
            "yet, with emergency foster carers arranged by Zoe.",
            "If Mark drinks after the detox, or Nadia's second update says Ceri is unlikely to recover within a "
            "timescale that works for Freddie, Zoe will ask the team manager, Ian Whitcombe, for a legal "
            "gateway meeting within 5 working days.",
        ]),
        ("h1", "Dates"),
        ("bullets", [
            "Core group: every four weeks at Sheddingfold Family Centre, 1.30pm – 02/12/2025, 13/01/2026 (moved a "
            "week for Christmas), 10/02/2026.",
            "Review child protection conference: 06/01/2026, 10am, Sheddingfold Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Letter to a mother after the initial conference: methadone after a
#    heroin lapse, and PTSD; her sister does the school run and Friday
#    nights, her father is the person she rings. Second-person Markdown
#    letter with bullets under "What you will do" / "What Jo and your dad
#    will do" / "What the rest of us will do". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_sprotmere_letter_to_mum_you_we_bullets_mallender.md",
    "split": "tune",
    "actions": 13,
    "template": "sw-letter-to-mother-after-icpc-md-second-person-why-plan-what-isaac-and-nell-said-what-we-want-then-the-plan-bullets-what-you-will-do-what-jo-and-your-dad-will-do-what-the-rest-of-us-will-do-if-things-go-wrong-when-we-meet",
    "description": (
        "Exemplary letter from the social worker to a mother after the initial conference, in "
        "Markdown, for an 8-year-old and a 4-year-old. The mother is on methadone after a lapse "
        "into heroin use and has PTSD. Bullets under 'What you will do', 'What Jo and your dad will "
        "do' and 'What the rest of us will do', each naming who, when and what will be seen ('I' is "
        "the social worker, 'you' the mother). The clinical psychologist writes an opinion on how "
        "far she is likely to recover, the steps, how long and whether she can keep it going; the "
        "drug service and GP own actions. The aunt's school runs and Friday nights and the "
        "grandfather's part have fallbacks ('If the arrangement with Jo breaks down'), legal "
        "planning follows named triggers, and the meeting dates are set."
    ),
    "text": """\
# Sprotmere Borough Council – Children's Services

**Family Safeguarding Team (Harbourside)** · Sprotmere Civic Offices, Quay Street, Sprotmere SP1 4AA

25 September 2025

**Private and confidential**
Kirsty Mallender
Flat 2, 19 Netmakers Row
Sprotmere SP3 7EL

Dear Kirsty,

## Isaac and Nell's child protection plan

Thank you for coming to the initial child protection conference on Tuesday 23 September, and for bringing Jo. I
know it was a hard morning. The conference decided that Isaac (8) and Nell (4) need a child protection plan under
the category of neglect. This letter sets out the plan we agreed, in the words we used at the meeting, so that you
have it in writing. Jo and your dad have their own copy.

## Why Isaac and Nell have a plan

You have been on a methadone script with Harbour Recovery for three years and had not used heroin since 2022. In
August, after the court case about your ex-partner, the nightmares and flashbacks came back and you told us you
used heroin on four or five afternoons. On 28 August Isaac could not wake you when he got home from holiday club
and rang Jo, who found you asleep on the sofa with Nell playing on her own in the kitchen. You have told me the
flashbacks are what make you want to use, and you have asked for help with them.

What is going well: you told Sam at Harbour Recovery about the lapse yourself, your tests since 8 September have
been clear of heroin, the flat is warm and tidy, and Isaac and Nell are clearly loved. Jo and your dad have
stepped in every time they have been asked.

## What Isaac and Nell said

Isaac talked to me on his own at school on 18 September. He said: "When Mum's poorly she sleeps on the settee and I
do the toast. Auntie Jo's is the best because we have pizza Fridays. I don't want to go in care. I want Mum to get
better from her bad memories." He gave home a 5 out of 10 and said it would be a 10 "if Mum never falls asleep in
the day".

Nell is 4. At Tiddlers Nursery on 19 September she played with the dolls' house and put the mummy doll on the sofa
under a blanket, saying "Mummy's sleeping, shhh." When Jo came to collect her she ran to her and asked to go to
Grandad's caravan. When I visited at home on 22 September she showed me her bed and her new school shoes and sat on
your knee to look at a book.

## What we want for Isaac and Nell

- Isaac and Nell are always looked after by an adult who is awake, sober and not affected by drugs.
- Isaac and Nell get to school and nursery every day on time, fed and ready to learn.
- Isaac no longer has to make the breakfast, wake you up or look after Nell.
- Isaac and Nell both know who to ring if you are poorly, and feel able to do it.

## The plan

### What you will do

- You will collect your methadone every day at Quayside Pharmacy, where the pharmacist watches you take it, and see
  Sam at Harbour Recovery every Tuesday from 30 September, so that you are steady and awake to get Isaac and Nell
  up each morning; your weekly tests will show no heroin or any drug that is not prescribed to you.
- From today (25 September) you will keep every medicine in the house, and anything to do with drugs, in the locked box Harbour
  Recovery gave you, and I will look at the box at each visit to check it is locked and out of Nell's reach.
- You will go to your first appointment at the Sprotmere Psychological Trauma Service on 14 October and then every
  week, because the flashbacks are when Isaac and Nell lose you for the afternoon; you will bring your appointment
  card to show me at my visits.
- You will make sure Nell goes to Tiddlers every morning she is booked (Monday to Thursday) from 29 September, and
  the nursery register will show at least 90% attendance by the review conference.

### What Jo and your dad will do

- Jo will take Isaac to school and Nell to nursery every weekday morning from 29 September and sign the school-run
  book each time; I will read the book at every visit.
- Jo will have Isaac and Nell to stay at her house, 12 Anchor Row, every Friday night from 3 October and will text
  me on the Saturday morning to say how they were.
- Your dad, Ray, will have you and the children for Sunday dinner every week and is the person you will ring if you
  feel you might use; he will come round the same day and will tell me within 24 hours each time you ring him, and
  I will log every call on the children's file.

### What the rest of us will do

- I will visit every week until the review conference, at least one visit a month unannounced, and I will see
  Isaac on his own each time; my visit records will note what he tells me and how Nell is.
- Sam Whitaker, your recovery worker at Harbour Recovery, will test you every week and send me a written report two
  working days before every core group saying whether you are staying off heroin and what that means for Isaac and
  Nell.
- Dr Anna Whitlow, clinical psychologist at the Sprotmere Psychological Trauma Service, will assess you by 11
  November and will write to me by 28 November with her opinion of how far you are likely to recover from the
  trauma, the steps still needed, how long she thinks they will take and whether you could keep the progress going
  once therapy ends; I will share her letter at the core group on 2 December.
- Dr Faisal Qureshi, your GP at Quayside Health Centre, will review your sleeping tablets and your antidepressant by
  17 October and write to me and to Sam, so that nothing you are prescribed leaves you too drowsy to look after the
  children; his letter will be on the children's file by 24 October.
- Mrs Claire Boateng, the designated safeguarding lead at Sprotmere Bay Primary, will check Isaac's attendance every
  morning and make sure he sees his learning mentor every Wednesday; she will send me his attendance every Friday
  and ring me the same day if he says anything worrying.
- Hollie Dunne, Nell's key worker at Tiddlers Nursery, will write down how Nell is at every session and email me
  her attendance every Friday, and will ring me the same day if Nell arrives hungry, unwashed or upset.

## If things go wrong

- If you use heroin or any drug that is not prescribed to you, or take more than your script, you will ring your
  dad or Jo straight away, Isaac and Nell will go to Jo's that day, and Sam and I will visit you within 24 hours.
- If you are found under the influence while you are looking after the children (by me, by school, by nursery or by
  the police), the children will go to Jo's that day and I will hold a strategy discussion with Sprotmere Police the
  same day.
- If Jo is poorly, away, or tells me it has all become too much, your dad will do the school run and have the
  children on Friday nights instead. If the arrangement with Jo breaks down and your dad cannot step in either (he
  takes his caravan to Carrick Sands for a week at a time), I will place Isaac and Nell together with one of our
  emergency foster carers that day, and they will keep going to school and nursery.
- If you ring your dad and cannot reach him, you will ring Jo; if neither answers, you will ring me, or the
  emergency duty team after 5pm, before you are alone with the children.
- If you have two tests positive for heroin before the review conference, or Dr Whitlow's opinion is that you are
  unlikely to make the changes in the time Isaac and Nell need, I will ask my manager, Nadine Curwen, for a legal
  planning meeting within five working days. I will tell you first, and you can bring a solicitor.

## When we will meet

The core group (you, Jo, your dad and everyone named above) will meet every four weeks at Sprotmere Bay Family Hub
on Tuesdays at 10am: 7 October, 4 November and 2 December 2025. The review child protection conference is on
Tuesday 16 December 2025 at 1.30pm at Sprotmere Guildhall.

If anything in this letter is wrong, or you do not understand it, please ring me on 01632 960 418. You can also
ask Jo or your advocate, Lorna from Sprotmere Parents' Voice, to read it with you.

Yours sincerely,

Rachel Tennyson
Social Worker, Family Safeguarding Team (Harbourside)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan: mother with depression who has self-harmed
#    and taken an overdose, father smoking cannabis and drinking; the
#    maternal grandmother has the children at weekends and collects the
#    4-year-old, her sister is the back-up. Markdown with a pipe table.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_sworley_icpc_markdown_table_ashdown.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-details-table-worries-and-strengths-how-archie-and-mila-are-outcomes-then-pipe-table-number-action-lead-timescale-how-we-will-know-then-safety-plan-bullets-per-person-meetings",
    "description": (
        "Initial conference plan in Markdown for a 4-year-old and a 10-month-old. The mother has "
        "depression, has self-harmed and took an overdose in August; the father smokes cannabis and "
        "drinks. The grandmother has the children at weekends and collects the 4-year-old, with "
        "her sister as back-up in the safety plan ('If Nan can't ...'). Most rows are sound: the "
        "psychiatrist writes a prognosis with an estimate of how long, the GP prescribes weekly, "
        "the drug service reports on change, the grandmother's parts have signed books. Faults: "
        "the CMHT care co-ordinator only supports the mother, the health visitor's weaning advice "
        "is 'As and when needed', the father's measure is his 'engagement', and the review "
        "conference date is still to be arranged."
    ),
    "text": """\
# Child Protection Plan – Archie and Mila Ashdown

Sworley District Council · Children's Services · Assessment and Intervention Team B

| | |
|---|---|
| **Children** | Archie Ashdown (4), DOB 14/06/2021; Mila Ashdown (10 months), DOB 02/12/2024 |
| **Address** | 7 Beacon Walk, Sworley SY6 2QT |
| **Mother** | Leah Ashdown (26) |
| **Father** | Ryan Cole (29), lives at Beacon Walk |
| **Nan** | Sandra Ashdown (51), Leah's mum, 40 Heron Way, Sworley |
| **Auntie Val** | Val Tomlinson, Sandra's sister, 3 Tern Close, Sworley |
| **Conference** | Initial child protection conference, 30/09/2025; chair Graham Ellery (IRO) |
| **Category** | Neglect |
| **Social worker** | Priya Banerjee (team manager: Colin Agyeman) |

## What we are worried about

Leah has had depression since she was a teenager. Since Mila was born it has been worse: she has cut her arms
several times and on 23/08/2025 she took an overdose of her antidepressants while Archie and Mila were in the flat.
Ryan found her and rang 999; she was kept in Sworley General Hospital overnight. Ryan smokes cannabis every day,
mostly in the flat, and drinks four or five cans most evenings. When the health visitor called on 02/09/2025 Mila
was in a wet nappy in her cot at 2pm, the flat smelled of cannabis and Archie had not been to pre-school all week.

## What is working well

Leah loves her children and says she wants help. She has kept every appointment since the overdose. Sandra has had
Archie and Mila most weekends since the summer and they are relaxed and well cared for at her house. Ryan has
agreed to see the drug service.

## How Archie and Mila are

Archie (seen at pre-school, 25/09/2025) said: "Mummy's got poorly arms. She sleeps a lot. Nanny's house has got a
trampoline and I'm allowed cereal at night." He drew a picture of himself and Mila at Nanny's with the sun out, and
said home is "sometimes sad". His key worker says he is often very hungry on Monday mornings.

Mila is 10 months old. On the visit of 26/09/2025 she was sitting up, babbling and reached for Leah when the social
worker came in. She held her arms up to Sandra and stopped crying as soon as Sandra picked her up. Her weight has
dropped from the 50th to the 25th centile since June.

## What we want for Archie and Mila

1. Archie and Mila are always cared for by an adult who is sober, not affected by cannabis and well enough to look
   after them.
2. Mila is fed, changed and gaining weight, and sleeps safely in her cot.
3. Archie goes to pre-school every session he is booked for, is not hungry, and knows his mummy's illness is not his
   fault.

## The plan

| # | Action | Lead | Timescale | How we will know |
|---|---|---|---|---|
| 1 | Visit Archie and Mila at home, with one visit a month unannounced, and see how Archie plays and how Mila is cared for | Priya Banerjee, SW | Weekly from 01/10/2025 | Visit records show both children seen every week, Archie's words written down and Mila's cot seen |
| 2 | Weigh Mila and check her development | Amanda Pike, HV | Every two weeks at Sworley Health Centre | Weight in the red book back on the 50th centile by the review; one-year review done by 28/11/2025 |
| 3 | Offer Leah advice and support with Mila's weaning and bedtime routine | Amanda Pike, HV | As and when needed | Leah's feeding and sleep diary shows three meals a day and Mila asleep in her own cot each night |
| 4 | Visit Leah at home every two weeks to support her with her mood and with her safety plan | Gemma Rowe, care co-ordinator, Sworley CMHT | Every two weeks from 02/10/2025 | Dates of each visit sent to the SW at the end of the month |
| 5 | Psychiatric review of Leah, then a written opinion on her prognosis, what has to change for her to care safely for Archie and Mila, and an estimate of how long that will take | Dr Anil Sethi, consultant psychiatrist, Sworley CMHT | Review by 31/10/2025; opinion by 14/11/2025 | Letter on the children's file and discussed at the core group on 25/11/2025 |
| 6 | Review Leah's antidepressant and prescribe it one week at a time, so that there is never more than a week's supply in the flat with the children | Dr Ruth Keeling, GP, Sworley Health Centre | Review by 17/10/2025; weekly prescriptions from 01/10/2025 | Prescription record and a GP letter to the SW by 24/10/2025 |
| 7 | Stop smoking cannabis in the flat and around Archie and Mila, and cut down his drinking | Ryan Cole (Dad) | From 30/09/2025 | Ryan's engagement with Sworley Drug Service |
| 8 | Assess Ryan, carry out monthly urine screens and write to each core group on whether he has stopped using cannabis at home and what still needs to change for the children | Kieran Doyle, recovery worker, Sworley Drug Service | Assessment by 17/10/2025; screens monthly | Written report with the screen results on file before every core group |
| 9 | Have Archie and Mila to stay at Heron Way on Friday and Saturday nights | Sandra Ashdown (Nan) | Every Friday and Saturday from 03/10/2025 | Sandra writes each stay in the contact book, which the SW reads at her visits |
| 10 | Collect Archie from pre-school and give him his tea at Heron Way | Sandra Ashdown (Nan) | Every Tuesday and Thursday at 3pm | Pre-school collection log shows Sandra's name on both days |
| 11 | Record Archie's attendance, whether he is hungry and how he presents, and ring the SW the same day with any worry | Jenny Marsh, key worker, Little Owls Pre-school | Every session | Attendance emailed to the SW each Friday; same-day calls logged |
| 12 | Three sessions with Archie using the "Mummy's Sad Days" storybook, so that he knows his mummy's illness is not his fault | Priya Banerjee, SW | Three sessions by 12/12/2025 | Archie's drawings and his own words kept on file and brought to the review |

## Safety plan

- **If Leah self-harms, takes too many tablets or tells anyone she is planning to:** whoever is with her rings 999,
  Sandra takes Archie and Mila to Heron Way that day, the CMHT crisis team is asked to see Leah the same day and
  Priya holds a strategy discussion the same day.
- **If Ryan is under the influence of cannabis or drink while he is the only adult with the children:** Ryan
  leaves that day to stay with his brother, and the children stay with Leah only while Sandra is in the flat.
- **If Nan can't have them** (she is ill, away, or tells us she needs a break): Auntie Val has Archie and Mila at
  Tern Close on the Friday and Saturday nights and does the pre-school pick-ups. If Val can't either, Priya (or the
  emergency duty team) arranges emergency foster carers for both children together that day.
- **If things don't change:** if Leah self-harms again with the children in the flat, Ryan has two positive screens,
  or Dr Sethi's opinion is that Leah cannot make the changes in the time the children need, Priya will ask Colin
  Agyeman for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks at Sworley Family Hub, 10am: 14/10/2025, 11/11/2025, 09/12/2025.
- Review child protection conference: date to be arranged by the Safeguarding Unit.
""",
    "findings": [
        F("T002", "Offer Leah advice and support with Mila's weaning"),
        F("H001", "Visit Leah at home every two weeks to support her"),
        F("M002", "Stop smoking cannabis in the flat and around Archie"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan, father with paranoid schizophrenia back home
#    after a section 2 admission, mother working nights; the paternal
#    grandmother stays on night-shift nights and a neighbour is the back-up.
#    Plain-text case-system print with ACTION n of m blocks and trigger /
#    response fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_sodderby_rcpc_case_print_action_blocks_penhale.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-case-system-print-txt-equals-rules-caps-headings-labelled-field-lines-progress-childrens-views-outcomes-then-action-n-of-m-blocks-what-who-when-how-we-will-know-then-trigger-response-contingency-fields-review-fields",
    "description": (
        "Exemplary review conference plan printed from a case system as plain text, for a "
        "13-year-old and a 9-year-old. The father has paranoid schizophrenia and is home after a "
        "section 2 admission; the mother works night shifts. Eleven 'ACTION n of 11' blocks with "
        "What / Who / When / How we will know lines. The CMHT care co-ordinator gives an estimate "
        "at each core group of how long before the father could safely be alone with the children "
        "overnight, and the psychiatrist writes a prognosis. The grandmother's night-shift stays and "
        "the neighbour's part are covered by the contingency fields ('Where Pat cannot ...'), legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
SODDERBY BOROUGH COUNCIL                               CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - REVIEW                     Printed 23/10/2025 09:14
==========================================================================
Case ref ........ CP/25/04417
Children ........ Kacey PENHALE (F)  DOB 11/03/2012  age 13
                  Jack PENHALE (M)   DOB 27/08/2016  age 9
Address ......... 28 Wharf Street, Sodderby SD5 1HX
Father .......... Gareth PENHALE (41)
Mother .......... Emma PENHALE (39)
Network ......... Pat PENHALE, paternal grandmother, 2 Orchard Mews, Sodderby
                  Denise OAKES, neighbour and family friend, 30 Wharf Street
Category ........ Emotional abuse
ICPC ............ 22/07/2025
RCPC ............ 21/10/2025    Chair: Bernadette Fairclough (IRO)
Social worker ... Daniel Okoro   Team manager: Helen Brightwell
==========================================================================

REASON FOR PLAN
--------------------------------------------------------------------------
Gareth has paranoid schizophrenia. In June 2025 he stopped his depot
injection. He came to believe the neighbours were spying on the family
through the television, kept the children indoors with the curtains shut
for most of a week while Emma was on night shifts, and on 04/07/2025 locked
Kacey and Jack in their bedroom overnight "to keep them safe". Kacey rang
Emma at work. Gareth was detained under section 2 of the Mental Health Act
and spent five weeks on Ashgrove Ward, Sodderby General.

PROGRESS SINCE THE INITIAL CONFERENCE
--------------------------------------------------------------------------
Gareth came home on 12/08/2025 on a fortnightly depot and has had every
injection on time. His care co-ordinator reports no early warning signs
since discharge. Pat has stayed at Wharf Street on every night Emma has
worked since the conference (23 nights). Kacey was referred to Sodderby
Young Carers and is on their list for an assessment.

CHILDREN'S VIEWS
--------------------------------------------------------------------------
Kacey (seen alone at Sodderby Academy, 14/10/2025): "When Dad's ill I'm
the one who notices first, like when he stops sleeping and talks to the
telly. I don't want to be the one who has to ring people. It's good when
Nan stays, I can actually sleep." She scored how safe she feels at home
at 7 out of 10 (3 at the ICPC).

Jack (seen alone at home, 15/10/2025): "Dad's nicer now his injection's
working. He took me fishing. Nan does pancakes when she sleeps over." Jack
said the worst thing was "being locked in" and that he would go to Denise
next door if Dad "went weird again".

OUTCOMES FOR KACEY AND JACK
--------------------------------------------------------------------------
1. Kacey and Jack are never alone overnight with their dad while his
   illness could make him unsafe, and always have an adult who can keep
   them safe if he becomes unwell.
2. Kacey no longer has to watch for her dad's illness; she sleeps, sees
   her friends and goes to the young carers' group.
3. Jack goes to school every day and understands his dad's illness in
   words he can use.

ACTIONS
--------------------------------------------------------------------------
ACTION 1 of 11
  What ............ Visit Kacey and Jack at home and see each of them on
                    their own; one visit each month on a night Emma is
                    working
  Who ............. Daniel Okoro, SW
  When ............ Every two weeks from 22/10/2025 until the next review
  How we will know  Visit records show both children seen alone, their
                    words written down, and one evening visit a month

ACTION 2 of 11
  What ............ Have his depot injection at the CMHT clinic so that he
                    stays well for Kacey and Jack
  Who ............. Gareth Penhale (Dad)
  When ............ Every second Thursday from 23/10/2025
  How we will know  Clinic depot record shows every injection given on the
                    day it is due

ACTION 3 of 11
  What ............ See Gareth at home after each depot, go through his
                    early warning signs with him and Emma, and give the core
                    group a written estimate of how long it will be before
                    he could safely be the only adult with the children
                    overnight, and what steps are still needed
  Who ............. Liam Osei, care co-ordinator (CPN), Sodderby North CMHT
  When ............ Every two weeks; estimate before each core group
  How we will know  Written update on the children's file two working days
                    before every core group

ACTION 4 of 11
  What ............ Outpatient review of Gareth and a written prognosis:
                    how likely a relapse is over the next year, what
                    protects against it, whether he can sustain his
                    recovery, and what this means for Kacey and Jack
  Who ............. Dr Helen Marchetti, consultant psychiatrist, Sodderby
                    North CMHT
  When ............ Reviews every 8 weeks; prognosis by 28/11/2025
  How we will know  Prognosis letter on file and discussed at the core
                    group on 02/12/2025

ACTION 5 of 11
  What ............ Stay overnight at Wharf Street on every night Emma is
                    at work, so Gareth is never the only adult at night
  Who ............. Pat Penhale (paternal grandmother)
  When ............ Every night-shift night on Emma's rota, from 21/10/2025
  How we will know  Pat signs the night book each night; the SW checks it
                    against Emma's rota at the first visit of each month

ACTION 6 of 11
  What ............ Send the SW her shift rota with the overnight adult
                    named for each night shift, and not work a night unless
                    Pat or Denise is booked to stay
  Who ............. Emma Penhale (Mum)
  When ............ By the 25th of every month
  How we will know  Rota on file each month with an adult named against
                    every night shift

ACTION 7 of 11
  What ............ Be the adult Kacey and Jack can go to next door if
                    they are worried about their dad, day or night, and
                    tell the SW the same day if they do
  Who ............. Denise Oakes (neighbour and family friend)
  When ............ From 21/10/2025 until the next review
  How we will know  Kacey and Jack can each tell the SW that they would go
                    to Denise; any visit is logged on the children's file

ACTION 8 of 11
  What ............ Young carer's assessment for Kacey, then a place at
                    the weekly young carers' group
  Who ............. Tamsin Hurst, young carers worker, Sodderby Young
                    Carers
  When ............ Assessment by 21/11/2025; group every Wednesday after
  How we will know  Assessment copied to the SW; group register shows
                    Kacey at 3 of every 4 sessions

ACTION 9 of 11
  What ............ Check Kacey's attendance and give her a weekly check-in
                    with her head of year
  Who ............. Mrs Lorraine Kitching, DSL, Sodderby Academy
  When ............ Every school day; check-in every Monday
  How we will know  Attendance sent to the SW each Friday; check-ins logged
                    on CPOMS; attendance at 95% or above

ACTION 10 of 11
  What ............ Check Jack's attendance each morning and ring the SW the
                    same day with any worry about home
  Who ............. Mr Peter Amadi, DSL, Wharfside Primary School
  When ............ Every school day
  How we will know  Weekly attendance email to the SW; same-day calls logged
                    on CPOMS

ACTION 11 of 11
  What ............ Three sessions with Jack using the "My Dad's Different
                    Days" booklet, so he can explain his dad's illness and
                    knows who to go to
  Who ............. Daniel Okoro, SW
  When ............ Three sessions by 19/12/2025
  How we will know  Jack's booklet on file; at the last session he can name
                    two adults he would go to

CONTINGENCY
--------------------------------------------------------------------------
TRIGGER ......... Gareth misses or refuses a depot, stops sleeping, says
                  people are watching him or talking to him through the
                  television, or locks any door on the children
RESPONSE ........ Emma or Pat rings Liam Osei, or the Sodderby crisis
                  team out of hours, the same day. Emma does not go to
                  work that night. If Gareth frightens the children they go
                  to Pat's at Orchard Mews straight away, and Daniel visits
                  the next working day.

TRIGGER ......... Gareth threatens anyone or will not let the children
                  leave a room
RESPONSE ........ Kacey or Emma rings 999; Kacey and Jack go next door to
                  Denise until Pat or Emma collects them; Daniel holds a
                  strategy discussion with Sodderby Police the same day.

TRIGGER ......... Where Pat cannot stay (she is unwell, away at her
                  sister's in Garnford, or tells us it has become too
                  much)
RESPONSE ........ Denise stays overnight at Wharf Street instead. If
                  Denise cannot either, Emma does not work that night; if
                  that is not possible, Daniel (or the emergency duty team)
                  places Kacey and Jack together with emergency foster
                  carers that night.

TRIGGER ......... Gareth refuses two depot injections in a row, is
                  admitted to hospital again, or Dr Marchetti's prognosis
                  is that a relapse is likely within the next year
RESPONSE ........ Daniel asks Helen Brightwell for a legal planning meeting
                  within 5 working days.

REVIEW
--------------------------------------------------------------------------
Core group ...... Every six weeks, 4pm, Wharfside Family Centre:
                  02/12/2025, 13/01/2026, 24/02/2026
Next RCPC ....... 21/04/2026, 10am, Sodderby Town Hall
Distribution .... Gareth, Emma, Pat, Denise and every worker named above
==========================================================================
""",
    "findings": [],
})
